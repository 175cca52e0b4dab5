import { formatCount } from '../playbooks/format-count.js';
import { TROUBLE_FIXES, type MemoryEntry, type SaidTopic } from './memory.js';

// Customer memory in words, the same in the chat (`memory acme`) and on the dashboard.

/** "today", "yesterday", "3 days ago (2025-03-01)". */
export function relativeDay(at: Date, now: Date): string {
  const days = Math.floor((Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate())) / 86_400_000);
  return days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago (${at.toISOString().slice(0, 10)})`;
}

/** "today at 14:02 UTC". */
export const whenText = (iso: string, now: Date) => `${relativeDay(new Date(iso), now)} at ${iso.slice(11, 16)} UTC`;

const SAID: Record<Exclude<SaidTopic, 'cps'>, readonly [string, string]> = {
  tls: ['SIP over TLS in use', 'no SIP over TLS'],
  nat: ['phones behind NAT', 'no phones behind NAT'],
  udp_only: ['SIP over UDP only', 'SIP over TCP too'],
};

/** One statement in words: "SIP over TLS in use", "about 300 calls per second". */
export const saidText = (topic: SaidTopic, value: boolean | number) =>
  topic === 'cps' ? `about ${formatCount(Number(value))} calls per second` : SAID[topic][value === true ? 0 : 1];

const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n)}…` : text);

/**
 * One remembered entry in a line, without its number: "customer said: SIP over TLS in use
 * ("we use TLS") · today at 14:02 UTC". `names` turns a recorded actor into a name.
 */
export function describeEntry(e: MemoryEntry, names: (raw: string) => string, now: Date): string {
  const when = whenText(e.at, now);
  const changes = 'changes' in e ? e.changes.map((c) => `${c.key} ${c.from ?? 'unset'} → ${c.to}`).join(', ') : '';
  switch (e.kind) {
    case 'said':
      return `customer said: ${saidText(e.topic, e.value)} ("${cut(e.text.replace(/\s+/g, ' '), 80)}") · ${when}`;
    case 'rejected':
      return `${names(e.by)} rejected ${e.runId} (${changes}): "${cut(e.reason, 160)}" · ${when}`;
    case 'applied': {
      const trouble = e.playbook ? TROUBLE_FIXES[e.playbook] : undefined;
      return `${e.runId} applied ${changes}${trouble ? ` because ${trouble}` : ''} · ${when}`;
    }
    case 'rolled_back':
      return `${e.runId} rolled back by ${e.rollbackId} (asked by ${names(e.by)}) · ${when}`;
  }
}
