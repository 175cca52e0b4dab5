import type { PlaybookId } from '../../playbooks/ids.js';

/**
 * One labelled message. `expect` is the playbook a support engineer would pick, null when no
 * playbook fits, or 'ambiguous' when an engineer would have to ask (then `candidates` lists
 * the playbooks that should be offered, in any order).
 */
export interface EvalItem {
  readonly text: string;
  readonly expect: PlaybookId | null | 'ambiguous';
  readonly candidates?: readonly PlaybookId[];
}

/** A message about running out of local TCP ports. */
export const pe = (text: string): EvalItem => ({ text, expect: 'port_exhaustion' });
/** A message about phones behind NAT losing registration once RST is on. */
export const nat = (text: string): EvalItem => ({ text, expect: 'nat_unregistered' });
/** A message about a firewall dropping the RST packets. */
export const fw = (text: string): EvalItem => ({ text, expect: 'firewall_rst' });
/** A message no playbook fits. */
export const no = (text: string): EvalItem => ({ text, expect: null });
/** A message an engineer would answer with "which one?", offering `candidates`. */
export const amb = (text: string, ...candidates: PlaybookId[]): EvalItem => ({ text, expect: 'ambiguous', candidates });

/** What a matcher answers for one message, as far as scoring needs it. */
export interface EvalAnswer {
  readonly decision: string;
  readonly playbook: string | null;
  readonly confidence: number;
  readonly candidates: readonly { readonly playbook: string }[];
}

/** One message decided wrong, with what came out. */
export interface EvalMiss {
  readonly item: EvalItem;
  readonly decision: string;
  readonly playbook: string | null;
  readonly confidence: number;
}

/** How a matcher did on a labelled set. */
export interface EvalReport {
  readonly total: number;
  /** Share of messages decided right: the labelled playbook with `confident`, `none` for negatives, `ambiguous` offering the listed candidates. */
  readonly accuracy: number;
  /** Messages a playbook fits or that an engineer would ask about (`expect` is not null). */
  readonly inScope: number;
  /** Share of those routed right: the labelled playbook with `confident`, or `ambiguous` offering the listed candidates. */
  readonly inScopeRight: number;
  readonly negatives: number;
  /** Share of negatives that got a `confident` playbook: the worst error (a fix for a problem nobody has). */
  readonly negativesConfident: number;
  /** Share of negatives that got `ambiguous` (a clarifying question nobody needed). */
  readonly negativesAmbiguous: number;
  /** Share of positives given the wrong playbook with `confident`. */
  readonly positivesConfidentWrong: number;
  readonly misses: readonly EvalMiss[];
}

/** Scores a matcher on labelled messages (used by the accuracy tests and bench/classify). */
export function evaluate(match: (text: string) => EvalAnswer, items: readonly EvalItem[]): EvalReport {
  let right = 0;
  let inScope = 0;
  let inScopeRight = 0;
  let negatives = 0;
  let negConfident = 0;
  let negAmbiguous = 0;
  let positives = 0;
  let posWrong = 0;
  const misses: EvalMiss[] = [];
  for (const item of items) {
    const r = match(item.text);
    let ok: boolean;
    if (item.expect === null) {
      negatives++;
      ok = r.decision === 'none';
      if (r.decision === 'confident') negConfident++;
      if (r.decision === 'ambiguous') negAmbiguous++;
    } else if (item.expect === 'ambiguous') {
      inScope++;
      ok = r.decision === 'ambiguous' && (item.candidates ?? []).every((c) => r.candidates.some((x) => x.playbook === c));
    } else {
      inScope++;
      positives++;
      ok = r.decision === 'confident' && r.playbook === item.expect;
      if (r.decision === 'confident' && r.playbook !== item.expect) posWrong++;
    }
    if (ok) right++;
    if (ok && item.expect !== null) inScopeRight++;
    if (!ok) misses.push({ item, decision: r.decision, playbook: r.playbook, confidence: r.confidence });
  }
  return {
    total: items.length,
    accuracy: items.length ? right / items.length : 0,
    inScope,
    inScopeRight: inScope ? inScopeRight / inScope : 0,
    negatives,
    negativesConfident: negatives ? negConfident / negatives : 0,
    negativesAmbiguous: negatives ? negAmbiguous / negatives : 0,
    positivesConfidentWrong: positives ? posWrong / positives : 0,
    misses,
  };
}
