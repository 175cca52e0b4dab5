import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP wholesale operators, call-centre owners, resellers and network admins in Iran (Tehran, Mashhad,
 * Isfahan, Shiraz, Tabriz), Afghanistan (Kabul, Herat) and Turkey (Istanbul, Ankara, Izmir, Gaziantep)
 * writing to the VOS3000 support desk on WhatsApp/Telegram. About half write Persian or Dari, mostly in
 * Persian script (with Persian or Latin digits, "هزار", Dari words like "انجنیر صاحب", "تیلفون", "مصروف")
 * and some in Finglish ("mohandes", "dadash", "lotfan", "30 hezar"); the other half write Turkish, often
 * without ç ğ ı ö ş ü ("hocam", "abi", "kanka", "otuz bin", "30k"). Both mix in English technical words and
 * paste command output (ss -s, netstat, iptables, firewall logs, Tomcat/MySQL/softswitch log lines).
 *
 * The hundred-and-fifty-seventh tuning split, by family, in markets where VOS3000 is sold widely and which no split had in fresh hands
 * since the early rounds. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-fifty-seventh never-tuned set, before the fifty-ninth round of rules, by
 * someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other
 * sets in view; measured as such before and after the fifty-ninth round and with the framing check, then made tuning
 * material for the sixtieth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 87.8 %, negatives confident 3.7 %, confident wrong 0 % with the
 * rules of the fifty-eighth round and the changes after it, before the fifty-ninth.
 * After the fifty-ninth round: the same.
 * With the framing check (the rules of the fifty-ninth round held back where a message reads as told, not live):
 * in scope 87.8 %, negatives confident 3.0 %, confident wrong 0 %.
 * After the sixtieth round, tuned on: in scope 98.9 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning157Families = {
  oneListeningPort: [
    no(`سلام مهندس، بعد از ریستارت سرور پورتال وب بالا نمیاد. تو لاگ تامکت نوشته java.net.BindException: Address already in use: JVM_Bind 8080. یه اسکنر دیگه رو همین سرور نصب کردن فکر کنم`),
    no(`hocam tomcat acilmiyor, catalina.out da "Address already in use" 8080 diyor. netstat -tlnp bakinca 8080i baska bir java tutuyor, eski process kalmis galiba`),
    no(`salam dadash, nginx ro nasb kardam rooye hamoon server vos, hala 80 ro migire va apache start nemishe: (98)Address already in use: make_sock: could not bind to address 0.0.0.0:80`),
    no(`mysql kalkmiyor abi. log:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?`),
    no(`روی سرور تست یه Asterisk گذاشتیم کنار softswitch، حالا asterisk میگه Unable to bind UDP socket to 0.0.0.0:5060 چون mbx3000 گرفته. چطور پورتشو عوض کنیم؟`),
    no(`kanka laptopta docker ile kamailio denemesi yapiyorum, docker run -p 5060:5060 deyince "Bind for 0.0.0.0:5060 failed: port is already allocated" cikiyor. bu vos ile ilgili degil sanirim ama bi bakabilir misin`),
    no(`سلام علیکم انجنیر صاحب. پورتال ویب ما در کابل باز نمیشه، وقتی تامکت را ریستارت میکنم میگه پورت ۸۰۸۰ مصروف است. کدام پروسس این پورت را گرفته؟`),
    no(`Merhaba, ikinci bir web paneli (billing arayuzu) kurduk, o da 8080 istiyor. Simdi VOS web portal acilmiyor, "Port 8080 required by Tomcat v7.0 Server at localhost is already in use" hatasi. Hangisini degistirelim`),
    no(`lotfan komak, httpd start nemishe:
Job for httpd.service failed because the control process exited with error code.
AH00072: make_sock: could not bind to address [::]:443
certbot standalone ro ejra kardim ghablesh`),
    no(`sunucuda ss -ltnp | grep 3306 yazdim, iki tane mysqld gorunuyor, biri eski surum. yeni mysql "bind on tcp/ip port: address already in use" diyor. eskisini kill etsem vos bozulur mu?`),
    no(`سرور رو ری‌بوت کردیم، mbx3000d بالا اومد ولی وب منیجر نه. lsof -i :8080 نشون میده یه java قدیمی هنوز زنده‌ست با PID 2231. اینو بکشم مشکلی پیش نمیاد؟`),
    no(`Ankara'dan yaziyorum, yazilimci arkadas kendi dev sunucusunda node app calistiriyor, "Error: listen EADDRINUSE: address already in use :::8080" aliyor. ayni makinede vos yok aslinda, sadece test. sizin api client 8080 mi kullaniyor?`),
    no(`mohandes in error chie? "listen tcp 0.0.0.0:5060: bind: address already in use" — ye sip proxy ba golang neveshtam mikham rooye server vos test konam`),
    no(`abi izmir'deki call center sunucusunda biri 80 portunu almis, nginx reverse proxy baslamiyor:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
nginx: [emerg] still could not bind()`),
    no(`سلام، بعد از نصب zabbix و یه پنل گزارش‌گیری دیگه، tomcat دیگه روی 8080 بالا نمیاد، میگه Address already in use. خود VOS سالمه و تماس‌ها برقراره، فقط پورتال وب`),
    no(`hocam kamailio ikinci instance acmak istiyorum ayni sunucuda, ERROR: bind(): Address already in use 5060. tamam mantikli ama 5070'e alsam vos ile karisir mi`),
    no(`سلام، از هرات. کمپیوتر دفتر که اپلیکیشن ریکاردینگ داره پورت 3306 را گرفته و MySQL دوم ما چالان نمیشه. این به سافت‌سویچ ربط داره یا نه؟`),
    no(`8080 dolu diyor tomcat, kim tutuyor bulamadim`),
    no(`docker compose up کردم برای پنل ریسلرها، خطا:
Error starting userland proxy: listen tcp4 0.0.0.0:443: bind: address already in use
روی سرور اصلی httpd هست فکر کنم`),
    no(`Gaziantep sube: eski elastix kutusunu ayni sunucuya tasidik, asterisk "Unable to bind to 0.0.0.0:5060" yaziyor cunku ayni makinede vos calisiyor. yanlis kurulum biliyorum, nasil ayiririz`),
    no(`tomcat log:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
hamin. vos web baz nemishe. chikar konam`),
    no(`Port 5060 zaten kullaniliyor diyor yeni kurdugumuz freeswitch. vos kapaliyken aciliyor. ikisini ayni sunucuda nasil calistiririz`),
    no(`یه سوال، پورتال VOS رو میخوام ببرم رو 8443، چون یه سرویس دیگه 8080 رو گرفته و Tomcat میگه cannot bind. کجای server.xml رو باید عوض کنم؟`),
    no(`apache restart sonrasi "could not bind to address 0.0.0.0:80, no listening sockets available, shutting down". sunucuda bir de lighttpd varmis, onu kim kurdu bilmiyorum`),
    no(`تو کانتینر تست، سرویس mbx رو دوبار استارت کردم، دومی گفت bind 5060 failed, address in use. الان دوتا پروسس داره؟ خروجی ps aux رو بفرستم؟`),
    no(`developer bilgisayarinda vos api testi icin mock server acmis, 8080 EADDRINUSE veriyor. skype falan tutuyormus portu galiba 😅`),
    no(`انجنیر جان، مای‌اس‌کیو‌ال ریستارت نمی‌شه. ارور: Do you already have another mysqld server running on port: 3306? ما یک سرور دیگه هم امتحانی نصب کرده بودیم`),
  ],
  otherRegistrationCause: [
    no(`سلام مهندس، از دیروز ۴۰ تا داخلی تو مشهد unregistered شدن. بعد فهمیدیم ادمین قبلی پسوردها رو عوض کرده، تو لاگ 401 Unauthorized میاد. چطور ریست کنیم؟`),
    no(`hocam bayilerden biri "telefonlar kayit olmuyor" dedi, baktim hesabin bakiyesi bitmis, fatura odenmemis. odedikten sonra ne kadar surede aktif olur?`),
    no(`salam, IP public office avaz shod (ISP ro avaz kardim), hala gateway ha register nemishan chon to VOS IP ghadimi ro whitelist karde budim. koja avazesh konam?`),
    no(`Merhaba, softphone'lar "Registration failed 403 Forbidden" veriyor. lisans suresi doldu mu acaba? VOS lisans bitis tarihi nerede gorunuyor`),
    no(`داخلی‌ها unregistered هستن چون برق ساختمون رفته و سوییچ PoE خاموشه. ژنراتور روشن شد ولی هنوز چندتا تلفن بالا نیومده، معمولاً چقدر طول میکشه؟`),
    no(`Istanbul ofiste Turk Telekom kesintisi var sabahtan beri, hicbir telefon register degil. sizin tarafta sorun yok degil mi, sadece teyit`),
    no(`سلام، در کابل انترنت افغان‌تلیکام قطع است، همه تیلفون‌ها unregistered نشان میدن. آیا سرور شما خوب است؟`),
    no(`mohandes domain server ro avaz kardim az sip.oldname.com be sip.newname.net, gooshi ha hanooz ro name ghadimi hastan va register nemishan. bayad yeki yeki provision konim?`),
    no(`Izmir call center'da router degistirdik, ama biz SIP icin UDP kullaniyoruz, TCP degil. telefonlarin yarisi kayitsiz. yeni router'da SIP ALG acik geliyor, kapatmam lazim mi`),
    no(`اکانت ریسلر ما منقضی شده فکر کنم، همه‌ی مشتری‌ها میگن رجیستر نمیشه. تمدیدش با کیه؟ پول رو دیروز واریز کردیم`),
    no(`abi 12 tane dahili unregistered ama hepsi ayni subede, oranin interneti gitti. fiber kopmus, Superonline ekip yollayacakmis`),
    no(`salam dadash. yeki az karmanda password SIP ro eshtebah zade to Zoiper, 5 bar fail shode va IP esh ban shode. registration nemishe. unban kon lotfan`),
    no(`لاگ رو ببینید:
REGISTER sip:10.0.0.5 SIP/2.0
SIP/2.0 403 Forbidden (account expired)
یعنی حساب تموم شده؟ ما که شارژ کرده بودیم`),
    no(`kanka yeni aldigimiz Yealink'ler kayit olmuyordu, sonra anladik auth kullanici adi yanlis girilmis (transport UDP zaten). duzelttik ama 8 tanesi hala kirmizi`),
    no(`شیراز: مودم رو عوض کردیم، ولی روی همه‌ی تلفن‌ها SIP روی UDP 5060 هست. از اون موقع نصفشون unregistered. DHCP آی‌پی جدید داده و VLAN صدا رو احتمالا تنظیم نکردیم`),
    no(`Gaziantep'teki IP-PBX'in statik IP'si degisti (ISP zorla degistirdi), sizde trunk IP ile kayitli. yeni IP'yi mesaj atiyorum, guncelleyebilir misiniz`),
    no(`حساب‌های SIP سی تا مشتری به خاطر بدهی قطع شده، دارن زنگ میزنن که چرا unregistered. فقط میخوام مطمئن شم مشکل فنی نیست و از بیلینگه`),
    no(`Lisans hatasi aliyoruz: "license expired, max online registrations 0". telefonlar tabii ki kayit olamiyor. yenileme icin ne lazim`),
    no(`از هرات میپرسم، تیلفون‌های دفتر بعد از تبدیل کردن پسورد وای‌فای وصل نیستند، registration failed. انترنت تیلفون‌ها قطع است یا سرور؟`),
    no(`Zoiper "Wrong username or password" diyor, ama dogru yaziyoruz. musteri hesabi askiya alinmis olabilir mi, odeme gecikti diye`),
    no(`ساعت سرور VOS رو اشتباه تنظیم کردن و تاریخ رفته جلو، حالا لایسنس میگه expired و هیچ داخلی register نمیشه. ntp رو درست کنیم حل میشه؟`),
    no(`telefonlar unregistered cunku sabah elektrik kesildi ve switch'in adaptoru yandi. yenisini aldik, bilginiz olsun, ticket'i kapatabilirsiniz`),
    no(`sip trunk reseller ma register nemishe. "SIP/2.0 404 Not Found" migire. fekr konam account esh ro az panel pak kardan. mishe check konid?`),
    no(`DNS kaydini yanlislikla sildik, voip.firmamiz.com.tr cozmuyor artik, o yuzden softphone'lar kayit olamiyor. A kaydini geri ekledik, TTL'i beklemek mi lazim`),
    no(`در تبریز اینترنت ما (شاتل) از صبح قطعی داره، تلفن‌ها همه قرمزن. ربطی به سرور نداره درسته؟`),
    no(`Hocam UDP uzerinden calisan 50 dahili var, ofis firewall'unu degistirdik, UDP session timeout kisa oldugu icin pinhole kapanip kayitlar dusuyor galiba. RST modu hic acmadik, TCP de yok`),
    no(`داداش پسورد ادمین پنل رو عوض کردیم و اسکریپت provisioning پسورد همه‌ی اکانت‌ها رو هم عوض کرد 😩 الان ۲۰۰ تا گوشی 401 میگیرن`),
  ],
  smallFigures: [
    no(`سلام، ss -s زدم، این عادیه؟
Total: 412
TCP: 187 (estab 96, closed 71, orphaned 0, timewait 68)
سرور فقط ۲۰ تا تماس همزمان داره`),
    no(`hocam TIME_WAIT tam olarak ne demek? netstat'ta 250 tane goruyorum, endise etmeli miyim`),
    no(`mohandes ip_local_port_range rooye server ma "32768 60999" hast. in default CentOS e? bayad avazesh konim ya na?`),
    no(`RST modu (SS_TCP_CLOSE_RESET) genel olarak acmali miyiz? su an hicbir sorunumuz yok, sadece best practice soruyorum`),
    no(`سلام وقت بخیر. یه health check از سرور گرفتم:
netstat -ant | grep TIME_WAIT | wc -l
۳۴۰
CPU دوازده درصد، تماس همزمان حدود ۸۰. همه چیز خوبه؟`),
    no(`abi sunucuda 600 civari time_wait var, aksam yogunlugunda 900 oluyor. bu normal mi yoksa ileride sorun cikarir mi`),
    no(`انجنیر صاحب، سوال دارم: tcp_tw_reuse چی کار میکنه؟ در سرور ما صفر است. لازم است یک کنیم یا نه؟ فعلاً مشکلی نداریم`),
    no(`ss -s ciktisi:
Total: 1203 (kernel 0)
TCP:   512 (estab 301, closed 150, orphaned 2, synrecv 0, timewait 148/0), ports 0
bu degerler 300 esli cagri icin saglikli mi`),
    no(`یه سوال کلی: SS_TCP_CLOSE_RESET دقیقا چیکار میکنه؟ تو softswitch.conf دیدمش روی Off هست. دست نزنم بهتر نیست؟`),
    no(`kac tane TIME_WAIT olursa tehlikeli sayilir? bizde su an yuz elli falan, cps 5-6`),
    no(`salam, ye server jadid baraye call center Isfahan dorost kardim. ghable inke live beshe bayad settings kernel ro avaz konim? alan 120 ta time_wait dare va hich loadi nadare`),
    no(`Merhaba, musteri denetimi icin rapor hazirliyorum. net.ipv4.tcp_fin_timeout 60, ip_local_port_range 32768 60999, tcp_tw_reuse 0. bunlar varsayilan degil mi? degistirmemiz gereken bir sey var mi`),
    no(`این خروجی رو از سرور تهران گرفتم، ساعت ۱۱ صبح که پیکه:
TIME-WAIT 437
ESTAB 210
نگران باشم؟ روزی ۳۰ هزار تماس داریم`),
    no(`gunde otuz bin dakika trafik yapiyoruz, time_wait 300-400 arasi geziyor. kapasite artirmadan once kontrol ediyorum: portlar yeter mi?`),
    no(`فرق TIME_WAIT و CLOSE_WAIT چیه؟ تو netstat هر دوتا رو میبینم، هر کدوم حدود ۵۰ تا`),
    no(`kanka soru: "cannot assign requested address" hatasi hangi durumda olur? biz hic almadik, ekip icin dokumantasyon yaziyorum`),
    no(`dadash ye soal, age RST mode ro on konim chizi kharab mishe? felan hame chi okaye, time_wait ham 200 tas`),
    no(`ss -tan state time-wait | wc -l -> 87. sunucu yeni kuruldu, test ediyoruz. bu rakam ok?`),
    no(`سلام، تو داشبورد مانیتورینگ یه نمودار TIME_WAIT داریم که بین ۱۰۰ تا ۷۰۰ بالا پایین میره. آستانه هشدار رو چند بذاریم؟`),
    no(`Hocam varsayilan ephemeral port araligi 28 bin port civari yapiyor degil mi? bizim 200 esli cagri icin yeterli mi hesaplamak istiyorum`),
    no(`سلام، از کابل. سرور ما آرام است، فقط ۱۵ تماس همزمان. netstat میگه ۹۰ تا TIME_WAIT. این مشکل است؟ یک نفر گفت باید port range را زیاد کنیم`),
    no(`sabah rutin kontrol:
# ss -s
TCP: 389 (estab 244, closed 97, orphaned 0, timewait 95/0)
her sey yolunda gorunuyor, sadece kayit icin atiyorum`),
    no(`مهندس، SS_TCP_CLOSE_RESET رو پیشنهاد میکنید برای سرورهای جدید پیش‌فرض روشن کنیم یا فقط وقتی مشکل داشتیم؟`),
    no(`sysctl -a | grep ip_local_port_range
net.ipv4.ip_local_port_range = 32768	60999
bu centos 7 default'u mu, yoksa onceki admin mi ayarlamis?`),
    no(`khorooji ss -s ro nemifahmam, "timewait 45/0" yani chi? oon /0 chie?`),
    no(`yeni musteri 2 bin kanal istiyor. su anki sunucuda 400 cagri var ve time_wait 500 civari. buyutmeden once hangi kernel ayarlarina bakmaliyiz, onceden bilmek istiyorum`),
    no(`یه سوال تئوری: وقتی کانکشن TCP بسته میشه چرا ۶۰ ثانیه تو TIME_WAIT میمونه؟ تو سرور ما همیشه چند صدتا هست`),
  ],
  firewallNoRst: [
    no(`سلام مهندس، رو فورتی‌گیت یه policy برای 5060 TCP از IP جدید کریر باز کنید لطفا: 185.112.x.x. تماس‌ها فعلا اوکیه`),
    no(`hocam fail2ban bizim kendi ofis IP'mizi banlamis, web panele giremiyoruz. fail2ban-client status sshd'de goruyorum. nasil unban ederim`),
    no(`mikrotik jadid baraye call center nasb kardim, SIP ALG ro khamoosh kardam (ip firewall service-port disable sip). hame chi ok. faghat mikham config ro check konid`),
    no(`iptables'a sadece Turkiye ve Iran IP'lerinden 5060'a izin veren geo-block kurmak istiyorum, ipset ile ornek kural atabilir misiniz`),
    no(`پورتال وب روی 8080 از بیرون باز نمیشه، فکر کنم فایروال سرور بسته‌ست. خروجی firewall-cmd --list-all رو میفرستم، بگید چی اضافه کنم`),
    no(`Izmir'de yeni pfSense kurduk, NAT port forward 5060 TCP ve RTP 10000-20000 UDP actik, aramalar sorunsuz. sadece loglarda cok fazla scanner goruyoruz, block list oneriniz var mi`),
    no(`سلام، یک ریسلر تازه در هرات داریم، IP آن را در وایت‌لیست بگذارید لطفاً که به پورت ۵۰۶۰ وصل شود`),
    no(`ASA'da SIP inspection kapali mi acik mi olmali? cagrilarimiz iyi calisiyor, sadece danisiyorum`),
    no(`کریر جدیدمون از ترکیه میگه پکت‌هاشون به ما نمیرسه. iptables -L رو نگاه کردم، IPشون تو لیست DROP بود (از قبل به خاطر اسکن). حذفش کردم، الان اوکیه؟`),
    no(`Sophos XG'ye gectik, tum kurallari tasidik, SIP trafigi gayet iyi. web portal icin 8080'e sadece ofis IP'sine izin veren kural eklemek istiyorum`),
    no(`salam, fail2ban taghriban 200 ta IP ro ban karde baraye brute force SIP. be nazaret ziad nist? mishe bantime ro kam konim`),
    no(`abi firewall loglarinda surekli "friendly-scanner" User-Agent'li REGISTER denemeleri var. bunlari nasil engelleriz ki normal sip trafigi etkilenmesin`),
    no(`تو MikroTik یه rule گذاشتیم که فقط IPهای ایران به پورت SIP برسن. ولی تیم ما تو استانبول هم باید وصل بشه. address-list رو چطور اضافه کنم؟`),
    no(`Fortigate'de sip-session-helper'i sildik, voip profile'dan SIP ALG'yi kapattik. sonrasinda tek yon ses problemi cozuldu. tesekkurler, bilgi icin`),
    no(`انجنیر، فایروال نو (FortiGate 60F) در دفتر کابل نصب کردیم. تماس‌ها بسیار خوب کار میکنه. فقط میخواهیم پورت ویب پورتال فقط از داخل دفتر باز باشه`),
    no(`iptables -A INPUT -p tcp --dport 8080 -s 10.10.0.0/16 -j ACCEPT kuralini ekledim ama panel hala disaridan aciliyor, sira mi yanlis`),
    no(`لطفاً رنج RTP سرور رو بگید، میخوام رو pfSense فقط همون رو باز کنم. الان 10000 تا 60000 بازه که زیاده`),
    no(`conntrack tablosu dolar mi diye soruyorum, nf_conntrack_max 65536. su an 3-4 bin entry var. bir sorun yok, planlama yapiyorum`),
    no(`mohandes yek IP az Chin hey be 5060 TCP request mide, hezaran bar. ban konim? ya ye firewall sakhtafzari bezarim jelosh`),
    no(`Gaziantep subesine yeni Sophos geldi, cagrilar normal, hic kopma yok. sadece SSL VPN uzerinden web portale erismek icin kural lazim`),
    no(`بعد از نصب فایروال جدید Sophos، رول SIP رو باز کردیم و همه چیز درسته. فقط میخوام بدونم لاگ‌های invalid packet رو کجا ببینم که اگه روزی مشکلی شد بدونم`),
    no(`fail2ban jail.local icin vos'a hazir bir filter var mi? ssh icin var, sip icin de istiyoruz`),
    no(`یه کریر از افغانستان میخواد وصل بشه. رو فایروال IPشون رو allow کنیم؟ فقط UDP 5060 یا TCP هم؟`),
    no(`MikroTik'te "ip firewall filter add chain=input protocol=tcp dst-port=5060 src-address-list=carriers action=accept" yazdim, dogru mu? trafik su an sorunsuz`),
    no(`سلام، فایروال سرور ما (iptables) بعد از ریبوت قوانین را از دست داد. iptables-save در کدام فایل ذخیره میشه؟ تماس‌ها کار میکنه ولی همه پورت‌ها باز است`),
    no(`ulke bazli engel: Rusya ve Cin'i FortiGate'te tamamen engellemek istiyoruz, geo IP objesi olusturup deny policy ekledik, dogru yol mu`),
    no(`salam, ASA jadid ro jaye ghadimi gozashtim, sip inspect ro off kardim. tamas ha normal vasl mishan, seda ham doroste. faghat mikhastam confirm konid tanzimat ok e`),
  ],
  negationContext: [
    no(`ما فقط UDP استفاده میکنیم و RST رو هم هیچوقت روشن نکردیم. این unregistered ها از دیشب که پسورد همه اکانت‌ها عوض شد شروع شده`),
    no(`hocam gecen yilki EADDRINUSE problemi var ya, o tamamen cozuldu, bir daha olmadi. bu sefer baska bir sey soracagim: fatura raporunu nasil excel'e alirim`),
    no(`TIME_WAIT 30 hezar bood, bad az taghirat shoma alan zire 500 e. merci mohandes, ticket ro bebandid`),
    no(`RST modu kapali, hic acmadik, kimse bir sey degistirmedi. FortiGate loglari temiz, cagrilar normal. sadece SS_TCP_CLOSE_RESET ne ise yariyor merak ettim`),
    no(`تیکت قدیمی رو برای سابقه فوروارد میکنم:
> سرور در پیک cannot assign requested address میده، ۳۵ هزار TIME_WAIT
این مال اسفند پارسال بود و حل شد. الان داریم سرور جدید راه میندازیم، همون تنظیمات رو از اول بزنیم؟`),
    no(`"Address already in use" tam olarak ne demek? musterinin mailinde gecti ama bizim sunucuda boyle bir hata yok`),
    no(`انجنیر صاحب، ما SS_TCP_CLOSE_RESET را فعال نکرده‌ایم و نخواهیم کرد، چون شنیدیم برای NAT مشکل داره. فقط میخواستیم بدانیم پیش‌فرض آن چیست`),
    no(`gecen ay RST acmistik, NAT arkasindaki telefonlar dusunce kapattik, o gunden beri sorun yok. bu mesaj sadece bilgi icin, aylik raporumuza ekleyecegiz`),
    no(`na dadash, firewall RST ro drop nemikone, check kardim. tamas ha ham moshkeli nadaran. moshkel faghat gozaresh CDR e ke sa'atash ghalate`),
    no(`telefonlar unregistered ama bu sifre degisikliginden sonra oldu, TCP/RST ile alakasi yok bence. sifreleri panelden toplu nasil guncellerim`),
    no(`سرور هیچ BindException نداره، پورت‌ها خالیه، TIME_WAIT زیر ۲۰۰ ـه. مشکل ما فقط اینه که ASR کریر ترکیه پایینه. اینو کی بررسی میکنه؟`),
    no(`eski ticket'i hatirlatiyorum: "#4471 - 28 bin TIME_WAIT, cannot bind" - bu cozuldu, kapatabilirsiniz. tekrar acildiysa yanlislikla acilmistir`),
    no(`لطفاً توضیح بدید RST mode یعنی چی؟ تو گروه تلگرام همه ازش حرف میزنن. ما هنوز فعالش نکردیم و مشکلی هم نداریم`),
    no(`Kimse bir sey degistirmedi, RST de kapali, firewall da ayni. musteri "arama kesiliyor" dedi ama test ettik, kendi wifi'si kotuymus. bilginize`),
    no(`soal: "cannot assign requested address" ro to ye maghale dar bare VOS khoondam. in baraye server haye ba 60 hezar tamas e dige? ma faghat 2 ta E1 darim 😂`),
    no(`reseller'a anlattim: TIME_WAIT cok yuksek olursa port tukenir, ama bizde yok, 300 civari. o da "o zaman RST neden acik degil" diye sordu. ne diyelim`),
    no(`گزارش ماهانه: هیچ قطعی‌ای به خاطر فایروال نداشتیم، RST رو هم نزدیم. فقط میخوام تأیید کنید که softswitch.conf ما دست نخورده`),
    no(`Gecen hafta sizin destek "SS_TCP_CLOSE_RESET=Off yapin" dedi, yaptik, NAT arkasindaki Grandstream'ler tekrar register oldu. simdi her sey yesil. tesekkurler, kapatabiliriz`),
    no(`سلام، پارسال سرور ما پورت کم آورده بود و شما درست کردید. امسال میخواهیم سرور دوم بخریم. کدام مشخصات را پیشنهاد میکنید؟`),
    no(`abi arkadas youtube'da "otuz bin TIME_WAIT, port tukenmesi" diye bir video izlemis, panikledi. bizim sunucu 250 civari, RST de kapali. bir sey yapmaya gerek yok degil mi`),
    no(`این لاگ مال قبل از ارتقای سرور بود:
java.net.BindException: Cannot assign requested address
از وقتی رم و کرنل رو آپدیت کردیم و تنظیمات شما رو زدیم دیگه نیومده. فقط برای آرشیو`),
    no(`Musteri sikayetini yonlendiriyorum ama dikkat: onlarda SIP UDP, NAT arkasinda degiller, RST de kapali. "kayit dusuyor" diyordu ama sifreyi yanlis girmisler, duzelttik`),
    no(`mohandes manzooram az "reset" reset kardane router bood na RST mode 😅 router ro reset kardim va hame chi dorost shod`),
    no(`RST paketleri firewall'da drop ediliyor mu diye baktim, log temiz, hic invalid drop yok. zaten RST modunu acmadik. baska yere bakalim, sorun ses kalitesi`),
    no(`دوستمون تو شیراز گفت بعد از RST با NAT مشکل داشتن. ما هنوز نزدیم. اگه بزنیم و MikroTik داشته باشیم چی میشه؟ فقط سوال قبل از تصمیمه`),
    no(`kanka bu sabah gordugum "cannot bind" hatasi vos'tan degil, yedekleme scriptinden geliyormus, rsync daemon 873. vos tertemiz`),
    no(`تماس‌ها قطع نمیشه، ثبت تیلفون‌ها هم درست است، TIME_WAIT هم کم است. فقط میخواهیم بدانیم لاگ‌ها را چند روز نگه داریم`),
  ],
  portExhaustion: [
    pe(`مهندس فوری! سر پیک عصر تماس‌ها وصل نمیشن، لاگ softswitch پر از cannot assign requested address شده. ss -s میگه timewait 31244`),
    pe(`hocam aksam 8'den sonra yeni cagrilar kurulamiyor, loglarda "java.net.BindException: Address already in use: connect". netstat'ta 40 bin TIME_WAIT var`),
    pe(`salam dadash, server VOS too peak ba CPS 200 dige connection TCP jadid baz nemikone. ss -s: timewait 28k. chikar konim?`),
    pe(`ss -s
Total: 52841 (kernel 0)
TCP:   51277 (estab 1890, closed 49011, orphaned 12, synrecv 0, timewait 48990/0), ports 0
cagrilar yariya dustu, acil bakar misiniz`),
    pe(`۳۰ هزار تا TIME_WAIT داریم و سوییچ دیگه به گیت‌وی‌ها وصل نمیشه. هر شب ساعت ۹ که شلوغ میشه همین میشه`),
    pe(`otuz bes bin time_wait, softswitch logunda EADDRINUSE hatalari, gateway'lere TCP acilamiyor. musteriler 503 aliyor. ne yapalim`),
    pe(`سلام انجنیر، از کابل. شب‌ها که تماس زیاد است سرور میگه cannot assign requested address. netstat بیست و پنج هزار TIME_WAIT نشان میده. کمک کنید`),
    pe(`Merhaba, ticket acmak istiyorum: yogun saatlerde (cps 150+) softswitch giden SIP TCP baglantilarini kuramiyor. hata: "connect failed: Cannot assign requested address (99)". ip_local_port_range 32768 60999, tcp_tw_reuse 0.`),
    pe(`لاگ:
2024-05-12 21:14:03 [ERROR] tcp connect to 10.20.1.5:5060 failed: errno 99 Cannot assign requested address
2024-05-12 21:14:03 [ERROR] tcp connect to 10.20.1.7:5060 failed: errno 99
...
هر ثانیه صدتا از اینا. ASR افتاده رو ۲۰٪`),
    pe(`abi acil, netstat -ant | grep TIME_WAIT | wc -l -> 61832. sistem yeni baglanti acamiyor`),
    pe(`mohandes, error "cannot bind local port" har shab sa'ate 10 to log mbx miyad. time wait ha 45 hezar mishe. vaghti kam mishe dobare ok mishe`),
    pe(`Gaziantep call center kampanya basladi, cps arttigi anda tum giden cagrilar patladi. ss -tan state time-wait | wc -l = 29744. log'da bind hatalari`),
    pe(`سلام، فوروارد از اپراتور شیفت شب: «از ساعت ۲۲ تماس‌های خروجی همه fail، تو لاگ نوشته Address already in use، سرور رو ریستارت کردیم درست شد ولی دوباره برگشت». ss -s رو هم گرفتم: timewait ۳۸۰۰۰`),
    pe(`ip_local_port_range'in hepsi dolmus gibi, 28 bin port var ve hepsi TIME_WAIT'te. SIP TCP trunk'lara yeni socket acilmiyor. SS_TCP_CLOSE_RESET ile mi cozulur?`),
    pe(`پیک ساعت ۸ شب: ۴۰۰ تماس همزمان، بعدش هرچی بالاتر میره وصل نمیشه. netstat رو نگاه کردم بیش از بیست هزار TIME_WAIT. تو لاگ BindException`),
    pe(`Istanbul'daki wholesale sunucu: gunduz sorun yok, aksam trafik artinca "EADDRINUSE" ve "cannot assign requested address" basliyor. time_wait 50k'ya cikiyor. kernel ayarlari default`),
    pe(`server Tehran az dishab too peak kar nemikone. ss -s => timewait 33 hezar. log: cannot assign requested address. lotfan zood`),
    pe(`hocam dun konustugumuz problem devam ediyor, bu aksam yine ayni: yuksek cps'te baglanti acilamiyor, TIME_WAIT 42 bin. sysctl ayarlarini siz mi yaparsiniz biz mi`),
    pe(`از هرات سلام. سرور ما هنگام ترافیک زیاد تماس‌های جدید را وصل نمیکنه، ارور Address already in use میده. نزدیک سی هزار کانکشن در حالت TIME_WAIT است`),
    pe(`kisa: portlar yine tukendi. 30k timewait.`),
    pe(`با سلام و احترام
مشکل از سه روز پیش شروع شده:
- ساعت ۲۰ تا ۲۳ تماس‌های خروجی به کریرها (SIP روی TCP) شکست میخوره
- در لاگ mbx3000: connect() failed, errno=99
- ss -s: TCP 47210 (estab 2100, timewait 44870)
- ip_local_port_range = 32768 60999
CPS حدود ۱۸۰ است. لطفاً راه حل بدید، مشتری‌ها تهدید کردن که میرن`),
    pe(`kanka log ekliyorum:
[WARN] SipTcpTransport: cannot create socket to 212.x.x.x:5060 - Address already in use
[WARN] SipTcpTransport: cannot create socket to 212.x.x.x:5060 - Address already in use
bunlardan binlerce var. netstat'ta elli bin civari TIME_WAIT`),
    pe(`dadash CPS ro baraye campaign bordim bala, hamash timeout. netstat 27 hezar time_wait neshoon mide. ghablan ba 10 cps moshkeli nadasht`),
    pe(`Merhaba, Ankara'daki reseller'imizin sunucusunda peak'te cagrilar "cannot bind" ile dusuyor. gecen hafta yuklu bir trafik aldilar. netstat ciktisinda time_wait sayisi ~35.000`),
    pe(`داداش دوباره همون خطای cannot assign requested address. ۳۲ هزار TIME_WAIT. این بار سرور دوم. روی اولی SS_TCP_CLOSE_RESET رو زدیم درست شد، رو اینم بزنیم؟`),
    pe(`Izmir: kampanya saatinde softswitch "bind failed: EADDRINUSE" yaziyor, yeni TCP baglantilari gecmiyor, ss -s timewait 39k. sunucuyu restart edince 10 dk duzeliyor`),
    pe(`انجنیر جان، تماس‌ها در ساعت شلوغ وصل نمیشه. این را از سرور گرفتم:
ss -s
TCP: 38112 (estab 980, closed 36900, timewait 36750/0)
پورت‌ها تمام شده؟`),
    pe(`yirmi bes bin time wait + cannot assign requested address. sadece peak saatte oluyor. ayarlar default`),
    pe(`سلام، مشتری (کال‌سنتر اصفهان) میگه کمپین‌هاش ساعت ۱۰ صبح همه fail میشه. رفتم رو سرور: ۴۱ هزار TIME_WAIT و BindException تو لاگ. تنظیمات کرنل پیش‌فرضه`),
    pe(`Abi sorun su: 5060 TCP'den kriere giden baglantilar yogunlukta acilmiyor, hata "Cannot assign requested address". saydim, TIME_WAIT 55 bini gecti. tw_reuse kapali. ne onerirsin`),
  ],
  natUnregistered: [
    nat(`سلام مهندس، از وقتی SS_TCP_CLOSE_RESET رو On کردیم، تلفن‌های دفتر که پشت میکروتیک هستن مدام unregistered میشن. SIP روی TCP هست`),
    nat(`hocam port sorunu icin RST modunu actik, o sorun gitti ama simdi NAT arkasindaki softphone'lar kayit olmuyor. TCP uzerinden baglaniyorlar`),
    nat(`salam, bad az inke RST mode ro roshan kardid, Zoiper haye karmanda ke az khoone vasl mishan (poshte modem) hey register/unregister mishan. TCP estefade mikonim`),
    nat(`SS_TCP_CLOSE_RESET=On yaptiktan sonra subelerdeki IP-PBX'ler (hepsi mikrotik arkasinda) 5 dakikada bir kaydi kaybediyor. trunk TCP.`),
    nat(`سلام، از کابل. بعد از تغییر دیروز (RST را روشن کردید)، تیلفون‌های دفتر که پشت روتر خانگی هستند unregistered شدند. ما از TCP استفاده میکنیم`),
    nat(`Merhaba, dun aksam sizin ekip softswitch.conf'ta RST ayarini degistirdi. bu sabahtan beri Izmir ofisindeki Yealink'ler (TCP transport, modem arkasinda) surekli offline/online`),
    nat(`مهندس جان، RST رو که زدید مشکل پورت حل شد ولی حالا نصف داخلی‌ها قرمزن. اونایی که IP پابلیک دارن سالمن، اونایی که پشت NAT هستن نه`),
    nat(`kanka RST ac dediniz actik, simdi bayilerin IP santralleri kayit tutmuyor. hepsi NAT arkasinda, SIP TCP. geri mi alalim?`),
    nat(`mohandes registration ha har chand daghighe miofte. az dishab ke SS_TCP_CLOSE_RESET=On shod. gooshi ha poshte MikroTik, transport TCP`),
    nat(`log ornegi:
REGISTER sip:voip.x.com;transport=tcp -> 200 OK
(2 dk sonra) ext 1043 unregistered
ayni sey tekrar tekrar. RST acildiktan sonra basladi, telefonlar ofis router'i arkasinda`),
    nat(`بعد از اعمال SS_TCP_CLOSE_RESET=On و reparse، همه‌ی IP-PBXهای مشتری‌ها که پشت فایروال دفترشون هستن (NAT) registration رو از دست میدن. اونایی که UDP هستن مشکلی ندارن`),
    nat(`hocam RST modundan sonra NAT'li kullanicilarin kayitlari dusuyor, public IP'liler sorunsuz. hepsinde tcp transport kullaniyoruz`),
    nat(`سلام، از هرات. تیلفون‌های ما از وقتی RST روشن شد وصل نمیمانند. پشت یک روتر TP-Link هستیم، TCP`),
    nat(`Ankara call center: 80 agent softphone, hepsi ofis NAT'i arkasinda, SIP over TCP. dun gece RST acildi, bugun agentlarin yarisi "not registered". sabah vardiyasi calisamiyor, ACIL`),
    nat(`داخلی‌ها پشت میکروتیک روی TCP رجیستر میشن ولی بعد چند دقیقه می‌پرن. از وقتی RST mode رو فعال کردیم اینطوری شده. قبلش هیچ مشکلی نبود`),
    nat(`kisaca: RST on -> NAT arkasindaki telefonlar unregistered. ne yapalim`),
    nat(`dadash az vaghti reset mode on shode, gooshi haye Grandstream daftar Shiraz register nemimoonan. poshte modem ADSL hastan, TCP`),
    nat(`musteri sikayetini iletiyorum: "Dunden beri dahililerimiz kayit olup dusuyor, bizde hicbir degisiklik yok". sizde degisen tek sey RST parametresi. musteri Kocaeli'de, MikroTik arkasi, TCP`),
    nat(`لاگ softphone:
Registration successful (TCP)
Connection reset by peer
Registration failed - retrying
از وقتی تنظیم RST رو سمت سرور روشن کردیم. کاربر پشت NAT خونه‌ست`),
    nat(`RST ayarindan sonra evden calisan agentlarin Zoiper'lari surekli "registration failed". ofisteki sabit IP'li gateway sorunsuz. transport TCP`),
    nat(`انجنیر صاحب، شما گفتید SS_TCP_CLOSE_RESET را On کنیم برای مشکل پورت. کردیم. حالا تیلفون‌های نمایندگی‌های ما که پشت NAT هستند ثبت نمیشن`),
    nat(`abi RST'yi actiktan sonra Gaziantep subesindeki Panasonic santralin trunk kaydi dusuyor, yeniden kayit oluyor, yine dusuyor. santral NAT arkasinda, TCP 5060`),
    nat(`سلام، ۲ روزه که RST رو روشن کردیم. مشکل: تلفن‌های IP که از طریق مودم خونگی (NAT) وصلن، رجیستر میشن و چند ثانیه بعد unregistered. SIP/TCP. اونایی که VPN دارن مشکلی ندارن`),
    nat(`sip tcp + nat + rst = kayit yok. dunden beri boyle hocam`),
    nat(`ba salam, bad az update config softswitch (RST on), IPPBX haye moshtari ha ke poshte MikroTik hastan unregistered mishan. 12 ta reseller darim hamashoon shekayat kardan`),
    nat(`Istanbul: RST modunu dun aktif ettik. musteri ofislerindeki 3CX'ler (NAT arkasinda, SIP TCP) kaydini kaybediyor, 3CX tarafinda her birkac dakikada "Registration lost" event'i geliyor`),
    nat(`ما SS_TCP_CLOSE_RESET=On گذاشتیم طبق توصیه شما. حالا کاربرای پشت NAT (بیشترشون تو مشهد) آفلاین میشن. UDP نداریم، همه TCP ـه. چیکار کنیم؟`),
    nat(`RST On sonrasi durum:
- public IP'li gateway'ler: OK
- NAT arkasindaki 45 telefon: unregistered
transport: TCP. router: MikroTik hAP. sorun ne olabilir`),
    nat(`بعد از روشن کردن RST، پی‌بی‌اکس دفتر ما در کابل که پشت NAT است هر چند دقیقه رجیستریشن را از دست میدهد. SIP بالای TCP است`),
    nat(`hocam RST acilinca NAT'taki cihazlar kayit kaybediyor diye bir sey var mi? bizde tam olarak bu oluyor dunden beri, TCP kullaniyoruz, telefonlar ev modemi arkasinda`),
  ],
  firewallRst: [
    fw(`سلام، بعد از روشن کردن RST mode تماس‌ها وسط مکالمه قطع میشن. فورتی‌گیت تو لاگش برای پکت‌های RST نوشته no session matched`),
    fw(`hocam SS_TCP_CLOSE_RESET=On yaptiktan sonra cagrilar askida kaliyor. ASA loglarinda "Deny TCP (no connection) ... flags RST" satirlari var`),
    fw(`salam, az vaghti RST ro on kardim, tamas ha vasl nemishan ya hang mishan. pfSense log: blocked TCP:R (state violation). firewall RST ro drop mikone?`),
    fw(`FortiGate log:
action=deny msg="no session matched" proto=6 flags=RST srcport=5060
RST modu acildigindan beri cagrilarin %30'u basarisiz`),
    fw(`سلام، از کابل. بعد از RST، تماس‌ها نیمه راه قطع میشه. فایروال ما Sophos است و لاگ آن میگه invalid packet dropped (TCP RST)`),
    fw(`RST acildi, port sorunu gitti, ama bu sefer cagrilar kuruluyor sonra 30 sn'de dusuyor. iptables -L -v'de INVALID DROP sayaci deli gibi artiyor`),
    fw(`iptables لاگ:
IN=eth0 OUT= SRC=10.1.1.20 DST=10.1.1.5 PROTO=TCP SPT=5060 DPT=41822 RST
DROP INVALID
از وقتی SS_TCP_CLOSE_RESET=On شده این لاگا هزارتا هزارتا میاد و تماس‌ها fail میشن`),
    fw(`kanka RST modu sonrasi Istanbul'daki carrier ile cagrilar hang oluyor, BYE gitmiyor. arada ASA var, RST paketlerini out-of-state diye atiyor sanirim`),
    fw(`mohandes, firewall ma Sophos e va az dishab ke RST on shod, call ha drop mishan. log firewall: "TCP packet dropped: out of state, flags R"`),
    fw(`Merhaba, RST ayari aktif edildikten sonra DC'mizdeki FortiGate'in arkasindaki trunk'larla cagrilar kuruluyor ama ses gelmeden dusuyor. forti'de RST deny kayitlari goruyorum`),
    fw(`مهندس جان RST که فعال شد مشکل پورت حل شد، ولی حالا تماس‌های بین ما و کریر که از پشت pfSense رد میشن گیر میکنن. لاگ pfSense پر از TCP:R blocked ـه`),
    fw(`conntrack -S'de invalid sayisi RST'den sonra surekli artiyor. cagrilar yarim kaliyor. iptables'ta "-m state --state INVALID -j DROP" kurali var`),
    fw(`انجنیر، بعد از فعال کردن SS_TCP_CLOSE_RESET، تماس‌ها وصل میشه ولی چند ثانیه بعد می‌افته. فایروال ASA داریم، میگه Deny TCP (no connection) RST`),
    fw(`abi acil: RST on sonrasi cagrilarin cogu timeout ile bitiyor. Izmir'deki pfSense "state violation" diye RST'leri blokluyor`),
    fw(`سلام، فوروارد از مشتری: «از دیروز تماس‌ها وسطش قطع میشه یا اصلا زنگ نمیخوره». بررسی کردم، دیروز RST روشن شده و MikroTik جلوی سرور connection-state=invalid رو drop میکنه`),
    fw(`MikroTik'te "chain=forward connection-state=invalid action=drop" kurali var, RST modundan sonra sayac hizla artiyor ve cagrilar kopuyor. iliski var mi`),
    fw(`RST ro on kardim, hala call ha bad az 20-30 sanie kollan disconnect mishan. FortiGate "no session matched" baraye RST. chikar konim`),
    fw(`kisa: RST acik + fortigate = cagrilar dusuyor. log'da RST deny.`),
    fw(`بعد از اعمال RST mode، روی FortiGate 100E که جلوی سرور VOS ـه، هزاران لاگ deny برای flag RST میبینم. همزمان ASR افتاده و تماس‌ها hang میکنن`),
    fw(`Ankara DC: RST modunu dun gece actik, bu sabah cagrilarin bir kismi sonsuza kadar caliyor, kapatinca kapanmiyor. ASA'da "TCP packet with RST flag denied, no connection" gorunuyor`),
    fw(`سلام از هرات، فایروال ما iptables با conntrack است. بعد از RST، تماس‌ها نیمه‌کاره قطع میشن و لاگ میگه INVALID RST DROP. چی کنیم؟`),
    fw(`Sophos XG log: "Invalid TCP state" drop, flags=RST, port 5060. RST modundan sonra basladi, cagrilarin %20'si dusuyor`),
    fw(`با سلام
بعد از اینکه بنا به توصیه‌ی شما SS_TCP_CLOSE_RESET=On شد:
۱. مشکل TIME_WAIT حل شد (الان ۹۰۰)
۲. ولی تماس‌هایی که از فایروال Fortinet بین سرور و کریر رد میشن hang میکنن
۳. لاگ: policy 0, no session matched, TCP flags [R]
لطفا راهنمایی کنید`),
    fw(`kanka pfSense block loglarina bak: "TCP:RA" ve "TCP:R" ler hep 5060'tan. RST acildigindan beri cagrilar yarida kaliyor`),
    fw(`dadash firewall iptables e ba rule INVALID DROP. RST mode ro ke roshan kardim tamas ha gir mikonan. dmesg por az RST drop e`),
    fw(`RST On sonrasi cagri kurulumu cok yavas, bazilari hic kurulmuyor. arada Cisco ASA var. show asp drop'ta tcp-not-syn ve rst drop sayaclari artiyor`),
    fw(`تماس‌ها بعد از RST قطع و وصل میشن. پشت یک Sophos هستیم و تو لاگش RSTها به عنوان out of state دراپ میشن. قبل از RST هیچ مشکلی نبود`),
    fw(`Musteriden gelen: "aramalar 1 dakika sonra kendiliginden kapaniyor". bizde RST modu 2 gun once acildi, aradaki FortiGate RST'leri "no session" diye dusuruyor`),
    fw(`انجنیر صاحب، فایروال FortiGate ما از وقتی شما RST را روشن کردید پکت‌های RST را drop میکند. تماس‌ها hang میکنه و قطع میشه`),
    fw(`RST'den sonra sorun: cagrilar hang, gateway'ler "no response". MikroTik firewall'da invalid drop sayaci 200 bine cikti. RST'leri mi yutuyor?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning157Set: readonly EvalItem[] = Object.values(tuning157Families).flat();
