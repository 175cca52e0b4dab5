import type { Facts } from '../executors/facts.js';
import type { RunResult } from '../runs/engine/index.js';
import type { Plan } from '../runs/model.js';
import { planDiffText } from '../runs/plan.js';
import { formatCount } from '../playbooks/format-count.js';

const n = (v: number | null) => (v === null ? 'unknown' : formatCount(v));

/** Facts as a short block for a terminal. */
export function formatFacts(f: Facts): string {
  const lines = [
    `server            ${f.serverId}${f.os ? ` (${f.os})` : ''}`,
    `TIME_WAIT         ${n(f.timeWaitCount)}${f.timeWaitSource ? ` (via ${f.timeWaitSource})` : ''}`,
    `port range        ${f.portRange ? `${f.portRange.low}–${f.portRange.high} (${n(f.portRange.size)} ports)` : 'unknown'}`,
    `tcp_tw_reuse      ${f.tcpTwReuse ?? 'unknown'}`,
    `SS_TCP_CLOSE_RESET ${f.tcpCloseReset ?? 'unknown'}${f.tcpCloseResetRaw && f.tcpCloseResetRaw !== f.tcpCloseReset ? ` (written "${f.tcpCloseResetRaw}")` : ''}`,
    `SIP TCP / TLS     ${n(f.sipTcpConnections)} / ${n(f.sipTlsConnections)}`,
    `RST drop rules    ${f.rstDropRules === null ? 'unknown' : f.rstDropRules.length ? f.rstDropRules.join('; ') : 'none'}`,
    `kernel settings   persisted in ${f.sysctlPersistPath}`,
  ];
  if (f.tags.length) lines.push(`tags              ${f.tags.join(', ')}`);
  for (const [k, why] of Object.entries(f.unknown)) lines.push(`unknown: ${k}: ${why}`);
  return lines.join('\n');
}

/** The plan: findings, changes, skipped changes, the diff, cautions and advice. */
export function formatPlan(p: Plan): string {
  const out: string[] = [p.intent.title, ''];
  for (const f of p.intent.findings) out.push(`  • ${f.text}`);
  out.push('', 'Changes:');
  for (const c of p.changes) out.push(`  ${c.changed ? '~' : '='} ${c.key}: ${c.from ?? 'unset'} → ${c.to}${c.changed ? '' : ' (already so)'}`);
  for (const s of p.intent.skipped) out.push(`  - ${s.key}: not changed: ${s.reason}`);
  const diff = planDiffText(p);
  if (diff) out.push('', diff);
  if (p.reload) out.push('', 'Then the softswitch re-reads its configuration (the reload command).');
  if (p.intent.cautions.length) out.push('', 'Risks:', ...p.intent.cautions.map((c) => `  ! ${c}`));
  if (p.intent.advice.length) out.push('', 'By hand:', ...p.intent.advice.map((a) => `  - ${a}`));
  return out.join('\n');
}

/** One run result for a person. */
export function formatResult(r: RunResult, server: string): string {
  const changed = r.changes.filter((c) => c.changed).map((c) => `${c.key} ${c.from ?? 'unset'} → ${c.to}`);
  return `${r.runId} ${server}: ${r.status}${r.verified ? ' (verified)' : ''} in ${r.durationMs} ms — ${r.outcome}${changed.length ? `\n  ${changed.join('\n  ')}` : ''}`;
}

/** The JSON line `playbook run --json` prints; scripts rely on its fields. */
export function resultJson(r: RunResult): string {
  return JSON.stringify({ runId: r.runId, status: r.status, changes: r.changes, verified: r.verified, durationMs: r.durationMs });
}
