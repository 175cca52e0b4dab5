import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * NOC engineers, operators and resellers in Lithuania, Latvia and Estonia on WhatsApp, writing Lithuanian,
 * Latvian and Estonian mostly without diacritics ("labas", "neveikia", "siandien", "aciu", "nestrada",
 * "paldies", "tere", "ei tööta", "täna", "aitäh"), mixed with English tech terms, typos and pasted output.
 *
 * The ninety-ninth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the ninety-ninth never-tuned set, before the forty-fifth round of rules by someone who
 * had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the
 * other sets in view; measured as such before and after the forty-fifth round, then made tuning
 * material for the forty-sixth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 52.2 %, negatives confident 3.0 %, confident wrong 0 % with the rules of the
 * forty-fourth round, and the same after the forty-fifth.
 */
export const tuning99Families = {
  oneListeningPort: [
    no(`labas, po reboot nginx nestartuoja:
nginx: [emerg] bind() to 10.0.0.5:80 failed (98: Address already in use)
apache kazkas pasileido kartu su juo? ka daryt`),
    no(`sveiki, mysql neveikia po yum update. logas: [ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ? panasu du instancai paleisti`),
    no(`docker compose up meta Bind for 172.16.3.20:8080 failed: port is already allocated. kas cia uzeme ta 8080??`),
    no(`vos web portalas neatsidaro, tomcat loge java.net.BindException: Address already in use: JVM_Bind <null>:8080. vakar veike`),
    no(`ne serverio reikalas bet gal zinot: ant laptopo npm run dev -> Error: listen EADDRINUSE: address already in use :::3000. kaip windowsuose rast kas laiko porta?`),
    no(`bandem ant to paties hosto pastatyt kamailio testui, o jis rasho "bind: Address already in use" ant 5060. vos softswitch ten jau sedi ant 5060 tikriausiai, ane?`),
    no(`snmpd neuzsikelia: Error opening specified endpoint "udp:161". gal kitas agentas jau klauso 161/udp`),
    no(`aciu uz vakar. dabar kita beda su postgres:
LOG:  could not bind IPv4 address "10.20.0.7": Address already in use
HINT:  Is another postmaster already running on port 5432? If not, wait a few seconds and retry.`),
    no(`po migracijos httpd failed: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443 — ten dar senas nginx sukasi`),
    no(`sveiki, vos3000 web interfeiss neatveras, catalina.out:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use`),
    no(`nestrada redis pec restarta - Could not create server TCP listening socket *:6379: bind: Address already in use. vecais process palicis karaties?`),
    no(`palaizu vite un saka Port 5173 is in use, trying another one... bet man vajag tieši to portu lokali, kā atrast kas to tur`),
    no(`docker run -p 5060:5060/udp asterisk -> Error starting userland proxy: listen udp4 10.0.0.12:5060: bind: address already in use. uz ta pasa hosta iet softswitch`),
    no(`sodien no rita named nestartē, "could not listen on UDP socket: address in use" uz 53. systemd-resolved laikam aiznem`),
    no(`uzliku otru freeswitch uz servera testam, sofia logs: Error Creating SIP UA for profile: external ... The likely causes for this are: Port 5080 already in use`),
    no(`grafana nepaceļas: msg="Server shutdown" error="listen tcp 10.10.1.4:3000: bind: address already in use"`),
    no(`haproxy reload fail: Starting frontend sip_tls_in: cannot bind socket [172.16.8.2:5061]. kas vel klausās uz 5061??`),
    no(`zabbix_agentd neiet: listener failed: bind() for [[-]:10050] failed: [98] Address already in use. izskatas ka palaists divreiz`),
    no(`tere, meie vos web portal ei tööta pärast update'i, logis java.net.BindException: Address already in use (Bind failed) pordil 8443. keegi teine hoiab seda?`),
    no(`ntpd ei käivitu, unable to create socket on eth0 for 10.1.2.3#123 Address already in use. chronyd vist juba jookseb`),
    no(`docker: Error response from daemon: Ports are not available: listen tcp 10.0.3.15:3306: bind: address already in use
kohalik mysql on ka püsti, kumb maha võtta?`),
    no(`mu laptopis spring boot: "Web server failed to start. Port 8080 was already in use." kuidas linuxis leida mis protsess seda porti hoiab`),
    no(`eile panime sama masina peale opensipsi, täna ei stardi: ERROR:core:udp_init: bind(10, 0x7f..., 16) on 172.16.5.10: Address already in use`),
    no(`rsyslog ei saa 514/udp kuulata, could not create UDP listen socket. kas teine syslog deemon jookseb kuskil?`),
    no(`aitäh kiire vastuse eest! veel üks: node api crashib käivitusel Error: listen EADDRINUSE 10.1.1.9:4000, pm2 hoidis vana protsessi elus`),
    no(`sshd ei lähe uue pordi peale: error: Bind to port 2222 on 10.0.0.40 failed: Address already in use.`),
    no(`openvpn ei käivitu: TCP/UDP: Socket bind failed on local address [AF_INET]10.0.0.1:1194: Address already in use (errno=98)`),
  ],
  otherRegistrationCause: [
    no(`labas, nuo ryto visi telefonai biure unregistered. vakar keitem sip slaptazodzius vos'e, gal ne visur atnaujinom`),
    no(`trunkas neregistruojasi, loge SIP/2.0 403 Forbidden. tiekejas sako pakeite musu IP whitelist'a`),
    no(`siandien dingo elektra biure, po to puse yealink nesiregistruoja, ekrane "No service"`),
    no(`klientas sako telefonai offline. pasirodo PoE switchas sudeges, nei ledu nei nieko`),
    no(`gatewayus gauna 401 Unauthorized ant kiekvieno REGISTER. username teisingas, pass kopijuotas is excel... gal tarpas gale?`),
    no(`pakeitem DNS ir sip.example.lt dabar rodo i nauja ip, o seni grandstreamai vis dar lenda i sena adresa ir nesiregistruoja`),
    no(`vos licencija pasibaige vakar, dabar nei vienas account neuzsiregistruoja. ar cia del to?`),
    no(`klientas keite interneto tiekeja, gavo nauja vieša IP, ir jo PBX trunkas pas mus nebesiregistruoja (IP auth)`),
    no(`neveikia telefonai viename aukšte, statybininkai kabeli perkirto 🙄`),
    no(`sveiki, visi telefoni neregistrējas, izrādās providerim internets nokritis visā rajonā`),
    no(`trunks atkal unregistered, logā 403 Forbidden - account expired. klientam beidzies balance?`),
    no(`mainījām ruteri birojā, tagad zoiper nereģistrējas. viss ir UDP, tcp nelietojam vispār`),
    no(`pec paroles maiņas web panelī 401 uz register. telefonos ievadiju jauno, bet auto provisioning laikam pārrakstija atpakaļ veco`),
    no(`vakar IT pārcēla serveri uz 10.40.1.20, bet telefonos proxy joprojām 10.40.1.10. protams unregistered`),
    no(`Snom displejā "Registration failed", pārbaudiju - LAN kabelis nav iesprausts 😅`),
    no(`gateway nereģistrējas, SIP/2.0 404 Not Found. account laikam izdzēsts no vos pa kļūdu`),
    no(`klientam beidzās līgums, account disabled, bet viņi zvana ka telefoni nestrada. kur vos redzēt statusu?`),
    no(`visiem MicroSIP "Request timeout" uz register kopš kāds izdzēsa DNS ierakstu sip.example.lv`),
    no(`tere, täna hommikul kõik lauatelefonid unregistered. selgus et öösel oli elektrikatkestus ja switch ei tulnud üles`),
    no(`meie trunk ei registreeru, vastus 401 Unauthorized. operaator vahetas eile paroole ja ei öelnud meile midagi`),
    no(`klient kolis uude kontorisse, uus ruuter, kõik telefonid UDP peal ja ei registreeru. tcp-d pole seal üldse`),
    no(`Grandstream gw "Not Registered", logis SIP/2.0 403 Forbidden (Bad auth ip). nende väline ip muutus`),
    no(`ei tööta telefonid, internet maas kogu majas, Telia tehnik tuleb homme`),
    no(`üks softphone ei saanud registreeruda, selgus et kasutajanimi oli 1010 mitte 1001 🤦`),
    no(`vos3000 litsents aegus eile, kas sellepärast on kõik kontod offline?`),
    no(`pärast domeeni kolimist DNS ei resolvi, telefonid näitavad "DNS SRV lookup failed" ja on unregistered`),
    no(`yealink t46 ei registreerunud, poe injektor oli katki. vahetasime ja töötab. teises kontoris sama jama, kas kaabel?`),
  ],
  smallFigures: [
    no(`labas, ss -s rodo timewait 312, serveris beveik tuscias. ar normalu?`),
    no(`kas yra tas TIME_WAIT is viso? netstat'e matau nemazai eiluciu su juo`),
    no(`ka daro SS_TCP_CLOSE_RESET? manuale nelabai supratau`),
    no(`ar verta ijungti RST mode jei turim tik ~20 CPS? niekas nelūžta, tiesiog klausiu`),
    no(`koks default ip_local_port_range ant centos 7?`),
    no(`kaip patikrint kiek TIME_WAIT turim jei ss komandos nera? centos 6`),
    no(`netstat -an | grep TIME_WAIT | wc -l
187
cia nakti. ok ar ne?`),
    no(`sveiki, kur guli softswitch.conf ir ar po pakeitimo reikia restart ar uztenka reparse?`),
    no(`klausimas: ar saugu tcp_tw_reuse ijungt ant vos serverio? problemu neturim, tik planuojam`),
    no(`sveiki, kas ir TIME_WAIT un kāpēc tas vispār vajadzīgs?`),
    no(`ss -s
Total: 402
TCP:   255 (estab 61, closed 170, orphaned 0, timewait 164)
vai ok? zvanu maz`),
    no(`jautājums par SS_TCP_CLOSE_RESET - kāda noklusētā vērtība, Off?`),
    no(`vai RST ieslēgšana ietekmē UDP zvanus? mums 90% UDP`),
    no(`cik TIME_WAIT ir par daudz? pašlaik ap 500, viss strādā`),
    no(`sysctl net.ipv4.ip_local_port_range rāda 32768 60999, tas ir standarts?`),
    no(`paldies! un vēl - ar ko atšķiras FIN no RST? gribu saprast pirms kaut ko mainām`),
    no(`vai vos3000 var sip over tls un vai tad close reset vispār ir nozīme?`),
    no(`vienkārši healthcheck: netstat -s | grep -i reset rāda "42 connection resets received" par nedēļu. normāli?`),
    no(`tere, kas see on normaalne et öösel on 250 TIME_WAIT ühendust? kõned töötavad`),
    no(`mis on TIME_WAIT ja kui kaua see linuxis kestab?`),
    no(`kas peaksime SS_TCP_CLOSE_RESET sisse lülitama? praegu pole mingit probleemi, lihtsalt uurime`),
    no(`mis on vaikimisi ephemeral pordivahemik ja kas seda peaks üldse muutma?`),
    no(`kuidas ilma ss-ita sama infot näha? centos 5 masin, vana`),
    no(`aitäh selgituse eest. veel: kas tcp_tw_recycle on sama mis tw_reuse?`),
    no(`ss -tan state time-wait | wc -l
96
kas muretseda?`),
    no(`kui palju CPS peab olema et TIME_WAIT probleemiks muutuks? meil max 15`),
    no(`küsimus: kas reparse katkestab käimasolevad kõned või ainult restart?`),
  ],
  firewallNoRst: [
    no(`labas, reikia atidaryt 5060 tcp ir udp iptables, kaip parasyt kad issisaugotu po reboot?`),
    no(`fail2ban uzbanino kliento ip 203.0.113.45, dabar jo trunkas nepraeina. kaip unbanint?`),
    no(`klientas su mikrotik, balsas vienpusis. SIP ALG ijungtas, isjungt?`),
    no(`fortigate'e reikia whitelistint tiekejo tinkla 198.51.100.0/24 i 5060, kur tai daroma?`),
    no(`ijungem geo-block viskam isskyrus LT/LV/EE, dabar partneris is vokietijos negali skambint`),
    no(`port forwarding 5060 -> 10.0.0.20 ant routerio padarytas, bet is isores vis tiek nepasiekiam. rtp irgi reikia forwardint?`),
    no(`iptables -L rodo DROP udp -- anywhere anywhere udp dpt:sip. kas ta prideje?? skambuciai neina`),
    no(`reikia atidaryt rtp range 10000-20000 ant pfsense, ar uztenka vienos taisykles?`),
    no(`sveiki, po firewall firmware update neina web portalas is isores, nmap rodo 443 filtered`),
    no(`sveiki, fail2ban bloķē mūsu pašu ofisa IP pēc pāris nepareiziem register. kā pievienot ignoreip?`),
    no(`vajag atvērt 5060/tcp firewalld, kāda komanda? firewall-cmd --add-port=5060/tcp --permanent?`),
    no(`klientam SIP ALG uz huawei rutera sabojā Contact header, zvani pusē klusi. kā izslēgt?`),
    no(`asa konfigā kāds ielika access-list deny udp any any eq 5060, zvani neienāk`),
    no(`geo-ip blokēšana uz pfsense nobloķēja mūsu pašu tehniķi kas Somijā 😂`),
    no(`NAT port forward uz mikrotik: dst-nat 5060 uz 192.168.88.10, bet register nenāk cauri. jāliek arī srcnat?`),
    no(`iptables whitelist: gribu atļaut tikai 10.10.0.0/16 un 203.0.113.0/24 uz 5060. vai šitā pareizi?
-A INPUT -p udp --dport 5060 -s 10.10.0.0/16 -j ACCEPT
-A INPUT -p udp --dport 5060 -s 203.0.113.0/24 -j ACCEPT
-A INPUT -p udp --dport 5060 -j DROP`),
    no(`kāds no NOC pielika ufw deny 5060 testam un aizmirsa noņemt. atradu, tagad ok`),
    no(`vajag fortigate VIP uz softswitch, 5060 tcp+udp un rtp. ir kāds piemērs?`),
    no(`tere, fail2ban pani operaatori IP 198.51.100.7 vangi, kõned ei tule sisse. kuidas eemaldada?`),
    no(`kuidas avada 5060 udp iptablesis nii et reboot seda ära ei kaota? centos 6`),
    no(`kliendi ruuteris SIP ALG sees ja kõne katkeb 30 sek pärast, kas ALG väljalülitamine aitab?`),
    no(`vaja whitelistida uue partneri ip 203.0.113.80, kas vos3000-s või ainult firewallis?`),
    no(`pfsense geoblock blokeeris kogemata terve Leedu, kõned Vilniusest ei tule läbi`),
    no(`port forward 5060 -> 172.16.10.5 tehtud, aga väljast ikka timeout. kas rtp range ka forwardida?`),
    no(`keegi lisas iptables reegli mis blokeerib 5060 kõigile peale 1172.16.0.11/8, nüüd välised trunkid ei tööta`),
    no(`kas asa-s on vaja sip inspection välja lülitada? kliendil ühes suunas heli puudub`),
    no(`ufw status näitab 5060/tcp DENY IN Anywhere. kuidas teha ALLOW ainult ühele ip-le?`),
  ],
  negationContext: [
    no(`telefonai unregistered po vakarykscio slaptazodziu keitimo. RST nejungem, softswitch.conf niekas nelieste`),
    no(`mes naudojam tik UDP, tai SS_TCP_CLOSE_RESET turbut nieko nekeicia? klientai uz NAT neregistruojasi nuo ryto, bet conf nekeistas`),
    no(`praeita menesi turejom 30k TIME_WAIT ir piko metu krito skambuciai, ijungem tw_reuse ir viskas isisprende. dabar ramu, tik dalinuosi`),
    no(`draugo imonej (ne musu serveris) fortigate numeta RST ir skambuciai kabo. ar jis turetu isjungt RST? mums patiem viskas ok`),
    no(`patikrinau, SS_TCP_CLOSE_RESET="Off" ir niekada nebuvo On. bet skambuciai vis tiek nutruksta po 32 sek, tai kazkas kito?`),
    no(`mokymams ruosiu scenariju "po RST ijungimo NAT telefonai atsijungia". kaip geriausiai parodyt labe?`),
    no(`planuojam kita menesi ijungti RST kai pakils CPS. dabar TIME_WAIT ~400, kol kas nieko nedarom`),
    no(`isprendem: pasirodo firewall'as dropino ne RST o fragmentuotus udp paketus. aciu visiems`),
    no(`istorija: 2019 ant seno serverio turejom cannot assign requested address piko metu, tada padidinom port range. dabar nieko panasaus`),
    no(`zvani pārtrūkst, bet RST nav ieslēgts un nekad nav bijis. firewall arī neviens nav aiztikis`),
    no(`mums tikai UDP, tcp vispār atslēgts. tāpēc close reset neko nemaina, pareizi saprotu?`),
    no(`telefoni aiz NAT pazuda pēc paroles maiņas, nevis pēc RST. parole bija nepareiza, salabots`),
    no(`ss -s rāda timewait 900 pīķī, bet zvani iet normāli un CPS ~10. viss ok, tikai pārbaudu`),
    no(`vecs incidents atskaitei: pagājušogad pfsense dropoja RST un zvani karājās, toreiz izslēdzām RST. kā to labāk aprakstīt?`),
    no(`kaimiņu operatoram (nav mūsu serveris) problēmas ar asa un tcp reset. vienkārši interesē vai jūs ko tādu esat redzējuši`),
    no(`nekas netika mainīts, RST joprojām Off, bet daži telefoni unregistered. izrādās viņiem beidzies abonements`),
    no(`apmācībām: vai var iedot piemēru ss -s izvadam ar daudz TIME_WAIT? gribu parādīt jaunajiem`),
    no(`jau salabots - address already in use bija tāpēc ka divreiz palaidām web serveri. paldies`),
    no(`meil on ainult UDP trunkid, RST on väljas. kõned kukuvad mõnikord, aga see on vist operaatori poolt`),
    no(`keegi pole midagi muutnud, SS_TCP_CLOSE_RESET on "Off", üks kontor jälle unregistered - seal ruuter rebootis öösel`),
    no(`lugu eelmisest aastast: fortigate viskas RST pakette maha ja kõned jäid rippuma. lahendasime siis ära, praegu kõik korras`),
    no(`plaan järgmiseks kvartaliks: tõsta CPS 200-ni. kas RST kohe sisse või oodata kuni vaja?`),
    no(`TIME_WAIT 600 tipptunnil, kõik toimib, pole muret. lihtsalt fyi`),
    no(`koolituse jaoks tahan test VM-is pordi ammendumist simuleerida, kuidas kõige lihtsam?`),
    no(`lahendatud: registreering kadus parooli muutmise pärast, mitte RST pärast nagu arvasime. aitäh`),
    no(`kolleegi firma (mitte meie) küsib, kas nende SBC võib RST maha visata. meil endil pole probleemi`),
    no(`RST lülitasime välja juba eelmisel nädalal ja NAT telefonid on sellest ajast ok. lihtsalt kinnitan et töötab`),
  ],
  portExhaustion: [
    pe(`labas, piko metu skambuciai nebeina, ss -s rodo timewait 28417. nakti viskas gerai`),
    pe(`sveiki, vos logas pilnas "connect() failed: Cannot assign requested address" kai CPS virs 150. po 22h tvarkoj`),
    pe(`netstat -ant | grep TIME_WAIT | wc -l
31244
ir nauji TCP i tiekeja neuzsimezga. ka daryt?`),
    pe(`kas vakara 18-20 val. naujos sip tcp sesijos nesukuriamos, o ryte viskas veikia. portu pritruksta?`),
    pe(`ss -s
Total: 33012
TCP:   32890 (estab 1210, closed 31540, orphaned 3, timewait 31502)
skambuciai krenta, padekit plz`),
    pe(`trunkas i 198.51.100.20 per tcp, piko metu 503 ir loge "bind: address already in use" ant isejanciu jungciu`),
    pe(`per pietus turim ~200 cps ir serveris nebegali atidaryt nauju tcp jungciu. dmesg tylus, bet TIME_WAIT per 25k`),
    pe(`neveikia isejantys tik busy hours, vakare ok. ephemeral portai gal baigiasi?`),
    pe(`po dialerio kampanijos paleidimo vos pradejo mest cannot assign requested address, 29 tukst. time_wait socketu`),
    pe(`siandien vel tas pats nuo 10 iki 12 - naujos tcp jungtys neuzsimezga, CPU 30%, ram uztenka. naktim viskas zalia`),
    pe(`sveiki, pīķa laikā zvani nestrada, ss -s rāda timewait 30112. naktī viss ok`),
    pe(`softswitch logā: sip tcp connect to 203.0.113.9:5060 failed (99: Cannot assign requested address). tikai kad ir daudz zvanu`),
    pe(`no 9 līdz 11 jaunie TCP savienojumi neveidojas, vecie turas. ip_local_port_range 32768 60999. porti beidzas?`),
    pe(`netstat -n | grep -c TIME_WAIT
27890
un zvanu neveiksmes aug. vakar tas pats ap šo laiku`),
    pe(`kad CPS pārsniedz ~180, izejošie zvani uz tcp trunk atkrīt ar address already in use. pie zema traffic nav problēmu`),
    pe(`izejošie nestrada darba laikā, naktī ideāli. tūkstošiem TIME_WAIT uz providera 5060 pusi`),
    pe(`ss -tan state time-wait | wc -l -> 29501. tas ir daudz? pīķī zvani nesavienojas`),
    pe(`paldies par iepriekšējo. tagad cita lieta: kopš traffic dubultojās, katru pēcpusdienu softswitch nevar atvērt jaunus tcp savienojumus`),
    pe(`EADDRINUSE uz outgoing connect no vos pīķa stundās, 30k+ socketu TIME_WAIT`),
    pe(`zvani sāk krist ap 17:00 kad slodze max, logā "tcp: failed to create connection, no local port". pēc 21 viss labi`),
    pe(`tere, tipptunnil kõned ei lähe läbi, ss -s näitab timewait 28730. öösel töötab`),
    pe(`vos logis "Cannot assign requested address" väljuvatel TCP ühendustel kui CPS üle 150`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
   1180 ESTABLISHED
  30214 TIME_WAIT
     12 LISTEN
kõned kukuvad päeval, öösel mitte`),
    pe(`iga päev 10-13 ei saa softswitch uusi tcp ühendusi teha, pärast lõunat jälle ok. koormus siis kõige suurem`),
    pe(`eile õhtul kampaania ajal ~250 CPS ja kõik väljuvad tcp kõned failisid, bind: address already in use. täna hommikul normaalne`),
    pe(`kas 32000 TIME_WAIT on probleem? tipptunnil uued kõned ei ühendu`),
    pe(`ei tööta väljuvad kõned suure koormuse ajal, pordid vist otsas. ip_local_port_range on vaikimisi`),
    pe(`ss -s
TCP:   29876 (estab 903, closed 28850, orphaned 0, timewait 28811)
aitäh kui keegi vaatab, kõned failivad`),
    pe(`päeval SIP TCP ühendused operaatori suunas ei teki enam juurde, CPU ja mälu korras. öösiti probleemi pole`),
    pe(`dialer teeb tipus 300 cps, softswitch viskab BindException väljuvatel ühendustel ja tuhanded socketid on TIME_WAIT-is`),
  ],
  natUnregistered: [
    nat(`labas, vakar ijungem SS_TCP_CLOSE_RESET=On, o siandien visi telefonai uz mikrotik rodo unregistered. sip per tcp`),
    nat(`po RST mode ijungimo klientu zoiper (tcp) namuose kas kelias minutes praranda registracija`),
    nat(`sveiki, pakeitem softswitch.conf SS_TCP_CLOSE_RESET="On" del time_wait, dabar biuro yealinkai uz NAT atsijungineja. transportas tcp`),
    nat(`nuo tada kai ijungem tcp reset, gatewayai uz kliento routerio krenta is registracijos. UDP galai ok`),
    nat(`neveikia registracija telefonu uz NAT po vakarykscio pakeitimo (close reset on). ka atsukt atgal?`),
    nat(`grandstream uz namu routerio, sip/tcp. nuo RST ijungimo unregistered kas 5-10 min, paskui vel uzsiregistruoja`),
    nat(`ijungem RST ir dabar remote darbuotoju telefonai offline. biure be nat - veikia`),
    nat(`po service mbx3000d reparse su SS_TCP_CLOSE_RESET On tcp telefonai uz mikrotik masiskai unregistered, apie 40 vnt`),
    nat(`ar RST gali sugadint registracija uz NAT? nuo pirmadienio kai ijungem, telefonai per tcp vis dingsta`),
    nat(`vakar kolega ijunge tcp close reset kad sumazint TIME_WAIT, siandien skundziasi 3 klientai su home routeriais - nesiregistruoja`),
    nat(`sveiki, pēc SS_TCP_CLOSE_RESET ieslēgšanas telefoni aiz mikrotik NAT rāda unregistered. transports tcp`),
    nat(`kopš ieslēdzām RST režīmu, attālinātajiem darbiniekiem softphone (tcp) visu laiku zaudē reģistrāciju`),
    nat(`ofisa NAT aizmugurē esošie gateway nereģistrējas kopš vakardienas izmaiņas softswitch.conf (close reset on)`),
    nat(`nestrada telefoni aiz rutera pēc tam kad ieslēgām tcp reset. tie kam publiskais ip - strādā`),
    nat(`ieslēdzām RST lai tiktu vaļā no time_wait, tagad Yealink aiz NAT ik pēc pāris min unregistered. sip over tcp`),
    nat(`kopš otrdienas, kad nomainījām SS_TCP_CLOSE_RESET uz "On", klientu PBX aiz NAT krīt ārā no reģistrācijas`),
    nat(`vai RST var sajaukt NAT ierīces? pēc ieslēgšanas mājas lietotāju telefoni (tcp) nereģistrējas`),
    nat(`paldies par time_wait padomu, ieslēdzām reset. bet tagad jauna bēda - tcp telefoni aiz nat offline`),
    nat(`reģistrācijas pazūd visiem natotajiem endpointiem, sākās uzreiz pēc reparse ar RST on`),
    nat(`mājas ofisa lietotāji ar tp-link ruteriem: sip tcp reģistrācija zūd kopš ieslēdzām close reset. biroja lan ok`),
    nat(`tere, pärast SS_TCP_CLOSE_RESET sisselülitamist on NAT taga olevad telefonid unregistered. sip üle tcp`),
    nat(`eile lülitasime RST režiimi sisse ja täna kaugtöötajate softphone'id (tcp) kaotavad registreeringu`),
    nat(`mikrotiki taga olevad gatewayd ei registreeru pärast close reset On muudatust, UDP omad töötavad`),
    nat(`kodukontorite telefonid kukuvad registreeringust välja kogu aeg, alates sellest kui RST sisse panime`),
    nat(`kas tcp reset võib NAT-iga pahandust teha? panime time_wait pärast sisse ja nüüd kliendi kontor ei registreeru`),
    nat(`pärast softswitch.conf muutmist (SS_TCP_CLOSE_RESET="On") ja reparse'i 30 yealinki NAT taga unregistered`),
    nat(`ei tööta registreerimine NAT taga tcp klientidel, algas kohe pärast RST lubamist`),
    nat(`REGISTER tuleb, 200 OK läheb välja, aga paari minuti pärast telefon jälle unregistered. NAT taga, tcp. eile muutsime close reset on`),
    nat(`aitäh eelmise nõu eest, RST on nüüd sees ja time_wait kadus. aga kliendi koduruuterite taga telefonid ei püsi registreeritud`),
    nat(`alates RST sisselülitamisest on meie reseller'i klientide pbx-id (kõik NAT taga, sip tcp) pidevalt offline`),
  ],
  firewallRst: [
    fw(`labas, po RST ijungimo skambuciai kabo ir neuzsidaro, tarp musu ir tiekejo fortigate. ar jis gali mest RST?`),
    fw(`ijungem SS_TCP_CLOSE_RESET On ir dabar dalis skambuciu nepavyksta. iptables turim -m state --state INVALID -j DROP`),
    fw(`po tcp reset ijungimo BYE nepraeina, skambuciai billinge lieka kabantys. per viduri ASA`),
    fw(`conntrack -S rodo krūvą invalid nuo tada kai ijungem RST, skambuciai strigsta`),
    fw(`sveiki, pfsense loguose matau blocked TCP:R paketus nuo softswitch 5060, prasidejo kai ijungem close reset`),
    fw(`skambuciai neuzsidaro po RST mode, tarp musu ir kliento sbc. ar sbc gali dropint rst?`),
    fw(`nuo vakar (RST on) tcp skambuciai per firewall failina, tiesiogiai be firewall viskas ok`),
    fw(`iptables log po RST ijungimo:
DROP-INVALID IN=eth0 OUT= SRC=198.51.100.14 DST=10.0.0.5 PROTO=TCP SPT=5060 DPT=41822 WINDOW=0 RST URGP=0
ir skambuciai nesibaigia`),
    fw(`fortigate session table vis dar laiko sip tcp sesijas po uzdarymo, nauji skambuciai ta kryptimi failina. RST ijungem pries 2 d`),
    fw(`po close reset on kas antras skambutis per ASA baigiasi timeout. atsukt atgal?`),
    fw(`sveiki, pēc RST ieslēgšanas zvani karājas un neaizveras, starp mums un provideri ir fortigate`),
    fw(`kopš SS_TCP_CLOSE_RESET=On daļa zvanu nestrada, iptables INVALID drop noteikums ir iekšā`),
    fw(`pfsense firewall logā daudz bloķētu RST paketu no 5060 kopš vakardienas, zvani krīt. tieši vakar ieslēdzām close reset`),
    fw(`ASA met ārā tcp reset no softswitch un zvani paliek karājoties. sākās kad ieslēdzām RST`),
    fw(`zvani neizdodas caur SBC pēc tam kad ieslēdzām tcp reset. tieši uz trunk bez sbc - ok`),
    fw(`nf_conntrack invalid skaits aug, zvani karājas. pirms RST ieslēgšanas tā nebija`),
    fw(`pēc reparse ar RST on klienti saka ka zvans neatvienojas, otrā pusē klausule sen nolikta. priekšā stateful firewall`),
    fw(`fortigate forward traffic logā deny uz tcp RST paketēm no softswitch, un zvani uz tcp trunk nestrada kopš izmaiņām`),
    fw(`nestrada tcp zvani caur mūsu ugunsmūri kopš close reset ieslēgšanas. udp zvani iet`),
    fw(`pēc RST mode zvani karājas billingā stundām, firewall acīmredzot nelaiž rst cauri`),
    fw(`tere, pärast RST sisselülitamist jäävad kõned rippuma ja ei sulgu, vahel on fortigate`),
    fw(`SS_TCP_CLOSE_RESET On ja nüüd osa kõnesid failib, iptablesis on INVALID DROP reegel`),
    fw(`pfsense logis palju blokeeritud RST pakette sip tcp pordilt, algas pärast close reset muudatust`),
    fw(`kõned ei lõpe korralikult pärast tcp reseti sisselülitamist, vahel ASA. kas asa viskab rst maha?`),
    fw(`conntrack -L | grep 5060 näitab vanu ühendusi mis peaks ammu kinni olema, kõned ebaõnnestuvad. RST lülitasime eile sisse`),
    fw(`SBC kaudu tcp kõned ei tööta pärast RST režiimi, otse töötavad`),
    fw(`ei tööta tcp kõned läbi meie tulemüüri alates RST lubamisest, udp ok`),
    fw(`pärast reparse'i (RST on) jäävad kõned billingus avatuks, firewall ilmselt ei lase reset pakette läbi`),
    fw(`iptables -nvL näitab et INVALID drop counter kasvab kiiresti sellest ajast kui close reset sees, kõned katkevad`),
    fw(`fortigate sessioonid jäävad alles pärast kõne lõppu ja uued kõned samale trunkile failivad. eelmisel nädalal muutsime SS_TCP_CLOSE_RESET="On"`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning99Set: readonly EvalItem[] = Object.values(tuning99Families).flat();
