import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from './errors.js';
import type { Config } from './schema.js';

/** Where the config file is looked for: --config, then $VOS_ASSIST_CONFIG, then ./vos-assist.yaml. */
export function resolveConfigPath(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  return resolve(cwd, flag ?? env.VOS_ASSIST_CONFIG ?? 'vos-assist.yaml');
}

export interface LoadConfigOptions {
  /**
   * Keeps the validated config here, keyed by the file's bytes and the program build, so an
   * unchanged file is not parsed and validated again: every command pays for YAML and zod
   * otherwise. Default: no cache.
   */
  cacheDir?: string;
}

// Set by the build (a hash of config/*.ts); absent under the test runner, which then never caches.
declare const __VOS_ASSIST_CONFIG_BUILD__: string | undefined;
const BUILD = typeof __VOS_ASSIST_CONFIG_BUILD__ === 'string' ? __VOS_ASSIST_CONFIG_BUILD__ : null;

/** Reads and validates the config file. Throws ConfigError (exit code 2 at the CLI). */
export async function loadConfig(file: string, opts: LoadConfigOptions = {}): Promise<Config> {
  const bytes = readConfigBytes(file);
  const cachePath = opts.cacheDir && BUILD ? join(opts.cacheDir, 'config-cache.json') : null;
  const key = cachePath ? createHash('sha256').update(BUILD!).update('\0').update(file).update('\0').update(bytes).digest('hex') : null;
  if (cachePath) {
    try {
      const cached = JSON.parse(readFileSync(cachePath, 'utf8')) as { key: string; config: Config };
      if (cached.key === key) return cached.config;
    } catch {
      // no cache yet, or unreadable: validate below
    }
  }
  const { parseConfigFile } = await import('./parse.js');
  // Throws for a refused file, so only a config that passed is ever written below.
  const config = parseConfigFile(bytes, file);
  if (cachePath) {
    try {
      mkdirSync(opts.cacheDir!, { recursive: true });
      writeFileSync(`${cachePath}.${process.pid}.tmp`, JSON.stringify({ key, config }));
      renameSync(`${cachePath}.${process.pid}.tmp`, cachePath);
    } catch {
      // a read-only data dir only costs the next command a parse
    }
  }
  return config;
}

/** The config file's bytes; ConfigError (with what to do) when there is no such file or it cannot be read. */
export function readConfigBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    const reason =
      (err as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'file not found: write one with `vos-assist init`, or pass --config PATH or set VOS_ASSIST_CONFIG (to see VOS Assist at work without a config first: `npm run demo`)'
        : String((err as Error).message);
    throw new ConfigError(file, [{ path: '', message: reason }], { cause: err });
  }
}
