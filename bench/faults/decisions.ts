// Concurrent decisions: approve, reject and rollback of one run at once from two processes'
// worth of store handles (the chat and the dashboard, two machines), on SQLite and on
// PostgreSQL. Exactly one decision wins every race; the losers are told it was decided.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Engine } from '../../runs/engine/index.js';
import { RunLifecycle, type ActionResult } from '../../runs/lifecycle.js';
import { openPostgresRunStore } from '../../store/postgres.js';
import { openSqliteRunStore } from '../../store/sqlite.js';
import type { Run, RunStore } from '../../store/types.js';
import { type FaultEnv, openTarget, serverOf } from './env.js';
import { check, type Probe } from './kit.js';

const RACES_PER_KIND = 30;
const HOST = 'lab1';

/** Two handles on one database, as two processes have them; each with the queue it enqueued to. */
interface Side {
  readonly store: RunStore;
  readonly lifecycle: RunLifecycle;
  readonly enqueued: string[];
}

function side(env: FaultEnv, store: RunStore): Side {
  const enqueued: string[] = [];
  // The queue seam: what was enqueued is all a race needs to know.
  return { store, enqueued, lifecycle: new RunLifecycle({ store, config: () => env.config, queue: { enqueue: async (run) => void enqueued.push(run.id) } }) };
}

const engineer = (env: FaultEnv, via: 'chat' | 'web') => ({ kind: 'engineer' as const, engineer: env.config.engineers.find((e) => e.role === 'approver')!, via });
const winners = (results: readonly ActionResult[]) => results.filter((r) => r.ok).length;
const losersTold = (results: readonly ActionResult[]) => results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === 'already_decided' && /already|just started/.test(r.message));

