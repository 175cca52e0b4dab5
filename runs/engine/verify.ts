import { changeKinds } from '../../executors/changes/kinds.js';
import type { ChangeSpec } from '../../executors/changes/spec.js';
import type { ServerState } from '../../executors/state.js';
import type { Verification } from '../model.js';

/** Re-reads each change through its kind: the live value (and, where it has one, the persisted value) must equal the target. */
export function verifyChanges(state: ServerState, desired: readonly ChangeSpec[]): Verification {
  const checks = desired.map((c) => {
    const kind = changeKinds[c.kind];
    const expected = kind.canonical(c.value, c.key);
    return { changeId: c.id, key: c.key, expected, ...kind.verify(state, c.key, expected) };
  });
  return { ok: checks.every((c) => c.ok), checks };
}
