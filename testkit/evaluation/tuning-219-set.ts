import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 operators, resellers and their NOC staff in Russia, Ukraine, Belarus, Kazakhstan, Uzbekistan, Kyrgyzstan and
 * Tajikistan writing to their provider on WhatsApp: Russian and Ukrainian in Cyrillic or translit, Kazakh, Uzbek (Latin
 * and Cyrillic), Kyrgyz and Tajik mixed with Russian and English technical words, some broken English. Register runs
 * from polite to rude, often unpunctuated; figures like 30 тыс., 30к, 28 000, тыщ 30, 30 ming, 30 мың; voice-note
 * transcripts, forwards from their own customers or staff, pasted netstat, ss -s, tcpdump, firewall and softswitch
 * logs.
 *
 * The two-hundred-and-nineteenth tuning split, written as the two-hundred-and-nineteenth never-tuned evaluation set
 * because Russian-speaking operators from Kyiv to Dushanbe write in two scripts, in translit and in the languages of
 * Central Asia mixed with Russian. Five negative families of 27 (one service that cannot bind its own port,
 * registration lost for another reason, small figures and questions, firewall work without dropped RST, playbook words
 * denied or explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written before the seventy-fifth round of rules by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured as such
 * before and after the seventy-fifth round, then made tuning material for the seventy-sixth: bench/classify lists its
 * misses.
 *
 * First measured, before any tuning on it: in scope 93.3 %, negatives confident 3.0 %, confident wrong 0 % with the
 * rules of the seventy-fourth round, before the seventy-fifth.
 * After the seventy-fifth round: the same.
 * After the seventy-sixth round, tuned on: in scope 98.9 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning219Families = {
  oneListeningPort: [
    no(`Добрый день. После обновления не стартует веб-интерфейс VOS, в логе tomcat: java.net.BindException: Address already in use: JVM_Bind 8080. Похоже что-то другое висит на 8080, как узнать что именно?`),
    no(`privet, mbx3000d ne podnimaetsya posle reboot, pishet bind 5060 failed address already in use. vidimo vtoroi ekzemplyar ostalsya viset, kak ego pravilno ubit?`),
    no(`Доброго дня! Поставили на той самий сервер asterisk для тестів, і тепер софтсвіч не може забіндити 5060, каже address already in use. Asterisk зупинили — все піднялось. Як правильно рознести їх по портах?`),
    no(`Сәлеметсіз бе, nginx іске қосылмайды: bind() to 0.0.0.0:80 failed (98: Address already in use). Серверде apache тұр екен шамасы. Не істеу керек?`),
    no(`Assalomu alaykum, docker compose up qilsam "Bind for 0.0.0.0:3306 failed: port is already allocated" chiqyapti. Serverda eski mysql turgan ekan. VOS bazasiga tegib ketmaydimi agar uni o'chirsam?`),
    no(`hi, our dev laptop cant run the billing api locally, EADDRINUSE :::3000 every time. its just my laptop, nothing on the switch. any idea whats holding it? windows 11`),
    no(`Не стартует redis после переезда:
# Could not create server TCP listening socket *:6379: bind: Address already in use
netstat -tlnp | grep 6379
tcp 0 0 0.0.0.0:6379 0.0.0.0:* LISTEN 2231/redis-server
то есть старый процесс не умер? kill делать?`),
    no(`Саламатсызбы, sshd 22 портто баштабай жатат, "Bind to port 22 on 0.0.0.0 failed: Address already in use". Мурда dropbear койгонбуз окшойт. Серверге кире албай калдык, консоль аркылуу отурабыз`),
    no(`Салом, веб-панели VOS кушода намешавад, tomcat мегӯяд port 8080 already in use. Ман дидам ки як java-и дигар ҳаст, ки аз пештара мондааст. Куштанаш мумкин?`),
    no(`опять ваш портал лег!!! tomcat не стартует Address already in use 80 порт. кто там сидит на 80м?? мы ничего не ставили`),
    no(`Переслано от Дмитрий (наш админ): "Поднимал второй инстанс mbx для теста на том же хосте, он падает с bind error на 5060. Первый работает нормально, звонки идут." Можно ли вообще два софтсвича на одной машине держать?`),
    no(`[голосовое] да алло короче смотрите у нас тут мускуль не запускается пишет что порт три три ноль шесть занят ну адрес уже используется вот а мы вроде ничего не трогали только перезагрузили сервер может он сам два раза стартанул не знаю посмотрите пожалуйста`),
    no(`Ассалому алайкум. Сервер қайта юкланганидан кейин VOS web панели очилмаяпти, логда BindException 8443 порт банд дейди. Бошқа ҳеч нарса ўрнатмаганмиз. Нима қилиш керак?`),
    no(`Good morning. After yesterday's changes the mbx3000d won't come up:
[ERROR] sip transport tcp: bind 0.0.0.0:5060 failed, errno 98 (Address already in use)
lsof -i :5060 shows kamailio pid 4411. Colleague installed kamailio for a test. Should I just remove it?`),
    no(`Ребят, вопрос не совсем по VOS. На соседнем сервере, где у нас CRM, gunicorn не стартует — [Errno 98] Address already in use на 8000. Может подскажете по-быстрому?`),
    no(`pryvit, pislya onovlennya docker ne startuye kontejner z grafanoyu, pyshe port is already allocated 3000. na hosti shche staryi grafana service sydyt. yak krashche — vymknuty systemd service chy pominyaty port?`),
    no(`Біздің тест серверде екі mbx3000d процесі пайда болды, екіншісі 5060-ты ала алмай құлап жатыр, "cannot bind". Біріншісі жұмыс істеп тұр, қоңыраулар өтіп жатыр. Екіншісін қалай дұрыс тоқтатамыз?`),
    no(`После установки второго VOS web manager на том же сервере (хотели на другом порту) — не запускается, пишет Address already in use 8088. А в конфиге порт поменять где?`),
    no(`Hello dear support. We move postgres from old server, now postgres not start, say could not bind IPv4 address "0.0.0.0": Address already in use, port 5432. Old postgres 9.2 still running I think. Please help how to check`),
    no(`aka salom, windows serverda IIS 80 portni egallab olgan ekan, shuning uchun bizni billing sayt ochilmayapti. bind error. VOS ga aloqasi yo'q lekin bilsangiz ayting`),
    no(`ss -ltnp | grep :80
LISTEN 0 128 *:80 *:* users:(("httpd",pid=1290,fd=4))
а nginx пишет bind() to 0.0.0.0:80 failed (98). Т.е. httpd стоит с коробки CentOS и держит порт. Можно его отключить не сломав портал VOS?`),
    no(`salom, mbx3000d start nameshavad, log: bind 5060 address already in use. dar server yak softswitch-i digar ham hast (freeswitch). kifoya ki freeswitch-ro khomush kunem?`),
    no(`Админ айтат: ноутбукта node серверди иштетсе EADDRINUSE 127.0.0.1:5000 чыгат. Macте AirPlay receiver 5000 портту кармап турат окшойт. Муну кантип өчүрөбүз, билесизби? VOS эмес, жөн эле суроо`),
    no(`tomcat VOS не поднимается - 8080 занят. чем занят хз. помогите`),
    no(`Dobryi vecher. U nas na odnom VPS stoit VOS3000 i zabbix-server. Posle apdeita zabbix web perestal otkryvatsya potomu chto httpd ne mozhet zabindit 80, tam uzhe sidit tomcat ot VOS. Kak pravilno razvesti: perevesti zabbix na 8081?`),
    no(`Quick q: trying to run a second SIP proxy (opensips) in front of VOS on the same box, it dies with "bind: Address already in use" on 5060 since mbx3000d has it. What port is safe for VOS to move to?`),
    no(`Добрий день, у нас на dev-сервері розробник запустив два docker-контейнери з однаковим маппінгом 5080:5080, другий не стартує — port is already allocated. Це не прод, просто підкажіть чи це взагалі ваша зона)`),
  ],
  otherRegistrationCause: [
    no(`Здравствуйте, с утра половина абонентов не регистрируется, в логе 401 Unauthorized раз за разом. Вчера вечером менеджер массово поменял пароли в аккаунтах, а клиентам не сообщил. Как быстро выгрузить новые пароли?`),
    no(`Assalomu alaykum, ofisda hamma telefonlar unregistered bo'lib qoldi. Kecha chiroq o'chgan edi, router yonmayapti shekilli. Internet yo'q. Sizlarda muammo yo'qmi?`),
    no(`Після зміни IP сервера (переїхали в новий датацентр) усі шлюзи GoIP показують unregistered, бо в них прописаний старий IP. DNS ми теж змінили, але TTL 24 години. Як пришвидшити?`),
    no(`Сәлем, клиенттің софтфоны Android-та жиі unregistered болып қалады, экран өшкенде. Battery saver қосулы екен. Басқа телефондарда бәрі жақсы. UDP арқылы тіркеледі`),
    no(`абоненты ругаются не регаются телефоны 403 forbidden. проверили - у них истек срок аккаунта 31го числа, забыли продлить. как продлить сразу пачкой в vos?`),
    no(`hi all phones on site B are unregistered since morning. our ISP (Beeline) has outage in whole district they said till evening. nothing to do on your side right? just confirming`),
    no(`Салом, баъди иваз кардани router-и нав (TP-Link) дар офис телефонҳо register намешаванд. Ҳамааш UDP. Дар router-и кӯҳна SIP ALG хомӯш буд, дар нав фаъол. Чӣ кор кунем?`),
    no(`zdravstvuite. u nas licenziya VOS istekla vchera, teper novye registracii ne prinimaet, pishet license limit. skolko stoit prodlenie i kak bystro?`),
    no(`Саламатсызбы, филиалда кабель кесилип калыптыр (курулуш жүрүп жатат), ошон үчүн бардык телефондор unregistered. Провайдер эртең оңдойт дейт. Биз трафикти мобилдик интернетке которсок болобу?`),
    no(`Смотрите лог регистрации:
REGISTER sip:sip.ourtel.kz
SIP/2.0 401 Unauthorized
REGISTER (with auth)
SIP/2.0 403 Forbidden - wrong password
клиент клянется что пароль правильный. Мы его аккаунт на днях пересоздали, может логин теперь другой?`),
    no(`Forwarded from our customer: "Dear sir, our 12 extensions show Not Registered on Yealink screen since we moved office to new building. Internet is new provider, Kazakhtelecom. Same config." Please advise, they use UDP 5060`),
    no(`Ассалому алайкум, биз DNS номини ўзгартирдик sip.eski.uz дан voip.yangi.uz га, телефонларнинг ярми ҳали эскисини сўраяпти ва рўйхатдан ўтмаяпти. Эски домен ўчиб кетган. Нима қиламиз?`),
    no(`[Голосовое сообщение 0:47] значит так у нас опять вай-фай в офисе упал роутер перезагружается каждые десять минут и софтфоны на ноутбуках все время отваливаются регистрация слетает я так понимаю это не к вам а к провайдеру да или к вам`),
    no(`dobryi den. klient vydalyv akaunty z paneli vypadkovo (operator nazhav delete all), teper 40 abonentiv unregistered. Ye backup bazy vid uchora. Yak vidnovyty tilky akaunty?`),
    no(`Привет, после того как вы перенесли нас на новый сервер, у дилеров которые прописали адрес IP'шником а не доменом — ничего не регается. У тех кто через домен всё ок. Ну понятно почему, но можно ли старый IP как-то перекинуть на новый сервер?`),
    no(`Бізде түнде свет өшті, UPS отырып қалды, таңертең шлюздер қайта қосылды бірақ екеуі әлі unregistered, қызыл лампа жанып тұр. Ребут жасадық — пайдасы жоқ. Блок питания күйген сияқты`),
    no(`softphone keeps saying "registration failed 403". customer says he changed password in portal himself yesterday. did he break it?`),
    no(`Добрый день. Клиент из Бишкека жалуется что телефоны теряют регистрацию. Выяснили: у них новый роутер Huawei от провайдера, SIP ALG включен и не отключается из интерфейса, телефоны по UDP. Старый роутер был Keenetic и всё работало. На нашей стороне ничего не меняли. Есть способ обойти ALG кроме смены порта?`),
    no(`salom, zoiper ilovasi iPhone da fonda o'chib qolyapti, shuning uchun qo'ng'iroq kelmayapti va panelda unregistered. push notification sozlash kerakmi?`),
    no(`Салом бародар, мо паролҳои аккаунтҳои SIP-ро иваз кардем ва пас аз он gateway-ҳо 401 мегиранд, зеро дар онҳо пароли кӯҳна сабт шудааст. Оё аз панел ҳамаашро якбора иваз кардан мумкин аст?`),
    no(`какого хрена у нас все аккаунты заблокированы?? баланс 0 и всё отрубилось, телефоны красные. деньги закинули час назад!!`),
    no(`salam, bizde internet jok 2 saat boldu, Megaline ochup kaldy. telefondor unregistered. siz jaktan baary normalnobu?`),
    no(`Абоненти з мобільного інтернету Київстар не можуть зареєструватися через 5060 UDP, оператор схоже ріже SIP. На Wi-Fi все ок. Можна дати їм альтернативний порт?`),
    no(`Шлюз Dinstar показывает Reg Failed, в логе "Registrar not found" — мы сменили домен на VOS, а в шлюзе старый. Подскажите какой именно realm теперь ставить?`),
    no(`Hello, after licence renewal you sent yesterday, the max registrations is 500 but we had 800 before, now 300 endpoints cannot register (503). Please check licence file`),
    no(`vse telefony v filiale ne registriruyutsya, okazalos uborshica vydernula kommutator iz rozetki)) vklyuchili - vse zarabotalo. prosto dlya infy chtob vy ne iskali`),
    no(`Сәлеметсіз бе. Кеңседе жаңа роутер MikroTik қойдық, телефондар UDP-мен тіркелмей жатыр. Ескі роутерде SIP ALG өшірулі еді, жаңасында әдепкі бойынша қосулы болуы мүмкін бе?`),
  ],
  smallFigures: [
    no(`Добрый день, подскажите, нормально ли что на сервере около 400 соединений в TIME_WAIT? Нагрузка маленькая, 3-4 звонка одновременно. Ничего не падает, просто увидел и испугался`),
    no(`hi, routine check, is this ok?
Total: 312 (kernel 340)
TCP:   87 (estab 21, closed 52, orphaned 0, synrecv 0, timewait 49/0), ports 0
no complaints from customers, just asking`),
    no(`Що взагалі таке TIME_WAIT і чому сокети там висять 60 секунд? Колега каже що це погано, а в мене їх штук 150. Поясніть простими словами будь ласка`),
    no(`Сәлем, tcp_tw_reuse қосу керек пе? Бізде CPS өте аз, күніне 2 мың қоңырау. TIME_WAIT 200-ге жетпейді. Жай ғана біліп алғым келеді`),
    no(`SS_TCP_CLOSE_RESET parametri nima qiladi? Qo'llanmada On/Off deb yozilgan, lekin tushunmadim. Bizda hozir hammasi ishlayapti, shunchaki o'rganyapman`),
    no(`privet, skolko TIME_WAIT schitaetsya normoi? u nas 600-700 v chas pik, CPS 15. vsyo rabotaet, prosto monitoring risuet grafik i direktor sprashivaet`),
    no(`Салом, дар netstat 250 TIME_WAIT мебинам. Ин хатар дорад? Сервер нав аст, ҳоло танҳо 10 мизоҷ дорем.`),
    no(`Саламатсызбы, ip_local_port_range деген эмне? Бизде 32768 60999 турат. Аны өзгөртүү керекпи же жокпу? Көйгөй жок, жөн гана суроо`),
    no(`what is the difference between FIN close and RST close for SIP TCP? reading the VOS manual section 4.3.5.2 and its not clear to me. studying for the vendor certification`),
    no(`netstat -an | grep TIME_WAIT | wc -l
83
это много или мало? сервер на 30 линий`),
    no(`Ассалому алайкум, мониторингда TIME_WAIT кечқурун 1.2 мингга чиқди, кейин 300 га тушди. Қўнғироқлар нормал ўтяпти. Бу оддий ҳолатми?`),
    no(`[аудио] слушайте вопрос такой чисто теоретический вот есть у вас в конфиге параметр tcp close reset да вот он по умолчанию выключен это правильно так и оставить если у нас звонков немного ну там сотня в день`),
    no(`pryvit, pidkazhit chy treba tcp_tw_recycle vmykaty? prochytav na forumi. u nas timewait 40-50 shtuk, vse pratsyuye`),
    no(`ss -s шығардым: timewait 512. Бұл қалыпты ма? Серверде 5 оператор ғана отыр. Қандай шекке дейін алаңдамауға болады?`),
    no(`Hello. Our auditor ask to explain why server have "many" TIME_WAIT sockets — he saw 350 in report. Calls normal, no errors. What we can answer him?`),
    no(`Сколько вообще эфемерных портов у линукса по умолчанию? 28 тысяч? И при каком CPS это начинает быть проблемой? Мы сейчас на 5 CPS, просто планируем бюджет на следующий год`),
    no(`salom, dar server TIME_WAIT 90-100 to hast, hama chiz kor mekunad. boyad yagon chiz ivaz kunem yo ne?`),
    no(`aka TIME_WAIT nima degani? monitoringda 60 ta ko'rsatyapti, qizil rangda. xavflimi?`),
    no(`Коллеги, для отчета: средний TIME_WAIT за неделю 220, максимум 480 в пятницу вечером. Ошибок нет. Нужно ли что-то тюнить или оставить как есть?`),
    no(`is it safe to enable net.ipv4.tcp_tw_reuse on CentOS 7 in general? heard mixed things. our box is quiet, maybe 20 concurrent calls`),
    no(`Бизде CLOSE_WAIT 3-4 даана жана TIME_WAIT 120. Бул кадимкидей эле го? Жаңы админбиз, үйрөнүп жатабыз`),
    no(`300 time_wait eto norm?`),
    no(`Добрий день. Поясніть будь ласка, чому після дзвінка TCP-з'єднання не закривається одразу, а йде в TIME_WAIT? Бачу в ss десь 70 таких. Проблем немає, просто цікаво`),
    no(`Сәлеметсіз бе! Жаңа сервер орнаттық, тест кезінде 50 CPS бердік, TIME_WAIT 900-ге дейін барды, қате болған жоқ, бәрі өтті. Бұл қалыпты ма, әлде алдын ала баптау керек пе?`),
    no(`# ss -tan state time-wait | wc -l
147
# uptime
 10:21:03 up 41 days, load average: 0.12, 0.09, 0.05
daily healthcheck, all green? thanks`),
    no(`А RST при закрытии TCP — это вообще нормально по RFC? Видел в wireshark что некоторые так делают. Что конкретно делает SS_TCP_CLOSE_RESET, просто шлёт RST вместо FIN?`),
    no(`Салом, бизда 200 атрофида TIME_WAIT бор, кечаси 20 гача тушади. Мижозлардан шикоят йўқ. Шу рақамлар нормалми деб сўрамоқчи эдим`),
  ],
  firewallNoRst: [
    no(`Добрый день, подключаем нового перевозчика, нужно открыть на FortiGate 5060 UDP/TCP и RTP 10000-20000 с их IP 91.x.x.x. Подскажите какие ещё порты нужны для VOS?`),
    no(`pls whitelist our new office IP 213.87.x.x on your side, we moved, calls rejected with 403 from your firewall`),
    no(`Assalomu alaykum, fail2ban bizning operatorimiz IP sini bloklab qo'yibdi, parolni 5 marta noto'g'ri terdi. Qanday qilib unban qilamiz?`),
    no(`Хочемо заблокувати всі країни крім UA, PL, DE на рівні iptables (geo-blocking), бо сканують 5060 цілодобово. Є готовий список для ipset чи порадите щось?`),
    no(`Сәлем, порталға сырттан кіру үшін MikroTik-те port forwarding жасау керек, 8080 ішкі 192.168.1.10-ға. dst-nat ережесін қалай дұрыс жазамыз?`),
    no(`в логе iptables сыпется:
kernel: DROP IN=eth0 SRC=45.134.x.x DST=our_ip PROTO=UDP DPT=5060
kernel: DROP IN=eth0 SRC=45.134.x.x DST=our_ip PROTO=UDP DPT=5060
это сканер? можно его навсегда забанить или он будет с других айпишников лезть`),
    no(`Салом, дар pfSense мо rate limit барои SIP гузоштан мехоҳем, то ки friendly-scanner ҳамла накунад. Чанд пакет дар сония барои 5060 мувофиқ аст?`),
    no(`Hello, SIP ALG on our Cisco router — need to disable or not? Provider say disable, our network guy say no. We use UDP, one way audio sometimes`),
    no(`Жаңы carrier менен иштей баштадык, алар биздин IP-ди whitelist кылышы керек дейт. Биздин чыгуучу IP кайсы, VOS кайсы интерфейстен чыгат? Серверде 2 IP бар`),
    no(`podskazhite pravilo dlya firewalld chtob otkryt 1720 dlya h323 shlyuzov, a to ne prohodit ustanovka soedineniya s novym partnerom`),
    no(`dobryi den, na AWS security group shcho treba vidkryty dlya VOS? zaraz vidkryto tilky 22 i 5060 udp, veb panel ne vidkryvayetsya zzovni`),
    no(`Ассалому алайкум. FortiGate'да янги policy ёздик, лекин RTP ўтмаяпти, бир томонлама овоз. 10000-20000 UDP очиқ. SIP session helper ни ўчириш керакми?`),
    no(`Всем привет. У нас SonicWall, хотим ограничить доступ к web-интерфейсу VOS (порт 80 и 8080) только с трёх офисных адресов, а SIP оставить для всех. Правильно ли создать отдельный address object и два правила? И надо ли отдельно для 8443?`),
    no(`our fail2ban jail doesnt parse VOS log format, anyone has regex example for failed registrations? want to ban brute force on 5060`),
    no(`Бізге күн сайын Нидерланды мен Франциядан REGISTER шабуыл келеді, iptables-қа hashlimit қойсақ бола ма? Қанша limit дұрыс, 20/sec жетеді ме?`),
    no(`[голосовое 1:12] алло да смотрите у нас новый оператор подключается с Казахстана им нужно чтоб мы их айпи пустили на фаервол мы пустили а у них всё равно не проходит 408 таймаут может у вас ещё где-то фильтр стоит по айпи посмотрите пожалуйста`),
    no(`salom, mo ASA dorem, baroi VOS kadom portho boyad kushoda boshad? 5060, 10000-20000, boz chi? misol config dored?`),
    no(`We got banned by your fail2ban I think, since 14:00 our IP 95.57.x.x cant reach 5060 at all, ping works. We had a misconfigured PBX spamming REGISTER with wrong pass, fixed now. can you unban?`),
    no(`Нужно сделать проброс портов на pfSense: внешний 5061 TCP на внутренний VOS 5061, для TLS клиентов. Подскажите, outbound NAT тоже надо трогать?`),
    no(`salom, Hetzner firewall da faqat O'zbekiston va Qozog'iston IP larini ruxsat berish mumkinmi? Boshqa davlatlardan SIP hujum ko'p`),
    no(`Саламатсызбы, iptables эрежелерин reboot кийин сактоо керек, CentOS 6. service iptables save иштебей жатат. Кантип туура жасайбыз?`),
    no(`Привіт. Запускаємо нового клієнта з Польщі, треба додати в whitelist на FortiGate діапазон 194.x.x.0/24. Чи треба ще в самому VOS щось прописувати, чи досить фаєрвола?`),
    no(`ваш фаервол опять зарубил нашего клиента!!! у него 3 неудачных попытки и всё бан на сутки. это бред. уберите бан и поставьте нормальный порог`),
    no(`pfSense log:
Mar 12 10:14:02 block in on WAN 77.88.x.x:5060 -> 10.0.0.5:5060 UDP
new carrier traffic blocked, I guess I need a pass rule for them? their IPs 77.88.x.x and 77.88.y.y`),
    no(`Сәлеметсіз бе, мынадай хабар шықты: nf_conntrack: table full, dropping packet. Бұл UDP RTP трафиктен болуы мүмкін бе? nf_conntrack_max қанша қойған дұрыс?`),
    no(`rebyata kak na mikrotike otkluchit sip alg? /ip firewall service-port disable sip — pravilno? kliyent na udp`),
    no(`Салом, мо мехоҳем барои портали VOS DDoS protection гузорем, масалан Cloudflare. Барои SIP ҳам имкон дорад ё танҳо барои web?`),
  ],
  negationContext: [
    no(`У нас все абоненты на UDP, TCP вообще не используем. Скажите, параметр SS_TCP_CLOSE_RESET нам на что-то влияет? Телефоны за NAT работают нормально`),
    no(`FYI the issue with TIME_WAIT from last week is gone, we added second server and load is split. 30k sockets was the peak, now 2k. No action needed, closing ticket`),
    no(`Питання на майбутнє: якщо ми ввімкнемо RST mode, чи не відваляться телефони за NAT в наших філіях? Поки нічого не вмикали, все працює`),
    no(`RST режимі бізде ешқашан қосылмаған, Off тұр, тексердім. Бірақ телефондар unregistered — бүгін таңертең SIP парольдерді өзгерттік. Осыдан болуы мүмкін бе?`),
    no(`O'tgan oy hamkasbim aytgandi, boshqa kompaniyada RST yoqilganda FortiGate paketlarni tashlab yuborgan ekan. Bizda bunday narsa bo'lmagan, shunchaki qiziq, sizlar ham ko'rganmisiz?`),
    no(`Мониторинг ночью прислал алерт TIME_WAIT > 25000, проверили — это баг в скрипте, он считал все строки netstat включая LISTEN и UDP. Реально 180. Ложная тревога, просто отпишусь`),
    no(`Training question for our new NOC guys: what would happen if a stateful firewall drops RST packets from VOS? We don't use RST, it's just for the quiz`),
    no(`my v laboratorii vklyuchili SS_TCP_CLOSE_RESET=On na testovom vos chtoby posmotret kak budet s NAT. prod ne trogali. ne podskazhete na chto smotret v tcpdump?`),
    no(`Сервер з помилками "cannot assign requested address" — це не наш, це сервер нашого партнера в Одесі, в них взагалі не VOS. Вони питають чи можемо порадити. Наш VOS працює без проблем`),
    no(`Салом, мо RST-ро дирӯз хомӯш кардем ва ҳама телефонҳои паси NAT боз register шуданд. Ҳамааш хуб аст, ташаккур, танҳо хабар медиҳам`),
    no(`Эч ким эч нерсе өзгөрткөн жок, RST Off турат, UDP колдонобуз. Бир абонент unregistered болчу — анын телефону өчүп калыптыр, батарейка отурган. Бүттү, маселе чечилди`),
    no(`my colleague told a story from his old job, they had 60 thousand TIME_WAIT and bind errors on some SBC years ago. is VOS3000 vulnerable to that in theory? we are at 3 CPS`),
    no(`Если включить tcp_tw_reuse и расширить ip_local_port_range, это ведь поможет на случай роста до 200 CPS? Сейчас у нас 20 CPS и никаких ошибок, готовимся заранее`),
    no(`Кеча FortiGate логида RST dropped деб чиқди, лекин текширсак бу бизнинг VOS эмас, бошқа серверимиз (веб-сайт) экан. VOS да RST ўчиқ. Қўнғироқлар нормал`),
    no(`Өткен аптада порттар бітіп қалды деп жаздық, сіздер RST қосып, tw_reuse бердіңіздер. Содан бері бәрі тамаша, TIME_WAIT 1-2 мың. Рахмет, тикетті жаба беріңіз`),
    no(`Question about the other box (the old VOS in Almaty, decommissioned next month): it shows EADDRINUSE sometimes, but we are not going to fix it, traffic already moved. Main server fine`),
    no(`Нет, RST мы НЕ включали, я уже третий раз пишу. Телефоны за NAT работают. Проблема у нас в биллинге, CDR не выгружаются. Не надо мне предлагать менять SS_TCP_CLOSE_RESET`),
    no(`kolega pytaye: yakshcho my perejdemo z UDP na TCP dlya abonentiv za NAT, i v nas RST stoyit Off, chy bude problema z TIME_WAIT? poky vse na UDP`),
    no(`Ин савол барои имтиҳон аст: фарқи FIN ва RST дар SIP over TCP чист ва кай NAT-и MikroTik мушкилӣ пайдо мекунад? Дар сервери мо ҳеҷ мушкилӣ нест`),
    no(`Alarm "SIP TCP connections reset" fired at 03:00 but it was during the planned maintenance reboot. All phones re-registered, nothing unregistered now. Ignore pls`),
    no(`Для истории:
14:02 включили RST=On на тесте
14:05 NAT-телефоны отвалились
14:06 вернули Off, reparse
14:07 все зарегались
На проде ничего не меняли и менять не будем. Вопросов нет, просто чтоб у вас в тикете было`),
    no(`parolni almashtirgandan keyin telefonlar unregistered bo'ldi, lekin bu normal — yangi parolni kiritmagandik. NAT yoki RST bilan bog'liq emas, RST umuman yoqilmagan. Endi hammasi joyida`),
    no(`Сұрақ басқа серверге қатысты: біздің тест стенд pfSense артында тұр, RST қоссақ қоңыраулар ілініп қала ма? Продта RST жоқ және болмайды`),
    no(`pishu prosto chtob vy znali — vchera vecherom bylo "address already in use", no eto byl nash skript monitoringa, kotoryi zapuskalsya dvazhdy i bilsya za port 9100. ubrali dubl, vse ok, k VOS otnosheniya ne imeet`),
    no(`Биздин жаңы инженер сурап жатат: "phones behind NAT lose registration when RST on" — бул чынбы же миф? Бизде RST Off, жөн эле түшүнүү үчүн`),
    no(`Алерт від Zabbix "TIME_WAIT high" виявився хибним — поріг стояв 100 замість 10000. Реально 3-4 тисячі на піку, без жодних помилок. Поріг виправили`),
    no(`Наш клиент пишет что у него "фаервол режет RST", но у него вообще Asterisk, не VOS, и к нам он ходит по UDP. Можно ему что-то посоветовать или это не наша зона?`),
  ],
  portExhaustion: [
    pe(`Срочно! В ЧНН звонки на перевозчика по TCP не проходят, в логе mbx3000d сыпется "connect failed: Cannot assign requested address". netstat показывает TIME_WAIT 29 тыс. После рестарта полчаса нормально и опять`),
    pe(`ss -s
Total: 31544 (kernel 31820)
TCP:   30987 (estab 412, closed 30402, orphaned 3, synrecv 0, timewait 30398/0), ports 0
calls to carriers over TCP failing at peak every evening, restart helps for a while. what to do??`),
    pe(`Assalomu alaykum, kechqurun soat 8 dan keyin TCP orqali carrierga yangi ulanishlar ochilmayapti, logda "address already in use". TIME_WAIT 30 ming atrofida. Kechasi o'zi tuzalib qoladi. Har kuni shunaqa`),
    pe(`Сәлеметсіз бе! Кешкі пик кезінде CPS 120-ға жеткенде шығыс TCP қосылымдар ашылмай қалады, лог: bind failed EADDRINUSE. TIME_WAIT 28 мың. Рестарттан кейін жақсы болады, бірақ бір сағаттан соң қайта`),
    pe(`dobryi vechir, znovu ta sama bida — u pik dzvinky na partnera po TCP ne idut, v logah BindException address already in use, timewait za 30k. vnochi vse normalno. shcho robyty?`),
    pe(`да вы издеваетесь, третий вечер подряд с 19 до 22 падает исходящий TCP на всех carrier'ов. тайм вейтов тыщ 30. ребут помогает на час. сделайте что нибудь уже`),
    pe(`Салом, дар вақти пик (бегоҳ) VOS ба carrier-ҳо тавассути TCP пайваст шуда наметавонад. Дар лог "cannot assign requested address". TIME_WAIT тақрибан 30 ҳазор. Шабона худ аз худ хуб мешавад`),
    pe(`[voice message transcript] yeah hi so again tonight the same thing, around 9 pm calls to the carrier start failing, the log says address already in use, my guy counted like twenty eight thousand time wait sockets, we restarted and it's fine now but it will come back tomorrow for sure`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
  31207 TIME_WAIT
    388 ESTABLISHED
     12 LISTEN
и в это время новые SIP TCP на шлюзы операторов не открываются. Пик 150 CPS. Это оно?`),
    pe(`Саламатсызбы, кечинде CPS көбөйгөндө TCP аркылуу чыгуучу чалуулар өтпөй калат. Логдо "Address already in use" толуп жатат. ss -s: timewait 27 миң. Түнкүсүн өзү эле жакшы болот. Кантип оңдойбуз?`),
    pe(`Ассалому алайкум. Ҳар куни кечки пайтда VOS дан ташқарига TCP уланишлар очилмай қоляпти, логда EADDRINUSE. TIME_WAIT 30 мингдан ошиб кетади. Рестарт қилсак ўтади, лекин яна қайтади`),
    pe(`Hello support. Problem again: in peak hour our VOS cannot open new TCP connection to carriers, error "Cannot assign requested address". Count of TIME_WAIT is 32 000. After reboot good, after 1-2 hour again bad. Please help urgent`),
    pe(`Переслано от NOC:
"В 20:15 пошли массовые ошибки на транке к Ростелекому (TCP), mbx3000d пишет bind: Address already in use на исходящих. TIME_WAIT ~30к. В 23:00 само прошло."
Это уже четвёртый раз за неделю. Что нужно настроить?`),
    pe(`Добрий день. Коли навантаження росте до 100+ CPS, нові TCP-з'єднання до операторів не встановлюються, у логах java.net.BindException: Address already in use (Bind failed). Сокетів у TIME_WAIT — 29 тисяч. Після перезапуску тиждень тому було ок, тепер знову`),
    pe(`salem, keshke karai TCP shygys konyraular otpei kaldy, log: cannot assign requested address. TIME_WAIT 30k, porttar bitip kalgan siyakty. restart jasasak jaksy bolady. komek kerek`),
    pe(`peak time again: outgoing tcp to carriers dead, 30k time_wait, eaddrinuse. restart fixes for 1h. help`),
    pe(`[Голосовое 0:58] добрый вечер это опять мы короче каждый вечер одно и то же как только трафик растет исходящие по тэцэпэ на операторов перестают открываться в логе адрес уже используется я посчитал тайм вейтов под тридцать тысяч перезагружаем становится нормально и так по кругу`),
    pe(`log:
2024-03-14 19:42:11 [SIP][TCP] connect to 185.x.x.x:5060 failed: Cannot assign requested address
2024-03-14 19:42:11 [SIP][TCP] connect to 185.x.x.x:5060 failed: Cannot assign requested address
ss -s: timewait 31082
aka har kuni kechqurun shunaqa, nima qilamiz?`),
    pe(`salom, har begoh ki CPS baland meshavad, VOS ba carrier TCP connect karda nametavonad, "address already in use". TIME_WAIT 28 000. restart mekunem, kor mekunad, bad az yak soat boz hamin.`),
    pe(`Коллеги, похоже у нас кончаются порты. Диапазон стандартный 32768-60999, в TIME_WAIT висит 28 тыс, новые исходящие TCP на перевозчиков не создаются в час пик. Ночью норм. Что крутить?`),
    pe(`salamatsyzby, kechki pikte VOS carrierlerge TCP menen kosulalbay kalat, logdo bind failed. time_wait 30 ming, port buttu okshoit. rebootton kiyin jakshy, anan kaira`),
    pe(`Forwarded from our reseller in Tashkent: "every evening from 7pm, calls via your TCP trunk fail with 503, our side sees nothing." — On our VOS I see EADDRINUSE on outgoing connects and TIME_WAIT 30k+ at that time. Night is fine. Please advise`),
    pe(`Знову пік — знову те саме. 30 тис. TIME_WAIT, нові з'єднання на кар'єрів по TCP не відкриваються, «cannot assign requested address». Reparse не допомагає, тільки restart. Допоможіть налаштувати щоб не повторювалось`),
    pe(`Сәлем! Бізде түстен кейін трафик көбейгенде VOS жаңа TCP байланыстарды аша алмайды, "Address already in use" қатесі. TIME_WAIT 30 мың. Кешке қарай трафик азайғанда өзі жөнделеді. Бұл не?`),
    pe(`netstat -an | grep -c TIME_WAIT
30412
i v etot moment ishodyashchie po TCP na operatora ne idut, log "bind: address already in use". kazhdyi den v pik. pomogite`),
    pe(`Салом, бизда 3 кундан бери кечки пикда чиқувчи TCP қўнғироқлар ўтмаяпти. Логда BindException. TIME_WAIT 29 минг. Серверни ребут қилсак ишлайди, кейин яна. CPS 130 атрофида`),
    pe(`Hi team, we've been chasing this for a week. Between 18:00 and 23:00 when CPS goes above ~100, outbound SIP over TCP to three carriers starts failing. mbx3000d log: "connect(): Cannot assign requested address". ss shows ~31k TIME_WAIT, all to the carrier IPs on 5060. local port range is default. Restarting mbx3000d clears it for an hour or so. After 23:00 it's fine. Need a permanent fix.`),
    pe(`тайм вейт 30к, EADDRINUSE на исходящих, пик. опять`),
    pe(`Салом. Инро бинед:
TCP: 29874 (estab 301, closed 29500, orphaned 0, synrecv 0, timewait 29460/0)
Дар ҳамин вақт зангҳо ба carrier намераванд, лог пур аз EADDRINUSE. Шабона TIME_WAIT 2 ҳазор мешавад ва ҳама кор мекунад. Ҳар рӯз такрор мешавад`),
    pe(`Добрый вечер, Алматыдан жазып жатырмыз. Каждый вечер в час пик исходящие TCP на операторов не открываются, лог: address already in use. TIME_WAIT 30 мың. Ночью ок. Қашан шешесіздер?`),
  ],
  natUnregistered: [
    nat(`После того как включили SS_TCP_CLOSE_RESET=On, все телефоны в филиале за MikroTik показывают unregistered. Они по TCP регаются. Абоненты с белыми IP работают нормально. Что делать?`),
    nat(`since you enabled RST mode yesterday, our home users on softphones (TCP transport, behind home routers) keep losing registration every few minutes. office phones with public IP are fine`),
    nat(`Assalomu alaykum, RST rejimini yoqqaningizdan beri filialdagi telefonlar (MikroTik orqasida, TCP) unregistered bo'lib qolyapti. Public IP dagilar ishlayapti. UDP dagilar ham normal`),
    nat(`Сәлеметсіз бе! RST режимі қосылғаннан бері NAT артындағы Yealink телефондар (TCP арқылы тіркелген) тіркеуін жоғалтып жатыр. Ақ IP-дегілер жақсы. Не істейміз?`),
    nat(`Добрий день. Після того як на сервері увімкнули RST, софтфони наших надомників (TCP, за домашніми роутерами) постійно відвалюються, статус unregistered. Офіс з білою адресою працює. Повернути як було?`),
    nat(`кто включил этот ваш RST?? с тех пор весь филиал за микротиком красный, не регается. TCP телефоны. у кого белые айпи те работают. верните как было СРОЧНО`),
    nat(`Салом, баъд аз он ки SS_TCP_CLOSE_RESET-ро On кардед, телефонҳои офиси мо, ки паси NAT ҳастанд ва бо TCP register мешаванд, unregistered шуданд. Телефонҳои бо IP-и сафед хубанд`),
    nat(`Hello. From yesterday when RST mode is On, all our NAT phones on TCP become unregistered each 2-3 minutes, then register again, then lose again. Phones on UDP no problem. Please check`),
    nat(`Смотрите:
10:01:12 REGISTER from 10.0.5.21 via 94.x.x.x:51122 TCP -> 200 OK
10:03:40 TCP connection 94.x.x.x:51122 closed (RST)
10:03:41 account 2105 unregistered
и так по всем телефонам за NAT в офисе на Абая. Началось сразу после включения RST. С публичными IP всё ок`),
    nat(`Саламатсызбы, RST режимин күйгүзгөндөн бери филиалдагы MikroTik артындагы телефондор (TCP) регистрациясын жоготуп жатат. Ак IP болгондор иштеп жатат. Жардам бериңиз`),
    nat(`Ассалому алайкум, кеча SS_TCP_CLOSE_RESET ни On қилгандан кейин уйдан ишлайдиган операторларимизнинг софтфонлари (TCP, уй роутери орқали) доим unregistered бўлиб қоляпти. Public IP ли офисдагилар ишлаяпти`),
    nat(`pryvit, z uchorashn'oho dnya pislya vmykannya RST mode telefony u filiyi za NAT (TCP) vtrachayut reyestratsiyu. U kogo publichnyi IP - vse ok. UDP tezh ok. shcho robymo?`),
    nat(`[voice note] hi hi so after you turned on that RST thing on the switch our branch phones behind the mikrotik keep dropping registration, they're on TCP, the ones with real IPs are totally fine, can you turn it back or what do we do`),
    nat(`dobryi den, posle vklyucheniya RST telefony za NAT v ofise na TCP postoyanno teryayut registraciyu, v paneli unregistered. s belymi IP vse ok. eto svyazano?`),
    nat(`Сәлем, RST On қойғаннан бері үйден жұмыс істейтін операторлардың MicroSIP-тері (TCP) үнемі отваливается, unregistered. Офистегі public IP телефондар жақсы. UDP-ға ауыстырсақ жұмыс істейді екен. Бірақ бізге TCP керек`),
    nat(`salom, az vaqte ki RST-ro on kardem, telefonhoi filial (pasi MikroTik, TCP) unregistered meshavand. telefonhoi bo IP-i public kor mekunand. chi kor kunem?`),
    nat(`Forwarded from branch manager: "Since Monday morning all desk phones show No Service / Not Registered, internet works fine." — Monday morning is exactly when we set SS_TCP_CLOSE_RESET=On. Those phones are behind a Keenetic, SIP over TCP. HQ phones on public IPs have no issue.`),
    nat(`Добрый день. Ситуация: в пятницу включили SS_TCP_CLOSE_RESET="On" из-за TIME_WAIT. TIME_WAIT ушёл, но теперь три филиала за NAT (все на TCP) каждые несколько минут теряют регистрацию. Прямые клиенты с публичными адресами в порядке. Как совместить?`),
    nat(`RST yoqilgandan beri NAT ortidagi TCP telefonlar unregistered. publicdagilar ok. yordam bering`),
    nat(`Салам, кечээ RST режимди иштеттик, бүгүн эртең менен үйдөн иштегендердин софтфондору (TCP) регистрациясын жоготуп жатат, кайра кошулуп, кайра түшүп. Офистеги ак IP телефондор жакшы`),
    nat(`Після ввімкнення RST — біда з абонентами за NAT: Grandstream-и по TCP раз на кілька хвилин стають unregistered. Абоненти з публічними IP і ті, що на UDP, працюють нормально. Вимкнути RST назад?`),
    nat(`tcpdump -ni eth0 tcp port 5060 and host 94.x.x.x
11:20:01 IP our.5060 > 94.x.x.x.40211: Flags [R.], seq 1
11:20:45 IP 94.x.x.x.40211 > our.5060: Flags [P.], REGISTER
11:20:45 IP our.5060 > 94.x.x.x.40211: Flags [R], seq 0
это офис за NAT, TCP. после включения RST они не могут удержать регистрацию. остальные клиенты с белыми IP ок`),
    nat(`After RST=On our call center agents working from home (Zoiper, TCP, behind home routers) get unregistered all day. Agents in office on public IPs fine. Started right after the change`),
    nat(`salemetsiz be, RST kosylgannan beri filialdagy NAT artyndagy telefondar (TCP) tirkeuin zhogaltyp zhatyr. public IP-dagylar zhaksy. ne isteimiz?`),
    nat(`Салом. RST ни включить қилганимиздан бери МикроТик орқасидаги телефонлар TCP да регистрация йўқотяпти, ҳар 5 минутда. Публичный IP ларда муаммо йўқ. UDP га ўтказсак ишлайди`),
    nat(`Не понимаю что происходит: с момента включения режима RST у клиентов за NAT (домашние роутеры, TCP) софтфоны через пару минут уходят в unregistered. Клиенты с публичными адресами — ок. Совпадение?`),
    nat(`your RST change broke all our NAT phones. TCP ones unregistered. public ones fine. fix it`),
    nat(`Салом. Пас аз включить кардани RST дар VOS, абонентҳои мо дар паси NAT (роутерҳои хонагӣ, TCP) ҳамеша регистрацияро гум мекунанд. Онҳое ки public IP доранд, хубанд`),
    nat(`dobryi den! pislya RST On nashi filiyi za MikroTik na TCP kozhni 3-4 khvylyny unregistered. vtratyly dzvinky vsyu nich. z publichnymy IP ok`),
    nat(`Саламатсызбы! SS_TCP_CLOSE_RESET On болгондон кийин NAT артындагы үй колдонуучуларынын телефондору (TCP) unregistered болуп калып жатат. Public IP бар кардарлар жакшы иштеп жатышат`),
  ],
  firewallRst: [
    fw(`После включения RST на VOS звонки через наш FortiGate начали зависать и обрываться. В логах Forti: "TCP RST dropped, no session". На той стороне соединения висят ESTABLISHED. Что делать?`),
    fw(`Since RST mode was turned on, calls via our pfSense to your switch fail intermittently. pfSense logs show "block TCP:R" on 5060. the far side still thinks the TCP connection is open`),
    fw(`Assalomu alaykum, RST yoqilgandan beri FortiGate orqali o'tadigan qo'ng'iroqlar osilib qolyapti. Forti logida RST paketlar drop qilinyapti. Qarshi tomonda ulanishlar ESTABLISHED bo'lib turibdi`),
    fw(`Сәлеметсіз бе! RST режимі қосылғаннан бері Cisco ASA арқылы өтетін қоңыраулар үзіліп жатыр. ASA логында RST пакеттер drop болып жатыр, "TCP packet with RST without connection". Не істейміз?`),
    fw(`Добрий день. Відколи увімкнули RST mode, дзвінки через наш pfSense зависають, а в логах фаєрвола купа «block TCP:R». На стороні оператора з'єднання залишаються напіввідкритими. Підкажіть`),
    fw(`kernel: INVALID DROP IN=eth1 OUT= SRC=our_vos DST=10.20.0.5 PROTO=TCP SPT=5060 DPT=38512 RST
kernel: INVALID DROP IN=eth1 OUT= SRC=our_vos DST=10.20.0.5 PROTO=TCP SPT=5060 DPT=38517 RST
это после включения RST на VOS. conntrack считает пакеты invalid и режет, звонки виснут`),
    fw(`Салом, баъд аз он ки RST-ро фаъол кардед, зангҳо аз тариқи FortiGate-и мо намегузаранд ё овезон мемонанд. Дар лог: RST dropped. Дар тарафи дигар пайвастҳо ESTABLISHED мемонанд`),
    fw(`[voice note] ok so since yesterday when RST got switched on, calls through our sonicwall just hang, sometimes they fail outright, the sonicwall log is full of dropped RST packets, invalid tcp, and the carrier side keeps the connection open. need help today`),
    fw(`после вашего RST звонки через ASA висят!!! в логах ASA "Deny TCP (no connection) ... flags RST". у оператора коннекты висят established. верните как было или объясните что делать`),
    fw(`Саламатсызбы, RST режимин күйгүзгөндөн бери FortiGate аркылуу чалуулар өтпөй же илинип калып жатат. Логдо RST пакеттер drop. Карама-каршы тарапта байланыштар ESTABLISHED бойдон калат`),
    fw(`Ассалому алайкум. SS_TCP_CLOSE_RESET On бўлгандан кейин AWS security group ва NACL орқали ўтадиган қўнғироқлар осилиб қоляпти. VPC flow log да RST REJECT. Иккинчи томонда TCP уланишлар ярим очиқ`),
    fw(`Hello. After RST is enabled, our calls through iptables firewall is failing. conntrack mark RST packets INVALID and drop. Other side keep connection ESTABLISHED. What to do?`),
    fw(`pryvit, pislya vmykannya RST dzvinky cherez nash pfSense padayut abo zavysayut. v logah pfSense "TCP:R" blocked. u partnera z'yednannya ESTABLISHED vysyat. dopomozhit`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 10.1.1.10/5060 to 185.x.x.x/41522 flags RST on interface inside
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.10/5060 to 185.x.x.x/41530 flags RST on interface inside
Сыпется с момента как включили SS_TCP_CLOSE_RESET. Звонки на этого оператора через ASA часть не проходят, часть висят`),
    fw(`Сәлем, RST On қойғаннан кейін pfSense артындағы серверге қоңыраулар ілініп қалады. pfSense логы: RST blocked. Арғы жақта ESTABLISHED қосылымдар көбейіп жатыр. Көмектесіңізші`),
    fw(`salom, az vaqti RST on kardan zangho tavassuti FortiGate overon memonand, dar log RST drop. tarafi digar connection-ho ESTABLISHED. chi kor kunem?`),
    fw(`Forwarded from carrier NOC: "We see hundreds of stale ESTABLISHED TCP sessions from your IP on 5060, our side never received a close." — That started when we enabled RST on VOS. Our Fortigate log shows RST packets dropped as out-of-session. Calls to this carrier half fail.`),
    fw(`posle vklyucheniya RST zvonki cherez nash SonicWall zavisayut, v logah "TCP packet received with invalid flags" RST dropped. u operatora soedineniya visyat. chto delat?`),
    fw(`RST yoqilgandan beri Yandex Cloud security group orqali qo'ng'iroqlar ishlamay qoldi, ba'zilari osilib qolyapti. qarshi tomonda TCP ulanishlar ESTABLISHED. RST paketlar o'tmayapti shekilli`),
    fw(`salam, RST on bolgondon beri ASA arkyluu chaluular ilinip kalat, logdo RST deny. karshy tarapta established kalat. jardam`),
    fw(`Дзвінки через FortiGate після ввімкнення RST поводяться дивно: то не з'єднуються, то висять без звуку і не кладуться. В Forti logs — RST out of state, dropped. Що порадите?`),
    fw(`Добрый день. Топология: VOS за pfSense, carrier по SIP TCP. Во вторник включили SS_TCP_CLOSE_RESET чтобы убрать TIME_WAIT. С того дня: 1) часть исходящих звонков падает с 408, 2) в pfSense в логах постоянно "block TCP:RA", 3) carrier говорит что у них висят сотни ESTABLISHED от нас. Подскажите правильное решение`),
    fw(`after enabling RST, our iptables with conntrack drops the reset packets (state INVALID), calls hang and the remote end keeps the sockets established. firewall is stateful obviously`),
    fw(`salemetsiz be, RST koskannan beri FortiGate arkyly konyraular ilinip kalady, logta RST drop. argy zhakta ESTABLISHED kosylymdar. ne isteimiz?`),
    fw(`Салом, RST режимни ёқиш қилганимиздан кейин iptables conntrack RST пакетларни INVALID деб ташлаяпти. Қўнғироқлар осилиб қоляпти, оператор томонда уланишлар ESTABLISHED`),
    fw(`Салом бародарон, аз замоне ки RST mode фаъол шуд, зангҳо аз SonicWall намегузаранд, баъзеаш овезон. Дар логи SonicWall RST dropped. Дар тарафи оператор пайвастҳо кушода мемонанд`),
    fw(`rst on = calls through fortigate hang. forti drops rst. remote keeps established. help`),
    fw(`[Голосовое 1:31] здрасьте значит такая история как вы включили этот эр эс тэ звонки через наш фортигейт начали зависать ну человек положил трубку а у оператора линия висит и в логах форти пишет что пакеты сброса дропаются потому что сессии нет помогите пожалуйста`),
    fw(`iptables -L -v -n | grep INVALID
 14k  812K DROP  tcp  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
lichylnyk roste vidkoly vvimknuly RST na VOS. dzvinky cherez tsei firewall zavysayut, partner bachyt ESTABLISHED`),
    fw(`Салам, кечээ SS_TCP_CLOSE_RESET On кылдык, бүгүн Azure NSG аркылуу өткөн чалуулар илинип калып жатат. Flow log'до RST drop. Оператордо TCP сессиялар ачык калат`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning219Set: readonly EvalItem[] = Object.values(tuning219Families).flat();
