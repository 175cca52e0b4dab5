// 1,000 customers write at once through the in-memory channel; the queue has no worker
// (paused), so this measures the bot: time to the first reply, lost messages, memory. The bot
// records every message in and out of a customer chat.
// Mode `transcripts` (BENCH_MODE=transcripts, or `--transcripts`): the store already holds 100
// messages of each chat (100,000 for 1,000 customers; BENCH_HISTORY to change), written by
// another process, and 1 % of the chats are taken by an engineer (the bot stays silent there and
// only records). Every message and reply is checked to be in the transcripts afterwards.
// Run: npm run build && node dist/bench/chat.js [--transcripts]   (needs Redis on 127.0.0.1:6379; uses database 6)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { startApp } from '../app/start.js';
import type { Channel, ChatMessage } from '../bot/channel.js';
import { parseConfig } from '../config/index.js';
import { openRunStore } from '../store/open.js';
import type { RunStore } from '../store/types.js';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1000);
const TRANSCRIPTS = process.env.BENCH_MODE === 'transcripts' || process.argv.includes('--transcripts');
const HISTORY = Number(process.env.BENCH_HISTORY ?? 100);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/6';
const KEY = `SHA256:${'A'.repeat(43)}`;
const TEXTS = [
  'our switch stops taking new calls every evening, log full of "bind failed: Address already in use"',
  'java.net.BindException: Address already in use (Bind failed)',
  'hello, how much is the license renewal?',
  'all phones behind the mikrotik went unregistered since the change',
  'EADDRINUSE on the softswitch again, thousands of TIME_WAIT',
];

function config(): string {
  const lines = ['customers:'];
  for (let i = 0; i < CUSTOMERS; i++) lines.push(`  - id: c${i}`, `    name: Customer ${i}`, `    chats: ["+88017${String(i).padStart(8, '0')}"]`);
  lines.push('servers:');
  for (let i = 0; i < CUSTOMERS; i++) lines.push(`  - id: s${i}`, `    customer: c${i}`, '    host: 10.255.0.1', '    username: root', '    privateKeyPath: /nonexistent', `    hostKeySha256: "${KEY}"`);
  lines.push('engineers:', '  - id: rahim', '    name: Rahim', '    chats: ["+8801900000002"]', '    role: approver');
  return lines.join('\n');
}

/** Earlier conversations: HISTORY messages of each chat, a month old, alternating customer and bot. */
async function fillHistory(store: RunStore, chats: readonly string[]): Promise<void> {
  const start = Date.now() - 30 * 86_400_000;
  for (let c = 0; c < chats.length; c += 50) {
    const batch = chats.slice(c, c + 50).flatMap((chat, k) =>
      Array.from({ length: HISTORY }, (_, i) => ({
        chat,
        customerId: `c${c + k}`,
        direction: i % 2 ? ('out' as const) : ('in' as const),
        authorKind: i % 2 ? ('bot' as const) : ('customer' as const),
        author: i % 2 ? null : `c${c + k}`,
        text: TEXTS[i % TEXTS.length]!,
        media: null,
        at: new Date(start + i * 60_000).toISOString(),
        runId: null,
      })),
    );
    await store.conversations.appendMessages(batch);
  }
}

/** Records when each chat got its first message. */
class TimingChannel implements Channel {
  readonly name = 'bench';
  readonly first = new Map<string, number>();
  onMessage: ((m: ChatMessage) => Promise<void>) | null = null;
  async start(onMessage: (m: ChatMessage) => Promise<void>) {
    this.onMessage = onMessage;
  }
  async send(chat: string) {
    if (!this.first.has(chat)) this.first.set(chat, performance.now());
  }
  async stop() {}
}

