import { describe, expect, it } from 'vitest';
import { parseCommand, parseRunId } from '../../bot/commands.js';
import { chatKey, Directory } from '../../bot/directory.js';
import { parseConfig } from '../../config/index.js';

describe('parseCommand', () => {
  it('reads the engineer commands, case and run id spelling aside', () => {
    expect(parseCommand('approve R-1042')).toEqual({ cmd: 'approve', runId: 'R-1042' });
    expect(parseCommand('APPROVE r1042')).toEqual({ cmd: 'approve', runId: 'R-1042' });
    expect(parseCommand('/approve 1042.')).toEqual({ cmd: 'approve', runId: 'R-1042' });
    expect(parseCommand('reject R-7 customer will call us')).toEqual({ cmd: 'reject', runId: 'R-7', reason: 'customer will call us' });
    expect(parseCommand('rollback R-3')).toEqual({ cmd: 'rollback', runId: 'R-3' });
    expect(parseCommand('watches')).toEqual({ cmd: 'watches' });
    expect(parseCommand('watches on lab1?')).toBeNull();
    expect(parseCommand('unwatch Lab1')).toEqual({ cmd: 'unwatch', server: 'lab1' });
    expect(parseCommand('unwatch')).toEqual({ cmd: 'invalid', message: 'usage: unwatch <server>' });
    expect(parseCommand('runs acme')).toEqual({ cmd: 'runs', customer: 'acme' });
    expect(parseCommand('runs')).toEqual({ cmd: 'runs' });
    expect(parseCommand('run R-9')).toEqual({ cmd: 'run', runId: 'R-9' });
    expect(parseCommand('help')).toEqual({ cmd: 'help' });
  });

  it('says how to use a command given without a valid run id', () => {
    expect(parseCommand('approve')).toEqual({ cmd: 'invalid', message: 'usage: approve R-<number>' });
    expect(parseCommand('approve R-0')).toMatchObject({ cmd: 'invalid' });
    expect(parseCommand('approve $(reboot)')).toMatchObject({ cmd: 'invalid' });
  });

  it('ignores anything else', () => {
    expect(parseCommand('hello team')).toBeNull();
    expect(parseRunId('R-12x')).toBeNull();
  });
});

describe('Directory', () => {
  const config = parseConfig(
    `customers:
  - id: acme
    name: ACME
    chats: ["+8801700000001"]
servers:
  - { id: vos-dhaka, customer: acme, host: 203.0.113.10, username: root, privateKeyPath: k, hostKeySha256: "SHA256:${'A'.repeat(43)}" }
  - { id: vos-ctg, customer: acme, host: 203.0.113.22, username: root, privateKeyPath: k, hostKeySha256: "SHA256:${'A'.repeat(43)}" }
engineers:
  - { id: rahim, name: Rahim, chats: ["8801900000002@s.whatsapp.net"], role: approver }
`,
    'x.yaml',
  );
  const d = new Directory(config);

  it('knows a number in any of its spellings', () => {
    expect(chatKey('+880 1700-000001')).toBe('+8801700000001');
    expect(chatKey('8801700000001@s.whatsapp.net')).toBe('+8801700000001');
    expect(d.identify('8801700000001:12@s.whatsapp.net')).toMatchObject({ kind: 'customer', customer: { id: 'acme' } });
    expect(d.identify('+8801900000002')).toMatchObject({ kind: 'engineer', engineer: { id: 'rahim' } });
    expect(d.identify('+4915112345678')).toEqual({ kind: 'unknown' });
  });

  it('picks a server by number, id or IP, and nothing for a wrong answer', () => {
    const servers = config.servers;
    expect(d.pickServer(servers, '2')?.id).toBe('vos-ctg');
    expect(d.pickServer(servers, '1)')?.id).toBe('vos-dhaka');
    expect(d.pickServer(servers, 'vos-ctg please')?.id).toBe('vos-ctg');
    expect(d.pickServer(servers, 'the one at 203.0.113.10')?.id).toBe('vos-dhaka');
    expect(d.pickServer(servers, '3')).toBeNull();
    expect(d.pickServer(servers, 'dunno')).toBeNull();
  });
});
