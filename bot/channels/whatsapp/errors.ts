/**
 * Why the WhatsApp channel stopped or refused something. Stable codes; messages say what to do.
 *
 * - `WA_LOGGED_OUT`: WhatsApp unlinked this device (close code 401). The stored auth state
 *   was cleared; link again with a QR code or `--pair +NUMBER`. Fatal.
 * - `WA_FORBIDDEN`: WhatsApp refuses this number (close code 403: banned or restricted as a
 *   rule). The stored session is kept; check the number on the phone. Fatal.
 * - `WA_CONNECTION_REPLACED`: another client opened this session (close code 440) while this
 *   process held the session lease, or without one. The channel stops instead of fighting over
 *   the session. Fatal.
 * - `WA_NOT_CONNECTED`: a message could not be sent because the connection did not come back
 *   in time.
 * - `WA_STANDBY`: another VOS Assist process holds the WhatsApp session; this one does not send.
 * - `WA_STOPPED`: the channel was stopped (or had stopped) before the message was sent.
 * - `WA_BAD_ADDRESS`: a chat is neither an E.164 phone number nor a WhatsApp JID.
 */
export type WhatsAppErrorCode =
  | 'WA_LOGGED_OUT'
  | 'WA_FORBIDDEN'
  | 'WA_CONNECTION_REPLACED'
  | 'WA_NOT_CONNECTED'
  | 'WA_STANDBY'
  | 'WA_STOPPED'
  | 'WA_BAD_ADDRESS';

const FATAL: ReadonlySet<WhatsAppErrorCode> = new Set(['WA_LOGGED_OUT', 'WA_FORBIDDEN', 'WA_CONNECTION_REPLACED']);

/**
 * An error of the WhatsApp channel. Fatal ones (`WA_LOGGED_OUT`, `WA_FORBIDDEN`,
 * `WA_CONNECTION_REPLACED`) end the channel: `start` rejects with them before the first
 * connection, `closed` resolves with them after. Imports nothing from Baileys, so callers can
 * test for it without loading Baileys.
 */
export class WhatsAppChannelError extends Error {
  override readonly name = 'WhatsAppChannelError';
  constructor(
    readonly code: WhatsAppErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** True for the errors that end the channel for good (a person has to act). */
  get fatal(): boolean {
    return FATAL.has(this.code);
  }
}

/** The message of anything thrown, for one log line. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
