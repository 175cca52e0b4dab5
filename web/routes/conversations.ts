import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod';
import { chatKey } from '../../config/chat.js';
import type { Engineer } from '../../config/schema.js';
import { customerOfChat, deliverNotices, engineerName, holderOf, type Notice, type TypedHandoff } from '../../conversations/index.js';
import { runRequestSchema } from '../../runs/model.js';
import { conversationStateSchema, type Conversation, type TranscriptMessage } from '../../store/conversation-types.js';
import { requireApprover } from '../auth.js';
import type { WebContext } from '../context.js';
import type { PageFrame } from '../views/layout.js';
import { page } from '../views/layout.js';
import { errorView } from '../views/login.js';
import { conversationHref, conversationListView, conversationView, type InlineRun, type Names } from '../views/conversations.js';
import { pageFrame, sendHtml } from './pages.js';

/** Chats per page of the list; messages per page of a transcript. */
const LIST_PAGE = 50;
const TRANSCRIPT_PAGE = 100;

/** Outcomes of the actions, as `?notice=`; fixed texts, so a crafted link cannot inject any. */
const NOTICES: Record<string, NonNullable<PageFrame['notice']>> = {
  taken: { kind: 'ok', text: 'You have this chat. The bot stays quiet here until you give it back.' },
  released: { kind: 'ok', text: 'The chat is back with the bot.' },
  sent: { kind: 'ok', text: "Sent to the customer from the bot's number." },
  held: { kind: 'warn', text: 'Another engineer has this chat (see below). Take it over if they are not answering.' },
  not_held: { kind: 'warn', text: 'The chat was with the bot already.' },
  empty: { kind: 'warn', text: 'Nothing was sent: the reply was empty.' },
  too_long: { kind: 'warn', text: 'Nothing was sent: the reply is longer than 4,000 characters. Send it in parts.' },
  send_failed: { kind: 'error', text: 'The reply could not be sent (the chat channel failed, see the log); nothing was recorded. Try again.' },
  no_channel: { kind: 'error', text: 'This process has no chat channel, so replies cannot be sent from here.' },
};

const listQuery = z.object({
  state: conversationStateSchema.optional().catch(undefined),
  // "<lastAt> <chat>" of the last row of the previous page.
  after: z
    .string()
    .max(300)
    .regex(/^\d{4}-\d\d-\d\dT[\d:.]+Z \S+$/)
    .optional()
    .catch(undefined),
});
const transcriptQuery = z.object({ before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().catch(undefined) });
const replyBody = z.object({ text: z.string().max(20_000).default('') });
const takeBody = z.object({ force: z.literal('1').optional().catch(undefined) });
const requestsSchema = runRequestSchema.array();

/**
 * The conversations pages: `GET /conversations` (chats waiting for a person first, then all by
 * their last message, with state and unread count), `GET /conversations/:chat` (the transcript
 * with the runs where the chat asked for them), and `POST …/take`, `…/release`, `…/reply` for
 * approvers (viewers read). Behind requireLogin and verifyCsrf. Replies go out through the
 * context's `send` and are recorded as the engineer's; what the team is to hear goes the same way.
 */
