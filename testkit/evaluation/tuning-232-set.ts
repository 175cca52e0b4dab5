import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * WhatsApp messages from VOS3000 operators, resellers and their NOC staff in Bangladesh, India, Pakistan, Nepal and Sri
 * Lanka: Bangla, Hindi, Nepali, Urdu, Punjabi, Tamil and Sinhala in their own scripts mixed with English technical
 * words, or South Asian English and Roman Urdu; informal, often without punctuation, with typos, voice-note
 * transcripts, forwards from their own customers, staff and carriers, and pasted netstat, ss, tcpdump, firewall and
 * softswitch logs. Figures come as ৩০ হাজার, 30 हजार, ۳۰ ہزار, 30k, 28,000 or in lakh.
 *
 * The two-hundred-and-thirty-second tuning split, written as the two-hundred-and-thirty-second never-tuned evaluation
 * set because South Asian operators describe heavy VOS3000 traffic in six scripts where only the technical words are
 * English, in fresh hands again. Five negative families of 27 (one service that cannot bind its own port, registration
 * lost for another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful
 * firewall dropping RST). Written before the seventy-eighth round of rules by someone who had read only the playbooks'
 * symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured as such before and
 * after the seventy-eighth round, then made tuning material for the seventy-ninth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 97.8 %, negatives confident 2.2 %, confident wrong 0 % with the
 * rules of the seventy-seventh round, before the seventy-eighth.
 * After the seventy-eighth round: the same.
 * After the seventy-ninth round, tuned on: in scope 98.9 %, negatives confident 1.5 %, confident wrong 0 %; still short of
 * the bar on two negatives (an RST story of another company told in Sinhala, neither RST nor a firewall said in Urdu).
 * After the eighty-third round: in scope 98.9 %, negatives confident 0.7 %, confident wrong 0 %; meets the bar.
 */
