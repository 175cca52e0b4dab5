import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a}from"./chunk-GVOEDI43.js";import"./chunk-HI2IFIMH.js";import"./chunk-ZINKPZQ5.js";import"./chunk-VGKZ4265.js";import"./chunk-P2VVX4HN.js";import"./chunk-VLEVSAD7.js";import"./chunk-E3VXVHF6.js";import"./chunk-WGBDEEGR.js";import"./chunk-2IKZ67PP.js";import"./chunk-S7HCWSWJ.js";import"./chunk-YI7MWJ3H.js";import"./chunk-TKSIJNOM.js";import"./chunk-OTVUYZB3.js";import"./chunk-VRTRKKMW.js";export{a as startApp};
//# sourceMappingURL=start-632TWRV5.js.map
