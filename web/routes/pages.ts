import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { chatKey } from '../../config/chat.js';
import type { Engineer } from '../../config/schema.js';
import { customerOfChat } from '../../conversations/index.js';
import type { Run, RunFilter } from '../../store/types.js';
import type { WebContext } from '../context.js';
import { PAGE_SIZE, parseRunQuery, toRunFilter } from '../filters.js';
import { html, toHtmlString, type SafeHtml } from '../html.js';
import { actorName } from '../../runs/actors.js';
import { aboutServer, holdsFor, MemoryStore, StoredMemoryError } from '../../runs/memory.js';
import type { Facts } from '../../runs/model.js';
import { typedRun } from '../../runs/records.js';
import { page, type PageFrame } from '../views/layout.js';
import { conversationHref } from '../views/conversations.js';
import { errorView } from '../views/login.js';
import { pendingView } from '../views/pending.js';
import { watchesSection } from '../views/checks.js';
import { listWatches } from '../../runs/watch.js';
import { runDetailView } from '../views/run-detail.js';
import { runsView } from '../views/runs.js';
import { serversView, serverView } from '../views/servers.js';

/** Sends a rendered page; pages show live data, so nothing is cached. */
export function sendHtml(reply: FastifyReply, body: SafeHtml, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(toHtmlString(body));
}

/** Messages for `?notice=` after an action; fixed texts, so a crafted link cannot inject any. */
const NOTICES: Record<string, NonNullable<PageFrame['notice']>> = {
  approved: { kind: 'ok', text: 'Approved. The run is queued for a worker.' },
  rejected: { kind: 'ok', text: 'Rejected. Nothing will be changed on the server.' },
  rollback: { kind: 'ok', text: 'Rollback requested. This is the rollback run; it is queued for a worker.' },
  already_decided: { kind: 'warn', text: 'Someone else decided this run first (in the chat or another browser). Its current state is shown below.' },
  expired: { kind: 'warn', text: 'This proposal expired before it was approved. Nothing was changed.' },
  not_applicable: { kind: 'warn', text: 'There is nothing to roll back for this run.' },
  not_found: { kind: 'error', text: 'That run does not exist.' },
};

/**
 * What surrounds a logged-in page: the engineer, the CSRF token, the counts in the header, and
 * the notice `?notice=` names in `notices` (fixed texts, so a crafted link cannot inject any).
 */
export async function pageFrame(
  ctx: WebContext,
  request: FastifyRequest,
  title: string,
  section: PageFrame['section'],
  options: { refreshSeconds?: number; notices?: Readonly<Record<string, NonNullable<PageFrame['notice']>>> } = {},
): Promise<PageFrame> {
  const notice = (options.notices ?? NOTICES)[String((request.query as { notice?: unknown }).notice ?? '')] ?? null;
  const [pendingCount, waitingCount] = await Promise.all([ctx.store.countRuns({ status: 'awaiting_approval' }), ctx.conversations.count('waiting')]);
  return {
    title,
    section,
    engineer: request.engineer as Engineer,
    csrf: request.webSession?.csrf ?? '',
    pendingCount,
    waitingCount,
    notice,
    ...(options.refreshSeconds ? { refreshSeconds: options.refreshSeconds } : {}),
  };
}

