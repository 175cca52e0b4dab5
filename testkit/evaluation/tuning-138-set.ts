import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, NOC staff, resellers and small-office technicians in Iranian Azerbaijan (Tabriz, Urmia,
 * Ardabil, Maragheh), Turkmenistan (Ashgabat, Mary, Daşoguz, Türkmenabat), Karakalpakstan (Nukus, Xojeli,
 * Kungrad, Taxiatash) and Crimea (Aqmescit, Kefe, Kezlev, Aqyar, Yalta), writing on WhatsApp in South
 * Azerbaijani (mostly Perso-Arabic script, some Latin), Turkmen (Latin, often typed without its letters),
 * Karakalpak (Latin and Cyrillic) and Crimean Tatar (Latin and Cyrillic), about a quarter each, mixed with
 * Persian, Russian and English technical words, with pasted ss, netstat, sysctl, iptables and firewall lines.
 *
 * The hundred-and-thirty-eighth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the hundred-and-thirty-eighth never-tuned set, before the fifty-fourth round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured
 * as such before and after the fifty-fourth, fifty-fifth and fifty-sixth rounds and the changes after them, then
 * made tuning material for the fifty-seventh: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 78.9 %, negatives confident 5.2 %, confident wrong 1.1 % with the
 * rules of the fifty-third round and the changes after it, before the fifty-fourth.
 * After the fifty-fourth round: the same.
 * After the changes that followed it (RST named beside "off", and more of the other causes, in a message read
 * little): the same.
 * After the fifty-fifth round: the same.
 * After the fifty-sixth round: the same.
 */
