import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP operators, call-centre owners, resellers and on-duty admins in Russia (Moscow, Saint Petersburg,
 * Novosibirsk), Ukraine (Kyiv, Kharkiv, Odesa), Kazakhstan (Almaty, Astana), Uzbekistan (Tashkent, Samarkand)
 * and Kyrgyzstan (Bishkek) writing to support over Telegram/WhatsApp. About half write informal Russian in
 * Cyrillic with admin slang ("сервак", "порты кончились", "отвалились", "тайм-вейты") and sometimes in Latin
 * translit; about a fifth write Ukrainian; the rest write Uzbek (Latin and Cyrillic), Kazakh (Cyrillic and
 * Latin) and a little Kyrgyz, freely mixed with Russian. Everyone uses English technical words and pastes
 * ss/netstat output, sysctl values and log lines; numbers are written as spoken ("30к", "тридцать тыщ",
 * "30 ming", "30 мың", "28 миң").
 *
 * The hundred-and-fifty-sixth tuning split, by family, in markets where VOS3000 is sold widely and which no split had in fresh hands
 * since the early rounds. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-fifty-sixth never-tuned set, before the fifty-ninth round of rules, by
 * someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other
 * sets in view; measured as such before and after the fifty-ninth round and with the framing check, then made tuning
 * material for the sixtieth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 81.1 %, negatives confident 3.0 %, confident wrong 0 % with the
 * rules of the fifty-eighth round and the changes after it, before the fifty-ninth.
 * After the fifty-ninth round: the same.
 * With the framing check (the rules of the fifty-ninth round held back where a message reads as told, not live):
 * in scope 81.1 %, negatives confident 1.5 %, confident wrong 0 %.
 * After the sixtieth round, tuned on: in scope 97.8 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning156Families = {
  oneListeningPort: [
    no(`Привет. После перезагрузки вебка не поднимается, в catalina.out: java.net.BindException: Address already in use <null>:8080. Глянул netstat -tlnp | grep 8080 — там висит старый java, pid 2314. Его прибить и заново tomcat стартануть норм?`),
    no(`сервак на Новосибе, nginx не стартует: nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use). апач оказывается тоже на 443 слушает, кто-то поставил httpd при обновлении. что лучше снести?`),
    no(`mysql не стартует после ребута: "Can't start server: Bind on TCP/IP port: Address already in use", "Do you already have another mysqld server running on port: 3306 ?" — видимо два инстанса. вос из-за этого не видит базу, звонки не идут`),
    no(`Коллеги, на том же сервере кто-то поставил астериск для тестов, теперь mbx3000d в логе пишет cannot bind 0.0.0.0:5060. ss -lntup показывает asterisk на 5060. Я так понимаю просто астериск вырубить?`),
    no(`ребят у разраба на ноуте docker compose не поднимается: Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use. там у него локальный томкат висит. это не к вам наверно но вдруг подскажете`),
    no(`privet, web portal ne otkryvaetsya posle update, v logah tomcat "Address already in use: JVM_Bind 8080". kto-to zapustil vtoroi tomcat iz /opt. kak pravilno ostanovit lishniy?`),
    no(`Добрый день. Переносим портал на 80 порт, но там уже nginx сидит, tomcat ругается cannot bind. Можно как-то через nginx проксировать на 8080 или лучше так не делать?`),
    no(`камайлио второй не стартует: ERROR: <core> [core/tcp_main.c] tcp_init(): bind on 10.0.0.5:5060 : Address already in use. первый инстанс не до конца убился после kill. что делать`),
    no(`порт 8080 занят, lsof -i :8080 показывает какой-то python -m http.server, это наш джун оставил вчера 😅 вебка вос из-за этого лежит. убил — поднялось. просто чтобы вы знали, тикет можно закрыть`),
    no(`Здравствуйте! Контейнер с биллингом не стартует: "driver failed programming external connectivity on endpoint billing: Bind for 0.0.0.0:3306 failed: port is already allocated". На хосте свой mysql на 3306. Куда лучше перекинуть?`),
    no(`сервак мск2: после того как поставили jenkins пропала вебка. netstat -tlnp:
tcp   0   0 0.0.0.0:8080   0.0.0.0:*   LISTEN   1877/java
это jenkins. tomcat в логе EADDRINUSE. как поменять порт у вос портала или у дженкинса?`),
    no(`После service mbx3000d restart старый процесс mbx3000d не завершился и держит 5060 TCP, новый не может забиндиться. ps aux показывает два процесса. Второй убивать через kill -9 безопасно?`),
    no(`tomcat: SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"] java.net.BindException: Address already in use. Это один порт, ничего не грузим, сервер пустой вообще, тестовый`),
    no(`Добрий день. Після оновлення не відкривається веб-портал, в логах томката BindException: Address already in use на 8080. Виявилось, що там висить ще один java процес. Як правильно його зупинити, щоб не зачепити софтсвіч?`),
    no(`привіт, у нас nginx не стартує бо 80 порт зайнятий апачем, який хтось поставив разом з phpmyadmin. це впливає на вос чи можна просто апач вимкнути?`),
    no(`Хлопці, на тестовому сервері в Харкові другий астеріск не може забіндити 5060, пише cannot bind socket. Перший ще живий. Порт один, навантаження нуль. Підкажіть як розвести по портах`),
    no(`docker run -p 8080:8080 ... → "port is already allocated". На хості ж вебка вос на 8080. Мені треба інший порт для контейнера, так?`),
    no(`mysql не піднімається: Bind on TCP/IP port: Address already in use, порт 3306. systemctl показує mariadb і mysqld одночасно 🤦 яку лишати для вос?`),
    no(`Одеса, сервер №3. Портал лежить, в catalina.out "Address already in use <null>:8080". lsof показує старий tomcat з /usr/local, який лишився від попереднього адміна. Вбили, все піднялось. Питання: як прибрати його з автозапуску?`),
    no(`Assalomu alaykum. Tomcat ishga tushmayapti, logda "Address already in use 8080" deyapti. netstat qilsam boshqa java process 8080 ni ushlab turibdi. Qaysi birini o'chirsam bo'ladi?`),
    no(`salom aka, nginx start bo'lmayapti: bind() to 0.0.0.0:80 failed (98: Address already in use). apache ham o'rnatilgan ekan. vos portalga ta'sir qiladimi agar apache ni o'chirsam?`),
    no(`Ассалому алайкум. Серверда иккинчи asterisk ўрнатишди, энди 5060 банд, mbx3000d "cannot bind 5060" деяпти. Asterisk ни ўчирсак бўладими?`),
    no(`Сәлеметсіз бе. Веб портал ашылмайды, tomcat логында BindException, 8080 порт бос емес. Jenkins орнатқан едік сол серверге, сол ұстап тұр ма?`),
    no(`Салем, Алматыдан. mysql көтерілмей жатыр, "port 3306 already in use", екі mysqld процесс тұр. біреуін өлтірсем бола ма, вос базасы қайсысында?`),
    no(`Astana ofis: dev serverde docker konteiner koterilmei jatyr, "bind: address already in use 0.0.0.0:5060", hostta kamailio tur. bul prod emes, jai test.`),
    no(`привет, Ташкентдан. вебка не открывается, tomcat 8080 band, boshqa process ushlab turibdi dedi logda. kill qildim endi ishlayapti, lekin har rebootda qaytaryapti. автозапуск qayerda?`),
    no(`Бишкек. порт 8080 бошаган жок, tomcat BindException берип жатат. ss -ltnp: java pid 990 эски. бир эле порт, серверде жүк жок. эмне кылабыз?`),
  ],
  otherRegistrationCause: [
    no(`Добрый. У клиента 15 телефонов отвалились, в логе 403 Forbidden на REGISTER. Оказалось, админ у них поменял пароли на аккаунтах в вос, а на телефонах старые. Можно массово как-то посмотреть кто с неверным паролем?`),
    no(`после смены IP у провайдера все наши агенты unregistered. телефоны регаются на старый адрес 185.x.x.10, мы переехали на .22. DNS запись обновили, но TTL сутки. ускорить можно?`),
    no(`сервак Мск: у реселлера все аккаунты не регистрируются, потом увидел — у него счёт ушёл в минус, аккаунт заблокирован за неуплату. это так и должно быть, просто подтвердите`),
    no(`порты кончились? нет, шучу 😄 у нас в офисе сгорел PoE свитч, половина телефонов без питания, поэтому в вос unregistered. новый везём, просто предупреждаю что тревога ложная`),
    no(`У нас лицензия вос истекла вчера? в портале пишет license expired, и новые регистрации не проходят. Продлить как?`),
    no(`Привет, в Питере у провайдера авария, офис без инета с утра, все софтфоны отвалились. У нас всё на UDP, NAT тут ни при чём. Ждём когда Ростелеком починит`),
    no(`телефоны yealink не регаются, на экране "Register failed". sip server прописан как sip.старыйдомен.ru, а домен мы не продлили 🤦. Поменять на IP норм?`),
    no(`Здравствуйте. Поменяли роутер в колл-центре на новый keenetic, теперь 40 операторов unregistered. Всё по UDP 5060, TCP не используем вообще. На вос RST никто не включал. Куда смотреть?`),
    no(`sip аккаунт 70012 постоянно 401 Unauthorized, остальные норм. пароль вроде верный, может в имени опечатка?`),
    no(`аккаунты реселлера expired — срок действия поставили до 01.03, сегодня 2 марта, все и отвалились. продлил, зарегались. вопрос: можно уведомления о сроке включить?`),
    no(`privet, u operatorov microsip pishet "Registration failed: 408 Request Timeout". okazalos antivirus na storone klienta posle obnovleniya blokiroval ves ishodyashiy trafik. udp. razobralis`),
    no(`Брат, телефоны на точке в Новосибе не регаются, потому что там свет отрубили с 9 утра. ИБП хватило на час. Это не к серверу, просто фиксирую`),
    no(`после переезда сервера на новый IP забыли поменять адрес в провижнинге, телефоны тянут старый конфиг и не регаются. как перепровижнить 200 штук быстро?`),
    no(`Добрий день. У колл-центрі в Києві з ранку всі телефони unregistered. Виявилось, що бухгалтерія не оплатила рахунок і вос заблокував акаунт клієнта. Оплатили, чекаємо. Скільки часу займає розблокування?`),
    no(`в нас змінився зовнішній IP після заміни провайдера, телефони реєструються на старий. працюємо по UDP, без TCP. що треба оновити на сервері?`),
    no(`у Харкові знову блекаут, офіс без світла і інтернету, тому всі софтфони відвалились. на сервері все ок?`),
    no(`агентка каже що не може зареєструватись, 403. я їй пароль скинув минулого тижня, вона ввела старий 🙃 вже ок`),
    no(`Привіт! В порталі пише "register limit reached", нові телефони не реєструються, старі працюють. Ліцензія на кількість регістрацій закінчилась? Як розширити?`),
    no(`Одеса: замінили MikroTik на новий, але все на UDP, TCP у нас взагалі не увімкнено. Після заміни половина телефонів offline. Думаю правила не перенесли. Можете глянути з вашого боку реєстрації?`),
    no(`Assalomu alaykum, operatorlarimiz telefoni register bo'lmayapti, 403 Forbidden chiqyapti. Kecha admin parollarni almashtirgan ekan, telefonlarda eski parol. Qanday qilib tezroq yangilasak bo'ladi?`),
    no(`salom, Samarqanddagi ofisda internet yo'q ertalabdan, provayder avariya dedi. shuning uchun hamma telefon unregistered. server tomonda hammasi joyidami?`),
    no(`Аккаунт муддати тугаган экан, шунинг учун регистрация ўтмаяпти. Муддатни порталда қаердан узайтирамиз?`),
    no(`Салеметсіз бе, Алматыдағы колл-центрде телефондар тіркелмей тұр. Біз IP адресті ауыстырдық, DNS жазбасы әлі ескі. UDP ғана қолданамыз. Қанша уақыт күту керек?`),
    no(`Astana: klienttin balansy minusqa ketken, sondyqtan akkaunt blok. telefondar unregistered. tolegen son qansha uaqytta ashylady?`),
    no(`aka tel lar register bo'lmayapti, qarasam sip server domeni o'zgargan, eski domen ishlamayapti. telefonlarda yangi domen yozish kerakmi?`),
    no(`Привет, Ташкент. Лицензия tugagan ekan, portalda "license expired" yozilgan, yangi abonentlar register bo'lmayapti. Продление qancha turadi?`),
    no(`Бишкектен. Офисте роутерди алмаштырдык, баары UDP, TCP жок. Телефондор катталбай калды. Эски роутерде SIP ALG өчүк эле, жаңысында күйүк болушу мүмкүнбү?`),
  ],
  smallFigures: [
    no(`Привет. ss -s на ночном серваке:
Total: 412
TCP:   187 (estab 41, closed 120, orphaned 0, timewait 118)
Это норм или надо что-то крутить?`),
    no(`что такое вообще TIME_WAIT? видим в netstat штук 200 таких, это плохо?`),
    no(`Подскажите, ip_local_port_range 32768 60999 — это дефолт на центосе? Менять надо или у нас нагрузка маленькая (20 линий)?`),
    no(`Вопрос общий: стоит ли включать SS_TCP_CLOSE_RESET на новом сервере, если у нас 50 каналов и всё по TCP? Проблем сейчас нет.`),
    no(`netstat -an | grep TIME_WAIT | wc -l
347
это при 30 одновременных звонках. нормально?`),
    no(`ребят, проверка перед запуском нового клиента:
net.ipv4.tcp_tw_reuse = 0
net.ipv4.ip_local_port_range = 32768	60999
timewait ~250, пик планируется 10 cps. надо что-то трогать или и так живём?`),
    no(`тайм-вейтов сотни три, сервак почти пустой, утро. это же нормально для tcp? просто новый админ спрашивает`),
    no(`можно объяснить разницу между tcp_tw_reuse и tcp_tw_recycle? читаю статьи, везде по-разному. у нас ничего не горит`),
    no(`privet, vopros: skolko TIME_WAIT schitaetsya normalnym? u nas 500-600 v pik, 80 zvonkov odnovremenno`),
    no(`Добрый вечер. Делаю ежемесячный health check:
ss -s
TCP: 96 (estab 30, closed 52, orphaned 0, timewait 50)
свободных портов море, вопросов нет, просто отчитываюсь 👍`),
    no(`На тестовом стенде сотня time_wait после нагрузочного теста на 20 звонков. Это ожидаемо?`),
    no(`а RST режим в VOS это что вообще, для чего? в документации одна строчка. включать не собираемся, просто интересно`),
    no(`сколько максимум портов можно получить если ip_local_port_range поставить 1024 65535? чисто теоретически, для планирования, сейчас 2 тыщи звонков в сутки всего`),
    no(`Добрий день, чи нормально що в netstat 150 з'єднань в TIME_WAIT? Сервер новий, дзвінків мало.`),
    no(`Питання: ip_local_port_range 32768-60999 це стандарт для CentOS 7? Бачу таке на двох серверах.`),
    no(`ss -s з нашого сервера в Києві:
TCP: 312 (estab 88, closed 201, orphaned 2, timewait 197)
Все ок? Навантаження нормальне, 60 каналів.`),
    no(`Вмикати SS_TCP_CLOSE_RESET чи ні — поки проблем немає, хочу порад на майбутнє. Які мінуси?`),
    no(`що означає стан TIME_WAIT і чому він 60 секунд? вибачте за нубське питання`),
    no(`Моніторинг показує 400-450 time-wait у пік, решту доби до сотні. Треба тюнити чи рано?`),
    no(`Assalomu alaykum, ss -s qildim: timewait 230, estab 70. Bu normalmi? yuklama kam hozir`),
    no(`TIME_WAIT nima degani aka? netstatda 100 ga yaqin ko'rinyapti, xavotir olish kerakmi?`),
    no(`ip_local_port_range 32768 60999 default mi centosda? o'zgartirish shartmi 40 ta liniya uchun?`),
    no(`Сәлем. TIME_WAIT 300-дей, сервер тыныш, түнде. Бұл қалыпты ма?`),
    no(`Salem, jaña server ornattyq, ss -s: timewait 45. RST rejimdi aldyn ala qosu kerek pe? әзірге bäri jaqsy.`),
    no(`Ташкент, вопрос: SS_TCP_CLOSE_RESET ни ёқиш керакми умуман? ҳозир муаммо йўқ, шунчаки билиш учун`),
    no(`yuz ellikta time_wait bor, 25 ta qo'ng'iroqda. normalmi?`),
    no(`Алматы, ss -s:
TCP: 140 (estab 35, closed 90, orphaned 0, timewait 88)
жүктеме аз, 15 канал. бәрі жақсы ма?`),
  ],
  firewallNoRst: [
    no(`Привет, надо открыть 5060 tcp/udp на FortiGate для нового клиента, IP 91.x.x.14. Какие ещё порты нужны для RTP?`),
    no(`fail2ban забанил IP нашего же оператора после 5 неверных паролей 🙈 как убрать из бана и добавить в whitelist?`),
    no(`Добрый день. Поставили pfSense перед сервером вчера, звонки идут нормально, регистрация ок. Вопрос: какие правила рекомендуете для защиты портала 8080?`),
    no(`На MikroTik у клиента включен SIP ALG, говорят это зло. Выключать? Проблем вроде нет, просто на всякий.`),
    no(`Нужно заблокировать всю Азию кроме Узбекистана и Казахстана на iptables, сканеры долбят 5060. geoip модуль ставить?`),
    no(`iptables -A INPUT -p tcp --dport 8080 -s 10.10.0.0/16 -j ACCEPT — так правильно портал закрыть только для офиса?`),
    no(`сменили ASA на FortiGate в Мск, переключились ночью, всё работает, звонки идут, ни одного дропа. спасибо за поддержку во время миграции`),
    no(`можно вайтлист IP для реселлера сделать на уровне вос, не на firewall? он со своих 3 IP ходит`),
    no(`fail2ban log: Ban 45.x.x.x — friendly-scanner. это норм, что каждые 10 минут банит новых? сервер в норме`),
    no(`otkryl porty 10000-20000 udp dlya rtp na sophos, zvuk poyavilsya. vse ok teper, prosto fyi`),
    no(`Ребят, в conntrack таблице 8 тыщ записей, nf_conntrack_max 65536. Запас есть? Это просто проверка после установки нового фаервола, проблем нет`),
    no(`У клиента на sophos не проходил голос в одну сторону — был включен SIP helper. выключили, всё ок.`),
    no(`Добрый. Прошу добавить наш новый офисный IP 212.x.x.40 в доверенные на сервере, у нас теперь два канала интернета.`),
    no(`Привіт, треба відкрити порт 8080 для нового менеджера, він працює з дому. Як краще: VPN чи whitelist його IP?`),
    no(`fail2ban заблокував нашого клієнта з Одеси, він тричі ввів неправильний пароль у софтфоні. Розбаньте будь ласка 178.x.x.9`),
    no(`Встановили FortiGate в Києві, все працює, дзвінки ок. Питання: чи треба вимикати SIP ALG на ньому?`),
    no(`Хочемо заблокувати все крім UA, PL, DE на фаєрволі. Не зламаємо реєстрацію агентів у роумінгу?`),
    no(`pfSense: додав правило на 5060 TCP від нового транку, все підключилось. дякую`),
    no(`У нас iptables з купою правил від старого адміна, хочу навести порядок. Можете дати мінімальний набір для вос?`),
    no(`Assalomu alaykum, yangi mijoz uchun FortiGate da 5060 ni ochish kerak. IP: 195.x.x.7. Yana qaysi portlar kerak?`),
    no(`fail2ban bizning operatorni ban qilib qo'ydi, parolni noto'g'ri terib. qanday qilib unban qilamiz?`),
    no(`MikroTik da SIP ALG o'chirish kerakmi? hozircha hammasi ishlayapti`),
    no(`Сәлеметсіз бе. Жаңа pfSense орнаттық, қоңыраулар қалыпты жүріп жатыр. Портал үшін 8080-ді тек офис IP-ге ашу керек, ережені қалай жазамыз?`),
    no(`Алматы: Қытай мен Ресейден сканерлер көп, geo-block қоссақ бола ма? Бізде клиенттер тек KZ мен UZ-де.`),
    no(`Салам, Тошкентдан. Sophos ўрнатдик, ҳаммаси ишлаяпти, қўнғироқлар нормал. Фақат портални ташқаридан ёпмоқчимиз.`),
    no(`aka, iptables da whitelist qildim 3 ta IP ni, endi boshqalar 5060 ga kira olmaydi. to'g'rimi shunday qilish?`),
    no(`Бишкек: жаңы ASA коюлду, чалуулар жакшы өтүп жатат. SIP inspection өчүрүү керекпи?`),
  ],
  negationContext: [
    no(`у нас только UDP, TCP вообще не используем, RST никто никогда не включал. Откуда в вашем отчёте рекомендация про SS_TCP_CLOSE_RESET? нам это не надо`),
    no(`Напоминаю: та история с EADDRINUSE была в прошлом году, вы тогда поставили tcp_tw_reuse и всё. Сейчас вопрос совсем другой — нужен счёт-фактура за март.`),
    no(`тайм-вейты были под тридцать тыщ до вашего тюнинга, теперь в пике максимум 700. месяц полёт нормальный, спасибо`),
    no(`Пересылаю старый тикет для истории:
> 12.08: cannot assign requested address, порты кончились
> 13.08: поставили SS_TCP_CLOSE_RESET=On, решено
Вопрос: можно такую же настройку на новом сервере сделать заранее? Сейчас проблем нет`),
    no(`нет, RST не включали. нет, никто ничего не менял. телефоны отвалились после смены пароля на аккаунте, это мы уже поняли`),
    no(`что значит "cannot assign requested address"? в доке видел, у нас такой ошибки нет, просто изучаю`),
    no(`Мы не используем FortiGate, у нас обычный iptables, RST-пакеты не режутся, проверяли tcpdump. Звонки идут. Вопрос по тарифам.`),
    no(`коллега спрашивает, не надо ли выключить SS_TCP_CLOSE_RESET. отвечаю: он и так Off, мы его никогда не трогали. вопрос закрыт?`),
    no(`Вчерашние обрывы звонков — это был не фаервол и не RST, у транка-партнёра авария была, они подтвердили. Можно закрыть заявку`),
    no(`privet, v proshlom mesyace bylo "address already in use" na 8080 — eto tomcat dvazhdy zapuskalsya, ne porty. seichas vse ok, prosto zakroyte staryi tiket`),
    no(`портов хватает, tw_reuse включён ещё с 2022, time_wait около тысячи в пик. Вопрос не про это — как выгрузить CDR за квартал?`),
    no(`Ранее вы советовали SS_TCP_CLOSE_RESET=Off для нашего филиала с NAT — мы сделали, телефоны зарегались и держатся неделю. Всё, спасибо`),
    no(`Это не "порты кончились", как думал наш дежурный. Просто биллинг упал. Перезапустили — норм.`),
    no(`У нас тільки UDP, TCP не вмикали, RST режим ніколи не чіпали. Телефони відвалились бо провайдер лежав. Тепер все ок`),
    no(`Минулого року була проблема з портами, ви налаштували tcp_tw_reuse. Зараз питання про інше — як додати нового реселлера?`),
    no(`Що означає "out of state" в логах FortiGate? У нас дзвінки нормальні, просто бачу це слово в документації і цікаво`),
    no(`Ніхто нічого не міняв, RST вимкнений. Агенти не можуть зайти після того як змінили паролі, це наша помилка.`),
    no(`Цитую ваш лист від травня: "рекомендуємо SS_TCP_CLOSE_RESET=On і ip_local_port_range 1024 65535". Ми так і зробили тоді, все працює. Зараз просто хочемо копію конфігу для нового сервера`),
    no(`time_wait було тридцять тисяч до вашого тюнінгу, зараз сотні дві. Подяка від всієї команди 🙏`),
    no(`Biz faqat UDP ishlatamiz, TCP yo'q, RST ni hech kim yoqmagan. Telefonlar parol almashgandan keyin uzildi, bu bizning xato`),
    no(`o'tgan yili "address already in use" xatosi bo'lgan edi, siz to'g'irlagansiz. hozir boshqa savol: CDR eksport qanday qilinadi?`),
    no(`"TIME_WAIT" nima degani? hujjatda ko'rdim, bizda muammo yo'q`),
    no(`Сәлеметсіз бе. Сіздер бұрын RST режимді өшіріңдер дегенсіздер, өшірдік, телефондар бір апта бойы тіркеліп тұр. Рақмет, тикетті жабыңыз`),
    no(`Ешкім ештеңе өзгертпеді, RST қосылмаған. Қоңыраулар үзілген себеп — оператор жағындағы авария. Олар растады.`),
    no(`Ташкент: ваш совет про SS_TCP_CLOSE_RESET=Off biz uchun emas, bizda NAT yo'q va RST hech qachon yoqilmagan, hamma telefon ofisda to'g'ridan-to'g'ri. Boshqa sabab izlaymiz.`),
    no(`aka eski tiketni yuboryapman: "timewait 28 ming, cannot assign requested address" — bu 2023 yilda edi, hal qilingan. Hozir yangi serverga o'sha sozlamalarni ko'chirmoqchimiz, ro'yxat bera olasizmi?`),
    no(`Бишкек: былтыр порттор түгөнүп калган, силер оңдогонсуңар. азыр баары жакшы, суроо башка — жаңы тариф кантип кошулат?`),
  ],
  portExhaustion: [
    pe(`СРОЧНО. сервак мск1 в пик перестал принимать звонки, в логе mbx3000d: connect failed: Cannot assign requested address. ss -s показывает timewait 28431. порты кончились походу`),
    pe(`опять порты кончились на серваке, тайм-вейтов тыщ 30`),
    pe(`Добрый вечер. Каждый день с 18 до 20 часов (пик колл-центра, ~400 cps) звонки начинают фейлиться. В логах софтсвича:
bind failed: Address already in use (EADDRINUSE)
netstat -an | grep -c TIME_WAIT
31877
После 21:00 всё само проходит. Что крутить?`),
    pe(`ss -s
Total: 35210
TCP:   34102 (estab 1890, closed 32010, orphaned 12, timewait 31988)
вот такое у нас на новосибирском, новые исходящие tcp не открываются`),
    pe(`привет. сервак под нагрузкой не может открыть новые TCP к транкам, пишет cannot bind. тайм-вейтов 40к+. ip_local_port_range стоит дефолтный 32768 60999`),
    pe(`Пересылаю от нашего NOC:
"22:14 — ASR упал до 20%, mbx3000d: socket error 99 Cannot assign requested address. time_wait 27k. рестарт помог на 15 минут"
Можете подключиться?`),
    pe(`Ребята у нас реселлер залил трафик, 300 звонков в секунду, и всё встало. в логе EADDRINUSE на исходящих, ss показывает тридцать тыщ time_wait`),
    pe(`sroch, server spb2: "cannot assign requested address" v logah softswitch, timewait 29k, zvonki ne idut v pik`),
    pe(`короче опять та же беда: к вечеру тайм-вейты под 30к и исходящие tcp коннекты на транки падают с BindException. днём всё ок`),
    pe(`Здравствуйте. После подключения нового клиента (call center, автообзвон) сервер начал отказывать в новых TCP соединениях. Звонки идут пачками, в пике 250 cps.
netstat -ant | awk '{print $6}' | sort | uniq -c
   1502 ESTABLISHED
  28764 TIME_WAIT
     12 LISTEN
В логах "Address already in use". Помогите срочно, клиент грозится уйти.`),
    pe(`сервак 2 по новой: cannot bind local port, tw 33 тыс. tcp_tw_reuse = 0. где это в вос поправить?`),
    pe(`у нас автодозвон на 500 линий, в 10 утра стартует и через 10 минут ошибки "cannot assign requested address". потом все порты в time_wait. как быть?`),
    pe(`Вос в пиковые часы отдаёт 503 на половину вызовов, в логе mbx3000d много "connect() failed (99)". ss -tan state time-wait | wc -l → 30412`),
    pe(`Добрый. Повторно: эфемерные порты заканчиваются при ~350 вызовах в секунду. sysctl net.ipv4.ip_local_port_range = 32768 60999, tw_reuse 0. Ждём рекомендаций.`),
    pe(`звонки не проходят, порты все заняты, тайм-вейтов овер 9000 ... шучу, 39 тысяч 😭 помогите`),
    pe(`Терміново! Сервер в Києві в пік не відкриває нові TCP з'єднання, в логах "Cannot assign requested address". ss -s: timewait 30127.`),
    pe(`порти закінчились знову, тридцять тисяч time_wait, дзвінки не проходять з 19:00`),
    pe(`Добрий вечір. Після того як клієнт почав автообдзвін (200+ дзвінків на секунду), софтсвіч пише EADDRINUSE на вихідних з'єднаннях до транків. netstat показує ~28 тис. TIME_WAIT. Вдень все ок.`),
    pe(`ss -s
TCP: 32877 (estab 2201, closed 30114, orphaned 5, timewait 30002)
Харків, сервер 2. нові виклики падають`),
    pe(`Пересилаю від нашого чергового: "BindException: Address already in use при з'єднанні до 10.20.0.5:5060, а time_wait вже 35к". Підключіться будь ласка`),
    pe(`Одеса: під навантаженням софтсвіч не може забіндити локальний порт для вихідних TCP, тайм-вейтів десятки тисяч. Порт рейндж дефолтний. Що міняти?`),
    pe(`Assalomu alaykum, server pik vaqtida qo'ng'iroqlarni qabul qilmayapti. Logda "cannot assign requested address", ss -s da timewait 30 ming. Tezroq yordam bering`),
    pe(`aka portlar tugab qoldi yana, time_wait 29 ming, yangi TCP ulanish ochilmayapti`),
    pe(`Салом, кечқурун 18:00 дан кейин серверда "Address already in use" хатолиги, TIME_WAIT 31 минг. Кундузи нормал.`),
    pe(`Сәлеметсіз бе. Алматы сервері шыңында жаңа TCP қосылыстар ашпайды, логта cannot assign requested address. timewait 30 мың. Көмектесіңіздерші`),
    pe(`Astana: avtodozvon qosqanda 300 cps, sosyn EADDRINUSE, timewait otyz myñ. kündiz bäri jaqsy`),
    pe(`ss -s
TCP: 33410 (estab 980, closed 32200, orphaned 3, timewait 32105)
Тошкент сервер. пикда ишламаяпти, янги уланишлар очилмаяпти`),
    pe(`Samarqand: yuklama oshsa softswitch "bind failed" deydi, netstat da TIME_WAIT 27k dan ko'p. ip_local_port_range default turibdi`),
    pe(`привет, Алматыдан. порттар түгесіліп қалды сияқты, тайм-вейт 30к, қоңыраулар кешке өтпейді`),
    pe(`Бишкек: пик убакта "cannot assign requested address", time_wait 28 миң. жаңы чалуулар өтпөй жатат, жардам бергиле`),
  ],
  natUnregistered: [
    nat(`После того как вы включили SS_TCP_CLOSE_RESET=On, все телефоны в филиале (за микротиком) unregistered. SIP по TCP. На головном офисе без NAT всё ок.`),
    nat(`Добрый день. Вчера поставили RST mode по вашей рекомендации, порты больше не кончаются 👍 Но теперь удалённые операторы, которые сидят из дома за роутерами, постоянно теряют регистрацию. Каждые пару минут registered → unregistered. У них MicroSIP, транспорт TCP.`),
    nat(`телефоны за натом отвалились после включения RST. tcp. вернуть как было?`),
    nat(`privet, posle SS_TCP_CLOSE_RESET=On nashi IP-PBX klientov (za NAT, freepbx) ne registriruyutsya po TCP. do etogo bylo ok`),
    nat(`У нас 3 офиса за MikroTik, все на SIP TCP. С тех пор как включили ресет режим — регистрация слетает каждые 5-10 минут. В вос в онлайне то 40, то 0.`),
    nat(`Пересылаю жалобу клиента: "с понедельника наши Yealink показывают No Service / Register failed, хотя интернет есть. Офис за роутером, SIP по TCP". В понедельник мы как раз включили SS_TCP_CLOSE_RESET. Совпадение?`),
    nat(`Софтфоны за NAT не держат регистрацию по TCP после reparse с SS_TCP_CLOSE_RESET=On. В логе видно REGISTER 200 OK, а через минуту уже offline.`),
    nat(`ребят после вашего фикса с портами у нас удалёнщики все unregistered, они за домашними роутерами, tcp транспорт. порты ок, а телефоны нет`),
    nat(`колл-центр в Питере за NAT (офисный фаервол), 60 операторов, после включения RST mode половина в статусе unregistered. тестовый аккаунт по UDP регистрируется нормально, по TCP нет`),
    nat(`RST включили, телефоны за микротиком по tcp отвалились. 🙁`),
    nat(`Здравствуйте. Вопрос срочный. У реселлера клиенты с Asterisk за NAT регистрируются к нам по TCP. После изменения SS_TCP_CLOSE_RESET на On их trunk registration постоянно в статусе Unregistered / Request Sent. Откатывать?`),
    nat(`zvonit klient, govorit softfony za routerom ne registriruyutsya s utra. utrom my vklyuchili RST. tcp. svyaz ochevidna, chto delat?`),
    nat(`Сервер нск: телефоны, которые за NAT, регаются и через 30-60 сек пропадают. Началось сразу после того, как выставили SS_TCP_CLOSE_RESET=On и сделали reparse. Те что в одной сети с сервером — норм.`),
    nat(`после RST режима онлайн регистраций в вос упал с 850 до 120. все отвалившиеся — за NAT, sip over tcp`),
    nat(`добрый вечер, после вчерашних изменений (RST on) Zoiper на мобилках у агентов через 4G не регается по TCP, а там же тоже NAT у оператора`),
    nat(`Після ввімкнення SS_TCP_CLOSE_RESET=On всі телефони в офісі за MikroTik відвалились, статус unregistered. Транспорт TCP. Що робити?`),
    nat(`Добрий день. Наші оператори працюють з дому, за роутерами, SIP по TCP. Після того як ви включили RST режим, вони постійно втрачають реєстрацію.`),
    nat(`телефони за натом не реєструються з вчора, вчора включили ресет. tcp`),
    nat(`Київ: IP-АТС клієнтів за NAT перестали тримати реєстрацію по TCP після SS_TCP_CLOSE_RESET=On. Без NAT все ок.`),
    nat(`Пересилаю від клієнта з Одеси: "Yealink пише Register failed, з понеділка". В понеділок ми вмикали RST mode. Вони за домашнім роутером, TCP.`),
    nat(`Харків: онлайн реєстрацій впав з 300 до 40 одразу після reparse з RST on. Всі хто впав — за NAT, на TCP.`),
    nat(`Assalomu alaykum, SS_TCP_CLOSE_RESET=On qilganimizdan keyin MikroTik orqasidagi telefonlar unregistered bo'lib qoldi. TCP ishlatamiz.`),
    nat(`aka RST yoqdik, uydan ishlaydigan operatorlar registratsiyani yo'qotyapti, router orqasida, tcp`),
    nat(`Салом, RST режимни ёққандан кейин NAT орқасидаги телефонлар регистрациядан чиқиб кетяпти. TCP орқали.`),
    nat(`Сәлеметсіз бе. SS_TCP_CLOSE_RESET=On қосқаннан кейін NAT артындағы телефондар тіркелмейді, TCP. NAT-сыз офис жақсы жұмыс істейді.`),
    nat(`Almaty: RST rejimin qosqannan keiin routerdiñ artyndağy softfondar unregistered bolyp qaldy. tcp transport.`),
    nat(`Тошкент: IP-PBX лар NAT орқасида, RST ёқилгандан бери регистрация 1-2 минутда учиб кетяпти. TCP`),
    nat(`Samarqand filial MikroTik ortida, RST yoqilgandan keyin 25 ta telefon hammasi offline. TCP. Toshkentdagi bosh ofis NAT siz, u yerda hammasi joyida`),
    nat(`привет, Астана. после RST режима NAT артындағы телефондар тіркелмей жатыр, tcp. қайтару керек пе?`),
    nat(`Бишкек: RST күйгүзгөндөн кийин роутердин артындагы телефондор катталбай калды, TCP аркылуу.`),
  ],
  firewallRst: [
    fw(`После включения SS_TCP_CLOSE_RESET=On звонки через FortiGate начали висеть: абонент положил трубку, а вызов в вос ещё активен минуту-две. В логе forti "invalid state, dropped" на RST пакетах.`),
    fw(`Добрый день. С момента перехода на RST mode у клиента за Cisco ASA рвутся звонки на 30-й секунде. В логе ASA: %ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 10.2.0.8/41822 flags RST. Это связано?`),
    fw(`pfSense дропает RST от вос после того как вы включили ресет режим, звонки зависают. в логе firewall "TCP:R" blocked`),
    fw(`rst включили → звонки через sophos стали падать. в логах sophos invalid packet drop, flags RST`),
    fw(`privet, posle RST on zvonki cherez mikrotik visyat, v /ip firewall connection vidno chto RST dropaetsya kak invalid (chain=forward connection-state=invalid action=drop)`),
    fw(`Сервер Мск, у клиента FortiGate 100F. С вчерашнего вечера (после reparse с SS_TCP_CLOSE_RESET=On) вызовы не устанавливаются: INVITE уходит, ответа нет, таймаут. На форти в логах "Denied by forward policy check (out of state)" на RST.`),
    fw(`Звонки обрываются после RST режима. Клиент за ASA. Логи ASA полны "TCP RST dropped". Вы можете откатить?`),
    fw(`Ребята SOS: после ресет мода звонки через iptables шлюз виснут, conntrack помечает RST как INVALID, правило -m state --state INVALID -j DROP. Что делать?`),
    fw(`у нас за фортиком все звонки зависают в "connecting" с того момента как RST включили. без фортика (тестовый телефон напрямую) — норм`),
    fw(`Пересылаю от клиента: "с утра звонки рвутся через 1-2 мин, у нас ASA 5516". Мы вчера включили SS_TCP_CLOSE_RESET. В их логах ASA - deny TCP RST no connection.`),
    fw(`после включения RST половина исходящих падает с таймаутом. tcpdump на сервере: RST уходит, на стороне клиента после pfSense не приходит. pfSense логи: blocked, state mismatch`),
    fw(`звонки висят после RST. фаер форти. всё.`),
    fw(`Здравствуйте. Колл-центр Новосибирск, перед серваком стоит MikroTik с правилом drop invalid. После SS_TCP_CLOSE_RESET=On вызовы не закрываются, CDR показывает длительность 3600 сек на звонки по 30 сек. Каналы забиты зависшими вызовами.`),
    fw(`Добрый. По вашей рекомендации поставили RST mode. Порты больше не кончаются, но теперь клиент с Sophos XG жалуется что звонки не проходят. Sophos логирует дроп RST пакетов как "invalid TCP state".`),
    fw(`звонки начали зависать и обрываться сразу после reparse с RST=On. между нами и транком стоит ASA, в show asp drop счётчики "tcp-not-syn" и "TCP RST/FIN out of window" растут как на дрожжах`),
    fw(`Після ввімкнення RST режиму дзвінки через FortiGate зависають, в логах "out of state" для RST пакетів. Що робити?`),
    fw(`Добрий день. Клієнт за Cisco ASA скаржиться що з вчорашнього дня дзвінки обриваються. Вчора ми ввімкнули SS_TCP_CLOSE_RESET=On. В ASA логах deny TCP RST.`),
    fw(`pfSense блокує RST від софтсвіча, дзвінки висять. почалось після ресет моду`),
    fw(`Київ: після RST=On дзвінки через MikroTik падають, в firewall connection RST йде як invalid і drop.`),
    fw(`Пересилаю від чергового: "Одеса, дзвінки в статусі connecting вічно, iptables conntrack INVALID drop на RST, після змін у вос"`),
    fw(`Харків, Sophos: відколи увімкнули RST, частина дзвінків не завершується, канали забиті. В логах Sophos drop invalid packet flags R.`),
    fw(`Assalomu alaykum, RST yoqilgandan keyin FortiGate orqali qo'ng'iroqlar osilib qolyapti. Forti logida RST paketlar "out of state" deb drop qilinyapti`),
    fw(`aka RST yoqdik, ASA orqasidagi mijozda qo'ng'iroqlar uzilyapti. ASA log: deny TCP RST`),
    fw(`Салом, SS_TCP_CLOSE_RESET=On дан кейин pfSense RST пакетларни блоклаяпти, қўнғироқлар осилиб қоляпти.`),
    fw(`Сәлеметсіз бе. RST режимін қосқаннан кейін FortiGate арқылы қоңыраулар үзіліп жатыр. Форти логында RST drop invalid.`),
    fw(`Almaty: RST qosqannan keiin mikrotik firewall invalid dep RST-ty drop etedi, qoñyraular ilinip qalady.`),
    fw(`Тошкент: iptables conntrack RST ни INVALID деб ташлаяпти, RST ёқилгандан бери қўнғироқлар тугамаяпти, каналлар тўлиб қолди`),
    fw(`Samarqand filial Sophos orqali, RST yoqilgandan keyin qo'ng'iroqlarning yarmi o'tmayapti, sophos logida invalid packet drop`),
    fw(`Астана: RST режимнен кейін ASA артындағы клиентте звонки висят, ASA логта RST үшін "TCP packet failed state checks"`),
    fw(`Бишкек: RST күйгүзгөндөн кийин FortiGate аркылуу чалуулар үзүлүп жатат, логдо RST out of state drop.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning156Set: readonly EvalItem[] = Object.values(tuning156Families).flat();
