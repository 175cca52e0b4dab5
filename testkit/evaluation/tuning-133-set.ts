import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, call-centre technicians, NOC staff and resellers in Kashmir and Jammu, Quetta and Balochistan
 * (Kalat, Mastung, Khuzdar, Nushki) and the Hazara community of Quetta, Kabul and Iran (Mashhad, Qom, Tehran),
 * writing Kashmiri, Dogri, Brahui and Hazaragi, about a quarter each: mostly in Latin letters, with some
 * Perso-Arabic script (Hazaragi/Dari and a little Kashmiri) and some Devanagari (Dogri), mixed with Urdu, Hindi,
 * Dari/Persian and English technical words. Loose spelling, missing diacritics, a few emoji, greetings of the
 * culture (Assalamu alaikum janab, Ram Ram ji, Jai Mata Di, salam ilum, salam brar), clock times, and pasted
 * ss -s, netstat, iptables, ASA/FortiGate/pfSense and application log lines.
 *
 * The hundred-and-thirty-third tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the hundred-and-thirty-third never-tuned set, before the fifty-second round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured
 * as such before and after the fifty-second and the fifty-third rounds, then made tuning material for the
 * fifty-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 92.2 %, negatives confident 5.2 %, confident wrong 0 % with the
 * rules of the fifty-first round and the changes after it, before the fifty-second.
 * After the fifty-second round: the same.
 * After the fifty-third round: the same.
 */