/** Messages in every transcript, counted page by page over the chats (the store has no count of them). */
async function countMessages(store: RunStore): Promise<number> {
  let n = 0;
  for (let i = 0; i < CUSTOMERS; i++) n += (await store.conversations.listMessages(`+88017${String(i).padStart(8, '0')}`, { limit: 1000 })).length;
  return n;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function main() {
  const redis = new Redis(REDIS_URL);
  await redis.flushdb();
  const dir = mkdtempSync(join(tmpdir(), 'vos-bench-chat-'));
  // The history is written by another process, so that its memory is not counted here.
  if (TRANSCRIPTS) execFileSync(process.execPath, [fileURLToPath(import.meta.url)], { env: { ...process.env, BENCH_FILL_DIR: dir }, stdio: 'inherit' });
  const store = await openRunStore({ dataDir: dir });
  const channel = new TimingChannel();
  const chats = Array.from({ length: CUSTOMERS }, (_, i) => `+88017${String(i).padStart(8, '0')}`);
  // Every hundredth chat is with an engineer: the bot records it and says nothing.
  const taken = TRANSCRIPTS ? chats.filter((_, i) => i % 100 === 0) : [];
  if (TRANSCRIPTS) {
    for (const chat of taken) await store.conversations.take(chat, { by: 'rahim', via: 'chat' }, { customerId: null });
  }
  const app = await startApp(
    { config: parseConfig(config(), 'bench.yaml'), store, redisUrl: REDIS_URL, channel, openTarget: () => Promise.reject(new Error('no SSH in this benchmark')), log: () => {} },
    { workers: false, web: null },
  );
  let peakRss = process.memoryUsage().rss;
  const startRss = peakRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
  try {
    const sentAt = new Map<string, number>();
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    await Promise.all(
      chats.map((chat, i) => {
        sentAt.set(chat, performance.now());
        return channel.onMessage!({ chat, sender: chat, text: TEXTS[i % TEXTS.length]!, at: new Date(), id: `b${i}` });
      }),
    );
    await app.assistant.idle();
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const answered = chats.filter((c) => !taken.includes(c));
    const latencies = answered.filter((c) => channel.first.has(c)).map((c) => channel.first.get(c)! - sentAt.get(c)!);
    const lost = answered.length - latencies.length + taken.filter((c) => channel.first.has(c)).length;
    const diagnoses = await store.countRuns({ kind: 'diagnose' });
    console.log(`customers            ${CUSTOMERS} (each one message, all at once)${TRANSCRIPTS ? `, mode transcripts: ${HISTORY} earlier messages per chat, ${taken.length} chats taken by an engineer` : ''}`);
    console.log(`first reply p50      ${pct(latencies, 50).toFixed(1)} ms`);
    console.log(`first reply p99      ${pct(latencies, 99).toFixed(1)} ms   (target < 100 ms: ${pct(latencies, 99) < 100 ? 'met' : 'NOT met'})`);
    console.log(`messages lost        ${lost}   (target 0: ${lost === 0 ? 'met' : 'NOT met'})`);
    console.log(`diagnose runs queued ${diagnoses}`);
    console.log(`all handled in       ${wall.toFixed(0)} ms`);
    console.log(`CPU while handling   ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms   (user and system, this process)`);
    console.log(`peak RSS             ${(peakRss / 1024 / 1024).toFixed(0)} MB   (target < 300 MB: ${peakRss < 300 * 1024 * 1024 ? 'met' : 'NOT met'}; ${(startRss / 1024 / 1024).toFixed(0)} MB before the burst)`);
    // Every customer message is in its transcript, and so is every reply the bot sent.
    let unrecorded = 0;
    for (const chat of chats) {
      const newest = await store.conversations.listMessages(chat, { limit: 10 });
      const since = newest.filter((m) => Date.parse(m.at) >= Date.now() - 3_600_000);
      const ins = since.filter((m) => m.authorKind === 'customer').length;
      const outs = since.filter((m) => m.authorKind === 'bot').length;
      if (ins !== 1 || outs !== (taken.includes(chat) ? 0 : 1)) unrecorded++;
    }
    console.log(`transcripts          ${await countMessages(store)} messages stored; chats whose message or reply is missing: ${unrecorded}   (target 0: ${unrecorded === 0 ? 'met' : 'NOT met'})`);
  } finally {
    clearInterval(sampler);
    await app.stop();
    await store.close();
    await redis.flushdb();
    redis.disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env.BENCH_FILL_DIR) {
  const store = await openRunStore({ dataDir: process.env.BENCH_FILL_DIR });
  await fillHistory(store, Array.from({ length: CUSTOMERS }, (_, i) => `+88017${String(i).padStart(8, '0')}`));
  await store.close();
} else {
  await main();
}
