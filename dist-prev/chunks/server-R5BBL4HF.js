import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a}from"./chunk-TRGBBE36.js";import"./chunk-DMQZUORX.js";import"./chunk-IZ3UYUVY.js";import"./chunk-VLEVSAD7.js";import"./chunk-TKSIJNOM.js";import"./chunk-YI7MWJ3H.js";import"./chunk-OTVUYZB3.js";import"./chunk-VRTRKKMW.js";export{a as createWebServer};
//# sourceMappingURL=server-R5BBL4HF.js.map
