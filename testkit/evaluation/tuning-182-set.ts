import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Carriers, wholesale VoIP operators and call centres in Morocco, Algeria, Tunisia, Libya and Egypt: owners, NOC
 * engineers, resellers and call-centre technicians writing Maghrebi Darija and Egyptian Arabic in Arabic script and in
 * Arabizi (3, 7, 9, 2 for letters), mixed with French (Maghreb) and English technical words, some Modern Standard Arabic;
 * Eastern Arabic digits (٠-٩) in part of the Egyptian messages; "alf"/"ألف" and "k" for thousands; "salam", "3aslema",
 * "يا باشا", "يا هندسة", "تحية طيبة". Shares roughly: Darija 35%, Egyptian 35%, French-Arabic mixes 15%, MSA 15%.
 *
 * The hundred-and-eighty-second tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-eighty-second never-tuned set, before the sixty-sixth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-sixth round, then made tuning
 * material for the sixty-seventh: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 96.7 %, negatives confident 3.7 %, confident wrong 0 % with the rules of
 * the sixty-fifth round, before the sixty-sixth.
 * With the framing counts recounted once the hundred-and-seventy-eighth to -eighty-first became tuning splits, and
 * "now … unregistered" read as a live fault and "just curious?" as a question whatever the framing, before the other
 * rules of the sixty-sixth round: in scope 96.7 %, negatives confident 4.4 %, confident wrong 0 %.
 * After the sixty-sixth round: the same.
 * After the sixty-seventh round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning182Families = {
  oneListeningPort: [
    no(`salam, tomcat dial l web portal ma bghach ytla3, f catalina.out kayn: java.net.BindException: Address already in use <null>:8080. chi 7aja khra chedda 8080?`),
    no(`السلام عليكم خويا، nginx ما بغاش يبدا بعد ما درنا update، كيقول bind() to 0.0.0.0:443 failed (98: Address already in use). واش apache باقي خدام؟`),
    no(`يا باشا الـ mysql مش راضي يقوم بعد الريستارت، في اللوج:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
أعمل ايه؟`),
    no(`ya handasa el mbx3000d mesh rady yeb2a up ba3d el restart, by2ool bind 5060 failed: address already in use. ps bet2ool fe process adeema lessa sha3'ala`),
    no(`Bonjour, le portail web ne démarre plus: Address already in use sur le port 8080. J'ai vu avec netstat -tlnp que c'est un autre java qui tient le port, une ancienne instance tomcat peut-être? 3afak chouf m3ana`),
    no(`تحية طيبة، عند إعادة تشغيل خادم Redis تظهر الرسالة: Could not create server TCP listening socket *:6379: bind: Address already in use. هل توجد نسخة أخرى تعمل على الخادم نفسه؟`),
    no(`ahla, el docker mta3 el billing ma y9omch:
Error starting userland proxy: listen tcp4 0.0.0.0:3000: bind: address already in use
chkoun 5ed el port hedha?`),
    no(`wesh khouya, dert restart l serveur w daba softswitch ma yebdach, ylog "bind 0.0.0.0:5060 Address already in use". kayen process 9dim ba9i 7ad l port, kifach n9atlou?`),
    no(`السلام عليكم، الـ web manager بتاع VOS مش بيفتح على بورت ٨٠٨٠، و الـ tomcat بيقول Address already in use. عملت netstat لقيت process تانية ماسكة ٨٠٨٠`),
    no(`salam, el dev server mta3 el developer 3ala el laptop ma yebdash, yqol "Error: listen EADDRINUSE: address already in use :::3000". hal hadi 3andha 3ala9a bel softswitch?`),
    no(`يا جماعة apache مش راضي يشتغل:
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80
هو ممكن nginx شغال و احنا ناسيينه؟`),
    no(`Safi l9it lmochkil: l'apache kan khddam w nginx bgha yakhod 80. Mais maintenant php-fpm kay3ti "unable to bind listening socket for address '127.0.0.1:9000': Address already in use (98)". Kifach n3rf chkoun 7ad 9000?`),
    no(`Salut, après reboot le service mbx3000d refuse de démarrer, log: "Address already in use" sur 5060. Un vieux processus zombie tient le port 5060, kifach nkillih bla ma nreboot le serveur kaml?`),
    no(`السادة الدعم الفني، بعد ترقية الخادم لم تعد خدمة MySQL تعمل على المنفذ 3306 بسبب الخطأ Address already in use، ويبدو أن نسخة MariaDB القديمة لا تزال تعمل. نرجو الإرشاد.`),
    no(`3amalt docker run le el monitoring (grafana) 3ala 3000 w tele3 "Bind for 0.0.0.0:3000 failed: port is already allocated". el port ma7goz men container tany, a3mel eh?`),
    no(`عسلامة، الـ web portal ما يحلش، في catalina.out: java.net.BindException: Address already in use: JVM_Bind 8080. شكون شاد البور؟`),
    no(`حضرتك الـ trunks عندنا شغالة تمام، المشكلة بس ان الـ freeswitch اللي على نفس السيرفر مش قادر يعمل bind على 5080، بيقول Address already in use. مين ماسك البورت ده؟`),
    no(`السلام، حبينا نركبو openvpn على نفس السيرفر تاع VOS وما حبش يبدا: "bind: Address already in use" على port 1194. كاين حاجة أخرى شادة البور؟`),
    no(`l'prometheus node exporter ma bghach ytla3: "listen tcp :9100: bind: address already in use". kayn wa7ed akhor mlanci mn 9bel b systemd?`),
    no(`استفسار: عند تشغيل واجهة API الخاصة بنا على الخادم نفسه تظهر الرسالة EADDRINUSE على المنفذ 8443 لأن واجهة الويب تستخدمه. كيف يمكن تغيير منفذ واجهة الويب؟`),
    no(`السيرفر عمل ريستارت لوحده و بعدها الـ mbx3000d مش راضي يقوم، اللوج بيقول socket bind error on port ٥٠٦٠ address already in use. أنا شايف بـ ss -ulpn ان في mbx3000d قديم لسه شغال بـ pid ٤٤١٢`),
    no(`Bonsoir, Zabbix agent ne démarre pas: "cannot create listener on port 10050: Address already in use". Wach kayen agent akhor? On l'a installé deux fois je pense`),
    no(`السلام عليكم، الـ nginx اللي قدام البورتال واقف ويقول 443 مستعمل (Address already in use). لقيت haproxy شاد البورت، نبي نعرف كيف نخليهم مع بعض`),
    no(`el web server el gedeed bta3 el reseller panel mesh sha3'al:
Error: listen EADDRINUSE: address already in use 0.0.0.0:80
apache el adeem lessa mawgood 3ala el server, a2felo wala eh?`),
    no(`خويا، بغيت نشغل الـ VOS web على 80 بلاصة 8080 والطومكات كيقول Address already in use حيت nginx شاد 80. شنو الحل الأحسن؟`),
    no(`postfix مش بيقوم: "fatal: bind 0.0.0.0 port 25: Address already in use"، و sendmail شغال جنبه... ده بيأثر على ايميلات الفواتير بتاعة العملاء`),
    no(`ba3d el reboot el mysql ma y9omch, "Can't start server: Bind on TCP/IP port. Got error: 98: Address already in use". kayen mysqld_safe 9dim ya5dem? a3tini commande bch n9tlou`),
  ],
  otherRegistrationCause: [
    no(`salam, ga3 les telephones dial l'agence dyal Casa unregistered mn sbah. l9it bli l'admin beddel les mots de passe f VOS w ma 3tach lina jdad. 403 Forbidden f logs`),
    no(`يا باشا الـ gateway بتاعتنا مش بتعمل register من امبارح، طلع الـ ISP غير الـ IP العام بتاعنا و انتو عاملين whitelist على الـ IP القديم`),
    no(`el softphones kolaha unregistered, el zbon lessa me2akedly eno ma dafa3sh el fatora w el account et2afal (suspended). momken tefta7o le7ad ma yedfa3?`),
    no(`نفيدكم بأن جميع الهواتف في الفرع فقدت التسجيل بسبب انقطاع الكهرباء منذ الصباح، وبعد عودة التيار بقيت ثلاثة أجهزة غير مسجلة. هل يلزم إعادة تشغيلها؟`),
    no(`Bonjour, nos postes Yealink sont unregistered depuis qu'on a changé de box internet (nouvelle box). On est en UDP seulement, 9bel kan kolchi mzyan. Le SIP ALG de la box est activé je crois.`),
    no(`wesh, les IP phones ta3 call center kamel unregistered, rahou l'internet ta3 Algérie Télécom ma9tou3 men sbah. ki yarja3 yarj3ou wla lazem ndirou 7aja?`),
    no(`3aslema, el gateway GoIP ma t3adich registration, 401 Unauthorized. beddelt el password mta3 el account fel VOS w nsit ma beddeltouch fel gateway, chnowa n3mel?`),
    no(`الاكونت ٧٠٢١٥ مش بيسجل و بيطلع 403، الرصيد صفر و السيستم وقفه تلقائي. لو شحنت ٥ ألف هيرجع على طول؟`),
    no(`salam, el DNS name mta3 el server tbadal (sip.mycompany.ly) w el phones mazal 3la el name el 9dim, 3lashan hakka unregistered? i guess`),
    no(`السلام، الليسانس ديال VOS سالات البارح و دابا حتى شي تيليفون ما بغا يتسجل، كيبانو unregistered كاملين. فوقاش تجددوها؟`),
    no(`الموظفين شغالين من البيت و الـ softphone عندهم بيعمل unregistered كل شوية، طلع الراوتر Huawei فيه SIP ALG مفعل و احنا على UDP. قفلناه عند واحد و اتحل، نقفله عند الباقي؟`),
    no(`لدينا بوابة تفقد التسجيل بعد تغيير عنوان IP الخادم إلى عنوان جديد ضمن ترحيل مركز البيانات، ولم نحدث إعدادات البوابة بعد. هل يكفي تعديل عنوان proxy في البوابة؟`),
    no(`el phones fe el far3 el gedeed kolaha unregistered, tele3 el switch mafeesh kahraba (PoE wa2ef) w el phones makanetsh shaghala asln 😅`),
    no(`Salam, le trunk vers le fournisseur est unregistered depuis ce matin: "Registration failed: 403 wrong password". Le fournisseur a changé le mot de passe sans prévenir, ghadi n3ayt lihom.`),
    no(`خويا التليفونات تاع الوكالة رجعو unregistered من بعد ما بدلنا الراوتر، الراوتر الجديد MikroTik وما درناش port forwarding... احنا على UDP برك.`),
    no(`يا هندسة الـ account بتاع الـ reseller "nour" مش بيسجل، لما بصيت لقيت الـ expiry date بتاعه خلص امبارح. ممكن تمده شهر؟`),
    no(`عسلامة، التليفونات الكل unregistered خاطر الـ fibre مقصوصة في الحومة، Orange قالولنا 48 ساعة. عندكم حل backup على 4G؟`),
    no(`khouya l'agent jdid ma bghach ytsjjel, kayt3tih "wrong username". kan kayktb 1001 blast 10001 😂 safi tsjjel`),
    no(`عندنا ١٢ جهاز Grandstream مش متسجلين من ساعة ما غيرنا الـ IP الثابت بتاع الشركة من WE لـ Orange. الـ ACL عندكم لسه على الـ IP القديم؟`),
    no(`بعد تحديث البرنامج الثابت لأجهزة الهاتف عادت إلى إعدادات المصنع وفقدت بيانات الحساب، لذلك تظهر غير مسجلة. هل لديكم ملف إعداد تلقائي؟`),
    no(`Le poste du bureau 2 n'est pas enregistré, tal3 le câble m9lou3 🙈. Question: kifach ndir une alerte quand un poste tombe unregistered?`),
    no(`ya basha el softphone 3al mobile (Zoiper) byfsel registration kol ma yetnaa2el men wifi le 4G, el IP bayetghayar. da tabi3y? e7na UDP`),
    no(`Bonjour, tous les comptes du client "AtlasCall" sont unregistered. Normal, leur compte est suspendu pour impayé depuis le 1er, khasshom ykhelsou 12k dirham 9bel.`),
    no(`badalna el domaine mta3 el softswitch w nsina nbadlo el A record, el phones ma yel9awch el server donc unregistered. badalneh taw, 9adech el TTL?`),
    no(`تلفونات الكول سنتر مش متسجلة بقالها ساعة، الشبكة كلها واقعة عندنا مش بس التلفونات، حتى النت مش شغال. الموضوع عند الـ ISP مش عندكم صح؟`),
    no(`نود الإفادة بأن الهواتف في فرع الإسكندرية غير مسجلة لأن الاشتراك لدى مزود الإنترنت انتهى ولم يُجدد، وسيتم التجديد غداً.`),
    no(`salam, ga3 les extensions unregistered ba3d ma 3awdna installina l'serveur, l'IP t'bedlet men .10 l .20 w les phones mazal yb3tou l .10`),
  ],
  smallFigures: [
    no(`salam, dert ss -s f serveur dial VOS:
Total: 530
TCP:   412 (estab 96, closed 288, orphaned 0, timewait 281)
wach hadchi normal? server ma fih 7ta mochkil, ghir bghit nt2kked`),
    no(`يا باشا هو يعني ايه TIME_WAIT بالظبط؟ شايف حوالي ٣٠٠ socket في netstat و السيرفر هادي خالص بالليل`),
    no(`ما وظيفة الإعداد SS_TCP_CLOSE_RESET في ملف softswitch.conf؟ وهل يُنصح بتفعيله لدينا علماً أن حركة المكالمات لا تتجاوز 20 مكالمة في الثانية؟`),
    no(`Question: si on active le mode RST (SS_TCP_CLOSE_RESET=On), est-ce que les téléphones derrière NAT vont être affectés? 3andna bzaf dyal les agents f dar b MikroTik. Pour l'instant c'est Off, on n'a rien touché.`),
    no(`ana 3amalt netstat -an | grep TIME_WAIT | wc -l tele3 187. da kteer? el CPS 3andena 5 bas`),
    no(`ahla, nheb nefhem: el ip_local_port_range 32768-60999, ya3ni 9adech connexion nejmou na3mlou? ma3andna 7atta mochkla, ghir prévision 9bal ma nzidou 2 carriers`),
    no(`ده output بتاع ss -s بعد الـ peak النهارده:
Total: 640
TCP:   512 (estab 140, closed 350, orphaned 0, timewait 342)
الدنيا تمام و مفيش شكاوي، بس عايز اعرف ٣٤٢ دي طبيعية؟`),
    no(`خويا، وش الفرق بين FIN و RST كي يسكر الـ softswitch الكونكسيون تاع TCP؟ سؤال برك باش نفهم`),
    no(`نخطط لرفع عدد المكالمات المتزامنة إلى 3 آلاف. هل سيؤدي ذلك إلى نفاد المنافذ المؤقتة؟ حالياً عدد اتصالات TIME_WAIT نحو 600 فقط ولا توجد أي أعطال.`),
    no(`salam, el monitoring 3andna ywarri "timewait 220" fel graph. hal nest7a9o nfa33lo tcp_tw_reuse wala mish lazem? el server yemshi tamam`),
    no(`لو فعلنا الـ RST mode هل الفايروول FortiGate اللي عندنا ممكن يعمل مشاكل؟ لسه ما فعلناهوش، بنسأل قبل ما نعمل أي حاجة`),
    no(`شنو كيدير service mbx3000d reparse بالضبط؟ واش كيقطع المكالمات اللي خدامين ولا لا؟ بغيت نبدل شي parametre صغير فـ softswitch.conf`),
    no(`Bonjour, on a 150 TIME_WAIT sur le serveur à 3h du matin, c'est normal? Kolchi khddam mzyan, c'est juste le nouveau du NOC qui pose la question.`),
    no(`howa el SS_TCP_CLOSE_RESET by2asar 3ala el UDP? e7na 90% UDP w 10% TCP le ba3d el clients`),
    no(`عندي سؤال: netstat يطلعلي 90 connexion في TIME_WAIT على 5060 TCP. عادي هذا ولا لازم نعملو حاجة؟ ما فماش مشاكل في المكالمات`),
    no(`هل يمكن توضيح ما إذا كان تفعيل net.ipv4.tcp_tw_reuse آمناً على خادم VOS3000؟ لا نواجه مشكلة حالياً، لكن نريد تجهيز الخادم للنمو.`),
    no(`ياريت تشرحولي الـ ephemeral ports دي ايه، الـ auditor بيسأل و احنا مش فاهمين. السيرفر شغال زي الفل`),
    no(`wach ila drna RST mode, les firewalls dial les clients ghadi ybloquiw chi 7aja? ghir kansowlo, ba9i ma 9arrarna walo`),
    no(`عندنا ١٥ CPS بس و ٨٠٠ مكالمة متزامنة وقت الذروة. نحتاج نغير ip_local_port_range ولا الـ default كفاية؟`),
    no(`salam, rani nchouf f netstat ~400 TIME_WAIT f la nuit, w f la journée ~1.2k. l'serveur mlih, kayen risque wla la?`),
    no(`Petite question théorique: pourquoi le RST évite le TIME_WAIT? Le formateur 9al bli c'est dangereux, je veux comprendre avant de toucher quoi que ce soit.`),
    no(`ana 3andi VPS soghayar feeh 30 extension bas, ss -s bey2ool timewait 45. keda el donya tamam wala fe moshkela? ma7adesh eshtaka`),
    no(`On veut savoir la valeur actuelle de SS_TCP_CLOSE_RESET chez nous, kifach nchoufha f le fichier? Ma nbedlouhach, ghir pour la documentation.`),
    no(`مرفق ناتج الأمر ss -tan state time-wait | wc -l وهو 312 على خادم الإنتاج في ساعة الذروة. هل هذا ضمن الحدود الطبيعية؟ الخدمة مستقرة.`),
    no(`واش TIME_WAIT كيبقى شحال من ثانية فـ Linux؟ 60؟ غير باش نفهم الـ graph ديال Zabbix اللي طالع فيه 250 تقريبا`),
    no(`لو عندي تلفونات ورا NAT على TCP و فعلت الـ RST، هيحصل ايه نظريا؟ بجهز عرض للعميل و مش عايز اقول كلام غلط`),
    no(`ahla, 3malna essai b sipp 50 CPS 9bal el production, el timewait wsel 900 w rja3 lel 100 ba3d d9i9a. normal hedha?`),
  ],
  firewallNoRst: [
    no(`salam, bghina n7ello port 5060 TCP w UDP f FortiGate l carrier jdid, IP dyalo 196.200.x.x. kifach ndirou policy? ma kayn hta mochkil daba, ghir setup`),
    no(`محتاجين نعمل whitelist لـ IP الكارير الجديد على الـ iptables بتاع السيرفر، الـ IP هو 41.33.12.8 و هيبعت على ٥٠٦٠ UDP. ممكن تبعتلي الـ rule؟`),
    no(`نرجو مراجعة إعدادات جدار الحماية pfSense المرفقة قبل تشغيل الخدمة للعملاء الأسبوع القادم، للتأكد من فتح المنافذ اللازمة لـ SIP و RTP.`),
    no(`fail2ban a banni l'IP de notre client "Sahara Telecom" après des tentatives avec mauvais mot de passe. Kifach n7iydo mn la jail et le mettre en whitelist?`),
    no(`ya handasa 3ayzeen ne2fel ay traffic men bara Masr w el Khaleeg 3ala el SIP port (geo-blocking) 3ashan el hacking. ne3melha fe el Sophos ezay?`),
    no(`3aslema, el ASA mta3na fih SIP inspection (ALG), nna7iwh wala nkhaliwh? ma3anach mochkla, ghir el carrier 9alelna bech nna7iwh`),
    no(`خويا نحب نزيد port forwarding فالـ MikroTik: 5060 و 10000-20000 UDP للسيرفر الداخلي 192.168.1.50. كيفاش ندير dst-nat؟`),
    no(`الفايروول عندنا بيعمل drop لـ IP بيعمل scanning على ٥٠٦٠ من امبارح (85.11.40.2)، عايزين نتأكد انه مش واحد من الكاريرز بتوعنا قبل ما نعمله ban نهائي`),
    no(`salam, nabi n7ot rule fel iptables t7added el connexions 3ala 5060 l kol IP (rate limit) 3ashan el SIP flood. 3andkom template?`),
    no(`قمنا بإيقاف SIP ALG على موجه Cisco الرئيسي بناءً على توصيتكم. هل هناك إعدادات أخرى يجب مراجعتها في جدار الحماية؟ الخدمة تعمل بشكل طبيعي.`),
    no(`السلام، بغينا نديرو geo-blocking فـ pfSense ونخليو غير المغرب وفرنسا وإسبانيا. واش كاين شي alias واجد؟`),
    no(`Bonjour, merci de nous envoyer la liste des IP de vos serveurs de signalisation, on doit les whitelister sur notre FortiGate avant la migration, sinon l'équipe sécurité ma t9belch.`),
    no(`fail2ban حظر IP المكتب بتاعنا نفسه عشان حد غلط في الباسورد ٥ مرات 😂 عايز افك الحظر بسرعة`),
    no(`3ayez a3mel port forwarding fe router TP-Link 3and el 3amil 3ashan el IP-PBX bta3o yesta2bel calls men el VOS. aftah TCP 5060 w el RTP range kam?`),
    no(`عسلامة، الـ security team طالبين نسكرو port الـ web 8080 على الـ internet ونخليوه كان على الـ VPN. نجمو نعملوها من غير ما يتأثر الـ SIP؟`),
    no(`khouya chouf m3aya had config dial iptables, bghit n3rf wach mzyana:
-A INPUT -p udp --dport 5060 -s 41.214.0.0/16 -j ACCEPT
-A INPUT -p udp --dport 5060 -j DROP
kolchi khddam, ghir review`),
    no(`نرغب في إضافة قاعدة في جدار الحماية FortiGate للسماح بحركة RTP من مزود الخدمة الجديد. ما نطاق المنافذ المستخدم في VOS3000 افتراضياً؟`),
    no(`العميل عنده Sophos XG و عايز يعرف يعمل NAT rule ازاي عشان يطلع على السويتش بتاعنا بـ IP ثابت واحد. ممكن خطوات؟`),
    no(`salam, l'ISP ta3na ybloqui port 5060 (3endhom SIP ALG), rana nbedlou l port 5080 f VOS. kifach nbadlou f les gateways?`),
    no(`Salut, on veut activer le geo-IP sur le FortiGate pour bloquer l'Asie w l'Amérique latine, ça ne va pas bloquer nos carriers? 3andna wahed f Singapour.`),
    no(`ضفنا rule على الـ ASA من ٣ ايام تسمح بـ TCP 5060 من IP الكارير الجديد و الدنيا شغالة، بس عايز اتأكد ان مفيش حاجة ناقصة:
access-list OUTSIDE_IN extended permit tcp host 197.32.10.5 host 10.0.0.20 eq 5060`),
    no(`Salam, on met un nouveau MikroTik devant le serveur, bghina ndirou des filter rules contre les scanners SIP. Chnou les ports li khasshom ybqaw ouverts?`),
    no(`el security audit 2al lazem ne2fel SSH men bara. ya3ni lw 2afalt port 22 3al firewall, el VOS hayet2aser? ana bashtaghal 3aleh remote`),
    no(`يرجى تزويدنا بقائمة المنافذ التي يجب فتحها في جدار الحماية لخادم VOS3000 (الإشارات، الوسائط، واجهة الويب)، لأننا سنعيد تصميم الشبكة.`),
    no(`fail2ban kaybani l'IP dial wa7d l'reseller kol nhar 3la 7sab "too many failed registrations". howa kaygoul ma3endouch mochkil. nzidouh f ignoreip?`),
    no(`العميل بيقول الـ firewall بتاعه فيه INVALID drop كتير في اللوج، بس على port 443 بتاع الويب سايت بتاعه، مش على الـ SIP، و الكولز شغالة. يهمنا ولا لا؟`),
    no(`ahla, nheb na3mel NAT 1:1 fel pfSense lel server el jdid mta3 VOS, public IP .45 -> 10.10.0.45. chnowa lazem nzid fel softswitch (external IP)?`),
  ],
  negationContext: [
    no(`salam, l'telephones dial l'agence rj3o unregistered, walakin 7na UDP only, 3mmrna ma khdmna b TCP w RST 3mmrou ma tfa3el. l'ISP beddel lina router lbar7.`),
    no(`للعلم بس: مشكلة الـ TIME_WAIT و الـ cannot assign requested address اللي كانت عندنا الشهر اللي فات اتحلت بعد ما فعلتوا tcp_tw_reuse. النهارده الذروة عدت و ss بيقول timewait ٢٣٠ بس. شكرا ليكم`),
    no(`للتوثيق فقط، نعيد إرسال تذكرة قديمة مغلقة: "بعد تفعيل SS_TCP_CLOSE_RESET كان جدار الحماية يسقط حزم RST" — تم حلها في مارس بإضافة استثناء. لا توجد مشكلة حالية.`),
    no(`Les postes sont unregistered mais attention: SS_TCP_CLOSE_RESET est Off, on n'a jamais activé le RST. C'est depuis le changement des mots de passe f les comptes SIP, 401 partout.`),
    no(`shokran ya basha, ba3d ma raga3to el RST le Off el phones elli wara el NAT kolaha registered tany men embare7. el mawdoo3 khelis`),
    no(`عسلامة، الـ firewall ما عمل حتى drop لـ RST، شفنا اللوج الكل. المشكل طلع في الـ carrier اللي عندو maintenance. الحمد لله رجع كل شي.`),
    no(`salam, l'akher merra 9eltoulna "address already in use" ja men port exhaustion, bessa7 hadi l'merra la: c'est juste tomcat ta3 l'portail. ma kayench TIME_WAIT, 120 brk.`),
    no(`محدش غير حاجة في السيرفر و الـ RST مش متفعل، و التلفونات ورا الـ NAT شغالة. المشكلة بس ان واحد من الموظفين بيقول التلفون بتاعه unregistered و طلع الفيشة مش في الكهربا`),
    no(`ya jama3a el ticket el 9dima mta3 "calls fail at peak, cannot assign requested address" nabo nsakroha, ba3d el tuning el CPS 120 w mafish 7atta error men 3 jem3at.`),
    no(`نود التأكيد أن الخادم يعمل بنظام UDP فقط، وأن خيار SS_TCP_CLOSE_RESET لم يُغير إطلاقاً. انقطاع التسجيل لدى الفرع سببه تغيير كلمة المرور المركزية أمس.`),
    no(`شكرا بزاف، من بعد ما وسعتو ip_local_port_range ولينا فالذروة عندنا 1.5k TIME_WAIT بلاصة 28k، والمكالمات كلها دايزة. نسدو التيكيت`),
    no(`Pour info, je vous transfère l'ancien ticket #4411 (résolu) sur les drops RST du FortiGate, l'auditeur bgha l'historique. Ma kayn 7ta mochkil daba.`),
    no(`يا جماعة انا قريت في الجروب عن مشكلة الـ NAT و الـ RST، احنا الـ RST عندنا off و كل التلفونات متسجلة. بس حبيت اتأكد اننا مش محتاجين نعمل حاجة`),
    no(`la la, mesh firewall. el firewall mafeehosh ay drop, shofna el logs. el calls bte2a3 3ashan el carrier bayeb3at BYE ba3d 60 sanya, da limit 3andohom`),
    no(`ahla, el message "Address already in use" elli b3aththolkom el bera7 tla3 men script backup 9dim y7eb ya5ou nafs el port, mch mel softswitch. na77ineh w kol chay mriguel`),
    no(`كنا نحسبو الـ phones طاحو على جال الـ RST بصح لقينا الـ RST مازال Off ما تبدل والو. السبب هو الـ licence تاع الـ VOS فاتت. جددناها والحمد لله.`),
    no(`إشارة إلى محادثة الأمس: لم يتم تفعيل وضع RST على الخادم، والمكالمات التي انقطعت كانت بسبب انقطاع الألياف لدى المزود. الوضع مستقر الآن.`),
    no(`3afak ghir bach nwdd7: kan 3ndna mochkil dyal TIME_WAIT l3am li fat (40k) w t7ell. daba kolchi normal, ghir l'client jdid kaysowel 3lih.`),
    no(`الموضوع اتحل خلاص: الـ FortiGate كان بيعمل drop للـ RST بعد ما فعلنا الـ RST mode، و ضفنا الـ policy زي ما قلتوا. بقالنا ٣ ايام مفيش ولا مكالمة واقعة. شكرا`),
    no(`لا، ماشي الـ NAT. التيليفونات اللي طاحو ماشي ورا NAT أصلا، فـ نفس الـ LAN ديال السيرفر، وطاحو من بعد ما بدلنا الـ password ديال الـ domain.`),
    no(`Non, on n'a rien changé sur le serveur, ni RST ni kernel. Les appels qui échouent c'est seulement vers l'opérateur X, w homa b rasshom confirmaw un problème chez eux. Ghir bach t3rfou.`),
    no(`الكلام ده كان زمان: "cannot assign requested address" في الذروة. من ساعة الـ upgrade للسيرفر الجديد مشفناهاش تاني، و ss -s بيقول timewait ٨٠٠ في الـ peak.`),
    no(`el ticket bta3 "phones unregistered behind NAT after RST" da kan 3and 3amil tany, msh 3andena. 3andena kolo UDP w tamam`),
    no(`Bonjour, on a une règle iptables qui drop les INVALID depuis longtemps, mais SS_TCP_CLOSE_RESET 3omrou ma t'activa 3ndna, et aucun appel ne tombe. Juste une question: on la garde?`),
    no(`شكراً لكم، بعد إضافة استثناء في جدار الحماية Sophos لحزم RST لم تعد المكالمات تنقطع منذ أسبوع، ويمكن إغلاق البلاغ.`),
    no(`ما بدلنا شي، ما فعّلنا حتى RST. الـ phones unregistered خاطر الـ IP الثابت تاع الشركة تبدل من Ooredoo، وانتوما عاملين whitelist على القديم.`),
    no(`يا هندسة متقلقش، رسالة EADDRINUSE اللي شفتها في الـ screenshot كانت من لابتوب الـ developer مش من السيرفر. السيرفر نضيف و الـ timewait ١٥٠.`),
  ],
  portExhaustion: [
    pe(`salam, urgent!! f l'peak (7-9 dyal lil) les calls kaytl3o failed, f log dial mbx3000 kayn "connect failed: Cannot assign requested address". ss -s kaygoul timewait 28k. 3afak ghatna`),
    pe(`يا باشا السيرفر بيقع كل يوم الساعة ٨ بالليل، اللوج مليان "Cannot assign requested address" و الـ TIME_WAIT واصل ٣٠ ألف. المكالمات مش بتعدي للكارير على TCP`),
    pe(`نواجه منذ يومين فشل المكالمات الصادرة في ساعات الذروة، ويظهر في السجل الخطأ bind: Address already in use عند إنشاء اتصالات TCP جديدة نحو المزود، وعدد اتصالات TIME_WAIT يتجاوز 25 ألفاً.`),
    pe(`Bonjour, à chaque pic (~250 CPS) le switch n'arrive plus à ouvrir de nouvelles connexions TCP vers les carriers, erreur EADDRINUSE. netstat: 31k TIME_WAIT. Hors pic kolchi mzyan. 3afakom c'est urgent.`),
    pe(`el server bta3na fel rush hour bye2fel, mafeesh ay TCP connection gedida betetfete7. ss -s:
TCP:   33012 (estab 1840, closed 30950, orphaned 12, timewait 30911)
w el calls bteb2a failed. e7na CPS 300 ta2riban`),
    pe(`3aslema, kol lila bin 20h w 22h el appels yfaliw, fel log "Cannot assign requested address" 3al connexions sortantes lel carrier. netstat ywarri 27k TIME_WAIT. chnowa el 7al?`),
    pe(`خويا عندنا مشكل كبير: وقت الذروة الـ softswitch ما يقدرش يفتح connexions TCP جداد للـ carrier، اللوج فيه cannot assign requested address، والـ TIME_WAIT فات 20 ألف. المكالمات تطيح`),
    pe(`ده اللي طلع من netstat وقت الزحمة:
  28411 TIME_WAIT
   1902 ESTABLISHED
يعني حوالي ٢٨ ألف TIME_WAIT، و الكولز بتفشل بـ "address already in use" على الاتصالات الخارجة للكارير`),
    pe(`salam, el VOS 3andna ywa9ef fel peak, el tcp connections lel carrier ma yet7allush. "cannot assign requested address" fel log w timewait 35k. ip_local_port_range 3andna el default.`),
    pe(`تحية طيبة، عند وصول معدل المكالمات إلى 200 مكالمة في الثانية تتوقف المكالمات الصادرة عبر TCP ويبدو أن المنافذ المؤقتة نفدت؛ الأمر ss -s يُظهر timewait 29814. نرجو المساعدة العاجلة.`),
    pe(`السلام، فالوقت ديال الضغط كيولي السيرفر ما كيقدرش يدير connect للكارييرات، كيطلع EADDRINUSE، و TIME_WAIT كيوصل 40 ألف. من بعد ساعة كيرجع كلشي بوحدو`),
    pe(`Salam, forward du ticket NOC: "Depuis lundi, entre 19h et 21h, échecs massifs des appels sortants. Log: connect() failed (99: Cannot assign requested address). TIME_WAIT ~26k." Ça continue ce soir, 3awnona.`),
    pe(`المشكلة رجعت تاني النهارده في الذروة: ٣٢ ألف TIME_WAIT و الـ softswitch مش قادر يفتح اتصال TCP جديد. الكول سنتر كله واقف`),
    pe(`ya handasa el CPS 3ala el server 3eli ma3 el 3roud el gdeda, w men sa3etha kol peak bnshoof "Cannot assign requested address" w el outgoing TCP calls kolaha fail. timewait 24k`),
    pe(`عسلامة، هذا output وقت الذروة:
ss -s
Total: 36220
TCP:   35877 (estab 2210, closed 33501, orphaned 3, timewait 33490)
والمكالمات ما عادش تتعدى، الـ carrier يقول ما يوصلوش حتى SYN. شنوة نعملو؟`),
    pe(`يرجى الاطلاع: في ساعة الذروة تتراكم اتصالات TIME_WAIT حتى نحو 30 ألفاً، ثم تفشل جميع الاتصالات الجديدة الصادرة برسالة cannot assign requested address.`),
    pe(`wesh, l'serveur ta3na f les heures de pointe ma y9derch y7al connexions jdad, ss -s: timewait 31k. l'log ta3 mbx3000: "socket connect error: Address already in use". ki tahbet la charge yarja3 normal`),
    pe(`الاوتباوند كله بيفشل من الساعة ٧ لـ ١٠ بالليل. ss بيقول timewait ٢٩ ألف و في error "cannot assign requested address". بعد ١١ بيرجع لوحده. عندنا ٢٥٠ CPS تقريبا`),
    pe(`Urgent svp: le switch refuse les nouvelles connexions TCP sortantes au moment du pic, BindException: Cannot assign requested address, 38k sockets en TIME_WAIT. Les clients ygoulo les appels ma kaydouzouch.`),
    pe(`khouya daba f lpeak, 22k TIME_WAIT w kayzid, les calls ma bqawch kayt3addaw l carrier f TCP. kayn "address already in use" f kol connect. chno ndiro daba daba?`),
    pe(`مساء الخير، من ساعة ما زودنا الـ traffic لـ ١٥٠ CPS و كل peak السيرفر بيخلص الـ ports، netstat بيعد ٢٧ ألف TIME_WAIT و الـ connect بيرجع EADDRINUSE`),
    pe(`السلام عليكم، عندنا مشكلة في الذروة: ما فيش اتصالات TCP جديدة تطلع من السيرفر للمزود، والـ TIME_WAIT أكثر من 25 ألف. اللوج يقول cannot assign requested address. الله يخليكم بسرعة`),
    pe(`bos ya basha, kol youm nafs el sa3a (9 belel) el calls btefshal, w "netstat -an | grep -c TIME_WAIT" betedy 31233. ba3d el peak tenzel le 2k. el ports bet5las?`),
    pe(`السادة الدعم، الخادم يعجز في أوقات الذروة عن فتح اتصالات TCP صادرة جديدة، وتظهر رسالة EADDRINUSE، مع أكثر من 20 ألف اتصال في حالة TIME_WAIT. خارج الذروة تعمل الخدمة طبيعياً.`),
    pe(`ahla, ki yji el peak el switch ma 3adech y7el connexions TCP jdod lel carriers w el appels ta7. ss -s ywarri timewait 28k. el ip_local_port_range 32768 60999.`),
    pe(`Bonsoir, depuis qu'on a ajouté le nouveau client wholesale (~80 CPS de plus), à l'heure de pointe: "Cannot assign requested address" sur les connects sortants et 30k+ TIME_WAIT. Les appels tombent en échec.`),
    pe(`هو ليه كل يوم وقت الذروة الكولز بتفشل؟ لقيت ٢٦ ألف socket في TIME_WAIT و الـ log فيه cannot assign requested address. السيرفر VOS3000 على CentOS 7`),
    pe(`عافاك، كل نهار مع 8 ديال الليل المكالمات كتفشل، وكيبان فـ log ديال الـ softswitch "Cannot assign requested address". حسبت الـ TIME_WAIT لقيتهم 34k.`),
    pe(`el NOC ba3atly: "peak hour, outbound TCP connects failing with EADDRINUSE, 29k TIME_WAIT on vos01". da by7sal delwa2ty, el call center kolo wa2ef`),
    pe(`Salam, le VOS n'ouvre plus de connexions vers le carrier au peak, 30 alf TIME_WAIT w les appels kamel yfaliw. Ça a commencé hier.`),
  ],
  natUnregistered: [
    nat(`salam, mn ba3d ma fa3eltou RST mode lbar7, les agents li khddamin mn dar (routers dyal Maroc Telecom) kolhom unregistered. kanst3mlo TCP f Zoiper. 3afak rj3o kif kan`),
    nat(`من ساعة ما فعلتوا SS_TCP_CLOSE_RESET امبارح، كل التلفونات اللي ورا NAT (راوترات البيوت) بتفقد الـ registration كل كام دقيقة. احنا على SIP over TCP`),
    nat(`بعد تفعيل الخيار SS_TCP_CLOSE_RESET=On على الخادم، أصبحت الهواتف الموجودة خلف NAT في الفروع تظهر غير مسجلة بشكل متكرر، علماً أنها تستخدم بروتوكول TCP. الهواتف ذات العناوين العامة لا تتأثر.`),
    nat(`Bonjour, depuis le passage en mode RST hier soir, nos softphones derrière NAT (MikroTik au bureau) perdent l'enregistrement chaque 5-10 min. Transport TCP. Ceux en IP publique ma fihom walo.`),
    nat(`ya handasa men sa3et ma ghayarto el close mode le RST, el Grandstream elli wara el router fel far3 bte2a3 unregistered kol shwaya. kolohom TCP. el phones elli 3ala public IP tamam`),
    nat(`3aslema, ba3d el changement mta3kom el bera7 (RST), el phones fel dyar (TCP, wara routers TopNet) wallew unregistered 3al tol. 9bal kenet tamam 100%`),
    nat(`خويا من بعد ما درتو RST mode على الـ softswitch، les IP phones اللي ورا الـ NAT تاع Algérie Télécom قاع unregistered. TCP نستعملو. اللي على VPN ما عندهمش مشكل`),
    nat(`عندنا ٤٥ softphone ورا NAT في المكتب، من ساعة تفعيل الـ RST يوم الحد و هما بيطلعوا unregistered و يرجعوا بعد ٣ دقايق. الترانسبورت TCP`),
    nat(`salam, mn lamma fa33altu SS_TCP_CLOSE_RESET, el phones elli wara el NAT 3andna fel office (TCP) yetla3u unregistered kol shwaya. elli 3la UDP mafihomsh mushkila`),
    nat(`نلاحظ منذ تعديل طريقة إغلاق اتصالات TCP إلى RST أن البوابات لدى العملاء خلف أجهزة NAT المنزلية تفقد تسجيلها، ولا تعود إلا بعد إعادة التشغيل. جميعها تعمل عبر TCP.`),
    nat(`السلام، من نهار بدلتو SS_TCP_CLOSE_RESET لـ On، التيليفونات ديال الوكالات (ورا NAT ديال Inwi) كيطيحو unregistered. خدامين بـ TCP. رجعو شوفو عافاكم`),
    nat(`Salam, les agents en télétravail sont tous "Unregistered" sur le panel depuis votre changement d'hier (RST). Ils sont derrière leurs box à la maison, en SIP TCP. Les postes du bureau sans NAT khddamin.`),
    nat(`التلفونات اللي في بيوت الموظفين (ورا راوتر WE) كلها unregistered من امبارح بعد ما قلبتوا الـ TCP close لـ RST. حاولنا ريستارت ما فرقش`),
    nat(`el extensions 3andena kolaha 3ala MicroSIP TCP wara NAT, w men sa3et ma el RST et3amal On, el registration bet2a3 w terga3. el expire 3andena 120`),
    nat(`عسلامة، الـ gateways اللي عند العملاء ورا NAT ولات تطيح unregistered من كي عملتو RST على الـ softswitch. الـ transport TCP. العملاء يكلمو فينا من الصباح`),
    nat(`بلاغ: منذ تفعيل وضع RST يوم أمس، فقدت الهواتف الواقعة خلف جهاز MikroTik (NAT) في مركز الاتصال تسجيلها بشكل متقطع. تستخدم SIP عبر TCP.`),
    nat(`salam, ba3d ma dertou RST, les phones li mor NAT (modems 4G ta3 Mobilis) yweliw unregistered kol 10 d9ay9. TCP. li 3endhom IP publique ma3endhomch mochkil`),
    nat(`الـ reseller بتاعنا عنده ٣٠٠ عميل softphone ورا NAT، من ساعة الـ RST mode (امبارح الساعة ٥) نص الأكاونتات unregistered. كلهم TCP. رجعوا الاعداد لو سمحتوا`),
    nat(`Re-bonjour, suite à notre échange: on a vérifié, c'est bien depuis SS_TCP_CLOSE_RESET=On. Les téléphones derrière NAT (TCP) se désenregistrent, ceux en UDP non. Wach nrj3ouh Off?`),
    nat(`3afak, mn ba3d l'reparse li dertou lbar7 m3a RST On, les phones dial les clients f dyourhom (NAT, TCP) kaytl3o unregistered. kaynin chi 200 client kaychkiw`),
    nat(`صباح الخير، التلفونات اللي في الفروع ورا الـ NAT بقت unregistered بعد ما غيرتوا الـ close mode من FIN لـ RST. التلفونات اللي في الـ DC نفسه شغالة عادي. TCP كله`),
    nat(`السلام عليكم، من يوم ما فعلتو الـ RST في السيرفر، الفونات اللي ورا راوترات ليبيانا والمدار (NAT) طايحين unregistered. نخدمو TCP. قبلها كانو مية مية`),
    nat(`el phones elli wara NAT fe el call center (el FortiGate 3amel NAT bas) bye2l3o unregistered men sa3et ma el RST et3amal. TCP transport. register expiry 300`),
    nat(`نرجو إعادة SS_TCP_CLOSE_RESET إلى Off؛ فمنذ تفعيله أصبحت الهواتف البرمجية لدى موظفينا العاملين عن بعد خلف NAT غير مسجلة باستمرار، وهي تعمل عبر TCP.`),
    nat(`ahla, 3andna gateways Dinstar fel agences wara NAT, TCP. mel 3chiya elli 3maltou fiha RST, yetla3ou unregistered w yerja3ou. chnowa na3mlou?`),
    nat(`Bonsoir, depuis qu'on a activé le RST (pour le TIME_WAIT), les softphones Linphone derrière NAT perdent leur registration. Tous en TCP. 9bel ma kan walo. Une solution sans revenir en arrière?`),
    nat(`بالنسبة لموضوع التلفونات اللي ورا NAT: لسه بتفصل registration كل شوية النهارده كمان، من ساعة ما فعلتوا الـ RST. TCP. انتو قلتوا هتبصوا`),
    nat(`خويا، الـ softphones ديال الناس اللي خدامين من الدار ولاو unregistered من بعد التبديل ديالكم ديال RST. كيستعملو TCP وكلهم ورا routers ديال الدار.`),
    nat(`el IP phones bta3t far3 Tanta wara NAT (router Huawei), men sa3et ma el RST mode eshtaghal embare7 w homa unregistered. TCP. el far3 elli 3ala public IP tamam`),
    nat(`Salam, depuis le RST les phones derrière le NAT de l'agence d'Oran tombent unregistered, en TCP. Rana khsarna nhar khedma.`),
  ],
  firewallRst: [
    fw(`salam, mn ba3d ma fa3eltou RST, les appels kay7bsou f nos, FortiGate log fih "no session matched" 3la les paquets RST. kolchi TCP 5060. urgent`),
    fw(`من ساعة ما فعلتوا الـ RST mode الكولز بتعلق و بتقع، و الـ Cisco ASA عندنا بيطلع في اللوج:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.20/5060 to 41.65.x.x/41233 flags RST on interface inside`),
    fw(`بعد تفعيل SS_TCP_CLOSE_RESET أصبح جدار الحماية pfSense يسجل حظر حزم TCP:R على المنفذ 5060، وتتعلق المكالمات ثم تنقطع. نرجو الإرشاد.`),
    fw(`Bonjour, depuis l'activation du RST, notre pfSense bloque les paquets avec TCP flags R (state violation, règle default deny). Les appels restent bloqués w kay9t3o. 3afakom.`),
    fw(`el Sophos XG 3andena by3mel drop le el RST packets ba3d ma fa33alto el RST mode, w el calls bte2a3 ba3d 30 sanya. el log: "Invalid TCP state, packet dropped"`),
    fw(`3aslema, ba3d ma 3maltou RST el appels twa9ef fel wost. fel iptables 3andna:
INVALID DROP: IN=eth0 OUT= SRC=10.0.0.5 DST=102.156.x.x PROTO=TCP SPT=5060 DPT=38211 RST URGP=0
conntrack y3tabrhom INVALID`),
    fw(`خويا من بعد الـ RST، الـ FortiGate تاعنا يدروبي الباكيات RST: "no session matched"، و les appels يعلقو ولا يطيحو. هذا من البارح`),
    fw(`بعد تفعيل الـ RST امبارح، ٤٠٪ من المكالمات بتقع. الـ FortiGate log:
type="traffic" subtype="forward" action="deny" msg="no session matched" proto=6 service="SIP-TCP"
حوالي ٣ آلاف سطر في الساعة`),
    fw(`salam, el MikroTik 3andna fih rule drop connection-state=invalid, w ba3d el RST mode el counters ta3ha tal3at bel alaf w el calls bet-hang. TCP 5060`),
    fw(`منذ تعديل إعداد إغلاق الاتصالات إلى RST، يُسقط جدار الحماية Cisco ASA الحزم برسالة TCP packet out of state، وتتعطل المكالمات عبر TCP.`),
    fw(`السلام، من ملي درتو RST فالسيرفر، الـ firewall ديال الكليان (Sophos) كيبلوكي الـ RST packets و المكالمات كيتقطعو. فاللوج كاين "out of state".`),
    fw(`Salam, le client wholesale nous dit que depuis votre changement RST, son FortiGate log "no session matched" w les appels tombent après le 200 OK. Capture jointe, TCP flags R dropped.`),
    fw(`الكولز بقت تعلق من غير صوت و بعدين تقع، و ده من ساعة الـ RST. عملنا tcpdump على الفايروول لقينا الـ RST بيوصل و الـ iptables بيرميه كـ INVALID`),
    fw(`el ASA bta3 el carrier by2ool "Deny TCP (no connection) ... flags RST" men sa3et ma 3amalna SS_TCP_CLOSE_RESET=On, w el calls mesh bte2fel sa7, bte3la2`),
    fw(`عسلامة، بعد الـ RST mode الـ pfSense متاعنا يبلوكي برشا packets بـ flags R، و المكالمات تقعد معلقة. شنوة نبدلو في الـ rules؟`),
    fw(`يرجى العلم بأن المكالمات عبر TCP أصبحت تنقطع منذ تفعيل وضع RST، وتُظهر سجلات iptables إسقاط الحزم ذات العلم RST لأن conntrack يصنفها INVALID.`),
    fw(`salam, l'firewall Sophos ta3 client rah yblocki les RST ba3d ma dertou RST mode, "invalid state". les appels ywa9fo w ma yfaslouch. wach ndirou?`),
    fw(`الـ pfSense عندنا فيه حوالي ١٢ ألف block في الساعة للـ RST من ساعة ما اتفعل RST mode، و المكالمات بتفصل بعد دقيقة. كله جاي من السيرفر بتاعكم بورت ٥٠٦٠`),
    fw(`Suite à votre mise à jour d'hier (close mode en RST), le ASA du data center affiche "TCP packet out of state" et les appels TCP décrochent puis coupent. Wach kayna règle à ajouter?`),
    fw(`khouya, l'MikroTik dial client kaydrop l'RST (connection-state=invalid) mn ba3d l'changement dyalkom, w les calls kayb9aw m3l9in 7ta kay9t3o. 3afak`),
    fw(`بعد الـ RST mode الـ FortiGate بيعمل deny برسالة no session matched على الترافيك الجاي من 5060 TCP، و الكولز بتقطع. حد شاف ده قبل كده؟`),
    fw(`السلام عليكم، من يوم ما فعلتو RST، الجدار الناري عندنا (Fortinet) قاعد يحذف الـ RST packets و المكالمات تعلق. الـ log فيه no session matched.`),
    fw(`el iptables fel DC log:
[UFW BLOCK] IN=ens192 OUT= SRC=10.20.0.5 DST=196.221.x.x PROTO=TCP SPT=5060 DPT=51022 WINDOW=0 RES=0x00 RST URGP=0
da bayzeed men sa3et el RST mode, w el calls bte2a3`),
    fw(`نفيدكم بأن جدار الحماية Sophos لدينا يسجل "Invalid TCP state" للحزم RST الصادرة من خادم VOS3000 منذ تفعيل SS_TCP_CLOSE_RESET، مما أدى إلى تعليق المكالمات.`),
    fw(`ahla, el conntrack fel firewall mta3na y3mel drop lel RST INVALID men ki 3maltou RST mode, w el appels ta7. fel log "IPT-INVALID: ... PROTO=TCP SPT=5060 ... RST"`),
    fw(`Bonsoir, depuis que SS_TCP_CLOSE_RESET est passé à On, les appels restent bloqués puis coupent. Sur le FortiGate: "no session matched" sur des paquets RST vers nos trunks. 9bel ma kan walo.`),
    fw(`يا هندسة لسه المشكلة موجودة: الـ ASA بيعمل drop للـ RST (TCP packet out of state) و الكولز معلقة، ده من ساعة تفعيل الـ RST. محتاجين حل النهارده`),
    fw(`عافاك، من بعد ما درتو RST، الـ pfSense كيبلوكي الـ packets اللي فيها flag R، والمكالمات كتعلق. راه عندنا 300 agent واقفين`),
    fw(`el firewall bta3 el 3amil (Cisco ASA) bayrmy el RST ba3d ma 3amalna RST mode: "TCP packet out of state". el calls btfdal ma3la2a le7ad el timeout`),
    fw(`Salam, notre iptables drop les RST en INVALID depuis le RST mode, w les appels TCP ytaycho. C'est sur le 5060.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning182Set: readonly EvalItem[] = Object.values(tuning182Families).flat();
