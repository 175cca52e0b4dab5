import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, BPO/call-centre technicians and resellers in Mindanao and the Sulu archipelago (Zamboanga, Basilan,
 * Marawi, Iligan, Cotabato, Jolo, Bongao) writing Tausug, Maranao, Maguindanao and Chavacano, about a quarter
 * each, in Latin letters, mixed with Tagalog/Bisaya and English technical words; they type with "Assalamu
 * alaikum"/"Salam", "Magsukul"/"Sokor"/"Sukur"/"Diosmabalos", "sir"/"boss"/"bagay"/"pagari", shortened words,
 * loose spelling, no diacritics, emoji, and paste ss/netstat/conntrack lines, mbx3000, Tomcat and firewall logs.
 *
 * The hundred-and-thirty-second tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the hundred-and-thirty-second never-tuned set, before the fifty-second round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured
 * as such before and after the fifty-second and the fifty-third rounds, then made tuning material for the
 * fifty-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 81.1 %, negatives confident 2.2 %, confident wrong 0 % with the
 * rules of the fifty-first round and the changes after it, before the fifty-second.
 * After the fifty-second round: the same.
 * After the fifty-third round: the same.
 */
export const tuning132Families = {
  oneListeningPort: [
    no(`Buenas dias sir, despues del reboot el Tomcat del portal hinde puede start: "Address already in use:
JVM_Bind" na 8080. Ya mira yo con netstat -tlnp, el 8080 ta ocupa pa por un java viejo. Kill lang ba yo?`),
    no(`Assalamu alaikum. In nginx namu way makastart:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
Amu in apache nga gin-install sin technician kahapun. Unu in ikahinang ku, i-stop in apache?`),
    no(`Salam sir. So mysql ko backup server ami na di makastart: "Can't start server: Bind on TCP/IP port: Address
already in use ... port: 3306". Pinangilay ko so ps aux na dowa so mysqld 😅 ino kaya?`),
    no(`Assalamu alaikum. Su kamailio nami sa 5060 dala makastart, "bind: Address already in use". Aden pan asterisk
sa server a pinag-install nu technician a nauna. Ngin i mapia, i-stop ku su asterisk?`),
    no(`Boss pregunta lang, hinde man este del VOS: el laptop di mio ta corre npm run dev y ta sale "Error: listen
EADDRINUSE: address already in use :::3000". Siguro ya olvida yo cerra el otro terminal. Como ba mata el
process na Windows?`),
    no(`Bagay, in docker container sin grafana namu way makaup: "Bind for 0.0.0.0:3000 failed: port is already
allocated". Nag-run pa in daan container. Subay ku ba i-rm in daan?`),
    no(`Sir so webmin ko vos server na di makabukas sa 10000: "Failed to bind to port 10000 : Address already in
use". Sa kagawi na mininstall ami so usermin, giyoto bo so miyabago.`),
    no(`Ta instala kame FreeSWITCH na mismo server del VOS para prueba lang, y el log ta dice "Socket error binding
to 0.0.0.0:5060 Address already in use". Claro man cay el mbx3000 ya tiene el 5060 no? Cambia lang yo el
sip_port del FS?`),
    no(`Salam sir, su web portal na VOS nami dala makabukas saguna. Sa catalina.out aden "java.net.BindException:
Address already in use <null>:8080". Dua su tomcat a naka-run, pinag-restart nu admin nami kagay ugaid dala
pinag-stop su nauna.`),
    no(`Salam. In apache way makabind ha 443:
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
Kiyabak ku in nginx nag-run da isab. Ha ispirinsya niyu, hisiyu in marayaw tanggalun?`),
    no(`Assalamu alaikum. So zabbix-agent na "cannot bind to port 10050: [98] Address already in use". Dowa kon so
config a miyapasang ko kagawi. Di ko katawan o antonaa i ipagbago.`),
    no(`Buenas tardes. Na call center aqui na Tetuan, el softphone de un agente (MicroSIP) ta dice "Error binding to
port 5060, address already in use" cay tiene pa ele abierto el Zoiper. Un PC lang ese, el demas bien man. Ok
lang ba cambia el local port del MicroSIP?`),
    no(`Boss su redis sa monitoring VM nami dala makastart: "Could not create server TCP listening socket *:6379:
bind: Address already in use". Kena VOS inia, pagidsa ku bu ka mapia a tabang ninyu 🙏`),
    no(`In sshd namu way makastart pag-ubus ku pinda in Port pa 2222: "error: Bind to port 2222 on 0.0.0.0 failed:
Address already in use." Awn da isab program naggagamit sin 2222. Unu in command para makita?`),
    no(`Pagari, so kamailio ami na dowa instance ko isa a server. So ikadowa na "bind: Address already in use" ko
5060. Mapiya ba a ilain so port niyan? Sokor.`),
    no(`Sir el node_exporter na server del VOS hinde ta levanta: "listen tcp :9100: bind: address already in use".
Ya mira yo, tiene pala uno viejo ta corre con nohup desde el mes pasado. Kill lang yo ese no? Diosmabalos.`),
    no(`Salam. Pinag-install ku su mariadb para sa billing test, ugaid aden den mysql na VOS sa 3306, "Bind on
TCP/IP port: Address already in use". Pila i mapia a port a ibutang ku sa bagu?`),
    no(`Sir pasensya, bukun VOS ini 😂 In php artisan serve ku way makapuas: "Failed to listen on 127.0.0.1:8000
(reason: Address already in use)". Unu in command para makita hisiyu naggamit sin port? lsof ba?`),
    no(`Mapiya mapita sir. Sa kagawi na mininstall o IT ami so jenkins ko server, gioman na so tomcat ko vos portal
na di dn makastart, "Address already in use: bind" ko 8080. Ilain ami so port o jenkins, mapiya ba?`),
    no(`Ya configura yo nginx como reverse proxy na frente del portal, pero el nginx ta queja "bind() to
0.0.0.0:8080 failed (98: Address already in use)" cay ya usa yo el mismo port del Tomcat 🤦 Mi error. Cual
port ba ta usa ustedes para el proxy?`),
    no(`Assalamu alaikum sir. Su opensips a pinaandar nami sa harap na VOS aden error:
ERROR:core:udp_init: bind(3, 0x7f2c, 16) on 192.168.10.5: Address already in use
Sabap ba ka su mbx3000 aden den sa 5060? Enggu ngin i mapia a setup?`),
    no(`Salam, in dnsmasq way makastart ha monitoring server, "failed to create listening socket for port 53:
Address already in use". Awn systemd-resolved naka-run. Marayaw ba i-disable?`),
    no(`Salam, so freepbx ko opisina na "Unable to bind UDP socket to 0.0.0.0:5060: Address already in use" ko
asterisk full log. Pitharo o IT ami na adn a softphone a nakainstall ko server mismo. Sokor ko tabang.`),
    no(`Buenas. El rsyslog na log server ta dice "cannot bind to 0.0.0.0:514 Address already in use", cay ya instala
tambien el otro tecnico syslog-ng. Uno lang ba dapat? Gracias.`),
    no(`Su docker compose nami para sa CRM dala makaup: "Error starting userland proxy: listen tcp4 0.0.0.0:80:
bind: address already in use". Aden apache sa host. Kagay mapia pan, saguna dala den 😩`),
    no(`Boss, in tomcat sin vos portal way makastart, "java.net.BindException: Address already in use (Bind failed)"
ha 8005 shutdown port. Way ku kaingatan bang mayta. Duwa ba in tomcat nag-run?`),
    no(`Sir, so php-fpm ko billing web ami na "unable to bind listening socket for address '127.0.0.1:9000': Address
already in use (98)". Xdebug pala so miyakagamit ko 9000 haha. Okay dn, sokor.`),
  ],
  otherRegistrationCause: [
    no(`Buenas dias. Desde esta mañana el maga telefono na oficina di amon na Sta. Maria hinde ta registra. Ya mira
yo el log: "403 Forbidden", wrong password. Ya cambia pala el admin el password anoche sin avisa kanamon 😤`),
    no(`Assalamu alaikum. In manga phone namu ha Jolo unregistered dayn kahapun maghapun. Brownout tuud, nahurus in
UPS. Bihaun awn na kuryente sagawa unregistered pa. Kailangan ba i-reboot in switch iban router?`),
    no(`Salam sir, so manga ip phone ami ko Marawi na unregistered. Miyabago so public IP ami ka miyaganti kami ko
ISP, na so VOS na whitelist bo so daan a IP. Mapakay ba a i-update niyo?`),
    no(`Salam, su account nami a reseller "suspended" sa portal, langon a SIP account nami unregistered saguna. Dala
pan nami kabayad su invoice a kagay. Pila i kailangan bayadan nami?`),
    no(`Sir ya expire pala el license del VOS nuestro, el mbx3000 log ta dice license expired y todo el maga gateway
unregistered. Cosa el proceso para renew? Urgente porfa.`),
    no(`Bagay, in softphone sin agent ku way register. Pag-check ku, in laptop niya way wifi 😅 nadisconnect ha
hotspot. Okay na, magsukul.`),
    no(`Assalamu alaikum. So domain a pkhausar o manga phone ami (sip.xxtel.ph) na miyakawma so expiry ka da ami
ma-renew, na unregistered so langon. Ipalit ami ba ko IP so server address?`),
    no(`Sir su manga Grandstream nami sa Cotabato branch unregistered, bagu su router nami (TP-Link). UDP bu su SIP
nami, dala TCP. Pinag-off den ni technician su SIP ALG ugaid dala pan. Ngin i mapia a i-check?`),
    no(`El ISP di amon (PLDT) tiene outage na Zamboanga desde las 9, todo offline, hinde lang el VOS. Ta avisa lang
kame si alguien ta reclama unregistered, hinde problema del server.`),
    no(`Salam. Bayad na in account namu pero in trunk namu "403 account disabled" pa. Na-receive na ba sin billing
in bayad namu? Way pa register in manga DID.`),
    no(`Sir so GoIP ami ko Iligan na unregistered gowani. Pinangilay ko, miyatay so power adapter niyan 🙄 Miyaganti
ami so adapter, mapiya dn imanto.`),
    no(`Assalamu alaikum. Napag-factory reset na wata ku su Yealink T31 ka napindot, dala den su config,
unregistered. Enggu dala ku katawan su password na account. Makwa ku ba sa portal?`),
    no(`Good pm. Ya cambia kame el server address del provisioning y ya olvida yo update el outbound proxy na maga
telefono. Ta registra pa na viejo IP, por eso unregistered. Tiene ba bulk update na portal?`),
    no(`In manga phone ha Bongao branch unregistered katan, sabab in DNS namu nag-expire ha hosting. Bang IP na lang
in gamitun namu, marayaw ba?`),
    no(`Salam sir, so ext 2031 unregistered gowani. Miyaboto so LAN cable niyan ko switch 😂 Okay dn imanto, sokor.`),
    no(`Sir, su trunk nami sa upstream carrier unregistered: "401 Unauthorized". Pinagbago nilan su password sa
system nilan, dala nilan pinag-inform sekami. Kena sa VOS su problema, kanilan.`),
    no(`Buenas noches. El maga IP phone na Isabela branch ta unregistered cay ya corta el kuryente del barangay
desde las 4 pm. Hasta ahora nuay pa. Puede ba kame ruta el maga llamada na celular mientras?`),
    no(`Magsukul sa reply. Update: in sabab sin unregistered amu in account expired, way namu na-renew ha reseller
portal. Nabayaran na bihaun.`),
    no(`Boss so manga softphone ko BPO ami na unregistered langon ko 8am shift. So VPN ko office na miyadown ka
inexpire so license a FortiClient EMS ami. Di phone problem giyanan.`),
    no(`Salam. Su MikroTik nami sa opisina napag-reset ka nabugtu su kuryente, dala den su port forward enggu su
config. UDP bu su SIP nami, dala nabagu sa VOS. Langon a phone unregistered saguna.`),
    no(`Sir el cliente mio na Ipil ta reclama unregistered, pero cuando ya verifica yo, ya borra pala ele mismo el
account na portal por error 🤦 Puede ba restore?`),
    no(`Salam boss, in deskphone sin manager namu unregistered. Na-lock in account sabab nagbutang siya sayup
password lima times. Pa-unlock kunu.`),
    no(`Salam. So SIP account o reseller ami ko Lanao na unregistered ka "too many registrations" kuno. Dowa ka
device a pkhausar ko isa a account. Mapakay ba a i-allow so 2?`),
    no(`Boss, su manga phone nami unregistered, down ba su server ninyu? ... ay dala gayd load su 4G pocket wifi
nami 😅 Pasensya, okey den.`),
    no(`Buenas. Ya cambia kame de ISP (de Globe pa Converge) y ahora otro ya el IP publico di amon. El VOS na lado
di ustedes tiene IP whitelist, por eso el maga gateway unregistered. Favor add 112.xxx.xx.19.`),
    no(`In linya namu unregistered ha reseller panel sabab "licence limit reached" kunu. Pila in max registration
sin package namu? Subay ba mag-upgrade?`),
    no(`Sir so time ko manga ip phone ami na mali (2001 pn), na so TLS certificate na "not yet valid" ago
unregistered. Pinaka-set ami so NTP server, okay dn. Sokor.`),
  ],
  smallFigures: [
    no(`Buenas dias sir, pregunta lang: na server di amon ya sale 180 TIME_WAIT na "ss -s", como 15 CPS lang kame.
Normal lang ba ese o tiene ya problema?`),
    no(`Assalamu alaikum. Unu kunu in TIME_WAIT? Nakita ku ha netstat, awn 300 biya. Dapat ba aku mag-alala? Way man
problema ha tawag.`),
    no(`Salam sir. Antonaa i recommended niyo a ip_local_port_range para ko vos3000 a 30 CPS bo? So default na 32768
60999.`),
    no(`Salam. Pagidsa ku bu: mapia ba i-On su SS_TCP_CLOSE_RESET sa server nami? 10 CPS bu enggu dala pan problema.
Nabasa ku bu sa forum.`),
    no(`Is 1500 TIME_WAIT normal at 20 CPS? Ya mira yo na netstat del server na Zamboanga. Nuay man queja el
cliente, curioso lang.`),
    no(`Boss, in ss -s namu:
Total: 412
TCP:   265 (estab 41, closed 198, orphaned 0, timewait 190)
Marayaw ba ini? Way problema, nag-check lang aku.`),
    no(`Sir pira a TIME_WAIT i normal ko server a 5 CPS bo? Adn a 90 ko netstat. Health check bo ini ko manga server
ami ko Iligan.`),
    no(`Assalamu alaikum. Su net.ipv4.tcp_tw_reuse, mapia ba i-enable? Kena sabap aden problema, nagplano bu kami
para sa bagu a server.`),
    no(`Sir cuanto ba el maximo CPS que puede aguanta el VOS3000 con SIP over TCP antes de tene problema de puerto?
Ta planea kame 80 CPS para el otro año.`),
    no(`Salam, unu in kaibahan sin FIN iban RST? Ha training namu ha BPO gin-discuss, way ku kaingatan.`),
    no(`Assalamu alaikum. Monthly report: server 1 na 220 TIME_WAIT, server 2 na 140, CPU 12%. Mapiya ba ini a
numbers? Sokor.`),
    no(`Boss, netstat -an | grep TIME_WAIT | wc -l = 64. Tinis bu saguna ka alas 2 sa gabi. Normal?`),
    no(`Pregunta ya lang antes de compra: el VOS3000 ta soporta SIP over TCP y UDP los dos? Y si TCP, tiene ba kame
que cambia algo na sysctl?`),
    no(`Sir, nagbasa aku pasal SS_TCP_CLOSE_RESET. Subay ba i-On bang 12 CPS lang kami? Way pa problema, nangutana
lang.`),
    no(`Salam pagari. So port range ami na 1024-65000. Pitharo o isa a technician na mapiya kuno so 10000-65000.
Antonaa i mapiya?`),
    no(`Sir su ss -s nami: "TCP: 88 (estab 30, closed 50, orphaned 0, timewait 50)". Para sa audit bu inia. Mapia
ba?`),
    no(`Buenas tardes, nuevo pa kame na VOS. Cosa ba el TIME_WAIT y porque tiene como 400 na server si 25 CPS lang?
Ta aprende pa lang.`),
    no(`Pila in tamang value sin net.ipv4.tcp_fin_timeout para sin VOS? 60 in default. Way problema, nag-review lang
kami sin sysctl.conf.`),
    no(`Sir, ko training ami ko call center: ino ka adn a TIME_WAIT ko TCP? Maana ba niyan na marata so server?
Sokor ko explanation.`),
    no(`Assalamu alaikum, pila i CPS a kailangan den su RST mode? Saguna 8 CPS bu kami, 300 timewait. Pangidsa bu.`),
    no(`Sir, el 250 TIME_WAIT na 30 CPS, ese ba tiene que preocupa? El graph del zabbix ta sube y baja lang normal.`),
    no(`Salam. Maunu mag-check sin ephemeral port usage? Ha procedure namu subay magcheck kada semana. Way problema
bihaun.`),
    no(`Boss, antonaa i default ko SS_TCP_CLOSE_RESET? So amin na Off. Pagidsa ko bo para ko documentation ami.`),
    no(`Sir pila i default na ip_local_port_range sa CentOS 7? Enggu pila i TIME_WAIT a dapat ka mapagidsa ku den?
Para sa new server setup.`),
    no(`Good morning! Ya hace yo health check: 12 CPS peak, 310 sockets TIME_WAIT, port range default. Todo bien man
ba? Gracias de antemano 🙏`),
    no(`Boss, 40 TIME_WAIT lang ha bagu namu server. Normal ba ini sa 3 CPS? Magsukul.`),
    no(`Salam. Pira a TCP connection i kaya o mbx3000? Plano ami a lumipat poon ko UDP sa TCP, 20 CPS bo.`),
  ],
  firewallNoRst: [
    no(`Buenas dias sir. Favor whitelist el IP nuevo del cliente na Tetuan: 122.xx.xx.40, para puede ele entra na
web portal. Gracias.`),
    no(`Assalamu alaikum. Pakiopen in port 5060 UDP iban 10000-20000 ha FortiGate namu? Bagu in firewall namu ha
Jolo, way pa policy.`),
    no(`Salam sir, so IP ami na naban ko fail2ban ka miyakalipat so password o staff ami ko ssh. Mapakay ba a unban
niyo? 203.xx.xx.7`),
    no(`Sir, pinag-disable nami su SIP ALG sa router nami (Huawei) ka pitharo nu technician. Mapia den su audio.
Sukur!`),
    no(`Sir, quiere kame bloquea todo el trafico de afuera de Pilipinas na puerto 5060 (geo-block). Con iptables o
con el firewall del datacenter mas mejor?`),
    no(`Salam boss. Pasal iptables: bang ku i-allow in 8080 para ha web portal sagawa ha office IP lang, unu in
rule? Way problema, setup lang.`),
    no(`Assalamu alaikum. Bagu a pfSense ami ko Marawi office. Antonaa i port forward a kailangan para ko softphone
a TCP 5060? NAT rule bo i pangindaw ami.`),
    no(`Boss su ASA nami sa Cotabato, pinag-add ku den su object-group para sa IP na VOS ninyu. Pagidsa ku bu ka
mapia ba su ACL: permit tcp any host 10.1.1.5 eq 5060?`),
    no(`Ya ban pala el fail2ban el IP del call center mismo cay el agente ya intenta login 10 veces na portal 🙈 Como
ba agrega na ignoreip?`),
    no(`Sir, in carrier namu nangayu sin IP namu para whitelist ha firewall nila. Unu in IP sin signaling iban media
sin VOS?`),
    no(`Salam. So firewall ko datacenter na pphamblock ko RTP, one-way audio kuno. Pinabukas ami so 10000-60000 UDP,
mapiya dn. Sokor.`),
    no(`Salam, aden kami mga SIP scanner (friendly-scanner) sa log, libu-libu a attempt uman gay. Ngin i mapia a
iptables rule para ma-block?`),
    no(`Buenas. Ta setup kame nuevo FortiGate 60F na oficina. Cual el maga puerto que dapat abri para el VOS portal
y SIP? Nuay pa kame cambia nada na server.`),
    no(`Magsukul, na-open na in port forward ha MikroTik 5060 -> 192.168.88.10. Nakaregister na in IP-PBX namu. Way
na problema.`),
    no(`Sir, ino ka di makaping so server niyo poon ko office ami? ICMP block ba sa firewall niyo? Da problema ko
tawag, pagidsa ko bo.`),
    no(`Boss, pinag-block nami su port 22 sa public, VPN bu i ma-access. Su web portal 8080, mapia ba i-restrict
pan?`),
    no(`El firewall del cliente ta bloquea el puerto 8080 del portal, por eso hinde puede ele login. Ya pidi yo con
su IT para abri. Info lang.`),
    no(`Salam, in iptables namu nagdrop sin SIP OPTIONS dayn ha monitoring server. Kiyabak ku sayup in source IP ha
rule. Naayos na.`),
    no(`Salam, kailangan ami ba so conntrack helper a nf_conntrack_sip? Pitharo o isa a forum na di kuno mapiya.
Pagidsa bo.`),
    no(`Sir, su pfSense nami aden bagu a rule para sa ISP 2 (failover). Ngin i mapia: sticky connection para sa SIP?
Para dala maputol su tawag pag mag-failover.`),
    no(`Sir el SIP ALG del router Converge hinde puede apaga na web UI, ta causa no audio na maga llamada. Ya llama
yo na ISP para apaga ellos. Hay ba otro manera?`),
    no(`Boss, pakiwhitelist in IP sin BPO namu ha Zamboanga ha firewall niyu: 49.xx.xx.210. Bagu in ISP namu.`),
    no(`Salam. Adn a brute force ko web portal poon ko China ago Russia. Geo-block ami so 8080 ko iptables ipset.
Mapiya ba ini?`),
    no(`Assalamu alaikum. Su FortiGate nami pinag-upgrade kagay sa 7.2. Mapia bu langon, pagidsa ku bu ka aden ba
kailangan pindaan sa SIP session helper?`),
    no(`Ya instala kame CSF firewall na server del billing (hinde el VOS). Ya block pala el mysql remote del VOS 😅
Ya abri ya el 3306 para el IP del VOS lang, ok na.`),
    no(`Sir, subay ba TCP iban UDP in port forward para ha 5060 ha router sin customer namu? Bagu install.`),
    no(`Sir so ufw ko bagu a Ubuntu server ami na di pn naka-allow so 5060. Antonaa i command? ufw allow 5060/udp bo
o tcp pn?`),
  ],
  negationContext: [
    no(`Sir, UDP lang kame todo, nuay TCP. Entonces el SS_TCP_CLOSE_RESET hinde importa para kanamon no? Hinde kame
ta toca ese.`),
    no(`Salam. In RST namu Off pa, way namu pinda. Way kami problema. In boss namu nangutana lang bang subay i-On.`),
    no(`Salam sir, so TIME_WAIT na mapiya dn imanto ko kiyapakay niyo sa kagawi, 150 bo. Sokor ko langon!`),
    no(`Dala nabagu sa server, dala RST, dala update. Su phone nami unregistered ka pinagbago ni admin su password
kagay. Mapia den saguna.`),
    no(`Forward lang ese article: "SS_TCP_CLOSE_RESET: when to use RST instead of FIN on VOS3000". Interesante. Nuay
kame problema, para saber lang.`),
    no(`Magsukul sir. In problema sin "address already in use" kahapun naayos na pag-ubus niyu gin-lapad in port
range. Way na ha logs bihaun.`),
    no(`Boss, so RST mode ami na Off ago Off bo sa taman, ka pitharo o manager. Pagidsa ko bo: antonaa i kapakay
niyan?`),
    no(`Sir, kena firewall su problema nami. Pinag-check nami su FortiGate, dala drop, dala RST. Su trunk bu i down
ka su carrier aden maintenance.`),
    no(`Pregunta teorica lang: si ay prende kame el RST mode, ay afecta ba el maga telefono behind NAT? Por ahora
Off pa y todo bien.`),
    no(`Wayruun TIME_WAIT problem kami, 200 lang. In pangayu namu amu in CDR export. Sayup in ticket category.`),
    no(`Salam, solved dn so isyu ko unregistered phones ami. Di RST. So router ami na miyapatay bo ka da a kuryente.
Sokor.`),
    no(`Assalamu alaikum, pinag-Off nami den su SS_TCP_CLOSE_RESET kagay, enggu nauli den langon su phone. Mapia
den, sukur. Close nu den su ticket.`),
    no(`Sir, ese "address already in use" del ayer hinde ya ta sale. Ya reboot yo el Tomcat y normal ya. Close lang
el ticket, gracias.`),
    no(`Salam. Bukun firewall in sabab. In iptables namu way DROP, ACCEPT all. In tawag nag-fail kay nagkulang in
balance sin account.`),
    no(`Sir, so RST ko server ami na Off pn, ka di ami TCP. UDP bo so langon a trunk ami. Da a problema ami, pagidsa
bo.`),
    no(`Boss, share ku bu: su technician nami nagbasa sa "RST vs FIN sa NAT", ugaid dala nami pinag-On. Mapia pan su
langon.`),
    no(`Ya lee yo el documentation: RST hinde afecta UDP. Kame UDP lang, entonces el one-way audio hinde tiene que
ver con ese. Cosa pa ba puede causa?`),
    no(`In TIME_WAIT 30,000 kahapun, amu in report namu. Sagawa bihaun 400 na lang pag-ubus sin fix. Marayaw na.
Magsukul tuud!`),
    no(`Salam, pitharo o reseller ami na "firewall drops RST" kuno so problema, ogaid di giyoto. Off so RST ami.
Ipangilay ami pn so codec.`),
    no(`Sir, ngin su nakasulat sa changelog: "SS_TCP_CLOSE_RESET default Off"? Enggu ngin i mabaluy amayka i-On?
Pagidsa bu.`),
    no(`Nuay mas problema el maga telefono na NAT. El RST ya apaga ustedes anoche y desde entonces todo registrado.
Diosmabalos!`),
    no(`Boss, way kami pinda. Way RST, way update. In phone ha branch unregistered sabab in SIM router nawalaan
load. Okay na.`),
    no(`Sir, so "cannot bind" a pitharo ko sa kagawi na so tomcat bo, di so mbx3000. Miyapiya dn ko kiyapag-kill ko
so daan a process.`),
    no(`Salam. I-forward ku bu inia ka mapia a basan: "Turning on RST can break NAT registrations." Dala nami
pinag-On, OFF pan. Salamat.`),
    no(`El firewall di amon hinde ta drop RST, ya mira yo con tcpdump y ta pasa man. El problema pala el codec.
Resuelto ya.`),
    no(`Sir, unu in guna sin SS_TCP_CLOSE_RESET? Way pa namu gin-On, in server namu UDP lang. Nangutana lang.`),
    no(`Update: so ss -s imanto na timewait 210 bo, mapiya dn poon ko kiyapakay ko tw_reuse. Da dn problema ko bind.
Sokor ko Allah.`),
  ],
  portExhaustion: [
    pe(`Sir urgente! Desde las 8pm el VOS ta rechaza llamadas, el log ta dice "cannot bind: Address already in use"
na conexion saliente pa el carrier TCP. netstat -an | grep TIME_WAIT | wc -l = 28341 😱`),
    pe(`Assalamu alaikum boss. In server namu ha Zamboanga way na makahimu bagu TCP connection pag peak hour. ss -s:
timewait 31002. In CPS namu 150. Tabangi kami kunu.`),
    pe(`Salam sir. So log ko mbx3000 na "BindException: Address already in use: connect" ko outgoing TCP, alas 7-9
sa gabi bo ka peak. Imanto na 40k so TIME_WAIT. Antonaa i kapiya?`),
    pe(`Sir su VOS nami sa Cotabato dala makatawag amayka 200 CPS den. Aden "EADDRINUSE" sa log enggu 25 libu su
TIME_WAIT. Ngin i mapia a sysctl?`),
    pe(`ss -s del server:
Total: 33120
TCP:   32877 (estab 512, closed 32301, orphaned 3, timewait 32290)
Y el carrier ta dice nuay kame ta manda INVITE na TCP durante el peak. Cosa ba ese?`),
    pe(`Salam. Ha BPO namu, kada 10am sampay 12 noon in outbound campaign nag-fail. In server nagsabi "cannot assign
requested address". Kiyabak ku ha netstat katan TIME_WAIT, 29k. Unu in sabab?`),
    pe(`Assalamu alaikum. Ko peak a CPS ami (180) na da dn a bagu a TCP connection a makagawa o mbx3000. So
ip_local_port_range na default bo. Ino kaya? 🙏`),
    pe(`Boss urgente! Dala makatawag su customer nami langon sa TCP trunk. Netstat:
tcp  0  0 10.0.0.5:41872  203.x.x.x:5060  TIME_WAIT
tcp  0  0 10.0.0.5:41873  203.x.x.x:5060  TIME_WAIT
...
wc -l = 27950. Ngin i mapia?`),
    pe(`Sir, reseller aqui na Zamboanga. El cliente mio (call center 120 seats) ta reclama: na hora de peak todo el
llamada saliente falla, y el log del VOS lleno de "bind failed: Address already in use". Ya revisa yo, como
30 mil sockets TIME_WAIT. Ayuda porfa.`),
    pe(`Boss in mbx3000 log:
2024-05-14 19:02:11 ERROR connect to 10.20.1.3:5060 failed: Address already in use
Nagbalik-balik ini dayn kahapun, sagawa pag-peak lang. Ubus na ba in ephemeral port namu?`),
    pe(`Sir so server ami na adn a 61k a socket ko TIME_WAIT, na so port range na 32768-60999 bo. Langon dn so port
a miyagamit ka da dn a bagu a connection. Pakatabangi kami.`),
    pe(`Salam. Kagay sa 9pm, 220 CPS, dala den makakonek su VOS sa mga vendor ka "no free local port" kuno. Saguna
okey pan ka dala tawag. Sabap ba su TIME_WAIT?`),
    pe(`Buenas noches. Ta sube el CPS hasta 250 y despues el VOS hinde mas puede abri conexion TCP saliente. Na
sysctl tcp_tw_reuse = 0 pa. Cosa ba recomenda ustedes? Ya apaga yo el campaign mientras.`),
    pe(`Salam! In dialer namu ha Jolo nag-stop kada 15 minutes ha peak. In error "Cannot bind to local address".
netstat | grep TIME_WAIT | wc -l → 30114. Mayta ini?`),
    pe(`Boss, amayka mataas so CPS ami, so mbx3000 na di makagawa ko bagu a TCP connection. Adn a "EADDRINUSE" ago
"cannot bind" ko log. Antonaa a sysctl i ipagbago ami?`),
    pe(`Sir, su ss -s nami: timewait 45210, estab 900. Kagay pan inia, sa peak bu i kadala a tawag. Kailangan den ba
su RST mode?`),
    pe(`Boss, yo reseller na Pagadian. Mi cliente ta dice "address already in use" cada vez que ta sube su trafico
na TCP. Yo mismo ya ve el TIME_WAIT: 26k. Por favor check el server 103.x.x.22.`),
    pe(`Boss way na port! 😭 Ha peak, in outgoing TCP connection sin VOS way na makabind, hangkan in tawag sin
customer namu nag-fail. TIME_WAIT 33k. Tabang!`),
    pe(`Salam. Sa kagawi ko peak hour, 10 minuto a di makatawag so manga client ami. So log na "Address already in
use" ko outbound TCP, TIME_WAIT 28,400. Ago miyapiya bo ko kiyapasad o peak.`),
    pe(`Assalamu alaikum. Su kustomer a BPO sa Cotabato: "all circuits busy" kun sa 8-10pm, ugaid sa server aden
"BindException" enggu 35k TIME_WAIT. Sabap ba su kulang a port?`),
    pe(`El ip_local_port_range di amon 32768 61000 y ya hace lleno con TIME_WAIT na 180 CPS. Ta sale "Cannot assign
requested address" na mbx3000. Puede ba expand hasta 1024-65000 sin problema?`),
    pe(`Salam. In log sin VOS kada peak: "socket bind error EADDRINUSE" ha outbound TCP. Kahapun 21:00-22:30 mayan.
Bang way peak marayaw. Unu in subay ku hinangun?`),
    pe(`Sir, so server ami ko Marawi na 300 CPS imanto ago langon so ephemeral port na miyapuno. "Address already in
use" ko outbound. Di ami pn On so RST. Ipa-On ami ba?`),
    pe(`Boss, pinag-check nami:
# netstat -ant | awk '{print $6}' | sort | uniq -c
  41233 TIME_WAIT
    812 ESTABLISHED
Su tawag pa sa TCP vendor langon fail. Ngin i ipagbago?`),
    pe(`Sir hasta cuando ba esto? 3 dias ya el mismo: na peak el VOS hinde puede conecta na vendor TCP, "address
already in use", 30k TIME_WAIT. Ya perde kame cliente por este 😡`),
    pe(`Update: bihaun ulit. 19:45, ss -s timewait 38870. In outgoing TCP way na makakonek, in error "cannot bind".
Tabangi kami dayng.`),
    pe(`Assalamu alaikum sir. Pitharo o client ami ko Iligan na so manga tawag a TCP na pfail ko peak. Pinangilay ko
so server: 27k TIME_WAIT ago "BindException: Cannot assign requested address". Sokor ko tabang.`),
    pe(`Sir, pabagu-bagu i CPS nami, 150-250. Sa 250, "Address already in use" sa langon a outbound SIP-TCP. Sa 150
mapia. Su tcp_tw_reuse = 0. Sabap bu ba inia?`),
    pe(`Favor ayuda. Na mbx3000.log ta repeti: "connect() failed: [99] Cannot assign requested address" y "[98]
Address already in use". TIME_WAIT 33 mil, como 200 CPS. Server CentOS 7.`),
    pe(`Salam. So sockets a TIME_WAIT na 52,000 ko alas 8 sa gabi ago da dn a local port a makua. So outbound tawag
ko TCP na fail langon. Ino i kapakay?`),
  ],
  natUnregistered: [
    nat(`Buenas dias sir. Desde que ya prende ustedes el RST mode (SS_TCP_CLOSE_RESET=On) anoche, el maga telefono di
amon detras del MikroTik todo unregistered. Antes bien man. Favor check.`),
    nat(`Assalamu alaikum. Pag-ubus niyu pinda in SS_TCP_CLOSE_RESET pa On, in manga IP phone namu ha opisina (NAT ha
router) nag-unregistered na katan. In Yealink status: "Register Failed". Way kami pinda ha dapit namu.`),
    nat(`Salam sir. Poon ko kiyapa-On niyo so RST sa kagawi, so manga phone ami a behind NAT na unregistered langon
imanto. So manga phone a public IP na mapiya bo. Ino kaya?`),
    nat(`Sir, kagay pinag-On ni support su RST mode para sa TIME_WAIT, ugaid saguna su mga softphone nami sa likod na
CGNAT unregistered. Ngin i nabaluy?`),
    nat(`Boss, el cliente mio na Isabela ta reclama: todo el Yealink detras de su router unregistered despues del
tuning del anoche. Ya activa ba ustedes el RST? Ese lang man el cambio.`),
    nat(`Salam. In manga softphone sin agent namu nag-"Registration failed" kada 2-3 minutes dayn sin gin-On in RST.
TCP in transport, NAT ha MikroTik. Bang UDP marayaw.`),
    nat(`Assalamu alaikum. Ko kiyapag-update niyo ko server (RST on kuno), so manga ip phone ami a adn ko likod o
MikroTik na mada-unregister ko 5 ka minuto. Ino kaya ka? Sokor.`),
    nat(`Assalamu alaikum. Su mga phone sa home office na agent nami dala makaregister den sukad pinag-On ninyu su
SS_TCP_CLOSE_RESET. Langon sa NAT router (PLDT fibr). Pakatabangi kami.`),
    nat(`Sir desde el cambio de ayer (el TCP close reset) el softphone del maga agente work from home ta perde
registro. Los na oficina con IP publico bien man. Solo los behind NAT.`),
    nat(`Boss, ubus in "optimization" niyu kahapun dum, in manga phone namu ha Bongao ha likod sin router
unregistered na. Gin-On niyu ba in RST? Pakibalik kunu.`),
    nat(`Ticket follow-up sir: so manga Grandstream ami ko likod o NAT na di pn makaregister. Poon bo ko kiyapasang o
"SS_TCP_CLOSE_RESET=On" a pinangindaw o support a miyaona. Da a ipagbago ami ko router.`),
    nat(`Salam sir, su reseller nami sa Datu Odin Sinsuat: su mga phone nilan unregistered saguna. Pinag-On ninyu ba
su RST kagay? Ka inia bu i nabagu. Langon silan sa likod na router.`),
    nat(`Sir, el NAT (MikroTik) di amon ta bota el registro cada ratito desde que ya pone el RST na On. El log del
MikroTik:
firewall,info forward: in:ether1 out:bridge, proto TCP (RST), 103.x.x.22:5060->192.168.88.31:5060, NAT ...
y despues el telefono unregistered.`),
    nat(`Salam. In manga phone namu unregistered. Gin-reboot ku na in router iban phone, way guna. In hinda-pinda
lang amu in RST mode nga gin-On sin support niyu kahapun. Katan phone ha NAT.`),
    nat(`Boss, so softphone ko manga agent ami (Zoiper, TCP) na unregistered ko kapita. Da a miyabago ko router. So
miyabago bo na so RST ko VOS sa kagawi. Adn ba a kapakay ko NAT?`),
    nat(`Sir, dala makaregister su mga IP phone nami sa 3 branch sa Cotabato sukad pinag-tuning ninyu su TCP close sa
VOS. Langon a branch aden NAT router. Su head office a aden public IP na mapia.`),
    nat(`Despues del SS_TCP_CLOSE_RESET=On, el maga telefono detras del CGNAT del Globe ta unregistered y despues ta
vuelve, cada ratos. El cliente enojado ya. Cosa hace?`),
    nat(`Boss, bihaun ko lang nakita: in SS_TCP_CLOSE_RESET On na, sagawa kahapun Off pa. Amu yan in oras nagsugod in
unregistered sin phones namu behind NAT.`),
    nat(`Salam sir. Pinapa-On ami so RST mode ka pitharo niyo a para ko TIME_WAIT. Ogaid imanto na so manga phone ko
likod o NAT na di dn makaregister. Pagbalikan ami ba sa Off?`),
    nat(`Assalamu alaikum, su manga phone nami sa likod na MikroTik, langon unregistered saguna. Kagay pinag-On nami
su RST ka su TIME_WAIT. Sabap ba inia?`),
    nat(`Sir, reseller aqui. El cliente na Tumaga con 40 IP phones behind un TP-Link ta dice unregistered todo desde
ayer 3pm. Ya mira yo el log del server, ya cambia el SS_TCP_CLOSE_RESET pa On na mismo hora. Puede ba
revisa?`),
    nat(`Salam. In registration sin manga ATA namu nahuhulog dayn sin gin-On niyu in RST. In ATA ha likod sin home
router, TCP 5060. Unu in sabab?`),
    nat(`Sir, poon ko kiyapa-On o support ko RST, so phones ami ko NAT na mada-register ago mada-unregister pn uman
ka minuto. Unregistered dn imanto so 70%.`),
    nat(`Sir, pinag-On nami su "RST mode" sa VOS ka pitharo nu ticket a nauna. Saguna, su langon a phone sa likod na
NAT (Huawei router) unregistered. Su phone a UDP mapia pan.`),
    nat(`Boss, ta pasa otra vez: el maga phone detras del NAT unregistered. El unico cambio ese RST que ya pone el
otro support. Ya prueba yo con UDP y ta registra. Con TCP hinde.`),
    nat(`Assalamu alaikum. In reseller namu ha Sulu nag-reklamo, in phone sin customer nila unregistered dayn sin
tuning ha VOS (RST on). Customer nila ha likod sin pocket wifi/CGNAT.`),
    nat(`Salam. Pinangilay ko so portal: Online 12, Offline 148. So offline na langon a phone a adn ko router (NAT).
Poon ko kiyapakay ko SS_TCP_CLOSE_RESET ko kagawi. Ino kaya, di ami katawan.`),
    nat(`Sir, kagay a gabi pan dala makaregister su mga softphone nami sa likod na NAT. Sa kapag-check nami, pinag-On
su RST sa update a kagay. Ibalik ninyu den ba?`),
    nat(`Ya confirma yo: el maga telefono behind NAT ta unregistered desde el update del anoche, y el update ya pone
RST. Los con IP publico registrado pa. Ayuda porfa 🙏`),
    nat(`Boss, poon ko kiyapa-On niyo so RST, so langon a phone ami a behind NAT ko opisina na unregistered 😢
Pakatabangi kami.`),
  ],
  firewallRst: [
    fw(`Sir, desde que ya prende el RST mode, el maga llamada pasando por el FortiGate di amon ta falla. Ya mira yo
el log del Forti: ta drop el RST packets, "invalid state". Antes del cambio bien man.`),
    fw(`Assalamu alaikum. In firewall namu (ASA) nagdrop sin RST dayn sin VOS pag-ubus gin-On in SS_TCP_CLOSE_RESET,
iban in tawag nag-fail:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 203.0.113.10/42312 flags RST on interface
outside`),
    fw(`Salam sir. Ko kiyapa-On ko RST ko VOS, so pfSense ami na pphamblock ko RST packets (TCP:R blocked ko
firewall log). So manga tawag na miyafail. Antonaa i kapakay?`),
    fw(`Sir, su iptables sa gateway nami aden rule "-m conntrack --ctstate INVALID -j DROP", enggu sukad pinag-On su
RST mode langon a RST na drop. Su mga tawag dala makaumpisa. Ngin i mapia?`),
    fw(`Boss, el carrier di amon ta dice el firewall di ila ta bota el RST que ta manda el VOS desde el cambio de
ayer. Y el maga llamada pa ellos ta falla, el ASR ya baja hasta 50%.`),
    fw(`Salam. Kahapun ubus sin tuning (RST On), in tawag dayn ha BPO namu way makalabay ha FortiGate. Ha debug
flow:
id=20085 trace_id=112 func=init_ip_session_common line=5760 msg="no session matched"
Unu in ikahinang?`),
    fw(`Assalamu alaikum. So Sophos XG ko datacenter na pphagdrop ko RST poon ko kiyapa-On o support ko TCP reset ko
VOS. So manga tawag a pplabay ko firewall na fail langon.`),
    fw(`Sir, su Palo Alto nami nag-drop sa RST a pauli sa VOS sukad kagay a kiyapag-On na RST mode. Sa traffic log
"packet dropped: TCP out-of-state". Su tawag pa sa vendor fail.`),
    fw(`Ya hace el tuning anoche (RST On) y ahora el iptables del gateway ta loguea esto:
DROP-INVALID IN=eth1 OUT=eth0 SRC=10.10.1.5 DST=112.x.x.9 PROTO=TCP SPT=5060 DPT=50412 RST URGP=0
El maga llamada ta falla. Ayuda sir.`),
    fw(`Boss, in carrier namu nagsabi in stateful firewall nila nagdrop sin RST dayn ha VOS namu, amu in sabab mayta
in tawag fail dayn sin kahapun (RST On). Unu in marayaw?`),
    fw(`Salam. So OPNsense ami na "block TCP:RA" ko live view poon ko kiyapa-On ko SS_TCP_CLOSE_RESET. So manga
tawag a outbound na fail. Pakatabangi kami sir.`),
    fw(`Sir, reseller nami sa Cotabato: su FortiGate nilan nag-drop sa RST packets sukad pinag-On ninyu su RST mode.
Su tawag nilan fail sa 30%. Ngin i mapia a policy?`),
    fw(`Boss que pasa con ustedes?! Desde el RST On, el ASA di amon ta llena de esto:
%ASA-6-106015: Deny TCP (no connection) from 103.x.x.22/5060 to 10.0.5.20/51870 flags RST ACK on interface
outside
y el call center nuestro nuay llamada. Ya pidi yo revert hace 2 horas 😡`),
    fw(`Salam. In conntrack -S namu:
cpu=0 found=0 invalid=48213 insert=0 insert_failed=0 drop=48002
Nagtaas in invalid iban drop dayn sin gin-On in RST. In tawag nag-fail. In firewall ba in sabab?`),
    fw(`Sir, ko kiyapakay ko sa kagawi (RST), so tawag a pplabay ko firewall ami na fail. Ko tcpdump na adn a RST a
phagawa o VOS ogaid di makasampay ko kasambi. Drop ko firewall.`),
    fw(`Sir, pinag-tcpdump nami sa duwa a lado: su RST pumpun sa VOS aden, ugaid sa carrier dala. Su firewall nilan
i pag-drop sukad pinag-On su SS_TCP_CLOSE_RESET. Tawag fail.`),
    fw(`Buenas tardes. Tenemos Juniper SRX na frente del VOS. Desde ayer que ya pone RST mode, el SRX ta drop el RST
("TCP packet dropped, no session"). El maga llamada saliente ta falla. Favor guia.`),
    fw(`Boss, in RST way makalabay ha firewall namu, drop katan. Dayn sin gin-On in RST, in tawag fail na.`),
    fw(`Salam sir. So Check Point ami ko opisina na "TCP packet out of state: First packet isn't SYN" ko RST poon ko
kiyapa-On ko RST ko VOS. Fail so manga tawag. Sokor ko tabang.`),
    fw(`Sir, su MikroTik nami a firewall filter "connection-state=invalid action=drop" pag-drop sa RST a pumpun sa
VOS sukad kagay (RST On). Su manga tawag dala makakonek sa carrier.`),
    fw(`Sir, technician ako sa BPO na Zamboanga. Despues que el support anterior ya pone RST On, el pfSense ta bota
el RST y el maga estado ta queda stale, el maga tawag ta falla. Cosa hace?`),
    fw(`Salam. 08:15 gin-On in RST, 08:20 nagsugod in failed calls ha FortiGate. Kiyabak ku ha log: RST nagdrop
"invalid TCP flag / no session". Tabangi kami.`),
    fw(`Salam sir. So counter ko iptables rule "-m state --state INVALID -j DROP" na pphakatas poon ko kiyapa-On ko
RST. So manga tawag ko TCP trunk na fail. Giyoto ba so sabap?`),
    fw(`Sir, nag-open den kami ticket sa carrier (enterprise firewall nilan). Pitharo nilan dala ilan pakapagpass su
RST a pumpun sa VOS nami sukad pinag-On. Su tawag fail. Ngin i gaga nami sa sekami a lado?`),
    fw(`Update sir: ya pidi yo con el carrier, ellos ta confirma su firewall stateful ta drop el RST del VOS desde
el cambio. Por eso el maga llamada ta falla. Apaga ba kame el RST o cosa?`),
    fw(`Boss, in customer sin reseller namu ha Jolo nagreklamo: in ASA nila nagdrop sin RST dayn sin VOS sin gin-On
in RST mode. Way makakonek in tawag nila. Unu in pikilan niyu?`),
    fw(`Sir, tolo gawii dn so kapphagfail o manga tawag ami ko firewall 😡 Poon ko kiyapa-On ko RST, so firewall ami
na pphagdrop ko RST. Antonaa pn i ipaganad ami?`),
    fw(`Sir su log na FortiGate nami:
date=2024-06-02 time=21:14:05 action="deny" proto=6 srcip=10.1.1.5 srcport=5060 tcpflags="RST" msg="invalid
session"
Sukad pinag-On su RST mode. Su tawag fail.`),
    fw(`Si ta apaga yo el RST ta vuelve normal el maga llamada. Con el RST On, el FortiGate ta drop el RST y ta
falla. Cosa ba el configuracion correcto del Forti?`),
    fw(`Salam. So firewall a stateful ko datacenter ami na pphagdrop ko RST a poon ko VOS poon ko kiyapa-On sa
kagawi. Fail so manga tawag, langon.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning132Set: readonly EvalItem[] = Object.values(tuning132Families).flat();
