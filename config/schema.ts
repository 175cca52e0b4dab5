import * as z from 'zod';
import { chatKey } from './chat.js';
import { HOST_KEY_PIN_HELP, parseHostKeyPin } from './host-key.js';

/** The parameter keys VOS Assist is allowed to touch in softswitch.conf. */
const absolutePath = z.string().regex(/^\/[A-Za-z0-9._\/-]+$/, 'must be an absolute path of letters, digits, . _ - /');

/** An E.164 number (+8801700000001) or a WhatsApp JID (…@s.whatsapp.net, …@lid, …@g.us). */
const chatId = z
  .string()
  .regex(/^(\+[1-9][0-9]{6,15}|[0-9A-Za-z.:_-]+@(s\.whatsapp\.net|lid|g\.us|c\.us))$/, 'must be an E.164 number like +8801700000001 or a WhatsApp JID');

/** Ports the softswitch listens on for one SIP transport. */
const sipPortList = z.array(z.number().int().min(1).max(65535)).max(16);
const sipPorts = () => ({ udp: [5060], tcp: [5060], tls: [5061] });

const envName = z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'must be an environment variable name');

/** A pinned host key: `SHA256:…`, `ssh-rsa SHA256:…` or a line of `ssh-keygen -lf`. */
const hostKeyPin = z.string().refine((v) => parseHostKeyPin(v) !== null, HOST_KEY_PIN_HELP);

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'must be lowercase letters, digits, - or _');

/** True for a time zone this Node knows (Intl), such as Asia/Dhaka or UTC. */
function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const customerSchema = z.strictObject({
  id,
  name: z.string().min(1),
  chats: z.array(chatId).default([]),
  /** The customer's time zone (IANA, e.g. Asia/Dhaka): "check at 21:00" is read in it. Default: settings.timezone. */
  timezone: z.string().refine(validZone, 'must be an IANA time zone such as Asia/Dhaka or UTC').optional(),
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
    privateKeyEnv: envName.optional(),
    /** One pin or a list (a key per type, or a key about to be replaced); see config/host-key.ts. */
    hostKeySha256: z.union([hostKeyPin, z.array(hostKeyPin).min(1, 'an empty list pins nothing: list at least one host key, e.g. ["ssh-ed25519 SHA256:…"]')], {
      error: (issue) =>
        issue.input === undefined
          ? 'is required: the host key fingerprint, e.g. "ssh-ed25519 SHA256:…" (`vos-assist server add` reads and pins it; by hand: `ssh-keyscan -t ed25519 HOST | ssh-keygen -lf -`)'
          : HOST_KEY_PIN_HELP,
    }),
    softswitchConf: absolutePath.default('/home/kunshi/mbx3000/etc/softswitch.conf'),
    reloadCommand: reloadCommand.default('service mbx3000d reparse'),
    sysctlFile: absolutePath.default('/etc/sysctl.d/90-vos-assist.conf'),
    tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'tags are lowercase words with -')).default([]),
    /** How On/Off is written in softswitch.conf; some builds use 1/0. */
    booleanStyle: z.enum(['OnOff', 'onoff', 'ON/OFF', '1/0', 'true/false']).default('OnOff'),
    /**
     * Where the softswitch listens for SIP, per transport (default UDP and TCP 5060, TLS 5061):
     * the diagnosis reads which of them are open and counts connections on them.
     */
    sipPorts: z
      .strictObject({ udp: sipPortList.default(() => sipPorts().udp), tcp: sipPortList.default(() => sipPorts().tcp), tls: sipPortList.default(() => sipPorts().tls) })
      .default(sipPorts),
    /** The softswitch's log directory: the diagnosis counts recent bind failures in its newest files. */
    logDir: absolutePath.default('/home/kunshi/mbx3000/log'),
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

/** A proxy the dashboard trusts for X-Forwarded-For: an address, a CIDR range, or a name proxy-addr knows. */
const proxyAddress = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6(), z.enum(['loopback', 'linklocal', 'uniquelocal'])], {
  error: 'must be an IP address, a CIDR range like 10.0.0.0/8, or loopback, linklocal or uniquelocal',
});

