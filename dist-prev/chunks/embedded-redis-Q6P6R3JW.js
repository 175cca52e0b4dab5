import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a,b,c}from"./chunk-AIS4LJTA.js";import"./chunk-WGBDEEGR.js";import"./chunk-VRTRKKMW.js";export{a as ensureRedis,c as findExecutable,b as spawnRedisServer};
//# sourceMappingURL=embedded-redis-Q6P6R3JW.js.map
