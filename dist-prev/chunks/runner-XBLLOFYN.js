import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{d as a,e as b,f as c}from"./chunk-2IKZ67PP.js";import"./chunk-S7HCWSWJ.js";import"./chunk-YI7MWJ3H.js";import"./chunk-OTVUYZB3.js";import"./chunk-VRTRKKMW.js";export{a as Runner,c as describeOp,b as resultFromRun};
//# sourceMappingURL=runner-XBLLOFYN.js.map
