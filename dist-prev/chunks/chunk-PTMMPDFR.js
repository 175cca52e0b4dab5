import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a as o}from"./chunk-VRTRKKMW.js";var r=class extends Error{constructor(e,a,l){super(`${e}: invalid config
`+a.map(n=>`  ${e}${n.line?`:${n.line}${n.column?`:${n.column}`:""}`:""}: ${n.path?`${n.path}: `:""}${n.message}`).join(`
`)+`
Fix the file and start again (see the config section of README.md).`,l);this.file=e;this.problems=a}file;problems;static{o(this,"ConfigError")}name="ConfigError";code="CONFIG_INVALID"};export{r as a};
//# sourceMappingURL=chunk-PTMMPDFR.js.map
