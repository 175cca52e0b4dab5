import type { ServerConfig } from '../../config/schema.js';
import { ValidationError } from '../errors.js';
import { sha256, type ServerState } from '../state.js';
import { formatSwitch, parseSwitch, readValue, setValue } from './softswitch-conf.js';
import { normaliseSysctl, changeProblem, type ChangeSpec, type PlannedChange, type SysctlKey } from './spec.js';
import { readBlockValue, upsertBlockValue } from './sysctl-block.js';

/** A whole-file rewrite: the new bytes, and the hash the file must still have when we write. */
export interface FileEdit {
  readonly path: string;
  /** null when the file does not exist yet. */
  readonly before: Buffer | null;
  readonly beforeSha: string | null;
  readonly after: Buffer;
  readonly afterSha: string;
}

/** Everything a set of changes does to a server, decided before anything is touched. */
export interface ChangeSet {
  readonly changes: PlannedChange[];
  readonly files: FileEdit[];
  readonly runtime: { key: SysctlKey; from: string | null; to: string }[];
  /** softswitch.conf changed: the reload command must run. */
  readonly reload: boolean;
}

export type ChangeServer = Pick<ServerConfig, 'softswitchConf' | 'booleanStyle'>;

/** The canonical current value of a change's setting in a snapshot; null when unknown. */
export function currentValue(state: ServerState, change: ChangeSpec): string | null {
  return change.kind === 'softswitchParam' ? switchValue(state.conf.content, change.key) : state.sysctl[change.key];
}

/** A softswitch switch as On/Off in a softswitch.conf's content; null when the content is unknown. */
export function switchValue(content: Buffer | null, key: string): string | null {
  if (!content) return null;
  const raw = readValue(content.toString('latin1'), key);
  if (raw === null) return 'Off'; // absent: the softswitch default
  const sw = parseSwitch(raw);
  return sw === null ? raw : sw ? 'On' : 'Off';
}

/** The value persisted in our sysctl block; null when absent. */
export function persistedValue(state: ServerState, key: SysctlKey): string | null {
  return state.persist.content ? readBlockValue(state.persist.content.toString('latin1'), key) : null;
}

/**
 * Compares desired changes with a snapshot and computes the edits (pure, check mode).
 * Throws ValidationError for anything off the allow-list, and when a file we must edit
 * could not be read.
 */
export function computeChangeSet(state: ServerState, desired: readonly ChangeSpec[], server: ChangeServer): ChangeSet {
  const changes: PlannedChange[] = [];
  const runtime: ChangeSet['runtime'] = [];
  let conf = state.conf.content?.toString('latin1') ?? null;
  let persist = state.persist.content?.toString('latin1') ?? (state.persist.exists ? null : '');
  let confChanged = false;
  let persistChanged = false;

  for (const raw of desired) {
    const problem = changeProblem(raw);
    if (problem) throw new ValidationError(`change ${raw.id} (${raw.kind} ${raw.key}=${raw.value}) is not allowed: ${problem}`);
    const change = raw;
    if (change.kind === 'softswitchParam') {
      if (conf === null) throw new ValidationError(`cannot plan ${change.key}: ${server.softswitchConf} ${state.conf.problem ?? 'does not exist'}`);
      const from = currentValue(state, change);
      const changed = from !== change.value;
      if (changed) {
        conf = setValue(conf, change.key, formatSwitch(change.value === 'On', server.booleanStyle));
        confChanged = true;
      }
      changes.push({ id: change.id, kind: change.kind, key: change.key, from, to: change.value, changed, path: state.conf.path });
    } else {
      if (persist === null) throw new ValidationError(`cannot plan ${change.key}: ${state.persist.path} ${state.persist.problem ?? 'is unreadable'}`);
      const to = normaliseSysctl(change.value);
      const from = state.sysctl[change.key];
      const runtimeChanged = from !== to;
      const persistedChanged = readBlockValue(persist, change.key) !== to;
      if (runtimeChanged) runtime.push({ key: change.key, from, to });
      if (persistedChanged) {
        persist = upsertBlockValue(persist, change.key, to);
        persistChanged = true;
      }
      changes.push({ id: change.id, kind: change.kind, key: change.key, from, to, changed: runtimeChanged || persistedChanged, path: state.persist.path });
    }
  }

  const files: FileEdit[] = [];
  if (confChanged && conf !== null) files.push(edit(state.conf.path, state.conf.content, Buffer.from(conf, 'latin1')));
  if (persistChanged && persist !== null) files.push(edit(state.persist.path, state.persist.content, Buffer.from(persist, 'latin1')));
  return { changes, files, runtime, reload: confChanged };
}

function edit(path: string, before: Buffer | null, after: Buffer): FileEdit {
  return { path, before, beforeSha: before ? sha256(before) : null, after, afterSha: sha256(after) };
}
