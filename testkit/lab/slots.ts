import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAB_DIR_PREFIX, SLOTS_DIR } from './paths.js';
import { isAlive, killAll, netnsInode, pidsInNetns, processStartTime, run, sleep, tryRun, tryRunSync } from './sys.js';

/**
 * Every lab owns one slot, reserved atomically with mkdir under /run/vos-lab/slots. The slot
 * number fixes all names and addresses of the lab, so labs of parallel test files, benchmarks
 * and `npm run lab` never collide:
 *   namespace and root-side veth of host i:  voslab<slot>h<i>   (at most 12 characters)
 *   addresses of host i:                      10.<100+slot>.<i>.2/30 (namespace), .1 (root side)
 */
export const MAX_SLOTS = 100;
export const MAX_HOSTS_PER_LAB = 255;
const NAME_RE = /^voslab(\d+)h(\d+)$/;
/** A slot directory without owner.json younger than this is being set up, not abandoned. */
const UNOWNED_GRACE_MS = 60_000;

export interface SlotOwner {
  pid: number;
  startTime: string | undefined;
  labId: string;
  dir: string;
  createdAt: string;
}

export const hostName = (slot: number, index: number): string => `voslab${slot}h${index}`;
export const hostIp = (slot: number, index: number): string => `10.${100 + slot}.${index}.2`;
export const peerIp = (slot: number, index: number): string => `10.${100 + slot}.${index}.1`;

const slotDir = (slot: number) => join(SLOTS_DIR, String(slot));

function readOwner(slot: number): SlotOwner | undefined {
  try {
    return JSON.parse(readFileSync(join(slotDir(slot), 'owner.json'), 'utf8')) as SlotOwner;
  } catch {
    return undefined;
  }
}

function writeJsonAtomic(path: string, value: unknown): void {
  writeFileSync(`${path}.tmp`, JSON.stringify(value, null, 2) + '\n');
  renameSync(`${path}.tmp`, path);
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}

function isStale(slot: number): boolean {
  const owner = readOwner(slot);
  if (!owner) return ageMs(slotDir(slot)) > UNOWNED_GRACE_MS;
  return !isAlive(owner.pid, owner.startTime);
}

/**
 * Lab id from an optional name, the slot and our pid: unique on this machine even after the slot
 * is reaped and reused, so a late teardown() can never remove another lab's directory.
 */
export function labIdFor(slot: number, name: string | undefined): string {
  const base = (name ?? 'lab').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 24) || 'lab';
  return `${base}-${slot}-${process.pid}`;
}

/** Reserves the first free slot whose 10.x range is unused on this machine. */
export async function allocateSlot(name: string | undefined): Promise<SlotOwner & { slot: number }> {
  mkdirSync(SLOTS_DIR, { recursive: true });
  const foreign = await foreignRanges();
  for (let slot = 0; slot < MAX_SLOTS; slot++) {
    if (foreign.has(100 + slot)) continue;
    try {
      mkdirSync(slotDir(slot));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw err;
    }
    const labId = labIdFor(slot, name);
    const owner: SlotOwner = {
      pid: process.pid,
      startTime: processStartTime(process.pid),
      labId,
      dir: `${LAB_DIR_PREFIX}${labId}`,
      createdAt: new Date().toISOString(),
    };
    writeJsonAtomic(join(slotDir(slot), 'owner.json'), owner);
    // We own the slot now, so anything still carrying its names is debris of a crash.
    await destroyNamespaces(await namesOfSlot(slot));
    rmSync(owner.dir, { recursive: true, force: true });
    return { ...owner, slot };
  }
  throw new Error(
    `vos-assist lab: all ${MAX_SLOTS} lab slots under ${SLOTS_DIR} are taken; tear down labs you no longer need (npm run lab -- down removes those of dead processes)`,
  );
}

/** True while the slot is still reserved by the lab with this id (not reaped and reused). */
export function ownsSlot(slot: number, labId: string): boolean {
  const owner = readOwner(slot);
  return owner?.labId === labId && owner.pid === process.pid;
}

/** Frees the slot, but only if the given lab still holds it. */
export function releaseSlot(slot: number, labId: string): void {
  if (ownsSlot(slot, labId)) rmSync(slotDir(slot), { recursive: true, force: true });
}

/** Second octets of 10.x ranges that something other than a lab uses (never touch those). */
async function foreignRanges(): Promise<Set<number>> {
  const { stdout } = await run('ip', ['-4', '-o', 'route', 'show', 'table', 'all']);
  const used = new Set<number>();
  for (const line of stdout.split('\n')) {
    const m = /\b10\.(\d+)\./.exec(line);
    if (!m) continue;
    const dev = /\bdev (\S+)/.exec(line)?.[1] ?? '';
    if (!NAME_RE.test(dev)) used.add(Number(m[1]));
  }
  return used;
}

/** Namespaces and root-side veths that carry a slot's names. */
async function namesOfSlot(slot: number): Promise<string[]> {
  const names = new Set<string>();
  for (const name of await labNetnsNames()) if (NAME_RE.exec(name)?.[1] === String(slot)) names.add(name);
  for (const name of await labLinkNames()) if (NAME_RE.exec(name)?.[1] === String(slot)) names.add(name);
  return [...names];
}

