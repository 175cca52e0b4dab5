// The WhatsApp channel's outbound queue: it keeps the bot's number within sending limits that
// look like a person, not a bulk sender, by holding messages back instead of dropping them.

/** Outbound limits of the WhatsApp channel. Every field is optional. */
export interface SendLimits {
  /** Minimum time between the starts of two messages to one chat, in ms. @defaultValue 1000 */
  chatIntervalMs?: number;
  /**
   * Messages to one chat per rolling minute (`Infinity`: no cap). A conversation needs a few
   * messages a minute; a loop that keeps answering itself is stopped here. @defaultValue 20
   */
  perChatPerMinute?: number;
  /**
   * Messages to all chats together per rolling minute (`Infinity`: no cap). WhatsApp bans numbers
   * that send in bulk; a support bot answering people stays far below this. @defaultValue 60
   */
  totalPerMinute?: number;
}

/** Options of {@link createSendQueue}. */
export interface SendQueueOptions extends SendLimits {
  /** Clock in ms. @defaultValue `Date.now` */
  now?: () => number;
  /**
   * Called when messages are held back by a per-minute cap (not by the spacing of one chat): once
   * each time the queue starts waiting for it, with the cap that holds and how many wait.
   */
  onHeld?: (held: { cap: 'total' | 'chat'; chat: string | null; queued: number }) => void;
}

/** What was still queued when {@link SendQueue.drain} gave up, per chat. */
export interface UnsentCount {
  readonly chat: string;
  readonly count: number;
}

/** A queue of outgoing messages with per-chat order, spacing and per-minute caps. */
export interface SendQueue {
  /**
   * Runs `task` (one message to `chat`) once every earlier task of `chat` has settled and the
   * limits allow; resolves or rejects with it. Tasks of different chats go first come, first
   * served, except that a chat held back by its own limits does not hold up the others.
   * Nothing is dropped: a task waits as long as the limits say.
   */
  run<T>(chat: string, task: () => Promise<T>): Promise<T>;
  /** Messages queued and not started yet. */
  queued(): number;
  /**
   * Keeps sending (within the limits) until nothing is queued or `timeoutMs` has passed, then
   * rejects every task still queued with `reason(count of them)`, waits for the one being sent, and
   * returns what was left per chat (empty when everything went out).
   */
  drain(timeoutMs: number, reason: (count: number) => Error): Promise<UnsentCount[]>;
}

const MINUTE = 60_000;

