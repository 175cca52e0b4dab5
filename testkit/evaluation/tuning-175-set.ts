import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Owners, NOC engineers, resellers and technicians of VOS3000 shops in Bangladesh and West Bengal, on WhatsApp:
 * Banglish (Bangla in Latin letters: "bhai", "vai", "hocche na", "kaj kore na", "ase", "nai") about 55 %, Bangla
 * script about 35 %, English with Bangla words about 10 %, often with pasted ss/netstat/firewall output. Numbers
 * come as "30 hajar", "৩০ হাজার", "30k", "tirish hajar"; greetings are "bhai", "vai", "আসসালামু আলাইকুম", "Dear bhai".
 *
 * The hundred-and-seventy-fifth tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its
 * own port, registration lost for another reason, small figures and questions, firewall work without dropped RST,
 * playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones unregistered
 * after RST mode, a stateful firewall dropping RST). Written as the hundred-and-seventy-fifth never-tuned set, before the sixty-fourth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-fourth round, then made tuning
 * material for the sixty-fifth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 95.6 %, negatives confident 3.0 %, confident wrong 0 % with the rules of
 * the sixty-third round, before the sixty-fourth.
 * After the sixty-fourth round: the same.
 * After the sixty-fifth round, tuned on: in scope 97.8 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning175Families = {
  oneListeningPort: [
    no(`bhai VOS er web portal uthtese na, tomcat log e dekhi java.net.BindException: Address already in use :8080. kal raate server restart dise, ekhon portal e login e dhukte partesi na. ki korbo?`),
    no(`ভাই, সার্ভিস রিস্টার্ট দেওয়ার পর mbx3000d চালু হচ্ছে না, লগে লেখা bind 5060 failed: Address already in use. পুরনো প্রসেসটা মনে হয় এখনো চলছে। ps দিলে দুইটা mbx3000 দেখায়।`),
    no(`vai nginx start hocche na
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
apache o install kora ase oi server e, dui ta ek sathe chalacchi mone hoy. reseller panel ta down`),
    no(`Hi bhai, our billing MySQL won't start after the yum update. mysqld log: Can't start server: Bind on TCP/IP port: Address already in use, port 3306. Another mysqld already running? VOS er data ache oi DB te, please help urgent.`),
    no(`bhai amar laptop e dev server chalate gelam (node), EADDRINUSE :::3000 dekhay. eta ki VOS er kono problem? naki amar pc te onno kisu cholche`),
    no(`রেডিস সার্ভিস উঠছে না ভাই। Could not create server TCP listening socket *:6379: bind: Address already in use. আমাদের CDR ক্যাশ ওইটাতেই চলে।`),
    no(`docker e amar recharge portal container run korte gele error: Bind for 0.0.0.0:8443 failed: port is already allocated. age ekta container chilo oi port e, stop korini mone hoy`),
    no(`ভাই ৫০৬০ পোর্টে অন্য কিছু বসে আছে, softswitch লিসেন করতে পারছে না। netstat -tlnp দিলাম:
udp   0   0 0.0.0.0:5060   0.0.0.0:*   2231/asterisk
আগের টেকনিশিয়ান টেস্ট করার জন্য asterisk ইনস্টল করে রেখে গেছে।`),
    no(`vai emergency, mbx3000d service restart er por softswitch 5060 bind korte parche na, "Address already in use". purano process ta mone hoy mora hoy nai. kill -9 dile ki problem hobe? call ekdom zero`),
    no(`Tomcat for the VOS3000 web manager fails: SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"] java.net.BindException: Address already in use <null>:8080. Shutdown script e hang kore chilo, abar start dilam. Ekhon ki korbo bhai?`),
    no(`bhai ami mbx3000 er web ta port 80 e nite chaisilam, kintu httpd already 80 dhore rakhse. bind error dey. kon ta off korbo?`),
    no(`আসসালামু আলাইকুম ভাই। আমাদের IVR সার্ভিসটা চালু হচ্ছে না, বলছে cannot bind to port 5070, already in use। চেক করে দেখলাম আরেকটা ইনস্ট্যান্স আগেই চলছে। এটা ঠিকভাবে বন্ধ করার উপায় আছে?`),
    no(`vai amader monitoring er grafana 3000 port e uthtese na, "bind: address already in use". oi port e ekta purano node app cholche. VOS er sathe kono somporko nai to?`),
    no(`sshd restart dite giye error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. port change korchilam security er jonno. ekhon ssh dhukte parbo to bhai?`),
    no(`ভাই, মিডিয়া প্রক্সি চালু হচ্ছে না, লগ: bind rtp port 10000 failed, Address already in use. রিস্টার্টের আগে পুরনোটা কিল হয়নি মনে হয়। শুধু ওই সার্ভিসটাই উঠছে না।`),
    no(`bhai php artisan serve dile "Failed to listen on 127.0.0.1:8000 (reason: Address already in use)". amar reseller billing er local copy. onno terminal e age theke cholche mone hoy`),
    no(`bhai power cut er por server uthse, VOS web manager 8080 bole address already in use. init script duibar start korse mone hoy, duita java process dekhai. shudhu web side, call thik ase.`),
    no(`মাইএসকিউএল ৩৩০৬ পোর্ট নিয়ে সমস্যা। নতুন mariadb ইনস্টল করেছি, পুরানো mysql সার্ভিস চালু আছে, তাই নতুনটা bind করতে পারছে না। কোনটা রাখবো ভাই?`),
    no(`vai softswitch.conf e SIP port 5060 theke 5080 korlam, reparse er por log e "bind 5080 address already in use". pore dekhi 5080 e amar purano opensips cholche 😅`),
    no(`bhaiya, windows e MicroSIP ar Zoiper ek sathe khulsi, ekta bole "port 5060 already in use". eta ki server er problem? customer phone kore bolche zoiper e register hocche na`),
    no(`ভাই ওয়েব পোর্টালের https চালু হয় না। nginx -t ঠিক আছে, কিন্তু স্টার্ট দিলে bind() to 0.0.0.0:443 failed (98: Address already in use)। certbot standalone চলতেছিল মনে হয়।`),
    no(`vai ekta jinis, server e "service mbx3000d start" dilam, log e "Address already in use" for port 1719 (h323 gk). age stop korte bhule gesi, ager ta cholche. restart dile thik hobe?`),
    no(`Sir our callcenter dialer app won't come up: Error: listen EADDRINUSE: address already in use 0.0.0.0:5000. Only that one app. Onno sob thik ache, VOS e call jachhe.`),
    no(`ভাই একটা প্রশ্ন, snmpd চালু করতে গেলে বলে Error opening specified endpoint "udp:161", address already in use। আমাদের NOC মনিটরিং এর জন্য লাগবে। কে ধরে আছে কিভাবে দেখবো?`),
    no(`bhai java app 9090 e bind hocche na: java.net.BindException: Address already in use (Bind failed). lsof -i :9090 dile dekhi prometheus. amar API ta onno port e nibo?`),
    no(`webmin 10000 port e chalu hoy na, "Failed to bind to port 10000: Address already in use". vai media port range o to 10000 theke shuru, eta ki collision?`),
    no(`সকালে softswitch রিস্টার্ট দিলাম, এখন ওয়েব ম্যানেজার বলে Tomcat 8080 address already in use। ps তে দেখি দুইটা java চলছে, একটা আগের দিনের। বাকি সব স্বাভাবিক, কল চলছে।`),
  ],
  otherRegistrationCause: [
    no(`bhai amar 40 ta IP phone sob unregistered dekhacche sokal theke. raat e current chilo na, ups o shesh. ekhon generator e cholche but router ta on hoy nai mone hoy`),
    no(`ভাই, রিসেলার এর অ্যাকাউন্টের পাসওয়ার্ড চেঞ্জ করার পর থেকে ওর ২৫টা ফোন রেজিস্টার হচ্ছে না। লগে 401 Unauthorized আসতেছে বারবার।`),
    no(`vai amar client er sob gateway unregistered, check kore dekhi account balance minus 3 hajar, auto suspend hoise. recharge dile ki auto register hobe?`),
    no(`bhai ISP change korsi gotokal (link3 theke amber), ekhon office er phone gula register hoy na. amra UDP 5060 use kori. public IP bodlaise, VOS e IP based auth chilo.`),
    no(`আমাদের সার্ভারের ডোমেইন sip.xyzvoip.com এর DNS পরিবর্তন করেছি নতুন সার্ভারে, কিন্তু অনেক ফোন এখনো পুরানো IP তে রেজিস্টার করার চেষ্টা করছে, unregistered দেখাচ্ছে।`),
    no(`Dear bhai, license expired message coming in VOS3000 web, and since morning no phone can register. Renewal er jonno ki korte hobe? Urgent, 300 users down.`),
    no(`vai router e SIP ALG on chilo, tai mone hoy phone gula 10-15 min por por unregistered hoye jay. UDP te cholche sob. ALG off korbo?`),
    no(`ভাই আমার এলাকায় সকাল থেকে নেট নাই, ফাইবার কাটা। তাই ফোনগুলো আনরেজিস্টার্ড। নেট আসলে কি নিজে নিজে রেজিস্টার হবে নাকি আবার কিছু করা লাগবে?`),
    no(`bhai ek client bolche tar softphone unregistered. pore jana gelo se password bhul type korsilo, 403 forbidden asche. account lock hoye gese naki?`),
    no(`vai MikroTik e notun PPPoE dise ISP, public IP change hoise. amader gateway IP authentication e chilo VOS e, tai register/auth fail. notun IP ki add korlei hobe?`),
    no(`রিসেলার এর মেয়াদ শেষ হয়ে গেছে (expiry date ৩০ তারিখ ছিল), তাই তার সব অ্যাকাউন্ট unregistered। এক্সটেন্ড কোথা থেকে করবো?`),
    no(`bhai Kolkata branch e sob phone off, PoE switch jole gese bajro pat e. phone e power nai tai unregistered dekhacche. notun switch lagaile thik hoye jabe to?`),
    no(`Hi vai, GoIP gateway unregistered since we reset it to factory while changing SIM slot settings. Ekhon server IP, username sob blank hoye gese. How to reconfigure?`),
    no(`vai amader domain renew kora hoy nai, expire hoye gese, tai phone gula sip domain resolve korte pare na. unregistered. domain renew korle koto khon lagbe thik hote?`),
    no(`ভাই কাল রাতে ডাটাসেন্টার মাইগ্রেশনে সার্ভারের IP পরিবর্তন হয়েছে। ফোনগুলোতে পুরানো IP দেওয়া ছিল, তাই সব unregistered। একটা একটা করে চেঞ্জ করতে হবে?`),
    no(`bhai 3 ta phone bar bar unregistered hoy, oigula WiFi te, signal khub weak, office er shesh makha. baki LAN er phone gula thik ase.`),
    no(`vai amra sob UDP te, RST mode er kotha shunchi kintu amader keu TCP use kore na. kal theke 20 ta X-Lite unregistered, pore dekhi admin bhai bulk password reset dise. eta i karon?`),
    no(`ভাই আমাদের হোম ইউজারদের রাউটার ISP বদলে দিয়েছে, নতুন রাউটারে SIP ALG ডিফল্ট অন। সবাই UDP তে চলে। তারপর থেকে রেজিস্ট্রেশন ধরে রাখতে পারে না।`),
    no(`bhai client er due 12 hajar taka, ami account disable kore dilam. ekhon se bolche phone unregistered 😂 ota to amar kaj. just confirm korte chai disable korle register reject kore kina`),
    no(`Bhai, fail2ban banned our client's office IP after too many wrong password attempts, tai oder sob phone unregistered. How to unban and stop it happening again?`),
    no(`ভাই ১০টা Grandstream ফোন ফার্মওয়্যার আপডেটের পর unregistered। দেখলাম কনফিগ রিসেট হয়ে গেছে, SIP সার্ভার আর অ্যাকাউন্ট ফিল্ড খালি।`),
    no(`vai amar ekta account e max registrations 1 set kora, ekhon user desk phone ar mobile app duita tei login korse, ekta unregistered hoye jay bar bar.`),
    no(`bhai VOS e mapping gateway er password change korsi security r jonno, kintu client ke janai nai 🙈 ekhon tar gateway unregistered. eta i karon na?`),
    no(`সকাল থেকে ৫০টার মতো ফোন unregistered, খোঁজ নিয়ে দেখি অফিসের ইন্টারনেট বিল দেওয়া হয়নি, ISP লাইন কেটে দিয়েছে। বিল দিয়েছি, এখন কতক্ষণে ফিরবে?`),
    no(`vai gateway er register server e amra DNS name disi, DNS server (8.8.8.8) ISP block kore dise. resolve fail, tai unregistered. DNS change kore dekhbo?`),
    no(`ভাই আমাদের সাব-রিসেলার এর লাইসেন্সের concurrent লিমিট শেষ, নতুন ফোন রেজিস্টার হচ্ছে না, "license limit reached" দেখাচ্ছে।`),
    no(`bhai West Bengal er ek client er phone unregistered, onar router change korse Jio fiber e, UDP only. notun router 5060 block kore mone hoy. port 5080 dile register hoye gelo. ar kichu korte hobe?`),
  ],
  smallFigures: [
    no(`bhai ss -s dilam, TIME_WAIT 312 dekhacche. eta ki beshi? server e ekhon 20-25 ta call cholche shudhu.`),
    no(`ভাই TIME_WAIT জিনিসটা আসলে কী? netstat এ অনেক লাইন TIME_WAIT লেখা দেখি, কিন্তু কোনো সমস্যা হচ্ছে না। চিন্তা করার কিছু আছে?`),
    no(`vai SS_TCP_CLOSE_RESET ta ki kore? softswitch.conf e dekhlam Off ase. on korle ki labh?`),
    no(`If we enable RST mode, will our NAT phones get affected? Amader 60% client home router er pichone, kichu TCP use kore. Just asking before we touch anything.`),
    no(`bhai ei output ta normal kina bolben?
Total: 486 (kernel 512)
TCP:   143 (estab 61, closed 70, orphaned 0, synrecv 0, timewait 68/0), ports 0
raat 2 ta baje, call kom.`),
    no(`ভাই ip_local_port_range এর ডিফল্ট মান কত? আমাদের সার্ভারে 32768 60999 দেখাচ্ছে। এটা বাড়ানো দরকার কি না? এখন পর্যন্ত কোনো সমস্যা নাই, CPS ৫-৬ এর মতো।`),
    no(`vai tcp_tw_reuse 0 ase amader server e. eta 1 korle ki kono risk ase? ekhon kono problem nai, just jante chai.`),
    no(`bhai health check korlam: netstat -ant | grep TIME_WAIT | wc -l = 740. peak e 150 call. eta thik ase naki tuning lagbe?`),
    no(`সাপোর্ট ভাই, RST আর FIN এর মধ্যে পার্থক্য কী একটু সহজ করে বলবেন? আমাদের নতুন NOC ছেলেটা জানতে চাচ্ছে।`),
    no(`Bhai, if we put a FortiGate in front of the VOS next month, will RST mode cause trouble? Currently RST off, no firewall. Planning only.`),
    no(`vai ekta jinis bujhi na, "cannot assign requested address" error ta kokhon ase? amader kokhono asheni, notun staff der training er jonno jiggesh korchi.`),
    no(`ভাই সার্ভারে ss -tan state time-wait | wc -l দিলাম, ২১০। সারা দিনের সবচেয়ে ব্যস্ত সময় এখন, কল ঠিকঠাক যাচ্ছে। এটা কি স্বাভাবিক?`),
    no(`bhai amra UDP te ase sob, TCP te switch korar plan korchi. TCP te gele ki TIME_WAIT beshi hobe? ekhon 90 ta TIME_WAIT dekhay.`),
    no(`vai softswitch.conf edit korle reparse dilei hobe, naki restart lagbe? kono problem na, just SS_TCP_CLOSE_RESET er value check korchilam, Off e ase.`),
    no(`আমাদের সার্ভারে ৪০০ এর মতো TIME_WAIT, ৩০০ কনকারেন্ট কল। আপনারা কোন সংখ্যা হলে চিন্তা করতে বলেন? একটা থ্রেশহোল্ড দিলে মনিটরিং এ অ্যালার্ট বসাতাম।`),
    no(`bhai MikroTik er pichone amader 15 ta phone TCP te. jodi kokhono RST on kori, ki hote pare? ekhon thik ase sob, Off e.`),
    no(`NOC here. Daily report: TIME_WAIT 1.2k at 9pm peak, ephemeral ports used approx 1200 of 28k, zero bind errors, ASR normal. Just sharing bhai, kono action lagbe?`),
    no(`ভাই ss কমান্ড আমাদের CentOS 5 এ নাই, netstat দিয়ে কিভাবে TIME_WAIT গুনবো? কোনো সমস্যা না, শুধু মাসিক চেকলিস্টের জন্য।`),
    no(`vai pasted:
netstat -s | grep -i reset
    312 connection resets received
    45 resets sent
eta ki kharap? server 40 din uptime, sob call thik.`),
    no(`bhai TLS use korle RST mode e close_notify skip hoy shunlam, eta ki security issue? amra TLS use kori na ekhono, just curious.`),
    no(`নতুন সার্ভার সেটআপ করছি, ৬ হাজার টাকা মাসে VPS। আগে থেকে কি tcp_tw_reuse আর port range টিউন করে রাখা ভালো? এখনো কোনো ট্রাফিক নাই।`),
    no(`vai "ports 0" ta ss -s er output e ki bujhay? amader dekhay "timewait 45/0". choto server, 10 ta call max.`),
    no(`bhai customer jiggesh korche "RST mode on korle ki call quality kharap hoy?" ki uttor dibo? amader server e RST off.`),
    no(`ভাই সামনের মাসে নতুন কারিয়ার আসছে, পিক সময়ে ৮০-৯০ CPS হতে পারে। তখন কি port exhaustion হতে পারে? এখন ১০ CPS, সব ঠিক।`),
    no(`Bhai what is orphaned in ss -s? Mine: TCP: 88 (estab 40, closed 30, orphaned 2, timewait 28/0). Everything working, just shikhchi.`),
    no(`vai ek reseller bolche "tomar server e TIME_WAIT onek" — ami dekhi 260 ta. eta ki onek? amar mone hoy na.`),
    no(`ভাই, RST অন করলে কি UDP ফোনগুলোর উপর কোনো প্রভাব পড়বে? আমাদের সব ফোন UDP তে, শুধু দুইটা কারিয়ার TCP তে। এখনো কিছু বদলাইনি।`),
  ],
  firewallNoRst: [
    no(`bhai FortiGate e notun carrier er IP whitelist korte hobe, 103.x.x.x/28. SIP 5060 UDP ar RTP 10000-20000. policy ta kivabe likhbo?`),
    no(`ভাই fail2ban একজন ক্লায়েন্টের IP ব্যান করে দিয়েছে, ওর অফিস থেকে কল যাচ্ছে না। আনব্যান কমান্ডটা কী?`),
    no(`vai pfSense e port forward lagbe: WAN 5060 -> VOS 192.168.10.5. NAT reflection o lagbe ki?`),
    no(`Hi bhai, management wants geo-blocking on the firewall, only BD, IN and UAE allowed for SIP. Sophos e kivabe korbo? Nothing broken, just a new policy.`),
    no(`bhai iptables e rule add korte chai jate shudhu amader carrier ra 5060 e ashte pare. baki sob drop. ekta sample dite paren?`),
    no(`ভাই আমাদের MikroTik এ SIP ALG (ip firewall service-port sip) বন্ধ করবো কিনা? কেউ কেউ বলে বন্ধ করলে ভালো।`),
    no(`vai ASA config ta ektu review kore diben? notun VOS server er samne bosaisi, access-list gula thik ase kina dekhte chai. kono problem hocche na ekhono.`),
    no(`bhai Sophos log e dekhi onek scanner (friendly-scanner, sipvicious) 5060 e hit korche. ei gula block korar best way ki?`),
    no(`ফায়ারওয়ালে ওয়েব পোর্টাল ৮০৮০ শুধু অফিসের IP থেকে খোলা রাখতে চাই। iptables এ কিভাবে করবো ভাই?`),
    no(`Our DC asked us to open TCP 5061 for a carrier doing TLS. Firewall is FortiGate 100F. Ki ki open korte hobe bhai? RTP range o?`),
    no(`vai kal theke ek carrier er call ashche na, dekhi amar firewall e tader notun IP allow kora nai. tara IP change korse janay nai. add kore dilam, thik hoise. record er jonno bollam.`),
    no(`bhai conntrack table er size koto rakha uchit? nf_conntrack_max 65536. 500 call hoy peak e. kono drop dekhi nai, agei plan korchi.`),
    no(`ভাই pfSense এ SIP এর UDP state timeout ৩০০ সেকেন্ড দিতে চাই। কোথায় সেট করবো?`),
    no(`vai fail2ban jail lagbe VOS web login er jonno, brute force ashche din e 3-4 hajar try. filter regex ta den pls`),
    no(`Bhai we moved the firewall from iptables to firewalld on CentOS 7. Ki ki service add korte hobe VOS er jonno? 5060 udp/tcp, 1719, 1720, web 8080... anything else?`),
    no(`ভাই আমাদের রাউটারে পোর্ট ফরওয়ার্ডিং ঠিক আছে কিনা দেখুন, বাইরে থেকে ৫০৬০ এ telnet হয় না। নতুন রাউটার, আজকেই বসানো।`),
    no(`bhai MikroTik e ekta client er IP port scan detection rule er karone auto "blacklist" address-list e chole gese. call jay na. list theke remove korlam, ekhon ok. future e eta avoid korbo kivabe?`),
    no(`vai FortiGate firmware upgrade korbo weekend e, VOS traffic er jonno kono precaution? SIP helper default on hoye jay shunsi.`),
    no(`ভাই ফায়ারওয়ালের লগে অনেক "deny" দেখা যাচ্ছে চীনের IP থেকে ৫০৬০ এ। এগুলো কি সমস্যা? কল ঠিক আছে।`),
    no(`bhai iptables -L dile onek rule, kon ta ki bujhi na. ekta clean config chai VOS er jonno, SSH shudhu office IP theke.`),
    no(`vai client er office e SonicWall, tara bolche "consistent NAT" on korte hobe? amader server e UDP. ki bolbo tader?`),
    no(`Request: please review our pfSense rules (screenshot dilam). Block all SIP except from 4 carrier IPs and our reseller subnet 10.20.0.0/16. Bhai just a sanity check, kono complain nai.`),
    no(`ভাই নতুন RTP রেঞ্জ ১০০০০-৩০০০০ করেছি, ফায়ারওয়ালে খুলতে ভুলে গিয়েছিলাম, তাই একদিকে অডিও আসছিল না। খুলে দিয়েছি, এখন ঠিক। অন্য কোনো পোর্ট কি খোলা লাগবে?`),
    no(`bhai rate limit dite chai firewall e — ek IP theke second e 20 tar beshi INVITE hole drop. MikroTik e possible?`),
    no(`আসসালামু আলাইকুম। আমাদের ডাটা সেন্টার Cisco ASA তে sip inspection চালু রেখেছে, ওরা জিজ্ঞেস করছে বন্ধ করবে কিনা। আমরা SIP TCP আর UDP দুইটাই ব্যবহার করি। আপনার পরামর্শ?`),
    no(`vai ekta carrier bolche tader side e amader IP blocked chilo firewall e, ekhon unblock korse. call jacche. shudhu janiye rakhlam ticket close korte.`),
    no(`ভাই iptables এ INVALID state এর প্যাকেট ড্রপ করার রুল রাখা কি ভালো? অডিটর বলছে নিরাপত্তার জন্য রাখতে। আমাদের RST মোড বন্ধ, এখন কোনো সমস্যা নেই।`),
  ],
  negationContext: [
    no(`bhai gotomaser oi TIME_WAIT er problem ta RST on korar por solve hoye gesilo, ekhon 24k theke 900 e neme ase. shudhu thanks janate aslam 🙏`),
    no(`ভাই আমরা UDP ছাড়া কিছু ব্যবহার করি না, RST মোড কখনো চালু করিনি। কিছু ফোন unregistered ছিল, তবে দেখলাম পাসওয়ার্ড চেঞ্জের পর থেকে, তাই ওটাই কারণ।`),
    no(`vai apnar team ke bolben amader server e SS_TCP_CLOSE_RESET kokhono on kora hoy nai, Off e ase default. tara bolche firewall RST drop korche, ami to mani na. amader call drop hocchilo ISP er packet loss er jonno, ISP confirm korse.`),
    no(`FYI forwarding old ticket for the record: "March 12 — address already in use on outgoing connects, 30k TIME_WAIT, fixed by tcp_tw_reuse + port range." Resolved since then, nothing open bhai.`),
    no(`bhai kal je NAT phone unregistered er kotha bolsilam, RST off kore dewar por sob register hoye gese. ekhon 0 unregistered. thanks onek`),
    no(`ভাই FortiGate এ RST ড্রপ হচ্ছিল সেটা গত সপ্তাহে ঠিক হয়েছে, আপনারা RST অফ করে দিয়েছেন। এখন কল ঠিক যাচ্ছে। ধন্যবাদ।`),
    no(`vai "address already in use" ta ar ashe na. port range 1024-65535 kore dewar por theke TIME_WAIT 2-3 hajar er moddhe thake, peak eo. ticket close koren.`),
    no(`bhai ami confirm korchi keu kichu change kore nai, RST off e ase, conf file e SS_TCP_CLOSE_RESET="Off". kal 10 ta phone unregistered chilo — pore dekhi office e current chilo na. ekhon thik.`),
    no(`আগের সপ্তাহের রিপোর্টে লিখেছিলাম ৩০ হাজার TIME_WAIT, সেটা টিউনিং এর পর ঠিক হয়ে গেছে। এখন ১৫০০ এর নিচে। শুধু আপডেট দিলাম।`),
    no(`Bhai the ASA "no session matched" logs you saw were from last month, before you turned RST off. Now clean, no drops since the 5th. Just confirming.`),
    no(`vai NAT er pichone phone gula RST er jonno unregistered na, amra check korsi — oigula UDP te, ar RST mode o on na. actual karon chilo SIP ALG. off kore disi, solved.`),
    no(`bhai "cannot assign requested address" error ta amader na, amader ek reseller er nijer asterisk server er, VOS na. ami shudhu forward korlam, apnader server e kono issue nai.`),
    no(`ভাই আমাদের ক্লায়েন্টকে বুঝিয়ে বলুন যে TIME_WAIT মানেই সমস্যা না। ও ভয় পাচ্ছে কারণ গত বছর port exhaustion হয়েছিল। এখন সংখ্যা ৩০০-৪০০, সব ঠিক।`),
    no(`vai RST mode amra on korte chaisilam, kintu korini, karon amader 200 NAT phone TCP te. ekhon kono problem nai, shudhu decision ta record e rakhlam.`),
    no(`Closing note: iptables INVALID drops of RST were the issue on the 14th, fixed by allowing RST for SIP TCP. Ekhon no drops, calls normal. Thanks vai.`),
    no(`ভাই ফোনগুলো আনরেজিস্টার্ড ছিল পাসওয়ার্ড পরিবর্তনের পর, RST বা NAT এর কারণে না। নতুন পাসওয়ার্ড দিয়ে দিয়েছি, সব ঠিক।`),
    no(`bhai pfSense e kono RST drop nai, log check korsi, "out of state" ekta o nai. call drop er karon chilo carrier er side e, tara fix korse.`),
    no(`vai amar server e port exhaustion na, ami bhul bolsilam. "Address already in use" ta 5060 ba outgoing er na, amar Tomcat 8080 er chilo, oi ta kill kore thik korsi.`),
    no(`ভাই আমরা কখনো SIP over TCP ব্যবহার করিনি, তাই RST মোড নিয়ে যে সতর্কতা দিয়েছেন সেটা আমাদের জন্য প্রযোজ্য না, তাই তো? কোনো সমস্যা হচ্ছে না।`),
    no(`bhai gotokal port exhaustion er jonno RST on korsilen, ajke peak e TIME_WAIT 800, kono bind error nai. NAT phone gula o thik ase, sob UDP te. thanks`),
    no(`vai amar WhatsApp group e kew bolche "RST on korle firewall sob call kete dey". amader server e RST to off, firewall o nai. amader kono chinta nai to?`),
    no(`Hi, reseller here. Ignore my earlier msg about phones unregistered after RST — I checked, our server never had RST enabled, phone gula notun VLAN e chilo without internet. Fixed now.`),
    no(`টিকিট #৪৪১২ রেকর্ডের জন্য: ফেব্রুয়ারিতে Sophos RST ড্রপ করছিল, RST অফ করে সমাধান হয়েছিল। এরপর আর হয়নি। ফাইল বন্ধ করতে পারেন।`),
    no(`bhai kono firewall change hoy nai, kono RST change hoy nai, kichu i kori nai. ek client er call jacche na — dekhi tar balance shesh. recharge korle thik hoye gelo 😅`),
    no(`ভাই TIME_WAIT হাজার হাজার না, মাত্র ৩৫০। আগের মেসেজে ভুল করে ৩৫০০০ লিখেছিলাম। দুঃখিত, সব ঠিক আছে।`),
    no(`vai amader MikroTik er pichone phone gula kal unregistered hoye gesilo, but RST er karone na — MikroTik er PPPoE down chilo 2 ghonta. ekhon up, sob register.`),
    no(`ধন্যবাদ ভাই, tcp_tw_reuse=1 আর port range বাড়ানোর পর BindException আর দেখছি না। আজ রাতের পিকে TIME_WAIT ১২০০, কোনো কল ফেইল নাই।`),
  ],
  portExhaustion: [
    pe(`bhai urgent!! rat 9 tar por theke call fail, log e "cannot assign requested address" bar bar. ss -s e timewait 28 hajar. peak e 180 CPS. ki korbo?`),
    pe(`ভাই পিক টাইমে কল যাচ্ছে না, সার্ভারে TIME_WAIT ৩০ হাজারের বেশি। কারিয়ারের দিকে নতুন TCP কানেকশন হচ্ছে না। লগে connect failed: Cannot assign requested address।`),
    pe(`vai paste korlam:
Total: 31542 (kernel 31890)
TCP:   30112 (estab 812, closed 29187, orphaned 3, synrecv 0, timewait 29180/0), ports 0
sondha 8-11 ta porjonto carrier e TCP connect hoy na, ASR 20% e neme gese.`),
    pe(`Bhai our VOS3000 is throwing EADDRINUSE on outbound SIP TCP to carriers during peak, around 150-200 CPS. netstat shows ~26k TIME_WAIT. Off-peak everything normal. Please fix, traffic haracchi.`),
    pe(`bhai tirish hajar er moto TIME_WAIT VOS server e, ar outgoing connect e java.net.BindException: Address already in use: connect. eta listen na, outgoing connection. peak ghontay sob atke jay.`),
    pe(`ভাই, রাত ১০টার দিকে ট্রাফিক বাড়লে softswitch থেকে কারিয়ারে নতুন TCP কানেকশন খোলে না। netstat -ant | grep TIME_WAIT | wc -l = ২৭৮৪১। ip_local_port_range 32768 60999।`),
    pe(`vai amar server e busy hour e calls fail kore, 503 diye ferot ashe. check korlam, TIME_WAIT 25k+, log e "cannot assign requested address", ephemeral port shesh mone hoy. port range default ase.`),
    pe(`bhai sondhar pore traffic 30 hajar call/hour, tokhon log e "connect() failed (99: Cannot assign requested address)". 11 tar por abar thik. protidin same.`),
    pe(`ভাই এই লগ দেখেন:
[ERROR] tcp connect to 203.0.113.20:5060 failed: Cannot assign requested address
[ERROR] tcp connect to 203.0.113.20:5060 failed: Cannot assign requested address
একই লাইন মিনিটে হাজারবার। TIME_WAIT ২৯ হাজার। পিক টাইম চলছে এখন।`),
    pe(`vai notun carrier add korar por theke CPS 250 hoye gese peak e, ar tokhon i outgoing TCP te "Address already in use". ss e dekhi 31k timewait. server ager cheye kom call nite pare.`),
    pe(`NOC Kolkata here. Every evening 7:30-10:30 IST outbound TCP legs fail with EADDRNOTAVAIL/EADDRINUSE, TIME_WAIT climbs to 28k, ports exhausted. CPS ~160. Off-peak fine. Aj rate e fix lagbe bhai.`),
    pe(`ভাই, সার্ভার ঠিক আছে কিন্তু ব্যস্ত সময়ে নতুন কল হয় না। ss -s এ timewait ২৬৫০০, ports 0। লগে cannot assign requested address। বাকি সময় ঠিক। CPU ৩০% মাত্র।`),
    pe(`bhai gotokal theke peak e eta:
netstat -ant | awk '{print $6}' | sort | uniq -c
  27764 TIME_WAIT
    904 ESTABLISHED
     12 LISTEN
ar carrier side e TCP connect fail. log e "cannot bind" dekhay.`),
    pe(`vai 35 hajar TIME_WAIT 😭 peak e kono notun TCP session khule na, sob call fail. RST mode ki eta thik korbe? amader phone sob UDP, shudhu carrier link TCP te.`),
    pe(`ভাই আমাদের রিসেলাররা অভিযোগ করছে সন্ধ্যায় কল হয় না। চেক করে দেখি TIME_WAIT ২৮ হাজার আর আউটগোয়িং কানেকশনে লগে "Address already in use"। বাকি সময় ২-৩ হাজার থাকে।`),
    pe(`bhai call center er campaign cholle CPS 200 hoy, tokhon 10-15 min er moddhe server e ar TCP connection hoy na, "cannot assign requested address". timewait 30k. campaign bondho korle abar thik.`),
    pe(`Ticket from our Siliguri reseller: "calls failing 8pm onward, VOS shows thousands of TIME_WAIT (approx 24,000), cannot assign requested address in logs." I checked, amader side e o same ekhon, peak hour bhai.`),
    pe(`vai aj eid er din traffic dui gun, 300 CPS. ar ekhon sob outgoing TCP fail — BindException, ss -s e timewait 32145. taratari kichu koren pls`),
    pe(`ভাই প্রতিদিন রাত ৯টা থেকে ১১টা পর্যন্ত কারিয়ারে কল ফেইল। "cannot assign requested address"। TIME_WAIT গুনলাম ২৭ হাজার। পোর্ট রেঞ্জ শেষ হয়ে যাচ্ছে মনে হয়।`),
    pe(`bhai ei ss -s ta dekhen, ekhon peak:
TCP:   29877 (estab 1021, closed 28740, orphaned 0, synrecv 0, timewait 28701/0), ports 0
ar log e outgoing e EADDRINUSE. call jay na.`),
    pe(`vai amader VOS theke SIP trunk (TCP) e notun connection open hoy na busy hour e. error: Cannot assign requested address. TIME_WAIT 20 hajar theke 30 hajar er moddhe ghure. tcp_tw_reuse 0.`),
    pe(`ভাই সার্ভারে পিক সময়ে হাজার হাজার TIME_WAIT জমে যাচ্ছে (৩০ হাজারের কাছাকাছি), আর তখন নতুন TCP কানেকশন হয় না। কল ফেইল হয়, রিসেলাররা চিল্লাচ্ছে।`),
    pe(`bhai sondhay ASR 55% theke 12% e neme jay. log:
sip tcp: bind() failed for outgoing socket: Address already in use
timewait 26k. sakale ar ei problem thake na.`),
    pe(`আসসালামু আলাইকুম ভাই। পিক আওয়ারে ~১৭০ CPS, তখন softswitch এর আউটগোয়িং TCP কানেকশনে EADDRINUSE আসে, ss -s এ timewait ২৫ হাজার+। রাত পার হলে ঠিক হয়ে যায়।`),
    pe(`vai 28k timewait, calls failing right now. "cannot assign requested address". ami kal o bolsilam, same time e same problem. plz check`),
    pe(`bhai kolkata server e same problem ja gota maase dhaka server e chilo: peak e port shesh, timewait 30k, outgoing connect fail. dhaka te ja korsilen oita ekhane o koren.`),
    pe(`ভাই ৩০k TIME_WAIT, আর কারিয়ারের সাথে নতুন কানেকশন নিতে পারছে না সার্ভার। সন্ধ্যার পর প্রতিদিন। লগে "Address already in use", কিন্তু কোনো লিসেনিং সার্ভিস না, সব আউটগোয়িং কানেক্ট।`),
    pe(`vai pasted from server:
# ss -tan state time-wait | wc -l
29412
# grep -c 'Cannot assign requested address' /var/log/mbx3000.log
4180
sob gula aj sondhar. emon cholle customer chole jabe 😞`),
    pe(`ভাই নতুন কারিয়ার TCP তে, CPS ২০০ এর উপরে গেলে কল যাওয়া বন্ধ, নতুন TCP কানেকশন খোলে না। TIME_WAIT ২৮-৩০ হাজার। port range ডিফল্ট। কিছু করা যায়?`),
    pe(`bhai ekhon 9:40 pm, sob call fail. ss -s: timewait 31k, ports 0. log e BindException on connect. last 3 din dhore eki somoy e hocche.`),
  ],
  natUnregistered: [
    nat(`bhai kal RST mode on korar por theke home user der phone gula unregistered. sob router er pichone, TCP te register kore. UDP wala phone gula thik ase.`),
    nat(`ভাই SS_TCP_CLOSE_RESET On করার পর থেকে NAT এর পিছনের সফটফোনগুলো বারবার আনরেজিস্টার্ড হয়ে যাচ্ছে। সব TCP তে। অফিসের পাবলিক IP এর ফোনগুলো ঠিক আছে।`),
    nat(`vai apnara kal je change ta korlen (close mode RST), tarpor theke MikroTik er pichone 40 ta phone register dhore rakhte pare na, 2-3 min por por unregistered. transport TCP.`),
    nat(`Bhai since RST mode was enabled on Tuesday, all our Zoiper users behind home routers keep dropping registration. They're on SIP over TCP. Public-IP gateways are fine. Please check.`),
    nat(`bhai softswitch.conf e SS_TCP_CLOSE_RESET="On" kora hoise 2 din age. tarpor theke office NAT er pichoner IP phone gula unregistered dekhay web e. TCP transport. age kokhono eta hoy nai.`),
    nat(`ভাই, RST চালু করার পর আমাদের রিসেলারের ৮০টা ফোন (সবাই বাসার রাউটারের পিছনে, TCP ব্যবহার করে) রেজিস্ট্রেশন হারাচ্ছে। কিছুক্ষণ পরপর আবার রেজিস্টার হয়, আবার পড়ে যায়।`),
    nat(`vai gotokal TIME_WAIT er jonno apnara RST on korlen, ekhon notun problem: NAT er pichone TCP phone gula unregistered. TIME_WAIT kom, kintu phone nai 😩`),
    nat(`bhai Kolkata r sob branch office router er pichone, Grandstream TCP te. close mode RST e neyar por theke ghono ghono unregistered hoye jacche. branch gula te call jacche na.`),
    nat(`Hi, after the RST change on our VOS, softphones behind NAT (TP-Link, MikroTik) on TCP show "unregistered" every few minutes. Same accounts on UDP stay registered. Kindly revert or advise vai.`),
    nat(`ভাই রেজিস্ট্রেশন লিস্ট দেখেন: ৩৫০ এর মধ্যে ১২০টা unregistered, সবগুলোই NAT এর পিছনে আর TCP। গতকাল RST মোড অন করা হয়েছে, তার আগে সব ঠিক ছিল।`),
    nat(`vai RST on er por theke amar MicroSIP (TCP) bar bar "registration failed" dekhay, ami basay TP-Link router er pichone. office er static IP wala PC te kono problem nai.`),
    nat(`bhai SS_TCP_CLOSE_RESET On kora ase ekhon, ar home user der softphone gula register hoy ar 1 min por unregistered. phone e NAT keepalive on ase. sob TCP use kore.`),
    nat(`ভাই গতকাল ক্লোজ মোড RST করার পর থেকে অফিস NAT এর পেছনের ৩০টা Yealink ফোন আনরেজিস্টার্ড। TCP তে চলে। রাউটার রিস্টার্ট দিয়েও লাভ হয়নি।`),
    nat(`vai mobile app (TCP) user ra complain korche, 4G CGNAT e thakle registration chole jay, wifi te home router er pichone o same. RST mode enable korar din theke.`),
    nat(`Forwarded from our reseller: "From yesterday after server change, my 25 customers' phones behind NAT go unregistered again and again, all TCP." Bhai, the change was RST mode on. Please check.`),
    nat(`ভাই RST অন করার পর থেকে MikroTik এর পিছনের গেটওয়েগুলো (GoIP, TCP) রেজিস্টার থাকছে না। সরাসরি পাবলিক IP এর গেটওয়ে ঠিক।`),
    nat(`bhai web e online user list e protidin 300 thake, RST on korar por 180. baki 120 sob NAT er pichone TCP client. ki korbo?`),
    nat(`vai apnader engineer raat e SS_TCP_CLOSE_RESET change kore dise, sokal theke office er NAT er pichoner phone unregistered. amra TCP use kori. UDP te switch korle cholbe, kintu 60 ta phone config bodlano kothin.`),
    nat(`ভাই পেস্ট করলাম:
SS_TCP_CLOSE_RESET="On"
গতকাল এটা করা হয়েছে। আজ সকাল থেকে বাসার রাউটারের পিছনের সব TCP ফোন কিছুক্ষণ পরপর unregistered দেখাচ্ছে।`),
    nat(`bhai RST mode on er por unregistered problem shuru. amader client der onek e Jio fiber router er pichone, TCP 5060. age thik chilo.`),
    nat(`Bhai, NOC here: after enabling SS_TCP_CLOSE_RESET, TCP registrations from NATed endpoints expire and don't refresh. Registered count 540 theke 310 overnight. Nothing else changed.`),
    nat(`vai kal RST on kora hoise port er jonno. aj sob shop er phone (cyber cafe router er pichone, TCP) unregistered hoye jacche, abar ashe, abar jay. call miss hocche.`),
    nat(`ভাই RST মোড চালু হওয়ার পর থেকে আমাদের কলকাতা অফিসের NAT এর পিছনের ফোনগুলো রেজিস্ট্রেশন ধরে রাখতে পারছে না। TCP তে। ঢাকা অফিসের পাবলিক IP এর ফোন ঠিক আছে।`),
    nat(`bhai 3CX softphone TCP te, NAT er pichone. RST enable korar por theke every 5 min "not registered". UDP te dile thik thake, kintu client UDP chay na.`),
    nat(`আপনারা পরশু সফটসুইচে RST চালু করেছেন। তখন থেকে NAT রাউটারের পিছনের ১০০+ ফোন (TCP) মাঝে মাঝে unregistered। কাস্টমাররা বলছে কল আসে না।`),
    nat(`vai ami reseller, amar 50 user er phone barbar unregistered dekhay. sobai ghore router er pichone, TCP. amar admin bolche server e RST mode on korse gotokal.`),
    nat(`bhai RST on er por NAT er pichone TCP phone er registration 1-2 min tike, tarpor gone. log e dekhi REGISTER ashe, 200 OK jay, tarpor connection reset, refresh ar pouchay na.`),
    nat(`ভাই যখন থেকে close mode RST করা হয়েছে, তখন থেকে আমাদের হোম এজেন্টদের (বাসার রাউটার, TCP) সফটফোন আনরেজিস্টার্ড হয়ে যায়। কল সেন্টার চালাতে পারছি না।`),
    nat(`vai RST kora hoise soptaho khanek age, tarpor theke NAT er pichoner TCP gateway gula rate e beshi unregistered hoye jay. office er public IP gateway thik.`),
    nat(`ভাই SS_TCP_CLOSE_RESET অন করার পর থেকে NAT এর পেছনের TCP ফোনগুলো unregistered। আজ ৬০টার মধ্যে ৪০টা নাই। আগের মত অফ করে দিলে কি ঠিক হবে?`),
  ],
  firewallRst: [
    fw(`bhai RST on korar por theke FortiGate log e bhorti "no session matched", ar call gula majhe majhe hang kore, BYE jay na. firewall ta SIP TCP er samne.`),
    fw(`ভাই RST মোড চালু করার পর থেকে কল কেটে যাচ্ছে। Cisco ASA লগে দেখছি: %ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 203.0.113.9/41234 flags RST on interface inside।`),
    fw(`vai iptables e INVALID drop counter khub barche SS_TCP_CLOSE_RESET On korar por. call setup hang hoye thake, 30 sec por fail. pasted:
Chain INPUT
 48211 2890K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID`),
    fw(`Bhai after enabling RST mode, our pfSense in front of VOS blocks packets with TCP flags R as "out of state". Calls to the TCP carrier fail or hang. Firewall log pathacchi.`),
    fw(`bhai apnara kal close mode bodlanor por Sophos e dekhi RST packet drop hocche, ar calls fail. Sophos er pichone VOS, carrier TCP te.`),
    fw(`ভাই RST অন করার পরে ফায়ারওয়াল (FortiGate) RST প্যাকেট ফেলে দিচ্ছে, তাই কল ঝুলে থাকে আর শেষে ড্রপ হয়। ফায়ারওয়াল লগ: "no session matched"।`),
    fw(`vai MikroTik e connection-state=invalid drop rule e counter uthtese RST on er por theke. TCP flag rst. call gula majhe majhe drop hoye jay.`),
    fw(`bhai DC er ASA "Deny TCP (no connection) ... flags RST" log spam korche, ar amader carrier call 40% fail. shuru hoise SS_TCP_CLOSE_RESET On korar por.`),
    fw(`NOC here. Since the RST mode change, conntrack marks the server's RSTs as INVALID and iptables drops them; carrier side keeps half-open sessions and new calls to that trunk fail. Bhai please advise.`),
    fw(`ভাই pfSense লগ পেস্ট করছি:
Block  WAN  TCP:R  203.0.113.7:5060 -> 198.51.100.3:50422  Default deny rule (out of state)
এরকম শত শত। RST মোড চালুর পর থেকে কল ফেইল।`),
    fw(`vai RST mode enable korlam port exhaustion er jonno, TIME_WAIT kom hoise thik, kintu ekhon FortiGate RST gula drop kore ar call fail hocche. dui dik e jhamela 😓`),
    fw(`bhai Sophos XG log e "Invalid TCP state" drop, dst port 5060, TCP flag R. eta RST on korar din theke. calls hang kore, hang up hoy na.`),
    fw(`ভাই আমাদের সামনে একটা স্টেটফুল ফায়ারওয়াল আছে (Cisco ASA)। SS_TCP_CLOSE_RESET অন করার পর থেকে লগে RST এর "no connection" ডিনাই, আর কল মাঝপথে কেটে যায়।`),
    fw(`vai ajke sokal theke carrier bolche amader taraf theke call teardown thik moto hocche na, hanging calls. ami dekhi iptables INVALID e RST drop. kal RST mode on kora hoise.`),
    fw(`Bhai urgent — after you switched the close mode to RST yesterday, our FortiGate 200E is dropping the RSTs ("no session matched", proto 6, flags R). TCP calls to 2 carriers failing since morning.`),
    fw(`ভাই RST চালু করার পর থেকে আমাদের MikroTik firewall এ invalid প্যাকেট ড্রপ বেড়েছে, আর কল ফেইল করছে। লগে tcp flags: RST দেখায়।`),
    fw(`bhai pfSense e "TCP:R" block log e bhore gese, RST enable korar por. calls onek shomoy connect e "trying..." e atke thake.`),
    fw(`vai ei ta dekhen:
conntrack -S | grep invalid
cpu=0 ... invalid=182344
cpu=1 ... invalid=179021
RST mode on korar aage invalid 2-3 hajar chilo. iptables INVALID drop kore, ekhon call drop, hang.`),
    fw(`ভাই ASA লগে দেখা যাচ্ছে %ASA-6-106015 Deny TCP (no connection) ... flags RST ACK। গতকাল RST মোড চালু করার পর থেকে, আর অনেক কল ড্রপ হচ্ছে।`),
    fw(`bhai apnader team RST on korar por amader Fortinet "no session matched" drop dekhacche ar ASR 60 theke 30 e naamse. calls fail. firewall e kichu change kori nai.`),
    fw(`Client's office has a SonicWall stateful firewall. Since RST mode on the VOS, calls to their PBX over TCP fail; SonicWall logs "TCP packet received on non-existent/closed connection; TCP packet dropped" with RST flag. Ki korbo vai?`),
    fw(`vai RST on er por theke call hang kore, dui pokkho hang up korleo VOS e call active thake. firewall (iptables) log: "INVALID DROP IN=eth0 ... RST". firewall ei RST gula khaye felche mone hoy.`),
    fw(`ভাই ক্লোজ মোড RST করার পর Sophos ফায়ারওয়াল RST প্যাকেটগুলো ড্রপ করছে ("out of state")। ফলাফল: কল ফেইল আর ঝুলে থাকা। আগে কখনো এরকম হয়নি।`),
    fw(`bhai FortiGate e diag debug flow e dekhi VOS er RST er jonno "no session matched". SS_TCP_CLOSE_RESET On kora hoise 3 din. tokhon theke carrier call drop.`),
    fw(`ভাই আমাদের iptables এ -m state --state INVALID -j DROP রুল আছে। RST অন করার পর সেই রুলে প্যাকেট কাউন্ট লাফিয়ে বেড়েছে, আর SIP TCP কল ঠিকমতো শেষ হয় না, নতুন কল ফেইল।`),
    fw(`vai tcpdump e dekhi VOS RST pathacche, kintu firewall er opare RST pouchay na, pfSense "state mismatch" bole drop kore. RST mode on er por theke calls fail 😤`),
    fw(`bhai RST mode on korar por ASA er pichoner carrier link e call setup 25% er moto fail hocche. ASA log e RST deny. ki change korte hobe?`),
    fw(`ভাই MikroTik এর firewall filter এ "drop invalid" রুলে হাজার হাজার RST ধরা পড়ছে, সব VOS থেকে। RST চালু করার পর থেকে। কল কেটে যাচ্ছে।`),
    fw(`vai ekta update: RST on er por Sophos e "Dropped: invalid TCP flag" log. aj o calls fail. firewall vendor bolche RST allow korte, apnara ki bolen?`),
    fw(`ভাই আপনারা যে সেটিংটা বদলালেন (SS_TCP_CLOSE_RESET), তারপর থেকে FortiGate "no session matched" দিয়ে RST ফেলে দিচ্ছে আর কল ড্রপ হচ্ছে। এখনই দেখেন প্লিজ।`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning175Set: readonly EvalItem[] = Object.values(tuning175Families).flat();
