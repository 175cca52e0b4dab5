import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, NOC staff, resellers and office technicians in Chechnya, North Ossetia, Chuvashia,
 * Yakutia and Buryatia, writing on WhatsApp in Chechen, Ossetian (Iron), Chuvash, Sakha and Buryat,
 * about a fifth each: mostly Cyrillic (Chechen palochka typed as Ӏ, I or 1; Ossetian æ; Chuvash
 * ă ĕ ç ÿ; Sakha ҥ ҕ һ ө ү; Buryat ө ү һ, often dropped), some in Latin letters, all mixed with
 * Russian and English technical words. They greet the way people there greet, give clock times
 * and counts with эзар, мин, пин, тыһыынча and мянга(н), and paste ss, netstat, sysctl, iptables,
 * ASA, FortiGate, pfSense, MikroTik and catalina lines into the chat.
 *
 * The hundred-and-thirty-sixth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the hundred-and-thirty-sixth never-tuned set, before the fifty-third round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured
 * as such before and after the fifty-third and the fifty-fourth rounds and the changes after them, then made
 * tuning material for the fifty-fifth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 62.2 %, negatives confident 8.1 %, confident wrong 0 % with the
 * rules of the fifty-second round and the changes after it, before the fifty-third.
 * After the fifty-third round: the same.
 * After the fifty-fourth round: the same.
 * After the changes that followed it (RST named beside "off", and more of the other causes, in a message read
 * little): the same.
 */