export const tuning232Families = {
  oneListeningPort: [
    no(`ভাই VOS এর web portal আজকে সকাল থেকে খুলছে না। tomcat restart দিলাম, catalina.out এ দেখাচ্ছে java.net.BindException: Address already in use <null>:8080 ... গতকাল আমাদের ছেলে একটা নতুন billing app install করছে ওইটাও নাকি 8080 তে চলে। এখন কি করবো?`),
    no(`sir mbx3000d start नहीं हो रहा। log में लिखा है bind 0.0.0.0:5060 failed: Address already in use. ps में देखा तो पुराना mbx3000d का एक process अभी भी चल रहा है, service stop करने के बाद भी। उसको kill कर दूँ क्या? calls अभी सब बंद हैं`),
    no(`السلام علیکم، ہم نے اسی سرور پر docker میں MySQL چلانے کی کوشش کی تو یہ error آیا:
Error response from daemon: driver failed programming external connectivity on endpoint mysql-cdr: Bind for 0.0.0.0:3306 failed: port is already allocated
VOS کا اپنا mysql پہلے سے 3306 پر ہے شاید۔ کیا ہم docker والا کسی اور port پر ڈال دیں؟`),
    no(`नमस्ते दाइ, nginx reload गर्दा यो आयो:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
httpd पनि चलिरहेको रहेछ जस्तो छ, दुवै 80 मा। VOS portal को लागि कुन चाहिन्छ? calls मा केही समस्या छैन`),
    no(`ਵੀਰ ਜੀ ਅਸੀਂ ssh ਦਾ port 22 ਤੋਂ 2222 ਕੀਤਾ security ਲਈ, ਪਰ sshd restart ਤੇ error ਆਉਂਦਾ: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. ਪਤਾ ਲੱਗਾ ਕਿ ਪਿਛਲੇ ਬੰਦੇ ਨੇ ਕੋਈ tunnel 2222 ਤੇ ਲਾਇਆ ਹੋਇਆ। ਹੁਣ ssh ਬੰਦ ਨਾ ਹੋ ਜਾਵੇ ਡਰ ਲੱਗਦਾ`),
    no(`அண்ணா redis start ஆகல. log-ல "Could not create server TCP listening socket *:6379: bind: Address already in use" னு வருது. முன்னாடி ஒரு redis docker container-ல ஓடுது போல. இது VOS-க்கு இல்ல, எங்க recharge panel-க்கு தான். எப்படி clear பண்றது?`),
    no(`අයියේ mysql service එක start වෙන්නේ නැහැ. error එක: "Can't start server: Bind on TCP/IP port: Address already in use ... Is there another mysqld server running on port: 3306 ?" පරණ mysqld එකක් hang වෙලා තියෙනවා වගේ. CDR save වෙන්නෙත් නෑ දැන්. මොකද කරන්න ඕනේ?`),
    no(`Portal down since morning. catalina log:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8443"]
java.net.BindException: Address already in use <null>:8443
    at org.apache.tomcat.util.net.JIoEndpoint.bind(JIoEndpoint.java:407)
softswitch is fine, calls passing, only web manager not opening. please check urgent`),
    no(`भाई मैं अपने laptop पे हमारा recharge API चला रहा हूँ (node), npm start करते ही Error: listen EADDRINUSE: address already in use :::3000 आ रहा है। server वाले VOS से कुछ लेना देना नहीं, बस local पे। कोई idea?`),
    no(`[voice note] হ্যালো ভাই... ইয়ে আমাদের সার্ভার টা রিবুট দিছিলাম কালকে রাতে, তারপর থেকে ওয়েব প্যানেল টা আর আসতেছে না... netstat দিয়ে দেখলাম 80 পোর্ট টা httpd ধরে রাখছে আর আমাদের প্যানেল এর nginx টা উঠতে পারতেছে না, address already in use বলে... কল কিন্তু ঠিক আছে... একটু দেখেন প্লিজ`),
    no(`بھائی test کے لیے ہم نے اسی server پر VOS کا دوسرا softswitch instance install کیا ہے، لیکن وہ start نہیں ہو رہا، log میں ہے "SIP transport bind 5060 failed, address already in use"۔ پہلا والا production ہے وہ چل رہا ہے۔ کیا دوسرے کو 5070 پر کر دیں؟`),
    no(`सर, हाम्रो IT ले यही server मा jenkins राखेछ, अनि अहिले VOS web manager को tomcat उठ्दैन, दुवैलाई 8080 चाहिने रहेछ। "Address already in use: JVM_Bind" आउँछ। jenkins हटाउनु पर्छ कि port फेर्न मिल्छ?`),
    no(`Sir, same server-ல asterisk install பண்ணினோம் IVR-க்கு. இப்ப mbx3000d restart பண்ணா 5060 bind fail ஆகுது, asterisk ஏற்கனவே 5060 பிடிச்சிருக்கு. netstat -tulpn | grep 5060 ல asterisk தான் காட்டுது. ரெண்டும் ஒரே server-ல ஓட முடியுமா?`),
    no(`docker compose up කරාම මේක එනවා:
Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use
server එකේ දැනටමත් postgres එකක් දුවනවා. අපේ reporting dashboard එකට තමයි මේ container එක. VOS එකට බලපාන්නේ නැද්ද?`),
    no(`sir mbx3000d not coming up after the crash. log says "bind udp 0.0.0.0:5060 failed Address already in use". old pid 4411 is still there as defunct i think. only this one port, nothing else. should i reboot whole server or kill -9?`),
    no(`ਸਾਡੇ office ਵਾਲੇ computer ਤੇ XAMPP ਵਿੱਚ billing panel ਹੈ, Apache start ਨਹੀਂ ਹੁੰਦਾ। XAMPP ਕਹਿੰਦਾ "Port 80 in use by Skype / System". ਕੀ Apache ਨੂੰ 8081 ਤੇ ਕਰ ਦੇਈਏ? VOS server ਠੀਕ ਚੱਲ ਰਿਹਾ`),
    no(`tomcat start करने पर fail, portal नहीं खुल रहा। ये देखिए:
[root@vos ~]# netstat -tlnp | grep 8080
tcp        0      0 0.0.0.0:8080      0.0.0.0:*       LISTEN      2231/java
2231 कौनसा java है पता नहीं, शायद पिछले हफ्ते वाले developer ने कोई jar चला के छोड़ दिया। kill कर दूँ?`),
    no(`ভাইয়া emp সার্ভিস start হচ্ছে না। log এ java.rmi.server.ExportException: Port already in use: 1099; nested exception is: java.net.BindException: Address already in use. আমাদের monitoring এর জন্য একটা JMX agent বসাইছিলাম, ওইটাও 1099 এ। কোনটা বন্ধ করবো?`),
    no(`squid دوبارہ start نہیں ہوتا: "commBind: Cannot bind socket FD 12 to [::]:3128: (98) Address already in use". اسی server پر ایک پرانا squid چل رہا تھا۔ VOS والی service پر اثر ہوگا؟`),
    no(`हामीले CDR download को लागि vsftpd हालेका थियौं, अब proftpd पनि install भयो कसरी हो थाहा छैन। vsftpd: "500 OOPS: could not bind listening IPv4 socket". port 21 एउटैले मात्र लिन सक्छ होला, कुन राख्ने?`),
    no(`pm2 restart பண்ணதுக்கு அப்புறம் எங்க rate API 8000 port-ல வரல. log: Error: listen EADDRINUSE: address already in use 0.0.0.0:8000. பழைய node process ஒண்ணு pm2-க்கு வெளியே ஓடிக்கிட்டு இருக்கு போல. இது VOS server இல்ல, தனி VPS`),
    no(`zabbix එකට snmpd දාන්න ගියාම "Error opening specified endpoint udp:161" කියලා එනවා. බැලුවම වෙන snmp agent එකක් දැනටමත් 161 අල්ලගෙන ඉන්නවා. VOS server එකේම. එකක් නවත්තන්න ඕනේද?`),
    no(`after yum update apache not starting
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
no listening sockets available, shutting down
seems nginx from the SSL setup is also on 443. the VOS web page we access via https is down now. calls fine`),
    no(`आगे भेजा गया:
"सर mysql crash होने के बाद restart किया तो ये आ रहा है - [ERROR] Do you already have another mysqld server running on port: 3306 ? [ERROR] Aborting"
ये हमारे staff ने भेजा है। ps में दो mysqld दिख रहे हैं। CDR वाला database यही है, जल्दी बताइए`),
    no(`webmin টা আর চালু হচ্ছে না, বলে "Failed to bind to port 10000 : Address already in use"। আগে একবার miniserv মনে হয় দুইবার চালু হইছে। VOS এর সাথে কোনো সমস্যা নাই, শুধু webmin দিয়ে ঢুকতে পারতেছি না`),
    no(`ہمارا CDR export tool پورٹ 9090 پر چلتا ہے، آج prometheus لگایا تو وہ بھی 9090 مانگ رہا ہے۔ export tool کا log: "java.net.BindException: Address already in use (Bind failed)"۔ کون سا port بدلنا آسان ہے؟`),
    no(`grafana-server ਚੱਲਦਾ ਨਹੀਂ, log: "listen tcp 0.0.0.0:3000: bind: address already in use". ਸਾਡਾ ਇੱਕ react dashboard ਵੀ 3000 ਤੇ dev mode ਵਿੱਚ ਚੱਲ ਰਿਹਾ ਸੀ ਉਸੇ server ਤੇ। grafana ਦਾ port ਕਿੱਥੇ ਬਦਲੀਏ?`),
  ],
  otherRegistrationCause: [
    no(`ভাই কালকে security এর জন্য সব SIP account এর password change করছি portal থেকে। আজকে সকাল থেকে অর্ধেক IP phone unregistered, Grandstream গুলায় 401 Unauthorized দেখায়। phone গুলাতে নতুন password দেওয়া হয় নাই মনে হয়। একটা একটা করে দিতে হবে?`),
    no(`सर हमने पिछले हफ्ते server नए datacenter में shift किया, IP बदल गया 103.x से 45.x। अब customers के gateways unregistered हैं क्योंकि उनमें पुराना IP डला है। कोई तरीका है सबको एक साथ नया IP भेजने का? 60-70 gateway हैं`),
    no(`السلام علیکم، آج صبح سے کوئی بھی phone register نہیں ہو رہا، VOS کے web پر لکھا آ رہا ہے license expired۔ ہم نے renewal کی payment پرسوں کر دی تھی۔ نئی license file کب ملے گی؟ سب کے phones unregistered ہیں`),
    no(`दाइ आज बिहान देखि हाम्रो office को सबै phone unregistered देखाउँछ। लाइन गएको थियो ६ घण्टा, inverter पनि सकियो। अहिले बत्ती आयो तर router अझै boot भएको छैन जस्तो छ। तपाईं तिर server ठिक छ नि?`),
    no(`ਭਾਜੀ ਸਾਡੇ ਇਲਾਕੇ ਵਿੱਚ fiber ਕੱਟ ਗਿਆ, ਸਵੇਰੇ ਤੋਂ internet ਨਹੀਂ। ਸਾਰੇ softphone unregistered ਆ। ISP ਵਾਲੇ ਕਹਿੰਦੇ ਸ਼ਾਮ ਤੱਕ ਠੀਕ ਹੋਵੇਗਾ। ਕੀ ਤੁਸੀਂ calls ਕਿਸੇ mobile ਨੰਬਰ ਤੇ forward ਕਰ ਸਕਦੇ ਹੋ?`),
    no(`எங்க agents-ஓட Android phone-ல Zoiper கொஞ்ச நேரம் கழிச்சு unregistered ஆயிடுது, incoming call வரல. phone-ஐ unlock பண்ணி app திறந்தா உடனே register ஆகுது. Battery saver தான் app-ஐ kill பண்ணுது போல, Xiaomi phones-ல தான் அதிகம். என்ன setting மாத்தணும்?`),
    no(`අපි office එකට අලුත් router එකක් දැම්මා (Huawei). ඊට පස්සේ IP phone 12න් 5ක් විතරයි register වෙන්නේ. phones ඔක්කොම UDP 5060. ISP කෙනා කිව්වා SIP ALG on කියලා. ඒක off කරන්න පුළුවන්ද, නැත්නම් ඔයාලගේ server එකේ මොනවා හරි වෙනස් කරන්න ඕනේද?`),
    no(`Hi team, we moved our domain to cloudflare yesterday and since then sip.ourvoip.net points to the cloudflare proxy IP, not the switch. all our GXP phones use the domain so they went unregistered (register timeout). is there any way to make it work with cloudflare or should we grey-cloud it`),
    no(`भाई हमारे reseller ने गलती से portal से 40 phone accounts delete कर दिए, अब वो सब phones 404 Not Found / unregistered दिखा रहे हैं। क्या backup से वापस ला सकते हैं? CDR भी उन्हीं के हैं`),
    no(`আপু আমাদের reception এর phone টা সকাল থেকে "No Service" দেখায়। পরে দেখি সুইপার পরিষ্কার করার সময় LAN cable টা খুলে ফেলছে। লাগানোর পরও register হচ্ছে না, ১০ মিনিট হয়ে গেছে। আবার reboot দিবো?`),
    no(`ہمارا GoIP gateway ہر رات 2 بجے کے بعد unregistered ہو جاتا ہے۔ پتہ چلا UPS کی battery خراب ہے، لائٹ جاتے ہی gateway بند۔ نئی battery منگوا لی ہے۔ بس یہ پوچھنا تھا کہ دوبارہ آن ہونے پر خود register ہو جائے گا یا manually کرنا پڑے گا؟`),
    no(`हाम्रो सानो shop मा wifi phone (W52P) छ, साहुजीले wifi को password फेर्नुभयो, अनि phone unregistered भयो। phone मा नयाँ wifi password कसरी हाल्ने? manual कहाँ पाइन्छ?`),
    no(`Sir, customer-ஓட gateway register ஆகல, 403 Forbidden வருது. அவங்க office internet connection மாத்திட்டாங்க, புது public IP. நாங்க portal-ல அந்த account-க்கு IP authentication பழைய IP-ஓட வச்சிருக்கோம். அதனால தான் போல. update பண்ணனுமா?`),
    no(`මගේ customer කෙනෙක්ගේ phones ඊයේ ඉඳන් register වෙන්නේ නැහැ, 403 Forbidden එනවා. portal එකේ බැලුවම account එක "locked", balance එක 0. recharge කරාම ආයේ register වෙයිද?`),
    no(`sir i reset password of account 9201 from portal because customer forgot it, now his GoIP-8 all ports showing "Register failed 401". he is saying he put new password but i think he put in wrong line. can you see from your side what password its sending?`),
    no(`sir हमारे 15 trial accounts की validity 31 तारीख तक थी, आज सब unregistered हो गए। customer ने पैसे दे दिए हैं, validity कहाँ से बढ़ाएँ portal में? "account expired" लिखा आ रहा है`),
    no(`Forwarded from customer:
"ভাই আমার dialer এ রেজিস্টার হচ্ছে না, বার বার wrong password দেখায়, আমি তো কিছু বদলাই নাই"
ভাই আমি দেখলাম উনার username এ বড় হাতের অক্ষর দিছে, আমাদের সিস্টেমে ছোট হাতের। এইটাই কারণ না?`),
    no(`پورے کراچی میں PTCL کا آج مسئلہ ہے، ہمارے آدھے customers کے phones unregistered ہیں۔ جو Nayatel یا StormFiber پر ہیں ان کے ٹھیک ہیں۔ بس confirm کرنا تھا آپ کا server ٹھیک ہے نا؟`),
    no(`ਸਾਡੀ VOS license 500 registrations ਦੀ ਹੈ, ਅੱਜ ਨਵੇਂ 60 phone ਲਗਾਏ ਤਾਂ ਕੁਝ ਪੁਰਾਣੇ unregistered ਹੋ ਗਏ। log ਵਿੱਚ "license limit reached" ਦਿਖਦਾ। license upgrade ਦਾ ਕੀ ਰੇਟ ਹੈ?`),
    no(`நேத்து எல்லா Yealink phones-ஐயும் புது provisioning file வச்சு update பண்ணோம். இப்ப ஒண்ணும் register ஆகல. file-ஐ பாத்தா server address-ல sip.ourswitch.lk க்கு பதிலா sip.ourswich.lk னு typo. அதை சரி பண்ணி திரும்ப push பண்ணா போதுமா?`),
    no(`ගොඩක් පරණ Cisco SPA phone එකක් power එක ගිය වෙලාවේ factory reset වෙලා වගේ. දැන් account settings ඔක්කොම නෑ, unregistered. ආයේ configure කරන්න settings ටික එවන්න පුළුවන්ද? username 7710`),
    no(`हाम्रो एउटा branch को ISP ले 5060 port नै block गरेको रहेछ, त्यहाँका phone कहिल्यै register हुँदैनन्। अरु ISP मा ठिक छ। तपाईंको server मा alternate port (जस्तै 5080) खुला छ?`),
    no(`Hi, Jio fiber router was replaced by Jio technician yesterday, new ONT. Since then our 8 IP phones (all UDP) register for few minutes then drop, some show registered but no incoming. Old router had SIP ALG disabled, new one we can't access admin. Any workaround from your side?`),
    no(`[voice note] हेलो सर... वो हमारे यहाँ कल रात आँधी आई थी तो पूरे इलाके की लाइट चली गई थी... अभी सुबह लाइट आई है तो सब phone unregistered दिखा रहे हैं... router भी on है... मतलब modem की लाइट लाल है... हाँ... तो क्या आपकी तरफ से कुछ है या हमारे internet का ही है?`),
    no(`আমরা গতকাল সব extension নম্বর নতুন series এ নিয়ে গেছি (২০০১ থেকে ৩০০১)। portal এ বদলাইছি কিন্তু phone এ পুরান username থেকে গেছে, তাই ২০টা phone unregistered। provisioning ছাড়া এক সাথে বদলানোর উপায় আছে?`),
    no(`بھائی ہماری ایک reseller کے سارے gateways رات 12 بجے unregistered ہو گئے، portal میں دیکھا تو ان کے account کی expiry date کل کی تھی۔ میں نے date آگے کر دی ہے، اب کتنی دیر میں register ہوں گے؟`),
    no(`Sir நாங்க switch-ஐ புது VPS-க்கு migrate பண்ணோம், DNS-ல A record மாத்தியாச்சு. ஆனா சில phones இன்னும் பழைய IP-க்கே register try பண்ணுது, TTL 86400 வச்சிருந்தோம். அந்த phones-ஐ reboot பண்ணா சரியாகுமா?`),
  ],
  smallFigures: [
    no(`ভাই একটা routine check করলাম, ss -s দিলে এটা দেখায়:
Total: 402 (kernel 0)
TCP:   356 (estab 41, closed 301, orphaned 0, synrecv 0, timewait 298/0), ports 0
কোনো সমস্যা নাই, কল ঠিক আছে। শুধু জানতে চাই ২৯৮টা timewait কি স্বাভাবিক?`),
    no(`sir एक basic सवाल, ये TIME_WAIT होता क्या है? netstat में बहुत सारी lines दिखती हैं TIME_WAIT वाली, कोई problem नहीं है बस समझना है कि connection close होने के बाद भी ये क्यों दिखता है`),
    no(`ایک مشورہ چاہیے، کسی نے فیس بک گروپ میں کہا کہ net.ipv4.tcp_tw_reuse = 1 کر دو performance بڑھتی ہے۔ ہمارا traffic کم ہے، تقریباً 8-10 CPS، کوئی مسئلہ نہیں۔ کیا ہمیں یہ on کرنا چاہیے یا چھوڑ دیں؟`),
    no(`दाइ softswitch.conf मा SS_TCP_CLOSE_RESET भन्ने parameter देखें, यसले के गर्छ? हाम्रो मा Off छ। केही समस्या छैन, केवल जान्न मन लाग्यो`),
    no(`ਸਾਡੇ server ਤੇ ਲਗਭਗ 400 TIME_WAIT ਹਨ ਦਿਨ ਵੇਲੇ। ਕੀ ਇਹ normal ਹੈ? calls ਠੀਕ ਚੱਲ ਰਹੀਆਂ, ਕੋਈ complaint ਨਹੀਂ`),
    no(`ராத்திரி 2 மணிக்கு check பண்ணேன்:
# netstat -ant | grep -c TIME_WAIT
85
traffic கம்மியா இருக்கும் நேரம். இது சரியான அளவு தானா? வேற எதுவும் பிரச்சனை இல்ல`),
    no(`මාසික health check එක.
[root@vos3000 ~]# ss -s
Total: 611
TCP:   233 (estab 67, closed 142, orphaned 0, timewait 139/0), ports 0
load average: 0.21, 0.30, 0.28
මේ figures හොඳයිද? වෙන මොනවා හරි බලන්න ඕනේද?`),
    no(`Quick question - whats the default ip_local_port_range on centos 7? we have 32768 60999 on ours. no problem at all, calls fine, our auditor just asked to document it`),
    no(`আমাদের সার্ভারে পিক টাইমে ৬০০ এর মত TIME_WAIT দেখি, রাতে ৫০-৬০। ৩৫ CPS চলে। এটা কি ঠিক আছে নাকি কোনো tuning লাগবে? কোনো error নাই`),
    no(`FIN और RST में क्या फर्क है? हमारे नए NOC वाले लड़के पूछ रहे थे, मुझे ठीक से समझाना नहीं आया। VOS में कहाँ इसका setting होता है वो भी बता दीजिए, बदलना नहीं है अभी`),
    no(`السلام علیکم، ہمارے سرور پر ۲۵۰ کے قریب TIME_WAIT نظر آتے ہیں، calls سب ٹھیک ہیں، بس پوچھنا تھا کہ یہ تعداد ٹھیک ہے یا کم کرنی چاہیے؟`),
    no(`सर netstat मा ४५ वटा TIME_WAIT देखियो, यो धेरै हो? हाम्रो जम्मा २० वटा phone छन्। केही बिग्रेको छैन`),
    no(`tcp_fin_timeout default 60 தானே? அதை 30 ஆக குறைக்கலாமா? ஏதும் பிரச்சனை இல்ல, optimization-க்காக கேக்கறேன். TIME_WAIT எப்போதும் 200-க்கு கீழ தான் இருக்கு`),
    no(`SS_TCP_CLOSE_RESET On කලාම TIME_WAIT අඩු වෙන්නේ ඇයි කියලා පොඩ්ඩක් පැහැදිලි කරන්න පුළුවන්ද? අපේ server එකේ TIME_WAIT 100ක් විතර, කිසි ප්‍රශ්නයක් නෑ. දැනගන්න විතරයි`),
    no(`Sharing our weekly health report for your review:
CPU 12%, RAM 41%, disk 58%
netstat summary: ESTABLISHED 44, TIME_WAIT 176, CLOSE_WAIT 0, LISTEN 19
ASR 46%, ACD 3.1 min
anything looks off? no complaints from customers this week`),
    no(`tcp_tw_recycle और tcp_tw_reuse में कौन सा safe है? किसी ने बोला recycle NAT वालों के लिए खराब है। हमारे यहाँ TIME_WAIT 300 के आस पास है, कोई दिक्कत नहीं, बस पहले से जानकारी रखना चाहते हैं`),
    no(`TIME_WAIT ਵਾਲੇ connection 1-2 ਮਿੰਟ ਤੱਕ ਕਿਉਂ ਰਹਿੰਦੇ ਨੇ? ਸਾਡੇ ਕੋਲ 150 ਦੇ ਕਰੀਬ ਦਿਖਦੇ, ਫਿਰ ਆਪੇ ਖਤਮ ਹੋ ਜਾਂਦੇ। ਬਸ ਸਮਝਣਾ ਸੀ`),
    no(`ss -s এর output এ শেষে "ports 0" লেখা থাকে, এটার মানে কি? আর timewait 210/0 এ "/0" টা কি? আমাদের সার্ভার ঠিক আছে, শুধু বুঝতে চাচ্ছি`),
    no(`کیا SS_TCP_CLOSE_RESET کا UDP پر کوئی اثر ہوتا ہے؟ ہمارے زیادہ تر customers UDP پر ہیں، چند ایک TCP پر۔ ابھی سب ٹھیک چل رہا ہے، بس documentation کے لیے پوچھ رہا ہوں`),
    no(`capacity planning गर्दैछौं। अहिले 15 CPS छ, TIME_WAIT ३००-४०० जति। local port range मा जम्मा कति port हुन्छन्, र कति CPS सम्म ढुक्क हुन्छ? अहिले कुनै समस्या छैन`),
    no(`நேத்து ஒரு சின்ன load test பண்ணோம் (10 நிமிஷம்), அப்போ TIME_WAIT 700 வரை போச்சு, test முடிஞ்சு ஒரு நிமிஷத்துல 90-க்கு இறங்கிடுச்சு. எல்லா calls-உம் success. இது normal behaviour தானே?`),
    no(`SS_TCP_CLOSE_RESET එකේ default value එක මොකක්ද? අපේ conf file එකේ ඒ line එක නෑ. එහෙම නැති වුණාම Off ද? කිසි ප්‍රශ්නයක් නෑ, audit එකකට ඕනේ`),
    no(`Our zabbix has a trigger on TIME_WAIT > 5000. highest we have ever seen is around 900 during IPL match evening. is 5000 a sensible alert level for a 40 cps box or should we set lower? no issues currently`),
    no(`softswitch.conf फाइल कहाँ होती है और उसमें अभी का SS_TCP_CLOSE_RESET value कैसे देखें? बस check करना है, कोई बदलाव नहीं करना। server एकदम ठीक चल रहा है`),
    no(`[ভয়েস মেসেজ] আসসালামু আলাইকুম ভাই... একটা জিনিস জানার ছিল... এই TIME_WAIT টা কি জিনিস? আমাদের সার্ভারে দেখি দেড়শো টার মত থাকে সবসময়... কোনো সমস্যা হচ্ছে না কিন্তু... এমনি জানতে চাইলাম... ঠিক আছে ভাই`),
    no(`[root@sw1 ~]# netstat -ant | grep TIME_WAIT | wc -l
64
بھائی یہ 64 ٹھیک ہے؟ نیا server ہے، ابھی صرف دو carrier لگے ہیں`),
    no(`ਸਾਡਾ netstat: ESTABLISHED 58, TIME_WAIT 220, CLOSE_WAIT 3, FIN_WAIT2 1. ਕੀ ਕੁਝ ਬਦਲਣ ਦੀ ਲੋੜ ਹੈ? ਸਭ calls ਠੀਕ ਨੇ, ਬਸ ਨਵੇਂ ਬੰਦੇ ਨੇ ਪੁੱਛਿਆ ਕਿ CLOSE_WAIT ਕੀ ਹੁੰਦਾ`),
  ],
  firewallNoRst: [
    no(`ভাই নতুন একটা carrier যোগ করতেছি, ওদের signaling IP 185.22.xx.xx। iptables এ কোন rule দিবো যাতে শুধু ওদের IP থেকে 5060 UDP আসতে পারে? আর RTP এর জন্য কোন range খুলবো?`),
    no(`सर हमारे नए carrier का IP FortiGate पर whitelist करना है, address object बना दिया है, policy में add करना है बस। SIP के लिए कौन से ports चाहिए, 5060 UDP और RTP range कितनी रखें?`),
    no(`بھائی fail2ban نے ہمارے اپنے office کا IP ban کر دیا، portal پر 5 بار غلط password ڈالا تھا۔ اب web نہیں کھل رہا۔ unban کی command بتا دیں اور ignoreip میں کیسے ڈالیں؟`),
    no(`हाम्रो server मा दिनभरि China, Russia, Netherlands बाट SIP scanner आउँछन्। Nepal र India बाहेक सबै country block गर्न मिल्छ? ipset ले गर्ने कि अरु कुनै तरिका छ?`),
    no(`ਸਾਡੇ customer ਦਾ router TP-Link ਹੈ, ਉਸ ਵਿੱਚ SIP ALG ਕਿੱਥੇ ਬੰਦ ਹੁੰਦਾ? ਕਿਸੇ ਨੇ ਕਿਹਾ ALG ਬੰਦ ਕਰ ਦਿਓ ਤਾਂ one way audio ਠੀਕ ਹੋ ਜਾਊ। settings ਦੀ screenshot ਭੇਜ ਦਿਆਂ?`),
    no(`pfSense-ல ஒரு IP-ல இருந்து நிமிஷத்துக்கு 100 INVITE-க்கு மேல வந்தா block பண்ண முடியுமா? நேத்து ராத்திரி ஒரு IP-ல இருந்து INVITE flood வந்துச்சு. rule எப்படி எழுதுறது?`),
    no(`අපේ VOS server එක office එකේ router එකට පිටිපස්සේ තියෙන්නේ (192.168.1.50). පිටින් web portal එකට යන්න 8080 port forward කරන්න ඕනේ. MikroTik එකේ dst-nat rule එක කොහොමද ලියන්නේ?`),
    no(`We moved to AWS. security group currently allows 5060 udp from carrier IPs only. calls connect but no audio. which RTP port range does VOS use so we add it to the SG? 10000-20000?`),
    no(`नया carrier बोल रहा है उनका media अलग IPs से आएगा (5 IP की list भेजी है)। क्या iptables में सिर्फ signaling IP allow करना काफी है या media IPs भी डालने पड़ेंगे? अभी test call में आवाज़ नहीं आ रही`),
    no(`CentOS 7 এ firewall-cmd দিয়ে port খুলছিলাম, রিবুটের পর rule গুলা হারায় গেছে। --permanent দিতে ভুলে গেছিলাম মনে হয়। কোন কোন port আবার খুলতে হবে VOS এর জন্য একটা list দিবেন?`),
    no(`ہمارے log میں رات بھر "friendly-scanner" اور "sipvicious" والے REGISTER آتے ہیں۔ iptables میں user-agent کی بنیاد پر block کرنے کا rule بتا دیں، string match والا`),
    no(`दाइ हाम्रो web portal लाई सबैले खोल्न मिल्छ, security को लागि office को static IP मात्र allow गर्न चाहन्छौं। 8080 मा मात्र आफ्नो IP allow गर्ने iptables rule पठाइदिनुस् न, SIP चाहिँ सबैका लागि खुला राख्नु पर्छ`),
    no(`எங்க DC-ல Cisco ASA இருக்கு. புது carrier-ஓட signaling IP 41.x.x.x-க்கு ACL add பண்ணணும், UDP 5060 மட்டும். RTP-க்கும் தனியா ACL தேவையா? ASA-ல SIP inspection on-ல இருக்கு, அதை off பண்ணணுமா?`),
    no(`VOS web login එකට brute force එනවා. fail2ban එකට jail එකක් හදන්න පුළුවන්ද? log file එක කොහෙද තියෙන්නේ, filter එක මොකක්ද දාන්න ඕනේ?`),
    no(`Dear support pls whitelist 103.148.xx.xx on your side, this is our new switch IP, old one 103.148.yy.yy will be shut down friday. we send on UDP 5060 as before`),
    no(`हमारे client के पास SonicWall है, उनका कहना है "Enable SIP Transformations" on रखें या off? phones register तो हो रहे हैं पर कभी कभी one way audio आता है। हमारे तरफ से कोई recommended setting है?`),
    no(`iptables এর log এ দেখি এই রকম হাজার হাজার লাইন:
kernel: IPT-DROP IN=eth0 SRC=45.134.xx.xx DST=103.xx.xx.xx PROTO=UDP SPT=5146 DPT=5060
সব বাইরের দেশের scanner IP। এগুলা drop হওয়া কি ঠিক আছে? কল তো ঠিক আছে`),
    no(`ایک نیا carrier کہہ رہا ہے کہ وہ صرف SIP over TCP پر بھیجیں گے۔ ہمارے firewall میں صرف UDP 5060 کھلا ہے۔ TCP 5060 کے لیے کون سا rule ڈالوں اور کیا softswitch میں بھی کچھ on کرنا ہوگا؟`),
    no(`ਕੀ iptables ਵਿੱਚ ਇੱਕ IP ਤੋਂ ਵੱਧ ਤੋਂ ਵੱਧ 50 connection ਦੀ limit ਲਾ ਸਕਦੇ ਹਾਂ? ਕੁਝ dialer ਵਾਲੇ customer ਬਹੁਤ ਜ਼ਿਆਦਾ ਭੇਜਦੇ ਨੇ। connlimit ਵਾਲਾ rule ਭੇਜ ਦਿਓ ਜੀ`),
    no(`இந்தியா, ஸ்ரீலங்கா IP-கள் தவிர வேற எங்கிருந்தும் 5060-க்கு வரக்கூடாது. CSF firewall-ல CC_ALLOW_PORTS வச்சு பண்ணலாமா? எப்படி config பண்றது சொல்லுங்க`),
    no(`අපි Azure වලට move කරා. NSG එකේ portal එකට HTTPS 443 inbound rule එකක් දාන්න ඕනේ, අපේ office IP range එකෙන් විතරක්. priority එක කීයද දාන්න ඕනේ? SIP rules දැනටමත් තියෙනවා`),
    no(`sir we are opening new branch in lahore, fortigate 60F there. which ports we need to allow outbound for phones to reach VOS? also should we disable the SIP session helper on forti? they will use UDP`),
    no(`server reboot पछि iptables का सबै rule हराए, अहिले सबै खुला छ। पहिलेको rule service iptables save गरेको थिएन होला। अब कसरी save गर्ने ताकि reboot पछि पनि रहोस्? CentOS 6 हो`),
    no(`हमारे एक customer के pfSense के पीछे 3 FXS gateway हैं, उन्हें outbound NAT में static port चाहिए बोल रहे हैं। hybrid outbound NAT का rule कैसे बनाएं? UDP पर हैं, फिलहाल सिर्फ़ एक gateway register होता है बाकी दो नहीं`),
    no(`CSF firewall ইউজ করি। VOS এর জন্য TCP_IN আর UDP_IN এ কোন কোন port রাখবো? এখন শুধু 22, 80, 5060 আছে। নতুন করে সেট করতেছি`),
    no(`ہمارے web portal پر کل سے بہت زیادہ requests آ رہی ہیں، لگتا ہے کوئی DDoS ہے۔ portal nginx کے پیچھے ہے۔ limit_req لگانے کا صحیح طریقہ بتا دیں، SIP پر کوئی اثر نہیں`),
    no(`Billing server Ubuntu, UFW இருக்கு. VOS server IP-ல இருந்து மட்டும் 3306 allow பண்ணணும். ufw allow from ... to any port 3306 சரியா? வேற எந்த port-உம் வெளியே திறக்க வேண்டாம்`),
  ],
  negationContext: [
    no(`ভাই আমাদের সব customer UDP তে, TCP কেউ ইউজ করে না। একজন বলল SS_TCP_CLOSE_RESET On করলে TIME_WAIT কমে। আমাদের তো TCP ই নাই, তাহলে এইটা on করার কোনো মানে আছে?`),
    no(`सर कुछ phones unregistered हैं NAT के पीछे वाले, पर RST mode हमने कभी on नहीं किया, conf में SS_TCP_CLOSE_RESET="Off" ही है। असल में कल शाम password बदले थे उसी के बाद से है, तो शायद वही वजह है। phones में नया password डलवा रहे हैं`),
    no(`صرف اطلاع کے لیے: پچھلے ہفتے peak پر ۳۰ ہزار TIME_WAIT اور "cannot assign requested address" آ رہا تھا، آپ کی ٹیم نے tcp_tw_reuse اور port range بدل دی تھی۔ اب ایک ہفتے سے بالکل ٹھیک ہے، آج peak پر 1,200 تھے۔ ٹکٹ بند کر دیں، شکریہ`),
    no(`एउटा कुरा सोध्नु थियो, अहिले केही समस्या छैन। यदि हामीले SS_TCP_CLOSE_RESET On गर्यौं भने MikroTik पछाडि TCP मा भएका phone हरू unregistered हुन्छन् भन्ने सुनेको छु, साँचो हो? On गर्ने कि नगर्ने निर्णय गर्दैछौं`),
    no(`ਸਾਡੇ lab ਵਾਲੇ test server ਤੇ ਅਸੀਂ RST mode On ਕਰਕੇ ਵੇਖਿਆ ਸੀ, ਉੱਥੇ ਇੱਕ softphone ਜੋ NAT ਦੇ ਪਿੱਛੇ ਸੀ unregistered ਹੋਇਆ। production ਤੇ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ, ਉੱਥੇ Off ਹੀ ਹੈ। ਬਸ ਦੱਸਣਾ ਸੀ ਕਿ lab ਵਿੱਚ ਇਹ ਹੋਇਆ, ਹੁਣ lab ਵੀ Off ਕਰ ਦਿੱਤਾ`),
    no(`எங்க NOC training-க்கு ஒரு கேள்வி: stateful firewall RST packet-ஐ drop பண்ணா என்ன ஆகும்? exam-க்கு answer எழுதணும். எங்க server-ல எந்த பிரச்சனையும் இல்ல, RST mode off தான்`),
    no(`අපේ සීනියර් කෙනෙක් කිව්වා 2019 දී එයාලගේ පරණ company එකේ RST on කරාම FortiGate එක නිසා calls fail වුනා කියලා. අපිට නම් එහෙම දෙයක් නෑ, RST කවදාවත් on කරේ නෑ. ඒක ඇත්තටම වෙන දෙයක්ද කියලා දැනගන්න ආසයි`),
    no(`FYI the zabbix alert last night "TIME_WAIT > 20000 on vos-dhaka-1" was false. the item key was counting all states not only TIME_WAIT, and we had it multiplied by 100 by mistake. actual TIME_WAIT was ~200. fixed the template. nothing to do from your side`),
    no(`सर किसी ने कुछ नहीं बदला है, मैंने softswitch.conf खुद check किया SS_TCP_CLOSE_RESET="Off" है जैसे हमेशा था। firewall भी वैसा ही है। calls भी ठीक हैं। बस आपके engineer ने पिछली बार पूछा था तो confirm कर रहा हूँ`),
    no(`NAT এর পিছনের ১০টা phone unregistered, কিন্তু আমরা RST চালু করি নাই, কোনো setting ও বদলাই নাই server এ। যেটা হইছে, customer নিজে router এর admin password আর PPPoE password বদলাইছে, তারপর থেকে internet ই নাই ওদের। ওরা ISP কে ফোন দিতেছে`),
    no(`اگلے مہینے ہم سارے بڑے customers کو UDP سے TCP پر لے جانے کا سوچ رہے ہیں۔ ان میں سے کئی کے پاس pfSense ہے۔ اگر بعد میں RST mode On کریں تو کیا ان کے firewall RST drop کریں گے؟ ابھی کچھ نہیں کیا، صرف planning ہے`),
    no(`यो VOS को कुरा होइन, हाम्रो छुट्टै FreeSWITCH server मा TIME_WAIT धेरै देखिएको छ। त्यसमा पनि SS_TCP_CLOSE_RESET जस्तो setting हुन्छ? VOS server त एकदम ठिक छ`),
    no(`தகவலுக்காக மட்டும்: நேத்து RST mode-ஐ off பண்ணிட்டோம், branch office phones எல்லாம் திரும்ப register ஆயிடுச்சு, இன்னைக்கு காலைல இருந்து ஒரு drop கூட இல்ல. ticket close பண்ணிடுங்க`),
    no(`ඊයේ upgrade එක කරද්දී විතරක් එක පාරක් "address already in use" log එකේ ආවා, mbx3000d දෙපාරක් start වුනා නිසා. ඊට පස්සේ එකපාරක්වත් ආවේ නෑ, TIME_WAIT 200ට අඩුයි. record එකට කියන්නයි`),
    no(`Its not a port exhaustion problem, i already checked - TIME_WAIT only 150 and no bind errors. calls to the carrier failing with 503 Service Unavailable from their side, they confirmed their capacity is full. just informing, we'll route to backup`),
    no(`FortiGate के logs में "RST dropped / invalid" entries दिख रही हैं, लेकिन ये हमारा lab वाला FortiGate VM है जहाँ हम testing कर रहे थे। production firewall के logs साफ़ हैं, और production पर RST mode Off है। इसलिए कोई action नहीं चाहिए, बस पूछना था lab में ऐसा क्यों`),
    no(`ভবিষ্যতের জন্য একটা প্রশ্ন: আমরা যদি সামনের বছর ২০০ CPS এ যাই, তখন কি port শেষ হয়ে যাবে, "address already in use" আসবে? এখন ২০ CPS, কোনো সমস্যা নাই। quotation এর জন্য জানতে চাচ্ছি কি কি লাগবে`),
    no(`ایک customer کا پیغام forward کر رہا ہوں: "آپ کے RST والے setting کی وجہ سے ہمارے phones گر رہے ہیں"۔ لیکن ان کے سارے phones UDP پر ہیں اور ہمارے server پر RST Off ہے۔ ان کا مسئلہ ان کا اپنا wifi ہے، ہم نے دیکھ لیا۔ بس آپ کو بتا رہا ہوں`),
    no(`VOS3000 ਦੇ certification quiz ਵਿੱਚ ਸਵਾਲ ਸੀ: "SS_TCP_CLOSE_RESET On ਕਰਨ ਦੇ ਦੋ ਨੁਕਸਾਨ ਦੱਸੋ"। ਮੈਂ ਲਿਖਿਆ NAT phones ਅਤੇ firewall। ਕੀ ਇਹ ਸਹੀ ਹੈ? ਸਾਡੇ server ਤੇ ਕੁਝ ਨਹੀਂ ਹੋਇਆ, ਇਹ ਸਿਰਫ਼ ਪੜ੍ਹਾਈ ਲਈ`),
    no(`நேத்து customer "NAT பின்னாடி இருக்கிற phones unregistered" னு complaint பண்ணாரு. போய் பாத்தா அந்த phone-ஓட power adapter unplug ஆகி இருந்துச்சு. வேற எதுவும் இல்ல, RST-ம் off தான். false alarm, sorry for disturbance`),
    no(`අපි ඊයේ රෑ RST mode එක ආයේ Off කරා. දැන් pfSense එක හරහා යන calls ඔක්කොම හරියට යනවා, state table එකේ half-open ඒවා නෑ. ticket එක close කරන්න පුළුවන්. ස්තූතියි`),
    no(`Forwarded (old chat from 2021, found while cleaning):
"bro after RST on the asa is killing calls, rst packets denied in logs"
this was our previous setup, we removed that ASA long back and RST is off now. does this still apply in new VOS versions? just curious`),
    no(`हाम्रो नयाँ staff ले गल्तीले SS_TCP_CLOSE_RESET On गरिदिएछ हिजो। तर हाम्रो सबै phone र trunk UDP मा छन्, केही पनि बिग्रेको छैन, registration र call सबै ठिक। Off मा फर्काउनु पर्छ कि यत्तिकै छोडे पनि हुन्छ?`),
    no(`हमारे developer ने अपने laptop से sipp से load test किया तो laptop पर ही "cannot assign requested address" आने लगा, 28k TIME_WAIT laptop पर। VOS server पर TIME_WAIT 300 के आसपास ही था, कोई error नहीं। मतलब problem laptop की है ना, server की नहीं?`),
    no(`গতকাল রাতে monitoring এ দেখাইলো ৩০০ টা phone unregistered, আমরা ভয় পাইছিলাম RST এর কারণে কিনা। পরে দেখলাম portal update এর পর report টাই ভুল দেখাইতেছিল, phone সব registered আর কল চলতেছিল। RST আমরা কখনো on ই করি নাই। শুধু জানায় রাখলাম`),
    no(`نہ ہمارے پاس RST on ہے نہ کوئی firewall بیچ میں ہے، پھر بھی کچھ calls ٹھیک 30 سیکنڈ پر کٹ جاتی ہیں۔ یہ وہ RST والا مسئلہ تو نہیں ہو سکتا نا؟ ACK نہیں آ رہا شاید، کہاں دیکھیں؟`),
    no(`அடுத்த மாசம் pfSense-ஐ எடுத்துட்டு FortiGate போடப்போறோம். இப்போ RST mode off தான். FortiGate வந்த பிறகு RST on பண்ணா calls hang ஆகுமா? முன்னாடியே தெரிஞ்சுக்கணும், இப்போ எந்த பிரச்சனையும் இல்ல`),
  ],
  portExhaustion: [
    pe(`ভাই সন্ধ্যা ৭টা থেকে ১০টা পিক টাইমে carrier এ কল যাচ্ছে না, log এ শুধু "connect failed: Cannot assign requested address"। ss -s দিলে timewait ৩০ হাজারের উপরে দেখায়। রাতে ২টার পরে আবার সব ঠিক। প্রতিদিন একই অবস্থা, কি করবো?`),
    pe(`sir peak time पे हमारे TCP carrier पर calls fail हो रहे हैं। netstat में 30 हजार से ज्यादा TIME_WAIT हैं। mbx3000d का log: "BindException: Address already in use: connect". restart करते ही 1 घंटा ठीक चलता है फिर वही। 180 CPS चल रहा है अभी`),
    pe(`بھائی شام کو رش کے وقت نئی TCP connections بن ہی نہیں رہیں، log میں EADDRINUSE آ رہا ہے۔ TIME_WAIT تقریباً ۳۰ ہزار ہے۔ رات کو خود ٹھیک ہو جاتا ہے۔ آج تیسرا دن ہے، کسٹمر بہت ناراض ہیں`),
    pe(`[root@vos ~]# ss -s
Total: 31844 (kernel 0)
TCP:   31290 (estab 402, closed 30811, orphaned 3, synrecv 0, timewait 30790/0), ports 0

and softswitch log full of "cannot assign requested address" when connecting to carrier 2. ASR dropped to 12% at peak. this is now, please help`),
    pe(`दाइ साँझ ७ बजे पछि हाम्रो switch ले carrier तिर नयाँ TCP connection बनाउनै सकेन, "Cannot assign requested address" आइरहेको छ। TIME_WAIT २८,००० भन्दा बढी। server restart गरेपछि केही बेर ठिक हुन्छ अनि फेरि उस्तै। हरेक दिन यस्तै हुन्छ`),
    pe(`ਭਾਜੀ ਸ਼ਾਮ ਨੂੰ ਜਦੋਂ traffic ਵੱਧਦਾ, calls ਫੇਲ੍ਹ ਹੋਣ ਲੱਗ ਜਾਂਦੀਆਂ। netstat | grep TIME_WAIT | wc -l = 29450। log ਵਿੱਚ "Address already in use" outgoing connect ਤੇ। ਅੱਧੀ ਰਾਤ ਤੋਂ ਬਾਅਦ ਠੀਕ। ਕੀ ਕਰੀਏ?`),
    pe(`Sir, evening peak-ல 150 CPS போகும்போது carrier-க்கு போற calls எல்லாம் fail ஆகுது. log-ல "java.net.BindException: Cannot assign requested address". netstat பாத்தா TIME_WAIT 32,000. mbx3000d restart பண்ணா கொஞ்ச நேரம் சரியா இருக்கு, அப்புறம் திரும்ப வந்துடுது`),
    pe(`අයියේ රෑ 8ත් 11ත් අතර carrier එකට calls යන්නේ නෑ. log එකේ "connect() failed (99: Cannot assign requested address)". ss -s බැලුවම timewait 27k විතර. උදේට ඔක්කොම හරි. මේ සතියේම හැමදාම මෙහෙමයි`),
    pe(`calls failing AGAIN at peak. 30k time_wait, bind errors everywhere. restarted switch 3 times today. fix it or we move to other provider`),
    pe(`[voice note] हाँ सर नमस्ते... वो शाम को जैसे ही traffic बढ़ता है ना... तो calls जाना बंद हो जाता है... हमारे technical वाले लड़के ने बताया कि server पे कोई... TIME_WAIT... वो 28-30 हजार हो जाता है... और address already in use जैसा कुछ error... रात को फिर अपने आप ठीक... रोज़ का हो गया है सर... जल्दी देखिए`),
    pe(`Forwarded from NOC:
"ভাই এখন পিক চলতেছে, netstat -ant | awk '{print $6}' | sort | uniq -c দিলাম:
  31022 TIME_WAIT
    388 ESTABLISHED
     12 LISTEN
আর carrier B তে সব কল 'cannot assign requested address' এ fail"
ভাই এটা কি আমাদের server এর port শেষ হয়ে যাচ্ছে? এখনই দেখেন`),
    pe(`روزانہ ایک لاکھ سے زیادہ calls جاتی ہیں ہماری، TCP پر۔ پچھلے دو دن سے شام 6 سے 10 کے بیچ "cannot assign requested address" کی errors اور calls fail۔ TIME_WAIT گنے تو 29 ہزار کے قریب۔ restart کرتے ہیں تو ٹھیک ہو جاتا ہے تھوڑی دیر کے لیے`),
    pe(`हाम्रो server मा ip_local_port_range 32768 60999 छ। peak मा TIME_WAIT २७ हजार पुग्छ र नयाँ outgoing TCP connection हुँदैनन्, "Address already in use" log मा। २८ हजार port मात्र हुने भएर होला? अहिले पनि भइरहेको छ`),
    pe(`மறுபடியும் அதே பிரச்சனை. peak time, TIME_WAIT 30k தாண்டி, carrier-க்கு TCP connect ஆகவே மாட்டேங்குது. EADDRINUSE. ராத்திரி 1 மணிக்கு மேல சரியாயிடும். தினமும் இதே கதை`),
    pe(`[voice] හලෝ... අයියා අර හවස් වෙලාවට traffic වැඩි වෙනකොට calls fail වෙනවා නේ... අපේ කොල්ලා බැලුවා TIME_WAIT තිස් දාහක් විතර තියෙනවා කියලා... bind error එකක් එනවා කියනවා... restart කරාම ටිකක් හරි... ආයේ එහෙමමයි... මොකක්ද කරන්න ඕනේ`),
    pe(`Hi team,
Since Monday between 19:00-23:00 IST our calls to Tata and Airtel TCP trunks fail. softswitch.log excerpt:
2024-03-12 20:14:07 ERROR SipTcpTransport connect to 10.20.1.5:5060 failed: Cannot assign requested address
2024-03-12 20:14:07 ERROR SipTcpTransport connect to 10.20.1.6:5060 failed: Cannot assign requested address
ss shows ~29k TIME_WAIT at that time, at 3am it is under 1k. CPS is around 160 at peak. Please advise what to change, it is impacting revenue.`),
    pe(`हमारे पास चीनी monitoring tool है, उसमें peak time पर दिखा "TIME_WAIT 连接数: 3万+" और उसी वक़्त carrier पर नए TCP connection नहीं बन रहे, log में bind fail। रात को 2 हजार तक गिर जाता है। आज भी हो रहा है, अभी 9 बजे`),
    pe(`আবার একই সমস্যা!! পিকে কল যায় না, TIME_WAIT ২৯ হাজার, address already in use. প্রতিদিন restart দিয়ে চালাইতেছি। স্থায়ী সমাধান দেন`),
    pe(`یہ error ہر شام آتا ہے:
java.net.BindException: Address already in use: connect
    at sun.nio.ch.Net.connect0(Native Method)
TIME_WAIT ۲۸ ہزار سے اوپر۔ calls carrier تک نہیں جاتیں۔ صبح تک ٹھیک۔ ابھی بھی یہی ہو رہا ہے`),
    pe(`ਨਵਾਂ dialer customer ਜੋੜਿਆ ਜੋ 200 CPS ਭੇਜਦਾ, ਉਦੋਂ ਤੋਂ ਸ਼ਾਮ ਨੂੰ carrier ਵੱਲ TCP connections ਨਹੀਂ ਬਣਦੇ। ss -s ਵਿੱਚ timewait 31k। softswitch log: bind: Address already in use। ਉਸ customer ਨੂੰ ਬੰਦ ਕਰਨ ਤੋਂ ਬਿਨਾਂ ਕੋਈ ਹੱਲ?`),
    pe(`हाम्रो reseller को message forward गर्दैछु: "दाइ बेलुका call जाँदैन, मैले ३ पटक try गरें सबै fail"। मैले server हेरें, त्यो बेला TIME_WAIT ३० हजार थियो र log मा "cannot assign requested address"। बिहान ठिक हुन्छ। कृपया हेरिदिनुहोस्`),
    pe(`Carrier IP-க்கு மட்டும் count பண்ணேன்:
# netstat -ant | grep 202.56.x.x:5060 | grep -c TIME_WAIT
28117
இந்த நேரத்துல அந்த carrier-க்கு புது call எதுவும் போகல, "Address already in use" error. carrier பக்கம் எல்லாம் சரின்னு சொல்றாங்க. இப்பவும் நடக்குது`),
    pe(`peak එකේදී softswitch එකෙන් carrier එකට TCP connect වෙන්නේ නෑ, "EADDRINUSE" ලොග් එකේ. TIME_WAIT 28,000+. restart කරාම පැයක් හරි. අද දවසේ 4 පාරක් restart කරා. ස්ථිර විසඳුමක් ඕනේ`),
    pe(`voice note transcript: assalam o alaikum sir, sir ye hamara issue hai ke shaam ko traffic barhta hai to calls fail hone lag jati hain, engineer kehta hai server pe ports khatam ho rahe hain, time wait tees hazaar ke kareeb, aur log mein cannot assign requested address. subah tak theek. please jaldi kuch karein`),
    pe(`अभी का हाल:
Total: 30512 (kernel 0)
TCP:   30120 (estab 350, closed 29690, orphaned 0, synrecv 0, timewait 29688/0), ports 0
और carrier पर नया call नहीं जा रहा, log: "connect: Cannot assign requested address"। दिन में 3-4 बार restart कर रहे हैं। कृपया तुरंत बताइए`),
    pe(`গত সপ্তাহে আমাদের দুইটা বড় carrier UDP থেকে TCP তে নিছি। তারপর থেকে সন্ধ্যায় কল ফেইল, log এ BindException address already in use, আর TIME_WAIT ২৮-৩০ হাজার। রাত ১টার পর নিজে নিজে ঠিক হয়। আজকেও হইতেছে এখন`),
    pe(`سر جی ہر روز عصر کے بعد سے calls رکنا شروع ہو جاتی ہیں۔ netstat میں TIME_WAIT بھرے پڑے ہیں، ۳۱ ہزار۔ نئے outgoing connection پر "Cannot assign requested address"۔ restart کرو تو ٹھیک، پھر دو گھنٹے بعد وہی۔ آج بھی`),
    pe(`ਫੇਰ ਓਹੀ ਹਾਲ। peak ਤੇ calls ਨਹੀਂ ਜਾਂਦੀਆਂ, TIME_WAIT 30 ਹਜ਼ਾਰ, cannot assign requested address. ਰੋਜ਼ restart ਕਰਨਾ ਪੈਂਦਾ। ਹੱਲ ਦੱਸੋ ਜਲਦੀ`),
    pe(`எங்களுக்கு ஒரு நாளைக்கு 2 லட்சம் calls, பெரும்பாலும் TCP carrier. சாயங்காலம் 6-10 மணிக்கு "cannot assign requested address" வந்து calls fail ஆகுது, TIME_WAIT 29,500. காலைல தானா சரியாயிடுது. இந்த வாரம் முழுக்க இப்படித்தான்`),
    pe(`outbound tcp to carriers dying every evening. EADDRINUSE on connect, 28k sockets stuck in TIME_WAIT, fine again after midnight or after restart. happening right now, 170 cps`),
  ],
  natUnregistered: [
    nat(`ভাই গত সপ্তাহে আপনাদের engineer TIME_WAIT কমানোর জন্য SS_TCP_CLOSE_RESET On করে দিছিল। তারপর থেকে আমাদের branch office এর phone গুলা (MikroTik এর পিছনে, TCP তে) বার বার unregistered হয়ে যাচ্ছে। head office এ public IP তে যেগুলা আছে সেগুলা ঠিক। এখনো হচ্ছে`),
    nat(`सर जब से RST mode on किया है, हमारे home users के softphone (सब TCP पर, घर के router के पीछे) हर 5-10 मिनट में unregistered हो जाते हैं। जिनके पास public IP है उनका ठीक है, UDP वाले भी ठीक। अभी भी हो रहा है`),
    nat(`جب سے آپ کے کہنے پر RST والا mode On کیا ہے، ہمارے دفتر کے phones جو MikroTik کے پیچھے ہیں اور TCP پر register ہوتے ہیں، بار بار unregistered ہو رہے ہیں۔ جن کے پاس public IP ہے وہ ٹھیک ہیں۔ ابھی بھی یہی حال ہے`),
    nat(`दाइ, SS_TCP_CLOSE_RESET On गरेपछि हाम्रो branch का सबै phone (NAT पछाडि, TCP) को registration बारम्बार हराउँछ। server मा public IP भएका phone ठिक छन्। परसि On गरेको, त्यसपछि देखि यस्तो भयो`),
    nat(`ਜਦੋਂ ਤੋਂ RST on ਕੀਤਾ, ਸਾਡੇ ਘਰੋਂ ਕੰਮ ਕਰਨ ਵਾਲੇ agents ਦੇ MicroSIP (TCP) unregistered ਹੋ ਜਾਂਦੇ ਨੇ ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ। office ਵਿੱਚ public IP ਵਾਲੇ phones ਨੂੰ ਕੁਝ ਨਹੀਂ ਹੁੰਦਾ। ਹੁਣ ਵੀ ਚੱਲ ਰਿਹਾ ਇਹ`),
    nat(`Sir, softswitch.conf-ல SS_TCP_CLOSE_RESET="On" பண்ணி reparse பண்ணோம், அப்புறம் இருந்து branch office-ல router பின்னாடி இருக்கிற Yealink phones (TCP transport) register ஆகி ஆகி drop ஆகுது. public IP phones-க்கு ஒன்னும் ஆகல. இப்பவும் அப்படியே தான்`),
    nat(`RST mode එක on කරාට පස්සේ අපේ Kandy branch එකේ phones (router එක පිටිපස්සේ, TCP) නිතරම unregistered වෙනවා. Colombo office එකේ public IP තියෙන phones හොඳට වැඩ. UDP phones වලටත් අවුලක් නෑ. දැනුත් එහෙමයි`),
    nat(`Since we switched RST mode on (SS_TCP_CLOSE_RESET=On) on tuesday, all the NATed extensions on TCP keep dropping registration, portal shows them unregistered every few minutes. the ones with public IPs and the UDP ones are fine. still happening`),
    nat(`[voice note] सर नमस्ते... वो जो आपने पिछले हफ्ते RST वाला setting on किया था ना TIME_WAIT के लिए... उसके बाद से हमारे गुड़गाँव वाले office के सारे phone... वो MikroTik के पीछे हैं... बार बार unregistered हो रहे हैं... जो public IP पे हैं वो ठीक हैं... आज भी यही हो रहा है सर`),
    nat(`Customer এর message forward করলাম:
"ভাই ২ দিন ধরে আমাদের অফিসের ফোন গুলা বার বার unregistered দেখায়, incoming call আসে না"
চেক করে দেখলাম এগুলা সব NAT এর পিছনে আর TCP তে, আর ২ দিন আগেই আমরা SS_TCP_CLOSE_RESET On করছিলাম। public IP তে যাদের phone তাদের কোনো সমস্যা নাই`),
    nat(`RST On کرنے کے بعد سے یہ log مسلسل آ رہا ہے:
REGISTER expired: 8021@192.168.88.14 (via 39.45.xx.xx:41022 TCP)
REGISTER expired: 8022@192.168.88.15 (via 39.45.xx.xx:41870 TCP)
یہ سب ہماری branch کے phones ہیں MikroTik کے پیچھے۔ public IP والے phones کے ساتھ ایسا نہیں۔ ابھی بھی ہو رہا ہے`),
    nat(`घरबाट काम गर्ने हाम्रा staff का Zoiper (TCP मा) RST On गरेपछि unregistered भइरहन्छ। तिनीहरू सबैको घरमा सामान्य wifi router छ। office को public IP भएको desk phone चाहिँ ठिक छ। Off गर्दा फेरि TIME_WAIT बढ्छ कि भन्ने डर छ, के गर्ने?`),
    nat(`ਸਾਡੇ ਦੂਜੇ office ਦੇ Grandstream phones router ਦੇ ਪਿੱਛੇ ਨੇ, TCP ਉੱਤੇ। SS_TCP_CLOSE_RESET On ਕਰਨ ਤੋਂ ਬਾਅਦ ਇਹ ਹਰ ਕੁਝ ਮਿੰਟਾਂ ਬਾਅਦ unregistered ਦਿਖਦੇ ਨੇ। ਜਿਨ੍ਹਾਂ ਕੋਲ public IP ਉਹ ਠੀਕ। ਕੱਲ੍ਹ ਤੋਂ ਇਹੀ ਹਾਲ`),
    nat(`RST on பண்ணதுல இருந்து NAT பின்னாடி இருக்கிற எல்லா phone-உம் unregistered. public IP phone மட்டும் தான் வேலை செய்யுது. உடனே பாருங்க`),
    nat(`ගෙදර ඉඳන් වැඩ කරන අපේ agents ලගේ softphones (TCP) ඊයේ ඉඳන් register වෙලා ටිකකින් ගැලවෙනවා. ඊයේ තමයි අපි RST on කරේ TIME_WAIT අඩු කරන්න. office එකේ public IP phones වලට කිසි අවුලක් නෑ`),
    nat(`sir after your team enabled RST close on our switch, phones at our islamabad branch behind mikrotik keep going unregistered, they use tcp. our karachi phones on public IP are ok. please check, still going on`),
    nat(`RST on करने के बाद से branch के phones unregistered हो रहे हैं। MikroTik में connection tracking देखा तो phones के TCP 5060 वाले connections बार बार नए बन रहे हैं, पुराने वाले गायब। phones सब TCP पर हैं। server पर public IP वाले phones पर कोई असर नहीं`),
    nat(`[ভয়েস] ভাই আসসালামু আলাইকুম... ওই যে RST টা on করলাম না পরশু... তারপর থেকে আমাদের চট্টগ্রাম branch এর phone গুলা রেজিস্টার থাকতেছে না... ওরা router এর পিছনে... TCP তে... ঢাকা অফিসের গুলা ঠিক আছে ওগুলা public IP... এখনো একই অবস্থা ভাই`),
    nat(`ہمارے گھر سے کام کرنے والے agents کے Linphone (TCP) کی ہر تھوڑی دیر بعد registration ختم ہو جاتی ہے۔ یہ تب سے شروع ہوا جب server پر SS_TCP_CLOSE_RESET کو On کیا گیا۔ UDP پر جو agents ہیں ان کے ساتھ ٹھیک ہے`),
    nat(`portal को registration list हेर्दा:
1001  192.168.10.21  TCP  Unregistered
1002  192.168.10.22  TCP  Unregistered
1003  27.34.xx.xx    UDP  Registered
2001  110.44.xx.xx   TCP  Registered
192.168.10.x का सबै phone branch को router पछाडि छन्। RST On गरेदेखि यिनीहरू मात्र झरिरहन्छन्। अझै पनि`),
    nat(`[voice note] ਹਾਂਜੀ ਭਾਜੀ... ਓਹ RST ਵਾਲੀ setting On ਕਰਨ ਤੋਂ ਬਾਅਦ... ਸਾਡੇ ਲੁਧਿਆਣਾ ਵਾਲੇ office ਦੇ phones... ਜੋ router ਦੇ ਪਿੱਛੇ ਨੇ... ਉਹ unregistered ਹੋ ਜਾਂਦੇ ਨੇ ਵਾਰ ਵਾਰ... ਬਾਕੀ ਠੀਕ ਨੇ... ਅੱਜ ਵੀ ਇਹੀ`),
    nat(`RST on பண்ணதுக்கு அப்புறம் log:
[WARN] TCP connection from 49.204.xx.xx:50233 closed (RST), endpoint 3005 behind NAT
[INFO] 3005 unregistered (no re-register within expiry)
இது எல்லாம் branch office phones, router பின்னாடி, TCP. public IP phones எல்லாம் OK. இப்போவும் தொடருது`),
    nat(`SS_TCP_CLOSE_RESET On කරාට පස්සේ MikroTik එකට පිටිපස්සේ තියෙන Grandstream phones 20ම පැයකට කිහිප සැරයක් unregistered වෙනවා. ඒවා TCP. public IP phones සහ UDP phones හොඳින්. අද උදෙත් එහෙමයි`),
    nat(`Hello support,
We enabled SS_TCP_CLOSE_RESET=On last Friday as suggested for the TIME_WAIT issue, and yes TIME_WAIT is low now. But since then our Pune branch (all phones behind a MikroTik hEX, SIP over TCP) keeps losing registration - in the portal they flip between registered and unregistered all day, and incoming calls go to voicemail. Our Mumbai HO phones which have public IPs are not affected, neither are the few UDP phones. Still happening today.`),
    nat(`RST on किया तब से NAT वाले TCP phones unregistered. public IP वाले OK. अभी भी`),
    nat(`reseller এর অফিসে tcpdump নিলাম MikroTik এ:
14:02:11 IP 103.xx.xx.xx.5060 > 192.168.88.20.5062: Flags [R.], seq 1
14:02:40 IP 192.168.88.20.5062 > 103.xx.xx.xx.5060: Flags [P.] REGISTER
এরপর phone টা unregistered দেখায়। RST On করার পর থেকেই এমন, ওদের সব phone router এর পিছনে TCP তে। আমাদের public IP phone গুলা ঠিক`),
    nat(`آپ لوگوں نے RST on کروایا، اب ہمارے NAT والے سارے TCP phones unregistered ہیں! public IP والے ٹھیک ہیں۔ فوراً کچھ کریں، customers شور مچا رہے ہیں`),
    nat(`RST mode चालु गरेको दुई दिन भयो। त्यसपछि हाम्रो पोखराको reseller को GoIP gateway हरू (ISP router पछाडि, TCP मा register) बारम्बार unregistered हुन्छन्, call आउँदैन। काठमाडौंका public IP भएका gateway ठिक छन्`),
    nat(`[voice note] வணக்கம் சார்... அந்த RST setting-ஐ on பண்ணோம்ல... அதுக்கு அப்புறம் எங்க கோயம்புத்தூர் branch phones எல்லாம்... router பின்னாடி இருக்கு... TCP தான்... அடிக்கடி unregistered ஆகுது சார்... சென்னை office public IP, அங்க ஒன்னும் இல்ல... இன்னைக்கும் அப்படி தான்`),
    nat(`Forwarded from Galle branch IT:
"since last night IP phones keep showing unregistered, only ours, router is same as before"
ඊයේ රෑ තමයි අපි head office server එකේ RST on කරේ. Galle phones ඔක්කොම NAT පිටිපස්සේ TCP. head office public IP phones හරි`),
  ],
  firewallRst: [
    fw(`ভাই SS_TCP_CLOSE_RESET On করার পর থেকে FortiGate এর পিছনের carrier এর সাথে কল গুলা hang হয়ে যাচ্ছে, কিছু কল connect ই হয় না। FortiGate এর log এ দেখি "RST packet dropped, no session matched"। carrier বলতেছে ওদের দিকে connection গুলা এখনো ESTABLISHED দেখায়। এখনো চলতেছে`),
    fw(`sir RST mode on करने के बाद से pfSense के पीछे वाले customer की calls fail हो रही हैं। pfSense के firewall log में TCP:R packets block दिख रहे हैं "invalid state"। customer के PBX में पुराने TCP connections ESTABLISHED ही पड़े रहते हैं और नई calls hang। अभी भी चल रहा है`),
    fw(`RST On کرنے کے بعد سے ہمارے ڈیٹا سینٹر کا Cisco ASA RST packets کو deny کر رہا ہے، log میں "Deny TCP (no connection) ... flags RST" بھرا ہوا ہے۔ carrier کی طرف connections آدھے کھلے رہ جاتے ہیں اور calls ٹائم آؤٹ ہوتی ہیں۔ ابھی بھی یہی ہو رہا ہے`),
    fw(`SS_TCP_CLOSE_RESET On गरेदेखि हाम्रो iptables (conntrack INVALID drop rule) ले RST packet हरू drop गरिरहेको छ, log मा "INVALID DROP ... RST" देखिन्छ। carrier तिर connection ESTABLISHED नै रहन्छ र नयाँ call झुन्डिन्छ। आज पनि भइरहेछ`),
    fw(`ਜਦੋਂ ਤੋਂ RST on ਕੀਤਾ, ਸਾਡੇ SonicWall ਦੇ ਪਿੱਛੋਂ ਜਾਣ ਵਾਲੀਆਂ calls ਅਟਕ ਜਾਂਦੀਆਂ। SonicWall log ਵਿੱਚ "TCP packet received on non-existent/closed connection; TCP packet dropped" ਵਾਰ ਵਾਰ। carrier ਕਹਿੰਦਾ ਉਨ੍ਹਾਂ ਵੱਲ connection ਖੁੱਲ੍ਹਾ ਹੀ ਪਿਆ। ਅੱਜ ਵੀ`),
    fw(`Sir, RST mode on பண்ணதுக்கு அப்புறம் AWS-ல இருக்கிற எங்க carrier-side SBC-க்கு போற calls அடிக்கடி hang ஆகுது. Network firewall log-ல RST packets drop ஆகுறது தெரியுது. carrier SBC-ல பழைய TCP connections ESTABLISHED-லேயே நிக்குது. இப்பவும் நடக்குது`),
    fw(`RST mode එක on කරාට පස්සේ FortiGate එක හරහා යන calls ගොඩක් fail වෙනවා, සමහර ඒවා ringing එකේම hang. FortiGate log එකේ "reason: invalid, RST dropped". අනිත් පැත්තේ connections half-open විදියට තියෙනවා. දැනුත් එහෙමයි`),
    fw(`After turning SS_TCP_CLOSE_RESET On, calls through our pfSense are failing. Filter log:
Mar 14 21:03:11 filterlog: 88,,,1000000103,em0,match,block,in,4,0x0,,64,0,0,none,6,tcp,40,103.xx.xx.10,41.xx.xx.7,5060,38422,0,R,
Mar 14 21:03:12 filterlog: 88,,,1000000103,em0,match,block,in,4,0x0,,64,0,0,none,6,tcp,40,103.xx.xx.10,41.xx.xx.7,5060,38460,0,R,
default deny catching the RSTs, far end keeps the connections ESTABLISHED and new INVITEs time out. still ongoing.`),
    fw(`[voice note] सर वो RST वाला setting on करने के बाद... हमारे client का जो FortiGate है ना... उसमें RST वाले packets drop हो रहे हैं... उनका IT वाला बोल रहा है... और calls बीच में अटक जाती हैं... connect ही नहीं होती कई बार... उनकी side पे connections खुले ही पड़े रहते हैं... अभी भी हो रहा है सर`),
    fw(`Carrier এর NOC থেকে এই mail আসছে, forward করলাম:
"We see hundreds of half-open TCP sessions from your IP stuck in ESTABLISHED on our side since 12th. Our firewall logs show inbound RST from your switch dropped as out-of-state. New calls over TCP timing out."
১২ তারিখেই আমরা RST mode On করছিলাম। এখনো কল fail হইতেছে, কি করবো ভাই?`),
    fw(`RST mode On کرنے کے بعد سے:
kernel: [UFW BLOCK] IN=eth0 OUT= SRC=185.xx.xx.3 DST=10.0.0.5 PROTO=TCP SPT=5060 DPT=43112 WINDOW=0 RES=0x00 RST URGP=0
kernel: [UFW BLOCK] IN=eth0 OUT= SRC=185.xx.xx.3 DST=10.0.0.5 PROTO=TCP SPT=5060 DPT=43150 WINDOW=0 RES=0x00 RST URGP=0
یہ customer کے PBX والا server ہے، UFW ہمارے switch کے RST کو block کر رہا ہے اور ان کی calls لٹک رہی ہیں۔ ابھی تک جاری ہے`),
    fw(`RST On गरेदेखि firewall पछाडिको carrier तिर call झुन्डिन्छ। firewall ले RST drop गर्छ, log मा देखिन्छ। अहिले पनि`),
    fw(`ਸਾਡੇ carrier ਦੇ ASA ਵਿੱਚ "%ASA-6-106015: Deny TCP (no connection) from 103.xx.xx.xx/5060 to 10.1.1.5/39212 flags RST" ਹਜ਼ਾਰਾਂ ਵਾਰ ਆ ਰਿਹਾ, ਉਸ ਦਿਨ ਤੋਂ ਜਦੋਂ ਅਸੀਂ RST mode On ਕੀਤਾ। ਉਨ੍ਹਾਂ ਵੱਲ TCP connections ESTABLISHED ਰਹਿ ਜਾਂਦੇ ਤੇ calls fail। ਹੁਣ ਵੀ`),
    fw(`RST on பண்ணதுல இருந்து FortiGate பின்னாடி இருக்கிற customer calls எல்லாம் hang. Forti log-ல RST drop. உடனே fix பண்ணுங்க`),
    fw(`අපේ switch එකේ RST on කරාට පස්සේ Azure එකේ තියෙන customer PBX එකට යන calls hang වෙනවා. ඔවුන්ගේ Azure Firewall log එකේ RST packets "dropped - no matching flow". PBX එකේ netstat එකේ අපේ IP එකට ESTABLISHED connections ගොඩක් ඉතුරු වෙලා. දැනුත්`),
    fw(`sir since RST mode on, our own edge box (centos, iptables with -m state --state INVALID -j DROP) is dropping the RSTs, i can see counters going up on that rule. carrier side keeps sessions ESTABLISHED, our calls to them hang after 2-3 mins of traffic. happening now`),
    fw(`RST on किया तब से calls fail. दोनों तरफ tcpdump लिया:
switch की तरफ: 10:42:05 IP 103.x.x.x.5060 > 45.x.x.x.51514: Flags [R], seq 88213
carrier की तरफ (उनके firewall के अंदर): ये RST आया ही नहीं, उनकी तरफ connection ESTABLISHED
उनका firewall SonicWall है। अभी भी calls अटक रही हैं`),
    fw(`RST mode চালু করার পর customer এর PBX (iptables conntrack এর পিছনে) এ ss দিলে দেখি আমাদের IP এর সাথে ৩০০+ ESTABLISHED পড়ে আছে, অথচ আমাদের দিকে সেগুলা অনেক আগেই বন্ধ। ওদের firewall log এ RST INVALID drop। নতুন কল আটকে যায়। এখনো`),
    fw(`[voice note] جی سر... وہ جب سے آپ نے RST والی setting on کی ہے نا... ہمارے بینک والے client کا FortiGate ہے... وہ RST packets drop کر رہا ہے، ان کے IT نے screenshot بھیجا ہے... اور calls کبھی لگتی ہیں کبھی لٹک جاتی ہیں... ابھی بھی یہی`),
    fw(`हाम्रो एउटा ठूलो customer को pfSense छ। SS_TCP_CLOSE_RESET On गरेपछि उनीहरूको calls बीचमै अड्किन्छ वा लाग्दै लाग्दैन। pfSense को log मा हाम्रो IP बाट आएको TCP:R block भएको छ। उनीहरूको PBX मा पुराना connection ESTABLISHED नै बसिरहन्छ। हिजो देखि अहिलेसम्म`),
    fw(`RST on ਕਰਨ ਤੋਂ ਬਾਅਦ ਸਾਡਾ carrier ਜੋ Google Cloud ਤੇ ਹੈ, ਉਸ ਵੱਲ calls ਲਟਕ ਜਾਂਦੀਆਂ। ਉਨ੍ਹਾਂ ਦਾ ਕਹਿਣਾ firewall RST ਨੂੰ ਛੱਡ ਦਿੰਦਾ, ਉਨ੍ਹਾਂ ਦੇ SBC ਤੇ ਸੈਂਕੜੇ half-open connections। ਅਜੇ ਵੀ ਚੱਲ ਰਿਹਾ`),
    fw(`RST mode on பண்ணதுக்கு அப்புறம் customer firewall-ல (iptables conntrack):
# iptables -L INPUT -v -n | grep INVALID
 18420 1.1M DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
அந்த counter எல்லாம் எங்க switch-ஓட RST தான். அவங்க பக்கம் TCP sessions ESTABLISHED-லேயே இருக்கு, calls hang. இன்னும் நடக்குது`),
    fw(`RST on කරාට පස්සේ SonicWall එක පිටිපස්සේ තියෙන අපේ branch PBX එකට calls යන්නේ නෑ, ගියත් මැද්දෙන් hang. SonicWall log එකේ "TCP packet dropped - RST on closed connection". PBX එක පැත්තේ connections ESTABLISHED. ඊයේ ඉඳන්`),
    fw(`Dear Team,
Post enabling RST mode (SS_TCP_CLOSE_RESET=On) on 10th as per your advice, calls towards our enterprise customer in Bangalore are failing intermittently. Their Fortinet team shared logs - action=deny, reason "no session matched", tcpflags RST, from our switch IP. On their IP-PBX we see a large number of TCP connections to us remaining in ESTABLISHED. New calls either fail with timeout or hang on ringing. Kindly treat as urgent, the issue is live.`),
    fw(`RST on करवाया आपने, अब pfSense वाले customer की calls अटक रही हैं, log में RST block. जल्दी ठीक करो`),
    fw(`[ভয়েস] ভাই... RST on করার পর থেকে... আমাদের বড় customer এর ডাটা সেন্টারে Cisco ASA আছে... ওদের লোক বলতেছে ASA তে RST গুলা deny হইতেছে... ওদের side এ connection গুলা খোলা থাকে... আর কল আটকে যায়... এখনো`),
    fw(`RST On کے بعد SonicWall والے customer کی calls ring پر اٹک جاتی ہیں۔ SonicWall RST drop کر رہا ہے، ان کی طرف connections ESTABLISHED۔ کل سے یہی ہے`),
    fw(`हाम्रो carrier Oracle Cloud मा छ। RST mode On गरेपछि उनीहरूको security list/firewall ले हाम्रो RST packet फाल्दो रहेछ, उनीहरूको SBC मा धेरै half-open TCP connection। त्यसपछि नयाँ call timeout हुन्छ। अझै ठिक भएको छैन`),
    fw(`[voice note] சார் வணக்கம்... RST mode on பண்ணதுக்கு அப்புறம்... எங்க Madurai customer-ஓட pfSense firewall... அது RST packets-ஐ block பண்ணுது... அவங்க PBX-ல connections ESTABLISHED-லேயே இருக்கு... calls connect ஆகாம அப்படியே நிக்குது... இன்னைக்கும் அதே`),
    fw(`since RST on: calls through the carrier's stateful firewall hang, their logs show our RSTs dropped as invalid, their side keeps the tcp sessions ESTABLISHED. live issue`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning232Set: readonly EvalItem[] = Object.values(tuning232Families).flat();
