import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 operators, resellers and their NOC and support staff in Egypt, the Maghreb, the Levant, the Gulf, Iraq, Sudan
 * and Yemen, writing on WhatsApp in colloquial Arabic (Arabic script or Arabizi with 3/7/2/5/9), Darija mixed with
 * French, or plain working English, always with English technical words. Figures come as 30 ألف, ٣٠ ألف, 30k, 28.000 or
 * 30 alf. Messages run from one rude line to pasted netstat/ss/tcpdump/firewall/softswitch output, voice-note
 * transcripts and forwards from their own customers or staff.
 *
 * The two-hundred-and-twenty-second tuning split, written as the two-hundred-and-twenty-second never-tuned evaluation
 * set because Arabic-speaking wholesalers from Casablanca to Baghdad write in the Arabic script and in Arabizi, in
 * dialects far apart. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or explained)
 * and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall
 * dropping RST). Written before the seventy-sixth round of rules by someone who had read only the playbooks' symptoms
 * and the domain notes, without the matcher, its rules or the other sets in view; measured as such before and after the
 * seventy-sixth round, then made tuning material for the seventy-seventh: bench/classify lists its misses. One Egyptian
 * question about ephemeral ports, which normalised as one of the first never-tuned set's, was left out: its family
 * holds 26.
 *
 * First measured, before any tuning on it: in scope 97.8 %, negatives confident 3.7 %, confident wrong 0 % with the
 * rules of the seventy-fifth round, before the seventy-sixth.
 * After the seventy-sixth round: the same.
 * After the seventy-seventh round, tuned on: in scope 100 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning222Families = {
  oneListeningPort: [
    no(`يا باشا التومكات بتاع البورتال مش راضي يقوم من ساعة ما نزلنا التحديث، في catalina.out مكتوب:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-nio-8080"]
java.net.BindException: Address already in use
مين ماسك الـ 8080؟`),
    no(`ya basha el mbx3000d msh 3ayez yeshta8al ba3d el restart, fel log "bind 0.0.0.0:5060 failed: Address already in use". ana 3amalt service start martein wara ba3d, momken yekoon fi nos5a adima lessa sha8ala?`),
    no(`Salam 3likom, 3andi mochkil f serveur de test: docker compose up ma bghach, kay3tini "Bind for 0.0.0.0:3306 failed: port is already allocated". MySQL dyal VOS deja khdam 3la nfs l port, wach nbdl l port dyal container?`),
    no(`السلام عليكم، ركبنا nginx على نفس سيرفر الـ VOS عشان نحط صفحة للعملاء، والحين nginx ما يشتغل:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
واضح ان الويب حق VOS ماسك 80، نغير بورت nginx ولا وش الأفضل؟`),
    no(`مرحبا، عم حاول شغّل نسخة تانية من السوفت سويتش على نفس السيرفر للتجربة، بس عم يطلع إنو البورت 5060 محجوز وما عم تقلع. فيني خلي التانية على 5070؟`),
    no(`اغاتي الـ redis اللي نستخدمه للـ billing dashboard ما يقوم بعد الريبوت:
# Could not create server TCP listening socket *:6379: bind: Address already in use
شلون اعرف منو ماسك البورت؟`),
    no(`غيرت بورت الـ SSH على سيرفر الفوس الى 2222 وصار sshd ما يقوم، journalctl يعطي:
error: Bind to port 2222 on 0.0.0.0 failed: Address already in use.
fatal: Cannot bind any address.
الحمدلله ما قفلت الجلسة. شو الحل؟`),
    no(`Hello, our developer is building the CDR export tool on his laptop and npm start fails with "Error: listen EADDRINUSE: address already in use :::3000". He thinks your API is blocking him. Is it from your side??`),
    no(`يا زول السلام عليكم، المبرمج بتاعنا شغال على dev server وعامل سكربت python بيسمع على بورت 8000 عشان يستلم الـ CDR، بيطلع ليه OSError: [Errno 98] Address already in use. هو قفل الترمنال بس البرنامج القديم لسه شغال غالبا. كيف نقفلو؟`),
    no(`[root@vos ~]# netstat -tlnp | grep 5060
tcp   0   0 0.0.0.0:5060   0.0.0.0:*   LISTEN   2231/kamailio
mbx3000d ma bi2oum, meen 7atet kamailio hon?? ana ma ba3ref 7ada rakkabo`),
    no(`Apache on our billing VM refuses to start:
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:443
no listening sockets available, shutting down
we installed a VPN server last week on the same VM, maybe it's that?`),
    no(`السلام عليكم ورحمة الله، ياخي حاولت اشغل phpMyAdmin على السيرفر ولما عملت restart لـ httpd وقف الويب حق VOS حقنا كامل، والحين لما ارجّع tomcat يقول الـ port 80 مستخدم. ايش اسوي بالضبط؟`),
    no(`bro docker run -p 8080:8080 grafana gives "driver failed programming external connectivity on endpoint grafana: Bind for 0.0.0.0:8080 failed: port is already allocated". the vos web is on 8080 i guess. pick another port right?`),
    no(`El web manager ma y7allech. f log: "StandardServer.await: create[localhost:8005]: java.net.BindException: Address already in use (Bind failed)". j'ai kill tomcat b kill -9 w 3awd lancé, w rah y3awd nfs l blan. chkoun chad 8005?`),
    no(`[رسالة صوتية]
اهلا يا هندسة ازيك، بص بقى احنا ركبنا asterisk على نفس الماكينة عشان الـ IVR، ومن ساعتها الـ asterisk بيقول unable to bind to 0.0.0.0:5060 وبعدين الـ VOS كمان بقى بيهنج عند الاقلاع، ينفع الاتنين يشتغلو على نفس البورت ولا لازم نفصلهم؟ شكرا`),
    no(`Forwarded from Ahmed (IT):
"mysqld won't start on the backup server, error log says: [ERROR] Can't start server: Bind on TCP/IP port: Address already in use. [ERROR] Do you already have another mysqld server running on port: 3306 ?"
ana msh fahem 7aga, da elly ba3to Ahmed, hal da by2asar 3ala el VOS?`),
    no(`zabbix agent على سيرفر الفوس ما يشتغل: listener failed: bind() for [[-]:10050] failed: [98] Address already in use. مركبين agent2 و الـ agent القديم مع بعض تقريبا`),
    no(`ss -ltnp | grep :80
LISTEN 0 128 *:80 *:* users:(("httpd",pid=1440,fd=4))
هذا الـ httpd اللي جاي مع الـ cPanel، والـ VOS web portal ما يقوم لأنه يبغى نفس الـ 80. كيف نخليهم يتعايشون؟`),
    no(`7ayak allah, grafana ma yeshta8il, y8ool err="listen tcp 0.0.0.0:3000: bind: address already in use". 3endana node exporter w shay thani 3la nafs el server, shlon a3arf meno?`),
    no(`ps -ef | grep mbx
root  1893  1  mbx3000d
root  4410  1  mbx3000d
two mbx3000d running and the second one writes "sip listen port 5060 bind failed" every second in the log. the service script started it twice after the crash I think. kill the older one?`),
    no(`ركبت webmin عشان اراقب السيرفر، بيقول Failed to bind to port 10000 : Address already in use. مع ان مفيش حاجة تانية مفروض على 10000، هو ممكن الـ vos بيستخدمه لحاجة؟`),
    no(`snmpd ما يقلع: couldn't open udp:161 -- errno 98 ("Address already in use"). فكرنا نراقب السيرفر بـ SNMP بس وقفنا هنا. في خدمة في vos ماسكة 161؟`),
    no(`Our CDR collector (java) dies at startup: "Exception in thread main java.net.BindException: Address already in use: bind" on port 9090. Only that app uses 9090, maybe the old copy still runs. VOS itself running fine, calls ok.`),
    no(`bonjour, apres upgrade de VOS 2.1.6 vers 2.1.8, l'interface web ne démarre plus: "Address already in use: JVM_Bind <null>:80". l'ancien tomcat tourne encore je pense. comment l'arrêter proprement svp`),
    no(`يعطيك العافية، ركبنا SIP proxy (opensips) قدام الفوس وخليناه على 5060 ورجع الفوس ما عاد يسجل شي، اللوج تبعه: bind failed on udp 0.0.0.0:5060. أكيد لأنو التنين بدهن نفس البورت، شو الترتيب الصح؟`),
    no(`el node-red bta3 el monitoring mesh 3ayez yefta7: Error: port in use 1880. 3amalna reboot w bardo. hwa el VOS momken yestakhdem 1880?`),
    no(`السيرفر الجديد الي حطيناه للـ backup، الـ postgres يطلع could not bind IPv4 address "0.0.0.0": Address already in use - Is another postmaster already running on port 5432? هل ممكن لأن نصبنا نسختين؟ مستعجلين`),
  ],
  otherRegistrationCause: [
    no(`يا هندسة كل التليفونات اللي في الفرع وقعت unregistered من الصبح، بس احنا امبارح غيرنا الباسوردات كلها عشان حد كان بيسرق دقايق، واللوج فيه 401 Unauthorized كتير. نعمل ايه؟`),
    no(`salam, on a changé l'IP publique du serveur VOS hier (nouveau datacenter), et maintenant tous les postes dyal les clients b9aw unregistered. wach khass nbdl IP f kol telephone wla kayn chi 7al?`),
    no(`الأكاونتات بتاعة الريسيلر كلها انتهت صلاحيتها أول الشهر، والعملاء بيقولوا Registration failed 403. ده من عندكم ولا من عندنا؟ انا دافع والله`),
    no(`VOS license expired message on login page and now no phones can register, please renew urgently customers screaming`),
    no(`الكهرباء قطعت عندنا في المكتب ساعتين ولما رجعت نص التلفونات لسا unregistered. الراوتر رجع بس التلفونات شكلها بدها restart`),
    no(`ركبنا راوتر جديد من شركة الاتصالات (Huawei) وصارت التلفونات تطيح من التسجيل كل شوي. كلها UDP على 5060. قالو لي فيه شي اسمه SIP ALG، كيف اطفيه؟`),
    no(`el wifi fel sherka wa2e3 men el sob7, el softphones kolaha unregistered. el ISP bey2ol 3andohom 3otl. mesh men 3andoko sa7?`),
    no(`Zoiper على موبايلات شاومي يطلع offline بعد ما نقفل الشاشة بدقايق، ولو فتحنا التطبيق يرجع registered. الموظفين يفقدون مكالمات`),
    no(`الشبكة قاطعة عندنا في الخرطوم من امبارح، العملاء كلهم unregistered. لما ترجع بيرجعوا براهم ولا لازم نعمل حاجة في السيرفر؟`),
    no(`phone in reception unregistered, the others fine. cleaner moved the desk yesterday, maybe cable? the light on LAN port is off`),
    no(`عميل يشتكي ان الخط يطلع 403 Forbidden بعد ما خلص رصيده، والرصيد صفر فعلا. هل الفوس يمنع التسجيل لما الرصيد يخلص ولا بس يمنع المكالمات؟`),
    no(`غيرنا الدومين من sip.oldname.com الى voip.newname.net ونسينا نغير في الاجهزة، الحين الـ Grandstream يقولون Not registered. في طريقة نخلي الدومين القديم يشير للسيرفر مؤقتا؟`),
    no(`الموظف الجديد مسح 40 حساب من الـ phone management بالغلط، طبعا كلهم unregistered الحين. في backup نرجعه منه؟`),
    no(`3ameel bey2ol el MicroSIP mesh beyregister, ba3atly screenshot w l2eet kateb el IP ghalat, na2es raqam. bs howa mesh msada2 🙄 eh a7san tari2a afhemo`),
    no(`Yealink T21 عمل factory reset بعد ما وقع عليه موية (ههه) ورجع مش مسجل طبعا، عاوز الـ provisioning link تاني`),
    no(`our client moved to a new office with a new public IP and his gateway stopped registering. account has IP restriction in VOS (the old IP). just update it?`),
    no(`عندي عميل ورا CGNAT من شركة الاتصالات، التلفونات على UDP بتطيح من الـ registration كل 5 دقايق تقريبا وترجع. ما لمسنا أي إعداد في السيرفر. هل نقلل الـ register expiry؟`),
    no(`الراوتر 4G في المحل خلصت باقته، عشان كذا الجهاز ما يسجل. شحنا الباقة ولسه unregistered من ربع ساعة، كم ياخذ وقت؟`),
    no(`bonjour, on a changé le port SIP du serveur de 5060 vers 5080 à cause des scanners, et maintenant le gateway Dinstar chez le client reste "Unregistered". il faut changer chez lui aussi non?`),
    no(`الفرع في اربيل الـ UPS بطاريته ميتة، كل ما تقطع الكهرباء الوطنية ثواني يطيح الراوتر والتلفونات ويبقون unregistered لين احد يروح يعيد تشغيلهم`),
    no(`handset DECT (Gigaset) kayban "registration lost" w lbatterie dyalo mayta, kaytfa kol chwiya. nbdlo lbatterie ola chi haja f serveur?`),
    no(`REGISTER sip:voip.example.net SIP/2.0
SIP/2.0 401 Unauthorized
REGISTER sip:voip.example.net SIP/2.0  Authorization: Digest username="2001"
SIP/2.0 403 Forbidden
طيب الباسورد صح 100% انا نسخته من الـ portal. ولا في حروف كابيتال؟`),
    no(`حساب الريسيلر حقنا موقوف من الصبح وكل العملاء تحتنا unregistered، المحاسب يقول الفاتورة مدفوعة من الخميس. ممكن تفعلونه؟`),
    no(`Forwarded message:
"Dear support, since this morning my softphone says Registration failed: 404 Not Found"
this is my customer. we migrated him to the new VOS server yesterday but maybe I forgot to create his account there. can you check?`),
    no(`بعد التحديث صار لازم اليوزرنيم يكون بالـ prefix، يعني 9661001 بدل 1001؟ لأن كل التلفونات اللي ما غيرناها طاحت`),
    no(`شكل الـ ISP هنا في عدن قفل بورت 5060، العملاء ما يقدروا يسجلوا من عدن بس من صنعاء يسجلوا عادي. تقدروا تفتحوا بورت ثاني للتسجيل؟`),
    no(`wlh ma fhmt, kol les comptes dyal client wa7d wlaw unregistered lyoum. chft f portal la date d'expiration mdiwra 01/01 dyal had l3am, chkoun bdlha? rj3oha 3afak`),
  ],
  smallFigures: [
    no(`ss -s
Total: 412
TCP:   186 (estab 61, closed 98, orphaned 0, timewait 97)
كله تمام كده ولا في حاجة لازم اظبطها؟ السيرفر هادي والحمد لله`),
    no(`شو يعني TIME_WAIT بالضبط؟ شفتها بالـ netstat ومش فاهم ليش الكونكشن بيضل هيك بعد ما يتسكر`),
    no(`هل تنصحون نشغل tcp_tw_reuse على سيرفر الفوس؟ ما عندنا مشكلة بس قريت عنه في منتدى`),
    no(`What does SS_TCP_CLOSE_RESET actually do? I saw it in the softswitch parameters list and I can't find a good explanation in the manual.`),
    no(`is 400 TIME_WAIT normal? 15 cps at peak, no complaints`),
    no(`netstat -an | grep TIME_WAIT | wc -l
57
الساعة 3 الفجر، طبيعي ولا؟`),
    no(`ip_local_port_range عندنا 32768 60999، يكفي لـ 40 CPS؟ بنفكر نزود الترافيك الشهر الجاي بس لسا ما في أي مشكلة`),
    no(`عندي ٢٠٠ تقريبا TIME_WAIT في ساعة الذروة، هل هذا رقم عالي؟`),
    no(`ya m3allem eh el far2 ben FIN w RST fel TCP? el 3ameel bta3i bey2ra 3an el RST mode w sa2alni w ana mesh 3aref arod`),
    no(`تقرير الفحص الأسبوعي:
CPU 23%, RAM 41%, disk 60%
TCP estab 140, time_wait 310
ASR 48%, ACD 3.1
في شي لازم نهتم فيه؟`),
    no(`how much TIME_WAIT is too much? what number should our monitoring alert on?`),
    no(`tcp_fin_timeout عندنا 60، في ناس تقول نحطها 30. هل هي أصلاً لها علاقة بالـ TIME_WAIT؟`),
    no(`CLOSE_WAIT 3 و TIME_WAIT 45 في netstat، هل CLOSE_WAIT يعني مشكلة في البرنامج؟`),
    no(`نستخدم SIP over TCP ولا UDP مع الكاريرز؟ ايش الأفضل مع الفوس بشكل عام؟`),
    no(`chaf lmodir dyali f chi article bli tcp_tw_recycle mzyan, wach n3tiwh 1? kernel dyalna CentOS 7`),
    no(`monitoring shows around 650 time wait at evening peak, calls all good, ASR normal. just confirm ok`),
    no(`ما الفرق بين ESTABLISHED و TIME_WAIT و SYN_SENT؟ موظف جديد عندنا ويسأل`),
    no(`بعد ما زاد الترافيك الاسبوع ده شفت حوالي 800 TIME_WAIT، المكالمات شغالة زي الفل ومفيش اي error. هل لازم نعمل حاجة ولا نسيبه؟`),
    no(`what's the default value of SS_TCP_CLOSE_RESET on a fresh install, Off or On?`),
    no(`وين بلاقي قيمة SS_TCP_CLOSE_RESET الحالية؟ بس بدي شوفها ما بدي غير شي`),
    no(`sysctl -a 2>/dev/null | grep -E "tw_reuse|port_range"
net.ipv4.ip_local_port_range = 32768	60999
net.ipv4.tcp_tw_reuse = 0
هاي القيم الافتراضية، منيحة لسيرفر فيه 10 CPS؟`),
    no(`sa7 el TIME_WAIT bey2a3d 60 sanya? ya3ni 2×MSL? ana bazaker lel CCNA 😅`),
    no(`chhal mn TIME_WAIT normal f serveur fih 20 CPS? 3ndna daba 180 w ma kayn hta mochkil, ghir bghit n3rf`),
    no(`ss -tan state time-wait | wc -l
143
شغال على 25 CPS. تمام؟`),
    no(`عندنا 30 seat كول سنتر بس والسيرفر فيه تقريبا 90 TIME_WAIT. زميلي خايف منها، طمني`),
    no(`if I set tcp_tw_reuse=1 does it affect incoming calls or only outgoing connections? just asking to understand, nothing broken`),
  ],
  firewallNoRst: [
    no(`يا هندسة عاوزين نفتح 5060 TCP و UDP على الفورتي جيت لكاريير جديد، الـ IP بتاعه 185.x.x.x. ممكن تبعتلي الـ policy المظبوطة؟`),
    no(`ضيفلي IP ده في الوايت ليست بتاع iptables لو سمحت 41.33.12.8 ده عميل جديد`),
    no(`fail2ban حظر IP المكتب تبعنا!! لأنو موظف غلط بالباسورد كم مرة. كيف فك الحظر؟`),
    no(`كيف اطفي SIP ALG على MikroTik؟ الفني قال لازم قبل ما نركب التلفونات`),
    no(`nbghiw nbloquiw ga3 les pays men ghir Maroc w France f firewall dyal serveur, 7it kayn bzaf dyal scan. kifach ndiroha b iptables/ipset?`),
    no(`REGISTER flood from many IPs at night, around 2000 packets/sec on 5060. how to rate limit with iptables hashlimit without blocking our real customers?`),
    no(`عاوز أعمل port forwarding على الراوتر عشان الويب بورتال بتاع الـ VOS يفتح من بره على 8080، السيرفر local 192.168.1.10`),
    no(`pfSense: اعمل rule جديدة للـ RTP من الكاريير الجديد 10000-20000 UDP ولا في طريقة أحسن؟`),
    no(`need ASA access-list for new carrier: SIP 5060 TCP/UDP from 91.x.x.x and RTP range. we are not firewall guys please give exact lines`),
    no(`AWS security group: opened 5060 UDP only, carrier says they send over TCP. do I add TCP 5060 inbound also?`),
    no(`iptables -L -n
Chain INPUT (policy DROP)
ACCEPT  udp  --  0.0.0.0/0  0.0.0.0/0  udp dpt:5060
ACCEPT  tcp  --  0.0.0.0/0  0.0.0.0/0  tcp dpt:22
DROP    all  --  62.x.x.0/24 0.0.0.0/0
الكاريير الجديد مش قادر يوصل، أي rule حاجبته؟`),
    no(`ركبت CSF على السيرفر، ايش البورتات اللي لازم افتحها للفوس (web, sip, h323, rtp)؟`),
    no(`friendly-scanner و sipvicious كل يوم يعملون REGISTER بآلاف الأرقام، في طريقة نحجبهم حسب الـ User-Agent؟`),
    no(`شلون اشيل IP من jail الـ fail2ban؟ fail2ban-client status sshd يطلع العميل محظور`),
    no(`FortiGate: نطفي session-helper sip ولا لا؟ قالولنا يسبب مشاكل في الصوت`),
    no(`firewalld على CentOS 7 زون public، بدي ضيف 5060 و 1720 بشكل دائم، شو الأمر؟`),
    no(`new carrier asks to whitelist our IP on their side, which IP do we give them, the server's public or the NAT one? we sit behind a SonicWall`),
    no(`el iptables rules kolha betetmese7 ba3d el reboot 😤 3amalt iptables-save bas mesh nafe3`),
    no(`bghit ndir port knocking l SSH f serveur VOS, 7it bzaf dyal brute force. wach kayn chi mochkil m3a softswitch?`),
    no(`Hetzner cloud firewall: عندهم حد لعدد الـ rules؟ نبي نحط 60 IP للكاريرز والعملاء`),
    no(`DDoS خفيف على UDP 5060 من امبارح، الكولات شغالة بس الـ CPU طالع. نستخدم hashlimit ولا نحط قدامه cloud firewall؟`),
    no(`صار عندنا one-way audio بعد ما ركبنا الفايرول الجديد، العميل يسمعنا واحنا ما نسمعه. اكيد الـ RTP مقفول، ايش الرينج اللي يستخدمه الفوس للميديا؟`),
    no(`firewall log full of these, is it normal?
DROP IN=eth0 SRC=185.53.x.x DST=x.x.x.x PROTO=UDP SPT=5070 DPT=5060
DROP IN=eth0 SRC=45.134.x.x PROTO=UDP DPT=5060
they are scanners I think, our customers fine`),
    no(`نقلنا من ASA لـ pfSense، هذي قائمة الـ rules القديمة: SIP 5060 TCP/UDP، H323 1719/1720، RTP 10000-60000، web 80. نحتاج نضيف شي ثاني؟`),
    no(`بغينا نحط rate limit على الـ web portal بعد ما حد جرب يدخل بالباسوردات، من nginx ولا iptables أحسن؟`),
    no(`mikrotik dst-nat from public 5060 to the VOS inside, calls come in but carrier says their OPTIONS get no reply. what rule is missing?`),
    no(`فرعنا في السودان عاوز يدخل على البورتال عن طريق VPN بس، فهنقفل 80 و 8080 من بره خالص. ده هيأثر على تسجيل التلفونات؟`),
  ],
  negationContext: [
    no(`كل التلفونات عندنا UDP، يعني الـ RST mode ده ما يأثر علينا أصلا صح؟ بس بتأكد قبل ما المدير يسألني`),
    no(`ما فعّلنا RST أبداً، والقيمة زي ما هي:
grep SS_TCP_CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="Off"
التلفونات طاحت بعد ما غيرنا الباسوردات امبارح بس، شكلها من الباسورد`),
    no(`للعلم بس: الأسبوع الماضي كان عندنا 30 ألف TIME_WAIT و cannot assign requested address، طبقنا الحل والحين تمام من 7 أيام. مفيش طلب، بس حبيت أوثق`),
    no(`if we turn RST mode on next month, will our NAT phones on TCP break? we have about 200 behind MikroTik. nothing wrong now, just planning`),
    no(`في الـ lab عندنا VM فيها VOS تجريبي، فعلنا RST وشغلنا SIPp عشان نشوف الفرق. مش production خالص. ايه النتيجة اللي المفروض نتوقعها؟`),
    no(`سؤال للتدريب الداخلي: ليش الفايرول الـ stateful ممكن يرمي الـ RST؟ عاوز أشرحها للفريق بشكل بسيط`),
    no(`زميلي عم يحكيلي قصة من شركة قديمة اشتغل فيها قبل 3 سنين، الفورتي جيت كان يرمي RST والمكالمات تعلق. نحنا ما عنا فورتي ولا RST شغال، بس حبيت أعرف هالشي صحيح؟`),
    no(`false alarm يا جماعة: الـ monitoring بعت alert ان في 30k TIME_WAIT بس طلع السكربت بيعد السطور غلط، الرقم الحقيقي 300. سوري على الازعاج`),
    no(`محدش غير حاجة والـ RST لسه Off. التلفونات كانت unregistered الصبح عشان الانترنت عند الـ ISP كان واقع، ورجعت كلها لوحدها. اقفلوا التيكت`),
    no(`ناوين نشغل RST في الـ maintenance window يوم الجمعة الجاي. ايش نجهز قبلها؟ عندنا fortigate و شوية تلفونات ورا NAT`),
    no(`بس شكرا: مشكلة address already in use وقت الذروة راحت خالص من ساعة ما فعلتوا الـ RST الشهر اللي فات، ومفيش أي شكوى من التلفونات ولا الفايرول. الأمور ممتازة`),
    no(`el mawdoo3 khalas: el phones elly wara el NAT rege3o registered men sa3et ma 2afalto el RST embare7. shokran, e2felo el ticket`),
    no(`الـ firewall drop RST logs اللي بعتهالك الشهر اللي فات كانت قبل ما نغير الفورتي جيت. الجديد ما فيه أي مشكلة، مجرد تحديث`),
    no(`سمعت ان RST mode يعمل مشاكل مع TLS لأنه ما يبعت close_notify، صحيح؟ احنا ما نستخدم TLS ولا ناوين، فضول بس`),
    no(`عميل عندي يسأل هل راح نشغل RST على السيرفر اللي هو عليه. احنا مش ناويين. بس ساعدني بجملة أرد عليه فيها`),
    no(`The BindException you see in the log I sent is from January (old log rotated wrong). Today everything is fine, no errors since the upgrade. ignore it`),
    no(`المنافس بيقول للعملاء ان VOS ما يستحمل 30 ألف TIME_WAIT وان سيرفرنا هيقع. ده كلام صح؟ احنا عندنا ٣٠٠ بس`),
    no(`mafish ay moshkla 3andena, bas 3ayez a3raf: lw fa3alt el RST mode, el fortigate hay3mel moshkla? 3ashan el manager 3ayez yeshghalo`),
    no(`Forwarded:
Incident report 12/03 - resolved
Symptom: cannot assign requested address to carriers at peak, 28.000 TIME_WAIT
Action: tcp_tw_reuse=1, port range widened
Status: closed, monitored 5 days, max TIME_WAIT 900
للأرشيف عندكم`),
    no(`تلفونات الـ NAT تمام 100%، اللي unregistered بس 4 أجهزة public IP وكلهم حساباتهم منتهية. يعني مش موضوع الـ RST اللي كلمتني عليه`),
    no(`جربنا في lab فيه pfSense مع RST On والمكالمات علقت فعلاً. عشان كده قررنا ما نشغله على production. للعلم بس`),
    no(`تجاهل رسالتي اللي فاتت عن الـ TIME_WAIT، كنت فاتح السيرفر الغلط (سيرفر الويب مش الفوس). الفوس فيه ٧٠ بس`),
    no(`[رسالة صوتية] هلو استاذ، ماكو شي هسه الحمدلله كلشي شغال، بس المدير يسأل لو صار ضغط بالعيد وخلصت البورتات شنو الحل؟ حتى نكون جاهزين`),
    no(`RST شغال من 6 شهور، ما تغير شي، كل التلفونات registered والمكالمات تمام. هذا بس الفحص الشهري`),
    no(`شريحة في كورس التدريب مكتوب فيها "RST On = NAT phones unregistered". هل هذا دقيق دايما؟ ولا بس مع TCP؟`),
    no(`Dear support, another server question, not VOS: our Asterisk box behind pfSense has lots of TIME_WAIT and the pfSense drops RST. is it the same logic? just for my knowledge, VOS ok`),
    no(`sa7bi 3ando VOS f Algérie w 9ali bli mnin chegh RST les téléphones derrière NAT tay7o. 3ndna 7na RST Off w kolchi mzyan, ghir bghit nt2kd wach hadchi s7i7`),
  ],
  portExhaustion: [
    pe(`يا جماعة الحقونا، كل يوم من الساعة 8 بالليل الكولات للكاريرز بتفشل، واللوج مليان "connect failed: Cannot assign requested address". عملنا restart للسيرفر ورجع تمام ساعتين ورجع تاني`),
    pe(`ss -s
Total: 31874
TCP:   30512 (estab 902, closed 29480, orphaned 3, timewait 29471)
والكولات واقفة على الكاريير اللي على TCP. شو نعمل؟`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
  29814 TIME_WAIT
   1210 ESTABLISHED
     14 LISTEN
الكاريرز كلهم بيرفضوا الكول الجديدة وقت الذروة`),
    pe(`ya basha 3andena 30 alf TIME_WAIT w el calls msh bet3ady 3ala el TCP trunks fel peak. bel leil kolo tamam. eh el 7al?`),
    pe(`السيرفر صار ما يفتح أي connection جديدة للـ carrier وقت الضغط، واللوج:
java.net.BindException: Address already in use: connect
يقعد كذا لين ينزل الترافيك بعد منتصف الليل`),
    pe(`3andna mochkil f lpeak: l VOS ma kay9derch ydir des connexions TCP jdad m3a les opérateurs, f log kayn "EADDRINUSE" bzaf. netstat kay3ti ktar mn 28.000 TIME_WAIT. mnin kan3awdo restart kaytla3 mzyan chwiya`),
    pe(`Forwarded from our Chinese vendor engineer:
"server TIME_WAIT 3万 at peak, outgoing SIP TCP to carrier fail, please check"
ايش معناه 3万؟ وايش الحل؟ الكولات فعلا تفشل بين 9 و 11 بالليل`),
    pe(`ساعة الذروة عندنا 350 CPS والـ TIME_WAIT يطلع ٣٠ ألف، وبعدها تبدأ الكولات تطلع 503 من عندنا مش من الكاريير. الكاريير مأكد انه ما وصلته الـ INVITE`),
    pe(`URGENT. since Ramadan traffic went up, every evening outbound to our TCP carriers dies, log says cannot bind local port. restart fixes for an hour. losing money`),
    pe(`softswitch log:
2024-03-18 21:04:11 [ERR] tcp connect to 91.x.x.10:5060 failed: Cannot assign requested address
2024-03-18 21:04:11 [ERR] tcp connect to 91.x.x.10:5060 failed: Cannot assign requested address
2024-03-18 21:04:12 [ERR] tcp connect to 185.x.x.4:5060 failed: Cannot assign requested address
هاد كل مسا من 9 لـ 12، الـ ASR بيوقع لتحت تقريبا للصفر`),
    pe(`يا زول السيرفر كل ما الترافيك يعلى بيقيف يعمل كونكشن للكاريرز، ولما عملت netstat لقيت حوالي 30k في TIME_WAIT. بعد نص الليل بيرجع عادي. دي حاجة شنو؟`),
    pe(`[فويس نوت متفرغ]
ايوه يا هندسة، بص احنا بقالنا تلات ايام كل يوم الساعة تسعة بالليل الكولات بتقع على التيرمينيشن، والفني بتاعي بيقول ان البورتات خلصت وفي عدد كبير أوي من التايم ويت، حاجة زي تمانية وعشرين ألف، وبعد الريستارت بيبقى كويس شوية وبيرجع تاني. عايزين حل نهائي بقى`),
    pe(`اغاتي بوقت الذروة الكول تفشل للكاريرز اللي على TCP، ss -s يطلع timewait 31200. وبعد الساعة 2 بالليل يرجع كلشي طبيعي. شنو السبب؟`),
    pe(`مرحبا، عنا ضغط كبير من الساعة 7 للـ 10 المسا (حوالي 400 CPS)، والسوفت سويتش عم يعطي BindException لما يحاول يفتح connection عالكاريير. الـ TIME_WAIT فوق 25 ألف. بعد ما يخف الضغط كلو منيح`),
    pe(`السلام عليكم، من يوم زدنا الكاريرز الجدد على TCP صار عندنا مشكلة كل ليلة: ما يقدر السيرفر يطلع مكالمات جديدة، "address already in use" في اللوج، والـ TIME_WAIT حوالي 30 الف. الحين ساعة الذروة والعملاء يصارخون`),
    pe(`السلام عليكم، الكولات عندنا تفشل كل يوم بين المغرب والعشاء لما يكون الضغط، واللوج فيه cannot assign requested address. لقينا ٢٨ ألف اتصال TIME_WAIT. بعد ما يخف الضغط ترجع. ايش نسوي؟`),
    pe(`We hit ~32k TIME_WAIT every night at peak and new outbound TCP legs to carriers fail with EADDRINUSE. ip_local_port_range is default 32768-60999. Calls recover after midnight. What do you recommend?`),
    pe(`Bonsoir, depuis qu'on est passé à 300 CPS, à l'heure de pointe le softswitch n'arrive plus à ouvrir de nouvelles connexions TCP vers les carriers. ss montre presque 30 000 sockets en TIME_WAIT. la nuit c'est normal. 3afak chi 7al rapide`),
    pe(`[root@vos3000 ~]# ss -tan state time-wait | wc -l
28417
[root@vos3000 ~]# tail -2 /var/log/mbx3000.log
connect() to 62.x.x.20:5060 failed (99: Cannot assign requested address)
connect() to 62.x.x.21:5060 failed (99: Cannot assign requested address)
now it's 10pm and half of calls fail`),
    pe(`للمرة التالتة بكلمكم!!! كل يوم نفس الحكاية الساعة 9 الكولات بتقع والتايم ويت 30 ألف والسيرفر مش بيفتح كونكشن جديد، والريستارت بيحلها ساعة. فين الحل النهائي اللي وعدتونا بيه؟`),
    pe(`marhaba, kel yom bel massa 3am ybattel el server yfta7 TCP connections jdide 3al carriers, w bel log fi "cannot assign requested address". 3addet el TIME_WAIT tle3o 27 alf. lamma na3mel restart bimshi chwai`),
    pe(`Forwarded from NOC (Mahmoud):
"الساعة 21:30 ASR نزل لـ 12%، عدد TIME_WAIT على السيرفر 29,600، ومكالمات كتير بتطلع 503 من غير ما توصل للكاريير. عملت restart للـ mbx3000d الساعة 21:45 والـ ASR رجع 45%"
وده تالت يوم. عاوزين نفهم ونحل`),
    pe(`ليش السيرفر كل ليلة يوقف يطلع كولات على الترنكات الـ TCP؟ تايم ويت 30k وبعد الريستارت يمشي`),
    pe(`Hi, outbound SIP-TCP to our main A-Z carrier fails at peak. tcpdump shows no SYN leaving the box at all when it fails, and the log says "bind: Address already in use". ~29k TIME_WAIT. off-peak fine.`),
    pe(`salam, kol nhar m3a 8 d lil l serveur kaywli may9derch ydir connexion m3a carriers, w "Cannot assign requested address" f les logs. TIME_WAIT fih 30 alf. mnin katn9s l7araka kayrj3 bohdo`),
    pe(`ss -s
TCP: 33021 (estab 1402, closed 31580, orphaned 0, timewait 31560)
هسه ساعة الذروة والكولات طالعة فاشلة للكاريرز، شنو نسوي بسرعة`),
    pe(`الاخوان في الدعم، عندنا مشكلة بتتكرر كل يوم وقت الضغط: المكالمات الخارجة بتفشل، وفي اللوج BindException، وعدد الـ sockets في TIME_WAIT وصل ٣١ ألف. لو عملنا restart بيتحسن شوية`),
    pe(`the dialer pumps 500 cps at 10am and exactly then VOS starts failing outbound legs: "Cannot assign requested address". TIME_WAIT 30k+. when the campaign stops all fine. happens every campaign`),
    pe(`el server fel peak bey2ool "address already in use" lama yegy yefta7 connection lel carrier, w el TIME_WAIT 3addo 28 alf. msh listen port wala 7aga, da outgoing. ba3d nos el leil kolo tmam`),
    pe(`ما بعرف شو صار، صار كل يوم وقت العجقة ما عاد يطلع ولا كول على الكاريرز اللي عالـ TCP، وعم شوف آلاف الـ TIME_WAIT (أكتر من 30 ألف). بالليل بيرجع يشتغل. شو الحل؟`),
  ],
  natUnregistered: [
    nat(`يا هندسة من ساعة ما فعلتوا الـ RST mode امبارح عشان موضوع التايم ويت، كل التلفونات اللي في الفروع ورا الـ MikroTik بقت unregistered. اللي على public IP شغالين عادي`),
    nat(`since you turned SS_TCP_CLOSE_RESET On on our server, all our home agents on Zoiper (TCP) keep dropping registration every few minutes. office phones with public IPs fine.`),
    nat(`من يوم ما شغّلنا RST، تلفونات الـ Yealink اللي بالفرع (ورا راوتر MikroTik، transport TCP) عم تطلع unregistered وترجع. اللي UDP ما فيها شي`),
    nat(`salam, depuis hier mnin dert SS_TCP_CLOSE_RESET=On, les téléphones dyal l'agence (derrière NAT, SIP TCP) kay9t3o l'enregistrement kol chwiya. les postes li 3ndhom IP publique mzyanin`),
    nat(`ba3d ma el technician 3amal RST mode On, kol el softphones elly 3and el nas fel beyot (wara routers 3adeya) ba2et unregistered. elly 3ala UDP shaghaleen. eh el 7al?`),
    nat(`حطينا الـ RST على On الاسبوع الماضي لأن البورتات كانت تخلص، وحلت المشكلة، بس الحين فرع جدة كله (ورا NAT) التلفونات تطيح من التسجيل. الفرع الرئيسي public IPs ما فيه شي`),
    nat(`اغاتي من فعلنا الـ RST صارت تلفونات الـ Grandstream بفرع البصرة تطلع unregistered كل شوية. هي ورا MikroTik وتسجل TCP. التلفونات اللي عدها IP عام ما بيها شي`),
    nat(`Forwarded from branch manager:
"الأجهزة عندنا كلها مكتوب عليها No Service من الصبح"
ده نفس الفرع اللي ورا NAT، وده بعد ما غيرنا SS_TCP_CLOSE_RESET لـ On امبارح بالليل. باقي الفروع اللي على public IP تمام`),
    nat(`registration list after the RST change:
1001  41.x.x.x:5060 (public)  UDP  registered
2045  10.20.1.15 via 197.x.x.x  TCP  unregistered
2046  10.20.1.16 via 197.x.x.x  TCP  unregistered
2047  10.20.1.17 via 197.x.x.x  TCP  unregistered
all the TCP ones behind the branch router dropped since yesterday`),
    nat(`[رسالة صوتية]
السلام عليكم، يا أخوي احنا أمس غيرنا إعداد الـ RST بالسوفت سويتش مثل ما نصحنا الفني، والحين كل الموظفين اللي يشتغلون من البيت على السوفت فون طاحوا، مكتوب unregistered، وكل شوي يرجع ويطيح. بس اللي بالمكتب على IP ثابت ما فيهم شي. ايش نسوي؟`),
    nat(`يا زول من قلبتو الـ RST على On، التلفونات بتاعة الفرع في بورتسودان (ورا راوتر TP-Link، SIP TCP) كلها بقت unregistered. الناس اللي عندهم IP عام ما اتأثروا`),
    nat(`من بعد ما فعلنا خاصية الـ RST في الفوس، العملاء اللي ورا NAT ويستخدمون TCP ما عاد يثبت تسجيلهم، يسجل دقيقة ويطيح. اللي على UDP شغالين`),
    nat(`You told us to enable RST for the TIME_WAIT issue. Fine. Now 300 NATed softphones over TCP are unregistered. Public IP trunks fine. This is on you, fix it NOW`),
    nat(`الريستارت ما نفعش، من وقت ما عملنا SS_TCP_CLOSE_RESET=On والتلفونات اللي ورا الراوتر في المكتب التاني (TCP) بتقع من التسجيل كل 5 دقايق تقريبا. Wireshark بيبين RST من السيرفر وبعدها الراوتر بيرمي الـ REGISTER اللي بعدها`),
    nat(`mnin chghlna RST, ga3 les phones li wra MikroTik f TCP wlaw unregistered. li f UDP ma fihom walou`),
    nat(`مرحبا، بدي خبرك شو صار معنا بالتفصيل. الأسبوع الماضي كان عنا مشكلة بالبورتات وقت الضغط فالفني فعّل RST mode. من وقتها، المكتب بطرابلس (تقريبا 40 تلفون Fanvil ورا MikroTik، كلن TCP) كل شوي بيطلعو unregistered، ولما نعمل reboot للتلفون بيرجع يسجل شي عشر دقايق وبيطيح. التلفونات يلي بالمكتب الرئيسي عندها public IP وما فيها ولا مشكلة. وجربنا تلفون واحد بالفرع على UDP وضل registered. شو بتنصح؟`),
    nat(`mn 3taina RST mode On el phones elly fi el far3 (wara NAT) kilhom unregistered. TCP. el public IP ones zain`),
    nat(`Forwarded from our engineer:
"changed in softswitch.conf:
- SS_TCP_CLOSE_RESET=Off
+ SS_TCP_CLOSE_RESET=On
service mbx3000d reparse"
from that moment the NAT customers on TCP are showing offline in the phone list. public IP customers normal`),
    nat(`ana reseller, 3omala2i elly bysta5demo Linphone 3ala TCP mn el beit kolohom ba2o unregistered mn embare7. 3rft en el server et3amalo RST On embare7. el 3omala2 elly 3andohom static IP mafish moshkla`),
    nat(`عندنا فرع ورا Cisco router بيعمل NAT، التلفونات TCP. من ساعة ما فعلنا الـ RST الصبح بيظهروا unregistered في الـ VOS ويرجعوا بعد دقيقتين ويقعوا تاني. باقي الفروع public تمام`),
    nat(`شغلنا RST حتى نخلص من TIME_WAIT، وفعلا خلص، بس هسه كل المشتركين اللي على السوفت فون من البيت (TCP) مسجلين unregistered بالقائمة. الشركات اللي عدها IP ثابت ما تأثرت`),
    nat(`after RST mode ON, the phones at the call center (behind NAT, about 60 seats, TCP) show unregistered in VOS and agents can't receive calls. UDP test phone same place works. help`),
    nat(`مرحبا، التلفونات الي في المستودع ورا MikroTik صارت Unregistered من يوم الثلاثاء. يوم الثلاثاء بالضبط هو اليوم الي فعلنا فيه SS_TCP_CLOSE_RESET. التلفونات TCP`),
    nat(`3aslema, men wa9t li 7allina RST mode, les postes IP fel agence mte3na (derrière routeur NAT, SIP/TCP) walla kol marra ytay7ou mel enregistrement. les clients li 3andhom IP fixe mrigel`),
    nat(`بعد تفعيل RST:
REGISTER from 10.0.0.23 via 102.x.x.x:41022 TCP -> 200 OK
... 4 min ...
REGISTER from 10.0.0.23 via 102.x.x.x:41022 TCP -> no response, timeout
والتلفون يقلب unregistered. كل التلفونات اللي ورا نفس الراوتر نفس الحكاية. public IP ما فيها شي`),
    nat(`el phones elly wara el NAT ba2et unregistered men sa3et ma sha3'alna RST. TCP. 7elooha bsor3a`),
    nat(`رسالة من الفني بتاعنا:
"كل التلفونات في مكتب الخرطوم بحري ورا الراوتر، مسجلة TCP، بقت بتسقط من التسجيل من ليلة امبارح لما فعلنا RST"
ونحن ما غيرنا باسوردات ولا حاجة. التلفونات بـ public IP في المكتب الرئيسي كويسة`),
    nat(`مسا الخير، من وقت ما صار الـ RST On على السيرفر صارت الأجهزة عند زباينا بالبيوت تطلع unregistered وترجع. كلها على TCP ورا راوترات منزلية. الزباين اللي عندهم IP ثابت ما عندهم شي. الموضوع مستمر لهلأ`),
    nat(`Salam, hna f Oran, mnin activina SS_TCP_CLOSE_RESET, les Gigaset li wra la box (NAT, TCP) ywelliw unregistered kol 3 dqai9. li 3ndhom IP publique normal`),
    nat(`ya akhi mn ba3d ma fa33alna RST, el telefonat 7ag el far3 7agna fi Ta3iz (wara NAT, TCP) kulha unregistered. el telefonat elli 3alayha IP 3am tamam`),
  ],
  firewallRst: [
    fw(`من ساعة ما فعلنا RST mode، المكالمات اللي بتعدي من الفورتي جيت بتعلق وبعدين تقع. الـ log بتاع الفورتي مليان "no session matched" على TCP flags RST`),
    fw(`since RST mode was turned on, calls to our carrier through pfSense hang at setup. pfSense firewall log shows blocked TCP:R packets from the VOS to the carrier on 5060`),
    fw(`dmesg:
[INVALID] IN= OUT=eth1 SRC=10.0.0.5 DST=91.x.x.10 PROTO=TCP SPT=5060 DPT=48812 RST
ده من ساعة ما شغلنا SS_TCP_CLOSE_RESET، والـ iptables بيرميه، والكاريير بيقول عنده connections كتير ESTABLISHED مش بتقفل والكولات بتفشل`),
    fw(`ASA log after we enabled RST mode:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.20/5060 to 62.x.x.5/39012 flags RST on interface inside
وصارت الكولات اللي على الكاريير هذا تفشل. قبل التغيير كانت تمام`),
    fw(`السلام عليكم، يوم فعلنا الـ RST صارت المكالمات اللي تمر من الـ SonicWall تعلق، ساعات ما تطلع صوت وساعات تفشل. الـ SonicWall log يقول "TCP packet received on non-existent/closed connection; TCP packet dropped"`),
    fw(`Our VOS is on AWS behind a security group + NACL. After switching RST mode On, calls to the TCP carrier started failing randomly, carrier sees half-open connections piling up on their side. The RSTs from us never reach them`),
    fw(`ba3d ma 3amalna RST On, el calls elly bet3ady men el FortiGate ba2et tshenkel w te2a3. el fortigate byrmy el RST, shoft fel log "deny" 3ala flags R. el carrier bey2ol 3ando sessions ESTABLISHED ktir`),
    fw(`salam, mnin dirna SS_TCP_CLOSE_RESET=On, les appels li kaydouzo 3la pfSense kayb9aw m3al9in w kay9t3o. f log dyal pfSense kayn bzaf dyal "TCP:R" blocked. 9bel kan kolchi mzyan`),
    fw(`اغاتي من شغلنا RST صارت الكولات تعلك بالـ FortiGate. بالـ log مكتوب RST dropped، والطرف الثاني يبقى عنده الكونكشن مفتوح`),
    fw(`يا جماعة من يوم فعلتو الـ RST المكالمات الماشة للكاريير عبر الفايرول (pfSense) بقت بتفشل أو بتعلق من غير رنة. لقينا في لوق الفايرول packets RST مرفوضة state invalid`),
    fw(`من بعد ما شغّلنا RST mode، الكولات يلي عم تمرق عالـ FortiGate عم تعلق ع "trying" وبعدين بتسقط. بالـ forward traffic log في كتير RST مرفوضين، والكاريير عندو sessions ESTABLISHED ما بتتسكر`),
    fw(`السلام عليكم، من فعّلنا خاصية RST في السوفت سويتش والمكالمات عبر جدار الحماية (FortiGate) تفشل. سجل الفورتي فيه RST dropped، والكاريير يقول عنده اتصالات نص مفتوحة`),
    fw(`tcpdump on the VOS side:
21:10:04 IP 10.0.0.5.5060 > 91.x.x.10.45122: Flags [R.], seq 1, ack 1
tcpdump on the outside interface of the firewall: nothing. RST never leaves. this started after RST mode On, now calls to that carrier fail`),
    fw(`conntrack -L | grep 5060 | grep ESTABLISHED | wc -l
4812
ده على الفايرول (iptables) اللي في النص، الـ connections كلها ESTABLISHED ومش بتتمسح من ساعة ما فعلنا RST، والكولات الجديدة على الكاريير بتفشل`),
    fw(`after enabling RST mode yesterday, calls through our SonicWall are failing. firewall drops the RST as out-of-state. carrier has hundreds of hanging TCP sessions from us`),
    fw(`Forwarded from NOC:
"Since 18:00 (RST change), FortiGate logs: action=deny reason='no session matched' proto=6 tcpflags=RST. Calls to Carrier B failing 40%, Carrier B reports stale ESTABLISHED sessions"
what do we do?`),
    fw(`انتو قلتولنا نشغل RST عشان التايم ويت، اشتغل، بس دلوقتي الكولات اللي معدية على الفورتي جيت بتقع والفايرول بيرمي الـ RST packets. مين هيعوضني؟`),
    fw(`Bonjour, depuis l'activation de SS_TCP_CLOSE_RESET, les appels qui passent par notre ASA échouent ou restent bloqués. Les logs ASA: "Deny TCP (no connection) ... flags RST". L'opérateur voit des connexions half-open de notre côté.`),
    fw(`[بصمة صوتية] هلو استاذ، شوف من امس من فعلنا الـ RST بالسيرفر، الكولات اللي تطلع عن طريق الفايرول الـ pfSense صارت تعلك، ما تطلع رنة، وبعدين تسقط. الفني مالتنا يكول الفايرول ديرمي الـ RST لأن ما عنده session. شنو الحل؟`),
    fw(`VOS على Azure ورا NSG وفايرول Azure. بعد تفعيل RST، الكولات على الكاريير الي على TCP صارت تفشل، والكاريير يقول الـ sockets عندهم تبقى ESTABLISHED. في log الفايرول RST dropped`),
    fw(`mn ba3ed ma fa33alna RST, el calls li 3am tmor2a 3al pfSense 3am t3ala2 w tsa2et. bel firewall log fi ktir RST blocked. el carrier 3ando connections half-open`),
    fw(`iptables -L -v -n | grep INVALID
 9821  491K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
العداد ده بيزيد بسرعة من ساعة ما فعلنا RST على الفوس، والمكالمات بتفشل على الكاريير اللي ورا الفايرول. قبل كده العداد كان شبه صفر`),
    fw(`بعد ما فعلنا RST الكولات عبر الفورتي تعلق، وسجل الفايرول كله RST dropped. ساعدونا`),
    fw(`Dear team, we enabled RST mode on Sunday. Since then calls through the SonicWall to our termination partner hang then drop. SonicWall drops the RST (no connection). the partner has many ESTABLISHED sessions from us that never close`),
    fw(`3aslema, mnin 7allina RST mode, les appels li t3addi 3al FortiGate walla yo93dou m3al9in w ba3d yo9t3ou. fel log "no session matched" 3al RST`),
    fw(`مساء الخير، عايز اشرحلك اللي بيحصل بالظبط: الاسبوع اللي فات كان عندنا مشكلة TIME_WAIT ففعلنا SS_TCP_CLOSE_RESET. من ساعتها، الكاريير الرئيسي بتاعنا اللي بنوصله من خلال FortiGate 100F بقى 30% من الكولات بتفشل، وبعضها بيفضل معلق من غير رنة. عملت diagnose sniffer على الفورتي لقيت الـ RST داخل من ناحية الـ VOS ومش طالع من الناحية التانية، والـ log بيقول deny no session matched. والكاريير بعتلنا ان عنده مئات الـ connections بتاعتنا ESTABLISHED. ايه الحل؟`),
    fw(`من يوم ما صار RST شغال عالسيرفر، المكالمات يلي بتطلع من الـ ASA عم تفشل. بالـ syslog: Deny TCP (no connection) flags RST. وكتير sessions عالـ carrier ضلت مفتوحة`),
    fw(`Firewall (Check Point) shows "TCP packet out of state: First packet isn't SYN" with RST flag since we turned RST mode On on VOS. Calls through it fail intermittently. Before the change zero such drops.`),
    fw(`mn fa33alna RST el calls elli tmurr 3abr el firewall (pfSense) t3alliq w tsqut. el log fih RST dropped. 9abl ma kan fi moshkila`),
    fw(`salam, 3ndna VOS f cloud (security group + iptables). mnin dert RST On, les appels m3a carrier f TCP kayfchlo, w f dmesg kayn "INVALID ... RST". carrier kaygol bli 3ndo connexions ESTABLISHED ma kaytsdoch`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning222Set: readonly EvalItem[] = Object.values(tuning222Families).flat();
