/**
 * `npm run lab [-- up [N]]` brings up N fake VOS3000 hosts (default 2), writes lab/vos-assist.yaml,
 *                           stays in the foreground until Ctrl-C, then tears the lab down.
 *                           `--scenario NAME` puts every host into that fault state (scenarios.ts).
 * `npm run lab -- down`     removes labs left behind by dead processes.
 * `npm run lab -- status`   lists the labs on this machine.
 */
import { resolve } from 'node:path';
import { cleanupStaleLabs, createLab, listSlots, type Lab } from './lab.js';
import { applyScenario, isScenarioName, scenarioNames, scenarioSummary, type ScenarioName } from './scenarios.js';

const USAGE = `usage: npm run lab -- [up [N] [--scenario NAME] | down | status]   (no command: up 2)\nscenarios: ${scenarioNames.join(', ')}`;

async function up(count: number, scenario: ScenarioName | null): Promise<void> {
  const started = Date.now();
  const lab = await createLab({ hosts: count, name: 'cli' });
  const configPath = resolve('lab', 'vos-assist.yaml');
  await lab.writeConfig(configPath);
  if (scenario) {
    for (const h of lab.hosts) {
      const report = await applyScenario(lab, h.id, scenario);
      process.stdout.write([`${h.id}: scenario ${scenario} (${scenarioSummary(scenario)})`, ...report.notes.map((n) => `  ${n}`)].join('\n') + '\n');
    }
    process.stdout.write('TIME_WAIT drains after about 60 s; the log lines and the rest stay.\n');
  }
  printUsage(lab, configPath, Date.now() - started);
  await waitForSignal();
  process.stdout.write('\ntearing the lab down…\n');
  await lab.teardown();
}

function printUsage(lab: Lab, configPath: string, ms: number): void {
  const first = lab.hosts[0]!;
  const lines = [
    `lab ${lab.id}: ${lab.hosts.length} fake VOS3000 host(s) up in ${ms} ms`,
    ...lab.hosts.map((h) => `  ${h.id}  ${h.ip}:${h.port}  ${h.hostKeySha256}  ${h.localConfPath}`),
    '',
    `config: ${configPath}`,
    `  npx vos-assist --config lab/vos-assist.yaml diagnose --server ${first.id}`,
    `  npx vos-assist --config lab/vos-assist.yaml playbook run port_exhaustion --server ${first.id} --dry-run`,
    'shell on a host:',
    `  ssh -i ${first.privateKeyPath} -o UserKnownHostsFile=${lab.knownHostsPath} root@${first.ip}`,
    '',
    'Ctrl-C tears the lab down.',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

function waitForSignal(): Promise<void> {
  return new Promise((resolveWait) => {
    const done = () => resolveWait();
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    process.once('SIGHUP', done);
    // Keep the event loop alive: the lab's own handles are unref'd on purpose.
    setInterval(() => undefined, 1 << 30);
  });
}

function status(): void {
  const slots = listSlots();
  if (slots.length === 0) {
    process.stdout.write('no labs on this machine\n');
    return;
  }
  for (const s of slots) {
    process.stdout.write(`slot ${s.slot}  ${s.labId}  pid ${s.pid} ${s.alive ? 'alive' : 'dead (npm run lab -- down removes it)'}  ${s.dir}\n`);
  }
}

async function main(argv: string[]): Promise<number> {
  const [command = 'up', ...rest] = argv;
  switch (command) {
    case 'up': {
      const at = rest.indexOf('--scenario');
      const scenario = at === -1 ? null : rest[at + 1];
      const args = at === -1 ? rest : [...rest.slice(0, at), ...rest.slice(at + 2)];
      if (scenario !== null && (scenario === undefined || !isScenarioName(scenario))) {
        process.stderr.write(`unknown scenario: ${scenario ?? '(none given)'}\n${USAGE}\n`);
        return 2;
      }
      const arg = args[0];
      const count = arg === undefined ? 2 : Number(arg);
      if (!Number.isInteger(count) || count < 1 || args.length > 1) {
        process.stderr.write(`not a host count: ${args.join(' ')}\n${USAGE}\n`);
        return 2;
      }
      await up(count, scenario);
      return 0;
    }
    case 'down':
      await cleanupStaleLabs();
      process.stdout.write('removed labs of dead processes; live labs are torn down by their own process (Ctrl-C)\n');
      status();
      return 0;
    case 'status':
      status();
      return 0;
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
