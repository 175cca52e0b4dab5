import * as z from 'zod';
import { HISTORY_DAYS } from '../playbooks/decide/signals.js';
import { SAYS_NOTHING, type CustomerSays, type PastRun } from '../playbooks/decide/types.js';
import type { RunLedger } from './ledger.js';
import { typedRun, type TypedRun } from './records.js';

// What a decision is made from besides the facts, read from the run store: what the customer's
// message said (as the matcher stored it with the run) and the server's recent runs.

/** The part of the stored match evidence the decision reads; everything else is ignored. */
const storedMatchSchema = z
  .object({
    evidence: z
      .object({
        rules: z.array(z.object({ id: z.string() }).loose()).default([]),
        overruled: z.array(z.object({ id: z.string() }).loose()).default([]),
        asks: z.boolean().default(false),
      })
      .loose()
      .optional(),
    extracted: z.object({ timeWait: z.number().optional() }).loose().optional(),
  })
  .loose();

/**
 * What the customer's message said, from the match evidence a diagnosis keeps (the matcher's
 * rule ids and extracted figures). Anything unreadable says nothing: a decision never rests on
 * a guess about the text.
 */
export function customerSays(matchEvidence: unknown): CustomerSays {
  const m = storedMatchSchema.safeParse(matchEvidence);
  if (!m.success) return SAYS_NOTHING;
  const ids = new Set([...(m.data.evidence?.rules ?? []), ...(m.data.evidence?.overruled ?? [])].map((r) => r.id));
  const has = (suffix: string) => [...ids].some((id) => id.endsWith(suffix));
  return {
    timeWait: m.data.extracted?.timeWait ?? null,
    udpOnly: has('.udp-only'),
    natPhones: ids.has('nat.behind-nat'),
    rstOff: has('.rst-off'),
    asks: m.data.evidence?.asks ?? false,
  };
}

/** A stored run as the decision reads it. */
export function pastRun(r: TypedRun): PastRun {
  return {
    id: r.id,
    kind: r.kind,
    playbook: r.playbook,
    status: r.status,
    at: r.finishedAt ?? r.createdAt,
    decidedBy: r.approvedBy,
    note: r.decisionNote,
    changes: (r.plan?.changes ?? []).map((c) => ({ key: c.key, to: c.to, changed: c.changed })),
    rolledBackBy: r.rolledBackBy,
  };
}

/**
 * The server's remediations and rollbacks of the last HISTORY_DAYS, newest first (at most
 * 100). A run whose stored JSON no longer reads is left out rather than failing the diagnosis.
 */
export async function recentHistory(ledger: RunLedger, serverId: string, now: Date): Promise<PastRun[]> {
  const from = new Date(now.getTime() - HISTORY_DAYS * 24 * 3600_000).toISOString();
  const runs = await ledger.store.listRuns({ serverId, from, limit: 100 });
  return runs.filter((r) => r.kind !== 'diagnose').flatMap((r) => {
    try {
      return [pastRun(typedRun(r))];
    } catch {
      return [];
    }
  });
}
