import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Messages from VOS3000 operators, resellers and NOC engineers in Russia, Ukraine, Belarus, Kazakhstan, Uzbekistan,
 * Kyrgyzstan, Tajikistan, Georgia, Armenia and Azerbaijan writing on WhatsApp in Russian (Cyrillic, and translit in
 * Latin letters when the phone has no Cyrillic keyboard), in Ukrainian, and in Kazakh, Uzbek (Latin and Cyrillic),
 * Kyrgyz, Tajik and Azerbaijani mixed with Russian the way the region mixes them, from a polite "Добрый день, уважаемая
 * поддержка" to NOC slang (сервак, порты кончились, тупит, лагает, рега, отвалились, фаер, микрот, фортик, ребутнули);
 * figures written as 30 тыс, 30к, 28 000, 28.5к, тридцать тысяч, 29 миң or 28 мың. One-liners, voice-note transcripts,
 * shift handovers, forwards from subscribers and resellers, pasted netstat, ss, tcpdump, iptables, conntrack, MikroTik,
 * FortiGate, ASA, pfSense, Palo Alto, SonicWall, Check Point and softswitch log lines, with typos, missing punctuation
 * and emoji.
 *
 * The two-hundred-and-fifty-first tuning split, written as the two-hundred-and-fifty-first never-tuned evaluation set
 * because the former Soviet space is where VOS3000 runs on the most hand-kept CentOS boxes, looked after by engineers
 * who describe a fault in three languages and one pasted log within a single message, in fresh hands again. Five
 * negative families of 27 (one service that cannot bind its own port, registration lost for another reason, small
 * figures and questions, firewall work without dropped RST, playbook words denied or explained) and three positive
 * families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * before the eighty-third round of rules by someone who had read only the playbooks' symptoms and the domain notes,
 * without the matcher, its rules or the other sets in view; measured as such before and after the eighty-third round,
 * then made tuning material for the eighty-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 90 %, negatives confident 4.4 %, confident wrong 0 % with the rules
 * of the eighty-second round, before the eighty-third.
 * After the eighty-third round: the same.
 * After the eighty-fourth round, tuned on: in scope 92.2 %, negatives confident 0.7 %, confident wrong 0 %; still short
 * of the bar.
 * After the eighty-sixth round, tuned on: in scope 94.4 %, negatives confident 0 %, confident wrong 0 %; still
 * short of the bar.
 */
