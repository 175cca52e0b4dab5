import { customerTurn, type ChatState, type TurnAction } from '../../bot/conversation.js';
import { Directory } from '../../bot/directory.js';
import { createMatcher, type Matcher } from '../../bot/matcher/index.js';
import { createQuestionMatcher, type QuestionMatcher } from '../../bot/questions/index.js';
import { configSchema, type Config, type ServerConfig } from '../../config/index.js';

/** A config with one customer (acme) owning the given servers; `tags` per server id. */
export function configWith(servers: { id: string; name?: string; tags?: string[] }[]): Config {
  return configSchema.parse({
    customers: [{ id: 'acme', name: 'ACME Telecom', chats: ['+8801700000001'] }],
    servers: servers.map((s, i) => ({
      id: s.id,
      ...(s.name ? { name: s.name } : {}),
      customer: 'acme',
      host: `203.0.113.${10 + i}`,
      username: 'root',
      privateKeyPath: '/nonexistent/key',
      hostKeySha256: `SHA256:${'A'.repeat(43)}`,
      tags: s.tags ?? [],
    })),
    engineers: [{ id: 'rahim', name: 'Rahim', chats: ['+8801900000002'], role: 'approver' }],
  });
}

/** The matchers the assistant would build for a config (built once per config: training costs ~100 ms). */
export function matchersFor(config: Config): { matcher: Matcher; questions: QuestionMatcher } {
  const servers = config.servers.map((s) => ({ id: s.id, host: s.host, ...(s.name ? { name: s.name } : {}) }));
  return { matcher: createMatcher({ servers }), questions: createQuestionMatcher({ servers }) };
}

/** One customer chat driven through the pure reducer, state kept between turns, as the assistant does. */
export class Chat {
  state: ChatState = { step: 'idle' };
  /** Every action of every turn so far. */
  readonly log: TurnAction[] = [];
  private readonly directory: Directory;
  private readonly servers: ServerConfig[];
  private clock = Date.parse('2025-03-01T10:00:00Z');

  constructor(
    readonly config: Config,
    private readonly m: { matcher: Matcher; questions: QuestionMatcher } = matchersFor(config),
  ) {
    this.directory = new Directory(config);
    this.servers = config.servers;
  }

  /** The customer writes; returns this turn's actions. */
  say(text: string): TurnAction[] {
    this.clock += 60_000;
    const question = this.m.questions.analyse(text, { followUp: this.state.step === 'offered_check' || this.state.step === 'advice' });
    const { state, actions } = customerTurn(this.state, {
      text,
      match: this.m.matcher.match(text),
      question,
      customerName: 'ACME Telecom',
      chat: '+8801700000001',
      servers: this.servers,
      pickServer: (s, a) => this.directory.pickServer(s, a),
      now: new Date(this.clock),
    });
    this.state = state;
    this.log.push(...actions);
    return actions;
  }

  /** The reply texts of this turn's actions. */
  static replies(actions: readonly TurnAction[]): string[] {
    return actions.flatMap((a) => (a.type === 'reply' ? [a.text] : []));
  }
}
