import type { ChangeKind } from './kind.js';
import { formatSwitch, parseSwitch, readValue, removeKey, setValue } from './softswitch-conf.js';

/** A softswitch switch as On/Off in a softswitch.conf's content; null when the content is unknown. */
export function switchValue(content: Buffer | null, key: string): string | null {
  if (!content) return null;
  const raw = readValue(content.toString('latin1'), key);
  if (raw === null) return 'Off'; // absent: the softswitch default
  const sw = parseSwitch(raw);
  return sw === null ? raw : sw ? 'On' : 'Off';
}

/**
 * A softswitch parameter in softswitch.conf (`SS_TCP_CLOSE_RESET="On"`): written in the
 * server's own spelling of On/Off, taken by the running softswitch on reload.
 */
export const softswitchParam: ChangeKind = {
  name: 'softswitchParam',
  file: (state) => state.conf,
  createsFile: false,
  canonical: (value) => value,
  current: (state, key) => switchValue(state.conf.content, key),
  recorded: (text, key) => readValue(text, key),
  write: (text, key, value, server) => setValue(text, key, formatSwitch(value === 'On', server.booleanStyle)),
  revert: (text, key, recorded) => (recorded === null ? removeKey(text, key) : setValue(text, key, recorded)),
  runtime: false,
  reloads: true,
  verify(state, key, expected) {
    const actual = switchValue(state.conf.content, key);
    return { actual, ok: actual === expected };
  },
};
