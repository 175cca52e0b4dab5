import * as z from 'zod';
import type { Facts } from '../../executors/facts.js';
import { type PlaybookId } from '../ids.js';
import { playbookIdSchema } from '../id-schema.js';

/**
 * What a diagnosis decides, like an engineer who looked first:
 * - `propose`: the whole fix, for an engineer to approve;
 * - `propose_part`: some of its changes; `leftOut` says why the others are not proposed;
 * - `nothing_to_change`: the server shows nothing to fix; `seen` says what was seen;
 * - `watch`: the problem is intermittent and not visible now; re-check later (`watchFor`);
 * - `hand_off`: the evidence points at another problem; `found` says what, for people to take on.
 * Only the first two ask an engineer to approve anything.
 */
export const decisionOutcomes = ['propose', 'propose_part', 'nothing_to_change', 'watch', 'hand_off'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

/** A fact value a reason quotes (numbers as read, names, flags). */
const factValue = z.union([z.number(), z.string(), z.boolean(), z.null()]);

/** One fact that decided, in words and as data: `{ id: 'time_wait_share', text: '27,904 of …', facts: { timeWait: 27904, … } }`. */
export const reasonSchema = z.strictObject({
  /** Stable id of the signal (`time_wait_share`, `bind_failures_recent`, `udp_only`, `rst_on`, …). */
  id: z.string(),
  text: z.string(),
  facts: z.record(z.string(), factValue),
});
export type Reason = z.infer<typeof reasonSchema>;

/** A change of the playbook the decision does not propose, and why. */
export const leftOutSchema = z.strictObject({
  id: z.string(),
  key: z.string(),
  reason: z.string(),
  /** The ids of the reasons that left it out. */
  because: z.array(z.string()),
});
export type LeftOut = z.infer<typeof leftOutSchema>;

/** Ports added to net.ipv4.ip_local_reserved_ports because the port range is widened. */
export const reserveSchema = z.strictObject({
  /** Listening ports inside the new range that were not reserved yet. */
  added: z.array(z.number().int()),
  /** The whole new value (what was reserved, merged with `added`), in the kernel's form. */
  value: z.string(),
  /** The range being widened to, `LOW HIGH`. */
  range: z.string(),
});
export type Reserve = z.infer<typeof reserveSchema>;

/** What would show the problem when it comes back: a signal and the level that counts. */
export const watchSignalSchema = z.strictObject({
  signal: z.enum(['time_wait_share', 'bind_failures_last_hour']),
  atLeast: z.number(),
  text: z.string(),
});
export type WatchSignal = z.infer<typeof watchSignalSchema>;

const common = {
  playbook: playbookIdSchema,
  /** `complaint`: a customer reported it, evidence is needed; `prevention`: an engineer asked for the fix as such. */
  mode: z.enum(['complaint', 'prevention']),
  /** The row of the playbook's table that decided. */
  rule: z.string(),
  /** The facts that decided, in words and as data. */
  reasons: z.array(reasonSchema),
};

const proposeFields = {
  ...common,
  /** The ids of the playbook's changes the plan holds (and `reserved_ports` when ports are reserved). */
  keep: z.array(z.string()).min(1),
  reserve: reserveSchema.nullable(),
};

/** The decision, stored with the diagnosis's plan and checked against this schema when written and read. */
export const decisionSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('propose'), ...proposeFields }),
  z.strictObject({ outcome: z.literal('propose_part'), ...proposeFields, leftOut: z.array(leftOutSchema).min(1) }),
  z.strictObject({ outcome: z.literal('nothing_to_change'), ...common, seen: z.array(z.string()) }),
  z.strictObject({
    outcome: z.literal('watch'),
    ...common,
    seen: z.array(z.string()),
    /** What a re-check looks for. */
    watchFor: z.array(watchSignalSchema).min(1),
  }),
  z.strictObject({
    outcome: z.literal('hand_off'),
    ...common,
    /** What the evidence says, for the customer and the engineers. */
    found: z.array(z.string()).min(1),
    /** What to do by hand. */
    advice: z.array(z.string()),
  }),
]);
export type Decision = z.infer<typeof decisionSchema>;
export type ProposeDecision = Extract<Decision, { outcome: 'propose' | 'propose_part' }>;

/** True for the outcomes that ask an engineer to approve a plan. */
export const proposes = (d: Pick<Decision, 'outcome'>): d is ProposeDecision => d.outcome === 'propose' || d.outcome === 'propose_part';

/** What the customer's message said, as the matcher read it (plain data: no chat code here). */
export interface CustomerSays {
  /** A TIME_WAIT count the customer gave ("netstat shows 41000 TIME_WAIT"). */
  readonly timeWait: number | null;
  /** "we use UDP only". */
  readonly udpOnly: boolean;
  /** Phones or trunks behind NAT mentioned. */
  readonly natPhones: boolean;
  /** "RST is off" / "we never enabled it". */
  readonly rstOff: boolean;
  /** The message asks rather than reports a fault. */
  readonly asks: boolean;
}

/** Nothing said beyond the playbook: what a command-line run or an unreadable record gives. */
export const SAYS_NOTHING: CustomerSays = { timeWait: null, udpOnly: false, natPhones: false, rstOff: false, asks: false };

/** A recent run on the same server, as the decision reads it. */
export interface PastRun {
  readonly id: string;
  readonly kind: 'diagnose' | 'remediate' | 'rollback';
  readonly playbook: PlaybookId | null;
  readonly status: string;
  /** When it ended (or was created, while it has not). */
  readonly at: string;
  /** Who approved or rejected it. */
  readonly decidedBy: string | null;
  /** The rejection reason. */
  readonly note: string | null;
  /** Settings it changes (or changed, or proposed): key, target, and whether it differed. */
  readonly changes: readonly { readonly key: string; readonly to: string; readonly changed: boolean }[];
  /** The run that undid it, if any. */
  readonly rolledBackBy: string | null;
}

/** Everything a decision is made from. */
export interface DecisionInput {
  readonly facts: Facts;
  readonly customer: CustomerSays;
  /** Recent runs on the server, newest first. */
  readonly history: readonly PastRun[];
  readonly mode: 'complaint' | 'prevention';
  /** The time of the decision (history is judged against it). */
  readonly now: Date;
}
