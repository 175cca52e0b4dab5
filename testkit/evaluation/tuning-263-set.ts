import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 operators, resellers and NOC engineers from Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan, Azerbaijan,
 * Georgia, Armenia, Ukraine and Belarus, writing mostly Russian (Cyrillic and translit), some Ukrainian and
 * Belarusian, some Kazakh, Uzbek, Kyrgyz, Tajik and Azerbaijani (Cyrillic or Latin), always with English technical
 * words. Registers run from formal incident letters and change requests to curt night-shift chat, voice-note
 * transcripts without punctuation, forwards from branches and resellers, and pasted ss, netstat, iptables,
 * conntrack, ASA, FortiGate, pfSense and softswitch log lines; figures written as 30 тыс., 30к, 28 000, тридцать тысяч.
 *
 * The two-hundred-and-sixty-third tuning split, written as the two-hundred-and-sixty-third never-tuned evaluation set
 * because the figures of the last rounds should be checked against messages from the Caucasus and Central Asia that
 * mix three languages in one line, in fresh hands again. Five negative families of 27 (one service that cannot bind
 * its own port, registration lost for another reason, small figures and questions, firewall work without dropped RST,
 * playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones unregistered
 * after RST mode, a stateful firewall dropping RST). Written before the eighty-seventh round of rules by someone who
 * had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in
 * view; measured as such before and after the eighty-seventh round, then made tuning material for the eighty-eighth:
 * bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 91.1 %, negatives confident 4.4 %, confident wrong 0 % with the
 * rules of the eighty-sixth round, before the eighty-seventh.
 * After the eighty-seventh round: in scope 91.1 %, negatives confident 3.7 % (the framing counts recounted with the
 * new tuning splits), confident wrong 0 %.
 */
