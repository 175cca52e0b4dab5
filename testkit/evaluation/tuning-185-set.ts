import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP operators, NOC engineers, call centres and resellers in Nepal, Sri Lanka and Tamil Nadu (and the Tamil
 * diaspora in Malaysia/Singapore): Nepali in Devanagari and in Latin letters, Sinhala in Sinhala script and
 * Singlish-style Latin, Tamil in Tamil script and Tanglish, all mixed with English technical words. Numbers as
 * "28k", "हजार"/"hajar", "දහස"/"dahas", "ஆயிரம்"/"aayiram", lakh, and Devanagari digits in part of the Nepali
 * messages; greetings "नमस्ते दाइ", "ආයුබෝවන් සර්", "வணக்கம் சார்", "anna", "machan", "bro". Shares roughly:
 * Nepali 35%, Sinhala 30%, Tamil 35%, each about half native script, half Latin.
 *
 * The hundred-and-eighty-fifth tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-eighty-fifth never-tuned set, before the sixty-sixth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-sixth round, then made tuning
 * material for the sixty-seventh: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 91.1 %, negatives confident 3.7 %, confident wrong 0 % with the rules of
 * the sixty-fifth round, before the sixty-sixth.
 * After the sixty-sixth round: the same.
 * After the sixty-seventh round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning185Families = {
  oneListeningPort: [
    // Nepali, Devanagari
    no(`नमस्ते दाइ, VOS को web portal खुलेन। tomcat restart गर्दा "java.net.BindException: Address already in use: 8080" आयो। netstat मा 8080 LISTEN देखाउँछ, pid ४४१२ अर्कै java process हो। calls चाहिँ ठीक छन्।`),
    no(`सर, server reboot पछि mbx3000d start भएन, log मा "bind 0.0.0.0:5060 failed: Address already in use" लेखेको छ। पुरानो process अझै बसिरहेको जस्तो छ, ps मा दुइटा mbx3000d देखिन्छ। kill गरूँ कि?`),
    no(`mysql start हुँदैन हजुर:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
backup script ले अर्को mysqld उठाएको रहेछ जस्तो छ। CDR report मात्र आउँदैन।`),
    no(`हाम्रो billing को nginx ले ४४३ मा bind गर्न सकेन: "nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)". कसैले Apache पनि install गरेको रहेछ। softswitch ठीकै छ, TIME_WAIT पनि सामान्य।`),
    no(`दाइ, मेरो आफ्नै laptop मा reseller panel को dev server चलाउँदा "Error: listen EADDRINUSE: address already in use :::3000" आयो। यो VOS server होइन है। कसरी छुटाउने?`),
    // Nepali, Latin
    no(`dai namaste, docker ma vos web manager ko container run garda "Bind for 0.0.0.0:8080 failed: port is already allocated" aayo. host ma pahile nai tomcat chalirako raichha. k garne, container ko port 8081 garne?`),
    no(`bro redis start hudaina, "Could not create server TCP listening socket *:6379: bind: Address already in use". purano redis-server process kill garnu paryo ki? vos ko calls chai thik chha.`),
    no(`sir hijo raati server restart garyo, ahile 5060 ma softswitch listen gardaina. lsof -i :5060 le purano mbx3000d pid 2231 dekhauchha, tyo stale process le port hold gareko jasto chha. urgent chha, 40 jana agent basirakha chhan`),
    no(`hello, web manager ko https service start garda "Address already in use" error aucha, port 8443. naya SSL cert halera restart gareko thiyo. aru kei problem chaina, TIME_WAIT haru normal nai chhan.`),
    no(`namaste dai, monitoring ko lagi grafana halya, "listen tcp :3000: bind: address already in use" aayo. tyo port ma pahile nai arko nodejs app raichha. grafana lai kun port ma sarne hola?`),
    // Sinhala, Sinhala script
    no(`ආයුබෝවන් සර්, VOS web page එක open වෙන්නේ නෑ. tomcat log එකේ "Address already in use: JVM_Bind 8080" කියලා තියෙනවා. කලින් install කරපු වෙන app එකක් 8080 අල්ලගෙන ඉන්නවා වගේ.`),
    no(`සර් mbx3000d restart කළාට පස්සේ start වෙන්නේ නෑ, 5060 port එක already in use කියනවා. netstat බැලුවම පරණ process එකක් තාම 5060 LISTEN. ඒක kill කරන්නද?`),
    no(`මචං mysql service එක start වෙන්නේ නෑ. error එක "Bind on TCP/IP port: Address already in use" (3306). backup එකට දාපු දෙවෙනි mysqld instance එකක් වගේ පේනවා.`),
    no(`හලෝ, අපේ reseller portal එකේ apache එක 80 port එකට bind වෙන්නේ නෑ:
(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80
nginx එකත් දාලා තියෙනවා. call වලට කිසි අවුලක් නෑ.`),
    // Sinhala, Singlish
    no(`Sir ape web manager eka wada naha, tomcat start karaddi "BindException: Address already in use" enawa port 8080. server eka restart kala, ehema unath hariyanne na. calls nam yanawa hodata.`),
    no(`machan mage laptop eke vos api ekata hadapu node app eka run karaddi EADDRINUSE 127.0.0.1:5000 kiyala enawa. mac eke AirPlay receiver eka 5000 ganna nisa da?`),
    no(`aiyo sir softswitch eka start wenne na, log eke "SIP listen 5060 bind error: address already in use". kalin stop karapu mbx3000d eka hariyata close wela na wage, ps eke thama penawa.`),
    no(`hello sir, docker compose up kalama "Error starting userland proxy: listen tcp4 0.0.0.0:3306: bind: address already in use". host eke mysql already run wenawa. mokakda hoda vidiha?`),
    // Tamil, Tamil script
    no(`வணக்கம் சார், VOS web portal open ஆகல. tomcat log-ல "java.net.BindException: Address already in use" port 8080 னு வருது. வேற எதோ app அந்த port-ஐ பிடிச்சிருக்கு போல.`),
    no(`சார், server reboot பண்ணதுக்கு அப்புறம் softswitch start ஆகல. 5060 already in use னு சொல்லுது. பழைய mbx3000d process இன்னும் ஓடுது. kill -9 பண்ணலாமா?`),
    no(`அண்ணா mysql start ஆகமாட்டேங்குது, "Bind on TCP/IP port: Address already in use" 3306. CDR எதுவும் காட்டல. calls மட்டும் போகுது.`),
    no(`நம்ம billing server-ல nginx restart பண்ணும்போது "bind() to 0.0.0.0:443 failed (98: Address already in use)". ssl renew பண்ணதுக்கு அப்புறம் தான் இப்படி. softswitch ok தான்.`),
    no(`வணக்கம், Singapore office-ல என் dev laptop-ல reseller portal run பண்றேன், "Error: listen EADDRINUSE: address already in use :::8000" வருது. இது VOS server இல்ல, என் laptop தான். எப்படி free பண்றது?`),
    // Tamil, Tanglish
    no(`anna vanakkam, redis start aagala, "bind: Address already in use" 6379. oru pazhaya redis instance already odudhu pola. softswitch la onnum prachanai illa.`),
    no(`sir docker la vos web ui container start pannumbodhu "port is already allocated" 0.0.0.0:8080 nu varudhu. host la tomcat already run aagudhu. edha stop pannanum?`),
    no(`bro KL office la irundhu pesuren. softswitch restart panna 5060 bind fail "Address already in use". lsof paatha old mbx3000d pid 1874 innum irukku. adha kill panni start pannalama?`),
    no(`sir portal apache start aagala, port 80 la already nginx listen pannudhu. "could not bind to address 0.0.0.0:80". TIME_WAIT count normal dhaan, 150 kitta.`),
  ],
  otherRegistrationCause: [
    // Nepali, Devanagari
    no(`दाइ, हाम्रो कल सेन्टरका १२ वटा softphone unregistered देखाउँछन्। हिजो admin ले सबै account को password change गर्यो, तर phone मा पुरानै password छ। log मा "401 Unauthorized" मात्र आउँछ।`),
    no(`नमस्ते, लोडसेडिङले office को router बन्द भयो, UPS पनि छैन, त्यसैले सबै IP phone unregistered भए। बिजुली आएको १० मिनेट भयो, ५ वटा अझै offline। router नै boot भएको छैन कि?`),
    no(`सर, ISP Worldlink बाट Vianet मा change गर्यौं, gateway को public IP फेरियो। VOS मा IP authentication राखेको थियो, त्यसैले gateway register हुँदैन। हामी UDP मात्र प्रयोग गर्छौं।`),
    no(`हजुर, VOS को licence expire भयो भन्ने message आयो र नयाँ registration accept गर्दैन। पुराना phone पनि एक एक गरेर unregistered हुँदै छन्। licence renew कसरी गर्ने?`),
    no(`दाइ, reseller को account balance शून्य भएर suspend भएछ, त्यसैले उसका सबै SIP phone unregistered भए। रु ५०,००० बाँकी छ, आज payment ल्याउँछु भन्छ। त्यसपछि आफैं register हुन्छ?`),
    // Nepali, Latin
    no(`dai mikrotik ma SIP ALG on raichha, tesaile phone haru register hune ra jane garchha. hamro sab phone UDP 5060 ma chhan, TCP chalaudainau. ALG off garda thik hola?`),
    no(`sir hamro DNS name sip.nepvoice.com.np ko A record hijo change garyo, ani remote agent haru ko phone unregistered. purano IP ma register gardai chha jasto chha.`),
    no(`namaste, pokhara branch ma internet nai down chha 2 ghanta dekhi, tesaile tyo branch ka 8 ota phone unregistered. ISP lai call gareko chha. tapai ko side bata kei garnu pardaina hola?`),
    no(`bro GW-2 gateway unregistered, log ma "401 Unauthorized" aairako chha. hijo sab gateway ko password reset gareko thiyo, GW-2 ma naya password halna birsiyo jasto chha.`),
    no(`hello dai, ek jana agent ko phone ko adapter bigreko raichha, power nai chhaina, tesaile unregistered dekhayo. aru sab thik chha. replace garne ho bhane kun model ramro?`),
    // Sinhala, Sinhala script
    no(`සර්, අපේ call centre එකේ phone 20ක් unregistered. ඊයේ password policy එක වෙනස් කළා, phone වල තාම පරණ password එක. log එකේ 401 Unauthorized විතරයි.`),
    no(`අද උදේ සිට කොළඹ office එකේ internet නැහැ, SLT fiber එක කැඩිලා. ඒකයි phone ඔක්කොම unregistered. SLT එකට complaint කළා, ඔයාලගෙන් කරන්න දෙයක් තියෙනවද?`),
    no(`හලෝ සර්, reseller ගේ account එක balance නැති නිසා suspend වෙලා, ඒ නිසා ඒ customerලාගේ SIP accounts register වෙන්නේ නෑ. රු. 75,000ක් pay කරන්න තියෙනවා.`),
    no(`Dialog router එකට මාරු වුණාට පස්සේ phone register වෙන්නෙ නෑ. router එකේ SIP ALG on වෙලා තියෙනවා කියලා හිතෙනවා. අපි UDP විතරයි use කරන්නේ, TCP නෑ.`),
    // Sinhala, Singlish
    no(`Sir ape kandy branch eke current na, power cut eka nisa phone okkoma unregistered. generator eka start karanna hadanawa. eka system eke awulak nemei neda?`),
    no(`machan gateway eke IP eka change wela, ISP eka dynamic IP dunna. VOS eke static IP eken auth karana nisa register wenne na. DDNS daala hadanna puluwanda?`),
    no(`hello sir, apey VOS licence eka expire wela kiyala message ekak enawa, aluth phone register karanna denne na. renew karanna kiyada yanne?`),
    no(`sir phones 3k unregistered, check kalama accounts "expired" status eke. reseller eka validity eka extend karala na. meka ape side eken hadanna puluwan da?`),
    // Tamil, Tamil script
    no(`சார், நம்ம call centre-ல 15 phone unregistered. நேத்து எல்லா extension password-உம் மாத்தினோம், ஆனா phone-ல பழைய password தான் இருக்கு. 401 Unauthorized தான் வருது.`),
    no(`வணக்கம், சென்னை office-ல காலையில இருந்து current இல்ல, power cut. UPS-உம் போயிடுச்சு. அதனால எல்லா phone-உம் unregistered. இது system பிரச்சனை இல்லையே?`),
    no(`அண்ணா, ISP மாத்தினோம் (ACT-ல இருந்து Airtel). இப்போ gateway public IP மாறிடுச்சு, VOS-ல IP auth வச்சிருந்தோம், அதனால register ஆகல. நாங்க UDP மட்டும் தான்.`),
    no(`சார், reseller account-ல balance zero ஆனதால suspend ஆகிடுச்சு. அவரோட customers phone எல்லாம் unregistered. நாளைக்கு 2 லட்சம் pay பண்றதா சொல்றார்.`),
    no(`Malaysia branch-ல TP-Link router-ல SIP ALG on ஆகி இருந்துச்சு போல, phones register ஆகி ஆகி drop ஆகுது. எல்லாம் UDP 5060 தான். ALG off பண்ணட்டுமா?`),
    // Tamil, Tanglish
    no(`sir namma sip domain DNS record maathinom nethu, ippo remote agents phone la unregistered. pazhaya IP ku dhaan register try pannudhu pola, DNS cache ah?`),
    no(`anna gateway password thappa type panniten pola, "403 Forbidden" nu log la varudhu, register aagala. correct password enga paakalam?`),
    no(`bro Singapore office internet down, StarHub la outage. adhaan ella softphone um unregistered. namma side onnum panna vendama?`),
    no(`sir, oru agent oda softphone laptop sleep mode ku pogumbodhu unregistered aagudhu, wake aana apram dhaan register aagudhu. power settings problem ah?`),
  ],
  smallFigures: [
    // Nepali, Devanagari
    no(`दाइ, ss -s चलाएँ, यो normal हो?
Total: 412 (kernel 0)
TCP:   96 (estab 41, closed 38, orphaned 0, synrecv 0, timewait 37/0), ports 0
राति ११ बजे, traffic कम छ।`),
    no(`TIME_WAIT भनेको के हो हजुर? हाम्रो server मा netstat मा २०० जति TIME_WAIT देखिन्छ, यसले समस्या गर्छ कि?`),
    no(`सर, SS_TCP_CLOSE_RESET ले के गर्छ? हाम्रो softswitch.conf मा Off छ। On गर्नुपर्छ कि पर्दैन, हाम्रो CPS ३० जति मात्र हो।`),
    no(`यदि हामीले RST mode on गर्यौं भने NAT पछाडि भएका घरका phone हरूलाई असर पर्छ? अहिले केही समस्या छैन, अर्को हप्ता traffic बढ्छ भनेर सोधेको।`),
    no(`नमस्ते, monthly health check: CPU १८%, RAM ४०%, TIME_WAIT ३१२, ESTABLISHED ८८। सबै ठीक छ कि अरू केही हेर्नुपर्छ?`),
    // Nepali, Latin
    no(`dai ip_local_port_range ko default kati hunchha? hamro ma "32768 60999" dekhauchha. yo badhaunu parcha ki? problem chai kei chhaina, khali bujhna khojeko.`),
    no(`sir tcp_tw_reuse 0 chha hamro server ma. 1 garyo bhane k farak parchha? din ma 5 hajar calls hunchha, sab thik chalirako chha, TIME_WAIT 600 jati matra.`),
    no(`namaste, netstat -ant | grep TIME_WAIT | wc -l garda 154 aayo. 20 CPS ko lagi yo thik ho?`),
    no(`bro RST ra FIN ko farak simple bhasama bujhaidinu na. customer le sodhdai chha, kunai issue chaina.`),
    no(`hello, firewall ma pfSense rakhne plan chha. RST mode on garda pfSense le kei problem garchha ki? ahile RST off nai chha, future ko lagi sodheko.`),
    // Sinhala, Sinhala script
    no(`සර්, මේ ss -s output එක normal ද?
TCP:   74 (estab 30, closed 22, orphaned 0, synrecv 0, timewait 21/0), ports 0
දැන් calls අඩුයි, රෑ 10ට විතර.`),
    no(`TIME_WAIT කියන්නේ මොකක්ද කියලා සරලව කියන්න පුළුවන්ද? අපේ server එකේ 300ක් විතර පේනවා. ඒක අවුලක්ද?`),
    no(`SS_TCP_CLOSE_RESET එක On කළොත් NAT පිටිපස්සේ තියෙන phone වලට බලපෑමක් වෙයිද? අපි තාම වෙනස් කරලා නෑ, plan කරනවා විතරයි.`),
    no(`සර්, සතිපතා check එක: TIME_WAIT 420, established 120, CPU 25%. මේවා හොඳ figures ද? දවසකට calls 2 දහසක් විතර තමයි.`),
    // Sinhala, Singlish
    no(`sir ape server eke netstat eken TIME_WAIT 180k... ne ne, 180 wage thiyenne. ehema thiyena eka normal da?`),
    no(`machan SS_TCP_CLOSE_RESET eka mokakda karanne? manual eke "close reset" kiyala thiyenawa, hariyata therenne na.`),
    no(`sir apita UDP withrai. RST setting eka wenas karoth apita kisima balapemak thiyenawada? danna ona nisa ahuwe.`),
    no(`hello sir, ss -tan state time-wait | wc -l = 89. peak hour eke 250 wenawa. me dahas ganan nemei neda, prashnayak na neda?`),
    // Tamil, Tamil script
    no(`வணக்கம் சார், ss -s output இது normal-ஆ?
TCP:   130 (estab 52, closed 40, orphaned 0, synrecv 0, timewait 39/0), ports 0
traffic ரொம்ப கம்மி இப்போ.`),
    no(`TIME_WAIT-னா என்ன சார்? நம்ம server-ல 250 மாதிரி இருக்கு, இது பிரச்சனையா?`),
    no(`சார், SS_TCP_CLOSE_RESET On பண்ணா firewall-ல ஏதாவது பாதிப்பு வருமா? இப்போ Off தான், next month CPS அதிகமாகும்னு யோசிக்கிறோம்.`),
    no(`அண்ணா, tcp_tw_reuse=1 வைக்கலாமா? peak-ல 40 CPS தான், TIME_WAIT ஆயிரத்துக்கும் கம்மி. சும்மா best practice தெரிஞ்சுக்கலாம்னு கேட்டேன்.`),
    no(`வணக்கம், monthly report: TIME_WAIT 510, ESTABLISHED 140, port range 1024-65535. எல்லாம் ok-ஆ பாருங்க.`),
    // Tamil, Tanglish
    no(`sir RST mode on panna NAT la irukra home users phone unregistered aaguma? ippo off dhaan, just doubt.`),
    no(`bro netstat la 300 TIME_WAIT irukku, KL server. idhu normal dhaana? calls ellam nalla poguthu.`),
    no(`sir FIN vs RST enna difference? customer training ku slide ready panren, simple ah sollunga.`),
    no(`anna ip_local_port_range 1024 65535 already set panniyachu. innum edhavadhu tune panna venuma? 2 aayiram calls/day dhaan, issue onnum illa.`),
  ],
  firewallNoRst: [
    // Nepali, Devanagari
    no(`दाइ, नयाँ carrier को IP 103.xx.45.10 FortiGate मा whitelist गर्नुपर्यो। policy कसरी बनाउने? SIP 5060 UDP र RTP 10000-20000।`),
    no(`सर, fail2ban ले हाम्रै office को IP ban गर्यो, agent ले password गल्ती ५ पटक हाल्यो रे। unban कसरी गर्ने?`),
    no(`हजुर, iptables मा 5060 TCP खोल्नुपर्छ, नयाँ gateway TCP मा आउँछ। rule कस्तो लेख्ने? अहिले UDP मात्र खुला छ।`),
    no(`नमस्ते, हाम्रो firewall config review गरिदिनुहोस् न। धेरै पुराना rule छन्, कुन चाहिन्छ कुन चाहिँदैन थाहा भएन। calls ठीकै छन्।`),
    no(`दाइ, विदेशबाट धेरै SIP scan आउँछ। FortiGate मा geo-blocking गर्न मिल्छ? नेपाल, भारत र हाम्रो carrier का देश मात्र allow गर्ने।`),
    // Nepali, Latin
    no(`sir mikrotik ma port forwarding garnu paryo, public 5060 bata VOS ko 192.168.10.5 ma. dst-nat rule pathaidinu na.`),
    no(`dai pfSense ma naya carrier IP whitelist garna khojeko, alias ma kasari thapne? calls drop bhako chaina, naya route test garna matra.`),
    no(`hello, iptables ma RTP range 10000:20000 UDP kholnu chha. aile INPUT policy DROP chha. rule ko order kasto hunu parchha?`),
    no(`bro fail2ban le reseller ko IP block garyo, 3 choti galat password. ip: 27.34.xx.xx. unban gardinu na.`),
    no(`namaste, Sophos XG ma SIP helper/ALG off garne kasari? carrier le off garnu bhanyo.`),
    // Sinhala, Sinhala script
    no(`සර්, අලුත් carrier එකේ IP එක FortiGate එකේ whitelist කරන්න ඕන. policy එක හදන විදිහ කියන්න පුළුවන්ද? 5060 UDP.`),
    no(`fail2ban එකෙන් අපේම office IP එක ban කරලා. agent කෙනෙක් වැරදි password එක කීප වතාවක් ගැහුවා. unban කරන්නේ කොහොමද?`),
    no(`හලෝ, ASA එකේ port 5060 TCP open කරන්න ඕන, අලුත් client කෙනෙක් TCP වලින් එනවා. ACL එක කොහොමද ලියන්නේ?`),
    no(`සර් අපේ iptables rules ටික review කරලා දෙන්න පුළුවන්ද? පරණ rules ගොඩක් තියෙනවා. දැනට කිසි ප්‍රශ්නයක් නෑ.`),
    // Sinhala, Singlish
    no(`sir mikrotik eke port forward ekak danna ona 5060 ta. public IP eken VOS server ekata. rule eka evanna puluwanda?`),
    no(`machan geo block karanna ona, SIP scanners godak enawa. Sri Lanka, Maldives, UAE vitharak allow karanna hadanne. FortiGate eke puluwanda?`),
    no(`hello sir, pfSense eke siproxd/SIP ALG disable karanna kiwwa carrier eka. eka kohomada karanne?`),
    no(`sir carrier eken aluth IP range ekak dunna 185.xx.12.0/24. iptables whitelist ekata add karanna ona. syntax eka?`),
    // Tamil, Tamil script
    no(`சார், புது carrier IP-ஐ FortiGate-ல whitelist பண்ணணும். SIP 5060 UDP, RTP 10000-20000. policy எப்படி போடணும்?`),
    no(`வணக்கம், fail2ban நம்ம reseller IP-ஐ ban பண்ணிடுச்சு, தப்பான password 5 தடவை. unban பண்ண command என்ன?`),
    no(`அண்ணா, iptables-ல 5061 TLS port open பண்ணணும். rule எப்படி எழுதணும்?`),
    no(`சார் நம்ம firewall config-ஐ ஒரு தடவை review பண்ணி சொல்லுங்க, audit வருது. calls-ல எந்த பிரச்சனையும் இல்ல.`),
    no(`Malaysia office-ல Cisco ASA-ல SIP inspection off பண்ண சொன்னாங்க. "no inspect sip" போடணுமா? எந்த policy-map-ல?`),
    // Tamil, Tanglish
    no(`sir mikrotik la dst-nat port forward venum 5060 udp to 10.0.0.20. rule anuppunga.`),
    no(`bro geo-blocking panna venum, India, Sri Lanka, Singapore, Malaysia mattum allow. baaki SIP scanners block. pfSense la epdi?`),
    no(`sir fail2ban jail la bantime romba adhigam, 1 week. adha 1 hour ku maathanum. enga config?`),
    no(`anna pudhu carrier ku firewall la IP whitelist pannanum, 3 IPs. ASA la object-group vechu panna mudiyuma?`),
  ],
  negationContext: [
    // Nepali, Devanagari
    no(`दाइ धन्यवाद! हिजोको change पछि TIME_WAIT ४० हजारबाट ८०० मा झर्यो, "cannot assign requested address" अब आउँदैन। सबै ठीक छ, ticket बन्द गर्नुस्।`),
    no(`रेकर्डका लागि forward गरेको: "गत महिना peak मा port exhaustion भएको थियो, RST on र tcp_tw_reuse गरेपछि समाधान भयो।" अहिले कुनै समस्या छैन।`),
    no(`सर, phone unregistered भएका थिए तर कारण password change नै रहेछ, RST होइन। नयाँ password हालेपछि सबै register भए। जानकारीका लागि।`),
    no(`हाम्रो server मा SS_TCP_CLOSE_RESET कहिल्यै On गरिएको छैन, Off नै छ। हामी UDP मात्र चलाउँछौं। ५ वटा phone unregistered हुनुको कारण DNS रहेछ, server ले नाम resolve गर्न सकेन।`),
    no(`दाइ, FortiGate ले RST drop गरेको समस्या गत हप्ता नै सल्टियो, तपाईंले Off गरिदिनुभयो। अहिले calls राम्रो छन्। धन्यवाद 🙏`),
    // Nepali, Latin
    no(`dai kei change gareko chhaina kasaile, RST pani off nai chha. phone haru unregistered bhako ta bijuli gayera ho, aba aaisakyo, sab register bhaye.`),
    no(`sir last month ko ticket: "address already in use at peak, 25k TIME_WAIT" — tyo solve bhaisakyo. aile ss -s ma timewait 900 matra. thank you hajur.`),
    no(`hello, hamle SIP TCP chalaudainau, sab UDP. so RST mode ko asar hunna hola ni? NAT ka phone haru ramrai register chhan.`),
    no(`bro hijo firewall le RST drop garyo bhanne sochya thiyo, tara log herda carrier ko side ma problem raichha, unle route bandh gareka rahechhan. firewall log ma RST ko kunai entry chhaina.`),
    no(`namaste, pahile NAT ka phone unregistered thiye RST on garda, tara tapai haru le off garnu bhayo ani sab thik bhayo. aaja 2 din bhayo, stable chha. dhanyabad!`),
    // Sinhala, Sinhala script
    no(`ස්තූතියි සර්! ඊයේ change එකෙන් පස්සේ TIME_WAIT 30,000 ඉඳන් 600ට අඩු වුණා. "address already in use" error එක දැන් එන්නේ නෑ.`),
    no(`සර්, phones unregistered වුණේ ඊයේ password reset එක නිසා, RST නිසා නෙවෙයි. දැන් හරි. ticket එක close කරන්න.`),
    no(`record එකට forward කරනවා: පහුගිය මාසේ firewall එක RST drop කරපු ප්‍රශ්නය විසඳුණා. දැන් කිසි අවුලක් නෑ.`),
    no(`අපි කවදාවත් RST mode on කරලා නෑ, SS_TCP_CLOSE_RESET Off. අපි UDP විතරයි. phone 3ක් unregistered වුණේ කවුරුහරි LAN cable ගලවලා තිබ්බ නිසා, දැන් හයි කළා.`),
    // Sinhala, Singlish
    no(`sir kisima deyak wenas kale na, RST off. calls drop wune ISP eke link eka down wela nisa. dan hari.`),
    no(`machan kalin mase address already in use issue eka, dan nehe. ss -s eke timewait 450 withrai. thanks godak.`),
    no(`hello sir, NAT phone unregistered issue eka RST off karata passe hari giya. dan dawas 3k stable. ticket eka close karanna puluwan.`),
    no(`sir apita server eka issarahin firewall ekak nehe, direct public IP. e nisa RST drop wenna widihak na neda? calls yanawa hodata, nikan ahuwe.`),
    // Tamil, Tamil script
    no(`நன்றி சார்! நேத்து change-க்கு அப்புறம் TIME_WAIT 35 ஆயிரத்துல இருந்து 700-க்கு வந்துடுச்சு. "cannot assign requested address" இப்போ வரல.`),
    no(`சார், phone unregistered ஆனது password மாத்தினதால தான், RST காரணம் இல்ல. புது password போட்டதும் எல்லாம் register ஆயிடுச்சு.`),
    no(`நாங்க SS_TCP_CLOSE_RESET-ஐ ஒரு தடவை கூட On பண்ணல, Off தான். எல்லாமே UDP. யாரும் எதையும் மாத்தல. நேத்து calls போகாதது ISP outage-னால தான்.`),
    no(`record-க்காக forward பண்றேன்: "FortiGate RST drop issue - resolved on 12th by setting close mode back to Off". இப்போ calls எல்லாம் normal.`),
    no(`அண்ணா, போன வாரம் NAT phones unregistered ஆனது fix ஆயிடுச்சு, RST off பண்ணதுக்கு அப்புறம். இப்போ எல்லாம் stable. நன்றி 🙏`),
    // Tamil, Tanglish
    no(`sir yaarum edhuvum maathala, RST off dhaan. calls drop aanadhu power cut naala, UPS fail aayiduchu. ippo ok.`),
    no(`bro last month port exhaustion issue solve aayiduchu, ippo peak la kooda TIME_WAIT 1200 dhaan, no errors. thanks!`),
    no(`sir audit la kettaanga: iptables la INVALID drop rule irukku, aana namma RST mode enable pannave illa. so adhu risk illa thaane? calls ellam normal.`),
    no(`anna forward panren old ticket, 2023 la "address already in use at peak" nu irundhuchu, close aayiduchu. FYI only, ippo issue illa.`),
  ],
  portExhaustion: [
    // Nepali, Devanagari
    pe(`दाइ urgent! साँझ ७ बजे peak मा softswitch ले नयाँ TCP connection खोल्नै सकेन। log मा "connect() failed: Cannot assign requested address" भरिएको छ। ss -s मा timewait ३१,४५२ छ। calls fail भइरहेका छन्।`),
    pe(`सर, हाम्रो VOS मा busy hour मा calls जाँदैनन्। netstat -ant | grep TIME_WAIT | wc -l = ४२३१० । बिहान त ठीक हुन्छ, साँझ पर्दा फेरि उही। दिनमा ३ लाख जति calls हुन्छन्।`),
    pe(`नमस्ते, यो हेर्नुस्, अहिले भर्खर निकालेको:
Total: 58213 (kernel 0)
TCP:   56870 (estab 1204, closed 55410, orphaned 12, synrecv 0, timewait 55388/0), ports 0
CPS २०० भन्दा माथि गएपछि carrier तिर outgoing TCP connect fail हुन्छ, EADDRINUSE।`),
    pe(`हजुर, carrier को NOC ले पनि भन्यो peak मा हाम्रो तिरबाट SIP TCP आउनै छोड्छ। हाम्रो log मा outgoing socket मा "bind: Address already in use", ५० हजार जति TIME_WAIT। port नै सकिएजस्तो छ।`),
    pe(`दाइ, हिजो र आज दुवै दिन राति ८ देखि १० बजेसम्म ३०% calls fail भए। ip_local_port_range 32768 60999 मात्र छ, tcp_tw_reuse 0, र TIME_WAIT २८ हजार नाघ्छ। ephemeral port सकिएको होला?`),
    // Nepali, Latin
    pe(`dai peak hour ma calls fail bhairako chha, log ma "Cannot assign requested address" continuously aairachha. ss -s ma timewait 28k jati. CPS 180 chha. k garne?`),
    pe(`sir urgent, 2 baje dekhi naya TCP connection nai bandaina carrier tira. netstat ma TIME_WAIT 45 hajar. ephemeral port sakiyo jasto. 3 ota trunk sabai ma ustai.`),
    pe(`namaste, hamro call centre ko dialer le busy hour ma 250 CPS pathauchha, ani VOS le outgoing connect ma "EADDRINUSE" dincha, calls jadainan. raati traffic ghatepachi aafai thik hunchha.`),
    pe(`bro yo herana:
TCP:   61022 (estab 980, closed 59870, orphaned 4, synrecv 0, timewait 59851/0), ports 0
peak ma calls jadainan, log ma "connect failed: Cannot assign requested address". yo ta dherai bhayo ni?`),
    pe(`hello dai, follow up on yesterday: aaja pani saanjh pakh kathmandu server ma calls fail bhae. tcp_tw_reuse 0 chha, port range sano chha, TIME_WAIT 30k cross garchha ani outgoing connect ma "cannot assign requested address".`),
    // Sinhala, Sinhala script
    pe(`සර් හදිස්සියි! රෑ 8ට peak එකේදී calls යන්නේ නෑ. log එක "Cannot assign requested address" වලින් පිරිලා. ss -s එකේ timewait 33,210ක්.`),
    pe(`busy hour එකේදී softswitch එකට carrier එකට අලුත් TCP connection හදන්න බෑ. netstat එකේ TIME_WAIT 40 දහසකට වඩා. උදේට නම් ඔක්කොම හරි.`),
    pe(`ආයුබෝවන්, මේක බලන්න:
TCP:   47321 (estab 1530, closed 45620, orphaned 8, synrecv 0, timewait 45601/0), ports 0
CPS 150 පැනලා ගියාම carrier එකට outgoing connect fail වෙනවා, calls ගොඩක් fail.`),
    pe(`සර් carrier එක කියනවා අපේ පැත්තෙන් peak එකේදී SIP TCP එන්නේ නෑ කියලා. අපේ log එකේ outgoing connect වලදී "EADDRINUSE". TIME_WAIT දහස් ගණන්, ports ඉවර වෙලා වගේ.`),
    pe(`හලෝ, ඊයේ රෑත් අද රෑත් peak එකේ calls 25%ක් fail. ip_local_port_range 32768 60999, TIME_WAIT 27kක් විතර. ports ඉවර වෙනවා වගේ. ලක්ෂ ගාණක calls යන server එක.`),
    // Sinhala, Singlish
    pe(`sir peak eke calls fail wenawa, log eke "cannot assign requested address". ss -s eke timewait 29k. CPS 200 wage.`),
    pe(`machan hawasa 7-10 wenakota aluth TCP connections hadanna ba, TIME_WAIT 38 dahas. carrier side ekata connect wenne na. udeta hari.`),
    pe(`sir ape dialer eka 300 CPS dagana kota VOS eken outgoing socket eke "java.net.BindException: Address already in use: connect" enawa. busy hours withrai, calls fail.`),
    pe(`hello sir urgent, netstat -ant | grep -c TIME_WAIT = 52110. calls drop, aluth connections hadanne na. ports iwara wela wage.`),
    // Tamil, Tamil script
    pe(`சார் அவசரம்! evening peak-ல calls போகல. log-ல "Cannot assign requested address" நிறைய. ss -s-ல timewait 36,000.`),
    pe(`வணக்கம், busy hour-ல softswitch carrier-க்கு புது TCP connection open பண்ண முடியல. TIME_WAIT 45 ஆயிரம் தாண்டுது. காலையில normal.`),
    pe(`சார் இதை பாருங்க:
Total: 64102 (kernel 0)
TCP:   62990 (estab 1402, closed 61500, orphaned 20, synrecv 0, timewait 61478/0), ports 0
CPS 220 ஆனா outgoing connect fail ஆகுது, calls போகல.`),
    pe(`அண்ணா, carrier சொல்றாங்க peak time-ல நம்ம பக்கம் இருந்து SIP TCP வரலனு. நம்ம log-ல outgoing socket-ல "EADDRINUSE". TIME_WAIT ஆயிரக்கணக்குல.`),
    pe(`சார், நேத்தும் இன்னைக்கும் இரவு 8-11 மணி 30% calls fail. port range 32768-60999 தான், TIME_WAIT 30k. ports தீர்ந்து போகுது போல.`),
    pe(`Chennai call centre-ல dialer 250 CPS அனுப்பும்போது VOS "connect failed: Cannot assign requested address" குடுக்குது. lunch time ok, evening-ல தான் இப்படி.`),
    // Tamil, Tanglish
    pe(`sir peak la calls fail aagudhu, "cannot assign requested address" log full. timewait 31k. CPS 190.`),
    pe(`bro KL server la evening aana pudhu TCP connection varala. TIME_WAIT 48 aayiram. carrier ku connect aagala. urgent!`),
    pe(`anna dialer 280 CPS la run pannumbodhu outgoing connect la BindException varudhu. busy hour la mattum. ports theernthu pochu pola.`),
    pe(`sir netstat -ant | grep TIME_WAIT | wc -l → 57,340. calls drop aagudhu, new connections fail. epdi fix pannradhu?`),
    pe(`hello sir, Singapore node la 9pm peak la 40% calls fail. tcp_tw_reuse 0, port range default. TIME_WAIT 26k mela. outgoing connects la "Address already in use".`),
  ],
  natUnregistered: [
    // Nepali, Devanagari
    nat(`दाइ, हिजो SS_TCP_CLOSE_RESET On गरेपछि घरबाट काम गर्ने agent हरूका softphone (Zoiper, TCP) unregistered देखाउँछन्। सबै घरको router पछाडि छन्। office LAN का phone ठीक छन्।`),
    nat(`सर, तपाईंले close mode RST मा बदल्नुभएदेखि MikroTik पछाडिका १८ वटा IP phone बारम्बार registration गुमाउँछन्। SIP TCP मा छन्। अहिले पनि भइरहेको छ।`),
    nat(`हजुर, RST mode on गरेपछि branch office का phone हरू (office NAT पछाडि, TCP transport) ५-१० मिनेटमा unregistered हुन्छन्, फेरि register हुन्छन्। बीचमा agents ले calls पाउँदैनन्।`),
    nat(`नमस्ते, परसि राति softswitch.conf मा SS_TCP_CLOSE_RESET="On" राख्नुभयो नि, त्यसपछि NAT पछाडिका Grandstream gateway हरू offline छन्। ती TCP 5060 मा register गर्छन्।`),
    nat(`दाइ, हिजोको change पछि reseller का ४० वटा softphone unregistered! ती सबै घरका router पछाडि, TCP मा छन्। public IP भएका gateway चाहिँ ठीक छन्।`),
    // Nepali, Latin
    nat(`dai RST mode on gare pachhi ghar bata kaam garne agent ko phone unregistered bhairachha. sab TCP ma, ghar ko wifi router pachhadi. office ko chai thik chha.`),
    nat(`sir hijo tapai le change gareko pachhi mikrotik NAT pachhadi ka phone haru register hune jane garirako chha. SIP over TCP. feri purano jasto garna milchha?`),
    nat(`namaste, SS_TCP_CLOSE_RESET On garya 2 din bhayo, tyo din dekhi NAT ka softphone haru baarambaar unregistered. UDP ma bhako phone haru chai thik chhan.`),
    nat(`bro close mode change gare pachhi butwal branch ka 12 ota Yealink phone (office NAT, TCP) "No Service" dekhauchhan. urgent, customers ko call miss bhairako chha.`),
    nat(`hello dai, reseller le complain gare, unka home users (NAT router, Zoiper TCP) RST on bhaye dekhi register rahadainan, 10 min ma jaanchha ani feri aauchha. off garne ho?`),
    // Sinhala, Sinhala script
    nat(`සර්, ඊයේ SS_TCP_CLOSE_RESET On කළාට පස්සේ ගෙදර ඉඳන් වැඩ කරන agentලාගේ softphone unregistered. ඔක්කොම home router පිටිපස්සේ, TCP.`),
    nat(`ඔයාලා close mode එක RST කළාට පස්සේ MikroTik NAT පිටිපස්සේ තියෙන IP phone 15ක් නිතරම registration නැති වෙනවා. SIP over TCP. අදත් එහෙමයි.`),
    nat(`හලෝ සර්, RST mode on කළ දවසේ ඉඳන් branch office එකේ phones (office NAT, TCP) විනාඩි 5න් 5ට unregistered වෙනවා. public IP තියෙන gateways නම් හරි.`),
    nat(`සර් ඊයේ කරපු change එකෙන් පස්සේ resellerගේ home users ලාගේ Zoiper (TCP, router පිටිපස්සේ) register වෙලා ඉන්නේ නෑ. අද උදේ ඉඳන් complaints 30ක් විතර.`),
    nat(`ආයුබෝවන්, softswitch.conf එකේ SS_TCP_CLOSE_RESET="On" දැම්මාට පස්සේ NAT එක පිටිපස්සේ gateway 6ම offline. TCP 5060. UDP ඒවා නම් හරි.`),
    // Sinhala, Singlish
    nat(`sir RST mode on kalata passe work from home agents la ge phone unregistered. okkoma TCP, gedara router passe.`),
    nat(`machan oya close mode eka wenas kalata passe mikrotik NAT eka passe thiyena phones register wela innawa na, TCP walin. aye parana widihata hadanna puluwanda?`),
    nat(`sir SS_TCP_CLOSE_RESET On kala dawase idan NAT phones unregistered wenawa, aye register wenawa, aye yanawa. UDP phones nam awulak na.`),
    nat(`hello sir urgent, galle branch eke Yealink phones 10ma "No Service". office NAT, TCP. ee kale RST change eka kalata passe patan gaththe.`),
    // Tamil, Tamil script
    nat(`சார், நேத்து SS_TCP_CLOSE_RESET On பண்ணதுக்கு அப்புறம் வீட்டுல இருந்து வேலை செய்யுற agents softphone unregistered ஆகுது. எல்லாம் home router பின்னாடி, TCP.`),
    nat(`நீங்க close mode-ஐ RST-க்கு மாத்தினதுல இருந்து MikroTik NAT பின்னாடி இருக்கிற 20 IP phone அடிக்கடி registration போகுது. SIP over TCP.`),
    nat(`வணக்கம், RST mode on பண்ண நாள்ல இருந்து branch office phones (office NAT, TCP transport) 5 நிமிஷத்துக்கு ஒரு தடவை unregistered ஆகி திரும்ப register ஆகுது.`),
    nat(`சார், reseller சொல்றார், அவரோட home users (NAT router, Zoiper TCP) RST on ஆனதுல இருந்து register-ஆவே இல்ல. public IP உள்ள gateways ok.`),
    nat(`அண்ணா, softswitch.conf-ல SS_TCP_CLOSE_RESET="On" போட்டு reparse பண்ணோம். அப்போ இருந்து NAT பின்னாடி உள்ள Grandstream gateways offline. TCP 5060. UDP ones fine.`),
    nat(`Malaysia-ல நம்ம remote agents (Unifi router NAT, TCP) நேத்து உங்க change-க்கு அப்புறம் phone-ல "Registration failed" காட்டுது. office-ல இருக்கிறவங்களுக்கு பிரச்சனை இல்ல.`),
    // Tamil, Tanglish
    nat(`sir RST mode on pannadhula irundhu WFH agents phone unregistered aagudhu. ellam TCP, veetu router pinnadi.`),
    nat(`bro close mode maathinadhu apram mikrotik NAT pinnadi irukra phones register aagi aagi pogudhu. TCP transport. pazhaya maari maathalama?`),
    nat(`sir SS_TCP_CLOSE_RESET On panna 2 naal aachu, appo irundhu NAT softphones unregistered. UDP phones ok dhaan.`),
    nat(`anna Singapore office phones (office NAT, SIP TCP) nethu unga change apram "No Service" kaattudhu. 25 phones. urgent!`),
    nat(`hello sir, reseller complaint: home users Zoiper TCP, NAT router pinnadi, RST enable pannadhu apram 10 nimisham la unregistered aagudhu, thirumba varudhu. ippovum appadi dhaan.`),
  ],
  firewallRst: [
    // Nepali, Devanagari
    fw(`दाइ, RST mode On गरेपछि carrier तिरका calls बीचमै हराउँछन्। FortiGate log मा "no session matched" धेरै आउँछ, TCP flags R भएका packet drop भएका छन्।`),
    fw(`सर, SS_TCP_CLOSE_RESET On गरेदेखि iptables मा INVALID drop counter बढिरहेको छ, calls setup मै hang हुन्छन्। conntrack ले RST लाई INVALID भनेर फालिरहेको जस्तो छ।`),
    fw(`नमस्ते, हिजो close mode बदलेपछि ASA मा यस्तो log भरिएको छ:
%ASA-6-106015: Deny TCP (no connection) from 10.20.1.5/5060 to 203.0.113.9/41822 flags RST on interface inside
र carrier का calls fail भइरहेका छन्।`),
    fw(`हजुर, pfSense पछाडि भएको softswitch मा RST on गरेपछि calls ring हुँदैनन्, hang हुन्छन्। firewall log मा TCP:R blocked धेरै छन्।`),
    fw(`दाइ, हिजोको change पछि Sophos ले "out of state" भनेर RST packet drop गर्दैछ, अनि २०% calls fail। फेरि पहिलेजस्तो गर्ने कि firewall मा rule थप्ने?`),
    // Nepali, Latin
    fw(`dai RST on gare pachhi FortiGate le "no session matched" bhanera packet drop gardaichha, calls beech mai katchhan. TCP 5060 carrier trunk.`),
    fw(`sir hijo tapai le close mode change gareko pachhi iptables ma INVALID drop badhdai chha, calls hang hunchhan. conntrack -S ma invalid count 1 lakh 20 hajar pugyo.`),
    fw(`namaste, mikrotik firewall ma "connection-state=invalid action=drop" rule chha, RST mode on gare dekhi tyo rule ko packet count ekdam badhyo ani calls fail hunchhan.`),
    fw(`bro ASA log ma "Deny TCP (no connection) ... flags RST" bharichha since yesterday's RST change. carrier calls 30% fail.`),
    fw(`hello dai, SS_TCP_CLOSE_RESET On garya 3 din bhayo, pfSense le RST block gardaichha, calls ring hune ani hang. Off garnu parchha ki firewall ma allow?`),
    // Sinhala, Sinhala script
    fw(`සර්, RST mode On කළාට පස්සේ carrier calls මැදදී drop වෙනවා. FortiGate log එකේ "no session matched" ගොඩක්, flags R packets drop.`),
    fw(`SS_TCP_CLOSE_RESET On කළ දවසේ ඉඳන් iptables INVALID drop counter එක වැඩි වෙනවා, calls setup එකේදී hang වෙනවා.`),
    fw(`හලෝ සර්, ඊයේ close mode එක වෙනස් කළාට පස්සේ ASA log එක:
%ASA-6-106015: Deny TCP (no connection) from 172.16.5.10/5060 to 198.51.100.20/50312 flags RST on interface inside
calls fail වෙනවා.`),
    fw(`pfSense එක පිටිපස්සේ තියෙන softswitch එකේ RST on කළාට පස්සේ calls ring වෙන්නේ නෑ, hang. firewall log එකේ TCP:R blocked.`),
    fw(`සර්, ඊයේ change එකෙන් පස්සේ Sophos firewall එක "out of state" කියලා RST packets drop කරනවා. calls 20%ක් fail.`),
    // Sinhala, Singlish
    fw(`sir RST mode on kalata passe FortiGate eka "no session matched" kiyala packets drop karanawa, calls madden kapenawa.`),
    fw(`machan close mode change ekata passe iptables INVALID drops wadi wenawa, calls hang wenawa. conntrack eka RST eka invalid kiyala balanawa wage.`),
    fw(`sir mikrotik firewall eke connection-state=invalid drop rule eke count eka RST on kalata passe godak wadi. calls fail.`),
    fw(`hello sir, SS_TCP_CLOSE_RESET On kala dawase idan pfSense eka RST block karanawa, carrier calls ring wela hang wenawa. Off karanna da?`),
    // Tamil, Tamil script
    fw(`சார், RST mode On பண்ணதுக்கு அப்புறம் carrier calls நடுவுல drop ஆகுது. FortiGate log-ல "no session matched" நிறைய, flags R packets drop.`),
    fw(`SS_TCP_CLOSE_RESET On பண்ண நாள்ல இருந்து iptables INVALID drop counter ஏறிட்டே இருக்கு, calls setup-லயே hang ஆகுது.`),
    fw(`வணக்கம் சார், நேத்து close mode மாத்தினதுக்கு அப்புறம் ASA log:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.20/5060 to 192.0.2.44/39021 flags RST on interface inside
calls fail ஆகுது.`),
    fw(`அண்ணா, pfSense பின்னாடி உள்ள softswitch-ல RST on பண்ணதுல இருந்து calls ring ஆகாம hang ஆகுது. firewall log-ல TCP:R blocked.`),
    fw(`சார், நேத்து change-க்கு அப்புறம் Sophos "out of state" னு RST packets drop பண்ணுது. 25% calls fail.`),
    fw(`Malaysia DC-ல நம்ம MikroTik firewall-ல invalid drop rule counter RST mode on ஆனதுல இருந்து லட்சக்கணக்குல ஏறுது. calls cut ஆகுது.`),
    // Tamil, Tanglish
    fw(`sir RST on pannadhula irundhu FortiGate "no session matched" drop pannudhu, calls naduvula cut aagudhu.`),
    fw(`bro close mode change apram iptables INVALID drops ethudhu, calls hang. conntrack RST-ah invalid nu paakudhu pola.`),
    fw(`anna ASA la "Deny TCP (no connection) flags RST" logs full, nethu RST enable pannadhula irundhu. carrier calls fail.`),
    fw(`sir SS_TCP_CLOSE_RESET On panna 2 naal aachu, pfSense RST block pannudhu, calls ring aagi hang. firewall la allow pannalama illa Off pannanuma?`),
    fw(`hello sir, Singapore node: RST mode on aanadhula irundhu Sophos "out of state" drop 1 lakh mela, 30% calls fail. urgent.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning185Set: readonly EvalItem[] = Object.values(tuning185Families).flat();
