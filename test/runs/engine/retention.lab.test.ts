// Backup retention against a lab host over real SSH: the backups real runs made, the journal
// they wrote, files of others under look-alike names. Needs root (the lab).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerConfig } from '../../../config/schema.js';
import { backupPathFor, cleanBackups, retentionPlan, RETENTION_PHASES } from '../../../runs/engine/index.js';
import { RunLifecycle } from '../../../runs/lifecycle.js';
import type { Run } from '../../../store/types.js';
import { engineFixture, newRun, type EngineFixture } from '../../helpers/engine.js';
import { createLab, type Lab } from '../../../testkit/lab/index.js';

const CONF = '/home/kunshi/mbx3000/etc/softswitch.conf';
const DAY = 24 * 3600 * 1000;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let lab: Lab;
let f: EngineFixture;
let server: ServerConfig;
let confDir: string;
let connections = 0;
const runs: Run[] = [];
const confBefore: Buffer[] = [];
let original: Buffer;

/** The files next to softswitch.conf, as the host has them. */
const listing = () => readdirSync(confDir).filter((n) => n !== 'softswitch.conf').sort();
const local = (remotePath: string) => join(confDir, basename(remotePath));
const clean = (days: number) =>
  cleanBackups(
    {
      store: f.store,
      openTarget: (s, signal) => {
        connections++;
        return f.openTarget(s, signal);
      },
      now: () => new Date(Date.now() + days * DAY),
    },
    server,
    { retentionDays: 30 },
  );

beforeAll(async () => {
  lab = await createLab({ hosts: 1, name: 'retention' });
  f = await engineFixture(lab);
  server = f.server('lab1');
  confDir = dirname(lab.host('lab1').localConfPath);
  await lab.reset('lab1');
  original = await lab.readConf('lab1');
  // Three runs that change softswitch.conf and succeed: RST On, Off again, On again.
  for (const playbook of ['port_exhaustion', 'nat_unregistered', 'port_exhaustion'] as const) {
    confBefore.push(await lab.readConf('lab1'));
    const run = await newRun(f, playbook, 'lab1');
    expect((await f.runner().execute(run.id, server)).status).toBe('succeeded');
    runs.push((await f.store.getRun(run.id))!);
  }
  // What others leave under look-alike names: another store's R-1 (other content, so another
  // hash), the old naming, a hand-made copy, and our exact naming for a run this store never had.
  writeFileSync(join(confDir, `softswitch.conf.vos-assist-${runs[0]!.id}-${'0'.repeat(12)}.bak`), 'SS_TCP_CLOSE_RESET="On"\nSTAGING="1"\n');
  writeFileSync(join(confDir, 'softswitch.conf.vos-assist-R-1.bak'), 'SS_OLD="1"\n');
  writeFileSync(join(confDir, 'softswitch.conf.bak'), 'HAND_MADE="1"\n');
  writeFileSync(join(confDir, basename(backupPathFor(CONF, 'R-77', sha(original)))), original);
});
afterAll(async () => {
  await f?.close();
  await lab?.teardown();
});

