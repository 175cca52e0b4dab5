// A dashboard over a fresh store holding a conversation the real product had with a customer
// (testkit/transcripts.ts), on the config it was recorded with, with passwords set for rahim
// (approver) and vera (viewer). The assistant listens on an in-memory channel, as in `start`:
// what a customer says there is recorded by the bot; replies and engineers' notices go out there.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Assistant } from '../../bot/assistant.js';
import { Directory } from '../../bot/directory.js';
import type { Config } from '../../config/schema.js';
import { Conversations, type Send } from '../../conversations/index.js';
import { RunLifecycle } from '../../runs/lifecycle.js';
import { openRunStore } from '../../store/open.js';
import type { RunStore } from '../../store/types.js';
import { MemoryChannel } from '../../testkit/memory-channel.js';
import { replayTranscript, type TranscriptRecording } from '../../testkit/transcripts.js';
import { setEngineerPassword } from '../../web/credentials.js';
import { createWebServer } from '../../web/server.js';
import { LAB_PASSWORDS, TEST_COST } from './harness.js';

export interface ConversationHarness {
  readonly app: FastifyInstance;
  readonly store: RunStore;
  /** The same conversations the dashboard uses: what the bot would record into. */
  readonly conversations: Conversations;
  /** Where the dashboard's `send` goes, and where the assistant listens. */
  readonly channel: MemoryChannel;
  readonly assistant: Assistant;
  readonly config: Config;
  close(): Promise<void>;
}

/** `send`: what the dashboard sends with; default the channel's send, null for a process without a channel. */
export async function conversationHarness(recording: TranscriptRecording, options: { send?: Send | null } = {}): Promise<ConversationHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vos-web-conversations-'));
  const store = await openRunStore({ dataDir });
  await replayTranscript(store, recording);
  const config = recording.config;
  const conversations = new Conversations({ store: store.conversations, config: () => config });
  const channel = new MemoryChannel();
  for (const [id, password] of Object.entries(LAB_PASSWORDS)) await setEngineerPassword(store, id, password, new Date(), TEST_COST);
  const actions = new RunLifecycle({ store, config: () => config, queue: { enqueue: async () => undefined } });
  const send = options.send === undefined ? (chat: string, text: string) => channel.send(chat, text) : options.send;
  const assistant = new Assistant({ store, directory: new Directory(config), lifecycle: actions, conversations, send: (chat, text) => channel.send(chat, text) });
  await assistant.load();
  await channel.start(assistant.handle);
  const app = await createWebServer({ store, actions, config, conversations, ...(send ? { send } : {}) }, { login: { perIp: { max: 1000, timeWindowMs: 60_000 } } });
  return {
    app,
    store,
    conversations,
    channel,
    assistant,
    config,
    async close() {
      await assistant.idle();
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
