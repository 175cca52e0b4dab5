import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, NOC staff, resellers and their customers in the hills of the North-East, the Jharkhand-Odisha-Bengal
 * belt, Bhutan and the Tibetan communities of Dharamshala, Kathmandu and Lhasa, writing on WhatsApp: Mizo from
 * Aizawl, Lunglei and Champhai; Khasi from Shillong, Jowai and Nongpoh; Santali from Ranchi, Jamshedpur, Dumka and
 * Rourkela, mostly in Latin letters with a few greetings and pleas in Ol Chiki; Dzongkha from Thimphu, Paro and
 * Phuentsholing, romanized with the odd line in Joyig; Tibetan, mostly romanized, some in Tibetan script. About a
 * fifth each, mixed with English technical words, Hindi, Nepali, Bengali and a little Chinese, with clock times,
 * local words for thousand (sang, hajar, tongthra, khri) and pasted ss, netstat, sysctl, iptables and firewall lines.
 *
 * The hundred-and-thirty-fifth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the hundred-and-thirty-fifth never-tuned set, before the fifty-third round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured
 * as such before and after the fifty-third and the fifty-fourth rounds and the changes after them, then made
 * tuning material for the fifty-fifth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 86.7 %, negatives confident 14.8 %, confident wrong 0 % with the
 * rules of the fifty-second round and the changes after it, before the fifty-third.
 * After the fifty-third round: the same.
 * After the fifty-fourth round: the same.
 * After the changes that followed it (RST named beside "off", and more of the other causes, in a message read
 * little): negatives confident 14.1 % (from 14.8 %), the rest the same.
 */
