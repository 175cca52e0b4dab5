import { createInterface, type Interface } from 'node:readline';
import type { Channel, ChatMessage } from '../channel.js';
import { chatKey } from '../directory.js';

export interface ConsoleChannelOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** The chat the person speaks as (E.164 number), switched with `/as CHAT`. */
  readonly as: string;
  /** Called when the input ends (Ctrl-D): the program shuts down. */
  readonly onEnd?: () => void;
}

/**
 * A chat in the terminal: each line is a message from the current speaker; `/as CHAT`
 * switches speaker; what the assistant sends to the speaker prints as is, to any other
 * chat as `[to CHAT] …`. Tests drive the real program through it.
 */
export function createConsoleChannel(opts: ConsoleChannelOptions): Channel {
  let speaker = opts.as;
  let rl: Interface | null = null;
  let seq = 0;
  let stopping = false;
  const write = (text: string) => opts.output.write(text.endsWith('\n') ? text : `${text}\n`);

  return {
    name: 'console',
    async start(onMessage) {
      rl = createInterface({ input: opts.input, terminal: false });
      rl.on('line', (line) => {
        const text = line.trimEnd();
        const as = /^\/as\s+(\S+)\s*$/.exec(text);
        if (as) {
          speaker = as[1]!;
          write(`(now speaking as ${speaker})`);
          return;
        }
        if (!text.trim()) return;
        const message: ChatMessage = { chat: speaker, sender: speaker, text, at: new Date(), id: `console-${++seq}` };
        void onMessage(message);
      });
      rl.on('close', () => {
        if (!stopping) opts.onEnd?.();
      });
      write(`console chat: speaking as ${speaker} (/as CHAT to switch, Ctrl-D to quit)`);
    },
    async send(chat, text) {
      if (chatKey(chat) === chatKey(speaker)) write(text);
      else write(text.split('\n').map((l, i) => (i === 0 ? `[to ${chat}] ${l}` : `    ${l}`)).join('\n'));
    },
    async stop() {
      stopping = true;
      rl?.close();
      rl = null;
    },
  };
}
