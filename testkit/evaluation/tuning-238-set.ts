import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 operators, resellers and their NOC/helpdesk staff from Egypt, the Maghreb, the Levant, the Gulf, Iraq, Libya,
 * Sudan and Yemen, writing to their provider on WhatsApp in dialect Arabic (Arabic script or Arabizi with 3/7/2/5/9),
 * Darija and Tunisian mixed with French, and plain or broken English, always mixed with English technical words.
 * Figures come as 30 ألف, ٣٠ ألف, ٣٠٬٠٠٠, 30k, 28.000 or 30 alf; messages range from one rude line to voice-note
 * transcripts, forwards from their own customers or staff, and pasted netstat, ss, tcpdump, firewall and softswitch
 * logs.
 *
 * The two-hundred-and-thirty-eighth tuning split, written as the two-hundred-and-thirty-eighth never-tuned evaluation
 * set because Arabic-speaking wholesalers from Casablanca to Baghdad write in the Arabic script and in Arabizi, in
 * dialects far apart, in fresh hands again. Five negative families of 27 (one service that cannot bind its own port,
 * registration lost for another reason, small figures and questions, firewall work without dropped RST, playbook words
 * denied or explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written before the eightieth round of rules by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured as such
 * before and after the eightieth round, then made tuning material for the eighty-first: bench/classify lists its
 * misses.
 *
 * First measured, before any tuning on it: in scope 96.7 %, negatives confident 2.2 %, confident wrong 0 % with the
 * rules of the seventy-ninth round, before the eightieth.
 * After the eightieth round: the same.
 * After the eighty-first round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning238Families = {
  oneListeningPort: [
    no(`يا باشا الـ tomcat بتاع بورتال VOS مش راضي يقوم، في اللوج مكتوب java.net.BindException: Address already in use على 8080.. طلع في nginx تاني ماسك البورت ده، اعمل ايه؟`),
    no(`ana 3amalt install l mysql gdid 3al server w mesh 3ayez ye2om, by2ol port 3306 already in use, shaklo fe mysql 2adim lessa shaghal`),
    no(`salam, le service mbx3000d ma bghach ydémarri, f log kayn "bind 5060 failed: Address already in use". kan 3ndi asterisk mnsi khdam 3la nafs serveur`),
    no(`مرحبا، عم حاول شغّل نسخة تانية من السوفت سويتش للتجربة على نفس السيرفر وما عم تقلع: cannot bind 0.0.0.0:5060. لازم غيّر البورت تبعها؟`),
    no(`السلام عليكم، المبرمج عندنا يقول الـ docker container ما يشتغل، الخطأ: Bind for 0.0.0.0:80 failed: port is already allocated. هل هذا من عندكم ولا من عندنا؟`),
    no(`netstat -tlnp | grep 8080
tcp        0      0 0.0.0.0:8080       0.0.0.0:*        LISTEN      2231/httpd

اخي البورتال ما يفتح والـ tomcat يگول address already in use، شلون اطلع الـ httpd من هذا البورت؟`),
    no(`اخي شلونك، الـ redis مال الداشبورد ما يشتغل بعد الريستارت، يگول Could not create server TCP listening socket *:6379: bind: Address already in use`),
    no(`يا راجل الـ sshd ماهوش ناوض بعد ما بدلت البورت لـ 2222، يقول error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. شن نديرو؟`),
    no(`يا زول الويب بتاع الفوس ما فاتح من امبارح، لقيت apache والـ tomcat الاتنين عايزين بورت 80 وواحد فيهم ماسكو`),
    no(`الاخ المهندس، ركبنا برنامج billing على نفس السيرفر ومن بعدها الواجهة حق VOS ما تفتح، اللوج فيه EADDRINUSE :8080 ايش نسوي`),
    no(`hello sir my developer laptop node app say Error: listen EADDRINUSE: address already in use :::3000 , he is connecting to your api, is problem from your side?`),
    no(`[رسالة صوتية] ايوه يا هندسة بص انا عملت ريستارت للسيرفر وبعدين الـ mbx3000d مش بيقوم خالص وبيقولي ان البورت 5060 مستخدم، ودورت لقيت ان في نسخة قديمة من الخدمة لسه شغالة في الخلفية، اقتلها عادي ولا هتبوظ حاجة؟`),
    no(`khouya l'interface web dyal VOS ma bghatch t7al, f catalina.out kayn java.net.BindException port 8005 déjà utilisé. 3awnouni 3afak`),
    no(`ss -ltnp | grep :5060
LISTEN 0  128  *:5060  *:*  users:(("kamailio",pid=1876,fd=9))
الكامايليو ماسك 5060 والـ VOS مش عارف يقوم، اشيل الكامايليو ولا اغير البورت؟`),
    no(`Forwarded: "Abu Khalid, the mysql on the billing box refuse to start, says Can't start server: Bind on TCP/IP port: Address already in use, port 3306". Please check with him`),
    no(`marhaba, 3am jarreb 7ot jitsi 3al server el tene w nginx ma 3am ye2la3: bind() to 0.0.0.0:443 failed (98: Address already in use). fi apache 3am yesta3mel 443`),
    no(`شباب الـ grafana اللي ركبناه للمراقبة ما يشتغل، يقول port 3000 in use. نبي نعرف نغيره من وين`),
    no(`Dear support, after migrating we cannot start the VOS3000 web manager. Log: SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"] java.net.BindException: Address already in use. Only this, calls are fine.`),
    no(`البورت 80 محجوز ومش عارف اشغل الويب، مين ماسكه؟`),
    no(`7abibi 3indi docker compose lil crm w ygoli port is already allocated 5432, postgres ma ygoom. shno el 7al`),
    no(`salam kho, rani nsayi nlanci mbx3000d jdid 3la machine test, ygouli bind error 5060 already in use psk kayen wa7ed l'ancien yemchi. ndir kill?`),
    no(`الله يعافيك، ركبت FreePBX على السيرفر نفسه بالغلط، والحين السوفت سويتش يقول ما يقدر يربط على 5060. وش الحل غير اني اشيل FreePBX؟`),
    no(`aslema, el serveur web mta3 el billing ma y9ollech, fama "Address already in use" 3al port 8443. 3malt restart w mazel`),
    no(`2024-05-11 10:02:13 [ERROR] ReportServer start failed: java.net.BindException: Address already in use (Bind failed) port=9001
هذا سيرفر التقارير اللي جنب السويتش، كل مرة نعمل ريستارت نفس الكلام والمكالمات ماشية عادي`),
    no(`مرحبا، تطبيق الـ API اللي نربطه مع VOS ما يشتغل على السيرفر الجديد، EADDRINUSE على 9090 لأن prometheus شغال على نفس البورت`),
    no(`يا جماعة مشكلة صغيرة، بعد التحديث صار في خدمتين vos web عم يحاولوا يفتحوا نفس البورت 80 ووحدة منهن بتفشل. المكالمات شغالة عادي`),
    no(`ya m3alem el ssh mahush yefta7 3la port 22, sshd y9ol address already in use, fama dropbear 3ayesh 3leh mn el image`),
  ],
  otherRegistrationCause: [
    no(`التليفونات كلها unregistered من الصبح، الكهربا قاطعة في الفرع من امبارح بالليل والراوتر فاصل`),
    no(`el users mesh 3arfeen y3mlo register, by2olo 403 forbidden. ana ghayart el passwords embare7 3ashan kan fe 7ad sare2 el accounts`),
    no(`salam, les téléphones dyal l'agence kamlin unregistered, 3ad bdelna l'IP dyal serveur w nsina nbadlouha f les postes`),
    no(`مرحبا، الجوالات اللي عليها zoiper كل شوي تطلع offline، واكتشفنا ان وضع توفير البطارية في الاندرويد يقفل التطبيق`),
    no(`اخي انقطع الانترنت عندنا من شركة الاتصالات من ساعتين وكل الاكستنشنات صارت غير مسجلة، هل في شي من عندكم؟`),
    no(`بعد ما ركّبولنا راوتر جديد من الشركة (هواوي) صارت التلفونات ما تسجل، نحنا على UDP 5060، قالولي ممكن يكون الـ SIP ALG`),
    no(`يا اخوانا الحسابات بتاعة الموزعين كلها وقفت register، الرسالة 401 Unauthorized. هل الرخصة انتهت؟ ولا في زول غير الباسورد`),
    no(`hi the gateway GoIP not registering since morning, status show "Register Failed". we changed the DNS name of server last night to sip.newdomain.com`),
    no(`الجماعة في المحل يقولوا الجهاز ما يسجل، بعدين طلع كيبل الشبكة مفصول من ورا الجهاز، رجعناه واشتغل`),
    no(`الحسابات اللي عند الزبائن في بنغازي ما عادش تسجل، الشبكة طايحة عندهم من الصبح، النت مقطوع في المنطقة كلها`),
    no(`السلام عليكم، ظهرت رسالة license expired في VOS والأجهزة كلها ما تسجل من بعدها. نبي نجدد بأسرع وقت`),
    no(`el accounts yalli m7inahon mbere7 ma 3am ysajlo, ba3den tla3 enno el admin ma7a el accounts bel ghalat. fina nrajje3on?`),
    no(`SIP/2.0 403 Forbidden
Reason: account expired
العميل بيقول الاكونت ده كان شغال الشهر اللي فات، جددوله لو سمحتوا`),
    no(`les postes Yealink ma ysajlouch, fama "401 Unauthorized" f le log, el technicien badel el mot de passe mta3 el compte w ma 9alnech`),
    no(`[vocal] wesh kho, les softphones ta3 les clients ga3 déconnectés, la coupure d'électricité f la wilaya depuis 3 heures w l'onduleur ta3 le routeur mat`),
    no(`salam, wa7d l client kayqol telephone dyalo ma kaysajalch, tla3 l'IP phone sans fil dyalo batterie mayta w chargeur khasser`),
    no(`عندنا 12 تلفون SIP في المكتب الجديد ما تسجل زين، الواي فاي ضعيف وايد والتلفونات تفصل وترجع`),
    no(`Dear team, after our ISP changed our public IP, all the extensions still point to the old IP in provisioning and fail to register. Please advise how to update the whitelist on VOS.`),
    no(`bro el SIP phones ma ysajloon ba3d ma ghayarna el server l IP jdeed, el phones ba3adha 3al IP el 3ateeg`),
    no(`الموظفين بيقولوا الاكستنشنات كلها بقت حمرا، اتاريه الـ switch بتاع الدور التالت محروق`),
    no(`جهاز Grandstream ما يسجل يطلع "Registration failed: 408 timeout"، بعدين اكتشفنا ان الدومين ما يحل، الـ DNS record انحذف`),
    no(`السلام عليكم، اشترك عميل جديد وعطيناه حساب بس ما عم يسجل، بعدين شفنا انو كاتب الـ username غلط بحرف`),
    no(`يا أخي صار لي يومين وأنا أحاول أسجل الـ softphone (MicroSIP) على السيرفر، كل مرة 401، غيرت الباسورد من لوحة VOS ثلاث مرات وبرضو. وش السالفة؟`),
    no(`ya zol el phones fi el maktab ma sajalat min amis, el kahraba gata3at w lamma rag3at el router 3amal reset l factory settings`),
    no(`رسالة من العميل: "التلفونات حقنا كلها unregistered بعد ما شركة النت فصلت الخط لأن الفاتورة ما اندفعت" 😅 يعني المشكلة عندهم مش عندنا`),
    no(`الفرع بطرابلس كل يوم الصبح التلفونات unregistered لحد ما حدا يعمل reboot للراوتر القديم، شغالين UDP وما حدا غيّر شي بالسيرفر`),
    no(`extensions 2001-2010 all unregistered, account balance zero and expire date was yesterday. pls extend`),
  ],
  smallFigures: [
    no(`netstat -an | grep TIME_WAIT | wc -l
312
هل الرقم ده طبيعي؟ السيرفر هادي والمكالمات قليلة`),
    no(`شو يعني TIME_WAIT بالضبط؟ شفتها بالـ netstat وما فهمت`),
    no(`salam, wach khassna n activiw tcp_tw_reuse f serveur? 3ndna ghir 40 appel f nafs lwe9t w kolchi mzyan`),
    no(`ss -s
Total: 412
TCP:   187 (estab 96, closed 61, orphaned 0, timewait 58)
هذا تقرير الصباح حق السيرفر، كل شي تمام؟`),
    no(`is 400 TIME_WAIT normal for 120 concurrent calls? no problem just asking`),
    no(`يا هندسة ايه هو SS_TCP_CLOSE_RESET ده بيعمل ايه بالظبط؟ شفته في الاعدادات ومش فاهمه`),
    no(`اخي عندي ٣٥٠ اتصال TIME_WAIT بالليل، هل لازم اسوي شي؟ ما عندي اي مشكلة بالمكالمات`),
    no(`3ndi su2al, el ip_local_port_range 3ndna 32768 60999, hal hada kafi la 15 CPS? ma fi moshkle halla2`),
    no(`fama 80 connexions f TIME_WAIT, c'est normal walla? le serveur mrigel`),
    no(`وش الفرق بين FIN و RST في اغلاق اتصال TCP؟ سؤال للفهم بس`),
    no(`السيرفر فيه ٢٥٠ سوكت TIME_WAIT والـ CPU ١٠٪، نبو نتأكدو بس ان الامور تمام قبل العيد`),
    no(`Monthly health check: TIME_WAIT ~600, ESTAB ~300, CPS peak 8, ASR 52%. Anything we should tune?`),
    no(`يا جماعة الـ tcp_fin_timeout عندنا 60، ده كويس ولا ننزلو؟ مافي مشكلة بس بسأل`),
    no(`كم المفروض يكون عدد TIME_WAIT في سيرفر عليه ٥٠ خط؟ عندنا ٩٠ تقريبا`),
    no(`kho 3andi 1,2k TIME_WAIT f la période de pointe, w les appels ymchiw normal. c'est bon?`),
    no(`ممكن تشرح لي ليش الـ TIME_WAIT يقعد ٦٠ ثانية؟ الموظف الجديد يسأل`),
    no(`[فويس] بص يا باشا انا مش عندي مشكلة، بس العميل بتاعي شاف في netstat حوالي ١٥٠ كونكشن TIME_WAIT واتخض، قوله حاجة تطمنه`),
    no(`سؤال: هل تفعيل RST mode بفيد اذا عنا ٣٠ مكالمة بس بنفس الوقت؟ او ما الو داعي`),
    no(`chno kaydir net.ipv4.tcp_tw_reuse exactement? bghit nfhem 9bel ma nbdel chi 7aja`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     45 ESTABLISHED
     12 LISTEN
    230 TIME_WAIT
      3 CLOSE_WAIT
هذا الرقم طبيعي؟`),
    no(`عندنا سيرفر VOS صغير ٢٠ قناة، الـ ss -s يقول timewait 74. هل في داعي نغير ip_local_port_range؟`),
    no(`sir what mean CLOSE_WAIT and TIME_WAIT difference? we see few of both, 20 and 110, all calls ok`),
    no(`shabab 3ndi 500 TIME_WAIT bel dehr w 60 bel lel, hayda tabi3e?`),
    no(`قرأت مقال يقول tcp_tw_recycle خطير، هل هو نفس tcp_tw_reuse؟ عندنا سيرفر جديد ونبي نعرف الصح`),
    no(`ya bro el timewait 3andi 3ala el server 180 bas, el switch mrigel, bas nabi na3ref el 7ad el a9sa 9adesh`),
    no(`zol ana 3ayez afham el ephemeral ports di shino, w el range bita3ha 9adur kam fi centos 6?`),
    no(`تقرير المراقبة اليومي: ٢٢٠ TIME_WAIT، ٤٠ ESTABLISHED، ولا خطأ. بس للعلم`),
  ],
  firewallNoRst: [
    no(`يا باشا عايز افتح بورت 5060 UDP على الفورتي جيت لكارير جديد، الايبي 41.x.x.x`),
    no(`fail2ban حظر IP المكتب حقنا بالغلط بعد ما الموظف غلط بالباسورد كذا مرة، كيف نفك الحظر؟`),
    no(`salam, bghit nzid whitelist l'IP dyal carrier jdid f iptables, chno hiya la règle?`),
    no(`مرحبا، بدي أعمل port forward على pfSense للبورتال 8080 من برّا، كيف؟`),
    no(`sir please block all countries except Iraq and Jordan on the firewall, too many SIP scanners from other IPs`),
    no(`iptables -L -n | grep 5060
ACCEPT     udp  --  196.x.x.x       0.0.0.0/0     udp dpt:5060
بدي ضيف carrier تاني بنفس الطريقة، بس TCP`),
    no(`الفايروال عندنا دايرين عليه rate limit على SIP وقاعد يقطع المكالمات في وقت الذروة من الكارير، كم نحطو الحد؟`),
    no(`el router Mikrotik 3ndi, ba3tel el SIP ALG walla la? 3am yghayer el headers`),
    no(`يا جماعة عايزين نقفل بورت الويب 80 من برا ونخليه للـ VPN بس، ممكن تساعدونا في القاعدة؟`),
    no(`fama barcha tentatives SIP REGISTER men IPs mta3 Hollanda, n7eb nbloquehom f firewall`),
    no(`2024-06-02 03:14:22,101 fail2ban.actions [1123]: NOTICE [sip-auth] Ban 91.x.x.x
هذا طبيعي؟ ولا لازم نسوي شي`),
    no(`We are moving to AWS, which ports need to be opened in the security group for VOS3000? SIP, RTP range, web.`),
    no(`نبغى نفتح رينج RTP 10000-20000 على الفايروال الجديد، هل هذا كافي؟`),
    no(`kho le FortiGate ta3na ybloki l'IP ta3 le carrier jdid, kifach ndir policy?`),
    no(`الفايرول مال الداتا سنتر مسكّر بورت 5060 TCP، نريد نفتحه لان الكارير يريد TCP`),
    no(`ana 3ayez a3mel whitelist l IP el office bas 3ala el web interface, w el ba2y yetla3lo denied`),
    no(`السونيك وول بلوك عنوان العميل بسبب IPS، كيف نسوي استثناء له؟`),
    no(`l'ASA dyal datacenter fiha NAT l portal, bghina nbedlou l port men 8080 l 443`),
    no(`بدنا نعمل قاعدة تمنع أي REGISTER من برّا الأردن، بتقدروا تساعدونا؟`),
    no(`الشركة غيرت الفايروال من Sophos إلى FortiGate ونبي قائمة البورتات اللي لازم تنفتح للـ VOS`),
    no(`Jun  3 11:20:01 vos kernel: IN=eth0 OUT= SRC=185.x.x.x DST=10.0.0.5 PROTO=UDP SPT=5071 DPT=5060 DROP
كثيرة هالرسائل باللوق، شي خطير؟`),
    no(`ya m3alem nabi nafta7 port 22 bas l ip mta3i, el firewall mta3 el cloud kif nsawih`),
    no(`ya zol nabi a3mel rule jdeeda fi el iptables lil carrier el masri, el IP huwa 156.x, TCP w UDP`),
    no(`our NOC want to enable SIP ALG on the Fortigate for the new branch, is it good idea or no?`),
    no(`عم يجينا هجوم SIP flood، الـ CPU طالع 90٪، بدنا rate limit بالـ iptables على REGISTER`),
    no(`[رسالة صوتية] السلام عليكم، ابغى اسألك عن الجدار الناري، عندنا عميل جديد بيرسل ترافيك من ثلاث IPs، وش نسوي عشان نضيفهم؟ ومتى يصير شغال؟`),
    no(`f pfSense kayn alias dyal carriers, zedt carrier jdid walakin l'appels dyalo mazal ma dazouch, yimkin nsit n'appliqui la règle?`),
  ],
  negationContext: [
    no(`احنا شغالين UDP بس، مفيش ولا تليفون على TCP، فالـ RST ده ملوش علاقة بينا صح؟ سؤال بس`),
    no(`RST mode عمره ما انفتح عنا، والتلفونات اللي ورا الـ NAT شغالة تمام، بس حبيت أتأكد انو ما حدا غيّر شي`),
    no(`إذا فعّلنا SS_TCP_CLOSE_RESET، هل التلفونات اللي ورا المايكروتك رح تفصل؟ لسا ما فعّلنا شي`),
    no(`للعلم بس: مشكلة الـ TIME_WAIT اللي كانت ٣٠ ألف الأسبوع الماضي انحلت بعد ما طبقتوا الحل، اليوم ٤٠٠ بس. مشكورين`),
    no(`في اللاب عندي فعلت RST والـ phones اللي ورا NAT فصلت، بس ده سيرفر تجارب مش الانتاج. عايز افهم بس ليه`),
    no(`سؤال امتحان للكورس: شنو يصير لجدار ناري stateful اذا الطرف الثاني دز RST؟`),
    no(`zamil kan 7kali 3la serveur 9dim f 2019 kan fih 30k TIME_WAIT w "cannot assign requested address"... daba 3ndna ma kayn walo, ghir bghit n3ref wach ymken t3awed`),
    no(`الانذار بتاع المونيتورنج قال TIME_WAIT عالي بس طلع غلط في السكريبت، الرقم الحقيقي ٢٠٠. تجاهلوا الرسالة اللي فاتت`),
    no(`Unregistered كلهم بعد ما غيرنا الباسوردات، وما الها علاقة بالـ NAT، الـ RST مطفي عنا أصلاً`),
    no(`This is not about your switch, our Asterisk box from other vendor has 25k TIME_WAIT, just any generic tip? VOS is fine`),
    no(`nobody changed anything, RST still Off like always, phones behind NAT fine, only extension 305 not registering, wrong password probably`),
    no(`el firewall mesh bydrop RST wala 7aga, ana 3amalt tcpdump w kol el packets 3adya. el moshkla tele3et fel carrier nafso w et7alet`),
    no(`لو سوينا tcp_tw_reuse=1 والسيرفر ورا فايروال، هل فيه مشكلة؟ احنا لسه نخطط للسيرفر الجديد`),
    no(`تقرير: أمس الساعة ٩ بالليل طفينا RST mode ورجعت التلفونات تسجل، الحين كله تمام. بس حبينا نبلغكم`),
    no(`RST ma 3mrou ma t7al 3andna, w el FortiGate ma fih 7atta drop. 3lech el technicien 9alli el firewall houwa el sbab?`),
    no(`زول الدعم القديم قال لينا زمان انو الفايروال بيرمي الـ RST، بس نحنا ما فعلنا RST أصلا ولا عندنا مشكلة هسي`),
    no(`قبل ما نفعلو RST mode نبو نعرفو، هل الفورتي جيت حقنا حيسكر الاتصالات؟ ولا حيمشي عادي؟`),
    no(`المهندس السابق كتب في التقرير "port exhaustion" بس بصراحة الأرقام عندنا طبيعية، ٣٠٠ TIME_WAIT. نقدر نتجاهل؟`),
    no(`for my CCNA student: why RST packets sometimes dropped by stateful firewall? not a real issue, just teaching`),
    no(`el NAT phones mal el far3 kanaw unregistered bas tala3 el sabab el ISP, la RST wala shi, hisa rij3aw kulhum`),
    no(`l'alerte Zabbix "EADDRINUSE" kanet 3la script dyal backup machi 3la softswitch, safi tsala7`),
    no(`بلاش تغيروا حاجة في الـ RST، كل حاجة شغالة، انا بس كنت بسأل هو متفعل ولا لأ`),
    no(`نخطط نرفع الـ CPS لـ ٣٠٠ الشهر الجاي، هل نحتاج نفعّل RST من الحين ولا ننتظر لين يصير في مشكلة؟`),
    no(`لقيت رسالة قديمة من ٢٠٢٢: "الفايروال يرمي RST والمكالمات معلقة"، هل هذي لسا مفتوحة عندكم؟ لأن عندنا الحين كله شغال`),
    no(`الـ RST طافي والـ TIME_WAIT بحدود ٥٠٠، والتلفونات كلها مسجلة. ليش المدير عم يقول في مشكلة؟ بس بدي تأكيد`),
    no(`kho had le test kan f VM ta3 formation, 3amarna 28k TIME_WAIT b sipp bach nchoufou, machi production`),
    no(`wach ila rj3na RST l Off, l'problème dyal TIME_WAIT yrje3? daba kolchi mzyan, ma bghina nbdlo walo`),
  ],
  portExhaustion: [
    pe(`يا باشا السيرفر بيقع كل يوم الساعة ٨ بالليل، المكالمات مش بتطلع للكاريرات، وفي اللوج cannot assign requested address. netstat بيقول ٣٠ ألف TIME_WAIT`),
    pe(`ss -s
Total: 31244
TCP:   30987 (estab 812, closed 29870, orphaned 3, timewait 29861)
والمكالمات الجديدة على TCP تفشل الحين. وش الحل؟`),
    pe(`el switch mesh 3aref yefta7 connections gdeda lel carriers fel peak, el log malyan "Address already in use" w ba3d el restart byzbat sa3a w yerga3`),
    pe(`salam, f la pointe l'appels ma kaydouzouch, f log kayn BindException: Cannot assign requested address, w netstat fih 28.000 TIME_WAIT. f lil kolchi mzyan`),
    pe(`مرحبا، من لما زاد الترافيك لـ ٢٥٠ CPS صار عنا EADDRINUSE على الاتصالات الطالعة للكارير على TCP، بعد الريستارت بتمشي شوي وبترجع`),
    pe(`اخي الترافيك مالنا يوگف بالليل وقت الذروة، netstat يطلع ٣٠٬٠٠٠ TIME_WAIT، والاتصالات الجديدة للكارير ما تنفتح`),
    pe(`السويتش كل ما يطلع الضغط تبدا المكالمات تفشل، واللوج مليان bind failed: Address already in use على البورتات المحلية، ولما نديرو restart يرجع يخدم`),
    pe(`يا جماعة عندنا مشكلة كبيرة، الساعة ١٠ بالليل الكولز كلها بتقع، عدد TIME_WAIT وصل ٢٩ ألف، والسيرفر بقول cannot assign requested address`),
    pe(`السيرفر حقنا من يومين وقت الذروة ما يقدر يفتح اتصال TCP جديد مع الكارير، وفي اللوج EADDRINUSE، والـ TIME_WAIT فوق ٢٧ الف`),
    pe(`urgent!! at peak the VOS can't open new tcp sessions to the upstream, errors "Cannot assign requested address", TIME_WAIT around 32k. after midnight ok.`),
    pe(`netstat -ant | grep -c TIME_WAIT
28413
والمكالمات واقفة يا هندسة الحقني`),
    pe(`aslema, el serveur ki yetla3 el trafic (180 CPS) el appels sortants yfailiw, fama "Address already in use" f les logs w 30k TIME_WAIT. ba3d reboot yarja3 normal`),
    pe(`kho, chaque soir f 21h les appels vers le carrier yfailiw, netstat ygouli 3 alf... non 30 alf TIME_WAIT, w le log ygoul cannot bind local port`),
    pe(`السلام عليكم، في وقت الزحمة السويتش يوقف يرسل مكالمات للمزود على TCP، والخطأ BindException. عدّينا التايم ويت لقيناه ٣١ الف. نعيد تشغيل وترجع`),
    pe(`[رسالة صوتية] يا أخي والله تعبنا، كل يوم بعد المغرب يوم يزيد الضغط الخطوط كلها تطيح، المهندس عندنا شاف في netstat شي ثلاثين ألف TIME_WAIT ويقول ما في بورتات فاضية، نسوي ريستارت وترجع لين بكرة نفس الشي`),
    pe(`السيرفر يرفض يفتح كونكشن جديد وقت الذروة: connect() failed (99: Cannot assign requested address). والتايم ويت ٢٦ الف`),
    pe(`el server bi sa3et el zarwe ma 3am yefta7 TCP connections jdide, bi2ol address already in use, w fi 29k TIME_WAIT. ba3d el restart btezbat la bokra`),
    pe(`7bibi el calls ma tetla3 lil carrier b wakt el peak, el log yigoul EADDRINUSE w el TIME_WAIT 30k+. bil leil kulshi zain`),
    pe(`مرحبا، عنا سيرفر VOS3000 على CentOS 6، الترافيك وصل ٢٠٠ مكالمة بالثانية، وكل يوم بين ٧ و١١ بالليل المكالمات الطالعة عـ TCP بتفشل. بلوج السوفت سويتش: "tcp connect to 10.20.1.5:5060 failed: Cannot assign requested address". عملت ss -s وطلع timewait 30114. بعد الريستارت بترجع تمشي ساعتين. شو الحل؟`),
    pe(`Fwd from NOC: "Switch dropping calls again, TIME_WAIT 3万, local ports exhausted, we restarted twice today." pls check asap`),
    pe(`انتو سايبين السيرفر كده ازاي؟؟ كل يوم نفس الحكاية، البورتات بتخلص والمكالمات بتقف، ٣٠ الف TIME_WAIT، اعملوا حاجة`),
    pe(`ya zol el server fi wakt el zaham ma bi9dar yafta7 connection jdeed, el error cannot assign requested address, w el timewait 28 alf`),
    pe(`ya m3alem el switch kol lila yeta7, el log fih BindException w netstat fih 31k TIME_WAIT, el restart y7el el moshkla shwaya bas`),
    pe(`salam 3likom, 3ndna probleme kayt3awed kol nhar: mli kaytla3 trafic dyal les carriers (TCP) kaybdaw les appels yfailiw b "EADDRINUSE", w ss -s kaygoul timewait 27.500. mli kan3awdo reboot kaymchi chi chwiya. chno ndiro?`),
    pe(`TIME_WAIT ٣٢ ألف والمكالمات للكارير ما تطلع. الحين`),
    pe(`2024-07-14 20:31:07 [WARN] SipTcpTransport: connect 62.x.x.x:5060 failed, errno=99 (Cannot assign requested address)
2024-07-14 20:31:07 [WARN] SipTcpTransport: connect 62.x.x.x:5060 failed, errno=99 (Cannot assign requested address)
...
كل ليلة نفس الشي، ١٢٠٠ سطر بالدقيقة وقت الذروة`),
    pe(`يا اخي المشكلة رجعت، البورتات المحلية خلصت والتايم ويت ٢٩٬٥٠٠، الكارير ما يستقبل مننا اتصالات جديدة`),
    pe(`the ephemeral ports are finished, ip_local_port_range 32768-60999 and all used in TIME_WAIT at 7pm, new calls to carrier fail`),
    pe(`30k TIME_WAIT w el calls wa2fa, el error address already in use, e3mlo 7aga bsor3a`),
    pe(`Bonjour, depuis qu'on a augmenté le trafic, à l'heure de pointe les nouvelles connexions TCP vers les fournisseurs échouent (EADDRINUSE), ~30 000 sockets en TIME_WAIT. Ça revient chaque soir. 3awnouna`),
  ],
  natUnregistered: [
    nat(`من ساعة ما فعلتوا RST mode امبارح، التليفونات اللي في الفرع ورا الميكروتك كلها unregistered، بس اللي عندهم IP public شغالين عادي`),
    nat(`بعد ما شغلنا SS_TCP_CLOSE_RESET على On، كل الـ softphones عند الزباين بالبيوت عم يفصلوا عن التسجيل كل شوي. هنن على TCP ورا راوترات عادية`),
    nat(`salam, mnin 7atina RST f On, les postes f l'agence (derrière NAT) wellaw unregistered. li 3ndhom UDP mzyanin`),
    nat(`بعد تغيير إعداد RST لـ On، الأجهزة اللي ورا الراوتر في الفرع تفقد التسجيل كل دقيقتين، كلها SIP over TCP`),
    nat(`اخي من سويتوا تفعيل الـ RST، التلفونات مال المكتب اللي ورا الـ NAT صارت unregistered، الي عندهم IP عام ما بيهم شي`),
    nat(`since we enabled SS_TCP_CLOSE_RESET yesterday, all the Yealink phones at the branch behind MikroTik lose registration, TCP transport. public IP phones OK`),
    nat(`mn sa3et ma 3amalna RST On, el phones elly wara el router fel far3 kolaha unregistered, w elly 3ala UDP tamam`),
    nat(`يا جماعة بعد ما شغلتو الـ RST التلفونات الفي البيوت الشغالة TCP بقت تقع من التسجيل كل شوية، والراوترات عادية بتاعة الشركة`),
    nat(`من نهار فعلنا RST mode، الحسابات اللي عند الزبائن ورا الراوترات (NAT) تطيح من الريجستر كل شوية، واللي عندهم IP ثابت ماشيين`),
    nat(`بعد ما فعلنا SS_TCP_CLOSE_RESET الاجهزة حق الفرع ورا الراوتر ما عادت تسجل، شغالين TCP، والاجهزة اللي في الداتا سنتر تمام`),
    nat(`m3a l'activation mta3 RST, les softphones mta3 les clients (TCP, derrière box) walew unregistered kol chwaya. elli 3andhom IP publique normal`),
    nat(`[فويس] هلا والله، شوف من أمس يوم فعّلتوا خاصية RST، كل التلفونات اللي في بيوت الموظفين يعني اللي ورا راوتر البيت، تطلع unregistered وترجع وتطلع... اللي في المكتب عندهم IP ثابت ما فيهم شي`),
    nat(`kho depuis ma activina RST mode, les postes IP ta3 la succursale (NAT, TCP) ga3 unregistered, w les autres sur UDP ykhedmo`),
    nat(`Extension 1012  Unregistered  192.168.88.23 (NAT)  TCP
Extension 1013  Unregistered  192.168.88.24 (NAT)  TCP
Extension 2001  Registered    41.x.x.x         TCP
من بعد تفعيل RST امبارح وده الحال`),
    nat(`صار عنا مشكلة من لما غيرنا SS_TCP_CLOSE_RESET لـ On عشان الـ TIME_WAIT: التلفونات بالفرع التاني (ورا NAT، TCP) عم تطلع unregistered. شو نعمل؟`),
    nat(`الموظفين اللي يشتغلون من البيت على Zoiper (TCP) كل شوي يطلعون unregistered من يوم فعلنا RST. اللي في المكتب على IP public ما عندهم مشكلة`),
    nat(`بعد تشغيل وضع RST، الـ IP phones خلف الراوتر في فرع صحار تخسر التسجيل، والترانسبورت TCP`),
    nat(`salam, mnin bdelna SS_TCP_CLOSE_RESET l On, telephones li f dyour (box wifi, TCP) kaytiho mn registration kol 5 d9aye9`),
    nat(`Fwd from our client in Erbil: "our phones behind the mikrotik are unregistered since yesterday afternoon, only the TCP ones". yesterday afternoon we set RST mode On on the switch.`),
    nat(`7bibi shifna el softphones mal el mandoubeen (yishtaghloon 3al 4G w home wifi, TCP) kulha tetla3 unregistered ba3d ma fa33alna RST, bs el trunks el 3indha public IP zeena`),
    nat(`يا جماعة وش سويتوا؟ من أمس بعد ما شغلتوا RST التلفونات في الفروع كلها غير مسجلة، الفروع كلها ورا NAT وعلى TCP. رجعوا الوضع`),
    nat(`ya shabeb mn wa2et ma 7atayna el RST On, kel el softphones 3and el customers (behind NAT, TCP) 3am ytfo w yer2o`),
    nat(`لاحظنا انو التلفونات اللي ورا الـ NAT بتفقد التسجيل كل كم دقيقة، والمشكلة بلشت بنفس اليوم اللي فعلنا فيه SS_TCP_CLOSE_RESET. التلفونات على UDP ما فيها شي`),
    nat(`ya zol el mushkila bada't ba3d ma shaghalna RST mode, el phones fi maktab Bahri 3indahum router w bisajlo TCP, halla bitla3o unregistered kul shwaya`),
    nat(`مساء الخير يا هندسة، احنا عملنا تعديل على السيرفر يوم الخميس وخلينا SS_TCP_CLOSE_RESET=On عشان الـ TIME_WAIT كانت عالية. من ساعتها عندنا ٤٠ تليفون Grandstream في فرع مدينة نصر ورا راوتر ميكروتيك، كلهم على TCP، بيعملوا register وبعد شوية يبقوا unregistered. الفرع الرئيسي عنده IPs public ومفيهوش مشكلة خالص`),
    nat(`ya m3alem, el 7aja hathi bdat mn youm el arba3 lama 3melna RST On: telefonat el far3 (wara router TP-Link, TCP) yetla3o unregistered, ama ely 3ala UDP mashya tamam`),
    nat(`فعلنا RST والتلفونات ورا الـ NAT طاحت من التسجيل`),
    nat(`After RST mode On the remote workers (home routers, SIP TCP) keep dropping registration every few min. Office phones public IP fine.`),
    nat(`Depuis l'activation du RST sur le switch, les postes derrière le routeur de l'agence de Fès perdent l'enregistrement (TCP). Les postes en IP publique fonctionnent.`),
    nat(`REGISTER from 197.x.x.x:40122 (TCP) -> 200 OK
... connection closed by reset
... ext 1034 unregistered
هاد عم يصير لكل التلفونات اللي ورا NAT من بعد ما حطينا RST On`),
  ],
  firewallRst: [
    fw(`من ساعة ما فعلنا RST المكالمات اللي بتعدي على الفورتي جيت بتقع أو بتعلق، ولوج الفورتي فيه RST dropped كتير`),
    fw(`بعد تفعيل SS_TCP_CLOSE_RESET، المكالمات اللي تمر عبر الـ pfSense تفشل، ولوق الفايروال مليان TCP:RA invalid state`),
    fw(`salam, mnin activina RST, les appels li kaydouzou men l'ASA kayfailiw, w l'ASA kat loggi "Deny TCP (no connection) ... flags RST"`),
    fw(`من لما شغلنا RST mode، المكالمات عبر الفايروال (SonicWall) عم تعلق، والطرف التاني لسا شايف الكونكشن ESTABLISHED`),
    fw(`iptables -L -v -n | grep INVALID
48211 2.1M DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
العداد عم يطلع من بعد ما فعلنا RST والمكالمات عم تفشل`),
    fw(`since RST mode On, calls via our FortiGate fail half the time, the carrier side keeps half-open TCP sessions, forti logs show RST dropped`),
    fw(`اخي من سويتوا RST On، المكالمات اللي تعبر الفايروال مال الداتا سنتر تفشل، والطرف الثاني يبقى ماسك الكونكشن مفتوح`),
    fw(`من نهار شغلنا RST، المكالمات اللي تعدي من الفورتي جيت ما تكملش، والكارير يقول عنده كونكشنات ESTABLISHED قديمة ما تتسكرش`),
    fw(`يا جماعة بعد الـ RST المكالمات البتعدي على الـ pfSense بتقيف في النص، واللوق بتاع الفايروال فيه RST blocked`),
    fw(`منذ ما فعلنا RST mode المكالمات عبر الجدار الناري تفشل، ولوج الفايروال فيه دروب لباكتات RST`),
    fw(`we turned RST on last night, now calls to carrier from our AWS instance fail, carrier sees half-open connections from us, is the security group dropping the resets?`),
    fw(`m3a RST On, les appels li t3adi 3al FortiGate ywa9fou w ba3d 32 secondes yt9as3ou, w el log mta3 forti fih "RST dropped"`),
    fw(`kho depuis RST, les appels vers le carrier (derrière pfSense) yt3al9o, le carrier ygoul les sessions TCP ta3na mazal ESTABLISHED 3andhom`),
    fw(`tcpdump -ni eth1 'tcp[tcpflags] & tcp-rst != 0'
14:02:11.118 IP 10.0.0.5.5060 > 62.x.x.x.41233: Flags [R], seq 1, win 0
هذا من جهة السيرفر، ومن جهة الكارير ما يوصل ولا RST. الفايروال اللي بالنص ASA. من فعلنا RST والمكالمات تتعلق`),
    fw(`المكالمات اللي تمر عبر الـ SonicWall صارت تفشل من يوم شغلنا وضع RST، واللوق يقول TCP packet dropped - invalid`),
    fw(`بعد ما فعلنا RST، المكالمات من خلال الفايروال تعلق وما تنقطع عند الطرف الثاني، والفايروال يرمي الـ RST`),
    fw(`mn sa3et el RST On, el calls elly bt3ady 3al firewall (Fortigate) bt3la2, w el log feh "invalid RST dropped"`),
    fw(`ba3d ma fa33alna RST, el calls 3abr el pfSense 3am tfashel, w el state table fiya connections 3al2ane`),
    fw(`akhi shno el 7al, ba3d ma fa33alna RST el calls el tmur bel firewall ma tkamel, w firewall logs ybayen RST dropped, el carrier yshuf el session ba3adha ESTABLISHED`),
    fw(`[فويس نوت] السلام عليكم، يا أخي من أمس بعد ما غيرتوا وضع RST المكالمات اللي تروح للمزود عن طريق الفورتي جيت كلها تفشل، فريق الشبكة يقول الفورتي قاعد يرمي باكتات RST لأنها ما تطابق الجلسة...`),
    fw(`مرحبا، عنا VOS ورا FortiGate 100F. الأسبوع الماضي فعّلنا SS_TCP_CLOSE_RESET على On عشان الـ TIME_WAIT. من وقتها المكالمات مع الكارير الأوروبي (TCP) عم تفشل بشكل متقطع. بالـ forward traffic log في آلاف السطور "action=deny reason=RST packet out of window" والكارير بيقول عنده جلسات ESTABLISHED ما عم تنسكر. شو الحل؟`),
    fw(`Jul 22 21:04:10 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=10.0.0.5 DST=62.x.x.x PROTO=TCP SPT=5060 DPT=51122 RST URGP=0
Jul 22 21:04:11 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=10.0.0.5 DST=62.x.x.x PROTO=TCP SPT=5060 DPT=51187 RST URGP=0
من يوم ما حطينا RST On والمكالمات بتفشل، ده كله في اللوج`),
    fw(`salam, mnin 7atina RST On, l'appels li kaydouzou men firewall dyal datacenter (conntrack) kayb9aw m3al9in, w conntrack kaymerqi les paquets RST INVALID`),
    fw(`ya zol el firewall bita3na (FortiGate) gi3id yarmi packets el RST min ma shaghalna RST mode, w el calls bitfashal`),
    fw(`ya m3alem ba3d RST On el carrier y9ol 3ando barsha connections half-open mn 3andna, w el calls ely t3adi 3al pfSense twa9ef fel nos`),
    fw(`Fwd from network team: "ASA is dropping TCP RST from VOS since the change on Sunday (RST mode On), calls to carrier hang then fail"`),
    fw(`فعلنا RST والمكالمات عبر الفايروال طاحت، الفايروال يرمي الـ RST`),
    fw(`Bonjour, depuis le passage de RST à On, les appels via le pare-feu Stormshield échouent, le log indique "TCP RST dropped, no session". Le fournisseur garde des connexions à moitié ouvertes.`),
    fw(`من بعد تفعيل RST صارت المكالمات عبر الفايروال (iptables مع conntrack) تضرب، وبالـ dmesg في nf_conntrack: invalid packet RST`),
    fw(`يا مهندس المكالمات عبر الفايروال Cisco ASA تفشل من يوم غيرتوا RST لـ On، والـ ASA يسجل Deny TCP (no connection) flags RST. ايش الحل؟`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning238Set: readonly EvalItem[] = Object.values(tuning238Families).flat();
