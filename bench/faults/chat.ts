// Hostile chat input: the whole product (in-memory channel → assistant → queue → workers → SSH to
// a lab host). Every message must get a reply that is not an apology for a crash, reach no shell
// (here or on the server), pollute no prototype, and approve nothing it may not.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, type App } from '../../app/start.js';
import { SORRY_HANDED_OFF } from '../../bot/replies.js';
import { openRunStore } from '../../store/open.js';
import type { RunStore } from '../../store/types.js';
import { MemoryChannel } from '../../testkit/memory-channel.js';
import type { FaultEnv } from './env.js';
import { openTarget } from './env.js';
import { check, type Probe, until } from './kit.js';

const CUSTOMER = '+8801700000001';
const ENGINEER = '+8801900000002';
const STRANGER = '+15550000123';
const CANARY = 'vos-faults-pwned';

/** [who writes, text] — null text is media without a caption. */
const MESSAGES: readonly [string, string | null][] = [
  [CUSTOMER, `$(touch /root/${CANARY})`],
  [CUSTOMER, `'; touch /root/${CANARY}; echo '`],
  [CUSTOMER, 'constructor'],
  [CUSTOMER, '__proto__ toString valueOf hasOwnProperty isPrototypeOf'],
  [CUSTOMER, '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'],
  [CUSTOMER, "'; DROP TABLE runs; --"],
  [CUSTOMER, 'A'.repeat(100_000)],
  [CUSTOMER, '\u0000\u0001\u0007\u001b[2J NUL, bell and a terminal escape'],
  [CUSTOMER, '\u202eevil right-to-left override \u200b\u200d zero-width'],
  [CUSTOMER, '🔥'.repeat(5_000)],
  [CUSTOMER, null],
  [CUSTOMER, 'SS_TCP_CLOSE_RESET=On; reboot'],
  [CUSTOMER, `set net.ipv4.tcp_tw_reuse=1 && touch /root/${CANARY}`],
  [CUSTOMER, 'approve R-1'],
  [CUSTOMER, 'rollback R-1'],
  [CUSTOMER, '%s%s%s%n%x %d ${process.exit()} {{7*7}}'],
  [CUSTOMER, 'calls fail\r\n\r\nHTTP/1.1 200 OK\r\nSet-Cookie: x=y'],
  // Last of the customer's: it asks for a diagnosis (R-1) and a proposal (R-2) follows.
  [CUSTOMER, `bind failed: Address already in use \`touch /root/${CANARY}\``],
  [STRANGER, `hello $(touch /root/${CANARY})`],
  [ENGINEER, `approve R-2; touch /root/${CANARY}`],
  [ENGINEER, `check lab1$(touch /root/${CANARY})`],
  [ENGINEER, `reply acme: $(touch /root/${CANARY})`],
  [ENGINEER, 'run ../../etc/passwd'],
  [ENGINEER, 'reject R-999999999999999999999999 because'],
  [ENGINEER, 'take constructor'],
];

const describeText = (text: string | null) => (text === null ? '(media, no caption)' : JSON.stringify(text.length > 48 ? `${text.slice(0, 45)}…` : text));

/** The chat area: one probe per message, then one for what must not have happened anywhere. */
export async function chatProbes(env: FaultEnv): Promise<{ probes: Probe[]; close(): Promise<void> }> {
  const dataDir = join(env.dir, 'chat-data');
  mkdirSync(dataDir, { recursive: true });
  const store: RunStore = await openRunStore({ dataDir });
  const channel = new MemoryChannel();
  const logs: string[] = [];
  await env.lab.reset('lab1');
  const confBefore = await env.lab.readConf('lab1');
  const app: App = await startApp(
    { config: env.config, store, redisUrl: env.redis.url, channel, openTarget, log: (m) => logs.push(m) },
    { web: null, prefix: 'faults-chat', expiryCheckMs: 3_600_000, bot: { ratePerMinute: 1_000 } },
  );
  const labRoot = join(env.lab.host('lab1').dir, 'fs', 'root');
  const canaries = [join(labRoot, CANARY), join('/tmp', CANARY), join(process.cwd(), CANARY)];
  for (const c of canaries) rmSync(c, { force: true });

  const probes: Probe[] = MESSAGES.map(([who, text]) => ({
    name: `${who === CUSTOMER ? 'customer' : who === ENGINEER ? 'engineer' : 'unknown number'} writes ${describeText(text)}`,
    run: async () => {
      // Each message meets a settled chat: the diagnosis an earlier one asked for has answered.
      await until(async () => (await store.countRuns({ status: ['queued', 'running'] })) === 0, 'earlier diagnoses to finish', 60_000);
      await app.resync(); // and the chat was told what came of them
      const mark = channel.mark();
      await channel.say(who, text);
      const reply = await channel.waitFor(who, /[\s\S]/, 20_000, mark).catch(() => null);
      if (process.env.VOS_FAULTS_VERBOSE) env.say(`      → ${JSON.stringify(reply?.slice(0, 160))}`);
      check(reply !== null, 'no reply within 20 s');
      check(reply !== SORRY_HANDED_OFF, 'the message crashed its handler (the apology for a failure came back)');
      check(!canaries.some((c) => existsSync(c)), 'a command from the message ran');
      check(({} as Record<string, unknown>).polluted === undefined, 'Object.prototype was polluted');
    },
  }));
  probes.push({
    name: 'afterwards: only an engineer approved anything, and no shell ran anywhere',
    run: async () => {
      // The diagnoses and the run the messages led to finish first.
      await until(async () => (await store.countRuns({ status: ['queued', 'running'] })) === 0, 'the runs to finish', 60_000);
      check(!canaries.some((c) => existsSync(c)), `a canary file exists: ${canaries.filter((c) => existsSync(c)).join(', ')}`);
      const decided = await store.listRuns({ kind: 'remediate', status: ['queued', 'running', 'succeeded', 'failed'] });
      const notByEngineer = decided.filter((r) => r.approvedBy !== 'chat:rahim');
      check(notByEngineer.length === 0, `runs approved by someone else: ${notByEngineer.map((r) => `${r.id} by ${r.approvedBy}`).join(', ')}`);
      // What the engineer approved ("approve R-2; touch …" is approve R-2, the rest ignored) is the only change.
      const reparses = (await env.lab.daemonLog('lab1')).filter((l) => l.includes('reparse')).length;
      check(reparses === decided.length, `${reparses} reloads for ${decided.length} approved run(s)`);
      if (decided.length === 0) check((await env.lab.readConf('lab1')).equals(confBefore), 'softswitch.conf changed with nothing approved');
    },
  });
  return {
    probes,
    close: async () => {
      await app.stop();
      await store.close();
    },
  };
}
