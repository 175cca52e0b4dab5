import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Carriers, call centres and VoIP resellers in the Levant, the Gulf and Iraq: Levantine (Syrian, Lebanese, Jordanian,
 * Palestinian, about 40%), Gulf (Saudi, Emirati, Kuwaiti, Omani, about 35%) and Iraqi (about 25%) Arabic, about half in
 * Arabic script and half in Arabizi (3, 7, 5, 2, 8 for letters), with English technical words and some French in Lebanon.
 * Part of the Gulf messages use Eastern Arabic digits (٠-٩); thousands as "alf", "ألف", "آلاف" or "28k". They greet with
 * "marhaba", "ya 3ammi", "habibi", "السلام عليكم", "الله يعطيك العافية".
 *
 * The hundred-and-ninetieth tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-ninetieth never-tuned set, before the sixty-eighth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-eighth round, then made tuning
 * material for the sixty-ninth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 95.6 %, negatives confident 2.2 %, confident wrong 0 % with the rules of
 * the sixty-seventh round, before the sixty-eighth.
 * After the sixty-eighth round: the same.
 * After the sixty-ninth round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning190Families = {
  oneListeningPort: [
    no(`marhaba, ba3d ma 3melna restart lal server, el web portal tab3 el VOS ma 3am ye2la3. catalina.out fih:
java.net.BindException: Address already in use: JVM_Bind <null>:8080
shu el 7al? el calls mashye 3adi`),
    no(`مرحبا، nginx ما عم يقلع بعد التحديث:
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
في شي تاني ماسك البورت 443؟ بدي مساعدة`),
    no(`bonjour, mysqld ma 3am yi2la3 3al VOS server, el log 3am ye2ol: [ERROR] Can't start server: Bind on TCP/IP port: Address already in use ... Do you already have another mysqld server running on port: 3306 ? merci d'avance`),
    no(`السلام عليكم، بعد ما عملنا restart للسيرفر الـ softswitch ما رضي يقلع، بالـ log: bind 5060 failed: Address already in use. شكله في process قديمة لسا ماسكة 5060. كيف بنعرف مين؟`),
    no(`ya zalameh, 3am a7awel ashaghel el dev server 3ala el laptop tab3i la a7adder el API tab3 el billing, bi2olli "Error: listen EADDRINUSE: address already in use :::3000". hay 3ala jihazi msh 3ala el server, bas bidi a3ref kaif asakker yalli maskuh`),
    no(`مرحبا شباب، redis ما عم يشتغل عالسيرفر التاني:
Could not create server TCP listening socket *:6379: bind: Address already in use
شو الحل؟`),
    no(`el container tab3 el grafana ma 3am yi2la3: "Error starting userland proxy: listen tcp4 0.0.0.0:3000: bind: address already in use". fi container tene 3am yesta3mel nafs el port? 3melt docker ps w ma shefet shi`),
    no(`مرحبا، ركبنا apache على نفس سيرفر الـ VOS لنحط صفحة للزباين وطلع:
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80
الـ softswitch شغال عادي والمكالمات ماشية، بس الصفحة لأ`),
    no(`salut, ba3d el upgrade el vos3000 web (tomcat) ma 3am ye2la3, port 8080 already in use. 3melet netstat -tlnp | grep 8080 w tele3 java tene, PID 2231. ca veut dire fi tomcat 2adim ba3do shaghal? kill w restart?`),
    no(`مرحبا، خدمة الـ H323 ما بتقلع بعد ما نقلنا السيرفر من الراك: "bind port 1719 failed, Address already in use". مين ممكن يكون ماسك 1719؟ الـ SIP شغال تمام`),
    no(`ya shabab, 3melna reboot w hala2 el mbx3000d bi2ol "SIP listen 0.0.0.0:5060 failed: Address already in use". ps -ef bi farji process mbx3000 2adime lissa 3aysheh. ne2tela w mna3mel start?`),
    no(`السلام عليكم، الله يعطيك العافية. بوابة الويب حقت الـ VOS ما تفتح من أمس، وفي اللوق:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use
وش اللي ماسك البورت؟`),
    no(`hala, ab3a asawi restart 7ag el nginx elly 2edam el portal bas yiglee "bind() to 0.0.0.0:80 failed (98: Address already in use)". el calls zain, bas el portal wagef`),
    no(`مرحبا، شنو معنى هذا؟ سويت تشغيل لـ mysql بعد ما رجعت الكهربا: Bind on TCP/IP port. Got error: 98: Address already in use. السيرفر فيه mysql ثاني شغال؟`),
    no(`assalamu 3alaikum, 3indna backup server lel VOS, lama nshaghel el softswitch 3aleh yi3ti "bind 5060 failed address already in use" li2anno asterisk mrakkab 3aleh min zaman w shaghal. kaif n7el?`),
    no(`مساء الخير، المبرمج حقنا يقول البورت ٨٠٨٠ محجوز على جهازه لما يشغل الـ API: Address already in use. هذا على اللابتوب حقه مب على السيرفر. وش الأمر اللي يطلع مين ماسكه على ويندوز؟`),
    no(`الله يعطيك العافية، ركبنا zabbix agent على سيرفر الـ VOS وما يشتغل:
cannot create listener on port 10050: listen() for [[-]:10050] failed: [98] Address already in use
عادي نغير البورت لـ ١٠٠٥١؟`),
    no(`shlonkom, el docker compose 7ag el CRM mayabi yishtaghil: "Bind for 0.0.0.0:5432 failed: port is already allocated". 3indi postgres mrakkab 3al host nafso. shno asawi?`),
    no(`ya3teek el 3afya, el Tomcat 7ag el vos3000 web yiwagif kil marra n3eed tashgheel el server, el log yigool "Address already in use <null>:8080". el softswitch nafso shaghal w el calls tamam, bas ma nigdar nedkhal el web`),
    no(`السلام عليكم، بعد تحديث النظام خدمة الـ SNMP ما تشتغل: Error opening specified endpoint "udp:161" - bind: Address already in use. هل في خدمة ثانية على ١٦١؟`),
    no(`السلام عليكم عيني، رجعنا شغلنا السيرفر بعد ما انقطعت الكهرباء والـ softswitch ما يقلع، يطلع bind 5060 failed: Address already in use. اكو process قديمة؟ شلون اعرفها؟`),
    no(`shlonak 3ammi, el apache 3al server el jideed ma da yishtaghil: "Address already in use: make_sock: could not bind to address 0.0.0.0:443". akhooya nasab nginx 3ala nafs el server gabel`),
    no(`الله يعطيك العافية، جاي اشغل java app مال الـ recharge على بورت 9090 ويطلع java.net.BindException: Address already in use (Bind failed). هواية شغلات على السيرفر، شلون اعرف منو ماسك 9090؟`),
    no(`habibi el container mal el dashboard ma da ygoom: "driver failed programming external connectivity ... Bind for 0.0.0.0:8080 failed: port is already allocated". hessa shnu asawi`),
    no(`اخي الـ vos3000 web ما دا يفتح من الصبح، الـ catalina.out بي Address already in use: JVM_Bind 8080. البارحة اكو واحد نصب tomcat ثاني على نفس السيرفر`),
    no(`marhaba, ba3d ma 3emalna restart lel mbx3000d yiktib "cannot bind SIP TCP port 5060: Address already in use". netstat -tlnp yiraweeni mbx3000d PID 1893 mal gabel ba3da 3aysha. akitla?`),
    no(`المبرمج مالتنا يشغل npm start على اللابتوب ويطلع EADDRINUSE :::5000. هو يحاول يشغل نسختين من نفس البرنامج؟ ماكو علاقة بالسيرفر الرئيسي صح؟`),
  ],
  otherRegistrationCause: [
    no(`bonjour, kel el phones bel office unregistered men el sob7. ghayarna el password tab3 el accounts mbare7 bas nseena n3adel 3al phones, w bel log kello 403 Forbidden. ya3ni lezim nghayer kel wa7ad 3a ide?`),
    no(`مرحبا، الغيتواي تبع الزبون بحمص طالع unregistered، الزبون بيقول الكهربا مقطوعة عندهم من الصبح والـ UPS خلص. لما ترجع الكهربا لازم يرجع يسجل لحالو صح؟`),
    no(`marhaba, 3andna 40 extension unregistered faj2a. tele3 eno el ISP ghayar el public IP tab3 el server w el phones lissa bi2shro 3al IP el 2adim. kaif n7ot DNS name badal el IP?`),
    no(`السلام عليكم، حساب الريسيلر تبعنا صار unregistered وكل الخطوط وقفت، بالـ web مكتوب account locked - insufficient balance. هاد لأنو ما دفعنا الفاتورة؟ حولنا المبلغ الصبح`),
    no(`salut, el softphones (zoiper) 3and el agents 3am ya3mlo 401 Unauthorized w unregistered ba3d ma ghayarna el domain mn sip.old.com la sip.new.com. kello UDP, ma fi TCP abadan`),
    no(`مرحبا، غيرنا الراوتر بالمكتب لـ MikroTik جديد وصارت التلفونات تسجل وتفصل كل دقيقتين. كل شي UDP 5060 وما لمسنا السيرفر. قالولي يمكن SIP ALG شغال عالراوتر الجديد؟`),
    no(`shabab el licence tab3 el VOS khelset mbare7 b2alb el lel, hala2 kel el gateways unregistered w el web 3am y2ol license expired. emta fina njaded?`),
    no(`يعطيك العافية، فرع إربد كل الأجهزة unregistered، طلع النت عندهم مقطوع من أورانج من الساعة 9 الصبح. ما إلها علاقة بالسيرفر صح؟`),
    no(`bonjour, un client 3ando gateway Dinstar unregistered. ba3d ma checkna tele3 eno 7ada bel office 3emel factory reset lal gateway w ra7et kel el config. merci, on va le reconfigurer`),
    no(`مرحبا، غيرنا اسم الدومين من voip.company.ps لاسم جديد والـ DNS لسا ما انتشر، فالتلفونات يلي بتسجل بالاسم صارت unregistered. قديش بياخد وقت؟`),
    no(`ya zalameh el account tab3 el reseller Ahmad ma3mol expiry date 31/5 w ma 7ada jaddado, la hek kol el phones tab3o unregistered. jaddedlo el expiry w khalas?`),
    no(`السلام عليكم، الله يعطيك العافية. عندنا ١٢ تلفون في الفرع unregistered من الصبح، واتضح إن الفني غير الباسوورد للحسابات في الـ VOS ونسى يحدثها في التلفونات. الحين نعدلها وحدة وحدة؟`),
    no(`hala, el softphones 3ind el call centre ta3ooh "registration failed 403". tala3 el account 7aghom suspended li2an el balance khalas. lw sawwena recharge al7een yirja3?`),
    no(`مرحبا، الجهاز Yealink اللي في الاستقبال ما يسجل من الصبح، وطلع الكيبل مفصول والجهاز ما له باور أصلاً. بس نبي نتأكد ما في شي ثاني من عندكم`),
    no(`assalamu 3alaikum, ghayarna el ISP mn Omantel ila Ooredoo w el gateway sar unregistered. el gateway 3ala UDP, w el VOS 3indah el IP el gadeem 7agna fi el gateway mapping. lazim n7adith el IP 3indkum?`),
    no(`الله يعطيك العافية، كل التلفونات في الشركة unregistered، والسبب إن الدومين حق السيرفر sip.xxxx.ae انتهى وما تجدد. جددناه الحين، كم ياخذ وقت يرجع؟`),
    no(`ya3teek el 3afya, ams sawwena upgrade lel firmware 7ag el Grandstream phones w al7een kilhom unregistered, yibayyin el firmware mase7 el SIP server field. el settings kilha ra7at`),
    no(`مساء الخير، الـ SIP ALG بالراوتر الجديد حق زين مفعل وكل التلفونات تطيح تسجيلها. التلفونات UDP بس، وما غيرنا شي في السيرفر. وين نطفيه؟`),
    no(`salam, el VOS licence 7agna 3ala 1000 line w wasalna el limit, el phones el jdeed ma tsajjel "registration rejected - license limit". nab3a nzeed el licence`),
    no(`السلام عليكم، صار انقطاع كهربا في المبنى كامل البارحة والجهازين حق الـ PBX طافيين الحين، عشان كذا unregistered. نبي بس نتأكد ما في شي في السيرفر`),
    no(`السلام عليكم، كل مشتركين الـ VoIP بمنطقة الكرادة unregistered، طلع الفايبر مقطوع من شركة الانترنت من البارحة. شكد ياخذ حتى يرجعون؟`),
    no(`shlonak 3ammi, el gateway mal Basra unregistered, tala3 el account ma3mool 3aleh suspended li2an ma dafa3o. hessa dafa3o, rajja3oh rajaa2an`),
    no(`عيني السوفتفون عند الموظفين يطلع 401 من غيرنا كلمة السر الصبح، والموظفين ما دا يعرفون الكلمة الجديدة. شلون نبعثلهم الاعدادات؟`),
    no(`akhi, ghayyarna el router mal el office w el phones kulha sarat unregistered. tala3 el router el jideed 3ateehom public IP ghayr w el VOS 3indah IP whitelist 3ala el IP el gadeem`),
    no(`مرحبا، الحساب مال الموزع بالنجف صار expired، وكل التلفونات مالته unregistered. ممكن تمددون الصلاحية؟`),
    no(`salam, hwaya phones unregistered lyom, bas tala3 akhooya ghayar el SIP port bil VOS mn 5060 ila 5080 w ma gal l7ad. rajja3na 5060 w rij3at`),
    no(`الله يعطيك العافية، الـ gateway مال المكتب ما يسجل، طلع كتبنا IP السيرفر غلط بالاعدادات (رقم ناقص). هسه صلحناه بس ما دا يسجل بعد، شكد لازم ننتظر؟`),
  ],
  smallFigures: [
    no(`marhaba, 3melt ss -s 3al server w tele3 TIME-WAIT 214. hal ra2em tabi3i? el server hadi, 3 calls bas`),
    no(`مرحبا، هاد output الـ ss -s عالسيرفر الساعة 3 الصبح:
Total: 412 (kernel 530)
TCP:   187 (estab 41, closed 96, orphaned 0, synrecv 0, timewait 93/0), ports 0
منيح هيك ولا في مشكلة؟`),
    no(`bonjour, souel sghir: shu bya3mel SS_TCP_CLOSE_RESET bel zabt? 3am nfakker nghayro bas ma baddi ekhrob shi. merci`),
    no(`يعطيك العافية، إذا فعّلنا RST mode، التلفونات اللي ورا NAT عند الزباين رح تتأثر؟ ما غيرنا شي لهلق، بس بدنا نعرف قبل`),
    no(`ya zalameh shu ya3ni TIME_WAIT? shefto bel netstat 3ala kaza connection w ma fhemt`),
    no(`مرحبا، netstat -ant | grep TIME_WAIT | wc -l طلع 37. بالذروة بيوصل لـ 300 تقريباً. هل لازم نعمل شي؟`),
    no(`salut, 3anna 120 CPS bel peak w el TIME_WAIT ma bitla3 aktar men 600. hayda normal? ma fi ay errors, bas el manager baddo ta2kid`),
    no(`بونجور، سؤال: في فرق بين tcp_tw_reuse و tcp_tw_recycle؟ شو الأنسب لسيرفر VOS؟ ما عنا مشاكل هلق`),
    no(`ya shabab eza 7atayna SS_TCP_CLOSE_RESET=On, bi2asser 3al trunks yalli 3al UDP? kel el carriers 3anna UDP`),
    no(`السلام عليكم، شو الـ ip_local_port_range الافتراضي؟ عنا 32768 60999، هل بيكفي لسيرفر فيه 20 CPS؟`),
    no(`marhaba, 3melna el health check el shahri: TIME_WAIT 150, estab 60, load 0.3. kol ishi tamam? ba3atlak el screenshot`),
    no(`السلام عليكم، سويت ss -s وطلع timewait ٣٢٠ والسيرفر عليه تقريباً ٤٠ مكالمة. طبيعي ولا نحتاج نعدل شي؟`),
    no(`hala, ab3a a3arf el farq bain FIN w RST fi closing el TCP. el manager yabi yifham gabel ma nsawwi ay change`),
    no(`مرحبا، لو فعلنا tcp_tw_reuse في شي خطر؟ السيرفر مستقر الحين والـ TIME_WAIT أقل من ٥٠٠`),
    no(`salam, su2al: lw sawwena RST mode, el FortiGate 7ag el data centre bi yisawwi mashakil? ma fa33alnah ba3ad`),
    no(`الله يعطيك العافية، هذا netstat بالليل:
tcp  0  0 10.0.0.5:5060  185.x.x.x:48211  TIME_WAIT
tcp  0  0 10.0.0.5:5060  185.x.x.x:48307  TIME_WAIT
(المجموع ١٨ بس). هذا يعني في مشكلة؟`),
    no(`ya3teek el 3afya, kam TIME_WAIT yi3tabar katheer? 3indna 2k bil peak 3ala server 200 CPS, ma fee ay error w el calls zaina`),
    no(`مساء الخير، وش الفرق بين service mbx3000d reparse و restart؟ نبي نعدل باراميتر بسيط بالـ softswitch.conf وما نبي نطيح المكالمات`),
    no(`salam, el SS_TCP_CLOSE_RESET 3indna Off (default). hal ne7taj nghayyro? el TIME_WAIT ma yit3adda 800`),
    no(`السلام عليكم، الإدارة تسأل: هل ٣٠٠ TIME_WAIT على سيرفر فيه ٢٥ CPS رقم عادي؟ نبي رد رسمي للتقرير`),
    no(`السلام عليكم، شنو يعني orphaned بالـ ss -s؟ عندي orphaned 0 و timewait 77`),
    no(`shlonak, hay el ss -s mal el server:
TCP:   96 (estab 30, closed 52, orphaned 0, synrecv 0, timewait 48/0), ports 0
zeina loo aku shi?`),
    no(`عيني اذا شغلنا RST mode على السيرفر، التلفونات اللي ورا MikroTik راح تفصل؟ بعد ما سوينا شي، بس نريد نعرف`),
    no(`3ammi el manager yis2al: shgad TIME_WAIT yi7mal el server gabel ma ysir mashakil? hessa 3idna 250 bas`),
    no(`مرحبا، شلون اعرف الـ SIP عندي TCP لو UDP؟ قريت عن SS_TCP_CLOSE_RESET وأريد أفهم إذا يخصنا`),
    no(`habibi, netstat -an | grep -c TIME_WAIT tala3 112. hatha katheer?`),
    no(`السلام عليكم، نريد نكبر السيرفر من 50 لـ 150 CPS الشهر الجاي. هل لازم نغير ip_local_port_range من هسه؟ هسه ماكو أي مشكلة`),
  ],
  firewallNoRst: [
    no(`marhaba, baddna nfta7 port 5060 TCP w UDP 3al FortiGate la carrier jdid. el IP: 91.x.x.x. fik tsa3edna bel policy?`),
    no(`مرحبا، fail2ban حظر IP الزبون تبعنا بعد ما غلط بالباسورد كذا مرة. كيف بفك الحظر؟ fail2ban-client status sip-auth بيطلع الـ IP تبعو`),
    no(`bonjour, baddi a3mel white-list la IP el carrier el jdid 3al iptables: 5.62.x.x. est-ce que el command hayde sa7: iptables -I INPUT -s 5.62.x.x -p udp --dport 5060 -j ACCEPT ?`),
    no(`يعطيك العافية، بدنا نسكر السيرفر عن كل الدول إلا الأردن والسعودية (geo-blocking) على الـ pfSense. في طريقة سهلة؟`),
    no(`marhaba, 3ana MikroTik bel office, baddi a3mel port forwarding la 5060 UDP w RTP 10000-20000 3al PBX el dakhli. shu el rules?`),
    no(`ممكن تراجعولنا إعدادات الـ iptables قبل ما نطبقها؟ لصقتلكن الـ rules:
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT
-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
-A INPUT -j DROP`),
    no(`salut, el SIP ALG 3al router tab3 el client (Huawei) lezim yikoun on aw off? la2ano el sot 3am ye2ta3 min tarf wa7ad`),
    no(`بونجور، الـ firewall تبع الداتا سنتر عم يعمل block لـ IP كاريير جديد. بدي افتحلو 5060 TCP. شو لازم ابعت للداتا سنتر بالزبط؟`),
    no(`ya zalameh, fail2ban sakkar el IP tab3i ana la2ani dakhalt el password ghalat 3 marrat 3al SSH. dakhalt mn el console, kaif afta7 7ali?`),
    no(`مرحبا، شفنا بالـ logs تبع الفورتي محاولات SIP scanning من IPs برا (friendly-scanner). بدنا نعمل block. شو أحسن طريقة؟`),
    no(`marhaba, el Sophos 3andna, baddna nfa33el el SIP helper aw la2? el calls shaghalin hala2 bas baddna na3ref el best practice`),
    no(`السلام عليكم، نبي نفتح البورتات لكاريير جديد في الـ FortiGate: الـ IP ٤٥.١٢.x.x و ٤٥.١٢.x.y، SIP على TCP ٥٠٦٠. وش نكتب بالـ policy؟`),
    no(`hala, el security team yabon review 7ag el firewall rules 7ag el VOS server gabel el audit. a3ateek el export min el ASA?`),
    no(`مرحبا، fail2ban قاعد يحظر IP الكاريير حقنا كل شوي لانه يرسل OPTIONS وايد. شلون نحطه whitelist؟`),
    no(`salam, nab3a nsakkir el port 8080 (web) 3an el internet w nkhalleeh bas lel office IP. kaif bil iptables?`),
    no(`الله يعطيك العافية، بنغير الفايروال من Cisco ASA إلى FortiGate الأسبوع الجاي. وش البورتات اللي يحتاجها الـ VOS3000؟`),
    no(`ya3teek el 3afya, el SIP ALG mfa33al 3al FortiGate w sam3na lazim nsakkro. hal hatha sa7? kil shi shaghal al7een`),
    no(`مساء الخير، نبي نسوي geo-block لكل الدول إلا الكويت والخليج على الـ MikroTik. عندنا تقريباً ٢٠٠ هجمة SIP باليوم`),
    no(`salam, 3indna pfSense w nab3a nsawwi port forward min el WAN 5060 lel VOS el dakhli 192.168.10.5. a3teek el rules tshoofha?`),
    no(`السلام عليكم، الـ iptables حق السيرفر يطلع ١٥ ألف packet DROP من IPs غريبة على بورت ٥٠٦٠ UDP، هذا scanning صح؟ نبي نتأكد إنه ما يأثر على المكالمات`),
    no(`السلام عليكم، نريد نفتح بورت 5060 TCP للكاريير الجديد بالـ MikroTik، الـ IP مالته 37.x.x.x. شلون نسويها؟`),
    no(`shlonak 3ammi, fail2ban 7idhar el IP mal el call centre kulla 3ala mod wa7id mn el agents ghalat bil password. shlon arfa3 el ban?`),
    no(`عيني، السيرفر مالنا ماكو عليه اي firewall. شنو الرولز الاساسية اللي لازم نحطها بالـ iptables حتى نحميه؟`),
    no(`marhaba, el ISP yigool el SIP ALG mfa33al bil router w ygool khallee ytaffoona. nitfee? el phones 3idna UDP`),
    no(`الله يعطيك العافية، بالـ FortiGate شايف deny على IPs صينية تحاول تسجل على 5060. هذا طبيعي؟ ما نريد نخرب شي`),
    no(`akhi, nreed nsawwi whitelist lel IPs mal el resellers bas w nsidd el baqi 3al 5060. 3idna 12 reseller`),
    no(`السلام عليكم، الداتا سنتر يطلبون قائمة البورتات المفتوحة على سيرفر الـ VOS حتى يراجعون الـ firewall. ممكن ترسلوها؟`),
  ],
  negationContext: [
    no(`marhaba, el phones bel fare3 unregistered bas ma 7ada ghayar shi 3al server, w SS_TCP_CLOSE_RESET Off men awwal yom, wala marra fa33alnah. kel el phones UDP. ya3ni akid msh men el RST?`),
    no(`بونجور، مشكلة الـ TIME_WAIT يلي حكينا عنها الشهر الماضي انحلت، هلق الرقم حوالي 200 بالذروة. ميرسي كتير`),
    no(`ya3teek el 3afya, el phones kanat unregistered mbare7 bas tele3 el sabab eno ghayarna el password. hala2 kol ishi tamam, msh men el RST`),
    no(`للعلم بس: هاد تيكت قديم من 2023 محلول، كان فيه address already in use و TIME_WAIT 40 ألف وحليناه وقتها. عم بعتو للأرشيف`),
    no(`merci bcp, ba3d ma rajja3to el close mode la Off el phones rij3o registered kellon. hala2 stable men 3 iyyem`),
    no(`مرحبا، المكالمات عم تفصل بس نحنا UDP فقط، ما في ولا trunk على TCP، والـ RST عمرو ما انفعل. فما بظن إلها علاقة بالفايروال`),
    no(`shabab el FortiGate ma 3am ya3mel drop la shi, checkna el logs kella w ma fi wala "no session matched". el moshkle kanet bel carrier nafso w hala2 n7alet`),
    no(`لا لا، ما فعلنا RST ولا غيرنا شي بالـ softswitch.conf. سألت بس لأنو قريت عنها. السيرفر تمام`),
    no(`bonjour, fi 3anna "address already in use" bas hayda kan bel log tab3 el sene el madye, msh hala2. ma fi shi jdid, kent 3am naddef el logs`),
    no(`شكراً إلكن، بعد ما رجعتوا الإعداد لـ Off المكالمات رجعت طبيعية، والـ FortiGate ما عاد فيه ولا out of state. منسكر التيكت`),
    no(`marhaba, el TIME_WAIT kan 30 alf el esbou3 el madi, bas ba3d el tuning sar 900 bel peak. bas ba3atlak update, ma fi 7aja la shi`),
    no(`السلام عليكم، التلفونات اللي ورا NAT ما فيها مشكلة، كلها مسجلة. بس نبي نتأكد إن الـ RST ما انفعل عندنا أبداً، صح؟`),
    no(`hala, moshkilat el unregistered phones ams kanat min el power cut fi el mabna, mob min el server. al7een kilhom registered`),
    no(`مشكور على المساعدة، بعد ما رجعتوا وضع الإغلاق العادي (FIN) الأجهزة اللي ورا الـ NAT رجعت تسجل. الحين ثابتة من يومين`),
    no(`assalamu 3alaikum, lil ma3loomiya bas: el ticket hatha 7ag shahr 3 (port exhaustion, 28k TIME_WAIT) w t7all. ba3atnah lel manager el jideed yigra el history`),
    no(`ترا الـ TIME_WAIT اللي أرسلته أمس (٤٠ ألف) كان من سيرفر اللاب القديم اللي طفيناه. السيرفر الأساسي ما فيه إلا ٣٠٠ وما في أي error`),
    no(`ya3teek el 3afya, la ma fa33alna el RST, el SS_TCP_CLOSE_RESET lissa Off. el calls titeer 3ashan el carrier 3indah mashakil w hum i3tarafaw`),
    no(`الله يعطيك العافية، الفايروال ما يسقط شي، وما في RST أصلاً لأن كل شي UDP. المشكلة كانت من الـ codec وانحلت`),
    no(`shlonak, el "cannot assign requested address" elly shefnah kan min script sawwah el developer, ysawwi bind 3ala IP mob mawjood 3al server. sala7nah w khalas`),
    no(`شكراً، بعد التعديل الـ TIME_WAIT نزل من ٢٥ ألف إلى ٧٠٠ والمكالمات في الذروة تمشي بدون مشاكل. نقفل التذكرة`),
    no(`عيني المشكلة مال البارحة انحلت، طلع الـ unregistered لأن واحد غير الباسورد. RST ما مفعل عدنا اصلاً`),
    no(`3ammi, la, ma ghayyarna shi. el close mode Off mithil ma howa. el calls zeina, bas kunt da as2al`),
    no(`للعلم: هذا forward لتكت قديم محلول من السنة الفاتت (الفايروال كان يسقط الـ RST). ماكو شي هسه، بس حتى يكون عندكم بالأرشيف`),
    no(`habibi shukran, ba3d ma rajja3tu el setting el phones elly wara el NAT kulha registered w mako ay drop. el mushkila khalsat`),
    no(`السلام عليكم، الـ address already in use اللي دزيته كان من تطبيق الويب مو من الـ softswitch، وانحل من غيرنا البورت. المكالمات ما تأثرت`),
    no(`marhaba, ma 3idna TCP abadan, kul el trunks UDP, fa el SS_TCP_CLOSE_RESET ma yikhussna. bas el mudeer yreed ta2keed`),
    no(`شكراً هواية، من رجعتوا الاعداد لـ Off الـ MikroTik ما عاد يسقط شي والمكالمات ماشية. سدّوا التكت`),
  ],
  portExhaustion: [
    pe(`marhaba, 3al peak (8-10 el masa) el calls 3am tfasel w bel log "connect() failed: Cannot assign requested address". ss -s bitala3 timewait 28k. shu mna3mel?`),
    pe(`مرحبا، عالذروة ما عاد في اتصالات TCP جديدة عم تطلع للكارييرز:
TCP:   31522 (estab 1204, closed 29870, orphaned 3, synrecv 0, timewait 29851/0), ports 0
وبالـ log: Cannot assign requested address. ساعدونا ضروري`),
    pe(`bonjour, urgent svp, depuis 7h el CPS 3ale w kel el outbound 3al TCP 3am yefshal: EADDRINUSE on connect. netstat fi aktar men 40 alf TIME_WAIT. les clients 3am yeshko`),
    pe(`يعطيك العافية، كل يوم الساعة 9 بالليل المكالمات بتوقف ربع ساعة. شفنا بالـ netstat حوالي 35 ألف TIME_WAIT والـ log فيه address already in use لما السيرفر بدو يفتح اتصال للكاريير`),
    pe(`ya zalameh, el server wa2ef 3an ye3mel connections jdide 3al TCP bel peak. netstat -ant | grep TIME_WAIT | wc -l = 31844. ba3d nos se3a birja3 la7alo`),
    pe(`بونجور، عنا 180 CPS بالذروة وصار في BindException بالـ log لكل اتصال طالع، والـ TIME_WAIT فوق الـ 30 ألف. الفجر كل شي تمام`),
    pe(`shabab el calls 3am tfashel bel masa. log: "sip tcp connect to 62.x.x.x:5060 failed: Cannot assign requested address". ss -tan state time-wait | wc -l = 27k`),
    pe(`مرحبا، مشكلة بالبيك آور: الاتصالات الطالعة عالـ TCP عم تفشل بـ EADDRINUSE، والـ ip_local_port_range عنا 32768 60999 والـ TIME_WAIT مالي كل البورتات`),
    pe(`salut, ma3 kel peak el softswitch bi2ol "bind: address already in use" lamma yfta7 TCP connection 3al carriers, w el ss -s fih timewait 26000. el ASR nezel 20%`),
    pe(`السلام عليكم، مبارح من 8 لـ 11 بالليل المكالمات فشلت، والسيرفر كان فيه أكتر من 45 ألف socket بـ TIME_WAIT. اليوم رجعت نفس القصة من ساعة. شو بتنصحونا؟`),
    pe(`marhaba, forward mn el NOC: "VOS01 - outbound SIP TCP failing at peak, errno 99 EADDRNOTAVAIL, TIME_WAIT ~33k, started 20:40". bidna 7al 2abl bokra`),
    pe(`عنا 50 ألف TIME_WAIT هلق والمكالمات عم توقف، شو نعمل؟؟`),
    pe(`السلام عليكم، الله يعطيك العافية. وقت الذروة المكالمات تفشل، والـ ss -s يطلع timewait ٢٨ ألف، واللوق فيه cannot assign requested address. وش الحل؟`),
    pe(`hala, al7een peak time w el server mob gadir yifta7 TCP connections jdeeda lel carriers. "Address already in use" fil log w TIME_WAIT foog 30k. urgent`),
    pe(`مرحبا، هذا اللوق الحين:
connect to 85.x.x.x:5060 failed (99: Cannot assign requested address)
connect to 85.x.x.x:5060 failed (99: Cannot assign requested address)
والـ TIME_WAIT ٣٤٠٠٠ تقريباً. المكالمات واقفة من ربع ساعة`),
    pe(`assalamu 3alaikum, kil yom ba3d el maghrib el calls titeer, w netstat yiraweena 25k TIME_WAIT. fil log BindException 3ala el outgoing TCP connections`),
    pe(`الله يعطيك العافية، عندنا ٢٠٠ CPS وقت الذروة والسيرفر يوقف يفتح اتصالات TCP جديدة. عدد الـ TIME_WAIT وصل ٤٢ ألف`),
    pe(`ya3teek el 3afya, el call centre yigoloon el calls ma titla3 bain 7 w 10 el masa. checkna: 31k TIME_WAIT, w "EADDRINUSE" 3ala connect. ba3ad el 11 kil shi yirja3 zain`),
    pe(`شباب السيرفر خربان الحين، ما يطلع أي مكالمة للكاريير على TCP، واللوق مليان address already in use. netstat فيه آلاف TIME_WAIT، يمكن ٣٠ ألف`),
    pe(`salam, ab3a msa3ada:
TCP:   38211 (estab 980, closed 37120, orphaned 12, synrecv 0, timewait 37098/0), ports 0
w el calls titeer bil peak. ip_local_port_range 32768 61000`),
    pe(`السلام عليكم، البارحة والليلة نفس المشكلة: الساعة ٩ تبدأ المكالمات تفشل، وفي السجل Cannot assign requested address، والـ TIME_WAIT يوصل ٢٩ ألف`),
    pe(`7ayyak, el traffic zaad 3indna ba3ad el carrier el jdeed (28k calls bil sa3a bil peak) w sar el server ma yigdar yisawwi connections jdeeda. TIME_WAIT 35k w "cannot assign requested address"`),
    pe(`مرحبا، السيرفر يطلع BindException: Cannot assign requested address على كل اتصال طالع للكاريير من الساعة ٨ المسا، وعدد الـ TIME_WAIT أكثر من ٣٠ ألف. المكالمات اللي تدخل شغالة بس اللي تطلع لا`),
    pe(`السلام عليكم، كل يوم بالذروة المكالمات تفشل، والـ ss -s يطلع timewait 30 الف، واللوق بي Cannot assign requested address. شنو الحل عيني؟`),
    pe(`shlonak 3ammi, el server da ywagif bil peak, ma ygdar yiftah TCP connections lel carriers. netstat -ant | grep -c TIME_WAIT = 33107. w fil log EADDRINUSE`),
    pe(`هذا من السيرفر هسه:
TCP:   40211 (estab 1422, closed 38601, orphaned 0, synrecv 0, timewait 38577/0), ports 0
والمكالمات الطالعة كلها failed. الله يخليك بسرعة`),
    pe(`habibi, hwaya calls failed bain 8 w 11 bil lail. log: "tcp connect failed: Address already in use" lel outgoing. TIME_WAIT 27 alf`),
    pe(`مرحبا، الـ CPS عدنا 150 بالذروة، وصار السيرفر ما يفتح اتصالات جديدة، الـ TIME_WAIT فوق 25 الف وكلش هواية اخطاء BindException بالطلعات`),
    pe(`salam, forward mn el NOC mal Erbil: "peak hour outbound TCP SIP failing, EADDRNOTAVAIL, 31k TIME_WAIT, port range exhausted". shnu nsawi?`),
    pe(`اخي المكالمات دا توكف كل ليلة ساعة الذروة، شفنا netstat بي عشرات الآلاف TIME_WAIT، واللوق يكول address already in use على الاتصالات الطالعة`),
  ],
  natUnregistered: [
    nat(`marhaba, men wa2t ma fa33alto SS_TCP_CLOSE_RESET mbare7, kel el phones yalli wara router bel byut (NAT) sarat unregistered. kellon 3al TCP. baddna 7al`),
    nat(`مرحبا، من بعد ما غيرتوا طريقة إغلاق الاتصالات (RST) التلفونات يلي ورا الـ MikroTik بالمكتب عم تفصل تسجيلها كل شوي. منستعمل SIP over TCP`),
    nat(`bonjour, depuis hier ba3d el changement taba3kon (RST mode), les softphones (Zoiper 3al TCP) 3and el agents mn el beit 3am yfe2do el registration kel 5 d2aye2. el agents bel office (public IP) ma 3andon moshkle`),
    nat(`يعطيك العافية، بعد ما فعلنا SS_TCP_CLOSE_RESET=On عشان الـ TIME_WAIT، صارت الأجهزة اللي عند الزباين ورا راوترات البيت unregistered. كلها TCP. هلق شو؟`),
    nat(`ya zalameh, ba3d el ta3deel tab3 mbare7 3al softswitch.conf (close reset On), el Yealink phones wara el NAT tab3 el office 3am yotla3o unregistered w yerja3o. bidna nerja3 zay ma kan?`),
    nat(`بونجور، من وقت ما حطينا RST mode عالسيرفر، الغيتويات عند الزباين يلي ورا NAT (راوترات ADSL) ما عادت تضل registered. عالـ TCP كلها. ميرسي تشوفولنا`),
    nat(`shabab, el phones tab3 el call centre (wara NAT, SIP TCP) kellon unregistered men lamma fa33alna el RST mbare7 el masa. shu el 7al?`),
    nat(`مرحبا، هاد من الـ web:
Registered users: 12 / 340
كانوا 330 قبل ما تغيروا SS_TCP_CLOSE_RESET لـ On. كل التلفونات ورا NAT وعلى TCP`),
    nat(`salut, ba3d ma 3melna reparse ma3 SS_TCP_CLOSE_RESET="On", el softphones 3and el resellers (kellon wara home routers, TCP transport) sarit tfasel w ma terja3 tsajjel illa ba3d restart lal app`),
    nat(`السلام عليكم، الفرع بنابلس ورا NAT وكل تلفوناته طالعة unregistered من امبارح، يعني من بعد ما فعلتوا RST. التلفونات SIP TCP`),
    nat(`marhaba, since el change tab3 el close mode (FIN -> RST) el Grandstream phones wara el MikroTik 3am yfe2do el registration. kol 10 d2aye2 unregistered. TCP transport`),
    nat(`شباب بعد الـ RST كل التلفونات ورا الـ NAT unregistered!! TCP. دخيلكن`),
    nat(`السلام عليكم، الله يعطيك العافية. من فعّلنا وضع RST أمس، التلفونات اللي في البيوت ورا الراوترات (NAT) صارت unregistered. كلها على TCP. ٨٠ تلفون تقريباً`),
    nat(`hala, ams sawwetaw change 3al server (SS_TCP_CLOSE_RESET On) w al7een el softphones 7ag el agents elly yishtaghloon min el bait kilhom yitee7 el registration. TCP`),
    nat(`مرحبا، شنو صاير؟ بعد تغيير الإغلاق لـ RST، الأجهزة اللي ورا NAT في المكتب تسجل وتطيح كل شوي. SIP على TCP`),
    nat(`assalamu 3alaikum, el gateways 3ind el customers (wara NAT, TCP) sarat unregistered min yom ma fa33alna el RST mode 3al VOS. nab3a nirja3 el setting?`),
    nat(`الله يعطيك العافية، ٤٥ جهاز من أصل ٦٠ unregistered من بعد ما شغلتوا RST. كل الأجهزة ورا NAT ومستخدمين TCP`),
    nat(`ya3teek el 3afya, men ba3ad el ta3deel elly sawwaitoh ams 3al softswitch (close reset), el IP phones elly wara el NAT 7ag el shareka ma tsajjel. kanat shaghala 3al TCP zain gabel`),
    nat(`مساء الخير، التلفونات اللي عند المشتركين ورا راوترات الفايبر (NAT) تطيح التسجيل من فعلتوا RST. عالـ TCP. يرجع يسجل دقيقة ويطيح`),
    nat(`salam, fa33alna SS_TCP_CLOSE_RESET=On gabel yomain 3ashan el TIME_WAIT, bas al7een el Zoiper users wara NAT kilhom unregistered. TCP kilhom. wesh nsawwi?`),
    nat(`السلام عليكم، بعد تشغيل RST mode على السيرفر، الأجهزة في الفروع (ورا NAT) تظهر unregistered في الـ web. الاتصال SIP TCP`),
    nat(`7ayyak, el phones elly wara el MikroTik 7ag el office sarat unregistered min ams ba3ad el RST. el phones 3ala TCP. el phones elly 3ala public IP zaineen`),
    nat(`مرحبا، من يوم غيرتوا وضع إغلاق الـ TCP صار عندنا ١٥٠ مشترك unregistered، كلهم ورا NAT (راوترات STC). شغالين TCP`),
    nat(`السلام عليكم، من فعلتوا الـ RST البارحة، التلفونات اللي ورا الراوترات بالبيوت كلها unregistered. شغالة TCP. شلون نرجعها؟`),
    nat(`shlonak 3ammi, ba3ad ma sawweina SS_TCP_CLOSE_RESET On el phones mal el office wara el NAT da ytla3on unregistered kul shwaya. TCP`),
    nat(`عيني الاجهزة مال المشتركين ورا NAT صارت تفصل تسجيل من غيرتوا الإغلاق لـ RST، هواية شكاوي. كلها SIP TCP`),
    nat(`marhaba, el gateways mal Karbala wara NAT sarat unregistered min awwal yom mal RST mode. TCP transport. hessa mako wala wa7da registered`),
    nat(`الله يعطيك العافية، السوفتفونات مال الموظفين بالبيت (ورا NAT) دا تطيح من التسجيل بعد ما فعلنا RST mode الاسبوع هذا. شغالين TCP`),
    nat(`habibi, el phones kulha unregistered ba3ad el change mal ams (close reset On). kulhum wara MikroTik NAT 3al TCP`),
    nat(`مرحبا، بعد ما شغلنا SS_TCP_CLOSE_RESET التلفونات ورا الـ NAT بالمكتب ما دا تسجل، والتلفونات اللي عدها IP عام شغالة. الـ transport TCP`),
  ],
  firewallRst: [
    fw(`marhaba, men wa2t ma fa33alna SS_TCP_CLOSE_RESET el calls 3am ti3la2 (hang) w el FortiGate log fih "no session matched" 3al TCP 5060. shu el 7al?`),
    fw(`مرحبا، بعد تفعيل RST صارت المكالمات تفشل، وهاد من الـ iptables:
kernel: INVALID DROP IN= OUT=eth0 SRC=10.0.1.5 DST=62.x.x.x PROTO=TCP SPT=5060 DPT=41822 RST URGP=0
الـ conntrack عم يسقط الـ RST`),
    fw(`bonjour, depuis le changement (close mode RST) el calls 3al TCP 3am yo2ta3o ba3d thawani, w el ASA 3am ye3mel log:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 185.x.x.x/36102 flags RST on interface inside
merci de nous aider`),
    fw(`يعطيك العافية، من بعد ما غيرتوا إعداد الإغلاق مبارح، المكالمات عالـ TCP مع الكاريير بتعلق، والـ pfSense عم يسجل blocked packets بـ TCP:R. شو نعمل؟`),
    fw(`ya zalameh, ba3d el RST mode el calls ma3 el carrier bitfashel, w el Sophos 3am ykatteb "Packet dropped: out of state" w flags R. ma kan hek 2abl`),
    fw(`بونجور، بعد تفعيل SS_TCP_CLOSE_RESET صار في مكالمات عم تنقطع، والفورتيغيت عم يعمل drop للـ RST: "no session matched". بتعرفوا شو القصة؟`),
    fw(`shabab el calls 3am t3alle2 men lamma 7atayna RST mode. conntrack -S bi farji invalid 3am yezid kel thanye, w iptables 3am ya3mel drop la packets flags R`),
    fw(`مرحبا، من امبارح بعد ما تغير وضع الإغلاق لـ RST، المكالمات الطالعة عالكاريير عبر الـ MikroTik عم تفشل، والـ firewall log فيه drop للـ RST على 5060 TCP (connection-state=invalid)`),
    fw(`salut, el calls ma3 el carrier el frensawi 3am yfashlo 3al TCP ba3d ma fa33alna RST, w el FortiGate 3ando "no session matched" kteer. el UDP trunks ma fihon shi`),
    fw(`السلام عليكم، فورورد من الـ NOC: "after RST mode enabled on VOS, SIP TCP calls via ASA hang; ASA drops TCP RST out of state". بدنا حل سريع`),
    fw(`marhaba, ba3d el change tab3 el close reset, el calls 3am tokhlos b timeout w el pfSense 3am ysakker el RST packets "state mismatch". el calls 3al TCP`),
    fw(`من وقت الـ RST المكالمات عم تعلق والفايروال عم يرمي الـ RST. ساعدونا`),
    fw(`السلام عليكم، الله يعطيك العافية. بعد ما فعلنا RST mode، المكالمات على TCP تفشل، والـ FortiGate فيه آلاف "no session matched" للباكيتات RST. قبل التغيير كان كل شي تمام`),
    fw(`hala, ams fa33alna SS_TCP_CLOSE_RESET w al7een el calls titee7 ba3d thawani. el ASA log: "Deny TCP (no connection) ... flags RST". shno el 7al?`),
    fw(`مرحبا، هذا من الـ iptables بعد تفعيل الـ RST:
IN= OUT=eth0 SRC=10.10.0.2 DST=94.x.x.x LEN=40 PROTO=TCP SPT=5060 DPT=52214 WINDOW=0 RES=0x00 RST URGP=0
والمكالمات قاعدة تعلق. الـ conntrack يعتبرها INVALID ويسقطها`),
    fw(`assalamu 3alaikum, min fa33alna el RST el calls 3ala el carrier el TCP tifshal, w el Sophos XG yigool "dropped - out of state TCP RST". nab3a 7al`),
    fw(`الله يعطيك العافية، من غيرتوا طريقة الإغلاق صار ٣٠٪ من المكالمات على TCP تفشل، والفايروال يسقط الـ RST (invalid state)`),
    fw(`ya3teek el 3afya, ba3ad el RST mode, el pfSense 7agna yiblock el RST packets w el calls tit3allag. filter log yiraweena TCP:R blocked 3ala 5060`),
    fw(`شباب بعد ما فعلتوا الـ RST أمس المكالمات ما تكمل، والـ FortiGate يرمي الـ RST بـ "no session matched". الـ trunk على TCP`),
    fw(`salam, el calls hanging min ams. sawwena RST mode 3al VOS, w el MikroTik firewall 3indah rule drop connection-state=invalid, w shayfeen el RST packets tin7athif hnak`),
    fw(`السلام عليكم، بعد تغيير SS_TCP_CLOSE_RESET إلى On صارت المكالمات تنقطع، والـ Cisco ASA يسجل Deny TCP (no connection) flags RST. وش المطلوب؟`),
    fw(`7ayyak, el carrier yigool el calls ma toslahom kamla min ams ba3ad el RST, w el firewall 7agna (FortiGate) yidrop el RST "no session matched". TCP 5060`),
    fw(`مرحبا، بعد التعديل اللي سويتوه على الإغلاق، المكالمات تعلق على TCP والـ iptables يسقط الـ RST لأنها INVALID في الـ conntrack. تقريباً ١٢٠٠ drop بالساعة`),
    fw(`السلام عليكم، من فعلنا RST mode المكالمات دا تعلك، والـ FortiGate بي no session matched على الـ RST. شنو الحل عيني؟`),
    fw(`shlonak 3ammi, ba3ad el RST el calls ma3 el carrier 3al TCP da tfashel, w el MikroTik da ydrop el RST (invalid). gabel kulshi zein`),
    fw(`هذا من اللوق مال الـ ASA بعد تغيير الإغلاق لـ RST:
%ASA-6-106015: Deny TCP (no connection) from 10.0.0.9/5060 to 31.x.x.x/40211 flags RST on interface inside
والمكالمات دا تنقطع`),
    fw(`habibi, el pfSense mal el data centre da yblock el RST packets min sawweina SS_TCP_CLOSE_RESET On. el calls da titee7. TCP`),
    fw(`الله يعطيك العافية، بعد RST mode صارت هواية مكالمات failed، والـ iptables يسجل INVALID DROP مع flags R على بورت 5060`),
    fw(`marhaba, el Sophos da ydrop "out of state" RST min ams, ya3ni ba3ad ma fa33altu el RST. el calls TCP da tit3allag`),
    fw(`اخي بعد ما غيرتوا الاعداد البارحة المكالمات على TCP ما تكمل، والفايروال مال الشركة (FortiGate) يسقط الـ RST. الـ UDP شغال زين`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning190Set: readonly EvalItem[] = Object.values(tuning190Families).flat();
