import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * NOC engineers, operators and resellers in Russia, Ukraine, Belarus and Kazakhstan typing Russian and Ukrainian
 * in Latin letters on phones without Cyrillic keyboards ("privet", "ne rabotaet", "pomogite", "shcho robyty",
 * "ne pratsyuye", "dyakuyu"), mixed with English technical terms, informal, some with pasted logs or command output.
 *
 * The ninety-eighth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the ninety-eighth never-tuned set, before the forty-fifth round of rules by someone
 * who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or
 * the other sets in view; measured as such before and after the forty-fifth round, then made tuning
 * material for the forty-sixth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 81.1 %, negatives confident 4.4 %, confident wrong 0 % with the rules of the
 * forty-fourth round, and the same after the forty-fifth.
 */
export const tuning98Families = {
  oneListeningPort: [
    no(`privet, posle obnovleniya nginx ne startuet: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). apache tam vrode ostalsya, kak ego pravilno ubrat?`),
    no(`rebyata pomogite, web portal VOS ne podnimaetsya na 8080, v logah "java.net.BindException: Address already in use: JVM_Bind". pohozhe tomcat dvazhdy zapushchen`),
    no(`mysql ne startuet posle reboot:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
shcho robyty?`),
    no(`docker run -p 5060:5060/udp ... -> Error response from daemon: driver failed programming external connectivity on endpoint sbc: Bind for 0.0.0.0:5060 failed: port is already allocated. na hoste uzhe asterisk stoit, eto iz-za nego?`),
    no(`na noute npm run dev padaet: Error: listen EADDRINUSE: address already in use :::3000. eto ne po VOS, prosto kak nayti kto derzhit port na macbook?`),
    no(`postavili vtoroi sip server (kamailio) na tot zhe host gde vos3000, on ne mozhet vzyat 5060 - "bind failed". kak ih razvesti po portam normalno?`),
    no(`snmpd ne zapuskaetsya: Error opening specified endpoint "udp:161". kto-to uzhe slushaet 161, a monitoring bez nego slepoi`),
    no(`dobryi den. posle perenosa vos3000 na novuyu vm web interface ne otkryvaetsya, v catalina.out:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-80"]
java.net.BindException: Address already in use <null>:80
httpd tozhe vklyuchen v avtozapusk, ego vyrubit?`),
    no(`pryvit, u nas zabbix-server ne startuye: "listener failed: bind() for [[-]:10051] failed: [98] Address already in use". staryi protses ne vbyvsya pislya update`),
    no(`ntpd i chronyd oba hotyat 123/udp, odin iz nih vse vremya failed. kakoi ostavit na centos 7?`),
    no(`sdelal service mbx3000d restart, a on pishet chto ne mozhet zabindit 5060, okazalos staryi process mbx visit. kill -9 normalno ili est pravilnyi sposob?`),
    no(`docker compose up -> Error starting userland proxy: listen tcp4 0.0.0.0:443: bind: address already in use. na servere nginx uzhe sidit na 443. kak luchshe, cherez proxy?`),
    no(`redis ne zapuskaetsya: "Could not create server TCP listening socket *:6379: bind: Address already in use" chto delat rebyat`),
    no(`postgres posle apdeita: could not bind IPv4 address "0.0.0.0": Address already in use. HINT: Is another postmaster already running on port 5432? a on i pravda zapushchen, vtoroi klaster`),
    no(`napisali svoi billing na spring boot, pri starte "Web server failed to start. Port 8080 was already in use." a na 8080 sidit web vos. na kakoi port luchshe pereehat?`),
    no(`freeswitch na tom zhe servere ne mozhet zabindit 5080, "Address already in use", lsof -i :5080 pokazyvaet process vos. kto kogo dolzhen ustupit?`),
    no(`podskazhite kak posmotret kto zanyal port 1719 na servere, gatekeeper h323 ne startuet, pishet socket in use`),
    no(`haproxy[2211]: Starting frontend sip_tcp: cannot bind socket [0.0.0.0:5060]. hoteli balansir pered vos postavit na tot zhe host, ne vyshlo`),
    no(`segodnya utrom vps perezagruzili i teper vsftpd ne podnimaetsya: "500 OOPS: could not bind listening IPv4 socket". pomogite pls, cdr vygruzka po ftp stoit`),
    no(`na laptope vscode live server "port 5500 already in use", sorry naverno ne tot chat, no mozhet podskazhete)`),
    no(`podman: Error: rootlessport listen tcp 0.0.0.0:8443: bind: address already in use. konteiner s nashim dashbordom ne startuet`),
    no(`openvpn na servere upal: TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use (errno=98). dva instansa v systemd?`),
    no(`sshd na 2222 ne startuet: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." ne mogu zaiti na vos udalenno, tolko cherez konsol`),
    no(`kollega zapustil vtoroi ekzemplyar nashego sip-proxy na odnom servere, teper odin pishet "could not bind to 10.0.5.10:5060". kak bystro ponyat kakoi lishniy?`),
    no(`rtpproxy ne startuet posle apdeyta: "rtpproxy: can't bind to the specified port 7722: Address already in use"`),
    no(`node_exporter: listen tcp :9100: bind: address already in use. systemctl status pokazyvaet failed. staryi ne ubilsya naverno, kak proverit`),
    no(`grafana ne podnimaetsya, port 3000 zanyat kakim-to node processom. vchera rabotalo. dyakuyu zazdalegid`),
  ],
  otherRegistrationCause: [
    no(`privet, s utra vse telefony v ofise unregistered. okazalos PoE kommutator sgorel, zamenili - podnyalis. no tri trubki vse ravno ne registriruyutsya, chto eshche proverit?`),
    no(`trunk k operatoru otvalilsya, v logah 403 Forbidden na REGISTER. oni vchera parol menyali i nam ne skazali?`),
    no(`posle smeny parolya na akkaunte 1005 Yealink pishet "Registration failed 401 Unauthorized", hotya novyi vvel 3 raza`),
    no(`provaider pomenyal IP sip servera, a dns zapis u nih staraya, nashi shlyuzy ne registriruyutsya. ne rabotaet nichego s 10 utra`),
    no(`licenziya vos konchilas chto li? s segodnya telefony ne registriruyutsya, v web pishet license expired. kuda pisat chtoby prodlit?`),
    no(`u klienta svet vyrubili v ofise, seichas vernuli, a polovina trubok ne podnyalas. router tozhe perezagruzilsya. kak ih zastavit pereregistrirovatsya?`),
    no(`shcho robyty, pislya zminy internet-provaidera v ofisi telefony ne reyestruyutsya. novyi zovnishniy IP, mabut treba dodaty kudys?`),
    no(`dvornik pererezal optiku 🤦 vse sip trunki down s 8 utra. kogda vosstanovyat - oni sami zaregayutsya ili nado chto-to delat?`),
    no(`akkaunt resellera zablokirovan za neuplatu, otsyuda 403 u vseh ego abonentov? on ne platil 2 mesyatsa`),
    no(`u nas vse telefony na UDP. posle zameny starogo routera na MikroTik perestali registrirovatsya, vidimo dst-nat pravila ne perenesli. kak na mikrotik probrosit?`),
    no(`REGISTER idet, a v otvet 401, 401, 401 po krugu. realm ne sovpadaet posle togo kak pomenyali domen na vos:
SIP/2.0 401 Unauthorized
WWW-Authenticate: Digest realm="vos.example.net", nonce="a81f..."
na telefone staryi domen propisan`),
    no(`Grandstream GXP ne registriruetsya, na displee "No network". PoE injector ne gorit voobshche`),
    no(`dobryi vecher, GoIP perestal registrirovatsya. vchera sbrosili na zavodskie, parol sip sletel. gde ego vzyat v vos?`),
    no(`trunk unregistered, na REGISTER 408 Request Timeout, provaider govorit u nih avariya na storone, zhdem`),
    no(`pryvit, mabut DNS: sip.provider.example ne rezolvytsya z servera, tomu trunk ne reyestruyetsya. nslookup daye timeout`),
    no(`posle perenosa servera na novyi IP vse softfony otvalilis - oni zhe na staryi 203.0.113.15 registriruyutsya. eto nado u kazhdogo vruchnuyu menyat?`),
    no(`telefon v priemnoi unregistered, okazalos uborshchitsa ego iz rozetki vytashchila 🙈 vklyuchili - ok`),
    no(`telefon registriruetsya, a rovno cherez chas pishet failed. provaider trebuet re-register kazhdye 120 sek, a u nas expires 3600 stoit. eto ono?`),
    no(`klient poluchaet 403 "IP not allowed" pri registratsii, on pereehal v drugoi ofis v pyatnitsu`),
    no(`zoiper na telefone klienta ne registriruetsya, 401. mozhet byt iz-za probela v kontse logina? on kopiroval iz pisma`),
    no(`segodnya nochyu istek sertifikat, telefony na TLS ne registriruyutsya: "handshake failure: certificate has expired". gde v vos ego menyat?`),
    no(`u resellera konchilsya balans i vos vyrubil akkaunty? telefony pishut 403 Forbidden, a vchera zvonili normalno`),
    no(`ves ofis seichas cherez 4G modem (optika lezhit), i telefony registriruyutsya cherez raz. UDP vezde. eto iz-za modema?`),
    no(`posle obnovleniya firmware Fanvil sbrosil adres sip servera na default, teper unregistered u 15 trubok. mozhno mass provisioning?`),
    no(`trunk ot 198.51.100.20 otvalilsya, okazalos provaider pomenyal port s 5060 na 5080 i nikogo ne predupredil`),
    no(`vchera pomenyali sip-paroli na gateways dlya bezopasnosti, 2 iz 10 ne podhvatili, do sih por 401 na nih`),
    no(`telefony byli unregistered, no v ofise prosto ne bylo interneta 2 chasa (provaider). seichas internet est, a troe vse eshche offline - restartovat ih?`),
  ],
  smallFigures: [
    no(`privet, ss -s pokazyvaet:
TCP:   412 (estab 37, closed 298, orphaned 0, timewait 291)
eto normalno dlya nashego servera? nagruzka malenkaya, 3-4 cps`),
    no(`chto takoe TIME_WAIT voobshche i pochemu ih tak mnogo v netstat? ploho eto?`),
    no(`SS_TCP_CLOSE_RESET chto delaet? v manuale odna stroka, ne ponyal`),
    no(`stoit li nam vklyuchat RST? zvonkov malo, okolo 5 cps, problem net`),
    no(`kakoi default ip_local_port_range na centos 6? i na 7 takoi zhe?`),
    no(`kak proverit skolko lokalnyh portov zanyato? netstat ili ss luchshe?`),
    no(`pryvit, pidkazhit bud laska, de v vos3000 lezhyt softswitch.conf i yak pereglyanuty potochni parametry?`),
    no(`netstat -an | grep TIME_WAIT | wc -l -> 143. normalno? server tihiy, noch`),
    no(`tcp_tw_reuse 0 ili 1 - chto luchshe voobshche? prosto dlya ponimaniya, nichego ne slomano`),
    no(`reparse vs restart mbx3000d - v chem raznica? ne hochu ronyat zvonki kogda menyayu konfig`),
    no(`health check: cpu 12%, load 0.4, timewait 80, estab 25. vse ok?`),
    no(`kak ponyat u nas SIP po TCP ili UDP idet? v vos gde eto smotret?`),
    no(`RST vs FIN v chem raznica dlya telefonov? chisto interesno`),
    no(`skolko TIME_WAIT nado chtoby nachalis problemy? u nas v chas pik max 600`),
    no(`dobryi den, gotovimsya k auditu: ss -tan state time-wait | wc -l = 57. vse verno schitaem?`),
    no(`SS_TCP_CLOSE_RESET seichas Off, kak po default. esli problem net - nado li chto-to menyat?`),
    no(`est komanda chtoby uvidet tekushchiy ip_local_port_range? sysctl -a | grep ... ?`),
    no(`chto znachit "orphaned" v vyvode ss -s?`),
    no(`shcho take TIME_WAIT i chomu vin trymaietsya 60 sekund?`),
    no(`a na UDP etot parametr RST voobshche vliyaet?`),
    no(`u nas 2 cps, 300 time_wait, v logah chisto. pereproveryaem pered sdachei proekta. nichego ne nado krutit?`),
    no(`gde pochitat pro tcp nastroiki dlya vos3000? razdel 4.3.5.2 est na russkom?`),
    no(`teoreticheski: kak RST vliyaet na TLS soedineniya? close_notify chto eto`),
    no(`posmotrel ss -s:
Total: 233
TCP:   187 (estab 42, closed 121, orphaned 0, timewait 119)
nado chto to delat?`),
    no(`kak sdelat chtoby sysctl sohranyalsya posle reboot na centos 6? /etc/sysctl.d tam ne chitaetsya ved?`),
    no(`vopros: tcp_fin_timeout vliyaet na TIME_WAIT ili net? vezde po-raznomu pishut`),
    no(`spasibo za vchera. eshche vopros - kak chasto nado smotret ss -s, kakoi monitoring porekomenduete?`),
  ],
  firewallNoRst: [
    no(`privet, nado otkryt 5060 tcp i udp na iptables dlya novogo klienta 198.51.100.44, kak pravilno chtoby ne otkryt vsem?`),
    no(`fail2ban zabanil nash sobstvennyi shlyuz 10.20.0.5, zvonki ne idut! kak razbanit i dobavit v ignoreip`),
    no(`na MikroTik kak vyklyuchit SIP ALG? /ip firewall service-port disable sip - tak? odnostoronnii zvuk u klienta`),
    no(`FortiGate blokiruet 5060 ot novogo provaidera, v logah "deny policy 0". kakuyu policy sdelat?`),
    no(`hotim zablokirovat vse strany krome UA, PL i KZ na vhod 5060. geoip na iptables kak luchshe sdelat?`),
    no(`port forwarding 5060 na routere sdelali, a snaruzhi vse ravno ne vidno, nmap pokazyvaet filtered`),
    no(`ASA: nado whitelistit provaidera 203.0.113.0/24 dlya SIP i RTP 10000-20000, podskazhite access-list`),
    no(`pfSense - kakie porty nado otkryt dlya vos3000 web i sip? spisok est gde-to?`),
    no(`shcho robyty, fail2ban banyt IP klienta kozhni 10 hvylyn, bo v nyogo nepravylnyi parol na odnomu telefoni i vin dolbyt`),
    no(`kto-to dobavil iptables -A INPUT -p udp --dport 5060 -j DROP i vse legli 🙈 ubrali, no hotim vosstanovit pravila iz backup, kak?`),
    no(`provaider trebuet chtoby my otkryli RTP 10000-60000 udp, eto ne opasno?`),
    no(`SIP ALG na fortigate vyklyuchit: config system settings -> set sip-expectation disable? ili default-voip-alg-mode kernel-helper-based?`),
    no(`nas skaniruyut sipvicious, po 1000 REGISTER v minutu s raznyh IP. kak zabanit massovo?`),
    no(`nado NAT 1:1 na cisco dlya vos servera 10.1.1.10 -> 203.0.113.50, podskazhite konfig pls`),
    no(`dmesg: nf_conntrack: table full, dropping packet. u nas mnogo RTP, kakoi nf_conntrack_max stavit?`),
    no(`posle vklyucheniya firewalld na centos 7 web portal vos ne otkryvaetsya. kak dobavit port 80 permanent?`),
    no(`whitelist v vos3000 dlya gateway - eto gde, v mapping gateway ili v sistemnyh nastroikah?`),
    no(`geo-blocking na FortiGate pomog, atak stalo menshe. teper hotim eshche rate limit na REGISTER, kak?`),
    no(`audit prosit obyasnit chto otbrasyvaet pravilo "-m state --state INVALID -j DROP" u nas v iptables. problem net, nuzhno dlya dokumenta`),
    no(`ufw allow 5060/tcp sdelal, a klient vse ravno ne mozhet podklyuchitsya po TCP - u nego na storone firewall blokiruet ishodyashchiy 5060`),
    no(`pidkazhit yak na MikroTik probrosyty 5060 i 10000-20000 na vnutrishniy 192.168.88.10`),
    no(`SBC u klienta rezhet nashi vyzovy, 403 ot SBC - nas net v ih ACL. kak im obyasnit?`),
    no(`klient ne mozhet zaiti na web vos iz doma, IP dinamicheskiy, a u nas whitelist. kak luchshe - VPN?`),
    no(`nado zakryt 3306 mysql snaruzhi, seichas otkryt vsem. pomogite s pravilom iptables`),
    no(`fail2ban jail dlya vos3000 kto-to delal? kakoi filter na log pisat?`),
    no(`posle zameny routera na pfSense odnostoronnii zvuk. outbound NAT static port nado vklyuchit?`),
    no(`zvonki s 198.51.100.0/24 ne prohodili, na iptables bylo pravilo REJECT na vsyu podset s proshlogo goda. udalil - poshli. kak teper zashchititsya normalno?`),
  ],
  negationContext: [
    no(`telefony otvalilis posle smeny parolya, RST my ne trogali, SS_TCP_CLOSE_RESET Off kak i byl`),
    no(`u nas tolko UDP, tak chto etot TCP reset k nam ne otnositsya? telefony za NAT registriruyutsya normalno`),
    no(`problemu s TIME_WAIT reshili na proshloi nedele, seichas vse stabilno, prosto otchityvayus. spasibo!`),
    no(`rasskazhu istoriyu: v 2021 u nas bylo 30k TIME_WAIT i zvonki padali v pik, vklyuchili RST i vse ok. seichas voprosov net, prosto dlya konteksta novomu kollege`),
    no(`eto ne u nas - u partnera server lezhit, u nih FortiGate kak oni govoryat rezhet RST. my k nim dostupa ne imeem, chem-to mozhem pomoch?`),
    no(`trenirovka dlya novyh inzhenerov: predstavim chto v chas pik "cannot assign requested address". kakie shagi? eto uchebnyi keis, ne prod`),
    no(`planiruem v sleduyushchem kvartale podnyat do 300 cps, dumaem zaranee vklyuchit RST. seichas vse rabotaet, prosto plan`),
    no(`nikto nichego ne menyal, RST vyklyuchen, firewall tot zhe, a odin klient zhaluetsya na kachestvo zvuka - eho`),
    no(`TIME_WAIT 900 v pik pri 40 cps, kak ya ponyal eto norma, nichego ne delaem da?`),
    no(`vchera byla avariya s registraciyami, okazalos internet u provaidera, ne RST. zakryvaem tiket`),
    no(`pryvit. kolega kazhe shcho treba vvimknuty RST, ale v nas usi telefony na UDP i problem nemaye. chy ye sens?`),
    no(`u druga v drugoi kompanii mikrotik i telefony otvalivayutsya, on dumaet RST. no u nego voobshche ne vos, a asterisk`),
    no(`my otklyuchili RST mesyats nazad posle problem s NAT, s teh por vse rabotaet. hochu podtverdit chto ostavlyat Off`),
    no(`v lab stende special'no postavili SS_TCP_CLOSE_RESET=On chtoby posmotret kak pfSense reagiruet. eksperiment, prod ne trogaem`),
    no(`eto tochno ne port exhaustion - ss -s pokazyvaet 150 timewait, a "Address already in use" eto nginx pri reload ruganulsya`),
    no(`obyasnite pozhaluista dlya otcheta rukovodstvu pochemu RST ranshe lomal nam NAT telefony. seichas vse ispravleno`),
    no(`zhaloby ot klientov byli v pyatnitsu, no eto byl DDoS na provaidera, ne nash server. FYI`),
    no(`kogda perevedem telefony na TLS, RST nado budet vyklyuchit? poka vse na UDP, tak chto ne srochno`),
    no(`gipoteticheski: esli vklyuchit reset, a u klienta ASA, chto budet? takogo klienta poka net`),
    no(`telefony unregistered segodnya - no eto potomu chto v 9 utra byla planovaya zamena parolei, my sami razoslali novye. prosto preduprezhdayu`),
    no(`sorry lozhnaya trevoga, 25000 TIME_WAIT bylo na test servere pod sipp, tam tak i dolzhno. prod normalnyi`),
    no(`my ne menyali RST, ne menyali firewall, voobshche nichego - provaider poteryal marshrut na 2 chasa. seichas vse rabotaet`),
    no(`kogda-to na staroi rabote u menya FortiGate rezal RST i zvonki viseli. seichas drugaya kompaniya, vopros iz lyubopytstva - eto do sih por tak?`),
    no(`dyakuyu, vse zapratsyuvalo pislya togo yak vy vchora vymknuly RST. tiket mozhna zakryvaty`),
    no(`v nashem runbook napisano "pri TIME_WAIT > 20000 vklyuchit RST". seichas 1200. pravilno ponimayu, nichego ne trogaem?`),
    no(`na kursah sprosili: pochemu RST ploho dlya NAT? ya ne smog otvetit 😅 obyasnite plz`),
    no(`ne bespokoites, "address already in use" byl potomu chto ya dvazhdy zapustil svoi skript. softswitch ni pri chem`),
  ],
  portExhaustion: [
    pe(`privet, v chas pik zvonki ne prohodyat, ss -s:
TCP:   31244 (estab 812, closed 30102, orphaned 3, timewait 30087)
nochyu vse ok. chto delat?`),
    pe(`pomogite srochno, vos ne mozhet otkryt novye tcp soedineniya k shlyuzam, v logah "connect: Cannot assign requested address". nagruzka 180 cps`),
    pe(`netstat -an | grep -c TIME_WAIT = 28416 i rastet. zvonki padayut kazhdyi vecher s 19 do 22`),
    pe(`shcho robyty, u pikovi hodyny vos3000 ne vidkryvaye vyhidni TCP zyednannya, TIME_WAIT 29 tysyach`),
    pe(`kak tolko cps perevalivaet za 150, softswitch pishet bind: Address already in use na ishodyashchih, a dnem pri 50 cps chisto`),
    pe(`vse porty zanyaty naverno? ip_local_port_range 32768 61000, i kogda trafik idet pochti vse v time_wait. novye vyzovy ne idut`),
    pe(`log mbx:
2024-03-12 20:14:07 ERROR tcp connect to 10.10.2.15:5060 failed: errno 99 (Cannot assign requested address)
2024-03-12 20:14:07 ERROR tcp connect to 10.10.2.16:5060 failed: errno 99 (Cannot assign requested address)
i tak tysyachi strok v pik. pomogite`),
    pe(`vecherom posle 18 u klientov 503 i zvonki ne idut, a utrom vse norm. posmotrel ss - tam 27 tys timewait. eto svyazano?`),
    pe(`dobryi den, reseller zhaluetsya - v pik ASR padaet do 20%. na servere ss -tan state time-wait | wc -l pokazyvaet 30112`),
    pe(`ne mozhem sozdat novye TCP konnekty v peak, kak budto porty konchilis. SIP over TCP k 6 operatoram, noch ok`),
    pe(`posle podklyucheniya novogo klienta na 200 cps nachalis oshibki "cannot bind" pri ishodyashchih TCP, ranshe takogo ne bylo`),
    pe(`TW 25-30k postoyanno v pik, port range default, tcp_tw_reuse 0. zvonki rvutsya. chto krutit?`),
    pe(`kazhdyi den s 20:00 do 23:00 novye vyzovy po tcp otvalivayutsya s timeout. cpu 40%, pamyat ok, noch i utro chisto. netstat pokazyvaet okolo 28000 TIME_WAIT`),
    pe(`pryvit! pid navantazhennyam "Address already in use" v lohah softswitcha pry vyhidnyh dzvinkah, 250 cps. vnochi vse normalno`),
    pe(`ss -s
Total: 32891 (kernel 0)
TCP:   32540 (estab 1204, closed 31180, orphaned 12, synrecv 0, timewait 31166/0), ports 0
eto problema? zvonki v etot moment sypyatsya`),
    pe(`softswitch na centos 6, ss netu. netstat pokazyvaet ~29k TIME_WAIT v pik, zvonki ne ustanavlivayutsya. ne rabotaet nichego`),
    pe(`k operatoru ne mozhem pozvonit v chas pik, SIP TCP, v logah "connect() failed: EADDRNOTAVAIL". v obed tozhe byvaet, no rezhe`),
    pe(`klient generit 300 cps korotkih zvonkov (avtodozvon), i kazhdyi raz server zadyhaetsya: novye soedineniya ne sozdayutsya, "address already in use"`),
    pe(`uzhe 3 den: pik -> zvonki failed, ss pokazyvaet tysyachi i tysyachi closed/timewait. vecherom gasim trafik rukami, tak zhit nelzya`),
    pe(`vopros srochnyi: lokalnye porty zakonchilis na vos hoste? 28k v TIME-WAIT, ishodyashchie tcp k gateway ne sozdayutsya`),
    pe(`pishu s telefona sorry: pik, vse padaet, timewait 30k+, pomogite`),
    pe(`Dobryi vecher. S 19:00 zvonki po TCP trunku k 198.51.100.7 ne prohodyat, v loge "Cannot assign requested address". Nochyu idut. Timewait ~27k.`),
    pe(`na grafike v zabbix tcp time_wait rastet do 30000 kazhdyi vecher i rovno togda padaet ASR. korrelyaciya 100%`),
    pe(`cps 220 v pik, i cherez 5-10 minut nagruzki softswitch perestaet konnektitsya po tcp k terminatoram. potom sam othodit kogda trafik spadaet`),
    pe(`pohozhe ephemeral ports exhausted. /proc/sys/net/ipv4/ip_local_port_range = 32768 60999, timewait 28k. kak bezopasno rasshirit?`),
    pe(`shcho za bida: vden vse ok, a z 18 do 22 "cannot assign requested address" na kozhnomu druhomu dzvinku. TIME_WAIT pid 30000`),
    pe(`v pik ustanavlivaetsya tolko chast vyzovov, ostalnye sryvayutsya srazu, dazhe bez 100 Trying.
netstat -ant | awk '{print $6}' | sort | uniq -c
  28877 TIME_WAIT
    943 ESTABLISHED
     12 LISTEN`),
    pe(`nu vot opyat: 21:00, massovye sboi ishodyashchih tcp, porty konchilis. v proshlyi raz restart pomog na chas`),
    pe(`vos3000 shlet INVITE po TCP, pri 180+ cps nachinaetsya "bind failed: Address already in use" dlya novyh soedinenii, pri 60 cps net. server odin, klientov mnogo`),
    pe(`zdraste. pri bolshom trafike novye tcp sessii ne otkryvayutsya, tysyachi soketov visyat v TIME_WAIT (poschital - 29 500), i eto tolko vecherom`),
  ],
  natUnregistered: [
    nat(`privet, vchera vklyuchili SS_TCP_CLOSE_RESET=On iz-za timewait, a segodnya vse telefony za mikrotikom unregistered. sip tcp`),
    nat(`posle togo kak postavili RST mode, softfony u udalennyh sotrudnikov (doma za routerami) postoyanno teryayut registraciyu. transport TCP`),
    nat(`shcho robyty: pislya vvimknennya TCP reset na vos3000 telefony za NAT v ofisi klienta ne reyestruyutsya`),
    nat(`Yealink za NAT (ofis, 192.168.1.0/24) kazhdye 5-10 min pokazyvayut "Registration failed" s teh por kak pomenyali SS_TCP_CLOSE_RESET na On. transport TCP`),
    nat(`gateway za MikroTik otvalivaetsya s registracii. nachalos srazu posle reparse s RST=On, do etogo mesyac bez problem`),
    nat(`na proshloi nedele vklyuchili rezhim RST protiv TIME_WAIT, TIME_WAIT ushel, no teper domashnie abonenty za NAT v spiske registracii offline`),
    nat(`klient zhaluetsya: Zoiper po TCP kazhdye neskolko minut "not registered", on doma za obychnym routerom. u nas nedavno vklyuchen close reset`),
    nat(`srochno: 40 telefonov za NAT u odnogo resellera unregistered. edinstvennoe izmenenie - vchera SS_TCP_CLOSE_RESET="On" v softswitch.conf i service mbx3000d reparse`),
    nat(`posle vklyucheniya RST vse kto za NAT otpali, a te u kogo publichnyi IP rabotayut. sip over tcp`),
    nat(`pryvit, reyestratsii telefoniv za routerom TP-Link postiino zlitaiut pislya togo yak my zminyly rezhym zakryttya TCP na reset`),
    nat(`vot log:
REGISTER sip:vos.example.net;transport=tcp from 192.168.0.23 via 203.0.113.80:51122 -> 200 OK
...
registration expired for 1042@203.0.113.80
i tak po vsem kto za NAT. RST vklyuchili 2 dnya nazad`),
    nat(`kak postavili On v SS_TCP_CLOSE_RESET, ofisnye telefony za NAT-om "migayut" - to registered to net. vse po TCP`),
    nat(`dobryi den, posle nashego tyuninga (RST + tcp_tw_reuse) GXP za ofisnym NAT u klienta ne mogut uderzhat registraciyu. UDP telefony ok, TCP net`),
    nat(`MikroTik, masquerade, telefony na TCP. posle smeny reset rezhima na vos telefony unregistered cherez paru minut posle registracii`),
    nat(`vopros: mozhet li reset tcp na softswitche ubivat NAT binding na routerah klientov? s ponedelnika (kogda vklyuchili) NAT-abonenty teryayut registraciyu`),
    nat(`u klienta v hotele vse trubki cherez NAT hotela, s vchera unregistered. my vchera vklyuchili RST na vos, tcp transport. sovpadenie?`),
    nat(`shlyuzy GoIP za NAT u resellerov perestali derzhat registraciyu po TCP, vse posle togo kak admin vklyuchil SS_TCP_CLOSE_RESET. otkatyvat?`),
    nat(`v web vos3000 polovina telefonov offline. vse offline - za NAT, vse online - s belymi IP. RST On s 12.03, sip po tcp`),
    nat(`MicroSIP po TCP: "Registration failed: 408" cherez 2-3 minuty posle uspeshnoi. za domashnim NAT. na servere RST mode vklyuchen nedavno`),
    nat(`abonenty za NAT vidvalyuyutsya, vse pochalos pislya togo yak kolega postavyv SS_TCP_CLOSE_RESET na On. TCP. ne pratsyuye nichogo z rana`),
    nat(`posle vklyucheniya tcp reset na softswitche filialy (kazhdyi za svoim routerom) teryayut registraciyu telefonov. glavnyi ofis s publichnymi adresami ok`),
    nat(`obnovili softswitch.conf: SS_TCP_CLOSE_RESET=On (staryi format bez kavychek), reparse. s teh por sip tcp telefony za NAT ne registriruyutsya nikak`),
    nat(`srochno pomogite, vchera vecherom vklyuchili RST, utrom 200+ abonentov za NAT unregistered. tcp`),
    nat(`Fanvil za NAT na TCP: registriruetsya, cherez minutu otvalivaetsya. do RST vse bylo stabilno mesyatsami`),
    nat(`reseller pishet chto ego klienty (vse za NAT routerami, sip tcp) massovo otvalilis. proverili - RST On stoit s proshlogo vtornika, kogda boroli timewait`),
    nat(`posle togo kak postavili "On" v close reset telefony Polycom za NAT ne vidny online, hotya internet u nih est. TCP 5060`),
    nat(`pochemu posle RST rezhima nat-nutye telefony teryayut registraciyu? MikroTik u vseh klientov, TCP. pomogite vernut kak bylo`),
    nat(`vklyuchili On chtoby ubrat TIME_WAIT, teper ofis za NAT ves "unreg", a telefony s publichnym IP v poryadke. transport tcp`),
    nat(`dyakuyu za dopomogu z timewait, ale teper nova problema: pislya RST telefony za NAT ne trymayut reyestratsiyu (TCP)`),
    nat(`abonenty za CGNAT mobilnogo operatora (softfon po TCP) otvalivayutsya s momenta vklyucheniya RST rezhima na softswitche`),
  ],
  firewallRst: [
    fw(`posle vklyucheniya SS_TCP_CLOSE_RESET zvonki cherez FortiGate visyat i ne zakryvayutsya, v forti logah dropy RST paketov`),
    fw(`privet, vklyuchili RST, teper zvonki cherez ASA k operatoru padayut. na ASA: "Deny TCP (no connection) from 10.1.1.10/5060 to 198.51.100.5/42311 flags RST on interface outside"`),
    fw(`iptables u nas "-m state --state INVALID -j DROP", i posle RST rezhima zvonki visyat posle BYE. sovpadenie?`),
    fw(`shcho robyty: pislya vvimknennya RST dzvinky cherez pfSense ne zavershuyutsya, pfSense blokuye RST pakety`),
    fw(`sbc pered vos rezhet RST, posle RST mode zvonki ne prohodyat. kak byt?`),
    fw(`conntrack schitaet RST invalid i droppaet: v tcpdump RST uhodit, a do shlyuza ne dohodit. nachalos kogda vklyuchili SS_TCP_CLOSE_RESET=On`),
    fw(`posle reparse s RST=On cherez FortiGate ne prohodyat novye vyzovy k terminatoru, staryi TCP seans tak i visit v sessiyah forti`),
    fw(`log pfSense:
Mar 14 21:03:11 filterlog: block in on em0 TCP:R 10.0.0.5:5060 -> 192.0.2.10:39012
takih tysyachi posle togo kak my v vos vklyuchili reset. zvonki rvutsya`),
    fw(`cherez stateful firewall zvonki visyat, ne zakryvayutsya (billing schitaet po 2 chasa) - s teh por kak RST mode vklyuchen`),
    fw(`ASA dropaet nashi RST (v show asp drop rastet tcp-not-syn), posle etogo zvonki po TCP ne prohodyat. RST vklyuchali iz-za timewait`),
    fw(`zvonki failed s momenta vklyucheniya tcp reset, firewall (Cisco ASA) schitaet eti pakety out-of-state i rezhet`),
    fw(`pryvit. fortigate u partnera rizhe RST vid nashogo vos, dzvinky ne prohodyat vzhe 2 dni, same pislya togo yak my vvimknuly RST`),
    fw(`posle RST mode polovina zvonkov cherez pfsense cherez 30 sek obryvaetsya, v logah firewall blok paketov s flagom R`),
    fw(`kak tolko vklyuchili close reset, zvonki k provaideru za iptables shlyuzom nachali zavisat. v dmesg "IPT INVALID: IN=eth0 ... RST"`),
    fw(`srochno: zvonki ne prohodyat cherez nash FortiGate posle vklyucheniya SS_TCP_CLOSE_RESET, forti ne propuskaet RST, sessii ostayutsya`),
    fw(`tcpdump na servere: RST my otpravlyaem, na drugoi storone za firewall ego net - kto-to rezhet. vse nachalos posle izmeneniya rezhima zakrytiya TCP na reset. zvonki padayut`),
    fw(`vchera vklyuchili RST i teper na SBC AudioCodes "TCP connection in invalid state", RST otbrasyvaet, vyzovy ne ustanavlivayutsya`),
    fw(`posle RST zvonki visyat - BYE ne dohodit. nash stateful firewall rezhet RST i sessiya zavisaet?`),
    fw(`iptables -L -v: schetchik na "-m conntrack --ctstate INVALID -j DROP" bystro rastet s teh por kak RST vklyuchen. i zvonki s problemami`),
    fw(`pfSense + vos3000, SIP TCP. posle tyuninga (RST On) pfSense dropaet RST, vyzovy ne zakryvayutsya i kanaly zabity`),
    fw(`Dobryi den. Operator zhaluetsya chto nashi zvonki ne zavershayutsya korrektno, u nih ASA i oni vidyat "TCP RST dropped". my vklyuchili RST na proshloi nedele`),
    fw(`shcho robyty, FortiGate v chas pik skydaye RST vid softswitcha i chastyna dzvinkiv zavysaye. RST vvimkneno ostannii tyzhden`),
    fw(`posle SS_TCP_CLOSE_RESET=On u nas v firewall polno "tcp flags invalid" dropov i zvonki failed`),
    fw(`mezhdu vos i shlyuzom stoit iptables NAT box, posle RST mode vyzovy idut cherez raz. kernel log: "nf_ct_tcp: invalid RST"`),
    fw(`zvonki rvutsya ili ne zakryvayutsya posle togo kak vklyuchili reset. firewall u nas Juniper SRX stateful, on dropaet RST bez sessii`),
    fw(`hotel otchitatsya: RST vklyuchili, timewait upal, NO teper zvonki cherez ASA visyat. ASA rezhet RST 😩`),
    fw(`RST mode vklyuchen -> kanaly ne osvobozhdayutsya, v VOS aktivnye vyzovy kotoryh uzhe net. mezhdu nami i klientom FortiGate, on droppaet RST`),
    fw(`v tcpdump na storone shlyuza RST net voobshche, a s nashei storony est. posredine pfSense. problema s momenta vklyucheniya SS_TCP_CLOSE_RESET`),
    fw(`sdelali RST po vashemu sovetu, teper zvonki k operatoru 198.51.100.30 ne prohodyat - ih firewall otbrasyvaet RST, sessiya zavisaet`),
    fw(`posle vklyucheniya resetov na vos3000 na ASA vyros asp-drop po tcp RST i kazhdyi 3-i zvonok failed`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning98Set: readonly EvalItem[] = Object.values(tuning98Families).flat();
