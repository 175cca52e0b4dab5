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
  'registry', 'resets', 'resend', 'reseller', 'resellers', 'resolve', 'result', 'restore', 'respond', 'respected', 'resto',
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
  // "rest deny" is not "reset deny", "the rst reaches the phone" is not "reachable"
  'rest', 'rests', 'resets', 'reach', 'reaches', 'reached', 'reaching',
  // everyday words one letter or two from a target: "became" is not "because", "routed" not "router"
  'became', 'become', 'becomes', 'becoming', 'ever', 'excerpt', 'connector', 'connectors', 'registrar', 'registrars',
  'routed', 'readable', 'unreadable', 'carries', 'carried', 'contract', 'contracts', 'wording', 'wordings', 'restored',
  'concrete', 'probe', 'probes', 'collection', 'collections', 'extends', 'billion', 'serves', 'rested',
];

/**
 * Words (after lower-casing) rewritten to one canonical word before stemming: chat shorthand,
 * product names that stand for a kind of device, and the Banglish, Hinglish, Spanish,
 * Portuguese and French words that customers mix in. Keys are single tokens; an empty value
 * drops the word (a particle that only stresses the word after it).
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
  yealinks: 'phones', grandstreams: 'phones', polycoms: 'phones', fanvils: 'phones', snoms: 'phones', spas: 'phones',
  zoipers: 'softphones', goips: 'gateways', dinstars: 'gateways', mikrotiks: 'mikrotik', tplinks: 'routers',
  handset: 'phone', handsets: 'phones', ipphone: 'phone', ipphones: 'phones', ata: 'phone', atas: 'phones',
  zoiper: 'softphone', microsip: 'softphone', eyebeam: 'softphone', xlite: 'softphone', linphone: 'softphone',
  bria: 'softphone', softphones: 'softphones', dialer: 'softphone', dialers: 'softphones', mobiledialer: 'softphone',
  tplink: 'router', ubiquiti: 'router', edgerouter: 'router', draytek: 'router', routerboard: 'router', onu: 'router',
  ont: 'router', modem: 'router', cpe: 'router',
  dinstar: 'gateway', goip: 'gateway', synway: 'gateway', openvox: 'gateway', simbank: 'gateway',
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
  kon: 'which', konta: 'which', kongula: 'which', konsa: 'which', konsi: 'which', kaunsa: 'which', kaunsi: 'which',
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
  nueva: 'new', nuevo: 'new', novo: 'new', nova: 'new', nouveau: 'new', nouvelle: 'new', baru: 'new', notun: 'new', naya: 'new',
  nayi: 'new',
  cuenta: 'account', conta: 'account', compte: 'account', akun: 'account',
  errores: 'errors', erro: 'error', erreur: 'error',
  puerto: 'port', porta: 'port', pico: 'peak', sem: 'without', sin: 'without', sans: 'without', tanpa: 'without',
  milhares: 'thousands', desregistrados: 'unregistered', desregistrado: 'unregistered', desregistradas: 'unregistered',
  deregistered: 'unregistered', deregister: 'unregistered', deregisters: 'unregistered', deregistering: 'unregistered',
  gayab: 'disappear', ghayab: 'disappear',
  descarta: 'discards', descartan: 'discard', descartando: 'discarding', descartados: 'discarded', descartadas: 'discarded',
  bloqueando: 'blocking', bloqueado: 'blocked', bloqueados: 'blocked', bloqueadas: 'blocked', paquetes: 'packets', pacotes: 'packets',
  conexiones: 'connections', conexion: 'connection', conexoes: 'connections', conexao: 'connection', sesiones: 'sessions',
  sessoes: 'sessions',
  abiertas: 'open', abiertos: 'open', abertas: 'open', abertos: 'open', meio: 'half', medio: 'half',
  colgadas: 'hanging', colgados: 'hanging', colgada: 'hanging', colgado: 'hanging', penduradas: 'hanging', travadas: 'hanging',
  quedan: 'stay', queda: 'stays', ficam: 'stay', fica: 'stays',
  // Everyday words of the other languages customers write in (Indonesian/Malay, Tagalog, Turkish
  // without its accents, Swahili/Sheng, Arabizi, Spanish/Portuguese, Hindi/Urdu, Nepali), whole
  // families at a time, so that a cause, a denial or a time said in them reads as in English.
  // not / no
  bukan: 'not', tidak: 'not', tdk: 'not', gak: 'not', ga: 'not', nggak: 'not', ngga: 'not', enggak: 'not', belum: 'not',
  degil: 'not', yok: 'not', hakuna: 'no', hapana: 'not', msh: 'not', mish: 'not', mafish: 'no', mafeesh: 'no',
  chaina: 'not', chhaina: 'not', hoina: 'not', haina: 'not', nao: 'not',
  // since / after
  sejak: 'since', semenjak: 'since', sesudah: 'after', sonra: 'after', beri: 'since', tangu: 'since', baada: 'after',
  ba3d: 'after', pachi: 'after', pachhi: 'after', dekhi: 'since', pagkatapos: 'after', simula: 'since', apos: 'after',
  // all
  semua: 'all', seluruh: 'all', lahat: 'all', hepsi: 'all', butun: 'all', zote: 'all', wote: 'all', yote: 'all',
  todos: 'all', todas: 'all', saare: 'all', saari: 'all', sabai: 'all', kol: 'all', koll: 'all',
  // yesterday
  kahapon: 'yesterday', dun: 'yesterday', hijo: 'yesterday', embare7: 'yesterday', mbare7: 'yesterday', kemaren: 'yesterday',
  // cable, cut, unplugged, removed
  kabel: 'cable', kablo: 'cable', kable: 'cable', cabo: 'cable', cabos: 'cables',
  putus: 'cut', terputus: 'cut', putol: 'cut', naputol: 'cut', kesildi: 'cut', kesik: 'cut', cortado: 'cut', cortada: 'cut',
  cortaron: 'cut', cortou: 'cut', imekatika: 'cut', katiyo: 'cut',
  dicabut: 'unplugged', tercabut: 'unplugged', desenchufado: 'unplugged', desenchufaron: 'unplugged', desplugado: 'unplugged',
  tinanggal: 'removed', dilepas: 'removed',
  // power / electricity
  listrik: 'electricity', kuryente: 'electricity', brownout: 'blackout', elektrik: 'electricity', umeme: 'electricity',
  kahraba: 'electricity', electricidad: 'electricity', energia: 'electricity', bijuli: 'electricity', apagon: 'blackout',
  apagao: 'blackout', luz: 'light',
  // payment, balance, suspended, blocked
  pembayaran: 'payment', bayar: 'pay', dibayar: 'paid', bayad: 'payment', odeme: 'payment', malipo: 'payment', pago: 'payment',
  pagamento: 'payment', saldo: 'balance', bakiye: 'balance', salio: 'balance',
  suspendida: 'suspended', suspendido: 'suspended', suspensa: 'suspended', suspenso: 'suspended', ditangguhkan: 'suspended',
  diblokir: 'blocked', blokir: 'block', engellendi: 'blocked', engelledi: 'blocked', engelliyor: 'blocks', imezuiwa: 'blocked',
  // because
  karena: 'because', krn: 'because', soalnya: 'because', kasi: 'because', dahil: 'because', cunku: 'because',
  // French as operators write it ("le trafic est faible", "RST est toujours à Off", "ce n'est pas un problème de NAT"), Québec ("passent pu
  // pantoute", "icitte") and Darija beside it ("kaybloki les RST", "khassna nrj3o Off").
  faible: 'low', faibles: 'low', est: 'is', sont: 'are', toujours: 'still', nest: 'is', cest: 'it is', pu: 'not', pantoute: 'at all',
  laisse: 'lets', laissent: 'let', passer: 'pass', fermer: 'close', vieux: 'old', vieille: 'old', connexions: 'connections',
  connexion: 'connection',
  icitte: 'here', ici: 'here', regler: 'fix', coupent: 'drop', jette: 'drops', jettent: 'drop', pose: 'caused', moindre: 'any',
  kaybloki: 'blocks', kayti7o: 'fail', nrj3o: 'revert', usine: 'factory', todo: 'all', fuera: 'outside', disco: 'disk',
  lleno: 'full', kehilangan: 'lost', caindo: 'falling', derruba: 'drops', chegam: 'arrive', chega: 'arrives',
  tirando: 'dropping', hipotetica: 'hypothetical', hipotetico: 'hypothetical', visto: 'seen', hemos: 'have', probleme: 'problem',
  problemes: 'problems', perdu: 'lost', perdus: 'lost', perdue: 'lost',
  prod: 'production', labo: 'lab', maquette: 'test setup',
  yirmi: 'drops', tirmi: 'drops', sha33alna: 'enabled', shaghalna: 'enabled', tfail: 'fail', tfa4il: 'fail', sababu: 'because',
  '3ashan': 'because', '3alashan': 'because', la2en: 'because', porque: 'because', kyunki: 'because',
  kyonki: 'because', kiunki: 'because', kinabhane: 'because',
  // resolved, was
  resolvimos: 'resolved', resuelto: 'resolved', solucionado: 'resolved', solucionamos: 'resolved', resolvido: 'resolved',
  resolvemos: 'resolved', arreglado: 'fixed', arreglamos: 'fixed', cozuldu: 'resolved', duzeldi: 'fixed', naayos: 'fixed',
  era: 'was', fue: 'was', foi: 'was',
  // the, on, with, via: little words the rules read between the nouns
  el: 'the', los: 'the', las: 'the', ng: 'the', naka: 'on', kullanan: 'using', ile: 'with', zenye: 'with', yenye: 'with',
  wenye: 'with', por: 'via',
  // behind, phones, registration, dropping out, switched on
  atras: 'behind', detras: 'behind', arkasinda: 'behind', arkasindaki: 'behind', nyuma: 'behind', wara: 'behind',
  belakang: 'behind', likod: 'behind',
  telefon: 'phone', telefonlar: 'phones', telefonlari: 'phones', telephonat: 'phones', telefonat: 'phones', simu: 'phone',
  telepono: 'phone', telefone: 'phone',
  kayit: 'registration', kayitsiz: 'unregistered', kayitli: 'registered', usajili: 'registration',
  dusuyor: 'drops', dustu: 'dropped', duser: 'drops', bet2a3: 'drops', beto2a3: 'drop', zinapotea: 'disappear', inapotea: 'disappears',
  acildiktan: 'enabled', acildi: 'enabled', actik: 'enabled', acik: 'on', kapali: 'off', modu: 'mode', modo: 'mode',
  fa3alna: 'enabled', fa3alt: 'enabled', mmeweka: 'set', wameweka: 'set', tumeweka: 'set',
  pusieron: 'set', pusimos: 'set', puso: 'set', activaron: 'enabled', activamos: 'enabled', activado: 'enabled',
  habilitaron: 'enabled', habilitamos: 'enabled', habilitado: 'enabled', ligaram: 'enabled', ligamos: 'enabled', ligou: 'enabled',
  ativaram: 'enabled', ativamos: 'enabled', ativado: 'enabled', ativou: 'enabled',
  // fine, problem, incoming, minutes
  kowayes: 'fine', kowayesa: 'fine', sorunsuz: 'fine', sawa: 'fine', masalah: 'problem', sorun: 'problem', problema: 'problem',
  shida: 'problem', tatizo: 'problem', gelen: 'incoming', entrantes: 'incoming', dakika: 'minutes', minutos: 'minutes',
  birkac: 'few', bosta: 'idle',
  bien: 'fine', bem: 'fine', estan: 'are', estao: 'are', nyingi: 'many',
  sertifika: 'certificate', sertifikamiz: 'certificate', sertifikasi: 'certificate', sertifikat: 'certificate',
  dahili: 'extension', dahililer: 'extensions',
  // down, dead, gone, finished: how a power cut, a dead line or a used-up balance is said
  corte: 'cut', cortes: 'cuts', mati: 'dead', patay: 'dead', lampu: 'light', batti: 'light', walang: 'no', gitti: 'gone',
  gayo: 'gone', mtandao: 'network', stima: 'electricity', wa2e3: 'down', bloqueada: 'blocked', agotado: 'finished',
  esgotado: 'finished', habis: 'finished', bitti: 'finished', imeisha: 'finished', ubos: 'finished', sorunu: 'problem',
  es: 'is', bisa: 'can', ang: 'the',
  // registered, switched off
  terdaftar: 'registered', apagado: 'off', apagada: 'off', apagados: 'off', desactivado: 'disabled', desactivada: 'disabled',
  desligado: 'off', desligada: 'off', desativado: 'disabled', nonaktif: 'disabled', dimatikan: 'off', kapatildi: 'off',
  esta: 'is', diaktifkan: 'enabled', dinyalakan: 'enabled', pakai: 'using',
  // not: Tagalog, Vietnamese, Nepali, Swahili ("hindi maka-receive", "khong nhan", "drop gardaina", "sio NAT")
  hindi: 'not', khong: 'not', gardaina: 'not', gardena: 'not', sio: 'not',
  // lost, disappearing, dropping (Tagalog builds the verb on the English one: "dinadrop", "nagdadrop")
  nawawala: 'disappear', nawala: 'disappeared', dinadrop: 'dropping', nagdadrop: 'dropping', dinidrop: 'dropping',
  dinrop: 'dropped', nadrop: 'dropped',
  // changed: Malay and Indonesian "tukar", "ganti", Swahili "badilisha" in its persons and tenses ("tumebadilisha", "tubadilishe")
  tukar: 'changed', ditukar: 'changed', menukar: 'changed', tukarkan: 'changed', diganti: 'changed', ganti: 'changed', mengganti: 'changed',
  badilisha: 'changed', kubadilisha: 'changed', tubadilishe: 'changed', tumebadilisha: 'changed', imebadilisha: 'changed',
  wamebadilisha: 'changed', amebadilisha: 'changed', alibadilisha: 'changed', walibadilisha: 'changed', tulibadilisha: 'changed',
  // not, never, at all: Tagalog "ayaw" (will not), Swahili "haijawahi" (has never); Turkish "hiç" only stresses the "not" after it
  ayaw: 'not', haijawahi: 'never', hajawahi: 'never', hic: '',
  // switched on: Swahili "kuwashwa", "imewashwa"; Turkish "açmadık" (we did not switch on), "açtık" (we switched on), "modunu"
  kuwashwa: 'switched on', imewashwa: 'switched on', kuwasha: 'switch on', acmadik: 'not enabled', acmadim: 'not enabled',
  acilmadi: 'not enabled', modunu: 'mode',
  // credentials: chat shorthand, Turkish "şifre", "kullanıcı adı"
  creds: 'credentials', cred: 'credentials', sifre: 'password', sifreyi: 'password', sifresi: 'password', kullanici: 'user',
  // we use, we changed, paid, blocked: Spanish and Portuguese
  usamos: 'we use', cambiamos: 'we changed', pagou: 'paid', pagamos: 'paid', bloqueou: 'blocked', bloquearon: 'blocked',
  // lose: Spanish and Portuguese "pierden el registro", "perdem o registro"
  pierden: 'lose', pierde: 'loses', perdiendo: 'losing', perdieron: 'lost', perdio: 'lost', perdem: 'lose', perde: 'loses',
  perdendo: 'losing', perderam: 'lost', perdeu: 'lost',
  // receive, deleted, run out
  recebem: 'receive', recebe: 'receive', receber: 'receive', reciben: 'receive', recibe: 'receive', recibir: 'receive',
  nhan: 'receive', almiyor: 'not receive', borraron: 'deleted', borramos: 'deleted', borrado: 'deleted', borrada: 'deleted',
  borrados: 'deleted', borradas: 'deleted', eliminaron: 'deleted', eliminado: 'deleted', eliminada: 'deleted',
  eliminados: 'deleted', eliminadas: 'deleted', excluiram: 'deleted', excluido: 'deleted', excluida: 'deleted',
  acaban: 'exhausted', acabaron: 'exhausted', agotan: 'exhausted', agotaron: 'exhausted', esgotam: 'exhausted',
  esgotaram: 'exhausted', esgota: 'exhausted', esgotou: 'exhausted',
  // the router, the firewall, the list, the accounts, the calls, new connections out
  roteador: 'router', roteadores: 'routers', enrutador: 'router', enrutadores: 'routers', modemi: 'router', palo: 'firewall',
  lista: 'list', cuentas: 'accounts', contas: 'accounts', cuoc: 'calls', cagri: 'call', cagrilar: 'calls',
  salidas: 'outgoing', salida: 'outgoing', saida: 'outgoing', saidas: 'outgoing', keluar: 'outgoing', koneksi: 'connection',
  baglanti: 'connection', baglantilar: 'connections', yeni: 'new', yogun: 'heavy', gagal: 'failed',
  // going out of, disappearing from a list ("salen de la lista online", "hilang dari online list", "bet2a3 mn el online list")
  salen: 'go', sale: 'goes', salieron: 'went', saem: 'go', sairam: 'went', saiu: 'went', somem: 'disappear',
  sumiram: 'disappeared', sumiu: 'disappeared', hilang: 'disappear', menghilang: 'disappear', masuk: 'incoming',
  // dropping the packets, half open (Turkish)
  dusuruyor: 'drops', dusurdu: 'dropped', dusurur: 'drops', paketler: 'packets', paketleri: 'packets', paketlerini: 'packets',
  yari: 'half', kaliyor: 'stays',
  // behind, using, again, the, of, from
  sau: 'behind', dung: 'using', lagi: 'again', yung: 'the', ung: 'the', bta3: 'of', beta3: 'of',
  bta3et: 'of', mn: 'from',
  // finished, thanks, were not (Bangla, Nepali, English without its apostrophe)
  shesh: 'finished', dhanyabad: 'thanks', dhanyabaad: 'thanks', shokran: 'thanks', werent: 'not', wasnt: 'not',
  // an account and its term run out (Turkish: "hesabinin suresi dolmus")
  hesap: 'account', hesabi: 'account', hesabinin: 'account', hesabimiz: 'account', hesabim: 'account',
  dolmus: 'expired', doldu: 'expired', dolmustur: 'expired',
  // the fix worked; forget what I said; wrong (Indonesian/Malay, Spanish, Portuguese)
  berhasil: 'worked', funciono: 'worked', funcionou: 'worked', esquece: 'forget', esqueca: 'forget', esquecam: 'forget',
  olvida: 'forget', olviden: 'forget', salah: 'wrong',
  // stuck, dropping with a Swahili verb prefix, plural RSTs, a laptop
  trabadas: 'stuck', trabados: 'stuck', trabada: 'stuck', trabado: 'stuck', inadrop: 'drops', zinadrop: 'drop',
  anadrop: 'drops', rsts: 'rst', notebook: 'laptop',
  // a domain run out and no longer resolving, a public IP changed (Spanish, Portuguese); a previous message corrected (Turkish)
  vencio: 'expired', vencido: 'expired', vencida: 'expired', venceu: 'expired', dominio: 'domain', resuelve: 'resolves',
  mudou: 'changed', mudaram: 'changed', trocou: 'changed', trocaram: 'changed', publico: 'public', publica: 'public',
  onceki: 'previous', mesajimi: 'message', mesajim: 'message', duzeltiyorum: 'correcting', duzeltme: 'correction',
  // the old IP still whitelisted (Hinglish "purana IP"); a contract run out (Spanish, Portuguese);
  // an account not paid (Egyptian Arabizi "el 7esab mesh medfoo3")
  purana: 'old', purani: 'old', purane: 'old', contrato: 'contract', contratos: 'contracts', contract: 'contract',
  '7esab': 'account', mesh: 'not', medfoo3: 'paid', madfoo3: 'paid', metdafa3: 'paid',
  // power cut by schedule (South Africa, Nepal, Pakistan), an outage (Malay, Indonesian "gangguan")
  loadshedding: 'load shedding', loadsheding: 'load shedding', gangguan: 'outage',
  // phones dropping off the registration (Tagalog "nag-uunregistered", Spanish "se desregistran",
  // Turkish "kaydı düşüyor"), RST mode switched on (Turkish "RST modunu açtığınızdan beri")
  uunregistered: 'unregistered', desregistran: 'unregistered', desregistra: 'unregistered', desregistrando: 'unregistered',
  desregistram: 'unregistered', kaydi: 'registration', kayitlari: 'registrations', modun: 'mode',
  dahililerin: 'extensions', dahilileri: 'extensions',
  actiginizdan: 'enabled', actiktan: 'enabled', actiniz: 'enabled', acinca: 'enabled', acildigindan: 'enabled',
  // Russian written in Latin letters: "posle vashego izmeneniya … otvalivayutsya ot registracii"
  posle: 'after', vashego: 'your', vashe: 'your', izmeneniya: 'change', izmenenie: 'change', telefony: 'phones',
  otvalivayutsya: 'drop', otvalivaetsya: 'drops', otvalilis: 'dropped', ot: 'from', routerami: 'routers',
  ispolzuem: 'we use',
  // Vietnamese "không" (not), "rớt" (drop), French "jamais" (never), "panne" (outage), "échouent" (fail)
  rot: 'drop', bat: 'enabled', nua: 'anymore', loi: 'error', significa: 'means', pregunta: 'asks', funciona: 'works', tung: '',
  khoang: 'about', jamais: 'never', panne: 'outage', echouent: 'fail', echouaient: 'failed',
  // Turkish: balance run out, the RSTs blocked, the close setting changed
  alan: 'domain', causa: 'because', kullanmiyoruz: 'not use', kullanmiyorlar: 'not use', bitmis: 'finished', rstleri: 'rst',
  rstler: 'rst', bloklamis: 'blocked', blokluyor: 'blocks', kapanis: 'close',
  ayari: 'setting', ayar: 'setting', ayarini: 'setting', degistirdiginizden: 'changed', engellendigini: 'blocked',
  engelledigini: 'blocks', degisti: 'changed', degistiginden: 'changed', degistirdiniz: 'changed',
  // Russian in Latin letters: switched on, registration, behind a router
  vklyuchili: 'enabled', vklyuchil: 'enabled', registratsii: 'registration', registracii: 'registration', routerom: 'router',
  // Swahili: drops, packets
  inaangusha: 'drops', zinaangusha: 'drop', pakiti: 'packets',
  // a balance run out (Indonesian "saldonya habis")
  saldonya: 'balance', dikunci: 'locked', terkunci: 'locked',
  // a password changed (Portuguese "troca de senha"), a fixed IP (Portuguese, Spanish), all of it on UDP ("tudo em UDP")
  senha: 'password', senhas: 'passwords', fixo: 'static', fija: 'static', fijo: 'static', tudo: 'everything',
  // Vietnamese: only, not yet
  chi: 'only', chua: 'not',
  // Swahili: changed, public, suspended, not paid
  imebadilika: 'changed', imebadilishwa: 'changed', umma: 'public',
  imesimamishwa: 'suspended', hawajalipa: 'not paid', hajalipa: 'not paid',
  // a problem (Urdu, Egyptian Arabizi)
  masla: 'problem', masala: 'problem', moshkela: 'problem', moshkelet: 'problem', mushkila: 'problem',
  // Nepali: you, behind, lost
  tapai: 'you', tapaile: 'you', tapaiharu: 'you', tapaiko: 'your', pachhadi: 'behind', pachadi: 'behind',
  harairako: 'lost', harayo: 'lost', haraudai: 'lost',
  // Turkish: the router's, from the registration; Portuguese: listening
  routerinin: 'router', routerin: 'router', modemin: 'router', kayittan: 'registration', escutando: 'listening',
  // thanks (Russian, Arabic, Swahili, Tagalog, Turkish, Uzbek, Hindi written in Latin letters)
  spasibo: 'thanks', shukran: 'thanks', asante: 'thanks', salamat: 'thanks', tesekkurler: 'thanks', tesekkur: 'thanks',
  rahmat: 'thanks', dhanyavaad: 'thanks', sukriya: 'thanks',
  // transliterated Russian: the password changed, (not) touched
  parol: 'password', parolya: 'password', smenil: 'changed', smenili: 'changed', pomenyali: 'changed', trogali: 'touched',
  trogal: 'touched',
  // Spanish: changed; Portuguese: nobody, turned off, came back, close the ticket; French: behind, unregistered
  cambio: 'changed', cambiaron: 'changed', ninguem: 'nobody', desligaram: 'disabled', desligamos: 'disabled', desligou: 'disabled',
  voltaram: 'recovered', fabrica: 'factory', maquina: 'machine', telepon: 'phone', ada: '', derrubam: 'end', kapanmiyor: 'not closing',
  zinakwama: 'stuck', inakwama: 'stuck', apontou: 'pointed', fechar: 'close', chamado: 'ticket', derriere: 'behind',
  desenregistrent: 'unregistered',
  // Spanish and Portuguese: traffic, closes, (do not) hang up, keep, fell, registrations, the password, applied
  trafego: 'traffic', cierra: 'closes', cierran: 'close', fecho: 'close', fecham: 'close', cuelgan: 'end', cuelga: 'ends',
  desligam: 'end', mantienen: 'keep', mantiene: 'keeps', mantem: 'keep', cairam: 'dropped', registos: 'registrations',
  contrasena: 'password', contrasenas: 'passwords', aplico: 'applied', aplicamos: 'applied',
  pouco: 'little', poco: 'little', expirou: 'expired', validade: 'validity', validez: 'validity', fibra: 'fiber',
  bajo: 'low', baixo: 'low', vieja: 'old', viejo: 'old', antigua: 'old', antiguo: 'old', antiga: 'old', antigo: 'old',
  desenregistre: 'unregistered', desenregistres: 'unregistered',
  // French as written in West and Central Africa: the firewall, rejected, logs, stuck, open, fail, lose, power cut, clean
  pare: '', feu: 'firewall', refuses: 'rejected', refuse: 'rejected', logge: 'logs', loggue: 'logs', paquets: 'packets',
  blocage: 'blocking',
  bloques: 'stuck', bloquees: 'stuck', restent: 'stay', reste: 'stays', ouverts: 'open', ouvert: 'open', actifs: 'active',
  fantomes: 'ghost',
  echoue: 'fails', echec: 'failure', perdent: 'lose', perd: 'loses', lenregistrement: 'registration', tombent: 'fall',
  coupure: 'cut', courant: 'power', propres: 'clean', propre: 'clean', souci: 'problem', soucis: 'problems', aucun: 'no', aucune: 'no',
  ladresse: 'the address', adresse: 'address', hell: 'solved', olundu: '', '3atahom': 'gave', nukirina: 'update', hicbir: 'no',
  ayni: 'same', atildigini: 'dropped', paketlerinin: 'packets', zengler: 'calls', asili: 'hang', bitmir: 'not end',
  silinmis: 'deleted', hesaplar: 'accounts', logah: 'logs', visyat: 'hang', zavisayut: 'hang', registraciyu: 'registration',
  teryayut: 'lose',
  qeydiyyatdan: 'registration', dusur: 'drops', arxasindaki: 'behind', bilginize: 'fyi', canli: 'production', toza: 'clean',
  hammasi: 'everything', ishlayapti: 'works', chistyi: 'clean', snyat: 'closed', testovom: 'test', marche: 'works',
  marchent: 'work', rien: 'nothing', eu: 'had', oubliez: 'ignore it', oublie: 'ignore it', revenu: 'reverted',
  revenus: 'reverted', lactivation: 'enabling', activation: 'enabling', enregistre: 'registered', teletravail: 'home office',
  // Uzbek: registration, dropping out, switched on, behind; Turkish: does not drop; Vietnamese: low; Egyptian "bey-" (is …-ing)
  registratsiya: 'registration', registratsiyadan: 'registration', tushib: 'dropping', yoqilgandan: 'enabled', yoqildi: 'enabled',
  yoqilgan: 'enabled', ortidagi: 'behind', pernah: '', sach: 'clean', limpio: 'clean', karent: 'current',
  pendaftaran: 'registration', nenhuma: 'no', nenhum: 'no', falha: 'fails', sempre: 'always', esteve: 'was', yanlis: 'wrong',
  adresini: 'address', adresi: 'address', sunucu: 'server', ortida: 'behind', dusurmuyor: 'not dropping',
  dusurmedi: 'not dropping', thap: 'low', bey: '',
  // Malay and Indonesian: dropped, errors, thousands, not cut off, been; Vietnamese: cut, dead; Nepali: cut;
  // Tamil: changed, old, only; Sinhala: removed, not
  buang: 'discards', membuang: 'discards', dibuang: 'discarded', ralat: 'errors', ribuan: 'thousands', ratusan: 'hundreds',
  puluhan: 'dozens',
  diputuskan: 'ended', sudah: 'been', dut: 'cut', chet: 'dead', kateko: 'cut', katyo: 'cut',
  maathineenga: 'changed', maathitom: 'changed', maathinom: 'changed', pazhaya: 'old', dhaan: 'only', galawela: 'removed',
  galauwa: 'removed', nehe: 'not', naha: 'not',
  // Albanian: the cable of the internet, the test machine, not from production, everything works; Polish: behind, lose, registration,
  // unregistered; Hausa: lose, registration, behind; Zulu: problem, solved, unregistered; Haitian Creole: problem, solved, reverted;
  // Somali: blocks, packets; Yoruba: NEPA (the power utility, as Nigerians name a power cut)
  kablloja: 'cable', internetit: 'internet', testimit: 'test', prodhimit: 'production', prodhim: 'production', gjithcka: 'everything',
  punon: 'works', humbin: 'lose', regjistrimin: 'registration', gubia: 'lose', rejestracje: 'registration', rejestracja: 'registration',
  zadne: 'no', zaden: 'no', zadna: 'no', polaczenie: 'calls', polaczenia: 'calls', ciekawosci: 'curious', bez: 'without',
  zmian: 'change',
  wymianie: 'after replacing', wymiany: 'replacing', niezarejestrowane: 'unregistered', niezarejestrowany: 'unregistered',
  niezarejestrowana: 'unregistered', rasa: 'lose',
  rajista: 'registration', bayan: 'behind', inkinga: 'problem', isixazululiwe: 'solved', kuxazululiwe: 'solved',
  zingabhalisiwe: 'unregistered', ingabhalisiwe: 'unregistered', pwoblem: 'problem', rezoud: 'solved', remete: 'reverted',
  xannibayaa: 'blocks', xannibay: 'blocked', baakadaha: 'packets', kaliya: 'only', nepa: 'power cut', chanje: 'changed',
  modpas: 'password',
  // Spanish and Portuguese: only, close (the ticket), the lab, production, touched, after, enabling, register, stopped,
  // fail, before, have (as in "we do not have it enabled")
  solo: 'only', cerrar: 'close', laboratorio: 'lab', produccion: 'production', producao: 'production', tocamos: 'touched',
  tocado: 'touched', tras: 'after', habilitar: 'enabling', registados: 'registered', deixaram: 'stopped',
  falham: 'fail', fallan: 'fail', falhar: 'fail', antes: 'before', tenemos: 'have', temos: 'have', derrubando: 'dropping',
  bloqueio: 'blocking',
  // German, Italian, Dutch, Czech, Slovak, Hungarian, Croatian and Turkish as operators write them: not, behind, since,
  // registered or not, lose, enabled, calls, fail, drop, packets, gone, thanks
  non: 'not', nicht: 'not', niet: 'not', nem: 'not', seit: 'since', sinds: 'since', otkad: 'since', odkedy: 'since', ota: 'since',
  hinter: 'behind', dietro: 'behind', achter: 'behind', iza: 'behind', mogotti: 'behind', registriert: 'registered',
  registrati: 'registered', registrano: 'register', geregistreerd: 'registered', regisztral: 'register', neregistrovane: 'unregistered',
  neregistrovany: 'unregistered', neregistrovanych: 'unregistered', neregistrirani: 'unregistered', neregistrovani: 'unregistered',
  verliezen: 'lose', ztraci: 'lose', gube: 'lose', elvesztik: 'lose', kaybediyor: 'lose', aktiv: 'enabled', attivo: 'enabled',
  aangezet: 'enabled', zapnuli: 'enabled', zapli: 'enabled', zapnuty: 'enabled', zapnuti: 'enabling', ukljucili: 'enabled',
  upalila: 'enabled', upaljen: 'enabled', bekapcsolas: 'enabling', bekapcsolasa: 'enabling', chiamate: 'calls', gesprekken: 'calls',
  anrufe: 'calls', hovory: 'calls', pozivi: 'calls', hivasok: 'calls', hivas: 'calls', falliscono: 'fail', mislukken: 'fail',
  selhavaji: 'fail', zlyhavaju: 'fail', meghiusulnak: 'fail', failaju: 'fail', elhasal: 'fails', padaji: 'drop', padaju: 'drop',
  blocca: 'blocks', bloccano: 'block', scarta: 'drops', scartano: 'drop', verwirft: 'drops', zahazuje: 'drops', zahadzuje: 'drops',
  zahodene: 'dropped', eldobja: 'drops', dobja: 'drops', dropa: 'drops', gedropte: 'dropped', pakketten: 'packets', csomagjait: 'packets',
  csomagok: 'packets', nessun: 'no', nessuno: 'no', weg: 'gone', danke: 'thanks', koszi: 'thanks', nikto: 'nobody', nikdo: 'nobody',
  vyprsala: 'expired', licencia: 'license', passam: 'pass', prolaze: 'pass', rendben: 'fine', minden: 'all', jelent: 'means',
  meldungen: 'messages', fehlermeldungen: 'errors', oke: 'ok', azota: 'since then', natem: 'behind nat', yealinky: 'phones',
  telefonok: 'phones', kiestek: 'dropped', pali: 'fell', registracije: 'registration', aparecem: 'show', od: 'since',
  hesel: 'passwords', heslo: 'password', hesla: 'passwords', kvuli: 'because of', odregistrovaly: 'unregistered',
  // Persian typed in Latin letters (Finglish), Punjabi, Turkish without its letters, Greek typed in Latin letters (Greeklish),
  // Arabizi and Russian in Latin letters: phones, behind, problem, solved, never, last month, now, nobody touched, only,
  // not, calls, lose, fail, block, drop, packets
  gooshi: 'phones', gooshiha: 'phones', posht: 'behind', moshkel: 'problem', hal: 'solved', tashakor: 'thanks', kollan: 'only',
  hichvaght: 'never', hichvaqt: 'never', roshan: 'enabled', pichhle: 'last', pichle: 'last', mahine: 'month', ilgisi: 'related',
  kimse: 'nobody', dokunmadi: 'touched', konusu: 'issue', sadece: 'just', bilgi: 'info', einai: 'is', mono: 'only', oxi: 'not',
  pisw: 'behind', piso: 'behind', apo: 'from', tilefwna: 'phones', tilefona: 'phones', kliseis: 'calls', pote: 'never', twra: 'now',
  xanoun: 'lose', apotygxanoun: 'fail', mplokarei: 'blocks', xiliades: 'thousand', tsala7: 'got fixed', tsalla7: 'got fixed',
  mazal: 'still', vlavi: 'outage', anoiksei: 'enabled', anoixei: 'enabled',
  yo2ta3: 'drops', ti2ta3: 'cut', mukalamat: 'calls', dropayutsya: 'dropped', dropaetsya: 'dropped', paketov: 'packets',
  pakety: 'packets', blokirovki: 'blocking', blokiruet: 'blocks', obryvatsya: 'drop', bilmir: 'cannot',
  // Portuguese of Angola and Mozambique, Igbo, Wolof, Zulu, Kinyarwanda, Somali: switched on, never, blocking, dropping,
  // behind, lose, unregistered, solved, only, outside (the peak)
  ligado: 'enabled', nunca: 'never', bloquear: 'blocking', cair: 'drop', fora: 'outside', bu: 'is', oo: '', keliya: 'only',
  isticmaalaan: 'use', nazu: 'behind', efunahu: 'lose', ekwenti: 'phones', ginaw: 'behind', nakk: 'lose', angemuva: 'behind',
  awabhalisi: 'unregistered', ivuliwe: 'enabled', byakemutse: 'solved', twasubije: 'reverted', kuri: 'to',
  abonnement: 'subscription', jeexoon: 'expired', fixe: 'fixed', leegi: 'now',
  // Russian in Latin letters: under load; Hausa: thousand
  nagruzke: 'load', nagruzka: 'load', nagruzki: 'load', nagruzkoi: 'load', dubu: 'thousand', eka: '', ekak: '', eki: 'same', ekoi: 'same',
  // Azerbaijani and Turkish as operators write them: switched on or off, registration lost or kept, behind, cut, blocked,
  // thrown away, error, not, no, if, question
  yandirdiq: 'switched on', yandirdiniz: 'switched on', yandirdilar: 'switched on', yandirmisdiq: 'switched on',
  yandirmisiq: 'switched on', yandirandan: 'switched on after', yandirilandan: 'switched on after', yandirildi: 'switched on',
  yandirsaq: 'switched on', sondurulub: 'off', sondurduk: 'off', sondurulu: 'off', sondurun: 'off', qalacaq: 'remains',
  qeydiyyat: 'registration', qeydiyyati: 'registration', qeydiyyatda: 'registered', qeydiyyatdadir: 'registered',
  qeydiyyatsizdir: 'unregistered', qeydiyyatsiz: 'unregistered', itirir: 'loses', itirdi: 'lost', dusdu: 'dropped',
  dusmeyib: 'not dropped', cixir: 'drops', arxasinda: 'behind', arxasindadir: 'behind', kesilir: 'cut', kesile: 'cut',
  zeng: 'call', zenglerin: 'calls', bloklayir: 'blocks', atir: 'drops', etmemisik: 'not done', problemsiz: 'without problem',
  acdiniz: 'enabled', acdiq: 'enabled', acmisdiq: 'enabled', rejimi: 'mode', rejimini: 'mode', deyil: 'not', yoxdur: 'not',
  hec: 'no', xetasi: 'error', xeta: 'error', eger: 'if', sual: 'question', sorusuram: 'asking', bizde: '',
  hatasi: 'error', hatalari: 'errors', artik: 'anymore', degildi: 'not', dusuruluyor: 'dropped', acilmamis: 'not enabled',
  acmayacagiz: 'will not enable', dusmus: 'dropped', civari: 'about', civarina: 'about', yaxin: 'about',
  indi: 'now', gore: 'because', olanlar: 'ones',
  // Turkish: RST with its case ending after the apostrophe ("RST'yi açtık")
  rstyi: 'rst', rstnin: 'rst', rstye: 'rst', rstde: 'rst', rstden: 'rst',
  // Turkish: the count of, about
  sayisinin: 'count', sayisi: 'count', sayi: 'count', civarinda: 'about', sayisinda: 'count',
  // Azerbaijani and Turkish: not seen, a figure mistyped
  gormedik: 'not seen', gormedim: 'not seen', sehv: 'wrong', yazmisam: 'mistyped', yazmisiq: 'mistyped',
  // Vietnamese, Indonesian and Malay as NOC engineers type them: their, old, run out, no, if, because, broken, in, when it was,
  // before, possible, night
  mereka: 'their', lama: 'old', het: 'finished', tiada: 'no', kalau: 'if', neu: 'if', sebab: 'because',
  rosak: 'broken', dalam: 'in', masa: 'when', dulu: 'before', mungkin: 'possible', malam: 'night',
  // Egyptian, Levantine and Maghrebi Arabizi: changed, problem, still, switched on, turned back, stopped, says, because of,
  // now, fine, solved, finished, in the, we use, all, have no, what (do we do), what happened; the negation that ends a verb
  // ("-sh", "-ch": does not end, does not open, does not exceed, does not get)
  ghayar: 'changed', ghayyar: 'changed', ghayaro: 'changed', ghayarna: 'changed', ghayart: 'changed', moshkla: 'problem',
  lessa: 'still', lissa: 'still', fa33alna: 'enabled', fa33alt: 'enabled', fa33alo: 'enabled', activina: 'enabled',
  hanfa33al: 'enable', raga3nah: 'reverted', raga3na: 'reverted', rage3na: 'reverted', raja3na: 'reverted', wi2fet: 'stopped',
  wa2fet: 'stopped', bi2ul: 'says', bey2ool: 'says', bsabab: 'because of', besabab: 'because of', delwa2ti: 'now',
  dilwa2ti: 'now', halla2: 'now', tamam: 'fine', '7alenaha': 'we solved it', '7alena': 'we solved', khelset: 'finished',
  fel: 'in the', bnesta3mel: 'use', nesta3mel: 'use', bnista3mel: 'use', kamlin: 'all', kamleen: 'all', wesh: 'what',
  ndirou: 'do we do', ndiro: 'do we do', esh: 'what', sar: 'happened', ydropi: 'drops', tetsajjal: 'register',
  ytemmouch: 'not end', y7allch: 'not open', mabeyzeedsh: 'not exceed', mabeyakhdoosh: 'not get', mabeyakhodsh: 'not get',
  ma3andohomsh: 'have no', ma3andoush: 'have no', ma3andish: 'have no', ma3andenash: 'have no',
  shaghalin: 'run', shaghala: 'working', shaghal: 'working', law: 'if', hayfar2: 'will change', fa33alnah: 'enabled it',
  nafso: 'itself', nafsaha: 'itself', '3ala': 'on', kollo: 'everything', kolo: 'everything', mafihoush: 'no', mafihash: 'no',
  sa7bi: 'my friend', lamas: 'touched',
  // Tagalog: fixed
  inayos: 'fixed',
  // Russian and Uzbek in Latin letters: calls hang or do not pass, cut, what to do or to change, or, after enabling, a rollback
  // helps, lost the registration, peak, outgoing connections; after enabling, what to do
  zvonki: 'calls', visnut: 'hang', rezhet: 'drops', chto: 'what', delat: 'to do', menyat: 'change', ili: 'or',
  vklyucheniya: 'enabling', otkat: 'rollback', pomozhet: 'helps', poteryali: 'lost', prohodyat: 'pass', pik: 'peak',
  ishodyashih: 'outgoing', soedineniyah: 'connections', yoqqandan: 'enabled', keyin: 'after', nima: 'what', qilish: 'to do',
  // Portuguese: expired, touched, it, competitor, friend, swears, another, dropping, stuck, normal, ran out, local,
  // ephemeral; Hindi in Latin letters: friend, only, question, another, changed; dynamic DNS
  expiraram: 'expired', mexeu: 'touched', concorrente: 'competitor', concorrentes: 'competitors', amigo: 'friend',
  jura: 'swears', outro: 'another', dropando: 'dropping', derrubada: 'dropped', travada: 'stuck', normais: 'normal',
  acabaram: 'ran out', acabam: 'run out', acabou: 'ran out', locais: 'local', efemeras: 'ephemeral', dost: 'friend',
  sirf: 'only', sawal: 'question', doosre: 'another', dusre: 'another', badla: 'changed', ddns: 'dynamic dns',
  mexemos: 'we changed',
  bondhur: 'friends', bondhu: 'friend',
  hamari: 'our', hamara: 'our', hamare: 'our',
  // Persian in Latin letters: behind, do not stay, switched on, since, after, yesterday, learning; Spanish: our, exam, course,
  // false alarm, port exhaustion, revert it
  poshte: 'behind', nemimoonan: 'not stay', faal: 'enabled', dirooz: 'yesterday', yadgiri: 'learning', nuestro: 'our',
  nuestra: 'our', examen: 'exam', curso: 'course', falsa: 'false', alarma: 'alarm', agotamiento: 'exhaustion', revierto: 'revert it',
  ghadimi: 'old', ghablan: 'before', khamooshesh: 'it off',
  bargh: 'power', ghat: 'cut', khamoosh: 'off', baraye: 'for', haye: '', khoroji: 'outgoing',
  // Ukrainian in Latin letters: already fixed, now all stable, thanks; Persian: finished
  vypravyly: 'fixed', vzhe: 'already', zaraz: 'now', stabilno: 'stable', dyakuyu: 'thanks', tamoom: 'finished',
  // Indonesian and Javanese: use, touched, already, fixed, enable, turn off, friend, curious, exam, scenario, real
  // case,
  // quiet, lost, rejected, still, ran out of, stable, finished, documentation, archive, confirm
  pake: 'use', disentuh: 'touched', udah: 'already', beres: 'fixed', nyalain: 'enable', dinyalain: 'enabled',
  nyalakan: 'enable', diaktifin: 'enabled', matiin: 'turn off', dimatiin: 'turned off', temen: 'friend',
  teman: 'friend', penasaran: 'curious', ujian: 'exam', skenario: 'scenario', kasus: 'case', nyata: 'real', sepi: 'quiet',
  ditolak: 'rejected', masih: 'still', kehabisan: 'ran out of', stabil: 'stable',
  selesai: 'finished', dokumentasi: 'documentation', arsip: 'archive', konfirmasi: 'confirm', misalnya: 'hypothetically',
  pindah: 'moved', wajar: 'normal', penjelasan: 'explanation', bedanya: 'difference', dihapus: 'removed', aktifke: 'enabled',
  // Nepali in Latin letters: our, us, friend, earlier, now, any, not (will not, does not), behind, inside, put, lose,
  // remove,
  // worry, and; Sinhala: another, behind, unplugged
  hamro: 'our', hamilai: 'us', saathi: 'friend', pahile: 'earlier', aile: 'now', aba: 'now', kunai: 'any', hudaina: 'not',
  gardainau: 'not', rahadainan: 'not stay', bhitra: 'behind', haldiyo: 'put', harauxa: 'loses', hataunu: 'remove',
  chinta: 'worry', ani: 'and', wena: 'another', pasupasse: 'behind', pitupasse: 'behind', galawila: 'unplugged',
  // French typed fast: plugged in, unplugged, moved house, gateway, switched off, resolved, it was, today, all, night,
  // thousands, dropped, put back, exercise, trainees, imagine, for, proposed, just, to enable, result, network, torn
  // out
  branche: 'plugged in', debranche: 'unplugged', demenage: 'moved', passerelle: 'gateway', eteint: 'switched off',
  resolu: 'resolved', cetait: 'it was', aujourdhui: 'today', tt: 'all', nuit: 'night', milliers: 'thousands', jetait: 'dropped',
  remis: 'put back', exercice: 'exercise', stagiaires: 'trainees', imaginez: 'imagine', pour: 'for', propose: 'suggested',
  juste: 'just', activer: 'to enable', resultat: 'result', reseau: 'network', arrache: 'torn out', hypothetique: 'hypothetical', ancien: 'former', employeur: 'employer',
  // Haitian Creole without its accents: behind, server, calls, lose, fail, block, drop, invalid, since, yesterday,
  // enabled, use, registered, registration, new, connections, customer, partner, because, after, every, minutes,
  // change, anymore, power, cut, moved, account, payment, still, trying, about, too many, report; Jamaican and
  // Trinidadian English: cannot, not, they, you, nothing, that, this, says, just, where
  deye: 'behind', seve: 'server', apel: 'calls', pedi: 'lose', echwe: 'fail', bloke: 'blocks', jete: 'drops',
  envalid: 'invalid', depi: 'since', aktive: 'enabled', itilize: 'use', anrejistre: 'registered', anrejistreman: 'registration',
  nouvo: 'new', koneksyon: 'connections', kliyan: 'customer', patne: 'partner', paske: 'because', apre: 'after', chak: 'every',
  minit: 'minutes', chanjman: 'change', anko: 'anymore', kouran: 'power', koupe: 'cut', deplase: 'moved',
  kont: 'account', peman: 'payment', toujou: 'still', eseye: 'trying', anviwon: 'about', twop: 'too many', rapo: 'report', weh: 'where',
  cyaan: 'cannot', nuh: 'not', dem: 'they', unuh: 'you', yuh: 'you', nutten: 'nothing', dat: 'that', dis: 'this',
  seh: 'says', jus: 'just',
  // Bulgarian, Romanian, Serbian, Croatian and Polish in Latin letters: the phones, the passwords, yesterday, after,
  // touched, we or you enabled, enabling, the clients, home, routers, registered, lose, registration, constantly,
  // blocked, packets, wrong, rule, new, outgoing, connections, the calls, anyway, failed, wrong, actually, replaced,
  // error, users, because, reverted, behind, thanks, not, now, all, closing, every, logs, drops, clients
  telefonite: 'the phones', parolite: 'the passwords', parolata: 'the password', vchera: 'yesterday', sled: 'after',
  pipali: 'touched', vklyuchihme: 'we enabled', vklyuchihte: 'you enabled', vklyuchvaneto: 'enabling',
  klientite: 'the clients', domashni: 'home', ruteri: 'routers', registrirani: 'registered', gubyat: 'lose',
  registraciya: 'registration', postoyanno: 'constantly', blokirani: 'blocked', paketi: 'packets', greshno: 'wrong',
  pravilo: 'rule', novi: 'new', izhodyashti: 'outgoing', vrazki: 'connections', apelurile: 'the calls',
  oricum: 'anyway', picau: 'failed', gresit: 'wrong', schimbat: 'replaced', eroare: 'error', conexiuni: 'connections',
  korisnici: 'users', jer: 'because', vratili: 'reverted', hvala: 'thanks', nije: 'not', teraz: 'now', wszyscy: 'all',
  zamykanie: 'closing', loguje: 'logs', dropuje: 'drops', klienci: 'clients', pakiety: 'packets', blokowane: 'blocked',
  wyrejestrowani: 'unregistered', telefoni: 'phones', greska: 'error', routerelor: 'routers', angajatilor: 'employees',
  activarii: 'enabling', esueaza: 'fail',
  // Croatian: thousands; Polish: we switched
  tisuce: 'thousands', przestawilismy: 'we switched',
  // Tamil and Telugu in Latin letters: not (said after the verb), now, our, fear, another, their, saw, read, also,
  // after, run out, all
  illa: 'not', ledu: 'not', ippo: 'now', namma: 'our', mana: 'our', bayam: 'fear', vera: 'another', avanga: 'their',
  paathen: 'saw', chadivanu: 'read', kuda: 'also', taruvatha: 'after', theerudhu: 'run out', ellam: 'all',
  // Greek in Latin letters: not, is, after, calls, down, problem, full, load, evening, morning, every, fail,
  // constantly, stop, increase, when, settings, customer, change, changed, keeps, offices, only, you enabled, without,
  // says, in front, hang, drops, test, worked, so, permanent, we had, this year, nothing, thought, but, again
  den: 'not', meta: 'after', klisseis: 'calls', pesane: 'went offline', thema: 'problem', gemato: 'full',
  fortio: 'load', vrady: 'evening', prwi: 'morning', kathe: 'every', synexeia: 'constantly', stamatane: 'stop',
  megalwsoume: 'increase', otan: 'when', rythmiseis: 'settings', pelati: 'customer', allagi: 'change',
  allakse: 'changed', kratei: 'keeps', grafeia: 'offices', energopoiisate: 'you enabled', xwris: 'without',
  leei: 'says', mprosta: 'in front', kremontai: 'hang', dropparei: 'drops', kovontai: 'are dropped', kovei: 'drops',
  dokimi: 'test', douleuan: 'worked', monima: 'permanent', eixame: 'we had', fetos: 'this year', tipota: 'nothing',
  nomize: 'thought', alla: 'but', failaroun: 'fail', pernane: 'pass', anaferoun: 'report',
  // Greek in Latin letters: no (none), down (fallen), writing, thousands
  kanena: 'no', pesmeno: 'down', grafoume: 'writing',
  // Ukrainian in Latin letters: drops
  dropaye: 'drops',
  // Greek in Latin letters: open, new
  nea: 'new', poly: 'many',
  // Somali and Amharic in Latin letters: after, since, lose, enabled, turn off, now, this morning, yesterday, tonight,
  // every, thousands, blocks, old, was, new, all, or, turn off, light, empty
  kadib: 'after', lumiya: 'lose', lumiyaan: 'lose', shiday: 'enabled', shidnay: 'enabled', demiyaa: 'turn off',
  hadda: 'now', saaka: 'this morning', caawa: 'tonight', kumanaan: 'thousands', xannibaya: 'blocks', kedimo: 'old',
  aroge: 'old', neber: 'was', adis: 'new', hulu: 'all', hulum: 'all', wey: 'or', lazga: 'turn off',
  behuala: 'after', isticmaala: 'using', geliyay: 'put', waxyeelleeyay: 'damaged', mise: 'or', yazegal: 'blocks',
  alseram: 'do not work', warbixinta: 'the report',
  // Somali: but, daytime, at night, only
  laakiin: 'but', maalintii: 'daytime', habeenkii: 'at night',
  // Haitian Creole: internet, daytime; Polish: came back, we enabled
  entenet: 'internet', lajounen: 'daytime', wrocily: 'came back', wlaczylismy: 'we enabled',
  // Kurdish (Kurmanji and Sorani) in Latin letters: after, behind, before, only, there is none, fine, now, today,
  // solved, thanks, problem, lose, cannot, enabled, changed, nobody, cut, broken
  pisti: 'after', pist: 'behind', bere: 'before', peshtr: 'before', pestir: 'before', tene: 'only',
  niha: 'now', iro: 'today', duhi: 'yesterday', careser: 'solved', supas: 'thanks',
  meraq: 'curious', pirsgirek: 'problem', kesha: 'problem', winda: 'lose', nabin: 'not', nabn: 'not',
  nikarin: 'cannot', vekirin: 'enabled', guhert: 'changed', neguhert: 'not changed', agahdari: 'information',
  rapor: 'report', belki: 'maybe', telefonen: 'phones', kesi: 'nobody', qut: 'cut', xirab: 'broken',
  isal: 'this year', dikevin: 'drop', deqiqe: 'minute', caran: 'times', bikar: 'use', tinin: '', hevaleki: 'friend',
  dixwazim: 'want',
  // Kurdish: changed, unplugged, revert, in the morning
  guheri: 'changed', guherand: 'changed', derketibu: 'unplugged', vegerinin: 'revert', vegerin: 'revert',
  sibe: 'morning',
  // Kurdish: we turn on one day, become
  rojeke: '', dibin: 'become',
  // Cebuano: not, no, since, yesterday, earlier, all, why, how, what, help, night, morning, ours, his or her, started,
  // happens
  dili: 'not', walay: 'no', sukad: 'since', kagahapon: 'yesterday', ganina: 'earlier', tanan: 'all', ngano: 'why',
  unsaon: 'how', unsa: 'what', unsay: 'what', tabang: 'help', gabii: 'night', buntag: 'morning', amoa: 'ours',
  iyang: 'their', nagsugod: 'started', mahitabo: 'happens', nahitabo: 'happened', kaniadto: 'back then',
  daghan: 'many', kaayo: 'very', namo: 'we', ninyo: 'you', nako: 'i', siguro: 'maybe', kinahanglan: 'need',
  // Cebuano, Tagalog and Spanish: but
  pero: 'but',
  // Khmer, Lao and Burmese in Latin letters: new, night, daytime, many, continuously, fine, increased, enabled,
  // already, since, yesterday, now, but, we
  thmey: 'new', yub: 'night', thngai: 'daytime', chrern: 'many', rohot: 'continuously', jea: 'fine',
  kaoen: 'increased', pert: 'enabled', laew: 'already', dach: 'dropped',
  // Khmer: thanks
  arkun: 'thanks',
  // Czech, Slovak and Hungarian without their accents: peak, stops, connections, run out, exhausted, new, local,
  // unregister, drop out, revert, enabling, dropped, calls, we need, help, customer, fine, we do not use, power, fixed,
  // back, colleague, cause, competitor, run out, half, home, blocked, packets, hang, firewall, there is none, again,
  // yesterday, unplugged
  spicce: 'peak', spicke: 'peak', spicka: 'peak', spicku: 'peak', prestane: 'stops', prestal: 'stopped',
  prestala: 'stopped', navazovat: 'establish', spojeni: 'connections', spojenia: 'connections', dochazi: 'run out',
  dochadzaju: 'run out', dochadza: 'runs out', vycerpane: 'exhausted', vycerpany: 'exhausted',
  vycerpani: 'exhaustion', nevytvaraju: 'are not created', nevytvari: 'are not created', novej: 'new', nove: 'new',
  lokalne: 'local', lokalny: 'local', lokalni: 'local', odregistrovavaju: 'unregister',
  odregistrovavaji: 'unregister', vypadavaj: 'drop out', vypadavaji: 'drop out', vypadavaju: 'drop out',
  odhlasovat: 'unregister', odhlasuji: 'unregister', vratit: 'revert', vratime: 'revert', zapnutia: 'enabling',
  zapnutim: 'enabling', dropnute: 'dropped', hovoroch: 'calls', hovorov: 'calls', hovoru: 'calls',
  potrebujeme: 'we need', pomoct: 'help', zakaznik: 'customer', zakaznika: 'customer', zakaznici: 'customers',
  nepouzivame: 'we do not use', nepouzivaji: 'they do not use', vubec: 'at all', vobec: 'at all', elektrina: 'power',
  proudu: 'power', opravili: 'fixed', opraveno: 'fixed', zpet: 'back', spat: 'back', kolega: 'colleague',
  pricina: 'cause', konkurens: 'competitor', csucsban: 'at peak', csucsidoben: 'at peak', megall: 'stops', uj: 'new',
  elfogynak: 'run out', elfogyott: 'ran out', portok: 'ports', portjai: 'ports', lokalis: 'local', amiota: 'since',
  bekapcsoltuk: 'we enabled', bekapcsoltak: 'enabled', dobalja: 'drops', eldobta: 'dropped', leall: 'stops',
  lognak: 'hang', blokkolt: 'blocked', csomagokat: 'packets', otthoni: 'home', otthonrol: 'from home',
  regisztralnak: 'register', mogott: 'behind', tuzfal: 'firewall', tuzfalon: 'on the firewall', nincs: 'no',
  sincs: 'no', megint: 'again', tegnap: 'yesterday', kihuzta: 'unplugged', tavalyi: 'last year',
  jegyzokonyvet: 'report', dalsi: 'another', ugyfel: 'customer', ugyfelnel: 'at the customer', ugyfelek: 'customers',
  // Czech, Slovak and Hungarian: production, test machine, since then, old, domain, rewrote
  produkce: 'production', produkcia: 'production', testovacim: 'test', testovacom: 'test', stroji: 'machine',
  regi: 'old', domainjet: 'domain', atirtuk: 'changed',
  // Hungarian: was
  volt: 'was',
  // Hungarian: we set
  beallitottuk: 'we set', beallitottam: 'i set', beallitottak: 'they set',
  // Czech, Slovak and Hungarian: run, via, no, yesterday's, high, full of, switch, outage
  jedou: 'work', pres: 'via', zadny: 'no', ziadny: 'no', vcerejsi: 'yesterday', vysokom: 'high', vysokem: 'high',
  plny: 'full of', atallitas: 'switch', vypadok: 'outage', vypadky: 'outages', incidens: 'incident',
  szolgaltatonal: 'provider',
  // Uzbek, Kazakh and Kyrgyz in Latin letters: after, behind, via, drops out, cannot register, losing, yesterday,
  // today, now, but, no, at all, nobody, never, calls, drop, hang, problem, fine, new, many, password, with, ago,
  // solved, report
  keiin: 'after', kiyin: 'after', artynda: 'behind', artyndagy: 'behind', artyndagylar: 'behind', orqali: 'via',
  tushyapti: 'drops', tusti: 'dropped', tushkondor: 'dropped', tirkelmeidi: 'do not register', joghotup: 'losing',
  yoqotyapti: 'losing', kechee: 'yesterday', keshe: 'yesterday', kecha: 'yesterday', bugun: 'today', bugin: 'today',
  azyr: 'now', qazir: 'now', hozir: 'now', lekin: 'but', biraq: 'but', birok: 'but', yoq: 'no', umuman: 'at all',
  eshkim: 'nobody', qonyraular: 'calls', qonyraudyn: 'calls', qongiroqlari: 'calls', chaluular: 'calls',
  uziledi: 'drop', otpoit: 'do not go through', otpei: 'fail', muammo: 'problem', muammosini: 'problem',
  muammosi: 'problem', jaksy: 'fine', jakshy: 'fine', yaxshi: 'fine', jangy: 'new', yangi: 'new',
  kop: 'many', parolni: 'password', bilan: 'with', menen: 'with', murun: 'ago', sheshildi: 'was solved',
  otchet: 'report', otchetqa: 'report', registratsiyasyn: 'registration', hamma: 'all', barlyq: 'all', bari: 'all',
  baary: 'all', tegmadik: 'we did not touch', qospadyq: 'we did not enable', auystyrdyq: 'we changed',
  bloktop: 'blocking', uidegi: 'home', mijozlarining: 'customers', klientter: 'clients', klientteri: 'clients',
  abonentlar: 'subscribers', telefondoru: 'phones', telefonlarimiz: 'phones', telefondor: 'phones',
  // Kazakh and Kyrgyz: a competitor's server, was, started, count, mode, we enabled, still
  konkurenttin: 'competitors', serverinde: 'server', edi: 'was', bashtaldy: 'started', sany: 'count',
  rejimin: 'mode', koshkonbuz: 'we enabled', koshkondon: 'enabled after', kylgandan: 'after doing',
  kylyngandan: 'after doing', dagy: 'still',
  // Kazakh and Kyrgyz: clients
  kliyentter: 'clients', kliyent: 'client',
  // Swedish, Norwegian, Danish and Finnish without their letters: calls, outgoing, incoming, again, new, connections,
  // suppliers, rush hour, thousands, since, enabled, lose, registration, behind, drop, change, gone, unregistered,
  // hang, through, log, packets, dropped, firewall, yesterday, today, fails, after, phones, eats, rejects, works
  samtalen: 'calls', samtal: 'calls', samtaler: 'calls', puhelut: 'calls', utgaende: 'outgoing',
  inkommande: 'incoming', igen: 'again', nye: 'new', anslutningar: 'connections',
  yhteyksia: 'connections', leverantorerna: 'suppliers', rusningstid: 'rush hour', tusentals: 'thousands of',
  dor: 'die', sedan: 'since', siden: 'since', aktiverade: 'enabled', aktiverte: 'enabled', tappar: 'lose',
  mister: 'lose', registreringen: 'registration', registreringar: 'registrations', registrering: 'registration',
  bakom: 'behind', bak: 'behind', faller: 'drop', andringen: 'change',
  ndringen: 'change', endringen: 'change', borta: 'gone', avregistreras: 'unregistered', hanger: 'hang',
  genom: 'through', loggen: 'log', paketen: 'packets', paketit: 'packets', droppas: 'dropped', brandvagg: 'firewall',
  brandvaggen: 'firewall', palomuuri: 'firewall', igar: 'yesterday', idag: 'today', eilen: 'yesterday',
  feiler: 'fails', efter: 'after', etter: 'after', jalkeen: 'after', telefonene: 'phones', telefoner: 'phones',
  puhelimet: 'phones', ater: 'eats', hylkaa: 'rejects', pudottaa: 'drops', katkeaa: 'drop', funkar: 'works',
  virker: 'works', asiakkaan: 'customer', kundens: 'customer', kunden: 'customer', hemroutrar: 'home routers',
  hjemmeruter: 'home router', hemmajobbare: 'home workers', fiksen: 'fix', fixen: 'fix', korjauksen: 'fix',
  muutoksen: 'change', muutettiin: 'was changed', rekisterista: 'registration', rekisterissa: 'registered',
  rekisteroimattomilta: 'unregistered', alkoi: 'started', kaikki: 'all', toimii: 'works', uusia: 'new',
  portit: 'ports', portene: 'ports', portarna: 'ports', loppu: 'ran out', paalle: 'on', kiitos: 'thanks',
  tack: 'thanks', takk: 'thanks', inga: 'no', ingen: 'no', alls: 'at all', offentlig: 'public',
  publik: 'public', julkisilla: 'public', varje: 'every', hver: 'every', kvall: 'evening', ettermiddag: 'afternoon',
  helgen: 'weekend', pga: 'for', skjedde: 'happened', droppes: 'dropped',
  // Norwegian, Danish and Swedish: changed, new, off, username, password, old, without, forwarded, ports, shows
  skiftet: 'changed', byttet: 'changed', bytte: 'changed', endret: 'changed', brukernavn: 'username',
  losenord: 'password', passord: 'password', passordbyttet: 'password change', gammel: 'old', gamla: 'old',
  gamle: 'old', uten: 'without', utan: 'without', videresendte: 'forwarded', portar: 'ports', viser: 'shows',
  visar: 'shows', fabriksaterstallde: 'factory reset', provisjonering: 'provisioning', elektriker: 'electrician',
  // Swedish: the campaign
  kampanjen: 'the campaign', dialerkampanj: 'dialer campaign',
  // Malagasy and Mauritian Creole: not, since, dropped, calls, phones, behind, enabling, we changed, blocks, solved,
  // problem, new, stop, now, report, deleted, maybe, because, anymore, please, customer, they, sorry, has
  tsy: 'not', hatraminny: 'since', hatramin: 'since', tapaka: 'dropped', antso: 'calls', antsony: 'calls',
  finday: 'phones', ambadiky: 'behind', nampandehananay: 'we enabled', nandehananny: 'enabling',
  nampandehanana: 'enabling', nanovanay: 'we changed', novainay: 'we changed', manakana: 'blocks',
  nanakana: 'blocked', mandrara: 'blocks', voasakana: 'blocked', manary: 'drops', voavaha: 'solved',
  olana: 'problem', vaovao: 'new', mijanona: 'stop', ankehitriny: 'now', tatitra: 'report', voafafa: 'deleted',
  angamba: 'maybe', satria: 'because', intsony: 'anymore', azafady: 'please', mpanjifa: 'customer',
  mpanjifanay: 'our customer', mifandray: 'connects', zot: 'they', dezole: 'sorry', lapel: 'calls', tonbe: 'drop',
  konfirme: 'confirmed', kisannla: 'what', boukou: 'lots of', napa: 'no', ditou: 'at all', aster: 'now',
  demaraz: 'startup', taloha: 'old',
  // Mauritian Creole: phones, behind, on, fine
  telefonn: 'phones', deryer: 'behind', korek: 'fine',
  // Mongolian in Latin letters: is, was, there is none, problem, fine, not, our, now, yesterday, today, fixed, after,
  // enabled, registration, unregistered, lost, dropped, home, every, connections, new, load, calls, phones, users,
  // wrong, sorry, cause, other, need, revert, complaints, safe
  bn: 'is', bsan: 'was', baihgui: 'there is no', alga: 'none', asuudal: 'problem', asuudlaa: 'problems',
  zugeer: 'fine', bish: 'not', manai: 'our', odoo: 'now', uchigdur: 'yesterday', unuudur: 'today',
  zasagdsan: 'fixed', zassan: 'fixed', zasaad: 'after fixing', zasvar: 'fix', zasvariin: 'fix', daraa: 'after',
  asaasan: 'enabled', asaah: 'enable', untarsan: 'off', burtgel: 'registration', burtgelgui: 'unregistered',
  aldaad: 'lost', tasraad: 'dropped', unaj: 'dropping', unaad: 'dropped', geriin: 'home', gerees: 'from home',
  tutamd: 'every', zalgalt: 'connections', shine: 'new', uusehgui: 'are not created', achaalal: 'load',
  holbogdohgui: 'do not connect', duudlaga: 'calls', utas: 'phones', utasnuud: 'phones', hereglegchdiin: 'users',
  buruu: 'wrong', uuchlaarai: 'sorry', shaltgaan: 'cause', ondoo: 'other', heregtei: 'need', butsaah: 'revert',
  gomdol: 'complaints', ayulgui: 'safe', lektsiin: 'lecture', shalgasan: 'checked', eswel: 'or', tuslaach: 'help',
  naiziin: 'friends', companiin: 'company',
  // Mongolian: behind, power, all, fine, partner, but, days, remain, evening, cannot, requires, said, both, with
  ard: 'behind', ii: '', iin: '', iig: '', uud: '', tsahilgaan: 'power', bugd: 'all', normalno: 'fine',
  hamtragch: 'partner', gehdee: 'but', honog: 'days', uldeed: 'remain', oroin: 'evening', bolohgui: 'cannot',
  shaardaj: 'requires', helsen: 'said', helj: 'says', hamaagui: 'unrelated', hurchihdeg: 'reaches',
  medegdel: 'report', asuuj: 'asking',
  // Mongolian: changed
  uurchlugdud: 'changed', uurchlugdsun: 'changed', oorchlogdson: 'changed',
  // Uzbek: scanners
  skanerlarga: 'scanners', skanerlar: 'scanners', skaner: 'scanner',
  // Georgian and Armenian in Latin letters: hello, today, yesterday, evening, new, not, thousand, more, we have,
  // hours, calls, returns, logs, every, seconds, but, outgoing, only, other, time, enabled, customers, phones, home,
  // router, behind, are, register, morning, call, shows, because of, now, after, switching, lose, remains, side, all,
  // uses, checked, is on, turn off, works, drops, normal, through, log, i see, revert, sessions, pass, since
  // yesterday, increased, night, what, enable, did not, looked, occupied, how, today, registrations, registered, kept,
  // minutes, drop, fell, they, arrive, there is none, already, fine, stops, connect, without, says, their, at
  gamarjoba: 'hello', dghes: 'today', gushin: 'yesterday', saghamos: 'in the evening', axali: 'new', ar: 'not',
  iqmneba: 'are created', atasze: 'thousand', atasi: 'thousand',metia: 'more', gvaqvs: 'we have',
  saatebshi: 'hours', saati: 'hours', zarebi: 'calls', zari: 'calls', zarebs: 'calls', zarebzea: 'calls',
  brundeba: 'returns', logebshi: 'in the logs', yovel: 'every', wamshi: 'seconds', wami: 'seconds', wamia: 'seconds',
  magram: 'but', gamavali: 'outgoing', mxolod: 'only', sxva: 'other', dros: 'time', gavaaktiure: 'enabled',
  chavrtet: 'enabled', chavrte: 'enabled', klientebis: 'customers', klientebi: 'customers', klientebs: 'customers',
  telefonebi: 'phones', telefonebze: 'phones', saxlshi: 'at home', routeris: 'router', routerebis: 'routers',
  ukan: 'behind', arian: 'are', registrirdebian: 'register', dilas: 'in the morning', rekaven: 'call', weria: 'shows',
  gamo: 'because of', axla: 'now', mere: 'after', gadartvis: 'switching', ekargebat: 'lose', rcheba: 'remains',
  mxares: 'side', gavushvit: 'we ran', gvirekavs: 'call us', yvela: 'all', iyenebs: 'uses', kargaven: 'lose',
  sheamowmet: 'we checked', chartulia: 'is on', gamovrto: 'turn off', dzmao: 'bro', ofisis: 'office',
  mushaobs: 'works', qreba: 'drops', normalurad: 'normal', myofebi: '', myof: '', wydeba: 'drop', gavlit: 'through',
  logshi: 'in the log', vxedav: 'i see', davabruno: 'revert', davabrunet: 'we reverted', shemdeg: 'after',
  sesiebi: 'sessions', gadis: 'pass', bitchebo: 'guys', iyo: 'was', qonda: 'had', isev: 'again',
  abonentma: 'subscriber', provaiderze: 'provider', gadavida: 'moved', aqvs: 'has', vexebit: 'touch', optika: 'fiber',
  gawyda: 'cut', aghdgeba: 'is restored', zustad: 'exactly', vici: 'know', cudia: 'is bad', dayenebuli: 'installed',
  istvis: 'for', minda: 'want', datvla: 'counting', statia: 'article', wavikitxe: 'read', gamochnda: 'appeared',
  gavzardot: 'increase', davamate: 'added', mainc: 'still', modis: 'comes', serverze: 'server', ori: 'two',
  vkitxulobt: 'we ask', rogor: 'how', imoqmedebs: 'affects', hipotetirad: 'hypothetically', parolis: 'password',
  shecvlis: 'change', aravin: 'nobody', shexebia: 'touched', paroli: 'password', swored: 'correctly',
  gamoswarda: 'fixed', iyvnen: 'were', gasul: 'last', tveshi: 'month', yvelaferi: 'everything', kargadaa: 'is fine',
  ubralod: 'just', vwer: 'writing', sakutari: 'own', chveni: 'our', ara: 'not', kompaniis: 'company', chven: 'we',
  pirdapir: 'directly', ratom: 'why', misi: 'his', erekvanic: 'since yesterday', avelacel: 'increased', hima: 'now',
  gisher: 'night', logum: 'in the log', miacnenq: 'enable', erek: 'yesterday', bayc: 'but', zangery: 'calls',
  zangeri: 'calls', chein: 'did not', ancnum: 'go through', nayecinq: 'we looked', bolory: 'all', zbaxvac: 'occupied',
  vonc: 'how', miacrecinq: 'we enabled', miacrac: 'enabled', miacnelic: 'enabling', aysor: 'today', hetevum: 'behind',
  grancumnery: 'registrations', grancvac: 'registered', grancvum: 'register', chen: 'not', pahvum: 'kept',
  rope: 'minutes', heto: 'after', kyndhatvum: 'drop', ijel: 'dropped', heraxosner: 'phones', heraxosnery: 'phones',
  heraxosnerin: 'phones', heraxos: 'phone', heraxosy: 'phone', hasnum: 'arrive', ashxatum: 'works',
  chka: 'there is none', arden: 'already', kangnecnum: 'blocks', kpnum: 'connect', aranc: 'without', ktrvum: 'drop',
  vrk: 'seconds', asum: 'says', irenc: 'their', poxecinq: 'we changed', poxel: 'changed', stanum: 'get',
  ogtagorcum: 'use', chenq: 'we do not', sxal: 'wrong', parolic: 'password', modemy: 'modem', haskanum: 'understand',
  parzvec: 'it turned out', erku: 'two', nuyn: 'same', balansy: 'balance', konkurenti: 'competitor', hangist: 'calm',
  urish: 'other', ayl: 'another', kompaniayi: 'company', menq: 'we', petq: 'need', chkar: 'there was no',
  amisnerov: 'for months', klienty: 'customer', registracia: 'registration',
  // Georgian and Armenian: ports, run out, is, on, dropped, at all, cause, will be, we have, phones, hello, our, what,
  // does, for, at, writes, that, happens, old, starts, i set, on, office, customer, bro, opens, did, one, hangs,
  // should, minutes, asks, stands, we put, if, times, urgent, because of, question, where, already, holds, thanks,
  // remained, only, change, in short, half, how many, hour, right, call, want, all, customers, not, thousand, well,
  // grows, i think, time, rises, tell, as, seems, both, since morning, new, cable, see, changed, computer, many,
  // normal, a lot, we plan, turn off, from outside, look, turn on, we had, goes, started, is lost, connects, drops,
  // remains, end, carrier
  portebi: 'ports', amoiwureba: 'run out', aris: 'is', chartuli: 'on', daadropa: 'dropped', saertod: 'at all',
  mizezi: 'cause', iqneba: 'will be', unenq: 'we have', heraxosov: 'phones', barev: 'hello', mer: 'our', inch: 'what',
  anum: 'does', hamar: 'for', grum: 'writes', vor: 'that', linum: 'happens', hin: 'old', irtveba: 'starts',
  dreci: 'i set', vra: 'on', klienti: 'customer', klientis: 'customer', klientma: 'customer',
  klients: 'customer', axper: 'bro', bacvum: 'opens', arel: 'did', arecinq: 'we did', mek: 'one', gavaketet: 'we did',
  kaxvac: 'hangs', unda: 'should', wutshi: 'minutes', harcnum: 'asks', dgas: 'stands', dnenq: 'we put',
  srochno: 'urgent', patcharov: 'because of', harc: 'question', sadac: 'where', ukve: 'already', uchiravs: 'holds',
  madloba: 'thanks', ixsneba: 'opens', mnacel: 'remained', uxaki: 'only', poxem: 'change', shnorhakalutyun: 'thanks',
  kesy: 'half', ramdeni: 'how many', chisht: 'right', zang: 'call', uzum: 'want', qani: 'how many', bolor: 'all',
  klientnery: 'customers', voch: 'not', kargad: 'well', izrdeba: 'grows', xdeba: 'happens',
  zangum: 'calls', chartvis: 'enabling', kidia: 'hangs', startavs: 'starts', mgoni: 'i think', jamanak: 'time',
  restartic: 'after the restart', bardzranum: 'rises', shevcvale: 'i changed', rogorc: 'as', vrode: 'seems',
  erkusn: 'both', aravotic: 'since the morning', axal: 'new', dzvel: 'old', dzveli: 'old', kabeli: 'cable',
  tesnum: 'see', poxvel: 'changed', kompze: 'computer', heraxosi: 'phone', nayeci: 'looked', davayenet: 'we installed',
  bevria: 'many', normaluri: 'normal', shat: 'a lot', vgegmavt: 'we plan', anjatel: 'turn off',
  garedan: 'from outside', gamovrtot: 'turn off', chavrto: 'turn on', gvqonia: 'we had', gnum: 'goes',
  zarebis: 'calls', sksvec: 'started', ikargeba: 'is lost', ukavshirdeba: 'connects', dropavs: 'drops',
  mnum: 'remains', avartvum: 'end', karrier: 'carrier', nor: 'new', registrirdeba: 'registers', sruldeba: 'completes',
  atarebs: 'passes', trunkebia: 'trunks', nranq: 'they', nranc: 'their',
  // Georgian, Armenian and Cape Verdean Kriolu: rebooted, antivirus, blocks, employee, in case, theoretical, enabling,
  // story, we saw, asks us, so, concerns, today, yesterday, blocked
  gadaitvirta: 'rebooted', antivirusi: 'antivirus', blokavs: 'blocks', ashxataky: 'employee', depqum: 'in case',
  teorik: 'theoretical', miacnelu: 'enabling', ambavi: 'story', vnaxet: 'we saw', tanamshromeli: 'employee',
  gvekitxeba: 'asks us', uremn: 'so', verabervum: 'concerns', chunenq: 'we do not have', oji: 'today',
  onti: 'yesterday', blokiadu: 'blocked', packetebs: 'packets', ofisshi: 'in the office',
  // Cape Verdean Kriolu: tried, turn on, undid, before, noticed, changed, all, fine, affects
  tenta: 'tried', disfaze: 'undid', antis: 'before', nota: 'noticed', muda: 'changed', tudu: 'all', dretu: 'fine',
  afeta: 'affects',
  // Albanian, Macedonian and Bosnian without their letters: not, is, and, from, we have, hello, calls, are, what,
  // should, today, yesterday, fail, other, now, only, register, i see, customer, just, every, some, says, changed,
  // all, anything, connection, blocks, new, shows, was, office, why, many, change, help, enabled, starts, old, still,
  // same, thanks, something, our, port, use, set, normal, seems, at all, outside, attacks, any, minutes, thousand,
  // then, evening, pass, please, day, grows, outgoing, can, lose, registered, public, through, revert, seconds, works,
  // home, stays, answer, agents, remain, hanging, closing, dropped, packets, hours, checked, audio, incident, last,
  // high, solved, script, worry, about, blocked, how, whether, when, behind, connections, i want, before, right,
  // portal, maybe, nothing, directly, number, gateways, unregister, operator, hang, drop, log, laptop, happens, if,
  // power, outage, half, rules, because of, router, urgent, rejected, succeed, break
  nuk: 'not', eshte: 'is', dhe: 'and', nga: 'from', kemi: 'we have', pershendetje: 'hello', thirrjet: 'calls',
  thirrje: 'calls', jane: 'are', cfare: 'what', duhet: 'should', sot: 'today', dje: 'yesterday', deshtojne: 'fail',
  serverin: 'server', tjeter: 'other', tani: 'now', vetem: 'only', regjistrohen: 'register', shoh: 'i see',
  klientit: 'customer', klienteve: 'customers', thjesht: 'just', cdo: 'every', disa: 'some', thote: 'says',
  ndryshuar: 'changed', gjitha: 'all', asgje: 'anything', lidhje: 'connections', lidhjet: 'connections',
  bllokon: 'blocks', reja: 'new', tregon: 'shows', ishte: 'was', zyres: 'office', zyren: 'office', pse: 'why',
  shume: 'many', ndryshimit: 'change', ndryshimi: 'change', ndihme: 'help', aktivuam: 'we enabled',
  ndezem: 'we turned on', ngrihet: 'starts', vjetri: 'old', ende: 'still', njejtin: 'same', faleminderit: 'thanks',
  dicka: 'something', tone: 'our', portin: 'port', resellerit: 'reseller', gjithe: 'all', perdorin: 'use',
  ndryshoj: 'change', vendosem: 'we set', normale: 'normal', duket: 'seems', jashte: 'outside', sulme: 'attacks',
  ndonje: 'any', mije: 'thousand', atehere: 'then', mbremje: 'evening', kalojne: 'pass', lutem: 'please',
  rritet: 'grows', drejt: 'towards', dalese: 'outgoing', humbasin: 'lose', regjistruar: 'registered', thone: 'say',
  publike: 'public', permes: 'through', kthej: 'revert', lidhen: 'connect', sekondash: 'seconds',
  punojne: 'work', shtepi: 'home', shtepia: 'home', qendron: 'stays', pergjigje: 'answer', agjenteve: 'agents',
  mbeten: 'remain', varur: 'hanging', mbylljes: 'closing', droppuara: 'dropped', hedh: 'throws', paketat: 'packets',
  zgjerojme: 'widen', orar: 'hours', mbushet: 'fills', rregullohet: 'recovers', kontrolluar: 'checked',
  pranuan: 'admitted', degjohet: 'heard', zeri: 'audio', incidentin: 'incident', kaluar: 'last', kishim: 'we had',
  larte: 'high', zgjidh: 'solved', dokumentoj: 'documenting', portesh: 'ports', skripti: 'script',
  shqetesohem: 'worry', rreth: 'about', bllokua: 'blocked', menyre: 'way', dalin: 'show', kako: 'how', dali: 'whether',
  koga: 'when', klientot: 'customer', povicite: 'calls', povici: 'calls', deka: 'that', pravam: 'do',
  serverot: 'server', zad: 'behind', nesto: 'something', konekcii: 'connections', denes: 'today', vcera: 'yesterday',
  raboti: 'works', sakam: 'i want', pokazuva: 'shows', pred: 'before', sega: 'now', nali: 'right', bese: 'was',
  promena: 'change', promenata: 'change', portalot: 'portal', mozebi: 'maybe', provajderot: 'provider',
  nisto: 'nothing', noviot: 'new', nekoi: 'some', mesec: 'month', direktno: 'directly', novite: 'new',
  imavme: 'we had', izlezni: 'outgoing', izleznite: 'outgoing', brojot: 'number', frla: 'throws',
  gatewayite: 'gateways', javna: 'public', smenivme: 'we changed', zatvaranje: 'closing', odjavuvaat: 'unregister',
  stavivme: 'we set', operatorot: 'operator', visat: 'hang', rabotat: 'work', vklucivme: 'we enabled',
  vklucen: 'enabled', vklucime: 'we enable', paketite: 'packets', pagjaat: 'drop', pagja: 'drops', logot: 'log',
  portot: 'port', istiot: 'same', laptopot: 'laptop', mnogu: 'many', okolu: 'about', nishto: 'nothing',
  sluchuva: 'happens', samo: 'only', kaze: 'says', nakon: 'after', moze: 'can', imamo: 'we have', imame: 'we have',
  vidim: 'i see', prema: 'towards', nema: 'there is no', klijent: 'customer', klijenta: 'customer',
  ukljucen: 'enabled', juce: 'yesterday', radi: 'works', poslije: 'after', telefona: 'phones', nista: 'nothing',
  poziva: 'calls',sve: 'everything', prije: 'before', konekcije: 'connections',
  konekcija: 'connections', kroz: 'through', preko: 'over', starta: 'starts', pitam: 'i ask', resheno: 'solved',
  nestanka: 'outage', struje: 'power', pokazuje: 'shows', promijenili: 'changed', polovina: 'half', svaki: 'every',
  pravila: 'rules', zbog: 'for', pozdrav: 'hello', nemamo: 'we have no', otvoriti: 'open', piku: 'peak',
  vise: 'anymore', rutera: 'router', ruterima: 'routers', ruter: 'router', drzi: 'holds',
  nece: 'will not', danas: 'today', opet: 'again', mislim: 'i think', uopste: 'at all', niko: 'nobody',
  umjesto: 'instead of', lozinka: 'password', koristi: 'uses', podruznici: 'branch', nisu: 'are not', vratim: 'revert',
  vratimo: 'revert', moguce: 'possible', hitno: 'urgent', odbijene: 'rejected', odbijeni: 'rejected',
  uspijevaju: 'succeed', terminaciji: 'termination', registraciju: 'registration', desava: 'happens', rade: 'work',
  pucaju: 'break', blokiraju: 'block', portova: 'ports', portove: 'ports', portovi: 'ports', hiljada: 'thousand',
  potrosili: 'used up', odbacuje: 'drops',ukljucio: 'enabled',
  nestanu: 'disappear', registruju: 'register', izmjene: 'change', slobodnih: 'free', povecati: 'increase',
  staje: 'stops', reshen: 'solved', iljadnici: 'thousands', odlozuvanje: 'delay', zvukot: 'audio',
  isteceniot: 'expired', akaunt: 'account', stariot: 'old', zatvoreno: 'closed', proverivme: 'we checked',
  reche: 'said', menuvavme: 'changed',izvestaj: 'report', prekin: 'outage', izbrisal: 'deleted',
  racno: 'manually', konkurencijata: 'competitor', zalat: 'complain',
  kancelarijata: 'office', zatoa: 'because', staticka: 'static', pocnuva: 'starts', pocnuvaat: 'start',
  zavrsuvaat: 'end', postojano: 'constantly', agentite: 'agents', doma: 'home', kancelariskite: 'office ones',
  postavkite: 'settings', dropnuva: 'drops', reshime: 'solve', skokne: 'jumps', sekunda: 'second',
  predlagate: 'suggest', megju: 'between', najlosho: 'worst', sekoja: 'every', vecer: 'evening', sesije: 'sessions',
  otvorene: 'open', pakete: 'packets', paketa: 'packets', kanale: 'channels',
  // Bosnian and Macedonian: explain, why, training, we enable, is not, real, presentation, hypothetically, we plan,
  // lab, enable, let, traffic, see, documentation, production, untouched, expect
  objasni: 'explain', zasto: 'why', obuku: 'training', ukljucimo: 'we enable', stvarni: 'real',
  prezentaciju: 'presentation', hipotetski: 'hypothetically', planiramo: 'we plan', labu: 'lab', ukljuciti: 'enable',
  pustiti: 'let', saobracaj: 'traffic', vidimo: 'see', dokumentaciju: 'documentation', produkcija: 'production',
  netaknuta: 'untouched', ocekujete: 'expect',
  // Bosnian and Bulgarian: show, extensions, there was no
  pokazuju: 'show', lokala: 'extensions', nyamashe: 'there was no',
  // Portuguese, Kriolu, Spanish, Armenian and Macedonian: network, connections, refuse, applied, dropping, insists,
  // configuration, problem, false, alert, presentation
  rede: 'network', ligason: 'connections', ligacoes: 'connections', recusar: 'refuse', aplika: 'applied',
  descartar: 'drop', pndum: 'insists', konfiguracijata: 'configuration', problemot: 'problem', falso: 'false',
  alerta: 'alert', presentacion: 'presentation', tumbando: 'knocking down', empezo: 'started',
  raport: 'report', beshe: 'was',
  // Macedonian: solved
  resen: 'solved',
  // Georgian: in the course, teach us, theory, avoids
  kursze: 'in the course', gvaswavlian: 'teach us', teoria: 'theory', aridebs: 'avoids',
  // Vietnamese without its accents: of, down to
  cua: 'of', xuong: 'down to',
  wingi: 'yesterday', saiki: 'now', kabeh: 'all', mburi: 'behind', juga: 'also', bilang: 'said', besok: 'tomorrow', buat: 'for',
  ngatasi: 'fix', naikin: 'increase', naikkan: 'increase', nutup: 'closes',
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

/**
 * Words in Bangla, Devanagari (Hindi and Nepali) and Arabic script (Urdu too), and Russian ones, that customers mix
 * into English, rewritten to the English, Banglish or Hinglish word the rules and the classifier already know ("ফোনগুলো mikrotik এর
 * পেছনে" reads "phones mikrotik er behind"). A word not listed is looked up again without a
 * suffix of `scriptSuffixes` (ফোন-গুলো, অ্যাকাউন্ট-এর) or a prefix of `scriptPrefixes` (ال-هاتف);
 * a word found nowhere is left out, as before. An empty value drops the word.
 */
