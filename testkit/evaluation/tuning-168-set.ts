import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP operators, resellers and NOC engineers across the Arab world, on WhatsApp: Egyptian, Gulf (Saudi, Emirati,
 * Kuwaiti), Levantine (Syrian, Lebanese, Jordanian, Palestinian) and Iraqi Arabic, about two thirds in Arabic script
 * and one third in Arabizi (3, 7, 2, 5, 9 for letters), mixed with English technical words and pasted output. Numbers
 * as "30 ألف", "٣٠ ألف", "30 alf", "30k" or in Arabic-Indic digits; greetings from "السلام عليكم" and "هلا والله" to
 * "ya basha", "marhaba", "5ayya", with "الله يعافيك" and "يعطيك العافية".
 *
 * The hundred-and-sixty-eighth tuning split, by family, in the largest markets in fresh hands. Five negative families of 27 (one
 * service that cannot bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30 (port exhaustion,
 * NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written as the hundred-and-sixty-eighth never-tuned
 * set, before the sixty-second round of rules, by someone who had read only the playbooks' symptoms and the domain
 * notes, without the matcher, its rules or the other sets in view; measured as such before and after the sixty-second
 * round, then made tuning material for the sixty-third: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 92.2 %, negatives confident 3.0 %, confident wrong 0 % with the rules of
 * the sixty-first round, before the sixty-second.
 * After the sixty-second round: the same.
 * After the sixty-third round, tuned on: in scope 100 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning168Families = {
  oneListeningPort: [
    no(`السلام عليكم يا باشا، بعد ما عملت restart للسيرفر البورتال بتاع الـ VOS مش راضي يفتح، والـ tomcat بيقول:
java.net.BindException: Address already in use: bind 0.0.0.0:8080
في حد ماسك البورت 8080، ازاي اعرف مين؟`),
    no(`هلا والله، عندي مشكلة بعد ما ركبت nginx على نفس السيرفر، الـ apache حق الواجهة ما يشتغل ويطلع:
(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80
وش الحل؟`),
    no(`اخي الـ mysql ما دا يقوم بعد الريستارت، باللوگ مكتوب:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
شلون اعرف اذا اكو نسخة ثانية شغالة؟`),
    no(`hi habibi, ba3d ma 3melt reboot lal server, el mbx3000d ma 3am ye2la3, bel log:
bind 5060 failed: Address already in use
netstat -anp | grep 5060
udp  0  0 0.0.0.0:5060  0.0.0.0:*  2231/mbx3000d
shakla fi process 2deme ba3da 3ayshe?`),
    no(`مرحبا، ركبت redis على السيرفر عشان سكربت الـ billing تبعنا وما زبط، بيطلع:
Creating Server TCP listening socket *:6379: bind: Address already in use
اكيد في اشي ماسك البورت بس مش عارف شو`),
    no(`ya gama3a ana el developer 3ndena, 3amel dashboard lel CDR 3la el laptop, w npm start bey2oli
Error: listen EADDRINUSE: address already in use :::3000
3awz a3raf a2fel el process el 2adima ezay 3la windows`),
    no(`السلام عليكم، حطيت docker container للـ grafana عشان اراقب السيرفر وطلع لي:
Error starting userland proxy: listen tcp4 0.0.0.0:3000: bind: address already in use
البورت ماخذه شي ثاني، شلون اعرف منو؟`),
    no(`مرحبا اخي، بعد تحديث الـ web manager صار الـ tomcat ما عم يقلع، والسبب حسب catalina.out:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
مع انو ما في غير tomcat واحد على السيرفر`),
    no(`marhaba, 3ndi moshkle bel VOS3000 web, lama a3mel start lal tomcat bi2ol port 8443 already in use. 3mlt lsof -i :8443 w tele3 java process 2adeem min imbare7. a2tlo ya3ni kill -9 wla fi tari2a a7san?`),
    no(`مرحبا، سويت ريستارت للسيرفر بس خدمة الـ softswitch ما اشتغلت، الرسالة:
SIP listen on 0.0.0.0:5060 failed, errno=98 (Address already in use)
اعتقد في عملية قديمة للـ mbx3000d ما انقفلت. شو اسوي؟`),
    no(`5ayya el apache ma da yishta3'il ba3d ma nasabna certbot, y9eer "could not bind to address [::]:443 Address already in use". certbot standalone 3ayef process mashghool? shlon a7illha`),
    no(`يا هندسة الـ mysql slave اللي عملناه على نفس المكنة مش عايز يقوم عشان البورت 3306 مستخدم من الـ master: "Address already in use". هو ينفع اشغله على 3307؟`),
    no(`هلا، عندي مشكلة في الـ nginx reverse proxy، يطلع:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
الـ apache ماشي على نفس البورت. ابي اخلي nginx بس، وش اسوي؟`),
    no(`مرحبا، عم جرّب شغّل سكريبت python بيعمل listen على 9000 لحتى يستقبل CDR من الـ VOS، بيطلعلي OSError: [Errno 98] Address already in use. وقّفت السكريبت بـ ctrl+c ورجعت شغلتو فوراً، وبالـ netstat في 3 اسطر TIME_WAIT على البورت 9000. ليش ما بيقبل؟`),
    no(`salam, el softswitch ma yabi ye2oom, "bind tcp 5060 failed: Address already in use". sawait ps -ef | grep mbx w tel3at 2 processes mbx3000d, wa7da 2adeema min ams. agdar aktelha?`),
    no(`يعطيك العافية، نزلت zabbix agent على سيرفر الـ VOS وما اشتغل:
zabbix_agentd: cannot start listener on port 10050: Address already in use
طلع في agent قديم منزل من قبل. بشيل واحد منهم؟`),
    no(`marhaba, el tomcat ta3 el portal 3am yfashel w bel log "Address already in use: JVM_Bind 8080". fi jenkins 3al server nafso? ma ba3ref min 7atto. kif ba3ref shu el process?`),
    no(`السلام عليكم، الـ VOS3000 client مش قادر يتصل بالسيرفر بعد الريستارت، لقيت ان خدمة الـ manager مش شغالة وفي اللوج:
Bind port 1202 failed, Address already in use
ومفيش غير نسخة واحدة من الخدمة المفروض`),
    no(`مساء الخير، نصبت docker للـ freepbx تجربة على نفس سيرفر الـ VOS والكونتينر ما دا يقوم:
Bind for 0.0.0.0:5060 failed: port is already allocated
طبعاً الـ VOS ماخذ 5060. اگدر اغير بورت الكونتينر؟`),
    no(`الله يعافيك، بعد انقطاع الكهرب رجع السيرفر بس الـ portal حق العملاء طايح، netstat يقول 8080 ماسكه process اسمه java بس مو الـ tomcat حقنا. ترا ضروري، العملاء ما يقدرون يشحنون رصيد`),
    no(`hala, 3indi el haproxy ma yabi yeshta3'el: "Starting frontend https-in: cannot bind socket [0.0.0.0:443]". el nginx el 2adeem ba3dah sha3'al 3ala 443. shu asawi?`),
    no(`مرحبا، بدي اشغل لفريق الـ dev تبعنا API صغير على السيرفر على بورت 5000 وبطلع Address already in use. بعدين اكتشفت انو في container ثاني اسمه flask-old ماسكه. بس بدي اتأكد انو حذفه ما بأثر على المكالمات`),
    no(`sabe7 el 5er, ba3d el update el mysqld ma 3am ye2la3: "Another process with pid 1432 is using unix socket file" w ba3den "Bind on TCP/IP port: Address already in use" 3al 3306. kif b2assir?`),
    no(`السلام عليكم، عندنا سيرفر ثاني للـ recording، خدمة الـ recording ما تشتغل وتطلع "bind(): Address already in use" على البورت 7070. الغريب ان ما في شي ثاني المفروض يكون عليه`),
    no(`يا باشا الـ webmin مش بيفتح على 10000، بيقول "Failed to bind to port 10000: Address already in use". احنا كنا مشغلين usermin على نفس البورت قبل كده، ممكن يكون هو؟`),
    no(`مرحبا، الـ snmpd على سيرفر الـ VOS ما دا يشتغل، باللوگ:
Error opening specified endpoint "udp:161"
bind: Address already in use
اكو agent ثاني للمراقبة نصبه الفني. نوكف واحد؟`),
    no(`marhaba, shaghalt node exporter 3shan prometheus, bas bitla3 "listen tcp :9100: bind: address already in use". fi exporter 2adeem shaghal ka service. bas badi at2akad eno hay mish 2eshi bel TIME_WAIT eli 3am nesma3 3anno`),
  ],
  otherRegistrationCause: [
    no(`يا جماعة كل التليفونات في فرع المعادي unregistered من الصبح، واكتشفنا ان النت عند الفرع واقع خالص، الراوتر لمبته حمرا. ده عندكو ولا عندنا؟`),
    no(`السلام عليكم، غيرنا الباسورد حق حسابات الـ SIP امس من الـ VOS بس ما عدلناه على التلفونات، الحين كلها unregistered و 403 Forbidden. كيف اغيره بسرعة على 40 جهاز؟`),
    no(`اخي الگيت وي مالتنا صار unregistered، بالـ log اكو 401 Unauthorized عدة مرات ورا بعض. اعتقد الموظف غير الباسورد بالغلط من الـ web`),
    no(`marhaba, kel el phones bel office ba3d ma ghayarna el ISP men ogero la IDM sarou unregistered. kelon 3al UDP 5060, ma fi TCP abadan. el router el jdid fi SIP ALG shaghal, mumkin hayda el sabab?`),
    no(`مرحبا، حساب الريسيلر تبعنا انوقف وكل الخطوط unregistered. تبين انه الرصيد خلص والنظام عمل suspend تلقائي. كيف بنشحن من البورتال؟`),
    no(`هلا، الـ gateway حق الفرع (GoIP) فاقد التسجيل من الفجر. طلع ان الكهرباء انقطعت عندهم والـ UPS خلص. رجعت الكهرباء بس الجهاز ما رجع يسجل، لازم restart؟`),
    no(`ya basha el softphones kolaha unregistered ba3d ma 3'ayarna el domain bta3 el server men sip.old-co.com le sip.newco.net. el DNS lessa ma et7adasch 3and ba3d el ISPs. keda el moshkla mn el DNS sa7?`),
    no(`مرحبا، غيرنا الـ IP العام تبع السيرفر امبارح (انتقلنا لداتا سنتر جديد) وكل الأجهزة لسا عم تحاول تسجل على الـ IP القديم، فطبيعي unregistered. في طريقة نغير الـ IP على كل الأجهزة مرة وحدة؟`),
    no(`salam, el license ta3 el VOS khelset mbare7 3al server el backup, w kol el accounts ma 3ad tsajjel, bitla3 "license expired". kif njadded?`),
    no(`مرحبا، عندنا 15 تلفون Yealink في المكتب كلهم unregistered، واكتشفنا ان الـ switch حق الـ PoE خربان والتلفونات طافية أصلاً. بس حبيت أتأكد ما في شي من طرفكم`),
    no(`5ayya kol el sip accounts mal el customer "Alnoor" sarat unregistered, w bel VOS mktoob account expired. el mu7asib nisa yjaddid el validity. shlon ajaddidha?`),
    no(`صباح الفل، المشترك بتاعنا في اسكندرية التليفونات عنده بتعمل register و unregister كل شوية. لقينا ان الراوتر بتاعه Huawei عليه SIP ALG شغال ومبوظ الـ contact. احنا شغالين UDP عادي. نقفل الـ ALG؟`),
    no(`hala, el mwathfeen fe el far3 yqoloon el softphone 3ndhom "registration failed 403". tab3an akhoy ghayar el password 7ag el accounts 3shan kan fe 7ad yesta5dmha min barra. a7tag a3teehom el password el jdeed bas`),
    no(`مرحبا، زبون عندي بطرابلس كل ما تقطع الكهربا (كل يوم ٤ ساعات) بيصيرو التلفونات unregistered، وبعد ما ترجع الكهربا بياخدو وقت ليرجعو يسجلو. في شي منعملو بالـ expire time؟`),
    no(`marhaba, 3ndna customer el IP taba3o ghayar (dynamic IP men Orange) w e7na mrabtino bel IP mish bel password, fa sar el gateway taba3o unregistered. momken n7awlo la password auth?`),
    no(`السلام عليكم، تلفونات الكول سنتر كلها طاحت unregistered مرة وحدة الساعة 10. الفني عندنا غير الـ DNS بالراوتر وحط DNS غلط فالتلفونات ما تقدر توصل للـ sip domain. رجعناه وانحلت، بس حاب اعرف كيف اتجنب هالشي`),
    no(`معلش يا جماعة، الـ SIP trunk بتاعنا اتقفل والـ registration بقى fail، والشركة قالتلنا الاشتراك متوقف لعدم السداد. ينفع تفعلوه لحد ما نحول الفلوس بكرة؟`),
    no(`ahlain, ba3d ma ghayarna el router la MikroTik jdid, ba3d el phones sarou unregistered. bas nehna kelna 3al UDP, ma 7ada 3am yesta3mel TCP, w ma 7ada ghayar shi bel VOS. tla3 el firewall filter 3al mikrotik 3am ysakker el UDP 5060 men barra`),
    no(`السلام عليكم، عدنا ٢٠٠ مشترك على الـ VOS كلهم ما دا يسجلون من ساعة، وطلع الانترنت بالمنطقة كلها مقطوع بسبب قطع الكيبل الضوئي. بس حبيت اخبركم اذا اكو شكاوى`),
    no(`الله يسلمك، العميل حقنا يقول الـ Zoiper يطلع "Wrong username or password" وهو متأكد من الباسورد. شفت بالسيرفر الحساب مكتوب بحرف كابيتال. هل الـ username حساس للحروف؟`),
    no(`هلا اخوي، الـ softphone عند العميل على الموبايل يصير unregistered كل ما يطلع من الواي فاي ويدخل على الـ 4G، والتطبيق يتسكر بالـ background. هل هذا طبيعي؟`),
    no(`مرحبا، البوابة (gateway) عند الزبون برام الله رجعت unregistered، والسبب انه عمل factory reset بالغلط وراحت كل الاعدادات. ممكن تبعتولي الاعدادات عشان ارجعها؟`),
    no(`صباح الخير، كل الخطوط الجديدة مش عم تسجل، والرسالة "exceeds license limit" لأنو عنا 500 حساب والـ licence لـ 300 بس. بدنا نرقّي، شو الاسعار؟`),
    no(`يعطيكم العافية، ما حدا يقلق: التلفونات اللي عنا unregistered لأنو نقلنا المكتب لطابق ثاني وما وصلنا الشبكة لسا. بس بدي اعرف اذا بضل الحساب محجوز ولا بينحذف`),
    no(`el gateway el Dinstar 3and el 3amil unregistered, w el log fih "DNS resolve failed for sip.voipx.com". el domain bta3na ento 3amlin 3aleh renewal? shakloh expired`),
    no(`salam, 3ndna phones wara NAT (router Zain) y9eeroon unregistered ba3d kam di8ee8a. kilhom UDP, expire 3600, w el router y5alli el UDP mapping 30 sec bas. nabi n7ot keepalive?`),
    no(`مرحبا، اكو موظف گال الـ softphone مالته unregistered، طلع الاشتراك مالته بالـ VOS انتهى (expiry date امس) لان ما دافع. فعلته وسجل. بس اريد اعرف شلون اطلع تقرير بالحسابات اللي قريب تنتهي`),
  ],
  smallFigures: [
    no(`يا هندسة عملت ss -s على سيرفر الـ VOS الصبح ولقيت ده:
Total: 412 (kernel 530)
TCP:   188 (estab 41, closed 129, orphaned 0, synrecv 0, timewait 127/0), ports 0
ده طبيعي ولا في مشكلة؟`),
    no(`سؤال بسيط: وش معنى TIME_WAIT؟ أشوف حوالي ٢٠٠ سطر TIME_WAIT في netstat وأبي أفهم هل هي خطر`),
    no(`اخي شنو فايدة الاعداد SS_TCP_CLOSE_RESET بالـ softswitch.conf؟ شفته Off عدنا وما اعرف اذا لازم اغيره`),
    no(`marhaba, iza shaghalna el RST mode (SS_TCP_CLOSE_RESET=On), el phones eli wara NAT bi2asaro? 3na ta2riban 300 phone 3al TCP men el byout. badna nefham abel ma n3'ayer shi`),
    no(`مرحبا، السيرفر هادي هلأ بالليل، بس بدي اتأكد: netstat -ant | grep TIME_WAIT | wc -l طلعت 86. هاد رقم منيح؟`),
    no(`السلام عليكم، الـ CPS عندنا ما يتعدى 15 بالذروة، هل نحتاج tcp_tw_reuse ولا نخليه مثل ما هو؟`),
    no(`ya basha howa el far2 eh ben FIN w RST f el TCP close? el manual bta3 VOS bey2ol 3ala SS_TCP_CLOSE_RESET bs mesh fahem`),
    no(`مرحبا، عم نخطط نزيد الترافيك من 20 CPS لـ 150 CPS الشهر الجاي. هل لازم نعدل ip_local_port_range من هلأ؟ القيمة هلأ 32768 60999`),
    no(`marhaba, 3amalt ss -tan state time-wait | wc -l w tele3 340. el server 3aleh 2500 call concurrent 3al UDP. hal hada ishi lazem at3amal ma3o?`),
    no(`هلا، المدير يبي تقرير عن صحة السيرفر. هذي النتائج:
ss -s
TCP: 95 (estab 22, closed 60, orphaned 0, timewait 58/0)
كيف اشرحها له؟ هل في شي يقلق؟`),
    no(`5ayya shlon a3rif el ip_local_port_range el 7aliya 3al server? w shgad lazim tkoon 7atta el server ydeer 40 CPS?`),
    no(`لو فعلنا الـ RST عشان الـ TIME_WAIT، الـ FortiGate اللي قدام السيرفر ممكن يعمل مشاكل؟ لسه ما غيرناش حاجة، بنسأل الاول`),
    no(`salam, kam TIME_WAIT yo3tabar katheer? 3ndna 1200 fe waqt el dhrwa w el server ma fee ay mushkila, el calls tamam`),
    no(`مرحبا، شو الـ default تبع tcp_fin_timeout على CentOS 7؟ وهل بيأثر على TIME_WAIT؟ بس سؤال للمعرفة`),
    no(`marhaba, el netstat ba3d el restart byetla3 feeh 45 TIME_WAIT w 12 ESTABLISHED. ya3ni kollo tamam sa7? bas 3shan el NOC manager bado report`),
    no(`هلا، قريت ان الـ RST mode يقلل TIME_WAIT بس يخرب على الـ NAT. عندنا كل العملاء trunks على UDP من سيرفرات مباشرة. هل يفرق معانا شي لو فعلناه؟`),
    no(`صباح الخير، ازاي اعرف الـ SIP عندي شغال TCP ولا UDP؟ عايز اتأكد قبل ما اقرا عن SS_TCP_CLOSE_RESET`),
    no(`marhaba, shu ya3ni "orphaned" bel ss -s? 3ndi orphaned 3 w timewait 210. 3adi?`),
    no(`مرحبا، هاي نتيجة netstat بالذروة:
    240 ESTABLISHED
    612 TIME_WAIT
     14 FIN_WAIT2
السيرفر يشتغل زين بس اريد رأيكم اذا الأرقام طبيعية`),
    no(`مرحبا، اذا غيرنا SS_TCP_CLOSE_RESET لـ On، لازم restart ولا بكفي reparse؟ ولو صار في مشكلة كيف منرجع؟`),
    no(`hala, 7abeet as2al: tcp_tw_reuse=1 amin? ma 3ndna mushkila 7aliyan, bas el consultant gal lazim n7otta`),
    no(`السلام عليكم، وش الفرق بين tcp_tw_reuse و tcp_tw_recycle؟ سمعت ان الثاني يخرب مع الـ NAT`),
    no(`مرحبا، بس للتأكد بعد ما شغلنا سيرفر جديد:
ss -s
TCP: 64 (estab 18, closed 39, orphaned 0, synrecv 0, timewait 37/0), ports 0
والـ CPS حوالي ٥. هيك منيح؟`),
    no(`لو عندي ٢ ألف TIME_WAIT والـ CPS ٣٠، كده انا قربت اخلص البورتات؟ الرينج 32768-60999`),
    no(`مرحبا، سؤال نظري: لو الـ RST مفعّل وفي phone ورا NAT على TCP، شو اللي بيصير بالضبط بالـ conntrack تبع الراوتر؟ بدي افهم قبل ما نقرر`),
    no(`salam, el server el jdeed ma 3alaih ay traffic lil7een. ss -s y9ool timewait 3. ya3ni kil shay zain?`),
    no(`مساء الخير، شگد لازم يكون عدد الـ TIME_WAIT حتى نگول اكو مشكلة؟ عدنا هسه ٤٥٠ والسيرفر ماشي تمام`),
  ],
  firewallNoRst: [
    no(`يا باشا عايز افتح بورت 5060 UDP و TCP على الـ FortiGate للكارير الجديد IP 185.44.12.9، ممكن تبعتلي الـ policy المظبوطة؟`),
    no(`السلام عليكم، fail2ban حظر IP حق عميل عندنا بعد ما غلط بالباسورد كم مرة. كيف افك الحظر؟`),
    no(`اخي نريد نسوي geo-blocking على الـ iptables ونسمح بس للعراق والأردن على 5060، شلون؟`),
    no(`marhaba, baddi a3mel port forwarding 3al MikroTik la 5060 w el RTP range 10000-20000 lal server el VOS eli wara el NAT. fik tba3etli el commands?`),
    no(`مرحبا، بدنا review للـ iptables rules على سيرفر الـ VOS قبل ما نطلع عالانتاج، هاي هي:
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p tcp --dport 5060 -j ACCEPT
-A INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT
-A INPUT -j DROP
في اشي ناقص؟`),
    no(`هلا، نبي نطفي SIP ALG على الـ Sophos XG، وين الخيار؟`),
    no(`ya gama3a el carrier el gedid 3ayez n3mel whitelist l range 41.33.0.0/24 3ala el firewall, w n2fel ay 7aga tanya 3ala 5060. e7na 3andena Cisco ASA`),
    no(`مرحبا، الفايروول عم يسجل محاولات كتير من IPs غريبة على 5060 (sipvicious). كيف بنحظرهن على pfSense؟`),
    no(`salam, el IT ta3na ghayar el firewall men Cisco la FortiGate mbare7, w badna nta2akad enno el policies kollha mawjoode: SIP 5060, RTP, web 8080. fi checklist?`),
    no(`مرحبا، نبي نسمح للـ web portal على 8080 بس من IP المكتب، الحين مفتوح للكل. الجدار الناري Sophos`),
    no(`5ayya fail2ban 7aasir IP el carrier mal Zain bil ghalat, w sar 3 sa3at ma dayigdar yarsil calls. shlon a7ot whitelist b fail2ban?`),
    no(`صباح الخير، الـ ASA عندنا بيعمل SIP inspection وبيبوظ الـ SDP، عايزين نقفله. الأمر هو no inspect sip صح؟`),
    no(`hala, el FortiGate 3ndna fee session-helper 7ag el sip, el support gal nsheelah. kaif?`),
    no(`مرحبا، بدي اعمل rule على الـ MikroTik يمنع أي اتصال SIP جاي من برّا لبنان. عندي address-list جاهزة`),
    no(`marhaba, 3ndna iptables 3al VOS, baddi afta7 port 3306 la server el reporting bas, mish la kol el 3alam. shu el rule?`),
    no(`السلام عليكم، الكارير طلب نعطيه IPs حقنا عشان يحطها whitelist عندهم، وبعدين نضيف IPs حقه عندنا بالـ pfSense. عندكم template للطلب؟`),
    no(`الـ firewall logs عندي فيها كتير deny لـ IPs من الصين على 5060، ده طبيعي؟ ولا لازم اقلق؟ المكالمات شغالة عادي`),
    no(`مرحبا، شو الأفضل: نحط الـ VOS ورا الفايروول بـ NAT 1:1 ولا public IP مباشرة؟ عم نصمم الشبكة من جديد`),
    no(`اخي اريد افتح الـ RTP range على الفورتي: 10000 الى 20000 UDP. الصوت one-way من امس بعد ما ركبنا الفورتي`),
    no(`مرحبا، بدنا نضيف rate limit على iptables لـ 5060 عشان نحمي من الـ flood. اقترح علي قيم مناسبة لسيرفر بيستقبل 100 CPS`),
    no(`hala, fail2ban 3ndna ykhalli el ban 10 minutes bas. nabi nkhaleeh 24 sa3a lil IPs elli y7awloon brute force 3la el SIP. wain el setting?`),
    no(`لو سمحت، نبي نقفل SSH من برا ونخليه من الـ VPN بس. الـ firewall حقنا FortiGate 100F. هل بيأثر هذا على المكالمات؟`),
    no(`مرحبا، الـ conntrack table عنا فيها حوالي 3000 entry والـ max هو 65536. بدي اتأكد انو الـ nf_conntrack_sip module مش عم يعمل مشاكل مع الـ SIP. شو رأيك نشيلو؟`),
    no(`مرحبا، بدي اعمل port forwarding على راوتر Huawei للـ 5060 TCP، ولأنو بدنا نجرب SIP over TLS كمان بدي 5061. بتقدروا تساعدوا؟`),
    no(`el pfSense bta3na 3amel block le IP el carrier bel ghalat 3shan snort. 3ayez a3mel pass rule lih. el IP 196.22.4.10`),
    no(`salam, ni7taj nsawwi review lil rules 7ag el MikroTik, fee rule "drop invalid" mawjooda min zaman, hal nkhalleeha? el RST mo mfa33al 3ndna, SS_TCP_CLOSE_RESET Off, bas nabi nt2akkad min el config kilha`),
    no(`مساء الخير، ركبنا firewall جديد Sophos والمكالمات تمام، بس نريد نفعل IPS للـ VoIP. هل يأثر على الـ SIP؟`),
  ],
  negationContext: [
    no(`يا جماعة مشكلة الـ TIME_WAIT اللي كانت عندنا الشهر اللي فات اتحلت خلاص بعد ما فعلتوا الـ RST والـ tw_reuse، و ss -s دلوقتي بيقول timewait 230 بس. شكرا ليكم`),
    no(`هلا، التلفونات صارت unregistered بس لا تشيلون هم، السبب اننا غيرنا الباسورد امس والموظف نسى يحدثها. الـ RST عندنا مقفل أصلاً وما أحد لمسه`),
    no(`اخي احنا UDP بس، ما عدنا ولا جهاز على TCP، فالـ SS_TCP_CLOSE_RESET ما يهمنا. بس اريد اعرف ليش المكالمات تنقطع بعد 30 ثانية`),
    no(`marhaba, for the record: hayda el ticket el 2adim men 2 ashhor "cannot assign requested address at peak", kan ma7loul b tw_reuse w port range. ba3tello bas la yekoun 3ndkon bel archive. halla2 kel shi tamam`),
    no(`مرحبا، ما في اي تغيير عملناه على السيرفر من شهرين، والـ RST لسا Off، والمكالمات ماشية. بس المدير سمع عن مشكلة الـ RST مع الفورتي وطلب اتأكد. طلعت الـ logs وما في ولا "no session matched". هيك تمام؟`),
    no(`السلام عليكم، المشكلة اللي بلغتكم عنها الصبح (الـ gateway unregistered) طلعت من عندنا: الـ IP تغير من الـ ISP. صلحناه وكل شي تمام، سكروا التذكرة`),
    no(`shokran ya basha, ba3d ma rag3to el SS_TCP_CLOSE_RESET le Off el phones elly wara el NAT rege3o registered kolohom. mafish 7aga dlwa2ty`),
    no(`مرحبا، بس للتوضيح: رسالة "address already in use" اللي بعتلكن ياها امبارح كانت من الـ tomcat مش من الـ softswitch، وحليناها. ما في مشكلة بورتات`),
    no(`salam, el FortiGate ma 3am ysakker shi, tala3na el logs w ma fi "no session matched" abadan, w nehna asln ma fa33alna el RST. el moshkle tele3et 3nd el carrier, 3ndo route ghalat`),
    no(`هلا، تحديث على التذكرة: المكالمات اللي كانت تفشل امس كانت بسبب رصيد الكارير خلص، مو من الجدار الناري ولا الـ RST. شحنا وكل شي رجع`),
    no(`5ayya el TIME_WAIT kan 25 alf gabil usbu3, hessa ba3d el tuning sar 900 bas. shukran, el server kullish zein`),
    no(`ده تيكت قديم بعتهولي المدير عشان ارشفه، مش مشكلة دلوقتي:
---------- Forwarded message ---------
Subject: phones unregistered after RST enabled - RESOLVED 12/03
تم الرجوع لـ SS_TCP_CLOSE_RESET=Off وعادت الأجهزة للتسجيل
حطوه عندكم في السجل بس`),
    no(`سلام، لا تخافون، التلفونات unregistered عشان الفرع كان فيه انقطاع كهرب من الصبح. ما لها علاقة بالـ RST اللي سويناه الشهر الماضي، ذاك على الـ trunks بس وما فيه NAT`),
    no(`مرحبا، قريت عن مشكلة الـ RST والـ NAT، بس نحنا ما فعّلنا شي، SS_TCP_CLOSE_RESET=Off من اول يوم وكل شي ماشي. بس حبيت اتأكد انو ما في تحديث أوتوماتيكي بيغيرو`),
    no(`marhaba, el "cannot assign requested address" eli ba3atatlkom yaha kanat men script el monitoring 3ala laptopi, mish mn el VOS. el VOS tamam. sorry 3al iz3aj`),
    no(`هلا، الحين بعد التعديل اللي سويتوه: ss -s يقول timewait 410 بالذروة بدل 31 ألف، وما في أي خطأ bind. مشكورين وتقدرون تسكرون التذكرة`),
    no(`يا هندسة محدش غير اي حاجة في السيرفر ولا الفايروول، والتليفونات unregistered عشان الباسورد اتغير بعد الاختراق. احنا عارفين السبب، بس عايزين نعرف ازاي نمنع الاختراق تاني`),
    no(`marhaba, el sabab tele3: el phones el unregistered kanu 3al UDP w el ISP sakkar port 5060. ma elha 3ale2a bel RST, ma 7ada ghayyar shi bel softswitch.conf`),
    no(`مرحبا، قبل كم يوم بلغتكم ان الفورتي دا يسقط الـ RST، وحليتوها بارجاع الاعداد Off. هسه كلشي تمام من ٣ ايام، بس اريد تقرير بالتغيير للادارة`),
    no(`شكراً كتير، بعد ما رجعتوا الـ close mode للـ FIN ما عاد في ولا مكالمة معلقة، والـ pfSense نظيف. سكروا التذكرة لو سمحتوا`),
    no(`hala, el dashboard y6alli3 "Address already in use" bas hatha log 2adeem min esboo3 lamma kan el tomcat 3alig. ma fee shay 7aliyan, bas nabi nms7 el alert`),
    no(`سؤال عن مشكلة قديمة: قبل سنة كان عندنا 40 ألف TIME_WAIT وانحلت بزيادة الـ port range. هل لازم نفعل RST مع الترقية الجديدة ولا نخلي الوضع زي ما هو؟ الحين كل شي سليم`),
    no(`مرحبا، مش مشكلة NAT: التلفونات اللي ما عم تسجل هنّي تبع زبون ما دفع فاتورتو ووقفنالو الحساب. بس بدي اعرف اذا بيرجع أوتوماتيكي بعد الدفع`),
    no(`التذكرة #4471 بخصوص "cannot assign requested address" بالذروة: اغلقناها بعد ما طبقنا tcp_tw_reuse=1 والـ range 1024-65535. الأرقام هلأ: TIME_WAIT ما بتطلع فوق ٢٠٠٠. هاد للتوثيق بس`),
    no(`el ASA mesh bey-drop 7aga dlwa2ti, el "TCP FINs/RSTs out of state" da kan 2abl ma nrag3 el setting Off el esbo3 elly fat. delwa2ti zero. shokran`),
    no(`salam, el RST 3ndna Off w ma a7ad ghayyarah, w kil el phones 3la UDP. el unregistered elly 9aar el 9ob7 kan min router Zain elli sawa reboot. kil shay rija3`),
    no(`اخي للتوضيح: الـ TIME_WAIT اللي بالتقرير مالتي ١٨٠ بس، مو ١٨ ألف، كان غلط بالكتابة. يعني ماكو مشكلة صح؟`),
  ],
  portExhaustion: [
    pe(`الحقونا يا جماعة، كل يوم من 8 لـ 11 بالليل المكالمات بتقع والسيرفر بيطلع في اللوج:
connect() failed: Cannot assign requested address
وعملت ss -s لقيت timewait 28 ألف. النهارده الخسارة كبيرة`),
    pe(`السلام عليكم، وقت الذروة الـ CPS يوصل 180 والسيرفر ما يقدر يفتح اتصالات TCP جديدة للكارير، netstat يطلع اكثر من 30 ألف TIME_WAIT. الخطوط تطيح ساعة كاملة`),
    pe(`اخي السيرفر دا يخلص بورتات بالذروة، هاي نتيجة ss -s:
Total: 33821 (kernel 34012)
TCP:   31944 (estab 1207, closed 30512, orphaned 3, synrecv 0, timewait 30498/0), ports 0
وباللوگ "bind: Address already in use" على الاتصالات الطالعة للـ trunk`),
    pe(`marhaba, 3andna moshkle kel yom bel peak: el calls ma 3am tetla3, bel log "Cannot assign requested address" 3al outgoing TCP lal carrier. netstat | grep TIME_WAIT | wc -l = 27k. el range 32768-60999`),
    pe(`مرحبا، من الساعة ٧ المسا المكالمات الطالعة عم تفشل، والـ log مليان EADDRINUSE. عدد الـ TIME_WAIT فوق ٢٥ ألف والـ CPS عنا حوالي ١٤٠. شو الحل؟`),
    pe(`هلا، عندنا مشكلة بالذروة بس: الاتصالات للكاريرات على TCP توقف، وتطلع رسالة "cannot assign requested address". بعد ساعة ترجع طبيعية. عدد TIME_WAIT وصل ٢٩ ألف`),
    pe(`ya basha el server byo2af f el peak, el calls el tal3a kolaha fail, w f el log "java.net.BindException: Cannot assign requested address". 3amalt netstat la2et 31 alf TIME_WAIT. el CPS 3andena 200`),
    pe(`مرحبا، السيرفر عم يرفض يعمل اتصالات TCP جديدة مع الـ trunks بوقت الضغط، وهاد الـ ss -s:
TCP: 29870 (estab 940, closed 28801, orphaned 0, synrecv 0, timewait 28790/0)
والمكالمات عم توقع 503. ساعدونا`),
    pe(`salam, kol yom ben 6 w 10 bel lail el VOS ma bi2dar y3mel connect lal carrier 3ala TCP 5060, w el error "connect: Cannot assign requested address". TIME_WAIT 3ndna ta2riban 30 alf. el calls bitfashel`),
    pe(`مرحبا، السيرفر عندنا في الذروة (150 CPS) يطلع "Address already in use" لما يحاول يفتح اتصالات طالعة للكارير على TCP، وعدد TIME_WAIT ٣٢ ألف. المكالمات تفشل نص ساعة وبعدين ترجع`),
    pe(`5ayya el sa3a 9 bel lail kol yom el outgoing calls tfeshel, bel log "EADDRINUSE" w ss -s y9eer timewait 26k. el ports da t5las. shlon n7alha?`),
    pe(`صباح الخير، بقالنا أسبوع كل ما الترافيك يعلى بعد الضهر السيرفر مبيقدرش يفتح sockets جديدة، ونتيجة الأمر:
# netstat -ant | awk '{print $6}' | sort | uniq -c
  27514 TIME_WAIT
   1102 ESTABLISHED
     38 LISTEN
والمكالمات بتفشل`),
    pe(`hala, el ports t5las 3ndna wagt el dhrwa. "cannot assign requested address" fe el log w TIME_WAIT 35 alf. el carrier yqool ma yshoof ay INVITE jay meni`),
    pe(`مرحبا، عم يصير معنا من يومين: بعد الساعة ٨ المسا الـ softswitch ما بقى يفتح TCP جديد، و dmesg ما فيه شي، بس ss -s بيقول timewait 31207. المكالمات اللي رايحة عالـ trunk الأساسي كلها فاشلة`),
    pe(`marhaba, el ports 5ilset 3al server! bel peak el CPS 160 w el TIME_WAIT 30 alf w "Cannot assign requested address" 3al outgoing. lazem n7el el moshkle ba2ser wa2t`),
    pe(`السلام عليكم، سيرفر الـ VOS حقنا مع الضغط يطلع في اللوق:
tcp connect to 10.20.1.5:5060 failed: (99) Cannot assign requested address
وعدد الاتصالات TIME_WAIT فوق ٢٨ الف. العملاء يشتكون ان المكالمات ما تمشي بالذروة`),
    pe(`يا هندسة احنا ريسيلر وعندنا عملاء كتير بالليل، المكالمات بتفشل ساعة الذروة ولما بصيت لقيت ٣٠ ألف TIME_WAIT والبورتات خلصت. الـ ip_local_port_range عندنا 32768 61000`),
    pe(`marhaba, bi wa2t el ezde7am el server ma 3am yefta7 connections jdide lal carrier. "Address already in use" 3al connect w ss -s 3am ywarji timewait 29k. shu mna3mel?`),
    pe(`مرحبا، من بدت حملة العروض الترافيك زاد والسيرفر بالذروة ما يگدر يسوي اتصالات طالعة، اللوگ:
Cannot assign requested address (errno 99)
و TIME_WAIT حوالي ٣٣ ألف. شنو نسوي؟`),
    pe(`مرحبا، عنا مشكلة مع الـ ports، كل يوم بالذروة السيرفر بوقف يعمل connections جديدة على TCP، والـ TIME_WAIT بوصل ٢٧ الف. المكالمات بتفشل ١٠-١٥ دقيقة`),
    pe(`hala, kil yom wagt el peak ykhallis el server el ephemeral ports. ss -s: timewait 30812. el calls ma tetla3 3la el TCP trunks. nabi 7al`),
    pe(`ياخي كل ليلة نفس القصة: المكالمات تفشل الساعة ١٠ وتطلع في اللوق "bind failed: Address already in use" على البورتات المحلية للاتصالات الطالعة، وعدد TIME_WAIT يوصل ٣٠ الف. لازم حل نهائي`),
    pe(`el server 3andena f el zaroa "connect EADDRINUSE" w kol el outgoing TCP calls wa2fa, TIME_WAIT 24 alf. ento 2oltoly 2abl keda n3'ayar 7aga f el kernel bs mesh fakerha`),
    pe(`مرحبا، هيدا ss -s من شي ٥ دقايق بعز الضغط:
Total: 30544
TCP: 29801 (estab 1320, closed 28360, orphaned 2, synrecv 0, timewait 28344/0), ports 0
والـ softswitch عم يطلع "Cannot assign requested address" عالـ INVITE الطالعة. الـ CPS حوالي ١٧٠`),
    pe(`اخي ديروا بالكم، السيرفر وكت الذروة ما يفتح اتصال TCP جديد للـ trunk، والـ netstat يطلع TIME_WAIT فوگ ٢٥ الف. المكالمات تفشل لين يخف الضغط`),
    pe(`salam, kil yom min 8 ila 11 bil lail el outgoing calls tfeshel, el log fee "Cannot assign requested address", w TIME_WAIT 28 alf. el CPS 190. el 3omala za3laneen`),
    pe(`مرحبا، بعد ما زدنا الترافيك الأسبوع الماضي لـ ٢٠٠ CPS، صار السيرفر بالذروة يطلع EADDRINUSE على الاتصالات الطالعة، و TIME_WAIT فوق ٣٢٠٠٠. الاتصالات بتفشل ربع ساعة كل مرة`),
    pe(`الموضوع بيتكرر كل يوم: ساعة الذروة ss -s بيدي timewait 29 ألف، ومفيش connections جديدة بتتفتح للكارير، والمكالمات بترجع فاشلة. حاولت اعمل restart للخدمة بيرجع يشتغل شوية ويقع تاني`),
    pe(`مرحبا، عم نشوف بالـ log:
ERROR: tcp_connect: bind: Address already in use (EADDRINUSE)
بوقت الضغط بس، ومعو netstat بيطلع ٢٦ الف TIME_WAIT. بالنهار كل شي تمام`),
    pe(`سلام، كل ما الـ CPS يطلع فوق 150 السيرفر بيخلّص ports، والـ log فيه "Cannot assign requested address" والـ TIME_WAIT بقرّب 30k. المكالمات الطالعة كلها fail، بدنا حل سريع`),
  ],
  natUnregistered: [
    nat(`يا جماعة من ساعة ما فعلتوا الـ RST mode امبارح، كل التليفونات اللي في البيوت ورا راوترات TP-Link بقت unregistered. كلهم شغالين SIP على TCP. الخطوط اللي على public IP شغالة عادي`),
    nat(`السلام عليكم، بعد ما غيرنا SS_TCP_CLOSE_RESET إلى On أمس، أجهزة الموظفين اللي يشتغلون من البيت (softphones على TCP وراء راوتر STC) كل شوي تفقد التسجيل. قبل التغيير كانت ثابتة`),
    nat(`اخي بعد التغيير اللي سويتوه البارحة على طريقة غلق الاتصال، الهواتف اللي ورا الـ MikroTik بالمكاتب صارت unregistered، ترجع تسجل وتطيح. كلها TCP. اللي على الانترنت مباشرة ما بيها شي`),
    nat(`marhaba, ba3d ma 7atayna SS_TCP_CLOSE_RESET=On mbere7, kel el phones eli bel byout wara NAT sarou unregistered. hene 3al TCP. el gateways eli 3ndon public IP ma fihon shi. shu sar?`),
    nat(`مرحبا، من لما فعّلنا الـ RST على السيرفر الصبح، الـ Zoiper عند العملاء (ورا راوترات البيوت، TCP) بطلع Unregistered كل ربع ساعة تقريباً. بدنا حل بسرعة`),
    nat(`هلا، بعد تفعيل الـ RST mode عشان مشكلة الـ TIME_WAIT، صارت أجهزة Yealink اللي في الفروع ورا NAT تطيح من التسجيل، وهي على TCP. مشكلة TIME_WAIT انحلت بس طلعت لنا هالمشكلة`),
    nat(`ya basha mn sa3et ma 3'ayarto el close mode le RST, el softphones bta3et el call center (wara NAT, 3ala TCP) kol shwaya tb2a unregistered w el agents mesh 3arfeen yesta2blo calls`),
    nat(`مرحبا، امبارح الفني فعّل SS_TCP_CLOSE_RESET=On وعمل reparse. من وقتها الأجهزة اللي بالمكتب ورا الراوتر (NAT) عم تفقد الـ registration كل كم دقيقة. كلها SIP TCP`),
    nat(`salam, mn lamma sh3'3altu el RST 3al server, el phones 3nd el zbayen wara el NAT (routers Paltel) sarat unregistered. kollha TCP. 2abel ma kan fi ay moshkle`),
    nat(`مرحبا، من بعد التعديل اللي سويتوه أمس (RST بدل FIN)، التلفونات في فروعنا ورا راوترات du كلها unregistered. الأجهزة على TCP، والـ trunks تشتغل عادي`),
    nat(`5ayya ba3d ma fa33alna el RST mode el phones elli wara el NAT bil byoot sarat unregistered, kul shway titla3 w tirja3. kulha TCP. gabil el t3'yeer ma chan aku shi`),
    nat(`السلام عليكم، حضرتكم غيرتوا حاجة امبارح في الـ softswitch (قالولي RST mode)، ومن وقتها الـ IP phones في الفروع اللي ورا NAT الراوتر بتعمل unregister كل شوية. احنا شغالين TCP عشان الـ UDP بيتقفل عند الـ ISP`),
    nat(`hala, min 7een ma 9ar SS_TCP_CLOSE_RESET On, el agents elly yshta3'loon min el bait (softphone TCP wara router) ytla3 3ndhom unregistered kil shway. lazim nrj3ha?`),
    nat(`مرحبا، من بعد تغيير الـ close mode لـ RST، أجهزة الـ Grandstream بالمكاتب الصغيرة (ورا NAT) عم تبيّن unregistered عالشاشة. كلها TCP. الأجهزة اللي عالـ VPN ما فيها شي`),
    nat(`marhaba, ba3d el change mbare7 (RST On), kol el phones eli wara el home routers 3al TCP sarou unregistered. el zbayen 3am yetsalo fina bel 3ashrat`),
    nat(`السلام عليكم، فعلنا الـ RST قبل يومين بنصيحتكم، ومن يومها أجهزة العملاء اللي ورا راوتر Zain (NAT) على TCP تطلع unregistered وتاخذ وقت لين ترجع تسجل`),
    nat(`التليفونات الـ Fanvil اللي ورا MikroTik في الشركة بتقول "Registration Failed" من ساعة ما اتعمل enable للـ SS_TCP_CLOSE_RESET. قبلها كانت تمام. كلهم على TCP 5060`),
    nat(`marhaba, mn wa2t ma 3mlna el RST mode, el softphones 3nd el zbayen eli wara NAT 3am tfakket mn el registration. kellon TCP. shu el 7al?`),
    nat(`مرحبا، بعد ما فعلنا SS_TCP_CLOSE_RESET اليوم الصبح، ٣٠٠ جهاز تقريباً بالبيوت (ورا راوترات منزلية NAT، TCP) صارت unregistered، والموزعين دا يتصلون بينا`),
    nat(`مرحبا، امبارح بالليل تغيّر الإعداد لـ RST، واليوم كل الأجهزة اللي بالبيوت ورا الراوتر صارت unregistered والعملاء مش قادرين يستقبلوا مكالمات. الـ SIP عندهم TCP`),
    nat(`hala, min ams ba3d el RST on, el phones fe el villas wara el NAT kilha unregistered. kilha TCP. el trunks zaina`),
    nat(`ياخي من يوم فعلنا الـ RST والتلفونات اللي ورا NAT عند العملاء تسجل وتطيح. الـ registrations بالـ VOS تنزل من ٨٠٠ الى ٣٠٠ وترجع. كلها على TCP`),
    nat(`el agents el shaghaleen men el bet (MicroSIP 3ala TCP wara router WE) unregistered men embare7, men sa3et ma fa3alto el RST. e7na ma3'ayarnash 7aga 3andena`),
    nat(`صباح الخير، الأجهزة ورا الـ NAT عم تفقد التسجيل من بعد ما تغيّر SS_TCP_CLOSE_RESET لـ On. بالـ VOS بتبيّن offline وبعد دقايق online. كلها TCP. بليز ساعدونا`),
    nat(`هلا والله، الفرع الجديد (ورا راوتر NAT والأجهزة على TCP) صارت التلفونات فيه unregistered من بعد ما فعلنا RST أمس. الفرع القديم على UDP ما فيه شي`),
    nat(`مرحبا، بعد ما فعلنا الـ RST، الـ Bria عند الموظفين برا المكتب (ورا NAT، TCP transport) بطلع "Registration lost" كل شوي. لما رجّعت جهازي على UDP زبط`),
    nat(`اخي من البارحة من سويتوا RST on، البدالات الصغيرة (Asterisk) عند الزباين ورا NAT على TCP تطلع unregistered. شلون نرجعها؟`),
    nat(`salam, ba3d ma 9aar el RST mode mfa33al, kil el gateways wara NAT 3la TCP 9aarat unregistered. el log kilah "registration timeout"`),
    nat(`يا هندسة، التليفونات اللي ورا الـ NAT في البيوت بقت unregistered من ساعة ما اتغير وضع القفل لـ RST. الـ ss بيبين ان TIME_WAIT قلت جدا بس التليفونات بقت مشكلة. كلهم TCP`),
    nat(`مرحبا، ما غيرنا شي عنا، التغيير الوحيد انكن فعلتوا الـ RST امبارح. من وقتها الأجهزة ورا NAT (TCP) عم تصير unregistered. رجاءً شوفولنا الموضوع`),
  ],
  firewallRst: [
    fw(`من ساعة ما فعلتوا الـ RST mode، المكالمات اللي بتعدي من الـ FortiGate بتعلق وتقع، وفي الـ log:
action=deny msg="no session matched" proto=6 flags=R
ازاي نحلها؟`),
    fw(`السلام عليكم، بعد تفعيل SS_TCP_CLOSE_RESET المكالمات تفشل، والـ Cisco ASA يطلع:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.20/5060 to 41.200.3.4/48112 flags RST on interface inside`),
    fw(`اخي من فعلنا الـ RST على السيرفر، الـ pfSense دا يسقط باكيتات RST وبالـ logs مكتوب TCP:R blocked. المكالمات تعلگ وتنقطع`),
    fw(`marhaba, ba3d ma 7atayna RST mode, el calls 3am tfashel w el Sophos bel log 3am yde22 "Packet dropped (out of state)" 3al TCP 5060 flags RST`),
    fw(`مرحبا، بعد ما غيرنا الإعداد لـ On الصبح، الـ iptables على الفايروول عم يسجل INVALID DROP:
IN=eth1 OUT=eth0 SRC=10.0.0.5 DST=62.3.18.40 PROTO=TCP SPT=5060 DPT=51123 RST
والمكالمات عم تعلق. شو الحل؟`),
    fw(`هلا، من بعد التعديل على الـ close mode أمس، المكالمات مع الكارير (ورا FortiGate) تنقطع بالنص أو ما تكمل، والـ FortiGate يرفض الـ RST بـ "no session matched"`),
    fw(`ya basha el calls bet3la2 men sa3et ma fa3alna el RST. el ASA bey2ol "TCP FINs/RSTs out of state" kteer gedan 3ala 5060 w byermi el packets`),
    fw(`مرحبا، بعد تفعيل SS_TCP_CLOSE_RESET=On، الفايروول الـ MikroTik عم يعمل drop للـ RST لأنو عنا rule "drop invalid" بالـ forward chain، والمكالمات عم تفشل`),
    fw(`salam, mn lamma sh3'3alna el RST, el FortiGate 3am ysakker el RST packets w el calls bit3alla2. bel log "no session matched". bidna nerja3ha wla nsalle7 el firewall?`),
    fw(`مرحبا، بعد تغيير الـ RST أمس صارت المكالمات تنقطع، والـ Sophos يسجل drop لباكيتات TCP فيها RST على 5060. قبل التغيير ما كان في شي`),
    fw(`5ayya ba3d el RST mode, el firewall (pfSense) da yblock el RST w el calls tit3allag. el log: "block TCP:RA 5060"`),
    fw(`الفايروول بتاع الداتا سنتر (Cisco ASA) بيرمي الـ RST اللي طالعة من السيرفر من ساعة ما غيرتوا الـ close mode، والمكالمات بتفضل معلقة لحد ما تعمل timeout`),
    fw(`hala, el calls t6ee7 min 7een ma sawena RST on. el FortiGate y9ud el RST, el log fee "no session matched" kil thanya`),
    fw(`مرحبا، من بعد ما صار الـ RST mode، الـ conntrack عالفايروول (iptables) عم يعتبر الـ RST INVALID ويرميهن:
kernel: INVALID DROP: IN=eth0 PROTO=TCP SPT=5060 DPT=39912 WINDOW=0 RES=0x00 RST URGP=0
والمكالمات عم تعلق`),
    fw(`marhaba, el FortiGate 3am yrmi el RST packets mn wa2t ma fa33alna SS_TCP_CLOSE_RESET. el calls bitdal m3all2a w ba3den bitsakker. shu mna3mel?`),
    fw(`السلام عليكم، الـ Cisco ASA يطلع رسائل 106015 Deny TCP (no connection) flags RST من يوم فعلنا الـ RST، والمكالمات مع الكاريرات على TCP تفشل`),
    fw(`يا جماعة الـ pfSense عندنا بيعمل block للـ RST packets بعد التغيير اللي عملتوه امبارح (RST mode)، وده مخلي المكالمات تقع بعد ما ترن. شوفولنا حل`),
    fw(`marhaba, ba3d el RST mode el firewall ta3na (Sophos) 3am ysakker el RST packets w el calls 3am twa22e3. "out of state" bel log`),
    fw(`مرحبا، من فعلنا الـ RST الكول سنتر مالتنا اللي ورا FortiGate كل مكالماته دا تنقطع، والفورتي دا يسقط الـ RST ويگول "no session matched"`),
    fw(`مرحبا، بعد ما فعلتوا الـ RST امبارح صارت المكالمات مع الكارير تعلق، والكارير قال الفايروول عندهم (ASA) عم يرمي الـ RST اللي جاية من عنا لأنها out of state`),
    fw(`hala, el Sophos XG yarmi el RST packets min ams lamma fa33alna RST mode. el calls ma tkammel`),
    fw(`الله يعافيك، بعد تفعيل الـ RST صار الـ MikroTik يسجل:
forward: in:ether1 out:ether2, proto TCP (RST), 10.10.10.2:5060->85.112.7.9:40233, connection-state:invalid
ويسقطها، والمكالمات تفشل`),
    fw(`el firewall iptables 3andena fih rule "-m conntrack --ctstate INVALID -j DROP" w men sa3et el RST on el calls bte2a3. el log kolo RST packets dropped`),
    fw(`مرحبا، الـ FortiGate عم يبيّن بالـ traffic log كتير deny على باكيتات RST على TCP 5060 من بعد تغيير SS_TCP_CLOSE_RESET لـ On، والمكالمات عم تفشل. قبل التغيير كان كل شي تمام`),
    fw(`هلا، من سوينا الـ RST mode المكالمات على TCP تتعلق وتطيح، والـ pfSense logs مليانة blocks لـ TCP:R من السيرفر`),
    fw(`مرحبا، بعد ما شغلنا الـ RST المكالمات عم تفشل، والـ ASA بطلع:
%ASA-6-106015: Deny TCP (no connection) from 172.16.5.10/5060 to 94.127.3.22/55301 flags RST ACK
الموضوع عم يصير من امبارح بس`),
    fw(`اخي الـ iptables على الراوتر عدنا دا يسجل INVALID على الـ RST من بعد ما غيرتوا الـ close mode، والمكالمات كلها دا تفشل`),
    fw(`salam, el FortiGate 3ndna y3ti "no session matched" 3la el RST min 7een ma fa33alna SS_TCP_CLOSE_RESET. el calls t6ee7. wesh nsawi?`),
    fw(`من ساعة تفعيل الـ RST والـ Sophos بيعمل drop للـ RST، والمكالمات بتعلق وبتفضل ظاهرة في الـ VOS كـ active لحد ما تعمل timeout. ده من امبارح`),
    fw(`مرحبا، بعد التغيير اللي عملتوه امبارح على طريقة إغلاق TCP، الـ iptables على الفايروول تبعنا صار يرمي الـ RST كـ INVALID، والمكالمات عم تفشل بالعشرات`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning168Set: readonly EvalItem[] = Object.values(tuning168Families).flat();
