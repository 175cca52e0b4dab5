import type { PlaybookId } from '../../playbooks/ids.js';
import type { Normalised } from './normalise.js';
import type { Extracted, RuleHit } from './types.js';

/**
 * One explicit rule. `on: 'text'` rules read the lower-cased message with its punctuation
 * (log lines, error names); `on: 'phrase'` rules read the corrected, canonical words joined by
 * single spaces and padded with a space at each end, so ` cannot bind ` also matches
 * "Can't bind!!" and "cant bnid".
 */
export interface Rule {
  readonly id: string;
  /** The playbook the rule points at, or null for a guard (evidence for "none of them"). */
  readonly playbook: PlaybookId | null;
  /** Evidence in log-odds units (nats). 4 ≈ a log signature, 2–3 a clear phrase, 1 context. */
  readonly weight: number;
  readonly on: 'text' | 'phrase';
  readonly pattern: RegExp;
  /**
   * Substrings of which at least one occurs in every text the pattern matches: a cheap
   * pre-check, so most rules cost one `includes` per message. Omit to always run the pattern.
   */
  readonly hints?: readonly string[];
  /** What the rule recognises, for people reading the rule list. */
  readonly about: string;
}

/** A rule computed from extracted values rather than from a pattern. */
interface ValueRule {
  readonly id: string;
  readonly playbook: PlaybookId | null;
  test(x: Extracted): { weight: number; matched: string } | undefined;
}

const PHONES = '(?:extensions?|phones?|softphones?|endpoints?|users?|agents?|clients?|devices?|sip accounts?|accounts?|subscribers?|handsets?|branch(?:es)?)';
const BLOCK_VERB = '(?:dropped|drop|drops|dropping|blocked|block|blocks|blocking|denied|deny|denies|denying|rejected|reject|rejects|filtered|filter|filters|filtering|discarded|discard|discards|discarding|eaten|eats|killed|kills|marked invalid|invalid)';
const RST = '(?:rst|reset|resets|tcp rst|tcp reset)';
/** "after your fix", "since the change you made", "the setting you applied yesterday". */
const AFTER_CHANGE = / (?:after|since|from) (?:your|the|you|that|this) (?:fixes|fixed|fix|changes|changed|change|updated|update|tuning|modification)| (?:fix|change|setting|settings|tuning) (?:you|u) (?:made|did|applied|changed|done)| (?:you|u) (?:changed|applied|fixed|modified|updated) /;

