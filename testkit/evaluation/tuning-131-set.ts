import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, call-centre technicians, NOC staff and resellers in Sylhet, Chittagong and the Chittagong Hill
 * Tracts (Bangladesh), in the Rohingya community (Cox's Bazar camps, Malaysia, Saudi Arabia) and in the Sylheti
 * diaspora in the UK, writing Sylheti, Chittagonian, Rohingya and Chakma, about a quarter each, mostly in Latin
 * letters (Rohingya with some of its accents, á é í ó ñ, often dropped) and about one message in nine in Bengali
 * script, mixed with standard Bengali and English words; UK writers switch to English mid-sentence. Loose
 * spelling, missing accents, Salam / Ju ju / dada / bhai, emoji, clock times, pasted ss/netstat/iptables and
 * firewall log lines.
 *
 * The hundred-and-thirty-first tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the hundred-and-thirty-first never-tuned set, before the fifty-second round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured
 * as such before and after the fifty-second and the fifty-third rounds, then made tuning material for the
 * fifty-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 87.8 %, negatives confident 5.9 %, confident wrong 0 % with the
 * rules of the fifty-first round and the changes after it, before the fifty-second.
 * After the fifty-second round: the same.
 * After the fifty-third round: the same.
 */
export const tuning131Families = {
  oneListeningPort: [
    no(`Assalamualaikum bhai, nginx restart dite gelam, koy
"bind() to 0.0.0.0:80 failed (98: Address already in use)". apache o chalu ase mone oy, duiota ekhloge chole ni?`),
    no(`Bhai ai web portal'r tomcat restart goijji, log ot aye
"java.net.BindException: Address already in use: 8080". Aag'r java process ekkan kill no oy ne mone hor.
ki goijjum?`),
    no(`Salam bái, añí Asterisk ot 5060 bind nofaré,
"Unable to bind UDP socket to 0.0.0.0:5060: Address already in use". Hon arekkan sip proxy chalu ase ne?`),
    no(`Ju ju dada 🙏 mui mysql start goijjong, 3306 port "address already in use" hoye.
aag'r mysqld ekkan chalu aghe dekhong ps ot. kill gorim na ki?`),
    no(`Bro Whitechapel office e amar laptop e npm run dev dile "EADDRINUSE :::3000" ashe.
arekta node process dhoira rakhse port ta. vos er kunu problem nai, just amar dev server 😅`),
    no(`docker compose up goijji, kor "Bind for 0.0.0.0:443 failed: port is already allocated".
host ot nginx'o 443 dhoijje. kon ekkan bondo gorum?`),
    no(`Webmin 10000 port ot uthé nó, "Address already in use" dehai.
aag er webmin process ekkan zombie oi roi gese bái. kenka kill goijjum?`),
    no(`Kamailio ar FreeSWITCH duijjon 5060 ot bosibar chah, ekkan start hoy,
arekkan "bind: address already in use". test server, live nei. kon ekkan 5080 ot sorai dim?`),
    no(`ভাই, ভিওএস ওয়েব পোর্টাল খুলের না। catalina.out এ দেখি "Address already in use: JVM_Bind 8080"।
আগের টমক্যাট বন্ধ অইছে না মনে অয়।`),
    no(`Agrabad office'r server ot apache ar nginx duijjone 80 port lai mara-mari gorer 😂
"(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80". ekkan disable goijjum?`),
    no(`bái kailla rait server reboot goijjé, ehon mysqld uthé nó.
error.log ot "Do you already have another mysqld server running on port: 3306 ?" ase.
mariadb ar mysql duigu install ase mone oy`),
    no(`mor Rangamati office'r server ot zabbix-agent 10050 port "cannot bind, address in use".
aag'r agent ekkan systemd ot aro ekbar chalu aghe. vos lagi na, monitoring lagi.`),
    no(`Sylhet Zindabazar theke koiram. amra notun SIP proxy (opensips) bosaitam chaisilam same box e,
kintu mbx3000 already 5060 e listen kore, tai opensips "Address already in use" dey. dui ta same port e oibo ni?`),
    no(`ভাই, আঁর tomcat 8080 ত চালু ন অর। netstat -tlnp | grep 8080 দিলে দেহা যার আগের java PID 2231 এহনো LISTEN
গরি আছে। kill -9 দিলে চলিবো না?`),
    no(`Kutupalong camp'r NGO office ot ekkan choto asterisk box ase.
PC ot ekkan softphone app 5060 aagé dhori raikkhil, tai asterisk "Address already in use". app bondo goijji,
ehon thik 👍 khali confirm lagé`),
    no(`dada, grafana 3000 ot start no hoy, "listen tcp :3000: bind: address already in use".
ekkan purana grafana container aghe docker ps ot. hitte remove gorile gom hoibo ne?`),
    no(`Alright bhai, Birmingham theke. Amrar callcentre dialer box e vsftpd 21 bind korte parer na,
"500 OOPS: could not bind listening IPv4 socket". xinetd o ftp dhoira rakhse mone oy. kita korbo?`),
    no(`redis restart goijji, "Could not create server TCP listening socket *:6379: bind: Address already in use".
purana redis-server ekkan kill no oy. vos'r lai na, amar billing app'r cache.`),
    no(`Añí VOS web portal'r port 8080 theke 8090 goijjum saiyé, kiya ki 8080 ot jenkins bosai fela hoise.
ehon tomcat uthé nó "port already in use". port change gorar niyom ki?`),
    no(`Khagrachari reseller'r pc ot vos client login no hoy. check gorong, pc ot skype 80/443 dhoirye aghe,
IIS'o 80 bind gorite no pare. client'r problem, server'r nei.`),
    no(`bhai ekta shell script likhsi, nc -l 9000 dile "Address already in use"
ashe karon age'r nc background e roi gese. vos er sathe kunu sombondo nai,
just janno lagi kita kori port free korbo.`),
    no(`Halishahar POP'r server ot snmpd 161 bind no goijjer, "Error opening specified endpoint udp:161".
duijjon snmp agent (net-snmp ar vendor'r agent) ekhloge chalu ase.`),
    no(`Salam. ssh port 22 theke 2222 goijji, sshd restart goijjé
"Bind to port 2222 on 0.0.0.0 failed: Address already in use". 2222 ot aag theke ekkan tunnel chalu ase.
kenka dekhum kon process?`),
    no(`mui FreeSWITCH'r event socket 8021 ot start gorite goijjong, log ot "Socket Error! Address already in use".
ps ot duita freeswitch dekhong 😕 ekkan purana instance mone hoy`),
    no(`মালিক ভাই, httpd স্টার্ট দিলে আসে "could not bind to address 0.0.0.0:443, no listening sockets available"।
কাইলকু SSL লাগাইছলাম, conf ও দুইবার Listen 443 লেখা অইগেছে মনে অয়।`),
    no(`bhai php artisan serve dile "Failed to listen on 127.0.0.1:8000 (reason: Address already in use)".
developer'r laptop, server na. hitara vos api test goijjer dila.`),
    no(`bái, Teknaf office'r ubuntu box ot postgres ar docker'r postgres container duigu 5432 sai.
container start nofaré "port is already allocated". host'r postgres bondo goijjum ne?`),
  ],
  otherRegistrationCause: [
    no(`bhai amar 15 ta phone unregistered dekhai aaj shokal theke. pore dekhlam accounts expire oi gese,
renewal payment dei nai 😔 kita korle taratari chalu oibo?`),
    no(`Ai gotokail sob SIP account'r password change goijji,
ehon IP phone ulla "Registration failed 403 Forbidden". phone ot notun password dei no.
ekta ekta gori dite oibo ne?`),
    no(`Salam bái, camp ot kailla rait current nai asil, solar battery o shesh. beyak phone off,
ehon unregistered dehai. current aile thik oibo ne?`),
    no(`Ju dada, Bandarban office'r wifi router nosto hoi gese, softphone uli register no hoy.
LAN cable dile thik hoye. router'r problem mone hoy, vos'r nei.`),
    no(`Hi bhai, Oldham shop e 6 ta phone not registered. BT broadband down since morning, engineer ashbo kal.
net ashle abar register oibo na? kunu config change kori nai`),
    no(`amar server'r IP change hoi gese, ISP notun static IP dise. phone ulla purana IP ot register gorite chai,
tai unregistered. DNS name o update no goijji. kiyan goijjum?`),
    no(`Bái añr account suspend goijjé ne? billing ot balance zero dehai, ar beyak phone "401 Unauthorized" ase.
taka fatai dilé khuli dibá ne?`),
    no(`mor vos licence expire hoi gese kailla, ebar kunu client register no hoy. licence renew kenka gorim? 🙏`),
    no(`আসসালামু আলাইকুম। আমরা নতুন রাউটার লাগাইছি, আমরা খালি UDP দিয়া SIP চালাই। এখন ১০টা ফোন রেজিস্টার অয় না।
পুরানা রাউটারো port forward আছিল, নতুনটাত দিছি না।`),
    no(`DNS provider'r domain expire hoi gese 😩 sip.amarcompany.com resolve no hor, beggun phone unregistered.
domain renew goijji, propagation'r lai wait gorir.`),
    no(`bái, añí phone ot extension 1023 dila, bul gori 1032 likhi felaisi. ehon "404 Not Found" ar register no oy.
vos ot account ase ne nai dekhon lage.`),
    no(`Rangamati ot borshat'r lai fiber kata goijje, goto 2 din internet nei. phone uli unregistered.
ISP hoye kalikka thik goribo.`),
    no(`amra gateway er IP ta whitelist theke bhul kori ghoraia felaisilam, ehon GoIP ta register oy na.
vos e "IP not allowed" log ashe. abar add korle oibo ni?`),
    no(`customer'r Grandstream phone firmware update goijje, factory reset hoi gese, account config mushi gese.
tai unregistered. provisioning file abar fatai dim.`),
    no(`Salam. Malaysia ot añr bhaiyer call centre, hitara sim router ot data pack shesh oi gese,
phone ulla register nofaré. data recharge goijjé ehon thik ase ✅`),
    no(`dada mor zoiper app ot "Registration timeout". tarfor dekhong, mobile data off aghe 🤦 wifi'o nei.
thik gorong.`),
    no(`Bhai Luton branch e phones unregistered silo. Turns out the cleaner unplugged the PoE switch lol.
plugged back, all green now. just janaitam chaisilam`),
    no(`vos'e ekkan agent account disable goijji billing'r lai, hitar phone unregistered dekhai ehon.
jani hunei goijji. enable gorar option kon menu ot?`),
    no(`bái, server'r time ulta oi gese, NTP nai. TLS phone ulla certificate "not yet valid" hoi register nofaré.
date thik goijjé kam goribo ne?`),
    no(`mui vos ot registration expiry 3600 theke 60 gorong test'r lai, ebar phone uli bar bar register gore,
kichu somoy unregistered dekhay. aag'r value ot firai dim ne?`),
    no(`Sunamganj er reseller koilo hokol phone unregistered. jigaisi, tainar office e generator bondo,
3 ghonta current nai. current ashle thik oi jaibo inshallah`),
    no(`bhai SIP port 5060 theke 5080 goijji security'r lai, kintu phone ulla update no goijji.
tai beggun unregistered. amar bhul 😅 ekbare beggun phone ot kenka change gorum?`),
    no(`Bái ar Kutupalong office'r softphone PC ot antivirus update oise, hitte SIP app block goijje.
unregistered dehai. antivirus exception dile thik oibo ne?`),
    no(`দাদা, মুই কালি SIP password বদলেয়োং, ফোনত পুরান password আঘে। সেনত্তে register ন অয়। মুই নিজে ঠিক গরিম।`),
    no(`amar ek customer er ATA (Linksys PAP2) er power adapter jolia gese 🔥 tai line unregistered.
notun adapter kinle thik oibo, vos e kunu change lagbo ni?`),
    no(`ekkan branch CGNAT ISP'r fisé, registration 5 minute fore fore drop hor. amra beggun UDP,
TCP ekdom use no gori, RST setting'o kono din haat no dii. keepalive barai dim ne?`),
    no(`salam bái, amra notun account 50 ta banaisi, kintu tenant'r max registration limit 40.
tai 10 ta phone register nofaré "503". limit barai dibá ne?`),
  ],
  smallFigures: [
    no(`bhai ekta question: amar server e ss -s dile TIME_WAIT 180 dekhai, CPS 5 er moto. eta normal ni?`),
    no(`TIME_WAIT mane kiyan exactly? ai netstat ot dekhi 300'r moto, kono problem no dekhi, khali jante chai.`),
    no(`Bái SS_TCP_CLOSE_RESET On goijjum ne Off rakhum? amar traffic kom, 10 CPS'r kom. kon ta bala?`),
    no(`dada ip_local_port_range kodok rakhibo uchit? ebar 32768 60999 aghe. kono problem nei,
khali best practice jani lagi.`),
    no(`Quick q bhai - is 1500 TIME_WAIT normal at around 20 CPS? sob thik cholse,
just monitoring e dekhlam ar curious oilam`),
    no(`ভাই, আঁর সার্ভারত ২৫০টা TIME_WAIT দেহার, কল ঠিকঠাক চলের। এইয়া কি চিন্তার বিষয়? নতুন শিখির দে 😊`),
    no(`tcp_tw_reuse 1 goijjile ki faida? añr server ot kono problem nai, khali porá goijjer.`),
    no(`mui notun NOC join gorong Rangamati ot. health check gorite dekhong ESTABLISHED 40, TIME_WAIT 90.
sob gom ne?`),
    no(`amra TCP na UDP use korbo SIP er lagi? ekhon 8 CPS, future e 50 oibo. RST mode er kotha sunlam,
oita kita kore bujhaiya dibain?`),
    no(`bhai weekly report: mbx3000 CPU 12%, memory 40%, TIME_WAIT max 420 peak hour ot. kono alarm nai.
report ot "normal" likhum ne?`),
    no(`Salam, ekkan shikkha'r question: FIN ar RST'r farak ki? tcp close gorar dui tarika ne?`),
    no(`dada vos ot SS_TCP_CLOSE_RESET parameter ki ham gore? amar 3 CPS, UDP+TCP dui chalu.
change gorar dorkar aghe ne?`),
    no(`bhai new server setup Manchester DC te, CentOS 7.
kunu sysctl tuning recommend korbain ni before going live? expected traffic ~15 CPS`),
    no(`ai netstat -an | grep TIME_WAIT | wc -l dilam, 64 aiyye. ghorot boi emni check goijjer, bishi ne kom?`),
    no(`Bái, linux ot default ephemeral port kodok ase? 28000'r moto ne? añr 200 concurrent call, kafi oibo ne?`),
    no(`ss -s dile: "TCP: 312 (estab 58, closed 201, orphaned 0, timewait 198)". sob thik aghe mone hoy,
dada ek bar confirm goriba?`),
    no(`ami CCNA pori, ekta doubt: TIME_WAIT linux e kotokkhon thake, 60 second ni? server e 100 er moto dekhi.`),
    no(`bhai RST mode on gorile ki ki risk? ai ekhon on no goijji, aag e jani loi, decision fore lum.`),
    no(`ar server ot 35 CPS peak, TIME_WAIT 2200'r moto. call beggun thik, kono error nai.
eda normal range ot ase ne?`),
    no(`দাদা, ip_local_port_range ১০২৪ থেকে ৬৫০০০ দিলে কুনো সমস্যা আঘে নে? মুই খালি জানিবার চাং,
এবার কুনো error নেই।`),
    no(`salam bhai, Moulvibazar theke. amar ekta customer jigaise "TIME_WAIT kita bhai, eta ki virus?"
😂 taire kita bujhaitam? tar server e 70 ta matro.`),
    no(`Chawkbazar'r reseller: vos3000 ot TCP connection kodok max nite fare? ekhon 120 concurrent,
samne 500 goriyum. capacity planning'r lai jani lage.`),
    no(`Bái tcp_fin_timeout ar TIME_WAIT ek jinish ne? kon ta kom goijjile faida?`),
    no(`monthly audit: netstat ot TIME_WAIT 140, CLOSE_WAIT 0, SYN_RECV 0. mui mone gorong sob gom.
report pathai dibong.`),
    no(`Hi, trainee here at the Brick Lane callcentre 👋 VOS box 10-12 CPS e TIME_WAIT koto healthy?
amar ta ~600 dekhai, kunu complaint nai`),
    no(`SIP over TCP use goijjile RST bala ne FIN bala? amar traffic choto, 4-5 CPS. kono issue no ase,
khali opinion.`),
    no(`salam bái, zodi samne CPS 100 oy, tokhon ki port range barai dite oibo? ehon 12 CPS, sob thik.`),
  ],
  firewallNoRst: [
    no(`bhai FortiGate e notun policy lagbo, vos web portal 8080 shudhu office IP theke khula rakhtam chai.
kemne korbo?`),
    no(`ai notun carrier'r IP 103.x.x.x whitelist gorite chai vos ot ar iptables ot. 5060 UDP allow goijjum,
ar kon port lagibo?`),
    no(`Salam bái, fail2ban añr nijor office IP ban goijjé 😅 ekjon bar bar bhul password dise. unban kenka goijjum?`),
    no(`dada mor mikrotik'r SIP ALG off gorim ne? kichu call ot one-way audio aghe. RST'r kono change nei.`),
    no(`bro need to open RTP range 10000-20000 on our pfSense at the Whitechapel office for the new VOS box.
UDP na? agey kunudin kori nai`),
    no(`bhai geo-blocking goijjum chai, China ar Russia theke SIP scan bishi aiyer.
iptables ot ipset diye goijjile bala ne?`),
    no(`añr ASA ot port forward lage 5060 TCP ar UDP, internal VOS 192.168.10.5. config command kiyan?`),
    no(`Khagrachari POP'r pfSense ot notun rule dibong, mysql 3306 shudhu billing server theke khula.
ebar sob theke khula aghe 😬`),
    no(`ভাই, iptables এ ওয়েব পোর্টালর লাগি ৮০৮০ খুলতাম চাই খালি আমরার অফিসর IP র লাগি। রুলটা কিলা লিখমু?`),
    no(`FortiGate firmware upgrade goijji gotokail, kono problem nai, khali jani loi:
SIP session helper disable goijjum ne? vendor'r doc ot kor disable gorte.`),
    no(`Bái carrier hoyé tara amar signaling IP whitelist goijjé nai, 403 dey. amar public IP hitare fatai diyum,
ar kichu lagé ne?`),
    no(`mui csf firewall install gorong vos server ot, ebar ssh port 22 block hoi gelo 🙈 console ot dhukhi thik
gorong. allow list ot kon port uli rakhibo?`),
    no(`amra notun branch khulsi Habiganj e, router e port forward 5060 korsi kintu shudhu UDP. TCP o lagbo ni?
RST er kotha kichu na, shudhu forwarding.`),
    no(`bhai SIP brute force attack khair, log ot hazar hazar REGISTER "wrong password".
vos'r lai fail2ban jail kenka goijjum?`),
    no(`Salam. Malaysia data centre ot hitara firewall ot outbound 5060 block gori raikkhe.
hitare ticket dilam open gorar lai. ar kichu goijjon lagé ne?`),
    no(`dada FortiGate ot SIP ALG off gorar por call setup gom, audio gom. khali confirm gorite chang,
eta permanent rakhibo ne?`),
    no(`Bradford er IT bhai VOS box er samne ekta Sophos firewall bosaise. Which ports do I give him? SIP 5060,
RTP, web 8080, ar kichu?`),
    no(`ভাই, iptables -L দিলে দেহি কোনো rule নাই। নতুন সার্ভার, আঁই basic rule ধরি দিতাম চাই: ssh, sip, rtp, web।
একখান sample দিবা নে?`),
    no(`bái, VOS'r web login page'r lai rate limit dite chai firewall ot, bot ulla bar bar login try goijjer.
nginx ne iptables ot goijjum?`),
    no(`Rangamati ISP hoye tarar CGNAT ot port forward nei. public IP nibar lage ne?
mui ekta SIP trunk lagibar chang.`),
    no(`salam, amar conntrack table er size koto rakhbo? notun firewall box e default 65536.
kunu problem nai ekhon, shudhu planning.`),
    no(`carrier'r notun SBC IP duita aiyye, ai FortiGate ot address group ot add goijjum.
policy ekhon khali purana IP allow gorer.`),
    no(`bái, pfSense ot "block bogon networks" on ase, ekkan carrier'r IP bogon list ot fori gese bujhi.
hitar call ashé nó. bogon off goijjum ne?`),
    no(`mui vos server ot firewalld theke iptables ot jabong, centos 7. rule uli kenka export gorim?`),
    no(`ভাই, ফায়ারওয়ালো আমার কাস্টমারর একটা IP অটো ব্লক অইগেছে। হে কয় পোর্টাল খুলে না। আনব্লক কিলা করমু?`),
    no(`ASA ot "inspect sip" on ase, mone hor RTP pinhole gorbor gorer, ek dike audio nai.
inspect off goijjile ki hoibo?`),
    no(`Salam bái, Cox's Bazar office'r notun MikroTik ot filter rule goijji: 5060 ar 10000-20000 UDP accept,
baki drop. thik ase ne, ekbar dekhi diba?`),
  ],
  negationContext: [
    no(`bhai amra shudhu UDP use kori SIP er lagi, tai SS_TCP_CLOSE_RESET On na Off, amrar lagi kunu farak nai,
thik ni?`),
    no(`RST off ase ar off thakibo, ai ekdom change goijjum na. khali default'ot ase ne confirm gori dibá.`),
    no(`Bái kailla'r fix'r por TIME_WAIT ekdom thik ase ehon, 150'r moto. shukriya 🙏 ticket bondo goijjo.`),
    no(`dada kono kichu change nei, mui bhuli password change gorong, ebar phone uli unregistered.
RST-fST kichu nei, password'r lai. mui thik gorim.`),
    no(`Ekta article forward kortesi jeta amar dost pathaise: "Why you should avoid RST on TCP close behind NAT".
interesting bhai, amrar kichu bhangse na, just sharing 📎`),
    no(`bhai problem solve oi gese! port exhaustion ar nai, port range barai diyé tw_reuse on goijji.
ehon sob thik. dhonnobad`),
    no(`SS_TCP_CLOSE_RESET parameter ki goré bái? añí change nogoijjum, khali bujhibar lai jigai.`),
    no(`mor firewall RST drop no gore, tcpdump ot check gorong, RST dui dike pouchaye. call drop'r karon arekkan,
carrier'r side ot codec mismatch.`),
    no(`ভাই, RST মোড আমরা কুনুদিন অন করছি না। ফোন আনরেজিস্টার্ড অইছিল কারণ ইন্টারনেট ডাউন আছিল। এখন ঠিক আছে।`),
    no(`"address already in use" error ekhon ar no aye, kailla'r reboot'r por thik.
port shesh hoi jaibar kono lokkhon nai.`),
    no(`Salam, añr boss hoyé RST on goijjile NAT'r phone ulla unregistered oi fare, hincche añí on nogoijjum.
Off rakhi diyum. thik ase ne?`),
    no(`mui test lab ot RST on gorong, kono NAT nei, firewall nei, sob direct LAN. gom cholche.
live ot ebar jabong na, khali shikhibar lai.`),
    no(`bhul koira ticket khulsilam "TIME_WAIT 40000", asole 400, ekta zero beshi likhsi 😅 sob normal,
ticket close koria dien.`),
    no(`bhai FortiGate'r kono dosh nai, RST thik moto pass gorer, amra log ot dekhi.
call fail'r karon customer'r balance shesh.`),
    no(`bái, añr customer hoyé "firewall RST drop goijjer". añí check goijji, hitara TCP use nogoré, shudhu UDP.
tai RST'r kotha eidu lagé nó, ne?`),
    no(`dada last week'r NAT problem'r update: RST abar Off gorong, phone uli register hoye, 5 din dhori sob gom.
ticket bondo goriba pariba.`),
    no(`Leicester er customer re bujhailam RST mode shudhu TCP SIP e kaj kore, tar phone gula UDP,
tai unregistered er karon expired account, setting na. He's happy now 👍`),
    no(`ভাই, TIME_WAIT আর port exhaustion লই আঁরার টিমর লাই একখান ট্রেনিং ডকুমেন্ট বানাইর। কোনো সমস্যা নাই,
খালি ডকুমেন্ট'র লাই কিছু উদাহরণ দিবা নে?`),
    no(`añr phone ulla mikrotik NAT'r fisé, kintu RST kono din on nogoijji, ar phone beyak registered ase.
khali jani lage on goijjile ki oibo?`),
    no(`vos upgrade gorong, SS_TCP_CLOSE_RESET ebar'o Off aghe check gorong. upgrade'r por kono problem nei.
khali report.`),
    no(`amra kunu firewall e RST block kori na, security team confirm korse.
tara koilo purana ticket ta bhul escalate oisil.`),
    no(`netstat ot TIME_WAIT 20 hazar dekhi ghabrai gelam, pore bujhlam eda load test'r somoy'r screenshot,
asol server'r na. asol server ot 800. sorry bhai 🙏`),
    no(`Bái ekkan article fatailam whatsapp group ot: "Linux TIME_WAIT explained". kono problem nai,
khali porar lai 📖`),
    no(`Ju dada, kailla'r call drop'r ticket: firewall'r dosh nei, ISP'r link flap hoyechil.
RST setting kichu change nei.`),
    no(`ভাই কাইল রাইতর টিউনিংর পর সব ঠিক আছে, ফোন রেজিস্টার্ড, কল যার, TIME_WAIT কম। খালি ধন্যবাদ জানাইতাম চাইলাম 🙏`),
    no(`ai RST on goijjum ne na chinta gorir, kintu amar MikroTik NAT'r fisé 200 phone ase. tai on no goijjum,
Off thakibo. ok ne?`),
    no(`bái "cannot bind" message ekbar aisé, kintu eda ar app'r config bhul asil, port 80 dui bar likhsi.
ephemeral port'r kono problem nai.`),
  ],
  portExhaustion: [
    pe(`bhai urgent 🚨 peak time e notun TCP connection oy na, log e "Cannot assign requested address".
ss -s e timewait 28000+. CPS 180 er moto.`),
    pe(`ai netstat -an | grep TIME_WAIT | wc -l dilam, 31842 aiyye!! carrier'r dike notun call jaibar no fare,
outgoing connect ot "address already in use" dekhai.`),
    pe(`Salam bái, rait 9 tar fore server ot hazar hazar TIME_WAIT jomi zai,
ar tarfore notun SIP TCP connection khulé nó. call beyak fail. ki goijjum?`),
    pe(`dada mbx3000 log ot "bind: Address already in use" bar bar aghe, outgoing connect'r somoy.
ss -tan state time-wait | wc -l = 26410. peak ot 150 CPS.`),
    pe(`Bhai amrar dialer campaign UK time 7pm e VOS box ta mari felay. carrier er dike TCP just bondo,
connect e errno EADDRINUSE. ss e ~30k TIME_WAIT. Pls help asap`),
    pe(`bhai dekho, peak hour'r output. notun connection kono jaar na:
ss -s
Total: 33120
TCP:   32877 (estab 412, closed 32310, orphaned 3, timewait 32298)`),
    pe(`bái, ar call centre ot dufor 2 tar somoy CPS 200 ot uthle TCP SIP trunk ot notun connection fail.
ephemeral port shesh oi zar mone oy. port range 32768-60999 ase.`),
    pe(`দাদা, পিক আওয়ারত সার্ভারত নতুন TCP কানেকশন ন হয়। TIME_WAIT ৩০ হাজারর উপরে।
লগত "Cannot assign requested address" আঘে। কি গরিম?`),
    pe(`amar reseller koilo raat 10 tay sob call fail. log dekhlam outgoing connect e
"BindException: Address already in use" hazar bar. timewait count 25k. ami ekhon kita korbo bhai?`),
    pe(`aijja ekdom pagol hoi gelam 😤 2 ghonta dhori call jaar na, protibar peak ot ek e jinish.
local port beggun shesh, 28 hazar TIME_WAIT. customer'r gali khair.`),
    pe(`Salam. ekkan short question: TIME_WAIT 40 hazar, notun outbound TCP nofaré.
tcp_tw_reuse on goijjile oibo ne? urgent`),
    pe(`mor VOS server Rangamati DC ot, evening peak ot 120 CPS, carrier'r dike sip over tcp.
6 ta'r por connect fail "EADDRINUSE". ss -s timewait 29k. sokal ot sob gom.`),
    pe(`ভাই সন্ধ্যা ৭টার পর থাকি সার্ভারো নতুন কানেকশন অয় না, লগো "address already in use"।
netstat দিয়া দেখলাম ২৭ হাজার TIME_WAIT। কিতা করতাম?`),
    pe(`follow up bhai, kailla'r ticket'r. aijja'o ek e, 8 tar fore 30k TIME_WAIT,
outbound socket ot "cannot bind". ephemeral range 32768-60999, purai shesh.`),
    pe(`bái, añr customer hoyé unor server ot "no free ports" type error, outgoing tcp connect fail,
TIME_WAIT bishi, 22 hazar. hitare ki hoium?`),
    pe(`dada log theke paste gorong:
connect() failed (99: Cannot assign requested address) while connecting to 10.20.0.14:5060
connect() failed (99: Cannot assign requested address) while connecting to 10.20.0.14:5060
peak ot hoy, ebar 160 CPS. timewait 31k.`),
    pe(`Salam, Tower Hamlets reseller. Customer koy 8pm er por kichu jayna, VOS e carrier TCP link down dekhay.
I checked: 64k sockets, most TIME_WAIT, port range maxed. fix kita?`),
    pe(`bhai mbx3000 ar carrier'r majhe TCP connection beggun TIME_WAIT ot atki thake, 35k.
notun local port bind no hor. CPS 250 peak. sysctl ki dim?`),
    pe(`Bái, amra 300 CPS load test goijjilam, 5 minute'r por outgoing connection ot "address already in use",
TIME_WAIT 28 hazar. live ot'o ehon 200 CPS ot ek e jinish dehai.`),
    pe(`Ju dada, amar callcentre ot dialer chalu gorile 10 minute'r bhitore TCP port uli shesh hoi jay.
netstat ot TIME_WAIT 20 hazar+, notun call connect no hoy. dialer bondo gorile abar gom.`),
    pe(`bhai ami bujhtesi na, CPU 30%, memory bala, kintu peak e TCP connect fail.
ss -tan | grep -c TIME-WAIT = 29877. port shesh ni?`),
    pe(`ভাই, আঁর সার্ভারত TIME_WAIT ৩৩০০০, peak hour ত outbound SIP TCP connection ন খুলের। BindException আইয়ের।
কী গরিবার আছে?`),
    pe(`Salam, rait 11:40 ot ekdom beyak outbound call bondo. log ot outgoing socket ot "EADDRINUSE"
ar "bind failed". ss -s timewait 30112. ehon'o chaloi ase.`),
    pe(`dada vos ot mui 90 CPS theke 220 CPS nilong notun carrier'r lai.
tarpor thike protiraati port shesh hoi jay, TIME_WAIT 27k, "cannot assign requested address".`),
    pe(`mate abar hoitese 😩 same as last week, 9pm peak, carrier er dike outgoing TCP fail, 30k+ TIME_WAIT,
ip_local_port_range default. remote e check korte parbain?`),
    pe(`bhai short ot koi: high CPS, TIME_WAIT hazar hazar, notun outgoing TCP connection "Address already in use".
server reboot dile thik, abar peak ot same.`),
    pe(`bái añr ekkan reseller Malaysia ot, hitar traffic Bangladesh'r carrier ot TCP diye zai.
peak ot notun connection nofaré, TIME_WAIT 24 hazar dehai. hitar lai ki goijjum?`),
    pe(`দাদা, netstat -an | grep TIME_WAIT | wc -l = 34219। পিকত নতুন কল ন যায়, local port শেষ অয় যায়।
মুই কি port range বাড়েম?`),
    pe(`Sylhet Amberkhana office theke. VOS e outbound TCP trunk protidin rat 8-11 ta fail kore
"Cannot assign requested address". ephemeral port ekkere khali nai, TIME_WAIT 32k. kalke boss er meeting,
aj e fix lagbo 🙏`),
    pe(`bhai customer bishi gorom 😡 "tuar server protidin peak ot mori zai". dekhi 29 hazar TIME_WAIT,
outgoing bind error. eibar sothik fix dao, reboot dile no hoibo.`),
  ],
  natUnregistered: [
    nat(`bhai kailku rate SS_TCP_CLOSE_RESET On korlam, aj shokal theke MikroTik er pisone 40 ta phone
unregistered. NAT er pisone je phone gula, shudhu oigula.`),
    nat(`RST mode on goijjar fore theke home router'r fisé'r phone ulla register thaki no fare,
10-15 minute fore fore unregistered oi jar. office LAN'r phone thik ase.`),
    nat(`Salam bái, ar camp office'r phone ulla MikroTik NAT'r fisé. kailla tuñára RST on goijjo,
hitar fore theke beyak unregistered. ki oilo?`),
    nat(`dada, kailla'r tuning'r por NAT'r pichot'r IP phone uli register no hoy. public IP'r phone gom.
ki change gorila?`),
    nat(`Bhai since your team enabled RST on the VOS last night,
amrar home-worker der softphone gula (BT hub er pisone) unregistered. Office er public IP phone thik. SIP over TCP.`),
    nat(`ভাই, RST অন গরার পর থেকে MikroTik এর পিছনের ফোনগুলা unregistered দেহার। NAT ছাড়া যে ফোন আছে হেগুলা ঠিক।
কী গরিয়ুম?`),
    nat(`bái, last support'r somoy tuñára SS_TCP_CLOSE_RESET=On goijjé.
ehon añr Malaysia'r agent ulla CGNAT'r fisé, hitara register nofaré.`),
    nat(`Khagrachari branch'r 25 ta Yealink phone mikrotik NAT'r pichot.
update'r por thike sob unregistered dekhay, registration bar bar drop hoy. sip tcp diye chole.`),
    nat(`ami nijei RST mode on korsilam TIME_WAIT kom korar lagi. TIME_WAIT kom oise thik,
kintu ekhon NAT er pisone phone gula register thake na 😩`),
    nat(`bhai reseller koi: hitar customer'r 60 ta phone TP-Link router'r fisé,
gotokail'r change'r por theke unregistered. amra gotokail SS_TCP_CLOSE_RESET On goijji. link ase ne?`),
    nat(`Salam. RST on goijjar por phone ulla "Registration failed", kicchu somoy por abar register, abar drop.
beyak nat'r fisé. direct IP'r phone thik ase.`),
    nat(`দাদা, RST on গরার পরেই NAT-র পিছোত ফোনুন unregistered। Rangamati অফিস MikroTik দিয়া চলে। আগোত সব গম আছিল।`),
    nat(`Bradford er customer furious 😡 "you changed something and now none of my phones register".
Dekhlam kailker maintenance e RST mode on kora oise. Tar sob phone Draytek NAT er pisone.`),
    nat(`ai dekhi registration list ot NAT'r IP ulla beggun missing, jei somoy theke RST on goijji, 2 din.
TCP transport. public IP'r trunk ulla thik.`),
    nat(`bái, tuñár tuning'r por amar softphone (Zoiper, TCP) ghor'r wifi router'r fisé theke register nofaré.
office'r public IP diye thik ase. kiya?`),
    nat(`dada RST On gorar por mor NAT'r pichot phone uli kichu minute register thake, tarpor offline.
keepalive barailong, tao gom nei. Off gorim ne?`),
    nat(`Salam bhai, Habiganj er 3 ta branch CGNAT ISP diya chole. parshu SS_TCP_CLOSE_RESET on kora oise,
tarpor theke oi 3 branch er phone unregistered, baki sob branch thik.`),
    nat(`vos'e RST enable goijji high CPS'r lai. ekhon call volume thik kintu MikroTik'r fisé'r extension ulla
portal ot unregistered dekhai, 80 ta'r moddhe 55 ta.`),
    nat(`Salam. camp'r NGO helpline'r 12 ta IP phone ekkan home router'r fisé.
tuñára kailla RST'r lai kichu setting change goijjo, ehon phone ulla "No Service". helpline bondo 😟`),
    nat(`tcp close reset On gorar por thike NAT'r pichor softphone uli unregistered hoi jay, mobile data'r (CGNAT)
uli sobche beshi. public IP'r uli gom.`),
    nat(`ভাই, কাইল রাইতো টিউনিং করার পর থাকি NAT এর পিছনর সব ফোন unregistered।
SS_TCP_CLOSE_RESET অন করা অইছে শুনলাম। পাবলিক আইপির ফোন ঠিক।`),
    nat(`bhai short: RST on → NAT phones unregistered. mikrotik. 2 ghonta dhori. fix?`),
    nat(`bái añr reseller Saudi ot, hitar agent ulla home router'r fisé.
aag'r support ticket ot tuñára RST on goijjila, oi din theke hitar phone register thaki nofaré. bishi complain.`),
    nat(`Ju dada 🙏 Bandarban office'r phone uli MikroTik NAT'r pichot, SIP TCP.
mui parshu SS_TCP_CLOSE_RESET On gorong, tarpor theke ek ek gori unregistered hoi jay. Off gorile gom hoibo ne?`),
    nat(`Luton er Sylheti callcentre theke. softswitch e "performance tuning"
er por office NAT er pisoner agent phone gula koyek minute por por registration harai. SIP/TCP. RST on korsoin ni?`),
    nat(`NAT router'r fisé'r phone ulla bar bar unregistered oi jar RST mode on goijjar fore.
router'r NAT table ot connection stale roi jar mone hor. ki goijjum?`),
    nat(`Salam bái, kailla'r change'r por (RST on) Kutupalong'r office'r beyak phone offline.
router'r NAT'r fisé asé sob. amra ar kono change nogoijji.`),
    nat(`দাদা, SS_TCP_CLOSE_RESET=On গরার পর NAT-র পিছোত ৩০টা ফোন registration হারায়। পাবলিক আইপি ফোন ঠিক আঘে।
কিত্তেই এমন হয়?`),
    nat(`bhai, TIME_WAIT er lagi je RST mode dilen, oita te amar customer er phone gula (sob MikroTik NAT er
pisone) register thake na. TIME_WAIT fix, kintu notun jhamela.`),
    nat(`ticket update: gotokail RST On goijjar por home-office'r 18 ta softphone (beggun NAT'r fisé) unregistered.
office'r phone public IP ot, thik. customer phone gori gali dier 😓`),
  ],
  firewallRst: [
    fw(`bhai RST mode on korar por theke FortiGate er pisone carrier er dike call fail kore.
FortiGate log e RST packet deny dekhai, "no session matched".`),
    fw(`SS_TCP_CLOSE_RESET On goijjar por theke calls fail,
ASA log ot "%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 203.0.113.9/41234 flags RST".
firewall RST drop gorer ne?`),
    fw(`bái, carrier hoyé hitar firewall amar RST packet drop gorer, tarfore call setup fail.
eda tuñára RST on goijjar fore theke shuru.`),
    fw(`dada RST On gorar por pfSense'r pichot'r SIP trunk ot call fail hoy,
pfSense log ot RST uli block aghe "TCP:R" default deny. ki gorim?`),
    fw(`Bro kailker tuning (RST on) er por theke Cisco ASA diya call gula fail korer.
ASA RST ke out-of-state koiya drop kore. change er age FIN diya sob thik silo.`),
    fw(`ভাই, RST অন গরার পর থেকে FortiGate আঁরার RST প্যাকেট ড্রপ গরের, কল ফেইল অর।
লগত দেহা যার "no session matched"। কী গরিয়ুম?`),
    fw(`Salam. dmesg ot dekhi iptables conntrack INVALID state ot RST packet drop oi zar.
RST mode on goijjar por theke call fail. rule ki dium?`),
    fw(`mor carrier'r stateful firewall RST drop gore, tara nijei hoyechil.
mui kailla SS_TCP_CLOSE_RESET On gorong, aji call success 40% nami gelo.`),
    fw(`last change er por (SS_TCP_CLOSE_RESET=On) carrier er dike call drop/fail dekhtesi.
tcpdump e amar RST ber oy, kintu onno dike pouchay na, firewall khaiya felay mone oy.`),
    fw(`bhai, gotokail'r support session ot tuñára RST mode on goijjila.
aijja theke pfSense'r fisé'r VOS theke half call fail. pfSense log: "block TCP:RA". eda RST drop ne?`),
    fw(`bái, añr FortiGate hoyé "packet dropped: tcp flag RST, no matching session".
RST on goijjar fore'r call beyak thik asil. ehon 30% fail.`),
    fw(`দাদা, RST অন গরার পর ASA ফায়ারওয়ালত RST প্যাকেট ড্রপ হয়, কল ফেল গরে। আগোত FIN দিয়া গম চলছিল।`),
    fw(`Leicester er customer: "calls failing since you touched the switch".
Tar Sophos XG log e VOS er RST invalid hisabe drop dekhay. RST amra kailke on korsilam. Pls advise`),
    fw(`iptables -L -v ot dekhi:
48213  DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
RST on goijjar por counter ekdom lafai uthe, call o fail gorer. bhai ki goijjum?`),
    fw(`Salam bái, amar data centre'r firewall stateful, RST packet drop goré.
tuñára RST enable goijjar por theke outbound SIP TCP call fail. DC'r admin hoyé firewall change nogoribo.`),
    fw(`dada SS_TCP_CLOSE_RESET On gorar por carrier'r firewall amar RST uli block gorche, hitara log fatayechil.
call setup timeout hoy. Off gorim naki firewall rule?`),
    fw(`bhai amar NOC dekhse, RST on korar por FortiGate session table e purana session roi jay, RST drop oy,
ar oi port diya notun call fail kore. kita fix?`),
    fw(`tuning'r por theke carrier'r Juniper SRX amar RST packet drop gorer, hitara kor "TCP RST out of window".
call fail 25%. RST off goijjile thik hoibo ne?`),
    fw(`bái, kailla rait 1 tar fore theke (RST on goijjar por) ASA'r fisé'r trunk ot call fail.
"Deny TCP (no connection)... flags RST" log bhora. bishi urgent 🙏`),
    fw(`mui pfSense'r firewall log ot RST flag'r packet uli blocked dekhong, RST mode On gorar por thike.
call uli ring no hoy, fail hoy.`),
    fw(`ভাই, RST মোড অন করার পর থাকি ফায়ারওয়াল RST প্যাকেট খাইলার, কল যায় না। conntrack এ INVALID দেখায়।
আগে ঠিক আছিল।`),
    fw(`bhai customer'r FortiGate ot RST drop hor, "no session matched" log. gotokail RST on goijji,
hitar fore theke hitar call fail. customer bishi gorom 😤`),
    fw(`Salam. Malaysia'r call centre'r firewall (Sophos) RST packet drop goré, "invalid TCP flag".
eda last update'r por theke, tuñára RST on goijjo bulisila.`),
    fw(`dada, mor ISP'r carrier firewall RST packet drop gorche mone hoy. RST On gorar por SIP TCP call fail aghe,
UDP'r call gom. ki gorim?`),
    fw(`London er upstream carrier koy Tuesday theke tarar firewall amrar TCP RST discard korer, ar haa,
oi din e RST mode on oise. Tarar dike ~20% call fail. Options kita?`),
    fw(`firewall'r conntrack ot RST mode on goijjar por "INVALID" packet bishi, RST drop gorer.
ehon kichu call connect no hor, 503 fai. iptables rule ot ki add goijjum?`),
    fw(`bái short: RST on → firewall RST drop → call fail. FortiGate. ehon ki goijjum?`),
    fw(`দাদা, কালি টিউনিং-র পরত FortiGate RST প্যাকেট ড্রপ গরে, কল ফেল হয়। লগত "no session matched"।
মুই কি RST Off গরিম?`),
    fw(`bhai ekta reseller relay kortesi: unar customer er Check Point firewall RST drop kore,
VOS e RST on korar por theke call fail. tara firewall e kunu change korbo na koise.`),
    fw(`aijja'r call fail report: 09:10 theke 11:30, 35% fail. pfSense log ot VOS'r IP theke RST blocked.
RST mode on goijjilam gotokail rait. link ase ne bhai?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning131Set: readonly EvalItem[] = Object.values(tuning131Families).flat();
