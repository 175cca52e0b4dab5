import type { ServerConfig } from '../../config/schema.js';
import type { RemoteFile, ServerState } from '../state.js';
import type { ChangeKindName } from './spec.js';

/** What a change kind needs to know of the server it plans for. */
export type ChangeServer = Pick<ServerConfig, 'softswitchConf' | 'booleanStyle'>;

/**
 * One kind of change (like an Ansible module): where its settings live, how to read the
 * current value, how to write a new one into the file, how to put a recorded one back, and
 * how to verify. The planner, the engine and rollback go through this interface only; adding
 * a kind means adding one file like softswitch-param.ts and registering it in index.ts.
 * Values reaching `write` are already on the allow-list (spec.ts changeProblem).
 */
export interface ChangeKind {
  readonly name: ChangeKindName;
  /** The file of a snapshot the kind's settings are persisted in. */
  file(state: ServerState): RemoteFile;
  /** True when a missing file may be created (the kernel settings file); false when it must exist (softswitch.conf). */
  readonly createsFile: boolean;
  /** The value in canonical form, as a plan compares it (`1024 65535`, `On`, `5060-5061,8080`). */
  canonical(value: string, key: string): string;
  /** The live value in canonical form; null when the snapshot cannot tell. */
  current(state: ServerState, key: string): string | null;
  /** The value as the file has it; null when the key is absent (what a rollback puts back). */
  recorded(text: string, key: string): string | null;
  /** The file's text with `key` set to the canonical `value`, everything else kept. */
  write(text: string, key: string, value: string, server: ChangeServer): string;
  /** The file's text with `key` put back to a value `recorded` returned (null: removed). */
  revert(text: string, key: string, recorded: string | null): string;
  /** The kind also has a run-time value, set besides the file (the kernel's `sysctl -w`). */
  readonly runtime: boolean;
  /** True when the softswitch must re-read its configuration for a change to take effect. */
  readonly reloads: boolean;
  /** After an apply: the live value and, for kinds with a file of their own, the persisted one. */
  verify(state: ServerState, key: string, expected: string): { actual: string | null; persisted?: string | null; ok: boolean };
}
