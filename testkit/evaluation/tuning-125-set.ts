import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, resellers and call-centre technicians in Yemen (Sana'a, Aden), Sudan (Khartoum, Port
 * Sudan) and Oman (Muscat, Salalah) on WhatsApp, roughly a third each in Yemeni, Sudanese and Omani
 * Arabic: about half in Arabic script, half in Arabizi (3, 7, 2 for ع ح ء), mixed with English
 * technical terms, typos, emoji and pasted ss/netstat/log lines.
 *
 * The hundred-and-twenty-fifth tuning split, by family. Five negative families of 27 (one service that cannot bind
 * its own port, registration lost for another reason, small figures and questions, firewall work without dropped
 * RST, playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones
 * unregistered after RST mode, a stateful firewall dropping RST). Written as the hundred-and-twenty-fifth never-
 * tuned set, after the fiftieth round of rules, by someone who had read only the playbooks' symptoms and the
 * domain notes, without the matcher, its rules or the other sets in view; measured as such with the rules of the
 * fiftieth round and after the fifty-first, then made tuning material for the fifty-second: bench/classify lists
 * its misses.
 *
 * First measured, before any tuning on it: in scope 96.7 %, negatives confident 8.9 %, confident wrong 0 % with the
 * rules of the fiftieth round, and the same with the changes after it (port exhaustion or one process asked about;
 * a TIME_WAIT count followed by where it was seen; phrases read across words of another script; "but now" in Punjabi
 * and Hindi after a settled problem; port exhaustion with tens of thousands in TIME_WAIT kept beside RST only planned).
 * After the fifty-first round: the same.
 * Then with another cause named in a message read little kept from confident: the same.
 */
