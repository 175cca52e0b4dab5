import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RollbackExistsError, RunNotFoundError, StepNotFoundError } from '../../store/errors.js';
import type { NewRun, Run, RunStore } from '../../store/types.js';
import { conversationStoreContract } from './conversation-store.contract.js';
import { TestClock, unique } from './test-clock.js';

/** Makes a store for one test; `now` is the store's clock, driven by the test. */
export type RunStoreFactory = (options: { now: () => Date }) => Promise<RunStore>;

/**
 * The behaviour every RunStore adapter must have. Stores may be shared between tests (one
 * PostgreSQL schema per file), so each test works on its own servers, customers and
 * namespaces and never assumes the store is empty.
 */
export function runStoreContract(adapter: string, factory: RunStoreFactory): void {
  describe(`RunStore contract (${adapter})`, () => {
    let store: RunStore;
    let clock: TestClock;
    let serverId: string;
    let customerId: string;

    beforeEach(async () => {
      clock = new TestClock();
      store = await factory({ now: clock.now });
      serverId = unique('srv');
      customerId = unique('cust');
    });
    afterEach(async () => {
      await store.close();
    });

    const newRun = (overrides: Partial<NewRun> = {}): NewRun => ({
      kind: 'remediate',
      playbook: 'port_exhaustion',
      serverId,
      customerId,
      status: 'awaiting_approval',
      requestedBy: 'cli:root',
      ...overrides,
    });
    const ids = (runs: Run[]): string[] => runs.map((r) => r.id);

    describe('createRun / getRun', () => {
      it('creates a run with defaults and reads it back', async () => {
        const run = await store.createRun(newRun());
        expect(run).toEqual({
          id: expect.stringMatching(/^R-[1-9][0-9]*$/),
          kind: 'remediate',
          playbook: 'port_exhaustion',
          serverId,
          customerId,
          status: 'awaiting_approval',
          dryRun: false,
          requestedBy: 'cli:root',
          approvedBy: null,
          approvedAt: null,
          decisionNote: null,
          symptomText: null,
          matchEvidence: null,
          factsBefore: null,
          factsAtApply: null,
          plan: null,
          factsAfter: null,
          verification: null,
          followUp: null,
          outcome: null,
          error: null,
          rollbackOf: null,
          rolledBackBy: null,
          chat: null,
          requests: null,
          createdAt: '2030-01-01T00:00:00.000Z',
          startedAt: null,
          finishedAt: null,
          updatedAt: '2030-01-01T00:00:00.000Z',
        });
        expect(await store.getRun(run.id)).toEqual(run);
      });

      it('round-trips every field given at creation, JSON included', async () => {
        const input = newRun({
          kind: 'rollback',
          playbook: null,
          status: 'queued',
          dryRun: true,
          symptomText: 'Thousands of TIME_WAIT, "cannot bind" — ünïcode too',
          matchEvidence: { rules: ['eaddrinuse'], score: 0.93, nested: { list: [1, null, true, 'x'] } },
          factsBefore: { timeWaitCount: 12000, tags: [] },
          plan: [{ id: 'rst_on', from: 'Off', to: 'On' }],
          rollbackOf: unique('R-1'),
          chat: '+8801700000001',
          requests: [{ chat: '+8801700000001', text: 'cannot bind', at: '2030-01-01T00:00:00.000Z' }],
        });
        const run = await store.createRun(input);
        const read = await store.getRun(run.id);
        expect(read).toEqual(run);
        expect(read).toMatchObject({ ...input, id: run.id });
      });

      it('hands out ids R-<n>, increasing, never all digits and never containing ":"', async () => {
        const runs = [await store.createRun(newRun()), await store.createRun(newRun()), await store.createRun(newRun())];
        const numbers = runs.map((r) => Number(r.id.slice(2)));
        for (const run of runs) {
          expect(run.id).toMatch(/^R-[1-9][0-9]*$/);
          expect(run.id).not.toMatch(/^[0-9]+$/);
          expect(run.id).not.toContain(':');
        }
        expect(numbers[1]).toBeGreaterThan(numbers[0]!);
        expect(numbers[2]).toBeGreaterThan(numbers[1]!);
      });

      it('returns null for unknown and malformed ids', async () => {
        const run = await store.createRun(newRun());
        const seq = run.id.slice(2);
        const missing = [
          'R-2147483000',
          'R-99999999999999999999',
          'R-0',
          `R-0${seq}`,
          seq,
          `r-${seq}`,
          `R-${seq} `,
          ` R-${seq}`,
          `R-${seq}:apply`,
          'R-',
          '',
          "R-1' or '1'='1",
        ];
        for (const id of missing) expect(await store.getRun(id), id).toBeNull();
      });
    });

    describe('updateRun', () => {
      it('changes the patched fields, sets updatedAt and leaves the rest alone', async () => {
        const run = await store.createRun(newRun({ plan: { steps: 3 }, symptomText: 'ports' }));
        clock.advance(60_000);
        const updated = await store.updateRun(run.id, {
          status: 'running',
          startedAt: clock.iso(),
          factsAfter: { timeWaitCount: 10 },
          error: { code: 'X', message: 'y' },
        });
        expect(updated).toEqual({
          ...run,
          status: 'running',
          startedAt: '2030-01-01T00:01:00.000Z',
          factsAfter: { timeWaitCount: 10 },
          error: { code: 'X', message: 'y' },
          updatedAt: '2030-01-01T00:01:00.000Z',
        });
        expect(await store.getRun(run.id)).toEqual(updated);
      });

      it('leaves a field alone when the patch has it undefined and clears it when null', async () => {
        const run = await store.createRun(newRun({ plan: { steps: 3 }, factsBefore: { a: 1 } }));
        const kept = await store.updateRun(run.id, { plan: undefined, outcome: 'kept' });
        expect(kept.plan).toEqual({ steps: 3 });
        const cleared = await store.updateRun(run.id, { plan: null, outcome: null });
        expect(cleared.plan).toBeNull();
        expect(cleared.outcome).toBeNull();
        expect(cleared.factsBefore).toEqual({ a: 1 });
      });

      it('ignores fields that cannot be patched', async () => {
        const run = await store.createRun(newRun());
        clock.advance(1000);
        const smuggled = { id: 'R-1', createdAt: '1999-01-01T00:00:00.000Z', serverId: 'other', outcome: 'ok' };
        const updated = await store.updateRun(run.id, smuggled as never);
        expect(updated).toMatchObject({ id: run.id, createdAt: run.createdAt, serverId, outcome: 'ok' });
      });

      it('throws RunNotFoundError for unknown and malformed ids', async () => {
        for (const id of ['R-2147483000', 'nope', '12']) {
          const err = await store.updateRun(id, { outcome: 'x' }).catch((e: unknown) => e);
          expect(err).toBeInstanceOf(RunNotFoundError);
          expect(err).toMatchObject({ name: 'RunNotFoundError', code: 'RUN_NOT_FOUND', runId: id });
        }
      });
    });

    describe('transition', () => {
      it('moves the run when its status is one of `from`, applying the patch and updatedAt', async () => {
        const run = await store.createRun(newRun());
        clock.advance(5000);
        const moved = await store.transition(run.id, ['awaiting_approval', 'queued'], 'queued', {
          approvedBy: 'web:rahim',
          approvedAt: clock.iso(),
          status: 'rejected', // `to` wins over a status in the patch
        });
        expect(moved).toEqual({
          ...run,
          status: 'queued',
          approvedBy: 'web:rahim',
          approvedAt: '2030-01-01T00:00:05.000Z',
          updatedAt: '2030-01-01T00:00:05.000Z',
        });
        expect(await store.getRun(run.id)).toEqual(moved);
      });

      it('sets updatedAt even without a patch', async () => {
        const run = await store.createRun(newRun());
        clock.advance(1);
        const moved = await store.transition(run.id, ['awaiting_approval'], 'expired');
        expect(moved?.updatedAt).toBe('2030-01-01T00:00:00.001Z');
      });

      it('returns null and changes nothing when the status is not one of `from`', async () => {
        const run = await store.createRun(newRun({ status: 'rejected' }));
        clock.advance(1000);
        expect(await store.transition(run.id, ['awaiting_approval'], 'queued', { approvedBy: 'x' })).toBeNull();
        expect(await store.transition(run.id, [], 'queued')).toBeNull();
        expect(await store.getRun(run.id)).toEqual(run);
      });

      it('lets exactly one of ten racing callers win', async () => {
        const run = await store.createRun(newRun());
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            store.transition(run.id, ['awaiting_approval'], 'queued', { approvedBy: `web:engineer${i}` }),
          ),
        );
        const winners = results.filter((r) => r !== null);
        expect(winners).toHaveLength(1);
        expect(await store.getRun(run.id)).toMatchObject({ status: 'queued', approvedBy: winners[0]!.approvedBy });
      });

      it('throws RunNotFoundError for an unknown run', async () => {
        await expect(store.transition('R-2147483000', ['queued'], 'running')).rejects.toBeInstanceOf(RunNotFoundError);
        await expect(store.transition('bogus', ['queued'], 'running')).rejects.toBeInstanceOf(RunNotFoundError);
      });
    });

    describe('listRuns / countRuns', () => {
      it('lists newest first, breaking createdAt ties by id (newest first)', async () => {
        clock.set('2030-01-01T10:00:00.000Z');
        const a = await store.createRun(newRun());
        clock.set('2030-01-01T12:00:00.000Z');
        const b = await store.createRun(newRun());
        const c = await store.createRun(newRun());
        clock.set('2030-01-01T11:00:00.000Z'); // a clock that went back: createdAt still decides
        const d = await store.createRun(newRun());
        expect(ids(await store.listRuns({ serverId }))).toEqual([c.id, b.id, d.id, a.id]);
      });

      it('narrows by server, customer, playbook, kind and status', async () => {
        const otherServer = unique('srv');
        const otherCustomer = unique('cust');
        const r1 = await store.createRun(newRun());
        const r2 = await store.createRun(newRun({ serverId: otherServer, playbook: 'nat_unregistered', status: 'queued' }));
        const r3 = await store.createRun(newRun({ customerId: otherCustomer, kind: 'diagnose', status: 'diagnosed' }));
        const r4 = await store.createRun(newRun({ playbook: 'firewall_rst', status: 'failed' }));

        expect(ids(await store.listRuns({ serverId }))).toEqual([r4.id, r3.id, r1.id]);
        expect(ids(await store.listRuns({ serverId: otherServer }))).toEqual([r2.id]);
        expect(ids(await store.listRuns({ customerId }))).toEqual([r4.id, r2.id, r1.id]);
        expect(ids(await store.listRuns({ customerId: otherCustomer }))).toEqual([r3.id]);
        expect(ids(await store.listRuns({ customerId, playbook: 'port_exhaustion' }))).toEqual([r1.id]);
        expect(ids(await store.listRuns({ serverId, kind: 'diagnose' }))).toEqual([r3.id]);
        expect(ids(await store.listRuns({ serverId, status: 'failed' }))).toEqual([r4.id]);
        expect(ids(await store.listRuns({ customerId, status: ['queued', 'failed'] }))).toEqual([r4.id, r2.id]);
        expect(ids(await store.listRuns({ serverId, status: [] }))).toEqual([]);
        expect(ids(await store.listRuns({ serverId, customerId: otherCustomer }))).toEqual([r3.id]);
        expect(await store.countRuns({ customerId })).toBe(3);
        expect(await store.countRuns({ customerId, status: ['queued', 'failed'] })).toBe(2);
        expect(await store.countRuns({ serverId, status: [] })).toBe(0);
      });

      it('narrows by the chat that asked', async () => {
        const chat = unique('+8801');
        const asked = await store.createRun(newRun({ chat }));
        await store.createRun(newRun({ chat: unique('+8801') }));
        await store.createRun(newRun());
        expect(ids(await store.listRuns({ chat }))).toEqual([asked.id]);
        expect(await store.countRuns({ chat, serverId })).toBe(1);
      });

      it('narrows by an inclusive createdAt range, whatever the offset notation', async () => {
        const at = async (iso: string) => {
          clock.set(iso);
          return store.createRun(newRun());
        };
        const jan = await at('2024-01-15T00:00:00.000Z');
        const feb = await at('2024-02-15T08:30:00.000Z');
        const mar = await at('2024-03-15T00:00:00.000Z');

        expect(ids(await store.listRuns({ serverId, from: '2024-02-01T00:00:00Z' }))).toEqual([mar.id, feb.id]);
        expect(ids(await store.listRuns({ serverId, to: '2024-02-15T08:30:00.000Z' }))).toEqual([feb.id, jan.id]);
        expect(
          ids(await store.listRuns({ serverId, from: '2024-02-15T08:30:00.000Z', to: '2024-02-15T08:30:00.000Z' })),
        ).toEqual([feb.id]);
        // 10:30 at +02:00 is 08:30 UTC: the bound is compared as an instant, not as text.
        expect(ids(await store.listRuns({ serverId, to: '2024-02-15T10:30:00+02:00' }))).toEqual([feb.id, jan.id]);
        expect(ids(await store.listRuns({ serverId, from: '2024-02-01', to: '2024-03-01' }))).toEqual([feb.id]);
        expect(await store.countRuns({ serverId, from: '2024-01-01', to: '2024-12-31' })).toBe(3);
      });

      it('rejects a date bound that is not a timestamp', async () => {
        await expect(store.listRuns({ from: 'yesterday' })).rejects.toThrow(RangeError);
      });

      it('searches symptom text case-insensitively, taking % _ and \\ literally', async () => {
        const ports = await store.createRun(newRun({ symptomText: 'Cannot BIND: Address already in use' }));
        const percent = await store.createRun(newRun({ symptomText: 'CPU at 100% since the RST change' }));
        const underscore = await store.createRun(newRun({ symptomText: 'SS_TCP_CLOSE_RESET was switched on' }));
        const backslash = await store.createRun(newRun({ symptomText: 'log says C:\\vos\\x' }));
        await store.createRun(newRun({ symptomText: 'SSXTCP 1000 calls' }));
        await store.createRun(newRun({ symptomText: null }));
        const q = async (text: string) => ids(await store.listRuns({ serverId, q: text }));

        expect(await q('cannot bind')).toEqual([ports.id]);
        expect(await q('ADDRESS ALREADY')).toEqual([ports.id]);
        expect(await q('100%')).toEqual([percent.id]);
        expect(await q('%')).toEqual([percent.id]);
        expect(await q('ss_tcp')).toEqual([underscore.id]);
        expect(await q('_')).toEqual([underscore.id]);
        expect(await q('\\vos')).toEqual([backslash.id]);
        expect(await q('no such words')).toEqual([]);
        expect(await store.countRuns({ serverId, q: 's_' })).toBe(1);
      });

      it('pages with limit and offset; count ignores them', async () => {
        const made: Run[] = [];
        for (let i = 0; i < 7; i++) {
          clock.advance(1000);
          made.push(await store.createRun(newRun()));
        }
        const newestFirst = ids(made).reverse();
        expect(ids(await store.listRuns({ serverId, limit: 3 }))).toEqual(newestFirst.slice(0, 3));
        expect(ids(await store.listRuns({ serverId, limit: 3, offset: 3 }))).toEqual(newestFirst.slice(3, 6));
        expect(ids(await store.listRuns({ serverId, limit: 3, offset: 6 }))).toEqual(newestFirst.slice(6));
        expect(ids(await store.listRuns({ serverId, offset: 7 }))).toEqual([]);
        expect(ids(await store.listRuns({ serverId, limit: 0 }))).toEqual([]);
        expect(await store.countRuns({ serverId, limit: 2, offset: 5 })).toBe(7);
      });

      it('returns at most 50 runs by default and 1000 at most', async () => {
        for (let made = 0; made < 1001; made += 10) {
          await Promise.all(Array.from({ length: Math.min(10, 1001 - made) }, () => store.createRun(newRun())));
        }
        expect(await store.listRuns({ serverId })).toHaveLength(50);
        expect(await store.listRuns({ serverId, limit: 5000 })).toHaveLength(1000);
        expect(await store.countRuns({ serverId })).toBe(1001);
      });
    });

    describe('steps', () => {
      it('appends entries with consecutive seqs and returns each full step', async () => {
        const run = await store.createRun(newRun());
        clock.advance(10);
        const first = await store.appendStep(run.id, { phase: 'connect', name: 'connect vos1' });
        expect(first).toEqual({
          runId: run.id,
          seq: 1,
          phase: 'connect',
          name: 'connect vos1',
          changeId: null,
          command: null,
          exitCode: null,
          output: null,
          changed: null,
          status: 'started',
          data: null,
          startedAt: '2030-01-01T00:00:00.010Z',
          finishedAt: null,
        });
        const second = await store.appendStep(run.id, {
          phase: 'apply',
          name: 'apply net.ipv4.tcp_tw_reuse',
          changeId: 'tw_reuse',
          command: 'sysctl -w net.ipv4.tcp_tw_reuse=1',
          data: { from: '0', to: '1', backupPath: null },
        });
        const skipped = await store.appendStep(run.id, { phase: 'reload', name: 'reparse', status: 'skipped' });
        expect([second.seq, skipped.seq]).toEqual([2, 3]);
        expect(second.data).toEqual({ from: '0', to: '1', backupPath: null });
        expect(skipped.status).toBe('skipped');
        expect(await store.listSteps(run.id)).toEqual([first, second, skipped]);
      });

      it('appends several entries in one go, in order, with consecutive seqs after the existing ones', async () => {
        const run = await store.createRun(newRun());
        await store.appendStep(run.id, { phase: 'connect', name: 'connect vos1', status: 'ok', output: '12 ms', finishedAt: '2030-01-01T00:00:01.000Z' });
        const batch = await store.appendSteps(run.id, [
          { phase: 'backup', name: 'backup', data: { path: '/a' } },
          { phase: 'apply', name: 'write', changeId: 'rst_on' },
          { phase: 'reload', name: 'reparse' },
        ]);
        expect(batch.map((s) => [s.seq, s.name, s.status])).toEqual([
          [2, 'backup', 'started'],
          [3, 'write', 'started'],
          [4, 'reparse', 'started'],
        ]);
        const all = await store.listSteps(run.id);
        expect(all.map((s) => s.seq)).toEqual([1, 2, 3, 4]);
        expect(all[0]).toMatchObject({ status: 'ok', output: '12 ms', finishedAt: '2030-01-01T00:00:01.000Z' });
        expect(await store.appendSteps(run.id, [])).toEqual([]);
        expect((await store.appendStep(run.id, { phase: 'verify', name: 'verify' })).seq).toBe(5);
        await expect(store.appendSteps('R-999999', [{ phase: 'connect', name: 'x' }])).rejects.toBeInstanceOf(RunNotFoundError);
        await expect(store.appendSteps('R-999999', [])).rejects.toBeInstanceOf(RunNotFoundError);
      });

      it('gives concurrent batches disjoint consecutive seqs', async () => {
        const run = await store.createRun(newRun());
        const batches = await Promise.all(
          Array.from({ length: 4 }, (_, b) => store.appendSteps(run.id, [0, 1, 2].map((i) => ({ phase: 'apply' as const, name: `b${b}-${i}` })))),
        );
        for (const batch of batches) expect(batch.map((s) => s.seq)).toEqual([batch[0]!.seq, batch[0]!.seq + 1, batch[0]!.seq + 2]);
        expect((await store.listSteps(run.id)).map((s) => s.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      });

      it('numbers steps per run', async () => {
        const a = await store.createRun(newRun());
        const b = await store.createRun(newRun());
        await store.appendStep(a.id, { phase: 'connect', name: 'a1' });
        await store.appendStep(a.id, { phase: 'diagnose', name: 'a2' });
        const b1 = await store.appendStep(b.id, { phase: 'connect', name: 'b1' });
        expect(b1.seq).toBe(1);
        expect((await store.listSteps(a.id)).map((s) => s.name)).toEqual(['a1', 'a2']);
        expect((await store.listSteps(b.id)).map((s) => s.name)).toEqual(['b1']);
      });

      it('gives concurrent appends distinct consecutive seqs', async () => {
        const run = await store.createRun(newRun());
        const steps = await Promise.all(
          Array.from({ length: 10 }, (_, i) => store.appendStep(run.id, { phase: 'apply', name: `step ${i}` })),
        );
        expect(steps.map((s) => s.seq).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        expect((await store.listSteps(run.id)).map((s) => s.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      });

      it('finishes a step: patched fields, JSON data, falsy values kept, finishedAt defaulting to now', async () => {
        const run = await store.createRun(newRun());
        const step = await store.appendStep(run.id, { phase: 'apply', name: 'apply rst', data: { intent: 'On' } });
        clock.advance(2500);
        const finished = await store.finishStep(run.id, step.seq, {
          status: 'ok',
          exitCode: 0,
          output: '',
          changed: false,
          data: { from: 'Off', to: 'On', sha: ['a', 'b'], n: 0 },
        });
        expect(finished).toEqual({
          ...step,
          status: 'ok',
          exitCode: 0,
          output: '',
          changed: false,
          data: { from: 'Off', to: 'On', sha: ['a', 'b'], n: 0 },
          finishedAt: '2030-01-01T00:00:02.500Z',
        });
        expect(await store.listSteps(run.id)).toEqual([finished]);
      });

      it('keeps an explicit finishedAt, and leaves it unset while the step is still started', async () => {
        const run = await store.createRun(newRun());
        const step = await store.appendStep(run.id, { phase: 'verify', name: 'verify' });
        const progress = await store.finishStep(run.id, step.seq, { status: 'started', output: 'half' });
        expect(progress).toMatchObject({ status: 'started', output: 'half', finishedAt: null });
        const done = await store.finishStep(run.id, step.seq, { status: 'failed', changed: true, finishedAt: '2031-05-05T00:00:00.000Z' });
        expect(done).toMatchObject({ status: 'failed', changed: true, output: 'half', finishedAt: '2031-05-05T00:00:00.000Z' });
      });

      it('rejects steps of unknown runs and unknown steps', async () => {
        const run = await store.createRun(newRun());
        await expect(store.appendStep('R-2147483000', { phase: 'connect', name: 'x' })).rejects.toBeInstanceOf(RunNotFoundError);
        await expect(store.appendStep('7', { phase: 'connect', name: 'x' })).rejects.toBeInstanceOf(RunNotFoundError);
        const err = await store.finishStep(run.id, 1, { status: 'ok' }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(StepNotFoundError);
        expect(err).toMatchObject({ code: 'STEP_NOT_FOUND', runId: run.id, seq: 1 });
        await expect(store.finishStep('R-2147483000', 1, { status: 'ok' })).rejects.toBeInstanceOf(StepNotFoundError);
        expect(await store.listSteps('R-2147483000')).toEqual([]);
        expect(await store.listSteps('garbage')).toEqual([]);
      });
    });

    describe('docs', () => {
      let ns: string;
      beforeEach(() => {
        ns = unique('ns');
      });

      it('puts, gets, overwrites and deletes a document', async () => {
        expect(await store.getDoc(ns, 'chat:+880')).toBeNull();
        await store.putDoc(ns, 'chat:+880', { state: 'awaiting_facts', runs: ['R-1'], n: 1 });
        expect(await store.getDoc(ns, 'chat:+880')).toEqual({ state: 'awaiting_facts', runs: ['R-1'], n: 1 });
        await store.putDoc(ns, 'chat:+880', { state: 'idle' });
        expect(await store.getDoc(ns, 'chat:+880')).toEqual({ state: 'idle' });
        await store.deleteDoc(ns, 'chat:+880');
        expect(await store.getDoc(ns, 'chat:+880')).toBeNull();
        await store.deleteDoc(ns, 'chat:+880'); // deleting what is gone is fine
      });

      it('lists a namespace sorted by key, and only that namespace', async () => {
        const other = unique('ns');
        await store.putDoc(ns, 'b', 2);
        await store.putDoc(ns, 'a', [1]);
        await store.putDoc(other, 'a', 'other');
        expect(await store.listDocs(ns)).toEqual([
          { key: 'a', value: [1] },
          { key: 'b', value: 2 },
        ]);
        expect(await store.listDocs(unique('ns'))).toEqual([]);
      });

      it('keeps a stored JSON null apart from an absent document, and keeps falsy values', async () => {
        await store.putDoc(ns, 'null', null);
        await store.putDoc(ns, 'zero', 0);
        await store.putDoc(ns, 'false', false);
        await store.putDoc(ns, 'empty', '');
        expect(await store.getDoc(ns, 'null')).toBeNull();
        expect(await store.getDoc(ns, 'zero')).toBe(0);
        expect(await store.getDoc(ns, 'false')).toBe(false);
        expect(await store.getDoc(ns, 'empty')).toBe('');
        expect(await store.listDocs(ns)).toEqual([
          { key: 'empty', value: '' },
          { key: 'false', value: false },
          { key: 'null', value: null },
          { key: 'zero', value: 0 },
        ]);
      });
    });

    describe('one rollback per run', () => {
      it('refuses a second rollback of the same run, also when both are created at once', async () => {
        const original = await store.createRun(newRun({ status: 'succeeded' }));
        const attempts = await Promise.allSettled(Array.from({ length: 8 }, () => store.createRun(newRun({ kind: 'rollback', status: 'queued', rollbackOf: original.id }))));
        const made = attempts.filter((a) => a.status === 'fulfilled');
        const refused = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
        expect(made).toHaveLength(1);
        expect(refused).toHaveLength(7);
        for (const r of refused) {
          expect(r.reason).toBeInstanceOf(RollbackExistsError);
          expect((r.reason as RollbackExistsError).runId).toBe(original.id);
        }
        expect(await store.countRuns({ serverId, kind: 'rollback' })).toBe(1);
      });

      it('lets different runs each have their rollback', async () => {
        const a = await store.createRun(newRun({ status: 'succeeded' }));
        const b = await store.createRun(newRun({ status: 'failed' }));
        await store.createRun(newRun({ kind: 'rollback', status: 'queued', rollbackOf: a.id }));
        await store.createRun(newRun({ kind: 'rollback', status: 'queued', rollbackOf: b.id }));
        expect(await store.countRuns({ serverId, kind: 'rollback' })).toBe(2);
      });
    });

    describe('putDocs', () => {
      let ns: string;
      beforeEach(() => {
        ns = unique('ns');
      });

      it('writes and deletes (null) several documents in one call; a later entry for a key wins', async () => {
        await store.putDoc(ns, 'old', 'to delete');
        await store.putDoc(ns, 'kept', 'untouched');
        await store.putDocs(ns, [
          { key: 'a', value: { n: 1 } },
          { key: 'old', value: null },
          { key: 'b', value: 'first' },
          { key: 'b', value: 'second' },
          { key: 'c', value: 'written' },
          { key: 'c', value: null },
          { key: 'zero', value: 0 },
        ]);
        expect(await store.listDocs(ns)).toEqual([
          { key: 'a', value: { n: 1 } },
          { key: 'b', value: 'second' },
          { key: 'kept', value: 'untouched' },
          { key: 'zero', value: 0 },
        ]);
        await store.putDocs(ns, []);
        expect(await store.listDocs(ns)).toHaveLength(4);
      });

      it('overwrites existing documents and writes many at once', async () => {
        await store.putDoc(ns, 'k0000', 'old');
        const entries = Array.from({ length: 2500 }, (_, i) => ({ key: `k${String(i).padStart(4, '0')}`, value: { i } }));
        await store.putDocs(ns, entries);
        const docs = await store.listDocs<{ i: number }>(ns);
        expect(docs).toHaveLength(2500);
        expect(docs[0]).toEqual({ key: 'k0000', value: { i: 0 } });
        expect(docs[2499]).toEqual({ key: 'k2499', value: { i: 2499 } });
        await store.putDocs(ns, entries.map(({ key }) => ({ key, value: null })));
        expect(await store.listDocs(ns)).toEqual([]);
      });

      it('lands all or nothing: when one write fails, the writes and deletes before it are undone', async () => {
        await store.putDoc(ns, 'b', 'before');
        // A key the database refuses (NOT NULL), so the failure happens inside the transaction.
        const refused = { key: null as unknown as string, value: 'x' };
        await expect(store.putDocs(ns, [{ key: 'a', value: 'new' }, { key: 'b', value: null }, refused])).rejects.toThrow();
        expect(await store.listDocs(ns)).toEqual([{ key: 'b', value: 'before' }]);
      });
    });

    describe('JSON columns of runs', () => {
      it('store null when absent or null, and keep falsy JSON values', async () => {
        const absent = await store.createRun(newRun());
        const explicitNull = await store.createRun(newRun({ matchEvidence: null }));
        const falsy = await store.createRun(newRun({ matchEvidence: 0, factsBefore: false, plan: '' }));
        expect((await store.getRun(absent.id))?.matchEvidence).toBeNull();
        expect((await store.getRun(explicitNull.id))?.matchEvidence).toBeNull();
        expect(await store.getRun(falsy.id)).toMatchObject({ matchEvidence: 0, factsBefore: false, plan: '' });
        const patched = await store.updateRun(falsy.id, { verification: [], error: {} });
        expect(patched).toMatchObject({ verification: [], error: {} });
        const followed = await store.updateRun(absent.id, { followUp: { status: 'scheduled', dueAt: '2030-01-01T00:10:00.000Z' } });
        expect((await store.getRun(followed.id))?.followUp).toEqual({ status: 'scheduled', dueAt: '2030-01-01T00:10:00.000Z' });
        expect((await store.updateRun(absent.id, { followUp: null })).followUp).toBeNull();
      });
    });
  });

  conversationStoreContract(adapter, factory);
}
