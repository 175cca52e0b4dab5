// Failed runs in plain words: runs the real engine produced against the lab (sshd stopped, a
// wrong host key pinned, a login refused, a link that drops every packet, a change the
// softswitch reverts), told to the customer without transport jargon and only once, while the
// engineers' message and the run record keep the technical reason.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ChatStore } from '../../bot/chat-store.js';
import { Directory } from '../../bot/directory.js';
import type { BotReads, Effect } from '../../bot/effects.js';
import { en } from '../../bot/i18n/en.js';
import { bn } from '../../bot/i18n/bn.js';
import { forChat, forEngineers, type NotifyContext } from '../../bot/notifications.js';
import type { ServerConfig } from '../../config/schema.js';
import { MemoryStore } from '../../runs/memory.js';
import { typedRun, type TypedRun } from '../../runs/records.js';
import { createLab, type Lab } from '../../testkit/lab/index.js';
import { engineFixture, type EngineFixture } from '../helpers/engine.js';

const CUSTOMER = '+8801700000001';
let lab: Lab;
let f: EngineFixture;

beforeAll(async () => {
  lab = await createLab({ hosts: [{}], name: 'plainfail' });
  f = await engineFixture(lab);
});
afterAll(async () => {
  await f?.close();
  await lab?.teardown();
});
beforeEach(async () => {
  await lab.reset('lab1');
});

/** A remediation asked for in the customer's chat, run by the real engine on `server`; the run as the store has it after. */
async function failedRun(server: ServerConfig, symptomText = 'calls fail, address already in use'): Promise<TypedRun> {
  const created = await f.store.createRun({ kind: 'remediate', playbook: 'port_exhaustion', serverId: 'lab1', customerId: 'acme', status: 'running', requestedBy: 'test', chat: CUSTOMER, symptomText });
  const result = await f.runner().execute(created.id, server);
  expect(result.status).toBe('failed');
  return typedRun((await f.store.getRun(created.id))!);
}

/** `fn` while lab1's sshd is stopped (started again whatever happens). */
async function withSshdStopped<T>(fn: () => Promise<T>): Promise<T> {
  await lab.stopSshd('lab1');
  try {
    return await fn();
  } finally {
    await lab.startSshd('lab1');
  }
}

/** What the customer's chat and the engineers are told of the run's end, through the bot's notifications. */
async function told(run: TypedRun): Promise<{ customer: string[]; engineers: string[] }> {
  const chats = new ChatStore(f.store);
  const memory = new MemoryStore(f.store);
  const reads: BotReads = {
    chatState: (chat) => chats.state(chat),
    unknownSenderSeen: (s) => chats.unknownSenderSeen(s),
    run: async (id) => {
      const r = await f.store.getRun(id);
      return r ? typedRun(r) : null;
    },
    runs: async (filter) => (await f.store.listRuns(filter)).map(typedRun),
    memory: (c) => memory.read(c),
    holder: async () => null,
  };
  const ctx: NotifyContext = { directory: new Directory(f.config), reads, now: new Date() };
  const change = { type: 'ended' as const, run };
  const texts = (effects: Effect[], type: Effect['type']) => effects.flatMap((e) => (e.type === type && 'text' in e && typeof e.text === 'string' ? [e.text] : []));
  return {
    customer: texts(await forChat(change, CUSTOMER, await chats.state(CUSTOMER), ctx), 'reply'),
    engineers: texts(await forEngineers(change, ctx), 'notifyEngineers'),
  };
}

/** Words a customer must never read. */
const JARGON = /protocol|handshake|ECONNREFUSED|ETIMEDOUT|client-timeout|SHA256|ssh|permission denied|ROLLBACK|verification failed|\(|\)|:\d+/i;

function expectPlain(customer: string[], expected: string) {
  expect(customer).toEqual([expected]);
  expect(customer[0]).not.toMatch(JARGON);
  // Said once: "nothing was changed" and "told the support team" appear one time each.
  expect(customer[0]!.match(/nothing was changed/gi)?.length ?? 0).toBeLessThanOrEqual(1);
  expect(customer[0]!.match(/support team/gi)).toHaveLength(1);
}