export const tuning136Families = {
  oneListeningPort: [
    no(`Ассаламу Ӏалайкум. Тхан VOS web portal (tomcat) х1инца ца долу, catalina.out чохь: java.net.BindException: Address already in use: JVM_Bind <null>:8080. Селхана сервер рестарт йина, хIинца 8080 порт кхечу java процесса дIалаьцна. Дехар ду, хьовсал, хIун дан деза?`),
    no(`Дæ бон хорз! nginx reload-ы фæстæ нæ сыстад: nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use). Apache дæр уыцы портыл лæууы, мæнмæ гæсгæ. VOS-имæ бæттæн нæй, нæ сайт у, фæлæ цы бакæнон?`),
    no(`Ырă кун пурне те. MySQL хускалмасть: [ERROR] Can't start server: Bind on TCP/IP port: Address already in use, 3306. Кивĕ mysqld процесс вилмен пулас, ps aux | grep mysqld иккĕ кăтартать. kill -9 тусан базăна сиен килмест-и?`),
    no(`Дорообо, доҕоттор. VOS турар машинаҕа тест иһин kamailio туруорабын, онтон: ERROR: bind(): Address already in use, 0.0.0.0:5060. VOS 5060 порду ылбыт буолуохтаах. Kamailio-ну 5070-ка көһөрдөхпүнэ сөп дуо?`),
    no(`Сайн байна. Ноутбук дээрэ docker контейнер асахагүй: Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use. Хост дээрэ postgres урид табигдаһан байна гэжэ һананаб. Энэ VOS бэшэ, тестын машина. Юу хэхэб?`),
    no(`Salam. Sa laptopah npm run dev ca dolu: Error: listen EADDRINUSE: address already in use :::3000. Hyalha doladina process disna hila hyeta, terminal dIa qevlla. Muha dIayaqqa yu iza, lsof-ca?`),
    no(`Салам. VOS-ы web-интерфейс нæ байгом: httpd: (98)Address already in use: make_sock: could not bind to address [::]:80. Мæ куысты æмбал знон nginx сæвæрдта уыцы серверыл, æмæ дыууæ иумæ нæ кусынц. Иу дзы аппарын хъæуы, æви порт раивын?`),
    no(`Салам. Сервер çине иккĕмĕш Asterisk лартрăм тест валли, VOS çавăнтах тăрать. Asterisk логра: Unable to bind to 0.0.0.0:5060: Address already in use. 5080 çине куçарсан аван пулать-и, е VOS-а кансĕрлет?`),
    no(`Бүгүн сарсыарда 8:10 redis түстэ, restart гыммыппар: Could not create server TCP listening socket *:6379: bind: Address already in use. Эргэ redis-server процеһа өлбөтөх эбит, pid 2231. Ону kill гынабын дуо?`),
    no(`Үглөөнэй мэндэ! Манай grafana 3000 портые бариха шадаагүй: listen tcp 0.0.0.0:3000: bind: address already in use. Тэрэ портые шэнэ node приложени эзэлээд байна. VOS-той холбоогүй, зүгөөр туһалыт даа.`),
    no(`Маршалла ду. VOS-н клиентан сервис (вебан кабинет) ца йолало, лог чохь: bind 0.0.0.0:8443 failed, Address already in use. pidof аьлча шиъ java процесс го, цхьаъ селхана дуьйна лаьтташ ю. Цхьаъ дIаяьккхича болх бо, амма шиъ хIунда хилла?`),
    no(`Dae bon xorz. Haproxy nae kusy: Starting frontend sip_tcp: cannot bind socket [0.0.0.0:5060]. VOS uyci portyl kusy, aez ta haproxy uymae razmae saevaerdton. 5060 naei xaezhaen, naw? Aendaer port isson?`),
    no(`Тавтапуç малтанах. Ноутбукра XAMPP Apache хускалмасть: Port 80 in use by "Unable to open process" with PID 4! IIS е Skype тытса тăрать пулмалла. Ку колледжри курс валли, VOS мар.`),
    no(`Хайа, доҕор. Биир Windows компьютергэ MicroSIP уонна Zoiper иккиэн 5060-ы ылаары гыналлар, иккиһэ "Address already in use" диир, бастакыта үлэлиир. Биирин атын порка хайдах туруорабын?`),
    no(`Сайн байнат. Тестовэ VOS виртуалка дээрэ mbx3000d хоёр дахин start хээб, хоёрдохинь: bind 5060 error: Address already in use. Анханайнь үшөө ажаллажа байгаа. Иимэ юумэнһээ болоо гү, али өөр юумэн?`),
    no(`Хьо диканехь вуй? Офисехь 1С сервер ца долу: port 1541 already in use, Address already in use лог чохь. Кхаа дийнахь хьалха windows update хилла. VOS-ца хIумма а дац, амма 1С-н а хаьа хьуна моьтту суна )`),
    no(`Хатыр, ирон æвзагæй фыссын. Postfix нæ райдыдта: fatal: bind 0.0.0.0 port 25: Address already in use. Sendmail дæр уыцы портыл лæууы boot-ы фæстæ. systemctl stop sendmail скодтон, фæлæ цæмæй reboot-ы фæстæ ногæй ма сыстæд, уый куыд бакæнон?`),
    no(`Ырă каç. docker-compose-ра иккĕ контейнер 8080 портпа: Bind for 0.0.0.0:8080 failed: port is already allocated. Пĕрне 8081 паратăп-и? Кам пĕлет, калăр-ха.`),
    no(`Сервер reboot кэнниттэн VOS веб-портала (tomcat) тахсыбата, catalina.out: SEVERE: Failed to initialize connector [Connector[HTTP/1.1-8080]] ... java.net.BindException: Address already in use (Bind failed). netstat -tlnp | grep 8080 — эргэ java процеһа LISTEN турар.`),
    no(`Сайн, нүхэд. Zabbix agent 10050 портдо эхилэнэгүй: listener failed: bind() for [[-]:10050] failed: [98] Address already in use. zabbix_agentd ба zabbix_agent2 хоёр хоюулаа табигдаһан байна. Нэгыень устгахамни гү?`),
    no(`Assalamu alaykum. VOS yolchu serverah kerla SBC hottina, amma SBC 5061 TLS port-ah listen ca dan: Address already in use. VOS-o 5061 dIalac'na hila. SBC-n port hiyca deza?`),
    no(`Изæр хорз. Jenkins нæ байгом: java.net.BindException: Address already in use, port 8080. Jenkins æмæ VOS web-портал иу серверыл сты, дыууæ дæр 8080 агурынц. Jenkins 8090-мæ раивон, æви Tomcat-ы connector?`),
    no(`Çĕрле 2 сехетре резерв серверта snmptrapd тăраймарĕ: couldn't open udp:162 -- errno 98 ("Address already in use"). Вăл иккĕ хут хускалнă пулас, systemd unit тата init.d скрипт. Ку VOS мар, мониторинг кăна.`),
    no(`Дорообо. Тест компьютергэ python -m http.server 8000: OSError: [Errno 98] Address already in use. Урукку терминалга хаалбыт эбит. Бу порттар бүппүттэрэ буолбатах ини, биир порт эрэ дии?`),
    no(`VOS3000 дээрэ vsftpd асахагүй: 500 OOPS: could not bind listening IPv4 socket. 21 портые proftpd эзэлээд байна, урдын админ табиһан. Нэгыень зогсоохо хэрэгтэй гү?`),
    no(`Х1ара хIун бохам бу? iptables хьахийна а дац, амма VOS-н SIP сервис рестарт йича: Cannot bind 5060, Address already in use. pidof mbx3000d аьлча шиъ процесс го. Цхьаъ ша-шех дIа ца делла.`),
    no(`Салам, дæ хъару бирæ. Prometheus docker-ы: Error starting userland proxy: listen tcp4 0.0.0.0:9090: bind: address already in use. Prometheus хостыл дæр ис, раздæр æвæрд. Container-ы порт 9091 скæнон?`),
  ],
  otherRegistrationCause: [
    no(`Де дика дойла. Тхан офисехь 12 телефон unregistered ю тахана Ӏуьйранна дуьйна. Ас хьаьжна: селхана admin-о SIP паролаш хийцина VOS-ехь, телефонаш тIехь ца хийцина. SIP trace чохь 403 Forbidden. ХIинца цхьаццанна язбо.`),
    no(`Дæ бон хорз. Нæ абоненттæ иууылдæр unregistered сты: нæ домен (sip.nashfirma.ru) хостинджы срок фæци æмæ DNS æндæр IP-мæ амоны. Телефонтæ UDP-йыл кусынц. Домен ногæй бафыстам, DNS нæма ивд ис.`),
    no(`Салам. 5 телефон регистрацине çухатнă, Yealink экранĕнче "Account expired". VOS-ра аккаунтăн expiry date 31.12 çитнĕ. Тархасшăн, продлить туса парăр.`),
    no(`Үтүө күнүнэн. Намҥа офиска биир да телефон регистрацията суох, "No service". Онно бэҕэһээ киэһээттэн интернет суох — провайдер оптиката быстыбыт диэтилэр. SIP UDP. Бу биһиги серверпит буруйа буолбатах дии?`),
    no(`Сайн байна. Манай клиент Улаан-Үдэдэ офисоо нүүлгэбэ, шэнэ провайдер, шэнэ IP. Телефонууд UDP-ээр ажаллана, мүнөө регистраци үгы. Шэнэ IP VOS дээрэ whitelist-дэ оруулаагүй байгаабди гэжэ һананаб.`),
    no(`Salam alejkum. Cxa telefon registraciya yac, kabel yolu, amma ekran dIa yaiyna. PoE switch-ah port dagiina hila. Kkhin telefonash dika bolh bo. Server tIe dac, switch tIe du oha?`),
    no(`Салам. VOS-ы лицензи абон фæци: login-ы фæстæ "License expired" æмæ абоненттæ иууылдæр unregistered. Кæмæ фыссон лицензи ногæй райсыны тыххæй? Ацы хатт серверы параметртæ ничи ивта.`),
    no(`Ырă ир. Провижининг сервер (Yealink auto-provision) çĕнĕ конфиг ячĕ, анчах SIP server адресне йăнăш çырнă: 10.0.0.5 вырăнне 10.0.0.50. 40 телефон регистрацисĕр. Шаблона тÿрлетрĕм, халь телефонсене resync тăватăп.`),
    no(`Доҕоор, сарсыарда 9 чаастан биир дилер абоненнара бары unregistered. Дилер счетугар харчы бүппүт, VOS-ка balance 0 буолан блокка түспүттэр. Техническэй проблема суох, дилергэ хайдах быһаарабын?`),
    no(`Үдэрэй мэндэ. Grandstream телефон регистраци хэнэгүй: 401 Unauthorized дахин дахин. Логин "1005" байха ёһотой, би "1050" гэжэ бэшэһэн байгааб. Засахада болохо гү, нүгөө юумэ шалгахаб?`),
    no(`Ассаламу Ӏалайкум, накъост. Шелковски районехь тхан офис ю, цигахь 6 сахьт ду электричество доцуш, UPS а яц. VOS-ехь телефонаш unregistered ю, бакъ ду. Хаттар: электричество еъча шаьш юха регистраци йийр ю уьш?`),
    no(`Мæ Zoiper (мобилон) нæ регистрацигонд кæны, 408 Request Timeout. Хæдзары Wi-Fi-йæ 4G-мæ куы рахизын, уæд кусы. Роутеры SIP ALG у, æви провайдеры блок? UDP-йыл кусын, TCP нæ.`),
    no(`Салам, ачасем. Çĕнĕ сотрудник ноутбукĕнче софтфон регистрациленмест: компьютер сехечĕ 2019 çулта тăрать, TLS сертификат "not yet valid" тет. NTP-па синхронлама кирлĕ пулас, тата мĕн пăхмалла?`),
    no(`Бэҕэһээ SIP домен аатын уларыттыбыт: sip.ykt-tel.ru → voip.ykt-tel.ru. Эргэ DNS записын сотон кэбиспиппит, онтон сорох телефоннар эргэ аатынан регистрацияланаары unregistered буолбуттар. Provisioning-ка саҥа аатын суруйабыт дуо, эргэ записы төнүннэрэбит дуо?`),
    no(`Сайн байна. 3 абонентэй SIP аккаунт VOS дээрэ "Locked" болоо — олон удаа буруу пароль оролдоһоной һүүлдэ VOS өөрөө түгжэбэ. Тэдэнэй телефон хуушан паролёор оролдожо байна. Unlock яажа хэхэб?`),
    no(`Х1ара хьалха а хилла: Panasonic PBX тIехь провайдеран trunk unregistered ю, провайдеро тхан IP блок йина абонентан ахча ца дIаделла дела. UDP-хь бу тхо. Бухгалтери ахча дIаделча, юха регистраци хир ю аьлла хета суна.`),
    no(`Салам, Алан дæн. Нæ клиент Дзæуджыхъæуы иннæ провайдермæ рахызт, ныр йæ public IP æндæр у æмæ нæ VOS-ы ACL-ы нæй. Телефонтæ UDP-йыл. Ног IP бафтауын хъæуы, æндæр ницы, раст?`),
    no(`Шупашкарти офисра пĕтĕм телефонсем unregistered — ремонт тунă чух строительсем кабеле касса татнă, 20 метр яхăн. Ку пирĕн енчен мар, анчах клиент кăшкăрать :)`),
    no(`Drooboo. Xangalas ofiskatygar telefonnar registration suox: Cisco SPA config-ka SIP port 5060 onnugar 5066 suruillubut, provisioning faila alhastaax. UDP-nan ulelibit. Sana config ytyahabyn duo?`),
    no(`Хэдэн телефон нэгэ доро регистраци алдаа: "482 Loop Detected". Клиент өөрөө мэдэнгүй хоёр SIP proxy дамжуулжа байна. UDP. Энэ манай тохиргоо гү, клиентэй тохиргоо гү?`),
    no(`Salam, Aslanbek vu so. Klientan 3 telefon unregistered yu: admin-o selhana VOS-ah akkauntash dIayaqqina hila, "404 Not Found" lo. Yuha kkholla dezash du.`),
    no(`Хохы хъæуы нæ базон станцыйы ахсæвæй электричество нæй, генератор дæр нæ кусы. Уырдыгæй телефонтæ offline сты. Зонут æрмæст: серверимæ бæттæн нæй.`),
    no(`Паян ирхине VOS: "License check failed, max online reached". Лицензире 500 online, пирĕн 520 абонент регистрациленесшĕн. Юлашкисем unregistered. Лицензи хушмалла-и, е кивĕ аккаунтсене тасатмалла?`),
    no(`Үтүө киэһээнэн. Нерюнгриттан биир абонент телефона регистрацията суох: SIP пароль 20 бэлиэлээх, эргэ прошивка 16 бэлиэни эрэ ылар эбит. Прошивканы саҥардабыт дуо, пароллу кылгатабыт дуо?`),
    no(`Мүнөө 14:20. Манай клиентнүүдэй интернет провайдер Улаан-Үдэдэ авари: оптика таһарһан. Бүгэдэ телефонууд offline, VOS дээрэ online 0. Сервер өөрөө зүгөөр, ping ошоно. Хүлеэхэ гүб?`),
    no(`Суьйре дика йойла. Керла Yealink T31P кхаа телефонна provisioning файл MAC-ашца ца богIу, ас MAC гIалатца язйина. Цундела default config тIехь бу, регистраци яц. Файлан цIе нийса яр бен кхин хIумма а ца оьшу моьтту?`),
    no(`Нæ VOS-ы SIP порт 5060-æй 5080-мæ раивтам сканертæй хъахъхъæнынæн, фæлæ телефонтыл нæма ивд ис — æмæ ныр unregistered сты. UDP. Телефонты иууылдæр ног порт бафыссын хъæуы, раст?`),
  ],
  smallFigures: [
    no(`Ырă кун. Пирĕн VOS сервер çĕрле 3 сехетре: ss -s → TCP: 412 (estab 38, closed 360, orphaned 0, timewait 352). Ку нормальнă-и? Ун чух трафик çук, 5-6 вызов кăна.`),
    no(`Дорообо. Ыйытыым: TIME_WAIT диэн тугуй? netstat-ка 200-чэ TIME_WAIT көстөр, кыһаллыахха наада дуо? Сервер чуумпу, 30 абонент.`),
    no(`Сайн байна. Интервьюда асууба: "TIME_WAIT юундэ 60 секунд байдаг бэ, tcp_tw_reuse юу хэдэг бэ?" Би һайн харюусаагүйб. Тайлбарилыт даа, VOS-той холбоогүй, һонирхоно.`),
    no(`Де дика дойла. Курсехь задани ю: netstat -ant | grep TIME_WAIT | wc -l — 87 гойту. Х1ара дукха ду я кIезиг ду? Преподавателе хаттар ду, суна жоп хаа лаьа.`),
    no(`Бузныг. Ивгъуыд къуыри нæм port exhaustion уыд, 40 мин TIME_WAIT, фæлæ ныр хорз у, RST On куы скодтам, уæдæй. Абон æрмæст фарст: TIME_WAIT-ы нымæц графикмæ куыд рахæссæн ис Zabbix-ы?`),
    no(`Salam. Health check: ss -s-ra timewait 1204, estab 640, VOS-ra 300 vyzov. ip_local_port_range 32768 60999. Ku normal-i, e sysctl tuning tumalla? Oshibka çuk.`),
    no(`Бэҕэһээҥҥи инцидент туһунан отчуот суруйабын: 14:00–15:30 икки ардыгар 28 тыһыынча TIME_WAIT, "Cannot assign requested address" этэ, 15:40 бэйэтэ намырыйда, билигин 300 эрэ. Отчуокка root cause хайдах суруйабын?`),
    no(`Үглөөгүүр 10 сагта шалгабаб: netstat -an | grep -c TIME_WAIT → 143. CPS 2-3. Бүгэдэ зүгөөр ажаллана. Энэ тоо хэды болоходоо аюултай бэ?`),
    no(`Salam. Sa diplom kurs TCP state machine lacca du. TIME_WAIT 2MSL muha lorlo? Linux-ah 60 sekund du bohu, hunda? Cxa shema ma lur yara.`),
    no(`Фарст VOS-ы хъаруйы тыххæй: пикы нæм 150 CPS, ss -s timewait 2100. ip_local_port_range 1024 65535 раздæр скодтам. Errors æппындæр нæй. Ма цы раивон, æви афтæ фаг у?`),
    no(`Кам пĕлет: TIME_WAIT тата CLOSE_WAIT мĕнпе уйрăлса тăраççĕ? Пирĕн серверта 12 CLOSE_WAIT, 90 TIME_WAIT. Проблема çук, кăсăклă кăна.`),
    no(`Мониторинг скрипт суруйдум: ss -tan state time-wait | wc -l, 5 мүнүүтэ аайы Zabbix-ка ыытар. Билигин 60-80 эргин. Trigger-ы хас тыһыынчаҕа туруорабыт?`),
    no(`Лабораторна ажал: VOS3000 виртуалка, нэгэ тест абонент, TIME_WAIT 4. RST mode On болгоходо юу үзэгдэхэ бэ гэжэ бэшэхэ даалгабар. Юушье эбдэрээгүй, онол талаһаа асуунаб.`),
    no(`Маршалла. Серверан графикаш хьоьжуш ву: TIME_WAIT дийнахь 500-600, буьйсанна 50. Ошибкаш яц, звонкаш дика бу. tcp_tw_reuse=1 хьалха дан оьшу, превентивно, я ца оьшу?`),
    no(`Стыр бузныг знонæй. Уыцы хъуыддаг сентябры уыд, 50 мин TIME_WAIT, Address already in use, æмæ йæ RST-æй сраст кодтам. Ныр клиент фæрсы, "цы уыд уæд" — презентацийæн слайд хъæуы. Иу абзац мын ныффысс?`),
    no(`Ĕнер каçхине ss -s: TCP: 2834 (estab 2190, closed 520, timewait 498). 2190 estab — TCP абонентсем. Ку нумай мар-и? Ыйтса пĕлес терĕм кăна.`),
    no(`Студеннарга лекция бэлэмниибин: "ephemeral port exhaustion" туох буоларын лабораторияҕа хайдах көрдөрүөххэ сөбүй? Сорудах эрэ, чахчы сервер буолбатах.`),
    no(`Энэ долоо хоног хоёр удаа шалгааб: 23:00-дэ timewait 310, 11:00-дэ 780, ss -s. Алдаа үгы, звонок бүгэдэ ороно. Зүгөөр гү?`),
    no(`Хаттар бен дац: VOS-ехь SS_TCP_CLOSE_RESET параметр хIун ю? Документаци 4.3.5.2 ешна ас, кхета ца ло. Тхан сервер Off тIехь ю, цхьа а проблема яц.`),
    no(`Salam. Mae diplomy kusty TCP close: FIN vs RST, VOS3000 manual-y SS_TCP_CLOSE_RESET. Kaed RST, uaed TIME_WAIT nae vaeyy, raest? Aemaest teori, server nae.`),
    no(`Сервер миграци умĕн аудит: netstat -ant | awk '{print $6}' | sort | uniq -c → 45 ESTABLISHED, 17 LISTEN, 230 TIME_WAIT. Çĕнĕ сервер валли sysctl-ра мĕн лартмалла, рекомендаци пур-и?`),
    no(`NOC дежурнайа, түүн 2 чаас: ss -s timewait 95, журналга суруйдум. Сарсыарда 7 чааска 110. Туох да уларыйыы суох. Ити ахсааннары журналга суруйар наада дуо?`),
    no(`Үдэшын мэндэ. Манай VOS хоёр жэлэй урда нэгэ удаа TIME_WAIT 30 мянгада хүрэһэн, тиихэдэ RST асаагаад засаа. Мүнөө тэрэ хуушан тэмдэглэл уншажа байнаб, юундэ тиимэ юумэн болооб гэжэ ойлгохо гэжэ.`),
    no(`Салам. Cron чохь скрипт дина ас: хIор сахьтехь TIME_WAIT лору. Дийнахь максимум 1100 хилла, 64 эзар портах. Х1ара тергал дан деза хIума дуй?`),
    no(`Нæ резервон VOS (standby): ss -s → timewait 0, estab 3. Уый раст у? Трафик йæм нæй, уымæн, æвæццæгæн?`),
    no(`Вĕренÿ центрĕнче ыйту: "Cannot assign requested address" йăнăш хăçан тухать — теори енчен ăнлантарăр-ха. Пирĕн серверсенче ку нихăçан та пулман.`),
    no(`Отчуот иһин: сэтинньи ыйга VOS-ка TIME_WAIT ортото 250, максимум 900. Бу проблема суоҕун көрдөрөр дуо, эбии атын метрика наада дуо?`),
  ],
  firewallNoRst: [
    no(`Сайн байна. FortiGate дээрэ шэнэ policy хэрэгтэй: шэнэ SIP trunk провайдер 185.12.x.x, UDP 5060 ба RTP 10000-20000 нээхэ. Нэгэ policy болгохо гү, хоёр гү? Шэнэ trunk мүнөөдэр 18:00-һоо эхилнэ.`),
    no(`Ассаламу Ӏалайкум. fail2ban тхан шен офисан IP блок йина! /var/log/fail2ban.log: [asterisk] Ban 91.x.x.x. Цхьа операторо пароль гIалатца 5-зза язйина. Unban муха йо, а whitelist (ignoreip) чу муха язйо?`),
    no(`Дæ бон хорз. pfSense-ы SIP ALG (siproxd) хицæн кæнын хъæуы, æви нæ? Нæ клиентты иу хай one-way audio кæны, firewall-ы логты dropped ницы ис.`),
    no(`Ырă кун. iptables-ра правилăсен йĕркине тÿрлетмелле пулас:
1 DROP all -- 0.0.0.0/0 0.0.0.0/0
2 ACCEPT udp -- 0.0.0.0/0 0.0.0.0/0 udp dpt:5060
ACCEPT DROP хыççăн тăрать, SIP çитмест. iptables -I INPUT 1 туса малалла куçармалла-и?`),
    no(`Үтүө күнүнэн. MikroTik-ка geo-blocking оҥоруохпутун баҕарабыт: Кытай, Индонезия IP-лартан SIP scanner элбэх. address-list + drop. Ол эрээри Турцияҕа биир дилербит баар. Хайдах сөпкө туруорабыт?`),
    no(`Cisco ASA дээрэ нэгэ IP whitelist хэхэ: шэнэ дилерэй офис 212.x.x.x, тэрээндэ 5060 TCP/UDP нээхэ. access-list outside_in extended permit udp host 212.x.x.x host 10.0.0.5 eq sip — зүб гү?`),
    no(`Salam. Firewall-ah 5060 port dIayella, amma provider-n IP bilgal ca yina: -A INPUT -p udp --dport 5060 -j ACCEPT. Sip scanner-ash dukha bu logah. Provider IP-ca ben ca yella dan deza?`),
    no(`Изæр хорз. Нæ VOS-мæ ахсæвы 3-4 мин SIP REGISTER attack цæуы æндæр бæстæтæй. fail2ban-ы voip jail ис? Кæнæ iptables hashlimit хуыздæр у?`),
    no(`Салам. Çĕнĕ FortiGate 60F лартрăмăр. VOS web-портала (8080) тулашран уçмалла, анчах офис IP-сенчен кăна. VIP + policy мĕнле тумалла, пример пур-и?`),
    no(`Дорообо. Провайдер SIP trunk-ка саҥа IP биэрдэ, iptables whitelist-ка эптим: iptables -I INPUT -s 203.0.113.10 -p udp --dport 5060 -j ACCEPT. service iptables save умнубуппун, reboot кэнниттэн сүтэн хаалла. Бу сырыыга хайдах бигэтик хаалларабын?`),
    no(`pfSense дээрэ port forward хэхэ: гадна 5060 → дотоодо VOS 192.168.10.5:5060, RTP 10000-20000. NAT reflection хэрэгтэй гү? Урид хэжэ үзөөгүйб.`),
    no(`Маршалла ду шуьга. FortiGate-н SIP session-helper дIаяккха деза аьлла хезна суна, one-way audio бахьанехь: config system session-helper, delete 13. Х1ара бакъ ду? VOS-ехь параметраш ца хийцина.`),
    no(`Фарст: Cisco ASA-йы "inspect sip" хицæн кæнын хъæуы VOS-æн? Нæ инженер зæгъы, SIP ALG SDP-ы IP-тæ халы. Ныр ницы хæлд у, ног объект аразæм.`),
    no(`Ĕнер fail2ban пирĕн дилера банларĕ: виçĕ хут тĕрĕс мар пароль. fail2ban-client set asterisk unbanip 88.x.x.x турăм, ĕçлет. Дилер IP-не ignoreip-а хушмалла-и?`),
    no(`Ыйытыы: MikroTik filter rules бэрээдэгэ — accept established,related бастаан, онтон drop. SIP 5060 accept ханна турара сөбүй? Билигин барыта үлэлиир, сөпкө оҥоруохпун баҕарабын эрэ.`),
    no(`Сайн байнат. VOS руу Ородһоо бэшэ орондо блок хэхэ гэжэ шиидэбэбди: ipset + geoip. CentOS 6 дээрэ xtables-addons табиха хэрэгтэй гү? Туһалаарай.`),
    no(`Де дика дойла. Провайдеро аьлла pfSense-хь outbound NAT static port ян еза. Тхан клиенташ UDP-хь бу. Иза муха йо, хьалха ца йина ас.`),
    no(`Salam. Iptables-y nf_conntrack_sip modul kaed bakaenon, sip helper-y tyxxaej razdaer problemaetae uyd. Aez modprobe -r nf_nat_sip skodton. Aevzaer nae u?`),
    no(`Тархасшăн, пулăшăр: FortiGate IPS сигнатура (SIP.Malformed) пĕр клиентăн INVITE-сене блоклать, логра "dropped by IPS". VOS IP-не IPS-ран исключени мĕнле тумалла?`),
    no(`Саҥа сервер, CentOS 7. firewalld-ка 5060/udp, 5060/tcp, 10000-20000/udp арыйабын: firewall-cmd --permanent --add-port ... онтон --reload. Атын туох наада?`),
    no(`Манай офисто Kerio Control firewall бии. VOS админ панель (web 80) офисһоо ороходо блок болоно: web filter "Uncategorized" категори блоклоно. Исключени хэхэ хэрэгтэй.`),
    no(`Салам. ASA-н rule ordering тIехь гIалат ду моьтту суна: deny ip any any хьалха ду, permit udp host 10.1.1.10 eq sip тIаьхьа. show access-list hitcnt: deny 15432 hit, permit 0. Permit хьалха муха яккха?`),
    no(`Нæ MikroTik-ы address-list "sip_whitelist" ис, абон ног клиент бафтыдтам, фæлæ йæ IP динамикон у. DDNS ном address-list-мæ бафтауæн ис?`),
    no(`Каçхине 19:00-ра VOS-ра SIP флуд: секундра 2000 REGISTER Нидерландсенчен. iptables -A INPUT -s 45.x.x.0/24 -j DROP турăм, лăпланчĕ. Малашне автоматла мĕнле тумалла?`),
    no(`Эргэ Cisco ISR-га SIP ALG араардыбыт: no ip nat service sip udp port 5060. Онтон one-way audio сүттэ. TCP иһин эмиэ оҥорор наада дуо?`),
    no(`iptables -L -v -n:
Chain INPUT (policy DROP 12 packets, 720 bytes)
 pkts bytes target prot opt in out source destination
18234 1.2M ACCEPT udp -- * * 0.0.0.0/0 0.0.0.0/0 udp dpt:5060
Policy DROP 12 пакет — энэ юун бэ? ssh scanner байха. Лог хэхэдэ яахаб?`),
    no(`Ассаламу Ӏалайкум. Тхо ASA-х керла FortiGate тIе миграци йо: 14 policy, NAT, SIP-н VIP. Шотдийнахь cut-over ю. Checklist юй хьан, хьалха иштта дина хилча?`),
  ],
  negationContext: [
    no(`Салам. Телефонсем unregistered, анчах пирĕн пурте UDP кăна, TCP нихăçан та усă курман. RST режим çинчен вуларăм — пирĕн валли мар пулас. Урăх мĕн пăхмалла?`),
    no(`SS_TCP_CLOSE_RESET биһиэхэ Off, ким да On гыммата. Оттон MikroTik кэннигэр турар телефоннар регистрацията суох. Онон RST буолбатах. Атын тугу көрүөхпүн сөбүй?`),
    no(`Үсэгэлдэрэй сообщениемни тоохогүй орхигты: "Cannot assign requested address" гэжэ бэшээб, тэрэ манай тест скрипт байхагүй IP дээрэ bind хэжэ байһан (10.0.0.99, тиимэ интерфейс үгы). Сервер зүгөөр.`),
    no(`Нæ, firewall нæ уыд. Знон фыстон, FortiGate RST аппары, зæгъгæ — фæлæ carrier-ы фарс уыд хъуыддаг, сæ SBC хæлд уыд. Абон сæхæдæг сраст кодтой. Бузныг иууылдæрæн.`),
    no(`Х1ара отчетана бен дац: селхана NOC-ехь TIME_WAIT 40 эзар хилла аьлла, амма иза графикан баг хилла — ss -s аьлча 600 бен дац. ХIумма а дан ца оьшу, хаам дIаязбан бен.`),
    no(`Тÿрлетнĕ ĕнтĕ: ĕнерхи port exhaustion ирхине tw_reuse лартсан иртрĕ. Халь timewait 900, ошибка çук. Тикета хупма пултаратăр.`),
    no(`Доҕоттор, бастакы суругум алҕас этэ: "RST mode On гыммыппыт" диэбитим — суох, продакшнга On гыммытахпыт, ол тест стендэ этэ. Продакшн Off. Телефоннар проблемалара — пароль уларыйбыт эбит.`),
    no(`Зүгөөр мэдээлэл: манай pfSense RST пакет дроп хэнэ гэжэ би һанаһан, харин логто юушье үгы, звонок бүгэдэ ороно. Тиимэһээ асуудал үгы. Шалгаа гэжэ бэшэнэб.`),
    no(`Æз RST On кæнын нæ фæнды, нæм NAT-ы фæстæ TCP телефонтæ ис. Ныр ницы хæлд у — æрмæст зонын мæ фæнды: хуыздæр у Off уадзын æмæ tw_reuse æрмæст?`),
    no(`Ку манăн сообщени мар, клиентăнне пересылка тăватăп: "Address already in use" тет. Анчах вăл Windows-ра Skype 80 порта йышăнни çинчен, пирĕн VOS-па çыхăнман. Пăхма кирлĕ мар.`),
    no(`Түүн 3 чааска звонок тохтообута — ол carrier буруйа, биһиэнэ буолбатах, firewall да, RST да буолбатах. Кинилэр бэйэлэрэ билиннилэр. Билигин туох да гыныллыбат.`),
    no(`Хэншье юушье һэльбээгүй: SS_TCP_CLOSE_RESET Off, firewall хуушанаараа, NAT хуушанаараа. Гэхэ зуура телефонууд 10 минута unregistered болоод бусаба. Провайдер тэрэ үедэ каналдаа ажал хэжэ байһан. Мэдүүлхэ гэжэ.`),
    no(`Салам. Дицде суна хьалхара хаам, iptables RST дроп йо аьлла язйинарг. Лог нийса ца ешна ас: INVALID drop 0 packets ду. Firewall-ан бехк бац.`),
    no(`Фарст отчетæн: сентябры RST On куы скодтам, уæд нæ NAT-ы фæстæ телефонтæ нæ фесæфтысты, уымæн æмæ иууылдæр UDP сты. Раст у, RST UDP-мæ нæ хауы, зæгъгæ?`),
    no(`Тимур "Cannot assign requested address" тесе кăшкăрнă — ку нимĕн те мар, VPN интерфейс ÿкнĕ, ун çинчи IP çук пулнă. VPN хускаласан пурте ĕçлерĕ. Port exhaustion мар.`),
    no(`Урукку суругум умнуҥ: "TIME_WAIT 35 тыһыынча" диэбитим — 3,5 тыһыынча этэ, запятойу көтүппүппүн. Сервер үчүгэйдик үлэлиир.`),
    no(`Манай VOS-т RST mode хэзээшье асаагүйбди, Off. Firewall Cisco ASA бии, харин звонок ороногүй шалтагаан — баланс 0 болоһон. Засаабди, бусад юумэн хэрэггүй.`),
    no(`Ахсæвы дежурный фыста: "firewall drops, calls fail" — фæлæ уый планон куыст уыд, мах нæхæдæг FortiGate-ы firmware ивтам 02:00-03:00. Ныр хорз у, ницы хъæуы.`),
    no(`Salam. Ca hyovsa, hyalhara message dIayaqqa. RST On ca dina tho, Off tIe yu. NAT tIahyara telefonash 5 bu, UDP-h, bolh bo. Server dika yu. Barkalla.`),
    no(`Ыйтатăп кăна, проблема çук: manual-ра SS_TCP_CLOSE_RESET On чухне TLS-ра close_notify çук тенĕ. Пирĕн TLS абонентсем çук. Пире пăхăнмасть, тĕрĕс-и?`),
    no(`Начальник отчуот көрдөөтө: ааспыт нэдиэлэҕэ "NAT phones unregistered after RST" инцидент этэ, RST Off гыммыппыт кэннэ барыта чөлүгэр түстэ. Билигин проблема суох, отчуот эрэ наада — шаблон баар дуо?`),
    no(`Алдаа бэшээб: "port exhaustion" бэшэ, манай web server nginx 80 портдо bind хэжэ шадаагүй. Apache унтараагаад засаабди. Тикет хаагты.`),
    no(`Нæ клиентмæ "Address already in use" ис, фæлæ уый Docker-ы 5060 port mapping у, VOS-ы ephemeral порттæ нæ. Æз æй сраст кодтон. Тикет ма бакæн.`),
    no(`Ассаламу Ӏалайкум. Селхана "firewall RST drop" аьлла ас язйинарг гIалат ду: цигахь тхан firewall яц, тхо провайдеран NAT тIаьхьа ду. Carrier-ан гIалат хилла, хIинца дерриг а дика ду.`),
    no(`Ан пăшăрханăр: ss -s-ра timewait 25 пин — ку лаборатори стенд, sipp 500 CPS нагрузка тест ятарласа ирттеретпĕр. Продакшн мар, тест вĕçленсен пĕтет. Ошибка çук.`),
    no(`Firewall-бытын уларыппатахпыт, RST-ы холбообатахпыт, NAT-ы хамсаппатахпыт — биир эрэ телефон регистрацията суох этэ. Кабелэ быстыбыт эбит. Бүттэ, махтал.`),
    no(`Асуулта, сэдэб хаагдаһан: 2022 ондо манай серверт Cannot assign requested address байһан, тиихэдэ ip_local_port_range томо болгоод засаа. Мүнөө тэрэ тохиргоо хэрэгтэй гү, али буса болгохо гү? Алдаа мүнөө үгы.`),
  ],
  portExhaustion: [
    pe(`Ассаламу Ӏалайкум! Марха дастаран хенахь (ифтар) хIор суьйранна 18:40-19:30 звонкаш ца бо. VOS лог: connect() failed: Cannot assign requested address (errno 99). ss -s — timewait 29 эзар. Тахана а ду иза хIинца. ГIо де, дехар ду!`),
    pe(`Сиха!! TIME_WAIT 33 эзар, errno 99 лог чохь, звонкаш дIа ца боьлху. Пик ю хIинца.`),
    pe(`Маршалла. Тхан VOS3000 (CentOS 6) хIор суьйранна 21-22 сахьтехь трафик алсамболуш carrier-ашка TCP connect ца хуьлу: "Address already in use" connect тIехь, listen дац. netstat -ant | grep -c TIME_WAIT → 27800. Тахана а хилла.`),
    pe(`Де дика дойла. Хьалхара админо ip_local_port_range 50000 60000 дина хилла (10 эзар порт бен дац). ХIинца 80 CPS тIехь а TIME_WAIT 9800, ss -s, керла TCP connect "Cannot assign requested address". ХIинца болх ца бо outbound.`),
    pe(`Накъост, реселлер тIетоьхна: сахьт хьалха дуьйна цуьнан TCP trunk-ан звонкаш дерриге а дожу. VOS лог: java.net.BindException: Cannot assign requested address. ss -s timewait 31 эзар. ХIун дийр ду?`),
    pe(`Salam alaykum. UDP carrier-ash dika bu, amma TCP carrier-ash tIe outgoing calls ca bol'hu: "Cannot assign requested address" log-ah minotah 500-zza. TIME_WAIT 30 ezar. RST Off yu, tw_reuse 0. Siha zhop lo, dehar du.`),
    pe(`Дæ бон хорз. Нæ ног дилер абон райсомæй 300 CPS æрбахаста, æмæ уæдæй фæстæмæ VOS-æй carrier-тæм SIP TCP connect нæ кæны: EADDRNOTAVAIL. ss -s timewait 32 мин. Ацы минут дæр.`),
    pe(`Салам. Ныр нæм пик у æмæ outgoing TCP нæ кусы, "Cannot assign requested address". Мæнмæ ис:
net.ipv4.ip_local_port_range = 32768 60999
net.ipv4.tcp_tw_reuse = 0
ss -tan state time-wait | wc -l → 28140
Цы раивын хъæуы?`),
    pe(`Изæр хорз. 20:00-æй фæстæмæ VOS-ы серверæй ницы ацæуы: SIP TCP carrier-тæм нæ, billing API-мæ curl дæр нæ: curl: (7) Failed to connect to 10.0.5.20 port 443: Cannot assign requested address. TIME_WAIT 30 мин сæрты.`),
    pe(`Нæ дыккаг VOS ахсæвы 01:00 фæлдæхт, æмæ иууылдæр трафик ацы серверыл ныр. Дыууæ хатты CPS, æмæ райдыдта: errno 99, Cannot assign requested address, timewait 34 мин. Звонкæтæн æмбис фæлидзы.`),
    pe(`Salam, tagd! TIME_WAIT 31 min, log-y "BindException: Cannot assign requested address", outgoing calls nae caeuync. Nyr, 19:20.`),
    pe(`Zabbix-æй alert 19:45: "TIME_WAIT > 25000", æмæ иумæ ASR 60%-æй 35%-мæ æрхауд. VOS log-ы "connect failed: Cannot assign requested address" алы секунд. Ныр 20:10, нæма ацыд.`),
    pe(`Тархасшăн, васкавлă:
Total: 36120
TCP: 35890 (estab 1820, closed 33940, orphaned 3, timewait 33938)
Халь трафикăн 60% fail, carrier-сем патне çитмест, логра errno 99.`),
    pe(`Ырă каç. Иртнĕ эрнере пур carrier-сене UDP-ран TCP-а куçартăмăр. Çавăнтанпа кашни каç 19:00-22:00 TIME_WAIT 30 пине çитет, тухакан вызовсем "Cannot assign requested address" панă ÿкеççĕ. Паян та çаплах.`),
    pe(`Салам! Пирĕн call-center 10:00-ра автодозвон кампанийĕ пуçларĕ, 400 CPS. 10:20-ран VOS-ран тухакан TCP çыхăну çук: EADDRNOTAVAIL, timewait 33 пин. Кампание чарас мар, мĕн тумалла?`),
    pe(`Асăрхарăм: CPS 120 таран пурте аван, 150 иртсен тухакан SIP TCP connect ÿкет, "Address already in use" (connect, listen мар). Халь 170 CPS, TIME_WAIT 29 пин. ip_local_port_range стандарт.`),
    pe(`Salam. VOS log:
connect to 10.20.0.5:5060 failed: Cannot assign requested address
connect to 10.20.0.7:5060 failed: Cannot assign requested address
kashni sekundra 100 jaxăn. timewait 30 pin, halĕ peak. Pulăshăr.`),
    pe(`Чăвашла çыратăп. Паян каç 21:00-ра телевизорта голосовани (конкурс) пуçланчĕ, трафик виççĕ хут ÿсрĕ. 15 минутран VOS-ра errno 99, tw 31 пин, carrier-сем патне TCP кайма пăрахрĕ. Халĕ те.`),
    pe(`Дорообо. Биһиги VOS CentOS 5 турар, ss суох. netstat -an | grep TIME_WAIT | wc -l → 30114. Пиккэ саҥа холбонуу суох, логка: Cannot assign requested address. tcp_tw_reuse 0. Икки нэдиэлэҕэ үһүс сырыыта — бүгүн.`),
    pe(`Түүҥҥү смена бэриитэ: 02:00 Азия carrier-тан трафик эмискэ улаатта, 02:15-тан "Cannot assign requested address" барда, TIME_WAIT 28 тыһыынча. Билигин 03:10, өссө да баар. Сарсыардааҥҥы сменаҕа: тугу гыныахха?`),
    pe(`Үтүө киэһээнэн. Бэҕэһээ лицензияны 1000-тан 3000 concurrent-ка улаатыннардыбыт, бүгүн пиккэ 19:00-тан тахсар TCP звонок түһэр: EADDRNOTAVAIL, timewait 32 тыһыынча. Урут маннык суох этэ.`),
    pe(`Ысыах күнүгэр эҕэрдэлэр элбэхтэр, трафик үрдээтэ! 12:00-тан VOS-тан carrier-дарга TCP connect табыллыбат, errno 99, ss -s timewait 29 тыһыынча. Бырааһынньык турдаҕына көмөлөһүҥ эрэ!`),
    pe(`Drooboo. VOS log: "connect() failed: Address already in use" — listen buolbatax, outgoing connect carrier-ga. ss -s timewait 30 tyhyyncha. Bilihin 18:30, calls fail. Tugu gynabyt?`),
    pe(`Биир carrier-ка (10.20.0.5) эрэ: ss -tan state time-wait dst 10.20.0.5 | wc -l → 28400. Онно тахсар звонок барыта "Cannot assign requested address". Атын carrier-дарга кыра трафик, үлэлииллэр. Бу 20 мүнүүтэ устата.`),
    pe(`Сайн байна. VOS сервер дээрэ манай billing модуль (java) MySQL руу холбогдохо шадахагүй: java.net.NoRouteToHostException: Cannot assign requested address. Зэргээр SIP TCP звонок унана. ss -s timewait 31 мянган. Мүнөө пик, 19:30.`),
    pe(`Сагаан һараар! Амаршалгын звонок олон, мүнөө 10:00-һоо VOS-һоо гараха TCP холболто бүтэнэгүй: errno 99, timewait 30 мянган. Баярай үдэр туһалыт даа.`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c:
  1710 ESTABLISHED
    17 LISTEN
 32788 TIME_WAIT
Энэ үедэ VOS-һоо гараха звонок унана, "Cannot assign requested address". Юу хэхэб?`),
    pe(`Мүнөө ажалдамнай port exhaustion: EADDRNOTAVAIL, TIME_WAIT 29 мянган, пик. Асуудал: SS_TCP_CLOSE_RESET On болгохо гү, али tcp_tw_reuse + port range? Манай NAT саанахи TCP абонент үгы, бүгэдэ carrier.`),
    pe(`Үсэгэлдэр сервер reboot болоо, sysctl.conf-до бэшээгүй байһан — tw_reuse 0 болоо, port range стандарт. Мүнөө үдэшэ 20:00-һоо дахин TIME_WAIT 28 мянган, Cannot assign requested address. CentOS 6.`),
    pe(`Sain baina. Manai VOS 18:00 peak-da TIME_WAIT 28 myangan, errno 99, outgoing calls unana. Nuhor heleba "port duusaba" gezhe. Munoo bolzho baina, tuhalyt.`),
  ],
  natUnregistered: [
    nat(`Ассаламу Ӏалайкум. Селхана суьйранна TIME_WAIT бахьанехь VOS-ехь SS_TCP_CLOSE_RESET On дина ас. Тахана Ӏуьйранна дуьйна MikroTik тIаьхьа болу офисан телефонаш (SIP TCP) unregistered ю, 40 сов. UDP-хь болу телефонаш дика бу.`),
    nat(`Маршалла. КIиран хьалха хьан бот-о port exhaustion нисйина, SS_TCP_CLOSE_RESET On дина. ХIинца тхан NAT тIаьхьара абоненташ (TCP, home router-аш) регистраци дIаяйна, 70 гергга. Хьалха иштта ца хилла.`),
    nat(`Де дика дойла. Тхан колл-центрехь 25 оператор MicroSIP TCP-хь бу, офисан роутеран NAT тIаьхьа. Оршотан дийнахь RST mode On дина, цул тIаьхьа хIор 5-10 минотехь регистраци дожу, чуйогIу звонкаш дIа ца кхочу.`),
    nat(`RST on динчул тIаьхьа NAT тIаьхьара тхан TCP телефонаш unregistered хуьлу, роутер reboot йича бен юха ца хуьлу регистраци. Шина сахьтехь юха дожу. Публичный IP долчарна хIумма а дац.`),
    nat(`Salam. RST mode On dina 2 de du, hinca abonentash-n telefonash (TCP, home router, NAT) registraciya dIa yolu 10-15 minotah, yuha yogIu. Hyalha ishtta ca hilla. Hun dan deza?`),
    nat(`Salam vasha. Sa kolleg-o 2 sahyt hyalha VOS web-ah softswitch parameter SS_TCP_CLOSE_RESET On dina hila, suna ca hayra. Hinca MikroTik tIahyara TCP telefonash offline bu. Off ya deza?`),
    nat(`Дæ бон хорз. Нæ реселлер фыссы: йæ клиенттæ хæдзарон роутерты фæстæ (NAT), SIP over TCP, æртæ боны сæ регистраци хауы. Уыцы бон мах softswitch.conf-ы SS_TCP_CLOSE_RESET="On" сæвæрдтам æмæ reparse скодтам.`),
    nat(`Салам. RST On-ы фæстæ VOS-ы online 800-æй 300-мæ æрхауд. Онлайн листы чи нæй, уыдон иууылдæр TCP-йыл сты æмæ NAT-ы фæстæ (MikroTik, TP-Link). UDP-йыл чи ис, уыдон ис. Цы кæнæм?`),
    nat(`Мæ хъуыдымæ гæсгæ RST-æй у: клиенты MikroTik-ы /ip firewall connection-ы TCP 5060 ESTABLISHED лæууы, VOS та йæ RST-æй ахгæдта. Телефон хъуыды кæны registered у, VOS-ы та unregistered. Знонæй, RST On куы скодтам, уæдæй.`),
    nat(`Уæ уынаффæмæ гæсгæ знон RST On скодтам, TIME_WAIT æрхауд, фæлæ абон NAT-ы фæстæ TCP телефонтæ unregistered сты. Off куы скæнæм, уæд TIME_WAIT ногæй сыстдзæн? Цы бакæнæм?`),
    nat(`Salam. Ofisy Yealink-tae (TCP, NAT-y faestae) "Register failed 408" kaenync, RST mode On skodtam aemae uaedaej faestaemae. Public IP-yl chi ys, uydon xorz.`),
    nat(`Dae bon xorz. Xoxy xaeuytae radio-link-y aemae router-y NAT-y faestae sty, SIP TCP. Znon RST On skodtam, abon saemae registraci naei, 18 telefony. Razdaer xorz kusydysty.`),
    nat(`Ырă кун. Çĕмĕрлери филиалта 15 Fanvil (SIP TCP, MikroTik NAT хыçĕнче) RST On тунăранпа online-ра çук. Ытти пурте ĕçлет. Тепĕр филиалта UDP — унта аван.`),
    nat(`NOC 16:00-ра service mbx3000d reparse турĕ, SS_TCP_CLOSE_RESET On. 16:30-ран NAT хыçĕнчи TCP телефонсем online списокран тухрĕç, 200 яхăн. Урăх нимĕн те улăштарман.`),
    nat(`Салам. Ĕнертенпе NAT хыçĕнчи TCP абонентсене кĕрекен вызовсем "480 Temporarily Unavailable" — VOS вĕсене unregistered тет. Ĕнер каç RST mode On лартнăччĕ. Тухакан вызовсем ĕçлеççĕ.`),
    nat(`VOS-а çĕнетрĕмĕр, çĕнĕ softswitch.conf шаблонĕнче SS_TCP_CLOSE_RESET=On пулнă (кивĕ формат, кавычкăсăр). Çавăнтанпа роутер хыçĕнчи TCP телефонсем регистрацирен ÿкеççĕ. Маларах Off пулнă.`),
    nat(`Salam. RST On pyatnicaran. NAT xyçĕnchi TCP telefonsem unregistered. Test valli 3 telefona UDP-a kuçartăm — vĕsem registracilenchĕç. TCP-ra jultăm jalanah ÿket. RST pula-i?`),
    nat(`Grafik: online abonentsem pila pek — 10 minutra 600-ran 350 taran ÿket, kajalla xăpart. Ku RST On lartnă kunran (3 kun). Ÿkekensem — NAT xyçĕnchi TCP. UDP-sem tikĕs.`),
    nat(`Дорообо. RST mode On гыммыппыт кэннэ дьиэлэригэр Wi-Fi (NAT) нөҥүө Zoiper TCP туттар абоненнар "Registration failed" көрөллөр. Датацентрга турар софтфоннар үчүгэй. Бүгүн 2-с күнэ.`),
    nat(`Үтүө күнүнэн. Биир гостиница ресепшенин телефоннара (SIP TCP, гостиница роутерын NAT кэнниттэн) "No Service" көрдөрөллөр. Бэҕэһээ түүн VOS-ка RST On туруорбуппут, ол кэнниттэн.`),
    nat(`Биһиги TLS (5061) абоненнарбыт NAT кэнниттэн — RST On кэннэ бары unregistered, TLS handshake хаттаан барар, онтон сүтэр. UDP уонна публичнай IP-лаах TCP абоненнар үчүгэй.`),
    nat(`Yealink-ка NAT keepalive 30 сөкүүндэ туруорулла сылдьар, ол эрээри RST On кэнниттэн MikroTik кэнниттэн турар TCP телефоннар регистрациялара хаста да түһэр. Keepalive көмөлөспөт. Тугу гынабыт?`),
    nat(`RST On kenne NAT kenniger turar TCP telefonnar barylara unregistered. Komolohun, dogottor!`),
    nat(`Drooboo. Bihigi abonennarbyt provider CGNAT + dyie router kenniger (double NAT), SIP TCP. Behehee RST On gynnabyt, bugun sarsyardattan registraciya suox 40 kihige. Urut uchugej ete.`),
    nat(`Сайн байна. Нэгэ реселлерэй абонентнүүд бүгэдэ гэрэй роутер (NAT) саана, SIP TCP. Үсэгэлдэр үдэшэ тэрэ сервер дээрэ RST mode On болгообди. Мүнөө тэдэнэй 90% unregistered. Бусад реселлер UDP — зүгөөр.`),
    nat(`Гайхалтай: Fanvil телефонууд дэлгэсэ дээрэ "Registered" гэнэ, харин VOS дээрэ offline, орохо звонок ошоногүй. Бүгэдэ NAT саана, TCP. Энэ RST On болгоһоной һүүлдэ (мягмар гараг) эхилээ.`),
    nat(`Урдахи смена "Cannot assign requested address" засаха гээд RST On болгоо. Тэрэ алдаа үгы болоо, харин мүнөө MikroTik саанахи TCP телефонууд регистраци алдана. Юу хэхэб?`),
    nat(`Манай клиентэй Asterisk PBX NAT саана, VOS руу SIP TCP trunk-аар регистраци хэдэг. RST On болгоһоной һүүлдэ trunk регистраци 5-10 минута бүри унана, "Request Timeout". UDP trunk-тай клиентнүүд зүгөөр.`),
    nat(`Үдэрэй мэндэ. Хяагтын оффис MikroTik hAP саана 20 Grandstream TCP, үсэгэлдэр 17:00 VOS-т SS_TCP_CLOSE_RESET On болгоһоной һүүлдэ бүгэдэ unregistered. Оффисой интернет зүгөөр, ping ошоно.`),
    nat(`Sain baina. Linphone (TCP) gerhee wifi-aar ajillahad registration unana, RST On bolgosnoi huulde. Ajil deerh public IP-tai kompyuter zugoor. NAT-tai holbootoi gu?`),
  ],
  firewallRst: [
    fw(`Ассаламу Ӏалайкум. RST mode On динчул тIаьхьа FortiGate log чохь дукха ду: action="deny" msg="no session matched" proto=6 service="SIP" flags RST. Тхан carrier-ашка звонкаш 30% дожу. Селхана 22:00 дуьйна.`),
    fw(`Маршалла ду. tcpdump шина а агIор лаьцна ас: VOS-о RST дIахьажайо, амма carrier-ан SBC-е иза ца кхочу, юккъехь firewall ю (ASA). Цул тIаьхьа керла звонкаш 408 timeout. RST On дина кхо де ду.`),
    fw(`Провайдеро язйина: "шун RST пакеташ тхан firewall-о дроп йо, звонкаш дIа ца боьлху, SS_TCP_CLOSE_RESET Off йе". Тхо кIиран хьалха On йина. Звонкаш хIинца а дожу. Off юха йича TIME_WAIT хир ду, хIун дан?`),
    fw(`Де дика дойла. Хьан bot-о селхана port exhaustion нисйина, RST On дина. Тахана тхан pfSense-о RST пакеташ block йо, логехь TCP:RA blocked, тхан PBX-ера звонкаш ца бо.`),
    fw(`Salam. RST On dinchul tIahya FortiGate RST paketash drop yo, calls ca bol'hu. Siha hyovsa.`),
    fw(`Salam alaykum. RST On dina tIahya hIor carrier-ca dualla call dika bu, sholgachu call-o 5 sec timeout-ca dozhu. Iptables-ah "ctstate INVALID DROP" counter doqqa lo. Firewall-o RST dIa ca yoqqu xeta.`),
    fw(`Салам. RST On-ы фæстæ нæ ASA-йы лог дзаг у ахæмæй:
%ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 203.0.113.7/41234 flags RST on interface inside
Æмæ звонкæтæ carrier-мæ фæлидзынц. Знонæй нырмæ.`),
    fw(`Дæ бон хорз. ASA-йы логы "Deny TCP (no connection) ... flags RST ACK" сахатмæ 12 мин хатты, æмæ звонкæтæн 30% fail кæны. RST mode ахсæвы On скодтам, уымæй фæстæмæ.`),
    fw(`RST On-ы фæстæ нæ Cisco ASA RST пакеттæ аппары æмæ SIP TCP звонкæтæ нæ цæуынц. Цы хуыздæр у: ASA-йы TCP state bypass SIP-æн, æви SS_TCP_CLOSE_RESET Off-мæ раздæхын? Ныр дæр хæлд у.`),
    fw(`Изæр хорз. Firewall-ы вендоры support сбæлвырд кодта: сæ "strict TCP check" session-æй æнæ RST-тæ аппары. Нæ VOS-ы RST On скодтам къуырисæры, æмæ уæдæй carrier-тæм звонкæтæ хауынц.`),
    fw(`Salam. Datacentry firewall team fyssy: "TCP RST out of window dropped" sae logy, aemae nae calls fail kaenync. RST On skodtam znon 23:00. Saemaem Off kaenyn xaeuy?`),
    fw(`NOC: 21:00-aej faestaemae ASR 40%-y ryzy, trunktae firewall-y faestae. Firewall log-y RST drop bira. RST mode 19:00 On skodtam. Cy kaenaem?`),
    fw(`Ырă кун. RST режим лартнăранпа pfSense filter log тулли: Block, VOS 10.0.0.5:5060 → 203.0.113.9, TCP:R. Çав carrier патне вызовсем ÿкеççĕ. Ытти carrier (firewall-сăр) аван.`),
    fw(`Реселлер çырать: унăн pfSense логĕнче пирĕн VOS IP-ран "TCP:RA" пакетсем blocked, унăн PBX-ĕ ĕнертенпе вызов тăваймасть. Эпир ĕнер RST On лартрăмăр. Ку çыхăннă-и?`),
    fw(`pfSense state table-ра VOS-па 5060 state-сем "ESTABLISHED:ESTABLISHED" тăраççĕ, VOS вĕсене RST-па хупнă пулин те. Çĕнĕ вызов çав портпа кайсан pfSense блоклать. RST On тунăранпа, 2 кун.`),
    fw(`Салам. Офисри FortiGate урлă каякан SIP trunk (PBX → VOS, TCP) RST On тунă хыççăн ÿкет, FortiGate-ра "no session matched" deny. Тÿрем çыхăннă клиентсем ĕçлеççĕ.`),
    fw(`Salam. Klient Sophos XG firewall: "Invalid traffic" drop, TCP flags RST, VOS IP-ran. RST On turămăr 2 kun kajalla, çavăntanpa klient vyzovsem fail.`),
    fw(`TLS trunk (5061) firewall urlă: RST On xyççăn close_notify çuk, firewall RST-sene drop tăvat, çĕnĕ TLS connect timeout. Vyzovsem ÿkeççĕ halĕ te. Off tavărmalla-i?`),
    fw(`Дорообо. RST On гыммыппыт кэннэ MikroTik-ка "drop invalid" rule counter-а түргэнник улаатар: 2 чааска 48 тыһыынча пакет. Ол кэмҥэ carrier-га SIP TCP звонок түһэр.`),
    fw(`MikroTik log:
firewall,info drop invalid: in:ether1 out:bridge, proto TCP (RST), 10.0.0.5:5060->192.168.88.20:51432
Маннык элбэх, reparse кэнниттэн (SS_TCP_CLOSE_RESET="On"). Офистан VOS-ка звонок барбат.`),
    fw(`Үтүө күнүнэн. Клиент Check Point логугар: "TCP packet out of state: First packet isn't SYN" tcp_flags: RST-ACK, биһиги VOS-тан. Бэҕэһээ RST On гыммыппыт, онтон клиент звоноктара табыллыбаттар.`),
    fw(`Carrier биһиэхэ суруйда: кинилэр Fortinet-тара биһиги RST пакеттарбытын drop гынар, онон звоноктар 503 буолаллар. RST mode On гыммыппыт 3 күн буолла. Туох гынабыт?`),
    fw(`Drooboo. RST On gynnabyt, carrier firewall RST-y drop gynar, kiniler storonatygar TCP half-open turar, ol ihin sana call timeout. Bilihin da baar, 40% fail.`),
    fw(`FortiGate-ka diagnose debug flow: "Denied by forward policy check" / "no session matched" RST flags, VOS-tan. RST mode bugun 09:00 On. Onton calls fail. Tugu gynabyt?`),
    fw(`Сайн байна. RST On болгоһоной һүүлдэ iptables дээрэ "-m conntrack --ctstate INVALID -j DROP" counter хурдан ургана, звонкнууд carrier руу унана. Үсэгэлдэрһөө.`),
    fw(`Шлюз дээрэхи iptables LOG:
INVALID: IN=eth0 OUT=eth1 SRC=10.0.0.5 DST=10.1.2.3 PROTO=TCP SPT=5060 DPT=40122 RST
Иимэ мүр секунд бүри. SS_TCP_CLOSE_RESET On болгообди өөдэ, тэрэнһээ хойшо SIP TCP звонок бүтэнэгүй.`),
    fw(`Клиентэй nftables: "ct state invalid drop" counter packets 51234. Тэрэнэй PBX VOS руу TCP звонок хэжэ шадахагүй, үсэгэлдэрһөө — бидэ RST mode асааһан үдэр.`),
    fw(`conntrack -S: invalid=87412 хурдан ургана. RST On-һоо хойшо firewall (iptables) RST пакедуудые дроп хэнэ гэжэ һананаб, звонок 35% fail. Мүнөө ч.`),
    fw(`iptables -L FORWARD -v -n | head (шлюз):
 pkts bytes target prot opt in out source destination
48211 1928K DROP all -- * * 0.0.0.0/0 0.0.0.0/0 ctstate INVALID
RST асааһан үдэрһөө энэ тоо ургана, SIP TCP звонок тооной хахад унана.`),
    fw(`Sain baina. Manai Kerio Control firewall VOS-oos irsen RST packet-iig drop hiij baina, log-d "dropped: invalid TCP". RST mode On bolgoson odroos hoish calls fail. Munoo ch.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning136Set: readonly EvalItem[] = Object.values(tuning136Families).flat();
