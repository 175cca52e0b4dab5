// The chat side: messages in through a middleware pipeline to the customer conversation or the
// engineer commands, run changes in from the run outbox; handlers decide effects, one
// interpreter performs them. This is its surface for the composition root; channels, the
// matcher and the question matcher are imported from their own folders.
export { Assistant, type AssistantDeps, type AssistantOptions } from './assistant.js';
export type { Channel, ChatMessage } from './channel.js';
export { Directory, chatKey, type Party } from './directory.js';
export type { BotReads, Effect, EffectOf } from './effects.js';
export { MAX_MESSAGE_BYTES } from './middleware/index.js';
