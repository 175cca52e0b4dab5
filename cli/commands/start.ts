import { dirname } from 'node:path';
import type { Channel } from '../../bot/channel.js';
import type { WhatsAppSocketFactory } from '../../bot/channels/whatsapp/index.js';
import { serveAdmin } from '../../app/admin.js';
import { loadConfig } from '../../config/load.js';
import { EXIT, UsageError, type CliContext } from '../context.js';
import { setup } from '../setup.js';
import { onShutdown } from '../shutdown.js';

export interface StartOptions {
  chat: string;
  as?: string;
  pair?: string;
  web: string;
  workers: boolean;
}

/** What tests put in place of the outside world: the connection to WhatsApp's servers. */
export interface StartSeams {
  readonly makeSocket?: WhatsAppSocketFactory;
}

function parseHostPort(v: string): { host: string; port: number } {
  const m = /^(.+):(\d{1,5})$/.exec(v);
  const port = m ? Number(m[2]) : NaN;
  if (!m || port < 0 || port > 65535) throw new UsageError(`--web wants HOST:PORT, e.g. 127.0.0.1:8080 (got "${v}")`);
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port };
}

/**
 * `vos-assist start`: channel, conversation, workers and dashboard in one process. Exits 1 with
 * the reason when the chat channel fails, at start-up (logged out, replaced, forbidden) or
 * later; everything is stopped first, in order, and the store is closed last.
 */
export async function start(ctx: CliContext, opts: StartOptions, seams: StartSeams = {}): Promise<number> {
  if (opts.chat !== 'whatsapp' && opts.chat !== 'console') throw new UsageError('--chat is whatsapp or console');
  if (opts.chat === 'console' && !opts.as) throw new UsageError('--chat console needs --as CHAT (the number you speak as, e.g. +8801700000001)');
  const web = opts.web === 'off' ? null : parseHostPort(opts.web);
  const log = (m: string) => ctx.stderr.write(`${new Date().toISOString()} ${m}\n`);

  const env = await setup(ctx);
  let admin: { close(): Promise<void> } | null = null;
  let onHangUp: (() => void) | null = null;
  const { ensureRedis } = await import('../../queue/embedded-redis.js');
  let redis: Awaited<ReturnType<typeof ensureRedis>> | null = null;
  let stopApp: (() => Promise<void>) | null = null;
  let channel: Channel | null = null;
  let lease: { close(): Promise<void> } | null = null;
  let fatal: unknown = null;
  try {
    const tokenEnv = web ? env.config.settings.web.metricsTokenEnv : undefined;
    const metricsToken = tokenEnv ? ctx.env[tokenEnv] : undefined;
    if (tokenEnv && (metricsToken ?? '').length < 16) throw new UsageError(`settings.web.metricsTokenEnv names ${tokenEnv}, which ${metricsToken ? 'is shorter than 16 characters' : 'is not set'}: export ${tokenEnv}=$(openssl rand -hex 24), the token /metrics will ask for`);
    redis = await ensureRedis({ dataDir: ctx.dataDir, env: ctx.env, log });
    let ended!: () => void;
    const inputEnded = new Promise<void>((r) => (ended = r));
    let channelClosed: Promise<unknown> = new Promise(() => {});
    if (opts.chat === 'console') {
      const { createConsoleChannel } = await import('../../bot/channels/console.js');
      channel = createConsoleChannel({ input: ctx.stdin, output: ctx.stdout, as: opts.as!, onEnd: ended });
    } else {
      // One process per WhatsApp session: a second `start` on the same Redis waits in standby.
      const { openLease } = await import('../../queue/lease.js');
      const sessionLease = await openLease(redis.url, 'whatsapp');
      lease = sessionLease;
      const { createWhatsAppChannel } = await import('../../bot/channels/whatsapp/index.js');
      const wa = createWhatsAppChannel({
        store: env.store,
        lease: sessionLease,
        log,
        qrOut: ctx.stdout,
        ...(opts.pair ? { pairNumber: opts.pair } : {}),
        ...(env.config.settings.engineersGroup ? { engineersGroup: env.config.settings.engineersGroup } : {}),
        ...(seams.makeSocket ? { makeSocket: seams.makeSocket } : {}),
      });
      channel = wa;
      channelClosed = wa.closed;
    }
    const { startApp } = await import('../../app/start.js');
    let app: Awaited<ReturnType<typeof startApp>>;
    try {
      app = await startApp(
        { config: env.config, loadConfig: () => loadConfig(ctx.configPath), env: ctx.env, configDir: dirname(ctx.configPath), store: env.store, redisUrl: redis.url, channel, openTarget: env.openTarget, log },
        { web: web && { ...web, ...(metricsToken ? { metricsToken } : {}) }, workers: opts.workers },
      );
    } catch (err) {
      // startApp stopped what it had started; the session lease, the store and Redis follow below.
      log(`cannot start: ${(err as Error).message}`);
      return EXIT.failed;
    }
    stopApp = app.stop;
    const reload = async () => {
      const r = await app.reload();
      return r.ok ? { ok: true as const, summary: r.summary } : { ok: false as const, error: r.error };
    };
    // SIGHUP and `vos-assist reload` read the config file again; the outcome is logged either way.
    onHangUp = () => void reload();
    process.on('SIGHUP', onHangUp);
    try {
      admin = await serveAdmin(ctx.dataDir, { reload }, log);
    } catch (err) {
      log(`no admin endpoint (\`vos-assist reload\` will not reach this process; SIGHUP still reloads): ${(err as Error).message}`);
    }
    log(`VOS Assist running (${opts.chat} chat, Redis ${redis.source} ${redis.url}${app.webUrl ? `, dashboard ${app.webUrl}` : ''})`);
    const reason = await Promise.race([onShutdown(), inputEnded.then(() => 'end of input'), channelClosed]);
    if (reason && typeof reason === 'object') {
      fatal = reason;
      log(`chat channel ended: ${(reason as Error).message}`);
    } else log(`stopping (${String(reason)})`);
    return fatal ? EXIT.failed : EXIT.ok;
  } finally {
    if (onHangUp) process.off('SIGHUP', onHangUp);
    await admin?.close();
    await stopApp?.().catch((e: Error) => log(`shutdown: ${e.message}`));
    if (!stopApp) await channel?.stop().catch(() => {});
    await lease?.close();
    await env.close();
    await redis?.stop();
  }
}
