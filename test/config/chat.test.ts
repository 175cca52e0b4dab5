import { describe, expect, it } from 'vitest';
import { chatKey as directoryChatKey, Directory } from '../../bot/directory.js';
import { chatKey } from '../../config/chat.js';
import { configSchema } from '../../config/schema.js';

const KEY = 'SHA256:' + 'A'.repeat(43);

describe('chatKey', () => {
  it('writes a phone number and its WhatsApp JIDs as one chat', () => {
    for (const written of ['+8801700000001', '+880 1700-000001', '8801700000001@s.whatsapp.net', '8801700000001:12@s.whatsapp.net', '8801700000001@c.us']) {
      expect(chatKey(written)).toBe('+8801700000001');
    }
  });

  it('keeps @lid and @g.us JIDs as they are', () => {
    expect(chatKey('8801700000001@lid')).toBe('8801700000001@lid');
    expect(chatKey('120363000000000001@g.us')).toBe('120363000000000001@g.us');
  });

  it('is the one the bot looks senders up with', () => {
    expect(directoryChatKey).toBe(chatKey);
    const config = configSchema.parse({
      customers: [{ id: 'acme', name: 'ACME', chats: ['8801700000001@s.whatsapp.net'] }],
      servers: [{ id: 'vos1', customer: 'acme', host: '203.0.113.10', username: 'root', privateKeyPath: './k', hostKeySha256: KEY }],
      engineers: [{ id: 'rahim', name: 'Rahim', chats: ['+8801900000002'], role: 'approver' }],
    });
    const directory = new Directory(config);
    expect(directory.identify('+8801700000001')).toMatchObject({ kind: 'customer', customer: { id: 'acme' } });
    expect(directory.identify('8801900000002:3@s.whatsapp.net')).toMatchObject({ kind: 'engineer', engineer: { id: 'rahim' } });
  });
});
