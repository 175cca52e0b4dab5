import type { Insertable, Selectable } from 'kysely';
import type { AuthorKind, Conversation, ConversationState, Handoff, HandoffStatus, MessageDirection, NewHandoff, NewTranscriptMessage, TakeoverVia, TranscriptMessage } from './conversation-types.js';
import { decodeJson, encodeJson, parseSeqId } from './mapper.js';
import type { ChatMessagesTable, ConversationsTable, HandoffsTable } from './schema.js';

// As for runs: rows are written only by this store, so text columns are cast back to their unions.

/** The public id of the hand-off with this seq: `H-7`. */
export function formatHandoffId(seq: number): string {
  return `H-${seq}`;
}

/** The seq behind a public hand-off id, or null if `id` cannot name one. */
export const parseHandoffId = (id: string): number | null => parseSeqId('H', id);

/** How much of the last message a conversation keeps for lists. */
export const PREVIEW_CHARS = 160;

/** The start of a message for lists: one line, at most PREVIEW_CHARS characters. */
export function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS - 1)}…` : line;
}

export function newMessageToRow(m: NewTranscriptMessage): Insertable<ChatMessagesTable> {
  return {
    chat: m.chat,
    customer_id: m.customerId,
    direction: m.direction,
    author_kind: m.authorKind,
    author: m.author,
    text: m.text,
    media: m.media,
    at: m.at,
    run_id: m.runId,
  };
}

export function rowToMessage(row: Selectable<ChatMessagesTable>): TranscriptMessage {
  return {
    id: row.seq,
    chat: row.chat,
    customerId: row.customer_id,
    direction: row.direction as MessageDirection,
    authorKind: row.author_kind as AuthorKind,
    author: row.author,
    text: row.text,
    media: row.media,
    at: row.at,
    runId: row.run_id,
  };
}

export function rowToConversation(row: Selectable<ConversationsTable>): Conversation {
  return {
    chat: row.chat,
    customerId: row.customer_id,
    state: row.state as ConversationState,
    takenBy: row.taken_by,
    takenVia: row.taken_via as TakeoverVia | null,
    takenAt: row.taken_at,
    activeAt: row.active_at,
    handoffId: row.handoff_seq === null ? null : formatHandoffId(row.handoff_seq),
    lastMessageId: row.last_seq,
    lastAt: row.last_at,
    lastText: row.last_text,
    lastAuthorKind: row.last_author_kind as AuthorKind | null,
    unread: Number(row.unread),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function newHandoffToRow(input: NewHandoff, at: string): Insertable<HandoffsTable> {
  return {
    chat: input.chat,
    customer_id: input.customerId,
    reason: input.reason,
    last_messages: encodeJson(input.lastMessages) ?? '[]',
    facts: encodeJson(input.facts),
    run_id: input.runId ?? null,
    status: 'waiting',
    created_at: at,
    announced_at: at,
    announcements: 1,
  };
}

export function rowToHandoff(row: Selectable<HandoffsTable>): Handoff {
  return {
    id: formatHandoffId(row.seq),
    chat: row.chat,
    customerId: row.customer_id,
    reason: row.reason,
    lastMessages: decodeJson(row.last_messages),
    facts: decodeJson(row.facts),
    runId: row.run_id,
    status: row.status as HandoffStatus,
    createdAt: row.created_at,
    announcedAt: row.announced_at,
    announcements: Number(row.announcements),
    takenBy: row.taken_by,
    takenVia: row.taken_via as TakeoverVia | null,
    takenAt: row.taken_at,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    closedNote: row.closed_note,
  };
}
