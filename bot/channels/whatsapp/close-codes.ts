// What the channel does when Baileys reports a closed connection, by close code. The codes are
// Baileys' DisconnectReason values: HTTP-like numbers WhatsApp (or Baileys itself) puts on the close.
import { DisconnectReason } from '@whiskeysockets/baileys';

/**
 * The channel's answer to a close:
 * - `logged_out` (401): WhatsApp removed this device. The stored session is useless: clear it, end.
 * - `forbidden` (403): WhatsApp refuses the number (banned or restricted, as a rule). Retrying
 *   looks like abuse and cannot help: end, keep the stored session, a person checks the phone.
 * - `replaced` (440): another client opened this same session.
 * - `restart` (515): WhatsApp asks for a new connection (always once after pairing): at once.
 * - `retry`: everything else, with backoff. That includes 500 ("bad session"), which Baileys also
 *   reports for any stream error without a code and for a WebSocket error it cannot place: as a
 *   rule it is transient, never a logout, and Baileys' own example reconnects on it. Deleting the
 *   session on it would force re-linking the number after a server hiccup.
 */
export type CloseAction = 'logged_out' | 'forbidden' | 'replaced' | 'restart' | 'retry';

/** The channel's answer to close code `code` (undefined: a close without a code). */
export function closeAction(code: number | undefined): CloseAction {
  switch (code) {
    case DisconnectReason.loggedOut:
      return 'logged_out';
    case DisconnectReason.forbidden:
      return 'forbidden';
    case DisconnectReason.connectionReplaced:
      return 'replaced';
    case DisconnectReason.restartRequired:
      return 'restart';
    default:
      return 'retry';
  }
}

const MEANING: ReadonlyMap<number, string> = new Map([
  [DisconnectReason.connectionClosed, 'connection closed'],
  [DisconnectReason.connectionLost, 'connection lost or timed out'],
  [DisconnectReason.badSession, 'stream error'],
  [DisconnectReason.multideviceMismatch, 'multi-device mismatch'],
  [DisconnectReason.unavailableService, 'WhatsApp unavailable'],
  [DisconnectReason.restartRequired, 'restart required'],
  [DisconnectReason.loggedOut, 'logged out'],
  [DisconnectReason.forbidden, 'forbidden'],
  [DisconnectReason.connectionReplaced, 'connection replaced'],
]);

/**
 * One phrase for a close, for logs and the channel status: "connection lost or timed out (code
 * 408, Connection was lost)".
 */
export function describeClose(code: number | undefined, message: string | undefined): string {
  const meaning = code === undefined ? 'closed' : (MEANING.get(code) ?? 'closed');
  return `${meaning} (code ${code ?? 'none'}${message ? `, ${message}` : ''})`;
}

/** The close code of a Baileys disconnect: a Boom error's `output.statusCode`. */
export function closeCodeOf(error: unknown): number | undefined {
  const output = (error as { output?: { statusCode?: unknown } } | undefined)?.output;
  return typeof output?.statusCode === 'number' ? output.statusCode : undefined;
}
