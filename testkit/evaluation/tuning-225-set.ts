import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 operators and resellers in DACH, Italy, the Netherlands/Flanders, Poland, Romania, Greece, Czechia and
 * Hungary writing to support on WhatsApp: German (incl. Austrian and Swiss dialect), Italian, Dutch/Flemish, Polish,
 * Romanian, Greek in Greek script and Greeklish, Czech, Hungarian and their English, mixed with English tech words.
 * Terse engineers and chatty resellers; typos, no punctuation, voice-note transcripts, forwards from staff and
 * customers, pasted netstat/ss/tcpdump/firewall/softswitch output; figures like 30.000, 30 000, 30 Tsd., 30 tys., 28k.
 *
 * The two-hundred-and-twenty-fifth tuning split, written as the two-hundred-and-twenty-fifth never-tuned evaluation set
 * because European engineers and resellers write terse German, Italian, Dutch, Polish, Romanian, Greek, Czech and
 * Hungarian beside the English technical words. Five negative families of 27 (one service that cannot bind its own
 * port, registration lost for another reason, small figures and questions, firewall work without dropped RST, playbook
 * words denied or explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST
 * mode, a stateful firewall dropping RST). Written before the seventy-sixth round of rules by someone who had read only
 * the playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured as
 * such before and after the seventy-sixth round, then made tuning material for the seventy-seventh: bench/classify
 * lists its misses.
 *
 * First measured, before any tuning on it: in scope 93.3 %, negatives confident 2.2 %, confident wrong 0 % with the
 * rules of the seventy-fifth round, before the seventy-sixth.
 * After the seventy-sixth round: the same.
 * After the seventy-seventh round, tuned on: in scope 98.9 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning225Families = {
  oneListeningPort: [
    no(`Hallo, nach dem Update startet der Tomcat vom VOS Webportal nicht mehr: java.net.BindException: Address already in use: 8080. Da läuft wohl noch ein alter Java-Prozess. Wie finde ich den?`),
    no(`ciao ragazzi, ho installato nginx sul server del vos per fare reverse proxy e ora apache non parte più, dice (98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80. che faccio? tolgo nginx?`),
    no(`Goedemorgen, mysqld wil niet meer starten op onze VOS bak. In de log: [ERROR] Can't start server: Bind on TCP/IP port: Address already in use / Do you already have another mysqld server running on port: 3306 ? Er draait blijkbaar nog een oude instance.`),
    no(`mam problem, po reboocie mbx3000d nie wstaje, w logu "bind 0.0.0.0:5060 failed, address already in use". netstat pokazuje że 5060 trzyma jakiś asterisk który kolega zainstalował do testów. mogę go po prostu wywalić?`),
    no(`Salut, am pornit a doua instanta de softswitch pe acelasi server pentru teste si nu porneste, zice ca portul 5060 e deja folosit. E normal? Trebuie sa schimb portul in config?`),
    no(`Καλησπέρα, το docker δεν ανεβάζει το container του billing: Error starting userland proxy: listen tcp4 0.0.0.0:3306: bind: address already in use. Έχουμε ήδη mysql στο host. Πώς το λύνω;`),
    no(`re paidia to redis den anevainei, leei "Could not create server TCP listening socket *:6379: bind: Address already in use". mallon trexei allo ena redis apo to palio install. ti na kanw`),
    no(`Dobrý den, po instalaci monitoringu nejde nastartovat webové rozhraní VOS3000, v catalina.out je BindException Address already in use (Bind failed) na portu 8080. Něco ten port drží, ale nevím co.`),
    no(`Sziasztok! Az sshd nem indul újra a port csere után, journalctl: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. Mi foglalhatja a 2222-t?`),
    no(`sshd wont start: Bind to port 22 on 0.0.0.0 failed: Address already in use. vos host, centos 7. lsof shows old sshd pid still hanging around`),
    no(`Servus! Unser Entwickler testet gerade die API fürs Kundenportal auf seinem Laptop und bekommt immer EADDRINUSE :::3000 wenn er npm start macht. Hat das was mit dem VOS zu tun oder ist das sein Rechner? lg aus Linz`),
    no(`Grüezi, mir händ uf em Dev-Server en zweite Tomcat installiert und jetzt chunnt "Port 8005 required by Tomcat v8 Server at localhost is already in use". Isch das es Problem für de VOS oder nur für de Dev?`),
    no(`Dag, bij ons wil de docker compose niet meer opstarten: Bind for 0.0.0.0:5060 failed: port is already allocated. De VOS draait op dezelfde machine. Moet ik het poortnummer van de container aanpassen zeker?`),
    no(`Ti inoltro quello che mi ha scritto il tecnico: "il servizio del portale clienti non parte, java.net.BindException: Indirizzo già in uso (Bind failed) porta 8443, credo sia rimasto appeso il vecchio processo java dopo il deploy". Mi confermi che basta killarlo?`),
    no(`nie startuje nam httpd
[root@vos ~]# netstat -tlnp | grep :80
tcp        0      0 0.0.0.0:80     0.0.0.0:*     LISTEN      2231/nginx
(98)Address already in use: make_sock: could not bind to address [::]:80
kto mi zainstalował nginx??`),
    no(`[mesaj vocal transcris] deci buna ziua am o problema cu serverul de test pe care il folosim pentru dezvoltare cand pornesc aplicatia de rapoarte imi da eroare ca portul 9000 este deja ocupat si nu stiu ce proces il tine am incercat si restart dar tot asa`),
    no(`Μετά το upgrade το mbx3000d δεν ξεκινάει γιατί το 5060 το κρατάει ακόμα το παλιό instance που δεν σκοτώθηκε. Το ps δείχνει δύο διεργασίες. Κάνω kill στην παλιά;`),
    no(`ahoj, máme na stejné mašině VOS a kamailio na zkoušku a kamailio hlásí "bind(): Address already in use" na 5060/udp. jasně, 5060 má VOS. dá se kamailio pustit na 5070 bez problémů?`),
    no(`A tesztgépen a postgres nem indul: could not bind IPv4 address "0.0.0.0": Address already in use, HINT: Is another postmaster already running on port 5432? Szerintem van ott egy régi docker konténer.`),
    no(`Hi team, our web guy moved the billing panel to the same box as the VOS and now apache says port 443 already in use because the VOS web thing sits there. Can we run both? what port does the VOS web use normally? thanks a lot`),
    no(`Moin,
Jun 12 09:14:02 vos1 redis-server[1432]: # Could not create server TCP listening socket 127.0.0.1:6379: bind: Address already in use
redis läuft doppelt, einmal als Service und einmal per Hand gestartet. Kann ich den manuellen einfach beenden ohne dass VOS was merkt?`),
    no(`ik krijg bij het starten van de tweede softswitch op de backup server: "SIP listen on 5060 failed: address in use". de eerste draait nog. is het de bedoeling dat ze allebei tegelijk draaien of moet de backup stil staan?`),
    no(`Dzień dobry, deweloper ma na swoim laptopie z Windowsem "Only one usage of each socket address (protocol/network address/port) is normally permitted" przy starcie mocka SIP na 5060. Pewnie jego softphone trzyma ten port. Dajcie znać czy dobrze myślę.`),
    no(`kalimera, evala to grafana sto idio server me to vos kai den ksekinaei: listen tcp :3000: bind: address already in use. kati allo exei to 3000, pws vlepw poio?`),
    no(`Salutare, dupa ce am mutat portalul web pe alt port, tomcat-ul tot zice "Address already in use: JVM_Bind" pe 8080. Am verificat si e un proces java zombie de ieri. Il omor linistit sau afecteaza apelurile?`),
    no(`docker: Error response from daemon: driver failed programming external connectivity on endpoint sipcapture (a3f9c1...): Bind for 0.0.0.0:9060 failed: port is already allocated.
trying to run homer next to the vos, something already sits on 9060. whats using it?`),
    no(`a mbx3000d log: "Failed to bind local address 10.0.0.5:1720, Address already in use". H323 port. van valami régi gatekeeper szoftver a gépen azt hiszem. kell az még egyáltalán?`),
  ],
  otherRegistrationCause: [
    no(`Hallo, seit heute früh sind alle Telefone in der Filiale Graz unregistriert. Wir haben gestern die SIP-Passwörter geändert wegen eines Betrugsversuchs, im Log sehe ich nur 401 Unauthorized. Müssen wir die Passwörter auf den Yealinks auch neu eintragen?`),
    no(`buongiorno, i telefoni del cliente a Bergamo non si registrano più dopo che abbiamo cambiato l'IP pubblico del server. loro hanno ancora il vecchio IP come proxy. c'è un modo per fare redirect o devo riconfigurarli tutti?`),
    no(`Hoi, sinds de nieuwe Fritzbox erin zit vallen de SIP toestellen steeds van hun registratie af. Alles via UDP. Ik denk dat het SIP ALG is, kan ik dat uitzetten op een Fritzbox?`),
    no(`konto klienta "biuro_kowalski" przestało się rejestrować, dostaje 403 Forbidden. Sprawdziłem w VOS i konto ma expiry date na wczoraj. Jak przedłużyć?`),
    no(`Buna, clientul din Cluj zice ca telefoanele arata "no service" de dimineata. Au avut pana de curent toata noaptea si routerul nu a pornit bine. Acum au internet dar telefoanele tot nu sunt inregistrate, trebuie restartate?`),
    no(`Καλημέρα. Τα τηλέφωνα ενός πελάτη στην Πάτρα είναι unregistered από χθες. Η Cosmote έχει βλάβη στην περιοχή και δεν έχουν καθόλου ίντερνετ. Απλά σας ενημερώνω μήπως ρωτήσουν.`),
    no(`re to softphone tou pwlhth mou sto kinito (zoiper) deixnei unregistered otan kleinei h othoni. einai sto wifi me udp. mallon ftaiei h eksoikonomhsh mpatarias tou xiaomi ;`),
    no(`Dobrý den, změnili jsme DNS záznam sip.nasefirma.cz na nový server a polovina telefonů se nezaregistruje. Asi mají v cache staré IP. Jak dlouho trvá než se to projeví?`),
    no(`Szia! Az egyik ügyfelünk gateway-e nem regisztrál, a logban 401 után 403. Kiderült, hogy a kolléga tévedésből törölte a fiókot a VOS-ban. Vissza lehet állítani vagy újra kell csinálni?`),
    no(`all 14 phones at the dentist office unregistered. they had an electrician in today and someone unplugged the PoE switch. plugged back now, still 3 phones with no service. LAN cable issue?`),
    no(`Grüß Gott, beim Kunden in Innsbruck zeigen die Gigaset Mobilteile "Keine Registrierung". Die Basisstation wurde beim Umräumen umgesteckt und das Netzteil war locker. Muss ich im VOS was zurücksetzen oder registriert die sich von selbst wieder?`),
    no(`[vocale] allora ciao sono Marco della Telefonia Sud, ti spiego, il cliente di Lecce ha cambiato il modem perché Tim gli ha mandato quello nuovo e da quel momento i Grandstream non si registrano più, sono su udp, secondo me c'è l'alg acceso sul modem nuovo, tu che dici`),
    no(`Dag, is de licentie van onze VOS vervallen zeker? Sinds middernacht kan niemand meer registreren en in de web interface staat "license expired". Wie moet ik contacteren voor een verlenging?`),
    no(`Cześć, softphone na iPhonie u handlowców nie odbiera połączeń gdy apka jest w tle, status unregistered. Push nie jest skonfigurowany. Linphone. Co polecacie?`),
    no(`Am schimbat parola la toate conturile SIP dupa un atac de brute force si acum jumatate din clienti sunt neinregistrati, cei care nu au pus inca parola noua. Pot sa le trimit un mesaj automat din VOS?`),
    no(`Καλησπέρα σας. Μετά την αλλαγή IP του server (μετακομίσαμε σε άλλο datacenter) κανένα τηλέφωνο δεν κάνει register. Στα logs δεν φαίνεται καν να έρχονται REGISTER. Πρέπει να αλλάξω τον proxy σε όλα τα Yealink;`),
    no(`ahoj, v pobočce Brno padl internet od O2, všechno unregistered. O2 hlásí poruchu do 16:00. Dá se mezitím přesměrovat čísla na mobily?`),
    no(`Az irodában megadta magát a Wi-Fi router, a Wi-Fi-s SIP telefonok mind unregistered. Vettünk újat, de a régi SSID-t és jelszót nem tudjuk. Kell valamit a VOS oldalon csinálni?`),
    no(`Hello, gateway of customer Rotterdam gives "Registration failed: 401" every minute in your logs. I think they changed the password only on their side. Can you please check which password the account has now?`),
    no(`Sali zäme, bi üs sind sit em Firmware-Update vo de Snom Telefon d'Registrierige weg. Es chunnt "Wrong password" aber mir händ nüt gänderet. S'Update het d'Config zruggsetzt glaub. Gits e Provisioning-URL?`),
    no(`l'account 3900 è bloccato? fa 403 da stamattina, il cliente dice che ha sbagliato la password 10 volte sul telefono. c'è un blocco automatico nel vos?`),
    no(`Przesyłam od klienta: "Dzień dobry, od poniedziałku telefon w recepcji pokazuje Nie zarejestrowano. W piątek była burza i wywaliło prąd w całym budynku." Pewnie zasilacz padł, ale wolę się upewnić że u was wszystko OK.`),
    no(`salut, aveti vreo problema cu DNS-ul? telefoanele care au configurat sip.provider.ro nu se inregistreaza, cele cu IP direct merg. nslookup da NXDOMAIN`),
    no(`kalispera, to gateway tou pelath sth Thessaloniki einai unregistered, alla ekei exei kopei to revma apo to prwi (programmatismenh diakoph DEDDIE). otan erthei to revma tha ksanakanei register monaxo tou?`),
    no(`Kérem nézzék meg, a "kovacs_kft" fiók lejárt? A telefonok 403-at kapnak és a portálon az egyenleg 0. Tegnap feltöltöttük, de lehet hogy még nem könyvelték?`),
    no(`ext 204 unregistered since morning. turns out the desk phone was on a power strip someone switched off. back on now, registered. fyi`),
    no(`Dobrý den, zákazník si koupil nový router TP-Link a od té doby se jim telefony na UDP registrují jen na pár minut a pak jsou pryč. Se starým routerem to šlo. Je tam SIP ALG zapnuté defaultně?`),
  ],
  smallFigures: [
    no(`Kurze Frage: auf unserem Backup-VOS zeigt netstat ca. 350 Verbindungen in TIME_WAIT, kaum Traffic. Ist das normal oder muss ich was tun?`),
    no(`ciao, cos'è esattamente il TIME_WAIT? vedo qualche connessione così nel netstat (una sessantina) e il collega dice che è un problema. lo è?`),
    no(`Vraagje: moeten we net.ipv4.tcp_tw_reuse op 1 zetten op onze VOS3000? Er is geen probleem hoor, gewoon benieuwd wat best practice is.`),
    no(`zrobiłem ss -s na serwerze, wklejam:
Total: 412 (kernel 0)
TCP:   187 (estab 96, closed 62, orphaned 0, synrecv 0, timewait 58/0), ports 0
wszystko git? robię miesięczny przegląd`),
    no(`Buna ziua, ce face de fapt parametrul SS_TCP_CLOSE_RESET din softswitch.conf? L-am vazut in manual dar nu inteleg diferenta intre Off si On. Nu avem nicio problema, doar vreau sa inteleg.`),
    no(`Μια ερώτηση: στον server μας βλέπω γύρω στα 200 TIME_WAIT τις ώρες αιχμής, με περίπου 15 CPS. Είναι φυσιολογικό; Όλα δουλεύουν κανονικά.`),
    no(`ti shmainei to TIME_WAIT sto netstat? ta vlepw se kana 40 connections, ola douleuoun kanonika, aplh periergeia`),
    no(`Ahoj, jaký je rozumný rozsah ip_local_port_range pro VOS3000? Teď máme default 32768 60999 a děláme tak 5 CPS. Stačí to?`),
    no(`Szia, mit jelent pontosan a TIME_WAIT állapot? A szerveren most 120 körül van. Minden jól működik, csak a monitoring sárgával riaszt 100 felett.`),
    no(`is 400 TIME_WAIT normal for a vos with ~20 concurrent calls? no complaints, just doing a health check before our audit`),
    no(`Griaß eich, unser Techniker fragt ob tcp_tw_recycle eine gute Idee ist, hat das in einem alten Forum gelesen. Wir haben keine Probleme, läuft alles stabil bei ca. 30 gleichzeitigen Gesprächen.`),
    no(`Salve, facciamo un check periodico: netstat -ant | grep TIME_WAIT | wc -l restituisce 87. Su 2 mila chiamate al giorno. Va bene così?`),
    no(`Allé, kleine vraag tussendoor: is het verstandig om die RST mode aan te zetten op een kleine switch met 3 CPS? We hebben nergens last van, maar de leverancier noemde het eens.`),
    no(`Hej, ile TIME_WAIT to już za dużo? U nas teraz ok. 700 przy szczycie 40 CPS, wszystko działa. Chcę ustawić alert w Zabbixie z sensownym progiem.`),
    no(`netstat -an | awk '/tcp/ {print $6}' | sort | uniq -c
     41 ESTABLISHED
     12 LISTEN
    163 TIME_WAIT
      2 CLOSE_WAIT
asta e ok pentru un server cu 10 cps? nu avem reclamatii`),
    no(`Γεια σας, για το εκπαιδευτικό υλικό των νέων τεχνικών θέλω να εξηγήσω τη διαφορά FIN και RST στο κλείσιμο μιας TCP σύνδεσης. Έχετε κάποιο απλό παράδειγμα με το VOS;`),
    no(`Dobrý den, v ss -s vidím timewait 73. Je to v pořádku? Server je skoro bez provozu, jen pár testovacích hovorů.`),
    no(`Mennyi legyen a net.ipv4.tcp_fin_timeout egy VOS3000-en? Most 60, kb. 8 CPS-ünk van, semmi gond, csak optimalizálnék.`),
    no(`Hey guys quick one, my client saw "TIME_WAIT 312" on his dashboard and freaked out lol. small call centre, 25 agents. i told him its fine but can you confirm so he calms down?`),
    no(`Grüezi mitenand, was isch de Unterschied zwüsche TIME_WAIT und CLOSE_WAIT? Bi üs gseht mer jewiils es paar Dutzend vo beidne. Funktioniert aber alles tiptop.`),
    no(`Domanda teorica: con SIP su TCP ogni chiamata apre una connessione nuova o riusa quella esistente? Vorrei capire quante porte locali servono per 50 CPS.`),
    no(`Voor ons maandrapport: gemiddeld 240 sockets in TIME_WAIT, piek 510 bij 18 CPS. Zijn dit gezonde waardes voor een VOS3000 2.1.6?`),
    no(`Pytanie z ciekawości: czemu po zakończeniu rozmowy socket TCP wisi w TIME_WAIT 60 sekund? Da się to skrócić? U nas to kilkadziesiąt sztuk, więc nic pilnego.`),
    no(`cat de des ar trebui sa verificam numarul de conexiuni TIME_WAIT? acum avem cam 90. Vreau sa fac un cron care sa ne anunte daca trece de un prag.`),
    no(`kalhmera, ekana ss -tan state time-wait | wc -l kai vgazei 231. einai ok auto h prepei na allaksw kati sto sysctl? o server paei mia xara`),
    no(`ahoj, co přesně dělá tcp_tw_reuse a je bezpečné ho zapnout, když máme klienty za NATem? žádný problém nemáme, jen se ptám dopředu.`),
    no(`ss -s kimenet a havi ellenőrzésből:
TCP:   95 (estab 51, closed 30, orphaned 0, timewait 28/0), ports 0
Transport Total     IP        IPv6
TCP       95        83        12
Ez rendben van, ugye?`),
  ],
  firewallNoRst: [
    no(`Hallo, wir haben einen neuen Carrier (Telekom Wholesale) und brauchen eine Regel in der FortiGate für deren Signalisierungs-IPs auf 5060 TCP/UDP. Welche RTP-Range nutzt der VOS nochmal?`),
    no(`ciao, fail2ban ha bannato l'IP del nostro cliente più grosso perché ha sbagliato la password tante volte. Come lo sblocco? e come metto il suo IP in whitelist?`),
    no(`Kunnen jullie 185.22.x.x whitelisten op de firewall? Dat is ons nieuwe kantoor IP, we kunnen niet meer bij het web portal sinds de verhuizing.`),
    no(`Chcę zablokować ruch SIP ze wszystkich krajów spoza UE, ciągle mamy skanery z Azji. Geo-blocking na pfSense z pfBlockerNG wystarczy? Na co uważać z carrierami?`),
    no(`Salut, cum fac port forwarding pe MikroTik ca sa pot intra pe portalul web al VOS-ului din afara? Serverul e in spatele routerului, IP intern 192.168.10.5.`),
    no(`Θέλω να βάλω rate limit στα INVITE από άγνωστες IP στο iptables, έχουμε πολλά SIP scan το βράδυ. Τι όριο προτείνετε χωρίς να κόψουμε τους carriers;`),
    no(`o pelaths exei SIP ALG anoixto sto router tou kai ta headers vgainoun xalia. pws to kleinw se ZTE router ths Cosmote?`),
    no(`Dobrý den, potřebujeme na firewallu otevřít port 8080 pro webové rozhraní VOS jen pro naši kancelář. Máme iptables na CentOS 6. Můžete poslat správné pravidlo?`),
    no(`Sziasztok, az új carrier (Magyar Telekom) IP tartományát hogyan engedélyezzük a tűzfalon és a VOS-ban? Most az INVITE-jaik el sem jutnak hozzánk.`),
    no(`fail2ban jail for vos? is there a filter that works with the mbx3000 logs or do we write our own regex`),
    no(`Servus, die neue Sophos beim Kunden blockt den RTP Traffic, Gespräche haben nur in eine Richtung Ton. Welche UDP Ports müssen wir aufmachen? 10000-20000?`),
    no(`Hoi, mir möchted de SSH-Zuegriff uf de VOS nur no vo üserem VPN erlaube. Wie mached mir das am beschte mit firewalld uf CentOS 7, ohni dass mir üs usschlüüssed?`),
    no(`Buongiorno, l'operatore nuovo ci chiede di mettere in whitelist i loro 4 IP e di comunicargli il nostro IP pubblico. Dove si configura sull'ASA? non ho mai fatto un object-group`),
    no(`Dag, onze pfSense toont een hoop "blocked" in de logs voor UDP 5060 van IP's uit Rusland. Moet ik daar iets mee of is dat gewoon scan rommel? Alles werkt normaal.`),
    no(`w logach fortigate masa tego:
date=2024-05-14 time=03:12:44 action=deny srcip=45.134.x.x dstport=5060 proto=17 service=SIP policyid=0
to skanery? zablokować całą podsieć?`),
    no(`Vrem sa limitam numarul de apeluri simultane pe IP la nivel de firewall, avem un client care face flood noaptea. Se poate cu iptables hashlimit sau e mai bine din VOS?`),
    no(`Καλησπέρα, ο πάροχος μας έδωσε νέες IP για το trunk. Πρέπει να ανοίξω κάτι στο security group της AWS ή φτάνει να τις βάλω στο VOS; Προς το παρόν οι κλήσεις πάνε από τις παλιές.`),
    no(`Ahoj, fail2ban nám zabanoval vlastní monitorovací server (Nagios posílá SIP OPTIONS). Jak ho dát do ignoreip?`),
    no(`Kérdés: ki kell kapcsolni a SIP ALG-t a Fortigate-en, ha a VOS mögötte van? Jövő héten lesz az új telepítés, előre kérdezem.`),
    no(`Hello, we need open port 5061 TLS on firewall for new customer who want encrypted SIP. Is enough to open only 5061 or also something other?`),
    no(`Hallo ihr Lieben, unser Kunde in München kommt nach dem Wechsel auf die neue Firewall nicht mehr aufs Webportal vom VOS, 80 und 443 sind zu. Welche Ports müssen offen sein? Telefonie läuft ganz normal.`),
    no(`[nota vocale] sì allora volevo chiederti una cosa, il cliente ha un firewall watchguard e vuole fare il port forwarding della 5060 verso il centralino interno, mi dici se è meglio fare forward di tutto il range rtp o solo quello che serve, grazie ciao`),
    no(`Kunnen we geo-blocking aanzetten voor alles buiten de Benelux op de SIP poort? We hebben enkel klanten in NL en BE. Of is dat een risico voor de carriers in Duitsland?`),
    no(`Klient prosi o dodanie IP 89.74.x.x do whitelisty dla swojej centralki. Dodacie po swojej stronie na firewallu? Dzięki`),
    no(`am pus regula noua in iptables pentru carrierul din Bulgaria:
-A INPUT -s 194.12.x.x/28 -p udp --dport 5060 -j ACCEPT
dar tot nu vad INVITE-urile lor. trebuie deschis si pe tcp?`),
    no(`kalhspera, mporeite na mou peite poia ports na anoiksw sto pfsense gia to vos? 5060 udp, 1720 gia h323 kai to rtp range, kati allo?`),
    no(`Az egyik ügyfélnél a Windows tűzfal blokkolja a MicroSIP-et, mit kell engedélyezni? Nem akarjuk kikapcsolni az egészet.`),
  ],
  negationContext: [
    no(`Nur zur Info: wir hatten letzte Woche das Problem mit den NAT-Telefonen nach dem Einschalten von RST. SS_TCP_CLOSE_RESET ist seitdem wieder auf Off und alles registriert. Ticket kann zu.`),
    no(`domanda ipotetica: se accendiamo la modalità RST per ridurre i TIME_WAIT, i telefoni dei clienti dietro NAT rischiano di perdere la registrazione? ora va tutto bene, è solo per pianificare`),
    no(`Onze telefoons staan unregistered maar dat komt door de wachtwoordwijziging van vanochtend, RST staat gewoon uit en daar is niks aan veranderd. Ik moet gewoon de nieuwe wachtwoorden uitrollen.`),
    no(`Mamy tylko UDP, żadnego TCP na SIP. Kolega pyta czy SS_TCP_CLOSE_RESET może mieć wpływ na nasze rejestracje. Chyba nie, prawda?`),
    no(`Alarma de ieri cu "TIME_WAIT > 25000" a fost falsa, scriptul de monitorizare numara si conexiunile de pe alt server prin ssh. In realitate aveam 300. Doar va anunt.`),
    no(`Για εκπαίδευση των νέων τεχνικών: τι συμβαίνει αν ενεργοποιήσουμε το RST και ο πελάτης έχει FortiGate; Δεν έχουμε κανένα πρόβλημα τώρα, θέλω απλώς να το εξηγήσω σωστά στο σεμινάριο.`),
    no(`o synadelfos mou elege oti sthn palia tou douleia eixan 30.000 TIME_WAIT kai ekleinan oi klhseis. emeis den exoume tipota tetoio, aplws rwtaw an mporei na symvei kai se emas me to vos`),
    no(`Dobrý den, v labu jsme si zkusili SS_TCP_CLOSE_RESET=On a testovací softphone za NATem se odregistroval. Na produkci to nemáme a ani mít nechceme, jen jsme zkoušeli. Je to očekávané chování?`),
    no(`Múlt hónapban volt egy BindException gondunk csúcsidőben, akkor beállítottuk a tcp_tw_reuse-t és a port range-et, azóta semmi. Csak a jegyzőkönyv kedvéért írom, nincs teendő.`),
    no(`firewall logs show RST dropped but thats on the old asterisk box, not the vos. vos is fine, RST mode was never enabled there. just so you dont get confused by the forwarded report`),
    no(`Mir händ nüt gänderet, RST isch nie aktiviert gsi, und trotzdem sind hüt am Morge es paar Telefon unregistriert gsi. Es isch aber nur de Stromusfall im Gebäude gsi, jetzt isch alles wieder guet.`),
    no(`Il pfSense mostra qualche pacchetto RST bloccato, ma riguarda il traffico https del portale web, non il SIP. Le chiamate vanno tutte. Ve lo segnalo solo per completezza.`),
    no(`Geen paniek hé, de "address already in use" van gisteren was de tomcat die dubbel gestart was, niet de poorten van de softswitch. Opgelost met een kill. Ter info.`),
    no(`Planujemy za miesiąc przejść z UDP na TCP dla części klientów za NAT. Jeśli wtedy włączymy RST, to będą problemy z rejestracją? Na razie niczego nie zmieniamy.`),
    no(`Nu e urgent: am citit in manual ca RST poate incurca firewall-urile stateful. Noi avem ASA, dar RST e Off si nu vrem sa-l pornim. Trebuie sa facem ceva preventiv in ASA?`),
    no(`Ενημερωτικά: το πρόβλημα με τις κλήσεις που κρέμονταν μέσω του pfSense λύθηκε από την Πέμπτη, γυρίσαμε το RST πάλι σε Off και επιτρέψαμε τα RST στο firewall. Από τότε καμία αναφορά. Μπορείτε να κλείσετε το ticket.`),
    no(`Az egyik kollégám kérdezi: a NAT mögötti telefonoknál mi a gond a TCP RST-vel? Nálunk minden UDP-n megy, szóval minket nem érint, csak tanulni szeretne.`),
    no(`Hi, the client said their phones are "unregistered" but turns out they were looking at the wrong account in the portal, all registered fine. sorry for the noise, no RST or NAT problem here.`),
    no(`Kolegové z jiné firmy mají problém s vyčerpáním portů na svém Asterisku, 28 tisíc TIME_WAIT. My máme VOS a jsme pod 500. Můžu jim poradit stejné sysctl nastavení jako pro VOS?`),
    no(`Frage für unsere Doku: Wenn wir irgendwann RST einschalten und die FortiGate die RST-Pakete verwirft, wie würde sich das äußern? Aktuell ist RST aus und alles stabil.`),
    no(`Inoltro dal collega: "Ieri sera allarme Zabbix EADDRINUSE sul vos2, ma era il test di carico che avevamo lanciato noi con sipp dalla stessa macchina. Spento il test, tutto normale." Quindi nessuna azione da parte vostra.`),
    no(`Even voor de duidelijkheid: onze NAT telefoons hebben geen enkel probleem. Het unregistered toestel is een testtoestel op mijn bureau dat al een week uit het stopcontact ligt.`),
    no(`Na egzaminie certyfikacyjnym było pytanie: "Dlaczego SS_TCP_CLOSE_RESET=On nie ma wpływu na SIP over UDP?" Możecie to wyjaśnić? U nas nic się nie dzieje, tylko się przygotowuję.`),
    no(`Am dezactivat RST acum doua saptamani si de atunci telefoanele din spatele NAT-ului sunt toate inregistrate, iar firewall-ul e curat. Fac raportul final pentru client, va rog confirmati ca setarea ramane Off.`),
    no(`an valoume RST mode On gia na ligosoun ta time_wait, tha exoume thema me to sonicwall tou pelath? akoma den to exoume valei, les na to psaksoume prin kanoume kati`),
    no(`A riasztás hamis volt: a monitor "firewall drops RST" üzenetet küldött, de az a labor Fortigate-en aktív tesztszabály volt, nem az élesen. Éles rendszeren az RST ki van kapcsolva.`),
    no(`fyi: the TIME_WAIT spike at 03:00 was the backup rsync job over ssh, not sip. vos ports fine, calls fine. closing.`),
  ],
  portExhaustion: [
    pe(`Hilfe! Seit 18 Uhr scheitern ausgehende Anrufe zu unserem Carrier, im VOS Log massenhaft "connect failed: Cannot assign requested address". netstat zeigt über 30.000 Verbindungen in TIME_WAIT. Nach einem Neustart ging es eine Stunde, jetzt wieder das gleiche.`),
    pe(`ragazzi abbiamo un problema serio, nelle ore di punta (circa 180 CPS) le chiamate in uscita via TCP verso il carrier falliscono. ss -s dice timewait 29 mila e rotti. di notte va tutto bene. cosa facciamo?`),
    pe(`Elke avond rond 19u hetzelfde verhaal: nieuwe TCP verbindingen naar de carriers lukken niet meer, log vol met "bind: Address already in use". TIME_WAIT rond de 28k. Na middernacht zakt het en werkt alles weer.`),
    pe(`Dzień dobry, pilne, klienci nie mogą dzwonić w szczycie.
Total: 33412 (kernel 0)
TCP:   32877 (estab 1204, closed 31410, orphaned 3, synrecv 0, timewait 31398/0), ports 0
w logu softswitcha "Cannot assign requested address" przy łączeniu do operatora. Co robić?`),
    pe(`Salut, avem iar problema: la orele de varf VOS-ul nu mai poate deschide conexiuni TCP noi spre furnizor, apar erori EADDRINUSE. TIME_WAIT: 30 mii. Dupa restart merge o vreme. A treia zi la rand.`),
    pe(`Επείγον: από τις 20:00 αποτυγχάνουν οι εξερχόμενες κλήσεις προς τον carrier μέσω TCP. Στο log βλέπω "Cannot assign requested address" και το netstat δείχνει 30.000+ TIME_WAIT. Κάθε βράδυ με πολύ traffic τα ίδια.`),
    pe(`re paidia pali ta idia, stis 9 to vrady me 200 cps to vos den anoigei kainouria tcp pros ton carrier, "address already in use" sto log kai to ss leei timewait 27k. to prwi ola kala. ti na ftiaksw?`),
    pe(`Dobrý den, ve špičce nám VOS hlásí "bind failed: Cannot assign requested address (99)" u odchozích spojení na SIP trunk přes TCP. TIME_WAIT kolem 30 tisíc. V noci je klid a funguje to. Můžete se podívat?`),
    pe(`Sziasztok, csúcsidőben (kb. 150 CPS) a VOS nem tud új TCP kapcsolatot nyitni a szolgáltató felé, a logban "Address already in use". netstat szerint 29 ezer TIME_WAIT. Újraindítás után egy darabig megy. Segítsetek pls.`),
    pe(`peak hour again: outbound to carrier over tcp failing, "cannot assign requested address" all over the mbx log, 31k TIME_WAIT. restarted at 19:40, good for 30 min then same. happens every weekday`),
    pe(`Servus Leute, wir haben jetzt seit drei Tagen jeden Abend so ab halb acht Ausfälle, die Kunden beschweren sich, dass sie nicht rauskommen. Mein Techniker sagt im Log steht "Address already in use" bei den Verbindungen zu unserem Großhändler und es hängen über 25 Tsd. Sockets in TIME_WAIT. Am Vormittag ist alles bestens. Was können wir da machen?`),
    pe(`Grüezi, bi üs gönd am Abig d'TCP-Verbindige zum Carrier nüme uf. Im softswitch-Log: EADDRINUSE. ss -s zeigt timewait 30 000. Nach em Neustart isch es für e Wiili guet, denn gaht's wieder los. Chönd ihr helfe?`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c | sort -n
      9 LISTEN
   1387 ESTABLISHED
  29874 TIME_WAIT
e nel log del vos "connect to 81.x.x.x:5060 failed: Cannot assign requested address". siamo a 30 mila TIME_WAIT, le chiamate in uscita cadono tutte. aiuto`),
    pe(`[spraakbericht] ja hallo met Pieter van Telecom Vlaanderen, ik stuur dit omdat we sinds vorige week bij elke piek hetzelfde hebben, de softswitch kan geen nieuwe verbindingen meer opzetten naar onze carrier, er staat iets van address already in use in de logs en mijn collega zegt dat er zo'n dertigduizend sockets in time wait staan, 's nachts is er niks aan de hand, kunnen jullie eens kijken`),
    pe(`Serwer VOS w szczycie (ok. 220 CPS) przestaje zestawiać połączenia TCP do carriera. W logach EADDRINUSE, TIME_WAIT 30 tys. Restart pomaga na godzinę. Jakie ustawienia zmienić?`),
    pe(`Va trimit ce mi-a scris inginerul nostru de noapte: "Intre 18 si 22 apelurile iesite pe trunk-ul TCP esueaza cu Cannot assign requested address, am numarat 28.500 de socket-uri in TIME_WAIT, dupa 23 revine singur." Puteti sa ne ajutati?`),
    pe(`Καλησπέρα, κοιτάξτε αυτό:
[2024-06-03 19:42:11] TCP connect to 62.x.x.x:5060 failed: errno 99 (Cannot assign requested address)
[2024-06-03 19:42:11] TCP connect to 62.x.x.x:5060 failed: errno 99 (Cannot assign requested address)
ss -s: timewait 29712. Γίνεται κάθε βράδυ στην αιχμή.`),
    pe(`ahoj, zase to samé co minulý týden: ve špičce "Address already in use" u odchozích TCP spojení na carriera, přes 30 000 TIME_WAIT, restart pomohl jen na chvíli. V noci OK. Teď to zase začíná.`),
    pe(`Minden este 7 és 10 között a kimenő hívások egy része elhasal, a mbx log tele van "bind: Address already in use" sorokkal, amikor új TCP-t nyitna a carrier felé. 28k TIME_WAIT. Reggelre rendbejön.`),
    pe(`Hello, we have big problem since we got the new wholesale traffic. At peak the server can not make new tcp connection to carrier, error is "cannot assign requested address", and I see more than 30 000 in TIME_WAIT. When traffic go down, all is working. Please help urgent`),
    pe(`TIME_WAIT 32k, ausgehende TCP zum Carrier schlagen fehl (EADDRINUSE), nur zur Peak-Zeit. Restart hilft kurz. Was tun?`),
    pe(`Buonasera, scusate l'orario ma abbiamo un casino. Da quando abbiamo preso il traffico del nuovo call center facciamo picchi di 250 CPS e a quel punto il vos non riesce più ad aprire connessioni verso l'operatore, errore "indirizzo già in uso". Il mio sistemista dice che ci sono 30 mila porte in TIME_WAIT e che abbiamo finito le porte. Dopo il riavvio va, poi ricomincia.`),
    pe(`ss -s output tijdens de piek:
TCP:   35521 (estab 2210, closed 33180, orphaned 0, timewait 33150/0), ports 0
en de carrier ziet geen nieuwe verbindingen meer van ons binnenkomen. Lokale poorten op? Het is nu aan de gang.`),
    pe(`[wiadomość głosowa] no cześć słuchaj mamy znowu ten problem co wczoraj wieczorem, ruch rośnie koło osiemnastej i nagle połączenia wychodzące do operatora nie przechodzą, w logach jest że nie może przypisać adresu, cannot assign requested address, timewaitów jest chyba z trzydzieści tysięcy, jak zrestartujemy to chwilę działa, co mamy zrobić`),
    pe(`Buna seara, din nou: BindException / address already in use la conexiunile catre carrier cand trecem de 150 cps. netstat | grep TIME_WAIT | wc -l = 30122. Ziua merge fara probleme.`),
    pe(`kalhspera, to vos stis wres aixmhs den mporei na kanei nea tcp syndesh pros ton carrier, EADDRINUSE, kai ta time_wait einai 30 xiliades. meta to restart paei kala gia ligo. ti allazoume sto sysctl?`),
    pe(`Přeposílám od kolegy z NOC: "vos-prg2 v 19:00 opět: odchozí TCP spojení na trunk padají s Cannot assign requested address, TIME_WAIT 29 tis., CPS kolem 170. Po půlnoci samo odezní." Prosím o řešení, je to už potřetí.`),
    pe(`Sürgős! peak traffic alatt a VOS nem tud kifelé TCP-t nyitni, "Cannot assign requested address". ss -s: timewait 31 ezer. A local port range még default. Most is tart.`),
    pe(`Hi there, every evening around 8 our VOS stops being able to open new TCP connections towards two of our carriers. Logs say address already in use. Our admin counted ~30k sockets in TIME_WAIT. After a reboot it is fine for a bit. Running out of local ports maybe?`),
    pe(`Guten Abend,
# netstat -ant | grep -c TIME_WAIT
30412
und im Log vom mbx3000: "tcp connect to carrier failed: Cannot assign requested address". Passiert nur zwischen 18 und 21 Uhr bei ca. 200 CPS, heute wieder. Bitte um Rückmeldung.`),
  ],
  natUnregistered: [
    nat(`Hallo, seit wir gestern SS_TCP_CLOSE_RESET auf On gestellt haben, sind die Telefone in unseren Filialen hinter den MikroTiks unregistriert. Die laufen über TCP. Telefone mit öffentlicher IP sind ok. Was ist da los?`),
    nat(`da quando abbiamo attivato la modalità RST sul vos i telefoni dei clienti dietro NAT (quelli su TCP) continuano a perdere la registrazione. quelli con IP pubblico vanno benissimo. che succede?`),
    nat(`Sinds de RST instelling aan staat zijn de toestellen van thuiswerkers (achter hun eigen router, SIP over TCP) om de paar minuten unregistered. Op kantoor met vast IP geen probleem. Hoe lossen we dit op?`),
    nat(`Dzień dobry, od kiedy włączyliśmy SS_TCP_CLOSE_RESET=On, telefony w oddziale za NAT-em (MikroTik, SIP po TCP) co chwilę się odrejestrowują. Telefony z publicznym IP działają normalnie. Proszę o pomoc.`),
    nat(`Salut, dupa ce am pus RST pe On ca sa scapam de TIME_WAIT, telefoanele de la filiala din Iasi (in spatele unui router, pe TCP) apar neinregistrate. Cei cu IP public sunt ok. Ce facem?`),
    nat(`Καλημέρα, από όταν ενεργοποιήσαμε το RST mode στο VOS, τα τηλέφωνα που είναι πίσω από NAT και κάνουν register με TCP χάνουν συνέχεια το registration. Τα τηλέφωνα με δημόσια IP είναι εντάξει.`),
    nat(`re paidia apo tote pou valame to SS_TCP_CLOSE_RESET se On ta thlefwna twn pelatwn pisw apo router (tcp) fainontai unregistered. osa exoun public ip douleuoun. ti ginetai?`),
    nat(`Dobrý den, od zapnutí SS_TCP_CLOSE_RESET padají registrace telefonům na pobočkách za NATem (SIP přes TCP). Telefony s veřejnou IP jsou v pořádku, stejně jako ty na UDP. Co s tím?`),
    nat(`Szia, mióta bekapcsoltuk az RST módot, a NAT mögötti, TCP-n regisztráló telefonok folyamatosan elvesztik a regisztrációt. A nyilvános IP-s telefonok rendben vannak. Mit csináljunk?`),
    nat(`since we turned RST on last night, all the NATed handsets on TCP keep dropping registration. public ip phones and udp ones fine. help`),
    nat(`Grüß euch, also unser Techniker hat am Montag auf eure Empfehlung hin diesen RST-Modus eingeschaltet wegen der vielen TIME_WAIT. Seitdem rufen mich die Kunden mit Homeoffice an, deren Softphones (Zoiper über TCP, hinter der Fritzbox daheim) sind ständig "nicht registriert". Die Firmen mit eigener fixer IP haben kein Problem. Können wir das irgendwie retten?`),
    nat(`Sit mir de SS_TCP_CLOSE_RESET uf On gsetzt händ, verlüüred d'Telefon i de Filiale (hinter NAT, TCP) immer wieder d'Registrierig. Mit öffentlicher IP gaht's. Was müemer mache?`),
    nat(`Dopo aver messo SS_TCP_CLOSE_RESET="On" vedo questo ogni pochi minuti:
10:12:31 REGISTER from 93.x.x.x:51234 (TCP) - expired
10:12:31 account 2001 unregistered
sono tutti telefoni dietro NAT dei clienti, su TCP. Quelli con IP pubblico niente.`),
    nat(`[spraakbericht] ja dag, het is Els van de helpdesk, sinds vrijdag staat die RST mode aan op de switch en sindsdien zien wij dat al de toestellen van de klanten die achter hun eigen modem zitten op TCP op rood staan, unregistered, en die van de grote klanten met vast IP adres die werken wel, kunnen jullie daar iets aan doen`),
    nat(`Przesyłam od klienta: "Od wczoraj wieczorem nasze telefony w biurze na Mokotowie co chwilę pokazują brak rejestracji." Sprawdziłem: wczoraj o 20:00 przestawiliśmy RST na On, biuro jest za NAT-em, telefony po TCP. Klienci z publicznym IP bez problemów.`),
    nat(`Buna ziua, softphone-urile agentilor care lucreaza de acasa (TCP, in spatele routerului de acasa) isi pierd inregistrarea din 5 in 5 minute de cand am activat SS_TCP_CLOSE_RESET. Inainte mergeau perfect.`),
    nat(`Σας προωθώ από τον τεχνικό μας: «Από χθες που γύρισε το RST σε On, τα Yealink στο υποκατάστημα της Λάρισας (πίσω από MikroTik, TCP) βγαίνουν unregistered κάθε λίγο. Τα γραφεία στην Αθήνα με public IP δουλεύουν κανονικά.» Τι προτείνετε;`),
    nat(`ahoj, po tom co jsme dali RST mode On kvůli TIME_WAIT, mají zákazníci za NATem (TCP registrace) neustále "Not registered". Telefony s veřejnou IP jsou ok. Dá se to nějak vrátit?`),
    nat(`RST on óta a NAT mögötti Grandstream-ek (TCP transport) nem registered, kb. 2 percenként leesnek. Public IP-s ügyfelek rendben. Most is így van.`),
    nat(`Hello, after activating SS_TCP_CLOSE_RESET = On yesterday, our branch offices behind NAT routers cannot keep the registration of their phones. They use TCP. Phones with public IP address have no problem. Please advise.`),
    nat(`RST an seit gestern -> NAT-Telefone (TCP) unregistriert, Public-IP ok. Bitte prüfen.`),
    nat(`rst attivo da ieri, telefoni dietro nat su tcp non registrati. ip pubblici ok. urgente`),
    nat(`Sinds dinsdag staat SS_TCP_CLOSE_RESET op On. Nu zie ik in de registratielijst dat bijna alle accounts van klanten achter NAT (TCP) verdwijnen en weer opduiken. Klanten met publiek IP blijven gewoon staan. Wat nu?`),
    nat(`po włączeniu RST telefony za NAT (tcp) odrejestrowane, publiczne IP ok. co robić`),
    nat(`Buna, scuze ca deranjez duminica. Colegul a activat RST mode vineri, la sugestia voastra, ca sa scada TIME_WAIT. Acum clientii mici, care au toti routere Digi cu NAT si telefoane pe TCP, ma suna ca nu au ton, telefoanele zic neinregistrat. Clientii cu IP fix sunt ok.`),
    nat(`kalhmera, meta to RST On ta softphone twn pwlhtwn (apo to spiti tous, pisw apo NAT, me TCP) xanoun to registration kathe ligo. autoi sto grafeio me public ip einai ok. ti na kanoume?`),
    nat(`Dobrý den, od včerejška (RST=On) tohle pořád dokola:
2024-06-10 09:01:12 TCP connection from 46.x.x.x:40123 closed, account 5102 unregistered
2024-06-10 09:03:44 REGISTER 5102 from 46.x.x.x:40977 TCP
2024-06-10 09:04:12 account 5102 unregistered
Všechno jsou to telefony za NATem na TCP, veřejné IP fungují.`),
    nat(`Jó napot! Mióta az SS_TCP_CLOSE_RESET On-ra van állítva, a fiókirodák telefonjai (MikroTik NAT mögött, SIP TCP-n) "unregistered" állapotban vannak. A központban, ahol nyilvános IP van, minden működik.`),
    nat(`hey, so after your guy flipped the RST thing on to fix the time_wait issue, my home-user customers (all behind their ISP routers, TCP because UDP was getting mangled) keep showing unregistered every few minutes. business customers with static public IPs are fine. can we sort this without breaking the time_wait fix?`),
    nat(`Guten Tag, die Softphones unserer Aussendienstler (TCP, hinter Hotel-WLANs und Handy-Hotspots) verlieren seit der Aktivierung von SS_TCP_CLOSE_RESET laufend die Registrierung. Bürotelefone mit öffentlicher IP sind unauffällig.`),
  ],
  firewallRst: [
    fw(`Hallo, seit RST eingeschaltet ist, bleiben Gespräche über die FortiGate hängen oder kommen gar nicht zustande. Im FortiGate-Log sehe ich verworfene RST-Pakete ("no session matched"). Auf der Gegenseite bleiben die Verbindungen ESTABLISHED.`),
    fw(`da quando abbiamo messo SS_TCP_CLOSE_RESET a On le chiamate che passano dal pfSense falliscono o restano appese. nei log del pfSense vedo pacchetti TCP RST bloccati. il carrier dice che lato loro le connessioni restano aperte.`),
    fw(`Sinds RST mode aan staat mislukken de gesprekken via onze ASA. De ASA logt "Deny TCP (no connection) ... flags RST". Aan de kant van de carrier blijven de connecties half open hangen.`),
    fw(`Od włączenia RST połączenia przez firewall (iptables z conntrack) wiszą albo się nie zestawiają. W logach kernela INVALID dla pakietów z flagą RST. Druga strona trzyma sesje w ESTABLISHED.`),
    fw(`Salut, de cand am activat SS_TCP_CLOSE_RESET, apelurile care trec prin FortiGate-ul clientului esueaza sau raman agatate. In log-ul FortiGate apar pachete RST aruncate. Partea cealalta tine conexiunile deschise.`),
    fw(`Καλησπέρα, από όταν ενεργοποιήσαμε το RST, οι κλήσεις που περνάνε από το SonicWall αποτυγχάνουν ή κρεμάνε. Στα logs του firewall βλέπω RST packets dropped. Η άλλη πλευρά κρατάει τις συνδέσεις ESTABLISHED.`),
    fw(`meta to RST On oi klhseis mesa apo to pfsense kremane h apotygxanoun. sta logs tou pfsense vlepw blocked TCP:R paketa. o carrier leei oti tou menoun anoixtes syndeseis.`),
    fw(`Dobrý den, od zapnutí SS_TCP_CLOSE_RESET hovory přes Cisco ASA padají nebo visí. ASA loguje odmítnuté RST pakety (Deny TCP (no connection) ... flags RST). Protistrana má spojení pořád ESTABLISHED.`),
    fw(`Mióta bekapcsoltuk az RST módot, a Fortigate-en átmenő hívások elakadnak vagy létre sem jönnek. A Fortigate logban eldobott RST csomagok. A másik oldalon félig nyitott kapcsolatok maradnak.`),
    fw(`since RST mode went on, calls through the customers fortigate hang. forti log full of dropped RST, far end still shows ESTABLISHED. udp customers unaffected`),
    fw(`Hallo zusammen, kleine Katastrophe bei uns. Seit wir den RST-Modus am VOS aktiviert haben (wegen der TIME_WAIT-Geschichte), klappen die Anrufe zu unserem Partner, der hinter einer pfSense sitzt, nur noch sporadisch. Deren Admin schickt mir Logs, da werden die RST-Pakete als "invalid state" verworfen und bei ihm bleiben die TCP-Sessions ewig offen. Was können wir tun?`),
    fw(`Sit mir RST igschaltet händ, hanged d'Gspräch über d'FortiGate oder chömed gar nöd zstand. Im Log gsehn ich verworfeni RST-Päckli. Uf de andere Siite blibed d'Verbindige offe.`),
    fw(`dopo RST on vedo nel dmesg del firewall:
[INVALID] IN=eth0 OUT=eth1 SRC=10.1.1.5 DST=81.x.x.x PROTO=TCP SPT=5060 DPT=41022 RST URGP=0
e le chiamate verso quel carrier restano appese. lato loro le connessioni TCP sono ancora ESTABLISHED`),
    fw(`Dag, sinds RST aan staat lukken de gesprekken via de cloud (AWS, security group plus Network Firewall) niet meer goed, ze hangen of vallen weg. In de firewall logs zien we gedropte RST packets. De overkant houdt de sessies open.`),
    fw(`Przesyłam od admina klienta: "Od środy nasz FortiGate odrzuca pakiety RST od waszego VOS-a, w logu action=deny, tcp flags RST, no session matched. Połączenia SIP po naszej stronie wiszą w ESTABLISHED." U nas RST jest On od wtorku. Połączenia do nich się sypią.`),
    fw(`[mesaj vocal] salut, deci de cand am pus RST-ul ala pe On apelurile prin firewall-ul de la clientul mare, ala cu SonicWall, nu mai merg ca lumea, unele se agata, altele pica din prima, si adminul lor zice ca firewall-ul arunca pachetele RST si ca la ei raman conexiuni deschise, ce facem`),
    fw(`Δείτε το log από το ASA:
%ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 185.x.x.x/52211 flags RST on interface inside
Από χθες που βάλαμε RST On, οι κλήσεις προς αυτόν τον carrier κρεμάνε.`),
    fw(`ahoj, od RST=On nám přes pfSense nefungují pořádně hovory, pfSense blokuje pakety s flagem R (TCP:R), protistrana drží half-open spojení. UDP trunky jsou ok.`),
    fw(`RST mode on óta a hívások a pfSense mögötti ügyfél felé lógnak. A pfSense logban "TCP:R" blocked. A túloldalon ESTABLISHED marad minden.`),
    fw(`Hello, after we enabled SS_TCP_CLOSE_RESET the calls which go through our iptables firewall are failing. conntrack mark the RST packets as INVALID and drop them, and on the carrier side the TCP connections stay open. Before it was working good.`),
    fw(`RST=On seit heute, Calls über ASA hängen, ASA verwirft RST (no connection). Gegenseite ESTABLISHED. Hilfe.`),
    fw(`Ciao, scusa il disturbo, ti scrivo perché da quando il vostro tecnico ha attivato la modalità RST sul nostro vos le chiamate del cliente di Verona, quello col Fortinet, vanno a singhiozzo: alcune non partono, altre restano appese senza chiudersi. Il sistemista del cliente dice che il firewall butta via i pacchetti RST e le sessioni restano aperte. Come la risolviamo?`),
    fw(`Security group in Azure + NVA firewall. Sinds SS_TCP_CLOSE_RESET=On vallen gesprekken weg en blijven sessies hangen. Firewall logt de RST als invalid en dropt ze. Nu aan de hand.`),
    fw(`RST On od wczoraj. Połączenia przez SonicWall wiszą, SonicWall loguje "TCP packet received on non-existent/closed connection; TCP packet dropped" dla RST. Po drugiej stronie ESTABLISHED.`),
    fw(`rst on -> apeluri prin pfsense agatate, pfsense blocheaza RST, conexiuni half-open la carrier. urgent`),
    fw(`kalhspera, apo thn wra pou kaname SS_TCP_CLOSE_RESET On oi klhseis pros ton pelath me fortigate apotygxanoun. to fortigate kanei drop ta RST kai oi syndeseis menoun established apo thn allh meria. ti kanoume?`),
    fw(`Přeposílám od zákazníka: "Od včerejška nám FortiGate zahazuje RST pakety z vaší ústředny a spojení u nás zůstávají ESTABLISHED, hovory pak nejdou." U nás jsme včera zapnuli RST mód. Co s tím?`),
    fw(`Jó napot, az RST bekapcsolása óta a Cisco ASA mögötti carrier felé menő hívások sikertelenek vagy beragadnak. Az ASA logban "Deny TCP (no connection) flags RST". Náluk nyitva maradnak a kapcsolatok.`),
    fw(`tcpdump on the vos side shows we send the RST fine:
19:02:11.231 IP 10.0.0.5.5060 > 81.x.x.x.40112: Flags [R], seq 1, win 0, length 0
but on the carrier side behind their stateful iptables nothing arrives, they still have it ESTABLISHED and the next INVITE on that conn goes nowhere. only since RST on. calls failing right now`),
    fw(`Grüß Gott, seit der Umstellung auf den RST-Modus am Freitag haben wir mit einem Kunden, der eine Sophos XG mit Stateful Inspection hat, ständig hängende Gespräche. Die Sophos droppt die RST-Pakete als ungültig, bei ihm bleiben die Verbindungen halb offen.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning225Set: readonly EvalItem[] = Object.values(tuning225Families).flat();
