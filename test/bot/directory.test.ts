// "Which server?": the answer may be the number, the id, the name, the IP or a word of the name.
import { describe, expect, it } from 'vitest';
import { Directory } from '../../bot/directory.js';
import { configWith } from '../questions/fixtures.js';
import { configSchema } from '../../config/schema.js';

const config = configWith([{ id: 'vos-dhk', name: 'VOS Dhaka' }, { id: 'vos-ctg', name: 'VOS Chittagong' }, { id: 'vos-syl', name: 'Sylhet backup' }]);
const directory = new Directory(config);
const pick = (answer: string) => directory.pickServer(config.servers, answer)?.id ?? null;

describe('Directory.pickServer', () => {
  it('takes the number from the list, the id, the name and the IP', () => {
    expect(pick('2')).toBe('vos-ctg');
    expect(pick('3)')).toBe('vos-syl');
    expect(pick('vos-dhk')).toBe('vos-dhk');
    expect(pick('VOS Chittagong')).toBe('vos-ctg');
    expect(pick(config.servers[2]!.host)).toBe('vos-syl');
    expect(pick(`it is ${config.servers[0]!.host}`)).toBe('vos-dhk');
  });

  it('takes a word of the name or id that only one server has', () => {
    expect(pick('the chittagong one')).toBe('vos-ctg');
    expect(pick('dhaka please')).toBe('vos-dhk');
    expect(pick('the backup')).toBe('vos-syl');
    expect(pick('ctg')).toBe('vos-ctg');
  });

  it('takes nothing when no server, or more than one, fits', () => {
    expect(pick('4')).toBeNull();
    expect(pick('the vos one')).toBeNull();
    expect(pick('the server')).toBeNull();
    expect(pick('barisal')).toBeNull();
  });
});

describe('Directory lookups', () => {
  const KEY = `SHA256:${'A'.repeat(43)}`;
  const server = (id: string, customer: string) => ({ id, customer, host: '203.0.113.10', username: 'root', privateKeyPath: '/k', hostKeySha256: KEY });
  const two = configSchema.parse({
    customers: [
      { id: 'acme', name: 'ACME Telecom', chats: ['+8801700000001'] },
      { id: 'globex', name: 'Globex', chats: ['+8801800000001', '8801800000002@s.whatsapp.net'] },
    ],
    servers: [server('g1', 'globex'), server('a1', 'acme'), server('g2', 'globex'), server('a2', 'acme')],
    engineers: [{ id: 'rahim', name: 'Rahim', chats: ['+8801900000002'], role: 'approver' }],
  });

  it('finds each chat, customer and server, a customer with its servers in the order of the config', () => {
    const d = new Directory(two);
    const globex = d.identify('+880 1800-000002');
    expect(globex.kind).toBe('customer');
    expect(globex.kind === 'customer' && globex.servers.map((s) => s.id)).toEqual(['g1', 'g2']);
    const acme = d.identify('8801700000001@s.whatsapp.net');
    expect(acme.kind === 'customer' && acme.servers.map((s) => s.id)).toEqual(['a1', 'a2']);
    expect(d.identify('+8801900000002')).toMatchObject({ kind: 'engineer', engineer: { id: 'rahim' } });
    expect(d.identify('+8801555555555')).toEqual({ kind: 'unknown' });
    expect(d.customer('globex')?.name).toBe('Globex');
    expect(d.server('a2')?.customer).toBe('acme');
    expect(d.server('nope')).toBeUndefined();
  });

  it('knows a reloaded config at once', () => {
    let current = two;
    const d = new Directory(() => current);
    d.prepare();
    expect(d.identify('+8801700000002').kind).toBe('unknown');
    current = configSchema.parse({ ...two, customers: [...two.customers, { id: 'initech', name: 'Initech', chats: ['+8801700000002'] }], servers: [...two.servers, server('i1', 'initech')] });
    const initech = d.identify('+8801700000002');
    expect(initech.kind === 'customer' && initech.servers.map((s) => s.id)).toEqual(['i1']);
    expect(d.server('i1')?.customer).toBe('initech');
    expect(d.customer('initech')?.name).toBe('Initech');
  });
});
