import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a}from"./chunk-SB7HB3LJ.js";import"./chunk-HI2IFIMH.js";import"./chunk-ZINKPZQ5.js";import"./chunk-VGKZ4265.js";import"./chunk-IZ3UYUVY.js";import"./chunk-VLEVSAD7.js";import"./chunk-V6PSFHYN.js";import"./chunk-WGBDEEGR.js";import"./chunk-5T6T7ZVY.js";import"./chunk-S7HCWSWJ.js";import"./chunk-TKSIJNOM.js";import"./chunk-YI7MWJ3H.js";import"./chunk-OTVUYZB3.js";import"./chunk-VRTRKKMW.js";export{a as startApp};
//# sourceMappingURL=start-UOVYPM2R.js.map