export const tuning125Families = {
  oneListeningPort: [
    no(`السلام عليكم، التومكات حق بوابة الويب في VOS ما يشتي يقوم، في اللوق:
java.net.BindException: Address already in use: JVM_Bind :8080
ايش اللي ماسك البورت؟`),
    no(`salam ya shabab, nginx ma dayir yabda fi el server el jdid: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). apache kan shaghal gabil, hassa a3mil shno?`),
    no(`مرحبا، ركبت mysql ثاني على نفس السيرفر عشان التست وطلع لي "Can't start server: Bind on TCP/IP port: Address already in use" على 3306. الأول شغال. ويش الحل، أغير البورت؟`),
    no(`ya jama3a docker compose yaqul: Bind for 0.0.0.0:5060 failed: port is already allocated. el container hag kamailio ma yiqum, ka2en fi opensips qadeem shaghal 3ala nafs el port`),
    no(`يا جماعة اللابتوب بتاعي npm start بيطلع Error: listen EADDRINUSE: address already in use :::3000 😕 في حاجة قديمة قاعدة في الخلفية؟ ده مشروع الداشبورد بتاع الريسيلرز`),
    no(`hala, sawait restart 7ag tomcat w ba3dha el web manager ma yiftah, catalina.out fiha "Address already in use (Bind failed)" 3la 8080. shakli el process el qadeem ma taf. kill -9 ya3ni?`),
    no(`سويت netstat -tlnp | grep 8080 وطلع java ثاني pid 2231 ماسك البورت، والتومكات الجديد ما يقوم. هل اقتله عادي ولا يأثر على المكالمات؟`),
    no(`el redis fi el dev server ma shaghal: "Could not create server TCP listening socket *:6379: bind: Address already in use". ya zol ana shaghalt instance tani bil ghalat, kaif a3rif el pid?`),
    no(`الحين ركبت الـ SIP proxy الثاني على نفس المكينة حق VOS وطلع cannot bind 5060، طبعا لأن السوفت سويتش ماسك 5060. أبغى أشغله على 5070 وين أغيرها؟`),
    no(`salam, el web portal hag el VOS ba3d el update yiqul port 8080 already in use. tala3 en el reseller sawwa jenkins 3ala nafs el server 😤 a8ayyar port tomcat wala jenkins?`),
    no(`سلام عليكم، الـ mongod ما راضي يقوم، في اللوق: Failed to set up listener: SocketException: Address already in use على 27017. عندنا نسختين من السيرفس مسجلة في systemd، دي المشكلة صاح؟`),
    no(`salam 3likum. el grafana ma tishtaghil: "listen tcp 0.0.0.0:3000: bind: address already in use". el node app 7ag el billing kaman 3la 3000. ashof wesh a7san a8ayyir`),
    no(`يا خبرة، عملت port mapping في docker من 80 للكونتينر حق الموقع، قال Error starting userland proxy: listen tcp4 0.0.0.0:80: bind: address already in use. الاباتشي حق السيرفر شغال على 80. كيف اعمل؟`),
    no(`ya akhwan el freeswitch el tani el rakabnaho lil IVR ma bi yabda, fi el log "Socket Error binding to 5080: Address already in use". ya3ni el awwal lissa shaghal?`),
    no(`السلام عليكم، سيرفس الـ API حقنا (spring boot) ما يقوم بعد الديبلوي: "Web server failed to start. Port 8443 was already in use." طلع الإنستانس القديم ما وقف. في طريقة systemd يوقفه قبل؟`),
    no(`salam ya akhi, el postgres fi el VM el jadid yiqul: could not bind IPv4 address "0.0.0.0": Address already in use. HINT: Is another postmaster already running on port 5432? shakli postgres min el iso w wa7id min yum, nuskhatain`),
    no(`الـ tomcat بتاع الـ VOS web بعد ما رستارتو السيرفر بيقول Address already in use وبعدين بيقفل. عملت ss -ltnp وطلع httpd بتاع الـ phpmyadmin قاعد على 8080 😅 منو الغير البورت بتاعو؟`),
    no(`el socket server 7ag app el call center yitla3 EADDRINUSE 9000 kil ma asawi pm2 restart. shakli pm2 fih two instances 3la nafs el port, cluster mode. wesh asawi?`),
    no(`شغلت نسخة ثانية من الـ VOS3000 web على نفس الجهاز للتجربة وقام يقول port 8080 in use. هل اقدر اشغل نسختين على بورتين مختلفة؟`),
    no(`salam, haproxy ma gam: "Starting frontend sip_tls: cannot bind socket [0.0.0.0:5061]". tala3 stunnel qadeem shaghal 3ala 5061 min zaman. dah port wa7id bas zol tani maskoo`),
    no(`مساء الخير، ركبنا zabbix server وما يقوم، اللوق: listener failed: bind() for [[-]:10051] failed: [98] Address already in use. عندنا zabbix proxy على نفس الجهاز ماسك 10051`),
    no(`ya shabab laptop el developer fi Aden, vite yiqul "Port 5173 is in use, trying another one..." w ba3dein el websocket hag el softphone test ma yishtaghil 3ashan el port tghayyar. kaif a7addid el port?`),
    no(`عملت podman run للـ asterisk test وطلع port 5060/udp already allocated، الـ VOS ذاتو قاعد على 5060 في نفس الجهاز. داير اعمل mapping لبورت تاني، 15060 بينفع؟`),
    no(`salam, el prometheus node exporter ma yibda: "listen tcp :9100: bind: address already in use". tla3 container qadeem min el monitoring el awwal. shilta w ishtaghal zain, bas bghait at2akkad ma yirja3 ba3d el reboot`),
    no(`مرحبا، بعد ما نقلنا الموقع للسيرفر الجديد في صنعاء الـ nginx يقول bind() to [::]:443 failed (98: Address already in use). الـ certbot standalone كان شغال. خلاص وقفته بس ايش الطريقة الصح للتجديد؟`),
    no(`el mysql replica el tanya fi nafs el box bita3 Port Sudan ma gamat, "Do you already have another mysqld server running on port: 3307 ?". ana ghayyart el port fi my.cnf bas nasit el socket file 🤦`),
    no(`يا جماعة الـ tomcat حق بوابة العملاء في صلالة:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
صارت مرة وحدة بعد الريبوت، ما في ضغط ولا شي`),
  ],
  otherRegistrationCause: [
    no(`السلام عليكم، كل التلفونات في فرع عدن unregistered من الصباح. طلع الريسيلر غير الباسورد حق الأكاونت في VOS وما بلغ أحد 🙄`),
    no(`ya jama3a el extensions fi el maktab kullaha unregistered, el router el mikrotik bita3 el maktab ma fihu kahraba min el sub7, battariyat el UPS mayta. lamma el kahraba tarja3 bitarja3`),
    no(`مرحبا، الهواتف حق العميل في مسقط ما تسجل، 403 Forbidden في الـ SIP trace. الرجّال غير مزود الإنترنت وتغير الـ IP العام، وإحنا حاطين IP authentication في VOS`),
    no(`salam ya akhi, 20 phone wara NAT fi Sana'a kullahum unregistered. el ISP (YemenNet) fasil min el fajr, ma fi net aslan. mish mushkilat el softswitch sa7?`),
    no(`الزول غير الـ DNS name بتاع السيرفر من sip.old-domain.sd للجديد ونسى يغير في التلفونات، هسي كل الـ Yealink بتقول No Service. عايزين نعدل الـ provisioning`),
    no(`el account 7ag el reseller fi Salalah expired ams, w kil el phones taba3ah unregistered. el NAT w el router zain ma fihum shay. kaif amaddid el validity fi VOS?`),
    no(`ياخي جوالات الكول سنتر ما تسجل، ترجع 401 Unauthorized دايم. طلع في واحد كتب الباسورد غلط في الـ provisioning template حق الـ Grandstream. الراوتر والـ NAT ما لهم دخل`),
    no(`salam, ghayyarna el router min TP-Link le MikroTik hEX fi el office w el phones bigat unregistered. nihna SIP UDP bas, ma fi TCP. shakli ma fi dst-nat lil 5060 udp fi el mikrotik el jadid`),
    no(`السلام عليكم، الرخصة حق VOS3000 عندنا انتهت أمس والسيستم صار ما يقبل تسجيل. التلفونات كلها unregistered. متى يوصل ملف الترخيص الجديد؟`),
    no(`el IP el 3am hag el server tghayyar ba3d ma naqalna el data center min Aden le Sana'a, w el phones lissa tdawwir 3ala el IP el qadeem, 3ashan kida unregistered. lazim nghayyar fi kul phone?`),
    no(`التلفونات في فرع بحري ما مسجلة عشان السويتش بتاع الشبكة اتحرق لما الكهربا جات قوية، الـ PoE مافي. ما داير حاجة في السوفت سويتش، بس في طريقة نعرف من VOS منو الما مسجل؟`),
    no(`hala, softphone 7ag el agent ma yisajjil, 404 Not Found. tla3 el username fih space fil akhir 😂 el NAT 3ndah tamam`),
    no(`العميل في تعز يقول التلفونات unregistered بعد ما ركب MikroTik جديد. شيكت وطلعوا شغالين UDP 5060 بس، والمايكروتك حاجب الـ UDP الداخل بسبب فلتر جديد حطه هو بنفسه`),
    no(`el registrations kullaha wag3at fi Khartoum leil ams, el internet gata3 fi kulla el balad. lamma yirja3 lazim reboot lil phones wala bisajjilu brahum?`),
    no(`الأجهزة حق المكتب في روي صارت unregistered لأن مسؤول الـ IT غير الـ subnet وحط DHCP جديد، التلفونات أخذت IP من شبكة ما تطلع للإنترنت. ما في أي تغيير على السيرفر`),
    no(`ya shabab el Cisco SPA fi el ma7al ma yisajjil, fi el log: "REGISTER failed: 403 account disabled". tala3 ana 3ataltoh min el billing 3ashan el rasid khilis 🙈`),
    no(`الـ extensions بتاعت الزبون ما مسجلة عشان عمل factory reset للراوتر، فالـ IPsec VPN الماشي للسيرفر بقى مافي. التلفونات كلها ماشة على الـ VPN`),
    no(`salam, kil el phones fi el far3 unregistered w el sabab el ISP ghayyar shay fi el CGNAT w saar double NAT. el phones UDP w el keepalive 60 sec. nnazzil el keepalive wala nkallim el ISP?`),
    no(`سلام، التسجيل يطيح عند العميل في المكلا من بعد تحديث الـ firmware، طلع الـ outbound proxy انمسح من إعدادات التلفون ويرسل REGISTER لعنوان غلط`),
    no(`ya zol el phones el fi Port Sudan kullaha unregistered, el fiber magtu3 3ind el mina. el NAT router shaghal bas ma fi WAN`),
    no(`صباح الخير، تلفونات الفندق في صلالة ما تسجل. الـ SBC حق الفندق انتهت الرخصة حقه وصار يرفض كل الـ REGISTER. مو مشكلة عندكم، بس حبيت أبلغكم`),
    no(`salam, ghayyarna el password hag kul el extensions 3ashan el fraud (calls le barra bil leil), w ba3d kida nus el phones unregistered. ya3ni lazim nidkhal 3la kul wa7id?`),
    no(`يا جماعة الـ Fanvil الجداد ما بيسجلو، طلعو configured على TLS 5061 وسيرفرنا ما فاتح TLS أصلا. غيرناهم UDP واشتغلو`),
    no(`el phones unregistered ba3d ma ghayyarna el A record 7ag voip.muscatlink.om lil server el jdid, w el TTL kan 86400 😑 ba3dhum lissa yirsilu lil qadeem`),
    no(`الكمبيوتر حق الوكيل ما يسجل على MicroSIP، الانتي فايروس حاجب البرنامج بعد التحديث. ما له دخل بالراوتر ولا NAT`),
    no(`salam, 15 extension unregistered min 3 ayyam. el sabab: el sharika ma dafa3at el fatura w nihna 3atalna el account. hassa dafa3o w fa3alna el account, lakin 5 lissa ma sajjalu. ba3mil reboot?`),
    no(`السلام عليكم، تلفونات ورا NAT في نزوى صارت unregistered. بعد الفحص طلع الـ WAN IP حق الـ MikroTik تغير (PPPoE reconnect) والتلفونات على UDP، وبعد كم دقيقة رجعت سجلت بروحها`),
  ],
  smallFigures: [
    no(`سلام، سويت ss -s على السيرفر الساعة 3 الفجر وطلع:
TCP: 412 (estab 38, closed 290, orphaned 0, timewait 287)
هل هذا طبيعي ولا لازم نسوي شي؟`),
    no(`ya shabab shno ya3ni TIME_WAIT bil zabt? el mudeer sa2alni w ana ma 3arif ashra7 leihu 😅`),
    no(`مرحبا، عندي مقابلة عمل في شركة اتصالات في مسقط الأسبوع الجاي، ممكن أحد يشرح الفرق بين FIN و RST في إغلاق اتصال TCP؟`),
    no(`salam ya akhi, 3indna 300 TIME_WAIT 3la server el VOS fi Aden, el CPS 3 aw 4 bas. normal?`),
    no(`سؤال بس: لو فعلنا SS_TCP_CLOSE_RESET=On قبل حملة رمضان، بيأثر على التلفونات الورا NAT؟ لسه ما فعلناهو وما في مشكلة هسي`),
    no(`salam, el netstat 3ndi fih 120 TIME_WAIT bas w 60 ESTABLISHED. el server hadi, 10 calls bas. lazim tcp_tw_reuse?`),
    no(`يا جماعة ابغى اكتب تقرير للإدارة عن المشكلة حقت السنة الماضية لما السيرفر وقف من الـ TIME_WAIT، كم كان العدد تقريبا وايش سوينا؟ ما في أي مشكلة الحين، بس للتقرير`),
    no(`ana bidris CCNA, fi su2al: why does the side that closes first go into TIME_WAIT? w kam mudda, 60 sec fi linux?`),
    no(`السلام عليكم، واحد صاحبي عنده سيرفر asterisk في دبي وقال عنده 2000 TIME_WAIT. هذا سيرفره مو سيرفرنا، بس هل عادي؟ عنده web كمان على نفس السيرفر`),
    no(`sa2al basee6: ip_local_port_range 3indna "32768 60999" default. hal hada kafi le 50 call simultaneous? ma fi mushkila bas ashti a3rif`),
    no(`عملت health check للسيرفر بتاع الخرطوم: CPU 12%، الرام 40%، TIME_WAIT حوالي 150، estab 70. ده كويس صاح؟`),
    no(`hala, wesh el farq bayn tcp_tw_reuse w tcp_tw_recycle? sam3t recycle khatar ma3 el NAT`),
    no(`ممكن تشرحوا لي ايش يعني "cannot assign requested address"؟ شفتها في كورس لينكس ومافهمت متى تطلع`),
    no(`el monitoring bita3na (zabbix) bidi alert lamma el TIME_WAIT yifut 500. hassa 230. el threshold dah ma3gul lil VOS?`),
    no(`بس سؤال للمعرفة: الـ SS_TCP_CLOSE_RESET الافتراضي Off صح؟ ما نبغى نغير شي، بس نسوي توثيق للإعدادات`),
    no(`ya jama3a el mushkila el kanat 2022 lamma el server wagaf min el TIME_WAIT (kan 28000 taqriban) ashtiha lil presentation, mumkin tzawwiduni bil tareekh w ayesh sawwaitu?`),
    no(`السلام عليكم، السيرفر بتاع بورتسودان ss -s فيه: TCP: 95 (estab 41, closed 40, orphaned 0, timewait 38). شايف حاجة غريبة؟`),
    no(`salam, el trainee 7aggi sa2alni leish netstat yiwarri TIME_WAIT 3la port 5060 TCP. 40 wa7id bas. 3adi sa7?`),
    no(`حبيت أتأكد قبل ما نزيد الـ CPS للعميل الجديد: لو وصلنا 50 CPS على TCP تنصحونا نفعل RST من الحين ولا ننتظر نشوف؟`),
    no(`shno el RST packet? ana fi el call center w el tech gal "law fa3alna RST momkin el firewall yigta3o" ma fhimt 😂 bas lissa ma fa3alna shi w el calls kwayseen`),
    no(`مرحبا، كم عدد TIME_WAIT اللي يعتبر خطر على سيرفر VOS3000؟ عندنا حاليا 600 تقريبا وقت الذروة والمكالمات تمام`),
    no(`salam, sawwait netstat -an | grep TIME_WAIT | wc -l w tala3 87. el server jadid w ma fi traffic ba3d. bas ashti a3rif el baseline`),
    no(`عندي امتحان شبكات بكرة: ليه الـ TCP محتاج TIME_WAIT؟ عشان الـ delayed packets صاح؟`),
    no(`el report el shahri: peak CPS 8, max TIME_WAIT 410, zero failed calls bsabab TCP. a7ut recommendation b tcp_tw_reuse wala mish lazim?`),
    no(`ياخي سمعت ان في ناس عندهم مشكلة البورتات تخلص على VOS وقت الضغط. احنا عندنا 20 CPS على UDP. ممكن تصير معنا؟ مجرد سؤال`),
    no(`el tech bita3 sharika tanya fi Kassala 3indo 5000 TIME_WAIT 3la server asterisk w ma bishtaki. dah server bita3hum ma bita3na, bas 3awz a3rif ra2yak`),
    no(`للتوثيق: آخر مرة فعلنا RST كانت في 2021 على سيرفر قديم ورجعناه Off بعد أسبوع. الحين ما في مشكلة، بس نحتاج نكتب سبب الإرجاع في الويكي حقنا`),
  ],
  firewallNoRst: [
    no(`سلام، نبغى نفتح بورت 5060 TCP و UDP في الفورتيجيت حق العميل في صنعاء للكارير الجديد، ايش الـ policy المطلوبة؟`),
    no(`ya shabab, fail2ban 7azar el IP bita3 el reseller fi Omdurman 3ashan 3amal 10 wrong password. kaif a3mil unban? fail2ban-client set asterisk unbanip?`),
    no(`مرحبا، الكارير الجديد من الإمارات يبغى whitelist للـ IPs حقهم: 185.44.12.0/24. وين أضيفها في iptables عشان ما تروح بعد الريستارت؟`),
    no(`salam, el SIP ALG fi router el zabon (Huawei HG8245) 3amil mashakil, el audio one way. kaif atfih?`),
    no(`الـ pfSense بتاع المكتب في الخرطوم حاجب بورتات الـ RTP 10000-20000 والصوت ما بيمشي. داير rule للـ UDP range ده`),
    no(`hala, el ASA 3nd el 3ameel fi Sohar yisawwi drop lil INVITE min el IP el jadid 7agna:
%ASA-4-106023: Deny udp src outside:94.x.x.x/5060 dst inside:10.0.0.20/5060 by access-group "outside_in"
ya3ni ma 3ndhum ACL lina`),
    no(`يا خبراء، كيف اسوي port forwarding في المايكروتك لسيرفر VOS الداخلي؟ dst-nat من 5060 للـ 192.168.88.10. جربت وما مشي`),
    no(`iptables -A INPUT -s 41.95.0.0/16 -p udp --dport 5060 -j ACCEPT, dah kafi lil carrier wala lazim kaman RTP range?`),
    no(`السلام عليكم، الجدار الناري حق الداتا سنتر في مسقط يحجب كل شي من برا غير 22 و 80. نبغى نفتح 5060 و 1720 للـ H323. نرسل لهم الطلب بأي صيغة؟`),
    no(`ya akhi, fail2ban 7azar IP el office kulluh fi Aden 3ashan wa7id min el agents ghalat fi el password 5 marrat. kaif a7ut el office fi ignoreip?`),
    no(`عندنا scanner من هولندا بيضرب على 5060 طول اليوم (friendly-scanner). داير ابلوك الرينج ده كلو في iptables، الطريقة الصح شنو؟`),
    no(`el FortiGate 3nd el zabon fih "SIP session helper" shaghal w el calls fiha one way audio. sam3t lazim namsa7 el helper w nsawi voip profile. sa7?`),
    no(`ابغى اعمل rule في iptables تسمح للـ web portal 8080 من IP المكتب في عدن بس، والباقي drop. ممكن مثال؟`),
    no(`salam, el firewall el jadid bita3 el data center (Palo Alto) 7ajib kul el traffic el tali3 min el server, 7atta el DNS. el calls kullaha fashla. el IT bita3hum gal dah el default policy`),
    no(`مرحبا، ركبنا csf على السيرفر الجديد وصار حاجب 5060 TCP. وين أضيف البورت في csf.conf؟ في TCP_IN؟`),
    no(`el mikrotik hag el far3 fi Ibb, ashti a7ut filter rule ysma7 lil SIP min el server bas w ydrop ay 5060 min barra. hadi sa7? chain=input protocol=udp dst-port=5060 src-address=!185.12.x.x action=drop`),
    no(`يا جماعة الكارير المصري طالب نفتح ليهو IP تاني في الـ whitelist، وكمان يغير الـ codec لـ G729. الـ iptables بتاعنا بيسمح للـ IP القديم بس`),
    no(`salam, el SIP ALG fi router ZTE 7ag Omantel yi3addil el Contact header w el calls yitla3 laha 481. kaif atfi el ALG fi el ZTE?`),
    no(`السلام عليكم، في dmesg: nf_conntrack: table full, dropping packet. بسبب هجوم SIP scanner على السيرفر. كيف نكبر nf_conntrack_max؟`),
    no(`el ISP bita3na fi Khartoum bi-block el port 5060 (VoIP blocking). 3awzin nghayyar el port le 5080 fi el VOS w el phones. fi mushkila?`),
    no(`الـ pfSense حق العميل في صلالة، لازم نفعل static port في outbound NAT للـ SIP؟ المكالمات تشتغل بس أحيانا الصوت ينقطع`),
    no(`salam ya jama3a, sawwait iptables -F bil ghalat 3la server el VOS w hassa el server maftu7 lil 3alam 😱 kaif arajji3 el rules min /etc/sysconfig/iptables?`),
    no(`الـ FortiGate بتاع الزبون في بورتسودان عامل block للـ IP بتاع سيرفرنا في الـ IPS، بيقول "SIP.Invite.Flood". كان عندهم ضغط مكالمات عادي. نطلب منهم exception؟`),
    no(`bghait a3rif kaif asawwi rate limit lil REGISTER fi iptables (hashlimit) 3ashan el brute force. el server fi Muscat`),
    no(`يا اخوان، fail2ban قافل IP الكارير الرئيسي من الصبح وكل المكالمات الصادرة واقفة! رجعته بـ unbanip واشتغل. كيف امنع يتكرر؟`),
    no(`ya zol fi el ASA 3awz a3mil static NAT lil VOS server el dakhili w afta7 5060 tcp/udp w 10000-20000 udp. mumkin config sample?`),
    no(`الـ firewalld في CentOS 7 حق السيرفر الجديد، كيف أضيف zone للكارير وأفتح له 5060 بس؟ firewall-cmd --add-rich-rule؟`),
  ],
  negationContext: [
    no(`التلفونات unregistered بس احنا نستخدم UDP بس، ما في TCP عندنا أصلا، فمش موضوع الـ RST. ايش ممكن يكون؟`),
    no(`RST mode 3indna Off w 3umurna ma fa3alnaho, bas el calls bitgta3 ba3d 30 sec. ghaliban session timer?`),
    no(`تجاهلوا رسالتي اللي قبل عن الـ TIME_WAIT، طلع الرقم اللي أرسلته من سيرفر الاختبار مو الإنتاج 🙏`),
    no(`el mushkila hag ams "cannot assign requested address" itla7at khalas ba3d el tuning. shukran ya shabab, ma fi 7aja al7in`),
    no(`الـ TIME_WAIT كان عالي وقت الذروة امبارح (حوالي 9000) بس المكالمات كانت شغالة تمام وما في أي فشل. داير بس اعرف لو محتاجين نعمل حاجة ولا لا`),
    no(`ma 7ad ghayyar shay fi el softswitch, el SS_TCP_CLOSE_RESET lissa Off zay ma kan. el phones fi Barka unregistered 3ashan el ISP 3indhom 3utl`),
    no(`بعد ما غيرنا الباسورد حق الحسابات التلفونات طاحت unregistered، وهذا متوقع، ما له علاقة بالـ NAT ولا الـ RST. بس نبغى طريقة نحدثهم كلهم مرة وحدة`),
    no(`su2al: el mushkila 3indna port exhaustion wala el firewall bigta3 el RST? ma 3arfin, el calls bitfshal fi wakt el zuhur bas. nursil lik shno 3ashan tshuf?`),
    no(`الفورتيجيت ما يسوي drop للـ RST، شيكنا الـ logs وما في أي deny. المشكلة في مكان ثاني، وبعدين الـ RST أصلا Off عندنا`),
    no(`ya jama3a insaw el risala el fatat 3an el BindException, tala3 el developer kan shaghal el app marratain 😅`),
    no(`المشكلة اتحلت خلاص، التلفونات الورا الـ MikroTik رجعت registered بعد ما الـ ISP صلح الخط. ما لمسنا أي إعداد في VOS`),
    no(`salam, ma fa3alna RST wala nabghi nfa3lah, 3indna phones wara NAT kathir. bas bghait at2akkad inn el default Off fi version 2.1.8`),
    no(`لا، المكالمات ما تفشل بسبب الفايروول. الفايروول ما غيرناه من سنتين والـ RST مطفي. المشكلة من الكارير، يرجع 503`),
    no(`el TIME_WAIT wasal 15000 bas dah kan fi load test bi sipp 3ala server el test, mish el production. ma fi wala call fashla w ba3d el test nizil le 200`),
    no(`قبل ساعة قلت لكم التلفونات unregistered بعد تفعيل RST، غلطت، ما فعلنا RST. اللي صار إن الراوتر ريستارت بس. آسف على الإزعاج`),
    no(`EADDRNOTAVAIL ma tala3at 3indna, ana bas qaraitha fi maqal. hal VOS mumkin ytalli3ha? ashti a3rif ayesh araqib`),
    no(`يا جماعة الـ RST كان On من زمان وشلناهو Off الأسبوع الفات، والتلفونات كلها registered هسي وكله تمام. بس داير اتأكد انو ما في داعي نرجعو`),
    no(`la, mish unregistered, el phones registered w kil shay tamam. el mushkila bas el caller ID ma yitla3 sa7. ma lah 3alaqa bil NAT`),
    no(`اذا كانت المشكلة TIME_WAIT ولا فايروول، كيف أفرق بينهم؟ ما عندنا مشكلة الحين، بس نبغى نعرف للمستقبل`),
    no(`el "address already in use" el gultaha lik ams ma kanat fi el VOS, kanat fi el tomcat bita3 el portal bas, w ishtaghal ba3d ma gafalna el process el qadeem`),
    no(`ترى الـ SIP عندنا كله UDP، حتى الكارير. فالـ SS_TCP_CLOSE_RESET ما يأثر علينا صح؟ الإدارة تسأل ليش ما فعلناه`),
    no(`salam, el sabab ma kan el RST, kan el password. ba3d ma raja3na el password el qadeem kul el phones sajjalat. shukran 🌹`),
    no(`ما في أي drop من الفايروول، عملنا tcpdump وشفنا الـ FIN ماشي عادي والـ RST مافي أصلا لأنو الـ mode Off. المكالمات بتقع عشان الكارير عامل session timer 1800`),
    no(`el RST mode ma fa3alnah 3la el production, el IT fa3aloh 3la server el test bas 3ashan el tajriba. el production calls tamam w el phones registered`),
    no(`اعتذر، الـ netstat اللي أرسلته فيه 30 ألف TIME_WAIT كان من سيرفر الويب حق الموقع مش من VOS. سيرفر VOS نظيف`),
    no(`el phones wara NAT registered kullaha, wa7id bas unregistered w dah 3ashan el kahraba gata3at 3indo fi el bait. ma 3indo 3alaqa bil server`),
    no(`لا تغيرون SS_TCP_CLOSE_RESET، خلوه Off. المرة الماضية لما غيرناه On صارت مشاكل، والحين كل شي شغال. بس أبغى أرسل لكم الإعدادات للمراجعة`),
  ],
  portExhaustion: [
    pe(`الحقونا 🙏 السيرفر في صنعاء وقت الذروة ما يفتح اتصالات TCP جديدة:
TCP: 31244 (estab 812, closed 30102, orphaned 3, timewait 30087)
المكالمات الصادرة للكارير تفشل`),
    pe(`ya shabab el VOS fi Khartoum fi el peak (150 CPS) bitalli3 "cannot assign requested address" fi el log w el calls le el carrier TCP kullaha fashla. TIME_WAIT fog 28 alf`),
    pe(`السلام عليكم، الـ softswitch يطلع java.net.BindException: Cannot assign requested address لما يسوي connect للـ gateway، خصوصا من 8 بالليل لين 11. netstat فيه 26 ألف TIME_WAIT`),
    pe(`salam, el calls TCP tafshal kul yom sa3at el maghrib. sawwait netstat -ant | grep TIME_WAIT | wc -l tala3 29871. el ip_local_port_range 3indna "32768 60999". hal khalasat el ports?`),
    pe(`يا جماعة السيرفر بتاع بورتسودان بيقول connect() failed: EADDRNOTAVAIL وقت الضغط، والـ TIME_WAIT بالآلاف. الـ CPS حوالي 120 على TCP. نعمل شنو؟`),
    pe(`hala, ss -s 3ndna:
TCP: 45102 (estab 1503, closed 43400, orphaned 12, timewait 43388)
w el new calls ma titla3. server VOS3000 fi Muscat, CentOS 6`),
    pe(`من أمس الساعة 9 بالليل المكالمات على TCP تفشل، واللوق مليان "Address already in use" لما السوفت سويتش يفتح اتصال جديد للـ trunk. الـ TIME_WAIT فوق 25 ألف والـ CPS مرتفع بسبب الحملة`),
    pe(`el VOS bita3na fi el peak ma bigdar yifta7 connections jadida lil gateways, el log malyan "bind: Address already in use" fi el outgoing. netstat fihu 32 alf TIME_WAIT. el ports khilsat sa7?`),
    pe(`عندنا حملة autodialer بـ 200 CPS على TCP للـ VOS، وبعد ربع ساعة تبدأ الـ INVITE تفشل وما ينفتح اتصال TCP جديد. الـ TIME_WAIT حوالي 40 ألف`),
    pe(`ya akhi server Aden kullama yusal el CPS 100 el calls tabda tafshal, w fi /var/log/messages:
kernel: TCP: time wait bucket table overflow
w TIME_WAIT 3ala 30k. ayesh na3mal?`),
    pe(`الـ TIME_WAIT وصل 27 ألف والسيرفر بقى ما بيفتح sockets جديدة، كل الـ outbound calls بتفشل. لما الترافيك بينزل بيرجع عادي. ده port exhaustion؟`),
    pe(`salam, el billing interface 7ag el VOS yitla3 "java.net.NoRouteToHostException: Cannot assign requested address" fil peak, w el calls TCP kaman tfail. el local ports kilha ma7jooza fil TIME_WAIT`),
    pe(`وقت الذروة الـ softswitch يسجل "cannot bind" على الـ local port وما يقدر يفتح TCP للكارير. ss -tan state time-wait | wc -l = 28310. الـ CPS حوالي 140`),
    pe(`el mushkila rij3at tani: fi el peak el new TCP connections ma bitifta7. ss ma mawjood fi el server (CentOS 5) fa sawwait netstat -an | grep -c TIME_WAIT = 30544 😩`),
    pe(`السلام عليكم، زاد علينا ترافيك كارير سعودي 180 CPS كله TCP، والسيرفر صار يرفض يفتح اتصالات جديدة بعد دقايق. الـ TIME_WAIT 35 ألف. نحتاج الحل اللي فيه tcp_tw_reuse والـ port range`),
    pe(`salam ya shabab, fi log el mbx3000: "connect to 10.20.1.5:5060 failed: Cannot assign requested address (99)". kul yom fi el peak, w TIME_WAIT 3ala 28k. ayesh el 7al?`),
    pe(`السيرفر بتاع العميل في الخرطوم لما الـ CPS بيوصل 100 وفوق أي connection TCP جديد بيفشل، و netstat فيه حوالي 28 ألف TIME_WAIT على 5060 للكارير. الليلة الخميس والضغط شديد`),
    pe(`el calls TCP tafshal fil awqat el mazdu7a, w ss -s yiwarri timewait 33912. el port range 32768-60999 ya3ni 28k port bas, ma yikfi lil CPS 7agna (130)`),
    pe(`يا خبراء، الـ VOS في المكلا يطلع EADDRINUSE لما يفتح اتصالات خارجة للـ gateways وقت الضغط (مو على البورت حقه، على الـ outgoing). الـ TIME_WAIT فوق 30 ألف`),
    pe(`3indna 20 reseller gadim fi nafs el wakt ba3d el 3isha, el CPS yisal 160 w el outbound TCP yifshal. dmesg fihu "TCP: time wait bucket table overflow" kam marra w TIME_WAIT fog 30 alf`),
    pe(`بعد ما زاد الترافيك على الـ trunk حق Ooredoo صار الـ softswitch ما يقدر يفتح اتصالات TCP جديدة. السيرفر مليان TIME_WAIT (تقريبا 29 ألف) والمكالمات الجديدة تفشل`),
    pe(`salam, sawwina load test bi sipp 3ala el production ba3d 12 bil leil (150 CPS TCP) w ba3d 3 daqayeq bada2 "Cannot assign requested address" w el calls fashla. TIME_WAIT 28k. na7taj RST?`),
    pe(`يا زول السيرفر واقف من الساعة 8، ss -s بيقول timewait 31000 و estab 900 بس، والـ outgoing connections كلها error: cannot assign requested address. الـ CPS عالي الليلة عشان العيد`),
    pe(`ya jama3a kil jum3a ba3d el salah el traffic yirtifi3 w el VOS yitla3 "BindException: Address already in use: connect" 3la el outbound TCP. netstat -an | grep TIME_WAIT | wc -l = 27650`),
    pe(`الـ CPS وصل 170 اليوم وبدأت المكالمات الجديدة تفشل، netstat يطلع آلاف الـ TIME_WAIT (عدّيتها 34 ألف). المكالمات القائمة ما تتأثر بس الجديدة ما تنفتح`),
    pe(`server Port Sudan ba3d el upgrade, fi el peak el TCP connections el jdida ma bitgum: "connect: cannot assign requested address".
cat /proc/sys/net/ipv4/ip_local_port_range
32768	61000
w TIME_WAIT 28200`),
    pe(`الليلة الـ softswitch في مسقط ما قدر يفتح TCP للـ gateways، وفي اللوق Cannot assign requested address. عدد الـ TIME_WAIT 36 ألف تقريبا. لما خففنا الـ CPS رجع يشتغل`),
    pe(`el peak bada2 w el ports khilsat tani 😩
TCP: 29960 (estab 640, closed 29200, orphaned 0, synrecv 0, timewait 29188/0)
el calls el jadida fashla`),
    pe(`عندنا 2 كارير TCP والـ CPS الكلي حوالي 140. بعد الساعة 10 بالليل الـ VOS ما بيقدر يعمل connections جديدة والـ log فيه EADDRNOTAVAIL. الـ TIME_WAIT فوق 28 ألف. ما في NAT، كلو SIP trunks`),
    pe(`salam, server Salalah fil 3eed yusal 110 CPS TCP w ybda yitla3 "cannot assign requested address" lil outgoing, w netstat fih 31k TIME_WAIT. ma 3ndna phones wara NAT, bas trunks`),
  ],
  natUnregistered: [
    nat(`سلام، من أمس لما فعلنا SS_TCP_CLOSE_RESET=On التلفونات اللي ورا NAT في المكاتب صارت unregistered كل شوية. التلفونات على TCP`),
    nat(`ya shabab ba3d ma 3amalna RST mode On 3ashan el TIME_WAIT, el phones el wara el MikroTik fi el maktab bigat tafga3 el registration kul kam dagiga. SIP over TCP`),
    nat(`مرحبا، الأسبوع الماضي غيرنا SS_TCP_CLOSE_RESET لـ On حسب نصيحتكم، والحين تلفونات الـ Yealink ورا راوترات البيوت تطلع unregistered. كلها TCP`),
    nat(`salam, el extensions el wara NAT (TP-Link w MikroTik) kullaha unregistered min yom ma sawwina reparse ba3d SS_TCP_CLOSE_RESET="On". el trunks shaghala, bas el phones la`),
    nat(`يا جماعة التلفونات الورا الراوترات في بيوت الـ agents بقت بتقع من التسجيل بعد ما فعلنا الـ RST في الـ softswitch. الـ transport TCP. قبل كدة كانت تمام`),
    nat(`hala, ba3d ma ghayyarna SS_TCP_CLOSE_RESET=On fi softswitch.conf, el phones fil far3 (wara router NAT) saarat unregistered w t3awid tsajjil kil shwai. TCP transport`),
    nat(`تلفونات الكول سنتر في عدن ورا MikroTik NAT، من بعد ما فعلنا RST mode أمس صارت تطلع unregistered في الـ VOS، ترجع وتطيح. على TCP 5060`),
    nat(`salam, fa3alna SS_TCP_CLOSE_RESET On 3ashan mushkilat el ports, w hassa el Grandstream el wara NAT kullahum unregistered. el phones el 3indaha public IP shaghala 3adi`),
    nat(`السلام عليكم، بعد تفعيل الـ RST على السوفت سويتش، الهواتف اللي ورا NAT (راوترات Huawei المنزلية) تفقد التسجيل. الاتصال TCP. وش نسوي، نرجعه Off؟`),
    nat(`ya akhi min ba3d "service mbx3000d reparse" w el RST On, el softphones hag el agents fi buyuthum (kullahum wara NAT) yitla3u unregistered. TCP. qabl kanat tamam`),
    nat(`التلفونات الورا NAT في مكتب بحري registration بتاعها بيطيح كل 5 دقايق تقريبا من بعد ما غيرنا SS_TCP_CLOSE_RESET لـ On. SIP على TCP، والراوتر MikroTik hAP`),
    nat(`salam ya shabab, 3ndna 40 phone wara NAT fi Sohar, kilhum unregistered min ams ba3d ma el tech sawwa SS_TCP_CLOSE_RESET=On. el phones 3la TCP. el server fi Muscat`),
    nat(`يا جماعة بعد ما شغلنا الـ RST (SS_TCP_CLOSE_RESET) عشان الـ TIME_WAIT، التلفونات في الفروع ورا الراوترات صارت unregistered وترجع. TCP. كيف نحل بدون ما ترجع المشكلة الأولى؟`),
    nat(`el phones el wara el home routers bita3at el agents (TCP) kullaha wag3at ba3d el RST mode. fi el VOS bitzhar unregistered kathir. el 3indo public IP ma fi mushkila`),
    nat(`من بعد ما فعلنا RST mode يوم الأحد، التلفونات اللي ورا الـ NAT في مكتب صلالة تطلع unregistered، والـ SIP عندهم TCP. سوينا restart للراوتر وما فاد`),
    nat(`salam, ba3d SS_TCP_CLOSE_RESET=On el Fanvil phones wara el MikroTik NAT tafqid el registration. 3indna TCP 3ala kul el phones 3ashan el ISP yi-block el UDP`),
    nat(`يا زول الـ softphones بتاعت الناس البيشتغلو من البيت (ورا راوترات NAT) بقت unregistered من ما فعلنا الـ RST امبارح. TCP. المكاتب البعندها IP ثابت كويسة`),
    nat(`el phones wara NAT saarat "No Service" w fil VOS unregistered, ba3d ma ghayyarna SS_TCP_CLOSE_RESET min Off le On. kilha TCP. el MikroTik ma ghayyarna fih shay`),
    nat(`تلفونات فرع تعز ورا NAT طاحت من التسجيل بعد تفعيل SS_TCP_CLOSE_RESET=On. SIP over TCP. سويت sngrep وشفت الـ REGISTER ما يوصل بعد ما الـ TCP ينقطع بـ RST`),
    nat(`salam, el mushkila el jadida: ba3d ma fa3alna el RST 3ashan el TIME_WAIT, el phones el wara NAT (TCP) bigat unregistered. fi tariga nkhalli el RST bas lil trunks?`),
    nat(`الهواتف ورا راوترات NAT في بيوت الموظفين صارت unregistered بعد ما شغلنا RST mode. كلها TCP. أما الـ phones اللي في الداتا سنتر نفسها فتمام`),
    nat(`ya jama3a min yom el thuluth (lamma fa3alna SS_TCP_CLOSE_RESET=On) el extensions wara NAT 3ind el 3umala tasqut min el registration. SIP TCP. kul 3ameel 3indo router mukhtalif`),
    nat(`بعد ما الـ RST اتفعل في السيرفر، التلفونات الورا الـ NAT بتاعت الفندق في الخرطوم بقت تظهر unregistered في الـ VOS. كلهم TCP عشان الـ SIP headers كبيرة`),
    nat(`salam, el phones 7ag el clinic fi Nizwa wara NAT router, unregistered kil shwai min ba3d ma fa3alna el RST mode (On). TCP. qabl el change kanat registered 24 sa3a`),
    nat(`سلام، فعلنا SS_TCP_CLOSE_RESET="On" في /home/kunshi/mbx3000/etc/softswitch.conf وسوينا reparse، والتلفونات ورا NAT في البيوت والمكاتب الصغيرة فقدت التسجيل. على TCP. الحل نرجعه Off؟`),
    nat(`el agents min el buyut (wara NAT, TCP) ma bigdaro ysajjilu min ba3d el RST. ya3ni el NAT router bi-nsa el mapping lamma el server yirsil RST? 🤔`),
    nat(`من يوم فعلنا الـ RST في الـ softswitch، التلفونات ورا MikroTik NAT تطلع unregistered وترجع registered بعد دقيقتين. SIP TCP. ما غيرنا شي ثاني`),
    nat(`salam, ba3d RST On el IP phones fi el ma7allat (wara routers NAT) sarat unregistered. TCP kullaha. el server fi Sana'a w el ma7allat fi Dhamar w Ibb`),
    nat(`بعد تفعيل SS_TCP_CLOSE_RESET الأسبوع ده، التلفونات الورا NAT في فرع كسلا بقت تفقد التسجيل. TCP. والـ keepalive شغال في التلفونات`),
    nat(`el phones wara NAT 7ag el reseller fi Sur unregistered min ams, ba3d ma fa3alna SS_TCP_CLOSE_RESET=On. SIP over TCP. nazzalna el keepalive le 30 sec w ma fad`),
  ],
  firewallRst: [
    fw(`من بعد ما فعلنا SS_TCP_CLOSE_RESET=On المكالمات للكارير اللي ورا FortiGate صارت تفشل، والـ FortiGate log مليان deny للـ TCP RST`),
    fw(`ya shabab ba3d RST mode On el calls bigat tafshal, w el pfSense bita3na bi-block el RST packets, fi el firewall log "TCP:R" kathir. SIP TCP`),
    fw(`بعد تفعيل RST في السوفت سويتش المكالمات تطيح. شفنا الـ ASA يسوي drop للـ RST:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 85.154.x.x/41822 flags RST on interface inside`),
    fw(`salam, el calls tafshal min ba3d ma sawwina SS_TCP_CLOSE_RESET=On, w iptables conntrack fi el firewall hagna yisawwi drop lil RST ka INVALID. ayesh el 7al?`),
    fw(`المكالمات بقت تقع بعد ما اتفعل RST mode، والـ MikroTik firewall بتاعنا عامل drop للـ invalid connections والـ RST بتمشي فيهم. SIP over TCP`),
    fw(`hala, ba3d el RST On el calls 3abr el FortiGate 7ag el 3ameel tafshal. el log: "action=deny ... tcp flags RST" 3la 5060. ya3ni el stateful firewall yi3tibir el RST out of state`),
    fw(`الـ pfSense حق العميل في عدن يسوي block لـ RST packets السيرفر من بعد ما فعلنا SS_TCP_CLOSE_RESET، والمكالمات ما تكمل. قبل التفعيل ما في مشكلة`),
    fw(`el calls bitfshal min ams (lamma fa3alna RST 3ashan el TIME_WAIT). 3amalna tcpdump 3ind el firewall: el RST biwsal lil ASA w ma bitla3 min el nahiya el tanya. el ASA bi-drop fihu`),
    fw(`السلام عليكم، فعلنا SS_TCP_CLOSE_RESET=On يوم الخميس ومن بعدها المكالمات عبر الفورتيجيت تفشل. الفايروول stateful ويسوي drop للـ RST. نرجعه Off ولا نعدل الفايروول؟`),
    fw(`salam, iptables 3la el gateway 3indna fiha "-m state --state INVALID -j DROP" w min ba3d el RST mode el calls tafshal. el RST packets tinzil INVALID fi conntrack`),
    fw(`بعد ما شغلنا الـ RST في الـ VOS، المكالمات الماشة عبر Sophos firewall بقت تفشل، والـ log بيقول dropped TCP RST. الـ SIP على TCP`),
    fw(`el calls tingta3 ba3d ma fa3alna RST. el MikroTik firewall 3ndna fih "connection-state=invalid action=drop" w el RST min el server yitla3 invalid. kaif nsawi allow lil RST bas lil SIP?`),
    fw(`المكالمات صارت تفشل بعد تفعيل SS_TCP_CLOSE_RESET=On. الكارير قال الفورتيجيت حقهم يسوي drop للـ RST اللي يجيه من IP حقنا. TCP 5060`),
    fw(`ya jama3a ba3d el RST mode el calls 3abr el pfSense fashla. pfSense log: "Block TCP:RA" min el VOS server 😤 el state table ma 3ajbo el RST`),
    fw(`بعد ما فعلنا RST mode في الـ softswitch، الـ Cisco ASA عند الكارير صار يسوي drop للـ RST والـ connections تعلق عندهم، والمكالمات الجديدة تفشل. TCP`),
    fw(`salam, conntrack fi el firewall hagna yisqit el RST, fi dmesg "nf_ct_tcp: invalid RST" kathir, min yom ma fa3alna SS_TCP_CLOSE_RESET. el calls tafshal`),
    fw(`يا زول المكالمات بتفشل من ما فعلنا RST، والـ FortiGate بتاع الداتا سنتر في الخرطوم بيعمل drop للـ RST packets. كلمناهم يشوفو الـ policy`),
    fw(`el firewall 7agna (FortiGate 100F) yisawwi drop lil RST ba3d ma fa3alna SS_TCP_CLOSE_RESET=On. el calls TCP tfail. wesh a7san: nirja3 Off wala allow RST?`),
    fw(`بعد تفعيل الـ RST المكالمات تطيح في النص، والـ iptables conntrack في السيرفر الوسيط يسوي drop للـ RST. سويت tcpdump وشفت الـ RST يطلع من VOS وما يوصل`),
    fw(`salam, ba3d ma sawwina reparse bi SS_TCP_CLOSE_RESET="On", el calls 3abr el MikroTik firewall bigat tafshal, w el firewall log fihu drop lil RST. TCP 5060`),
    fw(`الـ pfSense عندنا يسوي block للـ RST اللي يطلع من السوفت سويتش بعد ما شغلنا RST mode، والمكالمات تفشل. في إعداد في pfSense يسمح بالـ RST؟`),
    fw(`ya akhi el calls kullaha tafshal min el sub7, el sabab el ASA yisawwi drop lil RST packets ba3d ma fa3alna el RST fi el VOS el bari7a`),
    fw(`المكالمات بقت تقع بعد RST mode، شفنا في الـ firewall (Palo Alto) بتاع الكارير السعودي انو بيعمل drop للـ TCP RST. SIP على TCP`),
    fw(`salam ya shabab, ba3d SS_TCP_CLOSE_RESET=On el calls min el 3umala 3abr FortiGate tafshal, w el FortiGate yisawwi drop lil RST. el SIP TCP`),
    fw(`سلام، المكالمات عبر iptables firewall حق الداتا سنتر تفشل من بعد ما فعلنا RST. الـ conntrack يعتبر الـ RST invalid ويسقطه`),
    fw(`el calls TCP fashla min ba3d el RST mode, w el Sophos XG 3ind el zabon bi-drop el RST. kaif nkhalli el firewall yisma7 bil RST lil SIP TCP?`),
    fw(`صار عندنا فشل مكالمات بعد ما فعلنا SS_TCP_CLOSE_RESET، الفايروول (MikroTik) يسوي drop للـ RST. SIP TCP. قبل كانت المكالمات تمام`),
    fw(`salam, el FortiGate 3ind el carrier el sa3udi yisawwi drop lil RST min ba3d ma fa3alna RST mode, w el calls fashla. TCP 5060`),
    fw(`الـ ASA بيعمل drop للـ RST من ما فعلنا SS_TCP_CLOSE_RESET=On، والمكالمات بتفشل. عملنا show asp drop وشفنا tcp-not-syn كتير`),
    fw(`hala, ba3d el RST mode el calls 3abr el pfSense tafshal, el pfSense yisawwi drop lil RST. TCP trunk. el phones ma lahum 3alaqa, bas el trunk`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning125Set: readonly EvalItem[] = Object.values(tuning125Families).flat();
