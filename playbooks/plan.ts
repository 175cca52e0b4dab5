import * as z from 'zod';
import type { ChangeSpec } from '../executors/changes/spec.js';
import { changeSpecSchema } from '../executors/changes/spec.js';
import { playbookIdSchema } from './ids.js';
import type { Facts } from '../executors/facts.js';
import { holds, numericFact } from './conditions.js';
import type { PlaybookSpec } from './spec.js';
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

/**
 * Decides what a playbook wants on a server given its facts (pure). Changes whose
 * `unless` holds are skipped with their reason.
 */
export function intend(playbook: PlaybookSpec, facts: Facts): Intent {
  const findings = playbook.findings
    .filter((f) => holds(f.when, facts))
    .map((f) => ({ id: f.id, text: renderTemplate(f.say, facts), severity: f.severity }));
  const desired: DesiredChange[] = [];
  const skipped: Intent['skipped'] = [];
  for (const c of playbook.changes) {
    if (c.unless && holds(c.unless, facts)) {
      skipped.push({ id: c.id, key: c.key, reason: c.skipReason ?? 'skipped on this server' });
      continue;
    }
    const { unless: _u, skipReason: _s, ...change } = c;
    desired.push(change as DesiredChange);
  }
  return {
    playbook: playbook.id,
    title: playbook.title,
    summary: playbook.summary,
    findings,
    desired,
    skipped,
    advice: playbook.advice,
    cautions: playbook.cautions.filter((c) => !c.when || holds(c.when, facts)).map((c) => c.text),
  };
}
