import type { Customer, Engineer, ServerConfig } from '../../config/schema.js';
import type { Holder, TypedHandoff } from '../../conversations/index.js';
import { minutesText } from '../../conversations/index.js';
import type { Conversation, ConversationState, TranscriptMessage } from '../../store/conversation-types.js';
import type { Run } from '../../store/types.js';
import { formatCount } from '../../playbooks/format-count.js';
import { html, type SafeHtml } from '../html.js';
import { runLink, serverLink } from './components.js';
import { playbookLabel, statusBadge, time, truncate } from './format.js';

/** Where a conversation's page is: `/conversations/%2B8801700000001`. */
export const conversationHref = (chat: string): string => `/conversations/${encodeURIComponent(chat)}`;

/** Names a page shows people by, from the config. */
export interface Names {
  /** The customer of a chat, if the config has one. */
  readonly customer: (chat: string) => Customer | null;
  /** An engineer's name; null: someone on the bot's phone. */
  readonly engineer: (id: string | null) => string;
}

/** How long ago, for people: "under a minute", "12 min", "2 h 5 min". */
const since = (iso: string, now: Date) => {
  const minutes = (now.getTime() - Date.parse(iso)) / 60_000;
  return minutes < 1 ? 'under a minute' : minutesText(minutes);
};

const HOLDER_VIA = { chat: 'in the chat', web: 'on the dashboard', phone: "on the bot's phone" } as const;

/** A chat's state as a badge: with the bot, waiting for a person (and since when), or taken by whom. */
export function stateBadge(c: Pick<Conversation, 'state' | 'takenBy' | 'takenVia' | 'handoffId'>, names: Names): SafeHtml {
  if (c.state === 'taken') return html`<span class="badge conv-taken" data-state="taken">taken by ${c.takenBy === null && c.takenVia === 'phone' ? "the bot's phone" : names.engineer(c.takenBy)}</span>`;
  if (c.state === 'waiting') return html`<span class="badge conv-waiting" data-state="waiting">waiting for a person${c.handoffId ? ` · ${c.handoffId}` : ''}</span>`;
  return html`<span class="badge conv-bot" data-state="bot">bot</span>`;
}

const chatName = (chat: string, names: Names) => {
  const customer = names.customer(chat);
  return html`<a href="${conversationHref(chat)}">${customer?.name ?? chat}</a>${customer ? html` <span class="muted mono small">${chat}</span>` : null}`;
};

const AUTHOR_WORD = { customer: 'customer', bot: 'VOS Assist', engineer: 'engineer', owner: "bot's phone" } as const;

/** What the conversations list shows. */
export interface ConversationListInput {
  readonly rows: readonly Conversation[];
  /** The hand-offs waiting for a person, the longest waiting first (shown first, on the first page). */
  readonly waiting: readonly TypedHandoff[];
  readonly counts: { readonly all: number; readonly waiting: number; readonly taken: number };
  readonly state: ConversationState | null;
  /** The link to the next (older) page, if there is one. */
  readonly next: string | null;
  /** True on a later page (a link back to the first is shown). */
  readonly paged: boolean;
  readonly now: Date;
  readonly names: Names;
}