export const scriptWords: Readonly<Record<string, string>> = {
  // Bangla
  দিনের: 'day', দিনে: 'day', ফোন: 'phone', আইপি: 'ip', কল: 'call', কলগুলো: 'calls', ফেইল: 'fail', ফেল: 'fail', ব্যর্থ: 'failed',
  রেজিস্টার: 'register', রেজিষ্টার: 'register', রেজিস্ট্রেশন: 'registration', রেজিষ্ট্রেশন: 'registration',
  অফলাইন: 'offline', অনলাইন: 'online', পেছনে: 'behind', পিছনে: 'behind', পিছে: 'behind', পেছনের: 'behind',
  বদলানোর: 'changing', বদলানো: 'changed', বদলেছি: 'changed', বদলেছে: 'changed', বদল: 'change', পরিবর্তন: 'change',
  পাল্টানোর: 'changing', পাল্টেছি: 'changed', রিপ্লেস: 'replaced', নতুন: 'new',
  পর: 'after', পরে: 'after', থেকে: 'since', রাউটার: 'router', মাইক্রোটিক: 'mikrotik', মিক্রোটিক: 'mikrotik',
  ফায়ারওয়াল: 'firewall', প্যাকেট: 'packet', ড্রপ: 'drop', রিসেট: 'reset',
  ব্লক: 'block', আটকে: 'blocked', আটকায়: 'blocks', না: 'not', নাই: 'not', নেই: 'not', হচ্ছে: 'hocche', হয়: 'hoy',
  হয়ে: 'hoye', যায়: 'jay', যাচ্ছে: 'jacche', চলে: 'chole', গেছে: 'geche', করছে: 'korche', করে: 'kore', দিলে: 'dile',
  সার্ভার: 'server', সার্ভারে: 'server', টাইম: 'time', টাইমে: 'time', ওয়েট: 'wait', পিক: 'peak', রাতে: 'night',
  রিস্টার্ট: 'restart', ঠিক: 'thik', কিছুক্ষণ: 'while', পোর্ট: 'port', শেষ: 'finished', এরর: 'error', সমস্যা: 'problem',
  আবার: 'again', বারবার: 'again', কানেকশন: 'connection', সংযোগ: 'connection', ইনকামিং: 'incoming', আউটগোয়িং: 'outgoing',
  কাস্টমার: 'customer', পাসওয়ার্ড: 'password', অ্যাকাউন্ট: 'account', একাউন্ট: 'account', ইন্টারনেট: 'internet', নেট: 'net',
  বিদ্যুৎ: 'bidyut', কারেন্ট: 'current', লাইন: 'line', ভাই: 'sir', কেন: 'why', কি: 'ki', কী: 'what', কিভাবে: 'how',
  কীভাবে: 'how', হাফ: 'half', ওপেন: 'open', খোলা: 'open', বন্ধ: 'off', এর: 'er', এ: 'e', টিসিপি: 'tcp', ইউডিপি: 'udp',
  ট্রাফিক: 'traffic', লোড: 'load', বেশি: 'beshi', হাজার: 'hajar', টা: '', টি: '', ন্যাট: 'nat', সিপ: 'sip', লগ: 'log', সেশন: 'session',
  বাইন্ড: 'bind', অ্যাড্রেস: 'address', ইউজ: 'use', ইন: 'in', কোন: 'which', কোনটা: 'which', কত: 'how many', ধন্যবাদ: 'thanks',
  লাইসেন্স: 'license', বিল: 'bill', ব্যালেন্স: 'balance', রিচার্জ: 'recharge', অডিও: 'audio', ভয়েস: 'voice', শোনা: 'hear',
  এক্সটেনশন: 'extension', এক্সপায়ার: 'expired', শুধু: 'only', ব্যবহার: 'use', ফরওয়ার্ড: 'forward', শূন্য: 'zero',
  গেটওয়ে: 'gateway', ক্যারিয়ার: 'carrier', হোয়াইটলিস্ট: 'whitelist', অফিস: 'office',
  // Hindi and Nepali in Devanagari, as the Hinglish (or English) word the same customers type in
  // Latin letters; the nukta is left out of the spelling ("फ़ोन" is "फोन")
  // people, greetings, pronouns
  नमस्ते: 'hello', नमस्कार: 'hello', सर: 'sir', भाई: 'sir', भैया: 'sir', दाइ: 'sir', दाई: 'sir', जी: 'ji', धन्यवाद: 'thanks',
  शुक्रिया: 'thanks', हम: 'we', हमने: 'we', हमारे: 'our', हमारा: 'our', हमारी: 'our', मैं: 'i', मैंने: 'i', मेरा: 'my', मेरे: 'my',
  मेरी: 'my', आप: 'you', आपने: 'you', आपके: 'your', आपका: 'your', आपकी: 'your', उसके: 'his', उसका: 'his', उसकी: 'his',
  उनके: 'their', उनका: 'their', उनकी: 'their', यह: 'this', ये: 'these', वह: 'that', वो: 'that', हामी: 'we', हाम्रो: 'our',
  // the little words between: particles, helper verbs, negation (Hinglish spellings)
  का: 'ka', की: 'ki', के: 'ke', को: 'ko', ने: 'ne', में: 'me', से: 'se', पर: 'par', पे: 'pe', तक: 'tak', और: 'and', या: 'or',
  लेकिन: 'but', मगर: 'but', तर: 'but', अनि: 'and', भी: 'bhi', ही: '', तो: '', वाला: '', वाले: '', वाली: '', पनि: 'also',
  है: 'hai', हैं: 'hain', था: 'tha', थी: 'thi', थे: 'tha', हो: 'ho', हुआ: 'hua', हुई: 'hui', हुए: 'hue', रहा: 'raha',
  रही: 'rahi', रहे: 'rahe', रहता: 'rehta', रहती: 'rehti', गया: 'gaya', गई: 'gayi', गयी: 'gayi', गए: 'gaye', किया: 'kiya',
  किये: 'kiye', किए: 'kiye', कर: 'kar', करते: 'karte', करने: 'karne', दिया: 'diya', दी: 'di', दिए: 'diye', जा: 'ja',
  जाता: 'jata', जाती: 'jati', जाते: 'jate', सकते: 'sakte', पा: 'pa', छ: 'cha', भयो: 'bhayo', गर्दा: 'garda', गरेको: 'gareko',
  भएको: 'bhaeko', हुन्छ: 'huncha', नहीं: 'not', नही: 'not', ना: 'na', न: 'na', मत: 'not', छैन: 'chaina', हुँदैन: 'not', भएन: 'not',
  // time and sequence
  बाद: 'baad', पहले: 'before', पछि: 'pachi', देखि: 'dekhi', कल: 'kal', आज: 'today', अब: 'now', अभी: 'now', फिर: 'again',
  दोबारा: 'again', बार: 'bar', रात: 'night', शाम: 'evening', सुबह: 'morning', दिन: 'day', घंटे: 'hours', घंटा: 'hours',
  मिनट: 'minutes', समय: 'time', टाइम: 'time', पीक: 'peak', पिक: 'peak', लगभग: 'about', करीब: 'about', ऊपर: 'over',
  // the switch, the network, the phones
  कॉल: 'call', कॉल्स: 'calls', कॉलें: 'calls', कॉलों: 'calls', फोन: 'phone', फोनों: 'phones', फोनहरू: 'phones', मोबाइल: 'mobile',
  एक्सटेंशन: 'extension', एक्सटेंशन्स: 'extensions', सर्वर: 'server', सर्भर: 'server', स्विच: 'softswitch', सॉफ्टस्विच: 'softswitch',
  राउटर: 'router', माइक्रोटिक: 'mikrotik', फायरवॉल: 'firewall', फायरवाल: 'firewall', पोर्ट: 'port', पोर्ट्स: 'ports',
  पैकेट: 'packet', पैकेट्स: 'packets', लॉग: 'log', एरर: 'error', त्रुटि: 'error', समस्या: 'problem', दिक्कत: 'problem',
  प्रॉब्लम: 'problem', इंटरनेट: 'internet', नेट: 'net', नेटवर्क: 'network', बिजली: 'bijli', लाइट: 'light', पावर: 'power',
  आईपी: 'ip', आइपी: 'ip', डोमेन: 'domain', कनेक्शन: 'connection', कनेक्शन्स: 'connections', ट्रैफिक: 'traffic', लोड: 'load',
  सेटिंग: 'setting', सेटिंग्स: 'settings', मोड: 'mode', रीसेट: 'reset', रिसेट: 'reset', वेब: 'web', पोर्टल: 'portal',
  पेज: 'page', ऑफिस: 'office', ब्रांच: 'branch', शाखा: 'branch', टीसीपी: 'tcp', यूडीपी: 'udp', सिप: 'sip', नेट्स: 'nat',
  // money, accounts, customers
  बैलेंस: 'balance', बेलेंस: 'balance', रिचार्ज: 'recharge', पेमेंट: 'payment', भुगतान: 'payment', बिल: 'bill',
  अकाउंट: 'account', खाता: 'account', लाइसेंस: 'license', पासवर्ड: 'password', क्लाइंट: 'client', ग्राहक: 'customer',
  कस्टमर: 'customer', वेंडर: 'vendor', कैरियर: 'carrier', ऑपरेटर: 'operator',
  // how many, which, old and new
  सब: 'all', सारे: 'all', सारी: 'all', सभी: 'all', सबै: 'all', कुछ: 'some', बहुत: 'many', धेरै: 'many', ज्यादा: 'more',
  कम: 'low', हजार: 'hazar', लाख: 'lakh', दूसरा: 'another', दूसरी: 'another', दूसरे: 'another', पुराना: 'old', पुरानी: 'old',
  पुराने: 'old', नया: 'new', नई: 'new', नए: 'new', नयाँ: 'new',
  // what happens: registered, failing, dropping, blocked, off and on, changed, finished
  रजिस्टर: 'register', रजिस्ट्रेशन: 'registration', रजिस्टर्ड: 'registered', अनरजिस्टर: 'unregistered', अनरजिस्टर्ड: 'unregistered',
  फेल: 'fail', ड्रॉप: 'drop', ड्रोप: 'drop', कट: 'cut', ब्लॉक: 'block', बंद: 'off', चालू: 'on', ऑन: 'on', ऑफ: 'off',
  ऑफलाइन: 'offline', ऑनलाइन: 'online', बदल: 'change', बदला: 'changed', बदली: 'changed', बदले: 'changed', बदलने: 'changing',
  चेंज: 'change', रीस्टार्ट: 'restart', रिस्टार्ट: 'restart', ठीक: 'theek', खत्म: 'finished', समाप्त: 'finished',
  एक्सपायर: 'expired', बाइंड: 'bind', एड्रेस: 'address', यूज: 'use', इस्तेमाल: 'use', हैंग: 'hang', टेस्ट: 'test', चेक: 'check',
  देखा: 'saw', दिख: 'dikh', वजह: 'wajah', कारण: 'reason', इसीलिए: 'because', इसलिए: 'so', क्योंकि: 'because',
  // Nepali electricity and generator, own, countries, connect, change
  दो: 'two', दुई: 'two', पटक: 'times', आ: '', कोई: 'koi', घटकर: 'down to', बिजुली: 'electricity', जेनेरेटर: 'generator',
  अफिस: 'office', आफ्नै: 'own', देश: 'country', कनेक्ट: 'connect', बदलाव: 'change',
  // lose, backup, script, own
  खो: 'lose', खोना: 'lose', बैकअप: 'backup', स्क्रिप्ट: 'script', अपनी: 'own', अपना: 'own', अन: 'on', ब्लक: 'block',
  प्याकेट: 'packets', अड्किन: 'hang', सामान्य: 'normal',
  // questions
  क्या: 'kya', क्यों: 'why', कैसे: 'how', कितने: 'how many', कितना: 'how much', कौन: 'which', कौनसा: 'which', किन: 'which',
  // Urdu and Persian words the Arabic list above lacks (Persian "-های" plurals and "را" after the object are
  // endings and particles, see scriptSuffixes)
  رجسٹریشن: 'registration', کھو: 'lose', لائسنس: 'license', ختم: 'finished', ایکسٹینشن: 'extension',
  ثبت: 'registration', خارج: 'out', تماس: 'calls', بسته: 'packets', دراپ: 'drop', روشن: 'on',
  خاموش: 'off', پشت: 'behind', فایروال: 'firewall', قطع: 'cut', معلق: 'hang', از: 'from', وقتی: 'when', را: '',
  میکند: '', میشوند: '', کردید: 'you', کردیم: 'we', سرور: 'server', حدود: 'about', مشکل: 'problem', طبیعی: 'normal',
  // Urdu: ports, peak, calls, the firewall ("فائر وال"), packets dropped, hang, on, the close setting changed
  پورٹس: 'ports', پورٹ: 'port', لوکل: 'local', پیک: 'peak', شام: 'evening', کالیں: 'calls', کال: 'call', باہر: 'out',
  سٹارٹ: 'restart', ری: '', فائر: 'firewall', وال: '', پیکٹ: 'packets', ڈراپ: 'drop', ہینگ: 'hang', لاگ: 'log', آن: 'on',
  تبدیلی: 'change', کلوز: 'close', گر: 'drop', رہے: 'rahe', ہیں: 'hain', ہو: 'ho', کے: 'ke', کی: 'ki', کا: 'ka', سے: 'se',
  والی: '', آپ: 'you', کنکشن: 'connections', ٹھیک: 'theek', کیا: 'kya',
  إيه: 'what', قفلنا: 'we turned off', قفلت: 'turned off',
  // Levantine, Egyptian and Maghrebi Arabic: the ports run out, per second, evening, only, the net, the router, dropping
  بورتات: 'ports', خلصت: 'finished', جديدة: 'new', يفتح: 'open', ثانية: 'per second', مسا: 'evening', بس: 'only', نت: 'net',
  روتور: 'router', تيليفونات: 'phones', كيطيحو: 'drop', بدلتو: 'changed', إعداد: 'setting', ديال: '', من: 'from',
  شغّل: 'enabled', أبداً: 'never', أبدا: 'never',
  // Amharic: the customer, phones, behind the router, registration cut, calls, the firewall dropping packets, switched on
  ደንበኛው: 'customer', ደንበኛ: 'customer', ስልኮች: 'phones', ስልክ: 'phone', ራውተር: 'router', ጀርባ: 'behind', ምዝገባ: 'registration',
  ምዝገባቸው: 'registration', ይቋረጣል: 'cut', ይቋረጣሉ: 'cut', ጥሪዎቹ: 'calls', ጥሪዎች: 'calls', ፋየርዎሉ: 'firewall', ፋየርዎል: 'firewall',
  ፓኬቶችን: 'packets', ይጥላል: 'drops', ከበራ: 'enabled', አልበራም: 'not enabled', በጭራሽ: 'never', ችግር: 'problem', ምክንያት: 'because',
  // Arabic written with the shadda, where it tells the verb from another word ("غيّر" changed, "غير" not)
  غيّر: 'changed', غيّرنا: 'changed', مسجّلة: 'registered', مسجّل: 'registered', مطفأة: 'off', مطفي: 'off', مزوّد: 'provider',
  // Arabic and Urdu
  مشكلة: 'problem', مشكله: 'problem', مسئلہ: 'problem', مسئله: 'problem', هاتف: 'phone', الهاتف: 'phone', هواتف: 'phones',
  تلفون: 'phone', تلفونات: 'phones', فون: 'phone', مسجل: 'registered', مسجلة: 'registered', غير: 'not', تسجيل: 'registration',
  التسجيل: 'registration', رجسٹر: 'register', جدار: 'firewall', الحماية: '', فايروول: 'firewall', راوتر: 'router',
  رخصة: 'license', انتهت: 'expired', انتهى: 'expired', ريستارت: 'restart', إعدادات: 'settings', بإعدادات: 'settings', مصنع: 'factory',
  مقفول: 'off', مقفل: 'off', سبب: 'reason', عطل: 'outage', مزود: 'provider',
  دومين: 'domain', اسم: 'name', قديم: 'old', القديم: 'old', كارير: 'carrier', مو: 'not', مش: 'not',
  بعد: 'after', منذ: 'since', مكالمات: 'calls', مكالمة: 'call', كالز: 'calls', تفشل: 'fail', فشل: 'failed', لا: 'not',
  ليس: 'not', نہیں: 'not', نهیں: 'not', سيرفر: 'server', خادم: 'server', منفذ: 'port', منافذ: 'ports', اوفلاين: 'offline',
  أوفلاين: 'offline', آف: 'off', تغيير: 'change', غيرنا: 'changed', حزم: 'packets', حزمة: 'packet', يحظر: 'blocks',
  محظور: 'blocked', يرفض: 'rejects', شكرا: 'thanks', شکریہ: 'thanks', فاتورة: 'bill', رصيد: 'balance', صوت: 'audio',
  الانترنت: 'internet', انترنت: 'internet', كهرباء: 'electricity', بجلی: 'bijli', كلمة: '', السر: 'password',
  // connections, about, normal, working fine; enabling a mode; devices behind routers that lose registration every few minutes
  اتصال: 'connections', اتصالات: 'connections', حوالي: 'about', طبيعي: 'normal', عادي: 'normal', شغالة: 'working',
  // a FortiGate ('الفورتي جيت'), the firewall as Gulf Arabic spells it, RST packets refused, calls that hang
  فورتي: 'fortigate', فورتيجيت: 'fortigate', جيت: '', فايروال: 'firewall', مرفوضة: 'rejected', مرفوض: 'rejected',
  ترفض: 'rejects', تعلق: 'hang',
  شغال: 'working', تمام: 'fine', تفعيل: 'enabling', وضع: 'mode', أجهزة: 'devices', اجهزة: 'devices', ورا: 'behind',
  راوترات: 'routers', تفقد: 'lose', بتفقد: 'lose', يفقد: 'loses', كل: 'every', دقيقة: 'minutes', دقايق: 'minutes',
  // Russian, as NOC engineers from Central Asia write it: nouns and adjectives by their stem (the
  // endings in scriptSuffixes are tried off), verbs by the stem their common forms share
  // ("отваливаются", "отваливается" → отвалива-) or in full where stems would collide.
  // not, no, nothing, never, all
  не: 'not', нет: 'no', ни: 'not', нету: 'no', никто: 'nobody', ничего: 'nothing', никогда: 'never', все: 'all', весь: 'all',
  вся: 'all', всех: 'all',
  // since, after, when, time of day and load
  после: 'after', когда: 'when', если: 'if', пока: 'while', уже: 'already', снова: 'again', опять: 'again', еще: 'still',
  всегда: 'always', кажд: 'every', вчера: 'yesterday', сегодня: 'today', утра: 'morning', утром: 'morning', ночью: 'night',
  вечер: 'evening', вечером: 'evening', чнн: 'peak', пик: 'peak', нагрузк: 'load', минут: 'minutes', час: 'hours',
  секунд: 'seconds', тыс: 'thousand', тысяч: 'thousand', тысячи: 'thousand', около: 'about', примерно: 'about',
  порядка: 'about', почти: 'almost', под: 'under', больше: 'more', более: 'more', только: 'only', просто: 'just', тоже: 'also',
  также: 'also',
  // the little words the rules read between the nouns ("за NAT" is behind NAT, "по TCP" over TCP; "60к" is 60 thousand)
  мы: 'we', нас: 'us', наш: 'our', это: 'this', тут: 'here', здесь: 'here', там: 'there', и: 'and', а: 'and', но: 'but',
  или: 'or', в: 'in', во: 'in', на: 'on', за: 'behind', по: 'over', из: 'from', от: 'from', к: 'k', с: 'with', со: 'with',
  для: 'for', без: 'without', у: '', при: '', чем: 'related', потому: 'because', что: 'what', как: 'how', почему: 'why',
  сколько: 'how many', какой: 'which', какие: 'which', какая: 'which', вопрос: 'question', подскажите: 'tell', скажите: 'tell',
  думаю: 'think', похоже: 'seems', кажется: 'seems', нормальн: 'normal', норм: 'normal', норма: 'normal',
  // phones, the switch, the network in between
  телефон: 'phone', телефоны: 'phones', телефонов: 'phones', телефонами: 'phones', аппарат: 'phones', абонент: 'subscribers',
  клиент: 'customers', пользовател: 'users', устройств: 'devices', шлюз: 'gateway', сервер: 'server', свич: 'softswitch',
  свитч: 'softswitch', софтсвич: 'softswitch', софтсвитч: 'softswitch', роутер: 'router', маршрутизатор: 'router',
  модем: 'router', файрвол: 'firewall', фаервол: 'firewall', файервол: 'firewall', брандмауэр: 'firewall', межсетев: 'firewall',
  экран: '', оператор: 'carriers', провайдер: 'provider', стенд: 'test', тестов: 'test',
  порт: 'port', портов: 'ports', сокет: 'sockets', адрес: 'address', домен: 'domain', соединени: 'connections',
  подключени: 'connections', сесси: 'sessions', пакет: 'packets', звонок: 'call', звонк: 'calls', вызов: 'calls',
  входящ: 'incoming', исходящ: 'outgoing', список: 'list', списк: 'list', онлайн: 'online', офлайн: 'offline',
  оффлайн: 'offline', регистраци: 'registration', ошибк: 'error', проблем: 'problem', причин: 'reason', лог: 'log',
  рестарт: 'restart', перезагрузк: 'restart', перезапуск: 'restart', настройк: 'settings', режим: 'mode',
  // password, account, money, power, network
  парол: 'password', логин: 'login', аккаунт: 'account', учетк: 'account', лицензи: 'license', сертификат: 'certificate',
  баланс: 'balance', оплат: 'payment', сет: 'network', интернет: 'internet', питани: 'power', свет: 'light',
  электричеств: 'electricity', кабел: 'cable', отключени: 'outage',
  // registered, dropping out, blocked, changed, switched on or off, resolved, works
  регистриру: 'register', зарегистрирован: 'registered', незарегистрирован: 'unregistered', отвалива: 'drop',
  отвали: 'dropped', пропада: 'disappear', пропа: 'disappeared', исчеза: 'disappear', исчез: 'disappeared', теря: 'lose',
  потеря: 'lost', блокиру: 'blocks', заблокирован: 'blocked', заблокирова: 'blocked', блокировк: 'blocking', режет: 'drops',
  режут: 'drop', дропа: 'drops', отбрасыва: 'drops', поменя: 'changed', измени: 'changed', изменени: 'change', смени: 'changed',
  включи: 'enabled', включа: 'enabled', включен: 'enabled', включени: 'enabling', выключен: 'off', выключи: 'disabled',
  отключен: 'off', отключи: 'disabled', решено: 'solved', решена: 'solved', решили: 'solved', может: 'able', могут: 'able',
  можем: 'able', пор: 'since', исправили: 'fixed',
  починили: 'fixed', работа: 'working', висят: 'hang', висит: 'hangs', зависа: 'hang', зависли: 'hung', полуоткрыт: 'half open',
  проход: 'pass', принима: 'receive', открыва: 'open', откры: 'open', переста: 'stops', упа: 'down', пада: 'drop',
  занят: 'taken', использу: 'use', используется: 'in use', запущен: 'running', старту: 'starts', истек: 'expired',
  просрочен: 'expired', закончи: 'finished', кончи: 'finished',
  // Kazakh and Uzbek in Cyrillic: thousand, registration, dropping, error, not, account term run out
  мың: 'thousand', минг: 'thousand', тіркеу: 'registration', рўйхат: 'registration', түсіп: 'drop', түс: 'drop',
  қате: 'error', хато: 'error', скрипт: 'script', біздің: 'our', саны: 'count', қалыпты: 'normal', шамамен: 'about', емес: 'not',
  эмас: 'not', тугаган: 'expired', тугади: 'expired', муддат: 'term',
  қосқан: 'enabled', қосылым: 'connections', уланиш: 'connections', роутері: 'router', артындағы: 'behind',
  орқасидаги: 'behind', йўқолди: 'disappeared', раҳмат: 'thanks', рахмет: 'thanks',
  // Uzbek and Kazakh: firewall, packets dropped, switched on or not, registration, phones, account
  желіаралық: 'firewall', ташлаб: 'drops', тастап: 'drops', ёқилган: 'enabled',
  ёқилмаган: 'not enabled', қосылған: 'enabled', тіркелім: 'registration', телефондар: 'phones', ҳисоб: 'account',
  атак: 'attack', сканер: 'scanners', ограничени: 'limit',
  // an outage, it turned out, old, moved, turned back
  авари: 'outage', оказалось: 'turned out', выяснилось: 'turned out', стар: 'old', перенес: 'moved', переехал: 'moved',
  вернули: 'reverted', собственн: 'own', дважды: 'twice', запускал: 'started',
  // cut off for non-payment ("отключил интернет за неуплату")
  неуплат: 'non payment', неоплат: 'non payment',
  // a test machine, a false alarm called off, the production server
  машин: 'machine', тревог: 'alarm', отбой: 'cancel', боев: 'production',
  // Russian and Kazakh: audio, ok, in the daytime, registering, to revert, to do, to cut, yesterday, we switched on
  аудио: 'audio', звук: 'audio', ок: 'ok', днём: 'daytime', днем: 'daytime', регистрироваться: 'registering', вернуть: 'revert',
  откатить: 'revert', делать: 'to do', резать: 'drop', кеше: 'yesterday', қостық: 'we enabled', тесте: 'test', тест: 'test',
  // thanks (Russian, Ukrainian, Uzbek, Kazakh, Arabic, Persian)
  спасибо: 'thanks', дякую: 'thanks', рахмат: 'thanks', рақмет: 'thanks', شكراً: 'thanks', ممنون: 'thanks', مرسی: 'thanks',
  // Persian: the password, power cut; Arabic: solved, cut; Hindi and Nepali: changed, outage
  اختبار: 'test', إنتاج: 'production', انتاج: 'production', ڈومین: 'domain', سیٹنگ: 'setting', صرف: 'only', ہزار: 'thousand',
  هزار: 'thousand', ألف: 'thousand', الف: 'thousand', آلاف: 'thousand', دن: 'day', حسابات: 'accounts', حساب: 'account',
  پورت: 'port', بورت: 'port', رمز: 'password', پسورد: 'password', برق: 'power', قطعه: 'cut', انحلت: 'got solved',
  اتحلت: 'got solved', انحل: 'got solved',
  परिवर्तन: 'changed', बदलियो: 'changed', आउटेज: 'outage',
  // Russian and Ukrainian: thousand as said, turned off, registered again, stable; Kazakh and Uzbek: the password,
  // nobody, not touched, not changed, fixed, very few
  продакшен: 'production', отчет: 'record', отчёт: 'record', тикет: 'ticket', закрывать: 'close', закрыть: 'close',
  сброшенн: 'dropped', исправить: 'fix', зависать: 'hang', зависают: 'hang', тыщ: 'thousand', тыща: 'thousand', тыщи: 'thousand',
  лишним: '', лишком: '', вимкнули: 'disabled', выключили: 'disabled',
  зареєструвались: 'registered', стабільно: 'stable', стабильно: 'stable', құпиясөз: 'password', ешкім: 'nobody',
  тиіспеген: 'not touched', ўзгартирмаган: 'not changed', жөнделді: 'got fixed', кам: 'low', жуда: 'very',
  // Arabic, Persian, Kurdish, Russian, Ukrainian, Kazakh and Tajik: a test box and production, old and clean logs, solved, ignore,
  // the ticket closed, a false alarm, the network or the power down
  تجربة: 'test', التجارب: 'test', تجريبي: 'test', التجربة: 'test', تاقیکردنەوە: 'test', تست: 'test', الأساسي: 'production',
  الاساسي: 'production',
  الحقيقي: 'production', الشغل: 'production', نظيف: 'clean', نظيفة: 'clean', لوقه: 'log', اللوق: 'log', لوق: 'log', الشهر: 'month', 
  شهر: 'month', الماضي: 'last', حل: 'solved', تم: 'was', تجاهلوها: 'ignore it', تجاهلوا: 'ignore it', تجاهل: 'ignore', سكروا: 'close', 
  اسكروا: 'close', التذكرة: 'ticket', تذكرة: 'ticket', تكرر: 'repeated', أبد: 'never', ابد: 'never', قاطعة: 'down', مقطوعة: 'down', 
  الشبكة: 'network', شبكة: 'network', تمیز: 'clean', تمیزه: 'clean', اطلاع: 'info', محض: 'just', ماه: 'month', پیش: 'ago', 
  тестовом: 'test', тестовый: 'test', тестовой: 'test', стенде: 'stand', прод: 'production', проде: 'production',
  продакшене: 'production', проду: 'production',
  чистый: 'clean', чистая: 'clean', чистые: 'clean', чисто: 'clean', снят: 'closed', закрыт: 'closed', ложная: 'false', тревога: 'alarm', 
  помогло: 'helped', вирішили: 'solved', закривати: 'close the ticket', жарық: 'light', сөніп: 'off', тестӣ: 'test', хуб: 'fine',
  الحل: 'solution', تطيح: 'drop', طاحت: 'dropped', يطيح: 'drops', تسقط: 'dropped', يسقط: 'drops', معلقين: 'stuck',
  معلقة: 'stuck', العالقة: 'stuck', عالقة: 'stuck', الجدار: 'firewall', الناري: '', المحول: 'softswitch', المحوّل: 'softswitch',
  дропает: 'drops', дропают: 'drop', дропає: 'drops', роняет: 'drops', невалидные: 'invalid', невалидный: 'invalid',
  каттоодон: 'registration', каттоо: 'registration', чыгып: 'drop', бақайдгириро: 'registration', бақайдгирӣ: 'registration',
  гум: 'lose',
  تسجل: 'register', تنفصل: 'disconnect', تقع: 'fall', يطيحو: 'drop', ولا: 'or', بالنهار: 'in the day', مشكل: 'problem',
  نەک: 'not', سەرەکی: 'production', سێرڤەری: 'server', هل: 'whether', آیا: 'whether', اتأثرت: 'affected', تأثرت: 'affected',
  تغير: 'changed', تغيّر: 'changed', قافل: 'off', مفيش: 'no', مافيش: 'no', ماكو: 'no',
  عنوان: 'address', غلط: 'wrong', كلها: 'all',
  миң: 'thousand', миңдей: 'thousand', мингта: 'thousand', ташталып: 'dropped', илинип: 'hang',
  бэкап: 'backup', бекап: 'backup', لأنو: 'because', لانو: 'because', لأن: 'because', بيفتح: 'opens',
  // Georgian and Armenian: phones losing registration, calls that hang, the firewall dropping RST, test and production, clean logs
  ტელეფონები: 'phones', ტელეფონ: 'phone', რეგისტრაცია: 'registration', კარგავენ: 'lose', კარგავს: 'loses', უკან: 'behind',
  ზარები: 'calls', ზარ: 'call',
  იკიდება: 'hang', არ: 'not', სრულდება: 'end', ფაირვოლ: 'firewall', ფაირვოლი: 'firewall', ლოგ: 'log', ლოგი: 'log', პაკეტები: 'packets', 
  იყრება: 'dropped', ჩავრთეთ: 'enabled', ჩართვის: 'enabling', შემდეგ: 'after', სატესტო: 'test', სერვერ: 'server',
  სერვერი: 'server', პროდაქშენ: 'production',
  ყველაფერი: 'everything', რიგზეა: 'fine', კითხვა: 'question', მოხსნილია: 'closed', მხოლოდ: 'only', հազար: 'thousand',
  հեռախոս: 'phone', հեռախոսներ: 'phones', գրանցում: 'registration',
  կորցնում: 'lose', հետևում: 'behind', ռեժիմ: 'mode', միացնելուց: 'enabling', միացրինք: 'enabled', հետո: 'after', զանգ: 'call',
  զանգեր: 'calls',
  նորմալ: 'normal', սխալ: 'error', չկա: 'not', ոչ: 'no', լոգ: 'log', մաքուր: 'clean', անցյալ: 'last', ամսվա: 'month', 
  հիմա: 'now', նշանակում: 'means', ինչ: 'what',
  عن: 'from', تنهى: 'end', ينتهي: 'ends', رجعناه: 'reverted it', رجعنا: 'reverted', تظهر: 'appear',
  مقطوع: 'cut', انقطعت: 'cut', انقطع: 'cut', الكهرباء: 'electricity', رجعت: 'back', سجلت: 'registered', مجرد: 'just', سؤال: 'question',
  হলে: 'hole', لو: 'if', ظنينا: 'thought', أول: 'first',
  ما: 'ma', ماراهمش: 'not', ماراهاش: 'not', باسوورد: 'password', الباسوورد: 'password', فعلنا: 'enabled', نبي: 'want',
  نبغى: 'want', نبغي: 'want', نرجعه: 'revert it', نرجع: 'revert', رجعه: 'revert it', علاقة: 'related', علاقه: 'related', لها: '',
  له: '', جديد: 'new', правок: 'fix', правки: 'fix',
  كله: 'all', كلهم: 'all',
  // Greek: cuts and throws away (drops), go out, yesterday, on
  κοβει: 'drops', πεταει: 'drops', βγαινουν: 'go out', χθες: 'yesterday', σε: 'on', γυρναμε: 'turn', γυρισουμε: 'turn',
  επιτρεπουμε: 'allow',
  // Tamil, Telugu, Kannada, Malayalam, Gujarati, Punjabi, Odia and Marathi: thousand, not, never, only, all, over, nothing,
  // thought, last month; Bangla: down, never, did not; Amharic: thousand
  ஆயிரம்: 'thousand', వేల: 'thousand', వేలు: 'thousand', ಸಾವಿರ: 'thousand', ആയിരം: 'thousand', હજાર: 'thousand', ਹਜ਼ਾਰ: 'thousand',
  ਹਜਾਰ: 'thousand', ହଜାର: 'thousand', లేదు: 'not', ಇಲ್ಲ: 'not', ഇല്ല: 'not', નથી: 'not', ਨਹੀਂ: 'not', ନାହିଁ: 'not', नाही: 'not',
  ਸਿਰਫ: 'only', ਸਿਰਫ਼: 'only', ಎಲ್ಲ: 'all', ಅವೆಲ್ಲ: 'all', ಮೇಲೆ: 'over', काहीच: 'nothing', वाटलं: 'thought', करायचं: 'karu',
  ଗତ: 'last', ମାସରେ: 'month', ডাউন: 'down', কখনো: 'never', করিনি: 'not done', ሺ: 'thousand', ሺህ: 'thousand',
  ਦੇ: 'de', అందరూ: 'all', మీదే: 'only', కొత్త: 'new', మార్చింది: 'changed', ਤੁਸੀਂ: 'tusi', ਕੀਤਾ: 'kita', ਫਿਕਸ: 'fix',
  ભૂલથી: 'by mistake', ફક્ત: 'only', ହେଉନି: 'not happening', ଆଉ: 'anymore',
  ባለፈው: 'last', ወር: 'month', ተፈቷል: 'was solved', አሁን: 'now', ብቻ: 'only', ለማመስገን: 'thanks', በኋላ: 'after',
  // Libyan Arabic: you fixed it, thanks, now, fine
  وصلحتوها: 'and you fixed it', صلحتوها: 'you fixed it', مشكورين: 'thanks', توا: 'now', باهية: 'fine',
  // Pashto: no, is not, calls, all, fine
  هیڅ: 'no', نشته: 'not', کالونه: 'calls', ټول: 'all', سم: 'fine',
  // Greek: calls pass normally, no failure, no error, just for information, the problem, solved, now, not, test, production
  κλησεις: 'calls', κληση: 'call', περνανε: 'pass', κανονικα: 'normal', καμια: 'no', κανενα: 'no', αποτυχια: 'failure',
  ενημερωση: 'info', απλως: 'just', απλα: 'just', για: 'for', προβλημα: 'problem', λυθηκε: 'solved', τωρα: 'now', δεν: 'not',
  τηλεφωνα: 'phones', πισω: 'behind', απο: 'from', δοκιμαστικο: 'test', παραγωγη: 'production', παραγωγης: 'production',
  χιλιαδες: 'thousand', χιλιαδων: 'thousand', ευχαριστω: 'thanks', σφαλμα: 'error', σφαλματα: 'errors',
  // Sinhala: last month, the problem, now, not, there is not, all, calls
  ගිය: 'last', මාසේ: 'month', මාසෙ: 'month', ප්රශ්නේ: 'problem', ප්රශ්නය: 'problem', ප්රශ්නයක්: 'problem', දැන්: 'now', නෑ: 'not',
  නැහැ: 'not', නැත: 'not', ඔක්කොම: 'all', හරි: 'fine', හරියට: 'fine',
  // Tamil: last month, now, the problem, not, clean, only for information
  போன: 'last', மாசம்: 'month', இப்போ: 'now', பிரச்சனையும்: 'problem', பிரச்சனை: 'problem', இல்ல: 'not', இல்லை: 'not',
  சுத்தமா: 'clean', தகவலுக்காக: 'for the record',
  // Ukrainian: flying off the registration, before this change
  злітають: 'drop', злітає: 'drop', реєстрації: 'registration', реєстрація: 'registration', до: 'before', цієї: 'this', зміни: 'change',
  // Persian: public, changed; Kurdish: electricity, cut; Serbian: expired, account; Ukrainian: moved, new;
  // Mongolian: went off
  عمومی: 'public', تغییر: 'changed', کارەبای: 'electricity', کارەبا: 'electricity', بڕا: 'cut', истекао: 'expired',
  истекла: 'expired', налог: 'account', рачун: 'account', перевели: 'moved', новий: 'new', нови: 'new', унтарсан: 'down',
  // Serbian: solved, is, reverted, close
  решен: 'solved', је: 'is', вратили: 'reverted', затворите: 'close', затворити: 'close',
  // Levantine: the load rising in the evening; Persian: thousand said with its ending ("۲۸ هزاره": it is 28 thousand)
  الضغط: 'load', ضغط: 'load', يعلى: 'rises', يزيد: 'rises', عالمسا: 'evening', المسا: 'evening', لما: 'when', هزاره: 'thousand',
  هزار‌تا: 'thousand',
  // Persian, Dari, Pashto and Urdu: a power cut, the internet down, the building, the branch, the telecom company, the office,
  // the morning
  ساختمون: 'building', ساختمان: 'building', رفته: 'gone', خالی: 'empty', طبیعتاً: '', همه: 'all', آفلاین: 'offline', هستن: 'are',
  هستند: 'are', فقط: 'only', اینترنت: 'internet', انټرنیټ: 'internet', انٹرنیٹ: 'internet', شعبه: 'branch', دیروز: 'yesterday',
  مخابرات: 'telecom', مخابراته: 'telecom', داخلی: 'extension', اونجا: 'there', نیست: 'not', جنراتور: 'generator', خراب: 'broken',
  است: 'is', گوشی: 'phone', دفتر: 'office', صبح: 'morning', زموږ: 'our', پرون: 'yesterday', راهیسې: 'since', دی: 'is',
  ځکه: 'because', فونونه: 'phones', دي: 'are', ته: 'to', زنګ: 'call', لایسنس: 'license', ګېټ‌ویونه: 'gateways', شول: 'became',
  نوی: 'new', څنګه: 'how', ہمارے: 'our', آفس: 'office', کسی: 'someone', پاسورڈ: 'password', پاسورډ: 'password', بدل: 'changed',
  بدلا: 'changed', کل: 'yesterday', بند: 'off', سارے: 'all', دکھا: 'showing', لنک: 'link', کب: 'when', کلائنٹ: 'client',
  بیلنس: 'balance', گیا: 'gaya', اکاؤنٹ: 'account', اب: 'now', فونز: 'phones', پرانا: 'old', سب: 'sab', دوبارہ: '',
  // small figures asked about: quiet at midnight, what it means, a monthly or weekly report, no error, everything fine
  سلام: 'salam', نصف: 'half', شب: 'night', خلوته: 'quiet', خلوت: 'quiet', دارم: 'have', این: 'this', طبیعیه: 'normal',
  عادی: 'normal', یا: 'or', باید: 'should', دقیقاً: 'exactly', یعنی: 'means', چی: 'what', همکارم: 'colleague',
  همکار: 'colleague', میگه: 'says', ولی: 'but', همزمان: 'concurrent', داره: 'has', هیچ: 'no', مشکلی: 'problem', گزارش: 'report',
  ماهانه: 'monthly', میانگین: 'average', اوسط: 'average', روی: 'on', بین: 'between', بوده: 'was', خطایی: 'error', خطای: 'error',
  خطا: 'error', نداشتیم: 'not', برادر: 'brother', یک: 'one', چه: 'what', فایده: 'benefit', دارد: 'has', چیز: '', درست: 'fine',
  آمد: 'came', توضیح: 'explain', فرق: 'difference', و: 'and', در: 'in', بستن: 'closing', چیست: 'what is', یاد: 'learning',
  میپرسم: 'asking', میپرسیم: 'asking', څه: 'what', شی: 'thing', زما: 'my', وايي: 'says', روښانه: 'on', خو: 'but', یوازې: 'only',
  اونۍ: 'weekly', راپور: 'report', لوړ: 'high', شمیر: 'number', ورځې: 'day', نه: 'not', وه: 'was', بھائی: 'bhai', قریب: '',
  کالز: 'calls', کوئی: 'koi', ہمیں: 'we', چاہیے: 'should', ابھی: 'abhi', ہماری: 'our', چل: 'running', سوال: 'question',
  پوښتنه: 'question',
  // the fix worked, the ticket closed; RST only supposed, not switched on, to stay off
  دیگه: 'no more', دیگر: 'no more', نور: 'no more', تیکت: 'ticket', تکت: 'ticket', ټکټ: 'ticket', ببندید: 'close',
  مننه: 'thanks', ممکنه: 'possible', امکان: 'possible', اگه: 'if', اگر: 'if', که: 'that', تلفن: 'phone', بشن: 'become',
  هنوز: 'yet', نکردیم: 'nakardim', تغییرات: 'changes', هفته: 'week', گذشته: 'last', شما: 'you', ایا: 'whether', کیدای: 'possible',
  خاطر: 'because', اعتبار: 'credit', ترانک: 'trunk', نخواهیم: 'will not', چون: 'because', داریم: 'have', لطفاً: 'please',
  پلان: 'plan', نکنید: 'do not', او: 'and', پاتې: 'remain', هغه: 'that', وخته: 'time', چې: 'that', لوی: 'increased',
  راغلې: 'came', هیچا: 'nobody', بدلون: 'change', اړیکه: 'relation', لري: 'has', لنډیز: 'summary', ستونزه: 'problem',
  ټرنک: 'trunk', زنګونو: 'calls', زنګونه: 'calls', لاس: 'hand', درلود: 'had', کړئ: '', موڈ: 'mode', براہ: '', کرم: 'please',
  اسے: 'it', تبدیل: 'changed', پھر: 'again',
  // the faults: trunks not connecting at night, local ports used up, connections closed with RST, the NAT router clearing the
  // session, the firewall throwing the RST away
  نمیتواند: 'cannot', وصل: 'connect', وصلیږي: 'connect', میدهد: 'gives', روز: 'day', ترافیک: 'traffic', کم: 'low', خوب: 'fine',
  شپې: 'night', وروسته: 'after', محلي: 'local', پورټونه: 'ports', مصرفوي: 'used up', نوې: 'new', اړیکې: 'connections',
  جوړیږي: 'made', کانکشن: 'connections', با: 'with', روتر: 'router', روټر: 'router', راؤٹر: 'router', پاک: 'clears',
  رجیستر: 'register', رجسټر: 'register', نمیمونن: 'not stay', برگردونید: 'revert', فعالولو: 'enabled', فعال: 'enabled',
  څانګې: 'branch', اکسټنشنونه: 'extensions', شاته: 'behind', هر: 'every', څو: 'few', دقیقې: 'minutes', ورکوي: 'lost', لاسه: '',
  کله: 'when', په: 'with', بندیږي: 'closed', پیل: 'started', ٹیبل: 'table', سیشن: 'session', ہٹا: 'removes', ٹوٹ: 'broken',
  پہلے: 'before', یہ: 'this', برقرار: 'connect', نمیشن: 'not', اپراتور: 'carrier', فایروالشون: 'firewall', قبول: 'accept',
  نمیکنه: 'not', میریزه: 'drops', نن: 'today', ښيي: 'shows', پاکټونه: 'packets', بلاک: 'blocked', تھا: 'tha', ہونے: '', شدن: '',
  // before, last night, stuck, changed, settings, mode, effect, understood, could, typed wrong, the customer, a blacklist, the
  // carrier, but, paid
  قبلش: 'before', قبل: 'before', دیشب: 'last night', تو: 'in', گیر: 'stuck', عوض: 'changed', ربطی: 'relation',
  تنظیمات: 'settings', نداره: 'not', خاموشه: 'off', حالت: 'mode', تاثیری: 'effect', ندارد: 'not', فهمیدم: 'understood',
  سکتا: 'could', کرنے: 'karne', اشتباه: 'wrong', تایپ: 'typed', آدرس: 'address', مشتری: 'customer', توسط: 'by',
  دیتاسنتر: 'datacenter', لیست: 'list', سیاه: 'black', اور: 'and', میں: 'in', کچھ: 'anything', کیریئر: 'carrier', وجہ: 'because',
  لیکن: 'but', فیل: 'fail', بل: 'bill', جمع: 'paid', پیمنٹ: 'payment',
  // Sorani Kurdish: a connection; Dari: a phone; Urdu: the ticket, its summary; Persian: new, entered
  پەیوەندییەکی: 'connection', تیلفون: 'phone', ٹکٹ: 'ticket', خلاصہ: 'summary', جدید: 'new', زدیم: 'entered', بیاد: 'comes back',
  کرنا: 'karna', کنیم: 'do', آنها: 'them', خودش: 'itself',
};

