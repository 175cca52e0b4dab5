import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Wholesale carriers, call-centre owners, resellers and NOC engineers in the Balkans and the Caucasus, on WhatsApp,
 * Viber and Telegram: Serbian (Cyrillic and Latin), Croatian and Bosnian, Albanian (often without ë and ç), Greek (Greek
 * script and Greeklish), Georgian (Mkhedruli), Armenian (Armenian script and some Latin transliteration) and Azerbaijani
 * (Latin, often without ə ş ğ), roughly a seventh each, mixed with English technical words and pasted output; numbers
 * as "28.000", "28 хиљада", "28 mijë", "28 χιλιάδες", "28 ათასი", "28 հազար", "28 min", "28k"; "Pozz", "Tung", "Gamarjoba", "Barev", "Salam".
 *
 * The hundred-and-sixty-fourth tuning split, by family, in markets where VOS3000 is sold widely. Five negative families of 27 (one service
 * that cannot bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed
 * phones unregistered after RST mode, a stateful firewall dropping RST). Written as the hundred-and-sixty-fourth never-tuned set,
 * before the sixty-first round of rules, by someone who had read only the playbooks' symptoms and the domain notes,
 * without the matcher, its rules or the other sets in view; measured as such before and after the sixty-first round,
 * then made tuning material for the sixty-second: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 88.9 %, negatives confident 5.2 %, confident wrong 0 % with the rules of
 * the sixtieth round, before the sixty-first.
 * With the framing counts recounted once the hundred-and-fifty-eighth to -sixty-first became tuning splits, before any
 * rule of the sixty-first round: in scope 88.9 %, negatives confident 4.4 %, confident wrong 0 %.
 * After the sixty-first round: the same.
 * After the sixty-second round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning164Families = {
  oneListeningPort: [
    no(`Поздрав, после рестарта сервера веб портал VOS3000 неће да се подигне. У catalina.out стоји:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
Шта држи 8080? Софтсвич ради нормално, позиви пролазе.`),
    no(`Pozz, mbx3000d posle restarta nece da startuje, u logu "bind 0.0.0.0:5060 failed: Address already in use". netstat -tulpn kaze da stari proces (pid 2841) jos drzi 5060. Da ga ubijem sa kill -9 ili ima neki pametniji nacin?`),
    no(`Kolega je na istu masinu gde je VOS web instalirao nginx za sajt firme i sad nginx nece da se digne:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
httpd vec sedi na 80. Kako da ih razdvojim a da ne diram VOS?`),
    no(`Добар дан. MySQL неће да стартује после апдејта: "Can't start server: Bind on TCP/IP port: Address already in use" и "Do you already have another mysqld server running on port: 3306 ?". Изгледа да се дигла два mysqld-а. VOS база је на њему, молим хитно.`),
    no(`Bok, pokušavam podići docker kontejner za naš CDR dashboard na istom serveru kao VOS i dobijem:
Error starting userland proxy: listen tcp4 0.0.0.0:3000: bind: address already in use
Što drži 3000? Softswitch ne diram, samo taj kontejner.`),
    no(`Selam, redis nece da krene na billing masini: "Could not create server TCP listening socket *:6379: bind: Address already in use". Mislim da je ostao stari redis-server od juce kad sam ga rucno palio. Kako da provjerim koji pid?`),
    no(`Poštovani, nakon što je tehničar restartao servis, web za klijente javlja "Address already in use: JVM_Bind" na portu 8443. Pozivi rade, samo portal ne. Molim pomoć.`),
    no(`brate na laptopu mi npm run dev puca sa Error: listen EADDRINUSE: address already in use :::5173, pravim mali panel za VOS API. nije server, samo moj laptop na windowsu, kako oslobodit port?`),
    no(`Pershendetje, pas restartit te serverit VOS3000 web interface nuk hapet. Ne log del "java.net.BindException: Address already in use" per portin 8080. Thirrjet punojne normal, vetem paneli nuk ngrihet.`),
    no(`Tung, softswitch nuk starton pas update:
bind udp 0.0.0.0:5060 failed, Address already in use
Duket se procesi i vjeter mbx3000 ka mbet gjalle pas restartit. Ta vras me kill apo ka menyre tjeter me te paster?`),
    no(`Kemi vendos apache per faqen e kompanise ne te njejtin server dhe tani del: (98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:443. Cili proces e ze 443?`),
    no(`Pershendetje, zabbix-agent nuk niset ne serverin e VOS: "listener failed: bind() for [[-]:10050] failed: [98] Address already in use". Vetem ky sherbim ka problem, te tjerat jane ok.`),
    no(`Καλησπέρα, μετά το reboot το web panel του VOS3000 δεν ανεβαίνει. Στο log: "Address already in use: bind" στην 8080. Οι κλήσεις περνάνε κανονικά. Ποιος κρατάει την πόρτα;`),
    no(`Geia sas, o mbx3000d den ksekinaei meta to restart, leei "cannot bind 5060: Address already in use". Me netstat -tulpn vlepw oti to palio process akoma kratai to 5060. Na to skotwsw?`),
    no(`Καλημέρα. Ο συνάδελφος έβαλε δεύτερο tomcat για reports στον ίδιο server και τώρα ο δεύτερος δεν ξεκινάει: "Port 8080 required by Tomcat v8.5 Server is already in use". Πώς αλλάζω την πόρτα του δεύτερου;`),
    no(`kalimera, to mysql sto billing server den anevainei, "Bind on TCP/IP port: Address already in use" sto 3306. mhpws trexoun 2 mysqld? epeigon giati den grafontai CDR`),
    no(`გამარჯობა, სერვერის რესტარტის შემდეგ VOS3000-ის ვებ პანელი არ იხსნება. ლოგში წერია: java.net.BindException: Address already in use :8080. ზარები ნორმალურად გადის, მხოლოდ პანელი არ მუშაობს.`),
    no(`mbx3000d არ ირთვება, log: "bind 0.0.0.0:5060 failed: Address already in use".
# ss -lunp | grep 5060
UNCONN 0 0 *:5060 *:* users:(("mbx3000d",pid=1932,fd=11))
ძველი პროცესი ჯერ კიდევ იჭერს 5060-ს. რა ვქნა, kill -9?`),
    no(`ჩვენმა დეველოპერმა nginx დააყენა იგივე სერვერზე და ახლა: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). 80-ზე უკვე httpd ზის. როგორ გავყოთ?`),
    no(`ძმაო docker compose up-ზე მიგდებს: Bind for 0.0.0.0:3306 failed: port is already allocated. VOS-ის mysql უკვე ზის 3306-ზე, ეს კონტეინერი მხოლოდ რეპორტებისთვისაა. სხვა პორტი მივცე?`),
    no(`Բարև ձեզ, սերվերի ռեստարտից հետո VOS3000-ի վեբ պանելը չի բացվում։ Log-ում գրված է՝ java.net.BindException: Address already in use :8080։ Զանգերը նորմալ անցնում են, միայն պանելն է խնդիրը։`),
    no(`Barev, mbx3000d chi miacvum restartic heto, log-um grum a "bind 5060 failed: Address already in use". netstat-ov tesnum em hin process-@ der pahum a 5060-@. kill anem?`),
    no(`Մեր ծրագրավորողը նույն սերվերի վրա nginx է դրել, հիմա սխալ է տալիս՝ bind() to 0.0.0.0:443 failed (98: Address already in use)։ Ո՞ր պրոցեսն է զբաղեցրել 443-ը։`),
    no(`Բարև, Redis-ը billing սերվերում չի միանում՝ "Could not create server TCP listening socket *:6379: bind: Address already in use"։ Երևի հին redis-server-ը մնացել է։ Ինչպե՞ս ստուգեմ pid-ը։`),
    no(`Salam, serveri restart etdikden sonra VOS3000 web panel acilmir. Logda: java.net.BindException: Address already in use 8080. Zengler normal gedir, yalniz panel islemir.`),
    no(`Salam qardas, mbx3000d qalxmir, log yazir "bind 0.0.0.0:5060 failed: Address already in use". Kohne proses hele 5060-i tutur deyesen, reboot-dan evvel dayanmayib. kill -9 edim?`),
    no(`Eyni serverde hem apache hem nginx qurulub, nginx qalxmir: bind() to 0.0.0.0:80 failed (98: Address already in use). Hansi proses 80-i tutub, nece yoxlayim?`),
  ],
  otherRegistrationCause: [
    no(`Поздрав, од јутрос 40 телефона у нашем call центру су unregistered. Колега је синоћ променио шифре на свим налозима у VOS-у, а на телефонима није. У логу "401 Unauthorized". Може ли масовно да се врати стара шифра?`),
    no(`Cao, gateway kod klijenta u Nisu ne moze da se registruje od juce. Promenili su provajdera i dobili novu javnu IP, a kod nas je IP auth na staroj adresi. Gde to menjam u VOS-u?`),
    no(`Svi telefoni na lokaciji Novi Sad offline od 9h, ispostavilo se da je nestalo struje u zgradi i UPS je crkao posle pola sata. Kad dodje struja da li ce se sami registrovati ili treba nesto rucno?`),
    no(`Клијент се жали да му SIP налози нису регистровани. Погледао сам, налог је суспендован јер је баланс у минусу, -312 EUR. Како да му дам кредит привремено док не уплати?`),
    no(`Bok, naši softphonei (Zoiper) se ne mogu registrirati od danas, dobivaju 403 Forbidden. Vidim u VOS-u da je account istekao 31.03. Kako produžiti?`),
    no(`Pozdrav, ured u Tuzli je promijenio router (novi od BH Telecoma) i sad polovina Yealink telefona ne drži registraciju. Sve je UDP 5060, kod nas niko ništa nije mijenjao. Sumnjam na SIP ALG na ruteru.`),
    no(`Poštovani, domena sip.nasafirma.hr je prebačena na novi DNS i od tada se gatewayi ne registriraju jer ime još pokazuje na staru IP. TTL je bio 86400. Ima li brži način?`),
    no(`Internet u call centru pao od 14h (kvar kod provajdera), svi telefoni unregistered. Kad se vrati link, trebam li resetovat nesto na VOS strani?`),
    no(`Pershendetje, 25 telefona ne call center jane unregistered qe nga mengjesi. Kolegu ndryshoi passwordet ne VOS dje mbrema por jo ne telefona. Ne log: 401 Unauthorized.`),
    no(`Tung, klienti ne Durres ka nderru ISP dhe IP publike, gateway nuk regjistrohet me sepse kemi IP authentication ne IP e vjeter. Ku e ndryshoj?`),
    no(`Llogaria e resellerit u bllokua, balanca -150 euro, tani te gjitha telefonat e tij jane unregistered. Si ta hap perkohesisht deri sa te paguaj?`),
    no(`Routeri i ri i Vodafone ne zyre ka SIP ALG te ndezur nga default, telefonat ne UDP humbasin regjistrimin cdo 10 minuta. Ta fikim ALG apo ka zgjidhje tjeter?`),
    no(`Καλησπέρα, από το πρωί 30 τηλέφωνα στο call center είναι unregistered. Ο τεχνικός άλλαξε χθες τους κωδικούς στο VOS αλλά όχι στα τηλέφωνα, βλέπω 401 Unauthorized.`),
    no(`Geia, o pelatis sti Thessaloniki allakse router (neo apo Cosmote) kai ta Grandstream se UDP xanoun to registration kathe ligo. Lene gia SIP ALG, pou to kleinw?`),
    no(`Η άδεια (license) του VOS3000 έληξε χθες και από τότε δεν δέχεται νέες εγγραφές, όλα τα softphones unregistered. Πώς κάνω ανανέωση;`),
    no(`kalimera, diakopi reumatos sto grafeio stin Patra, ola ta tilefwna offline/unregistered. molis irthe to revma, xreiazetai kati apo emas?`),
    no(`გამარჯობა, დილიდან call center-ში 35 ტელეფონი unregistered არის. კოლეგამ გუშინ VOS-ში პაროლები შეცვალა, ტელეფონებზე კი არა. ლოგში 401 Unauthorized.`),
    no(`კლიენტმა პროვაიდერი შეცვალა და ახალი IP მიიღო, gateway აღარ რეგისტრირდება, რადგან IP auth ძველ მისამართზეა. სად შევცვალო VOS-ში?`),
    no(`რესელერის ანგარიში დაიბლოკა, ბალანსი -200 ლარია, მისი ყველა ტელეფონი unregistered. დროებით როგორ გავხსნა?`),
    no(`ოფისში ინტერნეტი გაითიშა (Magti-ს ხაზი), ყველა ტელეფონი offline. როცა ხაზი აღდგება, თავისით დარეგისტრირდება?`),
    no(`Բարև, առավոտից call center-ի 20 հեռախոս unregistered են։ Երեկ կոլեգան VOS-ում փոխել է գաղտնաբառերը, իսկ հեռախոսներում՝ ոչ։ Log-ում 401 Unauthorized է։`),
    no(`Barev dzez, client-@ poxel a internet provayder-@ (Ucom-ic Beeline), nor IP uni, gateway-n chi grancvum, IP auth-@ hin hascei vra a. Vortex poxem?`),
    no(`VOS3000 լիցենզիան երեկ ավարտվել է, հիմա նոր գրանցումներ չի ընդունում, բոլոր softphone-ները unregistered են։ Ինչպե՞ս երկարացնել։`),
    no(`Salam, seherden call centerde 30 telefon unregistered-dir. Dunen yoldasimiz VOS-da parollari deyisib, telefonlarda yox. Logda 401 Unauthorized.`),
    no(`Musteri provayderi deyisib, yeni IP aldi, gateway qeydiyyatdan kecmir cunki IP auth kohne unvandadir. VOS-da harda deyisim?`),
    no(`Ofisde isiq kesildi, butun telefonlar offline oldu. Isiq geldi amma 5-6 telefon hele unregistered, onlari ozum restart edim?`),
    no(`sip.firmamiz.az domeni yeni hostinqe kecirildi, A record hele kohne IP-ni gosterir, ona gore gateway-ler qeydiyyatdan kecmir. DNS yenilenene qeder IP ile yazim?`),
  ],
  smallFigures: [
    no(`Pozz, jel normalno ovo na nasem VOS-u u 3 ujutru?
Total: 312 (kernel 0)
TCP:   187 (estab 41, closed 118, orphaned 0, synrecv 0, timewait 117/0), ports 0
Sve radi, samo pitam.`),
    no(`Поздрав, шта је тачно TIME_WAIT? Видим око 400 таквих конекција на серверу, саобраћај је мали, 3-4 CPS. Треба ли нешто да се дира?`),
    no(`Sta tacno radi SS_TCP_CLOSE_RESET u softswitch.conf? Kod nas je Off. Ne planiramo da menjamo, samo hocu da razumem pre sastanka sa sefom.`),
    no(`Ако укључимо RST режим, да ли ће телефони иза NAT-а имати проблем? Само питамо пре него што било шта мењамо, тренутно све ради.`),
    no(`Bok, radim tjedni pregled servera. netstat -ant | grep TIME_WAIT | wc -l daje 236. Je li to ok za ~50 istovremenih poziva?`),
    no(`Pozdrav, koliko TIME_WAIT je "normalno" na VOS3000? Mi imamo 5-6 stotina u špici, nikakvih grešaka, pozivi prolaze.`),
    no(`Hipotetski: kad bismo prešli na RST mode, bi li naš FortiGate mogao praviti probleme? Trenutno je sve Off i sve radi.`),
    no(`Šta znači ovaj red iz ss -s: "timewait 89/0"? Kolega kaže da je to problem, meni izgleda malo.`),
    no(`Pershendetje, a eshte normale kjo ne serverin tone?
TCP:   203 (estab 58, closed 131, orphaned 0, timewait 129/0)
Trafik i vogel, 2 CPS.`),
    no(`Cfare eshte sakte TIME_WAIT? Kam rreth 300 lidhje te tilla ne VOS, nuk kemi asnje problem.`),
    no(`Nese e aktivizojme SS_TCP_CLOSE_RESET=On, a do te kene problem telefonat pas NAT? Tani eshte Off, po pyesim para se te bejme ndonje ndryshim.`),
    no(`Sa TIME_WAIT eshte normale per 80 thirrje njekohesisht? Ne kemi 450 ne oren me te ngarkuar, pa asnje gabim.`),
    no(`Καλημέρα, είναι φυσιολογικό αυτό; Το ss -s δείχνει timewait 274/0, estab 62. Ο server είναι ήσυχος, 5 CPS.`),
    no(`ti kanei akrivws to SS_TCP_CLOSE_RESET? to exoume Off. aplws rwtaw gia na katalavw ti einai.`),
    no(`Αν ενεργοποιήσουμε RST mode, θα επηρεαστούν τα τηλέφωνα πίσω από NAT; Υποθετική ερώτηση, τώρα δουλεύουν όλα.`),
    no(`Kalispera, kanw health check. netstat -an | grep -c TIME_WAIT = 158. Einai entaksei i prepei na allaksw kati sto sysctl?`),
    no(`გამარჯობა, ნორმალურია? ss -s: TCP: 241 (estab 37, closed 160, timewait 158/0). ტრაფიკი პატარაა, 3 CPS.`),
    no(`რას აკეთებს ზუსტად SS_TCP_CLOSE_RESET? ჩვენთან Off არის. უბრალოდ მინდა გავიგო.`),
    no(`თუ RST რეჟიმს ჩავრთავთ, NAT-ის უკან მყოფ ტელეფონებს პრობლემა ექნებათ? ჯერ არაფერი შეგვიცვლია, ყველაფერი მუშაობს.`),
    no(`Բարև, սա նորմա՞լ է։ ss -s՝ timewait 310/0, estab 44։ Տրաֆիկը քիչ է, 4 CPS։`),
    no(`Inch e TIME_WAIT-@ konkret? Serverum mot 200 hat ka, xndir chka, uxaki harcnum em.`),
    no(`Եթե SS_TCP_CLOSE_RESET-ը դնենք On, firewall-ը (pfSense) խնդիր կստեղծի՞։ Հիմա Off է, պարզապես հարցնում ենք։`),
    no(`Քանի՞ TIME_WAIT է նորմալ 60 միաժամանակյա զանգի համար։ Մենք ունենք 2-3 հարյուր պիկի ժամին, ոչ մի սխալ։`),
    no(`Salam, bu normaldir? ss -s: TCP: 198 (estab 40, closed 120, timewait 118/0). Trafik azdir, 2-3 CPS.`),
    no(`SS_TCP_CLOSE_RESET deqiq ne edir? Bizde Off-dur, sadece basa dusmek isteyirem.`),
    no(`TIME_WAIT umumiyyetle nedir? Serverde 350-ye yaxin var, hec bir problem yoxdur, sadece maraqlaniram.`),
    no(`RST mode-u aktiv etsek, NAT arxasindaki telefonlar tesirlenecek? Hele hec ne deyismemisik, her sey isleyir.`),
  ],
  firewallNoRst: [
    no(`Pozz, treba da otvorimo 5060 TCP i UDP na FortiGate-u za novog carriera, IP 185.23.140.7. Mozes li da mi posaljes tacno koja pravila i RTP range?`),
    no(`Молим да се на фајерволу whitelist-ује IP нашег новог терминатора 91.214.60.12, сигнализација 5060 UDP, RTP 10000-20000.`),
    no(`fail2ban je banovao IP naseg klijenta iz Beograda posle 5 pogresnih pokusaja registracije. Kako da ga odbanujem i stavim u ignoreip?`),
    no(`Треба нам geo-blocking на pfSense: дозволити SIP само из Србије, БиХ и Црне Горе, остало drop. Како најбоље?`),
    no(`Bok, možete li pregledati našu iptables konfiguraciju prije nego je pustimo u produkciju? Zalijepio sam:
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT
-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
-A INPUT -j DROP`),
    no(`Trebam port forwarding na MikroTiku: vanjski 5080 na interni VOS 5060. Imate li primjer dst-nat pravila?`),
    no(`Na Sophosu je uključen SIP ALG / helper, imamo jednosmjerni zvuk na nekim pozivima. Da ga isključim?`),
    no(`Kolega predlaže da na iptables dodamo "-A INPUT -m conntrack --ctstate INVALID -j DROP" kao hardening. Kod nas je SS_TCP_CLOSE_RESET Off i ostaje Off. Ima li smisla?`),
    no(`Pershendetje, duhet te hapim portin 5060 UDP ne Cisco ASA per nje carrier te ri. Cfare access-list duhet?`),
    no(`fail2ban ka bllokuar IP e klientit tone ne Tirane. Si ta heq nga bani?`),
    no(`Duam te bejme geo-blocking ne firewall, te lejojme vetem Shqiperi dhe Kosove per SIP. A ka rekomandime?`),
    no(`Ju lutem beni nje review te konfigurimit te FortiGate per VOS para se ta kalojme ne produksion. Policies i kam derguar ne email.`),
    no(`Καλημέρα, θέλουμε να ανοίξουμε 5060 TCP/UDP στο pfSense για νέο πάροχο, IP 62.103.22.9. Ποιους κανόνες χρειάζομαι;`),
    no(`to fail2ban ekane ban ton pelati mas apo Athina, pws ton vgazw kai ton vazw whitelist?`),
    no(`Ο FortiGate μας δείχνει πολλά deny από κινέζικες IP στην 5060, SIP scanners. Θέλουμε να τα κόψουμε όλα. Geo-block ή local-in policy;`),
    no(`გამარჯობა, MikroTik-ზე port forwarding მჭირდება: გარე 5070 -> შიდა VOS 5060. მაგალითი გაქვთ?`),
    no(`ახალი carrier-ისთვის FortiGate-ზე 5060 UDP უნდა გავხსნა, IP 31.146.10.4. რა policy დავამატო?`),
    no(`fail2ban-მა ჩვენი კლიენტის IP დაბლოკა ბათუმიდან. როგორ მოვხსნა ბანი?`),
    no(`geo-blocking გვინდა firewall-ზე, SIP მხოლოდ საქართველოდან და თურქეთიდან. რას გვირჩევთ?`),
    no(`Բարև, պետք է բացենք 5060 UDP port-ը pfSense-ում նոր carrier-ի համար։ Ի՞նչ rule է պետք։`),
    no(`fail2ban-@ ban a arel mer client-i IP-n Gyumric, inchpes hanem banic?`),
    no(`Խնդրում եմ նայեք մեր iptables կոնֆիգը մինչ production-ին տալը.
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT
-A INPUT -j DROP`),
    no(`Router-ում SIP ALG-ն միացված է, անջատե՞նք։ Որոշ զանգերում ձայնը մի կողմից է։`),
    no(`Salam, yeni carrier ucun FortiGate-de 5060 UDP acmaq lazimdir, IP 5.197.3.12. Hansi policy lazimdir?`),
    no(`fail2ban musterimizin IP-sini ban edib (Gence). Nece cixarim?`),
    no(`MikroTik-de port forwarding lazimdir: xarici 5080 -> daxili VOS 5060. Numune var?`),
    no(`Firewall konfiqurasiyamizi yoxlaya bilersiz? Production-a kecmezden evvel review isteyirik, qaydalar:
chain=input protocol=udp dst-port=5060 action=accept
chain=input protocol=udp dst-port=10000-20000 action=accept
chain=input action=drop`),
  ],
  negationContext: [
    no(`Samo da javim: problem sa TIME_WAIT (bilo je 30 hiljada u spici) resen je prosli mesec kad ste ukljucili RST. Sad je oko 600, sve radi. Hvala jos jednom!`),
    no(`Телефони су јутрос били unregistered, али узрок је нађен: после промене шифре нико није унео нову на телефоне. Сада је решено, RST никад нисмо ни укључивали.`),
    no(`Mi koristimo samo UDP, nikakav TCP, tako da nas taj RST ne bi trebalo da dira. Telefoni iza NAT-a rade ok. Samo potvrdi da ne moramo nista da menjamo.`),
    no(`Прослеђујем стари тикет за архиву: "FortiGate дропује RST пакете после укључења RST режима" — решено у марту враћањем на Off. Ништа не треба радити.`),
    no(`Bok, nitko ništa nije mijenjao na serveru, RST je Off kao i uvijek. Telefoni u Splitu su offline jer je operateru pukao optički kabel. Samo da znate da nije do vas.`),
    no(`Hvala puno, nakon vaše izmjene TIME_WAIT je sa 25.000 pao na 400, nema više "cannot assign requested address". Zatvaramo tiket.`),
    no(`Za zapisnik: prošli tjedan smo imali problem s NAT telefonima nakon RST moda, vratili ste na Off i od tada je sve ok. Ne treba ništa, samo potvrda za izvješće.`),
    no(`"Address already in use" koji sam jutros slao nije bio od VOS-a nego od mog lokalnog Tomcata na laptopu, sorry za uzbunu.`),
    no(`Faleminderit, pas ndryshimit tuaj TIME_WAIT ra nga 28 mije ne 500, nuk ka me "cannot assign requested address". Mund ta mbyllni tiketen.`),
    no(`Ne perdorim vetem UDP, RST mode nuk e kemi aktivizuar kurre. Telefonat u cregjistruan per shkak te ndryshimit te passwordit, jo nga serveri.`),
    no(`Po ju dergoj per arkiv nje tikete te vjeter: "firewall-i hedh paketat RST pas aktivizimit te RST" - u zgjidh muajin e kaluar. Nuk duhet bere asgje.`),
    no(`Ευχαριστούμε, μετά την αλλαγή σας τα TIME_WAIT έπεσαν από 30 χιλιάδες σε 450. Μπορείτε να κλείσετε το ticket.`),
    no(`to RST den to exoume energopoihsei pote, einai Off. ta tilefwna pisw apo NAT itan unregistered epeidi allakse i IP tou grafeiou kai kaneis den enimerwse to DNS. lythike.`),
    no(`Προωθώ παλιό ticket για το αρχείο: "ο ASA κόβει τα RST μετά το RST mode". Λύθηκε τον Φεβρουάριο, δεν χρειάζεται κάτι.`),
    no(`Kalimera, den allakse kaneis tipota ston server, oute to close mode oute sysctl. To "address already in use" pou eidame itan apo to tomcat tou web panel, to ftiaksame.`),
    no(`მადლობა, თქვენი ცვლილების შემდეგ TIME_WAIT 27 ათასიდან 500-მდე დაეცა. ticket შეგიძლიათ დახუროთ.`),
    no(`ჩვენ მხოლოდ UDP-ს ვიყენებთ, RST რეჟიმი არასდროს ჩაგვირთავს. ტელეფონები პაროლის შეცვლის გამო გაითიშა, უკვე გამოვასწორეთ.`),
    no(`არქივისთვის ძველ ticket-ს გიგზავნით: "FortiGate აგდებს RST პაკეტებს" - მოგვარდა გასულ თვეში. არაფერია საჭირო.`),
    no(`სერვერზე არავის არაფერი შეუცვლია, SS_TCP_CLOSE_RESET Off არის. ოფისის ტელეფონები offline იყო, რადგან დენი გაითიშა, ახლა ყველაფერი კარგადაა.`),
    no(`Շնորհակալություն, ձեր փոփոխությունից հետո TIME_WAIT-ը 26 հազարից իջավ 400-ի։ Կարող եք փակել ticket-ը։`),
    no(`Menq miayn UDP enq ogtagorcum, RST-n erbeq chenq miacrel. Herraxosner-@ anjatvel ein parol-@ poxelu patcharov, arden lucvac a.`),
    no(`Արխիվի համար ուղարկում եմ հին ticket. «pfSense-ը drop է անում RST փաթեթները» — լուծվեց անցյալ ամիս։ Ոչինչ պետք չէ։`),
    no(`Սերվերում ոչ ոք ոչինչ չի փոխել, RST-ը Off է։ «Address already in use»-ը MySQL-ից էր, արդեն ուղղեցինք։`),
    no(`Tesekkurler, sizin deyisiklikden sonra TIME_WAIT 29 minden 500-e dusdu. Ticket-i bagliya bilersiz.`),
    no(`Biz yalniz UDP istifade edirik, RST mode hec vaxt aktiv olmayib. Telefonlar parol deyisikliyine gore dusmusdu, artiq hell olundu.`),
    no(`Arxiv ucun kohne ticket gonderirem: "FortiGate RST paketlerini drop edir" - kecen ay hell olundu. Hec ne lazim deyil.`),
    no(`Serverde hec kim hec ne deyismeyib, close mode Off-dur. Telefonlar internet kesildiyi ucun unregistered idi, indi hamisi qayidib.`),
  ],
  portExhaustion: [
    pe(`HITNO! U spici (oko 180 CPS) pozivi ka carrierima padaju, u logu mbx3000: "connect() failed: Cannot assign requested address". ss -s:
TCP:   31854 (estab 1203, closed 30412, orphaned 12, timewait 30398/0)
Van spica je sve ok.`),
    pe(`Поздрав, сваки дан између 10 и 13 ч сервер престане да отвара нове TCP конекције ка терминаторима. Тада имамо преко 28 хиљада TIME_WAIT. Ван тог времена све ради.`),
    pe(`netstat -ant | grep TIME_WAIT | wc -l
29417
i u logu "bind: Address already in use" kad softswitch pokusava da otvori izlaznu TCP vezu ka carrieru. Pozivi failuju samo u vecernjoj spici, od 19 do 22.`),
    pe(`Колеге, на VOS3000 имамо ~25.000 TIME_WAIT у шпици и EADDRINUSE на одлазним конекцијама. ASR пада на 30%. Шта да радимо?`),
    pe(`Nas call centar krene sa 150 CPS u 9h i posle 20 min pocinje "Cannot assign requested address" ka upstream-u, novi pozivi ne idu. ip_local_port_range je default 32768 60999, tcp_tw_reuse = 0.`),
    pe(`Bok, u vršnom satu softswitch ne može otvoriti nove TCP veze prema carrieru, u logu "cannot assign requested address". ss -s pokazuje timewait 27.000+. Noću je sve ok.`),
    pe(`Pozdrav, svako popodne od 16h pozivi padaju, vidim hiljade TIME_WAIT (zadnji put 24k) i java.net.BindException u logu za odlazne konekcije. Šta da mijenjam?`),
    pe(`Poštovani, pastam:
# ss -s
Total: 33102
TCP:   32877 (estab 981, closed 31790, orphaned 4, timewait 31786/0), ports 0
Pozivi u špici (200 CPS) failaju s 503 jer se ne mogu otvoriti nove veze prema carrieru. Ima li rješenja?`),
    pe(`brate opet isto, 18h-20h nema novih konekcija ka Telekomu, 26 hiljada time_wait, "Address already in use" na connect. Jucer isto, prekjuce isto.`),
    pe(`URGJENT! Ne oret e pikut (rreth 170 CPS) thirrjet deshtojne, ne log: "connect failed: Cannot assign requested address". ss -s tregon timewait 29 mije.`),
    pe(`Pershendetje, cdo dite nga ora 11 deri 14 serveri nuk hap lidhje te reja TCP drejt carrierit. Kemi mbi 27.000 TIME_WAIT ne ate kohe, pastaj bie vete.`),
    pe(`netstat -ant | grep -c TIME_WAIT
30112
Dhe ne log EADDRINUSE kur softswitch lidhet me upstream. Vetem ne ore pike, naten asgje.`),
    pe(`Tung, ASR bie ne 25% cdo mbremje, shoh mijera TIME_WAIT (rreth 26k) dhe "bind: Address already in use" per lidhjet dalese. Cfare te ndryshojme?`),
    pe(`Επείγον, στις ώρες αιχμής (~190 CPS) οι κλήσεις προς τους carriers αποτυγχάνουν με "Cannot assign requested address". Τα TIME_WAIT φτάνουν 30 χιλιάδες.`),
    pe(`Geia, kathe mera 10-13 o server stamataei na anoigei nees TCP syndeseis pros ton carrier. Exoume pano apo 28.000 TIME_WAIT tote. Meta ola kala.`),
    pe(`ss -s
TCP:   29540 (estab 1104, closed 28320, orphaned 9, timewait 28311/0)
Και στο log "bind: Address already in use" στις εξερχόμενες συνδέσεις προς τον upstream. Μόνο στην αιχμή.`),
    pe(`kalispera, to ASR peftei sto 30% kathe vrady, vlepw 25k time_wait kai BindException sta outgoing connections. ti na allaksoume?`),
    pe(`სასწრაფოა! პიკის საათებში (~160 CPS) ზარები carrier-ებისკენ ვერ გადის, ლოგში: "Cannot assign requested address". TIME_WAIT 28 ათასს აღწევს.`),
    pe(`ყოველდღე 11-დან 14-მდე სერვერი ახალ TCP კავშირებს ვეღარ ხსნის upstream-ისკენ. ამ დროს 27 ათასზე მეტი TIME_WAIT გვაქვს.`),
    pe(`netstat -ant | grep TIME_WAIT | wc -l
31005
ლოგში: EADDRINUSE გამავალ კავშირებზე. მხოლოდ საღამოს პიკზე.`),
    pe(`ASR ყოველ საღამოს 30%-მდე ეცემა, ვხედავ ათასობით TIME_WAIT-ს (დაახლ. 26k) და "bind: Address already in use" გამავალ კავშირებზე. რა შევცვალოთ?`),
    pe(`Շտապ է։ Պիկի ժամերին (~170 CPS) զանգերը carrier-ների ուղղությամբ չեն անցնում, log-ում՝ "Cannot assign requested address"։ TIME_WAIT-ը հասնում է 29 հազարի։`),
    pe(`Barev, amen or 10-ic 13 server-@ nor TCP kapner chi bacum carrier-i het, et jamanak 27.000-ic avel TIME_WAIT unenq.`),
    pe(`ss -s
TCP:   30211 (estab 1320, closed 28870, orphaned 7, timewait 28860/0)
Եվ log-ում EADDRINUSE ելքային կապերի վրա։ Միայն պիկին։`),
    pe(`ASR-ը ամեն երեկո ընկնում է 30%, տեսնում եմ հազարավոր TIME_WAIT (մոտ 25k) և BindException ելքային կապերում։`),
    pe(`TECILI! Pik saatlarda (~180 CPS) carrier-lere zengler getmir, logda: "Cannot assign requested address". TIME_WAIT 30 min-e catir.`),
    pe(`Salam, her gun 10-dan 13-e qeder server upstream-e yeni TCP baglanti aca bilmir. O vaxt 28.000-den cox TIME_WAIT olur.`),
    pe(`netstat -ant | grep -c TIME_WAIT
29876
logda EADDRINUSE cixan baglantilarda. Yalniz axsam pikinde.`),
    pe(`ASR her axsam 25%-e dusur, minlerle TIME_WAIT goruram (26k civari) ve giden baglantilarda "bind: Address already in use". Ne deyisek?`),
    pe(`Call center seher 9-da acilanda 200 CPS olur, 15 deqiqe sonra yeni TCP baglanti acilmir, ss -s timewait 27k. Gece hec bir problem yoxdur.`),
  ],
  natUnregistered: [
    nat(`Od kad ste juce ukljucili RST mode (SS_TCP_CLOSE_RESET=On), svi nasi Yealink telefoni iza MikroTika su unregistered. Koriste SIP preko TCP. Pre toga nije bilo nikakvih problema.`),
    nat(`Поздрав, после ваше измене синоћ софтфонови (MicroSIP, TCP) код агената који раде од куће губе регистрацију на сваких пар минута. Сви су иза кућних рутера, а ови у канцеларији са јавном IP раде.`),
    nat(`Klijent javlja: od promene close moda u ponedeljak, polovina Grandstream gateway-a iza NAT-a ne moze da odrzi registraciju. Transport TCP. Oni sa javnom IP rade normalno.`),
    nat(`Од када је SS_TCP_CLOSE_RESET стављен на On, телефони у филијали (иза NAT-а, SIP/TCP) стално прелазе у unregistered. Шифре нико није дирао.`),
    nat(`Bok, nakon što je jučer uključen RST mod, softphonei kod agenata od kuće (Zoiper, TCP, iza kućnih routera) gube registraciju. Jutros je 60% njih offline.`),
    nat(`Pozdrav, od vaše promjene u srijedu (RST), Fanvil telefoni iza MikroTik NAT-a se stalno odjavljuju. Svi su na TCP 5060.`),
    nat(`Poštovani, od kad je uključen SS_TCP_CLOSE_RESET=On, uređaji iza uredskog NAT-a pokazuju Unregistered u VOS-u. Direktni trunkovi s javnim IP-om rade normalno.`),
    nat(`Kolega je upalio RST mode zbog TIME_WAIT i sad nam telefoni iza rutera (TCP) padaju s registracije svakih 5-10 min. Da vratimo na Off?`),
    nat(`Nastavak od jučer: otkad je RST uključen, gatewayi iza NAT-a i dalje skaču u unregistered, ovo je iz VOS-a maloprije:
1001  Unregistered  93.142.11.5:41022  TCP
1002  Unregistered  93.142.11.5:41388  TCP
1003  Registered    31.45.200.17:5060  TCP
Ovaj treći ima javnu IP.`),
    nat(`Qe kur aktivizuat dje RST mode (SS_TCP_CLOSE_RESET=On), te gjithe telefonat Yealink pas MikroTik jane unregistered. Perdorin SIP mbi TCP.`),
    nat(`Pershendetje, pas ndryshimit tuaj mbreme, softphone-t (TCP) e agjenteve qe punojne nga shtepia humbasin regjistrimin cdo disa minuta. Te gjithe jane pas routerave te shtepise.`),
    nat(`Klienti ankohet: qe kur u ndryshua close mode te hene, gateway-t pas NAT nuk mbajne regjistrimin. Transporti TCP. Ato me IP publike punojne pa problem.`),
    nat(`Tung, kolegu ndezi RST per TIME_WAIT dhe tani telefonat pas routerit (TCP) bien nga regjistrimi cdo 5 minuta. Ta kthejme ne Off?`),
    nat(`Pas aktivizimit te RST mode, pajisjet ne zyren e Prishtines pas NAT shfaqen Unregistered ne VOS, passwordet jane te njejta. Trunket direkte punojne normal.`),
    nat(`Από τότε που ενεργοποιήσατε χθες το RST mode, όλα τα Yealink πίσω από MikroTik είναι unregistered. Χρησιμοποιούν SIP over TCP.`),
    nat(`Geia sas, meta tin allagi sas sto close mode xthes to vrady, ta softphones (TCP) twn agents pou doulevoun apo spiti xanoun to registration kathe liga lepta. Oloi pisw apo home routers.`),
    nat(`Από τότε που μπήκε SS_TCP_CLOSE_RESET=On, οι συσκευές στο γραφείο πίσω από NAT δείχνουν Unregistered στο VOS. Τα direct trunks δουλεύουν.`),
    nat(`o synadelfos energopoihse to RST gia ta TIME_WAIT kai twra ta tilefwna pisw apo to router (TCP) pefthoun apo registration kathe 5 lepta. na to gyrisoume Off?`),
    nat(`გუშინ RST რეჟიმი (SS_TCP_CLOSE_RESET=On) რომ ჩართეთ, მას შემდეგ ყველა Yealink MikroTik-ის უკან unregistered არის. SIP TCP-ზე მუშაობს.`),
    nat(`გამარჯობა, თქვენი გუშინდელი ცვლილების შემდეგ სახლიდან მომუშავე ოპერატორების softphone-ები (TCP, სახლის როუტერების უკან) ყოველ რამდენიმე წუთში კარგავენ რეგისტრაციას.`),
    nat(`close mode-ის შეცვლის შემდეგ NAT-ის უკან მყოფი gateway-ები რეგისტრაციას ვერ ინარჩუნებენ. ტრანსპორტი TCP. საჯარო IP-იანები მუშაობენ.`),
    nat(`კოლეგამ TIME_WAIT-ის გამო RST ჩართო და ახლა როუტერის უკან მყოფი ტელეფონები (TCP) ყოველ 5 წუთში ვარდებიან რეგისტრაციიდან.`),
    nat(`Երեկ RST mode-ը (SS_TCP_CLOSE_RESET=On) միացնելուց հետո MikroTik-ի հետևում գտնվող բոլոր Yealink-ները unregistered են։ SIP-ը TCP-ով է։`),
    nat(`Barev, dzer erekva RST popoxutyunic heto tanic ashxatox operatorneri softphone-ner-@ (TCP, tnayin router-neri hetevum) amen mi qani rope korcnum en registration-@.`),
    nat(`Close mode-ը փոխելուց հետո NAT-ի հետևում գտնվող gateway-ները չեն պահում գրանցումը։ Transport-ը TCP է։ Public IP-ով սարքերը աշխատում են։`),
    nat(`Կոլեգան TIME_WAIT-ի պատճառով RST-ը միացրեց, հիմա router-ի հետևի հեռախոսները (TCP) ամեն 5 րոպեն մեկ ընկնում են գրանցումից։`),
    nat(`Dunen RST mode-u (SS_TCP_CLOSE_RESET=On) aktiv edenden sonra MikroTik arxasindaki butun Yealink-ler unregistered-dir. SIP TCP uzerinden isleyir.`),
    nat(`Salam, dunenki RST deyisikliyinizden sonra evden isleyen operatorlarin softphone-lari (TCP, ev routerlerinin arxasinda) her bir nece deqiqeden bir qeydiyyati itirir.`),
    nat(`Close mode deyisenden sonra NAT arxasindaki gateway-ler qeydiyyati saxlamir. Transport TCP. Public IP-li olanlar isleyir.`),
    nat(`Yoldasim TIME_WAIT ucun RST-ni yandirdi, indi router arxasindaki telefonlar (TCP) her 5 deqiqeden bir qeydiyyatdan dusur. Off-a qaytaraq?`),
  ],
  firewallRst: [
    fw(`Od kad je ukljucen RST mode, pozivi kroz nas FortiGate vise ne prolaze kako treba, vise od pola visi. U FortiGate logu: "no session matched" za TCP pakete sa flagom R sa porta 5060.`),
    fw(`Поздрав, после јучерашње измене (SS_TCP_CLOSE_RESET=On) ASA баца:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 185.44.12.9/44321 flags RST on interface inside
Позиви пуцају после пар секунди.`),
    fw(`Na pfSense vidim gomilu blokiranih paketa "TCP:R" od VOS servera od kad smo prebacili close mode na RST, pozivi se prekidaju posle par sekundi.`),
    fw(`iptables на нашем гејтвеју дропује INVALID пакете (conntrack), у dmesg: "INVALID DROP IN=eth0 SRC=10.1.1.5 PROTO=TCP SPT=5060 DPT=40112 RST". Почело чим је укључен RST режим, позиви не пролазе.`),
    fw(`Bok, od uključenja RST moda pozivi kroz Sophos XG failaju. Log firewalla: "Packet dropped (out of state)" za TCP RST s VOS-a. Prije je sve radilo.`),
    fw(`Nakon što ste prebacili SS_TCP_CLOSE_RESET na On, MikroTik na našoj strani dropa pakete u stanju invalid, vidim RST pakete u firewall logu. Pozivi vise i padaju.`),
    fw(`FortiGate log od jutros, nakon vaše promjene na RST:
type="traffic" subtype="forward" action="deny" msg="no session matched" proto=6 tcpflags="RST" srcport=5060
Pozivi prema nama padaju nakon par sekundi.`),
    fw(`Od jučer kada je uključen RST, pozivi kroz Cisco ASA vise bez zvuka ili padaju. ASA: "Deny TCP (no connection) ... flags RST". Vratite molim vas.`),
    fw(`Qe kur u aktivizua RST mode, thirrjet pergjate FortiGate deshtojne. Ne log: "no session matched" per paketat TCP me flag R ne 5060.`),
    fw(`Pas ndryshimit dje (SS_TCP_CLOSE_RESET=On), ASA na nxjerr "Deny TCP (no connection) ... flags RST" dhe thirrjet bien.`),
    fw(`Ne pfSense shoh shume paketa te bllokuara "TCP:R" nga serveri VOS qe kur kaluam ne RST, thirrjet nderpriten pas disa sekondash.`),
    fw(`iptables ne gateway tone dropon paketat INVALID (conntrack), ne log shoh RST nga VOS. Filloi menjehere pas aktivizimit te RST mode, thirrjet nuk kalojne.`),
    fw(`Από τότε που ενεργοποιήθηκε το RST mode, οι κλήσεις μέσω FortiGate αποτυγχάνουν. Στο log: "no session matched" για πακέτα TCP με flag R στην 5060.`),
    fw(`meta tin xthesini allagi (SS_TCP_CLOSE_RESET=On) o ASA vgazei "Deny TCP (no connection) ... flags RST on interface outside" kai oi kliseis kovontai.`),
    fw(`Στο pfSense βλέπω πολλά μπλοκαρισμένα πακέτα "TCP:R" από τον VOS από τότε που αλλάξαμε σε RST. Οι κλήσεις κόβονται μετά από λίγα δευτερόλεπτα.`),
    fw(`to iptables sto gateway mas kanei drop ta INVALID (conntrack), sto log vlepw RST apo ton VOS. Ksekinise amesws meta to RST mode, oi kliseis den pernane.`),
    fw(`Sophos: "Packet dropped (out of state)" για TCP RST από τον softswitch, από χθες που βάλατε RST. Οι κλήσεις κρεμάνε.`),
    fw(`RST რეჟიმის ჩართვის შემდეგ FortiGate-ით ზარები ვერ გადის. ლოგში: "no session matched" TCP პაკეტებზე R ფლაგით 5060-ზე.`),
    fw(`გუშინდელი ცვლილების შემდეგ (SS_TCP_CLOSE_RESET=On) ASA წერს: "Deny TCP (no connection) ... flags RST". ზარები წყდება.`),
    fw(`pfSense-ში ბევრ დაბლოკილ "TCP:R" პაკეტს ვხედავ VOS სერვერიდან მას შემდეგ, რაც RST-ზე გადავედით. ზარები რამდენიმე წამში წყდება.`),
    fw(`iptables ჩვენს gateway-ზე INVALID პაკეტებს აგდებს (conntrack), ლოგში RST-ებია VOS-იდან. დაიწყო RST რეჟიმის ჩართვისთანავე, ზარები არ გადის.`),
    fw(`MikroTik firewall-ში connection-state=invalid drop წესი RST პაკეტებს იჭერს 5060-დან, RST mode-ის ჩართვის მერე ზარები ეკიდება.`),
    fw(`RST mode-ը միացնելուց հետո FortiGate-ով զանգերը չեն անցնում։ Log-ում՝ "no session matched" TCP փաթեթների համար R flag-ով 5060-ում։`),
    fw(`Erekva popoxutyunic heto (SS_TCP_CLOSE_RESET=On) ASA-n grum a "Deny TCP (no connection) ... flags RST", zangern@ andhatvum en.`),
    fw(`pfSense-ում շատ արգելափակված «TCP:R» փաթեթներ եմ տեսնում VOS-ից այն պահից, երբ անցանք RST-ի։ Զանգերը մի քանի վայրկյանից ընդհատվում են։`),
    fw(`Մեր gateway-ի iptables-ը INVALID փաթեթները drop է անում, log-ում VOS-ից RST-ներ են։ Սկսվեց RST mode-ը միացնելուն պես, զանգերը չեն անցնում։`),
    fw(`RST mode aktiv olandan sonra FortiGate uzerinden zengler getmir. Logda: "no session matched" 5060-da R flag-li TCP paketleri ucun.`),
    fw(`Dunenki deyisiklikden sonra (SS_TCP_CLOSE_RESET=On) ASA yazir: "Deny TCP (no connection) ... flags RST". Zengler kesilir.`),
    fw(`pfSense-de VOS serverinden cox bloklanmis "TCP:R" paketleri gorurem, RST-ye kecenden beri. Zengler bir nece saniyeden sonra kesilir.`),
    fw(`Gateway-imizdeki iptables INVALID paketleri drop edir (conntrack), logda VOS-dan RST-ler var. RST mode yandirilan kimi basladi, zengler kecmir.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning164Set: readonly EvalItem[] = Object.values(tuning164Families).flat();
