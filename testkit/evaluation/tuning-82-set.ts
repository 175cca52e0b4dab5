import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, resellers and call-centre technicians in Cebu, Davao and the Visayas writing
 * Cebuano/Bisaya mixed with English (not Tagalog), informal WhatsApp style, some with pasted log
 * lines or command output: "bai", "dili", "wala", "naa", "karon", "ganina", "unsaon", "ngano",
 * "na-unregister", "di maka-register", "sukad", "human".
 *
 * The eighty-second tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the eighty-second never-tuned set, before the forty-first round of rules, by someone who
 * had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the
 * other sets in view; measured as such before and after the forty-first round, then made tuning
 * material for the forty-second: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 86.7 %, negatives confident 6.7 %, confident wrong 0 % with the
 * rules of the fortieth round, and the same after the forty-first.
 */
export const tuning82Families = {
  oneListeningPort: [
    no(`bai ang httpd dili mo-start, "(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80". naa diay nginx nga nagdagan sukad ganina. unsaon pag-stop ani?`),
    no(`Tomcat sa VOS web portal ayaw mo-sugod karon. sa catalina.out:
java.net.BindException: Address already in use (Bind failed) <null>:8080
naa pay laing java process nga nagkupot sa 8080 sukad sa reboot`),
    no(`mysql wala ni-start human sa yum update. "Can't start server: Bind on TCP/IP port: Address already in use" - port 3306. naa pa diay daan nga mysqld nga wala na-kill`),
    no(`redis: "Could not create server TCP listening socket *:6379: bind: Address already in use". duha diay ka redis, usa sa systemd usa gi-run manual ni kuya. asa ko mag-kill?`),
    no(`bai off-topic gamay, sa akong laptop ra ni: npm run dev => Error: listen EADDRINUSE: address already in use :::3000. naa pa diay node sa laing terminal. unsaon pagpangita sa PID sa windows?`),
    no(`docker run -p 5060:5060 ... "Error starting userland proxy: listen udp4 0.0.0.0:5060: bind: address already in use". naa man diay asterisk sa host mismo, wala ko kahibalo`),
    no(`nag-install ko ug kamailio sa same server sa VOS para testing lang, karon di mo-start ang kamailio kay ang 5060 gigamit na sa mbx3000. unsaon pag-usab sa listen port sa kamailio?`),
    no(`podman container sa grafana ayaw mo-up: "rootlessport listen tcp 0.0.0.0:3000: bind: address already in use". naa na diay grafana nga naka-install sa host`),
    no(`ganina gi-restart nako ang web manager sa VOS, karon dili na ma-access. log:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use
ang daan nga tomcat wala diay namatay`),
    no(`php artisan serve → "Failed to listen on 127.0.0.1:8000 (reason: Address already in use)". unsaon pagkahibalo kinsa naggamit sa 8000 bai?`),
    no(`squid di mo-start. "commBind: Cannot bind socket FD 12 to [::]:3128: (98) Address already in use". naa diay laing proxy nga gi-install sa technician ganina buntag`),
    no(`gi-change nako ang Port sa sshd_config to 8080, unya ni-fail ang sshd kay naa man diay tomcat sa 8080. dumb mistake. console ra akong access karon, unsaon pag-revert?`),
    no(`postgres log: could not bind IPv4 address "0.0.0.0": Address already in use
HINT: Is another postmaster already running on port 5432?
dili ko sure unsa ning postmaster bai, usa ra man akong gi-install`),
    no(`netstat -tlnp | grep :80
tcp  0  0 0.0.0.0:80  0.0.0.0:*  LISTEN  2231/httpd
mao diay ni nagkupot sa 80, mao dili mo-start akong nginx. patyon na lang nako ang httpd?`),
    no(`sa test box, freeswitch di maka-bind sa 5060 kay naa pay opensips nga nagdagan. usa ra man dapat. asa mas maayo i-disable sa duha?`),
    no(`vite nag-ingon "Port 5173 is in use, trying another one..." normal ra na? o naay problema sa akong laptop`),
    no(`docker compose up, ang db container: "Bind for 0.0.0.0:3306 failed: port is already allocated". naa man koy mysql sa host. i-map na lang nako sa 3307 noh?`),
    no(`bai ang webmin sa VOS server dili na mo-open. ang port 10000 gikuha sa laing app nga gi-install sa akong kauban. "Address already in use" sa miniserv.log`),
    no(`human reboot dili mo-load ang VOS3000 web manager. naa diay apache nga auto-start sa port 80, ug 80 pud ang gi-set sa manager. nag-agaw sila`),
    no(`Tomcat: "Address already in use: JVM_Bind" sa 8005, ang shutdown port. duha ka tomcat sa usa ka box. unsaon pag-usab sa shutdown port sa server.xml?`),
    no(`spring boot: "Web server failed to start. Port 8080 was already in use." dev machine ra ni, walay labot ang VOS. quick tip lang bai?`),
    no(`nag-test ko ug second SIP server (asterisk) sa parehas nga IP sa VOS 10.20.0.8. chan_sip: "Unable to bind to 0.0.0.0:5060: Address already in use". kinahanglan ba lain nga IP?`),
    no(`mongod: "Failed to set up listener: SocketException: Address already in use" sa 27017. na-crash ni ganina unya naa pay nabilin nga process`),
    no(`haproxy reload fail: "Starting frontend https-in: cannot bind socket [0.0.0.0:443]". naa pa diay nginx sa 443, nakalimtan nako i-disable`),
    no(`unsaon pag-check unsa nga process naggamit sa port 8443? ang akong keycloak di maka-start, "address already in use" ra ang error`),
    no(`vsftpd: "500 OOPS: could not bind listening IPv4 socket". naa diay proftpd nga na-install pud sa parehas nga server. usa ra ka ftp daemon dapat diba`),
    no(`node_exporter di mo-start: listen tcp :9100: bind: address already in use. duha diay ka kopya, usa naa sa screen session. na-kill na nako, ok na, fyi lang bai`),
  ],
  otherRegistrationCause: [
    no(`bai tanan phones sa branch sa Mandaue na-unregister karon buntag. brownout diay didto sukad 6am, wala pay kuryente ang router`),
    no(`usa ra ka extension ang di maka-register, 401 Unauthorized sa log. gi-change diay sa customer ang password sa portal ganina`),
    no(`ang trunk sa carrier na-unregister sukad kagahapon. nag-change diay sila ug IP sa ilang SBC, wala mi gi-inform. 403 Forbidden na ang tubag karon`),
    no(`ISP sa Davao office (PLDT) down sukad 2pm, mao wala maka-register ang mga phone. dili ni server side diba?`),
    no(`naa bay expiry ang account sa VOS? customer nag-ingon di na maka-register iyang softphone. nakita nako sa web nga expired na ang validity sukad sa 31st`),
    no(`bai nag-expire ba ang license sa VOS? ang mga gateway na-unregister tanan ug naay message sa web manager nga license expired`),
    no(`bag-ong TP-Link router gi-install sa client, UDP ra among gamit. karon usa ka extension di maka-register. SIP ALG siguro? unsaon pag-off ana`),
    no(`mga phones nag-register unya unregister kada pila ka minutos. UDP only mi. gi-disable namo ang SIP ALG sa router ug ok na siya, salamat sa tip`),
    no(`gi-unplug diay sa janitor ang switch sa 3rd floor pag limpyo. mao diay offline ang 12 ka phones. ok na karon, fyi lang`),
    no(`gi-usab namo ang DNS name sa SIP server (sip.example.com → voip.example.com), karon ang mga phones nga naka-configure sa daan nga name dili maka-register. unsaon pag-update sa provisioning?`),
    no(`"403 Forbidden" ang tubag sa REGISTER sukad ganina. sa web portal "Locked" ang status sa account, tungod siguro sa unpaid balance. pwede ma-unlock?`),
    no(`na-unregister ang gateway sa Tagbilaran kay gi-reboot nila ang GoIP unya na-factory reset. nawala tanan config. kinahanglan i-setup balik`),
    no(`wrong password lang diay. typo sa provisioning file. ok na bai salamat`),
    no(`di maka-register ang Zoiper sa cellphone sa customer. naka-mobile data siya, nag-usab ang IP kada karon ug unya. UDP. naa bay setting para ani?`),
    no(`bai ang phones sa Iloilo branch wala ma-register sukad kagahapon. giputol daw ang fiber tungod sa road widening. naa nay ticket sa ISP`),
    no(`gi-change namo ang server IP from 10.20.1.5 to 10.20.1.50 karong semanaha. ang mga phones nga naka-hardcode sa daan nga IP na-unregister. unsaon pag-mass update?`),
    no(`Yealink phones nag-show "No Service" human sa firmware upgrade. na-reset ang SIP account settings. UDP ra man ni`),
    no(`registration failed: 404 Not Found. gi-delete diay sa admin ang extension 2034 ganina, sayop nga extension ang na-delete. unsaon pag-restore?`),
    no(`ang mga phones sa call center dili maka-register sukad gi-balhin namo sila sa bag-ong VLAN. ang DHCP wala naghatag ug sakto nga gateway`),
    no(`trunk to upstream: "Registration rejected, source IP not in whitelist". nag-usab man among public IP kay nag-switch mi ug ISP`),
    no(`human sa power interruption sa IT Park, ang PBX ug tanan phones na-unregister. nag-fail pud ang UPS. nibalik na ang kuryente pero naa pay pipila nga wala pa ka-register`),
    no(`naay extension nga "Registration failed - account disabled". i-check daw nako kung gi-disable ba sa billing tungod sa zero balance`),
    no(`nag-expire ang certificate sa among TLS listener kagahapon, mao ang mga phones nga naka-TLS di maka-register. asa i-upload ang bag-ong cert?`),
    no(`Grandstream phones sa Davao, UDP 5060, dili maka-register human gi-ilisan sa ISP ang modem. ang bag-ong modem naay SIP ALG nga naka-on by default`),
    no(`ngano man ang mga softphone sa work-from-home agents dili maka-register? ah ang VPN diay down sukad ganina, kinahanglan man sila mo-connect sa VPN una`),
    no(`"too many registrations" daw. 5 ra ka device ang allowed sa account, naa siyay 6. pwede ba i-increase ang limit?`),
    no(`ganina gi-reset sa customer iyang password sa portal, karon tanan niyang 8 ka phones di maka-register. kinahanglan ba i-update isa-isa?`),
  ],
  smallFigures: [
    no(`bai ss -s sa among VOS:
TCP:   412 (estab 180, closed 210, orphaned 0, timewait 205)
normal ra ba ni?`),
    no(`unsa diay ang TIME_WAIT? nakita nako sa netstat, pila ka linya ra. kinahanglan ba mabalaka?`),
    no(`pangutana lang: unsa ang buhaton sa SS_TCP_CLOSE_RESET? nakita nako sa softswitch.conf, naka-Off siya`),
    no(`dapat ba namo i-On ang RST mode? wala man mi problema karon, pero nabasa nako nga mas limpyo daw`),
    no(`netstat -ant | grep TIME_WAIT | wc -l → 318. off-peak ni. ok ra?`),
    no(`training question para sa bag-ong tech: unsa kalahi sa FIN ug RST pag-close sa TCP connection?`),
    no(`unsa ang default value sa SS_TCP_CLOSE_RESET sa VOS3000? Off ba?`),
    no(`bai unsa ang default nga ip_local_port_range sa CentOS? 32768 61000 ba? curious lang, walay issue`),
    no(`health check karon buntag: timewait 96, estab 450, mga 20 CPS. naa ba moy recommendation o ok ra?`),
    no(`naa bay epekto ang SS_TCP_CLOSE_RESET kung UDP ra among SIP? gusto lang nako masabtan`),
    no(`unsaon pag-monitor sa TIME_WAIT count? gusto mi mag-set ug alert sa Zabbix, preventive lang`),
    no(`safe ba i-enable ang tcp_tw_reuse=1 sa CentOS 6? wala pa mi problema, nagplano lang`),
    no(`mga 600 ka TIME_WAIT sa peak, 30 CPS. ok ra na diba? gusto lang ko ma-sure before mag-report sa boss`),
    no(`pila ang normal nga TIME_WAIT para sa VOS nga 50 CPS? para naa mi baseline`),
    no(`unsa man ang "reparse" sa service mbx3000d? ma-drop ba ang calls ana?`),
    no(`nag-audit mi sa config. SS_TCP_CLOSE_RESET="Off" sa tanan namong servers. sakto ba na o dapat On?`),
    no(`unsay pasabot sa "orphaned" sa ss -s? 0 man among value`),
    no(`kung i-On namo ang RST, maapektuhan ba ang phones behind NAT? nangutana lang una, wala pa mi gi-usab`),
    no(`sa TLS, unsa ang close_notify ug ngano importante man na?`),
    no(`netstat output:
tcp  0  0 10.1.1.10:5060  10.1.1.55:49122  TIME_WAIT
tcp  0  0 10.1.1.10:5060  10.1.1.56:50211  TIME_WAIT
duha ra ka linya. normal ba?`),
    no(`wala ang ss sa among CentOS 5. unsa ang alternative para makita ang socket summary?`),
    no(`gusto nako masabtan ang 2MSL. pila ka segundo ang TIME_WAIT sa linux? 60?`),
    no(`weekly report: max TIME_WAIT 740, walay failed calls, normal ang ASR. ok ra magpadayon ani?`),
    no(`asa makita ang softswitch.conf sa VOS3000 2.1.6? mo-tan-aw ra ko sa settings`),
    no(`mas maayo ba TCP o UDP sa SIP para sa among setup nga 200 ka phones? wala pay problema, planning pa mi`),
    no(`ang monitoring nag-show ug 150 to 250 TIME_WAIT adlaw-adlaw, stable ra. kinahanglan ba mag-tune?`),
    no(`bai tinuod ba nga makatabang ang RST mode sa high CPS? 15 CPS ra man mi, worth it ba?`),
  ],
  firewallNoRst: [
    no(`bai pa-open ko ug 5060 TCP ug UDP sa Fortigate para sa bag-ong trunk sa carrier 203.0.113.40`),
    no(`fail2ban nag-ban sa IP sa among customer 198.51.100.23 kay daghan failed registration. unsaon pag-unban?`),
    no(`one-way audio sa calls gikan sa Davao branch. madungog nila mi pero dili mi madungog. open ba ang RTP ports 10000-20000?`),
    no(`pa-whitelist ko sa 203.0.113.77 sa iptables, bag-ong gateway sa customer sa Lapu-Lapu`),
    no(`unsaon pag-geo-block sa tanan traffic gawas sa PH sa pfSense? daghan kaayo SIP scanners`),
    no(`pfSense: gusto mi mag-rate limit sa SIP INVITE per source IP. unsa ang best approach?`),
    no(`SIP ALG sa MikroTik, i-disable ba? "/ip firewall service-port disable sip" mao ba ni?`),
    no(`bag-ong firewall rule para sa web portal: allow lang ang office IP 198.51.100.10 sa port 8080, drop ang uban`),
    no(`ang ASA nag-block sa RTP gikan sa bag-ong carrier. walay audio sa tanan calls sa Globe route. unsaon pag-allow sa media range?`),
    no(`naa ba moy sample fail2ban filter para sa VOS? daghan kaayo "401" attempts gikan sa lain-laing countries`),
    no(`iptables -L nag-show ug DROP all from 192.0.2.0/24. kinsa nag-add ani? mao diay dili maka-connect ang usa ka gateway sa customer`),
    no(`mag-upgrade mi sa Fortigate firmware sunod semana. unsa ang dapat i-check para sa SIP? i-disable ba ang session-helper sip?`),
    no(`gusto mi mag-allow ug SSH from 10.50.0.0/16 ra sa VOS server. unsa ang iptables rule?`),
    no(`one way audio pag i-hold unya i-resume ang call. UDP ra mi. open man ang RTP 10000-20000 sa firewall`),
    no(`nag-set mi ug connection limit sa pfSense, karon ang usa ka dako nga customer nag-reklamo nga ma-reject ang calls kung molapas siya sa 100 concurrent. i-adjust ba?`),
    no(`firewalld: unsa ang syntax para permanent rule sa 5060/udp ug 10000-20000/udp? nakalimot ko`),
    no(`ang Sophos nag-flag sa SIP traffic as "VoIP attack" ug gi-block. false positive ni. unsaon pag-exclude?`),
    no(`gikan sa Davao office: ma-connect ang call pero walay audio. naka-on pa diay ang SIP ALG sa Fortigate. gi-off na nako, testing karon`),
    no(`na-ban sa fail2ban ang among own monitoring server 10.0.5.20. unsaon pag-add sa ignoreip?`),
    no(`sa iptables gusto nako i-limit ug 20 new connections per second ang 5060. hashlimit ba gamiton o recent?`),
    no(`bag-ong customer sa Cebu gusto mo-connect via 5080 instead of 5060 kay blocked sa ilang ISP ang 5060. pa-open ko ug 5080 sa firewall`),
    no(`naa mi bag-ong pfSense sa DC. unsa ang recommended rules para sa VOS3000? inbound SIP, RTP, web portal`),
    no(`calls sa usa ka carrier mo-drop after exactly 30 seconds. UDP. session timeout ba sa firewall? morag wala naabot ang ACK`),
    no(`unsaon pag-block sa SIP scans nga "friendly-scanner" ang user-agent? iptables string match ba?`),
    no(`na-open na ang 5060 TCP sa ASA pero wala pa gihapon ka-connect ang trunk. naa ba kulang? applied na ang ACL sa outside interface`),
    no(`nag-install ang IT sa customer ug bag-ong Fortigate ug closed by default tanan RTP ports. pa-send ko sa list sa ports nga kinahanglan nila i-open`),
    no(`gusto nako i-whitelist tanan IP sa among carriers sa usa ka address group sa Fortigate, 12 ka IPs. best practice?`),
  ],
  negationContext: [
    no(`nag-unregister ang mga phones pero UDP ra man mi, walay TCP. so dili siguro kana ang RST nga imong gi-ingon. unsa pa kaha?`),
    no(`Off pa gihapon ang RST sa among softswitch.conf, walay nag-usab. pero naa mi pipila ka phones nga na-unregister human sa password change sa portal`),
    no(`fixed na bai sukad gi-enable ninyo ang RST kagahapon. wala na ang "cannot assign requested address" sa peak. salamat kaayo!`),
    no(`training question: kung mo-drop ang Fortigate sa RST packets, unsa ang mahitabo sa calls? para sa among internal quiz ra ni`),
    no(`dili amoa ni nga server, sa partner namo sa Manila. ilang VOS daw naay thousands nga TIME_WAIT. naa ba mi mabuhat? wala mi access`),
    no(`last year naa mi port exhaustion pero na-fix na sa tw_reuse. okay ra karon. nangutana lang kung kinahanglan pa ba ang RST`),
    no(`hypothetical: kung i-On namo ang SS_TCP_CLOSE_RESET unya naa mi MikroTik sa customer side, ma-unregister ba ang phones? wala pa mi gi-change`),
    no(`na-unregister ang phones behind NAT pero tungod kay na-usab ang WAN IP sa router, dili sa RST. Off man among RST`),
    no(`"address already in use" sa log, pero sa nginx ra diay, dili sa softswitch. sorry false alarm`),
    no(`nag-drop ug packets ang among firewall pero mga SIP scanner ra, walay labot sa RST. Off pa man ang RST`),
    no(`nibalik na ang registration sa tanan phones sukad gi-Off ninyo ang close reset. good job. pwede na i-close ang ticket`),
    no(`nag-fail ang calls ganina pero down diay ang carrier, 503 gikan sa ilang side. wala man gi-hilabtan ang RST`),
    no(`naa koy nabasa sa forum nga mo-drop daw ang pfSense sa RST as invalid. amoa kaha ana? wala man mi issue, curious lang`),
    no(`ni-taas ang TIME_WAIT sa 3,000 pero sa web server ra na, dili sa VOS, separate box. ok ra ba na?`),
    no(`kagahapon nag-fail ang calls kay napuno ang disk sa /var, walay labot sa firewall o RST. na-clear na`),
    no(`nag-unregister ang phones sa MikroTik side pero ISP outage diay sa PLDT area. ang RST wala na-usab sukad last year`),
    no(`ang "Cannot assign requested address" sa log gikan sa among test script nga nag-bind sa sayop nga IP, dili production`),
    no(`ang calls hang issue: resolved na human gi-Off ninyo ang RST. wala na mag-block ang Fortigate. thanks bai`),
    no(`nag-ingon ang customer unregistered iyang phones, pero gi-check nako: expired iyang account sukad sa 15th. dili ni NAT issue`),
    no(`dili mi mogamit ug TCP sa SIP, UDP tanan. so walay epekto ang SS_TCP_CLOSE_RESET diba? naka-On siya pero wala mi namatikdan nga problema`),
    no(`sa presentation sa akong team, gusto ko i-explain ang port exhaustion. pwede ka mohatag ug simple example? walay issue sa among servers`),
    no(`naa mi iptables conntrack sa server pero Off ang RST mode ug walay call failures. should we worry?`),
    no(`ang laing company (dili amoa) naa daw problema sa Fortigate nga nag-drop sa RST. gi-refer nako sila ninyo. pwede ba mo mo-contact nila direkta?`),
    no(`nag-fail ang calls karong gabii pero tungod sa zero balance sa prepaid account. walay labot sa network`),
    no(`20k ang TIME_WAIT kaniadto pa sa 2022 sa daan namong server, na-decommission na to. bag-o na karon, ok ra`),
    no(`wala mi nag-enable ug RST. na-unregister ang phones behind NAT kay gi-reset sa customer ang router ug nawala ang port forward. UDP pa ni`),
    no(`ang "EADDRINUSE" nga alert ganina kay sa among node.js dashboard ra, dili sa switch. ignore lang`),
  ],
  portExhaustion: [
    pe(`bai tabang! peak karon ug mo-fail ang mga bag-ong calls.
TCP:   31842 (estab 1204, closed 30410, orphaned 3, timewait 30388)
sa off-peak ok ra man`),
    pe(`sa softswitch log: "connect to 10.10.20.5:5060 failed: Cannot assign requested address" balik-balik sukad 7pm. nag-fail ang calls sa TCP trunks`),
    pe(`kada gabii 8 to 10pm mo-drop ang ASR, daghan failed calls. netstat -ant | grep TIME_WAIT | wc -l → 28114. sa buntag 400 ra`),
    pe(`naa bay limit sa outgoing TCP connections? mo-stop ang switch ug abli ug bag-ong SIP TCP connections kung peak, mga 180 CPS. BindException sa log`),
    pe(`EADDRINUSE sa mbx3000 log kada peak hour. di makahimo ug bag-ong connection sa carrier via TCP. mobalik ra human 10pm`),
    pe(`bai mo-fail ang calls to carrier via TCP pag daghan traffic. netstat:
tcp  0  0 10.0.0.5:44012  203.0.113.9:5060  TIME_WAIT
tcp  0  0 10.0.0.5:44013  203.0.113.9:5060  TIME_WAIT
...libo-libo ani. unsaon?`),
    pe(`sukad nag-add mi ug bag-ong dako nga customer, mo-hang ang switch sa 5pm-9pm. "address already in use" sa log pag mo-connect sa outbound TCP`),
    pe(`timewait 24k+ sa peak, ubos ra sa kaadlawon. mo-fail ang new calls ug "cannot bind". mga 150 CPS. CentOS 6`),
    pe(`ganina 6pm nag-spike ang traffic, wala na maka-connect ang switch sa gateways via TCP, "Cannot assign requested address". karon 11pm ok na balik`),
    pe(`ngano man di maka-open ug bag-ong TCP connection ang VOS pag peak? default pa ang ip_local_port_range, 32768 61000. daghan kaayo TIME_WAIT`),
    pe(`ang call center sa Davao nag-dialer ug 200 CPS karon, katunga sa calls nag-fail. ss -tan state time-wait | wc -l = 27655`),
    pe(`java.net.BindException: Cannot assign requested address sa among SIP module kada peak, mga 8pm. naa sa 30k ang TIME_WAIT`),
    pe(`bai ma-reject ang calls sa peak pero walay problema sa hapon. gi-check nako ang sockets, puno sa TIME_WAIT. ubos ra ang CPU ug memory`),
    pe(`peak hour, TIME_WAIT 29k, new calls fail. tabang`),
    pe(`"Address already in use" kada gabii sa outgoing TCP connections sa softswitch to upstream. dili ni listening port, ok ra ang 5060. mga ephemeral port siguro ang nahurot`),
    pe(`ss -s: timewait 31002. mo-fail ang outbound calls to TCP carriers sukad 7pm. unsay sunod nga buhaton?`),
    pe(`nagsugod ang dialer campaign 9am, 250 CPS. 15 minutos human, "cannot assign requested address" sa log ug di na ma-connect ang bag-ong calls. gi-stop namo ang campaign, ni-recover human pila ka minuto`),
    pe(`Mo-fail ang mga TCP trunk sa high traffic. Gi-count nako: 32,000 sockets sa TIME_WAIT. Fine ra sa quiet hours. Kinahanglan ba i-tune ang kernel?`),
    pe(`bai unsay "EADDRNOTAVAIL"? kada peak mao ni sa strace sa softswitch, unya mo-fail ang calls. libo-libo ang TIME_WAIT`),
    pe(`pattern: 7pm-10pm nag-fail ang calls, 503 sa customers. softswitch log: "bind() failed: Address already in use" sa new outgoing TCP. daghan kaayo TIME_WAIT`),
    pe(`karon lang, Friday night peak. dili na ma-open ang outgoing SIP over TCP, naa sa 28k ang TIME_WAIT. 3 hrs pa ang peak, help asap`),
    pe(`server sa Cebu, ss -s:
Total: 33510
TCP:   32984 (estab 1320, closed 31580, orphaned 0, timewait 31577)
mo-fail ang calls sa peak. walay NAT phones ani, trunks ra tanan`),
    pe(`naa ba moy fix sa TIME_WAIT build-up? nag-fail ang bag-ong calls kada peak sukad miabot mi ug 120 CPS`),
    pe(`mga 40% sa calls failed from 8 to 9pm. nakita nako nga nahurot ang local ports, puro TIME_WAIT. human 10pm normal na`),
    pe(`sa peak di na maka-connect ang softswitch sa among 3 ka TCP carriers. log: "connect failed errno 99". sa quiet hours walay problema`),
    pe(`sukad gi-switch namo ang carrier trunks from UDP to TCP, kada gabii ma-exhaust ang ports. TIME_WAIT 20k+, "Cannot assign requested address"`),
    pe(`high CPS karon, mga 300. wala na mo-accept ang switch ug bag-ong calls kay di maka-open ug TCP sockets. puno sa TIME_WAIT ang netstat`),
    pe(`nag-log ang Davao server ug BindException sa peak lang. TIME_WAIT count: 26k. mag-enable ba mi sa tw_reuse?`),
    pe(`mo-fail ang calls nga mogawas via TCP kung busy ang switch. wala koy figures pero ang TIME_WAIT sa netstat mo-scroll ra nga walay katapusan`),
    pe(`tabang bai, gabii-gabii lang mahitabo: "Cannot assign requested address" sa SIP TCP. buntag hangtod hapon OK ra`),
  ],
  natUnregistered: [
    nat(`bai sukad gi-On ang SS_TCP_CLOSE_RESET kagahapon, na-unregister tanan phones sa likod sa MikroTik sa customer. TCP man sila`),
    nat(`human sa RST change, nag-unregister kada pila ka minutos ang softphones sa home users (behind home routers). SIP over TCP. ok ra kadtong naa sa public IP`),
    nat(`ang Yealink phones sa office sa Mandaue, naa sa NAT, TCP transport, naka-"Unregistered" na sukad gi-enable ninyo ang close reset`),
    nat(`unsay nahitabo sa switch ganina? gi-On daw ang RST para sa TIME_WAIT. karon dili maka-register ang tanan phones sa branch behind MikroTik. ok ra ang UDP phones`),
    nat(`na-unregister ang Zoiper sa mga agents nga WFH. TCP ang transport. nagsugod human sa maintenance kagahapon diin gi-set ang SS_TCP_CLOSE_RESET="On"`),
    nat(`phones behind NAT losing registration, intermittent, sukad sa RST mode. sa MikroTik naa pa sa connection tracking ang daan nga connection`),
    nat(`karon ra mi nakabantay: human gi-enable ang RST close, unregistered na ang mga Grandstream sa likod sa office NAT. SIP TCP 5060`),
    nat(`grep SS_TCP_CLOSE_RESET softswitch.conf
SS_TCP_CLOSE_RESET="On"
gi-change ni sa inyong tech last week. sukad adto, ang NATed phones sa Lapu-Lapu mo-register unya mawala`),
    nat(`ang TCP phones sa likod sa home routers (PLDT fibr, Converge) pirme na-unregister sukad Tuesday. Tuesday pud gi-enable ang RST mode. coincidence?`),
    nat(`40 ka Fanvil phones naa sa NAT (MikroTik hEX), SIP TCP. sukad RST on: register → unregister → register, balik-balik`),
    nat(`"Offline" sa web portal ang tanan extensions sa Bacolod branch. naa sila sa likod sa NAT router, TCP. nagsugod human sa inyong change sa close reset`),
    nat(`ngano man mo-unregister ang mga MicroSIP pero ok ra ang trunks? TCP sila ug behind NAT tanan. nag-enable mi ug RST kagahapon para sa port exhaustion`),
    nat(`ganina gi-on nako ang RST sa softswitch.conf ug gi-reparse. karon dili na maka-register ang phones nga naa sa MikroTik side. ok ra ang naa sa LAN direkta`),
    nat(`RST On, NAT phones unregistered, TCP. help`),
    nat(`after RST enable, phones behind NAT show unregistered every 5-10 min then come back. TCP ones only`),
    nat(`nag-reklamo ang mga customer sa Davao nga naa sa home routers, "di maka-register" ang softphone kada pila ka minuto. TCP sila. sukad gi-usab ang SS_TCP_CLOSE_RESET`),
    nat(`ang office sa IT Park naa sa usa ka NAT gateway, 25 ka phones TCP. sukad naka-On ang RST kagahapon, pirme sila mawala sa registration list`),
    nat(`kagahapon gi-set namo ang SS_TCP_CLOSE_RESET On para sa TIME_WAIT. nawala na ang TIME_WAIT, pero karon na-unregister ang NATed phones. unsaon?`),
    nat(`registration list sa web: wala tanan ang phones sa likod sa MikroTik, naa ang sa public IP. TCP transport. gi-enable ang RST sa maintenance sa Sunday`),
    nat(`nag-flap ang registration sa IP phones sa Tacloban office (NAT, TCP) human gi-set ang close reset to On. naa bay keepalive setting?`),
    nat(`ang softphones sa agents sa balay nag-unregister sukad sa RST change. Bria log: "TCP connection reset by peer" dayon registration lost. naa sila sa likod sa home router`),
    nat(`karon buntag 3 ka customers nag-report: phones behind NAT unregistered, TCP. ang common ra kay gi-enable nato ang RST kagahapon sa gabii`),
    nat(`gi-check nako ang connections sa MikroTik sa branch: nagpabilin pa sa conntrack ang daan nga SIP TCP sessions bisan gi-reset na sa switch. di na maka-re-register ang phones. sukad RST on`),
    nat(`sukad gi-set ang SS_TCP_CLOSE_RESET="On", naka-"Not registered" ang mga Cisco SPA sa likod sa office NAT`),
    nat(`customer sa Ormoc: ang iyang 10 ka phones unregistered human sa inyong update nga nag-On sa RST. naa sila sa likod sa NAT router, TCP`),
    nat(`Linphone log: "Registration failed: io error" human ma-receive ang RST gikan sa server. behind home router, TCP. nagsugod pag On sa close reset`),
    nat(`TP-Link router sa client office, NAT, TCP phones. sukad gi-enable ang RST mode, unregistered tanan kada buntag, kinahanglan pa i-reboot ang phones`),
    nat(`Gi-On namo ang RST para sa TIME_WAIT sa Cebu server. Na-solve ang port exhaustion pero di na maka-register ang NAT phones. Unsaon pagbalanse?`),
    nat(`nawad-an ug registration ang mga softphone behind NAT, SIP/TCP, sukad kagahapon. sa changelog sa server: SS_TCP_CLOSE_RESET Off → On`),
    nat(`sukad RST mode, unregistered ang mga phone sa likod sa home routers. walay problema kadtong naa sa UDP, TCP ra ang apektado`),
  ],
  firewallRst: [
    fw(`bai sukad gi-On ang SS_TCP_CLOSE_RESET, mo-hang ang calls. ang Fortigate sa atubangan sa switch nag-log ug invalid packets nga naay RST flag`),
    fw(`pfSense logs: TCP:R blocked from 10.10.1.5:5060, sukad gi-enable ang RST mode. mo-fail ang calls`),
    fw(`iptables -nvL: nag-increase ang counter sa DROP rule nga "ctstate INVALID". sukad RST enabled, nag-fail ang calls via TCP`),
    fw(`sukad sa RST change, stuck ang calls, walay BYE. ang ASA nag-drop sa RST kay "no connection"`),
    fw(`Fortigate: "packet dropped, no session matched" with flag RST. nagsugod sukad gi-set ang close reset to On. calls fail`),
    fw(`mo-hang ang calls sa among carriers via TCP sukad sa RST mode. tcpdump sa outside sa firewall: walay RST nga mogawas, sa sulod naa. mao diay gi-drop sa firewall`),
    fw(`gi-block sa among pfSense ang RST packets as out-of-state human gi-enable ninyo ang RST. fail na ang calls`),
    fw(`dmesg: "nf_conntrack: invalid packet" nag-spam. sukad gi-On ang RST, nag-fail ang SIP TCP calls`),
    fw(`ASA syslog:
%ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 203.0.113.50/41233 flags RST on interface inside
sukad RST On, daghan failed calls`),
    fw(`ang Fortigate sa DC nag-drop sa RST gikan sa VOS. nag-hang ang calls sukad gi-usab ang SS_TCP_CLOSE_RESET kagahapon`),
    fw(`human sa RST enable, intermittent fail ang calls sa TCP trunks. ang firewall (Sophos XG, stateful) nag-log ug "Invalid TCP state" drops`),
    fw(`RST On, Fortigate drops the RST, calls fail`),
    fw(`sukad gi-On ang close reset pirme na mo-hang ang calls. naa sa among iptables: "-m conntrack --ctstate INVALID -j DROP". mao ba ni?`),
    fw(`pfSense: "TCP:RA" blocked, daghan kaayo sukad sa RST mode sa softswitch. mo-fail ang calls to the Manila carrier`),
    fw(`nag-fail ang calls sukad sa maintenance (RST enabled). sa Fortigate traffic log sa DC: "Deny: invalid TCP flag" gikan sa switch IP 10.10.0.20`),
    fw(`di ma-complete ang calls human RST on. Cisco ASA stateful among firewall. nakita sa capture nga wala molapas sa firewall ang RST`),
    fw(`sukad kagahapon nga RST mode, naa mi "state violation" drops sa firewall sa atubangan sa VOS, ug daghan failed calls. ok ra ang UDP`),
    fw(`mo-hang ang calls ug dili mo-end, gi-hold sa carrier ang session. tcpdump: nag-send ang VOS ug RST pero wala na-receive sa carrier. naa mi Fortigate sa tunga. nagsugod pag On sa SS_TCP_CLOSE_RESET`),
    fw(`Juniper SRX nag-drop sa RST, "tcp sequence check failed", sukad RST mode. nag-fail ang calls`),
    fw(`ang among stateful firewall (pfSense) sa atubangan sa switch: ganina nakita nako sa logs nga blocked ang RST packets. human nag-On mi ug RST para sa TIME_WAIT, nag-fail na ang calls`),
    fw(`firewall issue human sa inyong RST change: gi-mark sa conntrack ang RST as INVALID ug gi-drop. calls fail ug hang`),
    fw(`sukad gi-On ang close reset, ang ubang calls dili mo-connect. naa pay daan nga sessions sa Fortigate session table, ug gi-drop ang RST tungod "no matching session"`),
    fw(`nag-fail ang calls sa TCP sukad gi-enable ang RST. iptables log: "INVALID-DROP: IN=eth0 ... PROTO=TCP SPT=5060 ... RST", daghan kaayo`),
    fw(`Check Point nag-drop: "TCP packet out of state: First packet isn't SYN" tcp_flags: RST. sukad RST On, fail ang calls`),
    fw(`calls fail sukad RST mode. Fortigate 100F sa atubangan sa switch, puno ang forward traffic log ug deny sa RST packets`),
    fw(`sukad sa RST On, mo-fail ang call setup kung naa pay daan nga TCP connection. gi-block sa firewall (pfSense) ang RST as out-of-state, so wala kahibalo ang remote side nga closed na`),
    fw(`sa DC, ang firewall sa atubangan sa switch (stateful, dili NAT sa phones) naay "connection-state=invalid action=drop" nga nag-count ug RST packets sukad gi-On ang RST mode. calls fail`),
    fw(`mo-hang ang calls ug dili ma-hangup sukad sa RST mode. ang ASA sa edge: "Deny TCP (no connection)" flags RST ACK`),
    fw(`human gi-change ang SS_TCP_CLOSE_RESET to On: failed calls sa TCP carriers. gi-drop sa iptables conntrack sa gateway ang RST packets isip invalid`),
    fw(`mo-drop ang among Fortigate sa RST packets gikan sa softswitch sukad RST enabled. nag-fail ang calls sa 2 ka carriers. unsaon pag-allow?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning82Set: readonly EvalItem[] = Object.values(tuning82Families).flat();
