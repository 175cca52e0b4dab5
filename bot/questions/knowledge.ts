// The knowledge base: what the assistant can say about SS_TCP_CLOSE_RESET without touching a
// server. Data only (the VOS3000 manual §4.3.5.2 and field practice);
// classify.ts reads `examples` and `cues`, the conversation reads `answer` and `offer`.

/** The knowledge entries, in the order `help` and the engineers' list name them. */
export const knowledgeIds = [
  'what_it_does',
  'default',
  'where_set',
  'on_vs_off',
  'nat_firewall',
  'udp',
  'tls',
  'timewait',
  'check_timewait',
  'kernel',
  'known_problems',
] as const;

/** One knowledge entry's id. */
export type KnowledgeId = (typeof knowledgeIds)[number];

/**
 * One explicit cue: a pattern on the normalised phrase (lower case, corrected words joined by
 * single spaces and padded with a space at each end; `SS_TCP_CLOSE_RESET` reads
 * `sstcpclosereset`, `TIME_WAIT` and "time wait" read `timewait`) and the evidence it adds,
 * in log-odds units (2–3 a clear phrase, 1 context).
 */
export interface Cue {
  readonly pattern: RegExp;
  readonly weight: number;
}

/** One thing the assistant knows and says in its own words. */
export interface KnowledgeEntry {
  readonly id: KnowledgeId;
  /** A few words for lists (help, engineers). */
  readonly title: string;
  /** The answer: short enough for a phone screen, numbers rather than adjectives. */
  readonly answer: string;
  /** The one follow-up offer; `{server}` is the customer's server (or "your server"). */
  readonly offer: string;
  /** Questions the classifier learns this entry from (tests use other wordings). */
  readonly examples: readonly string[];
  readonly cues: readonly Cue[];
}

/**
 * Where the parameter lives in the VOS3000 client. One constant, so a release that moves the
 * menu is a one-line change.
 */
export const CLIENT_PATH = 'Operation management → Softswitch management → Additional settings → System parameter';

/** The softswitch.conf path every VOS3000 host uses unless configured otherwise. */
export const CONF_PATH = '/home/kunshi/mbx3000/etc/softswitch.conf';
/** The command that makes the running softswitch re-read it without dropping calls. */
export const RELOAD_COMMAND = 'service mbx3000d reparse';

/**
 * How the parameter is written in messages after normalisation: the key itself (and typos the
 * normaliser corrects to it), "tcp close reset", "reset mode", "the rst setting" …
 */
export const PARAM = String.raw`(?:sstcpclosereset|sstcpclose|tcpclosereset|closereset|tcpcloserst|(?:ss )?tcp close (?:reset|rst)|close (?:reset|rst)|(?:tcp )?(?:reset|rst) (?:mode|setting|option|parameter|param|flag|close|closing|feature)|(?:the|that|this) (?:tcp )?(?:reset|rst)(?: setting| parameter| option| thing)?)`;

const re = (source: string) => new RegExp(source);

