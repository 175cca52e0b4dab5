// The WhatsApp channel (Baileys 7). The rest of the program sees only what is exported here.

// Commonly used
export { createWhatsAppChannel, type WhatsAppChannel, type WhatsAppChannelDeps } from './channel.js';
export { WhatsAppChannelError, type WhatsAppErrorCode } from './errors.js';
export type { HeldSessionLease, SessionLease, SessionLeaseHolder } from './lease.js';

// Addresses and the stored session
export { chatToJid, jidToPhone } from './addresses.js';
export { authStateFromStore, WHATSAPP_AUTH_NAMESPACE, type StoredAuthState } from './auth-store.js';

// Tuning, and the seam tests replace
export type { BackoffOptions } from './backoff.js';
export type { SendLimits } from './send-queue.js';
export type { WhatsAppSocket, WhatsAppSocketFactory } from './socket.js';
