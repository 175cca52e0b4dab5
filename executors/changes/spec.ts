import { z } from 'zod';

/** Softswitch parameters VOS Assist may change. Nothing else in softswitch.conf is ever written. */
export const softswitchKeys = ['SS_TCP_CLOSE_RESET'] as const;
/** Kernel settings VOS Assist may change. */
export const sysctlKeys = ['net.ipv4.tcp_tw_reuse', 'net.ipv4.ip_local_port_range'] as const;
export type SysctlKey = (typeof sysctlKeys)[number];

const portRange = z.string().refine((v) => {
  const m = /^(\d{1,5}) (\d{1,5})$/.exec(v);
  if (!m) return false;
  const [lo, hi] = [Number(m[1]), Number(m[2])];
  return lo >= 1024 && hi <= 65535 && lo < hi;
}, 'port range must be "LOW HIGH" with 1024 ≤ LOW < HIGH ≤ 65535');

/** A desired state for one setting, as a playbook declares it. Values are canonical. */
export const changeSpecSchema = z.union([
  z.object({ id: z.string(), kind: z.literal('softswitchParam'), key: z.enum(softswitchKeys), value: z.enum(['On', 'Off']) }),
  z.object({ id: z.string(), kind: z.literal('sysctl'), key: z.literal('net.ipv4.tcp_tw_reuse'), value: z.enum(['0', '1', '2']) }),
  z.object({ id: z.string(), kind: z.literal('sysctl'), key: z.literal('net.ipv4.ip_local_port_range'), value: portRange }),
]);
export type ChangeSpec = z.infer<typeof changeSpecSchema>;
export type ChangeKindName = ChangeSpec['kind'];

/** A change as planned against a server: current value, desired value, whether it differs. */
export const plannedChangeSchema = z.object({
  id: z.string(),
  kind: z.enum(['softswitchParam', 'sysctl']),
  key: z.string(),
  from: z.string().nullable(), // null: not set / unknown
  to: z.string(),
  changed: z.boolean(),
  /** Where it is persisted on the server. */
  path: z.string(),
});
export type PlannedChange = z.infer<typeof plannedChangeSchema>;

/** Canonical form of a sysctl value as the kernel prints it (tabs and runs of spaces → one space). */
export const normaliseSysctl = (v: string) => v.trim().replace(/\s+/g, ' ');