export const tuning135Families = {
  oneListeningPort: [
    no(`Chibai u. Kan VOS3000 web manager a lut theih loh avangin tomcat ka restart a, catalina.out ah hei hi a lang:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
Tomcat hlui a la tlan reng em ni ang? Khawngaihin min pui rawh.`),
    no(`Khublei. Nga la install apache ha u server Jowai mynnor, mynta u nginx ym lah ban start: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). Ar tylli ki ym lah ban shong ha ka port 80 ma? Sngewbha shano.`),
    no(`Johar dada. Office re billing server mysql do restart ban hoyok kana. error.log: "[ERROR] Can't start server: Bind on TCP/IP port: Address already in use" ar "Do you already have another mysqld server running on port: 3306 ?". ps aux re bar mysqld nel hoyok kana. Cet leka sidhi?`),
    no(`Kuzu zangpo la aue. Nga gi laptop gu docker compose up bey da "Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use" zer ni. Postgres local lu install bey di yöp la. Container gi port 5433 lu sö ga?`),
    no(`Tashi delek kusho-la. Dharamshala office gi test box la kamailio yang 5060 la start jhe dus "ERROR: bind_sock: bind(5060) on 0.0.0.0: Address already in use" sa gi du. Server di la VOS3000 softswitch khö 5060 zung dugay. Kamailio port 5080 la tang na yakpo re pe?`),
    no(`Pu Mama, kan Grafana hi a start thei lo, journalctl ah "listen tcp 0.0.0.0:3000: bind: address already in use" tiin a lang. Nimin khan developer pakhat in node app a tlan a, port 3000 bawk a hmang a ni ang. Eng nge ka tihtheih?`),
    no(`Kumno phi long. U Spring Boot app jong ngi ha Shillong u ong "Web server failed to start. Port 8443 was already in use." Ngi ym pat kylla ei ei ha u config. Kumno ban tip ano u process uba bat ia ka port?`),
    no(`ᱡᱚᱦᱟᱨ. Flask app do "OSError: [Errno 98] Address already in use" men kana, port 5000. Terminal bar re ing run akat tahekana mone hoyok kana. Kill leka te jhar-akan?`),
    no(`Thimphu lu server khar httpd restart bey da: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443. Certbot standalone run bey di gi zung yi mo? Nga gi mi she la.`),
    no(`Gen-la tashi delek. Kathmandu office gi windows server la IIS start bhayena: "Only one usage of each socket address (protocol/network address/port) is normally permitted", port 80. Netstat ta dus Skype gi 80 zung dugay. Da kare che dgos?`),
    no(`FreeSWITCH leh VOS3000 hi server khatah kan dah a, freeswitch a start chuan sofia profile internal a fail: "Error Creating SIP UA for profile: internal (sip:mod_sofia@10.0.0.4:5060)". Port 5060 hi VOS in a hmang tawh niin ka ring. Sip_port thlak a tul em?`),
    no(`Phi ju shem ia kane? Redis ym start ha u container: "Could not create server TCP listening socket *:6379: bind: Address already in use". Ki redis bar ki dang shong ha ka host kaba shi. Khublei shibun.`),
    no(`Dada, node js developer pe hor ak laptop re "Error: listen EADDRINUSE: address already in use :::3000" nel hoyok kana, nodemon restart tayom re ghari ghari. npx kill-port 3000 ehop khan thik hoyok kana, mendhe cedak?`),
    no(`Kuzu zangpo la. Phuentsholing office ni openvpn server start ma tshu: "TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use". Openvpn instance gnyi ra yöp bey ya. Ga de bey ni la?`),
    no(`བཀྲ་ཤིས་བདེ་ལེགས། ngatso Lhasa server la bind9 start jhe gi mindu, port 53 la "address already in use" zer gi du. systemd-resolved gi zung dugay pay? Rogpa nang rog.`),
    no(`Asterisk test server-ah "Unable to bind to 0.0.0.0:5060: Address already in use" a lang a, chan_sip leh chan_pjsip pahnih in port khat an chuh vang niin a lang. Production a ni lo, lab mai mai. Pjsip.conf ah bind eng nge ka dah ang?`),
    no(`Mynstep 7 baje u zabbix agent ym lah ban start: "cannot create listener on port 10050: Address already in use". Nga la pynlong ia u agent2 ruh. Lada ngan weng ia u agent uba tymmen, ka biang?`),
    no(`Johar. Squid proxy do port 3128 re listen ban hoyok kana, "commBind: Cannot bind socket FD 12 to [::]:3128: (98) Address already in use". Setak khon office re net ban chalu kana, help lagit.`),
    no(`Aue, VOS server gu snmpd restart bey da "Error opening specified endpoint udp:161" zer, bind failed. Zabbix gu graph ma thong. snmpd gnyi run bey ni mo?`),
    no(`Kusho-la, Boudha office ma Jenkins restart garda "java.net.BindException: Address already in use: bind" port 8080 la. Tomcat dang Jenkins gnyi ka 8080 la dugay. Jenkins --httpPort thang dgos pa?`),
    no(`Sshd port hi 2222 ah ka thlak a, restart ka tih chuan "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." a lang. Docker container pakhat in 2222 a hmang tawh reng a ni. SSH a tla tawh a, console atangin ka lut a ni.`),
    no(`Sngewbha iarap. Ka vsftpd ym lah ban start ha u billing server: "500 OOPS: could not bind listening IPv4 socket". Ha ka jingshem jong nga u xinetd u dang bat ia ka port 21.`),
    no(`Jamshedpur office re php-fpm do "ERROR: unable to bind listening socket for address '127.0.0.1:9000': Address already in use (98)". Php7 ar php8 bar ge install akana. Okoe ge chalu dohoe hoyoka?`),
    no(`Gelephu lu dev server khar Jupyter gi "The port 8888 is already in use, trying another port." zer ni. Port 8888 di su gi zung yi mo shey ni ga? lsof mindu.`),
    no(`Ngatso VOS3000 server la mbx3000d restart jhe dus log nang la "bind 5060 failed: Address already in use" yö du. Ps tang na softswitch gnyi run jhe dugay, cron script gcig gi yang start jhe pa dra. Gcig kill jhe na yakpo yong gi re?`),
    no(`Kan ntpd hi a start thei lo: "unable to bind to wildcard address 0.0.0.0 - another process may be running - EXITING". chronyd a tlan tawh reng vang a ni mai. Eng hmang tur nge tha ber?`),
    no(`Dada, ami Mawlai theke likhchi. Prometheus start hoy na: "listen tcp 0.0.0.0:9090: bind: address already in use". Ka docker kaba shi ka dang bat ia 9090. Nga la kylla ia ka port ha ka compose file, hynrei ka dang ym biang.`),
  ],
  otherRegistrationCause: [
    no(`Chibai. Kan reseller pakhat phone 12 hi zing dar 8 atang a unregistered vek. Ka en chiang a, nimin zanah VOS-ah an account password ka thlak a, phone-ah ka thlak loh vang a ni. Log-ah "403 Forbidden" a lang. Provisioning file engtin nge ka update ang?`),
    no(`Khublei bah. Ki phone ha ka ophis Nongpoh ki ym register naduh mynstep. Ka ISP ki la kylla ia ka public IP namar ka router thymmai, bad ki phone ki pyndonkam UDP 5060 tang. Ha u VOS ka mapping gateway ka dang don ka IP tymmen. Kumno ban update?`),
    no(`Johar sir. Ghatsila re 20 go phone unregistered kana. Teheñ setak khon current banuk, UPS battery hõ sapha hoyena. PoE switch ban chalu kana. Current hijuk khan phone nijeak register hoyoka se VOS re cet hõ kami lagit?`),
    no(`Kuzu zangpo la. Paro lu customer gi phone tshu unregistered. Domain sip.druknet-voice.bt gi DNS record khatsa change bey yi. Phone khar DNS cache rnying ba ra yöp mo? Nslookup bey da IP rnying ba thong ni.`),
    no(`Tashi delek Pola. Dharamshala la ngatso TCP transport lagay yin, MikroTik router nang la. Khasang nas phone tsö unregistered dugay. Log la "Account expired" sa du, VOS nang la account di gi validity date March 31 la tsar song. Extend jhe thabs kare yin?`),
    no(`Pu, kan VOS licence hi a tawp dawn tih alert a lo lang tawh a, vawiin atang chuan registration 500 aia tam a pawm thei lo. Phone thar 30 te kha unregistered vek. Licence thar lak dan min hrilh thei em?`),
    no(`Ka jingeh ka long ha ka provisioning: nga la pynkhreh ia ki config file na ka Yealink hynrei nga la thoh "sip.examp1e.in" (1 ha ka jaka ka l). Ki 40 tylli phone ki ym lah ban register. Lada nga pynbiang ia ka template, ki phone ki ban register hi?`),
    no(`Dada, Dumka re fibre katena. 11 baje khon internet puraḱ banuk. Phone ar softphone joto unregistered kana. VOS do Ranchi re menak. Ale ban kami dareyak kana, ISP ticket hõ ocoak akana.`),
    no(`Aue, Trashigang lu phone tshu unregistered. Network engineer gi switch VLAN change bey yi, voice VLAN 20 ma ing ba 10 lu song ni. DHCP IP ma thob. UDP rang ing la, TCP mindu.`),
    no(`Tashi delek kusho-la. Boudha office la ngatso phone tsö unregistered dugay. ISP le naya router lagayo, hamro setup UDP matra ho, TCP chaina. Port forward rnying pa router la yö pa, gsar pa la me. Naya router ma kasari milaune?`),
    no(`Kan softphone (Zoiper) hi laptop-ah a unregistered. Windows update hnuah a ni a, Windows firewall-in Zoiper a block a ni ang. UDP chauh kan hmang, server lamah engmah kan thlak lo.`),
    no(`Ka phone jong ka bos ym register mynta. Nga la khmih, ka cable LAN ka la pyllait na ka switch. Nga la pynneh biang, hynrei ka dang ong "Registration failed". Dei ban reboot?`),
    no(`Sir ji, Bokaro reseller account re balance zero hoyena, VOS do account lock akada. Jotowak phone "Unregistered" dekhao kana. Recharge khan thik hoyoka se?`),
    no(`Kuzu zangpo la. Bhutan Telecom gi leased line khatsa numo cut song. Da lok yong yi, wai phone tshu da ra unregistered. Registration expiry 3600 ing, 45 mins lu register ma bey. Re-register bey thabs ga chi ing?`),
    no(`ཁ་སང་ nas nga'i phone tsö register jhe gi mindu. Yealink config nang la SIP server port 5060 bzhag pa, VOS nang la TCP 5066 lagay yin. Port nor song pay?`),
    no(`Champhai dawr a reseller te phone 6 a unregistered. Account username an type sual ("mz_champ01" ni lovin "mz_chmp01"). "404 Not Found" a lang. Ka siam dik tawh a, mahse a thenkhat a la unregistered.`),
    no(`Shillong. Ki phone ha ka ophis ki register ha ka Wi-Fi hynrei ym ha ka 4G hotspot. Ka 4G ka ym ai ia ka UDP 5060 (carrier block). Ngi ym pyndonkam ia TCP. Ym don jingkylla ha u server.`),
    no(`Johar. Chaibasa re nawa IP phone (Grandstream) akrin akat, mendhe "Not Registered". Factory default re SIP server khali menaka. Provisioning server re MAC address ban add akat tahekana.`),
    no(`Phone khar time/date 1970 lu ing mo. NTP ma sync bey. TLS certificate "not yet valid" zer di gi register ma bey ni. Ga de bey ni la?`),
    no(`Lhasa branch: server IP thang ra song, VOS di cloud gsar pa la song zin. Phone tsö IP rnying pa la register jhe gi dugay. DNS A record update jhe zin, yin na phone la cache yö pay. Rogpa nang rog.`),
    no(`Aizawl-ah zanin dar 10 khan khawpui a ri nasa a, kan office router a kang. Router thar kan dah a, phone zawng zawng an unregistered. Router thar-ah SIP ALG a on a ni ang, UDP kan hmang.`),
    no(`U account jong u reseller ha Mawkyrwat u la expire ha ka 1 tarik. Ki phone jong u ki ong "401 Unauthorized" bad ki ym register. Sngewbha renew shi bnai.`),
    no(`Dada, Rourkela office re VOS log re "IP blocked: too many failed registrations" nel kana. Mit phone re password bhul tahekana, ona tayom joto office IP ge block hoyena ar 15 phone unregistered.`),
    no(`Samtse lu VOS admin gi extension number duplicate bey yi (provisioning sheet nang nor song). Phone gnyi gi account gcig lu register bey di, gcig da unregistered lok song ni.`),
    no(`Tashi delek. Ngatso Bir office la phone tsö UDP transport yin. Router khasang reboot song, NAT table reset. TCP lagay ma yin, RST dang 'brel ba me. Unregistered kare bay re?`),
    no(`Kan Lunglei branch internet hi BSNL a ni a, vawiin chawhnu atang a down. Phone te a unregistered vek. Jio backup line kan nei a, mahse failover a thawk lo.`),
    no(`Khublei. Ki softphone jong ki staff ki ym register naduh mynnor namar ngi la kylla ia ka SIP domain na "voip.old.in" sha "sip.new.in" hynrei ym pat pynbiang ia ka app. Kumno ban push ia ka config ha ki 60 ngut?`),
  ],
  smallFigures: [
    no(`Chibai. Kan VOS server zan dar 11-ah ka en a:
Total: 412 (kernel 0)
TCP:   389 (estab 201, closed 150, orphaned 0, synrecv 0, timewait 148/0), ports 0
Hei hi a pangngai em? Calls a tha vek, health check mai.`),
    no(`Kumno, TIME_WAIT kaei ka mut? Ka student jong nga ha NEHU ka kylli. Nga kwah ban pynshisha: ka long ka state hadien ba ka TCP connection ka la khang, 2*MSL?`),
    no(`Johar. netstat -ant | grep TIME_WAIT | wc -l do 87 hoyena Sunday setak. Ale do chinta lagit menak se ban? Call do thik kana.`),
    no(`Kuzu zangpo la. Interview khar dri ba cig: "tcp_tw_reuse dang tcp_tw_recycle gi khyad par ga chi ing?" Nga gi lan mi she. Shey mi gi lab nang ga?`),
    no(`Tashi delek Gen-la. Ngatso CCNA class nang la dri ba: TCP RST dang FIN khyad par kare yin? SS_TCP_CLOSE_RESET On jhe na TIME_WAIT nyung ru 'gro gi re? Slob sbyong gi chedu, server la thang ma tang.`),
    no(`Thla kalta khan kan server-ah TIME_WAIT sang 40 a awm a, calls a fail hle a. Tunah chuan a fix tawh, report ka ziak mek. Root cause engtin nge ka ziak ang?`),
    no(`Ngi don 230 TIME_WAIT ha u VOS ha ka por ba ym don call (janmiet 2 baje). Dei ban kylla ei ei? Ngam kwah ban pynkylla lada ym donkam.`),
    no(`Sir, ip_local_port_range cet hoyoka? Ale re "32768 60999" menak. Ona tinak port? Mit hajar call lagit hõ sapha hoyoka?`),
    no(`Thimphu lu server khar ss -tan state time-wait | wc -l = 1,102. Call concurrent 60 ra ing. Di tshad ma ing mo? CPS 5 ra.`),
    no(`Kusho-la, TIME_WAIT grangs ka chi zhig ghang ngay yong gi yö re? Command gcig ston nang rog. ss mindu, CentOS 5 yin.`),
    no(`Kan NOC dashboard-ah TIME_WAIT graph hi 300 vel a ni reng, chawhnu peak-ah 650. Alert threshold eng zat nge ka dah ang? Sang 20 ah dah ka tum.`),
    no(`Hadien ka incident ka bnai kaba la dep (port exhaustion), ngi la pynbiang bad mynta ka ss -s ka pynpaw timewait 95. Nga kwah tang ban thoh ia ka postmortem. Ym don jingeh mynta.`),
    no(`ᱡᱚᱦᱟᱨ. College lab re "netstat -an" ñel re TIME_WAIT 14 go menak. Sir men-ae ona do bhul ban kana. Cedak TIME_WAIT hoyok kana? Note lagit olok kana.`),
    no(`Aue, Ashi Pema gi dri ba: "Cannot assign requested address" gi don dag ga chi ing? Nga chag gi server khar ma thong, deb nang lu thong yi.`),
    no(`Ngatso Kathmandu server ss -s: timewait 61/0, estab 40. Di yakpo yin pa? Manager gi weekly health check report dgos zer gi du.`),
    no(`Sysctl output ka rawn paste e, thlirna atan chauh:
net.ipv4.tcp_tw_reuse = 0
net.ipv4.ip_local_port_range = 32768 60999
net.ipv4.tcp_fin_timeout = 60
Kan traffic hi a tlem (CPS 3). Thlak a ngai em? Buaina engmah a awm lo.`),
    no(`Kaei ka jingpyrshah hapdeng SIP ha UDP bad SIP ha TCP na ka liang ka TIME_WAIT? Ka jingkylli tang, ngi ym don jingeh.`),
    no(`Hola ñinda 2 baje re 1 hajar TIME_WAIT nel akana ar 10 minute re 120 ge hoyena. Backup script chalu tahekana. Nitok thik kana, tang note lagit olok akana.`),
    no(`Kadrinche la. Dri ba gcig: TIME_WAIT 60 seconds tsang ra ing mo? Linux khar kernel lu fix bey di mo, sysctl gi change bey tshu ga?`),
    no(`Lhasa server la TIME_WAIT 2 tong tsam yö, concurrent call 1500 yö. Port 28,000 lhag yö. Di la nyen kha yö pa? Call tsö yakpo du.`),
    no(`Training hun atan: ephemeral port exhaustion hi engtin nge a lo thlen? Kan junior te ka zirtir dawn a, slide ka siam mek. Diagram tha i nei em?`),
    no(`Ka report na ka bnai Risaw: ha ka 3 tarik ngi la shem "Cannot assign requested address" 20 minit, ngi la pynbiang ha ka tcp_tw_reuse. Naduh kata ym don shuh. Sngewbha check tang ia ka graph.`),
    no(`Dada, ss -s re "estab 1200, timewait 2987" nel kana, 28 hajar port menak. Call joto thik kana. Ona normal gi?`),
    no(`Gelephu lu lab server: netstat -ant | awk '{print $6}' | sort | uniq -c
     12 ESTABLISHED
      4 LISTEN
      9 TIME_WAIT
Di ga chi zer ni? Lab gi assignment ing.`),
    no(`Kusho-la, ngatso VOS3000 la "Address already in use" log zla ba gcig la thengs gcig tsam thong gi du, vos restart jhe dus. Call tsö yakpo du. Di gnad che po yin pa?`),
    no(`Sir, SS_TCP_CLOSE_RESET hi eng nge a awmzia? Manual §4.3.5.2 ka chhiar a, hriatthiamna ka mamawh. Kan server-ah Off a ni a, buaina a awm lo.`),
    no(`Ka audit ka kylli: ka port range jong ngi ka long 1024-65535 naduh ka snem kaba la leit, bad ka TIME_WAIT ka long 400-500. Ka biang? Tang ban thoh ha ka audit sheet.`),
  ],
  firewallNoRst: [
    no(`FortiGate-ah SIP TCP 5060 leh RTP 10000-20000 hi VOS server tan ka hawng duh. Policy thar engtin nge ka siam ang? Carrier IP 2 chauh allow ka duh.`),
    no(`Khublei. Ka pfSense ka block ia ka IP jong ka carrier thymmai. Sngewbha, kumno ban whitelist ia 45.112.x.x ha ka alias? Ki call na ka carrier ki ym poi.`),
    no(`Johar. fail2ban re ale reseller IP ban hoyena, SIP re password bhul 5 dhao. Unban cet leka hoyoka? fail2ban-client set asterisk unbanip ?`),
    no(`Kuzu zangpo la. Paro office ni MikroTik gu SIP ALG off bey thabs ga chi ing? One-way audio thob da yöp. /ip firewall service-port disable sip bey mo?`),
    no(`Tashi delek. Cisco ASA nang la "inspect sip" kha che dgos pa? Kathmandu office la call one-way audio yong gi du. ACL nang la RTP port 10000-20000 kha phye zin.`),
    no(`iptables rule order hi a dik lo niin a lang, DROP rule hi ACCEPT 5060 hma-ah a awm:
1    DROP       all  --  0.0.0.0/0   0.0.0.0/0
2    ACCEPT     tcp  --  0.0.0.0/0   0.0.0.0/0   tcp dpt:5060
Engtin nge ka insert ang?`),
    no(`Ngi kwah ban block ia ki SIP scanner na ki ri bapher (geo-block) ha ka FortiGate. Ngi trei tang ha India bad Bhutan. Kumno ban pynlong?`),
    no(`Dada, Jamshedpur office firewall (Sophos) re VOS web port 8080 bahre khon bhitri ban hoyok kana. NAT rule hõ rakap akana. Cet bhul?`),
    no(`Thimphu lu pfSense khar port forward 5060 TCP VOS lu bey yi, wai outside lu ma lhod. Floating rule nang lu block gcig yö mo? Log nang lu "Default deny rule IPv4" dang SYN thong ni.`),
    no(`Kusho-la, Dharamshala server la ufw enable jhe dus SSH port 22 kha phye ma jhe pa la, nga rang server nas phyi la song. Console nas ga re che dgos?`),
    no(`Kan server-ah SIP brute force (sipvicious) a nasa hle, zan dar 1 atang attempt sang 30 zet. FortiGate-ah rate limit emaw IPS signature emaw engtin nge ka dah ang?`),
    no(`Ka ASA log: "%ASA-4-106023: Deny tcp src outside:185.243.x.x/5060 dst inside:10.0.0.5/5060 by access-group OUTSIDE_IN". Kane u scanner, ngi kwah ban pynneh ia u block, hynrei ban allow ia ka carrier 103.x. Kumno ban thoh ia ka ACL?`),
    no(`Johar. iptables -L -v counter re INPUT DROP 12 hajar packets nel kana, joto China IP khon SIP scan. Ona thik gi? Ipset geo-block lagit script menak?`),
    no(`Aue, Phuentsholing customer gi Windows firewall khar MicroSIP allow bey thabs ga chi ing? Inbound rule UDP 5060 dang RTP.`),
    no(`Lhasa office la firewall nang la VOS3000 web manager (port 8080) IP whitelist ma gtogs kha che dgos. pfSense alias nang la IP 3 add jhe thabs?`),
    no(`Reseller pakhat IP hi VOS firewall-ah black list-ah a lut palh. Mapping gateway IP whitelist-ah ka dah leh dawn. Black list atang engtin nge ka paih ang?`),
    no(`Nga kwah ban plie ia ka TLS 5061 ha ka FortiGate, ka VIP bad ka policy. Ki phone ki pyndonkam TLS mynta. Sngewbha ai ia ki steps.`),
    no(`Sir, pfSense re siproxd package install lagit se ban? Office re 15 phone NAT tayom re menak, call thik kana, tang puchhao.`),
    no(`Kuzu zangpo la, "nf_conntrack: table full, dropping packet" Samdrup Jongkhar lu router khar thong ni. nf_conntrack_max yar bey dgos mo?`),
    no(`Boudha office la pfSense nang la schedule rule gcig bzo dgos, dgong mo 10 nas zhogs pa 6 bar international call port block. Thabs kare yin?`),
    no(`Firewall log-ah SIP ALG in INVITE a thlak (Contact header-ah private IP) niin a lang. Kan router TP-Link a ni, ALG off theihna a awm em?`),
    no(`U IT guy uba tymmen u la thoh shibun ki rule ha iptables bad mynta ngim sngewthuh. Kumno ban save bad backup ia ki rule (iptables-save) shuwa ban kylla?`),
    no(`Ranchi data centre re FortiGate policy khon "SIP session helper" delete lagit menkana. config system session-helper re cet number? Call re one-way audio.`),
    no(`Bhutan Telecom gi upstream firewall khar UDP 5060 block bey ni zer. Nga chag 5080 lu sö ga? Alternative port ga chi yakpo?`),
    no(`ང་ཚོའི་ server la fail2ban jail [vos-sip] gsar pa bzo dgos. Filter regex "Authentication failed from <HOST>" bzo thabs ston nang rog.`),
    no(`ASA-ah object-group thar "VOS_CARRIERS" ka siam a, IP 6 ka dah. ACL-ah engtin nge ka hmang ang? Show run access-list ka rawn paste ang.`),
    no(`Ka jingkylli na u customer: "Ka firewall jong ngi ka ai tang ia ka port 5060, ka donkam ruh ia ki RTP?" Ngi ym don jingeh ha ki call, tang ban pynkhreh.`),
  ],
  negationContext: [
    no(`Phone te hi NAT hnuaiah an awm a an unregistered a ni, mahse RST hi kan on ngai lo, SS_TCP_CLOSE_RESET hi Off reng a ni. UDP chauh kan hmang bawk. Engvang nge ni ang?`),
    no(`Nga la phah ia ka message mynstep shaphang "Cannot assign requested address", sngewbha klet ia kata. U developer u test ia u script jong u ha ka laptop, ym ha u server.`),
    no(`Johar. Hola "firewall RST drop kana" mente olok akat tahekana, mendhe ona do ban. Carrier side re trunk down tahekana, ona ge call fail. Firewall do thik kana.`),
    no(`Kuzu zangpo la. TIME_WAIT 30,000 gi report di khatsa ra fix bey yi la. Dato 200 ra ing. Ticket close bey ga.`),
    no(`Manager gi quarterly report la dgos pa: "RST mode, port exhaustion, NAT unregistered" di tsö kare yin pa bshad pa re re bri dgos. Server la dka' ngal gang yang me.`),
    no(`Ka message hmasa kha ngaihsak suh khawngaih takin: "phone unregistered after RST" ka tih kha test lab server a ni a, production a ni lo, leh test lab kha kan paih tawh.`),
    no(`Ngi ym ju pynlong ia ka RST mode, ka SS_TCP_CLOSE_RESET ka dang Off. Ki "TCP:R" ha ka log pfSense ki long ki RST na ki scanner na bar. Ki call ki biang baroh.`),
    no(`Jahanae hõ softswitch.conf ban bodol akada. VOS do teheñ restart hoyena disk full karon. Port exhaustion do ban, TIME_WAIT 150 ge.`),
    no(`Di ni nga gi dri ba rang ing: lo ngoen khar TIME_WAIT tongthra 60 yöp, "Address already in use" zer di. Dato mindu, kernel tuning bey yi. Training gi don lu lab ni.`),
    no(`Kusho-la, nga'i sngon gyi message "calls failing after RST" de phyir len rog. Ngatso RST On jhe ma song, softswitch.conf nang la "Off" yin, nga nor song.`),
    no(`Nimin ka report "port exhaustion" kha a dik lo. "Too many open files" a ni, ulimit 1024 vang. TIME_WAIT a tlem, port a zo lo. Developer-in an fix mek.`),
    no(`Ki phone ki long hapoh ka NAT MikroTik, hynrei ki pyndonkam UDP tang, ym TCP. Bad ka RST ka dang Off. Ki unregistered namar ka ISP ka la weng ia ka line (ym siew bill).`),
    no(`Nitok problem banuk. "EADDRNOTAVAIL" hola setak nel akat tahekana, ip_local_port_range bodol khan thik hoyena. Tang report lagit olok kana.`),
    no(`Aue, RST mode On bey na NAT phone tshu unregistered lok ong zer di gi don dag ga chi ing? Nga chag gi On bey ma myong, dri ba rang ing.`),
    no(`Firewall ma yin, carrier yin. Call fail jhe ba'i rgyu mtshan: carrier trunk la codec nor song. FortiGate log nang la deny gang yang me.`),
    no(`Kan FortiGate hian RST a drop niin kan ring a, mahse packet capture kan la a, RST hi a pass vek a ni. Call fail hi billing rate table dik lo vang a ni.`),
    no(`Nga kylli tang na ka bynta ka presentation: "Hato ka SS_TCP_CLOSE_RESET On ka pynjulor ia ki phone hapoh NAT?" Ngi ym don ei ei ka jingeh.`),
    no(`Sir, RST mode do ale ban on akada. Phone do NAT re TCP re menak, joto registered kana. Tang puchhao lagit: gapa on lekhan cet hoyoka?`),
    no(`Softswitch.conf khar SS_TCP_CLOSE_RESET="Off" ing. Mi su gi yang change ma bey. Call fail di nga chag gi route config nor song ni, firewall gi don lu mindu.`),
    no(`Khasang gi "Cannot assign requested address" de VOS server la ma yin, nga'i laptop la curl loop gcig gi jhe song. Server yakpo du.`),
    no(`Chhiar mai turin: vendor-in min hrilh, "RST mode on chuan NAT phone-te an unregistered thei" an ti. Kan ta-ah chuan RST a Off a, phone te pawh UDP an ni. Hriatna atan chauh ka ziak.`),
    no(`Kumno, ka ticket #4411 shaphang ka firewall uba drop ia ki RST ka la biang naduh mynnor hadien ba ngi la kylla ia ka SS_TCP_CLOSE_RESET sha Off. Sngewbha khang ia ka ticket.`),
    no(`Hola men akat tahekana "port exhaustion", ona bhul. Netstat re TIME_WAIT ban, SYN_SENT 40 ge. Carrier IP do reply ban ema kana, ona network route problem.`),
    no(`Kadrinche. Sonam gi lab pa "NAT phone unregistered" di Paro lu ma ing, Bumthang lu ing, dang di lu RST On bey ma myong, phone tshu UDP ing. ISP router reboot bey di gi ing.`),
    no(`Nga'i message sngon ma de dor rog. Colleague gi test server la "iptables -A INPUT -p tcp --tcp-flags RST RST -j DROP" rang gi bzhag pa red, da phyir bton zin. Dka' ngal gang yang me.`),
    no(`Kan reseller-in "firewall-in RST a drop" a ti a, mahse an site-ah firewall reng reng an nei lo, 4G dongle mai an hmang. Signal a chak lo vang a ni, call a tla.`),
    no(`Ka jingkylli ka long tang na ka bynta ka exam CCNP: "Stateful firewall drops RST packets", kaei ka mut? Ngim trei ha u server.`),
  ],
  portExhaustion: [
    pe(`Chibai Pu. Kan VOS3000 hi zan dar 9 atang calls a fail nasa hle. ss -s:
TCP:   61234 (estab 1890, closed 58990, orphaned 12, timewait 58870/0)
Log-ah "connect: Cannot assign requested address" a tam. Peak hour a ni. Min pui rawh, tunah!`),
    pe(`Khublei. Ka server VOS ha Shillong ka ym lah shuh ban plie ia ki connection TCP thymmai sha ki carrier: "errno 99 EADDRNOTAVAIL". Ka netstat ka pynpaw 31 hajar TIME_WAIT. Ka jingeh ka sdang 6 baje janmiet ha ka por ba bun ki call.`),
    pe(`Johar dada! Ranchi VOS server re tisre 7 baje khon call fail kana. "Cannot assign requested address" log re pura. netstat -an | grep TIME_WAIT | wc -l = 29,880. Port joto sapha hoyena. Cet leka?`),
    pe(`Kuzu zangpo la. Thimphu VOS server khar numo chutshö 8 lu call fail. ss -s timewait tongthra 40 lhag ing. Log khar "bind: Cannot assign requested address" zer ni. Ga de bey ni la, dato ra!`),
    pe(`Tashi delek kusho-la. Kathmandu ngatso VOS3000 la dgong mo 7 nas call fail jhe gi du. ss -s la timewait 3 khri lhag yö. Log nang la "Cannot assign requested address" mang po du. Rogpa nang rog, da lta!`),
    pe(`Kan billing app (java) in VOS API a connect thei lo: java.net.BindException: Cannot assign requested address: connect. Server-ah netstat-in TIME_WAIT sang 28 vel a lang, 127.0.0.1 lam zawng zawng. Chawhnu dar 2-4 rush hour-ah chauh a thleng.`),
    pe(`Hadien ba ngi la ioh ia u customer wholesale uba thymmai, ka CPS ka kiew na 40 sha 180. Mynta man la ka sngi ha ka por peak ki call ki fail bad ka ss -s ka ong timewait 52310. Ka ip_local_port_range ka dang 32768 60999. Sngewbha iarap.`),
    pe(`Sir, CentOS 6 server, ss banuk. netstat -ant | awk '{print $6}' | sort | uniq -c:
  27911 TIME_WAIT
   1420 ESTABLISHED
Outgoing SIP TCP connect re "Address already in use" error. Teheñ ñinda peak re 30% call fail kana.`),
    pe(`Aue, Phuentsholing gi VOS khar sysctl net.ipv4.tcp_tw_reuse = 0 dang ip_local_port_range 32768 61000 ing. Numo peak lu TIME_WAIT tongthra 28 lhag thong, outgoing TCP connection ma bey, "errno 99". Tune bey dgos mo?`),
    pe(`Dharamshala nas: VOS3000 server la "connect() failed (99: Cannot assign requested address)" zer ba'i log tong phrag mang po yong gi du. TIME_WAIT 3 khri 1 tong. Da lta call phyed ka fail jhe gi du.`),
    pe(`Zing dar 10 atang khan kan VOS-in carrier SIP TCP trunk-ah connection thar a siam thei lo. "Cannot assign requested address" log-ah minute tin za tam a lang. Timewait 45k, CPS 220 vel. Reboot-in a tha lawk a, darkar 1 hnuah a lo chhuak leh.`),
    pe(`Ka Zabbix ka ai alert "TIME_WAIT > 25000" bad hadien 5 minit ki call ki sdang ban fail. Ha ka log: "sip tcp connect failed: EADDRNOTAVAIL". Kane ka long ka server VOS ha Guwahati uba ngi bat na Shillong.`),
    pe(`ᱡᱚᱦᱟᱨ. Dhanbad VOS re nitok call ban connect hoyok kana. ss -s: timewait 33012. Log: "Cannot assign requested address". ᱫᱟᱭᱟ ᱠᱟᱛᱮ ᱜᱚᱲᱚ ᱢᱮ.`),
    pe(`Paro lu ISP customer gi VOS khar radius authentication lu TCP connection tongthra mang ra yö. Outgoing connect khar "Address already in use" thong ni, local port ga ra zhi song. Call yar ma tshu. Rogs ram nang ga?`),
    pe(`Lhasa ཞབས་ཞུ server la ss -s: TCP 64001 (estab 2210, closed 61200, timewait 61040/0). Port tsang ma zad song dra. Call gsar pa connect jhe mi thub. Rogpa nang rog.`),
    pe(`Pi Mawii hian a rawn report: "Lunglei reseller call a kal thei lo". Server ka en a, netstat | grep -c TIME_WAIT = 30122, leh outbound socket-ah "bind(): Address already in use". Port range a tlem lutuk ang.`),
    pe(`Janmiet 11 baje u VOS u ym lah ban connect sha ka MySQL local: "Can't connect to MySQL server on '127.0.0.1' (99)". Ka TIME_WAIT ka long 29 hajar. Ki call ki fail namar ka billing ym lah ban thoh.`),
    pe(`Bhubaneswar office khon: VOS3000 re peak hour re "EADDRNOTAVAIL" errno 99. Port range 32768-60999 tinak ge, call 2500 concurrent, tcp_tw_reuse hõ 0. Nitok ge fix lagit, customer raga kana.`),
    pe(`VOS3000 khar ss mindu (CentOS 5). netstat -tan | grep TIME_WAIT | wc -l → 31877. Call fail "Cannot assign requested address". Dato ra bey dgos la, Bhutan Telecom trunk gi traffic chag ra yar song.`),
    pe(`Kusho-la, ngatso VOS la CPS 150 lhag song ste, java agent nang la "BindException: Cannot assign requested address" yong gi du, TIME_WAIT 2 khri 8 tong. Outgoing connection gsar pa gang yang mi 'gro. Kare che dgos?`),
    pe(`Tunah hian: cat /proc/net/sockstat
TCP: inuse 2101 orphan 3 tw 41877 alloc 2203 mem 410
Calls a fail, "Cannot assign requested address". Aizawl VOS. Sysctl thlak turin min kaihhruai rawh.`),
    pe(`Sngewbha kloi. Ka VOS ha ka data centre Mawlai: naduh 8 baje janmiet ki call ki fail 40%, ka log ka dap da "connect() failed: Cannot assign requested address". TIME_WAIT 48 hajar. Ngi ym pat kylla ei ei ha ka sysctl.`),
    pe(`Johar, Kolkata carrier ar ale VOS majhare SIP TCP. Ñinda peak re 300 CPS re ge ss -s timewait 56 hajar ar outgoing connect "Address already in use". Ekhon e call jacche na, daya kate goro me.`),
    pe(`ཀུ་ཟུ་བཟང་པོ་ལགས། VOS server khar local port ga ra zhi song. Log: "connect to 10.10.1.5:5060 failed: errno 99 (Cannot assign requested address)". TIME_WAIT 3 khri. Numo 9 lu peak ing.`),
    pe(`Boudha NOC nas: VOS3000 la Grafana graph nang la TIME_WAIT 5k nas 54k bar yar song, da lta. Outgoing SIP TCP connect mang po "EADDRNOTAVAIL". Hajur, chito garnus.`),
    pe(`Kan VOS3000 hi ephemeral port a zo vek niin a lang: ss -tan state time-wait | wc -l = 28201, port range 32768-60999 (28,232 chauh). Call thar 10 zelah 4 a fail. Engtin nge?`),
    pe(`Ka jingeh ha u softswitch: ha ka por ba ki call ki kiew (6-9 baje janmiet) u ym lah ban plie ia ki socket sha ki gateway, "Cannot assign requested address", bad ka TIME_WAIT ka kiew sha 35 hajar. Hadien 10 baje ka biang hi. Dei ban kylla ia ka tw_reuse?`),
    pe(`Sir, Jamshedpur VOS re teheñ setak 10 baje khon billing re "java.net.BindException: Address already in use: connect" ar softswitch re "errno 99". netstat re TIME_WAIT 30,115. Joto call drop kana.`),
    pe(`Gelephu lu VOS khar gateway 12 lu TCP trunk ing. Dato peak lu TIME_WAIT tongthra 47 dang "Cannot assign requested address" thong. CPS 260. Port range dang tw_reuse tune bey dgos zer ni?`),
    pe(`Da lta: ngatso VOS la "Cannot assign requested address" dang TIME_WAIT 6 khri lhag. Port range 1024-65535 bzos zin, yin na tw_reuse 0 yin. Call fail jhe gi du, CPS 400.`),
  ],
  natUnregistered: [
    nat(`Chibai Pu. Nimin zanah TIME_WAIT tihtlem nan SS_TCP_CLOSE_RESET hi On kan dah a. Vawiin zing atang MikroTik router hnuaia phone, SIP TCP hmang te zawng zawng an unregistered. UDP hmang te chu an tha. Engtin nge ni?`),
    nat(`Khublei. Hadien ba ngi la pynlong ia ka RST mode (SS_TCP_CLOSE_RESET=On) ha u VOS mynnor, ki phone ha ki ophis hapoh ka NAT (MikroTik bad ki router ha iing) ki ym register shuh ha TCP. Ki 80 tylli ki unregistered.`),
    nat(`Johar dada. Tisre ale softswitch.conf re SS_TCP_CLOSE_RESET="On" dohoakada. Onate Dumka ar Pakur re home router tayom re menak phone (TCP) joto unregistered hoyena. Nitok hõ ban register kana.`),
    nat(`Kuzu zangpo la. Khatsa VOS khar RST mode On bey yi. Dato Thimphu lu ADSL router nang gi phone tshu (TCP transport) unregistered lok song. NAT mindu gi phone tshu ga ra yakpo ing.`),
    nat(`Tashi delek kusho-la. Khasang ngatso VOS la SS_TCP_CLOSE_RESET On bzos. Da lta Dharamshala la home router nang gi phone tsö TCP nas register jhe gi mindu, unregistered du. Public IP yö pa'i phone tsö yakpo du.`),
    nat(`Reseller Pu Lala-in a rawn phone: a customer-te phone (TCP, ISP router hnuaiah) hi minute 5 danah an unregistered leh register leh a, a tawpah a unregistered reng. Ka check a, Thawhlehni khan SS_TCP_CLOSE_RESET On kan dah a ni. Public IP nei phone chu a buai lo.`),
    nat(`Ngi la kylla ia ka softswitch.conf sha SS_TCP_CLOSE_RESET="On" ban pynduna ia ka TIME_WAIT. Naduh kata, ki Grandstream ha Jowai (hapoh u MikroTik NAT, transport TCP) ki ong "Not Registered". Ka log VOS ka pynpaw ba ki REGISTER ki ym poi shuh.`),
    nat(`Sir, RST mode on khan Jamshedpur re 3 go office (MikroTik NAT re, SIP TCP) phone unregistered kana. UDP phone ar public IP phone thik kana. Off reak se? Boss hõ raga kana.`),
    nat(`Aue, Paro hotel gi phone 40 (NAT router nang, TCP lu register) dato unregistered ing. Nga chag gi ཁ་སང་ SS_TCP_CLOSE_RESET On bey yi, TIME_WAIT zhi ba'i don lu. Di gi ing mo?`),
    nat(`Kathmandu Jawalakhel office: Monday nyin VOS la RST mode On bzos. De nas bzung NAT nang gi Yealink phone (SIP over TCP) tsö unregistered chung. Router TP-Link yin. Da lta call yong gi mindu.`),
    nat(`Kan engineer-in TIME_WAIT vang in Zirtawpni khan VOS-ah RST mode a on a. Vawiin atang Zoiper softphone (TCP, wifi router NAT hnuaiah) hmang kan staff 25 te an unregistered vek. Khawngaihin a chhan min hrilh rawh.`),
    nat(`Ka log na u MikroTik ka pynpaw ba ka connection TCP 5060 ka la khang da ka RST na u VOS, bad hadien kata u router u ym shem shuh ia ka mapping NAT, ki phone ki unregistered. Kane ka sdang hadien ba ngi la pynlong ia ka SS_TCP_CLOSE_RESET mynnor.`),
    nat(`Johar. Hola ñinda 9 baje re SS_TCP_CLOSE_RESET On akada ar setak khon NAT tayom re TCP phone 120 go unregistered. Home router (JioFiber, Airtel) joto. Cet leka thik hoyoka?`),
    nat(`VOS admin ngai ing. SS_TCP_CLOSE_RESET="On" bey di lu nyin gnyi song. Dato customer tshu gi phone, NAT router nang dang TCP, re-register ma tshu. Log khar REGISTER 401 yang mindu, thad kar mi lhod.`),
    nat(`ཁ་སང་ nga'i VOS softswitch.conf nang la SS_TCP_CLOSE_RESET="On" bzos. དེ་ནས་ NAT router nang gi phone tsö (TCP) unregistered. Rogpa nang rog.`),
    nat(`Serchhip leh Kolasib branch phone te hi an unregistered, MikroTik NAT hnuaiah SIP TCP an hmang. RST mode On kan tih hnu hlauh a ni. Registration refresh-ah TCP connection a thi a, router-in a theihnghilh a ni mai thei.`),
    nat(`Mynta ka TIME_WAIT ka biang hadien ba ngi la pynlong ia ka RST mode, hynrei kumba 200 ki phone ha ki iing (hapoh ka NAT jong ki router, transport TCP) ki la unregistered naduh mynstep. Ngi donkam ban pynbiang.`),
    nat(`ᱡᱚᱦᱟᱨ. RST mode On re ge VOS tahekana. Rourkela re ISP router (NAT) re TCP phone do unregistered. Public IP phone ar UDP phone registered kana. Teheñ khon call ban hoyok kana.`),
    nat(`Kuzu zangpo la. Gelephu gi office gnyi lu MikroTik NAT yö, phone tshu TCP lu. VOS khar SS_TCP_CLOSE_RESET Off lu On lu bcos yi dus dang da phone tshu unregistered. Off lu log bey ga?`),
    nat(`Bir settlement office la phone 15, Airtel router (NAT) nang, SIP TCP. Ngatso VOS la RST mode On bzos nas nyin gsum song. Nyin re re'i dgong mo unregistered chung, phone reboot jhe na register yong, yin na yun ring ma thub.`),
    nat(`Kan NOC report (tunah): RST mode On (SS_TCP_CLOSE_RESET) dah hnuah NATed TCP endpoint 312 an unregistered. Public IP endpoint 40 te an tha. UDP endpoint te pawh an tha. Rollback tur em?`),
    nat(`U customer na Sohra u phone: "ka phone ka ong unregistered naduh mynnor". U pyndonkam TCP hapoh ka router BSNL (NAT). Ngi la pynlong ia ka RST mode mynnor ruh. Ki phone ki ba don public IP ki biang.`),
    nat(`Dada, Kolkata NOC: RST on lekate TIME_WAIT thik hoyena, mendhe Purulia re 60 phone NAT tayom re (TCP) unregistered hoyena. Ekhon ora register hocche na. Help!`),
    nat(`Dasho gi office lu phone 10 unregistered, NAT router nang lu SIP over TCP. Nga chag gi nyin gsum gong VOS khar RST mode On bey yi ing. Phone gi keepalive 30s ing.`),
    nat(`Lhasa branch: 周二 VOS la RST mode On bzos. De nas NAT nang gi IP phone tsö TCP transport unregistered dugay. Registration expires 3600. Kare che dgos?`),
    nat(`Pu, Pathianni zan khan kan engineer-in softswitch.conf-ah SS_TCP_CLOSE_RESET="On" a dah a, service mbx3000d reparse a ti. Thawhtanni zing atang home router hnuaia TCP phone zawng zawng an unregistered, a then UDP-ah kan thlak chu an tha.`),
    nat(`Kumno. Ka RST mode ka la On naduh ka Sngi Saitjain. Ki phone hapoh u MikroTik ha Nongstoin, TCP, ki unregistered 10 minit hadien ba ki register. Ki UDP ki biang. Kaei ka jingiadei?`),
    nat(`Sir, script khon softswitch.conf re SS_TCP_CLOSE_RESET On hoyena. Ona tayom Ghatsila re NAT router re TCP phone joto "Registration failed" ar unregistered. Ale do TCP ge, UDP ban.`),
    nat(`TashiCell 4G router nang gi softphone tshu (TCP) RST mode On bey ba'i shul lu unregistered. Wi-Fi NAT nang ra unregistered. Public IP yö pa'i desk phone tshu yakpo ing.`),
    nat(`Kusho-la, ngatso VOS la RST mode khasang On bzos. Da lta Kathmandu dang Pokhara office la MikroTik NAT nang gi phone tsö SIP TCP unregistered. Hajur, ke garne? Off la log na yakpo yong gi re?`),
  ],
  firewallRst: [
    fw(`Chibai Pu. Nimin khan SS_TCP_CLOSE_RESET On kan dah a, tunah carrier lam call 30% vel a fail. FortiGate-ah diagnose debug flow ka tlan a, VOS atanga RST packet-te "no session matched" tiin a drop vek. Firewall-in RST a paih vang niin a lang.`),
    fw(`Hadien ba ngi la pynlong ia ka RST mode ha u VOS, ka ASA ka log: "%ASA-6-106015: Deny TCP (no connection) from 10.20.0.5/5060 to 103.21.x.x/48122 flags RST on interface inside". Ki call ki fail na ka liang ka carrier. Sngewbha iarap.`),
    fw(`Johar dada. RST mode on akat tayom re pfSense log re "block TCP:R" VOS khon 5060 re pura. Ranchi re call fail kana, 20%. Firewall do RST pass ban ema kana.`),
    fw(`Kuzu zangpo la. Khatsa VOS khar SS_TCP_CLOSE_RESET On bey yi. Dato Thimphu data centre gi FortiGate gi RST packet tshu drop bey di gi call fail song ni. Log khar "no session matched" thong.`),
    fw(`Tashi delek. Ngatso VOS la RST mode On bzos nas, iptables conntrack gi RST tsö INVALID la drop jhe gi du:
 pkts bytes target prot opt in out source      destination
48211 2.3M DROP   all  --  *  *   0.0.0.0/0   0.0.0.0/0   state INVALID
Call fail jhe gi du, da lta.`),
    fw(`Kan MikroTik core router-ah "drop invalid" rule counter hi RST mode On kan dah atang chuan a kai chak hle (darkar khatah packet sang 90). Tunah calls a fail a, VOS atanga RST te hi a drop niin a lang.`),
    fw(`Ka jingeh: naduh ba ngi la pynlong ia ka SS_TCP_CLOSE_RESET, ki call sha ka carrier Airtel ki fail. Ngi la capture ha ka liang shabar jong ka FortiGate, ki RST ym mih shuh, ka firewall ka drop ia ki. Ha ka liang shapoh ki don.`),
    fw(`Sir, Cisco ASA re "Deny TCP (no connection) ... flags RST" hajar hajar log kana, RST mode on tayom khon. Bhubaneswar re SIP TCP trunk re call set up ban hoyok kana. Cet rule doho hoyoka?`),
    fw(`Aue, Phuentsholing lu pfSense khar RST mode On bey ba'i shul lu "TCP:R" block log mang ra thong. Call connect ma bey, 408 timeout. Firewall gi RST drop bey di mo?`),
    fw(`Kusho-la, Dharamshala data centre gi FortiGate nang la VOS gi RST tsö drop jhe gi du, RST mode On bzos nas. Call phyed ka fail. Log la "action=deny" dang tcp flags R yö. Rogpa nang rog.`),
    fw(`Zing dar 9 atang khan call a fail. Ka en chiang a: Thawhlehni-ah RST mode (SS_TCP_CLOSE_RESET=On) kan on a, kan pfSense hian stateful a nih avangin VOS RST te hi state mismatch in a block. pftop-ah a lang.`),
    fw(`Ka iptables ha u server gateway ka don "-m conntrack --ctstate INVALID -j DROP" bad ka counter ka kiew stet naduh ba ngi la pynlong ia ka RST. Ki call ki fail. Kane hi ka jingeh?`),
    fw(`ᱡᱚᱦᱟᱨ. Dhanbad data centre re Sophos XG firewall do VOS RST packet drop kana, RST mode On tayom khon. Call 40% fail. Log re "Invalid TCP packet" ar flags RST.`),
    fw(`VOS dang carrier gi bar lu Cisco ASA yö. SS_TCP_CLOSE_RESET On bey yi dang "106015 Deny TCP (no connection) flags RST" log thong, call fail. ASA lu RST allow bey thabs ga chi ing?`),
    fw(`ང་ཚོའི་ VOS la RST mode On bzos nas, MikroTik firewall filter "drop invalid" gi VOS nas yong ba'i RST tsö drop jhe gi du. Call mang po fail. Counter la packet 2 khri lhag.`),
    fw(`Reseller site pakhatah FortiGate an nei a, RST mode kan on hnu hian an call a fail reng. An firewall-in VOS RST hi session a hmu lo tiin a drop. Anni chauh an buai, firewall nei lo te chu an tha.`),
    fw(`Ka FortiGate ka ong "no session matched" ha ki RST na u VOS, bad ki call ki fail man la ka por peak. Ngi la pynlong ia ka SS_TCP_CLOSE_RESET ha ka Sngi Shai ban pynduna ia ka TIME_WAIT. Kumno ban pynbiang?`),
    fw(`Sir, Kolkata DC re pfSense stateful firewall re RST block kana: "TCP:RA" ar "TCP:R" block log. RST mode On tayom khon call setup fail. Firewall RST drop korche, call hocche na.`),
    fw(`Kuzu zangpo la. Nga chag gi VOS khar RST mode On bey yi nyin gcig gong. Stateful firewall gi RST drop bey di gi call fail ni, tcpdump lu RST inside lu thong, outside lu mindu.`),
    fw(`Kathmandu Thamel office gi ASA la "Deny TCP (no connection) ... flags RST" log mang po du. VOS la RST mode On bzos pa de nyin la. Carrier la call gang yang connect mi 'gro. Hajur, dherai urgent cha.`),
    fw(`iptables -L FORWARD -v -n (Aizawl gateway):
61220 3.1M DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
RST mode On kan tih atang a counter hi a kai reng a, carrier call a fail. RST te hi INVALID-ah a tla niin a lang.`),
    fw(`Khublei. Ka pfSense ha Shillong ka block ia ki RST na u VOS ("block ... TCP:R" ha ka Firewall log) naduh ba ngi la pynlong ia ka RST mode. Ki call na ka Tura ki fail, ki ba hapoh ka LAN ki biang.`),
    fw(`Johar. Ale VOS re RST mode On akada hola. Nitok Jamshedpur FortiGate re RST drop kana ar call 35% fail kana. Debug flow re "no session matched". FortiGate re RST allow ocoak se Off lagit?`),
    fw(`ཀུ་ཟུ་བཟང་པོ་ལགས། VOS khar RST mode On bey da ra, FortiGate gi RST packet drop bey ni, call fail. Dato ra bey dgos la.`),
    fw(`Lhasa DC: RST mode On bzos nas Huawei USG firewall gi RST tsö "session not exist" zer nas drop jhe gi du. SIP TCP call fail. Firewall la RST allow jhe thabs mi shes.`),
    fw(`Kan client Kolkata-a mi hian Cisco ASA an hmang a, RST mode kan on atangin an SIP TCP call a fail vek, ASA-in RST (no connection) a drop. An firewall rule thlak a harsa, engtin nge ka tih ang?`),
    fw(`Ka MikroTik ha ka ophis Jowai ka don ka rule "drop invalid" bad ka counter ka kiew haba u VOS u phah RST, naduh ba ngi la pynlong ia ka RST mode. Ki call ki fail. Ngi donkam ban pynbiang mynta.`),
    fw(`Sir, Rourkela gateway iptables re "nf_ct_tcp: invalid RST" log ar DROP counter rakap kana, RST mode On tayom khon. SIP TCP call fail. Nitok ge fix lagit.`),
    fw(`Paro lu hotel gi pfSense khar VOS gi RST drop bey ni, RST mode On bey ba'i shul lu. Call gcig gcig ra connect bey ni, gzhan fail. Firewall log "TCP:R block" thong.`),
    fw(`Tashi delek kusho-la. Ngatso VOS la SS_TCP_CLOSE_RESET On bzos nas, Kathmandu ISP gi stateful firewall gi RST tsö drop jhe gi du, call setup fail. tcpdump la VOS nas RST thon gi du, yin na carrier la ma slebs.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning135Set: readonly EvalItem[] = Object.values(tuning135Families).flat();
