import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a as i}from"./chunk-VRTRKKMW.js";function s(t){if(!Number.isFinite(t))return String(t);let n=t<0?"-":"",[e,r]=String(Math.abs(t)).split(".");return`${n}${e.replace(/\B(?=(\d{3})+(?!\d))/g,",")}${r?`.${r}`:""}`}i(s,"formatCount");export{s as a};
//# sourceMappingURL=chunk-OTVUYZB3.js.map
