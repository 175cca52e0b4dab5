import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, NOC staff, technicians and resellers in Angola, Mozambique and the two Congos, writing on
 * WhatsApp in Kimbundu (Luanda, Malanje), Umbundu (Huambo, Benguela, Bié), Kikongo (Kituba and Munukutuba in
 * Kinshasa, Matadi, Brazzaville and Pointe-Noire, Angolan Kikongo in Soyo, Uíge and Mbanza Kongo), Tshiluba
 * (Kasai, Lubumbashi, Kinshasa) and Emakhuwa (Nampula, Nacala, Pemba), about a fifth each, all in Latin
 * script with loose spelling and few diacritics, code-switching with Portuguese or French and English
 * technical words: greetings of the culture, local words for thousand (ohulukayi, mafunda, binunu), clock
 * times, and pasted ss, netstat, sysctl, iptables, FortiGate, ASA, pfSense, Check Point and catalina lines.
 *
 * The hundred-and-thirty-fourth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the hundred-and-thirty-fourth never-tuned set, before the fifty-third round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured
 * as such before and after the fifty-third and the fifty-fourth rounds and the changes after them, then made
 * tuning material for the fifty-fifth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 88.9 %, negatives confident 11.1 %, confident wrong 0 % with the
 * rules of the fifty-second round and the changes after it, before the fifty-third.
 * After the fifty-third round: in scope 88.9 %, negatives confident 10.4 %, confident wrong 0 %.
 * After the fifty-fourth round: the same.
 * After the changes that followed it (RST named beside "off", and more of the other causes, in a message read
 * little): the same.
 */