/**
 * The dashboard behind TLS. Every default keeps a dashboard on 127.0.0.1 over plain HTTP
 * working as it is.
 */
export const webSettingsSchema = z
  .strictObject({
    /** Mark the session and login cookies Secure (sent over HTTPS only). Default false. */
    secureCookies: z.boolean().default(false),
    /** Send Strict-Transport-Security (180 days): browsers then use HTTPS only. Default false. */
    hsts: z.boolean().default(false),
    /**
     * The reverse proxies whose X-Forwarded-For the dashboard believes (Fastify's trustProxy),
     * so the client address (login limits, logs) is the real one: IP addresses, CIDR ranges,
     * or loopback / linklocal / uniquelocal. Default false: the address that connected.
     * `true` is refused: anyone who reaches the port could then pick their address.
     */
    trustProxy: z
      .union([z.literal(false), z.array(proxyAddress).min(1)], {
        error: (issue) =>
          issue.input === true
            ? 'true would believe X-Forwarded-For from anyone who reaches the port: list the proxies instead, e.g. [loopback] for a proxy on this host'
            : 'must be false or a list of proxy addresses, e.g. [loopback] or ["10.0.0.5", "10.1.0.0/16"]',
      })
      .default(false),
    /**
     * The environment variable holding the bearer token /metrics asks for (a secret stays out
     * of the config file). Default unset: /metrics is open, like /healthz.
     */
    metricsTokenEnv: envName.optional(),
  })
  .refine((w) => !w.hsts || w.secureCookies, {
    message: 'hsts is for a dashboard served over HTTPS, where cookies must be Secure too: set secureCookies: true',
    path: ['hsts'],
  });

const webDefaults = { secureCookies: false, hsts: false, trustProxy: false as const };

/** Transcripts, hand-offs and takeovers of customer chats. */
export const conversationSettingsSchema = z.strictObject({
  /** Transcript messages older than this many days are purged. Default 180. */
  retentionDays: z.number().int().min(1).max(10 * 365).default(180),
  /** A hand-off nobody took is announced to the engineers again after this many minutes. Default 15. */
  handoffReannounceMinutes: z.number().int().min(1).max(24 * 60).default(15),
  /** A taken chat with no activity from whoever took it goes back to the bot after this many minutes. Default 120. */
  takeoverIdleMinutes: z.number().int().min(5).max(7 * 24 * 60).default(120),
});

const conversationDefaults = { retentionDays: 180, handoffReannounceMinutes: 15, takeoverIdleMinutes: 120 };

export const backupSettingsSchema = z.strictObject({
  /**
   * A run's backups older than this many days are removed by a job the workers run every few
   * hours; the newest backup of the last run that changed a file and succeeded is kept,
   * whatever its age.
   */
  retentionDays: z.number().int().min(1).max(3650).default(30),
});

const backupDefaults = { retentionDays: 30 };

/** Read-only re-checks: after a fix (follow-up) and while a problem is away (watch). */
export const checkSettingsSchema = z.strictObject({
  /** Minutes after a successful apply at which the symptom is read again. Default 10. */
  followUpMinutes: z.number().min(0.01).max(24 * 60).default(10),
  /** Minutes between the checks of a watch. Default 5. */
  watchEveryMinutes: z.number().min(0.01).max(24 * 60).default(5),
  /** How long a watch lasts from its first check, in hours. Default 3. */
  watchHours: z.number().min(0.01).max(7 * 24).default(3),
});

const checkDefaults = { followUpMinutes: 10, watchEveryMinutes: 5, watchHours: 3 };