/** The rule set: signatures and phrases for each playbook, and guards for look-alikes. */
export const rules: readonly Rule[] = [
  // ── port_exhaustion ────────────────────────────────────────────────────────────────
  { id: 'pe.eaddrinuse', playbook: 'port_exhaustion', weight: 4, on: 'text', pattern: /eaddrinuse|errno\s*[=:]?\s*98\b/, hints: ['eaddrinuse', 'errno'], about: 'EADDRINUSE / errno 98' },
  { id: 'pe.bind-exception', playbook: 'port_exhaustion', weight: 4, on: 'text', pattern: /bind ?exception|jvmbind/, hints: ['bind'], about: 'java.net.BindException ("JVM_Bind")' },
  { id: 'pe.address-in-use', playbook: 'port_exhaustion', weight: 4, on: 'phrase', pattern: / (?:address|addr|adress|addresses) (?:is )?(?:already )?(?:in use|used)/, hints: ['in use', 'used'], about: '"Address already in use"' },
  { id: 'pe.port-in-use', playbook: 'port_exhaustion', weight: 2.5, on: 'phrase', pattern: / (?:port|ports|socket|sockets) (?:is |are )?already (?:in use|used)/, hints: ['already'], about: '"port already in use"' },
  { id: 'pe.cannot-bind', playbook: 'port_exhaustion', weight: 3.5, on: 'phrase', pattern: / (?:cannot|can not|could not|not able to|failed to|fail to|fails to|failing to|unable to)(?: [a-z0-9]+)? bind | bind(?:ing)? (?:failed|fails|failure|error|errors|fail|failing|problem|issue)| (?:error|errors|problem|issue|failure)s? (?:about |with |on |in )?binding |bind\(\)/, hints: ['bind'], about: '"cannot bind", "bind failed"' },
  { id: 'pe.cannot-assign', playbook: 'port_exhaustion', weight: 4, on: 'text', pattern: /eaddrnotavail|cannot assign requested address|can ?not assign requested address/, hints: ['eaddrnotavail', 'assign'], about: '"Cannot assign requested address" (no free local port)' },
  { id: 'pe.ports-exhausted', playbook: 'port_exhaustion', weight: 3, on: 'phrase', pattern: / (?:out of|run out of|ran out of|running out of|runs out of|exhausted|no free|no available|no more|not enough) (?:local |ephemeral |tcp |source |free |available |client )*(?:ports?|sockets?) | (?:ports?|sockets?) (?:are |is |got |get |getting |being )?(?:exhausted|exhaustion|exhaust|used up|all used|finished)| ephemeral ports?/, hints: ['port', 'socket'], about: '"ran out of ports", "port exhaustion"' },
  { id: 'pe.timewait', playbook: 'port_exhaustion', weight: 1.5, on: 'phrase', pattern: / timewait /, hints: ['timewait'], about: 'mentions TIME_WAIT' },
  { id: 'pe.too-many-sockets', playbook: 'port_exhaustion', weight: 1.5, on: 'phrase', pattern: / too many (?:tcp )?(?:connections|sockets|open connections|open sockets|tcp sessions)/, hints: ['too many'], about: '"too many connections"' },
  { id: 'pe.kernel-knobs', playbook: 'port_exhaustion', weight: 1, on: 'text', pattern: /iplocalportrange|tcptwreuse|tcptwrecycle|tcpfintimeout/, hints: ['iplocal', 'tcptw', 'tcpfin'], about: 'mentions the port range or tw_reuse sysctls' },

  // ── nat_unregistered ───────────────────────────────────────────────────────────────
  {
    id: 'nat.unregistered',
    playbook: 'nat_unregistered',
    weight: 2.5,
    on: 'phrase',
    pattern: / (?:unregistered|not registered|not registering|not register|stopped registering|stop registering|no registration|lost registration|losing registration|lose registration|loses registration|drop registration|dropping registration|drops registration|dropped registration) |(?:registration|registrations|register) (?:is |are |keeps |keep |get |gets |got )?(?:lost|lose|loses|losing|drops|dropped|dropping|drop|expired|expires|expiring|timeout|times out|timed out|gone|falls|falling|fell)/,
    hints: ['regist'],
    about: '"unregistered", "registration lost"',
  },
  { id: 'nat.phones-offline', playbook: 'nat_unregistered', weight: 1.5, on: 'phrase', pattern: new RegExp(` ${PHONES}(?: [a-z0-9]+){0,5} (?:offline|unreachable|unregistered|show offline|go offline|went offline|gone offline|red|greyed|grey|gray|logged out|disappear|disappeared|disappearing)`), hints: ['offline', 'unreachable', 'unregistered', 'red', 'grey', 'gray', 'logged out', 'disappear'], about: 'phones / extensions offline' },
  { id: 'nat.behind-nat', playbook: 'nat_unregistered', weight: 1, on: 'phrase', pattern: / behind (?:a |the |their |our |customer |client |office |branch )?(?:nat|router|routers|mikrotik|modem|cgnat|4g|lte|wifi)| nat |natted/, hints: ['behind', 'nat'], about: 'endpoints behind NAT / a router' },
  { id: 'nat.reregister', playbook: 'nat_unregistered', weight: 1, on: 'phrase', pattern: / reregister| register again| registering again| keep registering/, hints: ['regist'], about: 'phones have to register again' },

  // ── firewall_rst ───────────────────────────────────────────────────────────────────
  { id: 'fw.rst-blocked', playbook: 'firewall_rst', weight: 4, on: 'phrase', pattern: new RegExp(` ${RST}(?: packets?| flags?| segments?| replies| reply)? (?:(?:are|is|being|been|get|gets|getting|got|was|were|keep|keeps|all|still|always|often) )*${BLOCK_VERB} | ${BLOCK_VERB} (?:the |all |tcp |incoming |outgoing |our |those |these |every |of |any )*${RST}(?: packets?| flags?| segments?)? `), hints: ['rst', 'reset'], about: 'RST packets dropped / blocked' },
  { id: 'fw.asa-deny-no-connection', playbook: 'firewall_rst', weight: 4, on: 'text', pattern: /deny tcp \(?no connection\)?|asa-6-106015|\b106015\b/, hints: ['deny tcp', 'asa-6', '106015'], about: 'Cisco ASA "Deny TCP (no connection)"' },
  { id: 'fw.log-rst', playbook: 'firewall_rst', weight: 3, on: 'text', pattern: /proto=tcp\b.{0,200}\brst\b|tcp ?flags ?[:=]? ?"?rst|flags rst|\bflags=\S{0,20}rst/, hints: ['rst'], about: 'firewall log line with the RST flag' },
  { id: 'fw.conntrack-invalid', playbook: 'firewall_rst', weight: 2.5, on: 'text', pattern: /ctstate invalid|state invalid|conntrack\S{0,20}.{0,40}invalid|invalid (?:state|packet)s?|nf_conntrack|nfconntrack/, hints: ['invalid', 'conntrack'], about: 'conntrack INVALID drops' },
  { id: 'fw.tcpdump-rst', playbook: 'firewall_rst', weight: 1.5, on: 'text', pattern: /flags \[r\.?\]/, hints: ['flags [r'], about: 'tcpdump shows RST segments' },
  { id: 'fw.firewall', playbook: 'firewall_rst', weight: 0.75, on: 'phrase', pattern: / (?:firewall|firewalls|iptables|fortigate|pfsense|asa|conntrack|stateful) /, hints: ['firewall', 'iptables', 'fortigate', 'pfsense', 'asa', 'conntrack', 'stateful'], about: 'mentions a firewall' },

  // ── RST mode was switched on: points at the two problems RST causes ───────────────
  { id: 'rst.enabled-nat', playbook: 'nat_unregistered', weight: 0.75, on: 'phrase', pattern: / (?:sstcpclosereset|tcpclosereset|rst|reset)(?: mode| setting| option| parameter| thing| param)? (?:on|enabled|turned on|switched on|enable|changed|change)| (?:enabled|enabling|enable|turned on|turning on|switched on|changed|changing|set|activated) (?:the |that |tcp )?(?:sstcpclosereset|tcpclosereset|rst|reset)|sstcpclosereset|tcpclosereset/, hints: ['rst', 'reset'], about: 'RST mode was switched on' },
  { id: 'rst.enabled-fw', playbook: 'firewall_rst', weight: 0.75, on: 'phrase', pattern: / (?:sstcpclosereset|tcpclosereset|rst|reset)(?: mode| setting| option| parameter| thing| param)? (?:on|enabled|turned on|switched on|enable|changed|change)| (?:enabled|enabling|enable|turned on|turning on|switched on|changed|changing|set|activated) (?:the |that |tcp )?(?:sstcpclosereset|tcpclosereset|rst|reset)|sstcpclosereset|tcpclosereset/, hints: ['rst', 'reset'], about: 'RST mode was switched on' },

  { id: 'change.after-fix-nat', playbook: 'nat_unregistered', weight: 0.75, on: 'phrase', pattern: AFTER_CHANGE, hints: ['fix', 'chang', 'updat', 'tuning', 'applied'], about: 'trouble since a recent change (RST mode is the usual one)' },
  { id: 'change.after-fix-fw', playbook: 'firewall_rst', weight: 0.75, on: 'phrase', pattern: AFTER_CHANGE, hints: ['fix', 'chang', 'updat', 'tuning', 'applied'], about: 'trouble since a recent change (RST mode is the usual one)' },

  // ── guards: the same words about something else ────────────────────────────────────
  { id: 'guard.web-portal', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:web )?(?:portal|dashboard|webui|web ui|web interface|web panel|admin panel|control panel|login page|browser|website|web page|webpage) /, hints: ['portal', 'dashboard', 'web', 'panel', 'login page', 'browser'], about: 'the web portal' },
  { id: 'guard.client-login', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:login|log in|logon|log on|sign in|signin) | 1202 | vos3000 client | client (?:software|app|program|tool|exe)/, hints: ['log', 'sign', '1202', 'client'], about: 'logging in with the VOS3000 client / the portal' },
  { id: 'guard.credentials', playbook: null, weight: 3, on: 'phrase', pattern: / (?:password|passwords|passwd|pwd|credential|credentials|authentication|unauthorized|unauthorised|forbidden|401|403|407) | wrong (?:user|username|pass|secret)| auth (?:fail|failed|failure|error)/, hints: ['pass', 'pwd', 'credential', 'auth', 'forbidden', '401', '403', '407', 'wrong'], about: 'passwords / authentication' },
  { id: 'guard.one-way-audio', playbook: null, weight: 4, on: 'phrase', pattern: / (?:one way|oneway|no|without) (?:audio|voice|sound)| (?:cannot|not|cant) hear /, hints: ['audio', 'voice', 'sound', 'hear'], about: 'one-way or no audio' },
  { id: 'guard.audio', playbook: null, weight: 3, on: 'phrase', pattern: / (?:audio|voice quality|voice breaking|voice breaks|voice cutting|voice cuts|broken voice|breaking voice|choppy|robotic|jitter|echo|rtp|codec|codecs|g729|g711|g723|transcoding|dtmf|fax|t38|noise|crackling|silence|mos) /, hints: ['audio', 'voice', 'sound', 'choppy', 'robotic', 'jitter', 'echo', 'rtp', 'codec', 'g7', 'transcod', 'dtmf', 'fax', 't38', 'noise', 'crackl', 'silence', 'mos', 'hear'], about: 'audio / codec / voice quality' },
  { id: 'guard.billing', playbook: null, weight: 3, on: 'phrase', pattern: / (?:billing|bill|invoice|invoices|balance|recharge|rate|rates|tariff|tariffs|payment|payments|price|prices|pricing|cdr|cdrs|asr|acd|profit|credit|debit|topup|top up|refund|paid|pay) /, hints: ['bill', 'invoice', 'balance', 'recharge', 'rate', 'tariff', 'pay', 'price', 'pricing', 'cdr', 'asr', 'acd', 'profit', 'credit', 'debit', 'top', 'refund', 'paid'], about: 'billing / rates / CDRs' },
  { id: 'guard.license', playbook: null, weight: 3, on: 'phrase', pattern: / (?:license|licence|licensed|licenses|activation|serial key|dongle|trial|renew|renewal) /, hints: ['licen', 'activation', 'serial', 'dongle', 'trial', 'renew'], about: 'license' },
  { id: 'guard.how-to-add', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:how|where) (?:do |can |to |should |would )?(?:i |we |you )?(?:[a-z]+ ){0,2}(?:register|add|create|configure|config|setup|set up|make|define|build|install)| (?:new|add|adding|create|creating|configure|configuring) (?:a |an |new |one |another )*(?:gateway|gateways|routing gateway|mapping gateway|account|accounts|extension|user|users|customer|route|routes|prefix|did|dids|number|numbers|phone|trunk) /, hints: ['how', 'where', 'new', 'add', 'creat', 'configur'], about: 'asks how to set something up' },
  { id: 'guard.open-ports', playbook: null, weight: 2, on: 'phrase', pattern: / (?:open|allow|forward|unblock|whitelist|which|what) (?:the |a |which |what |all |these |those )?(?:port|ports|port number|port numbers)(?! already)/, hints: ['port'], about: 'asks which ports to open' },
  { id: 'guard.open-files', playbook: null, weight: 3, on: 'text', pattern: /too many open files|emfile|ulimit|file descriptors?|open files/, hints: ['open files', 'emfile', 'ulimit', 'file descriptor'], about: 'file descriptors (not TCP ports)' },
  { id: 'guard.resources', playbook: null, weight: 1.5, on: 'phrase', pattern: / (?:cpu|memory|ram|disk|swap|load average|mysql|mysqld|database|harddisk|hard disk|storage|backup) /, hints: ['cpu', 'memory', 'ram', 'disk', 'swap', 'load average', 'mysql', 'database', 'storage', 'backup'], about: 'CPU / memory / disk / database' },
  { id: 'guard.question', playbook: null, weight: 1.5, on: 'phrase', pattern: / (?:what|whats|which) (?:is|are|does|do) | explain | meaning of | difference between | is it (?:safe|ok|okay|good|recommended) | should (?:we|i) (?:turn|enable|set|use|change|switch|move)| (?:does|do) (?:it|this|that)(?: [a-z]+){0,3} matter | can (?:we|i) (?:move|use|switch|change|get)| do (?:i|we) need to (?:enable|set|use|configure|change|open|add) /, hints: ['what', 'which', 'explain', 'meaning', 'difference', 'is it', 'should', 'matter', 'can ', 'need to'], about: 'a question about how things work' },
  { id: 'guard.ask-config', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:which|what) (?:ip|address|server|port|domain|host|url|username|user|proxy|transport)s? (?:do|should|to|can|is|for|does|are)/, hints: ['which', 'what'], about: 'asks for connection settings' },
  { id: 'guard.sip-status', playbook: null, weight: 2, on: 'phrase', pattern: / (?:404|480|484|486|487|488|503|603) | service unavailable | not found | busy here /, hints: ['404', '480', '484', '486', '487', '488', '503', '603', 'unavailable', 'not found', 'busy here'], about: 'SIP error responses from the far end' },
  {
    id: 'guard.resolved',
    playbook: null,
    weight: 6,
    on: 'phrase',
    // Not when the message says the problem is back ("fixed yesterday but again …").
    pattern: /^(?!.* (?:again|still|back|returned|recurring|not fixed|not solved|not resolved|not working|not ok) )(?:.* (?:thanks|thank you) for (?:fixing|solving|resolving|the fix|your fix|your help)|.* (?:is |are |was |got |now |been )(?:fixed|solved|resolved)|.* no more (?:[a-z0-9]+ ){0,3}(?:problem|problems|issue|issues|error|errors)|.* since (?:your|the) fix|.* (?:error|errors|problem|problems|issue|issues) (?:is |are |has |have |seems |now )*gone)/,
    hints: ['thank', 'fixed', 'solved', 'resolved', 'no more', 'fix', 'gone'],
    about: 'the problem is over (thanks, fixed, no more …)',
  },
  { id: 'guard.blocked-port', playbook: null, weight: 2, on: 'phrase', pattern: / (?:block|blocks|blocking|blocked|banned|bans|ban|blacklisted) (?:the |my |our |their |all |incoming |outgoing |inbound |outbound )*(?:port|ports|ip|ips|udp|5060|5061|rtp|sip port|sip ports|traffic from|address|addresses|range) | fail2ban | (?:ip|address) (?:is |got |was )?(?:blocked|banned|blacklisted)/, hints: ['block', 'ban', 'blacklist'], about: 'a firewall blocks a port or an address (not RST)' },
  { id: 'guard.thanks', playbook: null, weight: 2, on: 'phrase', pattern: / (?:thanks|thank|shukriya|dhonnobad|dhanyavad|gracias|obrigado|merci|resolved|solved|all good|working fine|works now|working now) /, hints: ['thank', 'shukriya', 'dhonnobad', 'dhanyavad', 'gracias', 'obrigado', 'merci', 'resolved', 'solved', 'all good', 'working fine', 'works now', 'working now'], about: 'thanks / resolved' },
  { id: 'guard.caller-id', playbook: null, weight: 2, on: 'phrase', pattern: / (?:caller id|callerid|cli|ani|display name|number translation) /, hints: ['caller', 'cli', 'ani', 'display name', 'number translation'], about: 'caller id / number presentation' },
  { id: 'guard.limits', playbook: null, weight: 2, on: 'phrase', pattern: / (?:increase|raise|upgrade|extend|more|higher|change|need) (?:my |our |the )?(?:cps|channels?|concurrent|capacity|limit|limits|lines?) | (?:cps|channel|channels|concurrent|call|calls) limits? /, hints: ['cps', 'channel', 'concurrent', 'capacity', 'limit', 'line'], about: 'account limits (CPS, channels)' },
  { id: 'guard.startup', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:not|fails to|failed to|failing to|fail to|cannot|unable to) start(?:ing|s)? | on startup | at startup | during startup | startup (?:error|errors|fails|failed|failure|problem)/, hints: ['start'], about: 'a service that will not start (a listening port taken, not exhaustion)' },
  { id: 'guard.connection-refused', playbook: null, weight: 2, on: 'text', pattern: /connection refused|econnrefused|connectexception/, hints: ['refused', 'connectexception'], about: 'the far end refuses connections' },
  { id: 'guard.trunk-registration', playbook: null, weight: 3, on: 'phrase', pattern: / (?:registration|registrations|register|registering|registered|unregistered|unregistering) (?:[a-z0-9]+ )?(?:to|with|at|on) (?:the |our |my |their )?(?:upstream |sip )?(?:carrier|carriers|vendor|vendors|provider|providers|upstream|trunk|trunks|sbc|operator)| (?:carrier|vendor|provider|upstream|trunk|sbc|operator)s? (?:[a-z0-9]+ ){0,2}(?:registration|registrations|unregistered|unregistering|not registered)/, hints: ['regist'], about: 'our own registration to a carrier (not phones behind NAT)' },
  { id: 'guard.request', playbook: null, weight: 2, on: 'phrase', pattern: / (?:can you|could you|would you|please|kindly|want to|we want|i want|need to) (?:please )?(?:enable|disable|turn on|turn off|switch on|switch off|set|change|activate|deactivate|apply) /, hints: ['you', 'please', 'kindly', 'want', 'need'], about: 'asks for a change rather than describing a problem' },
  { id: 'guard.routing', playbook: null, weight: 2, on: 'phrase', pattern: / (?:no available routing|no routing|no route|route not found|routing prefix|dial plan|dialplan|prefix) /, hints: ['rout', 'dial plan', 'dialplan', 'prefix'], about: 'routing / prefixes' },
];

