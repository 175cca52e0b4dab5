import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a as c}from"./chunk-HI2IFIMH.js";import{a as i}from"./chunk-VRTRKKMW.js";import{createInterface as f}from"node:readline";function C(o){let n=o.as,a=null,d=0,p=!1,s=i(e=>o.output.write(e.endsWith(`
`)?e:`${e}
`),"write");return{name:"console",async start(e){a=f({input:o.input,terminal:!1}),a.on("line",r=>{let t=r.trimEnd(),l=/^\/as\s+(\S+)\s*$/.exec(t);if(l){n=l[1],s(`(now speaking as ${n})`);return}if(!t.trim())return;let u={chat:n,sender:n,text:t,at:new Date,id:`console-${++d}`};e(u)}),a.on("close",()=>{p||o.onEnd?.()}),s(`console chat: speaking as ${n} (/as CHAT to switch, Ctrl-D to quit)`)},async send(e,r){c(e)===c(n)?s(r):s(r.split(`
`).map((t,l)=>l===0?`[to ${e}] ${t}`:`    ${t}`).join(`
`))},async stop(){p=!0,a?.close(),a=null}}}i(C,"createConsoleChannel");export{C as createConsoleChannel};
//# sourceMappingURL=console-OR3WUUAZ.js.map