export const settingsSchema = z
  .strictObject({
    /** Proposals not approved within this many minutes expire. */
    proposalTtlMinutes: z.number().int().min(1).max(7 * 24 * 60).default(30),
    /** WhatsApp group JID where engineers talk to the assistant, if any. */
    engineersGroup: z.string().regex(/@g\.us$/, 'must be a group JID ending in @g.us').optional(),
    workerConcurrency: z.number().int().min(1).max(256).default(10),
    /**
     * A change an engineer rejected, or that was reverted because it caused trouble, is not
     * proposed again on that server for this many hours (unless an engineer asks for it).
     */
    memoryHoldHours: z.number().min(0).max(30 * 24).default(24),
    /** The dashboard behind TLS; see webSettingsSchema. */
    web: webSettingsSchema.default(webDefaults),
    /** Transcripts, hand-offs and takeovers; see conversationSettingsSchema. */
    conversations: conversationSettingsSchema.default(conversationDefaults),
    /** Backups of files the runs changed, on the servers. */
    backups: backupSettingsSchema.default(backupDefaults),
    /** Follow-ups after a fix and watches of an intermittent problem; see checkSettingsSchema. */
    checks: checkSettingsSchema.default(checkDefaults),
    /** The time zone times in chats are read in ("check at 21:00"), IANA. Default UTC. */
    timezone: z.string().refine(validZone, 'must be an IANA time zone such as Asia/Dhaka or UTC').default('UTC'),
  })
  .default({ proposalTtlMinutes: 30, workerConcurrency: 10, memoryHoldHours: 24, web: webDefaults, conversations: conversationDefaults, backups: backupDefaults, checks: checkDefaults, timezone: 'UTC' });

/** What an outgoing webhook can be sent. */
export const webhookEvents = ['handoff', 'proposal', 'decision', 'run_end'] as const;
export type WebhookEventType = (typeof webhookEvents)[number];

/**
 * A URL that receives a signed JSON POST when something happens (see README, webhooks). The
 * shared secret never sits in the config: it is read from an environment variable or a file
 * when a delivery is signed, and never logged.
 */
export const webhookSchema = z
  .strictObject({
    url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }),
    secretEnv: envName.optional(),
    secretFile: z.string().min(1).optional(),
    /** The events this URL receives. Default: all of them. */
    events: z.array(z.enum(webhookEvents)).min(1).default([...webhookEvents]),
  })
  .refine((w) => (w.secretEnv ? 1 : 0) + (w.secretFile ? 1 : 0) === 1, {
    message: 'needs exactly one of secretEnv (an environment variable) or secretFile (a file holding the shared secret)',
    path: ['secretEnv'],
  });

export const configSchema = z
  .strictObject({
    customers: z.array(customerSchema).default([]),
    servers: z.array(serverSchema).default([]),
    engineers: z.array(engineerSchema).default([]),
    settings: settingsSchema,
    /** Outgoing webhooks; see webhookSchema. */
    webhooks: z.array(webhookSchema).default([]),
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
    // Compared in one form: "+8801700000001" and "8801700000001@s.whatsapp.net" are one chat,
    // and a chat listed for a customer and an engineer would make the engineer a customer.
    const chatOwner = new Map<string, { owner: string; written: string }>();
    const claim = (chat: string, owner: string, path: (string | number)[]) => {
      const key = chatKey(chat);
      const prev = chatOwner.get(key);
      if (prev && prev.owner !== owner) {
        const same = prev.written === chat ? `chat ${chat}` : `chat ${chat} (the same chat as ${prev.written})`;
        ctx.addIssue({ code: 'custom', path, message: `${same} is already listed for ${prev.owner}: a chat belongs to one customer or one engineer; remove it from one of them` });
      }
      if (!prev) chatOwner.set(key, { owner, written: chat });
    };
    cfg.customers.forEach((c, i) => c.chats.forEach((ch, j) => claim(ch, `customer ${c.id}`, ['customers', i, 'chats', j])));
    cfg.engineers.forEach((e, i) => e.chats.forEach((ch, j) => claim(ch, `engineer ${e.id}`, ['engineers', i, 'chats', j])));
  });

export type Config = z.infer<typeof configSchema>;
export type Customer = z.infer<typeof customerSchema>;
export type ServerConfig = z.infer<typeof serverSchema>;
export type Engineer = z.infer<typeof engineerSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type WebSettings = z.infer<typeof webSettingsSchema>;
export type ConversationSettings = z.infer<typeof conversationSettingsSchema>;
export type Webhook = z.infer<typeof webhookSchema>;
export type BackupSettings = z.infer<typeof backupSettingsSchema>;
export type CheckSettings = z.infer<typeof checkSettingsSchema>;
