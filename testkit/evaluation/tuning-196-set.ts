import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP operators, call centres and resellers in Bangladesh and eastern India (Dhaka, Chattogram, Sylhet,
 * Kolkata, Patna), writing on WhatsApp: Bangla in Bangla script (about 35%), Banglish, i.e. Bangla in Latin
 * letters ("bhai", "vai", "hocche na", "ki korbo") (about 35%), Hinglish and Bihari Hindi (about 30%), always
 * mixed with English technical words. Numbers as "28k", "40 hajar", "৩০ হাজার", "1.5 lakh", partly in Bangla
 * digits; greetings such as "Assalamu alaikum", "dada", "boss", "sir ji", "bhaiya".
 *
 * The hundred-and-ninety-sixth tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-ninety-sixth never-tuned set, before the sixty-ninth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-ninth round, then made tuning
 * material for the seventieth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 93.3 %, negatives confident 1.5 %, confident wrong 0 % with the rules of
 * the sixty-eighth round, before the sixty-ninth.
 * After the sixty-ninth round: the same.
 * After the seventieth round, tuned on: in scope 95.6 %, negatives confident 1.5 %, confident wrong 0 %; after more tuning
 * in the same round: in scope 97.8 %, negatives confident 1.5 %, confident wrong 0 %, short of the bar (two negatives
 * confident).
 * After the seventy-first round: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %; in test/matcher/accuracy.test.ts.
 */
