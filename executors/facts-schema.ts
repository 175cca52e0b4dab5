import { z } from 'zod';

/** What the diagnostics found on a server; null means the probe could not tell. */
export const factsSchema = z.object({
  serverId: z.string(),
  collectedAt: z.string(),
  timeWaitCount: z.number().int().nullable(),
  timeWaitSource: z.enum(['ss', 'netstat', 'sockstat']).nullable(),
  portRange: z.object({ low: z.number().int(), high: z.number().int(), size: z.number().int() }).nullable(),
  tcpTwReuse: z.number().int().nullable(),
  /** SS_TCP_CLOSE_RESET as a switch; `tcpCloseResetRaw` keeps the spelling in the file. */
  tcpCloseReset: z.enum(['On', 'Off']).nullable(),
  tcpCloseResetRaw: z.string().nullable(),
  sipTcpConnections: z.number().int().nullable(),
  sipTlsConnections: z.number().int().nullable(),
  /** iptables rules that drop or reject RST or INVALID packets. */
  rstDropRules: z.array(z.string()).nullable(),
  socketSummary: z.string().nullable(),
  os: z.string().nullable(),
  sysctlPersistPath: z.string(),
  tags: z.array(z.string()),
  unknown: z.record(z.string(), z.string()),
});
export type Facts = z.infer<typeof factsSchema>;
