import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a as k}from"./chunk-OAZCWU3F.js";import{b as d,c as p,d as c}from"./chunk-PGCWGLXN.js";import{a as R,b as y}from"./chunk-OY4QUBDE.js";import{b as l,c as a}from"./chunk-3YTX7NW3.js";import{a as g,b as h}from"./chunk-VLEVSAD7.js";import"./chunk-27HQNOVQ.js";import"./chunk-S7HCWSWJ.js";import"./chunk-M4NWG3RE.js";import"./chunk-PTMMPDFR.js";import"./chunk-OTVUYZB3.js";import{a as w}from"./chunk-VRTRKKMW.js";async function I(r,i,e){if(!h(i))throw new a(`unknown playbook "${i}"; one of: ${g.join(", ")}`);if(e.queue)return(await import("./playbook-run-queue-TGL6UK6N.js")).playbookRunQueue(r,i,e);if(e.customer||e.all)throw new a("--customer and --all run through the job queue: add --queue");if(e.server.length!==1)throw new a("give exactly one --server (or several with --queue)");if(!e.dryRun&&!e.yes&&!r.interactive)throw new a("not a terminal: pass --yes to apply, or --dry-run to only show the plan");let o=await R(r,u=>y(u,e.server[0]));try{let{Runner:u}=await import("./runner-3MB4EWSO.js"),t=y(o.config,e.server[0]),f=await o.store.createRun({kind:"remediate",playbook:i,serverId:t.id,customerId:t.customer,status:"running",requestedBy:o.requestedBy,dryRun:!!e.dryRun}),m=e.yes||e.dryRun?void 0:async n=>(r.stderr.write(`${d(n)}

`),n.changes.some(b=>b.changed)?k(r,`Apply to ${t.id}?`):!0),s=await new u({store:o.store,openTarget:o.openTarget,onProgress:e.json?void 0:n=>r.stderr.write(`  ${n.step}/${n.total} ${n.label}
`)}).execute(f.id,t,{dryRun:!!e.dryRun,...m?{confirm:m}:{}});if(e.json)r.stdout.write(`${c(s)}
`);else{if(e.dryRun){let n=await o.store.getRun(f.id);n?.plan&&r.stdout.write(`${d(n.plan)}

`)}r.stdout.write(`${p(s,t.id)}
`)}return s.status==="failed"?l.failed:l.ok}finally{await o.close()}}w(I,"playbookRun");export{I as playbookRun};
//# sourceMappingURL=playbook-run-2DXL6VOP.js.map