/** The conversations list: chats waiting for a person first, then every chat by its last message. */
export function conversationListView(input: ConversationListInput): SafeHtml {
  const { counts, names, now } = input;
  const tab = (state: ConversationState | null, label: string, n: number) =>
    html`<a href="/conversations${state ? `?state=${state}` : ''}"${input.state === state ? html` aria-current="page"` : null}>${label} <span class="count${state === 'waiting' && n > 0 ? ' hot' : ''}">${formatCount(n)}</span></a>`;
  return html`<h1>Conversations</h1>
<nav class="tabs" aria-label="by state">${tab(null, 'All', counts.all)}${tab('waiting', 'Waiting for a person', counts.waiting)}${tab('taken', 'Taken', counts.taken)}${tab('bot', 'With the bot', Math.max(0, counts.all - counts.waiting - counts.taken))}</nav>
${
  input.waiting.length && !input.paged && input.state === null
    ? html`<section class="card waiting-list"><h2>Waiting for a person</h2><ul>${input.waiting.map(
        (h) =>
          html`<li data-waiting="${h.chat}"><strong class="mono">${h.id}</strong> ${chatName(h.chat, names)} <q>${truncate(h.reason, 140)}</q> <span class="muted">waiting ${since(h.createdAt, now)}${
            h.announcements > 1 ? ` · announced ${h.announcements} times` : ''
          }</span></li>`,
      )}</ul>${counts.waiting > input.waiting.length ? html`<p class="muted"><a href="/conversations?state=waiting">All ${formatCount(counts.waiting)} waiting</a></p>` : null}</section>`
    : null
}
${
  input.rows.length === 0
    ? html`<p class="card muted">No conversations${input.state ? ' in this state' : ''} yet. Every message in and out of a customer chat is kept here.</p>`
    : html`<div class="table-wrap"><table class="conversations">
<thead><tr><th>chat</th><th>state</th><th>last message</th><th>unread</th></tr></thead>
<tbody>${input.rows.map(
        (c) => html`<tr data-chat="${c.chat}"><td>${chatName(c.chat, names)}</td><td>${stateBadge(c, names)}</td><td class="last">${
          c.lastText !== null && c.lastAuthorKind !== null ? html`<span class="muted small">${AUTHOR_WORD[c.lastAuthorKind]} · ${time(c.lastAt)}</span><br>${c.lastText}` : html`<span class="muted">no messages kept</span>`
        }</td><td>${c.unread > 0 ? html`<span class="count hot" data-unread>${formatCount(c.unread)}</span>` : html`<span class="muted">0</span>`}</td></tr>`,
      )}</tbody></table></div>`
}
<nav class="pager" aria-label="pages">${input.paged ? html`<a href="/conversations${input.state ? `?state=${input.state}` : ''}">← newest</a>` : html`<span class="muted">← newest</span>`}${
    input.next ? html`<a href="${input.next}" rel="next">older →</a>` : html`<span class="muted">older →</span>`
  }</nav>`;
}

/** A run placed in a transcript where its chat asked for it. */
export interface InlineRun {
  readonly run: Run;
  readonly at: string;
}

/** What a conversation's page shows. */
export interface ConversationViewInput {
  readonly chat: string;
  readonly customer: Customer | null;
  readonly servers: readonly ServerConfig[];
  readonly conversation: Conversation | null;
  readonly holder: Holder | null;
  readonly handoff: TypedHandoff | null;
  /** Oldest first. */
  readonly messages: readonly TranscriptMessage[];
  /** Links to older messages, and back to the newest from an older page. */
  readonly earlierHref: string | null;
  readonly newestHref: string | null;
  readonly runs: readonly InlineRun[];
  readonly engineer: Engineer;
  readonly csrf: string;
  /** False when this process has no chat channel: replies cannot go out. */
  readonly canSend: boolean;
  readonly now: Date;
  readonly names: Names;
  /** Unread customer messages when the page was opened (opening it reads them). */
  readonly unread: number;
}

function messageItem(m: TranscriptMessage, input: ConversationViewInput): SafeHtml {
  const who =
    m.authorKind === 'customer'
      ? (input.customer?.name ?? 'customer')
      : m.authorKind === 'engineer'
        ? `${input.names.engineer(m.author)} (through the bot)`
        : m.authorKind === 'owner'
          ? "on the bot's phone"
          : 'VOS Assist';
  return html`<li class="msg ${m.direction} by-${m.authorKind}" data-message="${m.id}" data-author="${m.authorKind}"><div class="bubble"><div class="meta"><strong>${who}</strong> · ${time(m.at)}${
    m.runId ? html` · ${runLink(m.runId)}` : null
  }</div><div class="text">${m.text}</div></div></li>`;
}

function runItem({ run, at }: InlineRun): SafeHtml {
  return html`<li class="run-inline" data-run="${run.id}"><div class="card">${runLink(run.id)} <strong>${run.playbook ? playbookLabel(run.playbook) : run.kind === 'diagnose' ? 'health check' : run.kind}</strong> on ${serverLink(run.serverId)} ${statusBadge(run.status)} <span class="when">${time(at)}</span>${
    run.outcome ? html`<div class="muted small">${truncate(run.outcome, 200)}</div>` : null
  }</div></li>`;
}

/** Take (or take over) and give back, for approvers; a note for viewers. */
function actions(input: ConversationViewInput): SafeHtml {
  const { engineer, csrf, holder, conversation } = input;
  if (engineer.role !== 'approver') return html`<p class="muted" data-viewer-note>Viewers read conversations; taking a chat and replying are for approvers.</p>`;
  const mine = holder?.engineerId === engineer.id;
  const other = holder !== null && holder.engineerId !== null && !mine;
  const take = mine
    ? null
    : html`<form method="post" action="${conversationHref(input.chat)}/take"><input type="hidden" name="_csrf" value="${csrf}">${other ? html`<input type="hidden" name="force" value="1">` : null}<button class="primary" type="submit" data-action="take">${
        other ? `Take over from ${input.names.engineer(holder.engineerId)}` : 'Take this chat'
      }</button></form>`;
  const release =
    conversation && conversation.state !== 'bot'
      ? html`<form method="post" action="${conversationHref(input.chat)}/release"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit" data-action="release">Give back to the bot</button></form>`
      : null;
  return html`<div class="decide conversation-actions">${take}${release}</div>`;
}

