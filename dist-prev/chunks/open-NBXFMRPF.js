import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a,b}from"./chunk-TEPJUTXR.js";import"./chunk-KRRJKHWP.js";import"./chunk-VRTRKKMW.js";export{a as SQLITE_FILE_NAME,b as openRunStore};
//# sourceMappingURL=open-NBXFMRPF.js.map
