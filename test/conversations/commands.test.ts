import { describe, expect, it } from 'vitest';
import { configSchema } from '../../config/schema.js';
import { parseConversationCommand, readTarget, transcriptText } from '../../conversations/index.js';

const config = configSchema.parse({
  customers: [
    { id: 'acme', name: 'ACME Telecom', chats: ['+8801700000001', '8801700000009@s.whatsapp.net'] },
    { id: 'lidco', name: 'Lid Co', chats: ['12345678901234@lid'] },
  ],
  engineers: [{ id: 'rahim', name: 'Rahim', chats: ['+8801900000002'], role: 'approver' }],
});

describe('parseConversationCommand', () => {
  const parse = (text: string) => parseConversationCommand(text, config);
  it('reads take, release and reply, in any case and with a leading slash', () => {
    expect(parse('take acme')).toEqual({ cmd: 'take', target: 'acme' });
    expect(parse('/Take H-7.')).toEqual({ cmd: 'take', target: 'H-7' });
    expect(parse('take +880 1700-000001')).toEqual({ cmd: 'take', target: '+880 1700-000001' });
    expect(parse('release')).toEqual({ cmd: 'release', target: null });
    expect(parse('RELEASE acme')).toEqual({ cmd: 'release', target: 'acme' });
  });

  it('takes the reply target up to the colon, or its first word without one', () => {
    expect(parse('reply acme: checking now — which codec does the KSA carrier use?')).toEqual({ cmd: 'reply', target: 'acme', text: 'checking now — which codec does the KSA carrier use?' });
    expect(parse('reply +880 1700 000001: ok: done')).toEqual({ cmd: 'reply', target: '+880 1700 000001', text: 'ok: done' });
    expect(parse('reply ACME Telecom: ok')).toEqual({ cmd: 'reply', target: 'ACME Telecom', text: 'ok' });
    expect(parse('reply acme:ok')).toEqual({ cmd: 'reply', target: 'acme', text: 'ok' });
    expect(parse('reply acme checking now')).toEqual({ cmd: 'reply', target: 'acme', text: 'checking now' });
    expect(parse('reply H-7 please send the pcap, the time is 10:30')).toEqual({ cmd: 'reply', target: 'H-7', text: 'please send the pcap, the time is 10:30' });
  });

  it('explains the usage of a word without what it needs', () => {
    expect(parse('take')).toEqual({ cmd: 'invalid', message: 'usage: take <customer> | take +8801… | take H-7' });
    expect(parse('reply acme:')).toEqual({ cmd: 'invalid', message: 'usage: reply <customer>: text' });
    expect(parse('reply')).toEqual({ cmd: 'invalid', message: 'usage: reply <customer>: text' });
  });

  it('leaves other messages alone', () => {
    for (const text of ['approve R-12', 'takeover?', 'replying later', 'what does release do', 'check vos1']) expect(parse(text), text).toBeNull();
  });
});

describe('readTarget', () => {
  it('names a hand-off, a customer by id or name, or a customer chat written any way', () => {
    expect(readTarget('H-7', config)).toEqual({ kind: 'handoff', handoffId: 'H-7' });
    expect(readTarget('h7', config)).toEqual({ kind: 'handoff', handoffId: 'H-7' });
    expect(readTarget('ACME', config)).toMatchObject({ kind: 'customer', customer: { id: 'acme' } });
    expect(readTarget('acme telecom', config)).toMatchObject({ kind: 'customer', customer: { id: 'acme' } });
    expect(readTarget('+880 1700-000001', config)).toMatchObject({ kind: 'chat', chat: '+8801700000001', customer: { id: 'acme' } });
    expect(readTarget('+8801700000009', config)).toMatchObject({ kind: 'chat', chat: '+8801700000009' });
    expect(readTarget('12345678901234@LID', config)).toMatchObject({ kind: 'chat', chat: '12345678901234@lid', customer: { id: 'lidco' } });
  });

  it('names nothing for unknown words, numbers no customer has (an engineer’s included) and H-0', () => {
    for (const word of ['wayne', '+8801999999999', '+8801900000002', 'H-0', '12345', '']) expect(readTarget(word, config), word).toBeNull();
  });
});

describe('transcriptText', () => {
  it('writes media as its kind, with the caption, and caps the rest without splitting a character', () => {
    expect(transcriptText(null, 'image')).toBe('[image]');
    expect(transcriptText('  see the log ', 'document')).toBe('[document] see the log');
    expect(transcriptText('plain')).toBe('plain');
    const emoji = `${'a'.repeat(3998)}😀😀`;
    const capped = transcriptText(emoji);
    expect(capped).toBe(`${'a'.repeat(3998)}…`);
  });
});
