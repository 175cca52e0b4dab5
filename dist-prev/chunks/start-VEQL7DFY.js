import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a}from"./chunk-EUUZT4YK.js";import"./chunk-HI2IFIMH.js";import"./chunk-ZINKPZQ5.js";import"./chunk-VGKZ4265.js";import"./chunk-IZ3UYUVY.js";import"./chunk-VLEVSAD7.js";import"./chunk-4REEHNSU.js";import"./chunk-WGBDEEGR.js";import"./chunk-2IKZ67PP.js";import"./chunk-S7HCWSWJ.js";import"./chunk-TKSIJNOM.js";import"./chunk-YI7MWJ3H.js";import"./chunk-OTVUYZB3.js";import"./chunk-VRTRKKMW.js";export{a as startApp};
//# sourceMappingURL=start-VEQL7DFY.js.map
