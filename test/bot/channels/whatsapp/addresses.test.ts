import { describe, expect, it } from 'vitest';
import { chatToJid, jidToPhone } from '../../../../bot/channels/whatsapp/addresses.js';
import { WhatsAppChannelError } from '../../../../bot/channels/whatsapp/errors.js';
import { CUSTOMER_LID, CUSTOMER_PN, ENGINEERS_GROUP } from './fake-socket.js';

describe('chatToJid and jidToPhone', () => {
  it('turns E.164 numbers into phone-number JIDs and keeps JIDs', () => {
    expect(chatToJid('+8801700000001')).toBe(CUSTOMER_PN);
    expect(chatToJid('+880 1700-000001')).toBe(CUSTOMER_PN);
    expect(chatToJid(CUSTOMER_LID)).toBe(CUSTOMER_LID);
    expect(chatToJid(ENGINEERS_GROUP)).toBe(ENGINEERS_GROUP);
    expect(() => chatToJid('+12')).toThrow(WhatsAppChannelError);
  });

  it('reads the phone number of PN JIDs, with or without device, and nothing from LIDs or groups', () => {
    expect(jidToPhone(CUSTOMER_PN)).toBe('+8801700000001');
    expect(jidToPhone('8801700000001:12@s.whatsapp.net')).toBe('+8801700000001');
    expect(jidToPhone(CUSTOMER_LID)).toBeNull();
    expect(jidToPhone(ENGINEERS_GROUP)).toBeNull();
    expect(jidToPhone(undefined)).toBeNull();
  });
});