interface Item {
  readonly seq: number;
  readonly chat: string;
  readonly task: () => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

function limit(name: string, value: number | undefined, fallback: number): number {
  const n = value ?? fallback;
  if (n !== Number.POSITIVE_INFINITY && !(Number.isInteger(n) && n >= 1)) {
    throw new RangeError(`${name} must be a positive whole number or Infinity, got ${n}`);
  }
  return n;
}

/**
 * Creates the outbound queue. One message is sent at a time (they all share one WhatsApp
 * connection); per chat in order, at least `chatIntervalMs` apart, at most `perChatPerMinute`
 * a minute; at most `totalPerMinute` a minute in all.
 *
 * ```ts
 * const q = createSendQueue({ totalPerMinute: 60 });
 * await q.run('+8801700000001', () => socket.sendMessage(jid, { text }));
 * ```
 */
export function createSendQueue(options: SendQueueOptions = {}): SendQueue {
  const chatIntervalMs = Math.max(0, options.chatIntervalMs ?? 1000);
  const perChat = limit('perChatPerMinute', options.perChatPerMinute, 20);
  const total = limit('totalPerMinute', options.totalPerMinute, 60);
  // Read the clock at call time (not a captured Date.now), so fake timers in tests apply.
  const now = options.now ?? (() => Date.now());
  const lanes = new Map<string, Item[]>();
  const chatStarts = new Map<string, number[]>();
  const totalStarts: number[] = [];
  let seq = 0;
  let active = false;
  let inFlight: Promise<void> = Promise.resolve();
  let wake: (() => void) | undefined;
  let held: string | null = null;
  const idleWaiters: (() => void)[] = [];

  function prune(t: number): void {
    while (totalStarts.length > 0 && totalStarts[0]! <= t - MINUTE) totalStarts.shift();
    for (const [chat, starts] of chatStarts) {
      const last = starts[starts.length - 1]!;
      while (starts.length > 1 && starts[0]! <= t - MINUTE) starts.shift();
      // The last start is kept for the spacing while the chat is busy or the spacing lasts.
      if (!lanes.has(chat) && last <= t - Math.max(MINUTE, chatIntervalMs)) chatStarts.delete(chat);
    }
  }

  /** How long `chat` must wait before its next message may start (≤ 0: now). */
  function chatWait(chat: string, t: number): { ms: number; capped: boolean } {
    const starts = chatStarts.get(chat);
    if (!starts || starts.length === 0) return { ms: 0, capped: false };
    const spacing = starts[starts.length - 1]! + chatIntervalMs - t;
    const recent = starts.filter((s) => s > t - MINUTE);
    const cap = recent.length >= perChat ? recent[recent.length - perChat]! + MINUTE - t : 0;
    return { ms: Math.max(spacing, cap), capped: cap > 0 && cap >= spacing };
  }

  type Choice = { item: Item } | { waitMs: number; cap: 'total' | 'chat' | null; chat: string | null };

  function choose(t: number): Choice | null {
    if (lanes.size === 0) return null;
    let best: Item | undefined;
    let soonest = { ms: Number.POSITIVE_INFINITY, capped: false, chat: '' };
    for (const [chat, items] of lanes) {
      const wait = chatWait(chat, t);
      if (wait.ms <= 0) {
        if (!best || items[0]!.seq < best.seq) best = items[0]!;
      } else if (wait.ms < soonest.ms) soonest = { ...wait, chat };
    }
    const totalWait = totalStarts.length >= total ? totalStarts[totalStarts.length - total]! + MINUTE - t : 0;
    if (best && totalWait <= 0) return { item: best };
    if (best) return { waitMs: totalWait, cap: 'total', chat: null };
    return { waitMs: soonest.ms, cap: soonest.capped ? 'chat' : null, chat: soonest.capped ? soonest.chat : null };
  }

  function pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, Math.max(1, ms));
      wake = done;
    });
  }

  function queued(): number {
    let n = 0;
    for (const items of lanes.values()) n += items.length;
    return n;
  }

  async function pump(): Promise<void> {
    for (;;) {
      const t = now();
      prune(t);
      const choice = choose(t);
      if (choice === null) {
        // Decided in the same turn as the check, so a task queued right after starts a new pump.
        active = false;
        held = null;
        for (const resolve of idleWaiters.splice(0)) resolve();
        return;
      }
      if ('waitMs' in choice) {
        const why = choice.cap ? `${choice.cap}:${choice.chat ?? ''}` : null;
        if (why !== null && why !== held && choice.cap) options.onHeld?.({ cap: choice.cap, chat: choice.chat, queued: queued() });
        held = why;
        await pause(choice.waitMs);
        continue;
      }
      held = null;
      const { item } = choice;
      const lane = lanes.get(item.chat)!;
      lane.shift();
      if (lane.length === 0) lanes.delete(item.chat);
      const started = now();
      totalStarts.push(started);
      const starts = chatStarts.get(item.chat) ?? [];
      starts.push(started);
      chatStarts.set(item.chat, starts);
      const sending = item.task().then(item.resolve, item.reject);
      inFlight = sending;
      await sending;
    }
  }

  return {
    run<T>(chat: string, task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const item: Item = { seq: seq++, chat, task, resolve: resolve as (value: unknown) => void, reject };
        const lane = lanes.get(chat);
        if (lane) lane.push(item);
        else lanes.set(chat, [item]);
        if (active) wake?.();
        else {
          active = true;
          void pump();
        }
      });
    },

    queued,

    async drain(timeoutMs, reason) {
      if (active) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => idleWaiters.push(resolve)),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
        ]);
        clearTimeout(timer);
      }
      const left: UnsentCount[] = [...lanes].map(([chat, items]) => ({ chat, count: items.length }));
      if (left.length > 0) {
        const error = reason(queued());
        for (const items of lanes.values()) for (const item of items) item.reject(error);
      }
      lanes.clear();
      wake?.();
      await inFlight;
      return left;
    },
  };
}
