// Baileys logs through a pino-shaped object; the channel has one log function.
import type { UserFacingSocketConfig } from '@whiskeysockets/baileys';
import { errorText } from './errors.js';

/**
 * A pino-shaped logger for Baileys: warnings and errors go to the channel's log function,
 * one line each; the chatty levels are dropped.
 */
export function baileysLogger(log: (message: string) => void): NonNullable<UserFacingSocketConfig['logger']> {
  const line = (level: string) => (obj: unknown, msg?: string) => {
    const text = msg ?? (typeof obj === 'string' ? obj : '');
    const fields = typeof obj === 'object' && obj !== null ? (obj as { err?: unknown; error?: unknown }) : {};
    const err = fields.err ?? fields.error;
    log(`baileys ${level}: ${text}${err ? ` (${errorText(err)})` : ''}`);
  };
  const quiet = () => undefined;
  const logger = {
    level: 'warn',
    child: () => logger,
    trace: quiet,
    debug: quiet,
    info: quiet,
    warn: line('warn'),
    error: line('error'),
  };
  return logger;
}
