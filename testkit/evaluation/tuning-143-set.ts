import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, NOC engineers and VoIP resellers in Pakistan and North India (Karachi, Lahore, Islamabad, Faisalabad,
 * Delhi, Noida, Jaipur, Lucknow) write on WhatsApp, mostly in Roman Urdu and Hinglish and about a third in Urdu
 * (Nastaliq) or Hindi (Devanagari), mixed with English technical words, with pasted command output and log lines.
 *
 * The hundred-and-forty-third tuning split, by family, written as the largest markets write: it returns to
 * the languages most of the customers use, in fresh hands. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the hundred-and-forty-third never-tuned set, before the fifty-fifth round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured
 * as such before and after the fifty-fifth, fifty-sixth and fifty-seventh rounds, then made tuning material for
 * the fifty-eighth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 93.3 %, negatives confident 4.4 %, confident wrong 0 % with the
 * rules of the fifty-fourth round and the changes after it, before the fifty-fifth.
 * After the fifty-fifth round: the same.
 * After the fifty-sixth round: the same.
 * After the fifty-seventh round: the same.
 */
export const tuning143Families = {
  oneListeningPort: [
    no(`AoA bhai, VOS web portal ka tomcat start nahi ho raha. catalina.out me ye aa raha:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
kya karein?`),
    no(`yaar nginx restart kiya to "bind() to 0.0.0.0:80 failed (98: Address already in use)" aa gaya. apache bhi isi server pe chal raha tha shayad, check karta hun`),
    no(`sir mysql kal se nahi uth raha, log me likha hai: Can't start server: Bind on TCP/IP port: Address already in use. Do you already have another mysqld server running on port: 3306 ?`),
    no(`السلام علیکم، developer کے laptop پر node app چلانے سے EADDRINUSE آ رہا ہے port 3000 پر۔ یہ VOS والا issue تو نہیں؟ وہ کہہ رہا ہے پچھلا process بند نہیں ہوا تھا`),
    no(`नमस्ते सर, docker container start करते टाइम error आ रहा है: Bind for 0.0.0.0:5060 failed: port is already allocated. हमने test के लिए एक और SIP server container बनाया था उसी host पे`),
    no(`bhai ek hi server pe kamailio aur vos dono install kar diye, ab mbx3000 start pe "cannot bind 5060 address already in use" aata hai. kamailio band kar dun?`),
    no(`Salam, lagta hai mbx3000 do baar start ho gaya. second wala bol raha bind failed 0.0.0.0:5060 address already in use. ps -ef | grep mbx me 2 process dikh rahe hain`),
    no(`sir portal 8080 pe nahi khul raha, tomcat log:
java.net.BindException: Address already in use (Bind failed)
netstat -tlnp | grep 8080
tcp        0      0 0.0.0.0:8080     0.0.0.0:*     LISTEN      2231/java
purana java process atka hua hai kya?`),
    no(`yaar postgres reboot ke baad bind error de raha, "could not bind IPv4 address "0.0.0.0": Address already in use". purana 9.6 wala cluster bhi auto start pe laga hua tha`),
    no(`redis nahi chal raha bhai: Could not create server TCP listening socket *:6379: bind: Address already in use. isi box pe billing script bhi hai jo redis use karti`),
    no(`भाई हमारे dev server पर spring boot app start नहीं हो रहा, "Web server failed to start. Port 8080 was already in use." आ रहा है। Jenkins भी 8080 पे है शायद`),
    no(`sir humne VOS portal ka port 8080 se 8088 kiya server.xml me, restart ke baad phir bind error. 8088 pe pehle se kuch chal raha hai kya? lsof kaise chalate hain`),
    no(`Lahore office se: asterisk test box pe "Unable to bind to 0.0.0.0:5060: Address already in use" aa raha, pjsip aur chan_sip dono load ho rahe shayad`),
    no(`بھائی ہمارے سرور پر httpd start نہیں ہو رہا:
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
nginx بھی وہیں لگا ہوا ہے، کس کو ہٹاؤں؟`),
    no(`python -m http.server 8000 chalaya to OSError: [Errno 98] Address already in use aaya. kal wala terminal band hi nahi kiya tha lol 😅`),
    no(`ji sir, ssh ka port 22 se 2222 kiya to sshd fail: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." is port pe kya chal raha hoga`),
    no(`boss yum update ke baad tomcat do baar chal raha lagta hai, ek init.d se ek systemd se. dusra 8080 pe bind nahi kar pata. portal kabhi khulta kabhi nahi`),
    no(`सर VOS3000 का web manager नहीं खुल रहा, tomcat restart किया तो "Address already in use: JVM_Bind" 8080 पे। कोई पुराना java process है क्या, kill कर दूं?`),
    no(`bhai freeswitch lagaya tha isi box pe test ke liye, ab vos ka sip 5060 bind nahi hota. "address already in use" sirf start pe ek line aati hai, load ka koi scene nahi, raat 2 baje bhi same`),
    no(`AoA, VOS wala mysql 3306 restart ke baad bind error de raha, mysqld_safe ne pehle se ek mysqld chala rakha tha. ek ko kill karun to theek ho jayega?`),
    no(`yaar xampp start nahi hota, apache bolta port 80 busy hai, skype ya IIS le raha hoga. ye windows laptop hai, vos nahi`),
    no(`سر، VOS کا mbx3000 restart کیا تو log میں آیا: bind 0.0.0.0:5060 failed: Address already in use۔ پرانا process ابھی تک زندہ تھا۔ stop کر کے start کیا تو چل گیا، کیا یہ normal ہے؟`),
    no(`sir node_exporter 9100 pe nahi chal raha: "listen tcp :9100: bind: address already in use". vos server pe monitoring lagani thi grafana ke liye`),
    no(`Noida lab से: हमारा दूसरा SBC instance 5061 TLS पे bind नहीं हो रहा, "cannot bind 0.0.0.0:5061: address already in use". पहला instance उसी port पे पहले से है।`),
    no(`bhai webmin 10000 pe nahi chal raha, "Failed to bind to port 10000 : Address already in use". kal reinstall kiya tha, purana miniserv.pl shayad chal raha`),
    no(`Salam sir, portal start karte waqt ye kya hai: "Port 8005 required by Tomcat server is already in use. The server may already be running in another process". maine to ek hi baar start kiya tha`),
    no(`grafana 3000 port already in use bol raha, ek docker wala grafana bhi pada hai. konsa rakhun bhai, dono me dashboards hain`),
  ],
  otherRegistrationCause: [
    no(`bhai kal se 20 phones unregistered hain. account pe password change kiya tha aur phones me purana hi pada hai. log me 401 Unauthorized baar baar`),
    no(`AoA sir, client ka IP change ho gaya, ISP ne naya de diya. ab gateway register nahi ho raha kyunke VOS me IP auth purane IP pe hai`),
    no(`السلام علیکم، ہمارے آفس کے سارے IP phones unregistered دکھا رہے ہیں۔ صبح سے بجلی نہیں ہے اور UPS بھی ختم ہو گیا۔ بجلی آئے گی تو خود register ہو جائیں گے؟`),
    no(`sir office me mikrotik badla, naye router pe SIP ALG on tha, phones register hote phir 403 aata. hum UDP 5060 use karte hain sirf`),
    no(`सर हमारे reseller account का balance खत्म हो गया था, इसलिए phones unregistered हुए क्या? recharge कर दिया है अभी 5 बजे`),
    no(`bhai portal pe "license expired" dikha raha aur koi bhi register nahi ho raha, sab mapping gateways offline. licence renew kaise hota?`),
    no(`yaar Zoiper register nahi ho raha, "wrong password" bolta hai. maine capital P chhota daala tha shayad, check karta hun`),
    no(`Jaipur client ke phones mikrotik NAT ke peeche hain, kal poora din ISP down tha. ab net aa gaya magar phones abhi bhi unregistered. sab reboot karwa dun?`),
    no(`sir humne domain badla sip.oldname.com se naye pe, DNS abhi propagate nahi hua, phones purane naam pe register try kar rahe hain`),
    no(`بھائی gateway register نہیں ہو رہا، اس پر صرف G729 لگا ہے اور ہمارے account پر صرف G711 allowed ہے۔ کیا codec سے registration fail ہوتی ہے یا صرف call؟`),
    no(`AoA, portal me account expiry kal ki date thi, isi wajah se 12 extensions unregistered hain? renewal kar diya hai ji`),
    no(`bhai naya TP-Link router lagaya aur phone unregistered ho gaya. kisi ne kaha SIP ALG band karo, TP-Link me wo kahan hota hai? sab UDP pe hai`),
    no(`सर Lucknow branch के phones unregistered हैं, वहाँ internet का bill pay नहीं हुआ तो connection कट गया। कल तक चालू हो जाएगा`),
    no(`sir register request hi nahi aa rahi server pe, tcpdump port 5060 pe client ki taraf se kuch nahi dikha. Faisalabad me unka fiber cut hai shayad`),
    no(`bhai register pe 403 Forbidden aa raha, naya office IP whitelist me dalna bhool gaye. portal me kahan se add karun?`),
    no(`yaar power surge ke baad grandstream gateway factory reset ho gaya, saari config ud gayi, isliye unregistered. dobara provision karna padega`),
    no(`سر data center migration کے بعد ہمارے server کا IP بدل گیا ہے، phones ابھی تک پرانے IP پر register کرنے کی کوشش کر رہے ہیں۔ سب phones میں نیا IP ڈالنا پڑے گا؟`),
    no(`hello sir, extension 1045 unregistered tha, user ne phone ki LAN cable nikal ke laptop me laga di thi 😂 wapas laga di`),
    no(`AoA, mikrotik pe naya masquerade rule dala tha, out-interface galat select ho gaya, phones ka traffic bahar hi nahi ja raha, registration timeout. hum UDP pe hain`),
    no(`bhai phones unregistered, "registration failed 404 Not Found" — provisioning me account number galat type hua, 2001 ki jagah 2010`),
    no(`सर हमारे SIP trunk provider की तरफ से registration reject हो रहा है, उन्होंने बोला account suspend है payment pending की वजह से। VOS side पे कुछ करना है?`),
    no(`sir ek client ke softphones NAT ke peeche har 30-40 min me unregister ho jate. expires 3600 hai aur router ka UDP timeout 30 sec. keepalive kaise lagayein? TCP hum use hi nahi karte`),
    no(`Salam, gateway ki date 1970 pe reset ho gayi battery khatam hone se, TLS cert verify fail aur register nahi hota. NTP set karna hai bas`),
    no(`بھائی جی، client نے ISP بدل لیا PTCL سے Nayatel پر، نیا router آیا ہے، تب سے phones unregistered ہیں۔ ہمارے یہاں سب UDP پر ہے اور RST والی کوئی setting نہیں چھیڑی`),
    no(`sir portal me account "locked" dikha raha, galat password 5 baar try hua to auto lock ho gaya. unlock kaise karte hain?`),
    no(`yaar Yeastar pe trunk unregistered, username me copy paste se aakhir me space aa gaya tha. nikal diya, dekhte hain ab`),
    no(`Delhi office के 8 phones में से 3 unregistered हैं, वो तीनों PoE switch के उस port पे थे जो जल गया। switch बदलना पड़ेगा`),
  ],
  smallFigures: [
    no(`bhai ye normal hai?
netstat -an | grep TIME_WAIT | wc -l
312
raat 11 baje, 40-50 calls chal rahi bas`),
    no(`sir TIME_WAIT kya hota hai exactly? ss -s me 180 timewait dikh raha, koi masla to nahi na`),
    no(`سر SS_TCP_CLOSE_RESET کیا کرتا ہے؟ ہمارے softswitch.conf میں Off لکھا ہے۔ کوئی issue نہیں، بس سمجھنا تھا`),
    no(`AoA, general sawal: RST on karna chahiye ya nahi? abhi koi problem nahi hai, bas 200 CPS ke liye best practice puchni thi`),
    no(`ss -s
Total: 412 (kernel 530)
TCP:   268 (estab 121, closed 130, orphaned 0, synrecv 0, timewait 128/0), ports 0
bhai ye theek hai na? monthly health check kar raha hun`),
    no(`सर 500 TIME_WAIT ज्यादा है क्या? server तो ठीक चल रहा है, calls भी पूरी जा रही हैं, बस boss ने पूछा है`),
    no(`yaar ip_local_port_range kya hona chahiye? abhi default 32768 60999 hai. koi error nahi aata, bas optimize karna hai`),
    no(`tcp_tw_reuse ka kya faida hai? humare server pe 0 hai. load light hai, 20 CPS max`),
    no(`sir kal peak pe check kiya to 650 time_wait the, calls sab theek thi. isko kam karna zaroori hai kya?`),
    no(`بھائی TIME_WAIT اور CLOSE_WAIT میں کیا فرق ہے؟ ہمارے پاس 90 TIME_WAIT اور 2 CLOSE_WAIT ہیں`),
    no(`sysctl net.ipv4.tcp_fin_timeout
net.ipv4.tcp_fin_timeout = 60
ye kam kar dena chahiye kya? server bilkul normal hai`),
    no(`नया VOS server लगाया है Noida में, अभी सिर्फ 2 clients हैं। ss -s में timewait 45 दिख रहा। सब ठीक है ना?`),
    no(`sir SIP TCP close karte waqt FIN aur RST me kya difference hai? training ke liye notes bana raha hun`),
    no(`bhai SS_TCP_CLOSE_RESET ka default kya hota hai? naya server setup kar rahe, abhi kuch change nahi kiya`),
    no(`Salam, weekly report: total sockets 1.2k, time_wait 240, established 300, CPU 15%. sab green hai?`),
    no(`سر کیا RST mode صرف TCP پر اثر کرتا ہے یا UDP پر بھی؟ ہمارے کچھ clients TCP پر ہیں کچھ UDP پر، ابھی کوئی شکایت نہیں`),
    no(`bhai 5 hazar calls/day wale server pe kitne TIME_WAIT normal hote? humare 150-200 ke beech rehte`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     85 ESTABLISHED
      6 LISTEN
    210 TIME_WAIT
sir ye client ko report bhejni hai, koi red flag?`),
    no(`सर क्या हमें पहले से ही RST on कर देना चाहिए? अभी traffic कम है, अगले महीने 3x होने वाला है। अभी कोई fault नहीं है`),
    no(`yaar linux pe TIME_WAIT 60 sec ka hota hai na? 2MSL wala concept samjha do please`),
    no(`sir port range 1024-65535 karne ka koi nuksan hai? humare 300-400 time_wait hi rehte, bas puch raha`),
    no(`AoA, conntrack count dekha: net.netfilter.nf_conntrack_count = 1840, max 65536. ye theek hai na? koi issue report nahi hua`),
    no(`بھائی ss -s میں timewait 77 ہے، دوپہر 3 بجے۔ ٹھیک لگ رہا ہے؟ نیا بندہ ہوں، سیکھ رہا ہوں`),
    no(`sir softswitch.conf me SS_TCP_CLOSE_RESET="Off" likha hai, iska matlab graceful close hai? manual me samajh nahi aaya`),
    no(`Jaipur वाले server पे रात 9 बजे 380 TIME_WAIT थे और सुबह 30। ये pattern normal है?`),
    no(`bhai interview me pucha tha TIME_WAIT kyun banta hai aur kis side pe banta hai. VOS ke context me samjha sakte ho?`),
    no(`sir just curious, RST on karne se NAT wale phones pe kya side effect hota hai? humare paas koi NAT client nahi, aur kuch change karne ka plan bhi nahi`),
  ],
  firewallNoRst: [
    no(`bhai FortiGate pe naye VOS server ke liye 5060 TCP aur UDP open karna hai, policy kaise banegi? VIP bhi chahiye?`),
    no(`sir naye client ka IP whitelist kar do please, Karachi wala 103.xx.45.12. iptables me add karna hai`),
    no(`السلام علیکم، fail2ban نے ہمارے اپنے client کا IP ban کر دیا ہے، اس کی calls نہیں جا رہیں۔ unban کیسے کریں؟ fail2ban-client status میں دکھ رہا ہے`),
    no(`AoA, pfSense pe RTP range 10000-20000 UDP allow karni hai, abhi one way audio aa raha kyunke ye ports band hain`),
    no(`सर China और Russia से SIP scanning बहुत आ रही है, geo-block कैसे करें, iptables से या FortiGate पे?`),
    no(`bhai ASA pe sip inspect disable karna hai, kisi ne kaha isse masle hote. command kya hai?`),
    no(`sir iptables rule chahiye jo 5060 pe ek IP se 20 packets/sec se zyada drop kare, friendly-scanner bahut aa raha raat ko`),
    no(`yaar Sophos XG pe naya rule banaya LAN to WAN SIP ka, ab portal 8080 bhi bahar se khulna chahiye lekin sirf office IP se. help`),
    no(`بھائی MikroTik پر SIP ALG کیسے بند کرتے ہیں؟ /ip firewall service-port میں sip disable کرنا ہے نا؟`),
    no(`fail2ban jail banana hai vos ke liye. failed registration ka log kahan hota hai? filter ka regex chahiye`),
    no(`सर Palo Alto पे नए carrier का IP range allow करना है, 5060-5080 UDP/TCP। application sip रखें या port based?`),
    no(`bhai iptables -L dekha, INPUT policy DROP hai aur 5060 ka rule hi nahi. naye server pe koi call aati hi nahi. rule dal do plz`),
    no(`sir humara firewall admin puch raha VOS3000 ke liye kaun kaun se ports kholne hain? list de do please`),
    no(`AoA, iptables save karna bhool gaye the, reboot ke baad saare rules gayab. ab poora server khula hai, wapas kaise laun?`),
    no(`سر FortiGate پر SIP session helper delete کرنا ہے، لوگ کہتے ہیں اس سے مسئلہ ہوتا ہے۔ صحیح ہے؟ ابھی کوئی issue نہیں`),
    no(`bhai DDoS me conntrack table full ho gaya tha, "nf_conntrack: table full, dropping packet" aaya. max badha diya, ab 5060 pe rate limit bhi lagani hai`),
    no(`सर pfSense पे 5060 के लिए नया port forward बनाना है, और outbound NAT में static port रखना है क्या?`),
    no(`sir security audit ke liye portal ko internet se band karna hai, sirf VPN se access ho. 8080 pe rule kaise lagayein`),
    no(`yaar client ka FortiGate uska SIP block kar raha tha, unhone policy me service SIP daali hi nahi thi. unke IT ko kya likh ke bhejun?`),
    no(`bhai ipset bana ke 3000 bad IPs block karne hain jo sip pe brute force kar rahe. kisi ke paas script hai?`),
    no(`جی سر، data center والوں نے نیا Cisco ASA لگایا ہے، انہیں ہماری طرف سے rules کی list چاہیے: SIP TCP 5060، RTP، portal۔ بنا کے بھیج دیں؟`),
    no(`sir iptables me ye sahi hai?
-A INPUT -p udp --dport 5060 -s 45.xx.0.0/16 -j ACCEPT
-A INPUT -p udp --dport 5060 -j DROP
naye carrier ke liye`),
    no(`भाई UFW enable किया तो SSH ही बंद हो गया 😭 console से अंदर आया हूँ, अब 22 और 5060 allow करना है`),
    no(`sir fraud ki wajah se Pakistan ke bahar se registration block karni hai, sirf PK aur UAE IPs allow. kaise hoga?`),
    no(`bhai fail2ban ne raat bhar me 400 IPs ban kiye, sab 5060 pe REGISTER flood. theek hai ya kuch aur bhi karna chahiye?`),
    no(`AoA, firewall change request: naya carrier Dubai, 185.xx.12.0/24, SIP UDP 5060 + RTP 10000-30000 dono taraf allow. kal subah tak chahiye ji`),
    no(`بھائی iptables میں REGISTER flood کے لیے hashlimit لگانا ہے، کوئی example rule ہے؟ رات کو CPU 90% جا رہا ہے`),
  ],
  negationContext: [
    no(`bhai hum sab clients pe sirf UDP use karte hain, TCP kahin nahi. to ye RST wali setting hamare liye relevant hai bhi?`),
    no(`sir RST off hai aur kabhi on nahi kiya, phir bhi 3 phones unregistered. NAT ke peeche hain magar pehle bhi the. hamari taraf se koi change nahi hua`),
    no(`"address already in use" wala masla pichle mahine tha, tcp_tw_reuse aur RST on karke theek ho gaya. ab sab smooth hai, bas shukriya kehna tha 🙏`),
    no(`سر پچھلے ہفتے RST on کرنے کے بعد جو phones unregistered ہوئے تھے، Off کرتے ہی واپس آ گئے تھے۔ اب سب ٹھیک ہے، بس record کے لیے بتا رہا ہوں`),
    no(`grep karte hue ye purani line mili: "2023-11-04 21:14:02 bind failed: Address already in use". ab aisa kuch nahi aata, bas curious hun tab kya hua hoga`),
    no(`सर मेरे एक दोस्त की company में peak पे TIME_WAIT 30 हज़ार हो जाते हैं, हमारे यहाँ ऐसा कुछ नहीं। बस उसके लिए पूछ रहा हूँ कि क्या करे`),
    no(`bhai FortiGate RST drop wala issue pichle saal ka tha, policy me fix kar diya tha tab. ab sawal sirf ye hai ke naya firmware upgrade safe hai?`),
    no(`sir kisi ne kuch change nahi kiya, RST bhi softswitch.conf me off hi hai. calls sirf ek carrier pe 30 sec baad kat rahi, unka session timer lagta hai`),
    no(`AoA, fix kaam kar gaya! RST on ke baad time_wait 28k se 900 pe aa gaya, aaj peak pe ek bhi bind error nahi aaya. thanks bhai`),
    no(`بھائی ہمارے phones unregistered تھے لیکن وجہ password change تھی، RST کا کوئی لینا دینا نہیں۔ نئے password ڈالے تو سب register ہو گئے`),
    no(`yaar training doc likh raha hun: "Case study: 2022 me Lahore server pe peak pe EADDRINUSE aata tha, 40k TIME_WAIT, RST on karke solve hua". explanation sahi hai?`),
    no(`सर RST mode हमने कभी enable नहीं किया, फिर भी FortiGate log में 5060 पे कुछ TCP RST दिख रहे हैं। ये clients की तरफ से होंगे? calls सब ठीक हैं`),
    no(`sir ab hamara masla nahi raha, wo one way audio RTP ports ki wajah se tha, RST ya firewall wala scene nahi tha. ticket close kar dein`),
    no(`bhai NAT phones unregistered wala issue hamare yahan nahi hai, saare phones public IP pe hain. bas doc me padha to pucha`),
    no(`سر ہم نے RST on کرنے کا سوچا تھا مگر کیا نہیں، کیونکہ آدھے clients MikroTik کے پیچھے ہیں۔ time_wait بھی کم ہے، تو ایسے ہی رہنے دیں؟`),
    no(`kal raat 10 baje calls fail hui thi magar wo ISP ka fiber cut tha, firewall ya RST ka koi issue nahi. ab sab theek hai`),
    no(`sir log me "Address already in use" sirf ek baar aaya restart ke time, peak pe nahi, load pe bhi nahi. time_wait 200 hai. ignore kar dun?`),
    no(`भाई पिछले महीने का incident बता रहा हूँ: RST on किया था, ASA ने RST drop किए और calls hang हुईं, हमने Off कर दिया। अब सब normal है, बस RCA लिखनी है`),
    no(`bhai port exhaustion nahi hai, check kar liya: ss -s timewait 340. calls slow connect ho rahi hain wo route ka issue lagta`),
    no(`sir abhi koi problem nahi. bas confirm karna tha ke pichle hafte jo RST off kiya tha wo off hi hai na? grep se SS_TCP_CLOSE_RESET="Off" aa raha`),
    no(`یہ 2021 کا پرانا screenshot ہے جب ہمارے پاس bind error آتا تھا۔ اب نیا server ہے اور ایسا کچھ نہیں ہوتا، بس فائلوں کی صفائی کر رہا تھا`),
    no(`AoA, Islamabad me jo phones unregistered the wo UDP pe hain, TCP pe koi nahi. RST ka isse lena dena nahi na? ISP ka masla lag raha`),
    no(`yaar pfSense INVALID state drop wala jo issue tha wo last week RST off karne se solve ho gaya tha. ab stable hai, shukriya sir`),
    no(`सर हमारे server के आगे कोई firewall ही नहीं है, direct public IP है। तो RST drop वाला issue हमें हो ही नहीं सकता ना? बस confirm करना था`),
    no(`bhai nahi nahi, time_wait ka koi issue nahi. pichli baar galti se load balancer pe command chala di thi. vos pe sirf 150 hain`),
    no(`sir ye ticket dobara mat kholna, wo cannot bind error hamare developer ki galti thi, uska script do baar chal raha tha. fix ho gaya`),
    no(`بھائی جی RST تو ہم نے کبھی on ہی نہیں کیا، پھر بھی آپ کی team نے note میں لکھا کہ NAT phones کا مسئلہ RST کی وجہ سے ہے؟ ہمارے phones تو بجلی جانے سے unregistered ہوئے تھے`),
  ],
  portExhaustion: [
    pe(`bhai peak pe calls fail ho rahi, mbx3000 log me "cannot bind: Address already in use" baar baar. raat 9 se 11 tak yahi hota hai`),
    pe(`AoA sir, urgent.
ss -s
Total: 31245 (kernel 31890)
TCP:   29876 (estab 812, closed 28901, orphaned 3, synrecv 0, timewait 28874/0), ports 0
outgoing carriers pe calls nahi ja rahi, TCP wale`),
    pe(`سر شام 8 بجے کے بعد نئی TCP connections نہیں بن رہیں، log میں EADDRINUSE آ رہا ہے۔ TIME_WAIT 30 ہزار سے اوپر ہے، اس وقت CPS 250 ہے`),
    pe(`सर peak hours में outgoing SIP TCP connection नहीं बन रहा, "address already in use" error आ रहा है। netstat में हजारों TIME_WAIT दिख रहे हैं। क्या करें?`),
    pe(`netstat -an | grep TIME_WAIT | wc -l
27419
bhai ye kal raat 10:40 ka hai, us waqt saare carriers pe calls fail thi`),
    pe(`yaar humara CPS shaam ko 300 tak jata hai aur tab VOS carrier ki taraf naye TCP connection nahi bana pata. subah sab theek. ports khatam ho rahe lagte hain`),
    pe(`sir load badhne pe softswitch side se BindException aa rahi, "java.net.BindException: Address already in use: connect". off peak nahi aati`),
    pe(`bhai Lahore server pe roz raat 9 baje wahi kahani, timewait 25k+ aur log me bind failed. port range 1024 65535 karna padega kya?`),
    pe(`नमस्ते, हमारे Delhi वाले VOS पर high CPS पे calls सीधा fail होती हैं। softswitch log: "connect: cannot bind local address, Address already in use". ss में timewait 31k`),
    pe(`AoA, ye dekho
sysctl net.ipv4.ip_local_port_range net.ipv4.tcp_tw_reuse
net.ipv4.ip_local_port_range = 32768	60999
net.ipv4.tcp_tw_reuse = 0
aur peak pe 28k time_wait. calls "address already in use" ke saath fail`),
    pe(`bhai 2 din se peak pe ASR 20% tak gir jata, logs me EADDRINUSE. off peak sab normal`),
    pe(`بھائی رات کو TIME_WAIT اتنے زیادہ ہو جاتے ہیں کہ نئی calls کے لیے port ہی نہیں بچتا۔ آج 11 بجے 29,500 تھے۔ کیا RST on کرنا پڑے گا؟`),
    pe(`sir Karachi box pe naya wholesale client aaya hai 400 CPS ka, tab se peak pe "cannot bind" errors aur no new tcp connections. 100 CPS pe sab theek tha`),
    pe(`ss -tan state time-wait | wc -l
33102
bhai yehi problem hai na? abhi 8:15 pm calls nahi lag rahi`),
    pe(`सर urgent 🙏 Noida server पे शाम से सारे TCP trunks पे calls fail, log में bind error, TIME_WAIT 40 हज़ार के पार। restart से 10 min ठीक रहता है फिर वही`),
    pe(`sir jab traffic peak pe hota hai to VOS ko outgoing ke liye local port nahi milta, EADDRINUSE. tcp_tw_reuse on karna safe hai?`),
    pe(`yaar raat 10 baje peak me netstat dekha, 18k TIME_WAIT sirf carrier IPs ki taraf TCP 5060 pe. log: bind() failed (98: Address already in use). kya karun`),
    pe(`سر ہماری complaint: peak time پر outbound TCP connections fail، softswitch log میں "Address already in use"۔ ss -s میں timewait 26k۔ لگتا ہے ports ختم ہو رہے ہیں`),
    pe(`bhai Eid ki chand raat traffic 3 guna tha aur tab se peak pe calls fail, log me cannot bind / address already in use, time weight 35 hazar. aaj bhi same`),
    pe(`भाई cps बढ़ने पे ports exhaust हो रहे लगते हैं। ss -s: timewait 29871/0। calls 503 के साथ fail और log में EADDRINUSE`),
    pe(`sir log paste kar raha hun:
2024-05-12 21:03:44 [ERR] sip tcp connect to 41.xx.xx.10:5060 failed: bind: Address already in use
2024-05-12 21:03:44 [ERR] sip tcp connect to 41.xx.xx.10:5060 failed: bind: Address already in use
2024-05-12 21:03:45 [ERR] sip tcp connect to 196.xx.xx.7:5060 failed: bind: Address already in use
har second aisi hazaron lines, sirf peak pe`),
    pe(`Salam bhai, port range chhoti hai shayad, 28k ports hi hain aur peak pe 27k time wait me pade hote. naye calls ke liye jagah nahi bachti. fix batao`),
    pe(`AoA, Faisalabad wala server: dopahar theek, shaam 7 ke baad no new TCP connections, saare carriers pe 408. netstat me TIME_WAIT 22,000+`),
    pe(`سر ہم 350 CPS پر ہیں اور ایک گھنٹے بعد ہی BindException آنا شروع ہو جاتی ہے۔ tcp_tw_reuse 0 ہے، port range default۔ کیا بدلیں؟`),
    pe(`bhai jaldi batao live issue hai, 9:30 pm, TCP carriers pe calls nahi ja rahi, log bhara hua "cannot bind socket address all ready in use", time_wait 31k`),
    pe(`सर हमने traffic एक नए carrier पे shift किया जो सिर्फ TCP लेता है, तब से peak पे TIME_WAIT 25-30 हज़ार और नए connections नहीं बन रहे। log में address already in use`),
    pe(`sir short me: high CPS + TCP + thousands of TIME_WAIT + EADDRINUSE at peak. RST on karein ya kuch aur?`),
    pe(`bhai ye conntrack nahi, sockets ka masla lagta:
ss -s
TCP:   41210 (estab 1502, closed 39500, orphaned 0, synrecv 0, timewait 39488/0), ports 0
peak pe calls fail, off peak 800 timewait hi hote`),
    pe(`ابھی رات 10 بجے چیک کیا: TIME_WAIT 24 ہزار، log میں cannot bind۔ آدھی calls fail۔ صبح یہی server بالکل ٹھیک تھا`),
    pe(`yaar RST humne abhi tak kabhi on nahi kiya. ab peak pe bind errors aa rahe aur time_wait 30k. lagta hai ab karna padega`),
  ],
  natUnregistered: [
    nat(`bhai kal TIME_WAIT ke liye RST on kiya tha, aaj subah se MikroTik ke peeche wale saare phones unregistered. sab TCP pe hain`),
    nat(`AoA sir, SS_TCP_CLOSE_RESET=On karne ke baad office routers ke peeche wale softphones baar baar registration lose kar rahe. public IP wale theek hain`),
    nat(`سر جب سے آپ کی team نے RST mode on کیا ہے، ہمارے NAT کے پیچھے والے IP phones unregistered دکھا رہے ہیں۔ SIP over TCP ہے، پہلے بالکل ٹھیک تھے`),
    nat(`सर RST enable करने के बाद से home router के पीछे वाले agents के softphone हर कुछ मिनट में unregistered हो जाते हैं। transport TCP है`),
    nat(`yaar ye kya hua, kal shaam 6 baje softswitch.conf me SS_TCP_CLOSE_RESET="On" kiya aur raat se Lahore office ke 35 phones offline. wo sab mikrotik NAT ke peeche hain`),
    nat(`sir gateways register hote hain phir 1-2 min me unregistered, ye RST on karne ke baad shuru hua. gateways client ke router ke peeche hain, TCP 5060`),
    nat(`bhai sirf wahi phones girte hain jo NAT ke peeche hain, jab se RST wala change hua. public IP wale gateways ko kuch nahi hua`),
    nat(`नमस्ते सर, Jaipur call center में 60 seats हैं, सब NAT के पीछे, Zoiper TCP पे। Monday को आपने port issue के लिए RST on किया था, तब से आधे agents unregistered दिखते हैं`),
    nat(`AoA, portal pe online users aaj 400 se 150 reh gaye, RST on karne ke baad. jo gire wo sab NAT wale clients hain. wapas off karein?`),
    nat(`بھائی MikroTik کے پیچھے والے Grandstream phones کل سے register نہیں رہ رہے۔ ہم نے پرسوں SS_TCP_CLOSE_RESET on کیا تھا۔ UDP والے ٹھیک ہیں، صرف TCP والے گر رہے ہیں`),
    nat(`sir RST On ke saath reparse kiya, uske baad se NATed softphones unregistered. log me dikhta register aata hai, phir connection reset, aur phone pe "registration failed"`),
    nat(`bhai NAT wale phones RST on ke baad registration lose kar dete hain. iska fix sirf RST off hai ya keepalive se bhi chal jayega?`),
    nat(`सर TIME_WAIT वाला issue तो RST on करके ठीक हो गया, लेकिन अब office routers के पीछे वाले phones unregistered हैं। वो सब TCP पे हैं। ये side effect है क्या?`),
    nat(`yaar Noida client bol raha uske saare IP phones kal 4pm se "No Service" dikha rahe. unke peeche TP-Link NAT hai, aur kal 3:45 pe humne RST mode enable kiya tha`),
    nat(`sir ek cheez notice ki, RST on ke baad home router ke peeche wale phones har 5 min me register/unregister ho rahe. portal me registration list upar neeche ho rahi`),
    nat(`سر ہمارے resellers شکایت کر رہے ہیں کہ ان کے softphones unregistered ہو جاتے ہیں۔ سب گھروں سے کام کرتے ہیں، NAT کے پیچھے۔ یہ بدھ سے شروع ہوا جب ہم نے RST on کیا`),
    nat(`bhai simple sawal, RST On kiya aur ab NAT ke peeche wale phones unregistered hain, TCP transport. off kar dun?`),
    nat(`AoA Islamabad se. 2 din pehle SS_TCP_CLOSE_RESET On kiya tha, tab se:
- public IP gateways: ok
- MikroTik NAT ke peeche phones: unregistered
- UDP softphones: ok
kya connection hai?`),
    nat(`भाई RST on करने के बाद NAT वाले gateways की registration बार बार drop हो रही है, TCP 5060। MikroTik के connection tracking में उनकी entry गायब हो जाती है`),
    nat(`sir yesterday RST enable kiya, aaj subah office phones unregistered, sab office router ke peeche. public IP wala ek test phone theek hai. sab TCP pe`),
    nat(`bhai last week port exhaustion ke liye jo RST on karwaya tha, uske baad se hamare SOHO clients ke phones unregistered. ab dono cheezein kaise sambhalein`),
    nat(`سر ہمارے agents کے softphones TCP پر ہیں اور گھر کے router کے پیچھے۔ RST mode on ہونے کے بعد سب unregistered ہیں، calls بھی نہیں آ رہیں`),
    nat(`yaar 3CX softphones NAT ke peeche TCP pe hain, RST on kya to har kuch minute me registration lost. 9 baje se 40 tickets aa gaye`),
    nat(`sir kal wala change (RST=On) shayad revert karna pade, Faisalabad branch me NAT ke peeche ke saare IP phones unregistered ho gaye`),
    nat(`सर softswitch.conf में SS_TCP_CLOSE_RESET="On" करके reparse किया, उसके 10 मिनट बाद से NAT के पीछे वाले सारे phones unregistered। वो TCP पे register करते हैं`),
    nat(`bhai ye log dekho:
10:02:11 REGISTER from 39.xx.xx.20:51234 (tcp) 200 OK
10:02:41 tcp connection 39.xx.xx.20:51234 reset
10:03:12 user 3021 unregistered
saare NAT wale isi tarah, RST on ke baad se`),
    nat(`AoA sir, client ke mikrotik ke peeche 12 phones hain, RST mode enable hone ke baad se "unregistered". mikrotik reboot kiya, phones bhi, kuch farq nahi`),
    nat(`بھائی RST آن کرنے کے بعد NAT والے phones کی registration گر جاتی ہے، صرف TCP والوں کی۔ کیا NAT والوں کو UDP پر shift کر دیں؟`),
    nat(`sir aapke kehne pe RST on kiya tha aur ab NATed endpoints sab unregistered hain, home routers bhi aur office routers bhi. abhi 11 baje bhi same haal`),
    nat(`bhai phones unregistered hain TCP pe, sab NAT ke peeche. password theek hai, net chal raha hai. bas ek hi change hua tha: RST On`),
  ],
  firewallRst: [
    fw(`bhai RST on karne ke baad calls fail ho rahi, carrier FortiGate ke peeche hai. forti log me RST drop dikh raha`),
    fw(`AoA sir, SS_TCP_CLOSE_RESET On kiya aur ab calls hang ho jati, BYE ke baad bhi line khuli rehti. beech me pfSense hai, log me TCP:R blocked`),
    fw(`سر RST mode on کرنے کے بعد سے calls fail ہو رہی ہیں۔ ہمارے آگے Cisco ASA ہے، اس کے log میں TCP RST packets deny ہو رہے ہیں`),
    fw(`सर RST enable करने के बाद calls बीच में drop हो रही हैं। iptables में conntrack INVALID वाले packets drop हो रहे हैं, उनमें RST भी हैं`),
    fw(`iptables -L -v -n | grep INVALID
 4821  289K DROP       all  --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID
bhai ye counter RST on karne ke baad tezi se badh raha, aur calls fail`),
    fw(`sir after we enabled RST mode, Palo Alto TCP RST drop kar raha, session properly end nahi hota aur calls one way ho gayi`),
    fw(`yaar kal RST wala change kiya aur aaj carrier ki taraf 50% calls fail. unke side Sophos firewall hai, unhone bola RST packets invalid bol ke drop ho rahe`),
    fw(`भाई RST mode on के बाद FortiGate log में ये दिख रहा: action="deny" proto=6 service="SIP" msg="tcp rst dropped, no session"। calls hang हो रही हैं`),
    fw(`AoA, RST On ke baad ASA pe "Deny TCP (no connection) from 41.xx.xx.3/5060 to 10.1.1.5/40122 flags RST" hazaron baar aa raha, aur calls setup nahi ho rahi`),
    fw(`bhai 10-15 sec baad calls one-way ho jati hain, ye tab se jab SS_TCP_CLOSE_RESET on kiya. beech me stateful pfSense hai. koi relation hai?`),
    fw(`سر ہمارے data center کا firewall stateful ہے۔ RST on کرنے کے بعد وہ RST packets drop کر رہا ہے اور calls fail ہو رہی ہیں۔ RST off کریں یا firewall میں allow کروائیں؟`),
    fw(`sir conntrack -S dekha, invalid=3400+ aur badhta ja raha. parso RST on kiya tha, tab se calls drop. iptables me -m state --state INVALID -j DROP laga hai`),
    fw(`सर Lucknow वाले client के पास FortiGate है। कल हमने RST on किया, आज से उनकी तरफ calls fail. उनके IT ने log भेजा है, FortiGate RST packets drop कर रहा है`),
    fw(`bhai pfSense log:
Jun 3 21:14:08 pf filterlog: 5,,,1000000103,igb0,match,block,in,4,0x0,,64,0,0,DF,6,tcp,40,41.xx.xx.8,10.0.0.5,5060,41022,0,R,
aisi hazaron lines. RST on ke baad se calls latak jati hain`),
    fw(`sir short question: RST on kiya, calls fail, firewall RST drop kar raha. off kar dein ya firewall me rule?`),
    fw(`بھائی کل رات 12 بجے RST enable کیا، صبح سے calls hang ہو رہی ہیں۔ Sophos کے logs میں 5060 پر invalid TCP packets drop دکھ رہے ہیں`),
    fw(`AoA, carrier ne complaint ki ke unke Palo Alto pe humari taraf se aane wale RST drop ho rahe aur calls stuck. ye RST mode on karne ke baad hua`),
    fw(`bhai calls connect hoti phir 30 sec me drop, RST On ke baad se. humare server pe bhi iptables conntrack INVALID drop wala rule hai`),
    fw(`नमस्ते सर, SS_TCP_CLOSE_RESET=On करने के बाद कुछ carriers पे calls fail हैं, सब के आगे stateful firewall है। tcpdump में RST जाता दिख रहा पर firewall के बाद गायब`),
    fw(`sir FortiGate ka session-ttl issue nahi hai, check kar liya. asli baat ye ke RST on karne ke baad forti RST ko out-of-state maan ke drop kar raha, calls hang`),
    fw(`yaar aaj subah 10 baje se calls one-way aur fail. kal RST on kiya tha. humare aage ASA 5516 hai, log me "TCP RST dropped"`),
    fw(`سر tcpdump لیا ہے: ہمارے server سے RST جاتا ہے لیکن دوسری طرف pfSense اسے drop کر دیتا ہے، آگے نہیں پہنچتا۔ RST on کے بعد سے calls fail`),
    fw(`bhai conntrack wala chakkar lag raha. RST on kiya to linux firewall (iptables stateful) packets ko INVALID mark karke drop kar raha, calls beech me kat rahi`),
    fw(`सर RST mode on करने के बाद firewall से RST drop हो रहे हैं। TCP trunks पे calls setup नहीं हो रहीं। बीच में Palo Alto है`),
    fw(`AoA sir, RST enable kiya aur ab Karachi DC ke firewall ke peeche se calls drop. log me "tcp rst" blocked. UDP wala carrier theek hai`),
    fw(`sir 2 din se calls hang, RST on karne ke baad. iptables log:
IN=eth0 OUT= SRC=10.0.0.5 DST=41.xx.xx.8 PROTO=TCP SPT=5060 DPT=41022 RST URGP=0 INVALID DROP`),
    fw(`بھائی calls fail ہو رہی ہیں، SonicWall کے log میں RST drop ہے۔ یہ تب سے ہے جب SS_TCP_CLOSE_RESET on کیا گیا`),
    fw(`bhai pichle hafte tak sab theek tha, phir time_wait ke liye RST on kiya, ab FortiGate ke peeche wale client ki calls fail hoti. RST packets drop ho rahe hain`),
    fw(`sir kya karein, Sophos UTM RST packets ko invalid bol ke drop kar raha, calls 20 sec me kat jati. RST on ke baad hi hua ye`),
    fw(`calls fail / hang, pfSense stateful hai, logs me RST drop. aur haan, 3 din pehle RST on kiya tha`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning143Set: readonly EvalItem[] = Object.values(tuning143Families).flat();
