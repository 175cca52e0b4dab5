import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, resellers and NOC engineers in Russia, Uzbekistan, Kazakhstan, Kyrgyzstan and Tajikistan, on WhatsApp:
 * Russian (Cyrillic, and translit in Latin letters), Uzbek (Latin and Cyrillic), Kazakh, Kyrgyz and Tajik mixed with
 * Russian and English technical words. Thousands as "тыс.", "тыс", "к"/"k", "ming" (Uzbek), "мың" (Kazakh), "миң"
 * (Kyrgyz), "ҳазор" (Tajik); greetings "Добрый день", "Assalomu alaykum aka", "Сәлеметсіз бе", "Саламатсызбы",
 * "Салом бародар"; casual chat (щас, чё, плиз, спс). Shares: Russian 50% (a fifth translit), Uzbek 25%, Kazakh/Kyrgyz 15%, Tajik 10%.
 *
 * The hundred-and-eighty-fourth tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-eighty-fourth never-tuned set, before the sixty-sixth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-sixth round, then made tuning
 * material for the sixty-seventh: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 90.0 %, negatives confident 2.2 %, confident wrong 0 % with the rules of
 * the sixty-fifth round, before the sixty-sixth.
 * After the sixty-sixth round: the same.
 * After the sixty-seventh round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning184Families = {
  oneListeningPort: [
    no(`Добрый день. После перезагрузки сервера веб-портал VOS не поднимается, в catalina.out:
java.net.BindException: Address already in use (Bind failed) <null>:8080
Сам softswitch работает, звонки идут. Что может держать 8080?`),
    no(`щас перезапустил mbx3000d, не стартует, в логе "bind 0.0.0.0:5060 failed: Address already in use". netstat -tulpn | grep 5060 показывает старый процесс mbx3000d pid 2231, висит с прошлого запуска. убить его просто kill -9 и стартануть заново?`),
    no(`Ребята, nginx не стартует после установки панели биллинга:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
На 80 порту сидит httpd от веб-интерфейса VOS. Как правильно развести, повесить nginx на другой порт?`),
    no(`mysqld не поднимается после кривого обновления: [ERROR] Can't start server: Bind on TCP/IP port: Address already in use. Do you already have another mysqld server running on port: 3306 ? Видимо второй инстанс запустился от старого init-скрипта. Подскажите как безопасно остановить лишний, чтоб базу VOS не побить`),
    no(`Всем привет. Поставил redis для нашего дашборда на тот же сервер что и VOS — "Creating Server TCP listening socket *:6379: bind: Address already in use". Где-то уже крутится redis? ps aux ничего явного не показывает`),
    no(`Наш программист поднимает у себя на ноуте API для интеграции с VOS, npm run dev падает с
Error: listen EADDRINUSE: address already in use :::3000
Это на его ноутбуке, не на сервере. К вашему софтсвичу это же отношения не имеет?`),
    no(`docker run -p 8443:8443 для нашего CDR-экспортера — "Error starting userland proxy: listen tcp4 0.0.0.0:8443: bind: address already in use". На том же хосте где VOS стоит. Как найти кто держит 8443?`),
    no(`Коллеги, после аварийного ребута mbx3000d в статусе failed, в логе Cannot bind SIP port 5060, address already in use. Оказалось, на сервере кто-то из прошлых админов оставил asterisk в автозагрузке, он и занял 5060. Можно его просто выключить через chkconfig asterisk off?`),
    no(`Вопрос по веб-клиенту: apache не стартует, (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443. На 443 висит stunnel, который ставил прошлый админ. Что из них реально нужно VOS?`),
    no(`Срочно! После обновления на 2.1.8.05 не стартует медиа-сервис VOS, в логе "bind UDP port 10000 failed: address already in use". На сервере стоит ещё rtpproxy от старой схемы, он слушает тот же порт. Его можно снести?`),
    no(`privet, posle reboot web portal VOS ne otkryvaetsya, tomcat pishet java.net.BindException: Address already in use port 8080, kakoi-to java process visit eshe so vchera. kak ego nayti i ubit?`),
    no(`rebyata podskazhite, mbx3000d ne startuet: "bind 5060 address already in use". netstat pokazal chto 5060 derzhit staryi process mbx3000d kotoryi ne umer posle restart. eto lechitsya ili nado pereustanavlivat?`),
    no(`zdravstvuite. postavil zabbix-agent na server VOS, on ne podnimaetsya: listener failed: zbx_tcp_listen() fatal error: cannot bind to port 10050: [98] Address already in use. Spasibo zaranee`),
    no(`Assalomu alaykum aka. Serverni o'chirib yoqgandan keyin web panel ochilmayapti, tomcat logida BindException: Address already in use 8080. Qo'ng'iroqlar o'tyapti, faqat panel ishlamayapti. Nima qilsak bo'ladi?`),
    no(`Salom. mbx3000d ni restart qildim, ko'tarilmayapti: 5060 port band, address already in use. ps da eski mbx3000d process osilib qolgan ekan. uni kill qilsam bo'ladimi?`),
    no(`aka nginx ishga tushmayapti, "bind() to 0.0.0.0:443 failed (98: Address already in use)" deyapti. 443 da eski apache turgan ekan. qaysi birini o'chiray?`),
    no(`Assalomu alaykum. Bizning dasturchi o'z noutbukida integratsiya qilyapti, "listen EADDRINUSE: address already in use :::5000" chiqyapti. Bu serverga aloqasi yo'qmi? Oldindan rahmat`),
    no(`mysql ko'tarilmayapti: Bind on TCP/IP port: Address already in use, 3306. Ikkita mysqld ishlab turibdi shekilli. VOS bazasiga zarar bermay qanday to'xtatsa bo'ladi?`),
    no(`Ассалому алайкум. Мониторинг учун docker контейнер ишга тушмаяпти: "bind: address already in use 0.0.0.0:9090". Сервер VOS билан бир жойда. 9090 ни ким ушлаб турибди, қандай билсам бўлади?`),
    no(`Ака, веб портал очилмаяпти, catalina.out да "Address already in use: JVM_Bind 8080". Кеча свет ўчиб ёнганидан кейин шундай. Ёрдам беринг илтимос`),
    no(`Сәлеметсіз бе. Серверді қайта жүктегеннен кейін веб-портал ашылмай тұр, логта java.net.BindException: Address already in use :8080. Қоңыраулар өтіп жатыр, тек портал ашылмайды. Көмектесіңізші`),
    no(`Салем, mbx3000d іске қосылмайды, 5060 порт бос емес дейді — Address already in use. netstat көрсетті: ескі процесс ілініп қалған. Оны kill жасауға бола ма?`),
    no(`Саламатсызбы. nginx иштебей жатат: bind() to 0.0.0.0:80 failed (98: Address already in use). 80 портту httpd кармап турат окшойт. Кайсынысын өчүрөйүн?`),
    no(`Салам, docker-compose up кылсам grafana контейнер көтөрүлбөй жатат: "Bind for 0.0.0.0:3000 failed: port is already allocated". VOS сервердин өзүндө. Эмне кылсам болот?`),
    no(`Ассалому алейкум. Баъд аз restart веб-портали VOS кушода намешавад, дар лог: Address already in use 8080. Зангҳо мегузаранд, фақат портал. Лутфан ёрдам диҳед`),
    no(`Салом бародар, mbx3000d бар намехезад: bind 5060 failed, address already in use. Процесси кӯҳнаи mbx3000d овезон мондааст. Чӣ кор кунам, kill кунам?`),
    no(`Салом. Redis дар сервери VOS старт намешавад: "bind: Address already in use" 6379. Дигар redis кор карда истодааст шекилл. Рахмат`),
  ],
  otherRegistrationCause: [
    no(`Добрый день, у клиента 40 телефонов офлайн в VOS с утра. Выяснили — у них ночью пропал свет в офисе, роутер после этого не поднялся. Как быстро проверить что телефоны снова зарегались, когда включат?`),
    no(`Все аккаунты реселлера "Алмаз" перестали регистрироваться, в логе 403 Forbidden. Потом вспомнил — вчера мы их сами заблокировали за неоплату, баланс минус 12 тыс. руб. Как разблокировать после оплаты?`),
    no(`Шлюз Dinstar unregistered со вчерашнего вечера. В VOS на каждый REGISTER вижу 401 Unauthorized. Клиент признался что менял пароль аккаунта в панели, а на шлюзе оставил старый. Где в VOS посмотреть текущий пароль аккаунта?`),
    no(`У нас шлюзы ходили по доменному имени sip.nashfirma.ru, хостер поменял IP сервера, а A-запись никто не обновил — все шлюзы unregistered. Что лучше, прописать IP напрямую или ждать DNS?`),
    no(`Привет, телефоны Yealink в офисе за MikroTik теряют регистрацию каждые 30 минут. У нас только UDP, TCP вообще не используем, RST тоже не трогали. Подозреваю SIP ALG на микротике, как его выключить?`),
    no(`Лицензия VOS истекла сегодня ночью? Все регистрации отвалились, в веб-интерфейсе красная надпись license expired. Куда писать для продления, счёт нужен на ООО`),
    no(`Клиент сменил провайдера, теперь у него другой внешний IP, а в VOS его аккаунт на IP-аутентификации к старому адресу. Все его шлюзы не регистрируются. Как поменять IP в аккаунте?`),
    no(`Здравствуйте. У абонента софтфон Zoiper пишет Registration failed: 404 Not Found. Проверил — он вбил логин с опечаткой, 10025 вместо 10052. Можно ли в VOS как-то сделать понятнее сообщение?`),
    no(`Срочно. Все регистрации с ташкентского филиала пропали. Выяснилось — у них упал интернет у провайдера, ONT мигает красным. Ждём провайдера. Вопрос: VOS сам их подхватит когда интернет вернётся или надо что-то перезапускать?`),
    no(`Аккаунты 7701-7850 помечены expired — срок действия закончился 01.06, поэтому телефоны клиента не регистрируются. Как продлить срок массово для 150 аккаунтов, не по одному же?`),
    no(`privet. u klienta vse telefony unregistered, okazalos on pomenyal router na novyi TP-Link i tam SIP ALG vklyuchen po umolchaniyu. U nih tolko UDP. Kak emu obyasnit chto vyklyuchit?`),
    no(`dobryi den, gateway GoIP ne registriruetsya, 401 unauthorized — parol pomenyali v VOS, a na shlyuze ostalsya staryi. Razobralis, spasibo. Prosto dlya info: gde v VOS smotret popytki registracii?`),
    no(`sorry za pozdnee soobshenie, u nas segodnya ves den telefony ofisa v Kazani ne registriruyutsya, tam elektrichestvo otklyuchili vo vsem rayone. eto zhe ne problema servera?`),
    no(`Assalomu alaykum. Mijozning 25 ta telefoni unregistered. Tekshirsak, kecha parolni almashtirgan ekan, telefonlarda eski parol qolgan, 401 chiqyapti. Hammasini birdaniga qanday o'zgartirsa bo'ladi?`),
    no(`Aka salom, Samarqanddagi ofisda ertalabdan beri internet yo'q, shuning uchun telefonlar ro'yxatdan o'tmayapti shekilli. Provayder ishlayapmiz deyapti. Serverda biror narsa qilish kerakmi?`),
    no(`Salom, reseller akkauntini balans minus bo'lgani uchun bloklagan ekansizlar, hamma telefonlari unregistered. To'lov qildik 500 ming so'm, qachon ochiladi?`),
    no(`aka shlyuzlar domen orqali ulanardi, domen muddati tugab qolibdi, DNS javob bermayapti, hammasi unregistered. Vaqtincha IP bilan yozsak bo'ladimi?`),
    no(`Assalomu alaykum, VOS litsenziya muddati tugadi shekilli, panelda "license expired" yozuvi, registratsiyalar tushib ketdi. Yangilash uchun kimga murojaat qilamiz?`),
    no(`Ассалому алайкум. Офисда роутерни алмаштиришди, энди телефонлар регистрация бўлмаяпти. Фақат UDP ишлатамиз. Янги роутерда SIP ALG ёқилган экан. Ўчириш кифоями?`),
    no(`Ака, мижоз IP аутентификация билан уланган эди, провайдер IP ни ўзгартирибди. Энди шлюз unregistered. Аккаунтда IP ни қаердан алмаштираман?`),
    no(`Сәлеметсіз бе. Бүгін таңертең Алматы кеңсесінде жарық өшіп қалды, телефондар unregistered. Жарық келгенде өздері тіркеле ме, әлде бірдеңе істеу керек пе?`),
    no(`Салем, аккаунттың құпия сөзін өзгерттік, шлюзде ескісі қалып қойыпты — 401 Unauthorized, тіркелмей тұр. VOS-та тіркелу әрекеттерін қайдан көремін?`),
    no(`Саламатсызбы. Бишкектеги кеңседе кечээтен бери интернет жок, телефондор каттоодон өтпөй жатат. Провайдер оңдоп жатабыз дейт. Сервер жагынан эч нерсе кылбайбызбы?`),
    no(`Салам, эсеп бөгөттөлгөн экен — баланс минус 45$, ошол үчүн телефондор unregistered. Бүгүн төлөдүк, качан ачылат?`),
    no(`Ассалому алейкум. Дар офиси Хуҷанд дирӯз роутерро иваз карданд, телефонҳо unregistered шуданд. Танҳо UDP истифода мебарем. Дар роутери нав SIP ALG фаъол будааст. Хомӯш кунем кифоя?`),
    no(`Салом, пароли аккаунтро иваз кардем, дар шлюз пароли кӯҳна монд, 401 Unauthorized. Фаҳмидем, рахмат. Фақат мехоҳам бидонам дар VOS логи регистратсия куҷост`),
    no(`Салом бародар, литсензияи VOS тамом шуд, ҳамаи регистратсияҳо афтоданд. Барои дароз кардан ба кӣ муроҷиат кунем?`),
  ],
  smallFigures: [
    no(`Добрый вечер. Ночью нагрузка маленькая, ss -s показывает:
Total: 412
TCP:   187 (estab 52, closed 118, orphaned 0, timewait 116)
Это нормально или уже пора что-то крутить?`),
    no(`Подскажите плиз, что вообще такое TIME_WAIT и почему их столько в netstat? У нас около 300 штук, звонки идут нормально, просто любопытно`),
    no(`Что делает параметр SS_TCP_CLOSE_RESET в softswitch.conf? Нашёл его в конфиге, стоит Off. Ничего не ломалось, просто хочу понимать`),
    no(`Вопрос на будущее: если включим RST режим, телефоны клиентов за NAT не отвалятся? Сейчас всё работает, ничего не меняли`),
    no(`netstat -ant | grep -c TIME_WAIT → 640. CPS у нас в пике около 15. Это много? Звонки все проходят, жалоб нет`),
    no(`Коллеги, для отчёта руководству нужно объяснить, чем закрытие TCP через FIN отличается от RST. Можете в двух словах, без воды?`),
    no(`Планируем рост до 200 CPS к осени. Нужно ли заранее трогать tcp_tw_reuse и ip_local_port_range, или пока рано? Сейчас 20 CPS, TIME_WAIT около 500`),
    no(`Перед сдачей смены глянул ss -s:
TCP:   1024 (estab 410, closed 590, orphaned 2, timewait 588)
всё ок? Ошибок в логах нет, ASR обычный`),
    no(`Если включить SS_TCP_CLOSE_RESET=On, это как-то повлияет на SIP по UDP? У нас 90% трафика UDP, остальное TCP от двух операторов`),
    no(`Щас посмотрел cat /proc/sys/net/ipv4/ip_local_port_range — 32768 60999. Это дефолт? Надо ли расширять при наших 10 CPS?`),
    no(`privet, chto znachit TIME_WAIT v netstat? u menya ih shtuk 200, vse rabotaet, prosto hochu ponyat`),
    no(`rebyata vopros: esli vklyuchim RST rezhim, firewall FortiGate ne nachnet rezat? poka nichego ne vklyuchali, planiruem na sleduyushei nedele`),
    no(`vot ss -s s nashego servera, nochnoe vremya:
TCP: 95 (estab 30, closed 60, orphaned 0, timewait 58)
normalno? spasibo`),
    no(`Assalomu alaykum. ss -s natijasi:
TCP:   350 (estab 120, closed 220, orphaned 0, timewait 215)
Bu normalmi? Qo'ng'iroqlar yaxshi o'tyapti, shunchaki tekshirdim`),
    no(`Aka, TIME_WAIT nima degani o'zi? netstat da 400 ga yaqin ko'rinyapti. Muammo yo'q, qiziqib so'rayapman`),
    no(`Salom, SS_TCP_CLOSE_RESET parametri nima qiladi? Bizda Off turibdi. O'zgartirish kerakmi yo'qmi tushunmadim`),
    no(`Savol: agar RST rejimini yoqsak, NAT orqasidagi telefonlar ro'yxatdan chiqib ketadimi? Hozircha hech narsa o'zgartirmadik`),
    no(`Kechqurun pikda 12 CPS, TIME_WAIT 1,2 ming atrofida. Bu xavflimi yoki normal? Xato yo'q, qo'ng'iroqlar o'tyapti`),
    no(`Ассалому алайкум. tcp_tw_reuse нима қилади? Бизда 0 турибди, сервер тинч, TIME_WAIT 300 та. Ёқиш керакми?`),
    no(`Ака, агар келажакда 100 CPS га чиқсак, портлар етадими? Ҳозир 8 CPS, ҳаммаси жойида`),
    no(`Сәлеметсіз бе. ss -s шығысы:
TCP:   280 (estab 90, closed 180, orphaned 0, timewait 176)
Бұл қалыпты ма? Қоңыраулар жақсы өтіп жатыр`),
    no(`Сұрақ: RST режимін қоссақ, Sophos фаерволы қиындық тудыра ма? Әзірге ештеңе өзгерткен жоқпыз`),
    no(`Саламатсызбы. TIME_WAIT деген эмне? netstat'та 250 чамасы көрүнөт. Көйгөй жок, жөн эле сурап жатам`),
    no(`Салам, SS_TCP_CLOSE_RESET On кылсак UDP трафикке таасир этеби? Бизде баары UDP`),
    no(`Ассалому алейкум. ss -s:
TCP:   310 (estab 100, closed 205, orphaned 0, timewait 200)
Ин муқаррарӣ аст? Зангҳо хуб мегузаранд`),
    no(`Салом, SS_TCP_CLOSE_RESET чӣ кор мекунад? Дар конфиги мо Off аст. Фақат фаҳмидан мехоҳам`),
    no(`Салом бародар, агар RST-ро фаъол кунем, телефонҳои паси NAT регистратсияро гум мекунанд? Ҳоло ҳеҷ чиз иваз накардаем`),
  ],
  firewallNoRst: [
    no(`Добрый день. Ставим новый сервер VOS за FortiGate, нужно открыть 5060 TCP/UDP и RTP 10000-20000. Можете дать полный список портов, что ещё нужно?`),
    no(`Новый оператор из Москвы, нужно добавить их подсеть 185.12.45.0/24 в белый список на iptables. Как правильно, чтобы не сломать существующие правила?`),
    no(`fail2ban забанил IP нашего реселлера, у него было 10 неудачных регистраций — пароль забыл. Как разбанить и добавить его в ignoreip?`),
    no(`Подскажите, SIP inspection на Cisco ASA выключать или нет для трафика к VOS? Сейчас всё работает, хотим по best practice`),
    no(`Нужен проброс порта на MikroTik: внешний 5080 на внутренний 192.168.1.10:5060 для VOS. Так правильно?
/ip firewall nat add chain=dstnat protocol=udp dst-port=5080 action=dst-nat to-addresses=192.168.1.10 to-ports=5060`),
    no(`Хотим закрыть доступ к SIP из всех стран кроме РФ, КЗ и УЗ — geo-block на pfSense. Не заблокирует ли это наших операторов в Европе?`),
    no(`Посмотрите пожалуйста наш iptables, всё ли правильно для VOS:
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p tcp --dport 5060 -j ACCEPT
-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
-A INPUT -j DROP
Хотим ревью перед запуском в прод`),
    no(`В логах FortiGate вижу как сканеры с 45.x.x.x долбят 5060 (User-Agent friendly-scanner). Как лучше заблокировать? Звонки не страдают`),
    no(`Переезжаем с ASA на FortiGate на следующей неделе. Какие правила нужно перенести для VOS? RST режим у нас не включён, если это важно`),
    no(`Веб-интерфейс VOS не открывается снаружи, изнутри открывается. Наверное на Sophos не открыт 8080. Где это правило добавить?`),
    no(`privet, nuzhno otkryt port 5060 na pfSense dlya novogo klienta, ego IP 91.203.x.x. kak luchshe, alias sozdat?`),
    no(`fail2ban zabanil nash sobstvennyi ofis, kto-to 20 raz nepravilno parol vvel na softfone. kak razbanit? fail2ban-client set sip unbanip — tak?`),
    no(`dobryi vecher. nado vyklyuchit SIP ALG na MikroTik u klienta, /ip firewall service-port disable sip — tak pravilno?`),
    no(`Assalomu alaykum. Yangi operator IP manzilini FortiGate da whitelist ga qo'shish kerak, 5060 TCP va UDP. Qanday qilib to'g'ri qo'shaman?`),
    no(`Aka, fail2ban mijozni bloklab qo'yibdi, u parolni 15 marta xato kiritgan. Qanday qilib blokdan chiqaramiz?`),
    no(`Salom, MikroTik da port forwarding qilish kerak, 5060 ni ichki serverga. dst-nat qoidasini yozib bera olasizmi?`),
    no(`Firewall konfiguratsiyamizni ko'rib chiqib bera olasizmi? iptables da 5060 va 10000-20000 ochiq, qolgani DROP. Hammasi ishlayapti, faqat xavfsizlik uchun`),
    no(`Assalomu alaykum, faqat O'zbekiston va Rossiya IP laridan SIP ga ruxsat bermoqchimiz, pfSense da geo-block. Bu to'g'ri yo'lmi?`),
    no(`Ассалому алайкум. Cisco ASA да SIP inspection ни ўчириш керакми? Ҳозир муаммо йўқ, шунчаки сўраяпман`),
    no(`Ака, Sophos да веб портал 8080 порти учун қоида қўшиш керак, ташқаридан очилмаяпти. Қандай қиламан?`),
    no(`Сәлеметсіз бе. Жаңа оператордың IP-ін FortiGate-те ақ тізімге қосу керек, 5060 TCP/UDP. Қалай дұрыс жасаймын?`),
    no(`Салем, fail2ban біздің реселлерді бұғаттап тастады, ол құпия сөзді бірнеше рет қате терген. Қалай босатамыз?`),
    no(`Саламатсызбы. MikroTik'те 5060 портту ички серверге багыттоо керек (port forwarding). Эрежени жазып бере аласызбы?`),
    no(`Салам, pfSense'те SIP ALG өчүрүү керекпи? Азыр баары иштеп жатат, жөн эле сурап жатам`),
    no(`Ассалому алейкум. Дар FortiGate бояд IP-и оператори навро ба рӯйхати сафед илова кунем, 5060 TCP/UDP. Чӣ тавр дуруст?`),
    no(`Салом, fail2ban IP-и дилери моро баст, ӯ паролро 12 маротиба хато ворид кард. Чӣ тавр кушоем?`),
    no(`Салом бародар, конфиги iptables-и моро аз назар гузаронед лутфан: 5060 ва RTP кушода, боқимонда DROP. Ҳама кор мекунад, фақат барои бехатарӣ`),
  ],
  negationContext: [
    no(`Здравствуйте. Телефоны клиента unregistered с утра, но RST режим у нас никогда не включался, SS_TCP_CLOSE_RESET=Off как было. И они вообще на UDP. Клиент говорит у них ремонт в офисе, кабель перебили`),
    no(`Спасибо, после вашего изменения TIME_WAIT упал с 28к до 900, ошибок cannot assign requested address больше нет. Закрываем тикет`),
    no(`Пересылаю для истории старый тикет от марта: «на FortiGate дропались RST, no session matched» — тогда выключили RST и всё прошло. Сейчас проблем нет, просто чтобы было в базе`),
    no(`Та проблема с address already in use в пиковые часы решена в прошлом месяце, спс. Сейчас вопрос другой: как выгрузить CDR за май в Excel?`),
    no(`Телефоны за NAT отваливались — но это было после смены пароля, мы сами виноваты, на телефонах не поменяли. Уже всё поправили. RST не трогали`),
    no(`Никто ничего не менял, RST выключен, firewall тот же. Звонки идут нормально. Просто уточнить — в логах FortiGate иногда бывают deny от сканеров, это нормально?`),
    no(`Мы используем только UDP, TCP выключен на всех шлюзах, поэтому история про TIME_WAIT и RST к нам не относится? Менеджер прислал статью и паникует`),
    no(`FYI: вчера вечером были сбои звонков, но причина — у оператора упал транк, они подтвердили письмом. Наш firewall и RST тут ни при чём, RST выключен`),
    no(`Отбой тревоги: unregistered телефоны — это был отключенный за неуплату аккаунт, бухгалтерия уже включила`),
    no(`После того как вы вернули SS_TCP_CLOSE_RESET в Off на прошлой неделе, NAT-телефоны держат регистрацию стабильно, за 5 дней ни одного отвала. Спасибо!`),
    no(`spasibo bolshoe, posle tuninga tcp_tw_reuse timewait teper okolo 600 vmesto 30k, oshibok net. vopros zakryt`),
    no(`net, RST rezhim my ne vklyuchali, on Off. telefony otvalilis potomu chto klient pomenyal parol. prosto zapisyvayu dlya vas`),
    no(`peresylayu staryi tiket dlya arhiva: "cannot assign requested address na pike" — reshili eshe v yanvare. seichas vse ok, nichego delat ne nado`),
    no(`Rahmat aka, o'zgarishdan keyin TIME_WAIT 25 mingdan 700 ga tushdi, address already in use xatosi yo'q. Tiketni yopsak bo'ladi`),
    no(`Yo'q, RST rejimini hech qachon yoqmaganmiz, Off turibdi. Telefonlar uzilib qolgani — provayder almashgani uchun edi. Hozir hammasi joyida`),
    no(`Arxiv uchun yuborayapman eski tiket: "FortiGate RST paketlarni tashlayapti" — o'tgan oy hal qilingan. Hozir muammo yo'q`),
    no(`Biz faqat UDP ishlatamiz, TCP umuman yo'q. Shuning uchun bu RST haqidagi xabarnoma bizga tegishli emasmi?`),
    no(`Salom, o'tgan haftadagi muammo hal bo'ldi — RST ni o'chirgandan keyin NAT orqasidagi telefonlar endi uzilmayapti. Katta rahmat!`),
    no(`Ҳеч ким ҳеч нарсани ўзгартирмади, RST ўчиқ. Қўнғироқлар бир соат тушиб қолганди, лекин сабаби — оператор транки. Маълумот учун`),
    no(`Раҳмат, муаммо ҳал бўлди: TIME_WAIT 30 мингдан 800 га тушди, хатолар йўқ`),
    no(`Рахмет, өзгерістен кейін TIME_WAIT 20 мыңнан 500-ге түсті, address already in use қатесі жоқ. Тикетті жабыңыз`),
    no(`Жоқ, RST режимін ешқашан қоспағанбыз, Off тұр. Телефондар құпия сөз ауыстырылғаннан кейін құлады, өзіміз түзеттік`),
    no(`Рахмат, маселе чечилди — RST өчүрүлгөндөн кийин NAT артындагы телефондор эми түшпөй жатат. Тикетти жапсаңар болот`),
    no(`Архив үчүн эски тикетти жөнөтүп жатам: "pfSense RST пакеттерин таштап жатат" — өткөн айда чечилген. Азыр баары жакшы`),
    no(`Рахмат, баъд аз тағйирот TIME_WAIT аз 22 ҳазор то 600 кам шуд, хатои address already in use нест. Тикетро пӯшед`),
    no(`Не, RST-ро ҳеҷ гоҳ фаъол накардаем, Off аст. Телефонҳо баъд аз ивази парол афтоданд, худамон ислоҳ кардем`),
    no(`Ҳеҷ кас ҳеҷ чизро иваз накард, RST хомӯш. Зангҳо дирӯз як соат намегузаштанд, аммо сабаб транки оператор буд. Барои маълумот`),
  ],
  portExhaustion: [
    pe(`Срочно!!! В час пик звонки не проходят, в логе mbx3000d: connect to 10.0.5.20:5060 failed: Cannot assign requested address. ss -s:
TCP:   31842 (estab 1204, closed 30511, orphaned 12, timewait 30490)
CPS около 180. Днём норм, а вечером всё ложится`),
    pe(`Добрый вечер. Каждый день с 18 до 21 часть исходящих на оператора по TCP падает, в логах EADDRINUSE при connect. TIME_WAIT за 28к. После 22:00 само проходит`),
    pe(`Ребят, netstat -ant | grep TIME_WAIT | wc -l → 29417. Новые TCP-соединения к транкам в пик не открываются, вызовы уходят в 503. Что крутить?`),
    pe(`Пишет NOC. Нагрузка 250 CPS по SIP TCP на два апстрима. В пике "bind: Address already in use" на исходящих сокетах, порты кончаются. ip_local_port_range стандартный 32768 60999`),
    pe(`Здравствуйте, вечером ASR падает до 20%, в логе softswitch куча "Cannot assign requested address" при открытии TCP к операторам. Утром всё ок. Сейчас ss показывает timewait 27 тыс.`),
    pe(`щас пик, всё горит. connect() failed (99: Cannot assign requested address), TIME-WAIT 32 тыс. Помогите плиз`),
    pe(`Пересылаю от ночной смены: «с 19:40 по 20:50 исходящие на транк Билайна (TCP) не устанавливались, в логе BindException: Address already in use: connect. TIME_WAIT на пике 26 500». Сегодня вечером повторится, что делать?`),
    pe(`У нас колл-центр, автообзвон 120 CPS в пиковые часы. Последние три дня после 10 утра звонки начинают валиться, на VOS ss -tan state time-wait | wc -l даёт 24к+. Новые коннекты к шлюзам не создаются`),
    pe(`Вот что на сервере в момент сбоя:
ss -s
Total: 35120
TCP:   34077 (estab 2150, closed 31800, orphaned 40, timewait 31790)
Transport Total     IP        IPv6
TCP       2277      2270      7
в это же время звонки на TCP-транки отваливаются с cannot assign requested address. Это порты кончились?`),
    pe(`Добрый день. Продолжение вчерашнего: сегодня опять в 18:00 то же самое — исходящие TCP не открываются, EADDRINUSE, TIME_WAIT 30к+. Вы говорили пришлёте решение`),
    pe(`Абонентов на сервере 3 тыс., пик 200 CPS. В часы пик звонки отваливаются, в логе Cannot assign requested address. В TIME_WAIT висит около 29 000 сокетов. VOS3000 2.1.8.05, CentOS 7`),
    pe(`Реселлер жалуется что вечером его звонки не проходят. Посмотрел — на сервере 27к TIME_WAIT, в логе mbx3000d ошибки connect: Address already in use к его шлюзам по TCP. Ночью всё чисто`),
    pe(`srochno, v chas pik zvonki ne prohodyat, v loge Cannot assign requested address, TIME_WAIT 30k. CPS 150. utrom vse norm`),
    pe(`privet, vecherom opyat valitsya, ss -s pokazyvaet timewait 28 tys, novye TCP soedineniya k operatoru ne otkryvayutsya, EADDRINUSE. chto delat?`),
    pe(`rebyata, na pike 200 CPS porty konchayutsya, na ishodyashih bind address already in use, netstat TIME_WAIT 31k. kak lechit?`),
    pe(`Assalomu alaykum aka, kechqurun pik vaqtida qo'ng'iroqlar o'tmayapti. Logda: Cannot assign requested address. TIME_WAIT 29 ming. Ertalab hammasi normal. Yordam bering iltimos`),
    pe(`Salom, ss -s:
TCP:   30512 (estab 980, closed 29400, orphaned 5, timewait 29380)
Pikda yangi TCP ulanishlar ochilmayapti, operatorga chiqish yo'q. CPS 170`),
    pe(`Aka tezroq, hozir pik, EADDRINUSE xatosi, portlar tugab qoldi shekilli, TIME_WAIT 27 mingdan oshdi. Qo'ng'iroqlar tushib ketyapti`),
    pe(`Assalomu alaykum. Har kuni soat 18 dan 21 gacha TCP trunklarga chiqish to'xtaydi, logda connect paytida "Address already in use". TIME_WAIT 25-30 ming. Kechasi yo'q`),
    pe(`Call-markazimiz 150 CPS bilan ishlayapti, pikda qo'ng'iroqlarning yarmi o'tmayapti. netstat -ant | grep TIME_WAIT | wc -l = 28410. Nima qilamiz?`),
    pe(`salom aka, kechagi muammo yana takrorlandi, soat 19 da cannot assign requested address, TIME_WAIT 31 ming. Yechim bormi?`),
    pe(`Ассалому алайкум. Пик вақтида қўнғироқлар ўтмаяпти, логда Cannot assign requested address. TIME_WAIT 30 мингдан ошди. CPS 180`),
    pe(`Ака, кечқурун операторга TCP уланиш очилмаяпти, EADDRINUSE. ss -s да timewait 26 минг. Эрталаб ҳаммаси жойида`),
    pe(`Сәлеметсіз бе. Кешкі қарбалас уақытта қоңыраулар өтпейді, логта: Cannot assign requested address. TIME_WAIT 28 мыңнан асты. CPS 160. Көмектесіңізші`),
    pe(`Салем, пикте операторға жаңа TCP қосылымдар ашылмайды, EADDRINUSE. ss -s: timewait 30 мың. Түнде бәрі жақсы`),
    pe(`Саламатсызбы. Кечинде пик убагында чалуулар өтпөй жатат, логдо Cannot assign requested address. TIME_WAIT 27 миң. Жардам бериңизчи`),
    pe(`Салам, 200 CPS болгондо порттор түгөнүп калат окшойт, чыгуучу туташууларда address already in use чыгат. netstat TIME_WAIT 31 миң`),
    pe(`Ассалому алейкум. Дар соатҳои пик зангҳо намегузаранд, дар лог: Cannot assign requested address. TIME_WAIT 29 ҳазор. CPS 170. Лутфан ёрдам диҳед`),
    pe(`Салом, бегоҳӣ пайвастҳои нави TCP ба оператор кушода намешаванд, EADDRINUSE. ss -s: timewait 28 ҳазор. Шабона ҳама хуб`),
    pe(`Салом бародар, ҳозир пик, портҳо тамом шуданд, address already in use дар connect, TIME_WAIT 32 ҳазор. Зуд ёрдам кунед`),
  ],
  natUnregistered: [
    nat(`Добрый день. После того как вчера включили SS_TCP_CLOSE_RESET=On, все телефоны клиентов за домашними роутерами показывают unregistered. Они на SIP TCP. Офисы с белым IP работают нормально`),
    nat(`После вашего вчерашнего изменения (закрытие TCP через RST) у нас софтфоны за NAT каждые пару минут теряют регистрацию. Транспорт TCP. До этого месяц было стабильно`),
    nat(`Телефоны Yealink в офисе за MikroTik (NAT) с утра unregistered. Вчера вечером ваш инженер переключил режим закрытия соединений на RST. Совпадение? Регистрируются они по TCP`),
    nat(`Срочно, 60 абонентов за NAT отвалились по регистрации. SIP over TCP. Единственное что менялось — SS_TCP_CLOSE_RESET поставили в On, чтобы побороть TIME_WAIT`),
    nat(`Клиент жалуется: Zoiper на TCP за домашним роутером регистрируется, через минуту-две Registration timeout, и так по кругу. Началось в тот день, когда включили RST режим`),
    nat(`Пересылаю от реселлера: «с понедельника наши шлюзы GoIP за NAT провайдера теряют регистрацию по TCP, в веб-панели VOS то online то offline». В понедельник мы как раз включили RST mode`),
    nat(`Добрый вечер. TIME_WAIT после включения RST ушёл, это хорошо, но теперь все NAT-абоненты на TCP unregistered. Те что с публичными IP — ок`),
    nat(`Слушайте, после перехода на RST (SS_TCP_CLOSE_RESET=On) Grandstream за NAT регистрируются и тут же пропадают. UDP-шные телефоны норм, а TCP-шные за роутерами — нет`),
    nat(`Продолжение вчерашнего разговора: после включения RST офис в Самаре (за NAT на Keenetic, SIP TCP) так и висит unregistered, перезагрузка роутера не помогает`),
    nat(`У нас примерно 200 телефонов за NAT по TCP. Со вчерашнего вечера, когда поменяли SS_TCP_CLOSE_RESET на On, в онлайне осталось 30. Остальные unregistered`),
    nat(`Здравствуйте. С тех пор как вы переключили режим закрытия на RST, мобильный софтфон (за NAT сотового оператора, TCP) каждые 5 мин выпадает из регистрации. Как вернуть?`),
    nat(`чё за дела, после апдейта конфига с RST все телефоны за натом оффлайн, они на TCP. верните как было плиз`),
    nat(`privet, posle vklyucheniya SS_TCP_CLOSE_RESET=On telefony za NAT (TCP) vse unregistered. s belym IP rabotayut. pomogite`),
    nat(`dobryi den, vchera vklyuchili RST mode, seichas softfony za domashnimi routerami teryayut registraciyu kazhdye 2 minuty. transport TCP`),
    nat(`rebyata shlyuzy za MikroTik NAT po TCP otvalivayutsya s momenta kak postavili RST. do etogo vse bylo ok`),
    nat(`Assalomu alaykum. Kecha SS_TCP_CLOSE_RESET ni On qilgandan keyin NAT orqasidagi telefonlar unregistered bo'lib qoldi. Ular TCP orqali. Oq IP dagilar ishlayapti`),
    nat(`Aka, RST rejimini yoqqaningizdan beri uy routerlari orqasidagi softfonlar har 2-3 daqiqada registratsiyani yo'qotyapti. TCP ishlatamiz`),
    nat(`Salom, ofisdagi Yealink telefonlar MikroTik NAT orqasida, SIP TCP. Kecha RST yoqildi, bugun ertalabdan hammasi unregistered`),
    nat(`Assalomu alaykum, 80 ta abonent NAT orqasida TCP bilan ulanadi, RST ga o'tgandan keyin faqat 10 tasi online qoldi. Iltimos tezroq`),
    nat(`Dilerdan: "dushanbadan beri GoIP shlyuzlarimiz NAT orqasida TCP bilan registratsiyani yo'qotyapti". Dushanba kuni RST mode ni yoqqan edik`),
    nat(`aka TIME_WAIT muammosi RST dan keyin yo'qoldi, lekin endi NAT dagi TCP telefonlar online-offline bo'lib turibdi. UDP dagilar normal`),
    nat(`Ассалому алайкум. Кеча RST режимини ёққандан кейин NAT орқасидаги телефонлар unregistered. Улар TCP да. Оқ IP дагилар ишлаяпти`),
    nat(`Ака, SS_TCP_CLOSE_RESET ни On қилганингиздан бери уй роутерлари орқасидаги софтфонлар регистрациядан тушиб кетяпти, TCP`),
    nat(`Сәлеметсіз бе. Кеше SS_TCP_CLOSE_RESET=On қосқаннан кейін NAT артындағы телефондар unregistered болып қалды. Олар TCP арқылы. Ақ IP барлар жұмыс істеп тұр`),
    nat(`Салем, RST режимі қосылғаннан бері үй роутерлерінің артындағы софтфондар әр 2 минут сайын тіркелуден шығып кетеді. TCP қолданамыз`),
    nat(`Саламатсызбы. Кечээ RST режимин күйгүзгөндөн кийин NAT артындагы телефондор unregistered болуп калды. Алар TCP аркылуу. Ак IP'лер иштеп жатат`),
    nat(`Салам, SS_TCP_CLOSE_RESET On болгондон бери MikroTik NAT артындагы шлюздар TCP менен каттоону жоготуп жатат`),
    nat(`Ассалому алейкум. Дирӯз баъд аз фаъол кардани SS_TCP_CLOSE_RESET=On телефонҳои паси NAT unregistered шуданд. Онҳо бо TCP. Онҳое ки IP-и сафед доранд кор мекунанд`),
    nat(`Салом, аз вақте ки RST-ро фаъол кардед, софтфонҳои паси роутерҳои хонагӣ ҳар 2 дақиқа регистратсияро гум мекунанд. TCP`),
    nat(`Салом бародар, шлюзҳои GoIP паси NAT бо TCP баъд аз RST mode онлайн-офлайн мешаванд. Пеш хуб буд`),
  ],
  firewallRst: [
    fw(`Добрый день. После включения SS_TCP_CLOSE_RESET=On звонки через FortiGate начали виснуть и рваться. В логе Forti "no session matched" на пакеты с флагом R от VOS. Что делать?`),
    fw(`После вчерашнего переключения на RST у нас через Cisco ASA звонки не проходят, в логе ASA:
%ASA-6-106015: Deny TCP (no connection) from 10.10.1.5/5060 to 192.168.7.20/41822 flags RST on interface inside
Таких сотни`),
    fw(`pfSense в логах блокирует пакеты от VOS с флагами R, звонки по TCP сбрасываются через 30 сек. Началось ровно после включения RST режима`),
    fw(`iptables на граничном сервере: счётчик у правила -m conntrack --ctstate INVALID -j DROP растёт как бешеный после того как включили SS_TCP_CLOSE_RESET. TCP-звонки зависают`),
    fw(`Смотрите, tcpdump на внутреннем интерфейсе фаервола:
14:02:11.334 IP 10.0.0.5.5060 > 172.16.3.9.49211: Flags [R.], seq 1, ack 1, win 0
а с внешней стороны этот RST уже не выходит, Sophos его режет как out of state. Вызовы висят. RST включили вчера`),
    fw(`Здравствуйте. Звонки через MikroTik (filter: connection-state=invalid action=drop) после перехода на RST-закрытие начали обрываться. В /log видно drop invalid, tcp flags R`),
    fw(`Пересылаю тикет NOC: «с 15:00, после смены SS_TCP_CLOSE_RESET в On, часть вызовов на оператора через FortiGate завершается с ошибкой, в forward traffic логе deny: no session matched, tcp flags RST»`),
    fw(`Вызовы падают по таймауту с тех пор как вы включили RST. У клиента перед его АТС стоит ASA, в логах сплошные Deny TCP (no connection) ... flags RST`),
    fw(`щас заметили: после вашего изменения режима закрытия на RST через Sophos XG звонки зависают в статусе разговора и не сбрасываются. В логе Sophos: Invalid TCP state, packet dropped, flags R`),
    fw(`Продолжение: после того как RST включили, конфиг firewall мы не меняли, но conntrack -S показывает invalid 14 тыс. за час, звонки по TCP рвутся. Раньше invalid было около нуля`),
    fw(`Добрый вечер. После переключения на SS_TCP_CLOSE_RESET=On клиенты за pfSense жалуются что звонки не проходят, в Status > System Logs > Firewall пакеты TCP:R блокируются default deny rule`),
    fw(`У нас FortiGate 100F перед VOS. С момента как поставили RST mode, половина TCP-звонков фейлится. diagnose debug flow показывает "no session matched" для RST пакетов`),
    fw(`privet, posle vklyucheniya RST rezhima zvonki cherez FortiGate visnut, v loge "no session matched" na paketah s flagom R. pomogite`),
    fw(`dobryi den, ASA dropaet RST pakety ot VOS (Deny TCP (no connection) flags RST), zvonki po TCP ne prohodyat s teh por kak SS_TCP_CLOSE_RESET=On`),
    fw(`rebyata iptables conntrack INVALID DROP schetchik rastet posle RST, zvonki obryvayutsya. vernut kak bylo?`),
    fw(`Assalomu alaykum. SS_TCP_CLOSE_RESET ni On qilgandan keyin FortiGate orqali qo'ng'iroqlar osilib qolyapti. Forti logida R flagli paketlarga "no session matched"`),
    fw(`Aka, RST rejimi yoqilgandan beri Cisco ASA RST paketlarni tashlayapti: Deny TCP (no connection) flags RST. Qo'ng'iroqlar uzilyapti`),
    fw(`Salom, pfSense logida VOS dan kelayotgan TCP:R paketlar bloklanyapti, qo'ng'iroqlar 30 soniyada tushib ketyapti. RST ni kecha yoqdik`),
    fw(`iptables da conntrack INVALID DROP hisoblagichi RST yoqilgandan beri tez o'syapti, TCP qo'ng'iroqlar muvaffaqiyatsiz. Nima qilamiz?`),
    fw(`Assalomu alaykum, MikroTik firewall dagi connection-state=invalid drop qoidasi RST mode dan keyin RST paketlarni tashlayapti, qo'ng'iroqlar uzilib qolyapti`),
    fw(`Ассалому алайкум. RST режимини ёққандан кейин FortiGate орқали қўнғироқлар ўтмаяпти, логда R флагли пакетларга "no session matched"`),
    fw(`Ака, Sophos RST пакетларни out of state деб ташлаяпти, SS_TCP_CLOSE_RESET On бўлгандан бери қўнғироқлар осилиб қоляпти`),
    fw(`Сәлеметсіз бе. SS_TCP_CLOSE_RESET=On қосқаннан кейін FortiGate арқылы қоңыраулар ілініп қалады. Логта R жалаушасы бар пакеттерге "no session matched"`),
    fw(`Салем, RST режимінен кейін Cisco ASA RST пакеттерін тастайды: Deny TCP (no connection) flags RST. Қоңыраулар үзіліп жатыр`),
    fw(`iptables conntrack INVALID DROP есептегіші RST қосылғаннан бері тез өсіп жатыр, TCP қоңыраулар өтпейді. Не істейміз?`),
    fw(`Саламатсызбы. RST режимин күйгүзгөндөн кийин pfSense VOS'тон келген TCP:R пакеттерди бөгөттөп жатат, чалуулар үзүлүп жатат`),
    fw(`Салам, MikroTik firewall'дагы invalid drop эрежеси SS_TCP_CLOSE_RESET On болгондон бери RST пакеттерди таштап жатат. Чалуулар илинип калат`),
    fw(`Ассалому алейкум. Баъд аз фаъол кардани SS_TCP_CLOSE_RESET=On зангҳо тавассути FortiGate овезон мешаванд. Дар лог барои пакетҳои R "no session matched"`),
    fw(`Салом, аз вақти RST mode Cisco ASA пакетҳои RST-ро мепартояд: Deny TCP (no connection) flags RST. Зангҳо канда мешаванд`),
    fw(`Салом бародар, iptables conntrack INVALID DROP баъд аз RST зуд меафзояд, зангҳои TCP намегузаранд. Чӣ кор кунем?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning184Set: readonly EvalItem[] = Object.values(tuning184Families).flat();
