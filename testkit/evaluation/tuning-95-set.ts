import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, resellers and NOC technicians in Armenia and Georgia writing on WhatsApp from their phones,
 * Armenian and Georgian in Latin letters as people really type them, with Russian words mixed in
 * ("nu", "koroche", "srochno", "voobshe") and English technical terms: "barev", "chi ashxatum", "erek",
 * "aysor", "inch anenq", "shnorhakalutyun", "axper", "gamarjoba", "ar mushaobs", "gushin", "dghes",
 * "ra vkna", "madloba", "dzmao", "bitchebo"; informal, some with pasted log lines or command output.
 *
 * The ninety-fifth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written as the ninety-fifth never-tuned set,
 * before the forty-fourth round of rules by someone who had read only the playbooks' symptoms and
 * the domain notes, without the matcher, its rules or the other sets in view; measured as such before and after the forty-fourth round, then made tuning
 * material for the forty-fifth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 73.3 %, negatives confident 6.7 %, confident wrong 0 % with the rules of the
 * forty-third round, and the same after the forty-fourth.
 */
export const tuning95Families = {
  oneListeningPort: [
    no(`barev axper, nginx-y start chi linum, grum a bind() to 0.0.0.0:80 failed (98: Address already in
use). apache-n el a ashxatum et serverum, inch anenq?`),
    no(`gamarjoba, vos-is web-ze tomcat ar irtveba, catalina.out-shi weria java.net.BindException:
Address already in use <null>:8080. gushin java update gavaketet. ra vkna?`),
    no(`dghes mysql ar startavs: [ERROR] Can't start server: Bind on TCP/IP port: Address already in
use, 3306. mgoni dzveli mysqld process darcha, kill gavuketo?`),
    no(`axper mi hat harc, localhost-um npm run dev anum em u Error: listen EADDRINUSE: address already
in use :::3000. vonc gtnem ov a zbaxecrel? mac em ogtagorcum`),
    no(`docker-compose up-i jamanak: Bind for 0.0.0.0:5432 failed: port is already allocated. hostum
postgres ka arden installed, erevi dra hamar a. container-y chi ashxatum`),
    no(`bitchebo asterisk davayene igive serverze sadac vos3000 dgas, da asterisk wers: Unable to bind
UDP socket to 0.0.0.0:5060: Address already in use. ese igi vos-s ukve uchiravs 5060 xo?`),
    no(`erek kamailio dreci testi hamar u start chi linum, 5060-y zbaxvac a.
netstat -tulpn | grep 5060
udp        0      0 0.0.0.0:5060        0.0.0.0:*          2114/mbx3000d
inch anenq, urish port dnenq kamailio-in?`),
    no(`madloba winaswar. vos web portal ar ixsneba, tomcat logshi: SEVERE: Failed to initialize end
point associated with ProtocolHandler ["http-bio-8080"] java.net.BindException: Address already in use.
ravi ra uchiravs 8080-s`),
    no(`barev, redis-y restartic heto chi bardzranum: Could not create server TCP listening socket
*:6379: bind: Address already in use. hin instance-y kaxvac a mnacel mojet?`),
    no(`ssh porti shevcvale 2222-ze da sshd ar irtveba: error: Bind to port 2222 on 0.0.0.0 failed:
Address already in use. ra uchiravs ar vici, lsof ar aris serverze`),
    no(`nu voobshe, node app-y pm2-ov enq vrum, restartic heto EADDRINUSE 0.0.0.0:4000, pm2 list-um erku
hat nuyn app-n a. uxaki krknaki a start exel?`),
    no(`gushin ghames elektroba gaitisha, chavrtet serveri da httpd ar irtveba: (98)Address already in
use: AH00072: make_sock: could not bind to address [::]:443. nginx-ic avtomaturad aixsna. ori web serveri
ertad?`),
    no(`mer billing panel-y test serverum php artisan serve-ov a, hima grum a Failed to listen on
127.0.0.1:8000 (reason: Address already in use). urish proekt a nuyn port-um. kaseq vonc stop anem`),
    no(`zabbix-i web-y dreci vos3000-i serveri vra u hima vos-i web portal-y chi bacvum, 8080 arden
zbaxvac a grum. shnorhakalutyun ete kaseq vonc zabbix-i port-y poxem`),
    no(`koroche, snmpd ar startavs: Error opening specified endpoint "udp:161" ... Address already in
use. meore snmp agenti dgas, vendor-is. romeli gavtisho?`),
    no(`erek mongo-n dreci, hima fail a linum: SocketException: Address already in use for socket:
0.0.0.0:27017. systemctl-ov u dzerkov erku angam em start arel hastat`),
    no(`freeswitch ar irtveba, logshi [ERR] sofia.c Error creating SIP UA for profile: external, 5080
ukve dakavebulia sxva procesit. ra vkna, porti shevucvalo profile-shi?`),
    no(`haproxy reload-ic heto: Starting frontend http-in: cannot bind socket [0.0.0.0:80]. hin haproxy
process-y chi mernum, inch anenq? kill -9?`),
    no(`gamarjoba bitchebo, grafana-s vayeneb monitoringistvis, ar irtveba: listen tcp 0.0.0.0:3000:
bind: address already in use. 3000-ze ukve sxva rame mushaobs, sheidzleba sxva porti mivce?`),
    no(`windows server-i vra IIS-y start chi linum, Port 80 is used by another process. netstat -ano |
findstr :80 cuyc a talis PID 4. inch a PID 4-y?`),
    no(`mer CDR export-i java app-y start chi linum: java.net.BindException: Address already in use:
JVM_Bind, port 9090. erek eli ashxatum er. hin java process kaxvac a, kill anem?`),
    no(`dghes dilas node_exporter ar irtveba: listen tcp :9100: bind: address already in use. rogorc
chans ori versia dayenda, erti systemd-shi da erti docker-shi`),
    no(`vsftpd chi ashxatum, 500 OOPS: could not bind listening IPv4 socket. xinetd-n a arden 21-y pahum
vrode. vor meky anjatem?`),
    no(`gamarjoba, vos3000-ze mbx3000d restarti gavuketet da ar adga: logshi bind 0.0.0.0:5060 failed,
address already in use. mere vnaxe rom dzveli mbx3000d process jer kidev cocxali iyo. kill da isev start?`),
    no(`barev jan, openvpn-y chi bardzranum: TCP/UDP: Socket bind failed on local address
[AF_INET][undef]:1194: Address already in use. erku config unem server.conf u server2.conf, erkusn el
1194-um?`),
    no(`ra vkna, webmin ar irtveba, "Failed to bind to port 10000 : Address already in use". gushin ar
iyo ase`),
    no(`dev serverum jupyter-y grum a The port 8888 is already in use, trying another port. da normal a
te inch-vor ban petq a anenq?`),
  ],
  otherRegistrationCause: [
    no(`barev, ofisi 5 heraxosy unregistered en aysor aravotic. erek gisher vos-um account-neri parol@
poxel enq, heraxosnerum hin parol@ mnacel a. da a patchary?`),
    no(`gamarjoba, klientis trunk ar registrirdeba, logshi 403 Forbidden. gushin maT IP shecvales da
axali IP jer ar chagvigia vos-shi. ra vkna?`),
    no(`bitchebo dghes dilas mteli ofisi offline iyo, ISP-s qonda problema, internet ar iyo 2 saati.
axla internet aris magram 3 telefoni isev unregistered`),
    no(`axper, nor 20 hat yealink provisioning arecinq u kesy chi grancvum, 401 Unauthorized. config-um
username-y sxal a grac: account.1.user_name = 10231, isk vos-um 1023 a`),
    no(`erek ofisum svet chkar, hima heraxosnery unregistered en, poe switch-y chi miacvum. inch anenq?`),
    no(`registracia ar gadis sip trunk-ze, vos-shi weria "account expired". klientma ar gadaixada albat,
balansi sheamowmet`),
    no(`vos3000-i licenziya prosrochen a vrode, ekranin grum a license expired, u nor registration-nery
chen ancnum. srochno inch anenq? menq reseller enq`),
    no(`gamarjoba, sip.provider.ge domain gadavitanet axal hostingze da dns jer ar ganaxlebula.
telefonebi dzvel IP-ze cdiloben registracias. ramdeni xani unda velodo?`),
    no(`switch-y poxecinq cisco-ov, voice vlan 20-y chem dnel, heraxosnery data vlan-um en u DHCP chen
stanum. dra hamar en unregistered? sip-y UDP a, tcp chenq ogtagorcum`),
    no(`erti telefoni registrirdeba da isev itishva, sul 1 wutshi. kabeli shevcvale da gamoswarda.
kabeli iyo, madloba mainc`),
    no(`heraxosy Wi-Fi-ov a, router-y poxel en u hima heraxosy chi tesnum network-y, ekranin grum a No
IP address`),
    no(`barev, klienti serveri IP-n poxvel a (nor datacenter), bayc VOS-um trunk-i IP-n hin a,
185.x.x.10. dra hamar a registration fail?`),
    no(`gushin grandstream-ebze firmware update gavuketet da mere yvela unregistered. factory reset-ma
waishala account-ebi. xelaxla unda shevavsot?`),
    no(`sip registration failed, reason: 404 Not Found. extension 2045-y erek jnjel en vos-ic, chgitem
ov. klienty harcnum a`),
    no(`vos-y block a arel account-y 5 angam sxal parolic heto, hima unregistered a. vonc unblock anem?`),
    no(`ofisshi router gadaitvirta da mas mere erti softphone (microsip) ar registrirdeba. sxva kompze
mushaobs, am kompze antivirusi blokavs mgoni`),
    no(`mikrotik-y poxecinq nor-ov u PPPoE-i parol@ chgiteinq, 3 jam internet chkar. hima ka,
heraxosnery mek-mek grancvum en`),
    no(`gamarjoba, abonentma saxli gadaitana da sxva provaiderze gadavida, axla CGNAT aqvs da UDP
registracia 30 wamshi qreba. tcp ar aqvs, RST-s ar vexebit. rame keepalive daayeneba?`),
    no(`vdsl modemy amen jam reboot a anum, u amen angam heraxosnery unregistered en 2-3 rope. ISP-in
zangel enq`),
    no(`provisioning serveri ar mushaobs (http 500) da axali telefonebi config-s ver igeben, amitom ar
registrirdebian. dzveli telefonebi normalurad arian`),
    no(`voobshe chem haskanum, extension-y vos-um grancvac a bayc heraxosy unregistered a cuyc talis.
heto parzvec vor erku heraxos nuyn account-ov en, irar durs en qcum`),
    no(`dghes 10:00-dan ofisshi optika gawyda, yvela telefoni unregistered. ravi rodis aghdgeba,
account-ebs problema ar aqvs xo?`),
    no(`klienty grum a heraxosi vra "No Service". parzvec vor LAN kabely PC port-in er mianacrac. chisht
miacreci u ashxatec`),
    no(`sip domain shevcvalet voip.oldname.ge -> voip.newname.ge da zogierti telefoni jer dzvel domain-s
iyenebs, 408 timeout. unda gadavaprogramo xelit?`),
    no(`aysor gateway-y (dinstar) chi grancvum vos-um. nayeci u gateway-i IP-n DHCP-ov poxvel a, static
chi, isk vos-um IP authentication a`),
    no(`registraciaze 423 Interval Too Brief brundeba. yealink-ze expires 30 wami davayenet, vos-s
minimum 60 unda. es iyo?`),
    no(`mer reseller-i klienty unregistered a erekvanic, parzvec account-i balansy 0 a u vos-um Locked
status a. lav, pakum enq`),
  ],
  smallFigures: [
    no(`barev, ss -s nayeci serverum:
Total: 312 (kernel 0)
TCP:   148 (estab 61, closed 70, orphaned 0, synrecv 0, timewait 68/0), ports 0
normal a?`),
    no(`gamarjoba, ra aris TIME_WAIT zustad? netstat-shi vxedav 200-mde da ar vici cudia tu ara`),
    no(`SS_TCP_CLOSE_RESET inch a anum softswitch.conf-um? mer mot Off a. petq a poxel?`),
    no(`axper, tcp_tw_reuse=1 dnel@ safe a? mer CentOS 6 vos-um 0 a, max 40 CPS unenq, problem chka,
uxaki harcnum em`),
    no(`netstat -ant | grep TIME_WAIT | wc -l
143
es bevria? 25 aqtiuri zari gvaqvs`),
    no(`ip_local_port_range mer mot 32768 60999 a. normal a te petq a laynacnel? traffic-y poqr a, 10-15
zang miajamanak`),
    no(`madloba gushindeli daxmarebistvis. kitxva: FIN da RST ra gansxvavebaa tcp-shi? training-istvis
vkitxulob`),
    no(`sysctl -a | grep tw
net.ipv4.tcp_max_tw_buckets = 180000
net.ipv4.tcp_tw_recycle = 0
net.ipv4.tcp_tw_reuse = 0
aysor monitoring-um 90 time_wait er. ok a?`),
    no(`ra girchevt, ss tu netstat? centos 6-ze ss ar aris dayenebuli. monitoring-istvis minda
time_wait-is datvla`),
    no(`barev jan, vos3000-i health check arecinq: cpu 12%, ram 3.1G/8G, load 0.4, timewait 55, estab
40. amen inch normal a? klienty harcnum er`),
    no(`dghes peak-ze 18 CPS iyo, time_wait max 400. es problemaa tu normaluri?`),
    no(`inch a nshanakum "orphaned" ss -s-i mej? mer mot 0 a`),
    no(`RST-ze rom gadavrtot ra mogebaa? dziritadad UDP gvaqvs, tcp mxolod 3 klients. ubralod vkitxulob,
ar vapirebt`),
    no(`sysctl.conf-um inch recommended parametrer dnenq vos3000-i hamar? nor server a, load der chka`),
    no(`ss -tan state time-wait | wc -l -> 27. aravotyan a, normal xo?`),
    no(`kstati, tcp_fin_timeout 60 gvaqvs. shevamcirot 30-ze tu ar girs? problema ar gvaqvs, ubralod
optimizacia`),
    no(`netstat -s | grep -i reset
    112 connection resets received
    34 resets sent
mi shabatum. shat a?`),
    no(`ra aris ephemeral porti? dzmao axali var noc-shi, statia wavikitxe da ver gavige`),
    no(`barev, CPS-y vonc hashvenq vos-um? uzum em imanal peak-in qani cps unenq. mot 300 zang/jam a`),
    no(`cat /proc/sys/net/ipv4/ip_local_port_range
32768   61000
es ramdeni portia, 28 atasi? sakmarisi iqneba 50 cps-ze? winaswar vgegmavt`),
    no(`shnorhakalutyun. mi harc el: tcp_tw_recycle-y anjatel enq vor NAT-i het problemner chlinen,
chisht enq arel?`),
    no(`ss -s
Total: 98
TCP:   41 (estab 22, closed 12, orphaned 0, timewait 11/0)
cudad xo ar aris? axali serveria`),
    no(`softswitch.conf-um SS_TCP_CLOSE_RESET="Off" grac a. da default a? inch kpoxvi ete On anenq,
uxaki harcnum em`),
    no(`gamarjoba, time_wait linux-ze 60 wami rcheba xo? tu 120? konfigurirdeba?`),
    no(`monitoring-i grafiky cuyc a talis 1500 time_wait gishery backup-i jamanak, heto ijnum a 100-i.
da xndir a? zangery normal en`),
    no(`ramdeni CPS-s uzlebs vos3000 tcp-ze? klienti 30 cps-s gvpirdeba axal trunk-ze, winaswar vgegmavt`),
    no(`netstat -an | grep :5060 | grep -c ESTABLISHED
18
sip tcp connection-ner en, 18 hat. normal a 18 tcp heraxosi hamar?`),
  ],
  firewallNoRst: [
    no(`barev, iptables-um 5060 udp petq a bacem, vonc grem? CentOS 6 a. -A INPUT -p udp --dport 5060 -j
ACCEPT bavarar a?`),
    no(`gamarjoba, fail2ban-ma klientis IP dabana, 3 sxal paroli. rogor gavxsna? fail2ban-client set sip
unbanip?`),
    no(`mikrotik-um sip alg anjatel petq a? heraxosnery one-way audio unen. /ip firewall service-port
disable sip?`),
    no(`fortigate-ze port forward minda 5060 da rtp 10000-20000 vos serverze. VIP-it vaketeb, swori
gzaa?`),
    no(`nor klienti IP-n whitelist anel petq a: 93.x.x.x. vos-i iptables-um te datacenteri firewall-um?
inch anenq`),
    no(`geo-blocking gvinda, yvela qveyana garda saqartvelosi da somxetisa. ipset-it iqneba? sip
scanner-ebi gvawuxeben`),
    no(`pfSense-um rate limit dnenq sip-i vra? vor scan-y chxangari. gisherner sipvicious-ic 1000
register/s a galis`),
    no(`iptables -L -n -v
Chain INPUT (policy DROP)
 pkts bytes target  prot opt in  out  source     destination
 1823  98K ACCEPT  udp  --  *   *    0.0.0.0/0  0.0.0.0/0   udp dpt:5060
vos web 8080 garedan ar ixsneba, ra aklia?`),
    no(`barev, asa-um ACL avelacnel em uzum klienti subnet-i hamar, 5060-5061 tcp/udp. config-y mi ognum
eq?`),
    no(`cisco asa-ze sip inspect gamovrtot? zogi gateway-s problema aqvs, sdp-shi IP-s cvlis`),
    no(`fail2ban-y chi ashxatum vos-i hamar, filter-y chi match anum log-i format-y. regex uneq?`),
    no(`dmesg-shi gamochnda nf_conntrack: table full, dropping packet. sip udp gvaqvs, 65536 limiti.
gavzardot? pik-ze 400 zari gvaqvs`),
    no(`rtp port-ery bac chen, zangy ancnum a bayc dzayn chka. iptables-um 10000:20000 udp bacem? vos-um
rtp range inch a?`),
    no(`mikrotik dst-nat 5060 -> 192.168.1.10 gavaketet, magram garedan registracia ar modis. srcnat
masquerade aris. ra gamomrcha?`),
    no(`klienty asum a mer IP-n irenc firewall-um blocked a, erek gisheruay scan-ic heto. nayeq, mer
IP-ic scan chi gnacel`),
    no(`ufw-s vikeneb ubuntu-ze (es vos ar aris, sbc-a). ufw allow 5060/tcp sakmarisia tu 5061
tls-istvisac?`),
    no(`firewalld-i zone-nery chem haskanum. CentOS 7 a, vonc bacem 5060 permanent?`),
    no(`hetzner-is cloud firewall-shi rules davamate, magram traffic mainc ar modis. serverze
iptables-ic aris. ori firewall ertdroulad problemaa?`),
    no(`sip alg-y router-um (tp-link) chi anjatvum, menu chka. alternativ inch? 5080 port dnenq?`),
    no(`iptables-shi hashlimit davayenot register-ebze, 20/wutshi IP-ze. normaluria tu klientebs
daablokavs?`),
    no(`erek gisher 5060-in udp flood ekav, datacenter-y null route arec mer IP-n. hima bolor klientnery
down en, inch anenq`),
    no(`fortigate-shi session ttl gavzardot SIP-istvis? udp 180 wamia default, telefonebze keepalive 30
wamia`),
    no(`iptables -I INPUT -s 45.x.x.0/24 -j DROP arel em, bayc block chi linum. order-i patcharov a?`),
    no(`gamarjoba, pfsense-ze outbound NAT static port unda chavrto sip trunk-istvis? provaideri gvtxovs`),
    no(`vos-i web portal-y petq a bac lini miayn ofisi IP-i hamar.
iptables -A INPUT -p tcp --dport 8080 ! -s 80.x.x.x -j DROP
chisht a?`),
    no(`mikrotik-ze /ip firewall filter add chain=input protocol=udp dst-port=5060
src-address-list=sip_allowed action=accept, mere drop danarcheni. swori rigia?`),
    no(`csf firewall-y dreci, hima ssh-ov chem karum mtnel, lfd-n block arec. vps console-ic em mtel.
inch poxem?`),
  ],
  negationContext: [
    no(`barev, klienty grum a heraxosnery unregistered en, bayc mer mot RST-n off a u voch mek chi
poxel. amen inch UDP-ov a. inch kareli e lini?`),
    no(`tcp saertod ar gvaqvs, mxolod udp. ese igi SS_TCP_CLOSE_RESET ar gvexeba xo? klientma statia
gamogzavna da nervulobs`),
    no(`incident report em grum: 2022-i martin port exhaustion er, RST miacrecinq u fix exav. hima
ghekavarutyan hamar a, inch grem vor lav lini?`),
    no(`training-ze vkitxulobt: rogor imoqmedebs RST stateful firewall-ze? hipotetirad, real problema ar
gvaqvs`),
    no(`30 hazar time_wait-y mer serveri chi, konkurenti mot a, irenc postmortem-n en hraparakel. mer
mot 200 a, hangist`),
    no(`parolis shecvlis mere gamochnda unregistered telefonebi, RST-s aravin shexebia. paroli swored
chavweret da gamoswarda`),
    no(`port-eri problem chi, netstat-um 150 time_wait a. zangery chen ancnum vorovhetev trunk-y down a
provider-i mot`),
    no(`ancac amsva fix-y (RST on) lav ashxatum a, voch mi problem. uzum em hastatel vor tw_reuse-n el 1
a mnacel`),
    no(`firewall-ma RST daadropa? ara, am segmentshi firewall saertod ar gvaqvs, pirdapir internetia.
zarebi ki wydeba 30 wamshi, sxva mizezi iqneba`),
    no(`nor ashxataky harcnum a: ete heraxosnery NAT-i hetevum en, RST miacnelu depqum inch klini?
teorik harc a`),
    no(`mikrotik-ebis ukan telefonebi unregistered iyvnen RST-is gamo, magram es gasul tveshi iyo da
Off-ze davabrunet. axla yvelaferi kargadaa, ubralod postmortem-s vwer`),
    no(`kasem miangamic: SS_TCP_CLOSE_RESET chenq poxel, erek el Off er, aysor el Off a. unregistered-i
problemy urish tex a`),
    no(`klients "address already in use" aqvs, magram es misi sakutari laptopia, chveni serveri ara. ra
vupasuxo?`),
    no(`mi ayl kompaniayi NOC-y asum a irenc fortigate-y RST-ner a drop anum u zangery ktrvum en. mer
mot fortigate chka, pfSense a, RST-n el off. mez petq a inch-vor ban anel?`),
    no(`NAT problema ar aris, telefonebi pirdapir public IP-ze arian. da mainc unregistered. zustad ar
vici ratom`),
    no(`hipotetik: ete 1000 cps linenq, port-ery kverjanan? hima 20 cps unenq, menejment-y plan a anum`),
    no(`es RST-is ambavi 2 wlis win vnaxet, mas mere Off gvaqvs da problema ar gvqonia. dghes axali
tanamshromeli gvekitxeba ubralod`),
    no(`logum "cannot assign requested address" ka, bayc da ipv6-i patcharov a, interfeysi vra ipv6
chka. port exhaustion chi, time_wait 40 a`),
    no(`sxva kompaniis serveria, chven mxolod trunk gvaqvs mastan. time_wait problema maT aqvt, chven
ara. rame vurchiot?`),
    no(`klienty pndum a "firewall-y RST drop a anum", bayc menq irenc het UDP enq ogtagorcum, tcp chka.
vonc bacatrem`),
    no(`yvelaferi kargadaa, reset mode-s ar vexebit. ubralod gavige rom vos-s aqvs aseti parametri da
minda vicode ra gavlena aqvs tls-ze`),
    no(`erek voch mek RST-n on chi arel, amen inch hin-n a. erekva unregistered-nery DNS-i patcharov
ein, hima fix a`),
    no(`prezentaciistvis slide-s vaketeb: "RST vs FIN VoIP-shi". ra magalitebi mogvcet? real incidentebi
ar gvqonia`),
    no(`vendor-y grum a "if using TCP behind NAT, disable RST". menq NAT chunenq u TCP chenq ogtagorcum,
uremn mez chi verabervum xo?`),
    no(`ara dzmao, portebi ar gvelevia, ss -s-shi timewait 80-ia. problema call routing-shia, prefix
arasworad aris`),
    no(`MikroTik-i hetevum 2 heraxos unregistered en, bayc da nranc ISP-i problem a, internet chkar. RST
mer mot amisnerov off a, chem kardum kap uni`),
    no(`kursze gvaswavlian rom RST aridebs TIME_WAIT-s. ese igi socket ar rcheba da mas mere ra xdeba?
ubralod teoria minda gavige`),
  ],
  portExhaustion: [
    pe(`barev, pik jamin (19-21) vos-um zangery chen ancnum, logum:
connect() failed: Cannot assign requested address
ss -s: timewait 27841/0. inch anenq srochno?`),
    pe(`gamarjoba, dghes saghamos 200 cps-ze axali tcp connection-ebi ar iqmneba, "cannot assign
requested address". time_wait 30 atasze metia. ra vkna?`),
    pe(`ss -s
Total: 31452 (kernel 0)
TCP:   30877 (estab 912, closed 29801, orphaned 3, synrecv 0, timewait 29790/0), ports 0
pik-in nor zangery chen gnum, 503 en stanum. erek el nuyn ban er`),
    pe(`vos tcp trunk-ze gamavali zarebi wydeba peak-ze, logshi "Address already in use" gamavali
connect-ebze. ip_local_port_range 32768 61000 gvaqvs. gavafartovo?`),
    pe(`axper, nor klient miacrecinq 150 cps tcp-ov u amen ereko 20:00-ic heto zangery fail en linum,
netstat-ov
28 hazar TIME_WAIT. sysctl-um inch poxem?`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
  27612 TIME_WAIT
    843 ESTABLISHED
     12 LISTEN
es normaluri ar aris xo? saghamos zarebi ar gadis`),
    pe(`srochno!!! vos3000-i load-y 180 cps, nor tcp sip connection-nery chen bacvum, bind: cannot
assign requested address. tw_reuse 0 a`),
    pe(`yoveldghe 19:00-22:00 problemaa: klientebis tcp zarebis 30-40% fail. dilas kargad mushaobs. im
dros time_wait 25000-30000-ia, nagruzka ~170 cps`),
    pe(`barev, mbx3000-i log:
[ERR] tcp connect to 10.20.0.5:5060 failed: errno 99 (Cannot assign requested address)
[ERR] tcp connect to 10.20.0.5:5060 failed: errno 99
pik-in amen vayrkyan 1000 tox a. inch a da?`),
    pe(`vos-is serverze portebi amoiwura rogorc chans. tcp time_wait 28k, ip_local_port_range mxolod
32768-60999. ra gavaketo, RST chavrto tu sysctl?`),
    pe(`mer reseller-y 250 cps a qcum tcp-ov, zangeri kesy chen ancnum, nor tcp connection chi bacvum.
ss -tan state time-wait | wc -l = 31044`),
    pe(`dghes 21:00-ze billing connector-ma dawera java.net.BindException: Address already in use:
connect, magram mxolod peak-ze. time_wait bevria`),
    pe(`ip_local_port_range-y mer mot 40000 45000 a dnac (hin admin-i koxmic), 5000 port u 120 cps. hima
pik-in zangery chen ancnum, TIME_WAIT 4900+`),
    pe(`chas pik-shi klientebi wuwuneben, zarebi ar gadis. dmesg-shi araferi, magram ss -s timewait 29k,
cpu mxolod 30%. portebi xom ar gvakldeba?`),
    pe(`erekvanic peak-y 2 angam avelacel a (nor klient tcp-ov), u hima amen gisher logum "address
already in use" a outgoing zangeri vra. inch anenq, tw_reuse miacnenq?`),
    pe(`gamarjoba, traffic gavzardet 80-dan 220 cps-mde da tcp connect-ebi fail-deba. logshi EADDRINUSE
gvaqvs. RST mode Off aris`),
    pe(`netstat -an | grep -c TIME_WAIT
30211
sa normal chi chi? pik jamin tcp-ov nor zang chi bacvum`),
    pe(`28000+ time_wait gvaqvs da peak saatebshi axali zarebi 503-it brundeba. ra gvirchevt?
softswitch.conf-shi SS_TCP_CLOSE_RESET="Off"`),
    pe(`barev jan, erek gisher 21:40-22:30 zangeri 35%-y fail er, logum "cannot assign requested
address" u ss-um 27k timewait. aysor el nuyn ban klini, inch anenq minchev gisher?`),
    pe(`sip tcp trunk provaideramde: gamavali connect-ebi ar iqmneba 150+ cps-ze, errno 99. dghisit
problema ar aris, mxolod saghamos`),
    pe(`vos serveri ephemeral port-ery pik-in verjanum en. net.ipv4.ip_local_port_range = 32768 60999,
28 hazar port, 200 cps * 60 vrk time_wait = 12000? bayc ss-um 28k a. inch kpoxvi?`),
    pe(`bitchebo, saghamos tcp zarebi gachherda, "cannot assign requested address". 23:00-ze time_wait
daiklo da isev imushava. yovel saghamos igivea`),
    pe(`ha, mer mot hima 190 cps a tcp-ov, u kesic avel tcp connect fail a. tcp_tw_reuse = 0,
tcp_fin_timeout 60. inch poxenq?`),
    pe(`koroche problema ase gamoiyureba: nagruzka izrdeba, time_wait izrdeba 30k-mde da axali tcp ar
iqmneba. traffic rom ecema, mere kargad xdeba`),
    pe(`shnorhakalutyun naxapes, mi hat el: sip tcp-ov 160 cps unenq, ss -s-um timewait 26000 a u pik-in
zangery chen bacvum. sa time_wait-i patcharov a?`),
    pe(`vos logebshi yovel 5 wamshi: "socket bind error 98 Address already in use", magram gamavali
zarebzea da mxolod peak-ze. sxva dros ara. ra aris?`),
    pe(`erek vos-i CPU-n normal er, bayc 20:00-22:00 tcp zangery chein ancnum. nayecinq, port-ery bolory
zbaxvac ein TIME_WAIT-ov (28.5k). vonc kankhenq?`),
    pe(`klientma 300 cps-ze stress testi gagviketa tcp-ze. 60 wamshi yvela connect fail, cannot assign
requested address. mere 2 wuti ar mushaobda`),
    pe(`barev, pik-in 210 cps, nor tcp-nery chen bacvum, "cannot assign requested address". ss -s
timewait 28122. RST der chenq miacrel, miacnenq?`),
    pe(`ra vkna, ip_local_port_range default-ia, 1024 65535 ar gvaqvs. 250 cps-ze tcp portebi amoiwureba
da zarebi wydeba. tw_reuse ar aris chartuli`),
  ],
  natUnregistered: [
    nat(`barev, erek SS_TCP_CLOSE_RESET On arecinq time_wait-i hamar, aysor aravotic ofisi heraxosnery
mikrotik-i hetevum unregistered en. tcp-ov en grancvum. inch anenq?`),
    nat(`gamarjoba, gushin RST mode chavrtet da dghes klientebis telefonebi, romlebic saxlshi routeris
ukan arian, ar registrirdebian. tcp transport aqvt. ra vkna?`),
    nat(`tcp-i fix-ic heto (erek gisher, time_wait-i hamar) NAT-i hetevum heraxosnery anyndhat registered
-> unregistered en tsatkum. public IP-ov heraxosnery normal en`),
    nat(`gushin softswitch.conf-shi SS_TCP_CLOSE_RESET="On" davayenet da reparse gavaketet. dghes mtavari
ofisis 40 telefoni (mikrotik NAT) unregistered. sip over tcp`),
    nat(`axper, ofisi heraxosnery (home routerner, tp-link) kes jamic mek unregistered en linum, heto
noric grancvum. sksvec RST miacnelic heto, erekvanic. transport-y tcp a`),
    nat(`mas mere rac tcp-is cvlileba gavaketet (RST), mikrotik-is ukan myofi yealink-ebi ikargeba.
registration lost, mere 2-3 wutshi brundeba. ra kavshiri aqvs?`),
    nat(`vos-um online user-nery 200-ic ijel en 60-i RST On-ic heto. nranq bolory NAT-i hetevum en, sip
tcp. public IP-ov trunk-ery normal en`),
    nat(`dghes dilas klientebi rekaven, telefonebze "No Service" weria. gushin saghamos RST chavrtet
time_wait problemis gamo. telefonebi routerebis ukan arian, tcp`),
    nat(`erek admin-y softswitch.conf-um RST-n On a arel, aysor bolor remote heraxosnery (NAT-ov)
unregistered en. LAN-i heraxosnery normal en. het darcnenq?`),
    nat(`ra vkna, RST gavaaktiure time_wait-is gamo da axla mikrotik-ebis ukan registracia ar cherdeba.
logshi register 408 timeout. tcp sip`),
    nat(`barev, time_wait-i problemy lucecinq RST-ov, bayc hima nor problem ka: klientneri softphone-nery
(zoiper, tcp) home wifi-i hetevum 5-10 rope heto unregistered en linum`),
    nat(`SS_TCP_CLOSE_RESET On-ze gadartvis mere NAT-ian klientebs registracia ekargebat. tcp connection
routeris mxares rcheba? ra unda gavaketo?`),
    nat(`vos3000-i registration list-um NAT-i hetevum heraxosnery hajax anhetanum en, erek gisheric. erek
nuyn jamin tcp close reset On arecinq`),
    nat(`gamarjoba bitchebo, tcp fix-is mere (gushin) ofisebshi sadac mikrotik aris, telefonebi
unregistered xdeba. sadac pirdapir public IP-a, kargadaa. RST-s ukavshirdeba?`),
    nat(`mi hat sa nayeq:
grep 91.x.x.14 mbx.log | tail -3
10:02:11 REGISTER from 10.0.0.55 via 91.x.x.14:51234 tcp -> 200 OK
10:04:12 tcp conn closed (RST) 91.x.x.14:51234
10:09:40 user 1055 expired, unregistered
erekvanic RST on a. NAT-i hetevum heraxosner en`),
    nat(`nat-is ukan telefonebi ar registrirdebian mas mere rac reset mode chavrtet. registracia 200 ok
gadis, magram 2 wutshi qreba. tcp, grandstream-ebi`),
    nat(`klientnery zangum en vor heraxosnery "unregistered" en grum. erek sysctl-y u RST-n erkusn el
poxel enq, erevi RST-n a? bolor heraxosnery home router-i hetevum en`),
    nat(`gushin time_wait-is playbook gavushvit (RST On + tw_reuse). dghes 3 ofisi gvirekavs: telefonebi
offline. yvela NAT-is ukan aris da tcp-s iyenebs`),
    nat(`RST miacnelic heto NAT-i hetevum heraxosnerin incoming zangery chen hasnum, heraxosy vos-um
grancvac chi. outgoing-y ashxatum a, zangum en, bayc incoming chka`),
    nat(`mikrotik hap ac2-is ukan telefonebi registracias kargaven yovel 10 wutshi, am kviridan, rac RST
chavrtet. sip over tcp, keepalive 30 wamia`),
    nat(`barev, mer ofisi yealink-nery (NAT, TCP 5060) erekvanic unregistered en. nayecinq vos-um,
SS_TCP_CLOSE_RESET="On" a, inch vor mek poxel a time_wait-i hamar`),
    nat(`dghes sheamowmet: RST chartulia (update-is mere) da NAT-ian telefonebi ar registrirdebian. sip
tcp. ra vkna, gamovrto tu NAT keepalive?`),
    nat(`pik jamy arden lav a (time_wait-y ijel a), bayc hima softphone-nery router-neri hetevum chen
grancvum. RST-n miacrac a 2 or. kap uni?`),
    nat(`gamarjoba, tcp ganaxlebis mere klientebis 30% unregistered. yvela maTgani NAT-is ukan aris
(saxlis routerebi). udp-ze gadaviyvanot tu RST gamovrtot?`),
    nat(`erek gisher RST mode-y miacrecinq, aysor mikrotik-neri hetevum grancumnery chen pahvum, 1 rope
grancvac en heto kyndhatvum. log-um REGISTER-nery tcp-ov en. inch anenq?`),
    nat(`NAT-ian telefonebi: registered -> unregistered -> registered, ciklshi, mas mere rac
softswitch.conf-shi RST "On" gavaketet. public-ze myofebi kargad arian`),
    nat(`voobshe chem haskanum, tcp-ov grancvogh heraxosnery NAT-i hetevum arden 2 or unregistered en. 2
or araj SS_TCP_CLOSE_RESET=On dreci port-eri problemi hamar (hin vos, aranc chakertneri)`),
    nat(`dzmao RST-is mere ofisis telefonebi online ar chans, routeri NAT-it mushaobs, sip tcp 5060. ra
xdeba?`),
    nat(`barev, nor klient unenq 50 heraxosov home router-neri hetevum (tcp), erek RST-n miacrecinq
port-eri problemi hamar, aysor nranq bolory unregistered en cuyc talis`),
    nat(`registracia qreba NAT-is ukan myof telefonebze mas mere rac TCP close reset chavrtet. udp
klientebi normalurad arian, mxolod tcp-ze myofebi. ra vkna?`),
  ],
  firewallRst: [
    fw(`barev, erek RST On arecinq u hima fortigate-i hetevum zangery chen ancnum, fortigate-i traffic
log-um RST packet-nery deny en, "no session matched". inch anenq?`),
    fw(`gamarjoba, RST mode chavrtet da mas mere pfsense-is gavlit zarebi wydeba. pfsense logshi vxedav
blocked TCP:R packetebs 5060-ze. ra vkna?`),
    fw(`iptables -L -v -n | grep INVALID
 4821  193K DROP   all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
erekvanic (RST on) sa ajum a, zangeri kesy chen kpnum`),
    fw(`cisco asa-s ukan vos-is trunk: RST chartvis mere zarebi kidia, setup ar sruldeba. asa logshi
%ASA-6-106015: Deny TCP (no connection) ... flags RST. ra vkna?`),
    fw(`vos-um SS_TCP_CLOSE_RESET On-ic heto klienti SBC-n RST-nery block a anum, zangery 32 vrk heto
ktrvum en. klienty asum a irenc mot amen inch normal a`),
    fw(`dghes reset mode gavaaktiuret da partniori gvirekavs: zarebi ar gadis, maTi firewall RST-s
dropavs (stateful). ra gavuketot, Off?`),
    fw(`erek RST miacrecinq, aysor trunk-ery datacenter-i Juniper SRX-i hetevum normal chen ashxatum.
SRX log: TCP RST dropped, no session. zangery kes en`),
    fw(`conntrack -S
cpu=0 found=0 invalid=3921 ignore=0 insert=0 insert_failed=0 drop=0
invalid izrdeba RST chartvis mere, tcp-ze zarebi ar gadis. iptables-shi INVALID drop gvaqvs`),
    fw(`barev jan, klienti zangery fortigate-i hetevum kaxvac en mnum, setup-y chi avartvum. sksvel a
RST mode On dnelic heto. fortigate-um RST flag-ov packet-nerin deny a grum`),
    fw(`RST chavrtet time_wait-is gamo da axla zarebi ixsneba magram 10 wamshi wydeba. klients
checkpoint firewall aqvs, logshi RST drop-ebi. gamovrto?`),
    fw(`srochno, RST-ic heto asa-i hetevum zangery chen ancnum. show asp drop-um "tcp-not-syn" u
"invalid-tcp-hdr-length" chem haskanum, tcp-not-syn-y arag avelanum a. inch anenq?`),
    fw(`pfsense state table-shi sip tcp state-ebi rcheba da axali zarebi ver gadis, mas mere rac vos-ze
RST chavrtet. firewall logshi RST-ebi blocked`),
    fw(`erek SS_TCP_CLOSE_RESET On, aysor 3 klient bogoq en anum vor zangery chen kpnum. 3-n el stateful
firewall unen (fortigate, sophos), log-um RST drop. firewall chunecogh klientnery normal en`),
    fw(`tcp reset-is mere iptables conntrack INVALID-s dropavs da zarebi kidia. "-m state --state
INVALID -j DROP" wesi gvaqvs. gamonaklisi gavaketo tu RST gamovrto?`),
    fw(`aysor zangeri 40%-y fail a, setup timeout. RST-n erek gisher dreci. sbc-i (audiocodes) log-um
"RST received for unknown session, discarded". kap uni?`),
    fw(`gamarjoba, vos-is win fortigate 60F gvaqvs. RST mode-is mere zarebi 15-20 wamshi ikargeba, forti
logshi "Denied by forward policy check", RST flag. ra vkna`),
    fw(`tcpdump -ni eth0 port 5060 and 'tcp[tcpflags] & tcp-rst != 0'
RST-nery mer koxmic gnum en, bayc klienti koxm chen hasnum, irenc pfsense-y block a anum. da sksvec RST
On-ic heto`),
    fw(`RST chartvis mere sip tcp zarebi "Trying..." mdgomareobashi kidia. vos-sa da klients shoris
cisco asa dgas, asa logebi: Deny TCP (no connection) flags RST ACK`),
    fw(`RST-n miacrecinq u heto zangery mi qani vayrkyanic ktrvum en. mer koxmi firewall-y (iptables
conntrack) invalid drop a anum, dmesg-um tesnum em`),
    fw(`ara, NAT ar gvaqvs, pirdapiri trunkebia, magram shua-shi stateful firewall dgas. RST chavrtet da
zarebi ar sruldeba, firewall RST packetebs ar atarebs`),
    fw(`mi qani klient zangum en "zangery ktrvum en" RST miacnelic heto. bolory fortigate unen,
firewall-i admin-y asum a RST-nery policy-ov deny en linum`),
    fw(`gushin RST On. dghes zarebis 25% failed, sip tcp. tcpdump-it vxedav RST midis magram firewall
(sophos xg) ar atarebs, mere retransmission-ebi`),
    fw(`barev, pfsense log-um sip-i vra shat "TCP:RA" blocked ka erekvanic, erb SS_TCP_CLOSE_RESET on
arecinq. zangeri kesn a ancnum`),
    fw(`vos-is serverze iptables conntrack gvaqvs da RST-ze gadartvis mere dmesg-shi "nf_conntrack:
invalid packet". zarebi wydeba. ra vkna, Off-ze davabruno?`),
    fw(`RST mode-y dreci time_wait-i hamar, hima karrier-i SBC-n (stateful) RST-nery chi yndunum,
zangery 30 vrk kaxvac en heto failed. karrier-i NOC-y asum a drop en anum`),
    fw(`gamarjoba, RST mode-is shemdeg fortigate-is session table-shi sip tcp sesiebi ESTABLISHED-shi
rcheba, axali zarebi ki ar gadis. ra vkna?`),
    fw(`ay qez ban: RST On-ic heto lab-um (aranc firewall) amen inch lav er, bayc production-um Cisco
ASA-n kangnecnum a RST-nery u zangery chen kpnum. het darcnenq Off?`),
    fw(`zarebi ar gadis da klientis firewall-shi vxedav "TCP packet dropped: RST, no matching state".
chven gushin RST chavrtet. ertmanets ukavshirdeba xo?`),
    fw(`erek RST on, aysor mikrotik-i firewall-y (connection-state=invalid action=drop) RST-nery drop a
anum, zangery normal chen avartvum, bye-ic heto line-y kaxvac a mnum`),
    fw(`koroche, RST-is mere zarebi wydeba im klientebtan vistac stateful firewall aqvt, logebshi
dropped RST. sxvebtan kargadaa. ra vkna?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning95Set: readonly EvalItem[] = Object.values(tuning95Families).flat();
