import type { PlaybookChangeParsed, PlaybookSpecInput, PlaybookSpecParsed } from './spec-schema.js';

/** Numeric facts a condition can test; `timeWaitShare` is TIME_WAIT / ports in range (0..1+). */
export const numericFacts = ['timeWaitCount', 'timeWaitShare', 'tcpTwReuse', 'sipTcpConnections', 'sipTlsConnections', 'portRangeSize', 'rstDropRuleCount'] as const;

/** A condition on facts, as data, so a playbook stays declarative and inspectable. */
export type Condition =
  | { fact: (typeof numericFacts)[number]; gte?: number; gt?: number; lt?: number; eq?: number }
  | { rst: 'On' | 'Off' }
  | { anyTag: string[] }
  | { any: Condition[] }
  | { all: Condition[] };

export type PlaybookSpec = PlaybookSpecParsed;
export type PlaybookChange = PlaybookChangeParsed;

/**
 * Declares a playbook: typed data with defaults filled in (finding severity `info`). The
 * zod schema in spec-schema.ts checks every playbook in the test suite.
 */
export function definePlaybook(spec: PlaybookSpecInput): PlaybookSpec {
  return { ...spec, findings: spec.findings.map((f) => ({ ...f, severity: f.severity ?? 'info' })) } as PlaybookSpec;
}
