import type { KnowledgeId } from '../../bot/questions/index.js';

/**
 * What a message is, as a support engineer would label it:
 * - a knowledge entry, `advice`, `health_check` or `help`: a question or request the assistant
 *   answers (never with a remediation);
 * - `symptom`: a problem report, even when phrased as a question ("why do we get EADDRINUSE?"):
 *   the playbook flow;
 * - `none`: small talk or a question about something else: a person answers, as before.
 * `also` lists other answers that are just as right (a TLS user asking "is RST ok?" is served
 * by the TLS entry and by the advice table alike).
 */
export type Expect = KnowledgeId | 'advice' | 'health_check' | 'help' | 'symptom' | 'none';

export interface LabelledMessage {
  readonly text: string;
  readonly expect: Expect;
  readonly also?: readonly Expect[];
}

const q = (expect: Expect, text: string, ...also: Expect[]): LabelledMessage => ({ text, expect, ...(also.length ? { also } : {}) });

/**
 * Questions by entry: each entry has at least five differently worded questions, typos
 * included, none of them a training example (a test checks).
 */
export const questionSet: readonly LabelledMessage[] = [
  // ── what it does ────────────────────────────────────────────────────────────────
  q('what_it_does', 'can you explain SS_TCP_CLOSE_RESET to me'),
  q('what_it_does', 'whats the tcp close reset parameter in vos3000 for?'),
  q('what_it_does', 'SS_TCP_CLOSE_RESET meaning?'),
  q('what_it_does', 'what is ss_tcp_close_rest'),
  q('what_it_does', 'what does the rst mode control?'),
  q('what_it_does', 'explian the tcp close reset option'),
  q('what_it_does', 'what exactly happens with SS_TCP_CLOSE_RESET, what does it change', 'on_vs_off'),

  // ── default ─────────────────────────────────────────────────────────────────────
  q('default', 'SS_TCP_CLOSE_RESET default?'),
  q('default', 'is the reset mode on by default'),
  q('default', 'wat is the deafult value of tcp close reset'),
  q('default', 'what value does SS_TCP_CLOSE_RESET have out of the box'),
  q('default', 'by default is rst close enabled or disabled?'),
  q('default', 'default setting for ss tcp close reset pls'),
  q('default', "what's SS_TCP_CLOSE_RESET set to on a fresh install by defualt"),
  q('default', 'what is the default of SS_TCP_CLOSE_RESET?'),

  // ── where it is set ─────────────────────────────────────────────────────────────
  q('where_set', 'where can I change SS_TCP_CLOSE_RESET?'),
  q('where_set', 'in which file is the tcp close reset configured'),
  q('where_set', 'how to disable SS_TCP_CLOSE_RESET'),
  q('where_set', 'wher do i find the rst setting in the vos client'),
  q('where_set', 'which menu in the client has SS_TCP_CLOSE_RESET'),
  q('where_set', 'after editing softswitch.conf do I need a restart for the reset setting?'),
  q('where_set', 'how can i switch SS_TCP_CLOSE_RESET off'),

  // ── On vs Off ───────────────────────────────────────────────────────────────────
  q('on_vs_off', "rst vs fin, what's the difference?"),
  q('on_vs_off', 'what do we lose if we turn SS_TCP_CLOSE_RESET on'),
  q('on_vs_off', 'what are the advantages of the reset mode'),
  q('on_vs_off', 'difference between SS_TCP_CLOSE_RESET on and off?'),
  q('on_vs_off', 'disadvantges of rst close'),
  q('on_vs_off', 'what happens when the tcp close reset is enabled'),
  q('on_vs_off', 'is fin or rst better for closing sip tcp?', 'advice'),

  // ── NAT and firewalls ───────────────────────────────────────────────────────────
  q('nat_firewall', 'how does rst affect routers doing nat?'),
  q('nat_firewall', 'can the reset mode cause trouble with our fortigate firewall?', 'known_problems'),
  q('nat_firewall', 'why do stateful firewalls not like tcp rst'),
  q('nat_firewall', 'does SS_TCP_CLOSE_RESET break nat'),
  q('nat_firewall', 'will iptables drop the rst packets from vos'),
  q('nat_firewall', 'what does a nat router do when it gets an rst'),
  q('nat_firewall', 'does the tcp close reset mess with conntrack?'),

  // ── UDP ─────────────────────────────────────────────────────────────────────────
  q('udp', 'does SS_TCP_CLOSE_RESET matter for udp?'),
  q('udp', 'we only run sip over udp, does the reset setting do anything?', 'advice'),
  q('udp', 'is rst mode relevant if all trunks are udp'),
  q('udp', 'does it matter if my phones use UDP?'),
  q('udp', 'udp phones and tcp close reset, any effect?'),
  q('udp', 'will changing SS_TCP_CLOSE_RESET affect udp calls'),
  q('udp', 'does the tcp reset setting apply to upd too'),

  // ── TLS ─────────────────────────────────────────────────────────────────────────
  q('tls', 'we use TLS, is RST ok?', 'advice'),
  q('tls', 'does SS_TCP_CLOSE_RESET affect sip over tls?'),
  q('tls', 'what about tls, is the reset mode a problem there?'),
  q('tls', 'rst and close_notify, is that an issue?'),
  q('tls', 'is tcp close reset compatible with tls trunks'),
  q('tls', 'tls on 5061, should the reset setting stay off?', 'advice'),
  q('tls', 'does rst mode hurt encrypted sip'),

  // ── TIME_WAIT ───────────────────────────────────────────────────────────────────
  q('timewait', 'what is time_wait exactly'),
  q('timewait', 'what does TIME_WAIT state mean?'),
  q('timewait', 'why do closed sockets go to time wait at all?'),
  q('timewait', 'explain TIME-WAIT pls'),
  q('timewait', 'tiem wait meaning?'),
  q('timewait', 'how long do connections stay in TIME_WAIT on linux'),
  q('timewait', 'is time_wait harmful?'),

  // ── checking TIME_WAIT ──────────────────────────────────────────────────────────
  q('check_timewait', 'how do I check TIME_WAIT?'),
  q('check_timewait', 'how can I count the time_wait connections on my server'),
  q('check_timewait', 'what command shows the number of sockets in time wait'),
  q('check_timewait', 'how to see TIME_WAIT with netstat'),
  q('check_timewait', 'how do I check time wait on centos 6 without ss?'),
  q('check_timewait', 'how to monitor the timewait count'),
  q('check_timewait', 'is there a comand to chek time_wait'),

  // ── kernel settings ─────────────────────────────────────────────────────────────
  q('kernel', 'what does tcp_tw_reuse do?'),
  q('kernel', 'is tcp_tw_reuse safe on centos 6?'),
  q('kernel', 'should I use tcp_tw_recycle'),
  q('kernel', 'what is ip_local_port_range for'),
  q('kernel', 'which sysctl settings go with the rst mode'),
  q('kernel', 'does tcp_fin_timeout shorten time wait?'),
  q('kernel', 'what kernal tuning do you do'),

  // ── the known problems ──────────────────────────────────────────────────────────
  q('known_problems', 'what can go wrong with SS_TCP_CLOSE_RESET?'),
  q('known_problems', 'what issues does the reset mode cause'),
  q('known_problems', 'which problems are known with tcp close reset'),
  q('known_problems', 'are there risks with rst close?', 'on_vs_off'),
  q('known_problems', 'what are the common problems with SS_TCP_CLOSE_RESET'),
  q('known_problems', 'list of known issues of the rst setting'),

  // ── deployment advice ───────────────────────────────────────────────────────────
  q('advice', 'should I turn it on at 800 CPS?'),
  q('advice', 'should we enable SS_TCP_CLOSE_RESET?'),
  q('advice', 'do you recommend rst for a wholesale switch with 500 cps'),
  q('advice', 'is SS_TCP_CLOSE_RESET on a good idea for us'),
  q('advice', 'on or off for SS_TCP_CLOSE_RESET, what do you advise'),
  q('advice', 'we have phones behind nat, should we use tcp close reset?', 'nat_firewall'),
  q('advice', 'shud i enable the reset mode'),
  q('advice', 'would you turn on rst for a carrier with 2000 cps'),
  q('advice', 'do we need SS_TCP_CLOSE_RESET on'),
  q('advice', 'what is the best setting of SS_TCP_CLOSE_RESET for us'),

  // ── health check ────────────────────────────────────────────────────────────────
  q('health_check', 'check my server please'),
  q('health_check', 'can you check vos-dhaka'),
  q('health_check', 'please have a look at our switch'),
  q('health_check', 'run a health check on my server'),
  q('health_check', 'what is my current SS_TCP_CLOSE_RESET setting?'),
  q('health_check', 'how is my server doing'),
  q('health_check', 'check our vos please'),
  q('health_check', 'can u look at my server'),

  // ── help ────────────────────────────────────────────────────────────────────────
  q('help', 'help'),
  q('help', 'what can you do?'),
  q('help', 'Menu'),
];

