import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * WhatsApp messages from VOS3000 operators, resellers and their staff across Russia, Ukraine, Belarus, Moldova, Central
 * Asia and the South Caucasus: Russian and Ukrainian in Cyrillic or Latin translit, Kazakh, Uzbek, Kyrgyz, Tajik,
 * Romanian, Armenian and Georgian (in their own scripts or in translit), heavily mixed with English and Russian
 * technical words. Register runs from polite to furious; figures come as 30 тыс., 30к, 28 000, тыщ 30, 30 ming or 30
 * мыңға жуық. Many are voice-note transcripts, forwards from their own customers, NOC or carriers, or pasted shell and
 * log output.
 *
 * The two-hundred-and-thirty-fifth tuning split, written as the two-hundred-and-thirty-fifth never-tuned evaluation set
 * because operators from Kyiv to Tbilisi and Dushanbe write Russian and Ukrainian in two scripts and in translit, and
 * the languages of Central Asia and the Caucasus in their own. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work without dropped
 * RST, playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones
 * unregistered after RST mode, a stateful firewall dropping RST). Written before the seventy-ninth round of rules by
 * someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other
 * sets in view; measured as such before and after the seventy-ninth round, then made tuning material for the eightieth:
 * bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 91.1 %, negatives confident 3.7 %, confident wrong 1.1 % with the
 * rules of the seventy-eighth round, before the seventy-ninth.
 * After the seventy-ninth round: the same.
 * After the eightieth round, tuned on: in scope 96.7 %, negatives confident 2.2 %, confident wrong 1.1 %; still short of the bar.
 * After the eighty-third round: in scope 97.8 %, negatives confident 0.7 %, confident wrong 0 %; meets the bar.
 */
