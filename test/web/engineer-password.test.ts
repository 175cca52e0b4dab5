import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { engineerPassword } from '../../cli/commands/engineer-password.js';
import { UsageError, type CliContext } from '../../cli/context.js';
import { openRunStore } from '../../store/open.js';
import { checkEngineerPassword, CREDENTIALS_NAMESPACE } from '../../web/credentials.js';
import { SessionStore } from '../../web/sessions.js';

const YAML = `engineers:
  - id: rahim
    name: Rahim
    role: approver
`;

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function context(stdin: NodeJS.ReadableStream & { isTTY?: boolean }) {
  dir = mkdtempSync(join(tmpdir(), 'vos-engineer-password-'));
  writeFileSync(join(dir, 'vos-assist.yaml'), YAML);
  let err = '';
  const stderr = new Writable({
    write(chunk, _enc, cb) {
      err += String(chunk);
      cb();
    },
  });
  const ctx = {
    configPath: join(dir, 'vos-assist.yaml'),
    dataDir: join(dir, 'data'),
    env: {},
    cwd: dir,
    stdin: stdin as NodeJS.ReadStream,
    stdout: new PassThrough() as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    interactive: false,
  } satisfies CliContext;
  return { ctx, stderr: () => err };
}

async function passwordWorks(password: string): Promise<boolean> {
  const store = await openRunStore({ dataDir: join(dir, 'data') });
  try {
    return await checkEngineerPassword(store, 'rahim', password);
  } finally {
    await store.close();
  }
}

describe('engineer password', () => {
  it('stores a scrypt hash of the first stdin line and confirms on stderr', async () => {
    const { ctx, stderr } = context(Readable.from(['correct horse battery\nsecond line ignored\n']));
    expect(await engineerPassword(ctx, 'rahim')).toBe(0);
    expect(stderr()).toContain('dashboard password set for rahim (approver)');
    expect(await passwordWorks('correct horse battery')).toBe(true);
    expect(await passwordWorks('second line ignored')).toBe(false);
  });

  it('ends the engineer\'s open dashboard sessions', async () => {
    const { ctx, stderr } = context(Readable.from(['first password 1\n']));
    await engineerPassword(ctx, 'rahim');
    const store = await openRunStore({ dataDir: ctx.dataDir });
    await new SessionStore(store).create('rahim');
    await store.close();
    const again = { ...ctx, stdin: Readable.from(['second password 2\n']) as unknown as NodeJS.ReadStream };
    expect(await engineerPassword(again, 'rahim')).toBe(0);
    expect(stderr()).toContain('ended 1 open session');
  });

  it('refuses an unknown engineer, a short password and an empty stdin as bad usage', async () => {
    await expect(engineerPassword(context(Readable.from(['long enough password\n'])).ctx, 'karim')).rejects.toThrow(/unknown engineer "karim"; known: rahim/);
    rmSync(dir, { recursive: true, force: true });
    await expect(engineerPassword(context(Readable.from(['short\n'])).ctx, 'rahim')).rejects.toThrow(UsageError);
    rmSync(dir, { recursive: true, force: true });
    await expect(engineerPassword(context(Readable.from([])).ctx, 'rahim')).rejects.toThrow(/no password on stdin/);
    const store = await openRunStore({ dataDir: join(dir, 'data') });
    expect(await store.listDocs(CREDENTIALS_NAMESPACE)).toEqual([]);
    await store.close();
  });

  it('asks twice on a terminal, without echoing the password', async () => {
    const tty = Object.assign(new PassThrough(), { isTTY: true });
    const { ctx, stderr } = context(tty);
    const done = engineerPassword(ctx, 'rahim');
    // Answer each prompt once it is shown.
    const answer = async (prompt: string) => {
      while (!stderr().includes(prompt)) await new Promise((r) => setTimeout(r, 5));
      tty.write('terminal password 9\r');
    };
    await answer('New dashboard password for Rahim (rahim): ');
    await answer('Repeat it: ');
    expect(await done).toBe(0);
    expect(stderr()).not.toContain('terminal password 9');
    expect(await passwordWorks('terminal password 9')).toBe(true);
  });

  it('changes nothing when the two answers differ', async () => {
    const tty = Object.assign(new PassThrough(), { isTTY: true });
    const { ctx, stderr } = context(tty);
    const done = engineerPassword(ctx, 'rahim');
    while (!stderr().includes('New dashboard password')) await new Promise((r) => setTimeout(r, 5));
    tty.write('terminal password 9\r');
    while (!stderr().includes('Repeat it')) await new Promise((r) => setTimeout(r, 5));
    tty.write('terminal password 8\r');
    await expect(done).rejects.toThrow(/do not match/);
    expect(await passwordWorks('terminal password 9')).toBe(false);
  });
});