describe('a failed run, for the customer and for the engineers', () => {
  it('unreachable (sshd stopped): plain words to the customer, the connection error to the engineers', async () => {
    const run = await withSshdStopped(() => failedRun({ ...f.server('lab1'), connectTimeoutMs: 2_000 }));
    expect(run.error?.code).toBe('CONNECT_FAILED');
    const { customer, engineers } = await told(run);
    expectPlain(customer, "I could not reach lab1 right now; nothing was changed. I've told the support team.");
    expect(engineers).toEqual([`${run.id} lab1: failed — ${run.outcome}`]);
    expect(run.outcome).toMatch(/^cannot reach lab1 at .*ECONNREFUSED.*; nothing was changed$/);
  });

  it('timeout (the link drops every packet): the server did not answer in time', async () => {
    await lab.cutLink('lab1');
    let run: TypedRun;
    try {
      run = await failedRun({ ...f.server('lab1'), connectTimeoutMs: 1_000 });
    } finally {
      await lab.restoreLink('lab1');
    }
    expect(run.error).toMatchObject({ code: 'CONNECT_FAILED', timedOut: true });
    const { customer, engineers } = await told(run);
    expectPlain(customer, "lab1 did not answer in time; nothing was changed. I've told the support team.");
    expect(engineers[0]).toMatch(/cannot reach lab1 at .*(timeout|timed out)/i);
  });

  it('wrong host key pinned: stopped to be safe, in plain words; the key types for the engineers', async () => {
    const run = await failedRun({ ...f.server('lab1'), hostKeySha256: `ssh-ed25519 SHA256:${'B'.repeat(43)}` });
    expect(run.error?.code).toBe('HOST_KEY_MISMATCH');
    const { customer, engineers } = await told(run);
    expectPlain(customer, "lab1 did not identify itself the way we have on record, so I stopped to be safe; nothing was changed. I've told the support team.");
    expect(engineers[0]).toContain(run.error!.message);
    expect(engineers[0]).toMatch(/ED25519|ed25519/);
  });

  it('login refused (a user the server does not know): plain words; the username and authorized_keys for the engineers', async () => {
    const run = await failedRun({ ...f.server('lab1'), username: 'nobodyhere' });
    expect(run.error?.code).toBe('AUTH_FAILED');
    const { customer, engineers } = await told(run);
    expectPlain(customer, "lab1 did not accept my login; nothing was changed. I've told the support team.");
    expect(engineers[0]).toMatch(/nobodyhere@.* refused the key .*authorized_keys/);
  });

  it('verification failed (the softswitch reverts the change): put back, said once; the checks and the rollback for the engineers', async () => {
    await lab.setReloadBehaviour('lab1', 'revert');
    const run = await failedRun(f.server('lab1'));
    await lab.setReloadBehaviour('lab1', 'ok');
    expect(run.error).toMatchObject({ code: 'VERIFY_FAILED', rolledBack: true });
    const { customer, engineers } = await told(run);
    expect(customer).toEqual(["The fix on lab1 did not work as expected, so I put everything back as it was. I've told the support team; someone will write here."]);
    expect(customer[0]).not.toMatch(JARGON);
    expect(engineers[0]).toMatch(new RegExp(`^${run.id} lab1: failed — verification failed \\(SS_TCP_CLOSE_RESET is Off, expected On.*rolled back: the server is as it was before`));
  });

  it('a customer who wrote in Bengali reads the failure in Bengali', async () => {
    const run = await withSshdStopped(() => failedRun({ ...f.server('lab1'), connectTimeoutMs: 2_000 }, 'সার্ভারে bind failed আসছে'));
    const { customer } = await told(run);
    expect(customer).toEqual([bn.couldNotReach('lab1')]);
    expect(customer[0]).not.toBe(en.couldNotReach('lab1'));
  });
});