export const tuning133Families = {
  oneListeningPort: [
    no(`Assalamu alaikum janab, VOS web portal chu ne khulan. tomcat restart korum te catalina log manz chu
"java.net.BindException: Address already in use: JVM_Bind" port 8080 peth. ps manz chu purun java process ti.
kyah karav?`),
    no(`Ram Ram ji. nginx start नेईं होआ करदा, error ऐ "bind() to 0.0.0.0:80 failed (98: Address already in use)".
apache बी उसै box पर ऐ, शायद ओह् 80 पकड़ी बैठे दा ऐ?`),
    no(`Salam ilum, Kalat office server te mysql start af massa, log te "Can't start server: Bind on TCP/IP port:
Address already in use" 3306 pe. daro technician ne dusra mysql instance install kiya, kanā khayal e wo 3306
pakre baitha.`),
    no(`salam aleikum, freeswitch ra sar hamu server ki VOS ast nasb kadum, ala freeswitch start namusha:
"Address already in use" sar 5060. mbx3000 khodesh 5060 ra girifta? chi kunum?`),
    no(`janab, asi kor kamailio install test khaatre, su chu ne start gasan — "bind: address already in use
udp:0.0.0.0:5060". VOS ti chu same IP peth. kamailio 5070 peth chalaavav?`),
    no(`dev laptop पर npm run dev चलाया ते "Error: listen EADDRINUSE: address already in use :::3000" आया.
VOS नेईं, एह् साढ़ा billing dashboard ऐ. पुराना node process मारना पौग?`),
    no(`ilum docker container start af massa: "Bind for 0.0.0.0:8080 failed: port is already allocated".
dā server te VOS portal bhi 8080 te e. compose file me 8081 kar dun?`),
    no(`webmin ra dobara nasb kadum, ala mega "Failed to bind to port 10000 : Address already in use".
systemctl restart ham fayda nakad. kudam process ami port ra girifta?`),
    no(`Apache chu ne start gasan reboot pat. "(98)Address already in use: AH00072: make_sock: could not bind to
address [::]:443". nginx ti chu install gomut. dwashvay manz kus thavav?`),
    no(`Asterisk test box pe chan_sip te pjsip dono 5060 pe bind karne di koshish karde n, log ch "Unable to bind
to 0.0.0.0:5060: Address already in use". config ch kiththe change karna ऐ?`),
    no(`Quetta NOC. ino subah mbx3000 restart kiya, wo start af massa, log te "bind 5060 failed, address already in
use". ps te purana mbx3000 process abhi tak zinda e. kill -9 kar dun?`),
    no(`mo dar Mashhad yak server test darim, grafana ra sar port 3000 mekhayum, vali "bind: address already in use"
mega chun yak container digar 3000 ra girifta. sade ast fekr kunum, faqat tayid kunen.`),
    no(`VOS3000 web manager hund tomcat chu ne wothan, catalina.out manz: "Address already in use <null>:8080".
myon khayal chu jenkins ti chu 8080 peth. wuchiv haa.`),
    no(`साढ़े call centre दे CRM server पर haproxy reload कीता ते "Starting frontend http-in: cannot bind socket
[0.0.0.0:443]" आया. पुराना haproxy बंद नेईं होआ. VOS कन्नै कोई लेना देना नेईं, बस पुच्छा करदा.`),
    no(`ilum, kanā laptop te "python manage.py runserver" chalaya, "Error: That port is already in use." port 8000.
ni kehte ho ye VOS ka masla e? nahi na? 😅`),
    no(`salam brar, MySQL dar server-e billing start namusha, dar log neveshta "Do you already have another mysqld
server running on port: 3306 ?" ma yak mariadb ham nasb kada budum. kudamesh ra pak kunum?`),
    no(`asi chu doyim VOS instance try karaan same machine peth testing khaatre. doyim mbx3000 chu ne start gasan,
"address already in use" SIP port 5060 peth. gudnyuk chu chalan. port badlun pazi?`),
    no(`Jai Mata Di 🙏 squid 3128 पर start नेईं होआ करदा: "commBind: Cannot bind socket FD 12 to [::]:3128: (98)
Address already in use". कल्ल कुसै होर proxy install कीती ही?`),
    no(`ilum ek choti baat — snmpd start af, "Error opening specified endpoint udp:161", koi aur agent pehle se
listen kar raha. zabbix agent bhi install e. dā koi bara masla af na?`),
    no(`sabo saat 8 mo webinar darim, vali openvpn server start namusha: "TCP/UDP: Socket bind failed on local
address [AF_INET][undef]:1194: Address already in use". yak openvpn-e kuhna hanuz mudawa.`),
    no(`salaam, redis chu ne start gasan "Could not create server TCP listening socket *:6379: bind: Address already
in use". asi chu VOS reporting tool redis peth chalaan. yi chu shayad purun redis-server.`),
    no(`VOS portal मैं 80 पर चलाना चांह्दा हा, पर httpd पैह्लें थमां 80 पर ऐ, tomcat log च "Address already in use"
औंदा. दस्सो port forward करां जां httpd हटाऽ देआं?`),
    no(`Khuzdar branch te prometheus node_exporter start af: "listen tcp :9100: bind: address already in use".
pehle wala exporter systemd me duplicate chal raha. nanā VOS pe asar af, theek e?`),
    no(`Kabul az, brar ma dar laptop Laravel "php artisan serve" zadum, "Failed to listen on 127.0.0.1:8000
(reason: Address already in use)". ami mushkil az VOS nest, medanum, faqat kumak kunen 😅`),
    no(`janab, ssh port 2222 peth badlowum te sshd chu ne restart gasan: "error: Bind to port 2222 on 0.0.0.0
failed: Address already in use." tath port peth chu purun dropbear chalan. kyah karav?`),
    no(`kamailio te VOS ikk box pe rakhe de n. kamailio restart karne pe "ERROR: bind_socket: bind(...) on 5060:
Address already in use". VOS 5060 pehlan lai chukka ऐ, kamailio gi 5080 pe rakhna theek रौह्ग?`),
    no(`ilum sirf ek cheez: naya billing API 9090 te start af massa, "Error: listen EADDRINUSE: address already in
use 0.0.0.0:9090". pm2 list te purana copy zinda e. pm2 delete kar dun?`),
  ],
  otherRegistrationCause: [
    no(`Assalamu alaikum, Srinagar office manz chi 40 IP phones, aaz subah sarinuy unregistered. raath gayi bijli te
UPS ti gov khatam, wuni chu switch ti off. server ti check karav kyah?`),
    no(`Ram Ram ji, साढ़े agent दे Zoiper पर "403 Forbidden" औंदा ते register नेईं होंदा. कल्ल VOS च account दा
password बदलेआ हा, शायद softphone च पुराना password ऐ.`),
    no(`Salam ilum, Mastung reseller ka account ino suspend massa — 3 mahine se bill pay af kiya. unke sab phone
unregistered e. payment aaye to account activate kar dena.`),
    no(`salam, telefonhai daftar-e Dasht-e-Barchi az dishab register namushan. internet-e ISP qat ast, hich website ham
baz namusha. ba VOS rabti nadara fekr kunum, faqat khabar dadum.`),
    no(`janab, myon gateway chu ne register gasan, log manz "401 Unauthorized" baar baar. username chu ghalat kyah?
tohi dyut mea naw account raath, wuchiv haa.`),
    no(`Jammu वाले sub-reseller दे phones unregistered होई गे कीजे उंदा domain sip-wala .in expire होई गेआ. domain renew
करना ऐ, VOS ठीक ऐ.`),
    no(`ilum Quetta call centre ke 12 phone unregistered e. humne daro server ka IP badla, phones me purana IP hardcode
e. ek ek kar ke badalna padega na?`),
    no(`Salam, ma dar Qom hastum, licence-e VOS ma expire shuda, portal mega "license expired" va hame endpointha
unregistered. tamdid chi qadar mushe?`),
    no(`Wi-Fi router chu kharab gomut office manz, te Wi-Fi phones chi sarinuy unregistered. LAN walay chi theek.
router badlun chu pagah. bas info khaatre.`),
    no(`सर, साढ़े SIP trunk provider पासै register fail होआ करदा: "Registration failed: 403 account expired".
उंदे पासै account दी मियाद मुक्की गेई. उंदे कन्नै गल्ल करनी पौग?`),
    no(`bhai Nushki site te solar battery raat ko khatam massa, sab ATA band. ino subah generator chala, ab phones
register ho rahe. bas batana tha 👍`),
    no(`brar, yak mushtari dar Hazara Town router-e naw kharid, TP-Link. telefonha register namushan. vali amu setup
faqat SIP UDP ast, TCP ne, RST ra ham kase dast nazada. fekr kunum port forward-esh ghalat ast.`),
    no(`Salam, yeli asi firmware update kor Yealink phonan, tim gayi factory reset te account settings gayi khatam.
wuni chi unregistered. provisioning link sozyiv mea.`),
    no(`Jai Mata Di. Udhampur branch दे सारे phones unregistered न कीजे उत्थे BSNL line कल्ल दी dead ऐ. complaint
दित्ती दी ऐ. बस record लेई दस्सा करदा.`),
    no(`ilum, account "kalat_pbx" ka password kisi ne portal te badal diya, ab unka IP-PBX register af. kaun badla?
audit log kahan e?`),
    no(`salam aleikum, dar Mashhad MicroSIP dar laptop-e ma unregistered shud chun VPN-e ma qat shud. VPN ra roshan
kadum dubara register shud. faqat yak soal: VPN lazim ast?`),
    no(`janab, asi kor server hund hostname change te DNS A record gov ne update. phones chi sip.company.com peth
register karan, su chu purun IP dewan. DNS theek karav.`),
    no(`phones दा registration expire 3600 हा, असें 60 करी दित्ता ते हुन server पर load बधी गेआ, किश phones
'register timeout' दस्सा करदे. expire कितना रक्खिये?`),
    no(`bhai Sibi ke reseller ka balance zero e, isliye VOS ne account lock kiya, phones unregistered dikha rahe.
recharge ho gaya to khud theek ho jayenge?`),
    no(`Kabul: ma IP-e yak daftar ra dar IP blacklist-e khod-e VOS ghalati dakhil kadum, ala hame telefon-ha-ye
amu daftar unregistered. chetor az blacklist pak kunum?`),
    no(`Salam, Jammu office manz aayi nov IP phones, magar timan chu TLS transport set, asi server chu UDP peth.
register chi ne gasan. transport UDP karun pazi?`),
    no(`bhai ji, Kathua de reseller de 20 extension unregistered n kiyan ke VOS ch unde account di expiry date kal
khatam hoi gayi. renew kar do please 🙏`),
    no(`ilum Quetta office ke phones ka NTP galat e, time 2019 dikha raha, TLS certificate invalid bol ke register
af ho raha. time theek kare to chal padega?`),
    no(`salam, chand telefon dar Mari Abad az dishab unregistered budan. barq 6 saat qat bud, modem khud restart
nashud. mo modem ra restart kadem, ala hame register shudan ✅ tashakor.`),
    no(`Gulmarg hotel site peth chi 15 phones unregistered, wajah chu snowfall sabab fibre cut. ISP chu wanaan
pagah gatshi theek. server side chu ne kenh.`),
    no(`सर असें VOS च extension दा "allowed IP" बदलेआ ते हुन phone register नेईं होंदा — 'IP not allowed'.
पुराना IP वापस पाना पौग?`),
    no(`ilum, kanā softphone me SIP domain galat likha tha, "sip.vos.pk" ke jagah "sip.voss.pk". theek kiya to
register massa. shukria 😊`),
  ],
  smallFigures: [
    no(`Salam janab, asi kor "ss -s" te TIME_WAIT chu 214. server chu quiet, 5 CPS. yi chu normal?`),
    no(`Ram Ram ji, TIME_WAIT असल च हुंदा केह् ऐ? netstat च 300 दे करीब दिक्खे, घबराने आह्ली गल्ल ऐ?`),
    no(`ilum ek sawal: SS_TCP_CLOSE_RESET On kare ya Off rakhe? nanā traffic bas 15-20 CPS e, zyada UDP pe.`),
    no(`salam, net.ipv4.ip_local_port_range chi qadar bashad baraye yak server-e VOS? ala 32768 60999 ast. mushkil
nadarim, faqat soal.`),
    no(`is 1500 TIME_WAIT normal at 20 CPS? myon server chu CentOS 7, sab kenh chu theek, bas zanun chu yatshaan.`),
    no(`tcp_tw_reuse 1 करना चाहिदा जां 0 रौह्न देचै? कोई problem नेईं ऐ, बस best practice पुच्छा करदे.`),
    no(`bhai Quetta NOC se monthly health check: TIME_WAIT 480, ESTABLISHED 120, CPU 12%. sab theek lag raha?
report me likhna e.`),
    no(`brar ma yak soal darum: RST chi farq dara ghat FIN? kudam behtar ast baraye SIP over TCP? mushkil nadarum,
faqat mekhayum bufamum.`),
    no(`Salaam, "netstat -an | grep TIME_WAIT | wc -l" hund output chu 96. asi chu 3 CPS peth. kenh karun chu?`),
    no(`साढ़ा server 40 CPS पर 2,100 TIME_WAIT दस्सा करदा. calls सब ठीक चला करदियां. एह् हद दे अंदर ऐ?`),
    no(`ilum, local port range kitna chahiye 50 CPS ke liye? abhi 1024-65000 e. koi error af, planning ke liye.`),
    no(`salam, yak mushtari pursid "TIME_WAIT chist?" ma nadanistum chi jawab bitum. yak tawzih-e sade bitin ki
ba u bugum 🙏`),
    no(`janab, VOS manz yi parameter SS_TCP_CLOSE_RESET kyah chu karaan? asi chu ne kenh problem, manual manz chu
ne saaf lekhith.`),
    no(`नमां server लाया, 8 core, 16GB. ss -s: TCP 340 (estab 95, closed 20, timewait 190). हल्ली load नेईं.
सब normal ऐ?`),
    no(`bhai ek client puch raha: "RST mode se hamari speed barh jayegi?" unka traffic 10 CPS e. kya jawab dun?`),
    no(`dar Mashhad, server-e ma dar saat-e sholugh 600 TIME_WAIT dara, 25 CPS. hich call fail namusha. normal ast
ya ne?`),
    no(`health check report: ephemeral range ka 3% istemaal, TIME_WAIT 410, errors zero. janab yi chu theek? monthly
report khaatre chu.`),
    no(`Jai Mata Di, technicians लेई training चला करदी. कोई दस्सी सकदा TIME_WAIT Linux च 60 सकिंट कीऽ रौंह्दा ऐ?
बस समझना ऐ.`),
    no(`ilum, tcp_fin_timeout 60 se 30 kare to faida e? koi issue af abhi, bas tuning ka soch rahe.`),
    no(`salam, sabo ma yak server-e naw ba 100 CPS rah-andazi mukunum. sysctl chi tanzim kunum ki bad az in mushkil-e
port paida nashe? faqat pish-giri.`),
    no(`Assalamu alaikum, aaz shaamas chi 180 TIME_WAIT sockets, traffic chu kam Ramzan manz. pareshan gasun pazi?`),
    no(`Sir ji, RST चालू करने दा फैदा केह् ते नुक्सान केह्? साढ़ा 90% traffic UDP ऐ, सिर्फ 2 carriers TCP पर.`),
    no(`ilum, "ss -tan state time-wait | wc -l" → 77. dā bohat kam e na? server raat ko idle e.`),
    no(`yak soal-e kuchak: tcp_tw_recycle hanuz dar CentOS 7 ast? dar internet khandum ki ba NAT khatarnak ast.
faqat mekhaym bufamim, mushkil nadarim.`),
    no(`janab, asi chu 2 CPS peth, port range barhawnuk zaroorat chu kyah? wanyiv kenh.`),
    no(`kal di report: peak 35 CPS, TIME_WAIT max 2.4k, bind errors zero. boss पुच्छा करदे "एह् ठीक ऐ?" — मैं केह्
दस्सां?`),
    no(`bhai Kalat se: ino ka graph — TIME_WAIT 150 se 300 ke beech, CPS 8. alert kitne pe lagayein? threshold
suggest karo.`),
  ],
  firewallNoRst: [
    no(`janab, FortiGate peth chu 5060 UDP open karun naye carrier khaatre, IP 185.12.x.x. policy kithpaeth banav?`),
    no(`Ram Ram, iptables च VOS web portal 8080 सिर्फ office IP लेई खोलना ऐ. rule दस्सो, बाकी सब block.`),
    no(`ilum fail2ban ne hamara hi office ka IP ban kar diya, sip brute force filter se. unban kaise kare?
"fail2ban-client set asterisk unbanip ..." sahi e?`),
    no(`salam, dar router-e ma SIP ALG roshan ast, mardum mega ki khamosh kunem. MikroTik ast. chetor khamosh kunum?
/ip firewall service-port?`),
    no(`Salaam, pfSense peth chu port forward banawun 5060 te RTP 10000-20000 andar VOS server kun. kanh guide chu?`),
    no(`असें geo-blocking लाना ऐ — सिर्फ India ते UAE दे IP SIP पर allow. FortiGate पर country address object किस
चाल्ली बनाचै?`),
    no(`bhai Quetta ke data centre wale keh rahe apne firewall te hamara naya public IP whitelist karna e. kaunse ports
batayein? 5060 aur RTP range?`),
    no(`brar, dar ASA yak access-list baraye RTP 10000-20000 UDP lazim darum. syntax ra yadum rafta. kumak kunen.`),
    no(`asi kor iptables manz SIP scanner IPs block, magar friendly-scanner ti chu yiwaan. user-agent peth block
kithpaeth karav?`),
    no(`firewalld च नमां zone बनाइयै 3306 सिर्फ backup server लेई खोलना. firewall-cmd दी command दस्सो.`),
    no(`ilum Sophos firewall te naye carrier ka IP range whitelist kiya, abhi test call karni e. kuch aur bhi karna
padega?`),
    no(`salam, dar datacenter-e Tehran baraye server-e VOS yak NAT 1:1 lazim ast. public IP-e mo 5.x.x.x. chi qaida
bayad bisazem?`),
    no(`myon ISP chu port 5060 block karaan (lagaan chu). 5080 peth chalaavav? VOS manz kati badlav?`),
    no(`fail2ban दी jail web portal लेई बनानी ऐ जेह्ड़ी 5 गलत login परैंत IP गी 1 घैंटा block करै. filter दा regex
केह् होग?`),
    no(`bhai cPanel server te CSF firewall e, VOS alag e. CSF me 5060 TCP_IN me daalein ya UDP_IN me?`),
    no(`yak soal: pfSense-e ma "siproxd" package dara. lazim ast ya pak kunum? mushkil nadarim,
faqat setup-e naw ast.`),
    no(`FortiGate peth chu VoIP profile (SIP ALG) default on. carrier chu wanaan off karun. CLI wanyiv: "config voip
profile"?`),
    no(`Jammu data centre ने पुच्छेआ: साढ़े server लेई केह्ड़े inbound ports खोलने न? 5060 UDP/TCP, RTP, 8080 portal...
list भेजो please.`),
    no(`ilum ek customer ka IP galti se iptables te DROP me chala gaya (brute force list me daala). ab wo call af
kar sakta. -D se hata dein?`),
    no(`salam aleikum, mekhayum dar iptables faqat IP-hai Afghanistan va Pakistan ra baraye SIP ejaza bitum. ipset ghat
geoip chetor?`),
    no(`janab, server manz chi firewalld te iptables dwashvay active. kus thavav? conflict chu gasan, ssh ti gov band
ek lahz 😅`),
    no(`ASA पर sip inspection बंद करनी ऐ, carrier ने आखेआ. 'no inspect sip' global policy च? कोई होर असर ते नेईं?`),
    no(`ilum Khuzdar office ke MikroTik te port forward 5060 → 192.168.88.10 banana e, dst-nat rule bata do.`),
    no(`dar Kabul, firewall-e ISP port-e 80 ra band kada. portal-e VOS ra ba 8443 bordem. dar iptables 8443 ra baz
kunum?`),
    no(`Salam, naye carrier hund IP chu 203.0.113.45, timan chu wanaan tuhund firewall peth whitelist karun signalling
TCP 5060 khaatre. kanh issue chu ne, setup chu.`),
    no(`ikk सवाल: conntrack table full दा warning आया हा, असें nf_conntrack_max 262144 करी दित्ता, हुन ठीक ऐ.
कुसै होर setting दी लोड़ ऐ?`),
    no(`bhai pfSense pe sab carrier IPs ka ek alias banana e, phir ek hi rule. kaise?`),
  ],
  negationContext: [
    no(`Salam janab, asi chu sirf UDP istemaal karaan SIP khaatre, ada SS_TCP_CLOSE_RESET chu ne kenh farq karaan,
theek? bas confirm.`),
    no(`RST off ऐ ते off गै रौह्ग, boss ने मना कीते दा. phones दे registration दा मसला होर ऐ — password बदलेआ हा.`),
    no(`ilum daro wala TIME_WAIT ka masla fix ho gaya, tw_reuse ke baad sab normal e. shukria, ticket band kar do 🙏`),
    no(`salam, hich kas chizi ra taghir nadada, RST ham khamosh ast. telefonha bad az tabdil-e password unregistered
shudan. password-e naw ra dakhil kadem, hal shud.`),
    no(`janab, yi article chus forward karaan: "Why TCP RST can confuse NAT devices" — bas parnu khaatre, asi chu ne
kanh problem.`),
    no(`साढ़ी FortiGate ने कोई RST drop नेईं कीते, logs दिक्खे, सब clean. calls ठीक चला करदियां. ticket close करी
देओ.`),
    no(`ilum humne SS_TCP_CLOSE_RESET kabhi On nahi kiya, default Off e. sirf puchna tha ke dā karta kya e?`),
    no(`tashakor brar, masala-e "address already in use" hal shud, faqat tomcat do bar start shuda bud. port
exhaustion nabud.`),
    no(`yi chu ne port exhaustion, asi wuchh — TIME_WAIT chu 300 ti ne. calls chi fail gasan carrier-as peth 503
sabab, carrier chu down.`),
    no(`RST mode पिछले महीने चालू कीता हा, कोई मसला नेईं आया, NAT आह्ले phones सब registered. बस feedback देना हा 👍`),
    no(`bhai vendor ne jo bheja forward kar raha: "When SS_TCP_CLOSE_RESET=On, stateful firewalls may drop RST..."
hamare beech koi stateful firewall af, sirf info ke liye.`),
    no(`salam, dishab RST ra roshan kadum, vali hame endpointha-ye ma faqat UDP hastan, pas hich farq nakad. dorost
fekr mukunum?`),
    no(`RST wala ticket gov raath open, magar asi kor wuchun te pata laj call failure oos codec mismatch. RST chu ne
wajah. band kariv.`),
    no(`kal raat wala masla solve होई गेआ — port exhaustion नेईं हा, इक script loop च API गी hit करदी ही ते API 500
देआ करदा हा. script बंद, सब ठीक.`),
    no(`ilum hamare phones NAT ke peeche e, lekin RST kabhi on af kiya aur phones bilkul registered e. client ne
darr ke pucha tha bas.`),
    no(`brar, yak maqala dar bare-ye TIME_WAIT va tcp_tw_reuse khandum, kheyli jaleb bud. mo hich mushkil nadarim,
faqat sharing 😊`),
    no(`mea wonukh kaansi RST On karun. asi chu ne karun, FIN chu theek asi khaatre. bas tuhund rai wanyiv.`),
    no(`Sir "cannot bind" आह्ला error web portal दा हा, VOS SIP ठीक ऐ. tomcat दोबारा start कीता, हुन ठीक.
कोई ephemeral port दा मसला नेईं.`),
    no(`ilum, daro jo RST On kiya tha wo ino subah wapas Off kar diya, ehtiyat ke taur pe. koi masla af tha. bas log
me note kar lo.`),
    no(`salam, mushtari mega "TIME_WAIT ziyad ast" vali ma check kadum: 350 ast ba 12 CPS, hich error ne. fekr kunum
ghalat-fahmi shuda.`),
    no(`phones chi ne unregistered, yi chu sirf display bug Yealink firmware manz. server peth chi sarinuy registered
hawaan. RST ti chu Off.`),
    no(`असें कोई tuning नेईं कीती, sysctl जियां हा उयां गै. calls दा drop ISP दी वजह कन्नै हा, हुन line ठीक होई
गेई.`),
    no(`bhai tumhara pichla message mila "RST se firewall drop kar sakta e" — hamare yahan RST off e aur firewall bhi
sab pass kar raha. ticket band.`),
    no(`ma dar Mashhad yak video dar YouTube didum dar bare-ye "port exhaustion", mekhastum bufamum ki ma ham mushkil
darim ya ne. ne, ma 2 CPS darim 😂`),
    no(`Quick update: raath gov yi — NAT phones unregistered — yi oos ISP hund CGNAT maintenance, RST saet chu ne
kanh taaluq. aaz subah peth sarinuy registered.`),
    no(`Ram Ram ji, SS_TCP_CLOSE_RESET parameter साढ़े manual च नेईं ऐ. एह् किस version थमां ऐ? हल्ली enable नेईं
करना, बस जानकारी.`),
    no(`ilum, "no new TCP connections" wala alert jhoota tha, monitoring server ka apna DNS down tha. VOS bilkul
theek e.`),
  ],
  portExhaustion: [
    pe(`Assalamu alaikum janab, peak hours manz (raath 9 baje) VOS chu ne nov TCP connections banaan carrier kun.
netstat -an | grep TIME_WAIT | wc -l → 28431. log manz "cannot assign requested address". jaldi wuchiv 🙏`),
    pe(`Ram Ram ji, शाम 8 बजे थमां outbound SIP TCP calls fail होआ करदियां. ss -s: timewait 31207. mbx3000 log च
"bind failed: Address already in use" outgoing socket पर. मदद करो.`),
    pe(`ilum Quetta NOC se: 60 CPS te server ke sab local ports khatam massa. TIME_WAIT 27k se upar, naye calls
carrier ko jaate hi fail. log te "EADDRINUSE". kya karein?`),
    pe(`salam aleikum, server-e VOS dar Kabul dar waqt-e peak (saat 7 shab) connection-e TCP-e naw namusaza.
"ss -tan state time-wait | wc -l" = 24880. fekr kunum hame port-ha-ye local khalas shudan.`),
    pe(`janab yi chu treyim doh. yeli CPS 80 peth gatshi, sarinuy outbound TCP legs chi fail gasan. ss -s:
TCP:   30412 (estab 812, closed 29010, orphaned 3, timewait 28990)
wuni kyah karav? customer chu naraz.`),
    pe(`Sir ji Jammu reseller दा customer रौला पाऽ करदा: रोज़ रात 10-11 बजे calls "cannot bind" कन्नै fail.
असें दिक्खेआ ते TIME_WAIT 22 हज़ार थमां उप्पर. ephemeral ports मुक्की गेदे न?`),
    pe(`bhai log paste kar raha:
java.net.BindException: Cannot assign requested address (connect failed)
ye har outgoing TCP connection pe aa raha jab traffic barhta e. netstat me 26k TIME_WAIT. kanā server ruk gaya 😡`),
    pe(`brar, ma reseller hastum dar Mashhad. mushtari-e ma mega az saat 20:00 ta 23:00 hich call-e TCP birun
namura. ma check kadum: 29 hazar TIME_WAIT, va port range 32768-60999 pur shuda. chi kunum?`),
    pe(`salam, short: TIME_WAIT 33k, outgoing TCP fail, EADDRINUSE, 90 CPS. help.`),
    pe(`कल्ल रात 11:40 पर अचानक सारे TCP carriers पासै calls रुकी गेइयां. dmesg च किश नेईं, पर app log च
"connect() failed: EADDRNOTAVAIL". restart कीता ते 20 मिंट ठीक, फ्ही उयां गै. ports मुक्की जंदे न?`),
    pe(`ilum ino dopahar 2 baje fir se. ss -s te timewait 25k, aur mbx3000 outgoing connection nahi bana pa raha
"address already in use". daro bhi isi waqt yahi hua tha.`),
    pe(`سلام، سرور ما در ساعت شلوغی دیگه کانکشن TCP جدید نمی‌سازه. TIME_WAIT: 27500. error: "Address already in
use" روی اتصال‌های خروجی. لطفاً کمک کنید.`),
    pe(`janab, customer hund complaint chus forward karaan: "raath 9 pat sarinuy calls drop, server bolta cannot bind
local port". asi kor netstat: 31k TIME_WAIT. yi chu port exhaustion na?`),
    pe(`ip_local_port_range 32768 60999 ऐ ते 120 CPS पर सारे ports TIME_WAIT च फसी गेदे न (28k+). outgoing TCP SIP
पर "Cannot assign requested address". tcp_tw_reuse बी 0 ऐ. केह् करचै?`),
    pe(`ilum bara masla: ino 50 CPS ki campaign chali, 15 minute baad koi naya TCP connection af. netstat -ant | awk
'{print $6}' | sort | uniq -c:
  27841 TIME_WAIT
    640 ESTABLISHED
phir sab calls fail.`),
    pe(`salam, az dishab chand bar "cannot bind local address" dar log-e VOS amad, har dafa ki CPS bala mura.
TIME_WAIT 20 hazar se bala. port-ha tamam shuda?`),
    pe(`Srinagar NOC: 21:15 peth alert "outbound TCP connect failure rate 85%". ss -s timewait 29k, local ports chi
sarinuy khatam. mbx3000 restart chu temporary fix, aath minute pat wapas.`),
    pe(`हर रोज़ evening peak च इक्कै गल्ल: outgoing connections पर "Address already in use", TIME_WAIT 20k थमां बद्ध.
3 दिनें थमां चला करदा. कदूं ठीक होग? 😤`),
    pe(`ilum reseller bol raha: "hamare Khuzdar customer ki 40% calls raat ko fail". humne dekha server ke 28k sockets
TIME_WAIT me e aur naye outgoing TCP "cannot bind". port range badhayein?`),
    pe(`brar, ba hamu tuning ki shumo goftin (ip_local_port_range 1024 65000) yak hafta khub bud, ala CPS 150 shuda
va dubara TIME_WAIT 55 hazar, outgoing TCP fail "EADDRINUSE". dobara tamam shud.`),
    pe(`yi chu follow-up: tuhund wanun mutabiq tcp_tw_reuse=1 kor, magar aaz ti 22:00 peth TIME_WAIT 26k te "cannot
assign requested address" outgoing TCP peth. kanh aur?`),
    pe(`Kathua site:
$ ss -s
Total: 31544
TCP:   31120 (estab 702, closed 30301, orphaned 0, timewait 30288)
calls carrier तगर नेईं पुज्जा करदियां, "bind failed". ports मुक्की गे?`),
    pe(`bhai VOS ka outbound TCP to carrier 6 baje ke baad mar jata e. "cannot bind to local address" har dusre
second. TIME_WAIT 24,900 gine. CPS 70. daro se pareshan.`),
    pe(`salam, VOS-e ma dar Quetta ba 100 CPS dar saat-e 9 shab dige connection-e TCP-e jadid namusaza: "Address
already in use" dar connect. netstat 32 hazar TIME_WAIT nishan mita. kheyli jaldi kumak!`),
    pe(`janab, myon ek reseller chu wanaan "server chu har shaam full gasan". asi kor check: ephemeral port range
sarinuy istemaal, 28k TIME_WAIT, nov outgoing connections fail "EADDRINUSE". kyah karav?`),
    pe(`Jai Mata Di ji. Saade Jammu server te high CPS (110) te netstat -an | grep TIME_WAIT | wc -l = 29774.
outgoing TCP connections banna band, log ch "cannot bind socket". turant help chahidi.`),
    pe(`Kalat se urgent: pichle hafte bhi yahi tha. har raat 10 baje ports khatam, TIME_WAIT 26k, naye TCP connect
fail. mbx3000 restart se 10 minute chalta. permanent fix?`),
    pe(`aaz subah 10:30 campaign shuru, 10:45 sarinuy outbound TCP band. ss -tan | grep -c TIME-WAIT → 27116.
local port range 32768-60999 chu pura full 🙏 jaldi.`),
    pe(`sir मेरे customer ने एह् भेजेआ: "Outgoing TCP to 10.20.1.5:5060 failed: errno 98 (EADDRINUSE)". ओह् 90 CPS
पर चलांदे न, TIME_WAIT 25k. एह् port exhaustion ऐ ना?`),
    pe(`سلام برار، از دیشب ساعت ۹ هر وقت ترافیک بالا میره کانکشن‌های خروجی TCP فیل میشن، TIME_WAIT بیست و شش
هزار. "cannot bind" در لاگ. پورت‌ها تمام شده؟`),
  ],
  natUnregistered: [
    nat(`Assalamu alaikum janab, raath kor tuhund team SS_TCP_CLOSE_RESET On, te aaz subah peth chi asi sarinuy
MikroTik pet phones unregistered. 35 extensions. kyah gov?`),
    nat(`Ram Ram ji, जदूं थमां RST mode चालू कीता (कल्ल शाम), साढ़े घरें आह्ले phones जेह्ड़े router दे पिच्छे न, ओह्
बार-बार unregistered होंदे न. office दे public IP आह्ले ठीक न.`),
    nat(`ilum daro tuning ke baad (SS_TCP_CLOSE_RESET=On) Quetta ke NAT ke peeche wale sab phone unregistered massa.
direct IP wale theek e. wapas Off kare?`),
    nat(`salam, bad az in ki RST ra roshan kadin, telefonhai ma ki pusht-e router-e khana (NAT) hastan har 5 daqiqa
unregistered mushan. SIP over TCP. pish az u hich mushkil nabud.`),
    nat(`janab, last change (RST wala) pat chi CGNAT wale customers hund softphones register gasan te 1-2 minute pat
unregistered. Jio CGNAT. bronh kani oos sab theek.`),
    nat(`कल्ल रात server tuning होई, उसदे परैंत MikroTik दे पिच्छे आह्ले 20 Grandstream phones "No Service" दस्सा
करदे. registration टिकदी नेईं. होर किश नेईं बदलेआ.`),
    nat(`bhai customer ka message forward: "jab se aap logon ne TCP close reset on kiya, hamare branch ke phone
(router ke peeche) register nahi rehte". unka MikroTik hAP ac2 e.`),
    nat(`brar, support-e qabli (dishab) baraye TIME_WAIT RST ra "On" kad. ala telefonha-ye daftar-e Dasht-e-Barchi
ki pusht-e NAT hastan unregistered. chi kunem?`),
    nat(`RST On kornuk pat chi NATed endpoints drop gasan. Asterisk peers behind NAT: "UNREACHABLE", VOS registration
list manz chi gayab. server side gov ne kanh aur badal.`),
    nat(`sir, एह् गल्ल: SS_TCP_CLOSE_RESET = On 2 दिन पैह्लें कीता. उस दिन थमां TP-Link router आह्ले घरें दे users दे
phones unregistered. UDP आह्ले ठीक, TCP आह्ले नेईं.`),
    nat(`ilum, RST mode on hone ke baad se Mastung site ke ATA (NAT ke peeche) register af rehte. log te "registration
expired" har 2-3 minute. please dekho.`),
    nat(`سلام، از وقتی که SS_TCP_CLOSE_RESET روشن شد، تیلفون‌های پشت NAT (میکروتیک) رجستر نمی‌مانن. قبلاً مشکل
نداشتیم.`),
    nat(`janab, yi chu bod masla: raath kor tohi RST enable, tath pat chi 60% phones unregistered — sarinuy gharan
manz NAT pet. office LAN walay chi registered.`),
    nat(`Jai Mata Di. Reseller भ्राऽ दस्सा करदे: उंदे Zoiper users (mobile data, CGNAT) परसों थमां unregistered, जदूं
असें server पर RST on कीता. घरें दे WiFi router दे पिच्छे आह्ले बी.`),
    nat(`bhai, jo aap ne kaha tha "RST On karo TIME_WAIT kam hoga" — TIME_WAIT to kam hua lekin ab NAT wale sab phone
unregistered e 😡 ab kya karein?`),
    nat(`salam aleikum, az wakhti ki tanzimat-e TCP reset ra taghir dadin, Yealink-ha pusht-e modem-e khana
registration ra gum mukunan, har chand daqiqa. public IP-ha mushkil nadaran.`),
    nat(`update: RST On thovmut 24 ghante gayi, te behind-NAT phones chi baar baar unregistered. wuni 14 phones
offline, public IP walay 6 chi theek. link chu saaf.`),
    nat(`कल्ल दी maintenance च मैं SS_TCP_CLOSE_RESET On कीता हा. अज्ज सुबह थमां MikroTik NAT दे पिच्छे दे सारे
extensions unregistered. मेरी गलती ऐ? 😟`),
    nat(`ilum Kalat office: phones router ke peeche e, aur "server side reset" wali change ke baad se register af
rehte. 3 saal se theek chal rahe the.`),
    nat(`brar, mushtari-e ma dar Qom mega: "bad az update-e dishab-e shumo hame telefonha unregistered." u pusht-e
NAT ast (router-e Huawei). ma didum ki RST ra dishab roshan kadim.`),
    nat(`salam, customer chu wanaan: "akh hafta bronh oos registration theek". asi kor check, su chu NAT pet te
asi kor RST mode on suy doh. dohan manz chu rishta?`),
    nat(`NAT दे पिच्छे आह्ले phones RST On परैंत register होंदे ते फ्ही 30-40 सकिंट च चली जंदे. sngrep च दिक्खेआ:
REGISTER 200 OK, फ्ही TCP RST, फ्ही phone नमां connection नेईं बनांदा.`),
    nat(`bhai, ye TCP reset wali setting ke baad se hamare CGNAT wale customers ka registration toot raha. PTCL router
ke peeche sab unregistered. koi fix e?`),
    nat(`salam, ma dishab ba tawsiya-ye support RST ra On kadum. imroz 40 ta endpoint ki pusht-e NAT hastan
(daftar-ha-ye kuchak) unregistered shudan. TCP transport.`),
    nat(`janab, asi chi Jammu te Srinagar dwashvay jaayan NAT pet phones. RST enable kornuk pat dwashvay jaayan chi
unregistered gasan, magar direct public IP wala gateway chu registered.`),
    nat(`Boss ने पुच्छेआ phones कीऽ offline न. मैं दिक्खेआ: जेह्ड़े NAT (MikroTik) दे पिच्छे न ओह् सारे unregistered,
ते एह् उस बेल्लै थमां जदूं RST तुंदे पासेआ चालू कीता गेआ.`),
    nat(`ilum, pichli support session me aap logon ne SS_TCP_CLOSE_RESET On kiya. uske baad se Nushki ke sab NAT wale
IP phones unregistered e, 2 din ho gaye.`),
    nat(`سلام برار، بعد از فعال کردن RST mode تلفون‌های پشت روتر خانه رجستر نمی‌شن. تلفون‌های با IP عمومی مشکل
ندارن.`),
    nat(`bhai ek aur follow-up: RST On ke baad NAT phones unregistered wala masla abhi bhi e. keepalive 30 sec kiya
tab bhi. pehle sab theek tha.`),
    nat(`Ram Ram, kal RST chalu kita te aj Udhampur de sare ghar aale users (router de pichhe) unregistered. Jammu
office jithe static public IP ऐ, ओह् ठीक. link दिक्खा करदा ऐ ना?`),
  ],
  firewallRst: [
    fw(`Assalamu alaikum, raath kor RST mode On, aaz subah peth chi calls fail gasan FortiGate kin. forward traffic
log manz chu RST packets peth "Denied by forward policy check / no session matched". kyah karav?`),
    fw(`RST On करने दे बाद थमां अद्धियां calls fail. Cisco ASA log: "%ASA-6-106015: Deny TCP (no connection) from
10.0.0.5/5060 to 203.0.113.9/41022 flags RST on interface outside". firewall RST drop करा करदा?`),
    fw(`ilum pfSense logs te RST packets block dikh rahe, jab se SS_TCP_CLOSE_RESET On kiya. calls carrier ki taraf
connect nahi ho rahe. "block TCP:RA" wali entries.`),
    fw(`salam, az wakhti RST ra roshan kadem, carrier-e ma mega firewall-e unha packet-ha-ye RST ra drop mukuna, va
call-ha fail mushan. unha FortiGate daran.`),
    fw(`janab, iptables conntrack chu RST packets "INVALID" state sabab drop karaan. LOG rule manz chi saasa lines
"... PROTO=TCP SPT=5060 ... RST URGP=0". yi sapud RST On pat. calls chi hang gasan.`),
    fw(`sir साढ़े carrier दे stateful firewall ने नमीं setting (RST on) परैंत साढ़ियां calls रोकी दित्तियां. उंदे
engineer आखदे RST बिना session दे औंदे न ते drop होंदे न.`),
    fw(`bhai firewall wale ne screenshot bheja: "TCP RST out of state - dropped" hazaron entries. daro raat humne VOS
te RST mode lagaya tha. ab aadhi calls fail.`),
    fw(`brar, ma dar Kabul ASA darum. bad az "RST On" dar VOS, log pur az "Deny TCP (no connection) flags RST" shuda
va call-ha-ye TCP fail mushan. chi kunum?`),
    fw(`call failures sapud yeli asi SS_TCP_CLOSE_RESET On kor. Juniper SRX log: "packet dropped, RST without
session". carrier chu wanaan asi RST chu ne wathaan timan taam.`),
    fw(`Jai Mata Di ji. pfSense दे पिच्छे VOS ऐ. RST mode चालू करने परैंत firewall "Default deny rule IPv4" पर TCP:R
block दस्सा करदा, ते calls setup नेईं होआ करदियां.`),
    fw(`ilum "iptables -L -v" me INVALID drop counter tezi se barh raha, aur tcpdump me RST bahar jaate hi drop.
ye sab RST on kiya tab se. calls 40% fail.`),
    fw(`سلام، بعد از روشن کردن SS_TCP_CLOSE_RESET، فایروال FortiGate بسته‌های RST را drop می‌کند و تماس‌ها قطع
می‌شوند. لاگ: "no session matched".`),
    fw(`janab, customer hund pfSense chu asi RST packets drop karaan te timan hindi calls chi ne setup gasan. yi gov
shuru yeli tuhund team kor RST enable. urgent.`),
    fw(`carrier NOC ने email कीती: "your RST packets are being dropped by our stateful firewall since 02:00". ठीक उसै
बेल्लै असें SS_TCP_CLOSE_RESET On कीता हा. हुन calls fail.`),
    fw(`bhai VOS aur carrier ke beech FortiGate e. RST mode ke baad calls 30 sec me fail, aur FortiGate me RST drop
wale logs. wapas Off kare ya firewall me kuch kare?`),
    fw(`salam aleikum, dar datacenter-e Mashhad yak firewall-e stateful darim. bad az tuning-e dishab (RST),
packet-ha-ye RST drop mushan va call-ha dar nim-e rah qat. tcpdump tayid kad.`),
    fw(`tcpdump chu hawaan VOS chu RST sozaan, magar carrier taam chu ne wothaan — manz chu Cisco ASA. RST On pat 35%
calls fail. ASA log: "Deny TCP (no connection) ... flags RST ACK".`),
    fw(`RST आह्ली change परैंत साढ़े Sophos XG ने RST packets invalid मन्नियै drop करने शुरू करी दित्ते. call connect
नेईं होंदी, 408 timeout. पैह्लें सब ठीक हा.`),
    fw(`ilum pichle hafte "tuning" hui thi (RST on). ab carrier keh raha unke firewall me hamare RST drop ho rahe aur
calls lagti nahi. reseller bhi naraz.`),
    fw(`brar, support-e qabli RST ra roshan kad. ala iptables-e server-e carrier (conntrack) RST-ha ra INVALID
mishmara va drop mukuna, call-ha fail mushan. log-esh ra firistadum.`),
    fw(`update: raath RST On, aaz call failure 45%. asi kor firewall (FortiGate 100F) "diagnose debug flow": RST
packets peth "no session matched". firewall chu RST drop karaan, saaf.`),
    fw(`Ram Ram ji, RST on करने परैंत:
$ iptables -L -v -n | grep INVALID
 84312 4211K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
एह् counter बधा करदा ते calls fail. केह् करचै?`),
    fw(`bhai ek customer ka firewall (MikroTik CCR, connection tracking on) RST packets drop kar raha jab se RST mode
enable kiya. calls "no response" pe fail. firewall log me RST invalid.`),
    fw(`salam, carrier-e Irani-e ma mega ki az dishab firewall-eshan RST-hai mo ra block mukuna. dishab mo
SS_TCP_CLOSE_RESET ra On kadem. ala nisf-e call-ha fail.`),
    fw(`janab, VOS te carrier darmiyan chu pfSense. RST mode on kornuk pat pfSense log: "TCP:R blocked" te calls chi
fail gasan. asi chu ne kanh aur badlovmut.`),
    fw(`jad ton pichhle support session ch RST mode on hoeya, saadi FortiGate RST dropped dikha rahi te calls ghat
lagdiyaan. bahut shikayatan aa rahiyaan.`),
    fw(`ilum Quetta DC firewall te Check Point e. RST on ke baad "TCP packet out of state: First packet isn't SYN"
RST flag ke sath drop, calls fail. ye sab daro se.`),
    fw(`سلام برار، از دیشب که RST روشن شد، ASA پکت‌های RST رو drop می‌کنه و کال‌ها وصل نمی‌شن. چه کنیم؟`),
    fw(`Salam janab, carrier hund email: "stateful firewall drops unexpected TCP RST from your IP since last night,
calls rejected". raath oos asi last change RST enable. Off karav kyah?`),
    fw(`sir, हर call पैह्ले 10 सकिंट च कट्टी जंदी. wireshark: साढ़ा RST firewall तगर जंदा, उत्थुआं अग्गें नेईं.
pfSense log च RST blocked. एह् RST mode परैंत थमां.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning133Set: readonly EvalItem[] = Object.values(tuning133Families).flat();
