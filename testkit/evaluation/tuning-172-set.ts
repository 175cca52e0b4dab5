import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP wholesale operators, call-centre owners, resellers and network admins in Turkey, Iran, Afghanistan and
 * Azerbaijan, writing on WhatsApp/Telegram: Turkish (often without ç ğ ı ö ş ü; "hocam", "abi", "kanka"), Persian
 * in Persian script and Finglish ("mohandes", "dadash", "lotfan"), Dari ("انجنیر صاحب", "تشکر", "mehrabani kada"),
 * and Azerbaijani ("müəllim", "qardaş", often without ə); roughly Turkish 40 %, Persian/Dari 45 %, Azerbaijani 15 %.
 * Numbers as "30 bin", "۳۰ هزار", "30 hezar", "27 min", "30k"; greetings first; pasted ss/netstat/firewall lines.
 *
 * The hundred-and-seventy-second tuning split, by family, in fresh hands again. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work without dropped
 * RST, playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones
 * unregistered after RST mode, a stateful firewall dropping RST). Written as the hundred-and-seventy-second never-tuned set, before the
 * sixty-third round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the
 * matcher, its rules or the other sets in view; measured as such before and after the sixty-third round, then made
 * tuning material for the sixty-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 92.2 %, negatives confident 3.0 %, confident wrong 0 % with the rules of
 * the sixty-second round, before the sixty-third.
 * After the sixty-third round: the same.
 * After the sixty-fourth round, tuned on: in scope 97.8 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning172Families = {
  oneListeningPort: [
    no(`hocam selam, vos3000 web paneli acilmiyor. catalina.out da sunu goruyorum:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
bugun sunucuyu restart ettik sonra boyle oldu`),
    no(`abi nginx baslamiyor: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
apache da kurulu galiba bu makinede, ikisi cakisiyor mu`),
    no(`kanka vos kurulu makinede mysql acilmiyor, log:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?`),
    no(`Merhaba, softswitch restart sonrasi mbx3000d kalkmiyor. logda "bind 0.0.0.0:5060 failed: Address already in use" yaziyor. ps ile baktim eski bir mbx3000d process'i hala duruyor gibi, kill -9 mi yapayim?`),
    no(`hocam ayni sunucuda docker ile freeswitch container kaldirmaya calistim, "Error starting userland proxy: listen tcp4 0.0.0.0:5080: bind: address already in use" diyor. 5080'i kim tutuyor nasil bulurum`),
    no(`abi yazilimci arkadas kendi laptopunda bizim billing api yi calistiramiyor, "Error: listen EADDRINUSE: address already in use :::3000" diyor. bunun vos ile bi ilgisi var mi?`),
    no(`Selam hocam, rapor sunucusunda redis-server ayaga kalkmiyor: "Could not create server TCP listening socket *:6379: bind: Address already in use". cdr export scripti redis kullaniyor, o yuzden raporlar gelmiyor`),
    no(`hocam panel 8080'den acilmiyor, netstat -tlnp | grep 8080 yaptim:
tcp   0   0 0.0.0.0:8080   0.0.0.0:*   LISTEN   2231/java
ama tomcat'i yeniden baslatinca "Address already in use" veriyor. iki tane java mi calisiyor acaba`),
    no(`abi acil degil ama, apache restart edince "(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443" hatasi aliyorum. ssl sertifikasini yeniledikten sonra oldu`),
    no(`kanka ikinci bir softswitch instance'ini 5070 portunda acmak istedim, "cannot bind listening port 5070" diyor. o portta dunden kalma sipp calisiyor olabilir mi`),
    no(`Iyi aksamlar, service mbx3000d start -> "Starting mbx3000d ... FAILED". logda "SIP listen 5060 udp bind error: Address already in use". Sunucuda eskiden asterisk de kuruluydu, kaldirmadik galiba`),
    no(`سلام مهندس، پنل وب VOS باز نمیشه. تو لاگ تامکت اینو میبینم:
java.net.BindException: Address already in use (Bind failed)
    at java.net.PlainSocketImpl.socketBind(Native Method)
انگار پورت ۸۰۸۰ رو یه برنامه دیگه گرفته`),
    no(`salam mohandes, nginx start nemishe: bind() to 0.0.0.0:443 failed (98: Address already in use). ghablan httpd roo server nasb bood, lotfan rahnamayi konid kodoom ro khamoosh konam`),
    no(`درود، بعد از ری‌استارت سرور mbx3000d بالا نمیاد و تو لاگ نوشته 5060 address already in use. با netstat -tulnp نگاه کردم یه پروسس قدیمی هنوز روی ۵۰۶۰ نشسته`),
    no(`سلام علیکم انجنیر صاحب، دیتابیس MySQL بالا نمیشه، ارور میته: Bind on TCP/IP port: Address already in use، پورت ۳۳۰۶. مهربانی کده کمک کنید`),
    no(`dadash barnamenevis ma roo laptop khodesh api billing ro run mikone, mige EADDRINUSE 0.0.0.0:8000. in be server vos rabti dare ya moshkel laptop khodeshe?`),
    no(`سلام، کانتینر داکر گرافانا که برای مانیتورینگ سوییچ گذاشتیم بالا نمیاد: Bind for 0.0.0.0:3000 failed: port is already allocated. چیکار کنم؟`),
    no(`سلام وقت بخیر، ردیس روی سرور گزارش‌گیری استارت نمیشه: Could not create server TCP listening socket *:6379: bind: Address already in use. لطفا راهنمایی کنید`),
    no(`salam alaikum engineer saheb, web portal ma baz nemisha, tomcat log mega port 8080 already in use. dirooz yak nafar jenkins ra ba hamo server nasb kad. tashakor`),
    no(`mohandes jan, httpd ro restart kardam mige (98)Address already in use: make_sock: could not bind to address 0.0.0.0:80. faghat web panel moshkel dare, tamas ha okeye`),
    no(`سلام. سرویس snmpd برای مانیتورینگ زبیکس بالا نمیاد، میگه Error opening specified endpoint "udp:161" و تو syslog نوشته Address already in use`),
    no(`سلام مهندس، یه اینستنس دوم sipp روی پورت ۵۰۸۰ بالا میارم میگه bind failed: Address already in use. اولی رو با ctrl+c بستم ولی انگار هنوز زنده‌ست`),
    no(`سلام برادر، بعد از آپدیت، سرویس وب VOS کار نمیته. در لاگ نوشته شده port 8443 address already in use. یک پروگرام دیگه همو پورت ره گرفته؟`),
    no(`Salam müəllim, VOS web paneli açılmır, tomcat logunda "java.net.BindException: Address already in use: 8080" yazır. Dünən serverə ikinci java proqramı qurmuşduq.`),
    no(`salam qardash, nginx start olmur: bind() to 0.0.0.0:80 failed (98: Address already in use). serverde apache da var, hansini sondurum?`),
    no(`Salam, restartdan sonra mbx3000d qalxmir, log: "bind 5060 failed, address already in use". kohne proses qalib deyesen, ps-de gorunur`),
    no(`Salam, MySQL başlamır: "Can't start server: Bind on TCP/IP port: Address already in use", port 3306. Zəhmət olmasa baxın.`),
  ],
  otherRegistrationCause: [
    no(`hocam dun aksam tum sube telefonlari unregistered oldu. sonra anladik ki muhasebe panelden sifreleri degistirmis, telefonlar eski sifreyle deniyor, 401 Unauthorized donuyor. toplu sifre nasil guncellerim?`),
    no(`abi ofisin internet saglayicisi degisti, statik ip de degisti, simdi gateway register olmuyor. vos'da ip bazli auth vardi sanirim, eski ip yazili`),
    no(`kanka musterinin bakiyesi bittigi icin hesabi kilitlendi galiba, telefonlari register olurken "403 Forbidden" aliyor. bakiye yukledi, tekrar acilmasi ne kadar surer`),
    no(`Merhaba, 2 saat elektrik kesintisi oldu, jenerator yoktu. simdi 40 telefonun yarisi registered, yarisi hala unregistered. switch'i de yeniden baslattik, bekleyelim mi`),
    no(`hocam yeni modem taktik (turk telekom), telefonlar UDP ile bagli, o andan beri register olup dusuyorlar. modemde SIP ALG acik geliyormus, kapatmak lazim mi?`),
    no(`abi vos panelde lisans bitti uyarisi var, bugun sabahtan beri yeni registration kabul etmiyor. lisansi yenilemek icin kime yazayim`),
    no(`selam, domain degistirdik, sip.eskifirma.com yerine sip.yenifirma.com.tr yaptik. DNS daha yayilmamis galiba, telefonlarin yarisi unregistered`),
    no(`hocam bir musteri softphone'u register olmuyor dedi, baktim kullanici adini "1001 " diye sonunda bosluklu yazmis :) cozuldu ama register sorunlari icin bir kontrol listeniz var mi`),
    no(`Iyi gunler. Call center'da 15 agent'in zoiper'i unregistered. Hepsi ayni wifi'da, router dun gece bozuldu, simdi yedek 4G modemle calisiyoruz. UDP kullaniyoruz.`),
    no(`kanka gateway'ler register olmuyor, vos loglarinda "wrong password" goruyorum. bayi dun kurulumda sifreyi yanlis girmis`),
    no(`hocam hesap suresi dolmus (expire date gecmis) bir musteri var, telefonlari unregistered. panelden suresini uzattim, ayrica bir sey yapmam lazim mi`),
    no(`سلام مهندس، از دیروز که رمز اکانت‌ها رو عوض کردیم گوشی‌ها unregistered شدن، چون رمز جدید رو روی گوشی‌ها نزدیم. راهی هست یکجا رمز رو روی همه عوض کنیم؟`),
    no(`salam dadash, ISP ro avaz kardim, ip static jadid gereftim, gateway haye goip dige register nemishan. to vos ip ghadimi ro whitelist karde boodim`),
    no(`سلام. برق کل ساختمون از صبح رفته، مودم و سوییچ خاموشن. طبیعیه که همه داخلی‌ها آفلاین باشن؟ برق که اومد خودشون دوباره رجیستر میشن؟`),
    no(`سلام علیکم انجنیر صاحب، اکانت ما به خاطر پول نپرداختن بند شده، تیلفون‌ها رجستر نمیشه. امروز پول ره روان کدیم، کی باز میشه؟`),
    no(`mohandes lotfan, license vos3000 expire shode, az sobh register haye jadid ghabool nemishe. tamdidesh chetori anjam mishe?`),
    no(`سلام وقت بخیر، مودم جدید TD-LTE ایرانسل گرفتیم، تلفن‌ها روی UDP هستن و از اون موقع رجیستر میشن و بعد چند دقیقه میپرن. این مودم SIP ALG داره؟`),
    no(`salam, DNS record sip.sherkat.ir ro eshtebahi avaz kardan, be ip ghadimi eshare mikard, baraye hamin telefona unregistered shodan. dns ro dorost kardim, ta kay hame bar migardan?`),
    no(`salam alaikum engineer saheb, internet shirkat az dishab qat ast, hama tilfon ha unregistered. provider mega ta shab wasl mesha. tashakor`),
    no(`سلام، یه مشتری میگه سافت‌فونش رجیستر نمیشه، لاگ رو نگاه کردم ۴۰۳ Forbidden میده، یوزرنیم رو اشتباه زده بود. فقط خواستم مطمئن شم مشکل از سرور نیست`),
    no(`سلام مهندس، گیت‌وی‌های ما از دیشب آفلاین‌ان. دیدم IP سرور VOS رو دیروز عوض کردیم ولی روی گیت‌وی‌ها هنوز IP قدیمی تنظیمه.`),
    no(`mohandes salam, ye seri az phone haye ofis unregistered an, raftam didam adaptor barghe shoon soukhte 😅 baghie okeye. faghat khastam etela bedam`),
    no(`سلام برادر، مشتری ما شکایت داره که گیت‌وی‌اش رجستر نمیشه. دیدم اکانتش تاریخ ختم شده بود، تمدید کدیم ولی هنوز آفلاین است. چی کنیم؟`),
    no(`Salam müəllim, ofisdə işıq getmişdi, indi telefonların yarısı unregistered görünür. İşıq gələndən sonra router hələ tam qalxmayıb deyəsən.`),
    no(`salam qardas, provayderi deyisdik, yeni ip verdiler, gateway-ler register olmur. vos-da auth ucun kohne ip yazilib`),
    no(`Salam, müştərinin balansı bitib, hesabı bloklanıb, telefonları 403 alır. Balans artırılıb, nə vaxt açılacaq?`),
    no(`salam, butun hesablar ucun sifreleri deyisdik, indi zoiper-ler register olmur, 401 verir. yeni sifreni her birine tek tek yazmaq lazimdir?`),
  ],
  smallFigures: [
    no(`hocam ss -s ciktisi bu, normal mi?
Total: 412 (kernel 0)
TCP:   186 (estab 41, closed 118, orphaned 0, synrecv 0, timewait 117/0), ports 0
bu kadar TIME_WAIT sorun olur mu`),
    no(`abi TIME_WAIT tam olarak ne demek? gece saatinde netstat'ta 200 tane goruyorum, normal mi`),
    no(`kanka SS_TCP_CLOSE_RESET parametresi ne ise yariyor? dokumanda gordum ama anlamadim, acsak ne olur`),
    no(`Merhaba, eger RST modunu acarsak NAT arkasindaki telefonlarimiz etkilenir mi? Henuz hicbir sey degistirmedik, once sormak istedim.`),
    no(`hocam netstat -ant | grep TIME_WAIT | wc -l -> 340 cikti, sunucu en fazla 25 cps goruyor. panik yapmaya gerek yok degil mi`),
    no(`selam, bizde ip_local_port_range 32768 60999, bu yeterli mi? su an hicbir sorun yok, sadece 100 cps icin kapasite planliyoruz`),
    no(`abi biz SIP'i UDP uzerinden kullaniyoruz, SS_TCP_CLOSE_RESET'in bize bir etkisi olur mu? sadece merak ettim`),
    no(`hocam tcp_tw_reuse 1 yapmanin bir riski var mi? simdilik bir sorun yok, best practice olarak soruyorum`),
    no(`Iyi calismalar, haftalik kontrol:
TCP:   96 (estab 22, closed 61, orphaned 0, timewait 58/0)
CPU %12, 180 concurrent call. her sey yolunda gibi, onaylar misiniz`),
    no(`kanka vos'u FortiGate'in arkasina koyacagiz, RST acik olursa firewall sorun cikarir mi? daha kurmadik, plan asamasinda`),
    no(`hocam gece 3'te 150 time_wait, gunduz peak'te 900 civari. 8 cekirdek sunucu, 40 cps. bu rakamlar normal mi yoksa tuning gerekir mi`),
    no(`سلام مهندس، خروجی ss -s سرورمون اینه، نرماله؟
Total: 530
TCP:   214 (estab 63, closed 140, orphaned 0, timewait 138/0), ports 0
ممنون`),
    no(`salam dadash, TIME_WAIT daghighan chie? roo server ۳۰۰ ta daram, moshkel saz mishe?`),
    no(`سلام، پارامتر SS_TCP_CLOSE_RESET دقیقا چیکار می‌کنه؟ On و Off ش چه فرقی با هم دارن؟`),
    no(`mohandes ye soal, age RST mode ro roshan konim, phone haye posht NAT moshkel peyda mikonan? hanooz hich kari nakardim`),
    no(`سلام علیکم انجنیر صاحب، یک سوال داشتم: سرور ما ۲۰ تماس همزمان داره و ۱۸۰ تا TIME_WAIT نشان میته. این عادی است؟ تشکر`),
    no(`سلام وقت بخیر، میخوایم ظرفیت رو ببریم به ۲۰۰ cps، الان ۴۰ cps هستیم و هیچ مشکلی نداریم. از قبل چه تنظیماتی باید انجام بدیم؟`),
    no(`سلام، ما فقط UDP استفاده می‌کنیم، اگه SS_TCP_CLOSE_RESET رو On کنیم فرقی می‌کنه؟ صرفا کنجکاوم`),
    no(`salam alaikum, ma mekhaim pfSense ra pesh az server vos bemanim. agar RST ra on kunim firewall chi mesha? hanuz nasb nakadim`),
    no(`mohandes jan, tcp_tw_reuse ro 1 konim khatar dare? alan hamechi aroome, faghat mikham bedoonam`),
    no(`سلام، مانیتورینگ زبیکس ما برای TIME_WAIT آستانه ۵۰۰ گذاشته، الان ۲۶۰ تاست. برای سرور ۵۰ cps چه آستانه‌ای مناسبه؟`),
    no(`سلام مهندس، این خروجی رو یه نگاه بندازید لطفا، فقط چک روتینه:
State      Recv-Q Send-Q Local Address:Port   Peer Address:Port
ESTAB      0      0      10.0.0.5:5060        85.x.x.x:41522
TIME-WAIT  0      0      10.0.0.5:5060        85.x.x.x:40871
... جمعا ۳۵ تا ESTAB و ۷۰ تا TIME-WAIT`),
    no(`سلام برادر، فرق بین FIN و RST در بستن اتصال TCP چیست؟ در مستند VOS دیدم، مهربانی کده ساده توضیح بتین`),
    no(`Salam, ss -s çıxışı belədir: timewait 210/0, estab 48. Server normaldır? Sadəcə yoxlayıram.`),
    no(`salam muellim, TIME_WAIT nedir deqiq? 150 dene gorurem, problem var?`),
    no(`salam qardas, bizde 30 cps var, port range 32768-60999. bu kifayetdir? hele problem yoxdur`),
    no(`Salam, SS_TCP_CLOSE_RESET-i On etsək NAT arxasındakı telefonlara təsir edərmi? Hələ heç nə dəyişməmişik.`),
  ],
  firewallNoRst: [
    no(`hocam yeni bir carrier geliyor, IP'si 185.x.x.x, fortigate'te 5060 tcp/udp icin whitelist eklemem lazim. policy ornegi atabilir misiniz`),
    no(`abi fail2ban bizim bir bayiyi banlamis, sifreyi 5 kere yanlis girmis. iptables -L'de IP'sini goruyorum, nasil unban ederim?`),
    no(`kanka mikrotik'te SIP ALG kapatmak istiyorum, /ip firewall service-port disable sip dogru mu?`),
    no(`Merhaba, pfSense'te 5060 ve RTP 10000-20000 icin port forward yapacagiz. VOS icin hangi portlar gerekiyor, liste var mi?`),
    no(`hocam cin ve nijerya'dan cok sip taramasi geliyor, fortigate'te geo-block yapmak istiyorum. carrier trafigimize zarari olur mu`),
    no(`abi firewall kurallarimizi gonderiyorum, bir bakar misiniz, fazla acik port var mi:
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p tcp --dport 5060 -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT
-A INPUT -p tcp --dport 8080 -j ACCEPT`),
    no(`selam, Cisco ASA'da sip inspection acik, kapatmali miyiz? RST ayarina hic dokunmadik, sadece genel tavsiye istiyorum`),
    no(`hocam yeni termination partner'in IP araligini sophos'ta izinli yapmam lazim, /28 verdiler. hangi kurala ekleyeyim`),
    no(`kanka iptables'ta 8080 kapali kalmis, panel disaridan acilmiyor. port acma komutu neydi`),
    no(`Iyi gunler, guvenlik ekibi VOS sunucusu icin firewall config review istiyor. hangi kurallar olmali, bir oneri yazabilir misiniz`),
    no(`abi vos icin fail2ban kurmak istiyorum, loglarda cok sip brute force var, jail ornegi var mi`),
    no(`سلام مهندس، یه کریر جدید داریم، باید IP شون رو تو فورتی‌گیت برای پورت ۵۰۶۰ وایت‌لیست کنم. پالیسی رو چطوری بنویسم؟`),
    no(`salam dadash, fail2ban ip yeki az reseller hamoon ro ban karde, chand bar password ro eshtebah zade. chetor unban konam?`),
    no(`سلام، روی میکروتیک SIP ALG رو خاموش کنم یا روشن بمونه؟ تلفن‌هامون UDP هستن`),
    no(`سلام علیکم انجنیر صاحب، مهربانی کده بگویید برای VOS کدام پورت‌ها ره در فایروال باز کنیم؟ سرور نو نصب کدیم`),
    no(`mohandes lotfan ye negah be rule haye iptables ma bendazid, mikham motmaen sham chizi ezafe baz nist. khorooji iptables-save ro mifrestam`),
    no(`سلام، از چین و روسیه اسکن SIP زیاد داریم، میخوام روی pfSense گئوبلاک بذارم. برای ترافیک کریرهای اروپایی مشکلی پیش نمیاد؟`),
    no(`salam, port forwarding 5060 roo modem ofis ro chetor anjam bedam ke gateway az biroon dastresi dashte bashe?`),
    no(`سلام وقت بخیر، روی سوفوس باید رنج IP پارتنر جدید رو allow کنم، یه /27 هست. ممنون میشم راهنمایی کنید`),
    no(`salam alaikum, firewall ma port 8080 ra block kada, web panel az berun baz nemisha. chetor baz kunim? tashakor`),
    no(`سلام مهندس، تیم امنیت ازمون خواسته کانفیگ فایروال ASA رو بازبینی کنیم. برای سرور VOS چک‌لیست دارید؟`),
    no(`سلام، میخوایم fail2ban رو برای SIP brute force نصب کنیم، jail مناسب برای لاگ VOS چیه؟`),
    no(`mohandes jan, ye rule to mikrotik mikham ke faghat ip haye iran be port 5060 dastresi dashte bashan, baghie drop beshe. mishe komak konid?`),
    no(`Salam müəllim, yeni operatorun IP-sini FortiGate-də whitelist etməliyəm, 5060 üçün policy necə yazım?`),
    no(`salam qardas, fail2ban bir diler-i ban edib, parolu sehv yazib. nece unban edim?`),
    no(`Salam, MikroTik-də SIP ALG söndürmək lazımdır? Telefonlar UDP ilə işləyir.`),
    no(`salam, iptables qaydalarımıza baxa bilərsiniz? 5060 və 10000-20000 açıqdır, başqa nə lazımdır`),
  ],
  negationContext: [
    no(`hocam telefonlar unregistered ama RST kapali, hic acmadik, conf'ta SS_TCP_CLOSE_RESET="Off" duruyor. baska ne olabilir, nereden baslayayim`),
    no(`abi gecen ayki TIME_WAIT sorunu cozuldu, tesekkurler. simdi peak'te 600 civari, normal. sadece bilgi vermek icin yaziyorum`),
    no(`kanka biz sadece UDP kullaniyoruz, tcp hic yok. yani RST meselesi bize degmez degil mi? telefonlar zaten sorunsuz`),
    no(`Merhaba, gecen haftaki "cannot assign requested address" problemi icin tesekkurler, tw_reuse sonrasi bir daha tekrarlamadi. ticketi kapatabilirsiniz.`),
    no(`hocam kimse bir sey degistirmedi, RST de kapali. dun gece fortigate firmware update'i sirasinda birkac cagri dustu, bugun her sey normal. kayit olsun diye yaziyorum`),
    no(`abi kayit icin eski ticket'i iletiyorum:
--- Forwarded ---
Konu: peak saatlerde EADDRINUSE (COZULDU 12.03)
Cozum: ip_local_port_range genisletildi, tcp_tw_reuse=1
---
Simdi her sey normal, arsive koyun.`),
    no(`selam, telefonlar unregistered oldu ama sebebi belli: dun sifreleri degistirdik, yenisini telefonlara girmedik. RST ile alakasi yok, sadece bilginiz olsun`),
    no(`hocam RST'yi acmistik, NAT telefonlari dusuyordu, Off'a aldik, 2 gundur hepsi registered. cok tesekkurler 🙏`),
    no(`kanka firewall'in RST'leri drop etmesi olayi gecen ay yasandi, allow kurali ekledik, o zamandan beri temiz. yeni sunucuya da ayni kurali koymam yeterli mi`),
    no(`Iyi gunler, ss -s sonucu artik timewait 240, gecen hafta 31 bin'di. degisiklikten sonra cok iyi, tesekkur ederiz`),
    no(`hocam artik "address already in use" hatasi almiyoruz, kernel ayarlari ise yaradi. rakamlari paylasiyorum: peak 75 cps, timewait 1.1k`),
    no(`سلام مهندس، تلفن‌ها unregistered هستن ولی RST رو هیچوقت روشن نکردیم، تو softswitch.conf هنوز SS_TCP_CLOSE_RESET="Off" هست. مشکل از جای دیگه‌ست؟`),
    no(`salam dadash, moshkel TIME_WAIT mahe pish hal shod, mersi. alan sare peak ۸۰۰ ta hast. faghat khastam tashakor konam`),
    no(`سلام، ما فقط UDP داریم و اصلا TCP استفاده نمی‌کنیم، پس این قضیه RST به ما ربطی نداره درسته؟ همه چی هم اوکیه`),
    no(`سلام علیکم، تشکر از کمک شما، بعد از تغییر دیروز مشکل حل شد. حالا TIME_WAIT فقط ۳۰۰ تاست و تماس‌ها خوب میرن`),
    no(`mohandes kasi chizi avaz nakarde, RST ham khamoosh hast. emrooz sobh internet ofis ghat shod va telephona unregistered shodan, alan vasl shode va hame bargashtan`),
    no(`سلام، تیکت قدیمی رو برای آرشیو فوروارد می‌کنم:
موضوع: قطع تماس‌ها بعد از فعال‌سازی RST (حل شده)
راه‌حل: SS_TCP_CLOSE_RESET=Off و اضافه کردن rule روی فورتی‌گیت
وضعیت فعلی: بدون مشکل`),
    no(`salam, phone ha unregistered shodan vali dalilesh ro peyda kardim: ramz ha ro dirooz avaz kardim va roo phone ha update nashod. RST ham roshan nist`),
    no(`سلام مهندس، طبق گفته شما RST رو خاموش کردیم، تلفن‌های پشت NAT از دیروز همه registered هستن. ممنون 🙏`),
    no(`salam alaikum engineer saheb, mushkil firewall ke RST ra drop mekad hal shod, rule allow ezafe kadim. hala hama tamas ha khub ast. tashakor`),
    no(`سلام، خطای cannot assign requested address که هفته پیش داشتیم دیگه تکرار نشده. الان پیک ۹۰ cps و TIME_WAIT حدود ۱۲۰۰ تاست. فقط گزارش دادم`),
    no(`mohandes, ye moshkel shabih ghabl: phone ha unregistered, vali in bar NAT nist, hame roo LAN hastan va UDP. RST ham off. yani marboot be oon ghazie nist dige?`),
    no(`سلام برادر، برای ریکارد می‌فرستم: ماه گذشته مشکل address already in use داشتیم، حل شد. حالا هیچ مشکل نیست، فقط راپور ماهانه است`),
    no(`Salam, telefonlar unregistered-dir amma RST heç vaxt açılmayıb, SS_TCP_CLOSE_RESET=Off-dur. Başqa səbəb ola bilər?`),
    no(`salam muellim, kecen ayki TIME_WAIT problemi hell olundu, indi peak-de 500-dur. tesekkurler`),
    no(`Salam, biz yalnız UDP istifadə edirik, RST məsələsi bizə aid deyil, hər şey qaydasındadır. Sadəcə dəqiqləşdirirəm.`),
    no(`salam qardas, firewall RST problemi dunen hell olundu, allow qaydasi elave etdik, indi zengler normal gedir. sag olun`),
  ],
  portExhaustion: [
    pe(`hocam acil!! aksam peak'te cagrilar dusuyor, logda surekli "connect failed: Cannot assign requested address" var. ss -s:
Total: 48213
TCP:   47890 (estab 1320, closed 46400, orphaned 12, timewait 46210/0), ports 0
ne yapalim`),
    pe(`abi her gun 19:00-22:00 arasi giden TCP baglantilari acilamiyor, EADDRINUSE diyor. o saatlerde 30 bin civari TIME_WAIT var. 120 cps geciyoruz`),
    pe(`kanka sunucu peak saatte yeni tcp baglanti kuramiyor, netstat -ant | grep TIME_WAIT | wc -l -> 28k. gece 200'e dusuyor. call center'in 300 agent'i bagiriyor`),
    pe(`Merhaba, VOS3000 2.1.8.05, yogun saatlerde carrier'a giden SIP TCP baglantilari basarisiz oluyor. mbx log:
[WARN] tcp connect to 212.x.x.x:5060 failed errno=99 (Cannot assign requested address)
bu satirdan dakikada yuzlerce var.`),
    pe(`hocam her aksam 20:00 civari billing java servisinde java.net.BindException: Address already in use: connect goruyoruz, softswitch de ayni anda carrier'a cagri kuramiyor. TIME_WAIT 35 bin`),
    pe(`abi yardim, cps 150'ye cikinca cagrilarin yarisi 503 donuyor, ss -tan state time-wait | wc -l = 41 bin. port range varsayilan 32768-60999`),
    pe(`selam hocam, kampanya basladi, dialer 200 cps basiyor, vos giden TCP baglanti acamiyor "address already in use". ss -s'de timewait 52000. acil lutfen`),
    pe(`kanka her aksam ayni saatte baglanti kurulamiyor, ss -s bak:
TCP:   29754 (estab 980, closed 28601, orphaned 3, synrecv 0, timewait 28577/0), ports 0
sabah her sey normal`),
    pe(`Iyi aksamlar, wholesale trafikte peak'te ASR %20'ye dusuyor. loglarda "cannot assign requested address" var, time_wait 25 bin'i asiyor. cpu %30, yani cpu degil`),
    pe(`hocam musterilerimiz aksam 8'den sonra arama yapamiyor, sunucu yeni tcp baglanti acamiyor, binlerce TIME_WAIT var. gunduz hic sorun yok`),
    pe(`abi messages'ta bir sey yok ama softswitch logu dolu: "bind: EADDRINUSE while connecting to carrier". peak 90 cps, TIME_WAIT 33k. ne yapmak lazim`),
    pe(`kanka bayilerden sikayet yagiyor, saat 21 gibi cagrilar baslamiyor. netstat'ta 40 bin'den fazla TIME_WAIT saydim, ephemeral portlar bitmis gibi`),
    pe(`سلام مهندس، فوری! سر پیک شب تماس‌ها وصل نمیشن، تو لاگ مدام «Cannot assign requested address» میاد. خروجی ss -s:
TCP:   38122 (estab 1104, closed 36900, orphaned 7, timewait 36750/0)
چیکار کنیم؟`),
    pe(`salam dadash, har shab az saat 8 be baad connection haye TCP jadid baz nemishe, EADDRINUSE mide. oon moghe ۳۰ هزار TIME_WAIT darim. cps hodoode 130e`),
    pe(`سلام، سرور VOS ساعت شلوغی دیگه اتصال TCP جدید برقرار نمی‌کنه. netstat -ant | grep TIME_WAIT | wc -l شد ۴۲۰۰۰. نصف شب میاد پایین حدود ۳۰۰`),
    pe(`سلام علیکم انجنیر صاحب، وقتی تماس‌ها زیاد میشه سرور ما تماس وصل نمی‌کنه. هزاران TIME_WAIT دیده میشه، حدود ۲۵ هزار. مهربانی کده زود کمک کنید`),
    pe(`mohandes lotfan komak, log mbx ro gozashtam:
tcp connect to 91.x.x.x:5060 failed errno=99 (Cannot assign requested address)
tcp connect to 91.x.x.x:5060 failed errno=99 (Cannot assign requested address)
sare peak har daghighe sad ta az ina hast`),
    pe(`سلام وقت بخیر، کمپین کال‌سنتر شروع شده و دایلر ۱۸۰ cps می‌زنه. سوییچ نمی‌تونه اتصال TCP خروجی باز کنه: address already in use. TIME_WAIT بالای ۵۰ هزاره`),
    pe(`salam, ASR sare peak oftade roo 15%, CPU server bishtar az 25% nist, vali 40k TIME_WAIT darim va connect ha fail mishe. rooz ha moshkeli nist`),
    pe(`salam alaikum, shab ha tamas ha wasl nemisha, server mega "cannot assign requested address". ss -s mega timewait 31000. roz khub ast. chi kunim?`),
    pe(`سلام مهندس، سرویس بیلینگ جاوای ما ارور java.net.BindException: Address already in use: connect میده و همزمان سوییچ هم نمی‌تونه به کریر تماس بگیره. فقط ساعت ۷ تا ۱۱ شب این‌طوره`),
    pe(`mohandes jan, fekr konam port haye ephemeral tamoom mishe. range 32768-60999 hast, sare peak ۲۸ هزار TIME_WAIT mibinam va call ha fail mishan`),
    pe(`سلام، فوروارد از NOC:
«از ساعت ۲۰:۱۵ تماس‌های خروجی به کریرها روی TCP ناموفق. خطا: EADDRINUSE. تعداد TIME_WAIT: ۳۴۸۰۰. CPS: ۱۱۰»
لطفا بررسی کنید، الان هم ادامه داره`),
    pe(`salam, reseller ha shekayat mikonan ke shab ha call bargharar nemishe. server ro check kardam, hezaran TIME_WAIT va error "address already in use" roo connect haye khoruji`),
    pe(`سلام برادر، از دیشب که ترافیک زیاد شد، تماس‌ها شروع نمیشه. ss -s ره دیدم:
TCP: 44012 (estab 870, closed 43050, timewait 42990/0)
مشکل از پورت‌ها است؟`),
    pe(`Salam müəllim, axşam pik saatlarda zənglər qoşulmur, logda "Cannot assign requested address" var. ss -s timewait 33 min göstərir. Təcili baxın zəhmət olmasa.`),
    pe(`salam qardas, her axsam 20:00-dan sonra yeni TCP baglanti acilmir, EADDRINUSE verir. 27 min TIME_WAIT var. 100 cps kecirik`),
    pe(`Salam, kampaniya başladı, dialer 150 cps vurur, VOS çıxan TCP bağlantı aça bilmir: "address already in use". TIME_WAIT 45k. Nə edək?`),
    pe(`salam muellim, pik vaxti ASR 20%-e dusub, CPU normaldir, amma minlerle TIME_WAIT var ve connect-ler fail olur. gunduz problem yoxdur`),
    pe(`Salam, ss -s:
TCP:   36410 (estab 1200, closed 35100, orphaned 4, timewait 35020/0), ports 0
Hər axşam eyni vaxtda zənglər getmir. Səhər normaldır.`),
  ],
  natUnregistered: [
    nat(`hocam dun SS_TCP_CLOSE_RESET'i On yaptiniz ya, bugun sabahtan beri evden calisan agent'larin zoiper'lari unregistered. hepsi ev modeminin arkasinda, TCP ile baglaniyorlar`),
    nat(`abi RST modunu actiktan sonra ofisteki mikrotik arkasindaki yealink'ler 10 dakikada bir registration dusuruyor. transport TCP. ofis disindakiler sorunsuz`),
    nat(`kanka dun sizin close mode degisikliginizden (RST) beri subelerdeki telefonlar surekli unregistered-registered gidip geliyor. hepsi NAT arkasinda, sip over tcp`),
    nat(`Merhaba, softswitch.conf'ta SS_TCP_CLOSE_RESET="On" yapip reparse ettikten sonra NAT arkasindaki gateway'lerimiz register kalamiyor. Public IP'li gateway'ler normal.`),
    nat(`hocam RST'yi actigimizdan beri call center'in ev calisanlari (hepsi ttnet modem arkasinda) register olamiyor, microsip TCP transport. ofisteki public ip'li makinelerde sorun yok`),
    nat(`abi dun gece TIME_WAIT icin RST ayarini yaptiniz, o zamandan beri bayilerin grandstream'leri sik sik unregistered. hepsi ev/ofis router arkasinda, TCP kullaniyorlar`),
    nat(`selam hocam, vos panelde online kullanicilar RST mode acildiktan hemen sonra 420'den 150'ye dustu. dusenlerin hepsi NAT arkasinda ve TCP`),
    nat(`kanka register listesini paste ediyorum:
1001  UNREGISTERED  88.x.x.x:41233 (nat)
1002  UNREGISTERED  78.x.x.x:50211 (nat)
1003  REGISTERED    212.x.x.x:5060
SS_TCP_CLOSE_RESET On'a cekildikten sonra nat olanlarin hepsi boyle, hepsi TCP`),
    nat(`Iyi gunler, close mode'u RST'ye gectiginizden beri (pazartesi) fanvil telefonlar her 5-10 dk'da registration kaybediyor. Telefonlar mikrotik NAT arkasinda, TCP 5060.`),
    nat(`hocam port exhaustion icin RST'yi actik ya, TIME_WAIT cozuldu ama simdi NAT arkasindaki softphone'lar unregistered oluyor. TCP kullaniyorlar. ikisini birden nasil cozeriz`),
    nat(`abi acil, sabah RST'yi On yaptik, ogleden beri evden calisan 60 agent baglanamiyor, zoiper "registration failed / timeout" diyor. hepsi ev modeminde NAT, TCP`),
    nat(`kanka RST acildigindan beri ofisteki ip telefonlar register oluyor sonra 2-3 dk icinde dusuyor. ofis tek public ip, arkasi nat, sip tcp. sunucuyla ayni agdaki telefonlarda sorun yok`),
    nat(`سلام مهندس، از وقتی SS_TCP_CLOSE_RESET رو On کردید، تلفن‌های پشت NAT (مودم‌های خونگی) مدام unregistered میشن. همه روی TCP هستن.`),
    nat(`salam dadash, az dirooz ke RST mode ro roshan kardim, yealink haye daftar ke posht mikrotik hastan har 10 daghighe register shoon mipare. transport TCP`),
    nat(`سلام، بعد از تغییر دیروز شما (حالت بستن اتصال رو گذاشتید روی RST) سافت‌فون‌های اپراتورهای دورکار کال‌سنتر رجیستر نمی‌مونن. پشت مودم خونه‌ان و TCP`),
    nat(`سلام علیکم انجنیر صاحب، از وقتی که RST ره فعال کدین، تیلفون‌های دفتر که پشت روتر هستن رجستر نمیشن. پروتوکول TCP است. تیلفون‌هایی که آی‌پی عمومی دارن مشکل ندارن`),
    nat(`mohandes lotfan, ba'd az SS_TCP_CLOSE_RESET=On va reparse, gateway haye posht NAT register nemimoonan. gateway haye ba public IP moshkeli nadaran`),
    nat(`سلام وقت بخیر، بعد از روشن کردن RST تعداد کاربرای آنلاین تو پنل VOS از ۳۵۰ رسید به ۱۲۰. اونایی که افتادن همه پشت NAT و روی TCP هستن`),
    nat(`salam, list register ro mifrestam:
2001 UNREGISTERED 5.x.x.x:52110 (nat)
2002 UNREGISTERED 37.x.x.x:40022 (nat)
2003 REGISTERED 185.x.x.x:5060
az vaghti RST ro on kardim, hame nat ha intori shodan (TCP)`),
    nat(`salam alaikum, az dirooz ke close mode ra RST kadin, tilfon haye nomayandegi ma ke posht router hastan hamesha unregistered mesha. TCP estefada mekonim. mehrabani kada komak kunid`),
    nat(`سلام مهندس، برای مشکل TIME_WAIT، RST رو روشن کردیم؛ اون حل شد ولی حالا سافت‌فون‌های پشت NAT مدام قطع میشن و رجیستر نمی‌مونن. TCP هستن. چیکار کنیم؟`),
    nat(`mohandes jan, fanvil haye shoabe ha az doshanbe ke RST ro faal kardid har 5 daghighe registration az dast midan. posht NAT hastan, TCP 5060`),
    nat(`سلام، فوری: صبح RST رو On کردیم، از ظهر ۵۰ تا اپراتور دورکار نمیتونن وصل شن، زوآیپرشون میگه registration timeout. همه پشت NAT مودم خونگی، TCP`),
    nat(`salam, ba'd az avaz kardan SS_TCP_CLOSE_RESET be On, phone haye ofis register mishan va ba'd az 2-3 daghighe mioftan. ofis posht NAT hast va SIP over TCP. phone haye roo shabake khode server okeye`),
    nat(`سلام برادر، از وقتی حالت RST فعال شده، گیت‌وی‌های GoIP ما که پشت NAT هستن آفلاین میشن و دوباره آنلاین. TCP استفاده می‌کنیم. پیش از این تغییر هیچ مشکل نبود`),
    nat(`Salam müəllim, SS_TCP_CLOSE_RESET-i On edəndən sonra NAT arxasındakı telefonlar daim unregistered olur. Hamısı TCP ilə qoşulur.`),
    nat(`salam qardas, dunen RST mode acdiq, bu gunden ofisde mikrotik arxasindaki yealink-ler her 10 deqiqeden bir registration itirir. TCP istifade edirik`),
    nat(`Salam, RST aktiv ediləndən bəri evdən işləyən operatorların zoiper-ləri qeydiyyatdan düşür. Hamısı ev routeri arxasında, TCP.`),
    nat(`salam muellim, RST acilandan sonra paneldə online istifadəçilər 300-dən 110-a düşdü. düşənlər hamısı NAT arxasındadır, TCP ilə`),
    nat(`Salam, TIME_WAIT üçün RST-ni açdıq, o düzəldi, amma indi NAT arxasındakı softfonlar register qalmır. TCP transport. Nə edək?`),
  ],
  firewallRst: [
    fw(`hocam RST modunu actiktan sonra fortigate arkasindaki carrier'a giden cagrilar askida kaliyor. fortigate logunda surekli "no session matched" var, proto 6, flags R`),
    fw(`abi SS_TCP_CLOSE_RESET On yaptik, o andan beri cagrilarin %30'u kuruluyor sonra 30 sn'de dusuyor. ASA log:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 212.x.x.x/41233 flags RST on interface inside`),
    fw(`kanka iptables'ta conntrack INVALID drop kuralimiz var, RST acildiktan sonra loglar doldu:
IN= OUT=eth0 SRC=10.0.0.5 DST=185.x.x.x PROTO=TCP SPT=5060 DPT=52311 RST
cagrilar da fail oluyor`),
    fw(`Merhaba, pfSense arkasindaki VOS'ta RST mode acildiktan sonra cagrilar yari yolda kaliyor. pfSense firewall log'unda TCP:R paketleri blocked gorunuyor, state'e uymuyor diyor`),
    fw(`hocam dunku close mode degisikliginizden (RST) beri sophos arkasindaki sube cagrilari hang oluyor. sophos log'da drop edilen paketler hep TCP RST flag'li`),
    fw(`abi acil, rst acildiktan sonra mikrotik firewall'daki "connection-state=invalid action=drop" kurali RST paketlerini yiyor, counter hizla artiyor. cagrilar kurulmuyor`),
    fw(`selam hocam, SS_TCP_CLOSE_RESET=On reparse ettikten sonra fortigate arkasindaki termination'a cagrilar 408 timeout donuyor. diag debug flow'da "no session matched" goruyoruz`),
    fw(`kanka ASA logu paste ediyorum:
%ASA-6-106015: Deny TCP (no connection) from 185.x.x.x/5060 to 10.2.2.10/38122 flags RST  on interface outside
RST'yi actigimizdan beri bu satirlar dakikada yuzlerce, cagrilar dusuyor`),
    fw(`Iyi gunler, pazartesi RST'ye gectik, o zamandan beri cagrilar rastgele kopuyor. fortigate 100F RST paketlerini drop ediyor, session tablosunda eslesme yok diyor`),
    fw(`hocam TIME_WAIT icin RST'yi actiniz, port sorunu bitti ama simdi firewall'dan gecen cagrilar takiliyor. iptables -L -v'de INVALID drop sayaci bir gunde 0'dan 180 bin'e cikti`),
    fw(`abi pfsense logu:
Jan 12 20:14:02 block WAN TCP:R 10.0.0.5:5060 -> 91.x.x.x:40111
yuzlercesi var. RST'yi actigimizdan beri cagrilar dusuyor`),
    fw(`kanka RST acildiktan sonra sophos XG arkasindaki carrier'a cagrilar kurulup 20 sn sonra dusuyor, sophos log: "Invalid TCP state" drop, flag RST`),
    fw(`سلام مهندس، از وقتی RST رو روشن کردیم تماس‌ها به کریری که پشت فورتی‌گیت هست معلق میمونن. تو لاگ فورتی‌گیت مدام «no session matched» میاد، flags R`),
    fw(`salam dadash, SS_TCP_CLOSE_RESET ro On kardim, az oon moghe 30% call ha vasl mishan va baad az 30 sanie ghat mishan. log ASA:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 212.x.x.x/44120 flags RST on interface inside`),
    fw(`سلام، روی iptables یه rule داریم که conntrack INVALID رو drop می‌کنه. بعد از فعال کردن RST لاگ‌ها پر شده از پکت‌های RST که drop میشن و تماس‌ها fail میشن`),
    fw(`سلام علیکم انجنیر صاحب، از وقتی RST ره فعال کدیم، تماس‌ها که از pfSense تیر میشن نیمه راه قطع میشن. لاگ فایروال پکت‌های TCP:R ره بلاک نشان میته`),
    fw(`mohandes lotfan, ba'd az taghir close mode be RST, call haye shoabe ke posht sophos hastan hang mikonan. to log sophos packet haye RST drop mishan`),
    fw(`سلام، فوری: بعد از On کردن RST، روی میکروتیک rule «connection-state=invalid action=drop» داره پکت‌های RST رو می‌خوره و شمارنده‌ش سریع بالا میره. تماس‌ها برقرار نمیشن`),
    fw(`salam, ba'd az reparse ba SS_TCP_CLOSE_RESET=On call ha be termination posht fortigate 408 timeout midan. diag debug flow mige "no session matched"`),
    fw(`salam alaikum engineer saheb, az roz dushanbe ke RST ra on kadin, tamas ha besiar qat mesha. firewall fortigate ma packet haye RST ra drop mekona, mega session match nest`),
    fw(`سلام مهندس، لاگ ASA رو می‌ذارم:
%ASA-6-106015: Deny TCP (no connection) from 185.x.x.x/5060 to 10.2.2.10/51220 flags RST on interface outside
از وقتی RST فعال شده صدها خط از این داریم و تماس‌ها قطع میشن`),
    fw(`mohandes jan, RST ro baraye TIME_WAIT roshan kardid, moshkel port hal shod vali hala call haii ke az firewall rad mishan gir mikonan. counter INVALID drop to iptables -L -v too ye rooz shode ۱۵۰ هزار`),
    fw(`سلام، لاگ pfSense:
block WAN TCP:R 10.0.0.5:5060 -> 91.x.x.x:40111
block WAN TCP:R 10.0.0.5:5060 -> 91.x.x.x:40987
از وقتی RST روشن شد تماس‌ها میفتن`),
    fw(`salam, az dirooz RST faal shode, call ha be carrier posht sophos XG vasl mishan va baad az 20 sanie ghat mishan. log sophos: "Invalid TCP state" drop ba flag RST`),
    fw(`سلام برادر، بعد از تغییر حالت بستن اتصال به RST، فایروال Cisco ASA ما پکت‌های RST ره رد می‌کنه و تماس‌ها معلق میمانن. پیش از این تغییر خوب بود`),
    fw(`Salam müəllim, RST-ni açandan sonra FortiGate arxasındakı operatora zənglər asılı qalır. FortiGate logunda "no session matched" görünür, flags R.`),
    fw(`salam qardas, SS_TCP_CLOSE_RESET On etdik, o vaxtdan zenglerin 30%-i qosulur ve 30 saniyeden sonra kesilir. ASA log: Deny TCP (no connection) ... flags RST`),
    fw(`Salam, iptables-də conntrack INVALID drop qaydamız var, RST açılandan sonra RST paketləri drop olunur və zənglər fail olur.`),
    fw(`salam muellim, pfSense logunda TCP:R paketleri block olunur, RST mode acilandan beri zengler yarida qalir`),
    fw(`Salam, MikroTik-də "connection-state=invalid drop" qaydası RST açılandan sonra RST paketlərini tutur, sayğac sürətlə artır, zənglər qurulmur.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning172Set: readonly EvalItem[] = Object.values(tuning172Families).flat();
