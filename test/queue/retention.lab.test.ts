// Backup retention as the repeatable job the workers run: BullMQ on a real Redis (database 9,
// a key prefix of its own), runs made over real SSH against a lab host. Needs root (the lab).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_RETENTION, type RetentionPass } from '../../queue/maintenance.js';
import { startWorkers, type Workers } from '../../queue/worker.js';
import { backupPathFor } from '../../runs/engine/index.js';
import { acquireServerLock, serverLockOwner } from '../../store/server-lock.js';
import { createLab, type Lab } from '../../testkit/lab/index.js';
import { testRedisUrl } from '../helpers/redis.js';
import { queueFixture, type QueueFixture } from './fixture.js';
import { until } from './helpers.js';

const CONF = '/home/kunshi/mbx3000/etc/softswitch.conf';
const DAY = 24 * 3600 * 1000;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let lab: Lab;
let q: QueueFixture;
let workers: Workers | null = null;
const logs: string[] = [];
const passes: RetentionPass[] = [];

beforeAll(async () => {
  lab = await createLab({ hosts: 1, name: 'queue-retention' });
  q = await queueFixture(lab, testRedisUrl(9));
  await lab.reset('lab1');
});
afterAll(async () => {
  await workers?.close();
  await q?.close();
  await lab?.teardown();
});

describe('backup retention through the queue', () => {
  it('runs as a scheduled job: skips a server another run holds, then removes its old backups and keeps the last good one', async () => {
    // Two runs made 40 days ago (by the engine's clock): RST On, then Off again.
    const confDir = dirname(lab.host('lab1').localConfPath);
    const made: { id: string; backup: string; bytes: Buffer }[] = [];
    for (const playbook of ['port_exhaustion', 'nat_unregistered'] as const) {
      const bytes = await lab.readConf('lab1');
      const run = await q.f.store.createRun({ kind: 'remediate', playbook, serverId: 'lab1', customerId: 'acme', status: 'running', requestedBy: 'test' });
      const result = await q.f.runner({ now: () => new Date(Date.now() - 40 * DAY) }).execute(run.id, q.f.server('lab1'));
      expect(result.status).toBe('succeeded');
      made.push({ id: run.id, backup: join(confDir, basename(backupPathFor(CONF, run.id, sha(bytes)))), bytes });
    }
    expect(made.every((m) => existsSync(m.backup))).toBe(true);

    // A run holds lab1 when the first pass comes.
    const held = (await acquireServerLock(q.f.store.serverLocks, 'lab1', serverLockOwner('R-99-apply (elsewhere)'), { ttlMs: 60_000 }))!;
    workers = startWorkers(
      { connection: q.connection, store: q.f.store, serverById: (id) => q.f.config.servers.find((s) => s.id === id), servers: () => q.f.config.servers, openTarget: q.f.openTarget, log: (m) => logs.push(m) },
      { prefix: q.prefix, backups: { retentionDays: 30, everyMs: 1_000 } },
    );
    workers.maintenance!.on('completed', (job: Job, pass: RetentionPass) => job.name === BACKUP_RETENTION && passes.push(pass));
    await until(() => passes.length >= 1, 'a first retention pass', 20_000);
    expect(passes[0]).toEqual([{ serverId: 'lab1', skipped: 'busy with a run; looked at next time' }]);
    expect(made.every((m) => existsSync(m.backup))).toBe(true);
    await held.release();

    await until(() => passes.some((p) => p.some((s) => 'removed' in s && s.removed.length > 0)), 'a pass that removes the old backup', 20_000);
    expect(existsSync(made[0]!.backup)).toBe(false);
    expect(readFileSync(made[1]!.backup)).toEqual(made[1]!.bytes);
    expect(logs).toContain(`backups on lab1: removed 1 (${made[0]!.id}'s of ${CONF})`);
    const steps = await q.f.store.listSteps(made[0]!.id);
    expect(steps.filter((s) => s.phase === 'cleanup').map((s) => s.status)).toEqual(['ok']);
    // A later pass finds nothing left to do.
    const seen = passes.length;
    await until(() => passes.length > seen, 'one more pass', 20_000);
    expect(passes.at(-1)).toEqual([{ serverId: 'lab1', removed: [], leftAlone: [], kept: [expect.objectContaining({ why: `the last good backup of ${CONF}` })], stopped: null }]);
    expect(await q.f.store.serverLocks.holder('lab1')).toBeNull();
  }, 90_000);
});
