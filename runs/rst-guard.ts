import type { Decision } from './model.js';
import type { Facts } from '../executors/facts.js';
import type { Intent } from '../playbooks/plan.js';
import { nothingSaid, sinceText, type Said } from './memory.js';

// The NAT/TLS guard on SS_TCP_CLOSE_RESET, worded once. The proposal (chat), the `check`
// command and the dashboard all say it with these sentences, and the sentence follows the value
// the server has: "stays Off" only when it is Off.

/** Why RST close must not be On here, by what we know and where we know it from. */
export interface RstGuard {
  readonly nat: boolean;
  readonly tls: boolean;
  /** The value read on the server (null: not read). */
  readonly rst: 'On' | 'Off' | null;
  /** True when a reason rests on the customer's word alone, not on the config or the server. */
  readonly customerWord: boolean;
  /** The sentence, for the customer, the engineers and the dashboard alike. */
  readonly text: string;
}

/**
 * The guard for a server (pure): phones behind NAT (tag `nat-phones`, or the customer's word)
 * and SIP over TLS (tag `tls`, TLS connections seen, or the customer's word). Null when neither
 * applies. What the customer said never hides what the server or the config says: a contradiction
 * is written into the sentence.
 *
 * ```ts
 * rstGuard({ tags: ['nat-phones'], sipTlsConnections: 0, tcpCloseReset: 'On' })?.text
 * // 'RST close is On, but this server has phones behind NAT (tag nat-phones), and RST costs them their registration: it should be Off.'
 * ```
 */
export function rstGuard(facts: Pick<Facts, 'tags' | 'sipTlsConnections' | 'tcpCloseReset'>, said: Said = nothingSaid, now: Date = new Date()): RstGuard | null {
  const told = (at: string) => `as the customer told us ${sinceText(at, now)}`;
  const clauses: string[] = [];
  let customerWord = false;

  const natTag = facts.tags.includes('nat-phones');
  const natSaid = said.nat?.value === true;
  if (natTag) {
    const denied = said.nat?.value === false ? '; the customer told us there are none, but the tag stands until an engineer removes it' : '';
    clauses.push(`this server has phones behind NAT (tag nat-phones${denied}), and RST costs them their registration`);
  } else if (natSaid) {
    customerWord = true;
    clauses.push(`this server has phones behind NAT (${told(said.nat!.at)}), and RST costs them their registration`);
  }

  const tlsTag = facts.tags.includes('tls');
  const tlsSeen = (facts.sipTlsConnections ?? 0) > 0;
  const tlsSaid = said.tls?.value === true;
  const denied = said.tls?.value === false ? '; the customer told us they do not use TLS' : '';
  if (tlsTag) clauses.push(`this server uses SIP over TLS (tag tls${denied}), and RST skips the TLS close_notify`);
  else if (tlsSeen) clauses.push(`this server uses SIP over TLS (${facts.sipTlsConnections} TLS connection${facts.sipTlsConnections === 1 ? '' : 's'} open when read${denied}), and RST skips the TLS close_notify`);
  else if (tlsSaid) {
    customerWord = true;
    const none = facts.sipTlsConnections === 0 ? '; no TLS connection was open when the server was read' : '';
    clauses.push(`this server uses SIP over TLS (${told(said.tls!.at)}${none}), and RST skips the TLS close_notify`);
  }

  if (clauses.length === 0) return null;
  const why = clauses.join('; ');
  const rst = facts.tcpCloseReset;
  const text = rst === 'Off' ? `RST close stays Off: ${why}.` : rst === 'On' ? `RST close is On, but ${why}: it should be Off.` : `RST close should be Off: ${why}.`;
  return { nat: natTag || natSaid, tls: tlsTag || tlsSeen || tlsSaid, rst, customerWord, text };
}

/** Reasons of the evidence's decision that are the NAT/TLS guard's (playbooks/decide): worded from the value. */
const GUARD_REASONS = new Set(['nat_phones_tag', 'nat_phones_said', 'tls']);

/**
 * The intent with what it leaves out worded from the facts (pure): RST close left out for NAT
 * phones or TLS gets the guard's sentence for this server's value ("stays Off" only where it is
 * Off); other reasons (UDP only, a firewall rule, the memory's) stay as they are. Applied once
 * when a proposal is made and by the dashboard to a diagnosis's plan; this is the one place
 * that words the guard. Plans of an earlier version, which carry no decision, are recognised
 * by their wording.
 */
export function wordIntent(intent: Intent, facts: Facts | null, said: Said = nothingSaid, now: Date = new Date(), decision: Decision | null = null): Intent {
  if (!facts || intent.skipped.length === 0) return intent;
  const guard = rstGuard(facts, said, now);
  const leftOut = decision?.outcome === 'propose_part' ? decision.leftOut : [];
  const skipped = intent.skipped.map((s) => {
    if (s.key !== 'SS_TCP_CLOSE_RESET' || !guard) return s;
    const why = leftOut.find((l) => l.id === s.id);
    const byGuard = why ? why.because.some((b) => GUARD_REASONS.has(b)) : /^RST close stays Off: this server has phones behind NAT or SIP over TLS/.test(s.reason);
    return byGuard ? { ...s, reason: guard.text } : s;
  });
  return { ...intent, skipped };
}