export const tuning196Families = {
  oneListeningPort: [
    no(`ভাই, ওয়েব পোর্টাল আর চালু হচ্ছে না। tomcat লগে দেখাচ্ছে: java.net.BindException: Address already in use (Bind failed) :8080 — সার্ভার রিস্টার্ট দেওয়ার পর থেকে। কল ঠিক আছে, শুধু পোর্টালে ঢুকতে পারছি না।`),
    no(`আসসালামু আলাইকুম। mbx3000d রিস্টার্ট করার পর চালু হচ্ছে না, লগে লিখছে bind 5060 failed: Address already in use. ps দিয়ে দেখলাম পুরনো একটা mbx3000d প্রসেস এখনো বসে আছে। ওটা kill করলে কি কোনো সমস্যা হবে?`),
    no(`আমাদের রিসেলার প্যানেলের জন্য nginx বসাইছি, কিন্তু start দিলে বলে
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
httpd আগে থেকেই চলতেছে মনে হয়। দুইটা একসাথে কিভাবে চালাবো?`),
    no(`দাদা, mysqld উঠছে না। error log: [ERROR] Can't start server: Bind on TCP/IP port: Address already in use ... Do you already have another mysqld server running on port: 3306 ? আজ সকালে yum update দিয়েছিলাম।`),
    no(`docker দিয়ে একটা বিলিং API চালাতে চাচ্ছি, docker run -p 8080:8080 দিলে আসে: Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use. ওই পোর্টে তো VOS এর ওয়েব চলে, তাই না? অন্য পোর্ট দিলেই হবে?`),
    no(`রেডিস সার্ভিস চালু হচ্ছে না — Could not create server TCP listening socket *:6379: bind: Address already in use. আমাদের CDR ড্যাশবোর্ড এটার উপর চলে। কল ট্রাফিক নরমাল, শুধু ড্যাশবোর্ড বন্ধ।`),
    no(`আমাদের ডেভেলপার তার ল্যাপটপে npm run dev দিচ্ছে, আসছে Error: listen EADDRINUSE: address already in use :::3000. এটা কি VOS সার্ভারের কোনো সমস্যা? সে তো নিজের লোকাল মেশিনে কাজ করছে।`),
    no(`এসএসএল সার্টিফিকেট লাগানোর পর httpd restart দিলাম, এখন (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443. পোর্টাল একদম বন্ধ, ক্লায়েন্টরা রিচার্জ করতে পারছে না। জলদি দেখেন প্লিজ।`),
    no(`রাতে সার্ভার হ্যাং হয়ে গিয়েছিল, রিবুট না করে service mbx3000d restart দিছি। এখন সফটসুইচ উঠতেছে না:
ss -lnup | grep 5060
UNCONN 0 0 0.0.0.0:5060 0.0.0.0:* users:(("mbx3000d",pid=2231,fd=9))
পুরনো pid টা রয়ে গেছে। ১০ মিনিট ধরে সব কল বন্ধ, তাড়াতাড়ি বলেন।`),
    no(`vai web portal open hocche na, catalina.out e dekhi "Address already in use: JVM_Bind 8080". ki korbo? call cholche thik thak`),
    no(`bhai amar 2nd server e mbx3000d start dile bole cannot bind 5060, address already in use. netstat -tulpn dile dekhi kamailio chalu ache, age try korar jonno install korsilam. oita bondho korle hobe?`),
    no(`Assalamu alaikum boss. phpMyAdmin er jonno apache on korte gelam, bole port 80 already in use. nginx age theke chole. amar ki ekta off korte hobe?`),
    no(`mysql restart dewar por uthche na, log: Bind on TCP/IP port: Address already in use. ager mysqld process ta mone hoy mare nai. ps aux | grep mysql e 2ta dekhay`),
    no(`Dada ami docker e grafana chalate chai 3000 port e, kintu "bind: address already in use" ashe. amar server e age theke onno kichu 3000 e ache mone hoy. kivabe check korbo kon process?`),
    no(`vai urgent!! server reboot er por softswitch start hoy na, log e "bind udp 5060 failed: address already in use". kono call jacche na 15 min dhore. ekta purono mbx3000d process atke ache, kill -9 dibo?`),
    no(`redis-server chalu hoy na bhai, bind: Address already in use 6379. amra 2ta redis instance chalaite chaisilam ek server e same port e, mistake hoye gese mone hoy 😅`),
    no(`bhaiya amar reseller panel (laravel) e php artisan serve dile bole Failed to listen on 127.0.0.1:8000 (reason: Address already in use). eta ki VOS er sathe related?`),
    no(`tomcat restart korsi portal e, ekhon login page ase na. log e:
SEVERE: Failed to initialize connector [Connector[HTTP/1.1-8080]]
Caused by: java.net.BindException: Address already in use
age shutdown.sh dei nai, direct startup.sh dichi 2 bar`),
    no(`ekta chhoto problem, amader sms gateway service 9090 port e listen korte pare na, EADDRINUSE dekhay. server e VOS ache, oita ki 9090 use kore? amra jani na`),
    no(`Sir ji, portal nahi khul raha. Tomcat log me aa raha hai: java.net.BindException: Address already in use <null>:8080. Calls sab theek chal rahe hain, bas web interface band hai. Kya karein?`),
    no(`bhaiya hum naya server lagaye hain Patna me, mbx3000d start karte hain to bolta hai 5060 address already in use. pata chala asterisk pehle se install tha usme. usko hata dein to chalega na?`),
    no(`nginx restart kiye to error aaya: bind() to 0.0.0.0:443 failed (98: Address already in use). apache bhi chal raha hai same box pe. ek ko band karna padega kya?`),
    no(`Hello team, docker container for our CRM won't come up: "driver failed programming external connectivity ... Bind for 0.0.0.0:3306 failed: port is already allocated". host pe mysql already chal raha hai VOS ka. kya port mapping change karein?`),
    no(`Humra developer ke laptop pe node app start nahi ho raha, EADDRINUSE :::5000 bol raha hai. ee VOS server se koi matlab hai ka? hum log confuse hain`),
    no(`Urgent sir. Softswitch restart ke baad SIP port 5060 bind nahi ho raha, "Address already in use". lsof -i :5060 me purana mbx3000d pid 1842 dikh raha hai. kill kar dein? sab call down hai abhi`),
    no(`mysql start nahi hota, bolta hai another mysqld already running on port 3306. kal raat power cut hua tha, shayad purana process ya pid file reh gaya. kaise fix karein`),
    no(`redis ka port 6379 already in use bata raha hai, humne ek aur redis docker me daal diya tha VOS ke billing report ke liye. dono me se kaunsa rakhein?`),
  ],
  otherRegistrationCause: [
    no(`ভাই, আমাদের ১২টা IP ফোন সকাল থেকে unregistered। গতকাল রাতে অ্যাকাউন্টগুলোর পাসওয়ার্ড পরিবর্তন করা হয়েছে, ফোনে এখনো পুরনো পাসওয়ার্ড আছে মনে হয়। লগে 401 Unauthorized আসছে বারবার।`),
    no(`অফিসের ইন্টারনেট প্রোভাইডার বদলাইছি আজকে, নতুন রাউটার লাগানোর পর থেকে সব গেটওয়ে রেজিস্টার হচ্ছে না। আমাদের সব ডিভাইস UDP 5060 এ চলে। নতুন পাবলিক IP টা কি কোথাও হোয়াইটলিস্ট করতে হবে?`),
    no(`আমার রিসেলার অ্যাকাউন্টের সব এক্সটেনশন হঠাৎ unregistered দেখাচ্ছে। পরে দেখলাম ব্যালেন্স নেগেটিভ, অ্যাকাউন্ট সাসপেন্ড। টাকা দিলে কি অটো ঠিক হয়ে যাবে?`),
    no(`চট্টগ্রাম অফিসে লোডশেডিং, জেনারেটর চালু হয়নি ২ ঘণ্টা। এখন কারেন্ট আসছে কিন্তু ৫টা ফোন এখনো রেজিস্টার হয়নি, বাকিগুলো হয়ে গেছে। ফোনগুলো রিস্টার্ট দিব?`),
    no(`নতুন TP-Link রাউটার লাগানোর পর থেকে সফটফোন ৫-১০ মিনিট পর পর রেজিস্ট্রেশন হারাচ্ছে। আমরা শুধু UDP ব্যবহার করি। শুনছি SIP ALG এর কারণে হয়, কিন্তু রাউটারে অপশনটা খুঁজে পাচ্ছি না।`),
    no(`আমরা sip ডোমেইনের DNS গতকাল নতুন সার্ভারে পয়েন্ট করছি। যাদের ফোনে পুরনো IP সরাসরি বসানো, তারা সবাই unregistered। ডোমেইন দেওয়া ফোনগুলো ঠিক আছে।`),
    no(`VOS লাইসেন্সের মেয়াদ শেষ গতকাল, আজ থেকে নতুন কোনো রেজিস্ট্রেশন নিচ্ছে না। রিনিউ কিভাবে করবো? জরুরি।`),
    no(`কলসেন্টারের ৩ নম্বর ফ্লোরে ৮টা ফোন unregistered ছিল। গিয়ে দেখি PoE সুইচের পাওয়ার অ্যাডাপ্টার খুলে পড়ে আছে 😑 লাগানোর পর সব রেজিস্টার্ড, শুধু জানিয়ে রাখলাম।`),
    no(`গেটওয়ে রেজিস্টার হচ্ছে না। লগ:
REGISTER sip:103.x.x.x SIP/2.0
SIP/2.0 403 Forbidden
নতুন GoIP বসাইছি, ইউজারনেম মনে হয় ভুল দিছি? অ্যাকাউন্ট নম্বরটা একটু চেক করে দেন প্লিজ।`),
    no(`vai amar 20ta softphone unregistered, kalke amader server er IP change hoise (data center migrate). phone gula te purono IP set kora. sob ekta ekta kore change korte hobe?`),
    no(`boss Sylhet branch er internet down since morning, ISP er fiber cut. oi branch er sob phone unregistered. ISP bolse 4 ghonta lagbe. amader side e kisu korar ache?`),
    no(`bhai client er account expire hoye gese mone hoy, sob extension web e "Account expired" dekhay. validity barate hobe, kivabe?`),
    no(`Microsip e register hocche na, "Registration failed (401)". password copy paste korsi but sheshe ekta space chole ashche mone hoy. ar kono karon thakte pare?`),
    no(`Mikrotik e SIP helper on chilo, off korar por registration stable hoise. amra UDP only. just confirm korte chai ei setting ta off rakhai thik?`),
    no(`vai kalke bill pay kori nai, aj sokale dekhi sob gateway unregistered. balance 0 dekhaiteche. bkash e pathaisi 25k, kokhon active hobe?`),
    no(`amader office router reset hoye gese, port forward sob chole gese. UDP 5060 forward kortam. ekhon bahir theke phone register hoy na. abar set korte hobe tai na?`),
    no(`bhai ekta extension 1005 bar bar unregister hocche, baki sob thik. phone ta check kore dekhi LAN cable loose. change kore dilam, dekhi ki hoy`),
    no(`dada amra sip server er domain change korsi (voip.xyz.com theke sip.xyz.net), ekhon jei phone e purono domain ase oigula unregistered. DNS theke purono record delete kore disi. eta e karon na?`),
    no(`Registration failed dekhay, web e IP blocked for too many failed attempts. amar client bole password vul diye 50 bar try korse. unblock kivabe korbo?`),
    no(`Sir hamare Kolkata office ke 15 phones unregistered hain. Kal admin ne sab SIP passwords reset kar diye security ke liye, phones pe update nahi hua. Ek saath bulk update ka koi tarika hai?`),
    no(`bhaiya gateway register nahi ho raha, dekhe to "User not found". reseller ne galti se account delete kar diya. recover ho sakta hai?`),
    no(`Patna me bijli nahi thi raat bhar, inverter bhi khatam. subah se aadhe phone unregistered dikha raha hai. ab light aa gaya hai, phone restart karein?`),
    no(`ISP change kiye hain, Jio fiber se Airtel. tab se softphones register nahi ho rahe. hum UDP pe hi chalte hain, TCP kabhi use nahi kiye. naya IP whitelist karna hoga kya?`),
    no(`Hello, licence expire ho gaya hai kya? web pe warning aa raha hai aur naye registration reject ho rahe hain "license limit reached". humare 500 ports ka licence tha.`),
    no(`sir ji account suspend ho gaya hai balance khatam hone se, sab endpoints unregistered. payment kar diye 1.5 lakh ka, activate kar dijiye`),
    no(`hamara server ka public IP badal gaya hai (hosting provider ne change kiya), ab koi phone register nahi ho raha. phones me IP hardcoded hai. kya DNS name use karna better hai?`),
    no(`Zoiper pe "Registration failed: 403 Forbidden" aa raha hai naye agent ke liye. username me typo tha shayad, 1012 ki jagah 1021 daala. check kar do`),
  ],
  smallFigures: [
    no(`ভাই, ss -s দিলাম, এইটা কি নরমাল?
Total: 412 (kernel 0)
TCP:   38 (estab 12, closed 19, orphaned 0, timewait 17)
রাত ২টা বাজে, ট্রাফিক কম।`),
    no(`TIME_WAIT জিনিসটা আসলে কী? netstat এ ৩০০ এর মতো দেখি, এটা কি ক্ষতিকর?`),
    no(`SS_TCP_CLOSE_RESET প্যারামিটারটা কী কাজ করে? On আর Off এর পার্থক্যটা একটু বুঝিয়ে বলবেন?`),
    no(`যদি আমরা RST মোড চালু করি, আমাদের NAT এর পিছনের ফোনগুলোতে কি প্রভাব পড়বে? এখনো কিছু চালু করিনি, আগে জানতে চাচ্ছি।`),
    no(`আমাদের সার্ভারে এখন পিকে ৫০ CPS এর মতো। netstat -an | grep TIME_WAIT | wc -l দিলে ৮২০ আসে। এটা কি চিন্তার বিষয়? কোনো কল ফেইল নেই।`),
    no(`ip_local_port_range এর ডিফল্ট কত? আর tcp_tw_reuse চালু করলে ঝুঁকি কী? শুধু জানতে চাচ্ছিলাম।`),
    no(`ফায়ারওয়াল কি RST প্যাকেট ড্রপ করতে পারে? আমরা সামনের মাসে FortiGate লাগাবো, তার আগে প্ল্যান করছি।`),
    no(`হেলথ চেক রিপোর্ট: CPU ২২%, RAM ৪১%, TIME_WAIT ১৪৫, ESTABLISHED ৩৬০, কনকারেন্ট কল ১২০০। সব ঠিক মনে হয়, তবুও আপনারা একবার দেখে নিতে বললাম।`),
    no(`আমাদের সব SIP ট্রাঙ্ক UDP তে। SS_TCP_CLOSE_RESET On করলে কি UDP কলে কোনো লাভ হবে?`),
    no(`vai ekta question, TIME_WAIT 2 minute thake keno? Linux e eta kombano jay?`),
    no(`ss -s output dilam, check koren pls:
TCP:   211 (estab 88, closed 97, orphaned 0, timewait 95)
sob thik ase?`),
    no(`Bhai, amra next month 200 CPS e jaite chai. tokhon ki port exhaustion hobe? ekhon 30 CPS, kono problem nai.`),
    no(`RST mode on korle NAT device confuse hoy shunlam. eta ki sob router e hoy naki kisu specific model e? amra ekhono Off e asi`),
    no(`boss softswitch.conf e SS_TCP_CLOSE_RESET dekhlam, value Off. eta ki default? change korar dorkar ache?`),
    no(`netstat e TIME_WAIT line onek dekha jay, 140ta moto. server er load 0.3. normal to?`),
    no(`amader NOC team jante chay: "cannot assign requested address" error ta kokhon ashe? ekhono amader hoy nai, just documentation er jonno.`),
    no(`vai amader tcp_tw_reuse=1 kora ase. eta ki safe? ar kono side effect ache?`),
    no(`kalke peak e 85 CPS chilo, TIME_WAIT max 1.1k dekhsi, kono call fail hoy nai, ASR 48%. eta ki normal range e?`),
    no(`ekta curiosity: FIN ar RST er modhe kon ta better VoIP er jonno? amader SIP sob UDP te, tao jante chai`),
    no(`Sir, TIME_WAIT ka matlab kya hota hai? hamare server pe 250 ke aas paas dikhta hai, koi dikkat hai kya?`),
    no(`ss -s ka output bhej rahe hain, normal hai na?
TCP:   64 (estab 21, closed 30, orphaned 0, timewait 28)
abhi off peak hai`),
    no(`agar hum SS_TCP_CLOSE_RESET ko On kar dein to firewall ke peeche wale calls pe koi asar padega? hamare yaha pfSense hai. abhi kuch change nahi kiye.`),
    no(`bhaiya ip_local_port_range kitna rakhna chahiye 100 CPS ke liye? abhi default hai, sab theek chal raha hai`),
    no(`Monthly health check: peak 40 CPS, TIME_WAIT max 600, no failed calls, CPU 30%. koi recommendation?`),
    no(`ee RST mode ka ka faida hai? hum log soch rahe hain lagayein ki nahi. pehle samjha dijiye`),
    no(`Hamare yahan netstat me 90 TIME_WAIT aur 300 ESTABLISHED hai. ek client bola TIME_WAIT bura hota hai, sach hai?`),
    no(`Kya SIP over UDP pe bhi port exhaustion hota hai? hamara sab UDP hai, bas jaankari ke liye pooch rahe hain.`),
  ],
  firewallNoRst: [
    no(`FortiGate এ নতুন ক্যারিয়ারের IP হোয়াইটলিস্ট করতে হবে: 185.xx.xx.10 আর .11। কোন পোর্টগুলো খুলবো? SIP 5060 আর RTP রেঞ্জটা বলে দেন।`),
    no(`fail2ban আমাদের এক রিসেলারের IP ব্যান করে দিয়েছে, সে বলছে কল যাচ্ছে না। iptables -L দেখলে f2b-sip চেইনে ওর IP আছে। আনব্যান কিভাবে করবো?`),
    no(`MikroTik এ SIP ALG (sip helper) বন্ধ করবো নাকি চালু রাখবো? আমাদের অফিসের কিছু ফোন এর পেছনে আছে।`),
    no(`নতুন pfSense বসাচ্ছি সার্ভারের সামনে। রুলসগুলো রিভিউ করে দিবেন? নিচে দিলাম:
pass in WAN tcp/udp 5060
pass in WAN udp 10000:20000
block in all`),
    no(`চীন আর রাশিয়া থেকে অনেক SIP স্ক্যান আসছে। জিও-ব্লকিং করতে চাই iptables দিয়ে, কিভাবে করবো?`),
    no(`ওয়েব পোর্টালের পোর্ট 8080 শুধু আমাদের অফিস IP থেকে খোলা রাখতে চাই। firewalld এ রুল কী হবে?`),
    no(`রাউটারে পোর্ট ফরওয়ার্ডিং করতে হবে আমাদের লোকাল গেটওয়ের জন্য। বাইরের 5070 থেকে ভিতরের 192.168.1.50:5060 — এভাবে করলে চলবে?`),
    no(`Sophos এ SIP ট্রাফিকের জন্য আলাদা পলিসি বানাইছি, লগে সব allow দেখাচ্ছে, কোনো ড্রপ নাই। শুধু নিশ্চিত হতে চাই কনফিগ ঠিক আছে কিনা।`),
    no(`আমাদের ক্লায়েন্টের Cisco ASA তে "inspect sip" চালু আছে। এটা কি বন্ধ করা উচিত? কোনো সমস্যা এখনো হয়নি।`),
    no(`vai iptables e RTP range 10000-20000 open korte hobe, command ta diben? ekhon kisu call e one way audio hocche`),
    no(`fail2ban amar nijer office IP ban kore dise 😂 web e password vul disilam. fail2ban-client set sshd unbanip dile hobe?`),
    no(`Mikrotik e dst-nat diye 5060 forward korsi but bahir theke register hoy na. UDP 5060. rule ta check koren:
/ip firewall nat add chain=dstnat protocol=udp dst-port=5060 action=dst-nat to-addresses=192.168.88.10`),
    no(`boss new carrier er IP whitelist korte hobe VOS er firewall e, oder signalling IP 3ta. kothay add korbo, web e naki iptables e?`),
    no(`FortiGate e SIP ALG disable kora best practice shunlam. kivabe disable kori? config system settings e ki likhbo?`),
    no(`amra Bangladesh er baire theke sob traffic block korte chai shudhu carrier bade. ipset diye geo block er example diben?`),
    no(`vai firewall config review chai, text ta dilam:
allow tcp 5060 from any
allow udp 5060 from any
allow tcp 22 from any
ssh any theke khola, eta ki risky?`),
    no(`kalke ke jeno firewall e 5060 block kore dise, aj khule disi, call cholche. ekhon log e aro kisu dekhte hobe?`),
    no(`pfSense e outbound NAT e static port on korte hobe naki SIP er jonno? amader phones UDP e.`),
    no(`firewall theke brute force alert ashtese, 45.x.x.x theke REGISTER flood, 3 hajar request per minute. block kore disi. aro kisu korte hobe?`),
    no(`Sir naya carrier add kar rahe hain, unka IP 91.xx.xx.20 whitelist karna hai FortiGate pe. policy me kaunsa service select karein?`),
    no(`fail2ban ne hamare reseller ka IP ban kar diya, usko baar baar 401 aa raha tha. unban karke ignoreip me daal dein?`),
    no(`Bhaiya SIP ALG band karna hai TP-Link router me, option nahi mil raha. NAT boost ke andar hota hai kya?`),
    no(`hamara iptables config dekh lijiye please, sahi hai ya nahi:
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT
-A INPUT -j DROP`),
    no(`Pakistan aur kuch countries se SIP scan aa raha hai, geo-blocking karna chahte hain Sophos pe. kaise karein?`),
    no(`port forwarding karna hai office ke router pe, gateway ke liye. 5060 UDP aur RTP 8000-8100. koi aur port bhi chahiye?`),
    no(`ASA pe naya access-list banana hai VOS server ke liye, sirf carrier IPs allow. sample de sakte hain?`),
    no(`pfSense me kal ek rule add kiye the web portal ke liye 8443, ab sab theek hai. bas confirm karna tha ki RTP ke liye alag rule chahiye ya nahi.`),
  ],
  negationContext: [
    no(`ভাই, আমাদের কিছু ফোন unregistered হচ্ছিল, কিন্তু আমরা UDP only ব্যবহার করি, TCP কোথাও নেই, আর RST মোড কখনো চালু করিনি। পরে দেখলাম রাউটারের পাওয়ার সাপ্লাই নষ্ট। বদলে দিয়েছি।`),
    no(`গত মাসে যে TIME_WAIT আর port exhaustion সমস্যা হয়েছিল, tcp_tw_reuse চালু করার পর আর হয়নি। এখন পিকে TIME_WAIT ৯০০ এর নিচে। ধন্যবাদ সবাইকে।`),
    no(`রেকর্ডের জন্য পুরনো টিকেট ফরোয়ার্ড করলাম: "১২ মার্চ — FortiGate RST ড্রপ করছিল, session-ttl ঠিক করে সমাধান"। এখন কোনো সমস্যা নেই, শুধু ডকুমেন্টেশনে রাখবেন।`),
    no(`বিকেলে কিছু কল ড্রপ হচ্ছে, কিন্তু SS_TCP_CLOSE_RESET Off, কখনো চেঞ্জ করিনি, কেউ কিছু পরিবর্তনও করেনি। ক্যারিয়ার বলছে ওদের দিকে মেইনটেনেন্স চলছে।`),
    no(`আগের সপ্তাহে RST মোড চালু করে NAT ফোনগুলো unregistered হচ্ছিল, আপনারা Off করে দিলেন, তারপর থেকে সব ঠিক। আজ ৩ দিন ধরে একটাও ড্রপ নেই। ধন্যবাদ।`),
    no(`পাসওয়ার্ড পরিবর্তনের পরে ৫টা এক্সটেনশন unregistered হয়েছিল, এখন নতুন পাসওয়ার্ড দিয়ে দিয়েছি, সব রেজিস্টার্ড। জানিয়ে রাখলাম, RST বা ফায়ারওয়ালের কিছু না।`),
    no(`"cannot assign requested address" এরর টা আসলে আমাদের নিজেদের স্ক্রিপ্টে ছিল, ভুল সোর্স IP দিয়ে bind করছিল। ঠিক করেছি। VOS এ কোনো সমস্যা নেই।`),
    no(`ফায়ারওয়াল লগে কোনো drop নেই, RST মোডও বন্ধ। তাহলে কল ঠিক ৩০ মিনিটে কেন কাটছে? SIP session timer এর কারণে হতে পারে?`),
    no(`আমাদের নেটওয়ার্ক টিম ভেবেছিল port exhaustion, কিন্তু ss -s এ timewait মাত্র ৩১০, আর সমস্যাটা ছিল ক্যারিয়ারের 503। নোট করে রাখলাম।`),
    no(`vai kono tension nai, je "address already in use" bolsilam oita amader billing server er tomcat chilo, VOS na. solve hoye gese.`),
    no(`RST mode amra kokhono on kori nai, conf e SS_TCP_CLOSE_RESET=Off e ase. tao ek client er phone unregistered chilo, pore dekhi or account er validity sesh.`),
    no(`thanks boss, kalke tw_reuse on korar por aj peak e TIME_WAIT 1.2k e nemese, age 38k chilo. aj kono call fail nai.`),
    no(`forward kortesi purono ticket ta record er jonno: "Feb e pfSense RST drop korchilo, rule update kore fix". ekhon kono issue nai, just file e rakhen.`),
    no(`amader keu kichu change kore nai, RST o off. kintu kal sob call fail hoisilo — pore dekhlam data center er uplink down silo 40 min. ekhon thik.`),
    no(`nah vai, firewall RST drop korche na, ami log check korsi, "no session matched" ekta o nai. problem chilo carrier er side e codec mismatch.`),
    no(`last month er port exhaustion issue ta ar hoy nai, ip_local_port_range barano r por theke. just update dilam.`),
    no(`amra UDP only, TCP use e kori na, tai SS_TCP_CLOSE_RESET niye kono chinta nai na? phones sob register ase, just confirm.`),
    no(`Sylhet branch er phone unregistered chilo kalke, karon ISP er fiber cut, RST er sathe kono somporko nai. ekhon sob online.`),
    no(`oi je TIME_WAIT 45 hajar dekhaisilam, oita amader load generator diye chalano ekta synthetic run chilo, live traffic na. real peak e 2k er beshi hoy na.`),
    no(`Sir koi change nahi kiya humne, RST bhi off hai, UDP pe chal rahe hain. phones unregistered the kyunki office ka internet band tha. ab aa gaya.`),
    no(`pichhle hafte wala firewall RST drop wala issue solve ho gaya tha, dhanyawaad. aaj bas report bhej rahe hain: pichhle 5 din me zero call failures.`),
    no(`Password change ke baad hi phones unregistered hue the, naya password daal diya to sab theek. RST ya NAT ka kuch nahi tha.`),
    no(`bhaiya woh "address already in use" wala error port exhaustion nahi tha, mysql ka 3306 purana process pakad ke baitha tha. restart kiye to chal gaya.`),
    no(`Purana ticket forward kar rahe hain record ke liye: "Jan 2024 – TIME_WAIT 60k, cannot assign requested address, fixed with tcp_tw_reuse". abhi sab normal hai, TIME_WAIT 700 ke aas paas.`),
    no(`nahi sir, hum log SS_TCP_CLOSE_RESET ko kabhi On nahi kiye. NAT ke peeche ke phones UDP pe hain. unregistered isliye the ki router ka firmware update hua aur settings reset ho gaye.`),
    no(`ASA me "TCP flags R" wala deny dikh raha tha na pichhle mahine, woh RST mode off karne ke baad band ho gaya. ab log clean hai, bas bata rahe the.`),
    no(`Client bol raha tha firewall RST kha raha hai, par humne check kiya — hum RST mode use hi nahi karte aur unke firewall log me koi drop nahi. asli wajah unka balance khatam hona tha.`),
  ],
  portExhaustion: [
    pe(`ভাই জরুরি! সন্ধ্যার পিকে কল ফেইল হচ্ছে, লগে বারবার "cannot assign requested address"। ss -s:
TCP:   31844 (estab 1203, closed 30410, orphaned 12, timewait 30388)
পিক শেষ হলে আবার ঠিক হয়ে যায়।`),
    pe(`প্রতিদিন রাত ৯টা থেকে ১১টা কল যাচ্ছে না, নতুন TCP কানেকশন হচ্ছে না। netstat এ TIME_WAIT ২৮ হাজারের বেশি। CPS তখন ২৫০ এর মত।`),
    pe(`আসসালামু আলাইকুম। আমাদের ঢাকা সার্ভারে বিজি আওয়ারে ক্যারিয়ারের দিকে আউটগোয়িং কানেক্ট করতে গেলে EADDRINUSE আসে। TIME_WAIT গুনলাম ৩২৫৬৪টা। ip_local_port_range ডিফল্ট। কী করবো?`),
    pe(`দাদা, পিক টাইমে সফটসুইচ থেকে ট্রাঙ্কে SIP TCP কানেকশন ওপেন হচ্ছে না, লগে: connect() failed: Cannot assign requested address (99)। অফপিকে সব ঠিক। কলসেন্টারের ক্যাম্পেইন চলছে, CPS ৩০০+।`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
  41022 TIME_WAIT
   1550 ESTABLISHED
     12 LISTEN
এটা আজ দুপুর ১টার। তখন অর্ধেক কল ফেইল করেছে।`),
    pe(`আমাদের রিসেলারদের অভিযোগ — বিকেল ৪টা থেকে ৭টা কল কানেক্ট হয় না। সার্ভারে দেখি ৩০ হাজারের উপর TIME_WAIT সকেট, ফ্রি লোকাল পোর্ট নেই বললেই চলে। CPU মাত্র ৩৫%।`),
    pe(`সিলেট থেকে বলছি। ঈদের আগে ট্রাফিক দ্বিগুণ, এখন পিকে নতুন কানেকশন হচ্ছে না। ss -tan state time-wait | wc -l = ২৯৮৭১। port range 32768-60999। বাড়ালে কি হবে?`),
    pe(`কল লগে "bind: address already in use" আসছে আউটবাউন্ড কলের সময় — কোনো লিসেনিং সার্ভিস না, সফটসুইচ যখন ক্যারিয়ারে কানেক্ট করে তখন। পিকে হাজার হাজার TIME_WAIT, অফপিকে এরর নেই।`),
    pe(`গতকাল রাতে ৩৫০ CPS এ যাওয়ার পর থেকে প্রায় ৪০% কল ফেইল। dmesg এ কিছু নেই, কিন্তু TIME_WAIT ৩৮k। রাত ১২টার পর আবার স্বাভাবিক।`),
    pe(`ভাই একটা জিনিস খেয়াল করলাম: প্রতিদিন পিকে ss -s এ timewait ২৫-৩০ হাজার হয়ে যায় আর তখনই কল ফেইল শুরু। মনে হয় লোকাল পোর্ট শেষ হয়ে যাচ্ছে। tcp_tw_reuse 0 আছে।`),
    pe(`কলকাতার ক্লায়েন্টের ট্রাফিক যোগ হওয়ার পর থেকে সন্ধ্যায় আউটগোয়িং TCP কানেক্ট ফেইল: Cannot assign requested address। TIME_WAIT ৩৩,৪১০। সকালে ঠিক থাকে।`),
    pe(`vai peak e call jacche na!! log e "Cannot assign requested address" ar TIME_WAIT 31k. CPS 280. off peak e sob normal. help koren`),
    pe(`boss ss -s dilam peak time er:
TCP:   35120 (estab 980, closed 34011, orphaned 3, timewait 33990)
notun connection ar hocche na carrier er dike.`),
    pe(`Dhaka server e protidin rat 8-10 ta call fail, outgoing TCP connect e EADDRINUSE. TIME_WAIT hajar hajar, 28k er moto. ki korbo ekhon?`),
    pe(`bhai amader campaign dialer 400 CPS e chalai, 10 min por theke new calls fail. netstat e TIME_WAIT 40 hajar. port shesh hoye jaitese mone hoy`),
    pe(`vai busy hour e softswitch theke trunk e connect korte parche na. error: connect: Cannot assign requested address. ip_local_port_range 32768 60999, tw_reuse off. TIME_WAIT count 27,5xx`),
    pe(`ki korbo bujhtesi na, sondhar por theke ASR 60 theke 20 e neme jay. server e dekhsi TIME_WAIT 30k+, ephemeral port almost full. sokal e abar thik`),
    pe(`Chattogram POP er VOS e peak e mbx3000 log e "connect failed: Cannot assign requested address" ar TIME_WAIT 29k. ekhon CPS 310, call fail barche.`),
    pe(`vai urgent, call center er shift start hoile e (9am) hajar hajar call ek sathe, ar tokhon notun TCP connection hoy na. TIME_WAIT 36k dekhay. 30 min por normal.`),
    pe(`ss -tan | grep -c TIME-WAIT
34217
eta peak er somoy. tokhon onek call fail, log e EADDRINUSE on outgoing connect. ki setting change korbo? SS_TCP_CLOSE_RESET ekhon Off.`),
    pe(`dada amader reseller ra complain korche rat 9tar dike call lagche na. ami check korlam: netstat -an | grep -c TIME_WAIT = 26890, ar log e cannot assign requested address. RAM CPU sob thik.`),
    pe(`Sir peak hours me calls fail ho rahe hain, log me "Cannot assign requested address". TIME_WAIT 32 hazar se upar hai. CPS lagbhag 300. off-peak me sab theek.`),
    pe(`bhaiya shaam 7 baje se naya TCP connection nahi ban raha carrier ki taraf. netstat me TIME_WAIT 38k. ee port khatam ho gaya ka?`),
    pe(`Patna server: rush hour me outgoing connect pe EADDRINUSE aa raha hai, TIME_WAIT 30,000+. tcp_tw_reuse 0 hai, port range default. urgent help chahiye, client gussa hai.`),
    pe(`ss -s output peak ka:
TCP:   29877 (estab 1420, closed 28200, orphaned 5, timewait 28190)
usi time pe 35% calls fail ho rahe. kya karein?`),
    pe(`Our Kolkata box fails new outbound SIP TCP connections at peak — "cannot assign requested address", ~27k sockets in TIME_WAIT. CPS 260. raat 11 ke baad recover ho jata hai. please advise`),
    pe(`hamre call centre ke dialer ke chalte shaam ko 350 CPS hota hai, aur tabhi calls connect nahi hote. server pe TIME_WAIT hazaron me, 33k. baaki time sab normal`),
    pe(`Sir ji ek baat notice kiye: jab CPS 250 ke upar jaata hai to local ports exhaust ho jaate hain, mbx3000 log me connect pe "address already in use" aata hai. TIME_WAIT 31k. RST mode lagana chahiye kya?`),
    pe(`Busy hour me ASR 40% gir gaya. dekha to TIME_WAIT 35k aur ephemeral ports full. tw_reuse abhi tak enable nahi kiya. kaunsa fix safe rahega?`),
    pe(`bhaiya phir wahi problem aaj shaam: naye connections nahi ban rahe, TIME_WAIT 30k cross. kal bhi hua tha 8 se 10 baje tak. permanent solution batao`),
  ],
  natUnregistered: [
    nat(`ভাই, গতকাল SS_TCP_CLOSE_RESET On করার পর থেকে আমাদের বাসা থেকে কাজ করা এজেন্টদের সফটফোন (TCP তে) বারবার unregistered হচ্ছে। অফিসের পাবলিক IP এর ফোনগুলো ঠিক আছে। সবাই হোম রাউটারের পেছনে।`),
    nat(`RST মোড চালু করার পর MikroTik এর পেছনের সব Yealink ফোন ৫-১০ মিনিট পরপর রেজিস্ট্রেশন হারাচ্ছে। ফোনগুলো SIP over TCP তে। UDP ফোনগুলোতে সমস্যা নেই।`),
    nat(`আপনারা কাল যে close mode বদলালেন, তারপর থেকে অফিস NAT এর পিছনের ৩০টা এক্সটেনশন unregistered দেখাচ্ছে। TCP transport ব্যবহার করি। পাসওয়ার্ড কিছু বদলাইনি।`),
    nat(`আসসালামু আলাইকুম। NAT এর পিছনের গেটওয়েগুলো (Dinstar, TCP) আজ সকাল থেকে online/offline করছে। গত রাতে softswitch.conf এ SS_TCP_CLOSE_RESET=On দিয়ে reparse করেছি TIME_WAIT কমাতে। এটাই কি কারণ?`),
    nat(`চট্টগ্রামের রিসেলারের ফোনগুলো, সবাই বাসার রাউটার দিয়ে, RST চালু করার পর থেকে ঘণ্টায় কয়েকবার রেজিস্ট্রেশন ড্রপ করে। web এ online দেখায়, একটু পর আবার unregistered। ট্রান্সপোর্ট TCP।`),
    nat(`দাদা, RST mode অন করার পর থেকে NAT করা সফটফোনগুলো কল রিসিভ করতে পারছে না, স্ট্যাটাস দেখাচ্ছে not registered। রি-রেজিস্টার হলে কিছুক্ষণ ঠিক থাকে। TCP 5060 দিয়ে কানেক্ট।`),
    nat(`ss -s এ TIME_WAIT কমেছে RST চালু করার পর, সেটা ভালো। কিন্তু এখন NAT এর পেছনের Grandstream ফোনগুলো TCP তে unregistered হয়ে যাচ্ছে। পাবলিক IP ওয়ালা গেটওয়ে ঠিক।`),
    nat(`মঙ্গলবার থেকে, মানে যেদিন আপনাদের ইঞ্জিনিয়ার SS_TCP_CLOSE_RESET On করলো, সেদিন থেকে আমাদের কলসেন্টারের MicroSIP (TCP) গুলো অফিস রাউটারের পিছন থেকে বারবার রেজিস্ট্রেশন হারাচ্ছে।`),
    nat(`ফোন রেজিস্ট্রেশন লস্ট হচ্ছে, শুধু যারা NAT এর পিছনে আর TCP ব্যবহার করে। RST মোড অন আছে ২ দিন ধরে। রাউটার রিস্টার্ট দিলে কিছুক্ষণ ঠিক থাকে, তারপর আবার।`),
    nat(`সবাইকে সালাম। কাল রাত ১১টায় RST মোড অন হয়েছে, আজ সকালে দেখি হোম অফিসের ৪২ জন এজেন্টের মধ্যে ৩৫ জন unregistered। সবাই Zoiper TCP, বাসার ওয়াইফাই রাউটার।`),
    nat(`NAT এর পেছনের TCP এক্সটেনশনগুলোর রেজিস্ট্রেশন এক্সপায়ার হয়ে যাচ্ছে, রিফ্রেশ হচ্ছে না। SS_TCP_CLOSE_RESET = On করার পরে শুরু। আগের মতো Off এ ফেরত নেওয়া কি ঠিক হবে?`),
    nat(`vai RST mode on korar por theke amader home agent der softphone bar bar unregistered hoye jay. sob TCP te, basar router. office er gula thik ase.`),
    nat(`boss kalke je close mode change korlen oi tar por theke mikrotik er pichoner phone gula register thake na. TCP use kori. kisu korte hobe router e?`),
    nat(`SS_TCP_CLOSE_RESET On disi TIME_WAIT er jonno, ekhon NAT er pichoner gateway gula 10 min por por offline. transport TCP. eta ki RST er karone?`),
    nat(`dada amader reseller er 60ta extension, sob NAT er pichone, RST on korar por unregistered. public IP er device gula thik. please check`),
    nat(`vai ki hoise bujhtesi na, parshu softswitch.conf e RST enable korsi, reparse dise. aj sokal theke TCP phone gula (sob office NAT er pichone) registration lose kortese. UDP phone gula thik ase.`),
    nat(`Sylhet office theke: Yealink T31P gula TCP te register kora, RST mode er por theke register hoy abar 3-4 min por unregistered. router TP-Link. router e kono config change kori nai.`),
    nat(`bhai amader call center agents basa theke kaj kore, Zoiper TCP diye. RST chalu korar por theke "Registration failed" ar "not registered" ghure ghure dekhay. urgent, shift cholche`),
    nat(`after switching to RST close yesterday amader NATed softphones unregistered hocche. TCP only. ekhon ki Off e ferot jabo naki router e kisu korbo?`),
    nat(`vai web e dekhi sob NAT device "Online" theke "Offline" e jaitese, eta shuru hoise SS_TCP_CLOSE_RESET=On korar por. TCP transport. public IP wala carrier gateway thik.`),
    nat(`RST mode on er por theke amar office er 15 ta ip phone (mikrotik NAT, sip over tcp) keep losing registration. password same, IP same, kisu change kori nai shudhu RST.`),
    nat(`Sir kal RST mode on kiya tha TIME_WAIT kam karne ke liye, ab NAT ke peeche wale phones unregistered ho rahe hain. sab TCP pe hain. office wale public IP phones theek hain.`),
    nat(`bhaiya SS_TCP_CLOSE_RESET On karne ke baad se ghar se kaam karne wale agents ke softphone baar baar unregistered ho jaate hain. TCP transport, ghar ka router.`),
    nat(`Patna office ke MikroTik ke peeche ke 25 phones (SIP over TCP) registration kho rahe hain jab se aapne close mode badla. password ya IP kuch nahi badla.`),
    nat(`Hello team, since RST mode was enabled on Monday our NATed gateways on TCP keep dropping registration every few minutes. Public-IP devices are fine. hum kya karein?`),
    nat(`ee RST wala setting on kiye hain jab se, tab se hamar NAT wala phone sab unregistered ho jaata hai. TCP pe chal raha hai. wapas off kar dein ka?`),
    nat(`sir urgent, call centre ke 80 seats me se 50 unregistered. sab office NAT ke peeche, Zoiper TCP. kal raat SS_TCP_CLOSE_RESET=On karke reparse kiye the.`),
    nat(`RST enable karne ke baad NAT ke peeche wale Grandstream gateways register hote hain phir 5 min me unregistered. TCP 5060. UDP wale devices me koi problem nahi.`),
    nat(`Kolkata reseller bol raha hai uske saare customers (home routers, TCP) kal se unregistered dikh rahe hain. kal hi humne RST mode on kiya tha. koi connection hai?`),
    nat(`bhaiya jab se RST close on hua hai, home router ke peeche ke softphones ka registration refresh fail hota hai aur woh "not registered" dikhate hain. TCP use karte hain. kya fix hai?`),
  ],
  firewallRst: [
    fw(`ভাই, RST মোড অন করার পর থেকে কল হ্যাং হয়ে থাকছে। FortiGate লগে দেখি "no session matched" অনেকগুলো, আমাদের সফটসুইচের IP থেকে আসা TCP প্যাকেট ড্রপ। আগে এমন ছিল না।`),
    fw(`SS_TCP_CLOSE_RESET On করেছি গতকাল, আজ থেকে কিছু কল মাঝপথে কেটে যাচ্ছে। iptables লগে:
INVALID-DROP IN=eth0 OUT= SRC=103.x.x.x DST=10.0.0.5 PROTO=TCP SPT=5060 DPT=41233 RST
ctstate INVALID এ ড্রপ হচ্ছে।`),
    fw(`ক্লায়েন্টের Cisco ASA তে দেখাচ্ছে: %ASA-6-106015: Deny TCP (no connection) from 45.x.x.x/5060 to 192.168.10.20/53122 flags RST on interface outside। এটা শুরু হয়েছে আপনাদের close mode বদলানোর পর থেকে। কল ফেইল হচ্ছে।`),
    fw(`pfSense লগে অসংখ্য ব্লক: TCP:R ... "out of state"। RST চালু করার পর থেকে কল সেটআপ হ্যাং। ফায়ারওয়াল বাইপাস করলে কল ঠিক। কী করবো?`),
    fw(`দাদা, আমাদের Sophos XG RST প্যাকেটগুলো ড্রপ করছে বলে মনে হচ্ছে — লগে "Invalid TCP state"। সফটসুইচে RST চালু করার পর থেকেই কল ড্রপ হচ্ছে।`),
    fw(`MikroTik ফায়ারওয়ালে connection-state=invalid ড্রপ রুলের কাউন্টার হু হু করে বাড়ছে, সব RST ফ্ল্যাগের প্যাকেট। RST মোড অন করার পরদিন থেকে কল আটকে যাচ্ছে।`),
    fw(`আসসালামু আলাইকুম। কাল থেকে FortiGate এর পেছনের গেটওয়েতে কল ড্রপ। ডিবাগে "no session matched", flags [R]। SS_TCP_CLOSE_RESET=On করা হয়েছে পরশু। দুটো কি জড়িত?`),
    fw(`সার্ভার RST পাঠাচ্ছে, কিন্তু ফায়ারওয়ালে সেশন ঝুলে থাকে আর নতুন কল যায় না। iptables এ INVALID ড্রপ কাউন্ট ১২ হাজার, সব RST। RST মোড অন করার পর থেকে এই অবস্থা।`),
    fw(`ASA লগে "TCP flags R" দিয়ে deny, প্রতি মিনিটে শত শত। আমাদের দিকে পরিবর্তন শুধু একটা: সফটসুইচে RST close চালু। তারপর থেকে ৩০% কল ফেইল।`),
    fw(`RST মোড চালুর পর কলসেন্টারের কল মাঝেমধ্যে ৩২ সেকেন্ডে ড্রপ। tcpdump এ দেখি সার্ভার RST পাঠাচ্ছে কিন্তু ফোনের দিকে পৌঁছায় না — মাঝখানে pfSense "state mismatch" বলে ব্লক করছে।`),
    fw(`ঢাকা অফিসের Fortinet এর লগ:
action=deny msg="no session matched" proto=6 service=SIP tcpflag=RST
সফটসুইচে RST অন করার পর শুরু, রিং এর পর কল হ্যাং হয়ে থাকে।`),
    fw(`vai RST on korar por call hang hoye jay, FortiGate log e "no session matched" vora. eta ki firewall RST drop kortese?`),
    fw(`boss iptables e INVALID drop counter onek barche, sob RST packet softswitch theke. SS_TCP_CLOSE_RESET On kora hoise kalke. aj theke call fail 20-25%.`),
    fw(`client er ASA log:
Deny TCP (no connection) from 103.x.x.x/5060 to 10.1.1.15/49822 flags RST on interface outside
call jacche na thik moto, shuru hoise apnara close mode change korar por.`),
    fw(`dada pfSense TCP:R packets block korche, "out of state" bole. RST enable er por theke calls majhkhane drop hocche. firewall e ki korbo?`),
    fw(`Sophos theke alert ashtese "TCP packet dropped - invalid state", tar sathe call hang. amra RST mode on korsi 2 din age. firewall bypass kore dekhlam, call thik.`),
    fw(`mikrotik firewall e drop invalid rule e RST packet gula pore jacche, log e tcp flags RST. RST mode chalu korar por theke call setup hang kore. rule ta disable korbo?`),
    fw(`vai urgent, RST mode er por theke amader call gula 30-40 sec e drop. dmesg e dekhlam conntrack INVALID e RST drop hoy. amader server er samne iptables firewall.`),
    fw(`kalke softswitch e RST enable korar por theke Fortigate er pichoner sob gateway e calls fail. debug flow e "no session matched". apatoto ki RST off kore dibo?`),
    fw(`call hang + drop. firewall (pfSense) log e TCP:RA block, "out of state". RST mode on ase since last night. fw bypass korle sob normal.`),
    fw(`ASA te "TCP flags R" deny counter aj sokale 9 hajar cross korse. SS_TCP_CLOSE_RESET On kora hoise kal. amader call failure rate bere 35%.`),
    fw(`Sir jab se RST mode on kiya hai, calls hang ho rahe hain. FortiGate log me "no session matched" bhara pada hai, RST packets drop ho rahe hain.`),
    fw(`bhaiya iptables conntrack INVALID pe RST packets drop ho rahe hain, calls beech me kat rahe hain. SS_TCP_CLOSE_RESET kal On kiye the.`),
    fw(`Client ke Cisco ASA me "Deny TCP (no connection) ... flags RST" lagatar aa raha hai, aur calls fail. aapne close mode jab se change kiya tab se.`),
    fw(`pfSense log: block TCP:R out of state, hazaron entries. RST mode on karne ke baad se calls hang ho jaate hain. firewall hata ke dekha to sab theek.`),
    fw(`Sophos XG pe RST packets drop ho rahe hain (invalid state), RST close on karne ke baad se call drop rate 25%. firewall pe koi setting hai kya?`),
    fw(`MikroTik pe drop invalid rule ka counter tezi se badh raha hai, sab RST flag wale. RST mode parso on kiye hain. calls setup pe atak jaate hain.`),
    fw(`ee RST wala mode on kiye hain tab se hamar firewall (FortiGate) sab RST packet drop kar raha hai, "no session matched". call theek se lag hi nahi raha.`),
    fw(`Patna POP: since RST mode was enabled, our stateful firewall drops the softswitch RSTs (iptables INVALID). calls ringing ke baad hang, aur kuch 30 sec me drop. help please`),
    fw(`sir ASA logs me "TCP flags R" ke saath deny, har minute 200-300. ek hi change hua hai: SS_TCP_CLOSE_RESET=On. calls 30% tak fail ho rahe hain.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning196Set: readonly EvalItem[] = Object.values(tuning196Families).flat();
