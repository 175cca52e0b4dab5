// Runs as the real product makes them, for the dashboard's tests and benchmark: a lab host,
// the assistant behind an in-memory channel, BullMQ on a real Redis, workers applying over
// real SSH. Customers write, engineers approve and reject in the chat, and what the store
// holds afterwards is the recording. Pages are then tested on exactly what the engine and
// the conversation wrote, never on runs built by hand in the shape a page expects.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { startApp } from '../app/start.js';
import { parseConfig } from '../config/parse.js';
import type { Config } from '../config/schema.js';
import { connectSsh } from '../executors/ssh.js';
import { openRunStore } from '../store/open.js';
import type { Run, RunStore, Step } from '../store/types.js';
import { createLab } from '../test/lab/index.js';
import { MemoryChannel } from './memory-channel.js';

/** What a recording holds: the runs and journals as stored, the config they were made with, and which run is which. */
export interface Recording {
  readonly config: Config;
  readonly runs: readonly Run[];
  readonly steps: Readonly<Record<string, readonly Step[]>>;
  readonly ids: {
    /** Applied and verified; two messages asked for it (the second joined the proposal). */
    readonly succeeded: string;
    /** Still waiting for approval, on the second server (tagged nat-phones: kernel tuning only). */
    readonly pending: string;
    /** Rejected by the approver with a reason. */
    readonly rejected: string;
  };
}

export interface RecordOptions {
  /** Redis for the queue; the recording flushes this database first. */
  readonly redisUrl: string;
  /** What the customer writes for the proposal that stays pending (a test may put markup in it). */
  readonly pendingText?: string;
  /** The approver's reason for the rejection. */
  readonly rejectReason?: string;
}

export const CUSTOMER_CHAT = '+8801700000001';
export const APPROVER_CHAT = '+8801900000002';
const SYMPTOM = 'hi, our switch stops taking new calls every evening, log full of "bind failed: Address already in use"';

const proposed = (text: string) => /Proposed fix \(run (R-\d+)\)/.exec(text)?.[1] ?? '';

/**
 * Records runs made by the whole product against a two-host lab: one applied (with a joined
 * second message), one rejected, one left pending. Takes a few seconds.
 */
export async function recordRuns(options: RecordOptions): Promise<Recording> {
  const flush = new Redis(options.redisUrl);
  await flush.flushdb();
  flush.disconnect();
  const lab = await createLab({ hosts: 2, name: 'recording' });
  const dataDir = mkdtempSync(join(tmpdir(), 'vos-recording-'));
  let store: RunStore | null = null;
  try {
    const config = parseConfig(lab.configYaml({ serverExtra: { lab2: { tags: ['nat-phones'] } } }), 'lab.yaml');
    store = await openRunStore({ dataDir });
    const channel = new MemoryChannel();
    const app = await startApp(
      { config, store, redisUrl: options.redisUrl, channel, openTarget: (s, signal) => connectSsh(s, signal ? { signal } : {}), log: () => {} },
      { web: null, expiryCheckMs: 3_600_000 },
    );
    try {
      await lab.makeTimeWait('lab1', 400);
      let m = channel.mark();
      await channel.say(CUSTOMER_CHAT, `${SYMPTOM} on lab1`);
      const succeeded = proposed(await channel.waitFor(CUSTOMER_CHAT, /Proposed fix \(run R-\d+\)/, 30_000, m));
      m = channel.mark();
      await channel.say(CUSTOMER_CHAT, 'again "Address already in use" on lab1, please hurry');
      await channel.waitFor(CUSTOMER_CHAT, /same fix as R-\d+/, 30_000, m);
      m = channel.mark();
      await channel.say(APPROVER_CHAT, `approve ${succeeded}`);
      await channel.waitFor(CUSTOMER_CHAT, /^Done\./, 60_000, m);

      m = channel.mark();
      await channel.say(CUSTOMER_CHAT, `${options.pendingText ?? 'calls fail, "Address already in use" in the log'} (lab2)`);
      await channel.waitFor(CUSTOMER_CHAT, /Proposed fix \(run R-\d+\)/, 30_000, m);

      await lab.reset('lab1');
      // RST On by hand, as after an earlier change: a NAT complaint then has something to turn Off.
      const conf = (await lab.readConf('lab1')).toString('latin1');
      await lab.writeConf('lab1', conf.replace(/^SS_TCP_CLOSE_RESET=.*$/m, 'SS_TCP_CLOSE_RESET="On"'));
      m = channel.mark();
      await channel.say(CUSTOMER_CHAT, 'since the RST change our phones behind the router show unregistered, on lab1');
      const rejected = proposed(await channel.waitFor(CUSTOMER_CHAT, /Proposed fix \(run R-\d+\)/, 30_000, m));
      m = channel.mark();
      await channel.say(APPROVER_CHAT, `reject ${rejected} ${options.rejectReason ?? 'we check the NAT keepalive first'}`);
      await channel.waitFor(CUSTOMER_CHAT, new RegExp(`decided not to apply ${rejected}`), 10_000, m);
    } finally {
      await app.stop();
    }
    const runs = await store.listRuns({ limit: 1000 });
    const steps: Record<string, Step[]> = {};
    for (const r of runs) steps[r.id] = await store.listSteps(r.id);
    const ids = { succeeded: '', pending: '', rejected: '' };
    for (const r of runs) {
      if (r.kind !== 'remediate') continue;
      if (r.status === 'succeeded') ids.succeeded = r.id;
      if (r.status === 'awaiting_approval') ids.pending = r.id;
      if (r.status === 'rejected') ids.rejected = r.id;
    }
    return { config, runs: [...runs].reverse(), steps, ids };
  } finally {
    await store?.close();
    await lab.teardown();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Writes a recording's runs and journals into a store, oldest first, field for field. Into a
 * fresh store the runs get the ids they were recorded with (R-1, R-2, …), so the links between
 * them hold. Returns the new id of each recorded run.
 */
export async function replayRecording(store: RunStore, recording: Pick<Recording, 'runs' | 'steps'>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const r of recording.runs) {
    const created = await store.createRun({
      kind: r.kind,
      playbook: r.playbook,
      serverId: r.serverId,
      customerId: r.customerId,
      status: r.status,
      requestedBy: r.requestedBy,
      dryRun: r.dryRun,
      symptomText: r.symptomText,
      matchEvidence: r.matchEvidence,
      factsBefore: r.factsBefore,
      plan: r.plan,
      rollbackOf: r.rollbackOf,
      chat: r.chat,
      requests: r.requests,
    });
    ids.set(r.id, created.id);
    await store.updateRun(created.id, {
      approvedBy: r.approvedBy,
      approvedAt: r.approvedAt,
      decisionNote: r.decisionNote,
      factsAtApply: r.factsAtApply,
      factsAfter: r.factsAfter,
      verification: r.verification,
      outcome: r.outcome,
      error: r.error,
      rolledBackBy: r.rolledBackBy,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
    });
    const steps = recording.steps[r.id] ?? [];
    if (steps.length) {
      await store.appendSteps(
        created.id,
        steps.map((s) => ({ phase: s.phase, name: s.name, changeId: s.changeId, command: s.command, data: s.data, status: s.status, exitCode: s.exitCode, output: s.output, finishedAt: s.finishedAt })),
      );
    }
  }
  return ids;
}
