import * as z from 'zod';
import type { ChangeSpec } from '../executors/changes/spec.js';
import { changeSpecSchema } from '../executors/changes/spec.js';
import { playbookIdSchema } from './id-schema.js';
import type { Facts } from '../executors/facts.js';
import { holds, numericFact } from './conditions.js';
import type { PlaybookSpec } from './spec.js';
import { proposes, type Decision, type Reserve } from './decide/types.js';
import { formatCount } from './format-count.js';

/** A finding rendered for people. */
export const findingSchema = z.strictObject({
  id: z.string(),
  text: z.string(),
  severity: z.enum(['info', 'warning', 'problem']),
});
export type Finding = z.infer<typeof findingSchema>;

/** A desired change with the phrase that explains it. */
export const desiredChangeSchema = z.intersection(changeSpecSchema, z.object({ explain: z.string() }));
export type DesiredChange = ChangeSpec & { readonly explain: string };

/** What a playbook intends on this server, before comparing with the live values. */
export const intentSchema = z.strictObject({
  playbook: playbookIdSchema,
  title: z.string(),
  summary: z.string(),
  findings: z.array(findingSchema),
  desired: z.array(desiredChangeSchema),
  skipped: z.array(z.strictObject({ id: z.string(), key: z.string(), reason: z.string() })),
  advice: z.array(z.string()),
  cautions: z.array(z.string()),
});
export type Intent = z.infer<typeof intentSchema>;

const fmt = formatCount;

/** Fills {placeholders} in a finding with formatted facts. */
export function renderTemplate(template: string, facts: Facts): string {
  const share = numericFact(facts, 'timeWaitShare');
  const values: Record<string, string | null> = {
    timeWaitCount: facts.timeWaitCount === null ? null : fmt(facts.timeWaitCount),
    portRange: facts.portRange ? `${facts.portRange.low}–${facts.portRange.high}` : null,
    portRangeSize: facts.portRange ? fmt(facts.portRange.size) : null,
    timeWaitPercent: share === null ? null : `${Math.round(share * 100)}%`,
    tcpCloseReset: facts.tcpCloseReset,
    tcpTwReuse: facts.tcpTwReuse === null ? null : String(facts.tcpTwReuse),
    sipTcpConnections: facts.sipTcpConnections === null ? null : fmt(facts.sipTcpConnections),
    sipTlsConnections: facts.sipTlsConnections === null ? null : fmt(facts.sipTlsConnections),
    rstDropRuleCount: facts.rstDropRules === null ? null : String(facts.rstDropRules.length),
  };
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? 'unknown');
}

/** The change that reserves the listening ports a wider port range would otherwise hand out. */
export function reservedPortsChange(reserve: Reserve): DesiredChange {
  const shown = reserve.added.length > 8 ? `${reserve.added.slice(0, 8).join(', ')}, …` : reserve.added.join(', ');
  return {
    id: 'reserved_ports',
    kind: 'sysctl',
    key: 'net.ipv4.ip_local_reserved_ports',
    value: reserve.value,
    explain: `keeps ${shown} out of the wider range: the server listens on ${reserve.added.length === 1 ? 'it' : 'them'}`,
  };
}

/**
 * What a playbook wants on a server once its decision is made (pure): the changes the
 * decision keeps, in the playbook's order (the reserved ports right before the range they
 * protect), the ones it leaves out with the reason, and the findings and cautions that apply.
 * A decision that proposes nothing wants no change.
 */
export function intend(playbook: PlaybookSpec, facts: Facts, decision: Decision): Intent {
  const findings = playbook.findings
    .filter((f) => holds(f.when, facts))
    .map((f) => ({ id: f.id, text: renderTemplate(f.say, facts), severity: f.severity }));
  const keep = proposes(decision) ? decision.keep : [];
  const desired: DesiredChange[] = keep.flatMap((id): DesiredChange[] => {
    if (id === 'reserved_ports') return proposes(decision) && decision.reserve ? [reservedPortsChange(decision.reserve)] : [];
    const c = playbook.changes.find((x) => x.id === id);
    return c ? [c] : [];
  });
  const skipped = decision.outcome === 'propose_part' ? decision.leftOut.map((l) => ({ id: l.id, key: l.key, reason: l.reason })) : [];
  return {
    playbook: playbook.id,
    title: playbook.title,
    summary: playbook.summary,
    findings,
    desired,
    skipped,
    advice: playbook.advice,
    cautions: playbook.cautions.filter((c) => (!c.when || holds(c.when, facts)) && (!c.with || keep.includes(c.with))).map((c) => c.text),
  };
}
