import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, NOC engineers and resellers across the Arab world (Egypt, the Gulf, the Levant, Iraq, the Maghreb)
 * write on WhatsApp, mostly in Arabic script in their own dialects mixed with English technical terms in Latin
 * letters and about a third in Arabizi (3, 7 and 2 for Arabic sounds), with greetings, pasted command output and
 * log lines.
 *
 * The hundred-and-forty-fourth tuning split, by family, written as the largest markets write: it returns to
 * the languages most of the customers use, in fresh hands. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the hundred-and-forty-fourth never-tuned set, before the fifty-fifth round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured
 * as such before and after the fifty-fifth, fifty-sixth and fifty-seventh rounds, then made tuning material for
 * the fifty-eighth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 91.1 %, negatives confident 6.7 %, confident wrong 0 % with the
 * rules of the fifty-fourth round and the changes after it, before the fifty-fifth.
 * After the fifty-fifth round: the same.
 * After the fifty-sixth round: in scope 92.2 %, negatives confident 8.1 %, confident wrong 0 %.
 * After the fifty-seventh round: the same.
 */
export const tuning144Families = {
  oneListeningPort: [
    no(`السلام عليكم يا باشمهندس، الـ tomcat بتاع البورتال مش راضي يقوم، في catalina.out مكتوب:
java.net.BindException: Address already in use (Bind failed) <null>:8080
عملت restart للسيرفر مرتين وبرضه نفس الحكاية`),
    no(`ya basha el web portal mesh fate7 mn el sob7, catalina bet2ol address already in use 3ala 8080. fi 7aga tanya sha3'ala 3ala nafs el port?`),
    no(`هلا والله، ركبنا zabbix على نفس سيرفر الـ VOS وصار الويب ما يفتح، الظاهر apache ماخذ بورت 8080 والـ tomcat يطلع cannot bind`),
    no(`habibi dah mesh VOS, dah el laptop beta3y 😅 npm start bey2ol
Error: listen EADDRINUSE: address already in use :::3000
a3mel eh?`),
    no(`يعطيك العافية، mysql على سيرفر الـ billing ما يشتغل، في اللوق:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?`),
    no(`docker run -p 5060:5060 طلع عندي
Bind for 0.0.0.0:5060 failed: port is already allocated
بدي جرب kamailio بكونتينر على نفس سيرفر الفوس، شو الحل؟`),
    no(`ana rakkabet asterisk 3al server nafso ta3 el vos la2anno baddna IVR, w asterisk 3am y2ol "Unable to bind UDP socket to 0.0.0.0:5060: Address already in use". shu ba3mel?`),
    no(`مرحبا، شغلت mbx3000 مرتين بالغلط (مرة من service ومرة يدوي من الـ shell) والتانية طلعت address already in use على 5060. كيف بقتل النسخة الزيادة بدون ما توقف الأولى؟`),
    no(`nginx -t طالع ok بس systemctl start nginx يطلع:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
السيرفر هذا فيه httpd قديم شكله`),
    no(`اغاتي، البورتال مال الفوس ما دا يفتح من الصبح، الـ tomcat باللوق يگول JVM_Bind على 8080. شنو اسوي؟`),
    no(`salam 3likom khouya, tomcat dyal vos ma bghach ytla3, kaykhrej "Address already in use: JVM_Bind" f port 8080. chi 7ad khdem 3la server lbare7?`),
    no(`fi dev server 3andena el redis mesh rady yeshta3'al:
Could not create server TCP listening socket *:6379: bind: Address already in use
nafs el server 3aleh vos test bas`),
    no(`يا باشمهندس كنت عايز اغير بورت البورتال من 8080 لـ 80 عشان الزباين ما يكتبوش البورت، بس لما غيرته الـ tomcat ما قامش وطلع cannot bind، وطلع إن apache شغال على 80 أصلاً`),
    no(`sorry not vos question 🙏 bas el python app bta3ti bet2ol OSError: [Errno 98] Address already in use kol ma a3mel run tany ba3d ctrl+z`),
    no(`غيرت بورت الـ ssh لـ 8080 عشان الأمان وبعدها البورتال ما عاد يشتغل 🤦‍♂️ اللوق يقول address already in use`),
    no(`wallah ya basha ba3d el reboot el web mesh shaghal, netstat -tlnp | grep 8080 tala3:
tcp 0 0 0.0.0.0:8080 0.0.0.0:* LISTEN 2231/java
w tomcat tany byedrab bind error. howa fi etnen java sha3'aleen?`),
    no(`مسا الخير، الـ vos3000 client ما بفتح الويب، وبلوق تومكات:
SEVERE: Failed to initialize connector [Connector[HTTP/1.1-8080]]
... Address already in use
شو ممكن يكون ماسك البورت؟`),
    no(`الـ freeswitch عندنا الـ profile external ما بيقومش:
Error Creating SIP UA for profile: external (sip:mod_sofia@1.2.3.4:5080)
The likely causes for this are: ... Another application is already listening on the specified address.
هو في حاجة تانية على 5080؟`),
    no(`postgres fel server el gdeed mesh rady yeb2a up, "could not bind IPv4 address 0.0.0.0: Address already in use" 3ala 5432. law sama7t 7ad ybos 3aleh, da 3ashan el CDR export`),
    no(`يا شباب أحد جرب؟ ركبت 3CX تجربة على نفس السيرفر حق الفوس، و3CX يقول SIP port 5060 is used by another application`),
    no(`hala bro, el webserver 7ag el reseller panel ma yishta3'il, yigool port 443 already in use. shakli nasib httpd w nginx ma3 ba3ath`),
    no(`bonjour ya chabeb, 3am jarreb rakkeb el vos 3ala VM jdide lal test. kel shi mashe bas el web portal ma 3am yo2ros, el log:
Caused by: java.net.BindException: Address already in use
    at sun.nio.ch.Net.bind0(Native Method)
el VM kan fiya tomcat tene mn abel ma baaref`),
    no(`saha khouya, el webphone ta3na (node) ma yabdach, EADDRINUSE 0.0.0.0:8443, ki nkilli el process yarja3 wa7do. pm2 raho yrestartih?`),
    no(`8080 already in use بعد تحديث البورتال، مين ماسك البورت؟`),
    no(`غيرنا IP السيرفر ومن بعدها mbx3000 يطلع cannot bind على 5060، الظاهر الـ IP القديم لسه مكتوب في الكونفيج. فين بالظبط اغيره؟`),
    no(`الساعة 3 الفجر عملنا update للـ CentOS وبعدها الـ media server ما قام، بيقول bind failed على بورت 7000. ps طلع في process قديمة لسه عايشة ماسكاه`),
    no(`el grafana ely rakkabnaha lel monitoring mesh bte2oom: "listen tcp :3000: bind: address already in use". mafish 7aga tanya 3al server 3'eer el VOS, meen momken yekon 3ala 3000?`),
  ],
  otherRegistrationCause: [
    no(`السلام عليكم، 20 تلفون عند زبون في الرياض صاروا unregistered من الصبح، وباللوق كله 403 Forbidden. بعدين قال انه غير الباسوورد من البورتال وما حدث الأجهزة 🙄 كيف نغيرها على الكل مرة وحدة؟`),
    no(`el phones kolaha unregistered w el log fih 401 Unauthorized kteer, tala3 el customer 3'ayyar el password embare7 w nesy y2olena`),
    no(`غيرنا الـ public IP للسيرفر امبارح والأجهزة لسه بتسجل على الـ IP القديم، كلهم unregistered. هل لازم نغير على كل جهاز ولا في طريقة أسهل؟`),
    no(`el domain sip.nour-tel.com mesh bey-resolve mn embare7 bel leil, w el gateways kolaha unregistered. el DNS provider 3ando moshkla w bey2olo sa3teen`),
    no(`يا باشمهندس الحساب مال الزبون في البصرة مكتوب expired بالبورتال، هذا السبب ان التلفونات ما دا تسجل؟`),
    no(`الرصيد خلص عند الريسيلر وكل الـ SIP accounts تبعه صارت unregistered، هل الـ VOS بيمنع التسجيل لما الرصيد صفر ولا بس بيمنع المكالمات؟`),
    no(`el license bta3et el VOS kholset enaharda (expiry date 1/7) w ba3deha mafish 7ad bey3mel register 😩 3ayzin renewal beser3a please`),
    no(`ركبنا mikrotik جديد بدل الـ TP-Link في مكتب الزبون بالخبر، ومن بعدها التلفونات unregistered. الحسابات كلها UDP على 5060، والإعدادات بالسيرفر ما تغيرت. ممكن الميكروتك يبلوك UDP؟`),
    no(`wallah el customer bi2ol kel el phones unregistered, tele3 el kahraba ma2tou3a 3andon b Tripoli mn el sobo7 w el UPS fadi 😂`),
    no(`اليوم كل زباين الفايبر من WE في المعادي unregistered، وباقي الزباين تمام. الظاهر عطل عند الـ ISP، في حاجة نعملها من عندنا؟`),
    no(`el router el jdid 3and el zboun ALG mfa33al, el phones bi-register w ba3den b shi dakika bisiru unregistered, w el Contact header fiya private IP 192.168.1.x. kif bitfi el SIP ALG 3a Huawei HG8245?`),
    no(`الزبون يقول الجهاز unregistered بس لما فتحت البورتال لقيته registered عادي، والمشكلة الحقيقية إن المكالمات بترجع 488 Not Acceptable Here. شكله الكودك G729 مش متفعل على الـ gateway`),
    no(`el zoiper mesh bey3mel register 3and customer f Mansoura, ba3d nos sa3a tala3 enno katb port 5080 badal 5060 🙈 sorry ya basha`),
    no(`الـ gateway الجديد عند الزبون في أربيل، حطيناه بالـ VOS على الـ IP القديم وما دا يسجل. الزبون عنده IP dynamic من الـ ISP ويتغير كل يوم`),
    no(`الأكونت انقفل بعد محاولات كتير بالباسوورد الغلط (الزبون كان كاتبه غلط)، كيف نفكه من البورتال؟`),
    no(`ya basha 3amalna upgrade lel mikrotik le RouterOS 7 fel branch bta3 Tanta, w ba3deha 15 phone unregistered. el phones 3ala UDP mesh TCP. momken el default firewall bta3 v7 3amal 7aga?`),
    no(`الزبون عمل factory reset للـ grandstream بالغلط وضاعت الإعدادات كلها، عشان كذا unregistered. تقدر ترسل لي الإعدادات اللي لازم أدخلها؟`),
    no(`في حد لعدد الأجهزة على نفس الحساب؟ لما أسجل الجهاز الثالث الأول يصير unregistered على طول`),
    no(`habibi el reseller mas7 el account bel 3'alat mn el portal el se3a 11 w halla2 el phone unregistered. fi tari2a nraj3o bdoun ma n3id kel el config?`),
    no(`el gateway Dinstar 3am ya3ti "403 Forbidden" 3al REGISTER. ba3den tele3 enno fi space bel akher bel username 🤦`),
    no(`salam, f l bureau dyal client f Casa l internet maqtou3 mn 10 dyal sba7, kolchi unregistered. machi mochkil dyal server, ghir bghit n3lmkom`),
    no(`في الإمارات الـ ISP عندهم يبلوك SIP، التلفونات ما تسجل إلا على VPN. نقدر نغير بورت السيرفر لشي ثاني غير 5060؟`),
    no(`ya3ni el certificate bta3 el TLS 3al server expired embare7 w el phones ely 3ala 5061 kolha unregistered, ely 3ala UDP tamam. meen 3ando el cert el gdeed?`),
    no(`ya basha 3andy customer wara MikroTik NAT, kan shaghal tamam, enaharda el sob7 kollo unregistered. ana shakket fel NAT awel 7aga bas fata7t el sip debug la2eet 401 w ba3deha 403 ... w ba3den el customer 2al enno el IT 3ando 3'ayyar kol el SIP passwords embare7 3ashan security audit. ya3ni mesh 3andena 7aga sa7?`),
    no(`شغلنا DNS جديد للدومين وغيرنا الـ A record بالغلط لـ IP السيرفر الاحتياطي، فكل التلفونات اللي بتسجل بالدومين راحت للسيرفر التاني وظهرت unregistered عندنا`),
    no(`السلام عليكم، تلفونات Yealink عند زبون في عمّان unregistered، ولما فتحت الجهاز لقيت الـ provisioning server اتغير لحاجة غريبة بعد تحديث الـ firmware`),
    no(`shlonak aghati, el phones bel maktab unregistered w el zboun y2ool NAT... bas el router mal ISP jdeed w ma 3indah internet asln, el zboun ma dafa3 el fatora lel ISP 😅`),
  ],
  smallFigures: [
    no(`سلام يا باشمهندس، عندي على السيرفر تقريباً 300 TIME_WAIT، هل هذا طبيعي ولا لازم أقلق؟`),
    no(`ss -s
Total: 412 (kernel 530)
TCP:   187 (estab 61, closed 98, orphaned 0, synrecv 0, timewait 97/0), ports 0
هل الأرقام دي كويسة؟ السيرفر هادي بالليل`),
    no(`eh ya3ni TIME_WAIT asln? shoft el kelma fe netstat w mesh fahem heya error wala 3ady`),
    no(`شو بيعمل SS_TCP_CLOSE_RESET بالضبط؟ شفته بالـ softswitch.conf وما لقيت شرح`),
    no(`should we enable RST? ya3ni 3omoman el a7san On wala Off? mafish moshkla 3andena, bas 3ayez afham abl ma el manager yes2alny`),
    no(`netstat -an | grep TIME_WAIT | wc -l
142
تمام ولا في شي؟`),
    no(`مساء الخير، سؤال عام: ip_local_port_range عندنا 32768 60999، يكفي لسيرفر فيه 40 مكالمة متزامنة تقريباً؟`),
    no(`tcp_tw_reuse حالياً 0، تنصحون نغيره ولا نخليه؟ ما عندنا مشاكل بس نبي نعرف`),
    no(`aghati shlon a3rf kam TIME_WAIT 3indi? w shgad el raqam el tabi3i l server 3lee 100 khat?`),
    no(`after migration lel server el gdeed, ss -s shows timewait 58. CPS 3 bas. kolo tamam, bas el manager 3ayez report 📄`),
    no(`ممكن تشرح الفرق بين FIN و RST بالنسبة لـ SIP على TCP؟ للتدريب بس، عندنا شباب جداد في الـ NOC`),
    no(`kif bsir ba3ref iza el SIP 3anna 3al TCP aw UDP? bas la a3ref eza el RST setting bi2asser 3alayna aw la`),
    no(`فحص يومي الساعة 9:00:
ESTAB 85
TIME_WAIT 212
CLOSE_WAIT 0
كل شي طبيعي صح؟`),
    no(`هل الـ RST بيأثر على التلفونات اللي ورا NAT؟ بسأل قبل ما نفكر نشغله، حالياً Off ومحدش اشتكى`),
    no(`el FortiGate 3andena, law fata7na SS_TCP_CLOSE_RESET hayeb2a fi moshkla? mesh 3amleen 7aga lessa, bas bnes2al`),
    no(`salam, wach 500 dyal time_wait bzaf? server fih 2 clients ghir w kolchi khdam`),
    no(`kam port ephemeral el linux bye3mel by default? w emta momken yekhlaso?`),
    no(`يعطيك العافية، الـ TIME_WAIT يطلع وينزل بين 100 و 250 طول اليوم، طبيعي؟`),
    no(`conntrack -C
1873
net.netfilter.nf_conntrack_max = 65536
نحتاج نكبر الجدول؟ ما في مشاكل حالياً، بس احتياط`),
    no(`what's the default value of SS_TCP_CLOSE_RESET in VOS3000 2.1.8? w law 3'ayyarto lazem restart?`),
    no(`hal lazem a3mel reparse ba3d ma a3'ayyar ay parameter fel softswitch.conf wala restart? sou2al 3am`),
    no(`شفت مقالة تقول لازم tcp_tw_recycle=1 لسيرفرات الـ VoIP، الكلام ده صح؟`),
    no(`عندي 2k TIME_WAIT وقت الذروة والسيرفر شغال تمام بدون ولا error، هل هذا قريب من حد الخطر؟`),
    no(`netstat -s | grep -i reset
    45 connection resets received
    12 resets sent
هل الأرقام دي لها علاقة بإعداد الـ RST؟ السيرفر شغال تمام`),
    no(`ya habibi quick q: el RST bi2asser 3ala TLS? 3anna ba3d el customers 3ala 5061`),
    no(`للمعلومية بس: كم TIME_WAIT يعتبر كثير على سيرفر VOS؟ عندنا 340 الحين الساعة 10 الصبح`),
    no(`fi tool momken a3mel biha monitoring lel TIME_WAIT w tb3at alert 3al whatsapp? dlwa2ti 3andena 180 bas bas 3ayzin nekon ready`),
  ],
  firewallNoRst: [
    no(`السلام عليكم، ممكن تفتحولي بورت 5060 TCP على الـ fortigate عشان زبون جديد في جدة؟`),
    no(`whitelist IP 185.12.44.9 please, da el carrier el gedid, el fortigate bey-block el INVITE bta3o`),
    no(`fail2ban 7abas el IP bta3 el customer f Amman ba3d ma da5al password 3'alat kaza mara, momken unban?`),
    no(`iptables -L -n | grep 41.33
DROP       all  --  41.33.12.7           0.0.0.0/0
مين حط الـ DROP ده؟ ده الـ IP بتاع الزبون`),
    no(`يا جماعة الراوتر حق STC فيه SIP ALG، كيف أطفيه؟ الزبون يشتكي الصوت يطلع من طرف واحد`),
    no(`بدنا نعمل geo-block لكل الدول ما عدا الأردن والسعودية على 5060، بالـ pfSense كيف؟`),
    no(`na3mel rate limit 3al INVITE fel iptables ezay? 3andena SIP scanners kteer bel leil mn 2 le 5`),
    no(`محتاج rule جديدة على الـ ASA تسمح من الكارير 10.20.30.0/24 للـ VOS على 5060 TCP/UDP و RTP من 10000 لـ 20000`),
    no(`عندنا Sophos XG جديد، ايش البورتات اللي لازم نفتحها للـ VOS؟`),
    no(`fail2ban banna 3 IPs f 10 d9ay9, wach normal? kayn friendly-scanner bzaf f logs`),
    no(`بدي احظر friendly-scanner بالـ iptables، شو الأمر؟`),
    no(`date=2024-05-12 time=03:14:22 devname=FGT60F action=deny srcip=45.143.203.11 dstport=5060 proto=17 policyid=0
ده عادي؟ في IPs كتير من برا بتحاول`),
    no(`el web portal 8080 3ayzeeno yefta7 bas mn el office IP, ezzay a3mel kda fel iptables?`),
    no(`nf_conntrack_sip helper, nesakkro wla la? 3am 2ra enno bi3mel mashakel ma3 el SIP`),
    no(`ميكروتك عند الزبون، بدنا نفتح الـ RTP range للسيرفر، الصوت مقطوع من جهة وحدة من أول المكالمة`),
    no(`الفايروول الجديد قفل الـ SSH عليا 😅 مين عنده صلاحية يرجعني؟`),
    no(`ASA: access-list outside_in extended permit udp host 62.1.1.9 host 10.0.0.5 eq 5060 — sa7 keda wala na2es 7aga?`),
    no(`ufw status بيقول inactive بس في iptables rules موجودة، أنهي واحد شغال فيهم؟`),
    no(`khouya, nheb nblocki les appels mn Nigeria w Somalia f firewall, fraud bzaf had lyamat`),
    no(`في pfSense لازم اعمل static port للـ SIP في الـ outbound NAT؟ ولا ما يفرق`),
    no(`الكارير يقول انه الفايروول عندهم عامل limit على 100 CPS منا، وفوقها المكالمات ترجع 503. نقدر نطلب يرفعوه؟`),
    no(`يا باشمهندس محتاجين نقفل بورت 8080 من برا ونخليه من الـ VPN بس`),
    no(`نبي نضيف rule تسمح ESTABLISHED,RELATED قبل الـ DROP الأخير، الترتيب كذا صح؟ (تجهيز سيرفر جديد)
-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -j DROP`),
    no(`الكارير غير IP السويتش حقه ومكالماته ترفض من الصبح، لازم نضيف الـ IP الجديد بالفورتي`),
    no(`اغاتي عدنا فورتيكيت 100F جديد نصبناه اليوم الساعة 4 العصر، المكالمات من الكارير ما دا توصل لأن الـ VIP مو مسوي على 5060، ممكن تساعدني بالـ policy؟`),
    no(`el Palo Alto el gdeed bey3'ayyar fel SIP headers, 3ayez a2fel el SIP ALG / application override 3aleh abl ma n7ot el traffic el 7a2i2i`),
    no(`مشكور يا غالي على فتح البورت، المكالمات ماشية الحين ✅ بس بكرة بنحتاج نفس الشي لكارير ثاني`),
  ],
  negationContext: [
    no(`احنا UDP بس، ما عندنا ولا حساب على TCP، يعني SS_TCP_CLOSE_RESET ما له علاقة بمشكلتنا صح؟ المشكلة عندنا في الصوت المتقطع`),
    no(`RST مطفي ومن يوم ما ركبنا السيرفر ما حد شغله، التلفونات صارت unregistered بعد ما غيرنا الباسووردات بس`),
    no(`el address already in use kan el shahr ely fat, fixed since ba3d ma 3amalna tw_reuse. dlwa2ti kolo tamam, just fyi 👍`),
    no(`just asking for a friend 😅 law 7ad 3ando TIME_WAIT keteer w 3ayez y-fa33al RST, eh el risk? ana mesh 3andy el moshkla di`),
    no(`لقيت في اللوق القديم سطور زي دي تاريخها 2022:
java.net.BindException: Address already in use
هل لازم أقلق؟ السيرفر شغال تمام من سنة`),
    no(`مشكور يا باشمهندس، بعد ما رجعنا SS_TCP_CLOSE_RESET على Off التلفونات كلها رجعت registered ✅ يعطيك العافية`),
    no(`el fix eshta3'al! ba3d tcp_tw_reuse w el port range, TIME_WAIT nezlet mn 25k le 900 w mafish errors fel peak embare7. shokran ya regala`),
    no(`نحكيلك شو صار السنة الماضية: كان عنا fortigate عم يرمي الـ RST والمكالمات تنقطع، وحليناها. هلأ بس بدي اتأكد إنه الإعدادات ما تغيرت بعد التحديث، ما في أي مشكلة`),
    no(`nobody changed anything w el RST Off zay ma howa, bas el phones wara el mikrotik mesh bet-register 3ala UDP mn embare7`),
    no(`ما في أي مشكلة حالياً، بس المدير طلب تقرير عن مشكلة الـ port exhaustion اللي صارت في رمضان. عندكم ملخص؟`),
    no(`mesh moshkla dlwa2ti: el calls kanet bet2a3 3ashan el firewall kan bey-drop el RST, bas rag3na el setting w kolo tamam mn osbo3`),
    no(`التلفونات ورا NAT unregistered بس احنا ما فعلنا RST، لسه Off زي الـ default. وطلع الـ keepalive عند الزبون كان مطفي`),
    no(`للتوضيح: الـ TIME_WAIT الكثير اللي أرسلته أمس كان من سيرفر الويب مو الـ VOS، الـ VOS تمام`),
    no(`الرسالة اللي بعتها امبارح عن cannot bind كانت غلط، طلعت من سيرفر تاني خالص. آسف على الإزعاج 🙏`),
    no(`bashra7 lel team el gdeed: "RST mode bey2alel el TIME_WAIT bas momken ya3mel moshkla m3 el NAT w el firewalls". sa7 keda?`),
    no(`we use UDP only ya basha, ya3ni ma fi TCP connections asasan la el RST. el moshkla enno el calls bet2a3 ba3d 32 sec bzabt`),
    no(`had lmochkil dyal address already in use kan 3andna f 2021, daba machi mochkil. ghir bghit n3ref wach nkhalliw tw_reuse=1 wla nraj3oh`),
    no(`الفورتيجيت ما يرمي الـ RST، تأكدنا بالـ diagnose debug flow والـ RST يعدي عادي. يعني مشكلة انقطاع المكالمات من مكان ثاني صح؟`),
    no(`RST On 3andena mn 6 shhor w el NAT phones shaghaleen tamam, mafish 7ad unregistered. bas bas2al law fi 7aga lazem nراقبها`),
    no(`ما حدا غيّر شي بالسيرفر من شهر، لا RST ولا sysctl، والمكالمات عم تنقطع بس عند زبون واحد بالإسكندرية بسبب النت عنده`),
    no(`محادثة قديمة للأرشيف:
[12/03/2023 22:14] TIME_WAIT 31k والمكالمات واقفة
[12/03/2023 22:40] applied fix
خلاص ما تكررتش من ساعتها، بس حبيت احفظها هنا`),
    no(`i read on your website that RST causes firewall problems, bas 3anna mafish firewall asln, direct public IP. so no issue right?`),
    no(`mesh 3ayez a3'ayyar SS_TCP_CLOSE_RESET, 3ashan fakir enno 3amal moshkla ma3 clients el NAT zaman. 5aleeh Off, el server mesh ta3ban`),
    no(`بعد ما غيرنا باسوورد الـ SIP للفرع، الأجهزة ورا الميكروتك صارت unregistered. الـ RST ما لمسناه أبداً ولا غيرنا شي بالكونفيج`),
    no(`التست اللي عملناه بالـ lab الأسبوع الماضي: شغلنا RST وpfSense رمى الـ RST كـ INVALID، فرجعناه Off. كان مجرد تجربة مو على البرودكشن، والبرودكشن ما انلمس`),
    no(`فكرتها port exhaustion بس طلع ان الكارير هو اللي واقع، الـ TIME_WAIT عندنا 200 بس 🙏 سوري على الإزعاج`),
    no(`يعني لو أنا مش مفعّل RST أصلاً، الفايروول هيرمي إيه؟ 😅 المكالمات بتقع عندنا بس الـ setting على Off من يوم ما ركبنا`),
  ],
  portExhaustion: [
    pe(`السلام عليكم يا باشمهندس، من الساعة 9 بالليل المكالمات بتفشل واللوق مليان:
cannot bind local address: Address already in use
الـ CPS عندنا وصل 150 تقريباً`),
    pe(`ss -s
Total: 31245 (kernel 31500)
TCP:   30870 (estab 512, closed 30102, orphaned 3, synrecv 0, timewait 30098/0), ports 0
el server bey2af fel peak, el calls mesh betetla3`),
    pe(`netstat -an | grep TIME_WAIT | wc -l
28412
wallah ya basha kol yom 3and el peak nafs el 7kaya, mafish TCP connection gdeed byetfete7`),
    pe(`هلا، السيرفر وقت الذروة بعد العشا ما يفتح اتصالات TCP جديدة للكاريرات، والـ TIME_WAIT فوق 25 ألف`),
    pe(`اغاتي عدنا مشكلة كل يوم من الساعة 8 للـ 11 بالليل، المكالمات الطالعة على TCP تفشل، واللوق يگول EADDRINUSE`),
    pe(`marhaba, el softswitch 3am ytalle3 "BindException" kel ma yfout el traffic 3al 200 CPS. ba3d nos se3a byerja3 mnee7 la7alo`),
    pe(`يا جماعة عندنا 40 ألف time_wait 😱 والمكالمات بتضرب من ساعة الذروة`),
    pe(`sysctl net.ipv4.ip_local_port_range
net.ipv4.ip_local_port_range = 32768	60999
sysctl net.ipv4.tcp_tw_reuse
net.ipv4.tcp_tw_reuse = 0
ده الإعداد الحالي، والمشكلة إن وقت الذروة السيرفر بيقول address already in use على الاتصالات الطالعة`),
    pe(`mbx3000 log:
2024-06-02 21:47:13 ERROR tcp connect to 41.65.2.10:5060 failed: Cannot assign requested address
2024-06-02 21:47:13 ERROR tcp connect to 41.65.2.10:5060 failed: Cannot assign requested address
تتكرر آلاف المرات وقت الزحمة وبعدين المكالمات توقف`),
    pe(`salam, had liyam mnin kaytla3 traffic f l3chiya, server kaywa99af ma kaydir ta connexion TCP jdida. netstat fih chi 30 alf TIME_WAIT`),
    pe(`hazar hazar time_wait 3al server w el calls wa2fe 🙏 urgent`),
    pe(`صباح الخير، عندنا سيرفر VOS3000 بيخدم حوالي 3 كاريرات على SIP TCP. من أسبوع تقريباً لما بييجي وقت الذروة من 7 لـ 10 بالليل المكالمات بتبدأ تفشل بنسبة كبيرة. عملنا netstat لقينا أكتر من 27 ألف اتصال في TIME_WAIT. بعد الذروة كل حاجة بترجع طبيعي، والـ CPU والرام تمام. إيه الحل؟`),
    pe(`في رمضان بعد الفطار الترافيك بيضرب والسيرفر يقول cannot bind، عادي عندنا 60 CPS وبيوصل 300 وقت الفطار`),
    pe(`ports 0 🤔 w timewait 29k fe ss -s, w el carrier bey2ol mafish SYN bywsal mn 3andena fel peak`),
    pe(`السيرفر ما عاد يسوي اتصالات جديدة على TCP، اللوق كله "address already in use" والتايم ويت 35k، والحين ذروة الساعة 10`),
    pe(`el moshkla bas fel peak: 28k TIME_WAIT w errors EADDRINUSE 3al outgoing. ne3mel eh? RST? tw_reuse?`),
    pe(`shlonak habibi, el calls tfshal bel leil bas, w lgeet bel netstat 22k TIME_WAIT. bel nahar 2k bas`),
    pe(`نسيت احكيلك، وقت ما بتصير المشكلة الـ ss -s بيعطي timewait حوالي 31000 والمكالمات الطالعة بتوقف`),
    pe(`ya basha voice typing sorry: el server bey2ool adress all ready in use kol ma el traffic yezeed bel leil, w el calls bet2a3`),
    pe(`bonsoir, kel lele 3al se3a 9 bisiru el calls yfashlo, el log mlyan BindException w cannot bind. el traffic kello 3al TCP la carrier wa7ad kbir`),
    pe(`for i in 1 2 3; do ss -tan state time-wait | wc -l; sleep 60; done
18233
24519
30876
الرقم بيطلع بسرعة كل دقيقة والمكالمات بتقع مع الذروة`),
    pe(`khouya, serveur ta3na ki yatla3 CPS l 120 w fo9, ywalli ma y7elch connexions jdad, "address already in use" f logs. kol lil ybda men 20h`),
    pe(`📞 calls failing since 8:30pm, TIME_WAIT 33k, outgoing TCP to carriers failing "cannot bind". same thing yesterday. server in Dubai`),
    pe(`يعني إحنا زودنا الترافيك من 50 CPS لـ 200 CPS والسيرفر من يومها بيفصل في الذروة، address already in use في اللوق`),
    pe(`السلام، السيرفر ديالنا كيطيح فالذروة، كاين بزاف ديال TIME_WAIT (28 ألف) والمكالمات ماكاتدوزش`),
    pe(`hala bro, el server ygool "Cannot assign requested address" wagt el zo7ma, w TIME_WAIT 30 alf. wish el sabab?`),
    pe(`الساعة 11:15 بالليل:
# ss -s | grep TCP
TCP:   41022 (estab 880, closed 40011, orphaned 0, synrecv 0, timewait 40002/0), ports 0
الكاريرات بيقولوا ما بيوصلهمش INVITE`),
    pe(`وعلى فكرة ip_local_port_range عندنا لسه الافتراضي، والمشكلة بتحصل بس لما الـ CPS يعلى وبيظهر bind error`),
    pe(`moshkla mn embare7: peak 7-11, outgoing sip tcp bind failed, netstat 26k TW. fix please 🙏 bnekhsar felous`),
    pe(`مسا الخير استاذ، عنا سيرفر VOS بيشتغل تمام طول النهار، بس من الساعة 8 المسا لما يزيد الضغط (شي 180 CPS) بيصير الـ mbx3000 يكتب باللوق "bind: Address already in use" وبتوقف المكالمات الطالعة عالـ TCP. جربنا نعمل restart بيمشي الحال شوي وبترجع. netstat بيعطي تقريباً 29 ألف TIME_WAIT. شو الحل؟`),
  ],
  natUnregistered: [
    nat(`السلام عليكم، امبارح فعلنا SS_TCP_CLOSE_RESET=On عشان الـ TIME_WAIT، والنهارده كل التلفونات اللي ورا NAT بقت unregistered`),
    nat(`ba3d ma 5alena el RST On, el softphones bta3et el customers wara el home routers kolhom unregistered. el clients ely 3ala public IP tamam`),
    nat(`من يوم ما شغلنا الـ RST mode، الأجهزة اللي ورا ميكروتك تفقد تسجيلها كل شوي، وكلها SIP over TCP`),
    nat(`اغاتي الـ zoiper مال الزباين يطلع unregistered بعد ما غيرنا SS_TCP_CLOSE_RESET لـ On البارحة، كلهم ورا راوترات بيتية`),
    nat(`wallah ya basha mn sa3et ma fa3alna el RST el phones ely wara NAT bey-drop el registration kol 5 d2aye2. transport TCP`),
    nat(`grep SS_TCP_CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
da ba3d el change bta3 embare7. w dlwa2ti el branch offices (kolha wara NAT) unregistered`),
    nat(`salam, mnin bdelna SS_TCP_CLOSE_RESET l On, les téléphones li mor NAT f les agences walaw unregistered. kolhom TCP 5060`),
    nat(`el team 3amalo tuning lal server (RST on + tw_reuse) w ba3da kel el IP phones bel mkateb wara el routers 3am ybayno offline bel portal`),
    nat(`يا باشمهندس عملنا الإعدادات اللي اتفقنا عليها الأسبوع اللي فات عشان مشكلة الـ TIME_WAIT (SS_TCP_CLOSE_RESET=On وعملنا reparse). مشكلة الـ TIME_WAIT اتحلت فعلاً، بس ظهرت مشكلة تانية: كل الزباين اللي عندهم تلفونات ورا NAT (راوترات عادية في البيوت والمكاتب) بيقعوا من التسجيل كل شوية. اللي على public IP مفيهمش حاجة. الأجهزة Yealink و Grandstream على TCP.`),
    nat(`📵 NAT users unregistered since RST enabled on Sunday. UDP users fine. shu na3mel?`),
    nat(`يعطيك العافية، الزبون في الدمام يقول كل التلفونات ورا الراوتر صارت unregistered، وأنا أمس مفعل RST على السيرفر، فيه علاقة؟`),
    nat(`و ع فكرة كل الأجهزة اللي طاحت ورا NAT، والـ RST انفعل قبلها بساعة تقريباً`),
    nat(`mikrotik 3and el customer, el phones 3ala TCP, kanu shaghaleen tamam le7ad ma 3amalna RST On. dlwa2ti kol shwaya "Registration failed" 3al yealink`),
    nat(`بعد تفعيل وضع الـ RST، الـ gateways الصغيرة (Dinstar) اللي ورا NAT عند الموزعين بتفقد التسجيل`),
    nat(`ya basha the phones behind the nat are unregistered after we put the r s t on yesterday sorry voice note typing`),
    nat(`مرحبا، بعد ما شغلنا SS_TCP_CLOSE_RESET، التلفونات اللي ورا NAT صار يطلعلها "No service" وبترجع بس لما نعمل reboot للراوتر`),
    nat(`saha, depuis ma activina RST f VOS, les softphones ta3 les clients derrière la box (NAT) ma yab9awch registered, TCP`),
    nat(`register log:
10:02:11 REGISTER from 10.0.0.23 via 94.56.3.7:41822 (TCP) 200 OK
10:03:40 TCP connection reset by server
10:05:12 REGISTER timeout 94.56.3.7
من يوم تفعيل RST كل الأجهزة ورا NAT كذا`),
    nat(`kol el extensions el remote (wara NAT) offline fel portal mn sa3et ma 3'ayyarna SS_TCP_CLOSE_RESET=On 3ashan el TIME_WAIT issue`),
    nat(`habibi, el zba'in bel bait (wara router) kollhum unregistered min fa33alna el RST el sbu3 el fat. el office ely 3indah static IP zein`),
    nat(`استاذ، التلفونات بالمكاتب ورا NAT عم تطلع unregistered، وصار هالشي من وقت ما حطينا RST on بناءً على نصيحتكم`),
    nat(`عملنا reparse بعد ما غيرنا SS_TCP_CLOSE_RESET="On" الساعة 2 الظهر، ومن 2 ونص الزباين اللي ورا NAT بيشتكوا إن التلفونات unregistered`),
    nat(`RST on → NAT phones unregistered. rollback?`),
    nat(`el customer fi Sharjah ygool el softphone (MicroSIP over TCP) ysawwi register w ba3den y6ee7 ba3d d2ee2a. 3indah NAT. w e7na fa33alna el RST 2abl yomain`),
    nat(`خويا من نهار درنا RST On فالسيرفر، التيليفونات اللي مور الراوتر (NAT) كيطيحو unregistered`),
    nat(`يا باشمهندس الزباين اللي على راوترات 4G (يعني NAT) كلهم unregistered من بعد تعديل الـ RST، بس أصحاب الفايبر اللي عندهم public IP شغالين`),
    nat(`ana 3malt el changes el ma2tu7a: SS_TCP_CLOSE_RESET On. el TIME_WAIT nezel, bas ya 7asrety el phones wara NAT mesh bet-register tany`),
    nat(`el portal "online phones" kan 420 embare7, enaharda 130 bas. el fr2 kolo mn el branches ely wara NAT. el 7aga el wa7eeda ely et3'ayyaret: RST mode on`),
    nat(`السلام عليكم ورحمة الله، عندنا مشكلة من يوم الخميس. حنا فعلنا SS_TCP_CLOSE_RESET لأن واحد من الشباب نصحنا نقلل الـ TIME_WAIT. من بعدها التلفونات عند الفروع (كل فرع وراه راوتر ميكروتك مسوي NAT) تسجل وبعد دقايق تصير unregistered وترجع تسجل وهكذا. الأجهزة كلها TCP لأن الـ UDP كان يتقطع عندنا. وش الحل؟`),
    nat(`phones behind NAT keep flapping registered/unregistered, started right after RST mode on. sip tcp. server in Cairo, clients in Giza`),
  ],
  firewallRst: [
    fw(`السلام عليكم، بعد ما فعلنا SS_TCP_CLOSE_RESET=On المكالمات بقت بتفشل، ولوق الـ fortigate فيه الـ RST packets مرفوضة`),
    fw(`iptables -L -v -n | grep INVALID
  45K 2.7M DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
el counter bey-zeed mn sa3et ma fa3alna RST, w el calls bet2a3`),
    fw(`ASA logs after RST on:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 62.1.1.9/43122 flags RST on interface inside
المكالمات مع الكارير تعلق`),
    fw(`من شغلنا وضع الـ RST، المكالمات اللي تعدي من الـ Palo Alto تعلق وما تنقفل، والـ PA يرمي الـ RST`),
    fw(`pfsense bey-block el RST packets ka-invalid ba3d ma 3'ayyarna el setting le On, w nos el calls bet-fail`),
    fw(`اغاتي من يوم فعلنا RST، الفورتيكيت دا يذب الـ RST والمكالمات تنقطع بنص الطريق`),
    fw(`el sophos 3am y2ol "dropped invalid packet" 3al TCP RST ely tal3a mn el VOS, w hayda ballash mn wa2et ma 7atayna RST on. el calls 3am tenfesel`),
    fw(`conntrack -S
cpu=0 found=0 invalid=48211 ignore=0 insert=0 drop=0
el invalid 3am yetla3 b sor3a mn lamma 7atayna SS_TCP_CLOSE_RESET=On w el calls 3am to2ta3`),
    fw(`بعد تغيير SS_TCP_CLOSE_RESET لـ On، في مكالمات بقت صوت من طرف واحد وبعدين تقع، والـ firewall اللي قدام السيرفر stateful (fortigate 200E)`),
    fw(`mnin activina RST, l'appels kaytqat3o, w firewall (FortiGate) kayloggi deny 3la TCP RST "no session matched"`),
    fw(`diagnose debug flow:
id=20085 trace_id=12 func=print_pkt_detail msg="vd-root received a packet(proto=6, 10.0.0.5:5060->41.65.2.10:38211) flags=[R.]"
id=20085 trace_id=12 func=resolve_ip_tuple_fast msg="no session matching"
ده من ساعة ما فعلنا RST والمكالمات بتقع`),
    fw(`يا شباب الكول يعلق بعد ما ينتهي، الطرف الثاني يظل مفتوح، وهذا بدا بعد ما فعلنا RST والفايروول عندنا Palo Alto stateful`),
    fw(`voice typed sorry: the calls are dropping since we put the reset mode on and the firewall is eating the reset packets`),
    fw(`مرحبا، الكارير عم يحكيلنا إنه الفايروول عندهم (ASA) عم يرفض الـ RST اللي جاي منّا من وقت ما فعلنا الـ RST mode، وصارت المكالمات معهم تفشل`),
    fw(`RST on + FortiGate = calls failing 😩 any workaround?`),
    fw(`kernel: INVALID_DROP: IN= OUT=eth0 SRC=10.0.0.5 DST=197.45.8.20 LEN=40 PROTO=TCP SPT=5060 DPT=51234 WINDOW=0 RES=0x00 RST URGP=0
da mn el iptables 3al server, bada2 ba3d ma fa3alna RST, w el calls bet-fail 📉`),
    fw(`صباح الفل يا هندسة، الأسبوع اللي فات عملنا إعدادات الـ RST عشان الـ TIME_WAIT، وفعلاً الـ TIME_WAIT نزل. بس من ساعتها في مكالمات كتير بتفشل خصوصاً مع الكارير اللي عنده فايروول قدامه. فريق الـ network عندهم قالوا إن الـ firewall بيعتبر الـ RST packets دي invalid وبيرميها، والـ session بتفضل معلقة عنده وأي INVITE جديد بيترفض. نعمل إيه؟`),
    fw(`hala, el calls t6ee7 min fa33alna el reset, w el fortinet y7ot el RST "deny" fel log. wish nsawi?`),
    fw(`pfSense firewall log: "Block TCP:R 10.0.0.5:5060 -> 82.201.4.7:39012" mn saa3t ma 7atena RST On. calls fail 50%`),
    fw(`استاذ المكالمات عم تعلق بعد ما تخلص، والـ iptables عنا عم يعلّم الـ RST كـ INVALID ويرميها، وهالشي بلّش بعد ما فعّلنا SS_TCP_CLOSE_RESET`),
    fw(`khouya el appels ywaqfou f nes, w firewall ta3 datacenter (stateful) yblocki RST, depuis ma bedelna el paramètre l On`),
    fw(`نسيت اقولك الفايروول عندنا stateful (ASA 5516) وهو اللي بيرمي الـ RST، والمشكلة بدأت مع تفعيل الـ RST mode`),
    fw(`el calls 3am tetla3 w ba3den b3ed shi 10 sec tenfesel, el FortiGate 3am ya3mel drop lal RST, kello bada ba3d ma fa33alna SS_TCP_CLOSE_RESET`),
    fw(`يا باشمهندس المكالمات بقت one-way أو بتقفل لوحدها من امبارح بعد تفعيل الـ RST، والـ firewall بتاع الداتا سنتر بيدروب الـ RST packets`),
    fw(`tcpdump -ni eth0 'tcp[tcpflags] & tcp-rst != 0 and port 5060' — shayfeen el RST tal3a mn el server bas mesh wasla lel carrier, fi firewall stateful benna. bada2 ba3d RST=On`),
    fw(`شباب الفايروول مال الداتا سنتر (fortigate) يطب الـ RST باكيتات بالـ log كـ invalid، والمكالمات تطيح. من فعلنا وضع الـ RST الجديد`),
    fw(`show counter global filter delta yes | match drop
flow_tcp_non_syn_drop    8812
el Palo Alto bey-drop el RST ely tal3a mn el VOS mn sa3et RST mode, w el calls bet-hang`),
    fw(`الـ CSF على السيرفر نفسه (iptables) صار يسجل INVALID على الـ RST الطالعة بعد تفعيل RST، والمكالمات تفشل`),
    fw(`من نهار شعلنا RST فالـ VOS، المكالمات كتقطع والفايروول (Sophos) كيبلوكي الـ RST`),
    fw(`assalamu alaikum, 3indna moshkila min youm el a7ad: fa33alna SS_TCP_CLOSE_RESET 3ala nasee7at el support 3ashan el TIME_WAIT. el TIME_WAIT nazal zain, bas el calls ma3 el carrier el Saudi ely 3indah FortiGate sarat tefshal aw tengeta3. 6alabna mnhom log w galo el firewall y7ot el RST packets "deny" w el session tg3od m3allaga 3indahum. wish el 7al ya shabab?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning144Set: readonly EvalItem[] = Object.values(tuning144Families).flat();