/** The read-only pages: pending approvals, runs, run detail, servers. Behind requireLogin. */
export function pageRoutes(ctx: WebContext) {
  const frame = (request: FastifyRequest, title: string, section: PageFrame['section'], refreshSeconds?: number) => pageFrame(ctx, request, title, section, refreshSeconds ? { refreshSeconds } : {});
  const customerName = (id: string) => ctx.config().customers.find((c) => c.id === id)?.name ?? null;
  const people = (raw: string) => actorName(ctx.config(), raw);
  const reloadCommand = (serverId: string) => ctx.config().servers.find((s) => s.id === serverId)?.reloadCommand ?? null;
  const pageNumber = (p: number | undefined) => Math.max(1, p ?? 1);
  /** The customer memory of a server, and what it holds back now (read-only here); a broken document is said, not a broken page. */
  const serverMemory = async (serverId: string, customerId: string) => {
    const now = ctx.now();
    try {
      const memory = await new MemoryStore(ctx.store).read(customerId);
      const holds = holdsFor(memory, serverId, now, ctx.config().settings.memoryHoldHours * 3600_000, (raw) => people(raw).name);
      return { customerId, entries: aboutServer(memory, serverId), holds, now, error: null };
    } catch (err) {
      if (!(err instanceof StoredMemoryError)) throw err;
      return { customerId, entries: [], holds: [], now, error: err.message };
    }
  };
  // A search is a substring match that the store answers by reading every run; a page of
  // results stops early, a count never does (~300 ms at 100,000 runs). So searches page
  // with "older →" alone and show no total.
  const countUnlessSearch = (filter: RunFilter) => (filter.q ? Promise.resolve(null) : ctx.store.countRuns(filter));

  return async function plugin(app: FastifyInstance): Promise<void> {
    app.get('/', async (_request, reply) => reply.redirect('/pending', 303));

    app.get('/pending', async (request, reply) => {
      const [runs, total, watches] = await Promise.all([ctx.store.listRuns({ status: 'awaiting_approval', limit: 100 }), ctx.store.countRuns({ status: 'awaiting_approval' }), listWatches(ctx.store)]);
      const f = await frame(request, 'Pending approvals', 'pending');
      const body = pendingView({
        runs: runs.map(typedRun),
        total,
        engineer: f.engineer,
        csrf: f.csrf,
        expiresAt: (r) => ctx.actions.expiresAt(r),
        now: ctx.now(),
        people,
        customerName: (id) => customerName(id) ?? id,
        reloadCommand,
      });
      const active = watches.filter((w) => w.status === 'active');
      return sendHtml(reply, page(f, html`${body}${watchesSection(active, (id) => customerName(id) ?? id)}`));
    });

    app.get('/runs', async (request, reply) => {
      const { query, errors } = parseRunQuery(request.query);
      const filter = toRunFilter(query);
      const p = pageNumber(query.page);
      const [rows, total] = await Promise.all([ctx.store.listRuns({ ...filter, limit: PAGE_SIZE + 1, offset: (p - 1) * PAGE_SIZE }), countUnlessSearch(filter)]);
      const f = await frame(request, 'Runs', 'runs');
      return sendHtml(reply, page(f, runsView(ctx.config(), query, rows.slice(0, PAGE_SIZE), p, rows.length > PAGE_SIZE, total, errors)));
    });

    app.get('/runs/:id', async (request, reply) => {
      const { id } = request.params as { id: string };
      const run = await ctx.store.getRun(id);
      if (!run) return sendHtml(reply, errorView('Not found', `There is no run ${id}.`, '/runs'), 404);
      const steps = await ctx.store.listSteps(run.id);
      const live = run.status === 'queued' || run.status === 'running';
      const f = await frame(request, run.id, 'runs', live ? 5 : undefined);
      const body = runDetailView({
        run: typedRun(run),
        steps,
        people,
        reloadCommand: reloadCommand(run.serverId),
        engineer: f.engineer,
        csrf: f.csrf,
        customerName: customerName(run.customerId),
        expiresAt: run.status === 'awaiting_approval' ? ctx.actions.expiresAt(run) : null,
        conversationHref: run.chat && customerOfChat(ctx.config(), run.chat) ? conversationHref(chatKey(run.chat)) : null,
      });
      return sendHtml(reply, page(f, live ? html`<p class="muted">This page reloads every 5 seconds while the run is ${run.status}.</p>${body}` : body));
    });

    app.get('/servers', async (request, reply) => {
      const servers = ctx.config().servers;
      const latest = new Map<string, Run | null>();
      await Promise.all(servers.map(async (s) => latest.set(s.id, (await ctx.store.listRuns({ serverId: s.id, limit: 1 }))[0] ?? null)));
      return sendHtml(reply, page(await frame(request, 'Servers', 'servers'), serversView(ctx.config(), latest)));
    });

    app.get('/servers/:id', async (request, reply) => {
      const { id } = request.params as { id: string };
      const server = ctx.config().servers.find((s) => s.id === id) ?? null;
      const { query } = parseRunQuery(request.query);
      const { server: _ignored, ...own } = query;
      const p = pageNumber(own.page);
      const filter = { ...toRunFilter(own), serverId: id };
      const [rows, total, recent] = await Promise.all([
        ctx.store.listRuns({ ...filter, limit: PAGE_SIZE + 1, offset: (p - 1) * PAGE_SIZE }),
        countUnlessSearch(filter),
        ctx.store.listRuns({ serverId: id, limit: 30 }),
      ]);
      if (!server && recent.length === 0) return sendHtml(reply, errorView('Not found', `There is no server ${id} in the config and no runs for it.`, '/servers'), 404);
      const typed = recent.map(typedRun);
      const withFacts = typed.flatMap((r) => {
        const facts = r.factsAfter ?? r.factsAtApply ?? r.factsBefore;
        return facts ? [{ run: r, facts }] : [];
      });
      const newest = withFacts[0];
      // Every reading counts: each read of each recent run, oldest first.
      const trend = typed
        .flatMap((r) => [r.factsBefore, r.factsAtApply, r.factsAfter].filter((f): f is Facts => f?.timeWaitCount != null).map((f) => ({ at: f.collectedAt, value: f.timeWaitCount! })))
        .sort((a, b) => a.at.localeCompare(b.at));
      const memory = server ? await serverMemory(server.id, server.customer) : null;
      const body = serverView(
        ctx.config(),
        server,
        id,
        server ? customerName(server.customer) : null,
        newest ? { facts: newest.facts, runId: newest.run.id, at: newest.facts.collectedAt } : null,
        trend,
        own,
        rows.slice(0, PAGE_SIZE),
        p,
        rows.length > PAGE_SIZE,
        total,
        memory,
      );
      return sendHtml(reply, page(await frame(request, `Server ${id}`, 'servers'), body));
    });
  };
}