/** The races of one store kind: a real diagnosis and real runs on the lab host, then decisions in parallel. */
async function racesOn(env: FaultEnv, dialect: string, a: Side, b: Side): Promise<Probe[]> {
  const server = serverOf(env, HOST);
  const engine = new Engine({ store: a.store, openTarget });
  await env.lab.reset(HOST);
  // The evidence of the fault the customer reports: the decision proposes only on what it reads.
  await env.lab.appendSoftswitchLog(HOST, ['[sip] tcp connect to trunk failed: bind failed: Address already in use']);
  // One diagnosis read from the server; every proposal below is planned from it.
  const diagnosis = await a.lifecycle.requestDiagnosis({ playbook: 'port_exhaustion', server, requestedBy: 'chat:+8801700000001', chat: '+8801700000001', text: 'bind failed: address already in use', evidence: null });
  await engine.diagnose((await a.store.getRun(diagnosis.id))!, server);
  const proposal = async (): Promise<Run> => {
    const p = await a.lifecycle.propose(diagnosis.id);
    if (p.kind !== 'proposed') throw new Error(`the diagnosis gave ${p.kind}, not a proposal`);
    return p.run;
  };
  const probes: Probe[] = [];
  for (let i = 0; i < RACES_PER_KIND; i++) {
    probes.push({
      name: `${dialect}: approve (chat) and reject (dashboard) at once, race ${i + 1}`,
      run: async () => {
        const run = await proposal();
        const before = a.enqueued.length + b.enqueued.length;
        const results = await Promise.all([a.lifecycle.approve(run.id, engineer(env, 'chat')), b.lifecycle.reject(run.id, engineer(env, 'web'), 'not now')]);
        check(winners(results) === 1, `${winners(results)} decisions won`);
        check(losersTold(results), `the loser was not told it was decided: ${results.map((r) => (r.ok ? 'ok' : r.message)).join(' / ')}`);
        const status = (await a.store.getRun(run.id))!.status;
        check(status === (results[0].ok ? 'queued' : 'rejected'), `the run is ${status}, though ${results[0].ok ? 'approve' : 'reject'} won`);
        check(a.enqueued.length + b.enqueued.length - before === (results[0].ok ? 1 : 0), 'enqueued a number of times other than the approvals that won');
      },
    });
    probes.push({
      name: `${dialect}: approved from the chat and the dashboard at once, race ${i + 1}`,
      run: async () => {
        const run = await proposal();
        const before = a.enqueued.length + b.enqueued.length;
        const results = await Promise.all([a.lifecycle.approve(run.id, engineer(env, 'chat')), b.lifecycle.approve(run.id, engineer(env, 'web'))]);
        check(winners(results) === 1, `${winners(results)} approvals won`);
        check(losersTold(results), 'the loser was not told it was decided');
        check(a.enqueued.length + b.enqueued.length - before === 1, `enqueued ${a.enqueued.length + b.enqueued.length - before} times`);
      },
    });
  }
  // A finished run per race, made by the engine on the server (already as the fix wants it, so quick).
  const finished: Run[] = [];
  for (let i = 0; i < RACES_PER_KIND; i++) {
    const run = await a.lifecycle.startDirect('remediate', 'port_exhaustion', server, 'cli:faults');
    await engine.execute(run.id, server);
    finished.push((await a.store.getRun(run.id))!);
  }
  for (const [i, run] of finished.entries()) {
    probes.push({
      name: `${dialect}: rollback asked three times at once (chat, dashboard, command line), race ${i + 1}`,
      run: async () => {
        check(run.status === 'succeeded', `the run to roll back is ${run.status}`);
        const results = await Promise.all([
          a.lifecycle.requestRollback(run.id, engineer(env, 'chat')),
          b.lifecycle.requestRollback(run.id, engineer(env, 'web')),
          b.lifecycle.requestRollback(run.id, { kind: 'cli', user: 'faults' }),
        ]);
        check(winners(results) === 1, `${winners(results)} rollback requests won`);
        check(losersTold(results), `a loser was not told: ${results.map((r) => (r.ok ? 'ok' : r.message)).join(' / ')}`);
        const rollbacks = (await a.store.listRuns({ serverId: HOST, kind: 'rollback', limit: 1000 })).filter((r) => r.rollbackOf === run.id);
        check(rollbacks.length === 1, `${rollbacks.length} rollback runs of ${run.id}`);
      },
    });
  }
  return probes;
}

/** The decisions area, on SQLite (two handles on one file) and PostgreSQL (two pools on one schema) when it answers. */
export async function decisionProbes(env: FaultEnv, postgresUrl: string | null): Promise<{ probes: Probe[]; close(): Promise<void>; note: string | null }> {
  const file = join(env.dir, 'decisions.db');
  const sqlite = [await openSqliteRunStore(file), await openSqliteRunStore(file)];
  const stores: RunStore[] = [...sqlite];
  const probes = await racesOn(env, 'SQLite', side(env, sqlite[0]!), side(env, sqlite[1]!));
  let note: string | null = null;
  let dropSchema: (() => Promise<void>) | null = null;
  if (postgresUrl) {
    const schema = `faults_${randomBytes(4).toString('hex')}`;
    try {
      const pg = [await openPostgresRunStore(postgresUrl, { schema }), await openPostgresRunStore(postgresUrl, { schema })];
      stores.push(...pg);
      probes.push(...(await racesOn(env, 'PostgreSQL', side(env, pg[0]!), side(env, pg[1]!))));
      dropSchema = async () => {
        const { default: pgLib } = await import('pg');
        const client = new pgLib.Client({ connectionString: postgresUrl });
        await client.connect();
        await client.query(`drop schema if exists ${schema} cascade`);
        await client.end();
      };
    } catch (err) {
      note = `PostgreSQL at ${postgresUrl.replace(/\/\/[^@]*@/, '//')} not used: ${(err as Error).message}`;
    }
  } else note = 'PostgreSQL not tried (no database URL)';
  return {
    probes,
    note,
    close: async () => {
      for (const s of stores) await s.close();
      await dropSchema?.();
    },
  };
}
