import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP operators and their technicians in Egypt, the Gulf, Iraq, the Levant, Libya, Tunisia and Morocco type fast
 * on a phone in their Arabic dialects, in Arabic script and in Arabizi, with French from the Maghreb and English
 * technical words: typos, voice-to-text slips, follow-ups in a running chat, pasted command or log output.
 *
 * The hundred-and-forty-eighth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written as a
 * never-tuned set in the largest markets' languages, after the fifty-fifth round of rules, by someone who had
 * read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in
 * view; measured once as such, then made tuning material for the fifty-sixth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 86.7 %, negatives confident 4.4 %, confident wrong 0 % with the
 * rules of the fifty-fifth round.
 */
export const tuning148Families = {
  oneListeningPort: [
    no(`يا هندسة التومكات مش راضي يقوم بعد الريستارت، في الكتالينا مكتوب Address already in use على 8080 😩`),
    no(`SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
ده اللي ظاهر في catalina.out بعد ما عملت reboot للسيرفر، البورتال مش فاتح`),
    no(`السلام عليكم، ركبنا nginx على نفس سيرفر الفوس عشان صفحة الريسيلرز وما يشتغل، يقول bind() to 0.0.0.0:80 failed (98: Address already in use)`),
    no(`ana 3amel script python so3'ayar 3al laptop bta3y w kol ma a3mel run y2oly OSError: [Errno 98] Address already in use.. port 5000. a3mel eh?`),
    no(`mysqld ما يقوم، في اللوق:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
شباب شلون اعرف منو ماخذ البورت؟`),
    no(`docker: Error response from daemon: driver failed programming external connectivity on endpoint kamailio-test: Bind for 0.0.0.0:5060 failed: port is already allocated.
حبيبي كنت ابي اجرب كاميليو بكونتينر جنب الفوس`),
    no(`نصبت asterisk على نفس الماكنة للتجربة وما يصعد، chan_sip يگول unable to bind 5060, address already in use. شنو الحل اگدر اغير البورت مالته؟`),
    no(`bonjour, j'ai lancé mbx3000 deux fois par erreur, la 2ème instance dit address already in use sur 5060. نعمل kill للقديمة ولا شنوة؟`),
    no(`salam, l'interface web dyal vos ma bghatch tftah, tomcat kaytla3 error port 8080 déjà utilisé. l9it jenkins dyal l'équipe dev khdam 3la nfs port 🙄`),
    no(`مرحبا، بدي اشغل phpmyadmin على apache بس بيطلعلي (98)Address already in use: AH00072: make_sock: could not bind to address [::]:80 .. في اشي تاني ماسك البورت`),
    no(`netstat -tlnp | grep 8080
tcp   0   0 0.0.0.0:8080   0.0.0.0:*   LISTEN   2231/java
هاد التومكات القديم ما انطفى؟ عشان هيك الجديد مش راضي يشتغل؟`),
    no(`السلام، سيرفر التسجيلات (recording) ما يبيش يقوم، يقول cannot bind port 8000 already in use. شن نديرو؟`),
    no(`البورت تمانين تمانين مستخدم يا باشا البورتال مش فاتح من ساعة ما نزلت التحديث`),
    no(`redis-server يطلع: Could not create server TCP listening socket *:6379: bind: Address already in use .. هل له علاقة بالفوس ولا لا؟`),
    no(`Error: listen EADDRINUSE: address already in use :::3000
ده على لابتوب المبرمج مش على السيرفر، بس هو قالي اسألكم 😅`),
    no(`غيرت بورت الssh ل 5060 بالغلط 🤦‍♂️ ودلوقتي sshd مش بيقوم:
error: Bind to port 5060 on 0.0.0.0 failed: Address already in use.
الحمد لله لسه فاتح session قديمة`),
    no(`ياخي الويب مال الفوس طايح، catalina يقول java.net.BindException: Address already in use: JVM_Bind 8443 .. هذا عقب ما شغلنا startup.sh مرتين ورا بعض`),
    no(`aku mushkila b el web portal, tomcat ma da y2oom, y2ool port 8005 already in use. shlon a3rf yaa process 3alay?`),
    no(`wach normal mlli kan3awed ndémarrer httpd kayban "could not bind to 0.0.0.0:443"? kan 3ndi certbot standalone khdam f nfs lwe9t`),
    no(`ya5i el freeswitch test eli 7atitou 3al serveur mte3 el lab ma y9oumch: "Socket bind failed 5080 Address already in use". n7eb na3ref chkoun 9a3ed 3leha`),
    no(`zabbix_agentd ما يشتغل: cannot bind to port 10050: [98] Address already in use .. ركبته مرتين مرة من yum ومرة من tar.gz`),
    no(`صباح الخير، mbx3000 نازل، لما بشغله يدوي بيطلع bind 0.0.0.0:5060 failed. بعدين اكتشفت انو في نسخة تانية شغالة من سكربت الwatchdog اللي بيعمل start لحاله`),
    no(`هو ينفع اغير بورت التومكات من 8080 ل 8090؟ عشان في برنامج تاني محتاج ال8080`),
    no(`lsof -i :8080
java    1123 root   49u  IPv6  TCP *:webcache (LISTEN)
java    4410 root   12u  IPv6  TCP *:webcache (LISTEN)
اتنين java؟؟ يعني التومكات شغال مرتين؟`),
    no(`salam khoya, tool el billing 3al PC ya3tini "port 9090 already in use" ki nftah zouz nos5at menha. shn el 7al?`),
    no(`الموظف الجديد ركب XAMPP على لابتوبه وApache ما يشتغل: Port 80 in use by "Unable to open process" with PID 4 😂 وش ذا؟`),
    no(`شباب grafana على البورت 3000 ما يصعد: bind: address already in use. ما ادري اذا هو من الفوس لو لا، نفس السيرفر`),
  ],
  otherRegistrationCause: [
    no(`التليفونات كلها unregistered من الصبح، طلع ان العميل غير الباسورد بتاع الاكاونت على الفوس ونسي يقول للفني 🙄`),
    no(`الجوالات ورا المايكروتك ما تسجل، بس ترا احنا UDP بس، والمشكلة بدت لما غيرنا الراوتر امس حق الفرع`),
    no(`السوفت فون Zoiper بيطلع 403 Forbidden، وطلع ان الاكاونت expired من اول الشهر. ممكن تجددوه؟`),
    no(`الجيتواي ما يرجستر، طلع IP السيرفر تغير عقب ما نقلنا الداتا سنتر ونسينا نعدله بالجيتواي 🤦`),
    no(`salam, les téléphones mab9awch registered, f logs: 401 Unauthorized. lclient beddel le mot de passe dyalo o ma galinach`),
    no(`el compte mte3 el client balance 0, w el phones lkol unregistered. ma5allasch men jem3a 😅 nsakrou walla nestannaw?`),
    no(`الانترنت مال الزبون مقطوع من الصبح، ايرثلنك عندهم عطل بالمنطقة، فطبيعي التلفونات unregistered صح؟`),
    no(`الهواتف بالمكتب كلها طافية وunregistered، طلع في قطعة كهربا والـ PoE switch ما رجع اشتغل`),
    no(`شغلوا SIP ALG على راوتر هواوي عند الزبون والتلفونات صارت تطير من التسجيل، احنا UDP. طفيناه ورجعت تمام، بس ليش صار هيك؟`),
    no(`غيرنا الدومين sip.almadar-tel.ly لسيرفر جديد والـ DNS لسه ما تحدثش عند بعض الزبائن، فالاجهزة يحاولو يسجلو على القديم ويطلعو unregistered`),
    no(`الفوس يطلع license expired من امس والتلفونات ما تسجل، متى تجددون الرخصة؟`),
    no(`الخط registered عادي بس المكالمة ما تكمل: 488 Not Acceptable Here، الجهاز عليه G729 بس والكارير يبي G711`),
    no(`el grandstream msh bey3mel register, tele3 en el mac address mtsagel 3ala account tany w el provisioning server b3atlo config 3'alat`),
    no(`المايكروتك عند الزبون سوى reset لحاله بعد ما انقطعت الكهرباء ورجع على الكونفيج الافتراضي، فالـ port forward راح. الاجهزة unregistered`),
    no(`شهادة TLS مالتنا expired امس بالليل والاجهزة اللي على TLS كلها ما تسجل، اللي على UDP عادي`),
    no(`طلع اكو limit على عدد الاجهزة بالاكاونت: 5، والزبون ضايف 8. لهيج 3 منهم دايماً unregistered`),
    no(`التلفونات بفرع الزرقاء unregistered، لقيت الـ IP تبعهم مبلوك بالـ fail2ban من كتر المحاولات بعد ما حدا غلط بالباسورد`),
    no(`Bonsoir, depuis le changement de box Topnet chez le client, les postes ne s'enregistrent plus. On est en UDP 5060. Le nouveau modem bloque peut-être le port?`),
    no(`l'IP publique dyal lclient tbdlat (IAM, IP dynamique) w 7na dayrin IP authentication 3la gateway, donc ma b9ach kayregistri`),
    no(`الاكونت اتوقف عشان الفاتورة مدفعتش يا فندم فالاجهزة مش مسجلة، ممكن تفتحوه لحد بكرة والتحويل هيوصل`),
    no(`جوال اندرويد عليه linphone ما يسجل على واي فاي الفندق بس على الـ 4G يسجل. شبكة الفندق حاجبة كل شي غير 80 و443`),
    no(`الجهاز يبان unregistered في الفوس، وكي مشيت للمكتب لقيت كيبل الشبكة مفصول 🤦‍♂️ سامحوني`),
    no(`الفني حاط outbound proxy غلط بالـ Yealink (IP السيرفر القديم) لهيج ما يسجل، صححته وصار registered`),
    no(`3 اجهزة بس unregistered من اصل 40، كلهم نفس الموديل T46 وعملولهم firmware upgrade امبارح. الباقي تمام`),
    no(`الاجهزة ما ترجستر ويطلع 404 Not Found، طلع الاكستنشن 2210 ممسوح من phone list بالغلط`),
    no(`ya basha el softphones fe far3 Alex kolaha unregistered, el ISP (WE) 2al 3andohom outage fel mante2a l7ad el sa3a 5`),
    no(`el client 3mal firewall jdid w ma 7allech 5060 UDP lel serveur mte3na, donc el postes unregistered. 9otlou yzid el règle`),
  ],
  smallFigures: [
    no(`netstat -an | grep TIME_WAIT | wc -l
312
ده طبيعي ولا لازم نقلق؟ السيرفر هادي النهارده`),
    no(`وش معنى TIME_WAIT بالضبط؟ شفتها بالـ netstat وانا افحص السيرفر`),
    no(`ss -s
Total: 486 (kernel 512)
TCP:   221 (estab 58, closed 140, orphaned 0, synrecv 0, timewait 138/0), ports 0
هالارقام زينة؟`),
    no(`salam, chno kaydir had le paramètre SS_TCP_CLOSE_RESET? 9rit 3lih f manual walakin mafhmtch mzyan`),
    no(`n7eb nes2el: nfa3lou RST walla nkhalliwh Off? ma3andna 7atta mochkla, juste n7ebou na3rfou el best practice`),
    no(`عندي 250 time_wait بالليل، والصبح تصعد 700. هذا طبيعي؟ الـ CPS عدنا واطي حوالي 5`),
    no(`شو الفرق بين FIN و RST؟ سؤال نظري بس 🙏`),
    no(`الكونترك عندي nf_conntrack_count = 1840 والـ max 65536، فيه مشكلة؟`),
    no(`ip_local_port_range عندنا 32768 60999 الافتراضي، محتاجين نوسعه؟ الترافيك عندنا حوالي 40 كول متزامنة بس`),
    no(`تايم ويت ثلاث مية وكم هل هي كثيرة يا مهندس`),
    no(`هل لازم نفعل tcp_tw_reuse من الحين ولا ننتظر لين تصير مشكلة؟ عندنا 200 مكالمة بالذروة بس`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     45 ESTABLISHED
     12 LISTEN
     96 TIME_WAIT
كل اشي منيح؟`),
    no(`Bonjour, est-ce que SS_TCP_CLOSE_RESET a un effet si tous nos trunks sont en UDP? juste pour comprendre`),
    no(`3andi 80 connexions f TIME_WAIT, wach khass ndir chi 7aja? le serveur jdid, ba9i ma khdamch bzaf`),
    no(`shlon a3rf kam TIME_WAIT 3ndi? ay command? bs 7ata at2akad kolshi zain`),
    no(`العميل بيسأل: ليه الـ RST مش مفعل by default لو هو بيمنع TIME_WAIT؟ عايز اشرحله`),
    no(`اليوم الساعة 11 الضغط كان عالي شوي، شيكت ss -s: timewait 420. السيرفر ماشي تمام والمكالمات سليمة، بس حبيت اتأكد`),
    no(`كم الرقم الطبيعي لـ TIME_WAIT على سيرفر فوس عليه 150 كول بالذروة؟`),
    no(`sysctl net.ipv4.tcp_tw_reuse
net.ipv4.tcp_tw_reuse = 0
هاذي لازم تكون 1؟ ما عنديش مشكلة حاليا`),
    no(`شفت بوست بالفيسبوك يقول فعلوا SS_TCP_CLOSE_RESET=On دايماً، صح هالكلام؟`),
    no(`health check mta3 el 9a3da: 22 calls active, 64 TIME_WAIT, CPU 7%, RAM 40%. tout va bien?`),
    no(`wach TIME_WAIT kayakol RAM bzaf? 3ndi 500 w server fih 4GB`),
    no(`howa el tcp_fin_timeout bey2asar 3ala el TIME_WAIT wala la2? 3andy 150 bas 7ab afham`),
    no(`بالمراقبة مال zabbix شايف TIME_WAIT يوصل 900 وقت الذروة وينزل ل 100 بالليل، والمكالمات كلها تمام. اتركه لو اسوي شي؟`),
    no(`اذا فعلنا RST شو ممكن يصير للتلفونات اللي ورا NAT؟ بدي افهم قبل ما نقرر، لسا ما غيرنا اشي`),
    no(`cat /proc/sys/net/ipv4/ip_local_port_range
32768   60999
كم بورت هذا يعطيني تقريباً؟`),
    no(`سؤال سريع: الـ SS_TCP_CLOSE_RESET محتاج restart ولا reparse يكفي؟`),
  ],
  firewallNoRst: [
    no(`عايزين نفتح بورت 5060 TCP و UDP على الفورتي جيت للسيرفر الجديد، ممكن حد يبعتلي الخطوات؟`),
    no(`ابغى اسوي whitelist لـ IP الكارير الجديد على iptables، الـ IP هو 185.12.44.7`),
    no(`fail2ban حاظر IP المكتب الرئيسي 😤 شلون افك الحظر؟ fail2ban-client status sshd يطلع فيه`),
    no(`salam, bghit nbloki ga3 les IPs li jayin mn barra l Maroc 3la firewall (geo-blocking), 7it kayn bzaf d scan 3la 5060`),
    no(`el pfSense ta3tina alerts "SIP scan" barcha men IPs mel Russie, n7ebou na3mlou rate limit 3la 5060. kifech?`),
    no(`السيرفر ينضرب friendly-scanner من الصبح والـ CPU صاعد. اريد rule بالـ iptables يحظر user-agent friendly-scanner`),
    no(`لو سمحت بدي rule على الـ ASA تسمح بالـ RTP من 10000 ل 20000 للسيرفر الجديد، الصوت مش واصل لانو البورتات مسكرة`),
    no(`نبو نقفلو بورت 8080 من برا ويكون الويب بس من VPN، كيف نديروها في iptables؟`),
    no(`قفلتوا الـ SIP ALG على راوتر فرع المنصورة؟ الفني بيقول مش لاقي الاوبشن في الـ TP-Link`),
    no(`nf_conntrack: table full, dropping packet
ظهرت امس الساعة 2 الفجر وقت هجوم SIP flood من كم IP. نكبر الـ max ولا نحظر؟`),
    no(`الفورتي قيت عندنا فيه SIP session helper شغال، نشيله ولا نخليه؟ نصحونا نشيله`),
    no(`momken te2oly ezay a3mel allow le range IPs bta3 el carrier fel firewalld? "firewall-cmd --add-rich-rule" mesh zabta m3aya`),
    no(`بدنا نسكر الـ ICMP عالسيرفر، المدير بدو اياه ما يرد على ping. بأثر على اشي؟`),
    no(`Bonjour, le client demande d'autoriser son nouveau SBC 196.200.x.x sur le Palo Alto, il faut ouvrir quoi exactement? 5060 TCP/UDP + RTP?`),
    no(`iptables -L -n | grep DROP
DROP  all  --  45.143.220.0/24   0.0.0.0/0
DROP  all  --  212.83.0.0/16     0.0.0.0/0
hadhom zedthom ena, mriguel? walla nzid 7aja o5ra`),
    no(`نريد نحدد عدد الاتصالات من كل IP على 5060 بالـ iptables (connlimit) لأن اكو واحد دا يسوي brute force على الاكاونتات`),
    no(`Sophos عند الزبون عامل block للـ IP تبعنا بسبب IPS signature، كيف نطلب منهم استثناء؟`),
    no(`حطينا rule جديدة في الميكروتك:
/ip firewall filter add chain=input protocol=udp dst-port=5060 src-address-list=!customers action=drop
هل نسينا حاجة؟`),
    no(`ممكن تساعدني افتح 10000-30000 UDP بالـ firewalld عشان الـ RTP؟ اول مرة اشتغل على CentOS 7`),
    no(`في IP من الصين بيحاول يعمل register كل ثانية بأرقام extensions عشوائية، اعمله block من الفوس نفسه ولا من الفايرول؟`),
    no(`shbab el fortigate 3ndna y7tag policy jdeeda lel server el backup, min y8dr ysawiha el youm?`),
    no(`fail2ban 3ta ban l IP dyal carrier dyalna 7it kaysift bzaf INVITE f tanya, kifach n7ayed lih ban o ndiro f ignoreip?`),
    no(`Bonsoir, est-ce qu'il faut ouvrir le 5061 pour TLS ou bien 5060 suffit? On prépare la migration`),
    no(`الفايروول مال الداتا سنتر (pfSense) يريدون قائمة بالبورتات اللي يحتاجها الفوس، شنو ادزلهم؟`),
    no(`الـ sip alg بالراوتر عند الزبون عامل مشاكل عالـ UDP، الاجهزة بتسجل بس في مكالمات بتوقف بعد 32 ثانية بالزبط`),
    no(`ابغى log لكل محاولة على 5060 بالـ iptables، الـ LOG target وين يكتب؟`),
    no(`الفورتي بيعمل deny لل SIP OPTIONS اللي جاية من الكارير الجديد، في forward traffic log: policy id 0 (implicit deny). محتاجين policy ليه`),
  ],
  negationContext: [
    no(`للعلم احنا شغالين UDP بس، ومفيش ولا جهاز على TCP، فمش فاهم الفني اللي قال المشكلة من الـ RST`),
    no(`SS_TCP_CLOSE_RESET عندنا Off من يوم ركبنا السيرفر وما احد لمسه، والتلفونات طايحة. يعني السبب شي ثاني اكيد`),
    no(`address already in use كانت الشهر اللي فات وانحلت بعد الـ tuning اللي سويتوه، الحين كل شي تمام، بس ابي اشكركم 🙏`),
    no(`merci barcha, ba3d ma 3malna tw_reuse w RST on, TIME_WAIT nzel mel 40k l 2k w el calls tmchi normal`),
    no(`ghir kansowel 3la wa7ed sa7bi, 3ndo mochkil f TIME_WAIT walakin machi client 3ndkom. ana ma3ndi 7ta mochkil`),
    no(`هاي لوگات قديمة من 2022 لگيتها بالسيرفر: "bind failed: Address already in use". هسه ماكو مشكلة بس ردت افهم`),
    no(`التلفونات رجعت registered بعد ما غيرنا الباسورد، ما الها علاقة بالـ RST ولا بالـ NAT، شكراً`),
    no(`السنة اللي فاتت صارت عندنا مشكلة الفورتي يطيح الـ RST والمكالمات تقطع، رجعناه Off وخلاص. توا مافيش مشكلة، نحكيلكم بس للتاريخ`),
    no(`ما حدش غير حاجة على السيرفر ولا على الفايرول، والـ RST زي ما هو off. المكالمات بتقطع بس على كارير واحد`),
    no(`المشكلة اللي كانت بالذروة (الـ TIME_WAIT وصل 30 الف) انحلت بعد الـ fix حق امس. اليوم الذروة عدت وما صار شي 👌`),
    no(`ترا ما عندنا NAT، كل التلفونات عليها public IP مباشر، فالموضوع مو NAT`),
    no(`Pour info: le RST n'a jamais été activé chez nous, vérifié dans softswitch.conf: SS_TCP_CLOSE_RESET="Off". Donc les postes unregistered c'est autre chose`),
    no(`l'incident dyal lbare7 (les appels kay9t3o 3la FortiGate) tsala7, zedna allow l RST w kolchi mzyan daba. merci`),
    no(`ma ku ay BindException b el logs, checkit kolha. el mushkila bas el web page bati2a`),
    no(`هاد مش مشكلة هلأ، بس بدي اوثق شو صار بشهر 3: فعلنا RST والتلفونات ورا الميكروتك طاروا، ورجعناه. للتقرير بس`),
    no(`لا لا مش عايزين نفعل الار اس تي خالص احنا عندنا فايرول فورتي وخايفين من المشاكل خليه اوف زي ما هو`),
    no(`grep TIME_WAIT طلع تقريباً صفر، فمشكلة البورتات مو هي. المكالمات ترفض بـ 503 من الكارير نفسه`),
    no(`مافيش حتى firewall بين السيرفر والكارير، direct link. فالحكاية مش حكاية RST`),
    no(`الموظف اللي قبلي كتب بالتقرير "cannot bind"، بس هذا كان لما شغلوا السيرفر القديم والجديد على نفس الـ IP بالغلط، مو ضغط`),
    no(`اخر مرة وسعتولنا الـ port range لـ 1024 65535 ومن وقتها ما شفنا exhaustion، مشكورين. بدي بس فاتورة الخدمة`),
    no(`el postes derrière NAT mriglin, registered lkol, ma3adech fama mochkla mel wa9t elli rja3na SS_TCP_CLOSE_RESET Off`),
    no(`had l'erreur EADDRINUSE li sifet lik hiya mn test dyal dev f laptop, machi mn serveur VOS, sm7 lia 😅`),
    no(`الكلام ده كان في الترينينج بتاعكم: "RST بيلخبط الـ NAT". احنا معندناش مشكلة، بس عايز الـ slides`),
    no(`سوينا تحديث firmware للـ ASA وبعدها المكالمات صارت تمام، والـ RST اصلاً مو مفعل عندنا`),
    no(`ya akhi el mushkila mo TCP, kl el trunks UDP, el RST ma lah da5l. el calls t6ee7 bs 3la el route 7ag STC`),
    no(`فحصت conntrack -S وما في ولا INVALID، والـ RST اصلاً مش مفعل. المكالمات اللي بتفشل سببها اشي تاني`),
    no(`الحمد لله بعد ما رجعتو SS_TCP_CLOSE_RESET لـ Off الاجهزة رجعت كلها، 120 جهاز registered. نقفلو التكت؟`),
  ],
  portExhaustion: [
    pe(`يا هندسة كل يوم من 8 بالليل لـ 11 المكالمات بتفشل، والسوفت سويتش بيكتب في اللوج cannot bind socket: Address already in use. الـ CPS عندنا بيوصل 180`),
    pe(`ss -s
Total: 61234 (kernel 61890)
TCP:   58807 (estab 1520, closed 57011, orphaned 12, synrecv 0, timewait 56980/0), ports 0

ده وقت الذروة والكولز واقفة`),
    pe(`netstat -an | grep TIME_WAIT | wc -l
28431
والمكالمات الجديدة ما تطلع، السيرفر ما يقدر يفتح كونكشن TCP جديد للكاريرز`),
    pe(`السيرفر عند الذروة يوقف يفتح اتصالات جديدة ويطلع ايرور ادرس اولريدي ان يوز وعندي تايم ويت فوق عشرين الف`),
    pe(`salam, f l'heure de pointe (7h-10h le soir) les appels kayfaliw, f log dyal softswitch: BindException: Address already in use. netstat kaybyen 30k TIME_WAIT`),
    pe(`Bonsoir, à partir de 150 CPS le serveur ne peut plus ouvrir de nouvelles connexions TCP vers les trunks, on a des EADDRINUSE et plus de 25 000 sockets en TIME_WAIT`),
    pe(`شباب عدنا ضغط هواية هاي الايام (رمضان)، بعد الفطور المكالمات تفشل وما تطلع. شفت TIME_WAIT اكثر من 40 الف`),
    pe(`مرحبا، السيرفر تبعنا بالعقبة، كل ما يعلى الترافيك بصير يرفض مكالمات جديدة، وبالـ log تبع mbx3000: connect() failed: cannot bind, address already in use`),
    pe(`الساعة 9 بالليل توا السيرفر مايقدرش يفتح TCP للجيتوايات، TIME_WAIT قاعدة تطلع 35k، والنهار عادي`),
    pe(`el server bey2a3 fel peak, netstat bey2oly 3ashrat alaf TIME_WAIT, w el log fih EADDRINUSE. el sob7 kolo tamam`),
    pe(`ابغى حل للـ TIME_WAIT اللي تتكدس وقت الذروة، وصلت 50 الف والمكالمات وقفت`),
    pe(`cat /proc/sys/net/ipv4/ip_local_port_range
32768   60999
ss -tan state time-wait | wc -l
27901
يعني البورتات خلصت تقريباً؟ الكولز من الساعة 10 تفشل`),
    pe(`Bonjour l'équipe,
voilà la situation: serveur VOS3000 à Casa, trafic wholesale, ~220 CPS en pointe.
Depuis une semaine entre 20h et 23h on perd des appels, le softswitch log "bind: Address already in use" quand il ouvre des connexions TCP sortantes.
netstat: 31 200 TIME_WAIT.
RST est Off (défaut). Vous pouvez regarder svp?`),
    pe(`aku mushkila b el peak, el server ma y7mil, TIME_WAIT 25 alf, w el softswitch y2ool cannot bind. el trunks kolha TCP`),
    pe(`كل يوم الساعة 6 المسا الترافيك بيعلى والسيرفر بوقف يعمل connections جديدة. netstat بيعطيني اكتر من 20 الف time_wait`),
    pe(`عندي تايم ويت تلاتين الف والسيرفر مش بيعرف يبعت انفايت على التي سي بي للكاريرز في الذروة`),
    pe(`java.net.BindException: Address already in use: connect
	at java.net.PlainSocketImpl.socketConnect(Native Method)
هذا يطلع بالـ log وقت الضغط بس، البورتات خلصت؟`),
    pe(`3andna mochkla kbira: kol ma el CPS yetla3 fou9 100, les appels ywalliw yfailiw, w netstat y9olli 28k TIME_WAIT. mel 20h l 22h`),
    pe(`ترا مو اول مرة، كل ليلة جمعة الترافيك يزيد والسيرفر يطلع Address already in use على اتصالات TCP الطالعة. البارحة 45k TIME_WAIT`),
    pe(`عنا port exhaustion عالسيرفر وقت الذروة، بدنا التيونينج اللي بتعملوه`),
    pe(`و نسيت نقولك، الايرور اللي في اللوق هو EADDRINUSE، يطلع بس كي الكولز تزيد في الليل. والتايم ويت 22 الف`),
    pe(`3lach f lil wakha server 9wi kaywa9ef ma kay7elch connexions TCP jdad? ss -s: timewait 38k/0. CPS 170`),
    pe(`sysctl -a | grep -E 'tw_reuse|port_range'
net.ipv4.ip_local_port_range = 32768    60999
net.ipv4.tcp_tw_reuse = 0
ومع الذروة بيجيلنا cannot bind، نعدل ايه بالظبط؟`),
    pe(`ديگول الساعة 11 بالليل السيرفر يعلگ، المكالمات ما تطلع، واللوگ كله address already in use. ss يگول timewait فوگ 30 الف`),
    pe(`السلام عليكم ورحمة الله
عندنا سيرفر فوس بالرياض عليه ترافيك هول سيل، 4 كاريرز على TCP.
من اسبوع تقريباً وقت الذروة (بعد العشاء) تبدأ المكالمات تفشل بالجملة، والرفض من عندنا مو من الكارير.
فحصت: TIME_WAIT حوالي 29,000، والـ log فيه "cannot bind local address".
بالنهار كل شي طبيعي. وش الحل؟`),
    pe(`EADDRINUSE en boucle dans le log dès qu'on dépasse 120 CPS. TIME_WAIT à 26k. Help 🙏`),
    pe(`el server 3ndna kil ma yzeed el traffic y6la3 "address already in use" w ma y8dr ysawi connection jdeed. shft time_wait 18k`),
    pe(`بعد ما زاد عدد الكاريرز ل 6 صار السيرفر بالذروة يفشل باتصالات TCP الجديدة، netstat | grep -c TIME_WAIT طلع 33k`),
    pe(`في الذروة بس: Cannot assign requested address و Address already in use بالتبادل في لوج mbx3000، وعدد TIME_WAIT بيعدي 27 الف. بعد نص الليل بيرجع طبيعي`),
    pe(`TIME_WAIT wslat 40 alf m3a 9 d lil, w les appels ma kayd9och. "cannot bind" f log`),
  ],
  natUnregistered: [
    nat(`من ساعة ما فعلنا SS_TCP_CLOSE_RESET=On امبارح، الاجهزة اللي ورا المايكروتك في فرع طنطا كلها unregistered`),
    nat(`بعد ما شغلتوا الـ RST عشان مشكلة الـ TIME_WAIT، الجوالات اللي عليها سوفت فون بالبيوت (ورا راوترات STC) تطيح تسجيلها كل شوي. كلها SIP TCP`),
    nat(`ترا من عقب التعديل مال RST، التلفونات اللي ورا NAT صارت unregistered، ترجع بعد دقايق وتطيح مرة ثانية`),
    nat(`salam, mlli activitiw RST mode (SS_TCP_CLOSE_RESET On), les postes li wra routeur dyal dar kaywliw unregistered. kolhom SIP TCP`),
    nat(`ba3d ma 3malna RST On, el softphones mte3 el 3omal elli ye5dmou mel dar (derrière box Ooredoo) ywalliw unregistered. el phones fil bureau (IP publique) mriglin`),
    nat(`من فعلنا الـ RST الاجهزة اللي ورا المايكروتك كلها طاحت unregistered. الاجهزة اللي بالداتا سنتر بدون NAT شغالة عادي`),
    nat(`مرحبا، من امبارح بعد ما فعّلتوا RST على السيرفر، تلفونات Yealink بمكتب اربد (ورا راوتر اورنج) بطلت تسجل. شغالين TCP`),
    nat(`توا من بعد ما درنا SS_TCP_CLOSE_RESET On، الجيتوايات اللي ورا NAT في مصراتة يطيحو من الريجستريشن كل ربع ساعة`),
    nat(`ya basha ba3d ma fa3alna el RST, el IP phones elly wara NAT kolaha unregistered, w el gateways elly 3aleha public IP tamam`),
    nat(`ext 201  unregistered
ext 202  unregistered
ext 203  unregistered
... (كلهم ورا MikroTik 192.168.88.x)
ده حصل بعد ما غيرنا SS_TCP_CLOSE_RESET لـ On الساعة 2`),
    nat(`من يوم فعلنا الار اس تي الاجهزة اللي ورا النات ما تسجل يا ريت تشوفونها`),
    nat(`السلام عليكم
امس بالليل الفني عندكم عدل softswitch.conf وخلى SS_TCP_CLOSE_RESET="On" عشان مشكلة البورتات.
اليوم الصبح كل الموظفين اللي يشتغلون من البيت (Zoiper على TCP ورا راوترات زين) طايحين unregistered.
المكتب الرئيسي ما فيه مشكلة. شصار؟`),
    nat(`Depuis l'activation du mode RST hier soir, tous les postes derrière NAT (MikroTik chez les clients) perdent leur enregistrement. SIP sur TCP. Les trunks en IP publique fonctionnent.`),
    nat(`RST On = postes derrière NAT unregistered 😭 depuis ce matin`),
    nat(`shbab ba3d el RST el phones elly wara el mikrotik kolha unregistered, ysawon register w ytee7on`),
    nat(`من وقت ما غيرتو اعداد الـ TCP close لـ reset، السوفت فونز ورا راوترات البيوت برام الله بيروحوا unregistered بعد شوي من التسجيل`),
    nat(`وكمان حاجة: المشكلة بدأت بالظبط بعد الـ reparse اللي عملناه امبارح عشان الـ RST. قبلها الاجهزة اللي ورا الراوتر كانت مسجلة عادي`),
    nat(`عندنا 60 جهاز Grandstream ورا NAT على TCP، كلهم صاروا unregistered بعد ما قلبنا RST على On. الاجهزة اللي على public IP ما تأثرت`),
    nat(`salam, mn ba3d ma 7atina RST on, el telefonat elli wara el router (NAT) kollhom mesh registered. shn nadiro?`),
    nat(`من امبارح المسا بعد تفعيل RST، كل الاجهزة ورا الميكروتك تبعنا بتطلع unregistered عالبورتال. شو صار؟`),
    nat(`بعد التيونينج مالكم (RST + tw_reuse) الـ softphones ورا NAT ما تثبت على التسجيل، كل شوي تطيح`),
    nat(`el postes derrière el MikroTik fil agence mta3 Sfax walla unregistered mel lbera7, ba3d ma activitou el RST. TCP`),
    nat(`grep SS_TCP_CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
mn had lbare7 mlli tbdel, ga3 les softphones wra NAT ma registrawch`),
    nat(`الاجهزة اللي ورا راوترات البيت (NAT) تسجل وبعد شوية تطيح unregistered. بدت من سوينا SS_TCP_CLOSE_RESET On قبل يومين. اللي على UDP ماكو بيها مشكلة بس الـ TCP`),
    nat(`الفونات اللي ورا النات بقت مش رجستر من ساعة ما شغلنا الريست`),
    nat(`enabled RST mode yesterday, now the NATed phones show unregistered — المدير يسأل متى يرجع الوضع`),
    nat(`شو بصير؟ بعد ما فعلنا الـ RST للـ TIME_WAIT، الـ gateways ورا NAT بفروع نابلس والخليل بطلت تضل registered، كل 5 دقايق بتطيح`),
    nat(`مرحبا
من يوم 12 لما فعلنا SS_TCP_CLOSE_RESET، الاجهزة اللي ورا MikroTik في طرابلس وبنغازي تطيح من التسجيل.
الاجهزة اللي على IP حقيقي ماعندهاش مشكلة.
كلهم على SIP TCP.
نبو نعرفو هل نرجعوه Off ولا فيه حل ثاني`),
    nat(`بعد RST on الناس اللي شغالين MicroSIP من البيت كلهم unregistered، واللي في الشركة على نفس الشبكة مع السيرفر تمام`),
    nat(`Les softphones NATés se désenregistrent toutes les 2-3 minutes depuis qu'on a mis SS_TCP_CLOSE_RESET à On.`),
  ],
  firewallRst: [
    fw(`من ساعة ما فعلنا الـ RST، المكالمات اللي بتعدي على الفورتي جيت بتفشل او بتعلق. الفورتي بيعمل drop للـ RST`),
    fw(`FortiGate log:
type="traffic" subtype="forward" action="deny" proto=6 srcip=10.10.1.5 dstip=185.x.x.x dstport=5060 msg="tcp flags RST, no session"
هذا صار بعد ما فعلنا SS_TCP_CLOSE_RESET، والمكالمات تطيح`),
    fw(`بعد ما شغلنا RST mode، الكولز اللي تمر على الـ ASA صارت تنقطع بالنص او ما يوصل صوت. بالـ ASA log نشوف TCP RST dropped`),
    fw(`mlli activina RST, les appels li kaydouzo 3la pfSense kayt9et3o. f logs dyal pfSense kayn TCP:R blocked`),
    fw(`iptables conntrack y7ot el RST INVALID w y droppih, ba3d ma 3malna SS_TCP_CLOSE_RESET On. el calls twalli ma tkamalch`),
    fw(`conntrack -S
cpu=0 found=0 invalid=48211 ignore=0 insert=0 ...
الـ invalid دا يصعد من فعلنا الـ RST، والمكالمات تفشل. عدنا iptables -m state --state INVALID -j DROP`),
    fw(`مرحبا، من امبارح بعد تفعيل RST، المكالمات عبر الـ Palo Alto بتضل معلقة وما بتسكر، والـ PA عم يرمي الـ RST packets`),
    fw(`بعد الـ RST المكالمات فيها one-way audio وتقطع، والفورتي يسجل deny على RST. قبل التغيير كانت تمام`),
    fw(`ya handasa ba3d el RST el calls 3al Sophos bet-hang, el Sophos bey drop el reset packets`),
    fw(`من شغلنا الار اس تي المكالمات اللي تمر على الفورتي قيت تفشل والفايروول يرمي الباكيتات`),
    fw(`السلام عليكم
الوضع: سيرفر الفوس ورا Cisco ASA، الكاريرز على SIP TCP.
عقب ما فعلتوا SS_TCP_CLOSE_RESET امس عشان TIME_WAIT، صارت المكالمات تفشل بنسبة 30%.
اخذنا capture: السيرفر يرسل RST والـ ASA ما يمرره (TCP RST dropped, no connection).
شنو نسوي؟`),
    fw(`Depuis le passage en RST, notre FortiGate bloque les paquets RST (log: "no session matched") et les appels SIP TCP échouent ou restent bloqués.`),
    fw(`RST On + FortiGate = les appels kayt9et3o 😤 le firewall kayrmi les RST`),
    fw(`الـ pfSense مالتنا يرمي الـ RST اللي يطلع من السيرفر من فعلناه، والمكالمات تعلگ ما تنتهي، والزبون يتحاسب على دقايق زايدة`),
    fw(`كل المكالمات اللي بتمر من فايروول الشركة (iptables مع conntrack) صارت تفشل من بعد تشغيل الـ RST. شايف بالـ kernel log: INVALID DROP flags RST`),
    fw(`kernel: INVALID-DROP IN=eth0 OUT= SRC=10.0.0.20 DST=41.33.x.x PROTO=TCP SPT=5060 DPT=39212 RST
بيظهر كتير جدا من امبارح بعد ما فعلنا RST، والكولز بتقع`),
    fw(`المكالمات صارت تنقطع بعد 30 ثانية تقريباً او يكون الصوت من طرف واحد. الشي الوحيد اللي تغير: فعلنا SS_TCP_CLOSE_RESET=On. والفايروول عندنا FortiGate 100F`),
    fw(`ba3d ma 7atina el RST, el firewall (Fortigate) y drop fi el RST packets w el calls tfail. n7ebo nraj3oh?`),
    fw(`الـ Sophos XG يكتب Invalid TCP state على باكيتات RST من السيرفر، وهذا بدا من فعلنا RST mode. المكالمات على TCP تفشل`),
    fw(`فعلنا RST والفايروول صار يطيّح المكالمات، drop للـ RST بالـ conntrack`),
    fw(`Bonsoir,
serveur VOS derrière un pfSense f datacenter f Rabat.
RST mode activé lbare7 (pour TIME_WAIT).
mn ba3d: appels qui échouent, w chi we7din kayb9aw m7lolin 7ta kay9t3hom timeout.
pfSense logs: block TCP:RA 5060 -> ... state mismatch.
chno ndiro?`),
    fw(`el ASA ya3ti "Deny TCP (no connection) flags RST" barcha ba3d ma 3malna SS_TCP_CLOSE_RESET On, w el appels ma3adech tet3adda`),
    fw(`ba3d ma shaghalna el RST, el Palo Alto yirmi el packets, el calls t3alleg w ma tsakker. 9aar yomain`),
    fw(`الكولز بتفصل من ساعة الريست اوف بقى اون والفايرول فورتي بيرمي الريست باكتس`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 10.20.0.5/5060 to 212.x.x.x/44120 flags RST on interface inside
مئات منها بالدقيقة من ساعة ما فعلنا الـ RST، والمكالمات ما تكتمل`),
    fw(`ولاحظت كمان انو المكالمات اللي بتطلع من فرع جنين (وراه FortiGate) هي بس اللي بتفشل، باقي الفروع تمام. بلشت بعد تفعيل RST`),
    fw(`el calls 3la el TCP trunk 9arat tfail mn ba3d ma fa33alna RST. el firewall 3ndna stateful w ybayin drop lel RST`),
    fw(`بعد التعديل متاع RST، الكولز اللي تعدي على الفايروول تقعد معلقة، والـ iptables يحسب الـ RST INVALID ويرميه`),
    fw(`مشكلة: المكالمات بتفشل من امبارح. آخر حاجة اتغيرت كانت SS_TCP_CLOSE_RESET On. وعلى الـ FortiGate شايفين deny للـ RST packets من السيرفر`),
    fw(`mel bera7 3malna RST on, w tawa el firewall (conntrack) y7ot el RST INVALID w el calls ta7. urgent 🙏`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning148Set: readonly EvalItem[] = Object.values(tuning148Families).flat();
