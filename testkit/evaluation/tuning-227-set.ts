import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * WhatsApp messages from VOS3000 operators and resellers in Turkey, Azerbaijan, Iran, Afghanistan and Iraqi Kurdistan:
 * Turkish (with and without Turkish letters, "abi", "hocam", "kanka"), Azerbaijani, Persian in Persian script and in
 * Finglish, Dari, Kurdish (Sorani in Arabic script, Kurmanji in Latin), all mixed with English technical words, plus
 * broken English. Figures are written the local way (30 bin, 30 min, ۳۰ هزار, 30 hezar, 28.000, 30k). Polite or rude,
 * typos and no punctuation, voice-note transcripts, forwards from their own customers and staff, pasted command output.
 *
 * The two-hundred-and-twenty-seventh tuning split, written as the two-hundred-and-twenty-seventh never-tuned evaluation
 * set because operators from Istanbul to Kabul write Turkish, Azerbaijani, Persian, Dari and Kurdish in two scripts and
 * in Finglish. Five negative families of 27 (one service that cannot bind its own port, registration lost for another
 * reason, small figures and questions, firewall work without dropped RST, playbook words denied or explained) and three
 * positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping
 * RST). Written before the seventy-seventh round of rules by someone who had read only the playbooks' symptoms and the
 * domain notes, without the matcher, its rules or the other sets in view; measured as such before and after the
 * seventy-seventh round, then made tuning material for the seventy-eighth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 93.3 %, negatives confident 2.2 %, confident wrong 0 % with the
 * rules of the seventy-sixth round, before the seventy-seventh.
 * After the seventy-seventh round: the same.
 * After the seventy-eighth round, tuned on: in scope 98.9 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning227Families = {
  oneListeningPort: [
    no(`abi nginx kalkmiyor, "bind() to 0.0.0.0:80 failed (98: Address already in use)" diyor. apache mi acik kaldi ne yaptiysam olmadi`),
    no(`hocam VOS web paneli açılmıyor, tomcat logunda java.net.BindException: Address already in use: JVM_Bind 8080 var. başka bir şey 8080'i tutuyor galiba`),
    no(`سلام وقت بخیر، mbx3000d استارت نمیشه، توی لاگ نوشته bind 5060 failed address already in use. فکر کنم asterisk قبلی هنوز روشنه روی همین سرور`),
    no(`salam, mysql bala nemiad, error mide "Can't start server: Bind on TCP/IP port: Address already in use" port 3306. ye mysql dige ham nasb bood ghablan`),
    no(`Salam, docker-la test üçün freeswitch qaldırmaq istədim, "Bind for 0.0.0.0:5060 failed: port is already allocated" yazır. serverdə VOS işləyir axı, nə edim?`),
    no(`سڵاو کاکە، redis کار ناکات دەڵێت Could not create server TCP listening socket *:6379: bind: Address already in use. چی بکەم؟`),
    no(`silav heval, min porta sshd guhert 2222, niha restart nabe dibêje "Bind to port 2222 on 0.0.0.0 failed: Address already in use." ez çi bikim`),
    no(`Hi, after reboot the second softswitch instance we installed for testing won't start, log says cannot bind 0.0.0.0:5060 address already in use. main mbx3000d is running on the same box`),
    no(`سلام برادر، پورتال وب VOS باز نمیشه. وقتی tomcat را ری‌استارت می‌کنم میگه پورت 8080 گرفته است، Address already in use. یک برنامه دیگر هم روی سرور نصب کرده بودیم`),
    no(`kanka laptopta node app calistiriyorum EADDRINUSE :::3000 hatasi aliyorum, vos ile alakasi yok ama sen bilirsin diye sordum`),
    no(`sunucuda httpd baslamiyor
# netstat -tlnp | grep :80
tcp  0  0 0.0.0.0:80  0.0.0.0:*  LISTEN  2231/nginx
(98)Address already in use: make_sock: could not bind to address 0.0.0.0:80
ne yapayim abi nginx'i kim kurdu bilmiyorum`),
    no(`sir our developer dev server jenkins not starting, says port 8080 already used by vos web. can we change vos web port or jenkins port which is better`),
    no(`سلام، روی سرور تست یه mbx3000d دوم بالا آوردم برای تست نسخه جدید، ولی نمیاد بالا چون 5060 دست اولیه هست. باید پورت SIP رو تو کانفیگ عوض کنم؟`),
    no(`müəllim, postgres servisi başlamır, logda "could not bind IPv4 address 0.0.0.0: Address already in use" 5432. köhnə versiya da işləyir deyəsən`),
    no(`[sesli mesaj] ya abi şimdi şöyle, ben dün akşam sunucuya bi tane asterisk kurdum deneme için, sonra bugün baktım VOS SIP servisi kalkmıyor, logda diyor ki 5060 zaten kullanımda, asterisk'i mi kapatayım ne yapayım bilmiyorum`),
    no(`Forwarded: "Mr. Hamid the billing web page does not open since morning, tomcat catalina.out shows Address already in use <null>:8080" - can you check pls, our staff wrote this`),
    no(`bra, docker compose up dikim, "port is already allocated" 0.0.0.0:80. nginx li ser host heye. çawa çareser bikim?`),
    no(`کاکە mysql لە سێرڤەری VOS ناچێتە سەر، error: bind on TCP/IP port 3306 address already in use. mysqld دوو جار run بووە؟`),
    no(`merhaba, vos3000 kurulumdan sonra web arayuzu 80 portunda acilmiyor cunku cPanel apache zaten 80'de dinliyor. portu nasil degistiririz`),
    no(`dadash ye soal, java app khodemoon ro ro server VOS run kardim BindException: Address already in use port 9090. portesh ba chi dargire? ss -ltnp nemidoonam chejuri bezanam`),
    no(`mbx3000d start fail "bind 5060 in use" -- old process pid 1432 still there after crash?`),
    no(`Salam, ssh-i 22-dən 2200-ə keçirdim, indi sshd qalxmır, "Address already in use" deyir. 2200-də başqa nə var ki?`),
    no(`سلام، ما یک سرور ویندوز داریم که skype و IIS هر دو میخواهند پورت 80 را بگیرند، IIS بالا نمیاید. این را چطور حل کنیم؟ سرور VOS نیست فقط سرور دفتر است`),
    no(`سلام
خروجی ss -ltnp:
LISTEN 0 128 *:8080 *:* users:(("java",pid=2104,fd=45))
وقتی tomcat دوم رو برای پنل reseller بالا میارم میگه BindException. پورت 8080 رو اولی گرفته. میشه دومی رو بذاریم روی 8081؟`),
    no(`hocam redis-server restart attim "bind: Address already in use" diyor 6379, eski process zombi kalmis sanirim. kill -9 yapsam sorun olur mu vos'a`),
    no(`silav mamoste, mbx3000d dixwaze li ser 5060 guhdarî bike lê kamailio ku me ji bo ceribandinê danîbû wî portî girtiye. kamailio rakim?`),
    no(`WHY vos web not opening!!! tomcat says port 8080 already in use. nobody installed anything except our IT guy put some zabbix thing yesterday`),
  ],
  otherRegistrationCause: [
    no(`abi şirketteki 12 yealink telefon unregistered görünüyor, dün gece şifreleri değiştirdik panelden, telefonlarda eski şifre kaldı herhalde 401 Unauthorized dönüyor`),
    no(`سلام، سرورمون رو به IP جدید منتقل کردیم و همه داخلی‌ها unregistered شدن. روی گوشی‌ها هنوز IP قدیمی ست شده. باید یکی یکی عوض کنیم؟`),
    no(`salam agha, bargh raft too daftar, badesh hame phone ha unregister shodan, modem ham ghat mikone az sobh. internet ISP moshkel dare fekr konam`),
    no(`Salam, müştərinin hesabının müddəti bitib, ona görə zoiper register olmur 403 Forbidden verir. hesabı paneldə necə uzadım?`),
    no(`سڵاو، مۆدێمی نوێمان دانا و لەو کاتەوە تەلەفۆنەکان register نابن. بە UDP کار دەکەن. SIP ALG لە ڕاوتەرەکەدا چالاکە، ئایا دەبێت بیکوژێنینەوە؟`),
    no(`silav, wifi li ofîsê ji sibê ve xera bû, telefonên IP hemû unregistered in. kablo jî di nav avahiyê de hatiye birîn`),
    no(`hello, our customer's softphone on Android goes unregistered every time the screen is off. I think battery optimization is killing the app, other phones are fine`),
    no(`سلام، ما دیروز اکانت‌های قدیمی را از VOS پاک کردیم، حالا چند گوشی در ولایت هرات register نمیشوند. شاید همان اکانت‌های پاک شده بودند؟`),
    no(`hocam domain degistirdik sip.eskifirma.com yerine sip.yenifirma.net yaptik, dns daha yayilmamis herhalde, telefonlar register olmuyor`),
    no(`salam, in log ro bebinid:
REGISTER sip:185.x.x.x SIP/2.0
SIP/2.0 403 Forbidden (account expired)
moshtari migoo ta dirooz kar mikard`),
    no(`مشتری ما میگه از وقتی لایسنس VOS تموم شده هیچ گیت‌وی‌ای رجیستر نمیشه. لایسنس رو کی تمدید میکنید؟`),
    no(`müəllim, goip gateway-in enerjisi kəsilib, UPS də yoxdur, indi işıq gəldi amma hələ register olmayıb. nə qədər gözləyim?`),
    no(`[Sesli mesaj çözümü] abi merhaba, şimdi şöyle bir durum var, bizim bayinin ofisinde TTNet'in hattı gitmiş sabahtan beri, telefonlar tabi kayıt olmuyor, arıza kaydı açtık ama siz de bir bakın sizde bi sorun var mı`),
    no(`All phones at branch are unregistered, they use UDP 5060. IT replaced the router with a new TP-Link yesterday, sip alg is ON by default I guess`),
    no(`کاکە، پاسۆردی هەموو ئەکاونتەکانمان گۆڕی بۆ ئەمنیەت، ئێستا ٤٠ تەلەفۆن 401 دەدەنەوە. چۆن بە خێرایی هەموویان provision بکەینەوە؟`),
    no(`salam, ye gateway dinstar darim ke az dishab unregistered bood. raftam didam cable LAN shol boode, vasl kardam doros shod. faghat khastam begam`),
    no(`arkadaşlar bizim müşteri zoiper'de kullanıcı adını yanlış yazmış, 404 not found alıyor. doğru format nedir, 1001@ip mi?`),
    no(`brother the cordless DECT phones all show no service, base station battery is dead after power cut in Erbil, generator was off 6 hours. can they register again alone?`),
    no(`سلام، انترنت افغان تلکام از صبح قطع است، همه تلفن‌های ما unregistered هستند. از طرف سرور شما مشکلی نیست؟`),
    no(`سلام، اکانت reseller ما رو غیرفعال کردین؟ از امروز هیچکدوم از مشترکین ما رجیستر نمیشن و 403 میگیرن. پرداخت هم کردیم دیروز`),
    no(`heval, min şîfreya gateway guhert lê li ser VOS ji bîr kir. niha 401 Unauthorized. li kû derê VOS şîfre biguherim?`),
    no(`salam, bizim reseller ofisdə yeni Keenetic router qoyublar, o gündən MicroSIP register olmur, UDP işlədirik. router-də SIP ALG var, söndürək?`),
    no(`customer says "my phone shows Registration Failed". turned out he put our old IP 5.x.x.x back from a backup config. just fyi, how do we lock the config on grandstream`),
    no(`hocam Bakırköy'deki şubede elektrik kesintisi oldu, poe switch gitti, telefonlar hala açılmadı. switch yanıyor ama telefon ekranı boş`),
    no(`بەڕێز، سێرڤەرەکەتان ناوی DNS ـی گۆڕا؟ sip.xxx.com ئێستا IP یەکی تر دەداتەوە و تەلەفۆنەکان ناتوانن register بن`),
    no(`aghaye mohandes, app linphone ro ro iphone gozashtim vali vaghti app mire background register mipare. push notification nadare?`),
    no(`سلام این لاگ گوشی هست:
Registration failed: 401 Unauthorized
Registration failed: 401 Unauthorized
رمز رو همکارم دیروز از پنل عوض کرده بود بدون اینکه به کسی بگه 😤`),
  ],
  smallFigures: [
    no(`hocam bi soru, ss -s yaptım TIME_WAIT 312 görünüyor, sunucu gece boş zaten. bu normal mi yoksa bir şey mi yapmam lazım?`),
    no(`سلام، TIME_WAIT دقیقا چیه؟ تو netstat حدود ۲۰۰ تا می‌بینم، نگرانی داره؟`),
    no(`salam, tcp_tw_reuse ro roshan konim behtare? server feelan moshkeli nadare faghat mikham bedoonam`),
    no(`Salam, SS_TCP_CLOSE_RESET parametri nə edir? manualda gördüm amma başa düşmədim. bizdə hər şey qaydasındadır, sadəcə maraqlıdır`),
    no(`ss -s output from our switch, is this healthy?
Total: 412 (kernel 530)
TCP:   187 (estab 61, closed 98, orphaned 0, synrecv 0, timewait 96/0), ports 0
thanks`),
    no(`silav, di dema rojê de 450 TIME_WAIT li ser servera me hene. ev normal e an na? bang baş dixebitin`),
    no(`سڵاو، پرسیارێکم هەیە: ip_local_port_range چییە و بۆچی گرنگە؟ ئێستا 32768 60999 ـە. هیچ کێشەمان نییە`),
    no(`kanka netstat'ta 80 tane TIME_WAIT var, 30 bin degil 80 :) normal dimi`),
    no(`سلام، در سرور ما ۶۰ تا ۷۰ اتصال TIME_WAIT دیده میشود وقتی تماس‌ها کم است. آیا این عادی است؟ از چه عددی خطرناک است؟`),
    no(`quick question guys, what's the difference between FIN and RST close in VOS? which one is default?`),
    no(`سلام مهندس، یه health check ماهانه انجام دادیم: CPU ۱۲٪، رم ۴۰٪، TIME_WAIT حدود ۳۵۰، CPS پیک ۱۵. همه چی اوکیه؟`),
    no(`müəllim, tcp_fin_timeout-u 60-dan 30-a endirməyin mənası var? TIME_WAIT-lər onsuz da azdır, 100-dən az`),
    no(`Merhaba, yeni müşteriyiz. Sunucuyu teslim aldık, kontrol ettik: netstat -ant | grep TIME_WAIT | wc -l -> 143. Kaç olunca endişelenmeliyiz? Bir de tcp_tw_recycle diye bir şey okudum, onu açmalı mıyız?`),
    no(`dadash ye soal emtehani daram, chera TIME_WAIT 2MSL tool mikeshe? vase dore VoIP mikhoonam`),
    no(`کاکە ss -s دەڵێت timewait 520، ئێستا ٢٠٠ call لە سەرە. ئەمە ئاساییە؟`),
    no(`bra, ss -s: timewait 38. em tenê 3 CPS in. em dixwazin bizanin gelo divê em tiştekî biguherin an na`),
    no(`Dear support, our auditor ask: is SS_TCP_CLOSE_RESET recommended for small operators like us (max 20 concurrent)? please advise, no problem now`),
    no(`سلام، این عدد ۲۸ توی خروجی netstat یعنی چی؟ "TIME_WAIT 28". همکارم ترسیده 😅`),
    no(`abi dün gece 3'te baktım TIME_WAIT 12 taneydi, sabah 9'da 260. bu artış normal mi gündüz trafiği yüzünden mi`),
    no(`سلام، میخواهم بدانم ss -s در سرور CentOS 6 کار میکند؟ یا باید netstat استفاده کنم؟ فقط برای مانیتورینگ میپرسم`),
    no(`Salam, zabbix-də TIME_WAIT qrafiki qurduq, pik saatda maksimum 600 göstərir. alert üçün hansı limit məsləhətdir?`),
    no(`is 400 time_wait ok on vos3000 2.1.8? no errors just checking`),
    no(`salam
netstat -ant | awk '{print $6}' | sort | uniq -c
    45 ESTABLISHED
   210 TIME_WAIT
     8 LISTEN
kheili ziade? server 50 ta concurrent dare`),
    no(`hocam tcp_tw_reuse=1 yapınca NAT arkasındaki müşteriler için bir sakıncası var mı? şu an 0, sorun yok, sadece öğrenmek istiyorum`),
    no(`سڵاو، ئەو ٩٠ کۆنێکشنەی TIME_WAIT لە سێرڤەرەکەمان مەترسیدارە؟ ترافیکمان زۆر کەمە`),
    no(`مهندس جان این SS_TCP_CLOSE_RESET رو On بذاریم بهتره یا Off بمونه؟ ما فقط ۳۰ تا مشتری داریم با UDP و TCP، مشکلی هم نداریم`),
    no(`silav, TIME_WAIT bi kurdî çi ye? ez di netstat de 150 dibînim`),
  ],
  firewallNoRst: [
    no(`abi fortigate'de yeni carrier için kural açmamız lazım, IP 91.x.x.x, 5060 UDP ve RTP 10000-20000. policy'yi nasıl yazayım`),
    no(`سلام، fail2ban آی‌پی مشتری ما رو بن کرده چون چند بار رمز اشتباه زده. چطور از لیست بن درش بیارم؟`),
    no(`salam, mikham port 8080 web panel ro faghat baraye IP daftar baz konam, iptables ro chetor benevisam?`),
    no(`Salam, pfSense-də geo-blocking qurmaq istəyirik, yalnız AZ, TR və GE ölkələrindən SIP-ə icazə verək. hansı paketi tövsiyə edirsiniz?`),
    no(`سڵاو، دەمانەوێت IPی کۆمپانیای نوێ لە firewallەکەدا whitelist بکەین. تکایە یارمەتیم بدە`),
    no(`silav, min dixwest portala webê ji derve vekim, li ser MikroTik port forwarding 8080 çawa çêkim?`),
    no(`we are under SIP scanning attack from many IPs, friendly-scanner user agent. how to rate limit REGISTER in iptables? calls ok for now`),
    no(`سلام، کریر جدید از ما خواسته IP سرور ما را در فایروال خود whitelist کنند. IP عمومی سرور ما کدام است؟ و کدام پورت‌ها را بگوییم؟`),
    no(`hocam pfsense'te SIP ALG kapatmak lazim mi? siproxd paketi kurulu. arkadasin biri kapat dedi`),
    no(`salam in rule ha ro check konid lotfan:
-A INPUT -p udp --dport 5060 -s 0.0.0.0/0 -j ACCEPT
-A INPUT -p tcp --dport 22 -j ACCEPT
-A INPUT -j DROP
mikham 5060 faghat baraye carrier ha baz bashe`),
    no(`سلام. لاگ فایروال پر شده از DROP برای IPهای چین روی پورت 5060. اینا حمله هستن؟ باید کاری کنم؟`),
    no(`müəllim, ASA-da yeni NAT qaydası lazımdır ki, VOS veb portalı 443-dən çölə açılsın. daxili IP 10.0.0.5`),
    no(`Hello, Korek ISP blocks port 5060 I think, we want to move SIP to 5080. need to open it in firewall and VOS. steps?`),
    no(`Merhaba, fail2ban jail'i çok agresif, kendi ofis IP'mizi banlıyor. ignoreip'e nasıl eklerim? bir de bantime ne olsun`),
    no(`کاکە لە FortiGate ـەکەدا rate limit دابنێم بۆ SIP؟ REGISTER ـی زۆر لە IPی نەناسراوەوە دێت`),
    no(`heval, em dixwazin li ser CentOS 7 firewalld ji bo portên RTP 10000-20000 vekin. firewall-cmd çawa ye?`),
    no(`aghaye mohandes, AWS security group baraye VOS chi bazi ro baz konim? 5060 tcp udp, rtp range, web... list ro befrestid`),
    no(`fail2ban-client status vos-sip
Status for the jail: vos-sip
|- Currently failed: 3
|- Total banned: 1294
Is this normal? so many ban. Do we need more strict rules`),
    no(`سلام، میخواهیم فقط از ایران و افغانستان اجازه تماس بدهیم و بقیه کشورها را بلاک کنیم. در iptables با ipset ممکن است؟`),
    no(`hocam sonicwall'da consistent NAT açık mı olmalı VOS için? yeni kurduk, bi de SIP transformations'ı kapattık`),
    no(`سلام، می‌خوام پنل مدیریت VOS فقط از طریق VPN در دسترس باشه. باید کدوم پورت‌ها رو روی فایروال ببندم؟`),
    no(`Salam, yeni carrier-in IP-si dəyişib 45.x.x.x olub, firewall-da köhnəni silib yenisini əlavə etməliyik. iptables-də edim yoxsa VOS-un öz IP whitelist-ində?`),
    no(`our DC put a hardware firewall in front of the server, need list of ports for vos3000 to open. web 80, sip 5060 and what else? database port should stay closed right?`),
    no(`silav, fail2ban IP-ya carrierê me ban kir!! ji ber ku gelek 404 şandin. bi lez rakin ji kerema xwe, bang naçin`),
    no(`سڵاو، دەمانەوێت لە ڕاوتەری TP-Link ـەوە port forwarding بۆ web portal بکەین، port 80 بۆ 192.168.1.20. ئەمە ئەمنە؟`),
    no(`[sesli mesaj] abi selam, şimdi bizim datacenter'dan aradılar, firewall'da 5060'a çok fazla istek geliyor diyorlar, DDoS olabilir diyorlar, sen ne dersin, rate limit mi koyalım, yoksa port mu değiştirelim`),
    no(`مهندس، توی Mikrotik یه address-list برای carrierها ساختم و بقیه رو drop کردم. ولی الان میخوام کاربرای موبایل‌اپ هم بتونن وصل بشن. چطوری؟`),
  ],
  negationContext: [
    no(`hocam bilginize, geçen hafta TIME_WAIT 30 bine çıkmıştı, sizin dediğiniz ayarları yaptık, şu an 2 bin civarı, sorun tamamen çözüldü. sadece kayıt için yazıyorum`),
    no(`سلام، اگر SS_TCP_CLOSE_RESET رو On کنیم، گوشی‌هایی که پشت NAT هستن مشکل پیدا میکنن؟ هنوز روشن نکردیم، فقط داریم برنامه‌ریزی میکنیم`),
    no(`salam, ma faghat UDP estefade mikonim, hich phone e TCP nadarim. RST ro ham ghablan on kardim. mikham bedoonam roo UDP ta'sir dare ya na? moshkeli nist`),
    no(`Salam, səhər telefonlar unregistered oldu amma RST rejimi heç vaxt açılmayıb, heç kim heç nə dəyişməyib. internet kəsilmişdi, indi düzəldi`),
    no(`for the record: yesterday's "cannot assign requested address" alarm was a false alarm, monitoring script was checking the wrong server. switch is fine, TIME_WAIT 800`),
    no(`سڵاو، ئەمە پرسیاری ڕاهێنانە بۆ ستافەکەمان: ئەگەر firewall پاکێتی RST فڕێ بدات چی ڕوودەدات؟ هیچ کێشەیەکمان نییە`),
    no(`heval, li ser servera lab-ê me RST vekir û telefonên li pişt NAT unregistered bûn. ev server ne production e, tenê ceribandin bû. production baş e`),
    no(`سلام، همکار سابق ما میگفت چند سال پیش در یک شرکت دیگر فایروال Fortigate بسته‌های RST را drop میکرده و تماس‌ها قطع میشده. آیا این درست است؟ ما چنین مشکلی نداریم`),
    no(`abi sifre degisikliginden sonra telefonlar unregistered oldu, RST ile alakasi yok yani, RST kapali zaten. yeni sifreyi girince duzeldi`),
    no(`سلام، EADDRINUSE رو توی لاگ دیدیم ولی مال سرور VOS نیست، مال سرور billing جداگانه‌ست که nodejs داره. VOS مشکلی نداره`),
    no(`Our NOC asked: if we turn RST mode on to reduce TIME_WAIT, will our pfSense drop the resets? We haven't changed anything yet, TIME_WAIT currently ~900, just planning`),
    no(`Hörmətli dəstək, keçən ay FortiGate RST-ləri atırdı deyə RST-ni Off etmişdik, o vaxtdan bəri zənglər normaldır. sadəcə məlumat üçün yazıram, hesabat lazımdır`),
    no(`کاکە ئەو کێشەی "address already in use" لە ٢٠١٩ بوو لە سێرڤەرە کۆنەکەمان. سێرڤەرە نوێیەکە هیچ کێشەیەکی نییە. تەنها دەپرسم ئایا ڕێکخستنەکان گواستراونەتەوە؟`),
    no(`salam, az vaghti ke RST ro off kardim hame phone haye posht NAT register shodan va hamechi oke. mersi, faghat khastam tashakor konam`),
    no(`Merhaba, müşteri "telefonlar unregistered" diye yazdı ama kontrol ettim, bizim NAT arkasındaki telefonlar UDP kullanıyor ve RST modu Off. Sorun müşterinin kendi modemiymiş, resetlediler düzeldi.`),
    no(`bro training question for new staff: why RST helps TIME_WAIT but hurts NAT? we don't have issue just want to explain to team`),
    no(`سلام، ما تصمیم داریم سرور جدید با CPS بالا راه بندازیم. برای جلوگیری از port exhaustion از الان RST رو On کنیم یا اول tcp_tw_reuse؟ هنوز هیچ ترافیکی نداره`),
    no(`سلام، لاگ فایروال ما "RST dropped" نشان میداد ولی معلوم شد آن لاگ مال سرور ایمیل است نه VOS. تماس‌ها هیچ مشکلی ندارند`),
    no(`silav, kesî tiştek neguherand, RST jî nehatiye vekirin. lê hinek telefon unregistered in ji ber ku abonetiya wan qediyaye. ez tenê dipirsim ka RST dikare sedem be? na, ne wisa?`),
    no(`müəllim, dünən TIME_WAIT 30 min idi, amma o yük testində idi, test serverində. production-da 500-dür. narahat olmağa dəyməz, elə deyil?`),
    no(`abi dün söylediğim sorun vardı ya, firewall RST'leri düşürüyor demiştim, yanlış anlamışım, aslında kablo çıkmış. kusura bakma boşuna uğraştırdım`),
    no(`Hi, the BindException in our logs is from last Tuesday during the DC migration, it stopped after that and hasn't come back. Closing the ticket on our side, no action needed.`),
    no(`سڵاو، ئەگەر ڕۆژێک تەلەفۆنەکانی پشت NAT دوای چالاککردنی RST بە TCP register نەبن، چی بکەین؟ ئێستا RST کوژاوەیە و هەموو شت باشە، بۆ پلانی ئایندەیە`),
    no(`[ویس] سلام آقای مهندس، ببینید من فقط میخواستم بگم که اون قضیه‌ی فایروال که گفتیم، نه، اصلا ربطی به RST نداشت، چون RST ما خاموشه، مشکل از قانون جدیدی بود که همکارم گذاشته بود و پاکش کرد، الان همه چی درسته`),
    no(`ye soal az taraf doostam ke server dige dare (na server ma): oon gofte bad az RST on kardan, 28 hezar TIME_WAIT oomade payin ta 1000. in tabi'ie? server khodemoon RST off e va moshkeli nadare`),
    no(`hocam müşteri soruyor "sizde RST açık mı, NAT arkasındaki telefonlarım etkilenir mi" diye. Bizde tüm uçlar UDP, RST de hiç açılmadı. Ne cevap vereyim, etkilenmez diyebilir miyim?`),
    no(`Dear team, I read in forum that with RST mode FortiGate drops packets and calls hang. We use FortiGate but RST never enabled on our VOS, so this is not our case right? no issues currently`),
  ],
  portExhaustion: [
    pe(`abi acil!! akşam 8'den sonra çağrılar gitmiyor, logda "Cannot assign requested address" dolu, ss -s'de timewait 28 bin. restart atınca düzeliyor 1 saat sonra yine aynı`),
    pe(`سلام مهندس، سر ساعت پیک کلی تماس fail میشه. netstat نشون میده حدود ۳۰ هزار کانکشن TIME_WAIT داریم. شب که ترافیک کم میشه درست میشه. لطفا کمک کنید`),
    pe(`salam, har shab saat 9 ta 11 call ha be carrier ba TCP vasl nemishan, tu log neveshte bind failed EADDRINUSE. TIME_WAIT 30 hezar ta. restart mbx kardam doros shod vali farda dobare`),
    pe(`Salam müəllim, pik saatlarda CPS 150-yə çatanda yeni TCP bağlantılar qurulmur, logda "address already in use" yazır. ss -s göstərir timewait 31 min. gecə hər şey normal olur`),
    pe(`ss -s
Total: 33412 (kernel 33590)
TCP:   32980 (estab 412, closed 32501, orphaned 3, synrecv 0, timewait 32488/0), ports 0

our calls to carrier over TCP failing since 1 hour, "Cannot assign requested address". help urgent`),
    pe(`سڵاو کاکە، لە کاتی پیکدا کاڵەکان ناڕۆن بۆ carrier، لە لۆگدا دەڵێت BindException: Address already in use. نزیکەی ٢٩ هەزار TIME_WAIT هەیە. دوای restart باش دەبێت`),
    pe(`silav heval, êvarê dema ku trafîk zêde dibe bang naçin, di log de "cannot assign requested address". netstat 27 hezar TIME_WAIT nîşan dide. şevê baş dibe`),
    pe(`سلام، در ساعات شلوغ تماس‌ها به اپراتور وصل نمیشوند. در لاگ VOS نوشته Address already in use و تعداد TIME_WAIT حدود ۲۸ هزار است. بعد از ریستارت خوب میشود ولی دوباره برمیگردد`),
    pe(`hocam yine ayni sorun, timewait 30k, cagrilar dusuyor, EADDRINUSE. her aksam`),
    pe(`[voice note transcript] hello sir, so the problem is again today, exactly at peak time around 7 pm, the calls to the Turkish carrier they stop connecting, and my engineer he check with netstat and there is like thirty thousand time wait, thirty thousand, and log say address already in use, then after midnight it's fine. please fix permanently`),
    pe(`سلام
netstat -ant | grep TIME_WAIT | wc -l
31874
و تو لاگ mbx3000:
connect to 62.x.x.x:5060 failed: Cannot assign requested address
مشتری‌ها دارن شکایت میکنن، CPS الان بالای ۲۰۰ هست`),
    pe(`müəllim, dünən də yazmışdım, bu gün yenə. saat 18-dən sonra TCP trunk-lar connect olmur. ss -s: timewait 29412. restart edəndə 10 dəqiqə yaxşı olur. portlar qurtarır deyəsən`),
    pe(`کاکە ئەمڕۆ دیسان، وەک دەڵێن ports هەموو تەواو بوون، "cannot assign requested address" لە mbx3000 log. TIME_WAIT = 30 هەزار. CPS لە پیکدا 180ـە`),
    pe(`Merhaba, 2 haftadır her gün aynı saatlerde (20:00-23:00) TCP üzerinden giden çağrılarımız yarıda kalıyor ya da hiç kurulmuyor. Log'da sürekli "java.net.BindException: Address already in use: connect" görüyoruz. netstat ile baktık 28.000 civarı TIME_WAIT var. Gece 2'den sonra kendiliğinden düzeliyor. Ne yapmamız gerekiyor?`),
    pe(`bra, me trafîka nû ji carrierekî Iraqê wergirt, CPS du qat bû. ji wê rojê ve di saetên qelebalix de "EADDRINUSE" û 30 hezar TIME_WAIT. bang naçin derve`),
    pe(`chera dobare call ha nemiran?? 29 hezar time wait, cannot assign requested address. har roz hamin. doros konid!!`),
    pe(`Hello, since we increased traffic to 250 CPS the switch can't open new TCP connections to carriers at peak. ss shows 30k+ TIME_WAIT and local port range is 32768-60999. after restart ok for a while`),
    pe(`سلام برادر، باز هم همان مشکل. شب‌ها ساعت ۸ تماس‌ها وصل نمیشوند. TIME_WAIT از ۲۵ هزار بالاتر رفته. در لاگ cannot bind نوشته است. لطفا زودتر`),
    pe(`[Forwarded] از طرف تیم NOC: «ساعت ۲۰:۱۵ حدود ۴۰٪ تماس‌های خروجی TCP با خطای Cannot assign requested address رد شدن. تعداد TIME_WAIT: ۳۲٬۰۰۰. با ریستارت سرویس موقتا حل شد.» لطفا بررسی کنید چرا هر شب تکرار میشه`),
    pe(`abi log bu:
2024-03-12 20:41:07 ERROR SipTcpConnector connect 185.x.x.x:5060 failed: Cannot assign requested address
2024-03-12 20:41:07 ERROR SipTcpConnector connect 185.x.x.x:5060 failed: Cannot assign requested address
(yüzlerce satır)
ss -s timewait 30214. ne oluyor`),
    pe(`سڵاو، هەموو ئێوارەیەک لە کاتی جەنجاڵیدا سێرڤەرەکە ناتوانێت کۆنێکشنی نوێی TCP بکاتەوە. "address already in use" و ٣٠ هەزار TIME_WAIT. بەیانیان هیچ کێشە نییە`),
    pe(`heval, CPS îro gihîşt 300, sistem nikare portên local veke, log dibêje "cannot assign requested address". ss -s: timewait 33k. ev jixwe cara sêyem e vê hefteyê`),
    pe(`TIME_WAIT 28k again, EADDRINUSE on outbound to carrier, peak hour. same as last week. pls`),
    pe(`Salam, serverdə ss yoxdur (CentOS 5), netstat ilə saydım 30 min TIME_WAIT var. axşam zənglər kəsilir, logda BindException. səhər düzəlir`),
    pe(`سلام، از وقتی ترافیک عراق رو گرفتیم، هر شب ساعت ۹ به بعد تماس‌های TCP به کریر fail میشن. ss -s میگه timewait ۲۷۸۰۰. ارور: cannot assign requested address. ریستارت موقتا جواب میده`),
    pe(`[sesli mesaj] hocam merhaba ya yine aynı şey oldu, akşam yoğun saatte sistem kilitlendi resmen, yeni bağlantı açamıyor, logda adres zaten kullanımda diyor, TIME_WAIT otuz bin küsur, sabaha kadar bekleyemeyiz müşteriler kaçıyor`),
    pe(`salam
# ss -s
TCP: 29877 (estab 233, closed 29501, orphaned 0, timewait 29490/0)
va tu log: bind: Address already in use (connect to carrier). saat 8 shab. komak`),
    pe(`سلام، سرور ما در ساعات اوج ۳۰ هزار TIME_WAIT جمع میکند و پورت‌های محلی تمام میشوند. اتصالات جدید به کریر برقرار نمیشود. این مشکل از هفته گذشته هر روز تکرار میشود`),
    pe(`Dear, every evening between 19:00-22:00 our outbound TCP legs fail with "Cannot assign requested address". netstat -an | grep -c TIME_WAIT = 29,655. At 3 am its 1,200. What to change?`),
    pe(`yenə oldu! 30k timewait, yeni zənglər getmir, "address already in use". indi restart etdim, amma sabah yenə olacaq`),
  ],
  natUnregistered: [
    nat(`abi dün SS_TCP_CLOSE_RESET'i On yaptık, bugün MikroTik arkasındaki ofis telefonları hep unregistered görünüyor. public IP'li telefonlar sorunsuz. TCP ile register oluyorlar`),
    nat(`سلام، از وقتی RST mode رو روشن کردیم، گوشی‌های شعبه که پشت NAT هستن و با TCP رجیستر میشن مدام unregister میشن. گوشی‌هایی که IP عمومی دارن مشکلی ندارن`),
    nat(`salam mohandes, az dirooz ke RST ro on kardim, softphone haye karmanda ke az khoone kar mikonan (posht modem) register shoon mipare, TCP estefade mikonan. oonayi ke UDP an oke`),
    nat(`Salam, RST rejimini aktiv etdikdən sonra NAT arxasındakı Yealink-lər TCP ilə qeydiyyatdan düşür, hər 5-10 dəqiqədən bir unregistered olur. public IP-li cihazlar yaxşıdır`),
    nat(`سڵاو، لەو کاتەوەی RST ـمان چالاک کرد، تەلەفۆنەکانی لقی سلێمانی کە لە پشت MikroTik ن و بە TCP register دەبن، بەردەوام unregistered دەبن`),
    nat(`silav, piştî ku me RST vekir, telefonên li pişt routerê (NAT) ku bi TCP register dibin, her gav unregistered dibin. yên bi IP-ya giştî baş in`),
    nat(`سلام، از زمانی که تنظیم SS_TCP_CLOSE_RESET را روی On گذاشتیم، تلفن‌های دفتر کابل که پشت روتر هستند و از TCP استفاده میکنند، registration را از دست میدهند`),
    nat(`Hi, we enabled RST close mode on Monday to fix TIME_WAIT. Since then all our home users on Zoiper (TCP transport, behind home routers) keep dropping registration. Our office phones with public IP are fine.`),
    nat(`hocam rst acinca nat arkasindaki zoiperlar dustu, tcp ile kayitli olanlar. udp olanlar calisiyor. geri mi alalim`),
    nat(`[ویس] سلام آقای مهندس، ببخشید مزاحم میشم، ببینید از دیشب که شما اون تنظیم RST رو روشن کردید، همه‌ی تلفن‌های دفتر مرکزی ما که پشت میکروتیک هستن آنرجیستر شدن، فقط اونایی که IP ثابت دارن کار میکنن، لطفا زود یه کاری بکنید`),
    nat(`[Yönləndirilib] "Salam, ofisdə səhərdən heç bir telefon register olmur, Grandstream-lər TCP ilə qoşulur, router arxasındayıq" - bu bizim müştəridir. qeyd edim ki dünən axşam VOS-da RST On etdik`),
    nat(`VOS registration list:
1001  192.168.88.12:5060 via 85.x.x.x  TCP  Unregistered
1002  192.168.88.13:5060 via 85.x.x.x  TCP  Unregistered
2001  91.x.x.x:5060  TCP  Registered
all NATed ones gone after we set SS_TCP_CLOSE_RESET=On yesterday`),
    nat(`کاکە دوێنێ RST mode ـمان کردە On، ئێستا هەموو بەکارهێنەرانی ماڵەوە کە microSIP بە TCP بەکاردێنن unregistered دەبن، ئەوانەی IPی گشتییان هەیە باشن. چی بکەین؟`),
    nat(`heval, ji dema ku RST çalak bû, şaxa me ya li Duhokê (li pişt MikroTik) nikare register bimîne. TCP bikar tînin. her çend deqîqe carekê dikeve`),
    nat(`Merhaba, geçen hafta TIME_WAIT sorunu için sizin önerinizle SS_TCP_CLOSE_RESET="On" yapmıştık. TIME_WAIT düzeldi ama bu sefer şubelerdeki telefonlar (hepsi modem/NAT arkasında, SIP over TCP) sürekli kayıttan düşüyor. Merkezdeki sabit IP'li santral sorunsuz. Ne yapmalıyız?`),
    nat(`aghaye mohandes in telefonaye shobe tabriz ke posht NAT an hamash unregister mishan az vaghti RST ro on kardim. TCP transport. IP public ha moshkel nadaran`),
    nat(`after RST on, NAT phones over TCP unregistered. public ones ok. plz help`),
    nat(`سلام برادر، بعد از فعال کردن حالت RST، کاربران خانگی ما که پشت مودم هستند و با TCP وصل میشوند هر چند دقیقه unregistered میشوند. چه کنیم؟`),
    nat(`müəllim, RST-ni dünən On etdik, bu gün filialdakı 40 telefonun hamısı gah qeydiyyatda olur, gah yox. hamısı NAT arxasındadır, TCP istifadə edir. mərkəzdə public IP olanlar stabildir`),
    nat(`سلام
grep -i unregister روی لاگ mbx3000
همه‌ی خطوط مربوط به IPهای 192.168.x.x پشت NAT هستن. از وقتی SS_TCP_CLOSE_RESET="On" شد اینطوری شده. transport=tcp`),
    nat(`[sesli mesaj] abi selamünaleyküm, dün sizin arkadaş RST modunu açtı ya, bugün evden çalışan çağrı merkezi elemanlarının hepsi düştü, softphone kayıt olmuyor, hepsi evde modem arkasında, TCP ile bağlanıyorlar, ofistekiler sabit IP onlar çalışıyor`),
    nat(`hello kaka, since RST ON our NAT customers in Erbil on TCP keep losing registration, every 2-3 min Unregistered then Registered again. public IP gateways stable`),
    nat(`silav, me RST On kir û niha softphone-ên mobîl ku bi TCP li pişt NAT-a operatorê ne, nikarin register bimînin. yên UDP baş in`),
    nat(`tcpdump shows we send RST to 85.x.x.x:41822 (customer MikroTik NAT) after each transaction, then the phone's next REGISTER over TCP never arrives and phone shows unregistered. started right after RST mode On. public-IP phones not affected`),
    nat(`salam, RST ro dishab baraye TIME_WAIT roshan kardim. alan 200 ta az moshtari haye residential ke posht NAT hastan va TCP darand hame unregistered. SOS`),
    nat(`Salam, SS_TCP_CLOSE_RESET On olandan bəri Bakıdakı ofisin Cisco SPA telefonları (TCP, Keenetic router arxasında) register saxlamır. statik IP-li gateway problemsizdir`),
    nat(`مهندس جان تنظیم RST رو که فعال کردید، گوشی‌های ما که پشت NAT هستن دیگه رجیستر نمیمونن. با TCP وصلن. فقط اونایی که مستقیم IP پابلیک دارن سالمن. هنوزم داره ادامه داره`),
    nat(`سلام، ما حالت RST را برای کم کردن TIME_WAIT روشن کردیم. حالا همه softphoneهای دفتر مزار شریف که پشت NAT هستند با TCP ثبت نمیشوند. IP عمومی مشکلی ندارد`),
    nat(`kanka RST'yi açtıktan sonra bayilerin hepsi unregistered, hepsi NAT arkası TCP. sabit IP'li 2 bayi çalışıyor sadece. şu an hala böyle`),
    nat(`bra, RST mode On kir, niha telefonên malê (home users) li pişt NAT, SIP over TCP, unregistered. ofîs bi IP-ya giştî baş e. heta niha berdewam e`),
  ],
  firewallRst: [
    fw(`abi RST modunu açtığımızdan beri FortiGate arkasındaki carrier'a giden çağrılar takılıyor, karşı taraf bağlantıyı hâlâ ESTABLISHED görüyor. forti logunda RST'ler drop edilmiş`),
    fw(`سلام، از وقتی SS_TCP_CLOSE_RESET رو On کردیم، تماس‌هایی که از pfSense رد میشن fail میشن. توی لاگ فایروال پکت‌های RST به عنوان invalid drop شدن`),
    fw(`salam, RST ro on kardim, hala call ha az posht ASA hang mikonan. carrier migoo connection ha half-open mimoonan. log ASA: "TCP packet with RST flag denied"`),
    fw(`Salam, RST rejimini açandan sonra iptables conntrack RST paketlərini INVALID kimi atır, zənglər asılı qalır. carrier tərəfində bağlantılar açıq qalır`),
    fw(`سڵاو، دوای چالاککردنی RST، کاڵەکان لە ڕێگەی FortiGate ـەوە سەرناکەون. لۆگی فایەروۆڵ دەڵێت RST dropped. لایەنی carrier هێشتا ESTABLISHED دەبینێت`),
    fw(`silav, piştî RST On, bang bi rêya pfSense têk diçin. firewall paketên RST diavêje, aliyê din girêdan hê jî vekirî dihêle`),
    fw(`سلام، بعد از اینکه RST را روشن کردیم، تماس‌ها از طریق فایروال SonicWall قطع میشوند یا معلق میمانند. در لاگ فایروال نوشته RST packet dropped`),
    fw(`FortiGate log:
date=2024-05-02 time=21:14:33 type=traffic subtype=forward action=deny proto=6 service=SIP-TCP srcip=10.10.1.5 dstip=62.x.x.x tcpflags=RST msg="packet dropped: invalid state"
tons of these since we set SS_TCP_CLOSE_RESET On. calls to this carrier fail`),
    fw(`hocam rst'yi actik ya, pfsense state table'da baglantilar kapanmiyor, cagrilar askida kaliyor. pfsense rst'leri dusuruyor galiba`),
    fw(`[ویس] سلام، ببینید از دیروز که اون RST رو فعال کردیم، تماس‌هایی که از فایروال فورتی‌گیت رد میشن یا وصل نمیشن یا وسطش قطع میشه، همکار شبکه‌مون میگه فایروال پکت‌های ریست رو میندازه دور`),
    fw(`Hi team, our VOS sits in AWS. After enabling RST mode, calls to the carrier fail intermittently; VPC flow logs show the RSTs rejected and the carrier side keeps half-open sessions. Security group is stateful. Still happening.`),
    fw(`conntrack -L | grep 5060 | wc -l
18422
hamısı ESTABLISHED qalır, RST qarşı tərəfə çatmır. iptables INVALID drop edir. RST-ni 2 gün əvvəl On etmişik. zənglər asılır`),
    fw(`کاکە لەو کاتەوەی RST on ـە، ASA ـی داتاسێنتەرەکە RST ـەکان drop دەکات، کاڵەکان hang دەبن. لایەنی تر connectionی half-open ـی هەیە`),
    fw(`heval, me RST çalak kir, niha FortiGate RST-an qebûl nake, log dibêje "invalid". bang di nîvê de dimînin. carrier gazinan dike`),
    fw(`Merhaba, geçen hafta RST modunu (SS_TCP_CLOSE_RESET) On yaptık. O günden beri SonicWall arkasındaki Türk Telekom trunk'ına giden çağrıların bir kısmı kurulmuyor, kurulanlar da bazen askıda kalıyor. Firewall loglarında "TCP packet received on non-existent/closed connection; TCP packet dropped" ve RST drop kayıtları var. Karşı taraf eski bağlantıları ESTABLISHED olarak tutuyor.`),
    fw(`RST on = call ha az fortigate rad nemishan. log fortigate RST drop. chikar konim alan`),
    fw(`[voice message] yes hello, so since the RST thing was enabled, our calls through the pfSense box are hanging, the carrier say they see the old connections still open, and the firewall log is full of RST blocked, please check now`),
    fw(`سلام، ما RST را فعال کردیم و حالا iptables با conntrack بسته‌های RST را invalid حساب میکند و میاندازد. تماس‌ها گیر میکنند و طرف مقابل اتصال را باز نگه میدارد`),
    fw(`[فوروارد از تیم شبکه] «پس از فعال‌سازی RST روی VOS، فایروال Cisco ASA بسته‌های RST را reject می‌کند. سشن‌ها در سمت کریر half-open می‌مانند و تماس‌های جدید برقرار نمی‌شوند.» لطفا راهنمایی کنید`),
    fw(`müəllim, RST On etdik, indi Fortigate-in arxasındakı carrier-ə zənglər yarımçıq kəsilir. forti log-da tcpflags RST deny. carrier deyir bağlantılar onlarda açıq qalır`),
    fw(`abi bak, firewall kutusunda:
Chain FORWARD
 pkts bytes target prot opt in out source destination
 48211 2.3M DROP all -- * * 0.0.0.0/0 0.0.0.0/0 ctstate INVALID
INVALID sayacı RST açtığımızdan beri fırlıyor, çağrılar takılıyor`),
    fw(`سڵاو، ئێمە RST ـمان کردە On، ئێستا ئەو pfSense ـەی نێوان ئێمە و carrier ـەکە پاکێتی RST فڕێ دەدات. کاڵەکان hang دەبن و carrier دەڵێت connection ـەکان کراوەن`),
    fw(`bra, RST mode On e û SonicWall RST drop dike. calls hang. carrier ESTABLISHED dibîne. ji duh ve`),
    fw(`since RST On, calls via our FortiGate hang, log says RST dropped. carrier shows connections still established.`),
    fw(`salam mohandes, 3 rooz pish SS_TCP_CLOSE_RESET ro On kardim ke TIME_WAIT kam beshe, kam ham shod. vali alan call ha be carrier Turkcell ke posht pfSense mast gir mikonan, ya ring nemikhore. tu pfSense log "TCP:R" block shode. carrier ham migoo session ha baz mimoonan`),
    fw(`Salam, Google Cloud firewall qaydaları RST paketlərini buraxmır deyəsən, RST On edəndən sonra zənglər asılır, qarşı tərəf half-open bağlantılar görür`),
    fw(`[sesli mesaj] hocam iyi akşamlar, şimdi RST açıldıktan sonra bizim data center'daki ASA var ya, o RST paketlerini yutuyor, karşı operatör bağlantıları açık sanıyor, çağrılar ya hiç kurulmuyor ya da sessiz kalıyor, ne yapalım`),
    fw(`سلام، مدیر شبکه ما میگوید فایروال Palo Alto بعد از روشن شدن حالت RST بسته‌های ریست را به عنوان out-of-window رد میکند. از آن وقت تماس‌ها به کریر نیمه‌کاره میمانند`),
    fw(`tcpdump روی سمت بیرونی فایروال:
21:02:11 IP 10.0.0.5.43122 > 62.x.x.x.5060: Flags [P.] ...
هیچ پکت RST بیرون نمیره! ولی tcpdump روی خود VOS نشون میده RST ارسال میشه. از وقتی RST رو On کردیم تماس‌ها هنگ میکنن. فایروال pfSense هست`),
    fw(`silav, me li ser VOS RST vekir. iptables li ser gateway-a me RST-an wek INVALID diavêje, ji ber vê yekê bang asê dibin. ji kerema xwe alîkarî`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning227Set: readonly EvalItem[] = Object.values(tuning227Families).flat();
