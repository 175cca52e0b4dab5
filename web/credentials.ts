import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import * as z from 'zod';
import type { RunStore } from '../store/types.js';

/** Docs namespace of the engineers' password hashes; the key is the engineer id. */
export const CREDENTIALS_NAMESPACE = 'engineer-credentials';

/** Shortest password `engineer password` accepts. */
export const MIN_PASSWORD_LENGTH = 10;

/** A stored password hash. Parameters travel with the hash so they can be raised later. */
export const credentialSchema = z.object({
  algo: z.literal('scrypt'),
  salt: z.string().min(16), // base64
  hash: z.string().min(16), // base64
  // Bounds keep a tampered doc from making one login eat gigabytes or minutes.
  N: z.number().int().min(1024).max(2 ** 20),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  updatedAt: z.string(),
});
/** A stored password hash (value of an `engineer-credentials` doc). */
export type Credential = z.infer<typeof credentialSchema>;

/** scrypt cost. @defaultValue `{ N: 2 ** 15, r: 8, p: 1 }` (32 MiB, about 100 ms here) */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** The cost used for new hashes. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };

const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // maxmem must exceed 128·N·r, or Node refuses the parameters outright.
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** Hashes a password with a fresh random salt. */
export async function hashPassword(password: string, now: Date = new Date(), cost: ScryptCost = DEFAULT_SCRYPT_COST): Promise<Credential> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, cost);
  return { algo: 'scrypt', salt: salt.toString('base64'), hash: hash.toString('base64'), ...cost, updatedAt: now.toISOString() };
}

/** True when `password` matches the stored credential (constant-time comparison). */
export async function verifyPassword(password: string, credential: Credential): Promise<boolean> {
  const expected = Buffer.from(credential.hash, 'base64');
  const actual = await derive(password, Buffer.from(credential.salt, 'base64'), credential);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Stores (replacing) an engineer's password hash. */
export async function setEngineerPassword(store: RunStore, engineerId: string, password: string, now: Date = new Date(), cost?: ScryptCost): Promise<void> {
  await store.putDoc(CREDENTIALS_NAMESPACE, engineerId, await hashPassword(password, now, cost));
}

// Verified against when there is no credential, so an unknown user costs as much time as a
// wrong password and response times do not reveal which engineers have one.
let dummy: Promise<Credential> | undefined;

/**
 * Checks an engineer's password against the stored hash. False for unknown engineers,
 * engineers without a password, and unreadable credential docs.
 */
export async function checkEngineerPassword(store: RunStore, engineerId: string, password: string): Promise<boolean> {
  const parsed = credentialSchema.safeParse(await store.getDoc(CREDENTIALS_NAMESPACE, engineerId));
  if (!parsed.success) {
    dummy ??= hashPassword('not a real password');
    await verifyPassword(password, await dummy);
    return false;
  }
  return verifyPassword(password, parsed.data);
}
