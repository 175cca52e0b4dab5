import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{f as a,g as b,h as c,i as d,j as e,k as f,l as g,m as h,n as i}from"../../chunks/chunk-ZINKPZQ5.js";import"../../chunks/chunk-VRTRKKMW.js";export{c as MAX_CHARS,h as classLabels,g as compileRules,b as createExtractor,i as createMatcher,d as createNormaliser,e as rules,f as runRules,a as trainClassifier};
//# sourceMappingURL=index.js.map
