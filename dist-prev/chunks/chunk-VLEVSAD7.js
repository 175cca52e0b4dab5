import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a as o}from"./chunk-VRTRKKMW.js";var e=["port_exhaustion","nat_unregistered","firewall_rst"],s=o(n=>e.includes(n),"isPlaybookId");export{e as a,s as b};
//# sourceMappingURL=chunk-VLEVSAD7.js.map