/** Rules computed from extracted numbers. */
const valueRules: readonly ValueRule[] = [
  {
    id: 'pe.timewait-count',
    playbook: 'port_exhaustion',
    test: (x) => (x.timeWait === undefined || x.timeWait < 200 ? undefined : { weight: x.timeWait >= 1000 ? 4 : 1.5, matched: `TIME_WAIT ${x.timeWait}` }),
  },
  {
    id: 'pe.high-cps',
    playbook: 'port_exhaustion',
    test: (x) => (x.cps === undefined || x.cps < 50 ? undefined : { weight: 0.75, matched: `${x.cps} cps` }),
  },
];

function shorten(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

function mentions(source: string, hints: readonly string[]): boolean {
  for (const h of hints) if (source.includes(h)) return true;
  return false;
}

/** Runs rules on a normalised message; hits come back strongest first. */
export type RuleRunner = (n: Normalised, extracted: Extracted) => RuleHit[];

/**
 * Runs every rule on a normalised message, hints first; hits come back strongest first.
 * The plain version: compileRules gives the same answers faster.
 */
export function runRules(n: Normalised, extracted: Extracted, ruleSet: readonly Rule[] = rules, useHints = true): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const rule of ruleSet) {
    const source = rule.on === 'text' ? n.text : n.phrase;
    if (useHints && rule.hints !== undefined && !mentions(source, rule.hints)) continue;
    const m = rule.pattern.exec(source);
    if (m) hits.push({ id: rule.id, playbook: rule.playbook, weight: rule.weight, matched: shorten(m[0]) });
  }
  return finish(hits, extracted);
}

