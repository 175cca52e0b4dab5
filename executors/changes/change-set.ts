import { ValidationError } from '../errors.js';
import { sha256, type RemoteFile, type ServerState } from '../state.js';
import { changeKinds } from './kinds.js';
import type { ChangeServer } from './kind.js';
import { changeProblem, isSysctlKey, type ChangeSpec, type PlannedChange, type SysctlKey } from './spec.js';

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
  /** A change of a kind the softswitch takes on reload: the reload command must run. */
  readonly reload: boolean;
}

/**
 * Compares desired changes with a snapshot and computes the edits (pure, check mode): each
 * change through its kind (changes/index.ts), the files each kind writes edited in memory.
 * Throws ValidationError for anything off the allow-list, and when a file we must edit
 * could not be read.
 */
export function computeChangeSet(state: ServerState, desired: readonly ChangeSpec[], server: ChangeServer): ChangeSet {
  const changes: PlannedChange[] = [];
  const runtime: ChangeSet['runtime'] = [];
  // Each file's text as the changes so far leave it, in the order files are first touched.
  const texts = new Map<string, { file: RemoteFile; text: string; changed: boolean }>();
  let reload = false;

  for (const change of desired) {
    const problem = changeProblem(change);
    if (problem) throw new ValidationError(`change ${change.id} (${change.kind} ${change.key}=${change.value}) is not allowed: ${problem}`);
    const kind = changeKinds[change.kind];
    const file = kind.file(state);
    let entry = texts.get(file.path);
    if (!entry) {
      const text = file.content?.toString('latin1') ?? (!file.exists && kind.createsFile ? '' : null);
      if (text === null) throw new ValidationError(`cannot plan ${change.key}: ${file.path} ${file.problem ?? (file.exists ? 'is unreadable' : 'does not exist')}`);
      entry = { file, text, changed: false };
      texts.set(file.path, entry);
    }
    const to = kind.canonical(change.value, change.key);
    const from = kind.current(state, change.key);
    // A kind with a run-time value changes it and its file independently (one may already be right).
    const runtimeChanged = kind.runtime && from !== to;
    const inFile = kind.runtime ? kind.recorded(entry.text, change.key) : from;
    const fileChanged = inFile !== to;
    if (runtimeChanged && isSysctlKey(change.key)) runtime.push({ key: change.key, from, to });
    if (fileChanged) {
      entry.text = kind.write(entry.text, change.key, to, server);
      entry.changed = true;
      if (kind.reloads) reload = true;
    }
    changes.push({ id: change.id, kind: change.kind, key: change.key, from, to, changed: runtimeChanged || fileChanged, path: file.path });
  }

  const files = [...texts.values()].filter((e) => e.changed).map((e) => edit(e.file.path, e.file.content, Buffer.from(e.text, 'latin1')));
  return { changes, files, runtime, reload };
}

function edit(path: string, before: Buffer | null, after: Buffer): FileEdit {
  return { path, before, beforeSha: before ? sha256(before) : null, after, afterSha: sha256(after) };
}
