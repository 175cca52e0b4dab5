import { DisconnectReason, getErrorCodeFromStreamError } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { closeAction, closeCodeOf, describeClose } from '../../../../bot/channels/whatsapp/close-codes.js';
import { boom } from './fake-socket.js';

describe('closeAction', () => {
  it('ends on logout, forbidden and replaced, restarts on 515 and retries everything else', () => {
    const table = Object.fromEntries(
      (['loggedOut', 'forbidden', 'connectionReplaced', 'restartRequired', 'badSession', 'connectionClosed', 'connectionLost', 'timedOut', 'multideviceMismatch', 'unavailableService'] as const).map(
        (name) => [name, closeAction(DisconnectReason[name])],
      ),
    );
    expect(table).toEqual({
      loggedOut: 'logged_out',
      forbidden: 'forbidden',
      connectionReplaced: 'replaced',
      restartRequired: 'restart',
      badSession: 'retry',
      connectionClosed: 'retry',
      connectionLost: 'retry',
      timedOut: 'retry',
      multideviceMismatch: 'retry',
      unavailableService: 'retry',
    });
    expect([closeAction(undefined), closeAction(405), closeAction(599)]).toEqual(['retry', 'retry', 'retry']);
  });

  it("retries the 500 Baileys gives a stream error without a code, and ends on the 440 it gives a conflict", () => {
    const unknown = getErrorCodeFromStreamError({ tag: 'stream:error', attrs: {}, content: [] });
    const conflict = getErrorCodeFromStreamError({ tag: 'stream:error', attrs: {}, content: [{ tag: 'conflict', attrs: { type: 'replaced' } }] });
    expect([unknown.statusCode, closeAction(unknown.statusCode)]).toEqual([500, 'retry']);
    expect([conflict.statusCode, closeAction(conflict.statusCode)]).toEqual([440, 'replaced']);
  });
});

describe('closeCodeOf and describeClose', () => {
  it('read the code of the Boom errors Baileys closes with, and say it in words', () => {
    const error = boom(DisconnectReason.badSession, 'Stream Errored (unknown)');
    expect(closeCodeOf(error)).toBe(500);
    expect(closeCodeOf(new Error('plain'))).toBeUndefined();
    expect(describeClose(500, error.message)).toBe('stream error (code 500, Stream Errored (unknown))');
    expect(describeClose(undefined, undefined)).toBe('closed (code none)');
    expect(describeClose(405, 'Connection Failure')).toBe('closed (code 405, Connection Failure)');
  });
});