/** The reply box, for approvers: what they write goes to the customer from the bot's number. */
function replyForm(input: ConversationViewInput): SafeHtml | null {
  const { engineer, holder } = input;
  if (engineer.role !== 'approver') return null;
  if (!input.canSend) return html`<p class="muted" data-no-channel>This process has no chat channel, so replies cannot be sent from here.</p>`;
  const mine = holder?.engineerId === engineer.id;
  const other = holder !== null && holder.engineerId !== null && !mine;
  return html`<form method="post" action="${conversationHref(input.chat)}/reply" class="card reply"><input type="hidden" name="_csrf" value="${input.csrf}"><label for="reply-text">Reply to ${
    input.customer?.name ?? input.chat
  }, from the bot's number${mine ? '' : other ? ` (${input.names.engineer(holder.engineerId)} has the chat: take it over first)` : ' (this takes the chat)'}</label><textarea id="reply-text" name="text" rows="3" maxlength="4000" required${
    other ? html` disabled` : null
  }></textarea><button class="primary" type="submit" data-action="reply"${other ? html` disabled` : null}>Send</button></form>`;
}

/** A conversation: who and where it stands, its hand-off, the transcript with the runs where they happened, and take / release / reply. */
export function conversationView(input: ConversationViewInput): SafeHtml {
  const { conversation: c, holder, handoff: h, names, now } = input;
  const items: { at: string; order: number; item: SafeHtml }[] = [
    ...input.messages.map((m) => ({ at: m.at, order: m.id, item: messageItem(m, input) })),
    // Runs come after the message they answer (same time), oldest first among themselves.
    ...[...input.runs].sort((a, b) => a.run.createdAt.localeCompare(b.run.createdAt)).map((r) => ({ at: r.at, order: Number.MAX_SAFE_INTEGER, item: runItem(r) })),
  ];
  items.sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order);
  return html`<h1>${input.customer?.name ?? input.chat} <span class="mono muted">${input.chat}</span> ${stateBadge(c ?? { state: 'bot', takenBy: null, takenVia: null, handoffId: null }, names)}</h1>
<div class="card"><dl class="kv">
<dt>customer</dt><dd>${input.customer ? input.customer.name : html`<span class="muted">not in the config</span>`}</dd>
<dt>servers</dt><dd>${input.servers.length ? input.servers.map((s, i) => html`${i ? ', ' : ''}${serverLink(s.id)}`) : html`<span class="muted">none</span>`}</dd>
${
  holder
    ? html`<dt>taken</dt><dd data-holder>by <strong>${names.engineer(holder.engineerId)}</strong> ${HOLDER_VIA[holder.via]}, ${since(holder.since, now)} ago; last active ${since(holder.activeAt, now)} ago</dd>`
    : null
}
<dt>unread</dt><dd>${formatCount(input.unread)}</dd>
</dl>
${actions(input)}
</div>
${
  h
    ? html`<section class="card handoff" data-handoff="${h.id}"><h2>${h.id} ${h.status === 'waiting' ? html`<span class="badge conv-waiting">waiting ${since(h.createdAt, now)}</span>` : html`<span class="badge conv-taken">${h.status}</span>`}</h2>
<blockquote class="message">${h.reason}</blockquote>
${h.facts?.length ? html`<h3>Already read</h3><ul>${h.facts.map((f) => html`<li>${f}</li>`)}</ul>` : null}
<p class="muted small">opened ${time(h.createdAt)} · announced ${h.announcements} time${h.announcements === 1 ? '' : 's'}${h.runId ? html` · about ${runLink(h.runId)}` : null}</p></section>`
    : null
}
<section class="card"><h2>Transcript</h2>
${input.earlierHref ? html`<p><a href="${input.earlierHref}" rel="prev">← earlier messages</a></p>` : null}
${items.length ? html`<ol class="transcript">${items.map((i) => i.item)}</ol>` : html`<p class="muted">No messages kept for this chat.</p>`}
${input.newestHref ? html`<p><a href="${input.newestHref}">newest messages →</a></p>` : null}
</section>
${replyForm(input)}`;
}
