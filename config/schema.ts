import * as z from 'zod';

/** The parameter keys VOS Assist is allowed to touch in softswitch.conf. */
const absolutePath = z.string().regex(/^\/[A-Za-z0-9._\/-]+$/, 'must be an absolute path of letters, digits, . _ - /');

/** An E.164 number (+8801700000001) or a WhatsApp JID (…@s.whatsapp.net, …@lid, …@g.us). */
const chatId = z
  .string()
  .regex(/^(\+[1-9][0-9]{6,15}|[0-9A-Za-z.:_-]+@(s\.whatsapp\.net|lid|g\.us|c\.us))$/, 'must be an E.164 number like +8801700000001 or a WhatsApp JID');

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'must be lowercase letters, digits, - or _');

export const customerSchema = z.strictObject({
  id,
  name: z.string().min(1),
  chats: z.array(chatId).default([]),
});

/** A reload command is a fixed command line chosen by the operator, never built from chat text. */
const reloadCommand = z
  .string()
  .min(1)
  .regex(/^[A-Za-z0-9 ._\/=-]+$/, 'may only contain letters, digits, spaces and . _ / = -');

export const serverSchema = z
  .strictObject({
    id,
    customer: id,
    name: z.string().min(1).optional(),
    host: z.string().min(1).regex(/^[A-Za-z0-9.:-]+$/, 'must be a host name or IP address'),
    port: z.number().int().min(1).max(65535).default(22),
    username: z.string().regex(/^[a-z_][a-z0-9_-]{0,31}$/, 'must be a Unix user name'),
    privateKeyPath: z.string().min(1).optional(),
    privateKeyEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'must be an environment variable name').optional(),
    hostKeySha256: z
      .string({ error: 'is required: the host key fingerprint as `ssh-keygen -lf` prints it (SHA256:…)' })
      .regex(/^SHA256:[A-Za-z0-9+/]{43}=?$/, 'must look like SHA256:<43 base64 characters>, as `ssh-keygen -lf` prints it'),
    softswitchConf: absolutePath.default('/home/kunshi/mbx3000/etc/softswitch.conf'),
    reloadCommand: reloadCommand.default('service mbx3000d reparse'),
    sysctlFile: absolutePath.default('/etc/sysctl.d/90-vos-assist.conf'),
    tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'tags are lowercase words with -')).default([]),
    /** How On/Off is written in softswitch.conf; some builds use 1/0. */
    booleanStyle: z.enum(['OnOff', 'onoff', 'ON/OFF', '1/0', 'true/false']).default('OnOff'),
    connectTimeoutMs: z.number().int().min(500).max(120_000).default(10_000),
    commandTimeoutMs: z.number().int().min(500).max(600_000).default(30_000),
  })
  .refine((s) => (s.privateKeyPath ? 1 : 0) + (s.privateKeyEnv ? 1 : 0) === 1, {
    message: 'needs exactly one of privateKeyPath or privateKeyEnv',
    path: ['privateKeyPath'],
  });

export const engineerSchema = z.strictObject({
  id,
  name: z.string().min(1),
  chats: z.array(chatId).default([]),
  role: z.enum(['approver', 'viewer']).default('viewer'),
});

export const settingsSchema = z
  .strictObject({
    /** Proposals not approved within this many minutes expire. */
    proposalTtlMinutes: z.number().int().min(1).max(7 * 24 * 60).default(30),
    /** WhatsApp group JID where engineers talk to the assistant, if any. */
    engineersGroup: z.string().regex(/@g\.us$/, 'must be a group JID ending in @g.us').optional(),
    workerConcurrency: z.number().int().min(1).max(256).default(10),
  })
  .default({ proposalTtlMinutes: 30, workerConcurrency: 10 });

export const configSchema = z
  .strictObject({
    customers: z.array(customerSchema).default([]),
    servers: z.array(serverSchema).default([]),
    engineers: z.array(engineerSchema).default([]),
    settings: settingsSchema,
  })
  .superRefine((cfg, ctx) => {
    const customerIds = new Set(cfg.customers.map((c) => c.id));
    cfg.servers.forEach((s, i) => {
      if (!customerIds.has(s.customer)) {
        ctx.addIssue({ code: 'custom', path: ['servers', i, 'customer'], message: `names customer "${s.customer}", which is not in customers` });
      }
    });
    for (const [list, name] of [
      [cfg.customers, 'customers'],
      [cfg.servers, 'servers'],
      [cfg.engineers, 'engineers'],
    ] as const) {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [name, i, 'id'], message: `duplicate id "${item.id}"` });
        seen.add(item.id);
      });
    }
    const chatOwner = new Map<string, string>();
    const claim = (chat: string, owner: string, path: (string | number)[]) => {
      const prev = chatOwner.get(chat);
      if (prev && prev !== owner) ctx.addIssue({ code: 'custom', path, message: `chat ${chat} is already listed for ${prev}` });
      chatOwner.set(chat, owner);
    };
    cfg.customers.forEach((c, i) => c.chats.forEach((ch, j) => claim(ch, `customer ${c.id}`, ['customers', i, 'chats', j])));
    cfg.engineers.forEach((e, i) => e.chats.forEach((ch, j) => claim(ch, `engineer ${e.id}`, ['engineers', i, 'chats', j])));
  });

export type Config = z.infer<typeof configSchema>;
export type Customer = z.infer<typeof customerSchema>;
export type ServerConfig = z.infer<typeof serverSchema>;
export type Engineer = z.infer<typeof engineerSchema>;
export type Settings = z.infer<typeof settingsSchema>;
