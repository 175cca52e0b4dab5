import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 operators, resellers and their NOC staff across Europe (DACH incl. Swiss German, Italy, Catalonia, Benelux,
 * Poland, Czechia/Slovakia, Hungary, Romania, Bulgaria, Serbia/Croatia in Latin and Cyrillic, Greece in Greek script
 * and Greeklish, the Nordics) writing on WhatsApp in their own language mixed with English tech words; figures as
 * 30.000, 30 000, 30 Tsd., 30 tys., 28k or 30 mila; terse or rambling, polite or rude, typos and missing accents,
 * voice-note transcripts, forwards from their own customers, and pasted netstat, ss, tcpdump and firewall logs.
 *
 * The two-hundred-and-forty-first tuning split, written as the two-hundred-and-forty-first never-tuned evaluation set
 * because European engineers and resellers from the Nordics to Greece write tersely in their own languages beside the
 * English technical words. Five negative families of 27 (one service that cannot bind its own port, registration lost
 * for another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful
 * firewall dropping RST). Written before the eightieth round of rules by someone who had read only the playbooks'
 * symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured as such before and
 * after the eightieth round, then made tuning material for the eighty-first: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 92.2 %, negatives confident 1.5 %, confident wrong 0 % with the
 * rules of the seventy-ninth round, before the eightieth.
 * After the eightieth round: the same.
 * After the eighty-first round, tuned on: in scope 93.3 %, negatives confident 0.7 %, confident wrong 0 %; still short of the bar.
 * After the eighty-second round: in scope 97.8 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning241Families = {
  oneListeningPort: [
    no(`Hallo, nach dem Update startet der Tomcat vom VOS Webportal nicht mehr. catalina.out:
java.net.BindException: Address already in use (Bind failed) :8080
Da läuft wohl noch ein alter java Prozess vom letzten Deployment. Welchen soll ich killen?`),
    no(`ciao, mbx3000d non parte piu, nel log dice bind 5060 failed address already in use. ho guardato con netstat -tulpn e c'è asterisk in ascolto sulla 5060, l'ha installato il tecnico ieri per una prova. lo tolgo?`),
    no(`Bon dia, he intentat aixecar una segona instància del softswitch al mateix servidor per fer proves i em diu que el port 5060 ja està en ús. Es pot canviar el port de la segona instància o cal una altra IP?`),
    no(`docker compose up geeft bij mij:
Error starting userland proxy: listen tcp4 0.0.0.0:3306: bind: address already in use
de mysql van vos draait natuurlijk al op de host. welke poort kan ik het best voor de container nemen?`),
    no(`Dzień dobry, po restarcie serwera mysqld nie wstaje, w logu: Can't start server: Bind on TCP/IP port: Address already in use, port 3306. Czy VOS ma jakiegoś drugiego mysql który startuje wcześniej?`),
    no(`Ahoj, nginx na VOS serveru hlásí nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). Na osmdesátce už sedí httpd z webového rozhraní. Můžu nginx prostě dát na 8081 nebo to něco rozbije?`),
    no(`Dobrý deň, kolega si na dev serveri spustil python -m http.server 8080 a odvtedy nejde web manager VOS, tomcat hlási že port je obsadený. Stačí ten python zabiť alebo treba aj reštart?`),
    no(`Sziasztok, a redis nem indul el:
# Could not create server TCP listening socket *:6379: bind: Address already in use
Van egy régi redis-server process ami nem állt le rendesen. kill -9 mehet rá nyugodtan a VOS gépen?`),
    no(`Salut, am pus sshd si pe portul 2222 dar nu porneste: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. Pe 2222 e deja un tunel vechi de la fostul admin. cum aflu ce proces e?`),
    no(`Здравейте, след рестарт mbx3000d не тръгва, в лога пише bind 0.0.0.0:5060 error Address already in use. Оказа се, че старият процес е останал да виси. Как да го спра правилно без да reboot-вам целия сървър?`),
    no(`Pozdrav, instalirali smo FreeSWITCH na istu mašinu zbog IVR-a i sad VOS softswitch neće da se digne na 5060, kaže adresa je zauzeta. Kako da prebacim freeswitch na neki drugi port?`),
    no(`Bok, na laptopu mi ne radi lokalni test, node baca Error: listen EADDRINUSE: address already in use :::3000. Treba mi to za skriptu koja vuče CDR-ove iz VOS-a. Znate možda što drži 3000 na Windowsu?`),
    no(`Καλημέρα, ο tomcat του VOS δεν ξεκινάει, λέει Address already in use στην 8080. Έτρεξα netstat και βλέπω ένα java από το παλιό deployment που δεν έκλεισε. Το σκοτώνω ή θα χαλάσει κάτι;`),
    no(`geia sas, evala to jenkins ston idio server me to vos kai twra to web tou vos den anoigei, leei port 8080 already in use. pws allazw to port sto jenkins? sorry den eimai linuxas`),
    no(`Hej, när vi startar om VOS-webben får vi BindException, port 80 upptagen. Visar sig att vår konsult installerade en apache för statistiksidan på samma maskin. Kan ni hjälpa oss flytta den till en annan port?`),
    no(`hei, har kjørt opp en ekstra instans av mbx3000d for testing på samme boks og den klager over at 5060 allerede er i bruk. går det i det hele tatt an å kjøre to på samme IP?`),
    no(`Hej, docker siger "Bind for 0.0.0.0:5060 failed: port is already allocated" når jeg starter kamailio containeren. Softswitchen lytter jo selv på 5060. Skal jeg bare mappe containeren til 5070?`),
    no(`Moi, postgres ei käynnisty: could not bind IPv4 address "0.0.0.0": Address already in use, portti 5432. Siellä pyörii vielä vanha instanssi. Miten tämän saa korjattua niin ettei VOS kaadu?`),
    no(`hi team, after the os upgrade the vos3000 web portal wont come up, catalina log:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
only this one port, calls are going through fine. what else could sit on 8080?`),
    no(`Grüezi, bi üs lauft de mbx3000d nüm, s log seit bind failed 5060 address already in use. Mir händ geschter e zweiti Softswitch Version zum teste installiert und die lauft glaub no. Was mached mir do am beschte?`),
    no(`Servus, unser Entwickler hat am Testserver an Spring Boot Dienst laufen, der unbedingt auf 8080 will, aber da hängt schon der VOS Tomcat drauf: "Web server failed to start. Port 8080 was already in use." Wie stell ma des am gscheitesten um?`),
    no(`buongiorno, vi incollo:
# ss -ltnp | grep 443
LISTEN 0 128 *:443 *:* users:(("httpd",pid=1876,fd=4))
il portale https di VOS non parte perché la 443 ce l'ha httpd che avevamo messo per il sito vecchio. posso disabilitare httpd senza problemi?`),
    no(`mam problem z vos web, nie wstaje https, w logu ze 443 zajety. okazalo sie ze certbot w trybie standalone wisi od nocy. moge go ubic?`),
    no(`Goeiemiddag, onze SNMP agent start ni meer op de VOS machine: bind udp 161 address already in use, er draait blijkbaar nen tweeden snmpd. Is het veilig om die te killen of hangt VOS daarvan af?`),
    no(`Helló, yum update után bejött egy mariadb csomag és most az eredeti mysql nem tud elindulni, mert a 3306-os portot már a mariadb foglalja. A VOS web nem megy emiatt. Melyiket töröljem?`),
    no(`Buna ziua, un client de-al nostru are pe acelasi laptop Asterisk de test si softphone, iar softphone-ul zice ca nu poate face bind pe 5060 pentru ca il tine asterisk. Nu tine de VOS, stiu, dar ce port sa pun in Zoiper?`),
    no(`docker: Error response from daemon: driver failed programming external connectivity on endpoint grafana: Bind for 0.0.0.0:3000 failed: port is already allocated.
grafana je pro monitoring VOS. Jak zjistím, co tam už sedí?`),
  ],
  otherRegistrationCause: [
    no(`Seit heute Morgen sind bei unserem Kunden alle Yealink Telefone unregistered. Wir haben gestern Abend die SIP Passwörter aller Konten geändert und vermutlich vergessen, die Telefone neu zu provisionieren. Im Log nur 401 Unauthorized, immer wieder.`),
    no(`tutti i telefoni dell'ufficio di Bari non registrati, ma li c'è stato un blackout stanotte e il router è ancora spento. appena torna la corrente vi faccio sapere`),
    no(`Hola, els softphones dels comercials surten com a no registrats des que vam canviar el domini de sip.empresa.cat a sip.empresa.com. Pot ser que el DNS encara no s'hagi propagat?`),
    no(`Alle toestellen op vestiging Utrecht offline. Ziggo heeft een storing in de regio volgens hun site. Niks aan te doen denk ik, even ter info`),
    no(`Konta klienta Telnet-X przestały się rejestrować, 403 Forbidden. Sprawdziłem, konto wygasło wczoraj bo faktura nieopłacona. Możecie przedłużyć o tydzień?`),
    no(`Po výměně routeru za nový od O2 přestaly telefony registrovat. Všechno jede přes UDP 5060, TCP nepoužíváme. Tipuju SIP ALG v tom routeru, nevíte jak se vypíná na jejich modelu?`),
    no(`telefóny neregistrované, lebo sme včera zmenili verejnú IP servera a na gatewayoch je ešte stará IP. musíme prejsť všetky ručne alebo sa to dá nejak hromadne?`),
    no(`A Grandstream gateway nem regisztrál, a logban 401. A kolléga átírta a jelszót a VOS-ban, de a gatewayen nem. Megcsinálom, csak jelzem hogy ne keressétek.`),
    no(`Buna, aplicatia Zoiper pe telefoanele Xiaomi ale agentilor apare neinregistrata dupa cateva minute cu ecranul stins. Pe laptop merge perfect. E de la economizorul de baterie?`),
    no(`Здравейте, телефоните в склада са unregistered от вчера, оказа се че някой е изключил PoE суича. Пуснахме го, но два апарата още не се регистрират и пише 403.`),
    no(`Поздрав, прошле недеље смо грешком обрисали 20 налога и сад корисници кажу да се телефони не региструју. Може ли се то вратити из бекапа?`),
    no(`Bok, wifi u uredu pada cijeli dan pa se softphoneovi odjavljuju i opet registriraju. Telekom kaže da šalje tehničara sutra. Možemo li nešto napraviti dok se to ne riješi?`),
    no(`Καλησπέρα, τα τηλέφωνα του πελάτη μας στην Πάτρα δεν κάνουν register. Στο web του VOS βλέπω μήνυμα license expired. Λήξη άδειας είναι; Τι κάνουμε;`),
    no(`ta phones sto grafeio einai unregistered apo to prwi, o texnikos tis cosmote allakse to router kai exei sip alg on. ola pane me udp. pws to kleinw auto?`),
    no(`Hej! Kunden i Göteborg har bytt internetleverantör och fått ny publik IP. Vi kör IP-autentisering för deras gateway i VOS, så nu registrerar den inte. Kan ni lägga in den nya IP:n 81.x.x.x åt oss?`),
    no(`Alle telefonene på kontoret i Bergen er uregistrert. Vi har flyttet og kablene er ikke koblet til riktig switch ennå. bare så dere vet, ingen grunn til panikk`),
    no(`Hej, en af vores forhandlere siger at hans Cisco SPA står som unregistered. Han har nulstillet den til fabriksindstillinger ved en fejl, så al konfiguration er væk. Har I en provisioneringsfil liggende?`),
    no(`Moi, softphone ei rekisteröidy, tulee 401. Asiakas vaihtoi salasanan portaalissa ja kirjoitti sen luultavasti väärin softphoneen. Voitteko resetoida salasanan?`),
    no(`voice note from our field tech, transcribed: "yeah so I'm at the client now, the gateway shows unregistered because the power supply basically died, lights just blinking, I'm swapping it, should be back in ten minutes"`),
    no(`Weitergeleitet vom Kunden: "Guten Tag, unsere Telefone gehen seit dem Stromausfall heute Nacht nicht mehr. Der Router blinkt rot."
Ich tippe auf die Leitung vom Provider, oder seht ihr bei euch was?`),
    no(`dopo la migrazione del server VOS nel nuovo datacenter con IP nuovo i gateway GoIP non si registrano piu, hanno ancora il vecchio IP scritto a mano. c'è un modo per fare un redirect dal vecchio IP?`),
    no(`no więc tak, telefony w biurze w Krakowie nie są zarejestrowane, ale to dlatego że Orange ma awarię światłowodu na całej ulicy, więc tylko informuję, że nie musicie nic robić`),
    no(`DNS record sip.onzeklant.nl is weg omdat de domeinnaam niet verlengd is, daarom vallen alle toestellen eruit. In het log van de telefoon staat "no such host". Kunnen jullie tijdelijk op IP registreren toestaan?`),
    no(`Máme tu Fanvil telefony, po upgradu firmwaru se jim ztratila konfigurace SIP účtu a ukazují neregistrováno. Obnovili jsme z XML, ale dva pořád hlásí 403, asi tam je špatné heslo.`),
    no(`A VOS-ban lejárt az ügyfél account validity date-je és azóta minden készüléke unregistered. Meghosszabbítottam, de még mindig nem regisztrálnak. Kell valamit újraindítani?`),
    no(`Salut, la clientul din Cluj un singur telefon era neinregistrat, restul mergeau. Am schimbat cablul de retea si acum e ok. Scuze de deranj.`),
    no(`quick one: MicroSIP on our receptionist PC says "Registration failed 408 Request Timeout" since Monday. Their IT put the PC behind a new VPN client that morning and it probably blocks UDP 5060. anything you can see on your side?`),
  ],
  smallFigures: [
    no(`Kurze Frage: ss -s zeigt bei uns
TCP:   412 (estab 96, closed 301, orphaned 0, synrecv 0, timewait 298/0), ports 0
Ist das normal für einen Server mit ca. 30 gleichzeitigen Gesprächen? Läuft alles.`),
    no(`ciao, cos'è esattamente TIME_WAIT? vedo un centinaio di connessioni cosi con netstat e il collega dice che è un problema. però funziona tutto`),
    no(`Una pregunta teòrica: què fa exactament SS_TCP_CLOSE_RESET? Ho he vist al manual però no ho acabo d'entendre. No tenim cap problema, és només curiositat.`),
    no(`Moeten we tcp_tw_reuse aanzetten? Staat nu op 0 en we hebben zo'n 60 timewait sockets, weinig verkeer. Lees overal op fora dat je dat moet doen.`),
    no(`Czy 400 TIME_WAIT to dużo? Serwer ma ok. 15 CPS w szczycie, nic się nie sypie, pytam z ciekawości bo nowy monitoring w Zabbixie to pokazuje na czerwono`),
    no(`Dobrý den, měsíční health check:
netstat -ant | grep TIME_WAIT | wc -l
187
established 54, load 0.3. Je potřeba něco ladit, nebo to necháme být?`),
    no(`Ahojte, aký je rozdiel medzi FIN a RST pri ukončení TCP spojenia pre SIP? Pripravujem krátke školenie pre nových kolegov v supporte.`),
    no(`Sziasztok, mit jelent pontosan az ip_local_port_range? Nálunk 32768 60999, kell ezt módosítani egy kb. 20 párhuzamos hívást kezelő szerveren?`),
    no(`Buna, pe graficul din Grafana vad TIME_WAIT intre 50 si 120 in timpul zilei. E ok sau ar trebui sa ne ingrijoram?`),
    no(`Въпрос: колко TIME_WAIT е нормално? При нас са около 250 през деня и 30 през нощта. Няма оплаквания от клиенти.`),
    no(`Pozdrav, koliko dugo socket stoji u TIME_WAIT na Linuxu, 60 sekundi? Vidim par stotina takvih na VOS-u, sve radi normalno.`),
    no(`Šef me pita zašto imamo "toliko" TIME_WAIT, a ima ih 340. Meni to izgleda skroz normalno. Možete li potvrditi da je to OK za cca 25 poziva istovremeno?`),
    no(`Καλημέρα, είναι φυσιολογικά 300 sockets σε TIME_WAIT; Ο server έχει γύρω στις 40 ταυτόχρονες κλήσεις και όλα δουλεύουν κανονικά.`),
    no(`kalispera, ti kanei akrivws to tcp_tw_reuse? na to valw 1 i oxi? den exoume kanena provlima, apla diavasa ena blog kai anarwtithika`),
    no(`Hej, vår ss -s: TCP: 233 (estab 71, closed 140, orphaned 0, timewait 139). Bara en rutinkontroll innan semestern, ser det okej ut?`),
    no(`Hva er forskjellen på TIME_WAIT og CLOSE_WAIT? Ser 12 CLOSE_WAIT og rundt 90 TIME_WAIT nå. Ingen feil, bare nysgjerrig`),
    no(`Vi har 80 TIME_WAIT og ca. 5 CPS. En konsulent siger vi "bør" sætte SS_TCP_CLOSE_RESET til On. Giver det overhovedet mening ved så lidt trafik?`),
    no(`Moi, onko 150 TIME_WAIT-yhteyttä paljon? Palvelimella on noin 10 puhelua kerrallaan eikä mitään ongelmia.`),
    no(`quick sanity check pls, netstat shows like two dozen TIME_WAIT on our backup vos which is basically idle. anything to worry about?`),
    no(`Servus, Kontrolle nach dem Serverumzug:
    412 ESTABLISHED
    356 TIME_WAIT
     12 LISTEN
Passt das so? Keine Fehler, keine Beschwerden, nur zur Sicherheit.`),
    no(`per curiosità, chiudere le connessioni TCP con RST invece che con FIN cosa comporta in generale? non abbiamo attivato niente, voglio solo capire prima di leggere il manuale`),
    no(`Jaki jest domyślny zakres portów efemerycznych w CentOS 7? Mamy 32768-60999 i ok. 90 TIME_WAIT przy 8 CPS, chcę tylko policzyć ile mamy zapasu.`),
    no(`Hoeveel TIME_WAIT kan een VOS3000 server hebben voordat het een probleem wordt? Wij zitten op 1.200 bij 35 CPS en het loopt prima.`),
    no(`Co přesně znamená v ss -s položka "closed" a "timewait"? Máme closed 410, timewait 380. Systém běží bez problémů, jen se učím.`),
    no(`Mi az a tcp_fin_timeout és van-e köze a TIME_WAIT-hez? Kb. 200 TIME_WAIT van most, csak kíváncsiságból kérdezem.`),
    no(`Ce inseamna SS_TCP_CLOSE_RESET="Off" in softswitch.conf? L-am vazut cand am facut backup la config. Nu am nicio problema, doar vreau sa stiu.`),
    no(`Hej, 3 st TIME_WAIT på labbservern haha. Men frågan: ska man använda tcp_tw_recycle alls? Läste att det är borttaget i nyare kärnor.`),
  ],
  firewallNoRst: [
    no(`Bitte Port 5061 TCP für TLS auf eurer Firewall freischalten, wir stellen den Trunk nächste Woche auf TLS um. Unsere IP: 185.12.x.x`),
    no(`buongiorno, potete mettere in whitelist il nuovo IP del carrier 91.220.x.x? le chiamate vengono rifiutate perché il firewall davanti a VOS le blocca`),
    no(`Fail2ban ha bloquejat la IP de la nostra oficina de Girona després de cinc intents de login fallits al portal. Ens la podeu desbloquejar, si us plau?`),
    no(`We willen geo-blocking op de firewall: alleen EU IP's mogen op 5060. Hoe doen we dat het handigst met iptables en ipset op CentOS 7?`),
    no(`Dzień dobry, nowy przewoźnik z Niemiec, trzeba otworzyć na FortiGate ruch SIP TCP z ich zakresu 80.x.x.x/27. Jaką politykę polecacie, żeby nie otwierać za dużo?`),
    no(`Na pfSense potřebujeme port forward 8080 na VOS web portál, aby se reselleři mohli přihlásit zvenku. Jak to udělat co nejbezpečněji?`),
    no(`Ahoj, chcem vypnúť SIP ALG na MikroTiku, lebo prepisuje SDP a nejde audio. Je to /ip firewall service-port disable sip alebo ešte niečo?`),
    no(`Szia, SIP scannerek bombázzák a szervert (User-Agent: friendly-scanner), kb. 200 INVITE/s ázsiai IP-kről. iptables-szel hogyan állítsak be rate limitet az 5060-ra?`),
    no(`Buna, fail2ban a banat IP-ul carrierului nostru principal pentru ca au trimis multe 401 la un moment dat. Toate apelurile au picat 20 de minute. Cum il pun in ignoreip ca sa nu se mai repete?`),
    no(`Трябва ли да отворим и RTP портовете 10000-20000 UDP на защитната стена или само 5060? Слагаме нов ASA пред сървъра.`),
    no(`Pozdrav, napravili smo novi security group u AWS-u za VOS, otvorili 5060 TCP/UDP, ali zaboravili RTP. Koji je tačan opseg portova za media proxy?`),
    no(`Molim vas whitelist za našu novu IP 31.45.x.x na vašem SBC-u, promijenili smo providera. Staru možete maknuti.`),
    no(`Καλησπέρα, θέλουμε να επιτρέπεται το SSH μόνο από το γραφείο. Ποιον κανόνα iptables προτείνετε χωρίς να κόψουμε την κίνηση του VOS;`),
    no(`to fortigate mas exei sip helper energo kai peirazei ta headers. pws to apenergopoiw? me config system session-helper kai delete?`),
    no(`Hej, kan ni lägga till vår nya kontors-IP i allowlistan för webbportalen? Den gamla 213.x.x.x kan tas bort.`),
    no(`Vi får masse registreringsforsøk fra ukjente IP-er i natt. Kan dere sette opp fail2ban på VOS-serveren vår, eller må vi gjøre det selv?`),
    no(`Ny regel i SonicWall til den nye carrier i Holland: hvilke porte skal åbnes? SIP 5060 TCP og så RTP-range, eller mere?`),
    no(`Moi, voisitteko avata portin 5060 UDP meidän uudelle IP:lle 195.x.x.x? Vanha poistuu käytöstä ensi viikolla.`),
    no(`hi guys can you whitelist 45.x.x.10 and 45.x.x.11 for the new wholesale customer, they start sending ~50 CPS monday. firewall only lets known IPs in`),
    no(`Mir wänd s Webportal nur no über VPN erreichbar mache. Wie müemer d Firewall-Regle setze, dass SIP vo de Carrier trotzdem dure chunnt?`),
    no(`Ho questo nel log a raffica:
kernel: IPTABLES-DROP IN=eth0 OUT= SRC=103.x.x.x DST=5.x.x.x LEN=440 PROTO=UDP SPT=5091 DPT=5060
sono scanner vero? li blocco tutti con ipset per paese o c'è di meglio?`),
    no(`Potrzebuję limit na iptables: max 20 nowych połączeń TCP na 5060 na jedno IP na sekundę, żeby jeden klient nie zalał serwera. Jak to poprawnie zapisać z hashlimit?`),
    no(`De firewall van de klant (Sophos) blokkeert uitgaand TCP 5060, daarom kan zijn PBX niet trunken naar ons. Hij moet daar zelf een regel toevoegen, toch? Niks aan onze kant?`),
    no(`Chceme zablokovat všechny hovory z Nigérie a podobných destinací na úrovni firewallu, ne v dial planu. Dá se to rozumně udělat podle IP?`),
    no(`A MikroTiken hogyan kell port forwardot csinálni a VOS portálhoz (8080) és a mobil apphoz? Gondolom dst-nat szabály kell, de nem megy.`),
    no(`Avem un client nou care vrea sa trimita trafic de pe 3 IP-uri noi. Trebuie adaugate si in firewall si in VOS la routing gateway, corect? Mai e nevoie de ceva?`),
    no(`fail2ban ни банна собствения мониторинг (Zabbix proxy) заради много заявки към уеба. Как да добавя изключение за този IP?`),
  ],
  negationContext: [
    no(`Nur zur Info: wir nutzen ausschließlich UDP für alle Endgeräte, also ist SS_TCP_CLOSE_RESET für uns egal, oder? Die Telefone hinter NAT laufen alle stabil.`),
    no(`Settimana scorsa abbiamo avuto telefoni dietro NAT non registrati dopo aver messo RST su On, l'abbiamo rimesso su Off e da allora va tutto bene. Vi scrivo solo per il ticket, potete chiuderlo.`),
    no(`Al laboratori tenim unes 30.000 connexions en TIME_WAIT perquè hi fem proves de càrrega. Si hi activem el mode RST, afectaria d'alguna manera els telèfons darrere NAT de producció? Encara no hem tocat res.`),
    no(`Collega dacht dat de firewall RST pakketten dropt, maar RST mode heeft bij ons nooit aangestaan (SS_TCP_CLOSE_RESET="Off", net nog gecontroleerd). De mislukte gesprekken kwamen door een verkeerde codec. Opgelost.`),
    no(`Alarm z Zabbixa "TIME_WAIT 35 tys." był fałszywy, template liczył wszystkie stany z całego klastra razem z ESTABLISHED. Faktycznie mamy ok. 400. Zamykam temat.`),
    no(`Otázka na školení: můžete nám vysvětlit, proč zapnutí RST může rozbít registrace telefonů za NATem? Je to pro nové techniky, nic nám nepadá.`),
    no(`Telefóny za NATom sú neregistrované, ale to je po zmene hesiel na všetkých účtoch včera večer. RST sme nemenili, na serveri nikto nič nemenil. V logoch 401.`),
    no(`Régi sztori a kollégától: 2019-ben egy másik cégnél a FortiGate eldobta az RST csomagokat és félig nyitott kapcsolatok maradtak. Nálunk ez előfordulhat? Mi az RST-t nem kapcsoltuk be és nem is tervezzük.`),
    no(`Am avut "address already in use" si multe TIME_WAIT pe vechiul server saptamana trecuta, dar l-am migrat pe unul nou cu setarile corecte si de 5 zile nu mai apare nimic. Doar pentru evidenta.`),
    no(`Въпрос за тестовия сървър, не за продукцията: ако там включим SS_TCP_CLOSE_RESET на On, ще има ли проблем с pfSense? В продукция не пипаме нищо.`),
    no(`Pozdrav, ako uključimo RST mod, da li će telefoni iza MikroTika da počnu da se odjavljuju? Samo planiramo, ništa još nismo menjali.`),
    no(`RST nikad nismo uključili, SS_TCP_CLOSE_RESET=Off od instalacije. Nekoliko telefona iza NAT-a je neregistrirano, ali to su oni na UDP-u iza novog routera kojeg je postavio kupac. Znači nije od RST-a, jel tako?`),
    no(`Για το αρχείο: το πρόβλημα με τα 28.000 TIME_WAIT λύθηκε χθες με το tuning, από τότε μηδέν σφάλματα. Ευχαριστούμε, κλείστε το ticket.`),
    no(`o pelatis leei oti to firewall tou kovei ta RST alla emeis xrisimopoioume mono UDP gia to trunk tou kai to RST einai off. ara den mas afora, swsta?`),
    no(`Vidarebefordrat från vår NOC: "Falskt larm, EADDRINUSE-varningen kom från ett testskript på labbmaskinen, inte från switchen." Bara så ni vet, inget att göra.`),
    no(`Vi vurderer å slå på RST-modus på den nye serveren før den settes i drift. Hva bør vi sjekke på forhånd med tanke på brannmur og NAT-brukere?`),
    no(`Server 1 med NAT-telefoner: RST er Off og skal forblive Off. Server 2 uden NAT har RST On og kører fint. Intet problem, vil bare have bekræftet at opsætningen er rigtig.`),
    no(`Kysymys koulutukseen: mitä tilallisessa palomuurissa tapahtuu, kun softswitch lähettää RST:n FIN:n sijaan? Meillä ei ole mitään vikaa.`),
    no(`not a problem report: we turned RST on in the lab only to reproduce what the vendor described, the NAT phones in the lab went unregistered as expected. prod untouched. just sharing`),
    no(`Der Kunde behauptet, seit RST an ist gehen seine Telefone nicht. Wir haben RST aber nie eingeschaltet, softswitch.conf grad geprüft: SS_TCP_CLOSE_RESET="Off". Seine Telefone laufen eh über UDP. Wir schauen weiter bei ihm im Netz.`),
    no(`Mi hanno girato l'allarme "TIME_WAIT > 25k" ma era sul server web del sito, non sul VOS. Sul VOS tutto normale, ignorate pure.`),
    no(`Firewall dropował RST, ale to było na starym ASA, które wymieniliśmy w marcu. Teraz wszystko działa, kolega tylko pytał, po co w dokumentacji jest o tym notatka.`),
    no(`Hypothetisch: als we van 50 CPS naar 300 CPS gaan volgend jaar, lopen we dan tegen port exhaustion aan? Nu zitten we op 60 TIME_WAIT.`),
    no(`Minulý týden jsme měli BindException ve špičce, ale to bylo na jiném serveru, náš billing v Javě, ne VOS. Na VOS je všechno v pořádku.`),
    no(`Nincs RST, nincs TCP, minden telefon UDP-n van. Az "unregistered" riasztás csak a monitoring hibája volt, az összes készülék online. Bocs a zavarásért.`),
    no(`Dupa schimbarea parolei de ieri, 12 telefoane din spatele NAT-ului nu se mai inregistreaza. Nu am umblat la RST sau la alte setari, doar la parola.`),
    no(`Колега ми разказа, че при предишния му работодател след включване на RST всички телефони зад NAT паднали. При нас SS_TCP_CLOSE_RESET е Off. Просто питам дали е вярно.`),
  ],
  portExhaustion: [
    pe(`Hilfe!! Jeden Abend ab ca. 19 Uhr bei 150 CPS bricht der Verkehr zu unseren Carriern ein. Im Log: cannot assign requested address beim connect. ss -s zeigt timewait 28.431. Nach Neustart geht's wieder für ein paar Stunden.`),
    pe(`Servus, grad jetzt in der Spitze:
TCP:   33012 (estab 1204, closed 31507, orphaned 3, synrecv 0, timewait 31490/0), ports 0
Neue TCP Verbindungen zum Carrier schlagen fehl. Was tun?`),
    pe(`Grüezi, sit zwei Täg am Abig: "Address already in use" bim Ufbau vo de usgehende SIP TCP Verbindige zu de Carrier. Über 30 Tsd. TIME_WAIT. Am Morge isch alles wieder guet.`),
    pe(`aiuto, in orario di punta il VOS non riesce ad aprire connessioni TCP verso i fornitori, nel log "bind: Address already in use" e netstat mi conta 30 mila TIME_WAIT. di notte va tutto bene`),
    pe(`nota vocale: "allora ti spiego, ogni giorno verso le sei di sera le chiamate verso il carrier tedesco cominciano a fallire, tipo il quaranta per cento, poi se riavvio il servizio torna tutto a posto, il sistemista dice che ci sono tipo ventottomila socket in time wait"`),
    pe(`Bon dia, tenim un problema greu: a les hores punta el softswitch no pot obrir noves connexions TCP cap als operadors. Error: cannot assign requested address. Comptem 29.500 sockets en TIME_WAIT. Reiniciant es resol una estona i després torna.`),
    pe(`Sinds we 200 CPS van die nieuwe klant doen lukt het niet meer om nieuwe TCP verbindingen naar de carriers op te zetten, EADDRINUSE in de log.
netstat -ant | grep -c TIME_WAIT
31204
's Nachts geen probleem.`),
    pe(`Goeiendag, al drie avonden na elkaar hetzelfde liedje: rond 20u beginnen de uitgaande calls te falen met "address already in use" en we tellen 27k TIME_WAIT. Herstart van mbx3000d helpt tot de volgende avond.`),
    pe(`Pomocy, w godzinach szczytu VOS nie zestawia połączeń TCP do operatorów. W logach: connect failed: Cannot assign requested address. TIME_WAIT ok. 30 tys. Po restarcie chwila spokoju i znowu to samo.`),
    pe(`# ss -s
Total: 34102
TCP:   32941 (estab 988, closed 31820, orphaned 0, timewait 31798/0), ports 0
od 17:00 odrzuca połączenia wychodzące do carrierów, dziś już trzeci raz w tym tygodniu. co robić??`),
    pe(`Dobrý den, ve špičce kolem 180 CPS přestává softswitch otevírat nová TCP spojení na carriery, v logu BindException: Address already in use. TIME_WAIT přes 30 000. Po restartu to chvíli jede, pak znovu.`),
    pe(`Zdravím, každý piatok večer ten istý problém: hovory na carrier cez TCP padajú, log hlási cannot assign requested address a ss ukazuje 29 tis. timewait. Cez noc sa to samo upraví.`),
    pe(`Sziasztok, csúcsidőben a VOS nem tud új TCP kapcsolatot nyitni a szolgáltatók felé: "Cannot assign requested address". 30 ezer feletti TIME_WAIT. Újraindítás után pár óráig jó. Mit állítsunk át?`),
    pe(`Buna seara, urgent: la ora de varf nu mai pleaca apelurile catre carrieri pe TCP, in log apare EADDRINUSE, iar netstat arata peste 30.000 conexiuni in TIME_WAIT. Noaptea e totul ok.`),
    pe(`Здравейте, всяка вечер при пиков трафик (около 160 CPS) софтсуичът не може да отвори нови TCP връзки към операторите: Address already in use. TIME_WAIT над 30 хил. След рестарт се оправя за няколко часа.`),
    pe(`Pozdrav, u špicu VOS ne može da otvori nove TCP konekcije ka carrierima, u logu "Cannot assign requested address", TIME_WAIT oko 28 hiljada. Restart pomogne na par sati. Šta da radimo?`),
    pe(`Bok, opet isto: navečer kad naraste promet pozivi prema operateru preko TCP-a ne prolaze, greška bind: address already in use, a ss -s kaže timewait 30 412. Ujutro je sve OK.`),
    pe(`Καλησπέρα, στις ώρες αιχμής ο VOS δεν ανοίγει νέες TCP συνδέσεις προς τους carriers. Στο log: Cannot assign requested address. Μετράω πάνω από 30.000 TIME_WAIT. Με restart φτιάχνει για λίγο.`),
    pe(`re paidia kathe vradi meta tis 8 oi klhseis pros ton carrier skane, leei address already in use kai exoume 29k time_wait. to prwi ola kala. ti na allaksw?`),
    pe(`Hej, vid högtrafik (ca 170 CPS) kan switchen inte längre öppna nya TCP-anslutningar mot operatörerna: "cannot assign requested address". 31 000 i TIME_WAIT. Efter omstart funkar det några timmar.`),
    pe(`Hei, vi får EADDRINUSE på utgående SIP TCP mot carrierne hver ettermiddag når trafikken topper seg. ss viser nesten 30 000 TIME_WAIT. Om natten er alt greit.`),
    pe(`Hej, igen i aften: udgående TCP-forbindelser til vores carriers fejler i spidsbelastningen med "Address already in use". 28.000 sockets i TIME_WAIT. Genstart hjælper et par timer.`),
    pe(`Moi, ruuhka-aikaan softswitch ei saa avattua uusia TCP-yhteyksiä operaattoreille, lokissa Cannot assign requested address. TIME_WAIT-tilassa yli 30 000 sokettia. Uudelleenkäynnistys auttaa hetkeksi.`),
    pe(`Hi, peak hours again today: vos cannot open new tcp to carriers, java.net.BindException: Address already in use: connect. netstat shows 30k+ TIME_WAIT. restart fixes it for a few hrs. pls help asap`),
    pe(`Fwd from our NOC: "17:42 ASR to carrier B dropped to 12%, TCP connect errors EADDRINUSE on the VOS box, TIME_WAIT 32k and climbing. Restarted mbx3000d 17:55, back to normal. Same thing Tue and Thu."`),
    pe(`Schaut euch das an, während der Abendspitze:
# netstat -ant | awk '{print $6}' | sort | uniq -c | sort -rn
  29876 TIME_WAIT
   1421 ESTABLISHED
     18 LISTEN
Gleichzeitig schlagen neue Verbindungen zu den Carriern fehl. Was kann man am Kernel drehen?`),
    pe(`2024-05-14 18:03:11 [ERROR] TcpTransport connect to 212.x.x.x:5060 failed: errno 99 Cannot assign requested address
2024-05-14 18:03:11 [ERROR] TcpTransport connect to 212.x.x.x:5060 failed: errno 99 Cannot assign requested address
2024-05-14 18:03:12 [ERROR] TcpTransport connect to 80.x.x.x:5060 failed: errno 99 Cannot assign requested address
takhle každý večer, TIME_WAIT 31 tisíc, ráno klid`),
    pe(`hangüzenet: "szóval az van hogy este hat után a hívások fele nem megy ki a carrier felé, a kolléga megnézte és harmincezer time wait van, újraindítás után jó, de másnap ugyanez megint"`),
    pe(`Mesaj de la clientul nostru: "Iar nu merg apelurile la ora 19, aceeasi eroare ca ieri." La noi pe VOS: 30 mii TIME_WAIT si "bind failed: Address already in use" pe conexiunile spre carrier. Ce setam?`),
    pe(`Tjena, samma som förra veckan, slut på portar?? 32k TIME_WAIT, utgående tcp mot carrier failar med "cannot assign requested address", bara på kvällarna när trafiken är som högst.`),
  ],
  natUnregistered: [
    nat(`Seit wir SS_TCP_CLOSE_RESET auf On gestellt haben, sind die Telefone im Homeoffice (alle hinter Fritzbox, SIP über TCP) dauernd unregistered. Die Telefone mit öffentlicher IP laufen normal.`),
    nat(`Grüß Gott, seit der Umstellung auf RST-Modus gestern fallen die Yealinks in unserer Filiale (hinter MikroTik, Transport TCP) ständig aus der Registrierung. Zentrale mit fixer IP ist ok. Bitte dringend.`),
    nat(`Sit mir de RST Modus igschaltet händ, verlüüred d Softphones vo de Lüüt deheim (TCP, hinter NAT) immer wieder d Registrierig. D Tischtelefon im Büro mit öffentlicher IP händ kei Problem.`),
    nat(`da quando abbiamo messo SS_TCP_CLOSE_RESET=On i telefoni della filiale dietro il MikroTik risultano non registrati ogni pochi minuti. sono su TCP. quelli con IP pubblico vanno benissimo`),
    nat(`vocale: "si allora, da ieri che avete attivato la cosa del reset, quella RST, tutti i nostri clienti da casa con zoiper in tcp perdono la registrazione in continuazione, quelli in ufficio con ip pubblico no, nessun problema"`),
    nat(`Des que vam activar el mode RST, els telèfons de l'oficina de Lleida (darrere NAT, SIP per TCP) surten com a no registrats cada dos per tres. Els de la seu amb IP pública van bé.`),
    nat(`Na het aanzetten van RST mode verliezen alle toestellen achter de NAT van de klant (Draytek router, SIP over TCP) steeds hun registratie. Toestellen met een publiek IP hebben nergens last van.`),
    nat(`Sinds ge die close reset op On gezet hebt zijn de softphones van onze thuiswerkers (TCP, achter hun modem) om de haverklap unregistered. De mensen op kantoor met vast IP hebben niks.`),
    nat(`Od włączenia SS_TCP_CLOSE_RESET telefony w oddziale za NAT-em (MikroTik, SIP po TCP) co chwilę tracą rejestrację. Te z publicznym IP działają bez zarzutu, te na UDP też.`),
    nat(`Przekazuję od klienta: "Od wczoraj nasze telefony ciągle się wylogowują, na ekranie brak rejestracji."
Wczoraj po południu włączyliśmy RST na VOS. Oni siedzą za NAT-em, telefony na TCP.`),
    nat(`Od té doby, co jsme zapnuli RST režim, telefony za NATem na pobočce (SIP přes TCP) pořád padají z registrace. Telefony s veřejnou IP jsou v pohodě.`),
    nat(`Po zapnutí RST na softswitchi sa softphony ľudí z domu (za routrom, TCP) každú chvíľu odregistrujú. Tí s verejnou IP a tí na UDP fungujú normálne.`),
    nat(`Amióta bekapcsoltuk az SS_TCP_CLOSE_RESET-et, a fióktelep NAT mögötti telefonjai (TCP) folyton elvesztik a regisztrációt. A publikus IP-s készülékek rendben vannak.`),
    nat(`De cand am pus RST pe On, telefoanele din spatele NAT-ului de la sucursala (MikroTik, SIP pe TCP) apar mereu neinregistrate. Cele cu IP public merg fara probleme.`),
    nat(`Откакто включихме RST режима, телефоните зад NAT в клона (TCP) постоянно губят регистрация. Тези с публично IP работят нормално.`),
    nat(`Од када смо укључили SS_TCP_CLOSE_RESET, телефони иза NAT-а у филијали (TCP) стално губе регистрацију. Они са јавном IP адресом раде нормално.`),
    nat(`Otkad je RST način uključen, softphoneovi kućnih korisnika iza NAT-a na TCP-u svako malo su neregistrirani. Uredski telefoni s javnom IP rade normalno.`),
    nat(`Από τότε που ενεργοποιήσαμε το RST mode, τα τηλέφωνα πίσω από NAT στο υποκατάστημα (SIP over TCP) χάνουν συνέχεια την εγγραφή. Αυτά με δημόσια IP είναι ΟΚ.`),
    nat(`apo tote pou anoiksate to RST ta softphones twn pelatwn apo spiti (tcp, piso apo router) einai unregistered synexeia. osoi exoun public ip einai ok. ti ginetai?`),
    nat(`Sedan vi slog på RST-läget tappar telefonerna på filialen (bakom NAT, SIP över TCP) registreringen hela tiden. De med publik IP fungerar som vanligt.`),
    nat(`Etter at vi satte SS_TCP_CLOSE_RESET til On, mister IP-telefonene på avdelingskontoret (bak NAT, TCP) registreringen hele tiden. Telefoner med offentlig IP er OK.`),
    nat(`Efter vi aktiverede RST-tilstand står hjemmearbejdernes softphones (TCP bag router) som unregistered hele tiden. Dem med offentlig IP kører fint.`),
    nat(`Siitä asti kun RST-tila kytkettiin päälle, NATin takana olevat puhelimet sivukonttorilla (SIP TCP) putoavat jatkuvasti rekisteröinnistä. Julkisella IP:llä olevat toimivat.`),
    nat(`hi, since you guys enabled RST mode on our switch the phones at our remote office behind the mikrotik keep going unregistered (tcp transport). hq phones on public ip are fine. can u check`),
    nat(`Registration list right now:
1001  Unregistered  192.168.88.21  TCP  (via 94.x.x.x)
1002  Unregistered  192.168.88.22  TCP  (via 94.x.x.x)
2001  Registered    185.x.x.x      TCP
started right after we set SS_TCP_CLOSE_RESET=On this morning. only the NATed ones drop, the public ones stay`),
    nat(`Weitergeleitet von unserem Kunden: "Die Telefone zeigen seit gestern Nachmittag immer wieder Nicht registriert an."
Gestern Nachmittag haben wir den RST-Modus aktiviert. Der Kunde sitzt hinter NAT, Telefone auf TCP.`),
    nat(`spraakbericht: "ja hoi, eh, sinds dinsdag toen jullie die RST instelling aangezet hebben vallen bij ons de telefoons in het magazijn steeds weg, die zitten achter de router op tcp, de telefoons met een eigen ip doen het gewoon"`),
    nat(`RST on óta a NAT mögötti TCP-s telefonok unregistered. publikus IP-sek jók. segítség!!`),
    nat(`mesaj vocal: "deci da, de cand ati bagat RST-ul ala toti clientii nostri de acasa cu softphone pe tcp ies din inregistrare, cei cu ip fix nu au nimic"`),
    nat(`ragazzi da quando RST è On i telefoni dietro NAT su TCP sono TUTTI non registrati, quelli con IP pubblico no. sistemate subito per favore`),
  ],
  firewallRst: [
    fw(`Seit SS_TCP_CLOSE_RESET=On hängen die Anrufe über unsere FortiGate. Im Forti-Log sehe ich massenhaft "RST dropped, no session". Die Gegenstelle hat noch ESTABLISHED Verbindungen offen, obwohl der Switch längst zugemacht hat.`),
    fw(`Nach Aktivierung vom RST-Modus scheitern Anrufe über die pfSense. Im Firewall-Log massig TCP:R als invalid geblockt. Was tun?`),
    fw(`Sit em RST-Modus gönd Aarüef dur üsi ASA nüm dure. ASA Log: %ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/40112 to 212.x.x.x/5060 flags RST on interface inside. Bim Carrier bliibed halboffeni Verbindige.`),
    fw(`Da quando è attivo il RST le chiamate attraverso il FortiGate falliscono o restano appese. Nel log del firewall vedo RST scartati. Il carrier ha ancora connessioni ESTABLISHED aperte verso di noi.`),
    fw(`dopo RST on iptables con conntrack ci droppa i pacchetti RST come INVALID (i contatori della regola -m conntrack --ctstate INVALID -j DROP salgono a vista d'occhio) e le chiamate verso il carrier non partono`),
    fw(`Des que vam activar RST, les trucades que passen pel pfSense fallen. El firewall marca els RST com a invàlids i els descarta, i l'altre extrem es queda amb connexions mig obertes.`),
    fw(`Sinds RST mode aan staat falen gesprekken via onze SonicWall. Log: "TCP packet received on non-existent/closed connection; TCP packet dropped", allemaal met RST flag. Bij de carrier blijven sessies ESTABLISHED.`),
    fw(`Vanaf ge RST hebt opgezet lopen de calls via de Fortigate vast. De Forti zegt dat hij de RST's dropt, en de andere kant ziet de verbinding nog altijd als open.`),
    fw(`Po włączeniu SS_TCP_CLOSE_RESET połączenia przez ASA się nie zestawiają albo wiszą. W logach ASA: Deny TCP (no connection) flags RST. U operatora zostają połączenia półotwarte.`),
    fw(`Od wczoraj, od włączenia RST, w logu firewalla:
kernel: INVALID-DROP IN=eth1 OUT=eth0 SRC=10.0.0.5 DST=212.x.x.x LEN=40 PROTO=TCP SPT=42311 DPT=5060 WINDOW=0 RST URGP=0
kernel: INVALID-DROP IN=eth1 OUT=eth0 SRC=10.0.0.5 DST=212.x.x.x LEN=40 PROTO=TCP SPT=42398 DPT=5060 WINDOW=0 RST URGP=0
i połowa połączeń do carriera nie przechodzi`),
    fw(`Od zapnutí RST nám hovory přes FortiGate selhávají. Firewall zahazuje RST pakety a protějšek má pořád otevřená ESTABLISHED spojení.`),
    fw(`Odkedy je RST zapnuté, hovory cez pfSense padajú alebo visia. V logu firewallu sú RST označené ako invalid a zahodené.`),
    fw(`Az RST mód bekapcsolása óta a FortiGate-en átmenő hívások elakadnak. A tűzfal logban eldobott RST csomagok, a carrier oldalon félig nyitott kapcsolatok maradnak.`),
    fw(`Din momentul in care am pus RST pe On, apelurile prin firewall-ul nostru (iptables cu conntrack) cad. In log vad RST-uri aruncate ca INVALID, iar carrierul tine conexiunile deschise.`),
    fw(`Откакто е включен RST режимът, разговорите през FortiGate не минават или висят. Защитната стена изхвърля RST пакетите, отсрещната страна държи ESTABLISHED връзки.`),
    fw(`Od kako je RST uključen, pozivi kroz naš pfSense pucaju. U logu firewall-a RST paketi odbačeni kao invalid, kod carriera ostaju poluotvorene konekcije.`),
    fw(`Nakon što smo uključili SS_TCP_CLOSE_RESET, pozivi kroz ASA-u ne prolaze. ASA logira deny TCP (no connection) s RST zastavicom, i to stotine u minuti.`),
    fw(`Από τότε που ενεργοποιήθηκε το RST, οι κλήσεις μέσω του FortiGate αποτυγχάνουν ή κολλάνε. Το firewall πετάει τα RST πακέτα και ο carrier κρατάει τις συνδέσεις ESTABLISHED.`),
    fw(`meta to RST on oi klhseis mesa apo to sonicwall kollane. sta logs tou firewall leei RST dropped. o carrier exei akoma anoixtes tis syndeseis`),
    fw(`Sedan RST-läget slogs på misslyckas samtal genom vår FortiGate. Brandväggsloggen visar droppade RST-paket och motparten har halvöppna anslutningar kvar.`),
    fw(`Etter at RST ble slått på, henger samtaler gjennom brannmuren (pfSense). Loggen viser RST-pakker forkastet som ugyldige, og carrieren sitter med ESTABLISHED-forbindelser.`),
    fw(`Efter RST blev slået til fejler opkald gennem vores ASA. Loggen siger Deny TCP (no connection) RST, og modparten har stadig åbne forbindelser.`),
    fw(`RST-tilan käyttöönoton jälkeen puhelut FortiGaten läpi epäonnistuvat. Palomuuri pudottaa RST-paketit ja vastapää pitää yhteydet ESTABLISHED-tilassa.`),
    fw(`since RST mode went on yesterday calls out of our Azure VM hang. the cloud firewall in front drops the RSTs as out-of-state, carrier still shows the old TCP sessions as established on their side`),
    fw(`conntrack -L | grep 5060 shows tons of ESTABLISHED entries to the carrier that vos already closed, and tcpdump on the outside interface of the firewall shows no RST leaving at all. calls fail since we set SS_TCP_CLOSE_RESET=On.`),
    fw(`Weitergeleitet vom Carrier: "Wir sehen von eurer IP seit gestern hunderte halboffene TCP-Sessions auf 5060."
Gestern haben wir RST aktiviert, dazwischen hängt unsere FortiGate, und die meldet RST dropped. Anrufe gehen nur noch teilweise durch.`),
    fw(`spraakbericht: "ja dus sinds die RST aanstaat blijven de gesprekken via de firewall hangen, de pfSense gooit die reset pakketjes weg, dat zie ik in de log, en bij de carrier staan de verbindingen nog open"`),
    fw(`tcpdump a belső lábon:
18:12:01.334 IP 10.0.0.5.41022 > 212.x.x.x.5060: Flags [R.], seq 1, ack 1, win 0, length 0
a külső lábon ugyanez nincs, a SonicWall eldobja. RST bekapcsolása óta a hívások fele nem megy át.`),
    fw(`mesaj vocal: "deci de ieri de cand e RST pornit apelurile care trec prin fortigate se blocheaza, am vazut in log ca arunca pachetele RST, iar la carrier raman conexiunile deschise"`),
    fw(`RST on e ora le chiamate via SonicWall KO, log pieno di RST droppati, il carrier vede sessioni aperte. urgente!`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning241Set: readonly EvalItem[] = Object.values(tuning241Families).flat();
