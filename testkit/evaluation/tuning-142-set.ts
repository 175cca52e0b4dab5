import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Owners, NOC staff and resellers of VOS3000 shops in Dhaka, Chattogram, Sylhet, Khulna, Rajshahi and Bogura write
 * on WhatsApp, mostly in loosely spelled Banglish and about a third in Bangla script, mixed with English technical
 * words, with greetings, clock times and thousands as they say them, and pasted command output and log lines.
 *
 * The hundred-and-forty-second tuning split, by family, written as the largest markets write: it returns to
 * the languages most of the customers use, in fresh hands. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the hundred-and-forty-second never-tuned set, before the fifty-fifth round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured
 * as such before and after the fifty-fifth, fifty-sixth and fifty-seventh rounds, then made tuning material for
 * the fifty-eighth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 95.6 %, negatives confident 8.9 %, confident wrong 0 % with the
 * rules of the fifty-fourth round and the changes after it, before the fifty-fifth.
 * After the fifty-fifth round: in scope 94.4 %, negatives confident 8.9 %, confident wrong 0 % (the denial of port
 * exhaustion now reads an error named by its errno alone, with hints as without them, and one in-scope message as denied).
 * After the fifty-sixth round: in scope 95.6 %, negatives confident 7.4 %, confident wrong 0 %.
 * After the fifty-seventh round: the same.
 */
