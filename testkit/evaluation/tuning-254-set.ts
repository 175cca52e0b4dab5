import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Messages from VOS3000 operators, resellers and NOC engineers writing Arabic on WhatsApp from the Gulf (Saudi,
 * Emirati, Kuwaiti, Omani), the Levant (Lebanese, Syrian, Jordanian, Palestinian), Egypt, Iraq, Sudan, Yemen and the
 * Maghreb (Moroccan Darija, Algerian, Tunisian), in Arabic script and in Arabizi (Latin letters with 3, 7, 9, 2, 5,
 * 6 and 8), mixed with English and French technical words, from polite ("السلام عليكم", "يعطيك العافية") to curt and
 * panicked ("الحقونا", "3awenouna"); figures written as ٣٠ ألف, 30 الف, 30k, ٢٨٠٠٠, 28,000, 28 513, tlatin alf or 30
 * alf. One-liners, voice-note transcripts, forwards from branches and resellers, training and interview questions,
 * pasted netstat/ss/tcpdump/iptables/conntrack/ASA/FortiGate/Palo Alto/MikroTik and softswitch log lines, typos and
 * slang.
 *
 * The two-hundred-and-fifty-fourth tuning split, written as the two-hundred-and-fifty-fourth never-tuned evaluation
 * set because Arabic-speaking carriers and resellers run a large share of VOS3000 switches and write about them in a
 * dozen dialects and two scripts, often in one message, in fresh hands again. Five negative families of 27 (one
 * service that cannot bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30 (port exhaustion,
 * NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written before the eighty-fourth
 * round of rules by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the eighty-fourth round, then made tuning
 * material for the eighty-fifth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 94.4 %, negatives confident 4.4 %, confident wrong 0 % with the
 * rules of the eighty-third round, before the eighty-fourth.
 * After the eighty-fourth round: the same.
 * After the eighty-fifth round, tuned on: in scope 100 %, negatives confident 1.5 %, confident wrong 0 %; still
 * short of the bar.
 */
export const tuning254Families = {
  oneListeningPort: [
    no(`السلام عليكم، ركبنا nginx على نفس سيرفر الـVOS عشان صفحة الريسيلرز، ولما أسوي start يطلع لي: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). واضح إن httpd حق واجهة VOS ماسك البورت 80، وش الحل بدون ما أوقف البورتال؟`),
    no(`يا باشا بعد ما عملنا upgrade للـVOS3000 الويب مش راضي يفتح خالص، وفي لوج التومكات لاقي java.net.BindException: Address already in use: JVM_Bind على 8080. عملت ps لقيت java قديمة لسه شغالة من قبل الابجريد. أقتلها عادي ولا هتأثر على المكالمات؟`),
    no(`مرحبا، الـmysql عالسيرفر التاني ما عم يقلع، بالـlog: [ERROR] Can't start server: Bind on TCP/IP port: Address already in use ... Do you already have another mysqld server running on port: 3306 ? هلق في نسختين mysql مركبين عليه، وحدة تبع الفوس ووحدة نزّلها زميلي للتقارير. كيف بخليهن يعيشوا سوا؟`),
    no(`اخي دا نحاول نشغل kamailio بكونتينر على نفس الماكنة مال VOS للتجربة، والـdocker يطلع هاي: Error starting userland proxy: listen tcp4 0.0.0.0:5060: bind: address already in use. طبعا الـVOS ماخذ 5060. شلون أغيّر بورت الكونتينر بدون ما أخربط السويج؟`),
    no(`salam, 3andi dashboard sghir dyal reporting kan-developpih b node, daba mli kan-lanci npm run dev kaytla3 liya "Error: listen EADDRINUSE: address already in use :::3000". ma3reftch chkoun khdam 3la 3000 f had lpc, 3afak kifach nl9a l process?`),
    no(`يا جماعة غيرت بورت الـssh على سيرفر الـVOS من 22 إلى 2222 وبعد الريستارت ما عاد أقدر أدخل. من الكونسول شفت: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. fatal: Cannot bind any address. طلع فيه برنامج مراقبة قديم فاتح 2222. ترى السيرفر وايد حساس، أبي أتأكد منه قبل ما أقفله`),
    no(`ياخي نزّلنا freeswitch في نفس السيرفر عشان الـIVR، وهسي الـsofia profile internal ما بقوم. في اللوج: Error Creating SIP UA for profile: internal ... The likely causes for this are: An IP address is already in use. ياتو بورت أديهو ليهو عشان ما يتضارب مع الـVOS الماسك 5060؟`),
    no(`ya5i, l'appli billing mte3na (spring boot) ma t7ebch tetlanca 3al serveur VOS: "Web server failed to start. Port 8443 was already in use. Action: Identify and stop the process that's listening on port 8443". chkoun ya3mel listen 3al 8443? n7eb na3ref 9bal ma nbadel l port fel application.properties`),
    no(`يا أخي ركبنا redis للكاش على سيرفر الـVOS، ولما شغلته ظهر: Could not create server TCP listening socket *:6379: bind: Address already in use. ايش اللي ماسك البورت ذا؟ مافيش على السيرفر غير الـVOS والـmysql حقه`),
    no(`هلا، ركبنا grafana عشان نطلع رسوم الـASR والـACD، بس الخدمة تطيح على طول: logger=server "Failed to start grafana" error="listen tcp 0.0.0.0:3000: bind: address already in use". قلت يمكن الـnode_exporter بس لا هذا على 9100. شلون أعرف منو ماسك 3000؟`),
    no(`wesh khawti, ba3d ma dert restart l mbx3000d ma b9ach l H.323 ya5dem, fel log kayen "bind 0.0.0.0:1720 failed, address already in use". dert netstat -tlnp | grep 1720 l9it process 9dim ta3 mbx3000 mazal 3aych. SIP 3al 5060 normal w les appels SIP mashyin. kifach nkillih bla ma n7abes l7ouma?`),
    no(`مرحبا، عم بعمل API صغير بالـflask عشان يسحب الـCDR من VOS، وعلى اللابتوب (ماك) بيطلعلي "Address already in use. Port 5000 is in use by another program". فهمت انه AirPlay Receiver بيستخدم 5000 عالماك. بس بدي اتأكد انه هاد ما إلو علاقة بالسيرفر نفسه`),
    no(`السلام عليكم، بعد تحديث webmin ما يشتغل: Failed to bind IPv4 port 10000 : Address already in use. جربت /etc/init.d/webmin restart مرتين بدون فايدة. السيرفر نفسه حق VOS والمكالمات ماشية عادي، بس أبا الواجهة ترجع`),
    no(`شو الوضع شباب، حطينا haproxy قدام بورتال الـVOS عشان الـSSL، وعند التشغيل: [ALERT] Starting frontend https-in: cannot bind socket [0.0.0.0:443]. قبلها كان apache مع mod_ssl شغال على 443 ونسينا نطفيه؟ ولا في شي ثاني؟`),
    no(`يعطيك العافية، عنا سيرفر تقارير جنب الفوس والـpostgres ما بيقوم بعد الريبوت: LOG: could not bind IPv4 address "0.0.0.0": Address already in use. HINT: Is another postmaster already running on port 5432? ملف postmaster.pid لسا موجود. بمسحه وبس؟`),
    no(`عم جرب docker-compose فيه mysql:5.7 مع "3306:3306" على نفس سيرفر الفوس، وبيطلع: Bind for 0.0.0.0:3306 failed: port is already allocated. الفوس نفسه عليه mysql. بحط 3307:3306 وبخلص؟ ولا رح تعمل مشكلة بالداتا تبع الفوس؟`),
    no(`hi, 3am jarreb opensips ka SBC 3a nafs el server taba3 el VOS, w bi2elle: ERROR:core:proto_tcp_init_listener: bind(...) on 0.0.0.0:5060 failed: Address already in use. ana baddo yeshte8el 3al 5080 TCP bas, ween bghayyer hayda bel opensips.cfg?`),
    no(`hala agaty, zabbix agent ma da yshta8el 3al VOS server, bel log: "listener failed: bind() for [[-]:10050] failed with error 98: Address already in use". tle3 aku agent 9adeem mnasbeeh gabul b rpm w da yishta8il. ashlon ashila bdoon ma a5arib shi?`),
    no(`slm, bghit nsayb ftp bach n-telechargiw les CDR, walakin vsftpd kay-fail b "500 OOPS: could not bind listening IPv4 socket". f netstat kayn pure-ftpd deja m3alle9 3la 21 mn 3and chi wa7ed 9bel mni. wach n7ayed wa7ed fihom?`),
    no(`يا جماعة الويب بتاع VOS واقع من الصبح، ده اللي طالع:
# service vos3000webct start
Starting vos3000webct... FAILED
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
# netstat -tlnp | grep 8080
tcp   0   0 0.0.0.0:8080   0.0.0.0:*   LISTEN   2291/java
2291 ده طلع jenkins اللي الواد الجديد نزّله امبارح 😤 المكالمات نفسها شغالة`),
    no(`يا شباب الواجهة بتاعة الـVOS ما بتقوم من الكهربا قطعت ورجعت، في catalina.out: SEVERE: StandardServer.await: create[localhost:8005]: java.net.BindException: Address already in use. البورت 8005 بس، باقي الحاجات تمام والمكالمات ماشة. ده من شنو؟`),
    no(`3aslema, snmpd ma y7ebch yatla3 3al serveur: Error opening specified endpoint "udp:161" w ba3dha "Server Exiting with code 1". fama agent snmp ekher mta3 monitoring l9dim 9a3ed ye5dem 3al port hedheka. chnowa ne3mel, nfasa5 wa7ed?`),
    no(`السلام عليكم، عندنا asterisk صغير جنب الـVOS للـvoicemail، والـAMI ما ينفتح: "Unable to bind socket to 0.0.0.0:5038: Address already in use". كل شي ثاني في الاستريسك شغال، بس الـAMI لا. شلون أعرف وش اللي قاعد على 5038؟`),
    no(`يا شباب ابغى أطلع شهادة SSL للبورتال بـcertbot --standalone وطلع لي: Problem binding to port 80: Could not bind to IPv4 or IPv6. ومعروف إن الويب حق VOS قاعد على 80. ايش الأحسن، webroot ولا أوقف الويب دقيقتين؟`),
    no(`Slt, nginx ydir erreur ki nrestarti: nginx: [emerg] bind() to [::]:443 failed (98: Address already in use). c'est juste le 443, le 80 ça marche. 3andi fel config deux server blocks wa7ed fih "listen [::]:443 ipv6only=off" w lakhor "listen 443". 3lach yetkhabtou?`),
    no(`يا شباب prometheus على سيرفر المراقبة ما يقوم، اللوج: level=error msg="Error starting web server" err="listen tcp 0.0.0.0:9090: bind: address already in use". وش يستخدم 9090؟ الـcockpit؟ السيرفر CentOS 7 وما عليه إلا مراقبة سيرفرات الـVOS`),
    no(`أبغى أسوي اختبار بـsipp كـUAS على سيرفر الاختبار اللي عليه VOS تجريبي، الأمر sipp -sn uas -p 5060 يعطيني "Unable to bind main socket: Address already in use". أكيد لأن الـVOS ماسك 5060، بس أقدر أشغله على 5070 وأوجه له routing gateway؟`),
  ],
  otherRegistrationCause: [
    no(`يا خوي من الصباح كل تحويلات فرع الدمام Unregistered، وطلع السبب إن الأدمن غير الباسوردات كلها من واجهة VOS أمس بالليل عشان الأمان وما حدّث الأجهزة. التلفونات ترد 401 Unauthorized. فيه طريقة أرجع الباسوردات القديمة من نسخة الداتابيز؟`),
    no(`الكهربا قطعت في مكتب مدينة نصر من الساعة ٣ ولسه مرجعتش، وكل الإكستنشنات اوفلاين طبعا والراوتر طافي. أول ما ترجع هيعملوا register لوحدهم ولا لازم ريستارت للتليفونات؟`),
    no(`mar7aba, kel el extensions bel far3 taba3 Jounieh sarou offline men se3a, bas aslan ma 7ada 3am ye2dar yfout 3al internet, Ogero 3endon 3otel bel mante2a. el phones bas terja3 el internet bterja3 tsajjel wa7da? aw lazem na3mel shi 3al server?`),
    no(`شكو ماكو، صار يومين التلفونات الجديدة ما تسجل على السيرفر، وبواجهة VOS طالعة رسالة License expired والسيرفر رافض أي registration جديد، والقدام بقوا لحد ما خلصت مدة تسجيلهم. هسه وياهم منو نحچي حتى يجدد الترخيص؟`),
    no(`salam, Maroc Telecom beddlo lina l IP public dyal l'serveur (ADSL pro b IP dynamique), w les postes kamlin configurés b sip.monvos.ma, walakin l DNS mazal kaypointi 3la l IP l9dima. donc kolchi unregistered mn sba7. wach n7ot DDNS wla nchri IP fixe?`),
    no(`3aslema, les softphones (MicroSIP) 3al PCs mta3 l'équipe lkol unregistered, 5ater l wifi mta3 l bureau ta7 men sbe7, l borne TP-Link ma3adech t3ayet w lampa 7amra. les téléphones fixes b cable ye5dmou 3adi. chnowa na3mlou 7atta yerja3 l wifi?`),
    no(`ياخي الكهربا قاطعة في الخرطوم من الصباح والجنريتر شغال، بس الـPoE switch ما موصول عليه، عشان كده كل تلفونات الـYealink طافية وظاهرة unregistered. التلفونات الموصولة بأدابتر شغالة عادي. يعني ما في حاجة في السيرفر صاح؟`),
    no(`هلا، أحد الموزعين عندنا كل حساباته طلعت unregistered، شيكت في VOS لقيت الـexpiry date حق الحسابات خلص أمس 31/12، والجهاز يرجع 403 Forbidden. شلون أمدد الصلاحية لكل حساباته مرة وحدة بدل وحدة وحدة؟`),
    no(`يا أخي بعد ما حدثنا الميكروتك في فرع تعز إلى 7.x صارت التلفونات تطيح من التسجيل كل شوية. ترى كل التلفونات على UDP 5060 مش TCP، وشكله الـSIP helper (ip firewall service-port sip) رجع enabled بعد التحديث. أطفيه وخلاص؟`),
    no(`مرحبا، في انقطاع فايبر عند زين بمنطقة خلدا من الصبح، والمكتب كله بدون انترنت فطبيعي الاكستنشنات offline. سؤالي: في طريقة نحوّل مكالماتهم عالموبايلات لحد ما ترجع الخدمة؟`),
    no(`مرحبا، عندنا عميل في دبي كل السوفت فونات عند موظفينه ما تسجل على سيرفرنا اللي برا الدولة، جرب من شبكة du ومن اتصالات نفس الشي، timeout على الـREGISTER من أول محاولة. شكله المزود يحجب الـSIP. نبغى بس نتأكد إن ما في شي من طرفنا`),
    no(`السلام عليكم، نقلنا الـVOS من الداتا سنتر القديم لسيرفر جديد في مسقط والآي بي تغير. التلفونات اللي مبرمجة على الآي بي مباشرة كلها unregistered، واللي على الدومين اشتغلت بعد ما حدثنا الـA record. نحتاج نعدل حوالي 120 جهاز يدوي؟`),
    no(`مرحبا، الخط والانترنت من بالتل مقطوع بالمكتب برام الله من امبارح بسبب حفريات بالشارع، والتلفونات كلها offline. حطينا راوتر 4G مؤقت بس لسا مش مسجلين، يمكن لانه عاملين whitelist على IP المكتب القديم بالسيرفر؟`),
    no(`salam, les postes Grandstream kamel unregistered men lbara7, w ki checkit l9it l serveur DNS ta3 l'entreprise (10.0.0.2) ta7, ma y9adrouch y résolviw sip.notreboite.dz. ki 7atit 8.8.8.8 f poste wa7ed dar register direct. nbadel DNS f kamel les postes wela nsala7 l serveur?`),
    no(`يا شباب، حدا من الدعم عمل import لملف CSV فيه الحسابات وبالغلط كتب فوق كلمات السر لـ 60 اكستنشن، وهلق كلهم بيرجعوا 403 وما عم يسجلوا. في backup للداتابيز من مبارح، كيف برجّع جدول الحسابات لحالو؟`),
    no(`الراوتر بتاع WE في فرع طنطا اتعمله reset ضهر النهارده من غير ما حد يقول، فضاع الـport forwarding والـDMZ اللي كنا عاملينه، والتليفونات شغالة UDP فبقت unregistered كلها. محتاج الإعدادات اللي كانت عليه قبل كده لو عندكم نسخة`),
    no(`اخوان، غيرنا قالب الـauto provisioning لتلفونات الفانفيل، وبالغلط حطينا SIP server = vos.local بدل vos.company.iq، فكل التلفونات بعد ما سوت reboot الصبح طلعت unregistered. الغلط من عدنا، بس شلون ندفع الكونفك الصح بدون ما نروح لكل جهاز؟`),
    no(`السلام عليكم، زول عندو حساب ريسيلر عندنا قال التلفونات بتاعتو ما بتسجل، لقيت رصيد الحساب صفر والحساب مقفول لعدم كفاية الرصيد. بعد الشحن بترجع براها ولا لازم أفك القفل يدوي؟`),
    no(`hala, rakkabna router jdeed mn STC fi far3 al-kharj, w b3dah kl al phones t6ee7 mn al-registration kl 5 da8ayig w tirja3. kl shay 3indna UDP 5060, ma nista5dim TCP abadan. 8aloli momken SIP ALG mfa33al fl router, kaif a6ffeeh fi Huawei HG8245?`),
    no(`ya jme3a, les postes Yealink eli 3al TLS 5061 walla kol chay unregistered men lyoum, w fel log mta3 l poste "certificate expired". nsina njaddedou l certificat mta3 l serveur. ken n7ottou certif jdid lezem nredémarri les postes wala yerj3ou wa7adhom?`),
    no(`mar7aba, el IT 3amalo ta8yeer bel switch bel office w 7atto el phones 3a VLAN 20 jdid, bas ma 7ada zabbat DHCP 3a hal VLAN, fa el phones ma 3am ta5od IP w sarit unregistered. ana ba3ref enno el mushkle men 3enna mesh men el server, bas baddi ta2kid.`),
    no(`salam, client 3ando compte wa7ed w 7at fih jouj dyal les appareils (softphone f tilifoun w poste f lbureau), w kol wa7ed kay-unregistri lakhor. f VOS wach kayn chi limite dyal registrations par compte? bghit n5alliwhom bjouj ykhdmo.`),
    no(`السلام عليكم، أضفنا 50 تحويلة جديدة اليوم ولا وحدة سجلت، والقديمة شغالة عادي. الـVOS يقول registration limit reached حسب الرخصة. شلون نرفع عدد التسجيلات في الرخصة وكم تكلف تقريباً؟`),
    no(`الانترنت في صنعاء مقطوع من الظهر عند يمن نت، والفرع كله بلا نت، والتحويلات كلها غير مسجلة طبعاً. السيرفر في الخارج شغال عادي. بس ابغى اتأكد ان ما فيش شي لازم اسويه لما يرجع النت`),
    no(`هلا، غيرنا الراوتر في المكتب وصار الـgateway 192.168.1.254 بدل .1، والتلفونات اللي عليها static IP كلها ما تطلع للنت فصارت unregistered، واللي على DHCP تمام. والتسجيل كله UDP. لازم أعدلها وحدة وحدة؟`),
    no(`غيرنا ١٥ تليفون قديم بموديل جديد في مكتب اسكندرية، والكونفيج بتاع السيرفر بيتوزع بالـMAC فالأجهزة الجديدة نزلت فاضية ومش عاملة register. محتاج أضيف الـMACs الجديدة فين بالظبط؟`),
    no(`salam khawti, fel chantier 3andna modem 4G Djezzy, w les téléphones ytay7o mel enregistrement kol 10-15 minutes, mba3d yarj3o wa7dhom. rani m3ayyer kolchi UDP, ma kanch TCP ga3. Djezzy ydirou CGNAT w l'IP tetbeddel. wesh ndir, keepalive wela register expiry sghir?`),
  ],
  smallFigures: [
    no(`سؤال بسيط: عندي 300 اتصال في TIME_WAIT على سيرفر جدة الساعة ٢ الفجر والمكالمات قليلة هالوقت، هل هذا طبيعي ولا لازم أسوي شي؟`),
    no(`معلش سؤال ممكن يبان عبيط، يعني ايه TIME_WAIT أصلا؟ شفتها في netstat وأنا بدور على حاجة تانية خالص`),
    no(`كيف بعرف الـport range عالسيرفر؟ يعني شو الأمر اللي بيطلعلي ip_local_port_range؟ بدي بس أعرف القيمة، ما في شي معطل`),
    no(`السلام عليكم، فحص دوري على سيرفر الرياض، كل شي شغال، بس حاب أتأكد:
Total: 611 (kernel 0)
TCP:   498 (estab 61, closed 402, orphaned 0, synrecv 0, timewait 398/0), ports 0
هل الـ398 timewait مقبولة؟`),
    no(`اخي شنو قيمة tcp_tw_reuse الافتراضية بالسنتوس 7؟ وهل لازم أغيرها إذا ما عندي مشكلة؟ السيرفر عدنا بي حوالي ٢٥٠ time_wait بالذروة مو أكثر`),
    no(`slm, 3titha netstat -ant | grep TIME_WAIT | wc -l w 3tatni 150, wach hadchi normal? makayn 7ta mouchkil f les appels, ghir kan-t3allem l7ajat dyal linux`),
    no(`التقرير الأسبوعي لسيرفر بورتسودان: TIME_WAIT 87، ESTABLISHED 23، CPU 12%، الـASR 54%. كلو تمام؟ داير بس تأكيد قبل ما أرسلو للإدارة`),
    no(`sou2el: cat /proc/sys/net/ipv4/ip_local_port_range y3tini "32768 60999". ya3ni 9adech men port disponible lel connexions sortantes? n7eb nefhem el 7seb bark`),
    no(`شلون أحسب عدد الـTIME_WAIT بأمر واحد؟ ss مو موجود عندي على CentOS 6 القديم`),
    no(`السيرفر حقنا صغير، ٤٠ مكالمة متزامنة بالكثير، وأشوف فيه تقريبا ١٢٠ TIME_WAIT. هل المفروض تكون صفر؟ ولا عادي؟`),
    no(`انا جديد بالـNOC، شو الفرق بين TIME_WAIT و CLOSE_WAIT؟ شفت 12 CLOSE_WAIT على السيرفر و 200 TIME_WAIT وما حدا اشتكى من شي`),
    no(`التقرير الشهري: أعلى رقم TIME_WAIT هالشهر كان 1,100 من أصل 28,232 بورت، يعني حوالي 4٪. بنعتبره سليم صح؟`),
    no(`نبي نفعّل tcp_tw_reuse احتياطاً بس، عندنا حوالي 500 time_wait وكل شي زين والمكالمات ماشية. تنصح؟ ولا نخليه على حاله؟`),
    no(`شو معنى الرقم اللي يطلع من ss -tan state time-wait | wc -l ؟ طلع لي 233، هل هو عدد الاتصالات ولا البورتات؟ وهل السطر الأول header ينحسب؟`),
    no(`سيرفر جديد لسه مطلعناهوش لايف، فيه 20 TIME_WAIT بس من تجارب sipp صغيرة. عايز أعرف القيم الطبيعية وقت الشغل الحقيقي عشان أظبط alert`),
    no(`kifach nchouf l port range? dert sysctl -a | grep port_range w ja "net.ipv4.ip_local_port_range = 32768 61000". hada ch7al men port? w 3lach 61000 machi 60999 kima 3and sahbi?`),
    no(`قديش بتضل الاتصالات بحالة TIME_WAIT؟ دقيقة؟ ولا فيني غيرها؟ مجرد سؤال، ما في شي معطل عنا`),
    no(`sabah el kheir, ba3d lleil shefet 600 time_wait 3al server, el calls kellon mashye w ma fi shakawi. bas curious, hayda normal la server 3le 80 concurrent?`),
    no(`عندنا سيرفرين VOS، الأول فيه 280 time_wait والثاني 310، والحمل تقريباً نفسه. ليش الفرق؟ ولا ما يهم؟`),
    no(`راح نضيف كارير جديد بحدود ٥٠ CPS على TCP، والرينج الحالي ٣٢٧٦٨-٦٠٩٩٩. يكفي ولا نوسعه من هسه؟ هسه الاستخدام قليل، بحدود ٣٠٠ بورت`),
    no(`so2al: ch7al max dyal les ports f Linux? 65535? w wach VOS kay-khdem b port wa7ed 5060 ola kay7el ports okhrin l kol connexion TCP m3a l carrier?`),
    no(`عملت الأمر ده:
netstat -an | grep TIME_WAIT | wc -l
74
ده رقم كويس ولا شنو؟ السيرفر جديد وشغال تمام`),
    no(`slt, c normal ykoun fama ٣٠٠ time_wait ba3d redémarrage mta3 l serveur? ma fama 7atta mochkla, ken bech nefhem`),
    no(`كيف أعرف أي IP عنده أكثر TIME_WAIT؟ الأرقام عندي صغيرة، أكبر واحد 60 تقريباً، بس أبغى الأمر للمستقبل`),
    no(`هذا output السكربت اليومي:
[health] vos-kwt1 TIME_WAIT=190 ESTAB=45 ports_used=0.7% bind_errors=0
كل شي أخضر؟ أبغى أحط threshold للتنبيه، كم تنصح؟`),
    no(`عميل عندنا سألني ليه فيه connections بحالة TIME_WAIT على بورت 5060 وهو شايف حوالي ٩٠ بس. عايز أشرحله بشكل بسيط، ممكن؟`),
    no(`كم العدد الطبيعي للـTIME_WAIT لسيرفر عليه ٢٠٠ مكالمة متزامنة على TCP؟ حالياً عندي تقريباً ٧٠٠ وكل شي شغال، أبغى بس أعرف المتوقع`),
  ],
  firewallNoRst: [
    no(`يا شباب نبي نفتح 5060 TCP و UDP على الفورتي جيت لكارير جديد من الإمارات، عندهم IPين 94.x.x.10 و 94.x.x.11. نسوي VIP ولا firewall policy عادية تكفي؟`),
    no(`عايز أعمل whitelist لـ IP الكارير الجديد في iptables على سيرفر VOS، ده اللي عملته: iptables -I INPUT -s 197.x.x.50 -p udp --dport 5060 -j ACCEPT. كده كفاية ولا محتاج قاعدة للـRTP كمان؟`),
    no(`fail2ban حظر IP المكتب عنا! زميلي غلط بالباسورد 5 مرات على واجهة الفوس وهلق ولا حدا بالمكتب فيه يفوت. fail2ban-client status بيطلع sshd و vos-web. كيف بفك الحظر عن IP واحد؟`),
    no(`السلام عليكم، قرأت إنه لازم نطفي SIP ALG في الراوترات عند العملاء. كيف أعرف إذا هو شغال أصلاً على راوتر TP-Link Archer C6؟`),
    no(`salam, bghit nbloqui ga3 les pays f pfSense ghir lMaghrib w França w Spain 3la port 5060, bach n7bes les scanners li kaydkhlo f lil. pfBlockerNG howa l7el? wach kaybloqui 7ta RTP?`),
    no(`اخوان، شلون اسوي dst-nat بالميكروتك للرينج 10000-20000 UDP للـRTP على سيرفر VOS الداخلي 192.168.10.5؟ حاليا بس 5060 محولة والصوت يطلع من طرف واحد`),
    no(`n7eb n7ot rate limit 3al INVITE bel iptables, 20 par seconde par IP maximum, 5ater ja attack SIPVicious lbera7. el règle hedhi s7i7a? -m hashlimit --hashlimit-above 20/sec --hashlimit-mode srcip --hashlimit-name sip -j DROP`),
    no(`هلا، نحتاج نضيف access-list على الـASA للفندور الجديد، IP 62.x.x.77، بورت 5060 TCP ورينج RTP 10000-30000. هذا اللي كتبته: access-list OUTSIDE_IN extended permit tcp host 62.x.x.77 host 10.1.1.20 eq 5060. صح كذا؟`),
    no(`مرحبا، الـPalo Alto عنا بيصنف ترافيك الفوس كـsip وبيعمله inspection. بدنا policy خاصة لسيرفر الفوس مع application override. شو الأنسب، custom app ولا نطفي الـSIP ALG على الـPA؟`),
    no(`فتحت security group في AWS للسيرفر الجديد: 5060 UDP/TCP و 10000-20000 UDP من 0.0.0.0/0. هل هذا خطر؟ واحد قال لي أحصرها على IPs الكاريرز بس`),
    no(`سلام، عندنا SonicWall في الفرع، قالوا لي لازم أطفي "Enable SIP Transformations" أو "Enable consistent NAT". أيهم فيهم؟ المكالمات شغالة بس الصوت أحياناً يروح بعد دقيقة`),
    no(`يا جماعة عندنا Check Point والفريق الأمني يبغى object ورول جديد للكارير السعودي قبل الأحد. ايش المعلومات اللي لازم أعطيهم؟ IPs والبورتات بس ولا فيه شي ثاني؟`),
    no(`ابغى اسوي jail في fail2ban لواجهة الويب حق VOS عشان محاولات الدخول الكثيرة، فين ملف اللوج اللي فيه failed login؟ وأي failregex يصلح له؟`),
    no(`ياخي غلطة: حطيت iptables -P INPUT DROP قبل ما أضيف قاعدة الـSSH وانقفل علي السيرفر. دخلت من الـIPMI. الترتيب الصاح للقواعد شنو؟ داير 22 و 5060 والـRTP بس`),
    no(`slm, 3andi bzaf dyal REGISTER mn "friendly-scanner" f les logs, chi 2000 f sa3a. bghit nbloquihom b user-agent f iptables. wach -m string --string "friendly-scanner" kaykhdem mzyan?`),
    no(`salam, wa7ed l'employé yekhdem men dar, bghina ndiro port forward f router ta3o (Algérie Télécom) bach softphone yekhdem mli7. wesh lazem nfta7 ports? wela STUN yekfi?`),
    no(`شو الـpriority المناسبة لقاعدة NSG بأزور لفتح الـRTP 10000-20000؟ عندي قاعدة deny all على 4096 وقواعد تانية من 100 لـ 300`),
    no(`عم جرب ufw على سيرفر اختبار: ufw allow 5060/udp و ufw allow 10000:20000/udp. بدي كمان اسمح لـ TCP 5060 لكارير واحد بس، شو الصيغة الصح؟`),
    no(`السيرفر فيه iptables وعليه nf_conntrack_max = 65536 والعدد الحالي 3,400 بس. نبي نرفعه احتياط قبل رمضان لأن الترافيك يزيد. كم تنصح؟`),
    no(`صار عندنا fraud مكالمات لكوبا وجزر المحيط من حسابات مخترقة، نبي نحظر أي REGISTER من خارج مصر والسعودية على الـFortiGate. geo-ip policy تكفي ولا نحتاج شي على VOS نفسه؟`),
    no(`الكارير بعت إيميل إن عندهم IPs سيجنالينج جديدة من أول الشهر: 185.x.x.0/28. محتاجين نضيفهم في الـfirewall وفي الـrouting gateway بتاع VOS. فيه حاجة تانية لازم تتعمل؟`),
    no(`قال لي دعم فورتينت احذف الـsession-helper حق الـsip من الفورتي جيت (config system session-helper ثم delete 13). هل هذا يأثر على شي ثاني؟ السبب إن الـSDP يتعدل في النص`),
    no(`شلون أسوي rule بالميكروتك يحد عدد الـREGISTER من نفس الـIP؟ آكو واحد يجرب باسوردات على السيرفر من البارحة، أكثر من 300 محاولة بالدقيقة`),
    no(`3aslema, 3andna pfSense w l carrier y9oul el port source mta3na ytbadel (NAT randomise), lazem "static port" fel outbound NAT lel SIP. kifech na3mlha men ghir ma nkasser el reste?`),
    no(`Hetzner Robot firewall يسمح بـ10 قواعد بس، واحتاج أكثر لأن عندي 14 كارير. أدمجهم في subnets ولا أطفي فايروالهم وأعتمد على iptables بالسيرفر؟`),
    no(`الكارير قال انه حاظرين IP عنا لأنه تعدينا الـCPS المسموح (10 CPS) على الـSBC تبعهم، والـINVITEs صارت ترجع 503. كيف بحدد الـCPS من جهتنا على الـVOS لهالكارير؟`),
    no(`شايف في /var/log/messages كتير من دول:
kernel: IPT-DROP IN=eth0 SRC=45.x.x.x DST=203.x.x.10 PROTO=UDP SPT=5070 DPT=5060
ده طبيعي؟ IPs مش معروفة بتجرب تسجل. المكالمات عندنا ماشية عادي، بس عايز أتأكد إن القاعدة مظبوطة`),
  ],
  negationContext: [
    no(`تأكدت من softswitch.conf على vos-jed1 ولقيت SS_TCP_CLOSE_RESET="Off" زي ما هو من يوم التركيب، فما أظن الصوت المقطوع اللي عندنا له علاقة بالـRST. مين أكلم بخصوص الصوت؟`),
    no(`كل الـ400 اكستنشن عنا على UDP، ما في ولا جهاز TCP. هل إعداد close reset بيأثر علينا بشي لو حدا غيّرو بالغلط؟`),
    no(`للتوثيق بس: السنة اللي فاتت كان عندنا BindException و address already in use وقت الذروة على سيرفر القاهرة، وحليناها بـ tcp_tw_reuse وتوسيع الـport range، ومن وقتها ولا مرة رجعت. عايز أكتبها في الويكي، الصياغة دي صح؟`),
    no(`واحد صاحبي عنده سيرفر VOS بالرياض وفيه شي 30 ألف TIME_WAIT وقت الذروة، هو مو عميل عندكم وما عنده دعم. وش تنصحونه بشكل عام؟ سيرفرنا احنا ما فيه شي`),
    no(`ما تغير شي عندنا من شهور، والتلفونات اللي ورا NAT كلها مسجلة وتمام. بس حاب أفهم، ليش يقولون إن الـRST يخرب الـNAT؟`),
    no(`ناوين نشغل RST على سيرفر بغداد الأسبوع الجاي لأن المورد نصحنا بيه، وعدنا FortiGate بين السيرفر والكارير. شنو المخاطر قبل ما نسويها؟ هسه ماكو أي مشكلة`),
    no(`Training للشباب الجدد بالـNOC باچر: اشرحلي بالعربي شلون يختلف الإغلاق بـFIN عن الإغلاق بـRST في SIP over TCP، ووين يأثر كل واحد؟`),
    no(`جهاز الـload test (jmeter) عندنا يطلع Cannot assign requested address بعد 25 ألف request، بس هذا جهاز الاختبار مو الـVOS، والـVOS ما فيه شي. أعرف الحل هناك، بس هل نفس الشي ممكن يصير على السوفت سويتش؟`),
    no(`بشركتي القديمة قبل سنتين كان الـASA يرمي الـRST اللي طالعة من السوفت سويتش، ووقتها طفينا RST وخلصنا. هون ما عنا ASA أصلاً. بس فضول: ليش الـASA بيعتبر الـRST out of state؟`),
    no(`ya jama3a 3andi interview ghedda f chi charika VoIP, w wa7ed mn l as2ila f l'annonce: "what happens to a NAT binding when the softswitch sends RST?" chno ljawab s7i7 b tafsil?`),
    no(`صحيح إن الـRST يخلي TLS ما يرسل close_notify؟ احنا ما نستخدم TLS، السؤال نظري بس`),
    no(`امبارح طفينا الـRST بعد ما التليفونات اللي ورا الراوتر وقعت، والحمد لله كلهم رجعوا اتسجلوا من ساعتها ومفيش ولا شكوى. حبيت بس أقولكم شكراً`),
    no(`المورد بيقول إن الـpfSense تبعهم بيرمي RST packets، بس نحنا ما عنا RST مفعّل أصلاً، السويتش بيسكّر بـFIN. ليش عم يحكوا معنا نحنا؟`),
    no(`bghit nkteb doc l NOC 3la les symptômes dyal port exhaustion: TIME_WAIT bzaf, "cannot assign requested address", appels kayt7bso f peak... chno khassni nzid? daba makayn ta mouchkil, ghir préparation`),
    no(`ياخي صححت ليكم: الغلط ما كان address already in use زي ما قلت الصباح، طلع Connection refused من الكارير لأنو قفلو البورت 5060 عندهم للصيانة. يعني ما عندنا TIME_WAIT كتير ولا حاجة`),
    no(`l serveur li fih 40 alf TIME_WAIT howa l HAProxy ta3 site web, machi VOS. VOS fih gha 200. wesh kayen 3ala9a binathom wela lala?`),
    no(`في سلايدات الكورس مكتوب: SS_TCP_CLOSE_RESET الافتراضي Off، ولما يصير On بيسكّر بـRST وما بيضل TIME_WAIT. هاد الكلام دقيق؟ وبيشتغل عالـUDP كمان؟`),
    no(`في مارس كانت عندنا تلفونات ورا NAT طايحة بعد ما شغلنا RST، ورجعناه Off وقتها. اليوم بس أبا أتأكد إنه لسه Off بعد تحديث VOS، ما فيه أي شكوى`),
    no(`عندي reseller عنده MikroTik وكل تلفوناته TCP، بيسأل لو فعّلنا RST على السيرفر المشترك بالمستقبل، هل تلفوناته بتتأثر؟ لسا ما فعلنا إشي`),
    no(`الـTIME_WAIT عندنا ما يتعدى ٢ ألف في الذروة والبورتات ٢٨ ألف، بس المهندس يبي يفعّل RST "احتياطاً". يستاهل مع إن عندنا تلفونات ورا NAT؟`),
    no(`قبل ما تقترح RST: عندنا تلفونات TLS وورا NAT، فما راح نفعله. بس نبغى نعرف الجزء حق الكيرنل لحاله لو احتجناه مستقبلا، ايش هو؟`),
    no(`Hypothetically: iza el ASA 3enna sar yirmi el RST, shu rah nshouf bel zabt? baddi 7adder runbook, mesh 3am ysir shi hala2`),
    no(`انسوا رسالتي عن Cannot assign requested address، طلع السكربت حقي يسوي bind على IP 10.0.0.50 وهو مو موجود على السيرفر أصلاً (غلطة في الكونفق). صلحته والحين شغال`),
    no(`الكارير (مو احنا) هو اللي كان عنده TIME_WAIT flood وقالوا إن الـCPS مالتنا عالي، بس سيرفرنا نظيف، 400 time_wait بس. المشكلة عدهم صح؟`),
    no(`chnowa el far9 bin FIN w RST fel SIP TCP? w 3lech VOS par défaut 3al FIN? sou2el mta3 formation, mouch mochkla 3andna`),
    no(`الـRST change اترجعت يوم الأحد، ومن ساعتها ولا registration وقع، اقفلوا التيكت لو سمحتم`),
    no(`احنا على سيرفر A وكل تلفوناتنا UDP، والفريق الثاني فعّل RST على سيرفر B. يعني ما نتأثر صح؟`),
  ],
  portExhaustion: [
    pe(`السويتش يوقف يستقبل مكالمات جديدة كل ليلة من الساعة 9، واللوج مليان "bind failed: Address already in use" على الاتصالات الطالعة للكاريرز. نسوي restart ويرجع ساعة وبعدين نفس السالفة`),
    pe(`يا جماعة الحقونا، المكالمات بتفشل من الساعة ٨ بالليل
# netstat -ant | awk '{print $6}' | sort | uniq -c
  29811 TIME_WAIT
    412 ESTABLISHED
     31 LISTEN
والسيرفر مفيهوش غير الـVOS`),
    pe(`مرحبا، وقت الذروة (بين 7 و 11 المسا) الفوس ما عاد يفتح اتصالات TCP جديدة مع الكاريرز، وبالـlog: connect failed: Cannot assign requested address. ss -s بيعطي timewait 27940. بعد الريستارت بيمشي الحال ساعة ساعتين`),
    pe(`الأخوان، عدنا ٣٠ ألف تايم ويت على السيرفر والمكالمات تفشل بالذروة، أكثرها رايحة لكاريرين على TCP. شنو الحل الدائم؟`),
    pe(`salam, f lil l'serveur VOS kaywalli may3ayetch, les appels sortants kaytse99to w f log kayn "Cannot assign requested address" bzaf. ss -s kay3ti timewait 28 alf. ila dert restart kayrje3 chwiya w 3awtani.`),
    pe(`ya jme3a l VOS ta7 fel peak, CPS 120, barcha 503 w fel log "bind: Address already in use" 3al connexions sortantes lel carrier. netstat fih 29 alf TIME_WAIT. chnowa el 7al?`),
    pe(`ياخي السيرفر بقى يرفض المكالمات الطالعة بعد المغرب، ونحن شغالين TCP مع تلاتة فندورز، والـTIME_WAIT لما فحصت كان ٢٨٠٠٠. الريستارت بحلها شوية وترجع`),
    pe(`في الذروة كل يوم تطيح المكالمات الدولية، ولقينا في اللوج BindException وEADDRINUSE على الاتصالات اللي يفتحها السويتش للكاريرز، مو على 5060 حقنا. وعدد الـTIME_WAIT فوق ٢٧ ألف`),
    pe(`(رسالة صوتية) السلام عليكم يا أخي، بصراحة عندنا مشكلة من أسبوع، كل يوم بعد العشاء تقريباً تبدأ المكالمات تفشل، العملاء يتصلوا وما تمشي، وشيكت أنا في السيرفر لقيت شي اسمه TIME_WAIT عدده كبير مرة، شي تلاتين ألف أو أكثر، والمهندس حقنا قال إن البورتات خلصت، ولما نسوي ريستارت يرجع يشتغل ساعة ساعتين وبعدين يرجع يخرب، ايش الحل؟`),
    pe(`مسا الخير، هاد الوضع هلق بالذروة:
$ ss -s
Total: 30412 (kernel 30590)
TCP:   30188 (estab 380, closed 29760, orphaned 12, synrecv 0, timewait 29741/0), ports 0
وبلوغ الفوس: [ERROR] tcp connect to 80.x.x.20:5060 failed: Cannot assign requested address`),
    pe(`شو السالفة، كل يوم الساعة ١٠ بالليل الـCPS يوصل ١٥٠ والسويتش يبدأ يرفض، في اللوج "address already in use" عند الاتصال بالكارير. عدد الـtime_wait ٢٦ ألف وشوي`),
    pe(`الحين وقت الذروة والمكالمات تفشل، الـVOS ما يقدر يفتح سوكيت جديد للكارير: Cannot assign requested address. البورتات المستخدمة 28,100 من 28,232`),
    pe(`كل ما يزيد الضغط عالسيرفر بعد الساعة 8 المكالمات الصادرة بتفشل وبتطلع رسالة address already in use. الغريب انو لما نعمل restart بيرجع تمام لفترة. وعنا تقريبا 30k TIME_WAIT`),
    pe(`salam khawti, fel wa9t ta3 peak les appels sortants ma y5admouch, fel log "cannot bind: Address already in use" w netstat y3ayet 29 alf TIME_WAIT. ki ndir restart l mbx3000d yemchi chwiya mba3d yarja3`),
    pe(`el VOS 3am yfashel el calls kel lele bel peak, fi 3ashrin w shi alf TIME_WAIT, w el log malyen "Cannot assign requested address" 3al connect lal carriers. ba3d el restart bimshi se3a w btirja3`),
    pe(`TIME_WAIT ٣٠ ألف والمكالمات واقفة 😭`),
    pe(`al server y6ee7 kl lailah 3nd al peak, "bind failed: address already in use" 3la al outbound TCP lel carriers, w TIME_WAIT akthar mn 28 alf. al restart y9ala7ha mo2a8atan bs`),
    pe(`هذا من لوك السوفت سويج:
2024-05-12 21:47:03 [WARN] SIP TCP connect to 213.x.x.9:5060 failed: errno 99 (Cannot assign requested address)
2024-05-12 21:47:03 [WARN] SIP TCP connect to 213.x.x.9:5060 failed: errno 99 (Cannot assign requested address)
2024-05-12 21:47:04 [ERR] call 88123 failed: no route available
والـnetstat بي ٢٩ ألف TIME_WAIT`),
    pe(`من يوم زاد الترافيك مع الكارير الجديد (كل شي TCP) صرنا نشوف بالذروة "Cannot assign requested address"، والتايم ويت يوصل ٣٠ ألف. الريستارت يحلها مؤقت وبعد ساعة ترجع`),
    pe(`السويتش ما بقدر يعمل اتصالات جديدة مع الفندور في وقت الزحمة، الـlocal ports كلها خلصت (28 ألف TIME_WAIT في netstat)، والمكالمات بتفشل. الكلام ده بحصل كل يوم من 9 لـ 12`),
    pe(`Bonjour, depuis une semaine fel heures de pointe (20h-23h) le VOS ne peut plus ouvrir de connexions TCP sortantes vers les fournisseurs: "connect() failed (99: Cannot assign requested address)". ss -tan state time-wait | wc -l y3ti 28 513. ba3d redémarrage yemchi, mba3d nafs el 7keya`),
    pe(`l port range 32768-60999 w ila 7sebt TIME_WAIT f peak kan-l9a 28 ألف tqriban, ya3ni kolchi 3amer. les appels kayt7ebsou, "cannot assign requested address". chno ndir?`),
    pe(`كل ما زاد الـCPS فوق ١٠٠ يبدأ السيرفر يرفض يتصل بالكاريرز، وحسب ما شفت آلاف الاتصالات في TIME_WAIT، حوالي ٢٧٠٠٠. ايش نسوي؟`),
    pe(`اليوم بالذروة صار في فشل بالمكالمات الصادرة والـlog مليان EADDRINUSE على الاتصالات الطالعة. وقت فحصت كان في ٢٩٥٠٠ socket بحالة TIME_WAIT. ساعة بعد الريستارت رجعت نفس القصة`),
    pe(`بعد الساعة ٩ المكالمات بتقع، شوفوا:
# netstat -ant | grep TIME_WAIT | awk '{print $5}' | sort | uniq -c | sort -rn | head -3
  14876 41.x.x.15:5060
   9342 196.x.x.4:5060
   4120 154.x.x.88:5060
والسويتش بيقول Cannot assign requested address`),
    pe(`hala, sar 3ndna mushkila kl youm fi al-masa2, al-calls ma tetla3 w al-log feeh "Cannot assign requested address", w netstat yqool 3indna ~30,000 TIME_WAIT. lamma nsawi restart tirja3 tmshi fatra bs`),
    pe(`(vocal) allo ya kho, 3andna mochkil kbir, kol lila men 8 l 11 les appels ma yet3adaw ch, el clients rahom ytilifoniw. dert netstat l9it TIME_WAIT bezzaf, tlatin alf ta9riban, w fel log "bind failed address already in use" 3la les connexions vers l'opérateur. ki ndirou restart yemchi sa3a w yarja3. 3awenouna`),
    pe(`address already in use بالذروة كل يوم + ٣٠ ألف time_wait. الريستارت حل مؤقت بس`),
    pe(`السلام عليكم، هذا الوضع:
net.ipv4.ip_local_port_range = 32768	60999
net.ipv4.tcp_tw_reuse = 0
وبالذروة ss -s يطلع timewait 28102، والسويتش يكتب bind failed لكل اتصال جديد للكارير. المكالمات الجديدة ما تمشي`),
    pe(`الـCPS عندنا ٨٠ بالذروة وكل المكالمات TCP، وبعد ساعة من الذروة السويتش يقول cannot assign requested address ويبطل يتصل. عدد TIME_WAIT لما فحصت ٢٦٨٠٠. داير حل دائم بدل الريستارت`),
  ],
  natUnregistered: [
    nat(`بعد ما فعلنا SS_TCP_CLOSE_RESET أمس عشان الـTIME_WAIT، تلفونات فروع القصيم ورا راوترات الميكروتك صارت تطلع unregistered كل عشر دقايق تقريباً. كلها Yealink T46 على SIP over TCP، والمكتب الرئيسي اللي على IP عام ما فيه شي`),
    nat(`نص الإكستنشنات اللي في فرع المنصورة (٢٢ من ٤٥) بقت offline وبترجع لوحدها بعد شوية وتقع تاني. الفرع ورا راوتر هواوي عادي والأجهزة متظبطة TCP. ده كله بدأ من ساعة ما خلّينا السيرفر يقفل الكونكشنز بـRST امبارح الساعة ١١ بالليل`),
    nat(`مبارح المسا عملنا تغيير الـRST عالفوس (كرمال الـtime_wait)، واليوم الصبح تلفونات مكتب الحمرا اللي ورا الـTP-Link عم يوقعوا من التسجيل كل شوي. بالـVOS بشوفهم online دقيقتين وبعدين بيختفوا. كلهن SIP/TCP، وما حدا لمس الراوتر`),
    nat(`السوفت فونات مال الموظفين اللي يشتغلون من البيت (Zoiper على TCP، كل واحد ورا راوتر فايبر او ارثلنك) دا تفقد الـregistration وترجع بعد دقايق، وبالمكالمات الطويلة تنقطع. قبل ما كان هيج أبد. الشي الوحيد اللي تغيّر إنه خلينا الـclose mode على RST يوم السبت`),
    nat(`salam, mn nhar dernaa SS_TCP_CLOSE_RESET=On (lkhmis), les postes Fanvil dyal l'agence d Tanger li wra MikroTik wallaw unregistered kol chwiya, 3 7ta 4 d l mrat f sa3a. kolhom f TCP 5060. les postes li f siège (IP publique) makayn walou`),
    nat(`ba3d ma 7attina RST On fel softswitch nhar l'ethnin, les téléphones Grandstream eli wra el routeur Topnet fel bureau mta3 Sousse walla yetna7aw mel registration w yarj3ou. transport TCP. 9bal kenou ye5dmou normal, w 7atta 7ad ma mess el routeur`),
    nat(`التلفونات في فرع أمدرمان (ورا راوتر عادي) بقت unregistered وتضرب وتجي، ياخي الناس ما قادرين يستلمو مكالمات. شغالين SIP TCP. وكل ده بدا يوم الخميس، اليوم العملنا فيهو تغيير الـRST عشان مشكلة البورتات`),
    nat(`السلام عليكم، السوفت فونات حق الموظفين اللي يشتغلون من البيت على TCP ورا راوترات زين وأوريدو قاعدين يطيحون من التسجيل، وما كانوا كذا قبل. اللي تغير بس إن الأسبوع الماضي فعلنا الـRST close على السويتش`),
    nat(`(صوتية) السلام عليكم، أخي عندنا موضوع، بعد ما فعلتوا لنا خاصية الـRST حق الـTCP على السيرفر أول أمس، التلفونات حق فرع عدن، وهي ورا راوتر عادي، صارت كل شوية تطلع غير مسجلة وبعدين ترجع وبعدين تطيح، والمكالمات تروح عليها، والتلفونات هذي كلها على TCP. قبل التغيير ما كان فيه مشكلة أبداً`),
    nat(`هاد الموجود هلق بـ softswitch.conf:
SS_TCP_CLOSE_RESET="On"
من وقت ما حطيناه On (الاثنين)، الاكستنشنات اللي ورا NAT بالفروع عم تطلع Unregistered. الـtransport عندهم TCP. الاكستنشنات اللي على IP عام ما فيها شي`),
    nat(`شباب من يوم ما غيرنا الـTCP close mode لـRST، تلفونات مكتب القصيص ورا راوتر اتصالات قاعدة تفقد التسجيل، خصوصاً اللي على TCP، واللي على UDP عادي. شو نسوي؟ نرجّعه؟`),
    nat(`بعد التعديل اللي سويناه على السويتش عشان يسكر الاتصالات بـRST، التلفونات ورا الميكروتك في صحار صارت unregistered، والراوتر ما عاد فيه entries لها في الـconnection table`),
    nat(`شغلنا RST على السيرفر عشان مشكلة البورتات وانحلت الحمدلله، بس طلعتلنا مشكلة جديدة: تلفونات فرع نابلس اللي ورا الراوتر عم تطلع unregistered بالـVOS وما بترجع إلا لما نعمل reboot للتلفون. كلهم على TCP`),
    nat(`depuis ma activinaa SS_TCP_CLOSE_RESET, les téléphones ta3 l'agence d Oran li wra routeur NAT ta3 Algérie Télécom rahom ytay7o mel registration kol 20 min ta9riban, kolhom SIP TCP. 9bel ma kan walou. wesh nreja3 Off?`),
    nat(`kel el phones li wara el router bel office b Achrafieh 3am ysiro unregistered, w el calls 3am tousal 3al voicemail. kellon TCP. abel ma kenet fi mushkle, bada2 ba3d ma 3mlna el RST change 3al VOS el jem3a`),
    nat(`من وقت تغيير الـRST تليفونات الفرع اللي ورا الراوتر بتقع من التسجيل 😩 كلها TCP`),
    nat(`min 3mlna RST On 3la al softswitch (yom al-arbe3a), al phones ely wra al router fi far3 al-ahsa t6ee7 min al registration w tirja3, kulha TCP. al far3 al-ra2eesi ma feeh mushkila`),
    nat(`بعد تفعيل الـRST امبارح:
/ip firewall connection print where dst-address~"5060"
Flags: ... (ماكو entries للتلفونات)
والتلفونات بفرع البصرة كلها Unregistered، شغالة TCP ورا الميكروتك`),
    nat(`اليوم الصبح الموظفين في فرع الجهراء اللي ورا راوتر NAT يشتكون إن التلفونات مو مسجلة، وبالـVOS ما يطلع لهم registration. السويتش صار يسكر الاتصالات بـRST من أمس (SS_TCP_CLOSE_RESET On). التلفونات كلها TCP`),
    nat(`الـregistration expiry عنا 3600، بس التلفونات اللي ورا الـNAT بمكتب حلب صارت تطلع Unregistered قبل بكتير، كل ربع ساعة تقريباً. صار هيك بعد ما فعلنا RST كرمال الـTIME_WAIT. كلهم SIP TCP`),
    nat(`Bonjour, depuis l'activation du RST sur le softswitch (SS_TCP_CLOSE_RESET On) hier, les postes derrière NAT fel agence de Sfax walla unregistered. Tous en SIP TCP. 9bal kol chay mrigel`),
    nat(`salam, hada log dyal Yealink f l'agence:
REGISTER failed: 408 Request Timeout (transport TCP)
re-registering...
had chi bda mn nhar activina RST f VOS. les postes kamlin wra routeur NAT.`),
    nat(`التلفونات اللي ورا راوتر مكتب المكلا صارت كلها غير مسجلة بعد تغيير الـRST. المهندس حقنا يقول إن الـRST يمسح الـNAT entry حق الراوتر والتلفون ما يدري. التلفونات كلها TCP، ايش الحل؟`),
    nat(`mar7aba, el telefonat wara el NAT bel maktab el tani (Bethlehem) ma 3am tdal msajjale, kollha 3ala TCP. hada sar mn ba3d ma 8ayyarna e3dad ighla8 el TCP la RST`),
    nat(`بعد ما فعلنا RST على السيرفر التليفونات اللي ورا الراوتر بقت unregistered، ده اللي ظاهر:
14:02:11 IP 203.x.x.10.5060 > 41.x.x.77.48213: Flags [R.], seq 1, ack 1
14:02:40 IP 41.x.x.77.48213 > 203.x.x.10.5060: Flags [P.], REGISTER
14:02:40 IP 203.x.x.10.5060 > 41.x.x.77.48213: Flags [R], seq 0
والتليفونات كلها TCP ورا NAT`),
    nat(`hala, ba3d ma 6ala3na RST On 3la al VOS, al phones ely wra NAT fi maktab al-3ain sarat unregistered, w al-Mikrotik ma feeh connections lahum. kulha TCP. gabl ma kan fee shay`),
    nat(`(vocal) salam, ya kho les téléphones ta3 l'agence d Sétif rahom kamel unregistered, 12 poste, men ba3d ma derna RST f VOS lbare7. kolhom wra routeur Huawei, TCP. 9bel kanou mlah, w les postes ta3 siège ma 3andhom walou`),
    nat(`تلفونات الفرع اللي ورا NAT بطّلت تسجل من بعد ما قلبنا SS_TCP_CLOSE_RESET لـ On. كلها TCP، والقليلة اللي على UDP ماشية`),
    nat(`السلام عليكم، عندنا ثلاث فروع، الرياض وجدة والدمام، كل فرع ورا راوتر MikroTik، التلفونات كلها Yealink على SIP TCP. الأسبوع الماضي سوينا تعديل على السويتش عشان الـTIME_WAIT (فعلنا RST)، ومن يومها التلفونات في الفروع الثلاثة تطلع unregistered كل فترة وترجع`),
    nat(`فوروورد من ريسيلر عندنا: "يا جماعة كل عملائي اللي ورا راوترات منزلية (Zoiper وLinphone على TCP) بيطيروا من التسجيل من امبارح". شيكت لقيت إن فريقنا قلب SS_TCP_CLOSE_RESET على On امبارح العصر على السيرفر ده`),
  ],
  firewallRst: [
    fw(`المكالمات للكارير الإماراتي تفشل بنسبة ٣٠٪ من الأحد، وكلها تمر عبر الفورتي جيت. سوينا diagnose debug flow ولقينا الفورتي يرمي الـRST اللي يرسلها السويتش، والسيشن تظل في diagnose sys session list لين تنتهي. الأحد نفسه هو اليوم اللي فعلنا فيه RST`),
    fw(`بعد ما شغلنا الـRST، الـASA بيرمي الـRST اللي طالعة من السيرفر: %ASA-6-106015: Deny TCP (no connection) from 10.1.1.20/5060 to 62.x.x.77/41233 flags RST on interface inside. والمكالمات مع الكارير ده بتفشل`),
    fw(`من وقت ما حطينا SS_TCP_CLOSE_RESET On، الـpfSense اللي بين الفوس والكارير التركي عم يعلّم الـRST كـinvalid ويرميهم، وبالـstates table بضلوا الجلسات القديمة ESTABLISHED:ESTABLISHED. المكالمات اللي بتمر منه عم تفشل، والباقي لا`),
    fw(`iptables بالسيرفر الوسطي (الجيتواي مالنا بين السويج والكارير) دا يرمي الـRST لان conntrack يعتبرها INVALID، والاتصالات تبقى half-open عند الكارير والمكالمات تفشل وياه. هذا كله صار من بعد تفعيل RST`),
    fw(`mn nhar activina RST f VOS, l Palo Alto kay-droppi les RST w les sessions m3a Orange kaybqaw m7loulin (stale), les appels m3a dak l carrier kayfaylew`),
    fw(`ba3d el RST, el SonicWall y7ot les RST "dropped - out of state" w les appels eli t3addi 3lih tfassa5. 9bal el RST kol chay 3adi`),
    fw(`الـHuawei USG البين السيرفر والكارير بقى يرمي الـRST packets بتاعتنا ويكتب في اللوج إنها ما عندها session، والمكالمات مع الكارير البتعدي بيهو فاشلة. ده بدا من فعلنا الـRST على السويتش`),
    fw(`من يوم ما فعلنا RST على VOS، الـsecurity group في AWS بين السويتش والـSBC حق الكارير صار يرمي الـRST، والاتصالات تظل معلقة (half-open) والمكالمات تفشل`),
    fw(`بعد تفعيل RST على السويتش، هذا من لوج الفورتي جيت:
type="traffic" subtype="forward" action="deny" msg="TCP reset (RST) without session" srcip=10.0.0.5 dstip=185.x.x.20 dstport=5060
والمكالمات للكارير ذا كلها تفشل`),
    fw(`من وقت ما فعّلنا الـRST:
# conntrack -S | grep invalid
cpu=0 ... invalid=18342
# iptables -L -v | grep INVALID
 18K  1.1M DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
والمكالمات عبر هالفايروال عم تفشل`),
    fw(`شو السالفة مع الـASA 5516؟ من فعلنا RST صار يرمي الـRST ويكتب "TCP packet out of state"، والمكالمات اللي تمر عليه لكارير du تفشل، واللي ما تمر عليه تمام`),
    fw(`بعد ما خلينا السويتش يسكر بـRST، صار الـpfSense يسجل block على packets فيها flag R، والسيشنز القديمة تظل عنده لين تنتهي بعد ساعات، والمكالمات للمورد الهندي تطيح أول ما تبدأ`),
    fw(`من بعد تغيير الـRST يوم الأحد، الفورتي عم يرمي الـRST وبتضل الجلسات half-open عند الكارير الأردني، وهو صار يرفض INVITEs جديدة على نفس الكونكشن. المكالمات اللي بتطلع عبر الفورتي عم تفشل`),
    fw(`depuis l'activation du RST, le firewall Stormshield ydroppi les paquets RST, les sessions ybe9aw ouverts 3and l'opérateur w les appels vers lih ma y5admouch`),
    fw(`el firewall (ASA) 3am yirmi el RST packets, w el calls li btmorr feh 3am tfashel. abel el RST change ma kenet fi mushkle`),
    fw(`من ساعة ما فعلنا الـRST والفايروال بتاع الداتا سنتر بيرمي الـRST والمكالمات للكارير بتفشل`),
    fw(`min 3mlna RST On, al FortiGate yarmi al RST packets w al calls ely tmurr 3leh t6ee7`),
    fw(`لوك الـPalo Alto بعد تفعيل RST:
TRAFFIC,drop,10.10.1.5,80.x.x.9,tcp,5060,"packet out of state"
والمكالمات ويا الكارير تفشل`),
    fw(`السويتش صار يسكر بـRST من أمس، واليوم المكالمات اللي تمر على الـSonicWall تفشل، والـSonicWall يرمي الـRST ويكتب "TCP packet received on non-existent/closed connection"`),
    fw(`ياخي الـSophos XG البين السويتش والكارير بقى يرمي الـRST البتطلع من الـVOS من عملنا SS_TCP_CLOSE_RESET On، والكونكشنات بتفضل معلقة عند الكارير والمكالمات بتفشل`),
    fw(`Bonjour, depuis qu'on a mis SS_TCP_CLOSE_RESET à On, le pfSense entre le VOS et le carrier bloque les RST (state mismatch) et les appels échouent. Avant ça marchait`),
    fw(`salam, hada tcpdump mn jih l carrier mor l FortiGate:
21:10:02 IP 80.x.x.9.5060 > 185.x.x.3.46120: Flags [P.], INVITE
(walou RST kayweslou)
w mn jihtna l VOS kaysift RST. les appels kaytfaylaw mn nhar activina RST.`),
    fw(`بعد تغيير الـRST، الـJuniper SRX اللي بين السويتش والكارير يرمي الـRST (flow session not found)، والسيشنز تظل عالقة عنده، والمكالمات تفشل`),
    fw(`من وقت تفعيل RST، الـCheck Point عم يكتب "TCP packet out of state: First packet isn't SYN" ويرمي الـRST، والمكالمات عبره فاشلة`),
    fw(`بعد ما فعلنا RST، الـAzure Firewall بيرمي الـRST packets، والمكالمات مع الكارير اللي وراه بتفشل`),
    fw(`ba3d ma 6ala3na RST On 3la al VOS, al pfSense yarmi al RST w al sessions tb8a stale, w al calls lel carrier tfshal`),
    fw(`(vocal) salam, depuis ma derna RST f VOS, le firewall ta3 l'opérateur (Fortinet) rah ydroppi les RST, les appels m3ahom ma y5admouch, w 9bel kanou mlah`),
    fw(`سؤال سريع: الـFortiGate عم يرمي الـRST اللي من السويتش (من بعد ما فعلنا RST) والمكالمات عبره عم تفشل، شو الحل الأسرع؟`),
    fw(`السلام عليكم، عندنا FortiGate 200F بين الـVOS والكارير السعودي، الأسبوع الماضي فعلنا RST على السويتش عشان الـTIME_WAIT، ومن يومها الفورتي يرمي الـRST packets (no session matched) والسيشنز تظل عنده مفتوحة، والمكالمات عبره تفشل بنسبة كبيرة`),
    fw(`بعد تفعيل RST mode، شفت هذي في dmesg على الراوتر اللينكس اللي قدام السويتش:
nf_ct_tcp: invalid RST IN= OUT= SRC=10.0.0.5 DST=91.x.x.40 PROTO=TCP SPT=5060 DPT=38811
والمكالمات للكارير اللي ورا هذا الراوتر تفشل، وهم يقولون إن الجلسات عندهم معلقة`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning254Set: readonly EvalItem[] = Object.values(tuning254Families).flat();
