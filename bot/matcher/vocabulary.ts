// Word lists the normaliser uses. Data only; normalise.ts explains how each list is used.

/**
 * Correctly spelled words that misspellings are corrected towards (fuzzy matching runs only
 * against this list, so it stays small and domain-specific).
 */
export const correctionTargets: readonly string[] = [
  // the problems themselves
  'address', 'already', 'bind', 'binding', 'bindexception', 'exception', 'timewait', 'ephemeral',
  'exhausted', 'exhaustion', 'available', 'assign', 'requested', 'sockets', 'socket', 'ports',
  'connection', 'connections', 'connect', 'connecting', 'established', 'concurrent', 'capacity',
  'registration', 'registrations', 'registered', 'unregistered', 'register', 'registering', 'reregister',
  'extension', 'extensions', 'offline', 'online', 'unreachable', 'reachable', 'keepalive', 'expired',
  'firewall', 'iptables', 'conntrack', 'fortigate', 'mikrotik', 'pfsense', 'invalid', 'packets', 'packet',
  'blocked', 'blocking', 'dropped', 'dropping', 'denied', 'rejected', 'reset', 'resets', 'netstat',
  // how customers tell it
  'again', 'problem', 'problems', 'yesterday', 'suddenly', 'since', 'after', 'changed', 'change',
  'enabled', 'enable', 'disabled', 'router', 'behind', 'phones', 'softphone', 'server', 'softswitch',
  'calls', 'failing', 'failed', 'failure', 'error', 'errors', 'working', 'stopped', 'restart', 'restarted',
  'evening', 'morning', 'traffic', 'gateway', 'carrier', 'vendor', 'trunk', 'outbound', 'inbound',
  'disconnect', 'disconnected', 'disconnecting', 'please', 'urgent', 'setting', 'settings', 'network',
  'increase', 'increased', 'because', 'every', 'minutes', 'showing', 'happening', 'customer', 'customers',
  'password', 'license', 'billing', 'balance', 'portal', 'audio',
];

/**
 * Real words that sit close to a correction target and must stay as written
 * ("portal" is not a misspelt "ports", "registry" is not "register").
 */
export const protectedWords: readonly string[] = [
  'portal', 'portals', 'sport', 'report', 'reports', 'import', 'export', 'support', 'passport', 'register',
  'registry', 'resets', 'resend', 'reseller', 'resellers', 'resolve', 'result', 'restore', 'respond',
  'already', 'address', 'addresses', 'adding', 'added', 'audit', 'autoreply', 'boundary', 'binding',
  'connected', 'connects', 'collect', 'context', 'contact', 'content', 'control', 'convert', 'correct',
  'expected', 'expire', 'expires', 'export', 'extend', 'extra', 'exchange', 'excel', 'example',
  'failover', 'fallback', 'fire', 'firmware', 'first', 'forward', 'forwarding', 'format', 'offer', 'office',
  'online', 'only', 'option', 'options', 'order', 'packages', 'package', 'pocket', 'phone', 'phonebook',
  'blocks', 'block', 'blocker', 'dropdown', 'denial', 'display', 'disable', 'invoice', 'invoices', 'invite',
  'server', 'service', 'services', 'serve', 'setting', 'settle', 'since', 'single', 'signal', 'socket',
  'traffic', 'transfer', 'trunk', 'truncate', 'enable', 'ending', 'english', 'prefix', 'prefixes', 'profile',
  'problem', 'proper', 'proxy', 'protocol', 'provider', 'password', 'passwords', 'change', 'channel',
  'channels', 'charge', 'charges', 'balance', 'balanced', 'calling', 'caller', 'calls', 'callback', 'carrier',
  'reachable', 'reason', 'rebooted', 'record', 'recording', 'recharge', 'request', 'required', 'regards',
  'again', 'against', 'agent', 'agents', 'every', 'event', 'events', 'evening', 'gateway', 'gateways',
  'routing', 'route', 'routes', 'rates', 'restart', 'restarted', 'mikrotik', 'minutes', 'minute', 'mins',
  'network', 'networks', 'never', 'netmask', 'invalid', 'interval', 'internet', 'internal', 'inbound',
  'because', 'before', 'behind', 'between', 'beyond', 'suddenly', 'sudden', 'summary', 'session', 'sessions',
  'customer', 'customers', 'custom', 'cancel', 'capacity', 'capture', 'concurrent', 'condition', 'confirm',
  'working', 'workers', 'worked', 'error', 'errors', 'showing', 'shown', 'happened', 'happening', 'happens',
  'urgent', 'update', 'upgrade', 'unreachable', 'unable', 'unknown', 'license', 'licence', 'licensed',
];

