import type { PlaybookId } from '../../playbooks/ids.js';

/**
 * One labelled message. `expect` is the playbook a support engineer would pick, null when no
 * playbook fits, or 'ambiguous' when an engineer would have to ask (then `candidates` lists
 * the playbooks that should be offered, in any order).
 */
export interface EvalItem {
  readonly text: string;
  readonly expect: PlaybookId | null | 'ambiguous';
  readonly candidates?: readonly PlaybookId[];
}

const pe = (text: string): EvalItem => ({ text, expect: 'port_exhaustion' });
const nat = (text: string): EvalItem => ({ text, expect: 'nat_unregistered' });
const fw = (text: string): EvalItem => ({ text, expect: 'firewall_rst' });
const no = (text: string): EvalItem => ({ text, expect: null });
const amb = (text: string, ...candidates: PlaybookId[]): EvalItem => ({ text, expect: 'ambiguous', candidates });

/**
 * The held-out evaluation set: messages the classifier is never trained on (a test checks
 * that none equals a training example, even after normalisation). Written separately from
 * playbooks/examples, in other words, to measure how the matcher generalises.
 */
export const evalSet: readonly EvalItem[] = [
  // ── port_exhaustion ──────────────────────────────────────────────────────────────
  pe('again address already in use on our vos, pls help'),
  pe('Adress already in use!!! third time this week'),
  pe('addresss alredy in usee'),
  pe('we got java.net.BindException in the logs around 9pm'),
  pe('Caused by: java.net.BindException: Address already in use\n    at java.net.PlainSocketImpl.socketBind(Native Method)'),
  pe('getting bindexception when call volume is high'),
  pe('the switch throws bind exceptions at peak'),
  pe('EADDRINUSE everywhere in the softswitch log'),
  pe('sip tcp: connect failed, errno 98'),
  pe('can not bind local socket when sending invite over tcp'),
  pe('log says: failed to bind, address in use'),
  pe('bind failure on outbound tcp legs'),
  pe('unable 2 bind port, calls failing'),
  pe('error: cannot assign requested address while connecting to 198.51.100.40:5060'),
  pe('TIME_WAIT is at 29500 on vos-ctg'),
  pe('we see about 31k connections in TIME_WAIT'),
  pe('ss -s output: TCP: 30112 (estab 280, closed 29700, orphaned 0, synrecv 0, timewait 29688/0), ports 0'),
  pe('# netstat -nat | grep -c TIME_WAIT\n28890'),
  pe('  29901 TIME_WAIT\n    388 ESTABLISHED\n     22 LISTEN\nthats from netstat'),
  pe('huge number of time wait sockets and the carrier tcp link dies'),
  pe('timewiat sockets > 25000 every evening'),
  pe('tiem wait 30k on the box'),
  pe('time_wait piling up, ports are running out'),
  pe('the server ran out of local ports again'),
  pe('no free ephemeral ports left at rush hour'),
  pe('looks like port exhaustion, tcp connects fail when we hit 400 cps'),
  pe('at around 320 cps new tcp sessions to the vendor fail'),
  pe('switch cant create new tcp connections during peak, fine at night'),
  pe('after a couple of hours of heavy traffic outbound tcp stops until we restart mbx3000d'),
  pe('every day 7 to 11 pm the tcp trunk fails, log has address already in use'),
  pe('calls over tcp die at peak, restart helps for a while'),
  pe('is the local port range too small? all ports stuck in time_wait'),
  pe('net.ipv4.ip_local_port_range = 32768 60999 and time_wait 28000, calls fail'),
  pe('bhai abar sei address in use error, peak e sob call fail'),
  pe('vai server e time wait 29 hajar, notun call jay na'),
  pe('peak time e tcp connection hocche na, log e bind exception'),
  pe('bhai shaam ko address already in use aata hai roz'),
  pe('time wait bahut zyada ho gaya 30k, calls nahi lag rahe'),
  pe('harroz peak time pe bind error aur calls fail'),
  pe('address already in use en el servidor todas las noches'),
  pe('muitas conexoes em time_wait e as chamadas falham no pico'),
  pe('Hello, our VOS3000 at 203.0.113.10 stops opening TCP connections to carriers every evening. We traced it to tens of thousands of TIME_WAIT sockets. Please help.'),
  pe('Hi support, after we grew to ~300 CPS, outbound SIP/TCP fails with "Address already in use" in the log. Restarting fixes it for an hour.'),
  pe('Good evening, the switch is rejecting calls again, and the log is flooded with BindException. This is the same thing as last week.'),
  pe('2024-06-11 20:02:17 ERROR [TcpConnectionPool] connect to 198.51.100.9:5060 failed\njava.net.BindException: Address already in use: connect'),
  pe('[2024-06-11 21:00:01] sip_tcp_connect(): bind() failed (98: Address already in use)'),
  pe('please fix vos1, address already in use, 350 cps right now'),
  pe('addr already in use'),
  pe('bind failed again'),
  pe('out of sockets'),
  pe('ports exhausted again!!'),
  pe('TIME WAIT 27,904 right now'),
  pe('timewait 30000+ again 😭'),
  pe('all tcp source ports used, too many sockets in time wait'),
  pe('switch stopped making outbound tcp connections, thousands in time_wait'),

  // ── nat_unregistered ─────────────────────────────────────────────────────────────
  nat('all the phones at our branch are unregistered since this morning'),
  nat('extensions behind our mikrotik router keep dropping registration'),
  nat('remote phones lose their registration every couple of minutes'),
  nat('after you changed the reset setting our NATed extensions are offline'),
  nat('since the RST change last night no phone behind the router stays registered'),
  nat('ip phones at the shop behind a 4g router show unregistered'),
  nat('softphone users behind nat got unregistered after yesterday'),
  nat('zoiper clients keep losing registration'),
  nat('microsip says registration expired again and again'),
  nat('yealink at branch: not registered'),
  nat('extensions 2001-2040 are offline, they are all at the remote office behind nat'),
  nat('the online list on vos is missing half our phones'),
  nat('phones appear offline on the switch even though they look fine'),
  nat('registration drops every 3 min on tcp phones behind router'),
  nat('reg keeps expiring for nat users'),
  nat('unregistred extentions'),
  nat('phones unregisterd agian'),
  nat('registation lost on all branch phones'),
  nat('extension offline offline offline 😤 fix it'),
  nat('all extensions behind router went offline after rst enabled'),
  nat('please revert the tcp reset, our branch phones cannot register anymore'),
  nat('our remote agents are unregistered since you turned rst on'),
  nat('the natted phones are not registered anymore'),
  nat('phones behind cgnat show unregistered today'),
  nat('extensions at the warehouse go offline every few minutes'),
  nat('handsets behind nat drop their registration'),
  nat('bhai amader branch er phone gula unregistered'),
  nat('vai router er pichone sob extension offline hoye ase'),
  nat('reset change er por theke phone register thakche na'),
  nat('branch ke sab phone offline hai kal se'),
  nat('router ke peeche wale extensions register nahi ho rahe'),
  nat('phones bar bar unregistered ho jate hai'),
  nat('los telefonos de la sucursal estan sin registro desde ayer'),
  nat('os ramais da filial estao offline desde ontem'),
  nat('Hi team, since last night all 25 phones at our Chittagong branch show as unregistered on the switch. They are behind a MikroTik doing NAT.'),
  nat('Dear support, after the TCP close change you made, our remote softphone users lose registration every few minutes. Can you roll it back?'),
  nat('Good morning, our call centre agents (all behind NAT) cannot stay registered since yesterday evening.'),
  nat('incoming calls to our extensions fail because the phones are unregistered, they sit behind a router'),
  nat('branch phones dont ring, switch shows them unregistered'),
  nat('the phones reregister every minute and calls to them fail in between'),
  nat('do we need nat keep alive? remote extensions drop registration all the time'),
  nat('ata devices at customer site behind nat lost registration'),
  nat('users behind the office router are all offline'),
  nat('mobile dialer users lost registration since last night'),
  nat('extensions keep going unregistered after the reset mode change'),

  // ── firewall_rst ─────────────────────────────────────────────────────────────────
  fw('the firewall drops RST packets sent by the softswitch'),
  fw('our fortigate is blocking the rst packets since yesterday'),
  fw('iptables is dropping tcp resets as invalid'),
  fw('firewall drops rst since the close mode change, tcp calls fail'),
  fw('calls fail since you enabled rst, the firewall is dropping the resets'),
  fw('carrier firewall blocks our rst, calls over tcp fail'),
  fw('the vendor says their firewall discards our tcp resets'),
  fw('ASA: %ASA-6-106015: Deny TCP (no connection) from 203.0.113.10/5060 to 198.51.100.30/50210 flags RST on interface outside'),
  fw('Deny TCP (no connection) flags RST all over the asa log'),
  fw('Jun 12 20:41:02 gw kernel: DROP INVALID IN=eth0 SRC=203.0.113.10 DST=10.1.1.20 PROTO=TCP SPT=5060 DPT=39120 RST'),
  fw('conntrack says invalid and drops the rst from vos'),
  fw('ctstate INVALID drop is hitting the rst packets'),
  fw('pfsense blocks rst packets, calls stuck'),
  fw('checkpoint firewall denies tcp rst from the switch'),
  fw('rst packets blocked'),
  fw('resets getting dropped by fw'),
  fw('firewal blockin rst'),
  fw('fire wall droping resets'),
  fw('RST denied on firewall'),
  fw('firewall log: deny tcp flags rst from 203.0.113.10'),
  fw('tcpdump: Flags [R.] sent but the carrier never sees them, firewall between'),
  fw('our stateful firewall drops the reset and the carrier keeps the old connection'),
  fw('sip over tcp calls time out through our firewall since the reset change'),
  fw('after you turned rst on, calls through the fortigate fail'),
  fw('since the rst mode change calls through our firewall fail to connect'),
  fw('calls started failing yesterday, our firewall shows blocked rst packets'),
  fw('firewall rejecting tcp reset from softswitch, calls not going'),
  fw('please turn off rst, our firewall drops it and calls fail'),
  fw('firewall drops the rst, please roll back the change'),
  fw('bhai firewall sob rst drop kore dicche, call hocche na'),
  fw('vai amader fortigate rst block kortese'),
  fw('rst on korar por firewall e call atke jacche'),
  fw('firewall rst block kar raha hai, calls fail'),
  fw('hamara firewall reset packets drop kar raha hai'),
  fw('el firewall descarta los paquetes rst del servidor'),
  fw('o firewall esta bloqueando os rst desde ontem'),
  fw('Hi, since last night calls to our carrier over TCP fail. Our FortiGate log shows the RST packets from the VOS being denied.'),
  fw('Hello team, our security guys report the ASA is dropping TCP packets with the RST flag coming from the softswitch. Calls fail since then.'),
  fw('Dear support, after the close-reset change our iptables box marks the resets INVALID and drops them; SIP/TCP calls now time out.'),
  fw('firewall filters the resets and the far end never closes the socket'),
  fw('half-open tcp connections on the carrier since our firewall drops rst'),
  fw('palo alto drops the rst from vos3000'),
  fw('sonicwall is killing the rst packets'),
  fw('rst flag packets dropped at the edge firewall'),
  fw('perimeter fw drops resets from the switch'),
  fw('stateful firewall problem since tcp close reset was turned on'),
  fw('the firewall treats rst as out of state and drops it'),

  // ── ambiguous: an engineer would ask which one ───────────────────────────────────
  amb('calls failing since the change yesterday', 'firewall_rst', 'nat_unregistered'),
  amb('things broke after you changed the tcp close setting', 'firewall_rst', 'nat_unregistered'),
  amb('since you enabled rst mode we have problems', 'firewall_rst', 'nat_unregistered'),
  amb('problems since the reset change last night, please check', 'firewall_rst', 'nat_unregistered'),
  amb('after turning on SS_TCP_CLOSE_RESET something is wrong', 'firewall_rst', 'nat_unregistered'),
  amb('nothing works since the reset mode change', 'firewall_rst', 'nat_unregistered'),

  // ── none ─────────────────────────────────────────────────────────────────────────
  no('hello?? is anyone awake'),
  no('hi there'),
  no('good afternoon team'),
  no('salaam'),
  no('thx a lot'),
  no('thank you, all good now'),
  no('ok got it'),
  no('sure'),
  no('3'),
  no('noted with thanks'),
  no('👍👍'),
  no('😀'),
  no('call me when free'),
  no('any update?'),
  no('waiting for your reply'),
  no('onek dhonnobad'),
  no('thik hai'),
  no('ok vai'),
  no('muchas gracias'),
  no('please share the invoice for last month'),
  no('my balance is not showing correctly'),
  no('payment done, please add balance'),
  no('need rate for nigeria mtn'),
  no('your rates to pakistan are higher than others'),
  no('cdr missing for yesterday 10pm to 11pm'),
  no('billing duration does not match vendor cdr'),
  no('ASR is low on the saudi route today'),
  no('low acd on egypt'),
  no('one way audio on calls to dubai'),
  no('they cannot hear us on the oman route'),
  no('no voice on calls from phones behind nat'),
  no('one-way audio for extensions behind the router'),
  no('audio cuts after 30 sec'),
  no('choppy voice on the india route'),
  no('codec g729 not negotiated'),
  no('how to set codec priority for a gateway'),
  no('rtp blocked by firewall, no audio'),
  no('echo on every call'),
  no('my extension password is wrong'),
  no('registration failed: 403 forbidden'),
  no('phone shows 401 unauthorized'),
  no('reset my portal password please'),
  no('i forgot the password of vos client'),
  no('cannot log in to vos3000 client, firewall blocks port 1202?'),
  no('the client says connection failed to server on 1202'),
  no('locked out of the web portal'),
  no('licence expired yesterday'),
  no('license error: exceed max concurrent'),
  no('how to renew vos license'),
  no('what port does the web portal use'),
  no('web portal not loading'),
  no('portal is slow today'),
  no('how to register a new extension on the switch'),
  no('how can i add a new vendor gateway'),
  no('how do i create a routing gateway for my new carrier'),
  no('what ports do i have to open on the firewall for vos'),
  no('how to forward sip ports on mikrotik'),
  no('please open port 5060 for my ip'),
  no('whitelist my new ip 198.51.100.77 please'),
  no('which ip do i register my phones to'),
  no('what does the tcp close reset setting do'),
  no('should we turn on rst if our trunks are all udp?'),
  no('what is time_wait exactly'),
  no('is tcp_tw_reuse safe on centos 6?'),
  no('no route available for this number'),
  no('calls fail with 503 from vendor'),
  no('getting 404 not found on all uk calls'),
  no('calls cut after 60 seconds exactly'),
  no('cli not passing on the bangladesh route'),
  no('prefix 880 not routing'),
  no('the dial plan is wrong for saudi numbers'),
  no('cpu at 100 percent on the server'),
  no('disk is full'),
  no('too many open files in the log'),
  no('server is not reachable over ssh'),
  no('someone is hacking my account, lots of calls to cuba'),
  no('sip scanners hitting the server'),
  no('block this number please 447911123456'),
  no('call recording is not saving'),
  no('incoming did calls are not reaching us'),
  no('need two new dids in USA'),
  no('what is the price of vos3000 2.1.9'),
  no('can you install vos on my new server'),
  no('please take a backup of the db'),
  no('server time is 2 hours behind'),
  no('routing gateway offline in portal'),
  no('vendor route is down'),
  no('pdd is too high'),
  no('bhai rate ta aro kom koren'),
  no('awaj ashche na'),
  no('password bhule gechi'),
  no('naya gateway kaise add kare'),
  no('balance khatam ho gaya, recharge kardo'),
  no('quiero registrar una nueva cuenta'),
  no('what is the sip port for tcp'),
  no('can we move our trunk to tcp?'),
  no('how many calls per second can one server handle'),
  no('increase my cps limit to 100'),
  no('my channels are limited to 30, need more'),
  no('need a new account for my reseller'),
  no('extension 1005 wants a new password'),
  no('change the caller id of extension 1003'),
  no('voicemail to email not working'),
  no('fax to egypt failing'),
  no('dtmf issue on ivr calls'),
];