export const tuning263Families = {
  oneListeningPort: [
    no(`Добрый день. После обновления не стартует веб-интерфейс VOS3000, в catalina.out: java.net.BindException: Address already in use: JVM_Bind <null>:8080. Похоже, старый tomcat висит процессом после stop. Как его правильно прибить, чтобы не сломать остальное?`),
    no(`privet, nginx ne podnimaetsya posle reboot: bind() to [::]:80 failed (98: Address already in use). okazalos apache tozhe stoit, kto-to iz prezhnih adminov postavil. kakoi iz nih ubrat?`),
    no(`Доброго дня. На тестовому ноутбуці npm run dev каже Error: listen EADDRINUSE: address already in use :::3000. Це не сервер VOS, просто наш портал для дилерів. Як знайти процес, що тримає порт?`),
    no(`docker-compose up падает: Error starting userland proxy: listen tcp4 10.20.0.7:5432: bind: address already in use. Постгрес на хосте уже стоит системный. Это под биллинг, к софтсвичу отношения не имеет.`),
    no(`mysqld не стартует на VOS сервере после kill -9: [ERROR] Can't start server: Bind on TCP/IP port: Address already in use. Do you already have another mysqld server running on port: 3306 ? ps показывает два mysqld_safe. Какой убивать?`),
    no(`Сәлеметсіздер ме. Redis іске қосылмайды: Could not create server TCP listening socket *:6379: bind: Address already in use. Бұл біздің CRM серверінде, VOS емес. Қай процесс портты ұстап тұрғанын қалай табамын?`),
    no(`Поставили на тот же сервак kamailio для теста, а он ругается: bind_sock: could not bind socket 10.0.3.15:5060 — Address already in use. Ну понятно, VOS держит 5060. Какой порт лучше дать камайлио, чтобы не пересекаться?`),
    no(`sshd на резервном сервере после смены порта на 2222 не поднимается: error: Bind to port 2222 on :: failed: Address already in use. Кто там может сидеть? Подскажите как через netstat -tlnp посмотреть на CentOS 6.`),
    no(`Assalomu alaykum. Docker konteyner ishga tushmayapti: Bind for 10.10.1.4:8080 failed: port is already allocated. Eski konteyner o'chirilmagan shekilli. Bu bizning hisobot paneli, VOS emas. docker ps -a da ko'rinyapti.`),
    no(`на гейте asterisk 13 в логе: Unable to bind to 192.168.20.3:5060 — Address already in use. После апгрейда chan_sip и pjsip оба пытаются слушать 5060. Как их развести?`),
    no(`(голосовое, расшифровка) значит так ребята у нас на сервере где веб морда вос три тысячи после перезагрузки томкат не встаёт пишет адрес уже используется порт восемь тысяч восемьдесят я так понимаю там что-то другое село на этот порт глянете когда будет минутка`),
    no(`Из тбилисского офиса: поставили Grafana на сервер мониторинга, а порт 3000 уже занят нашим node-приложением, лог: listen tcp :3000: bind: address already in use. Достаточно поменять http_port в grafana.ini?`),
    no(`Барев. php-fpm на сайте реселлера не стартует: ERROR: unable to bind listening socket for address 'localhost:9000': Address already in use (98). Там ещё xdebug слушатель кажется. Свитч тут ни при чём, просто вы нам хостинг настраивали.`),
    no(`У менеджера на Windows не запускается наша утилита выгрузки записей разговоров, пишет WSAEADDRINUSE (10048) на порту 9090. Какая программа держит порт и как это увидеть без админских прав?`),
    no(`после установки cockpit на centos 7 наш собственный дашборд на 9090 не стартует — EADDRINUSE. systemctl status показывает cockpit.socket active (listening). Выключить cockpit.socket и всё?`),
    no(`haproxy reload: [ALERT] Starting frontend portal_https: cannot bind socket [10.0.0.9:443]. Апач тоже висит на 443 с дефолтным ssl.conf. Это фронт для клиентского портала, не для SIP.`),
    no(`томкат на вебці VOS не піднявся, Address already in use 8080, стара java висить з минулого запуску. kill -9 робити безпечно чи краще через shutdown.sh?`),
    no(`Сервис выгрузки CDR на сервере отчётов не стартует — java.net.BindException: Адрес уже используется (Bind failed), порт 5000. Подозреваю, cron запустил его второй раз поверх первого.`),
    no(`Добры дзень. Пасля абнаўлення zabbix-server не запускаецца: listener failed: bind() for [[-]:10051] failed: [98] Address already in use. Стары працэс застаўся ў памяці. Гэта маніторынг, сам VOS працуе нармальна.`),
    no(`Бишкек, NOC. snmpd не стартует: Error opening specified endpoint "udp:161" — bind: Address already in use. Оказалось, вендорский агент от RAID-контроллера тоже слушает 161. Как оставить один?`),
    no(`Салом. Дар сервер openvpn оғоз намешавад: TCP/UDP: Socket bind failed on local address [AF_INET]10.8.0.1:1194: Address already in use. Ду конфиг ҳаст, server.conf ва server-old.conf. Кадомашро хомӯш кунем?`),
    no(`Salam. Bizim API server (node) restart olanda EADDRINUSE :::8443 verir, pm2 iki instance açıb deyəsən. VOS-a aidiyyatı yoxdur, sadəcə soruşuram necə düzəltmək olar.`),
    no(`разработчик пишет: OSError: [Errno 98] Address already in use при запуске flask на 5000 у него на маке. Там AirPlay Receiver держит 5000. Это для нашего бота статистики. Просто поменять порт?`),
    no(`На сервере VOS поставили httpd ради phpMyAdmin, и теперь встроенный веб VOS на 80 порту не стартует — bind failed, Address already in use. Как развести их по разным портам без переустановки?`),
    no(`freeswitch на соседнем сервере не поднимает профиль: Error Creating SIP UA for profile: internal (sip:mod_sofia@10.10.5.20:5060). The likely causes for this are: 1) Another application is already listening on the specified address. Там раньше стоял asterisk, видимо не удалили.`),
    no(`node_exporter: listen tcp :9100: bind: address already in use — уже стоит другой экспортер от старого админа под другим юнитом. Просто systemctl disable старого?`),
    no(`rtpengine после restart не стартует: Failed to open control socket localhost:2223: Address already in use. Предыдущий процесс не умер после stop, висит в D-state. Что делать кроме перезагрузки?`),
  ],
  otherRegistrationCause: [
    no(`После смены пароля на аккаунте 7021 в VOS все телефоны филиала unregistered, в логе сплошной 401 Unauthorized. На аппаратах остался старый пароль, забыли поменять. Можно массово через провижнинг?`),
    no(`Сменили домен с sip.old-provider на новый, DNS ещё не разошёлся — половина софтфонов не регистрируется, Zoiper пишет DNS lookup failed. Сколько ждать TTL?`),
    no(`У клиента закончилась лицензия VOS (license expired), сегодня в 00:00 все телефоны разрегистрировались и звонки встали. Как быстро продлить, к кому писать?`),
    no(`В алматинском офисе весь день телефоны unregistered — у провайдера авария, интернета в здании нет вообще. На свитче всё нормально, просто чтобы вы знали.`),
    no(`Сгорел PoE-коммутатор в офисе, 24 Yealink без питания, в VOS все офлайн. Это не баг, просто сообщаю, что завтра поставим новый.`),
    no(`мобильные софтфоны у торговых агентов отваливаются от регистрации, когда телефон уходит в сон и Android убивает приложение из-за экономии батареи. Транспорт только UDP, TCP вообще не используем.`),
    no(`Реселлер из Кутаиси: все его абоненты получают 403 Forbidden на REGISTER. Это мы сами заблокировали его аккаунт за неоплату, в VOS статус locked. Разблокируем после оплаты, просто фиксирую.`),
    no(`Клиент поменял роутер на новый TP-Link, и телефоны по UDP стали терять регистрацию каждые 5 минут. В VOS транспорт UDP, RST мы не включали. Может, у роутера маленький UDP timeout?`),
    no(`После того как провайдер поставил новый Huawei ONT, телефоны в офисе не регистрируются: SIP ALG на ONT переписывает Contact и порт. Транспорт UDP. Как отключить ALG на этой модели?`),
    no(`Телефоны в филиале получили новые адреса по DHCP из другого пула, а в VOS у аккаунта стоит привязка по IP 192.168.5.0/24 — регистрацию отклоняет. Как разрешить динамические адреса?`),
    no(`Кто-то из операторов удалил аккаунт 5503 в VOS, телефон теперь получает 404 Not Found на REGISTER. Можно восстановить из бэкапа или только создать заново?`),
    no(`Після переїзду офісу в Дніпрі телефони Grandstream не реєструються — у них у провіжнінгу зашитий старий адрес сервера 203.0.113.40, а ми переїхали на 203.0.113.77. Як швидко перепрошити всі?`),
    no(`Toshkent filialida telefonlar ro'yxatdan o'tmayapti, 401 qaytaradi. Admin kecha parolni o'zgartirgan, telefonlarda eski parol qolgan. Hammasini qo'lda o'zgartirish kerakmi?`),
    no(`Qaraǵandy ofisinde elektr joq, UPS otyrdy, barlyq telefondar unregistered. Jaryq kelgende ózi qaıta tirkele me, álde qolmen qosý kerek pe?`),
    no(`Софтфон с TLS у клиента не регистрируется: на его ноутбуке дата сбилась на 2019 год, сертификат сервера считается ещё не действительным. Поправил время — заработало. Может, добавить в FAQ?`),
    no(`На аккаунте стоит лимит одновременных регистраций 5, шестой телефон получает 403 и висит unregistered. Где в VOS поднять этот лимит?`),
    no(`У реселлера истёк срок действия аккаунта 1-го числа (expiry date в VOS), все его SIP-пользователи unregistered. Продлили на год — проверьте, пожалуйста, что подтянулось.`),
    no(`Переносили VOS на новый сервер, IP сменился, а на MikroTik в филиале в dst-nat и в настройках телефонов остался старый адрес 203.0.113.12. Естественно, ничего не регистрируется. Дайте список, что поменять.`),
    no(`Регистрация флапает раз в минуту — на телефонах кто-то выставил Register Expiration 30 секунд, а свитч отвечает 423 Interval Too Brief. Какой минимальный интервал у VOS?`),
    no(`Ереван: все аппараты в колл-центре показывают No Service — в здании переделывали кабельную разводку и не подключили назад коммутатор доступа. Фиксирую инцидент, на нашей стороне всё ок.`),
    no(`Після оновлення прошивки Cisco SPA телефони скинулись до заводських і втратили налаштування акаунтів, тому й unregistered. Перепровіжнимо самі, тікет можна закрити.`),
    no(`fail2ban на свитче забанил офисный IP 198.51.100.66 после того, как один старый телефон долбился с неправильным паролем — теперь весь офис не регистрируется. Как разбанить и найти виновный аппарат?`),
    no(`У абонентов в Таджикистане на мобильном интернете софтфоны не регистрируются: оператор режет SIP на 5060, REGISTER уходит в 408 Request Timeout. Через Wi-Fi всё работает. Можно дать им альтернативный порт?`),
    no(`короче у нас девочки в колл-центре пришли утром а телефоны все незарегистрированные оказалось админ вчера вечером в вос поставил у агентского аккаунта привязку к статическому ip а у них динамика`),
    no(`Телефони віддаленого офісу ходять через IPsec VPN, тунель упав після заміни pre-shared key — ось і незареєстровані. На VOS нічого не міняли, розбираємося з роутером.`),
    no(`Клиент жалуется, что unregistered, а оказывается он сам прописал в софтфоне порт 5080 вместо 5060. Исправили, всё зарегистрировалось. Закрываем тикет.`),
    no(`Телефоны за NAT у клиента в Баку теряют регистрацию только через LTE-роутер: UDP, у мобильного оператора NAT-таймаут около 30 секунд. RST у нас выключен, TCP они не используют. Какой keepalive поставить?`),
  ],
  smallFigures: [
    no(`Вопрос: ss -s показывает timewait 412 на нашем VOS в три часа ночи. Это нормально или уже повод что-то крутить?`),
    no(`Сколько TIME_WAIT считается нормой при 20 CPS? У нас около 1 500, жалоб нет, просто хочу понимать ориентир.`),
    no(`Объясните по-человечески, что такое TIME_WAIT и почему ядро не закрывает сокеты сразу?`),
    no(`Какой по умолчанию ip_local_port_range на CentOS 7? cat показывает 32768 60999 — это дефолт или кто-то менял?`),
    no(`Как посчитать TIME_WAIT, если ss нет на CentOS 5? netstat -ant | grep TIME_WAIT | wc -l — так правильно считать?`),
    no(`Плановий health-check vos-lviv: TIME_WAIT 2 100, порти 32768–60999, CPS у піку 25, помилок у логах немає. Чи треба щось тюнити заздалегідь, чи хай живе?`),
    no(`Что делает параметр SS_TCP_CLOSE_RESET? В мануале в 4.3.5.2 написано очень коротко, хочу понять на что влияет.`),
    no(`ss -s
Total: 612 (kernel 640)
TCP:   498 (estab 61, closed 402, orphaned 0, synrecent 0, timewait 398/0), ports 0
всё ли в порядке? Просто проверяю после миграции на новое железо.`),
    no(`tcp_tw_reuse nima qiladi? Bizda hozir 0 turibdi. Muammo yo'q, shunchaki bilmoqchiman, yoqish kerakmi yoki yo'q.`),
    no(`Где в VOS3000 лежит softswitch.conf и нужно ли перезапускать сервис после правки, или reparse достаточно?`),
    no(`Түнгі мониторинг: TIME_WAIT 760, CPS 12, bind қателері жоқ. Бәрі қалыпты ма, әлде алаңдау керек пе?`),
    no(`30 тыс. эфемерных портов — это много или мало для свитча на 150 одновременных вызовов? Хочу прикинуть запас на будущее.`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     45 ESTABLISHED
    230 TIME_WAIT
     12 LISTEN
это норм для 15 CPS?`),
    no(`Как поменять ip_local_port_range так, чтобы пережило перезагрузку на CentOS 6? Слышал, что sysctl.d там не читается.`),
    no(`Теоретический вопрос: сколько максимум исходящих TCP-соединений сервер может держать к одному carrier IP:port одновременно?`),
    no(`tcp_fin_timeout влияет на TIME_WAIT или это про FIN_WAIT2? У нас стоит 60, TIME_WAIT около тысячи, жалоб нет.`),
    no(`Ежемесячный аудит: TIME_WAIT 1 200, ESTABLISHED 300, пик 18 CPS, ASR в норме. Всё в зелёной зоне? Есть смысл превентивно включить tw_reuse?`),
    no(`Хотим в Zabbix триггер на TIME_WAIT. Какой порог ставить — 10к, 20к? Сейчас обычно 500–800.`),
    no(`В чём разница между tcp_tw_recycle и tcp_tw_reuse? Где-то читал, что recycle опасен, если клиенты за NAT.`),
    no(`pryvit, skilky portiv za zamovchuvannyam u diapazoni na CentOS 6? u nas 32768 61000, vse pratsyuie, prosto pytannia dlya dokumentatsii`),
    no(`Сколько портов реально съедает один SIP-звонок по TCP — один сокет или больше? Хочу посчитать ёмкость.`),
    no(`Почему в ss -tan TIME_WAIT видно только на нашей стороне, а у carrier их нет? Штук 300, чисто любопытно.`),
    no(`Тбилиси: новый сервер, 5 CPS, TIME_WAIT ~150. Есть ли смысл что-то тюнить сразу или не трогать, пока всё работает?`),
    no(`Покажите команду, как посмотреть текущее значение SS_TCP_CLOSE_RESET на сервере, не открывая конфиг в редакторе.`),
    no(`TIME_WAIT neçə dəqiqə qalır? Bizdə 900 ədəd var, CPS 15. Normaldır, yoxsa çoxdur?`),
    no(`после reparse параметры softswitch.conf применяются к уже открытым соединениям или только к новым?`),
    no(`Отчёт за неделю: максимум TIME_WAIT 3 400 в пятницу вечером при 40 CPS, ошибок bind ноль, ASR нормальный. Вопрос: есть ли смысл что-то менять?`),
  ],
  firewallNoRst: [
    no(`Подключаем нового carrier из Стамбула, нужно открыть 5060/udp и RTP 10000-20000 с 198.51.100.14. Правильно так: iptables -I INPUT -s 198.51.100.14 -p udp --dport 5060 -j ACCEPT, и то же для диапазона?`),
    no(`fail2ban забанил IP нашего же филиала 203.0.113.50, у них бухгалтерия трижды ошиблась паролем в веб-кабинете. Как разбанить — fail2ban-client set vos-web unbanip?`),
    no(`Отключить SIP ALG на MikroTik: /ip firewall service-port disable sip — этого достаточно или ещё что-то?`),
    no(`Нужно пробросить 5060 на FortiGate на наш внутренний VOS 192.168.10.5 через VIP. Подскажите порядок: VIP, потом policy?`),
    no(`Додайте, будь ласка, у whitelist IP нового клієнта 198.51.100.77 для веб-кабінету VOS (порт 8080). Дякую.`),
    no(`Хотим отрезать весь SIP кроме Казахстана и Узбекистана. Что лучше — geoip в iptables или pfBlockerNG на pfSense?`),
    no(`Нас сканирует friendly-scanner, под 2000 REGISTER в секунду на 5060/udp. Как сделать rate limit через iptables hashlimit, чтобы не задеть клиентов?`),
    no(`На Cisco ASA нужен ACL для нового vendor 203.0.113.90 на TCP 5060, сейчас в логе %ASA-4-106023: Deny tcp src outside:203.0.113.90/41822 dst inside:10.0.0.5/5060 by access-group "outside_in". Это просто доступ не открыт, да?`),
    no(`Palo Alto: создаём security policy для SIP от нового carrier, application sip, service application-default. Этого хватит или надо отдельно RTP?`),
    no(`Yangi operator uchun firewallda 5060 portini ochish kerak, IP 198.51.100.23. pfSense'da qanday qilinadi, WAN rules'ga qo'shsam bo'ladimi?`),
    no(`Жаңа клиенттің IP-ін ақ тізімге қосу керек: 203.0.113.61. iptables-те ме әлде VOS-тың өз шлюз баптауында ма?`),
    no(`В dmesg при флуде на 5060/udp сыпется nf_conntrack: table full, dropping packet. Увеличить nf_conntrack_max или лучше notrack для UDP SIP?`),
    no(`Можно ли закрыть веб-порт VOS 80 от внешки и оставить доступ только из VPN? Правило на MikroTik в chain=input, подскажите порядок.`),
    no(`Carrier сменил IP сигналинга со 198.51.100.3 на 198.51.100.4. Надо у себя в iptables поправить. Просто отредактировать /etc/sysconfig/iptables и service iptables restart?`),
    no(`Выключить SIP ALG на FortiGate: config system settings, set sip-expectation disable, set default-voip-alg-mode kernel-helper-based — правильная последовательность?`),
    no(`После включения firewalld на CentOS 7 RTP перестал ходить — одностороннее аудио. Диапазон 10000-20000/udp не открыт. Как добавить его permanent?`),
    no(`Ереван, NOC: просим согласовать новое правило на Palo Alto — разрешить SIP TLS 5061 от 198.51.100.101 к 10.20.0.11. Заявка CHG-4471, окно в субботу.`),
    no(`iptables -L -v показывает, что DROP в INPUT 0 pkts, а 5060 снаружи всё равно недоступен. Оказалось, провайдер режет 5060. Как в VOS перевесить SIP на 5080?`),
    no(`Как сделать проброс 5060 tcp/udp и 10000-20000 udp на домашнем Keenetic для тестового софтфона инженера?`),
    no(`Magti дали нам новый диапазон адресов для сигналинга, надо обновить address group на FortiGate. Какие порты кроме 5060 открывать?`),
    no(`Можно ли в iptables блокировать sipvicious по User-Agent через -m string? И будет ли это работать для SIP over TCP?`),
    no(`Включили jail fail2ban для веба VOS, хотим банить после 5 неудачных логинов. Какой failregex под его лог?`),
    no(`Після додавання нового правила у pfSense для 5060 клієнт з Харкова не може відкрити веб-портал. Напевно, правило перекрило 443? Ось скріншот правил.`),
    no(`Нужно ли отдельно открывать ICMP, чтобы carrier видел нас в своём мониторинге? Они говорят, что их SIP OPTIONS до нас не доходят.`),
    no(`MikroTik: сделал dst-nat на 192.168.88.10 для 5060 udp, но входящие снаружи не приходят. Может, drop-правило стоит выше? Вот /ip firewall export.`),
    no(`Просим временно открыть SSH для подрядчика с 203.0.113.200 на два часа, потом закрыть. Согласовано с руководством.`),
    no(`Барои оператори нав дар iptables 5060/tcp кушодан лозим, IP 198.51.100.9. Ин фармон дуруст аст: iptables -I INPUT -s 198.51.100.9 -p tcp --dport 5060 -j ACCEPT?`),
  ],
  negationContext: [
    no(`Это не у нас, просто читал статью на Хабре про TIME_WAIT и SS_TCP_CLOSE_RESET — автор пишет, что RST ломает NAT у абонентов. Это правда?`),
    no(`Готовлюсь к экзамену по VoIP. Вопрос: «что произойдёт с телефонами за NAT, если softswitch закрывает TCP через RST?» Помогите сформулировать ответ.`),
    no(`Прошлой зимой у нас был Cannot assign requested address при 300 CPS, тогда вы помогли с tw_reuse. Сейчас всё стабильно, просто хотел поблагодарить команду.`),
    no(`Перед тем как включить SS_TCP_CLOSE_RESET=On, что надо проверить на ASA, чтобы RST потом не дропался? Пока ничего не меняли.`),
    no(`У нас RST выключен (Off), транспорт только UDP, телефоны за NAT держат регистрацию нормально. Вопрос только про интервал keepalive — какой рекомендуете?`),
    no(`Тикет #5521 про unregistered после RST закрыт: вчера вернули Off, сегодня все 80 телефонов зарегистрированы. Можно архивировать.`),
    no(`В лаборатории на стенде специально включил RST и поставил ASA перед свитчем, чтобы посмотреть, как он дропает — всё как в мануале. На проде ничего не трогаем.`),
    no(`Ложная тревога: думали, что телефоны отвалились из-за RST, а это был сброс пароля на аккаунте. RST тут ни при чём, вопрос снят.`),
    no(`Ніхто нічого не міняв на свитчі, SS_TCP_CLOSE_RESET як був Off, так і є. Питання лише: чи варто його взагалі вмикати при 10 CPS?`),
    no(`Реселлер из Оша пересылает историю: у соседней компании после включения RST фаервол дропал пакеты. У него самого всё работает, спрашивает, может ли такое случиться у него.`),
    no(`На собеседовании спросил кандидата, почему при высоком CPS заканчиваются эфемерные порты. Хочу проверить, правильно ли я сам понимаю ответ.`),
    no(`Гипотетически: если поднимем CPS до 500, упрёмся ли в порты? Сейчас 60 CPS, TIME_WAIT 4к, никаких проблем нет.`),
    no(`Планируем в субботу переключить RST на On. У части клиентов MikroTik и регистрация по TCP — они потеряют регистрацию? Хотим заранее понять риск.`),
    no(`O'tgan oy RST yoqilgandan keyin telefonlar uzilib qolgan edi, qaytarib o'chirdik, hozir hammasi joyida. Faqat rahbariyatga hisobot uchun sababini yozib bering.`),
    no(`Пишу отчёт для руководства: объясните простыми словами, почему FortiGate может дропать RST. У нас RST не включён, это для общего понимания.`),
    no(`Address already in use — это было вчера, оказалось, наш тестовый скрипт sipp запускали дважды на одном порту. Закрыли, всё ок.`),
    no(`Біз тек UDP қолданамыз, TCP мүлдем жоқ. SS_TCP_CLOSE_RESET параметрі бізге әсер ете ме, әлде мүлдем мағынасыз ба?`),
    no(`На курсе по сетям Linux разбираем TIME_WAIT — можно пример вывода ss -s с 30 тыс. TIME_WAIT для слайда? Это учебное, не живой сервер.`),
    no(`Коллега из другой компании жалуется на EADDRNOTAVAIL на их Asterisk, не на VOS. У нас такого нет. Что ему посоветовать?`),
    no(`Не надо ничего включать! Я спросил только про разницу между FIN и RST, никаких проблем на сервере нет.`),
    no(`Подрядчик в прошлом году включал RST, и потом полдня ловили дропы на ASA. Сейчас RST Off, всё работает. Хочу убедиться, что после апдейта VOS это значение не вернётся.`),
    no(`В нашей внутренней wiki написано «при unregistered за NAT проверить RST». Это актуально для 2.1.8? У нас сейчас проблем нет, навожу порядок в документации.`),
    no(`Черновик поста для блога компании: «Как мы победили TIME_WAIT на VOS3000». Проверите технические детали? Всё давно работает, это ретроспектива.`),
    no(`Телефоны за NAT потеряли регистрацию? Нет, это я неправильно понял клиента — у него просто выключили свет в здании. Отбой.`),
    no(`Калі ласка, не блытайце: у нас няма фаервола, RST выключаны, званкі праходзяць. Пытанне толькі пра экспарт CDR.`),
    no(`Если вдруг после включения RST фаервол начнёт резать пакеты — как быстро откатить? Спрашиваю на будущее, пока ничего не включали.`),
    no(`Bu sadəcə təlim üçün test sualıdır: "Cannot assign requested address" nə deməkdir? Bizdə belə problem yoxdur.`),
  ],
  portExhaustion: [
    pe(`Каждый вечер с 20:00 VOS перестаёт отдавать звонки на carrier по TCP, в логе connect() failed: Cannot assign requested address. ss -s показывает timewait 28 тыс. Помогите срочно.`),
    pe(`Total: 31220 (kernel 31400)
TCP:   30488 (estab 402, closed 29990, orphaned 3, synrecent 0, timewait 29871/0), ports 0

вот такое на vos-almaty в пике, новые исходящие к вендорам не устанавливаются`),
    pe(`У піку ~180 CPS свитч не може відкрити нові TCP до постачальників, помилка EADDRNOTAVAIL, TIME_WAIT під 30 тисяч. Діапазон портів стандартний. Що робити?`),
    pe(`bratan vos opyat lozhitsya v pik, v loge "bind failed: Address already in use" na iskhodyashchikh k vendoram, timewait 27k+, cps okolo 200. pomogi`),
    pe(`Kechqurun pikda VOS yangi TCP ulanishlarni ocha olmayapti: "Cannot assign requested address". TIME_WAIT 29 000 dan oshgan. Yordam bering, qo'ng'iroqlar tushib qolyapti.`),
    pe(`netstat -an | grep TIME_WAIT | wc -l
31877
и звонки к carrier 198.51.100.20:5060 по TCP сыпятся, свитч сам отдаёт 503. Это порты кончились?`),
    pe(`Салем, кешкі пикте свитч vendor-ға TCP арқылы қосыла алмайды, логта EADDRNOTAVAIL. TIME_WAIT отыз мыңға жуық. Не істейміз?`),
    pe(`алло да короче опять та же беда вечером в девять все исходящие на карриеров по тисипи встают в логе адрес уже используется а этих тайм вейтов тысяч тридцать сделайте что-нибудь пожалуйста`),
    pe(`Уважаемая поддержка! Прошу рассмотреть инцидент: 14.03 с 19:40 до 22:10 на сервере 203.0.113.15 наблюдался отказ установления исходящих TCP-соединений к операторам (Cannot assign requested address), количество сокетов в состоянии TIME_WAIT достигало 28 500. Просим рекомендаций по tcp_tw_reuse и ip_local_port_range.`),
    pe(`Пересылаю от партнёра из Батуми: "at peak 250 CPS switch can not open new TCP to vendors, EADDRNOTAVAIL in log, ss says timewait 30k". Их сервер vos-bat, доступ у вас есть.`),
    pe(`Пробило лимит портов: TIME_WAIT 28 232 при диапазоне на 28 232, новые исходящие TCP не открываются вообще. Включайте RST или reuse, что быстрее.`),
    pe(`Опять Cannot assign requested address в логе софтсвича, CPS 300, звонки на турецкого вендора по TCP падают пачками. ss -tan state time-wait | wc -l = 29410`),
    pe(`Ереван, NOC: с 18:30 ASR просел до 40 %, в логе софтсвича socket bind error: Address already in use на исходящих TCP к 198.51.100.0/24. TIME_WAIT ~27к, нагрузка 220 CPS.`),
    pe(`timewait 30k, новые tcp к кэрриерам не идут. срочно`),
    pe(`У пік нагрузкі камутатар не можа адкрыць новыя TCP-злучэнні да аператараў: Cannot assign requested address. TIME_WAIT каля 29 тысяч. Дапамажыце, калі ласка.`),
    pe(`Дар вақти пик свитч ба вендорҳо TCP пайваст карда наметавонад, дар лог: Cannot assign requested address, TIME_WAIT 28 ҳазор. Кӯмак кунед.`),
    pe(`После подключения нового вендора по TCP нагрузка выросла до 350 CPS, и каждый час провалы: EADDRNOTAVAIL на исходящих, ss -s timewait 31k. Диапазон портов дефолтный, ничего не тюнили.`),
    pe(`ss -s
TCP:   29980 (estab 350, closed 29501, orphaned 0, timewait 29480/0)
cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
на исходящих к carrier Cannot assign requested address. RST у нас Off, tw_reuse 0.`),
    pe(`Salam, axşam pikdə VOS carrier-lərə yeni TCP bağlantı aça bilmir, logda "Cannot assign requested address", TIME_WAIT 30 min civarında. Kömək edin, zənglər düşür.`),
    pe(`Клиент из Шымкента пишет: «в 21:00 ложится транзит, свитч выдаёт bind: Address already in use при коннекте к вендору, тайм-вейтов под тридцатку». Сервер vos-shym, посмотрите.`),
    pe(`Доброго вечора. Щовечора з 19 до 23 при ~200 CPS частина дзвінків на TCP-транки постачальників не проходить. У логах софтсвіча connect: Cannot assign requested address. ss -s — timewait 28 700, порти 32768–60999. Вдень усе добре. Сервер vos-kyiv-2.`),
    pe(`Бишкек: пикте VOS вендорлорго жаңы TCP туташуу ача албай жатат, EADDRNOTAVAIL, TIME_WAIT 29 миң. Жардам бериңиздер.`),
    pe(`Порты кончились: в 20:15 TIME_WAIT 30 112, исходящие INVITE по TCP к 203.0.113.80 не уходят, errno 99. Что крутить?`),
    pe(`Вчера вечером и сегодня опять: звонки на carrier по TCP не проходят в часы пик, в логе Cannot assign requested address. К утру проходит само. Посмотрите vos-tash, пожалуйста.`),
    pe(`Снова лежим. 22:05, 280 CPS, timewait 30 400, в логе: tcp connect to 198.51.100.55:5060 failed (99: Cannot assign requested address). Предложите фикс.`),
    pe(`Aka, VOS pikda TCP ulanish ocholmayapti, logda outgoing connect uchun Address already in use, timewait 28 ming. Port range default. Nima qilamiz?`),
    pe(`Ночью всё ок, а с 19:00 карриеры по TCP недоступны — свитч не может выделить локальный порт (EADDRNOTAVAIL). TIME_WAIT около 27 500, tcp_tw_reuse выключен.`),
    pe(`Тбилиси, vos-tbs: в пике 190 CPS исходящие TCP к Magti не устанавливаются, ошибка Cannot assign requested address, TIME_WAIT 28 900. Прошу помочь.`),
    pe(`[2024-05-11 20:41:07] ERROR sip_tcp_connect 198.51.100.31:5060 errno=99 Cannot assign requested address
[2024-05-11 20:41:07] ERROR sip_tcp_connect 198.51.100.32:5060 errno=99 Cannot assign requested address
и так тысячи строк каждый вечер. TIME_WAIT 29 тыс.`),
    pe(`Кончаются эфемерные порты на свитче каждый вечер: 28 тыс. TIME_WAIT, исходящие TCP к вендорам отваливаются с EADDRNOTAVAIL. Нужны tcp_tw_reuse и шире ip_local_port_range, сделаете?`),
  ],
  natUnregistered: [
    nat(`Вчера включили SS_TCP_CLOSE_RESET=On из-за TIME_WAIT, а сегодня все телефоны филиала за MikroTik по TCP постоянно unregistered. Откатывать?`),
    nat(`после того как вы вчера включили RST, у половины абонентов за домашними роутерами регистрация слетает каждые пару минут. Все они по TCP. Срочно.`),
    nat(`Після увімкнення RST-режиму на свитчі софтфони наших операторів, які працюють з дому (за NAT, SIP over TCP), постійно втрачають реєстрацію. До цього все було ок.`),
    nat(`RST yoqilgandan beri NAT ortidagi telefonlar (TCP orqali) ro'yxatdan chiqib ketyapti, har 5 daqiqada unregistered bo'ladi. Ofis routeri MikroTik.`),
    nat(`SS_TCP_CLOSE_RESET қосқаннан кейін NAT артындағы IP-телефондар (TCP) тіркеуден түсіп жатыр, 408 қайтарады. Кеше бәрі жақсы еді.`),
    nat(`слушайте у нас с утра вот после вашей вчерашней настройки где вы этот ресет включили все телефоны в офисе за роутером то регистрируются то нет они по тисипи работают мигают красным`),
    nat(`Registration expired у 40 аккаунтов за последний час, все за NAT офисного роутера 203.0.113.44, транспорт TCP. RST включили сегодня в 10:00, до этого ни одного слёта.`),
    nat(`Наш FreePBX за NAT регистрируется на VOS по TCP как транк — после включения RST mode транк флапает: registered/unregistered каждые 30–60 секунд.`),
    nat(`Реселлер из Кутаиси: с момента, как RST=On, его абоненты за роутерами теряют регистрацию, в Zoiper «Request timeout 408», транспорт TCP. Просит вернуть как было.`),
    nat(`120 Yealink за Keenetic и TP-Link, регистрация по TCP — отвалились ровно после изменения RST close на On. Телефоны с публичными адресами работают.`),
    nat(`Добрый день. После изменения параметра SS_TCP_CLOSE_RESET на значение On (заявка R-2210) зафиксировано массовое снятие регистрации SIP-терминалов, находящихся за NAT и использующих транспорт TCP. Просим откатить изменение.`),
    nat(`Ереван: после включения RST у клиентов с домашним интернетом (за NAT) софтфоны по TCP каждые несколько минут unregistered. Офисные на публичных IP в порядке.`),
    nat(`posle togo kak vklyuchili reset rezhim, telefony za natom po tcp otvalivayutsya, registraciya prygaet tuda-syuda. mikrotik v ofise. vernite kak bylo pls`),
    nat(`Пасля ўключэння RST тэлефоны за NAT (TCP) губляюць рэгістрацыю кожныя 2–3 хвіліны. Да змены ўсё працавала.`),
    nat(`Аз дирӯз, ки RST-ро фаъол кардед, телефонҳои паси NAT (TCP) бақайдгириро гум мекунанд ва unregistered мешаванд. Пеш аз ин ҳама хуб буд.`),
    nat(`RST rejimini açandan sonra NAT arxasındakı telefonlar (TCP) qeydiyyatdan düşür, hər bir neçə dəqiqədən bir unregistered olur. Routerimiz MikroTik-dir.`),
    nat(`GoIP-шлюзы у клиента за NAT, регистрируются на VOS по TCP — с сегодняшнего утра, после того как поставили RST=On, статус в VOS то online, то offline.`),
    nat(`Жалобы сыпятся: Linphone и MicroSIP у удалёнщиков unregistered, все по TCP и все за NAT. Единственное изменение — вчера SS_TCP_CLOSE_RESET перевели в On.`),
    nat(`RST күйгүзгөндөн бери NAT артындагы телефондор (TCP) каттоодон түшүп жатат, ар беш мүнөттө. Мурун баары жакшы болчу, эмне кылабыз?`),
    nat(`Список онлайн-телефонов в VOS тает: было 300 регистраций, после включения RST осталось ~90. Отвалились именно те, что за NAT по TCP, публичные на месте.`),
    nat(`pislya vmykannya RST telefony za NATom (tcp) postiyno vidvalyuyutsya vid reyestratsiyi, 408, marshrutyzator MikroTik. Do tsyogo vse pratsyuvalo.`),
    nat(`Как только включили RST — у Panasonic АТС в филиале (за NAT, SIP TCP транк на VOS) регистрация флапает. Верните Off, пожалуйста.`),
    nat(`после rst on наши фоны за натом по tcp отваливаются. откат?`),
    nat(`Из VOS: 10:12 reg ok, 10:14 expired, 10:15 reg ok, 10:18 expired — и так у всех extension с адресом 203.0.113.101 (NAT офиса), транспорт TCP. RST включили вчера в 22:00.`),
    nat(`RST qosylǵannan keiin NAT artyndaǵy telefondar TCP arqyly tirkeýden túsip jatyr. Keshe bári jaqsy edi, búgin ofıs jumys istemeıdi.`),
    nat(`Пересылаю из самаркандского филиала: «с обеда телефоны за роутером не регистрируются, то появятся, то пропадут». RST мы включили сегодня утром, их аппараты все по TCP через NAT.`),
    nat(`Ноги растут из вчерашнего изменения: RST close включён, и теперь IP-телефоны у клиентов за NAT по SIP/TCP теряют регистрацию. Причём клиенты на UDP не пострадали.`),
    nat(`Клиент в Алматы: «после вашего фикса TIME_WAIT наши Grandstream за MikroTik (TCP) то зарегистрированы, то нет». Подтверждаю, фикс был RST=On.`),
    nat(`этой ночью включили RST mode, к утру 60 % софтфонов колл-центра (все за NAT, TCP) unregistered, перерегистрируются и опять падают.`),
    nat(`Тбилиси: после SS_TCP_CLOSE_RESET=On абонентские ATA за NAT (TCP) теряют регистрацию, в логах свитча массово registration expired. Прошу откат.`),
  ],
  firewallRst: [
    fw(`После включения RST звонки к carrier по TCP висят. На нашем ASA в логе: %ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 198.51.100.20/43122 flags RST on interface inside. Фаервол дропает RST?`),
    fw(`iptables -L FORWARD -v
Chain FORWARD (policy DROP 0 packets, 0 bytes)
 pkts bytes target  prot opt in out source   destination
48211 2.9M  DROP    all  --  *  *   anywhere anywhere  ctstate INVALID
с момента включения RST этот счётчик растёт бешено, TCP-звонки к вендору не проходят.`),
    fw(`FortiGate между свитчем и клиентом: после SS_TCP_CLOSE_RESET=On TCP-звонки зависают, в diagnose debug flow для пакетов с флагом RST: "no session matched", drop.`),
    fw(`Після вмикання RST дзвінки через наш pfSense до оператора по TCP зависають. У логах pfSense Default deny rule блокує пакети TCP:R від свитча.`),
    fw(`RST yoqilgandan keyin ASA RST paketlarni tashlab yuboryapti, TCP qo'ng'iroqlar osilib qolyapti. Logda: Deny TCP (no connection) ... flags RST.`),
    fw(`conntrack -S показывает invalid=183442 и растёт, а с тех пор как включили RST на свитче, TCP-соединения к carrier 198.51.100.40 зависают. У нас на шлюзе -m conntrack --ctstate INVALID -j DROP.`),
    fw(`show counter global filter delta yes на Palo Alto: flow_tcp_non_syn_drop растёт с момента, как на VOS включили RST. TCP-звонки к клиенту через PA зависают и не рвутся.`),
    fw(`На MikroTik между свитчем и клиентом правило drop connection-state=invalid, после RST=On его счётчик пошёл вверх, и TCP-звонки клиента падают. Совпадение?`),
    fw(`ребят после вашего изменения с ресетом звонки на турков по тисипи просто висят а на нашем фаерволе циско аса пишет deny tcp no connection флаги rst это же оно да`),
    fw(`Уважаемые коллеги! После перевода параметра SS_TCP_CLOSE_RESET в On межсетевой экран FortiGate на стыке с оператором отбрасывает пакеты RST, в результате TCP-вызовы не завершаются и новые не устанавливаются. Прошу рекомендаций.`),
    fw(`RST қосылғаннан кейін біздің ASA RST пакеттерін тастап жатыр, TCP қоңыраулар ілініп қалады. Логта: Deny TCP (no connection) flags RST.`),
    fw(`Со вчерашнего дня (RST=On) клиент жалуется: звонки по TCP зависают и не рвутся. У него stateful firewall между нами, в его логах наши RST дропаются как invalid.`),
    fw(`posle RST on asa dropaet rst pakety, tcp zvonki k vendoru visyat. log: Deny TCP (no connection) ... flags RST on interface inside. chto delat`),
    fw(`Ереван: pfSense на стыке с оператором блокирует TCP:RA пакеты с момента включения RST на свитче, звонки по TCP к ним не проходят.`),
    fw(`Пасля ўключэння RST наш FortiGate адкідвае RST-пакеты, TCP-званкі да аператара завісаюць. У debug flow — no session matched.`),
    fw(`Баъд аз фаъол кардани RST, iptables дар шлюз (ctstate INVALID DROP) пакетҳои RST-ро мепартояд, зангҳои TCP ба carrier овезон мешаванд.`),
    fw(`RST aktiv ediləndən sonra FortiGate RST paketlərini atır, TCP zənglər asılı qalır. Debug flow-da "no session matched" görünür.`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 10.1.1.10/5060 to 203.0.113.60/51544 flags RST  on interface inside
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.10/5060 to 203.0.113.60/51548 flags RST  on interface inside
сотни в минуту с 14:00, ровно когда на VOS включили RST. TCP-транк к клиенту ложится.`),
    fw(`После RST=On соединения с carrier по TCP у них не закрываются и новые не поднимаются. Их NOC говорит: stateful firewall на conntrack дропает наши RST как пакеты без сессии.`),
    fw(`RST күйгүзүлгөндөн кийин ASA RST пакеттерин таштап жатат, TCP чалуулар илинип калат. Логдо Deny TCP (no connection) flags RST.`),
    fw(`Звонки через TCP-транк к клиенту в Душанбе виснут с момента включения RST. Между нами их MikroTik с drop invalid, в torch видно, что RST от нас дальше не проходит.`),
    fw(`tcpdump на свитче: шлём RST 10.0.0.5:5060 → 198.51.100.70, а за фаерволом carrier его уже нет — conntrack помечает INVALID и дропает. Началось после SS_TCP_CLOSE_RESET=On, TCP-вызовы зависают.`),
    fw(`Доброго дня. Вчора ввімкнули SS_TCP_CLOSE_RESET=On через TIME_WAIT. Сьогодні партнер скаржиться: дзвінки по TCP до нього зависають, а на їхньому Palo Alto ростуть дропи пакетів поза станом (RST). Що порадите?`),
    fw(`RST дропает асашка, tcp звонки висят. откатываем?`),
    fw(`RST qosylǵannan keiin biz ben carrier arasyndaǵy FortiGate RST paketterin tastap jatyr, TCP qońyraýlar ilinip qalady.`),
    fw(`iptables -L INPUT -v | grep INVALID
 91K 5.4M DROP  all  --  *  *  anywhere  anywhere  ctstate INVALID
это на шлюзе перед VOS. После RST=On TCP-сессии к вендору висят, ASR упал. Связано?`),
    fw(`Тбилиси, NOC: после RST=On FortiGate на стыке с Silknet дропает RST, TCP-звонки зависают и не рвутся, каналы не освобождаются.`),
    fw(`С момента включения RST на свитче у клиента за их ASA звонки по TCP то не устанавливаются, то висят. Их админ прислал строку лога: Deny TCP (no connection) ... flags RST ACK.`),
    fw(`Aka, RST yoqdik, endi pfSense RST paketlarni block qilyapti, logda TCP:R blocked, TCP qo'ng'iroqlar carrierga o'tmayapti.`),
    fw(`После изменения (RST On) звонки на TCP-транк через наш iptables-шлюз висят по 30 секунд и отваливаются; в conntrack -E видно, что RST помечаются INVALID и уходят в DROP.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning263Set: readonly EvalItem[] = Object.values(tuning263Families).flat();
