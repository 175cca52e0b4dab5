import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * NOC engineers, operators and resellers in Sweden, Norway, Denmark and Finland writing Swedish,
 * Norwegian, Danish and Finnish on WhatsApp, often without å/ä/ö/ø/æ when typing fast, mixed with
 * English technical terms ("hej", "funkar inte", "virker ikke", "ei toimi", "igår", "i går", "eilen",
 * "tänään", "tack", "takk", "kiitos", "hva gjør vi", "mitä teen"), informal, some with pasted log
 * lines or command output.
 *
 * The ninety-third tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the ninety-third never-tuned set, before the forty-third round of rules, by someone who
 * had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the
 * other sets in view; measured as such before and after the forty-third round, then made tuning
 * material for the forty-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 68.9 %, negatives confident 5.2 %, confident wrong 0 % with the
 * rules of the forty-second round, and the same after the forty-third.
 */
export const tuning93Families = {
  oneListeningPort: [
    no(`hej, tomcat startar inte efter omstart av vos servern. catalina.out:
java.net.BindException: Address already in use <null>:8080
nan som vet vad som sitter pa 8080?`),
    no(`nginx vil ikke starte paa web01 idag: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). apache kjorer visst ogsa, hva gjor vi`),
    no(`mysql ei lahde kayntiin, logissa "Can't start server: Bind on TCP/IP port: Address already in use" portti 3306. vanha mysqld prosessi jai roikkumaan?`),
    no(`min laptop: npm run dev -> Error: listen EADDRINUSE: address already in use :::3000. glemte vist at lukke den anden terminal haha`),
    no(`docker compose up fejler: Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use. postgres kører lokalt også, virker ikke`),
    no(`vi satte upp en asterisk pa samma box som vos for test och nu: "Unable to bind to 0.0.0.0:5060 - Address already in use". mbx3000 har ju redan 5060 antar jag. flytta asterisk till 5070?`),
    no(`kamailio ei kaynnisty testipalvelimella tanaan: ERROR: <core> udp_init(): bind(...) on 0.0.0.0:5060: Address already in use. vos kuuntelee jo 5060`),
    no(`hej! vos web portal svarar inte. netstat -tlnp | grep 8080 visar en gammal java process med pid 2231, nya tomcat kan inte binda. kill -9 och starta om ok?`),
    no(`takk for hjelpa igar. Na er det grafana: "bind: address already in use" paa 3000. var en annen container som holdt porten`),
    no(`redis-server: Could not create server TCP listening socket *:6379: bind: Address already in use. systemd har startet den to ganger tror jeg`),
    no(`sshd ei lahde uudelleen: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. vaihdoin portin ja vanha sshd on viela paalla`),
    no(`mitä teen? zabbix agent: "cannot create listener on port 10050: Address already in use". vain se yksi portti, muuten kaikki ok`),
    no(`spring boot appen: "Web server failed to start. Port 8443 was already in use." lol den säger ju vad man ska göra`),
    no(`httpd vil ikke op: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443. certbot standalone kørte stadig`),
    no(`hej, efter uppgradering av vos webben startar inte tomcat, port 80 upptagen av httpd som yum installerade. funkar inte att na portalen`),
    no(`kaksi ftp palvelua samalla koneella, vsftpd valittaa "500 OOPS: could not bind listening IPv4 socket". portti 21 jo proftpd:lla`),
    no(`fail2ban? nej. det ar node-red som inte kan lyssna pa 1880, EADDRINUSE. pm2 hade redan startat den en gang`),
    no(`mongodb log: "Failed to set up listener: SocketException: Address already in use" 27017. kun en port, ikke noe last paa serveren`),
    no(`Error: listen EADDRINUSE 0.0.0.0:9090 fra prometheus. gammel prosess etter kill uten -9? lsof -i :9090 viser den`),
    no(`vi har to softswitcher paa samme VM i lab, den andre mbx3000 faar "cannot bind" paa 5060. er det bare aa endre port i conf?`),
    no(`hej igen, jenkins startar inte: java.net.BindException: Address already in use (Bind failed) på 8080 – vos tomcat har ju 8080 på den maskinen. byter till 8081`),
    no(`snmpd: Error opening specified endpoint "udp:161" ... bind: Address already in use. kaksi snmpd prosessia ajossa, tapan toisen`),
    no(`freeswitch testboxi: sofia profile internal ei kaynnisty, "Error Creating SIP UA for profile: internal", 5060 bind failed. toinen profiili samassa portissa`),
    no(`python -m http.server 8000 -> OSError: [Errno 98] Address already in use. ja ja, den forrige kører stadig i tmux 😅`),
    no(`haproxy reload giver "cannot bind socket [0.0.0.0:443]" men nginx lytter der. skal bare have slukket nginx ikke?`),
    no(`vos portal nede efter strømudfald: tomcat log "Address already in use: JVM_Bind" på 8080. der hænger en zombie java. hvad gør vi`),
    no(`heippa, mysql 3306 varattu "Bind on TCP/IP port. Got error: 98: Address already in use" - vos:n oma mysql ja joku asensi mariadb paalle vahingossa`),
  ],
  otherRegistrationCause: [
    no(`hej, 12 telefoner hos kund i Malmö visar unregistered sen imorse. de bytte lösenord på kontona igår i vos, provisioneringen har gamla. 403 Forbidden i loggen`),
    no(`kunden har skiftet ISP og faatt ny offentlig IP, naa er alle telefonene unregistered fordi kontoen er IP-låst. hva gjør vi, bare oppdatere IP i VOS?`),
    no(`puhelimet ei rekisteröidy, "401 Unauthorized" koko ajan. salasana vaihdettu eilen portaalissa mutta ei puhelimiin`),
    no(`strømsvigt hos kunden i Aarhus i nat, switchen kom ikke op igen. ingen telefoner registreret. de har sendt en elektriker`),
    no(`trunk till leverantör unregistered sen 02:00. de bytte DNS namn på sin registrar, vår gamla A-post pekar fel. nslookup ger gammal IP`),
    no(`licensen i vos gick ut?? alla konton visar offline och portalen säger license expired. vem förnyar`),
    no(`kontoen til kunden er utløpt (expire date i går) så telefonene faller ut. kan noen forlenge den?`),
    no(`mikrotik byttet hos kunde og de har satt telefonene paa ny VLAN uten DHCP option 66, saa de faar ikke provisjonering. unregistered alle 8`),
    no(`yksi puhelin näyttää unregistered, kaapeli irti pöydän alla 🙄 kiitos kaikille`),
    no(`hej hej, yealink visar "No Service". telefonen har ingen IP alls, DHCP-servern i routern dog. inte vårt fel`),
    no(`vi bruker UDP 5060 på alle endepunkt der, og etter at de byttet router til en ny Zyxel forsvant registreringene. SIP ALG er på som standard i den. skru av?`),
    no(`provisioning servern gav fel config till 30 telefoner, fel registrar (gamla test-ip:n). unregistered. fixar templaten nu`),
    no(`ISP alhaalla koko Tampereen alueella tänään, kaikki asiakkaan puhelimet unregistered. ei meidän vika`),
    no(`gateway registration failed: 404 Not Found. kontot raderades i vos av misstag igår av nån på supporten. skapa igen?`),
    no(`kunde skriver "telefoner virker ikke" – fiberen gravd over av gravemaskin i Bergen. tlf unregistered til Telenor fikser`),
    no(`trunk unregistered, 403 – leverantören har spärrat oss pga obetald faktura 😬`),
    no(`telefonene registrerer ikke: NTP feil, klokka står på år 2000 så TLS cert er "not yet valid". fikset ntp, kommer tilbake`),
    no(`reseller kunde fik nyt DNS, sip.kunde.dk peger nu på webhotellet. alle lokaler unregistered siden i går aftes`),
    no(`puhelimet rekisteröityy ja putoaa minuutin välein, expires 60 ja ruuhkainen wlan. UDP kaikki. vain wifi puhelimet`),
    no(`grandstream visar "Not registered" efter att kunden fabriksåterställde den. ingen konfig kvar lol`),
    no(`vi byttet IP paa vos serveren i gaar (ny datahall), telefonene peker fortsatt paa gammel IP. unregistered på alle som ikke bruker DNS`),
    no(`kontot har max registrations 1 och kunden har satt samma konto i två telefoner, de sparkar ut varandra. unregistered varannan minut`),
    no(`poe-switch kuoli toimistolla, puolet puhelimista ilman virtaa = unregistered. uusi switch tilattu`),
    no(`SIP trunk unregistered efter deres firewall skifte: de glemte at whiteliste vores IP igen på UDP 5060. nu er de på sagen`),
    no(`hej, vos visar kunden offline men de har inte betalat, kontot är "locked" i portalen. det är därför`),
    no(`kunde endret brukernavn format til +47... i provisjoneringen, VOS har uten +. 404 på REGISTER, unregistered`),
    no(`voip gateway ei rekisteröidy, käyttäjätunnus kirjoitettu väärin (O vs 0). korjattu, toimii taas`),
  ],
  smallFigures: [
    no(`hej, vad betyder TIME_WAIT egentligen? ser ca 200 st på vos servern i natt när det är lugnt. är det farligt?`),
    no(`ss -s
Total: 412 (kernel 530)
TCP:   96 (estab 41, closed 38, orphaned 0, synrecv 0, timewait 37/0), ports 0
ihan ok vai? tänään hiljainen päivä`),
    no(`Hva gjør egentlig SS_TCP_CLOSE_RESET i softswitch.conf? står Off hos oss. bare lurer`),
    no(`er tcp_tw_reuse trygt aa slaa paa? vi har ca 5 cps, ingen problemer, bare lurer på best practice`),
    no(`netstat -ant | grep TIME_WAIT | wc -l -> 143. normalt för en vos med 20 samtidiga samtal?`),
    no(`mikä on ip_local_port_range oletus centos 7:ssa? meillä 32768 60999. pitäisikö muuttaa vaikka ei ole ongelmaa`),
    no(`hej, kund frågar om de ska sätta RST på eller av. de har 3 CPS och telefoner bakom NAT. rekommendation?`),
    no(`kan nogen forklare forskellen på FIN og RST når man lukker TCP? til en intern workshop i morgen`),
    no(`ss -tan state time-wait | wc -l
87
ingen problemer, bare sjekker etter oppgradering`),
    no(`tack för igår! snabb fråga: hur länge ligger en socket i TIME_WAIT på linux? 60 sek?`),
    no(`vi har 300 TIME_WAIT og 50 ESTAB på sip tcp. kunden spør om det er bekymringsfullt. tror ikke det?`),
    no(`onko tcp_tw_recycle sama kuin reuse? luin että se on poistettu uusista kerneleistä`),
    no(`sysctl net.ipv4.ip_local_port_range
net.ipv4.ip_local_port_range = 32768 60999
tarvitaanko laajentaa 15 cps:llä? ei virheitä`),
    no(`hvor mange TIME_WAIT er "mange"? vi har ca 1200 paa peak og alt virker fint`),
    no(`monitoreringen viser 400-600 timewait hele dagen, flat kurve. ingen feil. trenger vi alarm på det?`),
    no(`ska vi sätta upp en zabbix check på TIME_WAIT? vad är rimlig tröskel för en vos med ~10 cps`),
    no(`hej, vad är skillnaden mellan graceful close och reset i vos manualen 4.3.5.2? läser inför certifiering`),
    no(`ss -s
Total: 210
TCP: 58 (estab 22, closed 30, orphaned 0, timewait 28/0)
tämä on normaali?`),
    no(`kunde vil vide om TLS påvirkes af close reset. de har ingen fejl, planlægger bare`),
    no(`hvordan sjekker jeg hvilken verdi SS_TCP_CLOSE_RESET har? bare grep i softswitch.conf?`),
    no(`kiitos eilisestä. kysymys: mitä "service mbx3000d reparse" tekee vs restart?`),
    no(`ephemeral ports, hur många har man som standard? ca 28000? vi kör 8 cps så borde räcka`),
    no(`netstat -s | grep -i reset
    12 connection resets received
    4 resets sent
normalt for en uke?`),
    no(`er det noe poeng i aa sette RST on paa en server med bare UDP trunker? tror ikke det, men sjekker`),
    no(`TIME_WAIT 65 kpl, CLOSE_WAIT 2. pieni asiakas. ok?`),
    no(`hej! har en kund med 2 cps som vill ha "max prestanda". ska vi ändra tcp parametrar alls eller lämna default?`),
    no(`dansk reseller spørger: hvad er anbefalet ip_local_port_range til vos3000? intet problem lige nu, ny installation`),
  ],
  firewallNoRst: [
    no(`hej, kan ni öppna 5060 tcp/udp och 10000-20000 udp i fortigaten för ny kund 81.x.x.x? tack`),
    no(`fail2ban bannede vores eget kontor IP igen lol. hvordan whitelister jeg i jail.local?`),
    no(`iptables -L viser DROP på 5061. hvordan åpner jeg for TLS bare fra kundens subnett?`),
    no(`mikrotik: SIP ALG päälle vai pois? asiakkaalla yksisuuntainen ääni. /ip firewall service-port sip`),
    no(`kan vi geo-blokke alt utenom Norden og EU på pfsense? mye sipvicious scanning fra utlandet i natt`),
    no(`vi vill rate-limita REGISTER till 20/s per IP i iptables, nån som har en hashlimit regel?`),
    no(`port forward i kundens router: 5060 udp till pbx 192.168.1.10. funkar inte, fortfarande inga inkommande samtal. dubbel NAT?`),
    no(`fortigate: pitääkö sip session helper poistaa? asiakkaalla UDP puhelut katkeaa 15 min kohdalla`),
    no(`nogen der har en god iptables regel mod "friendly-scanner" user agent?`),
    no(`hej, whitelist 185.x.x.x i vos brandväggen? kunden får bara timeout mot 5060 sen igår, vår iptables droppar dem`),
    no(`pfSense: static port på outbound NAT for telefonene? noen sier det hjelper med SIP`),
    no(`asiakas haluaa web portaalin 8080 auki vain toimiston IP:lle. iptables -A INPUT -p tcp --dport 8080 -s x.x.x.x -j ACCEPT riittääkö?`),
    no(`cisco asa: skal vi slå av inspect sip? vi kjører bare udp til leverandøren`),
    no(`firewall skift hos kunden fra sonicwall til fortigate næste uge. hvad skal vi huske for SIP? de kører UDP only`),
    no(`fail2ban vos jail filtret matchar inte loggarna, ingen ban trots 10k failed auth. regex?`),
    no(`hej, kund vill ha RTP-portar begränsade till 10000-10500 i brandväggen. räcker det för 100 samtal?`),
    no(`nf_conntrack: table full, dropping packet. max 65536. UDP sip scannere som fyller den, øke grensen?`),
    no(`ufw status sier inactive men iptables har regler fra før. hvem styrer brannmuren egentlig?`),
    no(`saisinko sääntöesimerkin: salli vain Suomen IP:t SIP:lle ipsetillä?`),
    no(`hej! kunden har NAT port forward på mikrotik för 5060 men pbx:en är på 5080. dst-nat to-ports=5080 rätt?`),
    no(`vi blokkerer udp 5060 mot internett og bruker kun TLS 5061 fra kjente IP. noen innvendinger?`),
    no(`fortigate log viser "deny" på ny kunde IP mod 5060 tcp. policy mangler. tilføj til address group?`),
    no(`tänään hyökkäys: 3000 INVITE/s yhdestä IP:stä. droppasin iptablesilla, mutta pitäisikö tehdä rate limit myös?`),
    no(`kan ikke nå vos webportal udefra efter vi lukkede alt undtagen 5060 i firewall. ups. hvilken port er portalen?`),
    no(`hej, asa: hur öppnar jag range 10000-60000 udp för rtp utan att skriva 50000 regler? object-group?`),
    no(`brannmur: skal vi bruke drop eller reject på blokkerte SIP scannere? reject sender jo RST/ICMP tilbake`),
    no(`fail2ban: bantime 1h liian lyhyt, samat IP:t palaa heti. recidive jail?`),
  ],
  negationContext: [
    no(`hej, telefoner bakom mikrotik unregistered men vi kör UDP only på dem, så inte RST grejen. nåt annat`),
    no(`RST er av og ingen har endret noe i softswitch.conf, men trunken faller likevel. grep SS_TCP_CLOSE_RESET gir "Off"`),
    no(`telefonene unregistered etter passordbyttet i går, ikke pga TCP-endringen. den rullet vi tilbake forrige måned`),
    no(`det där med time_wait och cannot assign requested address fixade vi förra månaden med port range. idag är det nåt helt annat, ljudet hackar`),
    no(`asiakas kysyy: "voiko RST mode aiheuttaa palomuuriongelmia?" meillä ei ole ongelmaa, heillä on koulutus tulossa`),
    no(`ikke et port problem! ss -s ser fint ut, 40 timewait. det er codec mismatch, 488 Not Acceptable`),
    no(`konkurrenten hadde visst stort problem med RST og fortigate i fjor, kunden spør om vi har det samme. vi har aldri slått på RST`),
    no(`hypotetiskt: om vi sätter SS_TCP_CLOSE_RESET=On, kommer telefonerna bakom NAT att tappa registrering? vi har inte gjort det än`),
    no(`rapport til ledelsen om hendelsen i mars: TIME_WAIT-opphopning, løst med tcp_tw_reuse. vil bare ha bekreftet at tallene stemmer`),
    no(`det er ikke vores server, det er leverandørens SBC der smider "address already in use" i deres log, de har selv fundet ud af det`),
    no(`hej, fortigate droppar inget, kollade loggen, noll deny. samtalen faller pga session timer på operatörens sida`),
    no(`tämä ei liity nattiin: puhelimet on julkisella IP:llä suoraan ja rekisteröinti on kunnossa. vain soittajan numero näkyy väärin`),
    no(`kundens MikroTik er ikke problemet, vi har testet direkte på internett og det er det samme. 503 fra trunken`),
    no(`RST-läget sattes på för tre månader sen och allt har funkat sedan dess. nu gäller det bara en faktureringsfråga`),
    no(`vi slog av RST igår som test och felet finns kvar, så det är inte det. samtal fortfarande tysta efter 30s. RTP?`),
    no(`ingen NAT, ingen firewall, bare direkte kobling i datasenteret. likevel one-way audio. ideer?`),
    no(`kurssitehtävä: selitä miksi RST sulkeminen auttaa TIME_WAIT:iin. ei oikea palvelin, opiskelen vain`),
    no(`de kører kun UDP til alle deres telefoner så close reset burde ikke gøre noget, vel? bare for at være sikker, intet fejler`),
    no(`ingen cannot assign requested address lenger siden vi utvidet portrange i mai. spør bare om vi kan fjerne overvåkningen`),
    no(`unregistered igen, men det är efter att kunden bytte lösenord på alla konton i morse, inte nåt med vår tcp ändring`),
    no(`gammel ticket fra 2022: "firewall dropper RST" – lukket, løst med allow-regel. kan noen arkivere den?`),
    no(`en annen leverandør (ikke oss) har SS_TCP_CLOSE_RESET på og klager på NAT. kunden videresendte mailen til oss ved en feil`),
    no(`asiakas epäili palomuuria mutta pcap näyttää että RST:t menee läpi ja puhelut toimii. ongelma oli väärä numero`),
    no(`hej, bara för att vara tydlig: vi har INTE ändrat något i softswitch.conf, RST är Off sen installation. problemet är 180 Ringing utan ljud`),
    no(`hvis vi en dag faar 500 cps, maa vi da bytte til RST? akkurat naa 12 cps og ingen problemer`),
    no(`lab test i går: vi prøvde RST on bak en fortigate for å se hva som skjer, ingen kunder berørt, slått av igjen. bare info`),
    no(`"telefoner unregistered" i slack var falsk alarm, monitoreringen pingede forkert IP. alt er registreret`),
  ],
  portExhaustion: [
    pe(`hej, vos servern kan inte ringa ut på topptrafiken, loggen full av "cannot assign requested address". ss -s visar timewait 27000. hjälp!`),
    pe(`ss -s
Total: 31877 (kernel 32010)
TCP:   30922 (estab 1104, closed 29650, orphaned 3, synrecv 0, timewait 29611/0), ports 0
ca 180 cps paa kvelden, nye tcp mot trunken feiler. hva gjor vi`),
    pe(`tänään ruuhkassa ei uusia TCP yhteyksiä operaattorille, virhe "connect: Cannot assign requested address". iltaisin n. 200 cps`),
    pe(`netstat -ant | grep -c TIME_WAIT
28190
og samtalene feiler fra kl 19. virker ikke paa peak, om natten ok`),
    pe(`vi har ip_local_port_range 32768 61000 och 250 cps över tcp, tar slut på portar varje kväll tror jag. samtalen failar med 503`),
    pe(`hej, softswitch loggar "bind: Address already in use" på utgående TCP mot trunken när trafiken toppar. inkommande funkar. ingen annan process på porten`),
    pe(`kunde med callcenter kampagne, 300 cps, efter 10 min fejler alle nye opkald. tusindvis af TIME_WAIT mod leverandørens 5060`),
    pe(`monitorointi: timewait nousee 28k asti joka päivä klo 10-12 ja silloin puhelut epäonnistuu. muulloin ok`),
    pe(`EADDRINUSE på utgående SIP TCP forbindelser ved peak. ikke lytteporten, det er klientsiden. 30k sockets i TIME-WAIT`),
    pe(`funkar inte efter kl 18 igen. "Cannot assign requested address" x 4000 i loggen på 5 min. kunden kör autodialer`),
    pe(`net.ipv4.ip_local_port_range = 40000 41000 – hvem har satt det så smalt?? vi har 80 cps tcp og det feiler hver ettermiddag`),
    pe(`hej, nya TCP-anslutningar till leverantörerna går inte upp under rusningstid, samtalen får timeout. ss visar massor av time-wait, typ 25-30 tusen`),
    pe(`2024-03-11 19:02:14 ERROR tcp connect to 10.20.1.5:5060 failed: errno 99 (Cannot assign requested address)
2024-03-11 19:02:14 ERROR tcp connect to 10.20.1.5:5060 failed: errno 99 (Cannot assign requested address)
tämä toistuu tuhansia kertoja illalla. mitä teen`),
    pe(`dialerkampanj startade idag 09:00, 400 cps, från 09:05 failar allt. netstat timewait 28k. stoppade kampanjen och då blev det bra`),
    pe(`takk for sist. samme kunde, naa med 150 cps over TCP til tre trunker. "address already in use" naar softswitchen aapner ny forbindelse. bare på peak`),
    pe(`vores gateway app får java.net.BindException: Cannot assign requested address mod vos ved spidsbelastning, 28k TIME_WAIT på boksen`),
    pe(`new tcp connections failing at peak, portit loppu? ip_local_port_range 32768-60999 = 28k ja timewait täynnä`),
    pe(`hej, vi har 220 cps på ny kund via sip tcp och servern vägrar öppna fler anslutningar efter nån minut. dmesg tyst. time_wait 28k+`),
    pe(`ingen nye samtaler kl 20-22, så kommer de tilbake. antall TIME_WAIT ligger på ~28k akkurat da. portene brukt opp?`),
    pe(`netstat -an | awk '/tcp/ {print $6}' | sort | uniq -c
  29870 TIME_WAIT
   1320 ESTABLISHED
     12 LISTEN
peak nu, opkald fejler. hvad gør vi`),
    pe(`kunden økte fra 40 til 300 cps i går, og nå "cannot bind" paa utgående tcp i vos loggen. er det kernel-greier?`),
    pe(`ruuhka-aikana softswitch ei saa uutta lähtevää tcp-porttia, lokissa "Address already in use". 30 000 TIME_WAIT. yöllä toimii`),
    pe(`hej! "kan inte binda lokal port" typ felmeddelande i mbx loggen när vi når 200+ cps. lägre trafik funkar perfekt`),
    pe(`timewait 32k, estab 900. nye samtaler til leverandøren feiler med timeout før INVITE i det hele tatt sendes. 260 cps`),
    pe(`vi kører sip over tcp til alle leverandører og har nået 350 cps. portene løber tør hver aften tror jeg. port range er standard`),
    pe(`eilen ja tänään sama: klo 17 jälkeen "cannot assign requested address", tcp_tw_reuse = 0, port range default. 190 cps`),
    pe(`hej, kan ni köra port-fixen på vos-sto-02? tusentals TIME_WAIT och utgående tcp dör vid peak`),
    pe(`ss -tan state time-wait | wc -l
31204
ss -tan state established | wc -l
840
alt henger rundt 19-tiden, mye trafikk`),
    pe(`asiakkaan autodialer 500 cps ja vos ei pysty avaamaan uusia tcp yhteyksiä, portit loppu? tcp_tw_reuse pois päältä`),
    pe(`hej, 9 av 10 samtal failar mellan 12 och 13 varje dag. bara TCP-trunkarna, UDP funkar. timewait ligger på 28000+ just då`),
  ],
  natUnregistered: [
    nat(`hej, efter att vi satte SS_TCP_CLOSE_RESET=On igår är alla telefoner bakom kundens mikrotik unregistered. de kör sip över tcp`),
    nat(`siden TCP-fiksen i går faller telefonene på kontoret i Trondheim ut av registrering hele tiden. de sitter bak NAT i en hjemmeruter`),
    nat(`puhelimet NATin takana näyttää unregistered sen jälkeen kun RST mode laitettiin päälle. tcp transport. mitä teen`),
    nat(`virker ikke efter RST ændringen: alle yealinks bag kundens router mister registreringen efter et par minutter. TCP`),
    nat(`hej, sen ni aktiverade reset-läget på servern i tisdags tappar våra hemmajobbare registreringen. alla sitter bakom vanliga hemroutrar, sip tcp`),
    nat(`unregistered på 40 telefoner bak MikroTik siden mandag. Det var den dagen dere endret close reset til On. tilfeldig?`),
    nat(`grep SS_TCP_CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
og siden det ble slått på er kontorets telefoner bak NAT unregistered. TCP`),
    nat(`asiakkaan toimisto (mikrotik, nat): puhelimet putoaa rekisteristä 5 min välein sen "tcp korjauksen" jälkeen. eilen aamulla kaikki ok`),
    nat(`hej! efter port-fixen igår (rst on + tw_reuse) är telefonerna på kontoret i Göteborg röda/unregistered. de har nat och tcp`),
    nat(`kunde: "telefonene sier No Service" – de sitter bak NAT, TCP 5060. vi skrudde på RST i helgen pga time_wait. henger det sammen?`),
    nat(`alle vores nat'ede kunder mister registrering siden i går hvor vi satte close reset On. kunder med offentlig IP er fine`),
    nat(`eilen RST päälle, tänään 3 asiakasta soittaa: puhelimet unregistered. kaikilla kotireititin ja NAT, SIP over TCP`),
    nat(`hej, registreringar från telefoner bakom NAT faller efter TCP close reset ändringen. re-register hjälper, 1 min senare borta igen`),
    nat(`mikrotik log: tcp connection reset... og telefonene bak den faar "registration failed". skjedde etter at vi aktiverte RST mode paa vos`),
    nat(`efter vi rullede RST mode ud på alle servere har vi 200 telefoner bag NAT som blinker unregistered. sip tcp. hvad gør vi, rul tilbage?`),
    nat(`tämä alkoi vasta tcp-muutoksen jälkeen: natin takana olevat puhelimet ei pysy rekisterissä. julkisilla IP:illä kaikki toimii`),
    nat(`hej, yealink bakom kundens fritz!box visar "Account Unregistered" sedan i onsdags när vi slog på SS_TCP_CLOSE_RESET`),
    nat(`telefonene til kunden i Stavanger er unregistered halve tiden etter gårsdagens endring (RST on). NAT i routeren, tcp transport`),
    nat(`jeg tror RST er synderen: siden vi satte den On er natede telefoner unregistered, men trunks uden NAT kører fint`),
    nat(`puhelimet NAT:n takana unregistered taas, sama kuin viime viikolla kun RST oli päällä. joku laittoi sen takaisin On`),
    nat(`softswitch.conf: SS_TCP_CLOSE_RESET="On"  (endret igår kl 22)
kontoret: 25 tlf bak mikrotik, alle unregistered fra i morges
hva gjør vi`),
    nat(`hej, reseller här. sedan TCP-fixen förra veckan har mina kunder med telefoner bakom nat problem med registreringen, tappar och kommer tillbaka. tcp`),
    nat(`grandstreams bag NAT mister registreringen ca hvert 2. minut efter at i slog reset til. TCP. før var det stabilt i månedsvis`),
    nat(`funkar inte: telefoner på hemmakontor (nat) avregistreras efter RST-ändringen. kontoret med publik ip påverkas inte`),
    nat(`siden dere slo paa close reset paa vos-osl-01 har kunden bak mikrotik bare unregistered telefoner. de bruker TCP fordi ISP blokkerer UDP 5060`),
    nat(`ei toimi: tcp:llä rekisteröityvät puhelimet kotiverkoissa (nat) putoaa pois RST asetuksen jälkeen. kiitos jos ehdit katsoa`),
    nat(`hej, kan ni slå av RST igen? telefonerna bakom NAT har varit unregistered sen ni satte på den i måndags`),
    nat(`kunden ringer igjen: kontorets tlf (NAT, zyxel router) er unregistered siden fredag. fredag satte vi SS_TCP_CLOSE_RESET On for time_wait problemet`),
    nat(`NAT-telefonerne er unregistered efter tcp ændringen, og på mikrotik'en ser jeg at tcp sessionerne lukkes brat. RST?`),
    nat(`puhelimet (yealink, mikrotik nat) näyttää rekisteröimättömiltä, alkoi heti kun close reset muutettiin On. sip tcp`),
  ],
  firewallRst: [
    fw(`hej, sen vi satte RST på hänger samtalen genom kundens FortiGate. i fortigate loggen: "no session matched" på RST paketen, de droppas`),
    fw(`pfSense blokkerer RST pakkene fra vos etter at vi slo paa close reset. samtaler henger og faar aldri BYE. hva gjor vi`),
    fw(`iptables -L -v viser at INVALID state drop-regelen teller opp massivt siden RST-moden ble aktivert. og samtalene feiler`),
    fw(`asiakkaan cisco asa droppaa RST:t, "TCP packet with no connection" logissa. puhelut katkeaa, alkoi kun RST laitettiin päälle`),
    fw(`dmesg:
[INVALID] IN=eth0 OUT= SRC=10.0.0.5 DST=10.8.1.20 PROTO=TCP SPT=5060 DPT=41822 RST
tusindvis af disse siden vi aktiverede RST mode. opkald fejler. virker ikke`),
    fw(`hej, samtal misslyckas sen RST-ändringen. kundens SBC loggar "unexpected RST, dropped". det funkade innan`),
    fw(`fortigate session table viser SIP TCP sesjoner som blir hengende etter at vi skrudde paa SS_TCP_CLOSE_RESET, RST droppes av policy. nye samtaler går ikke`),
    fw(`tänään sama: RST päälle eilen -> puhelut epäonnistuu asiakkaan palomuurin läpi. conntrack merkitsee RST:t INVALID ja pudottaa`),
    fw(`vi har -A INPUT -m conntrack --ctstate INVALID -j DROP på edge, og etter RST on feiler 30% av samtalene. sammenheng?`),
    fw(`kunden bruger sonicwall, og efter close reset blev sat til On i går hænger opkald i 30 sek og dør. sonicwall log: "TCP packet received on non-existent/closed connection; TCP packet dropped"`),
    fw(`hej, ASA loggar "%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 172.16.4.9/50412 flags RST" sedan vi slog på reset. samtalen faller`),
    fw(`puhelut jää roikkumaan ja katkeaa, pfSensessä näkyy blokattuja TCP:RA paketteja vos:lta. alkoi RST moden jälkeen`),
    fw(`alt fungerte til vi satte SS_TCP_CLOSE_RESET="On" i går. nå dør samtaler via kundens FortiGate, packet capture viser at RST aldri kommer fram`),
    fw(`virker ikke: opkald fejler efter RST mode, og firewallen dropper resets. hvad gør vi, rul tilbage?`),
    fw(`vi aktiverade RST för time_wait problemet men nu har kunden bakom palo alto misslyckade samtal, palo loggar RST:erna som drop "tcp out of window"`),
    fw(`hej, kollade fortigate debug flow: "no session matched, drop" på RST från vår vos. började efter close reset ändringen. samtal hänger`),
    fw(`nf_conntrack ser RST som INVALID fordi sesjonen allerede er borte, og de droppes. skjedde etter RST on. samtaler henger i 32 sek`),
    fw(`tämä alkoi kun laitettiin SS_TCP_CLOSE_RESET päälle: SBC:n palomuuri hylkää RST paketit ja puhelut ei muodostu`),
    fw(`kunde med stateful firewall (watchguard) klager over at halvdelen af opkaldene fejler siden mandag. mandag slog vi RST til. watchguard logger dropped RST`),
    fw(`hej, tcpdump på kundsidan visar inga RST alls medan vi skickar dem. deras brandvägg äter dem. RST läget på sen igår, samtal failar`),
    fw(`etter rst-endringen: samtaler til kunden bak pfSense blir hengende i ringing. pf log: block TCP:R fra vos 5060`),
    fw(`pfSense log:
Mar 12 10:22:01 block in on WAN TCP:RA 185.x.x.x:5060 -> 192.168.10.2:51234
masse av disse siden i går kveld. RST mode aktivert samme kveld. samtaler feiler`),
    fw(`palomuuri pudottaa resetit ja puhelut katkeaa. eilen muutettiin close reset On. asiakkaalla fortigate 100F`),
    fw(`hej, funkar inte sen i tisdags: utgående samtal via kundens ASA hänger. i loggen deny tcp flags RST. tisdag = dagen vi slog på RST`),
    fw(`vi satte RST On paa alle servere. kundene med fortigate har naa samtaler som faller etter 10-20 sek, de uten firewall er fine. fortigate viser drop paa RST`),
    fw(`opkald gennem kundens iptables box fejler efter SS_TCP_CLOSE_RESET=On. conntrack -S viser invalid tallet stige hurtigt`),
    fw(`conntrack -S
cpu=0 found=0 invalid=48213 ignore=0 insert=0 insert_failed=0 drop=0
invalid eksploderte etter RST-moden, og kunden har failede calls. hva gjør vi`),
    fw(`asiakkaan SBC (audiocodes) hylkää RST:t "invalid tcp state" ja puhelut epäonnistuu RST moden jälkeen. kiitos avusta`),
    fw(`hej! samtal droppar sen vi aktiverade reset vid stängning. fortigate IPS markerar RST:erna som anomaly och blockerar dem`),
    fw(`stateful brannmur hos kunden dropper RST fra vos etter endringen vår i går. samtalene henger. skal vi skru av RST eller be dem tillate RST?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning93Set: readonly EvalItem[] = Object.values(tuning93Families).flat();