export function conversationRoutes(ctx: WebContext) {
  const names: Names = {
    customer: (chat) => customerOfChat(ctx.config(), chat),
    engineer: (id) => engineerName(ctx.config(), id),
  };

  async function handoffOf(c: Conversation): Promise<TypedHandoff | null> {
    return c.handoffId ? ctx.conversations.handoff(c.handoffId) : null;
  }

  /** The runs this chat asked for, where it asked, within the time the shown messages span (and any they name). */
  async function inlineRuns(chat: string, messages: readonly TranscriptMessage[], earlier: boolean, newer: boolean): Promise<InlineRun[]> {
    const from = earlier ? messages[0]?.at : undefined;
    const to = newer ? messages.at(-1)?.at : undefined;
    const listed = await ctx.store.listRuns({ chat, limit: 200, ...(from ? { from } : {}), ...(to ? { to } : {}) });
    const named = [...new Set(messages.flatMap((m) => (m.runId && !listed.some((r) => r.id === m.runId) ? [m.runId] : [])))];
    const extra = (await Promise.all(named.map((id) => ctx.store.getRun(id)))).flatMap((r) => (r ? [r] : []));
    return [...listed, ...extra].map((run) => {
      // Only where the chat asked is read here; the run's page reads the rest through its schemas.
      const requests = requestsSchema.safeParse(run.requests ?? []);
      const asked = (requests.success ? requests.data : []).find((q) => chatKey(q.chat) === chat)?.at;
      const first = messages.find((m) => m.runId === run.id)?.at;
      const at = [asked, first, run.createdAt].filter((t): t is string => !!t).sort()[0]!;
      return { run, at };
    });
  }

  /** Sends what the team or an engineer is to hear about a step taken here; failures are logged, not shown. */
  async function tell(request: FastifyRequest, notices: readonly Notice[]): Promise<void> {
    if (!ctx.send || notices.length === 0) return;
    for (const f of await deliverNotices(ctx.config(), notices, ctx.send)) request.log.warn({ chat: f.chat, err: f.error }, 'could not tell the engineers');
  }

  const back = (reply: FastifyReply, chat: string, notice: string) => reply.redirect(`${conversationHref(chat)}?notice=${notice}`, 303);
  const actor = (request: FastifyRequest) => ({ engineerId: (request.engineer as Engineer).id, via: 'web' as const });
  const chatOf = (request: FastifyRequest) => chatKey((request.params as { chat: string }).chat);
  const unknownChat = (reply: FastifyReply, chat: string) =>
    sendHtml(reply, errorView('Not found', `No customer in the config has the chat ${chat}, and nothing was recorded for it.`, '/conversations'), 404);

  return async function plugin(app: FastifyInstance): Promise<void> {
    app.get('/conversations', async (request, reply) => {
      const query = listQuery.parse(request.query ?? {});
      const space = query.after?.indexOf(' ') ?? -1;
      const after = query.after ? { lastAt: query.after.slice(0, space), chat: query.after.slice(space + 1) } : undefined;
      const [rows, waitingRows, all, waiting, taken] = await Promise.all([
        ctx.conversations.list({ limit: LIST_PAGE + 1, ...(query.state ? { state: query.state } : {}), ...(after ? { after } : {}) }),
        query.state || after ? Promise.resolve([]) : ctx.conversations.waiting(LIST_PAGE),
        ctx.conversations.count(),
        ctx.conversations.count('waiting'),
        ctx.conversations.count('taken'),
      ]);
      const shown = rows.slice(0, LIST_PAGE);
      const last = shown.at(-1);
      const params = (extra: Record<string, string>) => `?${new URLSearchParams({ ...(query.state ? { state: query.state } : {}), ...extra }).toString()}`;
      const body = conversationListView({
        rows: shown,
        waiting: waitingRows,
        counts: { all, waiting, taken },
        state: query.state ?? null,
        next: rows.length > LIST_PAGE && last ? `/conversations${params({ after: `${last.lastAt} ${last.chat}` })}` : null,
        paged: after !== undefined,
        now: ctx.now(),
        names,
      });
      return sendHtml(reply, page(await pageFrame(ctx, request, 'Conversations', 'conversations'), body));
    });

    app.get('/conversations/:chat', async (request, reply) => {
      const chat = chatOf(request);
      const { before } = transcriptQuery.parse(request.query ?? {});
      const conversation = await ctx.conversations.conversation(chat);
      const customer = customerOfChat(ctx.config(), chat);
      if (!conversation && !customer) return unknownChat(reply, chat);
      const { messages, earlier } = await ctx.conversations.transcript(chat, { limit: TRANSCRIPT_PAGE, ...(before !== undefined ? { before } : {}) });
      const [runs, handoff, f] = await Promise.all([
        inlineRuns(chat, messages, earlier, before !== undefined),
        conversation ? handoffOf(conversation) : Promise.resolve(null),
        pageFrame(ctx, request, customer?.name ?? chat, 'conversations', { notices: NOTICES }),
      ]);
      // Opening the newest messages reads them; an older page does not.
      if (before === undefined && conversation && conversation.unread > 0) await ctx.conversations.markRead(chat);
      const body = conversationView({
        chat,
        customer,
        servers: customer ? ctx.config().servers.filter((s) => s.customer === customer.id) : [],
        conversation,
        holder: holderOf(conversation),
        handoff,
        messages,
        earlierHref: earlier && messages[0] ? `${conversationHref(chat)}?before=${messages[0].id}` : null,
        newestHref: before !== undefined ? conversationHref(chat) : null,
        runs,
        engineer: f.engineer,
        csrf: f.csrf,
        canSend: ctx.send !== null,
        now: ctx.now(),
        names,
        unread: conversation?.unread ?? 0,
      });
      return sendHtml(reply, page(f, body));
    });

    await app.register(async (actions) => {
      actions.addHook('preHandler', requireApprover);

      actions.post('/conversations/:chat/take', async (request, reply) => {
        const chat = chatOf(request);
        const { force } = takeBody.parse(request.body ?? {});
        const result = await ctx.conversations.take({ target: chat, by: actor(request), force: force === '1' });
        request.log.info({ chat, ok: result.ok, engineer: actor(request).engineerId }, 'dashboard take');
        if (!result.ok) return result.reason === 'unknown_target' ? unknownChat(reply, chat) : back(reply, chat, 'held');
        await tell(request, result.notices);
        return back(reply, chat, 'taken');
      });

      actions.post('/conversations/:chat/release', async (request, reply) => {
        const chat = chatOf(request);
        const result = await ctx.conversations.release({ target: chat, by: actor(request) });
        request.log.info({ chat, ok: result.ok, engineer: actor(request).engineerId }, 'dashboard release');
        if (!result.ok) return result.reason === 'unknown_target' ? unknownChat(reply, chat) : back(reply, chat, 'not_held');
        await tell(request, result.notices);
        return back(reply, chat, 'released');
      });

      actions.post('/conversations/:chat/reply', async (request, reply) => {
        const chat = chatOf(request);
        const send = ctx.send;
        if (!send) return back(reply, chat, 'no_channel');
        const { text } = replyBody.parse(request.body ?? {});
        const result = await ctx.conversations.reply({ target: chat, by: actor(request), text }, send);
        request.log.info({ chat, ok: result.ok, reason: result.ok ? undefined : result.reason, engineer: actor(request).engineerId }, 'dashboard reply');
        await tell(request, result.notices);
        if (result.ok) return back(reply, chat, 'sent');
        if (result.reason === 'unknown_target') return unknownChat(reply, chat);
        if (result.reason === 'send_failed') request.log.warn({ chat, why: result.answer }, 'dashboard reply not sent');
        return back(reply, chat, result.reason === 'taken' ? 'held' : result.reason);
      });
    });
  };
}
