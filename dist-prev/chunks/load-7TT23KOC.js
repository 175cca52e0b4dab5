import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a,b}from"./chunk-M4NWG3RE.js";import"./chunk-PTMMPDFR.js";import"./chunk-VRTRKKMW.js";export{b as loadConfig,a as resolveConfigPath};
//# sourceMappingURL=load-7TT23KOC.js.map
