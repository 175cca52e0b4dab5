import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { catSection, groupRc, parseSections, sectionRc, sectionScript, sectionText } from '../../executors/sections.js';
import { batchScript, EMBED_MAX_BYTES, OP_EXIT, parseBatch, type Op } from '../../executors/ops.js';
import { BOOTSTRAP, SCRIPT_TRAILER } from '../../executors/ssh.js';
import { shellQuote } from '../../executors/quote.js';
import { mkdtempSync, readFileSync, writeFileSync, statSync, lstatSync, chmodSync, existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '../../executors/state.js';

const sh = (script: string, input?: Buffer) => execFileSync('sh', ['-c', script], { input: input ?? Buffer.alloc(0) });

describe('sections', () => {
  it('returns exact bytes and exit codes per section, even when content looks like a marker', () => {
    const nonce = 'abc123';
    const out = sh(sectionScript(nonce, [
      { name: 'a', command: "printf 'x\\n\\n@@other a\\ny'" },
      { name: 'b', command: 'false' },
      { name: 'c', command: "printf 'no newline'" },
    ]));
    const s = parseSections(nonce, out);
    expect(s.get('a')?.toString()).toBe('x\n\n@@other a\ny');
    expect(sectionRc(s, 'b')).toBe(1);
    expect(sectionText(s, 'c')).toBe('no newline');
  });

  it('drops a section whose closing marker never arrived', () => {
    const nonce = 'n1';
    const full = sh(sectionScript(nonce, [{ name: 'a', command: 'echo hello' }]));
    const cut = full.subarray(0, full.indexOf('hello') + 3);
    expect(parseSections(nonce, cut).has('a')).toBe(false);
  });
});

describe('files read by one cat', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vos-cat-'));
  const a = join(dir, 'a.conf');
  const b = join(dir, 'b.conf');
  const c = join(dir, 'c.conf');
  // Marker-like text (another nonce: the real one is random), CRLF, no newline at the end.
  const hostile = Buffer.from('x\n\n@@zz b\npresent\r\n\n@@zz a.rc\n0\n\xe4 no newline', 'latin1');
  writeFileSync(a, hostile);
  writeFileSync(b, 'B\n');
  writeFileSync(c, 'C');

  it('splits them into sections as if each had its own, with presence lines and statuses', () => {
    const out = sh(sectionScript('n1', [
      catSection('files', [
        { name: 'a', paths: [a], presence: true },
        { name: 'two', paths: [b, c] },
        { name: 'gone', paths: [join(dir, 'missing')], presence: true },
        { name: 'dir', paths: [dir], presence: true },
      ]),
    ]));
    const s = parseSections('n1', out);
    expect(s.get('a')).toEqual(Buffer.concat([Buffer.from('present\n'), hostile]));
    expect(s.get('two')?.toString()).toBe('B\nC');
    expect(s.get('gone')?.toString()).toBe('absent\n');
    // A directory exists but is no file to read: status 1, and nothing read from it.
    expect(s.get('dir')?.toString()).toBe('present\n');
    expect(['a', 'two', 'gone', 'dir'].map((n) => groupRc(s, 'files', n))).toEqual([0, 0, 0, 1]);
    expect(sectionRc(s, 'files')).toBe(0);
  });

  it('counts no part when the cat itself failed, or when its status never arrived', () => {
    // Readable by the checks, yet cat fails on it: nothing from this cat is trusted.
    const out = sh(sectionScript('n2', [catSection('files', [{ name: 'a', paths: [a], presence: true }, { name: 'k', paths: [b, dir] }])]));
    const s = parseSections('n2', out);
    expect(sectionRc(s, 'files')).not.toBe(0);
    expect(groupRc(s, 'files', 'a')).not.toBe(0);
    expect(groupRc(s, 'files', 'k')).not.toBe(0);

    const whole = sh(sectionScript('n3', [catSection('files', [{ name: 'a', paths: [a], presence: true }, { name: 'b', paths: [b], presence: true }])]));
    const cut = parseSections('n3', whole.subarray(0, whole.indexOf('\n@@n3 files.rc')));
    expect(cut.has('a')).toBe(true);
    expect(groupRc(cut, 'files', 'a')).toBeUndefined();
  });
});

describe('shellQuote', () => {
  it('passes hostile strings through a shell unchanged', () => {
    for (const s of ["it's", '$(reboot)', '`id`', 'a b;c|d&e', '"\\\n']) {
      expect(sh(`printf '%s' ${shellQuote(s)}`).toString()).toBe(s);
    }
  });
});

