// Integration suite: SSH_MSG_IGNORE answers to server data, against a lab host's real sshd.
import { readFileSync } from 'node:fs';
import { Client } from 'ssh2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promptAcks, type PromptAcks } from '../../executors/prompt-acks.js';
import { createLab, type Lab } from '../lab/index.js';

let lab: Lab;
beforeAll(async () => {
  lab = await createLab({ hosts: 1, name: 'acks' });
});
afterAll(async () => {
  await lab?.teardown();
});

async function connect(): Promise<{ client: Client; acks: PromptAcks }> {
  const h = lab.hosts[0]!;
  const client = new Client();
  // Before connecting, as connectSsh does: the answers start once the key exchange is done.
  const acks = promptAcks(client);
  await new Promise<void>((resolve, reject) => {
    client.once('ready', resolve).once('error', reject);
    client.connect({ host: h.ip, port: 22, username: h.username, privateKey: readFileSync(h.privateKeyPath) });
  });
  return { client, acks };
}

function exec(client: Client, command: string): Promise<{ out: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    client.exec(command, (err, ch) => {
      if (err) return reject(err);
      let out = '';
      ch.on('data', (d: Buffer) => (out += d.toString()));
      ch.stderr.resume();
      ch.on('close', (code: number | null) => resolve({ out, code }));
    });
  });
}

describe('prompt ACKs', () => {
  it('answers output that arrives in pieces, and sshd takes the answers without complaint', async () => {
    const { client, acks } = await connect();
    try {
      const before = acks.sent;
      // Three small writes with pauses: three packets the client has no reply of its own to.
      const r = await exec(client, 'printf a; sleep 0.1; printf b; sleep 0.1; printf c');
      expect(r).toEqual({ out: 'abc', code: 0 });
      expect(acks.sent - before).toBeGreaterThanOrEqual(3);
      // Still a working connection: an SSH_MSG_IGNORE at the wrong moment (during the key
      // exchange, which strict KEX forbids) or malformed would have ended it.
      expect(await exec(client, 'echo still here')).toEqual({ out: 'still here\n', code: 0 });
    } finally {
      client.end();
    }
  });

  it('sends nothing once stopped', async () => {
    const { client, acks } = await connect();
    try {
      acks.stop();
      const sent = acks.sent;
      expect(await exec(client, 'printf a; sleep 0.1; printf b')).toEqual({ out: 'ab', code: 0 });
      expect(acks.sent).toBe(sent);
    } finally {
      client.end();
    }
  });
});
