import { changeKinds } from '../executors/changes/kinds.js';
import type { Facts } from '../executors/facts.js';
import { holdsFor, saidAbout, type CustomerMemory, type Hold } from './memory.js';
import { planSchema, type Plan } from './model.js';
import { bindingOf, changesMade } from './plan.js';
import { rstGuard, wordIntent } from './rst-guard.js';

/** What the memory makes of a plan before it is proposed. */
export type MemoryVerdict =
  /** Nothing is held back: the plan as planned (its left-out changes worded for this server). */
  | { readonly kind: 'as_is'; readonly plan: Plan }
  /** Some changes are held back: the rest is proposed, and the plan says why the others are left out. */
  | { readonly kind: 'narrowed'; readonly plan: Plan; readonly holds: readonly Hold[] }
  /** Every change is held back (or what is left cannot be planned without them): nothing to propose. */
  | { readonly kind: 'held'; readonly plan: Plan; readonly holds: readonly Hold[] };

export interface MemoryPolicyOptions {
  readonly now: Date;
  /** How long a rejection or a revert holds its changes back. */
  readonly holdMs: number;
  /** Names a recorded actor ("chat:rahim" → "Rahim"). */
  readonly names?: (raw: string) => string;
}

/**
 * The memory's part in a proposal (pure): a change an engineer rejected, or that was reverted
 * because it caused trouble, within the hold time is left out, with the reason (a rejection's
 * reason quoted); RST On is left out on a server whose customer told us of NAT phones or TLS,
 * saying that it rests on their word. The rest of the plan is proposed, bound to a binding of
 * its own that the engine will compute again at apply time from the narrowed intent.
 */
export function applyMemory(plan: Plan, facts: Facts | null, memory: CustomerMemory | null, serverId: string, options: MemoryPolicyOptions): MemoryVerdict {
  const said = saidAbout(memory, serverId);
  const worded: Plan = { ...plan, intent: wordIntent(plan.intent, facts, said, options.now, plan.decision ?? null) };
  const holds = holdsFor(memory, serverId, options.now, options.holdMs, options.names);
  const guard = facts ? rstGuard(facts, said, options.now) : null;
  const guardEntry = said.tls?.value ? said.tls : said.nat?.value ? said.nat : null;
  if (guard && guardEntry) holds.push({ key: 'SS_TCP_CLOSE_RESET', to: 'On', reason: guard.text, until: null, entryId: guardEntry.id });

  const drop = new Map<string, Hold>();
  for (const c of changesMade(worded)) {
    const hold = holds.find((h) => h.key === c.key && h.to === c.to && (!h.playbook || h.playbook === plan.intent.playbook));
    if (hold) drop.set(c.id, hold);
  }
  if (drop.size === 0) return { kind: 'as_is', plan: worded };
  const used = [...new Set(drop.values())];
  if (drop.size === changesMade(worded).length) return { kind: 'held', plan: worded, holds: used };
  const narrowed = narrowPlan(worded, new Map([...drop].map(([id, h]) => [id, h.reason])));
  return narrowed ? { kind: 'narrowed', plan: narrowed, holds: used } : { kind: 'held', plan: worded, holds: used };
}

/**
 * The plan without some of its changes (pure), or null when that cannot be decided without
 * reading the server again: a dropped change shares its file with a kept one (the file's new
 * content would differ). Files, kernel values, the reload and the sources follow the kept
 * changes, exactly as planning the narrowed intent from the same read would give them.
 */
export function narrowPlan(plan: Plan, drop: ReadonlyMap<string, string>): Plan | null {
  const dropped = plan.changes.filter((c) => drop.has(c.id));
  const kept = plan.changes.filter((c) => !drop.has(c.id));
  const droppedPaths = new Set(dropped.map((c) => c.path));
  if (kept.some((c) => droppedPaths.has(c.path))) return null;
  const files = plan.files.filter((f) => !droppedPaths.has(f.path));
  const intent = {
    ...plan.intent,
    desired: plan.intent.desired.filter((d) => !drop.has(d.id)),
    skipped: [...plan.intent.skipped, ...dropped.map((c) => ({ id: c.id, key: c.key, reason: drop.get(c.id)! }))],
  };
  const body = {
    intent,
    changes: kept,
    files,
    runtime: plan.runtime.filter((r) => !dropped.some((c) => c.key === r.key)),
    reload: plan.reload && kept.some((c) => changeKinds[c.kind].reloads && files.some((f) => f.path === c.path)),
    sources: plan.sources.filter((s) => kept.some((c) => c.path === s.path)),
  };
  return planSchema.parse({ ...body, binding: bindingOf(body), readAt: plan.readAt, ...(plan.revises ? { revises: plan.revises } : {}) });
}
