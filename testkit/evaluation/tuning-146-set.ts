import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Owners, technicians and resellers of VOS3000 shops in Bangladesh and West Bengal (Dhaka, Narayanganj, Gazipur,
 * Cumilla, Barishal, Kolkata) write in running WhatsApp support threads, about half in Bangla script and half in
 * Banglish, mixed with English technical words: follow-ups, voice notes typed out by the phone, complaints
 * forwarded from their own clients, often with pasted command output or log lines.
 *
 * The hundred-and-forty-sixth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, of which 29, a stateful firewall dropping RST). Written as a
 * never-tuned set in the largest markets' languages, after the fifty-fifth round of rules, by someone who had
 * read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in
 * view; measured once as such, then made tuning material for the fifty-sixth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 89.9 %, negatives confident 11.1 %, confident wrong 0 % with the
 * rules of the fifty-fifth round.
 */
export const tuning146Families = {
  oneListeningPort: [
    no(`ভাই VOS এর ওয়েব পোর্টাল খুলতেছে না। catalina.out এ দেখি
java.net.BindException: Address already in use: JVM_Bind <null>:8080
টমক্যাট মনে হয় দুইবার চালু হইছে, সকালে আমি একবার start দিছিলাম আবার রাকিবও দিছে 😑`),
    no(`boss amar technician 5060 e ekta asterisk install korsilo test er jonno, ekhon mbx3000 start dile bole cannot bind 0.0.0.0:5060. asterisk ta ki puro remove kore dibo?`),
    no(`ভাই আমি বলতেছিলাম যে আমাদের সার্ভারে mysql টা আর উঠতেছে না বলতেছে পোর্ট তিন তিন শূন্য ছয় অলরেডি ইন ইউজ আগের একটা mysqld মনে হয় চালু ছিল কি করব একটু দেখেন`),
    no(`amar client (Narayanganj) pathailo: "bhai amar laptop e xampp chalu korle apache bole port 80 in use, skype o chalu ache". eta ki VOS related kichu? na hole take bole dibo nijer laptop dekhte`),
    no(`docker run -d -p 8080:8080 billing-panel
Error response from daemon: driver failed programming external connectivity on endpoint billing: Bind for 0.0.0.0:8080 failed: port is already allocated
ভাই নতুন billing panel টা container এ তুলতে চাইছিলাম, 8080 তো পোর্টাল নিয়ে বসে আছে। অন্য পোর্ট দিলেই হবে?`),
    no(`vai abar same problem, nginx reload dilam bollo
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
pore dekhi httpd o chalu chilo 😅 duitai 443 chay`),
    no(`রিবুটের পর mbx3000 ওঠে নাই। লগে: bind sip port 5060 failed, address already in use. ps aux | grep mbx দিয়ে দেখি দুইটা mbx3000 চলতেছে, একটা পুরানো PID। ওইটা kill দিব?`),
    no(`Sir amar developer recharge API banacche, localhost e npm start dile
Error: listen EADDRINUSE: address already in use :::3000
VOS er sathe kono somporko ache? amra kichu bujhtesi na, she bolche "server er problem"`),
    no(`ekhono thik hoy nai. tomcat stop korlam, abar start, still "Address already in use" 8080 te.
netstat -tlnp | grep 8080
tcp   0   0 :::8080   :::*   LISTEN   2231/java
ei 2231 ta ki purano java?`),
    no(`ভাই আপনার কথা মতো service vos3000webd restart দিলাম, এখন ওয়েব পেজই আসে না। catalina লগে:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080`),
    no(`গাজীপুর অফিসের একটা পিসিতে MicroSIP আর Zoiper দুইটা একসাথে চালাইছি, Zoiper বলে "could not bind to local port 5060"। একটা বন্ধ করলে আরেকটা চলে। এইটা কি নরমাল?`),
    no(`redis-server start hocche na:
# Could not create server TCP listening socket *:6379: bind: Address already in use
eta amader call recording server e. VOS na jani, kintu apnara to server o dekhen 🙏`),
    no(`bhai ami ekta python script likhsi SIP OPTIONS pathanor jonno, sock.bind(("0.0.0.0", 5060)) dile OSError: [Errno 98] Address already in use. VOS box ei chalaisilam 😬 bhul korlam?`),
    no(`কলকাতা থেকে লিখছি। আমাদের dev মেশিনে একই সার্ভারে দ্বিতীয় একটা VOS instance টেস্ট করতে চাই, কিন্তু দ্বিতীয়টা বলছে cannot bind 5060। softswitch.conf এ SIP পোর্ট কোথায় বদলাব দাদা?`),
    no(`httpd: (98)Address already in use: make_sock: could not bind to address [::]:80
vai ei line ta ashtese webmin install korar por theke, amader reseller portal ta bondho`),
    no(`ভাই mysql মনে হয় ২ বার স্টার্ট হয়ে গেছে, error log:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
এখন billing এ লগইন হয় না`),
    no(`ssh port 22 theke 2222 korlam security er jonno, sshd restart e bolse "Bind to port 2222 on 0.0.0.0 failed: Address already in use." 2222 te ki r kichu ache? ektu check kore den please`),
    no(`হ্যালো ভাই শুনতেছেন আমি রাকিব বলতেছি বরিশাল থেকে আমাদের ওয়েব পোর্টালে ঢোকা যাইতেছে না টমক্যাট এর লগে লেখা এড্রেস অলরেডি ইন ইউজ আট হাজার আশি পোর্ট একটু কল দিয়েন ফ্রি হইলে`),
    no(`Sir monitoring er jonno grafana install korsi, log e "listen tcp 0.0.0.0:3000: bind: address already in use". pore dekhi amar developer er node app oi port e bosha. grafana ke 3001 e dibo thik ache?`),
    no(`mbx3000 log:
[ERROR] create listen socket 0.0.0.0:1719 failed: Address already in use
h323 gatekeeper port. last week gnugk test korsilam same server e, oita mone hoy ekhono chole`),
    no(`Dada amader Windows server e VOS3000 client chalai, pashe IIS o ache. ekhon IIS start hoy na "port 80 is being used by another process" bole. eta ki apnader dekhar bishoy na Microsoft er? 😅`),
    no(`FreePBX আর VOS একই VPS এ বসাইছিলাম খরচ বাঁচাইতে, এখন asterisk বলতেছে
Unable to bind to 0.0.0.0:5060: Address already in use
কোনটার পোর্ট বদলানো ভালো হবে?`),
    no(`vai systemd bolche vos-portal.service failed, journal e:
SEVERE: StandardServer.await: create[localhost:8005]:
java.net.BindException: Address already in use
8005 to shutdown port. ke nise oita?`),
    no(`আপনার কথা মতো lsof দিলাম:
lsof -i :8080
java  1893 root  45u  IPv6 18821  0t0  TCP *:webcache (LISTEN)
1893 টা কাল রাত থেকে চলে, আমি আবার নতুন করে start দিছিলাম তাই error? এইটা kill করলেই হবে?`),
    no(`রাত ৯টা, পিক টাইম, হঠাৎ ওয়েব পোর্টাল বন্ধ। tomcat restart দিলে বলে 8080 address already in use। কল কিন্তু ঠিকই যাচ্ছে, শুধু পোর্টালে ঢুকতে পারতেছি না রিচার্জ দিতে 😓`),
    no(`freeradius -X দিলাম, শেষে লেখা:
Failed binding to auth address * port 1812 bound to server default: Address already in use
/etc/raddb/sites-enabled/default[59]: Error binding to port for 0.0.0.0 port 1812
ভাই radius দুইটা চলতেছে নাকি?`),
    no(`স্যার নতুন সার্ভারে VOS ইনস্টল করার পর ওয়েব পোর্টাল আর Jenkins দুইটাই 8080 চায়। Jenkins আগে থেকে ছিল, তাই পোর্টাল উঠতেছে না। পোর্টালটা 8081 এ নেওয়া যায়?`),
  ],
  otherRegistrationCause: [
    no(`vai abar same problem, Mirpur er 12 ta IP phone unregistered. pore mone porlo kal account er password change korsilam portal theke, phone e update kori nai 🤦‍♂️`),
    no(`ভাই আমাদের এক ক্লায়েন্টের সব ফোন unregistered দেখাইতেছে। পোর্টালে দেখি account balance -230 টাকা, ৩ মাস বিল দেয় নাই। এইটার জন্যই কি রেজিস্টার হয় না?`),
    no(`server er public IP change hoise, ISP notun IP block dise. ekhon kono gateway register hoy na, shob gateway e purano IP set kora. ekta ekta kore change korte hobe naki kono shortcut ache?`),
    no(`Narayanganj er reseller likhse: "bhai amar goip register hoy na, 403 Forbidden dekhay". ami check korsi, tar account expiry kal shesh hoise. renew korle thik hobe to?`),
    no(`ভাই কাল রাত থেকে আমাদের অফিসের সব ফোন আনরেজিস্টার্ড দেখাইতেছে কারণ কারেন্ট নাই জেনারেটরও নষ্ট রাউটার বন্ধ আইপিএস এর চার্জ শেষ শুধু জানাইলাম যাতে টিকেট না খোলেন`),
    no(`Link3 er line down since 11am, Gazipur POP e fiber cut. tai amader shob extension unregistered. ISP bolse 3 ghonta lagbe. apnader dik theke kichu korar nai right?`),
    no(`৪০১ Unauthorized আসতেছে বারবার, softswitch লগে "auth failed for 8801711xxxxxx: wrong password"। ক্লায়েন্ট বলতেছে পাসওয়ার্ড ঠিক আছে। পাসওয়ার্ড রিসেট কিভাবে দিব?`),
    no(`পোর্টালে লাল লেখা "License expired", এখন কোনো gateway রেজিস্টার করতে দিতেছে না। licence renew এর process টা কি ভাই? urgent, সব ক্লায়েন্ট ফোন দিতেছে`),
    no(`sip.amaderbd.com er A record notun server e change korsi gotokal, kintu kichu phone ekhono purano IP tei jay, register hoy na. TTL 86400 chilo 😩 wait kora chara upay nai?`),
    no(`Forwarded: "dada amar zoiper e registration failed 408 timeout, ami jio hotspot theke try korchi"
dada ei client Kolkata er, mobile data te SIP ki block kore? wifi te thik chole bolche`),
    no(`কুমিল্লা অফিসে পুরানো TP-Link সরাইয়া নতুন MikroTik বসাইছি, তারপর থেকে ফোন unregistered। আমরা UDP তে চালাই, TCP না, RST টাও কখনো ধরা হয় নাই। MikroTik এ নতুন NAT রুল লাগবে নাকি SIP ALG অফ?`),
    no(`register hoy kintu call dilei 488 Not Acceptable Here. pore dekhi phone e shudhu G729 on, server e G711 only. eta ki registration problem na codec?`),
    no(`একটা Yeastar gateway রেজিস্টার reject হইতেছে, লগে "IP not allowed"। রিসেলার অফিস বরিশালে শিফট করছে, নতুন IP whitelist এ নাই। কোথায় অ্যাড করব?`),
    no(`Bhai apnar kotha moto korlam, account e "max registrations" 1 chilo, 3 ta phone same account diye login chilo tai ekta register thake baki gula kicked hoy. limit 3 korlam, ekhon sob green 👍 eta thik way?`),
    no(`Grandstream HT802 factory reset hoye gese kal current jawar por, shob config mucche. tai unregistered. apnader kache ki config backup thake? na thakle notun kore dite hobe`),
    no(`ফোনগুলো NAT এর পিছনে, রেজিস্টার হয় না, 403 "user not found"। পরে দেখি ক্লায়েন্ট username এ 8801 এর জায়গায় 01 লিখছে 🙄 ঠিক করলাম, এখন ঠিক আছে`),
    no(`ভাই আমাদের রিসেলার প্যানেল থেকে এক ক্লায়েন্টের একাউন্ট "locked" হয়ে গেছে ৫ বার ভুল পাসওয়ার্ড দেয়ায়। ফোন আনরেজিস্টার্ড দেখায়। আনলক কিভাবে করব?`),
    no(`ISP amader CGNAT e dhukiye dise (WAN e 100.64.x.x IP), tarpor theke office er IP-PBX trunk register hoy but 2-3 min e pore jay. sob UDP. ISP ke public IP er jonno bolbo?`),
    no(`Windows update er por MicroSIP unregistered dekhay. pore dekhi Windows Defender Firewall MicroSIP.exe ke block kore dise notun popup e "cancel" chapsilo user 😂`),
    no(`ভাই আমাদের সার্ভারের SIP পোর্ট 5060 থেকে 5080 করছি scanner এর অত্যাচারে, এখন পুরানো ফোনগুলো unregistered কারণ ওরা এখনো 5060 তে যায়। সব ফোনে হাতে হাতে পোর্ট বদলাইতে হবে?`),
    no(`ভাইয়া ফোনে নেট নাই সিম এর এমবি শেষ তাই আনরেজিস্টার দেখাইতেছে ঠিক আছে রিচার্জ দিছি এখন দেখতেছি আবার জানাবো`),
    no(`একটা IP ফোনে VLAN 20 সেট ছিল, নতুন সুইচে ওই VLAN নাই, তাই DHCP তে IP পায় না, unregistered। নেটওয়ার্কের ছেলে ঠিক করছে, শুধু আপনাদের লগে যেন দেখেন কেন অফ ছিল`),
    no(`কলকাতা অফিস: Airtel ব্রডব্যান্ড বদলে Jio Fiber নিলাম। ওদের রাউটারে SIP ALG ডিফল্ট অন, তারপর থেকে ফোন রেজিস্টার হয়ে আবার আনরেজিস্টার্ড হয়। আমরা UDP। ALG অফ করার অপশন খুঁজে পাচ্ছি না দাদা`),
    no(`account balance zero hoye gele ki VOS registration block kore? amar ek client bolse "forbidden" ashe, ami dekhlam tar balance 0.00 🤔`),
    no(`SIP domain/realm change korsi kal raate server e, ekhon purano phone gula digest auth fail dicche, 401 er por 401. phone e realm o change korte hobe?`),
    no(`Barishal এর এক রিসেলার এর সব GoIP সকাল থেকে অফলাইন। ফোন দিলাম, বলে ওর দোকানের ব্রডব্যান্ড বিল দেয় নাই, ISP লাইন কেটে দিছে 😅 তাই জানায় রাখলাম`),
    no(`ekhono thik hoy nai. apnar kotha moto phone e outbound proxy dilam, tao "Registration failed". pore dekhi phone er date 2017 ar DNS server 0.0.0.0 😑 DHCP theke kichui pay na`),
  ],
  smallFigures: [
    no(`ভাই একটু জানতে চাই, netstat -an | grep TIME_WAIT | wc -l দিলে 312 আসে। এইটা কি নরমাল? সার্ভার তো ঠিকই চলতেছে`),
    no(`vai TIME_WAIT jinish ta actually ki? google e porlam, bujhlam na 😅 amar server e 150-200 er moto dekhay shob shomoy`),
    no(`ss -s paste korlam, kono problem nai, just check:
Total: 412 (kernel 530)
TCP:   198 (estab 61, closed 112, orphaned 0, synrecv 0, timewait 108/0), ports 0
thik ache na?`),
    no(`SS_TCP_CLOSE_RESET parameter ta ki kaj kore sir? softswitch.conf e dekhlam Off deya. On korle ki labh?`),
    no(`আমাদের নতুন সার্ভার, দিনে ২-৩ হাজার কল মাত্র। RST mode অন রাখা উচিত নাকি অফ? কোনো সমস্যা নাই, শুধু best practice জানতে চাই`),
    no(`Sir monthly health check: CPU 12%, RAM 3.1G/8G, TIME_WAIT 240, ESTAB 85, ASR 46%, ACD 3.2 min. kichu change lagbe?`),
    no(`boss tcp_tw_reuse 0 ache amar server e. eta 1 kora ki dorkar? load kom, 5 CPS er moto max`),
    no(`ip_local_port_range দেখলাম 32768 60999। এইটাই কি default? আমাদের মত ছোট সেটআপে বাড়ানো লাগবে?`),
    no(`ভাই আমি জানতে চাইতেছিলাম যে টাইম ওয়েট যে দেখায় ওইটা কতো হইলে চিন্তার বিষয় আমাদের তো এখন তিনশো চারশো এর মতো থাকে`),
    no(`RST ar FIN er difference ta ektu bujhiye bolben? amar junior ke training dicchi, shei jiggesh korse ar ami nijeo confuse 😊`),
    no(`peak time 9pm e check korlam:
$ netstat -ant | awk '{print $6}' | sort | uniq -c
     47 ESTABLISHED
     22 LISTEN
    389 TIME_WAIT
bhai eta ki beshi? kono call fail nai`),
    no(`আমাদের softswitch এ SIP TCP আর UDP দুইটাই চালু। SS_TCP_CLOSE_RESET কি UDP এর উপর কোনো প্রভাব ফেলে? শুধু জানার জন্য জিজ্ঞেস করলাম`),
    no(`Dada amra Kolkata theke, notun VOS3000 2.1.6 nilam. shuru te ki ki kernel tuning suggest koren? abhi traffic khub kom, 20-25 concurrent`),
    no(`শুনলাম RST অন করলে TIME_WAIT কমে, কিন্তু NAT এর ফোনে নাকি ঝামেলা হয়। আমাদের সব ফোন পাবলিক IP তে। তাহলে অন করা কি ভালো হবে? এমনি জানতে চাইলাম`),
    no(`cat /proc/sys/net/ipv4/tcp_fin_timeout
60
eta kom kore 30 korbo? kono issue nai, just optimize korte chai`),
    no(`ভাই ss -tan state time-wait | wc -l = 97। গতকাল ছিল 130। সব ঠিক আছে তো?`),
    no(`Sir ss -s e last e "ports 0" lekha ashe, oita ki bujhay? kono problem?`),
    no(`ঈদের আগে ট্রাফিক ৩ গুণ হইতে পারে। এখন পিকে TIME_WAIT 500 এর মত। আগে থেকে কিছু টিউনিং করে রাখব? এখনো কোনো সমস্যা হয় নাই, আল্লাহর রহমতে`),
    no(`বস একটা প্রশ্ন, conntrack -C দিলে 1843 দেখায়, nf_conntrack_max 65536। এইটা ঠিক আছে?`),
    no(`sysctl -a | grep tw dilam:
net.ipv4.tcp_max_tw_buckets = 262144
net.ipv4.tcp_tw_recycle = 0
net.ipv4.tcp_tw_reuse = 0
ei value gula thik ache? server quiet, 50-60 concurrent call`),
    no(`EADDRINUSE জিনিসটা আসলে কি? আমার এক বন্ধু বলল এইটা হইলে কল আটকে যায়। আমাদের কোনো error নাই, শুধু বুঝতে চাই`),
    no(`ভাই RST মোড অন করলে কি TLS এ কোনো সমস্যা হয়? আমরা এখনো অন করি নাই, প্ল্যান করতেছি সামনের মাসে`),
    no(`রাত ১টা, সার্ভার প্রায় ফাঁকা, TIME_WAIT 58। দিনে 600 পর্যন্ত যায়। ঠিক আছে তো? কল সব যাইতেছে`),
    no(`Bhai amar reseller jiggesh korse "TIME_WAIT ki virus?" 😂 take ki bhabe bujhabo ektu shohoj kore bolen`),
    no(`softswitch.conf e SS_TCP_CLOSE_RESET="Off" dekhi. eta ki default? ami kokhono change kori nai, just confirm`),
    no(`একটা অডিটের জন্য লাগবে: আমাদের সার্ভারের tcp সেটিং কি recommended? tw_reuse=0, port range 32768-60999, fin_timeout 60, RST off। ট্রাফিক 8-10 CPS max`),
    no(`Barishal theke: netstat -s | grep -i reset dile "23 connection resets received" ashe. eta kom na beshi? customer der kono complain nai`),
  ],
  firewallNoRst: [
    no(`ভাই আমাদের নতুন গেটওয়ে IP 103.112.xx.45 whitelist করে দেন firewall এ, 5060 TCP আর UDP দুইটাই। আজকে রাতে লাইভ করব`),
    no(`fail2ban amar nijer IP ban kore dise 😭 ssh e dhukte pari na. office IP 202.134.x.x. unban korben please`),
    no(`FortiGate e notun policy lagbe: WAN theke VOS server e 5060 TCP/UDP allow, RTP 10000-20000 UDP. eta ke korbe, apnara na amader IT?`),
    no(`ভাই গাজীপুর অফিসের রাউটারে SIP ALG অফ করে কিভাবে? TP-Link Archer C6, মেনুতে খুঁজে পাইতেছি না`),
    no(`iptables -L -n dekhlam, 8080 port bahir theke puro open. eta bondho kore shudhu office IP theke allow korte chai. rule ta likhe diben?`),
    no(`বাইরের দেশ থেকে প্রচুর SIP scan আসে (friendly-scanner, sipvicious)। শুধু বাংলাদেশ আর ইন্ডিয়া allow করে বাকি সব geo-block করতে চাই। সবচেয়ে ভালো উপায় কি?`),
    no(`pfSense e 5060 te rate limit dite chai, ek IP theke second e 20 tar beshi REGISTER na ashe. possible?`),
    no(`Forwarded: "Bhai amar IP ta block hoye gese mone hoy, portal e dhukte pari na, ami Jatrabari theke"
boss ektu check koren fail2ban e, bechara 3 bar bhul password dise`),
    no(`ASA তে একটা object-group বানাইতে হবে আমাদের carrier এর ৪টা IP দিয়ে, access-list এ 5060 allow। ASA কনফিগ আমি ভালো জানি না 🙏 কমান্ডগুলা দিবেন?`),
    no(`ভাই একটা রুল রিকোয়েস্ট: নতুন carrier কলকাতা থেকে, IP 49.xx.xx.10-14, SIP TCP 5060 আর RTP allow করে দেন। আজকে রাতের মধ্যে হইলে ভালো`),
    no(`CentOS 7 e firewalld, firewall-cmd --add-port=5060/tcp --permanent dilam kintu reload er por --list-ports e dekhay na. ki bhul korlam?`),
    no(`MikroTik এ dst-nat দিয়ে VOS সার্ভারের 5060 ফরোয়ার্ড করছি। port forward রুলে protocol কোনটা দিব, TCP নাকি UDP? দুইটাই আলাদা রুল দিব?`),
    no(`ekhono thik hoy nai — apni bolsilen 5060 open korte, korsi, kintu bahir theke telnet x.x.x.x 5060 connect hoy na. ISP port block kore naki?`),
    no(`Sophos XG তে একটা "SIP helper/SIP module" আছে, ওইটা অন রাখব নাকি অফ? আমাদের VOS সার্ভারের সামনে Sophos`),
    no(`iptables e recent module diye brute force REGISTER thamate chai. ek IP 1 minute e 30 REGISTER er beshi pathale drop. example rule den please`),
    no(`ভাই আমাদের ফায়ারওয়ালে একটা নতুন রুল লাগাইতে হবে বাইরে থেকে ওয়েব পোর্টাল যাতে শুধু আমাদের অফিস থেকে খোলে আর কেউ যেন না খুলতে পারে আইপি গুলা পাঠাইতেছি একটু পরে`),
    no(`fail2ban-client status vos-sip
Status for the jail: vos-sip
|- Currently banned: 312
eta normal? log e dekhi UK, Palestine, Netherlands theke scan`),
    no(`lsmod e nf_conntrack_sip ar nf_nat_sip load ache. shunlam eta ALG er moto kaj kore. remove kore dibo? amader sob phone direct public IP`),
    no(`cloud এর security group এ 5060 TCP খোলা ছিল না, তাই নতুন ক্লায়েন্ট কানেক্ট হয় না। AWS console এ inbound rule এ কি কি অ্যাড করব?`),
    no(`আমাদের FortiGate এর admin পাসওয়ার্ড ভুলে গেছি 😅 আপনারা কি রিসেট করতে পারেন নাকি vendor কে ধরতে হবে?`),
    no(`billing server Ubuntu te UFW diye chalai. 3306 shudhu VOS server er IP theke allow korte chai. ufw er command ta ki hobe?`),
    no(`এই IP গুলা block করতে চাই, একটানা INVITE পাঠাইতেছে 00972 আর 00881 নাম্বারে: 185.x.x.x, 45.x.x.x। toll fraud মনে হইতেছে! জলদি ভাই`),
    no(`Dada office e notun FortiGate 60F boshano holo, migration er por kichu rule miss hoyeche, portal 8080 bahir theke khule na. purano config er screenshot pathachhi`),
    no(`pfSense forum e bolse Outbound NAT e "static port" on korte SIP er jonno. amra UDP i chalai. eta ki amader dorkar?`),
    no(`iptables -A INPUT -p tcp --dport 5060 -m state --state NEW -j ACCEPT
ei rule ta thik ache? naki ESTABLISHED,RELATED er rule o lagbe? notun server setup korchi Cumilla te`),
    no(`Palo Alto লগে দেখি আমাদের carrier এর IP থেকে 5061 এ deny। TLS পোর্ট খোলা হয় নাই। খুলে দেন প্লিজ 🙏`),
    no(`ভাই রাউটারের DoS protection এ SIP flood limit 100 দেওয়া। বাড়ানো দরকার? কল ঠিকঠাক চলে, শুধু অফিসের ভাই জিজ্ঞেস করল`),
  ],
  negationContext: [
    no(`ভাই আমরা শুধু UDP ব্যবহার করি, TCP বন্ধ। তাহলে SS_TCP_CLOSE_RESET নিয়ে চিন্তার দরকার নাই তো?`),
    no(`vai apnar kotha moto RST on, tw_reuse 1, port range 1024 65535 korlam. aj peak e ekta o "address already in use" ashe nai, TIME_WAIT 900 er niche. thanks boss 🙏`),
    no(`phone unregistered hoisilo kintu RST to kokhono on kori nai, softswitch.conf e Off ei ache. kal raate router e current chilo na, ekhon sob thik`),
    no(`গত মাসে address already in use এর ঝামেলা হইছিল, আপনারা ঠিক করে দিছিলেন। এখন আর নাই। শুধু জানতে চাই ওই পরিবর্তনগুলা রিবুটের পরেও থাকবে তো?`),
    no(`just asking for a friend 😅 tar VOS e TIME_WAIT onek, amar na. amar server ekdom fine. take apnader number dibo?`),
    no(`purono log pelam 2022 er, "EADDRINUSE" onek bar. eta ki ekhon kono problem? 2 bochor dhore to kono issue nai`),
    no(`শুনলাম FortiGate নাকি RST ড্রপ করে। আমাদের FortiGate আছে, কিন্তু RST মোড কখনো অন করা হয় নাই। তাহলে আমাদের রিস্ক নাই, ঠিক?`),
    no(`nobody changed anything, kintu aj Banani er 3 ta phone unregistered. pore dekhi PoE switch er adapter jole gese 🔥 ok solved`),
    no(`ভাই আপনারা RST অন করতে বলছিলেন, কিন্তু আমরা করি নাই কারণ আমাদের ২০০ ফোন NAT এর পেছনে। এখন পর্যন্ত কোনো সমস্যা নাই, শুধু জানিয়ে রাখলাম`),
    no(`post-mortem likhchi last week er: 21 tarikh peak e cannot bind error ashsilo, fix apply er por ar ekbar o hoy nai. report e ki ki likhbo ektu help korben?`),
    no(`RST অফ করে দিলাম আপনার কথা মতো, MikroTik এর পেছনের সব ফোন আবার registered 👍 টিকিট ক্লোজ করতে পারেন`),
    no(`firewall RST drop er issue ta amader na, amader carrier er. tara nijera thik kore nise, amader dik theke kichu korar nai bolse`),
    no(`আমাদের সার্ভারে কখনোই TIME_WAIT ১০০০ পার হয় নাই, কোনো error ও দেখি নাই। তাহলে এই tuning প্যাচ লাগানোর দরকার আছে?`),
    no(`ei "address already in use" ta amar training slide e dekhate hobe, amader server e kono issue nai. ekta sample log line dite parben?`),
    no(`ভাই ওই ASA আর RST ড্রপের ব্যাপারটা ২০২৩ এর ঘটনা, তখন RST অন ছিল, পরে অফ করছি। এখন কি আবার অন করা safe?`),
    no(`reseller forward korse "bhai amar phone unregistered" — pore jana gelo password change er por phone e update kore nai. ignore koren, solved`),
    no(`আমরা SIP TLS/TCP কিছুই ইউজ করি না, সব UDP। তবুও কি firewall এ RST নিয়ে কিছু করা লাগবে?`),
    no(`na na RST er problem na. amader call drop hocche karon carrier 60 sec e BYE pathay, trace e dekhlam. carrier ke bolchi`),
    no(`এবার ঈদে 40 CPS পিকেও কোনো সমস্যা হয় নাই, TIME_WAIT সর্বোচ্চ 6k, কোনো bind error নাই। গত বছরের tuning কাজ করছে 👏`),
    no(`Kolkata team janalo: "address already in use" ta shudhu ekbar ashsilo jokhon duijon eksathe tomcat start dise. load related na, confirmed`),
    no(`ভাই একটা পুরানো স্ক্রিনশট পাঠাইছিলাম ভুলে, ওইটা ২০২১ এর। ওইটায় যে TIME_WAIT ৩৫ হাজার দেখাইতেছে সেটা এখনকার না। এখন সব ঠিক আছে`),
    no(`RST on korle NAT er phone unregistered hoy eta jani, tai amra on kori nai. aj Cumilla er MikroTik er pichoner phone gula unregistered chilo, oita ISP down er jonno, ekhon back`),
    no(`fix kaj korse. conntrack e ar INVALID drop nai, sokal theke calls ok. thanks Sabbir bhai 🙏`),
    no(`আরেকটা ফোরামে পড়লাম RST দিলে firewall এ কল হ্যাং হয়। আমাদের এখনো এমন কিছু হয় নাই, RST কখনো অন করি নাই, কৌতূহল থেকে জিজ্ঞেস করলাম`),
    no(`না ভাই, সমস্যা port exhaustion না। TIME_WAIT মাত্র 200, কল fail হইতেছে কারণ carrier এর balance শেষ। ধন্যবাদ`),
    no(`settings change er kono history nai, audit log check korlam, last change 6 mash age. so je issue ta bolsilam oita RST er jonno na nishchoy`),
    no(`আগের টিকিটটা (firewall RST এর টা) ক্লোজ করে দেন, গত ৩ দিন ধরে সব কল ঠিক আছে। আলহামদুলিল্লাহ`),
  ],
  portExhaustion: [
    pe(`vai abar same problem, raat 9 tar por call jay na. softswitch log e "connect failed: Cannot assign requested address" ar "address already in use". TIME_WAIT 28k+`),
    pe(`ভাই পিক টাইমে কল ফেইল, netstat -an | grep TIME_WAIT | wc -l = 31842। সকালে 400 ছিল। কি করব?`),
    pe(`ss -s
Total: 35211 (kernel 35890)
TCP:   33980 (estab 512, closed 33301, orphaned 12, synrecv 0, timewait 33290/0), ports 0
bhai ei obostha, 8pm theke carrier e notun TCP connection hoy na`),
    pe(`এখনো ঠিক হয় নাই। সন্ধ্যা হইলেই VOS লগে "BindException: Address already in use: connect" আসে, তখন CPS 60-70 থাকে। দিনে একদম ঠিক`),
    pe(`ভাই রাত আটটার পরে যখন কল বেশি আসে তখন সার্ভার নতুন কোনো কানেকশন নিতে পারে না লগে লেখা এড্রেস অলরেডি ইন ইউজ টাইম ওয়েট নাকি ত্রিশ হাজারের উপরে আমার ছেলে দেখছে`),
    pe(`Forwarded from client (Narayanganj): "bhai 9-11pm e 50% call fail, baki shomoy thik"
ami server e dekhlam TIME_WAIT 25k, log e EADDRINUSE. fix ki?`),
    pe(`sysctl net.ipv4.ip_local_port_range
net.ipv4.ip_local_port_range = 32768    60999
eta ki choto? peak e port shesh hoye jay mone hoy, cannot bind error ashe`),
    pe(`Sir urgent 🙏 Dhaka server, peak e CPS 120, carrier e outgoing TCP fail hocche, "EADDRINUSE" bar bar. TIME_WAIT 28,000.`),
    pe(`আপনার কথা মতো netstat চালাইলাম:
  27431 TIME_WAIT
    611 ESTABLISHED
এখন রাত ১০টা। অর্ধেক কল যাইতেছে না`),
    pe(`বস আমার SIP trunk TCP তে। হাই ট্রাফিকে নতুন connection open হয় না, মনে হয় local port range ফুল। tw_reuse 0 আছে। কি সেট করব?`),
    pe(`কলকাতা POP: প্রতি সন্ধ্যা ৭:৩০ থেকে ১০:৩০ mbx3000 লগে "cannot bind socket", প্রায় ৩০ হাজার socket TIME_WAIT এ আটকে থাকে। দিনের বেলা সব ঠিক। দাদা একটু দেখুন`),
    pe(`৩০ হাজার TIME_WAIT, পিক আওয়ারে কল ড্রপ না, কল শুরুই হয় না। CentOS 6, ss নাই, netstat দিয়ে দেখছি`),
    pe(`bhai notun carrier TCP only. tokhon theke peak e shob outgoing connect e "Address already in use". age UDP carrier e chilo, tokhon hoto na`),
    pe(`grep -c 'Address already in use' softswitch.log
18422
আজ সন্ধ্যা থেকে 😵 ভাই এইটা কি হইতেছে`),
    pe(`গাজীপুর সার্ভারে ঈদ অফার চালু হওয়ার পর CPS বাড়ছে, এখন TCP পোর্ট সব শেষ। netstat এ ৪০ হাজার TIME_WAIT। RST অন করলে কাজ হবে?`),
    pe(`Assalamualaikum bhai. amra Cumilla theke. gotokal theke ekta problem: shondha 8 ta theke raat 12 ta porjonto ~35% call fail hoy. carrier bolche tader dike kono problem nai. ami server e check korsi:
netstat -ant | grep -c TIME_WAIT
29876
ar log e prochur "bind: address already in use". din e TIME_WAIT 1-2k thake.
server: CentOS 7, VOS 2.1.8, 16GB RAM. ki korte hobe bolen please, owner chillacche 😓`),
    pe(`ভাই ৫ মিনিট আগে:
java.net.BindException: Address already in use: connect
carrier এ SIP TCP connect করতে গিয়ে। আজকে ট্রাফিক ডাবল`),
    pe(`boss port exhaustion mone hocche, peak e ephemeral port sob use hoye gese. 28k TIME_WAIT, tcp_tw_reuse=0. apnara remote e fix apply korte paren?`),
    pe(`আজ বিকাল থেকে হঠাৎ CPS ১৫০ (একটা নতুন বড় ক্লায়েন্ট আসছে)। এখন নতুন TCP connection হয় না, error: cannot assign requested address। TIME_WAIT ৩২ হাজার`),
    pe(`eta dekhen:
[2024-05-12 21:14:03] ERR sip tcp connect 10.20.1.5:5060 failed errno=98 (EADDRINUSE)
[2024-05-12 21:14:03] ERR sip tcp connect 10.20.1.5:5060 failed errno=98 (EADDRINUSE)
ar ei line hazar hazar, peak time e`),
    pe(`peak e "address already in use", TIME_WAIT 1 ghontay 2k theke 30k. help`),
    pe(`ভাইয়া আমাদের রিসেলার বলতেছে রাতে কল যায় না। সার্ভারে ss -s দিয়া দেখলাম timewait 26544/0। দিনে ঠিক থাকে`),
    pe(`vai abar, kal fix dilen kintu reboot er por sysctl reset hoye gese mone hoy. aj abar peak e bind error, TIME_WAIT 30k. persist hoy nai?`),
    pe(`বরিশাল থেকে: রমজানের পর থেকে কল ভলিউম ৩ গুণ। এখন রাতে softswitch নতুন TCP socket খুলতে পারে না, "Cannot bind" — আর netstat এ TIME_WAIT ~22k`),
    pe(`সব কল একসাথে ফেল করে না, পিক টাইমে প্রতি ৩০-৪০ সেকেন্ডে একটা ঝাঁক ফেল হয়। লগে EADDRINUSE। TIME_WAIT গুনলাম 24,300`),
    pe(`our softswitch opens a new TCP conn to the carrier per call, at 80 CPS the ports run out.
ss -tan state time-wait | wc -l
31005
need RST + tw_reuse?`),
    pe(`Dada, Kolkata te amader 2nd server e same problem jeta Dhaka te chilo: peak e cannot bind, TIME_WAIT 27k. Dhaka te je fix dilen oita eikhane o diye din`),
    pe(`ভাই ১০ মিনিট ধরে কোনো নতুন কল কানেক্ট হইতেছে না। TIME_WAIT ৩০ হাজার+। রিস্টার্ট দিলে ১৫ মিনিট ঠিক থাকে, তারপর আবার একই`),
    pe(`cat /proc/net/sockstat
sockets: used 1840
TCP: inuse 702 orphan 3 tw 29811 alloc 744 mem 311
vai tw eto beshi keno? peak e call fail + bind error`),
    pe(`Narayanganj reseller er msg: "vai raat 10 tay 100 call dile 40 ta jay na"
server e dekhi EADDRINUSE ar port range 32768-60999 puro bhora TIME_WAIT diye`),
  ],
  natUnregistered: [
    nat(`ভাই গতকাল আপনারা RST mode অন করার পর থেকে আমাদের অফিসের MikroTik এর পিছনের সব ফোন unregistered। ফোনগুলো TCP তে চলে`),
    nat(`vai abar same problem, SS_TCP_CLOSE_RESET=On korar por home router er pichoner Grandstream phone gula bar bar unregistered hoy. transport TCP`),
    nat(`ekhono thik hoy nai. apnar kotha moto RST on korsilam TIME_WAIT er jonno, TIME_WAIT kome gese thik, kintu ekhon Zoiper (TCP) user ra register thakte pare na, 2-3 min por por drop. sobai NAT er pichone`),
    nat(`Forwarded from my client (Mirpur): "bhai kal theke amar 8 ta phone unregistered, ami kichu kori nai"
amader server e kal raate port er jonno RST on kora hoise. eta ki related?`),
    nat(`ভাই আপনারা যে সেটিংটা চালু করে দিলেন রিসেট না কি যেন তারপর থেকে আমাদের বাসার রাউটারের পিছনের ফোনগুলো বারবার আনরেজিস্টার্ড হয়ে যাইতেছে টিসিপি দিয়ে চালাই আমরা`),
    nat(`softswitch.conf e SS_TCP_CLOSE_RESET="On" kora hoise 2 din age. tarpor theke NAT er pichoner softphone (MicroSIP, TCP) unregistered hoye jay, public IP wala gateway gula thik ache`),
    nat(`Kolkata office: after enabling TCP close reset, all our extensions behind the Jio router drop registration every few minutes. SIP over TCP. Before that it was fine for a year.`),
    nat(`আপনার কথা মতো রিসেট অন করলাম, কল ফেইল কমছে, কিন্তু এখন নতুন সমস্যা: NAT এর পিছনের ৪০টা ফোন রেজিস্টার থাকে না। TCP।`),
    nat(`বস RST অন এর পর MikroTik এর পিছনের IP ফোনগুলা unregistered। MikroTik এ কোনো চেঞ্জ করি নাই। ফোন TCP 5060`),
    nat(`গাজীপুর ফ্যাক্টরিতে ২৫টা Yealink, সব MikroTik NAT এর পিছনে TCP তে রেজিস্টার। গতকাল RST অন করার পর থেকে পোর্টালে সব "offline"`),
    nat(`ekta pattern dekhlam: je phone gula public IP te ase tara registered, jegula office router er NAT er pichone tara unregistered. shuru hoise jedin SS_TCP_CLOSE_RESET on korlam`),
    nat(`ভাই TIME_WAIT ফিক্সটা দেয়ার পর (RST On) আমাদের রিসেলারদের সফটফোন রেজিস্ট্রেশন হারাইতেছে। সবাই বাসার ওয়াইফাই রাউটার দিয়ে চালায়, TCP`),
    nat(`ss -s ekhon normal, TIME_WAIT 800. but RST on korar por theke 30 ta NAT phone unregistered. eta ki RST er side effect?`),
    nat(`Assalamualaikum. gotokal apnader engineer Tanvir bhai remote e kichu tuning korsen (RST on, tw_reuse). aj sokal theke Narayanganj branch er shob phone unregistered dekhay. branch e MikroTik hEX, tar pichone 18 ta phone, TCP transport use kori karon UDP te ISP jhamela kore. main office (public IP) thik ache. kal porjonto sob thik chilo. please urgent, sales team call dite parche na`),
    nat(`কুমিল্লা: RST enable এর পর বাসার রাউটারের পিছনের GoIP গুলা ~৬০ সেকেন্ড পর রেজিস্ট্রেশন হারায়। TCP। আবার রেজিস্টার হয়, আবার পড়ে যায়`),
    nat(`রেজিস্টার হয়, ১-২ মিনিট থাকে, তারপর unregistered। এইটা শুরু RST mode enable করার পর। ফোনগুলা NAT এর পিছনে, TCP, keepalive 30s দেওয়া আছে`),
    nat(`ভাই কাল রাতে peak problem এর জন্য SS_TCP_CLOSE_RESET On করছি। আজ সকালে দেখি বাসা থেকে কাজ করা এজেন্টদের softphone unregistered (TCP, NAT)`),
    nat(`pcap e dekhlam server RST pathay, tarpor phone er NAT mapping hariye jay ar phone unregistered hoye jay. RST on kora ache. phones MikroTik er pichone`),
    nat(`sir RST on korar por amader 3 ta branch er phone unregistered, 3 tai NAT router diye. head office e server er same LAN e je phone gula ache oigula thik`),
    nat(`আমার ক্লায়েন্ট বলতেছে: "ভাই সকাল থেকে ফোন অফলাইন দেখায়"। চেক করে দেখলাম গত রাতে RST চালু করা হইছে আর ওর ফোন TCP তে NAT এর পিছনে। এইটাই কি কারণ?`),
    nat(`Zoiper e "Registration failed: connection reset" dekhay, RST on er por theke. user ra Jio/Airtel mobile data te (NAT), TCP transport`),
    nat(`vai RST on thakle ki NAT er phone unregistered hoy? amader kal theke exactly etai hocche, 50+ phone MikroTik er pichone, TCP`),
    nat(`আপনার কথা মতো করলাম (RST On), TIME_WAIT ঠিক হইছে, কিন্তু এখন ফোন আনরেজিস্টার্ড। বরিশাল অফিসের সব ফোন রাউটারের পেছনে, TCP। আগের অবস্থায় ফেরত যাব?`),
    nat(`softswitch log:
REGISTER from 103.x.x.x:52114 (behind nat) 200 OK
tcp conn 103.x.x.x:52114 closed (RST)
REGISTER timeout 103.x.x.x
ei pattern RST on er por theke, sob NAT phone e`),
    nat(`Dada, RST on er por amader call center er 60 ta agent er softphone (TCP, office NAT) bar bar "Not registered" dekhay. agent ra kaj korte parche na`),
    nat(`ভাই এখনো ঠিক হয় নাই, MikroTik এ NAT timeout বাড়াইলাম, কিছুই হয় না। ফোনগুলা TCP তে। unregistered শুরু হইছে SS_TCP_CLOSE_RESET অন করার দিন থেকে`),
    nat(`ভাই আমাদের হোম ইউজারদের (সবাই ব্রডব্যান্ড রাউটার, NAT) রেজিস্ট্রেশন কাল থেকে পড়ে যাইতেছে। কাল শুধু একটা পরিবর্তন হইছে: SS_TCP_CLOSE_RESET=On`),
    nat(`after your update yesterday (RST enabled on our Dhaka box) the Grandstream GXP phones behind the Huawei ONU router show "Account unregistered". TCP transport. public-IP SIP trunks OK`),
    nat(`পোর্টালে online user 120 থেকে 40 এ নাইমা গেছে। যেগুলা নাই সব NAT এর পেছনে TCP তে। RST মোড চালু করছি ৩ দিন আগে, তখন থেকেই`),
  ],
  firewallRst: [
    fw(`ভাই RST অন করার পর থেকে FortiGate এর পেছনের সার্ভারে কল হ্যাং হয়ে যায়। FortiGate লগে দেখি tcp RST deny করতেছে`),
    fw(`vai abar same problem, SS_TCP_CLOSE_RESET on er por call majhe majhe hang. ASA log:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 103.x.x.x/41822 flags RST on interface inside`),
    fw(`ekhono thik hoy nai. RST mode enable korar por pfSense er pichoner carrier er sathe call drop, pfSense log e "TCP:R" blocked, state mismatch dekhay`),
    fw(`iptables LOG:
IN= OUT=eth0 SRC=10.0.0.10 DST=x.x.x.x PROTO=TCP SPT=5060 DPT=39211 RST URGP=0
amader INVALID drop rule ache. RST on korsi gotokal, tarpor theke call fail`),
    fw(`ভাই রিসেট মোড চালু করার পর থেকে কল কানেক্ট হয় কিন্তু একদিকে কথা শোনা যায় না আর কিছুক্ষণ পর কেটে যায় আমাদের ফায়ারওয়াল ফোর্টিগেট ওইটার লগে দেখি আরএসটি প্যাকেট ড্রপ`),
    fw(`Forwarded: "bhai kal raat theke onek call hang hoye thake, disconnect hoy na, billing e 1 ghonta bill uthse"
amader side e kal RST on kora hoise, samne Sophos firewall. Sophos e dekhi RST drop`),
    fw(`conntrack -S:
cpu=0 found=0 invalid=48211 ignore=0 insert=0 insert_failed=0 drop=0
iptables -A INPUT -m conntrack --ctstate INVALID -j DROP rule ache. RST on korar por theke call fail barse`),
    fw(`বস RST অন করার পর Palo Alto তে session end reason "tcp-rst-from-server" দেখায়, তারপর একই 5-tuple এ নতুন SYN "out-of-state" হয়ে ড্রপ। কল ফেইল করতেছে`),
    fw(`Dhaka DC: ever since we turned SS_TCP_CLOSE_RESET on, ~20% calls fail at setup. FortiGate drops the RST as "no session matched". What to do?`),
    fw(`ভাই আপনার কথা মতো RST অন করলাম, TIME_WAIT কমছে ঠিক, কিন্তু এখন carrier বলতেছে আমাদের দিক থেকে কল মাঝপথে কেটে যায়। আমাদের সামনে Cisco ASA। ASA কি RST ড্রপ করতেছে?`),
    fw(`RST enable er por one-way audio, 30 sec e drop. pfSense er state table e dekhi connection "CLOSED:SYN_SENT" e atke ache, RST pass korche na`),
    fw(`Sophos XG লগ: "Invalid TCP state - packet dropped", src VOS সার্ভার পোর্ট 5060, flags R। এইটা RST মোড অন করার পর থেকে`),
    fw(`কলগুলা BYE এর পরেও হ্যাং হয়ে থাকে, VOS এ active call count কমে না। কাল RST অন করছি আর আমাদের iptables এ conntrack INVALID drop রুল আছে। কোনো কানেকশন আছে?`),
    fw(`ভাই গাজীপুর সার্ভার: RST অন এর পর থেকে কল আসে কিন্তু ৩২ সেকেন্ডে ড্রপ। ফায়ারওয়াল FortiGate 100F, লগে "TCP reset dropped (no session)"`),
    fw(`Bhai detail e boli. gotokal raat 2 tay port exhaustion er jonno apnara RST on korlen. aj sokal theke carrier (TCP trunk) er shathe onek call fail hocche, kichu call connect hoy kintu hang thake. server ar carrier er majhe amader ASA 5516. ASA log e eirokom line:
%ASA-6-106015: Deny TCP (no connection) from 172.16.0.20/5060 to 45.x.x.x/5060 flags RST on interface inside
eta ki RST er jonno? rollback korbo naki ASA te kichu change korbo?`),
    fw(`RST অন করার পর থেকে firewall এ "drop invalid" কাউন্টার লাফাইয়া বাড়তেছে, আর ASR 52% থেকে 31% এ নামছে। firewall iptables conntrack`),
    fw(`carrier bolche tader Palo Alto amader RST packet drop kore, tai call hang. amra RST on korsi last week. ke thik korbe, amra na ora?`),
    fw(`RST on → FortiGate RST drop → calls hang. fix?`),
    fw(`ভাই কথা বলার মাঝখানে কল পড়ে যাইতেছে, একদিক থেকে শব্দ যায় না। গতকাল SS_TCP_CLOSE_RESET=On করা হইছে। সার্ভারের সামনে pfSense`),
    fw(`dmesg e dekhi iptables LOG "INVALID" prefix, PROTO=TCP SPT=5060 RST. RST mode enable korar por theke calls fail`),
    fw(`Kolkata client forward korlo: "Dada, calls are getting stuck, no ringing, after 10 sec fail"
ami dekhlam amader server e porshu RST on kora holo, aar oder office e FortiGate, tar log e RST drop`),
    fw(`একটা জিনিস খেয়াল করলাম: firewall বাইপাস করে সরাসরি টেস্ট করলে কল ঠিক, firewall দিয়ে গেলে ফেইল। RST অন আছে। firewall: Sophos UTM`),
    fw(`ASA তে show conn দিলে 5060 এর connection গুলা "idle 0:45" এ আটকে থাকে, RST পাস করে না। RST অন করার পর থেকে call setup 20 sec+, অনেক ফেইল`),
    fw(`আপনারা RST চালু করছেন গতকাল, আর আজ থেকে FortiGate এর পিছনের আমাদের ৩টা SBC তে কল হ্যাং। FortiGate এ "anomaly: tcp_rst drop" দেখায়`),
    fw(`vai iptables -L -v -n dilam:
Chain INPUT (policy ACCEPT)
 pkts bytes target  prot opt in  out  source     destination
  83K 4100K DROP    all  --  *   *    0.0.0.0/0  0.0.0.0/0   ctstate INVALID
ei DROP counter RST on korar por theke 83k hoye gese, ar call fail`),
    fw(`call establish hoy, kintu hangup er por notun call e 408 timeout. Palo Alto te "TCP RST dropped: out of window". SS_TCP_CLOSE_RESET On since Monday`),
    fw(`boss ekhon bujhlam, problem TIME_WAIT na. RST on korar por amader FortiGate RST gula drop korche tai call dead air hoye jay. ki korbo, RST off naki FortiGate e allow?`),
    fw(`হ্যালো ভাই শুনেন কাল রাতে আপনারা যে চেঞ্জটা দিলেন রিসেট অন তারপর থেকে আমাদের কাস্টমারদের কল মাঝে মাঝে আটকে থাকে রিং হয় না আমাদের আইটি বলতেছে ফায়ারওয়াল রিসেট প্যাকেট ফেলে দিতেছে`),
    fw(`কুমিল্লা POP: RST মোডের পর থেকে শুধু TCP carrier এর কল ফেইল, UDP carrier ঠিক। সামনে pfSense 2.6, state policy strict`),
    fw(`RST on er por firewall (iptables conntrack) RST ke INVALID mark kore drop kore. tcpdump e dekhi RST server theke ber hoy kintu opposite side e pouchay na. calls hanging`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning146Set: readonly EvalItem[] = Object.values(tuning146Families).flat();
