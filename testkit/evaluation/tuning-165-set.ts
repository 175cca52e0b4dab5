import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Owners, NOC engineers, resellers and technicians of VOS3000 shops in Bangladesh, Pakistan, India and Nepal, on
 * WhatsApp: Banglish and Bangla script, Roman Urdu and Urdu script, Hinglish and Devanagari Hindi, Punjabi (Gurmukhi,
 * Shahmukhi, romanised) and Nepali (Devanagari, romanised), a fifth each, with English technical words, pasted output,
 * voice-to-text slips and typos; numbers as "30k", "30 hazar", "৩০ হাজার", "۳۰ ہزار", "३० हजार", "ਤੀਹ ਹਜ਼ਾਰ", lakh;
 * greetings "vai", "AoA", "namaste", "sat sri akal ji", "dai", "hajur".
 *
 * The hundred-and-sixty-fifth tuning split, by family, in markets where VOS3000 is sold widely. Five negative families of 27 (one service
 * that cannot bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed
 * phones unregistered after RST mode, a stateful firewall dropping RST). Written as the hundred-and-sixty-fifth never-tuned set,
 * before the sixty-first round of rules, by someone who had read only the playbooks' symptoms and the domain notes,
 * without the matcher, its rules or the other sets in view; measured as such before and after the sixty-first round,
 * then made tuning material for the sixty-second: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 98.9 %, negatives confident 2.2 %, confident wrong 0 % with the rules of
 * the sixtieth round, before the sixty-first.
 * After the sixty-first round: the same.
 * After the sixty-second round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning165Families = {
  oneListeningPort: [
    no(`bhai vos3000 er web portal open hocche na. tomcat restart dilam, log e dekhay: java.net.BindException: Address already in use (Bind failed) port 8080. ki korbo? softswitch thik ache call jacche`),
    no(`আসসালামু আলাইকুম ভাই, সার্ভার রিবুট করার পর mbx3000d স্টার্ট হচ্ছে না। লগে লিখা: bind 0.0.0.0:5060 failed: Address already in use. netstat -tulpn দিলে দেখি পুরানো একটা process 5060 ধরে রাখছে, pid 2314. এটা কি kill দিলেই হবে?`),
    no(`mysql uthtese na vai, "Can't start server: Bind on TCP/IP port: Address already in use" ... 3306 e arekta mysqld already cholche mone hoy, duita instance. CDR dekhte pari na`),
    no(`ভাই আমাদের রিসেলার প্যানেল nginx রিস্টার্ট দিলে আসে nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). apache ও install করা আছে মনে হয়। কল সব ঠিক আছে, শুধু প্যানেল ডাউন`),
    no(`docker e amader billing api container run korte gele error: Bind for 0.0.0.0:9090 failed: port is already allocated. age ekta purano container chilo, docker ps e dekhlam oita ekhono running. eta ki vos er problem?`),
    no(`boss kalke raat 2tay new server e vos install korlam, shob ok but web manager 8080 e "Address already in use" dise. check korle dekhi jenkins boshano 8080 e 😅 jenkins ta onno port e sorabo naki vos er port change korbo?`),
    no(`AoA bhai, VOS ka web interface nahi khul raha. catalina.out mein yeh aa raha hai:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
kal kisi ne dusra tomcat bhi install kiya tha trial ke liye`),
    no(`السلام علیکم، سرور ری اسٹارٹ کے بعد سافٹ سوئچ اوپر نہیں آ رہا، لاگ میں ہے 5060 Address already in use۔ پرانا mbx3000d پروسیس ابھی بھی چل رہا ہے شاید، ps میں دو دکھ رہے ہیں۔ کیا کروں؟`),
    no(`bhai redis start nahi ho raha hamare dashboard server pe: "Creating Server TCP listening socket *:6379: bind: Address already in use". purana redis-server chal raha tha jo systemctl se nahi utha tha. koi aur masla hai?`),
    no(`sir mere laptop pe developer wala portal chala raha tha npm run dev, EADDRINUSE :::3000 aa gaya. server ka masla hai ya mera laptop ka? 😅 VOS pe calls theek chal rahi hain`),
    no(`جناب ہمارے پینل پر apache نہیں چل رہا: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443 — nginx بھی لگا ہوا ہے اسی سرور پر۔ براہ کرم رہنمائی کریں`),
    no(`VOS3000 2.1.8 fresh install kiya, mbx3000d ka log: "SIP listen 5060 failed, Address already in use". check kiya to asterisk pehle se installed hai 5060 pe 🙄 purane admin ne chhora tha`),
    no(`Sir ji namaste, vos ka web manager down hai. tomcat log: java.net.BindException: Address already in use: JVM_Bind :8080. humne kal ek monitoring agent dala tha, shayad wahi 8080 le raha hai. calls sab chal rahi hai`),
    no(`नमस्ते सर, MySQL सर्विस start नहीं हो रही। error: Do you already have another mysqld server running on port: 3306 ? ... Address already in use. रीबूट के बाद से ऐसा है, CDR नहीं दिख रहे`),
    no(`bhaiya softswitch restart kiya to 5060 bind fail ho gaya, "Address already in use". lsof -i :5060 dikha raha hai purana mbx3000d zombie ki tarah pada hai pid 18722. kill -9 kar du?`),
    no(`hello team, humara call-centre reporting container start nahi ho raha: docker: Error response from daemon: driver failed programming external connectivity ... Bind for 0.0.0.0:8443 failed: port is already allocated. VOS side koi issue nahi hai na?`),
    no(`भाई साहब nginx reload पर: bind() to 0.0.0.0:443 failed (98: Address already in use)। पुराना httpd भी चल रहा था। क्या इससे VOS के कॉल पर असर पड़ेगा?`),
    no(`sat sri akal ji, saada web portal ni khul reha. tomcat kehnda "Address already in use" 8080 te. pichhle hafte kise ne nodejs wala app ussey port te chala ditta si. calls theek ne`),
    no(`ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਸਰਵਰ ਰੀਸਟਾਰਟ ਤੋਂ ਬਾਅਦ softswitch ਨਹੀਂ ਚੱਲ ਰਿਹਾ। ਲੌਗ ਵਿੱਚ: bind 5060 Address already in use. ਪੁਰਾਣਾ process ਹਾਲੇ ਵੀ ਚੱਲਦਾ ਪਿਆ। ਕੀ ਕਰੀਏ?`),
    no(`بھا جی، mysql نئیں چل رہیا، کہندا اے port 3306 Address already in use۔ دو واری install ہو گیا لگدا اے۔ CDR نئیں دسدے`),
    no(`veer ji redis-server start ni hunda, bind: Address already in use 6379. purana process kill karan? baaki sab sahi chal reha, calls jaandiyan ne`),
    no(`ਜੀ ਸਾਡੇ ਨਵੇਂ docker ਵਾਲੇ billing app ਦਾ container ਨਹੀਂ ਚੱਲਦਾ: Bind for 0.0.0.0:8080 failed: port is already allocated. VOS ਦਾ web manager ਵੀ 8080 ਤੇ ਹੈ। ਕਿਹੜਾ port ਬਦਲੀਏ?`),
    no(`namaste dai, vos ko web page khulena. tomcat log ma "java.net.BindException: Address already in use" 8080 bhanchha. hijo arko java app install gareko thiyo. call chai thik chha`),
    no(`नमस्कार सर, सर्भर रिबुट पछि mbx3000d चल्दैन। लगमा 5060 Address already in use देखाउँछ। पुरानो process अझै बाँकी छ जस्तो छ। के गर्ने होला?`),
    no(`sir mysql start hudaina, "Bind on TCP/IP port: Address already in use" aauchha 3306 ma. mariadb ra mysql duitai install bhako jasto chha. CDR report aaudaina`),
    no(`दाइ nginx restart गर्दा bind() to 0.0.0.0:80 failed (98: Address already in use) आयो। apache पनि चलिरहेको रहेछ। यो VOS को समस्या हो कि?`),
    no(`hajur mero laptop ma portal ko dev server chalaudai thiye, Error: listen EADDRINUSE: address already in use 127.0.0.1:5173. server ma kei problem chha ki mero laptop matra ho?`),
  ],
  otherRegistrationCause: [
    no(`vai amar 40ta SIP phone hotat unregistered dekhacche. ajke shokale admin password change korsilam, mone hoy phone gulate purano password. eta fix korte kon jaygay jabo?`),
    no(`ভাই আমাদের অফিসের সব গেটওয়ে unregistered, গতকাল ISP বদলাইছি, নতুন রাউটার দিছে। আমরা শুধু UDP 5060 ব্যবহার করি। রাউটারে SIP ALG অন আছে দেখলাম`),
    no(`boss reseller er 15ta account register hocche na, portal e dekhi account expired, balance 0. ora ekhono payment kore nai. ei case e ki korbo, suspend thakbe?`),
    no(`এলাকায় কাল রাত থেকে কারেন্ট নাই, আইপিএস ও শেষ, তাই সব ফোন unregistered দেখাচ্ছে। কারেন্ট আসলে কি নিজে থেকে রেজিস্টার হবে?`),
    no(`vai amader SIP server er domain sip.xyzbd.net er DNS change korsi new IP te, kintu purano phone gulo ekhono purano IP te register korte jacche, tai unregistered. TTL 86400 chilo 😓`),
    no(`bhai humare 25 softphones unregistered, log mein "403 Forbidden - wrong password" aa raha hai. kal client ne khud password reset kiya tha panel se. RST vagera kuch nahi chhera`),
    no(`سر ہمارا VOS لائسنس کل ختم ہو گیا تھا، اس کے بعد سے کوئی فون رجسٹر نہیں ہو رہا۔ نیا لائسنس کب تک ملے گا؟`),
    no(`sir office ka internet PTCL ka down hai subah se, is liye sare IP phones unregistered show ho rahe hain. backup line kaise lagayen?`),
    no(`AoA, 8 gateways unregistered hain kyun ke hamara public IP change ho gaya, ISP ne dynamic IP de di. VOS mein gateway ka IP static dala hua hai. kya karein?`),
    no(`بھائی ہمارے کلائنٹ کا اکاؤنٹ بیلنس ختم ہونے کی وجہ سے suspend ہو گیا ہے، اس کے سارے phones unregistered ہیں۔ payment آج شام آ جائے گی، پھر خود ٹھیک ہو جائے گا؟`),
    no(`sir hamare call centre ke 60 agents ka softphone unregistered hai, Zoiper mein "401 Unauthorized" aa raha. kal IT wale ne sabka SIP password rotate kiya tha policy ke wajah se. nayi list bhejun?`),
    no(`नमस्ते, हमारे ऑफिस में नया राउटर लगाया है (Jio fiber), उसके बाद से फोन unregistered हैं। हम UDP ही use करते हैं। राउटर में SIP ALG on है, उसे off करना चाहिए?`),
    no(`bhai licence expire ho gaya lagta hai, web manager pe "License expired" likha aa raha aur koi bhi phone register nahi ho raha. renewal ka process batao`),
    no(`sir ek branch ke sab phones unregistered, wahan check kiya to PoE switch jal gaya, phones ko power hi nahi mil rahi 😂 switch badal rahe hain`),
    no(`सर हमने SIP सर्वर का domain बदल दिया है voip.oldname.in से sip.newname.in, पर कुछ फोन में अभी भी पुराना domain है इसलिए unregistered हैं। bulk में provisioning कैसे करें?`),
    no(`hello, ek reseller ke 12 account unregistered, check kiya to unka account admin ne suspend kiya hai unpaid bill ke liye (₹48k baki). bas confirm kar rahe ki system side koi fault nahi`),
    no(`veer ji saade 20 phone unregistered aa, kal password badle si sab de, phone vich purane pae hoye ne. ik ik karke badalne painge?`),
    no(`ਜੀ ਦਫ਼ਤਰ ਦਾ ਇੰਟਰਨੈੱਟ ਸਵੇਰ ਤੋਂ ਬੰਦ ਹੈ, ਇਸ ਕਰਕੇ ਸਾਰੇ ਫ਼ੋਨ unregistered ਨੇ। ISP ਵਾਲੇ ਕਹਿੰਦੇ ਤਾਰ ਕੱਟੀ ਗਈ।`),
    no(`بھا جی ساڈا لائسنس مک گیا اے، ہُن کوئی فون رجسٹر نئیں ہوندا۔ نواں لائسنس کنّے دا اے؟`),
    no(`sat sri akal, router badlya ISP ne, hun SIP ALG on aa te gateway register ni hunde. asi sirf UDP use karde aa. ALG off karke dekhiye?`),
    no(`ਭਾਜੀ ਸਾਡਾ public IP ਬਦਲ ਗਿਆ, VOS ਵਿੱਚ gateway ਦਾ ਪੁਰਾਣਾ IP ਪਾਇਆ ਹੋਇਆ ਸੀ, ਇਸ ਕਰਕੇ gateway unregistered। ਨਵਾਂ IP 103.x.x.x ਪਾ ਦੇਈਏ?`),
    no(`جی ساڈے 6 فون بند پئے نے کیونکہ بجلی گئی ہوئی اے پورے پنڈ وچ، UPS وی مک گیا۔ اوہ unregistered دسدے نے، فکر والی گل تے نئیں؟`),
    no(`dai hamro 30 wata phone unregistered dekhauchha, bihana admin le password change garnu bhayo re. phone ma purano password chha. sabai ma naya halnu parchha?`),
    no(`सर, हाम्रो VOS को लाइसेन्स सकियो होला, हिजोदेखि कुनै फोन register हुँदैन। renewal कसरी गर्ने?`),
    no(`hajur loadshedding le garda branch office ma power chhaina, tyasaile phone haru unregistered. inverter pani sakiyo. power aaye pachi aafai register hunchha ni?`),
    no(`नमस्ते, ISP ले नयाँ router राखिदियो, त्यसपछि gateway unregistered छ। हामी UDP मात्र प्रयोग गर्छौं। router मा SIP ALG अन छ रे।`),
    no(`sir reseller ko account balance sakiyera suspend bhayo, tesaile usko 10 wata extension unregistered chha. payment garepachhi activate garidinu na`),
  ],
  smallFigures: [
    no(`vai ekta question, ss -s dile dekhi TIME-WAIT 214. eta ki normal? server e 40-50 concurrent call hoy matro`),
    no(`ভাই এই আউটপুট কি ঠিক আছে?
Total: 412 (kernel 530)
TCP:   187 (estab 96, closed 72, orphaned 0, synrecv 0, timewait 68/0), ports 0
রাতের বেলা নিলাম, কল কম`),
    no(`SS_TCP_CLOSE_RESET ta asole ki kore? softswitch.conf e dekhlam Off ache. on korle ki labh?`),
    no(`একটা প্রশ্ন, যদি আমরা RST mode চালু করি তাহলে কি আমাদের NAT এর পিছনের ফোনগুলো সমস্যা করবে? এখনো কিছু চালু করি নাই, শুধু জানতে চাই`),
    no(`TIME_WAIT jinis ta ki vai? netstat e dekhi 300 er moto TIME_WAIT, amader CPS 5-6. kono somossa nai, just janar jonno`),
    no(`vai monthly health check pathalam: netstat -ant | grep TIME_WAIT | wc -l = ১৮০, ip_local_port_range 32768 60999, tcp_tw_reuse 0. kichu change lagbe ki?`),
    no(`bhai yeh batao TIME_WAIT kya hota hai aur kitna hona chahiye? hamare server pe abhi 350 ke qareeb hain, CPS 10 hai. sab theek chal raha`),
    no(`سر اگر ہم SS_TCP_CLOSE_RESET کو On کر دیں تو کیا firewall کے ساتھ کوئی مسئلہ آئے گا؟ ابھی Off ہے، صرف پلان کر رہے ہیں`),
    no(`sir ss -s dekh lein normal hai?
TCP:   260 (estab 140, closed 95, orphaned 1, synrecv 0, timewait 93/0), ports 0
Transport Total     IP        IPv6
TCP       260       255       5
chhota server hai, 80 channels`),
    no(`yaar ek cheez samjhao, RST aur FIN mein kya farq hai SIP TCP close karte waqt? client puch raha tha, koi issue nahi hai`),
    no(`بھائی ہمارے سرور پر ۴۵۰ TIME_WAIT ہیں، رات کا وقت ہے۔ یہ زیادہ تو نہیں؟ کوئی کال فیل نہیں ہو رہی`),
    no(`sir ek doubt tha, net.ipv4.tcp_tw_reuse ko 1 karna safe hai kya? abhi TIME_WAIT sirf 120-150 rehta hai, future ke liye puch raha`),
    no(`नमस्ते सर, हमारे सर्वर पर ss -s में timewait 240 दिख रहा है, 30 CPS पीक पर। क्या यह ठीक है या tuning चाहिए?`),
    no(`bhai client ne poocha "agar hum RST on karenge to kya home users jo NAT ke peeche hain unki registration girega?" abhi kuch nahi kiya, bas advice chahiye`),
    no(`sir ye netstat output normal hai na?
netstat -ant | awk '{print $6}' | sort | uniq -c
     85 ESTABLISHED
     12 LISTEN
    190 TIME_WAIT
      3 SYN_SENT
daily check mein aaya`),
    no(`सर SS_TCP_CLOSE_RESET का मतलब क्या है? manual में पढ़ा पर समझ नहीं आया। हमारा सब UDP है वैसे`),
    no(`veer ji TIME_WAIT 3 sau de karib aa, eh theek aa? calls saariyan sahi ja rahiyan, bas puchh reha`),
    no(`ਜੀ ਜੇ ਅਸੀਂ RST mode ਚਾਲੂ ਕਰੀਏ ਤਾਂ FortiGate ਨਾਲ ਕੋਈ ਮਸਲਾ ਹੋਊ? ਹਾਲੇ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ, ਸਿਰਫ਼ ਪੁੱਛ ਰਹੇ ਹਾਂ`),
    no(`بھا جی ss -s وچ timewait ۱۵۰ آ رہیا اے۔ ایہہ ٹھیک اے؟ سرور چھوٹا اے، ۵۰ لائناں`),
    no(`ji eh dekh lo:
TCP:   98 (estab 41, closed 30, orphaned 0, synrecv 0, timewait 28/0), ports 0
sab normal aa na? monthly report layi chahida`),
    no(`ਭਾਜੀ SS_TCP_CLOSE_RESET On ਤੇ Off ਵਿੱਚ ਕੀ ਫਰਕ ਹੈ? ਨਵਾਂ ਬੰਦਾ ਰੱਖਿਆ NOC ਵਿੱਚ, ਉਹਨੂੰ ਸਮਝਾਉਣਾ`),
    no(`dai TIME_WAIT bhaneko ke ho? hamro server ma 200 jati dekhinchha. kei samasya chhaina, bujhna matra khojeko`),
    no(`सर, यदि हामीले SS_TCP_CLOSE_RESET On गर्यौं भने NAT पछाडिका फोनहरूमा असर पर्छ? अहिले Off नै छ`),
    no(`hajur yo output thik chha?
Total: 320 (kernel 410)
TCP:   150 (estab 80, closed 50, orphaned 0, synrecv 0, timewait 45/0), ports 0
hamro peak 12 CPS matra ho`),
    no(`दाइ net.ipv4.ip_local_port_range कति राख्नु राम्रो? अहिले 32768 60999 छ, TIME_WAIT ४०० भन्दा कम नै हुन्छ। भविष्यको लागि सोधेको`),
    no(`sir hamro call centre ko server ko weekly check: TIME_WAIT 90, estab 60. RST off chha. sab thik chha ki kehi tune garnu parchha?`),
    no(`नमस्ते, TCP मा RST र FIN फरक के हो? ग्राहकले सोध्नुभयो, कुनै समस्या भएको होइन`),
  ],
  firewallNoRst: [
    no(`vai notun carrier er IP 185.23.44.10 whitelist korte hobe FortiGate e, 5060 UDP ar 10000-20000 RTP. kon policy te add korbo?`),
    no(`ভাই fail2ban আমাদের এক রিসেলারের IP ব্যান করে দিছে, ভুল পাসওয়ার্ড দিয়ে অনেকবার চেষ্টা করছিল। কিভাবে unban করব?`),
    no(`MikroTik e port forwarding lagbe, public 5060 theke VOS er 192.168.10.5:5060 e. NAT rule ta ektu dekhaya den plz`),
    no(`আমরা চাই শুধু বাংলাদেশ আর সৌদি থেকে SIP ট্রাফিক আসুক, বাকি সব দেশ ব্লক। pfSense এ geo-blocking কিভাবে করব?`),
    no(`boss amader iptables rules gula ekbar review kore den, security audit ase next week. paste korlam:
-A INPUT -p udp --dport 5060 -s 103.4.0.0/16 -j ACCEPT
-A INPUT -p tcp --dport 8080 -j ACCEPT
-A INPUT -j DROP`),
    no(`bhai Cisco ASA pe naya carrier ka IP allow karna hai, 5060 TCP aur UDP dono. access-list ka syntax bhej do please`),
    no(`سر ہمارے کلائنٹ کا IP fail2ban نے block کر دیا ہے، وہ کہتا ہے call نہیں لگ رہی۔ unban کیسے کریں؟ jail کا نام sip-asterisk ہے`),
    no(`AoA, office router pe SIP ALG on hai, suna hai off karna chahiye. TP-Link mein kahan milega? abhi koi masla nahi bas best practice`),
    no(`sir humein web manager ka port 8080 sirf office IP ke liye khula rakhna hai, baaki sab block. iptables rule bana do`),
    no(`بھائی Sophos XG پر geo-blocking لگانی ہے، چائنا اور روس سے بہت scanning آ رہی ہے SIP پر۔ کیسے کریں؟`),
    no(`bhai firewall pe 10000 se 20000 tak RTP range kholni hai, one-way audio aa raha hai naye client ke saath. pfSense hai`),
    no(`sir FortiGate pe naya VIP banana hai, public IP ka 5060 forward karna VOS pe. policy kaise lagaun?`),
    no(`नमस्ते, हमारे नए carrier का IP 91.x.x.x whitelist करना है iptables में। कमांड बता दीजिए`),
    no(`bhai fail2ban ne humare hi NOC wale ka IP ban kar diya 😂 usne 10 baar galat password dala web pe. unban command?`),
    no(`hello, security team ne config review maanga hai humare firewall ka. MikroTik export bhej raha hoon, dekh ke bataiye kya kami hai:
/ip firewall filter add chain=input protocol=udp dst-port=5060 action=accept
/ip firewall filter add chain=input action=drop`),
    no(`सर, pfSense पर SIP ALG जैसा कुछ है क्या? siproxd package लगाना चाहिए? अभी सब ठीक चल रहा है`),
    no(`sir Pakistan aur Nigeria se bahut SIP scan aa raha hai, geo-block karna hai Cisco ASA pe. koi easy tarika?`),
    no(`veer ji FortiGate te naye carrier da IP allow karna, 5060 UDP. kehde section vich jaana?`),
    no(`ਜੀ fail2ban ਨੇ ਸਾਡੇ reseller ਦਾ IP ਬੰਦ ਕਰ ਦਿੱਤਾ, ਗਲਤ ਪਾਸਵਰਡ ਕਰਕੇ। ਕਿਵੇਂ ਖੋਲੀਏ?`),
    no(`بھا جی راؤٹر تے port forwarding کرنی اے 5060 دی، VOS اندر والے IP تے اے۔ دس دیو کیویں`),
    no(`ji sada firewall config ik vaari dekh lao, audit aa rehi aa. koi problem ni chal rahi, bas confirm karna`),
    no(`ਭਾਜੀ MikroTik ਉੱਤੇ SIP ALG ਬੰਦ ਕਰਨਾ ਹੈ, /ip firewall service-port ਵਿੱਚ sip disable ਕਰ ਦੇਈਏ?`),
    no(`dai naya carrier ko IP whitelist garnu parne chha pfSense ma, 5060 UDP. kasari garne?`),
    no(`सर, fail2ban ले हाम्रो आफ्नै अफिसको IP ब्यान गर्‍यो। कसरी unban गर्ने?`),
    no(`hajur router ma port forward garnu chha 5060 ra RTP 10000-20000, VOS bhitra 192.168.1.20 ma chha`),
    no(`नमस्ते, चीनबाट धेरै SIP scan आइरहेको छ। FortiGate मा geo-block कसरी गर्ने?`),
    no(`sir hamro iptables config review gardinus na, naya server ho. kunai samasya chhaina, security ko lagi`),
  ],
  negationContext: [
    no(`vai phone gulo unregistered chilo kalke, kintu amra UDP only use kori, RST kokhono on kori nai. pore dekhi ISP er line down chilo, ekhon thik`),
    no(`ধন্যবাদ ভাই, গত মাসের TIME_WAIT এর সমস্যাটা সমাধান হয়ে গেছে। এখন পিকে ss -s এ timewait ৩০০ এর নিচে থাকে। শুধু জানাইলাম`),
    no(`record er jonno purano ticket forward korlam: "March 12 - FortiGate dropping RST, calls hanging - RESOLVED, RST off kora hoise." ekhon kono somossa nai, file e rakhen`),
    no(`আমাদের softswitch.conf এ SS_TCP_CLOSE_RESET=Off, কখনো চালু করা হয় নাই। কেউ কিছু বদলায়ও নাই। তারপরও একজন কাস্টমার বলতেছে firewall নাকি RST drop করতেছে — আমাদের সাইডে তো সম্ভব না, ঠিক না?`),
    no(`vai "cannot assign requested address" er problem ta last week solve hoise apnar tuning er pore. ekhon peak e 8k TIME_WAIT matro, kono call fail nai. thanks a lot`),
    no(`bhai phones unregistered the, lekin wajah mil gayi: password change ke baad softphones mein update nahi kiya tha. RST wagera ka koi lena dena nahi, woh to off hai`),
    no(`شکریہ سر، NAT والے فونز کا مسئلہ حل ہو گیا RST واپس Off کرنے کے بعد۔ اب سب رجسٹرڈ ہیں، ۲ دن سے کوئی شکایت نہیں`),
    no(`sir pichle ticket ka follow up: jo "address already in use" aa raha tha woh purana ticket hai, ab masla khatam. peak pe TIME_WAIT 2 hazar ke neeche hai. ticket close kar dein`),
    no(`for record forward kar raha hoon: "Ticket #4471 - ASA out of state RST drops after close mode change. Fixed 2 Feb by reverting." abhi sab normal hai`),
    no(`بھائی ہم صرف UDP استعمال کرتے ہیں، TCP بالکل نہیں۔ تو SS_TCP_CLOSE_RESET کا ہم پر کوئی اثر نہیں ہونا چاہیے نا؟ کسی نے کچھ نہیں بدلا`),
    no(`sir kal jo TIME_WAIT 40k wala issue tha woh aapke change ke baad khatam ho gaya. ab peak pe 3-4 hazar hi hai, calls smooth. thank you 🙏`),
    no(`नमस्ते, हमारे यहाँ RST कभी on नहीं किया गया, सब default है। फोन unregistered होने की वजह router का power adapter खराब था, बदल दिया, अब ठीक है`),
    no(`bhai ek purana resolved ticket forward kar raha hu documentation ke liye: "pfSense dropping TCP RST from softswitch, calls dropping — resolved by RST Off on 5 Jan". koi action nahi chahiye`),
    no(`sir firewall mein INVALID drop dikh rahe the, but woh humare SSH pe brute force scanner ke packets the, SIP se koi lena dena nahi. RST mode off hai. bas info ke liye`),
    no(`सर, पिछले हफ्ते वाला "cannot assign requested address" का मसला सुलझ गया है। अब peak पर TIME_WAIT ५ हज़ार से कम रहता है। धन्यवाद`),
    no(`veer ji oh NAT waale phone unregistered hon wala masla hal ho gaya, tusi RST band kita si. hun sab green ne. dhanvaad`),
    no(`ਜੀ ਸਾਡੇ ਫ਼ੋਨ unregistered ਹੋਏ ਸੀ ਪਰ ਉਹ password ਬਦਲਣ ਕਰਕੇ ਸੀ, RST ਤਾਂ ਕਦੇ ਚਾਲੂ ਹੀ ਨਹੀਂ ਕੀਤਾ। ਹੁਣ ਠੀਕ ਹੈ`),
    no(`بھا جی پرانی ٹکٹ ریکارڈ لئی بھیج رہیا واں: FortiGate RST drop، کالاں ہینگ، حل ہو گیا ۱۰ مارچ نوں۔ ہُن کوئی مسئلہ نئیں`),
    no(`ji asi sirf UDP vartde aa, TCP koi nahi. RST da saade te koi asar ni. kise ne kuch ni badlya, bas confirm kar reha`),
    no(`ਧੰਨਵਾਦ ਜੀ, ਪਿਛਲੇ ਮਹੀਨੇ ਵਾਲਾ TIME_WAIT ਵਾਲਾ ਮਸਲਾ ਠੀਕ ਹੋ ਗਿਆ। ਹੁਣ peak ਤੇ ਵੀ ਦੋ ਹਜ਼ਾਰ ਤੋਂ ਘੱਟ`),
    no(`bhaji address already in use wala error pichle saal aaya si, oh purani gall aa, hall ho gaya si. hun koi dikkat ni, bas history puchhi si client ne`),
    no(`dai hijo ko problem solve bhayo, phone unregistered bhayeko password change garera ho, RST ta kahile on nai gareko chhaina`),
    no(`धन्यवाद सर, RST Off गरेपछि NAT पछाडिका फोनहरू सबै register भए। अब कुनै समस्या छैन`),
    no(`record ko lagi purano ticket pathako: "Sophos dropping RST after SS_TCP_CLOSE_RESET On - fixed by Off, 20 Feb". ahile sab normal chha`),
    no(`सर हामी UDP मात्र चलाउँछौं, RST कहिल्यै on गरेको छैन, कसैले केही परिवर्तन गरेको छैन। त्यसैले firewall को RST कुरा हामीलाई लागु हुँदैन होला?`),
    no(`thank you hajur, TIME_WAIT ko problem gayo. aba peak ma 2 hajar bhanda kam, cannot assign requested address aaudaina`),
    no(`गत महिनाको "address already in use" समस्या समाधान भइसक्यो। अहिले peak मा TIME_WAIT ३ हजार जति मात्र। जानकारीको लागि`),
  ],
  portExhaustion: [
    pe(`vai urgent!! peak time e (rat 9-11) call fail hocche, log e "connect() failed: Cannot assign requested address". ss -s e timewait 28k+. CPS 180 er moto. help plz`),
    pe(`ভাই সন্ধ্যার পর থেকে নতুন TCP কানেকশন হচ্ছে না, কল ফেইল।
ss -s
Total: 61234 (kernel 61502)
TCP:   60110 (estab 2100, closed 57800, orphaned 12, synrecv 0, timewait 57640/0), ports 0
৫৭ হাজার timewait! কি করব?`),
    pe(`boss amader VOS theke carrier e SIP TCP outgoing connect e EADDRINUSE ashtese busy hour e. netstat -ant | grep TIME_WAIT | wc -l = 32,418. shokale kom thake tokhon thik`),
    pe(`প্রতিদিন রাত ৮টা থেকে ১০টা কল ড্রপ, softswitch লগে "address already in use" যখন carrier এর দিকে connect করে। TIME_WAIT ৩০ হাজারের বেশি। দিনের বেলা কোন সমস্যা নাই`),
    pe(`vai VOS er mbx3000 log e outgoing connect e "Cannot assign requested address" dicche peak e, r TIME_WAIT 45k. ip_local_port_range 32768 60999. port shesh hoye jacche mone hoy`),
    pe(`salam vai, 120 CPS e uthle notun call jay na, "cannot assign requested address" error. ss -tan state time-wait | wc -l -> ২৬৮৫০. load komle abar thik. fix ki?`),
    pe(`bhai emergency hai, shaam 7 baje se calls fail, log mein "Cannot assign requested address" outbound TCP pe. TIME_WAIT 35 hazar ho gaye. CPS 150`),
    pe(`سر پیک آورز میں نئی کالز نہیں جا رہیں
ss -s
TCP:   48211 (estab 1830, closed 46100, orphaned 4, synrecv 0, timewait 45987/0), ports 0
۴۵ ہزار timewait ہیں، جلدی مدد کریں`),
    pe(`AoA, VOS3000 se carrier ko TCP connect karte waqt EADDRINUSE aa raha hai sirf rush hour mein. netstat mein TIME_WAIT 40k+. subah sab theek hota hai`),
    pe(`sir hamari traffic barh gayi hai 200 CPS tak, ab peak mein naye TCP connections bante hi nahi. "address already in use" har dusri outgoing call pe. TIME_WAIT 50k ke qareeb`),
    pe(`بھائی رات ۹ بجے کے بعد کالز ڈراپ، لاگ میں bind: Address already in use جب سوئچ باہر کنیکٹ کرتا ہے۔ TIME_WAIT تیس ہزار سے اوپر۔ ports ختم ہو رہے ہیں شاید`),
    pe(`bhai time wait bohat zyada ho gaye hain 38 hazar peak time pe aur naye connection nahi ban rahe cannot assign request address aa raha hai outgoing pe please jaldi dekhein`),
    pe(`sir peak hours mein calls fail ho rahi, mbx3000 log: "connect to 10.20.1.5:5060 failed: Cannot assign requested address". TIME_WAIT 30k cross. CPS 160`),
    pe(`सर शाम से नए कॉल नहीं लग रहे
ss -s
TCP:   39820 (estab 1400, closed 38200, orphaned 2, synrecv 0, timewait 38011/0), ports 0
३८ हजार timewait!! जल्दी बताइए`),
    pe(`bhai 1 lakh calls/hour ke time EADDRINUSE aa raha outgoing SIP TCP pe, ephemeral ports khatam. netstat TIME_WAIT count 52,000. raat ko sab normal`),
    pe(`hello NOC here, busy hour 8-10pm: no new tcp connections from softswitch to carriers, errors "cannot assign requested address". ss shows ~29k time-wait. ip_local_port_range default hai`),
    pe(`नमस्ते, पीक टाइम पर VOS से बाहर जाने वाले TCP कनेक्शन "address already in use" देकर फेल हो रहे हैं। TIME_WAIT ४२ हजार। दिन में कम ट्रैफिक पर ठीक`),
    pe(`sir humara server peek time pe hang jaisa ho jata hai new call nahi jaati time wait 33 hajar dikha raha aur log mein cannot assign requested adress`),
    pe(`veer ji shaam nu calls fail hundiyan, log vich "Cannot assign requested address" outgoing te. TIME_WAIT 31 hazaar. CPS 140 aa peak te`),
    pe(`ਜੀ ਪੀਕ ਟਾਈਮ ਨਵੇਂ ਕਨੈਕਸ਼ਨ ਨਹੀਂ ਬਣਦੇ
ss -s
TCP:   44102 (estab 1650, closed 42300, orphaned 0, synrecv 0, timewait 42188/0), ports 0
ਬਿਆਲੀ ਹਜ਼ਾਰ timewait, ਮਦਦ ਕਰੋ`),
    pe(`بھا جی رش ٹائم تے کالاں فیل، لاگ وچ EADDRINUSE جدوں سوئچ carrier نوں connect کردا۔ TIME_WAIT چالی ہزار توں اُتے`),
    pe(`ji saada traffic vadh gaya 170 CPS, hun raat 9 vaje toh baad nawe TCP connection ni bande. "address already in use" outbound. netstat TIME_WAIT 36k`),
    pe(`ਭਾਜੀ ਸ਼ਾਮ 7 ਤੋਂ 11 ਕਾਲਾਂ ਡਰੌਪ, softswitch log: connect failed Cannot assign requested address. TIME_WAIT ਤੀਹ ਹਜ਼ਾਰ ਤੋਂ ਵੱਧ। ਸਵੇਰੇ ਠੀਕ`),
    pe(`paji time wait 47 hazar ho gye peak te te nawiyan calls ni jandiyan, cannot asign requested adress. jaldi dasso ki kariye`),
    pe(`dai peak time ma call fail bhairako chha, log ma "Cannot assign requested address" outgoing ma. TIME_WAIT 30 hajar mathi. CPS 130`),
    pe(`सर बेलुका नयाँ कल जाँदैन
ss -s
TCP:   41500 (estab 1200, closed 40100, orphaned 3, synrecv 0, timewait 39950/0), ports 0
४० हजार timewait छ, छिटो सहयोग गर्नुस्`),
    pe(`hajur busy hour ma VOS bata carrier tira TCP connect garda EADDRINUSE aauchha. netstat ma TIME_WAIT 34k. bihana thik hunchha`),
    pe(`नमस्ते, बेलुका ८ देखि १० बजे सम्म नयाँ TCP connection बन्दैन, "address already in use" आउँछ outgoing मा। TIME_WAIT ३५ हजार भन्दा बढी`),
    pe(`sir traffic badhyo 190 CPS samma, aba peak ma ephemeral port sakiyo jasto chha, cannot assign requested address. ss -s timewait 55k`),
    pe(`दाइ पिक टाइममा टाइम वेट ४८ हजार पुग्यो र नयाँ कल जाँदै जाँदैन, लगमा cannot assign request address. के गर्ने?`),
  ],
  natUnregistered: [
    nat(`vai kalke SS_TCP_CLOSE_RESET On korar por theke amader home user der phone (sob TP-Link router er pichone, SIP TCP) unregistered hoye jacche bar bar. office er public IP wala gula thik ache`),
    nat(`ভাই RST mode চালু করার পর থেকে MikroTik NAT এর পিছনের ৬০টা ফোন রেজিস্ট্রেশন হারাচ্ছে, TCP ট্রান্সপোর্ট। ১০-১৫ মিনিট পরপর unregistered দেখায়`),
    nat(`boss apnara gotokal je close mode change korlen, tarpor theke amader reseller er softphone gulo (Zoiper TCP, ghore router er pichone) register thakte pare na. plz check`),
    nat(`softswitch.conf এ SS_TCP_CLOSE_RESET="On" করছি পরশু, এরপর থেকে NAT এর পিছনের gateway গুলো unregistered হয়ে যায় কিছুক্ষণ পর পর। SIP over TCP. সরাসরি public IP তে যেগুলো আছে ওগুলো ঠিক`),
    nat(`vai RST on korar por office NAT er pichoner 25ta IP phone (Yealink, TCP 5060) bar bar unregistered. amader public IP er SBC thik ache. ki korbo off kore dibo?`),
    nat(`vaia rst chalu korar por thek nat er pison er fon gula register hoy abar 5 minit por unregister hoye jay, tcp diye connect kori. joldi dekhen`),
    nat(`bhai jab se SS_TCP_CLOSE_RESET On kiya hai, gharon wale users (NAT ke peeche, TCP pe) baar baar unregistered ho rahe hain. direct IP wale theek`),
    nat(`سر RST موڈ آن کرنے کے بعد سے MikroTik NAT کے پیچھے والے تمام فونز کی رجسٹریشن بار بار ختم ہو رہی ہے۔ ہم SIP over TCP استعمال کرتے ہیں`),
    nat(`AoA, kal aap ke engineer ne close mode RST pe kar diya tha, us ke baad se office ke NAT ke peeche 40 softphones (TCP) unregistered hote rehte hain. pehle aisa nahi tha`),
    nat(`sir TIME_WAIT ke liye RST on kiya tha, woh to theek ho gaya lekin ab home routers ke peeche wale gateways register nahi reh rahe, TCP transport. kya karein?`),
    nat(`بھائی کل RST آن کیا، آج صبح سے کلائنٹس کے گھروں والے فون (راؤٹر کے پیچھے، TCP) unregistered دکھا رہے ہیں۔ بار بار register ہو کر پھر گر جاتے ہیں`),
    nat(`bhai rst mod on kiya tha parson ab nat ke peechay walay phone register hote hain phir gir jate hain tcp pe hain sab please check karo urgent`),
    nat(`sir RST mode enable karne ke baad humare WFH agents ke softphone (home WiFi router ke peeche, SIP TCP) unregistered ho rahe baar baar. office LAN wale theek hai`),
    nat(`नमस्ते, SS_TCP_CLOSE_RESET को On करने के बाद से NAT के पीछे वाले सभी IP फोन registration खो रहे हैं। हम TCP transport use करते हैं। public IP वाले ठीक हैं`),
    nat(`bhai kal aapne jo tuning ki thi RST wali, uske baad se branch office ke phone (branch router NAT ke peeche, TCP) register nahi rehte. har 10 min unregistered`),
    nat(`hello, after RST on, 30+ MicroSIP clients behind home routers keep losing registration, transport TCP. re-register karte hai to 2-3 min chalta phir unregistered`),
    nat(`सर, RST वाला बदलाव करने के बाद से हमारे reseller के ग्राहकों के फोन (घर के राउटर के पीछे, TCP) बार-बार unregistered दिख रहे हैं`),
    nat(`sir rst on kiya tab se nat wale phone unregister ho jaate hai bar bar, tcp pe hai, gatway bhi. pehle bilkul theek tha`),
    nat(`veer ji RST on karan to baad ghar waale router de pichhe de phone (TCP) baar baar unregistered ho jande ne. direct IP waale theek`),
    nat(`ਜੀ SS_TCP_CLOSE_RESET On ਕਰਨ ਤੋਂ ਬਾਅਦ NAT ਪਿੱਛੇ ਵਾਲੇ ਸਾਰੇ ਫ਼ੋਨਾਂ ਦੀ registration ਵਾਰ ਵਾਰ ਜਾਂਦੀ ਹੈ। ਅਸੀਂ SIP TCP ਵਰਤਦੇ ਹਾਂ`),
    nat(`بھا جی کل RST آن کیتا، اوس توں بعد MikroTik NAT دے پچھے والے فون unregistered ہو جاندے نے، TCP تے نے۔ پہلاں ٹھیک سی`),
    nat(`ji tuhade bande ne kal close mode badlya si RST te, hun saade office NAT de pichhe 18 phone TCP te register ni rehnde`),
    nat(`ਭਾਜੀ TIME_WAIT ਲਈ RST ਚਾਲੂ ਕੀਤਾ ਸੀ, ਹੁਣ ਘਰਾਂ ਵਾਲੇ ਰਾਊਟਰਾਂ ਪਿੱਛੇ gateway (TCP) register ਨਹੀਂ ਰਹਿੰਦੇ, ਹਰ ਕੁਝ ਮਿੰਟਾਂ ਬਾਅਦ ਡਿੱਗ ਜਾਂਦੇ`),
    nat(`پاجی rst آن کرن توں بعد nat والے فون رجسٹر ہو کے فیر ان رجسٹر، tcp اُتے نے۔ چھیتی دسو`),
    nat(`dai RST on gare pachhi ghar ko router pachhadi ko phone haru (TCP) bar bar unregistered hunchha. public IP bhayeka thik chhan`),
    nat(`सर, SS_TCP_CLOSE_RESET On गरेपछि NAT पछाडिका सबै फोनको registration बारम्बार हराउँछ। हामी SIP over TCP प्रयोग गर्छौं`),
    nat(`hajur hijo tapai ko team le close mode RST ma change garnubhayo, tyaspachhi office NAT pachhadi ko 22 wata phone TCP ma register rahandainan`),
    nat(`नमस्ते, RST mode चालु गरेदेखि MikroTik NAT पछाडिका gateway हरू केही मिनेटमै unregistered हुन्छन्। TCP transport हो। पहिले ठिक थियो`),
    nat(`sir TIME_WAIT ghatauna RST on gareko, tara aba work from home agents ko softphone (home router, TCP) register bhayera feri jhardai chha`),
    nat(`दाइ rst अन गरे देखि nat पछाडि का फोन रजिस्टर भएर फेरि अनरजिस्टर हुन्छ, tcp मा छ। छिटो हेर्नुस`),
  ],
  firewallRst: [
    fw(`vai SS_TCP_CLOSE_RESET On korar por theke call hang hoye thake, FortiGate log e dekhi "no session matched" TCP flags R, port 5060. drop korche. ki korbo?`),
    fw(`ভাই RST চালু করার পর কল আটকে যায়, iptables লগে:
kernel: INVALID DROP IN=eth0 OUT= SRC=10.10.1.5 DST=103.12.8.9 PROTO=TCP SPT=5060 DPT=48211 RST
conntrack INVALID হয়ে RST গুলো drop হচ্ছে`),
    fw(`boss kalke apnara close mode change korar por carrier er dike call drop hocche, amader Cisco ASA te "%ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 203.0.113.7/39812 flags RST" log bhorte ase`),
    fw(`RST mode অন করার পর থেকে pfSense এর পিছনে থাকা carrier trunk এ কল ফেইল করছে। pfSense লগে TCP:R blocked দেখি, default deny rule। আগে FIN এ সব ঠিক ছিল`),
    fw(`vai rst on korsi 2 din holo, tarpor theke Sophos XG "Invalid traffic" hisebe TCP RST packet drop kore, call majhe majhe hang, disconnect hoy na. log screenshot dicchi`),
    fw(`vaiya rst chalu korar por mikrotik firewall e connection-state=invalid drop e count barte ase, sob 5060 tcp rst. call katena thik moto`),
    fw(`bhai jab se RST mode on kiya, calls hang ho rahi hain aur FortiGate log mein "no session matched" with flags R aa raha, SIP TCP 5060. firewall drop kar raha`),
    fw(`سر RST آن کرنے کے بعد کالز ڈراپ ہو رہی ہیں، ASA لاگ:
%ASA-6-106015: Deny TCP (no connection) from 172.16.5.10/5060 to 39.45.12.8/51022 flags RST on interface outside
ہزاروں ایسی لائنیں ہیں`),
    fw(`AoA, SS_TCP_CLOSE_RESET On karne ke baad pfSense RST packets block kar raha hai (state mismatch), carrier ke saath calls fail. pehle bilkul theek tha`),
    fw(`sir kal aap ne close mode badla tha, ab se iptables mein conntrack INVALID drops barh gaye, sab TCP RST from 5060. calls beech mein atak jati hain`),
    fw(`بھائی RST موڈ کے بعد Sophos فائر وال RST پیکٹ drop کر رہا ہے "out of state" بتا کر، کالز ہینگ ہو جاتی ہیں`),
    fw(`bhai rst on kiya to fortigate pe no sesion matched aa raha flag R, call lagti nahi ya latak jati hai. kya karun`),
    fw(`sir RST enable ke baad calls fail ho rahi, FortiGate debug flow: "no session matched" proto 6 flags R, port 5060. firewall RST drop kar raha hai`),
    fw(`नमस्ते सर, RST on करने के बाद कॉल हैंग हो रही हैं। iptables log:
IN=eth1 OUT= SRC=10.1.1.20 DST=49.36.x.x PROTO=TCP SPT=5060 DPT=40122 WINDOW=0 RES=0x00 RST URGP=0
ये सब ctstate INVALID DROP rule से गिर रहे हैं`),
    fw(`bhai aapke change ke baad (close mode RST) humara Cisco ASA "Deny TCP (no connection) flags RST" log bhar raha aur carrier side calls disconnect nahi ho rahi, channels atak rahe`),
    fw(`hello, SS_TCP_CLOSE_RESET=On karte hi pfSense pe blocked packets dikh rahe TCP:R 5060 se, aur call setup fail. rollback karein ya rule?`),
    fw(`सर, RST मोड चालू करने के बाद Sophos XG RST पैकेट्स को out of state मानकर drop कर रहा है, कॉल बीच में कट रही हैं और कुछ हैंग`),
    fw(`sir rst on kar diya tha ab mikrotik firewall invalid drop me tcp rst packet gir rahe, call hang aur fail dono. urgnt hai`),
    fw(`veer ji RST on karan to baad calls hang ho jandiyan, FortiGate log vich "no session matched" flags R dikhda 5060 te`),
    fw(`ਜੀ RST ਚਾਲੂ ਕਰਨ ਤੋਂ ਬਾਅਦ ਕਾਲਾਂ ਫੇਲ, ASA ਲੌਗ:
%ASA-6-106015: Deny TCP (no connection) from 10.5.5.2/5060 to 117.96.3.4/44120 flags RST on interface outside
ਹਜ਼ਾਰਾਂ ਲਾਈਨਾਂ`),
    fw(`بھا جی RST آن کرن توں بعد pfSense RST پیکٹ بلاک کردا، کالاں فیل ہو رہیاں۔ پہلاں FIN نال ٹھیک سی`),
    fw(`ji tuhade bande ne close mode RST kita si, hun iptables vich INVALID drop vadh gaye, saare TCP RST 5060 ton. calls atak jandiyan`),
    fw(`ਭਾਜੀ SS_TCP_CLOSE_RESET On ਤੋਂ ਬਾਅਦ Sophos firewall RST ਨੂੰ out of state ਕਹਿ ਕੇ drop ਕਰਦਾ, ਕਾਲਾਂ ਹੈਂਗ`),
    fw(`پاجی rst آن کیتا تے mikrotik دی فائروال invalid ڈراپ وچ tcp rst سٹ رہی اے، کال لگدی نئیں۔ جلدی دسو`),
    fw(`dai RST on gare pachhi call hang hunchha, FortiGate log ma "no session matched" flags R aauchha 5060 ma`),
    fw(`सर RST on गरेपछि कल ड्रप भइरहेको छ, iptables log:
kernel: INVALID DROP IN=eth0 SRC=10.0.2.15 DST=27.34.x.x PROTO=TCP SPT=5060 DPT=50233 RST
conntrack ले drop गर्दैछ`),
    fw(`hajur hijo close mode RST ma change garepachhi Cisco ASA le "Deny TCP (no connection) flags RST" log garchha, carrier sanga call fail`),
    fw(`नमस्ते, SS_TCP_CLOSE_RESET On गरेदेखि pfSense ले TCP RST packet block गर्छ, कल setup फेल हुन्छ। पहिले ठिक थियो`),
    fw(`sir RST mode pachhi Sophos XG le RST lai out of state bhanera drop garchha, call bich ma atakchha`),
    fw(`दाइ rst अन गरेपछि mikrotik firewall को invalid drop मा tcp rst खसिरहेछ, कल लाग्दैन र अड्किन्छ। छिटो`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning165Set: readonly EvalItem[] = Object.values(tuning165Families).flat();