/** How a matcher did on a labelled set. */
export interface EvalReport {
  readonly total: number;
  /** Share of messages decided right: the labelled playbook with `confident`, `none` for negatives, `ambiguous` offering the listed candidates. */
  readonly accuracy: number;
  readonly negatives: number;
  /** Share of negatives that got a `confident` playbook: the worst error (a fix for a problem nobody has). */
  readonly negativesConfident: number;
  /** Share of negatives that got `ambiguous` (a clarifying question nobody needed). */
  readonly negativesAmbiguous: number;
  /** Share of positives given the wrong playbook with `confident`. */
  readonly positivesConfidentWrong: number;
  /** The messages decided wrong, with what came out. */
  readonly misses: readonly { item: EvalItem; decision: string; playbook: string | null; confidence: number }[];
}

/** Scores a matcher on labelled messages (used by the accuracy test and bench/classify). */
export function evaluate(
  match: (text: string) => { decision: string; playbook: string | null; confidence: number; candidates: readonly { playbook: string }[] },
  items: readonly EvalItem[] = evalSet,
): EvalReport {
  let right = 0;
  let negatives = 0;
  let negConfident = 0;
  let negAmbiguous = 0;
  let positives = 0;
  let posWrong = 0;
  const misses: { item: EvalItem; decision: string; playbook: string | null; confidence: number }[] = [];
  for (const item of items) {
    const r = match(item.text);
    let ok: boolean;
    if (item.expect === null) {
      negatives++;
      ok = r.decision === 'none';
      if (r.decision === 'confident') negConfident++;
      if (r.decision === 'ambiguous') negAmbiguous++;
    } else if (item.expect === 'ambiguous') {
      ok = r.decision === 'ambiguous' && (item.candidates ?? []).every((c) => r.candidates.some((x) => x.playbook === c));
    } else {
      positives++;
      ok = r.decision === 'confident' && r.playbook === item.expect;
      if (r.decision === 'confident' && r.playbook !== item.expect) posWrong++;
    }
    if (ok) right++;
    else misses.push({ item, decision: r.decision, playbook: r.playbook, confidence: r.confidence });
  }
  return {
    total: items.length,
    accuracy: right / items.length,
    negatives,
    negativesConfident: negatives ? negConfident / negatives : 0,
    negativesAmbiguous: negatives ? negAmbiguous / negatives : 0,
    positivesConfidentWrong: positives ? posWrong / positives : 0,
    misses,
  };
}
