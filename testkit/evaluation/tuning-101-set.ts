import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, call-centre technicians and resellers in Rwanda, Burundi, the DR Congo and Senegal on WhatsApp,
 * typing fast in Kinyarwanda, Kirundi, Lingala and Wolof mixed with French and English technical terms
 * ("muraho", "ntibikora", "uyu munsi", "murakoze", "mbote", "ezali kosala te", "lelo", "salaam", "dafa bug",
 * "tey", "demb", "jerejef"), informal, with typos and now and then a pasted log line or command output.
 *
 * The hundred-and-first tuning split, by family. Five negative families of 27 (one service that
 * cannot bind its own port, registration lost for another reason, small figures and questions,
 * firewall work without dropped RST, playbook words denied or explained) and three positive
 * families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall
 * dropping RST). Written as the hundred-and-first never-tuned set, before the forty-fifth round of
 * rules by someone who had read only the playbooks' symptoms and the domain notes, without the
 * matcher, its rules or the other sets in view; measured as such before and after the forty-fifth
 * round, then made tuning material for the forty-sixth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 84.4 %, negatives confident 5.9 %, confident wrong 0 % with the rules of the
 * forty-fourth round, and the same after the forty-fifth.
 */
export const tuning101Families = {
  oneListeningPort: [
    no(`muraho, nginx ntibikora kuri server ya billing uyu munsi. systemctl status irerekana: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). ese ni httpd ya VOS web iri kuri 80?`),
    no(`mbote bandeko. mysql ezali kosala te depuis lobi sima ya reboot:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
ps ezali kolakisa mysqld mibale. tosala nini?`),
    no(`salaam, docker run bi dafa bug: "Bind for 0.0.0.0:8080 failed: port is already allocated". kan moo jël 8080 ci serveur bi? jerejef`),
    no(`amahoro, app ya recordings (java) ntiyatangira uyu musi: java.net.BindException: Address already in use (Bind failed) kuri 9090. Iya kera iracari running nyuma ya update?`),
    no(`bandeko, totie asterisk na server moko na VOS pona test ya IVR, asterisk eboyi kobanda: "Unable to bind UDP socket to 0.0.0.0:5060: Address already in use". VOS ezali kosala malamu, kaka asterisk nde ezali kosala te`),
    no(`Error: listen EADDRINUSE: address already in use :::3000
na laptop na ngai npm run dev eboyi lelo, nakangaki terminal kasi node ezali kaka na background?`),
    no(`salaam yeen, freeswitch profile external dafa bug: "Failed to bind to 0.0.0.0:5080". mangi koy install ci machine bi am VOS, ndax VOS moo jël port bi?`),
    no(`mwiriwe, snmpd yanze gutangira kuri server ya monitoring: "Error opening specified endpoint udp:161". hari indi snmpd ya kera ikiriho?`),
    no(`ntpd ntibikora: "unable to bind to wildcard address 0.0.0.0 - another process may be running - EXITING" uyu munsi mugitondo. chronyd niyo ifite 123?`),
    no(`Bwakeye, nahinduye port ya ssh kuri 2222 none sshd ntiyatangira: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use."
netstat -tlnp | grep 2222
tcp   0   0 0.0.0.0:2222   0.0.0.0:*   LISTEN   1893/java
iyo java ni iyihe?`),
    no(`redis ezali kosala te: Could not create server TCP listening socket *:6379: bind: Address already in use. redis mibale? lelo tosali update ya server ya reporting`),
    no(`python app bi dafa bug tey: OSError: [Errno 98] Address already in use (flask, port 5000). dama ko tëj ak ctrl+z rekk`),
    no(`Muraho. Twashyizeho panel nshya kuri server ya VOS web none httpd yanze:
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80
no listening sockets available, shutting down
ss -tan | grep :80 irerekana TIME_WAIT nke gusa na LISTEN imwe y'iyo panel`),
    no(`portail web ya VOS (8080) efungwami te lisusu depuis jenkins ekoti na server yango. Tomcat log: "Port 8080 was already in use". tokoki kobongola port ya nani?`),
    no(`docker-compose up ya postgres: Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use. amahoro, postgres ya host nayo irakora. Nkore iki?`),
    no(`rsyslog dafa bug, messages bi wax na: imudp: error while binding UDP 0.0.0.0:514: Address already in use. syslog-ng la ñu installé demb, ñaari yu ngi ci`),
    no(`freeradius ntabwo itangira: "Failed binding to auth address * port 1812 bound to server default: Address already in use". radiusd -X irabivuga. Ni iya kera ikiri running?`),
    no(`Web server failed to start. Port 8080 was already in use.
Action: Identify and stop the process that's listening on port 8080
ndeko, na laptop ya dev spring boot eboyi, IntelliJ ezali na instance mosusu?`),
    no(`ñaari kamailio la tambali ci benn serveur (test ak prod), bi ñaareel dafa bug: ERROR: bind(...) on 0.0.0.0:5060 failed: Address already in use. prod bi mu ngi dox`),
    no(`MicroSIP ezo loba "Local port 5060 already in use" na PC ya operateur, Zoiper mpe efungwami na PC yango. tokoki kosala nini?`),
    no(`dnsmasq: failed to create listening socket for port 53: Address already in use — systemd-resolved? ni kuri mini PC y'ibiro, ntibikora uyu munsi`),
    no(`mbote, mbx3000d eboyi kobanda sima ya restart: log elobi bind 0.0.0.0:5060 failed, address already in use. tomoni process ya kala (pid 2231) ezali kaka na ps. nabomi yango na kill -9?`),
    no(`salaam, tomcat bi dafa bug tey: "Port 8005 required by Tomcat v8.5 Server at localhost is already in use". serveur bu web report la`),
    no(`python -m http.server 8000 → OSError: [Errno 98] Address already in use. Ndabasavye, nashaka guha umukozi recordings ariko 8000 irafashwe na portainer?`),
    no(`haproxy yanze: "Starting frontend sip_tls: cannot bind socket [0.0.0.0:5061]"
netstat -tlnp | grep 5061
tcp   0   0 0.0.0.0:5061   0.0.0.0:*   LISTEN   977/stunnel
twibagiwe ko stunnel ikiriho`),
    no(`php artisan serve → Failed to listen on 127.0.0.1:8000 (reason: Address already in use). dashboard ya bakiliya na laptop lelo ezali kosala te`),
    no(`podman dafa bug: Error: rootlessport listen tcp 0.0.0.0:8443: bind: address already in use. nginx bi mu ngi ci 8443 ba demb. lan laa def?`),
  ],
  otherRegistrationCause: [
    no(`muraho, trunk ya provider yavuyeho kuva ejo: REGISTER → 401 Unauthorized buri gihe. bahinduye password ku ruhande rwabo batatubwiye. ni gute twabimenya?`),
    no(`mbote, telephones nyonso ya biro ekomi unregistered lelo na ntongo. courant ekataki na butu mpe switch PoE ekufi, bisaleli ezali na pole te`),
    no(`salaam, IP publique bi dafa soppiku demb (ISP bi moo ko soppi), trunk bi dafa unregistered. provider bi dafa whitelist IP bu yàgg bi rekk`),
    no(`amahoro, konti ya SIP ya client yacu yararangiye (expired) uyu musi, barabona 403 Forbidden. Dushobora kuyongera muri VOS?`),
    no(`Mwaramutse, VOS web yanditse "License expired" none gateways zose ntizikiyandikisha. Murakoze mutubwire uko twavugurura license`),
    no(`tobongolaki DNS: sip.mbote-tel.example esilaki, sikoyo ezali voip.mbote-tel.example. telephones oyo ezali naino na config ya kala ezali unregistered`),
    no(`fibre bi dafa dagg ci yoon wi (travaux), internet amul ci bureau bi ba leegi, extensions yépp unregistered. provider bi wax na suba`),
    no(`Telefone imwe gusa kuri desk 14 ntiyiyandikisha, izindi zikora neza. twasanze cable ya réseau yacitse, RJ45 yavunitse. twayihinduye ariko iracyanga?`),
    no(`muraho, dukoresha SIP UDP gusa. Ejo IT bahinduye router (MikroTik nshya) none telefone 12 zose unregistered. Nta TCP dukoresha na gato. NAT config nshya niyo?`),
    no(`Yealink T21 ezo lakisa "Registration failed" na 403. bakataki compte ya revendeur pamba te afutaki te facture ya sanza. biso tozali na likambo te na réseau`),
    no(`salaam, client bi dafa bind auth user bu baaxul: 1001 la bind ci placé bu 1010. REGISTER → 401 rekk. dama wax ko mu seetal`),
    no(`Grandstream HT802 ntishobora kwiyandikisha kuva bayikoze factory reset, config yose yavuyeho. turabasaba provisioning file`),
    no(`telefone ntizibona IP (DHCP pool yuzuye), none ntizishobora kwiyandikisha kuri VOS. Ni ikibazo cya router y'ibiro cyangwa?`),
    no(`IT ya client babongoli VLAN lobi: batii telephones na VLAN 20 oyo ezali na route te na server 10.40.0.10. sikoyo unregistered nyonso`),
    no(`provider bi soppi na IP signaling (198.51.100.20 → 198.51.100.44), sunu gateway bi mu ngi yonnee REGISTER ci bu yàgg bi, timeout rekk`),
    no(`Amahoro, softphone zikoresha TLS ntizikiyandikisha uyu musi: "certificate has expired". Certificat ya server yarangiye ejo. UDP zirakora.`),
    no(`Ndi kuri hotel i Kigali, Zoiper kuri laptop ntiyiyandikisha kuko wifi ifite captive portal (login page). Nabikemura nte?`),
    no(`lobi na butu GoIP ezo zonga kaka:
REGISTER sip:10.10.5.2 SIP/2.0
SIP/2.0 401 Unauthorized
SIP/2.0 401 Unauthorized
password ya port 3 ebongwani na ndeko moko na biro`),
    no(`sama forfait internet dafa jeex, softphone bi ci telefon bi dafa offline tey. bu ma ko yeesalee dina dox?`),
    no(`UPS y'ibiro yapfuye (batterie), ijoro ryose switch yazimye, mugitondo telefone zose zari unregistered. Ubu zimwe zaragarutse izindi oya`),
    no(`mugenzi wanjye yahagaritse (disable) mapping gateway muri VOS atabizi, none trunk ntiyiyandikisha. Tuyisubizeho gute?`),
    no(`compte moko esalelami na telephones misato, VOS elobi max registrations (1) ekoki. bamosusu bazali unregistered. tobakisa limit boni?`),
    no(`salaam, provisioning template bu bees bi soppi transport ci telefon yi (TLS), waaye serveur bi amul certificat ci 5061. ñoom yépp unregistered leegi`),
    no(`Reseller wacu ntiyishyuye, provider ahagarika trunk. REGISTER yose iraduha 403. Ni ikibazo cy'amafaranga gusa?`),
    no(`REGISTER ezongisa 404 Not Found: user 2005 ezali na VOS te. bakomaki 2050 na telephone, ngai nayebi te`),
    no(`Réseau ya ISP ebongwani na CGNAT lobi, biso tosalelaka UDP kaka. telephones ya agence ya Goma ekomi unregistered sima ya minute 2-3`),
    no(`bureau bi dafa tukki (déménagement) demb. serveur bi 192.168.1.10 la ñu bindoon ci telefon yi, waaye leegi réseau bi 192.168.50.x la. dañuy unregistered`),
  ],
  smallFigures: [
    no(`muraho, ni ibisanzwe? ss -s ku server ya VOS nijoro:
TCP:   214 (estab 38, closed 160, orphaned 0, synrecv 0, timewait 158/0), ports 0
ntacyo bitwaye?`),
    no(`TIME_WAIT ni iki? mwadusobanurira muri make`),
    no(`mbote, SS_TCP_CLOSE_RESET esalaka nini? tomoni yango na softswitch.conf`),
    no(`salaam, ndax warna ñu activer RST ci VOS bi? 40 CPS rekk la ñu am ci peak`),
    no(`ip_local_port_range ya default ni angahe kuri CentOS 7? ndabaza gusa`),
    no(`ss ntayo kuri CentOS 5 yacu. Ni gute nabara TIME_WAIT nkoresheje netstat?`),
    no(`tcp_tw_reuse = 1 ezali na danger? to tika yango na 0?`),
    no(`ndax tcp_tw_recycle baax na? jàng naa ci internet ne dafay yàq NAT`),
    no(`Question: RST mode ya VOS ikora no kuri UDP? telefone zacu hafi zose ni UDP`),
    no(`softswitch.conf ezali wapi na VOS3000 2.1.6? nalingi kotala kaka, kobongola te`),
    no(`reparse ak restart, lan moo wuute? ndax reparse dafay dagg appels yi?`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     87 ESTABLISHED
    143 TIME_WAIT
     12 LISTEN
ibi ni normal ku masaha ya saa tanu?`),
    no(`VOS3000 ekoki CPS boni na server ya 8 cores? pona kosala plan ya mobu oyo`),
    no(`TIME_WAIT iguma amasegonda 60? tcp_fin_timeout ihindura ibyo? ndabaza gusa`),
    no(`Rapport ya mensuel: TIME_WAIT max 340, estab 90, CPU 12%. tout est normal? bandeko boyebisa ngai soki eloko ezali mabe`),
    no(`TCP ports zingahe ntarengwa kuri Linux? 65535 cyangwa hari ikindi?`),
    no(`close_notify ya TLS ni iki? nabisomye mu manual ya VOS hafi ya RST`),
    no(`telefone ziri inyuma ya NAT zikwiye gukoresha UDP cyangwa TCP? turi gushyiraho client nshya, nta kibazo dufite`),
    no(`Naka laa xame telefon yi di register ci TCP ci VOS bi? dama bëgg seet rekk`),
    no(`CLOSE_WAIT 3, TIME_WAIT 40 sur le serveur. c'est normal ça? tout marche hein`),
    no(`sysctl.d ntisomwa kuri CentOS 6? none nshyira he tcp_tw_reuse kugira ngo igume nyuma ya reboot?`),
    no(`reparse ekokata mapalo oyo ezali kosala? tolingi kobongola parameter moko na moi`),
    no(`biro bito bya telefone 20, RST mode irakenewe? (ndabaza gusa, nta kibazo)`),
    no(`training ya lelo: FIN na RST ekeseni ndenge nini? bana ya call-centre bazali kotuna`),
    no(`ephemeral port lan la? mangi jàng cours réseau bi`),
    no(`conntrack -C → 412. nf_conntrack_max 65536. ni byiza?`),
    no(`salaam, ss -s bi tey ci 14h:
Total: 301
TCP:   96 (estab 51, closed 22, orphaned 0, timewait 22)
ndax lii baax na? dama bëgg xam rekk`),
  ],
  firewallNoRst: [
    no(`muraho, dufite provider nshya: mwafungura 5060 UDP kuri FortiGate kuri IP 198.51.100.30? murakoze`),
    no(`mbote, tolingi ko whitelist IP 203.0.113.45 na iptables ya VOS. commande nini?`),
    no(`fail2ban ban na IP bureau bi 203.0.113.9 ginnaaw ñu dugal password bu baaxul ñetti yoon. naka laa ko unban?`),
    no(`SIP ALG ya router ya Canalbox irimo guteza one-way audio. Nayizimya he?`),
    no(`Amahoro, turashaka guhagarika ibihugu bimwe (geo-block) kuri FortiGate kubera fraud y'amahamagara. Ni gute?`),
    no(`rule moko na iptables ezo bloquer 5060 TCP na libunga, bakiliya ya TCP bazali kokoka te. ndenge nini tolongola yango?`),
    no(`MikroTik: port forwarding RTP 10000-20000 UDP kuri 192.168.88.10. dst-nat ni gute?`),
    no(`pfSense ndax mën naa forward 5060 ci VOS bi 10.0.0.5? NAT > Port Forward la ñu ko def waaye xamuma protocol bi`),
    no(`ASA: tobakisa access-list pona signaling ya provider 198.51.100.7 udp 5060. config ezali boye: access-list outside_in extended permit ...?`),
    no(`iptables -L -n | grep 5060
DROP  udp  --  198.51.100.88  0.0.0.0/0  udp dpt:5060
iyi rule yashizweho na nde? provider wacu ni 198.51.100.88`),
    no(`CSF yafunze portal ya VOS web (8080) kuri IP y'ibiro. lfd yavuze "too many connections". Tuyifungure gute?`),
    no(`fail2ban jail pona login ya web VOS, tokoki kosala yango? regex nini?`),
    no(`firewalld kuri CentOS 7: firewall-cmd --add-port=5060/udp --permanent ariko nyuma ya reload ntibikora. nibagiwe iki?`),
    no(`nahinduye SSH port ku 2200, nfungura gute muri iptables ya CentOS 6 ntahagaritse session yanjye?`),
    no(`MikroTik address-list pona ba scanners (sipvicious, friendly-scanner). tokoki ko drop na User-Agent?`),
    no(`ISP bi dafa bloquer 5060 (box Sonatel). ndax mën naa jëfandikoo 5070 ci VOS ak port forward?`),
    no(`ipset geoip kuri iptables: Rwanda, Uganda na DRC gusa nibo bemerewe kugera kuri 5060. hari script?`),
    no(`port yafunguwe kuri firewall, telefone zirahamagara ariko nta majwi (one-way audio). RTP ports ntizafunguwe?`),
    no(`Huawei HG8245 ya ISP ezali na SIP ALG, tokoki ko désactiver yango wapi?`),
    no(`ASA "inspect sip" ndax warna ñu ko tej? client bi am na problème audio ak re-INVITE`),
    no(`hashlimit iptables pona SIP flood: 20 packets/s par IP. exemple?`),
    no(`RST ezali On banda sanza misato, problème te. tolingi kofungola 5061 (TLS) na FortiGate pona client ya sika. policy nini?`),
    no(`Security group ya cloud: tofungola 5060 TCP/UDP na 10000-30000 UDP kaka pona 203.0.113.0/24?`),
    no(`FortiGate VIP pona VOS 10.1.1.20 esalami, kasi port forward 5060 ezali kosala te, sessions ezali te. policy ebongi te?`),
    no(`fail2ban bi ban na sax provider bi (198.51.100.14)! ignoreip laa wara dugal?`),
    no(`pfSense: Outbound NAT static port kuri 5060 irakenewe? telefone zacu ziri hanze`),
    no(`iptables INPUT policy DROP, dushaka kwemerera gusa 10.20.0.0/16 kuri web portal ya VOS. rule imwe irahagije?`),
  ],
  negationContext: [
    no(`muraho, twe dukoresha UDP gusa, nta SIP TCP. ese SS_TCP_CLOSE_RESET igira icyo ihindura kuri twe? ntacyo dushaka guhindura`),
    no(`RST ezali Off (totali softswitch.conf: SS_TCP_CLOSE_RESET="Off"), moto moko te abongoli eloko. telephones ezali malamu. kaka pona confirmer`),
    no(`salaam, client bi dafa wax "RST mode la ngeen soppi", waaye kenn soppiwul dara: RST dafa Off ba tey. problème bi ci moom la, Wi-Fi bi dafa dee`),
    no(`ikibazo cya TIME_WAIT cyakemutse ejo nyuma yo gushyiraho tw_reuse. uyu munsi ss -s yerekana timewait 900 ku peak. murakoze cyane, turafunga ticket`),
    no(`lisolo ya kala: na 2019 tozalaki na TIME_WAIT 30000 na server ya Lubumbashi, tobongolaki port range mpe esilaki. lelo ezali malamu, nazali kaka kokoma documentation`),
    no(`ndeko na ngai na Kinshasa azali na FortiGate oyo ezo drop RST sima ya koactiver reset mode na server na ye. server na ye, pas biso. olobi nini?`),
    no(`exercice ya formation: soki server ezali na TIME_WAIT 28k na peak, okosala nini? ezali examen, server ya solo te`),
    no(`ukwezi gutaha turashaka gufungura RST mode. tugomba kureba iki mbere? ubu nta kibazo dufite`),
    no(`TIME_WAIT 1200 ku peak ya 35 CPS, nta call n'imwe yanze. ni byiza, sibyo?`),
    no(`telefone zose zabaye unregistered nyuma yo guhindura password za SIP accounts ejo, ntitwari twavuguruye telefone. twabikoze none zirakora`),
    no(`ejo twazimije RST (Off), telefone za NAT ziragaruka zose. none byose bimeze neza, murakoze`),
    no(`mapalo ebebaki na peak lobi kasi ezalaki 503 ya carrier (capacité na bango esilaki), pas serveur na biso. ss ezalaki malamu`),
    no(`"address already in use" ya lobi ezalaki script na ngai ya test oyo nabandaki mbala mibale. esili, nabomi yango`),
    no(`FortiGate yarashe packets nyinshi ejo, ariko yari UDP flood kuri 5060 (scanner), si RST. twashizeho rule, vyarangiye`),
    no(`unregistered sima ya RST? te, toactivaki RST ata mokolo moko te. ezalaki coupure ya courant na Bukavu`),
    no(`équipe firewall confirmé: RST autorisé pour SIP TCP, mapalo ezali kokangama malamu. merci, tozali malamu`),
    no(`benn story: atum démb ci benn client ci Dakar, firewall bi dafa daan drop RST, appels yi du tëju. ñu ko fix ak benn rule. léegi baax na, dama koy wax rekk ngir ngeen xam`),
    no(`turabaza gusa: TIME_WAIT 5000 ku peak, port range 1024 65535, nta call yanze. ni sawa?`),
    no(`Soki tofungoli RST, telephones oyo ezali sima ya NAT ekobunga registration? tobongoli naino eloko te, tozali kotuna liboso`),
    no(`RST yari yafunguwe ku makosa iminota 5, twahise tuyifunga mbere y'uko hagira ikibazo. nta kintu cyabaye, ni ukubabwira gusa`),
    no(`mugenzi wanjye avuga ko ari port exhaustion, ariko ss -s irerekana timewait 400 gusa, kandi calls zanze ni 404 (numbers zitabaho). ni routing ya prefix`),
    no(`turandika rapport y'incident y'ukwezi gushize: firewall yataye RST, twabikemuye na rule. dukeneye amagambo meza ya rapport gusa`),
    no(`pas toucher SS_TCP_CLOSE_RESET, client azali na telephones TLS. tolingi kaka info ya ndenge ezali kosala`),
    no(`registration yavuyeho yari internet ya ISP yavuyeho ijoro ryose, router irongera itangira. none zose zagarutse, nta RST twigeze dukoresha`),
    no(`tey ci guddi appels yi du tëju ci billing, waaye du firewall: CDR bi dafa yéex (delay 10 min). RST dafa Off. léegi baax na`),
    no(`question d'examen pona bana ya sika: firewall stateful na RST, ndenge nini ekoki kobebisa mapalo? serveur ya solo te, ezali kaka théorie`),
    no(`demb la ñu tëj RST ngir telefon yi ci NAT, ba leegi yépp registered. ndax kernel tuning rekk laa wara def ci kanam? dara amul leegi`),
  ],
  portExhaustion: [
    pe(`muraho, VOS yacu ntibikora ku masaha ya peak (18h-21h): calls zigera kuri 30% zirananirana. ss -s:
TCP:   31877 (estab 1204, closed 30410, orphaned 3, synrecv 0, timewait 30398/0), ports 0
nijoro byose bigenda neza`),
    pe(`mbote bandeko, lelo na mpokwa log ya softswitch etondi na "connect() failed (99: Cannot assign requested address)" tango CPS ekomi 180. na butu ezali malamu`),
    pe(`salaam, netstat -ant | grep -c TIME_WAIT → 28412. appels yi dañuy fail ci peak bi rekk. ndax ports yi dañu jeex?`),
    pe(`Amahoro, server ya VOS irahagarara gufungura connexions nshya za TCP ku mugoroba (peak). Mu gitondo zirakora. TIME_WAIT ni nyinshi cane, 29 000 na kirenga`),
    pe(`ntibikora uyu munsi saa mbiri z'ijoro: "Address already in use" kuri outgoing TCP zijya kuri carrier 10.30.0.9:5060. Ntabwo ari port ya server, ni connexions zisohoka. CPS ~220`),
    pe(`ss -tan state time-wait | wc -l
30112
ezali boye kobanda 17h. bakiliya bazali kobelela ete mapalo ekoti te. na 2h ya butu ekiti na 300`),
    pe(`sysctl net.ipv4.ip_local_port_range
net.ipv4.ip_local_port_range = 32768   60999
ss -s → timewait 27950. dafa bug ci peak rekk, 200 CPS. lan laa wara def?`),
    pe(`BindException: Cannot assign requested address — kuri gateway yacu ya java ivugana na VOS kuri TCP. bibaho gusa iyo traffic iri hejuru (campaign ya call-centre). TIME_WAIT 26k`),
    pe(`Tozali na campagne ya call-centre, dialer etindaka 250 CPS na VOS na SIP TCP. sima ya minute 10 mapalo ebandi kobeba, ss elakisi timewait ebele (~31000). soki tokiti na 80 CPS ezongi malamu`),
    pe(`tey ci 19h, serveur bi dafa bug: appels yu bees yi du jóg, TCP connexion yu bees amul. demb guddi baax na. ss -s: timewait 29540`),
    pe(`muraho, log ya mbx3000:
[ERR] tcp connect 10.20.0.15:5060 failed, errno=99 (Cannot assign requested address)
[ERR] tcp connect 10.20.0.16:5060 failed, errno=99 (Cannot assign requested address)
bibaho ku masaha ya peak gusa. ejo no uyu munsi`),
    pe(`Ports zose z'isohoka zirashira ku mugoroba. netstat irerekana TIME_WAIT zirenga 30 000 kandi calls nshya zikananirana. Ubu ni 9h z'ijoro, vyose bimeze nabi`),
    pe(`TIME_WAIT 28k na peak, mapalo ebebi. lisalisi`),
    pe(`salaam, sunu softswitch bi dafay wone "cannot assign requested address" bu CPS bi jàllee 150. guddi dara amul. dama xalaat ephemeral ports yi ñoo jeex`),
    pe(`ss -s
Total: 33412 (kernel 0)
TCP:   32987 (estab 2310, closed 30601, orphaned 12, synrecv 0, timewait 30588/0), ports 0
izi ni ku saa moya z'ijoro (peak). calls zimwe zitera busy. ni ibisanzwe?`),
    pe(`Mbote, carrier abengaki biso: ba INVITE ya TCP oyo ewutaka na biso ebandi kozanga na mpokwa. Na server connexions ya sika ekoki kofungwama te, netstat elakisi TIME_WAIT koleka 27000. na ntongo ezali normal`),
    pe(`Muraho, ku mugoroba VOS ntishobora gufungura socket nshya zijya kuri gateways. log nta kintu kinini, ariko netstat -an | grep TIME_WAIT | wc -l itanga 31544. mugitondo ni 400`),
    pe(`jerejef ci sa tontu demb. tey itam: 20h-22h appels yi dañuy fail, ci 21h ss -s wone na timewait 28903. ci 2h guddi 180 rekk. kernel tuning laa wara def?`),
    pe(`BindException: Address already in use: connect
   at sun.nio.ch.Net.connect0(Native Method)
ni connector yacu (java) ijya kuri VOS kuri TCP 5060. Bibaho ku peak gusa, 160 CPS. ni ports zishira?`),
    pe(`Bandeko, server ya VOS ekomi kopesa "cannot assign requested address" na butu te, kaka na midi tango bakiliya ya Orange batindaka trafic mingi. netstat: 30k TIME_WAIT`),
    pe(`Uyu munsi ku mugoroba server yanze guhamagara carrier: ports z'ephemeral zose zarakoreshejwe, sockets ziri muri "waiting" state ari nyinshi. Dufite range 32768-60999 gusa. Nijoro ni sawa`),
    pe(`depuis hier soir à la pointe mapalo ya sika ekomi kokoka te; ss -s elakisi tw 30012. na midi ezalaki 2k kaka. CPS 210. tolingi solution`),
    pe(`28 000 TIME_WAIT ci peak, appels yi du dem. dafa bug lool`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
   1877 ESTABLISHED
  29311 TIME_WAIT
     14 LISTEN
Ni ku mugoroba, calls nshya ziranga. Mu gitondo ni 500 gusa.`),
    pe(`mbote, ezali semaine ya mibale: na 18h-20h SIP TCP na carrier ekomi kobeba, "Cannot assign requested address" na log, connexions ya sika ezali te. na butu ezali normal. CPS 170-230`),
    pe(`ntibikora ku peak: outgoing TCP connections za VOS ziranga, log: "socket bind failed: Address already in use" kuri local port (source). TIME_WAIT 27300. CentOS 6, nta ss, ni netstat gusa`),
    pe(`salaam, carrier bi ak nun ci SIP TCP, 300 CPS ci ngoon. ports yu local yépp dañu jeex, ss -s: timewait 32101. suba ba bëccëg baax na`),
    pe(`Mwaramutse, ejo nimugoroba calls zaguye (ASR yagiye kuri 40%) saa 19h-21h. Twarebye: TIME_WAIT 29800 kuri server. Nta kindi cyahindutse. Dukore iki?`),
    pe(`mapalo ezali kokatana kaka na ngonga ya trafic (peak), na butu ezali malamu. Tala "ss -s": TCP: 30777 (estab 987, closed 29690, timewait 29655/0). port range ezali default`),
    pe(`Amahoro, turi gukora load test (200 CPS kuri TCP) kuri VOS nshya imbere yo kuyishira muri production. Nyuma y'iminota 3 connexions nshya zirananirana, TIME_WAIT zigera 28000. Ni ports zishira?`),
  ],
  natUnregistered: [
    nat(`muraho, kuva twashyiraho SS_TCP_CLOSE_RESET=On ejo, telefone zose ziri inyuma ya MikroTik (NAT) zabaye unregistered. zikoresha SIP TCP. izidafite NAT zirakora`),
    nat(`mbote, sima ya koactiver RST mode lobi na butu, ba softphone ya bakiliya (Zoiper, TCP) oyo bazali na ndako na router ya Vodacom ezali kobunga registration mbala na mbala`),
    nat(`salaam, demb ngeen activer "TCP reset" ci VOS bi ngir TIME_WAIT. tey telefon yi ci bureau bi (NAT, TP-Link) dañuy unregistered te re-register bu nekk 2 min. transport TCP`),
    nat(`Amahoro, uyu musi telefone za Yealink ziri mu biro (inyuma ya NAT) ntizikiyandikisha kuri VOS. Ejo mwahinduye close mode ya TCP (reset). Zikoresha TCP`),
    nat(`telefone 40 za call-centre zirimo guta registration buri minota mike kuva RST yafungurwa. Ziri inyuma ya NAT y'ibiro. TCP 5060. Ni iki?`),
    nat(`SS_TCP_CLOSE_RESET ezali On banda lobi, mpe telephones ya agence (sima ya NAT ya MikroTik) ezali kolakisa "Unregistered". transport TCP. tozongisa Off?`),
    nat(`sama client yi ci kër (home routers, NAT) dañuy wone unregistered ci Zoiper ginnaaw ngeen soppi SS_TCP_CLOSE_RESET. TCP lañuy jëfandikoo`),
    nat(`10:42:11 REGISTER from 203.0.113.57:49822 (TCP) ok
10:44:37 REGISTER from 203.0.113.57:50114 (TCP) ok
10:46:59 REGISTER from 203.0.113.57:50402 (TCP) ok
buri minota 2 port irahinduka, telefone ikagaragara offline hagati. byatangiye nyuma ya RST On. biro bifite NAT`),
    nat(`Kuva tuzamuye VOS tugashyiraho TCP reset (On), gateways za GoIP ziri ku ma site (NAT ya router ya 4G) zirasohoka zigasubira. SIP TCP. Mbere byari sawa`),
    nat(`ekomi mikolo mibale: telephones Grandstream na NAT ya biro ekomi unregistered, registration ezali koloba "timeout". likambo ebandaki sima ya reset mode (RST) na softswitch. TCP. tokende na UDP?`),
    nat(`ginnaaw tuning bi demb (RST On ngir TIME_WAIT), MicroSIP yi ci call-centre bi (NAT ci routeur bi) dañuy deconnecté. SIP TCP. lu tax?`),
    nat(`RST On → phones za NAT zose unregistered (TCP). dufashe`),
    nat(`Nyuma y'uko technician ahinduye uburyo VOS ifunga connexions za TCP (ejo nimugoroba), softphones zose ziri hanze (inyuma ya router z'iwabo) zirerekana "Not registered". Iziri muri LAN nta kibazo`),
    nat(`mbote, telephones ya bureau ya Matadi (NAT, MikroTik hEX) na SIP TCP: kobanda lobi VOS web ezali kolakisa offline, na telephone "Registration failed". tobongolaki kaka parameter moko: SS_TCP_CLOSE_RESET="On"`),
    nat(`salaam, tey telefon yi ci NAT dañuy unregistered ba noppi registered, ba noppi unregistered... RST mode la ñu tàmbali demb. TCP rekk lañuy jëfandikoo`),
    nat(`softswitch.conf:
SS_TCP_CLOSE_RESET="On"
twashyizeho ibi ejo. none telefone z'abakiriya bari inyuma ya NAT (TCP) ntizikiyandikisha neza, izikoresha public IP zirakora`),
    nat(`Muraho neza, resellers bacu bafite ibiro bifite NAT baratubwira ko extensions zabo ziba unregistered kenshi kuva ejo. Twebwe twafunguye RST mode ejo saa tanu. Extensions zose ni TCP`),
    nat(`Yealink T46 (TCP) ekomi kobungisa registration mbala na mbala na ndako ya mokiliya (router ya maison, NAT). Ebandaki tango totiaki RST na softswitch pona problème ya TIME_WAIT`),
    nat(`Zoiper log:
REGISTER sip:voip.example.com;transport=tcp
Connection reset by peer
Re-registering...
telefon yi ci NAT yépp noonu lañu mel tey. demb la ñu activer SS_TCP_CLOSE_RESET`),
    nat(`Amahoro, vyose vyatanguye igihe twashira RST kuri On: telefone ziri inyuma ya NAT zirava kuri registration. SIP ni TCP. Dushobora gusubiza Off?`),
    nat(`office NAT (FortiGate as router), phones TCP → unregistered depuis RST On hier. pas de problème d'appels, juste registration. mbote`),
    nat(`ntibikora: telefone zo mu rugo (home routers) ntizigumana registration kuri VOS nyuma ya "TCP reset" twafunguye ku wa mbere. TCP. LAN ni sawa`),
    nat(`bakiliya ya Kisangani (NAT ya MikroTik na 4G) bazali kobenga biso ete telephones ekomi "rouge" na mikolo oyo. ebandaki lobi, sima ya kotia SS_TCP_CLOSE_RESET On. ba telephones ezali TCP`),
    nat(`nanga def. SIP TCP ci routeur MikroTik, 25 telefon, yépp unregistered ci VOS bi ginnaaw RST bi. boroom bi bëgg nu delloo ko Off`),
    nat(`Turi call-centre ifite agents 60 bakorera mu rugo (NAT y'ingo zabo), softphones kuri TCP. Kuva twahindura close mode ikaba RST, agents benshi barerekana offline, bagomba gu-restart softphone`),
    nat(`telephones oyo ezali na NAT ebungisaka registration, kasi oyo ezali na IP publique ezali malamu. likambo ebandaki tango toactivaki reset ya TCP. tozali na SIP TCP kaka`),
    nat(`RST On kuva ejo, telefone za NAT (TCP) zose ni unregistered. Murakoze mudufashe vuba`),
    nat(`VOS web bi wone na: 1012 offline, 1013 offline, 1017 offline... yépp ci biir bureau bu am NAT (TP-Link). transport TCP. li ñu soppi rekk mooy RST mode demb ci guddi`),
    nat(`hier soir on a mis SS_TCP_CLOSE_RESET=On pour les TIME_WAIT. uyu munsi telefone z'inyuma ya NAT (MikroTik) zikoresha TCP ziri unregistered. None TIME_WAIT ni nke ariko abakozi ntibashobora guhamagara`),
    nat(`bandeko, telephones ya biro na Lubumbashi (NAT, SIP/TCP) ezali kolakisa unregistered kobanda 11h, tango technicien atiaki RST mode na VOS. tozongisa ndenge ezalaki?`),
  ],
  firewallRst: [
    fw(`muraho, kuva twashyiraho RST mode ejo, calls zinyura kuri FortiGate ntizifunga: BYE ntigera, channels zigumaho. FortiGate log: "deny ... reason: no session matched" kuri packets za TCP flags RST`),
    fw(`mbote, sima ya koactiver SS_TCP_CLOSE_RESET, mapalo ya SIP TCP oyo elekaka na ASA ekomi kobeba. ASA log:
%ASA-6-106015: Deny TCP (no connection) from 10.10.1.5/5060 to 10.20.3.8/52114 flags RST on interface inside`),
    fw(`salaam, iptables bi dafa drop RST yi: "-m state --state INVALID -j DROP". ginnaaw ñu activer RST mode demb appels yi dañuy des (hang). TCP`),
    fw(`pfSense log irerekana blocks nyinshi "TCP:R" kuri 5060 kuva twafungura RST kuri VOS. Calls zimwe zirananirana izindi ntizifunga.`),
    fw(`Amahoro, calls za SIP TCP zica muri SBC yacu zikagumaho (zidafunga) kuva ejo twashira SS_TCP_CLOSE_RESET=On. SBC ishira RST mu "invalid" ikayijugunya`),
    fw(`conntrack -S
cpu=0 found=0 invalid=18432 ignore=0 insert=0
invalid ezali kobakisama kaka kobanda totiaki RST On. mapalo ya TCP ezali kokangama te`),
    fw(`salaam, appels yi du tëju ginnaaw RST mode: CDR yi dañuy yàgg ba 1h, te firewall bi (FortiGate 100F) dafa wone "no session matched" ci RST yi`),
    fw(`Nyuma yo gufungura TCP reset kuri VOS, calls nyinshi zihita zipfa ku ntangiriro. Firewall ya client (Cisco ASA) ntiyemera RST zidafite session. Twakora iki?`),
    fw(`RST On → FortiGate ezo drop RST → mapalo ekangami te. lisalisi`),
    fw(`iptables -L -v -n | grep INVALID
 48213 2890K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
counter irazamuka cyane kuva twafungura RST mode. calls za TCP zimwe zigumaho (hanging)`),
    fw(`depuis RST On, ba calls ya carrier oyo eleki na pfSense ezali kokatana sima ya 30s, pfSense logs ezali kolakisa "Default deny rule IPv4" na flags R. liboso ezalaki malamu`),
    fw(`kuva ejo twahinduye uburyo VOS ifunga TCP (nta FIN, ni reset ako kanya), firewall iri hagati ntiyakira ibyo bipaki kandi calls ntizirangira neza ku mpande zombi`),
    fw(`tey guddi, appels yu SIP TCP yi di jaar ci SBC bi dañuy fail: SBC bi dafa bàyyi RST yi (drop). li ñu soppi rekk mooy SS_TCP_CLOSE_RESET=On demb`),
    fw(`Mwaramutse, calls ntizifunga kuva RST yafungurwa. Twarebye tcpdump ku ruhande rwa VOS: RST irasohoka. Ku ruhande rwa gateway ntiyagezeyo. Hagati hari FortiGate.`),
    fw(`firewall ya stateful (FortiGate) ezo boya RST ya VOS. kobanda lobi (RST mode On) mapalo ezali kosila te, bakiliya bazali kofuta minutes ya pamba`),
    fw(`nf_conntrack: invalid packet ... kernel log yuzuyemo ibi kuva RST yafungurwa. iptables ifite INVALID DROP. calls za TCP zirimo kunanirwa`),
    fw(`ASA 5516 yacu: "Deny TCP (no connection) ... flags RST" ibihumbi. Twafunguye RST ejo kubera TIME_WAIT. None calls zimwe ntizifunga, izindi ntizitangira`),
    fw(`ndax firewall bi moo tax? ginnaaw RST On, appels yi ci trunk TCP yi dañuy des ci "connected" ba fabe. pfSense la, INVALID la wone ci logs yi`),
    fw(`Amahoro, kuva twashira SS_TCP_CLOSE_RESET kuri On, FortiGate ya client i Bujumbura irajugunya RST. Calls za SIP TCP ziraguma zifunguye, billing iragenda ibara`),
    fw(`Bandeko, totiaki RST mode pona kosilisa TIME_WAIT. TIME_WAIT esili, kasi sikoyo mapalo ezali kokatana te (hang) mpo iptables ya gateway ezali ko DROP packets INVALID (RST)`),
    fw(`mapalo ya TCP ekomi kobeba na ngonga oyo tobongolaki close mode na reset. firewall na kati (Sophos?) ezali koboya ba packets ya RST oyo ezali na session te`),
    fw(`salaam, tcpdump ci firewall bi:
IP 10.0.5.10.5060 > 10.9.1.22.41822: Flags [R], seq 1, win 0
ginnaaw loolu, dara. gateway bi du ko gis. demb la ñu activer RST. appels yi dañuy hang`),
    fw(`calls zacu zinyura muri pfSense zikagira "408 / no BYE" kuva RST yajya kuri On. Logs za pfSense zirerekana RST zahagaritswe na default rule`),
    fw(`Muraho, kuri FortiGate sessions za SIP TCP zirasigara (ntizifunga) kuko RST ya VOS yanzwe. Byatangiye nyuma ya "SS_TCP_CLOSE_RESET=On" kuwa gatanu. Calls za carrier zirapfa`),
    fw(`ezala FortiGate to ASA, likambo moko: depuis RST mode mapalo ya TCP ezali kokangama te, firewalls yango mibale ezali kolakisa deny ya RST. liboso ya lobi ezalaki malamu`),
    fw(`iptables -A INPUT -m conntrack --ctstate INVALID -j DROP — iyi rule iri kuri server ya gateway. Kuva ejo VOS yohereza RST, zose zifatwa nka INVALID. Calls ziraguma (hang)`),
    fw(`firewall ya client (stateful) ebwakaka RST, yango wana mapalo ezali kosila te sima ya koactiver reset. tosala nini? toboma RST to tobongisa firewall?`),
    fw(`salaam, sunu SBC bi (stateful) dafa drop RST yi ginnaaw RST On demb ci 22h. tey appels yu bari dañuy fail ci setup, yeneen du tëju`),
    fw(`Calls zirahera (hang) kandi ntizirangira kuva RST mode. Twasanze conntrack ya Linux firewall iri hagati ijugunya RST nk'ibipaki "invalid". Murakoze`),
    fw(`FortiGate 60F + VOS SIP TCP: depuis qu'on a activé RST (SS_TCP_CLOSE_RESET On), "no session matched" ebele na log, mapalo ekataka te, bakiliya bazali kobelela. lelo 40 plaintes`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning101Set: readonly EvalItem[] = Object.values(tuning101Families).flat();
