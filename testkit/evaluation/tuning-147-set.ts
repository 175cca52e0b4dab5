import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Resellers, call-centre owners and NOC engineers in Pakistan, India and the Gulf diaspora (Rawalpindi, Multan,
 * Peshawar, Hyderabad, Mumbai, Ahmedabad, Dubai, Riyadh) escalate tickets on WhatsApp, mostly in Roman Urdu and
 * Hinglish, with some Urdu and Devanagari script and Punjabi, Gujarati, Pashto and Gulf Arabic words: their
 * clients' complaints relayed, what was already tried, follow-ups on open tickets, pasted command output and log
 * lines.
 *
 * The hundred-and-forty-seventh tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written as a
 * never-tuned set in the largest markets' languages, after the fifty-fifth round of rules, by someone who had
 * read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in
 * view; measured once as such, then made tuning material for the fifty-sixth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 92.2 %, negatives confident 7.4 %, confident wrong 0 % with the
 * rules of the fifty-fifth round.
 */
export const tuning147Families = {
  oneListeningPort: [
    no(`Salam bhai, VOS ka web portal nahi khul raha subah se. catalina.out me ye aa raha:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
kal raat kisi ne server pe ek aur tomcat daala tha billing ke liye, shayad wohi hai?`),
    no(`mysql start nahi ho rahi CDR wale server pe
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
reboot ke baad se. sir urgent hai CDR nahi ban rahe`),
    no(`Boss mbx3000 restart kiya to start hi nahi hua. softswitch log: cannot bind 0.0.0.0:5060, address already in use. netstat -tulnp | grep 5060 dikha raha hai asterisk pid 1893 😡 ye asterisk kis ne install kiya hamare VOS box pe??`),
    no(`Client (Multan) ka msg forward kar raha:
"bhai maine apne laptop pe dialer ka local server chalaya, error aa raha EADDRINUSE: address already in use :::3000. pehle wala terminal band nahi kiya tha shayad"
ye hamara issue nahi lagta but wo aap ki team se help mang raha`),
    no(`nginx reverse proxy lagaya tha portal ke aage, ab nginx -t ok hai lekin start pe:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
httpd bhi chal raha hai 80 pe, dono me se ek band karoon?`),
    no(`docker run -p 5060:5060/udp kamailio test ke liye, error: Bind for 0.0.0.0:5060 failed: port is already allocated. Same machine pe VOS bhi hai. test VM alag lena parega kya?`),
    no(`sir ji ek sawal, mbx3000 do dafa start ho gaya ghalti se (init script + maine manually bhi chala diya). doosra wala log me "bind 5060 failed: Address already in use" de ke band ho gaya. pehla theek chal raha hai. koi nuksan to nahi?`),
    no(`Webmin install kiya tha, port 10000 pe bind error: "Failed to bind to port 10000 : Address already in use". kuch aur pehle se 10000 pe hai? lsof me perl show ho raha`),
    no(`Dubai office se: Windows pe MicroSIP aur Zoiper dono open the, Zoiper bol raha "could not bind to local port 5060". MicroSIP band kiya to theek. Just FYI staff ko bata dena hai 😅`),
    no(`Tomcat shutdown port issue:
SEVERE: StandardServer.await: create[localhost:8005]:
java.net.BindException: Address already in use (Bind failed)
portal 8080 pe khul raha hai lekin stop script kaam nahi karti. purana java process mar nahi raha. kill -9 karoon?`),
    no(`Peshawar wala server, naya SIP proxy (opensips) lagana tha same IP pe 5060 pe. obviously bind nahi hua kyun ke mbx3000 baitha hai wahan. kya opensips ko 5070 pe daal doon ya alag IP lagwaoon? advise plz`),
    no(`Hyd client ka developer keh raha unka callback API server chalta hai port 5000 pe, flask error "OSError: [Errno 98] Address already in use". woh soch raha VOS ne port le liya. VOS to 5000 use nahi karta na? confirm kar do`),
    no(`redis start fail: Could not create server TCP listening socket *:6379: bind: Address already in use. billing dashboard ke liye hai, vos se alag. kisi ne do dafa service enable kar di lagta`),
    no(`Bhaiyo peak time pe portal hang hua to maine tomcat restart kiya, ab aata hi nahi. log me JVM_Bind 8080 address already in use. ps -ef | grep java 2 java dikha rahe. calls chal rahi hain theek, sirf portal ka masla hai`),
    no(`सर, नया सर्वर सेटअप कर रहे हैं, mbx3000 स्टार्ट करने पर "cannot bind port 5060" आ रहा है। चेक किया तो freeswitch पहले से चल रहा है उसी पोर्ट पर। freeswitch हटा दें?`),
    no(`httpd: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
ssl portal ke liye apache lagaya hai. nginx bhi 443 pe hai. sorry bhai basic sawal hai par jaldi me hoon`),
    no(`Kem cho sir. Amaro IVR server (node) restart pachhi start nathi thato, error listen EADDRINUSE 0.0.0.0:8088. pm2 ma be instance chale che. ek delete kari dau?`),
    no(`postgres wala error: could not bind IPv4 address "0.0.0.0": Address already in use
HINT: Is another postmaster already running on port 5432?
ye reporting server hai VOS ke saath. pg_ctl se do dafa start ho gaya shayad`),
    no(`Sir ek VOS ka SIP port 5060 se 5080 karna tha, softswitch.conf change kiya aur reparse, ab log me "bind udp 5080 failed address already in use". 5080 pe pehle se koi purana test sipp chal raha tha 🤦 kill kar diya, ab theek. bas confirm karna tha process sahi hai`),
    no(`mbx3000 crash hua 3:10 baje raat, watchdog ne restart kiya lekin naya process uth nahi raha: "SIP listen 0.0.0.0:5060 bind error (Address already in use)". ps me purana mbx3000 abhi bhi zinda hai, bas hang. usko kill karoon ya service stop se?`),
    no(`[10:42, 14/03] Rizwan NOC: portal down
[10:43, 14/03] Rizwan NOC: catalina: Address already in use: JVM_Bind
[10:43, 14/03] Rizwan NOC: someone ran startup.sh twice I think
forwarded to u bhai, plz guide how to clean`),
    no(`Riyadh se: yalla bhai, new box pe sipp load test kar rahe the, sipp khud ne error diya "Unable to bind UDP socket: Address already in use" kyun ke default 5060 le raha tha aur mbx bhi. -p 5070 diya to chal gaya. bus bata raha hoon`),
    no(`vsftpd: 500 OOPS: could not bind listening IPv4 socket. CDR backup ftp ke liye. xinetd bhi ftp sun raha shayad. VOS se related nahi, lekin aap log server maintain karte ho is liye pooch raha`),
    no(`پورٹل نہیں کھل رہا، لاگ میں BindException Address already in use 8080 آ رہا ہے۔ کل رات سرور کی بجلی گئی تھی، واپس آنے پر دو ٹامکیٹ چل پڑے شاید۔ مہربانی کر کے دیکھ لیں`),
    no(`ssh port 2222 kiya sshd_config me, restart pe: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. ek purana dropbear chal raha tha us pe. paaji hun ki karaan?`),
    no(`Hamari apni java recording app (10.0.0.12) boot pe crash: java.net.BindException: Address already in use at sun.nio.ch.Net.bind0 ... ServerSocketChannel port 9090. wo 9090 prometheus le gaya. bas ek port hai, baqi server theek`),
    no(`Mumbai: bhau, local dev laptop pe VOS API ka mock server banaya, "Error: listen EADDRINUSE: address already in use 127.0.0.1:8080" — idea nahi tha ki tomcat wala docker container already chal raha hai. sorry for spam 🙏`),
  ],
  otherRegistrationCause: [
    no(`Sir client ke 40 extensions unregistered since morning. usne kal sab ka password change kiya portal se lekin phones me update nahi kiya 🙄 log me 403 Forbidden wrong password. kya bulk me reset ho sakta?`),
    no(`Multan ka reseller: "mere saare Grandstream unregistered show ho rahe". check kiya to unka account balance 0 hai, VOS ne disable kar diya. unko bata diya recharge karo. bas record ke liye.`),
    no(`bhai humne VOS ka server naye datacenter me shift kiya, IP badal gaya 103.x se 45.x. ab GoIP gateways register nahi ho rahe. unme purana IP hard coded hai shayad? 25 GoIP hain alag alag shehron me 😩`),
    no(`Softphones unregistered, Zoiper shows "Registration failed: DNS error". hamara domain sip.xyzvoip.com expire ho gaya tha kal, renew kar diya abhi. kitni der me propagate hoga?`),
    no(`VOS licence expiry ka msg aa raha portal pe aur aaj se koi bhi phone register nahi ho raha. licence renewal ka process kya hai? payment kar di hai aapke account me`),
    no(`Dubai: all our staff apps (Zoiper) not registering on du network, on wifi of another building it works. on 4G Etisalat also no. I think UAE me VoIP block hai. we use UDP 5060, server side sab normal`),
    no(`MikroTik replace kiya office me (purana hEX kharab ho gaya tha, naya RB4011), us ke baad Yealink phones register nahi ho rahe. SIP UDP hai, TCP koi use nahi karta. naye router pe SIP helper on hai by default shayad?`),
    no(`Sir ek extension 1021 baar baar unregistered, baqi sab theek. user ne bataya phone ka adapter kharab hai, bijli aati jati hai. bas confirm kar raha ke server side koi masla nahi`),
    no(`PTCL fibre down hai Rawalpindi Saddar me 11 baje se, client ka pura call centre unregistered. hum kuch nahi kar sakte na? backup Zong device pe shift karwa diya abhi`),
    no(`सर हमारे client के Dinstar gateway पर "Register Failed 401" आ रहा, username में space था copy paste में 😅 hata diya, फिर भी fail. password bhi dobara daalu?`),
    no(`NAT ke peeche 12 phones hain, TP-Link router, aaj se register nahi. Reason mila: client ne static IP plan se dynamic pe shift kiya aur hamare VOS me us gateway ka IP-based auth hai. IP whitelist update karna hoga, portal se kaise karoon?`),
    no(`Riyadh se: STC ne connection badla, naya modem aaya, SIP ALG enable by default. phones kabhi registered dikhate hain, phir unregistered, one way audio bhi. ALG off karna hai modem se, model ZTE H188A. kahan hota?`),
    no(`customer ka trunk register nahi ho raha, log me "488 Not Acceptable Here" aur wo bol raha codec ka masla hai. usne G729 only kar diya tha. register pe codec matter karta hai?`),
    no(`Phones show "No Service" - Fanvil X3. VOS me account expiry date 31-10 thi, aaj 1 Nov 😂 extend kar diya, abhi bhi nahi aa rahe. reboot karwaoon phones?`),
    no(`Peshawar: wrora, client ki saari lines unregistered. unho ne router factory reset kiya tha, ab internet to chal raha lekin port forwarding aur voice VLAN sab gaya. server pe humne kuch nahi chheda, RST-wala koi setting bhi nahi`),
    no(`Server time galat tha (2019 dikha raha tha), ntpd band tha. TLS phones register nahi ho rahe, certificate not yet valid. ntpdate kiya. ab theek hona chahiye na?`),
    no(`Sir ye account 8801xxxx "Registration rejected - account locked" dikha raha. multiple wrong password attempts se lock ho gaya shayad kisi bot ki wajah se. unlock kahan se?`),
    no(`Naya client Ahmedabad, Zoiper me server ke saath 5060 ki jagah galti se 5080 daal diya. 408 timeout. fixed. 🙏 ticket #7731 close karein`),
    no(`Hello team, Yealink T31P behind NAT (home router) har 30-40 min baad unregister ho jata hai, phir re-register. registration expiry phone pe 3600 hai. transport UDP, keepalive off tha. router cheap Tenda hai, UDP session timeout 30 sec hai shayad?`),
    no(`Jio fibre customer, Mumbai: phone unregistered kyunki jio router pe SIP ALG on hai aur disable karne ka option nahi dikhta. pehle Airtel tha to chalta tha. koi solution? port 5060 se 5090 kar dein?`),
    no(`Gulf me hamare 3 resellers ke phones unregistered, sab Saudi me. wahan kal se company ne VPN band karwa diya, aur bina VPN SIP block hai. network ka masla hai shayad, server pe kuch nahi badla`),
    no(`ek gateway "unregistered" dikha raha VOS client me lekin calls chal rahi hain. wo static IP routing gateway hai, register karta hi nahi. kya ye normal hai? client panic kar raha 😅`),
    no(`Client keh raha "MikroTik lagane ke baad phones unregister". humne check kiya: MikroTik filter me 5060 udp drop rule tha jo unke IT wale ne kisi template se daala. hata diya, sab green. FYI only`),
    no(`یار سارے فون ان رجسٹرڈ ہیں، کلائنٹ نے بل نہیں دیا تو ہم نے اکاؤنٹ سسپنڈ کیا تھا، اب پیمنٹ آ گئی ہے۔ دوبارہ ایکٹیو کیسے کریں پورٹل سے؟`),
    no(`Grandstream HT802 ATA, status "Not Registered". customer ne internet hi nahi lagaya, LAN cable router me nahi thi 🤦‍♂️ uncle ko video call pe dikhaya. sorry bhai disturb kiya`),
    no(`DDNS wala masla: hamara ek chhota VOS dynamic IP pe hai, no-ip ka free hostname confirm nahi kiya to expire. phones "unregistered - host not found". ab renew kar diya, VOS side pe kuch aur to nahi karna?`),
    no(`Client ne apna SIP domain Cloudflare pe daal ke proxy (orange cloud) on kar diya, ab saare phones register nahi ho rahe, timeout. unko bola grey cloud karo. DNS only pe theek ho jayega na?`),
  ],
  smallFigures: [
    no(`Sir routine check kiya Multan wale server pe:
ss -s
Total: 612
TCP:   488 (estab 201, closed 240, orphaned 0, timewait 238)
ye theek hai na? koi issue nahi, bas monthly report ke liye`),
    no(`bhai time_wait 300 normal hai? netstat me dekha abhi, raat ke 2 baje hain, 40-50 calls live hain`),
    no(`TIME_WAIT exactly hota kya hai? client ka IT wala pooch raha aur mujhe khud clear nahi 😅 simple words me samjha do`),
    no(`SS_TCP_CLOSE_RESET ka kaam kya hai softswitch.conf me? hamare me Off hai. On karne ka faida kya?`),
    no(`Should we enable RST mode on our VOS? koi problem nahi hai abhi, bas naya server setup kar rahe hain aur ek forum pe parha ke RST better hai. advice?`),
    no(`[root@vos3000 ~]# netstat -an | grep TIME_WAIT | wc -l
147
[root@vos3000 ~]# netstat -an | grep ESTABLISHED | wc -l
96
sab normal? naya NOC banda hai sikh raha`),
    no(`cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
ye default hai. kya change karna zaroori hai agar CPS sirf 15-20 hai?`),
    no(`tcp_tw_reuse kya cheez hai aur kya ye safe hai? sysctl me 0 hai. abhi tak koi masla nahi aaya, bus samajhna hai`),
    no(`Daily health Rawalpindi DC:
CPU 18%
RAM 41%
TIME_WAIT ~520
calls 310 concurrent
sab green ✅`),
    no(`Bhai ye "orphaned" aur "timewait" ka farq kya hai ss -s me? humare me timewait 63 hai. koi issue nahi`),
    no(`क्या TIME_WAIT ज्यादा होने से सर्वर स्लो होता है? हमारे में अभी 200-250 के आस पास रहता है, बस जानना था`),
    no(`Sir interview ke liye prepare kar raha hoon 😄 TCP close me FIN vs RST ka farq VOS me kaise apply hota hai? SS_TCP_CLOSE_RESET ke context me`),
    no(`kitna TIME_WAIT ho to tension leni chahiye? abhi 1.2k hai peak pe 6 baje. CPS 8-10. calls sab chal rahi`),
    no(`ss -tan state time-wait | wc -l
89
kal 110 tha. trend theek hai? management ko graph dikhana hai`),
    no(`UDP pe RST ka koi asar hota hai? hamare saare clients UDP pe hain, bas knowledge ke liye`),
    no(`ek general sawal: SS_TCP_CLOSE_RESET On karne se NAT wale phones pe asar padta hai? hamare paas kuch NAT clients hain, abhi On nahi kiya, soch rahe hain`),
    no(`conntrack -C
3120
max 65536 hai. ye theek hai? firewall team ne pucha`),
    no(`Peshawar: routine audit,
net.ipv4.tcp_fin_timeout = 60
net.ipv4.tcp_tw_reuse = 0
net.ipv4.tcp_max_tw_buckets = 180000
TIME_WAIT 350 ke qareeb. kuch tune karne ki zarurat? load kam hai`),
    no(`new NOC trainee ka sawal: "sir TIME_WAIT socket kitni der tak rehta hai?" 60 sec? 2MSL? jawab de do main usko forward kar doon`),
    no(`Hyderabad: hamare 2 server hain, ek pe TIME_WAIT 90 dusre pe 410. dono pe load same jaisa. farq kyun? koi problem to nahi dono smooth hain`),
    no(`sir RST on karna hai ya nahi, decide karne ke liye kya data chahiye? hum 45 CPS pe peak karte hain, TCP aur UDP dono clients hain. koi fault nahi hai abhi, planning stage`),
    no(`Dubai: habibi quick q – what's the default ephemeral port range on CentOS 7 and how many outgoing connections can it handle? just capacity planning, we're at 200 calls`),
    no(`monitoring graph me time_wait ka spike 180 se 420 gaya 9 baje aur phir neeche. normal? zabbix ne warning nahi di, bas curiosity`),
    no(`ss -s output bhej raha, check kar lo koi red flag:
TCP:   1034 (estab 612, closed 390, orphaned 2, synrecv 0, timewait 388/0), ports 0
Transport Total     IP        IPv6
RAW	  0         0         0
UDP	  41        38        3
TCP	  644       640       4`),
    no(`documentation bana rahe hain: softswitch.conf ke parameters ki list with default values chahiye, khaas kar SS_TCP_CLOSE_RESET aur session timer wale. koi pdf hai?`),
    no(`Sat sri akal paaji, chhota jeha sawal: TIME_WAIT 250 de kareeb rehnde ne, eh theek aa na? server bilkul changa chal reha`),
    no(`Ahmedabad: sir, client ne audit report maangi. netstat -ant | awk '{print $6}' | sort | uniq -c output:
    212 ESTABLISHED
     64 TIME_WAIT
      9 LISTEN
      3 CLOSE_WAIT
normal figures che na?`),
  ],
  firewallNoRst: [
    no(`Sir naya client aa raha Riyadh se, unka IP 185.x.x.44 whitelist karna hai iptables me 5060 tcp/udp ke liye. command bhej do ya aap kar do`),
    no(`fail2ban ne hamara apna office IP ban kar diya 😤 portal pe 5 baar password ghalat daala trainee ne. unban kaise karte? fail2ban-client status me dikh raha`),
    no(`FortiGate pe VIP banana hai VOS ke liye, 5060 aur RTP 10000-20000. policy me SIP ALG (session-helper) hatana hai ya rehne do? pehli dafa Forti pe kar raha hoon`),
    no(`bhai Nigeria aur kuch countries se SIP scanning bohot ho rahi (friendly-scanner). geo-block kar sakte hain iptables/ipset se? list of countries bhej raha`),
    no(`Rate limit lagana hai SIP REGISTER pe per IP, brute force aa rahe hain raat ko. hashlimit se hoga? example rule de do`),
    no(`ASA pe naya ACL chahiye: permit tcp any host 10.10.5.20 eq 5060 aur udp range 10000 20000. hamare network wale chhutti pe hain 🙏 syntax check kar do plz`),
    no(`pfSense pe port forward kiya 5060 → VOS internal IP, lekin NAT reflection ka option samajh nahi aa raha. internal phones public IP se connect karein to? koi call issue nahi, bas config`),
    no(`CSF install hai server pe. VOS portal 8080 sirf office IP se khulna chahiye, baqi sab block. csf.allow me kya likhoon? TCP_IN se 8080 hata doon?`),
    no(`Client ke office router pe SIP ALG disable karna hai, Huawei HG8245H. menu me kahin nahi mil raha. koi jaanta hai?`),
    no(`iptables -L -n | grep DROP
DROP  udp  --  45.134.26.0/24  0.0.0.0/0  udp dpt:5060
DROP  all  --  193.46.255.0/24 0.0.0.0/0
ye humne kab dale? kisi ko yaad hai? client ka IP to nahi inme... check kar rahe`),
    no(`Palo Alto team puch rahi: VOS ke liye application "sip" allow karein ya port based? aur application-override chahiye? hamara traffic TCP aur UDP dono. naya setup hai, live nahi`),
    no(`Sophos XG pe ek naya rule chahiye: client 2 ka GoIP public IP 39.x.x.x → VOS 5060, WAN se. screenshot bhejun policy ka?`),
    no(`DDoS aa raha tha kal raat 5060 udp pe, 200 Mbps. DC wale ne upstream pe filter lagaya, ab theek. future ke liye kya karein? hamari apni firewall me limit?`),
    no(`AWS security group me 5060 tcp open kiya hai lekin bahar se telnet nahi ho raha. server ke andar firewalld bhi hai shayad? firewall-cmd --list-all me sirf ssh hai`),
    no(`Mumbai: bhai ek kaam — 5060 ke saare traffic ka log chahiye iptables me LOG target se, audit ke liye, 3 din ka. disk bhar to nahi jayegi?`),
    no(`Conntrack table barhani hai, firewall wale ne recommend kiya: nf_conntrack_max 65536 se 262144. koi error nahi hai abhi, proactive. sysctl.conf me dalna safe?`),
    no(`MikroTik pe client ka koi masla nahi, bas usko "/ip firewall service-port disable sip" karna tha. kar diya 👍 aur filter me 5060 allow from our VOS IP. sahi hai?`),
    no(`Fail2ban jail banani hai VOS ke liye — kaunsi log file dekhe? wrong password attempts mbx3000 ke kahan log hote hain? regex bhi chahiye`),
    no(`Riyadh data centre wale weekend pe firewall change kar rahe (purani Cisco se FortiGate 100F). unko VOS ke liye kya kya port list dein? 5060, 8080, RTP..., kuch aur?`),
    no(`سر ہمارے نئے کلائنٹ کا آئی پی وائٹ لسٹ کر دیں، 5060 ٹی سی پی پر آئیں گے۔ فائر وال میں ابھی بلاک ہے۔ آئی پی واٹس ایپ پر بھیج رہا ہوں`),
    no(`bhai ek IP range block karni hai jo portal pe login try kar rahi 1000 baar / ghanta. iptables ya fail2ban? calls pe koi asar nahi bus log bhar raha`),
    no(`pfSense state table 400k limit hai, 12% use. VOS ke liye koi special advanced option (like "sloppy state") chahiye? ab tak sab theek, sirf best practice puch raha`),
    no(`Ahmedabad client ko apne Fortinet pe "SIP session helper" delete karna hai (config system session-helper, delete 13). command sahi hai? pehle backup le liya`),
    no(`iptables rule chahiye jo 5060 pe sirf hamare 14 gateways allow kare aur baaki drop. list attached. ipset banaun? CentOS 6 hai`),
    no(`Server provider (Hetzner) ne bola unki cloud firewall use karein. wo stateless hai kya? SIP TCP ke return traffic ka rule alag banana parega? abhi sirf planning`),
    no(`Multan: ISP ne 5060 block kiya hua hai (PTCL kabhi kabhi karta). VOS ko 5062 pe bhi listen kara sakte? ya firewall pe NAT rule se 5062 → 5060 karein? advise`),
    no(`Sir humne "iptables -A INPUT -p tcp --dport 8080 -j ACCEPT" kiya lekin reboot ke baad gaya. CentOS 7 pe save kaise karte hain? service iptables save?`),
  ],
  negationContext: [
    no(`Sir hum sirf UDP use karte hain saare clients pe, to SS_TCP_CLOSE_RESET ka hamare se koi lena dena nahi na? client ka IT wala bol raha RST band karo, maine kaha hamara TCP hi nahi`),
    no(`Phones unregistered hain lekin RST off hai aur kabhi on nahi hua, softswitch.conf check kiya SS_TCP_CLOSE_RESET="Off". masla password change ke baad shuru hua hai, wohi dekh rahe`),
    no(`Update: jo address already in use peak pe aata tha last month, wo aapki tuning ke baad fix ho gaya tha. ab 3 hafte se ek bhi nahi. thanks team 🙏 ye bas feedback`),
    no(`ye log line purani hai, march ki, client ne galti se bheji:
Mar 12 21:14:07 mbx3000: connect() failed: Cannot assign requested address
ab sab theek hai, ignore kar do`),
    no(`Bhai koi issue nahi hai, ek dost ka sawal hai (dusri company): unke VOS pe TIME_WAIT 40 hazar tha, kya RST on karna sahi tha? hamare paas aisa kuch nahi`),
    no(`Nobody changed anything on the server, firewall bhi wahi hai, RST bhi off hai — phir bhi ek client ka phone unregister hua. baad me pata chala uska internet package khatam tha 😂 resolved`),
    no(`FortiGate log me RST drop dikh raha tha kal, lekin wo hamara VOS ka traffic nahi tha, CCTV NVR ka tha jo 554 pe hai. VOS calls bilkul theek. bas clarify kar raha`),
    no(`Sir postmortem ke liye likh raha hoon: 2023 me Rawalpindi server pe peak me TIME_WAIT 30k tak gaya tha, calls fail hoti thi, RST on aur tw_reuse se theek hua. ab naya server aa raha, us pe wahi settings pehle se daal dein?`),
    no(`RST on kiya tha 2 din pehle, aapke kehne pe. result: TIME_WAIT 28k se 900 pe aa gaya, NAT wale phones bhi sab registered, firewall pe koi drop nahi. sab changa 👌`),
    no(`Nahi bhai, wo "unregistered" wala screenshot aaj ka nahi hai, pichle hafte ka hai jab PTCL down tha. aaj sab registered hain. client ne purana forward kar diya`),
    no(`client bol raha "firewall RST drop kar raha" — usne google se parha hai. hamara sab UDP hai aur RST kabhi enable nahi kiya. asal me uski calls 30 sec pe kat rahi hain, session timer ka lagta hai`),
    no(`Sir kisi ne article forward kiya "VOS3000 port exhaustion fix: enable SS_TCP_CLOSE_RESET". hamare server pe to aisa koi masla nahi, 200 TIME_WAIT hai. apply karna zaroori hai?`),
    no(`EADDRINUSE wala error jo main ne subah bheja tha wo VOS ka nahi, mere laptop pe node app ka tha, galat group me paste ho gaya 🙈 sorry`),
    no(`नहीं सर, कोई बदलाव नहीं किया, RST वाली सेटिंग Off ही है. calls drop का मसला ISP का था, उन्होंने कन्फर्म किया लाइन में fault था. अब ठीक है`),
    no(`ticket #5512 close kar do. jo "cannot bind" aa raha tha wo hamare test script ka tha jo ek hi port pe do dafa chal gaya. production VOS ko kuch nahi hua`),
    no(`Peshawar: lala, "TIME_WAIT zyada" wali jo alarm aayi thi wo zabbix ka threshold ghalat tha, 50 pe set tha 😅 actual 300 hi hain. threshold theek kar diya`),
    no(`Pichle saal hamara ek FortiGate RST packets drop karta tha jab RST on kiya tha, tab humne wapis off kar diya aur allow rule bana diya. ab firewall replace ho rahi hai — naye pe wahi allow rule dobara banayein? abhi RST off hi hai`),
    no(`Dubai: just to confirm, we did NOT enable RST mode. the phones that went unregistered are the ones where the customer changed the SIP password yesterday. we reset them, all good now`),
    no(`old log, ignore:
2024-01-08 19:02:11 [WARN] tcp connect to 10.2.0.8:5060 failed errno=98 (EADDRINUSE)
ye January ka hai jab tuning nahi hui thi. main sirf compare karne ke liye dikhana chahta tha ke ab ye nahi aata`),
    no(`mere ek purane client ke NAT ke peeche phones unregister hote the RST on karne ke baad — wo 2022 ki baat hai, woh ab hamara client bhi nahi. bas poochna tha aap ka tool us case ko handle karta hai?`),
    no(`Bhai aapki team ne kal SS_TCP_CLOSE_RESET ko wapis Off kar diya tha. aaj subah se MikroTik wale saare phones registered hain, koi drop nahi. shukriya, case close 🙏`),
    no(`calls one-way ho rahi hain lekin RST ka koi scene nahi — hum ne kuch change nahi kiya, aur client UDP pe hai. NAT me RTP ka masla lagta hai, media proxy on karna padega?`),
    no(`Not a problem now. jo netstat me 25k TIME_WAIT dikh raha tha wo sipp load test ka tha, production traffic nahi. test khatam, ab 150`),
    no(`Client ke IT ne ASA pe "RST drop" ka rule dekha aur panic kiya, lekin wo rule sirf guest wifi VLAN pe hai, VOS wale VLAN pe nahi. koi call issue report bhi nahi hua. hamein kuch karna hai? nahi na?`),
    no(`Sir ye sirf training ke liye: agar koi customer bole "RST on karne ke baad phones unregistered" to aap kya karte ho? hamare paas abhi aisa koi case nahi, team ko sikha raha`),
    no(`Multan server pe "address already in use" ka jo ticket tha wo galat tha — actually web portal 8080 ka tha aur wo bhi hal ho gaya. softswitch pe koi masla nahi, calls normal`),
    no(`اطلاع: جو RST والا مسئلہ پچھلے مہینے تھا وہ حل ہو چکا ہے، فائر وال والوں نے رول ٹھیک کر دیا تھا۔ اب کوئی شکایت نہیں۔ صرف ریکارڈ کے لیے`),
  ],
  portExhaustion: [
    pe(`Bhai emergency!! peak time 9 baje se calls fail ho rahi. softswitch log bhara hua hai "cannot bind: Address already in use". netstat -an | grep TIME_WAIT | wc -l = 31,442 😱 CPS 180 chal raha hai`),
    pe(`ss -s
Total: 48213
TCP:   47890 (estab 2210, closed 45311, orphaned 12, timewait 45102/0), ports 0
ye Multan wala server hai, shaam 8 se 11 tak naye TCP connection nahi ban rahe, clients ke trunks pe calls reject. raat 12 ke baad khud theek ho jata`),
    pe(`sir ji roz raat ko same kahani. jaise hi Saudi traffic aata hai (9-10 pm KSA), VOS ke TCP trunks pe "EADDRINUSE" aur calls drop. subah sab normal. TIME_WAIT dekha to 28k+. kya tuning chahiye?`),
    pe(`Client forward:
"bhai 40% ASR gir gaya 7 baje se, sab 503 aa rahe"
humne check kiya VOS pe, mbx3000 ke outgoing TCP connections fail:
tcp connect to carrier failed: Address already in use
time_wait 22 hazar. please guide`),
    pe(`Rawalpindi DC, 8:40 pm:
[root@vos ~]# netstat -ant | grep -c TIME_WAIT
29871
[root@vos ~]# cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
[root@vos ~]# sysctl net.ipv4.tcp_tw_reuse
net.ipv4.tcp_tw_reuse = 0
aur log me bind failed. calls ruk gayi hain peak pe. kya karoon pehle?`),
    pe(`مسئلہ: رش کے وقت (شام 7 سے 10) کالز فیل ہو رہی ہیں، لاگ میں address already in use آ رہا ہے اور TIME_WAIT تیس ہزار سے اوپر ہے۔ سرور سی پی یو نارمل ہے۔ براہ کرم مدد کریں`),
    pe(`Dubai: boss our VOS stops opening new TCP connections every evening around 300 CPS. error in log "cannot bind local address". thousands of TIME_WAIT (like 35k). after 1 hour it recovers by itself. customers are angry, 3rd day`),
    pe(`short: peak pe EADDRINUSE, TIME_WAIT 40k, calls fail. off-peak fine. help`),
    pe(`Bhai ye dekho, peak start hote hi har 5 minute ka TIME_WAIT count nikala:
20:00 4120
20:05 11877
20:10 19430
20:15 27002
20:20 28190  <- yahan se softswitch log me "Address already in use" start
CPS 150-200 jaata hai is waqt. port range khatam?`),
    pe(`Hyderabad wala client (call centre, 300 agents, predictive dialer) complain kar raha dialer chalate hi 10-15 min me calls connect hona band. humne dekha VOS pe TIME_WAIT 26k aur TCP trunk pe "bind: Address already in use". dialer band karo to theek`),
    pe(`सर बहुत urgent है, peak hours में VOS के outgoing TCP connections नहीं बन रहे. log: "connect failed: Cannot assign requested address" और "address already in use". ss -s में timewait 33000. CPS 220.`),
    pe(`sir 3 din se shaam ko ASR 60 se 20 pe aa jata. pehle socha carrier ka masla. aaj pata chala VOS pe hi ports khatam: ss -s me timewait 44k aur mbx log me cannot bind. carrier ke saath TCP use hota hai. kya fix hai?`),
    pe(`tcpdump me peak pe carrier ki taraf SYN hi nahi ja raha 🤔 aur server pe
Oct 22 21:07:55 vos mbx3000[2231]: sip tcp connect 41.x.x.x:5060 bind() failed (98) Address already in use
Oct 22 21:07:55 vos mbx3000[2231]: sip tcp connect 41.x.x.x:5060 bind() failed (98) Address already in use
(ye hazaron lines)
netstat TIME_WAIT 30,118`),
    pe(`Paaji, Ludhiana wale client da traffic vadh gaya (hun 250 CPS), te hun har raat 8 vaje VOS naye TCP connection nahi banaunda. TIME_WAIT 27k. log vich address already in use aunda. ki karna chahida?`),
    pe(`Reseller here from Mumbai. Since we added 2 new TCP carriers, every peak (8-11pm IST) calls start failing with 503 from our side. VOS logs show EADDRINUSE on outbound connects, and netstat shows ~38,000 sockets in TIME_WAIT. CPU and RAM are fine. Please advise urgent 🙏`),
    pe(`bhai ek cheez notice ki: jab concurrent 2000+ jati hain aur CPS 150 se upar, tab "cannot bind" start. aur TIME_WAIT 25-30k. jab tak neeche nahi aata koi naya TCP leg nahi banta. kya ye port exhaustion hai?`),
    pe(`Riyadh: السلام علیکم sir, Ramzan me iftar ke baad traffic double ho jata, aur roz iftar ke 1 ghante baad VOS calls reject karne lagta. log me "Address already in use" bohat. TIME_WAIT count 36 hazar. sehri ke time sab theek`),
    pe(`follow-up on ticket 8812: aaj phir hua. 9:15 pm, TIME_WAIT 31k, bind errors, calls fail. kal aap ne kaha tha data bhejo, ye raha:
net.ipv4.ip_local_port_range = 32768 60999
net.ipv4.tcp_tw_reuse = 0
SS_TCP_CLOSE_RESET="Off"
ss -s: timewait 31204/0`),
    pe(`Peshawar: wrora, server pe load barha to ajeeb masla: SIP TCP trunks pe outgoing calls "Address already in use" pe fail, UDP wale theek. TIME_WAIT 24k. peak khatam to sab normal. help kar do yaar`),
    pe(`VOS pe ye kya hai? ss -tan | awk '{print $1}' | sort | uniq -c
  26811 TIME-WAIT
   1932 ESTAB
     14 LISTEN
      3 SYN-SENT
aur isi waqt (peak) calls fail + "cannot bind". naya port nahi mil raha lagta`),
    pe(`Sir calls peak time pe fail. bas itna pata hai. client ne screenshot bheja hai jisme "EADDRINUSE" likha aur kuch 28k jaisa number. main dobara dekh ke batata hoon... edit: haan TIME_WAIT 28,400 hai server pe abhi`),
    pe(`Ahmedabad: sir, Diwali offer chalu kiya, traffic 3x. have dar saanje VOS pe "address already in use" aave che, TIME_WAIT 30 hazar par, ane calls fail. port range vadharvi padse?`),
    pe(`Good evening. We run wholesale A-Z, ~400 CPS at peak via TCP interconnects. From 19:30 GST today, new outbound TCP connections fail. Log excerpt:
[E] SipTcpTransport: bind local port failed: EADDRINUSE
[E] SipTcpTransport: bind local port failed: EADDRINUSE
TIME_WAIT: 41,872. Ephemeral range is default. Need a fix before tomorrow's peak.`),
    pe(`bhai client ke 70 channels pe calls ruk gayi raat ko, phir dekhte hi dekhte saare carriers pe. logs me "cannot bind" aur TIME_WAIT 20k+. server restart kiya to theek ho gaya lekin kal phir hoga na? permanent solution chahiye`),
    pe(`کل رات 9 بجے پھر وہی! نئے کنکشن نہیں بن رہے، netstat میں 27 ہزار TIME_WAIT، اور address already in use کا ایرر۔ یہ روز ہو رہا ہے پیک ٹائم میں`),
    pe(`Boss quick one - jab bhi CPS 120 cross karta hai, outgoing TCP se carrier pe calls nahi jaati. Errno 98. TIME_WAIT hazaron me. low traffic pe zero masla.`),
    pe(`[21:02] Salman NOC: ASR drop
[21:03] Salman NOC: mbx log full of "cannot bind to local port"
[21:05] Salman NOC: ss -s timewait 29k
[21:06] Salman NOC: CPS 190
forwarding to you bhai. same pattern as last friday peak`),
    pe(`Sir ek sawal + masla: hamara VOS har peak pe "address already in use" deta hai aur tab TIME_WAIT 30-35k hota hai. suna hai SS_TCP_CLOSE_RESET on karne aur tw_reuse se hal hota hai. kya ye safe hai hamare case me? abhi bhi ho raha hai, 15 min pehle bhi hua`),
    pe(`Multan DC temp report: 8:55 pm calls failing on all TCP routes.
netstat -an | grep TIME_WAIT | wc -l
→ 33190
sysctl -a | grep port_range → 32768 60999
load avg 1.2 only. Mujhe lagta hai ports khatam ho rahe hain.`),
    pe(`yaar kuch to karo, weekend pe Eid ka load aaya aur VOS ne naye TCP connections band kar diye. EADDRINUSE everywhere, TIME_WAIT 45 hazar. hum Rawalpindi se Saudi traffic pass karte hain, sab ruk gaya`),
  ],
  natUnregistered: [
    nat(`Sir kal aapki team ne TIME_WAIT ke liye SS_TCP_CLOSE_RESET On kiya tha, aaj subah se client ke saare phones jo MikroTik ke peeche hain unregistered show ho rahe. TCP pe hain. pehle sab theek tha`),
    nat(`bhai jab se RST mode on kiya hai, office ke Yealink (TP-Link router ke peeche, SIP over TCP) har kuch minute baad register se gir jate hain. server ke same LAN wale phones theek hain`),
    nat(`Client complaint (Hyderabad): "subah 11 baje ke baad se hamare 35 Zoiper unregistered". check kiya: 10:45 pe humne softswitch.conf me SS_TCP_CLOSE_RESET="On" kiya aur reparse. Zoiper TCP transport pe hain, sab NAT ke peeche (home internet). coincidence nahi lagta`),
    nat(`ssh history:
sed -i 's/SS_TCP_CLOSE_RESET="Off"/SS_TCP_CLOSE_RESET="On"/' /home/kunshi/mbx3000/etc/softswitch.conf
service mbx3000d reparse
us ke baad se NAT wale phones (TCP) registration lose kar rahe, VOS client me red. kya rollback karoon?`),
    nat(`ڈیئر سر، جب سے RST آن کیا گیا ہے، وہ تمام فون جو روٹر (NAT) کے پیچھے ہیں اور TCP پر ہیں، ان رجسٹرڈ ہو رہے ہیں۔ پبلک آئی پی والے ٹھیک ہیں۔`),
    nat(`Dubai: Hi team, since the RST change on Tuesday, our remote agents (softphones on TCP, all behind home routers) keep dropping registration every few minutes. Office phones on public IP are fine. Please check`),
    nat(`GoIP gateways (Multan aur Bahawalpur, dono 4G router ke peeche NAT) unregistered hain jab se SS_TCP_CLOSE_RESET On hua. TCP pe register karte hain. kya RST ki wajah se NAT mapping toot rahi?`),
    nat(`bhai RST on kiya tha port wale masle ke liye, woh to hal ho gaya lekin ab naya masla 😩 MikroTik ke peeche wale saare phones unregistered. transport TCP. dono ek saath kaise theek karein?`),
    nat(`सर, RST वाली setting ON करने के बाद से हमारे client के NAT के पीछे वाले IP phones (Grandstream, TCP) बार बार unregistered हो रहे हैं. कृपया बताइए क्या करें`),
    nat(`Peshawar ka client: "kal shaam se phone pe 'Registration failed' aa raha". uska setup: Fanvil X4U → Huawei ONT (NAT) → internet → VOS, transport TCP. aur haan, kal dopahar hum ne VOS pe RST on kiya tha. connection?`),
    nat(`After enabling SS_TCP_CLOSE_RESET, Linphone/Zoiper clients on TCP behind NAT show unregistered. their connections keep getting reset and they don't re-register for a long time. Rawalpindi office, MikroTik hAP ac2.`),
    nat(`Short update: RST ON karne ke 20 min baad se NAT-ed TCP phones offline. 48 extensions. public IP wale 6 phones online.`),
    nat(`Boss yeh dekho VOS client me registration list: sirf woh users "unregistered" hain jinka contact me 192.168.x / 10.x dikh raha (NAT ke peeche) aur transport=TCP. baki theek. aur ye sab kal se hai jab RST enable hua. koi link?`),
    nat(`Paaji saade Amritsar wale office de phone (router de pichhe, TCP) RST on karan to baad register nahi ho rahe. pehlan bilkul changa chalda si. ki karaan?`),
    nat(`Mumbai: bhau, time_wait ke liye tumhari advice pe RST mode on kela, ab client ke phones jo Jio router ke NAT ke peeche hain, TCP transport, 2 ghante se unregistered. rollback guide karo please`),
    nat(`sir ek ajeeb cheez: phone register hota hai, 1-2 min baad unregistered, phir register... loop. sirf NAT wale TCP phones pe. SS_TCP_CLOSE_RESET=On hai kal se, pehle Off tha. client ka router MikroTik RB750Gr3 hai`),
    nat(`Riyadh: call centre (60 agents) ke saare softphones register nahi ho rahe. wo office NAT ke peeche hain, SIP over TCP use karte hain kyun ke UDP yahan block hai. aaj subah VOS pe RST on kiya gaya tha — main ne nahi, partner ne. plz urgent`),
    nat(`Follow up: kal wala masla abhi bhi — NAT wale phones TCP pe unregistered. aap ne poocha tha koi change hua? haan, parson SS_TCP_CLOSE_RESET On kiya tha TIME_WAIT kam karne ke liye. bhool gaya tha batana 🙏`),
    nat(`Ye raha VOS pe:
grep CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
aur jab se ye change hua, client side MikroTik ke peeche ke 20 phones (TCP) unregistered. jinka public IP direct hai wo theek.`),
    nat(`Multan se: bhai Dinstar gateway (home router ke peeche) TCP pe register hota tha, RST ON ke baad "Unregistered" hi rehta. router restart kiya, gateway restart kiya, password check kiya - sahi hai. kuch aur suggest karo`),
    nat(`Hum ne monday ko RST mode enable kiya tha. tab se remote workers ke phones jo ghar ke routers (NAT) se TCP pe connect hote hain, registration lose karte rehte hain. office me jo phones direct public IP pe hain unko kuch nahi hua. kya RST aur NAT ka issue hai?`),
    nat(`Ahmedabad: sir RST On karya pachhi, NAT pachhal na TCP phones unregistered thai jay che. badha nahi, fakt router pachhal vala. please check 🙏`),
    nat(`yaar dimaag kharab ho gaya. 3 ghante se laga hoon: phones unregistered. password sahi, internet chal raha, MikroTik pe koi change nahi, DNS theek. bas ek cheez yaad aayi — subah maine VOS pe SS_TCP_CLOSE_RESET On kiya tha peak ki tension me. phones TCP pe hain NAT ke peeche. yehi wajah?`),
    nat(`Soft phones (MicroSIP, TCP) of our Karachi branch behind NAT went unregistered right after RST mode was switched on last night. Islamabad branch on public IP ok.`),
    nat(`سر جی، فون رجسٹر نہیں ہو رہے — سب ٹی سی پی پر ہیں اور مائیکروٹک کے پیچھے۔ کل ہی RST والا پیرامیٹر On کیا تھا۔ کیا اسے واپس Off کر دیں؟`),
    nat(`Client ki shikayat copy paste: "Dear support, since yesterday 4pm our IP phones are going unregistered continuously. We did not change anything." Humare side pe 3:50pm ko SS_TCP_CLOSE_RESET On kiya gaya tha. unke phones SIP/TCP pe, office router ke peeche NAT.`),
    nat(`Bhai, VOS pe RST on hone ke baad NATed gateways (Synway, TCP) ka registration har thori der baad drop ho raha. log me unki TCP connection reset dikh rahi, phir wo expiry tak wapas connect nahi karte. help`),
    nat(`urgent sir — 120 users unregistered. sab NAT ke peeche, SIP over TCP. aaj hi RST enable hua. rollback kar doon ya koi aur tareeka?`),
    nat(`Rawalpindi: Salam. kal TIME_WAIT fix ke liye VOS pe RST chala diya. aaj client ke Cisco SPA phones (TCP, Tenda router NAT) unregister. ek phone ko UDP pe kiya to register ho gaya, TCP pe nahi. kya RST wapis off karna hoga?`),
    nat(`ek line me: RST On → NAT ke peeche TCP phones unregistered. kya karna hai?`),
  ],
  firewallRst: [
    fw(`Sir RST on karne ke baad calls hang ho rahi hain, disconnect nahi hoti. VOS ke aage FortiGate hai, uske log me "TCP RST ... no session matched" ke saath deny. kya FortiGate RST drop kar raha?`),
    fw(`ASA log ye aa raha hai jab se SS_TCP_CLOSE_RESET=On kiya:
%ASA-6-106015: Deny TCP (no connection) from 10.20.1.5/5060 to 203.0.113.40/38211 flags RST on interface inside
aur calls fail. plz help`),
    fw(`bhai RST enable kiya tha, ab kuch calls one-way ho rahi aur kuch 30 sec me drop. hamare aage pfSense hai, firewall logs me TCP:R blocked by default deny rule. kya connection state wala masla hai?`),
    fw(`iptables conntrack RST ko INVALID mark karke drop kar raha lagta hai:
kernel: INVALID DROP: IN=eth0 OUT= SRC=10.0.0.5 DST=45.x.x.x PROTO=TCP SPT=5060 DPT=51834 RST
ye jab se RST mode on kiya tab se. calls fail ho rahi`),
    fw(`Dubai: after we switched VOS to RST mode, calls through the Palo Alto started failing/hanging. PA logs show the RST packets from VOS being dropped. Firewall guy says out-of-state packets are dropped by default.`),
    fw(`Sophos XG ke peeche VOS hai. RST on ke baad se calls beech me kat rahi hain aur kuch setup hi nahi hoti. Sophos log me VOS IP ke port 5060 se "Invalid TCP state" drops. kya karein?`),
    fw(`सर RST ON करने के बाद से calls hang हो रही हैं. हमारे firewall (FortiGate) के log में VOS से आने वाले RST packets drop दिख रहे हैं. Off कर दें क्या?`),
    fw(`Rawalpindi: calls fail/stuck since RST on. firewall team ne check kiya: MikroTik filter me "connection-state=invalid action=drop" ke counters tezi se barh rahe, sab packets VOS ke 5060 TCP se, RST flag. kya yehi masla hai?`),
    fw(`Client (Multan) ka message: "aaj se calls connect ho ke 1-2 sec me drop, kuch bilkul hang". humne 2 din pehle RST on kiya tha. client ke office me FortiGate 60E hai jo VOS ka SIP TCP handle karta. log me RST deny. confirm karo pls`),
    fw(`pfSense filterlog dekho:
block,in,em0,tcp,10.1.1.10,5060,62044,R
block,in,em0,tcp,10.1.1.10,5060,61877,R
ye hazaron hain jab se RST mode on hua. aur calls one-way / drop. state mismatch?`),
    fw(`bhai ek baat samjhao, RST ON kiya, client ke peeche Cisco ASA hai, ab calls hang hoti hain aur BYE nahi pohanchta. ASA pe "Deny TCP (no connection)" flags RST. ASA pe RST allow karwana padega ya RST band karein?`),
    fw(`Hyderabad: sir, softswitch pe RST lagaya uske baad se calls ka haal kharab. lagti nahi, lagti hai to ek taraf awaaz. gateway pe iptables me "-m state --state INVALID -j DROP" ka counter bohot upar ja raha. RST packets drop ho rahe hain?`),
    fw(`السلام علیکم، RST آن کرنے کے بعد کالز ہینگ ہو رہی ہیں۔ فورٹی گیٹ کے لاگ میں RST پیکٹس ڈراپ ہو رہے ہیں۔ کیا کریں؟`),
    fw(`Follow-up: kal aap ne kaha tha RST se TIME_WAIT kam hoga. hua bhi. lekin ab calls fail ho rahi kyun ke hamara FortiGate RST packets ko "no session matched" bol ke drop kar raha. ab kya — RST off ya Forti me kuch?`),
    fw(`Riyadh: yalla quick — since RST on, our calls drop mid-way and some hang forever. Checked firewall (Palo Alto PA-850) logs: RST from VOS 5060 dropped as non-syn / out of state. any workaround?`),
    fw(`Sir iptables log:
Nov 03 20:11:42 gw kernel: [DROP-INVALID] IN=eth1 OUT=eth0 SRC=172.16.0.10 DST=89.x.x.x PROTO=TCP SPT=5060 DPT=40122 WINDOW=0 RES=0x00 RST URGP=0
Nov 03 20:11:42 gw kernel: [DROP-INVALID] IN=eth1 OUT=eth0 SRC=172.16.0.10 DST=89.x.x.x PROTO=TCP SPT=5060 DPT=40190 WINDOW=0 RES=0x00 RST URGP=0
172.16.0.10 = VOS, RST on hai us pe. calls gayab ho rahi. kya yehi wajah?`),
    fw(`calls hang after RST mode. firewall drops RST. thats it, what do we do`),
    fw(`bhai ye dekh, jab se hum ne VOS pe SS_TCP_CLOSE_RESET="On" kiya, client ki calls (unke aage FortiGate) kabhi 32 sec pe drop aur kabhi hang. unki IT team ne Forti pe diagnose kiya to RST packets deny hue dikhe. wo bolte hamari setting galat hai`),
    fw(`Mumbai: bhau, after enabling RST on VOS, calls through client's Sophos are failing. Sophos marks VOS RST as invalid and drops it, then next INVITE on same TCP goes nowhere. one-way audio also. help karo`),
    fw(`Peshawar: lala, RST on ke baad se calls ka masla. VOS pe tcpdump kiya, RST nikal raha hai, lekin client ke side pe pohanchta hi nahi — beech me unka ASA drop kar raha. log me 106015. ab?`),
    fw(`Sir hamare DC me Juniper SRX hai VOS ke aage. RST mode on kiya aur ab calls fail. SRX flow trace me "packet dropped, tcp rst without session" aa raha. ye firewall ka RST drop hi hai na?`),
    fw(`Ahmedabad: sir, RST chalu karya pachhi calls atki jay che (hang). firewall (pfSense) na log ma RST packets block dekhay che. su karvu?`),
    fw(`Escalation #9021: RST on since Sat. Calls via customer's FortiGate fail ~40%, rest OK. Forti log: "action=deny ... msg=no session matched" for tcp flags RST from our VOS IP. Already tried: disabled SIP ALG on Forti, restarted mbx3000. Still same. Next step?`),
    fw(`bhai ek aur cheez, jab se RST chal raha hai, iptables wale gateway pe conntrack INVALID packets drop ho rahe, sab RST wale. calls lag ke beech me kat jaati. pehle jab RST off tha ye masla nahi tha`),
    fw(`calls one-way aur hang, sirf un clients pe jin ke paas stateful firewall hai (2 Forti, 1 ASA). baki theek. aur ye sab RST on karne ke baad se. firewall logs me RST drop dikh raha. confirm karo ke yehi issue hai`),
    fw(`RST mode lagane ke baad se humare Palo Alto pe "TCP RST out of window" drop counter chal raha aur calls hang/fail, sab VOS ke IP se. firewall wale kehte RST allow karne ka rule unki policy me nahi banega. to RST off karein?`),
    fw(`सर, softswitch.conf में SS_TCP_CLOSE_RESET On किया था. तब से हमारे iptables firewall पर conntrack RST packets को INVALID मान के drop कर रहा है और calls fail हो रही हैं. क्या करें?`),
    fw(`Client forward: "calls are hanging, agents have to hang up manually, started Monday." Monday ko hi humne RST on kiya tha. unke network me Cisco ASA 5516 hai, log me "Deny TCP (no connection) ... flags RST". bhai dekh lo`),
    fw(`Boss, Multan DC pe naya FortiGate laga aur usi hafte hum ne RST on kiya. ab calls fail/drop aur Forti ke forward traffic log me VOS ke RST packets denied. culprit kaun sa hai?`),
    fw(`RST ON → calls hang. pfSense logs: RST blocked. sir urgent, shaam ka peak aane wala hai`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning147Set: readonly EvalItem[] = Object.values(tuning147Families).flat();
