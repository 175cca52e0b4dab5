import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 operators, resellers and their NOC staff in India, Pakistan, Bangladesh, Nepal and Sri Lanka writing to their
 * provider on WhatsApp in Latin letters: Hinglish, Roman Urdu, Banglish, Roman Nepali, Tanglish and Singlish (Sinhala)
 * mixed with English technical words, or Indian/South Asian English. Fast, lowercase, typos, little punctuation, bhai /
 * sir ji / yaar / boss / anna / machan / dai; figures like 30k, 28 hazar, 30 hajar, 2.5 lakh, 28,000. Some are
 * voice-note transcripts, forwards from their own customers or staff, or pasted netstat, ss, tcpdump, conntrack and log
 * output.
 *
 * The two-hundred-and-twenty-sixth tuning split, written as the two-hundred-and-twenty-sixth never-tuned evaluation set
 * because South Asian operators type their languages in Latin letters as fast as they speak them, each spelling its
 * own. Five negative families of 27 (one service that cannot bind its own port, registration lost for another reason,
 * small figures and questions, firewall work without dropped RST, playbook words denied or explained) and three
 * positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping
 * RST). Written before the seventy-seventh round of rules by someone who had read only the playbooks' symptoms and the
 * domain notes, without the matcher, its rules or the other sets in view; measured as such before and after the
 * seventy-seventh round, then made tuning material for the seventy-eighth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 98.9 %, negatives confident 0 %, confident wrong 0 % with the rules
 * of the seventy-sixth round, before the seventy-seventh.
 * After the seventy-seventh round: the same.
 * After the seventy-eighth round, tuned on: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning226Families = {
  oneListeningPort: [
    no(`bhai vos web portal nahi khul raha, tomcat start karte hi bolta hai Address already in use port 8080. kisi ne apache bhi daal diya tha server pe shayad`),
    no(`sir docker run kiya to error aaya: Bind for 0.0.0.0:80 failed: port is already allocated. billing panel ka container start hi nahi ho raha`),
    no(`mysqld wont start after reboot yaar. log me:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?`),
    no(`boss maine test ke liye dusra mbx3000d instance chalaya same box pe, log me "bind 0.0.0.0:5060 failed: Address already in use". pehla wala bhi chal raha hai. ab kya karu`),
    no(`asalam o alaikum bhai, nginx restart nahi ho raha. nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use). httpd bhi chal raha hai shayad usi port pe`),
    no(`vai amar laptop e node api chalaite gele EADDRINUSE :::3000 dekhay. ager process ta kill hoy nai mone hoy. etar jonno ki vos e kichu change korte hobe?`),
    no(`sshd on port 2222 failed to start: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. we moved ssh port yesterday, now cant login by new port, old one ok`),
    no(`redis-server start nhi ho raha sir: Could not create server TCP listening socket *:6379: bind: Address already in use`),
    no(`anna portal tomcat log la java.net.BindException: Address already in use (Bind failed) nu varudhu, port 8080. vera yaaro jenkins install pannirukkanga adhe port la`),
    no(`machan apache start wenne na. (98)Address already in use: AH00072: make_sock: could not bind to address [::]:80. nginx eka install karala thiyenawa neda kalin`),
    no(`dai hamro dev server ma java app chalauda BindException aayo port 9090 ma. arko instance already chalirahechha jasto chha. yo ta vos sanga related chaina hola ni?`),
    no(`sir yeh dekho
# netstat -tlnp | grep 5060
tcp   0   0 0.0.0.0:5060   0.0.0.0:*   LISTEN   2231/asterisk
mbx3000d start nahi ho raha, bolta hai cannot bind 5060. kisi ne asterisk install kar diya test ke liye`),
    no(`[voice note] haan bhai wo jo naya server diya tha na usme vos install kiya, sab theek hai but web manage nahi khulta, log me likha hai port 80 already in use, httpd pehle se laga hua hai cpanel wala`),
    no(`Forwarded: "Sir our IVR server not starting, shows OSError: [Errno 98] Address already in use on port 5080"
bhai ye mere customer ka hai, unka apna freeswitch box hai, aap dekh sakte ho?`),
    no(`docker compose up -> Error response from daemon: driver failed programming external connectivity on endpoint mysql: Bind for 0.0.0.0:3306 failed: port is already allocated. host pe local mysql chal raha hai kya?`),
    no(`kya bakwas hai, server reboot ke baad VOS client connect nahi hota. vos3000 web service log: listen port 1202 occupied by another process. fix karo jaldi`),
    no(`bhai radius server ta start hocche na, freeradius -X e dekhay "Failed binding to auth address * port 1812 ... Address already in use". age ekta radiusd process chilo mone hoy`),
    no(`sir php -S 0.0.0.0:8000 run panna Failed to listen on 0.0.0.0:8000 (reason: Address already in use). enna pannanum`),
    no(`hello sir, ape VOS server eke mbx3000d restart karapu gaman "SIP listen 0.0.0.0:5060 bind error, address in use" kiyala log eke enawa. ps eken baladdi parana mbx3000d process ekak thawa run wenawa, kill karanna puluwanda?`),
    no(`bhai snmpd 161 pe bind nahi kar pa raha, "Error opening specified endpoint udp:161" aata hai. ek aur snmp daemon laga hai zabbix wala, dono ek hi port maang rahe`),
    no(`hajur, grafana 3000 port ma chaldaina, "listen tcp 0.0.0.0:3000: bind: address already in use". hamro node app pani tei port ma chha. kun port ma sarne?`),
    no(`ss -ltnp | grep 8443 -> LISTEN 0 100 *:8443 users:(("java",pid=1881,fd=45))
naya ssl portal 8443 pe nahi uth raha, BindException. purana tomcat band kaise karein`),
    no(`Kindly note our callback server is failing to start since morning with EADDRINUSE 0.0.0.0:7000. Only this one app, all other services running fine. Please advise which process to kill.`),
    no(`vai VOS er web portal 80 te uthtese na, ps e dekhi xampp er apache o chalu ase same server e. ekta bondho korle ki thik hobe?`),
    no(`machi Windows la MicroSIP open pannina "Cannot open SIP port 5060, already in use by another application" nu varudhu. Zoiper um open la irukku`),
    no(`ane sir, ape dev kenek laptop eke spring boot run karaddi "Web server failed to start. Port 8080 was already in use." kiyala enawa. meka vos aulak da?`),
    no(`sir jee hum ne VOS ke sath ek naya CDR sync script lagaya hai, wo 9000 port pe listen karta hai lekin "socket.error: [Errno 98] Address already in use". pichla script background me chal raha tha shayad`),
  ],
  otherRegistrationCause: [
    no(`bhai aaj subah se 40 phones unregistered dikha rahe hain, ISP ka link down tha 2 ghante, ab bhi kuch wapas nahi aaye`),
    no(`sir maine kal sab accounts ke password change kiye security ke liye, ab softphones 401 Unauthorized de rahe hain, register nahi ho rahe`),
    no(`boss humne server ka IP change kiya naye DC me shift karke, ab saare gateway purane IP pe register karne ki koshish kar rahe hain, unregistered`),
    no(`vai amar reseller er 15 ta account expired dekhay, phone gula unregistered. balance o 0. renew kivabe korbo?`),
    no(`sip.mycompany.net ka DNS record ud gaya domain renew nahi hua tha, phones register nahi ho rahe. Zoiper me "DNS resolution failed" aata hai`),
    no(`load shedding ki wajah se office ka router aur gateway band tha, UPS bhi khatam. light aane ke baad bhi GoIP unregistered hai`),
    no(`dai hamro office ko wifi nai chaldaina aaja, ISP le fiber kaatyo re, sabai phone unregistered dekhauchha. kahile samma thik hunchha?`),
    no(`sir naya TP-Link router lagaya, ab IP phones UDP pe register hote hain phir 1-2 min me unregistered. purane router pe sab theek tha. SIP ALG on hai default me`),
    no(`Fwd from my customer: "Brother my X-Lite says 403 Forbidden, registration failed. I didnt change anything."
bhai maine unka account delete kar diya tha payment nahi aaya, wahi hoga na?`),
    no(`VOS licence expired ka message aa raha hai client me, aur sab phones unregistered. licence renewal kab tak hoga?`),
    no(`sir android softphone background me kill ho jata hai battery saver se, isliye unregistered dikhta hai aur incoming nahi aata. koi setting hai?`),
    no(`anna office la LAN cable yaro pudungittanga, 3 phone unregistered. ippo thirumba pottom, innum varala, reboot pannanuma?`),
    no(`machan customer ge cordless DECT base eke adapter eka kadila, phone unregistered. aluth adapter ekak daala balannam`),
    no(`sir gateway ka IP badal gaya, ISP ne dynamic de diya, ab VOS me IP auth fail ho raha hai, 403. registration nahi ho raha`),
    no(`galti se staff ne 20 phone accounts delete kar diye VOS client se, ab unregistered. backup se restore ho sakta hai kya`),
    no(`bhai customer ne softphone me port 5080 daal diya 5060 ki jagah, isliye register nahi ho raha tha? ya kuch aur masla hai`),
    no(`vai amar staff password e capital letter bhul dise, sob 10 ta phone e 401 dekhay. eta ki server side e kono problem?`),
    no(`dai tcpdump ma yo matra aaucha:
REGISTER sip:voip.example.np SIP/2.0
SIP/2.0 401 Unauthorized
REGISTER sip:voip.example.np SIP/2.0
SIP/2.0 403 Forbidden
naya account banayeko, phone ma username ali farak halyo jasto chha`),
    no(`[voice note] haan sir kal raat se poore area me bijli nahi hai, hamara gateway off hai, isliye unregistered dikha raha hoga, aap tension mat lo, light aate hi on karenge`),
    no(`sir Dialog fiber eka down, ape branch eke phones okkoma unregistered. ISP ekata call kala, heta enawa kiwwa. oyala paththen monawath karanna thiyenawada?`),
    no(`sir neenga password reset pannunga nu sonneenga, adhukku apram en Grandstream 401 than kudukkudhu, pudhu password enna?`),
    no(`We migrated to the new VOS server and updated DNS, but around 30% of phones still hit the old IP from cache. They are unregistered. TTL was 86400. Any way to speed up?`),
    no(`sir ek account pe 3 device register kar rahe hain customer log, VOS me limit 1 hai, isliye baaki unregistered aate hain kya?`),
    no(`bhai prepaid balance khatam hua to phones offline ho gaye kya? mera recharge kar do, 50k PKR bhej diya hai easypaisa se`),
    no(`Fanvil phones firmware update ke baad provisioning server ne galat SIP server address daal diya, sab unregistered. auto provision me kya dekhna hai`),
    no(`sir customer 4G pe softphone use karta hai, lagta hai Jio ne SIP block kar diya, wifi pe register ho jata hai mobile data pe nahi hota`),
    no(`vai amader ekta branch er mikrotik ta jole gese, notun ta ashte 2 din lagbe. oi branch er phone unregistered thakbe, eta just janailam`),
  ],
  smallFigures: [
    no(`bhai ss -s ka output dekho normal hai kya?
Total: 412
TCP:   236 (estab 58, closed 160, orphaned 0, timewait 152)
raat 2 baje ka hai`),
    no(`sir TIME_WAIT kya hota hai exactly? netstat me 300 ke aas paas dikh rahe hain, koi problem to nahi?`),
    no(`tcp_tw_reuse on karna chahiye kya? abhi koi issue nahi hai bas ek blog me padha tha`),
    no(`what does SS_TCP_CLOSE_RESET actually do? just curious, we are on default and everything is fine`),
    no(`vai amader server e 400 ta TIME_WAIT, eta normal? call sob thik ase`),
    no(`dai ip_local_port_range ko default ke ho? 32768 60999 dekhauchha, badhaunu parchha ki?`),
    no(`machi netstat la 87 TIME_WAIT irukku, CPS 5 than. ithu ok thaane?`),
    no(`sir TIME_WAIT 250 witharai, calls hondata yanawa. monitoring ekata alert ekak danna ona, threshold eka keeyada danna ona?`),
    no(`bhai monthly health check kar lo, 1.2k concurrent calls peak, TIME_WAIT 600 ke kareeb, CPU 20%. sab sahi lag raha hai`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     45 ESTABLISHED
    212 TIME_WAIT
     12 LISTEN
ye theek hai na sir?`),
    no(`FIN aur RST me kya farak hai? training ke liye pooch raha hu naye ladke ko samjhana hai`),
    no(`Is TIME_WAIT 60 sec fixed in linux? can we reduce tcp_fin_timeout? no issue now, just optimising`),
    no(`vai CLOSE_WAIT 3 ta dekhtesi, eta ki leak? baki sob normal`),
    no(`sir hum 30 CPS pe chalate hain, TCP pe 200-250 TIME_WAIT rehte hain. kya agle saal 100 CPS pe dikkat aayegi? planning kar rahe hain`),
    no(`ss -s ka matlab samjha do: closed 48, orphaned 2, timewait 46. ye orphaned kya hota hai?`),
    no(`hajur, hamro sano server ho, 40 ota channel matra. TIME_WAIT 30-40 dekhinchha. yo sab thik chha?`),
    no(`sir tcp_tw_recycle um tcp_tw_reuse um enna difference? kernel 4.x la recycle illaye`),
    no(`ane machan ip_local_port_range eke thiyena numbers deka mokakda? 32768 ta 60999. ape server eke issue ekak nehe, danaganna ona`),
    no(`Fwd: "Sir daily report: active calls 320, TIME_WAIT 410, ESTABLISHED 95, no errors"
bhai ye report sahi hai na? kuch karna hai?`),
    no(`bhai wo RST wala setting hota kya hai vos me, ek banda bol raha tha zaroori hai. humare yahan sab normal chal raha hai 8 hazar minutes daily`),
    no(`sir is 1500 TIME_WAIT ok for 60 CPS? calls perfect, just asking`),
    no(`TIME_WAIT kis side pe banta hai, jo connection pehle band kare uspe? samajh nahi aaya yar`),
    no(`sysctl net.ipv4.tcp_tw_reuse = 2 dikha raha hai, 0 aur 1 to pata hai, 2 ka kya matlab?`),
    no(`dai "cat /proc/net/sockstat" le TCP: inuse 64 orphan 0 tw 118 alloc 70 dekhaayo. normal ho?`),
    no(`Dear support, please share recommended sysctl values for a VOS3000 with 200 channels. Currently timewait is around 90, no complaints.`),
    no(`anna TIME_WAIT 2MSL nu solranga, MSL evlo linux la?`),
    no(`sir ape server eke ss -s: TCP: 180 (estab 40, closed 120, timewait 118). meka hondai neda? customer kenek ahuwa`),
  ],
  firewallNoRst: [
    no(`bhai naye carrier ka IP whitelist karna hai firewall me, 203.0.113.45 5060 UDP aur TCP dono`),
    no(`sir fail2ban ne humara apna office IP ban kar diya, ab portal nahi khul raha. unban kaise karein`),
    no(`MikroTik pe SIP ALG disable kaise karte hain? /ip firewall service-port me kya likhna hai batao`),
    no(`we get lots of SIP scanners from abroad, can we geo-block everything except PK and UAE in iptables?`),
    no(`vai iptables e 5060 te rate limit dite chai, per IP 20 packet per second, rule ta bole den`),
    no(`dai router ma port forward garnu chha VOS web portal ko lagi, 8080 external bata internal 192.168.1.10 ma. kasari garne?`),
    no(`sir FortiGate pe nayi policy banani hai media ke liye, RTP range 10000-20000 UDP allow karna hai naye carrier ke liye`),
    no(`pfSense me alias kaise banayein carriers ke IPs ka? 12 IPs hai, har baar alag rule nahi banana`),
    no(`anna firewall la 1202 port open pannanum VOS client ku, office IP mattum allow pannunga`),
    no(`sir aluth carrier kenek ekka connect karanna ona, eyala kiyanawa apey IP eka eyalage firewall eke whitelist karanna kiyala. mokakda denna ona IP eka?`),
    no(`yaar kitni baar bolu, SSH port sirf mere IP se allow karo, baaki sab block. aaj tak nahi hua`),
    no(`ye log kya hai bhai, har second aa raha hai:
kernel: SIPSCAN DROP IN=eth0 SRC=45.134.26.11 DST=10.0.0.5 PROTO=UDP SPT=5070 DPT=5060
koi khatra to nahi?`),
    no(`CentOS 7 pe firewall-cmd se 5060/tcp permanent add kiya, reload ke baad bhi nmap se filtered dikhta hai. kya miss hai`),
    no(`AWS security group me naye carrier ka /28 range add karna hai inbound 5060, sahi rule kya hoga`),
    no(`vai amader fail2ban jail e sip er filter ta kaj korse na, brute force cholche 401 diye. regex ta ektu dekhen`),
    no(`hajur hamro ISP le 5060 block gareko jasto chha, 5070 ma chalauna firewall ma ke ke kholnu parchha?`),
    no(`SonicWall pe consistent NAT on karna chahiye kya SIP ke liye? naya install hai, abhi test kar rahe`),
    no(`machi ASA la sip inspection off pannanum nu sonnanga, command enna?`),
    no(`ane sir Huawei router eke SIP ALG off karanne kohomada? menu eke hoyaganna ba`),
    no(`bhai humara web portal sabke liye khula hai internet pe, isko sirf Pakistan aur office VPN se restrict karo please`),
    no(`Fwd from NOC: "Please add 198.51.100.0/24 to allowlist before 22:00 maintenance, new route for KSA traffic"
sir ye kar doge aaj?`),
    no(`Need help writing an iptables rule to allow ICMP only from our monitoring server, rest drop. VOS box, CentOS 6.`),
    no(`iptables me REJECT --reject-with tcp-reset use karein ya DROP? scanners ke liye best practice kya hai`),
    no(`vai MikroTik e dst-nat kore 5060 forward korsi kintu bahir theke call ashe na, rule ta thik ase?
/ip firewall nat add chain=dstnat dst-port=5060 protocol=udp action=dst-nat to-addresses=192.168.88.10`),
    no(`dai fail2ban le kati samaya ban garchha? bantime 600 chha, 1 din banauna milchha?`),
    no(`sir pudhu carrier ku TLS 5061 open pannanum, firewall la rule add pannunga, cert namma kitta irukku`),
    no(`sir firewall eke carrier ekata 10 CPS limit ekak dala thiyenawa, eka 30 karanna puluwanda? aluth traffic ekak enawa`),
  ],
  negationContext: [
    no(`bhai hum sirf UDP use karte hain, TCP kahin nahi. phir bhi ek banda bol raha hai RST off karo, kya farak padega?`),
    no(`RST mode to kabhi on hi nahi kiya humne, default Off hai. phones theek chal rahe hain, bas confirm karna tha`),
    no(`for the record: last week the TIME_WAIT issue was solved after your team changed settings, now ss shows timewait 300 at peak. thanks, closing the ticket`),
    no(`agar hum SS_TCP_CLOSE_RESET On karein to kya NAT ke peeche wale phones unregistered ho jayenge? abhi kuch change nahi kiya, bas plan kar rahe`),
    no(`phones unregistered ho gaye the but wo password change ke baad hua tha, RST ka koi lena dena nahi, ab sab theek hai`),
    no(`lab server pe test kiya RST on karke, FortiGate ke peeche calls hang hue. production pe kuch nahi kiya hai, sirf observation bhej raha hu`),
    no(`training question: why does RST mode cause problems with stateful firewalls? new staff ko samjhana hai`),
    no(`mere dost ka 2 saal pehle issue tha, 30k TIME_WAIT aur BindException, unhone kya kiya tha pata hai? humara server bilkul theek hai`),
    no(`Zabbix ne alarm diya "TIME_WAIT > 20000" but check kiya to 200 tha, trigger ka expression galat tha. ignore karo`),
    no(`vai keu kichu change kore nai, RST off e ase. ekta customer bolse phone unregistered, pore dekhi uni router bondho kore rakhse`),
    no(`dai RST on garda NAT ko phone haru bigrinchha bhanchhan, sahi ho? hamile ta on gareko chhaina, bujhna matra`),
    no(`anna neenga RST off pannadhukku apram ellam phone register aagiduchu, thanks. report ku mattum solren`),
    no(`sir, ape RST eka On karanna hithan inne, eth firewall eka pfSense. eeta kalin mokakda check karanna ona? dan nam prashna nehe`),
    no(`grep SS_TCP_CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="Off"
so RST is off na? audit ke liye likhit me chahiye`),
    no(`EADDRINUSE wala masla humara nahi tha, wo developer ke laptop pe tha. server pe sab normal hai, ticket band kar do`),
    no(`pichle mahine BindException aaya tha peak pe, aapne tcp_tw_reuse kiya tha, tab se koi masla nahi. bas bata raha hu`),
    no(`amader firewall RST drop kore na, ami check korsi, conntrack o off. call drop ta carrier side e chilo, solved`),
    no(`ek doosre reseller ka server hai, unka NAT wala masla hai RST ke baad. wo aapke customer nahi hain, sirf pooch raha hu kya bolun unko`),
    no(`hajur hamro lab ma 50k TIME_WAIT banayera test gareko, stress test ko lagi. production ma ta kehi chhaina`),
    no(`sir next month 200 CPS ku poga porom, appo port exhaustion varuma? ippo 20 CPS, TIME_WAIT 100 than`),
    no(`Just to clarify, we never enabled SS_TCP_CLOSE_RESET. The unregistered phones yesterday were because of the Wi-Fi outage at the branch.`),
    no(`machan mage kalin company eke 2019 di RST dammama SonicWall eke calls hira wuna. dan ape server eke eka nehe, hithuwa kiyanna`),
    no(`bhai monitoring ne "RST packets dropped" ka alert diya tha, pata chala wo test rule tha jo main ne khud lagaya tha. sab theek`),
    no(`koi change nahi hua humari taraf se. NAT, firewall, RST sab waise hi. bas naya invoice chahiye tha`),
    no(`hum soch rahe hain RST on karein TIME_WAIT kam karne ke liye, lekin humare 300 users MikroTik ke peeche TCP pe hain. kya ye idea galat hai? abhi sab theek hai`),
    no(`vai kalker unregistered problem ta solve, ISP er router change korar por. RST er sathe kono connection chilo na`),
    no(`dai manual ko 4.3.5.2 ma SS_TCP_CLOSE_RESET ko barema lekheko chha, TLS ma close_notify skip hunchha re. yo ke ho? exam ko lagi`),
  ],
  portExhaustion: [
    pe(`bhai peak time pe carrier ko naye TCP connection nahi ban rahe, log me "cannot assign requested address". netstat me 28k TIME_WAIT. restart karo to 1 ghanta theek`),
    pe(`sir ss -s
Total: 31240
TCP:   30877 (estab 412, closed 30301, orphaned 3, timewait 30288)
shaam 8 baje se calls fail. raat ko apne aap theek ho jata hai`),
    pe(`bhai jaan roz shaam ko 7 se 11 tak calls nahi lagti, VOS log me bind error aur EADDRINUSE. 30 hazar ke upar TIME_WAIT`),
    pe(`vai peak e 150 cps e jai, tokhon outbound TCP connect fail hoy, "Address already in use" log e. TIME_WAIT 30 hajar er moto. restart dile thik hoy abar 2 ghonta por same`),
    pe(`dai beluka ko peak ma carrier tira call jadaina, log ma "cannot bind local port" aaucha. netstat le 29 hajar TIME_WAIT dekhaucha. raati 2 baje tira aafai thik hunchha`),
    pe(`anna evening peak la calls ellam fail aaguthu, BindException varudhu, TIME_WAIT 32k irukku. server restart panna sari aaguthu, aana marubadiyum varuthu`),
    pe(`sir ape switch eke rathriya 9ta witara TCP calls yanne na, "EADDRINUSE" log eke. TIME_WAIT 27k witara. restart kalama hari, aye enawa`),
    pe(`Dear team, since 3 days at peak hours (approx 180 CPS) new SIP TCP connections to our carriers are failing with "Cannot assign requested address". TIME_WAIT count is around 30,000. Restart gives temporary relief. Kindly do the needful urgently.`),
    pe(`[voice note] haan sir wo jo roz shaam wala masla hai na wahi fir se, calls drop nahi, lagti hi nahi, mere admin ne bola ports khatam ho rahe hain, 28 hazar kuch time wait pada hai, jaldi dekho`),
    pe(`# netstat -ant | grep -c TIME_WAIT
29417
# netstat -ant | grep -c ESTABLISHED
388
bhai ye dekh lo, abhi peak chal raha hai, aadhi calls 503`),
    pe(`sir humara chinese partner bolta hai "3万 TIME_WAIT" aur carrier side pe connect fail, unka screenshot forward kar raha hu. server wahi hamara vos3000, peak pe hi hota hai`),
    pe(`har roz ek hi drama, 8 baje ke baad outgoing band. log me bind failed address already in use. ports khatam. kab fix karoge??`),
    pe(`vai log ta dekhen:
2024-05-12 20:14:03 [ERR] tcp connect to 10.20.1.5:5060 failed: Cannot assign requested address
2024-05-12 20:14:03 [ERR] tcp connect to 10.20.1.6:5060 failed: Cannot assign requested address
ekhon peak cholche, ss -s e timewait 31k+`),
    pe(`dai TIME_WAIT 35k pugyo, naya call jadaina. help`),
    pe(`Fwd from NOC team: "Outbound TCP to carrier ABC failing since 19:30, EADDRINUSE in mbx log, tw sockets 30k"
anna urgent ah paarunga`),
    pe(`sir, ape traffic eka wadi wela (dawasata 2.5 lakh calls witara), ehema unama peak eke carrier walata TCP connect wenne na. ss -s eke timewait 29,800. rathriya 1n passe hari yanawa. mokakda karanna ona?`),
    pe(`sir CPS 200 hote hi BindException shuru, aur TIME_WAIT 30k. restart se theek hota hai phir wapas. production hai please help`),
    pe(`ports exhausted again. 30k timewait. fix it`),
    pe(`ip_local_port_range 32768-60999 hai aur peak pe saare ports TIME_WAIT me phanse hain, lagbhag 28,000. carrier pe nayi TCP nahi banti. kya karna hai?`),
    pe(`boss raat 10 tar por sob thik, kintu 6-10 pm outbound call 40% fail. admin bolse local port sesh, 28 hajar TIME_WAIT. ki korbo`),
    pe(`[voice] hajur namaste, hamro VOS ma sanjha tira call lagdaina, error ma "address already in use" aaucha outbound ma, TIME_WAIT dherai chha, tis hajar jati. restart garda thik hunchha tara feri aaucha`),
    pe(`machi paaru:
$ ss -tan state time-wait | wc -l
33012
carrier ku connect aagala, peak 160 cps`),
    pe(`ane sir, peak welawata "Cannot assign requested address" error eka, TCP 5060 carrier ekata. TIME_WAIT 31k. restart karama tika welawak hari`),
    pe(`bhai mere 3 clients ek saath complain kar rahe hain, 7 se 10 PM calls connect nahi ho rahi. maine check kiya TIME_WAIT 26k+, log me EADDRINUSE on connect. aaj 4th din hai`),
    pe(`Every evening around 150-200 cps our VOS3000 can't open new TCP connections to the upstream, "cannot assign requested address". TIME_WAIT 30 000+. After midnight ok. Please help.`),
    pe(`Fwd: "Sir switch pe TIME_WAIT 29k hogaya, outbound sab fail, kya restart kar du?"
bhai ye mere admin ka msg hai, restart se pehle aap dekh lo`),
    pe(`dai 1 lakh calls per day bhanda badhi bhayo, aba peak ma TCP ko naya connection bandaina. netstat: TIME_WAIT 30127. kehi garnu paryo`),
    pe(`sir TIME_WAIT 28k, bind error, calls pogala. restart pannatuma?`),
    pe(`machan ss -s: TCP: 32011 (estab 510, closed 31380, timewait 31322). calls fail, peak eka. eeye ratath mehemai`),
    pe(`kal raat se 2 baar hua, jab traffic 25 hazar concurrent ke paas jata hai to "cannot assign requested address" aur TCP carriers down dikhte hain, TIME_WAIT 30 hajar. traffic kam hone pe theek`),
  ],
  natUnregistered: [
    nat(`bhai jab se RST mode On kiya hai, MikroTik ke peeche wale saare IP phones TCP pe unregistered dikh rahe hain. public IP wale theek hain`),
    nat(`sir aapne kal SS_TCP_CLOSE_RESET on kiya tha na TIME_WAIT ke liye, aaj branch office ke 25 phones baar baar registration kho rahe hain. woh NAT ke peeche hain, TCP use karte hain`),
    nat(`vai RST on korar por theke office er router er pichone je phone gula ase (TCP) unregistered hoye jacche 1-2 min por por. public ip wala gulo thik`),
    nat(`dai RST mode on gareko dekhi ghar bata chalaune users ko softphone (TCP) unregistered hunchha, router pachhadi ko. UDP wala thik chha`),
    nat(`anna RST on pannadhukku apram NAT pinnaala irukka phones ellam unregistered aaguthu, TCP la than register pannirukkom. udp phone ok`),
    nat(`sir RST mode eka On karapu dawase idan ape branch eke MikroTik eka piitipasse thiyena TCP phones unregistered wenawa. public IP phones hondai`),
    nat(`bhai jaan jab se aap logon ne reset wala option chalu kiya hai, humare ghar se kaam karne wale agents ke Zoiper (TCP) bar bar offline ho jate hain. office me public IP wale sahi`),
    nat(`After enabling RST close on the softswitch, all our NATed SIP/TCP endpoints keep dropping registration every few minutes. Endpoints with public IPs and UDP ones are fine. Started right after the change.`),
    nat(`[voice note] sir wo jo setting change kiya tha na kal RST wali, uske baad se mere saare customer jo router ke peeche hain unke phone unregistered ho rahe hain, TCP wale, ek ek karke. jaldi kuch karo`),
    nat(`Fwd from customer: "Bro my office phones keep showing not registered since yesterday evening, we are behind MikroTik, TCP transport"
bhai kal shaam hi RST on kiya tha humne, ab yahi ho raha hai`),
    nat(`VOS client me dekho:
1001  192.168.88.21 (NAT)  TCP  unregistered
1002  192.168.88.22 (NAT)  TCP  unregistered
2001  103.77.12.9 public   UDP  registered
RST on kiya tha subah, tab se aisa`),
    nat(`ki korsen apnara? RST chalu korar por amar 60 ta NAT er phone offline. TCP er sob. abar thik koren`),
    nat(`hajur, TIME_WAIT kam garna SS_TCP_CLOSE_RESET On gariyo hijo. tyaspachhi branch office ko Yeastar pachhadi ka 40 wata Grandstream phone TCP ma sab unregistered dekhauchha, kahile kahi 30 sec register hunchha feri jaanchha`),
    nat(`sir RST mode ON aana piragu home users (TP-Link router, TCP) register aagi aagi poiduthu. office la public IP phones ku prachanai illa`),
    nat(`ane sir, RST eka dammata passe NAT eka piitipasse inna softphone users la okkoma unregistered. TCP. udp users la hari`),
    nat(`RST on ke baad NAT wale TCP phones unregistered. help`),
    nat(`Sir, after your engineer set SS_TCP_CLOSE_RESET to On, our 3 branch offices (all behind NAT) are showing unregistered on TCP. HQ phones on public IP are registered. Please revert or advise.`),
    nat(`RST wala mode on karne ke baad se Fanvil phones jo MikroTik ke peeche hain, TCP pe har 5 min me unregistered. public IP wale aur UDP wale bilkul theek`),
    nat(`tcpdump dekho:
10:21:04 IP switch.5060 > 203.0.113.9.41822: Flags [R.], seq 1, ack 1, win 0
10:21:35 IP 203.0.113.9.41822 > switch.5060: Flags [P.], REGISTER, no answer
ye NAT router ka IP hai, RST on karne ke baad se inke peeche ke phone unregistered`),
    nat(`vai RST mode on dilam TIME_WAIT komanor jonno, kintu ekhon branch er phone gula (NAT er pichone, TCP) registration harai felche. ki korbo`),
    nat(`dai RST on gareko 2 din bhayo, NAT bhitra ko IP phone haru kaile registered kaile unregistered. TCP. public wala ramro chha`),
    nat(`Fwd: "Sir our remote agents softphones unregistered since morning, they are at home on broadband, TCP"
anna neenga nethu RST on pannuneenga, adhu thaan kaaranam ah?`),
    nat(`[voice note] hello sir, ape reset mode eka on kalata passe gedara idan wada karana agentsla ge Bria eka unregistered, TCP eken. office eke public IP eke ewa hari`),
    nat(`bhai kal raat RST ka setting On kiya, subah se call center ke 80 agents (sab ek NAT ke peeche, TCP) register hi nahi reh rahe. direct IP wale 5 phones theek`),
    nat(`you guys turned on RST and now every phone behind our router is unregistered over TCP. public IP ones fine. fix now`),
    nat(`sir jee SS_TCP_CLOSE_RESET = On hai ab, tab se NAT ke peeche wale Yealink TCP pe registered/unregistered ho rahe hain baar baar`),
    nat(`vai, gotokal apnar team RST mode on korse port problem er jonno. ajke theke amader 3 ta reseller er softphone (home user, router er pichone, TCP) unregistered dekhay. UDP diye register korle thik thake, TCP te hoy na`),
    nat(`RST on pachhi NAT ko TCP phone unregistered bhayo dai`),
    nat(`machi RST on panni 1 naal aachu, MikroTik pinnadi irukka 30 phones TCP la "No Service" kaamikuthu. public IP phones fine`),
    nat(`sir, RST On karala passe, branch eke router eka piitipasse thiyena TCP phones registration nathi wenawa, 2-3 winadiyen. public IP thiyena ewa hari. meka RST eka nisa da?`),
  ],
  firewallRst: [
    fw(`bhai RST mode on karne ke baad FortiGate ke peeche wali calls hang ho rahi hain, forti log me "RST dropped, no session" aa raha hai`),
    fw(`sir since RST enabled, calls through our pfSense fail. pfSense log shows TCP:R blocked by default deny rule, state not found`),
    fw(`vai RST on dewar por amader ASA firewall diye call gulo hang hoye thake, carrier side e ESTABLISHED connection theke jay, ASA log e RST drop dekhay`),
    fw(`dai RST mode on gare dekhi hamro iptables conntrack le RST packet INVALID bhanera drop garchha, call haru setup hudaina`),
    fw(`anna RST on pannadhukku apram SonicWall la "TCP packet received on non-existent/closed connection; TCP packet dropped" nu log varudhu, calls fail aaguthu`),
    fw(`sir RST mode eka on kalata passe FortiGate eka haraha yana calls fail wenawa. log eke RST drop kiyala penawa`),
    fw(`sir log dekho, RST on ke baad se:
kernel: INVALID DROP IN=eth0 OUT= SRC=10.1.1.5 DST=10.2.2.9 PROTO=TCP SPT=5060 DPT=38211 RST
calls lagti nahi, ringing pe hang`),
    fw(`Since SS_TCP_CLOSE_RESET was switched On, SIP over TCP calls through the customer's Palo Alto fail intermittently; the far end still shows the old connections as ESTABLISHED and the firewall session table is full of half-open entries.`),
    fw(`bhai AWS pe humara switch hai, RST mode on kiya to carrier (unka Azure NSG ke peeche gateway) se calls hang hone lage, unki side half-open connections dikhte hain`),
    fw(`[voice note] sir kal RST wala kiya tha, aaj se jo carrier FortiGate ke peeche hai uske saath calls 30 second me cut ya lagti hi nahi, unke engineer bolte hain firewall hamara RST drop kar raha hai`),
    fw(`Fwd from carrier NOC: "We see RST from your IP dropped by our firewall as out-of-state, our sessions remain ESTABLISHED, calls fail"
bhai hum ne kal hi RST mode on kiya tha`),
    fw(`RST on korar por theke sob call atke jacche pfSense e. log bhorti "TCP:R" block. eta apnader setting er dosh, thik koren`),
    fw(`hajur, port ko problem le garda hijo SS_TCP_CLOSE_RESET On gariyo. aaja bata datacenter ko Cisco ASA pachhadi ko gateway sanga call jodiyena, ASA le RST drop gareko log chha, "Deny TCP (no connection)". aru carrier thik chha`),
    fw(`sir RST mode on ku apram iptables conntrack use panra carrier side la connections ESTABLISHED laye nikkudhu, pudhu calls hang. avanga log la RST invalid`),
    fw(`machan RST on kalata passe SonicWall eka RST packets drop karanawa, calls hang wenawa ringing eke. kalin hari giya`),
    fw(`RST on kiya, ab firewall RST drop kar raha, calls fail. kya karu`),
    fw(`Respected sir, after RST mode enabled yesterday our calls via FortiGate 100F are hanging, in forward traffic log we see action=deny for TCP RST packets on port 5060. Kindly revert the change or guide.`),
    fw(`bhai jaan jab se RST on hua hai, humare data center ka firewall (stateful) RST packets ko invalid samajh ke gira deta hai, dusri taraf connections khule reh jaate hain aur nayi calls nahi lagti`),
    fw(`conntrack -L | grep 5060 | head
tcp  6 431990 ESTABLISHED src=10.0.0.5 dst=10.9.9.9 sport=5060 dport=40122
tcp  6 431985 ESTABLISHED src=10.0.0.5 dst=10.9.9.9 sport=5060 dport=40124
sab ESTABLISHED pade hain jabki switch ne RST bhej diya. RST on karne ke baad se calls fail`),
    fw(`vai amader GCP firewall er pichone softswitch, RST mode on korar por carrier er sathe call half-open hoye thake, "RST dropped" log. help`),
    fw(`dai RST on pachhi pfSense le RST drop garchha, call lagdaina`),
    fw(`[voice] hello anna, naanga nethu RST mode on pannom, inniku FortiGate pinnaala irukka SBC kooda calls ellam hang aagudhu, log la RST deny`),
    fw(`sir RST mode On karapu nisa da danne na, eth ape pfSense log eke "TCP:R blocked" godak, calls connect wenne na. RST dammata kalin meka thibbe nehe`),
    fw(`iptables -L -v me INVALID drop counter tezi se badh raha hai jab se RST on kiya, aur TCP calls carrier pe hang. unka bhi conntrack wala firewall hai`),
    fw(`RST on = calls dead through our ASA. firewall eats the resets, other side keeps the sessions open. sort it`),
    fw(`sir humne TIME_WAIT ki wajah se SS_TCP_CLOSE_RESET On kiya tha 2 din pehle. TIME_WAIT to kam ho gaya lekin ab FortiGate ke through jaane wali calls me masla: INVITE jaata hai, phir hang, forti pe "session not found, RST dropped". doosre carriers jo bina firewall ke hain theek`),
    fw(`Fwd from my client: "Vai, calls are stuck since your RST change, our SonicWall drops the resets"
eta ki fix hobe? koto somoy lagbe`),
    fw(`hajur RST mode on garepachi carrier ko stateful firewall le reset packet phaldinchha, unko side ma connection ESTABLISHED nai rahanchha, ani naya INVITE jadaina`),
    fw(`machi RST enable pannathula irundhu Azure security group pinnaala irukka gateway kooda TCP calls fail, half open connections neraya`),
    fw(`ane sir, RST on kala dawase idan FortiGate eka RST packets "invalid" kiyala drop karanawa, anith paththe connections ESTABLISHED widiyatama thiyenawa, calls fail. ikmanata balanna`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning226Set: readonly EvalItem[] = Object.values(tuning226Families).flat();
