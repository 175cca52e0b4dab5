import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * NOC engineers, operators and resellers in the Czech Republic, Slovakia and Hungary writing Czech,
 * Slovak and Hungarian on WhatsApp, mostly without diacritics as typed on phones, mixed with English
 * technical terms ("ahoj", "nefunguje", "vcera", "dneska", "porad", "uz", "nemuzu", "szia", "nem megy",
 * "tegnap", "mar", "megint", "koszi", "dik"), informal, some with pasted log lines or command output.
 *
 * The eighty-ninth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the eighty-ninth never-tuned set, before the forty-second round of rules, by someone who
 * had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the
 * other sets in view; measured as such before and after the forty-second round, then made tuning
 * material for the forty-third: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 76.7 %, negatives confident 7.4 %, confident wrong 0 % with the
 * rules of the forty-first round, and the same after the forty-second.
 */
export const tuning89Families = {
  oneListeningPort: [
    no(`ahoj, po upgradu nejde nastartovat nginx: bind() to 0.0.0.0:80 failed (98: Address already in use). asi tam porad bezi apache, co s tim?`),
    no(`szia, a tomcat nem indul a vos web portalon, catalina.out: java.net.BindException: Address already in use <null>:8080 ... ki foglalja a portot?`),
    no(`nemuzu spustit mysql po restartu, v logu "Can't start server: Bind on TCP/IP port: Address already in use" a "Do you already have another mysqld server running on port: 3306 ?" asi zustal viset stary proces`),
    no(`dneska rano docker compose up a hned: Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use. na notebooku mam lokalne postgres, staci ho stopnout?`),
    no(`ahoj, kolega spustil druhy asterisk na tom istom serveri a teraz vos nevie bindnut 5060, v logu cannot bind 0.0.0.0:5060. ako zistim ktory proces to drzi?`),
    no(`npm run dev -> Error: listen EADDRINUSE: address already in use :::3000 megint 🙄 a regi node process bent maradt, hogy lovom le windowson?`),
    no(`netstat -tlnp | grep 8080
tcp        0      0 0.0.0.0:8080      0.0.0.0:*     LISTEN      2231/java
tenhle java je stary tomcat co nespadl, nova instance vos webu pak pise address already in use. muzu ho killnout?`),
    no(`szia, a vos3000 web felulet nem jon fel reboot utan, "Port 8080 already in use", kozben a jenkins fut ugyanott. athelyezem a jenkinst masik portra, ok?`),
    no(`po instalaci zabbix serveru nejede nas stary monitoring, hlasi bind na 10051 address already in use. dva servery na jednom portu asi nepujdou co`),
    no(`redis nenabehne, "Could not create server TCP listening socket *:6379: bind: Address already in use". uz som dal systemctl stop redis a stale nic, dik za radu`),
    no(`tegnap ota a grafana nem indul: "listen tcp 0.0.0.0:3000: bind: address already in use". ugyanazon a gepen fut egy react dev server is, gondolom az a ludas`),
    no(`ahoj, httpd na vos serveru nenajede: (98)Address already in use: make_sock: could not bind to address [::]:443. mame tam jeste nejaky stary nginx z testu`),
    no(`szia, a masodik sip szervert (kamailio) akartam elinditani teszt miatt a vos melle, de "bind: Address already in use" az 5060-on. a vos fogja persze. melyik portra tegyem?`),
    no(`mam na laptopu spring boot appku a pise "Web server failed to start. Port 8080 was already in use." jak nejrychlejc najdu ten proces na macu?`),
    no(`vos ftp zalohy nejdu, vsftpd nenabehne - 500 OOPS: could not bind listening IPv4 socket. asi tam bezi aj proftpd od predosleho admina`),
    no(`java.net.BindException: Address already in use (Bind failed) a billing api-nkban indulaskor, port 9090. a prometheus is azon van... bocs ha rossz csoport`),
    no(`po aktualizaci se nenastartuje openvpn: "TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use". bezi tam druha instance se stejnym portem`),
    no(`cau, sshd na novem portu 2222 nenabehne: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. tam mame gitea ssh... takze zmenit jedno z nich ze`),
    no(`kontajner s vos web demom nejde spustit: docker: Error response from daemon: driver failed programming external connectivity ... Bind for 0.0.0.0:80 failed: port is already allocated. co to drzi?`),
    no(`koszi a tegnapit! meg egy: haproxy restart utan "Starting frontend http-in: cannot bind socket [0.0.0.0:80]". az apache is 80-on hallgat, azt at kell rakni ugye?`),
    no(`ahoj, mysql na vos3000 po padu nejde nahodit, port 3306 drzi zombie mysqld. ps aux ukazuje 2 procesy. staci kill -9 toho stareho?`),
    no(`szia, az mbx3000d nem indul a teszt szerveren, logban "bind 5060 failed: Address already in use". kiderult hogy a freeswitch bootkor magatol elindul. kikapcsoljam?`),
    no(`mam problem na dev serveru, php artisan serve pise Failed to listen on 127.0.0.1:8000 (reason: Address already in use). asi mam pustene dve okna terminalu, ze?`),
    no(`webmin na porte 10000 uz nejde, miniserv.pl: Failed to bind IPv4 port 10000 : Address already in use. nieco ine tam sedi, ako to najdem bez lsof? lsof tam nie je`),
    no(`nem megy a snmpd a vos gepen: "Error opening specified endpoint udp:161" ... a netstat szerint egy masik snmp agent mar fut. csak ez az egy port a gond, mast nem latok`),
    no(`dneska pri migraci, tomcat na novem vos serveru: SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"] java.net.BindException: Address already in use. je to jen ten jeden port, zbytek jede`),
    no(`unbound na nasom dns resolveri pre vos nenabehne: "can't bind socket: Address already in use for 0.0.0.0 port 53". bezi tam systemd-resolved, vypnem ho a hotovo?`),
  ],
  otherRegistrationCause: [
    no(`ahoj, od rana je pul telefonu unregistered. vcera zakaznik menil hesla na vsech linkach a do telefonu je nikdo nezadal. v logu 403 Forbidden porad dokola`),
    no(`szia, a trunk a szolgaltato fele nem regisztral tegnap ota. kiderult hogy lejart a szerzodes es letiltottak a fiokot. mit mondjak az ugyfelnek?`),
    no(`nemuzu zaregistrovat pobocku v Brne, provider zmenil IP sveho SBC a my mame v trunku natvrdo starou IP. staci to prepsat?`),
    no(`vcera u nas vypadla elektrina v celej budove, po zapnuti su vsetky telefony unregistered. router nabehol ale asi ma ine IP. co mam skontrolovat?`),
    no(`az osszes Yealink unregistered az irodaban, a rendszergazda tegnap cserelte a mikrotiket es uj VLAN-ba tette a telefonokat, a DHCP nem ad nekik IP-t. UDP-n regisztralnak amugy`),
    no(`vos licence expirovala vcera o pulnoci, od te doby se nic neregistruje a hlasi license error. kdo nam posle novy klic? 😬`),
    no(`ahoj, klient ma unregistered jeden grandstream, ostatni jedou. nakonec odpojeny kabel pod stolem, uklizecka. sorry za poplach 😅`),
    no(`trunk na operatora neregistruje, dns meno sip.operator.sk sa nam neprekladá, nslookup vracia SERVFAIL. je to na strane ich dns?`),
    no(`tegnap este 22 ota nincs net az ugyfelnel (Telekom hiba), termeszetesen minden telefon unregistered. csak szolok hogy ne nalunk keressetek a hibat`),
    no(`po zmene provisioning sablony se polovina telefonu nezaregistruje, maji v configu spatnou server address (preklep v domene). opravim sablonu a dam reboot`),
    no(`ahoj, u zakaznika nejde registrace, 401 Unauthorized porad dokola. on tvrdi ze heslo je dobre, ale v telefonu ma user 1001 a na vos je 1010 🤦`),
    no(`po zmene verejnej IP u ISP sa nam vsetky pobocky odregistrovali, maju v telefonoch natvrdo nasu staru IP. ideme to prerobit na domenu`),
    no(`szia, a Panasonic telefonok nem regisztralnak mert a switchen elfogyott a PoE budget, a fele nem kap aramot. nem a vos a hibas`),
    no(`vcera jsme prevedli trunk na novy ucet u operatora a uz se neregistruje, operator potvrdil ze ucet bude aktivni az zitra`),
    no(`telefony unregistered, pingnu je ale registrace nic. pak jsem zjistil ze nekdo na routeru zapnul SIP ALG a prepisuje hlavicky, UDP 5060. vypnuli jsme a jede`),
    no(`klientovi vyprsal predplateny kredit, vos mu zablokoval ucet a telefony hlasia 403. dobije az zajtra`),
    no(`a sip trunk regisztracio elbukik: "408 Request Timeout". a szolgaltato ma ejjel 2-ig karbantart, emailben jott. holnap megint ranezek`),
    no(`mikrotik updatnuty na 7.x a od te doby telefony unregistered... update resetoval firewall filter a blokuje udp 5060 ven. telefony jedou pres UDP, TCP nepouzivame`),
    no(`ahoj, mobilni softphone (zoiper) se neregistruje kdyz je na 4G, na wifi jede. operator asi blokuje SIP na mobilnich datech`),
    no(`nove telefony z krabice neregistruju, provisioning server vracia 404 na MAC.cfg, subor tam nikto nenahral`),
    no(`szia, a reseller ugyfelek fele unregistered lett, mert lejart az SSL tanusitvany a provisioning szerveren es a telefonok nem toltik le a configot. mar megujitottam`),
    no(`ahoj, vsechny telefony na pobocce unregistered, DHCP na starym windows serveru po vypadku proudu nenabehl a telefony nedostaly IP. nahodili jsme DHCP a nabihaji`),
    no(`nas trunk od operatora sa odregistroval, operator bez oznamenia zmenil realm a auth username. v logu 401 s novym realmom`),
    no(`megint unregistered a kozponti telefon, az ugyfel kihuzta a routert takaritas kozben. mar visszadugta, de irja hogy "mindig ez van" 🙄`),
    no(`ip telefony v hale nejdou, wifi bridge mezi budovama odesel po vcerejsi bource. netyka se to serveru, jen info`),
    no(`po migracii vos na novy server sme zabudli preniest ucty jednej firmy, takze im telefony hlasia 404 Not Found. doplnim ich`),
    no(`a fail2ban kitiltotta az ugyfel irodajanak IP-jet mert egy regi telefon 5x rossz jelszoval probalkozott, azota senki nem regisztral onnan. unban es a telefont kijavitjuk`),
  ],
  smallFigures: [
    no(`ahoj, jen kontrola, ss -s na vos ukazuje TCP: 412 (estab 38, closed 351, orphaned 0, timewait 349). je to v pohode nebo uz resit?`),
    no(`szia, mit jelent pontosan a TIME_WAIT? a netstat-ban latok kb 200-at, ez normalis egy kis forgalmu szerveren?`),
    no(`co presne dela SS_TCP_CLOSE_RESET v softswitch.conf? v manualu je to popsany dost strucne`),
    no(`je tcp_tw_reuse bezpecne zapnut na produkcii? zatial ziadny problem nemame, len sa pytam do buducna`),
    no(`ss -s
Total: 187
TCP:   96 (estab 41, closed 40, orphaned 0, timewait 38)
ez rendben van? csak a havi check`),
    no(`ahoj, mame ve spicce max 30 CPS. ma vubec smysl resit ip_local_port_range nebo to nechat default?`),
    no(`kolik TIME_WAIT je jeste normal? mame cca 600 pri 15 soucasnych hovorech, nic nepada`),
    no(`aky je rozdiel medzi FIN a RST pri ukonceni TCP spojenia? skolime novych kolegov a chcem to vysvetlit jednoducho`),
    no(`cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
ez az alapertelmezett? kell valtoztatni ha csak 20 egyideju hivasunk van?`),
    no(`netstat -ant | grep TIME_WAIT | wc -l
87
to je dobry ne? zakaznik se ptal jestli neni server pretizeny`),
    no(`doporucite nejaky monitoring na pocet TCP spojeni na vos3000? zadny problem zatim, jen chceme grafy`),
    no(`na co je vlastne tcp_fin_timeout a ma zmysel ho menit z 60 na 30? server ide v pohode`),
    no(`szia, kerdes: SIP TCP-n vagy UDP-n jobb a kis irodaknak? 5-10 mellek, semmi extra`),
    no(`vcera jsem videl v netstatu 1200 TIME_WAIT behem testu se SIPp na 50 CPS, pak to kleslo na 100. je to normalni chovani?`),
    no(`ahoj, aky default ma SS_TCP_CLOSE_RESET na cerstvej instalacii vos3000 2.1.8? chcem si to len overit, nic nemenim`),
    no(`mennyi linuxon alapbol az ephemeral port? kb 28 ezer? nalunk 40 cps a csucs, belefer boven?`),
    no(`ss -tan state time-wait | wc -l
241
ss -tan state established | wc -l
57
mame 2 trunky po TCP, vsechno jede. jen pro jistotu posilam`),
    no(`muze mi nekdo vysvetlit proc po zavreni spojeni zustava socket 60 sekund v TIME_WAIT? ptam se ze zvedavosti`),
    no(`dnesny health check: CPU 12%, RAM 3.1G/8G, timewait 150, registrovanych 340 telefonov. vsetko zelene 👍`),
    no(`koszi a sysctl tippet. csak hogy ertsem: a tcp_tw_recycle-t ugye mar nem szabad hasznalni ujabb kernelen?`),
    no(`ahoj, centos 6 - kam mam trvale dat sysctl, do /etc/sysctl.conf nebo sysctl.d? zatim nic nehori, jen pripravuju`),
    no(`mame max 8 CPS a 900 TIME_WAIT. kolega chce hned zapinat RST mode, ja si myslim ze je to zbytocne. co vy na to?`),
    no(`netstat -s | grep -i reset
    45 connection resets received
    12 resets sent
ez sok? egy het uptime`),
    no(`kolik CPS zvladne vos3000 na jednom serveru nez zacnou problemy s porty? planujeme rust z 20 na 60 CPS`),
    no(`ss na centos 5 nie je, netstat -ant | awk '{print $6}' | sort | uniq -c ukazuje 22 ESTABLISHED, 130 TIME_WAIT, 4 LISTEN. OK?`),
    no(`szia, RST vagy FIN jobb altalaban SIP TCP-nel? nincs gondunk, csak olvastam rola a manualban`),
    no(`dik za vcerejsi call. jeste dotaz: service mbx3000d reparse vs restart, shodi reparse hovory? chci zmenit jeden parametr co nesouvisi s TCP`),
  ],
  firewallNoRst: [
    no(`ahoj, potrebuju otevrit na fortigate 5060 TCP/UDP a RTP 10000-20000 pro novyho zakaznika, staci VIP a policy nebo jeste neco?`),
    no(`szia, a pfSense-n hogy whitelistelek egy IP-t hogy a fail2ban ne tiltsa ki? a vos elott van`),
    no(`fail2ban nam zabanoval IP nasho partnera, vidim ho v iptables -L f2b-sip. ako ho odbanujem? fail2ban-client set ... unbanip?`),
    no(`ahoj, na mikrotiku je zapnute SIP ALG a dela bordel v hlavickach. /ip firewall service-port disable sip je spravne?`),
    no(`hogyan tudnam iptables-ben geo-blockolni minden orszagot a SIP portra, kiveve HU, SK, CZ? rengeteg a scanner`),
    no(`potrebuju port forward na mikrotiku: verejna IP 5060 udp -> 192.168.88.10. dst-nat mam ale nejde, nechybi tam masquerade?`),
    no(`chcem obmedzit pocet REGISTER z jednej IP na 10 za sekundu cez iptables hashlimit. ma niekto priklad?`),
    no(`Cisco ASA-n a sip inspectiont be kell kapcsolni vagy inkabb ki? a vos TCP-n megy a trunk fele`),
    no(`iptables -A INPUT -p tcp --dport 5060 -s 85.12.40.0/24 -j ACCEPT
je tohle dobre poradi? pred tim mam DROP all, asi to musi byt nad nim co`),
    no(`ahoj, fortigate blokuje par IP z Ukrajiny co delaji SIP scan, chceme to vic zautomatizovat. mate nejaky IP reputation feed?`),
    no(`zakaznik ma za pfsense novu pobocku, potrebuje outbound NAT so static port pre telefony. kde to je v menu?`),
    no(`szia, a friendly-scanner megint porgeti a vos-t, 5000 REGISTER percenkent. iptables string match "friendly-scanner" DROP, mukodik ez meg?`),
    no(`jak otevru webove rozhrani vos (port 80) jen pro nasi kancelarskou IP a zbytek zakazu? firewalld na centos 7`),
    no(`potrebujem presunut SIP na port 5080 kvoli skenovaniu, treba menit aj firewall na mikrotikoch u zakaznikov? dik`),
    no(`a conntrack tabla tele lett tegnap egy DDoS alatt: "nf_conntrack: table full, dropping packet". a max-ot emeljem vagy van mas megoldas?`),
    no(`ahoj, potrebuju povolit ICMP na vos serveru kvuli monitoringu, mame iptables s default DROP. ktery typy icmp povolit?`),
    no(`zakaznik ma SIP ALG na TP-link routeri, da sa to vobec vypnut? hovory su bez zvuku jednym smerom`),
    no(`hogyan nyissam meg az RTP portokat csak a szolgaltato IP tartomanyara a fortigate-en? most any-any van es ez nem tetszik`),
    no(`mame novy ucet u operatora, poslali seznam 6 IP na whitelist. pridavam je do ipsetu sip_trusted, je treba restart iptables?`),
    no(`fail2ban jail pro vos3000 - mate nekdo filter na neuspesne registrace? v logu je "auth failed" a nevim jaky regex`),
    no(`na ASA chceme obmedzit pocet spojeni na 5060 TCP z jednej IP, max 50. je to cez policy-map a set connection?`),
    no(`a mikrotiken a port forward 5060-ra megvan, de kivulrol nem latszik nyitottnak. a szolgaltato CGNAT-ot hasznal, lehet ez a gond?`),
    no(`po zmene firewallu na pfsense nam nejde webovy portal vos zvenku, SIP jede. asi jsem zapomnel pravidlo na 443`),
    no(`ahoj, ktore porty presne potrebuje vos3000 otvorene? SIP, RTP, web, a este nieco pre ten java client?`),
    no(`iptables -L -n -v alapjan a DROP szabaly ma 2 millio csomagot dobott el, mind kulfoldi scanner. ez normalis? semmi nem romlott el`),
    no(`chceme na fortigate udelat rate limit na SIP INVITE, je tam na to DoS policy? mame asi 200 pokusu za minutu z jednech IP`),
    no(`chceme fortigate HA par pred vos, session sync zapnut aj pre UDP? zatial to len navrhujem`),
  ],
  negationContext: [
    no(`ahoj, telefony u zakaznika unregistered, ale pozor: jedou jen UDP, TCP vubec nepouzivame a RST mode nikdo nemenil. kde hledat?`),
    no(`szia, tudom hogy a RST mod gondot okozhat NAT mogott, de nalunk ki van kapcsolva (SS_TCP_CLOSE_RESET=Off) es senki nem nyult hozza. a telefonok az ugyfel tegnapi jelszocsereje ota unregistered`),
    no(`to s TIME_WAIT a dochazejicima portama jsme resili minuly mesic, tcp_tw_reuse je zapnute a od te doby klid. jen dekuju jeste jednou 🙏`),
    no(`skolenie: ak zapneme SS_TCP_CLOSE_RESET na On, co sa stane s telefonmi za NATom? len teoreticka otazka na skusku`),
    no(`a konkurens szolgaltatonal (nem mi) a fortigate eldobja az RST csomagokat es esnek a hivasok, az ugyfeluk atjonne hozzank. nalunk ilyen nincs ugye?`),
    no(`neni to problem s portama, ss -s ukazuje 80 time_wait. hovory padaji protoze operatorovi dosel kredit`),
    no(`report pro vedeni: incident z brezna, kdy fortigate zahazoval RST po zapnuti RST mode, byl vyresen vracenim na Off. od te doby zadny vypadek. muzete to prosim zkontrolovat pred odeslanim?`),
    no(`nie je to ten NAT problem s RST co sme mali minule, teraz ide vsetko cez UDP a telefony su offline lebo vypadol internet v budove`),
    no(`hipotetikusan: ha 500 CPS-re nonunk, kifogyhatnank az ephemeral portokbol? most 25 CPS van es minden ok`),
    no(`ahoj, cizi server (ne nas vos, asterisk u jinyho providera) hlasi cannot assign requested address. nas se to netyka, jen jsem to videl v jejich skupine`),
    no(`RST mode je vypnutej od instalace, nikdo na nej nesahal. mikrotik u zakaznika taky beze zmen. telefony jsou na wifi a zakaznik vcera zmenil heslo k wifi, proto unregistered`),
    no(`kolega tvrdi ze za vypadky moze firewall co zahadzuje RST, ale v logu fortigate nie je ziadny drop a RST mode mame Off. pricina bola v trunku operatora, mal vypadok`),
    no(`ez nem port kimerules: az "Address already in use" a webes feluleten jon, a tomcat nem indul mert a 8080 foglalt. csak szolok mielott valaki RST-t kapcsol`),
    no(`otazka na pohovor pro noveho NOC kolegu: "proc muze RST mode rozbit registrace za NATem?" je to dobra otazka nebo moc tezka?`),
    no(`hele jen info, tu vec s conntrack INVALID a RST jsme vcera opravili, SS_TCP_CLOSE_RESET je zpet na Off a hovory jedou. uz neni nic treba`),
    no(`cital som clanok ze RST mode setri TIME_WAIT pri vysokom CPS. mame 10 CPS, takze nas sa to netyka, vsak?`),
    no(`nalunk nincs NAT, minden telefon publikus IP-n van es UDP-t hasznal. a regisztracios gond biztos nem a RST miatt van, a szolgaltato DNS-e nem valaszol`),
    no(`to neni firewall, fortigate jsme uplne vyradili (bypass) a hovory padaji porad stejne, po 32 sekundach. asi nedochazi ACK od protistrany`),
    no(`dneska zadny TIME_WAIT problem, vcerejsi spicka byla ok po tom tuningu z minulyho tydne. jen posilam ze je vse v poradku`),
    no(`pre istotu: ten SS_TCP_CLOSE_RESET ovplyvnuje aj UDP? my mame vsetko na UDP a zakaznik sa boji ze sa ho zmena dotkne`),
    no(`a tavalyi incidens (RST + pfSense INVALID drop) jegyzokonyvet keresem, valaki tudja hova mentettuk? a wikiben nincs`),
    no(`nejde o NAT ani registrace: telefony jsou registrovany v poradku, jen nefunguje presmerovani hovoru na mobil. nekde v dial planu je chyba`),
    no(`ahoj, kdybychom zapnuli RST a zakaznik ma ASA, co by se stalo? zatim nic nezapiname, jen planujeme`),
    no(`nie, nie je to "cannot assign requested address" ako minule. teraz je to "connection refused" na 5060, lebo mbx3000d po reboote vobec nebezi`),
    no(`a mikrotik mogotti telefonok jol mukodnek, a RST modot vegul nem kapcsoltuk be, mert olvastuk hogy gondot okoz. koszi a figyelmeztetest!`),
    no(`reseller se pta: jejich konkurence ma problem s TIME_WAIT a dochazejicimi porty, muzou zakaznikum tvrdit ze nase vos to nema? 😄`),
    no(`neni to po RST zmene, ta byla az dnes odpoledne a telefony byly unregistered uz rano. rano byl v kancelari vypadek proudu`),
  ],
  portExhaustion: [
    pe(`ahoj, ve spicce kolem 17h vos prestane navazovat TCP spojeni na trunky, v logu "cannot assign requested address". ss -s ukazuje timewait 28 tisic. co s tim?`),
    pe(`szia, csucsidoben 300 cps felett a vos nem tud uj TCP kapcsolatot nyitni, "Address already in use" a kimeno connect-nel. este magatol rendbejon`),
    pe(`ss -s
Total: 31877
TCP:   30512 (estab 412, closed 29950, orphaned 3, timewait 29811)
tohle mame ted ve spicce a hovory na TCP trunky nejdou. pomoc`),
    pe(`odkedy sme pridali noveho velkeho zakaznika (callcentrum, 250 CPS), vo spicke nam padaju odchadzajuce TCP spojenia. netstat ukazuje cez 25k TIME_WAIT`),
    pe(`cat /proc/sys/net/ipv4/ip_local_port_range -> 32768 60999, es csucsban 28 ezer time_wait van. gondolom elfogytak a portok, mit allitsunk?`),
    pe(`dneska zase kolem poledne: connect() failed (99: Cannot assign requested address) v logu softswitche, stovky za minutu. cps kolem 280`),
    pe(`ahoj, callcentrum zacina v 9 a do 10 minut vos nezvlada nove hovory na tcp trunk, hlasi bind error na odchozim socketu. po 10:30 to jde samo. deje se to kazdy den`),
    pe(`netstat -ant | grep -c TIME_WAIT
27644
a rastie to. nove spojenia na SIP TCP nejdu. uz neviem co robit`),
    pe(`szia, a dialer kampany alatt (400 cps) a vos logban "EADDRINUSE" a kimeno TCP-nel. kampany utan eltunik. van erre valami beallitas?`),
    pe(`vcera vecer jsme meli spicku 350 CPS a zacaly padat hovory s 503, v logu softswitche cannot bind local port. ram i cpu v pohode`),
    pe(`ahoj, mame vos s ip_local_port_range 32768 61000 a pri 300 cps dochadzaju porty. mozem to rozsirit na 1024 65535 bez rizika?`),
    pe(`megint elfogytak a portok: ss -tan state time-wait | wc -l -> 30211. nincs NAT-os telefon, csak trunkok TCP-n. mit kapcsoljak be?`),
    pe(`zakaznik posila 200+ CPS pres TCP a kolem 19h se nove spojeni nenavazou, sip trace ukazuje ze INVITE ani neodejde. kolega rika ze to je tim TIME_WAIT`),
    pe(`v logu softswitchu vo spicke "Address already in use" pri odchadzajucich spojeniach na TCP trunky, inak nic. TIME_WAIT cez 20k`),
    pe(`tegnap 18 es 19 kozott a hivasok 30%-a nem ment ki, ss -s szerint timewait 27k, maskor 2k alatt. ez az a port elfogyas dolog?`),
    pe(`ahoj, muzete mi na vos2 nastavit tcp_tw_reuse a port range? ve spicce dochazi porty, tisice time_wait`),
    pe(`Jun 12 17:03:22 vos1 mbx3000: tcp connect to 10.20.1.5:5060 failed: Cannot assign requested address
Jun 12 17:03:22 vos1 mbx3000: tcp connect to 10.20.1.5:5060 failed: Cannot assign requested address
tohle se opakuje tisickrat za minutu v peaku`),
    pe(`potrebujeme pomoct, pri 250 cps sa na vos nevytvaraju nove tcp spojenia, lokalne porty su vycerpane. mame centos 6`),
    pe(`nem megy ki semmi csucsban a TCP trunkokra, "cannot assign requested address", ss -s timewait 28500. az UDP-s trunkok mennek. koszi ha ranez valaki`),
    pe(`porad dokola kazdy vecer: po 20h nejde z vos navazat tcp spojeni kdyz cps skoci nad 300. netstat plnej TIME_WAIT na IP trunku`),
    pe(`uz druhy tyzden vo spicke zlyhavaju nove tcp spojenia. pozeral som ss, TIME_WAIT je 29 tisic a lokalny rozsah portov 32768-60999. sedi to presne`),
    pe(`szia, a wholesale forgalom 320 cps-nel megall, uj tcp connect nem megy. NAT mogott nincs telefonunk, tuzfal sincs a vos elott. mit javasolsz?`),
    pe(`kolem 16:00 zase: odchozi hovory na TCP nejdou, "bind: address already in use" pri connectu. v TIME_WAIT 26k socketu. je to ta znama vec s porty?`),
    pe(`dnes pocas kampane 380 CPS a vos hlasil "Cannot assign requested address". mame tcp_tw_reuse=0. treba to zapnut?`),
    pe(`ss -s csucsban:
TCP:   29877 (estab 301, closed 29390, orphaned 0, timewait 29380)
es a hivasok nem mennek ki TCP-n. este 500 alatt van`),
    pe(`ahoj, novej zakaznik hodil 450 CPS pres TCP a za par minut vos prestal otevirat nova spojeni. ephemeral porty asi vycerpany, muzete to zkontrolovat a poladit?`),
    pe(`kazdy den v spicke padaju hovory na tcp trunky, vo vos logu vidim bind failed: EADDRINUSE pri outgoing connect. TIME_WAIT 24k`),
    pe(`a vos gepen csucsban percenkent tobb ezer uj TCP kapcsolat nyilik es elfogynak a lokalis portok. tcp_tw_reuse 0, port range alap. ugye ezen lehet javitani?`),
    pe(`dik za pomoc minule, ale problem je zpet: ve spicce 27 tisic TIME_WAIT a connect selhava s cannot assign requested address. tentokrat na vos3`),
    pe(`mame problem ze pri vysokom cps (okolo 300) sa z vos nedaju otvorit nove TCP spojenia, netstat plny TIME_WAIT. nie sme za NATom, ziadny firewall. co odporucate?`),
  ],
  natUnregistered: [
    nat(`ahoj, od vcerejsi zmeny SS_TCP_CLOSE_RESET na On jsou telefony za mikrotikem u zakaznika unregistered. jedou pres TCP. co s tim?`),
    nat(`szia, tegnap bekapcsoltuk a RST modot a time_wait miatt, es azota az otthoni routerek mogotti telefonok folyton unregistered-be esnek. TCP-n regisztralnak`),
    nat(`po tom TCP fixu z minulyho tydne nam zacaly padat registrace v kancelarich za NATem. yealinky na TCP, kazdych par minut unregistered`),
    nat(`odkedy sme zapli RST mode, telefony za NATom (domace routery, TCP transport) stracaju registraciu. predtym to islo bez problemov`),
    nat(`a mikrotik mogotti irodaban reggel ota a mellekek fele unregistered. tegnap este allitottuk at a SS_TCP_CLOSE_RESET-et On-ra. osszefugg?`),
    nat(`grep CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
od ty doby co je tohle On, telefony u zakazniku za NATem porad odpadaji z registrace (SIP TCP)`),
    nat(`ahoj, dneska vic nez 40 ticketu "telefon nezvoni / unregistered". vsichni za NATem na TCP. jedina zmena vcera byla ta RST vec na vos`),
    nat(`po zapnuti RST na vos sa nam grandstreamy za mikrotikom odregistrovavaju kazdych 5-10 min. transport TCP. vratit na Off?`),
    nat(`szia, a NAT mogotti TCP-s telefonok (Fritzbox, TP-Link) unregistered lettek amiota a vos RST modban van. a publikus IP-s telefonok mennek`),
    nat(`porad to samy: telefony za natem v kancelari (sip over tcp) ukazujou unregistered, zacalo to presne po zmene close reset na On v utery`),
    nat(`reseller hlasi ze jeho klienti doma za routermi maju telefony offline/unregistered odkedy sme spravili tu TCP zmenu kvoli portom. vsetci su na TCP`),
    nat(`a RST bekapcsolasa ota a NAT-olt telefonok nem tudnak ujraregisztralni, a REGISTER timeoutol. a routeruk mikrotik, TCP 5060`),
    nat(`ahoj, po vcerejsim tuningu (RST mode + tw_reuse) jsou telefony na pobockach za NATem unregistered. telefony na verejny IP jedou. co se zmenilo?`),
    nat(`od piatku mame SS_TCP_CLOSE_RESET=On a od piatku chodia tickety ze sa telefony za NAT-om odhlasuju. SIP TCP, rozne routery`),
    nat(`Yealink T46 NAT mogott, TCP transport, a kijelzon villog az "Unregistered" amiota RST-re allitottuk a softswitchet. visszaallitsam?`),
    nat(`telefony za mikrotikem (tcp) vypadavaj z registrace od ty doby co jsme na vos zapli reset misto fin. zakaznik uz vola potreti`),
    nat(`ahoj, po zmene v softswitch.conf (SS_TCP_CLOSE_RESET On) maju vsetky domace pobocky za NATom problem s registraciou. v logu vidim REGISTER len raz za cas`),
    nat(`szia, tegnap a port elfogyas miatt bekapcsoltattatok a RST-t, ma reggel az osszes NAT mogotti TCP-s ugyfel unregistered. segitsetek pls`),
    nat(`zakaznik ma 30 telefonu za NATem na TCP, od zapnuti RST modu se mu odregistrovavaj. ostatni zakaznici na UDP jsou ok`),
    nat(`pred tyzdnom sme zapli RST mode kvoli TIME_WAIT. teraz vidim ze telefony za NATom su stale unregistered, hlavne za mikrotikmi. to bude suvisiet ze?`),
    nat(`a NAT-os kis irodak (SIP TCP) folyamatosan unregistered-be esnek, es ez pont a softswitch.conf modositas (CLOSE_RESET On) utan kezdodott. mit csinaljunk?`),
    nat(`ahoj, dneska po reparse s RST On se zacaly odhlasovat telefony za domacima routerama. TCP. mam to vratit?`),
    nat(`mikrotik u klienta, telefony cez TCP, a od zapnutia resetu na vos hlasia "No Service / Unregistered". ked dame telefon na verejnu IP tak ide`),
    nat(`szia, a RST mod ota az otthonrol dolgozok softphone-jai (TCP, otthoni router) nem regisztralnak. az irodaban publikus IP-vel jok`),
    nat(`pobocky za natem, registrace padaji od tyhle zmeny:
-SS_TCP_CLOSE_RESET="Off"
+SS_TCP_CLOSE_RESET="On"
transport TCP. jinak jsme nic nemenili`),
    nat(`kolega vcera zapol RST mode, dnes rano vsetky telefony u klientov za NATom unregistered. su na TCP. suvisi to?`),
    nat(`ugyfel irja: "megint nem megy a telefon, unregistered". NAT mogott van, TCP, es pont a RST atallitas ota. mar a harmadik ilyen ma`),
    nat(`od ty doby co mame RST zapnuty kvuli timewaitu, telefony za mikrotiky u zakazniku ztraci tcp registrace. zakaznik na udp je v pohode`),
    nat(`po tom fixe s TCP resetom minuly tyzden padaju telefony za NATom do unregistered kazdu hodinu. predtym ziadny problem`),
    nat(`nem regisztral a NAT mogotti Snom (TCP) a RST bekapcsolasa ota. tegnap meg ment. megint az a close reset?`),
  ],
  firewallRst: [
    fw(`ahoj, od zapnuti RST modu na vos padaji hovory pres fortigate. ve forti logu vidim dropy "invalid session" na TCP 5060 s flagem RST. co s tim?`),
    fw(`szia, a RST mod ota a pfSense mogotti ugyfelnel lognak a hivasok, es a pfSense logban blokkolt TCP:R csomagok vannak. osszefugg?`),
    fw(`iptables -L -v | grep INVALID
 4821  193K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
od zapnuti SS_TCP_CLOSE_RESET On roste tenhle counter a hovory visi. je to ono?`),
    fw(`od vcera po zapnuti RST na softswitchi cisco ASA zahadzuje RST pakety ("Deny TCP (no connection)") a hovory cez TCP trunky padaju`),
    fw(`megint esnek a hivasok a fortigate mogotti trunkon amiota RST-re allitottuk a close-t. a forti eldobja az RST-t, mit allitsak?`),
    fw(`hovory pres SBC zakaznika padaji po par sekundach, zacalo to po zmene close reset na On. SBC loguje "unexpected RST, dropped"`),
    fw(`ahoj, po tuningu kvuli timewaitu (RST On) nam hovory na trunk za pfsense visi a pak timeoutujou. pfsense log: TCP:R blocked, default deny`),
    fw(`fortigate u partnera zahadzuje RST od nasho vos odkedy sme zapli RST mode. hovory sa nespoja alebo padaju. vratit na Off alebo povolit RST na forti?`),
    fw(`conntrack -S szerint rengeteg az invalid, es a RST mod bekapcsolasa ota lefagynak a hivasok. iptables-ben INVALID DROP van. ez a gond?`),
    fw(`zakaznik ma pred ustrednou ASA a od kdy mame RST on, pada mu kazdej druhej hovor. v ASA logu %ASA-6-106015: Deny TCP (no connection) ... flags RST`),
    fw(`hovory visia a potom padnu, iba cez TCP trunky za firewallom. jedina zmena bola SS_TCP_CLOSE_RESET=On. firewall loguje dropped RST`),
    fw(`szia, a RST bekapcsolasa ota pfSense "state violation" bejegyzesek vannak, es az ugyfel hivasai 30 mp utan megszakadnak. ugy tudom eldobja az RST-t`),
    fw(`ahoj, mame pred vos iptables se stateful pravidly a od zapnuti RST modu se nektere hovory vubec nespoji. v logu vidim drop INVALID s RST flagem`),
    fw(`uz treti den padaju hovory cez fortigate. jedina zmena: RST mode na vos. forti zahadzuje RST ako out-of-state. co odporucate?`),
    fw(`a vos elotti Cisco ASA dobalja a RST-ket amiota bekapcsoltuk a close resetet. a hivasok felig felepulnek aztan csend. mit tegyunk?`),
    fw(`Jun 14 10:22:31 fw kernel: [INVALID] IN=eth0 OUT= SRC=10.1.1.5 DST=185.64.20.17 PROTO=TCP SPT=5060 DPT=41522 RST
takovych radku tisice od doby co jsme zapnuli RST na vos. a hovory padaji`),
    fw(`callcentrum hlasi padajuce hovory od vcera. vcera sme zapli RST mode kvoli portom. ich fortigate ma v logu "dropped, no session matched" pre RST pakety`),
    fw(`SBC (Audiocodes) a vos fele: a RST atallitas ota "TCP RST received for unknown connection, dropped" es a hivas leall. alljunk vissza Off-ra?`),
    fw(`od tyhle zmeny (SS_TCP_CLOSE_RESET On) mame problem s hovory pres pfsense u zakaznika, hovory se nezavesi spravne a nove nejdou. pfsense zahazuje RST`),
    fw(`hovory za stavovym firewallom nejdu po zapnuti RST modu. iptables conntrack oznaci RST ako INVALID a dropne ho`),
    fw(`szia, a FortiGate mogotti ugyfeleknel a RST mod ota a hivasok fele nem jon letre. forti logban deny RST flaggel. az UDP-s ugyfelek jok`),
    fw(`ahoj, potrebuju poradit: po zapnuti RST na vos nam ASA zahazuje RST packety a na TCP trunku se hovory seknou. vratit to nebo povolit RST v ASA?`),
    fw(`nase hovory cez SBC padaju od zmeny na RST, SBC firewall hlasi "invalid tcp state, packet dropped". predtym s FIN to islo`),
    fw(`megint lognak a hivasok a pfSense-es ugyfelnel, a RST mod ota minden nap. a tuzfal eldobja az RST-t mert nincs hozza state`),
    fw(`netstat -s | grep -i reset od zmeny roste, a na firewallu (iptables -m state --state INVALID -j DROP) vidim zahozeny ty RST. hovory pres TCP padaji. vcera jsme prepnuli close reset na On`),
    fw(`ahoj, sme za pfsense a odkedy vos posiela RST namiesto FIN, hovory visia a padnu po timeoute. v logu pfsense blocked TCP:RA`),
    fw(`a wholesale partner fortigate-je eldobja az RST csomagokat a close reset modositasunk ota, es a hivasok fele elakad majd leall. mit javasolsz?`),
    fw(`ASA u zakaznika: Deny TCP (no connection) from vos:5060 flags RST on interface outside. zacalo to kdyz jsme vcera zapnuli RST mode. hovory padaji`),
    fw(`pri hovoroch cez firewall (fortigate, stateful) vypadky od zapnutia SS_TCP_CLOSE_RESET. vidim dropnute RST pakety. vratit na Off?`),
    fw(`szia, az iptables conntrack INVALID drop szamlalo megugrott pont amikor bekapcsoltuk a RST-t, es azota leszakadnak a TCP-s hivasok. koszi ha segitesz`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning89Set: readonly EvalItem[] = Object.values(tuning89Families).flat();