/** Problem reports: the playbook flow, even when they come as a question. */
export const symptomSet: readonly LabelledMessage[] = [
  q('symptom', 'hi, our switch stops taking new calls every evening, log full of "bind failed: Address already in use"'),
  q('symptom', 'why do we get address already in use every evening?'),
  q('symptom', 'how to fix java.net.BindException: Address already in use at peak?'),
  q('symptom', 'we see 30000 TIME_WAIT and new calls fail, what should we do?'),
  q('symptom', 'EADDRINUSE on the switch again'),
  q('symptom', 'since yesterday night half our extensions at the branch show offline'),
  q('symptom', 'extensions behind the mikrotik keep going unregistered since rst was enabled'),
  q('symptom', 'why are my phones behind nat unregistered since yesterday?'),
  q('symptom', 'calls fail and the firewall log shows the RST packets dropped'),
  q('symptom', 'since SS_TCP_CLOSE_RESET was enabled our fortigate drops the resets and calls fail'),
  q('symptom', 'calls failing since the change yesterday'),
  q('symptom', 'Cannot assign requested address / address already in use on vos, thousands of TIME_WAIT'),
  q('symptom', 'ss -s says timewait 28500/0, ports are running out, is that the problem?'),
  q('symptom', 'is it normal that we get EADDRINUSE every night at 9?'),
  q('symptom', 'phones lose registration every few minutes after your fix, what can we do?'),
  q('symptom', 'asa logs deny tcp (no connection) flags RST for our sip trunk'),
  q('symptom', 'calls failing since yesterday, please check'),
  q('symptom', 'phones offline, can you check my server?'),
];

