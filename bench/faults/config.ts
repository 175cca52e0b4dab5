// Bad config files through the built command line: each must exit 2 and name the file, and the
// line where the file has one, before anything else happens.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, type FaultEnv } from './env.js';
import { check, type Probe } from './kit.js';

interface BadConfig {
  readonly name: string;
  readonly bytes: Buffer;
  /** The line the message must name; null where the file has none to name (empty, binary, not UTF-8 by its mark). */
  readonly line: number | null;
}

/** The good lab config with `find` replaced by `replace` (a line of it, or several); `line` is where the fault lands. */
function variant(good: string, name: string, find: string | RegExp, replace: string, line: number | null): BadConfig {
  const text = good.replace(find, replace);
  if (text === good) throw new Error(`config fault "${name}": nothing to replace`);
  return { name, bytes: Buffer.from(text), line };
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

function badConfigs(good: string): BadConfig[] {
  const at = (needle: string) => lineOf(good, needle);
  const serverLine = at('  - id: "lab1"');
  const hostKeyLine = at('    hostKeySha256:');
  const bomb = ['customers: []', 'servers: []', 'engineers: []', 'x: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
  return [
    variant(good, 'an unknown top-level key', /^engineers:/m, 'enginers:', at('engineers:')),
    variant(good, 'an unknown key in a server', '    hostKeySha256:', '    passwrd: "x"\n    hostKeySha256:', hostKeyLine),
    variant(good, 'no host key', /    hostKeySha256: .*\n/, '', serverLine),
    variant(good, 'a host key that is not a fingerprint', /    hostKeySha256: .*\n/, '    hostKeySha256: "SHA256:short"\n', hostKeyLine),
    variant(good, 'port 70000', /    port: \d+/, '    port: 70000', at('    port:')),
    variant(good, 'a port with shell syntax', /    port: \d+/, '    port: "22; reboot"', at('    port:')),
    variant(good, 'a reload command with shell syntax', '    hostKeySha256:', '    reloadCommand: "service mbx3000d reparse; rm -rf /"\n    hostKeySha256:', hostKeyLine),
    variant(good, 'a softswitch.conf that is not an absolute path', '    hostKeySha256:', '    softswitchConf: "../etc/passwd"\n    hostKeySha256:', hostKeyLine),
    variant(good, 'a server of an unknown customer', '    customer: "acme"', '    customer: "globex"', at('    customer: "acme"')),
    variant(good, 'a user name with shell syntax', /    username: .*/, '    username: "root;id"', at('    username:')),
    variant(good, 'both a key file and a key variable', '    hostKeySha256:', '    privateKeyEnv: "VOS_KEY"\n    hostKeySha256:', at('    privateKeyPath:')),
    variant(good, 'an engineer role that does not exist', '    role: "approver"', '    role: "admin"', at('    role: "approver"')),
    variant(good, 'a chat that is not a number', '["+8801900000002"]', '["+12"]', at('["+8801900000002"]')),
    variant(good, "a customer's chat listed for an engineer in another form", '["+8801900000002"]', '["8801700000001@s.whatsapp.net"]', at('["+8801900000002"]')),
    variant(good, 'a duplicate server id', /^engineers:/m, `  - id: "lab1"\n    customer: "acme"\n    host: "10.0.0.1"\n    username: "root"\n    privateKeyPath: "/k"\n    hostKeySha256: "SHA256:${'A'.repeat(43)}"\nengineers:`, at('engineers:')),
    variant(good, 'YAML that does not parse', /^engineers:/m, 'engineers: [oops', at('engineers:')),
    variant(good, 'tabs for indentation', '    customer: "acme"', '\tcustomer: "acme"', at('    customer: "acme"')),
    variant(good, 'a key given twice', '    customer: "acme"', '    customer: "acme"\n    customer: "acme"', at('    customer: "acme"') + 1),
    variant(good, 'a control character', '    customer: "acme"', '    customer: "ac\u0007me"', at('    customer: "acme"')),
    variant(good, 'a proposal lifetime of 0 minutes', /$/, 'settings:\n  proposalTtlMinutes: 0\n', good.split('\n').length + 1),
    variant(good, 'a backup retention of 0 days', /$/, 'settings:\n  backups:\n    retentionDays: 0\n', good.split('\n').length + 2),
    variant(good, 'HSTS without secure cookies', /$/, 'settings:\n  web:\n    hsts: true\n', good.split('\n').length + 2),
    variant(good, 'an engineers group that is not a group', /$/, 'settings:\n  engineersGroup: "+8801900000002"\n', good.split('\n').length + 1),
    { name: 'a YAML alias bomb', bytes: Buffer.from(bomb.join('\n') + '\n'), line: 5 },
    { name: 'an empty file', bytes: Buffer.alloc(0), line: null },
    { name: 'only comments', bytes: Buffer.from('# nothing here yet\n'), line: null },
    { name: 'a list instead of a mapping', bytes: Buffer.from('- customers\n- servers\n'), line: 1 },
    { name: 'Latin-1 bytes', bytes: Buffer.from(good.replace('ACME Telecom', 'ACME T\u00e9l\u00e9com'), 'latin1'), line: at('ACME Telecom') },
    { name: 'UTF-16 with a byte-order mark', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good, 'utf16le')]), line: null },
    { name: 'UTF-16 without a byte-order mark', bytes: Buffer.from(good, 'utf16le'), line: null },
    { name: 'a binary file', bytes: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0xff, 0xfe]), line: null },
  ];
}

/** The config area: one probe per bad file, through `vos-assist runs`, plus a missing file and a directory. */
export function configProbes(env: FaultEnv): Probe[] {
  const dir = join(env.dir, 'configs');
  mkdirSync(dir, { recursive: true });
  const good = readFileSync(env.configPath, 'utf8');
  const runCli = (configPath: string) =>
    spawnSync(process.execPath, [BIN, '--config', configPath, '--data', join(dir, 'data'), 'runs', '--json'], { encoding: 'utf8', timeout: 30_000 });
  const probes: Probe[] = badConfigs(good).map((bad, i) => ({
    name: `${bad.name}: exit 2 naming the file${bad.line ? ' and line' : ''}`,
    run: async () => {
      const file = join(dir, `bad-${i}.yaml`);
      writeFileSync(file, bad.bytes);
      const r = runCli(file);
      check(r.status === 2, `exit ${r.status}, not 2: ${r.stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
      check(r.stderr.includes(file), `the message does not name ${file}: ${r.stderr.trim().slice(0, 200)}`);
      if (bad.line) check(r.stderr.includes(`${file}:${bad.line}`), `the message does not name line ${bad.line}: ${r.stderr.trim().slice(0, 300)}`);
      check(r.stdout === '', 'the command went on and printed runs');
    },
  }));
  for (const [name, path] of [
    ['a config file that does not exist', join(dir, 'missing.yaml')],
    ['a directory given as the config file', dir],
  ] as const) {
    probes.push({
      name: `${name}: exit 2 naming it`,
      run: async () => {
        const r = runCli(path);
        check(r.status === 2, `exit ${r.status}, not 2`);
        check(r.stderr.includes(path), `the message does not name ${path}`);
      },
    });
  }
  return probes;
}
