import * as z from 'zod';
import { canonicalPortList, parsePortList } from './port-list.js';

/** Softswitch parameters VOS Assist may change. Nothing else in softswitch.conf is ever written. */
export const softswitchKeys = ['SS_TCP_CLOSE_RESET'] as const;
/**
 * Kernel settings VOS Assist may change. `ip_local_reserved_ports` keeps the ports services
 * listen on out of the ephemeral range when the range is widened.
 */
export const sysctlKeys = ['net.ipv4.tcp_tw_reuse', 'net.ipv4.ip_local_port_range', 'net.ipv4.ip_local_reserved_ports'] as const;
export type SysctlKey = (typeof sysctlKeys)[number];
/** True when a key is one of the kernel settings VOS Assist may change. */
export const isSysctlKey = (key: string): key is SysctlKey => (sysctlKeys as readonly string[]).includes(key);
/** The /proc/sys file behind a kernel setting (what `sysctl` reads and writes). */
export const sysctlProcPath = (key: SysctlKey) => `/proc/sys/${key.replace(/\./g, '/')}`;

/** A desired state for one setting, as a playbook declares it. Values are canonical. */
export type ChangeSpec =
  | { id: string; kind: 'softswitchParam'; key: 'SS_TCP_CLOSE_RESET'; value: 'On' | 'Off' }
  | { id: string; kind: 'sysctl'; key: 'net.ipv4.tcp_tw_reuse'; value: '0' | '1' | '2' }
  | { id: string; kind: 'sysctl'; key: 'net.ipv4.ip_local_port_range'; value: string }
  /** Comma-separated ports and ranges, in the kernel's form ("1720,3306,5060-5061"). */
  | { id: string; kind: 'sysctl'; key: 'net.ipv4.ip_local_reserved_ports'; value: string };
export type ChangeKindName = ChangeSpec['kind'];

/**
 * The allow-list, in one place: why a change may not be made, or null when it may. Every
 * change passes here before any command is built (and changeSpecSchema delegates to it).
 */
export function changeProblem(c: unknown): string | null {
  if (!c || typeof c !== 'object') return 'not a change';
  const { id, kind, key, value } = c as Record<string, unknown>;
  if (typeof id !== 'string' || !id) return 'has no id';
  if (kind === 'softswitchParam') {
    if (!(softswitchKeys as readonly unknown[]).includes(key)) return `softswitch parameter ${String(key)} is not on the allow-list`;
    return value === 'On' || value === 'Off' ? null : 'value must be On or Off';
  }
  if (kind === 'sysctl') {
    if (key === 'net.ipv4.tcp_tw_reuse') return value === '0' || value === '1' || value === '2' ? null : 'tcp_tw_reuse must be 0, 1 or 2';
    if (key === 'net.ipv4.ip_local_port_range') {
      const m = typeof value === 'string' ? /^(\d{1,5}) (\d{1,5})$/.exec(value) : null;
      const [lo, hi] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
      return m && lo >= 1024 && hi <= 65535 && lo < hi ? null : 'port range must be "LOW HIGH" with 1024 ≤ LOW < HIGH ≤ 65535';
    }
    if (key === 'net.ipv4.ip_local_reserved_ports') {
      return typeof value === 'string' && parsePortList(value) !== null ? null : 'reserved ports must be ports and ranges of 1–65535, comma separated ("5060,8080-8081")';
    }
    return `kernel setting ${String(key)} is not on the allow-list`;
  }
  return `unknown change kind ${String(kind)}`;
}

/** zod view of a change spec (for the playbook schema); the allow-list itself is changeProblem. */
export const changeSpecSchema = z.custom<ChangeSpec>((v) => changeProblem(v) === null, { message: 'change is not on the allow-list' });

/** A change as planned against a server: current value, desired value, whether it differs. */
export const plannedChangeSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['softswitchParam', 'sysctl']),
  key: z.string(),
  /** null: not set / unknown. */
  from: z.string().nullable(),
  to: z.string(),
  changed: z.boolean(),
  /** Where it is persisted on the server. */
  path: z.string(),
});
export type PlannedChange = z.infer<typeof plannedChangeSchema>;

/**
 * Canonical form of a sysctl value as the kernel prints it: tabs and runs of spaces become
 * one space; a port list is sorted with neighbours merged into ranges ("5060-5061,8080").
 */
export function normaliseSysctl(v: string, key?: string): string {
  const t = v.trim().replace(/\s+/g, ' ');
  return key === 'net.ipv4.ip_local_reserved_ports' ? canonicalPortList(t.replace(/ /g, '')) : t;
}
