import { z } from 'zod';

/** The three troubleshooting playbooks, by stable id. */
export const playbookIds = ['port_exhaustion', 'nat_unregistered', 'firewall_rst'] as const;
export const playbookIdSchema = z.enum(playbookIds);
export type PlaybookId = z.infer<typeof playbookIdSchema>;
