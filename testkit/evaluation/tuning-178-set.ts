import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP shop owners, NOC engineers and resellers in western and central India (Mumbai, Pune, Ahmedabad, Surat,
 * Indore, Jaipur) writing on WhatsApp: Marathi (Devanagari and romanised: "sir", "kay karaycha", "chalat nahi"),
 * Gujarati (script and romanised: "bhai", "chaltu nathi", "shu karvanu") and Hindi/Hinglish, roughly a third each,
 * with English technical words and pasted output; numbers as "30 hazar", "30 हजार", "30 હજાર", "30k", lakh,
 * sometimes in Devanagari or Gujarati digits; greetings "sir", "bhai", "namaskar", "jai shree krishna".
 *
 * The hundred-and-seventy-eighth tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its
 * own port, registration lost for another reason, small figures and questions, firewall work without dropped RST,
 * playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones unregistered
 * after RST mode, a stateful firewall dropping RST). Written as the hundred-and-seventy-eighth never-tuned set, before the sixty-fifth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-fifth round, then made tuning
 * material for the sixty-sixth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 98.9 %, negatives confident 3.0 %, confident wrong 0 % with the rules of
 * the sixty-fourth round, before the sixty-fifth.
 * After the sixty-fifth round: the same.
 * After the sixty-sixth round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning178Families = {
  oneListeningPort: [
    // Marathi
    no(`सर, वेब पोर्टल चालत नाही. tomcat लॉग मध्ये: java.net.BindException: Address already in use: bind 0.0.0.0:8080. काल कोणीतरी jenkins टाकला त्याच सर्व्हरवर, तो पण 8080 घेतो. काय करायचं?`),
    no(`sir mbx3000d restart kela, nantar 5060 var bind hot nahi. log: "bind 0.0.0.0:5060 failed: Address already in use". ps madhe juna mbx3000d process ajun chalu distoy. kill -9 karu ka?`),
    no(`nginx start hot nahi sir
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
nginx: [emerg] still could not bind()
apache pan chalu ahe vatta tyach port var, kal kunitari yum install httpd kela`),
    no(`सर mysql उठत नाही, error log:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
आधी backup साठी दुसरा mysqld चालू केला होता बहुतेक, तो बंद नाही झाला`),
    no(`namaskar sir, maza laptop var billing API chi local copy chalvat hoto: "Error: listen EADDRINUSE: address already in use :::3000". he VOS server cha problem ahe ka ki maza laptop cha?`),
    no(`docker run -p 8080:8080 report-ui
Error response from daemon: driver failed programming external connectivity on endpoint report-ui: Bind for 0.0.0.0:8080 failed: port is already allocated
सर कोणत्या container ने 8080 धरला ते कसं बघायचं?`),
    no(`redis start nahi hot sir reboot nantar: "Could not create server TCP listening socket *:6379: bind: Address already in use". systemctl ani rc.local doghe start kartat vatta`),
    no(`सर VOS3000 client मधून login होत नाही. server वर बघितलं तर web service 8081 वर उठत नाही, "Address already in use". netstat -tlnp | grep 8081 दाखवतो जुना java pid 2231. बाकी calls चालू आहेत`),
    no(`sir amcha recording server (httpd) port 80 var yet nahi: "(98)Address already in use: make_sock: could not bind to address 0.0.0.0:80". fakt webmin install kela kal, dusra kahi badalla nahi`),
    // Gujarati
    no(`ભાઈ, mbx3000d restart કર્યા પછી SIP 5060 bind નથી થતું. log: "bind udp 0.0.0.0:5060 error: Address already in use". જૂની process હજુ ps માં દેખાય છે. શું કરવાનું?`),
    no(`bhai tomcat chaltu nathi, catalina.out ma:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
web portal khultu nathi, calls to chale che`),
    no(`ભાઈ nginx reload પછી error: bind() to [::]:80 failed (98: Address already in use). apache પણ install છે, બંને એક સાથે ચાલે છે કદાચ. કોને બંધ કરું?`),
    no(`jai shree krishna bhai, mysql service start nathi thati, "3306 already in use" kahe che. koi biji mysql instance chale che? VOS billing nu DB che, urgent che`),
    no(`bhai report tool mate docker compose setup karto hato: "Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use". laptop ma local postgres pehla thi chalu che`),
    no(`ભાઈ, અમારા reseller panel નો node app 3000 પર listen નથી કરતો: EADDRINUSE. pm2 list માં બે copy ચાલે છે એવું લાગે`),
    no(`bhai webmin 10000 port par start nathi thatu, "Failed to bind to port 10000 : Address already in use". pehla koi e miniserv.pl manually chalavyu hatu`),
    no(`ભાઈ અમારા lab box પર asterisk 5060 bind નથી કરતું કારણ કે ત્યાં freeswitch પણ ચાલે છે: "Address already in use". production VOS સાથે આનો કોઈ લેવા દેવા છે?`),
    no(`bhai redis-server restart karyu to error: "Creating Server TCP listening socket 127.0.0.1:6379: bind: Address already in use". systemd ane manual banne thi start thayu lage che`),
    // Hindi / Hinglish
    no(`sir web portal down hai, tomcat log me "java.net.BindException: Address already in use (Bind failed)" aa raha hai port 8080 pe. kal kisi ne dusra tomcat copy karke start kiya tha`),
    no(`सर, सर्वर reboot के बाद mbx3000d का 5060 bind नहीं हो रहा, log में "Address already in use". lsof -i :5060 में पुराना mbx3000d process अटका हुआ दिख रहा है`),
    no(`bhai apache start nahi ho raha
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80
(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80
no listening sockets available, shutting down`),
    no(`sir mysql nahi uth raha, "Bind on TCP/IP port: Address already in use". port 3306 pe kaun baitha hai ye kaise dekhe? billing ruka hua hai`),
    no(`मेरे laptop पर dashboard का dev server नहीं चल रहा: "Error: listen EADDRINUSE: address already in use 127.0.0.1:5173". ये VOS server का issue तो नहीं है ना?`),
    no(`docker container start nahi ho raha sir: "Bind for 0.0.0.0:80 failed: port is already allocated". host pe nginx already chal raha hai shayad`),
    no(`sir humara SMS gateway service (java) port 9090 pe bind nahi kar raha, "BindException: Address already in use". VOS wale server pe hi chalta hai, kal restart kiya tha`),
    no(`sir VOS server pe monitoring ke liye node_exporter 9100 pe start nahi ho raha, "listen tcp :9100: bind: address already in use". purani copy chal rahi hai lagta hai`),
    no(`सर VOS का web interface 8080 नहीं खुल रहा, catalina.out में "Address already in use", ps में दो tomcat चल रहे हैं`),
  ],
  otherRegistrationCause: [
    // Marathi
    no(`सर, आमच्या ऑफिसचे 12 फोन unregistered दाखवत आहेत. कालच सगळ्या extensions चा password बदलला, फोनमध्ये जुना password आहे बहुतेक. log मध्ये 401 Unauthorized येतोय`),
    no(`sir Pune branch che phone register hot nahi, ISP badalla kal ani navin router lavla. amhi UDP vaparto, TCP nahi. router var SIP ALG on asel ka?`),
    no(`sir gateway unregistered ahe, licence expire zala ka bagha na. VOS madhe account expiry date kalchi dakhavtey`),
    no(`सर Indore चे 3 gateway offline आहेत, तिकडे लाईट गेली आहे सकाळपासून. power आला की परत register होतील ना?`),
    no(`sir amchya reseller cha account suspend zala, balance 0 ahe mhanun tyache phones unregistered ahet ka? 30 hazar payment udya karto`),
    no(`सर softphone register होत नाही. server चं domain नाव बदललं (sip.old.in वरून voip.new.in) आणि phones मध्ये अजून जुनं नाव आहे`),
    no(`sir MikroTik var SIP ALG on hota, tyamule UDP phones register-unregister hot hote. ALG off kela, bara zala, pan ajun 2 phone unregistered, tyancha password chukicha ahe vatta`),
    no(`सर आमच्या server चा public IP बदलला (datacenter ने migrate केलं), आता फोन जुन्या IP ला register करायचा प्रयत्न करतात. सगळे phones कसे update करायचे?`),
    no(`sir ek phone unregistered dakhavat hota, check kela tar LAN cable nighali hoti 😅 baki sagle theek ahet, fakt sangitla`),
    // Gujarati
    no(`ભાઈ Surat ઓફિસના બધા phone unregistered છે, ત્યાં internet જ બંધ છે સવારથી. fiber કપાઈ ગયો છે`),
    no(`bhai gateway register nathi thatu, log ma "403 Forbidden" ave che. kale eno password change karyo hato, gateway ma update nathi karyo`),
    no(`ભાઈ અમારું account suspend કેમ છે? balance ઝીરો છે એટલે બધા SIP account unregistered બતાવે છે. ૫૦ હજાર transfer કરી દીધા છે હમણાં`),
    no(`bhai Ahmedabad na client e router badlyu, have phones register nathi thata. UDP 5060 vapre che, TCP nahi. SIP ALG band karvanu?`),
    no(`ભાઈ VOS licence expire થયું લાગે છે, registration reject થાય છે "license expired". renewal કેટલામાં થશે?`),
    no(`bhai DNS name change karyu sip.xyz.com thi voip.xyz.com, phones ma update nathi thayu etle unregistered che`),
    no(`ભાઈ 2 phone unregistered હતા, ખબર પડી કે PoE switch બળી ગયું, phone ને power જ નથી. નવું switch મંગાવ્યું`),
    no(`bhai reseller na 40 account mahina ni 1 tarikhe auto-expire thaya, validity vadharvi padse. etle j unregistered che ne?`),
    no(`ભાઈ ISP એ CGNAT ચાલુ કર્યું પછી અમારા UDP phones registration ગુમાવે છે, અમે TCP વાપરતા જ નથી. RST setting તો default Off જ છે`),
    // Hindi / Hinglish
    no(`sir 20 phone ek saath unregistered ho gaye, pata chala building me power cut hai, UPS bhi khatam ho gaya`),
    no(`सर gateway में नए technician ने गलत password डाल दिया, इसलिए 401 आ रहा है और unregistered है. सही password reset कर दो please`),
    no(`sir server ka IP change hua hai migration ke baad, sab phones purane IP pe register try kar rahe hai. bulk provisioning se update kaise kare?`),
    no(`bhai account suspended dikha raha hai unpaid balance ki wajah se, 1.2 lakh pending hai. isliye sab extension unregistered hai kya?`),
    no(`सर Jaipur वाले office में नया router लगाया, उसमें SIP ALG default on है, तब से phones बार बार unregistered. हम UDP पर है`),
    no(`sir softphone ka registration fail ho raha tha, username me typo tha (1001 ki jagah 1010 likha). ab theek hai, bas bata raha tha`),
    no(`sir client ke saare phones unregistered hai kyunki unka internet bill nahi bhara, ISP ne line kaat di. hamari taraf se sab theek hai na?`),
    no(`सर VOS account की expiry date निकल गई, इसलिए registration reject हो रहा है "account expired". extend कर दो please`),
    no(`sir Grandstream phones firmware update ke baad factory reset ho gaye, sab SIP account khali hai, isliye unregistered dikh rahe hai`),
  ],
  smallFigures: [
    // Marathi
    no(`सर, ss -s चा output बघा, normal आहे का?
Total: 412 (kernel 0)
TCP:   318 (estab 96, closed 180, orphaned 0, synrecv 0, timewait 176/0), ports 0
रात्री 2 वाजता घेतलं`),
    no(`sir TIME_WAIT mhanje nakki kay? amchya server var 250 ahet, tension ghyaychi ka?`),
    no(`सर SS_TCP_CLOSE_RESET हा parameter नक्की काय करतो? On केलं तर काय फरक पडेल? आत्ता Off आहे`),
    no(`sir jar RST mode on kela tar amche NAT madhle phones unregister hotil ka? abhi kahi badalla nahi, fakt vicharto`),
    no(`सर netstat -ant | grep TIME_WAIT | wc -l = ३४०, CPS १५ आहे. हे ठीक आहे ना?`),
    no(`sir ip_local_port_range kiti asava? amcha default 32768 60999 ahe, traffic kami ahe, 20 CPS`),
    no(`sir monthly health check sathi kay commands run karayche? ss -s, top, ani kay? aaj sagla normal ahe pan report banvaycha ahe`),
    no(`सर tcp_tw_reuse=1 केलं तर काही धोका आहे का? सध्या काही problem नाही, फक्त जाणून घ्यायचं आहे`),
    no(`sir amhi pudhchya mahinyat 5 hazar varun 30 hazar calls/day jaanar ahot, tevha TIME_WAIT cha problem yeil ka? ata 150 ch ahet`),
    // Gujarati
    no(`ભાઈ આ ss -s નું output normal છે?
TCP:   520 (estab 210, closed 290, orphaned 2, synrecv 0, timewait 280/0), ports 0
peak hour માં લીધું, 25 CPS છે`),
    no(`bhai TIME_WAIT ane CLOSE_WAIT ma shu fark che? monitoring ma 120 TIME_WAIT dekhay che`),
    no(`ભાઈ RST mode ચાલુ કરીએ તો firewall પર કોઈ અસર થાય? અમારી પાસે FortiGate છે. ફક્ત પૂછું છું, હજુ ચાલુ નથી કર્યું`),
    no(`bhai softswitch.conf ma SS_TCP_CLOSE_RESET="Off" lakhyu che, e default j che ne? kai change karvanu nathi ne?`),
    no(`ભાઈ netstat માં ૬૦૦ TIME_WAIT છે ૪૦ CPS પર. આટલું ચાલે?`),
    no(`bhai customer puchhe che ke FIN ane RST close ma shu difference che. simple bhasha ma samjavo ne, mare ene forward karvu che`),
    no(`bhai amara server par badha trunk UDP j che, to SS_TCP_CLOSE_RESET ni koi asar thay?`),
    no(`ભાઈ નવો server લીધો છે, 8 core 16GB. કેટલા CPS સુધી TIME_WAIT નો issue નહીં આવે? અત્યારે તો 10 CPS જ છે`),
    no(`bhai "ss -tan state time-wait | wc -l" nu output 89 aave che. aa barabar che ne? raat no samay che`),
    // Hindi / Hinglish
    no(`sir ye ss -s dekho
Total: 1190 (kernel 1320)
TCP:   803 (estab 301, closed 470, orphaned 0, synrecv 0, timewait 455/0), ports 0
sab normal hai na? calls theek chal rahi hai`),
    no(`सर TIME_WAIT क्या होता है? हमारे NOC वाले बोल रहे हैं 300 है, problem है क्या?`),
    no(`sir agar hum TCP ki jagah UDP use kare to RST wali setting matter karegi?`),
    no(`bhai agar RST enable kare to NAT ke peeche wale phones pe asar padega kya? abhi plan kar rahe hai, kuch change nahi kiya`),
    no(`सर monthly audit के लिए: TIME_WAIT 210, estab 80, CPU 12%. कुछ tune करना चाहिए?`),
    no(`sir ephemeral port range kya hota hai aur kitne ports hote hai? naye NOC ladke ko samjhana hai`),
    no(`sir tcp_tw_reuse aur tcp_tw_recycle me kya fark hai? kaunsa safe hai CentOS 7 pe?`),
    no(`sir 30k calls/day hai, peak 35 CPS. TIME_WAIT 700 ke aas paas rehta hai. koi chinta ki baat?`),
    no(`सर यह netstat का summary ठीक है?
   TIME_WAIT 142
   ESTABLISHED 64
   LISTEN 12`),
  ],
  firewallNoRst: [
    // Marathi
    no(`सर FortiGate वर नवीन carrier चा IP whitelist करायचा आहे 103.21.44.10, SIP 5060 UDP. policy कशी बनवायची?`),
    no(`sir fail2ban ne amchya reseller cha IP ban kela, log madhe "NOTICE [asterisk] Ban 49.36.12.7". unban kasa karaycha?`),
    no(`sir MikroTik var SIP ALG off kasa karaycha? /ip firewall service-port madhe sip disable kela pan confirm karaycha ahe`),
    no(`सर pfSense वर port forwarding करायचं आहे 5060 आणि RTP 10000-20000, नवीन office साठी. steps सांगा`),
    no(`sir iptables rules review karun dya na, kahi chuk nahi na?
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p tcp --dport 22 -s 10.0.0.0/8 -j ACCEPT
-A INPUT -j DROP`),
    no(`sir geo-blocking lavaycha ahe, fakt India ani UAE allow. FortiGate var kasa karaycha?`),
    no(`सर नवीन firewall Sophos घेतलाय, VOS साठी कोणते ports उघडायचे? list द्या`),
    no(`sir ASA var 5061 TLS open karaycha ahe navin carrier sathi, access-list kashi lihaychi?`),
    no(`sir amchya server var "friendly-scanner" SIP scanner yet ahet, iptables ne block karu ka? rate limit kasa lavaycha?`),
    // Gujarati
    no(`ભાઈ નવા carrier નો IP 185.44.20.3 whitelist કરવો છે iptables માં, command આપો ને`),
    no(`bhai fail2ban e amara j office nu IP ban kari didhu, staff e password 5 var khoto nakhyo etle. unban shu rite karvanu?`),
    no(`ભાઈ Cisco ASA પર SIP inspect disable કરવું છે, config review કરી આપશો?`),
    no(`bhai pfSense ma RTP port range 10000-20000 open karvanu che, NAT rule banavyo pan check karvu che barabar che ke nahi`),
    no(`ભાઈ FortiGate માં China અને Russia geo-block કરવું છે, SIP brute force બહુ આવે છે`),
    no(`bhai MikroTik ma port forward karvu che 5060 TCP ane UDP office PBX mate, rule lakhi apo`),
    no(`ભાઈ firewalld માં 5060/udp અને 10000-60000/udp open કરવા છે CentOS 7 પર, કઈ command?`),
    no(`bhai Sophos XG ma SIP ALG (SIP helper) kyan thi off thay?`),
    no(`ભાઈ અમારો firewall config જોઈ લો, આવતા અઠવાડિયે audit છે. કોઈ problem નથી, ફક્ત review`),
    // Hindi / Hinglish
    no(`sir naye carrier ka IP whitelist karna hai FortiGate pe, 45.12.8.9, 5060 udp. policy bana ke dikhao`),
    no(`सर fail2ban ने हमारे billing server का IP ban कर दिया, अब API call नहीं जा रही. unban कैसे करें?`),
    no(`sir iptables me 5060 tcp bhi open karna hai, abhi sirf udp open hai. naya client TCP pe aayega`),
    no(`bhai MikroTik pe SIP ALG off karna hai, command batao`),
    no(`सर Cisco ASA पर नया static NAT rule बनाना है, VOS server को public IP पे map करना है`),
    no(`sir geo-blocking kaise lagaye iptables pe? sirf India allow karna hai web portal ke liye`),
    no(`sir pfSense ka config backup bheja hai, ek baar review kar do. koi call issue nahi hai, bas security check`),
    no(`सर port forwarding करनी है: public 5080 से internal VOS 5060. Jio router पर कैसे?`),
    no(`sir ek IP se SIP flood aa raha tha, 2000 REGISTER per minute. iptables se block kar diya, log: "DROP IN=eth0 SRC=91.200.12.4 PROTO=UDP DPT=5060". sahi kiya na?`),
  ],
  negationContext: [
    // Marathi
    no(`सर आम्ही फक्त UDP वापरतो, TCP नाहीच. RST चा संबंधच नाही. phones unregistered होते ते password बदलल्यानंतरच, आता नवीन password टाकला`),
    no(`sir kal cha port exhaustion cha problem solve zala, thanks. ata TIME_WAIT 300 ch ahe, sagla smooth`),
    no(`सर फक्त सांगतोय: मागच्या महिन्याचा ticket, FortiGate RST drop, तो Off करून solve झाला होता. आता सगळं ठीक आहे, ticket close करा`),
    no(`sir forwarded for record:
> Ticket #4421 (closed): NAT phones unregistered after RST on. Fix: SS_TCP_CLOSE_RESET Off. Resolved 12 Feb.
ata kahi issue nahi`),
    no(`sir kunihi kahi badalla nahi, RST off ahe. ek phone unregistered hota to power adapter kharab hota mhanun. aata ok`),
    no(`सर "address already in use" चा error आला होता पण तो tomcat चा होता, VOS चा नाही. जुना process kill केल्यावर गेला. फक्त सांगतोय`),
    no(`sir thank you! tumhi tcp_tw_reuse ani port range set kelyavar TIME_WAIT 28 hazar varun 900 var aala, calls barobar jatayat`),
    no(`सर मागच्या आठवड्यात peak ला "cannot assign requested address" येत होतं, ते तुम्ही fix केलं. आता peak ला पण error नाही. धन्यवाद`),
    no(`sir firewall var RST drop hot ahet asa vatla hota, pan nantar kalla ki carrier chi link down hoti. RST amhi enable kelach nahi`),
    // Gujarati
    no(`ભાઈ અમે UDP only છીએ, TCP ક્યારેય નથી વાપર્યું. આ RST વાળો setting અમને લાગુ પડે જ નહીં ને?`),
    no(`bhai gaya mahina no NAT vado issue (RST on pachhi phones unregistered) solve thai gayo hato, aa fakt record mate forward karu chhu`),
    no(`ભાઈ thanks, FortiGate માં RST allow કર્યા પછી calls બરાબર છે, "no session matched" હવે નથી આવતું`),
    no(`bhai kai change nathi karyu, RST off j che. phones unregistered hata karan ke ISP no router reboot thayo hato. have barabar`),
    no(`ભાઈ ગઈકાલે TIME_WAIT 40 હજાર હતા, તમે settings કર્યા પછી આજે peak માં 1200 છે. problem solve, આભાર`),
    no(`bhai "Address already in use" aavyu hatu pan e mysql nu hatu, VOS nu nahi. solve thai gayu`),
    no(`ભાઈ audit માટે old ticket forward કરું છું:
"Calls failing, ASA drops TCP RST, fixed by turning SS_TCP_CLOSE_RESET Off - closed 3 March"
હમણાં કોઈ issue નથી`),
    no(`bhai phones unregistered che pan e password change pachhi thi j, RST to kyare pan on nathi karyu`),
    no(`ભાઈ RST mode on નથી કર્યો, કોઈએ કંઈ બદલ્યું નથી. calls drop નો issue carrier side નો હતો, તેમણે confirm કર્યું`),
    // Hindi / Hinglish
    no(`sir hum UDP only hai, TCP bilkul nahi, RST mode ka sawaal hi nahi. NAT phones bhi theek register hai, bas confirm karna tha`),
    no(`सर पिछले महीने वाला port exhaustion issue आपने ठीक किया था, अब TIME_WAIT 500 के नीचे रहता है. बस thank you बोलना था`),
    no(`sir forwarded ticket for record:
"Issue: FortiGate no session matched for RST packets, calls hanging. Resolution: RST Off. Status: Closed"
abhi sab theek chal raha hai`),
    no(`sir kisi ne kuch change nahi kiya, RST off hi hai. phones unregistered the kyunki account ka password reset hua tha`),
    no(`सर "cannot assign requested address" वाला error पुराना था, 2 हफ्ते पहले solve हो गया. आज का issue अलग है: एक carrier का rate गलत है`),
    no(`sir RST wali setting humne enable ki hi nahi, firewall me koi drop nahi dikh raha. calls fail ho rahi thi kyunki carrier ka balance khatam tha`),
    no(`bhai thanks, SS_TCP_CLOSE_RESET wapas Off karne ke baad saare NAT phones register ho gaye. ab 0 unregistered`),
    no(`सर NOC के लड़के ने समझा कि TIME_WAIT ज्यादा है, पर वो सिर्फ 400 थे और CPS भी 10 ही था. गलत alarm था`),
    no(`sir NAT wale phones ki problem last month RST off karke solve hui thi. aaj laga kisi ne galti se On kar diya, check kiya, Off hi hai aur phones registered. false alarm`),
  ],
  portExhaustion: [
    // Marathi
    pe(`सर urgent! peak hour ला calls fail होत आहेत. log मध्ये "connect: Cannot assign requested address" सतत येतंय. ss -s:
Total: 61502 (kernel 61800)
TCP:   61234 (estab 1820, closed 58900, orphaned 12, synrecv 0, timewait 58790/0), ports 0
CPS 180 च्या आसपास`),
    pe(`sir sandhyakali 7 nantar navin TCP connection carrier kade jatach nahit. netstat madhe 32 hazar TIME_WAIT. sakali sagla normal asta`),
    pe(`सर outgoing SIP TCP connect ला EADDRINUSE येतंय, TIME_WAIT २८ हजार. Mumbai server, 150 CPS peak. calls fail होत आहेत`),
    pe(`sir kay karaycha? busy hours madhe calls fail, mbx3000 log: "bind: Address already in use" on outgoing connect to 10.20.1.5:5060, ani ss -s madhe timewait 45000+`),
    pe(`सर, रोज सकाळी 11 ते 1 peak ला "cannot assign requested address", 30% calls fail. ip_local_port_range default आहे 32768 60999, सगळे ports TIME_WAIT मध्ये`),
    pe(`sir Indore cha server chalat nahi peak la:
$ ss -s
Total: 30412 (kernel 30600)
TCP:   29980 (estab 640, closed 29200, orphaned 0, synrecv 0, timewait 29150/0), ports 0
carrier la navin TCP session banat nahi`),
    pe(`सर आमच्या routing module मधून BindException येतंय: "java.net.BindException: Cannot assign requested address" at connect. फक्त peak ला, रात्री नाही. TIME_WAIT ३० हजार+`),
    pe(`sir 200 CPS la server che ports sampatat vatta, ephemeral ports sagle TIME_WAIT madhe. evening la calls failing. help please`),
    pe(`सर netstat -ant | grep TIME_WAIT | wc -l = 27845 (संध्याकाळी 8 वाजता). नवे outgoing TCP calls जात नाहीत, "Cannot assign requested address"`),
    pe(`sir Pune server peak CPS 220 la outbound TCP legs fail, EADDRINUSE. RST amhi kadhich on kela nahi, default FIN ahe. TIME_WAIT 50k`),
    // Gujarati
    pe(`ભાઈ peak time માં calls fail થાય છે, log માં "Cannot assign requested address". ss -s માં TIME_WAIT ૩૫ હજાર છે. શું કરવાનું?`),
    pe(`bhai sanje 6 thi 9 navu TCP connection banatu j nathi, netstat ma 40k TIME_WAIT. CPS 160 che. calls fail, customers gusse ma che`),
    pe(`ભાઈ
TCP:   52110 (estab 2100, closed 49800, orphaned 5, synrecv 0, timewait 49650/0), ports 0
આ peak નું છે, outgoing connect પર EADDRINUSE આવે છે`),
    pe(`bhai Surat server ma busy hours ma outgoing SIP TCP connect par "address already in use" ave che, ane thousands TIME_WAIT. raat ma badhu barabar`),
    pe(`ભાઈ ephemeral ports ખૂટી જાય છે એવું લાગે છે. 28k TIME_WAIT, port range 32768-60999. peak માં 40% calls fail`),
    pe(`bhai amara billing connector ma "BindException: Cannot assign requested address" ave che 150 CPS par. TIME_WAIT 33 hazar. peak ma chaltu nathi`),
    pe(`ભાઈ urgent, Ahmedabad node પર 250 CPS peak માં carriers ને નવા TCP connection નથી જતા. ss -s timewait 58000`),
    pe(`bhai lunch time peak ma calls fail, syslog: "connect() failed (99: Cannot assign requested address)". 30k+ TIME_WAIT`),
    pe(`ભાઈ ગઈકાલથી traffic ડબલ થયો (3 લાખ calls/day), હવે peak માં "Cannot assign requested address" આવે છે અને TIME_WAIT 45 હજાર`),
    pe(`bhai netstat -an | grep -c TIME_WAIT → 31922. outgoing TCP connect fail thay che EADDRINUSE thi. shu karvanu?`),
    // Hindi / Hinglish
    pe(`sir peak time pe calls fail ho rahi hai, log me "Cannot assign requested address" aa raha hai. ss -s me timewait 41000+`),
    pe(`सर शाम 7-10 बजे carrier की तरफ नए TCP connection नहीं बन रहे, TIME_WAIT 30 हजार से ऊपर. CPS 170`),
    pe(`bhai urgent
$ ss -s
Total: 64300 (kernel 64500)
TCP:   64012 (estab 1200, closed 62700, orphaned 30, synrecv 0, timewait 62650/0), ports 0
outgoing connect pe EADDRINUSE, calls fail at peak`),
    pe(`sir outgoing connect pe "BindException: Address already in use" (local port), sirf busy hours me. TIME_WAIT hazaaron me hai`),
    pe(`सर हमारे Jaipur server पर peak CPS 200 पर ephemeral ports खत्म हो रहे हैं, "cannot assign requested address", 28k TIME_WAIT`),
    pe(`sir raat ko sab theek, din me 11 se 2 calls fail. netstat me 35k TIME_WAIT, error "connect failed: Cannot assign requested address"`),
    pe(`sir traffic 5 lakh calls/day ho gaya, ab peak pe naye TCP connection nahi ban rahe. TIME_WAIT 50 hazar`),
    pe(`सर, NOC report: 19:30 से 21:00 outbound SIP-TCP failures 35%, error EADDRINUSE, TIME_WAIT count 44,210. server mbx3000`),
    pe(`bhai, ip_local_port_range 32768 60999 hai aur peak pe saare ports TIME_WAIT me fase hai (~28k). calls fail. kya karna hai?`),
    pe(`sir busy hour me calls failing, mbx3000 log me "Cannot assign requested address", TIME_WAIT 38k. RST off hai, default`),
  ],
  natUnregistered: [
    // Marathi
    nat(`सर, काल तुम्ही SS_TCP_CLOSE_RESET On केलं, तेव्हापासून घरून काम करणाऱ्या agents चे softphone unregistered आहेत. ते home router (NAT) मागे आहेत, SIP TCP वापरतात`),
    nat(`sir RST mode chalu kelyapasun office che phones (MikroTik NAT mage, TCP transport) register-unregister hot ahet. kay karaycha?`),
    nat(`सर कालच्या बदलानंतर (close mode RST) Pune office चे 25 Yealink phones unregistered दाखवतात. ते TCP वर आहेत, office NAT मागे`),
    nat(`sir tumhi kal jo change kela (TCP close reset) tya nantar NAT madhle Zoiper clients dar 2-3 minitani registration gamavtat. TCP transport`),
    nat(`सर, softswitch.conf मध्ये TIME_WAIT साठी SS_TCP_CLOSE_RESET="On" केलं, पण आता NAT मागचे gateways (TCP) offline दिसतात. UDP वाले ठीक आहेत`),
    nat(`sir RST on kelyavar ghari basnarya agents che MicroSIP (TCP) unregistered zale. office madhle public IP vale theek ahet`),
    nat(`सर, reparse केल्यानंतर (RST On) NAT मागचे phones register होत नाहीत. chalat nahi, सकाळपासून 40 extension down. सगळे TCP वर`),
    nat(`sir aaj sakali pasun Nashik branch che phones unregistered. kal ratri tumhi close mode RST kela hota. te MikroTik NAT mage ahet ani SIP over TCP`),
    nat(`सर mbx3000 मध्ये RST mode ऑन केल्यापासून NAT मागच्या Grandstream gateways चं registration सारखं सुटतं. transport TCP 5060`),
    nat(`sir port exhaustion sathi RST on kela, TIME_WAIT kami zale pan ata home users (NAT mage, TCP) sagle unregistered. kay karaycha?`),
    // Gujarati
    nat(`ભાઈ, RST mode ચાલુ કર્યા પછી અમારા home agents ના softphone unregistered છે. બધા home router ના NAT પાછળ છે અને TCP વાપરે છે`),
    nat(`bhai kale tame SS_TCP_CLOSE_RESET On karyu tyarthi office na phones (NAT pachhal, TCP) registration gumave che`),
    nat(`ભાઈ close mode RST કર્યા પછી Surat ઓફિસના 30 phones unregistered. office NAT MikroTik છે, SIP TCP. chaltu nathi`),
    nat(`bhai RST on karya pachhi NAT pachhal na gateways dar thoda minute ma unregistered thai jay che. TCP transport. UDP vala barabar che`),
    nat(`ભાઈ ગઈકાલના change પછી (TCP close reset) ઘરેથી કામ કરતા agents ના Zoiper TCP પર register નથી થતા. તેઓ ઘરના router પાછળ છે`),
    nat(`bhai softswitch.conf ma SS_TCP_CLOSE_RESET="On" kari ne reparse karyu, have NAT pachhal na Yealink phones (TCP) unregistered. shu karvanu?`),
    nat(`ભાઈ RST mode પછી branch office (NAT પાછળ, TCP) ના phones "No Service" બતાવે છે. public IP વાળા ઠીક છે`),
    nat(`bhai tamara engineer e TIME_WAIT mate RST enable karyu, tyarthi amara reseller na NAT pachhal na customers na phones register nathi rehta (TCP)`),
    nat(`ભાઈ બે દિવસથી, એટલે કે RST ચાલુ કર્યું ત્યારથી, NAT પાછળના softphones દર 5 મિનિટે unregister-register થાય છે. TCP 5060`),
    nat(`bhai Vadodara branch na phones RST mode on thayu tyarthi unregistered che, te MikroTik NAT pachhal ane TCP par che`),
    // Hindi / Hinglish
    nat(`sir jab se RST mode on kiya hai, home router ke peeche wale agents ke softphone unregistered hai. sab TCP pe hai`),
    nat(`सर कल SS_TCP_CLOSE_RESET On किया था, तब से office NAT के पीछे के 20 phones unregistered. TCP transport`),
    nat(`bhai aapke kal wale change ke baad se (close mode RST) NAT wale phones baar baar registration kho rahe hai. TCP pe hai sab`),
    nat(`sir RST on karne ke baad work from home agents (NAT, SIP TCP) register nahi ho pa rahe. office me public IP wale thik hai`),
    nat(`सर, TIME_WAIT कम करने के लिए RST enable किया, अब NAT के पीछे के gateways (TCP) unregistered दिख रहे हैं`),
    nat(`sir MikroTik NAT ke peeche ke Yealink phones RST mode on hone ke baad se unregistered hai. TCP 5060. UDP wale chal rahe hai`),
    nat(`sir since yesterday's RST change, softphones behind home NAT losing registration every few minutes, TCP transport. customers complain kar rahe hai`),
    nat(`सर reparse के बाद (RST On) Jaipur office के phones NAT के पीछे register नहीं हो रहे. TCP use करते है`),
    nat(`bhai RST wala setting kal raat on kiya tha, aaj subah se NAT ke peeche ke 50 extension unregistered. sab SIP over TCP`),
    nat(`sir softswitch.conf me RST On kiya, tab se reseller ke clients (home routers, TCP) ke phones registration drop kar rahe hai`),
  ],
  firewallRst: [
    // Marathi
    fw(`सर RST mode on केल्यापासून calls hang होतात. FortiGate log: "no session matched" proto=6 tcpflags=RST. काय करायचं?`),
    fw(`sir SS_TCP_CLOSE_RESET On kelyavar calls drop hot ahet, pfSense log madhe TCP:R packets blocked (state mismatch)`),
    fw(`सर कालच्या बदलानंतर Cisco ASA log:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 203.0.113.9/41234 flags RST on interface outside
calls fail होतात`),
    fw(`sir RST mode nantar iptables conntrack INVALID madhe RST drop hot ahet: "INVALID DROP: IN=eth0 OUT= SRC=10.0.0.5 PROTO=TCP SPT=5060 DPT=40112 RST". calls adaktat`),
    fw(`सर close mode RST केल्यापासून Sophos firewall वर "out of state" RST drop दिसतात आणि calls मध्येच कटतात`),
    fw(`sir RST on kelyapasun MikroTik firewall var connection-state=invalid rule madhe RST packets drop hot ahet, calls fail`),
    fw(`सर, तुम्ही RST mode on केला आणि आता FortiGate मागचे carrier calls setup होत नाहीत. diagnose debug flow: "no session matched" RST साठी`),
    fw(`sir kal pasun calls hang hotat. kal RST mode on kela. ASA var "Deny TCP (no connection) ... flags RST" bharpur entries`),
    fw(`सर pfSense वर RST mode नंतर "Blocked TCP:RA" entries भरपूर आहेत. SIP TCP calls fail होतात`),
    fw(`sir stateful firewall RST packets drop karto ahe asa vatta, RST mode on kelyanantar calls dropping. FortiGate 60F, log madhe "no session matched"`),
    // Gujarati
    fw(`ભાઈ RST mode ચાલુ કર્યા પછી calls fail થાય છે. FortiGate log માં "no session matched" ane flags R`),
    fw(`bhai SS_TCP_CLOSE_RESET On pachhi ASA: "Deny TCP (no connection) ... flags RST on interface outside". calls hang`),
    fw(`ભાઈ iptables log: INVALID DROP ... PROTO=TCP SPT=5060 ... RST URGP=0. RST mode પછી calls અટકી જાય છે`),
    fw(`bhai pfSense ma RST on karya pachhi "TCP:R" blocked dekhay che, calls mid-way drop thay che`),
    fw(`ભાઈ Sophos XG પર out of state RST packets drop થાય છે, જ્યારથી RST mode ચાલુ કર્યું. calls fail`),
    fw(`bhai MikroTik firewall no "drop invalid" rule RST packets drop kare che close mode badlya pachhi. calls chaltu nathi`),
    fw(`ભાઈ કાલના change પછી (TCP close RST) carrier નો firewall (ASA) અમારા RST drop કરે છે અને calls setup નથી થતા. carrier એ log મોકલ્યો`),
    fw(`bhai RST mode pachhi calls hang thay che, conntrack INVALID counter vadhto jay che: iptables -L -v ma "DROP ... ctstate INVALID" 45k packets`),
    fw(`ભાઈ FortiGate: action=deny msg="no session matched" tcpflags=RST dstport=5060. RST on કર્યું ત્યારથી calls drop`),
    fw(`bhai tamaro engineer RST enable kari gayo, tyarthi amara office firewall (Fortinet) RST packets drop kare che ane calls fail thay che`),
    // Hindi / Hinglish
    fw(`sir RST mode on karne ke baad calls fail ho rahi hai, FortiGate log me "no session matched" aur tcp flags R`),
    fw(`सर SS_TCP_CLOSE_RESET On के बाद Cisco ASA पर "Deny TCP (no connection) ... flags RST". calls hang हो रही है`),
    fw(`bhai jab se close mode RST kiya, iptables conntrack INVALID me RST packets drop ho rahe hai. calls beech me kat rahi`),
    fw(`sir pfSense log: "TCP:R" blocked, ye RST mode ke baad shuru hua. SIP TCP calls fail`),
    fw(`सर, Sophos पर out-of-state RST drops दिख रहे हैं RST mode के बाद से, calls drop हो रही है`),
    fw(`sir MikroTik me "drop invalid" rule RST packets kha raha hai RST enable karne ke baad, calls lag nahi rahi`),
    fw(`sir carrier bol raha hai unka ASA humare RST packets drop kar raha hai, kal se jab aapne RST mode on kiya. calls fail`),
    fw(`सर FortiGate 100F: "no session matched" की हजारों entries, सब RST flag वाली. कल RST on किया था. calls setup नहीं हो रही`),
    fw(`bhai TIME_WAIT ke liye RST on kiya tha, ab firewall (iptables) INVALID state me RST drop kar raha hai aur calls hang`),
    fw(`sir kal se calls hang/drop ho rahi hai, aapne jo close mode change kiya tha uske baad. firewall log: "deny tcp flags R out of state"`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning178Set: readonly EvalItem[] = Object.values(tuning178Families).flat();
