// Word lists of the question normaliser. Data only; normalise.ts explains how each is used.

/**
 * Single tokens rewritten before anything else: chat shorthand and the Banglish / Hinglish
 * question words customers mix in. A value may be several words.
 */
export const canonicalWords: Readonly<Record<string, string>> = {
  u: 'you', ur: 'your', r: 'are', pls: 'please', plz: 'please', plss: 'please', pliz: 'please',
  wat: 'what', wht: 'what', wut: 'what', whta: 'what', waht: 'what', whats: 'what is', wats: 'what is', whts: 'what is',
  hw: 'how', hows: 'how is', howto: 'how to', shud: 'should', shld: 'should', sud: 'should', shoud: 'should', shoudl: 'should',
  wud: 'would', cud: 'could', abt: 'about', bcz: 'because', coz: 'because', cuz: 'because', thx: 'thanks', thnx: 'thanks',
  dont: 'do not', doesnt: 'does not', didnt: 'did not', isnt: 'is not', cant: 'cannot', wont: 'will not', im: 'i am',
  ok: 'ok', okk: 'ok', okay: 'ok', yup: 'yes', yep: 'yes', yeah: 'yes', ya: 'yes', yea: 'yes', haan: 'yes', ji: 'yes',
  nope: 'no', nah: 'no', na: 'no', nai: 'no', nahi: 'no', nhi: 'no',
  srv: 'server', svr: 'server', sv: 'server', vos: 'vos3000',
  rst: 'rst', fw: 'firewall', tw: 'timewait', conn: 'connection', conns: 'connections', cfg: 'config', conf: 'conf',
  recomend: 'recommend', reccomend: 'recommend', recommand: 'recommend', recomended: 'recommended',
  deafult: 'default', defult: 'default', defualt: 'default', dflt: 'default', deflt: 'default',
  natted: 'nat', nated: 'nat', cgnat: 'nat', upd: 'udp', tsl: 'tls',
  // Banglish / Hinglish
  ki: 'what', kya: 'what', kivabe: 'how', kaise: 'how', kese: 'how', keno: 'why', kyun: 'why', kyu: 'why', kothay: 'where', kahan: 'where',
  uchit: 'should', korbo: 'should i', karu: 'should i', kore: 'do', dekhen: 'check', dekho: 'check', dekhun: 'check', dekhiye: 'check',
};

/** Words left out of the classifier's features (question words are kept: they tell entries apart). */
export const stopWords: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'so', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'into',
  'is', 'am', 'are', 'was', 'were', 'be', 'been', 'being', 'it', 'its', 'this', 'that', 'these', 'those', 'there',
  'i', 'me', 'my', 'we', 'our', 'us', 'you', 'your', 'he', 'she', 'they', 'them', 'their', 'hi', 'hello', 'hey',
  'dear', 'sir', 'team', 'please', 'kindly', 'just', 'also', 'very', 'really', 'actually', 'exactly', 'any', 'some',
  'can', 'could', 'would', 'will', 'shall', 'may', 'might', 'must', 'do', 'does', 'did', 'have', 'has', 'had',
  'bhai', 'vai', 'bro', 'boss', 'dada', 'thanks', 'thank',
]);

/**
 * Real words the spelling correction must leave alone although they sit close to a word of
 * the vocabulary ("portal" is not a misspelt "ports", "restart" is not "reset").
 */
export const protectedWords: ReadonlySet<string> = new Set([
  'portal', 'portals', 'report', 'support', 'import', 'export', 'sport', 'restart', 'restore', 'result', 'resend',
  'reseller', 'balance', 'invoice', 'billing', 'routing', 'route', 'routes', 'codec', 'codecs', 'license', 'licence',
  'password', 'extension', 'extensions', 'gateway', 'gateways', 'carrier', 'vendor', 'number', 'numbers', 'caller',
  'calls', 'price', 'version', 'install', 'download', 'account', 'manager', 'register', 'registered', 'registration',
  'setup', 'settle', 'service', 'serve', 'served', 'services', 'chat', 'check', 'cheque', 'need', 'needs', 'doing',
  'done', 'dont', 'does', 'update', 'status', 'state', 'stats', 'later', 'today', 'tomorrow', 'yesterday',
]);

/** Extra words misspellings are corrected towards, besides every word of the training questions. */
export const extraTargets: readonly string[] = [
  'sstcpclosereset', 'tcpclosereset', 'tcptwreuse', 'tcptwrecycle', 'iplocalportrange', 'tcpfintimeout', 'closenotify',
  'timewait', 'default', 'recommend', 'recommended', 'difference', 'advantages', 'disadvantages', 'firewall', 'kernel',
  'sysctl', 'netstat', 'enable', 'enabled', 'disable', 'disabled', 'explain', 'meaning', 'should', 'server', 'router',
  'encrypted', 'softswitch', 'configure', 'parameter', 'setting', 'settings', 'connections', 'registration', 'problems',
  'issues', 'reset', 'graceful', 'stateful', 'conntrack', 'iptables', 'mikrotik', 'behind', 'wholesale', 'carrier',
];
