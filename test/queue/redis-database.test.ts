// A Redis URL naming a database the server does not have (redis://…/99) is refused at start,
// naming the URL and how many databases there are. Every Redis here is a private
// redis-server started with --databases 4 on a free port.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRedis } from '../../queue/connection.js';
import { ensureRedis, findExecutable, spawnRedisServer, type RedisServer } from '../../queue/embedded-redis.js';
import { RedisDatabaseError } from '../../queue/errors.js';
import { closedPort, spawnCli } from './helpers.js';

const PATH = process.env.PATH ?? '';
const binary = findExecutable('redis-server', PATH)!;
let tmp: string;
let four: RedisServer;
let noConfig: RedisServer;

beforeAll(async () => {
  expect(binary, 'redis-server must be installed for this suite').toBeTruthy();
  tmp = mkdtempSync(join(tmpdir(), 'vos-redis-db-'));
  four = await spawnRedisServer({ binary, dir: join(tmp, 'four'), port: await closedPort(), extraArgs: ['--databases', '4'] });
  // A managed Redis often disables CONFIG; then the SELECT error is all there is to go on.
  noConfig = await spawnRedisServer({ binary, dir: join(tmp, 'no-config'), port: await closedPort(), extraArgs: ['--databases', '4', '--rename-command', 'CONFIG', ''] });
});
afterAll(async () => {
  await four?.stop();
  await noConfig?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

const refusal = (url: string) => checkRedis(url).then(() => null, (e: unknown) => e as Error);

describe('checkRedis', () => {
  it('accepts every database the server has', async () => {
    for (const db of [0, 1, 3]) await expect(checkRedis(`${four.url}/${db}`)).resolves.toBeUndefined();
  });

  it('refuses a database index the server does not have, naming the URL and the databases it has', async () => {
    for (const db of [4, 99]) {
      const err = await refusal(`${four.url}/${db}`);
      expect(err).toBeInstanceOf(RedisDatabaseError);
      expect(err!.message).toContain(`${four.url}/${db}`);
      expect(err!.message).toContain(`database ${db}`);
      expect(err!.message).toMatch(/has 4 databases \(0 to 3\)/);
      expect(err!.message).toMatch(/REDIS_URL/);
    }
  });

  it('hides the password in the message', async () => {
    const url = four.url.replace('redis://', 'redis://:s3cret@') + '/99';
    const err = await refusal(url);
    expect(err).toBeInstanceOf(RedisDatabaseError);
    expect(err!.message).not.toContain('s3cret');
    expect(err!.message).toContain(four.url.replace('redis://', 'redis://:***@'));
  });

  it('falls back on the SELECT error when CONFIG is disabled', async () => {
    await expect(checkRedis(`${noConfig.url}/3`)).resolves.toBeUndefined();
    const err = await refusal(`${noConfig.url}/99`);
    expect(err).toBeInstanceOf(RedisDatabaseError);
    expect(err!.message).toContain(`${noConfig.url}/99`);
    expect(err!.message).toMatch(/DB index is out of range/);
    expect(err!.message).not.toMatch(/has \d+ databases/);
  });
});

describe('start and worker', () => {
  it('ensureRedis refuses REDIS_URL with a database the server does not have', async () => {
    const err = await ensureRedis({ dataDir: join(tmp, 'ensure'), env: { PATH, REDIS_URL: `${four.url}/99` } }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(RedisDatabaseError);
    expect(err!.message).toMatch(/has 4 databases/);
  });

  it('`worker` exits non-zero with the reason instead of logging errors forever', async () => {
    const config = join(tmp, 'vos-assist.yaml');
    writeFileSync(config, 'customers: [{ id: acme, name: ACME }]\nengineers: [{ id: rahim, name: Rahim, chats: ["+8801900000002"] }]\n');
    const cli = spawnCli(['--config', config, '--data', join(tmp, 'data'), 'worker'], { REDIS_URL: `${four.url}/99` });
    // Before the check, worker kept running and logging; end it so a failure does not leave it behind.
    const { code } = await Promise.race([cli.exited, new Promise<{ code: null }>((r) => setTimeout(() => (cli.child.kill('SIGKILL'), r({ code: null })), 20_000))]);
    expect(code).toBe(1);
    expect(cli.stderr()).toContain(`${four.url}/99`);
    expect(cli.stderr()).toMatch(/has 4 databases \(0 to 3\)/);
    expect(cli.stderr()).not.toMatch(/worker ready/);
  });
});
