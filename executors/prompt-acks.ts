import type { Socket } from 'node:net';
import type { Client } from 'ssh2';

// sshd leaves Nagle on for sessions without a terminal, so a small packet it writes while an
// earlier one is unacknowledged waits for our ACK. Linux delays a lone ACK up to 40 ms when
// we have nothing to send (DEBUG messages after auth, then the channel confirmation; a
// script's output in small pieces). Node cannot set TCP_QUICKACK, so when the server sends
// something we do not answer at once, we answer with SSH_MSG_IGNORE: the ACK rides on it.

/** The parts of ssh2 (pinned by the lockfile) that sending one SSH_MSG_IGNORE needs. */
interface Ssh2Internals {
  _sock?: Socket;
  _protocol?: {
    _kexinit?: unknown;
    _packetRW: { write: { allocStart: number; alloc(n: number): Buffer; finalize(p: Buffer): Buffer } };
    _cipher: { encrypt(p: Buffer): void };
  };
}

const MSG_IGNORE = 2;

export interface PromptAcks {
  /** How many SSH_MSG_IGNORE packets were sent. */
  readonly sent: number;
  /** Stops before the connection is ended. */
  stop(): void;
}

/** Answers inbound data the client does not otherwise answer, once the key exchange is done. */
export function promptAcks(client: Client): PromptAcks {
  const c = client as unknown as Ssh2Internals;
  let sent = 0;
  let stopped = false;
  client.once('handshake', () => {
    const sock = c._sock;
    const proto = c._protocol;
    if (stopped || !sock || !proto?._packetRW || !proto._cipher) return;
    let checking = false;
    // Before ssh2's own listener, so a reply ssh2 writes at once counts as an answer.
    sock.prependListener('data', () => {
      if (checking || stopped) return;
      checking = true;
      const written = sock.bytesWritten;
      setImmediate(() => {
        checking = false;
        // During a re-key only key-exchange messages may be sent.
        if (stopped || sock.bytesWritten !== written || !sock.writable || proto._kexinit !== undefined) return;
        const w = proto._packetRW.write;
        const p = w.allocStart;
        const packet = w.alloc(5);
        packet[p] = MSG_IGNORE;
        packet.writeUInt32BE(0, p + 1);
        proto._cipher.encrypt(w.finalize(packet));
        sent++;
      });
    });
  });
  return {
    get sent() {
      return sent;
    },
    stop() {
      stopped = true;
    },
  };
}