/** The entries. */
export const knowledge: readonly KnowledgeEntry[] = [
  {
    id: 'what_it_does',
    title: 'what SS_TCP_CLOSE_RESET does',
    answer:
      'SS_TCP_CLOSE_RESET decides how VOS3000 closes a SIP-over-TCP connection. Off (the default): the normal FIN handshake; the side that closes keeps the socket in TIME_WAIT for 60 s. On: one RST packet, no TIME_WAIT, ports free at once, but NAT routers and stateful firewalls may not take it well. SIP over UDP is not affected.',
    offer: 'Want me to check what {server} uses now?',
    examples: [
      'what does SS_TCP_CLOSE_RESET do',
      'what is SS_TCP_CLOSE_RESET',
      'what is the tcp close reset parameter for',
      'explain the rst setting please',
      'what does the reset mode actually change',
      'meaning of SS_TCP_CLOSE_RESET',
      'what is this tcp close reset thing in vos',
      'how does SS_TCP_CLOSE_RESET work',
      'what is the purpose of the close reset option',
      'tell me about the tcp reset setting',
    ],
    cues: [
      { pattern: re(` (?:what|whats) (?:is|does|do|s) (?:the |this |that )?${PARAM} `), weight: 2 },
      { pattern: re(` ${PARAM}(?: [a-z0-9]+){0,4} (?:mean|means|meaning|for|do|does|control|controls|change|changes) `), weight: 1.5 },
      { pattern: / (?:meaning|purpose|explain|explanation|function|used for|stands for|what it does|what does it do|how does it work|tell me about|describe) /, weight: 1.5 },
      { pattern: re(` how does (?:the |this )?(?:${PARAM}|it) work`), weight: 1.5 },
    ],
  },
  {
    id: 'default',
    title: 'its default (Off)',
    answer:
      'The default is Off: VOS3000 closes SIP TCP connections with the normal FIN handshake. A softswitch.conf without the SS_TCP_CLOSE_RESET line also means Off.',
    offer: 'Want me to check what {server} is set to?',
    examples: [
      'tell me the default of SS_TCP_CLOSE_RESET',
      'default value of tcp close reset',
      'is rst on or off by default',
      'what is the factory setting for the reset mode',
      'out of the box is SS_TCP_CLOSE_RESET enabled',
      'what does vos use if SS_TCP_CLOSE_RESET is not set',
      'default for SS_TCP_CLOSE_RESET?',
      'is the tcp close reset enabled by default',
    ],
    cues: [
      { pattern: / (?:default|defaults|defaulted|factory|out of the box|preset) /, weight: 3.5 },
      { pattern: / (?:initial|original|standard|stock|shipped) (?:value|setting|state)/, weight: 2.5 },
      { pattern: / (?:not set|missing|absent|no line|not in the file|not configured) /, weight: 1 },
    ],
  },
  {
    id: 'where_set',
    title: 'where it is set (client and softswitch.conf)',
    answer: `In the VOS3000 client: ${CLIENT_PATH}, SS_TCP_CLOSE_RESET. On the server it is the line SS_TCP_CLOSE_RESET="On" or "Off" in ${CONF_PATH}; \`${RELOAD_COMMAND}\` loads it without dropping calls (a restart drops them).`,
    offer: 'Want me to read the current value on {server}?',
    examples: [
      'where do i set SS_TCP_CLOSE_RESET',
      'where is the tcp close reset option in the client',
      'how do i change the rst setting',
      'which file has SS_TCP_CLOSE_RESET',
      'how to enable SS_TCP_CLOSE_RESET on vos3000',
      'where can i find the reset mode in vos client menu',
      'do i need to restart the softswitch after changing it',
      'how do i turn off the tcp close reset',
      'where is softswitch.conf',
      'which menu has the system parameters',
    ],
    cues: [
      { pattern: / where (?:is|are|do|does|can|to|should|would|i|we|in) /, weight: 2.5 },
      { pattern: / (?:which|what) (?:file|menu|screen|page|path|tab|section|window) /, weight: 2.5 },
      { pattern: / (?:how|where) (?:do |can |to |should |would )?(?:i |we |you )?(?:set|change|enable|disable|turn|configure|edit|modify|switch|activate|deactivate|find|put) /, weight: 2 },
      { pattern: / (?:softswitch conf|config file|configuration file|conf file|system parameters?|client menu|in the client|vos3000 client|reparse|restart needed|need to restart|needs a restart|restart the softswitch) /, weight: 2 },
    ],
  },
  {
    id: 'on_vs_off',
    title: 'On vs Off: the trade-offs',
    answer:
      'Off (FIN): 4 packets per close, every device understands it, but the closing side keeps each socket in TIME_WAIT for 60 s (at 500 CPS about 30,000, more than the default 28,232 ports). On (RST): 1 packet, no TIME_WAIT, ports free at once; but NAT routers may keep stale bindings and stateful firewalls may drop the RST. Off is right unless TIME_WAIT is your problem.',
    offer: 'Want me to check TIME_WAIT and the current setting on {server}?',
    examples: [
      'what is the difference between on and off',
      'pros and cons of SS_TCP_CLOSE_RESET',
      'fin or rst which is better',
      'what happens if i turn on the tcp close reset',
      'advantages and disadvantages of rst close',
      'what changes when SS_TCP_CLOSE_RESET is on',
      'difference between fin and rst close',
      'is rst faster than fin',
      'what do we gain with reset mode on',
      'any downside of enabling rst',
      'side effects of tcp close reset on',
    ],
    cues: [
      { pattern: / (?:on|enabled?|enabling) (?:vs|versus|or|and|compared to) (?:off|disabled?|disabling) /, weight: 3 },
      { pattern: / (?:pros|cons|advantages?|disadvantages?|benefits?|drawbacks?|tradeoffs?|trade offs?|downsides?|upsides?|side effects?|gain|lose|cost|costs|impact|effect of) /, weight: 2.5 },
      { pattern: / (?:fin|graceful) (?:vs|versus|or|and|compared to) (?:rst|reset)| (?:rst|reset) (?:vs|versus|or|and|compared to) (?:fin|graceful)/, weight: 3 },
      { pattern: / difference | differences | what happens (?:if|when) | what changes | faster | better /, weight: 2 },
    ],
  },
  {
    id: 'nat_firewall',
    title: 'why RST upsets NAT routers and firewalls',
    answer:
      'An RST ends the connection without the FIN exchange NAT routers and stateful firewalls watch for. A NAT router may keep a stale binding, so phones behind it lose registration; a firewall may count the RST as invalid and drop it, so calls fail. With NATed phones, or a firewall that drops RST, keep it Off (or let the firewall pass RST for SIP TCP).',
    offer: "Want me to check {server}'s firewall rules and current setting?",
    examples: [
      'why does rst break nat',
      'how does the reset mode affect phones behind nat',
      'does SS_TCP_CLOSE_RESET cause problems with firewalls',
      'why would a firewall drop rst packets',
      'what does rst do to a nat router',
      'can tcp close reset make phones lose registration',
      'does rst confuse stateful firewalls',
      'will mikrotik drop the reset packets',
      'is rst a problem with conntrack',
    ],
    cues: [
      { pattern: / (?:nat|router|routers|cgnat|mikrotik|modem) /, weight: 1.5 },
      { pattern: / (?:firewall|firewalls|iptables|conntrack|stateful|fortigate|pfsense|asa) /, weight: 1.5 },
      { pattern: / (?:break|breaks|breaking|confuse|confuses|hurt|hurts|affect|affects|upset|upsets|drop|drops|dropped|lose|loses|problem|problems|issue|issues) /, weight: 0.5 },
    ],
  },
  {
    id: 'udp',
    title: 'UDP (no effect)',
    answer:
      'No. SS_TCP_CLOSE_RESET only changes how SIP-over-TCP connections close; SIP over UDP has no connections to close, so On or Off makes no difference to UDP phones and trunks.',
    offer: 'Want me to check which transports {server} uses?',
    examples: [
      'does the tcp close reset matter if we only use udp',
      'does SS_TCP_CLOSE_RESET affect udp',
      'our phones are on udp, does rst change anything',
      'is the reset setting relevant for udp trunks',
      'does udp care about the close reset',
      'will rst mode do anything for sip over udp',
      'udp only, should i care about SS_TCP_CLOSE_RESET',
      'does udp use tcp close reset',
    ],
    cues: [{ pattern: / udp /, weight: 3.5 }],
  },
  {
    id: 'tls',
    title: 'TLS (keep it Off)',
    answer:
      'Keep it Off with TLS. An RST cuts the TCP connection before the TLS close_notify is sent, so the far end sees a truncated session (errors, sometimes a fresh handshake). TLS links are few and long-lived, so TIME_WAIT is rarely a reason to switch.',
    offer: 'Want me to check {server} for TLS connections and the current setting?',
    examples: [
      'what about tls with SS_TCP_CLOSE_RESET',
      'does rst break tls',
      'we use sip over tls, what does reset mode do',
      'is tcp close reset a problem for tls',
      'tls and the reset setting',
      'close_notify and SS_TCP_CLOSE_RESET',
      'does rst skip the tls close notify',
      'sips on 5061 with rst close',
    ],
    cues: [{ pattern: / (?:tls|sips|5061|closenotify|close notify|ssl|encrypted|encryption|srtp) /, weight: 3.5 }],
  },
  {
    id: 'timewait',
    title: 'what TIME_WAIT is',
    answer:
      'TIME_WAIT is the state a TCP socket stays in for 60 s after the side that closed first sent its FIN, so late packets cannot land in a new connection. Each such socket holds a local port; at high CPS over TCP thousands pile up and new connections fail with "address already in use".',
    offer: 'Want me to count TIME_WAIT on {server} now?',
    examples: [
      'what is time_wait',
      'what does time wait mean',
      'why do sockets stay in TIME_WAIT',
      'explain time_wait state',
      'how long does a socket stay in time wait',
      'is time_wait bad',
      'why do we have so many time wait connections in general',
      'what causes TIME_WAIT',
    ],
    cues: [
      { pattern: / (?:what|whats) (?:is|are|does|s) (?:a |the |this )?timewait| timewait (?:mean|means|meaning|state|is what)| (?:explain|define|definition of) (?:the )?timewait| why (?:do|does|is|are) (?:[a-z]+ ){0,5}timewait| causes? (?:of )?timewait| how long (?:[a-z]+ ){0,5}timewait| (?:is|are) timewait | timewait (?:sockets? )?(?:bad|harmful|dangerous|normal|a problem|problem|ok|okay|evil)/, weight: 3 },
      // "300 TIME_WAIT on a quiet server, normal?": whether a figure is a lot is this answer too.
      { pattern: / timewait (?:[a-z0-9]+ ){0,6}(?:normal|ok|okay|fine|healthy|a problem|too many|too much|a lot|worry)(?: |$)| (?:normal|healthy|too many|too much|a lot) (?:[a-z0-9]+ ){0,3}timewait /, weight: 2.5 },
      { pattern: / timewait /, weight: 1 },
    ],
  },
  {
    id: 'check_timewait',
    title: 'how to check TIME_WAIT',
    answer:
      'On the server: `ss -s` (the timewait figure on the TCP line), or `ss -tan state time-wait | wc -l` for the count. Without ss (old CentOS): `netstat -ant | grep -c TIME_WAIT`. Compare with the port range: `cat /proc/sys/net/ipv4/ip_local_port_range` (32768 60999 = 28,232 ports).',
    offer: 'Want me to check {server} for you (read-only)?',
    examples: [
      'how do i check the time_wait count',
      'how to count TIME_WAIT sockets',
      'which command shows time wait',
      'how can i see how many connections are in time wait',
      'how to monitor time_wait on centos',
      'command to check timewait count',
      'how do i know if ports are running out',
      'how to check time wait without ss',
      'netstat command for time_wait',
    ],
    cues: [
      { pattern: / (?:how|where|which command|what command|command|way|ways) (?:[a-z]+ ){0,5}(?:check|see|count|measure|monitor|find|watch|view|know|look|show|shows|list|get) /, weight: 1.5 },
      { pattern: / (?:check|see|count|counting|measure|monitor|watch|view|show|shows|list) (?:the |my |our |how many )?(?:number of )?(?:timewait|sockets|connections|ports)/, weight: 1.5 },
      { pattern: / (?:ss s|ss tan|netstat|wc l|ss command|ss tool) /, weight: 3 },
      { pattern: / timewait /, weight: 1 },
    ],
  },
  {
    id: 'kernel',
    title: 'the kernel settings (tcp_tw_reuse, port range)',
    answer:
      'Two kernel settings go with it. net.ipv4.tcp_tw_reuse = 1 lets new outgoing connections reuse a port still in TIME_WAIT (safely, with TCP timestamps). net.ipv4.ip_local_port_range = 1024 65535 gives 64,512 local ports instead of 28,232. Avoid tcp_tw_recycle (breaks clients behind NAT, gone since Linux 4.12); tcp_fin_timeout does not shorten TIME_WAIT.',
    offer: 'Want me to read these values on {server}?',
    examples: [
      'what is tcp_tw_reuse',
      'which kernel settings should go with rst mode',
      'what does ip_local_port_range do',
      'should i set tcp_tw_recycle',
      'what sysctl values do you change',
      'is tcp_tw_reuse safe',
      'does tcp_fin_timeout reduce time wait',
      'what port range do you recommend',
      'kernel tuning for time wait',
      'what does net.ipv4.tcp_tw_reuse 1 mean',
    ],
    cues: [
      { pattern: / (?:kernel|sysctl|sysctls|tcptwreuse|tw reuse|twreuse|reuse|iplocalportrange|port range|local port range|ephemeral|tcptwrecycle|recycle|twrecycle|tcpfintimeout|fin timeout|fintimeout|ipv4) /, weight: 3 },
    ],
  },
  {
    id: 'known_problems',
    title: 'the three known problems',
    answer:
      'Three, all on SIP over TCP. 1) Ports used up by TIME_WAIT at high CPS ("address already in use"): RST On plus kernel tuning. 2) Phones behind NAT lose registration after RST was turned On: back to Off. 3) A stateful firewall drops the RST packets and calls fail: Off, or let the firewall pass RST. Tell me what you see and I will check and propose the fix for an engineer to approve.',
    offer: 'Want me to check {server} for all three?',
    examples: [
      'what problems can SS_TCP_CLOSE_RESET cause',
      'what are the known issues with the tcp close reset',
      'which problems can you fix',
      'what can go wrong with rst mode',
      'common problems with SS_TCP_CLOSE_RESET',
      'what are the risks of the reset setting',
      'what issues are related to tcp close',
      'list the known problems',
    ],
    cues: [
      { pattern: / (?:known|common|typical|usual|main|which|what|possible|list the|list of) (?:problems?|issues?|bugs?|risks?|dangers?)| what can go wrong| (?:problems?|issues?|risks?|dangers?) (?:with|of|from|caused by|related to|does it cause|can it cause)| (?:cause|causes) (?:any )?(?:problems?|issues?)/, weight: 2.5 },
      { pattern: / (?:which|what) (?:problems?|issues?) (?:can|do) you (?:fix|solve|handle)/, weight: 2 },
    ],
  },
];

/** An entry by id. */
export function knowledgeEntry(id: KnowledgeId): KnowledgeEntry {
  const entry = knowledge.find((e) => e.id === id);
  if (!entry) throw new Error(`no knowledge entry ${id}`);
  return entry;
}
