import type { RunError } from './model.js';

/**
 * What went wrong with a run, in the terms a customer can be told: the typed error the engine
 * recorded (its code, and whether the server timed out or a change was put back), never its
 * message, which is for engineers and the run record.
 */
export type FailureKind =
  /** The server could not be reached (refused, no route, connection broken before anything changed). */
  | 'unreachable'
  /** The server did not answer in time. */
  | 'timeout'
  /** The server did not present the host key on record: stopped to be safe. */
  | 'host_key'
  /** The server refused the login, or the key to log in with is missing. */
  | 'auth'
  /** The change was made, did not check out, and was put back: the server is as before. */
  | 'rolled_back'
  /** Something was changed and putting it back did not complete: a person must look now. */
  | 'rollback_incomplete'
  /** Anything else (an unexpected error); nothing to say but that people are on it. */
  | 'other';

/** The kind of a failed run's error (pure). */
export function failureKind(error: Pick<RunError, 'code' | 'timedOut' | 'rolledBack'> | null): FailureKind {
  if (!error) return 'other';
  if (error.rolledBack === false || error.code === 'ROLLBACK_INCOMPLETE') return 'rollback_incomplete';
  if (error.rolledBack === true) return 'rolled_back';
  if (error.timedOut) return 'timeout';
  switch (error.code) {
    case 'CONNECT_FAILED':
    case 'CONNECTION_LOST':
      return 'unreachable';
    case 'HOST_KEY_MISMATCH':
      return 'host_key';
    case 'AUTH_FAILED':
    case 'KEY_UNAVAILABLE':
      return 'auth';
    default:
      return 'other';
  }
}
