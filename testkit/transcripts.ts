// A conversation as the real product has it, for the conversations pages' tests and benchmark:
// a lab host, the assistant behind an in-memory channel, BullMQ on a real Redis, a customer who
// writes about a problem the bot hands to a person, then reports one it proposes a fix for, then
// sends a picture. The bot records the transcript and opens the hand-off itself, as in production.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../app/start.js';
import { HANDED_OFF } from '../bot/replies.js';
import { parseConfig } from '../config/parse.js';
import type { Config } from '../config/schema.js';
import { transcriptText } from '../conversations/index.js';
import { connectSsh } from '../executors/ssh.js';
import type { Handoff, TranscriptMessage } from '../store/conversation-types.js';
import { openRunStore } from '../store/open.js';
import type { Run, RunStore, Step } from '../store/types.js';
import { createLab } from './lab/index.js';
import { MemoryChannel } from './memory-channel.js';
import { CUSTOMER_CHAT, replayRecording } from './recording.js';

/** A recorded conversation: the runs it led to and the transcript and hand-off as stored. */
export interface TranscriptRecording {
  readonly config: Config;
  readonly runs: readonly Run[];
  readonly steps: Readonly<Record<string, readonly Step[]>>;
  /** Oldest first. */
  readonly messages: readonly TranscriptMessage[];
  readonly handoffs: readonly Handoff[];
  /** The proposal the customer's report led to (still waiting for approval), and the hand-off that followed. */
  readonly ids: { readonly proposal: string; readonly handoff: string };
}

export interface RecordTranscriptOptions {
  /** Redis for the queue; the recording's queues use a key prefix of their own and flush nothing. */
  readonly redisUrl: string;
  /** What the customer writes that the bot hands to a person (a test may put markup in it). */
  readonly handoffText?: string;
}

const SYMPTOM = 'hi, our switch stops taking new calls every evening, log full of "bind failed: Address already in use" on lab1';
const NOT_OURS = "one way audio on the KSA route, they can't hear us";

/**
 * Records one customer's conversation with the whole product against a one-host lab: a problem
 * the bot hands to a person, a report it proposes a fix for, and a picture without a caption.
 * Takes a few seconds, as root.
 */
export async function recordTranscript(options: RecordTranscriptOptions): Promise<TranscriptRecording> {
  const lab = await createLab({ hosts: 1, name: 'transcript' });
  const dataDir = mkdtempSync(join(tmpdir(), 'vos-transcript-'));
  let store: RunStore | null = null;
  try {
    const config = parseConfig(lab.configYaml(), 'lab.yaml');
    store = await openRunStore({ dataDir });
    const channel = new MemoryChannel();
    const app = await startApp(
      { config, store, redisUrl: options.redisUrl, channel, openTarget: (s, signal) => connectSsh(s, signal ? { signal } : {}), log: () => {} },
      { web: null, expiryCheckMs: 3_600_000, prefix: `transcript-${randomBytes(4).toString('hex')}` },
    );
    /** The customer writes; resolves once the bot's answer matching `re` is sent and recorded. */
    const exchange = async (text: string | null, re: RegExp, timeoutMs = 10_000): Promise<string> => {
      const m = channel.mark();
      await channel.say(CUSTOMER_CHAT, text);
      const answer = await channel.waitFor(CUSTOMER_CHAT, re, timeoutMs, m);
      // The answer is recorded right after it is sent; the next message must come after it.
      for (let i = 0; i < 200 && !(await store!.conversations.listMessages(CUSTOMER_CHAT, { limit: 5 })).some((r) => r.text === transcriptText(answer)); i++) await new Promise((r) => setTimeout(r, 25));
      return answer;
    };
    let proposal = '';
    try {
      await lab.makeTimeWait('lab1', 400);
      // What the customer describes, in the softswitch log: a proposal needs evidence on the server.
      await lab.appendSoftswitchLog('lab1', ['[sip] tcp connect to trunk failed: bind failed: Address already in use']);
      await exchange(options.handoffText ?? NOT_OURS, new RegExp(HANDED_OFF.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      proposal = /Proposed fix \(run (R-\d+)\)/.exec(await exchange(SYMPTOM, /Proposed fix \(run R-\d+\)/, 30_000))?.[1] ?? '';
      await exchange(null, /describe the problem in text/);
    } finally {
      await app.stop();
    }
    const runs = [...(await store.listRuns({ limit: 1000 }))].reverse();
    const steps: Record<string, Step[]> = {};
    for (const r of runs) steps[r.id] = await store.listSteps(r.id);
    const messages = (await store.conversations.listMessages(CUSTOMER_CHAT, { limit: 1000 })).reverse();
    const handoffs = (await store.conversations.listHandoffs({ limit: 1000 })).reverse();
    return { config, runs, steps, messages, handoffs, ids: { proposal, handoff: handoffs[0]?.id ?? '' } };
  } finally {
    await store?.close();
    await lab.teardown();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Writes a recorded conversation into a store: its runs (as testkit/recording.ts replays them),
 * its messages with their times and run ids, and its hand-offs (opened again, oldest first). Into
 * a fresh store everything keeps its recorded id.
 */
export async function replayTranscript(store: RunStore, recording: Pick<TranscriptRecording, 'runs' | 'steps' | 'messages' | 'handoffs'>): Promise<void> {
  const runIds = await replayRecording(store, recording);
  await store.conversations.appendMessages(recording.messages.map(({ id: _id, ...m }) => ({ ...m, runId: m.runId === null ? null : (runIds.get(m.runId) ?? m.runId) })));
  for (const h of recording.handoffs) {
    await store.conversations.createHandoff({ chat: h.chat, customerId: h.customerId, reason: h.reason, lastMessages: h.lastMessages, facts: h.facts, runId: h.runId === null ? null : (runIds.get(h.runId) ?? h.runId) });
  }
}
