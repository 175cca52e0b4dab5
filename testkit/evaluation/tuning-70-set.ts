import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators and resellers in Nepal and Sri Lanka writing Nepali and Sinhala in Latin letters
 * ("dai", "hajur", "bhayo", "chaina", "garnu", "ho ra", "aiyya", "mokakda", "nehe", "wenawa",
 * "awulak"), mixed with English technical terms; informal WhatsApp style, some with pasted log lines.
 *
 * The seventieth tuning split, by family. Five negative families of 27 (one service that cannot bind
 * its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the seventieth never-tuned set, before the thirty-eighth round of rules, by someone who had
 * read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the
 * other sets in view; measured as such before and after the thirty-eighth round, then made tuning
 * material for the thirty-ninth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 94.4 %, negatives confident 10.4 %, confident wrong 0 % with the rules of the
 * thirty-seventh round, and the same after the thirty-eighth.
 */
export const tuning70Families = {
  oneListeningPort: [
    no(`dai, vos web portal khuldai chaina. httpd start garda "(98)Address already in use: make_sock: could not bind to address 0.0.0.0:80" aaucha. arko kehi le 80 port line ho ra?`),
    no(`aiyya mysql start wenne nehe, log eke "Can't start server: Bind on TCP/IP port: Address already in use" kiyala. port 3306 eke wena ekak thiyenawa wage. mokakda karanna one?`),
    no(`hajur mero laptop ma node dev server chalauda EADDRINUSE :::3000 aayo. vos sanga kehi connection chaina, just billing dashboard banaudai thiye`),
    no(`docker run -p 8080:8080 garda "Bind for 0.0.0.0:8080 failed: port is already allocated" bhanchha dai. tomcat pahile nai chaliraheko cha jasto cha`),
    no(`machan test box eke kamailio ekak dammama 5060 bind wenne nehe, "bind: Address already in use". vos softswitch eka already 5060 allan innawa. kamailio eka wena port ekakata danna puluwanda?`),
    no(`dai second sip server 5060 ma chalauna khojeko, asterisk le "Unable to bind to 0.0.0.0:5060: Address already in use" bhanyo. euta server ma duita sip ta hudaina hola ni?`),
    no(`aiyya nginx restart karaddi mehema enawa:
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
apache eka thama run wenawa da danne naha. check karanne kohomada?`),
    no(`vos3000 web manager open hudaina dai after reboot. catalina.out ma "java.net.BindException: Address already in use: JVM_Bind <null>:8080" cha. arko java process chali rahecha jasto cha`),
    no(`ane mage reseller panel eka (php artisan serve) port 8000 eke start wenne nehe, "Failed to listen on 127.0.0.1:8000 (reason: Address already in use)". kalin eka close kale nehe wage`),
    no(`dai mysql ko port 3306 ma arko mariadb instance ni start garna khojda bind error aayo. euta matra chalna milcha ni hai?`),
    no(`hajur redis-server start garda "Could not create server TCP listening socket *:6379: bind: Address already in use". billing cache ko lagi ho, vos ko haina`),
    no(`aiyya python flask app eka 5000 eke run karanna giyama OSError: [Errno 98] Address already in use. mama kalin run karapu eka kill kale nehe wenna ati`),
    no(`dai haproxy le frontend 5061 bind garna sakena bhanyo, "cannot bind socket [0.0.0.0:5061]". vos le pahile nai 5061 line gareko ho ra?`),
    no(`vos reinstall karata passe mbx3000 start wenne nehe, log: "bind 0.0.0.0:5060 failed, errno 98". parana softswitch process eka thama run wenawa wage ps eke penawa. meka kill karanna one da?`),
    no(`dai ssh port 2222 ma change gareko, sshd restart garda "Bind to port 2222 on 0.0.0.0 failed: Address already in use." aayo. aru service le tyo port line rahecha`),
    no(`machan podman container eka up karanna baha, "rootlessport listen tcp 0.0.0.0:80: bind: address already in use". host eke httpd thiyenawa`),
    no(`hajur vos ko web portal 80 bata 8088 ma sarna khojeko, tara 8088 ma squid chalirahecha, "Address already in use" bhanyo. aba kun port use garnu?`),
    no(`aiyya grafana eka 3000 port eke start wenne nehe, log eke "listen tcp 0.0.0.0:3000: bind: address already in use". monitoring eka vos server ekema thiyenne`),
    no(`dai windows pc ma microsip ra zoiper dubai chalauda duitai 5060 linchan, dosro le "port already in use" bhanchha. euta close garnu parcha ho?`),
    no(`mata mysql eka start karanna bari una machan. netstat -tlnp | grep 3306 gahuwama:
tcp 0 0 0.0.0.0:3306 0.0.0.0:* LISTEN 2231/mysqld
parana mysqld eka hang wela thiyenne wage`),
    no(`dai freeswitch test garna install gareko, 5080 ma bind bhayena "Address already in use". vos le 5080 use garcha ho ra?`),
    no(`ane docker-compose up karaddi postgres service eka fail, "0.0.0.0:5432: bind: address already in use". host eke postgres ekak already run wenawa`),
    no(`hajur vos callback web service 8090 ma start hudaina, bind exception aayo. kasle line gareko ho thaha chaina, lsof chalayera herne?`),
    no(`aiyya java billing api eka start weddi "java.net.BindException: Address already in use (Bind failed)" port 9090. eka port ekai, traffic nehe, server eka aluth`),
    no(`dai vsftpd start bhayena, "500 OOPS: could not bind listening IPv4 socket". port 21 ma proftpd pani cha ki kya ho`),
    no(`machan mage dev vm eke vite server eka "Port 5173 is in use, trying another one..." kiyanawa. ehema awulak nehe neda? vos ekata sambandayak nehe`),
    no(`dai rtpproxy start garda control socket 7722 ma bind bhayena, "can't bind to a socket: Address already in use". arko rtpproxy process pahile nai chalirahecha ki?`),
  ],
  otherRegistrationCause: [
    no(`dai hijo sip password change gareko thiyo, ani bata sabai grandstream phone unregistered bhayo. log ma "401 Unauthorized" matra aaucha`),
    no(`aiyya trunk eka register wenne nehe ada udae idan. provider kiyanawa eyala IP eka change kala kiyala, api config eke parana IP eka thiyenne`),
    no(`hajur hamro office ko ISP down cha bihana dekhi, tesaile sabai extension unregistered dekhaudai cha. internet aayepachi thik hola ni?`),
    no(`machan client ge account eka expire wela, e nisa phone register wenne nehe "403 Forbidden" enawa. renew karanna kohomada vos eke?`),
    no(`dai vos license expire bhayecha jasto cha, hijo dekhi kunai pani phone register hudaina. license renew garnu parne ho?`),
    no(`aiyya office eke router eka aluth ekak dammata passe yealink phone tika unregistered. udp 5060 use karanne, TCP nehe. SIP ALG on da danne naha`),
    no(`dai sip server ko domain name change gareko, sip.oldname.com bata voip.newname.com. phone haru ma purano domain cha, tesaile register hudaina`),
    no(`hajur yo reseller ko phone register hudaina, log ma "REGISTER from 1002: wrong password" dekhiyo. usle password galat halcha hola`),
    no(`ane mage phone eke light ekak wath nehe, power adapter eka kadila wage. ekai unregistered penne`),
    no(`dai MikroTik ferine bhayo shop ma, aba bata 5 ta phone unregistered. sabai UDP ma cha, RST ko kura haina. nat rule haru purano router ma thiyo`),
    no(`aiyya dns server eka down wela, phones walata sip domain resolve wenne nehe. "DNS lookup failed" kiyala phone screen eke enawa`),
    no(`hajur mero server ko public IP change bhayo (datacenter migration), phone haru purano IP ma register garna khojdai chan`),
    no(`machan softphone eka register wenne nehe, "408 Request Timeout". passe hoyala baluwama LAN cable eka galawila`),
    no(`dai customer le 3 choti password galat halera account lock bhayo vos ma, ani tyo customer ko phone register hudaina. kasari unlock garnu?`),
    no(`aiyya VPN tunnel eka down una branch office ekata, ethana phone okkoma unregistered. VPN eka up karama hari`),
    no(`dai phone ko firmware upgrade garepachi provisioning config reset bhayecha, sip username nai chaina. tesaile unregistered dekhaucha`),
    no(`hajur 4G dongle ko data pack sakiyo shop ma, phone sabai unregistered. recharge garepachi register bhayo ki bhayena hernu parcha`),
    no(`machan NTP wadak nehe, phone eke date eka 2000 kiyala penawa, TLS cert eka validate wenne nehe e nisa register wenne nehe`),
    no(`dai vos ma mapping gateway ko IP whitelist bata hatayo kasaile, ani trunk unregistered. "403 IP not allowed" aucha`),
    no(`aiyya provider eka password rotate kala kiyala email ekak ewala, api update kale nehe. dan trunk eka "401" dala register wenne nehe`),
    no(`hajur hamro sip server LAN bhitra cha, server ko static IP kasaile 192.168.1.10 bata .20 ma change garyo. phone haru aba register hudaina`),
    no(`ane office eke switch eka (PoE) off wela, phone okkoma unregistered. ups eka battery iwarai`),
    no(`dai ISP le CGNAT ma haldiyo hamilai hijo dekhi, port forward sabai kaam gardaina, remote phone register hudaina. UDP ho, TCP use gardainau`),
    no(`machan trunk eka register wenne "Registration expired" kiyala, provider account eka suspend karala bill gewwe nehe nisa`),
    no(`dai extension 2005 ko sip user name ma typo cha, "2OO5" lekheko (O letter). tesaile register hudaina hola`),
    no(`aiyya customer kiyanawa phone unregistered kiyala, baladdi eyage wifi router eka restart wenawa hama paha minittuwakatama. router eka damage wage`),
    no(`hajur linksys router ko firmware update bhayo ani SIP ALG aafai on bhayecha, phone UDP ma register hune ra jane garcha`),
  ],
  smallFigures: [
    no(`dai ss -s herda TIME_WAIT 214 matra cha, yo normal ho ni? server shanta cha aile`),
    no(`aiyya TIME_WAIT kiyanne mokakda hariyatama? netstat eke godak penawa, awulak da?`),
    no(`hajur SS_TCP_CLOSE_RESET le k garcha? manual ma RST bhanera lekheko cha, bujhina`),
    no(`machan api RST enable karanna one da? traffic eka daily 20 CPS witharai, godak TCP nehe`),
    no(`dai health check:
TCP: 412 (estab 96, closed 280, orphaned 0, timewait 263)
yo thik cha ki kunai problem cha?`),
    no(`aiyya ip_local_port_range default eka mokakda centos 6 eke? 32768 61000 neda? wenas karanna one nehe wage traffic adui`),
    no(`hajur tcp_tw_reuse on garda k farak parcha? hamro server ma kunai problem chaina, bujhna matra sodheko`),
    no(`dai netstat -ant | grep TIME_WAIT | wc -l garda 157 aayo. peak hour ma pani 500 bhanda badhi jadaina. chinta garnu parena hola?`),
    no(`machan FIN ekai RST ekai athara wenasa mokakda? SIP TCP close weddi`),
    no(`dai softswitch.conf ma SS_TCP_CLOSE_RESET="Off" dekhiyo. yo default ho? chhodda hunchha?`),
    no(`aiyya monthly check eka kala, TIME_WAIT 320, ESTABLISHED 140, CPU 12%. okkoma hari wage. report ekata danna witharai`),
    no(`hajur RST on garda TLS ma close_notify skip huncha bhaneko k ho? hamro ma TLS chaina, curiosity matra`),
    no(`dai ss command chalena centos 5 ma "command not found". netstat le same kaam garcha ni? kunai error chaina, monitoring script lekhdai chu`),
    no(`machan service mbx3000d reparse saha restart athara wenasa mokakda? calls drop wenawa da reparse eke?`),
    no(`dai hamro server 8 CPS ko load ma chalcha, TIME_WAIT 90-100 ko beech. RST chahiyo ki chahiyena?`),
    no(`aiyya sysctl.d file eka centos 6 eke read wenne nehe kiyala ahuwa, ehenam sysctl.conf eke danna one da? danata wenas karanna deyak nehe, danaganna witharai`),
    no(`hajur ip_local_port_range 1024 65535 rakhda kunai risk cha? aile 32768-60999 cha ra kunai issue chaina`),
    no(`dai yo normal ho?
$ ss -s
Total: 388
TCP:   301 (estab 77, closed 201, orphaned 2, timewait 198)
naya server ho, 30 ota phone matra`),
    no(`machan SIP UDP ekai TCP ekai mokakda hodai VOS walata? api dan UDP, TCP walata maru wenna hithan innawa`),
    no(`dai TIME_WAIT kati samma badhyo bhane chinta garnu parcha? 1000? 10000? aile 180 cha`),
    no(`aiyya mage server eke 60 seconds TIME_WAIT timeout eka wenas karanna puluwanda? prashnayak nehe, igena gannawa`),
    no(`hajur SS_TCP_CLOSE_RESET On garda NAT phone lai asar garcha bhanchan, sachai ho? hami sochdai matra chhau, aile Off nai cha`),
    no(`dai daily report: calls 4200, asr 41%, acd 3.2 min, timewait max 240. sab thik cha`),
    no(`machan netstat eke CLOSE_WAIT 6i, TIME_WAIT 140i. CLOSE_WAIT kiyanne mokakda? TIME_WAIT ekata wada wenas da?`),
    no(`dai tcp_fin_timeout le TIME_WAIT ghataucha ki haina? padheko thiye, confirm garna`),
    no(`aiyya vos3000 2.1.6 eke SS_TCP_CLOSE_RESET parameter eka thiyenawada? parana version eka nisa ahuwe`),
    no(`hajur server ramro chaldai cha, tara boss le "RST mode k ho, hamilai chahincha ki?" bhanera sodhnu bhayo. 15 CPS, sab UDP phone. simple ma bujhaidinu na`),
  ],
  firewallNoRst: [
    no(`dai naya provider ko IP 203.0.113.45 whitelist garnu paryo iptables ma, 5060 udp. kasari garne?`),
    no(`aiyya fail2ban eken mage office IP eka ban karala, dan web portal ekata yanna baha. unban karanne kohomada?`),
    no(`hajur calls connect huncha tara awaz audaina dubai tira. firewall ma RTP range 10000-20000 khuleko chaina jasto cha`),
    no(`machan aws security group eke 5060 TCP ekai UDP ekai open karanna one da? aluth server eka`),
    no(`dai router ma SIP ALG off garna kaha bata garne? TP-Link cha, one way audio aaudai cha`),
    no(`aiyya csf firewall eken provider ge IP eka block wela, "LF_DISTATTACK" kiyala. allow karanna one`),
    no(`hajur iptables rule halera 5060 khole tara reboot garepachi hatyo. persist kasari garne centos 6 ma?`),
    no(`dai fail2ban le hamro reseller ko IP lai ban garyo, usle 10 choti galat password halecha. whitelist garna milcha?`),
    no(`machan google cloud firewall rule eke source range eka 0.0.0.0/0 dammoth sip scanners enawa neda? mokakda hoda?`),
    no(`dai ufw use gardainau, firewalld cha centos 7 ma. sip ko lagi port kholna command dinu na`),
    no(`aiyya one-way audio, customer ta ahenawa api ahenne nehe. fortigate eke RTP ports block wenawa wage. policy eka balanna one`),
    no(`hajur hamro datacenter ko hardware firewall ma 5060-5062 TCP allow garnu paryo, rule lekhna sahayog garnu`),
    no(`dai SIP scanner (friendly-scanner) le dherai REGISTER pathaudai cha, iptables le block garna rule chahiyo`),
    no(`machan MikroTik eke SIP helper eka disable karanna kiwwa provider eka. /ip firewall service-port eke sip disable karama hari da?`),
    no(`dai azure nsg ma RTP range khole ni audio aaudaina. vos ma RTP port range k cha check garnu parcha?`),
    no(`aiyya api iptables eke INPUT chain eka DROP policy dala. vos web 80 allow karanna amataka wela, portal eka open wenne nehe`),
    no(`hajur naya branch ko static IP 198.51.100.7 lai mapping gateway ma allow garnu cha ra firewall ma pani. 2 thau ma garnu parne ho?`),
    no(`dai calls 32 second ma drop huncha sabai, SIP ALG ko karan ho jasto cha router ma. RST mode off nai cha hamro`),
    no(`machan fail2ban jail eka vos sip log ekata hadanna one. filter regex eka thiyenawada?`),
    no(`dai pfSense ma port forward 5060 UDP gareko, tara bahira bata call audaina. rule milako cha ki herdinu na`),
    no(`aiyya hetzner cloud firewall eke RTP udp 10000-60000 open kale nehe, ehema nisa no audio. dan open kala, hari`),
    no(`hajur iptables -L herda "DROP all -- 45.x.x.x" rule dherai cha, kasle halyo thaha chaina. hatauda hunchha?`),
    no(`dai office firewall (sophos) ma voip ko lagi qos rule ra 5060 allow garnu cha. step batauna milcha?`),
    no(`machan GeoIP block ekak danna one firewall eke, Nepal saha Sri Lanka witharai allow karanna. toll fraud nisa`),
    no(`dai iptables ma rate limit halnu cha 5060 ma, ek IP bata second ma 20 bhanda badhi INVITE aayo bhane drop garne`),
    no(`aiyya fail2ban unban kala, e unata passe aye ban wenawa. ignoreip ekata danna one neda?`),
    no(`hajur digital ocean ko cloud firewall ma 5060 tcp inbound khulai diye ni, aba trunk connect bhayo. outbound rule chahincha ki?`),
  ],
  negationContext: [
    no(`dai hamro sabai phone UDP matra use garchan, TCP chaina. SS_TCP_CLOSE_RESET on garda phone lai asar garcha ki? aile sab register bhai rakheko cha`),
    no(`aiyya RST eka off, kawadawath on kale nehe. ehet phone unregistered wenawa, password eka wenas kalata passe idan`),
    no(`hajur kasaile kehi change gareko chaina server ma, TIME_WAIT pani 200 bhanda kam cha. tara aja web portal slow cha`),
    no(`machan pereda thibba "address already in use" prashne hari giya, tcp_tw_reuse dammata passe. dan okkoma hodata wada. thanks`),
    no(`dai yo hamro server haina, saathi ko server ma thousands TIME_WAIT cha re. unle afnai support lai sodhchan, jankari matra`),
    no(`aiyya gihiya awurudde wena server ekaka port exhaustion una, dan e server eka nehe. aluth eke ehema deyak nehe`),
    no(`hajur firewall le RST drop garcha bhanne suneko, tara hamro ma RST mode on nai chaina, Off cha. calls ramro chalirahecha`),
    no(`dai yedi hamile RST on garyo bhane MikroTik pachhadi ko phone haru unregistered hunchan? aile on gareko chaina, plan matra`),
    no(`machan phones unregistered una kiyala kiwwa, eth RST eka on kale nehe, nat eka wenas kale nehe. passe hoyagaththa customer ge password eka expire wela`),
    no(`dai pahile RST on garda firewall le drop garthyo, tara tyo last year ko kura ho, off garepachi sab thik cha. aile kunai issue chaina`),
    no(`aiyya "cannot assign requested address" error eka awe mage laptop eke load test tool eken, laptop eke wifi IP eka wenas una nisa. production vos eka hodata wada, TIME_WAIT 150i`),
    no(`hajur hami UDP only ho, tesaile SS_TCP_CLOSE_RESET le kehi asar gardaina hola ni? kei pani bigreko chaina`),
    no(`dai registration jane problem RST ko karan haina, hamro ISP ko outage thiyo 2 ghanta. aba sab phone registered cha`),
    no(`machan firewall eka RST drop karanawa kiyala hithuwa, tcpdump eken baluwama RST ekak wath nehe, SS_TCP_CLOSE_RESET Off. call fail wenne codec mismatch nisa`),
    no(`dai nobody changed anything, SS_TCP_CLOSE_RESET pani chhoyeko chaina. tara billing report ma cdr missing cha hijo ko`),
    no(`aiyya hypothetically, 500 CPS walata giyoth port exhaustion enawada? dan 40 CPS witharai, issues nehe`),
    no(`hajur reseller le "address already in use" bhanyo bhanera pathayo, herda ta usko aafnai laptop ko skype ko port rahecha. vos ma kehi chaina`),
    no(`dai pichhlo hapta ko TIME_WAIT spike 30000 samma pugeko thiyo, tara tcp_tw_reuse ra port range badhayepachi fix bhayo. aba 800 tira cha. report ko lagi matra`),
    no(`machan phone unregistered prashne eka RST nisa nemei, api RST on kalama nehe. phone eke wifi signal eka weak`),
    no(`dai NAT pachhadi phone cha hamro, tara SIP UDP ma cha ra RST off nai cha. registration ramro cha, just sodheko keepalive interval kati rakhnu?`),
    no(`aiyya firewall eka INVALID packets drop karanawa, eth api RST mode eka on kale nehe, kawadawath. calls hodata yanawa. just audit ekata ahuwe`),
    no(`hajur hamro ma TLS phone cha, tesaile RST on nagarne nirnaya gareko. kehi problem chaina aile, record ko lagi bhaneko`),
    no(`dai unregistered ko issue yo shop ma matra, tyo pani password change gare pachi. RST mode ra NAT ko kunai sambandha chaina, hami TCP use nai gardainau`),
    no(`machan competitor kenek ge switch eka peak time eke port exhaust wenawa lu, eyala apen ahanawa. api ge eke nehe ehema prashneyak`),
    no(`dai testing ko lagi RST on garera 10 minute pachi off gareko thiyo, tyo bela kehi problem bhayena. aile off nai cha, sab thik`),
    no(`aiyya "BindException" kiyala log eke thibba, eth eka 2022 eke parana log file ekak. dan server eka restart karala aluth logs wala error nehe`),
    no(`hajur firewall rule change gareko chaina, RST mode pani chhoyeko chaina, tara aaja bihana bata dashboard ma graph dekhaudaina. grafana ko issue ho ki?`),
  ],
  portExhaustion: [
    pe(`dai peak hour ma vos le naya TCP connection kholna sakdaina, log ma "connect failed: Cannot assign requested address". netstat ma 28000 TIME_WAIT cha`),
    pe(`aiyya rate 9 ta pahu wenakota call fail wenawa, softswitch log eke "bind: Address already in use" godak. TIME_WAIT 30k pamana`),
    pe(`hajur ss -s:
TCP: 31244 (estab 812, closed 30190, orphaned 14, timewait 30102)
busy hour ma calls gateway tira jadai jadaina`),
    pe(`machan 300 CPS ekata yaddi outgoing TCP to vendor fail wenawa EADDRINUSE kiyala. kalin 150 CPS eke kisi prashnayak nehe`),
    pe(`dai saanjh 7 dekhi 10 baje samma sip tcp trunk tira naya connection bandai chaina, "cannot bind" error. TIME_WAIT hajaaraun cha`),
    pe(`aiyya netstat -ant | grep TIME_WAIT | wc -l = 27841. traffic wadi wela, calls half ekak fail`),
    pe(`hajur hamro switch le sabai local port sakayo jasto cha. busy time ma "Cannot assign requested address", quiet time ma thik huncha`),
    pe(`dai log:
2024-03-11 20:14:07 [ERR] tcp connect to 10.20.1.5:5060 failed: errno 99 (Cannot assign requested address)
2024-03-11 20:14:07 [ERR] tcp connect to 10.20.1.5:5060 failed: errno 99
yo raati 8 baje matra aaucha`),
    pe(`machan cps eka wadi karapu dawase idan vos eka TIME_WAIT walin pirila. 40k witharai. aluth call yanne nehe peak eke`),
    pe(`dai load dherai hune bela softswitch log ma "BindException: Cannot assign requested address" lagataar aaucha, ani vendor tira SIP TCP call jadaina. ephemeral port sakiyo jasto cha`),
    pe(`aiyya ip_local_port_range eka 32768 60999, ehema thiyeddi 200 cps wala TIME_WAIT 28k. port iwarai wage, outbound tcp fail`),
    pe(`hajur dinbhari thik, tara evening peak ma 250 cps pugda naya TCP ko lagi port nai baki hudaina. k garne?`),
    pe(`dai ek vendor TCP ma cha, tyo tira peak ma call ekdamai fail huncha, ss ma timewait 29k dekhaucha. UDP vendor haru thik chan`),
    pe(`machan "Address already in use" kiyala error eka enne call 1000 concurrent pahu weddi witharai. outgoing socket open karanna baha softswitch ekata`),
    pe(`dai reseller haru ko traffic double bhayo yo hapta, ani busy hour ma TCP connect fail, TIME_WAIT 25 hajar+. RST on garna parcha ki?`),
    pe(`aiyya log eke:
sip_tcp_connect(): bind() failed, EADDRINUSE
sip_tcp_connect(): bind() failed, EADDRINUSE
ramazan offers nisa traffic eka godak wadi`),
    pe(`hajur netstat herda sabai port TIME_WAIT ma, 32768 dekhi 60999 samma bhari. naya call le TCP socket paudaina`),
    pe(`dai kaam ko samaya ma 180-220 cps cha, tyo bela vos bata carrier ko TCP link kholda "cannot assign requested address". raati thik`),
    pe(`machan server eka port walin iwarai una, TIME_WAIT 31k. peak eke calls "503" walata yanawa mokada outbound tcp open wenne nehe`),
    pe(`dai busy hour ma new tcp connections fail, ani ss -tan state time-wait | wc -l = 26520. tcp_tw_reuse 0 cha aile`),
    pe(`aiyya dawasema 6 pm pahu weddi outbound sip tcp fail wenawa. dmesg eke nehe deyak, eth TIME_WAIT 30000 pamana`),
    pe(`hajur yo dekhnu:
Active Internet connections
tcp 0 0 10.0.0.2:41022 10.0.5.9:5060 TIME_WAIT
tcp 0 0 10.0.0.2:41023 10.0.5.9:5060 TIME_WAIT
... (27 hajar line)
ani peak ma call out jadaina`),
    pe(`dai CPS 120 bata 350 pugyo naya wholesale client le garda, tyo pachi peak ma port exhaustion jasto cha, naya tcp socket bandai chaina`),
    pe(`machan ane help, traffic peak eke vos softswitch "Cannot assign requested address" dala tcp calls okkoma reject. TIME_WAIT gaana 28k`),
    pe(`dai local port range sakiyo jasto cha, error 99 ekdam aaucha 9 baje tira. TIME_WAIT kam garne upaya chahiyo`),
    pe(`aiyya high cps wela outgoing connections walata free ports nehe. netstat eke TIME_WAIT bahutayak, 29k witharai. tw_reuse on kale nehe`),
    pe(`hajur hamro switch busy bela ma "bind failed: Address already in use" dinchha jaba carrier tira TCP khulcha. offpeak ma yo error aaudaina`),
    pe(`dai bhanu na, 24k TIME_WAIT normal ho? peak hour ma half call fail bhairacha, TCP trunk ma`),
    pe(`machan peak CPS eke TCP handshakes fail wenawa, sockets TIME_WAIT eke hira wela. ss -s eke timewait 33k`),
    pe(`dai vendor le SIP TCP matra accept garcha, ani hamro 280 cps ma sabai ephemeral port TIME_WAIT le bhari hunchha. naya connection fail`),
  ],
  natUnregistered: [
    nat(`dai SS_TCP_CLOSE_RESET On garepachi office ko MikroTik pachhadi ko sabai phone unregistered dekhaucha. TCP ma register gareko cha`),
    nat(`aiyya RST mode eka on kalata passe gedara router walin yana softphones okkoma register wela tikak welawakin unregistered wenawa. sip tcp`),
    nat(`hajur hijo TIME_WAIT ghataun RST on gareko, aaja bihana bata NAT pachhadi ko yealink haru register jane aaune bhairacha. TCP transport`),
    nat(`machan zoiper (tcp) users la home wifi router eka pitipasse indan call ganna baha, unregistered kiyanawa. RST dala dawas dekak`),
    nat(`dai RST on gare dekhi shop haru ko phone (sabai router pachhadi, SIP over TCP) harek 5 minute ma unregistered hunchan`),
    nat(`aiyya close reset eka "On" kala, e dawase idan NAT pitupasse thiyena grandstream phones registration nathi wenawa. public IP thiyena phone hari`),
    nat(`hajur SS_TCP_CLOSE_RESET="On" halera reparse gareko, tyo pachi MikroTik hEX pachhadi ko 12 ota extension offline. TCP 5060`),
    nat(`dai last week RST enable garyo port problem ko lagi, aba home users (tcp softphone, nat router) lai register garna samasya. fix garne tarika?`),
    nat(`machan log:
REGISTER 1045 from 192.168.88.23 via 103.x.x.x:51322 expired
REGISTER 1046 from 192.168.88.24 via 103.x.x.x:51330 expired
RST on kala idan me NAT ip eke tcp phones okkoma expire wenawa`),
    nat(`dai RST mode on garepachi linphone tcp ma chalaune customer haru unregistered dekhinchan, sabai ghar ko router bata. office ko public IP phone thik cha`),
    nat(`aiyya ss tcp close reset on kalata passe, office eke router eka pitipasse phones tika registered/unregistered maru wenawa. TCP use karanne`),
    nat(`hajur RST lagaye pachi NAT bhitra ko phone le connection harauxa ani reregister hudaina 10-15 min samma. sip over tcp ho`),
    nat(`dai "On" gareko SS_TCP_CLOSE_RESET, tesaile ho ki k ho, tp-link router pachhadi ko microsip (TCP) sabai unregistered`),
    nat(`machan RST on kiyala dammata passe nat karana branch walata phones register wenne nehe. TCP transport. anith server eke public phones hari`),
    nat(`dai hijo bata NATed softphones unregistered. hijo nai hami le RST mode on gareko thiyo TIME_WAIT ko lagi. TCP ma chan`),
    nat(`aiyya RST enable kala passe, cafe eke router eka pahala thiyena phones 4 registration nati wenawa. sip tcp, kalin hodata wada`),
    nat(`hajur phone haru MikroTik NAT pachhadi chan ra TCP ma register garchan. close reset On garepachi "unregistered" ra "registered" bich ma ghumi rahancha`),
    nat(`dai yo hernu:
softswitch.conf: SS_TCP_CLOSE_RESET="On"
phone status: Unregistered (TCP, behind NAT)
yo setting change gare dekhi ho`),
    nat(`machan port exhaustion ekata RST on kala, eka hari una, eth dan NAT pitupasse inna tcp users la register wenne nehe. mokakda karanna one?`),
    nat(`dai home-office staff ko softphone (SIP TCP) haru RST mode pachi unregistered. office bhitra public IP bhako phone ma problem chaina`),
    nat(`aiyya RST on kalata passe 3CX softphone users (ADSL router pasupasse, TCP) registration nathi wenawa. RST off kaloth hari wenawada?`),
    nat(`hajur SS_TCP_CLOSE_RESET on gareko 2 din bhayo, NAT router pachhadi ko phone harulai "No service" dekhaucha. TCP transport use garchan`),
    nat(`dai RST on bhaye dekhi ek reseller ko sab shop phone (router NAT, sip tcp) unregistered bhairacha. aru direct IP ko customer thik`),
    nat(`machan api kalin dawasaka ss_tcp_close_reset eka on kala. ita passe nat wala inna phones "registration failed" pennanawa. TCP`),
    nat(`dai RST mode pachi NAT bhitra ko polycom (TCP) le re-register garna sakdaina, trying... trying... matra. pahile yesto thiyena`),
    nat(`aiyya RST on kala dawase idan gedara wala inna agents la (softphone, router NAT, TCP) unregistered. call center eka hitawenna wage`),
    nat(`hajur hamro TCP phones jun NAT pachhadi chan, RST on garda bata online rahadainan. RST hataunu parne ho?`),
    nat(`dai ajib bhayo, RST enable garepachi MikroTik pachhadi ko phone matra unregistered, tara same server ma public IP phone registered. sip tcp sabai`),
    nat(`machan NAT router ekak pahala tcp walin register wena phones okkoma RST mode eka on kalata passe unregistered. log eke "connection reset" godak`),
    nat(`dai RST on garepachi wifi router pachhadi ko android softphone (TCP) bar bar unregistered. RST garnu bhanda agadi kei problem thiyena`),
  ],
  firewallRst: [
    fw(`dai RST mode on garepachi calls hang hunchan, iptables log ma "INVALID" bhanera RST packet drop bhako dekhiyo`),
    fw(`aiyya SS_TCP_CLOSE_RESET On kalata passe calls drop wenawa. fortigate eke log eke RST packets deny kiyala penawa`),
    fw(`hajur kernel log:
IN=eth0 OUT= SRC=10.1.1.5 DST=10.2.2.9 PROTO=TCP SPT=5060 DPT=43112 RST
conntrack INVALID drop
RST on gareko dekhi calls fail`),
    fw(`machan RST on kala dawase idan, vendor eka pahala thiyena cisco asa eka RST packets drop karanawa kiyala eyala kiwwa. calls connect wenne nehe`),
    fw(`dai iptables ma "-m state --state INVALID -j DROP" rule cha, RST mode on gare dekhi sip tcp call haru fail huncha. yahi karan ho?`),
    fw(`aiyya RST enable kalata passe aws eke network firewall eka RST packet drop karanawa, calls setup wenne nehe hariyata`),
    fw(`hajur close reset on garepachi calls bich ma aadkinchha, firewall (pfsense) state table ma RST block dekhaucha`),
    fw(`dai RST on garda dekhi calls 30-40% fail. conntrack -S herda invalid counter ekdam badhdai cha, firewall le RST drop gardai cha`),
    fw(`machan api RST eka on kala TIME_WAIT nisa. dan firewall eka (sophos) RST packets out-of-state kiyala drop karanawa, call hang`),
    fw(`dai RST mode ma halepachi calls dropped, datacenter ko hardware firewall le RST lai invalid maanera falcha bhanyo NOC le`),
    fw(`aiyya log:
kernel: [UFW BLOCK] IN=eth0 ... PROTO=TCP SPT=5060 ... RST
SS_TCP_CLOSE_RESET On kalata passe me block wenawa, calls fail`),
    fw(`hajur RST on garepachi carrier sanga ko TCP call haru hang hunchan. unko checkpoint firewall le hamro RST drop garcha re`),
    fw(`dai SS_TCP_CLOSE_RESET="On" gareko, ani iptables ko conntrack le RST lai INVALID maanchha. calls bichma katchha`),
    fw(`machan RST mode eka on kalata passe call attempts fail, tcpdump eke RST yanawa eth firewall eken pahala enne nehe, drop wenawa`),
    fw(`dai juniper srx le RST packets "tcp-rst without session" bhanera drop gardai cha, RST mode on gare dekhi calls fail bhairacha`),
    fw(`aiyya cloud firewall (azure) eka RST drop karanawa RST on kala dawase idan. calls setup wela hang wenawa`),
    fw(`hajur firewall log ma "TCP packet out of state: RST" dherai cha, jaba dekhi RST mode on garyo, calls fail`),
    fw(`dai RST on gare pachi carrier tira call ko 20% lagbhag fail. iptables -L -v ma INVALID DROP counter RST le badhdai cha`),
    fw(`machan RST on kala, ita passe mikrotik firewall eke "drop invalid" rule ekata RST packets wadenawa, calls drop wenawa`),
    fw(`dai RST mode on garepachi sip tcp calls ringing ma atkincha. firewall le RST lai invalid state bhanera falcha, conntrack log ma dekhiyo`),
    fw(`aiyya RST dala passe, gcp firewall eke logs wala RST denied, calls connect wenne nehe vendor ekata`),
    fw(`hajur RST on garera reparse gareko, tyo pachi calls fail. palo alto ma "tcp-rst-from-server" drop session mismatch bhancha`),
    fw(`dai hamro iptables stateful cha, RST mode on gare dekhi RST packet haru DROP bhairahechan ani calls fail hunchan`),
    fw(`machan RST on kalata passe call hang wela clear wenne nehe. fortinet eke "RST out of session" drop logs godak`),
    fw(`dai RST mode on gareko 3 din bhayo, calls fail ko ratio badhyo. NOC le firewall le RST packets drop gareko confirm garyo`),
    fw(`aiyya SS_TCP_CLOSE_RESET On, ita passe calls randomly fail. iptables -t raw eke trace eke RST INVALID kiyala drop wenawa`),
    fw(`hajur RST on gare pachi firewall le RST packet drop garcha, ani carrier side ma connection adhuro rahancha, naya calls fail`),
    fw(`dai "nf_conntrack: invalid packet" log dherai aaucha RST mode on garepachi, ani calls drop. firewall ma RST allow garne kasari?`),
    fw(`machan vendor firewall eka apey RST packets drop karanawa RST mode on kalata passe. calls wadiyen fail, kalin hari`),
    fw(`dai RST enable garepachi hamro cisco firewall le RST lai allow gardaina, calls setup fail hunchan sip tcp ma`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning70Set: readonly EvalItem[] = Object.values(tuning70Families).flat();