/**
 * Words (after lower-casing) rewritten to one canonical word before stemming: chat shorthand,
 * product names that stand for a kind of device, and the Banglish, Hinglish, Spanish,
 * Portuguese and French words that customers mix in. Keys are single tokens.
 */
export const canonicalWords: Readonly<Record<string, string>> = {
  // chat shorthand
  plz: 'please', pls: 'please', plzz: 'please', plss: 'please', pliz: 'please',
  u: 'you', ur: 'your', r: 'are', thx: 'thanks', thnx: 'thanks', tnx: 'thanks', ty: 'thanks', tks: 'thanks',
  msg: 'message', asap: 'urgent', urgnt: 'urgent', pblm: 'problem', prob: 'problem', prblm: 'problem', issu: 'issue',
  ext: 'extension', exts: 'extensions', extn: 'extension', extns: 'extensions', extensiones: 'extensions',
  reg: 'registration', regs: 'registrations', regn: 'registration', regd: 'registered',
  unreg: 'unregistered', unregd: 'unregistered', unregister: 'unregistered', unregisted: 'unregistered',
  fw: 'firewall', fwl: 'firewall', rst: 'rst', tw: 'timewait', conn: 'connection', conns: 'connections',
  cant: 'cannot', couldnt: 'cannot', cudnt: 'cannot', unable: 'cannot', wont: 'not', dont: 'not', doesnt: 'not',
  didnt: 'not', isnt: 'not', arent: 'not', nt: 'not', nope: 'no',
  srv: 'server', svr: 'server', sv: 'server', switch: 'softswitch', vos: 'vos3000',
  natted: 'nat', nated: 'nat', natd: 'nat', snat: 'nat', dnat: 'nat', cgnat: 'nat', masquerade: 'nat',
  // kinds of device
  yealink: 'phone', grandstream: 'phone', polycom: 'phone', fanvil: 'phone', snom: 'phone', spa: 'phone',
  handset: 'phone', handsets: 'phones', ipphone: 'phone', ipphones: 'phones', ata: 'phone', atas: 'phones',
  zoiper: 'softphone', microsip: 'softphone', eyebeam: 'softphone', xlite: 'softphone', linphone: 'softphone',
  bria: 'softphone', softphones: 'softphones', dialer: 'softphone', dialers: 'softphones', mobiledialer: 'softphone',
  tplink: 'router', ubiquiti: 'router', edgerouter: 'router', draytek: 'router', routerboard: 'router', onu: 'router',
  ont: 'router', modem: 'router', cpe: 'router',
  fortinet: 'fortigate', opnsense: 'pfsense', sophos: 'firewall', sonicwall: 'firewall', watchguard: 'firewall',
  checkpoint: 'firewall', firewalld: 'firewall', nftables: 'firewall', ufw: 'firewall', csf: 'firewall',
  // Banglish / Hinglish
  nahi: 'not', nai: 'not', nei: 'not', nhi: 'not', na: 'not', nahin: 'not', hoyna: 'not',
  abar: 'again', abr: 'again', phir: 'again', fir: 'again', firse: 'again', dubara: 'again',
  gotokal: 'yesterday', gotkal: 'yesterday', kal: 'yesterday', kalke: 'yesterday', kalrat: 'yesterday',
  aaj: 'today', aj: 'today', ajke: 'today', aajke: 'today',
  sab: 'all', sob: 'all', shob: 'all', sabhi: 'all', sobai: 'all', shobai: 'all', sobgula: 'all', sare: 'all',
  bondho: 'off', bandh: 'off', band: 'off', chalu: 'on',
  peeche: 'behind', piche: 'behind', pichone: 'behind', pichhe: 'behind', pechone: 'behind',
  kete: 'cut', kat: 'cut', kata: 'cut', katgaya: 'cut', khatam: 'finished', khotom: 'finished', sesh: 'finished',
  kaj: 'work', kaaj: 'work', kam: 'work', kaam: 'work', kortese: 'work', korche: 'work', karta: 'work',
  keno: 'why', kyun: 'why', kyu: 'why', kivabe: 'how', kaise: 'how', kese: 'how',
  jacche: 'going', jache: 'going', jaitese: 'going', jaa: 'going', jarahi: 'going', jarahe: 'going',
  pore: 'after', baad: 'after', porei: 'after', theke: 'since', se: 'since',
  bhai: 'sir', vai: 'sir', bro: 'sir', dada: 'sir', boss: 'sir', ji: 'sir', bhaiya: 'sir', vaiya: 'sir', brother: 'sir',
  // Spanish, Portuguese, French, Indonesian
  llamadas: 'calls', chamadas: 'calls', appels: 'calls', panggilan: 'calls', llamada: 'call', chamada: 'call',
  telefonos: 'phones', telefones: 'phones', telephones: 'phones', anexos: 'extensions', ramais: 'extensions',
  internos: 'extensions', postes: 'extensions',
  cortafuegos: 'firewall', puertos: 'ports', portas: 'ports', servidor: 'server', serveur: 'server',
  ayer: 'yesterday', ontem: 'yesterday', hier: 'yesterday', kemarin: 'yesterday', desde: 'since', depuis: 'since',
  despues: 'after', depois: 'after', apres: 'after', setelah: 'after',
  registro: 'registration', registrados: 'registered', registrado: 'registered', registran: 'register',
  registram: 'register', enregistres: 'registered', enregistrement: 'registration',
  caidas: 'drop', caen: 'drop', caem: 'drop', bloquea: 'blocks', bloqueia: 'blocks', bloque: 'blocks',
  nueva: 'new', nuevo: 'new', novo: 'new', nova: 'new', nouveau: 'new', nouvelle: 'new', baru: 'new', notun: 'new', naya: 'new', nayi: 'new',
  cuenta: 'account', conta: 'account', compte: 'account', akun: 'account',
  errores: 'errors', erro: 'error', erreur: 'error',
};

