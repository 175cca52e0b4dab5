import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a as i,b as a,c}from"../../chunks/chunk-7EFTBLWN.js";import{a as e}from"../../chunks/chunk-VRTRKKMW.js";import{resolve as l}from"node:path";var u="usage: npm run lab -- [up [N] | down | status]   (no command: up 2)";async function w(s){let t=Date.now(),n=await c({hosts:s,name:"cli"}),o=l("lab","vos-assist.yaml");await n.writeConfig(o),m(n,o,Date.now()-t),await f(),process.stdout.write(`
tearing the lab down\u2026
`),await n.teardown()}e(w,"up");function m(s,t,n){let o=s.hosts[0],p=[`lab ${s.id}: ${s.hosts.length} fake VOS3000 host(s) up in ${n} ms`,...s.hosts.map(r=>`  ${r.id}  ${r.ip}:${r.port}  ${r.hostKeySha256}  ${r.localConfPath}`),"",`config: ${t}`,`  npx vos-assist --config lab/vos-assist.yaml diagnose --server ${o.id}`,`  npx vos-assist --config lab/vos-assist.yaml playbook run port_exhaustion --server ${o.id} --dry-run`,"shell on a host:",`  ssh -i ${o.privateKeyPath} -o UserKnownHostsFile=${s.knownHostsPath} root@${o.ip}`,"","Ctrl-C tears the lab down."];process.stdout.write(p.join(`
`)+`
`)}e(m,"printUsage");function f(){return new Promise(s=>{let t=e(()=>s(),"done");process.once("SIGINT",t),process.once("SIGTERM",t),process.once("SIGHUP",t),setInterval(()=>{},1<<30)})}e(f,"waitForSignal");function d(){let s=a();if(s.length===0){process.stdout.write(`no labs on this machine
`);return}for(let t of s)process.stdout.write(`slot ${t.slot}  ${t.labId}  pid ${t.pid} ${t.alive?"alive":"dead (npm run lab -- down removes it)"}  ${t.dir}
`)}e(d,"status");async function $(s){let[t="up",n]=s;switch(t){case"up":{let o=n===void 0?2:Number(n);return!Number.isInteger(o)||o<1?(process.stderr.write(`not a host count: ${n}
${u}
`),2):(await w(o),0)}case"down":return await i(),process.stdout.write(`removed labs of dead processes; live labs are torn down by their own process (Ctrl-C)
`),d(),0;case"status":return d(),0;default:return process.stderr.write(`${u}
`),2}}e($,"main");$(process.argv.slice(2)).then(s=>process.exit(s),s=>{process.stderr.write(`${s instanceof Error?s.message:String(s)}
`),process.exit(1)});
//# sourceMappingURL=cli.js.map