export const tuning142Families = {
  oneListeningPort: [
    no(`Assalamu alaikum vai, VOS web portal open hocche na. catalina.out e dekhi "java.net.BindException: Address already in use: JVM_Bind <null>:8080". tomcat ki duibar start hoye gese?`),
    no(`boss amar dev laptop e node server chalaite gele EADDRINUSE :::3000 ashe, kono VOS er kaj na, just personal project 😅 kivabe port free korbo`),
    no(`ভাই mysql start হচ্ছে না, log এ লেখা "Can't start server: Bind on TCP/IP port: Address already in use" port 3306. আগের mysqld মনে হয় kill হয় নাই`),
    no(`nginx -t ok kintu restart dile "bind() to 0.0.0.0:80 failed (98: Address already in use)". apache o install kora ase oi server e, oita ki port 80 dhore rakhse?`),
    no(`স্যার আমি VOS server এ একটা opensips test করতে চাইছিলাম, start দিলে বলে cannot bind 5060, address already in use. mbx3000 তো 5060 এ আগে থেকেই listen করে, এটাই কি কারণ?`),
    no(`docker run -p 8080:8080 dile error:
Bind for 0.0.0.0:8080 failed: port is already allocated
ei server e VOS er tomcat o ase. container ta onno port e dibo?`),
    no(`vai mbx3000 restart korlam 2 bar tara tari, ekhon log e dekhi "bind 0.0.0.0:5060 failed, Address already in use". purano process ta kill hoy nai mone hoy, ps e duita mbx3000 dekhai`),
    no(`Tomcat 8080 already in use bolche, netstat -tlnp | grep 8080 dile dekhi java pid 2231 LISTEN kore. kintu portal to down. zombie tomcat naki?`),
    no(`ভাই আমাদের billing web panel (php built-in server) চালাতে গেলে "Failed to listen on 0.0.0.0:8000 (reason: Address already in use)" আসে। VOS এর সাথে কোন সম্পর্ক নাই, same box এ চলে শুধু`),
    no(`vos3000 er web manager 8080 theke 80 te nite chaisilam, server.xml e change korar por tomcat uthche na, cannot bind port 80. httpd o chalu ase oi machine e`),
    no(`redis-server: Could not create server TCP listening socket *:6379: bind: Address already in use. ki kori boss`),
    no(`Khulna office er ekta test VM e asterisk r VOS ek sathe chalaisi, asterisk uthte pare na "Unable to bind UDP socket to 0.0.0.0:5060". port change kore dibo naki?`),
    no(`python -m http.server 8080 chalaite gesilam log file share korar jonno, OSError: [Errno 98] Address already in use. 8080 e to VOS portal 🤦‍♂️ onno port dilam thik ase, just confirm korlam`),
    no(`sir aj sokal 10:15 e server reboot er por VOS client login hocche na. catalina.out:
SEVERE: Failed to initialize connector [Connector[HTTP/1.1-8080]]
Caused by: java.net.BindException: Address already in use
ki check korbo?`),
    no(`আসসালামু আলাইকুম। mbx3000d start দিলে বলে "SIP listen port 5060 bind fail". পরে দেখি আরেকটা পুরান softswitch (VOS2009) একই server এ চালু ছিল। ওটা বন্ধ করলে কি ঠিক হবে?`),
    no(`Chattogram er reseller vai er server e webmin install korse, ekhon 10000 port e bind error dey, "Socket bind failed : Address already in use". webmin ta ki reinstall korbo?`),
    no(`ভাই mongodb start হয় না: "Failed to set up listener: SocketException: Address already in use" 27017 তে। আমার CRM এর জন্য লাগবে, এটা VOS server না`),
    no(`ekta question, VOS er portal er samne haproxy reverse proxy lagaisi, kintu haproxy start korle bole "cannot bind socket [0.0.0.0:8080]". tomcat o 8080 e, eta ki conflict?`),
    no(`dhonnobad vai gotokal er help er jonno. ekhon arek jhamela: vos3000 er MySQL 3306 "address already in use", karon amader developer XAMPP install korse same server e 😑`),
    no(`systemctl status tomcat -> failed. journalctl e: "Address already in use (Bind failed)" port 8005, shutdown port ta. ki kore solve korbo sir?`),
    no(`boss ekta off topic, amar windows laptop e MicroSIP r Zoiper ek sathe open korle ekta bole "cannot bind to port 5060, address already in use". duitai ek sathe register rakhte chai`),
    no(`kal raat 2 tay FreeSWITCH install korsi VOS er pashe test er jonno, ekhon "Error creating SIP UA for profile: internal" r bind failed. 5060 to VOS e, freeswitch ke 5080 dilam, ok? just confirm`),
    no(`ভাই grafana 3000 port এ উঠে না, "bind: address already in use"। ওই server এ আগে একটা node app চালাইছিলাম, ওটা এখনো চলছে। মনে হয় ওইটাই দায়ী`),
    no(`java -jar report-tool.jar dile "java.net.BindException: Address already in use: bind" ashe. eta amader CDR report tool, 9090 e listen kore. ami ekbar i run korsi, kintu age theke ekta instance background e cholchilo`),
    no(`ভাই VOS3000 install script ভুল করে আবার run করছি, এখন tomcat দুইটা, একটা 8080 ধরে আছে আরেকটা fail করছে "Address already in use"। একটারে কিভাবে বন্ধ করি?`),
    no(`sshd port 22 থেকে 2222 তে নিলাম security এর জন্য, কিন্তু restart এ "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." ওই port এ কি আছে বুঝতেছি না`),
    no(`lsof -i :5060
mbx3000 1432 root 12u IPv4 ... UDP *:sip
mbx3000 1432 root 13u IPv4 ... TCP *:sip (LISTEN)
vai kamailio uthaite chaisilam ei port e, address in use dey. VOS ke na thamaye kamailio onno port e chalano jabe?`),
  ],
  otherRegistrationCause: [
    no(`vai amar 20 ta client er phone unregistered dekhay aj sokal theke. pore dekhi VOS e account er password change korsilo amar NOC er chele, phone gula purano password e try kortese 🤦`),
    no(`Assalamu alaikum boss, Bogura te amar gateway register hocche na. log e "401 Unauthorized" then "403 Forbidden". notun reseller account create korsi kal, password copy paste korsi`),
    no(`ভাই আমাদের server এর IP change হইছে (নতুন datacenter), সব phone এখনো পুরান IP তে register করতে চাচ্ছে। তাই unregistered দেখায়। phone গুলাতে নতুন IP দিলে হবে তো?`),
    no(`sir MikroTik change korsi office e, er por theke 3 ta IP phone unregistered. kintu amra to UDP use kori 5060, TCP na. notun MikroTik e SIP ALG on chilo default e, off korbo?`),
    no(`client বলতেছে তার softphone register হয় না, check করে দেখি account balance 0, validity ও expired। recharge দিলে ঠিক হবে?`),
    no(`VOS এর licence মনে হয় expire হয়ে গেছে, আজ ১২টার পর থেকে কোন gateway register নিচ্ছে না, web এ "license expired" দেখায়। renew কিভাবে?`),
    no(`Rajshahi er ekta client er GoIP unregistered. phone dilam, bolse current chilo na 6 ghonta, load shedding 😅 ekhon power ashse kintu ekhono online na`),
    no(`vai amader ISP down chilo 3 ghonta, shob phone unregistered. ekhon link ashche, kintu kichu phone ekhono register hoy nai. reboot korte bolbo?`),
    no(`domain change korsi voip.oldname.com theke sip.newname.net, DNS e A record dilam kintu propagation hoy nai mone hoy, phone gula register fail "DNS lookup failed"`),
    no(`ভাই একটা Zoiper unregistered দেখায়, পরে দেখলাম ওর account এ শুধু G729 allow আর phone এ শুধু G711 দিসে, তাই VOS reject করতেছে 488. codec ঠিক করলে register আর call দুইটাই ঠিক হবে?`),
    no(`MikroTik er pichone 15 ta phone, sob ekshathe unregistered hoilo aj. pore dekhi MikroTik er PPPoE down, internet e nai. ISP ke complain dilam`),
    no(`sir amar account "sylhet_res02" diye login hoy na, r tar under e shob phone unregistered. apnara ki unpaid er jonno suspend korsen? payment kal bkash e dibo`),
    no(`এক client এর phone unregistered, check করে দেখি তার username এ typo, "dhaka01" এর জায়গায় "dhak01" দিসে। ঠিক করার পর register হয়ে গেছে, তবু জানায় রাখলাম`),
    no(`router change korse client, notun TP-Link router e SIP ALG default on. phone register hoy abar 2 min por unregistered. UDP 5060 use kore. ALG off korle solve hobe?`),
    no(`vai IP phone er expire time 30 dilam, server min 60 chay. ekhon register hoy na "423 Interval Too Brief" error. ki value dibo?`),
    no(`Yealink phone e "Registration failed" dekhay, sip server port vul kore 5061 dise, amader VOS e TLS nai. 5060 dile ok?`),
    no(`ভাই VOS এ gateway এর IP whitelist এ client এর নতুন IP যোগ করা হয় নাই, তাই gateway register reject। client এর নতুন static IP 103.x.x.x। কোথায় add করবো?`),
    no(`sir NAT er pichone amader 40 ta phone, sob UDP te register kore. gotokal fiber cut er por theke onekgula unregistered, ISP bolse aj bikal e thik hobe. temporary kichu kora jay?`),
    no(`ekta gateway (Dinstar) register hocche na, log e "Account disabled". amar NOC er keu account lock kore dise maybe? kon menu te unlock?`),
    no(`Khulna এর client বলল কোন call যায় না আর phone unregistered। দেখলাম তার monthly rental ২ মাস due, system auto suspend করছে। ভাই এটা ঠিক আছে, শুধু জানাইলাম`),
    no(`আমার softphone একদিন register থাকে, পরের দিন unregistered। দেখলাম laptop রাতে sleep mode এ যায়, wifi off হয়। এটা কি normal?`),
    no(`NOC vai, client er Grandstream HT802 register hocche na. factory reset kore dise, sob setting mucche gese 😂 notun kore config korte hobe, template ta diben?`),
    no(`password e special char "#" dise, gateway er web e save korle kete jay mone hoy, 401 ashtese bar bar. simple password dile thik hoye gelo. eta ki VOS er problem?`),
    no(`vai MikroTik e notun firewall filter dise ISP er lok, UDP 5060 block, tai phone unregistered. rule ta remove korsi ekhon ok. eta kivabe prevent kori future e`),
    no(`আসসালামু আলাইকুম sir, VOS এ ঐ account এর max registration 1 দেওয়া, client দুইটা device থেকে register করতে চায়, তাই একটা সবসময় unregistered হয়ে যায়। limit কোথা থেকে বাড়াবো?`),
    no(`phone gula register hoy 5 min er jonno tarpor unregistered, UDP te. amar mone hoy router er NAT UDP timeout 30 sec, r phone e keepalive off. phone e keepalive 20s dilam, dekhi ki hoy`),
    no(`বস Chattogram এর ৮টা phone আজ unregistered। ISP বলল কাল রাতে আমাদের line CGNAT এ shift করছে, public IP নাই এখন। আমাদের সব UDP তে চলে। IP change এর জন্য নাকি?`),
  ],
  smallFigures: [
    no(`vai ss -s dilam:
Total: 412
TCP: 96 (estab 41, closed 30, orphaned 0, timewait 28)
eta ki thik ase? just health check korchi`),
    no(`netstat -an | grep TIME_WAIT | wc -l
312
boss 300 er moto TIME_WAIT, server quiet ekhon raat 1 ta. normal to?`),
    no(`TIME_WAIT জিনিসটা আসলে কি? আমার junior জিজ্ঞেস করলো, আমি ঠিকমত বুঝাইতে পারলাম না 😅`),
    no(`ভাই SS_TCP_CLOSE_RESET parameter টা কি কাজ করে? softswitch.conf এ দেখলাম Off আছে। on করা উচিত কিনা general ভাবে জানতে চাই, কোন সমস্যা নাই এখন`),
    no(`sir amader CPS max 15-20, 2 ta server. RST mode on korar dorkar ase? kono problem nai, just best practice janar jonno`),
    no(`health check report: TIME_WAIT 180, ESTABLISHED 60, CPU 12%, mem 40%। সব ঠিক মনে হয়, confirm করবেন?`),
    no(`ekhon peak hour (9pm) cholche, time_wait 650 er moto. agerdin o eirokom chilo, call sob jacche. ei number e tension er kichu ase?`),
    no(`net.ipv4.ip_local_port_range = 32768 60999 default ase. eta ki change kora lagbe? amader call rate onek kom, 5-6 CPS`),
    no(`tcp_tw_reuse কি জিনিস? আমার sysctl এ 0। এটা 1 করলে কি লাভ? শুধু কৌতূহল, কোন issue নাই`),
    no(`ভাই নতুন server setup করতেছি Sylhet এর জন্য, আগে থেকে RST on করে রাখবো নাকি default Off রাখবো? client বেশিরভাগ NAT এর পিছনে`),
    no(`ss -tan state time-wait | wc -l
87
eita to kom e tai na? ekta doc e porlam hazar hazar hole problem`),
    no(`boss FIN r RST er difference ta ek line e bolen to, client ke explain korte hobe`),
    no(`amar monitoring graph e TIME_WAIT raat 12 tar dike 400 theke 150 e neme ashe, din e 500-600. eta normal pattern?`),
    no(`SS_TCP_CLOSE_RESET=On dile ki UDP call eo effect pore? amra mostly UDP, 2-1 ta TCP trunk. asking before any change`),
    no(`vai ekta report chaisilo amar boss, sokal 11:30 er snapshot:
ss -s
TCP: 233 (estab 118, closed 74, orphaned 2, timewait 70)
ports koto gula use hocche eta theke bujhbo kivabe?`),
    no(`ephemeral port range ki? koto gula port thake by default? just shikhte chai`),
    no(`আমাদের server এ CPS 8-10, TIME_WAIT ২০০ এর আশেপাশে থাকে সারাদিন। কোন call fail নাই। এটা কি ঠিক আছে নাকি tuning লাগবে?`),
    no(`VOS3000 manual e 4.3.5.2 te SS_TCP_CLOSE_RESET er kotha porlam. TLS er sathe close_notify skip kore mane ki? amra TLS use kori na, just porar jonno`),
    no(`sir ekta general question, RST on korle firewall e ki problem hote pare? amra ekhon change korbo na, age bujhte chai`),
    no(`cat /proc/sys/net/ipv4/tcp_fin_timeout
60
eta ki komano lagbe? time wait shudhu 120 ta ekhon`),
    no(`TIME_WAIT 2 min thake na 60 sec? ekta blog e 2MSL porlam, confuse hoye gelam 🙏`),
    no(`ভাই netstat দিলে TIME_WAIT ৪৫ টা দেখায়, CLOSE_WAIT ৩টা। CLOSE_WAIT টা কি জিনিস? চিন্তার কিছু?`),
    no(`new reseller ami, VOS shikhtesi. "address already in use" error ta kokhon ashe generally? amar server e ekhono ashe nai, just jante chai`),
    no(`daily check সন্ধ্যা ৬টা: timewait 520, estab 210, cps 22। গত সপ্তাহের মতই। ঠিক আছে বস?`),
    no(`শুনছি RST mode on করলে NAT phone unregistered হয়। আমাদের তো কোন NAT phone নাই, সব SIP trunk। তাও কি risk আছে? এটা শুধু planning এর জন্য`),
    no(`conntrack -C
1843
nf_conntrack_max 65536. eta ki thik ache? firewall e kono drop dekhi nai`),
    no(`বস, ২k TIME_WAIT কে কি অনেক বলে? আমাদের এখন ৩৫০ এর মত, জাস্ট জানতে চাচ্ছি কোন লেভেলে গেলে alarm দিবো`),
  ],
  firewallNoRst: [
    no(`vai FortiGate e 5060 TCP/UDP open korte hobe notun client er jonno, IP 103.112.x.x. policy ta kivabe likhbo?`),
    no(`আসসালামু আলাইকুম, fail2ban আমার নিজের office IP ban করে দিছে 😑 আমার staff VOS portal এ ৫ বার wrong password দিছে। unban কিভাবে?`),
    no(`ভাই iptables এ একটা rule add করতে চাই যাতে শুধু আমার carrier এর IP থেকে 5060 আসে, বাকি সব drop। rule টা দিবেন?`),
    no(`client er router e SIP ALG on chilo, call e one way audio hocchilo. ALG off korte bolsi, ekhon thik. just update dilam vai`),
    no(`pfSense e geo block dite chai, shudhu Bangladesh r Saudi theke SIP allow. pfBlockerNG use korbo?`),
    no(`স্যার আমাদের VOS এ রাত থেকে SIP scanner attack হচ্ছে, user agent friendly-scanner। iptables এ 5060 তে rate limit কিভাবে দিবো?`),
    no(`ASA te notun rule lagbe: outside theke inside TCP/UDP 5060, r RTP UDP 10000-20000. ekta sample config pathaben?`),
    no(`firewalld e port 8080 open korsi kintu bahir theke portal open hoy na. firewall-cmd --list-all e 8080/tcp dekhay na reload er por. --permanent dite bhule gesilam naki?`),
    no(`ভাই Sophos XG তে আমাদের VOS server এর জন্য DNAT করতে হবে 5060 আর RTP range। Sophos এ নতুন, step গুলা বলবেন?`),
    no(`fail2ban jail chai VOS portal login er jonno, catalina log e failed login er pattern ki? 5 bar fail hole 1 ghonta ban`),
    no(`Palo Alto te SIP application override korte hobe naki? amader vendor bolse ALG er moto inspection off korte, call setup slow hocche. RST er kono byapar na, amra ota chuini`),
    no(`client IP whitelist korte hobe: 45.64.x.x, 202.4.x.x. csf use kori, csf.allow e dile e hobe?`),
    no(`MikroTik e /ip firewall service-port e sip disable korbo kivabe? command ta dile upokar hoy 🙏`),
    no(`iptables -L -n -v dekhlam, ekta DROP rule e onek packet, source China r Russia theke 5060 scan. eta thik ase, na aro kichu korbo?`),
    no(`স্যার FortiGate এ SIP এর জন্য session-ttl বাড়াতে চাই, লম্বা call ঠিক ১ ঘণ্টা পর drop হচ্ছে। UDP trunk। কোথায় set করবো?`),
    no(`আমাদের datacenter firewall team জানতে চাইছে VOS এর জন্য কোন কোন port open লাগবে। list টা দিবেন? 5060, 8080, RTP...?`),
    no(`vai notun carrier er IP block hoye chilo amar firewall e, calls timeout hocchilo. iptables er DROP list theke remove korlam, ekhon ok. thanks`),
    no(`ek client er IP bar bar fail2ban e ban hoy, karon tar gateway wrong password diye register try kore. eta kivabe fix? ignoreip dibo?`),
    no(`rate limit dite chai per IP 30 INVITE per second. iptables hashlimit diye possible? example pls`),
    no(`pfSense update korar por SIP trunk r register hoy na, dekhi outbound NAT rule reset hoye gese, static port off. abar set korsi, thik hoye gese alhamdulillah`),
    no(`Rajshahi branch e notun Cisco ASA boshaise, amader VOS er IP allow korte hobe object-group e. config template thakle diyen`),
    no(`ভাই Eid এর আগে traffic বাড়বে, nf_conntrack_max আগেভাগে বাড়াতে চাই যাতে table full না হয়। এখনো কোন drop নাই। কত দিবো?`),
    no(`iptables rule save hoy na reboot er por, sob rule gayeb. CentOS 7, iptables-services install korte hobe?`),
    no(`boss amader Sophos e IPS on korar por theke SIP OPTIONS packet drop dekhay log e "IPS: SIP scanner detected". carrier ping fail hocche. IPS signature ta exception kivabe dibo?`),
    no(`FortiGate log:
action=deny srcip=185.53.x.x dstport=5060 proto=17 policyid=0
eta ki attack? block thakuk na allow korbo?`),
    no(`অফিসের MikroTik এ port forward দিতে হবে 5060 আর 10000-20000 VOS test server এ। dst-nat rule টা লিখে দিবেন ভাই?`),
    no(`sir, portal 8080 ke shudhu amader office IP theke allow korte chai, baki internet theke block. iptables rule ki hobe?`),
  ],
  negationContext: [
    no(`vai amra shudhu UDP use kori, TCP kono trunk nai. tahole SS_TCP_CLOSE_RESET on/off e amader kichu jay ashe na, right?`),
    no(`RST ta amader server e kokhono on kora hoy nai, softswitch.conf e SS_TCP_CLOSE_RESET=Off. kintu ekjon bolse phone unregistered er karon RST. seta to hote pare na?`),
    no(`আলহামদুলিল্লাহ ভাই, কালকে যে tcp_tw_reuse আর port range change করলেন, তারপর থেকে address already in use আর আসে নাই। TIME_WAIT এখন ১-২k এর মধ্যে। ধন্যবাদ`),
    no(`last month e peak e "cannot bind" error ashto, apnara fix kore dilen. ekhon ar problem nai, just thanks dite aslam 🙏`),
    no(`phone গুলা unregistered হইছিল password change এর পর, RST এর সাথে কোন সম্পর্ক নাই। password update করছি, এখন সব green`),
    no(`boss purano log paisi 2 mash ager:
Mar 12 21:14 mbx3000: connect() failed: Address already in use
eta ekhon r ashe na, just report e likhbo tai jiggesh korchi eta ki chilo`),
    no(`firewall ba VOS e keu kichu change kore nai, RST off e ase. tao call fail hoy, carrier side theke 503 ashche. carrier ke ticket dicchi, apnader kichu korte hobe na`),
    no(`ek friend er jonno jiggesh korchi, tar VOS e naki RST on korar por NAT phone unregistered hoise. amar nijer server e kono problem nai, just sune apnar ki mone hoy`),
    no(`গতকাল RST mode disable করে দিলাম, তারপর থেকে FortiGate এ কোন call drop নাই। problem solved, ticket close করতে পারেন`),
    no(`history বলতেছি: 2022 এ আমাদের Dhaka server এ TIME_WAIT 40k হইছিল, peak এ calls fail করতো। তখন RST on করছিলাম। এখন নতুন team member কে বুঝাইতেছি, কোন current issue না`),
    no(`ভাই SIP ALG off করার পর phone গুলা আবার register হইছে। আগে ভাবছিলাম RST এর কারণে, কিন্তু RST তো আমাদের off ই ছিল`),
    no(`amader phone TCP te na, shob UDP. tai RST change korar por o kono unregistered nai. confirm korlam`),
    no(`address already in use ta amader Tomcat er chilo, VOS softswitch er na. ota thik korsi, port conflict chilo. peak e kono problem nai`),
    no(`vai "BindException" dekhe voy paisilam, pore dekhi eta amar laptop er eclipse project er log, server er na 😂 sorry disturb korlam`),
    no(`firewall e RST drop hoy kina check korsi, conntrack e kono INVALID nai, FortiGate e o kichu drop nai. call fail er karon onno, carrier route down chilo`),
    no(`ami RST on kori nai, korbo o na ekhon. just documentation er jonno likhe rakhchi je NAT client thakle on kora uchit na, thik bolchi?`),
    no(`tcp_tw_reuse=1 r RST on korar 3 din por report: peak e ekhon ar kono EADDRINUSE nai, TIME_WAIT 3k er niche. thanks team 👍`),
    no(`এটা এখন সমস্যা না, গত সপ্তাহে ছিল। phone unregistered হচ্ছিল RST on করার পর, আপনারা off করে দিলেন, তারপর থেকে সব ঠিক। শুধু জানতে চাই future এ কি আবার on করা লাগবে?`),
    no(`no no vai, phone unregistered hoise electricity chilo na tai. RST/NAT kichu na. ekhon sob register`),
    no(`ami bolsilam firewall RST drop kore, pore dekhi bhul. ASA te kono RST drop er log nai. ashol problem chilo codec mismatch`),
    no(`kal raat 11 tay "no new TCP connections" alert peyechilam monitoring e, pore dekhi oita monitoring tool er nijer bug, server e sob thik. ignore koren`),
    no(`softswitch.conf check করলাম:
SS_TCP_CLOSE_RESET="Off"
কেউ change করে নাই, file এর mtime 2021 এর। তাহলে RST এর দোষ না, অন্য কোথাও দেখতে হবে`),
    no(`sorry vai, ager msg ta vul group e dise. "TIME_WAIT 30k" ota amader arek company er web server er kotha, VOS er na`),
    no(`amader VOS e SIP over TCP e kono client nai, tai RST on korle NAT router confuse hobe seta amader case e apply kore na, right boss?`),
    no(`ভাই আমি test করে দেখলাম, RST on করলেও আমাদের MikroTik এর পিছনের phone গুলা register থাকে কারণ ওরা UDP তে। তাই on রেখে দিলাম। কোন complain নাই`),
    no(`আসসালামু আলাইকুম। গতকাল যে বললাম "calls hang after RST on", ওটা আসলে carrier এর problem ছিল, ওরা confirm করছে। RST এর দোষ না। ধন্যবাদ সবাইকে`),
    no(`training e bolte chai: "port exhaustion hole address already in use ashe, TIME_WAIT hazar hazar hoy". ei line ta ki thik? amader live e kono issue nai`),
  ],
  portExhaustion: [
    pe(`vai urgent! raat 9 tar por theke calls fail hocche, softswitch log e "connect failed: Address already in use". netstat e TIME_WAIT 28k+`),
    pe(`netstat -an | grep TIME_WAIT | wc -l
31457
boss eta ki normal? peak e call jacche na`),
    pe(`ভাই peak hour এ নতুন TCP connection হচ্ছে না, log এ cannot bind local port। TIME_WAIT হাজার হাজার। CPS ১৫০ এর উপরে যায় সন্ধ্যায়`),
    pe(`ss -s
Total: 41873
TCP: 40112 (estab 1520, closed 38011, orphaned 12, timewait 37950)
sir ei obostha, sondhar por SIP TCP trunk e call nite parche na`),
    pe(`Assalamu alaikum boss, Chattogram server e evening peak e EADDRINUSE error ashtese r calls drop. sokal e sob thik thake. high CPS er karone?`),
    pe(`mbx3000 log:
2024-05-14 20:41:07 [ERR] tcp connect to 103.x.x.x:5060 failed: errno 98 (EADDRINUSE)
2024-05-14 20:41:07 [ERR] tcp connect to 103.x.x.x:5060 failed: errno 98 (EADDRINUSE)
ek minute e 2 hazar bar eta. ki kori`),
    pe(`ভাই আমাদের CPS 200 পার হলে server আর নতুন connection নেয় না। port শেষ হয়ে যায় মনে হয়। ip_local_port_range 32768 60999 default আছে`),
    pe(`Assalamu alaikum sir. Dhaka DC er VOS server (CentOS 7) niye problem. protidin 8pm-11pm peak e onek call fail kore. softswitch log e "cannot bind socket: Address already in use" r amader carrier der TCP trunk e INVITE jay na. ss -s e timewait 45 hazar er moto dekhlam 9:30 e. din er bela 2-3k thake. amra gotomash e traffic double korsi. sysctl e tcp_tw_reuse = 0. ki korbo bolen, carrier complain kortese`),
    pe(`TIME_WAIT 50k 😱 peak e. sob ephemeral port shesh. address already in use`),
    pe(`ভাই সন্ধ্যা ৭টা থেকে BindException আসতেছে VOS এ, TCP তে carrier এ connect হয় না। netstat এ দেখি TIME_WAIT ২৮ হাজার। সকালে এমন হয় না`),
    pe(`sysctl net.ipv4.ip_local_port_range
net.ipv4.ip_local_port_range = 32768 60999
sysctl net.ipv4.tcp_tw_reuse
net.ipv4.tcp_tw_reuse = 0
ar netstat e 27k time wait. peak e call fail. eta e ki problem?`),
    pe(`boss Sylhet er server ta peak e hang kore na, kintu notun TCP connection open hoy na. error "Cannot assign requested address" r kichu "address already in use". time_wait onek, 30k er upor`),
    pe(`amar reseller ra bolche raat 10 tar dike call hoy na. log check korlam, "bind failed: address already in use" onek bar, r ss -tan | grep -c TIME-WAIT = 33012`),
    pe(`CPS বাড়ার পর থেকে problem। 80 CPS এ ঠিক ছিল, এখন 250 CPS, আর peak এ tcp connect fail EADDRINUSE। port range বাড়াবো নাকি RST on?`),
    pe(`ভাই জরুরি। TIME_WAIT 60k, কোন নতুন SIP TCP connection হচ্ছে না, call সব fail। রাত ৯:১৫। কি করবো`),
    pe(`sir ekta jinis dekhlam, peak er somoy "address already in use" ase r ss -s e timewait 30 hazar er upore. off peak e 1-2 hazar. karon ki port exhaustion?`),
    pe(`ভাই Khulna এর server এ ঈদের আগে traffic অনেক, আর কাল থেকে peak এ calls failing। log এ হাজার হাজার "cannot bind"। TIME_WAIT count 36k`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
  1204 ESTABLISHED
 29871 TIME_WAIT
    14 LISTEN
eta dekhen boss, r calls fail ekhon (8:45pm)`),
    pe(`Assalamu alaikum. amader SIP TCP carrier 3 ta, CPS 300+. evening e softswitch ar outgoing TCP connection khulte pare na, "Address already in use". TIME_WAIT 40k. RST on korle ki solve hobe?`),
    pe(`calls failing at peak again vai. time weight 32 thousand, address all ready in use. last week er moto i kintu aj aro kharap`),
    pe(`ভাই আমাদের server এর ports সব শেষ হয়ে যাচ্ছে peak time এ। ss -s এ timewait ৩৮০০০। softswitch নতুন connection নিতে পারে না। tw_reuse 0`),
    pe(`vai ki hocche bujhtesi na, bikal 5 tar por theke jot e call barse, ekhon 7:40 e prai 40% call fail. log e bar bar "bind: Address already in use". netstat count 25k TIME_WAIT`),
    pe(`peak e EADDRINUSE, TIME_WAIT 28k. help 🙏`),
    pe(`boss Bogura server: CPS 180 peak e, r tokhon new tcp connection hoy na. mbx3000 log e "bind() for outgoing tcp failed: Address already in use" bar bar`),
    pe(`আসসালামু আলাইকুম ভাই। গত ৩ দিন ধরে প্রতিদিন রাত ৮টা থেকে ১১টা পর্যন্ত আমাদের Rajshahi VOS এ call fail হচ্ছে। দিনে কোনো সমস্যা নাই। আজকে ৯টায় check করলাম:
ss -s
TCP: 35210 (estab 980, closed 34100, orphaned 3, timewait 34050)
softswitch log এ "EADDRINUSE"। CPS তখন ২২০ এর মত। আমরা কি port range বাড়াবো?`),
    pe(`vai cannot bind error ta abar shuru hoise. traffic 2x hoise new carrier er jonno, TCP diye. time_wait 20 hazar+ peak e. port exhausted mone hoy`),
    pe(`TIME_WAIT 45k, port range default, tw_reuse off. Peak e no new connections. Fix koren pls, raat 10 ta bajche`),
    pe(`sir problem ta ei: high CPS (250-300) e softswitch carrier er dike TCP connect korte pare na, error EADDRINUSE. off-peak thik. softswitch.conf e SS_TCP_CLOSE_RESET="Off"`),
    pe(`ভাই সব TCP port busy মনে হয়, "address already in use" দিয়ে log ভরে গেছে, netstat | grep TIME_WAIT | wc -l = 30,412. রাত ৯টা, peak চলতেছে`),
    pe(`ধন্যবাদ ভাই response এর জন্য। আগের msg এর follow up: এখন রাত ১০:২০, TIME_WAIT 39k, আর outgoing TCP connect এ errno 98 আসতেই আছে। calls 50% fail`),
  ],
  natUnregistered: [
    nat(`vai RST mode on korar por theke amader MikroTik er pichoner sob IP phone unregistered 😩 SIP TCP use kori`),
    nat(`ভাই গতকাল SS_TCP_CLOSE_RESET=On করার পর থেকে office এর phone গুলা (router এর পিছনে, NAT) register থাকে না। TCP 5060। কি করবো?`),
    nat(`boss port exhaustion fix er jonno RST on korsilam, ekhon NAT er pichoner softphone gula bar bar unregistered hoy. TCP te register kore ora`),
    nat(`Assalamu alaikum. kal raat 11 tay softswitch.conf e SS_TCP_CLOSE_RESET="On" dise amader admin, reparse dise. aj sokal theke home user der Zoiper (TCP) unregistered. office er public IP wala gateway thik ase`),
    nat(`RST enable korar por NATed phones lose registration every few minutes. TCP transport. MikroTik hEX router. vai help`),
    nat(`sir amar 50 ta client home router er pichone, SIP over TCP. RST on korlam kal, aj 30 jon complain phone unregistered. eta ki RST er jonno?`),
    nat(`ভাই RST চালু করার পর থেকে NAT এর পিছনের phone গুলা unregistered দেখাচ্ছে VOS এ। যারা direct public IP তে তাদের কোন সমস্যা নাই`),
    nat(`vai ki obostha 😓 RST on -> phones behind NAT unregistered. TCP. off korbo?`),
    nat(`Assalamu alaikum boss. Sylhet er client der niye ekta issue. gotokal apnader team TIME_WAIT komanor jonno SS_TCP_CLOSE_RESET On kore dilo. tarpor theke jara office e MikroTik er pichone (NAT) Yealink phone use kore tara bar bar unregistered hocche, register hoy abar 1-2 min por chole jay. transport TCP. amader public IP er SIP trunk gula thik ase. password kichu change hoy nai. ki korbo?`),
    nat(`RST on করছি ২ দিন হইলো। Grandstream phone গুলা (TCP, home router NAT) unregistered হয়ে যায়। router reboot দিলে কিছুক্ষণ থাকে আবার যায়`),
    nat(`softswitch.conf:
SS_TCP_CLOSE_RESET="On"
vai eta change korar por theke NAT er pichoner shob TCP phone unregistered. age Off chilo`),
    nat(`ভাই Chattogram অফিসের ২০টা phone Mikrotik NAT এর পিছনে, TCP তে register করে। RST mode on করার পর থেকে সবগুলা unregistered। আগে কোন সমস্যা ছিল না`),
    nat(`sir NOC theke bolchi: after enabling RST (SS_TCP_CLOSE_RESET On) at 3pm, registrations from NATed endpoints dropped from 400 to 120. all TCP. public IP endpoints stable`),
    nat(`boss RST on er por softphone r gateway gula jegula NAT e ase unregistered. UDP wala gula thik ase, shudhu TCP wala problem`),
    nat(`ভাই reseller দের phone register হচ্ছে না। কাল রাতে আমাদের tech RST দিছে। সবাই router এর পিছনে। TCP use করে। password same আছে`),
    nat(`ভাই একটা জিনিস খেয়াল করলাম, RST on করার পর যারা NAT এর পিছনে (home WiFi) তাদের phone unregistered, আর যাদের public IP তাদের ঠিক আছে। SIP TCP। relation আছে?`),
    nat(`amader Bogura r Rajshahi branch er phone MikroTik NAT diye, TCP. aj dupur 2 ta theke unregistered, r 1:30 e RST on kora hoisilo port issue er jonno`),
    nat(`register hoy 30 sec, tarpor unregistered. phone gula NAT er pichone, SIP/TCP. ei shob shuru hoise RST enable korar por theke. help pls`),
    nat(`vai VOS e online phone list 200 theke 60 te neme gese. jara gese tara sob NAT er pichone TCP user. aj sokal SS_TCP_CLOSE_RESET On korsilam`),
    nat(`ভাই RST mode অন করলাম TIME_WAIT এর জন্য, এখন MikroTik এর পেছনের IP phone গুলা registration হারাচ্ছে। SIP over TCP। দুইটার মধ্যে balance কিভাবে?`),
    nat(`Assalamu alaikum sir, client bolche tar office er 12 ta phone unregistered. check korlam, tara NAT er pichone, TCP. r amader server e kal RST on kora hoise. mil ase?`),
    nat(`after RST on NAT phones un register. TCP. Dhaka office. urgent boss`),
    nat(`MicroSIP (TCP) unregistered hoye jay bar bar, ami basay TP-Link router er pichone. VOS admin bolse gotokal RST enable korse. amar side e kichu change hoy nai`),
    nat(`ভাই রাত ১০টার দিকে RST on করছি, ১০:১৫ থেকে NAT করা phone গুলা একটা একটা করে unregistered। TCP। rollback করবো?`),
    nat(`vai SS_TCP_CLOSE_RESET On rakhle NAT phone thake na, off korle TIME_WAIT bare. ekhon NAT phone gula unregistered (TCP), ki korbo?`),
    nat(`বস ৩টা Dinstar gateway office এর router এর পিছনে, TCP তে register করে। RST on করার এক ঘণ্টা পর থেকে unregistered, আর আসে না`),
    nat(`amader khulna client der softphone sob NAT e, TCP te register. RST on korsi porshu, tarpor theke bar bar registration drop`),
    nat(`ভাই phone গুলা register হয় আবার ২ মিনিট পর unregistered। সবাই NAT এর পিছনে, transport TCP। কাল থেকে হচ্ছে, কাল আমরা SS_TCP_CLOSE_RESET On দিসিলাম`),
    nat(`sir ekta pattern dekhlam: RST enable er por NATed (192.168.x.x contact) registration gula expire hoye jacche, re-register hoy na. public IP gula thik. TCP shob`),
    nat(`vai VOS log:
REGISTER 1001@... contact sip:1001@192.168.88.23;transport=tcp via 103.x.x.x:51234
registration expired: 1001
eirokom onek. RST on korar por theke NAT er pichoner phone unregistered`),
  ],
  firewallRst: [
    fw(`vai RST on korar por theke FortiGate er pichoner carrier e call fail hocche. FortiGate log e RST packet drop dekhay`),
    fw(`ভাই SS_TCP_CLOSE_RESET On করার পর থেকে call hang হয়ে যায়। আমাদের ASA firewall মনে হয় RST packet drop করে`),
    fw(`iptables log:
IN=eth0 OUT= SRC=103.x.x.x DST=... PROTO=TCP SPT=5060 DPT=41532 RST
conntrack INVALID DROP
boss RST mode on er por eirokom onek ashe r calls fail`),
    fw(`Assalamu alaikum, RST enable korar por pfSense e "TCP:R" state e packet block hocche r calls drop korche. pfSense log e bar bar dekhai`),
    fw(`স্যার কাল RST on করছি, আজ calls one-way audio আর কিছু call hang। log এ দেখলাম আমাদের Palo Alto RST গুলা drop করতেছে`),
    fw(`ভাই firewall (Sophos) RST packet গুলা block করছে RST mode on করার পর থেকে, call gula disconnect হয় না ঠিক মত, hang হয়ে থাকে`),
    fw(`ভাই conntrack -S এ invalid count দ্রুত বাড়তেছে, RST on করার পর থেকে। iptables এ "-m state --state INVALID -j DROP" আছে। calls fail`),
    fw(`Assalamu alaikum boss. amader Dhaka DC te VOS er samne ekta FortiGate 100F ase. last Thursday TIME_WAIT problem er jonno SS_TCP_CLOSE_RESET On kora hoise. tarpor theke TCP trunk er carrier der sathe call fail korche, kichu call connect hoy kintu hang up hoy na, billing e 60 min er call dekhay. FortiGate er traffic log e "action=deny ... tcp flags RST" onek. firewall team bolche tader side e kichu change nai. ki korbo?`),
    fw(`after RST on, ASA drops the RST packets ("TCP packet with RST flag, no connection") r calls fail. vai fix?`),
    fw(`ভাই pfSense এ দেখি "block TCP:RA" অনেক, RST চালু করার পর। SIP TCP call drop আর hang`),
    fw(`RST mode on -> firewall drops RST -> calls fail. eta amar assumption, FortiGate log e oi rokom i dekhi. confirm koren boss`),
    fw(`vai calls fail korche. amader iptables conntrack RST packet gula INVALID mark kore drop dey. SS_TCP_CLOSE_RESET aj e On korsilam`),
    fw(`sir Chattogram er client er firewall (Cisco ASA) amader RST packet drop kore dicche, RST mode on er por theke tar sathe sob call fail`),
    fw(`boss kal theke calls drop hocche mid-call. RST on korsi kal. firewall log e RST dropped. TCP trunk`),
    fw(`ভাই RST on করার পর থেকে কিছু call one-way, কিছু call কাটে না। stateful firewall (Fortinet) RST drop করছে মনে হয়। off করবো?`),
    fw(`Palo Alto threat log: "TCP RST packet out of window, dropped" — eta RST on korar por shuru. SIP TCP calls fail`),
    fw(`vai iptables -L -v e INVALID drop counter 2 ghontay 80 hazar. ei somoy RST mode on chilo. calls hanging`),
    fw(`আমাদের ২টা carrier FortiGate এর পিছনে। RST on করার পর ওদের দিকে call fail, FortiGate RST drop করে। আর যে carrier direct ওরা ঠিক আছে`),
    fw(`ভাই firewall এ RST drop হচ্ছে, VOS এ RST mode on। call fail রেট ৩০%। এখন রাত ১০টা, জলদি বলেন`),
    fw(`RST enable er por amader Sophos XG log e "Dropped: invalid TCP RST" bar bar. r SIP TCP call setup fail kore. eta kivabe solve hobe?`),
    fw(`sir ami pfSense use kori. SS_TCP_CLOSE_RESET="On" dewar por theke call gulo hang thake, BYE jay na. pfSense log e RST blocked`),
    fw(`calls fail after RST mode. firewall drops RST. Juniper SRX. vai urgent`),
    fw(`vai ekta jinis, amra RST on korsi porshu. tarpor theke calls hang, r firewall (iptables) log e "INVALID" state e RST packet drop. mil ase?`),
    fw(`ভাই আমাদের Sylhet POP এ একটা Mikrotik firewall আছে, connection tracking on। RST mode চালু করার পর ওখানে RST গুলা invalid হয়ে drop হচ্ছে আর call fail করছে`),
    fw(`RST on korar ek din por, carrier bolse tader dike call hang thake 2-3 ghonta, billing e boro bill. amader FortiGate RST pass kore na log e dekhlam`),
    fw(`boss conntrack:
conntrack -S
cpu=0 found=0 invalid=184233 ignore=0 ...
RST on er por theke invalid baraitese r call fail`),
    fw(`after SS_TCP_CLOSE_RESET On, calls failing thru our ASA. packet-tracer e RST drop. vai rollback korbo?`),
    fw(`ভাই RST চালুর পর firewall RST packet গুলা drop করে, তাই TCP connection বন্ধ হয় না ঠিক মত, call দুইবার bill হয়। firewall: FortiGate 60E`),
    fw(`Assalamu alaikum vai, call drop r hang problem. RST on korsi monday. Palo Alto RST gula drop kore, logs e dekhi. TCP 5060`),
    fw(`vai calls fail hocche, kal theke. log ghatlam, firewall (pfSense) RST packet drop kore. r hae, RST mode on kora ase gotokal theke`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning142Set: readonly EvalItem[] = Object.values(tuning142Families).flat();