export const tuning134Families = {
  oneListeningPort: [
    no(`Kiambote mano. O portal web do VOS3000 kana kuzangula lelu ku 07h40. catalina.out:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
Ngadibanza kuma tomcat wa kulu hanji uala mu 8080. Ki ngiijiya kiebhi ku mu jiba. Tukwatekese.`),
    no(`Walale po. Ame ndi kasi lo mysql ya VOS kocipito 3306: "[ERROR] Can't start server: Bind on TCP/IP port: Address already in use" kuenda "Do you already have another mysqld server running on port: 3306 ?". Hati mysqld yikuavo ya kale ka ya pwile ko. Ndakuilikaa, ndi linga ndati?`),
    no(`Mbote na beno. Nginx ya site ya facturation ke bandaka ve: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). Apache mpi kele na port 80 yango mosi. Nki mono fwete sala? Ce n'est pas le VOS, kaka serveur web.`),
    no(`Moyo wenu bana betu. Ndi ngenza dev pa laptop wanyi, "npm run dev" udi wamba: Error: listen EADDRINUSE: address already in use :::3000. Anu port umwe 3000. Tshiena mumanye process udi muikale nende. C'est pour le petit dashboard des CDR, nuambuluishe.`),
    no(`Salama axinna. Container docker wa freeswitch khonikhala, docker onloca "Error starting userland proxy: listen tcp4 0.0.0.0:5060: bind: address already in use". Masi VOS3000 ori va server yeyo ni 5060. Nkinsuwela wiira kinnaphavela omudar a porta ya container.`),
    no(`Ngana engenheiro, tuala ni server wa SIP wa kaiadi (kamailio) mu host ya VOS. Kamailio kana kutunda: "ERROR: bind(5060) failed: Address already in use". Mbala o mbx3000d wa kiá mu 5060. Tu banga kiebhi pala kamailio ku kala mu 5070?`),
    no(`Wakolapo? Olelo ekumbi lio 14h, VOS3000 web manager ka yi tunda ko. netstat -tlnp | grep :80
tcp 0 0 0.0.0.0:80 0.0.0.0:* LISTEN 2231/httpd
Omunu umue wa linga "yum install httpd" kuenda httpd wa kwata ocipito ca portal. Ndi yi tundisa ndati?`),
    no(`Mbote tata. Mono ke sala UAT na Soyo. Asterisk de teste não arranca: "Unable to bind UDP socket to 0.0.0.0:5060: Address already in use". Kaka port yimosi, na lab, ke bantu mingi ve. Nzolele kuzaba keti mbote mu soba yo na 5080.`),
    no(`Bimpe bana. Makelela butuku redis wa billing kakuena mubange: "Could not create server TCP listening socket *:6379: bind: Address already in use". Tudi tumone ne redis-server mukuabu udi wenza kale pa 6379 (systemd ne init script). Bua tshinyi bibidi? 😅`),
    no(`Mwaaxeleliwa? sshd ya server nova ya Nacala khanikhala nuumala omudar Port 22 para 2222: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." Ohiyu wothene kaapaka tentativa. Nyuwo mwaasuwela uhu?`),
    no(`Kiambote. node_exporter mu server ya VOS kana kuzangula: "listen tcp :9100: bind: address already in use". Ngabhanga kiá restart ya serviço, maji kima kiki kiala hanji. Kima kia monitoring kiofele, maji ngi mesena ku kijiya.`),
    no(`Ndakuilikaa mukwetu: tomcat ya VOS3000 web wa fa, log: "java.net.BindException: Address already in use (Bind failed)" ko 8443. Ocipito cimue lika. Ndasima tua vaka Connector vivali ya SSL ko server.xml kocipito cimue.`),
    no(`Mbote. Na serveur ya Pointe-Noire, freeradius ke bandaka ve: "Failed binding to auth address * port 1812 bound to server default: Address already in use". Mono me tala ps, freeradius zole ke tambula. Beto katula mosi?`),
    no(`Moyo. Ndi mukuatshi wa reseller ku Mbuji-Mayi. Pa Windows server wetu, softphone server wa test udi wamba "SIP port 5060 is already in use by another application". Skype anyi program mukuabu? Anu port 5060 umwe, kakuena bualu bukuabu.`),
    no(`Hiyo nri NOC ya Pemba. Pgbouncer khaninrumeela: "ERROR listen: Address already in use" va 6432. Ti programa nimoha pahi ni porta emoha, chamadas zothe salama. Kinnaphavela osuwela process ori ni 6432.`),
    no(`Ngana, o mbx3000d wa kala kiambote, maji depois ya reboot log ya gatekeeper uzuela "bind 0.0.0.0:1719 failed, Address already in use". Mukua wa gnugk wa kulu wala mu porta yiyi. Ki ngi mesena ku mu jiba se ki ngiijiya ihi kiala.`),
    no(`Walale. Ame nda tumbika grafana ku server ya monitoring: "http: server error" listen tcp 0.0.0.0:3000: bind: address already in use. Grafana yikuavo ya docker yi kasi vali. Ci kasi ndati?`),
    no(`Mbote na nge. Mono ke sala docker compose ya lab (ce n'est pas prod). Postgres ke mata ve: "Bind for 0.0.0.0:5432 failed: port is already allocated". Postgres ya host mpi kele. Sadisa beto kaka na config ya ports.`),
    no(`Bana betu, nudi bimpe? "php artisan serve" udi wamba "Failed to listen on 127.0.0.1:8000 (reason: Address already in use)". Meme ndi wa mudimu wa website wa reseller, tshiena wa VoIP. Tshinyi tshindi mua kuenza?`),
    no(`Salama. Olelo saa 9h30 HAProxy ya VOS web khaninrumeela: "Starting frontend web: cannot bind socket [0.0.0.0:443]". Nginx aarivo va 443. Ti porta emoha pahi. Mwaakhavihere, koxukhuru.`),
    no(`Kiambote ngana. Coturn ya WebRTC kana kutunda: "Cannot bind TCP/TLS listener socket to addr 0.0.0.0:3478 : Address already in use". Twa reinicia server lwa kaiadi, ua kala hanji. Ihi ngi banga?`),
    no(`Mukwetu, VOS3000 data server ka yi tunda ko, log yi popia "SocketException: Address already in use: bind". Ame nda sanga mysql ya kale ya XAMPP yi kwata ocipito 3306. Ndi yi tundisa?`),
    no(`Mbote. Bubu na nsuka, application ya Java ya bulletin ke pesa "java.net.BindException: Address already in use: JVM_Bind" ntangu yo ke banda na port 9090. Kaka na startup, ke na ntangu ya ba appels ve. Yo kele diambu ya port mosi.`),
    no(`Moyo. Lelu dinda, Zabbix agent udi ufua: "listener failed: bind() for [[-]:10050] failed with error 98: Address already in use." Tudi ne agent wa kale ne agent2 pamue. Anu port wa 10050. Twasakidila.`),
    no(`Mwaahalakaka? Anamiixuttiha a formação anapaka lab ya Asterisk: "chan_sip: Unable to bind to 0.0.0.0:5060 -- Address already in use" nto PJSIP aarivo 5060. Anamiixuttiha anceene aakhalana problema yeyo. Porta emoha pahi.`),
    no(`Mano, o reseller wa Cacuaco uzuela kuma "web portal ya VOS kana kuzangula". Ngasange mu catalina: "Address already in use :8080", mukonda JBoss wa clinica uala mu server yoyo. Server imoxi, app jiiadi, porta imoxi.`),
    no(`Ndakuilikaa: rsyslog ka yi tambula logs ko, "imudp: could not create UDP listener ... port 514: Address already in use". Syslog-ng yi kasi kocipito caco. Ocipito cimue lika, ka ci kasi ekalo lio VoIP ko.`),
  ],
  otherRegistrationCause: [
    no(`Mbote. Bubu na nsuka, ba phones 40 ya bureau ya Brazza ke "unregistered". Beto me soba password ya domaine mazono na mpimpa, kansi beto me soba yo ve na ba Yealink. "403 Forbidden" na log. C'est nous qui avons oublié, non?`),
    no(`Moyo bana. Phones ya Kananga bidi unregistered kuanzila makelela. Internet wa Vodacom udi mufue bua cable mukose ku Tshikapa. Tudi tuindila technicien wa Vodacom, kakuena tshintu tshia server.`),
    no(`Salama. Kiosque ya Ribáuè: telefone ya recepção khiyaakhala registada. Miyo kaaphiya kaawehaka: nkahiyo corrente, no-break yoomala, telefone yoohiya. Kinnaphavela osuwela wiira yeyo pahi.`),
    no(`Kiambote. Conta SIP ya lojinha ya Viana kana kuregista, "401 Unauthorized" kizuwa kioso. O mukua wa loja watekela password mu teclado ya phone, ngamona kuma watekela "O" mu lugar ya "0". Ngi mu longa kiebhi?`),
    no(`Wakolapo. Olofoni via Lobito via fetika oku soneha "No service" tunde eci tua lingula IP ya server (IP ya nova 41.x). Ka tua nyula provisioning ko, vi kasi vali oku sanda IP ya kale. Tu vi provisione vali?`),
    no(`Mbote. Em Mbanza Kongo, ba telefones ke unregistered bilumbu tatu. O domínio sip.nossaempresa.ao expirou, DNS ke zaba kisika ve. A culpa é nossa, beto me vila kufuta domínio. Como renovar rápido?`),
    no(`Moyo. Licence ya VOS3000 ya client wetu wa Lubumbashi idi mijike lelu, ne bantu bonso kabena mua kuregistrer. Console udi wamba "license expired". Nudi mua kutuambuluisha bua kuyipingaja?`),
    no(`Mwaaxeleliwa. Hiyo nri reseller ya Nampula. ISP aatthokorora router, vano phones zothe (UDP pahi, hiyo khaninrumeela TCP) khaziri registadas. Router nova ehikhala ni port forward ya 5060 UDP?`),
    no(`Ngana, o cliente wa Kilamba uzuela kuma telefone ya mwene ujimba registo. Ngabhanga ping: kana. O mukua wa obra wabatula cabo ya rede mu parede. Kima kia cabo, maji o patrão uzuela "é o VOS". Kiebhi ngu mu longa?`),
    no(`Ndakuilikaa, ame ndi kuete conta ya prepaid ya fina (expired). Omanu vakuetu ka va regista ko, "403 account expired" ko VOS. Ka tua linga ocimue ko ku server. Yi lingula ndati?`),
    no(`Matondo mingi na lusadisu ya mazono. Diambu ya sika: bubu ba phones ya agence ya Matadi ke na "Registration failed 408 timeout". Beto me zaba ke VPN ya mitaneti me kufwa sambu certificat me mana. Yo kele diambu ya VPN kaka.`),
    no(`Bimpe. Client udi wamba "phones unregistered". Meme ndi mutangile: bakashintulula DNS name wa server (sip.ancien.cd → voip.nouveau.cd), kadi phones bidi bitshidi bianyisha ancien. Mushindu kayi wa kushintulula bionso pa provisioning?`),
    no(`Koxukhuru amigo. Telefones 12 ya loja ya Nacala Porto khaziri registadas tiyo gerente aatthikela password ya Wi-Fi. Phones khaniikhala vano rede. Ekomando ya ovaha Wi-Fi nova ni provisioning?`),
    no(`Kiambote. Ngazuela ni Unitel: link ya fibra ya Talatona uala mufu kuyanda 6h. Telefone joso (UDP) ji unregistered. Ngi mesena ku tuma mensagem ku clientes. Ngasakidila.`),
    no(`Walale. Ame nda tumbika template ya provisioning ya nova: "auth_user" ya kala ndatiti. Olofoni 60 via pinga registo noke ya reboot. Nda pitisa, ndi vi tumbika vali ndati?`),
    no(`Mbote. Phone ya directeur ke registrer ve. Mono me tala: yandi kele na extension 2045 ya mosi na ya secretaire, bo zole ke lwata account mosi. "Registration replaced" na log. Kaka diambu ya config.`),
    no(`Moyo. Operator wa Mbuji-Mayi udi ne phones bia bungi unregistered ne VOS udi wamba "Too many failed registrations - IP blocked". Bualu: bakatua password mubi pa softphone wa muntu umwe, ne IP wa biro mujike. Tudi ne UDP anu.`),
    no(`Salama. Olelo ohiyu saa 22h00, telefones zothe za Montepuez offline porque torre ya Movitel yaahiiye. Atthu khaniikhala registo mpakha vano. Nkahiyo nthowa ya server.`),
    no(`Ngana, o cliente wa Benfica wa mudika IP publica (ISP wa mu bhana IP ya nova ya estática), o VOS uala ni whitelist ya IP ya kulu mu gateway ya mapping. Telefone ji kana kuregista. Ngi mudika IP mu mapping?`),
    no(`Ndakuilikaa: olofoni via Kuito ka vi regista ko tunde eci ISP ya tumbika CGNAT. Pole olofoni vietu vi kasi lo UDP lika, ka tu kuete TCP ko. Keepalive ya UDP yi kasi 120s. Ndi yi tepulula?`),
    no(`Malembe tata. Telefones 8 ya mesa ya cobrança ya Uíge ke "unregistered" sambu switch PoE yina me kufwa (queimou). Ke diambu ya VOS ve. Switch ya mpa beto ke sumba.`),
    no(`Tuasakidila. Kampuni wa Kinshasa Gombe: softphones (Zoiper) bia bantu 15 kabiyi ne registration kunyima kua kushintulula domain wa SIP, SRV record mubi (_sip._udp udi ulonda port 5066 mubi). Bualu bua DNS anu.`),
    no(`Mwaahalakaka. Cliente ya Ilha de Moçambique oorumiiha mensagem: phone eyo "Reg Failed". Miyo kaawehaka: saldo ya conta yoomala (crédito zero) ni VOS onnakhoottiha conta. Ti musurukhu pahi.`),
    no(`Kiambote mano. Depois do upgrade ya firmware, Grandstream 30 ya Cazenga ja mudika transport ku TLS mu ji-sabhu ni porta 5061 kana yazukuka mu VOS. Ki ngi mesena TLS. Kiebhi ku ji vutula ku UDP?`),
    no(`Wakolapo. Ame ndi kasi ko Cisco SPA ya Huambo: hora (NTP) ya kala ndatiti, certificado ya provisioning yi popia "not yet valid", registo ka ya endi ko. Ndasima NTP server ka ya kasi ko.`),
    no(`Mbote na beno. Bantu ya call center ya Dolisie me zimbisa registration bubu sambu admin ya mpa me sala "delete" ya ba comptes SIP 25 na erreur na console ya VOS. Beto fwete vutula bo. Backup ya mazono kele?`),
    no(`Moyo. Telefones ya guichet ku Kolwezi bidi unregistered kadi bakashintulula VLAN wa voice (VLAN 20 → 30) pa switch, ne DHCP option 66 kayi mua kufika. UDP anu, ne kakuena muntu wakalenga VOS.`),
  ],
  smallFigures: [
    no(`Salama. Ohiyu vale server ya Nampula ni chamadas 15 pahi. "ss -s" onooniherya:
TCP: 214 (estab 38, closed 160, orphaned 0, timewait 158)
158 TIME_WAIT ti vakhaani? Kinnaphavela osuwela pahi.`),
    no(`Kiambote. Ngi mesena ku kijiya: TIME_WAIT ihi? O professor wa curso ya redes uzuela kuma "socket ukala 2MSL depois ya FIN". Kima kiki kia kiambote ou kia kaiba?`),
    no(`Walale. Amanhã ndi kasi koentrevista ya NOC. Va pula okuti "ip_local_port_range ci kasi ciñi?" kuenda "tcp_tw_reuse yi linga ciñi?". Ndakuilikaa, ndi lombolole kalua.`),
    no(`Mbote. Pour le rapport mensuel: "netstat -ant | grep TIME_WAIT | wc -l" ke pesa 312 na 10h. Ba appels ke kwenda mbote. Mono ke yuvula kaka keti 312 kele mingi?`),
    no(`Moyo bana betu. "Cannot assign requested address" mmunyi? Ndi ndibala mu buku wa Linux, tshiena ne bualu pa server. Anu bua kumanya.`),
    no(`Koxukhuru. Relatório ya março: nihiku 14 ni 15 server yaahaakhalana TIME_WAIT 40 mil ni errors EADDRNOTAVAIL, masi yoolokiwa nihiku 15 ohiyu. Vano TIME_WAIT 300. Kinnaphavela olepa incidente ya relatório pahi.`),
    no(`Ngana, lelu (domingo) o VOS uala ni chamadas 90. watch "ss -tan state time-wait | wc -l" → 421. Kiá problema? Ki ngiijiya o número wa kiambote.`),
    no(`Ndakuilikaa: nda kala ndi tanga manual ya VOS3000 §4.3.5.2, SS_TCP_CLOSE_RESET. Ndi pula lika: "On" yi linga ciñi kuenda "Off" yi linga ciñi? Ka ndi kuete ekalo ko, ndi lilongisa lika.`),
    no(`Malembe. Mono ke longa bana ya curso ya telecomunicações na Soyo. Bo ke yuvula: "TIME_WAIT ke kwisa na client to na server?" Keti nge lenda sonika explication fioti?`),
    no(`Moyo. Pa server wa Likasi: sysctl net.ipv4.ip_local_port_range = 32768 60999. Mudimu udi bimpe, TIME_WAIT 600. Tudi tusua anu kumanya bikala tudi ne bua kushintulula anyi kabiyi bualu.`),
    no(`Mwaaxeleliwa. Vano server eri chamadas 200/hora, "netstat -an | grep -c TIME_WAIT" 1 mil ni 100. Errors khavo. 1100 ti vanceene? Kinnaphavela osuwela limite.`),
    no(`Kiambote. Ngi mesena script ya ku contar TIME_WAIT mu CentOS 5 (kana ss). "netstat -tan | awk ..." kiebhi? Kima kia monitoring, kana problema.`),
    no(`Wakolapo? Osemana yi pita ocimue ca pita: sockets 28 ohulukayi lo TIME_WAIT, "Cannot assign requested address". Va ci tumbika kiá, olelo ci kasi 500. Ndi soneha lika relatório ya incidente.`),
    no(`Mbote na nge. Ce n'est pas un problème, kaka question: na interview ya mazono bo me yuvula mono "EADDRNOTAVAIL errno 99 kele inki?". Mono zabaka ve. Beno lenda tendula?`),
    no(`Moyo. Lelu dinda ndi ngenza health check wa server wa Mbandaka: ss -s → "TCP: 95 (estab 41, closed 30, orphaned 0, timewait 28)". Bionso bimpe, anu bua rapport. Twasakidila.`),
    no(`Salama axinna. Hiyo ninnapaka formação ya VoIP ya Nampula. Nikoho na exame: exeeni TCP close ni RST khiyaahiya TIME_WAIT? Ti exame pahi, nkahiyo server.`),
    no(`Ngana, o chefe wa mesena relatório: "quantas conexões TIME_WAIT tuala nazo". Ngabhanga "ss -s | grep timewait" → timewait 73. Kiofele, kiambote? Ngasakidila.`),
    no(`Ndakuilikaa: ovisimbu vio server ya Benguela: ontem 180 TIME_WAIT, olelo 240. Olosamwa vi kasi ciwa. Ci kasi ciwa?`),
    no(`Mbote. Nge lenda longa mono nki diswasana ya CLOSE_WAIT ye TIME_WAIT? Na server ya Uíge mono ke mona CLOSE_WAIT 12. Ke diambu ko, kaka ke longuka.`),
    no(`Moyo. Ku Kinshasa tudi tuenza capacity planning. Ne CPS 20 tudi ne TIME_WAIT ~1 200. Bikala CPS 200 mu tshidimu tshidi tshilua, tudi ne bua kuenza tshinyi? Mpindieu kakuena bualu.`),
    no(`Mwaahalakaka. Incidente ya janeiro (TIME_WAIT 55 mil, "Address already in use" va connect) yoomala khalai, technician aapaka tcp_tw_reuse. Director onnaphavela "lessons learned" pahi. Mwaakhalana modelo ya relatório?`),
    no(`Kiambote. O cliente wa Lubango uebhula kuma "TIME_WAIT 900 é perigoso?". Server ya mwene ni chamadas 30. Ngadibanza kuma kana. Ngi mesena ku mu tambwijila ni kidi.`),
    no(`Walale. Ndi pula lika: cipi ca pitãla ku VOS ya CPS 5, RST ale FIN? Ka ndi kuete problema ko, ndi tumbika server ya nova.`),
    no(`Mbote. Na ntangu ya mpimpa (2h) mono me tala "cat /proc/net/sockstat":
TCP: inuse 45 orphan 0 tw 37 alloc 52 mem 3
Mbote to ve? Ba appels ke kwenda mbote kaka.`),
    no(`Moyo. Muanetu wa université udi wenza memoire pa "ephemeral port exhaustion" mu VoIP. Udi usua kumanya binunu bungi kayi bia TIME_WAIT bidi bia bungi pa VOS3000 (théorie). Kakuena server udi ne bualu.`),
    no(`Koxukhuru. Kinnaphavela ekomando ya owerengela sockets TIME_WAIT ya porta 5060 pahi. Server ya Angoche vale, chamadas 60.`),
    no(`Ngana, mu semana ya passada o server wa kala ni "Cannot assign requested address" ku 19h, maji twa mudika ip_local_port_range ni tw_reuse, ni kiapwile. Lelu kana kima. Ngi mesena confirmação pala relatório.`),
  ],
  firewallNoRst: [
    no(`Walale. Ndakuilikaa: FortiGate ya Huambo, ndi yula ocipito 5060 UDP kuenda RTP 10000-20000 ku VOS ya nova. Policy yi kasi ndati? Ka tu kuete problema ko, server ya nova lika.`),
    no(`Mbote. Fail2ban me kanga IP ya client ya beto ya Pointe-Noire sambu ya registration mingi na password ya mbi: "fail2ban.actions: NOTICE [asterisk] Ban 41.x.x.x". Nki mutindu ya kupesa yandi whitelist?`),
    no(`Moyo. pfSense wetu wa Mbuji-Mayi: tudi ne bua kuela alias wa IPs ya carrier mupia (5 IP) bua SIP trunk. Tuambuluishe ne rule. Mpindieu bionso bidi bienda bimpe.`),
    no(`Salama. MikroTik ya loja ya Nampula ni SIP ALG (ip firewall service-port sip) enabled, audio ya sentido mmoha pahi. Kinnaphavela osuwela wiira kindisable ALG.`),
    no(`Kiambote. Cisco ASA ya Talatona: ngi mesena ku bhanga geo-block ya países ya fraude (scans ya 5060). "object-group network BAD_COUNTRIES" kiebhi? Tuala kiambote, kana falhas.`),
    no(`Ndakuilikaa mukwetu: iptables ya VOS, rule ya ACCEPT 5060 yi kasi noke ya DROP all.
iptables -L INPUT -n --line-numbers
1 DROP all -- 0.0.0.0/0 0.0.0.0/0
2 ACCEPT udp -- 0.0.0.0/0 0.0.0.0/0 udp dpt:5060
Ndi yi tumbika kolonepa (primeiro)?`),
    no(`Mbote tata. Na firewall ya Soyo (pfSense) beto zola bakisa rule ya kuzibula port 8080 sambu ya web portal ya VOS kaka na IP ya biro. Keti mbote ya kusala yo na NAT port forward?`),
    no(`Bimpe. Le client de Lubumbashi udi usua kuvuija scans ya SIPVicious pa FortiGate. Tudi tumone "friendly-scanner" mu logs wa VOS. Signature IPS anyi custom rule?`),
    no(`Mwaaxeleliwa. Ufw ya server nova ya Nacala: "ufw allow 5060/udp" kaapaka, masi RTP ports khaziri wopoliwa. Audio khavo. Kinnaphavela ekomando ya range ya RTP.`),
    no(`Ngana, o firewall wa cliente ya Viana (Sophos) wa kanga IP ya VOS mukonda dia "flood detection" mu REGISTER. Ngi mesena whitelist ya IP ya server. Kiebhi mu Sophos?`),
    no(`Walale. Ame nda linga firewalld ku CentOS 7 ya VOS: "firewall-cmd --add-port=5060/tcp --permanent" kuenda reload. Ka ndi kuete ekalo ko, ndi pula lika okuti nda linga ciwa?`),
    no(`Mbote na beno. Patron me yuvula beto kuzibula SSH 22 kaka na IP ya biro ya Brazza mpi ya Pointe-Noire. "iptables -A INPUT -p tcp --dport 22 -s ..." Sadisa beto na liste.`),
    no(`Moyo. Pa Cisco ASA wa Kananga tudi ne "%ASA-4-106023: Deny udp src outside:196.x/5060 dst inside:10.0.0.5/5060 by access-group outside_in". Tudi tusua kuela permit bua carrier mupia. Bualu bua ACL anu.`),
    no(`Koxukhuru. Trunk ya Movitel: operador onnaphavela IP ya VOS ya hiyo wiira ehikhale whitelist ya SBC aya. Nri ni IP 2, nkinsuwela ti ipi enarumela. Mwaakhavihere.`),
    no(`Kiambote. Ngabhanga upgrade ya FortiOS 7.2, ni o VoIP profile ua kala ni "SIP ALG" ON mu policy ya VOS. Chamadas ji kala ni one-way audio. Kiebhi ku mu jiba?`),
    no(`Ndakuilikaa: pfSense ya Benguela "Block private networks" yi kanga olopakote via VPN ku WAN. Ndi yi yula ndati? Ka ci kasi VoIP lika.`),
    no(`Mbote. Na Mbanza Kongo, fail2ban ke kanga mono mosi ntangu mono ke kota SSH na password ya mbi. Ignoreip ke sala ve? jail.local: ignoreip = 127.0.0.1/8 41.x.x.x`),
    no(`Moyo. Ndi ngenza geo-blocking pa MikroTik: address-list "allowed-countries" ne CD, AO, ZA anu bua SIP 5060 ne 5061. Rule udi kumpala kua "drop all" anyi kunyima?`),
    no(`Salama. iptables counters ya VOS ya Pemba:
Chain INPUT (policy ACCEPT 0 packets)
 pkts bytes target prot opt in out source destination
 8123 620K ACCEPT udp -- * * 0.0.0.0/0 0.0.0.0/0 udp dpt:5060
   33 1980 DROP all -- * * 45.x.x.0/24 0.0.0.0/0
Kinnaphavela osuwela wiira scanner aakhala blocked.`),
    no(`Ngana, mu pfSense ya Kilamba tuala ni port forward ya 5060 ku VOS (10.10.1.5), maji ngi mesena NAT reflection mukonda dia phones ja mu LAN. Kiebhi?`),
    no(`Wakolapo. Ndi yongola oku kapa limit ya conexões (connlimit) ku 5060 TCP mu iptables momo ya scans: "-m connlimit --connlimit-above 50". Ci kasi ciwa ku VOS?`),
    no(`Mbote. Bubu beto me sumba FortiGate 60F ya mpa sambu ya biro ya Brazza. Nge lenda sadisa na politique ya kuzibula VOS web (443) na SIP (5060) mpi kukanga bisika yankaka?`),
    no(`Moyo bana betu. Mukuatshi wetu udi ukeba kumanya "rule ordering" pa FortiGate: policy ya deny ya Russia idi kumpala kua policy ya allow SIP. Bua tshinyi calls bia carrier wa Europe bidi bimpe?`),
    no(`Mwaahalakaka. Fail2ban ya VOS ya Cuamba aabaniri IP ya office ya Nampula: "NOTICE [vos-sip] Ban 197.x.x.x". Kinnaphavela ekomando ya unban.`),
    no(`Kiambote, mano. O ISP wa mu kanga 5060 UDP. Tu mesena ku bhanga SIP mu 5080. Kiebhi mu ku mudika rule ya iptables ni VOS?`),
    no(`Ndakuilikaa: auditoria ya seguridade ya Lubango ya pula okuti firewall ya VOS yi kuete logging ya olopakote via kangiwa. Ndi tumbika "LOG" rule ndati?`),
    no(`Malembe. Firewall ya Uíge, Cisco ASA: "inspect sip" ke kuna. Bantu ke tuba beto katula yo sambu ya one-way audio. Nki mono fwete zaba?`),
  ],
  negationContext: [
    no(`Moyo. Udi wamba ne ndi ne "TIME_WAIT binunu 30" makelela? To, ndi mupatuke: bivua 30, ki binunu 30. Pa server kakuena bualu. Nushiye.`),
    no(`Salama. Mensagem ya miyo ya ohiyu (firewall onnadrop RST) mukhalihe: technician ya operadora oloca vano chamadas zothe zoorowa salama. Ihaakhala carrier, nkahiyo firewall.`),
    no(`Kiambote. Ngi mesena ku zuela kuma SS_TCP_CLOSE_RESET kana twa mu bhanga On. Uala Off kuyanda ku instalação. O mukua wa auditoria uebhula se "RST ua bhange firewall ni problema". Kana, kana kima.`),
    no(`Walale. Relatório lika: osemana yi pita olofoni via Huambo vi pwile unregistered noke ya RST On, va yi tumbika Off kuenda ci pwa. Olelo ka ci kasi ko. Ndi pula lika ndi ci soneha ndati.`),
    no(`Mbote. Mazono mono sonikaka "firewall ke losa RST". Kansi ntangu mono me tala mbote, yo vandaka carrier (Airtel) yina zimbisaka ba trunks, ke firewall ve. Ba appels me vutuka. Ke diambu ya RST ve.`),
    no(`Moyo. Pas de souci: "Cannot assign requested address" tudi tumone mu log wa MySQL bua bind-address mubi (IP wa kale pa my.cnf). Kabiyi ports bia ephemeral. Tuakashintulula bind-address, bionso bimpe.`),
    no(`Mwaaxeleliwa. Hiyo khinipaka RST mode. Nnaamwi MikroTik ni NAT, phones zothe vale UDP. Unregistered ya ohiyu yaari internet, yoomala vano.`),
    no(`Ngana, nda kuzuela kuma kana mukua wa mudika kima mu softswitch.conf. SS_TCP_CLOSE_RESET="Off" kiá. Maka ma chamadas mala ku carrier ya Angola Telecom, ticket ya mwene uala aberto. Kana firewall.`),
    no(`Ndakuilikaa, mwa ivale ondaka yange ya ekumbi lio 11h ("TIME_WAIT 40 mil"). Nda popia ekopi ya ss -s ya server ya kale yo 2019, ka ci kasi ya server ya olelo ko. Olelo ci kasi 200.`),
    no(`Mbote tata. Diambu ya NAT ke ve: beto ke sadila ve SIP over TCP, UDP kaka na MikroTik yonso. RST beto tulaka ve. Mono ke yuvula kaka sambu na formation ya bana.`),
    no(`Twasakidila bua diambuluisha. Bualu bua "EADDRNOTAVAIL" buakajika kale makelela kunyima kua tw_reuse. Mpindieu TIME_WAIT 800, calls bimpe. Kanuena ne bualu. Nuikale bimpe.`),
    no(`Salama. Kinnaphavela osuwela pahi, nkahiyo problema: FortiGate onnadrop RST wakhala VOS ni SS_TCP_CLOSE_RESET=On? Hiyo nri Off vano, ni khinrowa omudar.`),
    no(`Kiambote. Mensagem ya mazá ("phones ja NAT ja unregistered depois ya RST") kana ya kidi. O cliente wa Cacuaco kana uala ni RST On; uala ni UDP, ni registo ua jimbe mukonda dia password. Desculpa o erro.`),
    no(`Wakolapo. Ndi lombolola ekalo lio server ya Benguela: "Address already in use" ka ci kasi ports ya saída ko, ci kasi tomcat lika (8080), ka ci kasi TIME_WAIT ko. Nda ci tumbika kiá.`),
    no(`Mbote. Mono tindaka message ya "iptables ke losa RST" na groupe na erreur: yo vandaka ya groupe ya bana ya kelasi (TP réseau), ke server ya beto ve. Beno bikisa yo.`),
    no(`Moyo. Nudi nuamba ne tuele SS_TCP_CLOSE_RESET On bua TIME_WAIT? Katuena ne TIME_WAIT bia bungi: 150 anu. Tuakenza test anu, kakuena bualu. Kanushintulu tshintu.`),
    no(`Mwaahalakaka. Technician aaloca "firewall onnadrop RST", masi miyo kaawehaka log ya pfSense: RST khiyaadropiwa, yaari DNS ya carrier pahi. Vano chamadas zorowa salama.`),
    no(`Ngana, ki tu mesena fix. Tu mesena ku kijiya "NAT ni RST" ihi pala relatório ya diretoria. Lelu kana problema, telefone joso ji registadas.`),
    no(`Walale. Ka ndi yongola ko oku kapa SS_TCP_CLOSE_RESET On: ndi kuete olofoni konyima ya NAT lo TCP, ndi linga tw_reuse lika. Ka ndi kuete ekalo lio ports ko, ndi pula lika okuti nda linga ciwa.`),
    no(`Mbote. Ke diambu ya port exhaustion ve: "connect: Cannot assign requested address" ke kwisa kaka na script ya teste ya IPv6 (endereço IPv6 ke kele ve na interface). Beto me zaba yo. Obrigado.`),
    no(`Moyo. Bivua bua rapport wa trimestre anu: mu ngondo mushale tuvua ne FortiGate udi udrop RST ku Kinshasa, tuakapingaja RST Off ne bualu buakajika. Lelu tudi anu tufunda tshivua tshienzeke.`),
    no(`Koxukhuru, masi nkinaphavela fix. Miyo kaaloca "TIME_WAIT vanceene" masi ti server ya laboratório, nkahiyo VOS ya produção. Muhiye.`),
    no(`Kiambote. Pergunta ya mazá mu grupo ya clientes kuma firewall ya RST: esquece. Ngamona kuma o cabo ya fibra wa batuka mu Cazenga. Chamadas kiambote kiá ku 16h.`),
    no(`Ndakuilikaa: mukwetu wa NOC wa soneha "RST On", pole ka ci kasi ocili ko. softswitch.conf: SS_TCP_CLOSE_RESET="Off", ka va ci lingula ko. Olofoni via kala unregistered momo ya luz.`),
    no(`Mbote na beno. Ba "BindException" yina mono tindaka kele ya logiciel ya comptabilité na laptop ya mono, ke VOS ve. Mono me zibula yo diaka mpi yo me sala. Ke diambu ya TIME_WAIT ve.`),
    no(`Moyo. Pour être clair: NAT anyi firewall, kakuena muntu wakalenga SS_TCP_CLOSE_RESET. Phones bidi unregistered bua server wa DNS wa biro mufue. Bualu bua DNS anu.`),
    no(`Salama. Ekopi ya iptables counters ni "DROP tcp flags:RST" kaarumiiha ohiyu ti ya curso pahi, nkahiyo ya server ya hiyo. Server ya hiyo khiri ni rule eyo. Koxukhuru.`),
  ],
  portExhaustion: [
    pe(`Kiambote ngana! Socorro: VOS ya Luanda ku 19h30 (pico) chamadas kana kutunda. Log: "connect() failed: Cannot assign requested address (99)". ss -s:
Total: 61842
TCP:   60112 (estab 1204, closed 58710, orphaned 3, timewait 58690)
Tuala ni TIME_WAIT kiavulu. Tukwatekese lusolo.`),
    pe(`Walale. Ekumbi lio 20h ku Huambo, server ya VOS yi kasi lo "EADDRNOTAVAIL" ko conexões via tunda ku carrier. "netstat -ant | grep -c TIME_WAIT" → 31 ohulukayi. Olosamwa vi pwa. Ndakuilikaa, tukuatise.`),
    pe(`Mbote na beno, urgence! Na Kinshasa bubu na mpimpa, ntangu ya trafic mingi, serveur VOS ke pesa "Cannot assign requested address" na connexions sortantes na gateway. TIME_WAIT mafunda 45 (45 000). Ba appels ke kufwa. Sadisa beto.`),
    pe(`Moyo bana betu. Pa server wa Mbuji-Mayi mpindieu (21h): binunu 28 bia sockets mu TIME_WAIT ne calls bidi bifua. Log wa softswitch: "bind: Address already in use" pa connect ku gateway, ki pa listen. Tuambuluishe lukasa.`),
    pe(`Salama axinna! Server ya Nampula vano saa 18h: chamadas zothe zinnakhwa. "ss -tan state time-wait | wc -l" → 52013. Log: "errno 99 Cannot assign requested address". Kinnaphavela okhaviheriwa vano vaa!`),
    pe(`Ngana engenheiro, o Java wa billing mu server ya VOS uzuela "java.net.BindException: Cannot assign requested address: connect" ku pico ya kizuwa kioso (12h-14h). TIME_WAIT 40 mil kiá. Chamadas kiavulu ji falha. Ihi tu banga?`),
    pe(`Wakolapo. Ndi kasi ko NOC ya Benguela. Tunde 17h, ss -s:
TCP: 63010 (estab 890, closed 62000, orphaned 0, timewait 61990)
Olosamwa ka vi tunda ko, log "Cannot assign requested address". ip_local_port_range: 32768 60999. Ndakuilikaa!`),
    pe(`Mbote tata. Na Soyo, VOS ke kanga chamadas ntangu ya pico ya mpimpa. Netstat ke monisa TIME_WAIT 38 mil, ye log "connect: EADDRNOTAVAIL". Ntangu trafic ke kulumuka yo ke vutuka. Lusadisu!`),
    pe(`Moyo. Client wa Lubumbashi: "Les appels sortants bidi bifua ku 19h, ne TIME_WAIT binunu 50". Ndi ngenze "sysctl net.ipv4.tcp_tw_reuse" → net.ipv4.tcp_tw_reuse = 0. Log: "Cannot assign requested address". Tudi ne bua kuenza tshinyi mpindieu?`),
    pe(`Mwaahalakaka. Ohiyu ola saa 20h server ya Nacala onnapwaha chamadas: "Address already in use" va connect ya saída ya SIP trunk, ni TIME_WAIT 35 mil. Trafic ninceene mpakha vano. Kinnaphavela nikhaviheryo.`),
    pe(`Kiambote. Mu Cazenga o reseller uala ni 400 CPS kimenemene ya segunda. Server:
# netstat -ant | awk '{print $6}' | sort | uniq -c
  58211 TIME_WAIT
   1320 ESTABLISHED
Chamadas ji kala ni "503" ni errors "Cannot assign requested address". Kiebhi?`),
    pe(`Ndakuilikaa ukuatisi: server ya VOS ya Lobito yi kuete "socket: errno 99" kuenda sockets 40 ohulukayi lo TIME_WAIT. Olelo ekumbi lio 13h, pico ya almoço. Omanu va pula momo olosamwa ka vi pita ko.`),
    pe(`Mbote. Ba clients ya Pointe-Noire ke lela: na ntangu ya trafic mingi (18h-22h) VOS ke tinda ve appels na ba routes. "ss -s" ke tuba timewait 49871. Log: "Cannot assign requested address". Yo kele diambu ya sika, banda lumingu yai.`),
    pe(`Moyo. Ndi NOC ku Kananga. Mpindieu 20h15: "BindException: Cannot assign requested address" mu mudimu wa routing wa VOS, ne TIME_WAIT binunu 33. Calls bia bungi bidi bifua. Ki port umwe: ports bionso bia local bidi bijike.`),
    pe(`Salama. Operador ya Pemba oloca: chamadas ninfaliya vano trafic ninceene ni promoção. "cat /proc/net/sockstat" → "TCP: inuse 900 orphan 2 tw 47800 alloc 950 mem 210". Log ya VOS "EADDRNOTAVAIL". Mwaakhavihere.`),
    pe(`Ngana, ku sábado o trafic wa kola ni promoção ya Unitel. VOS ujimbe ku 21h: "connect failed: Cannot assign requested address". "ss -tan | grep -c TIME-WAIT" → 62 mil. ip_local_port_range 32768 61000. Tukwatekese.`),
    pe(`Walale! Olelo 19h ku Lubango: VOS ka yi tunda ko olosamwa. Log: "Address already in use" ko connect ya gateway (ka ci kasi listen ko), TIME_WAIT 29 ohulukayi kuenda yi kasi oku tukuluka. Ndakuilikaa.`),
    pe(`Mbote. Na Mbanza Kongo mono ke mona TIME_WAIT ke kula minuto yonso: 20 mil, 30 mil, 44 mil. Na 45 mil ba chamadas ke kufwa ye log ke sonika "EADDRNOTAVAIL errno 99". Ntangu yai kele pico ya mpimpa.`),
    pe(`Moyo. Serveur VOS wa Kolwezi: "netstat -n | grep TIME_WAIT | wc -l" → 55 400. Ne "Cannot assign requested address" mu catalina pa connexions ya API vers le softswitch, ne calls bidi bipanga ku 18h. Nuambuluishe.`),
    pe(`Mwaaxeleliwa. Ohiyu ovinre saa 22h mpakha vano VOS ya Angoche onnapwaha chamadas: TIME_WAIT 41 mil, "cannot assign requested address". Olelo nihiku na promoção, trafic ninnancerereya. Kinnaphavela fix.`),
    pe(`Kiambote mano. Server ya VOS ya Malanje: ku 18h chamadas kana kubhita. Log: "sip tcp connect to 10.2.0.8:5060 failed: Cannot assign requested address". TIME_WAIT 36 mil. Kiavulu kiá?`),
    pe(`Ndakuilikaa: VOS ya Kuito yi kasi lo CPS 250 olelo, "ss -s" yi popia "timewait 57210/0". Olosamwa vi pwa lo "EADDRNOTAVAIL". Tu linga ndati?`),
    pe(`Mbote. Serveur ya Dolisie: TIME_WAIT mafunda 30 na "connect() errno 99" bubu na 17h30. Bantu ke lenda telefona ve. Mono me sala reboot mbala mosi, yo me vutuka, kansi na nima ya ntangu fioti yo me kufwa diaka.`),
    pe(`Moyo bana. Server wa Mbandaka udi ne TIME_WAIT binunu 60, ne "Cannot assign requested address" mu log wa softswitch mpindieu. Calls bia carrier bidi bifua ne ora wa pico kauena mujike.`),
    pe(`Koxukhuru. Vano vaa: server ya Nampula ni TIME_WAIT 44 mil ni errors "Address already in use" va connect ya saída. Chamadas zothe za carrier Vodacom ninfaliya, ti nthowa ya ports?`),
    pe(`Ngana, o Python da API de recarga mu server ya VOS: "OSError: [Errno 99] Cannot assign requested address" ku pico. TIME_WAIT 50 mil (ss -s). Chamadas ja VOS ji kala ni timeout ku gateway mu hora yiyi. Ku madrugada kiambote.`),
    pe(`Walale. Ndi soneha ku NOC ya Huambo: tunde ekumbi lio 18h, "netstat -ant | grep TIME_WAIT | wc -l" → 48112, kuenda "Cannot assign requested address" ko log. Ka tu tambula olosamwa vio carrier ko. Ekalo ci kasi vali.`),
    pe(`Mbote tata. Em Uíge: TIME_WAIT 39 mil, ye "connect: Address already in use" na log ya VOS (conexão de saída pro gateway). Ba chamadas ke kufwa kaka ntangu ya pico 19h-21h. Sadisa beto.`),
    pe(`Moyo. Mpindieu pa VOS wa Kinshasa Limete:
net.ipv4.ip_local_port_range = 32768 60999
ss -s → timewait 28101
Calls bia bungi bidi bifua ne "EADDRNOTAVAIL". Tudi ne CPS 300 lelu.`),
    pe(`Salama. Server ya VOS ya Cuamba: "connect(): Cannot assign requested address" ni chamadas khaniikhuma tiyo saa 19h. "netstat -an | grep -c TIME_WAIT" = 33 mil. Kinnaphavela olokiwa ohiyu ola.`),
  ],
  natUnregistered: [
    nat(`Walale. Osemana yi pita nda linga SS_TCP_CLOSE_RESET="On" momo ya TIME_WAIT. Tunde eci, olofoni 25 vio hotel ya Benguela, konyima ya router ya hotel (NAT) lo SIP TCP, vi kasi unregistered. Olofoni vi kasi lo IP pública ka vi kuete ekalo ko.`),
    nat(`Mbote. Banda collègue me tula RST mode (SS_TCP_CLOSE_RESET On) mazono, ba softphones ya bantu ke sala na nzo (box ya Congo Telecom, NAT, SIP TCP) ke bima unregistered mbala na mbala. Ba phones ya bureau na IP publique ke kwenda mbote.`),
    nat(`Moyo. Tuakalenga SS_TCP_CLOSE_RESET On lelu dinda bua TIME_WAIT. Mpindieu console wa VOS udi uleja:
ext 3011  192.168.88.23  TCP  offline
ext 3012  192.168.88.41  TCP  offline
ext 3020  41.243.x.x     UDP  online
Bionso bidi kunyima kua MikroTik (NAT) ne TCP bidi offline. Nuambuluishe.`),
    nat(`Salama. Technician aapaka RST mode "On" ohiyu ovinre. Vano phones za eskola ya Nampula, ziri vatthu ya router 4G Huawei (NAT) ni SIP over TCP, zothe unregistered. Phones ziri UDP khaziri ni problema. Exeeni?`),
    nat(`Kiambote ngana. Mu quinta twa mudika SS_TCP_CLOSE_RESET ku On. Lelu kimenemene, telefone ja clientes ja reseller ya Viana ja mu mabhata ni routers TP-Link (NAT, transport TCP) ji unregistered. Ja escritório kiambote. Ihi?`),
    nat(`Ndakuilikaa: VOS ya Benguela, grep ko softswitch.conf:
SS_TCP_CLOSE_RESET="On"
tua linga "service mbx3000d reparse" eteke lio 2ª. Noke yaco olofoni 80 vio clientes konyima ya NAT (TCP) vi pinga registo. Keepalive ya 30s ka yi kuatisa ko.`),
    nat(`Mbote tata. Beto me tula RST (SS_TCP_CLOSE_RESET On) na VOS ya Soyo mazono. Bubu, ba telefones ya base (VSAT ye router NAT, SIP TCP) ke kwenda unregistered minuto na minuto. Ba trunks ke mbote. Nkia diambu?`),
    nat(`Moyo. Depuis SS_TCP_CLOSE_RESET=On (tuakaluenza mu lumingu elu), ba agents ba call center badi benza ku nzubu ku Lubumbashi, derrière NAT ne SIP TCP, bidi "unregistered" mu console. Clients ne IP publique kabiyi ne bualu. Bua tshinyi?`),
    nat(`Mwaahalakaka. Nihiku tthaaru tiyo hiyo naapaka SS_TCP_CLOSE_RESET On. Vano clientes 40 ya Nampula ari ni MikroTik (NAT) ni Yealink TCP: aregista, voaahiya, aregista, voaahiya. Kinnaphavela okhaviheriwa.`),
    nat(`Ngana, tuala ni maka: RST On kuyanda sexta mu VOS ya Malanje. Ku sábado telefone ja clientes ja mu routers NAT (SIP TCP) ji unregistered, 120 mu 300. Ja IP pública kiambote. Kiebhi?`),
    nat(`Wakolapo. Nda tumbika RST (SS_TCP_CLOSE_RESET On) uteke. Olelo olofoni vio kovimbo vi kasi konyima ya router 4G ya Unitel (NAT) lo TCP vi soneha "Not registered". Olofoni vio ko escritório, lo IP pública, vi kasi ciwa.`),
    nat(`Mbote na beno. Muntu mosi ya équipe me soba SS_TCP_CLOSE_RESET na On bubu na nsuka. Banda ntangu yina, phones ya Brazza ke na nima ya routers NAT na SIP over TCP ke kwenda "unregistered" konso minuti 5. Nki beto fwete sala?`),
    nat(`Moyo. Kunyima kua kuela RST mode On, tuakenza tcpdump: VOS udi utuma RST, pashishe phone udi kunyima kua NAT (TCP) udi utuma REGISTER kadi kakuena diandamuna. Phones bia ku Mbuji-Mayi bidi unregistered. Tuambuluishe.`),
    nat(`Salama axinna. Phones za clientes za Pemba, vatthu ya router 4G (NAT) ni TCP, zoohakhala unregistered tiyo nihiku naapakiwa SS_TCP_CLOSE_RESET="On" ni reparse, nihiku nne vano. Phones ziri IP pública salama.`),
    nat(`Ngana engenheiro, o cliente wa Cacuaco uzuela kuma telefone ja mwene ja mu NAT (MikroTik, SIP TCP) ji unregistered kizuwa kioso kuyanda segunda. Ngasange SS_TCP_CLOSE_RESET="On" mu softswitch.conf, twa ku mu bhanga segunda. Ihi tu banga?`),
    nat(`Walale. Ndi reseller ku Ganda. Noke ya operador wa tumbika RST mode On ko VOS, olofoni viange vi kasi konyima ya router ya onjo (NAT) lo TCP vi pinga registo uteke kuenda ekumbi. Ndakuilikaa.`),
    nat(`Mbote. Desde que ligámos o RST mode (SS_TCP_CLOSE_RESET On) na VOS do Uíge, ba telefones ya bantu ke na routers de casa (NAT) ye SIP TCP ke kwenda unregistered. Ba telefones ya IP pública ke mbote.`),
    nat(`Moyo bana. Depuis le changement SS_TCP_CLOSE_RESET=On lundi, ba clients ba ku Kolwezi derrière NAT (Tenda, MikroTik) ne SIP TCP: unregistered. Ba trunks ne IP publique bidi bimpe. Mpindieu tudi ne plaintes bia bungi.`),
    nat(`Mwaaxeleliwa. Hiyo naapaka RST mode On ohiyu wa sábado. Vano clientes ya Nacala ari ni router NAT ni SIP TCP anaaloca phones zinnahiya registo. Mwaaloca wiira RST ni NAT khaniiwanana?`),
    nat(`Kiambote. Condomínio ya Kilamba: intercomunicadores 60 ni SIP TCP mu kaxi ya router NAT ya condomínio, ji unregistered kuyanda twa bhanga SS_TCP_CLOSE_RESET On pala TIME_WAIT. Ja mu IP pública kiambote.`),
    nat(`Ndakuilikaa ukuatisi. Clínica ya Lubango yi kuete olofoni 18 lo SIP TCP konyima ya NAT. Tunde eci tua linga SS_TCP_CLOSE_RESET On (ontem), olofoni viosi vi kasi unregistered. Keepalive tua yi linga 20s, pole ka ci pita ko.`),
    nat(`Mbote. Ba phones ya Dolisie na TLS (port 5061) na nima ya NAT ke kwenda unregistered banda beto me tula SS_TCP_CLOSE_RESET On mazono. Ba phones ya UDP ke mbote. Yo kele RST ye NAT?`),
    nat(`Moyo. Ku Kinshasa Gombe, kunyima kua SS_TCP_CLOSE_RESET On, phones bia clients kunyima kua NAT (SIP TCP) bidi unregistered, ne bidi bipingana anu patudi tuenza reboot wa router. Phones bia IP publique bimpe.`),
    nat(`Salama. Reseller ya Angoche: "Tiyo mwaapakale RST On, phones za clientes za vaate (NAT, TCP) khaziri registadas." Miyo kaawehaka VOS: SS_TCP_CLOSE_RESET="On" tthiri. Kinnaphavela osuwela ehali.`),
    nat(`Kiambote. Tuala ni RST On kiá, twa mu bhanga mukonda dia TIME_WAIT kiavulu. Maji kiki kiaiza: ji-kiosque jetu ja recarga ja mu NAT (routers MikroTik) ni transport TCP ji kwenda unregistered ku minuto 3 ni ku minuto 3. Tukwatekese.`),
    nat(`Wakolapo. Tunde eci tua linga SS_TCP_CLOSE_RESET On, MikroTik ya clientes yi soneha "TCP connection closed" kuenda olofoni (TCP, konyima ya NAT) vi pwa registo. Olofoni vio UDP ka vi kuete ekalo ko.`),
    nat(`Mbote. Na Mbanza Kongo beto me tula RST mode On sambu na TIME_WAIT. Tuka ntangu yina, phones ya bantu ke na routers NAT na SIP TCP ke kwenda unregistered. Yo kele na kisika yonso, kansi ke na biro ve (IP pública).`),
    nat(`Moyo. Ku Likasi: Grandstream 50 ne SIP TCP kunyima kua NAT bidi unregistered tunda tuakalenga SS_TCP_CLOSE_RESET On bua binunu bia TIME_WAIT. Grandstream bidi ne IP publique bidi bimpe. Tudi ne bua kupingaja Off?`),
    nat(`Mwaahalakaka. Nihiku nne tiyo SS_TCP_CLOSE_RESET On. Vano Yealink za clientes za Cuamba, vatthu ya NAT (router 4G) ni TCP: "Registration failed". Phones za escritório (IP pública) salama. Kinnaphavela okhaviheriwa.`),
    nat(`Ngana, sou do turno da noite. Depois ya RST mode On (mudança ya 18h), ku 23h telefone ja clientes ja mu NAT ni SIP TCP ji unregistered mu VOS, ni ja SIP UDP ni IP pública kiambote. Ngi vutula Off?`),
  ],
  firewallRst: [
    fw(`Mbote. Banda RST mode On (SS_TCP_CLOSE_RESET), FortiGate ya Brazza ke drop ba paquets RST. Log: type="traffic" subtype="forward" action="deny" proto=6 service="SIP-TCP" msg="no session matched" tcpflags="RST". Ba appels ke kufwa. Sadisa.`),
    fw(`Moyo. Kunyima kua SS_TCP_CLOSE_RESET On, calls bia bungi bidi bifua. pfSense udi ne logs:
Block  WAN  10.0.0.5:5060 -> 41.x.x.x:49231  TCP:RA  Default deny rule IPv4
pfSense udi udrop RST. Tuambuluishe.`),
    fw(`Salama. Tiyo hiyo naapaka RST mode On, Cisco ASA ya Nampula onnaloca: "%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 197.x.x.x/40112 flags RST on interface inside". Chamadas ninfaliya. Kinnaphavela okhaviheriwa.`),
    fw(`Kiambote. Mazá twa bhanga SS_TCP_CLOSE_RESET On. Lelu chamadas ji falha, ni iptables ya gateway:
iptables -L -v -n
 pkts bytes target prot opt in out source destination
18234 729K DROP all -- * * 0.0.0.0/0 0.0.0.0/0 state INVALID
O conntrack wa mu dropa RST. Tukwatekese.`),
    fw(`Walale. Noke yo RST On, MikroTik ya escritório ya Huambo yi kuete rule "drop invalid" kuenda counter yi tukula lo olopakote RST vio 5060 TCP. Olosamwa vi pwa. Ndakuilikaa.`),
    fw(`Mbote tata. Na Soyo, Sophos XG ke sonika "Invalid traffic: TCP RST without session" dropped, banda beto me tula SS_TCP_CLOSE_RESET On. Ba chamadas ke kufwa na ntangu ya kubanda. Nki beto sala?`),
    fw(`Moyo. Pa server wa gateway ku Lubumbashi, "conntrack -S" udi uleja invalid=48211 ne udi ukola, tunda tuakalenga RST mode On. iptables udi udrop INVALID, ne calls bia SIP TCP bidi bifua. Nuambuluishe.`),
    fw(`Mwaaxeleliwa. pfSense ya Nacala onnablokiya TCP:R ya VOS (5060) tiyo naapaka SS_TCP_CLOSE_RESET On. Chamadas zinnakhwa vakhathi vaya. Kinnaphavela osuwela opaka exeeni.`),
    fw(`Ngana, FortiGate ya Talatona: depois ya RST mode On, log ua zuela "action=deny policyid=0 ... tcp flags RST, reason: no session matched" kiavulu. Chamadas kana kusaira ku carrier. Tukwatekese.`),
    fw(`Ndakuilikaa: NOC ya carrier ya popia okuti Cisco ASA yavo yi kanga olopakote RST vi tunda ku VOS yetu noke yo tua linga SS_TCP_CLOSE_RESET On. Olosamwa ka vi tunda ko ko trunk. Tu linga ndati?`),
    fw(`Mbote na beno. Na Brazza, iptables ya firewall ke na "-m state --state INVALID -j DROP" mpi counter ke kula banda RST mode On. Ba appels SIP TCP ke kufwa. Yo kele RST yina firewall ke losa?`),
    fw(`Moyo. MikroTik wa Mbuji-Mayi: /ip firewall filter "drop invalid" udi ne packets binunu 12 lelu, bionso RST bia 5060 TCP, tunda makelela tuakalenga SS_TCP_CLOSE_RESET On. Calls bidi bifua.`),
    fw(`Salama. FortiGate ya Pemba, noke wa SS_TCP_CLOSE_RESET On: log "Denied by forward policy check" ni tcp flags RST, proto 6, dstport 5060. Chamadas ninfaliya vano. Mwaakhavihere.`),
    fw(`Kiambote mano. pfSense ya Luanda: depois ya RST On, o firewall ua kanga RST (TCP:R) ni chamadas ji kala ni timeout ni ku falha. State table ua kala ni states ya SIP TCP ja kulu kiavulu. Ihi?`),
    fw(`Wakolapo. Server ya VOS ya Benguela yi kuete nftables "ct state invalid drop", kuenda counter yi tukula tunde eci tua linga RST On. Olosamwa lo SIP TCP vi pwa. Ndakuilikaa.`),
    fw(`Mbote. Na Mbanza Kongo, Cisco ASA ke drop RST na "%ASA-6-106015 Deny TCP (no connection) ... flags RST ACK" banda beto me tula SS_TCP_CLOSE_RESET On. Ba chamadas ke kufwa.`),
    fw(`Moyo. FortiGate HA ku Kinshasa: kunyima kua kushintulula SS_TCP_CLOSE_RESET ku On, mu ora wa pico tudi tumona "reason=no session matched" ne RST bia 5060 TCP bidi bidropibwa. Calls bidi bifua.`),
    fw(`Mwaahalakaka. Firewall ya interconnexão ya TMCEL onnadrop RST ya VOS ya hiyo tiyo naapaka RST mode On. Operador onnaloca "packets RST out of state". Chamadas ninfaliya.`),
    fw(`Kiambote. MikroTik ya Cazenga, "drop invalid" ua dropa RST ja VOS kuyanda twa bhanga SS_TCP_CLOSE_RESET On. Chamadas ji falha kizuwa kioso. Tukwatekese.`),
    fw(`Walale. Noke ya RST On, pfSense ya Lobito yi soneha ko log "TCP:R blocked, Default deny rule" ku VOS. Olosamwa vi pwa, tunde ontem. Ndi yula RST ndati ko firewall?`),
    fw(`Mbote. FortiGate 100F ya Pointe-Noire ke drop RST ya VOS banda SS_TCP_CLOSE_RESET On. Mono me tala "tcp-session-without-syn" ke disable. Ba appels ke kufwa. Sadisa beto.`),
    fw(`Moyo. Pa gateway wa Kananga tuakela LOG rule, tudi tumona "nf_conntrack: invalid packet ... RST" mu dmesg kunyima kua RST mode On. iptables udi udrop INVALID, calls bidi bifua.`),
    fw(`Salama. Check Point ya banco cliente ya Nampula onnaloca: "TCP packet out of state: First packet isn't SYN tcp_flags: RST-ACK" tiyo naapaka SS_TCP_CLOSE_RESET On. Chamadas zinnakhwa. Kinnaphavela okhaviheriwa.`),
    fw(`Ngana, interconnexão ni Angola Telecom mu Malanje: Cisco ASA ya mwene ua dropa RST ja VOS kuyanda twa bhanga RST mode On ku 10h. "show asp drop" → "TCP packet with RST flag, no connection (tcp-not-syn) 4412". Chamadas ku carrier ji falha.`),
    fw(`Ndakuilikaa: FortiGate ya aeroporto ya Catumbela yi kanga RST vio VOS tunde eci tua linga SS_TCP_CLOSE_RESET On. Log: "action=deny ... tcpflags=RST". Olosamwa via balcão ka vi pita ko.`),
    fw(`Mbote tata. Na Uíge, pfSense ke kanga RST (flags R) na "Default deny rule" banda beto me tula RST mode On na VOS mazono. Ba chamadas ya hospital ke kufwa ntangu yonso. Beto fwete zibula RST na firewall to vutula Off?`),
    fw(`Moyo. Firewall Sophos UTM wa client wetu ku Likasi udi udrop RST bia VOS tunda tuakalenga SS_TCP_CLOSE_RESET On. Log: "packet dropped: TCP flags RST, no connection". Calls bidi bifua.`),
    fw(`Salama axinna. MikroTik ya Nampula "drop invalid" onnadrop RST ya VOS (5060 TCP), counter ni 9 mil olelo, tiyo naapaka RST mode On. Chamadas ninfaliya.`),
    fw(`Kiambote. Palo Alto ya seguradora ya Maianga ua dropa RST ja VOS ("non-syn-tcp drop", threat log). Kuyanda twa bhanga SS_TCP_CLOSE_RESET On, chamadas ja PBX ya mwene ji falha mu kutunda ni mu kuzangula. Tukwatekese.`),
    fw(`Walale mukwetu. Ko Kuito, firewall ya Linux (iptables ni conntrack) ya escritório ya kanga RST vio VOS noke ya SS_TCP_CLOSE_RESET On:
Chain FORWARD
 pkts bytes target prot opt in out source destination
 6021 241K DROP tcp -- * * 0.0.0.0/0 0.0.0.0/0 ctstate INVALID tcp flags:0x04/0x04
Olosamwa via kala oku pwa ekumbi liosi.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning134Set: readonly EvalItem[] = Object.values(tuning134Families).flat();
