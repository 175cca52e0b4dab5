import type { ChangeSpec } from '../executors/changes/spec.js';
import type { Facts } from '../executors/facts.js';
import { holds, numericFact } from './conditions.js';
import type { PlaybookId } from './ids.js';
import type { PlaybookSpec } from './spec.js';
import { formatCount } from './format-count.js';

/** A finding rendered for people. */
export interface Finding {
  readonly id: string;
  readonly text: string;
  readonly severity: 'info' | 'warning' | 'problem';
}

/** A desired change with the phrase that explains it. */
export type DesiredChange = ChangeSpec & { readonly explain: string };

/** What a playbook intends on this server, before comparing with the live values. */
export interface Intent {
  readonly playbook: PlaybookId;
  readonly title: string;
  readonly summary: string;
  readonly findings: Finding[];
  readonly desired: DesiredChange[];
  readonly skipped: { id: string; key: string; reason: string }[];
  readonly advice: string[];
  readonly cautions: string[];
}

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

/** A proposed change as the chat shows it before approval: current value from the facts. */
export interface ProposedChange {
  readonly key: string;
  readonly from: string | null;
  readonly to: string;
  readonly changed: boolean;
  readonly explain: string;
}

/** The current value of a change's setting, as the facts know it (null when unknown). */
function factValue(key: string, facts: Facts): string | null {
  if (key === 'SS_TCP_CLOSE_RESET') return facts.tcpCloseReset;
  if (key === 'net.ipv4.tcp_tw_reuse') return facts.tcpTwReuse === null ? null : String(facts.tcpTwReuse);
  if (key === 'net.ipv4.ip_local_port_range') return facts.portRange ? `${facts.portRange.low} ${facts.portRange.high}` : null;
  return null;
}

/** What approving would change, judged from the diagnosis (pure). The run re-checks on the server. */
export function proposeChanges(intent: Intent, facts: Facts): ProposedChange[] {
  return intent.desired.map((d) => {
    const from = factValue(d.key, facts);
    return { key: d.key, from, to: d.value, changed: from !== d.value, explain: d.explain };
  });
}
