import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a as e}from"./chunk-VRTRKKMW.js";function t(){return new Promise(s=>{let n=!1,o=e(r=>{n&&process.exit(130),n=!0,s(r)},"handler");process.on("SIGTERM",o),process.on("SIGINT",o)})}e(t,"onShutdown");export{t as a};
//# sourceMappingURL=chunk-SE7F3ENA.js.map
