export { ownerTyped } from './owner-typed.js';
export { capSize, MAX_MESSAGE_BYTES } from './cap-size.js';
export { identify } from './identify.js';
export { transcribe } from './transcribe.js';
export { unknownSenders, type UnknownSenderOptions } from './unknown-senders.js';
export { rateLimit, RateLimiter, type Admission, type RateLimitOptions } from './rate-limit.js';
export { mediaOnly } from './media.js';
