import type { PlaybookId } from '../../playbooks/ids.js';

/**
 * What the matcher decided about one message.
 * - `confident`: one playbook fits; the conversation may go on to diagnose it.
 * - `ambiguous`: two playbooks compete, or the fit is middling; ask a clarifying question
 *   offering `candidates` in order.
 * - `none`: no playbook fits (greetings, billing, audio, questions …); hand over to a person.
 */
export type Decision = 'confident' | 'ambiguous' | 'none';

/** A class the classifier knows: one of the playbooks, or `none` (everything else). */
export type ClassLabel = PlaybookId | 'none';

/** One explicit rule that fired on the message. */
export interface RuleHit {
  /** Stable rule id, e.g. `pe.bind-exception`, `guard.web-portal`. */
  readonly id: string;
  /** The playbook the rule points at; null for a guard (points away from every playbook). */
  readonly playbook: PlaybookId | null;
  /**
   * Evidence in log-odds units (nats) added to that class. Negative: the message contradicts
   * the playbook's premise (e.g. `not-pe.listening-service`), and the playbook's other rules
   * are overruled.
   */
  readonly weight: number;
  /** The part of the (normalised) message that matched, shortened. */
  readonly matched: string;
  /**
   * Where the match starts, as a share of what the rule reads (the phrase or the text): 0 at the
   * start, near 1 at the end. Absent for the rules on extracted figures.
   */
  readonly at?: number;
}

/** What the trained classifier said. */
export interface ClassifierEvidence {
  /** Normalised scores per class (they sum to 1); all equal when no word was known. */
  readonly scores: Readonly<Record<ClassLabel, number>>;
  /** How many distinct stems of the message the classifier knew. */
  readonly knownTerms: number;
  /** The known stems that pulled hardest towards the top class. */
  readonly topTerms: readonly string[];
}

/** Why the matcher decided what it did, for the engineer reviewing a run. */
export interface MatchEvidence {
  /** Every rule that fired and counted, strongest first. */
  readonly rules: readonly RuleHit[];
  /** Rules that fired for a playbook the message contradicts, so they did not count. */
  readonly overruled: readonly RuleHit[];
  readonly classifier: ClassifierEvidence;
  /** Misspellings that were corrected before matching. */
  readonly corrections: readonly { readonly from: string; readonly to: string }[];
  /** True when only the start of a long message was read. */
  readonly truncated: boolean;
  /**
   * True when the message asks rather than reports a fault ("300 TIME_WAIT on a quiet server,
   * normal?", "what is time_wait"): a question rule stood, so no playbook is `confident`.
   */
  readonly asks: boolean;
  /** One line in words: what settled the decision. */
  readonly reason: string;
}

/** Values the message gives away for free. */
export interface Extracted {
  /** Ids of configured servers named in the message (by id, name or host). */
  readonly serverIds: readonly string[];
  /** IPv4 addresses in the message, in order of appearance, without duplicates. */
  readonly ips: readonly string[];
  /** A TIME_WAIT socket count, from prose ("28k TIME_WAIT") or pasted ss/netstat output. */
  readonly timeWait?: number;
  /** Calls per second the customer mentions ("300 cps"). */
  readonly cps?: number;
}

/** A playbook that might fit, with its combined score (0..1). */
export interface Candidate {
  readonly playbook: PlaybookId;
  readonly score: number;
}

/** The matcher's answer for one message. */
export interface MatchResult {
  /** The best playbook when the decision is `confident` or `ambiguous`; null for `none`. */
  readonly playbook: PlaybookId | null;
  /** Combined score of the best playbook, 0..1 (0 when nothing in the message pointed anywhere). */
  readonly confidence: number;
  readonly decision: Decision;
  /** Playbooks worth offering, best first (empty for `none` unless something scored a little). */
  readonly candidates: readonly Candidate[];
  readonly evidence: MatchEvidence;
  readonly extracted: Extracted;
}

/** A configured server, as far as the matcher needs it (for extraction). */
export interface MatcherServer {
  readonly id: string;
  readonly name?: string;
  readonly host: string;
}

/** Recognises which playbook a chat message describes. Pure and synchronous; never throws on text. */
export interface Matcher {
  match(text: string): MatchResult;
}
