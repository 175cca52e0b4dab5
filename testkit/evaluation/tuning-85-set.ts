import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators and technicians in Iraqi Kurdistan, Turkey's south-east and Syria writing Kurdish
 * (Kurmanji and Sorani) in Latin letters mixed with English technical terms, informal WhatsApp
 * style, some with pasted log lines or command output: "bra", "kak", "naxebite", "kar nake",
 * "nabe", "duhi", "piştî", "ji ber", "çi bikin", "esta", "la dway".
 *
 * The eighty-fifth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the eighty-fifth never-tuned set, before the forty-first round of rules, by someone who
 * had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the
 * other sets in view; measured as such before and after the forty-first round, then made tuning
 * material for the forty-second: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 91.1 %, negatives confident 8.1 %, confident wrong 0 % with the
 * rules of the fortieth round, and the same after the forty-first.
 */
export const tuning85Families = {
  oneListeningPort: [
    no(`bra slaw, tomcat naxebite piştî restart. log: "java.net.BindException: Address already in use: bind" li ser 8080. min ps kir, java-yekî kevn hê li ser 8080 e. kill bikim?`),
    no(`kak nginx start nabe: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). apache jî installed e li ser heman server, ez difikirim ew port 80 digire`),
    no(`web-a vos3000 (portal) duhi şev vebû nabe. httpd log dibêje "(98)Address already in use: make_sock: could not bind to address [::]:80". kesekî tiştekî din li ser port 80 danî`),
    no(`slaw kaka, mysql start nabet la dway update: "Do you already have another mysqld server running on port: 3306 ?" esta chi bkain`),
    no(`redis-server naxebite: "Could not create server TCP listening socket *:6379: bind: Address already in use". redis-a kevn hê dixebite bê systemd, ez pê dizanim`),
    no(`bra li ser laptop-a min npm run dev dibêje: Error: listen EADDRINUSE: address already in use :::3000. terminal-eke din hê vekirî bû. ev ne server e, tenê dev e, lê çawa process bibînim?`),
    no(`docker run -p 5060:5060 kar nake: "Bind for 0.0.0.0:5060 failed: port is already allocated". li ser heman host softswitch-a VOS li ser 5060 e. container-a kamailio tenê test e`),
    no(`kak me opensips jî danî li ser heman mashin ku vos lê ye, opensips start nabe: "ERROR:core:udp_init: bind() on 10.20.0.5: Address already in use". her du jî 5060 dixwazin`),
    no(`podman: Error: rootlessport listen tcp 0.0.0.0:8443: bind: address already in use. container-eke din hê up e bi heman port`),
    no(`asterisk-a test ku me ji bo IVR danî: "Unable to bind UDP socket to 0.0.0.0:5060: Address already in use". vos li wir dixebite. port-a asterisk bikim 5070?`),
    no(`slaw, web manager-a mbx3000 (tomcat) la dway reboot dest pê nakat. catalina.out: "Address already in use <null>:8005" (shutdown port). tomcat-ekey dwem ke kesêk install-y krd aw porta dagrêt`),
    no(`postgres naxebite: could not bind IPv4 address "0.0.0.0": Address already in use. HINT: Is another postmaster already running on port 5432? ... erê, container-eke postgres hê heye`),
    no(`bra çawa bizanim kî port 443 digire? lsof -i :443 → haproxy. lê nginx jî 443 dixwaze. her du li ser yek VPS in`),
    no(`kak flask app-a min: "OSError: [Errno 98] Address already in use" li port 5000. piştî ctrl+z process nemir. tenê pirs: kill -9 baş e?`),
    no(`web interface-a vos3000 li 8080 bû, me zabbix java gateway danî, esta web venabe û log dibêje 8080 already in use. zabbix gateway ew girt`),
    no(`gunicorn: [ERROR] Connection in use: ('0.0.0.0', 8000) ... Retrying in 1 second. supervisor du caran start kir ez difikirim`),
    no(`ssh port-a me guhert bo 2222 lê sshd start nabe: "Bind to port 2222 on 0.0.0.0 failed: Address already in use." gitea ssh li ser 2222 e`),
    no(`sip proxy-a nû ku me li 10.10.1.20 danî dibêje cannot bind 5060, ji ber freeswitch-a kevn hê li wir dixebite. du sip server li ser yek box, kîjanê bigirim?`),
    no(`slaw, mongodb: "Failed to set up listener: SocketException: Address already in use" 27017. mongod du caran start bûye (systemd + manual)`),
    no(`bra node-red start nabe, port 1880 EADDRINUSE. min 5 deqîqe berê restart kir, process-a kevn nemiriye`),
    no(`windows server-a me, IIS site start nabe: "The process cannot access the file because it is being used by another process". skype port 80 digire. kevn e lê hê heye :)`),
    no(`docker compose up: "Error starting userland proxy: listen tcp4 0.0.0.0:3306: bind: address already in use". mysql-a host hê dixebite, lê em dixwazin mysql di container de be`),
    no(`kak php artisan serve dibêje "Failed to listen on 127.0.0.1:8000 (reason: Address already in use)". dev e li ser laptop, ne prod`),
    no(`min mbx3000d restart kir û softswitch up nabe: log "bind 0.0.0.0:5060 failed, address already in use". netstat -tulpn | grep 5060 → sipp-a test ku min duhi vekirî hêştibû. ew port digire`),
    no(`grafana: listen tcp :3000: bind: address already in use. ji ber ku min react dev server jî li 3000 vekir. biborin pirsa biçûk e`),
    no(`haproxy reload dibe lê "Starting frontend sip_tls: cannot bind socket [0.0.0.0:5061]". kamailio tls berê li ser 5061 e`),
    no(`slaw kaka, vsftpd start nabet: "500 OOPS: could not bind listening IPv4 socket". proftpd-ish install-a, port 21 dagrêt. kamyan labbem?`),
  ],
  otherRegistrationCause: [
    no(`bra duhi me şîfre-ya hemû account-an guhert, esta 12 telefon unregistered in. di log de 401 Unauthorized dibînim`),
    no(`kak slaw, trunk-a me bi carrier re ji îro sibê register nabe. 403 Forbidden. carrier dibêje account-a we expired bû, pere nehatiye dayîn`),
    no(`phone-ekan la office-y Hewlêr hamu unregistered-n, ba tawawi internet niya. ISP kesha-y haya la dwênê ewarawa`),
    no(`elektrîk 3 saet çû li ofîsê, piştî hat telefon hê unregistered in. switch-a PoE venebûbû, min esta vekir`),
    no(`license-a vos3000 duhi expired bû, esta tu telefon register nabe. license-a nû kengî tê?`),
    no(`me domain-a sip guhert ji sip.example.net bo voip.example.net, telefonên kevn hê domain-a kevn bikar tînin û unregistered in`),
    no(`server IP guherî 203.0.113.10 → 203.0.113.44 piştî migration, hemû softphone register nabin. provisioning-a nû hê nehatiye şandin`),
    no(`bra router-a nû li branch danî, telefon register nabin. em tenê UDP bikar tînin, TCP tune. SIP ALG li ser router on e ez difikirim`),
    no(`kak account 8012 blocked e ji ber ku gelek wrong password hat (brute force). çawa unblock bikim?`),
    no(`telefonek tenê unregistered bû, min çû dît: kablo jê derketibû. niha baş e, sorry 😅`),
    no(`slaw, zoiper "Registration failed: 403". user dibêje min şîfre-ya nû nivîsand lê belkî typo ye. log: auth failed for 1005@10.30.0.9`),
    no(`hemû extension-ên şaxa Mêrdînê ji sibê unregistered in ji ber ku fiber qut bû (Türk Telekom arıza). ISP dibêje heta êvarê`),
    no(`kak la dway firmware update-y yealink, phone-ekan register nakan. config reset bu, server address batal-a esta`),
    no(`trunk bo upstream unregistered e, ew dibêjin me IP-ya we ji whitelist derxist ji ber ku fatura nehatiye dayîn`),
    no(`bra mikrotik-a nû danî, tenê UDP 5060, SIP ALG (ip firewall service-port sip) enabled e, hin telefon register dibin hin na. ALG bigirim?`),
    no(`softphone-ên home worker-an register nabin ji ber ku VPN-a şirketê ji duhi ve down e. bê VPN server nabînin`),
    no(`account-y demo ke dabûman ba customer dwênê expired bu, bo ewa register nabêt. extend-y bkayn?`),
    no(`DNS server-a me (10.0.0.53) ket, telefon SRV lookup nakin û unregistered in. IP rasterast binivîsim?`),
    no(`kak DID trunk reg fail: "SIP/2.0 403 Forbidden (Account suspended)". carrier suspend kiriye`),
    no(`ji ber ku NTP naxebite, saeta server 2019 nîşan dide û cert-a TLS "not yet valid" e, telefonên TLS register nabin`),
    no(`duhi şev bahoz hat, antena-ya wireless ya branch-a Zaxoyê xirab bû. hemû telefon offline in`),
    no(`slaw, telefon 2044 unregistered-a, user phone-eka-y birdotawa bo mal 😂 la dway hata dagarêtawa`),
    no(`me MAC binding li ser vos vekir, telefonên nû ku MAC-a wan nehatiye zêde kirin register nabin`),
    no(`operator-a tirk dibêje SIP trunk-a me "registration rejected: IP not allowed" ji ber ku IP-ya me ya public guherî (dynamic IP ji ISP)`),
    no(`kak min account 3003 û 3004 bi xeletî di vos de delete kirin, esta helbet unregistered in. restore dibe?`),
    no(`bra telefonên grandstream li ofîsa Hewlêrê register nabin ji ber ku kesekî di config de server port 5080 nivîsandiye lê server 5060 e`),
    no(`internet li Silêmaniyê ji 9 heta 12 qut bû (exam shutdown), hemû telefon unregistered bûn, niha vegeriyan. tenê ji bo agahdarî`),
  ],
  smallFigures: [
    no(`bra ss -s dibêje timewait 312. normal e an na? tu pirsgirêk tune, tenê kontrol`),
    no(`kak TIME_WAIT bi rastî çi ye? customer pirs kir, min nizanî çi bibêjim`),
    no(`slaw, SS_TCP_CLOSE_RESET chi dakat? la softswitch.conf-da dabînm, esta Off-a`),
    no(`em RST enable bikin? tiştek xirab nîne, tenê min xwend ku ji bo CPS-a bilind baştir e`),
    no(`netstat -an | grep TIME_WAIT | wc -l → 187. calls baş in. ev hejmar ok e?`),
    no(`pirsek: ip_local_port_range li ser server-a me "32768 60999" e. pêwîst e biguherînin? traffic kêm e, 20 CPS`),
    no(`kak tcp_tw_reuse chi ya? bash-a bo ema? hich keshayek niya, bas dapirsm`),
    no(`health check ji bo hefteya bê: TIME_WAIT ~450, ESTAB 90, CPU 12%. tiştek ne normal dibînî?`),
    no(`bra ferqa FIN û RST çi ye dema TCP tê girtin? ji bo training-a teknîsyenên nû`),
    no(`ss -s output:
Total: 612
TCP:   389 (estab 74, closed 280, orphaned 0, timewait 271)
ev baş e ne? tenê daily check`),
    no(`em SIP over UDP bikar tînin, SS_TCP_CLOSE_RESET bandor li me dike? meraq dikim`),
    no(`slaw kaka, chand TIME_WAIT zor-a? ema 600-man haya la kati peak. kesha niya`),
    no(`dixwazim bizanim default-a SS_TCP_CLOSE_RESET li vos3000 2.1.8 çi ye. Off e an On?`),
    no(`bra ji bo rapor: 2000 TIME_WAIT li ser 64k port, ji sedî 3. dikarim bibêjim "risk tune"?`),
    no(`kak rast e ku TIME_WAIT li linux 60 saniye dimîne? an 120? ji bo belgekirinê`),
    no(`meha bê em ji 30 CPS diçin 80. pêwîst e niha tiştek biguherînin? niha her tişt baş e, TIME_WAIT tenê 150`),
    no(`pirsa biçûk: "service mbx3000d reparse" calls qut dike? an tenê restart dike?`),
    no(`kak RST mode bo TLS chi dakat? close_notify nanêrêt? bas bo zanyarî`),
    no(`li ser server-a nû min dît timewait 38 e. ev pir kêm e, normal e?`),
    no(`slaw, customer dipirse çima ss li server-a centos 6 tune. netstat bikar bînim? tenê ji bo health script`),
    no(`tcp_fin_timeout 60 e. bikim 30? tiştek xirab nîne, tenê optimize`),
    no(`bra em dixwazin dashboard-ek çêkin ku TIME_WAIT nîşan bide. threshold çi be baş e? niha ~200-300 e`),
    no(`kak aya RST on bkayn bo server-y nwê pêsh-away traffic bêt? ta esta hich shtêk xirap niya`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     45 ESTABLISHED
    132 TIME_WAIT
      3 LISTEN
ev ok e?`),
    no(`pirs ji bo hevalan: di softswitch.conf de KEY="VALUE" an KEY=VALUE? di version-a kevn de bê quotes bû`),
    no(`slaw, rast e ku centos 6 /etc/sysctl.d naxwîne? dixwazim tcp settings rêk û pêk bihêlim, bê pirsgirêk`),
    no(`bra 90 TIME_WAIT li 10.40.0.2 û 110 li 10.40.0.3. her du baş in ne?`),
  ],
  firewallNoRst: [
    no(`bra ji kerema xwe port 5060 TCP û UDP li fortigate veke ji bo carrier-a nû 198.51.100.20`),
    no(`kak fail2ban IP-ya ofîsa me ban kir (203.0.113.77), telefon nikarin register bibin. unban çawa?`),
    no(`one-way audio heye: em dengê customer dibihîzin, ew me nabihîzin. RTP ports 10000-20000 li pfSense vekirî ne?`),
    no(`slaw, tkaya IP-y carrier-y turkî whitelist bka: 198.51.100.61. bas UDP 5060`),
    no(`geo-block bikin ji bo hemû welatan ji bilî Iraq û Turkey? duhi gelek SIP scanner hatin`),
    no(`bra SIP ALG li ser fortigate çawa bigirim? "config system settings, set sip-helper disable"? deng nîv tê`),
    no(`iptables rule-a nû: rate limit ji bo INVITE, 50/s. em dixwazin flood rawestînin. ev rule baş e?
-A INPUT -p udp --dport 5060 -m hashlimit --hashlimit-above 50/sec --hashlimit-name sip -j DROP`),
    no(`kak pfsense-y nwê danra, port forward bo 10.1.1.5:5060 pêwîsta. pêshtr ASA bu`),
    no(`ASA config: access-list outside_in permit udp any host 203.0.113.5 eq 5060. ev bes e ji bo sip? RTP jî lazim e ne?`),
    no(`bra friendly-scanner dîsa hat, 2000 REGISTER di deqîqeyê de. jail-a fail2ban ji bo log-a vos heye?`),
    no(`firewalld: min firewall-cmd --add-port=5060/udp --permanent kir lê reload nekir 🙈 esta kar dakat`),
    no(`deng yek alî ye tenê li ser trunk-a Kerkûkê. NAT-a fortigate RTP ports diguherîne ez difikirim`),
    no(`slaw, customer dixwaze web portal (8080) tenê ji IP-ya ofîsê vebe. rule-ê çawa li iptables binivîsim?`),
    no(`kak mikrotik firewall: filter rule ji bo drop-a SIP ji derveyî Iraq. address-list ji bo IQ ranges heye?`),
    no(`me fortigate ji 7.2 upgrade kir bo 7.4, policy-ya SIP jê çû, calls nehatin. min policy ji nû ve danî, baş bû`),
    no(`bra ji kerema xwe 12 IP ji Çînê bloke bikin, log-a vos nîşan dide ku brute force dikin`),
    no(`RTP piştî 30 saniye timeout dibe, call dikeve. UDP session timer li firewall 30s e. bikim 120?`),
    no(`kak port 5061 TLS ji bo customer-a nû li pfsense veke. ew TLS bikar tîne`),
    no(`iptables -L dibêje policy DROP û rule-a 5060 tune. kî jê bir? min vegerand, esta baş e`),
    no(`slaw, chon IP-yek la fail2ban whitelist bkam? ignoreip? carrier-ekey ema jar jar ban dabêt`),
    no(`bra SIP trunk-a nû bi SBC-ya carrier re, ew dibêjin IP-ya we li firewall-a wan hê whitelist nebûye. em çi bikin?`),
    no(`kak ji bo audit: hemû rule-ên firewall-a li ber vos ji me re bişîne, em dixwazin yên kevn paqij bikin`),
    no(`firewall-a hardware ya nû (sophos) hefteya bê tê. ji bo vos3000 kîjan port lazim in? 5060, 1719/1720, RTP, web...`),
    no(`bra duhi ji ber DDoS-a UDP conntrack table full bû, "nf_conntrack: table full, dropping packet". nf_conntrack_max zêde bikim?`),
    no(`one way audio li softphone-ên mobile yên li ser 4G. firewall-a me RTP ji range-a 10000-20000 qebûl dike, lê dîsa?`),
    no(`slaw, la fortigate dos-policy rate limit bo sip 100 CPS danra, bas carrier 150 CPS dinêrêt, call-ekan reject dabn. limit berz bkaynawa?`),
    no(`kak ipset ji bo blacklist çawa çêbikim? list-a 500 IP ji scanner-an heye`),
  ],
  negationContext: [
    no(`bra em tenê UDP bikar tînin, TCP qet tune, lê telefonên li pişt MikroTik ji duhi ve unregistered in. ne têkildarî RST e ne?`),
    no(`spas kak! piştî ku we RST enable kir TIME_WAIT ji 28000 hat 400. êdî "cannot assign requested address" tune. her tişt baş e`),
    no(`SS_TCP_CLOSE_RESET Off e li ser server-a me, min kontrol kir. calls li pişt fortigate duhi fail bûn, lê ji ber ku policy hatibû jêbirin. min dît, sorry`),
    no(`training question: eger RST on bikin û firewall stateful be çi dibe? tenê ji bo exam e`),
    no(`server-a partner-ê me (ne ya me) 30000 TIME_WAIT heye û "cannot assign requested address" dibîne. ew ji me dipirsin, em çi bibêjin? server-a me baş e`),
    no(`telefonên li pişt NAT piştî password change unregistered bûn, ne ji ber RST. RST hê Off e`),
    no(`kak kesî tiştek neguhert, RST hê Off e, lê 3 telefon li branch unregistered in. belkî ISP-ya wan ket`),
    no(`par sal me heman pirsgirêk hebû: port exhaustion di peak de, 40k TIME_WAIT, we çareser kir. îsal tiştek tune, tenê ji bo rapor bîr tînim`),
    no(`eger em rojekê RST on bikin, telefonên li pişt mikrotik unregistered dibin? hê me nekiriye, tenê plan e`),
    no(`slaw, fortigate pêshtr RST-y drop dakird, êwa RST-tan Off krd, esta hamu shtêk bash-a. zor supas`),
    no(`bra di log de "address already in use" dibînim lê ew ji tomcat e li 8080, ne ji softswitch. hemû calls baş in`),
    no(`RST 3 meh e on e û tu pirsgirêk tune, ne NAT ne firewall. tenê dixwazim bizanim dibe ku paşê bandor hebe?`),
    no(`kak telefonên me li pişt NAT in lê UDP bikar tînin, loma RST bandor nake ne? ew unregistered in ji ber ku account expired bû`),
    no(`duhi TIME_WAIT 25000 bû lê ew ji load test-a sipp bû ku me bi xwe kir, ne traffic-a rast. îro 300 e, tiştek tune`),
    no(`customer-ekî din (ne yê me) li forum nivîsand ku pfSense piştî close reset RST drop dike. em pfSense bikar naynin, tenê meraq`),
    no(`slaw, calls fail dibin lê RST nehatiye guhertin, SS_TCP_CLOSE_RESET="Off" e. carrier dibêje 503 ji aliyê wan ve ye`),
    no(`bra piştî firmware upgrade-a mikrotik telefon register nabin, lê RST nehatiye guhertin. changelog dibêje bug di SIP helper de heye`),
    no(`hypothetical: ji 50 CPS bo 500 CPS, ports têr dikin? niha 40 CPS ye û tiştek xirab tune`),
    no(`"Cannot assign requested address" min di laptop-a xwe de dît dema sipp bi 10.0.0.1 bind dikir, IP xelet bû. ne server e`),
    no(`kak 2 hefte berê RST enable kir, NAT phones hemû baş in, firewall baş e. tenê dixwazim spas bikim, peak êdî bê pirsgirêk e`),
    no(`pêşî min fikir kir firewall RST drop dike, lê min tcpdump kir û RST derbas dibin. pirsgirêk DNS bû, çareser bû`),
    no(`slaw kaka, la kursêkî VoIP pirsyar krd: bocha RST la gal NAT kesha drust dakat? server-y ema niya, bas bo xwêndin`),
    no(`ne me RST on kir ne kesekî din, lê telefonên ofîsê unregistered in. IT-ya wan router reset kir û şîfre-ya WiFi guherî, telefon li ser WiFi ne`),
    no(`sorry false alarm: min fikirî port exhaustion e lê ss -s tenê 800 timewait nîşan dide, pirsgirêk li carrier bû`),
    no(`bra hevalekî min li Amedê server-a vos heye, ew dibêje piştî RST fortigate calls qut dike. ez çi jê re bibêjim? ne ya me ye`),
    no(`esta RST Off-a, la dway aw gorankariye-y dwênê phone-ekan register bun. kesha chareser bu, tenha bo agadari`),
    no(`duhi me RST on kir û êvarê min dît telefon unregistered in, lê paşê derket ku elektrîk li ofîsê çûbû. niha hemû registered in bi RST on`),
  ],
  portExhaustion: [
    pe(`bra her êvar saet 8-10 calls fail dibin, log: "connect() failed: Cannot assign requested address". ss -s timewait 28341. sibê baş e`),
    pe(`kak slaw, la kati peak softswitch natwanêt TCP connection-y nwê bkatawa bo carrier. "EADDRINUSE" la log. netstat 31000 TIME_WAIT nîşan dada`),
    pe(`ss -s
Total: 33012
TCP:   32870 (estab 512, closed 32201, orphaned 3, timewait 32190)
calls nû naçin, niha 500 CPS e. çi bikin bra?`),
    pe(`emergency! ji ber kampanya traffic zêde bû, esta calls nû fail dibin. "java.net.BindException: Cannot assign requested address" di log de. netstat | grep TIME_WAIT | wc -l = 41877`),
    pe(`bra di peak de, saet 21:00, outgoing SIP TCP bo carrier-a tirk naxebite, TIME_WAIT 27k. piştî nîvê şevê bi xwe baş dibe`),
    pe(`kak esta 25 hazar TIME_WAIT haya la server, call-y nwê kar nakat, hamu shawêk la 9 ta 11. bayani normal-a`),
    pe(`log:
2024-05-12 21:14:03 [ERR] tcp connect to 198.51.100.9:5060 failed: Cannot assign requested address (99)
2024-05-12 21:14:03 [ERR] tcp connect to 198.51.100.9:5060 failed: Cannot assign requested address (99)
bra ev her êvar dubare dibe`),
    pe(`CPS gihîşt 350 û softswitch port-ên local nabîne ji bo connection-ên nû. ip_local_port_range 32768-60999 e. ez difikirim ports xilas bûn`),
    pe(`slaw, ema la ewarêda ASR dakawêt bo 20%. "address already in use" la log-y mbx3000 dabînm kati dial bo trunk. TIME_WAIT zor-a, shaw 10 bash dabêtawa`),
    pe(`bra netstat -ant | grep -c TIME_WAIT → 29544. esta calls 503 ji softswitch, nikare TCP ji trunk re veke. tenê di saetên peak de`),
    pe(`kak peak traffic => thousands TIME_WAIT, bind fail. sibê 200 TIME_WAIT û her tişt baş e. çi bikin?`),
    pe(`problem-a kevn vegeriya: êvarê calls bi TCP naçin bo carrier, log dibêje EADDRINUSE, ss -tan state time-wait | wc -l 30112`),
    pe(`slaw kaka, server-y 10.8.0.4 la peak-da (400+ CPS) TCP socket-y nwê drust nakat. "cannot bind" u TIME_WAIT 35k. RST esta Off-a`),
    pe(`bra ji ber Remezanê traffic êvarê du qat bû. piştî fitarê calls fail dibin, "Cannot assign requested address" di log de. time_wait 38k`),
    pe(`kak, kurt: peak = fail, TIME_WAIT 26000, cannot assign requested address. quiet hours = ok`),
    pe(`her roj ji 19:30 heta 23:00 %30-ê calls bo upstream fail dibin. me dît ku hemû local ports di TIME_WAIT de ne (~28000). traffic-a wan tenê SIP over TCP e`),
    pe(`bra ev çi ye?
[softswitch] socket bind error: errno=98 Address already in use, local port exhausted
êvarê 300 CPS heye, di roj de her tişt dixebite`),
    pe(`slaw, dwênê shaw server crash-y nakird bas call-y nwê nadarwa, netstat 45000 TIME_WAIT nîşan da. mbx3000d-man restart krd, bo mawayek bash bu`),
    pe(`kak customer-a wholesale êvaran 450 CPS dişîne, softswitch nikare connection-ên TCP yên nû veke. "Cannot assign requested address" û 33k TIME_WAIT`),
    pe(`bra çima dema traffic bilind dibe calls nû fail dibin? ss -s: timewait 24877. ip_local_port_range "32768 61000". sibê tu problem tune`),
    pe(`kak port-ekan la softswitch xelas dabn. TIME_WAIT zor zor, 30 hazar zyatr. call-ekan la peak fail dabn`),
    pe(`bra log-a mbx3000:
ERROR SipTcpTransport: BindException: Address already in use: no further information
her deqîqe 200 caran, di navbera 20:00 û 22:30 de`),
    pe(`peak CPS 280, TIME_WAIT 29k, tcp_tw_reuse 0 e. calls nû bo trunk-a TCP fail dibin. ji kerema xwe çareser bikin`),
    pe(`slaw, ewaran softswitch dalêt "no free local port" bo outgoing SIP TCP. netstat 27000 TIME_WAIT. bayani bash-a`),
    pe(`kak piştî ku customer-a nû (call center) dest pê kir, her êvar bi 300+ CPS calls bi "Cannot assign requested address" fail dibin. berê tiştekî wisa tune bû`),
    pe(`bra saet 9ê şevê ev çêdibe:
# ss -s
TCP: 40211 (estab 880, closed 39120, orphaned 0, timewait 39050)
û calls nû naçin. sibê baş e`),
    pe(`esta la peak-dayn, call-y nwê nachêt, "EADDRINUSE" la log. TIME_WAIT 31000+. tkaya zu`),
    pe(`kak centos 6 e, ss tune, netstat: 26k TIME_WAIT. êvarê outgoing TCP connection-ên nû fail dibin "Cannot assign requested address". di saetên aram de her tişt baş e`),
    pe(`bra outbound tcp bo carrier di peak de dikeve, "bind: address already in use" ji softswitch, ji ber ku hemû ephemeral ports di TIME_WAIT de ne. piştî 22:00 baş dibe`),
    pe(`slaw, hamu ewarêk CPS dagate 500 u TCP connection-y nwê bo trunk-ekan drust nabn. log: connect failed errno 99 Cannot assign requested address. TIME_WAIT 36k`),
  ],
  natUnregistered: [
    nat(`bra piştî ku we duhi SS_TCP_CLOSE_RESET On kir, hemû telefonên li pişt mikrotik li ofîsa Dihokê unregistered in. ew TCP bikar tînin`),
    nat(`kak la dway RST mode, softphone-ekan la mal (home router) register nabn. TCP bakar dênin. pêshtr hich kesha nabu`),
    nat(`slaw, piştî ku "close reset" vebû, telefonên yealink li pişt NAT her 5 deqîqe registration winda dikin. transport TCP e`),
    nat(`bra çi bikin? piştî RST On, 40 telefon li branch-a Cizîrê (mikrotik NAT) unregistered in. yên li LAN-a server baş in`),
    nat(`kak dwênê ewara RST-tan chalak krd bo TIME_WAIT, esta phone-ekan la pisht NAT hamu offline-n. sip over tcp. zu tkaya`),
    nat(`piştî guhertina SS_TCP_CLOSE_RESET="On" di softswitch.conf de û reparse, microsip client-ên li pişt router-ên malê registration winda dikin`),
    nat(`bra zoiper TCP li ser mobile (li pişt NAT-a operator) piştî RST mode unregistered dibe û ji nû ve register dibe, dubare dubare`),
    nat(`slaw kaka, la dway RST on, phone-ekan-y office-y Slêmanî (pisht MikroTik) register nakan. TCP 5060. extension-ekan-y naw LAN-y server bash-n`),
    nat(`kak ji dema ku we RST vekir, telefonên li pişt NAT di vos de "unregistered" xuya dikin. ew TCP bikar tînin. berê baş bûn`),
    nat(`bra grandstream-ên li pişt mikrotik 6.48 piştî RST on registration winda dikin. log-a telefonê: "TCP connection reset, re-registering"`),
    nat(`piştî close reset On, telefonên li pişt office NAT hemû unregistered in. em TCP bikar tînin ji ber ku bi UDP fragmentation hebû. çi bikin?`),
    nat(`kak la hamu branch-ekan ke NAT router-yan haya, la dway RST phone-ekan unregistered dabn. tenha ewaney TCP-yan haya`),
    nat(`bra 3CX softphone-ên home worker-an li pişt modem-ên TP-Link piştî RST On ji sibê unregistered in. SIP TCP`),
    nat(`registration list di vos de: piştî RST enable ji 120 daket 35 online. yên winda hemû li pişt NAT in (mikrotik û home routers), TCP`),
    nat(`slaw, la dway SS_TCP_CLOSE_RESET On phone-ekan dakawn: registered → unregistered → registered. hamuyan la pisht NAT-n, transport=tcp`),
    nat(`bra duhi ji bo port problem me RST mode danî, îro telefonên li pişt NAT-a ofîsê register nabin. TCP. RST vegerînin Off?`),
    nat(`kak customer-a li Qamişloyê dibêje telefonên wan (li pişt router-a NAT) piştî guhertina me ya RST unregistered in. TCP 5060`),
    nat(`piştî RST enable:
reg status 2041 unregistered (NAT 203.0.113.50)
reg status 2042 unregistered (NAT 203.0.113.50)
reg status 2043 unregistered (NAT 203.0.113.50)
hemû li pişt heman mikrotik in, TCP`),
    nat(`bra ji ber RST on softphone-ên li malê naxebitin, unregistered in. tcp. tenê yên li pişt NAT`),
    nat(`slaw, la dway gorînî close reset bo On, cisco SPA-kan la pisht NAT registration la dast dadan. TCP bakar dênin`),
    nat(`kak mikrotik NAT + SIP TCP + RST on = telefon unregistered. 2 roj e wisa ye. berê RST off bû û baş bû`),
    nat(`bra piştî ku RST mode hat vekirin, telefonên ofîsa Batmanê yên li pişt NAT nikarin registered bimînin. 1-2 deqîqe registered, paşê dikevin. TCP transport`),
    nat(`phone-ekan la pisht NAT unregistered-n la dway RST. log: "REGISTER over TCP from 203.0.113.91 ... connection reset". la LAN bash-n`),
    nat(`kak me ji bo TIME_WAIT RST On kir, lê niha softphone-ên remote li pişt NAT hemû unregistered in (TCP). kîjan girîngtir e?`),
    nat(`bra cara yekem e: piştî SS_TCP_CLOSE_RESET On telefonên li pişt home router-an registration winda dikin. TCP. çi bikin?`),
    nat(`slaw, dwênê RST-tan on krd u esta phone-y remote-ekan (TCP, pisht NAT) unregistered-n. wa bzanm hokar RST-a`),
    nat(`kak piştî RST, mikrotik NAT connection-ên TCP yên telefonan tevlihev dike û telefon unregistered dibin. ofîsa Wanê`),
    nat(`bra unregistered, unregistered, unregistered… hemû TCP phones li pişt NAT, ji dema RST on. LAN phones ok in`),
    nat(`kak IP phone-ên li pişt NAT (TCP) piştî close reset mode register nabin. li ofîsa Kobanî, router-a wan yê malê ye`),
    nat(`slaw, la dway chalak krdnî RST la softswitch, office-y Kerkûk (NAT pisht mikrotik) phone-ekan hamu unregistered-n. sip tcp. pêshtr hich kesha nabu`),
  ],
  firewallRst: [
    fw(`bra piştî RST On, calls li pişt fortigate hang dibin. fortigate log: "packet dropped, no session matched" ji bo TCP RST`),
    fw(`kak la dway RST mode, pfSense RST packet-ekan block dakat (state mismatch). call-ekan fail dabn`),
    fw(`slaw, piştî ku me RST vekir iptables conntrack RST-an wekî INVALID drop dike. calls naçin. log:
IN=eth0 OUT= SRC=198.51.100.7 DST=10.0.0.5 PROTO=TCP SPT=5060 DPT=41022 RST`),
    fw(`bra ASA: "Deny TCP (no connection) from 10.0.0.5/5060 to 198.51.100.33/50211 flags RST" piştî SS_TCP_CLOSE_RESET On. calls fail dibin`),
    fw(`kak ji dema RST on calls hang dibin. fortigate RST wekî out of state drop dike. çi bikin?`),
    fw(`piştî ku close reset hat vekirin, firewall-a stateful ya li ber softswitch RST packets qebûl nake, calls fail dibin. pfsense 2.7`),
    fw(`bra fortigate log:
action=deny msg="tcp rst packet dropped: session not found" srcip=10.0.0.5 dstport=5060
ev piştî RST enable dest pê kir. calls dikevin`),
    fw(`slaw kaka, la dway RST on, iptables-y ser server ("-m state --state INVALID -j DROP") RST-ekan faray dadat, call-ekan hang dabn`),
    fw(`kak ji duhi ve calls fail dibin, piştî RST mode. tcpdump li pişt firewall RST dibîne, li ber firewall na. firewall wan drop dike`),
    fw(`bra pfSense log: "TCP:R" blocked, default deny rule. ev piştî SS_TCP_CLOSE_RESET="On" e. calls hang dibin`),
    fw(`slaw, la dway RST mode, ASA packet-y RST wak "out of state" drop dakat. call-ekan la nîwa-y rê dawastin`),
    fw(`kak fortigate-a me RST drop dike, calls fail dibin. piştî ku we RST on kir. ev çawa çareser dibe?`),
    fw(`piştî RST on, log-a conntrack: "nf_ct_tcp: invalid RST" û calls hang dibin. firewall iptables e li ber vos`),
    fw(`bra me ji bo TIME_WAIT RST enable kir lê niha calls bo carrier hang dibin. firewall-a stateful (sophos) RST drop dike. log: "invalid packet dropped TCP RST"`),
    fw(`kak duhi RST on bû, îro 40% calls fail. fortigate li ber server e. "no session matched" flags RST`),
    fw(`slaw, firewall-ekey ema (pfsense) la dway RST-y softswitch RST-ekan block dakat. call-ekan ring nakan`),
    fw(`bra call setup 30 saniye hang dibe û paşê fail. ji dema close reset. iptables -L -v nîşan dide ku counter-a INVALID DROP zêde dibe (1.2M)`),
    fw(`kak asa log: %ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 203.0.113.14/49152 flags RST on interface inside. piştî RST On`),
    fw(`piştî RST mode calls tenê fail dibin bo wan trunk-an ku di fortigate re derbas dibin. yên din baş in. fortigate RST drop dike`),
    fw(`bra me SS_TCP_CLOSE_RESET On kir, niha firewall (checkpoint) RST wekî "out of state" drop dike û calls disekinin`),
    fw(`slaw kaka, RST-ekan la firewall-y stateful-da drop dabn la dway RST mode. bo ewa call-ekan hang dabn. chi bkain?`),
    fw(`kak calls piştî RST naxebitin. tcpdump:
10.0.0.5.5060 > 198.51.100.40.38211: Flags [R.]
lê carrier dibêje RST nagihîje wan. fortigate di navbera de ye`),
    fw(`bra pfsense state table: TCP "CLOSED:SYN_SENT" û RST blocked. piştî RST on calls hang dibin`),
    fw(`kak dwênê RST on bu, esta fortigate hamu RST-ek drop dakat "invalid state", call fail dabêt`),
    fw(`bra piştî guhertina close reset, firewall-a li ber vos RST packets bloke dike. calls di ringing de hang dibin`),
    fw(`slaw, ema iptables conntrack bakar dênin, la dway RST on call-ekan fail dabn. dmesg: "INVALID RST dropped"`),
    fw(`kak firewall-a stateful ya datacenter-ê piştî RST mode RST-ên softswitch drop dike. calls fail. datacenter dibêje RST out of state e`),
    fw(`bra fortigate: "reason: tcp-rst-out-of-session" gelek caran, piştî SS_TCP_CLOSE_RESET On. calls qut dibin`),
    fw(`slaw, la dway RST enable, juniper SRX RST-ekan drop dakat (no session), call-ekan fail dabn. pêshtr hich kesha nabu`),
    fw(`kak ji dema RST vebû calls hang dibin. min dît fortigate RST drop dike. li ber server e, stateful`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning85Set: readonly EvalItem[] = Object.values(tuning85Families).flat();
