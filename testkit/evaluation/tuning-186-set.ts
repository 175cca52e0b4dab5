import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP resellers, BPO call-centre NOCs and small ISPs in the Philippines (Manila, Cebu, Davao, Iloilo) writing on
 * WhatsApp: Taglish about half, plain Tagalog a fifth, Cebuano/Bisaya a quarter, some Hiligaynon; Latin script,
 * "po/opo", "sir", "ma'am", "boss", "Good am po", "Maayong buntag", "Maayong aga"; numbers as "28k", "30 thousand",
 * "26 libo", "27 ka libo"; heavy English code-switching for every technical word, pasted ss/netstat/firewall lines.
 *
 * The hundred-and-eighty-sixth tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-eighty-sixth never-tuned set, before the sixty-seventh
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-seventh round, then made tuning
 * material for the sixty-eighth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 93.3 %, negatives confident 1.5 %, confident wrong 0 % with the rules of
 * the sixty-sixth round, before the sixty-seventh.
 * After the sixty-seventh round: the same.
 * After the sixty-eighth round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning186Families = {
  oneListeningPort: [
    no(`Good am po sir! after namin i-reboot yung server kaninang madaling araw, hindi na nag-start yung web portal. sa catalina.out: java.net.BindException: Address already in use (Bind failed) <null>:8080. ano po gagawin namin?`),
    no(`Magandang umaga po. Ayaw pong umandar ng MySQL sa VOS server namin pagkatapos ng restart. Ito po ang nasa log:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
Paano po ito aayusin?`),
    no(`Maayong buntag sir. ang nginx sa among billing box dili mo-start karon:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
murag naa pay laing program nga naggamit sa port 80. unsaon pag-check?`),
    no(`sir after ko i-run yung service mbx3000d restart, ayaw na mag bind sa 5060. log: "bind 0.0.0.0:5060 failed, Address already in use". nung nag ps ako may dalawang mbx3000d, yung luma hindi namatay. kill -9 ko na lang po ba yung old pid?`),
    no(`hello po, nag try ako mag run ng docker container para sa CDR dashboard namin, error:
docker: Error response from daemon: driver failed programming external connectivity on endpoint cdr-dash: Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use.
yung 8080 kasi gamit ng vos web. lipat ko na lang sa ibang port?`),
    no(`sir pangutana lang, ang redis sa among report server dili ma-start:
# Could not create server TCP listening socket *:6379: bind: Address already in use
gahapon ok pa man. naa bay laing redis nga nag-dagan?`),
    no(`hi sir, sa laptop ko lang po ito hindi sa server. pag npm run dev ko yung portal na ginagawa namin: Error: listen EADDRINUSE: address already in use :::3000. may naiwan pala akong terminal na naka run. safe lang ba i-kill yun?`),
    no(`Magandang hapon po. Nag-install po kami ng SSL sa apache para sa customer portal, pero ayaw na pong mag-restart:
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
no listening sockets available, shutting down
Ano po kaya ang may hawak ng 443?`),
    no(`Maayong aga sir. Ang web manager sang VOS namon indi mag-abri subong. Sa log sang tomcat: Address already in use: JVM_Bind 8080. May isa pa gid nga java process nga nagadalagan halin kahapon. Patyon ko na lang bala?`),
    no(`sir eto po output, bakit ayaw mag start ng tomcat:
# netstat -tlnp | grep 8080
tcp  0  0 0.0.0.0:8080  0.0.0.0:*  LISTEN  2231/java
yung pid 2231 luma pa yan before mag restart. tapos catalina log: Address already in use. pano po?`),
    no(`sir human sa brownout diri sa Davao, pag-on sa server ang mbx3000d dili mo-listen sa 5060. "Address already in use" daw. gi-check nako naay sip test tool nga gi-install sa among tech nga naka-run pud sa 5060. patyon ra nako?`),
    no(`hello sir, yung billing portal namin sa port 80 hindi na bumubukas. nag install kasi yung IT namin ng apache para sa ibang site eh may nginx na pala. error ng nginx: bind() to 0.0.0.0:80 failed (98: Address already in use). alin po dapat i-disable?`),
    no(`Good evening po. Pagkatapos mawalan ng kuryente, hindi na po ma-access ang VOS web sa port 8080. Sabi sa log, Address already in use. May natirang java na proseso raw sabi ng tech namin. Ligtas po bang patayin iyon?`),
    no(`sir pinalitan ko yung ssh port ng server to 2222 para sa security, pero ayaw mag restart ng sshd: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. may monitoring agent pala na naka 2222. ano po mas ok na port?`),
    no(`Good pm sir. nag set-up ko og grafana sa docker para sa ASR/ACD graphs pero dili mo-start: Bind for 0.0.0.0:3000 failed: port is already allocated. naa man diay among old grafana sa host. unsa mas maayo, tangtangon ang usa?`),
    no(`sir nag install yung dating tech namin ng asterisk sa same box ng vos para mag test daw. ngayon si mbx3000d hindi maka bind sa 5060, log: Address already in use. si asterisk pala naka hawak ng 5060/udp at tcp. pwede ko na ba i-uninstall si asterisk?`),
    no(`quick q po, yung node api namin for CDR export ayaw mag listen: Error: listen EADDRINUSE: address already in use 0.0.0.0:5000. pm2 list shows may dalawang instance ng same app. yun ba cause?`),
    no(`sir ang tomcat sa VOS web dili ma-shutdown ug dili pud ma-start. log:
SEVERE: StandardServer.await: create[localhost:8005]:
java.net.BindException: Address already in use
unsa ni nga port 8005? wala man mi nag-usab ug config.`),
    no(`Magandang umaga po. Ang web service po namin sa VOS ay ayaw mag-start mula kaninang umaga. Nakita po namin: java.net.BindException: Address already in use, port 8080. Mukhang may lumang proseso pa pong tumatakbo. Paano po hanapin kung alin?`),
    no(`sir ano to? ss -ltnp output:
LISTEN 0 128 0.0.0.0:5060 0.0.0.0:* users:(("kamailio",pid=912,fd=7))
kaya pala ayaw mag bind ng softswitch after restart, address already in use. nag install pala ng kamailio yung intern namin for testing lol`),
    no(`sir nag add ko og bagong server block sa nginx para sa reseller portal, pag reload: bind() to 0.0.0.0:443 failed (98: Address already in use). naa man diay haproxy nga naka-listen sa 443 gihapon. asa man nako i-terminate ang ssl?`),
    no(`hi po, phpmyadmin namin ayaw na bumukas. apache error: (98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80. may lighttpd pala na naka-enable sa startup. i-disable ko na lang?`),
    no(`Tanong lang po. Nag-set up po kami ng rsyslog para tumanggap ng log mula sa mga gateway, pero may error: imudp: error while binding to port 514, Address already in use. May iba pa pong syslog na tumatakbo. Alin po ang dapat patayin?`),
    no(`sir dev question lang, hindi sa server. sa laptop ko yung vite dev server ng customer app ayaw mag start kasi port 5173 already in use. may isa pa palang instance. ok lang i-kill?`),
    no(`sir nag install kami ng node_exporter para sa monitoring ng vos server, pero: listen tcp :9100: bind: address already in use. may lumang exporter pala na naka systemd. alin po i-keep?`),
    no(`urgent po sir, nag crash yung mbx3000d kanina tapos pag start ulit: H323 listen 1720 failed, Address already in use. may zombie process pa na hawak 1720. SIP 5060 ok naman. reboot na lang po ba buong server?`),
    no(`sir nag run ko og mysql container para sa backup testing: Error starting userland proxy: listen tcp4 0.0.0.0:3306: bind: address already in use. siyempre kay ang VOS mysql naa man sa 3306. unsa nga port akong gamiton para sa container?`),
  ],
  otherRegistrationCause: [
    no(`sir good am, lahat ng extensions sa Makati branch unregistered since kaninang 9am. pinalitan pala ng admin namin yung password ng mga SIP accounts kahapon pero hindi na-update sa phones. sa log puro 401/403 wrong password. paano bulk update?`),
    no(`Magandang gabi po. Hindi po makapag-register ang mga gateway namin mula kanina. Nagpalit po ng public IP ang PLDT namin at naka-IP whitelist po ang account sa VOS. Paano po palitan ang IP sa mapping gateway?`),
    no(`sir ang tanang phones sa among office sa Cebu unregistered karon. gi-change man ang DNS sa among domain sip.example.ph gahapon ug wala pa nag-propagate. unsaon pag-check?`),
    no(`hello po, yung account ng reseller namin sa VOS nag expire na daw kaya lahat ng sub-accounts niya unregistered. pano po i-extend yung validity?`),
    no(`sir nagpalit kami ng ISP from Globe to Converge kahapon, bagong router. since then yung mga IP phones (UDP lang gamit namin) hindi na nagre-register. NAT pa rin naman. sip alg ba yun?`),
    no(`Magandang hapon po. Yung mga softphone po ng mga agent namin ay palaging nawawala ang registration. Nalaman po namin na naka-on ang SIP ALG sa bagong router ng Converge. Paano po ito i-off?`),
    no(`sir ang duha ka IP phone sa 3rd floor unregistered sukad ganina. gi-check sa among tech, wala diay kuryente ang PoE switch kay na-trip ang breaker. mo-register ra ba sila automatic inig balik sa power?`),
    no(`brownout diri sa Davao sulod sa 3 ka oras, karon nga naa nay kuryente ang ubang gateways unregistered pa gihapon. kinahanglan ba i-reboot tanan?`),
    no(`sir fiber cut daw sa area namin sa Iloilo, wala kaming internet since 2pm. lahat ng phones unregistered sa VOS syempre. pag balik ba ng net automatic na mag register?`),
    no(`good day sir, na-suspend daw account namin sa VOS kasi negative na yung balance, kaya lahat ng SIP accounts ng call center namin unregistered / 403. nag top up na kami ng 30k kanina, gaano katagal bago bumalik?`),
    no(`Magandang umaga po. Mula po nang i-renew namin ang license ng VOS, may mga account na hindi na makapag-register. Lumalabas po sa log na "license limit exceeded". Kulang po ba ang nabili naming lines?`),
    no(`sir yung Grandstream namin sa Cebu branch unregistered, 401 Unauthorized. typo pala sa auth ID, "agent1O" (letter O) imbes na 10. naayos na, pero bakit may lockout pa ng ilang minuto?`),
    no(`sir ang among gateway dili na ka-register sukad gi-usab sa among IT ang static IP sa gateway. sa VOS naka-bind man ang account sa daan nga IP. asa nako ni usbon?`),
    no(`sir yung MikroTik namin pinalitan ng bagong TP-Link ng ISP technician kanina. ngayon yung mga phone sa likod ng NAT hindi na makapag register, UDP 5060 naman lahat. wala naman kaming ginalaw sa VOS. baka sa port forward?`),
    no(`Maayong hapon sir. Ang mga phone namon sa Iloilo office wala naka-register halin kagab-i. Ginbaylo sang amon admin ang password sang mga account pero wala niya gin-update sa mga phone. Paano namon ini mapadali?`),
    no(`hi sir, yung isa naming reseller nagreklamo na unregistered lahat ng clients niya. na-disable pala namin yung account niya last week kasi hindi nagbayad (balance -12k). i-enable ko lang ba ulit pag nakabayad na?`),
    no(`sir ang softphone sa akong agent dili mo-register: "408 Request Timeout". naa diay siya sa hotel wifi nga nag-block sa SIP. sa mobile data ok ra man. unsa imong suggest para sa WFH agents?`),
    no(`Tanong lang po. Pinalitan po namin ang domain name ng SIP server mula sa lumang IP papunta sa bagong hostname. Yung mga lumang phone na naka-IP pa rin ay hindi na nakakapag-register. Kailangan po bang i-provision ulit lahat?`),
    no(`sir paulit-ulit nawawala registration ng mga yealink phones namin every 30 mins. UDP lang po kami, RST mode wala kaming alam dun. nakita namin yung registration expiry sa phone 3600 pero sa router ng PLDT yung UDP timeout 30 sec lang daw. NAT keepalive ba kailangan?`),
    no(`sir, ang among Bisaya team sa Mandaue tanan unregistered karon buntag. gi-check, wala diay bayad ang internet sa opisina, na-disconnect sa ISP. pasensya sa abala.`),
    no(`FYI sir, yung 8 na gateway namin sa Davao unregistered since Jan 1. naka set pala ng expiry date yung mga account sa VOS (2024-12-31). pano po i-bulk extend?`),
    no(`Magandang gabi po sir. Yung mga IP phone po sa aming opisina sa Quezon City ay unregistered. Nag-reset po pala sa factory settings ang mga ito pagkatapos ng firmware upgrade, kaya nawala ang mga account. Kailangan po ba naming i-configure ulit isa-isa?`),
    no(`sir ngano kaha nga unregistered ang among gateway? ang log sa VOS: "register failed, ip not allowed". murag nag-usab ang public IP sa among Smart LTE router. dynamic diay siya. unsa maayo, DDNS?`),
    no(`sir may 15 agents kami na hindi maka-register ngayon. pag check ko, naka-block pala yung IP ng office namin sa VOS kasi daming failed attempts kahapon (may nag brute force daw). pano i-unblock?`),
    no(`hello sir, nawala registration ng lahat ng phones after mag brownout sa Cebu. pero bumalik na kuryente 1 hr ago tapos yung router ng ISP hindi pa nag-boot ng maayos (red LOS light). ISP na ba ito?`),
    no(`sir yung mga phones sa call center namin unregistered ngayon kasi pinalitan ng network guy yung voice VLAN at wala silang DHCP. na-revert na namin, babalik na ba sila automatic?`),
    no(`sir good eve, yung softphone ng agent (Zoiper) "Wrong username or password" tapos unregistered. sabi ng TL nila pinalitan daw ng HR yung mga accounts ng resigned agents, na-disable pala yung sa kanya by mistake. pa-enable po?`),
  ],
  smallFigures: [
    no(`sir normal lang ba ito? quiet hours namin ngayon:
# ss -s
Total: 412
TCP:   268 (estab 91, closed 140, orphaned 0, timewait 138)
need ba namin mag adjust?`),
    no(`Magandang araw po. Ano po ba talaga ang TIME_WAIT? Nakikita ko po sa netstat mga 200 na ganyan. Problema po ba iyon?`),
    no(`sir unsa diay ang SS_TCP_CLOSE_RESET sa softswitch.conf? naa mi nakita ana pero wala mi kahibalo unsa iyang buhat. Off man among setting.`),
    no(`hypothetical lang po sir: kung i-enable namin yung RST mode, maaapektuhan ba yung mga softphone ng agents namin na nasa likod ng NAT (home routers)? nagpaplano pa lang kami.`),
    no(`sir, netstat -an | grep TIME_WAIT | wc -l = 326 lang, 15 cps lang kami sa gabi. ok lang yan diba?`),
    no(`sir para ni sa among planning, kung mo-abot mi og 200 cps sa sunod bulan, kinahanglan ba namo i-on ang RST mode? karon 40 cps ra mi ug walay problema.`),
    no(`Tanong lang po: may epekto po ba ang SS_TCP_CLOSE_RESET kung UDP lang po ang gamit ng lahat ng trunk namin?`),
    no(`sir ano default ng net.ipv4.ip_local_port_range sa centos? sa amin 32768 60999. sapat ba yan para sa mga 50 cps? wala pa naman kaming error, curious lang.`),
    no(`Maayong aga sir. Pamangkot lang, normal bala nga may 150 ka TIME_WAIT sa amon server kon gab-i? Wala man problema sa tawag, nagausisa lang kami.`),
    no(`sir pa-check naman po, health check lang for monthly report:
ss -s
TCP: 512 (estab 240, closed 210, orphaned 2, timewait 205)
cps peak namin mga 30. any recommendation?`),
    no(`sir ang tcp_tw_reuse, unsa na siya? angay ba namo i-enable? 0 pa among setting ug wala mi problema.`),
    no(`sir what's the difference ng FIN at RST sa pag close ng TCP? nababasa ko kasi sa forum na mas mabilis daw RST. totoo ba?`),
    no(`Magandang hapon po. Kung i-on po namin ang RST, kailangan po bang i-restart ang buong server o sapat na ang reparse? Hindi pa po namin gagawin, nagtatanong lang muna.`),
    no(`sir pangutana: ang mga phones nga naa sa likod sa MikroTik nga NAT, maapektuhan ba kung i-enable ang SS_TCP_CLOSE_RESET? wala pa mi nag-enable, nangutana lang una.`),
    no(`sir bakit may TIME_WAIT pa rin kahit konti lang tawag? mga 90 lang naman. normal ba?`),
    no(`hi sir, new NOC engineer here sa BPO sa Ortigas. pwede po explain kung bakit nagkakaroon ng TIME_WAIT build-up sa high cps? para maintindihan ko lang yung docs.`),
    no(`sir kini among netstat ganina alas 3 sa hapon:
tcp TIME_WAIT 284
tcp ESTABLISHED 77
gamay ra man siguro ni? 25 cps among peak.`),
    no(`Ano po ang pinagkaiba ng "Off" at "On" sa SS_TCP_CLOSE_RESET? Off po ang default diba? Gusto ko lang pong maintindihan bago kami mag-upgrade.`),
    no(`sir kung mag enable ako ng tcp_tw_reuse, safe ba sa VOS? wala kaming issue ngayon, mga 400 TIME_WAIT lang sa peak. preventive lang sana.`),
    no(`boss, reseller here. yung client ko nagtatanong kung bakit may "TIME_WAIT" sa screenshot niya ng netstat, mga 60 lines. sabi ko normal. tama ba ako?`),
    no(`sir kung mag-migrate mi sa SIP over TCP gikan sa UDP, kinahanglan ba usbon ang SS_TCP_CLOSE_RESET? 10 ka gateways ra, gamay ra traffic.`),
    no(`sir, ano po ba ang ibig sabihin ng "cannot assign requested address"? nabasa ko sa isang forum about VOS. hindi pa namin na-encounter, gusto ko lang malaman in advance.`),
    no(`Magandang gabi po. Bago po namin ipakita sa management: normal po ba ang 1,200 na TIME_WAIT sa 80 cps? Wala naman pong error sa log at maayos ang mga tawag.`),
    no(`sir para sa among documentation: asa makita ang SS_TCP_CLOSE_RESET ug unsa ang default? /home/kunshi/mbx3000/etc/softswitch.conf ba?`),
    no(`sir may firewall kami sa harap ng VOS (FortiGate). kung sakaling i-on namin ang RST, may kailangan ba kaming i-adjust sa forti? pinaplano pa lang ng management.`),
    no(`sir ss -tan state time-wait | wc -l = 47. server namin bago lang, 5 cps test traffic. ok ba ang port range default?`),
    no(`sir quick one: pag nag-reparse ba ng softswitch (service mbx3000d reparse) mawawala ba mga active calls? plan namin mag adjust ng ilang settings next week.`),
  ],
  firewallNoRst: [
    no(`sir pa-open naman po ng port 5060 tcp/udp sa FortiGate namin para sa bagong carrier, tapos RTP 10000-20000. ano po exact policy?`),
    no(`Magandang umaga po. Pakisuyo po, paano po i-whitelist ang IP ng bagong carrier naming 198.51.100.24 sa iptables ng VOS server?`),
    no(`sir na-ban man among office IP sa fail2ban sa VOS server kay daghan daw failed login ganina. unsaon pag-unban?`),
    no(`sir, dapat ba naka-off ang SIP ALG sa MikroTik namin? may nabasa ako na sumisira daw sa SIP. pa-confirm lang.`),
    no(`hi po, pa-help sa port forwarding ng 5060 sa pfSense namin papunta sa internal gateway 192.168.10.20. NAT > Port Forward na ba?`),
    no(`sir gusto namo i-block ang tanang IP gikan sa gawas sa Pilipinas sa among firewall (geo-block) kay daghan SIP scanners. ok ra ba ni sa among carriers nga naa sa HK ug SG?`),
    no(`Magandang hapon po. Puwede po bang paki-review ang firewall rules namin bago namin i-apply? Ito po:
-A INPUT -p udp --dport 5060 -s 203.0.113.0/24 -j ACCEPT
-A INPUT -p tcp --dport 5060 -s 203.0.113.0/24 -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT
-A INPUT -j DROP`),
    no(`sir nag-install kami ng bagong Sophos XG sa harap ng VOS. ano mga ports ang need i-allow? 5060, 8080 web, 1720 h323, RTP range?`),
    no(`sir fail2ban banned IP ng carrier namin kanina (na-detect daw as brute force kasi daming 401). ngayon wala kaming calls sa kanila. pano i-whitelist permanently sa fail2ban?`),
    no(`sir ang among Cisco ASA, unsaon pag-allow sa RTP range para sa VOS? naa ko'y access-list pero di ko sure sa ports.`),
    no(`Maayong hapon sir. Ginpangayo sang amon carrier nga i-whitelist namon ang ila bag-o nga IP 198.51.100.77. Diin ini ginabutang sa VOS kag sa firewall?`),
    no(`sir may nakita kami sa logs na maraming REGISTER attempts galing sa mga random IPs (sipvicious ata). pa-recommend naman ng iptables rules para i-limit. wala pa namang na-compromise.`),
    no(`Tanong po: kailangan pa po bang i-disable ang SIP ALG sa Converge router kung TCP naman ang gamit namin sa mga phone? Wala pa naman pong problema, gusto lang po naming sigurado.`),
    no(`sir, gi-block sa among pfSense ang port 8080 gikan sa gawas. karon dili na ma-access ang VOS web gikan sa balay. unsaon pag-allow para sa among admin IP ra?`),
    no(`sir pa-check ng FortiGate policy namin for the VOS: we need to allow yung bagong DID provider sa TCP 5060 only. i-paste ko config:
config firewall policy
  edit 12
    set srcintf "wan1"
    set dstintf "lan"
    set srcaddr "DID-PROVIDER"
    set dstaddr "VOS-SERVER"
    set service "SIP-TCP"
    set action accept
  next
end
tama ba?`),
    no(`sir, pinalitan namin yung firewall ng bagong MikroTik CCR. pano mag dst-nat ng 5060 at RTP papunta sa VOS sa loob?`),
    no(`sir naa mi bag-o nga reseller sa Cagayan de Oro, palihug i-add ang iyang IP 203.0.113.150 sa allowed list. salamat kaayo.`),
    no(`Magandang gabi po. Na-ban po sa fail2ban ang IP ng isa naming reseller kaya hindi po siya makapasok sa web portal. Paano po alisin sa ban list?`),
    no(`sir may firewall audit kami next week from client (BPO, US account). pa-review naman ng open ports namin: 22, 5060, 8080, 3306(!), 10000-20000. dapat ba sarado 3306 sa labas?`),
    no(`hello sir, yung ISP namin sabi naka-on daw SIP ALG sa modem at hindi nila ma-off. may workaround ba like ibang port e.g. 5080?`),
    no(`sir unsaon pag-set sa iptables nga ang 5060 TCP ug UDP para ra sa Pilipinas ug sa among carriers? daghan kaayo attempts gikan sa gawas.`),
    no(`sir yung sophos namin nagbo-block ng web portal ng VOS (8080) kasi may IPS signature daw. pano i-exclude?`),
    no(`Pakitulungan po kami sa port forwarding sa TP-Link router sa branch namin. Anong port po ang ipapasa papunta sa IP-PBX?`),
    no(`sir ang among ASA nag-log og "Deny udp src outside:192.0.2.45/5062 dst inside:10.0.0.5/5060 by access-group" — mga scanner ra man siguro ni? wala man problema sa among tawag.`),
    no(`sir nag enable kami ng geo-blocking sa FortiGate (allow PH, SG, HK, US only). after that, hindi na makatawag yung isang carrier namin na nasa Vietnam pala yung SBC. pa-add lang sa exception po.`),
    no(`sir pa-confirm lang kung tama: sa iptables namin "-A INPUT -m conntrack --ctstate INVALID -j DROP" — default yan ng template ng IT namin. RST naka-off naman sa VOS namin at walang issue. keep ko lang ba?`),
    no(`sir ilang ports ang kailangan buksan sa MikroTik para sa softphones ng agents namin? TCP 5060 at ano pa?`),
  ],
  negationContext: [
    no(`sir UDP lang kami sa lahat ng trunk at phones, so yung RST setting walang epekto diba? yung mga unregistered kanina kasi pinalitan namin password, naayos na.`),
    no(`Magandang umaga po. Para lang po sa record: naka-Off po ang SS_TCP_CLOSE_RESET namin, hindi po namin kailanman in-enable. Ang problema po namin sa registration kahapon ay dahil sa brownout. Ayos na po ngayon.`),
    no(`sir kadtong "cannot assign requested address" sa miaging bulan, nasulbad na human sa imong tuning sa port range. karon 600 ra ka TIME_WAIT sa peak. salamat kaayo!`),
    no(`FWD lang po for documentation, resolved na ito last month:
---
Ticket #4471 (CLOSED)
Issue: phones behind NAT unregistered after SS_TCP_CLOSE_RESET=On
Resolution: reverted to Off, all phones registered
---
wala na pong action needed.`),
    no(`thank you sir! after ng fix kagabi bumalik na yung calls. ss -s ngayong peak: timewait 410 lang from 28k dati. close na po ticket.`),
    no(`Hindi po RST ang problema namin. Walang nagbago sa softswitch, hindi po namin ginalaw ang close mode. Yung mga phone po ay nawalan ng registration dahil nag-expire ang account.`),
    no(`sir wala mi nag-on sa RST, Off gihapon. ang among firewall wala pud gi-usab. ang nahitabo, na-cut ang fiber sa among ISP ganina. balik na karon.`),
    no(`sir yung "address already in use" na binanggit ko kahapon, web portal lang pala (tomcat 8080), hindi yung outgoing calls. naayos na after i-kill yung old java. sorry sa confusion.`),
    no(`update po sir: yung mga deny sa FortiGate log na pinakita ko, mga SIP scanner lang pala galing abroad, hindi related sa calls. RST mode never namin in-on. all good na.`),
    no(`Maayong gab-i sir. Salamat gid sa bulig. Halin sang gin-balik ang RST sa Off kahapon, nag-register na liwat tanan nga phone namon. Wala na problema subong.`),
    no(`sir para sa record ra: ang TIME_WAIT nga 30k adtong Disyembre, nasulbad na human sa upgrade ug tcp_tw_reuse. karon ubos na kaayo, mga 500 ra. wala nay action.`),
    no(`Pasensya na po sa abala. Akala po namin dahil sa RST ang pagkawala ng registration, pero nalaman po namin na ang totoong dahilan ay pinalitan ng IT ang password ng mga account. Ayos na po.`),
    no(`sir sa meeting kanina tinanong ni boss kung nagka "port exhaustion" ba tayo. sabi ko wala, max 900 TIME_WAIT lang tayo this month at walang bind errors. tama naman diba?`),
    no(`sir na-solve na po yung issue sa ASA na nag-dedrop ng RST last week after niyo i-revert sa FIN. ngayon stable na lahat. salamat po ulit!`),
    no(`sir ayaw lang kabalaka, dili ni RST problema. wala gyud mi nag-enable ana. ang unregistered phones sa among branch kay gi-disconnect ang internet kay wala nabayran.`),
    no(`sir previous ticket po namin yung NAT phones issue after RST — closed na po yun, ok na lahat since nag Off kayo. bagong tanong lang: paano mag add ng bagong rate table?`),
    no(`Para po sa audit: wala pong pagbabagong ginawa sa softswitch.conf ngayong buwan. Naka-Off pa rin po ang SS_TCP_CLOSE_RESET. Ang mga dropped calls po noong Martes ay dahil sa problema ng carrier.`),
    no(`sir hindi po TCP ang gamit namin, UDP lahat. so kahit naka-on daw RST (sabi ng previous admin), hindi yun yung dahilan ng unregistered phones diba? nalaman namin SIP ALG pala sa router, na-off na.`),
    no(`sir, ang gi-forward sa among NOC nga log bahin sa "no session matched" sa FortiGate, daan na to nga log gikan pa sa Agosto. nasulbad na sa tunga sa Agosto. ayaw na lang ug tagda.`),
    no(`sir nakita ko sa notes ng previous engineer: "2023 - port exhaustion at peak, fixed by widening ip_local_port_range". ngayon wala na kaming ganung error, curious lang kung ano pa ibang ginawa nila.`),
    no(`thanks sir sa quick response kagabi. after i-rollback yung RST, wala nang INVALID drops sa iptables, 0 na lahat ngayong umaga. close na po natin.`),
    no(`Magandang hapon po. Nagkamali po ako kanina: ang "Cannot assign requested address" ay galing sa script ko sa laptop na mali ang IP na naka-bind, hindi po sa VOS. Walang problema po ang server.`),
    no(`sir salamat kaayo! ang mga phones sa likod sa NAT nag-register na tanan human nimo gi-off ang RST ganina. monitor lang namo ugma pero ok na man.`),
    no(`sir forwarded from our client, pero luma na to (March pa), resolved na:
"Calls failing at peak, netstat shows 25k TIME_WAIT, connect() failed cannot assign requested address"
pinapasa lang ng client for their records. walang current issue.`),
    no(`sir kami po yung nag report ng unregistered phones kahapon. hindi po pala RST — hindi naman naka-on. nag expire lang yung subscription ng DDNS namin kaya hindi ma-resolve yung server. renewed na.`),
    no(`sir dili ni firewall problem. gi-check na namo ang pfSense, walay RST nga gi-drop, ug Off man ang close mode. ang tinuod nga hinungdan kay sayop ang codec settings sa carrier.`),
    no(`sir nabasa ko sa group na may issue daw sa RST + NAT. sa amin naka-Off at hindi namin balak i-on. wala kaming problema, sharing lang.`),
  ],
  portExhaustion: [
    pe(`sir urgent po! every peak hour (7pm-10pm) bumabagsak calls namin. sa log ng VOS: "connect to 203.0.113.10:5060 failed: Cannot assign requested address". ss -s shows timewait 28k. ano gagawin?`),
    pe(`Magandang gabi po. Tuwing peak po, hindi na makagawa ng bagong TCP connection ang server namin papunta sa mga carrier. Umaabot po sa mahigit 30 libo ang TIME_WAIT. Tulong po.`),
    pe(`sir, kada gabii sa peak dili na mo-connect ang among VOS sa carrier. ang log: "bind: Address already in use" sa outgoing nga TCP. ang netstat nag-ingon 31k ka TIME_WAIT. unsa buhaton?`),
    pe(`sir pasted output during peak kanina:
# ss -s
Total: 33012
TCP:   32544 (estab 1820, closed 30390, orphaned 12, timewait 30371)
tapos ang daming failed calls. 180 cps kami ngayon sa peak. pls help`),
    pe(`good pm sir, ang dami ng 503 sa mga client namin ngayon. CDR shows failed calls spike at 8pm. syslog: "connect() failed (99: Cannot assign requested address)". di na makapag open ng bagong TCP ang server. urgent po!`),
    pe(`sir gahapon ug karon, alas 7 hangtud alas 9 sa gabii, daghan kaayo failed calls. gi-check nako netstat: mga 28 ka libo ang TIME_WAIT. ang log: EADDRINUSE sa connect. human sa peak ok na pud.`),
    pe(`sir our BPO campaign starts 9pm PH time (US morning), ramp to 250 cps. around 9:30 ayaw na mag connect outbound ng VOS sa carrier via TCP, "Cannot assign requested address". netstat | grep TIME_WAIT | wc -l = 27,855. ano ang fix?`),
    pe(`Magandang umaga po. Kagabi po, habang peak, maraming tawag ang hindi natuloy. Sa log po ng softswitch: "cannot assign requested address". Ang bilang po ng TIME_WAIT ay 26 libo. Ano po ang dapat naming gawin?`),
    pe(`sir ito po netstat summary namin, 8:15pm:
  TIME_WAIT 29114
  ESTABLISHED 1502
  SYN_SENT 3
at puro failed outgoing connections sa carrier trunks. naka default pa ip_local_port_range namin (32768-60999). need ba palawakin?`),
    pe(`sir, atong VOS sa Cebu nag-hang sa peak hours. dili na maka-create og bag-o nga TCP connection ngadto sa among gateways. 30k+ TIME_WAIT. tcp_tw_reuse 0 pa. tabang fa.`),
    pe(`sir nag-aalala na client namin, ASR bumagsak to 20% between 7-10pm. pag check ko sa server: "bind failed: Cannot assign requested address (errno 99)" sa outbound TCP connects ng VOS. ss shows 32k TIME_WAIT. tulong po.`),
    pe(`Maayong gab-i sir. Kada peak sang gab-i, madamo gid nga tawag ang indi maka-connect. Sa log: "Cannot assign requested address". Ang TIME_WAIT naga-abot sang 27 ka libo. Ano amon himuon?`),
    pe(`hi sir, reseller here sa Davao. yung mga client ko nagrereklamo na pag peak hindi makatawag. sabi ng NOC namin nauubos daw ephemeral ports ng VOS, 29k TIME_WAIT. paki check po server namin.`),
    pe(`Sir, paki tingnan po. Tuwing alas-otso ng gabi, humihinto ang mga bagong tawag. Sa "ss -tan state time-wait | wc -l" ay lumalabas ang 31,402. Sa log po: "connect failed: Address already in use". Pagkatapos ng peak, bumabalik sa normal.`),
    pe(`sir tan-awa ni palihug, peak time karon:
# netstat -ant | awk '{print $6}' | sort | uniq -c
  26890 TIME_WAIT
   1321 ESTABLISHED
     40 LISTEN
ug dili na mo-connect ang softswitch sa carrier, "cannot assign requested address". 200 cps mi karon.`),
    pe(`sir same issue ulit tonight. peak ~220 cps, tapos sa mbx log puro "tcp connect failed errno 99". ubos na daw ports sabi ng linux admin namin. 30k TIME_WAIT.`),
    pe(`boss calls failing sa busy hours lang, off-peak ok naman. ilang araw na. checked TIME_WAIT: 24k at 8pm vs 300 at 3am. outgoing TCP to carriers nag fi-fail with "Cannot assign requested address". pls advise`),
    pe(`sir, nag-dugang mi og bag-ong carrier via SIP over TCP last week ug karon sa peak, dili na maka-open og bag-o nga connection ang VOS. 28 ka libo TIME_WAIT, ug ang log puno sa "EADDRINUSE". unsa may solusyon?`),
    pe(`Magandang hapon po. Mula po nang umabot sa 280 cps ang traffic namin, tuwing peak ay nauubos po ang mga port ng server. Libo-libo po ang TIME_WAIT at may "cannot assign requested address" sa log. Bagsak po ang mga tawag.`),
    pe(`sir, forwarded from our NOC:
"21:04 mbx3000d: connect to 198.51.100.5:5060 failed: Cannot assign requested address
21:04 mbx3000d: connect to 198.51.100.6:5060 failed: Cannot assign requested address
TIME_WAIT count 30,118"
happening now po, peak pa rin.`),
    pe(`sir after namin mag add ng 3 new TCP trunks, pag peak wala nang new TCP connections na nabubuo. ss -s says timewait 29k. RST off pa rin kami (default). ano next step?`),
    pe(`sir, dili ko sure unsa ni, pero kada gabii mga alas 8 dili na makatawag ang among mga agents. gi-ingnan ko sa among sysadmin nga daghan kaayo daw TIME_WAIT (kapin 25k) ug nahurot ang ports. karon pud nahitabo.`),
    pe(`sir paki-urgent po, 60% ng calls failing ngayon (peak). VOS log: "BindException: Cannot assign requested address" sa outbound SIP TCP. ip_local_port_range 32768 60999 tapos TIME_WAIT 28k. salamat po`),
    pe(`Sir, hindi na po makakonekta ang softswitch sa mga gateway tuwing rurok ng tawag. Ang TIME_WAIT po ay nasa 27 libo at may "EADDRINUSE" sa log. Kapag tahimik na, ayos na ulit.`),
    pe(`good eve sir. peak na karon ug failed ang kadaghanan sa tawag. netstat: 30 thousand TIME_WAIT. "cannot assign requested address" sa log sa softswitch. 170 cps mi karon. palihug tabangi mi.`),
    pe(`sir sorry sa haba:
[root@vos ~]# ss -s
Total: 29876 (kernel 0)
TCP:   29501 (estab 1102, closed 28290, orphaned 0, synrecv 0, timewait 28288/0), ports 0
[root@vos ~]# sysctl net.ipv4.tcp_tw_reuse
net.ipv4.tcp_tw_reuse = 0
tapos mga failed calls sa carrier every peak. nagsisimula 7pm.`),
    pe(`sir ngayon lang din, yung Manila POP namin: outbound TCP connects failing sa peak, "address already in use" sa connect, hindi sa listen. mga 26k TIME_WAIT. same ba ito sa nangyari sa iba?`),
    pe(`Sir, ang amon VOS sa Iloilo nga may 150 cps sa peak, subong nagsugod na nga pakyas ang outbound. netstat: 27k TIME_WAIT. Log: "connect: Cannot assign requested address". Subong lang ini natabo halin nga nagdamo ang traffic.`),
    pe(`Sir, pakitulong po. Kapag peak, puro "cannot assign requested address" sa log at hindi na makapagbukas ng bagong TCP ang VOS. Nasa 29 libo ang TIME_WAIT ngayon.`),
    pe(`sir follow up sa ticket kahapon: nangyari ulit ngayong gabi. 8:40pm nag spike TIME_WAIT to 31k, then outbound calls failing. "Cannot assign requested address" ulit. hindi pa namin na-apply yung sysctl. ano exact values?`),
  ],
  natUnregistered: [
    nat(`sir since in-enable niyo yung RST mode kahapon, yung mga softphone ng WFH agents namin (naka home router, SIP over TCP) paulit-ulit nawawala registration. pls check.`),
    nat(`Magandang umaga po. Mula nang i-on ang SS_TCP_CLOSE_RESET noong Lunes, ang mga IP phone namin na nasa likod ng NAT (TCP po ang gamit) ay nagiging unregistered. Ano po ang solusyon?`),
    nat(`sir, sukad gi-enable ang RST mode gahapon, ang among mga phones sa likod sa MikroTik NAT kanunay na lang mawala ang registration. SIP over TCP mi. unsa ni?`),
    nat(`sir after your change yesterday sa close mode, lahat ng agents namin sa likod ng office NAT unregistered every few minutes. TCP transport lahat. yung nasa public IP direct ok naman.`),
    nat(`hi sir, since nag switch kayo ng close mode to RST, yung mga Grandstream gateways ng mga reseller ko sa likod ng PLDT routers hindi na stay registered. TCP kami. pls revert or fix.`),
    nat(`sir ganina buntag gi-on namo ang SS_TCP_CLOSE_RESET=On tungod sa TIME_WAIT. karon ang mga phones sa NAT (balay sa agents, SIP TCP) nag-unregistered na. kinahanglan ba i-revert?`),
    nat(`Sir, simula po nang gawing On ang SS_TCP_CLOSE_RESET, hindi na po nakakapag-register nang maayos ang mga softphone sa likod ng NAT. SIP over TCP po. Paki-tingnan po.`),
    nat(`sir eto log sa Zoiper ng agent (nasa bahay, globe router):
REGISTER sip:vos.example.ph;transport=tcp
...
Registration failed: Connection reset
unregistered tuloy-tuloy since pinalitan niyo kahapon ng RST yung softswitch. public IP agents ok.`),
    nat(`sir after namin i-set SS_TCP_CLOSE_RESET=On at reparse, nawawala reg ng mga yealink sa likod ng office NAT every few minutes. sa VOS web, nag-fli-flip unregistered/registered. TCP 5060.`),
    nat(`sir, karon nga adlaw human sa imong change sa close mode, ang mga softphones sa among WFH agents (naa sa NAT, TCP) dili na ka-stay registered. ang nasa office nga public IP ok ra.`),
    nat(`Maayong aga sir. Halin sang gin-enable ang RST mode kahapon, ang mga phone namon sa likod sang NAT (SIP over TCP) pirme lang nadula ang registration. Ano bala ang sabat sini?`),
    nat(`sir after ng maintenance kagabi (RST mode on para sa TIME_WAIT), ang dami nang unregistered sa VOS web — halos lahat ng nasa likod ng NAT, TCP transport. yung mga carrier trunks ok naman.`),
    nat(`Magandang gabi po. Pinagana po namin ang RST mode kaninang hapon. Ngayon po, ang mga IP phone namin sa branch na naka-NAT sa MikroTik ay paulit-ulit na nawawala ang registration. TCP po ang transport.`),
    nat(`sir tabang. gi-on nato ang RST sa softswitch.conf gahapon, karon ang mga gateway sa among resellers sa Davao nga naa sa likod sa home routers kay unregistered. TCP ilang gamit.`),
    nat(`sir pls urgent, 120 agents sa Cebu site hindi naka-register since 6am. office NAT lang (TP-Link ER605), softphone via TCP. ang binago lang: SS_TCP_CLOSE_RESET=On kagabi.`),
    nat(`sir napansin namin since nag RST kayo, yung mga softphone ng mga agent na naka-NAT, every re-register bumabagsak, tapos unregistered for 1-2 mins. TCP lahat. nasa public IP direct walang issue.`),
    nat(`Sir, magandang araw po. Pagkatapos po ng pagbabago sa close mode kahapon, ang mga telepono sa likod ng NAT ay hindi na po rehistrado. SIP over TCP po ang gamit. Ano po ang dapat gawin?`),
    nat(`sir, sukad gi-usab ang close mode ngadto sa RST, ang mga phone sa among opisina sa Mandaue (NAT sa MikroTik, SIP TCP) mo-register dayon mawala. balik-balik lang. ang sa Manila nga walay NAT ok ra.`),
    nat(`hello sir, our reseller in Iloilo complains na yung 40 phones niya sa likod ng NAT unregistered since yesterday. same time na in-enable natin yung SS_TCP_CLOSE_RESET. TCP transport sila. pakicheck po.`),
    nat(`sir, VOS web > online users: bumagsak from 850 to 310 after ng RST change. yung nawala lahat yung behind NAT (home routers ng agents), TCP. ano gagawin?`),
    nat(`sir, ang among home-based agents nga naa sa likod sa Converge ug PLDT routers wala na'y registration karon. SIP over TCP ilang softphone. ang nausab ra kay gi-on ang RST mode gahapon sa gabii.`),
    nat(`Sir, paki-check po. Mula nang i-enable ang RST, ang mga gateway namin sa likod ng NAT ay nagpapalit-palit sa registered at unregistered. TCP po ang gamit, at wala po kaming ibang binago.`),
    nat(`sir ganito po nangyayari since yesterday (after RST on):
10:01 ext 2001 registered (203.0.113.55:41822 TCP)
10:04 ext 2001 unregistered
10:05 ext 2001 registered (203.0.113.55:41990 TCP)
behind NAT lahat ng ganito. pls help`),
    nat(`sir, human namo gi-set ang SS_TCP_CLOSE_RESET=On ug reparse, ang mga Yealink sa likod sa NAT (TCP) mawala ang registration kada pila ka minuto. ang direkta nga public IP walay problema.`),
    nat(`sir tanong lang kasi urgent: sa ticket kahapon sabi niyo in-switch niyo sa RST mode. ngayon yung mga phone namin sa office (NAT sa router, SIP TCP) nawawala registration. related ba? kasi yun lang nagbago.`),
    nat(`Magandang umaga po. Mula kahapon po, pagkatapos i-on ang RST, ang mga softphone ng mga ahente namin sa bahay, na nasa likod ng NAT at naka-TCP, ay hindi nananatiling rehistrado. Salamat po.`),
    nat(`Sir, ang mga customer po namin sa ISP na nasa likod ng NAT at gumagamit ng TCP sa kanilang ATA ay hindi na makapag-register mula nang baguhin sa RST. Marami na pong nagrereklamo ngayon.`),
    nat(`sir, agents ko complaining "phone keeps saying No Service" — softphone via TCP, behind home NAT. nagsimula exactly after ng RST enable kagabi. pls advise kung i-revert.`),
    nat(`sir, after enabling RST kahapon para sa TIME_WAIT, ok na TIME_WAIT (400 na lang) pero ngayon yung mga phones behind NAT unregistered na. TCP transport. trade-off ba ito?`),
    nat(`Sir, gin-on sang amon NOC ang RST kaina para sa high CPS. Subong ang mga phone sa amon branch sa Bacolod kag Iloilo nga ara sa likod sang NAT, SIP over TCP, unregistered na tanan. Paano ini?`),
  ],
  firewallRst: [
    fw(`sir since nag RST mode kayo kahapon, calls nag-hang sa FortiGate side namin. log: msg="no session matched" action=deny, proto=6, flags RST. paano?`),
    fw(`Magandang umaga po. Pagkatapos po i-enable ang SS_TCP_CLOSE_RESET, maraming tawag ang nag-hang at naputol. Sa Cisco ASA po namin: "%ASA-6-106015: Deny TCP (no connection) from 10.10.1.5/5060 to 203.0.113.20/51234 flags RST on interface inside". Ano po ang gagawin?`),
    fw(`sir, sukad gi-on ang RST mode, ang among pfSense nag-block sa mga packets nga naay flag R. ang mga tawag magbitay (hang) ug dili ma-end. log: "block TCP:R 10.0.0.5:5060 -> 203.0.113.44:40122". unsa himuon?`),
    fw(`sir urgent, after RST on, iptables namin nag-dedrop ng INVALID packets: kernel: INVALID DROP IN=eth0 OUT= SRC=198.51.100.9 DST=10.0.0.5 PROTO=TCP SPT=5060 DPT=38110 RST. tapos calls nag drop randomly. ano gagawin?`),
    fw(`sir after your change sa close mode, Sophos XG namin nagda-drop ng packets ("Invalid TCP state", RST). calls hanging, hindi ma-clear. pls advise.`),
    fw(`sir, gahapon gi-enable ang SS_TCP_CLOSE_RESET. karon ang MikroTik firewall nag-drop sa connection-state=invalid nga TCP RST ug ang mga tawag mo-drop human sa pipila ka segundo. unsa may angay buhaton?`),
    fw(`Sir, ang FortiGate po namin ay may "no session matched" na deny sa traffic ng VOS mula nang i-on ang RST. Nabibitin po ang mga tawag at hindi nagbababa. Paano po ito aayusin?`),
    fw(`sir log sa ASA:
%ASA-6-106015: Deny TCP (no connection) from 203.0.113.30/5060 to 10.20.0.8/48211 flags RST on interface outside
%ASA-6-106015: Deny TCP (no connection) from 203.0.113.30/5060 to 10.20.0.8/48277 flags RST on interface outside
nagsimula after niyo i-enable yung RST sa softswitch. calls nag fail sa carrier namin.`),
    fw(`boss, since ng RST mode yung mga tawag through our pfSense nag-hang, tapos nag timeout. pf log puro "TCP:R" blocked, state mismatch. ano fix?`),
    fw(`sir, ang among FortiGate log karon:
type="traffic" subtype="forward" action="deny" msg="no session matched" proto=6 srcport=5060
daghan kaayo ni sukad gi-on ang RST gahapon. ug ang mga tawag nag-drop. tabangi mi.`),
    fw(`Maayong hapon sir. Halin sang gin-on ang RST mode, ang amon FortiGate nagadrop sang RST packets ("no session matched") kag ang mga tawag nagabitay. Ano amon himuon?`),
    fw(`sir conntrack namin puno ng INVALID drops since kahapon (after RST on). "iptables -L -v" INVALID DROP counter 120k na. calls failing randomly, minsan hang. pls help.`),
    fw(`Sir, mula po nang i-on ang RST, ang Sophos firewall po namin ay nagbablock ng mga RST packet. Ang mga tawag po ay hindi natatapos nang maayos at nagiging "hung call". Ano po ang dapat naming baguhin?`),
    fw(`sir, ang among ASA nag-log og "Deny TCP (no connection) ... flags RST" sukad gi-set ang SS_TCP_CLOSE_RESET=On. dili na ma-complete ang mga tawag sa carrier. i-revert ba namo?`),
    fw(`sir, since yesterday's change (RST close), ang daming stuck calls sa VOS current calls list. firewall namin FortiGate, may "no session matched" drops sa 5060 tcp. related?`),
    fw(`sir ito yung pfSense log namin, firewall > logs:
Block  Oct 12 20:14:07  WAN  10.0.0.5:5060  203.0.113.70:55102  TCP:RA
Block  Oct 12 20:14:07  WAN  10.0.0.5:5060  203.0.113.71:40310  TCP:R
nagsimula after i-on ang RST. calls nag-hang.`),
    fw(`Magandang hapon po. Nag-on po kami ng RST mode kagabi. Ngayon po, hinaharang ng MikroTik firewall namin ang mga TCP RST bilang "invalid" at nagda-drop ang mga tawag. Tulong po.`),
    fw(`sir, mga tawag nga moagi sa among Sophos UTM nag-hang human sa pag-enable sa RST. ang log: "Dropped TCP packet, flags R, out of state". palihug tan-awa.`),
    fw(`sir escalate ko lang: client's Cisco ASA dropping RST from our VOS since we enabled SS_TCP_CLOSE_RESET, "flags RST ... Deny TCP (no connection)". calls failing ~30%. pls advise kung i-revert.`),
    fw(`sir, after nung RST mode on, may "out of state" drops sa firewall namin (pfSense) at ang mga calls di na natatapos ng maayos. RTP naman walang block. anong setting sa pf?`),
    fw(`sir, sukad sa RST mode ang among iptables conntrack nag-drop sa mga RST nga "INVALID". ang mga tawag magbitay ug ma-drop. naa ba mi i-adjust sa firewall o i-off na lang ang RST?`),
    fw(`Sir, paki-review po ang log na ito mula sa FortiGate namin, lumabas po ito mula nang i-enable ang RST: "msg=no session matched, proto=6, flags=RST". Naputol po ang maraming tawag ngayong araw.`),
    fw(`sir pa-help, may bagong FortiGate 100F kami tapos last night in-enable niyo RST mode sa VOS. since then calls via TCP trunks nag-hang. fortigate: "no session matched" on the RST packets.`),
    fw(`sir, ang among MikroTik nag-ingon "drop invalid" sa TCP RST gikan sa VOS sukad gahapon (RST On). ang mga tawag sa among reseller nga moagi sa MikroTik magbitay. unsaon pag-fix?`),
    fw(`sir update sa ticket: confirmed na sa capture, yung RST galing sa VOS hindi nakakalusot sa ASA (Deny TCP no connection flags RST). nagsimula exactly after RST enable. calls stuck pa rin until timeout.`),
    fw(`hello sir, BPO kami sa Ortigas. since RST change yung calls ng agents na dumadaan sa Sophos XG namin nagda-drop mid-call, tapos may "Invalid TCP flags R" sa firewall logs. happening now.`),
    fw(`Sir, ayon sa network team namin, mula nang ilipat sa RST ang close mode ng softswitch, ang mga RST packet ay dinadrop ng iptables bilang INVALID. Nabibitin po ang mga tawag. Ano po ang mungkahi ninyo?`),
    fw(`Sir, ayon sa network guy namin, hinaharang ng pfSense ang mga TCP:R packet mula nang i-on ang RST. Hindi maibaba ang mga tawag at may mga nakabiting channel. Ano po ang solusyon?`),
    fw(`sir eto tcpdump + firewall log namin:
20:01:12 IP 10.0.0.5.5060 > 203.0.113.90.49112: Flags [R], seq 1, win 0
fw: DROP INVALID SRC=10.0.0.5 DST=203.0.113.90 PROTO=TCP SPT=5060 DPT=49112 RST
nagsimula after niyo i-on RST. calls hanging.`),
    fw(`Sir, kagab-i gin-enable ang RST kag subong ang amon FortiGate nagadeny sang RST "no session matched". Ang mga tawag sa amon Iloilo POP nagabitay kag indi ma-release. Palihog bulig.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning186Set: readonly EvalItem[] = Object.values(tuning186Families).flat();
