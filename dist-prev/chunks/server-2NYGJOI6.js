import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a}from"./chunk-LBRTNS3Y.js";import"./chunk-DMQZUORX.js";import"./chunk-P2VVX4HN.js";import"./chunk-VLEVSAD7.js";import"./chunk-YI7MWJ3H.js";import"./chunk-TKSIJNOM.js";import"./chunk-OTVUYZB3.js";import"./chunk-VRTRKKMW.js";export{a as createWebServer};
//# sourceMappingURL=server-2NYGJOI6.js.map
