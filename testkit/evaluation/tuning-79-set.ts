import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators and engineers at small carriers and call centres in Greece and Cyprus, writing Greek in
 * Latin letters (Greeklish: "kalimera", "den leitourgei", "exoume thema", "apo xthes", "pesane",
 * "tipota", "efxaristo") mixed with English technical terms, often pasting log lines or command output.
 *
 * The seventy-ninth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the seventy-ninth never-tuned set, before the fortieth round of rules, by someone who
 * had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the
 * other sets in view; measured as such before and after the fortieth round, then made tuning
 * material for the forty-first: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 83.3 %, negatives confident 5.9 %, confident wrong 0 % with the
 * rules of the thirty-ninth round, and the same after the fortieth.
 */
export const tuning79Families = {
  oneListeningPort: [
    no(`kalimera, to apache den ksekinaei meta to update, leei "(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80". Mallon to nginx pou egkatastisame xthes kratei to 80. ti na kanw?`),
    no(`exoume thema me to web portal tou VOS, den anoigei. sto log vlepw "java.net.BindException: Address already in use: JVM_Bind" sto 8080. kapoio allo process exei to port?`),
    no(`to mysql den anevainei meta to reboot:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
nomizw trexoun dyo mysqld`),
    no(`docker run -p 5432:5432 postgres kai mou petaei "Bind for 0.0.0.0:5432 failed: port is already allocated". exw kai topiko postgres sto laptop. pws to lunw?`),
    no(`Tomcat den ksekinaei:
SEVERE: Failed to initialize connector [Connector[HTTP/1.1-8080]]
Caused by: java.net.BindException: Address already in use
Einai o dev server mas, oxi to switch.`),
    no(`redis-server: "Could not create server TCP listening socket *:6379: bind: Address already in use". exei meinei palio redis apo xthes?`),
    no(`kalispera, valame deutero SIP server (asterisk) sto idio mixanima gia test kai den anevainei: "Unable to bind to 0.0.0.0:5060 Address already in use". to VOS kratei to 5060 fysika. se poio port na to valw?`),
    no(`npm run dev -> Error: listen EADDRINUSE: address already in use :::3000. o developer leei oti den leitourgei tipota. prepei na skotwsoume to palio node?`),
    no(`meta to upgrade to vos web manager leei port 80 occupied. trexei kai httpd apo to centos. poio na stamatisw?`),
    no(`podman: "rootlessport listen tcp 0.0.0.0:8443: bind: address already in use". o kollegas exei allo container sto 8443`),
    no(`efxaristo gia xthes. allo thema: to zabbix agent den ksekinaei, "cannot bind to port 10050: [98] Address already in use". mallon diplo service meta to yum update`),
    no(`netstat -tlnp | grep :80
tcp   0   0 0.0.0.0:80   0.0.0.0:*   LISTEN   1432/httpd
kai to nginx den mporei na kanei bind. ti kanoume, allazoume port?`),
    no(`To kamailio pou stisame gia load balancer den ksekinaei, "bind(): Address already in use" sto udp:10.0.5.20:5060. exei kai ena palio opensips pou trexei akoma`),
    no(`o tomcat leei 8005 already in use, den anevainei to portal`),
    no(`"nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)" meta pou evala certbot standalone. min trexei akoma to certbot?`),
    no(`kalimera paidia, o dikos mou dev server sto laptop (flask) den anoigei sto 5000, leei address in use. einai to AirPlay receiver sto mac?`),
    no(`exoume thema me to callcenter dashboard, o node.js leei EADDRINUSE 0.0.0.0:8080. meta to deploy emeine to palio process zwntano, pm2 list deixnei dyo`),
    no(`to sshd den ksekinaei sto 2222 giati to exei piasei o gitea container. pws allazw to mapping?`),
    no(`lsof -i :3306 deixnei mariadb kai to mysqld tou vos den anevainei. poio einai to swsto?`),
    no(`Meta to reboot tou server, to VOS web den fortwnei. journalctl: "port 8080 is already bound by pid 2211 (java)". den kserw ti einai to 2211, mipws palio instance?`),
    no(`Freeswitch sto test box: "Socket error: Address already in use" sto 5080. trexei kai to asterisk ekei`),
    no(`grafana den anevainei, "listen tcp 0.0.0.0:3000: bind: address already in use". to exei o allos developer me react app`),
    no(`mporeite na deite giati to httpd den kanei start? "Address already in use: make_sock: could not bind to address [::]:443". exw mono ena vhost`),
    no(`To provisioning server ton tilefwnwn (tftp) den ksekinaei, to port 69 to kratei to xinetd. ti na kleisw?`),
    no(`docker compose up -> "Error starting userland proxy: listen tcp4 0.0.0.0:5060: bind: address already in use". thelame na trexoume ena SIP proxy se container dipla sto switch`),
    no(`o mongod leei "Failed to set up listener: SocketException: Address already in use" sto 27017. egine kill -9 kai emeine kati?`),
    no(`kalimera, stis 9 to prwi ekana restart to memcached kai twra leei "failed to listen on TCP port 11211: Address already in use". ena process, ena port, kanena fortio`),
  ],
  otherRegistrationCause: [
    no(`kalimera, ta tilefona tou grafeiou den kanoun register apo to prwi. xthes allaksame ta passwords stous extensions kai mallon den perase sta Yealink. sto log "401 Unauthorized" synexeia`),
    no(`pesane ola ta tilefona sto katastima, eixe diakopi reumatos kai o router den anevike akoma`),
    no(`o trunk tou provider einai unregistered apo xthes. mas eipan oti allakse to IP tou registrar, 198.51.100.40 twra. pou to allazw sto VOS?`),
    no(`exoume thema, den kanei register o pelatis 10.20.1.15, pairnei "403 Forbidden". mipws tou elikse to account? den plirwse ton logariasmo`),
    no(`ta tilefona deixnoun "No Service" apo tis 10. o ISP exei vlabi sti perioxi, i Cosmote ekane anakoinwsi`),
    no(`meta tin allagi router (valame neo Technicolor) ta Grandstream den kanoun register. Einai ola se UDP 5060, oxi TCP. mipws thelei na kleisoume to SIP ALG?`),
    no(`Ena tilefono mono unregistered, sto reception. to vrikame, itan vgalmeno to kalwdio apo to switch 🙈`),
    no(`i adeia tou VOS lixei? mas vgazei "license expired" kai ta accounts den kanoun register`),
    no(`allaksame to DNS name tou server se sip2.example.gr kai ta softphones pou exoun to palio onoma den syndeontai`),
    no(`to account 3005 einai blocked? o xristis evale polla lathos passwords kai twra tipota`),
    no(`unregistered ta tilefona sto grafeio tis Kyprou, "Registration failed: 408 Request Timeout". to internet tous einai pesmeno apo to prwi, i Cyta leei vlabi`),
    no(`o pelatis allakse to password sto web portal kai ksexase na to valei sto Zoiper. gi auto den kanei register, swsta?`),
    no(`Kalispera, metaferame ton server se allo IP (10.8.0.12 -> 10.8.0.40) kai kanena tilefono den vriskei to switch. to provisioning exei akoma to palio IP`),
    no(`den kanei register o trunk, leei "wrong password" sto log. o carrier eipe oti allakse ta credentials tin Paraskevi`),
    no(`ta Cisco SPA sto office pesane meta to firmware upgrade, ta settings girisan sta default`),
    no(`to SIP ALG sto router tou pelati xalaei ta REGISTER, vlepoume Contact me lathos IP. ola UDP. pws to kleinoume sto ZTE?`),
    no(`to account tou pelati einai suspended apo to billing, gi auto den kanei register. mporoume na to ksekleidwsoume prosorina mexri na plirwsei?`),
    no(`to certificate gia to TLS elikse xthes to vrady kai ta softphones me TLS den kanoun register. ta UDP ok`),
    no(`kalimera, ta tilefona sto ypokatastima 2 den kanoun register. o ilektrologos ekleise to PoE switch gia douleies`),
    no(`Eixame diakopi reumatos sto datacenter stis 3, meta to reboot ta perissotera tilefona ksanaegine registered, 4 akoma unregistered. na ta kanoume reboot ena ena?`),
    no(`ekana reset to router tou spitiou kai to softphone mou den syndeetai, to xrisimopoiw me UDP. efxaristo`),
    no(`o trunk tis Vodafone einai unregistered apo tis 11, oi alloi trunks ok. mas eipan oti exoun provlima stin platforma tous`),
    no(`gia kapoio logo to extension 210 den ekane register. pira tilefono ton xristi, eixe grapsei lathos username (210 anti gia 2010)`),
    no(`ta tilefona den kanoun register meta tin allagi tou domain, to SRV record den exei ginei update akoma`),
    no(`o ISP mas allakse to public IP xwris na mas pei kai o provider exei whitelist me to palio, gi auto o trunk einai unregistered`),
    no(`ola ta Yealink deixnoun "Account 1 registration failed" meta to provisioning. sto config exei transport UDP kai lathos port 5070`),
    no(`kalispera, o pelatis exei ligei i syndromi tou sto VOS (expiry 31/05) kai ta accounts tou den kanoun register. ananeonetai automata?`),
  ],
  smallFigures: [
    no(`kalimera, ss -s deixnei:
TCP: 412 (estab 180, closed 210, orphaned 0, timewait 205)
einai fysiologiko i prepei na anisyxoume?`),
    no(`ti akrivws einai to TIME_WAIT? to vlepw sto netstat kai den kserw an einai kako`),
    no(`ti kanei to SS_TCP_CLOSE_RESET sto softswitch.conf? to eida kai den to exoume peiraksei pote`),
    no(`na energopoiisoume to RST close? den exoume kanena provlima, aplws diavasa oti einai kalytero`),
    no(`netstat -ant | grep TIME_WAIT | wc -l
312
ok einai auto gia 40 taytoxrones klisseis?`),
    no(`mia erwtisi: to ip_local_port_range einai "32768 60999" sto CentOS 7. arkei gia 20 CPS?`),
    no(`einai fysiologiko na vlepw 150-200 TIME_WAIT to vrady? oi klisseis douleuoun kanonika`),
    no(`to tcp_tw_reuse einai 0. prepei na to kanoume 1 proliptika i afou den exoume thema to afinoume?`),
    no(`Kalispera, kanw to miniaio health check. TIME_WAIT ~90, ESTAB 60, CPU 12%. ola ok i na koitaksw kati allo?`),
    no(`FIN i RST: poia i diafora gia ta SIP TCP connections? to rwtaei o pelatis`),
    no(`an valoume SS_TCP_CLOSE_RESET=On tha epireastoun ta tilefona pou einai piso apo NAT? rwtaw prin to kanoume`),
    no(`exoume 3 servers VOS, kaneis den exei thema. poio einai to default gia to close reset? Off?`),
    no(`ti simainei "orphaned" sto ss -s? vlepw 0 kai "timewait 48"`),
    no(`to SS_TCP_CLOSE_RESET exei epirroi sto UDP? oi perissoteroi pelates mas einai UDP`),
    no(`kalimera, pws vlepw posa sockets einai se TIME_WAIT se CentOS 6 pou den exei ss?`),
    no(`poso xrono menei ena socket se TIME_WAIT sto linux? 60 sec?`),
    no(`Gia tin ekpaideusi twn neon: ti einai to "port exhaustion" kai pote tha to doume? emeis exoume 5 CPS`),
    no(`netstat -s | grep -i reset
    27 connection resets received
    3 resets sent
auto einai ligo i poly? ola douleuoun`),
    no(`na allaksoume to port range se 1024-65535 etsi gia na eimaste sigouroi? twra exoume 280 TIME_WAIT sto peak kai tipota den xalaei`),
    no(`pou vrisketai to softswitch.conf sto VOS3000 2.1.6? thelw na dw ti timi exei to close reset, apla gia enimerwsi`),
    no(`o kollegas leei oti to RST einai "kako" gia TLS giati den stelnei close_notify. isxyei?`),
    no(`to service mbx3000d reparse kovei tis energes klisseis i mono to restart?`),
    no(`Ta noumera mou: ss -tan state time-wait | wc -l -> 77. Peak 15 CPS. Ola kala?`),
    no(`mia apli erwtisi, an kanoume enable to RST prepei na peiraksoume kai to firewall? den exoume kanena thema twra, apla sxediazoume`),
    no(`sas dinw ena netstat apo to prwi: 1200 ESTABLISHED, 340 TIME_WAIT. einai mesa sta fysiologika gia 600 kanalia?`),
    no(`kalispera, ti einai to EADDRINUSE? to eida se ena forum gia VOS kai thelw na katalavw`),
    no(`mipws na valoume monitoring gia to TIME_WAIT? ti threshold proteinete? twra kymainetai 100-250`),
  ],
  firewallNoRst: [
    no(`kalimera, mporeite na anoiksete to 5060 TCP sto firewall gia ton neo pelati 203.0.113.25?`),
    no(`o fail2ban emplokare to IP tou grafeiou mas 198.51.100.7 kai den mporoume na mpoume sto web. pws to kanw unban?`),
    no(`exoume one-way audio se klisseis pros Kypro, o pelatis akouei alla den ton akoune. ta RTP ports 10000-20000 einai anoixta sto Fortigate?`),
    no(`thelw na valoume geo-blocking sto pfSense, na epitrepoume mono GR kai CY sto SIP. pws to stinoume?`),
    no(`whitelist parakalw to 203.0.113.88 sto iptables, einai o neos carrier mas`),
    no(`SIP ALG sto Fortigate: na to kleisoume? mas eipe o vendor twn tilefwnwn oti xalaei ta headers`),
    no(`rate limit sto firewall gia INVITE flood: vlepoume 300 INVITE/sec apo ena IP stis 3 to prwi. pws vazoume limit?`),
    no(`kalispera, valame neo ASA mprosta apo to switch. ti ports xreiazontai gia VOS3000? web, SIP, RTP?`),
    no(`iptables -L -n deixnei DROP gia to 10.30.0.0/16, mallon lathos rule. to afairw me -D?`),
    no(`o fail2ban ekane ban ton idio mas ton trunk giati ekane polla 401 stin arxi. sto ignoreip vazw to 198.51.100.60?`),
    no(`den erxetai ixos stis eiserxomenes, mono stis ekserxomenes. einai thema RTP sto firewall tou pelati? ta tilefona einai UDP`),
    no(`pws anoigw to port 8443 gia to portal mono gia to IP tou grafeiou?`),
    no(`meta ta brute force attacks theloume na kleisoume to 5060 pros olous kai na afisoume mono whitelist IPs. mporeite?`),
    no(`To pfSense kovei ta SIP OPTIONS apo ton provider? sto log vlepw "blocked by rule: Default deny" gia UDP 5060 apo 203.0.113.9`),
    no(`xreiazomaste kanona na epitrepsoume SSH mono apo to VPN (10.99.0.0/24)`),
    no(`exoume no audio apo xthes. to RTP range sto VOS einai 10000-30000 alla sto firewall anoiksame mono ws 20000. auto einai?`),
    no(`mporei na mpei limit sta concurrent connections ana IP sto Fortigate gia na min mas xtypane scanners?`),
    no(`kalimera, o pelatis thelei na xrisimopoiisei port 5080 anti gia 5060. ti allazoume sto firewall?`),
    no(`to firewalld sto CentOS 7 exei kleisto to 1720 (H.323) kai o palios pelatis me H.323 gateway den syndeetai`),
    no(`pws vlepw ti exei blockarei to fail2ban? me fail2ban-client status sip-auth?`),
    no(`efxaristo gia to unban. mporeite na valete kai to 203.0.113.140 sto whitelist na min ksanaginei?`),
    no(`friendly-scanner xtypaei synexeia, 5000 REGISTER to lepto apo 198.51.100.200. block me iptables parakalw`),
    no(`Mas zitisan apo to security audit na kleisoume to web portal apo to internet. pws to kanw me iptables?`),
    no(`Exoume kainourio Fortigate 60F, thelw policy gia SIP UDP kai RTP pros to switch. kanena provlima mexri twra, apla to stinoume`),
    no(`se kapoies klisseis o ixos kovetai meta apo 2 lepta. mipws einai UDP session timeout sto firewall gia to RTP?`),
    no(`kalispera, i Cyta mas dinei neo range gia ta media, 203.0.113.0/26. prepei na to prosthesoume sto firewall?`),
    no(`thelw na kanw log ta dropped packets sto iptables gia na dw ti kovetai apo tous scanners, pws to stinw?`),
  ],
  negationContext: [
    no(`kalimera, ta tilefona den kanoun register alla emeis trexoume mono UDP, den xrisimopoioume TCP katholou. ara den einai to RST, swsta?`),
    no(`to RST einai Off se olous tous servers mas, to tsekara. parola auta 2 tilefona einai unregistered, mallon allo thema`),
    no(`efxaristo! apo tote pou energopoiisate to RST den exoume ksanadei "Cannot assign requested address", oi klisseis vgainoun kanonika akoma kai sto peak`),
    no(`Erwtisi gia ekpaideusi: an ena Fortigate kovei ta RST, ti symptomata tha vlepame? emeis den exoume Fortigate`),
    no(`o partner mas exei thema me TIME_WAIT sto diko tous switch, 30.000 sockets. oxi ston diko mas, o dikos mas einai ok. mporeite na tous symvouleysete?`),
    no(`meta tin allagi password ta tilefona den kanoun register. to SS_TCP_CLOSE_RESET den to exoume peiraksei, kaneis den allakse tipota allo`),
    no(`pernysi eixame to "address already in use" sto peak kai to lysate me to tw_reuse. fetos tipota, apla to anaferw gia to istoriko`),
    no(`ean kapote energopoiisoume to close reset kai exoume pelates piso apo MikroTik, tha xasoun to registration? ypothetiko, den to exoume kanei`),
    no(`ta tilefona sto grafeio tis Lemesou itan unregistered, alla vrikame oti eixe diakopi reumatos. den einai to RST`),
    no(`To firewall den kovei tipota, ekana tcpdump kai ta RST pernane kanonika apo tis dyo meries. ara to provlima me tis klisseis einai allou`),
    no(`den exoume TIME_WAIT, ss -s deixnei timewait 35. to "address already in use" einai apo to tomcat pou ksekinise dyo fores`),
    no(`diorthothike, efxaristo. meta to Off sto close reset ta tilefona einai ksana registered. kleiste to ticket`),
    no(`o kollegas nomize oti einai port exhaustion alla telika itan o carrier pou apantouse 503. den einai diko mas`),
    no(`kaneis den allakse tipota sto softswitch.conf, to RST einai Off opws panta. ta tilefona piso apo NAT xasane to registration giati o ISP allakse to public IP tou grafeiou kai i whitelist den to exei`),
    no(`paradeigma gia to manual pou grafoume: "an oi klisseis kovontai meta to RST On, elegkste to pfSense". den exoume provlima, apla to grafoume`),
    no(`To "Cannot assign requested address" pou eidate sto log einai apo to backup script pou prospathei na kanei bind se IP pou den yparxei pia (10.1.1.50). den exei sxesi me klisseis`),
    no(`Lathos synagermos: to monitoring eipe 20.000 TIME_WAIT alla itan to load test sto lab, oxi o production server`),
    no(`oi klisseis apotygxanoun alla einai giati teleiwse to credit tou pelati sto billing, oxi firewall. to RST einai akoma off`),
    no(`ta softphones piso apo to MikroTik einai unregistered alla einai UDP kai to RST den to exoume anoiksei pote. mallon to SIP ALG`),
    no(`eixame thema me ta NAT tilefona molis valame RST, to kleisate kai apo tote ola kala. efxaristo polu, min to ksanaenergopoiisete xwris na mas peite`),
    no(`an o pelatis exei ASA me stateful inspection, tha prepei na anisyxoume gia to RST? rwtaw theoritika, akoma eimaste se FIN`),
    no(`den einai thema ports, ta TIME_WAIT einai 120. to provlima einai oti o carrier mas ekopse ta CPS sto 10`),
    no(`i erwtisi sto exam: "Which TCP close mode avoids TIME_WAIT at high CPS?" i apantisi einai RST, swsta?`),
    no(`Ta tilefona den kanoun register alla to account einai blocked apo to billing, den exei sxesi me to close reset pou eidate sto config`),
    no(`o server tou pelati (oxi o dikos mas) exei pfSense pou kovei ta RST. mporoume na tou steiloume odigies? emas den mas epireazei`),
    no(`palia eixame EADDRINUSE sto peak, alla meta to upgrade tou kernel kai to neo port range den to exoume ksanadei. ola ok`),
    no(`min anisyxeite gia to alert "Address already in use" tis 03:00, itan o developer pou etrexe deutero instance tou portal sto 8080`),
  ],
  portExhaustion: [
    pe(`kalispera, exoume thema apo tis 8 to vrady, oi nees klisseis apotygxanoun. sto log "Cannot assign requested address" synexeia. to prwi ola kala`),
    pe(`ss -s
Total: 48211
TCP:   47650 (estab 3120, closed 44102, orphaned 12, timewait 44090)
kai den vgainoun klisseis. voitheia`),
    pe(`pesane oi ekserxomenes sto peak, ~250 CPS. o VOS den anoigei nea TCP syndesi pros ton carrier, EADDRINUSE sto log`),
    pe(`kathe vrady 21:00-23:00 den vgainoun klisseis pros ton TCP trunk, meta ta mesanyxta ola kala. to netstat deixnei xiliades TIME_WAIT`),
    pe(`java.net.BindException: Cannot assign requested address
    at sun.nio.ch.Net.connect0(Native Method)
auto sto softswitch log otan anevainei to traffic. twra eimaste sta 180 CPS`),
    pe(`netstat -ant | grep -c TIME_WAIT
28734
kai ta INVITE pros 203.0.113.10:5060 TCP den fevgoun. ti kanoume?`),
    pe(`exoume thema me to traffic tou Savvatou vrady, to switch den mporei na anoiksei nea sockets pros tous carriers. to local port range einai 32768-60999 kai einai gemato`),
    pe(`ksana "address already in use" stis ekserxomenes sto peak, 30k timewait`),
    pe(`kalimera. xthes to vrady stis 20:40 pesane to 40% twn klisewn, to ASR epese apo 45 se 20. log: connect() failed (99: Cannot assign requested address). meta tis 23:30 epanilthe monh tou`),
    pe(`o VOS stelnei SIP over TCP pros 4 carriers kai sto peak vlepoume "bind failed: Address already in use" gia nees syndeseis. teleiwnoun ta ports?`),
    pe(`Ola ta ephemeral ports einai piasmena se TIME_WAIT: ss -tan state time-wait | wc -l -> 27950. Oi klisseis pros ton trunk kolane`),
    pe(`otan to CPS perasei ta 150 arxizoun ta 503 kai sto log vlepw EADDRINUSE. stis isyxes wres tipota`),
    pe(`kalispera paidia, o pelatis trexei campaign me dialer apo tis 6 kai exoume 200+ CPS. to switch den anoigei nees TCP syndeseis, TIME_WAIT 40.000. help`),
    pe(`"Cannot assign requested address" se kathe neo INVITE pros ton TCP trunk, mono otan exoume fortio. pws to lynoume monima?`),
    pe(`netstat -s | grep -i "time wait"
    1893422 TCP sockets finished time wait in fast timer
kai sto peak to switch leei oti den vriskei eleythero port`),
    pe(`O VOS den kanei nees syndeseis TCP pros 198.51.100.22 sto peak. dmesg tipota, alla to ss -s deixnei timewait 31220 me range 32768 ports. to tw_reuse einai 0`),
    pe(`Exoume thema kathe Paraskevi vrady, oi klisseis apotygxanoun mazika kai ta logs gemizoun me "address already in use". Savvato prwi ola kala. Einai to fortio?`),
    pe(`ta ekserxomena pros ton carrier stin Kypro pesane sto peak, 120 CPS, xiliades sockets se TIME_WAIT. to prwi doulevei`),
    pe(`kalimera, exoume BindException sto softswitch otan anevainei to traffic, kapou 6-9 to apogeuma. ta tilefona einai ola registered, apla oi nees klisseis pros to trunk den vgainoun`),
    pe(`ss -s
TCP:   61012 (estab 2100, closed 58700, orphaned 0, timewait 58650)
to port range einai idi 1024 65535 kai pali gemizei. 400 CPS. ti allo?`),
    pe(`den leitourgei i dromologisi sto peak, "Cannot assign requested address" sto SIP TCP pros ton carrier. Apo tis 7 mexri tis 10`),
    pe(`sto peak tou prwinou (to callcenter ksekinaei 9:00 akrivws, 300 agents) to switch petaei EADDRINUSE kai xanontai oi prwtes klisseis. meta apo 5 lepta ok`),
    pe(`Sto CentOS 6 server vlepw: netstat -an | grep TIME_WAIT | wc -l = 26411. Oi nees SIP TCP syndeseis pros tous upstream apotygxanoun. Den exoume ss`),
    pe(`apo tote pou aniksame to neo traffic apo Roumania (peak 220 CPS) o VOS kollaei to vrady: den anoigei socket, log "errno 99". Ti allazoume sto sysctl?`),
    pe(`exoume poly TIME_WAIT kai oi klisseis stamatane stis 21:00. to ip_local_port_range einai 32768 61000. arkei na to megalwsoume?`),
    pe(`kalispera, vlepw auto sto log ksana kai ksana:
sip tcp connect to 203.0.113.50:5060 failed: Cannot assign requested address
12.000 klisseis tin wra kai oles oi ekserxomenes pesane`),
    pe(`to switch ksemenei apo local ports otan exoume fortio, eidika me tous TCP carriers. ti rythmiseis proteinete?`),
    pe(`pesane oi klisseis sto peak ksana. "Address already in use" gia outgoing TCP, 25.000 TIME_WAIT. kathe mera tin idia wra, 19:30`),
    pe(`Hello, kalispera. Stis ores aixmis o VOS den kanei connect pros to SBC tou carrier (TCP): BindException: Address already in use: connect. Stis 2 to prwi tipota. RST den exoume energopoiisei`),
    pe(`kalimera, mikri anafora: xthes 20:00-22:30 ~35% failed calls, ola me "cannot bind" sto outgoing TCP, TIME_WAIT sta 29k. simera perimenoume to idio. mporeite na to deite prin to vrady?`),
  ],
  natUnregistered: [
    nat(`kalimera, apo xthes pou energopoiisate to SS_TCP_CLOSE_RESET ta tilefona sto grafeio piso apo MikroTik deixnoun unregistered. einai SIP over TCP`),
    nat(`meta to RST ta softphones tou callcenter (ola piso apo NAT) xanoun to registration kathe liga lepta`),
    nat(`exoume thema, ta Yealink se TCP piso apo ton router tou pelati pesane meta tin allagi sto close reset. ta tilefona me public IP einai ok`),
    nat(`apo tote pou valate RST mode, oi agents pou douleuoun apo to spiti (home routers, Zoiper se TCP) einai synexeia unregistered`),
    nat(`SS_TCP_CLOSE_RESET="On" apo tin Triti. apo tin Triti kai ta tilefona piso apo to MikroTik stin Pafo kanoun register-unregister. sympwsi?`),
    nat(`meta to RST ta NAT tilefona unregistered. TCP. voitheia`),
    nat(`kalispera, o pelatis me 40 extensions piso apo office NAT (Draytek) leei oti ta tilefona den kanoun register apo to prwi. xthes to vrady allaksate to close reset se On gia to TIME_WAIT`),
    nat(`grep CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
auto to valate xthes? giati apo tote ta tilefona twn pelatwn piso apo NAT einai unregistered`),
    nat(`ta Grandstream sta katastimata (ola piso apo 4G routers me NAT, transport TCP) xanoun to registration meta to reparse me to RST pou kanate. ta tilefona sto datacenter ok`),
    nat(`Apo to RST kai meta, ta softphones deixnoun "Registration failed", meta apo 1-2 lepta ksana registered, kai pali pesane. Ola piso apo MikroTik me NAT, SIP/TCP`),
    nat(`meta to tuning gia ta ports (RST on) exoume allo provlima: ta tilefona piso apo NAT einai offline. osa einai UDP douleuoun, ta TCP oxi`),
    nat(`kalimera, ta tilefona sto ypokatastima (home router, NAT, TCP) deixnoun "No Service" apo tote pou allaksate to SS_TCP_CLOSE_RESET. tipota allo den allakse`),
    nat(`o pelatis me ta Cisco se TCP piso apo NAT leei "phones keep losing registration" apo tin Deftera, tote pou kanate to RST close`),
    nat(`exoume thema me ta tilefona piso apo MikroTik. meta to close reset ston VOS to registration pefei. sto MikroTik vlepw ta TCP connections na menoun established enw o VOS ta exei kleisei`),
    nat(`Kalispera, apo xthes to apogeuma pou kanate enable to RST, oi pelates pou syndeontai me TCP apo piso apo NAT einai unregistered. Oi pelates me static public IP ok`),
    nat(`ta softphones twn agents (MicroSIP, TCP, oikiako internet) pesane meta to allagma sto RST. Den vlepoun to switch, deixnoun unregistered`),
    nat(`To monitoring deixnei 180 registered apo 420 meta to change sto close reset. Oloi oi xamenoi einai piso apo NAT routers me TCP transport`),
    nat(`Meta to "RST On" pou kanate gia to TIME_WAIT, ta tilefona piso apo ton router tou grafeiou xanoun to register kathe 5 lepta. Mporoume na to gyrisoume piso?`),
    nat(`den leitourgei tipota sto grafeio tis Larnakas, ola ta tilefona unregistered. einai piso apo NAT (MikroTik hEX), SIP TCP. to mono pou allakse einai to RST sto switch xthes`),
    nat(`kalimera, meta to upgrade tis Kyriakis pou evale SS_TCP_CLOSE_RESET=On, ta NATed extensions (TCP) den menoun registered. Ta trunks ok`),
    nat(`apo to close reset kai meta, o MikroTik tou pelati kratei palia TCP sessions kai ta tilefona den ksanakanoun register. Pws to lynoume?`),
    nat(`ta tilefona tou pelati (Fanvil, SIP over TCP, piso apo to router tou ISP me NAT) einai unregistered apo tis 10, tote pou kanate reparse me to RST`),
    nat(`exoume 12 grafeia me MikroTik kai ta tilefona se TCP. apo tote pou allakse to close mode se reset, ola ta grafeia anaferoun oti ta tilefona pesane`),
    nat(`meta to RST mode ta remote extensions piso apo NAT deixnoun unregistered sto VOS. ta local extensions (idio LAN me to switch) ok`),
    nat(`kalispera, o MikroTik deixnei ta TCP connections pros to 5060 "established" alla o VOS deixnei ta tilefona unregistered. arxise meta to SS_TCP_CLOSE_RESET On`),
    nat(`pesane ta tilefona stous pelates me NAT apo xthes. Mono auto allaksate: close reset On. TCP transport. Ti na pw ston pelati?`),
    nat(`Meta to RST, ta Yealink piso apo to office NAT kanoun register kai se 30 sec deixnoun "Registration failed", ksana kai ksana. Oxi ola, mono osa einai se TCP`),
    nat(`exoume thema me ta registrations: opou yparxei NAT kai TCP ta tilefona einai unregistered apo to RST kai meta. opou einai UDP ola kala`),
    nat(`kalimera, ekana reboot to MikroTik kai ta tilefona egine registered gia ligo, meta pesane pali. Ola auta apo tote pou energopoiisate to RST close ston VOS. SIP TCP`),
    nat(`o pelatis stin Kypro (home routers, ~25 softphones se TCP) leei oti apo tin allagi tou SS_TCP_CLOSE_RESET den kanoun register. Oi pelates se UDP den exoun thema`),
  ],
  firewallRst: [
    fw(`kalimera, apo tote pou energopoiisate to RST oi klisseis apotygxanoun. exoume Fortigate mprosta apo to switch kai sto log vlepw "packet dropped: tcp RST out of state"`),
    fw(`meta to SS_TCP_CLOSE_RESET On oi klisseis kolane. to pfSense leei "blocked, invalid state" gia ta RST pou stelnei o VOS`),
    fw(`iptables -L -v -n | grep INVALID
 4821  290K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
apo to RST kai meta oi klisseis kollane. auto einai?`),
    fw(`exoume thema: meta to RST mode oi klisseis menoun "hanging" kai meta kovontai. to ASA mas kanei drop ta RST san invalid`),
    fw(`kalispera, o Fortigate kovei ta TCP RST apo to softswitch ("reason: no session matched"). Arxise meta to close reset On. Oi klisseis den vgainoun`),
    fw(`RST on -> klisseis fail. to firewall (pfSense) kovei ta RST`),
    fw(`apo xthes pou allaksate to close reset, oi klisseis pros ton trunk apotygxanoun. sto conntrack vlepw ta RST na kovontai san INVALID`),
    fw(`meta to RST mode den leitourgei tipota pros tous carriers. To ASA log:
%ASA-6-106015: Deny TCP (no connection) from 10.10.1.5/5060 to 203.0.113.70/41822 flags RST
ti kanoume?`),
    fw(`oi klisseis meta to RST kolane sto "trying" kai meta apo 32 sec pefoun. to stateful firewall mas (Fortigate) deixnei drops gia RST packets`),
    fw(`kalimera, to pfSense mprosta apo to VOS deixnei polla "TCP:R" blocked sto firewall log apo tote pou valate SS_TCP_CLOSE_RESET=On. oi klisseis apotygxanoun`),
    fw(`SS_TCP_CLOSE_RESET="On" apo tin Tetarti, kai apo tin Tetarti exoume failed calls. To firewall (iptables me conntrack) kovei ta RST packets`),
    fw(`o Fortigate tou pelati kanei drop ta RST tou VOS kai oi klisseis tou kremontai. Ti proteinete, na gyrisoume to close reset piso i na allaksoume policy?`),
    fw(`meta to RST oi klisseis den kleinoun swsta, menoun anoixtes kai o carrier tis xrewnei. to tcpdump deixnei RST na fevgei apo to VOS alla den ftanei sto allo akro, to firewall to trwei`),
    fw(`exoume thema apo tin allagi sto close reset: oi nees klisseis pefoun. sto pfSense "match, block, in, TCP:R" gia to 5060, to state table den exei session`),
    fw(`kalispera, to Sophos firewall dropparei ta reset packets apo to softswitch san "invalid packet" apo xthes pou anoiksate to RST. oi pelates paraponiountai gia failed calls`),
    fw(`Den vgainoun klisseis meta tin energopoiisi RST. Valame log sto iptables:
IN=eth0 OUT= SRC=10.0.0.5 DST=10.0.0.9 PROTO=TCP SPT=5060 DPT=39012 RST
kai pigainei sto DROP (ctstate INVALID)`),
    fw(`Meta to enable tou RST o Fortigate mas gemizei logs me "invalid tcp flags RST, dropped". oi klisseis pou pernane apo ekei kolane`),
    fw(`apo to RST close kai meta, oi klisseis pou pernane apo to ASA failaroun. oi klisseis apo to LAN (xwris firewall) ok. to ASA leei deny RST no connection`),
    fw(`pesane oi klisseis meta to reparse me to close reset On. exoume stateful pfSense mprosta kai ta RST kovontai. kanw rollback?`),
    fw(`kalimera, apo xthes meta to SS_TCP_CLOSE_RESET oi klisseis pros Kypro apotygxanoun. To Juniper SRX mprosta apo to switch kanei drop ta RST ws out of state`),
    fw(`ta calls kolane meta to RST. to conntrack -S deixnei invalid=48211 kai anevainei synexeia. sto iptables exoume "-m state --state INVALID -j DROP"`),
    fw(`meta tin allagi sto close mode (reset) exoume failed calls kai to firewall log gemizei me dropped RST. Fortigate 100F`),
    fw(`exoume thema me ton pelati pou exei pfSense: meta to RST mode oi klisseis tou den kleinoun kai meta den anoigoun nees. Sta logs tou pfSense "state mismatch" gia ta RST`),
    fw(`kalispera, apo tote pou valate RST sto softswitch, oi klisseis mesa apo to Check Point apotygxanoun. To Check Point kanei drop "TCP packet out of state" me flags RST`),
    fw(`Den douleuei tipota apo to prwi, failed calls pantou. Mono allagi: SS_TCP_CLOSE_RESET=On. To stateful firewall mprosta kovei ta RST, to eida sto tcpdump apo tis dyo meries`),
    fw(`oi klisseis kremontai meta to RST mode, to iptables conntrack dropparei ta RST san out of state. ti kanoume?`),
    fw(`kalimera, exoume thema meta to close reset: klisseis fail, kai sto Fortigate traffic log vlepw "tcp-rst out of session, dropped" gia TCP RST apo to 10.1.0.10:5060`),
    fw(`ta calls failaroun meta to RST. Gia dokimi valame sto firewall "allow invalid" kai ola douleuan. Ara to firewall kovei ta RST. Ti rythmisi proteinete monima?`),
    fw(`exoume pfSense kai meta to RST On den vgainoun oi klisseis. Vlepw sta logs block gia TCP:RA packets apo to switch`),
    fw(`kalispera, ston pelati me to ASA oi klisseis apotygxanoun apo tote pou allaksate to close reset. TCP state bypass den exoun kai ta RST kovontai`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning79Set: readonly EvalItem[] = Object.values(tuning79Families).flat();
