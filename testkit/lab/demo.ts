// `npm run demo [-- --scenario NAME]`: one lab host in a fault state (default `exhausted`: its
// ephemeral ports really run out), a sample config, and the console chat, so a newcomer sees
// the whole loop in a minute. Needs root (network namespaces).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLab } from './lab.js';
import { applyScenario, isScenarioName, scenarioNames, scenarioSummary } from './scenarios.js';

const at = process.argv.indexOf('--scenario');
const scenario = at === -1 ? 'exhausted' : process.argv[at + 1] ?? '';
if (!isScenarioName(scenario)) {
  process.stderr.write(`unknown scenario "${scenario}"; scenarios: ${scenarioNames.join(', ')}\n`);
  process.exit(2);
}
const dir = resolve('demo');
mkdirSync(dir, { recursive: true });
const lab = await createLab({ hosts: 1, name: 'demo' });
const config = join(dir, 'vos-assist.yaml');
await lab.writeConfig(config);
await applyScenario(lab, 'lab1', scenario);

process.stdout.write(
  [
    '',
    'VOS Assist demo: one fake VOS3000 host (lab1), you are the customer +8801700000001.',
    `lab1: ${scenarioSummary(scenario)} (npm run demo -- --scenario NAME: ${scenarioNames.join(', ')}).`,
    'Try:   our switch stops taking new calls, log says "Address already in use"',
    'Then:  /as +8801900000002      (you are Rahim, an approver)',
    '       approve R-<n>           (the run id from the proposal)',
    '       /as +8801700000001      (back to the customer)',
    `Dashboard: http://127.0.0.1:8080 (set a password first: npx vos-assist --config ${config} engineer password rahim)`,
    'Ctrl-D or Ctrl-C ends the demo and removes the lab host.',
    '',
  ].join('\n'),
);

const child = spawn(process.execPath, [resolve('bin/vos-assist.js'), '--config', config, '--data', join(dir, 'data'), 'start', '--chat', 'console', '--as', '+8801700000001'], { stdio: 'inherit' });
process.on('SIGINT', () => child.kill('SIGINT'));
process.on('SIGTERM', () => child.kill('SIGTERM'));
const code = await new Promise<number>((r) => child.once('exit', (c) => r(c ?? 1)));
await lab.teardown();
process.exit(code);
