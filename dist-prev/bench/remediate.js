import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);
import"../chunks/chunk-NF7LTFZX.js";import{c as h}from"../chunks/chunk-7EFTBLWN.js";import{a as l}from"../chunks/chunk-VRTRKKMW.js";import{execFileSync as $,spawnSync as w}from"node:child_process";import{mkdtempSync as g,rmSync as b}from"node:fs";import{tmpdir as E}from"node:os";import{join as f,resolve as x}from"node:path";var _=Number(process.env.BENCH_RUNS??10),v=x("bin/vos-assist.js"),C=`set -e
f=/home/kunshi/mbx3000/etc/softswitch.conf
[ -e "$f.bak" ] || cp -p "$f" "$f.bak"
sed -i 's/^SS_TCP_CLOSE_RESET=.*/SS_TCP_CLOSE_RESET="On"/' "$f"
service mbx3000d reparse
sysctl -w net.ipv4.tcp_tw_reuse=1 >/dev/null
sysctl -w 'net.ipv4.ip_local_port_range=1024 65535' >/dev/null
printf 'net.ipv4.tcp_tw_reuse = 1\\nnet.ipv4.ip_local_port_range = 1024 65535\\n' > /etc/sysctl.d/90-vos-assist.conf.tmp
mv /etc/sysctl.d/90-vos-assist.conf.tmp /etc/sysctl.d/90-vos-assist.conf
grep -q '^SS_TCP_CLOSE_RESET="On"' "$f"
test "$(cat /proc/sys/net/ipv4/tcp_tw_reuse)" = 1
`,y=l(o=>{let s=[...o].sort((n,r)=>n-r),t=Math.floor(s.length/2);return s.length%2?s[t]:(s[t-1]+s[t])/2},"median");async function k(){let o=await h({hosts:1,name:"bench-remediate"}),s=g(f(E(),"vos-bench-"));try{let t=o.hosts[0],n=f(s,"vos-assist.yaml");await o.writeConfig(n);let r=f(s,"data");$(v,["--config",n,"--data",r,"playbook","run","port_exhaustion","--server",o.hosts[0].id,"--dry-run","--json"]);let c=[],a=[];for(let e=0;e<_;e++){await o.reset(t.id);let d=performance.now(),i=w(v,["--config",n,"--data",r,"playbook","run","port_exhaustion","--server",t.id,"--yes","--json"],{encoding:"utf8"});c.push(performance.now()-d);let S=JSON.parse(i.stdout.trim().split(`
`).pop()??"{}");if(i.status!==0||S.status!=="succeeded")throw new Error(`run ${e} failed: ${i.stdout} ${i.stderr}`);await o.reset(t.id),d=performance.now();let u=w("ssh",["-i",t.privateKeyPath,"-o","BatchMode=yes","-o",`UserKnownHostsFile=${t.knownHostsPath}`,"-o","StrictHostKeyChecking=yes",`${t.username}@${t.ip}`,"sh -s"],{input:C,encoding:"utf8"});if(a.push(performance.now()-d),u.status!==0)throw new Error(`ssh script failed: ${u.stderr}`)}let p=y(c),m=y(a);console.log(`runs per side        ${_}`),console.log(`vos-assist (median)  ${p.toFixed(1)} ms   [${c.map(e=>e.toFixed(0)).join(" ")}]`),console.log(`ssh script (median)  ${m.toFixed(1)} ms   [${a.map(e=>e.toFixed(0)).join(" ")}]`),console.log(`ratio                ${(p/m).toFixed(2)}  (target \u2264 1.30: ${p/m<=1.3?"met":"NOT met"})`)}finally{await o.teardown(),b(s,{recursive:!0,force:!0})}}l(k,"main");await k();
//# sourceMappingURL=remediate.js.map
