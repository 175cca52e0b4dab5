import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Resellers, call-centre owners and NOC engineers in Pakistan and North India, writing on WhatsApp: Roman Urdu and
 * Hinglish ("bhai", "yaar", "nahi ho raha", "chal nahi raha", "kya karein", "jaldi") about 65 %, Urdu script about
 * 20 %, Devanagari Hindi about 15 %, with English technical words and pasted output. They greet with "salam",
 * "Assalam o alaikum", "السلام علیکم", "नमस्ते" or not at all, and write numbers as "30 hazar", "30k", "۳۰ ہزار",
 * "३० हज़ार", "2 lakh".
 *
 * The hundred-and-seventy-sixth tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its
 * own port, registration lost for another reason, small figures and questions, firewall work without dropped RST,
 * playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones unregistered
 * after RST mode, a stateful firewall dropping RST). Written as the hundred-and-seventy-sixth never-tuned set, before the sixty-fourth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-fourth round, then made tuning
 * material for the sixty-fifth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 96.7 %, negatives confident 1.5 %, confident wrong 0 % with the rules of
 * the sixty-third round, before the sixty-fourth.
 * After the sixty-fourth round: the same.
 * After the sixty-fifth round, tuned on: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning176Families = {
  oneListeningPort: [
    no(`Assalam o alaikum bhai, web portal nahi khul raha subah se. catalina.out me ye aa raha hai:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-nio-8080"]
java.net.BindException: Address already in use
kya karein jaldi batao, customer recharge nahi kar pa rahe`),
    no(`yaar nginx reload ke baad gir gaya
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
lagta hai apache bhi 80 pe chal raha hai, dono ek sath install ho gaye`),
    no(`bhai mysql start nahi ho raha reboot ke baad
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
VOS ka data isi DB me hai, please help`),
    no(`السلام علیکم، سرور ری اسٹارٹ کے بعد سافٹ سوئچ اوپر نہیں آیا۔ لاگ میں لکھا ہے bind 0.0.0.0:5060 failed: Address already in use. netstat -tulnp | grep 5060 میں پرانا mbx3000 کا process ابھی بھی چل رہا ہے، pid 2231۔ کیا اسے kill کر دوں؟`),
    no(`भाई redis start नहीं हो रहा, error: Could not create server TCP listening socket *:6379: bind: Address already in use. पहले वाला redis अभी भी चल रहा है क्या? क्या करें`),
    no(`sir mere laptop pe billing dashboard ka dev server chala raha hu, npm run dev pe error aata hai: Error: listen EADDRINUSE: address already in use :::3000. kya ye VOS server ki wajah se hai ya mere laptop ka masla hai?`),
    no(`docker container start nahi ho raha bhai
docker: Error response from daemon: driver failed programming external connectivity on endpoint vos-report: Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use.
host pe pehle se tomcat 8080 pe hai shayad`),
    no(`httpd restart fail ho gaya yaar
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
no listening sockets available, shutting down
SSL lagaya tha kal, ab portal down hai`),
    no(`بھائی SIPp سے کچھ ٹرائل کالز چلانی تھیں اسی سرور پر، sipp -p 5060 چلایا تو error آیا: bind failed, Address already in use۔ softswitch پہلے سے 5060 پر ہے، کیا sipp کو دوسرا پورٹ دوں؟`),
    no(`Tomcat band karke dobara start kiya to shutdown port pe error:
SEVERE: StandardServer.await: create[localhost:8005]: java.net.BindException: Address already in use
purana java process kill nahi hua tha shayad. ps -ef | grep java me do process dikh rahe hain`),
    no(`bhai webmin nahi khul raha 10000 port pe. systemctl status webmin: "Failed to bind to port 10000 : Address already in use". kisi aur ne install kiya tha server pe kuch`),
    no(`नमस्ते सर, Grafana चालू नहीं हो रहा। log में: http server error: listen tcp 0.0.0.0:3000: bind: address already in use. उसी port पे पुराना node app चल रहा है शायद। VOS वाला monitoring उसी पे था`),
    no(`yaar zabbix agent start nahi hota, "listener failed: bind() for [[-]:10050] failed: [98] Address already in use". VOS server pe monitoring lagani thi`),
    no(`bhai ek hi server pe asterisk bhi daal diya tha IVR ke liye, ab asterisk ka chan_sip bole "Unable to bind to 0.0.0.0:5060: Address already in use". VOS pehle se 5060 le raha. kya karein, asterisk ko 5070 pe kar dein?`),
    no(`گرافانا نہیں، prometheus کا مسئلہ ہے۔ error: listen tcp 0.0.0.0:9090: bind: address already in use. پہلے والا prometheus سروس ابھی بھی چل رہا ہے، دو بار install ہو گیا ہے`),
    no(`php-fpm start nahi ho raha: ERROR: unable to bind listening socket for address '127.0.0.1:9000': Address already in use (98). recharge page blank aa raha hai customers ko`),
    no(`salam, vsftpd start nahi ho raha CDR download ke liye. 500 OOPS: could not bind listening IPv4 socket. port 21 pe proftpd bhi laga hua hai purana wala`),
    no(`भाई softswitch restart किया तो mbx3000 का log बोल रहा है SIP listen port 5060 bind failed, Address already in use. ss -lntup | grep 5060 में पुराना process अभी भी है, stop script ने kill नहीं किया। बस एक port का मसला है, calls बाकी सब ठीक थीं`),
    no(`kal raat server ka power gaya, wapas aaya to web manager 8080 nahi chala. netstat -tlnp | grep 8080
tcp6  0  0 :::8080  :::*  LISTEN  1893/java
ye 1893 purana java hai, naya wala bind nahi kar pa raha "Address already in use". kill -9 kar du?`),
    no(`bhai SSH ka port 2222 kiya tha, ab sshd start nahi ho raha: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. wahi port pe koi forwarding tool chal raha tha`),
    no(`سر ڈوکر والا mysql container up نہیں ہو رہا: Bind for 0.0.0.0:3306 failed: port is already allocated. ہوسٹ پر پہلے سے mysql چل رہا ہے جس میں VOS کا ڈیٹا ہے`),
    no(`node exporter nahi chal raha, "listen tcp :9100: bind: address already in use". ek dusra exporter pehle se daal rakha tha kisi ne`),
    no(`bhai apna chota sa callback API (python flask) port 5000 pe chalaya to OSError: [Errno 98] Address already in use. pichli baar ctrl+z kiya tha shayad background me atka hua hai`),
    no(`सर हमारा billing portal docker में है, docker compose up पर error: Bind for 0.0.0.0:80 failed: port is already allocated. host पर nginx चल रहा है। बाकी VOS ठीक है, सिर्फ ये portal नहीं खुल रहा`),
    no(`kamailio ko front pe lagana tha, start kiya to "ERROR: <core> [core/socket_info.c]: bind failed on udp 0.0.0.0:5060: Address already in use". VOS pehle se 5060 pe sun raha hai same box pe`),
    no(`بھائی ہمارا رپورٹنگ ٹول 8443 پر نہیں چل رہا، java.net.BindException: Address already in use: bind۔ اسی پورٹ پر پرانا ورژن ابھی بھی چل رہا ہے۔ باقی سب ٹھیک ہے، کالز چل رہی ہیں`),
    no(`yaar phpmyadmin ke liye lighttpd daala tha, start nahi hua: "can't bind to port: 80 Address already in use". apache pehle se hai. bas ye ek service ka masla hai`),
  ],
  otherRegistrationCause: [
    no(`bhai 40 extensions subah se unregistered hain. log me "401 Unauthorized" baar baar aa raha. kal reseller ne sab accounts ke password change kiye the portal se, phones me purane password hain`),
    no(`yaar hamara gateway register nahi ho raha, kal ISP ne static IP change kar di. VOS me gateway ka IP purana wala hai 39.45.x.x, naya 39.50.x.x. kya karein`),
    no(`salam, sab softphones "Registration failed 403 Forbidden" dikha rahe hain. account expire ho gaya kya? balance bhi khatam hai reseller ka`),
    no(`السلام علیکم بھائی، ہمارے دفتر میں کل رات سے لائٹ نہیں ہے، UPS بھی ختم ہو گیا۔ سارے IP فون unregistered دکھا رہے ہیں۔ جنریٹر آئے گا تو ٹھیک ہو جائیں گے نا؟`),
    no(`भाई हमारे call centre के 25 phones unregistered दिख रहे हैं। पता चला internet ही बंद है, fibre कट गया है। ISP बोल रहा 4 घंटे लगेंगे। तब तक क्या करें, 4G dongle से चला सकते हैं?`),
    no(`NOC here. customer ke phones NAT ke peeche hain, sirf UDP use karte hain. router badla (PTCL se Nayatel), tab se registration 2-3 min baad gir jati hai. naye router me SIP ALG on hai, wahi check karna hai shayad`),
    no(`bhai DNS name pe register karte the sip.ourvoip.pk, domain renew nahi hua aur expire ho gaya. ab phones "cannot resolve host" dikha rahe aur unregistered`),
    no(`sir VOS license expire ho gaya hai kya? aaj se koi bhi account register nahi ho raha, web pe license expiry warning aa rahi thi pichle hafte`),
    no(`reseller ka account suspend ho gaya unpaid balance ki wajah se, uske saare 120 users unregistered. payment aaj karega 2 lakh ki, kab tak wapas chalu hoga?`),
    no(`بھائی ہمارا MikroTik بدلا ہے، نئے میں SIP helper آن تھا۔ اس کے بعد سے فون کبھی register کبھی نہیں۔ ہم UDP پر ہیں، TCP استعمال نہیں کرتے۔ SIP ALG بند کرنے سے فرق پڑے گا؟`),
    no(`yaar ek agent ka phone unregistered hai bas, baaki sab theek. check kiya to PoE switch ka port kharab tha, phone pe light hi nahi thi. ab doosre port pe laga diya`),
    no(`bhai server ka IP change hua hai data center shift ki wajah se, 103.x.x.10 se 103.x.x.45. phones me purana server IP hai, isliye unregistered aa rahe hain na? 300 phones me ek ek karke badalna padega?`),
    no(`सर कुछ extensions "403 Forbidden - IP not allowed" दे रहे हैं। हमने कल account पे IP restriction लगाई थी, branch office का IP list में नहीं डाला था। वही वजह होगी?`),
    no(`salam, Zoiper pe "Wrong username or password" aa raha. customer ne khud portal pe password badla tha aur phone me update nahi kiya. wo keh raha VOS kharab hai lol`),
    no(`bhai hamare GoIP gateway ka adapter jal gaya raat ko, GoIP VOS me unregistered dikha raha. naya adapter aa raha hai shaam tak, tab tak kuch ho sakta hai?`),
    no(`سر DDNS والا نام اپڈیٹ نہیں ہو رہا، no-ip کا free اکاؤنٹ expire ہو گیا۔ برانچ کے گیٹ وے کا IP بدل گیا اور اب unregistered ہے`),
    no(`yaar kal raat ISP ka outage tha poore Lahore me, sab phones unregistered ho gaye the. ab internet aa gaya lekin 10-15 phones abhi bhi register nahi ho rahe, reboot karne padenge kya?`),
    no(`bhai 1 lakh ka account tha customer ka, uska expiry date kal ki thi. ab uske phones unregistered. expiry extend kaise karu web manager me?`),
    no(`भाई हमारा पूरा office नए building में shift हुआ, नया internet connection है, नया public IP। पुराने IP से whitelist था VOS पर, इसलिए phones register नहीं हो रहे। IP update करना है`),
    no(`sir hamara softphone sirf UDP pe hai, router me SIP ALG on tha, registration har 5 min me girta hai, 30 agents ka kaam ruk raha. ALG off karne ke baad theek lag raha hai abhi`),
    no(`bhai phones pe "Registration timeout" aa raha. pata chala kisi ne office firewall pe outbound 5060 block kar diya new policy me. ab khol diya, ek ek karke register ho rahe`),
    no(`yaar Grandstream phones factory reset ho gaye firmware update ke baad, sab config gayab. isliye unregistered hain, provisioning dobara karni hogi`),
    no(`بھائی ہمارے کال سینٹر کے ایجنٹس کے پاس ڈونگل والا نیٹ ہے، جاز کا پیکج ختم ہو گیا تو سب softphone unregistered ہو گئے۔ یہ سرور کا مسئلہ نہیں ہے نا؟`),
    no(`salam, account ke "max registrations" 5 set the aur customer ne 12 phones laga diye, ab naye phones unregistered aur purane chal rahe. limit badhani hogi?`),
    no(`bhai gateway ka password kisi ne galti se portal pe reset kar diya, 2 ghante se gateway unregistered hai aur calls nahi ja rahi. log: "REGISTER 401 ... auth failed" 80 baar. password wapas set karna hai`),
    no(`सर क्या हमारा account balance zero होने पर phones unregistered हो जाते हैं? आज सुबह से 15 हज़ार का बकाया है और सब extensions बंद। payment कर दी है अभी`),
    no(`سلام، سرور کا NTP خراب تھا، تاریخ 2019 دکھا رہا تھا، TLS سرٹیفکیٹ invalid اور فون register نہیں ہو رہے تھے۔ ٹائم ٹھیک کیا تو سب واپس register ہو گئے`),
  ],
  smallFigures: [
    no(`bhai ek sawal, ss -s me ye aa raha hai, normal hai?
Total: 412 (kernel 0)
TCP:   187 (estab 96, closed 71, orphaned 0, timewait 68)
raat ko check kiya tha, calls kam thi`),
    no(`yaar TIME_WAIT hota kya hai exactly? netstat me dekha to 200 ke kareeb lines TIME_WAIT ki thi. koi problem hai?`),
    no(`SS_TCP_CLOSE_RESET ka kya kaam hai bhai? softswitch.conf me dekha, Off pe hai. on karne se kya hota hai?`),
    no(`بھائی ایک سوال ہے، اگر ہم RST mode آن کر دیں تو کیا NAT کے پیچھے والے فون متاثر ہوں گے؟ ابھی آن نہیں کیا، پہلے پوچھ رہے ہیں`),
    no(`सर हमारे server पर netstat -ant | grep TIME_WAIT | wc -l किया, 340 आया। 25-30 CPS चलता है। ये ठीक है या tuning करनी चाहिए?`),
    no(`bhai health check kar raha tha, ip_local_port_range 32768 60999 hai aur tcp_tw_reuse 0. humare 8-10 CPS pe ye kaafi hai ya badhana chahiye?`),
    no(`salam, ek customer pooch raha hai RST aur FIN me kya farq hai SIP TCP connection band karne me. simple words me samjha do to usko bata du`),
    no(`yaar monthly report ke liye ss -s ka output chahiye, ye dekho:
TCP:   1024 (estab 880, closed 60, orphaned 2, timewait 55)
sab theek lag raha na? koi complaint nahi hai abhi`),
    no(`bhai kya SS_TCP_CLOSE_RESET ka UDP trunks pe koi asar hota hai? hamare 90% carriers UDP pe hain, 2 TCP pe`),
    no(`سر ہم CPS بڑھانے کا سوچ رہے ہیں، ابھی 15 CPS ہے، اگلے مہینے 60 تک۔ کیا پہلے سے tcp_tw_reuse آن کر دینا چاہیے؟ ابھی کوئی مسئلہ نہیں ہے`),
    no(`bhai ye netstat normal hai?
tcp  0  0 10.0.0.5:5060  41.x.x.x:53312  TIME_WAIT
tcp  0  0 10.0.0.5:5060  41.x.x.x:53318  TIME_WAIT
total 43 aise hain. quiet time hai abhi raat ke 3 baje`),
    no(`भाई अगर हम SS_TCP_CLOSE_RESET On कर दें तो FortiGate वाला customer परेशान होगा क्या? अभी सिर्फ planning है, कुछ बदला नहीं`),
    no(`yaar new server setup kiya hai, handover se pehle ek baar dekh lo: timewait 120, estab 300, ports range default. 3 hazar channels ka plan hai. kuch change karna chahiye?`),
    no(`sir kya TIME_WAIT sockets memory bahut khate hain? 500 ke aas paas hain hamare server pe, RAM 16 GB`),
    no(`بھائی ss -s کا آؤٹ پٹ دیکھ لیں، ٹھیک ہے؟
TCP: 260 (estab 190, closed 30, orphaned 0, timewait 25)
صرف تسلی کے لیے پوچھ رہا ہوں`),
    no(`bhai hamara reseller kehta hai RST mode on karo taake speed tez ho. kya ye sach hai? hamara traffic 5-6 CPS hai sirf`),
    no(`salam, training ke liye samjha do: "cannot assign requested address" kab aata hai aur "address already in use" kab? dono me farq kya hai`),
    no(`सर हमारे server पर TIME_WAIT 90-100 रहता है दिन भर। कोई दिक्कत नहीं, सिर्फ जानना है कि ये कितना होना चाहिए 20 CPS पर`),
    no(`bhai tcp_tw_reuse = 1 karne ka koi side effect hai? abhi koi problem nahi, bas senior ne kaha check karo`),
    no(`yaar softswitch.conf me SS_TCP_CLOSE_RESET=Off likha hai, default yehi hai na? kuch karne ki zaroorat to nahi?`),
    no(`سلام سر، 30 ہزار منٹ روز کا ٹریفک ہے، ٹائم ویٹ 150 کے قریب۔ کیا یہ نارمل ہے؟ بس پوچھ رہا ہوں، کالز ٹھیک چل رہی ہیں`),
    no(`bhai agar kabhi port exhaustion hoga to kaise pata chalega? pehle se kya monitor karein? abhi sab ok hai`),
    no(`NOC shift handover: ss -s timewait 310, estab 1400, CPU 20%, calls normal. koi action chahiye?`),
    no(`yaar ek curiosity, ip_local_port_range 1024 65000 kar dein to kya nuksaan hai? abhi 32768-60999 hai, 12 CPS peak pe`),
    no(`भाई एक सवाल है, NAT के पीछे वाले phones TCP पर हों और RST mode on करें तो क्या होगा? हम अगले हफ्ते सोच रहे हैं, अभी सब Off है`),
    no(`sir audit ke liye batao: hamare server pe 80 TIME_WAIT, 0 orphaned. VOS3000 ke hisaab se ye healthy hai?`),
    no(`بھائی TIME_WAIT کیا ہوتا ہے؟ ہمارے نئے NOC لڑکے نے پوچھا، netstat میں 60-70 نظر آ رہے ہیں`),
  ],
  firewallNoRst: [
    no(`bhai FortiGate pe naye carrier ka IP whitelist karna hai 185.x.x.20, 5060 UDP aur RTP 10000-20000. policy kaise banayein?`),
    no(`yaar fail2ban ne hamare hi branch office ka IP ban kar diya, unke phones register nahi ho rahe. fail2ban-client status me dikha 39.x.x.x. unban kaise karein?`),
    no(`salam, MikroTik pe port forwarding chahiye 5060 TCP/UDP VOS server 192.168.1.10 ki taraf. dst-nat rule bhej do`),
    no(`السلام علیکم، ہمیں pfSense پر چین اور روس کا ٹریفک geo-block کرنا ہے، SIP scanning بہت ہو رہی ہے۔ pfBlockerNG سے ہو جائے گا؟`),
    no(`भाई Sophos पर SIP ALG कैसे बंद करें? नया customer है, उनका IT वाला पूछ रहा है। अभी calls ठीक हैं, बस setup कर रहे हैं`),
    no(`bhai iptables rules review kar do please, naye server pe lagaye hain:
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p tcp --dport 5060 -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT
-A INPUT -j DROP
kuch miss to nahi?`),
    no(`yaar Cisco ASA pe "no fixup sip" karna hai ya "no inspect sip"? carrier bol raha one way audio hai, unka SIP inspection on hai`),
    no(`bhai web portal 8080 bahar se khul nahi raha, firewalld me port add karna bhool gaye. firewall-cmd --add-port=8080/tcp --permanent kar du?`),
    no(`sir hamare server pe raat bhar SIP brute force aata hai, firewall logs me hazaron REGISTER attempts. fail2ban ka jail bana do VOS log ke liye`),
    no(`بھائی فورٹی گیٹ پر نئے کیریئر کے لیے پالیسی بنانی ہے، ان کے دو IP ہیں۔ ابھی سروس شروع نہیں ہوئی، پہلے سے تیار کرنا ہے`),
    no(`bhai iptables logs me DROP aa rahe hain kisi random IP se 5060 pe, "IN=eth0 SRC=45.x.x.x DPT=5060 PROTO=UDP". ye scanner hai na? block hi rehne dein?`),
    no(`yaar naya pfSense laga rahe hain office me, outbound NAT manual karein ya automatic? phones ka VOS se connect ho jaye bas`),
    no(`सर हमारे carrier ने नए IP दिए हैं, उन्हें iptables में allow करना है। पुराने IP हटाने हैं। rules भेज दो please, कल से traffic शुरू होगा`),
    no(`bhai customer ke MikroTik me SIP helper disable karna hai, /ip firewall service-port disable sip - yehi command hai na?`),
    no(`salam, firewall pe RTP ports range kya kholein? VOS ka media range kitna hai? one-way audio ki complaint aayi hai ek customer se`),
    no(`bhai security audit hua, report me likha hai MySQL 3306 public pe khula hai. iptables se sirf localhost allow karna hai. rule kya hoga?`),
    no(`سر pfSense کا کنفیگ ایک بار ریویو کر دیں، نیا کسٹمر ہے اور ان کا فائر وال ہم نے سیٹ کیا ہے۔ کوئی مسئلہ نہیں ابھی، بس تسلی کے لیے`),
    no(`yaar FortiGate pe session-helper sip delete karna hai ya voip profile me disable? customer ke calls connect ho jate hain lekin SDP me private IP ja raha, fortinet forum pe yehi likha hai`),
    no(`bhai geo-blocking lagayi thi, ab Dubai wala customer connect nahi ho pa raha. UAE ko allow list me daalna hai FortiGate pe`),
    no(`भाई fail2ban ने हमारे carrier का IP block कर दिया, उनके OPTIONS बहुत तेज़ आ रहे थे। whitelist में कैसे डालें? ignoreip में?`),
    no(`sir port forwarding check karni hai: router pe 5060 forward kiya, lekin bahar se "nmap -sU -p 5060" open|filtered aata hai. sahi hai?`),
    no(`bhai CSF firewall install kiya VOS server pe, ab web manager nahi khul raha. TCP_IN me 8080 add karna tha?`),
    no(`بھائی Cisco ASA پر static NAT اور access-list بنانی ہے VOS سرور کے لیے، 5060 اور RTP۔ کنفیگ بھیج دیں تو ہمارا IT والا لگا دے گا`),
    no(`yaar hamare data center ne naya firewall lagaya, humein inbound rules bhejne hain. list bana do: SIP, RTP, web, ssh`),
    no(`bhai whitelisting ka sawal: carrier ke 3 IPs allow karne hain aur baaki sab 5060 pe block. ipset use karein ya simple iptables?`),
    no(`सर MikroTik पर port forward बनाया है 5060 का, पर hairpin NAT भी चाहिए क्या? office के अंदर से public IP पे register करना है`),
    no(`سلام، fail2ban نے ہمارے آفس کا IP بین کر دیا کیونکہ کسی نے غلط پاسورڈ بار بار ڈالا۔ ان بین کیسے کریں؟`),
  ],
  negationContext: [
    no(`bhai kuch phones unregistered hain lekin hum sirf UDP use karte hain, TCP kahin nahi. RST wali cheez hum pe apply nahi hoti na? kal raat router change hua tha customer ka`),
    no(`shukriya bhai, port exhaustion wala masla pichle mahine solve ho gaya tha tcp_tw_reuse se. ab ss -s me timewait 200 ke aas paas hai peak pe bhi. bas bata raha tha`),
    no(`FYI forward kar raha hu purana ticket record ke liye: "March 2023 - calls failing at peak, 28k TIME_WAIT, cannot assign requested address. Fixed by port range + tw_reuse." ab sab theek hai, bas file me rakhna`),
    no(`بھائی RST mode ہم نے کبھی آن نہیں کیا، SS_TCP_CLOSE_RESET=Off ہی ہے۔ پھر بھی کچھ فون unregistered تھے، وجہ پاسورڈ تبدیلی نکلی۔ اب ٹھیک ہو گئے، شکریہ`),
    no(`सर धन्यवाद, RST off करने के बाद FortiGate वाला issue ख़त्म हो गया। कल से एक भी call drop नहीं हुई। ticket बंद कर दीजिए`),
    no(`yaar kisi ne kuch change nahi kiya, RST bhi off hai, firewall bhi wahi. calls theek chal rahi hain. bas manager ne poocha tha ke "address already in use" wali email kya thi, wo purani thi 2022 ki`),
    no(`bhai phones unregistered the subah, lekin wo password change ke baad hua tha jo reseller ne kiya. RST ya NAT ka koi lena dena nahi. sorted now`),
    no(`thanks bhai, sysctl change ke baad peak pe bhi ab TIME_WAIT 1500 se upar nahi ja raha, pehle 40 hazar tha. calls fail nahi ho rahi. ticket close kar do`),
    no(`sir pichle hafte jo firewall RST drop ka issue tha wo solve ho gaya tha, pfSense pe rule lagaya. aaj ka masla alag hai, web portal ka password bhool gaye hain`),
    no(`سر ہم صرف UDP پر ہیں، TCP بالکل استعمال نہیں کرتے۔ تو SS_TCP_CLOSE_RESET بدلنے کا ہم پر کوئی اثر نہیں ہوگا نا؟ کچھ بدلا بھی نہیں`),
    no(`bhai "cannot assign requested address" wala error humne khud banaya tha lab me jaan boojh ke, port range 10 ports ki karke. production me koi masla nahi. training ke liye tha`),
    no(`NOC note: kal raat ke call failures ka RST se koi taluq nahi, RST mode off hai aur kabhi on nahi hua. carrier ka link down tha 2 ghante. closing`),
    no(`भाई पिछले महीने NAT वाले phones unregistered थे RST mode की वजह से, आपने off करवाया था। अब सब ठीक है, बस ये बताना था कि 200 phones stable हैं। धन्यवाद`),
    no(`forwarded ticket (resolved): "Customer: ABC Telecom. Issue: FortiGate dropping RST, no session matched. Resolution: SS_TCP_CLOSE_RESET back to Off." bas hamare record ke liye bhej raha hu, koi action nahi`),
    no(`bhai firewall pe koi drop nahi, logs saaf hain. RST bhi enable nahi kiya. calls drop ho rahi thi to pata chala carrier ki taraf se session timer 30 min tha. unhone fix kar diya`),
    no(`شکریہ بھائی، tcp_tw_reuse کے بعد اب TIME_WAIT صرف 800 ہے، پہلے 35 ہزار تھا۔ پیک ٹائم پر بھی کالز ٹھیک جا رہی ہیں`),
    no(`yaar unregistered ki complaint aayi thi, check kiya to customer ka phone hi band tha, battery khatam. NAT ya RST ka kuch nahi. lol`),
    no(`bhai "address already in use" wala log dekha, lekin wo sirf Tomcat ka tha 8080 pe, softswitch ka nahi. restart ke baad sahi ho gaya. koi outgoing problem nahi hai`),
    no(`सर हमने RST mode कभी enable नहीं किया। softswitch.conf में SS_TCP_CLOSE_RESET=Off है। Sophos पर जो drops दिख रहे हैं वो तो port scan के हैं, बाहर से। calls ठीक हैं`),
    no(`bhai manager ne puchha RST on karne ke baad kya hua tha 2023 me. wo issue solve ho gaya tha aur hum wapas Off pe aa gaye. bas unko summary bhejni hai, ek line me likh do`),
    no(`salam, kal jo 12 phones unregistered the, wo IP change ki wajah se the, DDNS update nahi hua tha. RST hum use hi nahi karte, sab UDP hai. ab theek`),
    no(`بھائی پرانی ای میل فارورڈ کر رہا ہوں ریکارڈ کے لیے: "MikroTik پر RST ڈراپ ہو رہے تھے، INVALID drop rule۔ حل: RST off"۔ یہ مسئلہ دو مہینے پہلے حل ہو گیا تھا`),
    no(`yaar netstat me TIME_WAIT dikha to ghabra gaya, lekin sirf 90 hain. pichle hafte 50 hazar wale issue ke baad tw_reuse laga diya tha, ab stable. bas confirm karna tha ke sab theek hai`),
    no(`bhai nobody changed anything, RST off, firewall same, NAT same. phir bhi 3 phones unregistered kyun the? pata chala unka account expire ho gaya tha. renew kar diya`),
    no(`भाई वो port exhaustion वाली problem तो पिछले हफ्ते ही fix हो गई थी, ip_local_port_range बढ़ा दिया था। आज peak पर TIME_WAIT सिर्फ 2 हज़ार था, कोई failure नहीं। धन्यवाद`),
    no(`thank you sir, RST wapas Off karte hi MikroTik ke peeche wale sab phones register ho gaye. 45 min se stable. bas confirm kar raha hu`),
    no(`سر فائر وال میں کوئی RST ڈراپ نہیں ہے، ہم نے چیک کیا۔ RST mode بھی آف ہے۔ مسئلہ صرف یہ تھا کہ کیریئر کا IP whitelist میں نہیں تھا، اب ڈال دیا`),
  ],
  portExhaustion: [
    pe(`bhai jaldi help karo, shaam 7 baje peak pe calls fail ho rahi hain. log me "connect failed: Cannot assign requested address" bhar gaya hai. ss -s:
TCP:   48211 (estab 6120, closed 41800, orphaned 12, timewait 41790)
CPS 180 ke upar hai`),
    pe(`yaar har roz busy hours me yehi hota hai, 8 se 10 baje tak outgoing TCP connections nahi ban rahe carrier ki taraf. netstat -ant | grep TIME_WAIT | wc -l = 32k. raat ko khud theek ho jata hai`),
    pe(`sir urgent, peak pe softswitch ke log me "bind: Address already in use" aa raha hai outgoing connect pe, EADDRINUSE. naye TCP connections ban hi nahi rahe. listening port ka masla nahi, 5060 sun raha hai theek. TIME_WAIT 27 hazar`),
    pe(`السلام علیکم بھائی، رات 9 بجے پیک پر کالز فیل ہو رہی ہیں۔ netstat میں 28 ہزار TIME_WAIT ہیں اور لاگ میں Cannot assign requested address۔ CPS تقریباً 150 ہے۔ جلدی کچھ کریں`),
    pe(`भाई peak time पर calls fail हो रही हैं, ss -s में timewait ३० हज़ार से ऊपर है। outgoing TCP connect पर "Cannot assign requested address" आ रहा है। दिन में सब ठीक रहता है`),
    pe(`bhai ye dekho peak pe:
$ ss -s
Total: 61022
TCP:   60340 (estab 4210, closed 55980, orphaned 3, timewait 55971)
$ cat /proc/sys/net/ipv4/ip_local_port_range
32768   60999
ports khatam ho gaye lagta hai, calls nahi lag rahi`),
    pe(`yaar VOS server pe billing ka java module carrier API pe connect karta hai, peak pe java.net.BindException: Cannot assign requested address aata hai aur usi waqt VOS ke TCP trunks pe bhi naye calls fail. TIME_WAIT 25k`),
    pe(`NOC alert: 20:00-22:00 ASR 55% se 12% pe gir gaya. softswitch log: "tcp connect to 41.x.x.x:5060 failed (99: Cannot assign requested address)". TIME_WAIT 38,400. CPS peak 210. please advise`),
    pe(`bhai call centre ke dialer se 200 CPS aate hain shaam ko, us waqt VOS naye TCP connection nahi khol pata carrier ki taraf. netstat me hazaron TIME_WAIT. subah dobara theek`),
    pe(`سر ہمارے سرور پر شام کو نئے TCP کنکشن نہیں بن رہے۔ ss -s میں timewait 45 ہزار۔ کالز فیل ہو رہی ہیں، ASR گر گیا۔ کیا پورٹس ختم ہو گئے؟`),
    pe(`salam, 2 din se peak hours me "EADDRINUSE" errors outgoing connections pe, VOS server 3 lakh minutes daily karta hai. TIME_WAIT 50k ke kareeb. listen ports sab theek hain`),
    pe(`bhai promo chal raha hai, traffic double ho gaya, 250 CPS. usi waqt se TCP carrier pe calls fail: "connect: cannot assign requested address". TIME_WAIT dekha 58 hazar. kya karein jaldi`),
    pe(`सर हमारे VOS पर रात 8 बजे के बाद calls fail हो रही हैं। netstat -an | grep -c TIME_WAIT = 41200। log में outgoing connect पर "Address already in use"। CPS 170 के करीब`),
    pe(`yaar "netstat -ant | awk '{print $6}' | sort | uniq -c" ka output peak pe:
  52318 TIME_WAIT
   3920 ESTABLISHED
     14 LISTEN
calls ka bura haal hai, 503 aa raha customers ko`),
    pe(`bhai kal se busy hour me calls drop nahi, lagti hi nahi. VOS log: "socket connect error 99". errno 99 = cannot assign requested address na? TIME_WAIT 30 hazar se zyada`),
    pe(`بھائی شام کے رش میں کالز نہیں لگ رہیں، لاگ میں EADDRINUSE آ رہا ہے outgoing connect پر۔ TIME_WAIT ۳۵ ہزار۔ دن میں 40 CPS پر سب ٹھیک، شام کو 160 CPS پر مسئلہ`),
    pe(`sir hamare reseller ke 5 call centres ek saath shaam 6 baje dial karte hain. us waqt server pe TIME_WAIT 33k, aur naye SIP TCP connections fail. "Cannot assign requested address". ip_local_port_range default hai`),
    pe(`bhai quick: peak CPS 190, TIME_WAIT 29k, outgoing connect fail ho raha abhi. tcp_tw_reuse 0 hai. kya on karein abhi live pe?`),
    pe(`jaldi bhai!! calls nahi ja rahi 8 baje se. ss -tan state time-wait | wc -l → 47890. carrier side TCP connect fail. raat 11 ke baad theek ho jata hai har din`),
    pe(`भाई हमारे dialer campaign के time पर server पर हज़ारों TIME_WAIT बन जाते हैं, लगभग 40k। उस वक़्त नए TCP connections नहीं बनते, calls fail। बाकी time सब ठीक`),
    pe(`salam, forwarded from our NOC: "Between 19:30 and 21:45, outbound TCP legs failed with 'Cannot assign requested address'. TIME_WAIT peaked at 57k on vos01. CPS 220." aaj bhi yehi ho raha hai abhi, live`),
    pe(`yaar ek ajeeb baat, peak pe VOS se carrier tak TCP connect nahi hota, but UDP wale carriers theek. TIME_WAIT 36k. sab TCP wale routes fail`),
    pe(`سر، ss -s کا آؤٹ پٹ پیک پر:
TCP: 52100 (estab 3800, closed 48200, orphaned 5, timewait 48190)
لاگ میں Cannot assign requested address۔ کالز فیل، کسٹمرز شکایت کر رہے ہیں`),
    pe(`bhai har shaam ek ghante ke liye VOS outgoing TCP connections nahi bana pata. log me "bind failed: address already in use" lekin ye listening nahi, outgoing source port ka hai. TIME_WAIT 31,000`),
    pe(`sir ham 3 lakh calls per day karte hain, peak 200 CPS. aaj peak pe calls fail hui, 40 min tak. netstat me TIME_WAIT 44k. port range 32768-60999 hai, to lagta hai ports khatam`),
    pe(`بھائی جلدی، اس وقت لائیو مسئلہ ہے۔ ۴۰ ہزار TIME_WAIT، نئے کنکشن نہیں بن رہے، کالز فیل۔ CPS ۱۸۰`),
    pe(`सर urgent: peak पर VOS से carrier की तरफ TCP connect नहीं हो रहा, errno 99. TIME_WAIT ४५ हज़ार। ये ports खत्म होने वाला मसला है क्या? जल्दी बताइए`),
    pe(`bhai kal humne naya bulk traffic customer liya (120 CPS extra). aaj shaam se TCP pe calls fail, log: "Cannot assign requested address". TIME_WAIT 26 hazar se 59 hazar gaya. purana traffic bhi fail ho raha`),
    pe(`سر ہمارا سرور مصروف اوقات میں نئی کالز نہیں لے رہا، carrier کی طرف TCP connect پر BindException/EADDRINUSE۔ TIME_WAIT پچاس ہزار کے قریب۔ رات کو خود ٹھیک ہو جاتا ہے`),
    pe(`नमस्ते, हर रोज़ शाम 7 से 10 बजे calls fail होती हैं। ss -s: timewait 38211। outgoing connections पर "cannot assign requested address"। CPS peak 175। कृपया जल्दी देखें`),
  ],
  natUnregistered: [
    nat(`bhai kal aap logon ne RST mode on kiya tha na? tab se hamare saare home users jo NAT ke peeche hain, TCP pe, unregistered ho rahe hain baar baar. office wale public IP pe theek hain`),
    nat(`yaar SS_TCP_CLOSE_RESET=On karne ke baad se MikroTik ke peeche wale 60 phones register hote hain aur 2-3 min me unregistered. sab SIP over TCP pe hain. jaldi dekho`),
    nat(`sir since yesterday's change (close mode RST), our softphones behind home routers keep dropping registration. Zoiper TCP transport. bhai pehle bilkul theek tha`),
    nat(`السلام علیکم، جب سے RST mode آن ہوا ہے، گھروں میں بیٹھے ایجنٹس کے softphone بار بار unregistered ہو رہے ہیں۔ سب NAT کے پیچھے ہیں اور TCP استعمال کرتے ہیں۔ کیا کریں؟`),
    nat(`भाई RST mode on करने के बाद से हमारे work from home agents के phones unregistered हो रहे हैं। सब home router के पीछे हैं, SIP TCP पर। office वाले ठीक हैं`),
    nat(`bhai humne high CPS ki wajah se SS_TCP_CLOSE_RESET On kiya tha parson. ab customer complaint kar raha, uske office NAT ke peeche wale Yealink phones (TCP) register nahi reh rahe, har thodi der me gir jate hain`),
    nat(`yaar 3 resellers ki complaint aayi aaj: unke users (NAT ke peeche, softphone TCP) unregistered. teeno ke saath same. kal raat hi humne softswitch.conf me RST on karke reparse kiya tha`),
    nat(`NOC: after enabling SS_TCP_CLOSE_RESET on vos02 at 23:00, registered users dropped from 1850 to 940. Missing ones are all NATed TCP clients. UDP users unaffected. kya rollback karein?`),
    nat(`بھائی کل آپ کی ٹیم نے کلوز موڈ بدلا تھا (RST)، آج صبح سے ہمارے MikroTik کے پیچھے والے تمام IP فون unregistered ہیں۔ ہم TCP پر ہیں۔ کوئی پاسورڈ نہیں بدلا`),
    nat(`bhai GoIP gateways hamare branch offices me router ke peeche hain, TCP pe register hote hain. RST mode on hone ke baad se har 5 min me unregistered ho jate hain, calls beech me fail`),
    nat(`salam sir, aapke engineer ne kal RST wala setting on kiya tha TIME_WAIT kam karne ke liye. TIME_WAIT to kam ho gaya lekin ab NAT wale phones register nahi reh rahe. TCP pe hain sab`),
    nat(`yaar ye kya ho gaya, SS_TCP_CLOSE_RESET On kiya aur ab Grandstream phones jo customer ke office NAT ke peeche hain "Registration failed" dikhate hain beech beech me. TCP transport. password same hai`),
    nat(`सर जबसे आपने softswitch में RST mode चालू किया है, हमारे customers के घर वाले routers के पीछे के phones बार-बार unregistered हो रहे हैं। सब TCP पर हैं। कल तक ठीक था`),
    nat(`bhai registration graph dekho, kal raat 11 baje ek dum 40% gira. usi waqt RST mode on kiya tha. jo gire hain sab NAT ke peeche TCP wale clients hain, MicroSIP aur Zoiper`),
    nat(`bhai call centre ke 35 agents ghar se kaam karte hain, Jio/Airtel router ke peeche. RST on hone ke baad se unka softphone baar baar unregistered. TCP use karte hain`),
    nat(`سر SS_TCP_CLOSE_RESET=On کرنے کے بعد سے NAT کے پیچھے والے Yealink فون رجسٹر نہیں رہتے۔ ٹرانسپورٹ TCP ہے۔ پبلک IP والے فون ٹھیک ہیں`),
    nat(`yaar kal se jab se close mode change hua (FIN se RST), hamare MikroTik ke peeche wale 80 extensions me se 50 unregistered. TCP. MikroTik me kuch nahi chheda`),
    nat(`sir please check, RST mode on karne ke baad home users ke phones register hone ke thodi der baad gir jate hain, fir re-register, fir gir jate. loop chal raha hai. sab NAT + TCP`),
    nat(`bhai ek customer ka office NAT ke peeche hai, 20 phones TCP pe. aaj subah se sab unregistered. humne kal hi RST enable kiya tha server pe. wahi wajah hai kya? unka internet theek hai`),
    nat(`भाई कल रात softswitch.conf में SS_TCP_CLOSE_RESET=On करके reparse किया। आज सुबह से NAT वाले TCP phones unregistered दिख रहे हैं, करीब 300। UDP वाले सब ठीक`),
    nat(`salam, RST mode ke baad se hamare softphone users (sab NAT ke peeche, TCP 5060) ka registration har 2 min me expire ho jata hai. log me re-REGISTER aata hi nahi time pe`),
    nat(`بھائی ہمارے ری سیلر کے یوزرز گھروں کے راؤٹرز کے پیچھے ہیں، TCP پر۔ کل جب سے RST mode آن کیا، وہ unregistered ہو رہے ہیں۔ جلدی کچھ کریں، 2 لاکھ کا کسٹمر ہے`),
    nat(`bhai "since you switched the close mode" yehi bola customer ne, uske NAT ke peeche wale phones unregistered hain TCP pe. humne sach me kal RST on kiya tha. kya karein?`),
    nat(`yaar RST on karne ke baad se office NAT ke peeche wale Cisco phones TCP pe register nahi ho pa rahe. restart kiya phones, 1-2 min chale phir unregistered`),
    nat(`سلام سر، RST موڈ فعال کرنے کے بعد سے ہمارے برانچ آفس کے گیٹ وے (NAT کے پیچھے، TCP) کی رجسٹریشن بار بار گر جاتی ہے۔ اس سے پہلے مہینوں سے ٹھیک تھا`),
    nat(`bhai abhi ka status: 1200 users me se 700 registered. gayab wale sab NAT+TCP. ye tab se hai jab SS_TCP_CLOSE_RESET On kiya. pehle 1150+ registered rehte the`),
    nat(`सर RST mode on करने के बाद home router के पीछे वाले softphones unregistered हो रहे हैं, TCP पर हैं। customer पूछ रहा है हमने क्या बदला। क्या RST वापस off करें?`),
    nat(`bhai kal aapke kehne pe RST enable kiya tha port exhaustion ke liye. aaj NAT ke peeche wale TCP gateways aur phones unregistered ho rahe hain. ek problem khatam, doosri shuru lol. jaldi batao`),
    nat(`سر آپ نے کل رات جو سیٹنگ بدلی تھی (RST)، اس کے بعد سے NAT کے پیچھے والے سارے TCP کلائنٹس unregistered ہیں۔ UDP والے ٹھیک ہیں۔ پاسورڈ، IP کچھ نہیں بدلا`),
    nat(`नमस्ते, RST mode enable होने के बाद से हमारे branch office के MikroTik के पीछे वाले IP phones (TCP) हर कुछ मिनट में unregistered हो जाते हैं। पहले कभी ऐसा नहीं हुआ`),
  ],
  firewallRst: [
    fw(`bhai RST mode on karne ke baad se FortiGate ke peeche wale customer ki calls hang ho rahi hain. Forti log me "no session matched" aur TCP flags R drop dikh raha. jaldi dekho`),
    fw(`yaar SS_TCP_CLOSE_RESET On kiya kal, aaj customer ka Cisco ASA log bhej raha hai:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 172.16.2.20/41234 flags RST on interface outside
calls beech me drop ho rahi hain`),
    fw(`sir iptables conntrack INVALID me RST packets drop ho rahe hain jab se RST mode on kiya. calls fail. log: "IN=eth0 ... PROTO=TCP SPT=5060 ... RST" INVALID drop rule hit`),
    fw(`السلام علیکم، RST mode آن کرنے کے بعد pfSense پر RST پیکٹ بلاک ہو رہے ہیں، لاگ میں "out of state" لکھا ہے۔ کالز لٹک جاتی ہیں اور پھر ڈراپ۔ جلدی مدد کریں`),
    fw(`भाई RST mode चालू करने के बाद से FortiGate पर RST packets drop हो रहे हैं, log में "no session matched"। calls hang हो रही हैं। पहले सब ठीक था`),
    fw(`bhai pfSense firewall logs:
Default deny rule IPv4 (1000000103)  x.x.x.x:5060 -> y.y.y.y:39822  TCP:R
bahut saare aise. kal se RST on hai softswitch pe aur tab se calls fail ho rahi hain`),
    fw(`yaar Sophos XG pe "Invalid traffic" drop aa raha RST packets ka, aur usi waqt se calls hang. SS_TCP_CLOSE_RESET kal on kiya tha. Sophos customer ki side pe hai`),
    fw(`NOC: since RST mode was enabled on vos01 (Tue 22:00), carrier ABC behind Cisco ASA reports calls hanging and dropping. ASA logs "Deny TCP (no connection) ... flags RST". rollback karein ya ASA pe kuch karein?`),
    fw(`بھائی MikroTik کے فائر وال میں connection-state=invalid والا drop rule ہے، RST mode کے بعد سے RST پیکٹ اسی میں ڈراپ ہو رہے ہیں۔ کالز فیل ہو رہی ہیں`),
    fw(`bhai calls ek dum hang ho jati hain, na connect na disconnect. customer ka FortiGate hai, usne debug flow bheja: "no session matched" RST packet pe. kal se hi humne close mode RST kiya tha`),
    fw(`salam, iptables -L -v me INVALID drop ka counter tezi se badh raha hai, sab TCP RST packets 5060 wale. RST mode enable karne ke baad se calls drop. conntrack -S me invalid=48k`),
    fw(`yaar hamara datacenter firewall (Cisco ASA) RST drop kar raha hai. RST mode on hone ke baad se TCP calls beech me atak jati hain, 30 sec baad drop. logs me flags RST deny`),
    fw(`सर SS_TCP_CLOSE_RESET On करने के बाद customer के pfSense पर RST packets "out of state" में block हो रहे हैं। calls fail और hang। क्या करें?`),
    fw(`bhai dekho ye FortiGate log:
type="traffic" subtype="forward" action="deny" msg="no session matched" proto=6 service="SIP" tcpflags="RST"
RST on karne ke baad se yehi hai, calls nahi lag rahi us customer ki`),
    fw(`yaar after your change yesterday, customer ke firewall pe RST drop ho rahe, calls hang. wo pooch raha kya badla. humne RST mode on kiya tha na TIME_WAIT ke liye`),
    fw(`سر، RST موڈ کے بعد سے Sophos پر TCP RST پیکٹ ڈراپ ہو رہے ہیں، کالز درمیان میں کٹ جاتی ہیں۔ Sophos لاگ میں invalid packet لکھا ہے`),
    fw(`bhai MikroTik log me "input: in:ether1 ... proto TCP (RST)" drop ho rahe hain invalid rule se, RST mode on hone ke baad se. calls hang aur phir 408 timeout`),
    fw(`sir please help, RST mode ke baad customer ke firewall pe half-open sessions ban rahe hain, RST drop hota hai, next call pe same port pe SYN bhi drop. calls fail ho rahi hain. FortiGate hai`),
    fw(`bhai conntrack ka issue lag raha. dmesg me "nf_conntrack: ... INVALID" aur iptables INVALID DROP, sab RST wale packets. SS_TCP_CLOSE_RESET On kiya tha 2 din pehle. tab se TCP calls drop`),
    fw(`भाई Cisco ASA पर "Deny TCP (no connection) flags RST" बहुत आ रहे हैं। RST mode enable किया था कल। उसी के बाद से calls hang हो रही हैं`),
    fw(`yaar forwarded from customer IT: "Our FortiGate is dropping TCP RST from your softswitch, no session matched, since 14 May." haan 14 May ko hi humne RST mode on kiya tha. calls hang ho rahi hain unki`),
    fw(`bhai pfSense wala customer keh raha calls ringing pe hang ho jati hain, 30-40 sec baad drop. unke logs me TCP:R blocked. RST mode humne on kiya hai kal se`),
    fw(`بھائی ہمارے سرور کے آگے iptables فائر وال ہے، RST mode آن کیا تو RST پیکٹس INVALID میں ڈراپ ہونے لگے۔ TCP کالز فیل ہو رہی ہیں۔ جلدی بتائیں`),
    fw(`salam, RST mode on karne ke baad se sirf un carriers ki calls fail hain jinke aage stateful firewall hai (2 FortiGate, 1 ASA). teeno ke logs me RST drop. baaki carriers theek`),
    fw(`yaar SS_TCP_CLOSE_RESET=On kiya, ab hamara apna edge firewall (pfSense) RST packets ko out of state bol ke drop kar raha. calls hang, channels atke rehte hain`),
    fw(`سر کل رات سے جب RST mode آن ہوا، کسٹمر کا FortiGate لاگ "no session matched" دکھا رہا ہے اور کالز لٹک رہی ہیں۔ ہزاروں ڈراپس ہیں`),
    fw(`सर MikroTik firewall में connection-state=invalid drop rule पर RST packets गिर रहे हैं, RST mode enable करने के बाद से। calls drop हो रही हैं`),
    fw(`bhai kal se calls hang, FortiGate pe "no session matched" drops with RST flag. softswitch.conf me SS_TCP_CLOSE_RESET=On hai (kal hi lagaya). customer 50 hazar minutes roz karta hai, jaldi fix chahiye`),
    fw(`بھائی Cisco ASA کے لاگ میں "flags RST" کے ساتھ deny آ رہا ہے، جب سے RST موڈ لگایا ہے۔ کالز فیل ہو رہی ہیں اور کچھ ہینگ`),
    fw(`नमस्ते सर, RST mode on करने के बाद से Sophos firewall RST packets drop कर रहा है, log में "invalid traffic"। calls fail हो रही हैं, customer गुस्से में है`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning176Set: readonly EvalItem[] = Object.values(tuning176Families).flat();
