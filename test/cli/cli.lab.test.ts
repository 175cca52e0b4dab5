// The command line as a user runs it: the built bin, real config files, a lab host.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLab, type Lab } from '../../testkit/lab/index.js';

const BIN = resolve('bin/vos-assist.js');
let lab: Lab;
let dir: string;
let config: string;
let original: Buffer;

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, '--config', config, '--data', join(dir, 'data'), ...args], { encoding: 'utf8', input: input ?? '', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.trim().split('\n').filter(Boolean) };
}

beforeAll(async () => {
  lab = await createLab({ hosts: [{}, { legacy: true }, { rstDropRule: true }], name: 'cli' });
  dir = mkdtempSync(join(tmpdir(), 'vos-cli-'));
  config = join(dir, 'vos-assist.yaml');
  await lab.writeConfig(config);
  original = await lab.readConf('lab1');
});
afterAll(async () => {
  await lab?.teardown();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  for (const h of lab.hosts) await lab.reset(h.id);
});

describe('playbook run', () => {
  it('--dry-run --json prints the planned changes and changes nothing', () => {
    const r = cli(['playbook', 'run', 'port_exhaustion', '--server', 'lab1', '--dry-run', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.lines.at(-1)!);
    expect(out).toMatchObject({ runId: expect.stringMatching(/^R-\d+$/), status: 'diagnosed', verified: false });
    expect(out.changes).toEqual([
      { kind: 'softswitchParam', key: 'SS_TCP_CLOSE_RESET', from: 'Off', to: 'On', changed: true },
      { kind: 'sysctl', key: 'net.ipv4.tcp_tw_reuse', from: '0', to: '1', changed: true },
      { kind: 'sysctl', key: 'net.ipv4.ip_local_port_range', from: '32768 60999', to: '1024 65535', changed: true },
    ]);
    expect(typeof out.durationMs).toBe('number');
  });

  it('--dry-run for a person shows the diff', async () => {
    const r = cli(['playbook', 'run', 'port_exhaustion', '--server', 'lab1', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/-SS_TCP_CLOSE_RESET="Off"\n\+SS_TCP_CLOSE_RESET="On"/);
    expect(r.stdout).toMatch(/sysctl -w net\.ipv4\.tcp_tw_reuse: 0 → 1/);
    expect(await lab.readConf('lab1')).toEqual(original);
  });

  it('applies with --yes, is a no-op the second time, lists the runs, and rolls back', async () => {
    const first = cli(['playbook', 'run', 'port_exhaustion', '--server', 'lab1', '--yes', '--json']);
    expect(first.code).toBe(0);
    const run = JSON.parse(first.lines.at(-1)!);
    expect(run).toMatchObject({ status: 'succeeded', verified: true });
    const second = JSON.parse(cli(['playbook', 'run', 'port_exhaustion', '--server', 'lab1', '--yes', '--json']).lines.at(-1)!);
    expect(second.changes.every((c: { changed: boolean }) => !c.changed)).toBe(true);

    const runs = cli(['runs', '--json', '--limit', '5']).lines.map((l) => JSON.parse(l));
    expect(runs[0]).toMatchObject({ runId: second.runId, playbook: 'port_exhaustion', server: 'lab1', customer: 'acme', status: 'succeeded', requestedBy: expect.stringMatching(/^cli:/), approvedBy: null });
    expect(Object.keys(runs[0]).sort()).toEqual(['approvedBy', 'customer', 'finishedAt', 'playbook', 'requestedBy', 'runId', 'server', 'startedAt', 'status']);
    expect(runs.map((r) => r.runId)).toContain(run.runId);

    const rb = cli(['rollback', run.runId, '--yes', '--json']);
    expect(rb.code).toBe(0);
    expect(JSON.parse(rb.lines.at(-1)!).status).toBe('succeeded');
    expect(await lab.readConf('lab1')).toEqual(original);
    expect(await lab.sysctl('lab1', 'net.ipv4.ip_local_port_range')).toBe('32768 60999');
    expect(cli(['rollback', run.runId, '--yes']).code).toBe(2);
  });

  it('exits 1 when verification fails, with the server restored', async () => {
    await lab.setReloadBehaviour('lab1', 'revert');
    const r = cli(['playbook', 'run', 'port_exhaustion', '--server', 'lab1', '--yes', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.lines.at(-1)!)).toMatchObject({ status: 'failed', verified: false });
    expect(await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse')).toBe('0');
  });

  it('persists kernel settings in /etc/sysctl.conf on a CentOS 6 host', async () => {
    const r = cli(['playbook', 'run', 'port_exhaustion', '--server', 'lab2', '--yes', '--json']);
    expect(r.code).toBe(0);
    const { readFileSync, existsSync } = await import('node:fs');
    expect(readFileSync(lab.host('lab2').localSysctlConfPath, 'utf8')).toMatch(/# BEGIN vos-assist managed block[\s\S]*net\.ipv4\.tcp_tw_reuse = 1/);
    expect(existsSync(join(lab.host('lab2').localSysctlDir, '90-vos-assist.conf'))).toBe(false);
  });

  it('opens one SSH connection per command, and none for a command line or config that is wrong', () => {
    const log = join(lab.dir, 'lab1', 'sshd.log');
    // sshd logs every TCP connection, even one closed before the SSH handshake, with its client port.
    const connections = () => new Set([...readFileSync(log, 'utf8').matchAll(/ port (\d+)/g)].map((m) => m[1])).size;
    const before = connections();
    expect(cli(['playbook', 'run', 'port_exhaustion', '--server', 'lab1', '--dry-run', '--json']).code).toBe(0);
    expect(cli(['diagnose', '--server', 'lab1', '--json']).code).toBe(0);
    expect(connections() - before).toBe(2);
    expect(cli(['playbook', 'run', 'port_exhaustion', '--server', 'lab1', '--bogus-flag']).code).toBe(2);
    expect(cli(['playbook', 'run', 'port_exhaustoin', '--server', 'lab1', '--yes']).code).toBe(2);
    expect(cli(['--config', join(dir, 'missing.yaml'), 'playbook', 'run', 'port_exhaustion', '--server', 'lab1', '--yes']).code).toBe(2);
    expect(connections() - before).toBe(2);
  });

  it('refuses without --yes when not on a terminal, and unknown playbooks or servers, with exit 2', () => {
    expect(cli(['playbook', 'run', 'port_exhaustion', '--server', 'lab1']).code).toBe(2);
    const bad = cli(['playbook', 'run', 'reboot_everything', '--server', 'lab1', '--yes']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown playbook/);
    expect(cli(['playbook', 'run', 'port_exhaustion', '--server', 'nope', '--yes']).stderr).toMatch(/unknown server "nope"/);
  });
});

describe('playbook run on a terminal', () => {
  // util-linux `script` gives the command a pseudo-terminal, as a person would have.
  const onTerminal = (answer: string) =>
    spawnSync('script', ['-qec', `${process.execPath} ${BIN} --config ${config} --data ${join(dir, 'data')} playbook run port_exhaustion --server lab1`, '/dev/null'], {
      encoding: 'utf8',
      input: `${answer}\n`,
      timeout: 60_000,
    });

  it('shows the plan and changes nothing when the answer is no', async () => {
    const r = onTerminal('n');
    expect(r.stdout).toMatch(/SS_TCP_CLOSE_RESET: Off → On/);
    expect(r.stdout).toMatch(/Apply to lab1\? \[y\/N\]/);
    expect(r.stdout).toMatch(/rejected/);
    expect(await lab.readConf('lab1')).toEqual(original);
  });

  it('applies when the answer is yes', async () => {
    const r = onTerminal('y');
    expect(r.stdout).toMatch(/succeeded \(verified\)/);
    expect(await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse')).toBe('1');
  });
});

describe('diagnose', () => {
  it('--json prints the facts, including firewall rules that drop RST', () => {
    const r = cli(['diagnose', '--server', 'lab3', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.lines.at(-1)!);
    expect(out.status).toBe('diagnosed');
    expect(out.facts.rstDropRules.length).toBeGreaterThan(0);
    expect(out.facts.portRange).toEqual({ low: 32768, high: 60999, size: 28232 });
  });

  it('reports an unreachable host with exit 1 and a clear reason', async () => {
    await lab.stopSshd('lab1');
    try {
      const r = cli(['diagnose', '--server', 'lab1']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/cannot reach lab1/);
    } finally {
      await lab.startSshd('lab1');
    }
  });
});

describe('bad config', () => {
  it('refuses to start, naming the file, line and reason, with exit 2', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, lab.configYaml().replace(/(hostKeySha256: ".*")/, '$1\n    pasword: "x"'));
    const r = spawnSync(process.execPath, [BIN, '--config', bad, 'runs'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${bad.replace(/[.]/g, '\\.')}:\\d+:\\d+: servers\\[0\\]: unknown key "pasword"`));
  });

  it('validates a config again once it was edited, although the last good one is cached', () => {
    const edited = join(dir, 'edited.yaml');
    writeFileSync(edited, lab.configYaml());
    const run = (args: string[]) => spawnSync(process.execPath, [BIN, '--config', edited, '--data', join(dir, 'data'), ...args], { encoding: 'utf8' });
    expect(run(['runs']).status).toBe(0);
    expect(run(['runs']).status).toBe(0); // served from the cache
    writeFileSync(edited, lab.configYaml().replace(/port: 22/, 'port: 70000'));
    const r = run(['runs']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/servers\[0\]\.port/);
  });

  it('says where the config was looked for when it is missing', () => {
    const r = spawnSync(process.execPath, [BIN, '--config', join(dir, 'missing.yaml'), 'runs'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing\.yaml: file not found/);
  });
});

describe('classify', () => {
  it('answers JSON lines in order, with an error line for a malformed one', () => {
    const input = ['{"id":"a","text":"java.net.BindException: Address already in use"}', 'not json', '{"id":"c","text":"thanks a lot!"}'].join('\n');
    const r = cli(['classify'], input);
    expect(r.code).toBe(0);
    const out = r.lines.map((l) => JSON.parse(l));
    expect(out[0]).toMatchObject({ id: 'a', playbook: 'port_exhaustion', decision: 'confident' });
    expect(out[1]).toMatchObject({ id: 2, error: expect.any(String) });
    expect(out[2]).toMatchObject({ id: 'c', playbook: null, decision: 'none' });
  });
});

