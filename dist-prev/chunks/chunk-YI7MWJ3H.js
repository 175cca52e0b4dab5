import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a as e}from"./chunk-VRTRKKMW.js";var s=["awaiting_approval","rejected","expired","queued","running","succeeded","failed","rolled_back","diagnosed"],n=new Set(["succeeded","failed","rolled_back","rejected","expired","diagnosed"]),r=e(t=>n.has(t),"isFinal"),i=["diagnose","remediate","rollback"],a=["started","ok","failed","skipped"];export{s as a,r as b,i as c,a as d};
//# sourceMappingURL=chunk-YI7MWJ3H.js.map