export const tuning138Families = {
  oneListeningPort: [
    no(`سلام علیکم. VOS وب پورتالی آچیلمیر، catalina.out-دا بو یازیلیب: java.net.BindException: Address already in use: JVM_Bind <null>:8080
گؤرونور قاباقکی tomcat پروسسی اؤلمه‌ییب، ps-ده ایکی دانه java وار. هانسینی kill ائدیم؟ زنگلر یاخشی گئدیر، فقط پنل.`),
    no(`Salam aleýkum. VOS3000 web interfeýsi açylmaýar, tomcat logda: SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-nio-80"] java.net.BindException: Address already in use. Reboot etmänkäk köne tomcat galypdyr öýdýän. Jaňlar kadaly geçýär, diňe panel ýok.`),
    no(`Assalawma áleykum. VOS web portal ashılmay atır, catalina.out-ta: java.net.BindException: Address already in use <null>:8080. Keshe Tomcat-tı qolda ekinshi ret iske qostım, birinshisi óshpegen eken. Qońırawlar jaqsı ótip atır, tek panel ashılmaydı.`),
    no(`Селям алейкум, Акъмесджиттен язам. nginx башламай: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). Серверде apache да бар экен, о да 80-ни тута. Насыл япайыкъ, бирини сёндюрейикми?`),
    no(`آقا مهندس، nginx-ی ری‌استارت ائله‌ینده بو خطانی وئریر:
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
گؤرونور haproxy ده همین سرورده 443-ه قولاق آسیر. هئچ زنگ مشکلی یوخدو، فقط سایتیمیز آچیلمیر.`),
    no(`Salam, Aşgabatdan. Täze SIP serwer goýdum (kamailio), başlamaýar: ERROR: bind failed on 0.0.0.0:5060 Address already in use. Şol maşynda köne asterisk hem işläp dur eken. Haýsysyny öçürmeli?`),
    no(`Ассаламма әлейкум, Нөкистен. Екинши Asterisk-ти тест ушын қойдық, қосылмай атыр: Unable to bind UDP socket to 0.0.0.0:5060: Address already in use. Билемиз, VOS өзи соны тыңлап тур. Asterisk-ти 5062-ге көширсек бола ма?`),
    no(`Hayırlı kün. Dev noutbukta spring boot: "Web server failed to start. Port 8080 was already in use." IntelliJ-de evelki run qalğan galiba. Bu VOS ile bağlı degil, sadece soray: Windows-ta hangi process tutqanını nasıl tapam?`),
    no(`salam qardash, laptopumda node app-i run edende "Error: listen EADDRINUSE: address already in use :::3000" verir. evvelki terminali baglamamisham yeqin. windows-da hansi process 3000-i tutub nece tapim?`),
    no(`Brat, postgres başlamaýar: LOG: could not bind IPv4 address "0.0.0.0": Address already in use. HINT: Is another postmaster already running on port 5432? Billing üçin ikinji baza goýjak bolduk. Port çalyşmak ýeterlimi?`),
    no(`salam, men studentpen, laptopta flask app 5000 portta iske túspey atır: OSError: [Errno 98] Address already in use. Aldıńǵı run ele islep tur eken goy. Qalay óshiremen, Ctrl+C basqan edim.`),
    no(`Мерхаба. Экинджи SIP-сервер (freeswitch) къоймакъ истедик, профиль кутармай: Error Creating SIP UA for profile: internal (sip:mod_sofia@0.0.0.0:5060), bind failed, Address already in use. VOS шимди 5060-да отура. Профильни 5080-ге авуштырсакъ олурмы?`),
    no(`سلام. تبریزده بیر مشتری‌نین سرورینده تست اوچون ایکینجی SIP سرور قوردوق (asterisk)، قالخمیر:
Unable to bind to 0.0.0.0:5060 - Address already in use
VOS اؤزو اوردا 5060-دا قولاق آسیر، سببینی بیلیریک. سادجه سوروشوروق asterisk-ی 5070-ه کئچیرمک اولار؟`),
    no(`Mary şäherden. docker compose up diýenimde: Error response from daemon: driver failed programming external connectivity on endpoint db: Bind for 0.0.0.0:3306 failed: port is already allocated. Hostda mysql özi işläp dur. Konteýneri 3307-ä geçirsem bolarmy?`),
    no(`Redis иске түспей атыр: Could not create server TCP listening socket *:6379: bind: Address already in use. Кеше қайта жүкледик, бирақ systemd-дан тыс бир redis қалыпты. Қайсы команда менен табамыз, ss -ltnp ме?`),
    no(`Selâm. mariadb başlamay: [ERROR] Can't start server: Bind on TCP/IP port. Got error: 98: Address already in use. Bir kontener içinde de mysql bar eken, 3306-nı o tuta. Kontenerni başqa portqa alsam yeterlimi?`),
    no(`mysql سرویسی start اولمور: [ERROR] Can't start server: Bind on TCP/IP port: Address already in use ... Do you already have another mysqld server running on port: 3306 ?
بو گئجه backup اوچون ایکینجی instance آچمیشدیق، اونو یادیمیزدان چیخارتدیق. ایندی هانسینی دایاندیراق؟`),
    no(`Salam. Serwerde ssh portuny 2222-ä geçirjek boldum, sshd restart edende: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. Görsem ol portda köne bir proxy skript otyr. Bu jaň ulgamyna täsir etmez, şeýlemi?`),
    no(`Docker konteyner: driver failed programming external connectivity ... Bind for 0.0.0.0:80 failed: port is already allocated. Hostta apache bar. Qońırawlarǵa tiyispeydi, tek sorayın dep edim: apache-ni 8081-ge ótkersem bola ma?`),
    no(`Салам, Кефеден. Docker-де контейнер кутармай: listen tcp 0.0.0.0:9090: bind: address already in use. Хостта prometheus да 9090-да. Бир порт — бир сервис, анълайым, сизден тек тасдыкъ керек.`),
    no(`docker-da کانتینر قالخمیر: Error starting userland proxy: listen tcp4 0.0.0.0:8443: bind: address already in use. هاست اوستونده باشقا بیر سرویس 8443-ی توتوب. port mapping-ی دَییشمک لازیمدیر، بیلیرم، آمما هانسی پورت بوشدور؟`),
    no(`salam, noutbukda vite dev server açylmaýar, "Port 5173 is in use, trying another one..." diýip başga porta geçýär, emma proxy sazlamam 5173-e bagly. Köne node prosesi galypdyr. Windows-da nädip öldürmeli?`),
    no(`Salam. Zabbix agent 10050 portta kóterilmey atır: listener failed: bind() for [[-]:10050] failed with error 98: Address already in use. Eski agent paketi óshirilmey qalǵan eken. Bul VOS-qa tásir etpeydi me?`),
    no(`Selâm aleyküm. VOS3000 web panel açılmay, catalina.out: java.net.BindException: Address already in use (Bind failed), port 1202. Tomcat-nı eki kere başlattıq galiba, birisini kill etsek keçermi? Zvonoklar yahşı keçe.`),
    no(`Urmiyadan yaziram. snmpd reboot-dan sonra qalxmir, log: Error opening specified endpoint "udp:161" ... bind: Address already in use. evvel basqa monitoring agent qurmusduq, 161-i o tutub gorunur. zenglerle problem yoxdu.`),
    no(`Sag boluň öňünden. Grafana 3000 portda başlamaýar, log: Server shutdown error="listen tcp 0.0.0.0:3000: bind: address already in use". Şol serwerde nodejs dashboard hem bar eken. Grafana-ny 3001-e geçirsem ýeterlikmi?`),
    no(`Сәлем. Жаңа серверге VOS веб порталын көширдик, бирақ Tomcat басланбай атыр: Caused by: java.net.BindException: Address already in use, порт 8080. Ескиси ҳәм сол серверде қалыпты. Қоңыраўлар ески серверде, бул тек портал.`),
  ],
  otherRegistrationCause: [
    no(`سلام. بو گون صبح‌دن اوفیسده ۱۲ تلفون unregistered گؤستریر. معلوم اولدو دونن IT اوغلان SIP اکانتلارین پاسووردونو دَییشیب، تلفونلارا یازمیییب. 401 Unauthorized گلیر. پاسوردو نئجه تئز هامیسینا provisioning ائدک؟`),
    no(`Salam. Ofisde telefonlar ertir bilen unregistered. Gördük welin serweriň domen adyny çalşyrypdyrlar (sip.kompaniya.tm → voip.kompaniya.tm), telefonlarda köne at galypdyr. Hemmesini el bilen üýtgetmelimi ýa DHCP option 66 bilen bolarmy?`),
    no(`Assalawma áleykum. Ofiste telefonlar registraciyadan túsip qaldı. Tekserdik: kabeller suwırılǵan, remont islep atırǵan ustalar suwırıp ketken. Qayta jalǵasaq boldı ma yamasa serverde bir nárse etiw kerek pe?`),
    no(`Selâm aleyküm. Ofiste telefonlar registratsiyasız qaldı. Soñ bildik ki, yañı admin SIP parollerni deñiştirgen, amma telefonlarğa yazmağan. 401 Unauthorized kele. Şimdi bir-bir kirsetemiz, başqa yol barmı?`),
    no(`آقا مهندس، سرورین آی‌پی‌سی دَییشدی (دیتاسنتر دَییشدیک) و تلفونلار هله ائسکی آی‌پی‌یه register اولماغا چالیشیر. DNS رکوردو دا گونجللنمه‌ییب، TTL بیر گون ایمیش. نئچه ساعتا یایلار؟`),
    no(`Salam aleýkum, Türkmenabatdan. 5 sany abonentiň hasaby möhleti geçipdir, VOS-da "account expired" diýip dur, telefonlary unregistered. Töleg edenlerinden soň registrasiýa özi dikelermi ýa el bilen açmalymy?`),
    no(`Сәлем. Бир абонент айтып атыр, SIP логин-пароль дурыс емес дейди. Кеше паролди өзгерттик, бирақ ол ески паролди киргизип тур, 401 Unauthorized. Оған қалай түсиндирейин, телефонын өзим барып сазлайма?`),
    no(`Селям. Сервернинъ DNS ады денъишти, эски домен эндиден чалышмай (срок кечкен, продлить этмедик). Телефонлар эски адны ахтара, эписи unregistered. Доменни янъыламакъ керекми я да телефонларны денъиштирмек?`),
    no(`salam, 40 dane gateway saat 9dan unregistered olub. ISP-nin interneti getdi butun mehellede, modemde isiq yanmir. Shirket ozu deyir 3 saat cekecek. bizim terefden edile bilen bir sey var?`),
    no(`Gowumy? Bir müşderi parolyny birnäçe gezek ýalňyş ýazypdyr, 403 Forbidden, soň IP-si fail2ban-a düşdi öýdýän. Telefony gyzyl çyra ýakýar, unregistered. Paroly täzeden ibereýinmi, bany hem aýyraýynmy?`),
    no(`Salam, Nókisten. Serverdiń IP adresi ózgerdi, provayder jańa blok berdi. Telefonlarda eski IP qatırıp jazılǵan, sonıń ushın hámmesi unregistered. Hámmesin qolda ózgertemiz be yamasa autoprovision bar ma?`),
    no(`Hayırlı aqşamlar. Aqyarda bütün semtte elektrik yoq saat 18-den berli, ofisteki telefonlar ve switch söndi, paneldeki unregistered da şundan. Server başqa yerde, o yahşı. Elektrik kelgende registratsiya özü qaytarmı?`),
    no(`یک مشتری‌میز شکایت ائدیر کی اکانتی رجیستر اولمور. باخدیق، حسابین balance-ی صفیر اولوب و VOS-ده expired یازیلیب. پول یاتیرسا اؤزو دوزه‌لر یوخسا بیز ال ایله فعال ائتملی‌ییک؟`),
    no(`Biziň ähli telefonlarymyz UDP 5060 bilen işleýär, TCP asla ulanmaýarys. Şu gün prowaýder täze router goýdy, şondan soň 20 telefonyň 8-si unregistered. Routerde port forward-lar köne routerden geçirilmändir öýdýän.`),
    no(`Бизде барлық телефонлар UDP арқалы ислейди, TCP жоқ. Кеше провайдер роутерди алмастырды, бүгин 10 телефон unregistered. Жаңа роутерде SIP ALG қосылып қалған шығар деп ойлайман, қалай тексеремиз?`),
    no(`Мерхаба. Бизим офисте янъы роутер къойдыкъ, лякин телефонлар тек UDP иле ишлей, TCP ич къулланмаймыз. Шимди 6 телефон unregistered. Бельки порт форвардинг унутылды, эски роутернинъ конфигини тапалмадыкъ.`),
    no(`سلام، اورمیه. تلفونلاریمیز همیشه UDP ایله ایشله‌ییر، TCP هئچ یوخدور. دونن مودمی دَییشدیک (ایرانسل TD-LTE)، ایندی نصفی unregistered. بو مودم CGNAT وئریر دئییرلر، پابلیک آی‌پی یوخدور. نه ائدک؟`),
    no(`Salam. Elektrik agşam sagat 7-de öçdi, generator diňe serwer otagyny çekýär. Ofisdäki telefonlar we PoE switch öçük, şonuň üçin paneldäki unregistered. Ertir elektrik gelse özleri registrirlenermi?`),
    no(`Litsenziya máselesi: VOS3000 licenziya múddeti pitipti, "License expired" shıǵıp tur, jańa registraciya qabıllamay atır, eskiler de bir-bir túsip atır. Satıwshıǵa jazdıq. Sizler de járdem bere alasız ba?`),
    no(`Selâm. Müşterimizniñ hesabı qapalı, borcu içün blok ettik. O "telefonlar registratsiya olmay" dep yaza, kene de tekrar. Bu bizden, server tarafından normal. Ona yumuşaq nasıl añlatayım?`),
    no(`دو دانه Yealink تلفون پنلده خاموش گؤرونور. گئدیب باخدیم، PoE سوییچ یانیب، تلفونلارا برق گلمیر، اکرانلاری قارادیر. سوییچ دَییشنده اؤزلری register اولارلار یوخسا تنظیم لازیمدیر؟`),
    no(`Provisioning faýlynda ýalňyşlyk goýberipdirin: auth user ýerine display name ýazypdyryn. 30 sany Grandstream hemmesi "Registration failed". Gaýtadan provision etmegiň iň çalt ýoly haýsy? Hemmesini reboot etmelimi?`),
    no(`Салам. Гейтвейлердиң аккаунтлары expired болып қалыпты, billing-те мүддети 1-ден тамам. Сонлықтан 3 филиалдың телефонлары unregistered. Мүддетти қалай узайтамыз, панелде қай жерде?`),
    no(`Салам, Къарасувбазардан. Provisioning серверинде XML шаблонда хата бар экен, SIP порт 5060 ерине 5600 язылгъан. Эписи телефонлар "Registration failed". Шаблонны тюзеттик, энди тек reboot керекми?`),
    no(`salam mühəndis, VOS lisenziyası bitib deyəsən, panel-də "license expired" yazır və yeni registration qəbul eləmir. köhnələr də bir-bir düşür. lisenziyanı kim yeniləyir, sizmi ya satıcı?`),
    no(`Salam, Türkmentelekomda awariýa, şäher boýunça internet ýok, telefonlar hem şonuň üçin unregistered. Size ýazýan, bilip goýuň diýip, serwer tarapda hiç zat üýtgetmäň, internet gelse özi dikeler.`),
    no(`salam, Xojeliden. internet joq ertalabtan, Uztelecom avariya dedi. telefonlar registraciya joǵaltqan, sebebi sol. xabar berip qoyayın dep, serverge tiymeń.`),
  ],
  smallFigures: [
    no(`سلام، بیر سوال. ss -s چیخیشی بئله‌دیر:
TCP:   412 (estab 96, closed 280, orphaned 0, synrecv 0, timewait 278/0)
گئجه ساعت ۲-ده‌دیر، ترافیک آزدیر. بو نورمالدیر؟ زنگلرده هئچ پروبلم یوخدو.`),
    no(`Salam, bir sorag: TIME_WAIT näme? Kurs okaýan, mugallym "aktiw ýapýan tarapda galýar" diýdi, düşünmedim. Ýönekeý mysal bilen düşündirip bilersiňizmi?`),
    no(`Assalawma áleykum. Test server: ss -s → TCP: 180 (estab 60, closed 110, timewait 105/0). Bul jaqsı ma? Tek tekserip atırman, hesh qanday máselesi joq.`),
    no(`Selâm. Bir sual: TIME_WAIT ne demek ve ne qadar devam ete, 60 saniyemi? Linux kursunda oquyım. Serverimizde 250 qadar, problem yoq.`),
    no(`TIME_WAIT دقیقاً نه دئمکدیر؟ دانشگاهدا شبکه درسینده سوروشدولار: 2MSL نه‌دیر و نییه سوکت اونو باغلایان طرفده قالیر؟ اؤرنک ایله دئسز ساغ اولون.`),
    no(`Agşam sagat 23:40, ss -s: timewait 95/0, estab 40. Serwer rahat. Her gün şeýle barlaýaryn, bu san kadalymy ýa bir zat sazlamalymy?`),
    no(`Сорақ: TIME_WAIT не ушын керек? Университетте курсовой жазып атырман, VOS3000 мысалында. Бизиң серверде 300 шамасы, бул нормал ма?`),
    no(`Хайырлы саба. ss -s:
TCP:   520 (estab 210, closed 290, orphaned 2, timewait 287/0)
Саат 10:15. Бу нормалмы? Звонклар яхшы кече, тек меракъ эттим.`),
    no(`salam, netstat -an | grep TIME_WAIT | wc -l yazdim 150 cixdi. bu cox deyil ki? server VOS3000, 40 kanal. sadece maraq ucun soruşuram, hec bir sikayet yoxdu.`),
    no(`Salam, geçen aý bir gezek portlar gutaryp jaňlar kesilipdi, şondan soň tw_reuse açdyk, indi hemme zat gowy. Diňe direktor üçin hasabat ýazýaryn, näme sebäpden bolanyny gysgaça ýazyp berseňiz.`),
    no(`Salam, ótken hápte port pitiwi sebepli qońırawlar úzilgen edi, biraq sol kúni sysctl ózgertip, máseleni sheshtik. Házir tek akt jazıp atırmız, sebebin qanday sózler menen jazayıq?`),
    no(`Keçen yıl qışta portlar tükenip zvonoklar kesilgen edi, o zaman tüzettik. Şimdi yañı işçige ögretmek içün añlatmaq isteyim: o vaqıt ne olğan edi, qısqaca yazıp berirsiñizmi?`),
    no(`مصاحبه اوچون حاضیرلاشیرام (job interview). سوال بئله‌دیر: tcp_tw_reuse ایله tcp_tw_recycle-ین فرقی نه‌دیر و نییه recycle سیلینیب؟ هئچ سرورده پروبلمیم یوخدور، تئوری‌دیر.`),
    no(`netstat -ant | wc -l = 340. Bu köpmi? 60 kanal VOS3000. Hiç problema ýok, diňe gyzyklanýaryn.`),
    no(`Кеше кешки 22:00, netstat -ant | grep TIME_WAIT | wc -l → 88. Сервер тынық. Күнде соны бақлаймыз, бул санда хаўип жоқ па?`),
    no(`Селям. Собеседование ичюн: ephemeral порт диапазоны не? ip_local_port_range не ичюн керек? Бизде проблем ёкъ, тек азырланам.`),
    no(`ائتن آی، نوروز تعطیلاتیندا بیر گئجه پورت‌لار قورتارمیشدی و زنگلر کسیلمیشدی. او زامان sysctl-ی دوزلتدیک، اوندان سونرا هئچ تکرار اولمادی. ایندی مدیریت اوچون گزارش یازیرام، او گئجه‌کی رقملری هاردان تاپیم؟`),
    no(`Sorag: Linux-da ephemeral port näçe bolýar? 28 müňmi ýa 60 müňmi? Interview-de soradylar, jogap berip bilmedim :)`),
    no(`salam, men jańa NOC xızmetkeri. ss -s komandası ne kórsetedi, estab hám timewait degen ne? Úyrenip atırman, serverde hámmesi jaqsı.`),
    no(`Merhaba. Haftalıq hesabat: maksimum TIME_WAIT 740 (cuma aqşamı), ASR 52%, ACD 3 daqqa. Hepsi normal ola, degilmi? Bir şey deñiştirmek kerek degil?`),
    no(`ip_local_port_range-ین دئفالتی ندیر CentOS 7-ده؟ cat ائتدیم 32768 60999 گؤستردی. سادجه بیلمک ایستیرم بو نئچه پورت ائدیر.`),
    no(`Salam. Monitoring üçin TIME_WAIT sanyny Zabbix-e nädip goşmaly? Häzir san 200 töweregi, diňe grafik gerek, trend görmek üçin.`),
    no(`Айына бир рет есап: орташа timewait 400-500, пик ўақтында 900. 120 канал. Бул сан көп пе аз ба? Бир нәрсе өзгертиў керек пе, ямаса тек бақлай беремиз бе?`),
    no(`Салам. netstat -tan | grep -c TIME_WAIT → 64. Гедже саат 3. Бу аз, билем, тек монитор скриптимни текшерем, догъру сайамы.`),
    no(`سلام. هفته‌لیک health check: timewait ۶۲۰، estab ۳۱۰، CPU ۱۸٪، ASR نورمال. بیر شئی لازیمدیر یوخسا بئله قالسین؟`),
    no(`sysctl -a | grep tw netijesi: net.ipv4.tcp_tw_reuse = 0, net.ipv4.tcp_max_tw_buckets = 262144. Bular näme aňladýar? Serwerde häzir 120 TIME_WAIT bar, hiç hili kynçylyk ýok.`),
    no(`Salam. CentOS 6-da ss joq eken, netstat penen TIME_WAIT-tı qalay sanaw kerek? Házir kórinip turǵanı az, tek komandanı úyrenip atırman.`),
  ],
  firewallNoRst: [
    no(`سلام. فورتی‌گیتده یئنی مشتری اوچون 5060 TCP و UDP پورتونو آچماق لازیمدیر. policy-نی نئجه یازیم، VIP لازیمدیر؟ هله هئچ زنگ یوخدور، یئنی قوروروق.`),
    no(`Salam. iptables-da täze gateway üçin 5060 portuny açmaly, häzir INPUT policy DROP. Haýsy düzgüni goşmaly, -I bilenmi -A bilenmi? Jaň entek ýok, diňe gurnama.`),
    no(`Assalawma áleykum. MikroTik-te jańa filialdıń IP adresin address-list-ke qosıw kerek, SIP ushın ruqsat beriw. Qaysı buyrıq menen? /ip firewall address-list add ... solay ma?`),
    no(`Selâm aleyküm. FortiGate-te yañı operatornıñ IP blokunı whitelist etmek kerek, 5060 TCP/UDP içün. Policy nasıl yazılır, address group yapayıqmı?`),
    no(`بیر IP-نی (ترمینیشن کریئر) فایروالدا whitelist ائله‌مک ایستیریک:
iptables -I INPUT -s 185.112.x.x -p udp --dport 5060 -j ACCEPT
بو کیفایتدیر؟ یوخسا VOS-ون اؤز IP فیلترینده ده یازماق لازیمدیر؟`),
    no(`FortiGate-de VoIP profili (SIP ALG) açyk, ses bir tarapa geçýär. Öçürsem bolarmy? Ähli zat UDP, diag-da RST ýa-da TCP hakda hiç zat ýok.`),
    no(`Сәлем. iptables-та қағыйдалар тәртиби қате екен: DROP жоқарыда турыпты, ACCEPT 5060 төменде. Орнын алмастырдым, қоңыраўлар түсе баслады. Сақлаў ушын service iptables save етиў керек пе?`),
    no(`Селям. fail2ban бизим мюштерининъ IP-сини 24 саатке бан этти, о паролни янълыш язгъан. Насыл тез чыкъарайым? fail2ban-client set asterisk unbanip ... догърумы?`),
    no(`salam, fail2ban bizim ofisin IP-ni ban edib, sebebi bir telefon sehv parol ile 50 defe register olmaga calisib. unban nece edim, ve ofis IP-ni ignoreip-e nece yazim?`),
    no(`Salam aleýkum. fail2ban 3 sany abonentiň IP-ni blokladı, olar parol ýalňyş girizipdir. Ban wagtyny 10 minutdan 1 sagada uzaltsak gowumy? findtime näçe bolmaly?`),
    no(`fail2ban Nókistegi ofis IP-in ban etti, bir qurılma parolsız urınıp atırǵan eken. Unban ettim. Endi bunı ignoreip-ke qalay qosaman, jail.local-da ma?`),
    no(`Hayırlı kün. MikroTik-te "ip firewall service-port disable sip" yapsaq zarar olurmı? Ses problemi bar, bir taraflı. RST meselesi degil, biz UDP qullanamız.`),
    no(`MikroTik-ده SIP ALG (ip firewall service-port sip) آچیقدیر، صدا بیر طرفه گئدیر. سؤندورمک لازیمدیر؟ RST ایله بیر ایشیمیز یوخدور، هامیسی UDP-دیر.`),
    no(`Biz Hytaý we Braziliýadan gelýän SIP skanerlerini geo-block etmek isleýäris. ipset + iptables bilen nädip etmeli? Häzir logda günde 30 müň friendly-scanner synanyşygy bar.`),
    no(`Салам. FortiGate-те SIP ALG-ни өширемиз бе? Провайдер солай айтып атыр. RST, TCP деген мәселе бизде жоқ, бәри UDP, тек даўыс бир тәрепке кетип атыр.`),
    no(`Мерхаба. pfSense-де кураллар сырасы: block rule ёкъарыда къалгъан, шунынъ ичюн 5060 ачылмады. Ашагъы тюшюрдим, шимди ишлей. Сизге тек хабер, сагъ олунъыз.`),
    no(`pfSense-ده rule ترتیبی سهو اولوب، block all قاباقدا قالیب، SIP rule آلتدا. نتیجه‌ده هئچ زنگ گیرمیردی. rule-ی یوخاری چکدیم، ایندی ایشله‌ییر. فقط تصدیق ائدین کی دوز ائتمیشم.`),
    no(`pfSense-de port forward 5060 → VOS içki IP goşdum, ýöne NAT reflection gerekmi? Ofisiň içinden hem daşky IP bilen jaň etjek bolýarys.`),
    no(`Geo-blok: Ózbekstan hám Qazaqstannan basqa barlıq elden kelgen SIP-ti jabıw kerek. pfSense pfBlockerNG penen islese bola ma, yamasa MikroTik-te address-list penen me?`),
    no(`Selâm. Geo-blocking yapmaq isteymiz: tek Rusiye ve Türkiye IP-leri qalsın SIP içün, qalğanları DROP. iptables + xt_geoip nasıl qurulır CentOS 7-de?`),
    no(`geo-blocking: آمریکا و چین‌دن گلن SIP اسکن‌لری چوخدور، لاگ دولوب. FortiGate-ده ایران و ترکیه‌دن سوا هامیسینی بلاک ائله‌مک ایستیریک. بیر نمونه policy وئره بیلرسیز؟`),
    no(`Salam. Cisco ASA-da "inspect sip" öçürmelimi? Bir forumda okadym, ALG problema döredýär diýip. Biziň ýagdaýymyzda hemme zat işleýär, diňe öňünden bilmek isleýärin.`),
    no(`Жаңа серверге VOS орнаттық, firewalld бәрин жаўып тур. 5060, 1202 (web), 10000-20000 RTP порталарын ашыў ушын firewall-cmd командаларын жибере аласыз ба?`),
    no(`Салам. 22 портуны сырткъа къапатып, SSH-ны тек VPN-ден ачмакъ истеймиз. iptables кураллары насыл олур? VoIP-ке тесири олурмы?`),
    no(`سلام. ASA-دا RTP اوچون 10000-20000 UDP رنجینی آچمالییق، access-list نئجه اولسون؟ object-group ایله یازساق داها یاخشیدیر؟`),
    no(`Kömek: täze billing IP-sini (10.20.0.15) MySQL 3306 üçin firewall-da whitelist etmeli. firewalld ulanýarys, CentOS 7. rich rule-y nähili ýazmaly?`),
    no(`salam, ASA-da access-list-ke operatordıń jańa IP blogın qosıw kerek, eskisi 31-de óshiriledi eken. Sintaksisti jiberiń, object-group penen.`),
  ],
  negationContext: [
    no(`سلام. دونن‌دن بری بیر نئچه تلفون unregistered اولور، آمما بیزده SS_TCP_CLOSE_RESET هئچ واخت روشن اولمایب، Off-دور، و بوتون تلفونلار UDP ایشله‌دیر. یعنی RST-دن دئییل. سبب باشقا یئرده‌دیر، سیز نه فیکیرلشیرسیز؟`),
    no(`Salam. Biz TCP ulanamzok, diňe UDP. Şonuň üçin SS_TCP_CLOSE_RESET bize degişli däl bolmaly, şeýle dälmi? Telefonlar kadaly, diňe soraýan.`),
    no(`Assalawma áleykum. Aldıńǵı xatımdı esapqa almań: "NAT artındaǵı telefonlar unregistered" dep edim. Olar tek elektr óshkeni ushın eken, házir hámmesi qaytıp keldi.`),
    no(`Selâm. Biz RST-ni açmadıq ve açmayacaqmız, telefonlarımız NAT arqasında, bilemiz. Sadece sual: bu SS_TCP_CLOSE_RESET parametri ne içün bar?`),
    no(`آقا ببخشید، اؤنجه‌کی مسیجیمی نظره آلمایین ("Cannot assign requested address"). سهو سروره باخمیشدیم، او تست ماشینی ایدی، loop ایله ۱۰۰ مین connect آچیردیم. VOS ساغلامدیر.`),
    no(`Öňki hatymy ýatdan çykaryň: "jaňlar kesilýär, firewall RST taşlaýar" diýipdim. Ol prowaýderiň kanalynda ýüklenme eken, firewall bilen baglanyşygy ýok. Hemmesi düzeldi.`),
    no(`Бизде SS_TCP_CLOSE_RESET өзгертилген жоқ, Off тур. Ҳеш ким тийген жоқ. Firewall логларында да ҳеш нәрсе жоқ. Қоңыраўлар жақсы, тек сорап атырман: RST деген не?`),
    no(`Селям алейкум. Эвельки язгъанымны унутынъыз, "Cannot assign requested address" тек бир кере олды, бир ай эвель, о вакъыт тюзеттик. Шимди эписи яхшы, тек акъыл ичюн сорадым.`),
    no(`salam, dunen yazdigim RST ve firewall meselesi hell oldu: problem carrier terefinde idi, onlarin SBC-si zengleri 503 ile reject edirdi. firewall-la elaqesi yox idi, RST-ni de hec acmamisdiq. sag olun.`),
    no(`RST režimini hiç wagt açmadyk, Off dur. Emma kimdir biri bize "telefonlaryňyz NAT sebäpli düşýär" diýdi. Bu mümkin däl, şeýle dälmi? Telefonlar häzir gowy işläp dur.`),
    no(`Salam. "Address already in use" máselesi sheshildi, ol bizdiń nginx bolǵan, VOS emes. Endi hámmesi jaqsı, rahmet.`),
    no(`Hiç kimse hiç bir şey deñiştirmedi, ne firewall, ne RST, ne sysctl. Telefonlar da unregistered degil. Müşteri yañlış eşitken, ğalet haber. Tiketni qapatıñız.`),
    no(`هئچ کیم هئچ زاد دَییشمه‌ییب، نه RST، نه sysctl، نه فایروال. ASR بیر آز دوشوب، carrier-ا تیکت آچمیشیق، اونلار اؤز شبکه‌لرینه باخیرلار. سیزدن فقط خبر اولسون دئیه یازدیم، هئچ بیر ایش لازیم دئییل.`),
    no(`Salam, portlar gutarýar diýip ýazypdym, ýöne ol ýalňyş: EADDRNOTAVAIL diňe öz test skriptimde bolupdyr, loopback-e 100 müň baglanyşyk açypdyryn. Önümçilik serweri kadaly.`),
    no(`Kerek emes, oylap kórdik. RST rejimin qosıw josparı bar edi, biraq bizde NAT artında telefonlar kóp, sonlıqtan qospaymız. Tek sizden pikir sorayın dep edim, hesh nárse qosılmaǵan.`),
    no(`Мерхаба. Звонклар кесиле деп язгъан эдим, амма бу carrier тарафындан экен, firewall ве RST иле алякъасы ёкъ. Оператор озю тасдыкъ этти, шимди эписи яхшы.`),
    no(`گزارش اوچون: RST mode نه‌دیر و NAT آرخاسینداکی تلفونلارا نه تأثیری وار؟ بیزده بئله بیر آیار یوخدور، فقط مدیریت سوروشوب کی بو پارامتری آچساق نه اولار. آچمایاجاغیق.`),
    no(`Düýn agşam TIME_WAIT köpdi, 40 müň, ýöne sysctl düzedenimizden soň bu gün irden 2 müň. Jaňlar kadaly. Indi hiç zat gerek däl, diňe habar berýän.`),
    no(`Esap ushın: ótken aydaǵı úziliwlerdiń sebebi firewall emes, operator tárepinde bolǵan. Aktke solay jazıw kerek. Bizde RST qosılmaǵan, ol haqqında jazbań.`),
    no(`Rapor içün: "firewall RST paketlerni düşüre" degen cümleni añlatıñız, müdürge yazacam. Bizde böyle hal yoq, sadece terminologiya kerek.`),
    no(`مشکل Address already in use دئییل ایمیش، مشتری سهو یازمیشدی. اصل خطا "Connection refused" ایدی، کریئر اؤز پورتونو باغلامیشدی. ایندی دوزلیب، سیزه زحمت اولماسین.`),
    no(`Hasabat üçin: "Cannot assign requested address" näme diýmek? Direktor sorady. Biziň serwerde beýle ýalňyşlyk ýok, diňe düşündiriş gerek.`),
    no(`Жоқ-жоқ, портлар питпеген. TIME_WAIT 25 мың деп жазғаным қате, 2 500 болыпты, нолди артық қойыппан. Кеширесиз, ҳеш нәрсе ислеў керек емес.`),
    no(`Салам. TIME_WAIT чокъ деп дюшюнген эдим, амма бу тек nginx-нинъ upstream-ларындан, VOS серверинде дегиль, ве бир де хата ёкъ. Ярдым керекмей, сагъ олунъыз.`),
    no(`سلام، فایروال RST-لری drop ائدیر دئیه دوشونوردوک، آمما tcpdump گؤستردی کی RST هئچ گلمیر، چونکی RST modu Off-دور. مشکل روترین اؤزونده ایمیش، reboot‌دن سونرا دوزلدی.`),
    no(`Firewall-da hiç zat üýtgetmedik, RST hem açyk däl. Jaňlar kesilýän bolsa carrier tarapdandyr, olara ýazdyk. Size diňe maglumat üçin.`),
    no(`salam, keshegi xabarımdı óshirip taslań: "firewall RST-ti taslaydı" degenim basqa serverde, VoIP-ke qatnası joq, ol bizdiń web server edi.`),
  ],
  portExhaustion: [
    pe(`سلام آقا مهندس، تعجیلی! ساعت ۸:۳۰-دان پیک باشلایاندا VOS-دا زنگلر کسیلیر. لاگ "Cannot assign requested address" ایله دولودور. ss -s:
TCP:   61234 (estab 1830, closed 59120, orphaned 4, timewait 58990/0)
۵۹ مین TIME_WAIT! نه ائدک؟`),
    pe(`بیزیم softswitch-ده گئجه ساعت ۹ ترافیک ۲۵۰ CPS-ه چاتاندا چیخیش TCP اتصاللاری آچیلمیر، errno 99 وئریر. ترافیک آزالاندا اؤزو دوزه‌لیر. هر گئجه تکرار اولور، مشتریلر زنگ ووروب سؤیور.`),
    pe(`آقای مهندس، کارت‌فروش مشتریلریم شکایت ائدیر کی عصرلر ساعت ۶-۷ آراسی زنگلرین یاریسی 503 آلیر. سروره باخدیم: ۵۰ مین‌دن چوخ سوکت TIME_WAIT-ده، و یئنی TCP connect آلینمیر. بو نه‌دیر، نئجه دوزلدک؟`),
    pe(`بو گون تبریز سرورینده:
# ss -s
Total: 64012
TCP:   63870 (estab 2104, closed 61500, orphaned 0, timewait 61488/0)
# sysctl net.ipv4.tcp_tw_reuse
net.ipv4.tcp_tw_reuse = 0
CDR-ده پیک‌ده زنگلر fail اولور. کؤمک ائدین.`),
    pe(`سلام. کئچن هفته ۳۰ دانه یئنی gateway-ی TCP ایله قوشدوق. ایندی هر آخشام ساعت ۷-دن سونرا mbx3000 لاگیندا دقیقه‌ده یوزلرجه "bind: Address already in use" گلیر، آمما بو listen دئییل، چیخیش connect-لرده‌دیر. lokal port قالمیر دئیه‌سن.`),
    pe(`سلام، اردبیل. هر جمعه آخشامی ترافیک ایکی برابر اولاندا سرور زنگلری گؤندره بیلمیر، errno 99، EADDRNOTAVAIL. netstat ایله ۳۵ مین TIME_WAIT سایدیم. شنبه صبح هر شئی نورمالدیر.`),
    pe(`فوتبال اویونونون آراسیندا (استقلال-تراختور) هامی بیردن زنگ ووردو، CPS اوچ برابر اولدو و سرور "Cannot assign requested address" وئرمه‌یه باشلادی. ایندی اویون قورتاریب آمما TIME_WAIT هله ۵۰ مین‌دیر و زنگلرین ۴۰٪-ی fail. بو گئجه داها بؤیوک اویون وار.`),
    pe(`salam, server yene ilişib, portha tamum shode deyesen: netstat -ant | grep TIME_WAIT | wc -l = 47 min. yeni zengler gatewaylere getmir, log: connect failed EADDRNOTAVAIL. indi peak saatidi, tecili komek edin.`),
    pe(`Salam aleýkum! Tiz kömek gerek: call-center kampaniýasy sagat 10:00-da başlady, gysga jaňlar, 300 CPS. 5 minutdan soň VOS logunda "connect: Cannot assign requested address", jaňlaryň ýarysy gitmeýär. ss -s: timewait 54 müň.`),
    pe(`Täze ýyl gijesi pik boldy, sagat 23:30-dan bäri jaňlar geçmeýär. netstat -ant | grep -c TIME_WAIT → 58 231. Logda EADDRNOTAVAIL. Serwer reboot etsek ýene doljak, näme etmeli?`),
    pe(`Salam. mbx3000d restart etsek 20 minut gowy işleýär, soň ýene jaňlar kesilýär. Görsem TIME_WAIT her minut artýar, 60 müňe ýetende täze TCP baglanyşyk açylmaýar, errno 99. Her gün agşam şeýle.`),
    pe(`Salam. Biziň ähli trunk-larymyz public IP, NAT aňyrsynda telefon ýok. Pik wagty portlar gutarýar: timewait 52 müň, "Cannot assign requested address". tcp_tw_reuse we ip_local_port_range-ni sazlaň, RST režimini hem açyň, razylyk berýärin.`),
    pe(`Monitoring grafigi: TIME_WAIT CPS bilen deň artýar, her gün 20:00 töweregi 60 müňe ýetýär we şol pursatda jaňlar durýar, logda "Cannot assign requested address". 21:30-dan soň özi düzelýär.`),
    pe(`Serweri täze enjama geçirdik, emma sysctl.conf-y köçürmändiris. Şu hepde pik wagtlarynda jaňlar "Cannot assign requested address" bilen gitmeýär, TIME_WAIT 45 müň. Köne serwerde tw_reuse=1 bardy öýdýän.`),
    pe(`CentOS 6 serwer, ss ýok. netstat -ant | grep TIME_WAIT | wc -l → 55 000 töweregi. Agşamlar jaňlar gitmeýär, errno 99. Sysctl-i nirede hemişelik saklamaly, /etc/sysctl.d okalmaýar diýdiler.`),
    pe(`Salam. Täze mobil programmamyz VOS arkaly jaň edýär, programma çykandan bäri TCP baglanyşyklar köpeldi. Indi agşamlar EADDRNOTAVAIL, TIME_WAIT 50 müňden geçýär we jaňlaryň 30%-i gitmeýär.`),
    pe(`Сәлем, Нөкистен. Кеше оператор SIP-ти UDP-ден TCP-ге өткерди. Бүгин пик ўақытта софтсвич жаңа шығыс TCP байланыс аша алмай атыр: errno 99, Cannot assign requested address. TIME_WAIT 48 мың.`),
    pe(`Salam, java CDR exporter hám VOS bir serverde. Júk kóbeygende "java.net.BindException: Cannot assign requested address" shıǵadı, softswitch da gateway-lerge jańa TCP ashpay qaladı. TIME_WAIT 44 mıń shamasında. Qońırawlar úzilip atır.`),
    pe(`Iske túsiriwden aldın júk testi: sipp penen 300 CPS berdik, 2 minuttan keyin VOS gateway-ge jańa TCP baylanıs ashpay qaldı, EADDRNOTAVAIL, TIME_WAIT 60 mıńǵa jetti. Dúsenbi kúni haqıyqıy trafik usınday boladı, ne sazlaymız?`),
    pe(`Лог бөлеги, кешки 19:40:
connect() to 10.0.0.5:5060 failed (99: Cannot assign requested address)
connect() to 10.0.0.7:5060 failed (99: Cannot assign requested address)
Минутына мыңлап. Қоңыраўлар кетпей атыр, ss-те TIME_WAIT 57 мың. Не ислеймиз?`),
    pe(`Директор сорап атыр: нелиқтан ҳәр кеште қоңыраўлар өтпей қалады? Админимиз тапты: локал портлар питип атыр, TIME_WAIT 50 мыңнан асып кетеди, жаңа connect "Cannot assign requested address". Шешими не?`),
    pe(`salam, wholesale trafik bul ayda 3 ese ósti. Endi pik waqıtta timewait 62 mıń, gateway-lerge shıǵıs baylanıslar ashılmay atır, logta "bind: Address already in use" (listen emes, connect). Qońırawlardıń úshten biri fail.`),
    pe(`Короче сервер опять: TIME_WAIT 50 мың, жаңа қоңыраўлар кетпей атыр, логта Cannot assign requested address. Ҳәр кеш саат 8-де усындай. tw_reuse = 0, port range стандарт. Тез жәрдем бериң.`),
    pe(`Selâm aleyküm! Bir vaqıtlar birisi ip_local_port_range-ni 60000 61000 yapqan eken, "güvenlik içün" dep. Bugün trafik arttı ve zvonoklar keçmey: "Cannot assign requested address", TIME_WAIT bütün o biñ portnı tuta. Ne yapayıq?`),
    pe(`NOC smena devri, saat 22:00: VOS hostunda TIME_WAIT 58k, outgoing TCP connect EADDRNOTAVAIL, zvonoklarnıñ 40%-i fail. Gündüz smenası bir şey yapmağan. Gece smenası içün tez çare kerek.`),
    pe(`Хайырлы акъшамлар. netstat -ant | grep TIME_WAIT | awk '{print $5}' | sort | uniq -c | sort -rn | head -3:
  28114 91.x.x.10:5060
  15300 91.x.x.11:5060
   6021 185.x.x.4:5060
Бу операторгъа янъы звонклар кетмей, connect: Cannot assign requested address.`),
    pe(`Селям. Россия йонелишинде пик саатлерде ASR 20%-ке тюшти. Серверде TIME_WAIT 45 бинъ, логда "Cannot assign requested address". Кундюз ASR 55%, эписи яхшы. Порт етишмейми?`),
    pe(`Selâm. Bir bank içün OTP sesli zvonoklar yapamız, her biri 10 saniye, saniyede 200 dane. Bugün saat 12-den berli VOS yañı TCP baglantı açalmay, errno 99, TIME_WAIT 61 biñ.`),
    pe(`Merhaba. Logda "bind: Address already in use" köre, amma hiç bir servis o portnı diñlemey, lsof boş. Bu çıqış baglantılarında, softswitch gateway-lerge baglanalmay. TIME_WAIT 53 biñ, zvonoklar keçmey.`),
    pe(`Салам. Дюн SMS кампаниясы яптыкъ, бугунь эписи мюштерилер бирден къайтып звонок эте. CPS уч кере артты, софтсвич янъы TCP ачмай: errno 99, EADDRNOTAVAIL. TIME_WAIT 56 бинъ, звонкларнынъ ярысы кечмей.`),
  ],
  natUnregistered: [
    nat(`سلام آقا مهندس. ایکی کلینیکده تلفونلار ADSL مودم آرخاسیندادیر (NAT)، TCP ایله رجیستر اولورلار. دونن TIME_WAIT اوچون SS_TCP_CLOSE_RESET-ی On ائله‌دیک و reparse وئردیک. بو صبح‌دن کلینیکلرین تلفونلاری بیر-بیر unregistered اولور، مرکزده‌کی پابلیک IP تلفونلار یاخشیدیر.`),
    nat(`Salam. Öýden işleýän operatorlarymyzyň telefonlary (öý routerleri, TP-Link, SIP TCP bilen) registrasiýany ýitirýär. Çarşenbe güni SS_TCP_CLOSE_RESET=On edip reparse etdik, şondan soň başlady. Ofisdäkiler kadaly.`),
    nat(`Assalawma áleykum. RST rejimin qosqannan keyin (SS_TCP_CLOSE_RESET=On) Yealink telefonlarda "Registration failed" shıǵıp atır, biraq tek NAT artındaǵılarda. Public IP-degi telefonlar jaqsı. Transport TCP.`),
    nat(`Selâm aleyküm. Evden çalışqan işçilerimizniñ telefonları (ev routerleri artında, TCP) registratsiyanı ğayıp ete, her yarım saatte qızarıp qala. Ofisteki public IP telefonlar yahşı. Dün SS_TCP_CLOSE_RESET-ni On yaptıq.`),
    nat(`سلام. هتل مشتریمیزین ۴۰ دانه تلفونو MikroTik آرخاسیندادیر، SIP over TCP. کئچن جلسه‌ده RST modu روشن اولدو، او واختدان اوتاقلارین تلفونلاری قیرمیزی‌دیر، registration lost. قاباق هئچ بئله اولمامیشدی.`),
    nat(`Gowumy? Diler hökmünde ýazýan: müşderilerim sişenbeden bäri "telefon her 10 minutda gyzyl bolýar" diýip şikaýat edýär. Adminimiz şol gün softswitch.conf-da RST-ni On edipdir. Müşderileriň ählisi öý routeri (NAT) aňyrsynda, TCP bilen.`),
    nat(`Сәлем. softswitch.conf ишинде: SS_TCP_CLOSE_RESET="On". Unregistered аккаунтлар дизими: 2011, 2014, 2019, 2033 — бәриниң Contact-ы 192.168.x.x, яғный NAT артында, TCP менен. Бул RST-ден бе?`),
    nat(`Селям. MikroTik-те бакътым: TCP багълантысы conntrack-тан ёкъ олгъан, телефон исе эски багълантыдан REGISTER ёллай. RST режимини ачкъандан берли NAT артындаки телефонлар unregistered къала.`),
    nat(`salam, Grandstream-lar TCP ile qeydiyyatdan kecir, hamisi ev routerlerinin arxasinda (NAT). RST mode On edenden sonra her 5-10 deqiqe registration dusur. UDP-de olan bir nece telefon normaldir. nece duzeldek?`),
    nat(`Salam, Ahal. Dükanlaryň birinde 15 telefon bir router aňyrsynda, TCP transport. RST režimi açylandan soň diňe 3-si registered, galanlary unregistered. Router-i reboot etdik, peýdasy ýok.`),
    nat(`Кеше саат 23:00-де RST-ти қосып reparse еттик. Таңертең 600 пайдаланыўшыдан 200-и unregistered. Бәри TCP ҳәм NAT артында (үй роутерлери). Public IP-лилер жақсы. Не ислеймиз?`),
    nat(`Мерхаба. Мобиль Zoiper (TCP, оператор NAT-ы артында) RST режими ачылгъан сонъ регистрацияны тута билмей, эр беш дакъкъада тюше. Ев Wi-Fi-ында да айны. Эвель яхшы эди.`),
    nat(`مراغه فیلیالی: ۲۵ تلفون، MikroTik hEX آرخاسیندا، transport TCP. شنبه گونو softswitch.conf-دا SS_TCP_CLOSE_RESET="On" یازدیق. یکشنبه‌دن بری بو تلفونلار VOS پنلینده offline گؤرونور، اکرانلاریندا "No Service".`),
    nat(`Salam aleýkum. VOS panelinde NAT aňyrsyndaky terminallar "offline" görkezýär, duşenbeden bäri, haçan-da RST On edilen. Public IP-li gateway-ler kadaly işleýär. Şol terminallaryň hemmesi TCP-de.`),
    nat(`salam, biz portlar ushın RST-ti qostıq, endi NAT artındaǵı TCP telefonlar registraciyadan túsip qaldı. Onı qayta Off etsek bola ma? TIME_WAIT qaytadan kóbeye me?`),
    nat(`Selâm. Telefonlar registratsiya olalar, amma birinci re-register vaqtında düşeler. RST qoşqanımızdan soñ başladı. Hepsi NAT arqasında, TCP. Public IP-li olğanlar normal.`),
    nat(`از وقتی RST رو روشن ائله‌دیک، پشت NAT-داکی تلفونلار رجیستر اولمور. کاربرلرین چوخو ائوده‌دیر، مودم ADSL آرخاسیندا و TCP ایله وصلدیلر. لطفاً بیر راه حل، مشتریلر زنگ ووروب اعتراض ائدیر.`),
    nat(`Öýden işleýän müşderi: "maňa jaň gelmeýär" diýýär. Barladym: telefony registrasiýany ýitiripdir, ol ZTE router aňyrsynda, TCP. Bu hepde RST režimini açdyk. Şony öçürmelimi?`),
    nat(`Нөкис қалалық аўрыўханасы: 40 телефон роутер артында (NAT), SIP TCP. Екшемби күнги өзгеристен (RST режими On) кейин бөлимлер арасындағы қоңыраўлар жоқ, телефонлар unregistered.`),
    nat(`Гедже нёбети: саат 02:00-де reparse яптыкъ (SS_TCP_CLOSE_RESET On). 02:30-дан NAT артындаки TCP дахилий номерлер эписи тюшти, unregistered. UDP ве public IP олгъанлар яхшы.`),
    nat(`GoIP گیت‌وی‌لریمیز مشتریلرین ائولرینده‌دیر، NAT آرخاسیندا، TCP transport. RST modu On اولاندان سونرا هامیسی unregistered، فقط بیر-ایکیسی گاه‌گاهی قالخیر. SIM-لر ایشله‌ییر، اینترنت ده وار.`),
    nat(`Salam. Registrasiýa sanawy:
1001  192.168.1.34:5060   TCP  expired
1002  192.168.0.101:5060  TCP  expired
1007  10.0.0.12:5060      TCP  expired
Hemmesi NAT aňyrsynda. SS_TCP_CLOSE_RESET="On" goýulandan soň şeýle. Public IP-de oturanlar registered.`),
    nat(`MikroTik connection tracking-te TCP baylanıs jabılǵan kórinedi, telefon bolsa eski baylanıs arqalı jiberip atır. RST On etkennen beri NAT artındaǵı telefonlar registraciya joǵaltıp atır. Keepalive járdem bere me?`),
    nat(`Üç serverde RST-ni qoştıq. Eki serverde hiç bir problem yoq (onlarda tek trunk-lar). NAT artında müşterileri olğan üçünci serverde TCP telefonlar unregistered olıp qaldı.`),
    nat(`Sabahiniz xeyir. RST mode On edilenden sonra NAT arxasindaki abonentlere gelen zengler catmir, cunki registration itir. Cixan zengler bir-iki defe alinir, sonra o da yox. hamisi TCP-dedi.`),
    nat(`RST-ni açanymyzdan soň NAT aňyrsyndaky telefonlar her minut gaýtadan registrirlenjek bolýar we köplenç 408 Request Timeout alýar. UDP-däkiler kadaly. Bu RST bilen baglymy?`),
    nat(`Қоңыраттағы реселлер: клиентлерим үй роутерлери артында, TCP менен. Сиз RST режимин қосқаннан берли телефонлары жоғалып атыр (unregistered). Бир нәрсе ислеңлер, клиентлер кетип қалады.`),
    nat(`Hayırlı kün, Yaltadan. Otelde Keenetic router artında 30 telefon, TCP. Siz RST rejimini açqan soñ, telefonlar bir saat içinde registratsiyanı ğayıp ettiler.`),
    nat(`دونن‌کی TIME_WAIT دوزلیشی (RST On) اورانی دوزلتدی، آمما ایندی باشقا بیر مشکل: NAT آرخاسینداکی TCP تلفونلار رجیستر اولا بیلمیر. ساعت ۱۰-دان ۸۰ تلفون offline-دیر.`),
    nat(`Salam, Mary filialymyzda ähli telefonlar öý ZTE routerleri aňyrsynda, TCP-de. Paýtagtdaky serwerde RST On edilenden bäri olar unregistered. Aşgabat ofisi gowy (public IP).`),
  ],
  firewallRst: [
    fw(`سلام مهندس. دونن آخشام SS_TCP_CLOSE_RESET-ی On ائله‌دیک (TIME_WAIT اوچون). بو صبح‌دن FortiGate آرخاسینداکی gateway-لره زنگلر باغلانمیر. diagnose debug flow:
id=20085 trace_id=1403 func=print_pkt_detail line=5588 msg="vd-root received a packet(proto=6, 10.10.1.5:5060->192.168.50.20:38112) flag [R]"
id=20085 trace_id=1403 func=vf_ip_route_input_common line=2605 msg="no session matched"
یعنی RST-لری فورتی آتیر. نه ائدک؟`),
    fw(`Salam. Geçen hepde RST režimini açdyk (SS_TCP_CLOSE_RESET=On). Şondan bäri pfSense aşagyndaky gateway-lere jaňlar gitmeýär. pfSense logunda:
Block  Oct 14 19:22:05  WAN  Default deny rule IPv4 (1000000103)  10.0.0.5:5060  172.16.3.9:40122  TCP:R
RST paketleri blok edilýär öýdýän.`),
    fw(`Assalawma áleykum. Keshe SS_TCP_CLOSE_RESET-ti On ettik. Búgin filiallarǵa qońırawlar ótpey atır. Filiallarda FortiGate tur, olardıń debug-ında "no session matched" hám R flag. RST-ti taslap atır.`),
    fw(`Selâm aleyküm. Dün RST rejimini qoştıq. Bugün FortiGate arqasındaki ofislerge zvonoklar keçmey, INVITE-ler timeout. Firewall admini diyor ki: RST-ler sessiyasız kele, o da atıp taşlay.`),
    fw(`MikroTik-ده "drop invalid" rule-ی وار. RST modu روشن ائله‌ینده‌ن بری counter دلی کیمی آرتیر و زنگلر کسیلیر:
/ip firewall filter print stats
 3  chain=forward action=drop connection-state=invalid  bytes=48 211 960 packets=1 004 416
RST-نی سؤندورک یا rule-ی؟`),
    fw(`Salam aleýkum. Biziň operatoryň FortiGate-i RST-leri taşlaýar, olar özi aýtdy. RST-ni biz ýekşenbe güni açdyk. Şondan bäri jaňlaryň 40%-i "Request Timeout" bilen gutarýar.`),
    fw(`Ассаламма әлейкум. Cisco ASA логы:
%ASA-6-106015: Deny TCP (no connection) from 10.5.5.2/5060 to 192.0.2.44/50811 flags RST on interface inside
RST режимин қосқаннан берли минутына жүзлеп. Қоңыраўлар үзилип атыр, клиентлер шағым етип атыр.`),
    fw(`Селям. iptables -vnL FORWARD:
 2140K   86M DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
RST режими ачылгъандан берли бу санакъ буюй, звонклар кесиле. Бу кураль эвельден бар эди, эвель зарары ёкъ эди.`),
    fw(`salam, RST modu yandirdiq 2 gun qabaq, o vaxtdan carrier terefine zengler yarimciq kesilir. onlarin Cisco ASA-si RST paketleri atir, ozleri log gonderib:
%ASA-6-106015: Deny TCP (no connection) from 5.x.x.x/5060 to 91.x.x.x/52311 flags RST ACK on interface outside
ne edek?`),
    fw(`VOS bilen gateway-leriň arasynda Linux router bar, iptables conntrack bilen. RST açylandan soň "-m conntrack --ctstate INVALID -j DROP" düzgüniniň counter-i 900 müňe çykdy we jaňlar gitmeýär. Düzgüni aýyrsak işleýär.`),
    fw(`pfSense astındaǵı PBX penen baylanıs úzildi, RST qosqannan keyin. Logta TCP:RA block, "Default deny rule". Qońıraw baslanbay atır, yamasa birinshi gudokta úziledi.`),
    fw(`Merhaba. ASA log: %ASA-6-106015: Deny TCP (no connection) from 10.8.0.3/5060 to 198.51.100.17/33019 flags RST ACK on interface outside. RST açqan soñ başladı. Zvonoklarnıñ 25%-i fail.`),
    fw(`سلام. RST modu روشن اولاندان بری pfSense آرخاسینداکی مشتری PBX-ی ایله زنگلر ایکینجی دفعه‌دن fail اولور. pfSense لاگی دولو "Default deny rule IPv4" TCP:R، source بیزیم VOS IP-میزدیر.`),
    fw(`Müşderiniň Sophos firewall-y bar, stateful. RST režimini açanymyzdan soň olaryň logunda "Invalid TCP packet dropped" flags RST ýazgylary müňlerçe, jaňlar birnäçe sekuntdan kesilýär. Olar firewall-y üýtgetmejek, näme etmeli?`),
    fw(`Бизде VOS алдында iptables шлюз бар. conntrack INVALID DROP санағышы RST режиминнен кейин 0-ден 1,5 миллионға шықты. Қоңыраўлардың ярымы fail.`),
    fw(`Хайырлы акъшамлар. pfSense-де Default deny rule, TCP:R пакетлер блок. Софтсвичте RST режимини бир афта эвель ачтыкъ, о вакъыттан звонклар бир кечер, бир кечмей.`),
    fw(`رسلر اولاراق یازیرام: مشتریمین شرکتینده فایروال وار (Cisco ASA)، IT آداملاری دئییرلر "سیزین RST-لریز invalid-دیر، drop ائدیریک". بیز RST modu-نو کئچن هفته روشن ائله‌دیک، او واختدان اونلارین زنگلری یاریمچیق قالیر.`),
    fw(`короче, RST açdyk, indi firewall RST-leri drop edýär, jaňlar ugramaýar. FortiGate 6.4, sniffer-de R flag gelýär, öňe geçmeýär.`),
    fw(`MikroTik CCR, "drop invalid" qaǵıydası. RST rejimi qosılǵannan beri qońırawlardıń úshten biri ótpeydi. Qaǵıydanı waqıtsha óshirsek, qońıraw ótedi. Qaysısı durıs: RST-ti óshiriw me?`),
    fw(`Selâm. Müşterimizniñ ofisinde MikroTik hAP, fabrika konfigi: "defconf: drop invalid". RST-ni qoşqanımızdan soñ olarnıñ IP-PBX-i bizge TCP ile zvonok yapalmay, her ekinci zvonok Request Timeout. Torch-ta RST kele, amma PBX-ke barmay, drop invalid ata.`),
    fw(`از وقتی RST mode روشن اولوب، Cisco ASA لاگیندا "Deny TCP (no connection) ... flags RST ACK" دولور و زنگلرین ۳۰٪-ی fail اولور. ASA-نی بیز ایداره ائله‌میریک، دیتاسنترین‌دیر.`),
    fw(`NOC bellik, sagat 02:10: jaňlaryň setup failure 35%. Sebäbi: RST mode On (düýn goşuldy), data-merkeziň stateful firewall-y RST-leri INVALID hasaplap taşlaýar. tcpdump-da RST çykýar, beýleki tarapda ýok.`),
    fw(`Короче, RST-ти қостық, енди клиенттиң фаерволы (Fortinet) RST-лерди дроп етип атыр, қоңыраўлар кетпей атыр. Клиент өз фаерволын өзгертпеймен дейди.`),
    fw(`Мерхаба, Акъмесджиттен. Дата-меркезнинъ stateful файрволы бизим IP-ден келген RST пакетлерни тюшюре, озьлери язды. RST-ни ачкъан сонъ гейтвейлернинъ ярысына звонклар кетмей.`),
    fw(`زنگ جواب وئریلیر آمما قطع اولاندا BYE چاتمیر، سونرا همین gateway-ه یئنی زنگلر گئتمیر. بو RST modu روشن اولاندان باشلادی. FortiGate-ده sniffer ایله باخدیق، RST گلیر آمما او بیری طرفه کئچمیر.`),
    fw(`Salam. Jaň birinji gezek geçýär, ikinji gezek şol gateway-e geçmeýär. RST-ni açanymyzdan soň başlady. Firewall-daky conntrack -L-de köne ESTABLISHED ýazgylar galýar, firewall RST-ni taşlaýar öýdýän.`),
    fw(`Taxtakópirdegi reseller: keshten beri qońıraw sheshilmey atır. Biz RST-ti birinshi ret qostıq. Olardıń routeri stateful firewall, RST paketleri joq bolıp atır, tcpdump kórsetti.`),
    fw(`Selâm. Otelniñ Cisco ASA-sı artındaki PBX-ke zvonoklar RST-ni qoşqanımızdan soñ keçmey. Otel IT-si ASA-da "flags RST" deny loglarını köstergen. Biz ne yapmalımız, RST-ni qapatmaqmı?`),
    fw(`Salam. Serweriň öz üstündäki iptables-da OUTPUT zynjyrynda "ctstate INVALID -j DROP" bar eken. RST režimi açylandan bäri şol düzgüniň counter-i artýar we gateway-lere jaňlar gowşak geçýär, 20%-i fail.`),
    fw(`Ассаламма әлейкум. Провайдеримиздиң stateful фаерволы RST пакетлерди түсирип атыр, олар өзлери хабарлады. Биз RST режимин үш күн бурын қостық, сол күннен баслап қоңыраўлар "408 Request Timeout".`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning138Set: readonly EvalItem[] = Object.values(tuning138Families).flat();