/**
 * Words that carry no signal for the classifier. Negations and question words are kept on
 * purpose: "not registered" and "how do I register" must not look alike.
 */
export const stopWords: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'so', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as',
  'is', 'am', 'are', 'was', 'were', 'be', 'been', 'being', 'it', 'its', 'this', 'that', 'these', 'those',
  'i', 'me', 'my', 'we', 'our', 'us', 'you', 'your', 'he', 'she', 'they', 'them', 'their', 'his', 'her',
  'there', 'here', 'then', 'than', 'just', 'also', 'very', 'too', 'some', 'any', 'into', 'out', 'up', 'about',
  'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might',
  'sir', 'dear', 'hello', 'hi', 'hey', 'team', 'please', 'kindly', 'ok', 'okay', 'pls', 'support',
  // Banglish / Hinglish particles and verbs that mean little on their own
  'ki', 'kya', 'ke', 'ka', 'ko', 'ki', 'ta', 'te', 'e', 'er', 'ar', 'aar', 'o', 'to', 'hai', 'hain', 'ho', 'hoi',
  'hoy', 'hoye', 'hocche', 'hoche', 'hochhe', 'hoitese', 'hoyeche', 'hoise', 'hoilo', 'hobe', 'raha', 'rahe', 'rahi',
  'gaya', 'gaye', 'gayi', 'geche', 'gese', 'gelo', 'kore', 'korse', 'korlam', 'korechi', 'kar', 'kiya', 'karo',
  'amar', 'amader', 'apnar', 'apni', 'ami', 'hum', 'humara', 'hamara', 'mera', 'mere', 'aap', 'apka', 'ekhon',
  'abhi', 'hi', 'bhi', 'aur', 'ebong', 'ei', 'oi', 'yeh', 'ye', 'wo', 'woh', 'dekhacche', 'dekhay', 'dikha',
  'el', 'la', 'los', 'las', 'de', 'del', 'en', 'y', 'que', 'os', 'da', 'do', 'dos', 'le', 'les', 'des', 'et', 'yang',
]);