/**
 * Endings of Bangla words (plural, case, particles), of Hindi and Nepali ones (plural, the
 * Nepali "-हरू", "-लाई", "-मा"), of Russian ones (case and number of nouns and adjectives,
 * person and tense of verbs) and of Georgian and Armenian ones, longest first when looked up.
 */
export const scriptSuffixes: readonly string[] = [
  // Georgian (plural, genitive, dative, 'in', 'on') and Armenian (plural, definite article, 'in')
  'ებს', 'ები', 'ის', 'ში', 'ზე', 'ს', 'ները', 'երը', 'ում', 'ը',
  'हरूलाई', 'हरू', 'लाई', 'मा', 'ों', 'ें', 'های', 'ها', 'ی',
  'дан', 'нан', 'ден', 'нен', 'тан', 'тен', 'лар', 'лер', 'ни', 'ны', 'нинг', 'ның', 'сі', 'си', 'ді', 'ди',
  'ларини', 'лари', 'ини', 'ға', 'ге', 'қа', 'терін', 'тері', 'лері', 'дері', 'ары', 'ері',
  'গুলোকে', 'গুলোর', 'গুলো', 'গুলা', 'গুলি', 'টার', 'টা', 'টি', 'কে', 'তে', 'ের', 'এর', 'র', 'ে', 'য়', 'ও', 'ই',
  'ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ются', 'ется', 'ится', 'ятся', 'лись', 'лась', 'лся', 'ться',
  'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ую', 'юю',
  'ых', 'их', 'ым', 'им', 'ет', 'ют', 'ут', 'ит', 'ат', 'ят', 'ла', 'ли', 'ло', 'ть',
  'а', 'я', 'ы', 'и', 'у', 'ю', 'е', 'о', 'ь', 'л',
];