async function labNetnsNames(): Promise<string[]> {
  try {
    return readdirSync('/run/netns').filter((n) => NAME_RE.test(n));
  } catch {
    return [];
  }
}

async function labLinkNames(): Promise<string[]> {
  const { stdout } = await run('ip', ['-o', 'link', 'show']);
  return stdout
    .split('\n')
    .map((l) => /^\d+:\s+([^:@\s]+)/.exec(l)?.[1] ?? '')
    .filter((n) => NAME_RE.test(n));
}

/**
 * Kills every process inside the namespaces (sshd, its sessions, helpers), then deletes the
 * root-side veths (which removes both ends at once) and the namespaces.
 */
export async function destroyNamespaces(names: string[]): Promise<void> {
  if (names.length === 0) return;
  const inodes = names.map(netnsInode).filter((i): i is number => i !== undefined);
  for (let round = 0; round < 20; round++) {
    const pids = pidsInNetns(inodes);
    if (pids.length === 0) break;
    killAll(pids);
    await sleep(25);
  }
  await Promise.all(names.map((n) => tryRun('ip', ['link', 'del', n])));
  await Promise.all(names.map((n) => tryRun('ip', ['netns', 'del', n])));
}

/** Synchronous variant for the process 'exit' handler. */
export function destroyNamespacesSync(names: string[]): void {
  const inodes = names.map(netnsInode).filter((i): i is number => i !== undefined);
  killAll(pidsInNetns(inodes));
  for (const n of names) tryRunSync('ip', ['link', 'del', n]);
  for (const n of names) tryRunSync('ip', ['netns', 'del', n]);
}

/**
 * Removes labs whose owning process is gone: their processes, namespaces, veths, lab
 * directory and slot. Safe to run while other labs are live and from several processes at once.
 */
export async function cleanupStaleLabs(): Promise<void> {
  let slots: number[] = [];
  try {
    slots = readdirSync(SLOTS_DIR).filter((s) => /^\d+$/.test(s)).map(Number);
  } catch {
    // No slot was ever taken on this boot.
  }
  for (const slot of slots) if (isStale(slot)) await reapSlot(slot);
  await reapOrphanNames();
  reapOrphanDirs();
}

async function reapSlot(slot: number): Promise<void> {
  const lock = join(slotDir(slot), 'reaping');
  try {
    mkdirSync(lock);
  } catch {
    return; // Another process is reaping it (or it vanished).
  }
  // Re-check under the lock: the slot may have been freed and taken by a live lab meanwhile.
  if (!isStale(slot)) {
    rmSync(lock, { recursive: true, force: true });
    return;
  }
  const owner = readOwner(slot);
  await destroyNamespaces(await namesOfSlot(slot));
  if (owner?.dir.startsWith(LAB_DIR_PREFIX)) rmSync(owner.dir, { recursive: true, force: true });
  rmSync(slotDir(slot), { recursive: true, force: true });
}

/** Namespaces or veths with lab names whose slot no longer exists (a crash during teardown). */
async function reapOrphanNames(): Promise<void> {
  const names = [...new Set([...(await labNetnsNames()), ...(await labLinkNames())])];
  const orphans = names.filter((n) => {
    const slot = NAME_RE.exec(n)?.[1];
    return slot !== undefined && ageMs(slotDir(Number(slot))) === Infinity;
  });
  await destroyNamespaces(orphans);
}

/** /tmp/vos-lab-* directories whose owner is dead and whose slot is not held by a live lab. */
function reapOrphanDirs(): void {
  const parent = LAB_DIR_PREFIX.slice(0, LAB_DIR_PREFIX.lastIndexOf('/')) || '/';
  const base = LAB_DIR_PREFIX.slice(LAB_DIR_PREFIX.lastIndexOf('/') + 1);
  const live = new Set<string>();
  try {
    for (const s of readdirSync(SLOTS_DIR)) {
      const owner = /^\d+$/.test(s) ? readOwner(Number(s)) : undefined;
      if (owner) live.add(owner.dir);
    }
  } catch {
    // No slots at all.
  }
  for (const entry of readdirSync(parent)) {
    if (!entry.startsWith(base)) continue;
    const dir = join(parent, entry);
    if (live.has(dir)) continue;
    let owner: SlotOwner | undefined;
    try {
      owner = JSON.parse(readFileSync(join(dir, 'owner.json'), 'utf8')) as SlotOwner;
    } catch {
      owner = undefined;
    }
    const dead = owner ? !isAlive(owner.pid, owner.startTime) : ageMs(dir) > UNOWNED_GRACE_MS;
    if (dead) rmSync(dir, { recursive: true, force: true });
  }
}

/** Live slots and their owners, for `npm run lab -- status`. */
export function listSlots(): Array<SlotOwner & { slot: number; alive: boolean }> {
  let slots: string[] = [];
  try {
    slots = readdirSync(SLOTS_DIR).filter((s) => /^\d+$/.test(s));
  } catch {
    return [];
  }
  return slots.flatMap((s) => {
    const owner = readOwner(Number(s));
    return owner ? [{ ...owner, slot: Number(s), alive: isAlive(owner.pid, owner.startTime) }] : [];
  });
}

export { writeJsonAtomic };
