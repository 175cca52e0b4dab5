import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a as n}from"./chunk-VRTRKKMW.js";async function i(t,o){let{createInterface:r}=await import("node:readline/promises"),e=r({input:t.stdin,output:t.stderr});try{let s=await e.question(`${o} [y/N] `);return/^y(es)?$/i.test(s.trim())}finally{e.close()}}n(i,"askYesNo");export{i as a};
//# sourceMappingURL=chunk-OAZCWU3F.js.map