/** Small talk and other subjects: a person answers, as before. */
export const otherSet: readonly LabelledMessage[] = [
  q('none', 'hi'),
  q('none', 'good morning team'),
  q('none', 'thanks'),
  q('none', 'ok'),
  q('none', 'any update?'),
  q('none', 'what is my balance'),
  q('none', 'how do I add a new vendor gateway?'),
  q('none', "one way audio on the KSA route, they can't hear us"),
  q('none', 'what ports do i need to open on the firewall for vos'),
  q('none', 'is tcp supported or only udp?'),
  q('none', 'how many calls per second can one server handle'),
  q('none', 'can we use tls for our new trunk?'),
  q('none', 'please send the invoice'),
  q('none', 'what is the url of the portal'),
  q('none', 'my license expires next week, what should i do?'),
  q('none', 'why is asr so low on the india route?'),
  q('none', 'can you add 2 new extensions for us'),
  q('none', 'how to change caller id?'),
];

/** Everything above: the set the cues and examples were tuned against. */
export const labelledSet: readonly LabelledMessage[] = [...questionSet, ...symptomSet, ...otherSet];

/**
 * Written after the tuning and never tuned against: its figures say how the matcher does on
 * wordings nobody fitted it to. Kept apart so that it stays that way (fix misses by adding
 * examples or cues, not by editing these).
 */
