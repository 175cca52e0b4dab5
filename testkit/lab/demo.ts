// `npm run demo [-- --scenario NAME] [-- --web HOST:PORT]`: one lab host in a fault state
// (default `exhausted`: its ephemeral ports really run out), a sample config, a one-off
// dashboard password and the console chat, so a newcomer sees the whole loop in a minute.
// Needs root (network namespaces). Every command it prints works pasted.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLab } from './lab.js';
import { applyScenario, isScenarioName, scenarioNames, scenarioSummary } from './scenarios.js';

const web = webArgument(process.argv.slice(2));
const scenario = scenarioArgument(process.argv.slice(2));
const root = process.cwd();
const dir = resolve('demo');
mkdirSync(dir, { recursive: true });
const lab = await createLab({ hosts: 1, name: 'demo' });
const config = join(dir, 'vos-assist.yaml');
const data = join(dir, 'data');
await lab.writeConfig(config);
await applyScenario(lab, 'lab1', scenario);

const bin = resolve('bin/vos-assist.js');
// Relative to the repository root, where `npx vos-assist` finds the program.
const cli = 'npx vos-assist --config demo/vos-assist.yaml --data demo/data';
const password = randomBytes(12).toString('base64url');
const set = await runCli(['--config', config, '--data', data, 'engineer', 'password', 'rahim'], `${password}\n`);
if (set !== 0) await stop(set, 'could not set the demo password for rahim (see above)');

process.stdout.write(
  [
    '',
    `VOS Assist demo: one fake VOS3000 host (lab1, ${lab.host('lab1').ip}), the chat in this terminal, the dashboard.`,
    `lab1: ${scenarioSummary(scenario)} (npm run demo -- --scenario NAME: ${scenarioNames.join(', ')}).`,
    '',
    `Dashboard  http://${web.replace(/^0\.0\.0\.0:/, '127.0.0.1:')}   user rahim   password ${password}   (an approver; a new password each demo)`,
    '',
    'In the chat below you are the customer +8801700000001. Try:',
    '  our switch stops taking new calls, log says "Address already in use"',
    'Then become Rahim, an approver, approve the run the proposal names (R-…; or on the dashboard)',
    'and come back as the customer:',
    '  /as +8801900000002',
    '  approve R-…',
    '  /as +8801700000001',
    '',
    'In another terminal:',
    `  cd ${root}`,
    `  ${cli} diagnose --server lab1`,
    `  ${cli} runs`,
    `  ${cli} engineer password rahim   # a password of your own`,
    '',
    'Ctrl-D or Ctrl-C ends the demo and removes the lab host.',
    '',
  ].join('\n'),
);

const child = spawn(process.execPath, [bin, '--config', config, '--data', data, 'start', '--chat', 'console', '--as', '+8801700000001', '--web', web], { stdio: 'inherit' });
process.on('SIGINT', () => child.kill('SIGINT'));
process.on('SIGTERM', () => child.kill('SIGTERM'));
const code = await new Promise<number>((r) => child.once('exit', (c) => r(c ?? 1)));
await stop(code);

/** The dashboard address: `--web HOST:PORT` after `npm run demo --`, else 127.0.0.1:8080. */
function webArgument(args: string[]): string {
  const at = args.indexOf('--web');
  if (at === -1) return '127.0.0.1:8080';
  const value = args[at + 1];
  if (!value || !/^[^:]+:\d{1,5}$/.test(value)) {
    process.stderr.write('usage: npm run demo [-- --scenario NAME] [-- --web HOST:PORT]\n');
    process.exit(2);
  }
  return value;
}

/** The fault the host is put in: `--scenario NAME` after `npm run demo --`, else `exhausted`. */
function scenarioArgument(args: string[]) {
  const at = args.indexOf('--scenario');
  const name = at === -1 ? 'exhausted' : args[at + 1] ?? '';
  if (!isScenarioName(name)) {
    process.stderr.write(`unknown scenario "${name}"; scenarios: ${scenarioNames.join(', ')}\n`);
    process.exit(2);
  }
  return name;
}

function runCli(args: string[], input: string): Promise<number> {
  const c = spawn(process.execPath, [bin, ...args], { stdio: ['pipe', 'inherit', 'inherit'] });
  c.stdin.end(input);
  return new Promise((r) => c.once('exit', (code) => r(code ?? 1)));
}

async function stop(code: number, why?: string): Promise<never> {
  if (why) process.stderr.write(`demo: ${why}\n`);
  await lab.teardown();
  process.exit(code);
}
