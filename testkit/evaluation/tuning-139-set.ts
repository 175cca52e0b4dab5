import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, resellers and call-centre technicians in Niamey, Dosso, Maradi and Tillabéri writing Zarma mixed
 * with French and Hausa; NOC staff and resellers in Maiduguri, Damaturu, Monguno and on the Chadian side of the
 * lake (Bol, N'Djamena) writing Kanuri with Hausa, Chadian French and the odd Arabic-script salam; technicians
 * in Makurdi, Gboko and Otukpo writing Tiv with Nigerian Pidgin; call-centre staff and resellers in Uyo, Calabar,
 * Eket and Ikot Ekpene writing Efik and Ibibio with Pidgin and English. They type in Latin script as on
 * WhatsApp, mostly without tone marks, with a stray ə, ọ or ẹ, count in zambar, dəbu, udubu or tọsịn, and paste
 * ss/netstat/sysctl output, iptables counters, FortiGate, ASA and pfSense log lines and Tomcat, nginx or MySQL errors.
 *
 * The hundred-and-thirty-ninth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the hundred-and-thirty-ninth never-tuned set, before the fifty-fourth round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured
 * as such before and after the fifty-fourth, fifty-fifth and fifty-sixth rounds and the changes after them, then
 * made tuning material for the fifty-seventh: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 90.0 %, negatives confident 8.9 %, confident wrong 0 % with the
 * rules of the fifty-third round and the changes after it, before the fifty-fourth.
 * After the fifty-fourth round: the same.
 * After the changes that followed it (RST named beside "off", and more of the other causes, in a message read
 * little): the same.
 * After the fifty-fifth round: the same.
 * After the fifty-sixth round: the same.
 */
export const tuning139Families = {
  oneListeningPort: [
    no(`Fofo, mate ni go? Ir VOS3000 web manager si ka fun za ay na server restart bi cin. catalina.out ra a ga ne: "SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"] java.net.BindException: Address already in use <null>:8080". Ay ga tammahã kaŋ httpd kaŋ boro fo na install bi no ga 8080 di. Tomcat hinne no, softswitch ga goy bori, calls ga dira.`),
    no(`Wushe wushe. Nginx reseller portal adə start diba tun safe. systemctl status: "nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)". Wu nowəmba, kam fal apache install dizə jiya, shi port 80 kamewo? Softswitch ngala, calls lejin, portal kadai. Apache in kashe ko in canza port?`),
    no(`M sugh u oga. MySQL u billing server la a ngu start ga hegen. /var/log/mysqld.log kaa ér "[ERROR] Can't start server: Bind on TCP/IP port: Address already in use" man "[ERROR] Do you already have another mysqld server running on port: 3306 ?". Yange m er yum update tugh mbu, m nenge ér mysqld ahar ngu run. Er nan m kill mom?`),
    no(`Emesiere. Ami ndi developer ke Uyo, nnam dashboard ke laptop mi man CDR. Idahaemi node app ọdọhọ "Error: listen EADDRINUSE: address already in use :::3000". Enye edi laptop mi kpọt, idịghe server. Nso ke nnam?`),
    no(`Bonsoir. Ir na Asterisk install VOS server bumbo boŋ ka IVR test. Asterisk ga ne: "WARNING res_pjsip_transport: Unable to bind UDP socket to 0.0.0.0:5060: Address already in use". Ay ga bay kaŋ mbx3000 no ga 5060 di. Ay ga ba Asterisk ma 5070 ta — man no ay ga barmay pjsip.conf ra?`),
    no(`Salam. Loktu docker run diskə homer (SIP capture) ro: "docker: Error response from daemon: driver failed programming external connectivity on endpoint homer-webapp: Bind for 0.0.0.0:9080 failed: port is already allocated." docker ps -a diskə, old homer container shi run ye. Remove kuma run again ngala?`),
    no(`Msugh. M gema sshd port 2222 sha VOS server, hegen a ngu start ga: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." "fatal: Cannot bind any address." Shin ka program ugen a kôr 2222? SSH 22 kpa ngu tom, ka 2222 tseegh.`),
    no(`Abadie mbọk. Redis ke server call-centre ọdọhọ "Could not create server TCP listening socket *:6379: bind: Address already in use" ke ini nnyin ikpọn̄ restart enye. Redis kiet ama odu ke run? Calls ẹnam utom, dashboard kpọt ifọnke.`),
    no(`Fofo. Node_exporter ay na install VOS server boŋ Prometheus se, amma service si tun: "listen tcp :9100: bind: address already in use". netstat -lntp | grep 9100 ga cebe kaŋ node_exporter jina (tar.gz) go ga goy hala sohõ. Afo no ay ga kaa?`),
    no(`Wushe. Spring Boot reseller app andi port 8081 ro start ba: "Web server failed to start. Port 8081 was already in use. Action: Identify and stop the process that's listening on port 8081". Kam fal Jenkins install diza port 8081 ro. Jenkins port gəmin ko app-a? Wu advice rakkə.`),
    no(`Oga m sugh u. httpd sha web portal a gba: "(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443" man "no listening sockets available, shutting down". M er install nginx kpa sha server la sha ci u SSL. Ahar cii ve soo 443. Mo m soo apache tseegh.`),
    no(`Mesiere. Zabbix agent ke VOS server inamke utom: "cannot start agent: listener failed: bind() for [[-]:10050] failed: [98] Address already in use". Ami nkere ke zabbix_agentd ama odu ndien mmọ ẹma ẹsịn zabbix-agent2 ke enyọn̄. Nte ndinam enye?`),
    no(`Fofo. Ay na Flask app kayna te ka recordings cebe. Waati kaŋ ay na Ctrl+Z te ka a tunandi koyne a ga ne "OSError: [Errno 98] Address already in use" port 5000 se. Python process jina ga goy hala sohõ. Kill te hinne no?`),
    no(`Salam aleykoum, ici Bol. FreeSWITCH andi VOS server fal ro install diskə (test), mod_sofia shi start ba: "Error Creating SIP UA for profile: internal" ... "Failed to bind to 0.0.0.0:5060". VOS mbx3000 5060 kamewo, wu nowəmba. FreeSWITCH port 5080 ro gəmin?`),
    no(`Ka nyi? Web portal u VOS3000 a ngu due ga. Yange m er ./startup.sh kwa ahar sha ci u m nenge ér a ngu lu ga, hegen catalina.out kaa ér "java.net.BindException: Address already in use (Bind failed)" ... "Failed to start connector [Connector[HTTP/1.1-8080]]". Tomcat ahar ve ngu. Softswitch yô ngu tom doo.`),
    no(`Sosongo ke ibọrọ mbubreyo. Postgres ke report server edi ntre: "LOG: could not bind IPv4 address "0.0.0.0": Address already in use" "HINT: Is another postmaster already running on port 5432? If not, wait a few seconds and retry." Ami nkere ke docker postgres ama ada 5432. Ndien nso?`),
    no(`Bonjour. Agent fo kaŋ call centre ra, a PC boŋ Zoiper ga ne "Port 5060 already in use, using random port" — MicroSIP mo go feeri. Afo hinne ma goy. Man no ay ga MicroSIP kaa Windows startup ra?`),
    no(`Wushe. Grafana monitoring andi systemctl restart grafana-server diskə, log: "Failed to start Grafana ... listen tcp 0.0.0.0:3000: bind: address already in use". Node app kam fal 3000 ro diza. grafana.ini ro http_port gəmin yaya?`),
    no(`Msugh u. Node-RED u m eren automation sha SMS alert la, a ngu hide start ga: "Error: port in use" ... "listen EADDRINUSE: address already in use 0.0.0.0:1880". M kpa m kase pm2 man systemd, ahar cii ve ngu start un. Ka nahan shin?`),
    no(`Abadie. Pi-hole ke office Eket ọdọhọ "dnsmasq: failed to create listening socket for port 53: Address already in use". Mmọ ẹdọhọ systemd-resolved odu ke 53. Enye idịghe VOS, edi DNS ke office kpọt. Mbọk nte nnam disable resolved?`),
    no(`Fofo. CDR export se ir ga vsftpd goy. Hunkuna a si tun: "500 OOPS: could not bind listening IPv4 socket". Ay na xinetd mo install doŋ, a go ga 21 di. Ifo no ay ga te?`),
    no(`Wushe ngala? Webmin andi port 10000 restart ba: "Failed to bind to port 10000: Address already in use". ps aux diskə, miniserv.pl indi ye. Fal kill diskə ngala?`),
    no(`M sugh u. docker-compose up a ngu gba sha mysql service: "Error starting userland proxy: listen tcp4 0.0.0.0:3306: bind: address already in use". Sha ci u mysql u host kpa ngu lu sha 3306. M soo ér m gema compose u a hingir 3307:3306. Shin ka doo?`),
    no(`Mesiere. Java app nnyin ẹnam CDR parser ke VOS server ọdọhọ "java.net.BindException: Address already in use (Bind failed) at java.net.PlainSocketImpl.socketBind" ke new ServerSocket(9099). App kiet kpọt edi, enye odu ke listen port 9099 ndien old instance ama odu. Kill enye idahaemi?`),
    no(`Ni kaani bani. OpenVPN kaŋ remote office se si tun: "TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use (errno=98)". server.conf hinka no go ga 1194 di, boro fo na copy te. Afo kaa, wala port barmay?`),
    no(`Wushe. HAProxy andi SIP TLS frontend ro start ba: "Starting frontend sip_tls: cannot bind socket [0.0.0.0:5061]". Stunnel fal 5061 ro diza ye. Stunnel kashe diskə ko haproxy port gəmin?`),
    no(`Aondo a wase se. Cockpit u sha server la a ngu lu ga: "cockpit.socket: Failed to listen on Cockpit Web Service Socket ... Address already in use" sha 9090. Kwagh ugen ngu kôr 9090 — m nenge ér ka prometheus. Ka port mom tseegh.`),
  ],
  otherRegistrationCause: [
    no(`Fofo. Reseller Moussa na phone borey password barmay VOS Phone management ra bi, amma a mana i barmay telefonney ra. Sohõ Yealink kulu ga "401 Unauthorized" te, i si hin ka register. Ir ga UDP goy. Mate ir ga password taagey daŋ provisioning ra?`),
    no(`Wushe wushe. ISP andi (Airtel) public IP gəmə jiya da dare, 41.x.x.10 daga 41.x.x.77. Phones 140 kəla old IP ro register diyin, shi ngala ba. Phones kəla unregistered. SIP server kalkal phones ro canza yaya, provisioning ba?`),
    no(`Msugh. Domain wase sip.benuetel.ng la kure sha March 3 (expired), DNS ngu resolve ga. Phones cii ve ngu unregistered sha ci u ve ngu zua a IP ga. M pay renewal hegen, shin ka hwa ahar? Kwagh ne ka domain tseegh.`),
    no(`Amesiere. Accounts call-centre ke Uyo ẹkure ke month end: VOS ọdọhọ "403 Forbidden - account expired" ke REGISTER. Phones 42 kpukpru ẹma ẹkpọn̄ unregistered ke 00:00 ke 1st. Enye edi expiry date ke VOS account, nnyin ikpọn̄ẹke renew.`),
    no(`Bonjour, Dosso. NIGELEC coupure za susubay 6h, onduleur mana tun, PoE switch kaŋ ga telefonney no courant bu. Telefon 18 kulu si register. Courant kaa 14h, amma switch si tun koyne. Ir ma switch barmay wala?`),
    no(`السلام عليكم. Fibre N'Djamena Sabangali ro cut, internet ba tun 9h. Phones andi kulu unregistered, SIP UDP. ISP ro telephone diskə, shima ladan bəlin ngala dizə. Server ro ago ba, ngala. Information kadai.`),
    no(`M sugh u. Se gema office hen Gboko road, router u he, IP range he 192.168.8.x. Phones cii yange ve ngu static IP 192.168.1.x — hegen ve ngu register ga. Ka UDP tseegh se ngu eren tom a mi. Shin m er DHCP?`),
    no(`Mesiere oga. Auto-provisioning file ke Grandstream ọdọhọ server port 5080, idịghe 5060 — typo ke template emi nnyin ikenamde mfin. Phones 60 ẹkpọn̄ unregistered. Nte nnam push config obufa ke kpukpru?`),
    no(`VOS3000 client ga ne "License expired, please contact vendor" hunkuna susubay 7h. Za waati woodin telefonney kulu nda gateways si register. Vendor no ay ga ce? Ir ga ba license taaga.`),
    no(`Wushe. Reception telephone fal unregistered tun jiya. Cable duba diskə — bera cable ci. Cable gəmə diskə, shi ngala yanzu. Information kadai.`),
    no(`Msugh. Or mom sha call centre la a gema password u sip account na sha web, kpa a nger u he ken phone ga. Hegen phone la ngu kaa "Registration failed: 401 Unauthorized". Ka phone mom tseegh, ahar cii ngu doo.`),
    no(`Abadie. Yealink T46 iba ẹma ẹnam firmware upgrade mbubreyo, ndien kpukpru settings ẹfep — factory reset. SIP account idụhe aba, enye edi ntak phones emi ẹkpọn̄ unregistered. Anie enyene config backup?`),
    no(`Fofo. Ir na ISP barmay ka kaa Zamani 4G router se. Ir ga SIP UDP hinne goy, TCP kulu si no. Za router taaga, telefonney si register — "408 Request Timeout". Ay ga tammahã ISP no ga VoIP block. Mate ir ga bay?`),
    no(`Wushe. Kam fal NOC ro provisioning script ro phones 35 delete diza VOS ro. Backup ba. Phones "404 Not Found" ye. Yaya zamu sake shigar dasu daga CSV?`),
    no(`Aondo a wase se. Or ugen yange a tôô router u tsuaa a nyôr a mi ken switch u office, a ngu ne DHCP 10.0.0.x. Phones ugenegh ve zua a IP u la, ve ngu register ga. M due a router la. Shin ka nahan?`),
    no(`Mesiere. Account ke VOS enyene "Bind IP" 102.89.x.x — office IP ke Calabar. Mfin MTN ẹkpụhọ public IP, ndien REGISTER ọnọ "403 IP not allowed". Enye edi IP binding; nte ndinam account emi enam utom ke IP obufa?`),
    no(`Bonsoir. Provisioning se ay na domain hantum "sip.niametel.ne" — a ga hima "sip.niamtel.ne", harfu fo bisa. Telefon 22 kulu ga 404 te. Ay taali no. Mate ay ga file barmay ka i ma zumandi koyne?`),
    no(`Wushe. Wholesale provider andi account suspend diza (invoice late). REGISTER "403 Account suspended" ye. Payment bəlin lejin. Server ro ago ba, wu nowin.`),
    no(`M sugh u oga. Se ngu eren tom a SIP TLS sha 5061. Certificate u Let's Encrypt kure ayange ahar, hegen phones ngu kaa "TLS handshake failed: certificate expired" ve ngu register ga. Certbot renew ngu eren ga sha ci u port 80 ngu open ga. Ka nyi m er?`),
    no(`Mesiere. Contractor ama osio voice VLAN 20 ke switch call-centre ke Uyo, ndien phones ẹdụk VLAN 1, ẹbọ IP ke data DHCP. Mmọ ẹkpọn̄ unregistered. Nnyin iyom ndifiak nsịn VLAN 20.`),
    no(`Fofo. Ay na VOS softswitch restart te 18h. Telefonney jara ga register sohõ, jara si register hala expiry 3600 ma ban. Mate ay ga expires kayna te provisioning ra?`),
    no(`Wushe. Disk server VOS andi 100% full (/var/log), MySQL crash diza, VOS authentication shi ciwoba. Phones kulu unregistered 3 hours. Log delete diskə, mysql start diskə, phones register lejin. Don Allah ka duba ko akwai abinda muka rasa.`),
    no(`Msugh. Account mom (2001) se kar ken phones atar, hegen ka phone mom tseegh ngu register, ahar ngu unregistered. VOS ngu kaa "max registrations 1". Shin m gema la ken account la?`),
    no(`Abadie. MTN business bundle ke office Eket ama okure mbubreyo, internet idụhe, ndien kpukpru phones ẹkpọn̄ unregistered. Enye edi subscription kpọt. Mma nkpe idahaemi.`),
    no(`Bonjour. Wifi password ay na barmay bi, Wi-Fi phones 8 kaŋ call centre ra mana furo koyne, ngey se i si register. I ga UDP goy. Tilas ay ma afo kulu te nda kambe?`),
    no(`Wushe ngala? ISP andi DNS server gəmə, phones andi hostname sip.maidugurinet.com ro register diyin, DNS resolve ba. 8.8.8.8 phone fal ro diskə, shi ngala. Andi kulu ro DHCP option gəmin rakkə.`),
    no(`M sugh u. Se sôr phones he ataan, ahar ve ngu register doo, atar ngu "403". M nenge ér ken username la, space ngu ken mkur — copy-paste mbu Excel. Ka nahan tseegh?`),
  ],
  smallFigures: [
    no(`Fofo, ni kaani bani? Cin 2h ss -s se ay na di "TCP: 418 (estab 96, closed 301, orphaned 0, timewait 297)". Server ga CPS 4 hinne goy waati woodin. Timewait 297 ga hima wala? Cin kulu yaadin no.`),
    no(`Wushe. Wu student Unimaid ro, networking course. TIME_WAIT ndafi? Kam fal "socket state bayan close" dizə. Wu fahimta kalkal rakkə: shi client ro ko server ro dəkə?`),
    no(`Msugh. Server u se ka CentOS 6, ss ngu ga. Er nan m count TIME_WAIT a netstat? M er "netstat -ant | grep TIME_WAIT | wc -l" a kaa 143. Shin nahan doo?`),
    no(`Mesiere. Interview mi ke telecom company ke Calabar ke Friday: mmọ ẹbụp "difference between TIME_WAIT and CLOSE_WAIT". Mbọk nam mi nte ndibọrọ ke ikọ ifan.`),
    no(`Fofo. Ir ga exam te suba, sandi ga ne "net.ipv4.tcp_tw_reuse = 1, ifo no a ga te?" Ay si bay a kalkal. Ni ga hin ka a fasara?`),
    no(`Wushe wushe. Wata jiya (last month) port exhaustion andi dizə Sallah night, "Cannot assign requested address" log ro. Engineer fix diza, tw_reuse nda port range. Yanzu TIME_WAIT 150 kadai, ngala. Management report rakkə — root cause bayani kadan don Allah.`),
    no(`Health check sha 10am: netstat -an | grep TIME_WAIT | wc -l = 87, CPS ngu 6. Kwagh ngu vihin ga, m soo ér m nger ken daily report tseegh.`),
    no(`Abadie. cat /proc/sys/net/ipv4/ip_local_port_range ọdọhọ "32768 60999". Enye edi default? Ami mbụp kpọt — problem idụhe, server eti.`),
    no(`Salam. Ramadan cin iftar waati, doŋ, TIME_WAIT kaa zambar waytaaci, "Cannot assign requested address" mo, amma Ibrahim na a hanse. Hala sohõ a ga 600 hinne. Documentation se ay ga ba ay ma hantum ifo no a na te.`),
    no(`Monthly health check, server Damaturu: ss -s -> "TCP: 1320 (estab 88, closed 1204, orphaned 0, timewait 1204/0)". CPS 80 peak ro. Shi ngala ko? Error ba.`),
    no(`Msugh u. Shin SS_TCP_CLOSE_RESET ka nyi? M nenge ken softswitch.conf, a ngu Off. M soo ér m fa kwagh u a ngu eren tseegh, kwagh ngu vihin ga.`),
    no(`Mesiere. Ami nnam training slides ke mme NOC staff obufa: Linux enyene ephemeral ports ifan ke default? 28232? Sosongo.`),
    no(`Fofo. Zabbix graph ga cebe TIME_WAIT ga kaa 900 cin 20h kulu, CPS 30 hinne. Error kulu si no, calls ga dira bori. Ir ma humburu?`),
    no(`Wushe. Interview question: "Why does the side that closes first keep TIME_WAIT, not the other side?" Wu answer nowəmba kalkal. Bayani kadan?`),
    no(`Msugh. Ken class se: 2MSL ka nyi, shin ka second 60 sha Linux? Teacher kaa ér ka 120. Se soo mimi.`),
    no(`Abadie. VOS obufa ke lab — phones ition kpọt ẹregister. ss -tan state time-wait ọdọhọ 12. Enye edi normal? Nnyin idaha go-live ke Monday.`),
    no(`Fofo. Server hinka no go: Niamey-1 ga timewait 250 cebe, Niamey-2 ga 480 cebe. Traffic kayna no i hinka kulu se. Ifo se no i si sanda? Hasaraw kulu si no, ay ga ba ay ma bay hinne.`),
    no(`Wushe. Wu faadə: TIME_WAIT ngəwo shi "Cannot assign requested address" dəkə ko? Knowledge kadai — server andi ngala, ago ba.`),
    no(`M sugh u. Sha Dec 2023 yange se kpe outage u errno 99, se sôr a sysctl. Hegen auditor soo ér m pase kwagh u yange se er. Kwagh ngu ga hegen, ka report tseegh.`),
    no(`Mesiere. Project ke UniUyo: command emi abatde sockets ke state — "ss -tan | awk '{print $1}' | sort | uniq -c" enye eti? Lab VM kpọt.`),
    no(`Bonjour. Client fo ga hã: server ga 64GB RAM, CPS 15, timewait 1000 cebe. Error si no. A ga hima ir ma ifo barmay? Ay ga ne a sinda, amma ay ga ba ni ma a tabbatandi.`),
    no(`Wushe. Netstat pasted:
tcp 0 0 10.0.0.5:5060 197.210.x.x:48122 TIME_WAIT
tcp 0 0 10.0.0.5:5060 197.210.x.x:48130 TIME_WAIT
tcp 0 0 10.0.0.5:3306 127.0.0.1:51044 TIME_WAIT
... kəla 6. Adə ndafi ro? Fahimta rakkə kadai.`),
    no(`Msugh. Shin net.ipv4.tcp_fin_timeout ngu a TIME_WAIT kwagh? Sysctl ngu kaa 60. M nenge sha forum. Ka mpin tseegh.`),
    no(`Abadie. Management ẹyom report ke Christmas incident — TIME_WAIT ama ọkọn̄ tọsịn edip ndien calls ẹma ẹfep. Enye ama okure ke January; idahaemi server eti. Mbọk nọ mi summary ke ikọ ifan.`),
    no(`Fofo. Ay ga monitoring script hantum: alert ma kaa waati kaŋ TIME_WAIT ga bisa ifo? Sohõ a ga 350 hinne. Zambar iway wala zambar waranka ga hima?`),
    no(`Wushe. ss ro CLOSE_WAIT 3 kadai mysql connection ro. Adə ago ciwo? Wu faadə kadai.`),
    no(`Sha 00:30 ss -s kaa "TCP: 96 (estab 41, closed 38, orphaned 0, timewait 31)". Ka doo shin? Tugh ngu tseegh, ior ngu yilan ga.`),
  ],
  firewallNoRst: [
    no(`Fofo. VOS taaga ay na install Niamey, FortiGate 100F go a jine. Policy se WAN ka kaa VOS 5060 TCP nda UDP, nda RTP 10000-20000 — mate ay ga te? VIP no wala?`),
    no(`Wushe. Carrier andi fal IP 196.x.x.44 SIP trunk rakkə. iptables ro whitelist yaya? "iptables -I INPUT -s 196.x.x.44 -p udp --dport 5060 -j ACCEPT" ngala?`),
    no(`Msugh. fail2ban yange a ban IP u office se sha ci u or mom nger password vihin kwa kpishi. Hegen web portal ngu lu ga. Er nan m unban? "fail2ban-client status" kaa jail vos-web.`),
    no(`Abadie. Home router (TP-Link) ke ufọk agent kiet enyene SIP ALG — one-way audio. Ndidisable SIP ALG eti? Enye enam calls ke UDP.`),
    no(`Fofo. pfSense ra ir ga WAN rules, ir na "block any" daŋ beene, "allow RTP 10000-20000" ga banda — RTP si furo. Rule order no ir ga barmay?`),
    no(`Salam. SIP scanners (friendly-scanner, sipvicious) ngəwo. FortiGate ro geo-blocking rakkə: Nigeria, Chad, Niger, Cameroon kadai allow, kəla deny. Address group yaya?`),
    no(`M sugh u. iptables -L -n -v kaa:
Chain INPUT (policy ACCEPT)
 pkts bytes target prot opt in out source destination
 48211 3.1M DROP udp -- * * 0.0.0.0/0 0.0.0.0/0 udp dpt:5060 match-set scanners src
Ka doo shin? Counter ngu kpishi, scanners ve ngu kera.`),
    no(`Mesiere. Cisco ASA ke Calabar: nnyin iyom ndiberede RTP UDP 10000-20000 ke VOS 10.20.0.5. access-list emi eti? "access-list OUTSIDE_IN extended permit udp any host 10.20.0.5 range 10000 20000".`),
    no(`Fofo. MikroTik ra ay ga ba dst-nat te 5060 ka kaa VOS 192.168.88.10 se. "/ip firewall nat add chain=dstnat dst-port=5060 protocol=udp action=dst-nat to-addresses=192.168.88.10" a ga wasa?`),
    no(`Wushe. N'Djamena office ro web portal 80/443 office IP kadai ro rakkə. FortiGate policy ro source address gəmin ngala?`),
    no(`Msugh. Ior ngu gem password sha VOS web login kpishi (brute force). M soo m er fail2ban jail. Filter regex u Tomcat access log ngu nena?`),
    no(`Abadie. FortiGate: "config system session-helper" — nnyin isio sip helper? Mme owo ẹdọhọ ALG anam one-way audio. Calls ẹnam utom, edi audio ifọnke.`),
    no(`Fofo. CentOS 7, ay na iptables rules hantum amma reboot banda i kulu daray. firewalld no ga i tuusu? iptables-services no ay ga install?`),
    no(`Wushe. pfSense outbound NAT: SIP trunk carrier static port rakkə. Hybrid rule diskə, shi ngala? Calls ngala, wu confirm rakkə kadai.`),
    no(`M sugh u. Carrier he la ngu tindi calls a se ga. ASA log ngu kaa: "%ASA-4-106023: Deny tcp src outside:41.x.x.9/51122 dst inside:10.1.1.5/5060 by access-group "OUTSIDE_IN"". Ka access-list se ngu a IP u he ga. Er nan m nger?`),
    no(`Mesiere. MikroTik obufa: default firewall enyene "accept established,related" ke enyọn̄ ndien "drop invalid" ke idak. Nnyin ikere rule VOS ke iyịp ke ọmọ? VOS inyeneke problem, nnyin isetup kpọt.`),
    no(`Bonjour. Carrier ga ne ir ma ir public IP no i se i ma whitelist i firewall boŋ. Ay si bay ir IP taaga — curl ifconfig.me ga ne 41.138.x.x. Woodin no?`),
    no(`Wushe. Fraud calls (IRSF) IP fal 185.x.x.x daga. iptables ro block diskə: "iptables -A INPUT -s 185.x.x.0/24 -j DROP" — ngala? Ko -I rakkə?`),
    no(`Msugh. firewalld rich rule sha 5060 sha subnet 10.5.0.0/16 tseegh: m er nena? Zone public.`),
    no(`Mesiere. Web portal ke VOS ẹma ẹsịn ke Cloudflare. Nnyin iyom ndi-block login ke mme country ẹdude ke edem Nigeria. WAF rule nso?`),
    no(`Fofo. Call centre taaga kaŋ ir na feeri Maradi, VLAN 30. FortiGate ra policy VLAN30 → WAN internet se, nda VLAN30 → VOS. Ay ga ba ni ma rules cebe.`),
    no(`Wushe. SIP REGISTER flood 2000/s IP kəla daga. iptables hashlimit ro rate limit yaya? Server ngala, CPU kadan high.`),
    no(`M sugh u. Yange m upgrade pfSense 2.7, hegen rules ugenegh ngu ga? M ngu a backup config.xml. Er nan m restore rules tseegh?`),
    no(`Abadie. Windows firewall ke PC agent ọbiọn̄ MicroSIP — "Windows Defender Firewall has blocked some features". Nte ndiallow app ke kpukpru PC ke GPO?`),
    no(`Fofo. Ubuntu kaŋ reseller portal ga goy a boŋ, ufw ra 8443 ay ga ba ay ma feeri. "ufw allow 8443/tcp" a ga wasa?`),
    no(`Wushe. ASA packet-tracer ro test rakkə: carrier 102.x.x.x daga 5060 UDP inside VOS ro allow ko? Command kalkal ganaye.`),
    no(`Aondo a wase se. M soo ér SSH sha VOS ngu open sha VPN tseegh. iptables: allow 22 from 10.8.0.0/24, drop 22 from ior cii. Ka nahan doo?`),
  ],
  negationContext: [
    no(`Fofo. Ir telefonney kulu ga SIP UDP hinne goy, TCP kulu si no — yaadin se RST ifo si a ga te ir se. I unregistered NIGELEC coupure se no; courant kaa, i kulu ye ka register. Sohõ kulu ga goy.`),
    no(`Wushe. Firewall admin andi tambaya: RST allow ko? SS_TCP_CLOSE_RESET softswitch.conf ro "Off" — andi On diskəba, abada. Calls ngala. Firewall ro ago gəmin rakkəba.`),
    no(`Ka m nger kwagh vihin sha message u hiihii la — ka TIME_WAIT 4000, ka 40000 ga. Error ngu ga, calls ngu tom doo. Ignore.`),
    no(`Mesiere. Mbubreyo calls ẹma ẹfep, nnyin ikere ke FortiGate ọbiọn̄ RST. Edi carrier ọdọhọ SBC mmọ ama ọduọ (down) 2h. Idịghe firewall, idịghe RST. Mmọ ẹma ẹnen̄ede, kpukpru ẹnam utom idahaemi.`),
    no(`Boro kulu mana ifo barmay softswitch.conf ra — ay na log guna, SS_TCP_CLOSE_RESET ga "Off" hala jiiri. Telefonney unregistered ISP DNS se no. Ir na a hanse.`),
    no(`Wushe wushe. Jiya da dare peak loktu "Cannot assign requested address" ye, amma engineer Bukar tw_reuse nda port range diza 23h ro; yanzu kəla ngala. Information kadai, ago ba.`),
    no(`Msugh. Manager kaa ér m nger training document: sha ci u nyi RST mode ngu vihin NAT? Kwagh ngu vihin ga hegen, ka sha document tseegh.`),
    no(`Abadie. Nnyin inamke RST On — SS_TCP_CLOSE_RESET edi Off toto ke install. Phones ke MikroTik ẹkpọn̄ unregistered sia ISP ama esịn CGNAT; mmọ ẹdọhọ public IP idụhe aba.`),
    no(`Ifo kulu ma si goy server boŋ. Ay hã hinne no: FIN nda RST game ra, fayanka ifo no? Course se no.`),
    no(`Wushe. Firewall RST drop diyin ba — tcpdump diskə, RST kəla kuruwa. Calls fail "488 Not Acceptable Here" codec ro. G729 gəmə diskə, ngala.`),
    no(`M sugh u. Se hen ér se er SS_TCP_CLOSE_RESET On sha TIME_WAIT, kpa se er ga. TIME_WAIT ngu 2000 tseegh, kwagh ngu ga. Mpin sha kwagh u hemen.`),
    no(`Mbọk kpọn̄ message mi ke enyọn̄ — nnọ ke group idịghe emi. Port exhaustion oro odu ke server company efen, idịghe nnyin.`),
    no(`Fofo. Bi ir na RST ye "Off" ka NAT telefonney kulu ye ka register. Sohõ ifo kulu si no ka te. Fofo.`),
    no(`Wushe. "Address already in use" wu fal ngəwo dizə — softswitch ba, Tomcat web portal. Old java kill diskə, shi ngala. Port exhaustion ba.`),
    no(`Phones se cii ngu UDP, TCP ngu ga. Kwagh u RST u u pase la ngu se ga. Kwagh wase ka one-way audio — m soo ér se time RTP.`),
    no(`Mesiere. Ke lab ke training, nnyin isịn RST On ke VM test man nnyin iwut students. Production idịghe; kpukpru server ẹnam utom eti. Ibọrọ kpọt.`),
    no(`Ay kollega ga ne firewall no ga RST drop — amma firewall kulu si no VOS nda carrier game ra, RST mo ga Off. Calls si dira zama balance ga 0 carrier boŋ. Ay na pay.`),
    no(`Wushe. Andi zaton port exhaustion — amma ss -s TIME_WAIT 300 kadai. Error shima disk full (/var 100%). Log delete diskə, ngala.`),
    no(`Hide kwagh u screenshot u m tindi la — ka u test VM u se yange se due la. Production ngu doo. De kwagh la.`),
    no(`NAT idụhe: phones ẹdu ke LAN kiet ye VOS, public IP direct. Mmọ ẹkpọn̄ unregistered sia switch ama akpa. Switch obufa ẹsịn, kpukpru ẹfiak ẹregister.`),
    no(`Engineer jina na RST ye "On" jiiri, amma NAT telefonney kulu ga goy, firewall mo bori, calls ga dira. Ir ga ba ir ma bay hinne: ir ma a naŋ yaadin wala? Hasaraw si no.`),
    no(`Wushe. FortiGate log wu pasted diskə: "action=accept" — deny ba. RST kəla passed. Thread close diskə, nagode.`),
    no(`Se ngu gema ken TCP sha uwer u hemen. Hegen kwagh ngu vihin ga, ka plan tseegh: shin se de SS_TCP_CLOSE_RESET Off?`),
    no(`Carrier SBC mmọ ọkọnọ RST ke mmọ ẹkpọn̄de sessions — enye edi ke ikpat mmọ, idịghe firewall nnyin. Mmọ ẹnen̄ede ke 14:00. Kpukpru eti idahaemi.`),
    no(`Ticket doŋ Mars wo — MikroTik nda RST — ir na a hanse. Archive te, ifo kulu si no.`),
    no(`Wushe. Adə NOC test message — bot test diskə. "TIME_WAIT", "RST", "firewall" words kadai. Ignore don Allah.`),
    no(`Phones se ngu unregistered, kpa or ngu tile SS_TCP_CLOSE_RESET ga — ngu Off er a lu sha install, ve ngu UDP. Ka outage u ISP, hegen ngu doo.`),
  ],
  portExhaustion: [
    pe(`Fofo, ni kaani bani? Cin 21h ka kaa 23h calls ga kaŋ — softswitch log ra "connect() failed: Cannot assign requested address (99)". ss -s: "TCP: 61204 (estab 1830, closed 59102, orphaned 12, timewait 58990/0)". TIME_WAIT zambar waygu nda yagga! Carrier TCP trunk se no. Hunkuna koyne a ga kaa. Ma ir gaa.`),
    pe(`Bonsoir. Mena waati (Niger match) ir CPS kaa 220, calls jara si dira. Softswitch log ra "EADDRNOTAVAIL" boobo. netstat -ant | grep TIME_WAIT | wc -l = 31877. ip_local_port_range ga "32768 60999" hinne. Sohõ mo a go ga te.`),
    pe(`Salam. Ir billing Java kaŋ ga VOS MySQL nda carrier API dii nda TCP ga ne "java.net.BindException: Cannot assign requested address: connect" 20h kulu, za ir na callback promo daŋ. TIME_WAIT ga kaa zambar waranza, calls mo ga kaŋ waati woodin. Mate ir ga te hunkuna cin?`),
    pe(`Niamey-2: errno 99 EADDRNOTAVAIL softswitch ra sohõ-sohõ, timewait 47000. Calls kulu si dira. Ma ir gaa.`),
    pe(`Fofo. Tabaski jine cin, trafic beeri. Softswitch ga "Address already in use" ne waati kaŋ a ga ba ka TCP connect te carrier 5060 do — manti listen, outgoing no. ss -tan state time-wait | wc -l = 40212. Port kulu ban, borey ga ce amma calls ga kaŋ.`),
    pe(`Bonjour chef. Depuis 19h les appels sortants tombent. Softswitch log: "socket bind failed: Cannot assign requested address". ss -s ga ne timewait 29544, sysctl net.ipv4.tcp_tw_reuse = 0, CPS 180. Tilas a ma hanse hunkuna cin, boro kulu ga kaa ka ir hã.`),
    pe(`Dosso gateways ga TCP goy VOS se. Zaari kulu peak waati (12h-14h) i ga "Cannot assign requested address" cebe, hunkuna mo. Ay na "netstat -n | grep -c TIME_WAIT" te sohõ: 27003. Waati kaŋ traffic ga zumbu a ga ye 2000. Ifo no ir ga te?`),
    pe(`Wushe wushe. Maiduguri server andi 8pm daga calls kəla failing. Log: "connect: Cannot assign requested address". ss -s -> timewait 52310. Dəbu 52! Kam kəla Sallah ro call diyin. Don Allah ku taimaka yanzu.`),
    pe(`Wushe. VOS adə peak loktu ro SIP TCP carrier ro new connection ba, errno 99 ngəwo. cat /proc/sys/net/ipv4/ip_local_port_range -> 32768 61000. TIME_WAIT dəbu 28 ye. Calls 40% fail yanzu.`),
    pe(`Salam, ici N'Djamena. Depuis 18h beaucoup de "BindException: Cannot assign requested address" dans le log du module billing, et les appels vers l'opérateur tombent. netstat TIME_WAIT: 33 mille. Le serveur est VOS3000 CentOS 6. Kalkal adə loktu fix rakkə.`),
    pe(`Wushe, Damaturu. TIME_WAIT 60k, EADDRNOTAVAIL, calls lejinba. Yanzu.`),
    pe(`Wushe ngala? MTN free bonus promo ro traffic kura. ss -tan state time-wait | awk '{print $4}' | sort | uniq -c | sort -rn | head:
  40112 10.0.0.5:5060
   3901 127.0.0.1:3306
Softswitch "Address already in use" outgoing TCP connect ro dəkə — listen ro ba. tw_reuse 0. Adə dare kəla.`),
    pe(`Bol, lac Tchad. Ce soir à partir de 20h les clients ngəwo appel diyinba. VOS log: "connect to billing 127.0.0.1:3306 failed: Cannot assign requested address" + ss -s "timewait 38114/0". Hier même chose. Wu nowəmba ndafi dəkə.`),
    pe(`Wushe. NOC Maiduguri. Graph TIME_WAIT 19:00 ro 3k, 20:30 ro 41k. Adə loktu calls fail, "errno 99" softswitch log ro. CPS 260. Sysctl default ye. Nyi fix diyin?`),
    pe(`M sugh u oga. Tugh ne sha 8pm calls ngu gba kpishi. Log kaa ér "Cannot assign requested address". M er ss -s a kaa "timewait 36702/0". Udubu 36! Ka carrier u TCP la. Aondo a wase se, ior ngu vihin ishima.`),
    pe(`Msugh. Gboko server ngu kaa EADDRNOTAVAIL sha outbound SIP TCP. netstat -ant | awk '{print $6}' | sort | uniq -c kaa:
  48122 TIME_WAIT
   1420 ESTABLISHED
     12 LISTEN
Calls ngu gba hegen hegen.`),
    pe(`Oga, VOS u se ngu eren tom doo sha ayange, kpa sha 7pm-11pm "java.net.BindException: Cannot assign requested address" ngu due ken callback app, man softswitch kpa ngu kaa "Address already in use" sha connect u carrier. TIME_WAIT kpishi — 39k. Hegen kpa ngu.`),
    pe(`Errno 99 hegen, TIME_WAIT udubu 50, ior ngu yilan ga. Sôr se!`),
    pe(`M sugh u. Sha ci u Christmas promo, CPS hingir 300. ip_local_port_range = 32768 60999, tcp_tw_reuse = 0. ss -s: "TCP: 30880 (estab 2012, closed 28700, timewait 28644/0)". Calls mba outgoing ngu gba a "cannot bind local port". Ka hegen ne.`),
    pe(`Msugh, Makurdi NOC. "Cannot assign requested address" ngu hide sha tugh cii sha 9pm — calls ngu gba sha 9pm-10pm ayange ataan nahan. Tugh ne kpa a hide: TIME_WAIT 42k, hegen ne.`),
    pe(`M sugh u. Carrier kaa ér se tindi INVITE sha TCP ga, ve nenge SYN ga. Sha server se, softswitch ngu kaa "connect() to 41.x.x.x:5060 failed (99: Cannot assign requested address)". ss ngu kaa timewait 55k. Ka hegen.`),
    pe(`Abadie oga. Mbubreyo mfin ke 7pm, calls ke Uyo ẹfep: softswitch log ọdọhọ "Cannot assign requested address". ss -s: timewait 44019. Tọsịn aba ye inan! Kpukpru owo ẹbọ "call failed". Mbọk nam ngwa ngwa.`),
    pe(`Mesiere. Calabar server ọdọhọ EADDRNOTAVAIL ke outgoing SIP TCP ke peak (12pm-2pm). netstat -an | grep TIME_WAIT | wc -l → 31402. sysctl tcp_tw_reuse = 0. Idahaemi calls iba ke ita ẹfep.`),
    pe(`Abadie. Enye ọtọn̄ọ ke 8pm: "java.net.BindException: Cannot assign requested address: connect" ke CDR pusher, ndien softswitch ke ikpọn̄ ọnọ "errno 99". TIME_WAIT tọsịn edip ye duop (30k). CPS 240. Enye odu idahaemi.`),
    pe(`Eket server: TIME_WAIT 58k, errno 99, calls ẹfep. Mbọk!`),
    pe(`Mesiere. Ami ndi reseller ke Ikot Ekpene. Mfin Friday night, outgoing calls ẹfep ye "Address already in use" ke TCP connect — idịghe listen port. ss -tan state time-wait | wc -l = 37650. Enye ọsọk ke kpukpru Friday, ndien odu idahaemi.`),
    pe(`Amesiere. Call centre ke Uyo ọnam campaign (dialer) ke CPS 300; ke 10am VOS ọtọn̄ọ ndinam "Cannot assign requested address". ss -s: "timewait 49211/0". ip_local_port_range 32768 60999. Dialer ọkpọn̄ calls ifan. Nam ngwa.`),
    pe(`Abadie. Xmas eve ke Calabar: TCP sockets ke TIME_WAIT ẹsịm tọsịn aba ye duop (50k). Ke outbound INVITE, softswitch ọdọhọ EADDRNOTAVAIL. Calls ẹfep idahaemi.`),
    pe(`Mesiere. Ami ndi NOC. Idahaemi 21:10: "bind(): Cannot assign requested address" odu ke softswitch.log, kpukpru ke TCP trunk ke MTN. netstat TIME_WAIT 46000+. Ke 20:00 enye ekedi 5000.`),
    pe(`Amesiere. Uyo server: app nnyin akotde VOS web API ebe nginx ọdọhọ "connect() failed (99: Cannot assign requested address) while connecting to upstream", ndien softswitch kpa ọnọ errno 99 ke carrier. ss ọdọhọ TIME_WAIT 45k, ata ediwak ke 127.0.0.1:8080. Tọn̄ọ 6pm, odu idahaemi.`),
  ],
  natUnregistered: [
    nat(`Fofo. Bi Ibrahim na SS_TCP_CLOSE_RESET ye "On" TIME_WAIT se. Za waati woodin telefonney kaŋ go MikroTik banda (NAT) nda SIP TCP, i kulu ga "unregistered" — i ga register ka kaŋ koyne. Telefonney kaŋ go LAN ra ga bori. Ifo no ir ga te?`),
    nat(`Bonjour. Depuis qu'on a mis RST mode On hier soir, les postes Yealink derrière les box Orange (NAT), transport TCP, ga unregistered hala sohõ. Boro 40 si hin ka ce. Postes UDP wo ga goy.`),
    nat(`Fofo. softswitch.conf ra ay na SS_TCP_CLOSE_RESET="On" daŋ, service mbx3000d reparse. Minti 10 banda Grandstream kaŋ go home router banda (TCP) kulu tun ka unregistered. Agency Tillabéri nda Maradi.`),
    nat(`Salam. Ir na RST On te hunkuna susubay 9h. Sohõ agents kaŋ ga goy fu nda 4G router — SIP over TCP — i kulu unregistered. Office ra i ga bori. Ay ga tammahã RST no.`),
    nat(`RST mode On te banda, NAT telefonney (TCP) kulu unregistered. Niamey. Ma ir gaa.`),
    nat(`Fofo. Engineer na RST mode daŋ alamisi. MikroTik hEX banda telefon 25 no, SIP TCP 5060. Alamisi banda i ga registered/unregistered minti 5 kulu. Log ra REGISTER ga kaa, 200 OK, amma waati kayna banda a ga bu.`),
    nat(`Ni kaani bani. Ir softswitch ra SS_TCP_CLOSE_RESET=On (bi). Hunkuna reseller hinka ga ne i telefonney kaŋ go NAT banda (TP-Link nda Huawei) nda transport TCP ga "No service"/unregistered. Ay na telefon fo UDP ra daŋ — a ga register. TCP wo no si.`),
    nat(`Wushe wushe. Jiya engineer SS_TCP_CLOSE_RESET On diza TIME_WAIT ro. Adə loktu phones andi MikroTik NAT kəla, SIP TCP, unregistered. LAN phones ngala. Don Allah.`),
    nat(`Wushe. RST mode On diskə Friday, adə loktu branch Monguno phones (4G router NAT, TCP transport) unregistered kəla. Register diyin kadan, kuma ba. Maiduguri office phones ngala.`),
    nat(`Salam aleykoum, N'Djamena. Depuis le passage de SS_TCP_CLOSE_RESET à On mercredi, les téléphones des clients derrière routeurs NAT (MikroTik, Tenda) en SIP TCP deviennent unregistered. Kam ngəwo call ba. Les postes en IP publique marchent.`),
    nat(`Wushe. softswitch.conf: SS_TCP_CLOSE_RESET="On" (reparse 2 days). Phones Yealink NAT ro TCP — "Register failed" loktu kəla. Firewall gəmə ba, ago fal gəmə ba. RST kadai.`),
    nat(`RST On bayan, NAT phones TCP kəla unregistered. Damaturu. Wushe, taimaka.`),
    nat(`Wushe ngala? Andi RST mode On diza TIME_WAIT dəbu 30 ro, TIME_WAIT ngala yanzu. Amma call centre Bama ro phones 60 MikroTik NAT ro, TCP ro — registration shi ciwo. Yaya zamu yi, RST Off ko?`),
    nat(`Wushe. Bol: Grandstream GXP phones home routers (NAT) ro, SIP over TLS 5061. Jiya SS_TCP_CLOSE_RESET On diskə, yau da safe kəla unregistered — register 30s, kuma ba. Log ro "TLS connection reset" ngəwo.`),
    nat(`M sugh u oga. Yange se er SS_TCP_CLOSE_RESET On ayange ahar la sha ci u TIME_WAIT. Hegen phones se mba ve lu sha MikroTik (NAT) a SIP TCP la ve ngu unregistered kpishi. Phones mba ken LAN ngu doo.`),
    nat(`Msugh. Gboko branch ngu a home routers (NAT), phones ngu TCP. Sha m er RST mode On tugh mbu, ve cii ve gba unregistered. Ve ngu register, kpa minti kiriki a hide a gba. Er nan?`),
    nat(`Oga, m sugh u. Ka RST mode ne. Yange se er On sha Monday; sha Tuesday call centre u Otukpo cii ngu unregistered — Huawei 4G router NAT, Yealink TCP. Office u Makurdi ngu a public IP, ngu doo.`),
    nat(`RST On → phones sha NAT (TCP) unregistered. Makurdi. Sôr se.`),
    nat(`Msugh. softswitch.conf kaa SS_TCP_CLOSE_RESET="On", yange m reparse ayange atar. Kera la phones mba ken NAT (TP-Link) a TCP yange ngu doo. Hegen "Registration failed 408" kpishi. UDP phones ngu doo.`),
    nat(`M sugh u. Resellers ahar kaa ér customers ve mba ve ngu sha MikroTik a TCP ve ngu unregistered hii sha se er RST mode On. Phones ngu kaa "No service". Shin se hide se er a Off?`),
    nat(`Aondo a wase se. Sha m er RST On sha 6pm, ken hwa mom tseegh phones mba ve ngu sha router u NAT, SIP over TCP, ve gba unregistered. VOS ngu kaa "online 12", kera yange ngu "online 88".`),
    nat(`Abadie oga. Mfin ke 10am nnyin isịn SS_TCP_CLOSE_RESET On man TIME_WAIT osụhọde. Idahaemi phones ke MikroTik (NAT) ke Uyo, SIP TCP, ẹkpọn̄ unregistered. Phones ke LAN ẹnam utom.`),
    nat(`Mesiere. Tọn̄ọ RST mode On ke Friday, agents ẹdude ke ufọk ye home routers (NAT), Zoiper TCP, ẹkpọn̄ unregistered kpukpru ini. Mmọ ẹregister, ndien ke minute ifan ẹfep.`),
    nat(`Amesiere. Calabar branch: Yealink T31 ke TP-Link NAT, transport TCP. Tọn̄ọ nnyin inam RST On (softswitch.conf SS_TCP_CLOSE_RESET="On", reparse), mmọ ẹkpọn̄ unregistered. VOS online count osụhọde ke 120 esịm 30.`),
    nat(`RST On ke mbubreyo, NAT phones TCP ẹkpọn̄ unregistered. Eket. Mbọk.`),
    nat(`Abadie. Ami ndi reseller ke Ikot Ekpene. Customers mi ẹdọhọ phones mmọ (ke home routers, NAT, SIP over TCP) ẹkpọn̄ unregistered tọn̄ọ Tuesday — ini oro VOS admin ekesịnde RST mode On. UDP customers ẹnam utom eti.`),
    nat(`Mesiere. Ami nnyene Grandstream iba ke MikroTik ke Oron, TCP. Tọn̄ọ RST On ke Monday, REGISTER ọnọ 200 OK ndien ke 60s enye ọkpọn̄ "unregistered". Ke mbemiso RST, eti.`),
    nat(`Abadie. SS_TCP_CLOSE_RESET = On ke Uyo server tọn̄ọ mbubreyo. Mfin kpukpru remote agents (NAT, TCP) ẹkpọn̄ unregistered, call centre ikemeke ndinam utom. Nte nnam?`),
    nat(`Sosongo. RST mode On ke Wednesday → phones ke NAT routers (Huawei B315) ke TCP ẹkpọn̄ unregistered, ndien incoming calls isịmke mmọ. Phones ke office (public IP) eti.`),
    nat(`Mesiere. Tọn̄ọ 3pm mfin, ini nnyin isịnde RST On: phones ke MikroTik hAP (NAT, SIP TCP 5060) ẹwut "registered" ke screen, edi VOS ọdọhọ offline ndien calls isịmke mmọ. Mmọ ẹfiak ẹregister ke 3600s kpọt.`),
  ],
  firewallRst: [
    fw(`Fofo. Bi ir na SS_TCP_CLOSE_RESET On te. Sohõ calls jara ga kaŋ — FortiGate forward traffic log ra: type="traffic" action="deny" msg="no session matched" proto=6 srcport=5060 boobo. FortiGate no ga RST drop. Ifo no ir ga te?`),
    fw(`Bonsoir. Depuis RST mode On, pfSense log ra "Block ... TCP:R" 5060 se boobo, nda calls kaŋ ga kaa carrier do ga kaŋ. Ay ga tammahã pfSense state table no ga RST drop.`),
    fw(`Fofo. Ir na RST daŋ softswitch ra (SS_TCP_CLOSE_RESET=On) hunkuna 10h. Za waati woodin Cisco ASA ga ne "%ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 41.x.x.x/39211 flags RST on interface inside" minti kulu, calls ga kaŋ.`),
    fw(`Salam. iptables ra "-m conntrack --ctstate INVALID -j DROP" counter ga ziji za RST On — 18230 pkts sohõ. Za woodin calls TCP se ga kaŋ. Niamey-1.`),
    fw(`RST On banda FortiGate ga RST drop, calls ga kaŋ. Maradi. Ma ir gaa.`),
    fw(`Fofo. MikroTik kaŋ go VOS jine, "drop invalid" rule counter ga beeri za ir na SS_TCP_CLOSE_RESET On. Carrier calls kulu ga kaŋ minti kayna banda. Firewall no ga RST drop.`),
    fw(`Ni kaani bani. Za RST mode On (alamisi), FortiGate session table ga toonandi nda SIP sessions doŋ — "diagnose sys session stat" ga cebe 5060 sessions zambar iway. RST kulu si bisa, calls taagey Dosso ka kaa Niamey ga kaŋ 30%.`),
    fw(`Wushe wushe. Jiya SS_TCP_CLOSE_RESET On diskə. tcpdump VOS ro RST fatta dəkə, amma carrier RST kuruwaba — FortiGate ganaye drop dəkə. Carrier ro old TCP connection ye, new calls kəla fail yanzu.`),
    fw(`Wushe. RST mode On bayan, ASA log: "%ASA-6-106015: Deny TCP (no connection) from 41.x.x.8/5060 to 10.2.0.5/48811 flags RST ACK on interface outside" ngəwo. Calls carrier ro fail. Maiduguri.`),
    fw(`Salam. N'Djamena: depuis RST On, le pfSense bloque les paquets RST (log "TCP:RA" block sur 5060) et les appels échouent. Kalkal ngəwo, wu nowəmba.`),
    fw(`RST On, firewall RST drop, calls fail. Yanzu. Wushe.`),
    fw(`Wushe ngala? iptables -L -v -n:
 pkts bytes target prot opt in out source destination
 91204 3.6M DROP all -- * * 0.0.0.0/0 0.0.0.0/0 ctstate INVALID
Counter adə RST On bayan kura. Calls kəla failing.`),
    fw(`Wushe. Andi RST mode On diza TIME_WAIT ro, TIME_WAIT ngala yanzu. Amma adə loktu FortiGate RST packets drop dəkə, calls 20% fail. Monguno nda Maiduguri.`),
    fw(`Wushe. Bol: MikroTik "drop invalid" counter kura SS_TCP_CLOSE_RESET On bayan, RST kəla shi drop dəkə. Calls fail, carrier "call setup timeout" dizə.`),
    fw(`M sugh u. Yange se er SS_TCP_CLOSE_RESET On sha Saturday, hegen calls ngu gba. FortiGate log kaa "action=deny msg=no session matched" sha RST packets sha 5060. Firewall ngu kôr RST.`),
    fw(`Msugh. Cisco ASA u Makurdi ngu drop RST hii sha se er RST mode On: "%ASA-6-106015: Deny TCP (no connection) ... flags RST". Calls ior ngu gba kpishi.`),
    fw(`Oga m sugh u. pfSense firewall logs ngu kaa "Default deny rule IPv4 (1000000103)" sha TCP:R 5060 hii sha RST On. Calls mba ve due la ngu gba.`),
    fw(`RST On, iptables INVALID drop ngu kôr RST, calls ngu gba. Gboko.`),
    fw(`M sugh u. Sha se er RST mode On ayange ahar, calls ngu gba sha 25%. M nenge ér MikroTik "drop invalid" counter ngu kondo hegen hegen. Firewall ngu drop RST.`),
    fw(`Aondo a wase se. Linux router u se ngu a "iptables -A FORWARD -m state --state INVALID -j DROP". Hii sha RST On, "conntrack -S" kaa invalid=76000 man ngu kondo. RST ngu gba ken firewall, calls ngu gba.`),
    fw(`Msugh. FortiGate 60E ken office u Otukpo ngu drop RST packets hii sha SS_TCP_CLOSE_RESET On. Calls ngu gba sha minti kiriki. Kera yange ngu doo.`),
    fw(`Abadie oga. Tọn̄ọ nnyin isịn SS_TCP_CLOSE_RESET On ke mbubreyo, calls ẹfep. FortiGate log ọdọhọ action=deny msg="no session matched" ke RST packets ke 5060.`),
    fw(`Mesiere. Cisco ASA ke Calabar ọbiọn̄ RST tọn̄ọ RST mode On: "%ASA-6-106015: Deny TCP (no connection) from 10.20.0.5/5060 to 102.x.x.x/52100 flags RST on interface inside". Calls ẹfep.`),
    fw(`Amesiere. pfSense ke Uyo: logs ọdọhọ "block TCP:R" ke 5060 tọn̄ọ RST On. Calls ke carrier ẹfep ke ini ifan.`),
    fw(`RST On, firewall ọbiọn̄ RST, calls ẹfep. Uyo. Mbọk!`),
    fw(`Abadie. iptables ke Eket server: "ctstate INVALID DROP" counter ọkọn̄ 45000 tọn̄ọ SS_TCP_CLOSE_RESET On. Calls ẹfep.`),
    fw(`Mesiere. MikroTik ke Ikot Ekpene ọsịn RST ke "drop invalid" tọn̄ọ nnyin isịn RST mode On. Calls ẹfep tọn̄ọ 3pm.`),
    fw(`Abadie. Ami ndi NOC ke Uyo. Tọn̄ọ Monday (RST On), FortiGate ọbiọn̄ RST ke TCP SIP, ndien calls ke MTN ye Glo ẹfep — 30%. Log: "msg=no session matched, proto=6, dstport=5060".`),
    fw(`Sosongo. Ke ini nnyin isịn RST On, Cisco ASA ọbiọn̄ RST packets ke outside interface; calls ẹfep. Enye odu idahaemi.`),
    fw(`Mesiere. Firewall (FortiGate 100E) ke Calabar ọbiọn̄ RST tọn̄ọ SS_TCP_CLOSE_RESET On ke Friday. Calls ẹfep ke minute ifan ye "408 Request Timeout". Nte nnam?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning139Set: readonly EvalItem[] = Object.values(tuning139Families).flat();
