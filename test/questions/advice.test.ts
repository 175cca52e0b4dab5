import { describe, expect, it } from 'vitest';
import { ASK_CPS, ASK_NAT_TLS } from '../../bot/replies.js';
import { deploymentFrom, deploymentTable, readCpsAnswer, readNatTlsAnswer, recommend, unknownDeployment, type AdviceRow } from '../../bot/questions/index.js';
import { Chat, configWith, matchersFor } from './fixtures.js';

const oneServer = configWith([{ id: 'vos-dhaka' }]);
const matchers = matchersFor(oneServer);
const rowText = (id: AdviceRow['id']) => {
  const row = deploymentTable.find((r) => r.id === id)!;
  return `For ${row.deployment}: SS_TCP_CLOSE_RESET ${row.setting}.`;
};

/** Runs a dialogue; returns every reply and checks the invariants every advice dialogue keeps. */
function dialogue(lines: readonly string[], chat = new Chat(oneServer, matchers)): { replies: string[]; chat: Chat } {
  const replies = lines.flatMap((l) => Chat.replies(chat.say(l)));
  expect(chat.log.filter((a) => a.type === 'diagnose')).toEqual([]);
  expect(replies.filter((r) => r === ASK_CPS || r === ASK_NAT_TLS).length).toBeLessThanOrEqual(2);
  return { replies, chat };
}

describe('deployment table', () => {
  it('puts TLS and NAT before any call rate, and every row is reachable', () => {
    const d = unknownDeployment();
    expect(recommend({ ...d, tls: true, cps: 5000 })?.row.id).toBe('tls');
    expect(recommend({ ...d, nat: true, cps: 5000 })?.row.id).toBe('nat_endpoints');
    expect(recommend({ ...d, natOrTls: true, cps: 500 })?.row.id).toBe('nat_or_tls');
    expect(recommend({ ...d, udpOnly: true })?.row.id).toBe('udp_only');
    expect(recommend({ ...d, cps: 1000, nat: false, tls: false })?.row.id).toBe('carrier_grade');
    expect(recommend({ ...d, cps: 999, nat: false, tls: false })?.row.id).toBe('high_cps_wholesale');
    expect(recommend({ ...d, cps: 100, nat: false, tls: false })?.row.id).toBe('high_cps_wholesale');
    expect(recommend({ ...d, cps: 99, nat: false, tls: false })?.row.id).toBe('private_lan_low_cps');
    expect(recommend(d)).toBeNull();
  });

  it('gives the reason with the customer\'s own figures', () => {
    expect(recommend({ ...unknownDeployment(), cps: 800, nat: false, tls: false })?.reason).toMatch(/At 800 CPS, FIN closes leave about 48,000 sockets in TIME_WAIT .* against 28,232 default ports/);
    expect(recommend({ ...unknownDeployment(), cpsBand: 'low' })?.reason).toMatch(/At under 100 CPS, FIN closes leave fewer than 6,000 sockets/);
    expect(recommend({ ...unknownDeployment(), cps: 800 })?.natTlsUnknown).toBe(true);
  });
});

describe('reading deployment answers', () => {
  it('reads call rates in figures and words', () => {
    expect(deploymentFrom('should I turn it on at 800 CPS?').cps).toBe(800);
    expect(deploymentFrom('we do 1.2k calls per second').cps).toBe(1200);
    expect(readCpsAnswer('about 30', unknownDeployment())?.cps).toBe(30);
    expect(readCpsAnswer('1,500', unknownDeployment())?.cps).toBe(1500);
    expect(readCpsAnswer('very low', unknownDeployment())?.cpsBand).toBe('low');
    expect(readCpsAnswer('thousands of cps, we are a carrier', unknownDeployment())?.cpsBand).toBe('carrier');
    expect(readCpsAnswer('all udp', unknownDeployment())?.udpOnly).toBe(true);
    expect(readCpsAnswer('no idea', unknownDeployment())).toEqual(unknownDeployment());
    expect(readCpsAnswer('the weather is nice', unknownDeployment())).toBeNull();
  });

  it('reads NAT/TLS answers', () => {
    const d = unknownDeployment();
    expect(readNatTlsAnswer('no', d)).toMatchObject({ nat: false, tls: false });
    expect(readNatTlsAnswer('neither', d)).toMatchObject({ nat: false, tls: false });
    expect(readNatTlsAnswer('both', d)).toMatchObject({ nat: true, tls: true });
    expect(readNatTlsAnswer('only nat', d)).toMatchObject({ nat: true, tls: false });
    expect(readNatTlsAnswer('no nat, but tls on the trunks', d)).toMatchObject({ nat: false, tls: true });
    expect(readNatTlsAnswer('yes', d)).toMatchObject({ natOrTls: true, nat: null, tls: null });
    expect(readNatTlsAnswer('not sure', d)).toMatchObject({ nat: null, tls: null, natOrTls: null });
    expect(readNatTlsAnswer('please send the invoice', d)).toBeNull();
  });
});

