// 1,000 customers write at once through the in-memory channel; the queue has no worker
// (paused), so this measures the bot: time to the first reply, lost messages, memory.
// Run: npm run build && node dist/bench/chat.js   (needs Redis on 127.0.0.1:6379; uses database 6)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { startApp } from '../app/start.js';
import type { Channel, ChatMessage } from '../bot/channel.js';
import { parseConfig } from '../config/index.js';
import { openRunStore } from '../store/open.js';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1000);
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

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function main() {
  const redis = new Redis(REDIS_URL);
  await redis.flushdb();
  const dir = mkdtempSync(join(tmpdir(), 'vos-bench-chat-'));
  const store = await openRunStore({ dataDir: dir });
  const channel = new TimingChannel();
  const app = await startApp(
    { config: parseConfig(config(), 'bench.yaml'), store, redisUrl: REDIS_URL, channel, openTarget: () => Promise.reject(new Error('no SSH in this benchmark')), log: () => {} },
    { workers: false, web: null },
  );
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
  try {
    const chats = Array.from({ length: CUSTOMERS }, (_, i) => `+88017${String(i).padStart(8, '0')}`);
    const sentAt = new Map<string, number>();
    const t0 = performance.now();
    await Promise.all(
      chats.map((chat, i) => {
        sentAt.set(chat, performance.now());
        return channel.onMessage!({ chat, sender: chat, text: TEXTS[i % TEXTS.length]!, at: new Date(), id: `b${i}` });
      }),
    );
    await app.assistant.idle();
    const wall = performance.now() - t0;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const latencies = chats.filter((c) => channel.first.has(c)).map((c) => channel.first.get(c)! - sentAt.get(c)!);
    const lost = chats.length - latencies.length;
    const diagnoses = await store.countRuns({ kind: 'diagnose' });
    console.log(`customers            ${CUSTOMERS} (each one message, all at once)`);
    console.log(`first reply p50      ${pct(latencies, 50).toFixed(1)} ms`);
    console.log(`first reply p99      ${pct(latencies, 99).toFixed(1)} ms   (target < 100 ms: ${pct(latencies, 99) < 100 ? 'met' : 'NOT met'})`);
    console.log(`messages lost        ${lost}   (target 0: ${lost === 0 ? 'met' : 'NOT met'})`);
    console.log(`diagnose runs queued ${diagnoses}`);
    console.log(`all handled in       ${wall.toFixed(0)} ms`);
    console.log(`peak RSS             ${(peakRss / 1024 / 1024).toFixed(0)} MB   (target < 300 MB: ${peakRss < 300 * 1024 * 1024 ? 'met' : 'NOT met'})`);
  } finally {
    clearInterval(sampler);
    await app.stop();
    await store.close();
    await redis.flushdb();
    redis.disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
