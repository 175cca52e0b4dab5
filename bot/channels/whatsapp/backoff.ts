/** Reconnect delays of the WhatsApp channel. Every field is optional. */
export interface BackoffOptions {
  /** Delay before the first retry, in ms. @defaultValue 1000 */
  initialMs?: number;
  /** Upper bound of the delay before jitter, in ms. @defaultValue 60000 */
  maxMs?: number;
  /** Growth per failed attempt. @defaultValue 2 */
  factor?: number;
  /** Fraction of the delay added or removed at random (0 … 1). @defaultValue 0.2 */
  jitter?: number;
}

/**
 * The delay before reconnect attempt `attempt` (0-based): exponential, capped at `maxMs`, then
 * spread by ±`jitter` so many bots that lost WhatsApp at the same moment do not all return at once.
 *
 * ```ts
 * backoffDelay(0, {}, () => 0.5); // 1000
 * backoffDelay(10, {}, () => 0.5); // 60000
 * ```
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}, random: () => number = Math.random): number {
  const initial = options.initialMs ?? 1000;
  const max = options.maxMs ?? 60_000;
  const factor = options.factor ?? 2;
  const jitter = Math.min(Math.max(options.jitter ?? 0.2, 0), 1);
  const base = Math.min(max, initial * factor ** Math.max(0, attempt));
  const spread = base * jitter * (random() * 2 - 1);
  return Math.max(0, Math.round(base + spread));
}