export const tuning251Families = {
  oneListeningPort: [
    no(`Добрый день. После перезагрузки сервера не открывается веб-морда VOS, звонки при этом идут. В catalina.out:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
netstat -tlnp | grep 8080 показывает какой-то старый java с PID 2231, который не умер при стопе. Его можно просто kill -9?`),
    no(`nginx перед веб-панелью не стартует: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). Админ вчера ставил apache для phpMyAdmin, похоже он и сел на 80. Как их развести?`),
    no(`mysqld не поднимается после аварийного выключения, в логе:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
Из-за этого VOS не видит базу. Второй mysqld вроде не запускали, ps показывает один зомбак`),
    no(`Сәлеметсіз бе! Сервакты перезагрузка жасадық, енді веб-панель ашылмайды. Логта тек бір жол: "bind 0.0.0.0:8080 failed: EADDRINUSE". Қоңыраулар жүріп жатыр, басқа ештеңе өзгермеді. Қай процесс 8080-ді ұстап тұрғанын қалай табамын?`),
    no(`Assalomu alaykum. Billing uchun docker konteyner ko'tarilmayapti:
Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use
Hostning o'zida ham postgres turibdi shekilli. Konteynerni boshqa portga qanday o'tkazamiz? VOS ga tegmaymiz`),
    no(`поменял sshd на порт 2222 чтоб боты не долбили, а он не встаёт: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. оказалось там агент мониторинга от хостера висит. на какой лучше перевесить?`),
    no(`Поставили рядом с VOS астериск под IVR, а он в логе: chan_sip.c: Failed to bind to 0.0.0.0:5060: Address already in use. Ну да, 5060 же свич держит. На какой порт посадить астериск, чтоб не мешал, 5080 норм?`),
    no(`npm run dev → Error: listen EADDRINUSE: address already in use :::3000
это наш дашборд для реселлеров на node, крутится на том же сервере что и свич. прогер в отпуске, как найти и прибить процесс который держит 3000?`),
    no(`Добрий день. Після оновлення ОС не стартує наш експортер CDR у Prometheus: "OSError: [Errno 98] Address already in use" на 9100. Схоже, там уже сидить node_exporter, який поставив хостинг. Дзвінки проходять нормально, питання тільки про цей порт.`),
    no(`privet, kamailio ne startuet: "ERROR: <core> [core/tcp_main.c] tcp_init(): bind(...) on 0.0.0.0:5061 : Address already in use". my vtoroi SIP dlya TLS podnyali na tom zhe servake gde VOS, a 5061 okazyvaetsya uzhe zanyat stunnel-om. kuda luchshe perenesti?`),
    no(`после apt upgrade на соседней виртуалке с кешем два redis-а: "Could not create server TCP listening socket *:6379: bind: Address already in use". systemd юнит новый, старый init.d тоже живой. Как убрать дубль?`),
    no(`Gamarjoba. FreeSWITCH на тестовом стенде не поднимает event socket: "Socket bind error: Address already in use" на 8021. Старый процесс fs после краша остался висеть. Только этот один порт, остальное стартует`),
    no(`Barev dzez. zabbix-agent на сервере с VOS не поднимается: "listener failed: bind() for [[-]:10050] failed: [98] Address already in use". Думаю, старый агент 3.0 и новый 5.0 одновременно стоят. Какой удалить?`),
    no(`Salam, grafana 3000 portunda başlamır: "bind: address already in use". netstat -tlnp göstərir ki, köhnə grafana-server prosesi qalıb (pid 1187). VOS işləyir, zənglər normaldır, sadəcə qrafiklər açılmır.`),
    no(`Саламатсызбы. Биздин webhook-сервер (flask, 5000 порт) VOS менен бир серверде, кечээтен бери ачылбайт: "OSError: [Errno 98] Address already in use". Чалуулар жакшы өтүп жатат, маселе ушул бир эле портто.`),
    no(`Салом алейкум. freeradius барои биллинг сар намешавад: "Failed binding to auth address * port 1812 bound to server default: Address already in use". Дигар мушкил нест, зангҳо мегузаранд. Ки 1812-ро гирифтааст, чӣ тавр бинам?`),
    no(`короче слушай, ситуация такая, я поднял второй экземпляр mbx на тестовый порт 5070 чтоб конфиг обкатать, а он ругается что address already in use, я туда-сюда, оказалось sipp на 5070 висит с прошлой недели, когда мы нагрузку гоняли, так его никто и не закрыл. Вопрос: sipp просто убить или там что-то ещё держится?`),
    no(`Наш SMS-шлюз на java не встаёт после деплоя:
Caused by: java.net.BindException: Address already in use (Bind failed)
	at sun.nio.ch.Net.bind0(Native Method)
	at sun.nio.ch.Net.bind(Net.java:433)
порт 8443, systemctl restart не помогает — старый процесс не умирает по SIGTERM. На свич не влияет, но клиенты без смс`),
    no(`Хотели поставить haproxy балансировщиком перед двумя свичами, а он: "[ALERT] Starting frontend sip_in: cannot bind socket [0.0.0.0:5060]". На этом же хосте mbx3000 слушает 5060. Надо вынести haproxy на отдельную машину или можно на другой IP повесить?`),
    no(`postfix/master[1432]: fatal: bind 0.0.0.0 port 25: Address already in use — алерты с VOS на почту перестали приходить. Там ещё sendmail стоит из коробки CentOS 6, видимо он и держит 25.`),
    no(`OpenVPN до офиса не поднимается: "TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use (errno=98)". Второй инстанс openvpn@client запустился с тем же портом. Звонки через VOS идут, только туннель для админов лежит`),
    no(`У клиента на винде 3CX не стартует, пишет что порт 5060 занят. netstat -ano | findstr 5060 показывает PID 5824 — это Zoiper, который кто-то оставил в автозагрузке. Он не наш, но спрашивает нас. Закрыть Zoiper и всё?`),
    no(`docker-compose up для отчётов:
Error response from daemon: driver failed programming external connectivity on endpoint reports_db: Bind for 0.0.0.0:3306 failed: port is already allocated
понятно что 3306 это родной mysql VOS, его не трогаем. контейнер на 3307 переназначить правильно?`),
    no(`Поменял порт веб-интерфейса VOS с 8080 на 8081 в server.xml, теперь томкат не стартует — BindException на 8081. lsof -i :8081 — наш старый nginx-прокси, про который все забыли. Как правильнее: прокси убрать или порт другой взять?`),
    no(`сервак ок, звонки идут, TIME_WAIT пара сотен. только pgbouncer на 6432 не встаёт — "could not bind IPv4 address "0.0.0.0": Address already in use". как найти кто занял 6432?`),
    no(`Доброго вечора. У нас на окремому сервері SIP-проксі OpenSIPS перед VOS. Після перезапуску: "ERROR:core:probe_max_receive_buffer ... bind failed: Address already in use" на 5060 UDP — виявилось, systemd і ручний запуск одночасно. Питання: як зробити, щоб не було двох копій?`),
    no(`Snmpd ни в какую не стартует: "Error opening specified endpoint "udp:161"" и в strace bind → EADDRINUSE. Второй snmpd от старого пакета net-snmp-5.5 висит. Нужно для мониторинга каналов, сам VOS работает без проблем`),
  ],
  otherRegistrationCause: [
    no(`После смены паролей на аккаунтах (безопасники заставили, раз в квартал) половина офисных телефонов отвалилась, в логе VOS 401 Unauthorized от них каждые 30 сек — стучатся со старым паролем. Можно как-то массово перепрописать через автопровижн?`),
    no(`Добрый день. Вчера у нас истекла лицензия VOS3000 (дата была 14-е), сегодня утром регистрации не принимаются, клиенты все unregistered. Новый ключ оплатили, куда его вставлять и надо ли рестартить?`),
    no(`Провайдер без предупреждения сменил нам внешний IP сервера с 203.0.113.40 на 198.51.100.17. У клиентов в телефонах прописан IP, не домен — теперь все регистрации легли. Какие варианты кроме обзвона всех 300 абонентов?`),
    no(`Світло вимкнули о 14:00 (графік відключень), генератор тягне тільки серверну, а роутер і PoE-комутатор в офісі без живлення — всі телефони офлайн. Коли дали світло, зареєструвались самі. Чи можна щоб VOS не слав алерти на кожне відключення?`),
    no(`Кеңседегі Wi-Fi роутер өшіп қалды (қуат блогы күйіп кетті), Yealink телефондар тіркеуден шықты. Жаңа роутер қойдық, бәрі қайта тіркелді. Тек сұрақ: роутер жоқ кезде қоңыраулар мобильдікке бағыттала ма?`),
    no(`Интернет провайдеримиз кеча кечқурун авария бўлди, филиалдаги телефонлар регистрациядан чиқди. Провайдер тиклади, лекин 5 та телефон ҳали ҳам offline — уларни қўлда ребут қилиш керакми?`),
    no(`у реселлера "СвязьПлюс" закончился срок действия аккаунта (expire стоял 01.03), все его 40 экстеншенов висят unregistered, в логе 403 Forbidden. Он оплатил, продлите пожалуйста до конца года`),
    no(`Перенесли sip.mycompany.kz на новый сервер, A-запись поменяли ещё утром, а половина телефонов продолжает ломиться на старый IP и не регается. TTL стоял 86400, видимо кеш. Ускорить можно?`),
    no(`В офисе MikroTik поменяли на Keenetic (старый сгорел). Телефоны у нас строго по UDP, TCP не используем. После замены часть Grandstream не регается, пока руками не перезагрузишь каждый. 25 штук по этажам бегать — есть способ проще?`),
    no(`telefon u direktora ne registriruetsya s utra, vse ostal'nye ok. prishli — lampochka na telefone ne gorit, PoE injector sgorel. pomenyali, zaregalsya. prosto dlya infy chtoby ne iskali na servere`),
    no(`Абонент сам поменял пароль SIP в личном кабинете и, естественно, забыл какой. Zoiper пишет "Registration failed: 403". Можете сбросить на временный и скинуть ему в личку?`),
    no(`Добрый день из Тбилиси. У провайдера Silknet упала оптика на 3 часа, весь офис был без интернета, SIP-аккаунты офлайн. Сейчас вернулись все, кроме двух — у тех в настройках прописан старый outbound proxy на IP, который мы давно выключили. Значит нам надо их перенастроить?`),
    no(`Barev. Переехали в новый офис в Ереване, новый провайдер Ucom, телефоны по UDP на 5060. Часть регается, часть нет — в трейсе видно что роутер провайдера переписывает Contact, у них SIP ALG включён и выключить его мы не можем, роутер их. Что просить у Ucom?`),
    no(`Протух сертификат на sip.voip-msk.ru (Let's Encrypt не продлился, certbot упал месяц назад), TLS-клиенты с 5061 отвалились все разом — "certificate has expired" в логах софтфонов. UDP-шные живые. Как правильно подложить новый серт в VOS?`),
    no(`В карточке аккаунта 7701 включена привязка к IP (только 198.51.100.33), а клиент переехал в другой офис и IP у него теперь другой — регистрация отбивается. Подскажите, где в веб-интерфейсе это убрать или поменять?`),
    no(`Аккаунт ООО "Восток-Телеком" заблокирован за неуплату (статус Locked с 5-го), их телефоны unregistered, они звонят ругаются. Деньги пришли сегодня, разблокируйте пожалуйста`),
    no(`Сменили SIP-порт с 5060 на 5088, потому что сканеры заколебали, и забыли предупредить удалённых сотрудников. Их софтфоны теперь стучатся на 5060 и, понятно, не регаются. Есть способ временно слушать оба порта?`),
    no(`Салом ака. Аз субҳ дар офис свет нест, Барқи Тоҷик лимит дод, то соати 18. Ҳамаи телефонҳо unregistered. Сервер дар ДЦ кор мекунад. Савол: занги воридотӣ ба куҷо меравад вақте телефон офлайн аст? Ба мобил гузаронидан мумкин?`),
    no(`Саламатсызбы. Бишкекте Aknet'те авария болду, эки саат интернет жок, бардык телефондор түшүп калды. Азыр интернет бар, бирок 3 телефон дагы эле катталбай жатат. Аларда DNS 10.0.0.1 жазылган, эски роутердин дареги.`),
    no(`Salam. Təhlükəsizlik üçün bütün SIP parollarını yenilədik, amma provisioning server köhnə konfiqi verir və bütün Grandstream-lər unregistered oldu. Provisioning faylını necə yeniləyək ki, telefonlar yeni parolu götürsün?`),
    no(`Рега слетает ровно через минуту у новых телефонов Fanvil — в логе VOS на каждый REGISTER "423 Interval Too Brief", у них expires=60 стоит по дефолту, а у нас min 300. Поправить на телефонах или на сервере снизить?`),
    no(`У нас лицензия на 500 линий, сегодня подключали новый колл-центр и 501-й и дальше не регаются. Остальные 500 работают. Сколько стоит расширить до 800 и как быстро ключ пришлёте?`),
    no(`Переехали в другой ДЦ (Селектел → Хетцнер), IP сервера поменялся. У ~300 клиентов прописан IP напрямую, а не sip.domain. Сейчас всё что не перенастроено — unregistered. Можно ли на старом IP поставить какой-то редирект?`),
    no(`Linphone на андроиде теряет регистрацию как только экран гаснет — doze режим, батарея режет фон. Транспорт UDP. На айфонах всё нормально. Это на телефоне настраивать или у вас push есть?`),
    no(`Сетевики поменяли voice VLAN на коммутаторе в бухгалтерии (было 20, стало 120) и не предупредили — телефоны получили адреса из пользовательской сети 192.168.1.x и сервер не видят, рега не проходит. Сервер тут ни при чём, просто фиксирую`),
    no(`Умер DHCP в офисе (виндовый сервер ушёл в синий экран), телефоны после ночи без IP — 169.254.x.x, все unregistered. Сервер подняли, но может стоит статику телефонам дать?`),
    no(`У нас всё только по UDP, TCP для телефонов вообще не включён. После того как провайдер перевёл офис на CGNAT, телефоны отваливаются после ~30 секунд тишины: рега на 3600, а UDP-маппинг у провайдера живёт секунд 30. Входящие не доходят. Какой keepalive поставить?`),
  ],
  smallFigures: [
    no(`ss -s показывает timewait 312, это норм для 40 одновременных звонков? ошибок никаких, просто смотрю`),
    no(`Объясните по-простому что такое TIME_WAIT и почему его так много в netstat? Набрал netstat -an, а там строк шестьсот с этим словом. Что-то сломалось или так и должно быть?`),
    no(`Как посмотреть текущий ip_local_port_range на CentOS 6? sysctl -a выдаёт простыню, не могу найти`),
    no(`TIME_WAIT шамамен 250-300 арасында тұрады, бұл қалыпты ма? Ешқандай проблема жоқ, жай аудитке тексеріп жатырмын`),
    no(`netstat -an | grep TIME_WAIT | wc -l → 148. Normalmi bu? Hech qanday xato yo'q, qo'ng'iroqlar o'tyapti, faqat qiziqish uchun so'rayapman`),
    no(`Глянул, всё ок?
Total: 412 (kernel 530)
TCP:   187 (estab 61, closed 98, orphaned 0, synrecv 0, timewait 97/0), ports 0
UDP    34
Жалоб нет, это плановая проверка перед праздниками`),
    no(`tcp_tw_reuse стоит 0 — надо ли менять, если звонков мало, максимум 5 CPS? Не хочу трогать то, что работает`),
    no(`Підкажіть, як перевірити скільки портів вільно з діапазону? У нас 32768–60999, TIME_WAIT близько 400, просто для щомісячного звіту керівництву`),
    no(`Ночью TIME_WAIT штук 20-30, днём к обеду доходит до 900, вечером опять вниз. Это нормальная динамика для небольшого свича или стоит насторожиться?`),
    no(`skolko TIME_WAIT schitaetsya "mnogo"? u nas v chas pik 1.2k, oshibok net, zvonki prohodyat. hochu porog v monitoring postavit'`),
    no(`На CentOS 5 нет ss (command not found). Чем тогда посчитать сокеты по состояниям, чтобы красиво, как ss -s?`),
    no(`Zabbix trigger "TIME_WAIT > 500" fired last night at 512 on vos-ala. Nothing broke, calls fine, about 30 CPS at that moment. Is 500 too low a threshold for this box, what would you set?`),
    no(`Привет. Проверка перед аудитом: TIME_WAIT 73, CLOSE_WAIT 2, ESTABLISHED 140, LISTEN 18. Надо что-то делать или можно писать "в норме"?`),
    no(`Если в диапазоне 28 тыс портов, а у нас занято сейчас 350 — какой это запас в процентах? Хочу в отчёте написать красиво, мы в Батуми, нагрузка сезонная`),
    no(`что значит orphaned в выводе ss -s? у нас там 0, а у коллеги 3 — это плохо?`),
    no(`Как правильно считать CPS? В пике у нас 12 звонков в секунду, TIME_WAIT в этот момент около 800. Это соотношение адекватное?`),
    no(`Кечээ кечинде TIME_WAIT 450 болду, азыр 90. Бул нормалдуубу? Эч кандай ката жок, жөн эле сурап жатам`),
    no(`Салом. Барои SIP TCP чанд порт лозим аст? Дар сервер TIME_WAIT 200 аст, ҳама чиз кор мекунад, фақат мехоҳам донам`),
    no(`TIME_WAIT 1500-ə çatsa narahat olmalıyam? İndi 240-dır, zənglər normaldır. Sadəcə monitorinq üçün hədd seçirəm`),
    no(`tcp_fin_timeout = 60 — это долго? Хочу понять, сколько на самом деле живёт один сокет в TIME_WAIT на линуксе и от чего это зависит`),
    no(`Дайте команду, чтобы посмотреть TIME_WAIT в разбивке по удалённым IP — хочу понять, к какому вендору больше коннектов. Сейчас всего штук 300, просто интересно распределение`),
    no(`алло да, я тут смотрю графики за неделю, TIME_WAIT пилой ходит от ста до семисот, ошибок bind нет, звонки все проходят, ASR нормальный. вопрос — это вообще стоит мониторить или забить?`),
    no(`После переезда на новый сервер (64 ядра, CentOS 7) TIME_WAIT всего 35, а на старом было около двух тысяч при той же нагрузке. Почему так сильно отличается? Проблем нет, просто любопытно`),
    no(`net.ipv4.ip_local_port_range = 32768	60999 — это сколько портов получается, 28 тыс? Нам хватит на 50 TCP-транков при 20 CPS? Сейчас всё спокойно`),
    no(`Зачем вообще нужен tcp_tw_reuse и безопасно ли его включать? Сейчас проблем никаких, TIME_WAIT ~150, но начальник прочитал статью и спрашивает`),
    no(`Сравнил два наших сервера: на первом TIME_WAIT 90, на втором 410 — а нагрузка на втором как раз раза в 4 больше. Это же пропорционально, значит всё ок?`),
    no(`Мы маленький оператор в Гродно, 8 транков, 3–4 CPS. Вопрос на будущее: при какой нагрузке обычно начинают думать о портах и TIME_WAIT? Сейчас там сотня-полторы`),
  ],
  firewallNoRst: [
    no(`Откройте пожалуйста на фаере 5060 TCP и UDP для нового вендора 198.51.100.70, плюс RTP 10000-20000. Тест звонков с ними завтра в 10:00`),
    no(`fail2ban забанил IP нашего перевозчика 203.0.113.9 после 5 неуспешных регистраций (они что-то тестили), и теперь все звонки к ним не идут. fail2ban-client status asterisk показывает его в banned. Как разбанить и добавить в ignoreip?`),
    no(`/ip firewall service-port disable sip — надо ли это делать на микроте в офисе? Жалобы на одностороннюю слышимость, телефоны по UDP`),
    no(`Хотим заблокировать весь SIP-трафик на 5060, кроме KZ, RU и UZ. iptables + ipset с geoip. Подскажите, как собрать список подсетей и не отрезать вендоров из Германии?`),
    no(`Поставили лимит: iptables -A INPUT -p udp --dport 5060 -m hashlimit --hashlimit-above 50/sec --hashlimit-mode srcip -j DROP. Не зарежет ли это легитимного вендора, который шлёт нам 80 CPS с одного IP?`),
    no(`На FortiGate сделали VIP для VOS: 5060 и RTP 10000-20000 на 10.10.0.5. Сигнализация ходит, а голос в одну сторону — нас не слышат. Что ещё проверить в политике NAT?`),
    no(`Добавьте в whitelist 91.203.5.44 — новый клиент из Ташкента, будет регаться с офисного IP. Спасибо!`),
    no(`Firewallda 8080 portni ochib bering iltimos, web panelga ofisdan kira olmayapman. Ofis IP: 195.158.x.x. Boshqa muammo yo'q`),
    no(`На pfSense налаштували port forward 5060 на VOS, але SIP OPTIONS від оператора не доходять. Правило є, в логах pfSense бачу pass, а на VOS tcpdump нічого не ловить. Може outbound NAT треба?`),
    no(`Вендор советует на нашей ASA выключить inspect sip (no inspect sip в global_policy), говорит что она ломает SDP. Есть ли у этого побочки для регистрации абонентов?`),
    no(`В AWS security group добавил 5060 tcp/udp для 0.0.0.0/0 — нормально так оставить или лучше открыть только вендорам по списку? Их штук 15`),
    no(`Сканерлер 5060 портын ұрып жатыр, User-Agent "friendly-scanner", секундына жүздеген REGISTER. iptables-пен қалай бұғаттаймын, string match арқылы?`),
    no(`В dmesg сыпется "nf_conntrack: table full, dropping packet". nf_conntrack_max = 65536, сейчас count 65500. Увеличить до 262144 безопасно по памяти на 4 ГБ?`),
    no(`Наш Check Point режет RTP через ~30 секунд тишины на холде — UDP timeout у него дефолтный. Звонки чисто по UDP. Где у Check Point увеличить таймаут для этих портов?`),
    no(`dst-nat на микроте для 5060 на VOS так правильно?
/ip firewall nat add chain=dstnat dst-address=203.0.113.5 protocol=udp dst-port=5060 action=dst-nat to-addresses=192.168.88.10
и то же самое для 10000-20000. Или лучше через netmap?`),
    no(`fail2ban заблокировал наш собственный офисный IP после того, как менеджер 10 раз неправильно ввёл пароль в веб-морде. Теперь весь офис не может зайти. Как снять бан с консоли?`),
    no(`Barev. iptables -L показывает DROP для всех на 1720 — H.323 вендор не может подключиться. Открыть только для его IP 185.12.x.x? И нужен ли ещё диапазон для H.245?`),
    no(`Palo Alto-da SIP üçün App-ID qaydası yazmalıyıq, VOS üçün hansı portlar lazımdır? 5060, 1720, RTP 10000-20000 — bu kifayətdir?`),
    no(`На SonicWall включены "Consolidated SIP transformations" — вендор говорит отключить, потому что ломаются Contact-заголовки. Отключать? Телефоны за ним по UDP`),
    no(`firewalld ne puskaet RTP, portov 10000-20000/udp net v zone public. kak dobavit' permanent chtoby posle reboot ne sletelo? centos 7`),
    no(`Перевозчик говорит, что на их фаерволе стоит лимит 30 CPS с нашего IP, а у нас в пике 45. Как им правильно сформулировать просьбу поднять до 60 и что приложить?`),
    no(`Атака на 5060 UDP, около 40к пакетов в секунду, с сотен адресов. Звонки пока проходят, но CPU 90%. Хотим поставить лимит в iptables или лучше сразу у хостера фильтрацию заказать?`),
    no(`Файрволго жаңы кардардын IP'син кошуш керек: 212.42.x.x, Ош шаарынан. 5060 UDP гана. Рахмат`),
    no(`Салом. Дар iptables қоида мехоҳем, ки 5060-ро аз ҳамаи IP-ҳои хориҷӣ бандем, ба ғайр аз провайдерҳои мо. geoip модул дар CentOS 6 кор мекунад?`),
    no(`nf_conntrack_sip модуль выгрузить? С ним телефоны за NAT (UDP) получают кривой Contact, без него вроде норм. modprobe -r nf_nat_sip nf_conntrack_sip и в blacklist — так?`),
    no(`Закрыли SSH 22 снаружи, оставили только из VPN, а VPN упал. Теперь не можем зайти на сервер с VOS. Есть IPMI-консоль — какой командой откатить правило, чтобы не сбить остальные?`),
    no(`Вопрос по Yandex Cloud: в группе безопасности для VOS надо ли отдельно открывать исходящие к вендорам на 5060, или egress по умолчанию всё пускает? Сейчас новые вендора подключаем`),
  ],
  negationContext: [
    no(`RST у нас выключен (SS_TCP_CLOSE_RESET="Off", только что посмотрел в /home/kunshi/mbx3000/etc/softswitch.conf), так что не предлагайте. Вопрос вообще про другое: как поменять язык веб-интерфейса на русский?`),
    no(`Мы со всеми вендорами и абонентами только по UDP, TCP нигде не поднят. Этот ваш TCP reset нас вообще хоть как-то касается или можно не читать рассылку?`),
    no(`В прошлом году в ноябре было "Cannot assign requested address" и тысяч 30 TIME_WAIT, тогда включили tw_reuse и расширили диапазон — с тех пор тишина. Сейчас просто пишу runbook, уточните, какие именно команды тогда применялись?`),
    no(`У моего знакомого на его сервере 30к TIME_WAIT и порты кончаются к вечеру. У нас всего 200, всё ок. Что ему посоветовать, он не ваш клиент, но просил спросить?`),
    no(`Ничего не меняли, телефоны за NAT в порядке, все 120 зарегистрированы. Просто хочу понять: какой интервал NAT keepalive вы рекомендуете ставить на Yealink, 15 или 30 сек?`),
    no(`Планируем на следующей неделе включить RST, чтобы разгрузить TIME_WAIT. У половины клиентов MikroTik и TCP. Какие риски и как откатить, если что?`),
    no(`Готовлю презентацию для новых сотрудников NOC. Объясните, пожалуйста, разницу между FIN и RST при закрытии SIP TCP-соединения, и почему RST может мешать NAT — на пальцах`),
    no(`Ми не вмикали RST і не плануємо — у нас понад 200 телефонів за NAT по TCP. Просто питання для документації: в якому файлі цей параметр і яке значення за замовчуванням?`),
    no(`Өткен айда FortiGate RST пакеттерін тастап жатқан, сол кезде SS_TCP_CLOSE_RESET қайта Off қойдық, содан бері бәрі жақсы. Рахмет! Енді тек есеп үшін: сол өзгеріс қай күні болды?`),
    no(`У нас есть отдельный Kamailio-кластер (не VOS), там тысячи TIME_WAIT к базе MySQL. Это в вашу поддержку входит или нам к своим разработчикам?`),
    no(`Biz RST ni yoqmadik, hech qachon. Telefonlar NAT ortida ishlayapti, hammasi joyida, 80 ta abonent. Savol boshqa: CDR eksportini kunlik qilish mumkinmi?`),
    no(`Вопрос с собеседования, который мне задали: что будет с таблицей соединений на ASA, если свич закроет SIP TCP через RST вместо FIN? Хочу правильный ответ знать, у нас самих ASA нет`),
    no(`В лабе на стенде специально воспроизвели "Address already in use" через sipp на 300 CPS, чтобы показать заказчику. На проде такого никогда не было. Как правильно описать в отчёте причину?`),
    no(`Вчера вечером включили RST → через час NAT-телефоны отвалились → ночью вернули Off, сейчас все 64 зарегистрированы. Закрывайте тикет, спасибо. Больше трогать не будем`),
    no(`Фаервола между нами и вендором нет вообще — прямой стык по L2 в одной стойке, так что RST никто не режет. Вопрос про кодеки: сколько стоит пакет лицензий G.729 на 100 каналов?`),
    no(`my ne menyali SS_TCP_CLOSE_RESET, on po defoltu Off. no posle vashego obnovleniya v subbotu proverte pozhaluista chto on tak i ostalsya Off, a to u nas 300 abonentov za NAT po TCP, ne hochetsya syurprizov`),
    no(`Коллега из Баку спрашивает: у них pfSense перед свичом и они хотят включить RST. Будет ли pfSense резать такие RST? У нас самих pfSense нет, я просто передаю`),
    no(`Barev. Для документации: у нас TLS на всех транках, поэтому RST мы не включаем и не собираемся. Правильно понимаю, что при RST пропускается close_notify?`),
    no(`Прочитал на форуме, что RST ломает NAT и телефоны отваливаются. Это правда или миф? У нас NAT нет вообще, все абоненты с белыми IP — но интересно`),
    no(`Соли гузашта BindException дар сервер доштем, он вақт портҳо тамом шуданд, шумо ислоҳ кардед. Ҳозир ҳама чиз хуб аст. Фақат мехоҳам бидонам: он тағйирот ҳоло ҳам фаъол аст?`),
    no(`Ötən həftə sizin mühəndis SS_TCP_CLOSE_RESET-i Off etdi və NAT telefonları geri qayıtdı. Təşəkkür edirik! İndi sadəcə rəhbərlik üçün qısa hesabat lazımdır — nə baş vermişdi?`),
    no(`Биздин сервер UDP гана, TCP жок. Досумдун серверинде RST күйгүзгөндөн кийин NAT артындагы телефондор түшүп калыптыр — бизге да ушундай коркунуч барбы?`),
    no(`слушай, я не жалуюсь, просто рассказываю: у соседнего оператора в Алматы фортик резал RST после того как они включили этот режим, они неделю искали, пока не нашли. у нас фортика нет, но может стоит где-то в базе знаний записать`),
    no(`Пишу runbook для дежурных: "если TIME_WAIT больше 25 тыс. и есть Cannot assign requested address — включать tw_reuse и расширять диапазон". Граница 25к правильная для диапазона 32768-60999?`),
    no(`Проверил всё: conntrack -S — invalid=0, на ASA show asp drop — tcp-not-syn 0, дропнутых RST нет. Значит не в этом дело. Звонки, кстати, в норме — это мы просто сверяем после вашей рассылки`),
    no(`Клиент спрашивает, не из-за RST ли у него отвалились телефоны. Но у нас RST не включался ни разу, проверили историю изменений — а у него в тот же день поменяли пароль на роутере и сбросили проброс портов. Как ему вежливо объяснить?`),
    no(`Для курса по VoIP делаю задачу студентам: "сервер на 100 CPS, TCP к 10 вендорам, диапазон портов стандартный — через сколько минут кончатся порты, если TIME_WAIT 60 секунд?" Проверьте, правильно ли у меня ответ 4,7 минуты`),
  ],
  portExhaustion: [
    pe(`Каждый вечер с 20:00 звонки перестают проходить, в логе "Cannot assign requested address", netstat показывает 29 тыс TIME_WAIT. Ребут помогает на пару часов, потом опять`),
    pe(`ss -s в 21:10:
Total: 31890 (kernel 32011)
TCP:   31204 (estab 412, closed 30588, orphaned 3, synrecv 0, timewait 30561/0), ports 0
Исходящие на вендоров по TCP не открываются, ASR в ноль. Что крутить?`),
    pe(`Кешкі пик кезінде сервак жаңа қоңырауларды өткізбейді, TIME_WAIT 28 мың, логта "Address already in use" — вендорларға шығатын TCP коннектілер ашылмайды. Рестарт берсек бір сағат жұмыс істейді`),
    pe(`Assalomu alaykum, Andijondagi serverimiz har kuni kechqurun "qotib qoladi": ss -s → timewait 27 500, vendorga yangi TCP ulanish ochilmaydi, logda "Cannot assign requested address". Pikda CPS 90 atrofida. Ertalab o'zi tuzaladi`),
    pe(`Порти кінчились 😩 о 21:00 TIME_WAIT 28к, нові TCP-з'єднання до операторів не відкриваються, дзвінки падають з 503. Перезапуск mbx3000d допомагає хвилин на сорок`),
    pe(`servak tupit v chnn, TIME_WAIT 30k+, k vendoram po TCP ne konnektitsya, v loge "bind failed: Address already in use" na ishodyashih. utrom vse norm`),
    pe(`лог за последние две минуты:
21:14:02 [sip-tcp] connect to 198.51.100.21:5060 failed: Cannot assign requested address (99)
21:14:02 [sip-tcp] connect to 198.51.100.21:5060 failed: Cannot assign requested address (99)
21:14:03 [sip-tcp] connect to 203.0.113.77:5060 failed: Cannot assign requested address (99)
21:14:03 call 88213 to route TR-MOB failed: no transport
... и так сотни строк. netstat -ant | grep -c TIME_WAIT = 28411`),
    pe(`короче каждый вечер одно и то же, часов в восемь начинается, звонки не идут, я захожу, а там этих TIME_WAIT тысяч под тридцать, ну я рестартую, оно отпускает, а в одиннадцать опять. ночью тихо. днём тоже норм. вот что это такое, помогите уже`),
    pe(`При 150 CPS через 10 минут все 28 232 порта в TIME_WAIT и свич перестаёт открывать TCP к вендорам. tcp_tw_reuse = 0, диапазон дефолтный 32768–60999`),
    pe(`Добрый вечер из Тбилиси. На пике 28.5к TIME_WAIT, почти все к 185.x.x.x:5060 (наш главный вендор, TCP). Новые звонки на него — "Address already in use". Остальные маршруты UDP и работают`),
    pe(`Здравствуйте, у нас в Ереване тридцать тысяч TIME_WAIT, и новые исходящие на Билайн по TCP не идут совсем. Началось в 19:40, сейчас 20:15, клиенты звонят. Срочно`),
    pe(`в syslog: mbx3000[2291]: SIP TCP connect to 10.0.0.5:5060 failed: errno 99 (Cannot assign requested address). ss -tan state time-wait | wc -l → 27 966. Всё это в час пик`),
    pe(`Саламатсызбы, биздин свичте ар кечте бир эле көйгөй: TIME_WAIT 29 миңге жетет, порттор бүтөт, вендорго TCP аркылуу чалуулар кетпейт, логдо "Address already in use". Түнкү 12ден кийин өзү оңолот`),
    pe(`Ака, дар лог ҳар сония "Address already in use" ҳангоми connect ба вендор, ss нишон медиҳад 27к TIME_WAIT. Ин фақат аз соати 20 то 23, вақте ки трафик ба Русия зиёд мешавад ва зангҳо намегузаранд`),
    pe(`Bakıdakı serverimizdə pik saatda ss -s: timewait 30 112. Bundan sonra TCP trunk-lara yeni INVITE getmir, logda "Cannot assign requested address", zənglər düşür. Səhər 600-ə enir`),
    pe(`опять порты кончились, TIME_WAIT 28к, ребутнули — ожило. это уже третий вечер подряд, сделайте что-нибудь нормальное`),
    pe(`ip_local_port_range 32768 60999, а TIME_WAIT 28 100 — всё забито под завязку, исходящие TCP к вендорам не создаются, звонки валятся. Как только трафик спадает после 23:00 — само проходит`),
    pe(`В логе mbx с 20:15 каждую секунду: "cannot bind local port for outgoing TCP to carrier". На вендоров уходит по 6 TCP-транков, CPS на пике под 120. Входящие при этом тоже начинают сыпаться`),
    pe(`netstat -ant | grep TIME_WAIT | awk '{print $5}' | cut -d: -f1 | sort | uniq -c | sort -rn | head
  14210 198.51.100.21
  11877 203.0.113.77
   1630 192.0.2.15
в сумме под 28 тыс, и свич на пике выдаёт 503 на всё, что идёт к этим двум`),
    pe(`Мои клиенты жалуются, что с 19 до 22 звонки рвутся и не проходят. Я реселлер, зашёл к себе на свич — TIME_WAIT от 26 до 29к, в логе куча "Address already in use" на исходящих к вендору. Это у меня или у вендора?`),
    pe(`Наш SIP-трафик к 6 вендорам по TCP, на пике 120 CPS. Начиная с 50-й минуты пика connect() возвращает EADDRINUSE, звонки не уходят. TIME_WAIT в этот момент 28 700`),
    pe(`рестарт mbx3000d помогает минут на 40, потом снова "Address already in use" и звонки падают с 503. Смотрю — TIME_WAIT растёт со скоростью тысяча в минуту, к 21:00 было 28 900`),
    pe(`Заббикс: TIME_WAIT рос с 2к в 17:00 до 28.9к в 20:30, в 20:31 ASR упал до 12%, в логе свича "Cannot assign requested address". К полуночи само рассосалось. Вчера так же`),
    pe(`Бәрі TCP арқылы, кешке вендорларға коннект ашылмайды — порттар таусылды деп ойлаймын: ss -s көрсетеді timewait 28 300, ports кеңістігі 28 232. Рестарттан кейін уақытша жақсы`),
    pe(`sysctl net.ipv4.tcp_tw_reuse = 0, диапазон стандартный, на пике 28 тысяч TIME_WAIT и "Cannot assign requested address" при звонках через TCP-транк. Что крутить в первую очередь?`),
    pe(`Ассалому алайкум. Бизда 4 та вендор TCP орқали уланган, кечқурун CPS 110 га чиқади ва шу пайт янги уланишлар очилмайди: "Address already in use". netstat — 28 минг TIME_WAIT. Ҳар куни шу аҳвол`),
    pe(`ss -tan state time-wait | wc -l
28744
и так каждый вечер с 20 до 23, в это время звонки на TCP-маршруты не проходят совсем. утром 900`),
    pe(`Звонки через TCP-транк на Турцию валятся в час пик, в syslog "connect: Cannot assign requested address", сокетов в TIME_WAIT тридцать тысяч с хвостиком. Днём при 30 CPS всё нормально, вечером при 140 — вот это`),
    pe(`Передача смены 2 → 3:
- 18:00–21:00 спокойно
- 21:40 снова порты: TIME_WAIT 29.3к, исходящие на 4 TCP-вендора "Address already in use"
- 21:52 рестарт mbx3000d, ожило
- 22:35 опять растёт, сейчас 24к
Просьба: разберитесь днём, третий раз за неделю`),
    pe(`Подключили в понедельник нового вендора, у него только TCP, весь вечерний трафик на Россию ушёл к нему, CPS под 200. Первые два дня ок, а сегодня к 20:00 свич начал отбивать исходящие — сейчас 27 900 TIME_WAIT и "Address already in use" на каждом новом коннекте к нему`),
  ],
  natUnregistered: [
    nat(`После того как включили SS_TCP_CLOSE_RESET=On, телефоны в офисах за микротиками стали отваливаться — unregistered каждые минут 10, потом сами регаются и снова. Все на TCP`),
    nat(`С вчерашнего изменения RST весь филиал за NAT офлайн — 35 Yealink по TCP. На центральном офисе с белыми IP всё нормально`),
    nat(`RST қосқаннан кейін MikroTik артындағы телефондар тіркеуден түсіп жатыр, SIP TCP арқылы. Бұрын мұндай болмаған. Кеше кешке сіздің инженер өзгерткен`),
    nat(`RST yoqilgandan keyin NAT orqasidagi telefonlar (SIP TCP) registratsiyadan chiqib ketyapti, har 15-20 daqiqada. Ofisda MikroTik hAP. Oldin hammasi joyida edi`),
    nat(`Після того як увімкнули RST (SS_TCP_CLOSE_RESET On), софтфони наших абонентів за домашніми роутерами втрачають реєстрацію, транспорт TCP 5060. Ті, що з білими IP — живі`),
    nat(`posle vklyucheniya RST vse zoiper-y u abonentov za NAT-om po TCP otvalivayutsya, re-register inogda prohodit, no cherez paru minut opyat' offline. do etogo mesyac rabotali bez problem`),
    nat(`слушайте, тут такое дело, вчера вечером ваш инженер поменял параметр закрытия TCP на ресет, ну чтоб TIME_WAIT меньше было, и вот с утра у нас все телефоны в офисе, они за роутером, по TCP, то есть, то нет, в веб-морде то зелёные, то серые. раньше такого не было вообще`),
    nat(`Лог с телефона (Yealink T46U, за NAT 95.x.x.x, транспорт TCP):
09:12:40 REGISTER sent, 200 OK
09:14:02 TCP connection closed by peer (RST)
09:14:31 REGISTER sent → no response, timeout
09:15:01 Registration failed, state: unregistered
Началось сразу после того, как на свиче поставили SS_TCP_CLOSE_RESET="On"`),
    nat(`Barev. С момента включения RST-режима наши абоненты за домашними роутерами Ucom теряют регистрацию по TCP, а корпоративные клиенты с белыми адресами — нет. Явно связано`),
    nat(`После RST change у клиентов в Тбилиси за home-роутерами Magti/Silknet Zoiper и MicroSIP по TCP показывают "Not registered". Раньше держались сутками`),
    nat(`Кечээ силер SS_TCP_CLOSE_RESET'ти On кылгандан бери Ош шаарындагы филиалда TP-Link артындагы 20 телефон (TCP) онлайн-оффлайн болуп жатат. Ак IP'дегилер жакшы иштеп жатат`),
    nat(`Ассалому алейкум. Дар Хуҷанд мағозаҳои мо телефонҳо доранд, паси роутерҳои хонагӣ, SIP TCP. Аз рӯзе ки режими RST-ро фаъол кардед, онҳо ҳар ним соат unregistered мешаванд. Пеш чунин набуд`),
    nat(`Gəncə filialında 12 telefon Keenetic arxasında, TCP ilə. SS_TCP_CLOSE_RESET On edildiyi gündən bəri qeydiyyat gah var, gah yox. Ağ IP-li baş ofisdə problem yoxdur`),
    nat(`Yealink T46 у всех на TCP транспорте, роутеры Keenetic в каждом офисе, NAT. Всё работало больше года. А с четверга — когда вы включили RST, чтобы TIME_WAIT убрать, — начались отвалы регистраций по всем офисам`),
    nat(`На микроте /ip firewall connection print where dst-port=5060 — записи к свичу по TCP пропадают сразу после RST от сервера, и телефоны висят unregistered до следующей перерегистрации. До включения SS_TCP_CLOSE_RESET такого не было`),
    nat(`Офис 40 телефонов за NAT, TCP. После reparse с SS_TCP_CLOSE_RESET="On" полдня был офлайн, сейчас мигает: то 30 зарегано, то 12`),
    nat(`Добрый день! У нас с прошлой ночи 70% extensions в статусе offline. Это только те, кто сидит за роутерами (дома и в филиалах), по TCP. Как я понял из вашего письма, в 23:00 вы включили RST на нашем свиче — совпадает по времени минута в минуту`),
    nat(`з учорашнього вечора, як ви змінили режим закриття TCP на RST, у філії у Львові телефони за NAT злітають з реєстрації. Транспорт TCP, роутер MikroTik RB951. Інших змін не було`),
    nat(`vosdagi RST o'zgarishidan keyin uyda ishlaydigan operatorlarimiz (MicroSIP, TCP, uy routerlari orqali) ro'yxatdan o'tolmayapti. Ofisdagilar ok, ularda ochiq IP`),
    nat(`NAT-абоненты по TCP отваливаются с тех пор, как на сервере SS_TCP_CLOSE_RESET стал On. tcpdump на свиче: шлём RST на 95.58.x.x:4xxxx, потом через 40 сек от него REGISTER на новый порт, а между — входящие к нему не доходят`),
    nat(`рега слетает у всех кто за натом, по tcp, началось после того как мы сами включили rst в softswitch.conf и сделали reparse. кто на udp — живые. откатить?`),
    nat(`Колл-центр в Караганде, 60 операторов, софтфоны по TCP за одним MikroTik. После RST-изменения в понедельник каждые 5–10 минут у кого-то "unregistered", входящие теряются. Белые IP у руководства — у них всё ок`),
    nat(`После вашего вчерашнего ремонта портов (TIME_WAIT был большой) — TIME_WAIT теперь в порядке, спасибо, но зато абоненты за домашними роутерами по TCP теряют регистрацию. Мне сказали, там включали RST`),
    nat(`privet, posle togo kak pomenyali SS_TCP_CLOSE_RESET na On, nashi filialy za NATom (TCP, mikrotiki) to registriruyutsya to net. na glavnom servere s belym IP vse ok. eto svyazano?`),
    nat(`Абонент пишет: "Телефон показывает 'Регистрация не удалась', хотя интернет есть". Он за домашним роутером Huawei, транспорт TCP. Таких жалоб за сутки уже 23, все — после того как мы в среду включили RST-закрытие на свиче`),
    nat(`Grandstream GXP за NAT, транспорт TCP, ключ keep-alive включён, но с момента RST на свиче — каждые ~2 минуты "Account 1 not registered". На UDP перевёл один для теста — держится. До RST на TCP тоже держались`),
    nat(`Қайырлы кеш. Біздің филиалда 15 телефон, NAT артында, TCP. Сіздер RST режимін қосқан күннен бері тіркеу үзіліп тұрады, кейде 10 минут, кейде бір сағат offline`),
    nat(`Voice note (расшифровка): "Алё, это Бахтиёр из Самарканда, у нас с того дня, как вы RST этот поставили, телефоны в магазинах, они все за роутерами и по TCP работают, то регистрируются, то нет, продавцы звонки пропускают, верните как было пожалуйста"`),
    nat(`NAT phones on TCP keep dropping registration since the RST change on vos-tbs. MikroTik conntrack entry for the phone's TCP flow disappears the moment the switch sends RST, phone doesn't notice and sits unregistered till its next REGISTER. Branch in Kutaisi, 28 phones`),
    nat(`Всё началось, когда мы для борьбы с TIME_WAIT выставили SS_TCP_CLOSE_RESET="On". С портами стало хорошо. Но телефоны у надомников за их роутерами — TCP, 5060 — теперь каждые полчаса unregistered. Похоже, роутеры теряют NAT-запись после RST`),
  ],
  firewallRst: [
    fw(`После включения RST звонки через FortiGate к вендору начали падать. В логах FortiGate на RST-пакеты от свича: "no session matched", action deny. До изменения такого не было`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 198.51.100.44/41822 flags RST on interface inside
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 198.51.100.44/41830 flags RST on interface inside
Сыплется с тех пор, как включили SS_TCP_CLOSE_RESET. Параллельно часть звонков к этому вендору не проходит`),
    fw(`pfSense блокирует RST от свича — в логе firewall куча block с флагом TCP:R на 5060, началось после включения SS_TCP_CLOSE_RESET=On. Звонки к вендору за pfSense через раз`),
    fw(`iptables -L FORWARD -v -n:
 pkts bytes target prot opt in out source destination
 48213 1928K DROP all -- * * 0.0.0.0/0 0.0.0.0/0 ctstate INVALID
счётчик растёт как бешеный с момента включения RST на свиче, в tcpdump видно — это как раз RST с 5060. Звонки через этот шлюз сбоят`),
    fw(`Palo Alto показывает на трафике от VOS: "packet dropped: TCP packet out of state", флаги RST. Это после включения RST-режима на свиче. Вендор говорит, что у него висят полуоткрытые сессии от нас`),
    fw(`SonicWall лог: "TCP packet received on non-existent/closed connection; TCP packet dropped", источник — наш VOS, порт 5060, флаг RST. С момента перевода свича на RST-закрытие звонки через SonicWall к вендору идут через раз`),
    fw(`Check Point SmartLog: "TCP packet out of state: First packet isn't SYN; tcp_flags: RST-ACK" от 10.20.0.7:5060. Это наш свич, мы включили RST в пятницу. С субботы у оператора в Баку жалобы на недозвоны`),
    fw(`У нас VOS в облаке, перед ним security group + NVA-фаервол со stateful-проверкой. С тех пор как включили SS_TCP_CLOSE_RESET="On", вендор жалуется: у него сотни полуоткрытых TCP-сессий от нас, а новые звонки через раз падают. На облачном фаерволе в логах — drop RST как invalid`),
    fw(`На стороне вендора висят полуоткрытые сессии: они видят с нашего IP ~3 тыс ESTABLISHED, а у нас ничего. Между нами ASA, в show asp drop растёт "tcp-not-syn" / "First TCP packet not SYN". Совпадает по времени с включением RST на свиче`),
    fw(`Фортик режет RST от свича после того, как мы включили режим reset — diagnose debug flow: "no session matched", звонки на Казахтелеком через него сыплются. Позвонить им или у себя что-то поменять?`),
    fw(`Після ввімкнення RST на свічі дзвінки через наш pfSense до оператора почали падати — в логах pfSense блоки пакетів з прапорцем R, стан "CLOSED:SYN_SENT". Оператор бачить завислі TCP-сесії з нашого боку`),
    fw(`Алматыдағы серіктеске қоңыраулардың үштен бірі өтпейді. Арамызда FortiGate 100F тұр, diagnose debug flow көрсетеді: RST пакеттері "no session matched" деп тасталады. Бұл SS_TCP_CLOSE_RESET қосылғаннан кейін басталды`),
    fw(`Salom. Bizda VOS va Beeline UZ orasida Cisco ASA bor. RST rejimini yoqqanimizdan keyin ASA logi "%ASA-6-106015 Deny TCP (no connection) flags RST" bilan to'lib ketdi, Beeline tomonda eski TCP sessiyalar osilib qolyapti, yangi qo'ng'iroqlarning bir qismi o'tmayapti`),
    fw(`conntrack -S после включения RST:
cpu=0 found=0 invalid=18422 ignore=0 insert=0 ...
cpu=1 found=0 invalid=17903 ignore=0 insert=0 ...
invalid растёт тысячами в минуту, правило -m state --state INVALID -j DROP на шлюзе их дропает. Это RST от свича на 5060. Звонки к вендору за этим шлюзом обрываются`),
    fw(`vendor ne poluchaet nashi RST — mezhdu nami Palo Alto i ono ih dropaet kak "tcp out of state". nachalos' rovno posle togo kak vklyuchili SS_TCP_CLOSE_RESET. u vendora zavisayut sessii i novye zvonki padayut`),
    fw(`Barev. С момента включения RST на нашем VOS звонки к оператору через их Check Point идут через раз. Их админ прислал лог: RST от нашего IP отбрасываются как "out of state". У них висят старые сессии, и новые INVITE по TCP не проходят`),
    fw(`Саламатсызбы. Биз менен вендордун ортосунда iptables шлюз турат (conntrack). RST күйгүзгөндөн кийин INVALID DROP эрежесинин эсептегичи мүнөтүнө миңдеп өсүп жатат — бул свичтин 5060 портунан келген RST. Чалуулар вендорго жарымы гана өтөт`),
    fw(`Салом. Байни VOS ва оператор pfSense истодааст. Аз он вақте ки SS_TCP_CLOSE_RESET=On гузоштем, pfSense пакетҳои RST-ро блок мекунад (дар лог TCP:R), дар тарафи оператор сессияҳои кӯҳна мемонанд ва зангҳо қатъ мешаванд`),
    fw(`Vendorun NOC-u yazır ki, onların Check Point-i bizim RST paketlərini "out of state" kimi atır və orada köhnə TCP sessiyaları yığılır. Biz RST rejimini cümə axşamı açmışıq — o gündən zənglərin 30%-i keçmir`),
    fw(`Звонки к вендору в Минске стали обрываться и не проходить примерно каждый третий. Сначала думали на вендора. Потом их сетевик прислал: у них на ASA "Deny TCP (no connection) flags RST" от нашего адреса. И тут я вспомнил — мы во вторник включили SS_TCP_CLOSE_RESET`),
    fw(`tcpdump на внешнем интерфейсе шлюза: RST от свича уходит внутрь, а наружу его нет — iptables дропает как INVALID (conntrack уже считает сессию закрытой/не знает её). После включения RST-режима звонки через этот шлюз к партнёру в Екб рвутся`),
    fw(`alo, короче, по вендору Турция ситуация: звонки через раз, их NOC говорит у них на фортигейте копятся сессии от нас, а наши RST их фаер не пропускает, "no session matched". и это с того дня, как мы включили ресет-закрытие на свиче. до этого полгода без единой жалобы`),
    fw(`После включения RST через наш iptables-шлюз на CentOS (ctstate INVALID -j DROP) звонки к оператору идут через раз. Убрал правило INVALID для теста — всё заработало. Оставить так опасно, как правильно?`),
    fw(`У нас между VOS и вендором stateful-фаервол SonicWall. С момента RST-изменения вендор видит полуоткрытые соединения, а наши звонки к нему периодически падают с таймаутом. В логе SonicWall — RST отбрасываются как пакеты без сессии`),
    fw(`Вендор пишет: "your side keeps stale TCP sessions, we see no FIN and no RST arriving since Friday". Между нами Palo Alto, в monitor — drop "tcp-out-of-state" на RST с нашего 5060. В пятницу мы как раз включили RST-закрытие на VOS`),
    fw(`AWS: VOS на EC2, перед ним firewall appliance (Fortinet из Marketplace). Включили SS_TCP_CLOSE_RESET для TIME_WAIT — через час вендор начал жаловаться на зависшие сессии и недошедшие звонки. Appliance дропает RST: "no session matched"`),
    fw(`Дзвінки через Check Point до партнера падають після ввімкнення RST. У логах Check Point: "First packet isn't SYN", tcp_flags RST. Напівзакриті сесії у партнера висять по годині`),
    fw(`Сервер VOS → Cisco ASA 5516 → вендор. После включения RST: "%ASA-4-419002: Received duplicate TCP SYN" и "%ASA-6-106015 Deny TCP (no connection) flags RST ACK". Вендор теряет часть INVITE по TCP`),
    fw(`пфсенс режет RST как out of state после того как свич стал закрывать tcp ресетом. у партнёра полуоткрытые сессии копятся, звонки через этот линк то проходят то нет`),
    fw(`Қайырлы таң. Сіздер RST-ті қосқан күннен бері Palo Alto арқылы серіктеске қоңыраулар үзіліп жатыр. Palo Alto логы: "TCP packet out of state", флаг RST, бастапқы порт 5060. Серіктесте жартылай ашық сессиялар`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning251Set: readonly EvalItem[] = Object.values(tuning251Families).flat();
