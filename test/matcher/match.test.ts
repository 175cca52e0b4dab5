import { describe, expect, it } from 'vitest';
import { classLabels, createMatcher, rules, type Decision } from '../../bot/matcher/index.js';
import { playbookIds } from '../../playbooks/ids.js';

const matcher = createMatcher({ servers: [{ id: 'vos1', name: 'vos-dhaka', host: '203.0.113.10' }] });

describe('createMatcher', () => {
  it('learns the playbooks of playbooks/ids.ts, in that order, plus none', () => {
    expect(classLabels).toEqual([...playbookIds, 'none']);
  });

  it.each([
    ['adress alredy in use agian!!', 'port_exhaustion'],
    ['java.net.BindException: Address already in use', 'port_exhaustion'],
    ['ss -s\nTCP: 29877 (estab 300, closed 29500, orphaned 0, timewait 29400/0), ports 0', 'port_exhaustion'],
    ['since you changed that reset thing yesterday all extensions behind the mikrotik are offline', 'nat_unregistered'],
    ['bhai branch er sob phone unregistered hoye geche', 'nat_unregistered'],
    ['our fortigate drops the rst packets from the switch', 'firewall_rst'],
    ['tcp extensions behind the client router drop off after some idle minutes', 'nat_unregistered'],
    ['since the office firewall was replaced the tcp phones keep going offline and calls to them fail', 'nat_unregistered'],
    ['the phones behind nat on tcp lose registration when the line is idle', 'nat_unregistered'],
    ['ফোনগুলো tcp তে mikrotik এর পেছনে, রাউটার বদলানোর পর থেকে অফলাইন', 'nat_unregistered'],
    ['vos sends the reset but behind the asa nothing arrives, sessions stay open', 'firewall_rst'],
  ])('is confident about %j', (text, playbook) => {
    const r = matcher.match(text);
    expect(r.decision).toBe('confident');
    expect(r.playbook).toBe(playbook);
    expect(r.confidence).toBeGreaterThanOrEqual(0.7);
    expect(r.candidates[0]?.playbook).toBe(playbook);
  });

  it.each([
    'which port is the web portal on',
    'firewall blocks my client login on 1202',
    'how do I register a new gateway',
    'one way audio on the KSA route',
    'hi',
    'thanks!',
    'please send the invoice',
    'license expired',
    'wrong password on extension 1001',
    'g729 codec not working',
    'ipsec vpn to the branch drops every hour',
    'tls certificate expired on the sbc, phones cannot register',
    'please drop all traffic from 198.51.100.7, it is a scanner',
    'the resets reach the gateway fine, the problem is the gateway firmware',
    'not a registration thing, the extensions are online fine, only calls to one carrier fail',
    'netstat | grep TIME_WAIT | wc -l shows 64, calls fail from the carrier side',
    'bind problem nahi hai, carrier 503 de raha hai',
  ])('says none for %j', (text) => {
    const r = matcher.match(text);
    expect(r.decision).toBe('none');
    expect(r.playbook).toBeNull();
  });

  it('is ambiguous when the message only says something broke after the change, offering both candidates best first', () => {
    const r = matcher.match('calls failing since the change yesterday');
    expect(r.decision).toBe('ambiguous');
    expect(r.playbook).toBe(r.candidates[0]?.playbook);
    expect(r.candidates.map((c) => c.playbook).sort()).toEqual(['firewall_rst', 'nat_unregistered']);
    expect(r.candidates[0]!.score).toBeGreaterThanOrEqual(r.candidates[1]!.score);
  });

  it('orders candidates by score when two playbooks compete', () => {
    const r = matcher.match('phones behind nat unregistered and the firewall drops rst packets');
    expect(r.candidates.length).toBeGreaterThanOrEqual(2);
    const scores = r.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(r.candidates.map((c) => c.playbook)).toEqual(expect.arrayContaining(['nat_unregistered', 'firewall_rst']));
    expect(r.decision).not.toBe('none');
  });

  it('shows its evidence: rules, classifier scores, corrections and a reason', () => {
    const r = matcher.match('adress alredy in use on vos-dhaka, time_wait 28000 at 300 cps');
    expect(r.evidence.rules.map((h) => h.id)).toEqual(expect.arrayContaining(['pe.address-in-use', 'pe.timewait-count']));
    expect(r.evidence.classifier.knownTerms).toBeGreaterThan(0);
    const sum = Object.values(r.evidence.classifier.scores).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 6);
    expect(r.evidence.corrections).toContainEqual({ from: 'adress', to: 'address' });
    expect(r.evidence.reason).toMatch(/port_exhaustion/);
    expect(r.extracted).toEqual({ serverIds: ['vos1'], ips: [], timeWait: 28000, cps: 300 });
  });

  it('keeps every score within 0..1 and the result serialisable', () => {
    for (const t of ['rst', 'reset', 'phones', 'firewall', 'time wait', 'calls fail', 'offline']) {
      const r = matcher.match(t);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      for (const c of r.candidates) expect(c.score).toBeGreaterThanOrEqual(0);
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      if (r.decision === 'none') expect(r.playbook).toBeNull();
      else expect(r.playbook).toBe(r.candidates[0]?.playbook);
    }
  });

  it.each([
    ['our apache web server cannot bind port 80', 'port_exhaustion', 'not-pe.listening-service'],
    ['my laptop says address already in use when i start the dev server', 'port_exhaustion', 'not-pe.listening-service'],
    ['nginx: bind() to 0.0.0.0:443 failed (98: Address already in use)', 'port_exhaustion', 'not-pe.listening-address'],
    ['phone is offline because battery died', 'nat_unregistered', 'not-nat.no-power'],
    ['after the password change all extensions unregistered', 'nat_unregistered', 'not-nat.credentials'],
    ['we use udp only and since the new router the phones are unregistered', 'nat_unregistered', 'not-nat.udp-only'],
    ['rst is off and the phones behind nat still lose registration', 'nat_unregistered', 'not-nat.rst-off'],
    ['please whitelist our new ip on the firewall', 'firewall_rst', 'not-fw.ports-addresses'],
  ])('rules the playbook out when the message contradicts it: %j', (text, playbook, contradiction) => {
    const r = matcher.match(text);
    expect(r.decision).not.toBe('confident');
    expect(r.evidence.rules.find((h) => h.id === contradiction)?.weight).toBeLessThan(0);
    expect(r.evidence.rules.every((h) => h.playbook !== playbook || h.weight < 0)).toBe(true);
    expect(r.evidence.reason).toContain(`${playbook} ruled out by`);
    expect(r.evidence.reason).toContain(contradiction);
  });

  it('lists the rules a contradiction overruled, apart from those that counted', () => {
    const r = matcher.match('our apache web server cannot bind port 80');
    expect(r.evidence.overruled.map((h) => h.id)).toContain('pe.cannot-bind');
    expect(r.evidence.rules.map((h) => h.id)).not.toContain('pe.cannot-bind');
    expect(r.decision).toBe('none');
  });

  it('keeps the playbook when the contradicting words are about something else', () => {
    for (const [text, playbook] of [
      ['java.net.BindException: Address already in use: connect to 198.51.100.12:5060 at peak', 'port_exhaustion'],
      ['since the rst change the phones behind nat are unregistered, passwords are correct', 'nat_unregistered'],
      ['our firewall drops the rst packets even though our ip is whitelisted', 'firewall_rst'],
    ] as const) {
      const r = matcher.match(text);
      expect(r.decision, text).toBe('confident');
      expect(r.playbook, text).toBe(playbook);
    }
  });

  it('is never confident on a question without a fault, and says so', () => {
    for (const text of ['300 TIME_WAIT on a quiet server, normal?', 'what is time_wait exactly', 'how do i know if the firewall drops rst packets?', 'what causes address already in use errors?']) {
      const r = matcher.match(text);
      expect(r.decision, text).not.toBe('confident');
      expect(r.evidence.asks, text).toBe(true);
      expect(r.evidence.reason, text).toContain('a question, not a fault report');
    }
  });

  it('is not confident when the message says the problem is over, and overrules what it told of the problem before', () => {
    for (const text of [
      'the issue where our mikrotik phones lost registration after RST On is solved, we put it back to Off and all phones registered. no further help needed',
      'update on the cannot assign requested address ticket: after your change three peak evenings without one error, you can close the ticket',
    ]) {
      const r = matcher.match(text);
      expect(r.decision, text).toBe('none');
      expect(r.evidence.reason, text).toContain('the problem is said to be over');
      expect(r.evidence.overruled.length, text).toBeGreaterThan(0);
    }
  });

  it('still takes a new problem told after the old one was said to be over', () => {
    const r = matcher.match('no bind errors anymore, thanks. But one new thing: the extensions of our agents working from home behind their routers keep showing unregistered, all on TCP');
    expect(r.decision).toBe('confident');
    expect(r.playbook).toBe('nat_unregistered');
    expect(r.evidence.reason).not.toContain('the problem is said to be over');
    expect(r.evidence.overruled.map((h) => h.id)).toContain('guard.resolved');
  });

  it('takes what follows "but now" after a settled problem as a new problem, also as Punjabi and Hindi write it ("par hun", "lekin ab")', () => {
    const urdu = matcher.match('بھائی TIME_WAIT والا مسئلہ RST نال ٹھیک ہو گیا پر ہن NAT پچھے والے فون ہتھ نئیں آندے، ان رجسٹرڈ۔ TCP اے۔');
    expect(urdu.evidence.rules.map((h) => h.id)).toContain('guard.new-problem');
    expect(urdu.decision).toBe('confident');
    expect(urdu.playbook).toBe('nat_unregistered');
    expect(matcher.match('bhai timewait wala masla rst se theek ho gaya lekin ab nat ke peeche wale phone unregistered, tcp').evidence.rules.map((h) => h.id)).toContain('guard.new-problem');
  });

  it('takes what follows "new issue" after a settled problem as a new problem, however weakly its words read', () => {
    const told = 'the FortiGate logs show RST packets from VOS to the Mobily SBC dropped';
    const r = matcher.match(`Kernel tuning and SS_TCP_CLOSE_RESET On on Saturday. Outbound port issue solved. New issue since Sunday: calls to the Mobily interconnect fail around 12%, ${told}.`);
    expect(r.decision).toBe('confident');
    expect(r.playbook).toBe('firewall_rst');
    expect(r.evidence.rules.map((h) => h.id)).toContain('guard.new-problem');
    // Without the new problem named, the same weak words after "solved" are told of what was solved.
    const settled = matcher.match(`Kernel tuning and SS_TCP_CLOSE_RESET On on Saturday. Outbound port issue solved. Since Sunday calls to the Mobily interconnect fail around 12%, ${told}.`);
    expect(settled.decision).toBe('none');
    expect(settled.evidence.reason).toContain('the problem is said to be over');
  });

  it('settles only the problem named right before the word that says it is over', () => {
    const r = matcher.match('Overnight: RST mode On on sw08 at 00:30 as planned. From 01:00 the NATed TCP phones behind Zyxel routers are unregistered, about 150. TIME_WAIT is fixed though (30k to 900).');
    expect(r.decision).toBe('confident');
    expect(r.playbook).toBe('nat_unregistered');
    expect(r.evidence.reason).not.toContain('the problem is said to be over');
    // When the registration itself is said to be fixed, the message is settled.
    const settled = matcher.match('From 01:00 the NATed TCP phones behind Zyxel routers were unregistered, about 150. Registration is fixed now.');
    expect(settled.decision).not.toBe('confident');
  });

  it('takes a question mark after a symptom and two of its causes for a question about a fault told in full, in a pasted chat thread or in one message', () => {
    const thread = '- Adriano: liga o alerta: 60 ramais TCP atrás de NAT sem registro\n- Fabrício: foi depois do reparse com RST ligado, SS_TCP_CLOSE_RESET="On"\n- Adriano: os UDP seguem normais?\n- Fabrício: seguem, só TCP atrás de NAT';
    const r = matcher.match(thread);
    expect(r.decision).toBe('confident');
    expect(r.playbook).toBe('nat_unregistered');
    // "Was that what broke it?" after the symptom, RST switched on and the phones behind NAT asks about the fault it tells.
    const one = matcher.match('Desde q o técnico meteu SS_TCP_CLOSE_RESET="On" e fez reparse, as lojas com router (NAT) ficaram sem registo. Foi isso q partiu?');
    expect(one.decision).toBe('confident');
    expect(one.playbook).toBe('nat_unregistered');
    // The symptom alone, with a question mark, is asked about: the bot asks.
    const asked = matcher.match('60 ramais sem registro desde hoje de manhã, é normal?');
    expect(asked.decision).not.toBe('confident');
  });

  it('keeps port exhaustion told with tens of thousands in TIME_WAIT when the writer only plans to turn RST on', () => {
    const r = matcher.match('we want to turn on RST because timewait is 30000 at peak and calls are failing');
    expect(r.decision).toBe('confident');
    expect(r.playbook).toBe('port_exhaustion');
    // The plan still rules the RST playbooks out, and without such a count there is no fault told.
    expect(r.evidence.reason).toContain('nat_unregistered ruled out');
    expect(matcher.match('we want to turn on RST because timewait is about 400, is that ok?').decision).toBe('none');
  });

  it('asks, never proposes, when the writer asks whether it is port exhaustion or one process, or how many TIME_WAIT is too many', () => {
    const which = matcher.match('after the restart the portal says "Address already in use" 8080. is it port exhaustion or just one old java process still running?');
    expect(which.decision).not.toBe('confident');
    expect(which.evidence.rules.map((h) => h.id)).toContain('ask.which-one');
    // A few hundred "now … on ours at peak" is the writer's own count: a question about a healthy figure.
    expect(matcher.match('How many TIME_WAIT is too many? now 500 on ours at peak').decision).not.toBe('confident');
    expect(matcher.match('How many TIME_WAIT is too many? now 31000 on ours at peak and calls fail with cannot assign requested address').decision).toBe('confident');
  });

  it('takes "already fixed" said first as the heading of what was fixed, unless what follows names another problem or reopens', () => {
    const r = matcher.match('Already fixed: the TCP extensions behind the Draytek routers went unregistered after the RST change, every phone registered again within minutes. The customer only wants a short report.');
    expect(r.decision).not.toBe('confident');
    expect(r.evidence.reason).toContain('the problem is said to be over');
    // Another playbook's problem after it is a new one.
    const other = matcher.match('Already fixed the bind errors, thanks. The phones behind their MikroTik on TCP keep showing unregistered since RST mode was enabled.');
    expect(other.decision).toBe('confident');
    expect(other.playbook).toBe('nat_unregistered');
    // So is one opened with "new issue".
    const reopened = matcher.match('Already fixed, thanks. New issue since Sunday: the phones behind their MikroTik on TCP keep showing unregistered since RST mode was enabled.');
    expect(reopened.decision).toBe('confident');
    expect(reopened.playbook).toBe('nat_unregistered');
    // "FYI" first forwards a fault; it says nothing is over.
    const fyi = matcher.match('FYI from the customer: since RST On their Sophos firewall logs the RST packets as invalid and drops them, calls hang.');
    expect(fyi.decision).toBe('confident');
    expect(fyi.playbook).toBe('firewall_rst');
  });

  it('takes a message that closes again after telling the old problem as closed, not as a new problem', () => {
    const r = matcher.match('closing the case: calls hung because the firewall dropped RST; we added a rule allowing RST on SIP TCP, calls end normally for 4 days now. you can close the ticket');
    expect(r.decision).toBe('none');
    expect(r.evidence.reason).toContain('the problem is said to be over');
    // A new problem after "thanks" with no closing word after it is still a new problem (above).
  });

  it('is not confident on a firewall only named, however alike the words: the firewall playbook needs RST named too', () => {
    const named = matcher.match('bro mikrotik firewall filter la input chain drop rule pottuten, ippo winbox access pochu. eppadi recover pannradhu');
    expect(named.decision).not.toBe('confident');
    expect(named.evidence.reason).toContain('only what firewall_rst is about is named (fw.firewall)');
    expect(named.evidence.rules.map((h) => h.id)).not.toContain('fw.rst-named');
    expect(named.evidence.rules.map((h) => h.id)).toContain('fw.firewall');
    const withRst = matcher.match('sonicwall is killing the rst packets');
    expect(withRst.decision).toBe('confident');
    expect(withRst.playbook).toBe('firewall_rst');
  });

  it('is not confident on a symptom among words it does not read, unless the cause or what it is about is named', () => {
    // "All phones unregistered" among Serbian: the account ran out, which the matcher reads only partly.
    const unread = matcher.match('Поздрав, телефони код једног клијента су сви unregistered јер му је прошлог месеца нешто');
    expect(unread.decision).not.toBe('confident');
    expect(unread.evidence.reason).toContain('most of the message is unread and neither the cause of nat_unregistered nor what it is about is named');
    // The same symptom with RST and NAT named is the playbook, both its causes named even where the symptom is not read.
    const named = matcher.match('Përshëndetje, pasi aktivizuam RST në softswitch (SS_TCP_CLOSE_RESET=On), telefonat e klientëve që janë pas NAT-it humbin regjistrimin çdo disa minuta.');
    expect(named.decision).toBe('confident');
    expect(named.playbook).toBe('nat_unregistered');
  });

  it('is not confident on unregistered phones with a part of the message unread, unless the cause or what it is about is named', () => {
    // Read in English, ending in Esperanto: "the technician found the cable unplugged", "they forgot to pay the invoice".
    const cable = matcher.match('all phones at the branch unregistered since morning, the technician found the kabel elŝovita');
    expect(cable.decision).toBe('ambiguous');
    expect(cable.candidates[0]?.playbook).toBe('nat_unregistered');
    expect(cable.evidence.reason).toContain('unregistered phones have many causes, part of the message is unread and neither the cause of nat_unregistered nor what it is about is named');
    const invoice = matcher.match('the phones of one customer unregistered since yesterday, ili forgesis pagi la fakturon');
    expect(invoice.decision).toBe('ambiguous');
    // The same with NAT, or with the RST change, named: the playbook, whatever the unread words say.
    for (const named of ['the phones behind NAT unregistered since yesterday, ili forgesis pagi la fakturon', 'the phones unregistered since we switched RST on, ili forgesis pagi la fakturon']) {
      const r = matcher.match(named);
      expect([r.decision, r.playbook]).toEqual(['confident', 'nat_unregistered']);
    }
    // Read in full, the symptom alone is still the playbook.
    const plain = matcher.match('all the phones at our branch are unregistered since this morning');
    expect([plain.decision, plain.playbook]).toEqual(['confident', 'nat_unregistered']);
  });

  it('is not confident on unregistered phones in a message that tells more than the symptom, unless the cause or what it is about is named', () => {
    // Read in full, with more said than the symptom: the new switch or the provider's maintenance may be the cause.
    for (const told of [
      'the phones in the sales office show unregistered since this morning, the office manager says the new switch was installed yesterday evening by the building team',
      'the phones of one customer show unregistered every day between 1 and 3 at night, their provider confirmed it does maintenance on the line in that window',
    ]) {
      const r = matcher.match(told);
      expect(r.decision).toBe('ambiguous');
      expect(r.candidates[0]?.playbook).toBe('nat_unregistered');
      expect(r.evidence.reason).toContain('unregistered phones have many causes, the message tells more than the symptom and neither the cause of nat_unregistered nor what it is about is named');
    }
    // The same with the router or the RST change named: the playbook.
    for (const named of [
      'the phones in the sales office behind the mikrotik show unregistered since this morning, the office manager says the new switch was installed yesterday evening by the building team',
      'the phones of one customer show unregistered every day since we switched RST on, their provider confirmed it does maintenance on the line at night',
    ]) {
      const r = matcher.match(named);
      expect([r.decision, r.playbook]).toEqual(['confident', 'nat_unregistered']);
    }
    // The symptom told alone is still the playbook.
    const plain = matcher.match('all the phones at our branch are unregistered since this morning');
    expect([plain.decision, plain.playbook]).toEqual(['confident', 'nat_unregistered']);
  });

  it('is not confident on a symptom among words it does not read that name another cause, unless the error itself is there', () => {
    // Esperanto: the phones behind NAT unregistered since yesterday, "the office's DHCP server was switched off".
    const other = matcher.match('Ĉiuj telefonoj malantaŭ la NAT estas unregistered ekde hieraŭ matene; la DHCP-servilo de la oficejo estis malŝaltita');
    expect(other.decision).toBe('ambiguous');
    expect(other.evidence.reason).toContain('most of the message is unread and it names another cause ("dhcp")');
    // The same symptom after RST was switched on, no other cause named: the playbook.
    const rst = matcher.match('Ĉiuj telefonoj malantaŭ la NAT estas unregistered ekde hieraŭ matene post kiam ni ŝaltis RST; la oficejo atendas');
    expect([rst.decision, rst.playbook]).toEqual(['confident', 'nat_unregistered']);
    // The firewall's own log line beside the other cause's word: the playbook, whatever is unread.
    const logged = matcher.match('La telefonoj malantaŭ la NAT estas unregistered ekde RST On, kaj iptables montras RST INVALID DROP, la DHCP funkcias');
    expect([logged.decision, logged.playbook]).toEqual(['confident', 'firewall_rst']);
  });

  it('is not confident on a symptom among words it does not read beside a full disk, or beside RST and "off", which may say the setting is off', () => {
    // Esperanto: the phones behind NAT unregistered since RST went on; "the server's disk is full".
    const disk = matcher.match('Ĉiuj telefonoj malantaŭ la NAT estas unregistered ekde hieraŭ matene post kiam ni ŝaltis RST; la disk de la servilo estas plena');
    expect(disk.decision).toBe('ambiguous');
    expect(disk.evidence.reason).toContain('it names another cause ("disk")');
    // "but RST is Off with us, nobody switched it on".
    const off = matcher.match('Ĉiuj telefonoj malantaŭ la NAT estas unregistered ekde hieraŭ matene, sed RST ĉe ni estas Off, neniu ŝaltis ĝin');
    expect(off.decision).toBe('ambiguous');
    expect(off.evidence.reason).toContain('it names RST beside "off"');
    // "since we changed RST from Off to On": the change that causes it, not the setting off. Read this little, with
    // "off" in it, the framing check holds the two below back as well (test/matcher/framing.test.ts); what is under
    // test here is RST_SAID_OFF alone.
    const unframed = createMatcher({ framing: null });
    const changed = unframed.match('Ĉiuj telefonoj malantaŭ la NAT estas unregistered ekde hieraŭ matene, post kiam ni ŝanĝis RST de Off al On');
    expect([changed.decision, changed.playbook]).toEqual(['confident', 'nat_unregistered']);
    // Asking to turn RST off is asking for the fix.
    const asked = unframed.match('Ĉiuj telefonoj malantaŭ la NAT estas unregistered ekde hieraŭ matene post kiam ni ŝaltis RST; ĉu ni turn RST off');
    expect([asked.decision, asked.playbook]).toEqual(['confident', 'nat_unregistered']);
  });

  it('does not take how things were before a change, or what works normally beside the fault, for a health statement', () => {
    const r = matcher.match('Привіт, після того як ми увімкнули SS_TCP_CLOSE_RESET=On, телефони за NAT (MikroTik в офісі клієнта) постійно злітають з реєстрації. До цієї зміни все було стабільно.');
    expect(r.decision).toBe('confident');
    expect(r.evidence.rules.map((h) => h.id)).not.toContain('ask.all-fine');
    const trunks = matcher.match('since SS_TCP_CLOSE_RESET=On the phones behind NAT keep dropping their registration, the trunks on public IPs work normal');
    expect(trunks.evidence.rules.map((h) => h.id)).not.toContain('ask.question');
  });

  it('takes a bare question mark after an error and its cause as asking how to fix a fault', () => {
    const r = matcher.match('Moin Jungs, VOS bei ~180 CPS, ausgehende SIP/TCP zu den Carriern scheitern mit EADDRINUSE. Was sollen wir setzen?');
    expect(r.evidence.rules.map((h) => h.id)).toContain('ask.question-mark');
    expect(r.evidence.asks).toBe(false);
    expect(r.decision).toBe('confident');
    // Without a cause, the same question mark still holds back: one service that cannot bind its port.
    const one = matcher.match('bind: address already in use on port 9090, is another process holding it?');
    expect(one.decision).not.toBe('confident');
  });

  it('still takes a question that reports a fault for a fault', () => {
    for (const text of ['is our port range too small? address already in use every evening at peak', 'why do we get bind exceptions every night?', 'TCP: 31022 (estab 412, closed 30390, timewait 30311/0), ports 0\nis this normal?']) {
      const r = matcher.match(text);
      expect(r.decision, text).toBe('confident');
      expect(r.playbook, text).toBe('port_exhaustion');
      expect(r.evidence.asks, text).toBe(false);
    }
  });

  it('takes a fault told with a question whether to undo the change for the fault, not for the change undone', () => {
    const r = matcher.match('since we enabled SS_TCP_CLOSE_RESET the phones behind the mikrotik keep going unregistered, or should we turn rst back off?');
    expect(r.decision).toBe('confident');
    expect(r.playbook).toBe('nat_unregistered');
    // Asked in a sentence of its own after the fault: the fault.
    const asked = matcher.match('phones behind nat unregistered since rst on. should we turn rst off?');
    expect([asked.decision, asked.playbook]).toEqual(['confident', 'nat_unregistered']);
    // Told as done, the same words say the fault is over.
    expect(matcher.match('since we enabled SS_TCP_CLOSE_RESET the phones behind the mikrotik kept going unregistered, so we turned rst back off').decision).not.toBe('confident');
  });

  it('reads the TIME_WAIT count: a few hundred is no exhaustion', () => {
    const few = matcher.match('time_wait 300 on our server');
    expect(few.decision).not.toBe('confident');
    expect(few.evidence.rules.map((h) => h.id)).toContain('not-pe.few-timewait');
    expect(matcher.match('time_wait 30000 on our server').playbook).toBe('port_exhaustion');
  });

  it.each([
    ['BindException in the log again and the cdr export is empty', 'port_exhaustion', 'guard.billing'],
    ['all phones went unregistered this morning, also the license page shows a warning', 'nat_unregistered', 'guard.license'],
    ['the desk phones at the depot went unregistered, turns out somebody moved them to another vlan', 'nat_unregistered', 'guard.cause-found'],
    ['cannot assign requested address on vos1 this morning, because our intern pasted a wrong host list into the dialer', 'port_exhaustion', 'guard.cause-given'],
  ])('asks rather than proposes when another explanation stands beside only the symptom: %j', (text, playbook, guard) => {
    const r = matcher.match(text);
    expect(r.decision).toBe('ambiguous');
    expect(r.playbook).toBe(playbook);
    expect(r.evidence.rules.map((h) => h.id)).toContain(guard);
    expect(r.evidence.reason).toContain(`another explanation (${guard}) and only the symptom of ${playbook}`);
  });

  it.each([
    ['address already in use at peak every evening, and the billing shows wrong rates', 'port_exhaustion'],
    ['our fortigate drops the rst packets, and the cdrs are missing', 'firewall_rst'],
    ['turns out the fortigate in front of the switch drops every rst packet', 'firewall_rst'],
    ['since rst was switched on the phones behind our mikrotik show unregistered, and the billing page is slow too', 'nat_unregistered'],
  ])('still proposes when the message names the cause beside the other explanation: %j', (text, playbook) => {
    const r = matcher.match(text);
    expect(r.decision).toBe('confident');
    expect(r.playbook).toBe(playbook);
    expect(r.evidence.rules.some((h) => h.playbook === null && h.weight > 0)).toBe(true);
  });

  it('is not confident on the classifier alone: a rule has to point at the playbook too', () => {
    const text = 'the phones behind the office router keep losing registration since the rst change';
    const ruled = matcher.match(text);
    expect(ruled.decision).toBe('confident');
    expect(ruled.evidence.classifier.scores.nat_unregistered).toBeGreaterThanOrEqual(0.7);
    const wordsOnly = createMatcher({ rules: [] }).match(text);
    expect(wordsOnly.playbook).toBe('nat_unregistered');
    expect(wordsOnly.decision).toBe('ambiguous');
    expect(wordsOnly.evidence.reason).toContain('no rule points at nat_unregistered, only the classifier');
  });

  // Families of wording, each told in sentences of its own (none of them is in an evaluation set).
  it.each([
    // the phones named once, then "they" show offline
    ['after the new mikrotik our yealinks on tcp can not receive calls and they appear offline on vos', 'nat_unregistered'],
    ['we replaced the office router, the tcp extensions behind it cannot take calls, they all show unreachable', 'nat_unregistered'],
    // off, from or missing in the online list; deregistered
    ['gateways at the shops on tcp disappeared from the online list since yesterday rst change, incoming fails', 'nat_unregistered'],
    ['our tcp extensions are not showing in the online list after rst on', 'nat_unregistered'],
    ['tcp extensions behind nat de-registered after close reset was enabled, udp extensions stable', 'nat_unregistered'],
    // RST switched on, said in other ways; a recurring fault asked about
    ['we switched the tcp close mode to reset last night and now the natted tcp handsets keep losing registration', 'nat_unregistered'],
    ['since rst mode the tcp softphones behind home routers keep dropping out of registration, could that be the reason?', 'nat_unregistered'],
    // a change proposed ("turn rst off?") is no statement that RST is off
    ['the pfsense drops the rst since we enabled reset close, sessions stay half open. do we turn rst off?', 'firewall_rst'],
    // the reset that never arrives
    ['stateful firewall at the vendor, no rst reaches them, only retransmits, calls failing after rst on', 'firewall_rst'],
    ['the vendor never receives the rst, their checkpoint is stateful, tcp sessions hang since rst enabled', 'firewall_rst'],
    // a UDP device said to be fine beside TCP phones is the contrast, not a UDP-only setup
    ['our tcp grandstreams behind a tp-link keep dropping off the registered list, the udp phone in the reception is fine', 'nat_unregistered'],
    // Portuguese and Spanish: "no"/"na" are "in the"; peak, without, discard, hanging
    ['os ramais atrás do NAT via TCP ficam offline desde que ligaram o RST, problema no NAT?', 'nat_unregistered'],
    ['nosso servidor fica sem portas livres na hora de pico, erro cannot assign requested address', 'port_exhaustion'],
    ['desde que activamos RST el firewall descarta los paquetes RST y las conexiones quedan colgadas', 'firewall_rst'],
  ])('reads the family of %j', (text, playbook) => {
    const r = matcher.match(text);
    expect(r.decision, r.evidence.reason).toBe('confident');
    expect(r.playbook).toBe(playbook);
  });

  it.each([
    // power cuts as South Asian customers say them
    'ek hafte se light nahi hai office me, generator bhi band, isliye sab phones offline',
    'bhai current chole geche office e, ups er backup sesh, extension gula offline',
    // an address on a blacklist
    'our sbc ip landed on a spamhaus blacklist, all registers get 403 now, phones red',
    // another PBX, not our VOS3000; someone else's problem
    'question about our FreePBX, not the VOS: it says address already in use on startup',
    'a colleague runs 3CX and his firewall drops rst packets, does vos have the same? we never saw this issue ourselves',
    // the resets get through
    'our firewall does not block anything and the rst passes through fine, the calls fail on 480 from the vendor',
    // hypothetical and study questions, health checks
    'for my ccna exam: why would a stateful firewall drop rst packets?',
    'is the close reset on by default? we have no problem currently, just checking',
    'netstat shows ١٢٠ TIME_WAIT, is that ok?',
    // over, and fine
    'no problems since then, the phones behind nat have been online for a week',
    'the router was replaced but all phones are udp so registration stayed fine, only the fax is failing',
    // one service's own port
    'el servicio de grabación no arranca, el puerto 8000 está ocupado por otro proceso: address already in use',
  ])('gives no playbook with confidence for %j', (text) => {
    expect(matcher.match(text).decision).not.toBe('confident');
  });

  it.each([
    ['errno 99 on outbound tcp to the carrier every evening at peak, restart fixes it for a while', 'port_exhaustion'],
    ['the evening peak kills outbound tcp: ip_local_port_range is 32768 60999 and we hit the limit, no syn leaves', 'port_exhaustion'],
    ['RST acildiktan sonra modem arkasindaki TCP telefonlar kayitsiz, UDP olanlar sorunsuz', 'nat_unregistered'],
    ['desde que activaron el RST los telefonos atras del router por TCP se caen del registro', 'nat_unregistered'],
    ['Tangu mmeweka RST, simu zenye TCP nyuma ya router zinapotea online list', 'nat_unregistered'],
    ['the sophos does not let the rst packets through since rst mode, tcp sessions hang half open', 'firewall_rst'],
    ['semua IP phone tidak terdaftar sejak RST diaktifkan, phone di belakang router pakai TCP', 'nat_unregistered'],
    // Russian, read word by word with its endings
    ['Абоненты на TCP, которые сидят за домашними роутерами, с ночи теряют регистрацию; вчера включили RST', 'nat_unregistered'],
    ['Фаервол оператора дропает наши RST пакеты, TCP сессии висят, началось когда включили SS_TCP_CLOSE_RESET', 'firewall_rst'],
    ['Каждый вечер под нагрузкой сервер пишет cannot assign requested address, сокетов в TIME_WAIT около 35 тыс, помогает только рестарт', 'port_exhaustion'],
    // Turkish with its dotless i; a count said with "thousand" in the writer's language
    ['Dün gece RST açıldı, o zamandan beri router arkasındaki TCP dahililer kayıtsız; UDP kullananlar normal çalışıyor', 'nat_unregistered'],
    ['pico de trafico: TIME_WAIT en 31 mil y cannot assign requested address hacia el carrier', 'port_exhaustion'],
    // UDP phones said to be fine are the contrast, not a health question
    ['amader mikrotik er pichone je tcp softphone gula ache oigula unregistered rst chalu korar por, shudhu udp gula thik ache', 'nat_unregistered'],
    // Stuck in Spanish, a count after "is like" in Swahili, Vietnamese đ, Arabic with its own question mark and comma
    ['desde que pusimos el RST en on, las llamadas por el firewall quedan trabadas, el firewall descarta los paquetes rst. que hacemos?', 'firewall_rst'],
    ['kila jioni calls mpya hazipiti, TIME_WAIT ni kama 40k, ni ports?', 'port_exhaustion'],
    ['từ khi bật RST, điện thoại TCP sau NAT bị mất đăng ký', 'nat_unregistered'],
    ['بعد تفعيل RST، التلفونات ورا الراوتر بتفقد التسجيل كل دقيقة؟', 'nat_unregistered'],
    // RST off said of the time before, and the Hindi "na" that ends its clause
    ['after enabling rst the calls through our iptables box hang, the log shows INVALID drops of rst; when rst was off no issue', 'firewall_rst'],
  ])('reads the fault in the words of other languages and word orders: %j', (text, playbook) => {
    const r = matcher.match(text);
    expect(r.decision).toBe('confident');
    expect(r.playbook).toBe(playbook);
  });

  it.each([
    // another cause, said in Bahasa, Sheng, Taglish, Turkish, Spanish, Hinglish
    'semua extension di kantor cabang unregistered karena kabel internet putus tadi pagi',
    'extensions zote unregistered tangu jana, stima imekatika ofisini',
    'lahat ng phone unregistered kasi walang kuryente sa building',
    'telefonlar kayitsiz cunku elektrik kesildi, NAT degil',
    'todos los telefonos unregistered porque la cuenta esta suspendida por falta de pago',
    'bhai sab phones unregistered hain kyunki unka balance khatam ho gaya, account suspend hai',
    // a denial after the verb, or with the verb after the negation
    'no era el firewall tirando los RST, era un cable cortado',
    'firewall ne RST block nahi kiya, problem kahin aur hai',
    'bukan masalah NAT, RST mode belum pernah dinyalakan, phone offline karena listrik mati',
    // old log lines, totals read from the message, one named endpoint
    'those bindexception lines are from 2021, before we upgraded, today the switch is fine',
    'ss showed 900 sockets total at peak, so no port exhaustion there',
    'ntpd: bind to 0.0.0.0 udp:123 failed, address already in use',
    // RST said to be off, in Spanish
    'el modo RST esta apagado, los telefonos no registran por otra cosa',
    // Russian: another cause, a denial, another switch
    'Телефоны офлайн, потому что в офисе нет света с утра',
    'Баланс у реселлера закончился, поэтому абоненты не регистрируются; роутер и NAT ни при чём',
    'Вопрос не про VOS: address already in use выдаёт наш Asterisk на стенде',
    // the cause said to lie elsewhere; a few TIME_WAIT said with particles
    'hamro firewall le reset packet block gardaina, hami le capture herisakyau, problem arkai ho',
    'hindi po ports ang problema, 60 lang ang time_wait, yung fax ang may issue',
    // taken back, on another machine, the error's own words denied, the fix worked
    'the BindException was on my notebook running eclipse, nothing to do with the server',
    'update: address already in use was not the issue, the licence had expired. all good now',
    'kal ka port exhaustion fix work kiya, aaj peak pe koi call fail nahi hua, dhanyabad',
    "the calls that dropped weren't the firewall or RST, a switch port was flapping",
    'Отбой тревоги: TIME_WAIT alarm сработал на тестовой машине',
  ])('gives no playbook when the message rules it out in its own language or figures: %j', (text) => {
    expect(matcher.match(text).decision).toBe('none');
  });

  it('reads thousands as Sundanese and Acehnese say them ("27 rébu", "29 ribèe")', () => {
    expect(matcher.match('kang, unggal jam 8 peuting trunk TCP gagal, TIME_WAIT 27 rébu').extracted.timeWait).toBe(27000);
    expect(matcher.match('Bang, tiep malam trunk TCP gagal mandum, TIME_WAIT 29 ribèe').extracted.timeWait).toBe(29000);
  });

  it('reads Cantonese in Latin letters and in characters: a fault said after the change, a code denied with "m hai"', () => {
    for (const text of [
      'RST 開咗之後 NAT 後面啲 phone 成日甩 register，點算？',
      'softswitch.conf 改咗 SS_TCP_CLOSE_RESET=On, since then NAT phones unregistered, m hai 401',
    ]) {
      const r = matcher.match(text);
      expect([r.decision, r.playbook], text).toEqual(['confident', 'nat_unregistered']);
    }
  });

  it('reads Uyghur, Tatar and Bashkir, Kikuyu, Dholuo and Kamba, Balinese, Madurese, Banjar and Buginese, and Yemeni, Sudanese and Omani Arabic: denials, the change before the fault, another server', () => {
    const cases: [Decision, string | null, string][] = [
      ['none', null, 'héchkim héch nerse özgertmidi, RST ni qozghatmiduq, sysctl gha tegmiduq. lékin bügün 3 telefon unregistered. bu qandaq ish?'],
      ['confident', 'nat_unregistered', 'abıy, RST On\'dan soñ NAT\'tagı telefonnarnyñ yartısı offline, qalganı kabat-kabat register bula. SIP TCP. router\'lar ASUS, TP-Link, Keenetic'],
      ['confident', 'firewall_rst', 'Һаумыһығыҙ. RST режимын ҡабыҙғандан һуң шылтыратыуҙар үтмәй. pfSense RST пакеттарын блоклай, логта «TCP:R» блок. SIP TCP. Нимә эшләйбеҙ?'],
      ['none', null, 'ooyo, firewall mwa ok dhir RST — wasetemo gi tcpdump, RST kadho maber e pfSense. calls ma ochot ni mag carrier achiel kende, gin ema nigi chandruok.'],
      ['confident', 'port_exhaustion', 'Wakya, EADDRNOTAVAIL ĩkwĩsa kĩla ũtukũ ĩla ya peak kwĩ VOS ya Kitui. ĩla CPS yĩ nini vai ũndũ. TIME_WAIT ĩvika 30k+. ndethya ũndũ wa tw_reuse na port range.'],
      ['confident', 'nat_unregistered', 'Otieno: simu mag Kisumu ma ni e NAT ne olal registration bang\' ka wachako RST mode. wadwoke Off ne dakika 30 to gin duto oduogo. ber mondo wawe Off chuth?'],
      ['none', null, 'phone unregistered 2 menit bawang wenni nasaba maintenance terjadwal. dé\' gaga masalah, RST dé\' iubah'],
      ['confident', 'nat_unregistered', 'reseller e Jember ngoca\' pelanggan sè e bâbâ router compo\' offline kabbhi dhâri teknisi nyalaaghi RST. SIP TCP. tolong ècek mas'],
      ['confident', 'firewall_rst', 'tcpdump ri server: RST massu, tapi dé\' na lettu ri carrier, firewall ri tengnga na drop. call baru ka trunk TCP gagal purani RST On. aga ipigau?'],
      ['none', null, 'اعتذر، الـ netstat اللي أرسلته فيه 30 ألف TIME_WAIT كان من سيرفر الويب حق الموقع مش من VOS. سيرفر VOS نظيف'],
      ['confident', 'nat_unregistered', 'salam, ba3d SS_TCP_CLOSE_RESET=On el Fanvil phones wara el MikroTik NAT tafqid el registration. 3indna TCP 3ala kul el phones 3ashan el ISP yi-block el UDP'],
      ['none', null, 'salam, ma fa3alna RST wala nabghi nfa3lah, 3indna phones wara NAT kathir. bas bghait at2akkad inn el default Off fi version 2.1.8'],
    ];
    for (const [decision, playbook, text] of cases) {
      const r = matcher.match(text);
      expect([r.decision, r.playbook], text).toEqual([decision, playbook]);
    }
  });

  it('reads counts in Bangla and Arabic digits', () => {
    const r = matcher.match('নতুন সার্ভার, netstat এ ১৫০টা TIME_WAIT');
    expect(r.extracted.timeWait).toBe(150);
    expect(r.evidence.rules.map((h) => h.id)).toContain('not-pe.few-timewait');
  });

  // The same story asked as a supposition and told as a report, in the languages whose "if" sits in a word or a verb's
  // ending: the question gets no playbook to act on, the report stays confident.
  it.each([
    ['wenn wir RST einschalten, verlieren die Telefone hinter NAT die Registrierung?', 'seit wir RST eingeschaltet haben, verlieren die Telefone hinter NAT die Registrierung, was tun?'],
    ['falls wir SS_TCP_CLOSE_RESET aktivieren, fallen dann die Telefone hinter dem NAT raus?', 'seit wir RST eingeschaltet haben, verlieren die Telefone hinter NAT die Registrierung'],
    ['RST açarsak NAT arkasındaki telefonlar unregistered olur mu?', "RST'yi açtık, NAT arkasındaki telefonlar unregistered oldu"],
    ['si activamos RST, los teléfonos detrás del NAT pierden el registro?', 'activamos RST ayer y los teléfonos detrás del NAT pierden el registro, que hacemos?'],
    ['si ponemos RST en On, se desregistran los teléfonos detrás del NAT?', 'sí, activamos RST y desde entonces los teléfonos detrás del NAT se desregistran'],
    ['se ativarmos o RST, os telefones atrás do NAT perdem o registro?', 'ativamos o RST e os telefones atrás do NAT perdem o registro, o que fazer?'],
    ["si on active RST, les téléphones derrière le NAT perdent l'enregistrement ?", "depuis qu'on a activé RST, les téléphones derrière le NAT perdent l'enregistrement, pourquoi ?"],
    ['si on met le RST à On, est-ce que les téléphones derrière le NAT se désenregistrent ?', "depuis qu'on a activé RST, les téléphones derrière le NAT perdent l'enregistrement, pourquoi ?"],
    ['als we RST aanzetten, verliezen de telefoons achter NAT hun registratie?', 'sinds we RST hebben aangezet, verliezen de telefoons achter NAT hun registratie'],
    ['se attiviamo RST, i telefoni dietro NAT perdono la registrazione?', 'da quando abbiamo attivato RST, i telefoni dietro NAT perdono la registrazione, perché?'],
    ['RST On kar dein to NAT ke peeche phones unregister ho jayenge?', 'RST On kar diya to NAT ke peeche phones unregister ho gaye, kya karein?'],
    ['jeśli włączymy RST, czy telefony za NAT stracą rejestrację?', 'od kiedy włączyliśmy RST, telefony za NAT tracą rejestrację, co robić?'],
    // Told as past or as recurring, the same if-clause is a fault ("sí" written without its accent and comma, "wenn" as whenever).
    ['wenn wir RST einschalten, verlieren die Telefone hinter NAT die Registrierung?', 'wenn wir RST einschalten, fallen die Telefone hinter NAT raus, das passiert jedes Mal. Was tun?'],
    ['si activamos RST, los teléfonos detrás del NAT pierden el registro?', 'si activamos RST ayer y desde entonces los teléfonos detrás del NAT se desregistran, ¿qué hacemos?'],
    ['if we turn rst on will the phones behind the mikrotik lose registration over tcp?', 'if we enable rst the phones behind nat drop every time, what should we do?'],
    // Chinese "如果" (if); Thai, which asks without a question mark, by its "will" (จะ).
    ['如果开启RST，NAT后面的TCP话机会掉注册吗？', '如果开启RST，NAT后面的话机就会掉注册，每次都这样，怎么办？'],
    ['ถ้าเปิด RST โทรศัพท์หลัง NAT จะหลุดลงทะเบียนไหม', 'หลังจากเปิด RST โทรศัพท์หลัง NAT หลุดลงทะเบียน ทำยังไงดี'],
  ])('reads %j as a supposition, and not its report %j', (supposed, reported) => {
    const q = matcher.match(supposed);
    expect(q.decision).toBe('none');
    expect(q.evidence.reason).toContain('not-nat.rst-supposed');
    const r = matcher.match(reported);
    expect([r.decision, r.playbook]).toEqual(['confident', 'nat_unregistered']);
  });

  it('holds back a fault only supposed in an if-clause and asked about, not one told, nor a question about the fix (ask.supposed)', () => {
    const supposed = 'if traffic grows to 500 cps, will we get address already in use errors?';
    const q = matcher.match(supposed);
    expect(q.decision).toBe('ambiguous');
    expect(q.evidence.asks).toBe(true);
    expect(q.evidence.reason).toContain('ask.supposed');
    for (const text of [
      'if more customers move to tcp behind nat, will their phones drop registration?',
      "if we add 200 more TCP phones behind the customer's mikrotik, will they go unregistered?",
      'if the customer installs a fortigate in front of vos, will it drop our RST packets?',
      // The question in a particle or a future word where the normaliser reads the "if" (Indonesian "kalau", Turkish "eğer").
      'kalau traffic naik ke 500 cps, apakah akan muncul address already in use?',
      'eger trafik 500 cps olursa address already in use hatası gelir mi?',
      // Russian "будет ли …?" (will there be …?).
      'если трафик вырастет до 500 cps, будет ли address already in use?',
      // Hindi in Devanagari: "अगर" (if), and "क्या" asking.
      'अगर हम RST ऑन करें तो क्या NAT के पीछे वाले फोन अनरजिस्टर हो जाएंगे?',
    ]) {
      const r = matcher.match(text);
      expect(r.decision, text).toBe('ambiguous');
      expect(r.evidence.reason, text).toContain('ask.supposed');
    }
    // The same clause with a full stop tells what happens: Rule.question keeps the rule off it.
    const told = supposed.replace('?', '.');
    expect([matcher.match(told).decision, matcher.match(told).playbook]).toEqual(['confident', 'port_exhaustion']);
    const withoutMark = createMatcher({ rules: rules.map((rule) => (rule.id === 'ask.supposed' ? { ...rule, question: false } : rule)) });
    expect(withoutMark.match(told).evidence.reason).toContain('ask.supposed');
    // The fix in the if-clause asks about a fault that is there, and so does a fault stated after the if-clause's first words.
    for (const [text, playbook] of [
      ['if we turn rst off will the phones behind the mikrotik register again? since yesterday they all went unregistered', 'nat_unregistered'],
      ['every time cps goes above 180 we hit address already in use, if we enable tw_reuse will it stop?', 'port_exhaustion'],
      ['if traffic goes above 200 cps, calls fail with address already in use. will tw_reuse help?', 'port_exhaustion'],
    ] as const) {
      expect([matcher.match(text).decision, matcher.match(text).playbook], text).toEqual(['confident', playbook]);
    }
    // The fault the clause supposes, in its first words, stands.
    expect(matcher.match('if the firewall drops RST, what would we see in the logs?').evidence.reason).toContain('ask.supposed');
  });

  it('reads a fault asked about as possible ("can a fortigate drop …?") as no fault of the writer\'s own, but not help asked beside one', () => {
    for (const text of ['can a fortigate drop the RST packets from vos?', 'can a fortigate drop the RST packets from vos? just asking before we buy one']) {
      const q = matcher.match(text);
      expect(q.decision, text).toBe('ambiguous');
      expect(q.evidence.asks, text).toBe(true);
    }
    for (const text of ['can someone help? our fortigate drops the rst packets from vos since monday', 'can you check, the phones behind nat drop registration every hour']) {
      expect(matcher.match(text).decision, text).toBe('confident');
    }
  });

  // "Why does …?" about a playbook's story, asked only to understand or where the problem is said not to be had: held back
  // in the languages whose words for it the normaliser reads (ASKED_TO_UNDERSTAND), and "is it true that …" asks about a claim.
  it.each([
    'is it true that a fortigate drops the RST from vos3000? a friend told me',
    '¿por qué los teléfonos detrás de NAT se desregistran con RST activado? es para entender, no tenemos el problema',
    'warum verlieren Telefone hinter NAT die Registrierung, wenn RST an ist? nur zum Verständnis',
    'RST açıkken NAT arkasındaki telefonlar neden düşer? sadece merak',
    'RST on hone par NAT ke peeche phones kyun unregister hote hain? bas samajhna hai',
  ])('reads %j as a question asked to understand', (text) => {
    expect(matcher.match(text).decision).not.toBe('confident');
  });

  it.each([
    'todos los teléfonos están offline, se cortó la luz en la oficina',
    'a internet do cliente caiu, por isso os ramais estão offline',
    'Stromausfall im Büro, alle Telefone offline',
  ])('rules out NAT for phones offline with the power or the line down, in Spanish, Portuguese and German: %j', (text) => {
    const r = matcher.match(text);
    expect(r.decision).toBe('none');
    expect(r.evidence.reason).toMatch(/not-nat\.(?:no-power|network-down)/);
  });

  it('rules out NAT for phones that stopped registering after the password changed, in Arabic ("كلمة المرور")', () => {
    const r = matcher.match('بعد تغيير كلمة المرور الهواتف لا تسجل');
    expect(r.decision).toBe('none');
    expect(r.evidence.reason).toContain('not-nat.credentials');
  });

  it.each(['os ramais não registram, a licença do VOS expirou ontem', 'die Telefone registrieren sich nicht, die Lizenz ist abgelaufen'])(
    'rules out NAT for phones that do not register because the licence ran out, in Portuguese and German: %j',
    (text) => {
      const r = matcher.match(text);
      expect(r.decision).toBe('none');
      expect(r.evidence.reason).toContain('not-nat.account-expired');
    },
  );

  // Reports read in the languages and wordings the sixtieth to sixty-second rounds added.
  it.each([
    // NAT, TIME_WAIT and registering in Cyrillic; Turkish "not registering" after "but now" (a problem solved, then a new one);
    // ports running out in Russian.
    ['RST modunu actik, port sorunu gitti ama simdi NAT arkasindaki telefonlar kayit olmuyor, TCP kullaniyorlar', 'nat_unregistered'],
    ['после включения RST телефоны за натом не регаются, sip по tcp', 'nat_unregistered'],
    ['в час пик порты заканчиваются, тайм-вейтов 35 тысяч', 'port_exhaustion'],
    // The firewall playbook's symptom as customers tell it (calls that fail, or hang and cannot be hung up, where a stateful
    // firewall is in the path and RST is named); a problem over, "but this time" another; errors gone off peak, which tells
    // the load they follow; agents working from home behind their routers; registration dropped after RST (not RST dropped);
    // UDP said to have no problem, as Persian says it; Chinese "会不会" (will it), whose 不 denies nothing.
    ['after SS_TCP_CLOSE_RESET=On and reparse, the customer reports 20% of calls fail right at pickup. the customer has an ASA 5516 in front of the pbx', 'firewall_rst'],
    ['từ khi bật RST, gọi qua MikroTik của khách bị treo, ko cúp máy dc', 'firewall_rst'],
    ['at peak hours calls fail, tens of thousands of timewait to the carrier ip, log says cannot assign requested address. off peak no more errors.', 'port_exhaustion'],
    ['rst enabled, port problem gone, but this time calls connect then drop after 30 seconds. iptables -L -v INVALID DROP counter rising fast', 'firewall_rst'],
    ['بعد از اعمال SS_TCP_CLOSE_RESET=On، IP-PBXهای مشتری‌ها که پشت NAT هستن registration رو از دست میدن. اونایی که UDP هستن مشکلی ندارن', 'nat_unregistered'],
    ['since the RST setting, the zoipers of the agents working from home show registration failed, transport tcp', 'nat_unregistered'],
    ['the ip-pbx is behind the office firewall, tcp register, since we enabled rst mode it always drops registration', 'nat_unregistered'],
    ['请问开 RST 模式会不会被防火墙当成非法包？开了之后经过 MikroTik 防火墙的掉话率从 1% 涨到 15%，MikroTik 有 drop invalid 的规则', 'firewall_rst'],
    // Registration that can no longer be kept, with the fix asked after it ("… or RST Off?"); Korean "안" (not) before its
    // verb, which denies the verb and not the firewall after it; Darija "ma" after "men wakt" (since), which is no denial.
    ['we enabled RST against port exhaustion, now the phones inside NAT (SIP over TCP) can no longer keep their registration. should we go back to UDP? or RST Off?', 'nat_unregistered'],
    ['RST 켠 뒤로 FortiGate 뒤에 있는 지점 콜이 안 붙어요. 방화벽 로그에 TCP:R 차단이 보여요', 'firewall_rst'],
    ['men wakt ma fa33alna RST, les telephones wra NAT ma y9a3douch registered, TCP', 'nat_unregistered'],
    // Burmese ten thousands in Latin letters ("2 thaung 5 htaung" is 25,000).
    ['ko ko, CPS 180 mhar TCP trunk ko connect ma ya tot buu, TIME_WAIT 2 thaung 5 htaung', 'port_exhaustion'],
    // Chinese "不通" (the lines through the FortiGate do not connect) is the calls failing, not a denial of the firewall.
    ['老师，RST 开了之后经过 FortiGate 的线路全部不通，绕过防火墙就好了', 'firewall_rst'],
    // Passwords said unchanged, the French way round ("on a pas changé les mots de passe"), beside NAT phones flapping; UDP
    // phones said to be fine in Vietnamese ("van on"); UDP phones beside a carrier link on TCP, in Banglish.
    ['bjr, depuis le RST on voit dans le portail les postes NAT unregistered / registered en yoyo, tous en TCP derriere des box, on a pas change les mots de passe', 'nat_unregistered'],
    ['sau khi bat SS_TCP_CLOSE_RESET, dt sau nat mat dang ky het, dung TCP, may dung UDP van on', 'nat_unregistered'],
    ['vai 35 hajar TIME_WAIT, peak e kono notun TCP session khule na, sob call fail. amader phone sob UDP, shudhu carrier link TCP te', 'port_exhaustion'],
    // All fine at night, in Gujarati ("raat ma badhu barabar"): the contrast with the busy hours, not a health check; the busy
    // hours of Angola and Portugal ("horas de ponta"), all normal outside them; softphones that stay at "registration failed".
    ['bhai surat server ma busy hours ma outgoing SIP TCP connect par "address already in use" ave che, ane thousands TIME_WAIT. raat ma badhu barabar', 'port_exhaustion'],
    ['Em Luanda, nas horas de ponta, o VOS deixa de abrir novas ligações TCP para os operadores. netstat conta mais de 28 mil TIME_WAIT. Fora da ponta está tudo normal.', 'port_exhaustion'],
    ["since they switched the vos to close connections with rst, the agents' softphones at home stay \"registration failed\" all the time. sip tcp, plain home routers", 'nat_unregistered'],
    // Did the ports run out, asked in Somali after the fault is told ("afartan kun", forty thousand).
    ['Walaal, server-ka VOS habeen walba peak-ga waxaa yimaada EADDRINUSE marka uu u xirayo carrier-ka TCP. TIME_WAIT afartan kun. Port-yadii ma dhammaadeen?', 'port_exhaustion'],
    // Tajik and Kazakh wordings; Tamil "register aagi aagi pogudhu" (registers and drops, again and again); the phones on UDP
    // said fine in Nepali, those without NAT said working in Darija; a request to set it back to Off, in Arabic, after the fault.
    ['Салом, дар соатҳои пик зангҳо намегузаранд, дар лог: Cannot assign requested address. TIME_WAIT 31 ҳазор. Лутфан ёрдам диҳед', 'port_exhaustion'],
    ['RST режимі қосылғаннан бері үй роутерлерінің артындағы софтфондар әр 3 минут сайын тіркелуден шығып кетеді. TCP қолданамыз', 'nat_unregistered'],
    ['anna close mode maathinadhu apram NAT pinnadi irukra phones register aagi aagi pogudhu, TCP dhaan. pazhaya maari maathalama?', 'nat_unregistered'],
    ['SS_TCP_CLOSE_RESET On garya dekhi NAT ka softphone haru baarambaar unregistered, UDP ma bhako phone haru chai thik chhan', 'nat_unregistered'],
    ['les agents en télétravail sont unregistered depuis votre changement RST, derrière leurs box, SIP TCP. Les postes du bureau sans NAT khddamin', 'nat_unregistered'],
    ['نرجو إعادة SS_TCP_CLOSE_RESET إلى Off؛ فمنذ تفعيله أصبحت الهواتف خلف NAT غير مسجلة باستمرار، عبر TCP', 'nat_unregistered'],
    // No longer registered (Tagalog), with a question for what to do; phones with a public IP said fine beside those behind
    // NAT (Cebuano); calls cut ("se cortan", where "se" is no "since") and UDP phones that did not even notice (Spanish); a
    // change "to RST close" (Chinese "改成 RST 关闭", not RST turned off); calls dropped at busy hours (Chinese "忙时").
    ['Sir, pagkatapos ng pagbabago sa close mode kahapon, ang mga telepono sa likod ng NAT ay hindi na rehistrado. SIP over TCP. Ano po ang dapat gawin?', 'nat_unregistered'],
    ['human namo gi-set ang SS_TCP_CLOSE_RESET=On, ang mga phone sa likod sa NAT (TCP) mawala ang registration kada pila ka minuto. ang direkta nga public IP walay problema.', 'nat_unregistered'],
    ['Che, desde que pusimos SS_TCP_CLOSE_RESET en On el pfSense loguea bloqueos con flags R (out of state) y las llamadas se cortan. ¿Tiene que ver?', 'firewall_rst'],
    ['hicimos el cambio al modo RST anoche y hoy los teléfonos con router NAT no registran, son los que van por TCP. Los que van por UDP ni se enteraron.', 'nat_unregistered'],
    ['自从改成 RST 关闭，Linphone 用 TCP 注册，一会儿在线一会儿离线，路由器后面的都这样', 'nat_unregistered'],
    ['每天忙时掉一堆呼叫，闲时正常。TIME_WAIT 接近 2万8，是不是端口不够用了', 'port_exhaustion'],
    // The same problem back today (Levantine "رجعت نفس القصة"); softphones that drop the registration (Gulf Arabizi);
    // TIME_WAIT written out in Persian; connections that cannot open (Roman Urdu "nahi khol pata"); gateways no longer
    // registered while those with a public IP work (Romanian, where "se" is no "since").
    ['السلام عليكم، مبارح المكالمات فشلت بالذروة، والسيرفر كان فيه أكتر من 45 ألف socket بـ TIME_WAIT. اليوم رجعت نفس القصة. شو بتنصحونا؟', 'port_exhaustion'],
    ['hala, ams sawwetaw change 3al server (SS_TCP_CLOSE_RESET On) w al7een el softphones elly yishtaghloon min el bait kilhom yitee7 el registration. TCP', 'nat_unregistered'],
    ['سلام مهندس، تایم‌ویت به ۲۸ هزار رسیده و سرور نمی‌تونه کانکشن TCP جدید به کریر باز کنه', 'port_exhaustion'],
    ['bhai busy hour me server carrier ko naya TCP connection nahi khol pata, sab ports TIME_WAIT me phanse hain (29k). tcp_tw_reuse karun?', 'port_exhaustion'],
    ['de la schimbarea de aseara gateway-urile din spatele MikroTik cu NAT nu se mai inregistreaza, transport TCP. Cele cu IP public merg.', 'nat_unregistered'],
    // UDP said unaffected in Vietnamese ("UDP ko bị", "UDP ko sao", not "only UDP"); the rate now after CPS, not TIME_WAIT's
    // count; Khmer "2 mern 8 poan"; Thai "cannot" after the new connection, before the error.
    ['anh oi tu khi chuyen trunk nha mang sang TCP thi gio cao diem VOS bao loi ket noi ra, ss thay 25k timewait toi port 5060 cua ho. con UDP ko bi', 'port_exhaustion'],
    ['Anh ơi từ sáng nay (sau khi đổi SS_TCP_CLOSE_RESET từ Off sang On), toàn bộ máy TCP sau NAT mất đăng ký, máy UDP ko sao.', 'nat_unregistered'],
    ['Tóm tắt sự cố: outbound fail 60%, VOS log "cannot assign requested address", ss -s timewait 37 nghìn, CPS hiện tại 240.', 'port_exhaustion'],
    ['bong, peak hour call fail chreun nas, TIME_WAIT 2 mern 8 poan. connect tov carrier ot ban, EADDRINUSE.', 'port_exhaustion'],
    ['ครับพี่ CPS ขึ้นไป 120 แล้ว server เปิด TCP connection ใหม่ไม่ได้ ขึ้น BindException: Address already in use: connect', 'port_exhaustion'],
    // French: phones disconnected and dropping again, and a firewall whose customers without one are the contrast; the rest
    // of the time said all normal (Hinglish "baaki time").
    ['bonjour, depuis le passage en RST les postes NATés en TCP sont déconnectés toutes les 10 min, ils reviennent puis retombent. les trunks opérateurs eux ça va.', 'nat_unregistered'],
    ["re bjr, c'est bien depuis le RST : le pfSense du client log TCP:R blocked en boucle et ses appels restent accrochés. on ne voit pas ça chez les clients sans pare-feu.", 'firewall_rst'],
    ['shaam ko 350 CPS pe calls connect nahi hote, server pe TIME_WAIT 33k. baaki time sab normal', 'port_exhaustion'],
    // Korean and Japanese: RST changed, then a public address as the contrast (not an address changed); the count of
    // ESTAB, not of TIME_WAIT; re-registration failing; Japanese in Latin letters; a firewall's "out of state" with the close
    // mode changed; the security staff say the firewall drops RST. Spanish "why" asked of a fault told; the cause named before
    // "karone" (Banglish); phones with a public IP as the contrast to UDP.
    ['공유기 뒤 전화기 등록이 계속 끊겨요. RST 로 바꾼 날부터요. 공인 IP 폰은 멀쩡해요', 'nat_unregistered'],
    ['ルーター配下の電話機の登録が切れ続けます。RSTに変えた日からです。グローバルIP直結の電話機は問題ありません', 'nat_unregistered'],
    ['１時頃から家庭用ルーターのお客様のソフトフォン（TCP）が未登録。１９時にSS_TCP_CLOSE_RESET=On適用。UDPのお客様は異常なし', 'nat_unregistered'],
    ['피크 때 발신 불가. TIME_WAIT 만 계속 쌓이고 ESTAB 은 몇백. 재부팅하면 풀려요', 'port_exhaustion'],
    ['재택근무자들 softphone 계속 re-register 실패해요. TCP 이고 RST 켠 이후부터.', 'nat_unregistered'],
    ['RST mode ni shite kara NAT no ushiro no denwa ga zenbu mitouroku ni narimashita, TCP desu', 'nat_unregistered'],
    ['close 방식 바꾼 뒤로 방화벽에서 "out of state" 로 드랍되는 패킷이 많아지고 콜 실패율이 올라갔어요', 'firewall_rst'],
    ['セキュリティ機器がRSTを捨てているとのこと。SS_TCP_CLOSE_RESETを変えてから通話が切れません', 'firewall_rst'],
    ['¿Por qué se han caído las extensiones de la sucursal? Solo cambiamos SS_TCP_CLOSE_RESET a On, están detrás de NAT por TCP', 'nat_unregistered'],
    ['RST On korsi, ekhon NAT er pichoner phone gula offline hoye jay, TCP. eta ki RST er karone?', 'nat_unregistered'],
    ['phones with NAT + TCP = unregistered since RST was enabled, phones on UDP or with a public IP = fine. what now?', 'nat_unregistered'],
    // Egyptian and Maghrebi Arabic and Arabizi: registering and dropping, the RST blocked, swallowed, leaving and not
    // arriving; a partner's server showing our connections; pfSense's "TCP:R" after "blocked"; Russian and Ukrainian
    // phones that do not register or come and go, the RST left and did not arrive, thousands before TIME_WAIT, local ports
    // running out in Latin letters; a public IP said normal as the contrast (Indonesian).
    ['بعد RST = On الأجهزة اللي ورا NAT بتسجل وتفصل وتسجل تاني، نرجع الإعداد ولا فيه حل؟', 'nat_unregistered'],
    ['الفورتيغيت كيبلوكي الـ RST، tcpdump كيبين RST خارجة من السيرفر وما كتوصلش للكاريي', 'firewall_rst'],
    ['el security group bybla3 el RST w el calls el gdeda btfail', 'firewall_rst'],
    ['call gagal sejak RST on. ss di server partner nunjukin ratusan koneksi ke kita masih ESTABLISHED, diantara kita ada fortigate yg buang RST', 'firewall_rst'],
    ['yung pfSense namin puno ng blocked TCP:R galing sa softswitch IP, stuck yung sip tcp', 'firewall_rst'],
    ['после вкл рст телефоны за натом не регаца по tcp, на белых айпи норм', 'nat_unregistered'],
    ['Пишу за клієнта: їхні 20 телефонів за роутером по TCP то реєструються, то відвалюються. Збіглося з тим, що ми увімкнули RST режим', 'nat_unregistered'],
    ['после SS_TCP_CLOSE_RESET=On звонки через pfSense начали фейлиться. сниффер: RST ушёл, до АТС клиента не дошёл', 'firewall_rst'],
    ['BindException: Cannot assign requested address на пике, тысяч 25 соединений в TIME_WAIT к вендору', 'port_exhaustion'],
    ['VOS na 500 linij, v pik ne mozhet otkryt novye soedineniya k vendoru po TCP, lokalnye porty zakanchivayutsya', 'port_exhaustion'],
    ['kita aktifin RST on close, skrg gateway di toko (NAT) gk register via TCP. gateway di kantor pusat ip public normal', 'nat_unregistered'],
    // Chinese: the LAN's registrations all fell off beside public accounts said fine, the RST sent and not seen or not
    // arriving behind a security group; Bulgarian thousands and an RST that leaves and does not arrive; Pidgin "30 dubu";
    // Romanian phones that register and drop again and again.
    ['开 RST 之后内网话机注册都掉了，有公网 IP 的账户一切正常', 'nat_unregistered'],
    ['VOS 这边 tcpdump 能看到 RST 发出去了，对端抓包看不到，连接一直不释放，中间是 pfSense', 'firewall_rst'],
    ['云服务器在安全组后面，开 RST 之后 RST 发出去到不了对方，连接半开越来越多', 'firewall_rst'],
    ['след като включихме SS_TCP_CLOSE_RESET, връзките през FortiGate остават висящи в ESTABLISHED, с tcpdump виждам как RST излиза, но при тях не стига', 'firewall_rst'],
    ['вечер при пиковия трафик изходящите към carrier-ите гърмят с EADDRNOTAVAIL, TIME_WAIT 31 хиляди', 'port_exhaustion'],
    ['traffic don double, for evening outgoing TCP to carriers dey fail and ss show timewait like 30 dubu', 'port_exhaustion'],
    ['telefoanele din spatele routerului se inregistreaza si cad, iar si iar, pe TCP, de cand am pus RST pe On', 'nat_unregistered'],
    // Persian phones that cut out and come back with the password the same; Azerbaijani RST that leaves and does not arrive,
    // phones that drop, the only change; Turkish typed fast; Thai phones falling off their registration over home Wi-Fi
    // (not the Wi-Fi down).
    ['سلام، از صبح تلفن‌ها قطع و وصل میشن، رمز همونه، همه پشت NAT با TCP. دیشب RST رو روشن کردین', 'nat_unregistered'],
    ['salam, cloud security group-lu serverdə rst on etdik, sip tcp sessiyaları bağlanmır, tcpdumpda rst gedir amma vendorda gəlmir', 'firewall_rst'],
    ['hocm rst yi actik, nat arkasndaki telfonlar dusuyo srekli, tcp kullaniyolar', 'nat_unregistered'],
    ['Salam, telefonlar düşür, parol eynidir, hamısı NAT arxasında TCP ilə. Yeganə dəyişiklik: dünən RST-ni aktiv etdiniz', 'nat_unregistered'],
    ['ทุกคนที่ทำงานจากบ้านใช้ zoiper ผ่าน wifi (NAT) หลุด register ตั้งแต่เราเปิด close reset ใช้ TCP', 'nat_unregistered'],
    // Korean counts in Sino-Korean numerals and English words in Hangul; a Portuguese lack of ports asked about after the error;
    // the public-IP phones fine in Bangla ("ঠিক আছে", not "is it fine?"); the password not changed, Punjabi word order;
    // the normal phones as the contrast, set out as a list.
    ['피크 때 타임웨잇이 이만팔천 개까지 올라가고 어사인 리퀘스티드 어드레스 에러가 나요', 'port_exhaustion'],
    ['o log tá cheio de EADDRNOTAVAIL quando conecta nos carriers. é falta de portas?', 'port_exhaustion'],
    ['RST on করার পর থেকে NAT এর পিছনের TCP ফোন রেজিস্টার থাকে না, public IP গুলা ঠিক আছে', 'nat_unregistered'],
    ['ਨਾ password ਬਦਲਿਆ ਨਾ IP, ਪਰਸੋਂ RST ਚਾਲੂ ਕੀਤਾ, ਉਦੋਂ ਤੋਂ MikroTik ਪਿੱਛੇ TCP phone ਡਿੱਗੀ ਜਾਂਦੇ', 'nat_unregistered'],
    ['problem phones: all behind the office router NAT, SIP TCP. normal phones: public IP. started: the day RST mode was turned on', 'nat_unregistered'],
    // The operators without a firewall as the contrast, in Spanish, beside RST shown discarded.
    ['desde que pusimos RST=On las llamadas por el FortiGate del cliente se cuelgan, el Forti marca los RST como descartados; con los operadores sin firewall no pasa', 'firewall_rst'],
    // Calls that cannot go out (Lao "ໂທອອກບໍ່ໄດ້", no denial of the error after it); the night said fine in Egyptian Arabizi
    // ("bel leil"), the contrast.
    ['ຕອນນີ້: ໂທອອກບໍ່ໄດ້, error cannot assign requested address, TIME_WAIT 29,000', 'port_exhaustion'],
    ['ya basha 3andena 28 alf TIME_WAIT w el calls msh bet3ady 3al TCP trunks fel peak, bel leil kolo tamam', 'port_exhaustion'],
    // A figure with the Arabic thousands separator ("۳۲٬۰۰۰"); Kurdish thousands ("هەزار"); the night said normal in Azerbaijani
    // ("gecə"), the contrast.
    ['TIME_WAIT: ۳۲٬۰۰۰ و تماس‌های خروجی TCP با خطای Cannot assign requested address رد میشن', 'port_exhaustion'],
    ['TIME_WAIT = 28 هەزار، cannot assign requested address لە log', 'port_exhaustion'],
    ['pik saatda address already in use, ss -s timewait 30 min, gecə hər şey normal olur', 'port_exhaustion'],
    // Japanese phones that cannot be used ("使えない", no denial of the symptom after it); an RST sent ("送ってる") that has not
    // come ("来てない") in the middle ("間に"); the UDP ones with no complaint, the contrast (Portuguese).
    ['電話が使えない時間があって、ディスプレイに未登録と出る。RSTをOnにしてから。NAT配下でTCP登録', 'nat_unregistered'],
    ['VOS側でRST送ってるのは見えるけど、キャリア側のtcpdumpには来てない。間にFortiGate。RSTをOnにしてから失敗が増えた', 'firewall_rst'],
    ['desde que ligaram o modo RST os softphones em casa (TCP, atrás de NAT) perdem o registo; quem usa UDP não tem queixa', 'nat_unregistered'],
    // Cantonese "唔理" (not cared about) after the symptom, no denial of it; Kyrgyz thousands ("30 miñge").
    ['開咗RST之後啲NAT後面嘅話機成日unregistered，搞完就唔理？', 'nat_unregistered'],
    ['kechee CPS 150 "address already in use", TIME_WAIT 30 miñge jetti', 'port_exhaustion'],
    // Arabic "منذ ما" (since, no denial); a public IP as why the others are fine; Somali "-ga" (the) after a hyphen, no
    // Indonesian "ga" (not).
    ['منذ ما فعلنا RST المكالمات عبر الفايروال تفشل', 'firewall_rst'],
    ['since you set RST on, the TCP phones behind our routers keep dropping registration, the branch ones are fine because they sit on a public IP', 'nat_unregistered'],
    ['tan iyo markii RST la shiday wicitaanada firewall-ka way fashilmayaan, Log-ga SonicWall: TCP packet dropped flags RST', 'firewall_rst'],
    // Most of the range counted in TIME_WAIT at some tens of calls a second outweighs the rate; "if we move to UDP" is no UDP
    // setup; Sorani Kurdish "enabled", "connections fail", "drops"; Persian "goes out … does not arrive"; Tamil "register aagala".
    ['at 40 cps our vos box shows 27k TIME_WAIT and outbound TCP to the carrier fails with cannot assign requested address', 'port_exhaustion'],
    ['RST on korar por CGNAT er pichone softphone gulo unregistered, sob TCP te. UDP te shift korle hobe?', 'nat_unregistered'],
    ['لەو کاتەوەی RST چالاک کرا پەیوەندییەکان سەرناکەون، FortiGate پاکێتەکانی RST فڕێدەدات', 'firewall_rst'],
    ['tcpdump میگه RST از سرور میره بیرون ولی سمت کریر هیچی نمیرسه، وسطش یه ASA هست. از وقتی RST روشن شد تماس ها فیل میشن', 'firewall_rst'],
    ['unga team RST on pannanga, appuram NAT pinnadi irukura gateway register aagala. TCP. thirumba off pannalama?', 'nat_unregistered'],
    // The ones on UDP told apart from the rest (French, Spanish, Polish); TCP "via" which a "because" explains; other clients
    // "sans NAT ça va" (are fine); Afrikaans, Bulgarian, Slovak "na softswitchi" (on, not "not") and Kinyarwanda wordings.
    ['depuis que RST est activé, les Yealink chez le client derrière sa box sont souvent non enregistrés. TCP. Ceux qui sont en UDP, même derrière la même box, ils sont bien.', 'nat_unregistered'],
    ['desde que activaron el RST los teléfonos de la oficina detrás del router con NAT se desregistran, los que están en UDP no', 'nat_unregistered'],
    ['desde el cambio del RST los teléfonos detrás del NAT de la sucursal se desregistran, y es vía TCP porque así los pusimos', 'nat_unregistered'],
    ['depuis l activation du RST les postes derrière le routeur du client sont déconnectés du VOS, en TCP. Les sites sans NAT ça va.', 'nat_unregistered'],
    ['vandat julle RST aangeskakel het val al ons fone by die tak agter die MikroTik uit registrasie, ons gebruik TCP', 'nat_unregistered'],
    ['Откакто включихме RST, телефоните зад NAT (TCP) постоянно губят регистрация', 'nat_unregistered'],
    ['Po zapnutí RST na softswitchi sa softphony zamestnancov doma (za routrom, TCP) stále odregistrujú', 'nat_unregistered'],
    ['kuva mushyiriye RST kuri On, telefoni ziri inyuma ya router (NAT) zikoresha TCP zihora zitakaza registration. Izifite IP rusange nta kibazo.', 'nat_unregistered'],
    // Krio with its open o and e ("drɔp", "pakɛt", "biɛn"), read whole rather than cut in two.
    ['Bos, sins una tɔn RST On, wi pfSense de drɔp di RST pakɛt dɛn', 'firewall_rst'],
    ['Di fon dɛn biɛn di MikroTik nɔ de rɛjista sins una put RST On. Na TCP wi de yuz', 'nat_unregistered'],
    // Japanese in Latin letters ("ga deru": an error shows, "ga" no negation), and Korean ("an dwaeyo", "port bujok").
    ['yoru no peak de bind error ga deru, tasukete', 'port_exhaustion'],
    ['jeonyeok ttae outgoing call an dwaeyo, port bujok ingayo', 'port_exhaustion'],
    // TIME_WAIT told without its name: tens of thousands of finished connections that remain.
    ['every evening calls to the carriers fail; the admin counted 25000 finished connections that remain on the server', 'port_exhaustion'],
    // No local port free, said in Hindi ("koi … khali nahi"); a port shortage.
    ['peak pe naye connection ke liye koi local port khali nahi, calls fail', 'port_exhaustion'],
    ['evening port shortage on vos, calls to carriers fail', 'port_exhaustion'],
    // TIME_WAIT told without its name, in Spanish: closed connections waiting, some 27 thousand; no free ports left.
    ['el técnico dice que hay muchas conexiones cerradas esperando, unas 27 mil, y las llamadas a los carriers fallan', 'port_exhaustion'],
    ['en la hora pico no quedan puertos libres para conectar con el carrier y las llamadas no salen', 'port_exhaustion'],
    // A rate of calls that rose from a small figure to a large one ("由 20 升到 160") is the large one.
    ['促销期间 CPS 由 20 升到 160，外呼大量失败，ss 看到 timewait 两万多', 'port_exhaustion'],
    // Those on UDP named as the contrast ("кто на udp — живые"), the password said untouched ("密碼都沒動過"), and UDP eaten by
    // the provider, the reason for TCP: none of them rules the NAT playbook out.
    ['после включения RST у всех за NAT по TCP отваливается регистрация, кто на udp — живые', 'nat_unregistered'],
    ['NAT 後面 TCP 分機掉註冊，就在 RST 設成 On 之後，密碼都沒動過', 'nat_unregistered'],
    ['desde que activaron el close reset, los softphones detrás del router de cada casa pierden el registro; van por TCP porque el proveedor se comía el UDP', 'nat_unregistered'],
    // Danish "bag den" is "behind the" (alone, "den" is Greek's "not"), "droppede" dropped; Norwegian "uregistrert" and "går
    // fint" (the office without NAT works fine); the adjective after the noun ("مشكلة جديدة", a new problem); Chiang Mai is no
    // "ใหม่" (new phones); a plea for help ("¿Nos pueden ayudar?") and a kernel setting asked for after the fault told in full
    // (Romanian "28 de mii de TIME_WAIT", 28 thousand) are no questions; German "abgemeldet" and "umgestellt"; Vietnamese "nó
    // drop gói" (it drops the packets) is no "no drop"; a time's last figure ("14:02:11.403") is no SIP 403.
    ['Efter RST kom på i VOS droppede iptables RST som INVALID, opkald til carrieren bag den firewall fejler', 'firewall_rst'],
    ['Etter RST-endringen er telefonene på filialen blitt uregistrert, de står bak NAT og bruker TCP. Hovedkontoret uten NAT går fint.', 'nat_unregistered'],
    ['شغلنا RST عشان مشكلة البورتات وانحلت، بس طلعت مشكلة جديدة: التلفونات اللي ورا الراوتر unregistered، كلها TCP', 'nat_unregistered'],
    ['ตั้งแต่เปิด SS_TCP_CLOSE_RESET โทรศัพท์สาขาเชียงใหม่ที่อยู่หลัง NAT ใช้ TCP หลุด register', 'nat_unregistered'],
    ['desde las 8pm las llamadas a los proveedores empiezan a fallar, el servidor ya no tiene puertos para abrir nuevas, unas 30 mil conexiones cerradas esperando. ¿Nos pueden ayudar?', 'port_exhaustion'],
    ['seit ihr das mit dem RST umgestellt habt, sind die Telefone in der Filiale dauernd abgemeldet, die hängen hinterm Router mit NAT und gehen über TCP', 'nat_unregistered'],
    ['salut, "Address already in use" pe apelurile iesite la peak, 28 de mii de TIME_WAIT in ss. ce setari de kernel recomandati?', 'port_exhaustion'],
    ['anh ơi từ khi bật RST thì cuộc gọi qua firewall bên khách lúc được lúc không, log thấy firewall nó drop mấy gói reset', 'firewall_rst'],
    ['softphone NATin takana TCP:llä, tcpdump 14:02:11.403 Flags [R.], puhelin näyttää Registration failed siitä asti kun SS_TCP_CLOSE_RESET laitettiin päälle', 'nat_unregistered'],
  ])('reads %j as %s', (text, playbook) => {
    const r = matcher.match(text);
    expect(r.decision).toBe('confident');
    expect(r.playbook).toBe(playbook);
  });

  // No fault of now, in the same rounds' wordings.
  it.each([
    // UDP only, said as "never used TCP" before the phones; a domain changed, said verb last ("域名从 … 改成 …").
    'the customer changed to a new mikrotik, but they all register over udp, never used tcp, now the phones cannot register',
    '我们把 SIP 域名从 voip.b.com 改成 sip.b.com，旧域名已经停了，所以客户全部 unregistered',
    // RST said not used, verb last as Sinhala says it ("RST mode අපි use කරන්නේ නෑ"); the error said to be no more, in French
    // ("plus de …") and in Nepali ("… aaudaina").
    'iptables වල INVALID packets drop කරන rule එකක් දාන්න හොඳද? RST mode අපි use කරන්නේ නෑ',
    'Merci! Depuis le changement du port range, plus de "cannot assign requested address", tout est calme',
    'dhanyabad dai, aba cannot assign requested address aaudaina, peak ma TIME_WAIT 2 hajar bhanda kam',
    // A count that falls ("down to 50") is no outage, and one that fluctuates is a count; a limit of devices on one account.
    'timewait fluctuates 200-400 at work hours, at night down to 50. is it normal?',
    'is there a limit on the number of devices on the same account? when I register the third device the first one goes unregistered',
    // The power cut off on a schedule (Ukrainian), the light gone in the office (Azerbaijani).
    'у нас відключили світло по графіку, тепер 5 телефонів не зареєструвались, інші ок',
    'Salam müəllim, ofisdə işıq getmişdi, indi telefonların yarısı unregistered görünür',
    // A figure that went from 28,000 to 900 ("de … a …"), with no more failures.
    'bjr, merci! on est passe de 28 000 TIME_WAIT a 900 en pointe. plus aucun echec',
    // A domain name changed; a count that fell "kutoka … hadi …" (Swahili); a report for the manager, archived (Portuguese).
    "the softphones do not register: the server's domain name changed (sip.old.in to voip.new.in) and the phones still have the old name",
    'Asante sana! Tangu mwasha RST na tcp_tw_reuse jana, TIME_WAIT imeshuka kutoka elfu thelathini hadi mia tatu, na peak ya jana usiku haikuwa na "address already in use". Tatizo limeisha.',
    'Relatório pro gerente: em maio tivemos o incidente das portas esgotadas (EADDRINUSE, 30k TIME_WAIT). Corrigido com tcp_tw_reuse e RST. Desde então zero falhas. Só arquivando aqui.',
    // The firewall did not drop even one RST (Tunisian, "ما عمل حتى"); an old process still holding 5060 (Tamil); a laptop
    // asleep; the power gone at night (Russian, "пропал свет"); a figure taken back ("150k... ne ne, 150").
    'الـ firewall ما عمل حتى drop لـ RST، المشكل طلع في الـ carrier',
    'softswitch restart panna 5060 bind fail "Address already in use". lsof paatha old mbx3000d pid innum irukku',
    "the softphone on the agent's laptop goes unregistered when the laptop goes to sleep mode and registers again after wake",
    'у клиента 20 телефонов офлайн с утра: ночью пропал свет в офисе, роутер не поднялся',
    'TIME_WAIT 150k... ne ne, 150 witharai. normal da?',
    // The power back and it was not RST (Hausa); an old ticket forwarded for the client's records (Taglish, "resolved na"); the
    // power cut in the machine room, an account expired (Chinese).
    'Wayoyin da suke unregistered jiya sun dawo. Ba RST ba ne, wutar lantarki ce ta dauke.',
    'forwarded from our client, luma na to, resolved na: "calls failing at peak, 25k TIME_WAIT, cannot assign requested address" for their records. walang current issue.',
    '老板 昨天机房断电，来电后话机都注册不上，是 mbx3000d 没起来',
    '这个账户有效期到昨天，过期了所以注册不上，续期在哪里操作？',
    // The fibre cut by the ISP (Iraqi); the power gone, asked whether it comes back by itself (Dari); an old ticket forwarded
    // for the record (Turkish); accounts not created yet (Romanian); a space typed in the username, five hundred TIME_WAIT
    // asked about (Urdu); RST off again and all registered (Dutch).
    'كل مشتركين الـ VoIP unregistered، طلع الفايبر مقطوع من شركة الانترنت',
    'دیروز برق ما رفت و تا حال نیامده، تیلفون ها همه unregistered استن. وقتی برق آمد خودش درست میشه؟',
    "Eski bir ticket'ı kayıt için iletiyorum: \"cannot assign requested address, TIME_WAIT 28 bin\" - o zaman çözülmüştü, sadece arşiv için",
    'Telefoanele din spatele NAT nu se inregistreaza, dar e un client nou si inca nu i-am creat conturile in VOS',
    'ایک ایجنٹ کا سافٹ فون رجسٹر نہیں ہوتا، اس نے یوزر نیم میں اسپیس ڈال دی تھی',
    'پانچ سو TIME_WAIT ایک چھوٹے سرور کے لیے زیادہ ہیں یا ٹھیک ہیں؟ کوئی کال فیل نہیں ہو رہی',
    'Sinds SS_TCP_CLOSE_RESET weer uit staat zijn alle toestellen achter NAT weer geregistreerd. Ticket mag dicht.',
    // A few dozen TIME_WAIT asked about, RST mode supposed before a plan (Vietnamese).
    'e thay vai chuc socket TIME_WAIT tren port 5060 sau moi dot goi, vay co phai dau hieu loi ko',
    'Mấy máy đăng ký qua TCP sau NAT có bị mất đăng ký nếu mình chuyển qua RST mode không anh? Hỏi trước để lên kế hoạch, chưa đổi gì.',
    // Always on UDP, never TCP (French).
    'Les Yealink affichent "Account unregistered" depuis le déménagement du client. On a toujours été en UDP 5060, jamais en TCP, et rien n\'a changé sur le softswitch.',
    // RST mode not used at all (Korean, English); registered normally again after reverting; TIME_WAIT asked about; a web
    // process still alive; a suspended customer's account; a "150-odd" count; the power knocked out; today's count in
    // Swahili; the fibre cut; "out of state" without RST or the close mode; Redis on its own port (Bangla).
    '우리 서버는 RST 모드 안 씁니다. 방화벽 로그의 RST drop 은 외부 포트스캔 트래픽이에요',
    'our server does not use rst mode. the firewall log drops with R flags were a port scan',
    'RST 모드 되돌리고 나서 전화기 다 정상 등록됐습니다. 감사합니다',
    'TIME_WAITって何ですか？１００個くらいです',
    'webctを再起動したら「Address already in use」。古いjavaがまだ生きてます',
    '未払いで停止されたお客様のアカウントです。今は全部unregistered表示',
    'is tcp_tw_reuse safe to turn on? not having any issues, 150-odd TIME_WAIT at peak',
    'di storm knock out di power last night, some phones still nah register',
    'TIME_WAIT ya jana ilikuwa elfu 28 wakati wa kampeni. Leo ni 300 tu, tuko sawa?',
    'a internet do cliente ta fora (fibra rompida), por isso os ramais offline',
    'the sophos shows out of state drops on the web portal, what is that?',
    'রেডিস চালু হচ্ছে না: bind *:6379 Address already in use. কল ট্রাফিক নরমাল',
    // One service on its own port with the traffic said low or absent (Indonesian, Russian); the Wi-Fi down, accounts
    // blocked in billing for debt, a burnt power supply and no network at all (Russian).
    'redis-server gk jalan: bind *:6379 Address already in use. trafik jg dikit',
    'redis не запускается: listening socket *:6379: bind: Address already in use, нагрузки нет вообще',
    'Wi-Fi в офисе лег, все трубки отвалились от регистрации, проводные телефоны работают',
    'админ заблокировал в биллинге аккаунты с долгом, телефоны этих клиентов unregistered',
    'сгорел блок питания у коммутатора, сети нет вообще, телефоны unregistered',
    // Chinese: an old process holding the port, a loose cable, nothing changed and RST off by default, the account number
    // changed; extensions deleted by mistake (Pidgin); SIP passwords reset (Romanian); two phones on one account (Portuguese).
    '升级完 VOS 以后 mbx3000d 起不来，5060 bind failed，老进程还在占着 5060',
    '有台话机一直注册不上，去现场一看网线松了',
    '没人改过任何配置，RST 还是默认关的，防火墙也没动过，想问下怎么导出通话记录',
    '话机账号从 1001 改成 8001 之后一直注册失败',
    'one of my staff delete 15 extensions by mistake, now those phones unregistered',
    'am dat reset la parolele de SIP pe contul clientului, acum nu se mai inregistreaza nimic',
    'os ramais registram e caem, tem dois aparelhos com a mesma conta',
    // Vietnamese power cut, network cable pulled out, RST nobody turned on; a figure called a mistake and set right (Persian
    // in Latin letters, English); a port mismatch; an old rule's conntrack counter that no longer grows.
    'máy ip của khách unregistered, hoá ra khu đó bị cúp điện',
    'e hỏi thì khách rút dây mạng ra để cắm máy in, nên điện thoại unregistered',
    'máy sau NAT rớt đăng ký lúc 2h sáng, giờ router tự reboot, RST thì ko ai bật',
    'salam, goftam 28 hezar TIME_WAIT darim, eshtebah kardam, 280 ta bood',
    'I said 28k TIME_WAIT this morning, my mistake, it was 280',
    'customer set the phones to port 5080 but our VOS listens 5060, unregistered since the setup, config error',
    'conntrack invalid counter high, but it is from the old rule we removed, now 0 increase',
    // The domain changed and its DNS not updated, the phones on the IP itself fine as the contrast (not the address said right).
    'we moved the SIP domain to the new server but the DNS is not updated yet, phones using the name cannot register, the ones with IP direct fine',
    // An address to bind got wrong (Japanese); a port by its number ("1099番") held by a batch still running; the power gone
    // ("bijli gayi"); a load-test tool's TIME_WAIT with the switch fine (Korean); a softphone stopped by battery saver.
    'Cannot assign requested address が出たのは、設定でバインドするIPを間違えていたからでした',
    'JMXの1099番で BindException: Address already in use、前のバッチがまだ動いてる',
    'bijli gayi thi raat bhar, subah phones unregistered the, ab theek',
    '어제 TIME_WAIT 3만 개는 부하테스트 툴이 만든 거였고 VOS 서버는 멀쩡했어요, 테스트 끝나고 다 사라졌어요',
    'スマホのソフトフォンが登録外れるのはバッテリーセーバーのせいでした',
    // A few hundred TIME_WAIT in Chinese numerals ("三四百", "两三百"); half a call centre without internet after the
    // provider's new modem (Spanish "no tiene internet").
    '高峰期 TIME_WAIT 也就三四百个，没有报错，需要调吗',
    '夜里 TIME_WAIT 只有五六十，白天两三百，正常吗',
    'el modem nuevo del proveedor dejo a medio call center que no tiene internet, por eso los telefonos aparecen desregistrados',
    // A few hundred TIME_WAIT said in Vietnamese hundreds ("2 tram").
    'server vos co 2 tram TIME_WAIT thoi, co can chinh gi ko',
    // A softphone offline when the screen is locked; an exam question for training (Korean).
    'the softphone goes offline when the screen is locked, with push notifications on it is fine',
    '신입 교육용 시험 문제: TIME_WAIT 가 3만 개면 뭘 먼저 봐야 하나요?',
    // A few dozen TIME_WAIT in Chinese ("几十"); the fibre modem broken ("光猫坏了").
    '几十个TIME_WAIT要不要处理 老板要巡检报告',
    '光猫坏了 所有话机都未注册 等电信来换',
    // The Wi-Fi weak (Arabic), the battery flat (Vietnamese), the power cut by the utility (Zulu), 150 "only" (Sesotho).
    'التلفونات ما تسجل في الفرع، الواي فاي ضعيف جدا هناك',
    'may ban het pin nen bao unregistered, sac xong la ok',
    'ama-phone onke angama-unregistered, u-Eskom ucishe ugesi kusukela ekuseni',
    'ke batla ho tseba feela: re na le 150 feela tsa TIME_WAIT ka server, ho lokile?',
    // The provider changed (to a CGNAT line), the office Wi-Fi down (French "tombé"), Sorani "only 200 now, just to know".
    'branch changed ISP, CGNAT IP now, port forward not working, phones from outside not registering, asked them for a static ip',
    'le wifi de l agence est tombé, les softphones des portables sont déconnectés, les postes filaires marchent',
    'ئەگەر ڕۆژێک 40 هەزار TIME_WAIT مان هەبێت چی بکەین؟ ئێستا تەنها 200 مان هەیە، تەنها بۆ زانین',
    // The phones said to stay registered normally (Portuguese "continuam registrados normal"), a trunk down for billing.
    'os ramais TCP atrás do roteador continuam registrados normal, o que caiu foi só o tronco da operadora por falta de pagamento',
    // Danish "først" (first) is no RST; a fault fixed last year and quiet since (Polish "od tego czasu spokój", Danish "blev
    // løst … siden har der ikke været en eneste fejl"); UDP only in German ("TCP nutzt dort niemand", "über UDP").
    'ufw tillader 5060/tcp, men vores nye leverandør kan ikke nå os. Vi har først tilføjet dem i dag, så der har aldrig kørt trafik.',
    'W zeszłym roku mieliśmy "Cannot assign requested address" w szczycie, naprawiliśmy to rozszerzeniem zakresu portów i od tego czasu spokój. Pytanie tylko o dolną granicę.',
    'Sidste år havde vi "cannot assign requested address" hver fredag. Det blev løst med tcp_tw_reuse, og siden har der ikke været en eneste fejl.',
    'Telefone hinter Fritzbox, Transport UDP, seit dem Providerwechsel kurz unregistriert. Die RST-Einstellung nie angefasst, und TCP nutzt dort niemand.',
    'Die Telefone sprechen SIP über UDP auf 5060, TCP verwendet dort keiner. Seit dem Routertausch sind sie unregistriert.',
  ])('leaves %j alone', (text) => {
    expect(matcher.match(text).decision).toBe('none');
  });

  it.each([
    // Asked only to learn, or an old ticket forwarded for the record, in Chinese and Persian.
    '請問 "cannot bind" 和 "cannot assign requested address" 有什么区别？只是学习一下，没出问题',
    'تیکت قدیمی رو برای سابقه فوروارد میکنم: cannot assign requested address، ۳۵ هزار TIME_WAIT. حل شد',
    // Rules sent for a review or an audit: a request to look, not INVALID packets dropped.
    'please review our iptables rules, no problem yet, it is for an audit: -A INPUT -m conntrack --ctstate INVALID -j DROP',
    "pourriez-vous relire notre config iptables avant la mise en prod ? -A INPUT -m state --state INVALID -j DROP. Rien ne casse, c'est une revue",
    // No problem at all, said the Korean way ("아무 문제 없어요"), beside a count that fell.
    '어제 RST 모드 켰는데 아무 문제 없어요. 등록 다 정상, 방화벽 로그도 깨끗. TIME_WAIT 는 2만에서 8백으로 줄었어요. 잘 된 거 맞죠?',
    // RST thought dropped by the firewall, then found to be the carrier's link down, and never enabled (Marathi).
    'sir firewall var RST drop hot ahet asa vatla hota, pan nantar kalla ki carrier chi link down hoti. RST amhi enable kelach nahi',
    // RST supposed in Indonesian chat ("kalo rst … bakal unreg gak?"), and in Tamil asked as "just doubt".
    'kalo rst mode di on, hp di belakang modem bakal unreg gak? blm diubah kok, cm nanya',
    'RST mode on panna NAT la irukra home users phone unregistered aaguma? ippo off dhaan, just doubt',
    // Said not to be a new issue (Pidgin); a count at the peak hour with no errors, asked about; a question passed on; RST
    // supposed in Chinese ("會掉註冊嗎").
    'just for record, the firewall drop RST wahala wey we report last month don finish since we add the rule. No be new issue o.',
    'i see 1,200 sockets in timewait at peak hour with 150 calls. there are no errors. is it normal?',
    'the network engineer asks whether the vos closes tcp connections with rst or fin by default, for the new firewall. nothing urgent.',
    '您好，如果改成 RST 模式，家用分享器後面的話機會掉註冊嗎？先問清楚再改',
    // A failure denied after the word, as Burmese puts it ("call fail none"), beside a count at the peak asked about.
    'ss -s timewait 2000 at peak, call fail none, is this normal',
    // RST blocked, but for the web portal's traffic, the calls all going through (Italian "vanno").
    'il pfSense mostra alcuni RST bloccati, ma è il traffico https del portale web, non il SIP: le chiamate vanno tutte',
    // A question for a candidate being interviewed.
    'interviewing a candidate for our NOC next week, my question will be: phones behind NAT unregister after you change the TCP close mode, why?',
    'we are interviewing new applicants, one question: the phones behind NAT go unregistered after you change the close mode to RST. why?',
    // An FAQ document with example sentences; preparing for an interview.
    'FAQ document: NAT phones behind routers lose their TCP registration after RST mode is enabled. please give example sentences',
    'preparing for an interview: what happens when a stateful firewall drops the RST packet?',
    // The resets pass properly and nothing drops them (Hindi "theek se", "koi drop nahi").
    'Palo Alto pe RST theek se pass ho rahe hain, logs me koi drop nahi, bas session ttl ke baare me puchna tha',
    // Phones on UDP: "pas de TCP chez nous", "UDP everywhere".
    "Nos postes perdent l'enregistrement depuis le nouveau routeur, pas de TCP chez nous",
    'vendor note says enabling SS_TCP_CLOSE_RESET may make NAT devices lose TCP registration; we have UDP everywhere here',
    // One listening port taken, to be cleared before the night traffic: a deadline, not load.
    'redis-server: Could not create server TCP listening socket *:6380: bind: Address already in use. I need it cleared before the night traffic',
    // No INVALID packets counted ("invalid=0"); the ephemeral port range asked about for a checklist; a few hundred sockets
    // in TIME_WAIT said the Javanese way ("400-an"); a friend's server with 30 thousand ("un compa").
    'checked: conntrack -S shows invalid=0 everywhere, asa show asp drop tcp-not-syn 0, calls normal, just verifying after your bulletin',
    'bro macam mana nak tengok ephemeral port range kat server? nak letak dalam checklist',
    'TIME_WAIT ning server 400-an pas jam sibuk, CPS mung 4, telpon lancar',
    'un compa tiene otro VOS con 30 mil TIME_WAIT, el nuestro está bien',
  ])('holds back %j', (text) => {
    expect(matcher.match(text).decision).not.toBe('confident');
  });

  it('rules out NAT for phones that no longer get an address from DHCP', () => {
    const r = matcher.match('since the switch was replaced the phones no longer get an IP address from DHCP, so none of them register');
    expect(r.decision).toBe('none');
    expect(r.evidence.reason).toMatch(/not-nat\.address-changed/);
  });

  it('rules out port exhaustion for one listening port named "en el 8443", beside a connector (not a connection)', () => {
    const r = matcher.match('un jetty que monté pa reportes tira BindException: Address already in use en el 8443, le cambio el puerto al conector y listo?');
    expect(r.decision).toBe('none');
    expect(r.evidence.reason).toMatch(/not-pe\.named-port/);
  });

  it('takes what a message to ignore was about for what is over, and a fault told after it for a new one', () => {
    expect(matcher.match('guys ignore my message from this morning about the firewall dropping rst, it was another branch. all good on our side').decision).not.toBe('confident');
    const after = matcher.match('ignore my message from this morning. now the firewall is dropping rst since we enabled rst mode and tcp calls hang');
    expect([after.decision, after.playbook]).toEqual(['confident', 'firewall_rst']);
  });

  it('reads a problem worse now than the last time as a live one, not one told about', () => {
    const worse = matcher.match('mano, é o mesmo problema de porta da semana passada mas agora pior: 30k time_wait e ninguem consegue ligar no pico. urgente!!');
    expect([worse.decision, worse.playbook]).toEqual(['confident', 'port_exhaustion']);
    expect(matcher.match('same port problem as last week: 30k time_wait and nobody could call at peak, fixed since then').decision).not.toBe('confident');
  });

  it('can be built from other examples and thresholds', () => {
    const tiny = createMatcher({
      examples: { port_exhaustion: ['ports gone'], nat_unregistered: ['phones gone'], firewall_rst: ['packets gone'], none: ['hello there'] },
      thresholds: { confident: 0.99 },
    });
    expect(tiny.match('address already in use').decision).not.toBe('confident');
    expect(tiny.match('address already in use').playbook).toBe('port_exhaustion');
  });
});
