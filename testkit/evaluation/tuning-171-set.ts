import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP operators, call-centre owners, resellers and on-duty admins in Russia, Ukraine, Belarus, Kazakhstan,
 * Uzbekistan and Kyrgyzstan, writing on Telegram/WhatsApp: about 55% Russian in Cyrillic (slang such as "регается",
 * "отвалились", "фаер", "тыщ", "ребут"), 14% Ukrainian, 14% Russian typed in Latin letters (translit), 8% Kazakh
 * mixed with Russian, 8% Uzbek (Latin and Cyrillic) mixed with Russian; numbers as "30 тыс.", "30к", "тридцать
 * тысяч", "30 000", "40 мың", "45 ming"; greetings "Добрый день", "Добрий день", "Сәлеметсіз бе", "Assalomu alaykum".
 *
 * The hundred-and-seventy-first tuning split, by family, in fresh hands again. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work without dropped
 * RST, playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones
 * unregistered after RST mode, a stateful firewall dropping RST). Written as the hundred-and-seventy-first never-tuned set, before the
 * sixty-third round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the
 * matcher, its rules or the other sets in view; measured as such before and after the sixty-third round, then made
 * tuning material for the sixty-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 91.1 %, negatives confident 3.7 %, confident wrong 1.1 % with the rules of
 * the sixty-second round, before the sixty-third.
 * After the sixty-third round: the same.
 * After the sixty-fourth round, tuned on: in scope 97.8 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning171Families = {
  oneListeningPort: [
    no(`Добрый день. После перезагрузки сервера не поднимается веб-морда VOS3000, в логе tomcat: java.net.BindException: Address already in use: JVM_Bind <null>:8080. Звонки при этом идут нормально. Что там держит порт?`),
    no(`ребята срочно, после ребута mbx3000d не стартует, пишет bind 0.0.0.0:5060 failed: Address already in use. netstat -tulpn | grep 5060 показывает какой-то старый процесс pid 2231, он не умер при stop. убить его?`),
    no(`[root@vos ~]# service mysqld start
Starting mysqld:                                           [FAILED]
2024-03-11 09:12:44 0 [ERROR] Can't start server: Bind on TCP/IP port: Address already in use
2024-03-11 09:12:44 0 [ERROR] Do you already have another mysqld server running on port: 3306 ?

подскажите, это из-за того что второй mysql висит? VOS без базы не работает, клиенты не могут зайти в вебку`),
    no(`Поставили nginx рядом с VOS чтобы сайт для клиентов крутить, nginx ругается: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). На 80 там оказывается httpd от панели. Можно nginx на другой порт вынести?`),
    no(`Коллеги, докер контейнер с нашим биллингом не запускается: Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use. На этом же хосте веб-клиент VOS на 8080. Как их развести?`),
    no(`У разработчика на ноуте локально поднимаем API для интеграции с VOS, npm run dev падает с Error: listen EADDRINUSE: address already in use :::3000. Это у вас на стороне что-то или у нас?`),
    no(`redis не стартует на сервере мониторинга: "Could not create server TCP listening socket *:6379: bind: Address already in use". Сам VOS работает, просто графики по CPS не рисуются`),
    no(`Здрасьте. Поменяли порт SIP с 5060 на 5070 в настройках, сделали restart, а теперь в логе "cannot bind 5070, address already in use" — на 5070 сидит asterisk, который я там ставил месяц назад и забыл. Его просто остановить?`),
    no(`Не запускается VOS3000 web manager после обновления, catalina.out:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
Старый java процесс висит от прошлого запуска, kill -9 поможет?`),
    no(`После того как сервак вырубился по питанию, медиашлюз не поднимается: "bind failed: Address already in use" на его управляющем порту. ps показывает два экземпляра процесса, один висит с прошлого старта. Как правильно прибить?`),
    no(`тыщу раз перезапускал, а Zabbix agent всё равно "listener failed: cannot bind to port 10050: [98] Address already in use". Стоит на VOS сервере. Кто может держать 10050?`),
    no(`Вопрос: поставил второй экземпляр веб-интерфейса VOS для реселлеров, он не стартует, в логе Address already in use на 8443. Первый экземпляр на 8443 работает. Надо в server.xml порт менять?`),
    no(`Добрый вечер! Grafana не поднимается: "listen tcp 0.0.0.0:3000: bind: address already in use", там уже какой-то старый дашборд от прошлого админа крутится. Это к вам вопрос или не к вам?`),
    no(`SSH туннель к вебке VOS не поднимается:
bind [127.0.0.1]:8080: Address already in use
channel_setup_fwd_listener_tcpip: cannot listen to port: 8080
Could not request local forwarding.
Это у меня на компе локально 8080 занято видимо?`),
    no(`После апдейта CentOS sshd не стартует на 22022: error: Bind to port 22022 on 0.0.0.0 failed: Address already in use. На этом порту оказался старый vsftpd. Зайти могу только через консоль хостера, помогите плз`),
    no(`Добрий день! Після перезавантаження не стартує softswitch, в логах "bind UDP 5060: Address already in use". Виявилось, що висить старий процес mbx3000d, який не завершився. Як його коректно вбити, щоб не зламати базу?`),
    no(`Підкажіть, будь ласка: наш CRM для колл-центру в докері не піднімається, пише "Bind for 0.0.0.0:80 failed: port is already allocated". На тому ж сервері apache від VOS. Можна змінити порт у compose?`),
    no(`Tomcat веб-інтерфейсу падає при старті: java.net.BindException: Address already in use, порт 8080. Я вчора ставив jenkins на той самий сервер, мабуть він і зайняв. Так?`),
    no(`Привіт. На ноуті розробника не запускається тестовий SIP-клієнт, пише EADDRINUSE 0.0.0.0:5060 — на ноуті вже працює Zoiper. Це нормально, що два одночасно не можуть?`),
    no(`Privet, posle reboota ne startuet vebka VOS, v logah BindException: Address already in use 8080. netstat pokazyvaet chto 8080 derzhit kakoj-to java process ot starogo billinga. Mozhno ego ubit?`),
    no(`rebyata, mysql ne podnimaetsya "Bind on TCP/IP port: Address already in use", port 3306. Okazalos vtoroj mysqld visit ot predydushchego zapuska. Kak pravilno ostanovit chtoby baza ne pobilas?`),
    no(`Zdravstvujte. Hotim na servere VOS podnyat nginx kak reverse proxy dlya veb interfejsa s https, nginx govorit bind() to 0.0.0.0:443 failed (98: Address already in use). Chto tam mozhet sidet na 443?`),
    no(`softswitch posle restarta ne slushaet 5060, v logah "bind: address already in use". ss -lunp pokazal staryj mbx3000d s drugim pid, on ne umer pri stop. Ego kill i start zanovo?`),
    no(`Сәлеметсіз бе! Сервер қайта қосылғаннан кейін VOS веб-интерфейсі ашылмайды, логта "java.net.BindException: Address already in use 8080". Ескі java процесі портты ұстап тұр екен. Оны өшірсем болады ма?`),
    no(`Салем, docker контейнер іске қосылмай жатыр: bind: address already in use 0.0.0.0:3306, серверде VOS-тың MySQL-і тұр. Контейнер портын өзгерту керек пе? рахмет`),
    no(`Assalomu alaykum aka, serverni reboot qilgandan keyin VOS web panel ochilmayapti, logda java.net.BindException: Address already in use 8080. Eski tomcat process osilib qolgan. Uni kill qilsam bo'ladimi?`),
    no(`Ассалому алайкум, nginx не стартует: bind() to 0.0.0.0:80 failed (98: Address already in use). Бу серверда apache ҳам бор экан, 80 ни у ушлаб турибди. Қайси бирини ўчириш керак? рахмат`),
  ],
  otherRegistrationCause: [
    no(`Добрый день, у нас 12 операторов колл-центра с утра unregistered. Вчера вечером поменяли пароли на аккаунтах в VOS по требованию безопасности, а на телефонах остались старые. В логе 403 Forbidden. Это из-за пароля получается?`),
    no(`Реселлер жалуется: все его абоненты офлайн. Смотрю — баланс аккаунта ушел в минус, аккаунт автоматом заблокирован. Если пополнить, регистрация вернется сама?`),
    no(`Провайдер сменил нам внешний IP на роутере в офисе, с обеда шлюзы Dinstar не регаются. В VOS у шлюза был прописан статический старый IP. SIP по UDP. Где поменять?`),
    no(`телефоны Yealink в офисе все unregistered, офис без света с 9 утра, генератор не запустился. Как дадут свет, сами зарегаются или надо что-то делать на VOS?`),
    no(`Здравствуйте. После замены роутера на новый TP-Link все IP-телефоны отвалились, регистрация не проходит. Всё по UDP, на VOS ничего не трогали. Слышал про SIP ALG, может в этом дело?`),
    no(`С сегодняшнего утра софтсвич перестал принимать регистрации, в вебке висит предупреждение что лицензия истекла 01.04. Все телефоны unregistered. Куда обращаться за продлением?`),
    no(`Шлюз GoIP в филиале отвалился, unregistered с ночи. Позвонил туда — у них интернет лежит, у провайдера авария на линии. Значит ждём?`),
    no(`Поменяли DNS имя сервера с sip.old-domain.ru на sip.newcompany.ru, а на половине софтфонов прописан старый домен, он уже не резолвится. Они и отвалились. Можно как-то массово поменять?`),
    no(`Клиент говорит что всё правильно ввёл, а регистрация не проходит. Вот из лога:
REGISTER sip:185.12.44.7 SIP/2.0
SIP/2.0 401 Unauthorized
REGISTER sip:185.12.44.7 SIP/2.0
SIP/2.0 403 Forbidden (Bad auth)
Пароль у него значит неправильный? В вебке я его сбросил час назад`),
    no(`Добрый, у реселлера истек срок действия аккаунта (expire date стоял 31.03), поэтому все его SIP-учетки не регистрируются. Как продлить дату без пересоздания?`),
    no(`на микротике включен SIP helper (ALG), после обновления RouterOS до 7 телефоны через UDP начали терять регистрацию каждые пару минут. Отключить /ip firewall service-port sip и всё?`),
    no(`Софтфоны MicroSIP у операторов отвалились после того как админ поменял порт SIP на VOS с 5060 на 5080, а на клиентах не поменяли. Это же оно?`),
    no(`Половина телефонов unregistered — выяснилось, уборщица выдернула PoE коммутатор из розетки. Подключили, но пара штук всё равно не регается, их перезагрузить?`),
    no(`Абоненты за NAT (домашние роутеры) не регистрируются со вчерашнего дня. Оказалось, хостинг сменил IP нашего VOS сервера при переезде в другой ДЦ, а у абонентов в настройках прописан IP, не домен. RST мы не трогали, всё по UDP.`),
    no(`Добрый день. Аккаунт клиента заблокировали за неоплату, потом он оплатил 30 000, а телефоны всё ещё не регаются — 403. Надо вручную разблокировать в VOS?`),
    no(`Добрий день. У нас в офісі з ранку всі телефони не зареєстровані, виявилось провайдер змінив нам білу IP-адресу, а на VOS було прив'язано по IP. Все по UDP. Де поміняти?`),
    no(`Після зміни пароля на акаунтах оператори не можуть зареєструватися, пише 401 Unauthorized. Пароль на телефонах ще старий. Можна якось масово розіслати новий?`),
    no(`Вітаю, в нас відключили світло по графіку, роутер і телефони лягли, зараз світло є, але 5 телефонів так і не зареєструвались. Інші всі ок. Що перевірити?`),
    no(`Підкажіть, закінчилась ліцензія на VOS3000 і тепер реєстрації не приймаються, всі абоненти offline. Скільки коштує продовження і як швидко?`),
    no(`Privet, u klienta telefony unregistered, okazalos on ne oplatil i akkaunt zablokirovan za dolg. Segodnya on oplatil 30 tys. Kogda razblokiruetsya?`),
    no(`Sorry za translit. Posle smeny routera v ofise vse telefony otvalilis, registraciya ne prohodit. Na novom routere vklyuchen SIP ALG po defoltu. Vse po UDP. Otkluchit ALG?`),
    no(`Dobryj den, shlyuz Yeastar v filiale unregistered, tam net interneta s utra, provajder chinit kabel. Eto ne u vas problema?`),
    no(`Zdravstvujte, my smenili domen servera, starye softfony ishhut staryj domen i ne registriruyutsya. Mozhno ostavit staryj domen kak alias?`),
    no(`Сәлеметсіз бе, кеше аккаунттардың паролін ауыстырдық, енді телефондар тіркелмей тұр (unregistered), логта 403. Телефондарда ескі пароль қалған сияқты. Солай ма?`),
    no(`Салем, бүгін офисте жарық жоқ, барлық телефондар unregistered. Жарық келгенде өздері тіркеле ме әлде бірдеңе істеу керек пе?`),
    no(`Assalomu alaykum, ofisda internet provayder o'zgardi, yangi IP bo'ldi va telefonlar unregistered. Hammasi UDP da, VOS da hech narsa o'zgartirmadik. Eski IP ga bog'langan edi, qayerdan o'zgartiraman?`),
    no(`Ака, клиентнинг аккаунти неоплата учун блокланган экан, шунинг учун телефонлари unregistered. Бугун тўлайди, қачон очилади?`),
  ],
  smallFigures: [
    no(`Добрый день, вот вывод ss -s с нашего VOS, это нормально?
Total: 412 (kernel 0)
TCP:   186 (estab 94, closed 71, orphaned 0, synrecv 0, timewait 68/0), ports 0
Transport Total     IP        IPv6
RAW       0         0         0
UDP       23        21        2
TCP       115       113       2
Ночью тихо, звонков мало.`),
    no(`Вопрос чисто теоретический: что такое TIME_WAIT и почему их у нас 300 штук висит? Сервер работает норм, просто интересно.`),
    no(`Что делает параметр SS_TCP_CLOSE_RESET в softswitch.conf? Видел в мануале, хочу понять, стоит ли трогать. У нас 40 линий всего.`),
    no(`Если мы включим RST режим, это повлияет на телефоны за NAT? Пока не включали, просто планируем рост.`),
    no(`Каждое утро смотрю netstat -an | grep TIME_WAIT | wc -l — показывает 250-400. Это много или в пределах нормы для 30 одновременных звонков?`),
    no(`Подскажите, какой ip_local_port_range стоит по умолчанию на CentOS 7 и надо ли его расширять при 5-10 CPS? Проблем нет, просто аудит делаем.`),
    no(`ребят, клиент прислал скрин где 150 TIME_WAIT и спрашивает, не взломали ли нас. Объясните ему пожалуйста что это нормально, я не могу внятно`),
    no(`Мы планируем перевод SIP транков на TCP. Будет ли от этого копиться TIME_WAIT? Сейчас всё по UDP, нагрузка 3-4 тыс. звонков в день.`),
    no(`Можно ли включить tcp_tw_reuse просто на всякий случай? Сейчас TIME_WAIT около 200, всё работает, не хочу потом ночью чинить`),
    no(`# netstat -ant | awk '{print $6}' | sort | uniq -c
     42 ESTABLISHED
      8 LISTEN
    117 TIME_WAIT
      1 SYN_SENT
это на пике было, в 15:00. Норм?`),
    no(`В чем разница между FIN и RST при закрытии соединения? Слышал что у VOS есть такая настройка. Для общего развития спрашиваю.`),
    no(`Проверка перед аудитом: SS_TCP_CLOSE_RESET у нас Off (дефолт), TIME_WAIT 80-120, CPS до 5. Нужно что-то менять или оставить?`),
    no(`Коллега говорит, что если включить RST, то фаер начнет резать звонки. Это правда? У нас FortiGate, но пока ничего не включали, хотим понять риски.`),
    no(`Начальник увидел в мониторинге график TIME_WAIT, пик 600 в час дня, спрашивает проблема ли это. Звонки все проходят, жалоб нет.`),
    no(`Здравствуйте, сколько TIME_WAIT сокетов сервер выдержит без проблем? У нас сейчас 1,5 тыс. на 8 ядрах/16 ГБ, ошибок нет, просто прикидываем запас.`),
    no(`Добрий день, підкажіть будь ласка, що означає TIME_WAIT у виводі ss? Їх у нас близько 200, дзвінки йдуть нормально.`),
    no(`Якщо ми ввімкнемо SS_TCP_CLOSE_RESET=On, чи постраждають абоненти за NAT на TCP? Поки не вмикали, плануємо на наступний місяць.`),
    no(`Ось ss -s з нашого сервера:
TCP:   243 (estab 131, closed 90, orphaned 0, synrecv 0, timewait 87/0), ports 0
Це нормально для 50 ліній?`),
    no(`Скажіть, чи потрібно взагалі міняти tcp_tw_reuse на сервері з 20 каналами? Все працює, просто прочитав статтю.`),
    no(`Privet, chto takoe TIME_WAIT? U nas ih 180 na servere, vse rabotaet, prosto hochu ponyat`),
    no(`Podskazhite, esli vklyuchit RST mode, chto budet s telefonami za NAT? My poka ne vklyuchali, prosto sprashivaem zaranee`),
    no(`ss -s pokazyvaet timewait 95, estab 60. Eto normalno dlya nashej nagruzki 2 CPS?`),
    no(`Zdravstvujte, chto delaet SS_TCP_CLOSE_RESET i kakoe znachenie po umolchaniyu? Dokumentaciyu chital, no ne ponyal pro FIN/RST`),
    no(`Сәлеметсіз бе, TIME_WAIT дегеніміз не? Серверде 300-ге жуық, қоңыраулар қалыпты өтіп жатыр. Бұл қалыпты ма?`),
    no(`Салем, RST режимін қоссақ NAT артындағы телефондарға әсер ете ме? Әзірге қосқан жоқпыз, жоспарлап жатырмыз.`),
    no(`Assalomu alaykum, serverda TIME_WAIT 250 ta, qo'ng'iroqlar normal o'tyapti. Bu normalmi yoki sozlash kerakmi?`),
    no(`Aka, SS_TCP_CLOSE_RESET nima qiladi? Yoqsak firewall bilan muammo bo'ladimi? Hozircha yoqmadik, faqat so'rayapman.`),
  ],
  firewallNoRst: [
    no(`Добрый день, нужно открыть на FortiGate 5060 TCP/UDP и диапазон RTP 10000-20000 для нового VOS сервера. Какие точно порты нужны?`),
    no(`Добавьте пожалуйста в белый список IP нового оператора 91.203.14.22, они будут слать нам трафик по SIP. Где в VOS это делается, и в iptables тоже надо?`),
    no(`fail2ban забанил IP нашего реселлера — у него на одном шлюзе был неправильный пароль, и шлюз долбил REGISTER. Сейчас он в sip jail. Как разбанить?`),
    no(`Хотим закрыть доступ к SIP для всех стран кроме РФ и Казахстана — geo-blocking на iptables через ipset. Есть готовый скрипт?`),
    no(`Chain INPUT (policy DROP)
target     prot opt source               destination
ACCEPT     all  --  anywhere             anywhere     state RELATED,ESTABLISHED
ACCEPT     udp  --  anywhere             anywhere     udp dpt:5060
ACCEPT     tcp  --  anywhere             anywhere     tcp dpt:22
DROP       all  --  anywhere             anywhere     state INVALID

посмотрите пожалуйста конфиг, всё ли правильно для VOS? веб на 8080 вроде не открыт, хочу открыть только для офиса`),
    no(`На MikroTik нужно пробросить порт 5060 на внутренний VOS 192.168.88.10 — dst-nat сделал, а снаружи не видно. Что не так?`),
    no(`Отключите пожалуйста SIP inspection на Cisco ASA у нашего филиала, как правильно командой? no inspect sip в policy-map global_policy?`),
    no(`Клиент просит whitelist своих двух IP для терминации, будет 30к минут в день. Куда добавить в VOS, в шлюзы маршрутизации?`),
    no(`Сканеры долбят 5060 круглые сутки, в логе тыщи REGISTER с левых IP. Как лучше заблокировать — fail2ban или на уровне фаера?`),
    no(`Переезжаем с iptables на firewalld на CentOS 7, подскажите какие зоны/сервисы для VOS открыть`),
    no(`Sophos XG у нас, нужно разрешить вход в вебку VOS только из офиса, остальным закрыть. Как правильно правило сделать?`),
    no(`Сделайте пожалуйста ревью нашего конфига pfSense для VOS перед запуском, ничего не ломалось, просто хотим чтобы кто-то глянул свежим глазом`),
    no(`Забанил сам себя iptables правилом, теперь не зайти по SSH на VOS. Доступ через KVM хостера есть. Какое правило удалить?`),
    no(`На FortiGate есть session-helper sip, его надо удалять для VOS или оставить? Читал, что он портит SIP.`),
    no(`Провайдер просит открыть 5060 UDP с их подсети 10.20.0.0/16 и RTP. Напишите пожалуйста правило iptables, я не силён`),
    no(`Добрий день, потрібно відкрити порт 5060 TCP на pfSense для нового партнера, дайте будь ласка правильне правило.`),
    no(`fail2ban заблокував IP нашого офісу, хтось з операторів неправильно вводив пароль у софтфоні. Як зняти бан?`),
    no(`Підкажіть, як на MikroTik вимкнути SIP ALG (sip helper)? Провайдер рекомендує, все по UDP.`),
    no(`Хочемо заблокувати всі країни крім України та Польщі на SIP порту. Як краще — geo на FortiGate чи iptables?`),
    no(`Privet, nado dobavit IP novogo karriera v whitelist na fajre i v VOS. IP 185.77.3.10. Kak pravilno?`),
    no(`Rebyata, fail2ban zabanil nashego reselera, u nego byl nepravilnyj parol na shlyuze. Kak ego razbanit?`),
    no(`Sdelajte pozhalujsta port forwarding 5060 na MikroTik na VOS vnutri seti, ya sdelal dst-nat no ne rabotaet`),
    no(`Mozhete posmotret konfig FortiGate dlya VOS servera? Nichego ne slomalos, prosto hochu proverit pered zapuskom`),
    no(`Сәлеметсіз бе, жаңа оператордың IP-ін firewall-да whitelist-ке қосу керек. FortiGate-те қалай жасаймыз?`),
    no(`Салем, fail2ban біздің кеңсенің IP-ін бұғаттап тастады. Қалай ашамыз? рахмет`),
    no(`Assalomu alaykum, firewall da 5060 portni ochish kerak yangi hamkor uchun. iptables qoidasini yozib bera olasizmi?`),
    no(`Ака, MikroTik да SIP ALG ни ўчириш керакми? Провайдер шундай деди. Ҳаммаси UDP да.`),
  ],
  negationContext: [
    no(`Спасибо, после вашей вчерашней настройки TIME_WAIT упал с 40 тыс. до 300, ошибок "cannot assign requested address" больше нет. Закрывайте тикет.`),
    no(`Пересылаю старый тикет для истории: "18.02 — на пике закончились порты, EADDRINUSE, включили RST и tcp_tw_reuse, решено". Сейчас всё стабильно, просто чтобы было в базе.`),
    no(`Телефоны за NAT отвалились, но RST мы не включали, SS_TCP_CLOSE_RESET=Off, я проверил в softswitch.conf. И вообще они по UDP. Выяснилось — провайдер поставил новый роутер с ALG, отключили, всё ок.`),
    no(`Звонки не проходили через FortiGate, но это не из-за RST — у нас SIP только по UDP, и на VOS ничего не меняли уже месяц. В логах форти был policy deny — кто-то удалил правило. Вернули.`),
    no(`Та проблема с отвалом NAT-телефонов после включения RST решена в прошлом месяце, вы вернули Off, спасибо. Сейчас пишу по другому вопросу — нужен счёт за апрель.`),
    no(`Для отчёта: в марте была ситуация с портами (тысячи TIME_WAIT, address already in use на исходящих), решили. Сейчас ss -s показывает timewait 210. Вопросов нет.`),
    no(`Никто ничего не менял, RST выключен, а телефоны отвалились — оказалось, после смены пароля на аккаунте. Вопрос снят, поменяли на телефонах.`),
    no(`Я знаю, что у вас есть статья про RST и файрвол, но у нас не тот случай: RST никогда не включали, FortiGate просто не пропускал новый IP карьера, добавили правило — работает.`),
    no(`Отбой тревоги. Думали порты кончились, а "Address already in use" было у нашего tomcat при рестарте, старый процесс висел. Убили — всё ок.`),
    no(`Спасибо за помощь! После отключения RST (вернули Off) все 40 телефонов за микротиком зарегались обратно, уже сутки держатся.`),
    no(`Инфо: у нас UDP only, TCP для SIP не используется вообще. Поэтому рекомендация про SS_TCP_CLOSE_RESET нам не подходит, да и проблем с регистрацией нет.`),
    no(`Предыдущий админ записал в журнале: "включили RST, ASA стала дропать, вернули Off". Это было в 2022. Сейчас всё работает, просто разбираюсь в истории изменений.`),
    no(`Пишу чтобы закрыть вопрос: дроп INVALID на iptables был не из-за RST, а из-за кривого правила, которое я сам добавил. RST у нас выключен. Исправил, звонки идут.`),
    no(`Вчера жаловался на TIME_WAIT 25 тыс — это был разовый стресс-прогон от клиента, сегодня на обычной нагрузке 400 и ошибок нет. Видимо ничего делать не надо?`),
    no(`RST не включали и не собираемся, у нас половина абонентов за NAT. Просто уточняю: правильно я понимаю, что при Off проблем с регистрацией из-за закрытия соединений не будет?`),
    no(`Дякую, після того як ви вимкнули RST, всі телефони за NAT знову зареєстровані, вже два дні без проблем. Тікет можна закривати.`),
    no(`Для історії: минулого місяця на піку закінчувались порти, ввімкнули tcp_tw_reuse і RST, зараз TIME_WAIT близько 500. Все стабільно.`),
    no(`У нас тільки UDP, RST ніколи не вмикали. Телефони відвалились через те, що змінився пароль — вже виправили, дякую.`),
    no(`Ніхто нічого не змінював, RST вимкнений. Дзвінки падали через аварію в провайдера, зараз все ок.`),
    no(`Spasibo, posle vashej nastrojki TIME_WAIT upal s 30k do 200, oshibok bolshe net. Zakryvajte.`),
    no(`U nas RST nikogda ne vklyuchali, SIP tolko po UDP. Telefony otvalilis iz-za smeny IP servera, uzhe ispravili.`),
    no(`Peresylayu staryj resolved tiket dlya istorii: "FortiGate dropal RST posle vklyucheniya SS_TCP_CLOSE_RESET, vernuli Off". Sejchas vse ok.`),
    no(`Otboj, "address already in use" byl u nginx na 80 portu, a ne porty konchilis. Razobralis sami.`),
    no(`Рахмет! RST-ті өшіргеннен кейін NAT артындағы барлық телефондар қайта тіркелді, бір тәуліктен бері тұрақты.`),
    no(`Салем, бізде тек UDP, RST ешқашан қосылмаған. Телефондар пароль ауысқаннан кейін тіркелмей қалған еді, қазір түзеттік.`),
    no(`Rahmat aka, sozlashdan keyin TIME_WAIT 35 mingdan 300 ga tushdi, "cannot assign requested address" xatosi yo'q. Tiketni yopsangiz bo'ladi.`),
    no(`Ассалому алайкум, ўтган ойдаги муаммо (RST дан кейин FortiGate дроп қилган) ҳал бўлган, рахмат. Ҳозир бошқа савол: янги аккаунт қандай очилади?`),
  ],
  portExhaustion: [
    pe(`Срочно!!! На пике с 10 до 12 звонки не проходят, в логе mbx3000 "connect: Cannot assign requested address". ss -s показывает timewait 58213. Днем CPS около 150. Что делать?`),
    pe(`[root@vos3000 ~]# ss -s
Total: 61844 (kernel 62011)
TCP:   61502 (estab 1893, closed 59411, orphaned 12, synrecv 0, timewait 59407/0), ports 0
это в 11:30, клиенты орут что звонки падают. ip_local_port_range стоит 32768 60999`),
    pe(`Добрый день. Каждый день в час пик (примерно 17-19) перестают устанавливаться новые TCP соединения к транкам, в логах EADDRINUSE при исходящем connect. Ночью всё ок. TIME_WAIT под 30 тыс.`),
    pe(`у нас колл-центр на 400 операторов, автодозвон, CPS до 200. С утра сыплются ошибки "address already in use" на исходящих соединениях к операторам связи, netstat | grep TIME_WAIT | wc -l = 41 тыщ. Помогите`),
    pe(`Коллеги, на пике софтсвич не может открыть исходящие TCP к поставщикам: java.net.BindException: Cannot assign requested address в логе интеграции и одновременно звонки отваливаются. TIME_WAIT больше 28к.`),
    pe(`Пишу по поводу вчерашнего: сегодня опять в 14:00 то же самое — новые соединения не создаются, "cannot assign requested address", timewait 47 тыс. Вы вчера сказали понаблюдать, понаблюдали. Пора чинить.`),
    pe(`Здравствуйте. После того как реселлер загнал к нам трафик с 300 CPS, у сервера кончились порты: тридцать тысяч сокетов в TIME_WAIT, исходящие TCP к шлюзам не создаются. Звонки в пике не проходят.`),
    pe(`Вот netstat:
    118 ESTABLISHED
     12 LISTEN
  31207 TIME_WAIT
      4 SYN_SENT
и в логе софтсвича пачками "tcp connect failed: Cannot assign requested address". Это в пиковое время, в 9 утра такого нет`),
    pe(`На пике звонков VOS не может открыть новые TCP соединения к SIP транкам, пишет address already in use, звонки отбиваются. Ночью норм. Сервер CentOS 6, ss нет — как посчитать TIME_WAIT через netstat?`),
    pe(`Добрый день, массовые отказы на пике: "Cannot assign requested address" в логе, TIME_WAIT ~ 27 000, CPS 180. RST не включали, всё по дефолту. Как правильно — включать RST или тюнить ядро?`),
    pe(`Звонки падают волнами каждый день в обед. Посмотрели — 60к TIME_WAIT и кончился диапазон эфемерных портов. Где это лечится?`),
    pe(`Ребята, опять порты кончились. ss -s: timewait 52k. Сервер на пике не может подключиться к транку по TCP. Жду ответа срочно`),
    pe(`Пересылаю от NOC: "21:05 — у VOS3000-02 рост TIME_WAIT до 35 тыс., ошибки EADDRINUSE на исходящих SIP/TCP, ASR упал до 20%. Нагрузка пиковая, акция у клиента."`),
    pe(`В пиковые часы у нас ASR проседает, в логах softswitch много ошибок "bind: Address already in use" при установке исходящих соединений к поставщикам. Сокетов в TIME_WAIT около 33 тысяч.`),
    pe(`Добрый вечер, с ростом трафика (сейчас до 250 CPS) начались проблемы: в пике клиенты получают 503, в логе "Cannot assign requested address", TIME_WAIT под 40 тыщ. Что подкрутить?`),
    pe(`net.ipv4.ip_local_port_range = 32768 61000, tcp_tw_reuse = 0. TIME_WAIT на пике 28 500, новые исходящие коннекты падают с EADDRINUSE. Надо расширять диапазон?`),
    pe(`Добрий день! У години пік дзвінки не проходять, у логах "Cannot assign requested address", TIME_WAIT понад 40 тисяч. Вночі все нормально. Допоможіть, будь ласка.`),
    pe(`ss -s:
TCP:   38917 (estab 1204, closed 37602, orphaned 3, synrecv 0, timewait 37598/0), ports 0
Нові TCP з'єднання до транків не створюються на піку, клієнти скаржаться. Що робити?`),
    pe(`Терміново: з 9 до 11 ранку EADDRINUSE на вихідних з'єднаннях, тридцять тисяч TIME_WAIT, CPS близько 200. Сервер VOS3000 на CentOS 7.`),
    pe(`Вітаю. Кожного дня о 18:00 починається — нові виклики не йдуть, "address already in use" на вихідних конектах, сокетів у TIME_WAIT 45 тис. Після 20:00 само проходить.`),
    pe(`SROCHNO! na pike zvonki ne prohodyat, v logah "Cannot assign requested address", TIME_WAIT 55k. CPS 220. Noch'yu vse norm.`),
    pe(`Privet, u nas kazhdyj den' v chas pik konchayutsya porty — ss -s timewait 31000, novye TCP soedineniya k trunkam ne sozdayutsya. Chto krutit'?`),
    pe(`Dobryj den, VOS na pike vydaet EADDRINUSE pri iskhodyashchih konnektah, TIME_WAIT okolo 36 tys. Klient s avtodozvonom gruzit 300 CPS.`),
    pe(`rebyat, opyat ta zhe fignya v obed: tysyachi TIME_WAIT (netstat pokazal 29 tysyach), zvonki padayut, "address already in use" na outgoing. Pomogite plz`),
    pe(`Сәлеметсіз бе! Қарбалас уақытта қоңыраулар өтпей жатыр, логта "Cannot assign requested address", TIME_WAIT 40 мыңнан асты. Түнде бәрі жақсы. Көмектесіңізші`),
    pe(`Салем, ss -s көрсетіп тұр: timewait 33 мың. Түскі уақытта транктарға жаңа TCP қосылымдар ашылмайды, EADDRINUSE. Не істейміз?`),
    pe(`Сәлем, кеше де бүгін де пикте бірдей проблема: порттар бітіп қалады, 50к TIME_WAIT, қоңыраулар түсіп қалады. CPS 200 шамасында.`),
    pe(`Assalomu alaykum, pik vaqtida qo'ng'iroqlar o'tmayapti, logda "Cannot assign requested address", TIME_WAIT 45 ming. Kechasi hammasi normal. Yordam bering iltimos`),
    pe(`Aka, ss -s: timewait 38 ming, pikda trunklarga yangi TCP ulanishlar ochilmayapti, EADDRINUSE chiqyapti. Nima qilish kerak?`),
    pe(`Ассалому алайкум, ҳар куни соат 10 дан 12 гача портлар тугаб қоляпти, TIME_WAIT 30 мингдан ошади, звонки ўтмаяпти. CPS 250 атрофида.`),
  ],
  natUnregistered: [
    nat(`После того как вы вчера включили SS_TCP_CLOSE_RESET=On, все телефоны в офисах за NAT (домашние роутеры и микротики) висят unregistered. SIP по TCP. Те что с белыми IP — работают.`),
    nat(`Добрый день. Со вчерашнего вечера, после вашего изменения режима закрытия соединений, софтфоны операторов на удаленке (за домашними роутерами) постоянно теряют регистрацию. Транспорт TCP. Верните как было?`),
    nat(`у меня 60 Yealink за микротиком, после включения RST мода регаются и через минуту отваливаются, и так по кругу. TCP. До этого год работали без проблем`),
    nat(`Срочно: после reparse с SS_TCP_CLOSE_RESET="On" половина абонентов unregistered — все за NAT. Транспорт TCP. Звонить не могут.`),
    nat(`Вы включили RST чтобы побороть TIME_WAIT, TIME_WAIT ушел, но теперь шлюзы GoIP у реселлеров за NAT не держат регистрацию по TCP. Это связано?`),
    nat(`Пишу в продолжение вчерашнего: после того как включили RST, телефоны за NAT так и не зарегались обратно, хотя роутеры мы перезагрузили. SIP over TCP. Что ещё сделать?`),
    nat(`Добрый. С тех пор как поменяли close mode на RST, удаленные сотрудники с Zoiper (TCP, из дома, за NAT провайдера) всё время unregistered, а кто в офисе на белом IP — ок.`),
    nat(`Клиент жалуется: его офисная АТС за MikroTik NAT теряет регистрацию каждые несколько минут. Совпало с тем, что в понедельник мы на VOS включили SS_TCP_CLOSE_RESET. У него транспорт TCP.`),
    nat(`в вебке VOS в списке онлайн терминалов пусто по всем кто за натом, с сегодняшнего утра. Ночью админ включил RST режим (SS_TCP_CLOSE_RESET=On). Всё на TCP. Как быть?`),
    nat(`Здравствуйте, после смены режима закрытия TCP на RST у нас отвалились все IP-телефоны в филиалах, филиалы за NAT на роутерах Keenetic. Транспорт TCP, UDP не используем.`),
    nat(`В softswitch.conf стоит SS_TCP_CLOSE_RESET="On" с прошлой недели (включали из-за портов). Сейчас пошли жалобы — абоненты за NAT периодически unregistered и входящие до них не доходят. SIP/TCP.`),
    nat(`Отвалились все МикроСИПы у колл-центра на удалёнке после вашего ночного изменения (RST). Они через домашние роутеры, TCP. Регистрации нет, звонки не идут ни туда ни обратно.`),
    nat(`Добрый день, у реселлера 200 абонентов за CGNAT мобильного оператора, TCP. После включения RST режима регистрация держится по 30-60 секунд и пропадает. До включения было стабильно.`),
    nat(`Пересылаю жалобу клиента: "С 14:00 наши телефоны за роутером не регистрируются". В 13:50 мы сделали reparse с RST=On. Телефоны у них на TCP.`),
    nat(`После включения SS_TCP_CLOSE_RESET в прошлый четверг NAT-абоненты на TCP то регаются то нет, в логах постоянные новые REGISTER с новых портов. Белые IP без проблем.`),
    nat(`После вашего изменения с RST у нас все Grandstream за NAT в статусе unregistered, по TCP. Верните FIN пожалуйста, или подскажите, как сделать чтобы и порты не кончались, и телефоны работали.`),
    nat(`Добрий день. Після того як увімкнули RST (SS_TCP_CLOSE_RESET=On), всі телефони за NAT не зареєстровані. Транспорт TCP. Ті, що з білою IP, працюють.`),
    nat(`Вітаю, з учора після зміни режиму закриття з'єднань софтфони операторів вдома (за роутерами) постійно втрачають реєстрацію по TCP. Допоможіть.`),
    nat(`Після ввімкнення RST шлюзи у філіях за MikroTik NAT відвалились, реєструються і знову падають. SIP по TCP. До цього все працювало.`),
    nat(`Терміново: абоненти за NAT після reparse з RST=On не зареєстровані вже 3 години, TCP. Дзвінки не йдуть.`),
    nat(`Privet, posle togo kak vklyuchili SS_TCP_CLOSE_RESET=On, vse telefony za NAT unregistered. SIP po TCP. S belymi IP vse ok.`),
    nat(`Dobryj den, s vcherashnego vechera posle vashego izmeneniya (RST) softfony operatorov na udalenke postoyanno teryayut registraciyu, TCP, za domashnimi routerami.`),
    nat(`rebyata, 40 Yealink za mikrotikom otvalilis posle vklyucheniya RST moda, registriruyutsya i cherez minutu otvalivayutsya. TCP.`),
    nat(`Zdravstvujte, posle reparse s RST=On shlyuzy reselerov za NAT ne derzhat registraciyu po TCP. Do etogo rabotali.`),
    nat(`Сәлеметсіз бе, кеше RST режимін қосқаннан кейін NAT артындағы барлық телефондар unregistered. SIP TCP арқылы. Ақ IP-лар жұмыс істеп тұр.`),
    nat(`Салем, SS_TCP_CLOSE_RESET=On қойғаннан бері үйдегі операторлардың софтфондары (роутер артында, TCP) тіркелуін жоғалтып жатыр. Көмектесіңізші`),
    nat(`Сәлем, филиалдағы шлюздер MikroTik NAT артында, RST қосқаннан кейін тіркеледі де бір минуттан соң түсіп қалады. TCP. Бұрын бәрі жақсы еді.`),
    nat(`Assalomu alaykum, kecha RST rejimini yoqqaningizdan keyin NAT ortidagi hamma telefonlar unregistered. SIP TCP orqali. Oq IP lar ishlayapti.`),
    nat(`Aka, SS_TCP_CLOSE_RESET=On qilgandan beri uydan ishlaydigan operatorlarning softfonlari (router ortida, TCP) registratsiyani yo'qotyapti. Yordam bering.`),
    nat(`Ассалому алайкум, RST ёқилгандан кейин филиалдаги шлюзлар MikroTik NAT орқасида регистрация қилади ва бир минутдан кейин тушиб қолади. TCP. Олдин ҳаммаси яхши эди.`),
  ],
  firewallRst: [
    fw(`После включения SS_TCP_CLOSE_RESET=On звонки через наш FortiGate зависают и обрываются, в логах форти "no session matched" на пакетах с флагом R от VOS. До включения всё было ок.`),
    fw(`kernel: INVALID DROP: IN=eth1 OUT=eth0 SRC=10.0.5.20 DST=185.44.12.9 LEN=40 PROTO=TCP SPT=5060 DPT=41822 WINDOW=0 RES=0x00 RST URGP=0
kernel: INVALID DROP: IN=eth1 OUT=eth0 SRC=10.0.5.20 DST=185.44.12.9 LEN=40 PROTO=TCP SPT=5060 DPT=41830 WINDOW=0 RES=0x00 ACK RST URGP=0
это с нашего пограничного iptables. С тех пор как вы переключили режим закрытия на RST, звонки к клиенту по TCP через этот хост падают, conntrack считает RST INVALID и режет`),
    fw(`Добрый день. Cisco ASA в логах пишет %ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 212.1.1.8/50211 flags RST on interface inside. Началось после того как на VOS включили RST режим. Звонки через ASA рвутся и висят.`),
    fw(`pfSense дропает пакеты с VOS: в firewall log куча блоков "TCP:R" по default deny, state not found. Совпадает с включением SS_TCP_CLOSE_RESET в среду. Клиенты жалуются на зависшие вызовы.`),
    fw(`Вчера включили RST, сегодня звонки через Sophos у клиента то проходят, то висят 10-15 секунд и падают. В логах Sophos drop TCP RST "out of state".`),
    fw(`После вашего изменения (RST=On) звонки через наш MikroTik с фаером падают. В логах микротика drop connection-state=invalid, tcp-flags rst. Откатывать?`),
    fw(`Добрый. Наш NOC видит на FortiGate всплеск "no session matched" для TCP 5060 с флагами RST после reparse с новым параметром SS_TCP_CLOSE_RESET. ASR по этому направлению упал.`),
    fw(`Звонки на транк партнёра через их ASA перестали завершаться нормально — висят, потом отваливаются. Их админ показал лог: "Deny TCP (no connection) ... flags RST ACK". У нас с понедельника SS_TCP_CLOSE_RESET=On.`),
    fw(`iptables -L -v -n показывает растущий счётчик на правиле DROP state INVALID — рост начался ровно когда включили RST режим, там RST-пакеты от софтсвича. Параллельно звонки по SIP TCP не устанавливаются с первого раза.`),
    fw(`Пишу повторно: после перехода на RST режим звонки через фаер у клиента (pfSense) обрываются. Вы сказали проверить логи — проверил: блоки TCP:RA, state mismatch. Что дальше?`),
    fw(`Срочно, после включения RST все вызовы через офисный FortiGate клиента не проходят, в forward traffic log deny "no session matched". SIP по TCP. Верните как было!`),
    fw(`Добрый день, после того как вы поменяли режим закрытия соединений, наш Sophos UTM режет RST пакеты от VOS как invalid, звонки зависают. Можно как-то разрешить RST на фаере или лучше вернуть FIN?`),
    fw(`Клиентские вызовы через их Check Point начали падать после включения SS_TCP_CLOSE_RESET. Лог Check Point: "TCP packet out of state: First packet isn't SYN", tcp_flags: RST-ACK.`),
    fw(`conntrack -S показывает invalid= растёт бешено после включения RST режима, и звонки через этот шлюз (iptables NAT+фильтр перед VOS) обрываются. До включения invalid был почти ноль.`),
    fw(`На пограничном микротике после вчерашнего включения RST видим в логе "forward: in:ether1 out:bridge, proto TCP (RST), connection-state:invalid" и drop. SIP TCP вызовы висят и рвутся.`),
    fw(`NOC тикет: после смены SS_TCP_CLOSE_RESET Off→On на vos-msk-1 через FortiGate-200E перестали проходить вызовы к двум клиентам, в логе FortiGate "no session matched", RST дропается. Требуется решение.`),
    fw(`Після ввімкнення SS_TCP_CLOSE_RESET=On дзвінки через наш FortiGate зависають і обриваються, в логах "no session matched" з прапором RST. До цього все працювало.`),
    fw(`Вітаю, з того часу як увімкнули RST, pfSense клієнта блокує пакети TCP:R, state not found. Дзвінки падають. Що робити?`),
    fw(`Після зміни режиму закриття на RST iptables на шлюзі дропає INVALID пакети з RST, дзвінки по TCP рвуться. Відкотити чи правило додати?`),
    fw(`Терміново: Cisco ASA у партнера після нашого переходу на RST пише Deny TCP (no connection) flags RST, дзвінки висять. Допоможіть.`),
    fw(`Posle vklyucheniya SS_TCP_CLOSE_RESET=On zvonki cherez FortiGate zavisayut i obryvayutsya, v logah "no session matched" s flagom RST.`),
    fw(`Privet, s teh por kak vklyuchili RST, pfSense u klienta blokiruet pakety TCP:R, zvonki padayut. Do etogo bylo ok.`),
    fw(`rebyata, iptables na granichnom shlyuze dropaet INVALID RST pakety posle vashego izmeneniya rezhima zakrytiya, SIP TCP zvonki rvutsya`),
    fw(`Dobryj den, ASA partnera pishet Deny TCP (no connection) flags RST ACK posle togo kak my vklyuchili RST rezhim. Zvonki visyat i obryvayutsya.`),
    fw(`Сәлеметсіз бе, SS_TCP_CLOSE_RESET=On қосқаннан кейін FortiGate арқылы қоңыраулар үзіліп жатыр, логта "no session matched" RST флагымен.`),
    fw(`Салем, RST режимін қосқаннан бері клиенттің pfSense-і TCP:R пакеттерін блоктап жатыр, қоңыраулар түсіп қалады. Бұрын жақсы еді.`),
    fw(`Сәлем, шекаралық iptables RST пакеттерін INVALID деп тастап жатыр, RST қосқаннан кейін басталды. TCP қоңыраулар үзіледі.`),
    fw(`Assalomu alaykum, SS_TCP_CLOSE_RESET=On qilgandan keyin FortiGate orqali qo'ng'iroqlar osilib qolyapti va uzilyapti, logda "no session matched" RST flag bilan.`),
    fw(`Aka, RST yoqilgandan beri mijozning MikroTik firewall i RST paketlarni invalid deb drop qilyapti, qo'ng'iroqlar uzilyapti. Oldin hammasi yaxshi edi.`),
    fw(`Ассалому алайкум, партнёрнинг Cisco ASA си RST ёқилгандан кейин "Deny TCP (no connection) flags RST" деб ёзяпти, звонки осилиб қоляпти.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning171Set: readonly EvalItem[] = Object.values(tuning171Families).flat();
