import { isDeepStrictEqual } from 'node:util';
import type { Config } from './schema.js';

/**
 * What a reload changed: ids added, removed or changed per list, and the settings that only a
 * restart takes (they were read once at start-up: the worker count, the dashboard's TLS and
 * /metrics token, the WhatsApp engineers' group).
 */
export interface ConfigChanges {
  readonly customers: ListChanges;
  readonly servers: ListChanges;
  readonly engineers: ListChanges;
  /** Settings (dotted paths) that take effect on the next start; the running process keeps the old values. */
  readonly needsRestart: readonly string[];
  /** Other settings (dotted paths) that changed and apply at once. */
  readonly settings: readonly string[];
  /** Outgoing webhooks were added, removed or changed. */
  readonly webhooks: boolean;
}

export interface ListChanges {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

/**
 * Settings read once when `start` builds the process: a new value is reported as needing a
 * restart rather than silently ignored.
 */
export const RESTART_SETTINGS: readonly string[] = ['workerConcurrency', 'engineersGroup', 'web', 'backups'];

function listChanges<T extends { id: string }>(before: readonly T[], after: readonly T[]): ListChanges {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  return {
    added: after.filter((x) => !old.has(x.id)).map((x) => x.id),
    removed: before.filter((x) => !now.has(x.id)).map((x) => x.id),
    changed: after.filter((x) => old.has(x.id) && !isDeepStrictEqual(old.get(x.id), x)).map((x) => x.id),
  };
}

/** The difference between two valid configs (pure). */
export function configChanges(before: Config, after: Config): ConfigChanges {
  const keys = new Set([...Object.keys(before.settings), ...Object.keys(after.settings)]) as Set<keyof Config['settings']>;
  const changed = [...keys].filter((k) => !isDeepStrictEqual(before.settings[k], after.settings[k])).sort();
  return {
    customers: listChanges(before.customers, after.customers),
    servers: listChanges(before.servers, after.servers),
    engineers: listChanges(before.engineers, after.engineers),
    needsRestart: changed.filter((k) => RESTART_SETTINGS.includes(k)).map((k) => `settings.${k}`),
    settings: changed.filter((k) => !RESTART_SETTINGS.includes(k)).map((k) => `settings.${k}`),
    webhooks: !isDeepStrictEqual(before.webhooks, after.webhooks),
  };
}

/** One line per kind of change, for the log and the `reload` command: "servers: +vos3; customers: +beta". */
export function describeChanges(c: ConfigChanges): string {
  const parts: string[] = [];
  for (const name of ['customers', 'servers', 'engineers'] as const) {
    const l = c[name];
    const items = [...l.added.map((id) => `+${id}`), ...l.removed.map((id) => `-${id}`), ...l.changed.map((id) => `~${id}`)];
    if (items.length) parts.push(`${name}: ${items.join(' ')}`);
  }
  if (c.settings.length) parts.push(`applied: ${c.settings.join(', ')}`);
  if (c.webhooks) parts.push('webhooks changed');
  if (c.needsRestart.length) parts.push(`needs a restart: ${c.needsRestart.join(', ')} (the running process keeps the old values)`);
  return parts.length ? parts.join('; ') : 'nothing changed';
}

/**
 * The one current config of a running process. Everything that must see a reload reads
 * `current()` when it acts, never a copy taken at start; what a job started with stays its
 * own (a worker takes the server's config once, at the start of the job).
 */
export class ConfigHolder {
  private config: Config;

  constructor(initial: Config) {
    this.config = initial;
  }

  /** The config in force now. */
  readonly current = (): Config => this.config;

  /**
   * Puts a validated config in force and says what changed. Settings that need a restart keep
   * their running values (the new file's are reported, and taken at the next start).
   */
  replace(next: Config): ConfigChanges {
    const before = this.config;
    const changes = configChanges(before, next);
    const kept = Object.fromEntries(RESTART_SETTINGS.map((k) => [k, before.settings[k as keyof Config['settings']]]));
    this.config = { ...next, settings: { ...next.settings, ...kept } };
    return changes;
  }
}
