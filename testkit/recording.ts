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
import { createLab } from './lab/index.js';
import { MemoryChannel } from './memory-channel.js';

/** What a recording holds: the runs and journals as stored, the config they were made with, and which run is which. */
export interface Recording {
  readonly config: Config;
  readonly runs: readonly Run[];
  readonly steps: Readonly<Record<string, readonly Step[]>>;
  readonly ids: RecordedIds;
}

/** Which recorded run is which (ids as recorded, …). */
export interface RecordedIds {
  /**
   * Applied and verified; two messages asked for it (the second joined the proposal), and the
   * server was read three times: when proposed, right before the change (more sockets in
   * TIME_WAIT by then) and after it.
   */
  readonly succeeded: string;
  /** Still waiting for approval, on the second server (tagged nat-phones: kernel tuning only, RST left out). */
  readonly pending: string;
  /** Still waiting for approval, on the first server: all three changes, both files, the reload. */
  readonly pendingFull: string;
  /** Rejected by the approver with a reason (nat_unregistered: RST back Off, softswitch.conf only). */
  readonly rejected: string;
  /** With `outcomes`: a proposal that expired unapproved. */
  readonly expired?: string;
  /** With `outcomes`: applied, then undone by the approver (`rollback`); status rolled_back. */
  readonly rolledBack?: string;
  /** With `outcomes`: the rollback run that undid `rolledBack`. */
  readonly rollback?: string;
  /** With `outcomes`: approved, but the softswitch reload failed, so it rolled itself back; status failed. */
  readonly failed?: string;
  /** With `outcomes`: a firewall_rst fix (RST back Off), applied. */
  readonly firewallApplied?: string;
  /** With `outcomes`: a nat_unregistered fix (RST back Off), applied. */
  readonly natApplied?: string;
  /** With `outcomes`: an engineer's read-only health check (`check lab2`): a diagnosed run without a playbook. */
  readonly healthCheck?: string;
}

export interface RecordOptions {
  /** Redis for the queue; the recording flushes this database first. */
  readonly redisUrl: string;
  /** What the customer writes for the proposal that stays pending (a test may put markup in it). */
  readonly pendingText?: string;
  /** The approver's reason for the rejection. */
  readonly rejectReason?: string;
  /**
   * A comment line put into the first server's softswitch.conf, just above
   * SS_TCP_CLOSE_RESET, before anything is proposed: it shows in the context of every diff of
   * that file (a test may put markup in it, as a customer's server may hold anything).
   */
  readonly confComment?: string;
  /**
   * Also record applied firewall_rst and nat_unregistered fixes, an engineer's health check,
   * an expired proposal, a rolled-back run with its rollback, and a failed run. @defaultValue false
   */
  readonly outcomes?: boolean;
}

export const CUSTOMER_CHAT = '+8801700000001';
export const APPROVER_CHAT = '+8801900000002';
const SYMPTOM = 'hi, our switch stops taking new calls every evening, log full of "bind failed: Address already in use"';

const proposed = (text: string) => /Proposed fix \(run (R-\d+)\)/.exec(text)?.[1] ?? '';

/**
 * Records runs made by the whole product against a two-host lab: one applied (with a joined
 * second message and three reads), one rejected, two left pending (`RecordedIds` says which
 * is which); with `outcomes`, also a run of each other playbook, a health check, and an
 * expired, a rolled-back and a failed run. Takes a few seconds (`outcomes`: a few more).
 */