export const tuning235Families = {
  oneListeningPort: [
    no(`Добрый день. После обновления не открывается веб морда VOS, в catalina.out:
java.net.BindException: Address already in use <null>:8080
netstat -tlnp показывает что 8080 держит какой-то старый java процесс с прошлой недели. Звонки при этом идут. Его просто прибить или там что-то нужное?`),
    no(`privet, mbx3000d ne podnimaetsya posle reboota, v loge "bind 0.0.0.0:5060 failed: address already in use". okazalos nash skript avtozapuska startanul vtoroy ekzemplyar softswitcha ran'she. kak pravilno sdelat chtob takogo ne bylo`),
    no(`Доброго дня. Поставили nginx на той самий сервер де VOS, щоб віддавати провіжинінг для телефонів, і nginx не стартує:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
Порт 80 тримає httpd від веб-інтерфейсу. Як правильно рознести, на 8081 повісити?`),
    no(`hi, we try to run kamailio in docker on the same box as vos only for test and docker says "Bind for 0.0.0.0:5060 failed: port is already allocated". ok i understand vos is there. which other port is safe to give the container`),
    no(`Сәлеметсіз бе, биллинг серверінде MySQL іске қосылмайды, логта:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
Ескі mysqld процесі өлмей қалған сияқты. Оны қалай дұрыс тоқтатамыз?`),
    no(`Assalomu alaykum. Redis ishga tushmayapti, xato: "Could not create server TCP listening socket *:6379: bind: Address already in use". Serverda eski redis-server qolib ketgan shekilli, ps da ikkita ko'rinyapti. VOS ga ta'siri bormi?`),
    no(`Բարև ձեզ, sshd-ն չի վերագործարկվում, journal-ում գրում է.
error: Bind to port 22 on 0.0.0.0 failed: Address already in use.
fatal: Cannot bind any address.
Ինչպե՞ս հասկանամ, թե որ պրոցեսն է զբաղեցրել 22-րդ պորտը։ Կոնսոլով ենք մտել։`),
    no(`გამარჯობა, ჩვენი დეველოპერის ლეპტოპზე თქვენი API-ს ტესტ სერვისი არ ეშვება:
Error: listen EADDRINUSE: address already in use :::3000
ამბობს რომ VOS-ის ბრალია. ეს VOS-თან საერთოდ დაკავშირებულია? სერვერზე არაფერი შეგვიცვლია.`),
    no(`[голосовое, расшифровка] алло ну короче у нас этот вос после перезагрузки веб не открывается пишет что порт занят восемь тысяч восемьдесят там какой-то второй томкат висит мы его убили вроде заработало но хочу понять откуда он взялся второй`),
    no(`[root@vos ~]# service mbx3000d start
Starting mbx3000d:                                         [FAILED]
[root@vos ~]# netstat -anup | grep 5060
udp        0      0 0.0.0.0:5060        0.0.0.0:*           2231/asterisk
кто-то из наших поставил астериск на этот же сервер для голосовой почты. как правильно, перевесить астериск на 5080?`),
    no(`Салом, дар сервер Apache оғоз намешавад, хато: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443. Ба фикрам nginx-и кӯҳна 443-ро гирифтааст. Фақат ҳамин як порт, дигар ҳама чиз кор мекунад.`),
    no(`Саламатсызбы, Zabbix агент иштебей жатат: "cannot create listener on port 10050: bind() ... Address already in use". Эски агент процесси калып калыптыр окшойт. Бул VOS га таасир этеби же жөн эле агентти өлтүрсөк болобу?`),
    no(`hello sir, our java billing app on port 9090 give "BindException: Address already in use: JVM_Bind" when start. only this one port. vos calls working normal, no load, it is sunday. maybe old instance still running?`),
    no(`вы мне ставили сервер, теперь ваш вебпортал не стартует!!! Address already in use 8080 !!! я ничего не трогал. кто там сидит на этом порту я не знаю и знать не хочу, разбирайтесь`),
    no(`Bună ziua, după update nu mai pornește interfața web VOS. Tomcat scrie "Address already in use" pe portul 8080. Am văzut cu netstat că e un alt proces java pornit de colegul meu pentru teste. Îl pot opri liniștit?`),
    no(`pryvit, postavyly drugyi VOS na tomu zh servery dlia testu novoi versii, i vin ne startuye bo 5060 vzhe zainiatyi pershym. yak zrobyty shchob drugyi sluhav 5070 i ne zavazhav robochomu?`),
    no(`docker compose up
Error response from daemon: driver failed programming external connectivity on endpoint grafana (3f1c...): Bind for 0.0.0.0:3000 failed: port is already allocated
это у нас мониторинг для воса, старый контейнер графаны не удалили видимо. подскажите команду`),
    no(`Пересланное сообщение от Игоря (наш админ):
"не поднимается postgres на биллинге: could not bind IPv4 address "0.0.0.0": Address already in use. HINT: Is another postmaster already running on port 5432?"
Это ваш вопрос или наш? VOS вроде на MySQL.`),
    no(`После переноса на новое железо mbx3000d в логе ругается что не может занять 1719 (H323 gatekeeper), оказалось там стоит старый gnugk от прошлого хозяина. Можно ли в VOS поменять порт H323 или проще снести gnugk?`),
    no(`Привет, у разработчика на маке MicroSIP не стартует, пишет "port 5060 already in use, bind failed". Он говорит это из-за вашего сервера. Как сервер может занять порт у него на ноутбуке?`),
    no(`Ассалому алайкум, VOS веб порталини 80 портга кўчирмоқчи эдик, лекин httpd ишга тушмаяпти: "(98)Address already in use: make_sock: could not bind to address 0.0.0.0:80". Битта порт холос, бошқа ҳаммаси ишлаяпти.`),
    no(`After reboot the softswitch failed to start, log says "SIP listen port 5060 bind fail". ps shows an old mbx3000 process still alive from before. kill -9 and start again and it is fine. why old process survive "service mbx3000d stop"?`),
    no(`barev, mer serverum node_exporter-@ chi ashxatum, grum a "listen tcp :9100: bind: address already in use". mi hat port a, urish xndir chka, zanger@ normal en. vonc gtnem ov a zbaxecrel`),
    no(`გამარჯობა, vos-ის web ინტერფეისი არ იხსნება. tomcat-ის ლოგში:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
ვინ იკავებს ამ პორტს და როგორ გავარკვიო?`),
    no(`[голосове] значить так ми поставили на сервер фрірадіус для авторизації і тепер він не запускається каже порт тисяча вісімсот дванадцять зайнятий, там щось інше вже сидить. це до вас питання чи ні`),
    no(`ss -ltnp | grep 8443
LISTEN  0  100  *:8443  *:*  users:(("java",pid=4411,fd=52))
новый портал на 8443 не запускается, BindException. это старый java процесс мешает? нагрузки нет, ночь, TIME_WAIT вообще по нулям`),
    no(`salom, noutbuki man dar ofis softphone-server start nameshavad, "port 5060 already in use" menavisad. MicroSIP kushoda bud, bastam — hal shud. faqat bigued chi tavr portro ivaz kunam ki har du kor kunand`),
  ],
  otherRegistrationCause: [
    no(`Добрый день. После смены пароля на аккаунте 1002 телефон Yealink пишет 401 Unauthorized и не регистрируется. Остальные 30 аппаратов норм. Пароль вбивали вручную, может опечатка?`),
    no(`u nas vse telefony v ofise unregistered s utra. okazalos vash provaider pomenyal IP servera, a u nas na telefonah staryi IP propisan a ne domen. daite novyi IP pozhaluista, perepropishem`),
    no(`Після відключення світла роутер не піднявся, всі телефони в офісі unregistered. Зараз світло вже є, але роутер мертвий, лампочки не горять. Коли поставимо новий, вони самі зареєструються чи треба щось робити?`),
    no(`softphone on android keep going offline, only when phone screen is off for some time. other users fine. its samsung A52, linphone. when i open the app it register again`),
    no(`Salom, mijozimizning 20 ta akkaunti registratsiya qilmayapti, 403 Forbidden qaytaryapti. Tekshirsak, balansi tugagan va akkaunt muddati o'tgan ekan. Bugun to'lov qildi, uzaytirdik. Endi o'zi ulanadimi yoki telefonlarni qayta yoqish kerakmi?`),
    no(`Сәлеметсіз бе, кеңсеге жаңа роутер қойдық (TP-Link), содан бері телефондар тіркелмейді. Бәрі UDP арқылы. Роутер баптауларында SIP ALG қосулы тұр екен. Өшірсек шешіледі ме?`),
    no(`Բարև, մեր գրասենյակում ինտերնետ չկա արդեն 2 ժամ, provider-ի մոտ վթար է, բնականաբար հեռախոսները unregistered են։ Մոբայլ ինտերնետով softphone-ը աշխատում է։ Ուղղակի տեղեկացնում եմ, որ ձեր կողմից չփնտրեք։`),
    no(`გამარჯობა, DNS სახელი შევცვალეთ: sip.company.ge -> voip.company.ge და ახლა ნახევარი ტელეფონი ვერ რეგისტრირდება. ძველი A ჩანაწერი წავშალეთ. ალბათ ძველ სახელზე არიან. ყველა ხელით უნდა შევცვალოთ?`),
    no(`[голосовое] слушайте у нас лицензия на вос похоже кончилась, в интерфейсе пишет license expired и новые регистрации не проходят, старые пока висят. кто продлевает вы или мы напрямую у китайцев`),
    no(`Клиент жалуется что шлюз Dinstar не регистрируется, в трейсе:
REGISTER sip:sw.ourvoip.ru SIP/2.0
SIP/2.0 404 Not Found
мы на днях чистили неактивных абонентов в VOS, может его аккаунт случайно удалили? логин gw_dinstar_77`),
    no(`Саламатсызбы, кечээ биллингден эски аккаунттарды тазаладык, эми 5 кардар "каттоо жок" деп жатат. Байкабай керектүү аккаунттарды да өчүрүп салдык окшойт. Кайра калыбына келтирсе болобу же жаңыдан түзөбүзбү?`),
    no(`Hi, my customer say his GoIP gateway show "Register fail" since yesterday. he changed internet provider and now has PPPoE with a new public IP, and we have IP auth on his account in VOS. what to do, just change the IP in the account?`),
    no(`Салом, телефонҳои Grandstream дар филиали Хуҷанд регистрация намешаванд. Ҳангоми таъмири кӯча кабели интернетро буриданд, провайдер гуфт фардо мепайвандад. Ин хабар барои шумо, то беҳуда ҷустуҷӯ накунед.`),
    no(`Добрый день, у нас в Кишиневе после грозы сгорел свитч PoE, половина телефонов без линка, в VOS они unregistered. Сегодня поменяем. Просто чтобы вы не искали у себя на сервере.`),
    no(`zdravstvuite, posle obnovleniya proshivki na Fanvil X3S slilsya konfig, vse 12 apparatov bez registracii, tam pustoe pole SIP server i login. nado zanovo cherez provisioning zalivat ili est sposob bystree?`),
    no(`ну і що це таке?? всі мої 40 абонентів впали!! на телефонах 401 Unauthorized. Ви пароль на мій реселерський акаунт міняли без попередження?? мені ніхто нічого не писав`),
    no(`У нас DECT-трубки и Wi-Fi телефоны Yealink W60 на дальнем складе периодически отваливаются, unregistered минут на 5-10. Там сигнал слабый, одна палка, склад металлический. Может это всё-таки из-за вашего сервера?`),
    no(`Assalomu alaykum, omborxonadagi bir nechta DECT trubkalarda batareya o'lib qolgan, ekranda "No service" chiqyapti va VOS da ular unregistered. Yangi batareya buyurdik. Shunchaki sizga ma'lum bo'lsin`),
    no(`გამარჯობა, Zoiper iPhone-ზე ფონურ რეჟიმში ითიშება და ზარები არ შემოდის, რეგისტრაცია ქრება. Android-ზე battery optimization გამოვრთეთ და გამოსწორდა. iPhone-ზე რა ვქნათ? push ხომ არ გაქვთ?`),
    no(`hello, our client in Gyumri, all phones unregistered since morning. their ISP have outage in the whole city, they confirmed on phone. just fyi, will check again when internet back`),
    no(`Клиент поставил новый Кинетик вместо старого Асуса, телефоны за NAT по UDP перестали регистрироваться, на старом роутере всё работало. Подозреваю SIP ALG, в Кинетике он по умолчанию включён. Как его там выключить?`),
    no(`Здравствуйте, после того как из-за фрода сменили пароли всем SIP-аккаунтам, три офиса не зарегистрировались — там админ в отпуске и новые пароли никто не вбил. Можно временно старые вернуть на эти три?`),
    no(`Здравствуйте, у нас сертификат на sip.ourdomain.kz истёк вчера, софтфоны по TLS не регистрируются, в логах certificate expired. Letsencrypt не продлился автоматически. Сегодня обновим, после этого нужно что-то перезапускать в VOS?`),
    no(`[ovozli xabar] alo, salom, bizda ofisda ertalabdan svet yo'q edi, generator ham ishlamadi, hozir svet keldi lekin ikkita telefon hali ham registratsiya qilmayapti, qolganlari hammasi ok. ular PoE dan emas, blokdan ishlaydi`),
    no(`Пересылаю от клиента:
"Добрый день, у меня телефон пишет Registration failed. Пароль мне дали новый вчера, я его ввёл, но может с ошибкой, там буквы похожие l и I"
Скиньте пожалуйста ему пароль ещё раз в нормальном шрифте`),
    no(`barev dzez, mer 3 hat gateway-@ chi register linum, VOS-um grum a "Account expired". Vcharel enq erek, hashvapahn asum a pogh@ anceli e. Karox eq stugel ev miacnel?`),
    no(`Здравствуйте. У нас в офисе в Бишкеке уборщица выдернула кабель из роутера при уборке, весь офис был unregistered полчаса. Воткнули — всё поднялось. Это нормально что так долго поднималось?`),
  ],
  smallFigures: [
    no(`Подскажите, на сервере ss -s показывает timewait 312, это нормально? Нагрузка небольшая, 20-30 звонков одновременно, жалоб нет.`),
    no(`what is TIME_WAIT exactly? our junior saw it in netstat and got scared, asked me if server is hacked. i dont know how to explain simple`),
    no(`Доброго дня. Чи варто вмикати net.ipv4.tcp_tw_reuse на нашому VOS? Проблем немає взагалі, просто начиталися статей про тюнінг Linux і хочемо зрозуміти, чи є сенс.`),
    no(`chto delaet parametr SS_TCP_CLOSE_RESET? v manuale napisano odnoi strochkoi, neponyatno. kogda ego imeet smysl vklyuchat a kogda net`),
    no(`Total: 412 (kernel 0)
TCP:   156 (estab 48, closed 91, orphaned 0, synrecv 0, timewait 89/0), ports 0

Transport Total     IP        IPv6
RAW       0         0         0
UDP       23        20        3
TCP       65        62        3
vse ok ili est problema? prosto plannovaya proverka raz v mesyac`),
    no(`Сәлеметсіз бе, netstat-та 400-ге жуық TIME_WAIT көрдім. Бұл қалыпты ма? Қоңыраулар жақсы өтіп жатыр, клиенттерден шағым жоқ.`),
    no(`Assalomu alaykum, serverda 250 ta TIME_WAIT bor, CPS 3-5 atrofida. Normalmi? Hech qanday muammo yo'q, shunchaki tekshiryapmiz, yangi admin o'rganyapti`),
    no(`Բարև ձեզ, ի՞նչ է TIME_WAIT-ը և ինչու է այն մնում մոտ 60 վայրկյան։ Մեր մոտ ~150 հատ է, խնդիր չկա, ուղղակի ուզում եմ հասկանալ։`),
    no(`გამარჯობა, ip_local_port_range-ის default მნიშვნელობა რა არის CentOS 7-ზე და საჭიროა თუ არა შეცვლა? ჩვენთან 40-50 ერთდროული ზარია, ყველაფერი მუშაობს.`),
    no(`[голосовое] ну смотрите мы раз в месяц делаем проверку сервера и вот в этот раз насчитали тайм вейтов где-то штук шестьсот, в прошлый раз было триста, это плохо или нормально, звонки все идут нормально, никто не жалуется`),
    no(`Hi, quick question. What is the difference between FIN and RST close for SIP over TCP? Which one is default in VOS3000? No issue on our side, I am writing internal documentation.`),
    no(`Саламатсызбы, бизде 80ге жакын TIME_WAIT, CPS 2-3. Кийинки айда трафик эки эсе көбөйөт. Азыр эч кандай көйгөй жок, бирок алдын ала бир нерсе жөндөш керекпи?`),
    no(`Салом, tcp_fin_timeout чист ва оё бояд онро тағйир диҳем? Дар сервери мо 200-300 TIME_WAIT ҳаст, ҳама чиз кор мекунад.`),
    no(`skolko TIME_WAIT schitaetsya mnogo? u nas 1.2к na pike v 19:00, zvonki idut bez oshibok, ASR normalnyi. prosto hochu znat porog dlya alerta v zabbix`),
    no(`Підкажіть, що означає статус CLOSE_WAIT у netstat? У нас їх 12 штук, висять до ранку, потім зникають. Ні на що не впливає, просто цікаво.`),
    no(`# netstat -ant | awk '{print $6}' | sort | uniq -c
     38 ESTABLISHED
      6 LISTEN
    214 TIME_WAIT
      1 Foreign
норм? это в час пик`),
    no(`we plan to grow to 200 CPS next year, now we have 15 CPS and around 900 TIME_WAIT. should we already enable tw_reuse now or wait? everything works fine today`),
    no(`Добрый день, какой ip_local_port_range стоит по умолчанию в вашем образе VOS? 32768 60999? Заполняю паспорт сервера для аудита, проблем нет.`),
    no(`Bună ziua, avem vreo 300 de conexiuni în TIME_WAIT pe VOS la ora de vârf. E normal? Nu sunt probleme cu apelurile, doar am observat în monitorizare.`),
    no(`Салом, tcp_tw_recycle ва tcp_tw_reuse фарқи нима? Қайси бирини ёқиш хавфсиз? Ҳозир ҳеч муаммо йўқ, 100 тача TIME_WAIT бор холос.`),
    no(`Коллеги, вопрос теоретический: RST при закрытии TCP это плохо? Видел в tcpdump пару пакетов с флагом [R.] на 5060, штук пять за час, от какого-то сканера видимо. Звонки идут, регистрации на месте.`),
    no(`barev, ss -s cuyc a talis timewait 47. normal a? nor server enq dnel, der trafik chka, mi qani test zang`),
    no(`ss -s from our night check as you asked:
Total: 233 (kernel 245)
TCP:   61 (estab 22, closed 30, orphaned 0, synrecv 0, timewait 30/0), ports 0
all fine i guess? just sending for your records`),
    no(`salem, ephemeral port degen ne? bizde ip_local_port_range 32768-60999, yagni 28 myn port bar eken. 30 qońyrauǵa jetedi me? qazir bári jaqsy isteip tur`),
    no(`salom, mo dar server 350 TIME_WAIT didem, in nishonai hujum nest? zangho normal meravand, CPU 5%`),
    no(`Добрый вечер. Скажите, SS_TCP_CLOSE_RESET влияет на UDP? У нас 90% трафика UDP, 10% TCP, TIME_WAIT около сотни. Просто интересуюсь, менять ничего не планируем.`),
    no(`მოგესალმებით, რამდენი TIME_WAIT ითვლება ნორმად? ჩვენთან დაახლოებით 500-ია პიკის საათში, 10 CPS. პრობლემა არ გვაქვს, უბრალოდ ვამოწმებთ.`),
  ],
  firewallNoRst: [
    no(`Добрый день. Нужно открыть 5060 TCP/UDP и RTP 10000-20000 на FortiGate для нового оператора, IP 185.22.x.x. Подскажите как правильно policy сделать, чтобы не открыть всему миру.`),
    no(`pls whitelist our new carrier IP 91.203.x.x on vos firewall, they start traffic tomorrow 9am. also their backup 91.203.x.y`),
    no(`fail2ban забанив IP нашого клієнта після кількох невдалих спроб реєстрації (він пароль неправильно вводив). Як його розбанити і додати в ignoreip, щоб не повторилось?`),
    no(`privet, kak otkryt port 8080 web portala tolko dlya nashego ofisa? sejchas on otkryt vsem v internet, boimsya. ofis 46.x.x.x`),
    no(`Сәлеметсіз бе, Қытай мен Нигериядан SIP сканерлер көп келеді, логтар толып кетті. iptables арқылы geo-blocking қалай жасауға болады? Тек KZ, RU, UZ рұқсат етілсе.`),
    no(`Salom, MikroTik da VOS web portalga port forwarding qanday qilinadi? Tashqaridan 8443 ni ichki 192.168.88.10:8080 ga yo'naltirmoqchimiz. dst-nat qoidasini yozib bera olasizmi?`),
    no(`Բարև, pfSense-ում ուզում ենք rate limit դնել SIP-ի համար, որ registration flood-ից պաշտպանվենք։ Ինչ արժեք խորհուրդ կտաք մեկ IP-ի համար վայրկյանում?`),
    no(`გამარჯობა, ახალი კარიერისთვის FortiGate-ზე policy უნდა დავამატოთ: IP 212.72.x.x, SIP 5060 და RTP 10000-20000. Virtual IP უკვე გვაქვს. დამეხმარებით სწორად დაწერაში?`),
    no(`iptables -L INPUT -n --line-numbers
1  ACCEPT  all  --  10.0.0.0/8     0.0.0.0/0
2  DROP    udp  --  0.0.0.0/0      0.0.0.0/0   udp dpt:5060
3  ACCEPT  udp  --  77.88.x.x      0.0.0.0/0   udp dpt:5060
мы случайно закрыли 5060 UDP для всех, правило с оператором ниже дропа. правильно сделать insert ACCEPT на позицию 2?`),
    no(`[голосовое] слушай брат, нам надо чтобы на фаерволе закрыли всё кроме наших операторов и наших офисов, список айпишников я скину отдельно, там штук пятнадцать, сделайте пожалуйста сегодня до вечера`),
    no(`SIP ALG on our Cisco router at the office, disable or not? we have SonicWall at the DC and Cisco at office. calls ok now, just asking best practice before we replace the router`),
    no(`Саламатсызбы, fail2ban өзүбүздүн офистин IP'син бөгөттөп салды, ssh менен кире албай калдык. Консоль аркылуу кирдик. Кантип ачабыз жана кантип офисти биротоло ак тизмеге кошобуз?`),
    no(`Салом, барои оператори нав дар AWS security group порти 5060 TCP ва RTP-ро кушодан лозим. Қоидаҳо чӣ хел бошанд, ки танҳо аз IP-и оператор бошад?`),
    no(`почему у вас фаервол режет мой новый IP?? я вчера сменил провайдера и теперь в веб-интерфейс не могу зайти, добавьте 95.56.x.x СРОЧНО, у меня бухгалтерия стоит`),
    no(`pryvit, v nas ASA 5516, treba dozvolyty RTP diapazon 10000-20000 dlia novogo operatora z Polshchi. chy treba shche shchos krim 5060? inspect sip vmykaty chy ni?`),
    no(`Jan 12 03:14:22 vos kernel: [UFW BLOCK] IN=eth0 OUT= SRC=45.143.x.x DST=10.1.1.5 PROTO=UDP SPT=5084 DPT=5060 LEN=420
Jan 12 03:14:23 vos kernel: [UFW BLOCK] IN=eth0 OUT= SRC=45.143.x.x DST=10.1.1.5 PROTO=UDP SPT=5085 DPT=5060 LEN=420
thousands lines like this every night from scanners. is it okay or we need to do something more? calls working`),
    no(`Salut, vrem să blocăm toate țările în afară de Moldova, România și Ucraina pe portul 5060. Cum facem pe pfSense, cu pfBlockerNG? Sau e mai bine direct pe serverul VOS?`),
    no(`Коллеги, нужен совет по hashlimit в iptables: хотим ограничить не больше 20 новых SIP соединений в секунду с одного IP. Не порежем ли легитимного оператора, у которого с одного IP до 60 CPS?`),
    no(`barev, mer nor SonicWall-um inchpes anenq port forwarding web portali hamar (8080) VOS serverin? hin Tp-Link routerum ashxatum er, hima chi bacvum drsic`),
    no(`Добрый день, для тбилисского офиса нужно открыть доступ к веб-интерфейсу VOS только с трёх IP. Где это лучше делать — в самом VOS есть такая настройка или в iptables?`),
    no(`Ассалому алайкум, серверда firewalld ишлатамиз. Янги оператор учун 5060/udp ва 10000-20000/udp очмоқчимиз, лекин фақат унинг IP сидан. Қайси буйруқ билан?`),
    no(`Сәлем, FortiGate-та VoIP profile және session-helper sip тұр. Форумдарда session-helper-ді өшіру керек дейді. Бізде бәрі UDP, қазір жұмыс істеп тұр. Өшірейік пе, әлде тимейік пе?`),
    no(`we got registration flood last night from like 3000 IPs, cpu 100% for an hour. now stopped. what you recommend to put before VOS for SIP protection? some SBC or just iptables rules?`),
    no(`salom, fail2ban-ro baroi VOS web login chi tavr sozem? har shab bruteforce meshavad, dar log sadho login-i nodurust. jail-i tayyor dored?`),
    no(`Пересылаю от нашего сетевика: "на микротике навёл порядок в firewall filter, убрал старые правила, добавил address-list операторов". Нам с вашей стороны что-то надо проверить? Звонки пока идут нормально.`),
    no(`Потрібно додати нові IP оператора в whitelist: і в самому VOS (IP шлюзу маршрутизації), і в iptables. Оператор дав дві адреси, основну і резервну. Підкажіть де саме в VOS це задається.`),
    no(`hello, our Azure NSG block port 5061, need to open it for one client who use TLS softphones. which ports exactly we need, only 5061 or also RTP range?`),
  ],
  negationContext: [
    no(`У нас все абоненты и транки только по UDP, TCP не используем вообще. Так что ваша рассылка про RST и телефоны за NAT к нам не относится, правильно понимаю? Ничего не ломалось.`),
    no(`FYI: last week we had that TIME_WAIT problem, around 30k sockets at peak, your team fixed it with tw_reuse and port range. Since then all stable, zero failures for 7 days. You can close the ticket.`),
    no(`Питання гіпотетичне: якщо ми увімкнемо RST режим, телефони за NAT у філіях не відпадуть? Зараз SS_TCP_CLOSE_RESET в Off, все працює, просто плануємо на наступний квартал.`),
    no(`RST u nas nikogda ne vklyuchali, proverili softswitch.conf — SS_TCP_CLOSE_RESET="Off". Te telefony byli unregistered potomu chto klient sam parol pomenyal i zabyl, uzhe razobralis, vse zaregalis`),
    no(`Бұл сұрақ біздің жұмыс серверге емес, зертханадағы тест серверге қатысты: онда 30 000 TIME_WAIT болды, бірақ біз оны SIPp-пен әдейі жүктедік. Продакшн қалыпты, 200-ге жетпейді. Тест серверде не өзгертуге болады, қызық үшін сұрап отырмын.`),
    no(`Salom, o'tgan oy firewall RST paketlarni tashlayotgan edi, siz RST ni Off qildingiz, hammasi tuzaldi. Oylik hisobot uchun yozyapman, hozir hech qanday muammo yo'q. Rahmat!`),
    no(`Բարև, մեր Zabbix-ը ալարմ տվեց «TIME_WAIT > 20000», բայց պարզվեց, որ script-ը սխալ էր հաշվում (բոլոր state-երը գումարում էր)։ Իրականում 180 է։ Ոչինչ պետք չէ անել, ուղղակի տեղեկացնում եմ։`),
    no(`გამარჯობა, ეს კითხვა training-ისთვისაა: რატომ კარგავენ რეგისტრაციას NAT-ის უკან მყოფი TCP ტელეფონები RST რეჟიმში? ჩვენთან არაფერი არ არის გაფუჭებული, RST გამორთულია.`),
    no(`[голосовое] короче это не срочно, просто коллега рассказывал что у него на прошлой работе после включения RST все телефоны за микротиком отвалились, вот хотел спросить это правда так бывает? у нас RST выключен и мы его трогать не собираемся`),
    no(`nobody changed anything on the switch, RST is Off as always, i checked. the unregistered phones are the ones at the branch where power went out this morning. ignore my previous message about NAT, sorry`),
    no(`my planuiemo pereity z UDP na TCP dlia vsikh abonentiv cherez misiats. Chy treba todi vmykaty SS_TCP_CLOSE_RESET? Zaraz vin Off, TIME_WAIT malo, problem nemaie. Prosto khochemo znaty zazdalegid.`),
    no(`Это не у нас: у соседа по стойке фаервол дропает RST и звонки висят, он спросил, я обещал узнать. У них вообще не VOS, а FreeSWITCH за pfSense. Есть что подсказать или это не ваш профиль?`),
    no(`Саламатсызбы, "address already in use" катасы кечээ болгон, бирок ал биз тест үчүн экинчи softswitch ачканда гана болду. Экинчисин өчүрдүк, азыр баары жакшы, TIME_WAIT аз. Жөн гана маалымат үчүн.`),
    no(`Салом, мо RST-ро фаъол накардаем ва намекунем, чунки ҳамаи телефонҳои мо паси NAT ва TCP мебошанд. Танҳо хостам тасдиқ кунед, ки default Off аст ва баъд аз update худ ба худ On намешавад.`),
    no(`our monitoring showed "RST dropped" on the fortigate this night but it was from a port scan to telnet 23, nothing with SIP. calls all fine, RST mode on VOS never touched. just want you to know we checked`),
    no(`После смены пароля на всех 60 телефонах перерегистрировались нормально, ни одного unregistered. Сообщаю что плановые работы закончены, спасибо за помощь.`),
    no(`Eto ne problema, eto vopros na sobesedovanie dlya nashego novogo admina: "chto budet s TIME_WAIT i s NAT-telefonami, esli vklyuchit RST na softswitche". Kak by vy otvetili kratko?`),
    no(`Ескі тикетті жабыңыз: NAT артындағы телефондардың тіркеуден түсуі шешілді, сіздер RST-ны Off қайтардыңыздар, бір апта бойы бәрі тұрақты. Рақмет.`),
    no(`Агар биз RST ни ёқсак, FortiGate RST пакетларни ташлаб юборадими? Ҳозир ёқмаймиз, фақат келаси йил учун режа тузяпмиз, ҳозирча ҳаммаси Off ва ишлаяпти.`),
    no(`barev, mer serverum RST chi miacvac, u voch mi ban chenq poxel. zangeri xndir@ ISP-i mot er, arden lucel en, erekvanic normal a. shnorhakalutyun`),
    no(`Это не про нас, переслал вам рассылку от вендора для инфо: "Enabling SS_TCP_CLOSE_RESET may cause NAT devices to lose TCP registration". У нас UDP везде, ни одного TCP абонента, так что мимо.`),
    no(`Hypothetical: if one day we reach 50k TIME_WAIT, what would you do first? we are at 400 now at peak, growing slowly, nothing fails. just want a plan in the drawer`),
    no(`Ложная тревога. Писал вчера что BindException на исходящих — это разработчик в своём скрипте выгрузки CDR порт жёстко прописал. На самом VOS всё нормально, TIME_WAIT штук 300, звонки идут.`),
    no(`Для протоколу: позавчора був інцидент — pfSense відкидав RST від VOS, дзвінки висіли. Ви повернули SS_TCP_CLOSE_RESET в Off, відтоді жодної скарги від клієнтів. Звіт для керівництва, нічого робити не треба.`),
    no(`Colegul meu a citit că trebuie să activăm RST ca să scăpăm de TIME_WAIT. Eu zic că nu e cazul: avem 150 TIME_WAIT și multe telefoane în spatele NAT. Nimic nu e stricat. Cine are dreptate?`),
    no(`salom, telefonho unregistered naboodand, man khato kardam — dar panel filtrro "offline" guzoshta budam. Hama online hastand, RST ham off ast. Bubakhshed baroi tashvish`),
    no(`stop sending me the RST NAT advice, we dont use TCP at all, all our 2000 endpoints are on UDP 5060. the problem yesterday was ISP and its gone. close it`),
  ],
  portExhaustion: [
    pe(`Добрый день. Каждый вечер с 19 до 22 на пике звонки к оператору по TCP не проходят, в логе mbx3000 "connect failed: Cannot assign requested address". ss -s показывает timewait 28 тыс. После рестарта на час легче, потом опять.`),
    pe(`srochno!!! na pike CPS pod 180 novye TCP soedineniya k karieram ne sozdayutsya, netstat TIME_WAIT 31к, v logah bind error address already in use. noch'yu vse ok, segodnya uzhe tretiy raz`),
    pe(`Доброго вечора. Знову те саме, що й учора: о 20:00 дзвінки на оператора по TCP падають, у логах "Address already in use" при вихідному з'єднанні, TIME_WAIT тисяч 30. Перезапуск допомагає на годину, не більше.`),
    pe(`hi team, on peak hours our vos cant open new tcp to upstream carriers, error EADDRINUSE in log, ss -s show timewait 29432. after 1am all normal again. please help, this is 3rd day and customers complain`),
    pe(`Total: 33012 (kernel 33200)
TCP:   32514 (estab 612, closed 31880, orphaned 3, synrecv 0, timewait 31877/0), ports 0
и в логе свича пачками "bind: Cannot assign requested address". Это прямо сейчас, вечерний пик, звонки на транки по TCP сыпятся`),
    pe(`Сәлеметсіз бе, кешке қарай пик уақытта (шамамен 150 CPS) операторға жаңа TCP қосылыстар ашылмай қалады. netstat-та 30 мыңға жуық TIME_WAIT. Логта "cannot assign requested address". Түнде бәрі жақсы, ертеңіне қайталанады.`),
    pe(`Assalomu alaykum, kechqurun pikda serverda TIME_WAIT 30 mingdan oshib ketyapti, operatorga chiquvchi TCP ulanishlar ochilmayapti, logda "Address already in use". Restart qilsak bir soatga yaxshi bo'ladi, keyin yana. Yordam bering iltimos`),
    pe(`Բարև ձեզ, պիկի ժամերին զանգերը չեն անցնում, լոգում կա "java.net.BindException: Cannot assign requested address" ելքային TCP միացումների վրա։ ss-ը ցույց է տալիս մոտ 28 000 TIME_WAIT։ Գիշերը ամեն ինչ նորմալ է, առավոտյան էլ։`),
    pe(`გამარჯობა, საღამოს პიკზე ახალი TCP კავშირები კარიერთან ვერ იხსნება. TIME_WAIT დაახლოებით 30 ათასია. ლოგში: connect() failed (99: Cannot assign requested address). რესტარტის შემდეგ ცოტა ხნით სწორდება, მერე ისევ.`),
    pe(`[голосовое] алло, здрасьте, опять у нас эта беда вечером, в восемь часов начинается, звонки на оператора по тэ-сэ-пэ не уходят, я посмотрел там этих тайм вейтов тыщ тридцать, перезагрузили сервер стало нормально, но завтра опять будет, сделайте уже что-нибудь`),
    pe(`Переслано от NOC:
"21:05 ASR по транку Beeline TCP упал до 12%, на свиче 29к TIME_WAIT, в mbx3000 логе 'tcp connect error: Address already in use'. 23:30 восстановилось само."
И так третий день подряд. Сегодня ждём то же самое.`),
    pe(`Саламатсызбы, кечки пикте серверде TIME_WAIT 30 миңден ашат, операторго жаңы TCP туташуу ачылбай жатат, логдо "Cannot assign requested address" толуп кетет. Түнкүсүн баары жакшы. Трафик бир жумада эки эсе өстү.`),
    pe(`Салом, ҳар бегоҳ дар вақти пик (тақрибан 200 CPS) пайвастҳои нави TCP ба операторҳо кушода намешаванд. netstat 31 ҳазор TIME_WAIT нишон медиҳад. Бозоғоз ёрӣ медиҳад, аммо на дароз. Имрӯз ҳам ҳамин тавр.`),
    pe(`# netstat -ant | awk '{print $6}' | sort | uniq -c | sort -rn
  29871 TIME_WAIT
    844 ESTABLISHED
     12 LISTEN
calls to carrier over TCP failing right now with "cannot bind local port" in softswitch log. 170 cps at peak. what to do`),
    pe(`ДА СКОЛЬКО МОЖНО. третий вечер подряд на пике звонки не идут, в логе address already in use на исходящих, TIME_WAIT 30к+, у меня клиенты уходят!!! рестарт помогает минут на 40`),
    pe(`Bună seara, la ora de vârf VOS nu mai poate deschide conexiuni TCP noi spre operator, în log apare "Cannot assign requested address", iar ss -s arată ~28.000 timewait. Noaptea merge normal. Se repetă în fiecare seară.`),
    pe(`dobryi vechir, pislia zbilshennia trafiku do 160 CPS na piku ne prokhodiat dzvinky po TCP, v lozi "bind failed EADDRINUSE", TIME_WAIT ~30 tys. vnochi vse dobre, vdenj ok, tilky vvecheri`),
    pe(`Our new wholesale client push 250 CPS since Monday. Every evening the outgoing TCP legs fail with "Address already in use", TIME_WAIT goes up to 32k. Reboot gives 1 hour relief. Can you tune the server please, today if possible`),
    pe(`Salem, túsken keiin pik bastalǵanda TIME_WAIT 27 myń bolady, operatorǵa jańa TCP qosylys ashylmaidy, logta "Cannot assign requested address". restart kómektesedi biraq uzaqqa emes`),
    pe(`TIME_WAIT 30 тыщ, новые TCP к операторам не открываются, пик. Помогите`),
    pe(`Салом, кечки пикда серверда 28 000 дан ортиқ TIME_WAIT, операторга янги TCP уланиш очилмаяпти, логда "bind: Address already in use". Кечаси ҳаммаси жойида. Ҳозир ҳам шу ҳолат.`),
    pe(`ss -tan state time-wait | wc -l
30412   (at 20:40)
1907    (at 03:00, same box)
at 20:40 our carriers over TCP fail with cannot assign requested address, at night nothing. it is like this every day this week`),
    pe(`Привет, у нас вечером SIP-транк по TCP к Magti не поднимает новые соединения, ss -s timewait 29k, в логе EADDRINUSE. Утром всё ок. Что крутить? Уже неделю так.`),
    pe(`[голосове] привіт, знову ввечері та сама біда, нові з'єднання на оператора не створюються, тайм вейтів тисяч двадцять вісім, в логах пише адреса вже використовується, ребут допомагає але ненадовго, до ранку не дотягує`),
    pe(`Переслали от китайского саппорта описание:
"高峰期 TIME_WAIT 超过3万，新的TCP连接失败 Cannot assign requested address"
У нас сейчас ровно то же самое: вечером звонки по TCP к операторам не идут, TIME_WAIT 3万 по-ихнему, то есть тысяч 30.`),
    pe(`barev, ereko pikayin zhamin TCP zangery operatorin chen ancnum, log-um "Cannot assign requested address", timewait 30 hazar. restart-ic heto lav a mi qani zham, heto nuyn@. aysor el nuyn@ klini`),
    pe(`Salam, kechinde CPS 140 bolgondo "TCP connect error: address already in use" chygat, TIME_WAIT 29 miñge jetet, ertesi kunu kaira. Eki kundön beri kardarlar naarazy`),
    pe(`salom, begohi TIME_WAIT 30k meshavad va zangho ba operator az TCP namegzarand, dar log "address already in use". shab hama khub, subh ham khub. faqat dar pik`),
    pe(`2024-03-14 20:11:07 [ERR] sip tcp connect 10.20.0.4 -> 194.x.x.x:5060 failed: Cannot assign requested address
2024-03-14 20:11:07 [ERR] sip tcp connect 10.20.0.4 -> 194.x.x.x:5060 failed: Cannot assign requested address
... тысячи таких, timewait 27 тыс. Каждый вечер одно и то же, после 23 проходит.`),
    pe(`Кол-во TIME_WAIT растёт с 2 тыс. утром до 30 тыс. к 20:00, и ровно в это время начинаются отказы исходящих TCP к операторам ("cannot assign requested address"). На графике Zabbix прямо видно. Что посоветуете? Сегодня вечером снова будет.`),
  ],
  natUnregistered: [
    nat(`После того как включили SS_TCP_CLOSE_RESET, телефоны в филиале за микротиком (SIP по TCP) постоянно теряют регистрацию, то зелёные то серые. Те, что с белыми IP в главном офисе, работают нормально.`),
    nat(`posle vklyucheniya RST rezhima vse softfony u domashnih sotrudnikov (za ih routerami, TCP) stanovyatsya unregistered kazhdye 5 minut. ofisnye apparaty s publichnym IP ok. chto delat?`),
    nat(`Доброго дня. Вчора ви увімкнули RST на сервері через TIME_WAIT. Сьогодні всі телефони Yealink у філії в Житомирі (за NAT, SIP по TCP) показують unregistered. Ті що по UDP працюють, як і раніше.`),
    nat(`since you turned RST on, my phones behind NAT keep dropping registration, every few min they show unregistered then come back. they use TCP. the phones with public IP are fine`),
    nat(`Сәлеметсіз бе, RST режимін қосқаннан бері Алматыдағы филиалдың телефондары (MikroTik артында, TCP) тіркеуден түсіп қалады. Астанадағы ақ IP-дегі телефондар жақсы жұмыс істейді.`),
    nat(`Salom, SS_TCP_CLOSE_RESET ni On qilganimizdan beri Samarqand filialidagi telefonlar (NAT orqasida, TCP) registratsiyadan tushib qolyapti. Toshkentdagi public IP dagilari normal ishlayapti.`),
    nat(`Բարև, RST ռեժիմը միացնելուց հետո Վանաձորի մասնաճյուղի հեռախոսները (router-ի հետևում, TCP) անընդհատ կորցնում են գրանցումը։ Երևանի գրասենյակը, որը public IP ունի, նորմալ է։`),
    nat(`გამარჯობა, RST რეჟიმის ჩართვის შემდეგ სახლიდან მომუშავე ოპერატორების softphone-ები (სახლის როუტერის უკან, TCP) რეგისტრაციას კარგავენ ყოველ რამდენიმე წუთში. ოფისში, საჯარო IP-ზე, ყველაფერი კარგადაა.`),
    nat(`[голосовое] алло, слушайте, после того как вы там в настройках этот ресет включили, у нас все телефоны дома у операторов колл-центра отваливаются, они все через домашние роутеры и по тэ-сэ-пэ, а в офисе где белый айпи всё нормально`),
    nat(`Пересылаю от админа филиала в Гомеле:
"с обеда все 14 аппаратов за кинетиком серые, unregistered, через минуту появляются и снова пропадают. SIP по TCP."
У нас в 12:00 как раз включили SS_TCP_CLOSE_RESET=On по вашей рекомендации.`),
    nat(`# grep RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
с тех пор как поменяли, Grandstream в магазинах (за NAT, по TCP) регистрируются и через 30-40 сек пропадают. Магазины на статических белых IP держатся.`),
    nat(`Саламатсызбы, RST күйгүзгөндөн кийин Ош шаарындагы филиалдын телефондору (NAT артында, TCP) каттоодон түшүп калып жатат. Бишкектеги ак IP'дегилер жакшы иштейт.`),
    nat(`Салом, пас аз фаъол кардани RST телефонҳои филиали Бохтар (паси NAT, TCP) регистратсияро гум мекунанд. Телефонҳое, ки IP-и оммавӣ доранд, хуб кор мекунанд.`),
    nat(`Ext   Status        Contact
2001  Unregistered  tcp:192.168.1.23:5060 (via 88.x.x.x)
2002  Unregistered  tcp:192.168.1.24:5060 (via 88.x.x.x)
3001  Registered    udp:37.x.x.x:5060
these tcp ones behind the office router flip every few minutes since RST=On on wednesday. udp and public ones stay registered`),
    nat(`вы что сделали с сервером?? с утра как вы RST включили, у меня все удалёнщики на Zoiper по TCP вылетают из регистрации, офис с белым IP работает. ВЕРНИТЕ КАК БЫЛО`),
    nat(`Bună ziua, de când ați activat modul RST, telefoanele din filiala din Bălți (în spatele NAT, SIP pe TCP) apar unregistered intermitent. Cele din Chișinău, cu IP public, merg fără probleme.`),
    nat(`pislia vvimknennia RST telefony za mikrotikom u skladi po TCP ves chas vidpadaiut, unregistered, potim znovu zeleni. ti shcho po UDP i z bilym IP — ok`),
    nat(`salem, RST qosqannan beri úıden isteıtin qyzmetkerlerdiń softfondary (router artynda, TCP) tirkelmeı qalady, 2-3 minut saıyn túsip qalady. ofistegi aq IP-daǵylar ok.`),
    nat(`После включения RST в батумском офисе (за NAT, SIP по TCP) телефоны Fanvil теряют регистрацию каждые несколько минут. Центральный офис в Тбилиси на публичном IP в порядке.`),
    nat(`barev, RST-@ miacnelu heto Gyumri-i ofisi heraxosnery (NAT-i hetevum, TCP) chgrancvac en, amen mi qani rope ynknum en. Yerevani hanrayin IP unecoghnery normal en`),
    nat(`Ассалому алайкум, RST режими ёқилгандан кейин уйдан ишлайдиган ходимларимиз (NAT, TCP) софтфонлари регистрациядан тушиб қоляпти. Офисдаги оқ IP ли телефонлар нормал.`),
    nat(`Context: on Tuesday your engineer enabled SS_TCP_CLOSE_RESET to fix TIME_WAIT. TIME_WAIT went down, good. But since Tuesday our 3 branch offices, all behind NAT on MikroTik, with Yealink T46 over TCP, show registration lost every ~2 minutes. HQ phones with public IPs and the UDP gateways are fine.`),
    nat(`[голосовое] саламатсыз ба, короче после того как RST включили, үйдегі роутерлердің артындағы телефондар TCP-мен отваливаются, тіркеу жоқ, офисте ақ IP нормально`),
    nat(`salom, posle RST on telefonho dar filiali Khujand (mikrotik NAT, TCP) har 5 daqiqa unregistered meshavand. IP-i public-dor ok, UDP-dor ham ok`),
    nat(`С понедельника, после включения сброса TCP через RST, у нас в трёх филиалах за NAT телефоны по TCP раз в пару минут уходят в unregistered. Keep-alive на телефонах 30 сек стоит. Аппараты на UDP и с публичными IP не страдают.`),
    nat(`RST on -> NATed TCP phones unregistered. Public ones fine. Help`),
    nat(`Переслане повідомлення від клієнта:
"Добрий день, з учора мої 6 телефонів удома і в магазині (роутер TP-Link) постійно втрачають реєстрацію."
Ми вчора ввімкнули SS_TCP_CLOSE_RESET. Клієнти на UDP і з білими IP без скарг.`),
    nat(`ჩვენს ქუთაისის ფილიალში Linksys SPA აპარატები Keenetic-ის უკან, TCP-ით, RST-ის ჩართვის დღიდან ვერ ინარჩუნებენ რეგისტრაციას. თბილისის ოფისი საჯარო IP-ით კარგად მუშაობს. რა ვქნათ?`),
    nat(`RST vklyuchili v pyatnicu — s teh por Linksys SPA za Keenetic u klientov po TCP otvalivayutsya, v VOS vidno unregistered. belye IP norm. i tak uzhe tretii den`),
    nat(`14:02:11.120 IP vos.5060 > 91.x.x.x.41822: Flags [R.], seq 88123, ack 4411, win 0
14:02:40.553 IP 91.x.x.x.41822 > vos.5060: Flags [P.], length 612: SIP REGISTER
14:02:40.553 IP vos.5060 > 91.x.x.x.41822: Flags [R], seq 0
91.x.x.x is our office mikrotik NAT. phones there unregistered since RST On. other sites with public ip ok`),
  ],
  firewallRst: [
    fw(`После включения RST режима звонки через наш FortiGate зависают: соединились и тишина. В логах Forti отбрасываются пакеты с флагом RST ("no session matched"), а у оператора соединения висят ESTABLISHED.`),
    fw(`posle vklyucheniya SS_TCP_CLOSE_RESET zvonki cherez pfSense k operatoru ne prohodyat ili visyat, v logah pfSense blokiruyutsya pakety TCP:R (state mismatch), u operatora visyat polu-otkrytye soedineniya`),
    fw(`Добрий день. Відколи ввімкнули RST, дзвінки через Cisco ASA обриваються або висять. В ASA логах: "%ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 194.x.x.x/5060 flags RST". Оператор бачить ESTABLISHED сесії, що не закриваються.`),
    fw(`since RST mode on, calls via our fortigate fail randomly, fortigate log show RST dropped, carrier side still has ESTABLISHED sessions from us. pls help`),
    fw(`Сәлеметсіз бе, RST режимін қосқаннан бері FortiGate арқылы қоңыраулар өтпейді, FortiGate логында RST пакеттер тасталды деп тұр. Оператор жағында байланыстар ESTABLISHED күйінде қалып қойған.`),
    fw(`Assalomu alaykum, RST ni yoqqanimizdan beri pfSense orqali qo'ng'iroqlar osilib qolyapti. pfSense logida RST paketlar bloklangan. Operator tomonida ESTABLISHED ulanishlar ko'payib ketgan, yangi INVITE o'tmayapti.`),
    fw(`Բարև, RST ռեժիմը միացնելուց հետո զանգերը FortiGate-ի միջով չեն անցնում կամ կախվում են։ Firewall-ի լոգում RST փաթեթները drop են արվում, օպերատորի կողմում կապերը մնում են ESTABLISHED։`),
    fw(`გამარჯობა, RST რეჟიმის ჩართვის შემდეგ ზარები pfSense-ის გავლით ეკიდება. pfSense-ის ლოგში RST პაკეტები დაბლოკილია, ოპერატორის მხარეს ESTABLISHED სესიები რჩება.`),
    fw(`kernel: [INVALID DROP] IN=eth1 OUT=eth0 SRC=10.0.0.5 DST=194.x.x.x LEN=40 PROTO=TCP SPT=5060 DPT=37712 WINDOW=0 RES=0x00 RST URGP=0
kernel: [INVALID DROP] IN=eth1 OUT=eth0 SRC=10.0.0.5 DST=194.x.x.x LEN=40 PROTO=TCP SPT=5060 DPT=37790 WINDOW=0 RES=0x00 RST URGP=0
много таких на нашем шлюзе с iptables с тех пор как RST включили, звонки к оператору по TCP виснут`),
    fw(`[голосовое] алло, значит так, вчера включили этот RST, и сегодня звонки через фортик висят, то есть соединился и тишина, потом обрыв, наш сетевик говорит что фортигейт эти ресеты выкидывает, сделайте что-нибудь`),
    fw(`Пересылаю от оператора:
"с вашего IP у нас висит 3000 TCP сессий в ESTABLISHED, новые INVITE от вас не доходят, проверьте"
Мы вчера включили RST на VOS. Между VOS и интернетом стоит ASA.`),
    fw(`Саламатсызбы, RST күйгүзгөндөн бери FortiGate аркылуу чалуулар өтпөй жатат, FortiGate логдо RST пакеттер drop болуп жатат. Оператор тарапта ESTABLISHED туташуулар жабылбай калып жатат.`),
    fw(`Салом, пас аз фаъол кардани RST зангҳо тавассути pfSense овезон мешаванд. Дар логи firewall бастаҳои RST рад карда мешаванд. Дар тарафи оператор пайвастҳо ESTABLISHED мемонанд.`),
    fw(`After enabling SS_TCP_CLOSE_RESET, TCP calls from our VOS in AWS to the carrier hang. VPC flow logs show REJECT on the packets with RST flag, and the carrier has stale ESTABLISHED connections from our IP. It is happening all day today.`),
    fw(`Кто включал RST??? С утра через ASA ни один звонок по TCP нормально не проходит, висят по 30 сек и отваливаются, ASA пишет Deny TCP (no connection) ... flags RST. Выключайте!`),
    fw(`Bună ziua, de când s-a pornit RST, apelurile prin FortiGate se blochează. În log-ul FortiGate pachetele RST sunt aruncate, iar la operator conexiunile rămân ESTABLISHED și nu se mai închid.`),
    fw(`pislia vvimknennia RST dzvinky cherez SonicWall zavysayut, v lozi SonicWall "TCP packet received on non-existent/closed connection; TCP packet dropped" z RST. u operatora ESTABLISHED sesii ne zakryvaiutsia`),
    fw(`our VOS sits behind a linux box with iptables conntrack and "-m state --state INVALID -j DROP". since RST was switched on, the RST packets from VOS get dropped there as INVALID, carrier keeps the TCP connection open and calls through it fail`),
    fw(`# conntrack -L -p tcp --dport 5060 | grep -c ESTABLISHED
4188
хотя активных звонков штук 50. с тех пор как RST включили, звонки через наш шлюз на iptables падают, в dmesg "nf_ct_tcp: invalid RST"`),
    fw(`Привет, у нас между VOS и оператором MikroTik с firewall (connection-state=invalid action=drop). После включения RST звонки по TCP висят, в логах микротика дропы invalid с флагом RST. У оператора сессии ESTABLISHED не закрываются.`),
    fw(`barev, RST-@ miacnelu heto zangery FortiGate-ov chen ancnum, log-um RST paketnery drop en linum, operatori koghmum ESTABLISHED sessianer en mnum. aysor amboxj or`),
    fw(`Ассалому алайкум, RST ёқилгандан бери Cisco ASA орқали қўнғироқлар узилиб қоляпти, ASA логида RST пакетлар рад этиляпти ("Deny TCP (no connection)"), операторда ESTABLISHED уланишлар қоляпти.`),
    fw(`salem, RST qosqannan keıin FortiGate arqyly qońyraýlar ilinip qalady, logta RST drop, operator jaǵynda ESTABLISHED qalady. búgin tańnan beri`),
    fw(`since RST turned on, calls through our Azure Firewall to the carrier drop after few seconds. Azure FW logs show TCP RST packets denied as invalid state, carrier see half-open connections from us`),
    fw(`[голосове] добрий день, після того як увімкнули RST, дзвінки через наш фортігейт висять, оператор каже що в нього купа відкритих сесій від нас, наш адмін бачить у логах що фортік ріже ресети`),
    fw(`Наблюдение: с 14:00, когда включили SS_TCP_CLOSE_RESET=On, ASR по TCP-транкам через pfSense упал с 45% до 8%. В pfSense логах блокировки с флагами TCP:R. У оператора ESTABLISHED не закрываются. На UDP-транках всё ок.`),
    fw(`salom, RST-ro on kardem va az on vaqt zangho tavassuti FortiGate ovezon meshavand, dar log RST drop ast, operator ESTABLISHED mebinad. chi kor kunem?`),
    fw(`Salam, RST küygüzgöndön beri pfSense arkyluu chaluular ilinip kalat, pfSense logdo RST blocked, operator tarapta ESTABLISHED. Büt bügün ushundai`),
    fw(`გამარჯობა, RST On-ის შემდეგ SonicWall-ი RST პაკეტებს აგდებს ("TCP packet received on non-existent/closed connection"), ზარები ეკიდება, ოპერატორთან ნახევრად ღია კავშირები რჩება.`),
    fw(`VOS side capture:
10:01:02.331 IP vos.5060 > carrier.5060: Flags [R], seq 1234, win 0
carrier side capture: nothing arrives. carrier still shows ESTABLISHED. between us is our pfSense. started after RST On yesterday, calls hang now`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning235Set: readonly EvalItem[] = Object.values(tuning235Families).flat();
