import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, resellers and NOC technicians in Uzbekistan, Kazakhstan, Kyrgyzstan and Turkmenistan
 * writing Uzbek, Kazakh and Kyrgyz in Latin letters as typed on phones, with Russian words mixed in
 * ("srochno", "koroche", "pomogite") and English technical terms, informal WhatsApp style, some with
 * pasted log lines or command output ("aka", "salom", "ishlamayapti", "nima qilish kerak", "kecha",
 * "bugun", "jok", "boldi", "kerek", "rahmat", "baike", "salem", "emne kylysh kerek").
 *
 * The eighty-seventh tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the eighty-seventh never-tuned set, before the forty-second round of rules, by someone who
 * had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the
 * other sets in view; measured as such before and after the forty-second round, then made tuning
 * material for the forty-third: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 76.7 %, negatives confident 5.2 %, confident wrong 1.1 % with the
 * rules of the forty-first round, and the same after the forty-second.
 */
export const tuning87Families = {
  oneListeningPort: [
    no(`aka salom, nginx ishga tushmayapti: bind() to 0.0.0.0:80 failed (98: Address already in use).
apache ham turgan ekan shekilli, qaysi birini o'chiray?`),
    no(`Salem aga, VOS web panel ashylmai tur. catalina.out da:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
keshe jenkins ornattyq, sol 8080 di alyp qoidy ma? ne isteu kerek`),
    no(`baike salam, mysql startta kulap jatat: "Can't start server: Bind on TCP/IP port: Address already in use"
"Do you already have another mysqld server running on port: 3306 ?"
ekinchi mysqld process kalyp kalgan okshoit, kill kylsam bolobu?`),
    no(`docker compose up qilsam: Error starting userland proxy: listen tcp4 0.0.0.0:5060: bind: address already in use.
hostda VOS turibdi 5060 da, test kamailio konteynerni boshqa portga qo'ysam bo'ladimi?`),
    no(`kecha asterisk qo'ydik VOS bilan bitta serverga, endi asterisk "Unable to bind to 0.0.0.0:5060: Address already in use" deyapti. bitta IP da ikkala SIP server 5060 da tura oladimi o'zi?`),
    no(`Salem, noutbukta node server: Error: listen EADDRINUSE: address already in use :::3000
billing dashboard test qylyp jatyrmyn, grafana 3000-da tur eken. jai portty auystyrsam boldy ma?`),
    no(`salam, redis turbai jatat: Could not create server TCP listening socket *:6379: bind: Address already in use. systemctl status redis - eski instance ishtep turat, eki jolu start kylgan ekenbiz`),
    no(`aka ssh portni 2222 ga o'zgartirdim, sshd restart: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use.
netstat -tlnp | grep 2222
tcp  0  0 0.0.0.0:2222  0.0.0.0:*  LISTEN  1893/java
qaysi java ekan bu`),
    no(`(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:443
no listening sockets available, shutting down
saitty ssl ge otkizip jatyrmyz, nginx 443 ti ustap tur. qaisysy qalu kerek?`),
    no(`salam, ofistegi windows serverde SQL Server Express start bolboi jatat, event log: "TCP port is already in use" 1433. ekinchi SQL instance dagy 1433 ko koiulgan eken go. kaisynyn portun ozgortom?`),
    no(`Web server failed to start. Port 8080 was already in use.
Action: Identify and stop the process that's listening on port 8080 or configure this application to listen on another port.
aka bu bizning yangi billing API, VOS web ham 8080 da ekan. VOS ga tegmasdan API ni 8090 ga o'tkazsam bo'ladimi`),
    no(`OSError: [Errno 98] Address already in use - python monitoring skript 5000 portda, oldingi nusxasi o'lmagan ekan. ps da ikkita python ko'rinyapti. shuni kill qilsam boldimi`),
    no(`Salem aga, test ushin freeswitch qostyq VOS serverine. sofia log:
[ERR] sofia.c Error Creating SIP UA for profile: internal (sip:mod_sofia@10.5.0.2:5060)
The likely causes for this are: ... Another application is already listening on the specified address.
VOS 5060 ty ustap tur goi. freeswitch ti 5080 ge auystyramyz ba?`),
    no(`bind9 qo'ydim test serverga, ishga tushmayapti:
named[2211]: binding TCP socket: address in use
named[2211]: could not listen on UDP socket: address in use
dnsmasq 53 ni ushlab turgan ekan. qaysini qoldiramiz aka?`),
    no(`VOS web portal restart jasadyq, endi ashylmaidy. netstat -tlnp | grep :80 -> httpd 80 portta otyr. tomcat pen httpd ekeui bir portqa talasyp jatyr ma? keshe httpd ornatqan adam bar`),
    no(`Zabbix agent logdo: "cannot open socket for listening: ... [98] Address already in use" port 10050. serverde zabbix_agentd eki jolu ishtep jatat, biri systemd, biri init.d den. kaisyny ochurom?`),
    no(`postgres 5432 band deyapti:
LOG: could not bind IPv4 address "0.0.0.0": Address already in use
HINT: Is another postmaster already running on port 5432?
upgrade qilgandan keyin eski 9.6 ham turibdi. ikkinchisini 5433 ga qo'yaymi`),
    no(`baike, openvpn serverdi TCP mode ko otkozdum: "TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use". oshol portto eski openvpn process kalgan. kill -9 kylsam bolobu, serverde VOS bar`),
    no(`aka 5060 ni kim band qilgan? VOS restart qilsam softswitch "bind 5060 failed" deb log yozdi, lsof -i :5060 qilsam sipp turibdi, kecha test qilganimdan qolgan ekan 😅 o'ldirdim, boldi rahmat`),
    no(`node_exporter: listen tcp :9100: bind: address already in use. bir serverde eki node_exporter ornatylyp qalypty, biri docker ishinde. qaisysyn qaldyramyz?`),
    no(`srochno: vos3000 web login sahifasi ochilmayapti. tomcat log: java.net.BindException: Address already in use: JVM_Bind. lekin qo'ng'iroqlar normal o'tyapti, faqat web. tomcat ikki marta start bo'lgan shekilli, ps -ef | grep java 2 ta chiqyapti`),
    no(`squid 3128 ishtebei jatat: "commBind: Cannot bind socket FD 12 to [::]:3128: (98) Address already in use". ofistegi proxy, VOS ka tiyishtuu emes, jon gana suroo`),
    no(`Salem, VOS CDR ushin frontend jasap jatyrmyn, npm run dev: "Error: Port 5173 is already in use". strictPort qoiyp qoigan ekenmin, basqa terminalda eski dev server ashyq qalypty. boldy tauyp aldym`),
    no(`ntpd ishga tushmayapti:
bind(21) AF_INET 10.10.1.2#123 flags 0x11 failed: Address already in use
unable to create socket on eth0 (5) for 10.10.1.2#123
chronyd ham yoniq ekan. VOS serverda qaysi biri qolsin?`),
    no(`Dashoguzdagi filialdan yozyapman. ikkinchi VOS ni (test) bitta serverda ochmoqchi edik, mbx3000 start qilganda 5060 "Address already in use" chiqdi, birinchisi shu portda. ikkinchisiga boshqa port berish mumkinmi?`),
    no(`haproxy reload jasasam: "Starting frontend sip-lb: cannot bind socket [0.0.0.0:5061]". keshe stunnel sol 5061 ge qoiylgan eken. ekeuin qalai bolemiz?`),
    no(`webmin chykpai jatat: "Failed to bind to port 10000 : Address already in use". VOS media 10000-20000 RTP diapazonunan 10000 di alyp algan okshoit. webmin ge bashka port bersek bolobu?`),
  ],
  otherRegistrationCause: [
    no(`aka salom, kecha hamma accountlarda parolni almashtirdik, bugun 20 ta telefon unregistered. logda 401 Unauthorized qayta-qayta. telefonlarga yangi parol yozilmagan shekilli, nima qilish kerak`),
    no(`Salem, keshe serverdin IP syn auystyrdyq (jana data center), telefondar tirkelmei tur. provisioningte eski IP qalypty. bari UDP. qalai tez auystyramyz?`),
    no(`baike, Osh filialda svet ochup kaldy 3 saatka, svet kelgenden kiyin 12 telefon registratsiya bolboi jatat. router IP berbei jatat, DHCP ishtebei jatat okshoit`),
    no(`VOS da mijozning accounti expired bo'lib qolgan ekan, telefonlar 403 Forbidden olyapti. muddatni qayerdan uzaytiraman? web panelda topolmadim`),
    no(`Kazakhtelecom da avariia bolypty, Shymkent ofistin interneti jok bugin tanerten. telefondar unregistered, biraq bul provaiderden goi? bizde bari UDP, server jaq normal ma?`),
    no(`salom, DNS nomini o'zgartirdik sip.eskinom.uz dan voip.yanginom.uz ga, eski record o'chirib yuborilgan. mijozlar telefonida eski nom turgan, hammasi registratsiyadan chiqib ketdi. eski A recordni vaqtincha qaytarsak bo'ladimi`),
    no(`salam, Bishkektegi ofiste switch almashtyrdyk, voice VLAN 20 koiulbai kalgan eken, telefondor IP albai unregistered. VLAN dy koshtuk, azyr 3 telefon gana kaitty, kalgandaryna reboot kerekpi?`),
    no(`VOS litsenziya tugab qolibdi shekilli, web panelda "License expired" deb turibdi, yangi registratsiyalar o'tmayapti. litsenziyani qanday yangilaymiz, kimga yozay?`),
    no(`Mikrotik ti auystyrdyq jana hEX ke, konfigti kochire almadyq. kazir ofistegi 8 telefon tirkelmei tur. bizde SIP UDP 5060, TCP mulde jok. masquerade erejesi koiylmagan siaqty, sol jetpei tur ma?`),
    no(`baike, kurulushta kabel kesilip kalypty, 2-kabattagy telefondor baary ochuk, unregistered. jamap jatyshat, jon gana bilip koigula`),
    no(`aka auto provisioning faylida server porti xato yozilgan ekan (5060 o'rniga 5600), yangi 40 ta Yealink hammasi Registration Failed. config faylni to'g'riladim, endi qayta provision qilish kerakmi?`),
    no(`Salemetsiz be, abonent aitady telefony "No Service" korsetedi. tekserdim - telefonnyn ozinde internet jok, wifi parolin balasy auystyryp qoiypty 😂 boldy rahmet`),
    no(`srochno, Megacom kanal upal, Jalal-Abaddagy kliyentter baary unregistered bir saattan beri. server jakta problema jokpu? bashka filialdar normalno registratsiyada`),
    no(`Ashgabatdagi reseller yozdi: ularning 15 ta akkaunti bloklangan, balans minus bo'lib ketgan ekan. VOS da account "Locked" statusda. to'lov qilgandan keyin o'zi ochiladimi yoki qo'lda?`),
    no(`telefondardy bireu factory reset jasap jiberipti, SIP account bari oshirildi. unregistered bolyp tur. ar birine qaita jazu kerek pe?`),
    no(`salam, routerdin WAN IP si ozgordu (ISP dinamik beret eken), VOS to trunk IP boiuncha auth kylat, ushul sebeptuu trunk registratsiya bolboi jatat. static IP alysh kerekpi?`),
    no(`salom, serverni yangi IP ga ko'chirdik, lekin 10 ta mijoz telefonida IP qattiq yozilgan. ular hozir unregistered. UDP da ishlaydi, NAT ortida. hammasi har xil shaharda, qanday tez yangilaymiz`),
    no(`VOS ta registration limit 500 eken, 501-shi telefon tirkelmeidi, logta "exceed max registration". litsenziiany koteru kerek pe?`),
    no(`baike, kliyent oz SIP akkauntun web panelden ochurup salgan eken (test dep oilop). telefondor 404 Not Found berip unregistered. kaira tuzdum, baary registratsiya boldu, rakhmat`),
    no(`aka Samarqandda Beeline da uzilish bor ekan, ofis telefonlari 09:40 dan beri unregistered. boshqa viloyatlar normal. kutamizmi yoki rezerv kanal ulaymizmi?`),
    no(`jana Grandstream larda SIP server ornyna "192.168.1.1" jazylyp qalypty, template qate. sondyqtan bari "Not Registered". template ti durystadym, qaita jukteu kerek pe?`),
    no(`salam eje, kliyent internetke tolobogon eken, provaider ochurup koigon. telefon unregistered, bizdin serverde problema jok. kliyentke aitsak bolobu?`),
    no(`parol brute-force bo'lgan 3 ta akkauntni blokladik, ular endi registratsiya qilolmayapti, bu normal. lekin mijoz shikoyat qilyapti. yangi parolni qanday xavfsiz yuboramiz?`),
    no(`ofiste PoE switch kuip ketti, 16 telefon oshuli, unregistered. jana switch kelgenshe ne isteimiz? server jaqta eshteme ozgertpeimiz be`),
    no(`Yealink logdon:
REG: SIP/2.0 403 Forbidden
Reason: account expired
kliyenttin akkaunt moonoto bugun butkon eken. uzartsam oz aldyncha registratsiya bolobu je reboot kerekpi?`),
    no(`kecha domen to'lovi o'tmay qolibdi, voip.kompaniya.kz DNS ishlamayapti, telefonlar server nomini topolmay unregistered. domenni to'ladik, DNS tarqalishini kutyapmiz. yana nima qilish kerak?`),
    no(`Salem aga, Mikrotik ta VLAN dy qaita jasadyq, voice VLAN ga DHCP server qospai qalyppyz. telefondar 169.254 IP alyp tur, unregistered. bizde UDP. DHCP qostyq, bari keldi, rahmet`),
  ],
  smallFigures: [
    no(`aka TIME_WAIT o'zi nima? serverda netstat qilsam 180 ta TIME_WAIT ko'rinyapti, bu xavflimi?`),
    no(`Salem, ss -s:
Total: 412 (kernel 0)
TCP:   96 (estab 41, closed 38, orphaned 0, synrecv 0, timewait 37/0), ports 0
Transport Total     IP        IPv6
RAW       0         0         0
UDP       24        20        4
TCP       58        55        3
bari normal ba? jai tekserip jatyrmyn`),
    no(`baike SS_TCP_CLOSE_RESET degen emne? softswitch.conf ta Off turat. emne kylat ushul parametr, bizge ozgortush kerekpi? CPS 5-10 gana`),
    no(`net.ipv4.tcp_tw_reuse = 1 qilish xavfsizmi? internetda har xil yozishgan. bizda hozir muammo yo'q, shunchaki bilmoqchiman`),
    no(`ip_local_port_range default qansha CentOS 7 de? bizde 32768 60999 tur. osy jetedi me 20 CPS ke?`),
    no(`kechki health check: CPU 12%, RAM 3.1G/16G, ESTABLISHED 62, TIME_WAIT 214, CPS peak 18. hammasi joyidami?`),
    no(`netstat -ant | grep TIME_WAIT | wc -l
143
ushul normalnby? 40 kanal gana`),
    no(`aka tipa recommendation kerak: yangi VOS server, 100 ga yaqin abonent, asosan SIP UDP, 5 ta TCP trunk. boshidan sysctl da nimalarni sozlash kerak?`),
    no(`tcp_fin_timeout 60 tur. 30 ga tusirsek ne ozgeredi? problema jok, tek optimizatsiia`),
    no(`salam, RST menen FIN din aiyrmasy emnede? okuu uchun surap jatam, jany NOC ka keldim`),
    no(`ss -tan state time-wait | wc -l
88
ss -tan state established | wc -l
47
bu kechasi soat 3 da. kunduzi taxminan 2 barobar. tekshiruv uchun yozdim`),
    no(`VOS ta SIP ushin TCP jaksy ma alde UDP ma? bizde 30 telefon, bari ofiste. usynys beriniz`),
    no(`netstat -s | grep -i reset
    124 connection resets received
    38 resets sent
bul kop by? bir juma boiuncha statistika`),
    no(`TIME_WAIT 60 sekund turadimi yoki 120? CentOS 6 da qancha? bilish uchun so'rayapman`),
    no(`monitoring grafik: timewait kuni boiy 150-300 arasynda. alert qoiu kerek pe? qandai shekten bastap alarm qosamyz?`),
    no(`baike, sysctl -a | grep tw
net.ipv4.tcp_max_tw_buckets = 180000
net.ipv4.tcp_tw_recycle = 0
net.ipv4.tcp_tw_reuse = 0
tw_recycle di 1 kylsak jakshy bolobu? NAT ka jaman deshti ugup kaldym`),
    no(`aka conntrack count 2100, max 65536. normal shekilli? shunchaki ko'rib qo'ydim`),
    no(`jana stajerge tusindirip jatyrmyn: ephemeral port degen ne, qalai tausylady? jai misal kerek, bizde problema jok`),
    no(`koroche, CentOS 5 serverde ss netu, netstat bar. TIME_WAIT sanaganda kaisy komanda? 4-5 CPS server, jon gana karap turam`),
    no(`SS_TCP_CLOSE_RESET ni On qilsak UDP telefonlarga ta'sir qiladimi? bizda hammasi UDP, yoqmoqchi emasmiz, shunchaki qiziq`),
    no(`ss -s shygardym:
TCP:   230 (estab 118, closed 97, orphaned 2, synrecv 0, timewait 95/0), ports 0
keshki pik kezinde. rezerv kop pa? 45 CPS`),
    no(`salam, port range di 1024-65535 kylsak, bashka servisterge tiibeibi? azyr 32768-61000, problema jok, kelechek uchun surap jatam`),
    no(`VOS da CPS ni qaysi buyruq bilan ko'rsa bo'ladi? hozir 25-30 atrofida deb o'ylayman, aniq bilmoqchiman`),
    no(`VOS3000 manual 4.3.5.2 oqyp otyrmyn, "RST avoids TIME_WAIT" dep jazylgan. bizde timewait 60-70 aq. bizge kerek emes qoi, durys tusindim be?`),
    no(`/proc/net/sockstat:
sockets: used 389
TCP: inuse 54 orphan 0 tw 121 alloc 60 mem 9
UDP: inuse 18 mem 4
normalnby baike?`),
    no(`bugungi hisobot: orphaned socketlar 0, tw 40, estab 35. har kuni ertalab skript shuni guruhga yuboradi. hech narsa qilish shart emas deb o'ylayman`),
    no(`tcp_max_tw_buckets qansha bolu kerek? bizde 5000, timewait max 700 boldy. jetedi me?`),
  ],
  firewallNoRst: [
    no(`aka yangi trunk uchun firewallda 5060 TCP/UDP ochib bering iltimos, IP 185.74.12.40. ular bugun ulanmoqchi`),
    no(`Salem, fail2ban bizdin klienttin IP syn bloktap tastady, 4 ret qate parol engizgen. iptables -L f2b-sip ta tur. qalai unban jasaimyn?`),
    no(`baike MikroTik ta SIP ALG di kantip ochurobuz? /ip firewall service-port set sip disabled=yes dep jazsa boldubu? telefondordo un bir tarapka gana ugulat`),
    no(`MikroTik da port forward qilish kerak: tashqi 5070 -> ichki 192.168.88.10:5060. dst-nat qoidasini qanday yozaman?`),
    no(`Qytai men Nigeriiadan SIP scan kop keledi. geo-block qoiu kerek, iptables + ipset pen. misal bar ma?`),
    no(`FortiGate ta VOS uchun policy kerek: RTP 10000-20000 UDP, SIP 5060. VIP tuzduk, policy dy kaisy zonaga koiobuz?`),
    no(`iptables da rate limit qanday qo'yiladi hashlimit bilan? bir IP dan sekundiga 20 dan ko'p REGISTER bo'lmasin, 5060 udp`),
    no(`pfSense te alias jasap, reseller IP lerdi sonda qosqym keledi. jana reseller qosylsa tek aliasqa qosamyz. durys pa?`),
    no(`CSF ornottuk CentOS 7 ge, TCP_IN ge 5060,5061 koshtuk, UDP_IN ge 10000:20000. csf -r kyldyk. ushul jetishtuubu?`),
    no(`skanerlarga qarshi qaysi biri yaxshi: REJECT --reject-with tcp-reset yoki DROP? 5060 ga begona IPlar kelaveradi`),
    no(`Cisco ASA da reseller IP lerine object-group jasadym, access-list ti qaida baylanystyramyn? inspect sip ti oshiru kerek pe?`),
    no(`salam, firewalld ta 5060 ty kantip achabyz? firewall-cmd --permanent --add-port=5060/udp kyldym, reload kerekpi?`),
    no(`fail2ban jail.local da bantime ni 1 soat qilmoqchiman, hozir 10 daqiqa. qaysi bo'limga yoziladi?`),
    no(`ofis Mikrotik ta masquerade bar, SIP ALG ti oshirip tastau kerek pe? UDP paidalanyp otyrmyz. provaider oshiriniz deidi`),
    no(`baike, whitelist ke bir IP koshup koiuchu: 92.62.71.18 Talas filialdyn jany IP si. kechee provaider almashtyryshty`),
    no(`iptables qoidalari reboot dan keyin o'chib ketyapti. CentOS 6 da service iptables save qilsam /etc/sysconfig/iptables ga yozadimi?`),
    no(`FortiGate ta SIP helper men ALG ekeuin de oshiru kerek pe? config system settings, set sip-helper disable... retin aityp beriniz`),
    no(`VOS web 8080 tyshtan achyk turat, firewall menen jaap koiuu kerek, ofis IP ge gana. kantip?`),
    no(`brute force ko'payib ketdi, User-Agent friendly-scanner bilan. iptables string match bilan bloklasa bo'ladimi?`),
    no(`pfSense te 5060 ka port forward jasadym, biraq syrttan kelgen REGISTER serverge jetpei tur. tcpdump ta eshteme jok. rule ti ret boiynsha tekseru kerek pe?`),
    no(`iptables -L -n -v chygaryp koidum:
Chain INPUT (policy DROP 1203 packets, 72180 bytes)
 pkts bytes target  prot opt in  out  source        destination
 8812  4.1M ACCEPT  udp  --  *   *    0.0.0.0/0     0.0.0.0/0    udp dpt:5060
  211 12660 ACCEPT  tcp  --  *   *    10.0.0.0/8    0.0.0.0/0    tcp dpt:22
policy DROP tuura koiulganby? SSH tyshtan kerek emes`),
    no(`MikroTik da 5060 ga connection-limit qo'ymoqchiman, bir IP dan 30 tadan ko'p bo'lmasin. to'g'ri yozdimmi:
/ip firewall filter add chain=forward protocol=tcp dst-port=5060 connection-limit=30,32 action=drop`),
    no(`Salem, Turkmenistannan reseller qosylady, olardyn IP diapazony 217.174.x.x. barlygyn whitelist qa qosamyz ba alde birneshe IP ti ghana?`),
    no(`fail2ban ozubuzdun monitoring serverdi bloktop saldy 😅 ignoreip ke koshtum. azyr normal`),
    no(`RTP portlar 10000-20000 ni firewallda ochmagan ekanmiz, ovoz bir tomonlama edi. ochdik, hozir yaxshi. rahmat aka`),
    no(`Cisco ASA 9.x: no fixup protocol sip pa alde no inspect sip pe? jana versiiada qaisysy?`),
    no(`test serverde ufw bar. ufw allow 5060/tcp kyldym, birok status ta korunbodu. ufw enable kylysh kerekpi? SSH uzulup kalbaibi?`),
  ],
  negationContext: [
    no(`aka bizda hamma telefonlar UDP da, TCP umuman yo'q. bugun 10 tasi unregistered bo'ldi. SS_TCP_CLOSE_RESET ga umuman tegmadik. boshqa narsa bo'lsa kerak, qayerdan boshlay?`),
    no(`RST rejimi Off tur, eshkim ozgertken joq, softswitch.conf ta SS_TCP_CLOSE_RESET="Off" ekenin tekserdim. biraq FortiGate artyndagy qonyraular uzilip jatyr. basqa sebep izdeimiz be?`),
    no(`otkon aida address already in use problema bolgon, siler sysctl ty tuzottunor, ushundan beri baary normal. jon gana rakhmat aitkym keldi`),
    no(`trening uchun savol: agar SS_TCP_CLOSE_RESET On qilsak, MikroTik ortidagi telefonlar nega registratsiyadan chiqib ketishi mumkin? imtihonga tayyorlanyapman`),
    no(`osy incident report ty tekserip beriniz: "2023 nauryz, peak kezinde TIME_WAIT 40 000, cannot assign requested address, RST qosyp sheshildi". jyldyq otchetqa kirgizemiz`),
    no(`konkurenttin serverinde FortiGate RST ty drop kylyp chaluular uzulot dep ugup kaldyk. bizde FortiGate jok, pfSense gana, RST dagy Off. bizge korkunuch jokpu?`),
    no(`parolni almashtirgandan keyin telefonlar unregistered bo'ldi, NAT ortida, MikroTik. lekin RST ni hech qachon yoqmaganmiz, softswitch.conf da Off. parolni qayta yozdik, boldi`),
    no(`bul bizdin server emes, dosymnyn kompaniiasynda, olarda TIME_WAIT kop deidi. bizge qatysy jok, jai aqyl surap jatyr, ne aitaiyn?`),
    no(`port problema emes baike, tekserdik: TIME_WAIT 90, port range 1024-65535. chaluular otpoi jatat, sebebi trunk provaiderde balans butup kalgan`),
    no(`gipotetik savol: 1000 CPS ga chiqsak port yetmay qolishi mumkinmi? hozir 40 CPS, hech qanday xato yo'q`),
    no(`keshe RST qosamyz dep edik, biraq qospadyq, sebebi NAT klientter kop. sondyqtan tek kernel tuning jasadyq. qazir bari jaksy, tek rastau kerek`),
    no(`"address already in use" bizde jok, anyktap jazaiyn: kata bashka - trunk taraptan "Connection refused". alar 5060 ty jabyp koigon`),
    no(`o'tgan oydagi RST muammosi hal bo'lgan, Off ga qaytargandik, telefonlar registratsiyada. bugun boshqa savol: CDR export qanday qilinadi?`),
    no(`videoda "RST firewall di shatastyrady" dep aitypsyz. bizde firewall joq, server tikelei internetke qarap tur, bari UDP. bizge keregi joq qoi?`),
    no(`kechee telefondor unregistered bolgon, birok RST ke baylanyshy jok - Mikrotik firmware update bolup reboot bolgon eken. azyr baary kaitty`),
    no(`hamkorimiz (Olmaliqdagi boshqa operator) ularning FortiGate RST ni droplayapti deb yozishdi, lekin bu ularning serveri, biz faqat trunk beramiz. bizda hech narsa o'zgarmagan`),
    no(`TLS emes, TCP emes, bari UDP. SS_TCP_CLOSE_RESET qosylyp tur eken, biraq bizge aser etpeidi goi? qonyraular normal, telefondar tirkelgen`),
    no(`klientterge prezentatsiia dayardap jatam: "eski problema - TIME_WAIT, biz chechtik". cifralar kerek: kancha bolgon, kancha bolup kaldy. 2022-jylky loglordon alsak bolobu?`),
    no(`yo'q aka, cannot assign requested address emas, bu "Connection timed out", boshqa narsa. port tugab qolmagan, ss -s da timewait 60 ta. trunk tomonda ping yo'q`),
    no(`biz RST ti qospadyq, SS_TCP_CLOSE_RESET ti eshkim ozgertpedi, conf faildyn datasy 2021. keshe FortiGate ta policy auystyrdyq, sodan beri SIP trunk istemeidi. policy dy qaitaramyz`),
    no(`eger FortiGate RST ty tashtasa emne bolot? teoriya gana, bizde ASA, RST dagy Off. okup jatam`),
    no(`hisobot: 12-maydagi uzilish sababi - elektr ta'minoti, RST yoki NAT emas. generator ishlamagan. tasdiqlab bering`),
    no(`reseller "siz TCP ozgertkennen keiin telefondar tusip qaldy" deidi. tekserdim - biz eshnarse ozgertken joqpyz, olardyn oz routery, olar UDP paidalanady. olarga qalai tusindiremin?`),
    no(`MikroTik artyndagy telefondor registratsiyada, RST On kylgandan kiyin dagy jakshy ishtep jatat, eki jumadan beri. jon gana bildirip koiom`),
    no(`Turkmanistondagi reseller so'radi: ularning ASA si RST ni bloklasa bizga ta'sir qiladimi? hozircha RST yoqilmagan, yoqish rejasi ham yo'q`),
    no(`otken jyly Black Friday kezinde TIME_WAIT 30 000 bolgan. qazir 200 shamasynda, RST On tur, bari jaksy. osylai qaldyra beremiz be?`),
    no(`"cannot bind" dep jazdym, kechiresiz tuura emes. chyndygynda VOS web ke login bolboi jatat, parolumdu unutup kaldym. kantip reset kylam?`),
  ],
  portExhaustion: [
    pe(`aka salom, kechqurun 19:00-22:00 pik paytida trunkka yangi TCP ulanish ochilmayapti. logda:
connect() to 10.20.0.15:5060 failed: Cannot assign requested address (99)
ss -s da timewait 28 400. CPS 350 atrofida. nima qilish kerak?`),
    pe(`Salem aga, CPS 400 ge shyqqanda VOS TCP trunktarga qosyla almaidy, log "address already in use" ge tolyp ketedi. netstat -ant | grep TIME_WAIT | wc -l = 31877. ne isteimiz srochno`),
    pe(`baike, ss -s:
TCP:   33012 (estab 1140, closed 31690, orphaned 8, synrecv 0, timewait 31688/0), ports 0
kechinde chaluular otpoi kalat, TCP trunktar gana. UDP normal`),
    pe(`cat /proc/sys/net/ipv4/ip_local_port_range
32768   61000
CPS 300+, hammasi TCP trunklar. port yetmayapti shekilli, pikda yangi qo'ng'iroqlar o'tmayapti`),
    pe(`kazir peak, 10 qonyraudyn 3-i otpei jatyr. logta "SIP TCP connect error: errno=99". timewait 25 myn. keshe jana reseller keldi, trafik eki ese osti`),
    pe(`salam, jany reseller koshulgandan beri (CPS 150 -> 420) kechki saattarda TCP trunktar "cannot assign requested address" berip jatat. azyr karadym: TIME_WAIT 29k`),
    pe(`TIME_WAIT 30 mingdan oshdi, yangi TCP connection yo'q, zvonoklar ketmayapti. srochno aka`),
    pe(`bizde 4 TCP trunk, pik kezinde barlyq lokal porttar bos emes bolyp qalatyn siaqty. netstat ta 10.0.0.7:xxxxx -> trunk:5060 TIME_WAIT tolyp tur, 28 myng shamasy. 23:00 den keiin ozi tuzeledi`),
    pe(`baike CPS 500 go chykkanda softswitch log:
[WARN] tcp connect 195.158.9.14:5060 failed: Address already in use
[WARN] tcp connect 195.158.9.14:5060 failed: Address already in use
minutuna juzdogon. bir saattan kiyin kaira ozu ishtep ketet`),
    pe(`mijozlar kechqurun "trunk band" deyishyapti, lekin kanallar bo'sh. tekshirsam ss -tan state time-wait | wc -l -> 27931. port range default turibdi. 6 ta operator bilan TCP orqali`),
    pe(`srochno pomogite, chas pik, qonyraulardyn 30% tusip jatyr. ss -s: timewait 30211, ports 0. ip_local_port_range 32768 60999. RST Off tur`),
    pe(`salam, kech saat 8-10 arasynda jangy chaluular TCP trunk ka ketpei jatat, ESTABLISHED 900 gana, TIME_WAIT 26 000+. server CPU 40%. emne kylysh kerek?`),
    pe(`aka 1 haftadan beri har kuni pikda bir xil: "cannot assign requested address" va qo'ng'iroqlar fail. CPS 380. ertalab normal. kernel sozlamalarini ko'rib bering`),
    pe(`SIP TCP trunkqa qonyrau kop ketkende (450 CPS) jana connection ashylmaidy. netstat -n | grep -c TIME_WAIT -> 32004. bul port tausylu ma?`),
    pe(`VOS log:
2024-05-14 20:41:07 TcpConnector: bind local port failed, errno 98
2024-05-14 20:41:07 TcpConnector: bind local port failed, errno 98
2024-05-14 20:41:08 call to 996555xxxxxx failed, no tcp link
baike bul emne? kechki pik, CPS 320`),
    pe(`Toshkentdagi server, pik 21:00. trunkka chiquvchi TCP ulanishlar 20-30 sekundda tugab qoladi, keyin yangisi ochilmaydi. timewait 28k, local port range 32768-61000, tcp_tw_reuse 0 turibdi`),
    pe(`Almatydagy node: CPS 260-tan asqanda trunktar "Cannot assign requested address". qalgan uaqytta normal. sysctl ti qaranyzshy pls`),
    pe(`eje, bizde 28 000 TIME_WAIT, port jetpei jatat okshoit, pik ubaktysynda chaluular otpoit. tcp_tw_reuse=0, range 32768 61000. RST dagy Off`),
    pe(`koroche, reklama kampaniyasi boshlandi, CPS 3 barobar oshdi (~400), endi trunkka TCP ulanishlar xato. log errno 99 bilan to'lib ketgan. TIME_WAIT 29 ming. pomogite`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
      1 Foreign
      1 established)
   1210 ESTABLISHED
     14 LISTEN
  30544 TIME_WAIT
pik kezinde TCP trunk qosylmai qalady, keshke 19-dan 22-ge deiin`),
    pe(`baike, dialer kliyentti koshtuk, kyska chaluular abdan kop (CPS 600). 10 minuttan kiyin TCP trunk ka baylanysh jok, outgoing connect "address already in use". TIME_WAIT 31k`),
    pe(`ikkinchi VOS (Samarqand) ham shunaqa bo'lyapti: pikda chiquvchi TCP connect xato, port yetmayapti, TIME_WAIT 27 ming. birinchisiga qilgan sozlamalarni (RST, tw_reuse, port range) bunga ham qilsak bo'ladimi?`),
    pe(`ss -s
Total: 35120 (kernel 0)
TCP:   34022 (estab 980, closed 32901, orphaned 21, synrecv 0, timewait 32899/0), ports 0
qonyraulardyn jartysy otpei jatyr, tek TCP bagyttarda`),
    pe(`Bishkek core: pik saatta "Cannot assign requested address" 1 minutta 200+ jolu. CPS 410. TIME_WAIT 30k chamasy`),
    pe(`aka kechasi soat 20 larda zvonoklar 'No route' bo'lib qolyapti, logda esa TCP socket bind error 98, TIME_WAIT 30k. trunk TCP. kunduzi CPS 100, kechqurun 350`),
    pe(`klient aitady keshkisin 503 alyp jatyrmyz. tekserdim: bizdin VOS trunkqa TCP ashyp ulgermeidi, lokal port jok, timewait 27k. ne isteimiz?`),
    pe(`TIME_WAIT 33 000, pik ubakytta TCP trunk dead. jardam`),
    pe(`ip_local_port_range ni kengaytirish kerakmi? hozir 32768-60999, pikda TIME_WAIT 28-29 ming bo'lib, yangi trunk ulanishlari "cannot assign requested address". 380 CPS`),
    pe(`Aktobe filialynan: kazir 21:15, CPS 340, TCP trunkqa jana baylanys ashylmai tur, dmesg ta eshteme jok, biraq ss te timewait 26 500. keshe de osylai boldy`),
    pe(`salam, monitoring alert: tcp_timewait > 25000 (azyr 30412). ushul ubakytta ASR 60% dan 35% ga tushtu, TCP trunktar gana. UDP trunktar normal. emne kylabyz?`),
  ],
  natUnregistered: [
    nat(`aka salom, kecha SS_TCP_CLOSE_RESET ni On qildik (TIME_WAIT uchun), bugun ertalabdan MikroTik ortidagi ofis telefonlari unregistered bo'lib qolyapti. SIP TCP da. nima qilish kerak`),
    nat(`Salem aga, RST rejimin qosqannan keiin uidegi abonentter (TP-Link router artynda) tirkelmei tur. 5-10 minut tirkeledi, sosyn qaitadan unregistered. TCP 5060`),
    nat(`baike, siler TCP fix jasagandan beri (dushomboodon) Osh ofistin telefondoru registratsiyadan chygyp ketip jatat. ofis MikroTik tin artynda, SIP over TCP`),
    nat(`softswitch.conf da SS_TCP_CLOSE_RESET="On" qilib reparse qildik, shundan beri NAT ortidagi Yealinklar har 3-4 daqiqada "Registration failed". public IP li telefonlar normal`),
    nat(`keshe port exhaustion ushin RST On jasadyndar goi, sodan beri ofistegi 25 telefonnyn 18-i unregistered. bari Mikrotik NAT artynda, TCP transport. qaitaru kerek pe?`),
    nat(`salam, VOS web te online terminal 340 tan 120 ga tushup ketti, kechee RST mode koshkondon kiyin. tushkondor baary NAT tagy (uy routerler), TCP menen registratsiya kylat`),
    nat(`telefonlar unregistered, faqat uy internetidagi mijozlar (NAT). TCP ishlatadi. serverda oxirgi o'zgarish - seshanba kuni RST yoqildi. bog'liqmi?`),
    nat(`srochno: keshe tunde TCP nastroika ozgerdi (RST=On), bugin ofis klientter tirkelmeidi. Grandstream lar "Not Registered". router Keenetic, NAT`),
    nat(`Grandstream logdon:
SIP TCP connection closed by peer (RST)
Registration failed, retry in 32s
MikroTik artynda 12 telefon ushundai. RST On kylgandan kiyin bashtaldy`),
    nat(`aka VOS da online userlar kecha 500 edi, bugun 210. tushib ketganlar hammasi NAT orqali ulanganlar, SIP/TCP. kecha siz aytgan SS_TCP_CLOSE_RESET On ni qilgandik`),
    nat(`bizdin ofis MikroTik artynda, keshe server jaqta RST qosyldy dep estidim, sodan beri telefondar "unregistered" - "registered" bolyp aunap jatyr. TCP`),
    nat(`RST rejim koshuldu da, emi MikroTik artyndagy telefondor registratsiyasyn joghotup jatat. Mikrotik connection tracking RST ty korup sessiyany jabat okshoit. emne kylabyz?`),
    nat(`salom, TCP o'zgarishidan keyin (o'tgan hafta) Dashoguzdagi reseller mijozlarining telefonlari registratsiyadan chiqib ketyapti. hammasi uy routerlari ortida, TCP transport`),
    nat(`Salem, Yealink T46 logy:
REGISTER via TCP -> connection reset
reg state: failed
bari NAT artyndagy telefondar. SS_TCP_CLOSE_RESET On bolgannan beri`),
    nat(`RST On kylgandan beri NAT tagy telefondor unregistered. TCP. Off ko kaitaralyby?`),
    nat(`ofisdagi 30 ta IP telefon MikroTik hAP ortida, TCP 5060 bilan registratsiya. dushanba kuni sizlar serverda "RST mode" yoqdingiz, o'shandan beri ular vaqti-vaqti bilan unregistered. to'g'ridan-to'g'ri ulangan SIP trunklar ishlayapti`),
    nat(`keshe tunde jasalgan ozgeristerden keiin (tcp close reset on) uidegi operatorlarymyz tirkele almaidy. ofisten kirse bari normal (public IP). uide router, NAT`),
    nat(`salam baike, resellerdin klientteri arizalanyp jatat: telefon "No Service" jana "Unregistered". baary NAT tagy, SIP TCP. server jakta akyrky ozgorush - kechee SS_TCP_CLOSE_RESET=On`),
    nat(`koroche, TIME_WAIT muammosini RST bilan hal qildik, lekin endi NAT dagi abonentlar registratsiyani yo'qotyapti. TCP. ikkalasini qanday murosaga keltiramiz?`),
    nat(`VOS ta registered users grafigi: seisenbi 14:00 den bastap kenet tusti. sol uaqytta RST mode qosylgan. tuskender - bari NAT artyndagy SIP/TCP klientter`),
    nat(`MikroTik artyndagy ofis: telefondordun ekranynda "Unregistered", 2-3 minuttan kiyin kaira registered, kaira unregistered. RST koshkondon beri. TCP transport. UDP ga otkorsok bolobu je serverdi kaitarabyzby?`),
    nat(`kecha kechqurun kimdir softswitch.conf ni o'zgartirgan: SS_TCP_CLOSE_RESET="On". bugun ertalab NAT ortidagi 40 ta telefon unregistered. TCP. Off qilib reparse qilsam bo'ladimi?`),
    nat(`Salem, klientter TP-Link, Huawei uy routerlerinde, TCP 5060. keshe serverge TCP fix jasalgannan keiin bari tirkeluden shygyp ketip jatyr. qaita kirgende 1-2 minut isteidi`),
    nat(`tcpdump: server -> 100.64.12.x [R.] seq ..., anan telefon jangy REGISTER jiberet, birok NAT te sessiya jok. RST On kylgandan beri NAT tagy telefondor unregistered bolup jatat`),
    nat(`home office xodimlar telefonlari ishlamayapti - unregistered. hammasi NAT ortida, SIP TCP. IT bo'lim kecha "RST rejimi yoqildi" deb xabar bergan edi. shu sabab bo'lishi mumkinmi`),
    nat(`osy RST degen ozgeristen keiin Shymkent ofistin Mikrotik artyndagy telefondary unregistered. tek TCP dagylar. UDP telefondar normal`),
    nat(`salam, VOS registration log: "register expired" 80 dei kliyent, baary 10.x, 192.168.x NAT artynda, TCP. RST On kylyngandan kiyin bashtaldy. public IP kliyentter normal`),
    nat(`aka kechagi port exhaustion fixdan keyin (RST On) ofis telefonlarimiz registratsiyadan tushyapti. MikroTik NAT, TCP. TIME_WAIT endi kam, lekin telefonlar yo'q 😩`),
    nat(`Qaragandydagi reseller: barlyq uidegi klientteri (NAT) keshe keshten bastap tirkelmeidi, SIP over TCP. bizde keshe SS_TCP_CLOSE_RESET On bolgan. baylanysy bar ma?`),
    nat(`online terminal sany tushup jatat, MikroTik artyndagylar gana. RST rejimin eki kun murun koshkonbuz. TCP registratsiya. nat keepalive koshsok jardam bereby?`),
  ],
  firewallRst: [
    fw(`aka salom, RST rejimini yoqqandan keyin qo'ng'iroqlar 30 sekundda uzilyapti. orada FortiGate bor, logda "deny ... flags=RST" ko'rinyapti. nima qilish kerak`),
    fw(`Salem, ASA logy:
%ASA-6-106015: Deny TCP (no connection) from 10.10.5.20/5060 to 172.16.8.14/49211 flags RST on interface inside
%ASA-6-106015: Deny TCP (no connection) from 10.10.5.20/5060 to 172.16.8.14/49233 flags RST on interface inside
SS_TCP_CLOSE_RESET On jasagannan beri qonyraular ilinip qalady`),
    fw(`baike, RST On kylgandan beri pfSense artyndagy trunk ka chaluular otpoi kalat. pfSense log: "Default deny rule IPv4" TCP:R 5060. state jok deyt`),
    fw(`kernel: INVALID DROP IN=eth0 OUT= SRC=10.0.0.5 DST=10.0.1.20 LEN=40 PROTO=TCP SPT=5060 DPT=40112 RST URGP=0
shunaqa qatorlar kecha RST yoqilgandan beri to'lib ketdi. qo'ng'iroqlar osilib qolyapti`),
    fw(`keshe SS_TCP_CLOSE_RESET=On qoidyq, bugin FortiGate artyndagy klientterde qonyraular uziledi. Forti session table da eski session qalyp qoiady siaqty, RST ti otkizbeidi`),
    fw(`salam, SBC (AudioCodes) artyndagy trunk: RST rejim koshulgondon kiyin chaluulardyn 20% ortosunda uzulot. SBC log "TCP RST dropped, out of window". emne kylabyz?`),
    fw(`iptables -L -v da "ctstate INVALID DROP" counter tez o'syapti, 5060 TCP. bu RST On qilganimizdan beri. qo'ng'iroqlar fail bo'lyapti, ayniqsa tugatishda`),
    fw(`RST qosqannan keiin FortiGate RST paketterin drop jasap jatyr, qonyraular otpeidi. komek`),
    fw(`ASA daky trunk: RST On kylgandan beri "%ASA-6-302014: Teardown TCP connection ... TCP Reset-I" kop, anan jangy chaluular otpoit. ASA RST ty bloktop jataby?`),
    fw(`pfSense firewall log:
Block  Jun 3 21:14:07  WAN  Default deny rule IPv4 (1000000103)  10.20.1.5:5060  10.30.0.9:53312  TCP:RA
kecha siz RST mode ni yoqdingiz, o'shandan beri trunk bilan qo'ng'iroqlar uzilyapti`),
    fw(`conntrack -S: invalid=48211 tez osip jatyr, RST On jasagannan keiin. iptables te "-m state --state INVALID -j DROP" bar. qonyraular jartylai uzilip jatyr`),
    fw(`salam, operatordun ozu aitty: alardyn FortiGate RST paketterdi drop kylyp jatat. biz softswitch ta RST koshkonbuz. chaluular ilinip kalat, BYE otpoit`),
    fw(`aka trunk provayder yozdi: "sizning serverdan RST keladi, bizning Cisco ASA ularni drop qiladi, chunki session allaqachon yopilgan". biz SS_TCP_CLOSE_RESET ni On qilgandik. qo'ng'iroqlar 40% fail`),
    fw(`FortiGate log:
type="traffic" subtype="forward" action="deny" proto=6 srcport=5060 dstport=51820 msg="no session matched" tcpflags="RST"
RST rejim qosqannan beri osy kop. qonyraular tusip qalady`),
    fw(`RST On → firewall RST ty tashtap jatat → chaluular fail. Off ko kaitaralyby?`),
    fw(`ofisdagi pfSense state table da 5060 TCP sessiyalar yopilmay qolyapti, RST o'tmayapti. qo'ng'iroqlar hang. kecha serverda RST mode yoqilgan edi`),
    fw(`SBC men VOS arasynda Palo Alto tur. RST On bolgannan keiin Palo Alto logynda "packet out of state, dropped" RST paketterge. qonyraular 10-15 sekundta uziledi`),
    fw(`tcpdump server tarapta RST ketip jatat, birok kliyent tarapta RST kelbeit - ortodogu firewall (Sophos) jep koiot. RST rejimden beri chaluular ilinip kalat`),
    fw(`iptables conntrack RST ni INVALID deb tashlayapti shekilli:
-A FORWARD -m conntrack --ctstate INVALID -j DROP
pkts 91k. RST yoqilgandan beri qo'ng'iroqlar yarmida uziladi. bu qoida kerakmi o'zi?`),
    fw(`ASA: "Deny TCP (no connection) ... flags RST ACK" minutyna 300 jol. SS_TCP_CLOSE_RESET On bolganyna 2 kun boldy. qonyraular fail. ne isteimiz aga`),
    fw(`kechee siler TIME_WAIT uchun RST koshtunar, bugun FortiGate artyndagy bank kliyentinin chaluulary uzulup jatat. alardyn IT bolumu "RST drop" dep jazyshat`),
    fw(`mijozning FortiGate i RST paketlarni blok qiladi deyapti, session yo'q deb. RST yoqilganidan beri ularning qo'ng'iroqlari o'tmayapti yoki osilib qoladi`),
    fw(`qonyraular 32 sekundta uziledi, RST qosqannan beri. arada Fortigate 60E. debug flow: RST paketterge "no session matched, drop". komek kerek`),
    fw(`VOS <-> Cisco ASA <-> trunk. RST mode koshuldu, emi ASA TCP state tuura emes dep RST ty drop kylat, jangy chaluular 'timeout'. Off kylabyzby je ASA da uruksat beribizbi?`),
    fw(`aka pik muammosini RST bilan hal qildik, lekin endi pfSense ortidagi ofis qo'ng'iroqlari osilib qolyapti. pfSense log da TCP:R blok ko'p. qaysi birini tanlaymiz?`),
    fw(`kernel log:
nf_ct_tcp: invalid RST IN= OUT= SRC=10.1.1.2 DST=10.1.2.3 LEN=40 PROTO=TCP SPT=5060 DPT=38842
RST rejimnen keiin. trunk qonyraulary fail. conntrack RST ti qabyldamai jatyr`),
    fw(`salam, bizde Mikrotik emes, data centerde chong Fortinet bar. RST On kylgandan kiyin "RST dropped" loglor, chaluular ortosunda uzulot, kee birlerinde un jok`),
    fw(`RST yoqqandan keyin firewall RST ni drop qilyapti, zvonoklar ketmayapti. Off ga qaytaraymi?`),
    fw(`resellerdin SBC (Sonus) logynda "RST received for unknown connection, discarded". bizde SS_TCP_CLOSE_RESET On. sodan beri olardyn qonyraulary ilinip qalady`),
    fw(`iptables -nvL | grep INVALID
 182K  7280K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
RST koshkondon kiyin ushul san 10 ese osti, chaluular ortosunda uzulup jatat. firewall RST ty jep jataby?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning87Set: readonly EvalItem[] = Object.values(tuning87Families).flat();
