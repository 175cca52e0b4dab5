import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a,b}from"./chunk-H2CJS2NU.js";import"./chunk-W47Y6O5E.js";import"./chunk-FEBTLHHZ.js";import"./chunk-VRTRKKMW.js";export{a as SQLITE_FILE_NAME,b as openRunStore};
//# sourceMappingURL=open-BYURMDSK.js.map
