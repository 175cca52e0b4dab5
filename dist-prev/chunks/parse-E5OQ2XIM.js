import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a}from"./chunk-YRUX6NKH.js";import"./chunk-PTMMPDFR.js";import"./chunk-FZW7NAJA.js";import"./chunk-TKSIJNOM.js";import"./chunk-VRTRKKMW.js";export{a as parseConfig};
//# sourceMappingURL=parse-E5OQ2XIM.js.map
