/** The three troubleshooting playbooks, by stable id. */
export const playbookIds = ['port_exhaustion', 'nat_unregistered', 'firewall_rst'] as const;
export type PlaybookId = (typeof playbookIds)[number];

/** True for a known playbook id. (No zod here: this module is on every command's path.) */
export const isPlaybookId = (v: unknown): v is PlaybookId => (playbookIds as readonly unknown[]).includes(v);