describe('backup retention', () => {
  it('does nothing, and does not even connect, while every backup is younger than the retention', async () => {
    const before = listing();
    const done = await clean(29);
    expect(done).toMatchObject({ removed: [], leftAlone: [], kept: [], stopped: null });
    expect(connections).toBe(0);
    expect(listing()).toEqual(before);
  });

  it('removes old backups by their exact names and journals it; keeps the last good one and every file that is not a backup the store knows', async () => {
    const [r1, r2, r3] = runs as [Run, Run, Run];
    const backups = runs.map((r, i) => backupPathFor(CONF, r.id, sha(confBefore[i]!)));
    expect(listing()).toEqual(expect.arrayContaining(backups.map((b) => basename(b))));
    // Someone reused R-2's backup file for something else: no longer the bytes R-2 backed up.
    writeFileSync(local(backups[1]!), 'SS_TCP_CLOSE_RESET="Off"\nEDITED_BY_HAND="1"\n');
    const others = listing().filter((n) => !backups.map((b) => basename(b)).includes(n));
    expect(others).toHaveLength(4); // the look-alikes

    const done = await clean(31);
    expect(done.stopped).toBeNull();
    expect(done.removed.map((b) => [b.runId, b.backupPath])).toEqual([[r1.id, backups[0]]]);
    expect(done.leftAlone.map((k) => [k.backup.runId, k.why])).toEqual([[r2.id, expect.stringMatching(/changed since it was written/)]]);
    expect(done.kept).toEqual([{ backup: expect.objectContaining({ runId: r3.id, backupPath: backups[2] }), why: `the last good backup of ${CONF}` }]);
    expect(connections).toBe(1);

    // On the server: R-1's backup is gone; R-2's edited file and R-3's backup stay, and so does every other file.
    expect(listing()).toEqual([...others, basename(backups[1]!), basename(backups[2]!)].sort());
    expect(readFileSync(local(backups[1]!), 'utf8')).toMatch(/EDITED_BY_HAND/);
    expect(readFileSync(local(backups[2]!))).toEqual(confBefore[2]);

    // The journal of each run says what became of its backup.
    const cleanup = async (id: string) => (await f.store.listSteps(id)).filter((s) => s.phase === 'cleanup');
    expect(await cleanup(r1.id)).toEqual([expect.objectContaining({ status: 'ok', command: `rm -f ${backups[0]}`, output: 'removed: older than 30 days', data: { type: 'cleanup', path: CONF, backupPath: backups[0] } })]);
    expect(await cleanup(r2.id)).toEqual([expect.objectContaining({ status: 'skipped', output: expect.stringMatching(/^left alone: changed since it was written/) })]);
    expect(await cleanup(r3.id)).toEqual([]);
  });

  it('looks at what it dealt with no more: the next pass has nothing to do and does not connect', async () => {
    const plan = retentionPlan(await f.store.listServerSteps('lab1', RETENTION_PHASES), new Date(Date.now() + 400 * DAY), 30);
    expect(plan.remove).toEqual([]);
    expect(plan.kept.map((k) => k.backup.runId)).toEqual([runs[2]!.id]);
    const done = await clean(400);
    expect(done.removed).toEqual([]);
    expect(connections).toBe(1);
  });

  it('lets a run whose backup it removed still be rolled back: our keys are put back instead, and the server is as that run found it', async () => {
    const r1 = runs[0]!;
    const lifecycle = new RunLifecycle({ store: f.store, config: () => f.config });
    const requested = await lifecycle.requestRollback(r1.id, { kind: 'cli', user: 'test' }, { now: true });
    if (!requested.ok) throw new Error(requested.message);
    const result = await f.runner().rollback(requested.run.id, server);
    expect(result.outcome).toMatch(/rolled back: the server is as it was before/);
    expect(result.status).toBe('succeeded');
    expect(await lab.readConf('lab1')).toEqual(confBefore[0]);
    const steps = await f.store.listSteps(requested.run.id);
    expect(steps.map((s) => s.name)).toContain(`putting our keys in ${CONF} back`);
    expect(steps.map((s) => s.name).join('\n')).not.toMatch(/restoring .* from its backup/);
  });

  it('keeps the backups of a run whose rollback did not complete, for the person who must check; the last good one moves to the newest run', async () => {
    const lifecycle = new RunLifecycle({ store: f.store, config: () => f.config });
    const r5 = await newRun(f, 'port_exhaustion', 'lab1');
    expect((await f.runner().execute(r5.id, server)).status).toBe('succeeded');
    await lab.setSysctl('lab1', 'net.ipv4.ip_local_port_range', '20000 40000');
    const requested = await lifecycle.requestRollback(r5.id, { kind: 'cli', user: 'test' }, { now: true });
    if (!requested.ok) throw new Error(requested.message);
    expect((await f.runner().rollback(requested.run.id, server)).outcome).toMatch(/^ROLLBACK INCOMPLETE/);
    const r6 = await newRun(f, 'port_exhaustion', 'lab1');
    expect((await f.runner().execute(r6.id, server)).status).toBe('succeeded');

    const done = await clean(31);
    // R-3's backup was the last good one; R-6 now is.
    expect(done.removed.map((b) => b.runId)).toEqual([runs[2]!.id]);
    expect(done.kept.map((k) => [k.backup.runId, k.why])).toEqual([
      [r5.id, `the rollback of ${r5.id} did not complete; a person must check the server`],
      [r6.id, `the last good backup of ${CONF}`],
    ]);
    expect(listing()).not.toContain(basename(backupPathFor(CONF, runs[2]!.id, sha(confBefore[2]!))));
  });
});
