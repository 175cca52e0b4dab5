import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, NOC engineers and resellers in Turkey, Azerbaijan, Iran and Afghanistan, on WhatsApp: Turkish with and
 * without ç ğ ı ö ş ü ("abi", "hocam", "rica etsem"), Azerbaijani with ə ("salam qardaş", "xahiş edirəm"), Persian in
 * Arabic script and in Finglish, Dari ("برادر", "تشکر", "کدیم"); English technical words throughout. Numbers as
 * "28 bin", "30 min", "۳۰ هزار", "30 hezar", "28k", Persian digits in part. Shares: Turkish ~40%, Azerbaijani ~15%,
 * Persian (script and Finglish) ~34%, Dari ~11%.
 *
 * The hundred-and-ninety-first tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-ninety-first never-tuned set, before the sixty-eighth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-eighth round, then made tuning
 * material for the sixty-ninth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 95.6 %, negatives confident 3.7 %, confident wrong 0 % with the rules of
 * the sixty-seventh round, before the sixty-eighth.
 * After the sixty-eighth round: the same.
 * After the sixty-ninth round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning191Families = {
  oneListeningPort: [
    no(`hocam merhaba, web portal acilmiyor. catalina.out da su var: java.net.BindException: Address already in use (Bind failed) <null>:8080. dun sunucuya baska biri bir sey mi kurdu bilmiyorum`),
    no(`Abi nginx restart ettim kalkmıyor:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
nginx: [emerg] still could not bind()
apache da mı çalışıyor acaba?`),
    no(`mysql servisi start olmuyor hocam, log: [ERROR] Can't start server: Bind on TCP/IP port: Address already in use. Do you already have another mysqld server running on port: 3306 ?`),
    no(`rica etsem bakar mısınız, mbx3000d restart sonrası ayağa kalkmadı, logda "bind 5060 failed: Address already in use" yazıyor. ps'de eski bir mbx3000d hala duruyor galiba, pid 2231`),
    no(`redis-server acilmiyor: Could not create server TCP listening socket *:6379: bind: Address already in use. billing raporlari redis kullaniyor, ne yapalim`),
    no(`hocam bizim yazılımcı kendi laptopunda vos api için küçük bir panel yazıyor, npm run dev deyince "Error: listen EADDRINUSE: address already in use :::3000" alıyor. vos ile ilgisi var mı?`),
    no(`docker run -p 8080:8080 dedik, Error response from daemon: driver failed programming external connectivity... Bind for 0.0.0.0:8080 failed: port is already allocated. vos web manager zaten 8080de mi calisiyor?`),
    no(`Tomcat loglarında SEVERE: Failed to initialize connector [Connector[HTTP/1.1-8080]] ... Caused by: java.net.BindException: Address already in use. sunucu reboot olmadan düzelir mi`),
    no(`8443 portu baska bir process tarafindan kullaniliyor diyor, https panel acilmiyor abi`),
    no(`Merhaba, sunucuya yeni monitoring agent (node_exporter) kurduk, 9100'de listen edemiyor "address already in use". önceden kurulu eski versiyon hala çalışıyor olabilir mi?`),
    no(`hocam netstat -tlnp ciktisi:
tcp  0  0 0.0.0.0:8080  0.0.0.0:*  LISTEN  1893/java
yeni tomcat'i baslatinca bind hatasi veriyor. 1893 eski tomcat mi, oldurebilir miyim?`),
    no(`Salam qardaş, web panel açılmır. catalina.out: java.net.BindException: Address already in use :8080. Dünən server restart olundu, ondan sonra belədir`),
    no(`salam, mysqld start olmur, 3306 portu məşğuldur deyir (Address already in use). köhnə mysqld prosesi qalıb deyəsən`),
    no(`Qardaş softswitch restartdan sonra qalxmadı, 5060 portunu köhnə proses tutub, log-da "Address already in use". kill edim?`),
    no(`xahiş edirəm baxın, apache 443-də işə düşmür: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443. nginx də quraşdırılıb serverdə`),
    no(`سلام وقت بخیر. بعد از ریستارت سرور، پنل وب VOS بالا نمیاد. توی لاگ تامکت نوشته Address already in use برای پورت 8080. ظاهرا یه سرویس دیگه روی همین پورت گوش میده`),
    no(`سلام مهندس، nginx استارت نمیشه: bind() to 0.0.0.0:80 failed (98: Address already in use). قبلا httpd نصب بود، شاید هنوز فعاله؟`),
    no(`redis بالا نمیاد، خطا: bind: Address already in use روی پورت ۶۳۷۹. گزارش‌های مالی کار نمی‌کنه`),
    no(`سلام، mbx3000d بعد از آپدیت استارت نمیشه، میگه پورت ۵۰۶۰ اشغاله. با ss -ulnp دیدم یه پروسه قدیمی هنوز روی 5060 هست`),
    no(`کانتینر داکر مانیتورینگ ما بالا نمیاد: port is already allocated روی 3000. گرافانای قبلی رو پاک نکرده بودیم`),
    no(`salam agha, tomcat panel bala nemiad, catalina.out: BindException Address already in use 8080. ye java e dige ham roo server hast fek konam`),
    no(`salam mohandes, mysql start nemishe, mige port 3306 eshghale, address already in use. che konim?`),
    no(`barname nevis e ma roo laptopesh ye dashboard baraye VOS minevise, EADDRINUSE :::5173 migire. in marboot be server e shoma nist dige?`),
    no(`bad az reboot softswitch bala nayoomad, log mige "bind 5060: Address already in use". ye process e ghadimi mbx3000d moonde. kill -9 konam ok e?`),
    no(`سلام برادر، پنل ویب ما باز نمیشه. در لاگ نوشته Address already in use پورت 8080. دیروز یک برنامه دیگه نصب کدیم شاید همو پورت ره گرفته`),
    no(`سلام، سرویس mysql روشن نمیشه، میگه پورت ۳۳۰۶ مصروف اس. چی کار کنیم؟ تشکر`),
    no(`جان برادر، nginx بالا نمیایه، bind() to 0.0.0.0:443 failed (98: Address already in use). مهربانی کده ببینین`),
  ],
  otherRegistrationCause: [
    no(`hocam dün tüm dahililerin şifresini değiştirdik, şimdi telefonlar unregistered görünüyor, 401 Unauthorized dönüyor. telefonlara yeni şifreyi girmedik henüz`),
    no(`Merhaba, ofiste elektrik kesildi, geri geldikten sonra 15 telefon hala kayıtsız. switch'e de elektrik gelmiyor galiba`),
    no(`abi gateway'in IP'si degisti, ISP yeni statik ip verdi. vos tarafinda eski ip tanimli, kayit olmuyor. nereden degistiriyoruz?`),
    no(`hocam müşteri borcunu ödemediği için hesabını askıya aldık, şimdi "neden kayıt olmuyor" diye arıyor. tekrar aktif etmek için ne yapmalıyız`),
    no(`Modem değişti (Türk Telekom'dan Superonline'a geçtik), telefonlar UDP ile bağlanıyor, o günden beri register düşüyor. yeni modemde SIP ALG açık olabilir mi?`),
    no(`lisans suresi dolmus galiba, panelde "license expired" yaziyor ve hicbir hat register olmuyor. yenileme icin kime yazalim`),
    no(`dns adını değiştirdik sip.firmamiz.com -> voip.firmamiz.com, telefonlarda eski ad kaldı, kayıt yok`),
    no(`rica etsem bakar misiniz: register isteklerine 403 Forbidden geliyor, hesabin suresi 31 Mart'ta dolmus gorunuyor`),
    no(`Hocam sabahtan beri internet kesik, Türk Telekom'a arıza kaydı açtık. o yüzden telefonlar unregistered, bilginiz olsun`),
    no(`sube ofiste 8 telefon offline, gittik baktik PoE switch yanmis. degistirince geri gelir degil mi`),
    no(`merhaba, yeni gelen personel MicroSIP'e kullanıcı adını yanlış yazmış, 404 Not Found alıyor, kayıt olmuyor`),
    no(`Salam qardaş, dünən parolları dəyişdik, indi telefonlar qeydiyyatdan keçmir, 401 verir. yeni parolu telefonlara yazmamışıq hələ`),
    no(`salam, ofisdə işıq getdi, router yenidən qalxmayıb, ona görə bütün telefonlar unregistered-dir. işıq gələndə düzələr?`),
    no(`Qardaş müştərinin balansı bitib, hesabı bloklandı, indi "qeydiyyat olmur" deyə zəng edir. balansı artırsaq avtomatik açılacaq?`),
    no(`salam, provayder dəyişdi, yeni IP verdilər, gateway köhnə IP ilə tanımlı idi. UDP istifadə edirik. qeydiyyat yoxdur`),
    no(`سلام، دیروز پسورد همه اکانت‌ها رو عوض کردیم و از اون موقع گوشی‌ها unregistered هستن. 401 میده. باید تک‌تک رو دستی وارد کنیم؟`),
    no(`سلام مهندس، آی‌پی سرور عوض شد (دیتاسنتر جابجا شد) و گیت‌وی‌ها هنوز آی‌پی قدیم رو دارن، رجیستر نمیشن`),
    no(`برق کل ساختمون از صبح قطعه، تلفن‌ها همه آفلاین. فقط خواستم خبر داده باشم که تیکت باز نکنید`),
    no(`لایسنس VOS ما منقضی شده، هیچ اکانتی رجیستر نمیشه. برای تمدید با کی هماهنگ کنم؟`),
    no(`اینترنت ساختمان قطع شد و بعد از وصل شدن یه روتر جدید TP-Link گذاشتن که SIP ALG ش روشنه. ما فقط UDP داریم. رجیسترها هی می‌پره`),
    no(`salam, moshtari bedehi dasht account esh suspend shod, hala mige telefonam register nemishe. dalilesh hamine dige?`),
    no(`salam agha, domain e sip ro avaz kardim, DNS hanooz propagate nashode, gooshi ha unregistered hastan`),
    no(`eshterak e internet e daftar tamoom shode bood, ta emrooz sobh ghat bood. alan vasl shode vali 3 ta gooshi hanooz offline. reboot konim?`),
    no(`user ha 403 Forbidden migiran, expire date e account ha 1403/01/01 boode. tamdid konid lotfan`),
    no(`سلام، دیروز برق ما رفت و تا حال نیامده، تیلفون ها همه unregistered استن. وقتی برق آمد خودش درست میشه؟`),
    no(`سلام برادر، پسورد اکانت ها ره تبدیل کدیم، حالا تیلفون ها ثبت نمیشن، 401 میته`),
    no(`انترنت ما از طرف شرکت قطع شده بود چون پول ره نداده بودیم. حالا وصل شد ولی آی پی عوض شده، گیتوی ثبت نمیشه`),
  ],
  smallFigures: [
    no(`hocam ss -s çıktısı bu, normal mi?
Total: 612
TCP:   287 (estab 141, closed 98, orphaned 0, timewait 96)
gece saatleri, 3-4 cps var`),
    no(`TIME_WAIT tam olarak nedir abi? netstat'ta 200 küsur görüyorum, sorun mu`),
    no(`SS_TCP_CLOSE_RESET parametresi ne ise yariyor? acarsak ne degisir, kapali biraksak sorun olur mu`),
    no(`merhaba, RST modunu açarsak NAT arkasındaki telefonlar etkilenir mi? henüz açmadık, karar vermeden önce sormak istedim`),
    no(`hocam net.ipv4.tcp_tw_reuse 1 yapmak mantıklı mı bizim gibi 10-15 cps olan bir sunucuda?`),
    no(`ip_local_port_range su an 32768 60999, bu yeterli mi? gunluk 40 bin cagri var ama tepe 8 cps civari`),
    no(`Merhaba, aylık rapor için sağlık kontrolü yapıyoruz: TIME_WAIT 340, estab 510, CPU %12. her şey yolunda gibi, onay verir misiniz?`),
    no(`rica etsem RST ile FIN farkını kısaca anlatır mısınız, müşteriye açıklamam lazım`),
    no(`UDP kullanan musterilerimiz var, SS_TCP_CLOSE_RESET onlari etkiler mi?`),
    no(`hocam yeni sunucu kurduk, henüz trafik yok, ss -tan | grep TIME-WAIT | wc -l = 12. normal değil mi`),
    no(`firewall'umuz FortiGate, ileride RST modunu açarsak RST paketlerini düşürür mü? şimdilik sadece planlama yapıyoruz`),
    no(`Salam qardaş, ss -s belə göstərir: timewait 180, estab 95. normaldır? gecə vaxtıdır`),
    no(`salam, TIME_WAIT nədir, nə vaxt problem olur? bizdə 300-400 arası olur`),
    no(`Xahiş edirəm izah edin, SS_TCP_CLOSE_RESET On etsək MikroTik arxasındakı telefonlara təsir edərmi? hələ dəyişməmişik`),
    no(`qardaş tcp_tw_reuse nədir, açmaq lazımdır? bizdə pik vaxtı 5 cps-dir`),
    no(`سلام، خروجی ss -s سرور ما اینه، نرماله؟
TCP:   410 (estab 220, closed 150, orphaned 0, timewait 140)
ساعت ۳ صبح گرفتم`),
    no(`TIME_WAIT دقیقا یعنی چی؟ توی netstat حدود ۲۵۰ تا می‌بینم، نگران باشم؟`),
    no(`اگه SS_TCP_CLOSE_RESET رو روشن کنیم، فایروال فورتی‌گیت مشکل پیدا می‌کنه؟ فعلا روشن نکردیم، فقط می‌خوام بدونم`),
    no(`سلام، برای گزارش ماهانه: تایم‌ویت ۳۲۰، اتصال فعال ۴۸۰، CPS پیک 12. اوکیه؟`),
    no(`فرق بستن با RST و FIN چیه؟ کدوم برای سرور ما با ۲۰ هزار تماس روزانه بهتره؟`),
    no(`salam, ss -s: timewait 95, estab 60. server taze rah oftade. normal e?`),
    no(`SS_TCP_CLOSE_RESET daghighan chi kar mikone? age on konim gooshi haye posht e NAT moshkel peyda mikonan? hanooz dast nazadim`),
    no(`mohandes ip_local_port_range ro ziad konim behtar mishe? alan 32768-60999 e, trafik kam e, 3-4 cps`),
    no(`TIME_WAIT 2k ta dar peak baraye 20 cps normal e? hich khatayi nadarim, call ha ok an, faghat konjkavam`),
    no(`سلام، TIME_WAIT چی اس؟ در سرور ما ۱۵۰ تا اس، مشکل داره؟`),
    no(`برادر اگر RST ره روشن کنیم، تیلفون های که پشت روتر خانه استن قطع میشن؟ هنوز روشن نکدیم`),
    no(`ss -s ما: timewait 70, estab 45. شب اس و ترافیک کم. درست اس؟ تشکر`),
  ],
  firewallNoRst: [
    no(`hocam yeni carrier geldi, IP'leri 185.x.x.10 ve .11, FortiGate'te whitelist'e eklememiz lazım. hangi portları açalım? 5060 TCP/UDP ve RTP 10000-20000 yeterli mi`),
    no(`fail2ban bizim bayinin IP'sini banlamış, yanlış şifre denemişler. nasıl unban ederiz?`),
    no(`Merhaba, pfSense'te port forward yaptık 5060 -> 192.168.1.10, ama dışarıdan register gelmiyor. kuralı kontrol eder misiniz?`),
    no(`abi modemde SIP ALG acik mi kapali mi olmali? sesler tek yonlu geliyor`),
    no(`Sophos'ta geo-blocking açmak istiyoruz, sadece Türkiye ve Almanya'dan SIP gelsin. VOS tarafında bir ayar gerekir mi`),
    no(`rica etsem iptables kurallarımıza bir göz atar mısınız, güvenli mi?
-A INPUT -p udp --dport 5060 -s 0/0 -j ACCEPT
-A INPUT -p tcp --dport 8080 -j ACCEPT
-A INPUT -j DROP`),
    no(`hocam Cisco ASA'da web panel için 8080'i sadece ofis IP'sine açmak istiyoruz, nasıl bir ACL yazalım`),
    no(`MikroTik'te SIP ALG'yi kapattık (/ip firewall service-port disable sip), şimdi vos tarafında bir şey yapmamız lazım mı`),
    no(`sunucuya saldiri var galiba, saniyede yuzlerce REGISTER denemesi geliyor farkli IP'lerden. firewall'da rate limit nasil koyariz?`),
    no(`Merhaba, ISP değiştiği için yeni public IP'mizi carrier'a whitelist ettirmemiz lazım, hangi bilgileri verelim?`),
    no(`hocam fail2ban jail.local ayarimiz dogru mu? maxretry 5, bantime 3600. cok mu siki`),
    no(`Salam qardaş, yeni operatorun IP-sini firewall-da açmaq lazımdır, 5060 və RTP portları. hansı aralıq?`),
    no(`salam, fail2ban bizim ofisin IP-sini bloklayıb, səhv parol yazmışıq. necə açaq?`),
    no(`MikroTik-də port forward etdim 5060 UDP, amma xaricdən zəng gəlmir. qaydaya baxa bilərsiniz?`),
    no(`Qardaş, firewall konfiqurasiyamızı yoxlaya bilərsiniz? pfSense-dir, qaydaları screenshot kimi göndərirəm`),
    no(`سلام، آی‌پی‌های کریر جدید رو باید توی فایروال وایت‌لیست کنیم. پورت‌های 5060 و رنج RTP کافیه؟`),
    no(`fail2ban آی‌پی نماینده‌مون رو بن کرده، چند بار پسورد اشتباه زده بودن. چطور آنبن کنم؟`),
    no(`می‌خوام روی فورتی‌گیت geo-block بذارم که فقط از ایران و ترکیه SIP بیاد. مشکلی پیش نمیاد؟`),
    no(`SIP ALG روی مودم‌های مشتری‌ها روشن باشه یا خاموش؟ بعضی وقتا صدا یک طرفه میشه`),
    no(`سلام مهندس، لطفا کانفیگ iptables سرور رو ببینید، می‌خوام فقط پورت‌های لازم باز باشه:
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT
-A INPUT -p tcp --dport 22 -j ACCEPT`),
    no(`salam, port forwarding 5060 ro roo router anjam dadim vali az biroon call nemiad. mishe check konid?`),
    no(`agha fail2ban ip e khodemoon ro ban karde, chejoori unban konam?`),
    no(`mikham panel e web ro faghat baraye ip e daftar baz konam too firewall, port 8080. rule chi benevisam?`),
    no(`salam, carrier e jadid gofte ip e ma ro whitelist kardan, vali ma ham bayad ip hashoon ro too FortiGate allow konim? kodoom port ha?`),
    no(`سلام برادر، آی پی کریر نو ره در فایروال اجازه بتین، 5060 و پورت های RTP`),
    no(`fail2ban آی پی دفتر ما ره بند کده، پسورد غلط زده بودیم. چطور باز کنیم؟`),
    no(`در روتر MikroTik پورت فوروارد کدیم ولی زنگ از بیرون نمیایه. یک نگاه کنین مهربانی کده`),
  ],
  negationContext: [
    no(`hocam telefonlar unregistered ama RST modu falan açmadık, SS_TCP_CLOSE_RESET hep Off. asıl sebep dün şifreleri değiştirmemiz sanırım`),
    no(`bilginize: geçen ay TIME_WAIT birikmesi yüzünden yaşadığımız port tükenmesi sorunu çözüldü, tcp_tw_reuse ve port aralığı ayarından sonra bir daha olmadı. teşekkürler`),
    no(`Merhaba, biz sadece UDP kullaniyoruz, TCP hic yok. yine de RST ayarini acmamiz gerekir mi diye sordu mudur`),
    no(`abi teşekkürler, RST'yi kapattıktan sonra FortiGate'te "no session matched" logları bitti, çağrılar normal. timewait de şu an 400 civarı`),
    no(`Eski bir ticket'ı kayıt için iletiyorum (Ocak 2024): "cannot assign requested address, TIME_WAIT 28 bin" - o zaman çözülmüştü, sadece arşiv için`),
    no(`hocam kimse bir şey değiştirmedi, RST kapalı, bugün sadece bir müşterinin telefonları offline idi. müşteri aradı, binada elektrik kesikmiş, ticket'ı kapatabilirsiniz`),
    no(`Address already in use hatasi aldik ama giden baglantilarda degil, sadece tomcat 8080'de, onu da eski process'i oldurerek cozduk. bilginiz olsun`),
    no(`RST modu açıldıktan sonra NAT arkasındaki telefonların düştüğünü söylemiştik ya, geri Off'a aldınız, o günden beri hepsi kayıtlı. teşekkür ederim`),
    no(`merhaba, firewall RST düşürüyor diye düşündük ama loglara baktık, hiç drop yok. asıl sorun carrier tarafında 503 dönmesiymiş, onlar düzeltti`),
    no(`hocam dünkü yavaşlık port tükenmesi değilmiş, ss -s'te timewait 600 civarıydı. asıl sebep disk dolmasıymış, temizledik`),
    no(`Sadece bilgi: tcp_tw_reuse actigimizdan beri timewait 1-2 bin arasinda kaliyor, bind hatasi yok. ticketi kapatiyoruz`),
    no(`Salam qardaş, telefonlar unregistered-dir amma RST rejimini heç açmamışıq, hamısı UDP ilə işləyir. router dəyişəndən sonra başladı`),
    no(`sağ olun, RST-ni söndürdükdən sonra zənglər normaldır, firewall-da drop yoxdur artıq. timewait 300 civarı`),
    no(`keçən ayın port problemi həll olunub, indi "cannot assign requested address" heç yoxdur. sadəcə məlumat üçün yazıram`),
    no(`Qardaş, heç kim heç nə dəyişməyib, SS_TCP_CLOSE_RESET Off-dur. bir müştərinin telefonları sönüb, çünki onların ofisində işıq yoxdur`),
    no(`سلام، ما فقط UDP داریم و RST هم هیچ‌وقت روشن نشده. تلفن‌ها unregistered شدن چون دیروز رمزها عوض شد. فقط برای اطلاع`),
    no(`ممنون از پیگیری، مشکل پر شدن پورت‌ها ماه پیش حل شد. الان تایم‌ویت زیر ۵۰۰ هست و هیچ خطای cannot assign نداریم`),
    no(`تیکت قدیمی رو برای آرشیو فوروارد می‌کنم: «فایروال ASA پکت‌های RST رو دراپ می‌کرد» - حل شده در آذر ۱۴۰۲، نیازی به اقدام نیست`),
    no(`سلام مهندس، بعد از اینکه RST رو خاموش کردید، همه گوشی‌های پشت NAT دوباره رجیستر شدن. دستتون درد نکنه`),
    no(`کسی چیزی عوض نکرده، RST خاموشه. اون Address already in use فقط موقع استارت تامکت بود که حل شد`),
    no(`salam, ma faghat UDP estefade mikonim, TCP nadarim. pas in SS_TCP_CLOSE_RESET be ma rabti nadare dige? mamnoon`),
    no(`mamnoon mohandes, bad az inke tcp_tw_reuse ro on kardid, timewait oomad payin roo 800 va dige "address already in use" nadarim`),
    no(`tiket e ghadimi ro forward mikonam faghat baraye sabt: "gooshi haye posht e MikroTik bad az RST unregistered" - hal shode mah e pish`),
    no(`salam, fekr mikardim firewall RST ro drop mikone vali log ro didim hich drop nist, moshkel az carrier bood ke hal shod`),
    no(`سلام، ما RST ره هیچ وقت روشن نکدیم، تیلفون ها خاموش استن چون برق نیست. تشکر`),
    no(`تشکر برادر، بعد از خاموش کدن RST همه چیز درست شد، زنگ ها دیگه قطع نمیشه`),
    no(`مشکل پورت ها که ماه گذشته داشتیم حل شده، حالا timewait کم اس. فقط خبر دادم`),
  ],
  portExhaustion: [
    pe(`hocam acil!! akşam 8'den beri çağrılar düşüyor, logda sürekli "connect failed: Cannot assign requested address". ss -s:
TCP:   31245 (estab 812, closed 30102, orphaned 3, timewait 30087)
ne yapalım`),
    pe(`abi yogun saatte yeni TCP baglanti acilamiyor, TIME_WAIT 28 bin. gunduz sorun yok, 20:00-23:00 arasi patliyor`),
    pe(`Merhaba, peak saatte carrier'a giden SIP TCP bağlantıları kurulamıyor, hata: EADDRINUSE (outgoing bind). netstat -an | grep TIME_WAIT | wc -l -> 29841`),
    pe(`hocam cps 180'e çıkınca çağrıların yarısı başarısız oluyor. netstat'ta otuz bine yakın TIME_WAIT var, sunucu yeni bağlantı açamıyor`),
    pe(`Rica etsem acil bakın: java.net.BindException: Cannot assign requested address, giden bağlantılarda. timewait 27 bin, port aralığı 32768-60999 dolmuş gibi`),
    pe(`merhaba hocam her aksam ayni saatte sorun: "Address already in use" hatasi ama dinleme portunda degil, carrier'a cikarken. ss -tan state time-wait | wc -l = 28.4k`),
    pe(`abi çağrı merkezi müşterimiz 21'de kampanya başlatınca her şey duruyor. ss -s:
Total: 30512
TCP:   30201 (estab 655, closed 29400, orphaned 0, timewait 29390)
çağrılar "cannot assign requested address" ile düşüyor`),
    pe(`Hocam ip_local_port_range default duruyor, yoğunlukta 28 bin time_wait görüyoruz ve outbound connect'ler patlıyor. şu an da oluyor`),
    pe(`sunucu yogun saatte TCP baglanti kuramiyor, mbx3000d logunda "connect() error 99". TIME_WAIT sayisi 30 bin civari, cps 150`),
    pe(`acil, tüm hatlar düşüyor, cannot assign requested address, time_wait 31k`),
    pe(`Hocam bizim NOC'tan iletiyorum: "Peak hours (19-23) outgoing SIP/TCP to 3 carriers fails, errno EADDRNOTAVAIL, TIME_WAIT ~26000, CPS 200". bakabilir misiniz`),
    pe(`gece 10'da 25 bin time wait vardı, şimdi 27 bin, yeni aramalar gitmiyor, logda address already in use (outgoing connect). gündüz normal`),
    pe(`Salam qardaş, axşam pik saatlarında zənglər getmir, log-da "Cannot assign requested address". ss -s: timewait 29512. təcili baxın zəhmət olmasa`),
    pe(`salam, TIME_WAIT 30 min-dən çoxdur, yeni TCP bağlantı açılmır, zənglər düşür. gündüz problem yoxdur`),
    pe(`Qardaş CPS 160-a çatanda server operatora qoşula bilmir, EADDRNOTAVAIL. netstat-da 27 min TIME_WAIT`),
    pe(`xahiş edirəm təcili: pik vaxtı bütün çıxan zənglər fail olur.
# netstat -an | grep TIME_WAIT | wc -l
28877`),
    pe(`salam, hər axşam 20:00-dan sonra çıxan bağlantılarda "address already in use" olur, portlar bitir deyəsən, timewait 26k`),
    pe(`سلام، فوری! ساعت پیک تماس‌ها قطع میشه و توی لاگ مدام Cannot assign requested address میاد. ss -s:
TCP:   30877 (estab 702, closed 29980, orphaned 1, timewait 29964)`),
    pe(`سلام مهندس، تایم‌ویت به ۲۸ هزار رسیده و سرور نمی‌تونه کانکشن TCP جدید به کریر باز کنه. فقط شب‌ها اینطوریه`),
    pe(`شب‌ها با CPS حدود ۱۷۰ نصف تماس‌ها fail میشه. netstat بیش از ۳۰ هزار TIME_WAIT نشون میده`),
    pe(`ارور EADDRNOTAVAIL روی اتصال‌های خروجی، تایم ویت 27000. انگار پورت‌ها تموم شده. الان هم داره اتفاق میفته`),
    pe(`سلام، از دیشب ساعت ۹ تماس‌های خروجی نمیره. خروجی:
# ss -tan state time-wait | wc -l
29412
و توی لاگ موقع connect به کریر: bind: Address already in use`),
    pe(`آقا سرور توی ساعات شلوغ دیگه کانکشن جدید نمیزنه، ۳۰ هزار تایم‌ویت داریم، تماس‌ها قطع میشن. کمک کنید`),
    pe(`salam, saat e peak call ha fail mishan, log: Cannot assign requested address. timewait 30 hezar e. fori lotfan`),
    pe(`mohandes TIME_WAIT roo 28k e, server dige connection e jadid be carrier baz nemikone, cps 190`),
    pe(`shab ha az 8 be bad hame call ha ghat mishe, ss -s mige timewait 29k, port ha tamoom shode. chikar konim?`),
    pe(`salam agha, BindException: Cannot assign requested address too log e mbx3000d, faghat saat e sholoogh. netstat 27 hezar TIME_WAIT neshoon mide`),
    pe(`سلام برادر، شب ها وقتی ترافیک زیاد میشه زنگ ها نمیره، در لاگ Cannot assign requested address. TIME_WAIT حدود ۳۰ هزار اس`),
    pe(`جان برادر، سرور در ساعت های شلوغ کانکشن نو باز نمیکنه، تایم ویت ۲۸ هزار، زنگ ها قطع میشه. عاجل کمک کنین`),
    pe(`ss -s ما:
TCP:   29655 (estab 540, closed 29010, orphaned 0, timewait 28990)
در ساعت پیک زنگ ها ناکام میشه و در لاگ cannot assign requested address اس. چی کنیم؟`),
  ],
  natUnregistered: [
    nat(`hocam dün akşam SS_TCP_CLOSE_RESET=On yaptınız ya, bugün evden çalışan temsilcilerin softphone'ları (MicroSIP, TCP) sürekli unregistered oluyor. hepsi ev modemlerinin arkasında`),
    nat(`Merhaba, RST modunu açtıktan sonra MikroTik arkasındaki ofisteki 40 Yealink telefon registration kaybediyor, 5-10 dakikada bir düşüp geri geliyor. transport TCP`),
    nat(`abi sizin dünkü değişiklikten beri NAT arkasındaki telefonlar kayıtsız görünüyor. UDP olanlar sorunsuz, sadece TCP olanlar`),
    nat(`hocam close mode'u degistirdiginizden beri bayilerimizin ofis NAT'i arkasindaki gateway'ler (GoIP, TCP) register dusuruyor`),
    nat(`rica etsem bakar mısınız, softswitch.conf'ta SS_TCP_CLOSE_RESET=On yaptık, reparse ettik, o andan itibaren ev kullanıcılarının Zoiper'ları (TCP) unregistered. public IP'li olanlar sorunsuz`),
    nat(`Merhaba, RST açıldığından beri şube ofislerindeki IP telefonlar (hepsi router arkasında, SIP over TCP) sürekli register kaybediyor. sabah hepsi kayıtlıydı, şimdi yarısı düşük`),
    nat(`hocam TIME_WAIT için RST'yi açmıştık, o sorun çözüldü ama şimdi NAT arkasındaki TCP'li telefonlar kayıtsız kalıyor`),
    nat(`abi acil, dun gece RST moda gectik, bugun call center'in 60 softphone'u unregistered. hepsi ofisteki TP-Link router'in arkasinda, TCP ile baglaniyorlar`),
    nat(`Merhaba, SS_TCP_CLOSE_RESET On olduktan sonra evdeki Linphone TCP ile register oluyor, bir süre sonra unregistered'a düşüyor ve tekrar register olamıyor. modemi restart edince düzeliyor`),
    nat(`hocam şu an panelde 120 dahili unregistered, hepsi NAT arkasında ve TCP. RST'yi açmadan önce böyle bir şey yoktu`),
    nat(`rst modu sonrasi evden calisanlar kayit olamiyor, hepsi ev modemi arkasinda, tcp transport. ofisteki public ip li santral sorunsuz`),
    nat(`Müşteriden iletiyorum: "dünkü bakımdan beri (RST açılmış) MikroTik arkasındaki Grandstream'ler sürekli unregistered, SIP TCP kullanıyoruz" ne yapalım hocam`),
    nat(`Salam qardaş, SS_TCP_CLOSE_RESET On edəndən sonra evdən işləyən operatorların softfonları (TCP) qeydiyyatdan düşür. hamısı ev routerinin arxasındadır`),
    nat(`salam, RST rejimini açandan bəri MikroTik arxasındakı telefonlar unregistered olur, 10 dəqiqədən bir. transport TCP-dir`),
    nat(`Qardaş dünənki dəyişiklikdən sonra NAT arxasındakı TCP telefonlar qeydiyyatı itirir. UDP olanlar normaldır`),
    nat(`xahiş edirəm baxın, RST açandan sonra filialdakı Yealink-lər (router arxasında, TCP) hamısı qeydiyyatsızdır`),
    nat(`salam, close rejimini dəyişdiyinizdən bəri ofis NAT-ı arxasındakı 25 telefon unregistered-dir. SIP over TCP`),
    nat(`سلام، از وقتی SS_TCP_CLOSE_RESET رو On کردیم، گوشی‌های پشت NAT (مودم خانگی، TCP) مدام unregistered میشن`),
    nat(`سلام مهندس، بعد از روشن کردن حالت RST، تلفن‌های شعبه که پشت میکروتیک هستن رجیستر رو از دست میدن. ترنسپورت TCP هست`),
    nat(`از دیروز که مد بستن اتصال رو عوض کردید، سافت‌فون‌های کارمندهای دورکار (همه پشت مودم خونه، TCP) رجیستر نیستن`),
    nat(`فوری: ۸۰ تا داخلی پشت NAT آفلاین شدن، دقیقا از لحظه‌ای که RST رو فعال کردیم. اونایی که UDP هستن مشکلی ندارن`),
    nat(`RST رو برای TIME_WAIT روشن کردیم، اون حل شد ولی حالا گوشی‌های Grandstream پشت روتر با TCP هی رجیستر می‌پرن`),
    nat(`سلام، بعد از reparse با SS_TCP_CLOSE_RESET=On گیت‌وی‌های نماینده‌ها که پشت NAT اداره هستن (SIP/TCP) unregistered شدن`),
    nat(`salam, az vaghti RST ro on kardim gooshi haye posht e NAT (TCP) hey unregistered mishan`),
    nat(`mohandes bad az taghir e diruz (SS_TCP_CLOSE_RESET=On) softphone haye dorkar ha register nemishan, hame posht e modem e khoone, transport TCP`),
    nat(`salam agha, 30 ta Yealink posht e MikroTik bad az RST mode register ro az dast midan, har 5 daghighe. UDP ha ok an`),
    nat(`az diruz ke close mode ro avaz kardin, gateway haye namayande ha ke posht e NAT an va TCP estefade mikonan unregistered shodan`),
    nat(`سلام برادر، از وقتی RST ره روشن کدین، تیلفون های که پشت روتر خانه استن و TCP استفاده میکنن ثبت نمیشن`),
    nat(`بعد از تغییر دیروز (SS_TCP_CLOSE_RESET=On) سافت فون های کارمندان که از خانه کار میکنن unregistered شدن. همه پشت NAT و TCP`),
    nat(`جان برادر، ۲۰ تیلفون دفتر ما که پشت MikroTik استن بعد از فعال کدن RST هی از ثبت میفتن. TCP اس`),
  ],
  firewallRst: [
    fw(`hocam RST modunu açtıktan sonra çağrılar 30 sn sonra kopuyor. FortiGate loglarında sürekli "no session matched" var, sunucudan gelen TCP RST paketleri için`),
    fw(`Merhaba, SS_TCP_CLOSE_RESET=On sonrası ASA'da şunu görüyoruz:
%ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 81.x.x.x/41234 flags RST on interface inside
çağrılar askıda kalıyor`),
    fw(`abi dünkü değişiklikten beri pfSense'te bir sürü blocked paket var, TCP:R flag'li, kaynak softswitch. bu arada çağrılar yarıda düşüyor`),
    fw(`hocam iptables conntrack INVALID drop sayacı RST açıldığından beri hızla artıyor, çağrılar kurulurken takılıyor:
 184K  9.2M DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID`),
    fw(`Sophos'ta "Packet dropped (out of state)" loglari, hep RST flag, close mode degistikten hemen sonra basladi. musteriler konusma ortasinda kopuyor`),
    fw(`rica etsem bakın: RST açtık, TIME_WAIT düştü güzel ama şimdi MikroTik firewall'da connection-state=invalid drop kuralına RST'ler takılıyor, çağrılar hang oluyor`),
    fw(`Merhaba, carrier tarafındaki FortiGate RST paketlerimizi düşürüyor ("no session matched"), RST modu açıldığından beri carrier'a giden çağrılar yarıda kalıyor`),
    fw(`hocam ASA logu "Deny TCP (no connection) ... flags RST" diyor, RST modundan beri çağrıların %20'si düşüyor`),
    fw(`dünden beri (SS_TCP_CLOSE_RESET On) pfSense firewall logu dolu: TCP:RA blocked, default deny rule. telefonlar register ama çağrılar kurulamıyor ya da 10 sn'de düşüyor`),
    fw(`abi close modunu degistirdiginizden beri iptables'ta INVALID droplar ucti, cagrilar askida. conntrack -S'te invalid=52340`),
    fw(`merhaba, FortiGate'de "no session matched" deny, proto 6, tcp flags RST. RST moduna geçişten beri çağrılar kopuyor, rica etsem acil bakın`),
    fw(`Ticket iletiyorum NOC'tan: "after enabling RST close mode on VOS at 02:00, calls through customer's Cisco ASA drop after ~32s; ASA logs 106015 Deny TCP (no connection) flags RST". hocam nasıl ilerleyelim`),
    fw(`Salam qardaş, RST rejimini açandan sonra FortiGate-də "no session matched" çoxdur, RST paketləri düşür, zənglər yarıda kəsilir`),
    fw(`salam, SS_TCP_CLOSE_RESET=On-dan sonra iptables INVALID drop artır, zənglər asılı qalır. conntrack invalid 40 min`),
    fw(`Qardaş pfSense log-da TCP:R bloklanır, dünənki dəyişiklikdən bəri. zənglər 20-30 saniyədən sonra kəsilir`),
    fw(`xahiş edirəm baxın, ASA: Deny TCP (no connection) flags RST, RST rejimi açılandan bəri. danışıq ortasında zəng düşür`),
    fw(`salam, MikroTik firewall connection-state=invalid drop qaydasında sayğac sürətlə artır, RST açandan sonra zənglər kəsilir`),
    fw(`سلام، از وقتی RST رو روشن کردیم تماس‌ها وسط مکالمه قطع میشن. لاگ فورتی‌گیت پر از no session matched برای پکت‌های RST سرور`),
    fw(`سلام مهندس، لاگ ASA:
%ASA-6-106015: Deny TCP (no connection) from 172.16.1.10/5060 to 5.x.x.x/51022 flags RST on interface inside
بعد از SS_TCP_CLOSE_RESET=On تماس‌ها هنگ می‌کنن`),
    fw(`بعد از تغییر مد بستن اتصال، iptables داره پکت‌های INVALID رو دراپ می‌کنه (همه RST)، تماس‌ها برقرار نمیشن یا بعد ۱۰ ثانیه قطع میشن`),
    fw(`pfSense ما بعد از فعال کردن RST کلی پکت با فلگ R بلاک می‌کنه و تماس‌ها نصفه میمونن. دیروز این‌طوری نبود`),
    fw(`سوفوس Packet dropped (out of state) با فلگ RST نشون میده، از زمانی که RST فعال شد. مشتری‌ها میگن وسط تماس صدا قطع میشه و تماس میفته`),
    fw(`فایروال کریر (فورتی‌گیت) RSTهای ما رو دراپ می‌کنه، از وقتی RST mode روشن شد تماس‌های خروجی به اون کریر هنگ می‌کنه`),
    fw(`salam, bad az on kardan e RST, FortiGate log: no session matched, flag RST. call ha vasat e mokaleme ghat mishan`),
    fw(`mohandes iptables INVALID drop ha az diruz ke SS_TCP_CLOSE_RESET=On shod ziad shode, call ha hang mikonan`),
    fw(`ASA mige Deny TCP (no connection) flags RST, az vaghti close mode ro avaz kardin. 15% call ha drop mishe`),
    fw(`salam agha, MikroTik rule e connection-state=invalid action=drop counter esh hey mire bala, RST mode roshane, call ha nesfe mimoonan`),
    fw(`سلام برادر، بعد از روشن کدن RST زنگ ها در نیمه قطع میشه. در لاگ فورتی گیت no session matched برای RST`),
    fw(`فایروال iptables پکت های INVALID ره دراپ میکنه، از وقتی SS_TCP_CLOSE_RESET=On شد. زنگ ها وصل نمیشه`),
    fw(`جان برادر، ASA ما Deny TCP (no connection) flags RST نشان میته، بعد از تغییر دیروز. زنگ ها هنگ میکنن`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning191Set: readonly EvalItem[] = Object.values(tuning191Families).flat();
