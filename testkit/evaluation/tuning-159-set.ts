import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Wholesale VoIP carriers, call-centre owners, resellers and NOC engineers in Europe writing to the VOS3000 support
 * desk on WhatsApp: German (Germany, Austria, Switzerland; "Servus", "Grüezi", umlauts often typed as ae/oe/ue),
 * French (France, Belgium), Italian, Spanish from Spain, Polish (often without diacritics) and Romanian (often
 * without diacritics), roughly a sixth each, mixed with English technical terms; numbers as "28.000", "28 000",
 * "28k", "28 Tausend", "28 mila", "28 mil", "28 tys.", "28 de mii".
 *
 * The hundred-and-fifty-ninth tuning split, by family, in markets where VOS3000 is sold widely and which no split had in fresh hands
 * since the early rounds. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-fifty-ninth never-tuned set, before the sixtieth round of rules, by
 * someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other
 * sets in view; measured as such before and after the sixtieth round, then made tuning material for the sixty-first:
 * bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 87.8 %, negatives confident 4.4 %, confident wrong 0 % with the rules of
 * the fifty-ninth round and the changes after it, before the sixtieth.
 * After the sixtieth round: in scope 87.8 %, negatives confident 4.4 %, confident wrong 0 %.
 * After the sixty-first round, tuned on: in scope 100 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning159Families = {
  oneListeningPort: [
    no(`Servus, nach dem Update vom Webportal startet der Tomcat nicht mehr. Im catalina.out steht:
SEVERE: Failed to initialize connector [Connector[HTTP/1.1-8080]]
java.net.BindException: Address already in use
Der Softswitch selbst laeuft, Anrufe gehen durch, nur das Web-Interface ist tot. Was blockiert den 8080?`),
    no(`Bonjour, nginx ne démarre plus sur le serveur du portail : nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use). Je crois que l'apache d'origine tourne encore. Je peux le stopper sans impact sur les appels ?`),
    no(`Buongiorno, dopo il riavvio della macchina mysqld non parte:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
Di conseguenza il mbx3000d non vede il database. C'è un mariadb installato dal vecchio tecnico, posso toglierlo?`),
    no(`Hola buenas, he reiniciado el mbx3000d con service y ahora en el log sale que no puede abrir el 5060, bind failed: Address already in use. Con ps veo dos procesos mbx3000d, uno de hace 3 dias. Mato el viejo con kill -9 o hay una forma mejor?`),
    no(`Dzien dobry, po restarcie serwera redis nie wstaje: Could not create server TCP listening socket *:6379: bind: Address already in use. Uzywa tego cos z VOS3000 czy moge go wylaczyc?`),
    no(`Buna ziua, am pus un container docker cu grafana pe serverul VOS pt monitorizare si nu porneste: Error starting userland proxy: listen tcp4 0.0.0.0:3000: bind: address already in use. Ce aplicatie de la voi sta pe portul 3000?`),
    no(`Grüezi, unser Entwickler hat auf seinem Laptop das Reseller-Dashboard lokal gestartet und kriegt: Error: listen EADDRINUSE: address already in use :::5173. Hat das irgendwas mit dem VOS-Server zu tun oder ist das nur bei ihm lokal? Merci vielmal`),
    no(`Salut, petite question. Sur la machine de test on a installé asterisk avant de mettre VOS3000 et maintenant mbx3000d log "bind 0.0.0.0:5060 failed, Address already in use". netstat -lnup montre asterisk sur 5060 udp. Je désinstalle asterisk et c'est bon ?`),
    no(`Ciao, il sshd dopo che ho cambiato la porta in 2222 non riparte: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. Con ss -lntp vedo un vecchio tunnel autossh sulla 2222. Lo killo e riavvio ssh giusto?`),
    no(`Buenas, el servicio de la web de VOS no arranca tras la actualización del java, en el log: Caused by: java.net.BindException: Address already in use: bind, puerto 8443. Lo tiene cogido otro tomcat que dejó el proveedor anterior. Cual de los dos debo dejar?`),
    no(`Hej, mamy na tym samym serwerze apache i nginx, po reboocie apache nie startuje: (98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80. Ktory powinien zostac dla panelu klienta?`),
    no(`Salut, dupa ce am dat restart la mbx3000d ramane procesul vechi agatat si cel nou zice ca portul 5060 e deja ocupat (Address already in use). Trebuie reboot la toata masina sau e suficient sa omor PID-ul vechi?`),
    no(`Grüß Gott, bei uns läuft der MySQL in einem Docker-Container, nach dem Neustart: docker: Error response from daemon: driver failed programming external connectivity on endpoint vosdb: Bind for 0.0.0.0:3306 failed: port is already allocated. Der lokale mysqld läuft parallel, glaub ich. Welchen sollen wir behalten?`),
    no(`Bonsoir, le daemon de la passerelle H.323 ne se lance plus : "socket bind error on 0.0.0.0:1720: Address already in use". C'est un ancien gnugk qu'on avait laissé tourner. Je le supprime et je relance, ça suffit ?`),
    no(`Salve, lo script python che avevo fatto con un piccolo server http per scaricare i CDR non parte più: OSError: [Errno 98] Address already in use sulla porta 8000. Probabilmente è rimasta su l'istanza di ieri. Come la trovo?`),
    no(`Hola, en el servidor nuevo el web manager de VOS no levanta, el log dice port 8080 already in use. Hemos visto que Jenkins está escuchando en 8080. Podemos cambiar el puerto del web manager o mejor movemos Jenkins?`),
    no(`Czesc, po aktualizacji systemu snmpd nie startuje: Error opening specified endpoint "udp:161", bind: Address already in use. Wyglada ze stary proces snmpd dalej wisi. To nie wplywa na polaczenia?`),
    no(`Buna, pe serverul de billing am instalat un panel nou si apache nu mai porneste: could not bind to address [::]:443, Address already in use. Am vazut ca e nginx-ul pus de colegul meu. Cum le fac sa mearga amandoua?`),
    no(`Hallo Support, nach dem Neustart meldet der mbx3000d beim Start "listen on 5060 failed: Address already in use". lsof -i :5060 zeigt einen zweiten mbx3000d, der durch unser init-Skript doppelt gestartet wurde. Wie verhindern wir das dauerhaft?`),
    no(`Bonjour, notre stagiaire a lancé un serveur de dev sur la VM du portail, et depuis le portail web VOS ne redémarre plus : "Port 8080 was already in use". Il m'a dit qu'il avait lancé un spring boot. Je kill son process ?`),
    no(`Buonasera, il servizio mbx3000d dopo l'aggiornamento del kernel non parte e nel log c'è: bind() failed for 0.0.0.0:5060 errno=98 (Address already in use). Ho scoperto che il vecchio kamailio di prova era ancora abilitato in systemd. Basta disabilitarlo?`),
    no(`Buenos días, intento levantar node_exporter para el prometheus y da listen tcp :9100: bind: address already in use. Es que ya hay uno dentro de un docker? no quiero tocar nada del VOS.`),
    no(`Dzien dobry, tomcat od panelu WWW nie wstaje po restarcie: SEVERE: StandardServer.await: create[localhost:8005]: java.net.BindException: Address already in use. Wyglada ze stary java nie zostal ubity. Jak to bezpiecznie zrobic?`),
    no(`Salut, vreau sa pornesc un haproxy in fata portalului web pe 443 dar zice cannot bind socket [0.0.0.0:443], Address already in use. Pe 443 sta deja tomcat-ul de la VOS? Sau ce recomandati?`),
    no(`Moin, kurze Frage: wir wollten einen zweiten mbx3000d fuer Tests auf derselben Kiste starten, der meckert "Address already in use" auf 5060. Kann man dem zweiten einen anderen Port geben oder geht das grundsaetzlich nicht?`),
    no(`Bonjour, après migration vers le nouveau serveur, l'API de facturation ne démarre pas: Error: listen EADDRINUSE: address already in use 0.0.0.0:3000. On a aussi un pm2 qui relance la même appli, je pense que c'est ça. Vous confirmez ?`),
    no(`Ciao ragazzi, il pannello web del VOS3000 dà pagina bianca e nel log di tomcat trovo "java.net.BindException: Indirizzo già in uso (Bind failed)" sulla 8080. La console dell'antivirus che abbiamo messo ieri usa anche lei la 8080. Cosa cambio?`),
  ],
  otherRegistrationCause: [
    no(`Hola, desde esta mañana 12 extensiones del call center aparecen unregistered. En el log de VOS veo 403 Forbidden para todas. Ayer cambiamos las contraseñas de las cuentas por seguridad pero los Yealink siguen con la vieja, puede ser eso?`),
    no(`Dzien dobry, klient zglasza ze jego bramka GoIP nie rejestruje sie od wczoraj. W logach widze ze przychodzi z innego IP niz mamy na whitelist, dostawca internetu zmienil mu IP. Moge dodac nowe IP do jego konta?`),
    no(`Buna ziua, telefoanele din birou apar toate neinregistrate de azi dimineata. S-a luat curentul in cladire si routerul nu a mai pornit, acum e pornit dar tot nu se inregistreaza. Trebuie sa restartam si telefoanele?`),
    no(`Hallo, ein Reseller-Kunde ist seit heute komplett unregistered, alle 40 Nebenstellen. Im Client-Menue sehe ich, dass sein Guthaben bei -12 EUR ist und das Konto automatisch gesperrt wurde. Wenn er aufgeladen hat, kommen die Registrierungen von selbst wieder?`),
    no(`Bonjour, nos softphones MicroSIP se désenregistrent toutes les 30 min environ. On a changé de box internet (Orange), on est en UDP. J'ai lu que la SIP ALG de la box pouvait faire ça, vous confirmez ? On n'a rien changé côté VOS.`),
    no(`Buongiorno, da ieri i gateway del cliente a Napoli non si registrano più. Usano il nome sip.nostrovoip.it e abbiamo migrato il DNS, ma il record A punta ancora al vecchio server. Può essere quello?`),
    no(`Buenas tardes, la licencia del VOS3000 nos caducó anoche según el aviso del panel y desde entonces ninguna cuenta registra. Como renovamos la licencia urgentemente?`),
    no(`Czesc, Zoiper u agenta pokazuje "Registration failed 401 Unauthorized". Agent twierdzi ze nic nie zmienial, ale widze w panelu ze ktos zmienil haslo konta wczoraj wieczorem. Jak sprawdzic kto?`),
    no(`Salut, un client din Iasi are toate telefoanele offline de o ora. Am vorbit cu el, nu are internet deloc, e pana la RDS in zona. Asta e, nu e de la noi nu? Doar sa confirm ca serverul e ok.`),
    no(`Grüezi mitenand, unsere Fritzbox wurde vom Provider getauscht, seitdem sind die zwei Telefone im Lager unregistriert. Wir nutzen nur UDP 5060. Muss in der neuen Box etwas für SIP eingestellt werden?`),
    no(`Bonjour, le compte de notre revendeur à Liège a expiré le 1er (date d'expiration dans le menu Account), du coup ses passerelles ne s'enregistrent plus. Je prolonge la date et c'est reparti ou faut autre chose ?`),
    no(`Ciao, il Grandstream della reception risultava unregistered. Ho controllato: il cavo di rete era stato staccato dall'impresa di pulizie, rimesso e adesso è registrato. Vi scrivo solo per chiudere il ticket.`),
    no(`Hola, tenemos un MikroTik nuevo en la oficina y desde que lo pusimos los teléfonos pierden el registro cada pocos minutos. Todo es UDP. He visto que tiene el helper sip activado en IP > Firewall > Service Ports, lo desactivo?`),
    no(`Dzien dobry, po zmianie IP serwera VOS (przeprowadzka do nowego DC) bramki klientow nie moga sie zarejestrowac bo maja wpisany stary adres. Czy jest sposob zeby przekierowac ruch ze starego IP zamiast zmieniac u kazdego?`),
    no(`Buna, agentii nostri nu se mai pot inregistra din softphone, apare "403 Forbidden - account suspended". Am uitat sa platim factura luna asta la furnizor. Am facut plata acum 10 minute, cat dureaza reactivarea?`),
    no(`Servus, bei einem Kunden sind die Nebenstellen nach einem Gewitter offline, der PoE-Switch ist kaputt, die Telefone haben keinen Strom. Ist also kein Problem am Softswitch, oder? In VOS stehen alle auf offline.`),
    no(`Salut, un client a reconfiguré ses Gigaset lui-même et a tapé sip.notredomaine.fr avec une faute (sip.notredomain.fr), forcément plus aucun enregistrement depuis hier. Je lui ai renvoyé la bonne config. Rien à faire de notre côté ?`),
    no(`Buongiorno, abbiamo importato gli account da CSV nel nuovo VOS e metà dei telefoni non si registrano: 401 continuo. Ho visto che le password con il carattere ; sono state tagliate nell'import. Devo reinserirle a mano?`),
    no(`Buenas, el proveedor de internet de la oficina de Sevilla cambió el router y ahora tenemos IP dinámica en vez de fija. Los teléfonos se registran pero cada noche cuando cambia la IP quedan unregistered un rato. Usamos UDP. Que nos recomendáis?`),
    no(`Hej, dziwna sprawa: po przejsciu na nowy serwer liczba zarejestrowanych telefonow zatrzymala sie na 500 i reszta jest odrzucana. Licencja jest na 500 rejestracji? Musimy dokupic?`),
    no(`Buna ziua, dupa ce am schimbat domeniul din sip.firma.ro in voip.firma.ro, telefoanele care aveau vechiul nume nu se mai inregistreaza, domeniul vechi a expirat. Trebuie reconfigurat fiecare telefon?`),
    no(`Hallo, seit dem Providerwechsel verlieren die Telefone in der Filiale Graz alle paar Minuten die Registrierung. Nur UDP, nichts TCP. Registrierungsintervall am Telefon steht auf 3600 Sekunden, der neue Router hat UDP-Timeout 60s. Sollen wir das Intervall runtersetzen?`),
    no(`Bonjour, suite à la coupure de courant de ce matin sur notre site de Lyon, 30 postes sont restés non enregistrés. L'onduleur du switch a lâché. On remplace, mais vous pouvez nous confirmer que côté serveur les comptes sont ok ?`),
    no(`Salve, un cliente dice che i suoi interni risultano non registrati. Dal log vedo che provano a registrarsi con l'utente sbagliato, ha scambiato il prefisso degli account (tutti 3901xx invece di 3902xx). Confermo che è solo un errore suo?`),
    no(`Hola! Una pregunta: un cliente de Valencia tiene 8 teléfonos detrás de un router Huawei del operador y desde hace dos días solo registran 3 de 8, los demás dan timeout. Todo UDP. El operador le ha puesto CGNAT. Puede ser eso?`),
    no(`Dzien dobry, klient przez przypadek zresetowal bramke Dinstar do ustawien fabrycznych i teraz nie jest zarejestrowana, bo nie ma konfiguracji. Czy mozecie mi przeslac jakie dane SIP mial wpisane?`),
    no(`Salut, softphone-urile agentilor de acasa nu se mai inregistreaza de cand firma a schimbat VPN-ul: ies acum cu alt IP sursa, care nu e in lista de IP permise pe cont. Ce IP trebuie sa adaug si unde?`),
  ],
  smallFigures: [
    no(`Hallo, kurze Kontrollfrage. ss -s auf unserem Softswitch heute Vormittag:
Total: 612
TCP:   318 (estab 92, closed 201, orphaned 0, timewait 197)
Ist das normal oder muessen wir uns Sorgen machen? Ca. 15 CPS gerade.`),
    no(`Bonjour, c'est quoi exactement l'état TIME_WAIT qu'on voit dans netstat ? J'en ai 340 sur le serveur, mon collègue dit que c'est mauvais. Pas de souci sur les appels pour l'instant.`),
    no(`Ciao, domanda teorica: se attiviamo SS_TCP_CLOSE_RESET=On, i telefoni dei clienti dietro NAT avranno problemi? Non l'abbiamo ancora fatto, vogliamo capire prima.`),
    no(`Hola, qué hace exactamente el parámetro SS_TCP_CLOSE_RESET en softswitch.conf? En nuestro servidor está en Off. Solo por entender, no tenemos ningún problema.`),
    no(`Dzien dobry, netstat -an | grep TIME_WAIT | wc -l pokazuje 420 na naszym serwerze przy ok. 20 CPS. Czy to jest w normie?`),
    no(`Buna, avem de gand sa crestem traficul de la 30 la 150 CPS luna viitoare. Ar trebui sa schimbam net.ipv4.ip_local_port_range sau tcp_tw_reuse inainte? Deocamdata totul e ok.`),
    no(`Grüezi, wir machen gerade den monatlichen Health-Check. TIME_WAIT liegt bei ca. 800, keine Fehler im Log. Gibt es sonst einen Wert, den wir bei VOS3000 regelmässig prüfen sollten?`),
    no(`Bonjour, question rapide : si je passe SS_TCP_CLOSE_RESET sur On, est-ce que ça change quelque chose pour nos trunks en UDP ? On envisage de l'activer le mois prochain.`),
    no(`Buongiorno, ho fatto ss -tan state time-wait | wc -l e mi dà 1.250, con circa 40 CPS di punta. Va bene o conviene già toccare qualcosa nel kernel?`),
    no(`Buenas, nos podéis explicar la diferencia entre cerrar con FIN y con RST en el VOS? El cliente pregunta antes de firmar el contrato para tráfico alto, aún no hay nada en producción.`),
    no(`Czesc, jaki jest domyslny zakres ip_local_port_range na CentOS i czy przy 25 CPS po TCP to wystarczy? Pytam zapobiegawczo, problemow nie mamy.`),
    no(`Salut, am vazut in ss -s ca avem "timewait 96". E ceva de care trebuie sa ne ocupam? Server nou, trafic de proba.`),
    no(`Moin! Frage zum Verstaendnis: wenn wir den RST-Modus einschalten, verschwinden dann die TIME_WAIT-Sockets komplett? Wir haben im Moment nur ein paar Hundert, also kein Problem, wollen aber fuer Q4 planen.`),
    no(`Salut, voilà mon netstat ce soir:
tcp  0 0 10.0.0.5:5060  85.x.x.12:41822  TIME_WAIT
tcp  0 0 10.0.0.5:5060  85.x.x.12:41830  TIME_WAIT
... au total 57 lignes TIME_WAIT. C'est normal ça ?`),
    no(`Salve, il nostro consulente consiglia di mettere tcp_tw_reuse=1 "per sicurezza". Abbiamo 10 CPS e zero errori. Ha senso farlo o è inutile?`),
    no(`Hola, para el informe mensual: cuántos TIME_WAIT se consideran preocupantes en un VOS3000? Nosotros vemos entre 300 y 500 en hora punta.`),
    no(`Dzien dobry, czy jesli wlaczymy tryb RST to FortiGate u klienta moze zaczac cos blokowac? Na razie nic nie zmienialismy, tylko planujemy.`),
    no(`Buna ziua, ce inseamna exact "orphaned" si "timewait" din ss -s? La noi e orphaned 0 si timewait 233. Vreau doar sa inteleg raportul.`),
    no(`Servus, unser Monitoring meldet "TIME_WAIT > 500" als Warnung, aktuell 612 bei 30 CPS. Anrufe laufen alle sauber. Ist der Schwellwert zu niedrig eingestellt?`),
    no(`Bonjour, est-ce que l'option de fermeture RST existe aussi pour la version 2.1.6 de VOS3000 ou seulement pour les plus récentes ? On se renseigne, rien d'urgent.`),
    no(`Ciao, curiosità: perché su un server VOS vedo connessioni in TIME_WAIT se quasi tutto il nostro traffico è UDP? Sono una trentina.`),
    no(`Buenas, adjunto ss -s del servidor de Madrid:
TCP:   1104 (estab 640, closed 380, orphaned 2, timewait 371)
Con 60 CPS. Todo bien, verdad?`),
    no(`Hej, w dokumentacji jest "service mbx3000d reparse" - czy to przerywa trwajace polaczenia? Chcemy kiedys zmienic jeden parametr i nie chcemy przerwy.`),
    no(`Salut, daca activam RST, trebuie sa anuntam clientii care au telefoane in spatele NAT pe TCP? Nu e activat inca, pregatim un anunt.`),
    no(`Hallo, gibt es einen Richtwert wie viele CPS ein VOS3000 ueber TCP schafft, bevor man ueber tcp_tw_reuse oder den RST-Modus nachdenken sollte? Wir sind bei 35 CPS und stabil.`),
    no(`Bonjour, mon ss -s montre timewait 1 024 sur un serveur qui fait 50 appels/seconde en pointe, aucun échec d'appel. Faut-il s'inquiéter ?`),
    no(`Buonasera, per la documentazione interna: quali sono i pro e contro del SS_TCP_CLOSE_RESET? Lo teniamo Off da sempre e stiamo valutando.`),
  ],
  firewallNoRst: [
    no(`Hola, tenemos un carrier nuevo en Alemania, nos pasan sus IPs de señalización 194.x.x.10 y .11. Como las añadimos a la whitelist del iptables del VOS? Ahora mismo las llamadas de prueba no llegan.`),
    no(`Dzien dobry, fail2ban zbanowal IP naszego klienta po kilku blednych rejestracjach (zle haslo). Jak go odbanowac i dodac do ignoreip?`),
    no(`Buna ziua, vrem sa dezactivam SIP ALG pe MikroTik-ul din birou, e /ip firewall service-port disable sip? Nu avem nicio problema acum, doar recomandare de la un coleg.`),
    no(`Hallo, bitte einmal unsere FortiGate-Regeln für den VOS anschauen (Config Review). Wir wollen nur 5060 TCP/UDP und RTP 10000-20000 von den Carriern offen haben, alles andere zu. Soll ich die Policy hier reinkopieren?`),
    no(`Bonjour, je dois faire une redirection de port sur le pfSense du client pour son IPBX qui reçoit nos appels, c'est quels ports exactement pour VOS3000 ? SIP 5060 et les RTP ?`),
    no(`Ciao, vorremmo bloccare con geo-IP tutti i paesi fuori UE sul firewall del softswitch, abbiamo troppi scanner SIP. Avete una guida con ipset?`),
    no(`Buenas, en el FortiGate del cliente veo muchos "deny" de IPs raras al 5060, son escaneos tipo sipvicious. Lo bloqueamos con una policy de IPS o hay algo mejor? Las llamadas van bien.`),
    no(`Czesc, przenosimy serwer za Cisco ASA. Jakie reguly access-list potrzebne dla VOS3000 (SIP, RTP, panel WWW)? Chcemy to zrobic dobrze od poczatku.`),
    no(`Salut, am pus iptables cu conntrack pe serverul nou si vreau sa verific regulile inainte sa mutam traficul:
-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A INPUT -m conntrack --ctstate INVALID -j DROP
-A INPUT -p udp --dport 5060 -s 89.x.x.0/24 -j ACCEPT
-A INPUT -j DROP
Lipseste ceva pentru RTP?`),
    no(`Grüezi, ein Carrier hat uns heute angerufen, dass seine neue IP 91.x.x.44 bei uns geblockt wird. Im Firewall-Log sehe ich "DROP IN=eth0 SRC=91.x.x.44 DPT=5060 PROTO=UDP". Wo trage ich die neue IP in der Whitelist ein?`),
    no(`Salut, fail2ban a banni l'IP publique de tout notre call-center ce matin, un agent s'est trompé de mot de passe 20 fois. J'ai débanni avec fail2ban-client set sip unbanip, mais comment éviter que ça recommence pour cette IP ?`),
    no(`Buongiorno, sul Sophos XG della sede vogliamo fare il port forwarding della 5060 verso il PBX interno del cliente che si registra sul VOS come trunk. Serve anche il range RTP o basta la SIP?`),
    no(`Hola, el cliente tiene un pfSense y quiere quitar el paquete siproxd, dice que no lo usa. Tiene algo que ver con nuestro VOS? Nosotros no hemos tocado nada y todo funciona.`),
    no(`Dzien dobry, chcemy wlaczyc na MikroTiku ochrone przed floodem SIP (limit polaczen na 5060). Jakie limity polecacie dla 40 CPS zeby nie zablokowac legalnego ruchu?`),
    no(`Buna, un carrier din Romania cere sa ii deschidem portul 5080 TCP in firewall pentru trunk-ul nou. Cum se face pe iptables fara sa stric regulile existente?`),
    no(`Servus, wir bekommen eine Sophos als Perimeter-Firewall. Bitte kurz drueberschauen, welche Ports wir für Weboberflaeche und SIP freigeben muessen. Aktuell laeuft noch alles ueber die alte Firewall, umgestellt wird am Wochenende.`),
    no(`Bonjour, sur notre FortiGate la SIP ALG (session-helper sip) est activée par défaut. Vous recommandez de la désactiver pour VOS3000 ? Pas de problème actuel, on fait un audit.`),
    no(`Salve, dobbiamo aggiungere alla whitelist 3 IP di un nuovo fornitore di terminazione, li ha mandati per mail. Li metto nel firewall del server o nel gateway di routing del VOS?`),
    no(`Buenas, nos ha llegado una auditoría de seguridad que dice que el puerto 8080 del panel web está abierto a internet. Como lo limitamos a nuestras IPs de oficina en el iptables?`),
    no(`Hej, fail2ban w logu pokazuje "Ban 45.x.x.x" co kilka minut w jailu sip. Czy to normalne ze tyle skanerow? Polaczenia dzialaja normalnie.`),
    no(`Salut, clientul are un Cisco ASA si vrea sa stie daca trebuie sa dezactiveze "inspect sip" pentru traficul catre noi. Nu au nicio problema, doar intreaba preventiv.`),
    no(`Hallo, wir ziehen mit dem Server in ein neues Rechenzentrum, dort gibt es einen pfSense-Cluster. Koennt ihr uns die Regeln nennen, die wir vorab anlegen muessen (SIP TCP/UDP, RTP, Webportal, SSH nur von uns)?`),
    no(`Bonjour, on voudrait bloquer tous les pays hors Europe sur le port 5060 avec ipset et des listes geo. Le problème c'est qu'on a un client au Maroc. Comment on fait une exception ?`),
    no(`Ciao, nel log del firewall vedo molti pacchetti droppati da un IP del carrier verso la porta 5062, che non usiamo. Devo aprirla o li ignoro? Le chiamate con loro funzionano.`),
    no(`Hola, un cliente nuevo nos pide que abramos el rango RTP en nuestro FortiGate porque dice que tiene audio de un solo sentido. Qué rango usa VOS3000 por defecto?`),
    no(`Dzien dobry, po migracji na nowy iptables zapomnielismy otworzyc port panelu WWW i klienci nie moga sie zalogowac do portalu. Ktory to port w VOS3000, 8080 czy 80?`),
    no(`Buna ziua, e ok sa activam SYN flood protection pe FortiGate pentru IP-ul softswitch-ului? Avem trafic SIP mare pe TCP si nu vrem sa stricam ceva. RST-ul e oprit la noi (Off).`),
  ],
  negationContext: [
    no(`Hallo, nur zur Info: bei uns ist alles UDP, kein einziger TCP-Trunk. Also sollte uns diese RST-Geschichte gar nicht betreffen, richtig? Wir haben auch nichts umgestellt.`),
    no(`Bonjour, je vous transfère pour archive l'ancien ticket #4471 : "Cannot assign requested address, 35 000 TIME_WAIT aux heures de pointe" — résolu en mars avec l'activation du mode RST. Rien à faire, c'est juste pour le dossier.`),
    no(`Grazie mille! Dopo la vostra modifica di ieri i TIME_WAIT sono scesi da 30 mila a circa 600 e stanotte nessuna chiamata fallita. Possiamo chiudere il ticket.`),
    no(`Hola, los teléfonos de la oficina de Bilbao quedaron unregistered esta mañana, pero ya lo hemos visto: fue después del cambio de contraseña de las cuentas que hicimos nosotros. Ya están reconfigurados, todo ok.`),
    no(`Dzien dobry, mamy SS_TCP_CLOSE_RESET=Off, nigdy go nie wlaczalismy. Klient pyta czy jego problem z rejestracja moze byc od RST - odpowiedzialem ze nie. Potwierdzacie ze przy Off nie ma zadnego RST?`),
    no(`Buna, multumim pentru ajutor saptamana trecuta cu FortiGate-ul care arunca pachetele RST. De cand ati schimbat politica nu mai avem nicio problema, apelurile merg perfect.`),
    no(`Grüezi, kurzes Feedback: das Problem mit den vielen TIME_WAIT vom letzten Monat ist seit dem Kernel-Tuning weg, heute Peak bei 80 CPS nur noch 1.200 TIME_WAIT. Merci!`),
    no(`Bonjour, nos postes derrière NAT étaient non enregistrés hier, mais on a trouvé : le routeur du client avait redémarré et changé d'IP publique, rien à voir avec le RST. Tout est revenu. Je vous le dis juste pour info.`),
    no(`Buongiorno, il nostro firewall non ha mai droppato RST, abbiamo controllato i log: zero "out of state". Le chiamate cadute erano colpa del carrier, che ha risolto stamattina. Vi aggiorno solo.`),
    no(`Buenas, os reenvío un correo viejo de 2023 del anterior técnico: "puertos agotados, address already in use en las salidas, solucionado con tcp_tw_reuse". Es solo para que lo tengáis en el historial, ahora no pasa nada.`),
    no(`Dzieki za szybka pomoc! Po zmianie net.ipv4.ip_local_port_range i wlaczeniu RST w godzinach szczytu mamy max 2 tys. TIME_WAIT zamiast 40 tys. Zadnych bledow cannot assign requested address od dwoch dni.`),
    no(`Salut, nu am activat niciodata modul RST, ramane pe Off. Intrebarea mea e alta: in documentatia voastra scrie ca RST poate deranja NAT-ul - asta e valabil doar cand e pe On, corect?`),
    no(`Hallo, der Kollege meinte, unsere Telefone waeren wegen dem RST-Modus unregistriert. Stimmt aber nicht: RST ist bei uns aus und die Telefone waren einfach wegen Stromausfall im Buero offline. Jetzt wieder alles gruen.`),
    no(`Bonjour, merci, depuis que vous avez repassé SS_TCP_CLOSE_RESET à Off, les softphones derrière NAT restent enregistrés. Le problème est donc réglé de notre côté, vous pouvez clôturer.`),
    no(`Ciao, per chiarezza: la settimana scorsa vi avevo scritto del pfSense che scartava i reset TCP, ma era un falso allarme, i log erano di un altro server di prova. Il VOS non ha problemi.`),
    no(`Hola, el mes pasado tuvimos el problema de TIME_WAIT, con 25 mil sockets en hora punta. Lo arreglasteis vosotros y desde entonces estamos en unos 700. Solo os escribo para felicitar al equipo.`),
    no(`Dzien dobry, przekazuje stary ticket klienta do archiwum: "telefony za NAT nie rejestrowaly sie po wlaczeniu RST" - zamkniete w styczniu, RST wylaczony. Nic nie trzeba robic.`),
    no(`Buna ziua, telefoanele clientului apar neinregistrate de ieri, dar el a recunoscut ca a resetat routerul la setarile din fabrica, inclusiv port forwarding-ul. Noi nu am schimbat nimic, nici RST, nici altceva. Doar sa stiti.`),
    no(`Servus, bevor ihr sucht: niemand hat was am Softswitch geaendert, weder RST noch Kernel. Die abgebrochenen Anrufe von heute frueh kamen vom Carrier, der hatte einen Ausfall, ist bestaetigt und behoben.`),
    no(`Bonjour, dans le ticket d'hier j'ai écrit "address already in use" mais c'était une erreur de copier-coller, ça venait du Tomcat de notre portail, pas des appels sortants. Le portail est reparti, le softswitch n'a jamais eu de souci.`),
    no(`Buonasera, mi hanno chiesto se dobbiamo temere l'esaurimento delle porte: no, abbiamo 15 CPS e mai visto più di 300 TIME_WAIT. Vi scrivo solo per avere una conferma scritta da girare al cliente.`),
    no(`Buenos días, os confirmo que el FortiGate ya no registra "no session matched" desde que pusisteis la excepción la semana pasada. Las llamadas que se quedaban colgadas ya no se cuelgan. Gracias!`),
    no(`Hej, tylko info: klient sie skarzyl ze jego bramki tracily rejestracje, okazalo sie ze operator wylaczyl mu internet za niezaplacone faktury. Nie ma to nic wspolnego z NAT ani z RST.`),
    no(`Salut, am citit despre problema cu porturile epuizate si TIME_WAIT la CPS mare. La noi nu se intampla, avem doar UDP catre toti carrierii si maxim 20 CPS. Corect ca nu ne priveste?`),
    no(`Guten Morgen, zur Doku: der Vorfall vom 12. (Firewall hat RST-Pakete verworfen, Gespraeche hingen) ist abgeschlossen, Ursache war eine fehlende Regel, seit der Korrektur keine Drops mehr. Bitte nur als geloest markieren.`),
    no(`Salut, pour info, le client qui se plaignait de désenregistrements derrière NAT : c'était un mauvais mot de passe après la réinitialisation de son compte, il l'a corrigé. Il est en UDP de toute façon et chez nous le RST est désactivé.`),
    no(`Grazie per la spiegazione su SS_TCP_CLOSE_RESET. Abbiamo deciso di lasciarlo su Off come è sempre stato, per ora non abbiamo né TIME_WAIT alti né errori di porte.`),
  ],
  portExhaustion: [
    pe(`Hallo Support, DRINGEND! Seit 18 Uhr scheitern bei uns massenhaft Anrufe zu den Carriern. Im mbx3000d-Log immer wieder "connect() failed: Cannot assign requested address". ss -s zeigt:
TCP:   31874 (estab 1402, closed 30211, orphaned 3, timewait 30190)
Wir fahren gerade ca. 180 CPS. Was tun?`),
    pe(`Bonjour, à chaque heure de pointe (11h-13h) nos appels sortants vers les trunks TCP échouent, le log dit "Cannot assign requested address". netstat montre plus de 28 000 connexions en TIME_WAIT. Hors pointe tout va bien. Besoin d'aide svp.`),
    pe(`Buongiorno, problema grave sul server di Milano: nelle ore di punta il softswitch non riesce più ad aprire nuove connessioni TCP verso i fornitori, errore "bind: Address already in use" sulle connessioni in uscita. I TIME_WAIT arrivano a 28 mila. Il call center sta perdendo chiamate.`),
    pe(`Hola, tenemos un problema serio: entre las 10 y las 12 fallan un 30% de las llamadas salientes. En el log aparece EADDRINUSE al conectar con el carrier y ss -s dice timewait 28 mil y pico. Qué podemos ajustar?`),
    pe(`Dzien dobry, w godzinach szczytu serwer przestaje nawiazywac nowe polaczenia TCP do operatorow. W logu: "Cannot assign requested address". TIME_WAIT ok. 28 tys. Po 20:00 wszystko wraca do normy. Prosze o pilna pomoc.`),
    pe(`Buna ziua, avem o problema: la orele de varf apelurile catre carrieri esueaza, in log apare "cannot assign requested address" si am numarat 28 de mii de socketuri in TIME_WAIT. Serverul face ~150 CPS. Ce setari trebuie schimbate?`),
    pe(`Servus, bei uns geht zwischen 9 und 11 praktisch nix mehr raus. netstat -an | grep -c TIME_WAIT = 27.912. Ausgehende TCP-Verbindungen zum Carrier schlagen fehl mit "Cannot assign requested address". Ist der Port-Bereich voll?`),
    pe(`Salut, notre NOC voit ça depuis ce matin en pointe:
sip_tcp_connect 185.x.x.20:5060 failed errno=99 (Cannot assign requested address)
sip_tcp_connect 185.x.x.21:5060 failed errno=99 (Cannot assign requested address)
et ss -tan state time-wait | wc -l -> 31 402. Les appels tombent en échec. Vous pouvez regarder ?`),
    pe(`Ciao ragazzi, dal log del softswitch ogni giorno dalle 17 in poi: "outgoing TCP connect failed: Address already in use (98)". I TIME_WAIT superano i 40k, le chiamate verso i carrier TCP falliscono a raffica. Fino a 100 CPS andava bene, ora siamo a 220.`),
    pe(`Buenas tardes, desde que hemos subido el tráfico del call center a 200 CPS, en hora punta no se pueden abrir más conexiones TCP hacia los proveedores. ss -s:
TCP:   33012 (estab 980, closed 31877, orphaned 0, timewait 31850)
Y las llamadas fallan con "cannot assign requested address". Ayuda!`),
    pe(`Czesc, mamy problem w szczycie: polaczenia wychodzace padaja, mbx3000d loguje EADDRINUSE przy connect do carriera. ss pokazuje timewait 32k. Rano i wieczorem ok, tylko w godzinach 12-15. Co proponujecie, tcp_tw_reuse?`),
    pe(`Salut, iar am avut aseara intre 19 si 21 apeluri picate in masa. In log: "connect to 91.x.x.5:5060 failed: Cannot assign requested address". ss -s arata timewait 30 de mii. Cred ca se termina porturile. Ajutati-ne va rog.`),
    pe(`Grüezi, seit wir den neuen Dialer-Kunden haben (ca. 250 CPS Peak) gibts am Nachmittag Ausfaelle: der Softswitch kann keine neuen TCP-Verbindungen zu den Carriern mehr aufbauen, "cannot assign requested address", und wir zaehlen ueber 28.000 TIME_WAIT. Wie loesen wir das?`),
    pe(`Bonjour, problème récurrent depuis 3 jours : à partir de 17h le serveur VOS n'arrive plus à établir de connexions TCP sortantes. Les appels échouent. On voit environ 28k sockets TIME_WAIT et l'erreur EADDRINUSE. La plage de ports locale est celle par défaut. Que conseillez-vous ?`),
    pe(`Salve, vi incollo l'output di stamattina alle 11:
# ss -s
Total: 35120
TCP:   34890 (estab 1210, closed 33601, orphaned 5, timewait 33580)
Nello stesso momento nel log di mbx3000d: "Cannot assign requested address" su tutte le connessioni in uscita verso i trunk. Le chiamate non partono. Cosa facciamo?`),
    pe(`Hola, en hora punta se nos caen las llamadas salientes, el log dice "bind() failed: Address already in use" al abrir la conexión TCP al carrier. Hay unos 28.000 TIME_WAIT. Fuera de hora punta no pasa. El 5060 escucha bien, el problema son las salidas.`),
    pe(`Dzien dobry, nasz call center w Krakowie zglasza ze w szczycie (ok. 160 CPS) polowa polaczen nie wychodzi. Na serwerze VOS netstat pokazuje 29 tys. TIME_WAIT i bledy cannot assign requested address na wychodzacych polaczeniach TCP. Prosze o szybka odpowiedz.`),
    pe(`Buna, tot la ora de varf: serverul nu mai poate deschide conexiuni TCP noi catre carrier, apelurile dau fail. ss -tan | grep TIME-WAIT | wc -l = 27 800. ip_local_port_range e 32768 60999. Ce recomandati, sa il marim?`),
    pe(`Guten Tag, wir haben jeden Werktag zwischen 10 und 12 Uhr dasselbe Bild: Verbindungsaufbau zum Upstream über TCP scheitert, im Log "EADDRINUSE", Calls brechen mit 503 ab. Anzahl TIME_WAIT dann um die 28 Tausend. Bitte um Rückruf.`),
    pe(`Bonsoir, urgent : depuis 19h plus aucune nouvelle connexion TCP ne sort du serveur, "Cannot assign requested address" partout dans le log, les appels échouent tous. 45 000 TIME_WAIT. On est en plein pic de la campagne du call-center.`),
    pe(`Buongiorno, il nostro rivenditore ci segnala chiamate fallite tutti i giorni verso le 18. Ho controllato: sul VOS ci sono circa 28 mila socket in TIME_WAIT e nel log "cannot assign requested address" sulle connessioni TCP in uscita. Quando il traffico cala sparisce. Come si risolve?`),
    pe(`Buenas, os escribo del NOC. Alerta ahora mismo: ss -s timewait 36k, errores EADDRINUSE en las conexiones salientes del mbx3000d hacia 4 carriers, ASR cayendo en picado. Es la hora punta de siempre. Necesitamos solución ya.`),
    pe(`Hej, po starcie kampanii dialera to samo co wczoraj: w szczycie brak nowych polaczen TCP, "Cannot assign requested address", TIME_WAIT 28 000+. Dodalismy wiecej RAM ale nic to nie dalo. Co ustawic w kernelu?`),
    pe(`Buna ziua, de 2 zile in intervalul 14-16 nu mai putem suna, serverul VOS arunca "Address already in use" cand deschide conexiuni spre furnizori (nu pe 5060, pe porturile locale). TIME_WAIT aproape 29 de mii. Va rog urgent.`),
    pe(`Hi, NOC hier. Peak-Zeit, 210 CPS, und der Softswitch baut keine neuen TCP-Sessions mehr auf. Auszug:
Cannot assign requested address (connect to 212.x.x.8:5060)
Cannot assign requested address (connect to 212.x.x.9:5060)
ss -s: timewait 31k. Calls failen reihenweise. Was sofort tun?`),
    pe(`Bonjour, on a un souci sur le serveur de Bruxelles : aux heures de pointe les appels vers nos fournisseurs TCP échouent par paquets, je vois des dizaines de milliers de TIME_WAIT (29 000 environ) et l'erreur "cannot assign requested address" sur les connexions sortantes. Vous pouvez nous aider ?`),
    pe(`Ciao, urgente. Picco di traffico adesso, 190 CPS, connessioni TCP uscenti verso i carrier che falliscono con EADDRINUSE, ss -s dice timewait 30 mila. Le chiamate non passano. Serve modificare tcp_tw_reuse?`),
    pe(`Hola, cada día a las 13h el VOS deja de abrir conexiones nuevas hacia los carriers. He contado con netstat 28 mil sockets en TIME_WAIT y el log está lleno de "cannot assign requested address". A las 15h se normaliza. Qué es esto?`),
    pe(`Dzien dobry, przesylam output z godziny szczytu:
TCP:   30455 (estab 1100, closed 29310, orphaned 1, timewait 29288)
mbx3000d: tcp connect failed errno 99 Cannot assign requested address
Polaczenia do operatorow sie nie zestawiaja. Co robic?`),
    pe(`iar s-a intamplat, la varf 28k TIME_WAIT si "EADDRINUSE" la conectarea spre carrier, apelurile nu ies deloc. Suntem call center cu 300 de agenti, dupa varf merge iar. Ce trebuie facut?`),
  ],
  natUnregistered: [
    nat(`Hallo, seit ihr gestern SS_TCP_CLOSE_RESET auf On gestellt habt, sind bei unserem Kunden alle Telefone hinter der Fritzbox unregistriert. Die nutzen SIP ueber TCP. Vorher lief alles stabil. Bitte pruefen!`),
    nat(`Bonjour, depuis l'activation du mode RST hier soir, nos softphones (Zoiper en TCP) derrière le NAT du bureau perdent l'enregistrement toutes les quelques minutes. Avant aucun problème. Que se passe-t-il ?`),
    nat(`Buongiorno, da quando avete attivato la chiusura RST sul softswitch, i telefoni Yealink dei clienti dietro router di casa (TCP) risultano unregistered a intermittenza. Le postazioni con IP pubblico invece vanno bene.`),
    nat(`Hola, desde que cambiasteis ayer el modo de cierre a RST, los teléfonos de la oficina detrás del MikroTik (SIP por TCP) se quedan sin registrar cada rato. Los que van por UDP no tienen problema. Podéis revisarlo?`),
    nat(`Dzien dobry, po wlaczeniu SS_TCP_CLOSE_RESET=On telefony klientow za NAT (routery domowe, TCP) traca rejestracje. W panelu VOS widze ze co chwile wypadaja. Przed zmiana bylo ok.`),
    nat(`Buna ziua, dupa ce ati activat modul RST alaltaieri, telefoanele agentilor care lucreaza de acasa (in spatele NAT, SIP pe TCP) apar neinregistrate tot timpul. Cei din birou cu IP public sunt ok. Ce e de facut?`),
    nat(`Servus, nach eurer Änderung gestern (Close-Modus auf RST) fallen bei uns die Softphones der Home-Office-Agents laufend raus, Status unregistered. Alle hinter normalen Heimroutern mit NAT, Transport TCP. Das war vorher nie so.`),
    nat(`Salut, on a mis SS_TCP_CLOSE_RESET=On mardi pour les TIME_WAIT, et depuis les Grandstream de nos clients derrière des box (NAT) ne restent pas enregistrés en TCP. Ça se réenregistre puis ça retombe. Comment on fait ?`),
    nat(`Ciao, urgente: dopo il reparse di stamattina con SS_TCP_CLOSE_RESET=On metà delle sedi dei clienti risultano non registrate. Sono tutte dietro NAT (router Fritz e TP-Link), usano TCP. Le sedi con IP diretto sono ok.`),
    nat(`Buenas, desde que activamos el RST en el softswitch los gateways de los clientes detrás de NAT (router de fibra) pierden el registro por TCP varias veces por hora. Antes de ese cambio estaban estables semanas. Qué hacemos?`),
    nat(`Czesc, od kiedy przelaczyliscie tryb zamykania na RST, bramki GoIP u klientow za MikroTikiem pokazuja unregistered co kilka minut. Uzywaja TCP, stoja za NAT-em. Mozecie sprawdzic?`),
    nat(`Salut, de cand s-a schimbat modul de inchidere a conexiunilor (RST) pe server, telefoanele din sucursalele noastre, toate in spatele routerelor cu NAT, nu mai raman inregistrate pe TCP. Cele pe UDP merg. Va rog ajutor.`),
    nat(`Grüezi, wir haben gestern Abend RST aktiviert (SS_TCP_CLOSE_RESET=On, reparse gemacht). Heute Morgen sind ca. 120 Telefone hinter Kunden-Routern mit NAT nicht registriert, alle auf SIP/TCP. Die mit oeffentlicher IP laufen. Zusammenhang?`),
    nat(`Bonjour, suite à votre changement d'hier ("close mode" en RST), les postes de nos agents en télétravail, derrière leur box, sont non enregistrés sur VOS. Ils sont configurés en TCP. On a dû basculer quelques-uns en UDP pour qu'ils marchent. Vous pouvez regarder ?`),
    nat(`Salve, i nostri clienti con centralino dietro NAT (MikroTik) da ieri perdono la registrazione TCP ogni 10-15 minuti. L'unica modifica fatta è stata attivare SS_TCP_CLOSE_RESET. Possiamo tornare indietro o c'è un'altra soluzione?`),
    nat(`Hola, os pego lo que vemos en el VOS desde que pusimos SS_TCP_CLOSE_RESET=On:
ext 2001 192.168.1.20 (NAT 83.x.x.44) TCP  unregistered
ext 2002 192.168.1.21 (NAT 83.x.x.44) TCP  unregistered
ext 2003 192.168.1.22 (NAT 83.x.x.44) TCP  unregistered
Antes estaban todas registradas. Cómo lo arreglamos?`),
    nat(`Dzien dobry, zglaszam problem: po wczorajszej zmianie na RST softphone'y agentow pracujacych zdalnie (za NAT, TCP) sa niezarejestrowane. Restart aplikacji pomaga na 5 minut i znowu wypadaja.`),
    nat(`Buna ziua, din ce vad in VOS, dupa activarea RST toate extensiile cu IP privat (192.168.x.x, in spatele NAT) pe TCP sunt unregistered, iar cele cu IP public sunt registered. Inainte de schimbare mergeau toate. Ce recomandati?`),
    nat(`Hallo, kleine Eskalation vom Reseller: seit der Umstellung auf "RST mode" bei uns verlieren seine Yealinks hinter den Kundenroutern (NAT) staendig die Registrierung. Transport ist TCP. Er droht mit Wechsel. Bitte schnell pruefen.`),
    nat(`Bonsoir, depuis ce matin, après que vous avez activé le RST sur le softswitch, les MicroSIP de notre call-center (derrière un routeur NAT, en TCP) passent en "non enregistré" sans arrêt. Les agents ne reçoivent plus d'appels.`),
    nat(`Buongiorno, vi segnalo: dopo che ieri avete messo la chiusura TCP in modalità RST, i gateway Dinstar dei clienti che stanno dietro NAT non si registrano più stabilmente (SIP su TCP). Ogni tanto si registrano e poi cadono.`),
    nat(`Buenos días, desde el cambio a RST del martes, los teléfonos de los clientes que están detrás de routers domésticos no aguantan registrados por TCP. Con IP pública todo bien. Puede ser que los routers con NAT no se lleven bien con el RST?`),
    nat(`Hej, wlaczylismy wczoraj RST mode zeby pozbyc sie TIME_WAIT, pomoglo, ale teraz telefony za NAT-em u kilku klientow (TCP) ciagle sie wyrejestrowuja. Jak to pogodzic?`),
    nat(`Salut, dupa ce am pus SS_TCP_CLOSE_RESET=On si reparse, agentii din call center-ul din Cluj (in spatele unui MikroTik cu NAT, SIP pe TCP) pierd inregistrarea la cateva minute. Am trecut cativa pe UDP si merg. Cum rezolvam pentru toti?`),
    nat(`Guten Tag, seit dem Einschalten vom RST-Modus am Wochenende sind die Telefone in unseren Filialen (hinter NAT-Routern, TCP) immer wieder "nicht registriert". Heute hat sich der Filialleiter beschwert, keiner konnte sie anrufen.`),
    nat(`Bonjour, suite du ticket d'hier : toujours le même problème, depuis le passage en RST nos clients derrière NAT en SIP TCP se désenregistrent. J'ai vérifié mots de passe et IP, rien n'a changé chez eux. C'est bien le RST ?`),
    nat(`Ciao, da quando è attivo SS_TCP_CLOSE_RESET=On i softphone dei clienti da casa (NAT, TCP) mostrano "non registrato" a intermittenza, decine di segnalazioni stamattina. I clienti UDP nessun problema.`),
    nat(`Hola, reenvío ticket de un cliente: "Desde ayer nuestros 40 teléfonos detrás del router de la oficina aparecen desregistrados en vuestra plataforma. Usamos TCP." Lo único que cambiamos ayer fue activar el RST. Lo podéis mirar?`),
    nat(`Dzien dobry, po aktywacji zamykania RST w softswitchu telefony w hotelu klienta (za NAT, TCP) gubia rejestracje. Recepcja nie ma polaczen przychodzacych. Przed aktywacja wszystko bylo stabilne.`),
    nat(`Buna, urgent: de la schimbarea voastra de ieri (modul RST), toate telefoanele clientilor din spatele NAT-ului pe TCP sunt unregistered in VOS. Avem sute de reclamatii. Ce putem face rapid?`),
  ],
  firewallRst: [
    fw(`Hallo, seit ihr RST aktiviert habt, haengen bei uns Gespraeche und brechen ab. Unsere FortiGate loggt massenhaft:
type="traffic" subtype="forward" action="deny" msg="no session matched" proto=6 srcip=<VOS-IP> srcport=5060
Was koennen wir tun?`),
    fw(`Bonjour, depuis l'activation du mode RST sur le softswitch, des appels restent bloqués ou coupent. Notre Cisco ASA log: %ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 203.x.x.7/42311 flags RST on interface outside. Comment on règle ça ?`),
    fw(`Buongiorno, dopo aver abilitato SS_TCP_CLOSE_RESET le chiamate si bloccano a metà e cadono. Nei log del pfSense vediamo pacchetti TCP:R bloccati dalla default deny, "out of state". Cosa dobbiamo cambiare?`),
    fw(`Hola, desde que pusimos el RST, en el iptables del servidor vemos muchos drops con conntrack INVALID (flags RST) y las llamadas se quedan colgadas. Antes no pasaba. Qué regla hay que poner?`),
    fw(`Dzien dobry, po wlaczeniu trybu RST polaczenia wisza i sie rozlaczaja. Na Sophos XG w logach: "Invalid TCP state - drop" dla pakietow RST z serwera VOS. Jak to naprawic?`),
    fw(`Buna ziua, de cand ati activat RST pe softswitch, MikroTik-ul nostru arunca pachetele cu regula "connection-state=invalid action=drop" si in log apar flags RST. Apelurile cad dupa cateva secunde. Ajutor.`),
    fw(`Grüezi, nach dem Wechsel auf RST-Mode (SS_TCP_CLOSE_RESET=On) stehen bei uns Anrufe teilweise minutenlang und fallen dann weg. Im iptables-Log:
INVALID DROP: IN= OUT=eth0 PROTO=TCP SPT=5060 DPT=51234 RST
Sollen wir die INVALID-Regel anpassen?`),
    fw(`Salut, le FortiGate de notre client bloque les RST qu'envoie le VOS depuis qu'on est en mode RST : "no session matched" en boucle, et leurs appels se coupent ou restent figés. Une recommandation pour la policy ?`),
    fw(`Ciao, NOC qui. Da ieri sera (attivazione RST) sul Cisco ASA perimetrale vediamo "Deny TCP (no connection) ... flags RST ACK" verso i trunk dei clienti. Le chiamate restano appese e il carrier ci segnala timeout. Come procediamo?`),
    fw(`Buenas, tras cambiar el modo de cierre a RST, el pfSense de la oficina empieza a bloquear paquetes con flags R (en el log salen como "TCP:R" bloqueados) y las llamadas cortan a los 30 segundos. Qué nos recomendáis?`),
    fw(`Czesc, od zmiany SS_TCP_CLOSE_RESET na On mamy zawieszone rozmowy. W logach FortiGate "no session matched" dla ruchu TCP z portu 5060. Przed zmiana bylo czysto. Co dodac w politykach?`),
    fw(`Salut, in logurile Sophos de la client apar drop-uri "out of state" cu RST de la serverul nostru VOS, incepand exact de cand am activat modul RST. Apelurile se blocheaza. Ce trebuie setat pe Sophos?`),
    fw(`Servus, nach eurer RST-Umstellung haben wir ein Firewall-Problem: unser pfSense verwirft die RST-Pakete vom Softswitch als "out of state", und die Calls haengen danach. Logauszug: block in TCP:RA 10.0.0.5:5060 -> 81.x.x.3:49877. Wie loesen wir das?`),
    fw(`Bonjour, chez nous les appels se coupent depuis mardi (activation du RST). Sur l'iptables de la passerelle, le compteur de la règle "-m conntrack --ctstate INVALID -j DROP" explose, et tcpdump montre que ce sont les RST du VOS. Que faire ?`),
    fw(`Salve, dopo la modifica di ieri (RST mode attivo) il nostro Sophos butta via i RST del softswitch e le chiamate del call center si bloccano. Non avevamo mai avuto cadute prima. Vi mando i log se servono.`),
    fw(`Hola, os paso log del FortiGate desde que se activó el RST:
date=2024-05-14 action="deny" proto=6 service="SIP" msg="no session matched" srcport=5060 dstport=40122
Desde entonces muchas llamadas se quedan colgadas. Podéis ayudar?`),
    fw(`Dzien dobry, MikroTik u klienta dropuje pakiety RST z naszego VOS (filter connection-state=invalid), od kiedy wlaczylismy tryb RST. Rozmowy sie zrywaja. Jak to ustawic poprawnie?`),
    fw(`Buna ziua, ASA-ul nostru raporteaza "Deny TCP (no connection) flags RST" de cand serverul VOS inchide conexiunile cu RST. Apelurile raman agatate si clientii se plang. Ce trebuie modificat?`),
    fw(`Moin, Frage vom NOC: seit SS_TCP_CLOSE_RESET=On steigen bei uns die Drops auf der Firewall (conntrack INVALID, TCP-Flag R) und gleichzeitig haengen Anrufe. Ist das der bekannte Effekt und wie bekommen wir das weg?`),
    fw(`Bonjour, on a activé le RST la semaine dernière et depuis nos appels restent "pendus" régulièrement. Dans les logs de notre pfSense on voit des RST du softswitch bloqués "state mismatch". Vous avez une procédure ?`),
    fw(`Buongiorno, il FortiGate del cliente da quando abbiamo messo SS_TCP_CLOSE_RESET=On scarta i reset con "no session matched", le chiamate cadono o restano mute. Vi chiedo come configurare la policy.`),
    fw(`Buenas, desde el cambio a RST las llamadas a través del Cisco ASA caen. show log: %ASA-6-106015: Deny TCP (no connection) from 185.x.x.2/5060 to 10.20.0.14/53012 flags RST on interface inside. Cómo se soluciona?`),
    fw(`Hej, Sophos UTM od wczoraj (po wlaczeniu RST na VOS) loguje "Drop TCP packet, invalid state" z flaga RST i mamy wiszace polaczenia. Jak dodac wyjatek?`),
    fw(`Salut, iptables pe gateway-ul clientului: dupa ce am activat RST, regula de INVALID drop prinde pachetele RST de la VOS si apelurile se agata. dmesg: "INVALID DROP: ... PROTO=TCP SPT=5060 ... RST". Ce regula sa punem inainte?`),
    fw(`Guten Tag, wir haben seit der Aktivierung vom RST-Modus Gespraechsabbrueche. Auf der Sophos XG sehen wir, dass die RST-Pakete vom VOS verworfen werden ("Invalid TCP state"). Bitte um Empfehlung.`),
    fw(`Salut, depuis que vous avez changé le mode de fermeture TCP (RST), le MikroTik du client drop les paquets en invalid et on voit passer des flags RST dans le log. Les appels restent figés puis coupent. Une idée ?`),
    fw(`Ciao, il nostro iptables sul gateway sta scartando i RST del VOS come INVALID da quando avete attivato la modalità RST. Conseguenza: chiamate che si bloccano e non si chiudono. Potete aiutarci con la regola giusta?`),
    fw(`Hola, en el MikroTik del cliente, con la regla de drop invalid, se descartan los RST que manda VOS desde que activamos SS_TCP_CLOSE_RESET. Las llamadas se cuelgan. Qué hacemos, quitamos la regla?`),
    fw(`Dzien dobry, pfSense odrzuca pakiety RST od softswitcha (log: block TCP:R, out of state) od czasu wlaczenia trybu RST. Klienci skarza sie na zrywane rozmowy. Co zalecacie?`),
    fw(`Buna, FortiGate-ul nostru are in log "no session matched" pentru pachetele RST de la VOS de cand am pornit modul RST ieri. Apelurile se intrerup sau raman fara sunet. Ce politica trebuie?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning159Set: readonly EvalItem[] = Object.values(tuning159Families).flat();
