import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import{a}from"./chunk-GKZEIAX5.js";import{b as o}from"./chunk-3YTX7NW3.js";import"./chunk-IGCJ4EY7.js";import"./chunk-S7HCWSWJ.js";import"./chunk-M4NWG3RE.js";import"./chunk-PTMMPDFR.js";import{a as i}from"./chunk-VRTRKKMW.js";async function u(t,r){let s=await a(t);try{let n=await s.store.listRuns({...r.server?{serverId:r.server}:{},limit:Math.min(r.limit,1e3)});for(let e of n)r.json?t.stdout.write(`${JSON.stringify({runId:e.id,playbook:e.playbook,server:e.serverId,customer:e.customerId,status:e.status,requestedBy:e.requestedBy,approvedBy:e.approvedBy,startedAt:e.startedAt,finishedAt:e.finishedAt})}
`):t.stdout.write(`${e.id.padEnd(8)} ${e.createdAt.slice(0,19).replace("T"," ")}  ${e.serverId.padEnd(12)} ${(e.playbook??e.kind).padEnd(17)} ${e.status.padEnd(17)} ${e.requestedBy}${e.rollbackOf?` (rollback of ${e.rollbackOf})`:""}
`);return!r.json&&n.length===0&&t.stderr.write(`no runs yet
`),o.ok}finally{await s.close()}}i(u,"runs");export{u as runs};
//# sourceMappingURL=runs-3THWLZY2.js.map
