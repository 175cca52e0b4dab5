import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Messages from VOS3000 operators, resellers and NOC engineers across Europe, from the Nordics to Greece, writing on
 * WhatsApp in Swedish, Norwegian, Danish, Finnish, Dutch and Flemish, German from Germany, Austria and Switzerland
 * (Swiss German included), Italian, Polish, Czech, Hungarian, Romanian and Greek (Greek script and Greeklish), with
 * English tech words mixed in and a few NOC notes in English; from formal e-mail register ("Sehr geehrte Damen und
 * Herren", "Spett.le Supporto", "Szanowni Państwo") to NOC chat slang typed without diacritics; figures written as
 * 30.000, 30 000, 29'000, 30k, 28 tusind, 30 Tausend, trentamila, 30 tys., 29 ezer or 30 χιλιάδες. One-liners,
 * voice-note transcripts, formal tickets, notes for colleagues and pasted netstat/ss/tcpdump/iptables/conntrack/ASA/
 * FortiGate/pfSense/Check Point/MikroTik and softswitch log lines, with typos and slang.
 *
 * The two-hundred-and-fifty-seventh tuning split, written as the two-hundred-and-fifty-seventh never-tuned
 * evaluation set because Europe's many small carriers and resellers run VOS3000 next to their own firewalls, branch
 * NAT routers and side services, and write to support in a dozen languages, often several in one chat, in fresh
 * hands again. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written before the eighty-fourth round of rules by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured as
 * such before and after the eighty-fourth round, then made tuning material for the eighty-fifth: bench/classify
 * lists its misses.
 *
 * First measured, before any tuning on it: in scope 88.9 %, negatives confident 7.4 %, confident wrong 0 % with the
 * rules of the eighty-third round, before the eighty-fourth.
 * After the eighty-fourth round: the same.
 * After the eighty-fifth round, tuned on: in scope 95.6 %, negatives confident 0.7 %, confident wrong 0 %; still
 * short of the bar.
 * After the eighty-sixth round, tuned on: in scope 95.6 %, negatives confident 0 %, confident wrong 0 %; still
 * short of the bar.
 */
export const tuning257Families = {
  oneListeningPort: [
    no(`Hej, efter yum update på vos-sthlm-02 vägrar nginx starta: "nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)". netstat -tlnp visar att httpd redan sitter på 443 – den verkar ha aktiverats av uppdateringen. Ska vi stänga av httpd eller flytta nginx?`),
    no(`hei. mysqld på VOS-boksen kom ikke opp igjen etter restart i natt. i mysqld.log: "[ERROR] Can't start server: Bind on TCP/IP port: Address already in use" og "Do you already have another mysqld server running on port: 3306 ?". ps viser en gammel mysqld-prosess som henger. trygt å kill -9 den?`),
    no(`Goddag. Web-portalen til VOS3000 (tomcat) starter ikke efter vi flyttede den til en ny VM. catalina.out: java.net.BindException: Address already in use (Bind failed) <null>:8080. Der kører også en Jenkins på samme maskine, som åbenbart også vil have 8080. Kan I hjælpe med at flytte portalen til 8081?`),
    no(`moi, sshd ei käynnisty kun vaihdettiin portti 22 -> 2222: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." lsof näyttää että joku vanha socat-tunneli kuuntelee 2222:ssa. ei liity puheluihin, puhelut kulkee normaalisti. miten tämä kannattaa siivota?`),
    no(`docker compose up geeft: Error response from daemon: driver failed programming external connectivity on endpoint kamailio-lab: Bind for 0.0.0.0:5060 failed: port is already allocated. Ja, VOS3000 draait op dezelfde host en luistert zelf op 5060. Kan ik de lab-container op 5070 zetten zonder dat VOS er last van heeft?`),
    no(`Allee, onze stagiair krijgt bij "npm run dev" van het klantenportaaltje: Error: listen EADDRINUSE: address already in use :::3000. Blijkt dat Grafana daar ook al op staat 🙈 Moet ik iets aanpassen op de VOS-server zelf of gewoon de dev-poort veranderen? 't Is de testmachine, geen productie hoor.`),
    no(`Moin, wir wollten auf dem VOS-Host testweise einen Asterisk mitlaufen lassen. chan_pjsip meldet beim Start: "Unable to bind to 0.0.0.0:5060: Address already in use". Klar, der Softswitch hat 5060. Reicht es, in der pjsip.conf den Transport auf 5062 zu setzen, oder kommen die sich noch woanders in die Quere?`),
    no(`Griaß eich, nach dem Java-Update startet die VOS-Weboberfläche nimmer:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8443"]
java.net.BindException: Address already in use <null>:8443
Ein zweiter Tomcat (von der Billing-Firma installiert) lauft auf dem gleichen Port. Wer von beiden soll 8443 behalten?`),
    no(`Grüezi mitenand. Uf em VOS-Server lauft zuesätzlich en Redis für eusi CDR-Uswertig. Sit em Reboot chunnt redis-server nöd uf: "Could not create server TCP listening socket *:6379: bind: Address already in use". Es isch e zweiti Instanz, wo systemd doppelt startet. Wie schalt ich die eint ab, ohni dass de Softswitch öppis merkt?`),
    no(`Buongiorno, sul server di test abbiamo FreeSWITCH accanto a VOS. Il profilo external non parte: "[ERR] sofia.c Error Creating SIP UA for profile: external (sip:mod_sofia@203.0.113.14:5080) The likely causes for this are: 1) Another application is already listening on the specified address." Su 5080 c'è un vecchio sipp rimasto in ascolto. Lo posso killare tranquillamente?`),
    no(`ciao ragazzi, lighttpd non si avvia più dopo che il tecnico ha installato il pannello VOS: "can't bind to socket: 0.0.0.0:80 Address already in use". Mi serve solo per le statistiche interne, va bene spostarlo su 8088?`),
    no(`Dzień dobry, po restarcie usługi interfejs WWW VOS3000 nie wstaje. W logu:
java.net.BindException: Address already in use (Bind failed)
	at java.net.PlainSocketImpl.socketBind(Native Method)
na porcie 8080. "ps aux | grep java" pokazuje, że stary proces javy nadal żyje (PID 2231). Połączenia głosowe chodzą normalnie, leży tylko panel. Zabić go?`),
    no(`siema, postgres na maszynie z billingiem nie startuje: "could not bind IPv4 address "0.0.0.0": Address already in use" i "HINT: Is another postmaster already running on port 5432?". Ktoś zainstalował drugi klaster 12 obok 9.6. Jak to rozplątać, żeby nie ruszać VOS-a?`),
    no(`Dobrý den, Grafana na monitorovacím stroji neběží: logger=server msg="Failed to start server" error="listen tcp 0.0.0.0:3000: bind: address already in use". Na 3000 poslouchá nějaký node proces, který tam nechal bývalý kolega. Sledujeme tím jen CPS a ASR z VOS, provoz samotný je v pořádku.`),
    no(`cau, vsftpd nechce nastartovat, "500 OOPS: could not bind listening IPv4 socket". na 21 uz bezi proftpd z nejakeho stareho balicku. ftp mame jen na stahovani CDR z VOSu. co s tim?`),
    no(`Jó napot! A Zabbix agent nem indul a VOS szerveren: "zabbix_agentd [1822]: cannot start listener: bind() for [[-]:10050] failed: [98] Address already in use". Kiderült, hogy két agent van telepítve (zabbix-agent és zabbix-agent2). Melyiket hagyjuk meg?`),
    no(`sziasztok, az snmpd újraindításkor hibát dob: "Error opening specified endpoint "udp:161"", előtte "bind: Address already in use". A netstat szerint egy régi net-snmp példány fogja a 161-et. A hívásokkal nincs baj, csak a monitoring esett ki tegnap este óta.`),
    no(`Bună ziua, după mutarea portalului VOS3000 pe alt disc, Tomcat nu mai pornește: "java.net.BindException: Address already in use: JVM_Bind" pe portul 8080. Am găsit că interfața web a serviciului de backup ascultă tot pe 8080. Putem schimba portul portalului din server.xml fără să afectăm softswitch-ul?`),
    no(`salut, openvpn pe gateway-ul de management nu mai porneste: "TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use". e o a doua instanta pornita din crontab de un coleg. noi intram pe VOS doar prin VPN, deci acum n-avem acces la web panel. cum o opresc pe cea dublura?`),
    no(`Καλησπέρα σας. Μετά από επανεκκίνηση του server, η MySQL του VOS3000 δεν ανεβαίνει: "Bind on TCP/IP port: Address already in use" στη θύρα 3306. Με netstat -tlnp βλέπω ότι τρέχει ήδη μια δεύτερη διεργασία mysqld από το mysqld_safe. Πώς την τερματίζω χωρίς να χαθούν CDR;`),
    no(`geia sas, valame kamailio mprosta apo to VOS gia load balancing, alla otan to ksekinaw vgazei "ERROR: <core> [core/socket_info.c]: bind(...) on 0.0.0.0:5060 failed: Address already in use". To VOS akouei hdh sto 5060 ston idio server. Prepei na allaksw port sto VOS h sto kamailio?`),
    no(`NOC Amsterdam here. node_exporter on vos-ams-3 keeps crash-looping: "listen tcp :9100: bind: address already in use". Turns out an old prometheus-node-exporter package from EPEL is enabled too. ss -s looks boring (timewait 140), voice traffic unaffected, only our dashboards go blank. Which unit should we keep?`),
    no(`Tja! Försöker slå på SIP TLS på Kamailio som sitter framför VOS-klustret, men får "tls: bind(5061) failed: Address already in use". VOS själv kör TLS på 5061 på samma maskin. Kan Kamailio ta 5063 istället, eller ska vi flytta VOS-TLS?`),
    no(`Hallo, unser kleines Flask-Dashboard für die CDRs startet nach dem Deploy nicht mehr: "OSError: [Errno 98] Address already in use" auf Port 5000. Vermutlich hängt noch der alte gunicorn-Master. Der Softswitch selbst läuft sauber, null Fehler in der Telefonie. Gibt's einen sauberen Weg außer Reboot?`),
    no(`Hej. HAProxy foran vores web-portaler vil ikke reloade: "[ALERT] Starting frontend stats: cannot bind socket (Address already in use) [0.0.0.0:8404]". Vi har åbenbart to frontends, der begge definerer 8404 i haproxy.cfg efter en merge. Kan I kigge på det?`),
    no(`Webmin på VOS-serveren svarer ikke lenger på port 10000. Prøvde /etc/init.d/webmin restart: "Failed to bind to port 10000 : Address already in use". netstat -anp | grep 10000 viser at miniserv.pl fortsatt kjører som en foreldreløs prosess. Vanlig kill, eller må det mer til?`),
    no(`Hei, laskutus-API (Go) ei lähde käyntiin VOS-palvelimella: "listen tcp :8081: bind: address already in use". Edellinen versio jäi pyörimään systemd:n ulkopuolelle, kun päivitin sen käsin. Ei mitään tekemistä SIP-liikenteen kanssa, mutta asiakkaat eivät näe saldojaan.`),
  ],
  otherRegistrationCause: [
    no(`Hej! Alla anknytningar på kontoret i Göteborg visar "Unregistered" sedan i morse. Min kollega bytte lösenord på kontona 4600–4640 i VOS-webben igår kväll, och telefonerna har fortfarande de gamla. Loggen visar 403 Forbidden på varje REGISTER. Hur gör vi enklast omprovisionering?`),
    no(`Strømbrudd på kontoret i Bergen i natt (ca 02:10–05:40). Alle Yealink-telefonene er fortsatt uregistrert: PoE-switchen kom aldri opp igjen, lysene er helt av, så telefonene har rett og slett ikke strøm. Dere trenger ikke gjøre noe på softswitchen, ville bare melde at 38 ekstensjoner mangler i dag.`),
    no(`Alle vores lokaler i Aarhus er offline i VOS – ingen registreringer siden 07.45. Norlys har bekræftet et fiberbrud i området, forventet retableret kl. 14. Vil I sætte viderestilling til mobil op på hovednummeret indtil da?`),
    no(`Huomenta. Tänään keskiyön jälkeen yksikään puhelin ei rekisteröidy VOS3000:aan, ja web-käyttöliittymässä lukee "License expired". Onko lisenssi uusittu teidän päässä? Asiakkaat soittelee jo. Meidän verkossa ei ole muutoksia.`),
    no(`Goedemorgen. We hebben gisteren de VOS-server verhuisd naar een nieuw datacenter, nieuw publiek IP 198.51.100.40. Het A-record van sip.klant.nl wijst nog naar het oude adres (TTL 86400, oeps). Alle toestellen staan nu op unregistered. Kunnen jullie bevestigen dat ze weer registreren zodra DNS doorpropageert?`),
    no(`Dag, in ons magazijn in Gent zijn al de wifi-handsets afgemeld. De wifi-controller ligt sinds 't middaguur plat, heel 't magazijn heeft geen netwerk. De bureautoestellen op kabel werken wel. Gewoon ter info, we bellen de IT-firma.`),
    no(`Sehr geehrte Damen und Herren, seit heute 00:00 Uhr sind sämtliche Nebenstellen unseres Kunden Müller GmbH abgemeldet. Im VOS-Webinterface steht beim Account "Ablaufdatum 31.05." – der Vertrag wurde verlängert, aber offenbar nicht im System nachgetragen. Bitte verlängern Sie das Konto. Mit freundlichen Grüßen`),
    no(`Hallo, wir haben heut in der Filiale Graz den alten Router gegen eine A1-Box getauscht. Die Telefone sprechen SIP über UDP auf 5060, TCP verwendet dort keiner. Seit dem Tausch sind sie unregistriert; die Box hängt hinter dem alten Modem, also doppelt genattet. Was muss ich an der Box einstellen?`),
    no(`Grüezi, d Swisscom hät hüt d Internet-Box bi eus im Büro in Winterthur uusgwächslet. Sit denn sind alli 12 Telefon unregistriert: di neu Box verteilt 192.168.1.x, aber d Telefon händ fixi IPs im alte Netz 192.168.178.x. Es lauft alles über UDP. Müend mir jedes Telefon einzeln umstelle?`),
    no(`Buongiorno, un collega ha cambiato per sbaglio la password dell'account SIP del centralino (interni 200-230) dal pannello VOS. Ora tutti gli interni risultano non registrati e nel log vedo solo "401 Unauthorized" in loop. Non ci ricordiamo quella vecchia: potete reimpostarla o mandarci la nuova?`),
    no(`ciao, stanotte temporale forte a Bari, è saltata la corrente in ufficio e l'UPS ha retto 20 minuti. stamattina metà telefoni non registrati perché lo switch PoE non si è più acceso, l'altra metà ok. il server VOS sta in datacenter quindi non è toccato. vi scrivo solo per sapere se vedete arrivare i tentativi di registrazione.`),
    no(`Dzień dobry, klient z Poznania zgłasza, że od rana telefony są niezarejestrowane. Sprawdziłem w VOS: konto ma saldo 0,00 i status "wygasłe" od pierwszego. Przedłużycie ważność konta? Faktura zapłacona wczoraj, mogę przesłać potwierdzenie.`),
    no(`hej, w piątek zmieniliśmy rekord DNS voip.firma.pl na nowy adres serwera, a część telefonów (te starsze Grandstreamy) ciągle rejestruje się na stary IP, bo trzymają DNS w cache do restartu. Tylko UDP, żadnego TCP. Macie sposób na masowy reboot przez provisioning?`),
    no(`Dobrý den, v noci byl v budově výpadek proudu a UPS vydržela jen hodinu. Po obnovení se telefony nezaregistrovaly, protože router od Vodafonu naběhl s továrním nastavením (zřejmě se mu poškodila konfigurace). Nemáte náhodou zálohu původní konfigurace, kterou jste nám tehdy dělali?`),
    no(`cau, O2 ma od rana vypadek v cele Ostrave, nase pobocka je bez netu a tim padem vsechny linky unregistered. jen at vite, ze to neni vase chyba, az uvidite ve VOSu vsechno cervene.`),
    no(`Szia! Az irodában reggel óta 6 telefon nincs regisztrálva, a többi rendben. Kiderült, hogy a takarító kihúzta a PoE switch egyik tápját, és azon a 6 készülék egyszerűen nem kapott áramot. Visszadugtuk, most bootolnak. Csak szólok, ne keressétek nálatok a hibát.`),
    no(`Jó napot kívánok, a Telekom szerint körzeti hiba van Debrecenben, ma 9 óta nincs internet az ügyfélnél, ezért minden mellék unregistered a VOS-ban. Át tudnátok irányítani a fővonalat a mobilszámra, amíg helyreáll?`),
    no(`Bună dimineața. De azi-noapte telefoanele noi nu se mai pot înregistra pe VOS3000; în log apare "registration limit exceeded", iar în panou scrie că licența permite 500 de înregistrări și noi am ajuns la 500. Cele vechi merg în continuare. Cum cumpărăm extensia de licență?`),
    no(`salut, la clientul din Cluj a picat Digi de la 11, nu au net deloc, deci toate extensiile sunt neinregistrate. telefoanele sunt pe UDP, nimic schimbat la noi. va anunt doar ca sa nu deschideti tichet de alarma.`),
    no(`Καλημέρα. Χθες το απόγευμα είχαμε διακοπή ρεύματος στο γραφείο της Πάτρας και από τότε τα 14 εσωτερικά φαίνονται unregistered στο VOS. Το router ξαναπήρε ρεύμα, αλλά το PoE switch όχι – μάλλον κάηκε το τροφοδοτικό. Θα το αλλάξουμε αύριο, απλώς σας ενημερώνουμε.`),
    no(`kalhspera, allaksame public IP ston server (metafora apo Cosmote se Vodafone business) kai ta thlefwna twn pelatwn exoun akoma to palio IP hardcoded. ola UDP. ti proteinete, redirect apo to palio IP h na ta allaksoume ena ena?`),
    no(`NOC Malmö: reseller "Nordvoice" reports 160 endpoints unregistered since 14:02. Checked: their account in VOS hit the max-registrations cap (160/160) after they onboarded a new customer, and new REGISTERs get 403 "Too many registrations". Nothing network-related. Can someone raise the cap to 250?`),
    no(`Na een firmware-update van de Grandstream HT802's (1.0.43 → 1.0.45) zijn ze allemaal teruggevallen naar fabrieksinstellingen. Geen SIP-account meer erin, dus natuurlijk unregistered. 22 stuks bij 5 klanten. Hebben jullie het provisioning-template nog?`),
    no(`Hallo zusammen, Kunde in Leipzig: Telefone hinter Fritzbox, Transport UDP, seit dem Providerwechsel (Telekom → 1&1) alle 20 Minuten kurz unregistriert. Am Softswitch haben wir nichts geändert, die RST-Einstellung nie angefasst, und TCP nutzt dort niemand. Sieht für mich nach einem zu kurzen UDP-Timeout im neuen Router aus – seht ihr das ähnlich?`),
    no(`Asiakkaan (Tampere) kaikki liittymät ovat unregistered, koska heidän tilinsä on lukittu: lasku kolme kuukautta erääntynyt ja järjestelmä sulki tilin automaattisesti. He maksoivat juuri. Voitteko avata tilin?`),
    no(`Vi flyttet telefonene i Trondheim over på eget tale-VLAN (VLAN 30) i går. DHCP-scopet for VLAN 30 ble ikke aktivert, så telefonene får ingen IP og registrerer seg selvsagt ikke. Fikser det selv, men lurer på om dere anbefaler option 66 for provisjonering?`),
    no(`Hej, en kollega omdøbte i går brugernavnene på alle lokalnumre hos kunden i Odense (fra 301 til 4301 osv.) i VOS, men glemte at opdatere telefonerne. Nu står de alle som ikke-registreret. Kan I lave en bulk-ændring tilbage, eller skal vi provisionere igen?`),
  ],
  smallFigures: [
    no(`hej, snabb fråga: ss -s på vos-sth-01 visar "TCP: 1 312 (estab 88, closed 197, orphaned 0, timewait 214)". Är 214 timewait normalt för en switch med ca 12 CPS på kvällen? Inga problem just nu, bara nyfiken.`),
    no(`Kan noen forklare meg enkelt hva TIME_WAIT egentlig er? Ser det i netstat-utskriften hver gang jeg sjekker serveren, men det er aldri mer enn et par hundre. Er det noe jeg bør bry meg om?`),
    no(`Hvordan tjekker jeg, hvilken ephemeral port range vores VOS-server bruger? Det er CentOS 6. Skal bare dokumentere det til ISO-revisionen, der er ingen problemer med trafikken.`),
    no(`Yöllä klo 3 netstat -ant | grep -c TIME_WAIT antoi 87, päivällä noin 400. Onko tuo ihan normaalia vai pitäisikö jotain säätää? Puhelut toimii.`),
    no(`Is 300 TIME_WAIT normaal bij zo'n 15 cps? Ik ben nog aan het leren hoe ik die server moet lezen. Er is niks kapot.`),
    no(`Vraagje van een nieuwe collega: hoeveel uitgaande poorten heeft een standaard CentOS 7 eigenlijk? Ik zie 32768 60999 in /proc/sys/net/ipv4/ip_local_port_range. Dat is toch 28 duizend en iets, of reken ik verkeerd?`),
    no(`Monatlicher Health-Check vos-fra-01 (Juni):
- CPU 14 %, RAM 41 %
- TIME_WAIT: 412
- ESTAB: 96
- ip_local_port_range 32768 60999
- Fehler im Log: keine
Passt das so, oder würdet ihr vorsorglich irgendwas ändern?`),
    no(`Frage zu net.ipv4.tcp_tw_reuse: bei uns steht's auf 0. Was macht der Parameter genau, und braucht man ihn bei 250 TIME_WAIT überhaupt? Nur zum Verständnis, kein akutes Problem.`),
    no(`Grüezi, ab wie vielen TIME_WAIT sollte man sich Sorgen machen? Wir sehen auf dem Softswitch in der Spitze ca. 1'100 bei rund 28'000 verfügbaren Ports, also etwa 4 %. Ich möchte eine Alarmschwelle fürs Monitoring festlegen.`),
    no(`Salve, quanti TIME_WAIT sono considerati normali su un VOS3000? Ne vedo circa 350 durante il giorno, nessun errore e nessuna chiamata fallita. Chiedo per impostare un alert in Zabbix.`),
    no(`come faccio a vedere il range delle porte effimere su centos? cat di qualcosa in /proc? scusate la domanda banale`),
    no(`Dzień dobry, przy ok. 40 CPS w szczycie widzę ~520 połączeń w TIME_WAIT. Czy to mieści się w normie? Żadnych błędów, pytam profilaktycznie przed dołożeniem nowego klienta z ruchem ok. 10 CPS.`),
    no(`jak sprawdzić ile jest aktualnie socketów TCP w stanie TIME_WAIT, jeśli na serwerze nie ma polecenia ss? CentOS 5, stara maszyna.`),
    no(`Po restartu serveru vidím jen 180 TIME_WAIT a po hodině asi 260. Je to v pohodě? Ptám se jen pro jistotu, hovory jdou.`),
    no(`Dobrý den, jak nejlépe zjistím počet aktuálních TCP spojení na port 5060? Chceme to měsíčně reportovat vedení.`),
    no(`Szia, a netstat szerint 95 TIME_WAIT kapcsolat van. Ez sok vagy kevés egy kis VOS-nál (kb. 5 CPS)? Semmi hiba, csak tanulom a rendszert.`),
    no(`Mit jelent pontosan a TIME_WAIT állapot a netstat kimenetében, és miért marad ott 60 másodpercig? Az LPIC-2 vizsgára tanulok, a VOS-szerverünkön néztem meg élesben, ott kb. 150 van.`),
    no(`Bună, am 640 de conexiuni în TIME_WAIT la ora de vârf, cu vreo 50 CPS. E ok sau ar trebui să mă îngrijorez? Momentan nu avem nicio eroare.`),
    no(`cum verific range-ul de porturi locale pe CentOS 7 si cum il schimb permanent? nu e urgent, vrem doar sa stim pt documentatie.`),
    no(`Καλησπέρα, στον VOS μας βλέπω περίπου 250 συνδέσεις σε TIME_WAIT στην αιχμή. Είναι φυσιολογικό αυτό; Δεν έχουμε κανένα πρόβλημα με τις κλήσεις, απλώς ρωτάω.`),
    no(`paidia ti akrivws einai to time_wait? vlepw kana 100ari sto netstat kai den kserw an einai kako`),
    no(`Quick sanity check before we sign off the new box:
$ \`ss -s\`
Total: 611
TCP:   402 (estab 71, closed 288, orphaned 0, timewait 281)
$ cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
~8 cps of test traffic. Anything here that looks off to you?`),
    no(`Vi har 28 tusen portar i range:n och använder kanske 400 samtidigt i värsta fall. Räcker det med marginal om vi dubblar trafiken nästa år? Planering, inget fel.`),
    no(`Vor dem Audit hätte ich gern eine kurze Bestätigung: sysctl zeigt net.ipv4.ip_local_port_range = 32768 60999 und tcp_tw_reuse = 0, TIME_WAIT liegt bei 73. Ist das für einen Softswitch mit 10 CPS eine vernünftige Standardkonfiguration?`),
    no(`conntrack -C giver 1 200, og nf_conntrack_max er 262 144. Er det normale tal for en VOS med to carriers? Ingen fejl, jeg laver bare en baseline.`),
    no(`Onko 1 500 TIME_WAIT-yhteyttä paljon, kun liikennettä on noin 60 CPS? Portteja on oletuksena ne 28 tuhatta. Ei vikoja, mietin vain hälytysrajaa.`),
    no(`Hvor lenge blir en socket stående i TIME_WAIT på Linux – 60 sekunder? Og kan man endre det? Vi har rundt 300 om gangen, så det haster ikke, lurer bare.`),
  ],
  firewallNoRst: [
    no(`Hej! Vi ska ta in en ny carrier och behöver öppna 5060/TCP och RTP 10000–20000/UDP från deras nät 192.0.2.0/26 i FortiGate:n framför VOS. Kan ni skicka vilka policies som behövs, eller gör ni det själva?`),
    no(`Kan dere whiteliste 203.0.113.77 i iptables på vos-osl-1? Det er den nye SBC-en til leverandøren vår, de får "connection timed out" på 5060. Ingen andre endringer.`),
    no(`fail2ban har bandlyst vores eget kontor-IP i Aalborg, efter at en ny medarbejder tastede forkert kode til VOS-web 10 gange. Nu kan ingen af os logge ind. Kan I unbanne 198.51.100.23 og evt. sætte det på ignoreip?`),
    no(`Asiakkaalla on yksisuuntainen ääni puheluissa. Epäilen SIP ALG:ta heidän Zyxel-reitittimessään. Miten ALG kytketään pois päältä, ja kannattaako se tehdä myös meidän palomuurista?`),
    no(`We willen op de pfSense voor de VOS alleen nog SIP toelaten uit NL, BE en DE (GeoIP-blokkade via pfBlockerNG). Zijn er carriers van jullie die vanaf IP's buiten die landen verkeer sturen? Wil niks kapotmaken.`),
    no(`Hoi, voor de nieuwe klant in Antwerpen moet ik port forwarding zetten op hun Draytek: 5060 UDP en RTP 10000-20000 naar hun PBX. Is dat genoeg, of moet er ook nog iets in VOS aangepast worden?`),
    no(`Wir bekommen nachts SIP-Scanner mit 300 INVITEs/s. Ich will per iptables hashlimit auf 20 INVITE pro Sekunde und Quell-IP begrenzen. Passt das so, oder blocken wir damit legitime Carrier bei Lastspitzen?
iptables -A INPUT -p udp --dport 5060 -m string --string "INVITE" --algo bm -m hashlimit --hashlimit-above 20/sec --hashlimit-mode srcip --hashlimit-name sipinv -j DROP`),
    no(`Servus, der neue Vendor kommt nicht durch, die ASA loggt:
%ASA-4-106023: Deny tcp src outside:192.0.2.50/42210 dst inside:198.51.100.10/5060 by access-group "OUTSIDE_IN"
Bitte um eine ACL für host 192.0.2.50 auf 5060 tcp plus RTP. Change-Fenster Donnerstag 22:00. Was braucht ihr von uns?`),
    no(`Grüezi, auf der Palo Alto möchten wir die Security-Policy für den VOS von "any" auf die App-IDs "sip" und "rtp" einschränken. Hat jemand Erfahrung, ob die App-ID bei SIP über TCP zuverlässig greift?`),
    no(`Buonasera, fail2ban ha bannato l'IP del nostro carrier principale (troppi 404 sulle registrazioni da un loro server di test). Tutte le chiamate in ingresso da loro sono bloccate da 20 minuti! Come lo sblocco subito e come evito che ricapiti?`),
    no(`Mi serve una regola dst-nat sul MikroTik dell'ufficio di Torino per girare la 5060 udp al centralino interno 192.168.10.5. L'ho scritta così ma non va: /ip firewall nat add chain=dstnat protocol=udp dst-port=5060 action=dst-nat to-addresses=192.168.10.5 — manca qualcosa?`),
    no(`Cześć, postawiliśmy VOS na AWS. Jakie reguły security group trzeba dodać? Na razie otwarte są tylko 22 i 80. Potrzebujemy SIP od dwóch operatorów (UDP i TCP 5060) i RTP.`),
    no(`Jak wyłączyć SIP ALG na FortiGate 60F? Znalazłem "set sip-helper disable" i "set sip-nat-trace disable", ale nie wiem, czy trzeba też usunąć session-helper 13. Od wczoraj u jednego klienta rwie się fonia.`),
    no(`Potřebuju přidat IP naší kanceláře 203.0.113.140 do whitelistu v iptables, aby byl webový portál VOS na portu 80 dostupný jen z ní. Máte doporučené pravidlo, ať se nezamknu?`),
    no(`Dobrý den, v logu vidíme tisíce REGISTER pokusů od "friendly-scanner" z Číny a Ruska. Chceme zavést geoblokaci na firewallu. Ovlivní to nějak naše dopravce?`),
    no(`Sziasztok, a SonicWall-on ki kell kapcsolni a "SIP Transformations"-t? Új ügyfélnél egyirányú hang van, és a tűzfal furcsán átírja a Contact fejlécet a SIP üzenetekben.`),
    no(`Kérdés: a VOS előtti iptables-ben van egy SYN limit (--limit 50/s). Múlt héten egy carrier túllépte, és pár hívás nem ment át. Mennyivel emeljük? 200/s jó lesz?`),
    no(`Bună, vreau să fac în pfSense un alias "CARRIERS" cu toate IP-urile operatorilor și să permit 5060 doar de la ele. Sunt vreo 40 de adrese. Aveți o listă actualizată cu IP-urile de semnalizare?`),
    no(`salut, cum fac un jail fail2ban pentru login-ul din panoul web VOS? vedem in access log incercari de brute force pe /login de la cateva IP-uri din Vietnam.`),
    no(`Καλημέρα, θέλουμε να ανοίξουμε τη θύρα 5061 TCP (TLS) στο Check Point για έναν νέο πελάτη. Χρειάζεται κάτι ειδικό για SIP over TLS ή αρκεί ένας απλός κανόνας;`),
    no(`kalhspera, ftiaksame VIP sto fortigate gia na fainetai to VOS apo eksw (public 203.0.113.9 -> 10.0.0.9 port 5060). apo mesa to pairnw, apo eksw timeout. mhpws xreiazetai kai policy ektos apo to VIP?`),
    no(`Vi flyttar VOS till Azure. Vilka NSG-regler rekommenderar ni? Tänker inbound 5060 TCP/UDP från carriers, 10000–20000 UDP och 443 från kontoret. Något vi missar?`),
    no(`Wie lege ich mit firewalld eine rich rule an, die nur unserem Carrier 192.0.2.0/24 Zugriff auf 5060/tcp erlaubt? Bisher stand die ganze Zone "public" offen, das wollen wir nach dem Pentest-Bericht dichtmachen.`),
    no(`\`ufw status\` viser at 5060/tcp er tilladt, men vores nye leverandør kan ikke nå os. Kan det skyldes, at default routed står på deny? Vi har først tilføjet dem i dag, så der har aldrig kørt trafik.`),
    no(`Lisäsin iptablesiin lokituksen pudotuksille (LOG --log-prefix "SIPDROP "), ja lokissa näkyy satoja paketteja tunnetuista skanneriosoitteista 5060/udp:hen. Onko järkevää blokata koko /16-verkko vai riittääkö fail2ban?`),
    no(`På FortiGate-en vår kuttes SIP over UDP-sesjonene etter 180 sek, så noen trunkregistreringer faller ut før neste re-REGISTER. Hvilken verdi anbefaler dere for udp-idle-timer på SIP? Vi bruker ikke TCP mot den leverandøren.`),
    no(`Voor onze Check Point: kunnen jullie bevestigen vanaf welke IP-ranges jullie SIP-trunkverkeer komt? We willen de regel "any → VOS 5060" vervangen door een expliciete whitelist en tegelijk een rate limit van 100 nieuwe sessies per seconde per bron instellen.`),
  ],
  negationContext: [
    no(`Fråga från vår nya NOC-tekniker: ska vi slå på SS_TCP_CLOSE_RESET bara för att "alla andra gör det"? Vi har aldrig haft TIME_WAIT-problem (max 600 i peak) och hälften av våra kunder sitter bakom NAT. Jag lutar åt att låta den stå på Off – håller ni med?`),
    no(`Vi kjører bare UDP på alle trunker og alle telefoner, ingen TCP noe sted. Har SS_TCP_CLOSE_RESET i det hele tatt noen effekt for oss? Leverandøren nevnte det i et nyhetsbrev.`),
    no(`Til jeres dokumentation: sidste november havde vi BindException og "cannot assign requested address" på vos-cph-2 hver fredag aften. Det blev løst med tcp_tw_reuse og udvidet port range, og siden har der ikke været en eneste fejl. Vi skal bare bruge en kort beskrivelse til årsrapporten.`),
    no(`Kaverin firmalla (eri operaattori, ei teidän asiakas) on omassa Asteriskissa kuulemma 30 000 TIME_WAIT-yhteyttä iltaisin. Mitä neuvoisitte hänelle? Meidän VOS-palvelimella kaikki hyvin.`),
    no(`We zijn van plan om volgende dinsdag SS_TCP_CLOSE_RESET op On te zetten op vos-rtm-1. Achter die server zitten zo'n 80 thuiswerkers met softphones via hun eigen routers, over TCP. Wat zijn de risico's en wat moeten we vooraf testen?`),
    no(`Voor onze interne opleiding: kan iemand in twee zinnen uitleggen waarom een stateful firewall moeite heeft met een RST in plaats van een FIN? De collega's van de helpdesk snappen het niet en ik wil het correct vertellen.`),
    no(`Kurze Rückmeldung nach dem Wartungsfenster gestern: RST-Modus ist an, wir haben zwei Stunden beobachtet – die NAT-Telefone in den Filialen sind alle registriert, die ASA zeigt keine verworfenen RSTs, TIME_WAIT von 24.000 auf 900 gefallen. Alles gut, Ticket kann zu.`),
    no(`Nicht unser VOS, sondern der Asterisk eines Kunden in Linz: der hat laut Kunde 35.000 Verbindungen in TIME_WAIT. Können wir ihm da irgendwie helfen, oder ist das außerhalb eures Supports?`),
    no(`Grüezi, 2022 hatten wir genau das Problem: die FortiGate hat nach dem Umschalten auf RST die Resets verworfen und Anrufe sind abgebrochen. Damals haben wir RST wieder ausgeschaltet, und es ist bis heute aus. Weiss jemand, ob FortiOS 7.4 das inzwischen sauber handhabt? Dann würden wir es nochmals versuchen.`),
    no(`Le chiamate verso il carrier rumeno falliscono con "488 Not Acceptable Here" da stamattina. Prima che me lo chiediate: SS_TCP_CLOSE_RESET è Off, non c'è nessun firewall in mezzo, TIME_WAIT sotto 200 e nessun errore di bind. Secondo me è un problema di codec, che abbiano tolto il G.729?`),
    no(`Domanda per il corso interno: se accendo RST su VOS, perché le sessioni TLS saltano il close_notify? È un problema di sicurezza o solo di "galateo" del protocollo?`),
    no(`Planujemy włączyć SS_TCP_CLOSE_RESET na serwerze w Warszawie. Między VOS a operatorem stoi Cisco ASA. Czy przed zmianą trzeba coś skonfigurować na ASA, żeby nie zaczęła gubić RST? Zmiana dopiero w przyszłym miesiącu.`),
    no(`W zeszłym roku mieliśmy "Cannot assign requested address" w godzinach szczytu, ale naprawiliśmy to rozszerzeniem ip_local_port_range do 1024-65535 i od tego czasu spokój. Teraz tylko pytanie: czy 1024 jako dolna granica nie koliduje z czymś na VOS?`),
    no(`Kolega z jiné firmy se ptá: jejich FreeSWITCH za pfSense má po zapnutí nějakého "tcp reset" režimu padající hovory. Není to VOS a není to náš zákazník, takže nevím, jestli jde o stejnou věc. Dá se mu něco obecně poradit?`),
    no(`Jen pro upřesnění k ticketu: telefony za NATem jsou v pořádku, nic jsme neměnili a všechny jsou registrované. Problém je jen v tom, že dva uživatelé nevidí v seznamu hovorů zmeškané hovory. To bude asi nastavení telefonu, ne?`),
    no(`Elméleti kérdés: mi a különbség a FIN és az RST lezárás között SIP over TCP esetén, és miért okoz az RST gondot a NAT routereknek? Nálunk nincs hiba, a betanításhoz kell.`),
    no(`A kollégám kérdezi, aki egy másik cégnél dolgozik Kamailióval: náluk 40 ezer TIME_WAIT van csúcsidőben. Nálunk (VOS) soha nem volt ilyen. Mit mondjak neki, mi a szokásos megoldás?`),
    no(`Am activat RST pe VOS acum o săptămână din cauza TIME_WAIT-urilor. De atunci: nicio pierdere de înregistrare, pfSense-ul nu aruncă nimic, TIME_WAIT sub 1.000. Vreau doar confirmarea că putem lăsa așa pe termen lung.`),
    no(`Scriu un wiki intern pentru NOC: "Address already in use" la conexiunile ieșite = epuizare de porturi, iar RST-ul poate strica NAT-ul. Am înțeles corect? Nu avem nicio problemă acum, vreau doar să nu scriu prostii.`),
    no(`Πέρσι τον Μάρτιο είχαμε χιλιάδες TIME_WAIT και "Cannot assign requested address" στην αιχμή. Το λύσαμε με tcp_tw_reuse και μεγαλύτερο port range, και από τότε δεν έχει ξανασυμβεί. Ρωτάω μόνο: πρέπει να το ξαναελέγξουμε μετά την αναβάθμιση του kernel;`),
    no(`skeftomaste na valoume TLS se olous tous pelates ton epomeno mhna. to RST sto VOS to exoume On. diavasa oti me TLS parakamptei to close_notify. tha exoume thema h oxi? akoma den exoume kanei tipota`),
    no(`Forwarding from our vendor's newsletter, not our issue: "Customers enabling SS_TCP_CLOSE_RESET may see registrations drop for NATed TCP endpoints." We're all UDP and have RST Off, so I assume this doesn't concern us. Correct?`),
    no(`Nästa månad ska vi lasttesta en test-VOS med sipp, 400 CPS över TCP. Vi räknar med att portarna tar slut någonstans kring 28 000 TIME_WAIT. Vad ska vi mäta för att se det i tid innan vi kör på riktigt?`),
    no(`Abschlussnotiz zu Ticket #4471: Die BindExceptions am Montag kamen nicht vom Softswitch, sondern vom Billing-Exporter, der doppelt gestartet war. SS_TCP_CLOSE_RESET bleibt Off, Portbereich unverändert, keine weiteren Maßnahmen.`),
    no(`En kunde spørger, om TCP reset-indstillingen påvirker dem, når deres telefoner bag NAT kun sender SIP over UDP. Jeg sagde nej, men vil gerne have det bekræftet, før jeg skriver tilbage.`),
    no(`Det er ikke VOS-en, det er mailserveren vår (Postfix) som har ca. 20 000 TIME_WAIT etter en nyhetsbrevutsendelse. Vet dere om det samme sysctl-trikset (tw_reuse) er trygt der? Bare et sidespørsmål.`),
    no(`Sinds de fix van vorige maand geen BindException meer gezien, TIME_WAIT schommelt rond de 900. Kunnen we de alarmgrens in Zabbix weer terugzetten naar 10.000, of raden jullie aan hem laag te houden?`),
  ],
  portExhaustion: [
    pe(`Hjälp! Varje kväll runt 20–21 slutar vos-sth-01 koppla nya samtal ut mot våra carriers. softswitch-loggen är full av "connect failed: Cannot assign requested address". ss -s precis nu: "TCP: 28 903 (estab 701, closed 28 150, orphaned 3, timewait 28 114)". Vi kör SIP över TCP mot fyra leverantörer, runt 180 CPS i peak. En omstart av mbx3000d ger oss ungefär en timme.`),
    pe(`hei. ut-trafikken mot Telenor og to andre leverandører dør i rushen hver dag fra ca 16. netstat -ant | grep TIME_WAIT | wc -l → 29874. portområdet er standard 32768–60999, så det er vel fullt? softswitch-loggen sier "bind failed: Address already in use" på de utgående TCP-forbindelsene, ikke på 5060.`),
    pe(`Til support. I aftes mellem 19 og 21 faldt ASR på vores udgående trafik fra 54 % til 31 %. Fejlene i softswitch-loggen er alle "socket connect error 99: Cannot assign requested address" mod vores tre carriers (SIP over TCP). På tidspunktet viste ss ca. 27 tusind forbindelser i TIME_WAIT, belastning omkring 250 CPS. Vi har ikke ændret noget i konfigurationen. Venlig hilsen, NOC Aarhus`),
    pe(`iltapiikissä taas sama: uudet TCP-yhteydet operaattoreille eivät aukea.
[root@vos-hki ~]# ss -s
Total: 31402
TCP:   30988 (estab 612, closed 30301, orphaned 0, timewait 30287)
[root@vos-hki ~]# ss -tan state time-wait | awk '{print $4}' | cut -d: -f1 | sort | uniq -c | sort -rn | head -3
  14120 198.51.100.10
   9874 198.51.100.22
   6203 203.0.113.5
dmesg: TCP: time wait bucket table overflow
softswitch.log: connect to 198.51.100.10:5060 failed: Cannot assign requested address
CPS n. 210. restart auttaa noin tunniksi.`),
    pe(`Sinds een week klagen drie wholesaleklanten 's avonds over "alle lijnen bezet" en afgebroken gesprekken. CPU 20 %, geheugen zat, geen alarmen van de carriers, en de SIP-trace toont dat onze INVITEs gewoon niet vertrekken. Pas toen ik om 20:40 ss -s draaide zag ik het: timewait 30.126, en de softswitch logt "Cannot assign requested address" bij elke nieuwe TCP-verbinding naar de carriers.`),
    pe(`Dag allemaal, onze VOS in Brussel weigert op piekmomenten nieuwe verbindingen naar de carriers op te zetten: "bind: Address already in use", tientallen per seconde in de log. netstat telt 28.700 TIME_WAIT. Ge moet weten dat we sinds vorige week een nieuwe wholesaleklant hebben die er zo'n 150 cps bijzet, allemaal TCP. Overdag, als 't rustig is, geen vuiltje aan de lucht.`),
    pe(`Guten Abend, seit wir den neuen Großkunden angebunden haben, scheitern zwischen 18 und 21 Uhr reihenweise ausgehende Calls. Der Softswitch meldet EADDRINUSE beim Verbindungsaufbau zu den Carriern, ss -s zeigt um die 30 Tausend TIME_WAIT. Nach einem Neustart ist etwa 45 Minuten Ruhe, dann geht's wieder los. Was empfehlt ihr dauerhaft?`),
    pe(`[Sprachnachricht, transkribiert] ja hallo, Markus vom NOC in Wien, äh, wir haben schon wieder das Thema, dass am Abend so ab halb acht keine neuen Verbindungen mehr zu den Carriern aufgehen, ähm, die Kollegin hat geschaut, da sind irgendwas um die 28, 29 Tausend Sockets im TIME_WAIT, und im Log steht halt dauernd Address already in use, äh, bei den ausgehenden, ja, wenn wir neu starten geht's wieder a Zeit lang, könnt's euch das bitte anschauen, danke, baba`),
    pe(`Grüezi, bi eus uf em vos-zrh-1 gönd jede Abig zwüsche 19 und 21 Uhr kei neui TCP-Verbindige zu de Carrier meh uf. Im Log stoht "Cannot assign requested address", und ss -s zeigt öppe 29'000 TIME_WAIT. Mir fahred i de Spitze rund 200 CPS. Am Morge isch alles wieder guet.`),
    pe(`Buonasera, dalle 20 in poi il VOS non riesce più ad aprire connessioni TCP verso i fornitori: nel log "Cannot assign requested address" a raffica e le chiamate in uscita vanno in 503. Ho contato trentamila socket in TIME_WAIT (ss -s dice timewait 30112). Il range porte è quello di default. Il riavvio risolve per un'oretta, poi si ricomincia.`),
    pe(`raga aiuto, all'ora di punta le uscenti cadono tutte, "bind failed: address already in use" nei log della softswitch mentre apre le connessioni verso i carrier. netstat -an | grep -c TIME_WAIT = 28 950. facciamo sui 170 cps su 5 carrier in tcp. se riavvio regge 40 minuti e poi da capo 😩`),
    pe(`Dzień dobry, w godzinach szczytu (17–20) przestają wychodzić połączenia do operatorów. Log softswitcha: "connect() failed: Cannot assign requested address (99)". ss -s pokazuje ok. 30 tys. gniazd w TIME_WAIT, a net.ipv4.ip_local_port_range = 32768 60999, czyli mamy nieco ponad 28 tys. portów. Ruch ok. 220 CPS, SIP po TCP do czterech operatorów. Co Państwo rekomendują?`),
    pe(`siema, znowu to samo co w piątek: ok 19 zero nowych połączeń TCP do carrierów, 29 tys. TIME_WAIT, a w logu "Address already in use" przy każdym wychodzącym. restart pomógł na chwilę. da się to ustawić na stałe, żeby nie siedzieć co wieczór z palcem na restarcie?`),
    pe(`Dobrý večer, každý všední den kolem 19:00 přestanou odcházet hovory k operátorům. V logu softswitche je "Cannot assign requested address" a netstat ukazuje přes 28 tisíc spojení v TIME_WAIT, skoro všechna na 5060 našich dvou hlavních dopravců. Provoz je cca 160 CPS přes TCP. Máme rozšířit rozsah lokálních portů, nebo je lepší jiné řešení?`),
    pe(`pomoc, vos nestiha: odchozi tcp na carriery pada s EADDRINUSE, ss -s timewait 30 412, porty default. rano klid, vecer peklo`),
    pe(`Jó estét! Csúcsidőben (kb. 19–21 óra) a VOS nem tud új TCP kapcsolatot nyitni a szolgáltatók felé, a logban "Cannot assign requested address" áll. Célonként így oszlik meg a TIME_WAIT:
  12 410  198.51.100.10:5060
   9 902  198.51.100.44:5060
   6 977  203.0.113.8:5060
összesen kb. 29 ezer. Este kb. 190 CPS-t viszünk, délelőtt 60-at, akkor nincs gond.`),
    pe(`Szia, ez a tegnap esti állapot, 20:47-kor:
# netstat -ant | awk '{print $6}' | sort | uniq -c
  29633 TIME_WAIT
    584 ESTABLISHED
     12 LISTEN
softswitch.log:
2024-05-14 20:47:03 [ERR] tcp connect 203.0.113.20:5060 failed: errno 99 Cannot assign requested address
2024-05-14 20:47:03 [ERR] tcp connect 203.0.113.31:5060 failed: errno 99 Cannot assign requested address
A kimenő hívások kb. harmada elszállt, restart után rendbejött. Ma este újra várható.`),
    pe(`Bună seara, de trei zile, la ora de vârf, VOS-ul nu mai poate deschide conexiuni TCP spre carrieri: "Cannot assign requested address". Am numărat 30.000 de socket-uri în TIME_WAIT. Am crezut că e de la memorie și am mărit RAM-ul VM-ului la 16 GB, degeaba. Traficul e ~200 CPS.`),
    pe(`salut, iar "Address already in use" pe apelurile iesite la peak, 28 de mii de TIME_WAIT in ss, range porturi default. restartul ajuta doar temporar. ce setari de kernel recomandati?`),
    pe(`Καλησπέρα σας. Κάθε βράδυ μεταξύ 20:00 και 22:00 ο VOS3000 δεν μπορεί να ανοίξει νέες TCP συνδέσεις προς τους carriers και στο log εμφανίζεται συνεχώς "Cannot assign requested address". Το ss -s δείχνει περίπου 30 χιλιάδες sockets σε TIME_WAIT, με κίνηση γύρω στα 200 CPS. Το πρωί, με λίγη κίνηση, όλα λειτουργούν κανονικά. Τι προτείνετε;`),
    pe(`re paidia pali ta idia, stis 9 to vrady skaei h ekserxomenh pros tous carriers, "address already in use" sto log se kathe kainourgia tcp syndesh, 29 xiliades time_wait sto netstat. kanoume restart kai paei kamia wra. ti na allaksw?`),
    pe(`NOC Rotterdam. vos-rtm-2 runs out of source ports every evening: ~29k TIME_WAIT towards 4 carrier SBCs on 5060/tcp, outbound INVITEs fail because the TCP connect returns "Cannot assign requested address". CPS ~230 at peak. A restart buys us ~50 min. Port range is still the CentOS default.`),
    pe(`Kan ni kolla vos-gbg? Kunderna klagar på att samtal inte kopplas fram.
# netstat -s | grep -i "time wait"
    512843 TCP sockets finished time wait in fast timer
# netstat -ant | grep -c TIME_WAIT
28991
Det händer bara mellan 18 och 21, när vi kör ~170 CPS ut mot carriers över TCP, och då står det "Cannot assign requested address" i softswitch-loggen på varenda utgående anslutning.`),
    pe(`Sehr geehrtes Support-Team,
wir beobachten seit drei Tagen zur Hauptverkehrszeit (ca. 19:30–21:30) einen massiven Anstieg fehlgeschlagener ausgehender Verbindungen zu unseren Carriern. Der Softswitch protokolliert "bind: Address already in use" beim Aufbau neuer TCP-Verbindungen. Zum Zeitpunkt der Störung befinden sich ca. 29.500 Sockets im Zustand TIME_WAIT; der lokale Portbereich entspricht der Voreinstellung (32768–60999). Ein Neustart des Dienstes behebt das Problem jeweils für etwa eine Stunde.
Mit freundlichen Grüßen
i. A. J. Becker, Netzbetrieb`),
    pe(`Kort: udgående TCP til carriers dør hver aften kl. 20 med "Cannot assign requested address", 28 tusind TIME_WAIT. Genstart hjælper en times tid. Hvad gør vi?`),
    pe(`Moi, meidän VOS:lla sama juttu joka ilta: kun CPS menee yli 180:n, uudet yhteydet carriereille eivät aukea ja logi täyttyy "Address already in use" -virheistä (lähtevät yhteydet, ei kuunteluportti). ss -s näyttää 29 tuhatta TIME_WAITia. Uudelleenkäynnistys auttaa hetkeksi.`),
    pe(`I går kveld fikk vi klager fra tre grossistkunder om at samtaler ikke gikk gjennom. CPU var lav, minnet ok, ingen alarmer fra carrierne, ingen endringer fra vår side. Først da vi kjørte ss -s så vi det: timewait 27 800, omtrent hele portområdet, og mbx3000d logget "Cannot assign requested address" på utgående TCP mot carrierne.`),
    pe(`Spett.le Supporto, vi segnaliamo che nelle fasce serali di punta il softswitch non riesce a stabilire nuove connessioni TCP verso i carrier (errore "Cannot assign requested address"). Al momento del disservizio risultano circa 29.000 socket in stato TIME_WAIT. Un riavvio del servizio ripristina il funzionamento per circa un'ora. Restiamo in attesa di indicazioni. Cordiali saluti`),
    pe(`Mamy chyba port exhaustion: peak 240 CPS, VOS otwiera TCP do 6 vendorów SIP, a do tego przy każdym callu pyta po HTTP API z cennikiem LCR. ss pokazuje timewait ~31k, w logu co sekundę "cannot assign requested address". Rano przy 50 CPS zero problemów.`),
    pe(`Vanavond weer prijs: 29k TIME_WAIT, uitgaande naar de carriers geeft "Address already in use", herstart helpt efkes en dan begint 't opnieuw.`),
  ],
  natUnregistered: [
    nat(`Sedan vi slog på SS_TCP_CLOSE_RESET i tisdags (för att bli av med alla TIME_WAIT) tappar hemmajobbarnas softphones registreringen efter några minuter. Alla sitter bakom vanliga hemroutrar och kör SIP över TCP. Bordstelefonerna på kontoret har publika IP:n och påverkas inte alls.`),
    nat(`Etter RST-endringen på fredag har ekstensjonene på filialen i Stavanger blitt uregistrert omtrent hver halvtime. De står bak en MikroTik med NAT og bruker SIP over TCP. Hovedkontoret uten NAT går fint. Skal vi sette SS_TCP_CLOSE_RESET tilbake til Off, eller finnes det noe vi kan gjøre på MikroTik-en?`),
    nat(`Hej, siden I slog TCP reset til på softswitchen i går aftes kl. 22, har omkring halvdelen af lokalnumrene i vores filial i Esbjerg været offline. Telefonerne står bag filialens NAT-router og taler TCP med VOS. Efter genstart registrerer de igen, men falder af efter 10–15 minutter. Før ændringen har vi aldrig set det.`),
    nat(`Heti sen jälkeen kun SS_TCP_CLOSE_RESET vaihdettiin On-tilaan ja tehtiin reparse, etätyöntekijöiden Zoiper-softphonet alkoivat pudota rekisteröinnistä. Kaikki ovat kotireitittimien takana ja käyttävät TCP-transporttia. Toimiston puhelimet, joilla on julkinen IP, toimivat normaalisti.`),
    nat(`Sinds de RST-wijziging van gisteren verliezen de toestellen op onze vestiging in Utrecht steeds hun registratie. Ze zitten achter een Fritzbox (NAT) en praten SIP over TCP met de VOS. In de Yealink-log zie ik elke paar minuten "Register failed: 408". Na een herstart komen ze even terug, daarna zijn ze weer weg.`),
    nat(`Allee, sinds gij die SS_TCP_CLOSE_RESET op On gezet hebt voor ons TIME_WAIT-probleem, staan al de Yealinks in ons kantoor in Leuven om de zoveel tijd op unregistered. Ze hangen achter de NAT van onze Proximus-router en praten TCP met de VOS. Die TIME_WAIT's zijn wel weg, dat is waar 😅`),
    nat(`Hallo, seit der Umstellung auf RST-Close am Softswitch (Dienstag 21:00) verlieren die Telefone in unseren Filialen regelmäßig die Registrierung – erste Abmeldungen ab 21:20. Alle hängen hinter LANCOM-Routern mit NAT, Transport TCP. Die Zentrale mit öffentlichen IPs ist nicht betroffen. Wie kriegen wir das stabil, ohne die TIME_WAIT-Probleme zurückzuholen?`),
    nat(`[Sprachnachricht] Ja servus, Thomas hier, ähm, seit ihr gestern das mit dem RST umgestellt habts, sind bei uns in der Filiale in Salzburg die Telefone dauernd abgemeldet, die hängen hinterm Router mit NAT und, äh, die gehen über TCP, glaub ich, ja, wenn ich's neu starte kommen's kurz wieder und dann sind's wieder weg. Bitte um Rückruf, danke.`),
    nat(`Grüezi, sit em geschtrige Wartigsfänschter, wo SS_TCP_CLOSE_RESET uf On gsetzt worde isch, verlüüred eusi Telefon im Homeoffice regelmässig d Registrierig. Alli sind hinder NAT (Swisscom-Router) und bruuched TCP. Chönd Sie das wieder rückgängig mache?`),
    nat(`Buongiorno, da quando ieri sera avete attivato la modalità RST sulla softswitch, gli interni della sede di Bologna vanno e vengono: nel pannello VOS i registrati sono passati da 64 a 23 nel giro di mezz'ora. Sono tutti dietro NAT (router Draytek) e usano SIP su TCP. La sede centrale, con IP pubblici, è a posto.`),
    nat(`ciao, dopo il cambio RST di martedì i softphone dei commerciali (tutti da casa, dietro router domestici, trasporto tcp) si sregistrano ogni 10 minuti. prima mai successo. che facciamo, torniamo indietro?`),
    nat(`Dzień dobry, od włączenia SS_TCP_CLOSE_RESET w zeszły czwartek telefony w oddziale w Gdańsku tracą rejestrację co kilkanaście minut. Są za NAT na MikroTiku, SIP po TCP. Na routerze:
/ip firewall connection print where dst-port=5060
 #  PROTOCOL SRC-ADDRESS         DST-ADDRESS         TCP-STATE
 0  tcp      192.168.88.21:5061  198.51.100.10:5060  close
Wpisy znikają zaraz po RST od VOS-a, a telefon dalej myśli, że połączenie żyje. W centrali bez NAT spokój.`),
    nat(`hej, po tej zmianie z RST wszystkie softphony pracowników zdalnych (za domowymi routerami, po TCP) co chwilę są niezarejestrowane. restart apki pomaga na 5 minut. możecie to cofnąć?`),
    nat(`Dobrý den, na pobočce v Brně nám od včerejška telefony průběžně ztrácejí registraci. Kabeláž jsme zkontrolovali, router (MikroTik s NATem) restartovali, firmware telefonů je stejný jako před měsícem a telefony jedou přes TCP. Jediná změna, o které víme, je, že jste včera odpoledne na VOS zapnuli RST režim zavírání spojení.`),
    nat(`cau, od te zmeny SS_TCP_CLOSE_RESET na On nam padaj registrace vsech linek za natem (tcp), hlavne pobocka v plzni. mikrotik tam dela nat, predtim zadny problem`),
    nat(`Jó napot! A győri telephelyen tegnap óta a telefonok folyamatosan elvesztik a regisztrációt. Átnéztük a kábelezést, a switchet, a telefonok NAT mögött vannak egy TP-Link router mögött és TCP-n kommunikálnak, ezen nem változtattunk semmit. A központban, ahol nincs NAT, minden rendben. Az egyetlen változás, hogy tegnap délután bekapcsoltátok az RST módot a softswitchen.`),
    nat(`szia, az RST átállítás óta a home office-os softphone-ok (otthoni routerek mögött, TCP) 10-15 percenként unregistered lesznek. előtte hetekig semmi gond. vissza lehet állítani?`),
    nat(`Bună ziua, de când ați activat aseară RST pe softswitch, telefoanele de la sucursala din Iași, aflate în spatele unui router cu NAT și pe transport TCP, pierd înregistrarea la fiecare câteva minute. Sediul central, fără NAT, funcționează normal.`),
    nat(`Bună, adminul nostru a modificat aseară în /home/kunshi/mbx3000/etc/softswitch.conf:
SS_TCP_CLOSE_RESET="On"
și a dat service mbx3000d reparse. De atunci, telefoanele din birourile mici (toate în spatele routerelor TP-Link cu NAT, transport TCP) pierd înregistrarea după câteva minute. Cele cu IP public n-au nimic.`),
    nat(`Καλημέρα, από τότε που ενεργοποιήσατε το RST στον softswitch, τα τηλέφωνα του υποκαταστήματος στη Θεσσαλονίκη (πίσω από NAT σε MikroTik, SIP over TCP) χάνουν την εγγραφή κάθε λίγα λεπτά. Στα κεντρικά, χωρίς NAT, όλα καλά.`),
    nat(`geia, meta thn allagh me to RST ta softphones twn pwlhtwn (apo to spiti, pisw apo routers, me TCP) ginontai unregistered synexeia. prin den eixame kanena thema. mporoume na to gyrisoume pisw?`),
    nat(`Since SS_TCP_CLOSE_RESET went On last night, the phones at our Odense branch behind the office NAT router (TCP transport) keep dropping their registration. Phones at HQ with public IPs are fine. We suspect the router's NAT entries get killed by the RST. Please advise.`),
    nat(`Hotellet i Visby (40 rum, telefonerna bakom hotellets router med NAT, SIP över TCP eftersom UDP fragmenterades) har sedan RST-ändringen i förrgår rum som plötsligt visar "Ej registrerad". Receptionen får ringa runt på mobil. Innan ändringen var det stabilt i ett år.`),
    nat(`Betreff: Registrierungsverluste seit Aktivierung SS_TCP_CLOSE_RESET
Sehr geehrte Damen und Herren,
seit der von Ihnen am 12.03. durchgeführten Änderung (TCP-Verbindungen werden nun per RST geschlossen) verlieren sämtliche Endgeräte unserer Außenstellen in unregelmäßigen Abständen die Registrierung. Die Geräte befinden sich hinter NAT-Routern und nutzen SIP über TCP. Wir bitten um Prüfung und ggf. Rücknahme der Änderung.
Mit freundlichen Grüßen`),
    nat(`Kundesenteret vårt i Drammen: 25 agenter med MicroSIP bak kontorets NAT, TCP som transport. Siden dere skrudde på RST for TIME_WAIT-problemet, mister de registreringen flere ganger i timen og går glipp av innkommende samtaler.`),
    nat(`Tässä tcpdump VOS:lta, etätyöntekijän softphone on kotireitittimen NATin takana ja käyttää TCP:tä:
14:02:11.403 IP 198.51.100.10.5060 > 203.0.113.50.41822: Flags [R.], seq 1, ack 1, win 0, length 0
14:07:40.118 IP 203.0.113.50.52007 > 198.51.100.10.5060: Flags [S], seq 0, win 64240
Välissä puhelin näyttää "Registration failed". Tätä alkoi tapahtua vasta, kun SS_TCP_CLOSE_RESET laitettiin päälle maanantaina.`),
    nat(`Spett.le Supporto, in qualità di rivenditori segnaliamo che, a seguito dell'attivazione della chiusura TCP tramite RST sul vostro softswitch, i dispositivi dei nostri clienti posti dietro router con NAT e configurati con trasporto TCP perdono ciclicamente la registrazione. I clienti con IP pubblico non riscontrano anomalie. Chiediamo di valutare il ripristino della configurazione precedente.`),
    nat(`Szanowni Państwo, jako reseller obsługujemy 14 małych biur, wszystkie za routerami z NAT, telefony po TCP. Od czasu przełączenia przez Państwa serwera na zamykanie połączeń przez RST (poniedziałek wieczór) dostajemy zgłoszenia o niezarejestrowanych aparatach z każdego z tych biur. Klienci z publicznym IP nie zgłaszają problemów.`),
    nat(`am activat RST ca sa scapam de TIME_WAIT si s-a rezolvat, dar acum ATA-urile Grandstream ale clientilor rezidentiali (in spatele routerelor de acasa, NAT, transport TCP) devin unregistered la fiecare 5-10 minute. inainte nu se intampla.`),
    nat(`Γεια σας, από την Τετάρτη που αλλάξατε το κλείσιμο των TCP συνδέσεων σε RST, οι πελάτες μας στην Κρήτη με ATA πίσω από τα router της Nova (NAT, SIP πάνω από TCP) εμφανίζονται συνεχώς unregistered. Όσοι έχουν στατική δημόσια IP δεν έχουν θέμα.`),
  ],
  firewallRst: [
    fw(`Sedan RST-läget slogs på i VOS i måndags fallerar ungefär vart femte samtal mot Telia via FortiGate:n mellan softswitchen och deras SBC. diagnose debug flow visar:
id=20085 trace_id=311 func=print_pkt_detail msg="vd-root received a packet(proto=6, 10.10.0.5:5060->192.0.2.20:38117) from port2. flag [R.], seq 1893, ack 77, win 0"
id=20085 trace_id=311 func=resolve_ip_tuple_fast msg="no session matched"
Dvs. FortiGate:n slänger RST:en och sessionen blir kvar halvöppen hos Telia.`),
    fw(`Siden vi satte SS_TCP_CLOSE_RESET=On har samtaler til leverandøren som går gjennom Linux-brannmuren vår (iptables/conntrack) begynt å feile. Telleren på INVALID-regelen stiger jevnt:
 pkts bytes target prot opt in out source    destination
48211 1928K DROP   all  --  *  *  0.0.0.0/0 0.0.0.0/0   ctstate INVALID
Før endringen lå den på noen få hundre i døgnet. tcpdump på innsiden viser RST fra VOS, men de kommer aldri ut på utsiden.`),
    fw(`Hej. Efter at RST blev aktiveret på softswitchen i torsdags, fejler opkald til vores carrier i Hamborg, som går gennem pfSense. Firewall-loggen er fuld af:
Default deny rule IPv4 (1000000103)  LAN  10.0.0.5:5060  192.0.2.88:44310  TCP:RA
Det er RST'erne fra VOS, som pfSense ikke mener hører til en state. Bagefter hænger forbindelserne halvåbne hos carrieren.`),
    fw(`Palo Alton takana oleva VOS: SS_TCP_CLOSE_RESET laitettiin On-tilaan, ja siitä lähtien puhelut Elisan suuntaan katkeilevat. show counter global filter delta yes näyttää flow_tcp_non_syn_drop-laskurin kasvavan tasaisesti juuri VOS:n RST-paketeista. Operaattorin päässä yhteydet jäävät roikkumaan puoliavoimiksi, ja seuraava INVITE vanhalla yhteydellä ei mene läpi.`),
    fw(`Sinds we vrijdag de RST-modus op VOS hebben ingeschakeld, mislukken calls naar KPN via onze ASA. In de ASA-log:
%ASA-6-106015: Deny TCP (no connection) from 10.20.0.5/5060 to 192.0.2.40/51234 flags RST ACK on interface inside
honderden per minuut. De ASA laat de reset niet door, en KPN blijft op een halfopen sessie zitten.`),
    fw(`Dag, sinds de switch RST gebruikt om TCP te sluiten, mislukken de calls naar de carrier in Frankfurt om de haverklap. Tussen ons en hen staat een OPNsense, en in de live view zie ik de RST-pakketten van onze VOS (poort 5060) geblokkeerd als "state violation". Voordien, met FIN, nooit gezien.`),
    fw(`Moin, seit Aktivierung von SS_TCP_CLOSE_RESET sehen wir im SmartLog tausende Drops "TCP packet out of state: First packet isn't SYN" mit tcp_flags: RST-ACK, Quelle unser VOS, Ziel die SBC von Vodafone. Gleichzeitig ist die Quote fehlgeschlagener Anrufe Richtung Vodafone auf ca. 15 % gestiegen. Andere Routen ohne Check Point dazwischen sind unauffällig.`),
    fw(`Grüß Gott, unser VOS läuft in AWS, der Carrier-Peer hängt über ein Transit-Gateway mit AWS Network Firewall (stateful rule groups) dazwischen. Seit wir den RST-Modus am Softswitch aktiviert haben, zeigen die Firewall-Logs verworfene RST-Pakete von 10.0.1.15:5060, beim Carrier bleiben Sessions stehen, und rund jeder zehnte Anruf dorthin scheitert.`),
    fw(`[Sprachnachricht] Grüezi, Reto vom NOC, äh, sit mir geschter de RST-Modus im VOS igschaltet händ, verwirft d FortiGate zwüsche eus und em Carrier z Bern d RST-Päckli, im Debug stoht "no session matched", und öppe jede achte Aaruef dörthi gaht nöd dure. Mached mir RST wieder us oder gits uf de FortiGate e Iistellig?`),
    fw(`Buongiorno, da quando abbiamo messo SS_TCP_CLOSE_RESET a On, le chiamate verso il carrier che passa dal pfSense falliscono a tratti. In Diagnostics > States restano centinaia di sessioni ESTABLISHED:ESTABLISHED su 5060 che lato VOS sono già chiuse: il RST non viene accettato e la sessione resta lì fino al timeout. Le rotte senza pfSense in mezzo vanno benissimo.`),
    fw(`ciao, da quando ho attivato RST sul VOS il firewall linux in mezzo col carrier (iptables + conntrack) mi scarta i reset come INVALID, il contatore sale a vista d'occhio. le chiamate verso quel carrier cadono tipo 1 su 8, sugli altri carrier nessun problema.`),
    fw(`Dzień dobry, po włączeniu RST na softswitchu połączenia do Orange przez naszą ASA zaczęły się sypać. show asp drop:
  First TCP packet not SYN (tcp-not-syn)        183402
i licznik rośnie z każdą minutą, a przed zmianą był prawie zerowy. Orange twierdzi, że widzi u siebie półotwarte sesje. Na trasach bez ASA nic się nie dzieje.`),
    fw(`cześć, od wczoraj (RST włączony na VOS) FortiGate między nami a vendorem w Wiedniu trzyma stare sesje: diagnose sys session filter dport 5060 + list pokazuje proto_state=01 dla połączeń, które VOS już zamknął resetem. Po stronie vendora też wiszą, a co kilka minut połączenia w tę stronę się nie zestawiają.`),
    fw(`Dobrý den, po zapnutí SS_TCP_CLOSE_RESET na VOS nám Check Point mezi softswitchem a operátorem zahazuje RST pakety ("TCP out of state", first packet isn't SYN). Hovory na toho operátora padají zhruba v 10 % případů a u operátora zůstávají viset polootevřené relace. Dřív, s normálním FIN, bylo vše OK.`),
    fw(`od zapnuti RST na vosu nam linuxovy fw (conntrack) zahazuje resety jako INVALID a hovory na carriera za nim padaj. jinde ok`),
    fw(`Sziasztok, a Palo Alto tűzfalunk mögötti VOS-on bekapcsoltuk az RST-s kapcsolatzárást, és azóta a Magyar Telekom felé menő hívások egy része meghiúsul. A Traffic logban a sessionök "aged-out" véggel zárulnak "tcp-rst-from-server" helyett, a szolgáltató oldalán félig nyitott kapcsolatok maradnak. Más útvonalakon nincs gond.`),
    fw(`szia, a FortiGate eldobja a VOS RST csomagjait, mióta bekapcsoltátok az RST módot, és a carrier felé szakadoznak a hívások. kikapcsoljuk, vagy van rá szabály a FortiGate-en?`),
    fw(`Bună, după ce am pornit RST pe VOS, pfSense-ul dintre noi și carrier blochează pachetele RST (în log apar ca TCP:R blocate de regula implicită) și apelurile spre acel carrier eșuează intermitent. Stările rămân deschise pe firewall până expiră.`),
    fw(`salut, avem o problema de la schimbarea de ieri: o parte din apelurile catre carrierul din Italia esueaza. intre VOS si ei e un SonicWall TZ, in log: "TCP packet received on non-existent/closed connection; TCP packet dropped", exact pachetele RST de la VOS pe 5060. schimbarea de ieri a fost activarea SS_TCP_CLOSE_RESET.`),
    fw(`Καλησπέρα, από τη Δευτέρα που ενεργοποιήσαμε το SS_TCP_CLOSE_RESET στον VOS, το FortiGate ανάμεσα σε εμάς και τον carrier απορρίπτει τα RST πακέτα ("no session matched" στο debug flow). Οι συνεδρίες μένουν μισάνοιχτες και περίπου μία στις οκτώ κλήσεις προς αυτόν τον carrier αποτυγχάνει.`),
    fw(`kalhmera, apo tote pou anoiksame to RST sto VOS, h ASA metaksy mas kai tou carrier petaei ta RST ("Deny TCP (no connection) ... flags RST") kai oi klhseis pros ekei apotygxanoun kathe toso. na to kleisoume h yparxei kati na kanoume sthn ASA?`),
    fw(`conntrack on our edge box between VOS and the Stockholm carrier, since RST mode went On:
# conntrack -L -p tcp --dport 5060 | grep -c ESTABLISHED
3417
# conntrack -S | head -1
cpu=0 found=0 invalid=88214 ignore=0 insert=0 insert_failed=0 drop=0
Half-open entries pile up, invalid climbs with every RST the softswitch sends, and ~7 % of calls to that carrier fail.`),
    fw(`Vår Check Point (R81.10) mellan VOS och Tele2 loggar sedan i onsdags "TCP out of state" för RST-paket från softswitchen, och samtidigt har vi fått klagomål om att samtal till Tele2 inte går fram. Onsdag är dagen då vi ändrade SS_TCP_CLOSE_RESET till On.`),
    fw(`Sehr geehrte Damen und Herren, seit der Umstellung des Softswitches auf RST-Verbindungsabbau am 04.06. verwirft unsere Sophos-Firewall (XGS 2100) zwischen VOS und dem Carrier-Interconnect die RST-Pakete als "Invalid TCP state". Folge: hängende Sessions auf Carrier-Seite und ca. 12 % fehlgeschlagene Anrufe auf dieser Route. Wir bitten um eine Empfehlung.`),
    fw(`iptables droppede 40k RST som INVALID i nat – siden RST kom på i VOS. opkald til carrieren bag den firewall fejler. slå RST fra?`),
    fw(`Vi har Palo Alto mellom VOS og grossisten vår. Etter at RST ble slått på i softswitchen viser show session all filter destination-port 5060 hundrevis av ACTIVE-sesjoner som VOS for lengst har lukket – RST-ene slipper ikke gjennom. Kundene melder om samtaler mot den grossisten som ikke kobles opp.`),
    fw(`FortiGate pudottaa VOS:n RST-paketit ("no session matched") siitä asti kun RST-tila kytkettiin päälle, ja puhelut sen takana olevalle operaattorille epäonnistuvat välillä.`),
    fw(`Op onze Linux-firewall tussen VOS en de carrier staat een LOG-regel voor INVALID. Sinds de RST-modus aan staat:
kernel: INVALID IN=eth1 OUT=eth0 SRC=10.0.0.5 DST=192.0.2.60 PROTO=TCP SPT=5060 DPT=49822 WINDOW=0 RES=0x00 ACK RST URGP=0
duizenden per uur, en die carrier klaagt over halfopen sessies terwijl een deel van onze calls daar faalt.`),
    fw(`Spett.le supporto, il nostro VOS è su Azure e verso un operatore il traffico passa da un'Azure Firewall. Dopo l'attivazione di SS_TCP_CLOSE_RESET notiamo nei log di diagnostica pacchetti RST scartati e connessioni lato operatore che restano aperte; le chiamate su quella direttrice falliscono nel 9 % circa dei casi. Cosa consigliate?`),
    fw(`U nas między VOS a operatorem jest MikroTik jako firewall z regułą "chain=forward connection-state=invalid action=drop". Od kiedy VOS zamyka TCP przez RST (SS_TCP_CLOSE_RESET On), licznik tej reguły skacze o tysiące na godzinę, a połączenia do tego operatora co jakiś czas nie dochodzą. Reguła zawsze tam była, zmienił się tylko VOS.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning257Set: readonly EvalItem[] = Object.values(tuning257Families).flat();