describe('advice dialogue', () => {
  it('TLS: answers at once, Off, with the reason', () => {
    const { replies } = dialogue(['we use sip over tls, should we enable SS_TCP_CLOSE_RESET?']);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain(rowText('tls'));
    expect(replies[0]).toMatch(/close_notify/);
  });

  it('NAT endpoints: answers at once, Off', () => {
    const { replies } = dialogue(['our phones are behind nat, should we turn on rst mode?']);
    expect(replies).toEqual([expect.stringContaining(rowText('nat_endpoints'))]);
    expect(replies[0]).toMatch(/NAT bindings/);
  });

  it('NAT or TLS (a plain yes): two questions, then Off', () => {
    const { replies } = dialogue(['should we enable SS_TCP_CLOSE_RESET?', '500', 'yes']);
    expect(replies.slice(0, 2)).toEqual([ASK_CPS, ASK_NAT_TLS]);
    expect(replies[2]).toContain(rowText('nat_or_tls'));
  });

  it('UDP only: one question, then "no effect, leave it Off"', () => {
    const { replies } = dialogue(['should we enable SS_TCP_CLOSE_RESET?', 'we only use udp']);
    expect(replies[0]).toBe(ASK_CPS);
    expect(replies[1]).toContain(rowText('udp_only'));
  });

  it('carrier-grade 1000+ CPS: asks only about NAT/TLS, then On with the kernel tuning', () => {
    const { replies } = dialogue(['would you turn on rst for a carrier with 2000 cps', 'no']);
    expect(replies[0]).toBe(ASK_NAT_TLS);
    expect(replies[1]).toContain(rowText('carrier_grade'));
    expect(replies[1]).toMatch(/about 120,000 sockets in TIME_WAIT[\s\S]*tcp_tw_reuse = 1/);
  });

  it('high-CPS wholesale: On, with the figures', () => {
    const { replies } = dialogue(['should I turn it on at 800 CPS?', 'neither']);
    expect(replies).toEqual([ASK_NAT_TLS, expect.stringContaining(rowText('high_cps_wholesale'))]);
    expect(replies[1]).toMatch(/about 48,000 sockets/);
  });

  it('private LAN, low CPS: Off', () => {
    const { replies } = dialogue(['should we enable SS_TCP_CLOSE_RESET?', 'about 30', 'no, private lan']);
    expect(replies[2]).toContain(rowText('private_lan_low_cps'));
    expect(replies[2]).toMatch(/about 1,800 sockets/);
  });

  it('covers every row of the table', () => {
    const seen = new Set<string>();
    const scripts = [
      ['we use sip over tls, should we enable SS_TCP_CLOSE_RESET?'],
      ['our phones are behind nat, should we turn on rst mode?'],
      ['should we enable SS_TCP_CLOSE_RESET?', '500', 'yes'],
      ['should we enable SS_TCP_CLOSE_RESET?', 'we only use udp'],
      ['would you turn on rst for a carrier with 2000 cps', 'no'],
      ['should I turn it on at 800 CPS?', 'neither'],
      ['should we enable SS_TCP_CLOSE_RESET?', 'about 30', 'no, private lan'],
    ];
    for (const lines of scripts) {
      const last = dialogue(lines).replies.at(-1)!;
      for (const row of deploymentTable) if (last.includes(rowText(row.id))) seen.add(row.id);
    }
    expect([...seen].sort()).toEqual(deploymentTable.map((r) => r.id).sort());
  });

  it('without a call rate: the table by rate, after at most two questions', () => {
    const { replies } = dialogue(['shud i enable the reset mode', 'no idea', 'no']);
    expect(replies[2]).toMatch(/It depends on the call rate[\s\S]*Under 100 CPS[\s\S]*Off[\s\S]*On[\s\S]*NAT[\s\S]*TLS/);
  });

  it('offers to look at the real figures, and a yes starts a read-only health check', () => {
    const { replies, chat } = dialogue(['should I turn it on at 800 CPS?', 'no']);
    expect(replies.at(-1)).toMatch(/Want me to look at the real figures on vos-dhaka/);
    expect(chat.state.step).toBe('offered_check');
    const actions = chat.say('yes please');
    expect(actions).toContainEqual(expect.objectContaining({ type: 'diagnose', purpose: 'health_check' }));
    expect(actions.some((a) => a.type === 'diagnose' && a.purpose === 'propose')).toBe(false);
  });

  it('makes no offer when the customer has no server with us', () => {
    const chat = new Chat(configWith([]));
    const replies = ['should I turn it on at 800 CPS?', 'no'].flatMap((l) => Chat.replies(chat.say(l)));
    expect(replies.at(-1)).not.toMatch(/Want me to/);
    expect(chat.state.step).toBe('idle');
  });

  it('takes NAT from our records when every server of the customer is tagged, and says so', () => {
    const tagged = configWith([{ id: 'vos-dhaka', tags: ['nat-phones'] }]);
    const { replies } = dialogue(['should I turn it on at 800 CPS?'], new Chat(tagged));
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/^Our records say vos-dhaka has phones behind NAT\.\nFor phones or trunks behind NAT: SS_TCP_CLOSE_RESET Off\./);
  });

  it('gives up the dialogue for a symptom, which goes to the playbook flow', () => {
    const chat = new Chat(oneServer, matchers);
    chat.say('should we enable SS_TCP_CLOSE_RESET?');
    const actions = chat.say('wait, right now the log says bind failed: Address already in use');
    expect(actions).toContainEqual(expect.objectContaining({ type: 'diagnose', purpose: 'propose', playbook: 'port_exhaustion' }));
  });

  it('lets a stale dialogue lapse: an answer an hour later is read afresh', () => {
    const chat = new Chat(oneServer, matchers);
    chat.say('should we enable SS_TCP_CLOSE_RESET?');
    chat.state = { ...chat.state, since: '2000-01-01T00:00:00Z' } as typeof chat.state;
    expect(Chat.replies(chat.say('500'))[0]).toMatch(/support team/);
  });
});
