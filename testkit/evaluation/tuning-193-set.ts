import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Wholesale carriers, telecom resellers and call centres in Europe, typing on WhatsApp: German ("Tsd.", "tausend",
 * du and Sie), Italian ("mila", "ciao ragazzi"), Polish ("tys.", "tysięcy", with and without ą ę ł ś ż), Romanian
 * ("mii", with and without ă î ș ț), Dutch ("duizend") and English from the UK and Ireland, with English technical words
 * and pasted output everywhere; figures as "28k", "31.244", "29,340", "30 mila", "27 tys.". Shares roughly: German 25%,
 * Italian 20%, Polish 20%, Romanian 15%, Dutch 10%, UK/Irish English 10%.
 *
 * The hundred-and-ninety-third tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-ninety-third never-tuned set, before the sixty-eighth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-eighth round, then made tuning
 * material for the sixty-ninth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 93.3 %, negatives confident 3.0 %, confident wrong 0 % with the rules of
 * the sixty-seventh round, before the sixty-eighth.
 * After the sixty-eighth round: the same.
 * After the sixty-ninth round, tuned on: in scope 97.8 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning193Families = {
  oneListeningPort: [
    // German
    no(`Hallo zusammen, nach dem Neustart vom Server kommt das Webportal nicht mehr hoch. catalina.out:
java.net.BindException: Address already in use (Bind failed) <null>:8080
netstat -tlpn zeigt, dass ein alter java Prozess noch auf 8080 lauscht. Kann ich den einfach killen?`),
    no(`Moin, mysqld will nach dem Update nicht starten:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
Was mach ich da am besten, ohne die CDRs zu verlieren?`),
    no(`Guten Tag, nach einem Reboot meldet der mbx3000d im Log "bind 0.0.0.0:5060 failed: Address already in use". ps aux zeigt noch einen alten mbx3000d (PID 2231), der hängt. Der Softswitch nimmt gerade keine Registrierungen an. Wie beende ich den sauber, ohne den ganzen Server neu zu starten?`),
    no(`Hi, ein Kollege hat auf dem VOS-Server nginx für ein Monitoring-Dashboard installiert, jetzt startet er nicht:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
Ich glaube, auf 80 sitzt der httpd vom VOS Web Manager. Welchen Port sollen wir stattdessen nehmen?`),
    no(`Servus, docker run -p 8080:8080 grafana/grafana → Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use. Auf der Kiste läuft auch das Kundenportal. Ist 8080 von euch belegt?`),
    no(`Sehr geehrte Damen und Herren,
der Redis-Dienst auf unserem Billing-Server (gleiche Maschine wie der VOS3000) startet nicht mehr: "Could not create server TCP listening socket *:6379: bind: Address already in use". Offenbar läuft eine zweite Instanz. Ist Redis überhaupt für VOS relevant, oder können wir die zweite Instanz entfernen?
Mit freundlichen Grüßen, K. Brandt`),
    no(`hey kurze frage, mein dev server aufm laptop (npm run dev) wirft EADDRINUSE :::3000, hab grad an der api für euer portal gebastelt. liegt das an euch oder an mir lol`),
    // Italian
    no(`Ciao ragazzi, dopo il riavvio il tomcat del web manager non parte:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-nio-8080"]
java.net.BindException: Address already in use
C'è ancora un processo java vecchio attaccato alla 8080, lo killo?`),
    no(`buongiorno, apache non si avvia sulla macchina del vos: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443. forse è nginx che abbiamo messo noi per il certificato let's encrypt. come sistemo?`),
    no(`Salve, il servizio mbx3000d non riparte, nel log "SIP listen 5060 failed, address already in use". Con netstat -tulpn vedo che la 5060 è tenuta da un vecchio kamailio che avevamo installato per prova mesi fa. Posso disinstallarlo tranquillamente?`),
    no(`ciao, mysql non parte dopo che abbiamo spostato il datadir, "Bind on TCP/IP port: Address already in use" sulla 3306. c'era un mariadb del pacchetto di sistema che parte da solo al boot. quale tengo?`),
    no(`Ragazzi il container docker del nostro crm non si avvia: "Bind for 0.0.0.0:8443 failed: port is already allocated". Sulla stessa vm gira il portale clienti. Che porte usa il vos di preciso?`),
    // Polish
    no(`Dzień dobry, po restarcie serwera panel www nie wstaje, w catalina.out: java.net.BindException: Address already in use: bind, port 8080. Jakiś stary proces java dalej trzyma port. Mogę go ubić kill -9?`),
    no(`Czesc, mysql nie startuje:
[ERROR] Do you already have another mysqld server running on port: 3306 ?
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
Wczoraj ktos chyba recznie odpalil druga instancje`),
    no(`Witam, mbx3000d po aktualizacji się nie podnosi, w logu: bind udp 5060 failed errno=98 (Address already in use). lsof -i :5060 pokazuje stary proces mbx3000d, który wisi. Jak go bezpiecznie zabić?`),
    no(`siema, odpalam u siebie na laptopie serwer testowy do api billingu i dostaje "listen EADDRINUSE: address already in use 127.0.0.1:5000". to pewnie moj drugi projekt trzyma port, ale pytam czy wasze api nie potrzebuje 5000`),
    no(`Dzien dobry, nginx na maszynie z VOS3000 nie startuje: bind() to 0.0.0.0:443 failed (98: Address already in use). Na 443 siedzi httpd od panelu. Jak to rozdzielić, żeby oba działały?`),
    // Romanian
    no(`Buna ziua, dupa restart portalul web nu mai porneste, in log: java.net.BindException: Address already in use pe 8080. Un proces java vechi tine portul ocupat. Il pot omori fara grija?`),
    no(`salut, redis nu porneste pe serverul de billing: "Could not create server TCP listening socket 127.0.0.1:6379: bind: Address already in use". ce sa fac`),
    no(`Bună ziua, după ce am repornit serviciul, mbx3000d nu mai ascultă pe 5060. În log: "Address already in use". netstat arată că portul e ținut de un proces vechi mbx3000d care n-a murit. Cum îl opresc curat?`),
    no(`Salut, am pus un container docker cu phpmyadmin si da eroare: driver failed programming external connectivity on endpoint ... Bind for 0.0.0.0:80 failed: port is already allocated. pe 80 e interfata VOS. ce port recomandati?`),
    // Dutch
    no(`Hoi, na de reboot start de webinterface niet meer. Tomcat zegt java.net.BindException: Address already in use op poort 8080. Er draait nog een oude java. Mag ik die killen?`),
    no(`Goedemorgen, MySQL wil niet opstarten op de VOS server: "Bind on TCP/IP port: Address already in use", poort 3306. Blijkbaar draait er nog een tweede mysqld. Wat is veilig om te doen?`),
    no(`hey, apache op onze VOS doos: (98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80. collega heeft volgens mij lighttpd geïnstalleerd voor een statuspagina`),
    // English (UK/IE)
    no(`Morning lads, web portal won't come back after the reboot. catalina.out:
java.net.BindException: Address already in use <null>:8080
There's a stale java process still holding 8080, safe to kill it?`),
    no(`Hi, the softswitch won't start after we restarted it at lunch: "bind 5060: Address already in use". Looks like the old mbx3000d is still hanging around in ps. Nothing registering at all now. How do I clear it properly?`),
    no(`Quick one, tried to run a little Flask app on the VOS box for our wallboard and got OSError: [Errno 98] Address already in use on port 5000. Is something of yours on 5000 or is it just my other script?`),
  ],
  otherRegistrationCause: [
    // German
    no(`Hallo, seit heute Morgen sind 12 Nebenstellen vom Kunden Müller GmbH unregistered. Die haben gestern im Portal alle Passwörter geändert, aber die Telefone nicht umkonfiguriert. Im Log nur 401 Unauthorized. Müssen die das an jedem Telefon neu eintragen?`),
    no(`Moin, Kunde hat den Anbieter gewechselt (Telekom auf Vodafone Kabel), seitdem verliert sein Gateway ständig die Registrierung. Läuft alles über UDP, an SS_TCP_CLOSE_RESET haben wir nie was gemacht. Vermutlich SIP ALG in der neuen Box?`),
    no(`Guten Tag, bei uns im Callcenter ist heute Nacht der Strom ausgefallen, jetzt stehen 40 Telefone auf unregistriert. Die Geräte sind aber auch noch aus, die USV ist leer. Müssen wir auf VOS-Seite was tun oder registrieren die sich von selbst, wenn der Strom wieder da ist?`),
    no(`Hi, Account 4711 ist seit gestern unregistered. Laut Portal Guthaben -3,20 € und Account gesperrt. Kunde sagt, er hat überwiesen. Wann wird der wieder freigeschaltet?`),
    no(`Hallo Support, unsere Lizenz ist laut Web Manager am 01.03. abgelaufen und seitdem registrieren sich keine neuen Endgeräte mehr, die alten fallen nach und nach raus. Wie verlängern wir das?`),
    no(`Servus, wir haben sip.example-tel.de auf eine neue IP umgezogen, DNS TTL war 86400. Jetzt ist ca. die Hälfte der Telefone unregistriert, die andere Hälfte geht. Liegt wohl am DNS-Cache der Geräte, oder?`),
    no(`Sehr geehrte Damen und Herren, die Fritzbox eines Kunden verliert seit einem Firmware-Update alle 5 Minuten die Registrierung. Transport UDP, serverseitig wurde nichts geändert. Im Trace sehen wir, dass die Box den Contact-Header umschreibt (SIP ALG?). Haben Sie eine Empfehlung?`),
    // Italian
    no(`Ciao ragazzi, il cliente ha cambiato la password dell'account 3301 dal portale e adesso i telefoni risultano unregistered, nel log vedo 403 Forbidden. Deve rimetterla su ogni telefono giusto?`),
    no(`buongiorno, da ieri sera il gateway di un call center a Napoli non si registra più. hanno avuto un blackout e il router tim non è ripartito, sono senza internet. appena torna la linea dovrebbe tornare tutto da solo?`),
    no(`Salve, l'account di un rivenditore risulta sospeso per saldo negativo (-150 €) e tutti i suoi 80 interni sono unregistered. Ha pagato stamattina con bonifico, come lo riattiviamo?`),
    no(`ciao, abbiamo cambiato l'IP pubblico del server (nuovo datacenter), aggiornato il DNS, ma i telefoni configurati con l'IP fisso ovviamente non si registrano più. c'è un modo furbo o li devo riconfigurare uno a uno? sono circa 300`),
    no(`Buonasera, un cliente con router Fastweb perde la registrazione ogni 10 minuti, SIP su UDP. Con un router di prova e SIP ALG spento va tutto. Come gli spiego di disattivare l'ALG?`),
    // Polish
    no(`Dzien dobry, klient zmienił hasło do konta SIP w panelu i teraz 15 telefonow jest unregistered, w logach 401 Unauthorized. trzeba wpisać nowe hasło na każdym telefonie?`),
    no(`Cześć, u klienta w biurze wywaliło prąd, po powrocie zasilania router od Orange dostał nowe IP i telefony pokazują niezarejestrowane. Mają UDP, na serwerze nic nie zmienialiśmy. Zarejestrują się same?`),
    no(`Witam, licencja VOS3000 wygasła wczoraj i bramki przestały się rejestrować, w panelu komunikat license expired. Jak to przedłużyć?`),
    no(`czesc, konto resellera zablokowane bo saldo ujemne, wszystkie jego linie niezarejestrowane. zaplacil dzis rano przelewem, kiedy sie odblokuje?`),
    no(`Dzień dobry, przenieśliśmy domenę voip do nowego dostawcy DNS i część telefonów Yealink nie może się zarejestrować, w logu telefonu "DNS lookup failed". Reszta działa normalnie. To kwestia cache?`),
    // Romanian
    no(`Buna ziua, clientul a schimbat parola contului 2045 si acum telefoanele sunt unregistered, in log apare 401 Unauthorized. Trebuie sa o puna din nou pe fiecare telefon?`),
    no(`Salut, azi noapte a picat curentul la call center, jumatate din telefoane sunt inca stinse si apar neinregistrate. Pe server nu trebuie facut nimic, nu?`),
    no(`Bună ziua, contul unui reseller a fost suspendat automat pentru sold negativ și toate cele 60 de linii sunt unregistered. A plătit acum o oră, cum îl reactivăm?`),
    no(`salut, clientul a schimbat providerul de net de la Digi la Orange si de atunci gateway-ul pierde inregistrarea. e pe UDP, RST nu l-am activat niciodata. poate e SIP ALG pe routerul nou?`),
    // Dutch
    no(`Goedemiddag, klant heeft het wachtwoord van zijn SIP-account gewijzigd en nu staan alle toestellen op unregistered (401). Moeten ze dat per toestel aanpassen?`),
    no(`Hoi, sinds de overstap van KPN naar Ziggo verliest de gateway van een klant steeds de registratie. Alles UDP, aan de server niks veranderd. SIP ALG op het Ziggo modem?`),
    no(`Dag, account 8812 staat op unregistered en in het portaal staat "account expired 31-12". Kunnen jullie dat verlengen?`),
    // English (UK/IE)
    no(`Hi all, customer in Cork has 8 phones showing unregistered since this morning. Turns out the office had a power cut and the PoE switch is still dead. Nothing to do on the VOS side, I assume?`),
    no(`Hiya, reseller account got suspended for unpaid balance and all his extensions are unregistered now. He's just paid by card, can someone lift the suspension?`),
    no(`Morning, one of our gateways lost registration after the customer swapped their router. It's SIP over UDP and we've never touched the TCP close setting. Log shows 401s, they factory reset the gateway and the credentials got wiped.`),
  ],
  smallFigures: [
    // German
    no(`Hallo, ist das normal?
# ss -s
Total: 412 (kernel 0)
TCP:   318 (estab 86, closed 190, orphaned 0, synrecv 0, timewait 187/0), ports 0
Ist Sonntag, kaum Traffic.`),
    no(`Was genau ist eigentlich TIME_WAIT? Seh bei netstat ein paar hundert davon und frag mich, ob ich mir Sorgen machen muss.`),
    no(`Moin, was macht der Parameter SS_TCP_CLOSE_RESET genau? Wir überlegen, ob wir ihn aktivieren sollen, aktuell steht er auf Off.`),
    no(`Hallo, wenn wir den RST-Modus einschalten, bekommen dann unsere Kunden hinter NAT Probleme mit der Registrierung? Die meisten nutzen TCP. Noch nichts geändert, nur Planung.`),
    no(`Guten Tag, kleiner Health-Check: netstat -ant | grep TIME_WAIT | wc -l gibt 238, bei ca. 15 CPS. Im grünen Bereich?`),
    no(`Servus, unser ip_local_port_range steht auf 32768 60999. Reicht das für ca. 50 gleichzeitige Calls oder sollten wir das vergrößern?`),
    no(`Hi, wir erwarten nächsten Monat ca. 30 Tsd. Calls pro Tag mehr. Sollten wir vorsorglich tcp_tw_reuse aktivieren? Im Moment max. 500 TIME_WAIT, alles läuft rund.`),
    // Italian
    no(`ciao ragazzi, ho fatto ss -s per curiosità: timewait 340/0, estab 120. server tranquillo, è normale?`),
    no(`Buongiorno, cosa cambia esattamente tra FIN e RST quando si chiude una connessione TCP? Il collega dice che il vos ha un'opzione apposta.`),
    no(`Salve, se attiviamo SS_TCP_CLOSE_RESET il Fortigate che abbiamo davanti potrebbe dare problemi? Vorrei saperlo prima di toccare qualcosa.`),
    no(`ciao, domanda veloce: tcp_tw_reuse=1 ha senso se facciamo SIP solo su UDP? abbiamo circa 20 mila chiamate al giorno`),
    no(`Buonasera, netstat mostra 150 connessioni in TIME_WAIT verso il carrier, a 5 cps. Tutto ok o devo preoccuparmi?`),
    // Polish
    no(`Dzień dobry, czy to jest ok?
TCP:   265 (estab 70, closed 180, orphaned 0, synrecv 0, timewait 178/0), ports 0
Ruch mały, noc.`),
    no(`Czesc, co to dokladnie jest TIME_WAIT i czemu trzyma sie 60 sekund? Widze kilkaset takich socketow.`),
    no(`Witam, planujemy włączyć tryb RST. Czy to wpłynie na rejestracje telefonów za NAT? Na razie nic nie zmienialiśmy, pytamy zanim zrobimy.`),
    no(`Dzien dobry, jaki ip_local_port_range polecacie dla VOS3000 przy ok. 20 tys. polaczen dziennie? Problemow teraz brak.`),
    no(`hej, mam 420 TIME_WAIT na serwerze przy ok 10 CPS w szczycie, to jest ok?`),
    // Romanian
    no(`Buna, e normal ss -s asta? timewait 210/0, estab 95. serverul e linistit acum`),
    no(`Salut, ce face exact SS_TCP_CLOSE_RESET? Vreau sa inteleg inainte sa schimbam ceva in softswitch.conf.`),
    no(`Bună ziua, dacă activăm modul RST, are vreun efect pe traficul SIP pe UDP? Noi avem doar câteva trunchiuri pe TCP.`),
    no(`salut, vedem vreo 300 de TIME_WAIT la 8 cps. e ok sau trebuie tunat ceva in sysctl?`),
    // Dutch
    no(`Hoi, is dit normaal? netstat -an | grep -c TIME_WAIT geeft 276, rustige middag, ca. 12 CPS.`),
    no(`Goedemorgen, wat is precies het verschil tussen SS_TCP_CLOSE_RESET aan of uit? We overwegen het aan te zetten voor een nieuwe klant met veel TCP trunks.`),
    no(`Vraagje: als we RST aanzetten, gaat onze pfSense dan moeilijk doen? Nog niks gewijzigd, willen het eerst weten.`),
    // English (UK/IE)
    no(`Hi lads, is this ss -s anything to worry about?
TCP:   502 (estab 140, closed 330, orphaned 2, synrecv 0, timewait 318/0), ports 0
Quiet Tuesday afternoon.`),
    no(`What's TIME_WAIT actually for? Our junior engineer is panicking over 250 of them on the box.`),
    no(`Hypothetical: if we turned on RST close mode, would our customers' phones behind home routers start dropping registration? Nothing changed yet, just weighing it up.`),
  ],
  firewallNoRst: [
    // German
    no(`Hallo, bitte neuen Carrier whitelisten: 185.23.44.10 und .11, SIP 5060 UDP/TCP. Wo trage ich das ein, im VOS oder nur in iptables?`),
    no(`Moin, fail2ban hat heute Nacht unseren eigenen Kunden gebannt (91.x.x.x) nach 5 fehlgeschlagenen Registrierungen. fail2ban-client status zeigt ihn im sip-jail. Wie nehm ich den raus?`),
    no(`Guten Tag, wir möchten auf der FortiGate nur DE, AT und CH auf 5060 zulassen (Geo-Blocking). Welche Ports braucht VOS sonst noch, damit nichts kaputtgeht?`),
    no(`Servus, müssen wir für RTP den ganzen Bereich 10000-20000 UDP in der Sophos freigeben oder reicht weniger?`),
    no(`Hi, kannst du mal über unsere iptables-Regeln schauen, bevor wir die live nehmen?
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p tcp --dport 5060 -j ACCEPT
-A INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT
-A INPUT -j DROP
Reicht das so?`),
    no(`Hallo, Kunde fragt, ob er SIP ALG auf seiner Zyxel-Firewall ausschalten soll. Was empfehlt ihr?`),
    no(`Sehr geehrtes Support-Team, wir brauchen eine Portweiterleitung am MikroTik auf das VOS Webportal (8080). Die dst-nat Regel ist gesetzt, aber von außen kommt nichts an. Können Sie helfen?`),
    // Italian
    no(`ciao ragazzi, devo aprire la 5060 tcp sul pfsense per un nuovo carrier, che regola metto?`),
    no(`Buongiorno, fail2ban ha bannato l'IP del nostro ufficio di Milano e non riusciamo più ad entrare nel web manager. Come lo sblocco?`),
    no(`Salve, vorremmo mettere in whitelist gli IP del carrier 212.x.x.0/24 sulla Fortigate e bloccare tutto il resto sulla 5060. Potete verificare la policy prima che la attiviamo?`),
    no(`ciao, il firewall del cliente (Cisco ASA) ha la sip inspection attiva, gli dico di toglierla? ha audio one-way su qualche chiamata`),
    no(`Buonasera, dobbiamo fare port forwarding sul router del cliente per il gateway GSM, quali porte servono oltre alla 5060?`),
    // Polish
    no(`Dzień dobry, prosimy o pomoc z whitelistą: nowy operator 194.x.x.20, chcemy go wpuścić tylko na 5060. Robić to w iptables czy w VOS?`),
    no(`Cześć, fail2ban zablokował IP naszego klienta po kilku nieudanych próbach rejestracji. Jak go odblokować?`),
    no(`Witam, chcemy zablokować ruch SIP spoza UE na FortiGate (geo-blocking), bo skanery z Azji walą non stop. Jakieś wskazówki?`),
    no(`dzien dobry, klient ma MikroTika i pyta czy wylaczyc SIP helper (ALG). co polecacie?`),
    no(`Hej, mozecie zerknac na konfig pfSense przed wdrozeniem? Otwieramy 5060 UDP/TCP i RTP 10000-20000. Nic zle nie dziala, chcemy tylko review.`),
    // Romanian
    no(`Buna ziua, vrem sa deschidem portul 5060 TCP pe Sophos pentru un carrier nou. Ce reguli recomandati?`),
    no(`salut, fail2ban a banat ip-ul biroului nostru, nu mai intram in portal. cum scot ip-ul din jail?`),
    no(`Bună, clientul are un router TP-Link cu SIP ALG activ, să-l dezactiveze?`),
    no(`Salut, putem face whitelist doar pentru ip-urile carrierului in iptables si restul drop pe 5060? ne scaneaza toata ziua cu sipvicious`),
    // Dutch
    no(`Hoi, we willen een nieuwe carrier whitelisten in onze FortiGate, IP 83.x.x.50. Welke poorten heeft VOS allemaal nodig?`),
    no(`Goedemorgen, fail2ban heeft het IP van een klant gebanned. Hoe haal ik hem eruit?`),
    no(`Dag, kunnen jullie even meekijken naar de port forwarding op onze Draytek? 5060 gaat goed naar het VOS IP, maar de portal op 8080 is van buitenaf niet bereikbaar.`),
    // English (UK/IE)
    no(`Hi, need to whitelist a new carrier on our pfSense, 5060 UDP/TCP from 195.x.x.0/27. Which rules exactly?`),
    no(`fail2ban banned our own NOC's public IP last night after someone fat-fingered the portal password 6 times. How do I unban it?`),
    no(`Customer's Sophos XG has SIP ALG on, should we tell them to turn it off? No issues yet, just reviewing their config before go-live.`),
  ],
  negationContext: [
    // German
    no(`Hallo, nur zur Info: wir nutzen ausschließlich UDP, SS_TCP_CLOSE_RESET ist aus und war nie an. Die 3 unregistrierten Telefone heute früh lagen am falsch eingetippten Passwort, jetzt geht's wieder. Danke!`),
    no(`Danke für die Hilfe letzte Woche! Seit tcp_tw_reuse und dem größeren port range haben wir in der Spitze nur noch 800 TIME_WAIT statt 28k, kein "cannot assign requested address" mehr. Ticket kann zu.`),
    no(`Weitergeleitetes altes Ticket fürs Archiv: "Nach RST mode verlieren NAT-Telefone die Registrierung", gelöst im Januar durch Rückstellung auf FIN. Bitte nur ablegen, kein Handlungsbedarf.`),
    no(`Hi, der Kunde hatte "Firewall droppt RST" geschrieben, wir haben geprüft: RST ist bei uns aus, nie angefasst, und an der FortiGate hat niemand was geändert. Er meinte ein ganz anderes System. Nur zur Info.`),
    no(`Moin, das Thema mit den ausgehenden Ports zur Peak-Zeit ist seit dem Kernel-Tuning letzten Monat erledigt. Heute Abend 45 CPS, TIME_WAIT bei ca. 1.200, alles sauber.`),
    no(`Guten Tag, die Telefone sind seit heute Morgen unregistriert, nach der Passwortänderung, die der Kunde selbst im Portal gemacht hat. RST ist bei uns nicht aktiv. Wir tragen die neuen Passwörter jetzt ein.`),
    no(`Hallo, zur Klarstellung: das "address already in use" von gestern kam vom Tomcat auf 8080, nicht vom Softswitch. Ist erledigt, Prozess gekillt.`),
    // Italian
    no(`ciao ragazzi, grazie mille! dopo aver rimesso SS_TCP_CLOSE_RESET=Off i telefoni dietro NAT si registrano tutti di nuovo, risolto da ieri.`),
    no(`Buongiorno, vi inoltro per archivio il vecchio ticket di marzo sul Fortigate che scartava i RST ("no session matched"). Era stato risolto allora, non serve fare niente.`),
    no(`Salve, noi usiamo solo UDP, RST mai attivato, nessuno ha cambiato niente. I 4 interni non registrati erano telefoni staccati dalla corrente in un ufficio chiuso per ferie.`),
    no(`ciao, la storia delle porte esaurite nell'ora di punta si è risolta il mese scorso, grazie. oggi timewait massimo 900 a 40 cps.`),
    no(`Buonasera, il problema di stasera non era il firewall: la Sophos non ha scartato niente, il carrier aveva un guasto sul suo SBC, l'hanno confermato loro.`),
    // Polish
    no(`Dzień dobry, dziękujemy, po powrocie na FIN (SS_TCP_CLOSE_RESET=Off) wszystko działa, telefony za NAT zarejestrowane od wczoraj. Można zamknąć zgłoszenie.`),
    no(`Czesc, dla porzadku: u nas tylko UDP, trybu RST nigdy nie wlaczalismy. Telefony byly niezarejestrowane przez zmiane hasla, juz poprawione.`),
    no(`Witam, przesyłam stare zgłoszenie z lutego (porty wyczerpane w szczycie, 30 tys. TIME_WAIT) tylko do archiwum, rozwiązane wtedy przez tcp_tw_reuse. Dziś max 700.`),
    no(`Dzien dobry, nikt nic nie zmienial na firewallu ani w VOS, RST wylaczony. Rozlaczenia wczoraj to byla awaria lacza u operatora, juz potwierdzili.`),
    no(`hej, ten "Address already in use" co wysłałem rano to był mój lokalny serwer deweloperski, nie VOS. sorry za zamieszanie`),
    // Romanian
    no(`Mulțumim mult! După ce ați pus SS_TCP_CLOSE_RESET înapoi pe Off, telefoanele din spatele NAT s-au înregistrat toate. Se poate închide tichetul.`),
    no(`Buna ziua, noi folosim doar UDP si RST nu a fost activat niciodata, deci nu e de la asta. Telefoanele erau neinregistrate dupa schimbarea parolei, am rezolvat.`),
    no(`salut, problema cu porturile din ora de varf s-a rezolvat luna trecuta, acum timewait max 1.100 la 50 cps. multumim`),
    no(`Bună, vă trimit pentru arhivă tichetul vechi cu iptables care arunca RST-urile ca INVALID. E rezolvat din ianuarie, nu e nevoie de nimic.`),
    // Dutch
    no(`Dank jullie wel! Sinds SS_TCP_CLOSE_RESET weer uit staat zijn alle toestellen achter NAT weer geregistreerd. Ticket mag dicht.`),
    no(`Hoi, voor de duidelijkheid: wij gebruiken alleen UDP, RST is nooit aangezet. De unregistered toestellen kwamen door een stroomstoring in het pand.`),
    no(`Goedemiddag, ter archivering het oude ticket over de poortuitputting van vorig jaar doorgestuurd. Is toen opgelost, nu max 600 TIME_WAIT.`),
    // English (UK/IE)
    no(`Cheers for the help yesterday. Since reverting to FIN close the ASA isn't dropping anything and calls are clean. Can close this one.`),
    no(`Just to say: we're UDP only, RST has never been enabled, nobody changed anything. The unregistered phones were down to the new password policy we pushed. Sorted now.`),
    no(`Forwarding the old port exhaustion ticket from last spring for the record. Resolved at the time, figures are grand now (TIME_WAIT peaks at ~700).`),
  ],
  portExhaustion: [
    // German
    pe(`Hallo, jeden Abend ab 19 Uhr bei ca. 180 CPS schlagen Calls fehl. Im mbx3000d Log: "connect to 62.x.x.x:5060 failed: Cannot assign requested address". ss -s zeigt timewait 28614/0. Bitte dringend helfen!`),
    pe(`Moin, ss -s zur Spitzenzeit:
Total: 31502 (kernel 0)
TCP:   30987 (estab 1204, closed 29611, orphaned 3, synrecv 0, timewait 29580/0), ports 0
Ab da gehen keine neuen TCP-Verbindungen mehr zum Carrier raus. Nachts ist alles ok.`),
    pe(`Guten Tag, wir haben seit letzter Woche deutlich mehr Traffic (ca. 40 Tsd. Calls pro Stunde), und zur Hauptlastzeit bekommen wir EADDRINUSE bei den ausgehenden Verbindungen zu den Carriern. Ab 22 Uhr ist alles wieder normal.`),
    pe(`Servus, netstat -ant | grep TIME_WAIT | wc -l ergibt 31.244 zur Peak-Zeit, und die Anrufe brechen massenhaft mit 503 ab. ip_local_port_range ist noch Standard. Was sollen wir tun?`),
    pe(`Hi, jeden Tag zwischen 10 und 12 Uhr Kundenbeschwerden, Calls gehen nicht raus. Im Softswitch-Log tausende Zeilen "bind: Address already in use" beim Aufbau der TCP-Verbindung zum Termination-Carrier. Auf 5060 hört der Switch ganz normal.`),
    pe(`Sehr geehrte Damen und Herren, unser NOC meldet: ab ca. 150 CPS sind keine neuen TCP-Verbindungen mehr möglich, rund 25 tausend Sockets in TIME_WAIT. SS_TCP_CLOSE_RESET steht auf Off (Standard). Wir bitten um eine Empfehlung.`),
    pe(`hey, wieder das gleiche wie gestern: peak, 27k timewait, cannot assign requested address, calls failen. hab keine lust mehr jeden abend den server neu zu starten 😩`),
    // Italian
    pe(`Ciao ragazzi, nell'ora di punta (18-20) le chiamate falliscono, nel log "cannot assign requested address" verso il carrier. ss -s dice timewait 29871/0. Di notte tutto ok. Aiuto!`),
    pe(`Buongiorno, col nuovo cliente call center abbiamo superato i 200 cps e adesso nelle ore di punta non si aprono più connessioni TCP verso i fornitori. netstat conta circa 30 mila TIME_WAIT.`),
    pe(`Salve,
# ss -s
Total: 33102
TCP:   32650 (estab 980, closed 31540, orphaned 0, synrecv 0, timewait 31502/0), ports 0
e nel log del softswitch EADDRINUSE su ogni connect in uscita. Succede solo tra le 10 e le 13.`),
    pe(`ciao, stesso problema di ieri sera: picco, 28k timewait, chiamate che falliscono a raffica. ip_local_port_range è ancora 32768 60999. che valori mi consigliate?`),
    pe(`Buonasera, il nostro NOC vede "java.net.BindException: Cannot assign requested address" nel connettore che apre le connessioni TCP verso i carrier, solo nelle ore di traffico alto (oltre 160 cps). 25 mila socket in TIME_WAIT.`),
    pe(`ragazzi urgente!! dalle 19 nessuna chiamata esce sui trunk tcp, "address already in use" sulle connessioni in uscita, timewait 30 mila e passa. ieri uguale alla stessa ora`),
    // Polish
    pe(`Dzień dobry, w godzinach szczytu (ok. 170 CPS) połączenia nie wychodzą, w logu "cannot assign requested address" przy łączeniu do operatora. ss -s: timewait 28934/0. W nocy wszystko OK.`),
    pe(`Czesc, mamy problem: od 18 do 21 tysiace socketow w TIME_WAIT (ostatnio 31 tys.) i nowe polaczenia TCP nie wstaja, rozmowy padaja. Zwiekszyc ip_local_port_range?`),
    pe(`Witam,
netstat -ant | awk '{print $6}' | sort | uniq -c
  29412 TIME_WAIT
   1103 ESTABLISHED
     12 LISTEN
Przy tym połowa połączeń wychodzących do carriera kończy się błędem EADDRINUSE. Tylko w szczycie.`),
    pe(`dzien dobry, od kiedy doszedl nowy klient z call center (ok. 50 tysiecy polaczen na godzine) w szczycie brakuje portow, w logach "Cannot assign requested address", rozmowy sie nie zestawiaja. tcp_tw_reuse = 0.`),
    pe(`hej, znowu to samo w peaku: 27k timewait, nie idą nowe połączenia tcp do operatorów. restart pomaga na godzinę. co zrobić na stałe?`),
    pe(`Dzień dobry, zgłoszenie od NOC: przy ruchu powyżej 150 CPS softswitch nie może otworzyć nowych połączeń TCP (bind: Address already in use przy connect do carriera), 26 tysięcy gniazd w TIME_WAIT. Poza szczytem brak problemów.`),
    // Romanian
    pe(`Buna ziua, la ora de varf (17-20) apelurile pica, in log "cannot assign requested address" catre carrier. ss -s: timewait 29120/0. Noaptea merge totul.`),
    pe(`Salut, de când am trecut de 180 cps avem zeci de mii de socket-uri în TIME_WAIT (ultima dată 32 mii) și conexiunile TCP noi nu se mai deschid. Ce setări sysctl recomandați?`),
    pe(`Bună ziua,
TCP:   30411 (estab 1320, closed 29002, orphaned 1, synrecv 0, timewait 28977/0), ports 0
și apelurile noi eșuează cu EADDRINUSE pe conexiunile de ieșire. Doar în orele aglomerate.`),
    pe(`salut urgent, iar la peak: 27 mii timewait, apeluri esuate in masa, "Address already in use" la conectarea spre furnizori. ieri la fel.`),
    pe(`Buna, NOC-ul raporteaza ca peste 150 cps nu se mai pot face conexiuni TCP noi catre carrieri, ip_local_port_range e default. Aprox. 25 mii TIME_WAIT.`),
    // Dutch
    pe(`Hoi, elke avond in de piek (ca. 170 CPS) mislukken calls met "Cannot assign requested address" op uitgaande TCP-verbindingen. ss -s: timewait 28400/0. 's Nachts niks aan de hand.`),
    pe(`Goedemorgen, sinds de nieuwe callcenterklant erbij is zien we in de spits zo'n 30 duizend TIME_WAIT sockets en gaan er geen nieuwe TCP-verbindingen meer naar de carriers. Wat adviseren jullie?`),
    pe(`urgent: weer piekuur, EADDRINUSE op uitgaande connects, 27k timewait, gesprekken falen bij bosjes.`),
    // English (UK/IE)
    pe(`Hi, every weekday between 9 and 11 calls start failing. mbx3000d log is full of "connect() failed: Cannot assign requested address" towards our carriers, ss -s shows timewait 29,340. Fine off-peak. Help please!`),
    pe(`Evening lads, peak again: ~30k sockets in TIME_WAIT, no new TCP connections out to the carriers, calls failing left and right. ip_local_port_range is the default. What should we change?`),
    pe(`Our NOC flagged this: above ~160 CPS we get EADDRINUSE on outbound TCP to the termination vendors and ASR collapses. netstat shows 26k TIME_WAIT. Quiet hours are fine.`),
  ],
  natUnregistered: [
    // German
    nat(`Hallo, seit ihr gestern SS_TCP_CLOSE_RESET auf On gestellt habt, stehen bei uns ca. 60 Telefone hinter den Fritzboxen der Kunden auf "unregistered". Die nutzen alle SIP über TCP. Bitte prüfen!`),
    nat(`Moin, seit der Umstellung auf RST-Modus verlieren unsere Homeoffice-Agenten (Softphone, TCP, hinter Heimroutern) alle paar Minuten die Registrierung. Im Büro mit öffentlicher IP ist alles stabil.`),
    nat(`Guten Tag, nach Ihrer Änderung gestern Abend sind unsere Grandstream-Gateways hinter dem MikroTik-NAT nicht mehr registriert. Transport TCP. Vorher lief das monatelang stabil.`),
    nat(`Servus, seit ihr den Close-Mode umgestellt habt, fliegen die Zoiper-Clients unserer Reseller raus, alle hinter NAT, alle TCP. Die UDP-Kunden haben kein Problem.`),
    nat(`Hi, wir haben auf eure Empfehlung SS_TCP_CLOSE_RESET=On gesetzt und service mbx3000d reparse gemacht. Seitdem sind die Yealinks in 3 Filialen (jeweils hinter Büro-NAT, SIP/TCP) immer wieder unregistriert. Rückgängig machen?`),
    nat(`Sehr geehrtes Support-Team, seit Aktivierung des RST-Modus melden sich die Endgeräte unseres Kunden hinter einem LANCOM-Router ständig ab (Transport TCP). Im Web Manager sehen wir sie im Minutentakt online/offline.`),
    nat(`hey, seit dem rst zeug gestern sind die ganzen home office leute offline. softphones über tcp hinter vodafone kabel routern. im büro geht alles`),
    // Italian
    nat(`Ciao ragazzi, da quando ieri avete attivato SS_TCP_CLOSE_RESET i telefoni dei clienti dietro i router di casa risultano unregistered. Usano SIP su TCP. Prima andava tutto.`),
    nat(`Buongiorno, dopo il passaggio alla modalità RST i softphone degli operatori in smart working (TCP, dietro NAT) perdono la registrazione ogni pochi minuti. In sede nessun problema.`),
    nat(`Salve, dal cambio di ieri sera i gateway GSM dietro MikroTik con NAT non sono più registrati, trasporto TCP. Quelli con IP pubblico funzionano.`),
    nat(`ciao, abbiamo messo SS_TCP_CLOSE_RESET=On come suggerito e fatto reparse, ora 40 interni dietro i router tim e fastweb vanno e vengono, registrati/non registrati. tutti in tcp.`),
    nat(`Buonasera, da quando avete cambiato la modalità di chiusura TCP i telefoni Snom del nostro cliente (ufficio con NAT, SIP over TCP) risultano unregistered a intermittenza.`),
    nat(`urgente: dopo l'attivazione del RST mode metà dei nostri clienti con softphone in tcp dietro nat non si registra più. quelli in udp nessun problema.`),
    // Polish
    nat(`Dzień dobry, od kiedy wczoraj włączyliście SS_TCP_CLOSE_RESET, telefony klientów za routerami domowymi są unregistered. Korzystają z SIP po TCP.`),
    nat(`Czesc, po przelaczeniu na tryb RST softphony naszych konsultantow pracujacych z domu (TCP, za NAT) co kilka minut traca rejestracje. W biurze z publicznym IP jest OK.`),
    nat(`Witam, od wczorajszej zmiany bramki za MikroTikiem z NAT nie rejestrują się, transport TCP. Przed zmianą działało stabilnie od miesięcy.`),
    nat(`dzien dobry, ustawilismy SS_TCP_CLOSE_RESET=On i reparse, teraz ok. 50 telefonow za routerami Orange i UPC co chwile traci rejestracje. wszystkie na tcp.`),
    nat(`Dzień dobry, od zmiany trybu zamykania połączeń telefony Yealink w oddziałach (NAT biurowy, SIP/TCP) pokazują na zmianę zarejestrowany i niezarejestrowany.`),
    nat(`pilne: po wlaczeniu RST polowa klientow z softphonami na TCP za NATem nie moze sie zarejestrowac, klienci UDP bez problemu`),
    // Romanian
    nat(`Bună ziua, de când ați activat ieri SS_TCP_CLOSE_RESET, telefoanele clienților din spatele routerelor de acasă apar unregistered. Folosesc SIP pe TCP.`),
    nat(`Salut, dupa trecerea pe modul RST softphone-urile agentilor care lucreaza de acasa (TCP, in spatele NAT) pierd inregistrarea la cateva minute.`),
    nat(`Buna, de la schimbarea de aseara gateway-urile din spatele MikroTik cu NAT nu se mai inregistreaza, transport TCP. Cele cu IP public merg.`),
    nat(`salut, am pus SS_TCP_CLOSE_RESET=On cum ati zis si reparse, acum vreo 30 de telefoane in spatele routerelor Digi apar si dispar. toate pe tcp.`),
    nat(`Bună ziua, de când ați schimbat modul de închidere a conexiunilor, telefoanele din birourile clientului (NAT, SIP over TCP) sunt neînregistrate intermitent.`),
    // Dutch
    nat(`Hoi, sinds jullie gisteren SS_TCP_CLOSE_RESET aan hebben gezet staan de toestellen van klanten achter hun thuisrouters op unregistered. Ze gebruiken SIP over TCP.`),
    nat(`Goedemorgen, na de omschakeling naar RST-modus verliezen de softphones van onze thuiswerkers (TCP, achter NAT) elke paar minuten de registratie.`),
    nat(`Dag, sinds de wijziging van gisteravond registreren onze gateways achter de MikroTik met NAT niet meer, transport TCP.`),
    // English (UK/IE)
    nat(`Hi, since you enabled SS_TCP_CLOSE_RESET yesterday our customers' phones behind home routers are showing unregistered. They're on SIP over TCP. Worked fine before.`),
    nat(`Morning, after the switch to RST mode our remote agents' softphones (TCP, behind NAT) keep dropping registration every few minutes. Office phones on a public IP are grand.`),
    nat(`Since your change last night our gateways behind the MikroTik NAT won't stay registered, TCP transport. Nothing else changed our side.`),
  ],
  firewallRst: [
    // German
    fw(`Hallo, seit der RST-Modus aktiv ist, hängen Calls zu einem Carrier. Im FortiGate-Log:
date=2024-05-14 time=19:02:11 type="traffic" subtype="forward" srcip=10.1.1.5 srcport=5060 proto=6 action="deny" msg="no session matched" tcpflags="RST"
Das ist unsere VOS-IP.`),
    fw(`Moin, nach Aktivierung von SS_TCP_CLOSE_RESET brechen Gespräche über unsere Cisco ASA ab. show log:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 81.x.x.x/41532 flags RST on interface inside`),
    fw(`Guten Tag, seit Ihrer Änderung gestern landen im iptables-Log lauter Einträge "INVALID DROP ... PROTO=TCP SPT=5060 ... RST" und die TCP-Trunks hängen. conntrack -S zeigt invalid stetig steigend.`),
    fw(`Servus, das pfSense Firewall-Log ist voll mit geblockten Paketen "TCP:R" vom Softswitch, seit RST an ist. Calls zum Carrier bleiben hängen bzw. brechen ab.`),
    fw(`Hi, unsere Sophos XG droppt seit dem Umstellen auf RST die Reset-Pakete (Log: "Packet dropped (out of state)"), Folge: Calls über TCP bleiben hängen und neue kommen nicht durch.`),
    fw(`Sehr geehrte Damen und Herren, nach SS_TCP_CLOSE_RESET=On fallen Anrufe über unseren MikroTik ab. Unter /ip firewall filter zählt die Regel "drop invalid" tausende Pakete, tcp-flags=rst.`),
    fw(`dringend: seit gestern rst modus und jetzt failen die tcp calls zum carrier durch unsere fortigate, log sagt no session matched, flags R. vorher alles gut`),
    // Italian
    fw(`Ciao ragazzi, da quando è attivo il RST mode le chiamate verso un carrier restano appese. Sul Fortigate: msg="no session matched", proto=6, flag RST dall'IP del nostro VOS.`),
    fw(`Buongiorno, dopo l'attivazione di SS_TCP_CLOSE_RESET le chiamate che passano dall'ASA cadono. Log:
%ASA-6-106015: Deny TCP (no connection) from 172.16.0.10/5060 to 93.x.x.x/50211 flags RST on interface dmz`),
    fw(`Salve, dal cambio di ieri vediamo su iptables drop di pacchetti INVALID con flag RST dal softswitch e le chiamate su tcp falliscono.`),
    fw(`ciao, il pfsense blocca i pacchetti TCP:R dal vos da quando avete messo RST, le chiamate restano appese senza BYE.`),
    fw(`Buonasera, la Sophos del cliente scarta i reset come "out of state" da quando il softswitch chiude in RST: chiamate che cadono dopo pochi secondi.`),
    fw(`urgente: RST attivato ieri, ora il mikrotik davanti al vos droppa tutto come invalid e le chiamate tcp non vanno`),
    // Polish
    fw(`Dzień dobry, od włączenia trybu RST rozmowy do jednego operatora wiszą. Na FortiGate: msg="no session matched", flagi RST z IP naszego VOS.`),
    fw(`Czesc, po ustawieniu SS_TCP_CLOSE_RESET=On rozmowy przez Cisco ASA sie zrywaja, w logu %ASA-6-106015 Deny TCP (no connection) ... flags RST.`),
    fw(`Witam, iptables po wczorajszej zmianie loguje masę "INVALID DROP" z flagą RST od softswitcha, połączenia TCP się zawieszają.`),
    fw(`dzien dobry, pfSense blokuje pakiety z flaga R od VOS odkad jest RST, rozmowy zostaja zawieszone.`),
    fw(`hej, MikroTik u klienta dropuje invalid (tcp-flags=rst) od kiedy przestawiliście tryb zamykania, połączenia tcp padają`),
    fw(`pilne: Sophos daje "out of state" na resetach z VOS od wczoraj, po włączeniu RST, połowa rozmów się nie zestawia`),
    // Romanian
    fw(`Bună ziua, de când e activ modul RST apelurile spre un carrier rămân agățate. Pe FortiGate: msg="no session matched", flag RST de la VOS.`),
    fw(`Salut, dupa SS_TCP_CLOSE_RESET=On apelurile prin ASA cad, log: %ASA-6-106015 Deny TCP (no connection) flags RST.`),
    fw(`Buna, de ieri, de la schimbare, iptables arunca pachetele RST de la softswitch ca INVALID si apelurile pe TCP esueaza.`),
    fw(`salut, pfsense blocheaza pachetele TCP:R de la vos de cand ati pus RST, apelurile raman blocate`),
    fw(`Bună, MikroTik-ul din fața VOS dropează invalid cu tcp-flags=rst de la activarea RST, apelurile TCP cad.`),
    // Dutch
    fw(`Hoi, sinds RST-modus aan staat blijven calls naar een carrier hangen. FortiGate log: msg="no session matched", flags RST vanaf onze VOS.`),
    fw(`Goedemorgen, na SS_TCP_CLOSE_RESET=On vallen gesprekken weg via onze ASA:
%ASA-6-106015: Deny TCP (no connection) from 10.20.0.4/5060 to 145.x.x.x/38812 flags RST on interface inside`),
    fw(`Dag, de pfSense blokkeert TCP:R pakketten van de softswitch sinds jullie de close mode hebben omgezet, calls blijven hangen.`),
    // English (UK/IE)
    fw(`Hi, since RST mode went on, calls to one of our carriers hang. FortiGate log: msg="no session matched" with RST flags from the VOS IP.`),
    fw(`Morning, after SS_TCP_CLOSE_RESET=On calls through our ASA drop.
%ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 91.x.x.x/52114 flags RST on interface inside`),
    fw(`Our iptables box started logging "INVALID DROP" on RST packets from the softswitch right after your change yesterday, and the TCP trunks keep hanging.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning193Set: readonly EvalItem[] = Object.values(tuning193Families).flat();
