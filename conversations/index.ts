// The people side of customer chats: transcripts, hand-offs to a person, takeovers, replies
// through the bot. Below the bot and the dashboard, beside runs/; imports store/ and config/ only.

// Commonly used: the service, and how its notices reach people.
export {
  Conversations,
  deliverNotices,
  MAX_ANNOUNCEMENTS,
  type ConversationsDeps,
  type RecordInput,
  type Recorded,
  type HandOffResult,
  type TakeResult,
  type ReleaseResult,
  type ReplyResult,
  type IdleEnd,
  type Send,
} from './conversations.js';
export {
  mediaKinds,
  mediaKindSchema,
  handoffMessageSchema,
  handoffFactsSchema,
  handoffPartsSchema,
  typedHandoff,
  holderOf,
  MAX_TRANSCRIPT_CHARS,
  type MediaKind,
  type Author,
  type Actor,
  type Audience,
  type Notice,
  type Holder,
  type HandoffMessage,
  type TypedHandoff,
} from './model.js';

// The engineers' words (`take`, `release`, `reply`) and their help lines.
export { parseConversationCommand, type ConversationCommand } from './commands.js';
export { CONVERSATION_HELP, minutesText } from './notices.js';
export { readTarget, type Target } from './targets.js';
export { audienceChats, chatLabel, customerOfChat, engineerName } from './people.js';
export { transcriptText } from './text.js';
export { StoredHandoffError } from './errors.js';