export const heldOutSet: readonly LabelledMessage[] = [
  q('what_it_does', 'hey, quick one: what is SS_TCP_CLOSE_RESET used for?'),
  q('what_it_does', 'what does tcp close reset in the softswitch parameters mean'),
  q('what_it_does', 'can someone explain the rst close parameter'),
  q('default', 'out of the box, is tcp close reset on?'),
  q('default', 'whats the standard value of SS_TCP_CLOSE_RESET'),
  q('default', 'ss_tcp_close_reset defualt value'),
  q('where_set', 'where is SS_TCP_CLOSE_RESET configured?'),
  q('where_set', 'how do i turn the tcp close reset on in vos3000'),
  q('where_set', 'which config file holds the rst mode'),
  q('on_vs_off', 'rst or fin close, which one is faster?', 'advice'),
  q('on_vs_off', 'what are the drawbacks of SS_TCP_CLOSE_RESET On'),
  q('on_vs_off', 'what changes on the wire when the reset mode is on?'),
  q('nat_firewall', 'why do nat routers have trouble with rst?'),
  q('nat_firewall', 'does tcp close reset upset a sonicwall firewall?'),
  q('nat_firewall', 'can rst close cause stale nat bindings'),
  q('udp', 'our trunks are udp, does SS_TCP_CLOSE_RESET change anything for them?', 'advice'),
  q('udp', 'is the tcp close reset useful for udp traffic'),
  q('udp', 'udp only here - is the reset mode relevant?', 'advice'),
  q('tls', 'we run TLS on 5061, what does SS_TCP_CLOSE_RESET do to it?'),
  q('tls', 'does rst close break tls sessions'),
  q('tls', 'is close_notify skipped with rst?'),
  q('timewait', 'what is a TIME_WAIT socket?'),
  q('timewait', 'why does linux keep connections in time wait for 60 seconds'),
  q('timewait', 'time_wait meaning pls'),
  q('check_timewait', 'how can i find out how many sockets are in TIME_WAIT'),
  q('check_timewait', 'command for counting time wait on centos'),
  q('check_timewait', 'how do i see time_wait with ss'),
  q('kernel', 'what is net.ipv4.ip_local_port_range'),
  q('kernel', 'is tcp_tw_reuse=1 a good idea?', 'advice'),
  q('kernel', 'which kernel parameters do you change for time wait'),
  q('known_problems', 'what are the known problems with rst mode'),
  q('known_problems', 'which issues can SS_TCP_CLOSE_RESET lead to'),
  q('advice', 'we do about 1200 cps, should rst be on?'),
  q('advice', 'should i enable SS_TCP_CLOSE_RESET for a small office pbx'),
  q('advice', 'is tcp close reset recommended for wholesale'),
  q('advice', 'would you keep the reset mode off for us?'),
  q('health_check', 'could you check my server'),
  q('health_check', 'please check vos-dhaka for me'),
  q('health_check', 'can you take a look at our softswitch'),
  q('help', 'what can you help me with?'),
  q('symptom', 'address already in use errors since 8pm, please check'),
  q('symptom', 'our phones behind the router went unregistered after the rst change, why?'),
  q('symptom', 'firewall is dropping rst packets, calls fail'),
  q('symptom', 'why is the switch throwing BindException every evening?'),
  q('symptom', 'time_wait is at 29000 on the server, help'),
  q('symptom', 'extensions offline since you changed the tcp close setting'),
  q('none', 'good evening'),
  q('none', 'please call me'),
  q('none', 'what is the sip port'),
  q('none', 'how do i recharge my account?'),
  q('none', 'can you block calls to cuba'),
  q('none', 'why is voice quality bad on the uk route?'),
  q('none', 'do you support g729?'),
];
