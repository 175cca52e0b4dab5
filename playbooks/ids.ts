/** The three troubleshooting playbooks, by stable id. */
export const playbookIds = ['port_exhaustion', 'nat_unregistered', 'firewall_rst'] as const;
/** A playbook id; `playbookIdSchema` (id-schema.ts) validates one at zod boundaries. */
export type PlaybookId = (typeof playbookIds)[number];

/**
 * True for a known playbook id. Without zod: the command line checks an id before it connects,
 * and loads zod only once the server is answering.
 */
export const isPlaybookId = (v: unknown): v is PlaybookId => typeof v === 'string' && (playbookIds as readonly string[]).includes(v);
