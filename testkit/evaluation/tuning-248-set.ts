import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 operators, resellers and NOC staff in India, Bangladesh, Pakistan, Sri Lanka and Nepal writing to their
 * provider's support on WhatsApp in their own scripts: Hindi and Nepali in Devanagari, Bengali in Bangla script, Urdu
 * in Nastaliq, Tamil, Telugu and Sinhala, mixed with English tech words in Latin letters (TIME_WAIT, bind error, RST
 * mode, carrier, unregistered). Figures come as ३० हज़ार, ৩০ হাজার, ۳۰ ہزار, 30 हजार, 30k or spelled out in words
 * (முப்பதாயிரம், ముప్పై రెండు వేలు, पैंतीस हज़ार). The messages are one-liners, voice-note transcripts that ramble,
 * forwards from other groups, pasted ss/netstat/iptables/ASA/FortiGate/softswitch.conf lines, with typos, colloquial
 * forms (bhai, anna, dai, ayye) and the deciding detail sometimes only in the last sentence.
 *
 * The two-hundred-and-forty-eighth tuning split, written as the two-hundred-and-forty-eighth never-tuned evaluation set
 * because a large share of the softswitch's customers sit in South Asia and write in seven scripts at once, where the
 * playbooks' English words are islands in text a matcher cannot read, in fresh hands again. Five negative families of
 * 27 (one service that cannot bind its own port, registration lost for another reason, small figures and questions,
 * firewall work without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written before the
 * eighty-second round of rules by someone who had read only the playbooks' symptoms and the domain notes, without the
 * matcher, its rules or the other sets in view; measured as such before and after the eighty-second round, then made
 * tuning material for the eighty-third: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 97.8 %, negatives confident 2.2 %, confident wrong 0 % with the
 * rules of the eighty-first round, before the eighty-second.
 * After the eighty-second round: the same.
 * After the eighty-third round, tuned on: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning248Families = {
  oneListeningPort: [
    no(`भाई VOS का web portal नहीं खुल रहा, tomcat restart किया तो log में "java.net.BindException: Address already in use" आ रहा है port 8080 पे। कोई दूसरा process 8080 पकड़ के बैठा है क्या?`),
    no(`mysql start नहीं हो रहा server reboot के बाद — "Can't start server: Bind on TCP/IP port: Address already in use", port 3306. पुराना mysqld अभी भी चल रहा है शायद`),
    no(`nginx -t ok है पर start पे bind() to 0.0.0.0:80 failed (98: Address already in use). apache भी install है उसी box पे, वही ले रहा होगा?`),
    no(`laptop पे npm run dev किया, EADDRINUSE :::3000 आ रहा है। पिछला terminal बंद करना भूल गया था लगता है 😅 kill कैसे करूँ`),
    no(`ss -lntp | grep 5060 चलाया तो दो mbx3000 process दिख रहे हैं, दूसरा start होते ही "bind failed: address already in use" देकर बंद हो जाता है। init script दो बार चल गया क्या? सिर्फ़ listening port का issue है, outgoing calls ठीक जा रहे हैं`),
    no(`ভাই, দ্বিতীয় একটা softswitch instance টেস্টের জন্য চালাতে চাইছিলাম একই সার্ভারে, কিন্তু 5060 তে bind হচ্ছে না — "address already in use"। প্রথমটা তো 5060 ধরে রেখেছে, অন্য পোর্ট দিতে হবে তাই না?`),
    no(`docker run -p 8080:8080 দিলে error: Bind for 0.0.0.0:8080 failed: port is already allocated. হোস্টে আগে থেকেই tomcat চলছে ওই পোর্টে`),
    no(`sshd restart করার পর আর উঠছে না, journalctl এ দেখাচ্ছে "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." পুরনো sshd process টা মরেনি মনে হয়`),
    no(`snmpd চালু হচ্ছে না, বলছে udp port 161 already in use. Zabbix agent এর সাথে কি conflict হচ্ছে?`),
    no(`بھائی VOS3000 کا web manager نہیں کھل رہا، tomcat کے log میں لکھا ہے Address already in use port 8080۔ netstat میں دیکھا تو کوئی پرانا java process وہی پورٹ لیے بیٹھا ہے`),
    no(`ہمارے billing server پر redis start نہیں ہو رہا: "Could not create server TCP listening socket *:6379: bind: Address already in use"۔ کیا پہلے والا redis kill کر دوں؟`),
    no(`apache restart پر یہ آ رہا ہے (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443 ۔ nginx بھی اسی server پر install ہے`),
    no(`IVR والی node app چلائی تو listen EADDRINUSE: address already in use 0.0.0.0:5000 آیا۔ pm2 میں پہلے سے ایک copy چل رہی تھی`),
    no(`VOS web interface வரல bro, tomcat log-ல "Address already in use" 8080 port-க்கு. வேற ஏதோ process அந்த port-ஐ எடுத்துட்டு இருக்கு போல`),
    no(`postgres start ஆகல: could not bind IPv4 address "0.0.0.0": Address already in use, port 5432. பழைய postmaster இன்னும் ஓடுதா பாக்கணுமா?`),
    no(`Kamailio test பண்ண same server-ல start பண்ணேன், 5060-ல bind fail ஆகுது "Address already in use". VOS softswitch தான் 5060 வச்சிருக்கு, நான் 5070 குடுக்கலாமா?`),
    no(`మా monitoring server లో grafana start అవ్వట్లేదు, "listen tcp 0.0.0.0:3000: bind: address already in use" అని వస్తుంది. ఏ process 3000 పట్టుకుందో ఎలా చూడాలి?`),
    no(`anna VOS web portal open అవ్వట్లేదు, tomcat restart చేస్తే 8080 already in use అంటుంది. lsof -i :8080 లో పాత java PID కనిపిస్తోంది`),
    no(`vsftpd start కాలేదు: 500 OOPS: could not bind listening IPv4 socket. port 21 లో proftpd ఇంకా run అవుతోంది అనుకుంటా`),
    no(`docker compose up చేస్తే mysql container కి "Ports are not available: listen tcp 0.0.0.0:3306: bind: address already in use". host లో mysql already run అవుతోంది`),
    no(`दाइ, VOS को web page खुल्दैन, tomcat log मा "Address already in use" 8080 भनेर आउँछ। अर्को java process ले त्यो port लिएको जस्तो छ`),
    no(`सर्भर reboot पछि mysqld उठेन, log मा Bind on TCP/IP port: Address already in use 3306। पुरानो mysqld_safe मार्नु पर्छ?`),
    no(`नयाँ SIP proxy टेस्ट गर्न same box मा चलाएँ, 5060 मा bind हुँदैन "address already in use"। VOS ले नै 5060 समातेको हो होला`),
    no(`ssh port 22 बाट 2200 मा सार्दा sshd restart हुँदैन, "Bind to port 2200 failed: Address already in use" — त्यहाँ पहिले नै अर्को service रहेछ`),
    no(`අයියේ VOS web portal එක open වෙන්නේ නෑ, tomcat log එකේ "Address already in use" 8080 port එකට. වෙන process එකක් ඒ port එක අල්ලගෙන වගේ`),
    no(`httpd start කරද්දී (98)Address already in use: could not bind to address 0.0.0.0:80 කියනවා. nginx එකත් මේ server එකේ run වෙනවා`),
    no(`dev laptop එකේ vite start කරද්දී Port 5173 is in use කියනවා, කලින් run කරපු එක kill කරන්න අමතක උනා`),
  ],
  otherRegistrationCause: [
    no(`सुबह से 3 gateways unregistered दिख रहे हैं। customer ने कल रात SIP password बदल दिया था, gateway पे पुराना ही पड़ा है। 403 Forbidden आ रहा है log में`),
    no(`हमारे reseller के सारे phones offline हैं — उनका balance ख़त्म हो गया, account lock हो गया VOS में। recharge करवा दिया, अब register होना चाहिए ना?`),
    no(`Noida वाली site पे बिजली गई थी रात भर, UPS भी drain हो गया। अभी 12 में से 12 phones unregistered। light आने के बाद switch on हुआ कि नहीं पता करना है`),
    no(`ISP ने हमारा public IP बदल दिया कल, phones में पुराना server IP hardcode है इसलिए कोई register नहीं हो रहा। एक एक करके बदलना पड़ेगा या provisioning से हो जाएगा?`),
    no(`NAT वाले 5 phones unregistered हैं, लेकिन RST mode तो हमने कभी on ही नहीं किया, सब UDP पे हैं। पता चला customer के router पे firmware update के बाद SIP ALG वापस on हो गया और REGISTER mangle कर रहा है`),
    no(`আজকে সকাল থেকে আমাদের সব gateway unregistered, পরে দেখি VOS এর license মেয়াদ শেষ হয়ে গেছে গতকাল। নতুন license key কোথায় লাগাবো?`),
    no(`নতুন TP-Link router লাগানোর পর থেকে softphone গুলো register হচ্ছে না UDP তে। router এ SIP ALG অন আছে, ওটা বন্ধ করলে কি ঠিক হবে?`),
    no(`ক্লায়েন্টের অফিসে ইন্টারনেট লাইন কাটা, ফাইবার কাটা গেছে রাস্তায়। তাই সব ফোন unregistered দেখাচ্ছে, ISP বলছে বিকেলে ঠিক হবে`),
    no(`একটা account এ 401 Unauthorized বারবার আসছে, Zoiper এ username এ ভুল করে space ছিল। ঠিক করে দেখছি`),
    no(`بھائی ہمارے upstream provider کا server صبح سے down ہے، ان کی طرف ہمارا trunk registration fail ہو رہا ہے، 503 آ رہا ہے۔ ان کا NOC کہہ رہا ہے maintenance چل رہی ہے`),
    no(`کراچی برانچ کے سارے IP phones unregistered ہیں، PoE switch جل گیا ہے۔ نیا switch آنے تک کچھ نہیں ہو سکتا`),
    no(`ایک customer کا account expire ہو گیا تھا VOS میں (validity date نکل گئی)، اس لیے registration reject ہو رہی ہے۔ expiry بڑھانے کا option کہاں ہے؟`),
    no(`router بدلنے کے بعد phones register نہیں ہو رہے، سب UDP پر ہیں، نئے router میں SIP ALG ڈیفالٹ on تھا اور پرانی NAT settings بھی نہیں ڈالیں ابھی تک`),
    no(`காலைல இருந்து gateway unregistered-ஆ இருக்கு. customer side-ல DNS name மாத்திட்டாங்க, gateway-ல பழைய domain இருக்கு, resolve ஆகல`),
    no(`Chennai office-ல power cut, generator on ஆகல. அதனால எல்லா phones-உம் offline. அது நம்ம server problem இல்லை தானே?`),
    no(`ஒரு reseller-ஓட balance 0 ஆயிடுச்சு, அவங்க phones எல்லாம் register reject ஆகுது. top-up பண்ணா சரியாகுமா?`),
    no(`Yealink phone-ல password தப்பா டைப் பண்ணிட்டாங்க, 401 வந்துட்டே இருக்கு, account details மறுபடியும் அனுப்புங்க`),
    no(`మా Hyderabad site లో ISP router మార్చారు, అప్పటి నుంచి SIP ALG వల్ల phones register అవ్వట్లేదు UDP మీద. ALG disable చేయమని చెప్పాను`),
    no(`ఒక gateway unregistered అని చూపిస్తోంది, site కి వెళ్లి చూస్తే adapter plug లో లేదు 😂 power లేదు అంతే`),
    no(`VOS license expire అయ్యింది నిన్న రాత్రి, అందుకే ఈరోజు registrations అన్ని fail. vendor నుంచి renewal key కోసం wait చేస్తున్నాం`),
    no(`ఒక customer account ని finance వాళ్ళు suspend చేసారు payment pending వల్ల, అతని phones unregistered. అది normal కదా?`),
    no(`पोखरा साइटका सबै phone unregistered छन्, ISP को fiber काटिएको रहेछ। लाइन आएपछि आफै register हुन्छ होला`),
    no(`customer ले SIP password आफैं बदल्यो portal बाट, अनि gateway मा update गरेन। अहिले 403 आइरहेको छ`),
    no(`हाम्रो server को IP बदल्यौं नयाँ datacenter मा सर्दा, तर कतिपय phone मा पुरानो IP नै छ। ती सबै unregistered देखिन्छन्`),
    no(`උදේ ඉඳන් gateway 4ක් unregistered. බලද්දී customer ගේ account balance එක ඉවර වෙලා. recharge කරාම හරි යයිද?`),
    no(`අලුත් router එක දැම්මට පස්සේ UDP softphones register වෙන්නේ නෑ, SIP ALG on කරලා තියෙන්නේ. ඒක off කරලා බලන්නද?`),
    no(`Kandy site එකේ current නැති නිසා phones ඔක්කොම offline. current ආවම ආයෙ register වෙයි නේද?`),
  ],
  smallFigures: [
    no(`ss -s में TIME_WAIT 340 दिख रहा है रात को, यह normal है ना? server पे load बहुत कम है अभी`),
    no(`TIME_WAIT होता क्या है actually? training में किसी ने पूछा, मुझे ठीक से समझाना नहीं आया`),
    no(`net.ipv4.tcp_tw_reuse=1 लगाना safe है क्या production पे? कोई side effect? अभी कोई problem नहीं है, बस पहले से जानना है`),
    no(`SS_TCP_CLOSE_RESET parameter क्या करता है VOS3000 में? manual में एक ही line है`),
    no(`peak पे भी TIME_WAIT डेढ़ हज़ार से ऊपर नहीं जाता, range 1024-65535 है। मतलब अभी बहुत margin है, सही समझा ना?`),
    no(`netstat -an | grep TIME_WAIT | wc -l দিলাম, ২১২ আসছে। এটা কি বেশি? কোনো সমস্যা নেই এখন, শুধু জানতে চাই`),
    no(`ip_local_port_range এর default কত থাকে CentOS 7 এ? 32768–60999? কোথায় চেক করবো?`),
    no(`প্রতিদিন সকালে health check করি: ESTABLISHED ৮৫, TIME_WAIT ১৫০, CLOSE_WAIT ২। সব ঠিক আছে মনে হয়, একবার কনফার্ম করবেন?`),
    no(`SIP TCP আর UDP র মধ্যে কোনটা ভালো আমাদের মত ছোট সেটআপে (৫০টা ফোন)?`),
    no(`رات کو ss -s چلایا، TIME_WAIT ۴۰۰ کے قریب ہے۔ CPS بہت کم ہے۔ یہ ٹھیک ہے نا؟`),
    no(`کوئی بتا سکتا ہے کہ server پر کون سے ports open ہیں یہ کیسے check کریں؟ netstat یا ss؟`),
    no(`SS_TCP_CLOSE_RESET کو On کرنے سے کیا فرق پڑتا ہے؟ ابھی off ہے، کوئی مسئلہ نہیں، بس سمجھنا ہے`),
    no(`tcp_fin_timeout کی default value ۶۰ سیکنڈ ہے؟ اسے کم کرنا چاہیے یا رہنے دیں؟`),
    no(`இராத்திரி ss -s பாத்தேன், TIME_WAIT 280 தான். இது normal தானே? server load ரொம்ப கம்மி`),
    no(`TIME_WAIT, CLOSE_WAIT வித்தியாசம் என்ன? ஒரு junior கேட்டான், simple-ஆ சொல்லுங்க`),
    no(`ephemeral port range எவ்வளவு இருக்கணும் VOS server-க்கு? இப்போ default தான் வச்சிருக்கோம், எந்த issue-வும் இல்லை`),
    no(`மாதாந்திர report: peak-ல 60 concurrent calls, TIME_WAIT max 500க்கு கீழ. எல்லாம் smooth.`),
    no(`ss -s లో TIME_WAIT 190 చూపిస్తోంది, ఇది ఎక్కువా? problem ఏమీ లేదు, simple గా అడుగుతున్నా`),
    no(`tcp_tw_reuse మరియు tcp_tw_recycle తేడా ఏంటి? recycle కొత్త kernels లో తీసేసారు అని విన్నా`),
    no(`server మీద ఏ ports listen అవుతున్నాయో ఎలా చూడాలి? ss -lntp సరిపోతుందా?`),
    no(`మా server రోజువారీ check: TIME_WAIT మూడు వందలు, ESTABLISHED నలభై. అన్నీ normal కదా?`),
    no(`राति ss -s हेर्दा TIME_WAIT ३०० जति देखियो, traffic थोरै छ। यो ठीक हो नि?`),
    no(`SS_TCP_CLOSE_RESET On गर्दा के फाइदा र के बेफाइदा हुन्छ? हामी अहिले Off मै छौं, सोध्न मात्र`),
    no(`ip_local_port_range कसरी हेर्ने? sysctl -a | grep port_range गर्दा हुन्छ?`),
    no(`රෑට ss -s බැලුවා, TIME_WAIT 250ක් විතර. load අඩුයි. මේක සාමාන්‍යයි නේද?`),
    no(`TIME_WAIT කියන්නේ මොකක්ද? ඒක ප්‍රශ්නයක්ද? අලුතෙන් job එකට ආපු නිසා අහන්නේ`),
    no(`tcp_tw_reuse=1 දාන එක safe ද NAT පිටිපස්සේ clients ඉන්නකොට? දැනට ප්‍රශ්නයක් නෑ`),
  ],
  firewallNoRst: [
    no(`FortiGate पे नए customer का IP whitelist करना है SIP 5060 UDP/TCP के लिए, policy किस order में डालूँ?`),
    no(`fail2ban ने हमारे ही office का IP ban कर दिया, गलत password से कई बार try हुआ था। unban कैसे करें?`),
    no(`iptables में 5060 और RTP range 10000-20000 open करनी है, rules भेज दो please`),
    no(`बाहर से SIP scan बहुत आ रहे हैं, कुछ देशों को geo-block करना है firewall पे। pfSense में pfBlockerNG से कैसे?`),
    no(`FortiGate के session table में SIP TCP sessions दिख रहे हैं, ttl 3600 है। RST ठीक से pass हो रहे हैं, logs में कोई drop नहीं। बस पूछना था कि session-ttl 300 कर दें तो कोई नुकसान?`),
    no(`ASA তে নতুন NAT port forwarding লাগবে, বাইরে থেকে 5060 ভেতরের VOS সার্ভারে যাবে। কমান্ড টা বলবেন?`),
    no(`MikroTik এ SIP ALG (ip firewall service-port sip) disable করবো কিনা? কেউ বলে করো, কেউ বলে না`),
    no(`ফায়ারওয়াল FortiOS 6.4 থেকে 7.2 তে upgrade করতে চাই, VoIP traffic এ কিছু প্রভাব পড়বে? আগে কেউ করেছেন?`),
    no(`একটা নতুন carrier এর দুইটা IP whitelist করতে হবে, iptables এ ACCEPT rule দিলেই হবে তো?`),
    no(`pfSense میں نئے customer کا IP allow کرنا ہے، 5060 TCP اور UDP دونوں۔ rule اوپر رکھوں یا نیچے؟`),
    no(`fail2ban کا jail بنانا ہے VOS پر SIP brute force attacks کے لیے، کون سی log file پڑھے؟`),
    no(`AWS security group میں 5060 UDP کھولا ہے، کیا RTP ports بھی کھولنے ہوں گے؟ one way audio کا ڈر ہے`),
    no(`ہماری FortiGate کی license اگلے ہفتے renew ہونی ہے، اگر expire ہو گئی تو traffic رک جائے گا؟`),
    no(`iptables-ல 5060 TCP/UDP allow பண்ணனும் ஒரு புது carrier IP-க்கு மட்டும். rule எப்படி எழுதணும்?`),
    no(`fail2ban நம்ம NOC IP-ஐயே ban பண்ணிடுச்சு. ignoreip-ல எப்படி சேர்க்கிறது?`),
    no(`Sophos firewall-ல SIP helper off பண்ணணுமா? வேற vendor சொன்னாங்க off பண்ணுங்கன்னு`),
    no(`வெளிநாட்டுல இருந்து 5060-க்கு நிறைய scan வருது. ipset வச்சு geo-block பண்ணலாமா iptables-ல?`),
    no(`MikroTik లో dst-nat rule పెట్టాలి 5060 ని internal VOS server కి forward చేయడానికి. ఒక example ఇవ్వగలరా?`),
    no(`pfSense upgrade 2.6 నుంచి 2.7 కి చేయాలి, SIP traffic కి ఏమైనా issue వస్తుందా?`),
    no(`కొత్త customer IP ని whitelist లో add చేయాలి, FortiGate లో address object create చేసి policy లో పెడితే చాలా?`),
    no(`firewalld లో permanent గా 5060/tcp add చేసాను కానీ reload చేయడం మర్చిపోయా, ఇప్పుడు చేయాలా?`),
    no(`FortiGate मा नयाँ carrier को IP whitelist गर्नु छ, 5060 TCP/UDP। policy कसरी बनाउने?`),
    no(`fail2ban ले हाम्रो branch office को IP ban गर्‍यो, १० पटक गलत password हालेर। unban कसरी गर्ने?`),
    no(`SIP brute force धेरै आउँछ, iptables मा hashlimit राखेर rate limit गर्न मिल्छ?`),
    no(`iptables එකේ 5060 සහ RTP ports 10000-20000 open කරන්න ඕනේ. rules ටික දෙන්න පුළුවන්ද?`),
    no(`fail2ban එක අපේ office IP එක ban කරලා. unban කරන්නේ කොහොමද?`),
    no(`ASA firewall එකේ SIP inspection on තියන්නද off කරන්නද? අලුත් setup එකක්`),
  ],
  negationContext: [
    no(`पिछले हफ़्ते TIME_WAIT वाला issue था, tcp_tw_reuse लगाने के बाद से सब ठीक है। thanks team 🙏 बस update दे रहा हूँ`),
    no(`हम सिर्फ़ UDP use करते हैं SIP के लिए, तो SS_TCP_CLOSE_RESET का हमसे कोई लेना-देना नहीं ना? sales वाला कह रहा था on करो`),
    no(`training के लिए पूछ रहा हूँ: अगर RST mode on हो और NAT के पीछे phones हों तो क्या problem आ सकती है?`),
    no(`दूसरी company का server है, उनका admin पूछ रहा था कि firewall RST drop करे तो क्या होगा। हमारे यहाँ ऐसा कुछ नहीं है`),
    no(`30 हजार TIME_WAIT वाली बात मेरी नहीं है, वो group में किसी और ने forward किया था। हमारे server पे peak पे भी 2-3 सौ ही रहते हैं`),
    no(`RST mode অফ আছে, কেউ কিছু বদলায়নি। তবু জানতে চাই ভবিষ্যতে অন করলে NAT এর পেছনের ফোনগুলোর কি হবে?`),
    no(`গত মাসে "cannot assign requested address" আসছিল, port range বাড়ানোর পর আর আসেনি। এখন সব ঠিক, ধন্যবাদ`),
    no(`ল্যাবে টেস্ট করছি: ইচ্ছে করে ip_local_port_range ছোট করে exhaustion reproduce করবো। কোন ভ্যালু দিলে সহজে হবে?`),
    no(`আগামী সপ্তাহে SS_TCP_CLOSE_RESET অন করার প্ল্যান, তার আগে কি কি চেক করা উচিত? আমাদের কিছু ফোন NAT এর পেছনে আছে`),
    no(`کل والا مسئلہ حل ہو گیا، firewall میں RST allow کر دیا تھا، اب calls ٹھیک ہیں۔ شکریہ`),
    no(`صرف جاننے کے لیے: کیا RST mode سے TLS والے clients پر کوئی اثر پڑتا ہے؟ ہم TLS استعمال نہیں کرتے`),
    no(`ہمارے ہاں TIME_WAIT بالکل نارمل ہے، کوئی bind error نہیں۔ manager نے پوچھا کہ port exhaustion کیا ہوتا ہے، ایک دو لائن میں سمجھا دیں`),
    no(`نہیں بھائی، RST mode ہم نے on نہیں کیا، وہ دوسرے reseller کے server کی بات تھی۔ ہمارا سب ٹھیک چل رہا ہے`),
    no(`போன வாரம் NAT phones unregister ஆன issue, RST off பண்ணதும் சரியாயிடுச்சு. இப்போ எல்லாம் register ஆயிருக்கு, நன்றி`),
    no(`நாங்க UDP மட்டும் தான் use பண்றோம், TCP இல்லை. அப்போ RST mode on/off எதுவும் பாதிக்காது தானே?`),
    no(`interview-க்கு prepare பண்றேன்: stateful firewall RST packet-ஐ drop பண்ணா என்ன ஆகும்? theoretical-ஆ சொல்லுங்க`),
    no(`lab VM-ல load test பண்ணப் போறேன், TIME_WAIT எவ்வளவு ஏறும்னு பாக்க. production இல்ல, எந்த tool நல்லது?`),
    no(`ఎవరూ ఏమీ మార్చలేదు, RST off లోనే ఉంది, firewall కూడా అదే. ఏ problem లేదు, audit కోసం config confirm చేస్తున్నా`),
    no(`నిన్న ఉన్న "address already in use" error, tcp_tw_reuse పెట్టాక పోయింది. ఇప్పుడు peak లో కూడా clean గా ఉంది 👍`),
    no(`hypothetical గా అడుగుతున్నా: RST mode on చేస్తే మా MikroTik వెనక ఉన్న TCP phones కి ఏమైనా అవుతుందా? ఇంకా on చేయలేదు`),
    no(`మా friend వేరే company లో పని చేస్తాడు, వాళ్ళ ASA RST ని drop చేస్తోంది అంటున్నాడు. మనకి అలాంటిది ఏమీ లేదు, just curious`),
    no(`गत हप्ता firewall ले RST drop गरेको समस्या थियो, policy मिलाएपछि ठीक भयो। अहिले केही समस्या छैन, धन्यवाद`),
    no(`हामी UDP मात्र चलाउँछौं, RST mode Off छ। त्यसैले यो NAT unregistered वाला कुरा हामीलाई लाग्दैन होला, हैन?`),
    no(`नयाँ staff लाई सिकाउँदैछु: port exhaustion भनेको के हो र कसरी चिन्ने? एउटा सजिलो उदाहरण दिनुस्`),
    no(`ගිය සතියේ TIME_WAIT ප්‍රශ්නය tcp_tw_reuse දැම්මට පස්සේ හරි ගියා. දැන් කිසි ප්‍රශ්නයක් නෑ, ස්තූතියි`),
    no(`අපි RST mode on කරලා නෑ, කවුරුත් මුකුත් වෙනස් කරලත් නෑ. ඒත් ඉස්සරහට on කරොත් firewall එකෙන් මොනවා වෙයිද කියලා දැනගන්න ආසයි`),
    no(`lab එකේ pfSense එකකින් RST drop කරලා test කරන්න හදනවා, training video එකකට. production නෙවෙයි`),
  ],
  portExhaustion: [
    pe(`peak time पे outgoing calls fail हो रहे हैं, log में "cannot assign requested address" भरा पड़ा है। ss -s में TIME_WAIT ३० हज़ार से ऊपर। जल्दी देखो please`),
    pe(`शाम 7 बजे से carrier की तरफ़ नए TCP connection नहीं बन रहे, bind error आ रहा है। netstat में TIME_WAIT लगभग 28k`),
    pe(`हाँ भाई वो सुबह वाला फिर से हो रहा है, जैसे ही traffic बढ़ता है calls जाना बंद, और netstat डालो तो पूरी screen TIME_WAIT से भरी है, गिनती किया तो पैंतीस हज़ार के आसपास`),
    pe(`[root@vos ~]# ss -s
Total: 41236
TCP:   40102 (estab 812, closed 39011, orphaned 3, timewait 38990)
ये है अभी का हाल, और softswitch log में connect failed: Cannot assign requested address बार बार। calls नहीं जा रहे`),
    pe(`rush hour में हर दूसरी call नहीं जाती, server कहता है नया connection खोलने के लिए कोई local port खाली नहीं बचा। रात को सब अपने आप ठीक हो जाता है`),
    pe(`Sir हमारे यहाँ 400 CPS पे जाते ही VOS outgoing TCP पे "bind: address already in use" फेंकने लगता है। TIME_WAIT 25 हजार+। port range बढ़ानी पड़ेगी क्या?`),
    pe(`পিক আওয়ারে আউটগোয়িং কল যাচ্ছে না, লগে "address already in use" আর TIME_WAIT ৩০ হাজারের বেশি। সার্ভার VOS3000 2.1.6`),
    pe(`সন্ধ্যার পর থেকে carrier এর দিকে TCP কানেকশন খুলছে না, EADDRNOTAVAIL error। netstat -ant | grep TIME_WAIT | wc -l = ৩২৫১০`),
    pe(`ভাই শোনেন, প্রতিদিন রাত নটার দিকে লোড বাড়লেই কল ড্রপ না, কল যায়ই না, আর সার্ভারে দেখি হাজার হাজার TIME_WAIT, প্রায় চল্লিশ হাজার। দিনে ঠিক থাকে`),
    pe(`local port সব শেষ হয়ে যাচ্ছে মনে হয়, ip_local_port_range 32768 60999, আর TIME_WAIT ২৮ হাজার। নতুন outgoing connection এ bind failed`),
    pe(`সার্ভার CPU ঠিক আছে, memory ঠিক আছে, লাইসেন্স ঠিক আছে, carrier বলছে ওদের দিকে সব ঠিক। শুধু পিকে নতুন কল যায় না। শেষে দেখলাম TIME_WAIT ৩৬ হাজার আর লগে cannot assign requested address`),
    pe(`peak پر outgoing calls نہیں جا رہیں، log میں "cannot assign requested address" اور ss -s میں timewait ۳۰ ہزار سے اوپر۔ فوری مدد چاہیے`),
    pe(`شام کو CPS بڑھتے ہی softswitch نئے TCP connections نہیں کھول پاتا، bind error آتا ہے۔ netstat میں TIME_WAIT تقریباً 31k`),
    pe(`# netstat -ant | awk '{print $6}' | sort | uniq -c
  29877 TIME_WAIT
    640 ESTABLISHED
     12 LISTEN
یہ پیک ٹائم کا حال ہے، اور outgoing calls fail ہو رہی ہیں "Address already in use" کے ساتھ`),
    pe(`روز رات آٹھ بجے کے بعد کالز جانا بند ہو جاتی ہیں۔ ہم نے گنتی کی تو سرور پر تقریباً تیس ہزار کنکشن بند ہونے کے انتظار میں پڑے تھے، اور نئے کنکشن کے لیے کوئی پورٹ ہی نہیں مل رہا`),
    pe(`سب چیک کر لیا: CPU، RAM، لائسنس، carrier سب ٹھیک۔ صرف شام کے رش میں کالز نہیں جاتیں۔ آخر میں ss -s دیکھا تو timewait ۳۴ ہزار اور "cannot assign requested address"`),
    pe(`peak time-ல outgoing calls போகல, log-ல "cannot assign requested address". ss -s-ல timewait 30k மேல. உடனே பாருங்க`),
    pe(`சாயங்காலம் traffic ஏறும்போது carrier-க்கு புது TCP connection open ஆகல, bind error வருது. TIME_WAIT கிட்டத்தட்ட முப்பதாயிரம்`),
    pe(`java.net.BindException: Cannot assign requested address
    at sun.nio.ch.Net.connect0(Native Method)
இது VOS server-ல peak-ல மட்டும் வருது, outgoing SIP TCP எல்லாம் fail, TIME_WAIT 35k`),
    pe(`rush hour-ல மட்டும் calls fail ஆகுது, காலைல எல்லாம் சரி. netstat பாத்தா screen முழுக்க TIME_WAIT தான், எண்ணினா இருபத்தெட்டாயிரம்`),
    pe(`peak లో outgoing calls వెళ్ళట్లేదు, log లో "cannot assign requested address", TIME_WAIT 30 వేలు పైన. urgent`),
    pe(`సాయంత్రం CPS పెరగగానే కొత్త TCP connections రావట్లేదు, EADDRINUSE error. netstat లో TIME_WAIT ముప్పై రెండు వేలు`),
    pe(`అన్నా మళ్ళీ అదే, రాత్రి తొమ్మిది తర్వాత calls అసలు పోవట్లేదు, server లో ports అన్నీ అయిపోయాయి అనిపిస్తోంది, TIME_WAIT లెక్క పెడితే దాదాపు నలభై వేలు`),
    pe(`ip_local_port_range 32768-61000 మాత్రమే ఉంది, peak లో ఇవన్నీ TIME_WAIT లో ఇరుక్కుపోయి outgoing SIP TCP కి bind failed వస్తోంది`),
    pe(`peak समयमा outgoing call जाँदैन, log मा "cannot assign requested address"। ss -s मा TIME_WAIT ३० हजार भन्दा बढी`),
    pe(`साँझ traffic बढ्दा carrier तिर नयाँ TCP connection खुल्दैन, bind error आउँछ। netstat मा TIME_WAIT करिब २९ हजार`),
    pe(`दिउँसो ठीक, तर बेलुका भीड हुँदा call जानै छाड्छ। सर्भरमा हेर्दा झन्डै चालीस हजार connection बन्द हुने प्रतीक्षामा थुप्रिएका छन्, नयाँ कनेक्सनलाई port नै बाँकी छैन`),
    pe(`peak එකේදී outgoing calls යන්නේ නෑ, log එකේ "cannot assign requested address". ss -s එකේ timewait 30k ට වැඩියි`),
    pe(`හවස traffic වැඩි වෙද්දී carrier පැත්තට අලුත් TCP connections open වෙන්නේ නෑ, bind error. TIME_WAIT තිස් දාහක් විතර`),
    pe(`$ ss -tan state time-wait | wc -l
33218
peak එකේ මේක, outgoing calls fail වෙනවා "Address already in use" කියලා`),
  ],
  natUnregistered: [
    nat(`कल रात SS_TCP_CLOSE_RESET On किया था TIME_WAIT कम करने के लिए, आज सुबह से MikroTik के पीछे वाले सारे TCP phones unregistered हैं। public IP वाले ठीक हैं`),
    nat(`RST mode on करने के बाद से NAT के पीछे वाले softphones बार बार registration खो रहे हैं, SIP over TCP पे। direct public IP वाले gateways पे कोई problem नहीं`),
    nat(`हाँ तो भाई जब से वो close reset वाला parameter on किया है ना, तब से ऑफिस वाले सारे फोन, जो राउटर के पीछे हैं, बीच बीच में unregistered हो जाते हैं। जिनका सीधा public IP है वो ठीक चल रहे हैं`),
    nat(`softswitch.conf:
SS_TCP_CLOSE_RESET="On"
ये कल बदला था। आज 40 में से 30 phones offline — सब NAT के पीछे, TCP transport। बाकी 10 public IP पे हैं, वो registered`),
    nat(`Zoiper TCP पे है, घर के Jio router के पीछे, कल से हर 5-10 min में unregistered। support वालों ने परसों SS_TCP_CLOSE_RESET On किया था। office वाला phone जो static public IP पे है, ठीक है`),
    nat(`গতকাল SS_TCP_CLOSE_RESET অন করার পর থেকে MikroTik রাউটারের পেছনের সব TCP ফোন unregistered। পাবলিক IP ওয়ালা গুলো ঠিক আছে`),
    nat(`RST mode চালু করেছি দুই দিন আগে, এরপর থেকে NAT এর পেছনের softphone গুলো রেজিস্ট্রেশন হারাচ্ছে বারবার, SIP TCP তে। সরাসরি public IP তে যেগুলো, ওগুলোর কোনো সমস্যা নেই`),
    nat(`ভাই শোনেন, ওই যে TCP close করার সময় reset পাঠানোর অপশনটা অন করলাম না, তারপর থেকে অফিসের রাউটারের পেছনের ফোনগুলো একটু পর পর unregistered হয়ে যাচ্ছে। বাইরের পাবলিক আইপির গুলো ঠিক আছে`),
    nat(`৬০টা ফোনের মধ্যে ৪৫টা unregistered, সবগুলো কাস্টমারের রাউটারের পেছনে, TCP তে। যে ১৫টা ঠিক আছে সেগুলোর পাবলিক IP। আর হ্যাঁ, গত রাতে আমরা RST mode অন করেছিলাম`),
    nat(`REGISTER sip:vos.example.net;transport=tcp  → 408 timeout
Contact: <sip:2001@192.168.88.23:5060;transport=tcp>
192.168.88.x মানে MikroTik এর পেছনে। RST অন করার পর থেকে এরকম সব NAT ফোনে হচ্ছে, public IP ফোনে না`),
    nat(`کل رات SS_TCP_CLOSE_RESET کو On کیا تھا، آج صبح سے MikroTik کے پیچھے والے سارے TCP phones unregistered ہیں۔ public IP والے ٹھیک ہیں`),
    nat(`RST mode چالو کرنے کے بعد NAT کے پیچھے والے softphones بار بار registration کھو رہے ہیں، SIP over TCP پر۔ public IP والے gateways بالکل ٹھیک`),
    nat(`بھائی جب سے وہ RST والی setting on کی ہے، دفتر کے راؤٹر کے پیچھے جتنے فون ہیں سب تھوڑی تھوڑی دیر بعد unregistered ہو جاتے ہیں، جو باہر public IP پر ہیں ان کو کچھ نہیں ہوا`),
    nat(`۵۰ میں سے ۳۸ phones offline، سب customer کے router کے پیچھے اور TCP پر۔ باقی ۱۲ کا public IP ہے، وہ registered ہیں۔ ویسے کل ہم نے SS_TCP_CLOSE_RESET on کیا تھا`),
    nat(`ہمارے ہاں کوئی FortiGate نہیں، صرف customers کے گھر کے routers ہیں۔ RST mode on کیا تو NAT والے TCP phones unregistered ہونے لگے، static IP والے ٹھیک ہیں۔ Off واپس کر دیں؟`),
    nat(`நேத்து ராத்திரி SS_TCP_CLOSE_RESET On பண்ணோம், இன்னைக்கு காலைல இருந்து MikroTik பின்னாடி இருக்க எல்லா TCP phones-உம் unregistered. public IP phones சரியா இருக்கு`),
    nat(`RST mode on பண்ணதுல இருந்து NAT பின்னாடி இருக்க softphones அடிக்கடி registration போயிடுது, SIP over TCP. public IP gateways-ல பிரச்சனை இல்லை`),
    nat(`30 phones-ல 22 offline, எல்லாமே customer router பின்னாடி TCP-ல. மீதி 8 public IP, அவை registered. ஆங், நேத்து தான் RST mode enable பண்ணோம்`),
    nat(`Grandstream phones behind NAT keep going unregistered after we set SS_TCP_CLOSE_RESET=On; TCP transport; direct-IP ones fine. இதுக்கு என்ன பண்ணலாம்?`),
    nat(`నిన్న రాత్రి SS_TCP_CLOSE_RESET On చేసాం, ఈరోజు ఉదయం నుంచి MikroTik వెనక ఉన్న TCP phones అన్నీ unregistered. public IP ఉన్నవి బాగానే ఉన్నాయి`),
    nat(`RST mode on చేసిన తర్వాత NAT వెనక ఉన్న softphones పదే పదే registration కోల్పోతున్నాయి, SIP TCP మీద. public IP gateways కి ఏం కాలేదు`),
    nat(`అన్నా ఆ TCP close reset option on చేసినప్పటి నుంచి office router వెనకాల ఉన్న phones అన్నీ మధ్య మధ్యలో unregistered అవుతున్నాయి, బయట public IP ఉన్నవి మాత్రం fine`),
    nat(`నలభై phones లో ముప్పై offline, అన్నీ customer router వెనక TCP మీద. మిగతా పది public IP, అవి registered. అవును, మొన్న RST mode on చేసాం`),
    nat(`हिजो राति SS_TCP_CLOSE_RESET On गर्‍यौं, आज बिहानदेखि MikroTik पछाडिका सबै TCP phone unregistered छन्। public IP भएका ठीक छन्`),
    nat(`RST mode खोलेपछि NAT पछाडिका softphone हरू बारम्बार registration गुमाउँछन्, SIP over TCP मा। public IP gateway हरूमा समस्या छैन`),
    nat(`२५ वटा phone मध्ये १८ offline, सबै customer को router पछाडि TCP मा। बाँकी ७ को public IP छ, ती registered छन्। अँ, अस्ति हामीले RST mode on गरेका थियौं`),
    nat(`# grep SS_TCP_CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
यो अस्ति On गरेपछि TP-Link router पछाडिका TCP phone हरू register हुँदैनन्, public IP वाला चल्छन्`),
    nat(`ඊයේ රෑ SS_TCP_CLOSE_RESET On කළා, අද උදේ ඉඳන් MikroTik එක පිටිපස්සේ තියෙන TCP phones ඔක්කොම unregistered. public IP ඒවා හොඳට වැඩ`),
    nat(`RST mode on කරාට පස්සේ NAT පිටිපස්සේ softphones නිතරම registration නැති වෙනවා, SIP over TCP. public IP gateways වලට අවුලක් නෑ`),
    nat(`phones 20න් 14ක් offline, ඔක්කොම customer router එක පිටිපස්සේ TCP වලින්. ඉතුරු 6 public IP, ඒවා registered. ආ, පෙරේදා අපි RST mode on කළා`),
  ],
  firewallRst: [
    fw(`SS_TCP_CLOSE_RESET On करने के बाद से FortiGate के पीछे वाले carrier पे calls hang हो रहे हैं, Forti log में RST packets के लिए "no session matched" भरा पड़ा है`),
    fw(`RST mode on किया तो ASA के logs में "Deny TCP (no connection) ... flags RST" आने लगे, और SIP TCP connections half-open लटके रहते हैं`),
    fw(`iptables conntrack RST को INVALID मानकर drop कर रहा है लगता है, RST mode on के बाद CLOSE_WAIT बढ़ते जा रहे हैं और calls बीच में अटकते हैं`),
    fw(`date=2024-05-11 time=21:14:07 type=traffic subtype=forward action="deny" proto=6 service="SIP-TCP" msg="no session matched" tcpflags=RST
ऐसी हज़ारों lines, जब से VOS पे RST mode on किया। calls connect होके बीच में hang`),
    fw(`AWS Network Firewall (stateful rules) के पीछे VOS है। RST mode on करते ही alert log में RST dropped, no matching flow और carrier वाले TCP calls अटकने लगे`),
    fw(`भाई वो reset वाला setting on करने के बाद से हमारा pfSense उन RST को block कर रहा है, log में दिख रहा है, और calls बीच में ही लटक जाते हैं। off करें क्या?`),
    fw(`SS_TCP_CLOSE_RESET অন করার পর FortiGate এর পেছনের carrier এ কল আটকে যাচ্ছে, Forti log এ RST প্যাকেটের জন্য "no session matched" ভর্তি`),
    fw(`RST mode চালু করার পর pfSense এর লগে দেখি RST প্যাকেট block হচ্ছে (state mismatch)। ওপাশে কানেকশন half-open থেকে যাচ্ছে, নতুন কল যাচ্ছে না`),
    fw(`ভাই, যে অপশনটা দিয়ে VOS RST পাঠায় সেটা অন করার পর থেকে আমাদের ফায়ারওয়াল ওই RST গুলো ফেলে দিচ্ছে, লগে out of state লিখছে, আর কলগুলো ঝুলে থাকছে`),
    fw(`CPU ঠিক, লাইসেন্স ঠিক, carrier বলছে ওদের দিকে কিছু নেই। কিন্তু TCP কানেকশনগুলো বন্ধ হয় না, CLOSE_WAIT জমছে। শেষে ASA লগে দেখি VOS এর পাঠানো RST গুলো সব drop হচ্ছে "TCP packet out of state" বলে`),
    fw(`RST mode অন করার পর থেকে আমাদের সার্ভারে TIME_WAIT কমেছে ঠিকই, কিন্তু ASA এর পেছনের carrier এর সাথে connection ঝুলে থাকছে — ASA লগে RST flag ওয়ালা প্যাকেট deny হচ্ছে "no connection"`),
    fw(`SS_TCP_CLOSE_RESET On کرنے کے بعد FortiGate کے پیچھے والے carrier پر کالز hang ہو رہی ہیں، Forti log میں RST کے لیے "no session matched" بھرا ہوا ہے`),
    fw(`RST mode on کیا تو ASA logs میں RST flags والے packets deny ہو رہے ہیں، اور SIP TCP connections half-open لٹکے رہتے ہیں`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 203.0.113.10/5060 to 198.51.100.7/40112 flags RST on interface outside
یہ 203.0.113.10 ہمارا VOS ہے۔ RST mode آن کرنے کے بعد سے یہی آ رہا ہے اور کالز اٹک جاتی ہیں`),
    fw(`رات سے calls بیچ میں لٹک جاتی ہیں اور نئی کالز بھی دیر سے لگتی ہیں۔ سرور ٹھیک، carrier ٹھیک۔ firewall والے بندے نے بتایا کہ RST mode on ہونے کے بعد سے softswitch جو reset پیکٹ بھیجتا ہے، firewall انہیں session نہ ملنے کی وجہ سے پھینک رہا ہے`),
    fw(`SS_TCP_CLOSE_RESET On பண்ணதுல இருந்து FortiGate பின்னாடி இருக்க carrier-ல calls hang ஆகுது, Forti log-ல RST packets-க்கு "no session matched"`),
    fw(`RST mode on பண்ணதும் iptables conntrack RST-ஐ INVALID-னு drop பண்ணுது போல, CLOSE_WAIT ஏறிக்கிட்டே போகுது, calls நடுவுல stuck`),
    fw(`kernel: IN=eth0 OUT=eth1 SRC=10.10.1.5 DST=41.x.x.x PROTO=TCP SPT=5060 DPT=51234 RST URGP=0 [INVALID DROP]
10.10.1.5 தான் VOS. RST mode enable பண்ணதுல இருந்து இது தான் log முழுக்க, carrier-ல calls half-open-ஆ நிக்குது`),
    fw(`எல்லா check-உம் பண்ணிட்டோம், server ok, carrier ok. ஆனா TCP sessions மூடவே மாட்டேங்குது. கடைசியா firewall team சொன்னாங்க, VOS அனுப்புற RST packets-ஐ அவங்க Palo Alto "out of state"-னு drop பண்ணுதாம், RST mode on பண்ண நாளிலிருந்து`),
    fw(`SS_TCP_CLOSE_RESET On చేసినప్పటి నుంచి FortiGate వెనక ఉన్న carrier కి calls hang అవుతున్నాయి, Forti log లో RST packets కి "no session matched"`),
    fw(`RST mode on చేసాక pfSense RST packets ని block చేస్తోంది, connections half-open గా ఉండిపోతున్నాయి, కొత్త calls వెళ్లట్లేదు`),
    fw(`iptables -L -v -n | grep INVALID
 18K  1.1M DROP  tcp  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
RST mode on చేసిన తర్వాత ఈ counter వేగంగా పెరుగుతోంది, ఇవి softswitch పంపే RST లే. carrier తో TCP sessions వేలాడుతున్నాయి`),
    fw(`అన్నీ చూసాం, server బాగుంది, carrier బాగుంది. కానీ calls మధ్యలో ఆగిపోతున్నాయి, CLOSE_WAIT పెరుగుతోంది. చివరికి తెలిసింది: VOS ముందు ఉన్న stateful firewall, VOS పంపే reset packets ని drop చేస్తోంది, RST mode on చేసిన రోజు నుంచే`),
    fw(`SS_TCP_CLOSE_RESET On गरेपछि FortiGate पछाडिको carrier मा call hang हुन्छ, Forti log मा RST packet को लागि "no session matched" भरिएको छ`),
    fw(`RST mode on गरेपछि ASA ले RST flag भएका packet deny गर्छ, SIP TCP connection half-open रहन्छन्, call अड्किन्छ`),
    fw(`सर्भर ठीक, carrier ठीक, तर TCP connection बन्दै हुँदैनन्, CLOSE_WAIT थुप्रिँदैछ। अन्तमा firewall log हेर्दा VOS ले पठाएको RST सबै "out of state" भनेर drop भएका रहेछन्, RST mode on गरेदेखि`),
    fw(`दाइ, त्यो RST पठाउने setting on गरेदेखि हाम्रो conntrack firewall ले ती reset हरू फ्याँकिरहेको छ, अनि calls बीचमै झुन्डिन्छन्`),
    fw(`SS_TCP_CLOSE_RESET On කරාට පස්සේ FortiGate එක පිටිපස්සේ carrier එකට calls hang වෙනවා, Forti log එකේ RST packets වලට "no session matched"`),
    fw(`RST mode on කරාම iptables conntrack RST INVALID කියලා drop කරනවා වගේ, CLOSE_WAIT වැඩි වෙනවා, calls මැදින් හිරවෙනවා`),
    fw(`server හොඳයි, carrier හොඳයි, ඒත් TCP connections වහන්නේ නෑ, half-open වෙලා තියෙනවා. අන්තිමට firewall team කිව්වා VOS යවන RST packets ඔවුන්ගේ Checkpoint එක "out of state" කියලා drop කරනවා ලු, RST mode on කරපු දවසේ ඉඳන්`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning248Set: readonly EvalItem[] = Object.values(tuning248Families).flat();