export async function recordRuns(options: RecordOptions): Promise<Recording> {
  const flush = new Redis(options.redisUrl);
  await flush.flushdb();
  flush.disconnect();
  const lab = await createLab({ hosts: 2, name: 'recording' });
  const dataDir = mkdtempSync(join(tmpdir(), 'vos-recording-'));
  let store: RunStore | null = null;
  try {
    const parsed = parseConfig(lab.configYaml({ serverExtra: { lab2: { tags: ['nat-phones'] } } }), 'lab.yaml');
    // Every outcome on one server within minutes: the customer memory would hold back what a
    // rejection or a revert just spoke against. That is the chat's business, not the dashboard's.
    const config: Config = { ...parsed, settings: { ...parsed.settings, memoryHoldHours: 0 } };
    store = await openRunStore({ dataDir });
    const channel = new MemoryChannel();
    const app = await startApp(
      { config, store, redisUrl: options.redisUrl, channel, openTarget: (s, signal) => connectSsh(s, signal ? { signal } : {}), log: () => {} },
      { web: null, expiryCheckMs: 3_600_000 },
    );
    /** The customer writes; resolves with the id of the proposal the assistant answers with. */
    const propose = async (text: string): Promise<string> => {
      const m = channel.mark();
      await channel.say(CUSTOMER_CHAT, text);
      return proposed(await channel.waitFor(CUSTOMER_CHAT, /Proposed fix \(run R-\d+\)/, 30_000, m));
    };
    /** The approver writes; resolves once the customer has been told `re`. */
    const engineer = async (text: string, re: RegExp, timeoutMs = 60_000): Promise<void> => {
      const m = channel.mark();
      await channel.say(APPROVER_CHAT, text);
      await channel.waitFor(CUSTOMER_CHAT, re, timeoutMs, m);
    };
    const addComment = async () => {
      if (options.confComment === undefined) return;
      const conf = (await lab.readConf('lab1')).toString('latin1');
      await lab.writeConf('lab1', conf.replace(/^SS_TCP_CLOSE_RESET=/m, `# ${options.confComment}\nSS_TCP_CLOSE_RESET=`));
    };
    /** The bind failures the customers describe, in a host's softswitch log: a proposal needs evidence on the server. */
    const logBindFailure = (host: string) => lab.appendSoftswitchLog(host, ['[sip] tcp connect to trunk failed: bind failed: Address already in use']);
    /** lab1 as a fresh host again, with the comment line the options ask for and the bind failures. */
    const resetLab1 = async () => {
      await lab.reset('lab1');
      await addComment();
      await logBindFailure('lab1');
    };
    const ids: { -readonly [K in keyof RecordedIds]: RecordedIds[K] } = { succeeded: '', pending: '', pendingFull: '', rejected: '' };
    try {
      await addComment();
      await logBindFailure('lab1');
      await logBindFailure('lab2');
      await lab.makeTimeWait('lab1', 400);
      ids.succeeded = await propose(`${SYMPTOM} on lab1`);
      let m = channel.mark();
      await channel.say(CUSTOMER_CHAT, 'again "Address already in use" on lab1, please hurry');
      await channel.waitFor(CUSTOMER_CHAT, /same fix as R-\d+/, 30_000, m);
      // More sockets pile up while the proposal waits: the read right before the change differs from the one it was proposed on.
      await lab.makeTimeWait('lab1', 300);
      await engineer(`approve ${ids.succeeded}`, /^Done\./);

      ids.pending = await propose(`${options.pendingText ?? 'calls fail, "Address already in use" in the log'} (lab2)`);

      await resetLab1();
      // RST On by hand, as after an earlier change: a NAT complaint then has something to turn Off.
      const conf = (await lab.readConf('lab1')).toString('latin1');
      await lab.writeConf('lab1', conf.replace(/^SS_TCP_CLOSE_RESET=.*$/m, 'SS_TCP_CLOSE_RESET="On"'));
      ids.rejected = await propose('since the RST change our phones behind the router show unregistered, on lab1');
      await engineer(`reject ${ids.rejected} ${options.rejectReason ?? 'we check the NAT keepalive first'}`, new RegExp(`decided not to apply ${ids.rejected}`), 10_000);

      if (options.outcomes) {
        // RST is still On by hand: the other two playbooks each have something to turn Off.
        ids.firewallApplied = await propose('calls fail after RST mode was enabled, the firewall drops the RST packets, on lab1');
        await engineer(`approve ${ids.firewallApplied}`, /^Done\./);
        const again = (await lab.readConf('lab1')).toString('latin1');
        await lab.writeConf('lab1', again.replace(/^SS_TCP_CLOSE_RESET=.*$/m, 'SS_TCP_CLOSE_RESET="On"'));
        ids.natApplied = await propose('phones behind NAT unregistered again since RST, on lab1');
        await engineer(`approve ${ids.natApplied}`, /^Done\./);

        m = channel.mark();
        await channel.say(APPROVER_CHAT, 'check lab2');
        ids.healthCheck = /run (R-\d+); nothing was changed/.exec(await channel.waitFor(APPROVER_CHAT, /read-only check, run R-\d+/, 30_000, m))?.[1] ?? '';

        await resetLab1();
        ids.expired = await propose(`${SYMPTOM}, lab1`);
        // What the expiry check does when the time is up, done now rather than after the TTL.
        m = channel.mark();
        await app.actions.expire((await store.getRun(ids.expired))!);
        await channel.waitFor(CUSTOMER_CHAT, new RegExp(`Proposal ${ids.expired} expired`), 10_000, m);

        ids.rolledBack = await propose(`${SYMPTOM}, on lab1 again`);
        await engineer(`approve ${ids.rolledBack}`, /^Done\./);
        await engineer(`rollback ${ids.rolledBack}`, new RegExp(`${ids.rolledBack} was undone`));
        const rolledBack = ids.rolledBack;
        ids.rollback = (await store.listRuns({ kind: 'rollback', limit: 10 })).find((r) => r.rollbackOf === rolledBack)?.id ?? '';

        await resetLab1();
        await lab.setReloadBehaviour('lab1', 'fail');
        ids.failed = await propose(`cannot bind, EADDRINUSE all over the log on lab1`);
        await engineer(`approve ${ids.failed}`, /did not work as expected, so I put everything back/);
        await lab.setReloadBehaviour('lab1', 'ok');
      }

      await resetLab1();
      ids.pendingFull = await propose(`${SYMPTOM}, lab1 today`);
    } finally {
      await app.stop();
    }
    const runs = await store.listRuns({ limit: 1000 });
    const steps: Record<string, Step[]> = {};
    for (const r of runs) steps[r.id] = await store.listSteps(r.id);
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
      followUp: r.followUp,
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