/** Beginnings of Arabic words ("the", "and the", "and"), longest first when looked up. */
/**
 * Words Pashto reads otherwise than the other languages of the Arabic script: "مو" is "we" or "our" in Pashto ("RST
 * mode مو روښانه کړی": we switched RST mode on) and "not" in Gulf Arabic; "که" is "if" in Pashto and "that" in Persian.
 * Used in a message with a letter only Pashto writes.
 */
export const pashtoWords: Readonly<Record<string, string>> = { مو: '', که: 'if' };

export const scriptPrefixes: readonly string[] = ['وال', 'بال', 'ال', 'و'];

/**
 * Words in scripts written without spaces between words (Thai, Lao, Burmese, Khmer, Chinese, Japanese) or
 * with their particles joined to them (Korean), rewritten to the English
 * word the rules and the classifier know. A run of such script is read by taking, at each place,
 * the longest word listed here that starts there (and skipping a character no word starts with),
 * so "โทรศัพท์หลุดลงทะเบียน" reads "phones drop off registration". An empty value drops the word.
 */
export const unspacedWords: Readonly<Record<string, string>> = {
  // Thai: phones, registration, dropping off, behind, on and off, not, changed, the network, failing
  ถ้า: 'if', สมมติ: 'hypothetical', ตัวอย่าง: 'example', ยังไม่ได้เปิด: 'not yet enabled', สร้างไม่ได้: 'cannot create',
  ปกติไม่เป็น: 'otherwise normal', ได้ไหม: 'is it ok', แทน: 'instead',
  โทรศัพท์: 'phones', ลงทะเบียน: 'registration', หลุด: 'fall off', หลัง: 'behind', หลังจาก: 'after', ตั้งแต่: 'since',
  เปิด: 'enabled', ปิด: 'off', ไม่: 'not', ไม่ได้: 'not', คืออะไร: 'what is', ไม่เกี่ยวกับ: 'not related', เกี่ยวกับ: 'related',
  เปลี่ยน: 'changed', เราเตอร์: 'router', รหัสผ่าน: 'password', อินเทอร์เน็ต: 'internet', ไฟร์วอลล์: 'firewall',
  ไฟวอลล์: 'firewall', สาย: 'calls', การโทร: 'calls', ล้มเหลว: 'failed', ค้าง: 'hang', ตัด: 'cut', แพ็กเก็ต: 'packets',
  บล็อก: 'block', ทิ้ง: 'drops', เพราะ: 'because', ใช้: 'use', ผ่าน: 'over', เซิร์ฟเวอร์: 'server', พอร์ต: 'port',
  ปกติ: 'normal', เท่าไหร่: 'how many', อะไร: 'what', ยอดเงิน: 'balance', หมดอายุ: 'expired', ไฟดับ: 'blackout',
  ไฟฟ้า: 'electricity', บ่อย: 'often', ยังไม่ได้ต่อ: 'without', หมื่น: 'tenthousand', พัน: 'thousand', พีค: 'peak',
  ตอนเย็น: 'evening', ใหม่: 'new', รีสตาร์ท: 'restart', ปัญหา: 'problem', ครับ: '', ค่ะ: '', นะ: '',
  // Chinese: not switched on, changed, because, before, years ago, another issue, handled already, now, only, last month,
  // daytime, cannot register, change back to, the network cable cut, the network down
  沒開: 'not enabled', 換了: 'changed', 變了: 'changed', 变了: 'changed', 因為: 'because', 以前: 'previously', 两年前: 'two years ago',
  兩年前: 'two years ago', 另一个问题: 'another issue', 另一個問題: 'another issue', 處理好了: 'fixed', 处理好了: 'fixed',
  已經: 'already', 已经: 'already', 現在: 'now', 现在: 'now', 只有: 'only', 上個月: 'last month', 上个月: 'last month',
  白天: 'daytime', 注册不上: 'cannot register', 註冊不上: 'cannot register', 要改回: 'should we change back to',
  網路線: 'network cable', 网线: 'network cable', 剪斷: 'cut', 剪断: 'cut', 斷網: 'no internet',
  证书: 'certificate', 證書: 'certificate', 校验失败: 'verification failed', 校驗失敗: 'verification failed',
  // Chinese counts of ten thousands and thousands ("三萬", "两千"): the digit with its unit, as the extractor reads "3 tenthousand"
  一萬: '1 tenthousand', 一万: '1 tenthousand', 一千: '1 thousand', 二萬: '2 tenthousand', 二万: '2 tenthousand',
  二千: '2 thousand', 兩萬: '2 tenthousand', 兩万: '2 tenthousand', 兩千: '2 thousand', 两萬: '2 tenthousand',
  两万: '2 tenthousand', 两千: '2 thousand', 三萬: '3 tenthousand', 三万: '3 tenthousand', 三千: '3 thousand',
  四萬: '4 tenthousand', 四万: '4 tenthousand', 四千: '4 thousand', 五萬: '5 tenthousand', 五万: '5 tenthousand',
  五千: '5 thousand', 六萬: '6 tenthousand', 六万: '6 tenthousand', 六千: '6 thousand', 七萬: '7 tenthousand',
  七万: '7 tenthousand', 七千: '7 thousand', 八萬: '8 tenthousand', 八万: '8 tenthousand', 八千: '8 thousand',
  九萬: '9 tenthousand', 九万: '9 tenthousand', 九千: '9 thousand',
  // Chinese: registration lost, phones, behind, switched on or never, the firewall dropping, calls failing
  注册: 'registration', 掉注册: 'unregistered', 未注册: 'unregistered', 话机: 'phones', 电话: 'phones', 分机: 'extensions',
  后面: 'behind', 打开: 'enabled', 开启: 'enabled', 启用: 'enabled', 关闭: 'off', 没开: 'not enabled', 从来没: 'never',
  防火墙: 'firewall', 丢包: 'packet loss', 丢弃: 'drops', 拦截: 'blocks', 阻止: 'blocks', 通话: 'calls', 呼叫: 'calls',
  失败: 'fail', 挂断: 'drop', 卡住: 'hang', 路由器: 'router', 密码: 'password', 余额: 'balance', 欠费: 'non payment',
  到期: 'expired', 过期: 'expired', 地址已被使用: 'address already in use', 端口: 'port', 连接: 'connections', 高峰: 'peak',
  千: 'thousand', 万: 'tenthousand', 一直: 'always', 用: 'use', 以后: 'after', 之后: 'after', 自从: 'since', 因为: 'because', 导致: 'caused',
  故障: 'outage', 断网: 'no internet', 网络: 'network', 正常: 'normal', 多少: 'how many', 什么: 'what', 不: 'not',
  没有: 'no', 没: 'not', 经常: 'often', 办公室: 'office', 服务器: 'server', 换了: 'changed', 更换: 'replaced', 修改: 'changed',
  没事: 'fine', 沒事: 'fine', 找不到: 'no', 出不去: 'blocked', 之前: 'before', 的时候: 'when', 的時候: 'when', 抓了: 'captured', 一切: 'everything',
  // Chinese (Simplified and Traditional) as operators write it: registration lost, switched on, the firewall dropping RST,
  // calls that do not end, ports in use, peaks, over and thanks, production and test
  掉註冊: 'unregistered', 未註冊: 'unregistered', 註冊: 'registration', 沒註冊上: 'not registered', 没注册上: 'not registered',
  注册失败: 'registration failed', 註冊失敗: 'registration failed', 話機: 'phones',
  分機: 'extensions', 坐席: 'agents', 後面: 'behind', 离线: 'offline', 離線: 'offline', 掉线: 'offline', 掉線: 'offline', 在线: 'online', 
  在線: 'online', 在线数: 'online count', 在線數: 'online count', 打開: 'enabled', 开了: 'enabled', 開了: 'enabled', 開啟: 'enabled', 啟用: 'enabled', 
  启用了: 'enabled', 改成: 'changed to', 改回: 'reverted to', 關閉: 'off', 关掉: 'turned off', 關掉: 'turned off', 参数: 'parameter', 參數: 'parameter', 
  防火牆: 'firewall', 状态防火墙: 'stateful firewall', 狀態防火牆: 'stateful firewall', 丟棄: 'dropped', 被丢弃: 'dropped', 被丟棄: 'dropped',
  丢掉: 'dropped', 丟掉: 'dropped',
  丢了: 'dropped', 丟了: 'dropped', 被丢: 'dropped', 被丟: 'dropped', 丢: 'drops', 丟: 'drops', 吃掉: 'dropped', 非法包: 'invalid packets', 
  不合法: 'invalid', 封包: 'packets', 报文: 'packets', 報文: 'packets', 包: 'packets', 会话: 'session', 會話: 'session', 放行: 'allow', 
  规则: 'rule', 規則: 'rule', 抓包: 'capture', 日志: 'log', 日誌: 'log', 紀錄: 'log', 记录: 'log', 挂不断: 'not end', 
  挂不掉: 'not end', 挂不了: 'not end', 掛不斷: 'not end', 掛不掉: 'not end', 掛不了: 'not end', 打不出去: 'calls fail', 打不通: 'calls fail', 打不出: 'calls fail', 
  建不起来: 'cannot connect', 建不起來: 'cannot connect', 呼叫失败: 'calls fail', 呼叫失敗: 'calls fail', 失敗: 'fail', 通話: 'calls', 话务: 'traffic',
  話務: 'traffic',
  中继: 'trunk', 中繼: 'trunk', 連線: 'connections', 連接: 'connections', 端口被占用: 'port in use', 被占用: 'in use', 占用: 'in use', 佔用: 'in use', 
  埠號: 'port', 埠: 'port', 端口不够用: 'ports not enough', 不够用: 'not enough', 不夠用: 'not enough', 耗尽: 'exhausted', 耗盡: 'exhausted',
  晚高峰: 'evening peak',
  尖峰: 'peak', 峰值: 'peak', 监听: 'listening', 監聽: 'listening', 萬: 'tenthousand', 进程: 'process', 進程: 'process', 两个: 'two', 
  兩個: 'two', 已经解决: 'solved', 已經解決: 'solved', 解决了: 'solved', 解決了: 'solved', 问题解决了: 'problem solved', 工单可以关了: 'close the ticket',
  工單可以關了: 'close the ticket',
  谢谢: 'thanks', 謝謝: 'thanks', 很稳: 'stable', 很穩: 'stable', 稳定: 'stable', 穩定: 'stable', 干净: 'clean', 乾淨: 'clean', 
  没问题: 'no problem', 沒問題: 'no problem', 沒有: 'no', 沒: 'not', 不是: 'not', 生产: 'production', 生產: 'production', 线上: 'production', 
  線上: 'production', 测试: 'test', 測試: 'test', 测试机: 'test machine', 測試機: 'test machine', 压测: 'load test', 壓測: 'load test', 实验室: 'lab', 
  實驗室: 'lab', 從來沒: 'never', 從來沒有: 'never', 请问: 'question', 請問: 'question', 是什么: 'what is', 是什麼: 'what is', 什么意思: 'what means', 
  什麼意思: 'what means', 正常吗: 'normal', 正常嗎: 'normal', 要紧吗: 'serious', 要緊嗎: 'serious', 吗: '', 嗎: '', 吧: '', 
  了: '', 停电: 'power cut', 停電: 'power cut', 域名: 'domain', 伺服器: 'server', 辦公室: 'office', 電話: 'phones', 路由: 'router', 
  换成: 'replaced', 換成: 'replaced',
  释放: 'release', 釋放: 'release', 不释放: 'not released', 不釋放: 'not released',
  // Japanese: registration lost, phones behind the router, switched on, calls dropping, the firewall blocking RST,
  // ports run out, test and production, solved, for the record, nothing to do, fine
  未登録: 'unregistered', 登録切れ: 'unregistered', 登録落ち: 'unregistered', レジ落ち: 'unregistered', 登録消える: 'unregistered',
  登録: 'registration', 電話機: 'phones', 端末: 'phones', ソフトフォン: 'softphone', 配下: 'behind', 裏: 'behind', 越し: 'behind',
  経由: 'behind', ルーター: 'router', ホームルーター: 'home router', 有効: 'enabled', 無効: 'off', にしてから: 'since', してから: 'since',
  以降: 'since', 直後から: 'since', 後から: 'since', 呼: 'calls', 落ちる: 'drop', 落ち: 'drop', ブロック: 'blocks', 破棄: 'dropped',
  遮断: 'blocks', ファイアウォール: 'firewall', ポート: 'port', 枯渇: 'exhausted', エラー: 'error', なし: 'none', 問題: 'problem',
  大丈夫: 'fine', 普通: 'normal', 検証環境: 'test', 検証機: 'test machine', 本番: 'production', 解決済み: 'solved', 解決: 'solved',
  直りました: 'fixed', ご報告: 'for the record', 一応ご報告: 'for the record', 対応不要: 'no action needed', 平常: 'normal',
  原因: 'reason', 障害: 'outage', 電源: 'power', 抜けて: 'unplugged', パスワード: 'password', 変更: 'changed', 切り替え: 'changed',
  維持できない: 'cannot stay registered', 持たない: 'drops', 質問: 'question', どういう: 'what', 上限: 'limit', ケーブル: 'cable', 回線: 'line', 全断: 'down',
  プロバイダ: 'isp', 課金: 'billing', 再起動: 'restart', ありがとうございました: 'thanks', ありがとう: 'thanks', 一度も: 'never',
  先月: 'last month', 去年: 'last year', 多数: 'many', 設定: 'settings', モード: 'mode', 関係: 'related', ない: 'not', ません: 'not',
  有効にしてない: 'not enabled', 有効にしていない: 'not enabled', 有効期限: 'term', 切れていました: 'expired', 切れて: 'expired',
  誰も: 'nobody', 変えてない: 'not changed', 変えた: 'changed', 変えて: 'changed', 入れ替え: 'replaced', だけ: 'only', アドレス: 'address',
  サーバー: 'server', 通って: 'pass', 通してない: 'not passing', 通ってない: 'not passing', キャプチャ: 'capture',
  ファームウェア: 'firmware', 自動更新: 'updated', アカウント: 'account', 昨日: 'yesterday',
  じゃなくて: 'not', ではなく: 'not', 関係ではなく: 'not related', 関係ない: 'not related', 監視: 'monitoring', スクリプト: 'script', 負荷試験: 'load test',
  // Korean: the same words (the longest listed word is read first, so "안녕하세요" is a greeting, not "안" and more)
  미등록: 'unregistered', 등록: 'registration', 끊겨: 'drop', 끊깁니다: 'drop', 끊겨요: 'drop', 풀려: 'drop', 풀렸: 'drop', 떨어: 'drop',
  전화기: 'phones', 전화: 'phones', 단말: 'phones', 소프트폰: 'softphone', 뒤로: 'since', 뒤: 'behind', 아래: 'behind', 안쪽: 'behind',
  넘어: 'behind', 공유기: 'router', 라우터: 'router', 켠: 'enabled', 켜고: 'enabled', 켰: 'enabled', 활성화: 'enabled', 이후: 'since',
  다음부터: 'since', 통화: 'calls', 프로토콜: 'protocol', 콜: 'call', 드랍: 'drops', 방화벽: 'firewall', 차단: 'blocks', 막아: 'blocks',
  버리: 'drops', 폐기: 'dropped', 포트: 'port', 고갈: 'exhausted', 만: 'tenthousand', 천: 'thousand', 에러: 'error', 오류: 'error',
  없고: 'no', 없어요: 'no', 없습니다: 'no', 문제: 'problem', 괜찮: 'fine', 테스트: 'test', 운영: 'production', 해결: 'solved',
  보고: 'report', 정상: 'normal', 원인: 'reason', 정전: 'power cut', 장애: 'outage', 비밀번호: 'password', 변경: 'changed',
  바꾼: 'changed', 바꿨: 'changed', 바뀌: 'changed', 타임웨이트: 'timewait', 실패: 'fail', 안녕하세요: '', 안녕: '', 보안: 'security',
  뭔가요: 'what is', 상관없: 'not related', 재부팅: 'restart', 인터넷: 'internet', 회선: 'line', 복구: 'restored', 계정: 'account',
  리셋: 'reset', 상태기반: 'stateful', 통과: 'pass', 패킷: 'packets', 캡처: 'capture', 모드: 'mode', 설정: 'settings',
  아무도: 'nobody', 펌웨어: 'firmware', 업데이트: 'updated', 공인: 'public', 만료: 'expired', 서버: 'server', 주소: 'address',
  // "안" and "못" say not and cannot before the verb; the words they begin or end are listed so that the longest wins
  안: 'not', 못: 'cannot', 안에: 'behind', 안정: 'stable', 안내: 'info', 안전: 'safe', 제안: 'proposal', 방안: 'way', 불안: 'unstable',
  동안: 'during', 그동안: 'meanwhile', 편안: '',
  대만: 'only', 개만: 'only', 명만: 'only', 건만: 'only', 계정번호: 'account', 잘못: 'wrong', 잘못된: 'wrong', 수정: 'fixed', 완료: 'done',
  몇백: 'a few hundred', 지난달: 'last month', 재발: 'recurrence',
  아님: 'not', 돌렸고: 'reverted', 돌렸: 'reverted', 이후로는: 'since then', 그이후로: 'since then', 다른: 'another', 포티게이트: 'fortigate',
  부하: 'load', 무관: 'unrelated', 참고: 'for the record', 유효기간: 'expired', 모니터링: 'monitoring', 에이전트: 'agent',
  // Thai: the case closed, just informing, nothing to fix, the real server, a test machine, thousands
  ปิดเคส: 'close the ticket', แจ้งปิดเคส: 'close the ticket', ปิดงาน: 'close the ticket', แจ้งให้ทราบ: 'for the record',
  ไม่ต้องแก้อะไร: 'no action needed', ไม่ต้องทำอะไร: 'no action needed', แก้แล้ว: 'fixed', แก้ไขแล้ว: 'fixed', เครื่องทดสอบ: 'test machine',
  ทดสอบ: 'test', เครื่องจริง: 'production', จริง: 'real', หลายพัน: 'thousands', หลายหมื่น: 'tens of thousands', วาง: 'hang up',
  // Khmer: phones, registration lost, behind NAT, switched on or off, calls that do not end, packets dropped, the
  // case closed, test and production, thousands and ten thousands
  ទូរស័ព្ទ: 'phones', ការចុះឈ្មោះ: 'registration', ចុះឈ្មោះ: 'register', បាត់: 'lose', នៅពីក្រោយ: 'behind', ពីក្រោយ: 'behind',
  ក្រោយពេល: 'after', ក្រោយ: 'after', ចាប់តាំងពី: 'since', បើក: 'enabled', បិទ: 'off', មិនមែន: 'not', មិនដែល: 'never',
  មិនបាន: 'cannot', ភ្ជាប់មិនបាន: 'cannot connect', មិន: 'not', គ្មាន: 'no', ទេ: '', ប្ដូរ: 'changed', ផ្លាស់ប្ដូរ: 'changed',
  ការហៅ: 'calls', ហៅ: 'call', ភ្ជាប់: 'connect',
  ផ្ដាច់: 'end', ធ្លាក់: 'drop', មុន: 'before', ពេល: 'when', បរាជ័យ: 'failed', ដាច់: 'cut', ទម្លាក់: 'dropped',
  កញ្ចប់: 'packets', ធម្មតា: 'normal', បញ្ហា: 'problem', កំហុស: 'error',
  ម៉ាស៊ីន: 'machine', ពិត: 'real', ពាន់: 'thousand', ម៉ឺន: 'tenthousand', រាប់ពាន់: 'thousands', រាប់ម៉ឺន: 'tens of thousands',
  ដោះស្រាយ: 'solved', ឥឡូវ: 'now', អ៊ីនធឺណិត: 'internet', ខ្សែ: 'line', ភ្លើងដាច់: 'power cut', ពាក្យសម្ងាត់: 'password',
  ផុតកំណត់: 'expired', អរគុណ: 'thanks', ម្សិលមិញ: 'yesterday', អ្វី: 'what', ប៉ុន្មាន: 'how many', ព្រោះ: 'because',
  ដោយសារ: 'because', ប្រើ: 'use', តែ: 'only', ប៉ុណ្ណោះ: 'only', ថ្មី: 'new', ចាស់: 'old', មកពី: 'from', ប្រហែល: 'about',
  ទាំងអស់: 'all', ការិយាល័យ: 'office', ផ្ទះ: 'home', របៀប: 'mode', ច្បាប់: 'rule', អនុញ្ញាត: 'allow',
  // Lao: the same words
  ໂທລະສັບ: 'phones', ລົງທະບຽນ: 'registration', ຫຼຸດ: 'fall off', ຫຼັງ: 'behind', ຫຼັງຈາກ: 'after', ຕັ້ງແຕ່: 'since', ເປີດ: 'enabled',
  ປິດ: 'off', ບໍ່ແມ່ນ: 'not', ບໍ່ເຄີຍ: 'never', ບໍ່ມີ: 'no', ບໍ່: 'not', ປ່ຽນ: 'changed', ການໂທ: 'calls', ໂທ: 'call',
  ລົ້ມເຫຼວ: 'failed', ຄ້າງ: 'hang', ຕັດ: 'cut', ຂາດ: 'cut', ອິນເຕີເນັດ: 'internet', ປົກກະຕິ: 'normal', ບັນຫາ: 'problem',
  ເຄື່ອງ: 'machine', ຈິງ: 'real', ພັນ: 'thousand', ໝື່ນ: 'tenthousand', ແກ້ໄຂແລ້ວ: 'fixed', ແກ້ໄຂ: 'fix', ສະອາດ: 'clean',
  ແມ່ນຫຍັງ: 'what is', ຫຍັງ: 'what', ເພາະວ່າ: 'because', ເພາະ: 'because', ໃຊ້: 'use', ຜ່ານ: 'over', ທັງໝົດ: 'all',
  ຂອບໃຈ: 'thanks', ລະຫັດຜ່ານ: 'password', ໝົດອາຍຸ: 'expired', ໄຟດັບ: 'power cut', ປະມານ: 'about', ແພັກເກັດ: 'packets',
  ຖິ້ມ: 'drops', ໂໝດ: 'mode', ເຮືອນ: 'home', ສາຂາ: 'branch', ຢາກຮູ້: 'curious',
  // Burmese: the same words ("မ … ဘူး" says not around the verb, so the listed verbs carry it)
  ဖုန်း: 'phones', အားလုံး: 'all', အကုန်: 'all', ကောင်း: 'fine', အသိပေးရုံ: 'for the record', အသိပေး: 'inform',
  မှတ်ပုံတင်: 'registration', ပြုတ်: 'drop off', နောက်ကွယ်: 'behind', ပြီးနောက်: 'after', ကတည်းက: 'since',
  ဖွင့်: 'enabled', ပိတ်: 'off', မရှိ: 'no', မရ: 'cannot', မဟုတ်: 'not', ဘူး: '', ပြောင်း: 'changed', ခေါ်ဆိုမှု: 'calls',
  ခေါ်ဆို: 'call', ပြဿနာ: 'problem', ပုံမှန်: 'normal', ထောင်: 'thousand', သောင်း: 'tenthousand', ထောင်ချီ: 'thousands',
  သောင်းချီ: 'tens of thousands', စက်: 'machine', အစစ်: 'real', ဖြေရှင်းပြီး: 'solved', အင်တာနက်: 'internet', မီးပျက်: 'power cut',
  ကျေးဇူး: 'thanks', ဘာကြောင့်: 'why', ကြောင့်: 'because', သုံး: 'use', လောက်: 'about', ပဲ: 'only',
  စကားဝှက်: 'password', သက်တမ်းကုန်: 'expired', ချိတ်: 'connect', ကျွန်တော်: 'i', ကျွန်မ: 'i', ပြုတ်ကျ: 'fall off',
  အမှား: 'error', ဆိုတာ: '', ဘာလဲ: 'what is',
};
