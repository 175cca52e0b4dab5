import * as z from 'zod';

/** The three troubleshooting playbooks, by stable id. */
export const playbookIds = ['port_exhaustion', 'nat_unregistered', 'firewall_rst'] as const;
/** A playbook id, for boundaries that validate with zod (web filters, chat state, the store). */
export const playbookIdSchema = z.enum(playbookIds);
export type PlaybookId = z.infer<typeof playbookIdSchema>;

/** True for a known playbook id. */
export const isPlaybookId = (v: unknown): v is PlaybookId => playbookIdSchema.safeParse(v).success;
