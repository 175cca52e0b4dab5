// The bot's surface for the composition root and tests. Channels (bot/channels/*), the
// matcher and the question matcher are imported from their own folders.
export { Assistant, type AssistantDeps, type AssistantOptions } from './assistant.js';
export type { Channel, ChatMessage } from './channel.js';
export { Directory, chatKey, type Party } from './directory.js';
export type { BotReads, Effect, EffectOf } from './effects.js';
export { MAX_MESSAGE_BYTES } from './middleware/index.js';
