import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Messages as VOS3000 operators, wholesalers, resellers and NOC staff from Turkey, Iran, Iraqi and Turkish Kurdistan
 * and Azerbaijan send them to their provider on WhatsApp: Turkish with and without its own letters, Persian in
 * Persian script and in Finglish, Sorani Kurdish in Arabic script, Kurmanji Kurdish in Latin letters, and
 * Azerbaijani, all mixed with English technical words. Figures are written as 30 bin, 30.000, 30 000, ۳۰ هزار, 30
 * hezar, 30 min, 30k or in words. The messages range from terse or rude one-liners to rambling voice-note
 * transcripts, and include forwards from customers, carriers and staff, and pasted netstat, ss, tcpdump, iptables,
 * FortiGate and softswitch log lines.
 *
 * The two-hundred-and-forty-third tuning split, written as the two-hundred-and-forty-third never-tuned evaluation set
 * because the wholesale routes of this region run on many VOS3000 switches whose operators change language and script
 * within one message, in fresh hands again. Five negative families of 27 (one service that cannot bind its own port,
 * registration lost for another reason, small figures and questions, firewall work without dropped RST, playbook words
 * denied or explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written before the eighty-first round of rules by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured as such
 * before and after the eighty-first round, then made tuning material for the eighty-second: bench/classify lists its
 * misses.
 *
 * First measured, before any tuning on it: in scope 96.7 %, negatives confident 3.0 %, confident wrong 0 % with the
 * rules of the eightieth round, before the eighty-first.
 * After the eighty-first round: the same.
 * After the eighty-second round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning243Families = {
  oneListeningPort: [
    no(`abi vos web paneli açılmıyor, tomcat loglarında "java.net.BindException: Address already in use: 8080" yazıyor. sunucuya dün jenkins kurmuştuk, o da 8080 dinliyor galiba`),
    no(`mysql baslamiyor, error log: Can't start server: Bind on TCP/IP port: Address already in use, port 3306. eski mysqld process kill olmamis sanirim, ne yapalim`),
    no(`سلام، بعد از نصب nginx روی همون سرور VOS، آپاچی بالا نمیاد: (98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80. کدومشو نگه داریم؟`),
    no(`salam, roo laptop developer-emoon node server ro ejra mikonim, error EADDRINUSE :::3000 mide. fekr konam ye terminal dige baz mondeh. rabti be vos dare?`),
    no(`سڵاو، docker container ی redis دەستپێناکات، دەڵێت bind 0.0.0.0:6379: address already in use. redis ی سەر host ەکە هێشتا کاردەکات`),
    no(`silav, me li ser heman serverê VOS3000 instance duyem ya softswitch vekir ji bo test, lê log dibêje "bind 5060 failed: Address already in use". ya yekem hê dixebite. divê em portekî din bidin?`),
    no(`salam, sshd-ni 2222 portuna keçirdik, restartdan sonra "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use" yazır. orada köhnə bir socat prosesi qalıb deyəsən`),
    no(`[sesli mesaj] evet merhaba ben NOC'tan yazıyorum, şimdi şöyle bir durum var, billing tarafına yeni bir raporlama servisi kurduk ya, o servis 9090 portunu istiyor ama prometheus zaten 9090'da, servis açılırken address already in use verip kapanıyor, prometheus'u mu taşıyalım yoksa raporlama servisinin portunu mu değiştirelim, bir de bu VOS'u etkiler mi onu merak ediyorum, dönüş yaparsanız sevinirim`),
    no(`docker compose up زدم، این ارور رو میده: Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use. postgres خود سرور روشنه. فقط یه پورت، بقیه چیزا اوکیه`),
    no(`vos web manager baz nemishe. catalina.out:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
ye tomcat dige ham nasb shode rooye server, fekr konam oon gerefte`),
    no(`salam, yeni asterisk test üçün qurduq, amma 5060 UDP-ni VOS tutub, asterisk "Unable to bind UDP socket to 0.0.0.0:5060: Address already in use" verir. asteriski 5070-ə keçirək?`),
    no(`بەیانیت باش، دوای restart ی server، httpd کار ناکات: could not bind to address [::]:443. وادیارە nginx ی کۆن هێشتا لەسەر 443 ە. تەنها ئەم پۆرتەیە`),
    no(`heval, grafana venabe, log: "listen tcp :3000: bind: address already in use". min dît ku pêvajoyek node ya kevn li ser 3000 maye. tenê ev e, trafîk normal e`),
    no(`kardeşim lsof -i :80 yaptım, httpd değil, dün denediğimiz python -m http.server 80 açık kalmış. web portal o yüzden açılmıyormuş. onu kapatınca düzelir mi, başka bir şey yapmak lazım mı?`),
    no(`[پیام صوتی] سلام آقای مهندس، ببخشید مزاحم میشم، این همکارمون یه سرویس جدید برای API شارژ نوشته با اسپرینگ بوت، میخواد روی پورت ۸۰۸۰ بالا بیاد ولی میگه Port 8080 was already in use، بعد دیدیم که پنل وب VOS خودش روی ۸۰۸۰ هست، حالا سوالم اینه که پورت API رو عوض کنیم یا پنل رو؟ مرسی`),
    no(`redis-server başlamır: "Could not create server TCP listening socket *:6379: bind: Address already in use". systemctl-də iki redis unit var imiş, biri köhnə. hansını silək?`),
    no(`dadash ye soal, haproxy reload mikonim migeh "Starting frontend https: cannot bind socket [0.0.0.0:443]". nginx ham rooye 443 e. faghat hamin ye port moshkel dare`),
    no(`İletiyorum:
[ERR] sofia.c Error Creating SIP UA for profile: external (sip:mod_sofia@10.0.0.5:5080)
The likely causes for this are: 1) Another application is already listening on the specified address.
bu bizim test freeswitch, aynı sunucuda başka bir şey 5080 tutuyor, nasıl buluruz?`),
    no(`dema ku em vos3000 web portal restart dikin, tomcat dibêje "Address already in use: JVM_Bind" li ser porta 8443. gelo em çawa bibînin kîjan process vê portê digire?`),
    no(`mongodb دەست پێناکات: Failed to set up listener: SocketException: Address already in use 27017. mongod ی دووەم بە هەڵە لە systemd ەوە دەستی پێکردووە`),
    no(`zabbix agent acilmiyor, 10050 address already in use. ne yapiyoruz`),
    no(`[səsli mesaj] salam müəllim, bilirsiz biz ofisdə yeni bir kamera sistemi qurmuşuq, onun proqramı da VOS olan serverin yanındakı maşına qoyulub, indi o proqram 554 portunu açmaq istəyir amma deyir ki bu port artıq istifadədədir, address already in use, baxdıq ki köhnə bir media server də həmin portdadır, onu söndürsək problem olar mı, VOS-a aidiyyəti var?`),
    no(`بعد از آپدیت، سرویس snmpd بالا نمیاد: Error opening specified endpoint "udp:161" — bind: Address already in use. انگار یه snmpd دیگه از قبل روشن مونده`),
    no(`salam, ye instance dovom az mbx3000 ro ba config eshtebah ejra kardim, log mige "SIP listen port 5060 bind error, address already in use". avvali hanooz dare kar mikone va call ha ok an. chetori dovomi ro kamel bebandim?`),
    no(`kodê me yê PHP yê nû bi "php artisan serve" li ser 8000 venabe: "Failed to listen on 127.0.0.1:8000 (reason: Address already in use)". li ser laptopa pêşdebirê ye, ne li ser server`),
    no(`Merhaba, docker'da çalışan kamailio container'ı ayağa kalkmıyor: "bind(): Address already in use" udp:10.20.0.4:5060. host üzerinde de eski bir kamailio servisi enable kalmış. VOS tarafında bir sıkıntı yok, sadece bu container`),
    no(`سڵاو کاکە، openvpn دەستپێناکات: TCP/UDP: Socket bind failed on local address [AF_INET]0.0.0.0:1194: Address already in use. openvpn ی کۆن لە ناو screen دا ماوەتەوە`),
  ],
  otherRegistrationCause: [
    no(`dün müşterinin SIP şifrelerini toplu değiştirdik, şimdi 40 tane Grandstream unregistered, 403 Forbidden alıyorlar. cihazlara yeni şifreyi girmemişler sanırım`),
    no(`سلام، آی‌پی سرور رو از 10.1.1.5 به 10.1.1.9 عوض کردیم و یادمون رفت به مشتری‌ها بگیم. الان همه گیت‌وی‌ها unregistered هستن چون هنوز آی‌پی قدیمی توشونه`),
    no(`bargh-e office 2 saat ghat shod, bad az oon ATA ha register nashodan. modem ro reset kardim hame oomadan bala. faghat mikhastam gozaresh bedam`),
    no(`silav, hesabê yek ji xerîdarên me qediya (expire bû) û nuha softphone wî dibêje "registration failed 403". em dikarin dîsa çalak bikin?`),
    no(`مۆدێمی ئینتەرنێتی نووسینگەی کڕیار گۆڕدرا بۆ مۆدێلێکی تر کە SIP ALG ی هەیە، ئێستا تەلەفۆنەکان unregistered ن. هەموو شتێک UDP یە`),
    no(`salam, sip.example.az DNS adı yeni IP-yə keçirildi, TTL 24 saat qoyulmuşdu, indi bəzi telefonlar hələ köhnə IP-yə register olmağa çalışır və unregistered görünür`),
    no(`musterinin wifi'si cok kotu, mobil softphone surekli unregistered oluyor, 4G'ye gecince duzeliyor. bizim tarafta bir sey var mi`),
    no(`[پیام صوتی] سلام، خسته نباشید، ببینید ما یه مشتری داریم تو کرج که از دیروز تلفن‌هاش وصل نمیشن، رفتیم نگاه کردیم دیدیم آداپتور سوییچ شبکه‌شون سوخته بود، الان عوضش کردیم ولی هنوز دو تا گوشی Yealink رجیستر نمیشن، شاید باید ریبوتشون کنیم؟`),
    no(`license-e vos tamoom shode? az sobh hich account-i register nemishe va to panel neveshte license expired. lotfan tamdid konid`),
    no(`ISP ya xerîdar ji duh êvarê ve qut e, loma hemû telefonên wan unregistered in. ne pirsgirêka me ye, tenê ji bo agahdariyê`),
    no(`ئەکاونتی 1002 بە هەڵە لە پانێڵ سڕایەوە، بۆیە تەلەفۆنەکە register نابێت. دەتوانین بیگەڕێنینەوە؟`),
    no(`Zoiper mobil tətbiqi batareya qənaət rejimində arxa planda bağlanır və unregistered olur. müştəri şikayət edir, nə tövsiyə edək?`),
    no(`Müşteriden gelen: "Abi santral düştü, dahililer unregistered". Baktım, müşteri router'ı değiştirmiş, yeni TP-Link'te SIP ALG açık geliyor, UDP 5060 ile kayıt yapıyorlar. ALG'yi kapattırdık, bekliyoruz`),
    no(`گیت‌وی GoIP مشتری بعد از آپدیت فریمور تنظیماتش ریست شده و پسورد SIP پاک شده، دیگه رجیستر نمیشه. پسورد رو دوباره براشون بفرستیم؟`),
    no(`salam, ye moshtari migeh gateway-esh unregister shode. check kardam, server address ro eshtebah zade: 10.0.3.15 be jaye 10.0.3.51. typo bood`),
    no(`piştî ku me şîfreya hesabê wholesale guhert, gateway ya Dinstar ya xerîdar êdî register nabe, 401 Unauthorized. divê ew şîfreya nû têxe`),
    no(`سێرڤەری DNS ی کڕیار کێشەی هەیە و ناتوانێت sip.domain ەکەمان resolve بکات، بۆیە softphone ەکان unregistered ن. بە IP ڕاستەوخۆ کاردەکات`),
    no(`[səsli mesaj] salam, bu gün səhər Gəncədəki ofisdə işıq kəsilib, generator da işə düşməyib, ona görə bütün telefonlar və Mikrotik söndü, işıq gələndən sonra hamısı özü register oldu, sadəcə bilgi üçün yazıram, indi problem yoxdur`),
    no(`bayiniz hesabına ödeme yapmamış, hesap panelden pasife çekilmiş ve bütün SIP hesapları unregistered. ödeme gelince otomatik açılıyor mu?`),
    no(`سلام. ما یه ماه پیش همه‌ی مشترک‌ها رو از TCP بردیم روی UDP. امروز یه مشتری که مودم ADSL داره و SIP ALG روشنه، تلفنش هر چند دقیقه unregistered میشه. ALG رو روی TP-Link چطوری خاموش کنیم؟`),
    no(`ye softphone roo laptop-e karmand bood, laptop ro format kardan va hala account tanzim nist. chizi baraye ma nist ya bayad kari konim?`),
    no(`telefonên Yealink li ofîsa Amedê unregistered bûn, lê kabloya switch ji cihê xwe derketibû, paqijkerê ofîsê dest lê dabû. me ew dîsa girêda`),
    no(`پاسۆردی ئەدمین گۆڕا و بە هەمان هەڵە پاسۆردی SIP ی 20 ئەکاونتیش گۆڕدرا. ئێستا هەموویان 403 دەدەنەوە`),
    no(`müştəri CGNAT arxasındadır amma problem başqadır: hesabın müddəti bitib, paneldə "expired" yazılıb. uzadın zəhmət olmasa`),
    no(`Merhaba, lisansı yeni sunucuya taşıdık ama MAC adresi farklı olduğu için VOS lisansı geçersiz görünüyor, hiçbir telefon register olmuyor. yeni lisans talep ediyoruz`),
    no(`همکارمون آی‌پی مشتری رو اشتباهی از لیست IP Access حذف کرد، از اون موقع گیت‌وی‌ش رجیستر نمیشه. برگردوندیم، میشه یه چک کنید درست شده؟`),
    no(`dem xweş, ATA ya xerîdar li gund e, Wi-Fi extender bi kar tîne û her êvarê dema baran zêde dibe girêdan qut dibe û ATA unregistered dibe. ji aliyê me de tiştek heye?`),
  ],
  smallFigures: [
    no(`TIME_WAIT tam olarak ne demek? netstat'ta 150 kadar görüyorum, normal mi?`),
    no(`سلام، ss -s رو زدم:
Total: 412
TCP:   95 (estab 38, closed 41, orphaned 0, timewait 39)
این عدد طبیعیه یا باید کاری بکنیم؟`),
    no(`SS_TCP_CLOSE_RESET daghighan chikar mikone? alan rooye Off e va moshkeli nadarim, faghat mikhastam befahmam`),
    no(`pirsek: gelo divê em RST çalak bikin? serverê me bi qasî 15 CPS dixebite, tenê 300 TIME_WAIT hene`),
    no(`سڵاو، پرسیارێکم هەیە: TIME_WAIT چییە و بۆچی لە netstat دا دەردەکەوێت؟ ئێمە تەنها 120 مان هەیە`),
    no(`salam, server sakit vaxtında netstat -an | grep TIME_WAIT | wc -l = 240 göstərir. bu narahat olmalı rəqəmdir?`),
    no(`ip_local_port_range default 32768 60999 duruyor, gunde 2-3 bin cagri yapiyoruz. degistirmemiz gerekir mi yoksa boyle kalsin mi`),
    no(`[پیام صوتی] سلام آقا، یه سوال داشتم، ما یه سرور VOS3000 جدید راه انداختیم، ترافیکش فعلا خیلی کمه، شاید روزی پونصد تا تماس، یکی از همکارا گفت باید tcp_tw_reuse رو روشن کنیم و RST رو هم روشن کنیم، من نمیدونم لازمه یا نه، اگه ممکنه توضیح بدین`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     45 ESTABLISHED
     12 LISTEN
     87 TIME_WAIT
in khube?`),
    no(`ferqa FIN û RST di girtina TCP de çi ye? ji bo fêrbûnê dipirsim, pirsgirêk tune`),
    no(`بۆ health check ی مانگانە: ss -s دەڵێت timewait 310، estab 55. ئایا ئەمە ئاساییە بۆ سێرڤەرێک بە 20 CPS؟`),
    no(`SS_TCP_CLOSE_RESET On etsək TLS ilə nə dəyişir? hələlik heç nə etməmişik, sadəcə öyrənmək istəyirik`),
    no(`Merhaba, aylık kontrolde sunucuda 500 civarı TIME_WAIT gördük, CPU %10, çağrılar sorunsuz. bu seviyede bir şey yapmaya gerek var mı?`),
    no(`تفاوت tcp_tw_reuse و tcp_tw_recycle چیه؟ شنیدم recycle خطرناکه. فقط سوال تئوریه`),
    no(`salam, 30 ta TIME_WAIT dide mishe rooye server-e test. adiye dige?`),
    no(`ss -s:
TCP:   210 (estab 60, closed 130, orphaned 0, timewait 128)
ev baş e? em dixwazin berî ku trafîka nû bê kontrol bikin`),
    no(`پێویستە RST چالاک بکەین یان نا؟ ڕۆژانە نزیکەی 3 هەزار پەیوەندیمان هەیە و هیچ کێشەیەکمان نییە`),
    no(`sual: ephemeral port nədir və linux-da neçə dənə olur? müştəri soruşur, izah etmək istəyirəm`),
    no(`İleti: "Hocam sysctl'de net.ipv4.tcp_fin_timeout 60 görünüyor, düşürelim mi?" — müşteri sordu, sunucuda 180 TIME_WAIT var, yük düşük. önerin nedir?`),
    no(`یه سوال: آیا SS_TCP_CLOSE_RESET روی تماس‌های UDP هم تاثیر داره؟ بیشتر ترانک‌های ما UDP هستن`),
    no(`ss -tan state time-wait | wc -l
421
server 8 core, peak 25 CPS. lazeme kari konim?`),
    no(`dema ku RST vekirî be, gelo NAT çi dike? em naxwazin tiştekî biguherînin, tenê dixwazim bizanibim berî ku em biryar bidin`),
    no(`ئەم ژمارانە باشن؟ netstat: ESTABLISHED 70، TIME_WAIT 260، CLOSE_WAIT 2. سێرڤەرەکە تازەیە`),
    no(`[səsli mesaj] salam, gecə növbəsindəyəm, monitorinqdə TIME_WAIT qrafiki axşam pik vaxtı 90-dan 350-yə qalxdı, sonra yenə düşdü, zənglərdə problem yoxdur, sadəcə bu normaldır ya yox onu bilmək istəyirəm`),
    no(`abi softswitch.conf içinde SS_TCP_CLOSE_RESET satırını göremiyorum, default Off mu oluyor? eklememiz şart mı?`),
    no(`گزارش روزانه: سرور VOS شماره ۲، TIME_WAIT حدود ۲۰۰، ESTABLISHED حدود ۴۰، لود ۰.۳. همه چی نرماله؟`),
    no(`RST On bikin an na? xerîdarekî me dipirse ka ew ji bo serverekî biçûk bi 5 CPS baş e`),
  ],
  firewallNoRst: [
    no(`yeni carrier için 10.50.0.0/24 bloğunu firewall'da whitelist'e eklememiz lazım, 5060 TCP/UDP. FortiGate'te policy yazar mısınız?`),
    no(`سلام، لطفا پورت ۵۰۶۰ رو برای آی‌پی جدید مشتری 62.x.x.x روی فایروال باز کنید`),
    no(`fail2ban IP-e moshtari ro ban karde, chon password ro chand bar eshtebah zade. lotfan unban konid: 10.7.3.22`),
    no(`silav, em dixwazin geo-blocking çalak bikin ji bo hemû welatan ji bilî Iraq û Tirkiye, ji ber êrîşên SIP scanner. di iptables de çawa?`),
    no(`تکایە پۆرتی 8080 ی پانێڵی وێب تەنها بۆ IP ی نووسینگەکەمان بکەنەوە، 10.9.1.4`),
    no(`pfSense-də port forwarding lazımdır: xarici 5060 → daxili 10.0.0.20:5060. necə edək?`),
    no(`mikrotik'te SIP ALG'yi kapatmak icin komut neydi? /ip firewall service-port ... unuttum`),
    no(`[پیام صوتی] سلام مهندس جان، ببین یه کریر جدید از ترکیه داریم وصل میکنیم، آی‌پی‌هاشون رو فرستادن، سه تا رنج هست، میخوام روی ASA براشون rule بذارم که فقط سیگنالینگ و RTP رو اجازه بده، رنج RTP سرور ما ده هزار تا بیست هزاره، یه نمونه کانفیگ بفرستین ممنون میشم`),
    no(`iptables -L ro didam, ye rule baraye RTP range 10000:20000 nadarim. ezafe konim? moshkeli nist, faghat baraye amniat mipursam`),
    no(`fail2ban jail ji bo sip-scanner çawa çêbikin? log dibêje gelek REGISTER ji IP yên nenas tên`),
    no(`کاریەرێکی نوێ زیاد دەکەین، پێویستە چ پۆرتێک لە FortiGate دا بکەینەوە؟ SIP 5060 و RTP؟`),
    no(`AWS security group-da 5060 UDP yalnız carrier IP-ləri üçün açıq qalsın, qalanını bağlayın zəhmət olmasa`),
    no(`Merhaba, ofiste yeni pfSense'e geçtik, VOS sunucusuna SSH'ı sadece VPN'den açık bırakmak istiyoruz. kural önerisi var mı?`),
    no(`سلام، فایروال CSF روی سرور آی‌پی کریر رو بلاک کرده بود چون فکر کرده حمله‌ست (تعداد زیاد INVITE). چطوری دائمی allow کنیم؟`),
    no(`baraye carrier-e jadid az Emarat bayad port 5080 TCP ro baz konim rooye iptables. command ro mifrestin?`),
    no(`ji kerema xwe IP ya nû ya xerîdarê me 62.x.x.x têxin whitelista IP Access ya VOS û firewallê`),
    no(`fail2ban ئای‌پی ی خۆمانی بلۆک کرد 😅 ناتوانین SSH بکەین بۆ سێرڤەر. لە console ەوە چۆن unban بکەین؟`),
    no(`[səsli mesaj] salam, biz bu həftə köhnə Cisco ASA-nı FortiGate ilə əvəz edirik, qaydaların siyahısını hazırlayırıq, VOS üçün hansı portlar lazımdır, web panel, SIP, RTP, bir də H.323 istifadə etmirik, siyahı göndərə bilərsiz?`),
    no(`Çin ve Rusya'dan gelen SIP brute force denemelerini geo-IP ile engellemek istiyoruz, iptables ipset ile nasıl yaparız?`),
    no(`روی روتر مشتری SIP ALG خاموش شد و پورت فورواردینگ ۵۰۶۰ به PBX داخلیش زدیم. دیگه لازم نیست کار دیگه‌ای بکنیم؟ تماس‌ها اوکی‌ان`),
    no(`salam, ye rule jadid to FortiGate mikhaim baraye carrier-e Iraqi: source 10.44.0.0/16, dest port 5060 TCP. lotfan check konid dorost neveshtam: set srcaddr "carrier-iq" / set service "SIP" / set action accept`),
    no(`em dixwazin porta web panelê ji 8080 biguherînin û ji derve bigirin. di firewallê de çi divê bê guhertin?`),
    no(`سڵاو، iptables rule بۆ rate limit ی REGISTER چۆن دەنووسرێت؟ scanner ەکان زۆرن`),
    no(`müştərinin ofisində port forwarding sazlandı, 5060 və 10000-20000 UDP. hər şey işləyir, sadəcə düzgün edib-etmədiyimizi yoxlayın`),
    no(`iptables'ta 5060'a gelen trafik için hashlimit koymak istiyoruz, saniyede 50 yeni bağlantı gibi. mantıklı mı?`),
    no(`لطفا رنج آی‌پی کریر جدید عراقی رو به security group ما تو کلود اضافه کنید، پورت ۵۰۶۰ TCP و UDP`),
    no(`li ser MikroTik a xerîdar em dixwazin dst-nat ji bo 5060 çêbikin ber bi PBX a hundirîn. fermanê bişînin`),
  ],
  negationContext: [
    no(`Bizde tüm trunklar ve dahililer UDP, TCP hiç kullanmıyoruz. Dün iki telefon unregistered oldu, RST ile ilgisi olamaz değil mi? sebebi başka bir şeydir herhalde`),
    no(`RST خاموشه، هیچ‌وقت روشنش نکردیم. TIME_WAIT هم حدود ۲۰۰ تاست. فقط میخواستم مطمئن بشم که نیازی به تغییر نیست`),
    no(`dirooz moshkel-e register dashtim ke bekhatere avaz kardan-e password bood. alan hame ok an, merci az rahnamayi`),
    no(`kesî tiştek neguherand, ne RST ne firewall. telefon ji ber ku kablo qut bû unregistered bûn, nuha baş e`),
    no(`سوپاس بۆ یارمەتییەکەتان، دوای ئەوەی RST مان کوژاندەوە کێشەی firewall ەکە چارەسەر بوو. هەموو پەیوەندییەکان ئێستا کاردەکەن`),
    no(`yönləndirilmiş məqalə: "SS_TCP_CLOSE_RESET On etdikdə NAT arxasındakı telefonlar qeydiyyatı itirə bilər..." maraqlı yazıdır, bizdə belə bir şey yoxdur, sadəcə paylaşıram`),
    no(`Bir arkadaşın firmasında (bizim müşterimiz değil) FortiGate RST'leri düşürüyormuş, çağrılar takılıyormuş. Bizde böyle bir durum yok, sadece merak ettim nasıl çözmüşler`),
    no(`اگه یه روز RST رو روشن کنیم و گوشی‌های پشت NAT unregistered بشن، باید چیکار کنیم؟ الان همه چی خوبه و RST خاموشه`),
    no(`TIME_WAIT faghat 180 tast, pas port exhaustion nist. oon "address already in use" ke to log-e tomcat didim ham bekhatere ye tomcat-e dige bood. hal shod`),
    no(`em tenê UDP bi kar tînin, ji ber vê yekê SS_TCP_CLOSE_RESET bandorê li me nake, rast e? tenê piştrast dikim`),
    no(`هاوکارەکەم پێی وابوو port exhaustion ە، بەڵام TIME_WAIT تەنها 300 ە و کێشەکە لە carrier ەکەوە بوو. ئێستا باشە`),
    no(`RST söndürülüb, firewall dəyişməyib, heç kim heç nəyə toxunmayıb. zənglər carrier tərəfindən 503 ilə rədd olunur, carrier özü də təsdiqlədi ki problem onlardadır`),
    no(`gecen hafta RST'yi actiktan sonra nat arkasindaki telefonlar dusmustu, siz kapattiniz ve o gunden beri sorun yok. tesekkurler, sadece geri bildirim`),
    no(`[پیام صوتی] سلام، فقط خواستم بگم اون مشکلی که هفته پیش داشتیم با فایروال فورتی‌گیت که RST ها رو میریخت، تیم شبکه rule رو درست کرد و RST رو هم خاموش کردیم، از اون موقع هیچ تماسی قطع نشده، دستتون درد نکنه، فعلا کاری لازم نیست`),
    no(`forward az group-e VoIP: "age TIME_WAIT ziad shod tcp_tw_reuse ro 1 konid". faghat baraye etela, ma moshkeli nadarim`),
    no(`heke em rojekê bigihîjin 300 CPS, gelo portên me diqedin? nuha em li 20 CPS in, tenê ji bo plansaziyê dipirsim`),
    no(`تەلەفۆنەکان unregistered بوون، بەڵام هۆکارەکەی گۆڕینی پاسۆرد بوو، نەک RST. RST هەرگیز لای ئێمە چالاک نەکراوە`),
    no(`bizim NOC-da bir nəfər dedi ki firewall RST-ləri atır, amma tcpdump-da baxdıq, RST ümumiyyətlə göndərilmir çünki parametr Off-dur. yəni səbəb o deyil`),
    no(`Müşterimin başka bir sağlayıcıdaki sunucusunda 40 bin TIME_WAIT varmış, ama o sunucu bizde değil, onların NOC'u ilgileniyor. bilginize`),
    no(`این مقاله رو یکی تو گروه فوروارد کرده: «فایروال‌های stateful ممکنه RST رو دراپ کنن و سشن نیمه‌باز بمونه». ما RST رو روشن نکردیم، فقط میخواستم نظر شما رو بدونم`),
    no(`na, SIP-emoon TCP nist, hame chi UDP e. pas in moshkel-e NAT rabti be RST nadare, dorost? fekr konam router-e moshtari ALG dare`),
    no(`spas! piştî ku we SS_TCP_CLOSE_RESET vegerand Off, hemû telefonên li pişt MikroTik dîsa register bûn. her tişt baş e`),
    no(`ئەگەر لە داهاتوودا 50 هەزار TIME_WAIT مان هەبێت چی بکەین؟ ئێستا تەنها 150 مان هەیە، تەنها بۆ زانین`),
    no(`"cannot assign requested address" xətası bizim serverdə deyil, müştərinin öz Asterisk-ində idi, onlar özləri həll etdilər. bizdən heç nə lazım deyil`),
    no(`[sesli mesaj] hocam merhaba, şimdi dün akşam konuştuğumuz konu vardı ya, hani FortiGate RST'leri düşürüyor mu diye, bugün network ekibiyle baktık, aslında firewall'da hiçbir şey düşmüyormuş, sorun carrier'ın kendi tarafındaki bir bakım çalışmasıymış, onlar da teyit etti, dolayısıyla bizim tarafta bir değişiklik yapmaya gerek yok, RST zaten kapalı, sadece haber vereyim dedim`),
    no(`نه، کسی تنظیمات رو عوض نکرده. RST همون Off پیش‌فرضه. گوشی‌ها هم مشکلی ندارن، مشتری فکر کرده بود قطعه چون صفحه‌ی گوشیش خاموش بود`),
    no(`xebatkarê me pirsî: "heke firewall RST biavêje çi dibe?" ez bersivê dizanim lê dixwazim ji we jî bibihîzim. li cem me tiştekî wisa nebûye`),
  ],
  portExhaustion: [
    pe(`abi akşam pikinde 28 bin TIME_WAIT görüyoruz, carrier'a yeni TCP bağlantısı açılmıyor, çağrılar düşüyor`),
    pe(`saat 21'den sonra log doluyor: "connect() failed: Cannot assign requested address". ss -s timewait 31.000 civari. gece 2'de kendiliginden duzeliyor`),
    pe(`سلام، موقع پیک حدود ۳۰ هزار TIME_WAIT داریم و سافت‌سوییچ دیگه نمیتونه به ترانک‌های TCP وصل بشه. فکر کنم پورت‌ها تموم میشن`),
    pe(`dadash peak time 30k time_wait darim, vos nemitoone connection jadid be carrier baz kone. cps ham roo 180 e. chikar konim?`),
    pe(`silav, di saetên qerebalix de ss -s dibêje timewait 42000, û VOS nikare girêdanên TCP yên nû ber bi carrier veke. "address already in use" di logê de ye`),
    pe(`سڵاو، کاتی پیک نزیکەی ٣٥ هەزار TIME_WAIT مان هەیە و softswitch ناتوانێت پەیوەندی TCP ی نوێ بۆ carrier بکاتەوە. پۆرتەکان تەواو دەبن`),
    pe(`salam, axşam pik saatlarında 25 min TIME_WAIT olur, yeni TCP bağlantıları açılmır və zənglər "cannot bind" xətası ilə düşür`),
    pe(`ss -s
Total: 33104
TCP:   32870 (estab 412, closed 32301, orphaned 3, timewait 32290)
pikte durum bu, yeni çağrılar carrier'a gitmiyor. ne yapalım`),
    pe(`[پیام صوتی] سلام مهندس، ببخشید دیر وقته، ببینید از ساعت نه شب که ترافیک عراق میاد بالا یهو تماس‌ها شروع میکنن به فیل شدن، لاگ رو نگاه کردم نوشته cannot assign requested address، بعد netstat زدم دیدم نزدیک چهل هزار تا TIME_WAIT داریم، CPS هم حدود دویست و پنجاهه، تا صبح که ترافیک میخوابه درست میشه، لطفا یه نگاهی بندازین`),
    pe(`netstat -ant | grep -c TIME_WAIT
27514
inam saat 22. call ha be carrier-e TCP fail mishan, "EADDRINUSE" to log hast. local port ha tamoom shodan fekr konam`),
    pe(`[peyama dengî] silav birêz, em li Hewlêrê ne, her şev dema ku trafîk digihîje 200 CPS, softswitch êdî nikare bi TCP bi carrierên xwe re girêbide, me netstat dît, nêzî 30 hezar TIME_WAIT hene, piştî nîvê şevê dîsa normal dibe, ji kerema xwe alîkarî bikin`),
    pe(`لۆگی billing: java.net.BindException: Cannot assign requested address
ئەمە تەنها لە کاتی پیک دا ڕوودەدات کاتێک CPS دەگاتە ٢٠٠، و پەیوەندی TCP ی نوێ بۆ carrier ناکرێتەوە. TIME_WAIT زیاتر لە ٢٨ هەزارە`),
    pe(`pik vaxtı ephemeral portlar bitir, ss -tan state time-wait | wc -l 29 min göstərir, VOS carrier-ə TCP ilə qoşula bilmir. nə edək?`),
    pe(`yine portlar bitti. 30.000 TIME_WAIT. çağrı yok. çözün artık şunu`),
    pe(`Merhaba, bayramdan beri trafik ikiye katlandı, akşam 20:00-23:00 arası 220 CPS'ye çıkıyoruz. Bu saatlerde TCP trunk'lara giden INVITE'lar gitmiyor, mbx3000 logunda "bind error" ve "Cannot assign requested address" satırları var. netstat ile saydık, 35 bin civarı TIME_WAIT. ip_local_port_range hala 32768 60999. Yardım lazım`),
    pe(`پورت‌های لوکال تموم شدن. ss -s: timewait ۳۱۲۰۰. سافت‌سوییچ تو پیک نمیتونه bind کنه. لطفا درستش کنید`),
    pe(`Forward az NOC: "server vos 2 dar peak 33 hezar time wait dare, call ha be trunk-e tcp nemiran, error cannot bind". lotfan check konid`),
    pe(`ji duh ve di pîkê de 28.000 TIME_WAIT, girêdanên nû yên TCP naçin, carrier dibêje ji we INVITE nayê. portên herêmî diqedin`),
    pe(`[نامەی دەنگی] سڵاو کاکە، ئێوارە کە ترافیک زۆر دەبێت، هەموو پەیوەندییە TCP یەکان بۆ carrier ەکان دەوەستن، netstat نزیکەی سی هەزار TIME_WAIT نیشان دەدات، دوای نیوەشەو خۆی باش دەبێتەوە`),
    pe(`ss -s
TCP:   30871 (estab 390, closed 30402, orphaned 0, timewait 30398)
pik saatında belədir, carrier-lərə yeni bağlantı açılmır`),
    pe(`cps 250ye cikinca "address already in use" hatasi basliyor, carrier baglantilari acilmiyor. time_wait 30 binin ustunde`),
    pe(`هر شب ساعت ۱۰ لاگ softswitch پر میشه از "bind: Address already in use" و تماس‌های TCP به کریرها برقرار نمیشه. TIME_WAIT بالای ۲۵ هزاره. صبح درست میشه`),
    pe(`salam, CPS 300, time_wait 40k, ephemeral port-ha kamel masraf mishan va VOS dige connection jadid nemisaze. kernel tuning lazeme?`),
    pe(`hemû portên ephemeral di saet 21 de diqedin. netstat: 32 hezar TIME_WAIT. INVITE bi TCP naçin carrierê. bi lez!`),
    pe(`تکایە یارمەتی، softswitch لە کاتی پیک دا ناتوانێت TCP connection ی نوێ دروست بکات. ss -s: timewait 27k. هەڵە: cannot assign requested address`),
    pe(`[səsli mesaj] salam, bizim Bakıdakı serverdə axşamlar pik saatında, təxminən 230 CPS olanda, carrier-lərə TCP ilə gedən zənglərin hamısı dayanır, netstat-da otuz mindən çox TIME_WAIT var, log-da da "cannot bind" yazır, gecə yarısından sonra öz-özünə düzəlir, zəhmət olmasa baxın`),
    pe(`NOC'taki arkadaştan iletildi: "Abi şu an 38 bin TIME_WAIT var, yeni TCP soketi açılamıyor, EADDRINUSE dönüyor, carrier'lara çağrı çıkmıyor. CPS 260." acil bakabilir misiniz`),
    pe(`تو ساعت اوج، سرور دیگه هیچ اتصال TCP جدیدی به کریرها باز نمیکنه. netstat حدود ۳۰٬۰۰۰ TIME_WAIT نشون میده. local port range هم پیش‌فرضه`),
    pe(`log:
sip tcp connect to 10.40.2.8:5060 failed: Cannot assign requested address
in faghat too peak mishe (200+ cps), time_wait 29 hezar`),
    pe(`di saetên pîkê de 30 000 TIME_WAIT, "cannot bind" di logê softswitch de, û bangên nû naçin carrierên TCP. çi bikin?`),
  ],
  natUnregistered: [
    nat(`RST modunu açtığınızdan beri MikroTik arkasındaki dahililer unregistered oluyor, SIP TCP kullanıyoruz`),
    nat(`dunden beri SS_TCP_CLOSE_RESET On yapildi ya, ofisteki NAT arkasindaki Yealink'ler surekli kayit kaybediyor. TCP ile register oluyorlar`),
    nat(`سلام، از وقتی RST رو روشن کردید، گوشی‌های پشت NAT مشتری‌ها (روتر خونگی) همش unregistered میشن. SIP روی TCP هستن`),
    nat(`az vaghti SS_TCP_CLOSE_RESET ro On kardin, softphone-haye moshtari ke posht-e mikrotik an register-eshoon mipare. tcp estefade mikonim`),
    nat(`ji dema ku we RST çalak kir, telefonên li pişt NAT (routerên malê) registration winda dikin. em SIP bi TCP bi kar tînin`),
    nat(`لەو کاتەوەی RST تان چالاک کرد، تەلەفۆنەکانی پشت NAT (MikroTik) بەردەوام unregistered دەبن. SIP لەسەر TCP یە`),
    nat(`RST rejimi aktiv ediləndən bəri NAT arxasındakı telefonlar qeydiyyatı itirir. SIP TCP üzərindədir, router Mikrotik`),
    nat(`[sesli mesaj] merhaba, geçen hafta siz port sorunu için o RST ayarını açmıştınız ya, ondan sonra bizim ofislerdeki telefonlar, hepsi MikroTik arkasında, TCP ile bağlanıyorlar, birkaç dakikada bir unregistered oluyorlar, sonra tekrar register oluyorlar, bu arada gelen çağrılar kaçıyor, müşteriler çok şikayetçi, acil bakabilir misiniz`),
    nat(`[پیام صوتی] سلام آقای مهندس، از سه‌شنبه که تنظیم RST رو روی سافت‌سوییچ زدین، همه‌ی گیت‌وی‌های مشتری‌هامون که پشت NAT هستن، مخصوصا اونایی که اینترنت CGNAT دارن، دم به دقیقه unregistered میشن، همه‌شون SIP روی TCP هستن، لطفا بررسی کنید`),
    nat(`forward az moshtari: "az dirooz gooshi-ha hey unregister mishan, posht-e modem-e khoone hastim". check kardam, dirooz SS_TCP_CLOSE_RESET=On shod. transport TCP`),
    nat(`piştî ku SS_TCP_CLOSE_RESET bû On, ATA yên xerîdarên li pişt CGNAT her 5 deqîqeyan unregistered dibin. TCP transport`),
    nat(`دوای گۆڕینی SS_TCP_CLOSE_RESET بۆ On، هەموو softphone ەکانی پشت NATی نووسینگە registration یان لەدەست دەدەن. TCP بەکاردەهێنین`),
    nat(`[səsli mesaj] salam, dünən axşam siz softswitch-də RST parametrini açdınız, bu səhərdən bizim Sumqayıt ofisində Mikrotik arxasında olan bütün Grandstream telefonlar unregistered görünür, hamısı TCP ilə qoşulur, bir-iki dəqiqə register olur sonra yenə düşür`),
    nat(`RST açtınız telefonlar düştü. NAT arkası hepsi. TCP. geri alın şunu`),
    nat(`Müşteriden iletilen: "Sabahtan beri dahililer kırmızı, unregistered yazıyor." Müşteri ev/ofis router arkasında, SIP TCP. Dün gece port tükenmesi için RST=On yapmıştık, bağlantılı olabilir mi?`),
    nat(`لاگ رجیستر:
10:02:11 REGISTER from 62.x.x.x:52311 (TCP) 200 OK
10:04:40 REGISTER from 62.x.x.x:52398 (TCP) timeout
این گوشی پشت NATه و از وقتی RST روشن شد همینطوریه`),
    nat(`moshtari-haye CGNAT hamashoon unregistered shodan, az vaghti parametr-e RST ro on kardid. faghat TCP-i ha, UDP-i ha okey an`),
    nat(`[peyama dengî] silav kak, ji roja ku we ew parametre, RST, vekir, telefonên me yên li ofîsa Duhokê, ku li pişt routerê NAT in, her gav unregistered dibin, em TCP bi kar tînin, ji kerema xwe wê vegerînin`),
    nat(`[نامەی دەنگی] سڵاو، لە دوێنێوە کە RST چالاک کرا، Yealink ەکانی پشت ڕاوتەری ماڵ هەموو unregistered ن. SIP بە TCP. تکایە بیگەڕێننەوە`),
    nat(`SS_TCP_CLOSE_RESET=On etdikdən sonra home router arxasındakı Zoiper-lər qeydiyyatdan düşür. TCP. əvvəl belə deyildi`),
    nat(`RST=On'dan sonra ofis NAT'ının arkasındaki IP telefonların kaydı 2-3 dakikada bir kopuyor. transport TCP, keepalive 30 sn. önceden hiç sorun yoktu`),
    nat(`بعد از فعال‌سازی حالت RST، اکانت‌هایی که از پشت میکروتیک با TCP رجیستر میکنن بعد از چند دقیقه آفلاین میشن. قبلش اینطوری نبود`),
    nat(`SS_TCP_CLOSE_RESET ro hafte-ye pish On kardim baraye time_wait, hala gateway-haye posht-e NAT register nemimoonan. SIP over TCP. bargardoonim?`),
    nat(`RST mode ji hefteya borî ve vekirî ye û ATA yên xerîdaran li pişt MikroTik NAT registration winda dikin. TCP bi kar tînin`),
    nat(`لە کاتی چالاککردنی RST ەوە، gateway ەکانی کڕیارانی پشت CGNAT registration لەدەست دەدەن. تەنها ئەوانەی TCP بەکاردەهێنن`),
    nat(`müştərilər şikayət edir: NAT arxasındakı IP telefonlar RST aktivləşdiriləndən sonra tez-tez unregistered olur. TCP ilə qoşulurlar`),
    nat(`vos panel > online users: dün 340 vardı, bugün 90. düşenlerin hepsi NAT arkası ve TCP ile register olan cihazlar. dün akşam softswitch.conf'ta SS_TCP_CLOSE_RESET="On" yapılmıştı`),
    nat(`پس از اینکه SS_TCP_CLOSE_RESET رو روی On گذاشتید، مشترک‌هایی که پشت مودم خانگی هستن مدام از رجیستر خارج میشن. ترنسپورت TCP`),
    nat(`[voice] salam aghaye mohandes, az hamoon shabi ke oon taghiir-e RST ro rooye server dadid, gooshi-haye sherkat-e ma ke hame posht-e ye router-e NAT hastan va ba TCP vasl mishan, hey unregistered mishan, lotfan ye barresi konid`),
    nat(`telefonên li pişt NAT ji dema ku SS_TCP_CLOSE_RESET bû On, unregistered dibin. TCP. ji kerema xwe vegerînin Off`),
  ],
  firewallRst: [
    fw(`RST açıldıktan sonra FortiGate RST paketlerini düşürüyor, carrier tarafında yarım açık oturumlar kalıyor, çağrılar başarısız`),
    fw(`SS_TCP_CLOSE_RESET On yaptiktan sonra cagrilar askida kaliyor. pfSense loglarinda RST paketleri block gorunuyor`),
    fw(`از وقتی RST روشن شد تماس‌ها فیل میشن. فایروال FortiGate بسته‌های RST رو دراپ میکنه و سشن‌ها سمت کریر نیمه‌باز میمونن`),
    fw(`az vaghti RST ro on kardid, call-ha hang mishan. ASA packet-haye RST ro drop mikone, carrier migeh session-ha half-open moondan`),
    fw(`ji dema ku RST hate çalak kirin, bang têk diçin. FortiGate pakêtên RST davêje, û li aliyê carrier sessionên nîv-vekirî dimînin`),
    fw(`لەو کاتەوەی RST چالاک کرا، پەیوەندییەکان سەرناکەون. فایەرواڵی pfSense پاکێتەکانی RST فڕێدەدات`),
    fw(`RST aktiv ediləndən sonra zənglər uğursuz olur, FortiGate RST paketlərini drop edir, carrier tərəfində yarımaçıq sessiyalar qalır`),
    fw(`FortiGate log:
type="traffic" subtype="forward" action="deny" srcip=10.1.1.10 dstip=10.60.0.5 dstport=5060 proto=6 msg="no session matched" tcpflags="RST"
RST=On yaptığımızdan beri carrier çağrıları kopuyor`),
    fw(`[پیام صوتی] سلام مهندس، ببین از دیشب که اون پارامتر RST رو روشن کردین، تماس‌ها با کریر اماراتی نصفه میمونن، تیم شبکه‌شون میگه روی فایروالشون که pfSense هست بسته‌های RST ما دراپ میشن و کانکشن‌ها سمت اونا نیمه‌باز باقی میمونن، حالا سوالم اینه که برگردونیمش یا چیکار کنیم`),
    fw(`iptables -L -v:
 1842  DROP  tcp  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID tcp flags:0x04/0x04
in ghabl az on kardan-e SS_TCP_CLOSE_RESET sefr bood. call ha too carrier gir mikonan`),
    fw(`piştî SS_TCP_CLOSE_RESET=On, bang li ber carrier disekinin. conntrack pakêtên RST wekî INVALID davêje`),
    fw(`دوای ئەوەی SS_TCP_CLOSE_RESET کرا بە On، Cisco ASA پاکێتەکانی RST دادەخات و session ەکان لای carrier نیوە-کراوە دەمێننەوە. پەیوەندییەکان شکست دەهێنن`),
    fw(`[səsli mesaj] salam, NOC-dan yazıram, dünən RST parametrini açandan bəri Türkiyə carrier-i ilə zənglər asılı qalır, onların FortiGate-i bizim RST paketlərimizi atır, deyirlər ki sessiyalar yarımçıq açıq qalır və yeni INVITE-lar köhnə sessiyaya düşür, nə edək?`),
    fw(`RST açtınız, firewall RST'leri yutuyor, çağrılar askıda. düzeltin`),
    fw(`Merhaba, carrier'ımız bildirdi: dünden beri bizden gelen TCP oturumları onların tarafında kapanmıyor, half-open kalıyor ve session limitleri doluyor. Arada bir Palo Alto var, bizim RST'lerimizi eşleşen oturum bulamayıp drop ettiğini söylüyorlar. Biz de dün port sorunu için SS_TCP_CLOSE_RESET'i On yapmıştık.`),
    fw(`از وقتی RST مود روشن شده، تماس‌ها به کریر هنگ میکنن. سرور ما روی کلوده و به نظر میرسه فایروال ابری بسته‌های RST رو دراپ میکنه. کریر هم سشن‌های نیمه‌باز گزارش داده`),
    fw(`firewall-e pfSense RST-haye ma ro block mikone (log: "TCP:R" blocked). az vaghti RST mode fa'al shode call-ha fail mishan`),
    fw(`[peyama dengî] silav, em ji Silêmaniyê ne, ji dema ku RST hate vekirin, bangên me yên bi carrierê re nîvco dimînin, tîma torê dibêje ku firewall ya wan, ku Fortinet e, pakêtên RST davêje û sessionên nîvvekirî li wir dimînin`),
    fw(`لۆگی iptables: "IN=eth0 OUT= SRC=10.2.2.2 DST=10.60.1.1 PROTO=TCP SPT=5060 DPT=41234 RST" DROP. ئەمە دوای چالاککردنی RST دەستیپێکرد، پەیوەندییەکان دەوەستن`),
    fw(`SS_TCP_CLOSE_RESET On edildikdən sonra zənglər alınmır, pfSense RST paketlərini bloklayır. carrier yarımaçıq sessiyalar görür`),
    fw(`conntrack RST paketlerini INVALID sayıp düşürüyor. RST modu açıldığından beri carrier'daki oturumlar yarım açık kalıyor, çağrılar kuruluyor sonra takılıyor`),
    fw(`tcpdump روی سرور: RST ها از ما میرن بیرون
12:01:33 IP 10.1.1.10.5060 > 10.60.0.5.40211: Flags [R], seq 1
ولی سمت کریر هیچی نمیرسه. وسطش یه ASA هست. از وقتی RST روشن شد تماس‌ها فیل میشن`),
    fw(`carrier-e Torkiye migeh session-haye TCP-e ma to firewall-eshoon half-open mimoonan. az vaghti SS_TCP_CLOSE_RESET=On shode. fortigate-eshoon RST ro drop mikone`),
    fw(`RST mode vekirî ye û firewalla stateful pakêtên RST davêje. bangên TCP bi carrierê re têk diçin, sessionên nîvvekirî dimînin`),
    fw(`[نامەی دەنگی] سڵاو کاکە، لە دوای ئەوەی RST تان چالاک کرد، پەیوەندییەکانمان لەگەڵ carrier ی تورکی دادەخرێن یان هەڵدەواسرێن، تیمی تۆڕەکەیان دەڵێت FortiGate ەکەیان پاکێتی RST فڕێدەدات`),
    fw(`bulud serverində RST aktiv edildikdən sonra zənglər asılır. security group/firewall RST paketlərini keçirmir, carrier tərəfində sessiyalar yarımaçıq qalır`),
    fw(`carrier NOC'tan gelen mail: "your RST packets are dropped by our ASA, sessions stay half-open on our side since yesterday". dun RST modunu acmistik. ne yapalim`),
    fw(`بعد از On کردن SS_TCP_CLOSE_RESET، فایروال stateful خودمون (iptables با conntrack) بسته‌های RST رو دراپ میکنه و تماس‌ها با کریر گیر میکنن`),
    fw(`salam, RST on shode va hala call ha be carrier-e Iraqi nimekare mimoonan. shabake-shoon migan Sophos-eshoon RST ro mirize. half-open session`),
    fw(`piştî ku me RST vekir, ASA pakêtên RST davêje û bang li ber carrier disekinin. li aliyê wan sessionên nîvvekirî hene`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning243Set: readonly EvalItem[] = Object.values(tuning243Families).flat();
