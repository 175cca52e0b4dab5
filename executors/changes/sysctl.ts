import type { ChangeKind } from './kind.js';
import { isSysctlKey, normaliseSysctl } from './spec.js';
import { readBlockValue, removeBlockValue, upsertBlockValue } from './sysctl-block.js';

const live = (state: Parameters<ChangeKind['current']>[0], key: string) => (isSysctlKey(key) ? state.sysctl[key] : null);
const persisted = (state: Parameters<ChangeKind['current']>[0], key: string) => (state.persist.content ? readBlockValue(state.persist.content.toString('latin1'), key) : null);

/**
 * A kernel setting: set at run time (`sysctl -w`, through /proc/sys) and persisted in the
 * managed block of the server's sysctl file, so it survives a reboot.
 */
export const sysctl: ChangeKind = {
  name: 'sysctl',
  file: (state) => state.persist,
  createsFile: true,
  canonical: (value, key) => normaliseSysctl(value, key),
  current: live,
  recorded: (text, key) => readBlockValue(text, key),
  write: (text, key, value) => upsertBlockValue(text, key, value),
  revert: (text, key, recorded) => (recorded === null ? removeBlockValue(text, key) : upsertBlockValue(text, key, recorded)),
  runtime: true,
  reloads: false,
  verify(state, key, expected) {
    const actual = live(state, key);
    const inFile = persisted(state, key);
    return { actual, persisted: inFile, ok: actual === expected && inFile === expected };
  },
};
