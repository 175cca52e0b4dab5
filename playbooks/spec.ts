import * as z from 'zod';
import { changeSpecSchema } from '../executors/changes/spec.js';
import { playbookIdSchema } from './id-schema.js';

/** Numeric facts a condition can test; `timeWaitShare` is TIME_WAIT / ports in range (0..1+). */
export const numericFacts = ['timeWaitCount', 'timeWaitShare', 'tcpTwReuse', 'sipTcpConnections', 'sipTlsConnections', 'portRangeSize', 'rstDropRuleCount'] as const;

/** A condition on facts, as data, so a playbook stays declarative and inspectable. (Written out: zod cannot infer a recursive union.) */
export type Condition =
  | { fact: (typeof numericFacts)[number]; gte?: number; gt?: number; lt?: number; eq?: number }
  | { rst: 'On' | 'Off' }
  | { anyTag: string[] }
  | { any: Condition[] }
  | { all: Condition[] };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ fact: z.enum(numericFacts), gte: z.number().optional(), gt: z.number().optional(), lt: z.number().optional(), eq: z.number().optional() }),
    z.strictObject({ rst: z.enum(['On', 'Off']) }),
    z.strictObject({ anyTag: z.array(z.string()).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
  ]),
);

/** A finding: shown when `when` holds; `say` may use {placeholders} for facts (see plan.ts). */
export const findingSpecSchema = z.strictObject({
  id: z.string(),
  when: conditionSchema,
  say: z.string(),
  severity: z.enum(['info', 'warning', 'problem']).default('info'),
});

/**
 * A planned change: the desired state. Whether it is proposed on a server is the decision's
 * (playbooks/decide/): its table leaves changes out, with the reason, where the facts speak
 * against them.
 */
export const playbookChangeSchema = z.intersection(
  changeSpecSchema,
  z.object({
    /** What this change does, in one phrase for the proposal. */
    explain: z.string(),
  }),
);

export const playbookSpecSchema = z.strictObject({
  id: playbookIdSchema,
  title: z.string(),
  /** One line naming the problem for the customer. */
  summary: z.string(),
  facts: z.array(z.string()),
  findings: z.array(findingSpecSchema),
  changes: z.array(playbookChangeSchema).min(1),
  /** Things to do by hand that VOS Assist does not automate. */
  advice: z.array(z.string()),
  /** Risks of the automated fix, said before approval: when `when` holds, and only if the change `with` names is proposed. */
  cautions: z.array(z.object({ text: z.string(), when: conditionSchema.optional(), with: z.string().optional() })),
});

export type PlaybookSpec = z.infer<typeof playbookSpecSchema>;
export type PlaybookChange = z.infer<typeof playbookChangeSchema>;

/** Declares a playbook: checked against the schema when loaded, with its defaults filled in (finding severity `info`). */
export function definePlaybook(spec: z.input<typeof playbookSpecSchema>): PlaybookSpec {
  return playbookSpecSchema.parse(spec);
}