function finish(hits: RuleHit[], extracted: Extracted): RuleHit[] {
  for (const rule of valueRules) {
    const hit = rule.test(extracted);
    if (hit) hits.push({ id: rule.id, playbook: rule.playbook, weight: hit.weight, matched: hit.matched });
  }
  return hits.length > 1 ? hits.sort((a, b) => b.weight - a.weight) : hits;
}

const SINGLE_TOKEN = /^[a-z0-9]+$/;

/**
 * Compiles a rule set into a runner that answers exactly like runRules, cheaper: a phrase
 * rule's one-word hints are looked up once per distinct word (and cached), instead of
 * searching the whole phrase for every hint of every rule.
 */
export function compileRules(ruleSet: readonly Rule[] = rules, cacheSize = 20_000): RuleRunner {
  /** Per rule: run always, or only when armed by a word, or by an includes() check. */
  const wordHints: { rule: number; hint: string }[] = [];
  const otherHints: string[][] = ruleSet.map(() => []);
  ruleSet.forEach((rule, i) => {
    for (const h of rule.hints ?? []) {
      // A phrase is words of [a-z0-9] between single spaces, so a phrase that contains a
      // multi-word hint ("in use") contains a word that contains the hint's longest token ("use"):
      // a weaker check, but still sound, and it costs nothing per message.
      const longest = rule.on === 'phrase' ? h.split(/[^a-z0-9]+/).reduce((a, b) => (b.length > a.length ? b : a), '') : '';
      if (longest.length > 0 && (SINGLE_TOKEN.test(h) || longest.length >= 2)) wordHints.push({ rule: i, hint: longest });
      else otherHints[i]?.push(h);
    }
  });
  const byWord = new Map<string, readonly number[]>();
  const armed = new Uint8Array(ruleSet.length);

  function rulesFor(word: string): readonly number[] {
    let hit = byWord.get(word);
    if (hit === undefined) {
      const found: number[] = [];
      for (const { rule, hint } of wordHints) if (word.includes(hint) && !found.includes(rule)) found.push(rule);
      hit = found;
      if (byWord.size >= cacheSize) byWord.clear();
      byWord.set(word, hit);
    }
    return hit;
  }

  return (n, extracted) => {
    armed.fill(0);
    for (const w of n.words) for (const r of rulesFor(w)) armed[r] = 1;
    const hits: RuleHit[] = [];
    for (let i = 0; i < ruleSet.length; i++) {
      const rule = ruleSet[i] as Rule;
      const source = rule.on === 'text' ? n.text : n.phrase;
      if (rule.hints !== undefined && armed[i] === 0 && !mentions(source, otherHints[i] as string[])) continue;
      const m = rule.pattern.exec(source);
      if (m) hits.push({ id: rule.id, playbook: rule.playbook, weight: rule.weight, matched: shorten(m[0]) });
    }
    return finish(hits, extracted);
  };
}