describe('batch ops (run with a local sh)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vos-ops-'));
  const file = join(dir, 'softswitch.conf');

  it('backs up once, writes atomically with owner and mode kept, and refuses on drift', () => {
    writeFileSync(file, 'SS_TCP_CLOSE_RESET="Off"\n');
    chmodSync(file, 0o640);
    const before = readFileSync(file);
    const inode = statSync(file).ino;
    const after = Buffer.from('SS_TCP_CLOSE_RESET="On"\n');
    const ops: Op[] = [
      { op: 'backup', label: 'backup', path: file, backupPath: `${file}.bak`, expectSha: sha256(before) },
      { op: 'write', label: 'write', path: file, expectSha: sha256(before), content: after, contentSha: sha256(after) },
    ];
    const { script, stdin } = batchScript('N', ops);
    const res = parseBatch('N', ops, sh(script, stdin));
    expect(res.map((r) => r.exitCode)).toEqual([0, 0]);
    expect(readFileSync(file)).toEqual(after);
    expect(readFileSync(`${file}.bak`)).toEqual(before);
    // The backup is the original file itself, linked: the write put a new file in its place.
    expect(statSync(`${file}.bak`).ino).toBe(inode);
    expect(statSync(file).ino).not.toBe(inode);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(existsSync(`${file}.vos-assist.tmp`)).toBe(false);

    // Running the same batch again: the backup is not overwritten, and the write sees drift.
    const again = parseBatch('N', ops, (() => { try { return sh(script, stdin); } catch (e) { return (e as { stdout: Buffer }).stdout; } })());
    expect(again[0]?.exitCode).toBe(0);
    expect(again[1]?.exitCode).toBe(30);
    expect(readFileSync(`${file}.bak`)).toEqual(before);
  });

  it('writes a symlinked file through the link: the link stays, its target gets the new bytes, the backup is a copy', () => {
    const target = join(dir, 'real.conf');
    const link = join(dir, 'linked.conf');
    writeFileSync(target, 'SS_TCP_CLOSE_RESET="Off"\n');
    chmodSync(target, 0o640);
    symlinkSync(target, link);
    const before = readFileSync(target);
    const after = Buffer.from('SS_TCP_CLOSE_RESET="On"\n');
    const ops: Op[] = [
      { op: 'backup', label: 'backup', path: link, backupPath: `${link}.bak`, expectSha: sha256(before) },
      { op: 'write', label: 'write', path: link, expectSha: sha256(before), content: after, contentSha: sha256(after) },
    ];
    const { script, stdin } = batchScript('N', ops);
    expect(parseBatch('N', ops, sh(script, stdin)).map((r) => r.exitCode)).toEqual([0, 0]);
    expect(lstatSync(`${link}.bak`).isFile()).toBe(true);
    expect(readFileSync(`${link}.bak`)).toEqual(before);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target)).toEqual(after);
    expect(statSync(target).mode & 0o777).toBe(0o640);

    // Restoring goes through the link too, and keeps it.
    const restore: Op[] = [{ op: 'restore', label: 'restore', path: link, backupPath: `${link}.bak`, expectSha: sha256(after), backupSha: sha256(before) }];
    const r = batchScript('R', restore);
    expect(parseBatch('R', restore, sh(r.script, r.stdin)).map((x) => x.exitCode)).toEqual([0]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target)).toEqual(before);
  });

  it('never takes a file it finds under the backup name for this run\'s backup, and never restores one that holds other bytes', () => {
    const conf = join(dir, 'other.conf');
    writeFileSync(conf, 'SS_TCP_CLOSE_RESET="Off"\n');
    const before = readFileSync(conf);
    // Left by another store's run with the same id: other bytes under the same name.
    writeFileSync(`${conf}.bak`, 'SS_TCP_CLOSE_RESET="On"\nSS_OLD="1"\n');
    const backup: Op[] = [{ op: 'backup', label: 'backup', path: conf, backupPath: `${conf}.bak`, expectSha: sha256(before) }];
    const b = batchScript('B', backup);
    const res = parseBatch('B', backup, (() => { try { return sh(b.script, b.stdin); } catch (e) { return (e as { stdout: Buffer }).stdout; } })());
    expect(res[0]?.exitCode).toBe(OP_EXIT.backup);
    expect(res[0]?.output).toMatch(/is not this run's backup; left alone/);
    expect(readFileSync(`${conf}.bak`, 'utf8')).toContain('SS_OLD');

    const written = Buffer.from('SS_TCP_CLOSE_RESET="On"\n');
    writeFileSync(conf, written);
    const restore: Op[] = [{ op: 'restore', label: 'restore', path: conf, backupPath: `${conf}.bak`, expectSha: sha256(written), backupSha: sha256(before) }];
    const r = batchScript('R', restore);
    const out = parseBatch('R', restore, (() => { try { return sh(r.script, r.stdin); } catch (e) { return (e as { stdout: Buffer }).stdout; } })());
    expect(out[0]?.exitCode).toBe(OP_EXIT.backup);
    expect(readFileSync(conf)).toEqual(written);
  });

  it('removes its temp file when the rename fails', () => {
    const conf = join(dir, 'immutable.conf');
    writeFileSync(conf, 'SS_TCP_CLOSE_RESET="Off"\n');
    const before = readFileSync(conf);
    const after = Buffer.from('SS_TCP_CLOSE_RESET="On"\n');
    // An immutable file: root may create the temp file next to it but cannot rename over it.
    execFileSync('chattr', ['+i', conf]);
    try {
      const ops: Op[] = [{ op: 'write', label: 'write', path: conf, expectSha: sha256(before), content: after, contentSha: sha256(after) }];
      const w = batchScript('W', ops);
      const out = parseBatch('W', ops, (() => { try { return sh(w.script, w.stdin); } catch (e) { return (e as { stdout: Buffer }).stdout; } })());
      expect(out[0]?.exitCode).toBe(1);
      expect(readFileSync(conf)).toEqual(before);
      expect(existsSync(`${conf}.vos-assist.tmp`)).toBe(false);
    } finally {
      execFileSync('chattr', ['-i', conf]);
    }
  });

  it('never replaces the file when fewer bytes arrive than announced', () => {
    writeFileSync(file, 'original\n');
    // Not ASCII, so the content travels over stdin, not inside the script.
    const content = Buffer.from('new content \xe4\n', 'latin1');
    const ops: Op[] = [{ op: 'write', label: 'write', path: file, expectSha: sha256(Buffer.from('original\n')), content, contentSha: sha256(content) }];
    const { script, stdin } = batchScript('N', ops);
    expect(stdin).toEqual(content);
    let out: Buffer;
    try { out = sh(script, content.subarray(0, 5)); } catch (e) { out = (e as { stdout: Buffer }).stdout; }
    expect(parseBatch('N', ops, out)[0]?.exitCode).toBe(31);
    expect(readFileSync(file, 'utf8')).toBe('original\n');
    expect(existsSync(`${file}.vos-assist.tmp`)).toBe(false);
  });

  it('writes small ASCII contents from the script itself, byte for byte, and large ones over stdin', () => {
    const tricky = Buffer.from("A='it''s' \\ $(reboot) `id` %s %% \r\n\tno newline at the end", 'latin1');
    const big = Buffer.alloc(EMBED_MAX_BYTES + 1, 'x');
    for (const content of [tricky, big]) {
      writeFileSync(file, 'old\n');
      chmodSync(file, 0o600);
      const ops: Op[] = [{ op: 'write', label: 'write', path: file, expectSha: sha256(Buffer.from('old\n')), content, contentSha: sha256(content) }];
      const { script, stdin } = batchScript('N', ops);
      expect(stdin.length).toBe(content === big ? big.length : 0);
      expect(parseBatch('N', ops, sh(script, stdin)).map((r) => r.exitCode)).toEqual([0]);
      expect(readFileSync(file)).toEqual(content);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    }
  });

  it('creates a missing file with mode 0644 whatever the umask, also over a temp file left behind', () => {
    const content = Buffer.from('net.ipv4.tcp_tw_reuse = 1\n');
    const big = Buffer.alloc(EMBED_MAX_BYTES + 1, 'y');
    for (const [name, body, leftover] of [['created.conf', content, false], ['created-again.conf', content, true], ['created-big.conf', big, true]] as const) {
      const fresh = join(dir, name);
      if (leftover) {
        writeFileSync(`${fresh}.vos-assist.tmp`, 'half-written junk');
        chmodSync(`${fresh}.vos-assist.tmp`, 0o600);
      }
      const ops: Op[] = [{ op: 'write', label: 'write', path: fresh, expectSha: null, content: body, contentSha: sha256(body) }];
      const { script, stdin } = batchScript('N', ops);
      expect(parseBatch('N', ops, sh(`umask 077\n${script}`, stdin)).map((r) => r.exitCode)).toEqual([0]);
      expect(readFileSync(fresh)).toEqual(body);
      expect(statSync(fresh).mode & 0o777).toBe(0o644);
      expect(existsSync(`${fresh}.vos-assist.tmp`)).toBe(false);
    }
  });
});

describe('prepared-session bootstrap', () => {
  const run = (input: string) => {
    try {
      return { rc: 0, out: sh(BOOTSTRAP, Buffer.from(input)).toString() };
    } catch (e) {
      return { rc: (e as { status: number }).status, out: String((e as { stdout: Buffer }).stdout) };
    }
  };
  const framed = (script: string) => {
    const body = Buffer.from(`${script}${SCRIPT_TRAILER}`);
    return `${body.length}\n${body.toString()}`;
  };

  it('runs a script that arrived whole, and leaves the rest of stdin to it', () => {
    expect(run(`${framed('echo ran; cat')}rest of stdin`)).toEqual({ rc: 0, out: 'ran\nrest of stdin' });
  });

  it('runs nothing of a script cut off in transfer', () => {
    const whole = framed('echo first\necho second');
    for (const cut of [5, 25]) expect(run(whole.slice(0, -cut))).toEqual({ rc: 96, out: '' });
  });
});
