import { describe, expect, it } from 'vitest';
import { upgradeLegacyPlan } from '../../runs/legacy.js';
import { checkedJson, StoredRunError, typedRun } from '../../runs/records.js';
import type { Run } from '../../store/types.js';

// A run as the store returns it, with every JSON column empty; tests fill in one column at a time.
const stored = (fields: Partial<Run>): Run => ({
  id: 'R-7',
  kind: 'remediate',
  playbook: 'port_exhaustion',
  serverId: 'vos1',
  customerId: 'acme',
  status: 'awaiting_approval',
  dryRun: false,
  requestedBy: 'chat:+8801700000001',
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
  ...fields,
});

describe('typedRun', () => {
  it('refuses a plan that a writer stored in another shape, naming the run, the column and the field', () => {
    // The shape an earlier proposal used for its changes under a new key: neither today's plan nor a known old one.
    const read = () => typedRun(stored({ plan: { intent: { title: 'x' }, planned: [] } }));
    expect(read).toThrow(StoredRunError);
    expect(read).toThrow(/R-7: the stored plan does not have the expected shape/);
  });

  it('refuses facts, verification and requests of the wrong shape', () => {
    expect(() => typedRun(stored({ factsBefore: { timeWaitCount: 'many' } }))).toThrow(/stored factsBefore/);
    expect(() => typedRun(stored({ verification: { ok: 'yes', checks: [] } }))).toThrow(/stored verification/);
    expect(() => typedRun(stored({ requests: [{ chat: '+1', text: 3 }] }))).toThrow(/stored requests/);
  });

  it('reads empty columns as null, and no requests as an empty list', () => {
    const run = typedRun(stored({}));
    expect(run.plan).toBeNull();
    expect(run.factsBefore).toBeNull();
    expect(run.requests).toEqual([]);
  });
});

describe('checkedJson', () => {
  it('refuses to write a plan without its binding, so a reader never sees one', () => {
    expect(() => checkedJson('R-7', { plan: { intent: null, changes: [] } as never })).toThrow(StoredRunError);
  });

  it('passes other fields through untouched', () => {
    expect(checkedJson('R-7', { outcome: 'x', requests: [] })).toEqual({ outcome: 'x', requests: [] });
  });
});

describe('plans of an earlier version', () => {
  const intent = {
    playbook: 'port_exhaustion',
    title: 'TCP ports exhausted by TIME_WAIT',
    summary: 's',
    findings: [],
    desired: [{ id: 'tw_reuse', kind: 'sysctl', key: 'net.ipv4.tcp_tw_reuse', value: '1', explain: 'reuse' }],
    skipped: [],
    advice: [],
    cautions: [],
  };

  it('reads a proposal made from the facts alone, with a binding no fresh plan can have', () => {
    const legacy = { intent, proposed: [{ key: 'net.ipv4.tcp_tw_reuse', from: '0', to: '1', changed: true, explain: 'reuse' }], diagnosedBy: 'R-3' };
    const run = typedRun(stored({ plan: legacy }));
    expect(run.plan?.changes).toEqual([{ id: 'tw_reuse', kind: 'sysctl', key: 'net.ipv4.tcp_tw_reuse', from: '0', to: '1', changed: true, path: '(not read)' }]);
    expect(run.plan?.files).toEqual([]);
    expect(run.plan?.binding).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads an executed plan and turns its rendered diff back into hunks', () => {
    const sha = (c: string) => c.repeat(64);
    const executed = {
      intent,
      changes: [{ id: 'tw_reuse', kind: 'sysctl', key: 'net.ipv4.tcp_tw_reuse', from: '0', to: '1', changed: true, path: '/etc/sysctl.d/90-vos-assist.conf' }],
      files: [{ path: '/etc/sysctl.d/90-vos-assist.conf', beforeSha: null, afterSha: sha('a'), bytes: 30 }],
      runtime: [{ key: 'net.ipv4.tcp_tw_reuse', from: '0', to: '1' }],
      reload: false,
      diff: '--- /etc/sysctl.d/90-vos-assist.conf\t(new file)\n+++ /etc/sysctl.d/90-vos-assist.conf\tplanned\n@@ -0,0 +1,1 @@\n+net.ipv4.tcp_tw_reuse = 1\nsysctl -w net.ipv4.tcp_tw_reuse: 0 → 1',
    };
    const plan = upgradeLegacyPlan(executed, '2030-01-01T00:00:00.000Z');
    expect(plan?.files[0]?.diff).toMatchObject({ kind: 'hunks', hunks: [{ oldLines: 0, newStart: 1, newLines: 1, lines: ['+net.ipv4.tcp_tw_reuse = 1'] }] });
  });

  it('is not fooled by something that is neither', () => {
    expect(upgradeLegacyPlan({ steps: 3 }, '2030-01-01T00:00:00.000Z')).toBeNull();
  });
});
