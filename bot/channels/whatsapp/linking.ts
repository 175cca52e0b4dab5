// Linking the bot's number: a QR code to scan, or a pairing code to type on the phone.
import QRCode from 'qrcode';
import { WhatsAppChannelError, errorText } from './errors.js';
import type { WhatsAppSocket } from './socket.js';

/** Shows what a person needs to link the device; one per socket (see {@link Linking.onQr}). */
export interface Linking {
  /**
   * Called with each QR Baileys emits for an unlinked device. Prints the QR code, or with a pairing
   * number requests one pairing code for this socket (again on the next QR if the request failed).
   */
  onQr(socket: WhatsAppSocket, qr: string): void;
}

/**
 * The digits of a `--pair` number ("+880 1800-000009" → "8801800000009"), undefined without one.
 *
 * @throws WhatsAppChannelError `WA_BAD_ADDRESS` when it is not a phone number with country code
 */
export function pairingDigits(pairNumber: string | undefined): string | undefined {
  if (pairNumber === undefined) return undefined;
  const digits = pairNumber.replace(/\D/g, '');
  if (!/^\d{6,15}$/.test(digits)) {
    throw new WhatsAppChannelError('WA_BAD_ADDRESS', `--pair needs a phone number with country code, e.g. +8801700000001 (got "${pairNumber}")`);
  }
  return digits;
}

/** Linking output to `out` (usually stdout), progress and failures to `log`. */
export function createLinking(options: { out: NodeJS.WritableStream; log: (message: string) => void; pairDigits: string | undefined }): Linking {
  const { out, log, pairDigits } = options;
  const requested = new WeakSet<WhatsAppSocket>();

  async function showQr(qr: string): Promise<void> {
    const art = await QRCode.toString(qr, { type: 'terminal', small: true });
    out.write(`\nScan with WhatsApp on the bot's phone (Settings → Linked devices → Link a device):\n${art}\n`);
  }

  async function requestPairing(socket: WhatsAppSocket, digits: string): Promise<void> {
    const code = await socket.requestPairingCode(digits);
    const shown = code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
    out.write(
      `\nPairing code for +${digits}: ${shown}\n` +
        `On that phone: WhatsApp → Settings → Linked devices → Link a device → Link with phone number instead.\n`,
    );
    log(`pairing code requested for +${digits}`);
  }

  return {
    onQr(socket, qr) {
      // The first QR means the server asked this unlinked device to pair, so the websocket is
      // open: the moment a pairing code can be requested (earlier, the request fails).
      if (pairDigits && !socket.authState.creds.registered) {
        if (requested.has(socket)) return;
        requested.add(socket);
        requestPairing(socket, pairDigits).catch((error: unknown) => {
          // Try again with the next QR refresh (about every 20 s) rather than giving up.
          requested.delete(socket);
          log(`pairing code request failed: ${errorText(error)}`);
        });
      } else {
        showQr(qr).catch((error: unknown) => log(`cannot render the QR code: ${errorText(error)}`));
      }
    },
  };
}
