import { describe, expect, it } from 'vitest';
import { compileRules, createExtractor, createNormaliser, rules, runRules, type RuleHit } from '../../bot/matcher/index.js';
import { groupEnd, topAlternatives } from '../../bot/matcher/regexp.js';
import { everyMessage, labelOf, wordsOf } from './corpus.js';

const n = createNormaliser();
const extract = createExtractor();
const fired = (text: string) => {
  const m = n.normalise(text);
  return runRules(m, extract(m)).map((h) => h.id);
};

describe('rules', () => {
  it.each([
    ['pe.eaddrinuse', 'connect() failed: EADDRINUSE'],
    ['pe.eaddrinuse', 'sip tcp socket error errno=98'],
    ['pe.bind-exception', 'Exception in thread "main" java.net.BindException: Address already in use'],
    ['pe.address-in-use', 'bind failed: Address already in use'],
    ['pe.address-in-use', 'adress alredy in use agian!!'],
    ['pe.port-in-use', 'port is already in use'],
    ['pe.cannot-bind', "Can't bind!!"],
    ['pe.cannot-bind', 'cannot bind to local port'],
    ['pe.cannot-bind', 'bind failed'],
    ['pe.cannot-bind', 'unable to bind socket'],
    ['pe.cannot-assign', 'connect: Cannot assign requested address'],
    ['pe.ports-exhausted', 'we ran out of ephemeral ports'],
    ['pe.ports-exhausted', 'ports exhausted'],
    ['pe.timewait', 'lots of TIME_WAIT'],
    ['pe.timewait-count', 'netstat: 28123 TIME_WAIT'],
    ['pe.timewait-count', 'ss -s: TCP: 28512 (estab 310, closed 27950, orphaned 0, timewait 27904/0), ports 0'],
    ['pe.high-cps', 'we run 400 cps'],
    ['pe.kernel-knobs', 'net.ipv4.ip_local_port_range = 32768 60999'],
    ['nat.unregistered', 'all phones unregistered'],
    ['nat.unregistered', 'phones keep losing registration'],
    ['nat.unregistered', 'registration lost'],
    ['nat.unregistered', 'regestration droping'],
    ['nat.phones-offline', 'all extensions behind the mikrotik are offline'],
    ['nat.behind-nat', 'phones behind NAT'],
    ['nat.reregister', 'softphones have to register again'],
    ['fw.rst-blocked', 'firewall drops the RST packets'],
    ['fw.rst-blocked', 'rst packets are being blocked'],
    ['fw.asa-deny-no-connection', '%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 203.0.113.10/38110 flags RST on interface inside'],
    ['fw.log-rst', 'kernel: DROP IN=eth0 SRC=203.0.113.10 PROTO=TCP SPT=5060 DPT=40112 RST URGP=0'],
    ['fw.conntrack-invalid', '-m conntrack --ctstate INVALID -j DROP'],
    ['fw.tcpdump-rst', '203.0.113.10.5060 > 198.51.100.7.41234: Flags [R.], seq 1'],
    ['rst.enabled-nat', 'since you enabled SS_TCP_CLOSE_RESET'],
    ['guard.web-portal', 'which port is the web portal on'],
    ['guard.client-login', 'firewall blocks my client login on 1202'],
    ['guard.credentials', 'registration failed 401 unauthorized'],
    ['guard.credentials', 'wrong password'],
    ['guard.one-way-audio', 'one way audio behind nat'],
    ['guard.audio', 'choppy voice and echo'],
    ['guard.billing', 'send the invoice'],
    ['guard.license', 'license expired'],
    ['guard.how-to-add', 'how do I register a new gateway'],
    ['guard.open-ports', 'which ports should I open on the firewall'],
    ['guard.open-files', 'Too many open files'],
    ['guard.question', 'what does SS_TCP_CLOSE_RESET do?'],
    ['guard.sip-status', 'calls fail with 503 service unavailable'],
    ['guard.thanks', 'thanks, all good now'],
    ['not-pe.listening-address', 'bind() to 0.0.0.0:443 failed'],
    ['not-pe.listening-address', 'Error: listen EADDRINUSE :::3000'],
    ['not-pe.listening-address', 'cannot bind 10.0.0.5:5060: cannot assign requested address'],
    ['not-nat.own-change', 'phones offline after we changed the sip port to 5080'],
    ['not-nat.own-change', 'since we moved office the phones do not register'],
    ['not-nat.account-expired', 'account locked after too many failed attempts'],
    ['ask.question-word', 'quick q: why would a firewall drop rst packets?'],
    ['ask.question-word', 'hi sir, what is time_wait?'],
    ['not-pe.named-port', 'mysql: port 3306 already in use'],
    ['not-pe.named-port', 'address already in use on 8080'],
    ['not-pe.named-port', 'a second copy fails with BindException 5060'],
    ['not-pe.named-port', 'address already in use while our sms gateway starts on 2775'],
    ['not-pe.named-port', '80 is taken, address already in use'],
    ['not-pe.named-port', 'not port exhaustion, address in use on 8080'],
    ['not-pe.listening-service', 'bind exception while starting the report service'],
    ['not-pe.listening-service', 'the second vos instance says address already in use'],
    ['not-pe.listening-service', 'address already in use, not under load, only on the portal'],
    ['not-pe.denied', 'it is not port exhaustion, calls fail'],
    ['not-pe.denied', 'time_wait is not the problem'],
    ['not-nat.denied', 'not a nat problem, phones unregistered'],
    ['not-nat.denied', 'no nat here, phones have public ips and are offline'],
    ['not-fw.denied', 'the firewall is not the issue, phones drop registration'],
    ['not-nat.credentials', 'phones lost registration after we rotated the sip secrets'],
    ['not-nat.address-changed', 'offline since the isp changed our public ip'],
    ['not-nat.account-expired', 'the sip certificate expired, tls phones cannot register'],
    ['not-nat.no-power', 'a power surge and now the phone does not register'],
    ['not-nat.network-down', 'the office adsl went down, phones unreachable'],
    ['not-nat.device-reset', 'phone stuck in a boot loop, not registered'],
    ['not-nat.rst-off', 'rst is not involved, phones unregistered'],
    ['not-fw.ports-addresses', 'the firewall blocks icmp, we cannot ping'],
    ['not-pe.listening-service', 'nginx cannot bind, address already in use'],
    ['not-pe.listening-service', 'my laptop says address already in use'],
    ['not-pe.listening-service', 'a second instance says the port is already in use'],
    ['not-pe.few-timewait', '300 TIME_WAIT on the server'],
    ['not-pe.few-timewait-words', 'a few hundred sockets in time_wait'],
    ['not-pe.low-cps', 'we run 20 cps'],
    ['not-nat.credentials', 'phones unregistered after the password change'],
    ['not-nat.address-changed', 'phones cannot register since the server ip changed'],
    ['not-nat.address-changed', 'the sip domain does not resolve'],
    ['not-nat.account-expired', 'the sip account expired'],
    ['not-nat.no-power', 'the phone battery died'],
    ['not-nat.network-down', 'internet at the branch is down'],
    ['not-nat.udp-only', 'we use udp only'],
    ['not-fw.udp-only', 'all our phones are on udp'],
    ['not-nat.rst-off', 'rst is off and phones drop registration'],
    ['not-fw.rst-off', 'we never enabled rst'],
    ['not-fw.ports-addresses', 'please whitelist our ip on the firewall'],
    ['not-fw.ports-addresses', 'fail2ban banned the carrier'],
    ['ask.question', 'what is time_wait exactly'],
    ['ask.question', '300 time_wait, is that normal'],
    ['ask.question-mark', 'time_wait 200, ok?'],
    ['ask.healthy', '700 time_wait, calls are fine'],
    ['not-nat.udp-only', 'the softphones use udp and drop registration'],
    ['not-nat.udp-only', 'after the isp change our udp phones do not register'],
    ['not-nat.udp-only', 'tcp is not used here, phones offline'],
    ['not-nat.udp-only', 'not a tcp problem, phones behind nat lose registration'],
    ['not-nat.rst-off', 'reset off, phones behind nat still offline'],
    ['not-nat.rst-off', 'close reset was never switched on, phones unregistered'],
    ['not-nat.own-change', 'phones behind nat unregistered after swapping the modem'],
    ['not-nat.own-change', 'offline since the router reboot'],
    ['not-nat.own-change', 'we replaced the router and the phones do not register'],
    ['not-nat.address-changed', 'cannot register, the public ip was changed by the host'],
    ['not-nat.account-expired', 'the customer did not pay, extensions unregistered'],
    ['not-nat.account-expired', 'account validity ended, not registered'],
    ['not-nat.no-power', 'the storm knocked out the power, phones unregistered'],
    ['not-nat.network-down', 'the app is not registering, the user ran out of mobile data'],
    ['not-nat.network-down', 'line kete geche, phone offline'],
    ['not-nat.credentials', 'wrong auth id on the phone, not registered'],
    ['not-nat.address-blocked', 'fail2ban banned the branch ip, so the phones cannot register'],
    ['nat.unregistered', 'the branch phones cannot register anymore'],
    ['nat.unregistered', 'remote phones lose their registration every few minutes'],
    ['nat.unregistered', 'los telefonos estan sin registro'],
    ['nat.behind-nat', 'users behind the office router are offline'],
    ['nat.behind-nat', 'router ke peeche wale phones offline'],
    ['pe.tcp-fails-under-load', 'the switch cannot create new tcp connections during peak'],
    ['pe.tcp-fails-under-load', 'after hours of heavy traffic outbound tcp stops'],
    ['not-pe.named-port', 'the reports job fails with address already in use on 9090, then stops'],
    ['not-pe.listening-service', 'address already in use only on my test pc'],
    ['not-pe.listening-service', 'bind failed, an old copy of the service is still running'],
    ['not-pe.denied', 'the error is not bindexception, it is out of memory'],
    ['not-nat.denied', 'not unregistered, the phones just do not ring'],
    ['not-fw.denied', 'we do not have any firewall between the phones and the switch'],
    ['not-fw.denied', 'the firewall is not dropping anything'],
    ['not-fw.rst-passes', 'the resets are not dropped by the firewall'],
    ['not-fw.rst-passes', 'the firewall is fine, it passes the rst'],
    ['guard.resolved', 'no address already in use errors since we raised the port range'],
    ['not-nat.network-down', 'register timeout, the vpn tunnel to the hq is down'],
    ['not-nat.network-down', 'the app stops registering when the user switches off wifi'],
    ['not-fw.ports-addresses', 'the vpn rule on the firewall is missing the voice vlan'],
    ['nat.unregistered', 'the tcp phones drop off the online list every few minutes'],
    ['nat.unregistered', 'the mobile app stops registering at night'],
    ['nat.unregistered', 'idle thakle register chole jay'],
    ['nat.tcp-phones', 'our sip tcp extensions show offline'],
    ['nat.tcp-phones', 'only the phones using tcp are unregistered'],
    ['nat.incoming-fail', 'extensions show offline and incoming calls fail'],
    ['nat.incoming-fail', 'the phones reregister and calls to them fail'],
    ['guard.sip-alg', 'sip alg off on the router, do we need a restart'],
    ['guard.port-forward', 'dst nat on the mikrotik for 5060 is not matching'],
    ['guard.web-portal', 'only our office may reach the vos web manager'],
    ['guard.resolved', 'no bind errors in the log anymore since the upgrade'],
    ['guard.resolved', 'the change is fine, no complaints from anyone'],
    ['ask.question', 'send me the command to see tcp states'],
    ['fw.rst-near-drop', 'the pfsense logs show blocked packets with the rst flag from the switch'],
    ['fw.rst-near-drop', 'the mikrotik firewall marks the reset from vos as invalid and drops it'],
    ['rst.enabled-nat', 'after enabling close reset the phones went offline'],
    ['nat.incoming-fail', 'the nat phones cannot receive calls until they re-register'],
    ['pe.tcp-fails-under-load', 'every evening peak our vos cannot open outbound tcp to the carrier'],
    ['pe.cannot-assign', 'connect to the carrier: address not available'],
    ['nat.phones-offline', 'remote extensions keep vanishing from the list'],
    // Another cause, said in so many words, rules the playbook out.
    ['not-nat.tls-certificate', 'the sbc certificate has expired and the tls softphones fail the handshake'],
    ['not-fw.tls-certificate', 'ssl handshake failed: unknown ca on the phones'],
    ['not-pe.tls-certificate', 'certificate for sip.example.net lapsed, tls clients cannot connect'],
    ['not-nat.site-closed', 'those extensions belong to a branch that shut down last month'],
    ['not-nat.registered-fine', 'all phones show registered fine, only outbound calls fail'],
    // Denials: "is not X", and a denial after the noun as Banglish and Hindi put it.
    ['not-pe.denied', 'time wait is low, so it is not ports'],
    ['not-nat.denied', 'its not registration, the calls drop after 30 seconds'],
    ['not-pe.denied', 'bind error na, carrier 503 dicche'],
    ['not-nat.denied', 'registration problem nahi hai, audio issue hai'],
    ['not-fw.rst-passes', 'the resets reach the phones fine, we captured on both sides'],
    ['not-fw.rst-passes', 'rst packets are allowed on the firewall'],
    ['not-nat.udp-only', 'phones udp te, tcp use kori na'],
    // Firewall, security and VPN words with nothing about RST.
    ['guard.vpn', 'the ipsec tunnel to the branch goes down every night'],
    ['guard.vpn', 'can the remote ata connect over wireguard'],
    ['guard.abuse', 'someone is brute forcing extensions, thousands of register attempts per minute'],
    ['guard.abuse', 'our sip port is flooded by scanners all night'],
    ['pe.load-named', 'bind errors on every outbound connection at the evening peak'],
    ['guard.blocked-port', 'please drop all traffic from 198.51.100.7 on the firewall'],
    ['guard.ignore', 'the offline ones are test phones, please ignore them'],
    ['guard.open-ports', 'kon port gula open rakhte hobe'],
    ['guard.resolved', 'the issue disappeared after the isp swapped the modem'],
    ['guard.resolved', 'the carrier fixed it on their side yesterday'],
    // The NAT playbook's own story: idle TCP connections, a new NAT device, phones listed offline.
    ['nat.idle-drop', 'tcp phones behind the router go offline after a few idle minutes'],
    ['nat.idle-drop', 'the nat ata loses registration when the line is idle'],
    ['nat.idle-drop', 'behind nat on tcp, the phone drops after 10 minutes without calls'],
    ['nat.idle-drop', 'tcp trunk registration falls whenever there is no traffic'],
    ['nat.device-change', 'since the client replaced their mikrotik the tcp extensions are offline'],
    ['nat.device-change', 'we put a new firewall in front of the tcp phones'],
    ['nat.phones-offline', 'the switch shows them offline until they reboot'],
    ['nat.phones-offline', 'the goip at the branch went offline again'],
    // The reset leaves the switch but does not arrive past the firewall.
    ['fw.rst-lost', 'the softswitch sends the rst but nothing reaches the phone behind the fortigate'],
    ['fw.rst-lost', 'the reset never arrives on the far side of our firewall'],
    ['fw.half-open', 'behind the firewall the tcp sessions stay open after vos resets them'],
    ['fw.log-rst', 'pf: block drop in log on igb0 proto tcp flags R 10.0.0.5.5060 > 10.0.0.9.40000'],
    // One listening service, said in other words: a port before "pe bind", RADIUS, a second copy, a dev box.
    ['not-pe.named-port', 'radius 1813 pe bind nahi hota, address already in use'],
    ['not-pe.listening-service', 'freeradius says address already in use after the upgrade'],
    ['not-pe.listening-service', 'EADDRINUSE because two copies of the cdr exporter were started'],
    ['not-pe.listening-service', 'my dev box gives address already in use'],
    ['not-pe.other-switch', 'no es el VOS, es el Asterisk del cliente que da address already in use'],
    ['guard.ignore', 'please disregard my last message about the bind error'],
    // Other causes of lost registration in other words.
    ['not-nat.address-blocked', 'the isp blocked voip traffic, our gateways are not registering'],
    ['not-nat.network-down', 'phones failing to register, packet loss on the office line'],
    ['not-nat.network-down', 'registration failed 408, the branch internet is very unstable'],
    ['not-nat.account-expired', 'the unregistered ones are the customers with unpaid invoices'],
    ['ask.hypothetical', 'will rst affect the tcp phones? nothing broken, i just dey plan'],
    // The symptom in other words.
    ['nat.unregistered', 'amader softphone gula registered list theke pore jay'],
    ['nat.tcp-phones', 'temos 40 ramais tcp na filial'],
    ['nat.incoming-fail', 'the gateways are offline and no calls come through to them'],
    ['nat.phones-offline', 'the extensions behind the huawei router on tcp went offline'],
    ['pe.tcp-fails-under-load', 'at peak the switch is not able to open new tcp connections'],
    ['pe.cannot-bind', 'a la hora pico salen errores de bind en las conexiones al carrier'],
    ['pe.ports-exhausted', 'en el pico se agotaron los puertos locales'],
    // One listening port: a Turkish case ending on "port", the listening sockets looked up, a copy left running, a test machine.
    ['not-pe.named-port', 'ikinci servis 5061 portunda acilamiyor: address already in use'],
    ['not-pe.listening-lookup', 'netstat -tlnp shows an old java on 9000, hence the BindException'],
    ['not-pe.listening-lookup', 'bind failed; ss -ltnp says nginx has it'],
    ['not-pe.listening-service', 'bind failed, address already in use: I had left a previous sipp running'],
    ['not-pe.listening-service', 'cannot assign requested address, but only on the lab machine with a wrong ip in its config'],
    ['not-pe.not-the-server', 'that BindException came from my eclipse, nothing to do with the production server'],
    // A report taken back: a false alarm, a wrong threshold, "forget what I said".
    ['not-pe.retracted', 'the port exhaustion alert was a false alarm, the check counted every socket'],
    ['not-nat.retracted', 'forget what I said about the phones being unregistered, it was the demo range'],
    ['not-pe.retracted', 'the time_wait alarm threshold was wrong, 50 instead of 50000'],
    ['guard.fix-worked', 'after setting rst back to off the phones are stable, no further action needed'],
    ['guard.fix-worked', 'the tuning you suggested worked, the peak hour was clean'],
    ['not-pe.denied', 'the address already in use was not the issue, the licence had lapsed'],
    ['not-pe.retracted', 'correcting my previous message: the bind errors came from a staging box'],
    ['not-fw.retracted', 'onceki mesajimi duzeltiyorum, firewall RST dusurmuyor'],
    ['not-nat.address-changed', 'o IP publico mudou ontem e os ramais ficaram sem registro'],
    ['not-nat.address-changed', 'se vencio el dominio del proxy y ya no resuelve'],
    ['not-fw.cause-elsewhere', 'the calls hung, but the real cause was a dead disk in the media server'],
    // RST not switched on yet, the setting named before.
    ['not-nat.rst-off', 'agar RST on karein to phones ka kya hoga? abhi on nahi kiya'],
    ['not-fw.rst-off', 'the close reset option: we have not enabled it, only reading about it'],
    ['not-fw.rst-off', 'calls failing but the rst thing is off, the carrier has a problem'],
    ['not-nat.rst-off', 'SS_TCP_CLOSE_RESET abhi bhi Off hai, phir bhi phones unregistered'],
    ['not-fw.rst-off', 'SS_TCP_CLOSE_RESET unchanged (Off), calls dropped during the outage'],
    ['not-nat.address-changed', 'ISP ne static IP change kar dia, ab phones register nahi ho rahe'],
    ['not-nat.address-changed', 'whitelist me purana IP para hai, phones unregistered'],
    ['not-nat.account-expired', 'o contrato dele venceu e os ramais estão desregistrados'],
    ['not-nat.account-expired', 'akun reseller unregistered semua, saldonya habis'],
    ['not-nat.no-power', 'power to the comms cabinet was off, UPS flat, phones unregistered'],
    ['not-nat.no-power', 'since stage 6 loadshedding half the phones show unregistered'],
    ['not-nat.network-down', 'the DHCP server box died, phones unregistered'],
    ['not-nat.network-down', 'the yealinks have no IP at all, all unregistered'],
    ['guard.no-impact', 'many TIME_WAIT during the backup job, calls never affected'],
    ['not-pe.not-the-switch', '"address already in use" came from a test script of our developer, not from the softswitch'],
    ['nat.unregistered', 'desde que activaron el modo RST los anexos se desregistran a cada rato'],
    ['rst.enabled-nat', 'desde que activaron el modo RST los anexos se desregistran'],
    ['rst.enabled-nat', 'RST modunu açtığınızdan beri dahililerin kaydı düşüyor'],
    ['change.after-fix-nat', 'posle vashego izmeneniya telefony otvalivayutsya ot registracii'],
    ['guard.thanks', 'yung error galing pala sa test script, okay na po'],
    ['not-pe.listening-own-address', 'apache: (98)Address already in use: make_sock: could not bind to address [::]:80, switch traffic normal hai'],
    ['not-pe.listening-own-address', 'snmp exporter: listen tcp :9116: bind: address already in use, ~40 trunks'],
    ['not-pe.listening-own-address', 'mock SIP server on the laptop: EADDRINUSE 127.0.0.1:5060'],
    ['not-pe.denied', 'bhai ye ports khatam hone wala issue nahi hai'],
    ['not-pe.denied', 'ports ka koi masla nahi tha, carrier ka 503 tha'],
    ['not-nat.udp-only', 'khách chỉ dùng SIP UDP, modem mới chưa mở port'],
    ['not-nat.address-changed', 'a operadora trocou o IP fixo deles'],
    ['not-nat.address-changed', 'ISP alibadilisha router yao na IP ya umma imebadilika'],
    ['not-nat.account-expired', 'ternyata saldo prepaid mereka habis dan akun dikunci'],
    ['not-nat.no-power', 'the unregistered phones na light wey go for the whole office, the router no get power'],
    ['not-nat.credentials', 'os ramais ficaram não registrados depois da troca de senha'],
    ['not-fw.rst-off', 'change gareko chhaina, RST pani Off nai cha'],
    ['change.after-fix-nat', 'tapaiharu le hijo gareko change pachhi MikroTik pachhadi ka sabai phone ko registration harairako cha'],
    ['nat.behind-nat', 'hamro agents ghar ko router pachhadi chan'],
    ['guard.cause-found', 'calls fail hone ki asal wajah carrier ka 503 reject tha'],
    ['guard.blocked-port', 'O FortiGate estava descartando pacotes por causa de uma regra de geo-bloqueio'],
    ['not-nat.udp-only', 'telefonlar zaten UDP ile kayıt oluyorlar, TCP kullanmıyoruz'],
    ['nat.unregistered', 'S teh por kak vklyuchili RST, telefony otvalivayutsya ot registratsii'],
    ['fw.rst-blocked', 'RST अन गरेपछि कलहरू अड्किन थाले, pfSense ले RST प्याकेटहरू ब्लक गरिरहेको'],
    ['not-fw.rst-off', 'không phải do RST, bên em chưa từng bật SS_TCP_CLOSE_RESET'],
    ['not-fw.rst-off', 'الزبون عندو فايروول FortiGate بس ما شغّل RST أبداً'],
    ['not-fw.denied', 'المكالمات تنقطع بس مو من الجدار الناري'],
    ['not-pe.own-script', 'Клиент пишет, что «Address already in use» в логе был от их собственного скрипта, который запускался дважды из cron'],
    ['not-pe.own-script', '"address already in use" वाला एरर हमारी अपनी बैकअप स्क्रिप्ट की वजह से था'],
    ['guard.resolved', 'sau khi bật tcp_tw_reuse thì lỗi address already in use không còn nữa'],
    ['pe.ports-exhausted', 'شام کے پیک میں سرور کے لوکل پورٹس ختم ہو جاتے ہیں'],
    ['fw.rst-blocked', 'ASA فائر وال لاگ میں RST پیکٹ ڈراپ ہوتے دکھ رہے ہیں'],
    ['fw.rst-blocked', 'pfSense\'in reset paketlerini engellediğini söylüyor'],
    ['rst.enabled-nat', 'الكليان قال من نهار بدلتو الإعداد ديال RST، التيليفونات اللي ورا الروتور كيطيحو من التسجيل'],
    ['nat.behind-nat', 'ደንበኛው RST ከበራ ጀምሮ ከቢሮው ራውተር ጀርባ ያሉት ስልኮች ምዝገባቸው ይቋረጣል'],
    ['not-nat.udp-only', 'التليفونات بتاعته ورا NAT، بس شغالة UDP بس'],
  ])('%s fires on %j', (id, text) => {
    expect(fired(text)).toContain(id);
  });

  it.each([
    ['not-pe.named-port', 'bind failed for 203.0.113.10:0 at peak'],
    ['not-pe.listening-own-address', 'bind 0.0.0.0:0 failed: address already in use at peak, connecting to carriers'],
    ['not-pe.listening-own-address', 'cannot bind 127.0.0.1:5070 when connecting to the carrier at peak'],
    ['not-fw.denied', 'FortiGate ache. call hang hoye jacche, line chare na. FortiGate log e dekhi RST packet drop hocche'],
    ['nat.unregistered', 'softphone log: "Registration failed: 403 Forbidden"'],
    ['not-pe.named-port', 'java.net.BindException at com.example.Foo.bar(Foo.java:42)'],
    ['not-pe.named-port', 'address already in use at 350 cps'],
    ['not-pe.listening-address', 'bind: address already in use connecting to 203.0.113.20:5060 at peak'],
    ['not-pe.named-port', 'peak pe bind fail ho raha, tcp legs to carrier'],
    ['not-nat.own-change', 'phones behind nat unregistered since we changed the rst setting'],
    ['not-nat.own-change', 'after you changed the reset option our phones are offline'],
    ['ask.question-word', 'hi, our phones are offline since rst'],
    ['not-pe.named-port', 'bind failed (98: address already in use) every evening'],
    ['not-pe.named-port', 'address already in use since 9 pm, restart on 2 servers'],
    ['not-pe.named-port', 'bind exception on 5060 connecting to the carrier at peak'],
    ['not-pe.denied', 'no ports left for outgoing tcp at peak'],
    ['not-nat.denied', 'phones behind nat lose registration'],
    ['not-fw.denied', 'the firewall drops the rst, not a port problem'],
    ['not-pe.listening-service', 'the web portal is slow'],
    ['not-pe.listening-service', 'nginx cannot bind port 80 since the traffic peak: outbound connects fail'],
    ['not-nat.credentials', 'phones unregistered since the rst change, passwords are correct'],
    ['not-nat.network-down', 'no power or network problem, phones drop registration'],
    ['not-nat.udp-only', 'tcp phones unregistered, udp phones are fine'],
    ['not-nat.udp-only', 'phones behind nat unregistered since rst, the udp ones still work'],
    ['not-pe.udp-only', 'peak e port khali thake na, tcp connect hoy na'],
    ['not-nat.own-change', 'phones behind nat offline after the rst change'],
    ['not-nat.own-change', 'since switching on the reset setting the nat phones are offline'],
    ['not-nat.account-expired', 'registration expired on the phones behind nat'],
    ['pe.tcp-fails-under-load', 'tcp calls fail since the rst change'],
    ['not-fw.ports-addresses', 'the firewall drops the rst even though our ip is whitelisted'],
    ['ask.question', 'why do we get address already in use every evening?'],
    ['ask.question', 'is our port range too small? calls fail at peak'],
    ['ask.question-mark', 'any idea? address already in use on every call'],
    ['ask.question-word', 'how do we stop tcp calls failing at peak'],
    ['ask.healthy', 'calls fail at peak, in the morning everything ok'],
    ['ask.healthy', 'tcp phones behind nat go unregistered when idle'],
    ['pe.cannot-bind', 'no bind errors since the upgrade'],
    ['not-nat.udp-only', 'only the phones using tcp behind our nat get unregistered, the udp ones never do'],
    ['not-nat.udp-only', 'the tcp phones are offline, udp phones do not drop'],
    ['not-nat.own-change', 'since we changed the router the tcp phones drop off the online list'],
    ['nat.tcp-phones', 'no tcp phones here, all on udp'],
    ['nat.incoming-fail', 'incoming calls fail with 480 on the trunk'],
    ['fw.rst-near-drop', 'the resets are not dropped by the firewall'],
    ['fw.rst-near-drop', 'rst packets are dropped somewhere between us and the carrier'],
    ['not-fw.rst-passes', 'the rst reaches the fortigate and gets dropped there'],
    ['not-pe.denied', 'bind error not fixed by the restart, still at peak'],
    ['not-nat.registered-fine', 'the phone says registered fine but vos shows it offline'],
    ['guard.trunk-registration', 'the customer pbx trunk registration drops after rst'],
    ['guard.sip-status', 'the phones are offline and calls to them get 480'],
    ['fw.rst-blocked', 'allow sip from the carrier only, rest deny'],
    ['nat.device-change', 'we changed the router but the phones are on udp'],
    // UDP said to be fine is a contrast: the rest is a fault, not a health question.
    ['ask.question', 'tcp phones behind the router offline since rst, udp gula thik ache'],
    ['ask.healthy', 'tcp extensions unregistered since the reset change, ok naman yung udp'],
    ['guard.abuse', 'the log is flooded with bind errors again'],
    ['guard.client-login', 'cannot bind, errors all over the log on vos2'],
    ['pe.load-named', 'address already in use, and there is no load on the server at all'],
  ])('%s does not fire on %j (context says otherwise)', (id, text) => {
    expect(fired(text)).not.toContain(id);
  });

  it('are armed by hints anywhere in a word, one letter long or longer, when compiled', () => {
    const custom = [
      { id: 'x.one', playbook: null, weight: 1, on: 'phrase', pattern: /x/, hints: ['x'], about: 'an x' },
      { id: 'x.inside', playbook: null, weight: 1, on: 'phrase', pattern: /ndo/, hints: ['ndo'], about: 'ndo inside a word' },
    ] as const;
    const compiled = compileRules(custom);
    const ids = (t: string) => {
      const m = n.normalise(t);
      return compiled(m, extract(m)).map((h) => h.id).sort();
    };
    expect(ids('the box window')).toEqual(['x.inside', 'x.one']);
    expect(ids('a window')).toEqual(['x.inside']);
    expect(ids('nothing here')).toEqual([]);
  });

  it('arm text rules by every hint found in the text, also one that starts where a longer one does', () => {
    const custom = [
      { id: 't.short', playbook: null, weight: 1, on: 'text', pattern: /bind\b/, hints: ['bind'], about: 'bind' },
      { id: 't.long', playbook: null, weight: 1, on: 'text', pattern: /bindexception/, hints: ['bindexception'], about: 'BindException' },
      { id: 't.sign', playbook: null, weight: 1, on: 'text', pattern: /\?$/, hints: ['?'], about: 'a question mark' },
    ] as const;
    const compiled = compileRules(custom);
    const ids = (t: string) => {
      const m = n.normalise(t);
      return compiled(m, extract(m)).map((h) => h.id).sort();
    };
    expect(ids('BindException, then bind failed?')).toEqual(['t.long', 't.short', 't.sign']);
    expect(ids('java.net.BindException')).toEqual(['t.long']);
    expect(ids('bind failed')).toEqual(['t.short']);
    expect(ids('nothing here')).toEqual([]);
  });

  it('run a phrase pattern when compiled only if a word begins as its matches do, from the first such word, and find what runRules finds', () => {
    const custom = [
      { id: 'x.portal', playbook: null, weight: 1, on: 'phrase', pattern: / (?:web )?(?:portal|panel)(?<!x panel) (?:is )?down/, about: 'the portal' },
      { id: 'x.inside', playbook: null, weight: 1, on: 'phrase', pattern: / down| (?:fail|stuck)|rest/, about: 'a match inside a word' },
    ] as const;
    const compiled = compileRules(custom);
    for (const t of ['the web portal is down', 'panel down', 'the panel is fine but the portal is down', 'x panel down', 'my webportal down', 'the portals down', 'it is stuck', 'interest', 'nothing here']) {
      const m = n.normalise(t);
      expect(compiled(m, extract(m)), t).toEqual(runRules(m, extract(m), custom));
    }
  });

  it('try a pattern whose first group holds whole words only at those words when compiled, a group that goes on in other ways at every word it may begin, and find what runRules finds', () => {
    const custom = [
      { id: 'x.we', playbook: null, weight: 1, on: 'phrase', pattern: / (?:we|i|our) (?:see|get) errors/, about: 'whole words, then a space' },
      { id: 'x.again', playbook: null, weight: 1, on: 'phrase', pattern: / (?:fail[a-z]*|stuck) again/, about: 'a word that goes on' },
      { id: 'x.down', playbook: null, weight: 1, on: 'phrase', pattern: / (?:down(?<!slow down)|dead)(?: |$)/, about: 'a lookbehind, then a word end' },
      { id: 'x.keep', playbook: null, weight: 1, on: 'phrase', pattern: / (?:(?:keep|kept) (?:on )?dropping|drop(?:s|ped))(?= )/, about: 'a group inside a group' },
    ] as const;
    const compiled = compileRules(custom);
    const texts = ['i see errors', 'if i see errors', 'it see errors', 'we get errors', 'ours get errors', 'failing again', 'fail again', 'stuck again', 'stuckx again', 'slow down', 'it is down', 'downtime', 'dead', 'the box is dead now', 'kept on dropping', 'keeps dropping', 'keep dropping', 'dropped', 'drops', 'dropping'];
    const fired = (t: string) => {
      const m = n.normalise(t);
      const hits = compiled(m, extract(m));
      expect(hits, t).toEqual(runRules(m, extract(m), custom));
      return hits.map((h) => h.id);
    };
    for (const t of texts) fired(t);
    expect(fired('if i see errors')).toEqual(['x.we']);
    expect(fired('failing again')).toEqual(['x.again']);
    expect(fired('it is down')).toEqual(['x.down']);
    expect(fired('kept on dropping')).toEqual(['x.keep']);
    expect(fired('ours get errors downtime keeps dropping')).toEqual([]);
  });

  it('try a pattern with an alternative anchored at the start (no word start of its own) at the phrase\'s start as well as before its words when compiled, and find what runRules finds', () => {
    const custom = [
      { id: 'x.what', playbook: null, weight: 1, on: 'phrase', pattern: /^ (?:[a-z]+ )?what happened | (?:calls|phones) (?:fail|drop)/, about: 'a fault' },
      { id: 'x.since', playbook: null, weight: 1, on: 'phrase', pattern: / since /, requires: /^ (?:[a-z]+ )?what happened | (?:calls|phones) (?:fail|drop)/, about: 'since' },
    ] as const;
    const compiled = compileRules(custom);
    const texts = ['what happened since monday', 'so what happened since monday', 'ok so what happened since then', 'since monday calls fail', 'since monday what happened', 'what happened', 'calls fail', 'nothing since'];
    for (const t of texts) {
      const m = n.normalise(t);
      expect(compiled(m, extract(m)), t).toEqual(runRules(m, extract(m), custom));
    }
    const m = n.normalise('so what happened since monday');
    expect(compiled(m, extract(m)).map((h) => [h.id, h.at])).toEqual([['x.what', 0], ['x.since', expect.any(Number)]]);
  });

  it('skip a rule whose `needs` the phrase lacks when compiled, without a run of its pattern (runRules reads the pattern alone)', () => {
    const custom = [{ id: 'x.denied', playbook: null, weight: 1, on: 'phrase', pattern: / firewall /, needs: / not /, hints: ['firewall'], about: 'the firewall' }] as const;
    const compiled = compileRules(custom);
    const ids = (run: (m: ReturnType<typeof n.normalise>) => RuleHit[], t: string) => run(n.normalise(t)).map((h) => h.id);
    const fast = (m: ReturnType<typeof n.normalise>) => compiled(m, extract(m));
    const plain = (m: ReturnType<typeof n.normalise>) => runRules(m, extract(m), custom);
    expect(ids(fast, 'it is not the firewall')).toEqual(['x.denied']);
    expect(ids(fast, 'the firewall again')).toEqual([]);
    expect(ids(plain, 'the firewall again')).toEqual(['x.denied']);
  });

  it('read a fault that is only supposed ("can rst make phones unregister?") as no fault of the writer\'s own', () => {
    expect(fired('can rst mode make phones behind nat unregister?')).toContain('ask.question-word');
    expect(fired('could the reset setting cause calls to fail?')).toContain('ask.question-mark');
    expect(fired('can you check, our phones behind nat are unregistered?')).not.toContain('ask.question-word');
  });

  it('read a contrast as no denial: RST off in the time before, paths without a firewall fine, "not" that ends the clause before', () => {
    expect(fired('since rst went on the tcp calls hang; when rst was off no issue at all')).not.toContain('not-fw.rst-off');
    expect(fired('the rst is off now, and the phones are still unregistered')).toContain('not-nat.rst-off');
    expect(fired('rst packets rejected on the path to carrier b, the other carriers (no firewall between) are fine')).not.toContain('not-fw.denied');
    expect(fired('no firewall between us and carrier b, yet rst packets get rejected')).toContain('not-fw.denied');
    expect(fired('call connect hoy na. firewall log e rst drop dekhi')).not.toContain('not-fw.denied');
    expect(fired('rst drop hoy, kintu firewall na')).toContain('not-fw.denied');
  });

  it('take a real cause named with one of the playbooks\' own words for that playbook', () => {
    expect(fired('the real problem is that the mikrotik drops the rst packets')).not.toContain('not-fw.cause-elsewhere');
    expect(fired('turned out the actual issue was the local port range, far too small')).not.toContain('not-pe.cause-elsewhere');
  });

  it('take a negated mention for no mention', () => {
    expect(fired('the firewall is not dropping rst')).not.toContain('fw.rst-blocked');
    expect(fired('no time_wait problem here')).not.toContain('pe.timewait');
    expect(fired('phones are not behind nat')).not.toContain('nat.behind-nat');
    expect(fired('the firewall is dropping rst')).toContain('fw.rst-blocked');
    expect(fired('calls not going, address already in use')).toContain('pe.address-in-use');
  });

  it('take a negation right after the words, as Hindi, Bangla and Nepali put it, for a negation', () => {
    expect(fired('firewall rst drop nahi karte')).not.toContain('fw.rst-blocked');
    expect(fired('mikrotik rst block kore na')).not.toContain('fw.rst-near-drop');
    expect(fired('port range ka limit hit nahi hua')).not.toContain('pe.range-ceiling');
    // English "not" after the words is no denial of them.
    expect(fired('the firewall drops rst, not the sip invites')).toContain('fw.rst-blocked');
    expect(fired('our firewall drops the rst, not sure why')).toContain('fw.rst-blocked');
  });

  it('read the causes and denials of other languages through their everyday words', () => {
    expect(fired('semua phone unregistered karena listrik mati')).toContain('not-nat.no-power');
    expect(fired('lahat ng extension offline, naputol ang fiber')).toContain('not-nat.network-down');
    expect(fired('no era el firewall, era el cable')).toContain('not-fw.denied');
    expect(fired('sorun NAT degil')).toContain('not-nat.denied');
    expect(fired('Those cannot assign requested address lines are from 2019')).toContain('not-pe.old-log');
    expect(fired('netstat: 800 sockets total')).toContain('not-pe.few-sockets-total');
    expect(fired('netstat: 30000 sockets total')).not.toContain('not-pe.few-sockets-total');
    expect(fired('snmpd: error opening specified endpoint udp:161')).toContain('not-pe.named-port');
    expect(fired('telefonlar kayitli degil')).toContain('nat.unregistered');
    expect(fired('the phones are registered, not the trunk')).not.toContain('nat.unregistered');
    // Russian
    expect(fired('с утра телефоны не регистрируются, клиент поменял пароль')).toContain('not-nat.credentials');
    expect(fired('в офисе нет света, поэтому телефоны офлайн')).toContain('not-nat.no-power');
    expect(fired('роутер и NAT здесь ни при чём')).toContain('not-nat.denied');
    expect(fired('абоненты за роутером по TCP отваливаются из списка онлайн')).toContain('nat.unregistered');
    expect(fired('фаервол дропает RST пакеты от свича')).toContain('fw.rst-blocked');
    // Tagalog, Vietnamese, Portuguese, Spanish, Turkish, Arabizi, Pidgin, Hindi
    expect(fired('yung mga IP phone ng branch, paulit-ulit nawawala sa online list')).toContain('nat.unregistered');
    expect(fired('dinadrop ng firewall namin ang RST')).toContain('fw.rst-near-drop');
    expect(fired('tu hom qua may Grandstream o chi nhanh mat dang ky')).toContain('nat.unregistered');
    expect(fired('os ramais TCP nao recebem chamadas, sumiram da lista online')).toContain('nat.incoming-fail');
    expect(fired('ayer eliminaron las cuentas viejas del reseller')).toContain('not-nat.account-expired');
    expect(fired('el license bta3 el server expired')).toContain('not-nat.account-expired');
    expect(fired('gelen cagri almiyor, telefonlar kayitsiz')).toContain('nat.incoming-fail');
    expect(fired('PHCN took light at the branch so the phones dropped')).toContain('not-nat.no-power');
    expect(fired('hamare branch ke phone TCP pe nahi, sab UDP pe hain')).toContain('not-nat.udp-only');
    // A denial with a particle, or with the verb first; RST said off Tagalog-style
    expect(fired('hindi po NAT yan, sira yung power supply')).toContain('not-nat.denied');
    expect(fired('a causa nao e o firewall, e a operadora')).toContain('not-fw.denied');
    expect(fired('hii si shida ya firewall')).toContain('not-fw.denied');
    expect(fired('naka-off pa rin yung RST sa VOS namin')).toContain('not-fw.rst-off');
    expect(fired('we want to switch the rst off again')).not.toContain('not-fw.rst-off');
    // Out of or gone from the online list; packets dropped, half open; SIP blocked upstream
    expect(fired('los anexos TCP salen de la lista online cada rato')).toContain('nat.unregistered');
    expect(fired('extension TCP hilang dari online list tiap malam')).toContain('nat.unregistered');
    expect(fired('el gateway bet2a3 mn el online list kol shwaya')).toContain('nat.unregistered');
    expect(fired('aradaki firewall RST paketlerini dusuruyor')).toContain('fw.rst-blocked');
    expect(fired('firewall arkasinda oturumlar yari acik kaliyor')).toContain('fw.half-open');
    expect(fired('mobile operator blocked SIP on their network, the softphones cannot register')).toContain('not-nat.address-blocked');
    expect(fired('we blocked sip scanners on the router, then the tcp phones went offline')).not.toContain('not-nat.address-blocked');
    // The cause said to lie elsewhere, once the playbook's own words were checked.
    expect(fired('we checked, the firewall passes the rst, the problem is something else')).toContain('not-fw.cause-elsewhere');
    expect(fired('RST drop check kiya, problem kuch aur hai')).toContain('not-fw.cause-elsewhere');
    expect(fired('there is another problem too: the rst gets dropped')).not.toContain('not-fw.cause-elsewhere');
  });

  it('read the registration lost or dropped in other wordings, a firmware updated, a ticket to close, a load test on a test machine', () => {
    expect(fired('the yealinks disappear the registration every few minutes')).toContain('nat.unregistered');
    expect(fired('абоненты отваливаются с регистрации каждые пять минут')).toContain('nat.unregistered');
    expect(fired('los anexos pierden el registro todo el dia')).toContain('nat.unregistered');
    expect(fired('the desk phones updated their firmware last night and show unregistered')).toContain('not-nat.device-reset');
    expect(fired('we flashed new firmware on the ATAs, now offline')).toContain('not-nat.device-reset');
    expect(fired('since the tuning the errors stopped, you can close the ticket')).toContain('guard.fix-worked');
    expect(fired('ticket close kar dijiye, sab theek')).toContain('guard.fix-worked');
    expect(fired('please do not close the ticket, the errors still come')).not.toContain('guard.fix-worked');
    expect(fired('the 40k time_wait came from a sipp run by our lab server, gone now')).toContain('not-pe.test-load');
    expect(fired('stress test on the staging box filled time_wait')).toContain('not-pe.test-load');
    expect(fired('the close reset mode haijawahi kuwashwa on our switch')).toContain('not-fw.rst-off');
    expect(fired('RST modunu hiç açmadık')).toContain('not-nat.rst-off');
    expect(fired('the pbx extensions unregistered after the provider rotated our creds')).toContain('not-nat.credentials');
    expect(fired('handsets unregistered because the depot manager took them home')).toContain('guard.cause-given');
    expect(fired('phones unregistered because rst was switched on')).not.toContain('guard.cause-given');
    // The playbook's own cause right after "because" is no other cause.
    expect(fired('phones unregistered because rst was switched on')).not.toContain('not-nat.other-cause');
    expect(fired('bind errors at peak because the ports run out')).not.toContain('guard.cause-given');
    // A load test against the switch itself is the playbook's own load.
    expect(fired('during the load test at 400 cps every new tcp connection fails with address already in use')).not.toContain('not-pe.test-load');
  });

  it('read thanks, fixes and the other causes of more languages, and RST or the firewall said untouched', () => {
    // Thanks and fixed, in words and in scripts
    expect(fired('dah register semua, ok terima kasih')).toContain('guard.thanks');
    expect(fired('giờ máy sau NAT đăng ký lại bình thường rồi, cảm ơn')).toContain('guard.thanks');
    expect(fired('Дякую, все стабільно')).toContain('guard.thanks');
    expect(fired('tw_reuse on korar por ekhon 900, sob thik ase')).toContain('guard.resolved');
    expect(fired('port range badhaye pachi aaja thik cha, dhanyabad')).toContain('guard.resolved');
    expect(fired('le souci de TIME_WAIT est réglé depuis mardi')).toContain('guard.resolved');
    expect(fired('مشكلة الـ TIME_WAIT انحلت بعد التعديل')).toContain('guard.resolved');
    expect(fired('os ramais voltaram, tá estável, pode fechar o chamado')).toContain('guard.fix-worked');
    expect(fired('після того як ви вимкнули RST телефони за NAT знову зареєструвались і вже два дні все стабільно')).toContain('not-nat.registered-fine');
    expect(fired('the tcp phones go unregistered, the udp ones registered and stable')).not.toContain('not-nat.registered-fine');
    // Other causes: an address changed or typed wrong, a password changed, the power cut, a port blocked
    expect(fired('los telefonos no registran, el isp nos cambio la ip publica')).toContain('not-nat.address-changed');
    expect(fired('gw unregistered po, i think the server ip was typed wrong in the gateway')).toContain('not-nat.address-changed');
    expect(fired('sekreter sunucu adresini yanlış yazmış')).toContain('not-nat.address-changed');
    expect(fired('unregistered tolko posle togo kak klient sam smenil parol')).toContain('not-nat.credentials');
    expect(fired('گوشی‌ها بعد از اینکه رمزها رو عوض کردیم unregistered شدن')).toContain('not-nat.credentials');
    expect(fired('گوشی‌های دفتر همه unregistered شدن، برق ساختمون قطعه')).toContain('not-nat.no-power');
    expect(fired('o provedor bloqueou a porta 5060 UDP, os ATA não registram')).toContain('not-nat.address-blocked');
    // RST said untouched or never enabled, in other word orders
    expect(fired('calls fail since the carrier outage, tcp close setting untouched')).toContain('not-fw.rst-off');
    expect(fired('RST мы не включали, провайдер сменил IP')).toContain('not-nat.rst-off');
    expect(fired('unregistered, RST ne trogali')).toContain('not-nat.rst-off');
    expect(fired('o firewall só libera porta, e ninguém ativou RST')).toContain('not-fw.rst-off');
    expect(fired('ما غيرنا إعداد RST أبداً')).toContain('not-fw.rst-off');
    expect(fired('we changed the rst setting yesterday and the phones dropped')).not.toContain('not-nat.rst-off');
    // The firewall said to drop nothing or left alone; a log of RST packets dropped is no denial
    expect(fired('firewall no dey drop anything o, na the carrier route')).toContain('not-fw.denied');
    expect(fired('fw untouched, carrier outage')).toContain('not-fw.denied');
    expect(fired('ভাই RST অন করার পর থেকে কল ঝুলে থাকে, কাটে না, আমাদের FortiGate এর লগে দেখি RST প্যাকেট ড্রপ করতেছে')).not.toContain('not-fw.denied');
    expect(fired('we thought the firewall drops rst, but no, the firewall is not the problem')).toContain('not-fw.denied');
    expect(fired('fortigate RST paketlerini düşürmüyor, kontrol ettik')).not.toContain('fw.rst-blocked');
    expect(fired('xem log tường lửa FortiGate thấy chặn gói RST')).toContain('fw.rst-blocked');
    expect(fired('tường lửa ghi log đang loại bỏ các gói RST')).toContain('fw.rst-blocked');
    // One port a second program wants; SIP over UDP only, said Malay-style; TIME_WAIT said very low
    expect(fired('sip proxy ka doosra instance 5060 pe start kiya to cannot bind socket aaya')).toContain('not-pe.named-port');
    expect(fired('روی لپ‌تاپم node میگه EADDRINUSE پورت ۳۰۰۰')).toContain('not-pe.named-port');
    expect(fired('kami guna UDP je untuk semua phone')).toContain('not-nat.udp-only');
    expect(fired('ҳеч ким ҳеч нарса ўзгартирмаган, TIME_WAIT ҳам жуда кам')).toContain('not-pe.few-timewait-words');
    // The playbooks' own words in more languages
    expect(fired('RST yoqilgandan keyin NAT ortidagi telefonlar registratsiyadan tushib qolyapti')).toContain('nat.behind-nat');
    expect(fired('depuis le SS_TCP_CLOSE_RESET sur On, les postes derrière la box se désenregistrent')).toContain('nat.unregistered');
  });

  it('read the other explanations a whole story gives, and take a side detail the writer doubts or explains for none', () => {
    // Where each match starts, for what the message says later
    const m = n.normalise('the bind errors are fixed now, thanks. but the phones behind the router are unregistered');
    const at = Object.fromEntries(runRules(m, extract(m)).map((h) => [h.id, h.at]));
    expect(at['guard.resolved']).toBeLessThan(at['nat.unregistered'] as number);
    // A carrier trunk that stopped registering; accounts locked; phones reset or provisioned elsewhere
    expect(fired('our outbound trunk to the carrier in UK stopped registering since yesterday, routing gateway registration failed')).toContain('guard.trunk-registration');
    expect(fired('the phones behind the router stopped registering since yesterday')).not.toContain('guard.trunk-registration');
    expect(fired('su tecnico reseteó los ATAs de fábrica sin querer')).toContain('not-nat.device-reset');
    expect(fired('o TI dele mudou o template do servidor de provisionamento e apontou o outbound proxy para o PABX')).toContain('not-nat.device-reset');
    // A load test on a VM, a container or a laptop, the production switch fine; not the switch but another machine
    expect(fired('cannot assign requested address on a 1GB VM during a load test, production is fine')).toContain('not-pe.test-load');
    expect(fired('15 тысяч TIME_WAIT, проверили: это не VOS, а отдельная машина с HTTP API')).toContain('not-pe.not-the-switch');
    expect(fired('12 mil TIME_WAIT en la máquina generador de sipp, no en el VOS')).toContain('not-pe.not-the-switch');
    // RST said off as "the parameter"; a second SIP server's bind on TCP 5060
    expect(fired('the drops are on port 443 of the web server; on VOS the RST parameter is off anyway')).toContain('not-fw.rst-off');
    expect(fired('OpenSIPS on the same box: failed to bind TCP 5060, address in use')).toContain('not-pe.named-port');
    // UDP blocked upstream is why phones use TCP, no other cause; a side detail the writer doubts is none
    expect(fired('residential customers behind NAT lose registration, all on TCP since the ISP blocks UDP SIP')).not.toContain('not-nat.address-blocked');
    expect(fired('the mobile operator blocked SIP on their network, softphones cannot register')).toContain('not-nat.address-blocked');
    expect(fired('phones behind NAT unregistered since RST on; we also renewed our SSL cert the same day, not sure if related')).not.toContain('not-nat.tls-certificate');
    expect(fired('phones unregistered since our SSL cert expired yesterday')).toContain('not-nat.tls-certificate');
    // Calls that never end are hung calls: a fault, not a denial; "not one error" is none
    expect(fired('since RST On the TCP calls do not end, the channel stays open. what is the solution?')).not.toContain('ask.question-mark');
    expect(fired('22k TIME_WAIT but calls are completing and there is not one bind error in any log')).not.toContain('pe.cannot-bind');
    expect(fired('22k TIME_WAIT but calls are completing and there is not one bind error in any log')).toContain('ask.healthy');
  });

  it('read pasted diagnostics with the words around them: a test machine, everything said to work, failures that are no network down', () => {
    // Everything said plainly to work holds back even beside tens of thousands in TIME_WAIT; a fault said outright does not
    expect(fired('TIME_WAIT is 18k at peak but everything runs fine: ASR 52%, no SIP errors, no bind errors in any log')).toContain('ask.all-fine');
    expect(fired('TIME_WAIT 28k at peak, everything fine in the day but at night calls fail')).not.toContain('ask.all-fine');
    expect(fired('22k TIME_WAIT, calls are completing, there is not one bind error or cannot assign error in any log')).toContain('ask.all-fine');
    // The error from a test or developer machine, the writer says not production
    expect(fired('lỗi này trên máy test của team dev thôi, không phải production. production vẫn chạy bình thường')).toContain('not-pe.not-production');
    expect(fired('da error men el test server mesh el production, el production kollo tamam')).toContain('not-pe.not-production');
    expect(fired('production is fine, the cannot assign errors at peak are on the production switch')).not.toContain('not-pe.not-production');
    // "no TCP connection to next hop" is a failure, not UDP only; "…example.net Register Failed" is no network down
    expect(fired('mbx3000: call released: no TCP connection to next hop')).not.toContain('not-pe.udp-only');
    expect(fired('Line 1: 7201@voip.example.net  Register Failed (TCP)')).not.toContain('not-nat.network-down');
    expect(fired('the office internet failed this morning, phones offline')).toContain('not-nat.network-down');
    // The SIP port moved; a side detail said unrelated; a log said clean
    expect(fired('we moved the SIP port from 5060 to 5080, half the phones still register to 5060 and show unregistered')).toContain('not-nat.address-changed');
    expect(fired('phones behind NAT unregistered since RST On. we changed the admin password the same day, but that should not be related')).not.toContain('not-nat.credentials');
    expect(fired('mot thang nay log sach, khong co loi nao')).toContain('ask.all-fine');
    // A Juniper flow trace dropping the non-SYN first packet; a failed call rate is no billing talk
    expect(fired('CID-0:RT: packet dropped, first pak not syn')).toContain('fw.conntrack-invalid');
    expect(fired('failed call rate on TCP routes 18%')).not.toContain('guard.billing');
    expect(fired('the rates for the new carrier are wrong')).toContain('guard.billing');
    // Customers who connect to us are no outbound connections of the switch; a manager who thinks it is back is no problem back
    expect(fired('OpenSIPS failed to bind TCP 5060 and our customers who connect over TCP cannot reach us')).toContain('not-pe.named-port');
    expect(fired('that was fixed the same week, he thinks it is happening again but it is not')).toContain('guard.resolved');
    expect(fired('it was fixed last week but now it is happening again')).not.toContain('guard.resolved');
  });

  it('read what engineers and customers without the jargon say around the symptom: the record, a check that came back fine, things said red', () => {
    // Told for the record or explained by maintenance; nothing to do; zero occurrences since
    expect(fired('The "phones unregistered" alarm at 03:10 was our maintenance window, all phones re-registered by 03:14')).toContain('guard.for-the-record');
    expect(fired('Solo informativo: el mes pasado tuvimos address already in use. Todo bien, no hace falta nada.')).toContain('guard.fix-worked');
    expect(fired('both lines timestamped 14 March, zero occurrences since then, peaks clean')).toContain('guard.resolved');
    expect(fired('the lab RST test left drop lines in the log; production is Off, nothing to fix')).toContain('guard.fix-worked');
    expect(fired('we changed our root password, nothing to do with this I think')).not.toContain('guard.fix-worked');
    // A check that came back fine is no other cause; a setting said off, or off before it was switched on
    expect(fired('Checked: no firewall change, licence fine, 401/403 rate normal')).not.toContain('guard.credentials');
    expect(fired('Checked: no firewall change, licence fine, 401/403 rate normal')).not.toContain('guard.license');
    expect(fired('SS_TCP_CLOSE_RESET "Off" -> "On", reparse, then NATed endpoints unregistered')).not.toContain('not-nat.rst-off');
    expect(fired('the close reset setting on our switch is Off and was never changed')).toContain('not-fw.rst-off');
    expect(fired('should we allow RST in the firewall or turn the setting off?')).not.toContain('not-fw.rst-off');
    expect(fired('RST has nothing to do with UDP, the hanging calls are on a UDP gateway')).toContain('not-fw.rst-off');
    // Said plainly to work, or fine since; a range read as its upper bound; hundreds said of TIME_WAIT only
    expect(fired('phones behind the office router have been fine since, not one unregistered')).toContain('ask.all-fine');
    expect(fired('conntrack keeps its own timer and nothing fails')).toContain('ask.all-fine');
    expect(fired('TIME_WAIT peak pe 250-300 ke aas paas rehta hai')).toContain('not-pe.few-timewait');
    expect(fired('hundreds of EADDRINUSE per minute, TIME_WAIT is 28,000+')).not.toContain('not-pe.few-timewait-words');
    // Red phones and calls that never finish are faults said outright, whatever the question after
    expect(fired('branch er phone gula sob red, register thake na. ki korbo?')).not.toContain('ask.question-mark');
    expect(fired('close reset On karne ke baad calls khatam hi nahi hoti. ab kya karein?')).not.toContain('ask.question-mark');
    // The dropped RST from another server; the error from the test server, not production
    expect(fired('alert "RST dropped" dari firewall ternyata berasal dari server lain (mail server), bukan VOS')).toContain('not-fw.not-the-switch');
    expect(fired('رسالة cannot assign requested address كانت من سيرفر الاختبار، مش من سيرفر الإنتاج')).toContain('not-pe.not-production');
    // Power gone, said in Spanish and Banglish
    expect(fired('se fue la luz en la oficina y los teléfonos dicen sin red')).toContain('not-nat.no-power');
    expect(fired('5 ghonta karent chilo na, phone gula sob red')).toContain('not-nat.no-power');
  });

  it('read Chinese and the French of West and Central Africa: registration lost, calls that never end, the firewall dropping RST, the problem over', () => {
    // Chinese, written without spaces, Simplified and Traditional
    expect(fired('開了 RST 之後，路由器 NAT 後面的話機每小時掉註冊')).toContain('nat.unregistered');
    expect(fired('两个分公司都是通过路由器NAT连上来的，打开RST之后这两边的话机注册都不稳定')).toContain('nat.unregistered');
    expect(fired('开了RST模式以后很多通话挂不掉，防火墙日志里一堆INVALID状态的RST被丢弃')).toContain('fw.rst-blocked');
    expect(fired('开了RST模式以后很多通话挂不掉，防火墙日志里一堆INVALID状态的RST被丢弃')).not.toContain('not-fw.denied');
    expect(fired('SRX 的 flow trace 顯示 RST 封包找不到對應 session 被丟棄')).toContain('fw.conntrack-invalid');
    expect(fired('上个月那次 cannot assign requested address 的问题已经解决了，工单可以关了')).toContain('guard.fix-worked');
    expect(fired('之前 RST off 的时候没有这个问题')).not.toContain('not-fw.rst-off');
    expect(fired('新租的辦公室網路只放行 80 跟 443 出去，話機的 5060 UDP 出不去，所以一直註冊失敗')).toContain('not-nat.address-blocked');
    // French: rejected by the firewall, calls that stay open, not registered, the problem settled, only for information
    expect(fired('le FortiGate en face logge les paquets RST comme refusés')).toContain('fw.rst-near-drop');
    expect(fired('le pfSense logge un blocage TCP:R pr chaque fin d\'appel')).toContain('fw.log-rst');
    expect(fired('les softphones passent en non enregistré depuis l\'activation du mode RST')).toContain('nat.unregistered');
    expect(fired('en avril on avait eu des cannot bind, c\'est réglé depuis')).toContain('guard.resolved');
    expect(fired('juste pr info: 8 000 TIME_WAIT à la pointe, tout marche')).toContain('guard.for-the-record');
    expect(fired('le message Address already in use de ce matin, oubliez: c\'était mon erreur')).toContain('guard.ignore');
    expect(fired('la prod a jamais eu le mode RST')).toContain('not-fw.rst-off');
    expect(fired('j\'ai vu 12 000 TIME_WAIT, c\'est sur le serveur web du portail, pas sur le vos')).toContain('not-pe.not-the-switch');
    expect(fired('les téléphones derrière le routeur, ils sont en UDP')).toContain('not-nat.udp-only');
    // Moved from UDP to TCP is the contrast, not UDP only; UDP blocked is why phones use TCP only when TCP is named
    expect(fired('we moved our carrier interconnects from UDP to TCP, now EADDRINUSE at peak; never had this on UDP')).not.toContain('not-pe.udp-only');
    expect(fired('all on TCP since the local ISP blocks UDP SIP, phones behind NAT lose registration')).not.toContain('not-nat.address-blocked');
  });

  it('read Arabic with its vowel marks or without, Georgian and Armenian, and Russian as the Caucasus and Central Asia write it', () => {
    // Arabic: the marks are no part of a word's spelling; dropped RST, calls that never end; phones that disconnect from registration
    expect(fired('وتبيّن من سجل الجدار الناري أن حزم RST تُسقط')).toContain('fw.rst-blocked');
    expect(fired('تلفونات الزبون صارت تنفصل عن التسجيل كل شوي')).toContain('nat.unregistered');
    expect(fired('العملاء تلفوناتهم صارت ما تسجل من بعد ما فعلنا الـ RST')).toContain('nat.unregistered');
    expect(fired('الشغل كله SIP UDP والتلفونات ما تسجل')).toContain('not-nat.udp-only');
    expect(fired('الـ TIME_WAIT بيوصل ٢٠ ألف في الذروة بس مفيش ولا مكالمة بتقع ولا أي error')).toContain('ask.all-fine');
    expect(fired('بالليل كله EADDRINUSE و ٢٨ الف TIME_WAIT، بالنهار ماكو ولا مشكل')).not.toContain('ask.all-fine');
    // Georgian and Armenian
    expect(fired('MikroTik-ის უკან მყოფი ტელეფონები რეგისტრაციას კარგავენ')).toContain('nat.behind-nat');
    expect(fired('TIME_WAIT-ը մոտ 28 հազար է')).toContain('pe.timewait-count');
    expect(fired('անցյալ ամսվա լոգում տեսա Address already in use, բայց հիմա լոգը մաքուր է')).toContain('ask.all-fine');
    // Russian and the region: the test stand and production, a question closed, a false alarm, another program's sockets
    expect(fired('"cannot assign requested address" был на тестовом стенде. На проде такого нет')).toContain('not-pe.not-production');
    expect(fired('Мониторинг орал про 20 тыс TIME_WAIT, ложная тревога')).toContain('guard.fix-worked');
    expect(fired('netstat показывает 8к TIME_WAIT ночью, но это бэкап через rsync на другой сервер')).toContain('not-pe.other-program');
    expect(fired('Privet, v logah bind: address already in use, netstat pokazyvaet okolo 30 tys TIME_WAIT')).toContain('pe.timewait-count');
    expect(fired('Хлопці, увімкнули RST, дзвінки не проходять. iptables дропає RST як INVALID')).not.toContain('not-fw.denied');
    expect(fired('RST не при чём, фаервол тут ни при чём, это не фаервол')).toContain('not-fw.denied');
    // Azerbaijani schwa; Kurdish test server "not the main one"
    expect(fired('NAT arxasındakı telefonlarla problem həll olundu, RST-ni yenidən Off etdik')).toContain('guard.resolved');
    expect(fired('ئەو هەڵەیەی Address already in use لە سێرڤەری تاقیکردنەوە بوو، نەک سێرڤەری سەرەکی')).toContain('not-pe.not-production');
  });

  it('read the twentieth round: the case closed, a test machine and the real server, one account on two phones, RST said as a proposal', () => {
    // The ticket or case closed, the loop closed, kept for the record (Indonesian, Nepali, Thai, Malay, Vietnamese)
    expect(fired('masalah sudah selesai, tiket boleh ditutup')).toContain('guard.fix-worked');
    expect(fired('off garepachi sab thik bhayo. ticket band garnus')).toContain('guard.fix-worked');
    expect(fired('แจ้งปิดเคสครับ สายวางปกติแล้ว')).toContain('guard.fix-worked');
    expect(fired('just to close the loop: zero errors for three weeks')).toContain('guard.fix-worked');
    expect(fired('cuma nak simpan rekod')).toContain('guard.for-the-record');
    expect(fired('em chi luu ho so thoi')).toContain('guard.for-the-record');
    expect(fired('can you close the port 5060 on the firewall?')).not.toContain('guard.fix-worked');
    // Resolved said bare, all registered now; not when it is not resolved
    expect(fired('Resolved na po yung issue namin')).toContain('guard.resolved');
    expect(fired('RST Off karke reparse kiya, ab sab registered')).toContain('guard.resolved');
    expect(fired('aaj pura din koi error nahi. resolved, thanks')).toContain('guard.resolved');
    expect(fired('the bind error is still not resolved, thanks')).not.toContain('guard.resolved');
    expect(fired('now all phones unregistered again')).not.toContain('guard.resolved');
    // "no errors again" and "have not come back" are no problem back
    expect(fired('Sudah 5 hari tidak ada error lagi. Tiket boleh ditutup.')).toContain('guard.fix-worked');
    expect(fired("the errors haven't come back since the tuning. No action needed.")).toContain('guard.fix-worked');
    expect(fired('the errors came back. No action needed from us?')).not.toContain('guard.fix-worked');
    // This log is old; a test machine against the real or live server
    expect(fired('bhai ye log purana hai: "Cannot assign requested address"')).toContain('not-pe.old-log');
    expect(fired('log cannot assign requested address la tren may ao test cua em, khong phai server that')).toContain('not-pe.not-production');
    expect(fired('BindException sirf staging server pe aaya. live vos ko kuch nahi hua')).toContain('not-pe.not-production');
    expect(fired('galing yun sa test VM namin, hindi sa production')).toContain('not-fw.not-production');
    expect(fired('the real server drops RST since we enabled it')).not.toContain('not-fw.not-production');
    // One account on two phones
    expect(fired('eki account 2 ta phone e configure kora, duita ekjon arekjon ke kick kore')).toContain('not-nat.shared-account');
    expect(fired('the same account is configured on two phones and they kick each other off')).toContain('not-nat.shared-account');
    expect(fired('two phones behind the same mikrotik lose registration since RST on')).not.toContain('not-nat.shared-account');
    // RST off asked as a proposal, not said to be off
    expect(fired('call hang, firewall log e Drop TCP RST invalid. RST off korle ki thik hobe?')).not.toContain('not-fw.rst-off');
    expect(fired('RST ko Off karne ke baad sab phone register ho gaye')).toContain('not-nat.rst-off');
    // Not the switch, said verb-last ("vos ko haina": not the VOS's)
    expect(fired('RST drop dekhyo tara tyo web server ko port 443 ko traffic ho, vos ko haina')).toContain('not-fw.not-the-switch');
    // Everything said to work, Bangla and Hindi: not when it is only by day
    expect(fired('kintu call e kono problem nai, ASR ACD thik')).toContain('ask.all-fine');
    expect(fired('raat ko EADDRINUSE, din me koi problem nahi')).not.toContain('ask.all-fine');
    // A fault told as its condition, or by thousands of errors, asked how to overcome: still a fault report
    expect(fired('kalo CPS naik di atas 150 koneksi SIP TCP keluar langsung error bind: Address already in use. apa port lokalnya abis ya?')).not.toContain('ask.question-mark');
    expect(fired('waktu sibuk ada ribuan ralat "address already in use". Macam mana nak atasi?')).not.toContain('ask.question-mark');
    expect(fired('jab traffic badhe tab dekhenge, abhi koi change karne ki zaroorat hai?')).toContain('ask.question-mark');
    expect(fired('Libo-libo ang TIME_WAIT at EADDRINUSE. Pagbaba ng traffic, bumabalik sa normal.')).not.toContain('ask.question');
    // RST named, for the firewall playbook's need of more than a firewall named
    expect(fired('sonicwall is killing the rst packets')).toContain('fw.rst-named');
    expect(fired('mikrotik firewall filter input chain drop rule, winbox access gone')).not.toContain('fw.rst-named');
  });

  it('read the twenty-first round: a problem solved said verb-last, the problem now gone, RST off in the config file', () => {
    expect(fired('inkinga ye-firewall eyayilahla ama-RST packets isixazululiwe')).toContain('guard.resolved');
    expect(fired('pwoblèm telefòn dèyè NAT ki te pèdi enskripsyon an rezoud depi nou remete SS_TCP_CLOSE_RESET sou Off')).toContain('guard.resolved');
    expect(fired('ගිය මාසේ firewall එක RST packets drop කරපු ප්‍රශ්නේ දැන් නෑ')).toContain('guard.resolved');
    expect(fired('the problem with the phones behind NAT is not solved')).not.toContain('guard.resolved');
    expect(fired('SS_TCP_CLOSE_RESET در softswitch.conf ما Off است')).toContain('not-nat.rst-off');
    expect(fired('SS_TCP_CLOSE_RESET=On and the phones went off')).not.toContain('not-nat.rst-off');
    // What only names RST, NAT or a router
    expect(fired('the phones behind the mikrotik')).toContain('nat.context-named');
    expect(fired('all phones unregistered since the power cut')).not.toContain('nat.context-named');
    // The ISP changed the server's public IP (Persian)
    expect(fired('ISP ما IP عمومی سرور را تغییر داد')).toContain('not-nat.address-changed');
  });

  it('read the twenty-second round: Spanish and Portuguese denials of RST, the switch said fine, the port exhaustion fix named, old logs by month', () => {
    expect(fired('activar RST rompe los telefonos detras de nat, nosotros no lo tenemos activado ni lo vamos a activar')).toContain('not-nat.rst-off');
    expect(fired('el RST no lo tocamos nunca')).toContain('not-nat.rst-off');
    expect(fired('o iptables ta dropando pacote, nada a ver com RST, o RST ta off no vos')).toContain('not-fw.rst-off');
    expect(fired('RST mode was turned on only on server B; server A is still Off and nobody touched it')).toContain('not-nat.rst-off');
    expect(fired('we enabled RST and nobody touched anything else, now the phones drop')).not.toContain('not-nat.rst-off');
    expect(fired('el EADDRINUSE que aparece es del panel en node, el vos esta bien')).toContain('not-pe.not-the-switch');
    expect(fired('agents lose registration since the port exhaustion fix was done on the server')).not.toContain('pe.ports-exhausted');
    expect(fired('we keep running out of local ports, port exhaustion every evening')).toContain('pe.ports-exhausted');
    expect(fired('these logs are from March when RST was on')).toContain('not-fw.old-log');
    expect(fired('log says "bind(): Address already in use" for 8443')).toContain('not-pe.named-port');
    expect(fired('the VOS web is not reachable')).toContain('guard.web-portal');
    // Thanks for that fix, the failures stopped, still OK: over; the errors still there: not
    expect(fired('today it is still ok, thank you for that fix')).toContain('guard.resolved');
    expect(fired('we turned it off two weeks ago and the call failures stopped')).toContain('guard.resolved');
    expect(fired('thank you for that fix, but the errors are still there')).not.toContain('guard.resolved');
    // Registrations dropped, without a preposition; no errors nor dropped calls
    expect(fired('os ramais atrás do NAT caem o registro')).toContain('nat.unregistered');
    expect(fired('1.2k en TIME_WAIT, no hubo errores ni llamadas caidas, es normal?')).toContain('ask.question-mark');
  });

  it('read the twenty-third round: a capture showing RST pass, not because of RST, not the VOS said verb-last, Slavic "na"', () => {
    expect(fired('방화벽이 RST 드랍하는 줄 알았는데 패킷 캡처해 보니 정상적으로 통과하고 있었습니다')).toContain('not-fw.capture-passes');
    expect(fired('포티게이트 로그에 RST 관련 드랍은 하나도 없고')).toContain('not-fw.capture-passes');
    expect(fired('tcpdump shows the rst packets arriving and getting dropped there')).not.toContain('not-fw.capture-passes');
    expect(fired('firewall log: tcp rst dropped, no session matched')).not.toContain('not-fw.capture-passes');
    expect(fired('telefony za NATem se odregistrovaly kvůli změně hesel, ne kvůli RST')).toContain('not-nat.rst-off');
    expect(fired('bind 에러 났던 건 저희 모니터링 에이전트가 잘못된 IP로 바인딩하려던 거였습니다. VOS 문제 아님.')).toContain('not-pe.not-the-switch');
    expect(fired('de BindException komt van onze eigen rapportage-tool, niet van de softswitch')).toContain('not-pe.not-the-switch');
    // "na" is "on" among Czech words, and "not" in Hinglish
    expect(fired('po SS_TCP_CLOSE_RESET=On na iptables bráně jsou to RSTka')).not.toContain('not-fw.denied');
    expect(fired('firewall na hai, iptables na use karte')).toContain('not-fw.denied');
    // No recurrence, fine since then; "Meldungen sind weg"
    expect(fired('TIME_WAIT 4만 개 넘었던 건 지난달 얘기고 커널 튜닝 후로는 재발 없습니다')).toContain('guard.resolved');
    expect(fired('die address already in use Meldungen von letzter Woche sind weg')).toContain('guard.resolved');
  });

  it('read the twenty-fourth round: Finglish, Greeklish, Arabizi, Punjabi and Turkish typed without its letters', () => {
    expect(fired('RST ham hichvaght roshan nakardim')).toContain('not-nat.rst-off');
    expect(fired('moshkel e "address already in use" ke hafte pish goftam hal shod')).toContain('guard.resolved');
    expect(fired('par asi off kar ditta si, hun all theek chal reha')).toContain('guard.resolved');
    expect(fired('firewall ile ilgisi yok, RST ayarina da kimse dokunmadi')).toContain('not-fw.rst-off');
    expect(fired('phones behind nat unregister since the rst change, nobody touched the router')).not.toContain('not-nat.rst-off');
    expect(fired('To RST mode den to exoume anoiksei pote')).toContain('not-fw.rst-off');
    expect(fired('bghit nt2akked bli l config mazal off, rst')).toContain('not-fw.rst-off');
    expect(fired('yeh log pichle mahine ka hai, TIME_WAIT bucket table overflow')).toContain('not-pe.old-log');
  });

  it('read the twenty-fifth round: India\'s regional scripts and Africa; a wrong address to bind, TIME_WAIT from an attack, a named service and its port', () => {
    expect(fired("'cannot assign requested address' આવે છે પણ ફક્ત જ્યારે અમે ભૂલથી IPv6 address bind કરવા આપીએ")).toContain('not-pe.wrong-address');
    expect(fired('cannot assign requested address when binding to an address that is not on the interface')).toContain('not-pe.wrong-address');
    expect(fired('cannot assign requested address at peak, 40k TIME_WAIT')).not.toContain('not-pe.wrong-address');
    expect(fired('TIME_WAIT went to 20k during the DDoS attack, now 400')).toContain('not-pe.attack-load');
    expect(fired('TIME_WAIT 30k every evening, no attack, just traffic')).not.toContain('not-pe.attack-load');
    expect(fired('bind: address already in use, tomcat on 8080')).toContain('not-pe.named-port');
    expect(fired('சார், இப்போ பிரச்சனை இல்ல, thanks')).toContain('guard.resolved');
    expect(fired('ଗତ ମାସରେ port exhaustion ହେଇଥିଲା, ପରେ ଆଉ ହେଉନି')).toContain('guard.resolved');
    expect(fired('VOS ରେ TIME_WAIT 29k, peak ରେ ନୂଆ TCP connection ହେଉନି')).not.toContain('guard.resolved');
    expect(fired('ਓਦੋਂ ਤੁਸੀਂ fix ਕੀਤਾ ਸੀ')).toContain('guard.resolved');
    expect(fired('Olá, a FortiGate está à frente do VOS mas o modo RST nunca foi ligado, está Off.')).toContain('not-fw.rst-off');
  });

  it('read the twenty-sixth round: denials by "nothing to do with" and "not because", closings, wishes, old screenshots, UDP unaffected', () => {
    expect(fired('we saw connect: cannot assign requested address, only 1 socket, nothing to do with ports running out')).toContain('not-pe.denied');
    expect(fired('the failed calls have nothing to do with the firewall, the carrier had a routing problem')).toContain('not-fw.denied');
    expect(fired('يا شباب المكالمات اللي فشلت امس ما لها علاقة بالفايروول ولا بالـ RST')).toContain('not-fw.denied');
    expect(fired('السلام عليكم، الـ cannot assign requested address طلع لأننا حاطين IP غلط، مو لأن البورتات خلصت')).not.toContain('pe.ports-exhausted');
    expect(fired('bind errors at peak because we ran out of ports')).toContain('pe.ports-exhausted');
    expect(fired('TIME_WAIT 38,000 in March, fixed since then. Nothing open from our side, you can close it.')).toContain('guard.fix-worked');
    expect(fired('the limit was on their SBC, they raised it. Issue closed.')).toContain('guard.fix-worked');
    expect(fired('please advise a way that keeps the peak problem fixed without breaking the NAT customers')).not.toContain('guard.resolved');
    expect(fired('the peak problem is fixed, thanks')).toContain('guard.resolved');
    expect(fired('Bhai TIME_WAIT 30k wala message purana hai, wo load test ka tha')).toContain('not-pe.old-log');
    expect(fired('the 50k TIME_WAIT screenshot was from the old server we decommissioned')).toContain('not-pe.old-log');
    expect(fired('customers on UDP or with public IP are not affected, the TCP ones behind NAT are')).not.toContain('not-nat.udp-only');
    expect(fired('their Yealink phones stopped registering after the router swap. They never used TCP.')).toContain('not-nat.udp-only');
    expect(fired('phones behind NAT unregistered since 3 June, is it because of that change?')).not.toContain('not-nat.other-cause');
    expect(fired('phones unregistered because their DHCP lease expired')).toContain('not-nat.other-cause');
    expect(fired('Fortigate logs show no RST dropped at all, policy allows everything')).toContain('not-fw.rst-passes');
    expect(fired('customer blames our RST change but there was no RST change, only the tariff table')).toContain('not-nat.rst-off');
    expect(fired('12 phones are offline customers, normal')).not.toContain('nat.phones-offline');
    expect(fired('12 phones are offline, not normal at all')).toContain('nat.phones-offline');
    expect(fired('registrations dropped at 2am, it was Etisalat maintenance window. Everything back at 4am. Just reporting for record.')).toContain('guard.for-the-record');
    expect(fired('Subject: TIME_WAIT flooding. Every night more than 35,000 TIME_WAIT and bind errors')).not.toContain('not-pe.attack-load');
    expect(fired('TIME_WAIT rose to 20k during a SIP flood from scanners')).toContain('not-pe.attack-load');
    expect(fired('dnsmasq: failed to create listening socket for port 69: Address already in use. No impact on live traffic.')).toContain('not-pe.named-port');
    expect(fired('ya jama3a ba3d ma sha33alna el RST, el firewall yirmi el RST packets')).toContain('fw.rst-blocked');
    // RST mode acts on SIP over TCP: UDP named and TCP never, in a message about phones or a firewall.
    expect(fired('a NAT mögötti telefonok kiestek, de UDP-n regisztrálnak')).toContain('not-nat.udp-named');
    expect(fired('phones behind the router unregistered since the RST change, they register over UDP')).toContain('not-nat.udp-named');
    expect(fired('phones behind the router unregistered since the RST change, TCP ones only, the UDP ones are fine')).not.toContain('not-nat.udp-named');
    expect(fired('phones behind NAT unregistered since RST On, SIP over TLS, UDP not used')).not.toContain('not-nat.udp-named');
    expect(fired('chronyd has UDP 123, ntpd cannot bind')).not.toContain('not-nat.udp-named');
  });

  it('read the twenty-seventh round: French and Québec, Darija beside them; regional outages, wiped provisioning, typos, old logs with a year', () => {
    expect(fired('Bonjour, ce n\'est pas un problème de NAT: les postes sont sur le même LAN que le serveur')).toContain('not-nat.denied');
    expect(fired('les phones derrière le MikroTik sont unregistered depuis le changement des mots de passe SIP. RST est toujours à Off chez nous')).toContain('not-nat.rst-off');
    expect(fired('on a testé RST On au labo, donc on l\'active pas en prod. La prod est toujours en Off')).toContain('not-nat.rst-off');
    expect(fired('Le mode RST est activé depuis 6 mois et n\'a jamais posé le moindre problème')).toContain('not-nat.rst-harmless');
    expect(fired('Allô, les RST c\'est pas ça, le firewall les laisse bien passer')).toContain('not-fw.rst-harmless');
    expect(fired('since the RST change the phones behind NAT lose registration, the RST is the culprit')).not.toContain('not-nat.rst-harmless');
    expect(fired('le pb des 40 000 TIME_WAIT date de 2022, je voulais juste fermer le vieux ticket')).toContain('guard.fix-worked');
    expect(fired('tkt, c\'était le technicien qui avait débranché le routeur. Tout est revenu, rien à faire de votre côté.')).toContain('guard.resolved');
    expect(fired('phones behind nat unregistered yesterday, it is working again now')).toContain('guard.resolved');
    expect(fired('every night the switch stops placing calls and then around 11 it starts working again')).not.toContain('guard.resolved');
    expect(fired('tcp connections to carriers fail with address in use when traffic is heavy, works again after midnight')).not.toContain('guard.resolved');
    expect(fired('Salam, chhal dyal TIME_WAIT c\'est normal ? Moi j\'en ai 150, le trafic est faible.')).toContain('ask.question-mark');
    expect(fired('PTCL down in whole Lahore, registrations dropped everywhere')).toContain('not-nat.network-down');
    expect(fired('grandstream firmware auto update wiped provisioning, all sip accounts empty, no reg')).toContain('not-nat.device-reset');
    expect(fired('we thought the Yealink firmware auto-updated, but we checked and it did not')).not.toContain('not-nat.device-reset');
    expect(fired('40000 TIME_WAIT?? no sorry typo, 400')).toContain('not-pe.typo');
    expect(fired('"cannot bind" msg is from old log 2019 lol grep picked it up')).toContain('not-pe.old-log');
    expect(fired('TIME_WAIT was 40k last month but fixed with tw_reuse, today only asking for the report')).toContain('guard.resolved');
    expect(fired('reg lost on all nat\'d phones sip/tcp after the RST change, pls put back Off')).not.toContain('not-nat.rst-off');
    // Asking whether to turn RST back off, or asking for it, says it is still on; saying it was turned back off says it is off.
    expect(fired('phones behind the mikrotik keep going unregistered since SS_TCP_CLOSE_RESET went on, or should we turn rst back off?')).not.toContain('not-nat.rst-off');
    expect(fired('can we turn the rst back off? the NATed phones keep dropping')).not.toContain('not-nat.rst-off');
    expect(fired('pls switch rst back off, phones behind nat unregistered')).not.toContain('not-nat.rst-off');
    expect(fired('we turned rst back off and the phones are fine')).toContain('not-nat.rst-off');
    expect(fired('rst is back off since monday, phones fine')).toContain('not-nat.rst-off');
    // "Should we …?" after RST was said to be on asks about the fix: RST is not only planned.
    expect(fired('phones behind nat unregistered since rst on. should we turn rst off?')).not.toContain('not-nat.rst-planned');
    expect(fired('rst on karna chahiye? phones behind nat')).toContain('not-nat.rst-planned');
    // "From Off to On" said with another language's "to" is the change to On.
    expect(fired('post kiam ni ŝanĝis RST de Off al On, telefonoj unregistered')).not.toContain('not-nat.rst-off');
    expect(fired('tu khi doi RST tu Off sang On thi phone unregistered')).not.toContain('not-nat.rst-off');
    expect(fired('TCP NATed endpoints losing registration since the RST setting, udp fine, non-nat fine')).not.toContain('not-nat.denied');
    expect(fired('Salam, le technicien a mis RST On, daba les phones (wra MikroTik, TCP) ma b9awch registered')).toContain('nat.unregistered');
    expect(fired('mes Polycom sont pas enregistrés depuis le reset usine d\'hier')).toContain('not-nat.device-reset');
    expect(fired('Ils sont en UDP, l\'expiration du register est à 3600')).toContain('not-nat.udp-only');
  });

  it('read the twenty-eighth round: dictation and monitoring alerts; RST planned, a script in a loop, alerts that are OK or stale', () => {
    expect(fired('Is it possible that a firewall drops RST packets? Asking in theory, we plan to enable RST mode on sw07 next month')).toContain('not-fw.rst-planned');
    expect(fired('since we enabled RST mode the phones behind NAT drop registration')).not.toContain('not-nat.rst-planned');
    expect(fired('Could enabling RST mode make our phones behind MikroTik unregister? We haven\'t turned it on yet')).toContain('not-nat.rst-off');
    expect(fired('resolved the time weight spike was a monitoring script opening connections in a loop')).toContain('not-pe.script-loop');
    expect(fired('the provisioning server pushed a wrong config with the outbound proxy set to an internal IP, phones unregistered')).toContain('not-nat.device-reset');
    expect(fired('the carrier\'s stateful firewall drops it (their pcap shows nothing arrives)')).not.toContain('not-fw.capture-passes');
    expect(fired('we captured with tcpdump and the RST passes the firewall fine')).toContain('not-fw.capture-passes');
    expect(fired('I changed sshd to port 2222 last evening but dropbear is already on 2222, so sshd fails to bind')).toContain('not-pe.named-port');
    expect(fired('Nagios OK: TCP TIME_WAIT on vos-dxb-1 is 233 (warn 15000, crit 30000)')).toContain('guard.resolved');
    expect(fired('the 3rd floor phones lost DHCP and unregistered. Reverted at 01:15, all back.')).toContain('guard.resolved');
    expect(fired('the 3rd floor phones lost DHCP and unregistered')).toContain('not-nat.network-down');
    expect(fired('address already in use when calls are high, after 8 pm no new call to the TCP carrier. before 8 pm everything ok.')).not.toContain('ask.all-fine');
    expect(fired('RST mode has been on for six months and the firewall passes everything, calls fail only because the carrier is down')).toContain('not-fw.rst-passes');
    expect(fired('fixed the script, no need for kernel tuning')).toContain('guard.fix-worked');
    expect(fired('no tenemos errores de cannot bind, solo queremos saber si el modo RST ayuda')).toContain('not-pe.denied');
    expect(fired('is it possible that a stateful firewall drops the RST packets? we don\'t have a firewall in between')).toContain('not-fw.denied');
    expect(fired('max TIME_WAIT per server last 24h: sw01 1,104 / sw02 987. All far below the 20,000 limit.')).toContain('ask.all-fine');
    expect(fired('TIME_WAIT is WARNING: 1203 sockets (warn 1000). Raised the check to 15000, it\'s nothing.')).toContain('ask.all-fine');
    expect(fired('TIME_WAIT is CRITICAL. Comment: stale value, the check points at the decommissioned box.')).toContain('ask.all-fine');
    expect(fired('extension 207 unregistered, the display says network cable unplugged. ok it was unplugged')).toContain('not-nat.network-down');
    expect(fired('connect to address 10.20.1.15 and port 443: Connection refused. nginx: bind() to 0.0.0.0:443 failed (98: Address already in use)')).not.toContain('pe.load-named');
  });

  it('read the twenty-ninth round: group threads and call-centre managers; a password ruled out, UDP phones left alone, a renumbered office network', () => {
    expect(fired('[11:40] Noman: pehle laga password ka masla hai, lekin sab 35 phones ek saath unregistered hue')).not.toContain('not-nat.credentials');
    expect(fired('Adil: password wala idea galat tha, sab TCP pe hain router NAT ke peeche')).not.toContain('not-nat.credentials');
    expect(fired('Budi: ganti password dulu? Eka: sudah coba, tidak ngaruh')).not.toContain('not-nat.credentials');
    expect(fired('the phones do not register since we changed the SIP password')).toContain('not-nat.credentials');
    expect(fired('shudhu TCP phone gula unregistered, ami bolechilam internet down, kintu net thik ache')).not.toContain('not-nat.network-down');
    expect(fired('Jio broadband down since morning, the phones will register when the line thik hole')).toContain('not-nat.network-down');
    expect(fired('Multan ke phones TCP pe NAT me unregistered. Lahore wale UDP pe hain, unko kuch nahi hua')).not.toContain('not-nat.udp-only');
    expect(fired('iptables -L: REJECT tcp dpt:22 reject-with tcp-reset')).not.toContain('fw.rst-blocked');
    expect(fired('the FortiGate drops the RST packets since RST mode went on')).toContain('fw.rst-blocked');
    expect(fired('o firewall não está descartando RST nenhum, pegamos tcpdump e os RST chegam')).toContain('not-fw.denied');
    expect(fired('TIME_WAIT caiu, nenhum telefone perdeu registro, nenhuma chamada falhou')).not.toContain('nat.unregistered');
    expect(fired('Les confirmo que no hemos visto "cannot bind" desde que se cambió el rango de puertos')).toContain('not-pe.denied');
    expect(fired('BindException: Address already in use ... port 9091. load zero hai abhi, ye peak ka issue nahi')).not.toContain('pe.load-named');
    expect(fired('address already in use on port 8080, the old Tomcat still runs. Agents can still dial, only the panel is dead')).toContain('not-pe.named-port');
    expect(fired('the phones are unregistered because our IT changed the office network from 192.168.1.x to 10.0.0.x')).toContain('not-nat.address-changed');
    expect(fired('bhai mera pichla msg "address already in use" wala ignore karo')).toContain('guard.ignore');
    expect(fired('firmware auto-upgrade semalam, config balik ke default, akun SIP kosong')).toContain('not-nat.device-reset');
    expect(fired('el script con python -m http.server 8000 falla: Address already in use en 8000')).toContain('not-pe.named-port');
  });

  it('read the thirtieth round: machine translations and Persian, Dari, Pashto and Urdu; RST only supposed or asked about, a load test, a weak wifi', () => {
    // RST switched on only in an if-clause of a question, or asked about before it is done
    expect(fired('would our TLS phones break if we turn on the RST mode? just curious')).toContain('not-nat.rst-supposed');
    expect(fired('if the RST is enabled will the firewall drop anything? we only ask')).toContain('not-fw.rst-supposed');
    expect(fired('if we enable RST the phones behind the router go unregistered within a minute, tried twice')).not.toContain('not-nat.rst-supposed');
    expect(fired('the vendor suggested us to enable SS_TCP_CLOSE_RESET, we have 40 phones behind NAT')).toContain('not-nat.rst-planned');
    expect(fired('RST is on since Monday, should we turn it off again?')).not.toContain('not-nat.rst-planned');
    expect(fired('ufw is inactive, should i enable it on the server')).not.toContain('not-fw.rst-planned');
    expect(fired('a theoretical question: what does RST mode change for the phones behind NAT')).toContain('ask.hypothetical');
    // RST off said object first, as a machine translation or Persian word order puts it
    expect(fired('the RST mode we never switched on, the phones dropped because the ISP changed the modem')).toContain('not-nat.rst-off');
    expect(fired('we did not open the SS_TCP_CLOSE_RESET, it is Off')).toContain('not-fw.rst-off');
    expect(fired('RST mode را در سرور فعال نکردیم')).toContain('not-nat.rst-off');
    expect(fired('da quando il reset RST è attivo i telefoni non registrano più')).not.toContain('not-nat.rst-off');
    // RST switched on, said as what closes the connections
    expect(fired('the switch closes the sessions with a reset now, not with FIN, and the home routers lose the phones')).toContain('rst.enabled-nat');
    // a load test is no load; a weak wifi is a network cause
    expect(fired('second freeswitch for the load test cannot listen on 5080, address in use')).not.toContain('pe.load-named');
    expect(fired('the agent at home has a very weak wifi signal and his softphone does not register')).toContain('not-nat.network-down');
    // a blocked address, a firewall left alone, a reason said not to be the firewall
    expect(fired('since yesterday our office IP by the datacenter blocked, no extension registers')).toContain('not-nat.address-blocked');
    expect(fired('calls fail because of the carrier outage, our firewall in nothing not changed')).toContain('not-fw.denied');
    // no error in the log; a night that is quiet or a time before that had no problem is no health statement
    expect(fired('since the changes last week no EADDRINUSE in the log, just for your information')).toContain('ask.all-fine');
    expect(fired('BindException in the log when traffic is high. at night when it is quiet no problem')).not.toContain('ask.all-fine');
    // the new password entered and it works: the password was the cause
    expect(fired('phones unregistered after the password change, the new password entered, fine now')).toContain('not-nat.credentials');
  });

  it('read the thirty-first round: Turkish and Azerbaijani as operators write them', () => {
    expect(fired('dünən axşam RST-ni yandırdıq, NAT arxasında olan TCP telefonlar qeydiyyatı itirir')).toContain('rst.enabled-nat');
    expect(fired('RST rejimi bizdə söndürülüb, NAT arxasında 200 telefon var')).toContain('not-nat.rst-off');
    expect(fired('sual: əgər RST-ni yandırsaq, NAT arxasındakı telefonlar düşə bilər?')).toContain('not-nat.rst-supposed');
    expect(fired('address already in use hatası artık yok, eski process kapatıldı')).toContain('guard.resolved');
    expect(fired('TIME_WAIT 30 bin, EADDRINUSE hatası artık her akşam')).not.toContain('guard.resolved');
    expect(fired('TIME_WAIT minlərlə deyil, 300-dür, səhv yazmışam')).toContain('not-pe.typo');
  });

  it('read the thirty-second round: Vietnamese, Indonesian and Malay as NOC engineers type them', () => {
    // their IP changed, the old IP said after it, the mobile data run out
    expect(fired('extension gak register, IP public mereka ganti dari ISP')).toContain('not-nat.address-changed');
    expect(fired('phone masih pakai IP lama jadi unregistered')).toContain('not-nat.address-changed');
    expect(fired('mất đăng ký vì modem 4G hết data')).toContain('not-nat.network-down');
    // RST switched on only in an if-clause said without its subject; still off ("vẫn Off"), turned off ("đã tắt", "off balik")
    expect(fired('nếu bật RST mode thì firewall có drop RST ko? đang cân nhắc thôi')).toContain('not-fw.rst-supposed');
    expect(fired('kalau kita on RST mode, phone belakang NAT hilang register? saja nak tahu')).toContain('not-nat.rst-supposed');
    expect(fired('kiểm tra thì RST mode vẫn Off, chưa ai bật')).toContain('not-fw.rst-off');
    expect(fired('đã tắt RST mode từ hôm thứ 3, firewall ko còn drop gì')).toContain('not-fw.rst-off');
    expect(fired('please turn off rst, our firewall drops it and calls fail')).not.toContain('not-fw.rst-off');
    expect(fired('tu khi bat RST mode firewall drop RST nen call fail. co nen tat RST ko a')).not.toContain('not-fw.rst-off');
    expect(fired('gak ada yg enable RST, config bersih')).toContain('not-nat.rst-off');
    // no traffic at all; no more EADDRINUSE; the RST gets through although calls drop
    expect(fired('bind on 10.20.1.5: Address already in use, chỉ có 1 process, ko có traffic gì')).not.toContain('pe.load-named');
    expect(fired('tidak ada EADDRINUSE lagi sejak tcp_tw_reuse=1')).toContain('ask.all-fine');
    expect(fired('kami test dengan hping3 dan RST passes, isu call drop dari carrier')).toContain('not-fw.rst-passes');
    // RST off said of the time before, when things were fine
    expect(fired('bila RST mode on firewall buang RST, masa RST off dulu semuanya normal')).not.toContain('not-fw.rst-off');
  });

  it('read the thirty-third round: helpdesk tickets and angry customers', () => {
    // the database is no outbound connection; an account renamed; a firmware bug; an update that wiped the profiles
    expect(fired('mysqld: Do you already have another mysqld server running on port: 3306 ? VOS cannot connect DB')).toContain('not-pe.named-port');
    expect(fired('reseller renamed the gateway account, the gateway still registers with the old name and shows unregistered')).toContain('not-nat.credentials');
    expect(fired('the phones losing registration are only the Fanvil X3 with firmware 2.4.x, known re-register bug')).toContain('not-nat.firmware-bug');
    expect(fired('Zoiper on 40 PCs stopped registering after a Windows update wiped the profiles')).toContain('not-nat.device-reset');
    // a conntrack table filled by a flood, not by what dropped RSTs leave open
    expect(fired('nf_conntrack: table full, dropping packet during a UDP flood to 5060')).toContain('not-fw.table-full-flood');
    expect(fired('the conntrack table of the firewall fills up since the VOS closes with RST')).not.toContain('not-fw.table-full-flood');
    // what the first message said, taken back; a restart that helps is no problem over
    expect(fired('we wrote "EADDRINUSE at peak" in the first message but it was wrong, the real error is ECONNREFUSED')).toContain('not-pe.retracted');
    expect(fired('after an hour of heavy traffic it stops connecting to the carrier. Restart and it works again')).not.toContain('guard.resolved');
    expect(fired('since the fix it works again, thanks')).toContain('guard.resolved');
    // moving a carrier to TCP is no UDP-only setup; TCP used because of big messages is no other cause
    expect(fired('after moving carrier X to SIP TCP (their UDP had fragmentation) VOS fails to open new TCP connections at 300 CPS')).not.toContain('not-pe.udp-only');
    expect(fired('phones behind routers go unregistered after the TCP close setting went to reset. We use TCP because of big SIP messages')).not.toContain('not-nat.other-cause');
    // "are you kidding me?" asks nothing; "not because of any problem" is said of a question
    expect(fired('Are you kidding me? All phones behind NAT unregistered since you enabled RST mode')).not.toContain('ask.question-word');
    expect(fired('can the 60 second TIME_WAIT be shortened? Not because of any problem, we have 500 sockets')).toContain('ask.all-fine');
  });

  it('read the thirty-fourth round: hosting engineers, Portuguese and Spanish, formal South Asian English', () => {
    // RST switched on in a diff, Off only in the rollback plan or on the old box: RST is on
    expect(fired('-SS_TCP_CLOSE_RESET=Off\n+SS_TCP_CLOSE_RESET=On, since then NATed TCP phones unregistered')).not.toContain('not-nat.rst-off');
    expect(fired('CHG enable RST close done last night, the rollback plan says set SS_TCP_CLOSE_RESET back to Off')).not.toContain('not-nat.rst-off');
    expect(fired('the new image bakes in SS_TCP_CLOSE_RESET=On, the old VOS with RST Off never had this')).not.toContain('not-nat.rst-off');
    expect(fired('SS_TCP_CLOSE_RESET is Off, phones behind NAT still unregistered')).toContain('not-nat.rst-off');
    // advised and done; the own change that was RST itself
    expect(fired('after your team advised us to enable SS_TCP_CLOSE_RESET, the NATed phones are unregistered')).not.toContain('not-nat.rst-planned');
    expect(fired('your team advised us to enable SS_TCP_CLOSE_RESET, should we?')).toContain('not-nat.rst-planned');
    expect(fired('is SS_TCP_CLOSE_RESET related? since we changed it to On, NATed phones show offline')).not.toContain('not-nat.own-change');
    expect(fired('since we changed the router, the phones show offline')).toContain('not-nat.own-change');
    // ports said not to run out, port exhaustion ruled out, the RST story denied, conntrack fine
    expect(fired('No, we are not out of ports. The cannot bind is our exporter on its metrics port')).toContain('not-pe.denied');
    expect(fired('the ephemeral port range is not exhausted, about 31k free')).toContain('not-pe.denied');
    expect(fired('already ruled out port exhaustion, the cannot assign came from a test script')).toContain('not-pe.denied');
    expect(fired('no era falta de puertos, era la IP de bind')).toContain('not-pe.denied');
    expect(fired('we ran out of ports at peak')).not.toContain('not-pe.denied');
    expect(fired('conntrack entries are cleaned up within seconds, so it is not the stuck-RST story')).toContain('not-fw.rst-harmless');
    expect(fired('el conntrack esta bien, nada raro')).toContain('not-fw.firewall-fine');
    expect(fired('the firewall is fine but drops the RST from the VOS')).not.toContain('not-fw.firewall-fine');
    expect(fired('calls not passing the firewall are fine, the ones through it hang')).not.toContain('not-fw.firewall-fine');
    // calls that never end behind a firewall; the firewall only named as where the calls go
    expect(fired('since RST On the calls through the FortiGate do not end, they stay in the current calls list')).toContain('fw.half-open');
    expect(fired('as chamadas do outro lado da FortiGate não caem quando alguém desliga')).not.toContain('not-fw.denied');
    expect(fired('the FortiGate does not drop anything')).toContain('not-fw.denied');
    // one UDP port taken; a firmware reset; set to expire; the router unplugged; no public IP
    expect(fired('the trap daemon wants UDP 162 and fails with address already in use')).toContain('not-pe.named-port');
    expect(fired('after a firmware reset the gateway lost its account config and is unregistered')).toContain('not-nat.device-reset');
    expect(fired('the account was set to expire on the validity date and shows unregistered')).toContain('not-nat.account-expired');
    expect(fired('o segurança desligou o router da loja e o gateway perdeu o registo')).toContain('not-nat.network-down');
    expect(fired('the instance had no public IP for 25 minutes and the phones were unregistered')).toContain('not-nat.network-down');
    // Spanish and Portuguese: closing with RST, calls that do not hang up, connections that cannot open, "error 99"
    expect(fired('desde q el switch cierra las tcp con reset los telefonos no registran')).toContain('rst.enabled-nat');
    expect(fired('no puede abrir mas conexiones a la hora pico')).toContain('pe.tcp-fails-under-load');
    expect(fired('uns 300 sockets abertos no pico. Ele tem razão, não tem?')).not.toContain('pe.tcp-fails-under-load');
    expect(fired('el server deja de abrir tcp con 280 cps, errores 99 en el log')).toContain('pe.cannot-assign');
    // "off peak normal" is no question; "what do we tune?" and "disable RST or fix the rules?" ask how to fix a fault
    expect(fired('Address already in use on outgoing SIP/TCP at 21:00. Off-peak normal.')).not.toContain('ask.question');
    expect(fired('is the TIME_WAIT count normal?')).toContain('ask.question');
    expect(fired('30k TIME_WAIT every evening and failures towards the carriers. What do we tune?')).not.toContain('ask.question-mark');
    expect(fired('since RST On the pfSense log shows blocked TCP:R. Disable RST or fix the pfSense rules?')).not.toContain('ask.question-mark');
  });

  it('read the thirty-fifth round: plain English, Taglish and Thai, Arabizi, follow-ups', () => {
    // someone else's server; an old switch; the new one fine
    expect(fired("a friend's server (not ours) has calls dropping after he enabled RST mode. is that common?")).toContain('ask.not-ours');
    expect(fired("it's not our server, it's the VOS of the carrier we route to that has thousands of TIME_WAIT")).toContain('ask.someone-elses');
    expect(fired("our partner's VOS had RST turned on yesterday; today their NATed TCP softphones are unregistered")).not.toContain('ask.not-ours');
    expect(fired('the old switch had the NAT issue with RST on, the new one is fine')).toContain('ask.all-fine');
    // a load balancer is no load; registration expiring is the symptom, an expired account is not
    expect(fired('we put opensips on the vos server for load balancing and now vos cannot bind 5060')).not.toContain('pe.load-named');
    expect(fired('Registration for users behind NAT keeps expiring since we turned on TCP RST close')).not.toContain('not-nat.account-expired');
    expect(fired('the trunks dropped their registration and the account expired at the end of the month')).toContain('not-nat.account-expired');
    expect(fired('the expiry date on the softphone accounts was set to 31 Dec and they stopped registering')).toContain('not-nat.account-expired');
    // back to normal after a time of day is the daily recovery, not a fix
    expect(fired('every evening calls fail, TIME_WAIT 31244. after 10pm it goes back to normal')).not.toContain('guard.resolved');
    expect(fired('we applied the tuning and everything came back to normal')).toContain('guard.resolved');
    expect(fired('40k TIME_WAIT in the busy hours, after the peak everything fine')).not.toContain('ask.all-fine');
    // the password said not to have changed; a correction that gives a figure
    expect(fired("no, password didn't change. the only change was SS_TCP_CLOSE_RESET On, phones behind NAT unregistered")).not.toContain('not-nat.credentials');
    expect(fired("correction to my last message: it's not 3,000 TIME_WAIT, it's 30,000")).not.toContain('not-pe.retracted');
    expect(fired('correction to my last message, ignore the bind error, it was the test box')).toContain('not-pe.retracted');
    // a training document; an update that reset the network profile; registration flapping
    expect(fired("what if a customer's firewall dropped RST, would we see it? just asking for the training doc")).toContain('ask.example');
    expect(fired('softphones unregistered after a windows update reset the network profile')).toContain('not-nat.device-reset');
    expect(fired('since RST on, the remote agents behind NAT on sip tcp keep flapping their registration')).toContain('nat.unregistered');
    // Arabizi and Thai: RST said off or never on, nobody touched it, UDP only, not because of the ports
    expect(fired('el client bi2ul en el phones unregistered bas el RST lessa Off fel conf')).toContain('not-nat.rst-off');
    expect(fired('3andena nafs el setup bas 3omrena ma fa33alnah, el RST')).toContain('not-nat.rst-off');
    expect(fired('e7na shaghalin UDP, ma fi TCP, w ma 7ada lamas el server')).toContain('not-nat.udp-only');
    expect(fired('el calls fel peak bet-fail bas msh bsabab el ports')).toContain('not-pe.denied');
    expect(fired('rao pid RST mode pai tang tae athit thi laew')).toContain('not-nat.rst-off');
    // asked how to fix: "wesh ndirou?", "what is the solution?", revert to Off
    expect(fired('wesh ndirou? el CPS yetla3 l 400 w les ports kamlin f TIME_WAIT')).not.toContain('ask.question-mark');
    expect(fired('RST on, the NATed agents keep flapping their registration. pwede bang ibalik sa Off?')).not.toContain('ask.question-mark');
  });

  it('read the thirty-sixth round: recognised screenshots, Chinese English, long messages, Russian', () => {
    // a local port with its number; the SIP helper of conntrack; solved already or years ago
    expect(fired('zoiper says could not bind to local port 5060, microsip also wants 5060')).toContain('not-pe.named-port');
    expect(fired('nf_conntrack_sip is loaded, should we unload the helper modules?')).not.toContain('fw.conntrack-invalid');
    expect(fired('pls send an RCA for the port exhaustion incident in March (already resolved)')).toContain('guard.resolved');
    // a suspicion taken back, unless what turned out is a playbook's cause
    expect(fired('we thought the firewall was dropping RST but it turned out the carrier was down')).toContain('not-fw.retracted');
    expect(fired('we thought it was the carrier but it turned out the firewall drops RST')).not.toContain('not-fw.retracted');
    // works again when the traffic goes down: a recovery, not a fix; nothing is broken is no fault
    expect(fired('at 150 cps new connections stop. when traffic goes down it works again')).not.toContain('guard.resolved');
    expect(fired('what is TIME_WAIT exactly? Nothing is broken, she is learning.')).toContain('ask.question');
    // phones without NAT fine, UDP customers not complaining: the contrast
    expect(fired('after enabling reset close the phones behind the tp-link go unregistered, local phones without NAT are fine')).not.toContain('not-nat.denied');
    expect(fired('since RST on, phones behind MikroTik unregistered over TCP. Customers on UDP do not complain')).not.toContain('not-nat.udp-only');
    // an office closed on a day of the schedule, a new carrier, holiday traffic, the time before the change
    expect(fired('our office is closed Friday as always. since RST mode on, phones behind MikroTik show unregistered')).not.toContain('not-nat.site-closed');
    expect(fired('the shop closed last month, nobody is there')).toContain('not-nat.site-closed');
    expect(fired('Before the change everything worked')).not.toContain('guard.fix-worked');
    expect(fired('the change worked, thanks')).toContain('guard.fix-worked');
    expect(fired('Before Tuesday no complaints')).not.toContain('guard.resolved');
    // someone else's, read on a forum; a training document or past incident as an example
    expect(fired('a competitor switch had NAT phones drop after enable reset, we read on a forum')).toContain('ask.not-ours');
    expect(fired('training doc question: in a past incident the firewall dropped RST after reset mode on')).toContain('ask.example');
    // RST not used, never been on, off only on a test box, switched off by us (object first)
    expect(fired('we do not use RST and our firewall is simple')).toContain('not-fw.rst-off');
    expect(fired('I checked, RST mode has never been on in our VOS')).toContain('not-fw.rst-off');
    expect(fired('calls fail since RST on; we disabled RST on the test box and they pass')).not.toContain('not-fw.rst-off');
    expect(fired('RST mode мы выключили ещё в понедельник, всё стабильно')).toContain('not-nat.rst-off');
    // the provider blocks VoIP; from wifi to 4G; a firewall allowing RST already
    expect(fired('registrations drop for all customers of one provider, the provider blocks VoIP')).toContain('not-nat.network-down');
    expect(fired('zoiper loses registration when switching from wifi to 4G')).toContain('not-nat.network-down');
    expect(fired('our firewall allow RST already, calls fail because the carrier route is down')).toContain('not-fw.rst-passes');
    expect(fired('should we allow RST on the FortiGate?')).not.toContain('not-fw.rst-passes');
    // asked how to fix it: what to do, keep RST and fix the firewall, firewall or RST
    expect(fired('calls through the firewall fail since RST on. what to do?')).not.toContain('ask.question-mark');
    expect(fired('since RST, calls via the stateful firewall fail. Can we keep RST and fix the firewall?')).not.toContain('ask.question-mark');
    expect(fired('calls hang after enabling RST, the conntrack firewall drops RST as INVALID. change the firewall or RST?')).not.toContain('ask.question-mark');
    // RST went on; enabled on for RST; phones showing No Service
    expect(fired('REGISTER retries from the NATed phones, status keeps flapping since RST went on')).toContain('rst.enabled-nat');
    expect(fired('phones behind NAT show no service')).toContain('nat.unregistered');
  });

  it('read the thirty-seventh round: Banglish, Roman Urdu and Hinglish, African English and Pidgin, Brazilian Portuguese', () => {
    // "como resolve?" asks how to solve it; "RST wali setting on", "rst pra on"
    expect(fired('sip tcp atras de nat + SS_TCP_CLOSE_RESET=On = ramal unregistered. como resolve?')).not.toContain('not-nat.address-changed');
    expect(fired('RST wali setting on hui aur tab se ATA register hi nahi rehte')).toContain('rst.enabled-nat');
    expect(fired('RST wali setting on hui aur tab se ATA register hi nahi rehte')).toContain('nat.unregistered');
    // UDP as the fix to move to, or where it never happened; "because they then show unregistered" is the symptom
    expect(fired('NATed softphones register nahi rehte since RST on. UDP pe shift karein?')).not.toContain('not-nat.udp-only');
    expect(fired('ab NAT ke peeche wale Zoiper users ko calls nahi aati kyunki woh unregistered ho jate hain')).not.toContain('not-nat.other-cause');
    expect(fired('the phones are unregistered because the account was suspended')).toContain('not-nat.other-cause');
    // someone else's: another reseller's VOS, not our server, a competitor's, a friend's company
    expect(fired('ek doosre reseller ka VOS hai jis pe TIME_WAIT 40k hai, woh hamara server nahi hai')).toContain('ask.someone-elses');
    expect(fired('o servidor do meu concorrente ta com address already in use no pico')).toContain('ask.someone-elses');
    expect(fired('amar bondhur company te firewall RST drop kore call kete jay, amader e na')).toContain('ask.not-ours');
    // a claim the logs do not bear out; forget yesterday's message; fixed said as done
    expect(fired('o cliente jura que é o firewall derrubando rst mas os logs mostram falta de saldo')).toContain('not-fw.retracted');
    expect(fired("Abeg forget yesterday's message, the cannot assign was my test script")).toContain('not-pe.retracted');
    expect(fired('una fixed it with tcp_tw_reuse last year. Today all good')).toContain('guard.resolved');
    expect(fired('address already in use problem hoisilo, tw_reuse on kore fix hoye gese')).toContain('guard.resolved');
    // nobody touched RST (Portuguese); no question of the firewall dropping RST (Hindi); RST off asked for, not done
    expect(fired('ninguem mexeu no RST, as chamadas continuam normais')).toContain('not-fw.rst-off');
    expect(fired('firewall me RST drop hone ka sawal hi nahi, calls 503 pe fail ho rahi hain')).toContain('not-fw.denied');
    expect(fired('iptables conntrack RST ke INVALID mark kore drop korche. RST off kore dibo?')).not.toContain('not-fw.rst-off');
    // a conntrack table full, or its maximum raised, is no INVALID drop; "rst como invalidos" is
    expect(fired('dmesg me "nf_conntrack: table full, dropping packet", nf_conntrack_max badha diya')).not.toContain('fw.conntrack-invalid');
    expect(fired('o log do firewall mostra os rst como invalidos')).toContain('fw.conntrack-invalid');
    // only theory, for training, writing documentation, hypothetically; no problem at low load is no all-fine
    expect(fired('sawal sirf theory ka hai: cannot assign requested address kyun aata hai?')).toContain('ask.example');
    expect(fired('pichle saal hua tha, abhi koi issue nahi, bas documentation likh raha hun')).toContain('ask.example');
    expect(fired('500 CPS e BindException ashe, kom load e kono problem nai')).not.toContain('ask.all-fine');
    expect(fired('RST on kiya tha lekin koi problem nahi aayi, bas update de raha hun')).toContain('ask.all-fine');
    // the ports ran out (Portuguese order), without a local port; a kernel tuning asked for; normal below that
    expect(fired('o vos nao consegue conectar novos tcp. parece que acabaram as portas')).toContain('pe.ports-exhausted');
    expect(fired('o vos fica sem porta local pra abrir tcp. tem algum ajuste de kernel pra isso?')).not.toContain('ask.question-mark');
    expect(fired('EADDRINUSE sempre que passa de 120 chamadas por segundo. abaixo disso normal')).not.toContain('ask.question');
    expect(fired('os com IP publico estao normais, os de NAT sem registro')).not.toContain('ask.question');
    // the network switch burnt; our monitoring script; the web interface; it only happens at high CPS
    expect(fired('all the phones on one floor unregistered, the network switch for that floor burnt in the storm')).toContain('not-nat.network-down');
    expect(fired('"cannot assign requested address" wala error hamari monitoring script ka tha')).toContain('not-pe.own-script');
    expect(fired('o servico da interface web fica caindo falando bind failed na porta dele')).toContain('not-pe.listening-service');
    expect(fired('wetin dey cause "bind: address already in use" for outgoing? E only happen when we push plenty calls per second')).not.toContain('ask.question-mark');
  });

  it('read the thirty-eighth round: short messages, English as a second language, Persian in Latin letters, Spanish', () => {
    // an old incident, fine since the tuning, fixed then, the rule fixed, the note archived
    expect(fired('need doc for old 2022 incident, port exhaustion, fixed then')).toContain('ask.example');
    expect(fired('last yr fw dropped rst, we fixed rule, fine since')).toContain('guard.resolved');
    expect(fired('no cuelgan bien desde el cambio de modo de cierre, el fortigate bloquea')).not.toContain('guard.resolved');
    expect(fired('new server no RST mode, no issue. just archive the note')).toContain('guard.for-the-record');
    // one port of the web manage service; the provider's new domain; the account expired a few words on
    expect(fired('the web manage service says bind port failed, address already in use. only that one port')).toContain('not-pe.listening-service');
    expect(fired('our provider changed their SIP server domain, our trunk still points to the old one')).toContain('not-nat.address-changed');
    expect(fired('the account for the branch in Lagos expired on the 1st')).toContain('not-nat.account-expired');
    // normal hours are no question; phones without NAT with no problem are the contrast; 169.254 is no DHCP
    expect(fired('server stops making new tcp connections at high calls per second. normal hours ok')).not.toContain('ask.question');
    expect(fired('registration drops since RST enabled. on office wifi without NAT no problem')).not.toContain('not-nat.denied');
    expect(fired('the Yealinks lost registration after the VLAN change, they have IP 169.254.x.x')).toContain('not-nat.network-down');
    // Spanish: "está todo fino" is no question word; a friend's VOS, not our server; an exam; a false alarm; never ran out
    expect(fired('está todo fino, solo que el de seguridad pregunta por los TIME_WAIT')).not.toContain('ask.question-word');
    expect(fired('un amigo tiene un VOS con miles de TIME_WAIT, no es nuestro server')).toContain('ask.someone-elses');
    expect(fired('en el curso nos pusieron un caso de firewall que dropea los RST. Es para el examen')).toContain('ask.example');
    expect(fired('falsa alarma con los TIME_WAIT, era el servidor de monitorización')).toContain('not-pe.retracted');
    expect(fired('el técnico escribió "activar RST si se agotan los puertos", pero nunca se agotaron')).toContain('not-pe.denied');
    expect(fired('desde el cambio del RST los Yealink detrás del MikroTik no registran')).toContain('rst.enabled-nat');
    expect(fired('tío, desde el cambio SS_TCP_CLOSE_RESET Off→On los equipos detrás de NAT no registran')).not.toContain('not-nat.rst-off');
    // Persian: the router off and the power cut, RST not on, RST not dropped, a report on that incident, learning
    expect(fired('bargh ghat shod, router khamoosh shod va phone ha unregistered shodan')).toContain('not-nat.network-down');
    expect(fired('phone ha unregistered vali RST roshan nist')).toContain('not-nat.rst-off');
    expect(fired('firewall e ma RST ro drop nemikone, check kardim')).toContain('not-fw.denied');
    expect(fired('faghat report e oon incident ro baraye modir mikham')).toContain('ask.example');
    expect(fired('az dirooz ke close reset ro On gozashtid hame unreg shodan. kasi chiz e dige avaz nakarde')).toContain('rst.enabled-nat');
    expect(fired('port haye local tamoom mishe? dar peak')).toContain('pe.ports-exhausted');
    // thousands in TIME_WAIT said without a figure; registration bindings removed
    expect(fired('почему VOS не может установить новые TCP соединения, тысячи TIME_WAIT')).toContain('pe.timewait-thousands');
    expect(fired('REGISTER 1023 tcp connection reset, binding removed')).toContain('nat.unregistered');
  });

  it('read the thirty-ninth round: Nepali and Sinhala in Latin letters, NOC escalations, Indonesian, French typed fast', () => {
    // Indonesian and Javanese: fixed already, never switched on, we do not use TCP, an exam, a load test that is over
    expect(fired('masalah TIME_WAIT bulan lalu udah beres, makasih mas')).toContain('guard.resolved');
    expect(fired('phone di belakang NAT aman, RST belum pernah dinyalain di server kita')).toContain('not-nat.rst-off');
    expect(fired('IP phone kantor pake UDP semua, kita gak pake TCP sama sekali')).toContain('not-nat.udp-only');
    expect(fired('ini buat ujian: firewall conntrack drop RST, call gagal, jawabannya apa?')).toContain('ask.example');
    expect(fired('TIME_WAIT sempet 18rb pas load test sipp, test nya udah selesai')).toContain('not-pe.test-load');
    expect(fired('load test 200 CPS di server production, EADDRINUSE mulai keluar')).not.toContain('not-pe.test-load');
    // "UDP not stable" is no statement that UDP is fine: the UDP-only setup still rules the playbook out
    expect(fired('extension yg pake UDP gak stabil registernya sejak router diganti')).toContain('not-nat.udp-only');
    // the phones say "No Service", REGISTER failed, registration often lost, phones through the router
    expect(fired('sejak RST diaktifin, semua IP phone lewat router MikroTik pada "No Service"')).toContain('nat.unregistered');
    expect(fired('log softphone: REGISTER failed, TCP closed by peer')).toContain('nat.unregistered');
    expect(fired('registrasi softphone NAT sering ilang sejak RST')).toContain('nat.unregistered');
    expect(fired('semenjak RST diaktifin, phone yg lewat router TP-Link offline')).toContain('nat.behind-nat');
    // French: only UDP accepted, never enabled, the cable not plugged in, the router switched off, an exercise for trainees
    expect(fired("notre serveur accepte que l'UDP, les postes en TLS restent en register failed")).toContain('not-nat.udp-only');
    expect(fired("on a jamais activé le RST, les appels passent bien")).toContain('not-fw.rst-off');
    expect(fired('les postes du client sont unregistered, le câble réseau est pas branché')).toContain('not-nat.network-down');
    expect(fired('les tél du site de Kaolack unregistered, leur routeur est éteint')).toContain('not-nat.network-down');
    expect(fired('exercice pour les stagiaires: 30000 TIME_WAIT et EADDRINUSE, quel playbook?')).toContain('ask.example');
    // French: the SIP port or the DHCP server changed, RST put back on Off, resolved, a past year and fine today
    expect(fired('on a changé le port SIP de 5060 à 5070 et tt les tél sont unregistered')).toContain('not-nat.address-changed');
    expect(fired('le client a changé son routeur DHCP et les postes sont unregistered')).toContain('not-nat.address-changed');
    expect(fired('les postes derrière NAT marchent, le RST reste sur Off')).toContain('not-nat.rst-off');
    expect(fired('le souci des RST bloqués par le pfSense: résolu')).toContain('guard.resolved');
    expect(fired("le pfSense jetait des RST mais c'était en 2021, aujourd'hui tt va bien")).toContain('guard.resolved');
    expect(fired("address already in use à la pointe seulement, la nuit zéro erreur")).not.toContain('ask.healthy');
    expect(fired("mon ancien employeur avait des milliers de TIME_WAIT sur son VOS")).toContain('ask.someone-elses');
    // Nepali: "thik hola" (will be fine) is no network cleared; not our server; a friend's; not switched on; only a plan; fixed
    expect(fired('office ko internet down cha, internet aayepachi thik hola, phone unregistered')).toContain('not-nat.network-down');
    expect(fired('yo hamro server haina, saathi ko server ma TIME_WAIT dherai cha')).toContain('ask.someone-elses');
    expect(fired('dai MikroTik pachhadi ko phone thik cha, RST on gareko chaina')).toContain('not-nat.rst-off');
    expect(fired('RST on garyo bhane ke farak parcha? plan matra ho')).toContain('ask.hypothetical');
    expect(fired('hijo ko TIME_WAIT problem fix bhayo, dhanyabad')).toContain('guard.resolved');
    // Sinhala: the router keeps restarting; cannot register; "RST off kaloth" (if we turn it off) is no RST off
    expect(fired('phone unregistered, eyage router restart wenawa hama welema')).toContain('not-nat.network-down');
    expect(fired('RST on kala passe NAT pitupasse users la register wenne nehe')).toContain('nat.unregistered');
    expect(fired('RST on kala passe TCP phones registration nathi wenawa, RST off kaloth hari wenawada?')).not.toContain('not-nat.rst-off');
    // one named port with no traffic, or with the outbound SIP fine, is one listening port
    expect(fired('java api "BindException: Address already in use" port 9091, traffic nehe, aluth server')).toContain('not-pe.named-port');
    expect(fired('mysqld cannot bind port: 3307, address already in use. outbound SIP fine')).toContain('not-pe.named-port');
    // NOC English: the cable not reconnected, the old office IP, an RCA of an old incident, a sister company's server
    expect(fired("the gateway is offline, its ethernet cable wasn't reconnected after the rack move")).toContain('not-nat.network-down');
    expect(fired("can't register: the allowed-IP is still the old office IP")).toContain('not-nat.address-changed');
    expect(fired('they want an RCA for last year\'s incident with "address already in use"')).toContain('ask.example');
    expect(fired("this is the sister company's server: thousands of TIME_WAIT there")).toContain('ask.someone-elses');
    // close mode Off; phones without NAT fine are the contrast; RST off as one option to decide on is no RST off
    expect(fired('tcpdump shows no RST at all, close mode is Off')).toContain('not-fw.rst-off');
    expect(fired('branch phones behind NAT unregistered since RST On, HQ phones (no NAT) are fine')).not.toContain('not-nat.denied');
    expect(fired('firewall drops the RST as INVALID since RST On. Options: RST off again, or allow RST in the firewall')).not.toContain('not-fw.rst-off');
    expect(fired('TCP trunk calls fail since RST On, UDP trunks through the same firewall unaffected')).not.toContain('not-fw.udp-only');
    expect(fired('only ~1,500 local ports in use at peak, is the default range enough?')).toContain('not-pe.few-in-use');
    expect(fired('reset mode already On, TIME_WAIT gone, but phones behind NAT unregistered')).toContain('rst.enabled-nat');
  });

  it('read the fortieth round: Vietnamese without accents, Manglish, Polish, Romanian, Serbian, Croatian and Bulgarian, Patois and Haitian Creole', () => {
    // Vietnamese: a partner's server, not ours; a training question; "ko lien quan" (not related); fixed already; no longer happens
    expect(fired('server cua doi tac bi TIME_WAIT 35k, ko phai server ben e')).toContain('ask.someone-elses');
    expect(fired('cau hoi training: firewall drop RST thi sao a?')).toContain('ask.example');
    expect(fired('phone mat register sau khi doi IP, RST ko lien quan')).toContain('not-nat.rst-off');
    expect(fired('vu TIME_WAIT da xu ly tuan truoc roi a')).toContain('guard.resolved');
    expect(fired('loi bind o server cu hay bi, chuyen sang server moi roi ko con nua')).toContain('guard.resolved');
    // Vietnamese: peak hours and outgoing calls; lose the registration; phones through NAT; no more "address already in use" errors
    expect(fired('gio cao diem cuoc goi ra ko dc, log bao Cannot assign requested address')).toContain('pe.load-named');
    expect(fired('phone qua NAT mat dang ky lien tuc tu khi bat RST')).toContain('nat.unregistered');
    expect(fired('cam on a, het loi address already in use luc cao diem roi')).toContain('guard.resolved');
    // English: fixed after the tuning; no RST issue; "not password, not network" is no password problem; a registration that does not renew
    expect(fired('we had thousands of TIME_WAIT last year, fixed after tuning')).toContain('guard.resolved');
    expect(fired('calls fail since noon but our firewall no RST issue, the carrier SBC is down')).toContain('not-fw.rst-harmless');
    expect(fired('NAT phones unregistered since RST on. not password, not network, only TCP behind NAT')).not.toContain('not-nat.credentials');
    expect(fired('phones keep losing registration, wrong password on the new ones')).toContain('not-nat.credentials');
    expect(fired('softphones behind home NAT cannot stay registered since close reset on, reg expire and not renew')).not.toContain('not-nat.account-expired');
    // RST off then calls fine, after RST on then calls failing, is the test that proves it, not RST off now
    expect(fired('RST On, calls fail through the pfSense. RST Off, calls ok. want it Off for good')).not.toContain('not-fw.rst-off');
    expect(fired('RST is off, calls ok, just asking about TIME_WAIT')).toContain('not-fw.rst-off');
    // Bulgarian, Romanian, Serbian and Croatian: not touched, never enabled, reverted to Off, the calls work fine, thousands
    expect(fired('telefonite zad NAT sa unregistered sled smyanata na parolite, RST ne sme go pipali')).toContain('not-nat.rst-off');
    expect(fired('kod nas SS_TCP_CLOSE_RESET nikad nije bio uključen, mora biti nešto drugo')).toContain('not-fw.rst-off');
    expect(fired('SS_TCP_CLOSE_RESET e pe Off la noi, am verificat')).toContain('not-fw.rst-off');
    expect(fired('avem 250 conexiuni in TIME_WAIT, apelurile merg fără probleme')).toContain('ask.healthy');
    expect(fired('pri velikom prometu tisuće TIME_WAIT, izvan špice sve radi')).not.toContain('ask.healthy');
    // Polish and Romanian: registration lost, through the NAT, closing the connections with RST, the rst let through
    expect(fired('telefony za MikroTikiem tracą rejestrację od kiedy zamykanie połączeń na RST')).toContain('rst.enabled-nat');
    expect(fired('dupa ce am activat RST softphone-urile in spatele routerelor pierd inregistrarea')).toContain('nat.unregistered');
    expect(fired('credeam ca e din cauza RST, dar de fapt problema a fost un cablu defect')).toContain('not-fw.cause-elsewhere');
    // Haitian Creole and Patois: not registered behind the router, the power cut, SIP moved to another port, the SIP port of a partner's server
    expect(fired('depi nou aktive RST, telefòn yo dèyè routè a pa anrejistre')).toContain('nat.unregistered');
    expect(fired('kouran an te koupe, telefòn yo pa anrejistre')).toContain('not-nat.no-power');
    expect(fired('nou deplase SIP sou pò 5090, telefòn yo pa anrejistre')).toContain('not-nat.address-changed');
    expect(fired('se sèvè yon patnè ki gen 30 mil TIME_WAIT, pa sèvè pa nou')).toContain('ask.someone-elses');
    expect(fired('Since allyuh put on the RST thing, di phones behind di router eh registering')).toContain('rst.enabled-nat');
    expect(fired('softphone seh "cannot bind local port 5060", Zoiper an MicroSIP both open')).toContain('not-pe.named-port');
    expect(fired('di cleaner unplug it, phone unregistered, plug back now an it register')).toContain('not-nat.network-down');
    expect(fired('REGISTER get "423 Interval Too Brief" after we set expires 20, phones unregistered')).toContain('not-nat.expiry-refused');
    expect(fired('di "cannot assign requested address" issue was last year, just want a report fi di audit')).toContain('ask.example');
    expect(fired('yuh turn RST back off an now calls good, thanks')).toContain('not-fw.rst-off');
    expect(fired('Java app BindException on port 9090, doh think is load, two tings on one port')).toContain('not-pe.named-port');
  });

  it('read the forty-first round: Tamil and Telugu, Greek in Latin letters, sales staff relaying, Somali and Amharic', () => {
    // Tamil and Telugu: nothing broken now; read in a blog or a forum; another vendor's switch; postposed "illa", "ledu"
    expect.soft(fired('RST enable pannalama? NAT behind phones irukku, ippo edhuvum broken illa')).toContain('not-nat.rst-planned');
    expect.soft(fired('oru forum la TIME_WAIT 25k nu paathen, namma server la 300 dhaan')).toContain('ask.example');
    expect.soft(fired('following advice in a forum we enabled RST, since then calls through the pfSense fail')).not.toContain('ask.example');
    expect.soft(fired('vera vendor switch la "address already in use" varudhu')).toContain('ask.someone-elses');
    expect.soft(fired('NAT behind phones random ga unregistered aipotunnayi, SIP TCP')).not.toContain('not-nat.denied');
    // quiet hours, low traffic, off peak: the contrast beside the fault, not a health statement or a low count
    expect.soft(fired('EADDRINUSE at peak CPS 200, off-peak la no issue')).not.toContain('ask.healthy');
    expect.soft(fired('thousands of sockets in TIME_WAIT at high CPS, low traffic la normal')).not.toContain('not-pe.few-timewait-words');
    expect.soft(fired('"Address already in use" flood at peak on outgoing TCP')).not.toContain('guard.abuse');
    // Greek: no more seen since you enabled RST; their own switch, not ours; a power cut, not the RST; RST closed and all fine since
    expect.soft(fired('efxaristo, apo tote pou energopoiisate to RST den exoume ksanadei "Cannot assign requested address"')).toContain('guard.resolved');
    expect.soft(fired('o partner exei 25.000 TIME_WAIT sto diko tous switch, oxi ston diko mas')).toContain('ask.someone-elses');
    expect.soft(fired('ta tilefona itan unregistered, eixe diakopi reumatos. den einai to RST')).toContain('not-nat.no-power');
    expect.soft(fired('ta tilefona piso apo to NAT pesane meta tin allagi sto close reset, se TCP')).toContain('nat.behind-nat');
    expect.soft(fired('exoume poly TIME_WAIT kai oi klisseis stamatane. arkei na to megalwsoume?')).not.toContain('ask.question-mark');
    // Sales English: a second SIP server's port, a Wi-Fi phone, RST back Off on Friday, a competitor's customer, "not ports"
    expect.soft(fired('their second SIP server says "bind failed 5070 address already in use"')).toContain('not-pe.named-port');
    expect.soft(fired('ext 12 keeps going unregistered, the Wi-Fi phone loses Wi-Fi near the microwave')).toContain('not-nat.network-down');
    expect.soft(fired('after you switched RST back to Off on Friday the NAT phones registered again')).toContain('not-nat.rst-off');
    expect.soft(fired('a competitor\'s customer asked if they would get EADDRINUSE at peak with us')).toContain('ask.someone-elses');
    expect.soft(fired('the failures were the carrier limiting CPS, not ports, TIME_WAIT was normal')).toContain('not-pe.denied');
    expect.soft(fired('that was the old case with 40k TIME_WAIT, fixed back in 2023')).toContain('guard.resolved');
    expect.soft(fired('they think it\'s load shedding, but phones behind NAT lose registration since the close reset change')).not.toContain('not-nat.no-power');
    // Somali and Amharic: after RST, behind NAT, lost; not ours; a power outage; we never enabled it; thirty thousand
    expect.soft(fired('RST la shiday ka dib, phones-ka NAT ka dambeeya ayaa lumiya registration')).toContain('nat.behind-nat');
    expect.soft(fired('server-kooda (kama aha kayaga) ayaa leh kumanaan TIME_WAIT')).toContain('ask.someone-elses');
    expect.soft(fired("MikroTik-ka xafiiska ayaa koronto la'aan ahaa, phones-ku unregistered")).toContain('not-nat.no-power');
    expect.soft(fired('selam, RST be mnm gize alabranewm, phones unregistered')).toContain('not-nat.rst-off');
    expect.soft(fired('cannot create tcp socket to 198.51.100.20:5060 (Cannot assign requested address) at peak')).not.toContain('not-pe.listening-address');
  });

  it('read the forty-second round: Cebuano, Khmer, Lao and Burmese in Latin letters, casual internet English, Kurdish', () => {
    // Cebuano: verb prefixes before an English verb ("na-unregister" is no "not"), cannot, not ours, a hypothetical, the afternoon
    expect(fired('sukad gi-enable ang RST, na-unregister ang mga phones sa likod sa MikroTik, TCP man')).not.toContain('not-nat.denied');
    expect(fired('ang phones sa branch behind NAT dili na maka-register sukad gi-on ninyo ang RST')).toContain('nat.unregistered');
    expect(fired('dili amoa nga server, sa laing company, naa daw 30k TIME_WAIT')).toContain('ask.someone-elses');
    expect(fired('hypothetical lang: kung i-on namo ang SS_TCP_CLOSE_RESET, ma-unregister ba ang NAT phones?')).toContain('not-nat.rst-supposed');
    expect(fired('"Cannot assign requested address" sa peak pero walay problema sa hapon')).not.toContain('ask.healthy');
    // Khmer, Lao and Burmese: RST never enabled, the UDP phones fine beside the fault, not our server, thousands
    expect(fired('phone NAT min register te, tae RST yerng ot baek')).toContain('not-nat.rst-off');
    expect(fired('kroy baek RST, phone kroy MikroTik min register te, phone UDP ot ey te')).not.toContain('not-nat.udp-named');
    expect(fired('server partner, bo men server hao, TIME_WAIT 20 phan')).toContain('ask.someone-elses');
    // Casual English: a damaged cable, an exam scenario, notes for the wiki, a load test that was no real traffic, "can no longer register"
    expect(fired('ext 204 kept dropping reg, turns out the patch cable was damaged, swapped it')).toContain('not-nat.network-down');
    expect(fired('exam scenario: firewall drops rst and calls hang, what do you change? just studying')).toContain('ask.example');
    expect(fired('the mikrotik drops the RST since friday and calls hang, noting it for the wiki')).toContain('ask.example');
    expect(fired('TIME_WAIT hit 30k during the sipp load test, not real traffic')).toContain('not-pe.test-load');
    expect(fired('since the RST change the phones behind the router can no longer register')).toContain('nat.unregistered');
    expect(fired('RST fixed the ports but broke NAT phones, how to balance both?')).not.toContain('guard.billing');
    expect(fired('we let expire the TLS certificate, phones cannot register')).toContain('not-nat.tls-certificate');
    // Kurdish: no more X, before RST was off and fine, if we ever turn RST on, not ours
    expect(fired('spas! piştî RST êdî "cannot assign requested address" tune')).toContain('guard.resolved');
    expect(fired('RST on, telefonên li pişt MikroTik unregistered in. berê RST off bû û baş bû')).not.toContain('not-nat.rst-off');
    expect(fired('eger em rojekê RST on bikin, telefonên li pişt NAT unregistered dibin? tenê plan e')).toContain('not-nat.rst-supposed');
    expect(fired('server-a hevalekî min, ne ya me, 30000 TIME_WAIT heye')).toContain('ask.someone-elses');
  });

  it('read the forty-third round: South African English, Uzbek, Kazakh and Kyrgyz, machine translations, Czech, Slovak and Hungarian', () => {
    // South African English: load shedding is no load, a daemon on its own UDP port, "not the password", our own RST change
    expect(fired('postgres won\'t start after load shedding, bind on port 5432: address already in use')).toContain('not-pe.listening-service');
    expect(fired('ntpd cannot bind udp 123, address already in use, the vendor monitoring tool has it')).toContain('not-pe.listening-service');
    expect(fired('nee, it\'s not the password, the phones behind NAT drop since RST went on')).not.toContain('not-nat.credentials');
    expect(fired('phones behind NAT offline since we enabled reset mode on the switch')).not.toContain('not-nat.own-change');
    expect(fired('the bind error came from my test script on a wrong source IP, not ports running out')).toContain('not-pe.denied');
    expect(fired('the manager client cannot connect to the web portal port, the old tomcat still holds it, address already in use')).toContain('not-pe.listening-service');
    // Uzbek, Kazakh and Kyrgyz: errno 99, RST not let through, a password changed, online users falling, clients on public IPs normal
    expect(fired('peak da trunkka tcp ulanishlar xato, log errno 99 bilan tolib ketgan')).toContain('pe.eaddrinuse');
    expect(fired('keshe RST qosqannan keiin fortigate RST ti otkizbeidi, qonyraular uziledi')).toContain('fw.rst-blocked');
    expect(fired('parolni almashtirgandan keyin ofis telefonlari unregistered')).toContain('not-nat.credentials');
    expect(fired('online users dropped to half since RST on, all of them behind NAT')).toContain('nat.unregistered');
    expect(fired('after RST on the clients behind NAT cannot register, public IP clients normal')).not.toContain('ask.question');
    // Machine translations: the internet fallen, a validity date passed, RST not activated, "friend" said to us, a loose cable, the ASR fell
    expect(fired('the phones are in not registered state, the internet of the provider is fallen since the morning')).toContain('not-nat.network-down');
    expect(fired('the validity date of all accounts passed yesterday, phones unregistered')).toContain('not-nat.account-expired');
    expect(fired('please explain to the client why we do not activate the RST on his server')).toContain('not-nat.rst-off');
    expect(fired('friend, the softswitch stops opening new TCP connections in peak hour, thousands of TIME_WAIT')).not.toContain('ask.someone-elses');
    expect(fired('the phone is not register, the cable is not plugged well')).toContain('not-nat.network-down');
    expect(fired('ASR fell from 60 to 35 on the TCP trunks at peak, TIME_WAIT 30000')).not.toContain('guard.billing');
    expect(fired('tcp rst received for unknown connection dropped, since the RST change calls stop')).toContain('fw.rst-blocked');
    // Czech, Slovak and Hungarian: RST back to off, last year's incident, a competitor, no NAT and no firewall, all fine since the fix
    expect(fired('jen info: SS_TCP_CLOSE_RESET je zpet Off, hovory jedou')).toContain('not-fw.rst-off');
    expect(fired('a tavalyi incidens jegyzokonyvet keresem: pfSense RST invalid drop')).toContain('ask.example');
    expect(fired('egy konkurens szolgaltatonal a Fortigate dobja az RST csomagokat, nalunk ilyen nincs')).toContain('ask.someone-elses');
    expect(fired('320 cps nel nem megy uj tcp kapcsolat, NAT mogott nincs telefonunk, tuzfal sincs')).toContain('not-fw.denied');
    expect(fired('last week 25k TIME_WAIT and no new connections, since then we set RST and the port range, all fine')).toContain('guard.resolved');
  });

  it('read the forty-fourth round: Malagasy, Mauritian Creole and French, Mongolian, quoted messages, Swedish, Norwegian, Danish and Finnish', () => {
    // Malagasy, Mauritian Creole and French: the RST blocked ("ny" is "the"), phones behind NAT since RST, the SBC rejecting RST out of state
    expect(fired('tapaka ny antso hatramin ny nampandehananay ny RST, manakana ny RST ny Fortigate')).toContain('fw.rst-blocked');
    expect(fired('bann telefonn deryer NAT pa pe register depi RST inn enabled, lor TCP')).toContain('nat.behind-nat');
    expect(fired('leur SBC a rejected les RST hors session depuis le reset tcp, les appels tombent')).toContain('fw.rst-blocked');
    // Mongolian: since RST, NAT phones unregistered (a case ending after a hyphen read away), not our server, an address changed, a lab
    expect(fired('RST asaasnaas hoish NAT-tai utasnuud burtgelgui bolloo, TCP')).toContain('nat.unregistered');
    expect(fired('RST asaasnaas hoish NAT-tai utasnuud burtgelgui bolloo, TCP')).not.toContain('not-nat.other-cause');
    expect(fired('manai server bish, hamtragch companiin server deer TIME_WAIT 30 myanga')).toContain('ask.someone-elses');
    expect(fired('salbaryn ip ni uurchlugdud, utasnuud unregistered')).toContain('not-nat.address-changed');
    expect(fired('test vm deer jmeter eer port exhaustion simulate hiij bn')).toContain('not-pe.test-load');
    // Quoted and forwarded: an old ticket before a new fault, an old process on the port, iptables REJECT with tcp-reset, a router's
    // scheduled reboot, a voice VLAN dropped, a cable in the PC port, a firewall's drop counter at 0, nobody uses RST, a report, no 401
    expect(fired('> old ticket: low traffic, no issue\nthat changed since we added a 300 CPS carrier, EADDRINUSE at peak')).not.toContain('ask.example');
    expect(fired('address already in use when the portal starts, a zombie java still sitting on 8080')).toContain('not-pe.listening-service');
    expect(fired('for scanners on 5060, is REJECT --reject-with tcp-reset better than DROP on the firewall?')).not.toContain('fw.rst-near-drop');
    expect(fired('phones unregistered every night at 2, the router has a scheduled reboot at 2am')).toContain('not-nat.own-change');
    expect(fired('voice VLAN 20 got dropped from the trunk port, the phones are unregistered')).toContain('not-nat.network-down');
    expect(fired('phone unregistered, the cable is in the PC port')).toContain('not-nat.network-down');
    expect(fired('firewall drop counter 0 for RST, so the firewall is not the cause')).toContain('not-fw.denied');
    expect(fired('nobody here uses RST mode, the phones went unregistered in the storm')).toContain('not-nat.rst-off');
    expect(fired('writing a report on the 2022 incident: TIME_WAIT 40k, cannot assign requested address')).toContain('ask.example');
    expect(fired('colleague says password, but no 401 at all, the phones behind NAT drop since RST on')).not.toContain('not-nat.credentials');
    // Swedish, Norwegian, Danish and Finnish: lose the registration since RST, a power outage, a password changed, RST is off, those
    // without a firewall fine, RST turned on for TIME_WAIT, the failures and the campaign stopped, calls fine in Malagasy
    expect(fired('sedan vi aktiverade RST tappar telefonerna bakom NAT registreringen')).toContain('nat.behind-nat');
    expect(fired('strømsvigt hos kunden i nat, ingen telefoner registreret')).toContain('not-nat.no-power');
    expect(fired('kunden byttet passord i går, nå er telefonene unregistered')).toContain('not-nat.credentials');
    expect(fired('RST er av, ingen har endret noe, men telefonene er unregistered')).toContain('not-nat.rst-off');
    expect(fired('kundene uten firewall er fine, de med Fortigate mister samtaler etter RST, Fortigate viser drop paa RST')).not.toContain('not-fw.firewall-fine');
    expect(fired('vi skrudde pa RST i helgen pga TIME_WAIT, telefonene bak NAT faller ut')).not.toContain('not-nat.other-cause');
    expect(fired('400 cps, failar allt, TIME_WAIT 28k, stoppade kampanjen')).not.toContain('guard.resolved');
    expect(fired('TIME_WAIT 150 eo ho eo, mandeha tsara ny antso')).toContain('ask.healthy');
  });

  it('read the forty-fifth round: Portuguese and Kriolu, Georgian and Armenian, Spanglish, Albanian, Macedonian and Bosnian', () => {
    // Georgian and Armenian: case endings after a hyphen and postpositions read away ("NAT-is ukan", behind NAT; "RST-ic heto",
    // after RST), a registration that does not stay, calls that do not pass, the switch's own answers
    expect(fired('gushin RST chavrtet da dghes telefonebi NAT-is ukan ar registrirdebian, tcp')).toContain('nat.behind-nat');
    expect(fired('RST mode-ic heto heraxosnery mikrotik-i hetevum chen grancvum, sip tcp-ov')).toContain('rst.enabled-nat');
    expect(fired('RST-is shemdeg firewall-is session-ebi ESTABLISHED rcheba, zarebi ar gadis')).toContain('fw.half-open');
    expect(fired('dghes 250 cps-ze portebi amoiwureba, time_wait 40 atasi')).toContain('pe.timewait-count');
    // Albanian, Macedonian and Bosnian: the calls drop ("bien" is no Spanish "fine"), ports run out, a month ago and now after the
    // tuning, the old problem solved
    expect(fired('thirrjet bien ne orar pik, kemi mbi 25 mije TIME_WAIT')).toContain('pe.timewait-count');
    expect(fired('ostali smo bez portova, 30 hiljada konekcija u time_wait')).toContain('pe.ports-exhausted');
    expect(fired('problemot so address already in use e reshen so tcp_tw_reuse, sega samo zvukot ima odlozuvanje')).toContain('guard.resolved');
    // Portuguese and Kriolu: using up the ports, no longer able to open connections, the registration limit of an account
    expect(fired('a 350 cps estamos a gastar as portas todas, TIME_WAIT enorme')).toContain('pe.ports-exhausted');
    expect(fired('o vos deixou de conseguir abrir conexoes tcp novas as horas de pico, 400 cps')).toContain('pe.tcp-fails-under-load');
    expect(fired('limite de 10 registos por conta, o 11o telefone fica unregistered')).toContain('not-nat.account-expired');
    // Said in English too: refusing new connections under load, a modem that reboots every hour, RST enabled because of the
    // ports (no other cause), an old problem fine today, a rule still needed, a false alert, a case study, RST never enabled,
    // a 503 beside thousands of TIME_WAIT, phones not visible online, fine in the afternoon, phones unregistering
    expect(fired('at 300 cps the switch started refusing new tcp connections')).toContain('pe.tcp-fails-under-load');
    expect(fired('the modem reboots every hour and the phones go unregistered each time')).toContain('not-nat.own-change');
    expect(fired('we enabled reset mode because of the ports, now the phones behind nat are unregistered')).not.toContain('not-nat.other-cause');
    expect(fired('phones unregistered because of a power cut')).toContain('not-nat.other-cause');
    expect(fired('last year the fortigate dropped RST, today everything is fine, is the rule still needed?')).toContain('guard.resolved');
    expect(fired('the TIME_WAIT alert was false, the trigger threshold was 100')).toContain('ask.all-fine');
    expect(fired('case study for the course: 30k TIME_WAIT at 300 cps, what is the right answer?')).toContain('ask.example');
    expect(fired('the vendor blames the firewall dropping RST, but we do not even have RST enabled')).toContain('not-fw.rst-off');
    expect(fired('28000 TIME_WAIT and new calls get 503 at peak')).not.toContain('guard.sip-status');
    expect(fired('new calls get 503 from the carrier')).toContain('guard.sip-status');
    expect(fired('since RST the phones are not visible online behind the nat, what is happening?')).not.toContain('ask.question-mark');
    expect(fired('address already in use on the trunk at the morning peak, in the afternoon all normal')).not.toContain('ask.all-fine');
    expect(fired('the remote phones keep unregistering since the tcp change')).toContain('nat.unregistered');
    // Not read as one: a hyphenated English compound, "peer-to-peer"
    expect(fired('peer-to-peer trunk, time_wait 200, normal?')).toContain('ask.question-mark');
  });

  it('read the forty-sixth round: Russian and Ukrainian in Latin letters, Lithuanian, Latvian and Estonian, Hebrew, Kinyarwanda, Kirundi, Lingala and Wolof', () => {
    // Hebrew in its own script, its prefixes read away ("והטלפונים", and the phones), in its word order
    expect(fired('מאז שהפעלנו RST הטלפונים מאחורי NAT לא נרשמים, TCP')).toContain('nat.behind-nat');
    expect(fired('מאז שהפעלנו RST והטלפונים מאחורי הראוטר נופלים כל הזמן')).toContain('rst.enabled-nat');
    // Russian and Ukrainian in Latin letters: the phones behind NAT fell off, RST said off, the figure of now
    expect(fired('posle vklyucheniya RST vse telefony za NAT otvalilis, sip tcp')).toContain('nat.unregistered');
    expect(fired('SS_TCP_CLOSE_RESET v softswitch.conf u nas on off, vse rabotaet')).toContain('not-fw.rst-off');
    // Kinyarwanda and Lingala: since then, RST packets dropped; no internet
    expect(fired('kuva icyo gihe calls zinyura kuri FortiGate zirahagarara, RST packets zirimo gutabwa')).toContain('fw.rst-near-drop');
    expect(fired('telefone nyonso ezali unregistered, internet ezali te depuis lobi')).toContain('not-nat.network-down');
    // Said in English too: phones that dropped off, calls not connecting said as a fault, an office moved, no certificate, a
    // story, a procedure, an exercise, a time of day before "no problem", "without an outage", calls that stay active
    expect(fired('after rst everyone behind the nat dropped off, sip tcp')).toContain('nat.unregistered');
    expect(fired('at 300 cps the calls are not connecting, what do we check?')).not.toContain('ask.question-mark');
    expect(fired('our office moved yesterday, the phones are unregistered')).toContain('not-nat.address-changed');
    expect(fired('our branch moved to a new floor, same network, and since rst the phones behind nat drop')).not.toContain('not-nat.address-changed');
    expect(fired('the phones went to tls but the server has no certificate, all unregistered')).toContain('not-nat.account-expired');
    expect(fired('a story from last year: the fortigate ate every rst, calls got stuck')).toContain('ask.example');
    expect(fired('i am writing a procedure for the noc: what if we see 28k time_wait?')).toContain('ask.example');
    expect(fired('exercise for the shift: phones behind nat unregistered after rst, what is the answer?')).toContain('ask.example');
    expect(fired('the server opens no new tcp connections between 9 and 11 at 400 cps, at 23 no problem')).not.toContain('ask.healthy');
    expect(fired('gateway behind nat, unregistered since the tcp reset, two years without outage before')).not.toContain('not-nat.network-down');
    expect(fired('calls stay active on the pfsense after hang up since we enabled rst')).toContain('fw.half-open');
    // A figure at peak with no errors said is a question, not a fault; a fault at peak stays one
    expect(fired('time_wait 2100 at peak, no errors, so it is fine?')).toContain('ask.question-mark');
    expect(fired('calls fail at peak but no problem in the afternoon, what do we do?')).not.toContain('ask.question-mark');
  });

  it('read the forty-seventh round: Mandarin in Pinyin, Italian and Maltese, Tigrinya and Afaan Oromo, Punjabi', () => {
    // Mandarin in Pinyin: registration, the router and the firewall, joined or spaced, calls that do not end
    expect(fired('kai le RST yihou, luyouqi houmian de dianhua dou zhuce bu shang, sip tcp')).toContain('nat.unregistered');
    expect(fired('kai le RST yihou fanghuoqiang ba RST diuqi le')).toContain('fw.rst-blocked');
    expect(fired('hu jiao ka zhu, fanghuoqiang houmian, zicong kai le RST')).toContain('fw.half-open');
    // Italian and Maltese: the reset switched on, the firewall throwing the RST packets away
    expect(fired('dopo aver attivato il reset i telefoni dietro il nat non restano registrati')).toContain('rst.enabled-nat');
    expect(fired("wara li xeghilna RST, il-firewall qed jarmi l-pakketti RST u s-sejhiet jibqghu mwahhla")).toContain('fw.rst-blocked');
    // Afaan Oromo and Tigrinya (Latin letters and Ge'ez): RST not enabled, no problem now
    expect(fired('RST hin banne, bilbilli hundi LAN irratti, rakkoon hin jiru')).toContain('not-nat.rst-off');
    expect(fired('ሕጂ ጸገም የለን፡ ዓርከይ ጥራይ ሓቲቱ')).toContain('guard.resolved');
    // Punjabi in Latin letters: RST on, then the phones behind the router
    expect(fired('RST on karan ton baad router de pichhe wale phones unregistered ho gaye')).toContain('rst.enabled-nat');
    // Said in English too: an SBC is a stateful box in the path, calls stuck behind a firewall, a question asked in an
    // interview, another vendor's server, phones behind a home router named by its brand
    expect(fired('the sbc keeps the sessions open after hang up since we enabled rst')).toContain('fw.half-open');
    expect(fired('the sessions stay open after hang up since we enabled rst')).not.toContain('fw.half-open');
    expect(fired('the calls get stuck on the fortigate since rst')).toContain('fw.half-open');
    expect(fired('in the interview they asked what time_wait is')).toContain('ask.example');
    expect(fired('in the interview room the phones are unregistered since rst')).not.toContain('ask.example');
    expect(fired('another vendor da server has 40k time_wait, ours 300')).toContain('ask.someone-elses');
    expect(fired('since rst the phones behind a tp-link drop their registration')).toContain('nat.behind-nat');
    expect(fired('since rst the phones on the tp-link switch drop their registration')).not.toContain('nat.behind-nat');
    // A firewall logging packets "out of state" where the resets are named, unless it says they are not resets; a broken cable
    expect(fired('since the switch closes with rst instead of fin the fortigate log is full of out of state packets')).toContain('fw.out-of-state');
    expect(fired('the fortigate log has out of state packets, but those are acks to 443, not rst packets')).not.toContain('fw.out-of-state');
    expect(fired('the network cable of that phone was broken, so it is not registered')).toContain('not-nat.network-down');
    expect(fired('the cable guy came, and since rst the phones behind nat are not registered')).not.toContain('not-nat.network-down');
  });

  it('read the forty-eighth round: Catalan, Basque and Galician, Twi, Ewe, Bemba and Chichewa, Tok Pisin, Bislama, Fijian, Samoan and Tongan, Guarani, Quechua and Aymara', () => {
    // Basque and Galician: RST enabled, the phones behind the NAT not registering
    expect(fired('RSTa aktibatu genuenetik, NAT atzean dauden telefonoak ez dira erregistratzen')).toContain('rst.enabled-nat');
    expect(fired('dende que activamos o RST os telefonos detras do NAT non se rexistran')).toContain('nat.behind-nat');
    // Twi: all calls fine with a small figure is no fault
    expect(fired('Calls nyinaa kɔ yie, TIME_WAIT yɛ 200 pɛ')).toContain('ask.all-fine');
    // Bislama: RST put on, the phones behind NAT no longer register
    expect(fired('afta we mifala i putum RST i on, ol fon bihain long NAT i no register moa')).toContain('rst.enabled-nat');
    // Tongan: the figure taken back ("it was a mistake, it is 300")
    expect(fired("ko e TIME_WAIT 'e 30,000 na'a ku fakahā atu ko e fehalaaki ia, ko e 300 pe")).toContain('not-pe.typo');
    // A friend who said it, a few words on, is someone else's problem; a friend who did something and then said so is not
    expect(fired('my friend in Santo said his firewall drops RST, I just want to know what it means')).toContain('ask.not-ours');
    expect(fired('my friend restarted the firewall and said the calls fail since rst')).not.toContain('ask.not-ours');
  });

  it('read the forty-ninth round: Sindhi, Balochi and Saraiki, Assamese, Odia and Meitei, Setswana, Sesotho, Sepedi and Xitsonga, Dutch, Papiamento and Sranan Tongo', () => {
    // Sindhi: the phones behind the router unregistered after RST on; Dutch: the calls drop since RST went on
    expect(fired('sain RST on karan khan poi router pathiyan phones unregistered thi wya')).toContain('nat.behind-nat');
    expect(fired('sinds we RST aan hebben gezet vallen de gesprekken weg, de firewall laat de reset niet door')).toContain('rst.enabled-fw');
    // The registrar itself out of order, or a handset left off the MAC allow list: another cause
    expect(fired('the registrar disk is full and mysql is down, every extension shows unregistered')).toContain('not-nat.registrar-down');
    expect(fired('mysql is fine, disk at 40 percent, phones behind nat unregistered since rst on')).not.toContain('not-nat.registrar-down');
    expect(fired("the new handset's MAC is missing from the allow list on the SBC, so it stays unregistered")).toContain('not-nat.mac-allow-list');
    expect(fired('we added the office IP to the whitelist on the firewall')).not.toContain('not-nat.mac-allow-list');
    // A route cut by the carrier, VoIP ports blocked by the ISP: the network, not NAT
    expect(fired('the upstream carrier cut the route to our registrar last night and the trunk went unregistered')).toContain('not-nat.network-down');
    expect(fired('looks like the ISP VoIP ports are blocked at that branch, phones not registering')).toContain('not-nat.network-down');
    // RST only read about, or not to be touched: the RST playbooks' cause is not there
    expect(fired('we are reading up on turning RST on, nothing changed so far, phones register fine')).toContain('not-nat.rst-planned');
    expect(fired('please do not touch the SS_TCP_CLOSE_RESET parameter, phones behind nat are fine')).toContain('not-nat.rst-off');
    expect(fired('we did change SS_TCP_CLOSE_RESET to On last night and the nat phones dropped')).not.toContain('not-nat.rst-off');
    // SIP ALG to be switched off a few words on; an SOP being drafted; a friend in another town
    expect(fired('the SIP ALG of the home router off karna hai, option nahi mil raha')).toContain('guard.sip-alg');
    expect(fired('drafting an SOP for the night shift: what to check when TIME_WAIT climbs')).toContain('ask.example');
    expect(fired('my friend in Lusaka had a pfsense that dropped RST, what does that mean')).toContain('ask.not-ours');
    expect(fired('my colleague at home has the same problem since the reset mode went on')).not.toContain('ask.not-ours');
    // "now no problem" with Hindi's "koi" between
    expect(fired('last month the phones dropped, we set RST back to Off, now koi problem nahi')).toContain('guard.resolved');
  });

  it('read the fiftieth round: Bambara, Fula and Mandinka, Gujarati, Marathi and Konkani, Ilocano, Hiligaynon, Waray and Kapampangan, Kabyle, Tamazight and Hassaniya', () => {
    // An exam or interview question with the day between
    expect(fired('at the interview today i was asked about cannot assign requested address')).toContain('ask.example');
    // The phones registered "no problem there": the trouble is elsewhere
    expect(fired('all the phones behind the router are registered, no problem there, only the trunk is down')).toContain('not-nat.registered-fine');
    // Extensions deleted on the softswitch are gone for that reason, not for NAT
    expect(fired('someone deleted the extensions from the softswitch by mistake, now they show unregistered')).toContain('not-nat.account-deleted');
    expect(fired('we removed the old firewall rule on the server and since rst on the nat phones drop')).not.toContain('not-nat.account-deleted');
    // "setting (Off → On)" is the change to On, not the setting Off
    expect(fired('we changed the TCP close setting (Off → On) and the phones behind NAT dropped')).not.toContain('not-nat.rst-off');
    expect(fired('the setting is off on our server, phones fine')).toContain('not-nat.rst-off');
    // Over: "now not a single error" after a fix, "now everything theek" a week on
    expect(fired('last week we had cannot assign requested address, widened the port range, now not a single error')).toContain('guard.resolved');
    expect(fired('last week the firewall dropped rst, we changed the policy, now everything theek')).toContain('guard.resolved');
  });

  it('read the fifty-first round: Javanese, Sundanese, Minangkabau and Acehnese with Indonesian words', () => {
    // "All fine, registered": the phones are registered, the trouble is elsewhere
    expect(fired('the phones behind NAT at the branch are all fine, registered; one has a cracked screen')).toContain('not-nat.registered-fine');
    expect(fired('HP sing neng mburi NAT neng cabang aman kabeh, registered. sing rusak mung siji, LCD ne pecah')).toContain('not-nat.registered-fine');
    // TIME_WAIT said to pile up to tens of thousands, the count after the word
    expect(fired('new calls fail at peak and TIME_WAIT piles up to tens of thousands')).toContain('pe.timewait-thousands');
    // Sundanese "tos 2 poé" (for two days) is no Power over Ethernet; Acehnese "ISP … mate" (dead) is the line down
    expect(fired('SS_TCP_CLOSE_RESET On tos 2 poé, nu di tukangeun router imah mah unregistered')).not.toContain('not-nat.no-power');
    expect(fired('ISP bak Lhokseumawe mate, mandum hp kantô unregistered')).toContain('not-nat.network-down');
    // Javanese "ora ono sing unregistered" (none unregistered), Sundanese "teu ngaliwatkeun RST" (does not let RST through),
    // "teu daék register deui" (no longer registers), Minangkabau "lah diselesaikan … kini lah aman" (fixed, fine now)
    expect(fired('bar tak uripke RST, ora ono sing unregistered, firewall yo lancar')).toContain('not-nat.denied');
    expect(fired('security group di cloud teu ngaliwatkeun RST, call anyar nyangkut di 100 Trying ti saprak RST on')).toContain('fw.rst-blocked');
    expect(fired('Zoiper di HP agén teu daék register deui ti saprak urang nga-On-keun close reset')).toContain('nat.unregistered');
    expect(fired('bulan patang ado TIME_WAIT ribuan, lah diselesaikan teknisi. kini lah aman')).toContain('guard.resolved');
  });

  it('read the fifty-first round: Cantonese and Hokkien', () => {
    // The phone's system closing the softphone app in the background; a loose cable
    expect(fired('zoiper keeps showing unregistered whenever the app goes to the background, iOS kills it')).toContain('not-nat.app-background');
    expect(fired('phones behind the home router unregistered since RST on, the softphone app is open')).not.toContain('not-nat.app-background');
    expect(fired('one phone unregistered, the LAN cable was loose, plugged it back')).toContain('not-nat.network-down');
    // Not the server but a PC, not VOS but a port scanner
    expect(fired('the address already in use came from the customer PC running two softphones, not the server')).toContain('not-pe.not-the-switch');
    expect(fired('firewall log shows RST blocked, but from a port scanner, not VOS')).toContain('not-fw.not-the-switch');
  });

  it('read the fifty-first round: Bhojpuri, Maithili and Awadhi, in Latin letters and in Devanagari', () => {
    // Bhojpuri "naikhe" (is not) after the noun, Maithili "nai chhal" (was not): denials
    expect(fired('sim me data khatam ho gail ba, ohi se teeno phone unregister ba. NAT wala dikkat naikhe')).toContain('not-nat.denied');
    expect(fired('NAT ke peeche wala phone unregister naikhe, registered dikhawat ba')).toContain('not-nat.denied');
    expect(fired('firewall nai chhal, ISP ke problem chhal. RST ke kono rol nai')).toContain('not-fw.denied');
    // The data used up, a network switch burnt: the network, not NAT
    expect(fired('router ke sim me data khatam ho gail ba, teeno phone unregister ba')).toContain('not-nat.network-down');
    expect(fired('netgear switch jal gail, pura floor ke phone unregistered')).toContain('not-nat.network-down');
    // RST not let through, said with RST first ("pfSense RST ke pass na karat")
    expect(fired('RST on kaile ke baad se call hang. pfSense RST ke pass na karat')).toContain('fw.rst-blocked');
    // "30 hajaar" is thirty thousand, not a count of 30
    expect(fired('CPS 200 par TIME_WAIT 30 hajaar sa upar, naya TCP connection nai banait achhi')).toContain('pe.timewait-count');
    expect(fired('CPS 200 par TIME_WAIT 30 hajaar sa upar, naya TCP connection nai banait achhi')).not.toContain('not-pe.few-timewait');
    // Devanagari: "बस समझे के बा, कवनो दिक्कत नइखे" (just to understand, no problem)
    expect(fired('TIME_WAIT 2 मिनट काहे रहेला? बस समझे के बा, कवनो दिक्कत नइखे')).toContain('ask.healthy');
    // A presentation being prepared is an example, as a document is
    expect(fired('our manager is preparing a presentation on firewalls that drop RST')).toContain('ask.example');
  });

  it('reads "port exhaustion or one process?" as a question of which, not as exhaustion told', () => {
    expect(fired('address already in use on 8080, is this port exhaustion or just one old java process')).toContain('ask.which-one');
    expect(fired('port exhaustion or another tomcat instance? bind fails on 8443')).toContain('ask.which-one');
    // Bambara: "o ye port exhaustion ye wa walima java kelen dron?" (is it port exhaustion or one java only?)
    expect(fired('"Address already in use" 8080 kan. o ye port exhaustion ye wa walima java kelen dron?')).toContain('ask.which-one');
    // Exhaustion on one server or another is told, not asked.
    expect(fired('port exhaustion on one server or another every night, 30k TIME_WAIT')).not.toContain('ask.which-one');
  });

  it('read the fifty-first round: Luganda, Runyankole and Rukiga, Acholi and Lusoga', () => {
    // A router burned out (in a storm) is the network down
    expect(fired('router ya mikrotik ya kabale ekahya omu nkuba ya nyekiro, esimu zoona unregistered')).toContain('not-nat.network-down');
    // "we thought X was port exhaustion, but it was Y": taken back; "but it was back" is no such thing
    expect(fired('we thought the address already in use was port exhaustion but it was nginx on 80')).toContain('not-pe.retracted');
    expect(fired('we thought the port exhaustion was fixed but it was back at peak')).not.toContain('not-pe.retracted');
    // Another cause named and the playbook's word denied right after it
    expect(fired('calls used to drop at the firewall but it was the sip alg, not rst. now all works')).toContain('not-fw.cause-elsewhere');
    expect(fired('calls drop since rst on, it is the firewall not the nat')).not.toContain('not-fw.cause-elsewhere');
    // The phones behind NAT said to be fine, unless some of them are not
    expect(fired('our nat phones are really fine, the problem is only on the airtel trunk')).toContain('not-nat.nat-phones-fine');
    expect(fired('before rst on the nat phones were all registered, now they show unregistered')).not.toContain('not-nat.nat-phones-fine');
    // A course teacher's question is a study question
    expect(fired('the course teacher asked: what happens if a firewall blocks rst?')).toContain('ask.example');
  });

  it('read the fifty-first round: a question whether to fear a fault, a daily figure that is no recurring fault', () => {
    // "should we fear / be worried about" asks, as "should we worry" does
    expect(fired('4 tcp trunks, 25 calls per second at most. should we be worried about port exhaustion?')).toContain('ask.question');
    expect(fired('4 tcp trunks, 25 calls per second at most. should we fear port exhaustion or leave it?')).toContain('ask.question');
    // "25 every day" is a rate, not a fault that comes back every day; calls that fail every day still report one
    expect(fired('calls about 25 every day. should we worry about port exhaustion?')).toContain('ask.question');
    expect(fired('calls fail every day at peak. should we worry about port exhaustion?')).not.toContain('ask.question');
  });

  it('read the fifty-sixth round (tuning-149): alarms at the same minute, said fixed or green, the figure TIME_WAIT went to, RSTs a firewall never passes, a part that is not the switch', () => {
    // "at the same minute" tells when, not that ASR is unchanged; an ASR alarm is no billing question
    expect(fired('[PagerDuty] tcp_timewait=41882 + ASR alarm at the same minute, customers shouting')).not.toContain('ask.all-fine');
    expect(fired('timewait 30000 at peak, no errors, asr the same')).toContain('ask.all-fine');
    expect(fired('timewait 30000 and an asr alarm on the switch')).not.toContain('guard.billing');
    expect(fired('the asr report for the carrier is wrong')).toContain('guard.billing');
    // "it's fixed", "fixed since your team set …" and "all green" at the end say the problem is over
    expect(fired('the firewall dropped the RSTs and calls hung two weeks ago. it\'s fixed')).toContain('guard.resolved');
    expect(fired('address already in use was last month, fixed since your team set tcp_tw_reuse')).toContain('guard.resolved');
    expect(fired('address already in use, not fixed since your team set tcp_tw_reuse')).not.toContain('guard.resolved');
    expect(fired('phones couldn\'t reach the internet so unregistered. rule re-added, all green')).toContain('guard.resolved');
    expect(fired('all green on the dashboard but phones behind nat unregistered since rst on')).not.toContain('guard.resolved');
    // the count TIME_WAIT went to, or was at, is the count of now
    expect(fired('TIME_WAIT went from 28k to 400 after the tuning')).toContain('not-pe.few-timewait');
    expect(fired('TIME_WAIT went from 900 to 31k at peak')).not.toContain('not-pe.few-timewait');
    expect(fired('ports exhausted alarm was the script miscounting, actual TW was 600')).toContain('not-pe.few-timewait');
    // RSTs that leave but that a firewall "never passes" are blocked
    expect(fired('capture shows our RSTs leaving, but the customers\' fortigates never pass them')).toContain('fw.rst-blocked');
    expect(fired('capture shows our RSTs leaving and the fortigates pass them')).not.toContain('fw.rst-blocked');
    // phones told with where they sit before they drop off are unregistered
    expect(fired('Phones at the Klang branch behind the TP-Link router drop off since RST was switched on')).toContain('nat.unregistered');
    // old log lines are history
    expect(fired('old log lines: BindException: Address already in use in the archived logs')).toContain('not-pe.old-log');
    expect(fired('BindException: Address already in use in the log lines again today')).not.toContain('not-pe.old-log');
    // a fault confined to the portal is none of the switch's
    expect(fired('tomcat keeps failing with Address already in use :8080 at peak, it\'s only the portal')).toContain('not-pe.cause-elsewhere');
    expect(fired('address already in use at peak, calls fail, not only the portal')).not.toContain('not-pe.cause-elsewhere');
    // a vendor's script is no outbound load: the port it holds is one named port
    expect(fired('the vendor\'s health check script starts a python http.server on 8080, tomcat: Address already in use')).toContain('not-pe.named-port');
    // "cannot reach the internet" says the network is down in the compiled rules too ("cannot" holds no " not")
    const compiled = compileRules(rules);
    const m = n.normalise('phones couldn\'t reach the internet at all so unregistered');
    expect(compiled(m, extract(m)).map((h) => h.id)).toContain('not-nat.network-down');
  });

  it('read the fifty-seventh round (tuning-138): thousands in Turkmen, Karakalpak, Crimean Tatar and South Azerbaijani, and their negations, UDP only, a message taken back', () => {
    const tw = (text: string) => extract(n.normalise(text)).timeWait;
    // thousands: Turkmen "müň", Karakalpak "mıńǵa", Crimean Tatar "бинъ", South Azerbaijani "مین‌دن"; "wc -l = 47 min" is no duration
    expect(tw('ss -s: timewait 54 müň')).toBe(54000);
    expect(tw('TIME_WAIT 50 müňden geçýär')).toBe(50000);
    expect(tw('EADDRNOTAVAIL, TIME_WAIT 60 mıńǵa jetti')).toBe(60000);
    expect(tw('Серверде TIME_WAIT 45 бинъ')).toBe(45000);
    expect(tw('۵۰ مین‌دن چوخ سوکت TIME_WAIT-ده')).toBe(50000);
    expect(tw('netstat -ant | grep TIME_WAIT | wc -l = 47 min. yeni zengler getmir')).toBe(47000);
    expect(tw('TIME_WAIT 60 min')).toBeUndefined();
    // "portlar gutarýar" (the ports run out): "portlar" is no misspelt portal
    const ports = fired('Pik wagty portlar gutarýar: timewait 52 müň, "Cannot assign requested address"');
    expect(ports).toContain('pe.ports-exhausted');
    expect(ports).not.toContain('guard.web-portal');
    // phones that work over UDP only, TCP not used ("TCP ич къулланмаймыз", "TCP هئچ یوخدور"), not the UDP ones said to work
    expect(fired('Бизим офисте янъы роутер къойдыкъ, лякин телефонлар тек UDP иле ишлей, TCP ич къулланмаймыз. Шимди 6 телефон unregistered.')).toContain('not-nat.udp-only');
    expect(fired('تلفونلاریمیز همیشه UDP ایله ایشله‌ییر، TCP هئچ یوخدور. ایندی نصفی unregistered.')).toContain('not-nat.udp-only');
    // a message taken back: forget my previous message
    expect(fired('آقا ببخشید، اؤنجه‌کی مسیجیمی نظره آلمایین ("Cannot assign requested address"). VOS ساغلامدیر.')).toContain('not-pe.retracted');
    expect(fired('Эвельки язгъанымны унутынъыз, "Cannot assign requested address" тек бир кере олды.')).toContain('not-pe.retracted');
    expect(fired('Öňki hatymy ýatdan çykaryň: "jaňlar kesilýär, firewall RST taşlaýar" diýipdim.')).toContain('not-fw.retracted');
    // "listen دئییل" (not listen) denies the listening port, the local ports run out ("port قالمیر")
    const outbound = fired('bind: Address already in use گلیر، آمما بو listen دئییل، چیخیش connect-لرده‌دیر. lokal port قالمیر دئیه‌سن.');
    expect(outbound).toContain('pe.ports-exhausted');
    expect(outbound).not.toContain('not-pe.listening-address');
    // RST not on either ("RST hem açyk däl"), registration lost ("registrasiýany ýitirýär", "joǵaltıp atır": the progressive,
    // not Azerbaijani "atır", throws), the internet down ("interneti getdi"), phones that go red
    expect(fired('Firewall-da hiç zat üýtgetmedik, RST hem açyk däl. Jaňlar kesilýän bolsa carrier tarapdandyr.')).toContain('not-fw.rst-off');
    expect(fired('Öýden işleýän operatorlarymyzyň telefonlary registrasiýany ýitirýär, şondan soň başlady.')).toContain('nat.unregistered');
    const losing = fired('RST On etkennen beri NAT artındaǵı telefonlar registraciya joǵaltıp atır.');
    expect(losing).toContain('nat.unregistered');
    expect(losing).not.toContain('fw.rst-blocked');
    expect(fired('salam, 40 dane gateway unregistered olub. ISP-nin interneti getdi butun mehellede')).toContain('not-nat.network-down');
    expect(fired('müşderilerim "telefon her 10 minutda gyzyl bolýar" diýip şikaýat edýär.')).toContain('nat.phones-offline');
  });
  it('read the fifty-eighth round (tuning-142): Banglish and Bangla denials after the verb, no longer, just informing, someone else\'s, the real cause', () => {
    // "connect korte pare na, error EADDRINUSE": cannot connect, and the error said, not denied
    expect(fired('high CPS e carrier er dike TCP connect korte pare na, error EADDRINUSE')).not.toContain('not-pe.denied');
    expect(fired('high CPS e carrier er dike TCP connect korte pare na, error EADDRINUSE')).toContain('pe.eaddrinuse');
    // the password said not changed with the negation after the verb; "after the password change, not after the RST" still blames it
    expect(fired('NAT er pichone phone unregistered hocche, password kichu change hoy nai')).not.toContain('not-nat.credentials');
    expect(fired('phones behind nat unregistered, password change nahi hua')).not.toContain('guard.credentials');
    expect(fired('the unregistered phones were after the password change not after the RST thing')).toContain('not-nat.credentials');
    // "আর আসে না" (no longer comes) of an error is over; of phones unregistered they stay so
    expect(fired('port range change করলেন, তারপর থেকে address already in use আর আসে নাই')).toContain('guard.resolved');
    expect(fired('eta ekhon r ashe na, just report e likhbo')).toContain('guard.resolved');
    const stay = fired('RST on করার এক ঘণ্টা পর থেকে unregistered, আর আসে না');
    expect(stay).toContain('nat.unregistered');
    expect(stay).not.toContain('guard.resolved');
    expect(stay).not.toContain('not-nat.denied');
    // not a problem now, last week; asking whether to turn it on again is no problem back
    expect(fired('এটা এখন সমস্যা না, গত সপ্তাহে ছিল। phone unregistered হচ্ছিল RST on করার পর। future এ কি আবার on করা লাগবে?')).toContain('guard.resolved');
    // just letting you know ("শুধু জানাইলাম"), for a report, nothing current ("current" arms the rule that reads it)
    expect(fired('phone unregistered, system auto suspend করছে। ভাই এটা ঠিক আছে, শুধু জানাইলাম')).toContain('guard.for-the-record');
    expect(fired('purano log: Address already in use. just report e likhbo')).toContain('ask.example');
    expect(fired('2022 এ TIME_WAIT 40k হইছিল। এখন নতুন team member কে বুঝাইতেছি, কোন current issue না')).toContain('ask.example');
    // so ("তাই"), another cause; the real cause ("ashol problem chilo"); the cause is something else ("karon onno")
    expect(fired('Zoiper unregistered দেখায়, codec mismatch, তাই VOS reject করতেছে 488')).toContain('not-nat.other-cause');
    expect(fired('ASA te kono RST drop er log nai. ashol problem chilo codec mismatch')).toContain('guard.cause-found');
    expect(fired('FortiGate e kichu drop nai. call fail er karon onno, carrier route down chilo')).toContain('not-fw.cause-elsewhere');
    // a friend's server, ours fine
    expect(fired('ek friend er jonno jiggesh korchi, tar VOS e NAT phone unregistered')).toContain('ask.not-ours');
    expect(fired('NAT phone unregistered hoise. amar nijer server e kono problem nai')).toContain('ask.someone-elses');
    // suspended for an unpaid bill; written down for the documentation; only to learn
    expect(fired('shob phone unregistered. apnara ki unpaid er jonno suspend korsen?')).toContain('not-nat.account-expired');
    expect(fired('ami RST on kori nai. just documentation er jonno likhe rakhchi je NAT client thakle on kora uchit na')).toContain('ask.example');
    expect(fired('ephemeral port range ki? koto gula port thake by default? just shikhte chai')).toContain('ask.hypothetical');
  });
  it('read the fifty-ninth round (tuning-150): casual Indonesian, Javanese and Malaysian Malay: cannot, ports run out, after, at home, calls cut, a firewall asked about and answered no', () => {
    const phrase = (t: string) => n.normalise(t).phrase;
    // "ga bisa", "ndak iso", "tak boleh": cannot; the local ports that "abis" (run out); what to do ("piye iki", "macam mana")
    expect(fired('jam 8-10 malem port lokal abis, koneksi tcp baru ga bisa. mohon dieskalasi')).toContain('pe.ports-exhausted');
    expect(phrase('vos ndak iso buka koneksi TCP anyar. Piye iki?')).toContain(' cannot open ');
    expect(phrase('3CX di belakang NAT tak boleh stay registered. Macam mana?')).toContain(' cannot stay registered what should we do ');
    // but "gak bisa jelasin" (cannot explain) is no fault, and "tak boleh terus tutup?" asks, it does not report
    expect(phrase('anak baru nanya dan aku gak bisa jelasin')).toContain(' do not know how to explain ');
    expect(phrase('kenapa perlu tunggu 60 saat dalam TIME_WAIT? tak boleh terus tutup?')).not.toContain(' cannot ');
    // Malay "lepas on" (after turning on), "kat rumah" (at home), "call banyak putus" (many calls dropped), "ASR turun" (ASR dropped)
    expect(phrase('lepas on RST, softphone aku kat rumah register then gone')).toContain(' after turning on rst softphone aku at home ');
    expect(phrase('Call banyak putus sejak semalam')).toContain(' many calls dropped ');
    expect(fired('setiap 9 malam ASR turun teruk. Log: "tcp socket create failed: address already in use"')).not.toContain('guard.billing');
    // "ga bisa registered lama" (cannot stay registered), "ga ada masalah call" (calls are fine) are no denial of the unregistered phones
    expect(fired('phone di belakang NAT ga bisa registered lama sejak RST diubah')).toContain('nat.unregistered');
    expect(fired('phone di belakang fortigate jd unregistered ya? ga ada masalah call yg sedang jalan')).not.toContain('not-nat.denied');
    // a figure at the busy hour ("500-600 pas jam sibuk") is the count of TIME_WAIT, and few
    expect(fired('berapa TIME_WAIT yg dianggap bahaya pak? skrg kami di kisaran 500-600 pas jam sibuk')).toContain('not-pe.few-timewait');
    // one program holding the port ("5060 udah dipegang mbx3000d"), a port not yet opened ("belum buka port 5060")
    expect(fired('proxy kedua gak bisa jalan, 5060 udah dipegang mbx3000d')).toContain('not-pe.named-port');
    expect(fired('security group belum buka port 5060 UDP, jadi gateway ga bisa connect')).toContain('guard.open-ports');
    // the firewall asked about and answered no, in Malay and in English; a drop not answered stays a drop
    expect(fired('FortiGate kami drop RST? takde la, dah check, log bersih. call drop semalam sebab elektrik DC')).toContain('not-fw.denied');
    expect(fired('Firewall dropping RST? No, checked the logs, the calls drop because of the ISP')).toContain('not-fw.denied');
    expect(fired('the fortigate drops rst since yesterday, no idea why')).not.toContain('not-fw.denied');
    // the problem over or told only ("udh beres", "skrg aman", "tak terjejas langsung")
    expect(fired('EADDRINUSE yg tahun lalu udh beres sejak kita set tcp_tw_reuse. skrg aman, cuma lapor')).toContain('guard.resolved');
  });

  it('read the fifty-second round: a typo, one registration per account, a past incident by its year, a discussion', () => {
    // A mistyped extension or a wrong server address is another cause of a failed registration; "wrong" alone is not
    expect(fired('extension 1007 fails to register. someone typed 1070 on the phone, it is just a typo')).toContain('not-nat.typo');
    expect(fired('the phones were set with the wrong sip server after the move, now unregistered')).toContain('not-nat.typo');
    expect(fired('phones behind nat unregistered since rst on, something is wrong')).not.toContain('not-nat.typo');
    // An account limited to one registration: the second phone throws the first out
    expect(fired('the account is limited to one registration, the second phone kicks out the first')).toContain('not-nat.shared-account');
    expect(fired('phones behind the mikrotik kick out of registration since rst on')).not.toContain('not-nat.shared-account');
    // An incident named by its year or "of last year", and a presentation, are examples; a problem since a year is not
    expect(fired('the problem in 2022 was timewait 40000 and address already in use')).toContain('ask.example');
    expect(fired('writing about the incident of last year: timewait 30000')).toContain('ask.example');
    expect(fired('slides for the presentation: timewait 30000 and cannot assign requested address')).toContain('ask.example');
    expect(fired('we have the problem since 2022 and timewait is 40000 at peak')).not.toContain('ask.example');
    // Just discussing is as hypothetical as just asking
    expect(fired('my colleague asks if we should turn on rst, just discussing, nothing changed')).toContain('ask.hypothetical');
  });

  it('read the fifty-seventh round (tuning-139): Zarma, Kanuri, Tiv and Efik grammar read in their own messages; their thousands', () => {
    const phrase = (t: string) => n.normalise(t).phrase;
    // Zarma "ga" and "na" (doing, done) are no "not" in a Zarma message, "si" is; "zambar waranza" is thirty thousand
    const zarma = 'Billing Java kaŋ ga VOS MySQL nda carrier API dii nda TCP ga ne "Cannot assign requested address", TIME_WAIT ga kaa zambar waranza. Calls mo ga kaŋ.';
    expect(fired(zarma)).not.toContain('not-pe.not-the-switch');
    expect(fired(zarma)).toContain('pe.timewait-count');
    expect(phrase('Fofo. Telefonney kulu si register.')).toContain(' not register ');
    // Zarma "no" says what it is ("FortiGate no ga RST drop"); an English "no" before a noun stays a "no"
    const forti = 'Fofo. FortiGate log ra: action="deny" msg="no session matched" srcport=5060 boobo. FortiGate no ga RST drop.';
    expect(fired(forti)).toContain('fw.out-of-state');
    expect(phrase(forti)).toContain(' fortigate is rst drop ');
    // Zarma "na RST ye Off" (put RST back Off), "go MikroTik banda" (are behind the MikroTik)
    expect(fired('Fofo. Bi ir na RST ye "Off" ka NAT telefonney kulu ye ka register.')).toContain('not-nat.rst-off');
    expect(fired('Fofo. Telefonney kaŋ go MikroTik banda (NAT) nda SIP TCP, i kulu ga "unregistered".')).not.toContain('not-nat.denied');
    // a greeting that asks ("Wushe ngala?") is no question; Kanuri "ba" after what it denies, "NAT ro" (behind the NAT)
    expect(fired('Wushe ngala? Softswitch "Address already in use" outgoing TCP connect ro dəkə, listen ro ba. TIME_WAIT dəbu 40.')).not.toContain('ask.question-mark');
    expect(fired('Wushe. "Address already in use" Tomcat web portal ro — softswitch ba. Port exhaustion ba.')).toContain('not-pe.denied');
    // Kanuri "RST Off ko?" asks whether to turn RST off: RST is still On
    const kanuri = 'Wushe. Andi RST mode On diza. Phones MikroTik NAT ro, TCP ro — registration shi ciwo. Yaya zamu yi, RST Off ko?';
    expect(fired(kanuri)).not.toContain('not-nat.rst-off');
    expect(fired(kanuri)).toContain('nat.unregistered');
    // Tiv "ka … ga" (it is not …) and a bare "Ignore." at the end; Efik "… iduhe" (there is no …)
    expect(fired('Ka m nger kwagh vihin sha message u hiihii la — ka TIME_WAIT 4000, ka 40000 ga. Error ngu ga. Ignore.')).toContain('guard.ignore');
    expect(fired('NAT idụhe: phones ẹdu ke LAN kiet ye VOS. Mmọ ẹkpọn̄ unregistered sia switch ama akpa.')).toContain('not-nat.denied');
    // thousands: Kanuri "dəbu 52", Tiv "udubu 50", Efik "tosin aba ye duop" (forty and ten), French "33 mille"
    for (const t of ['TIME_WAIT dəbu 52, calls lejinba. Wushe.', 'Errno 99 hegen, TIME_WAIT udubu 50, ior ngu yilan ga.', 'TIME_WAIT ẹsịm tọsịn aba ye duop. Calls ẹfep idahaemi.', 'netstat TIME_WAIT: 33 mille, les appels tombent.']) {
      expect(fired(t)).toContain('pe.timewait-count');
    }
    // the same short words in other languages' messages keep their meaning: Cebuano "wala", Nepali "kura", Marathi "kela"
    expect(phrase('naa ba mi mabuhat? wala')).not.toContain(' or ');
    expect(phrase('eutai port ko matra kura ho, VOS ta thik chalirako cha')).not.toContain('heavy');
    expect(phrase('server restart kela, calls ga bisa')).not.toContain(' all ');
  });

  it('read the fifty-eighth round (tuning-143): Roman Urdu, Hinglish, Urdu and Hindi: a reboot that made no difference, TCP not used, no load, a friend\'s company, read in the docs, an old screenshot, the fix asked, no port left', () => {
    const phrase = (text: string) => n.normalise(text).phrase;
    // a reboot tried that made no difference is no change of the customer's own that brought the fault
    expect(fired('after RST on the phones behind the mikrotik went unregistered. we rebooted the router, no difference')).not.toContain('not-nat.own-change');
    expect(fired('mikrotik ke peeche phones RST on ke baad se unregistered. mikrotik reboot kiya, kuch farq nahi')).not.toContain('not-nat.own-change');
    expect(fired('after we swapped the router the phones went unregistered')).toContain('not-nat.own-change');
    // TCP not used, with who between ("TCP hum use hi nahi karte")
    expect(fired('NAT ke peeche softphones unregister ho jate, TCP hum use hi nahi karte')).toContain('not-nat.udp-only');
    // no load at all ("load ka koi scene nahi"): another SIP server on the box holds 5060
    const freeswitch = fired('freeswitch lagaya tha isi box pe, ab sip 5060 bind nahi hota, address already in use aata hai, load ka koi scene nahi');
    expect(freeswitch).toContain('not-pe.listening-service');
    expect(fired('load ka koi masla nahi, address already in use sirf freeswitch ke start pe')).toContain('not-pe.listening-service');
    // a friend's company ("मेरे एक दोस्त की company"): someone else's figures, held back even beside tens of thousands
    expect(fired('सर मेरे एक दोस्त की company में peak पे TIME_WAIT 30 हज़ार हो जाते हैं')).toContain('ask.someone-elses');
    expect(fired("my friend's company sees 30k TIME_WAIT at peak")).toContain('ask.someone-elses');
    // read in the docs, then asked
    expect(fired('NAT phones unregistered wala issue hamare yahan nahi hai, bas doc me padha to pucha')).toContain('ask.not-ours');
    expect(fired('phones unregistered after RST? I read it in the docs')).toContain('ask.not-ours');
    // an old screenshot ("2021 کا پرانا screenshot") is history
    expect(fired('یہ 2021 کا پرانا screenshot ہے جب ہمارے پاس bind error آتا تھا')).toContain('not-pe.old-log');
    expect(fired('this is an old screenshot: bind error')).toContain('not-pe.old-log');
    // for the record, and the phones back online once RST was off: over
    const record = fired('سر پچھلے ہفتے RST on کرنے کے بعد جو phones unregistered ہوئے تھے، Off کرتے ہی واپس آ گئے تھے۔ اب سب ٹھیک ہے، بس record کے لیے بتا رہا ہوں');
    expect(record).toContain('guard.for-the-record');
    expect(record).toContain('guard.resolved');
    expect(phrase('Off karte hi wapas aa gaye')).toContain('came online again');
    // no port left for new calls ("port hi nahi bachta", "port ہی نہیں بچتا")
    expect(fired('raat ko TIME_WAIT itna ke nayi calls ke liye port hi nahi bachta')).toContain('pe.ports-exhausted');
    expect(fired('رات کو TIME_WAIT اتنے زیادہ کہ نئی calls کے لیے port ہی نہیں بچتا')).toContain('pe.ports-exhausted');
    // the fix asked as a choice ("RST off hai ya keepalive": RST off or keepalive) says nothing of RST being off
    expect(fired('NAT wale phones RST on ke baad registration lose kar dete hain. iska fix sirf RST off hai ya keepalive se bhi chal jayega?')).not.toContain('not-nat.rst-off');
    // the registration dropping again and again ("bar bar drop", "बार बार drop")
    expect(fired('RST on करने के बाद NAT वाले gateways की registration बार बार drop हो रही है')).toContain('nat.unregistered');
    // the ones that dropped, all of them, and turning it back off asked: a fault told, not a bare question
    const portal = fired('portal pe online users 400 se 150 reh gaye RST on karne ke baad, jo gire wo sab NAT wale clients hain. wapas off karein?');
    expect(portal).not.toContain('ask.question-mark');
    expect(phrase('wapas off karein?')).toContain('turn it back off');
  });

  it('read the fifty-ninth round (tuning-151): Taglish, Bisaya and Ilonggo: thousands, verb prefixes, behind, registering and dropping off, the fix asked, fine with RST off, a figure of now, over and only asking', () => {
    const phrase = (text: string) => n.normalise(text).phrase;
    const tw = (text: string) => extract(n.normalise(text)).timeWait;
    // thousands the Spanish and the Visayan way ("trenta mil", "katloan ka libo", "28 ka libo")
    expect(tw('trenta mil na TIME_WAIT sir, ayaw na tumawag lahat')).toBe(30000);
    expect(tw('mga katloan ka libo ang TIME_WAIT')).toBe(30000);
    expect(tw('TIME_WAIT sa netstat 28 ka libo. Naa ba mo fix ani?')).toBe(28000);
    expect(fired('Boss, dili na maka-connect ang softswitch sa among SIP provider pag peak. TIME_WAIT sa netstat 28 ka libo.')).not.toContain('not-pe.few-timewait');
    expect(phrase('ayaw na tumawag lahat')).toContain('calls no longer go through');
    // the Hiligaynon verb prefixes "ga-" and "gin-" are the verb, not Hindi's "na": the FortiGate drops RST
    expect(phrase('ang FortiGate ga-drop sang RST')).toContain('fortigate drop');
    expect(fired('Sir ga-hang ang tawag kay ang FortiGate ga-drop sang RST. Sugod sang RST On.')).not.toContain('not-fw.denied');
    // "na" beside Taglish words ("ung", "nyo", "pwede") is a linker: "RST na blocked" is RST blocked
    expect(fired('pagkatapos ng tuning nyo, kita sa pf log ung RST na blocked')).not.toContain('not-fw.rst-passes');
    expect(fired('Unregistered na sa VOS portal ang Asterisk nga luyo sa MikroTik, sukad sa inyong tuning (SS_TCP_CLOSE_RESET=On), kay pirmi Request Sent ra')).not.toContain('not-nat.not-the-switch');
    // behind ("luyo sa"), registering and then dropping off again and again
    expect(phrase('luyo sa office firewall')).toContain('behind the office firewall');
    expect(fired('mo-register siya dayon mawala sulod sa 1-2 mins. Balik-balik.')).toContain('nat.unregistered');
    // phones that can no longer register are a fault told: a question after them is no bare question
    expect(fired('ilang mga MicroSIP (TCP) luyo sa home router dili na maka-register sukad Martes. Martes pud mi nag-enable sa RST mode. Connected ba?')).not.toContain('ask.question-mark');
    expect(fired('our phones can no longer register since RST was enabled. related?')).not.toContain('ask.question-mark');
    // going back to off asked ("Unsaon pagbalik sa daan?", "Pwede po ba i-Off na lang?")
    expect(fired('naka-On na ang RST mode, ug ang mga phones nga naa sa likod sa router dili na mo-register. Unsaon pagbalik sa daan?')).not.toContain('ask.question-mark');
    expect(fired('hindi na pumapasok calls mula sa carrier na naka-pfSense. Pwede po ba i-Off na lang?')).not.toContain('ask.question-mark');
    // fine with RST off, before the change: a contrast, not RST said off now
    expect(fired('their pfSense drops the RST packets our VOS now sends and since that change calls die. Everything was fine with RST Off.')).not.toContain('not-fw.rst-off');
    expect(fired('the pfsense drops rst packets, but rst is off')).toContain('not-fw.rst-off');
    // the figure said to be all that is left ("350 na lang") or told with now ("ngayon after ng fix nasa 600") is the one of now
    expect(tw('ang TIME_WAIT namo 31k kaniadto pero human sa inyong fix 350 na lang')).toBe(350);
    expect(tw('TIME_WAIT namin 25k dati, ngayon after ng fix nasa 600 nlng kahit peak')).toBe(600);
    // only UDP on our phones, an old error that no longer comes out, a fix that held, nothing turned on, only asking
    expect(fired('UDP ra among phones, dili TCP. Human sa install, unregistered tanan.')).toContain('not-nat.udp-only');
    expect(fired('UDP lang ang nakalusot, indi na makahimo sang bag-o nga TCP sockets')).not.toContain('not-nat.udp-only');
    expect(fired('ang "BindException" nga ara sa amon log daan pa gid, sang 2022 pa. Indi na ina ga-gwa subong.')).toContain('guard.resolved');
    expect(phrase('na-fix nyo na yun at hindi na bumalik')).toContain('you fixed it already');
    expect(phrase('Hindi naman kami naka-On diba? walang issue ngayon')).toContain('no issue now');
    expect(phrase('gusto ko lang malaman ano ibig sabihin ng "RST dropped by firewall"')).toContain('i just want to know');
  });

  it('read the fifty-third round (tuning-128): pfSense\'s "TCP:RA" names RST; everything normal after an hour is off-peak', () => {
    // pfSense logs an RST with its ACK as "TCP:RA": a firewall message with it is about RST, not about ports or addresses
    expect(fired('pfsense blocking "TCP:RA" from the vos ip on 5060 since the change, calls failing')).not.toContain('not-fw.ports-addresses');
    expect(fired('need to open tcp 5060 on the pfsense for the new carrier')).toContain('not-fw.ports-addresses');
    // "everything normal after 11pm" (or after midnight) tells when the fault stops, not that all is fine; "now" still does
    expect(fired('BindException at peak, everything normal after 11pm')).not.toContain('ask.question');
    expect(fired('BindException at peak, everything normal after midnight')).not.toContain('ask.all-fine');
    expect(fired('BindException last week, everything normal now')).toContain('ask.all-fine');
    expect(fired('timewait is 300 at 10am, normal?')).toContain('ask.question');
  });

  it('read the fifty-seventh round (tuning-140): Ewondo, Fang, Bassa, Sango and Chadian Arabic; MikroTik\'s "connection-state=invalid"', () => {
    // MikroTik's "connection-state=invalid" is conntrack's INVALID state, as iptables' "ctstate INVALID" is
    expect(fired('since RST On, the MikroTik rule "action=drop connection-state=invalid" has 18000 hits, calls fail')).toContain('fw.conntrack-invalid');
    expect(fired('since RST On the MikroTik drops nothing, calls fail')).not.toContain('fw.conntrack-invalid');
    // thousands: Ewondo "tosin", "tosen" after a figure, Sango "saki" before one; Efik's "tọsịn" before its number words
    // ("tọsịn edip", twenty thousand) is not Ewondo's after a figure, and alone it is no count
    expect(extract(n.normalise('TIME_WAIT a ne 27 tosin ce soir')).timeWait).toBe(27000);
    expect(extract(n.normalise('Na bi ti Noël, TIME_WAIT ayeke saki 30.')).timeWait).toBe(30000);
    expect(extract(n.normalise('TIME_WAIT ama ọkọn̄ tọsịn edip')).timeWait).toBe(20000);
    expect(extract(n.normalise('TIME_WAIT ama ọkọn̄ tọsịn')).timeWait).toBeUndefined();
    // a threshold ("si TIME_WAIT dépasse 20 tosin") is no count; "al haqiiqi" (the real one) is the count of now
    expect(extract(n.normalise('Ma yi un cron qui alerte si TIME_WAIT dépasse 20 tosin')).timeWait).toBeUndefined();
    expect(fired('"TIME_WAIT 30 alf!" huwa gara ESTABLISHED ghalat, al haqiiqi TIME_WAIT 70 bas')).toContain('not-pe.few-timewait');
    // Sango "na" (with, in, at) is no negation; "ape" is, with the verb before it
    expect(n.normalise('clients ti e so ayeke na MikroTik na ala sara SIP na TCP').phrase).not.toContain(' not ');
    expect(fired('Ala kue, firewall ayeke na kpale ape.')).toContain('not-fw.firewall-fine');
    // the phones on UDP said fine are the contrast, not all of them on UDP
    expect(fired('Dépuis so e zia SS_TCP_CLOSE_RESET na On, ala kue a yeke unregistered. Téléphone na UDP ayeke nzoni.')).not.toContain('not-nat.udp-only');
    // Ewondo "a ne ki" (it is not) denies what follows, and no earlier table's "ki le" (enabled the) turns RST on
    expect(fired('ses phones sont unregistered. A ne ki le NAT, a ne ki le RST.')).toContain('not-nat.denied');
    expect(fired('ses phones sont unregistered. A ne ki le NAT, a ne ki le RST.')).not.toContain('rst.enabled-nat');
    // "si on remet le RST Off" asks whether to revert: RST is still on, not said off
    expect(fired('les appels échouent depuis le RST On. Me nyi ɓe si on enlève la règle ou si on remet le RST Off.')).not.toContain('not-fw.rst-off');
    // "un zéro de trop" takes the figure back as a typo; "mbi hunda gi" (I am only asking) asks
    expect(fired('Ma nga taper "TIME_WAIT 30 000", a ne ki vrai: c\'est 300. Un zéro de trop.')).toContain('not-pe.typo');
    expect(fired('Mbi hunda gi ti hinga: tongana e zia RST na On, téléphone so a lingbi ti unregister?')).toContain('ask.hypothetical');
    // Chadian Arabic "khalas" after the problem, and Sango "a hunzi na 12", say it is over
    expect(fired('Mushkila hana al ports hana amis khalas: ba\'ad tcp_tw_reuse=1 al server zein.')).toContain('guard.resolved');
    expect(fired('Kpale ti port exhaustion ti nze so ahon awe, a hunzi na 12.')).toContain('guard.resolved');
  });

  it('read the fifty-eighth round (tuning-144): Arabic dialects and Arabizi; a service started twice, an old address in the config, a message taken back, counts in a loop', () => {
    // Arabizi "mn sa3et ma fa3alna" is "since we enabled": "ma" is "that" there, no negation
    expect(fired('wallah mn sa3et ma fa3alna el RST el phones ely wara NAT bey-drop el registration kol 5 d2aye2. transport TCP')).not.toContain('not-nat.rst-off');
    // the problem solved, and another one appeared ("ظهرت مشكلة تانية")
    expect(fired('مشكلة الـ TIME_WAIT اتحلت، بس ظهرت مشكلة تانية: التلفونات اللي ورا NAT بيقعوا من التسجيل')).toContain('guard.new-problem');
    // over: no problem now, the fix worked, we solved it; an old conversation kept for the archive
    expect(fired('mesh moshkla dlwa2ti: el firewall kan bey-drop el RST, bas rag3na el setting w kolo tamam')).toContain('guard.resolved');
    expect(fired("el fix eshta3'al, TIME_WAIT nezlet w mafish errors")).toContain('guard.fix-worked');
    expect(fired('كان عنا fortigate عم يرمي الـ RST والمكالمات تنقطع، وحليناها')).toContain('guard.resolved');
    expect(fired('محادثة قديمة للأرشيف: TIME_WAIT 31k والمكالمات واقفة')).toContain('guard.for-the-record');
    expect(fired('Calls tear down normally again since the fix. Consider it resolved, we only wanted to report back.')).toContain('guard.resolved');
    // the NAT phones fine, "nobody unregistered" saying so too; not when some are unregistered
    expect(fired('RST On 3andena w el NAT phones shaghaleen tamam, mafish 7ad unregistered. bas bas2al')).toContain('not-nat.nat-phones-fine');
    expect(fired('the NAT phones are working fine, nobody unregistered')).toContain('not-nat.nat-phones-fine');
    expect(fired('the NAT phones are working fine, but 3 unregistered')).not.toContain('not-nat.nat-phones-fine');
    // a service started twice, Tomcat's own port (after a greeting, "مسا الخير", no evening peak), the old address left in the config
    expect(fired('شغلت mbx3000 مرتين بالغلط والتانية طلعت address already in use على 5060')).toContain('not-pe.own-script');
    expect(fired('I started the service twice and the second one says address already in use')).toContain('not-pe.own-script');
    expect(fired('مسا الخير، وبلوق تومكات: Address already in use')).toContain('not-pe.listening-service');
    expect(fired('cannot bind on 5060 after we moved servers, the old IP is still in the config')).toContain('not-pe.wrong-address');
    expect(fired('غيرنا IP السيرفر ومن بعدها mbx3000 يطلع cannot bind على 5060، الظاهر الـ IP القديم لسه مكتوب في الكونفيج')).toContain('not-pe.wrong-address');
    // the message I sent was wrong; a test in the lab, not production
    expect(fired('الرسالة اللي بعتها امبارح عن cannot bind كانت غلط')).toContain('not-pe.retracted');
    expect(fired('the message I sent yesterday about cannot bind was wrong, sorry')).toContain('not-pe.retracted');
    expect(fired('تجربة في الـ lab بس، شغلنا RST وpfSense رمى الـ RST كـ INVALID. مو على البرودكشن')).toContain('not-fw.not-production');
    // the TIME_WAIT issue given as why RST was set is no other cause of the lost registration
    expect(fired("kol el extensions el remote (wara NAT) offline fel portal mn sa3et ma 3'ayyarna SS_TCP_CLOSE_RESET=On 3ashan el TIME_WAIT issue")).not.toContain('not-nat.other-cause');
    // counted in a loop: the counts, never the seconds it sleeps; CPS "l 120" (to 120), never the 3 of "yatla3"
    expect(extract(n.normalise('for i in 1 2 3; do ss -tan state time-wait | wc -l; sleep 60; done\n18233\n24519\n30876')).timeWait).toBe(18233);
    expect(extract(n.normalise('serveur ta3na ki yatla3 CPS l 120, address already in use f logs')).cps).toBe(120);
  });

  it('read the fifty-ninth round (tuning-152): Latin American Spanish and Brazilian Portuguese: thousands in words, the password, a phone switched off, an outage, for the record, please ignore, not production, TCP never used, RST mode switched off or doubted, a count that fell after the fix, a load test, UDP on another server fine', () => {
    // thousands said in words are figures ("treinta mil", "veintiocho mil", "vinte e oito mil")
    expect(fired('pana treinta mil timewait y subiendo, el dialer no puede sacar llamadas')).toContain('pe.timewait-count');
    expect(fired('tenemos unos veintiocho mil time_wait en el pico')).toContain('pe.timewait-count');
    expect(fired('o time_wait ta em vinte e oito mil')).toContain('pe.timewait-count');
    // a count at the busy hour said in Spanish is the writer's own ("tengo como 800 en la hora pico")
    expect(fired('wey cuantos TIME_WAIT es demasiado? tengo como 800 en la hora pico')).toContain('not-pe.few-timewait');
    // the password ("la clave"), a phone switched off, an outage of the provider
    expect(fired('los telefonos no registran desde q cambiaron la clave')).toContain('not-nat.credentials');
    expect(fired('extension 2045 unregistered desde ayer, el telefono esta apagado creo')).toContain('not-nat.no-power');
    expect(fired('galera a vivo ta com queda geral em SP, telefones sem registro')).toContain('not-nat.network-down');
    expect(fired('el proveedor de internet tiene caida en Lima norte, los 3 sites no registran')).toContain('not-nat.network-down');
    // for the record, an old ticket, the meaning asked ("que quiere decir"), but "lo que quiere decir" is "which means"
    expect(fired('ticket antigo so pra referencia: firewall descartando RST depois de ativar modo reset')).toContain('guard.for-the-record');
    expect(fired('ticket viejo: TIME_WAIT 40 mil en 2022')).toContain('ask.example');
    expect(fired('parce que quiere decir cannot assign requested address? lo vi en un curso')).toContain('guard.question');
    expect(fired('el TIME_WAIT subio a 40 mil, lo que quiere decir que no quedan puertos')).not.toContain('guard.question');
    // please ignore, not production, a load test script and production without errors
    expect(fired('pfv ignorar o alerta de TIME_WAIT alto')).toContain('guard.ignore');
    expect(fired('el TIME_WAIT alto es de una prueba de carga, el server no es de produccion')).toContain('not-pe.not-production');
    expect(fired('el cannot assign requested address es de una prueba que hice con un script de carga desde otro servidor. El VOS de producción no tiene errores')).toContain('not-pe.test-load');
    // TCP never used ("nunca usamos tcp"), all UDP ("protocolo udp todo")
    expect(fired('los softphones no registran desde q el isp les cambio a CGNAT, nunca usamos tcp')).toContain('not-nat.udp-only');
    expect(fired('los softphones no registran desde q el isp les cambio a CGNAT. protocolo udp todo')).toContain('not-nat.udp-only');
    // RST mode switched off ("desactivamos el modo RST"), put back to off ("em off de novo"); switched on ("prendimos")
    expect(fired('che, desactivamos el modo RST hace dos semanas y desde entonces los phones detras del mikrotik andan bien')).toContain('not-nat.rst-off');
    expect(fired('Depois que vcs colocaram o RST em Off de novo os telefones atras do mikrotik registraram e nao cairam mais. Obrigado')).toContain('not-nat.rst-off');
    expect(fired('el RST esta en off de nuevo y los telefonos detras del mikrotik registran')).toContain('not-nat.rst-off');
    expect(fired('los PBX detras de NAT se registran y se caen desde q prendimos el modo RST')).toContain('rst.enabled-nat');
    // UDP on another server where it does not happen is the contrast, not the setup
    expect(fired('los PBX detras de NAT se registran y se caen desde q prendimos el modo RST. Con UDP en otro server no pasa')).not.toContain('not-nat.udp-named');
    // a count that fell to three figures after the fix says it is over
    expect(fired('mano o time_wait tava em 30 mil, depois da correcao de vcs caiu pra 350. valeu demais')).toContain('guard.resolved');
    expect(fired('los TIME_WAIT estaban en 30 mil pero despues del ajuste q hicieron quedaron en 400')).toContain('guard.resolved');
    expect(fired('timewait was at 30 thousand, after your fix it dropped to 350')).toContain('guard.resolved');
    expect(fired('after the fix timewait dropped to 20000 and still climbing')).not.toContain('guard.resolved');
    // the RST doubted by the writer ("no creo que sea lo del RST", "não acho que seja o RST")
    expect(fired('No tenemos firewall stateful y las llamadas caen. Asi que no creo que sea lo del RST no?')).toContain('not-fw.rst-off');
    expect(fired('as chamadas caem mas nao acho que seja o RST')).toContain('not-fw.rst-off');
    // an account deleted by mistake ("borro sin querer el account")
    expect(fired('un cliente borro sin querer el account en el panel del vos y sus 12 anexos quedaron unregistered')).toContain('not-nat.account-expired');
  });
  it('read the fifty-fifth round: FortiGate\'s and Huawei\'s words for out of state; a suspicion someone else disproved', () => {
    // "no session matched" (FortiGate) and "session not exist" (Huawei USG) where the resets are named; not where they are denied
    expect(fired('since rst is on the fortigate logs "no session matched" for the sip packets')).toContain('fw.out-of-state');
    expect(fired('after RST mode the USG drops them: session not exist, flags RST')).toContain('fw.out-of-state');
    expect(fired('the fortigate logs no session matched for udp 5060, not rst packets')).not.toContain('fw.out-of-state');
    // "…, but the carrier told us there was an outage" takes the suspicion back, unless what was found is a playbook's cause
    expect(fired('we thought the firewall was dropping RST but the carrier told us there was an outage')).toContain('not-fw.retracted');
    expect(fired('we thought it was the carrier but our vendor told us it was the firewall dropping RST')).not.toContain('not-fw.retracted');
    // the error denied by its errno name or by "cannot assign" alone: the rule's hints must let those through
    expect(fired('we had no error EADDRINUSE all week, the calls drop for another reason')).toContain('not-pe.denied');
    expect(fired('never seen cannot assign requested address on this box')).toContain('not-pe.denied');
  });

  it('read the fifty-seventh round (tuning-141): Bodo, Garo, Kokborok and Karbi: thousands, denials after the noun, "na" that asks, a change proposed or advised, a network down', () => {
    // Garo "hajal" and Bodo "हाजार" are thousands: 47 hajal TIME_WAIT is tens of thousands, not 47
    expect(fired('"netstat -ant | grep TIME_WAIT | wc -l" = 47 hajal, calls connect ong·ja')).not.toContain('not-pe.few-timewait');
    expect(fired('"netstat -ant | grep TIME_WAIT | wc -l" = 47 hajal, calls connect ong·ja')).toContain('pe.timewait-count');
    expect(fired('Log आव "Cannot assign requested address" गोबां। ss -s: timewait ५९ हाजार')).toContain('pe.timewait-count');
    // Kokborok "na" after the verb asks ("Bo RST drop na?") or says "or" ("RST Off khlainai na keepalive?"): no denial
    expect(fired('VOS o RST mode On khlaikha, ulo MikroTik firewall o "drop invalid" counter kotor jakha, call fail. Bo RST drop na?')).not.toContain('not-fw.denied');
    // "RST Off khlainai" proposes turning it off: it does not say RST is off
    expect(fired('RST On khlaikha ulo branch phone rog unregistered jakha. RST Off khlainai na keepalive?')).not.toContain('not-nat.rst-off');
    expect(fired('RST On khlaikha ulo branch phone rog unregistered jakha. RST Off khlainai na keepalive?')).toContain('nat.unregistered');
    // Garo "-san" (only) and "dakja" (not used): a UDP-only setup
    expect(fired('Phone-rang SIP UDP-san dakgipa, TCP dakja. Maina unregistered ong·a?')).toContain('not-nat.udp-only');
    // Bodo "gwiya" and Kokborok "kwrwi" after the noun deny it
    expect(fired('FortiGate log ao RST drop gwiya, SIP trunk provider ni E1 down')).toContain('not-fw.rst-passes');
    expect(fired('peak ao TIME_WAIT 1 hajar, "Cannot assign requested address" gwiya')).toContain('not-pe.denied');
    expect(fired('"Address already in use" sakha ang, bo nginx 443 listen o. Port exhaustion kwrwi, ani bhul bujhi')).toContain('not-pe.denied');
    // Kokborok "khlaidi" quoted from someone else is advice, not RST switched on
    expect(fired('Ani customer sa "RST On khlaidi" sakha, ang khlaiya, bo ni server o NAT phone tongo')).toContain('not-nat.rst-planned');
    // the net that came back was down; phones that get no DHCP address have no network
    expect(fired('Belonia o internet miya 10 ghanta kwrwi, phone rog unregistered. Tini net phaikha')).toContain('not-nat.network-down');
    expect(fired('voice VLAN 20 kwrwi jakha. Phone rog DHCP IP manya, register khlaiya.')).toContain('not-nat.network-down');
    // phones that "do not register" (register khlaiya) are unregistered, not a denial of it
    expect(fired('Ulo home router ni NAT ul o tongmani phone 20 TCP bai register khlaiya, unregistered.')).not.toContain('not-nat.denied');
    // Assamese "bind kori nuwari" after the service's port names the one port it cannot bind
    expect(fired('CCTV NVR software eh RTSP 554 bind kori nuwari: "RTSP server bind failed: Address already in use"')).toContain('not-pe.named-port');
    // Garo "da·o ong·ja" (now it no longer happens) after a past incident
    expect(fired('Skang bilsi-o chinga VOS-o "Cannot assign requested address" ong·aha, 28 hajal TIME_WAIT. Da·o ong·ja.')).toContain('guard.resolved');
    // phones stuck at "Registering..." cannot register
    expect(fired('La pasot NAT router-ke phone an "Registering..." ghuri ase, incoming call miss hoi ase')).toContain('nat.unregistered');
  });

  it('read the fifty-eighth round (tuning-145): load denied, the busy hours as contrast, TCP moved to, passwords among what did not change, a fault that happened right after', () => {
    // "nothing to do with load" denies load: one named port stays one service's own
    expect(fired('EADDRINUSE on 8081 when our API starts. one node process but pm2 list shows it twice, zero traffic, so nothing to do with load')).toContain('not-pe.named-port');
    expect(fired('EADDRINUSE on 8081 at peak, we think it is the load')).not.toContain('not-pe.named-port');
    // "outside busy hours no problem" places the fault in the busy hours, it does not say all is well
    expect(fired('error "address already in use" in busy hours, TIME_WAIT up to 30rb. Outside busy hour no problem')).not.toContain('ask.healthy');
    expect(fired('TIME_WAIT is 3000, no problem at all, just asking')).toContain('ask.healthy');
    // a carrier moved to SIP over TCP: UDP named beside it is the contrast, not a UDP-only setup
    expect(fired('We moved our biggest carrier to SIP over TCP last week and since then outbound connections fail with EADDRINUSE. On UDP this never happened.')).not.toContain('not-pe.udp-only');
    expect(fired('all our phones are on UDP, still EADDRINUSE at night')).toContain('not-pe.udp-only');
    // "Passwords, IPs, nothing else changed": the passwords are among what did not change
    expect(fired('endpoints behind NAT started showing unregistered after RST on. Passwords, IPs, nothing else changed.')).not.toContain('not-nat.credentials');
    expect(fired('endpoints show unregistered since we reset the passwords')).toContain('not-nat.credentials');
    // "happened right after" states the fault: a why-question about it is no mere question
    expect(fired('hi, why would enabling SS_TCP_CLOSE_RESET make my NATed phones unregistered? TCP. happened right after')).not.toContain('ask.question-word');
    expect(fired('hi, why would enabling SS_TCP_CLOSE_RESET make NATed phones unregistered?')).toContain('ask.question-word');
  });

  it('read the fifty-eighth round (tuning-145): the problem said to be over in English: nothing wrong now, documenting the history, not a problem now, the peak went fine after the fix, changed and it registers', () => {
    expect(fired('For the new guy\'s notes: in 2022 we had TIME_WAIT around 28k and calls failing at peak, fixed by RST on. Nothing wrong now, just documenting the history')).toContain('guard.for-the-record');
    expect(fired('TIME_WAIT 28k in 2022, fixed by RST on. Nothing wrong now')).toContain('guard.resolved');
    expect(fired('nothing wrong with the firewall, but the phones behind NAT are unregistered')).not.toContain('guard.resolved');
    // opened with "not a problem now", and "again" only in an if-clause of trying RST once more
    expect(fired('Not a problem now, but last year our FortiGate was dropping the RST packets so we went back to FIN. If we try RST again one day, what should the forti policy have? no rush')).toContain('guard.resolved');
    expect(fired('Not a problem now, but the FortiGate is dropping the RST packets again')).not.toContain('guard.resolved');
    // the peak after the fix went fine, "0 bind errors" inside those words
    expect(fired('After your fix (tw_reuse=1 and the wider port range) tonight\'s peak went fine: 0 bind errors, TIME_WAIT stayed under 5k. Thanks a lot!')).toContain('guard.resolved');
    expect(fired('the peak went fine yesterday, tonight bind errors again')).not.toContain('guard.resolved');
    // a setting changed "and it registers": the change fixed it
    expect(fired('the phone stays unregistered on 5061. Changed to 5060 and it registers. Just confirming that\'s right')).toContain('guard.resolved');
    expect(fired('the phone stays unregistered on 5061 and it registers only on UDP')).not.toContain('guard.resolved');
  });

  it('read the fifty-ninth round (tuning-153): Swahili figures in words and Sheng "thao", Swahili verbs of failing and registering, and Swahili and Pidgin said over, only asked, elsewhere or of another cause', () => {
    // Swahili tens and units after "elfu" (thousand) and "mia" (hundred); Sheng "thao" (thousand) before or after a figure
    expect(extract(n.normalise('Haraka tafadhali!! Simu zote za nje zinafeli, TIME_WAIT zaidi ya elfu thelathini')).timeWait).toBe(30000);
    expect(extract(n.normalise('Nimeangalia tena leo usiku: TIME_WAIT elfu ishirini na tisa, tena simu zinafeli')).timeWait).toBe(29000);
    expect(extract(n.normalise('Manze calls zinafail kila jioni. TIME_WAIT iko kama thao thirty')).timeWait).toBe(30000);
    expect(extract(n.normalise('Habari, TIME_WAIT ni kama mia tatu')).timeWait).toBe(300);
    expect(fired('Habari, TIME_WAIT ni kama mia tatu')).toContain('not-pe.few-timewait');
    // losing registration ("zinapoteza usajili"), not registering ("haijisajili", "hazisajiliki")
    expect(fired('baada ya kuwasha RST mode, softphones za wafanyakazi walio nyumbani zinapoteza usajili kila baada ya dakika chache')).toContain('nat.unregistered');
    expect(fired('baada ya SS_TCP_CLOSE_RESET=On, simu za wateja wa nyumbani hazisajiliki. SIP kwa TCP')).toContain('nat.unregistered');
    // RST dropped ("inadondosha") or blocked ("inazuia") by the firewall
    expect(fired('Mkuu, simu zinakatika na firewall inadondosha RST')).toContain('fw.rst-blocked');
    // over: it was last year, it was solved, an old ticket kept for the record; only asking
    expect(fired('Manze ile issue ya TIME_WAIT elfu thelathini ilikuwa mwaka jana, mlitusaidia. Leo nauliza tu kuhusu CDR export')).toContain('ask.hypothetical');
    expect(fired('Tiketi ya zamani (Juni): simu za MikroTik zilipoteza usajili baada ya RST. Ilitatuliwa. Naiweka hapa kwa kumbukumbu tu')).toContain('guard.resolved');
    // Pidgin: nothing fails; what it means, seen on a forum, not on our server
    expect(fired('How many TIME_WAIT e normal for 200 concurrent calls? we see 1.2k at peak, nothing dey fail')).toContain('ask.all-fine');
    expect(fired('abeg wetin "cannot assign requested address" mean sef? i see am for one forum, no be for our server')).toContain('ask.not-ours');
    // RST set off ("iko off") from the start
    expect(fired('Hakuna mtu ame-change kitu kwa firewall, na RST iko off since day one. Calls zinadrop kwa carrier side')).toContain('not-fw.rst-off');
    // another cause: an account run out, a fiber cut
    expect(fired('Mteja wetu Nairobi anasema simu zao hazijisajili kwa sababu akaunti yao imeisha muda wake wiki hii.')).toContain('not-nat.account-expired');
    expect(fired('simu zote za ofisi ya Mombasa hazijisajili kwenye VOS. Tuliangalia, fiber ya ofisi ilikatwa na ujenzi wa barabara, ofisi haina internet kabisa')).toContain('not-nat.network-down');
  });

  it('read the fifty-sixth round (tuning-146): conntrack INVALID drops said to be over', () => {
    // "conntrack … invalid" does not reach across "no more": the drops are over, not a symptom
    expect(fired('the fix worked, in conntrack no more invalid drops, calls ok')).not.toContain('fw.conntrack-invalid');
    expect(fired('since rst on, conntrack shows invalid drops for the sip packets')).toContain('fw.conntrack-invalid');
  });

  it('read TIME_WAIT counts: tens of thousands for the playbook, a few thousand worth a look, hundreds against it', () => {
    const hits = (t: string) => {
      const m = n.normalise(t);
      return runRules(m, extract(m)).map((h) => `${h.id} ${h.weight}`);
    };
    expect(hits('time_wait 28000')).toContain('pe.timewait-count 4');
    expect(hits('time_wait 5000')).toContain('pe.timewait-count 4');
    expect(hits('time_wait 4999')).toContain('pe.timewait-count 1.5');
    expect(hits('time_wait 1200')).toContain('pe.timewait-count 1.5');
    expect(hits('time_wait 999')).toContain('not-pe.few-timewait -3');
    expect(hits('time_wait 999').filter((h) => h.startsWith('pe.timewait-count'))).toEqual([]);
    // "only", "just" before the figure still give the count
    expect(hits('time_wait only 80, but calls fail')).toContain('not-pe.few-timewait -3');
  });

  it('read the fifty-seventh round (tuning-146 to -149): RST off offered as a choice, a FYI handed on, other traffic\'s RSTs, networks that let only the web through, UDP as the reason for TCP', () => {
    // "RST off or something on the Forti?" offers RST off as a way out; "RST is off" says where it stands
    expect(fired('now calls fail because the FortiGate drops the RST packets, no session matched. now what, RST off or something on the Forti?')).not.toContain('not-fw.rst-off');
    expect(fired('calls fail through the FortiGate but RST is off or so the team says')).toContain('not-fw.rst-off');
    // a forwarded alarm handed to the next tier is no note for the record
    expect(fired('Monitoring fwd: FortiGate anomaly: tcp RST dropped 4,511/min, since the change (RST On). FYI @L2')).not.toContain('guard.for-the-record');
    expect(fired('RST dropped on the FortiGate last week, fixed since. FYI')).toContain('guard.for-the-record');
    // the dropped RSTs were another VLAN's or device's
    expect(fired('the ASA has an RST drop rule, but only on the guest wifi VLAN, VOS wale VLAN pe nahi')).toContain('not-fw.other-traffic');
    expect(fired('FortiGate log shows RST drop, but that was not our VOS traffic, it was the CCTV NVR on 554')).toContain('not-fw.other-traffic');
    expect(fired('FortiGate drops RST on the VOS VLAN since RST mode, calls hang')).not.toContain('not-fw.other-traffic');
    // a network that lets only the web through, a desktop firewall blocking the softphone: another cause than RST
    expect(fired('linphone does not register on the hotel wifi, only on 4G. the hotel network is blocking everything except 80 and 443')).toContain('not-nat.address-blocked');
    expect(fired('after the Windows update MicroSIP shows unregistered: Windows Defender Firewall blocked MicroSIP.exe')).toContain('not-nat.address-blocked');
    // UDP given as the reason the phones use TCP is no "UDP only"
    expect(fired('since the RST tuning all 18 phones behind the MikroTik are unregistered, TCP transport use kori karon UDP te ISP jhamela kore')).not.toContain('not-nat.udp-only');
    expect(fired('all phones unregistered behind the MikroTik, we use UDP only')).toContain('not-nat.udp-only');
  });

  it('read the fifty-sixth round (tuning-147): a problem named as the portal\'s own', () => {
    // "it's only a portal problem", "sirf portal ka masla hai": the fault is that part's, none of the switch's
    expect(fired('tomcat: JVM_Bind 8080 address already in use after the portal hung at peak, calls are fine, it\'s only a portal problem')).toContain('not-pe.cause-elsewhere');
    expect(fired('portal hang hua peak pe, JVM_Bind 8080 address already in use, calls theek, sirf portal ka masla hai')).toContain('not-pe.cause-elsewhere');
    expect(fired('address already in use at peak and calls fail, not only a portal problem')).not.toContain('not-pe.cause-elsewhere');
  });

  it('read the eighty-sixth round (tuning-26 to -255): a listening service named before its own bind error, whatever load is named beside it', () => {
    // CPS, calls or a few TIME_WAIT named beside the error do not make a service's own port exhaustion
    expect(fired('redis will not start: "Could not create server TCP listening socket *:6379: bind: Address already in use". VOS itself works, only the CPS graphs stay empty')).toContain('not-pe.service-bind-error');
    expect(fired('tomcat web manager error "Address already in use: JVM_Bind" after 2 restarts, call traffic still normal at 300 cps, only the web is down')).toContain('not-pe.service-bind-error');
    expect(fired('openvpn will not start: "TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use", the support team cannot connect')).toContain('not-pe.service-bind-error');
    // another SIP server installed beside the switch, named after the error
    expect(fired('mbx3000d will not start, log says "bind 5060 fail: Address already in use". we installed a 3CX trial on the same machine yesterday')).toContain('not-pe.service-bind-error');
    // local ports running out, or a count of sockets in TIME_WAIT, take it back
    expect(fired('tomcat cannot reach the database at peak: bind failed, address already in use, the ephemeral range ran out')).not.toContain('not-pe.service-bind-error');
    expect(fired('mysql backups fail, bind: address already in use, TIME_WAIT 30 thousand')).not.toContain('not-pe.service-bind-error');
    // the VOS itself, a Java program, is no listening service named
    expect(fired('java.net.BindException: Address already in use at peak, 29000 TIME_WAIT')).not.toContain('not-pe.service-bind-error');
  });

  it('read the eighty-sixth round (tuning-253): checks that came back fine are no "everything works"', () => {
    expect(fired('we checked the routes, checked the balance, all fine. then the server: 31,005 sockets in TIME_WAIT and "Address already in use" on every connection')).not.toContain('ask.all-fine');
    expect(fired('revisamos rutas, revisamos saldo, todo bien. el server tiene 31.005 sockets en TIME_WAIT')).not.toContain('ask.all-fine');
    expect(fired('300 sockets in TIME_WAIT, all fine, just asking')).toContain('ask.all-fine');
  });

  it('read the eighty-sixth round (tuning-245, -250, -252): the NATed ones said not to work at the end, Tagalog "simula noon" (since then), a router\'s scheduled reboot', () => {
    expect(fired('since SS_TCP_CLOSE_RESET="On" went into softswitch.conf the NATed endpoints show unregistered. UDP ones are fine, TCP behind NAT not')).not.toContain('not-nat.denied');
    expect(fired('phones offline but it is not NAT, the router was unplugged')).toContain('not-nat.denied');
    expect(n.normalise('Naka-On na yung RST since Monday at simula noon unregistered yung mga NATed phones').phrase).toContain(' since then unregistered ');
    // everything worked for more than a year before the fault: the time before it, not a health report
    expect(fired('Yealink T46 у всех на TCP, роутеры Keenetic в каждом офисе, NAT. Всё работало больше года. А с четверга, когда вы включили RST, отвалы регистраций')).not.toContain('ask.healthy');
    expect(fired('everything is working, 300 TIME_WAIT, just asking')).toContain('ask.healthy');
    // Malay "tak register dah": no longer registers
    expect(fired('lepas korang on kan RST tu, phone belakang NAT kat ofis Penang (TCP) tak register dah')).toContain('nat.unregistered');
    // a router that reboots on a schedule is the writer's own cause
    expect(fired('every night 2am all phones unregistered 5 minutes, because the router got scheduled reboot, after that ok again')).toContain('not-nat.own-change');
  });

  it('read the eighty-sixth round (tuning-255, -257): a Vietnamese exam question, Greek history told and solved', () => {
    expect(fired('Câu hỏi ôn thi nội bộ: "Vì sao khi bật RST, tường lửa stateful có thể chặn gói RST?"')).toContain('ask.example');
    expect(n.normalise('Πέρσι τον Μάρτιο είχαμε χιλιάδες TIME_WAIT. Το λύσαμε με tcp_tw_reuse, δεν έχει ξανασυμβεί. Ρωτάω μόνο').phrase).toContain(' last year ');
    expect(n.normalise('Πέρσι τον Μάρτιο είχαμε χιλιάδες TIME_WAIT. Το λύσαμε με tcp_tw_reuse, δεν έχει ξανασυμβεί. Ρωτάω μόνο').phrase).toContain(' we solved tcptwreuse not happened again asking only ');
  });

  it('read the eighty-seventh round (tuning-214, -258): Korean says "not" after what it denies, and counts per second', () => {
    // "registration is not kept", then NAT in the next sentence: no denial of NAT
    expect(fired('지사 전화기들 SS_TCP_CLOSE_RESET On 이후 등록 유지가 안 됨. NAT 세션이 안 지워지는 듯')).not.toContain('not-nat.denied');
    // "registration is not stable" against "registration is stable"
    expect(fired('RST 바꾼 다음부터 NAT 뒤 단말 등록이 안정적이지 않습니다')).not.toContain('not-nat.registered-fine');
    expect(fired('전화기 등록은 안정적입니다')).toContain('not-nat.registered-fine');
    expect(n.normalise('어제 콜 실패는 방화벽 RST 문제 아니었고 캐리어 쪽 장애였습니다').phrase).toContain(' rst problem not ');
    // "만약에" (what if) is no ten thousand
    expect(n.normalise('만약에 피크 때 TIME_WAIT 가 3만 넘어가면 어떤 증상이 나오나요?').phrase).toMatch(/^ what if peak /);
    // a few dozen errors per second is no count of TIME_WAIT; a few dozen in TIME_WAIT is one
    expect(fired('이 에러가 초당 수십 개씩 나옵니다. TIME_WAIT 는 2만9천')).not.toContain('not-pe.few-timewait-words');
    expect(fired('TIME_WAIT 는 수십 개뿐이에요')).toContain('not-pe.few-timewait-words');
    expect(n.normalise('동시 등록 수 제한이 계정당 1로 돼있어서 폰이랑 소프트폰 같이 쓰면 하나가 계속 튕겨요. 제한 늘리는 설정 어디 있나요?').phrase).toContain(' limit ');
  });

  it('read the eighty-seventh round (tuning-180, -258): Japanese supposes, cancels a figure, shares an extension, cannot keep a registration', () => {
    expect(fired('もしSS_TCP_CLOSE_RESETをOnにしたら、NAT配下の電話機って登録落ちたりしますか？')).toContain('not-nat.rst-supposed');
    expect(fired('SS_TCP_CLOSE_RESETをOnにしたら、NAT配下の電話機が登録落ちします')).not.toContain('not-nat.rst-supposed');
    expect(fired('あ、さっきの件取り消します。TIME_WAIT 3万って書いたけど桁間違いで、正しくは300でした')).toContain('not-pe.typo');
    expect(fired('同じ内線を2台で登録してて、後から登録した方が前のを上書きしちゃってた')).toContain('not-nat.shared-account');
    expect(fired('RSTモードにした日から、NAT配下の電話機の登録が維持できません')).toContain('nat.unregistered');
    // a test lab, a home lab, a colleague, a training assignment: read, for the framing to weigh
    expect(n.normalise('検証ラボでRST On にしてCisco ASAの挙動を確認中').phrase).toMatch(/^ test lab rst on /);
    expect(n.normalise('同僚が自宅ラボのMikroTik裏でSIP/TCPの電話がRSTで登録落ちする').phrase).toMatch(/^ colleague home lab mikrotik /);
    expect(n.normalise('研修の課題で、RSTを有効にするとFWがRSTを破棄するケースを説明します').phrase).toMatch(/^ training assignment rst /);
    // "台" alone is no device: Chinese counts with it, and writes "平台" (platform)
    expect(n.normalise('还有三台没回来，要重启话机吗').phrase).not.toContain('devices');
  });

  it('read the eighty-seventh round (tuning-219, -259 to -261): Urdu, Punjabi, Tamil, Telugu, Marathi, Uzbek, Portuguese and French', () => {
    // Urdu script: a registration that does not hold, shall we take them to UDP (a fix asked, no "UDP only"), or turn RST off
    const urdu = 'اب NATed softphones کی registration ٹکتی ہی نہیں۔ سب TCP پر ہیں۔ UDP پر لے جائیں یا RST بند کریں؟';
    expect(fired(urdu)).toContain('nat.unregistered');
    expect(fired(urdu)).not.toContain('not-nat.udp-only');
    expect(fired(urdu)).not.toContain('not-nat.rst-off');
    expect(fired('ہمارے سارے فون UDP پر ہیں')).toContain('not-nat.udp-only');
    // Shahmukhi: the registration keeps dropping
    expect(fired('MikroTik دے پچھے والے سارے IP phones (TCP) دی registration ڈگدی رہندی اے')).toContain('nat.unregistered');
    // Tamil: a doubt asked before doing it; Telugu: a friend's server, not ours; Marathi: thousands, read in a course
    expect(n.normalise('ஒரு டவுட்: RST mode On பண்ணினா firewall RST-ஐ drop பண்ணுமா? இன்னும் பண்ணல').phrase).toContain(' doubt rst mode on if we do ');
    expect(fired('మా friend వాళ్ళ server లో "Cannot assign requested address" వచ్చిందట. మా server కాదు, మాది బాగానే ఉంది')).toContain('ask.someone-elses');
    expect(extract(n.normalise('TIME_WAIT ३० हजारांच्या वर')).timeWait).toBe(30000);
    expect(n.normalise('course मध्ये वाचलं, सोप्या भाषेत समजावून सांगाल का?').phrase).toContain(' read explain ');
    // Uzbek: around 200, no complaint, is it normal
    expect(fired('Салом, бизда 200 атрофида TIME_WAIT бор. Мижозлардан шикоят йўқ. Шу рақамлар нормалми')).toContain('ask.question');
    // Portuguese: nothing changed, not ours; French: not a call lost is no fault told
    expect(n.normalise('Do nosso lado nada mudou, RST Off. Era um teste de outro cliente, não nosso').phrase).toContain(' nothing changed rst off ');
    expect(fired('Tout marche correct, pas un appel perdu, 400 connexions en TIME_WAIT')).toContain('ask.healthy');
    expect(fired('Tout marche correct, mais un appel perdu sur deux, 30 000 connexions en TIME_WAIT')).not.toContain('ask.healthy');
  });

  it('read the eighty-seventh round (tuning-251 to -257): Russian, Sundanese, Levantine, Khmer, Amharic and Polish wording', () => {
    // Russian: registered now and then; a "white" (public) IP is no address lost
    expect(n.normalise('posle RST nashi filialy za NATom (TCP) to registriruyutsya to net. na glavnom servere s belym IP vse ok').phrase).toContain(' registration unstable ');
    expect(fired('После RST-изменения у кого-то "unregistered", входящие теряются. Белые IP у руководства — у них всё ок')).not.toContain('not-nat.network-down');
    // Sundanese: no longer registered
    expect(fired('saatos SS_TCP_CLOSE_RESET=On, 30 ekstensi di kantor (NAT, TCP) teu kadaptar deui')).toContain('nat.unregistered');
    // Levantine: "ما عنا" (we do not have), while "عنا" alone (with us) stays unread; at my old company two years ago
    expect(fired('الـpfSense تبعهم بيرمي RST packets، بس نحنا ما عنا RST مفعّل أصلاً')).toContain('not-fw.rst-off');
    expect(n.normalise('عنا port exhaustion عالسيرفر وقت الذروة').phrase).not.toContain('have');
    expect(fired('بشركتي القديمة قبل سنتين كان الـASA يرمي الـRST')).toContain('ask.someone-elses');
    // Khmer: my friend's firewall; I never turned it on
    expect(fired('mit knhom nov Battambang mean firewall drop RST kroy pi ke bert RST mode. knhom ot dael bert te, server knhom ok')).toContain('not-fw.rst-off');
    // Amharic: "agent-och new" (they are agents) is no new softphone
    expect(fired('agent-och new: Zoiper ke home router (NAT) behuwala, TCP transport, ena hulum unregistered')).not.toContain('not-nat.device-reset');
    // Polish: nothing happens on the routes without the ASA: no denial of the firewall
    expect(fired('po włączeniu RST połączenia przez naszą ASA zaczęły się sypać, na trasach bez ASA nic się nie dzieje')).not.toContain('not-fw.denied');
    expect(fired('po włączeniu RST połączenia się sypią, na trasach bez ASA to samo')).toContain('not-fw.denied');
  });

  it('read the eighty-seventh round (tuning-250 to -257): the day\'s rate beside the evening\'s, Argentine "internas", Burmese, Romanian and Chinese wording', () => {
    // the quiet rate of the day is no rate of the fault told for the evening
    expect(extract(n.normalise('в TIME_WAIT тридцать тысяч. Днём при 30 CPS всё нормально, вечером при 140 — вот это')).cps).toBeUndefined();
    expect(extract(n.normalise('в TIME_WAIT тридцать тысяч при 30 CPS')).cps).toBe(30);
    // Spanish: the extensions go offline and come back since the close was changed to RST
    expect(fired('Las internas de la sucursal se caen y vuelven todo el día. Router con NAT. Esto arrancó cuando ustedes cambiaron el cierre a RST.')).toContain('rst.enabled-nat');
    expect(fired('los clientes no mantienen el registro desde q el switch cierra las tcp con RST, se caen y vuelven')).not.toContain('fw.rst-blocked');
    // Burmese in Latin letters: since RST was turned on, behind the router, registration keeps dropping
    expect(fired('Ko, RST phwint pee kat ka sa pee, router nout ka phone twy (TCP) register pyoke pyoke phit nay tal')).toContain('nat.behind-nat');
    // Romanian: the firewall's states open until they time out, no account that expired
    expect(n.normalise('Stările rămân deschise pe firewall până expiră').phrase).not.toContain('expired');
    // Chinese: extensions that keep dropping, while "一直掉线" stays always offline; from Off to ("變") On; not changed ("没变")
    expect(n.normalise('分机一直掉，查了密码没问题').phrase).toContain(' extensions keep dropping password is fine ');
    expect(n.normalise('同事一直掉线').phrase).toContain(' always offline ');
    expect(n.normalise('唯一的變更是 SS_TCP_CLOSE_RESET 從 Off 變 On').phrase).toContain(' the only change was sstcpclosereset from off to on ');
    expect(n.normalise('公司 IP 没变，密码没变').phrase).toContain(' not changed ');
  });

  it('read the eighty-eighth round (tuning-262, -263): Chinese and Russian wording, and a log that shows a registration flapping', () => {
    // Chinese: a routine check with no errors, training newcomers, another customer's ticket, unrelated, calls that cannot get in
    expect(n.normalise('例行檢查：TIME-WAIT 1,2xx，日誌沒有錯誤').phrase).toContain(' routine check ');
    expect(n.normalise('下周给新人培训').phrase).toContain(' next week newcomers training ');
    expect(fired('这是另一个客户的工单，不是我们的：他们的 iptables 丢 RST')).toContain('ask.someone-elses');
    expect(fired('IP 話機都用 TCP 註冊，現在每隔幾分鐘就掉註冊，來電打不進去')).not.toContain('not-nat.denied');
    expect(fired('新人问个基础问题：为什么电话打完以后netstat里那条连接还显示TIME_WAIT？')).toContain('ask.question-word');
    // Russian: connections not established is no denial of the error after it; UDP customers not affected is a contrast
    expect(fired('в пике 190 CPS исходящие TCP к Magti не устанавливаются, ошибка Cannot assign requested address')).not.toContain('not-pe.denied');
    expect(fired('теперь IP-телефоны у клиентов за NAT по SIP/TCP теряют регистрацию. Причём клиенты на UDP не пострадали.')).not.toContain('not-nat.udp-only');
    expect(fired('у нас все телефоны на UDP')).toContain('not-nat.udp-only');
    // "как только" (as soon as) asks nothing; a flapping registration; an interview; a planned change of RST
    expect(fired('Как только включили RST — у АТС в филиале (за NAT, SIP TCP) регистрация флапает.')).not.toContain('ask.question-word');
    expect(fired('Как включить RST?')).toContain('ask.question-word');
    expect(fired('у АТС в филиале (за NAT, SIP TCP) регистрация флапает')).toContain('nat.unregistered');
    expect(fired('На собеседовании спросил кандидата, почему при высоком CPS заканчиваются эфемерные порты')).toContain('ask.example');
    expect(fired('Планируем в субботу переключить RST на On. Клиенты за MikroTik по TCP потеряют регистрацию?')).toContain('not-nat.rst-supposed');
    // a log of the registration: ok, expired, ok again
    expect(fired('10:12 reg ok, 10:14 expired, 10:15 reg ok, 10:18 expired, NAT, TCP, RST включили вчера')).not.toContain('not-nat.registered-fine');
    expect(fired('10:12 reg ok, all phones registered fine')).toContain('not-nat.registered-fine');
    // Pinyin: the problem came ("wenti lai le"), told as going on now
    expect(n.normalise('xianzai wenti lai le: NAT li de gateway dou diao zhuce').phrase).toContain(' now we have a problem ');
    // one phone (a Yealink) named with its count, whose registration dropped off
    expect(fired('120 Yealink за Keenetic, регистрация по TCP — отвалились после изменения RST')).toContain('nat.unregistered');
  });

  it('read the eighty-eighth round (tuning-264, -265): Indonesian, Malay, Sundanese and Spanish wording, a rate said with "nya cuma", plans and blogs', () => {
    expect(extract(n.normalise('server kami CPS nya cuma 15-25, TIME_WAIT sekitar 2 ribuan')).cps).toBe(25);
    expect(n.normalise('kami bercadang nak on-kan SS_TCP_CLOSE_RESET bulan depan. nak rancang dulu').phrase).toMatch(/^ we plan .* just planning $/);
    expect(fired('blog post yg saya tulis: Kenapa ASA men-drop RST')).toContain('ask.example');
    expect(fired('a blog post we wrote about why the ASA drops RST')).toContain('ask.example');
    expect(n.normalise('firewall stateful nya drop. tcpdump di belakang firewall: RST gak ada. firewall stateful').phrase).toContain(' rst is missing ');
    expect(fired('saatos setelan RST diaktipkeun, softphone agen di bumi (router NAT, TCP) pareum-hurung registrasina')).toContain('nat.unregistered');
    // Spanish: if someday RST is activated; a job interview; a battery that runs out
    expect(fired('Si algún día activo el RST y los MikroTik de los clientes empiezan a perder el registro, ¿cómo vuelvo atrás?')).toContain('not-nat.rst-supposed');
    expect(fired('Desde que activé el RST los MikroTik de los clientes pierden el registro')).not.toContain('not-nat.rst-supposed');
    expect(n.normalise('En una entrevista de trabajo me preguntaron qué pasa').phrase).toContain(' in a job interview i was asked ');
    expect(n.normalise('el teléfono wifi se desregistra, pero es que se queda sin batería').phrase).toContain(' the battery runs out ');
  });

  it('read the eighty-ninth round (tuning-266 to -269): a figure that drops to nothing, no failed calls, an ordinary router, a log from last year', () => {
    // A count that falls to nearly nothing at night is no fault told: the question stands.
    expect(fired('how long does a socket stay in time_wait on linux? our count is about 500 and drops to nearly nothing at night')).toContain('ask.question');
    expect(fired('how long does it take? since the rst change the phones drop every few minutes')).not.toContain('ask.question');
    expect(fired('time_wait goes from 300 to 1,900 between 8 and 9 pm. no failed calls, no errors')).toContain('ask.all-fine');
    expect(fired('time_wait 1,900 at 9 pm and calls failed')).not.toContain('ask.all-fine');
    // "router normal" is an ordinary router, not "is this normal?"
    expect(fired('extensions behind a normal router flap registration since we enabled rst mode')).not.toContain('ask.question');
    expect(fired('is this normal? 400 time_wait')).toContain('ask.question');
    expect(fired('asa log deny tcp no connection flags rst, this was from last year, now no problem')).toContain('ask.example');
    expect(fired('since last year the asa log shows deny tcp no connection flags rst')).not.toContain('ask.example');
  });

  it('read the eighty-ninth round (tuning-266 to -269): Nordic, German, Hungarian, Afrikaans, Swahili, Khmer, Bulgarian and Arabic wording', () => {
    expect(n.normalise('Spørgsmål til en jobsamtale: forklar hvorfor').phrase).toBe(' question til en job interview explain why ');
    expect(n.normalise('siden I slog den der tcp reset til').phrase).toContain(' switched that tcp reset on ');
    expect(n.normalise('Ist es normal? Im Test gab es keine Fehler.').phrase).toContain(' is it normal ');
    expect(n.normalise('Im Test gab es keine Fehler.').phrase).toContain(' no errors ');
    expect(n.normalise('Net ter inligting: die foute van verlede maand').phrase).toContain(' for the record ');
    expect(n.normalise('Hili ni swali la mtihani wa mafunzo: eleza kwa nini').phrase).toContain(' question la exam wa training explain why ');
    expect(n.normalise('នេះជាសំណួរ interview').phrase).toBe(' this is question interview ');
    expect(n.normalise('Миналата година имахме грешка и го оправихме').phrase).toContain(' last year we had ');
    expect(n.normalise('phone ot mean NAT ot ei te').phrase).toContain(' without nat ');
    expect(n.normalise('kurz darauf neu registriert').phrase).toBe(' shortly after registered again ');
    expect(fired('ሰላም፣ የስራ ቃለ መጠይቅ ጥያቄ ነው፦ "Cannot assign requested address" ምን ማለት ነው?')).toContain('ask.example');
    expect(fired('Vizsgakérdés a VoIP tanfolyamról: mi okozza a Cannot assign requested address hibát?')).toContain('ask.example');
  });

  it('read the eighty-ninth round (tuning-234 to -263): the kernel not closing, UDP nobody complains of, a greeting to a friend, ports none left, a fixed IP fine', () => {
    // The kernel not closing sockets is asked about, not calls that do not end.
    expect(fired('explain what is time_wait and why the kernel does not close sockets at once')).toContain('ask.question');
    expect(fired('explain why the calls do not close, they hang for hours')).not.toContain('ask.question');
    // Customers on UDP that nobody complains of are the contrast, not a UDP-only setup.
    expect(fired('phones behind nat on sip tcp all unregistered this morning, customers using udp nobody complains')).not.toContain('not-nat.udp-only');
    expect(fired('we are using udp, nobody uses tcp here')).toContain('not-nat.udp-only');
    // "Hello friend" greets; "my friend's server" is someone else's.
    expect(fired('hello friend, server vos3000 blocked at peak: cannot assign requested address')).not.toContain('ask.someone-elses');
    expect(fired('a friend server vos3000 shows cannot assign requested address')).toContain('ask.someone-elses');
    // "No more local port" is the ports run out, not the errors gone.
    expect(fired('every night at peak our vos no more local port, java.net.BindException on outgoing connect')).not.toContain('guard.resolved');
    expect(fired('since the change no more bindexception at peak')).toContain('guard.resolved');
    expect(fired('corporate customers with fixed ip no problem, home softphones behind nat keep dropping')).not.toContain('ask.healthy');
    expect(n.normalise('RST on ni shite kara, softphone ga touroku hazureru. dou sureba?').phrase).toContain(' registration drops ');
    expect(n.normalise('notre pare-feu écarte les paquets RST').phrase).toContain(' drops ');
  });

  it('read the eighty-ninth round (tuning-46 to -223): no phone on TCP, a power cut, an internet line cut, a Turkish question, a restart at night', () => {
    expect(fired('les clients en udp derrière des box orange se désenregistrent, aucun poste en tcp')).toContain('not-nat.udp-only');
    expect(fired('les postes en tcp derrière le nat se désenregistrent depuis le rst')).not.toContain('not-nat.udp-only');
    expect(n.normalise('bên em mất điện từ sáng, giờ có điện lại').phrase).toContain(' power cut ');
    expect(n.normalise('son abonnement internet est coupé').phrase).toContain(' internet is cut ');
    expect(n.normalise('as calls tao all completando normal').phrase).toContain(' completing normal ');
    expect(fired('netstatta 1200 tane TIME_WAIT, bu bir sorun mu')).toContain('ask.question');
    // Afrikaans "die" after a preposition is "the", not a call that dies.
    expect(fired('Hoeveel TIME_WAIT is normaal? Ek sien so 900 in die middag. Geen foute in die log nie.')).toContain('ask.question');
    expect(fired('how many time_wait is normal? the calls die in the afternoon')).not.toContain('ask.question');
    // "Not the firewall dropping RST" denies it; calls passing fine beside it are no fault told.
    expect(fired('thanks, not the firewall dropping rst, another fix did it. calls are fine')).toContain('ask.all-fine');
    expect(fired('the firewall is dropping rst, calls are fine only at night')).not.toContain('ask.all-fine');
    expect(fired('as calls tao all completando normal, ta ok')).toContain('ask.all-fine');
    expect(fired("uyda ishlaydigan operatorlarimiz (MicroSIP, TCP, uy routerlari orqali) ro'yxatdan o'tolmayapti")).toContain('nat.unregistered');
    // The time a server was restarted is no load.
    expect(fired('tomcat log: java.net.BindException: Address already in use 8080. server restarted at night')).toContain('not-pe.listening-service');
    expect(fired('kal raate server restart dise, tomcat log: java.net.BindException: Address already in use 8080')).toContain('not-pe.listening-service');
    expect(fired('tomcat log: java.net.BindException: Address already in use, every night at peak')).not.toContain('not-pe.listening-service');
  });

  it('read the ninetieth round (tuning-270 to -273): Korean, Japanese, Chinese, Punjabi, Nepali, Hindi and Portuguese wording', () => {
    // Korean is read by the unspaced tables: a LAN cable unplugged, a full disk, an account deleted, a firewall avoided.
    expect(n.normalise('현장 가보니 랜선이 빠져 있었음').phrase).toContain(' lan cable unplugged ');
    expect(n.normalise('서버 디스크가 100% 차서').phrase).toContain(' disk 100 full ');
    expect(n.normalise('방화벽 없는 직결 캐리어는 정상').phrase).toBe(' firewall without direct normal ');
    expect(fired('gateway 등록 상태가 offline이에요. 현장 가보니 랜선이 빠져 있었음')).toContain('not-nat.network-down');
    // The report of an outage is a live one; a report for the record is not.
    expect(n.normalise('件名: 発信障害のご報告').phrase).toBe(' calls outage report ');
    expect(n.normalise('一応ご報告まで').phrase).toContain(' for the record ');
    expect(n.normalise('試験問題：TIME_WAIT').phrase).toBe(' exam question timewait ');
    expect(n.normalise('ドメインの更新を忘れてて失効').phrase).toContain(' forgot to renew expired ');
    expect(n.normalise('RST mode ni kaete kara touroku dekinai').phrase).toContain(' changed kara registration cannot ');
    expect(n.normalise('port ga kokatsu shiteru').phrase).toContain(' exhausted ');
    expect(n.normalise('SIP server改成了别家平台的地址').phrase).toContain(' another platform ');
    expect(n.normalise('ਨਵੀਆਂ calls ਨਹੀਂ ਲੱਗਦੀਆਂ').phrase).toBe(' new calls not connect ');
    expect(n.normalise('RST मोड अन गर्ने योजना अर्को हप्ताको').phrase).toContain(' plan next week ');
    expect(n.normalise('as portas locais tão todas presas em TIME_WAIT').phrase).toContain(' stuck ');
    expect(fired('ਨਵੀਆਂ calls ਨਹੀਂ ਲੱਗਦੀਆਂ। ephemeral ports ਸਾਰੇ TIME_WAIT ਵਿੱਚ ਫਸੇ ਪਏ ਨੇ, 30k ਤੋਂ ਉੱਪਰ')).not.toContain('not-pe.denied');
  });

  it('read the ninetieth round (tuning-15 to -273): a question mark with no space after, the server his, nobody changed the password, UDP still normal, the ASR falling', () => {
    // Chinese and Japanese put no space after a question mark.
    expect(fired('TIME_WAIT 默认 60 秒 能不能改短？tcp_fin_timeout 是管这个的吗')).toContain('ask.question-mark');
    expect(fired('see https://example.com/page?id=3 for the log')).not.toContain('ask.question-mark');
    expect(fired('um revendedor diz ter 30 mil TIME_WAIT, mas o servidor é dele e não é gerido por nós')).toContain('ask.someone-elses');
    expect(fired('o servidor é nosso e tem 30 mil TIME_WAIT')).not.toContain('ask.someone-elses');
    expect(fired('nobody changed the password, phones unregistered since rst on')).not.toContain('guard.credentials');
    expect(fired('somebody changed the password, phones unregistered')).toContain('guard.credentials');
    // UDP that carries on as normal is the contrast, not a UDP-only setup.
    expect(fired('since rst the stateful firewall drops rst, the udp with the same carrier continua normal')).not.toContain('not-fw.udp-named');
    expect(fired('we only use udp with the same carrier and the firewall drops packets')).toContain('not-fw.udp-named');
    // The ASR falling a few words on is a fault told, not a billing question.
    expect(fired('the asr with the carrier of portugal went down from 55 to 20 since rst')).not.toContain('guard.billing');
    expect(fired('send me the asr report of the carrier for last month')).toContain('guard.billing');
    // Calls that do not pass the firewall are the contrast; a firewall that does not work normally is no firewall fine.
    expect(fired('call lalu firewall banyak fail, log tunjuk RST kena drop. yang tak lalu firewall ok je')).not.toContain('not-fw.firewall-fine');
    expect(fired('since rst the firewall normal chen ashxatum, log tcp rst dropped')).not.toContain('not-fw.firewall-fine');
    expect(fired('the firewall is fine, no drops in the log')).toContain('not-fw.firewall-fine');
    expect(fired("l'adresse IP du serveur a changé, les téléphones ont perdu l'enregistrement")).toContain('not-nat.address-changed');
    expect(fired('desde a mudança para RST o registo cai. Reverter o parâmetro resolve?')).not.toContain('not-nat.address-changed');
    expect(fired('the sip domain no longer resolves, phones unregistered')).toContain('not-nat.address-changed');
    expect(n.normalise('SRX log: TCP RST dropped').phrase).toBe(' firewall log tcp rst dropped ');
  });

  it('read the ninetieth round (tuning-271 and -272): registration that vanishes, a process that has taken the port, the manager client, registration said unrelated', () => {
    expect(n.normalise('registro some a cada 2-3 min nos phones atrás de nat').phrase).toContain(' registration drops ');
    expect(n.normalise('o registo cai de forma intermitente desde a mudança').phrase).toContain(' drops intermittently ');
    expect(fired('registro some a cada 2-3 min nos phones atrás de nat desde o reparse com RST on. volto pra Off?')).not.toContain('ask.question-mark');
    // Another process that has taken the port is one service's own port, in English and in Hindi.
    expect(fired('the manager service port: another java process has taken it, restart gives bindexception')).toContain('not-pe.listening-service');
    expect(fired('server पर देखा तो manager service वाला port किसी और java process ने ले रखा है, restart पे BindException आता है')).toContain('not-pe.listening-service');
    expect(fired('bindexception on outgoing connections at peak, another carrier has taken over the traffic')).not.toContain('not-pe.listening-service');
    // The desktop manager that cannot connect to the server is no outgoing connection of the switch.
    expect(fired('VOS3000 manager client connect fails; another java process has taken the manager port, BindException on restart')).toContain('not-pe.listening-service');
    expect(fired('java.net.BindException address already in use when we connect to the carrier at peak')).not.toContain('not-pe.listening-service');
    // Registration said to have nothing to do with it is no trunk registration.
    expect(fired('since rst the calls tcp pro carrier travam, registro de phone não tem nada a ver')).not.toContain('guard.trunk-registration');
    expect(fired('since this morning the carrier trunk registration fails')).toContain('guard.trunk-registration');
  });

  it('read the ninetieth round (tuning splits): a question that ends asking for the fix is no question whether there is a fault', () => {
    expect(fired('post-change we see mass unregistrations from tcp endpoints, three big customers behind cgnat. Rollback?')).not.toContain('ask.question-mark');
    expect(fired('sejak on RST, softphone staff dari rumah register then gone. Nak roll back ke?')).not.toContain('ask.question-mark');
    expect(fired('TIME_WAIT lakhs me, calls fail at peak. kya karein?')).not.toContain('ask.question-mark');
    expect(fired('aba mikrotik NAT pachadi ka phones le registration gumaucha. k garne?')).not.toContain('ask.question-mark');
    expect(fired('busy hour EADDRNOTAVAIL towards 15 vendors, quiet time ok, can you help tune?')).not.toContain('ask.question-mark');
    // A question that asks whether, or what a thing is, still holds back.
    expect(fired('300 sockets in time_wait on a quiet server, is that normal?')).toContain('ask.question-mark');
    expect(fired('what is time_wait exactly, and how do we roll back a sysctl?')).toContain('ask.question-mark');
    expect(fired('birbaşa public ip-də olanlar düşmür, nat arxasındakı telefonlar qeydiyyatı saxlamır. geri qaytaraq?')).not.toContain('ask.question-mark');
  });

  it('read the ninety-first round (tuning-274 to -277): fine in the day or at the office, calls that do not drop, a port a process occupies, a service started, a greeting', () => {
    // Fine in the day, at the office or with a public IP is the contrast beside the fault, not all fine.
    expect(fired('en la noche se llena de time_wait (vi 27.900), de dia todo normal')).not.toContain('ask.all-fine');
    expect(fired('kechki payt qongiroqlar otmay qolyapti, eaddrinuse. Kunduzi hammasi normal')).not.toContain('ask.all-fine');
    expect(fired('softphones at home behind wifi routers do not register since rst. in the office with public ip all ok')).not.toContain('ask.healthy');
    expect(fired('the gateways con ip pública no tienen problema, the phones behind nat drop since rst')).not.toContain('ask.healthy');
    expect(fired('everything is normal today, no errors')).toContain('ask.all-fine');
    expect(fired('time_wait 90 in the morning, 1 thousand at the evening peak, calls do not drop')).toContain('ask.all-fine');
    // A process that holds the port's number, a service being started, a command's output.
    expect(fired('al levantar el servicio de grabación en el puerto 8000 sale bind: address already in use')).toContain('not-pe.listening-service');
    expect(fired('bind: address already in use, un python ya ocupa el 8000')).toContain('not-pe.listening-service');
    expect(n.normalise('adjunto salida de netstat -tlnp').phrase).toContain(' netstat output ');
    expect(fired('we moved the softswitch to closing tcp by rst, phones behind routers lose registration')).not.toContain('not-nat.address-changed');
    expect(fired('we moved the softswitch to the new data centre, phones lost registration')).toContain('not-nat.address-changed');
    // A greeting before the question word; RST's close mode is no RST off; asked to change it back.
    expect(fired('Добрый день, какой ip_local_port_range стоит по умолчанию?')).toContain('ask.question-word');
    expect(fired('Добрый вечер. Zabbix-agent не стартует: cannot bind to port 10050: Address already in use')).not.toContain('pe.tcp-fails-under-load');
    expect(fired('啟用 RST 關閉模式後，NAT 後面的話機陸續註冊失效')).not.toContain('not-nat.rst-off');
    expect(fired('nat behind phones lost registration since rst, should we change back to off?')).not.toContain('ask.question-mark');
    expect(n.normalise('软交换那边把我们的出口 IP 拉黑了').phrase).toContain(' blacklisted ');
    // Asked whether the change caused it, or what happened, after a fault told: no mere question.
    expect(fired('de sitter bak NAT, TCP 5060, telefonene sier No Service. vi skrudde på RST i helgen pga time_wait. is it related?')).not.toContain('ask.question-mark');
    expect(fired('los teléfonos detrás del router salen en rojo desde que se puso RST=On. ¿Lo miráis?')).not.toContain('ask.question-mark');
    expect(fired('what does time_wait mean, is it related to tcp?')).toContain('ask.question-mark');
    // Traffic said to be normal is no load.
    expect(fired('al levantar el servicio de billing en el puerto 9090 aparece java.net.BindException: Address already in use. El tráfico de llamadas está normal')).toContain('not-pe.listening-service');
    expect(fired('java.net.BindException: Address already in use when traffic is heavy at peak')).not.toContain('not-pe.listening-service');
  });

  it('report hits strongest first, with what matched', () => {
    const m = n.normalise('java.net.BindException: Address already in use, time_wait 30000');
    const hits = runRules(m, extract(m));
    expect(hits.map((h) => h.weight)).toEqual([...hits.map((h) => h.weight)].sort((a, b) => b - a));
    expect(hits.find((h) => h.id === 'pe.address-in-use')?.matched).toBe('address already in use');
  });

  it('do not fire playbook rules on look-alikes', () => {
    const playbookRules = (t: string) => {
      const m = n.normalise(t);
      return runRules(m, extract(m))
        .filter((h) => h.playbook !== null && h.weight > 0 && h.id !== 'fw.firewall' && h.id !== 'nat.behind-nat')
        .map((h) => h.id);
    };
    expect(playbookRules('which port is the web portal on')).toEqual([]);
    expect(playbookRules('how do I register a new gateway')).toEqual([]);
    expect(playbookRules('phones drop off the registration list after the rst change')).not.toContain('fw.log-rst');
    expect(playbookRules('I reset the router and the password is wrong')).not.toContain('fw.rst-blocked');
  });

  it('have unique ids; only contradictions (not-…) weigh against a playbook, and only a cue that names a cause or says a new problem follows weighs nothing', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) {
      if (r.weight === 0) expect((r.cause === true && r.playbook !== null) || (r.reopens === true && r.playbook === null), r.id).toBe(true);
      if (r.weight < 0) expect(r.playbook !== null && r.id.startsWith('not-'), r.id).toBe(true);
      else expect(r.id.startsWith('not-'), r.id).toBe(false);
    }
  });

  // Every message of every set, run three ways: far slower than the other tests here (minutes on a busy machine), so it has a time limit of its own.
  it('have no alternative that can never match: none inside " (?:…) " begins with a space or takes the space after it', () => {
    // " (?:a|b(?: |$)) " needs two spaces after b, and " (?:a| b) " two before it: such an alternative is dead code.
    const dead: string[] = [];
    for (const rule of rules) {
      for (const [name, pattern] of [['pattern', rule.pattern], ['needs', rule.needs], ['requires', rule.requires], ['unless', rule.unless]] as const) {
        if (pattern === undefined) continue;
        for (const alternative of topAlternatives(pattern.source)) {
          if (!alternative.startsWith(' (?:')) continue;
          const end = groupEnd(alternative, 1);
          const after = alternative.slice(end + 1);
          if (!after.startsWith(' ') && !after.startsWith('(?: |$)')) continue;
          for (const inner of topAlternatives(alternative.slice(4, end))) {
            if (inner.startsWith(' ') || inner.endsWith('(?: |$)')) dead.push(`${rule.id} ${name}: ${inner.slice(0, 80)}`);
          }
        }
      }
    }
    expect(dead).toEqual([]);
  });

  it('have sound hints: with and without them, and compiled (shared patterns, alternatives with the space in front taken out), every message fires the same rules', () => {
    const compiled = compileRules(rules);
    const corpus = everyMessage();
    for (const held of corpus) {
      const said = (h: RuleHit) => `${h.id} ${h.weight} ${wordsOf(held, h.matched)}`;
      const m = n.normalise(held.text);
      const x = extract(m);
      const plain = runRules(m, x, rules, false).map(said);
      expect(runRules(m, x, rules, true).map(said), labelOf(held)).toEqual(plain);
      expect(compiled(m, x).map(said), labelOf(held)).toEqual(plain);
    }
  }, 300_000);

  it('read their per-word data from the normaliser when it comes from the same runner, and look it up themselves otherwise', () => {
    const compiled = compileRules(rules);
    const other = compileRules(rules);
    const withData = createNormaliser({ wordData: compiled.wordData });
    const withOthers = createNormaliser({ wordData: other.wordData });
    const said = (h: RuleHit) => `${h.id} ${h.weight} ${h.matched}`;
    // Portuguese "no" read as "in", and Swahili "na" kept: words changed after their token was read.
    for (const text of ['bind failed: address already in use', 'erro no log, nao registra', 'tuko na calls zinakatika', 'rst dropped by the firewall', '']) {
      const m = withData.normalise(text);
      expect(m.wordData?.values.length, text).toBe(m.words.length);
      expect(m.wordData?.values, text).toEqual(m.words.map((w) => compiled.wordData(w)));
      const expected = compiled(n.normalise(text), extract(m)).map(said);
      expect(compiled(m, extract(m)).map(said), text).toEqual(expected);
      expect(compiled(withOthers.normalise(text), extract(m)).map(said), text).toEqual(expected);
    }
  });
});
