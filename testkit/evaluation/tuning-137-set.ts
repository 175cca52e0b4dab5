import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, call-centre technicians, NOC staff and resellers in Zimbabwe (Bulawayo, Gweru, Harare, Victoria
 * Falls), South Africa (Thohoyandou, Makhado, Musina, Polokwane in Limpopo; KwaMhlanga and Siyabuswa), Eswatini
 * (Mbabane, Manzini, Nhlangano, Matsapha), Zambia (Mongu, Sesheke, Livingstone, Lusaka, Chipata) and northern
 * Malawi (Mzuzu, Rumphi, Karonga) writing on WhatsApp in Northern and Southern Ndebele, Tshivenda, siSwati, Silozi
 * and chiTumbuka, about a fifth each, in Latin script with the Venda dotted letters and the Tumbuka ŵ only where the
 * writer bothers, mixed with English technical words and some Afrikaans, Chichewa, Bemba and Nyanja; greetings of
 * each culture, clock times, thousands as inkulungwane, zwigidi, tinkhulungwane, makiti or vikwi, and pasted ss,
 * netstat, sysctl, iptables, FortiGate, ASA, pfSense, MikroTik, catalina, nginx and mysql output in some.
 *
 * The hundred-and-thirty-seventh tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the hundred-and-thirty-seventh never-tuned set, before the fifty-third round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured
 * as such before and after the fifty-third and the fifty-fourth rounds and the changes after them, then made
 * tuning material for the fifty-fifth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 73.3 %, negatives confident 8.9 %, confident wrong 0 % with the
 * rules of the fifty-second round and the changes after it, before the fifty-third.
 * After the fifty-third round: the same.
 * After the fifty-fourth round: the same.
 * After the changes that followed it (RST named beside "off", and more of the other causes, in a message read
 * little): negatives confident 8.1 % (from 8.9 %), the rest the same.
 */
export const tuning137Families = {
  oneListeningPort: [
    no(`Salibonani bafowethu. I web portal ye VOS3000 kayivuli lamuhla ekuseni. Ku catalina.out ngibona lokhu:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
Kukhona enye i Tomcat ebisele isebenza ku 8080 ngicabanga. Ngiyibulala njani ngingathinti i softswitch?`),
    no(`Sikhona lapha eBulawayo. Ngifake i nginx ku server entsha ye billing kodwa kayiqali: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). Ngicabanga yi Apache ebisivele ilapho. Amakholi wona ahamba kuhle, yi website kuphela engavuliyo.`),
    no(`Mfowethu ngicela usizo masinyane. Emva kwe reboot i mysql kayiqali. Error log:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
Kungaba kulama mysqld amabili yini? I VOS ifuna i database yayo ukuze ibhale ama CDR.`),
    no(`Lotjhani bangani. Ngibawa isizo: ngifake i-Asterisk emtjhinini ofanako ne-VOS, manje i-Asterisk ithi "Unable to bind to 0.0.0.0:5060: Address already in use". Ngicabanga ukuthi i-VOS sele ibambe i-5060. Ngingayibeka ku-5080 na, namkha kufuze ngithenge omunye umtjhini?`),
    no(`Kulaptop yami ye dev, npm run dev ithi "Error: listen EADDRINUSE: address already in use :::3000". Ngizama ukwakha i dashboard ye CDR yama reseller. Ngingayikhulula njani i port 3000 ngaphandle kokuthi ngi restart ilaptop yonke?`),
    no(`Container ye Grafana kayifuni ukuqala: "Error starting userland proxy: listen tcp4 0.0.0.0:3000: bind: address already in use". Sesizamile docker ps, kakukho enye container. Ngubani obambe i port le ku host? Ngiyabonga.`),
    no(`Ndaa vhahashu. Ri khou lingedza u thoma SIP server ya vhuvhili kha 5060 kha mushini u fanaho na VOS3000, fhedzi i ri "bind: Address already in use". Ndi khou humbela ngeletshedzo: ri shumise port ifhio kha iyi ntswa?`),
    no(`Aa. Tomcat ya web portal a i khou thoma namusi u bva nga 07:40. Log i ri "java.net.BindException: Address already in use: JVM_Bind" kha 8443. Ro vha ro dzhenisa certificate ntswa mulovha nga madekwana. Zwi nga vha zwo itiswa nga mini?`),
    no(`Ndo livhuwa nga thuso ya mulovha. Zwino ndi na thaidzo i ṅwe: postgres a i thomi.
LOG:  could not bind IPv4 address "0.0.0.0": Address already in use
HINT:  Is another postmaster already running on port 5432?
Heyi ndi server ya reporting fhedzi, a si ya VOS.`),
    no(`Vhathu vha IT, ndi khou humbela thuso. Ndo thoma "python3 -m http.server 8000" kha laptop yanga u sumbedza vhakasitama recordings, i ri "OSError: [Errno 98] Address already in use". Ndo vala terminal fhedzi zwi kha di ralo.`),
    no(`Nginx ya provisioning ya maphone a i khou kona u thoma kha 443: "bind() to [::]:443 failed (98: Address already in use)". Ndo wana uri haproxy ya kale i kha ḓi shuma kha 443. Ri fanela u vala ifhio, kana u shandukisa port?`),
    no(`Node_exporter kha VOS box a i thomi: "listen tcp :9100: bind: address already in use". Ho vha na ya kale ye nda i thoma nga tshanda, zwino ya systemd a i koni. Ndi i wana hani ndi i ime?`),
    no(`Sawubona. Lamuhla ekuseni i-httpd ku-server yetfu yase Manzini ayisebenti: "(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80". Ngicela lusito, emakhasimende akakhoni kungena ku-portal yekubuka ema-invoice.`),
    no(`Sanibonani, ngifake i-Kamailio njenge-SBC embikwe kwe-VOS kodvwa iyala kucala:
ERROR: <core> [core/udp_server.c:432]: udp_init(): bind(3, 0.0.0.0:5060): Address already in use
Ngicabanga i-VOS isabambe i-5060 kuleyo machine. Ngiyifaka ku-5070 yini?`),
    no(`Ngiyabonga ngekusita kwetolo. Nyalo i-Redis ayikhoni kucala: "Could not create server TCP listening socket *:6379: bind: Address already in use". Sisebentisa i-redis ye-CDR cache kuphela, emakholi akatsintseki.`),
    no(`Emva kwekushintja i-port ye-SSH kuya ku-2222, sshd ayisacali: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." Ngingabona njani kutsi ngubani lobambe i-2222?`),
    no(`Ku-Windows PC ye-call centre kufakwe ema-softphone lamabili, lelinye liyala kucala ngobe "port 5060 already in use". Ngiyacela ningitjele kutsi ngisusa liphi, nome ngishintja i-local port yini.`),
    no(`Lumela ba IT. Fa ni leka ku kalisa Tomcat ya VOS web manager, i li "java.net.BindException: Address already in use: bind" ka port 8080. Ni nahana kuli Jenkins ye ne ni kalisize mabani i sa itusisa 8080. Ni kupa tuso.`),
    no(`Mu zuhile cwañi? Server ya luna ya Mongu, nginx ha i kalisi: bind() to 0.0.0.0:443 failed (98: Address already in use). Calls za VOS li sebeza hande, ki website feela ye si ka kalisa.`),
    no(`Ni kupa kuziba: "docker compose up" i li "Bind for 0.0.0.0:5060 failed: port is already allocated". Ni na ni container ya SIP ye ñwi ye ne ni kalisize mabani ya ku leka. Ni i zwise cwañi ni sa sinyi ze ñwi?`),
    no(`Mysql ya billing ha i kalisi fa server ya Livingstone: "Bind on TCP/IP port: Address already in use". Ku bonahala kuli mysqld ye ñwi i sa li teñi. Lu i bulaile ka kill kono i kutela hape. Ki ifi taba?`),
    no(`Fa laptop ya ka, Flask app ye ni eza ya ku bona ma CDR i li "OSError: [Errno 98] Address already in use" fa port 5000. Ni i fetolela cwañi kwa port ye ñwi?`),
    no(`Monire. Pa server yithu ku Mzuzu, Tomcat ya VOS portal yikwamba yayi:
SEVERE: StandardServer.await: create[localhost:8005]: java.net.BindException: Address already in use
Tikupempha wovwiri chonde, ŵa accounts ŵakukhumba kuwona ma invoice.`),
    no(`Mwawuka uli? Nayezga kuti Apache ipulikire pa port 80 kweni yikukana: "(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80". Nginx yili kale pa 80. Kasi nichite wuli?`),
    no(`Zikomo. SIP proxy yiphya iyo tawika pa server ya VOS yikukana kwamba chifukwa 5060 yili kugwiliskika kale: "bind failed: Address already in use". Kasi tiyiwike pa 5062 panji tigule server yinyake?`),
    no(`Pa laptop yane ya Windows, program ya Go iyo nkhupanga kuti niwone ma CDR yikuti "listen tcp 127.0.0.1:8080: bind: Only one usage of each socket address (protocol/network address/port) is normally permitted." Nkhumanya yayi kuti chinthu wuli chili pa 8080.`),
    no(`Vsftpd pa server ya backup ku Karonga yikwamba yayi: "500 OOPS: could not bind listening IPv4 socket". Tikugwiliska FTP kutuma ma recording ku head office. Kasi ni port 21 pera yili na suzgo?`),
  ],
  otherRegistrationCause: [
    no(`Sanibonani. Emaphone la-12 ku-office yase Mbabane akasa-register kusukela ekuseni. Ku-log ngibona "SIP/2.0 403 Forbidden". Umsebenti wetfu ushintje ema-password ku-VOS itolo kodvwa akazange awafake kuma-phone.`),
    no(`Emaphone etfu awa-registered ngobe i-domain sip.ourco.co.sz iphelelwe sikhatsi (expired) ngeLesitsatfu, i-DNS ayisaphenduli. Sicela nisitjele kutsi singasebentisa i-IP yini kwanyalo.`),
    no(`I-branch yase Nhlangano ayinayo i-internet kusukela nga 9 ekuseni, i-fibre inenkinga. Ngako emaphone akhombisa "Unregistered". Kulamanye ema-branch konkhe kulungile.`),
    no(`Sishintje i-router ku-reception (sifake i-MikroTik lensha), kodvwa emaphone etfu asebentisa UDP kuphela. Nyalo emaphone lamabili akasa-register, lamanye ayasebenta. Ngibonile kutsi lamabili atfole ema-IP ngaphandle kwe-VLAN ye-voice.`),
    no(`I-licence ye-VOS3000 iphelile ngeLisontfo, nyalo emaphone onkhe atsi "Registration failed" ne-503. Sicela nisitjele kutsi siyivuselela njani i-licence.`),
    no(`Lifoni lelisetafuleni laMnumzana Dlamini alikhanyi, litsi "No Service". Ngibone kutsi i-PoE switch ayiniki gesi ku-port 7. Lamanye emaphone ayasebenta, ngulelinye kuphela.`),
    no(`Lumela. Mafooni a mashumi a mabeli mwa ofisi ya Mongu ha a sa registeri kacenu. Lu bonile kuli SIP account ya kweli ni kweli i felile (expired) — ha lu si ka pata invoice ya kweli ye. Lu pate kai?`),
    no(`Ni kupa tuso: ISP ya luna i cincize public IP ya server ya VOS mabani manzibwana. Mafooni kaufela a sa na ni IP ya kale mwa provisioning, ki sona se a si ka registeri.`),
    no(`Mafooni a luna a itusisa UDP feela, TCP ha lu i itusisi. Kono kacenu a sa registeri ku zwa fa lu cincize ISP ku zwa ku Zamtel ku ya ku Liquid. Lu nahana kuli UDP 5060 i kwalilwe ki ISP ye nca.`),
    no(`Ha ku na mulilo wa ZESCO kwa Sesheke ku zwa ka 10 koloko (loadshedding), mafooni a ofisi kaufela a timile. Ki sona se ni a bonela "unregistered" mwa VOS?`),
    no(`Ne ni fetola provisioning template mi ni ñozi "sip.luna.co.zw" sina "sip.luna.co.zm" — mafooni a 40 a latehezi registration. Se ni lukisize template, kono mafooni a swanela ku reboot. Ni a reboot cwañi kaufela ka nako ye liñwi?`),
    no(`Yealink ye nca ya reception i li "Registration failed: 401 Unauthorized". Username ye ni ñozi i na ni space kwa mafelelezo. Kana ki yona taba?`),
    no(`Salibonani. Amaphone ethu ase Gweru kawasa register kusukela ekuseni. Umuntu we IT ubetshintsha i password ye admin ku VOS kodwa watshintsha lama password ama extension ngephutha. Log: 401 Unauthorized kuzo zonke.`),
    no(`I internet ye TelOne ifile eBulawayo kusukela ngo 6 ekuseni, yikho amaphone ethu ebonakala e unregistered. I router ye MikroTik iyakhanya kodwa i WAN kayitholi IP.`),
    no(`Sitshintshile sangena ku WiFi entsha e office. Amaphone ethu asebenzisa UDP kuphela, kasisebenzisi TCP. Emva kwalokho amanye kawasa register ngoba i DHCP iwanika i gateway engalunganga.`),
    no(`Lotjhani. I-akhawunti ye-SIP yekhasimende e-Siyabuswa iphelelwe sikhathi ngombana akhenge babhadele ikhwata. Amaphone wabo atjengisa "unregistered". Ngibawa ningitjele ukuthi ngiyivuselela njani.`),
    no(`Amaphone amathathu ase reception kawavuki. Kuvele ukuthi i cable ye switch ikhutshwe ngabapendi abebependa izolo. Ngiyibuyisele, kodwa eyodwa isathi "No network".`),
    no(`Ndaa. Maphone a Thohoyandou a khou ri "Unregistered" u bva nga 08:00. Ro wana uri domain ya SIP yo fhela (expired) nga Ḽavhuraru. Ri khou humbela uri ni ri thuse u i vusuludza.`),
    no(`Aa vhahashu. Phone dza ofisi ya Makhado a dzi khou registara, log i ri "403 Forbidden". Musi ndo sedza, password ya account yo shandukiswa nga manager mulovha. Ri shumisa UDP fhedzi, a hu na TCP.`),
    no(`Mulovha vhusiku ho vha na load shedding nahone UPS yo fhela. Namusi maphone a 6 a khou kundelwa u registara ngauri PoE switch a i ngo vuwa zwavhuḓi. Ndi khou humbela ngeletshedzo.`),
    no(`Ro shandukisa ISP u bva kha Telkom u ya kha Vumatel, IP ya ofisi yo shanduka. VOS i kha ḓi vha na IP whitelist ya kale, zwino phone dzoṱhe a dzi registari. Ri dzhenisa IP ntswa ngafhi?`),
    no(`Vhakasitama vhaṅwe vha Musina vha khou vhilaela uri phone dzavho a dzi registari. Ndo wana uri account yavho ya prepaid yo fhedza balance nahone yo lockiwa. Ndi nga i vula hani?`),
    no(`Monire. Mafoni gha pa ofesi ya Mzuzu ghakuregista yayi kufuma mulenji. Tasanga kuti munthu wa IT wakasintha password ya akaunti mayiro, kweni mafoni ghachali na password yakale.`),
    no(`Ku Rumphi kulije magetsi kufuma pa 5 koloko mulenji (ESCOM). Mafoni ghose ghakulongora "unregistered" mu VOS. Kasi pali chinthu chinyake icho tingachita?`),
    no(`Tikugwiliska UDP pera pa mafoni ghithu. Mayiro Airtel wakasintha IP ya router yithu, ndipo mafoni 8 ghaleka kuregista chifukwa VOS yikuzomerezga IP yakale pera mu whitelist.`),
    no(`Akaunti ya customer wa ku Karonga yili "expired" mu VOS kufuma pa 1 mwezi uno. Ndicho mafoni ghake ghakuregista yayi. Nkhupempha kuti muwonjezgere nyengo, wapereka kale ndalama.`),
    no(`Pa provisioning tachita mistake: tawika "sip.malawi-voice.mw" kweni domain nadi ni "sip.malawivoice.mw". Mafoni ghaphya 15 ghakuregista yayi. Tasintha kale template, kasi tiyambiske wuli mafoni ghose?`),
  ],
  smallFigures: [
    no(`Monire. Nkhupempha kumanya: pa server yithu ya VOS ku Lilongwe ss -s yikuti
TCP:   412 (estab 188, closed 201, orphaned 0, timewait 198)
Kasi ichi ni suzgo? Mafoni ghose ghakugwira ntchito makora.`),
    no(`Kasi TIME_WAIT ni chinthu wuli nadi? Nkhusambira course ya networking ku MUST, ndipo teacher wakafumba kuti tilongosole chifukwa wuli socket yikukhala mu TIME_WAIT. Yewo.`),
    no(`Nkhupempha command ya kupenda kuti pali ma TIME_WAIT ghalinga pa CentOS 6 pakuti ss yilije. Tikukhumba kuwika mu health check ya sabata yiliyose.`),
    no(`Report ya mwezi wa Julayi: pa 14 Julayi pa 19:00 tikaŵa na "Cannot assign requested address" kwa mamineti 20 chifukwa cha TIME_WAIT 28 000. Tikasintha kale ip_local_port_range na tcp_tw_reuse, ndipo kufuma apo palije suzgo. Nkhukhumba waka kulemba mu report.`),
    no(`Interview question: "What happens when the ephemeral port range is exhausted?" Nkhunozgekera interview ya NOC ku Airtel Malawi machero. Kasi mungandilongosolera mwakufupika?`),
    no(`netstat -ant | grep TIME_WAIT | wc -l → 73. Pa 15:00 ma call ni 40 pera. Boss wakuti nilole usange ivi ni makora. Ni makora?`),
    no(`Salibonani. Ngenza i health check yeviki. ss -s: "TCP: 356 (estab 140, closed 190, orphaned 2, timewait 187)". Amakholi ahamba kuhle, ngifuna nje ukwazi ukuthi ama 187 e TIME_WAIT ayingozi yini.`),
    no(`Ngicela ungichazele umahluko phakathi kwe TIME_WAIT le CLOSE_WAIT. Ngifunda i CCNA e NUST, kayisiyo inkinga ye server.`),
    no(`Umphathi ufuna i report ngalokho okwenzakala ngoMgqibelo odlulileyo: sasile "EADDRNOTAVAIL" kusukela ngo 20:00 kwaze kwaba ngu 20:35, satshintsha i sysctl, kwalunga. Kakusela nkinga. Ngicela ungisize ngibhale i summary ngesiNgisi.`),
    no(`Lotjhani. Ngibawa ukwazi: umtjhini wethu we-VOS e-KwaMhlanga utjengisa "timewait 45" ku-ss -s ebusuku. Lokho kujayelekile na? Kufanele kube iinkulungwana ezingaki bona ngitjhwenyeke?`),
    no(`Umbuzo we exam: "Explain why TIME_WAIT lasts 2*MSL." Mina ngithi ngu 60 seconds ku Linux. Kulungile yini?`),
    no(`Sifuna ukufaka i alert ku Zabbix: nxa i TIME_WAIT idlula izinkulungwane ezingu 20 ithumele i SMS. Okwamanje sibona ama 300 kuphela. Yiphi ikhomandi engcono yokubala?`),
    no(`Ndaa. Ndi khou ita health check ya vhege: "netstat -an | grep -c TIME_WAIT" i ri 241. Nga 11:00 ri na calls dza 60 fhedzi. Zwi khou luga naa?`),
    no(`Ndi khou humbela ṱhalutshedzo: TIME_WAIT ndi mini nahone ndi ngani i tshi vha hone kha sockets dza TCP? Ndi khou ḓigudisela exam ya Univen.`),
    no(`Ri khou ṅwala incident report ya mulovha: nga 18:10 ho vha na "Cannot assign requested address" lwa mimunithi ya 15. Ro engedza ip_local_port_range nahone zwa fhela. Zwino zwo luga, ndi report fhedzi.`),
    no(`Ndi nga vhala hani TIME_WAIT kha CentOS 5 hune ss ya si vhe hone? Ri tama u i dzhenisa kha script ya cron.`),
    no(`ss -s kha server ya Polokwane:
TCP:   620 (estab 410, closed 160, orphaned 0, synrecv 0, timewait 158/0)
Manager u ri ndi zwinzhi. Nne ndi vhona zwi zwiṱuku. Ni ri mini?`),
    no(`Sawubona. Ngibuta nje: ku-server yetfu ye-VOS, "ss -tan state time-wait | wc -l" ikhombisa 96 ntsambama. Kuyintfo levamile yini? Kute inkinga emakholini.`),
    no(`Bengifundza ngeTCP ku-course ye-UNESWA. Kwentekani ku-socket emva kwe-FIN? Kungani kutsiwa TIME_WAIT ivikela ema-packet lamadzala?`),
    no(`Sicela i-script lencane lebala i-TIME_WAIT njalo ngemizuzu lemihlanu, ibhale ku-file. Sifuna kubona nje kutsi ibukeka njani ngelilanga.`),
    no(`Ngendzaba yaMsombuluko lodlule (tinkhulungwane leti-25 te-TIME_WAIT ngo 19:00), sesiyilungisile ngeLesibili ngekushintja i-port range. Nyalo sibhala i-post-mortem kuphela, kute lokudzingekako.`),
    no(`Interview yami ye-MTN Eswatini: "What is EADDRNOTAVAIL and when does Linux return it?" Ngingaphendvula njani kahle?`),
    no(`Lumela. Ni eza health check ya sunda: "ss -s" i li timewait 134 fa 10 koloko. Calls ki 30 feela. Ku lukile kamba?`),
    no(`Ni ituta za networking kwa UNZA. Ni kupa kuli mu ni taluseze TIME_WAIT — i ina nako ye kuma cwañi ku Linux?`),
    no(`Report ya mabani: ne ku na ni "BindException: Cannot assign requested address" ka mizuzu ye 10 fa 20:00, kono se lu lukisize ka tcp_tw_reuse. Kacenu ha ku na butata. Ni bata feela ku ñolela boss report.`),
    no(`Ni ka bala cwañi TIME_WAIT ha ni sina ss? Server ki CentOS 6. Ni bata ku i beya mwa Nagios check.`),
    no(`Mwa server ya Livingstone, netstat ya ka i bonisa "88 TIME_WAIT, 210 ESTABLISHED" fa 14:00. Ku na ni butata kamba ki ze swanela?`),
  ],
  firewallNoRst: [
    no(`Ndaa. Ri khou humbela u vula port 5060 TCP na UDP kha FortiGate ya ofisi ya Thohoyandou, na RTP 10000-20000. Ri khou ḓisa SIP trunk ntswa. Ndi policy ifhio ine ra fanela u i ita?`),
    no(`Ndi khou humbela u dzhenisa IP ya carrier kha whitelist ya iptables kha VOS box. Ndo ṅwala "iptables -I INPUT -s 41.203.x.x -p udp --dport 5060 -j ACCEPT" — naa ndi zwone?`),
    no(`fail2ban yo thivhela IP ya ofisi yashu nga 09:15 ngauri muṅwe o khakha password ya SSH lunzhi. "fail2ban-client status sshd" i ri Banned IP list: 102.x.x.x. Ndi i bvisa hani?`),
    no(`Routers dza vhakasitama dza Telkom dzi na SIP ALG yo vuliwaho, nahone audio i pfala nga thungo nthihi fhedzi (one-way audio). Ri fanela u vala SIP ALG naa?`),
    no(`Kha pfSense ya Makhado, rule ya "block all" yo vha i nṱha ha rule ya 5060, ya thivhela SIP trunk. Ndo i sudzulusela fhasi zwino zwi khou shuma. Ndi khou humbela u ḓivha uri rule order i shuma hani kha pfSense.`),
    no(`Ri tama u ita geo-blocking kha FortiGate ngauri ri khou vhona SIP scanners vha tshi bva Netherlands na US. Ri tama u tendela ZA na ZW fhedzi. Ndi nga ita hani?`),
    no(`Sawubona. Sicela nisisite kuvula i-port 5061 (TLS) ku-Cisco ASA yetfu yase Manzini. Umhlinzeki we-trunk ufuna TLS kusukela ngeLesine.`),
    no(`Fail2ban ivimbe i-IP ye-carrier yetfu ngobe i-filter ibone ema-401 lamanyenti. "Ban 196.x.x.x" ku-fail2ban.log. Ngiyifaka njani ku-ignoreip?`),
    no(`I-MikroTik yase reception ine-SIP helper (ALG) levuliwe, sifuna kuyivala: "/ip firewall service-port disable sip". Kulungile kanjalo?`),
    no(`Sifuna kuvimba onkhe ema-IP langaphandle kwe-Africa ku-FortiGate ngenca ye-toll fraud. Sicela nisibonise kutsi i-geo-IP address object yentiwa njani.`),
    no(`Ku-iptables, i-DROP ise-line 3, i-ACCEPT ye-5060 ise-line 9, ngako ema-INVITE e-trunk lensha awangeni:
3     4521  271K DROP       all  --  *      *       0.0.0.0/0            0.0.0.0/0
9        0     0 ACCEPT     udp  --  *      *       196.x.x.x            0.0.0.0/0   udp dpt:5060
Ngiyishintja njani i-order?`),
    no(`Ngicela kwengeta i-port 8080 ku-pfSense NAT port forward kuze emakhasimende afinyelele ku-web portal ye-VOS. Ngaphandle kwaloko konkhe kuyasebenta.`),
    no(`Salibonani. Ngicela ukuvula i port 5060 UDP le 10000-20000 ku FortiGate ye Harare branch, i trunk entsha ye Liquid iqala kusasa. Kakukho okunye okuphukileyo.`),
    no(`Fail2ban ivalele i IP yomthengi wethu waseVictoria Falls ngoba i softphone yakhe ithumela ama REGISTER amanengi ane password engalunganga. Ngiyibuyisela njani? "fail2ban-client set asterisk unbanip ..."?`),
    no(`Ngicela ungitshele ukuthi ngiyivala njani i SIP ALG ku router ye ZOL. Amakhasimende athi i audio izwakala ngakunye kuphela.`),
    no(`Ngibawa ukwazi ukuthi ngi-whitelist njani i-IP ye-carrier ku-iptables ngaphandle kokuvala i-SSH. Ngiyesaba ukuzivalela ngaphandle kwomtjhini.`),
    no(`Sifuna ukwenza i geo-block ku pfSense (pfBlockerNG) sivumele i Zimbabwe le South Africa kuphela ku port 5060. Ama scanner avela e Russia ayasihlupha ebusuku.`),
    no(`Lumela. Ni kupa kuli mu ni bonise mo ku bulela port 5060 TCP fa FortiGate ya ofisi ya Mongu. Carrier ye nca i bata TCP ku zwa kamuso.`),
    no(`Fail2ban i kwalezi IP ya luna ya ofisi mabani manzibwana, se lu sa koni ku kena SSH. Ni kupa mu ni taluseze ku i zwisa mwa ban.`),
    no(`Router ya customer ki TP-Link, i na ni SIP ALG ye bulezwi. Mafooni a sebeza kono batu ha ba utwani hande (one-way audio). Lu i kwale?`),
    no(`Ni bata ku eza geo-blocking ka iptables ni ipset: ku lumeleza feela Zambia ni Namibia ku 5060. Ku na ni script ye ni kona ku itusisa?`),
    no(`Fa Cisco ASA, "show access-list" i bonisa hitcnt=0 fa rule ye lu ezize ya SIP trunk, kakuli i kwa mafelelezo mi "deny ip any any" i li fa pili. Ni i yahisa cwañi fa pili?`),
    no(`Monire. Nkhupempha kuti mundovwire kujura port 5060 UDP pa FortiGate ya ofesi ya Mzuzu. Trunk yiphya ya TNM yikwamba machero.`),
    no(`Fail2ban yikawika IP ya munthu wa call centre mu ban chifukwa wakanjizga password mwakubudika kanandi. "Banned IP list: 105.x.x.x". Kasi tingamufumiskamo wuli?`),
    no(`Routers za makasitomala ghithu zili na SIP ALG yakujura. Kasi tighale nayo panji tiyijare? Ŵanthu ŵakudandaula kuti mazgu ghakufika kumwe pera.`),
    no(`Tikukhumba kuwika geo-blocking pa MikroTik: kuzomerezga Malawi, Zambia na Tanzania pera pa port 5060. Kasi address-list tingayipanga wuli?`),
    no(`Pa iptables, rule ya ACCEPT ya trunk yili pasi pa DROP, ndipo counters zikulongora "0 0 ACCEPT udp -- 196.x.x.x". Kasi ningayikwezga wuli kuti yiŵe pachanya?`),
  ],
  negationContext: [
    no(`Lumela. Mafooni a luna a itusisa UDP feela, TCP ha lu i itusisi nihaiba hanyinyani. Ni utwile kuli SS_TCP_CLOSE_RESET i ka tahisa butata ku NAT — kana i ka lu ama? Ni buza feela, ha ku na se si sinyehile.`),
    no(`SS_TCP_CLOSE_RESET ha lu si ka i cinca, i sa li Off ku zwa kwa makalelo. Kono boss u bata ku ziba kuli ki ifi ye i ka eza RST. Ki ya report feela.`),
    no(`Mu libale message ya ka ya kwamulaho ye ne i bulela za "firewall i kwala RST" — ne ni fosize server. Ha ku na butata.`),
    no(`Calls ne li palelwa mabani, mi ne lu nahana kuli ki FortiGate i kwala RST. Kono Airtel ba lu bulelezi kuli ne ki butata bwa carrier kwa ñambo ya bona. Firewall ya luna i sebeza hande.`),
    no(`Ha ku na se lu cincize mwa sunda ye — ha lu si ka fetola softswitch.conf, ha lu si ka fetola firewall. Mafooni a sa li registered hande. Ni bata feela ku ziba kuli RST mode ki ifi.`),
    no(`Za TIME_WAIT ya makiti a 40 ne li za mwaha wa 2022, se li felile kale ka ku cinca port range. Ni kupa feela graph ya nako yeo ya report ya silimo.`),
    no(`Monire. Tikugwiliska UDP pera, TCP yayi. Ndipo SS_TCP_CLOSE_RESET tindayiwikepo On yayi. Mafoni ghithu ghakuregista makora; nkhufumba waka chifukwa ndawona message pa group.`),
    no(`Muleke message yane ya mayiro yakuti "Cannot assign requested address" — yikaŵa pa laptop yane pera, ndipo nasanga kuti nkhabudiska IP mu config. Server yili makora.`),
    no(`Mayiro pa 20:00 ma call ghakakana, tikaghanaghana kuti ni firewall ya pfSense yikutaya ma RST. Kweni pamanyuma tasanga kuti ni TNM carrier yikaŵa na outage. Sono vyose vili makora.`),
    no(`Palije munthu wasintha chilichose pa server — softswitch.conf yili nthena nga mu Januwale. Boss wakufumba waka kuti tilembe mu report kuti RST mode yili Off.`),
    no(`Suzgo la TIME_WAIT 30 000 likaŵa la mwezi wajumpha; tawika tcp_tw_reuse=1 ndipo lamala. Nkhukhumba waka kuti mundiphalire usange report yane yalembeka makora.`),
    no(`Kasi ni wunenesko kuti RST mode yikupangiska NAT kutaya registration? Ise tilije NAT, server na mafoni vyose vili mu LAN yimoza, ndipo SS_TCP_CLOSE_RESET yili Off.`),
    no(`Salibonani. Kasikaze siyivule i SS_TCP_CLOSE_RESET, ihlala i Off. Amaphone ethu asemva kwe MikroTik asebenzisa UDP kuphela. Ngibuza nje ukuthi i RST mode yenzani, akukho inkinga.`),
    no(`Libala umlayezo wami wangaphambili ngama phone angaregistered emva kwe RST — bekungeyiyo i server yethu, bekuyi lab ka Thabani. Sekulungile.`),
    no(`Izolo kusihlwa kwakulamakholi ahlulekayo, sacabanga ukuthi yi FortiGate edrophayo ama RST. Kanti kwakuyi carrier, i Liquid yayilo outage. Kakulanto eyatshintshwayo kithi.`),
    no(`Akunamuntu otjhugulule litho ku-server kusukela ngoMatjhi. I-RST isese ku-Off. Ngibawa nje ukwazi ukuthi ngibhale i-report ye-audit ngendlela efaneleko.`),
    no(`I TIME_WAIT yezinkulungwane ezingu 35 yeviki elidlulileyo yalungiswa ngu Tendai ngokutshintsha i tcp_tw_reuse. Lamuhla kakulanto. Ngidinga nje ukuthi ungichazele okwenziwayo ukuze ngibhalele umphathi.`),
    no(`Ndaa. A ri shumisi TCP, ri shumisa UDP fhedzi kha phone dzoṱhe. SS_TCP_CLOSE_RESET a ro ngo i shandukisa. Ndi vhudzisa fhedzi ngauri ndo i vhona kha manual.`),
    no(`Ni songo sedza message yanga ya u thoma ya "firewall i khou dropa RST" — ndo vha ndo khakha server. Ye ra khou amba ngayo ndi ya test lab, a i na vhathu.`),
    no(`Calls dzo kundelwa nga 19:00 mulovha; ro humbula uri ndi Sophos i khou lathela RST. Fhedzi Vodacom vho ri vhudza uri ho vha na outage kha trunk yavho. Zwino zwo luga, a ri ṱoḓi tshithu.`),
    no(`A hu na muthu o shandukisaho tshithu kha softswitch.conf — RST i kha ḓi vha Off. Ndi khou ṅwala report ya quarterly fhedzi, ndi ṱoḓa u ḓivha uri parameter heyi i ita mini.`),
    no(`Thaidzo ya "Cannot assign requested address" ya vhege yo fhiraho yo lugiswa nga Mpho nga ip_local_port_range. Namusi a hu na tshithu. Ndi humbela fhedzi ṱhalutshedzo ya u rumela kha boss.`),
    no(`Sawubona. Asisebentisi i-TCP, emaphone etfu onkhe asebentisa UDP kuphela. Ngiyabuta nje kutsi i-SS_TCP_CLOSE_RESET iyasitsintsa yini. Kute lokuphukile.`),
    no(`Ngicela ningawunaki umlayeto wami wangaphambilini ngema-phone langa-registered emva kwe-RST — bekungesiyo i-server yetfu, bekuyi-lab.`),
    no(`I-RST ayizange ivulwe, i-SS_TCP_CLOSE_RESET iseyi-Off kusukela kwafakwa i-server. Emakholi etfu lahluleka itolo bekuyinkinga ye-carrier (MTN Eswatini), hhayi i-firewall.`),
    no(`Kute lokushintjiwe ku-FortiGate nome ku-VOS. Sibhala i-report ye-audit kuphela: ngabe i-firewall ingawavumela yini ema-RST nangabe siyivula i-RST mode. Akukho lokuphukile.`),
    no(`Inkinga yetinkhulungwane te-TIME_WAIT sayilungisa kadzeni ngemuva kwe-upgrade. Nyalo ngifuna nje kubuta kutsi i-tcp_tw_reuse iphephile yini kuyigcina ivuliwe. Umbuto nje.`),
  ],
  portExhaustion: [
    pe(`Salibonani. I VOS3000 yethu eBulawayo iyehluleka ngo 19:00 amakholi esemanengi. Ku log: "connect() failed: Cannot assign requested address (errno 99)". ss -s ithi:
TCP:   29412 (estab 1870, closed 27380, orphaned 4, timewait 27351)
Ngicela usizo masinyane, amakhasimende ayakhala.`),
    pe(`Mfowethu amakholi kawadluli lamuhla ntambama. "netstat -ant | grep TIME_WAIT | wc -l" inika 31245. I VOS kayisakwazi ukuxhuma kuma gateway nge TCP, ithi "Address already in use" ku connect, hatshi ku listen.`),
    pe(`Lotjhani. Umtjhini we-VOS e-KwaMhlanga uyawa ngesikhathi se-peak, kusukela ngo-5 kuya ku-7 ntambama. I-log ithi EADDRNOTAVAIL, i-TIME_WAIT iinkulungwana ezima-26. Ngibawa isizo, abantu abakghoni ukufowuna ngesikhathi sokuphuma emsebenzini.`),
    pe(`I CDR yalamuhla ekuseni ithi amakholi angu 40% ahlulekile. Ku softswitch log: "tcp connect to 10.0.1.5:5060 failed, errno=99". "sysctl net.ipv4.ip_local_port_range" ithi 32768 60999. Ngicabanga ama port aphelile, lithini?`),
    pe(`Sesikubone kabili lamuhla: i billing service ka Java ithi "java.net.BindException: Cannot assign requested address: connect" ngesikhathi amakholi edlula 250 ngasikhathi sinye. "ss -tan state time-wait | wc -l" = 27 999. Lisisize.`),
    pe(`Ngingu NOC eHarare. Senze i load test nge SIPp phezu kwe TCP: emva kwemizuzu emibili ku 200 CPS i VOS iqala ukuthi "bind: Cannot assign requested address" kuma outgoing connection, izinkulungwane ezingu 30 ze TIME_WAIT. Sifuna ibambe i traffic ye Black Friday.`),
    pe(`Ndaa vhahashu, ndi supervisor wa call centre ya Polokwane. Ma-agent a vha koni u founela nnḓa u bva nga 18:00 u swika 20:00. Technician u ri log i ri "Cannot assign requested address" nahone hu na TIME_WAIT dza zwigidi zwa 28 kha VOS. Ri khou xelelwa nga mbuelo, ri thuseni.`),
    pe(`Aa. Namusi vhusiku calls dza trunk dza TCP dzo ima. netstat i sumbedza TIME_WAIT dza zwigidi zwa 29. Softswitch i ri errno 99 musi i tshi lingedza u connecta kha gateway ya Joburg. Ndi mini zwi re zwone u zwi ita?`),
    pe(`Ri na thaidzo ya u fhela ha ports dza local:
# sysctl net.ipv4.ip_local_port_range
net.ipv4.ip_local_port_range = 32768    61000
Nga peak (19:00-21:00) TIME_WAIT i swika 28 000 nahone outgoing connections dzoṱhe dzi a kundelwa. Ri thuseni.`),
    pe(`Vhakasitama vha Makhado vha khou vhilaela uri calls dzi a kundelwa nga madekwana. Kha log ndi vhona "EADDRNOTAVAIL" lunzhi. Ro vhala TIME_WAIT: 27k. SS_TCP_CLOSE_RESET i kha ḓi vha Off, a ro ngo i shandukisa. Ri ite mini?`),
    pe(`Ndi NOC ya Louis Trichardt. Routing app yashu ya Java i ri "java.net.BindException: Address already in use: connect" musi i tshi ita outgoing connections kha VOS, hu si u listen. Ndo vhala sockets: zwigidi zwa 30 kha TIME_WAIT. Zwi thoma nga 17:00 zwa fhela nga 22:00 ḓuvha ḽiṅwe na ḽiṅwe.`),
    pe(`Promo yashu ya "free minutes" yo thoma nga Mugivhela, nahone u bva zwenezwo VOS i a kundelwa u ita TCP connections ntswa nga madekwana. dmesg a i sumbedzi tshithu, fhedzi ss -s i ri timewait 29412 nahone calls ntswa dzi a wa. Ri ṱoḓa thuso namusi.`),
    pe(`VOS MNZ-02: EADDRNOTAVAIL futsi ngo 19:05, tw 28.6k, emakholi ayehluleka. Ngiyayiphakamisela ku-level 2, sicela lusito masinyane.`),
    pe(`Emakholi ayehluleka ngesikhatsi se-peak njalo ngelilanga. I-graph ye-Zabbix ikhombisa i-TIME_WAIT ikhuphuka kusukela nga 7 ebusuku iye etinkhulungwaneni leti-30, futsi ngaleso sikhatsi i-softswitch itsi errno 99 nayitsintsa i-gateway. Ngicabanga ema-port aphelile.`),
    pe(`Umsebenti we-NOC lapha eMbabane. Ngiphindze "ss -tan | awk '{print $1}' | sort | uniq -c" ngo 19:40:
  28734 TIME-WAIT
   1802 ESTAB
     12 LISTEN
Nyalo emakholi lamasha ayawa, i-log itsi "bind: Cannot assign requested address". Ekuseni bekulungile.`),
    pe(`I-softswitch yetfu ixhumana nema-gateway lamatsatfu kuphela nge-TCP. "ss -tan state time-wait" ikhombisa cishe 28 000 wonkhe aya ku-196.x.x.x:5060, kantsi nyalo ema-connection lamasha ahluleka ngo "Cannot assign requested address". Kungenteka yini kutsi ema-local port aphelile?`),
    pe(`Ngemuva kwekushintja ema-gateway onkhe kusuka ku-UDP kuya ku-TCP ngeMgcibelo, i-VOS yase Manzini ayisakhoni kuvula ema-connection lamasha ngesikhatsi se-peak. Sibona "EADDRNOTAVAIL" netinkhulungwane leti-27 te-TIME_WAIT. Emakholi lamasha ayawa, lamadzala ayachubeka.`),
    pe(`Sicela nisisite: i-VOS itsi "connect: Address already in use" kuma-outgoing connection (hhayi kulalela i-port). Ema-socket lamanyenti asesimweni se-TIME_WAIT, 30k nangetulu. Emakholi ahluleka ngesikhatsi se-peak kuphela.`),
    pe(`Lumela. Ni mun'a kampani, mi ni latehezi mali kacenu. Calls za ma-customer ba Lusaka li palelwa ku zwa fa 18:00. Technician wa ka u li ports za TCP li felile ka TIME_WAIT (makiti a 29) mi log i li "Cannot assign requested address". Ni kupa mu lukise ka bunako.`),
    pe(`Mu zuhile cwañi? Mwa manzibwana calls li palelwa hahulu.
$ cat /proc/net/sockstat
TCP: inuse 1804 orphan 0 tw 28911 alloc 1930 mem 322
Softswitch i li errno 99 ha i leka ku kopana ni gateway. Ni nahana kuli ports li felile.`),
    pe(`Ni NOC mwa Mongu. Script ya PHP ye tuma CDR kwa CRM i li "Failed to connect to 10.2.0.8 port 443: Cannot assign requested address" fa nako ya peak (19:00–21:00). TIME_WAIT i fita makiti a 28 fa server ya VOS. Kakusasana kaufela ku sebeza hande.`),
    pe(`ASR ya luna i wile ku zwa fa 55% ku ya fa 20% fa nako ya peak. Mwa log ku na ni "errno 99 Cannot assign requested address" ye ñata, mi ip_local_port_range ki 32768 60999. Ports za server li felile kamba cwañi? Lu eze cwañi?`),
    pe(`Ku zwa fa lu ekelize CPS ka carrier ye nca, mwa manzibwana ku na ni "connect() failed (99: Cannot assign requested address)" ye ñata, ni makiti a 30 a TIME_WAIT. Batu ba luna ba Livingstone ha ba koni ku founa fa 20:00.`),
    pe(`Ni kupa tuso: VOS i li "Address already in use" ha i eza outgoing connect, isiñi ha i listen. TIME_WAIT ki makiti a 27. Calls za peak li wa. Ha lu si ka fetola se siñwi mwa softswitch.conf.`),
    pe(`Monire. Ndine junior pa NOC ku Lilongwe. Ndayezga ss -s, yikuti timewait 29 500. Ndipo para nkhuyezga "telnet 10.0.0.9 5060" kufuma pa server ya VOS yikuti "telnet: connect to address 10.0.0.9: Cannot assign requested address". Ma call ghakutondeka kufuma pa 18:00. Nkhupempha wovwiri luŵiro.`),
    pe(`Mayiro pa nyengo ya mpira wa Flames ma call ghakaŵa ghanandi chomene ndipo ghakatondeka, lero nawo pa 19:00 ndendende. "netstat -an | grep TIME_WAIT | wc -l" = 30 120, ndipo softswitch yikuti errno 99 para yikuyezga kukolerana na gateway.`),
    pe(`Ine ndine wa NOC ku Mzuzu. Kamailio iyo yili pambere pa VOS yikulemba "tcp_blocking_connect_internal(): connect failed (99) Cannot assign requested address" pa nyengo ya peak. TIME_WAIT yikufika vikwi 28 pa VOS. Mulenji vyose vikuluta makora.`),
    pe(`Sabata yajumpha tasamira ku server yiphya ya CentOS 7. Kufuma apo, pa peak outgoing TCP connects zikutondeka na EADDRNOTAVAIL ndipo TIME_WAIT yikufika 28k. sysctl yikuti net.ipv4.ip_local_port_range = 32768 60999. Kasi tichite wuli kuti ports zileke kumala?`),
    pe(`Ni kumalira kwa mwezi, ŵanthu ŵapokera malipiro ndipo ma call ghakwenelera chomene. Sono pa 20:00 tikuwona "EADDRNOTAVAIL" mu softswitch log na TIME_WAIT vikwi 27. Ma call ghaphya ghakugwa, ghakale ghakuluta.`),
    pe(`Ine ndine reseller ku Karonga. Ma customer ghane ghakuti ma call ghakukana pakati pa 18:00 na 20:00 zuŵa lililose. Engineer wane wakuti server ya VOS yikumalizga ma port: TIME_WAIT yikujumpha 30 000, log yikuti "Cannot assign requested address". Koma tichite wuli?`),
  ],
  natUnregistered: [
    nat(`Salibonani. Izolo sivule i SS_TCP_CLOSE_RESET=On ukuze i TIME_WAIT yehle. Kusukela lapho amaphone ethu ase Gweru asemva kwe MikroTik ayaphuma ku registration njalo ngemizuzu emihlanu. Asebenzisa TCP. Amaphone ase head office angela NAT wona alungile.`),
    nat(`Abasebenzi bethu abasebenza emakhaya nge router ze ZOL le TelOne balama softphone e SIP over TCP. Kusukela ngoLwesibili lapho u Sipho evule i RST mode ku VOS, kakho ongenayo — wonke athi "Unregistered". Sicela usizo.`),
    nat(`Lotjhani. Amakhasimende ami e-Siyabuswa anama-router we-Huawei emizini, amaphone wabo we-Grandstream akhamba nge-TCP. Kusukela i-engineer ivula i-RST ku-softswitch (SS_TCP_CLOSE_RESET=On) ngoLesihlanu, amaphone la woke ayawa ku-registration. Ngibawa nibuyise njengokwakunjalo.`),
    nat(`Nansi i softswitch.conf yethu:
SS_TCP_CLOSE_RESET="On"
Sayifaka ngo 14:00 sasesenza "service mbx3000d reparse". Ngemva kwehola elilodwa amaphone wonke asemva kwe NAT (ama branch amathathu) aba unregistered, kodwa lawo ale public IP ahlala e registered. Amaphone asebenzisa TCP.`),
    nat(`Ama phone e Yealink e lodge eVictoria Falls, emva kwe MikroTik, avela registered ahle aphume, njalo njalo. Lokhu kuqale emva kokuthi sitshintshe i VOS yaba ku RST mode ukulungisa i port exhaustion. Asebenzisa TCP ngoba i hotel ivala i UDP.`),
    nat(`Umthengi omkhulu eBulawayo uyakhala: ama extension angu 60 emva kwe router yakhe kawasa register nge TCP kusukela sivule i RST ku softswitch izolo ebusuku. Kumele sibuyisele i SS_TCP_CLOSE_RESET ku Off yini?`),
    nat(`Ndaa vhahashu. Kha VOS ndi vhona phone dza Louis Trichardt dzi tshi registara, nga murahu ha mimunithi miṱanu dza bva hafhu. Dzi murahu ha MikroTik (NAT) nahone dzi shumisa TCP. Zwo thoma musi engineer o vula SS_TCP_CLOSE_RESET mulovha. Connection table ya MikroTik i sumbedza connections dza 5060 dzi tshi fhela nga u ṱavhanya.`),
    nat(`Maphone a TLS (port 5061) a re murahu ha Telkom router a khou xelelwa nga registration u bva musi RST i tshi vulwa kha softswitch. A registara, nga murahu ha mimunithi i si gathi a vha unregistered hafhu. Ndi zwa NAT naa?`),
    nat(`Kiliniki ya Tshilidzini i na LTE router (NAT ya Vodacom) nahone Yealink dzavho dzi shumisa SIP over TCP. U bva musi ro vula RST mode nga Swondaha, a dzi tsha registara. Ofisi dzi re na fibre na public IP dzi khou shuma zwavhuḓi.`),
    nat(`Log ya VOS u bva nga 22:00 (musi ro vula SS_TCP_CLOSE_RESET=On):
REGISTER sip:vos.example.co.za from 41.13.x.x:38211 TCP -> 408 Request Timeout
REGISTER sip:vos.example.co.za from 197.94.x.x:50122 TCP -> 408 Request Timeout
IP idzi dzoṱhe ndi dza routers dza vhakasitama (NAT). Phone dzi a kundelwa u registara. Ri ite mini?`),
    nat(`Consultant wa vendor o dzhena nga remote mulovha a shandukisa SS_TCP_CLOSE_RESET ya vha On, a ri zwi ḓo fhungudza TIME_WAIT. Namusi nga matsheloni phone dzoṱhe dza branch dzi re murahu ha NAT dzi ri "Unregistered", dzi shumisa TCP. O ita mini ngangoho?`),
    nat(`Ri na phone dza 25 kha mine site tsini na Musina, dzi shumisa VSAT ine ya vha na NAT, nahone ri shumisa TCP ngauri UDP i a xela. U bva musi ro vula RST kha VOS, phone dzenedzo dzi a bva kha registration. Dza ofisini ya Polokwane dzi khou shuma.`),
    nat(`Sawubona. Ngingu-receptionist eManzini. I-phone yami kanye nalamanye lasemsebentini abhala "Not Registered" emva kwemizuzu lembalwa. IT itsi bavule into lokutsiwa yi-RST ku-VOS itolo. Emaphone asebentisa TCP, emuva kwe-MikroTik.`),
    nat(`Ema-agent etfu lasebentisa Linphone ku-Android nge-TCP ku-mobile data (i-NAT ye-MTN) awasa-registered kusukela savula i-SS_TCP_CLOSE_RESET. Nawasebentisa i-VPN eya ngco ku-server ayasebenta.`),
    nat(`Ema-extension langu-120 kulangu-200 awa-registered. Ngiwabuke onkhe: lawo-120 asemuva kwe-NAT (ema-router ema-branch), lawo-80 lasebentako ane-public IP nome ase-VPN. Sonkhe sisebentisa TCP, futsi i-RST mode yavulwa ngeMsombuluko.`),
    nat(`Ngitsatse i-SIP trace: i-phone itfumela REGISTER nge-TCP, i-VOS iphendvule 200 OK, bese i-VOS itfumela RST. Ngemuva kwaloko i-router (NAT) ilahla i-mapping, ne-re-REGISTER lelandzelako ayifiki. Loku kwacala ngemuva kwekufaka SS_TCP_CLOSE_RESET="On". Emaphone onkhe lase-branch awa-registered.`),
    nat(`Umtsengi wetfu lomkhulu eMatsapha unema-extension langu-45 emuva kwe-router yakhe (NAT), onkhe nge-TCP. Kusukela savula i-RST mode ngeLesine kute noyedvwa lo-registered. Ngabe sibuyisela i-SS_TCP_CLOSE_RESET ku-Off?`),
    nat(`Bantfu betfu labasebentela ekhaya ku-fibre ye-Eswatini Mobile, ngema-router abo, asebentisa i-softphone nge-TCP. Itolo ntsambama i-NOC yavula i-RST ku-softswitch, kusukela lapho bonkhe bakhombisa "Unregistered".`),
    nat(`Lumela. Ne ni bali article fa internet mi ni cincize SS_TCP_CLOSE_RESET ku On ku fokotsa TIME_WAIT. Ku zwa fo, mafooni a ofisi ya Mongu a li kwa mulaho wa MikroTik (NAT) a zwa mwa registration. A itusisa TCP.`),
    nat(`Sikolo sa luna sa Kalabo si na ni home router (NAT) mi Yealink za sona li itusisa SIP over TCP. Ku zwa fa lu bulezi RST mode kwa VOS mabani, li sa registeri. Ni kupa tuso.`),
    nat(`Branch ya luna ya Katima Mulilo i itusisa router ya MTC ye na ni NAT. Mafooni kaufela ki TCP. Ku zwa fa lu ezize SS_TCP_CLOSE_RESET="On" ni reparse mabani ka 21:00, mafooni a branch yeo ha a sa registeri. A Lusaka a na ni public IP a sebeza.`),
    nat(`Mabani busihu lu ezize change window: tcp_tw_reuse=1, port range, ni SS_TCP_CLOSE_RESET=On. Kacenu kakusasana mafooni kaufela a kwa mulaho wa NAT a bonisa "unregistered"; a sebelisa SIP over TCP. Ki ifi ye ne i tahisize butata?`),
    nat(`Mafooni a registara hande ha lu a reboot, kono hamulaho wa minute ze peli a si na ku eza se siñwi a zwa mwa registration. A kwa mulaho wa routers za NAT mi a itusisa TCP. Ne ku si na butata ye pili lu si ka bulela RST mode.`),
    nat(`Ni reseller mwa Mongu. Ma-customer ba ka ba 20 ba ba na ni home routers ba bilaela kuli mafooni a SIP-TCP ha a sa registeri ku zwa fa mu bulezi RST. Nomba ba nyemile. Ni kupa mu i kutise mo ne i inezi.`),
    nat(`Monire. Ofesi yithu ya Mzuzu yili kumanyuma kwa MikroTik hAP (NAT), ndipo mafoni ghose ghakugwiliska TCP. Kufuma apo tawika SS_TCP_CLOSE_RESET=On mayiro, mafoni ghakuregista na kufuma mu registration kanandi.`),
    nat(`Kuchipatala cha ku Ekwendeni, mafoni gha Grandstream ghali kumanyuma kwa router ya kunyumba (NAT) ndipo ghakugwiliska SIP over TCP. Kufuma apo ŵa NOC ŵajura RST mode pa VOS, ghakulongora "unregistered" nyengo yose.`),
    nat(`Ku Chipata tili na ofesi yakugwiliska router ya Airtel 4G (CGNAT). Mafoni ghithu ni TCP. Kufuma apo tasintha SS_TCP_CLOSE_RESET kuŵa On, mafoni ghaleka kuregista. Ofesi ya Lusaka yili na fibre na public IP yili makora.`),
    nat(`Pa VOS "Phone Online" yikaŵa 340, kweni tikati tachita reparse pa 22:00 na SS_TCP_CLOSE_RESET="On", yikhira ku 95. Ghanyake ghose 95 ghali na public IP; ghose agho ghamala ghali kumanyuma kwa NAT ndipo ghakugwiliska TCP.`),
    nat(`Mafoni gha Grandstream ghakugwiliska TLS pa TCP 5061, ghali kumanyuma kwa NAT ku ofesi za makasitomala. Kufuma apo tajura RST mode, ghakuregista yayi. Kasi tiwezge SS_TCP_CLOSE_RESET ku Off panji tiŵe na chinthu chinyake?`),
    nat(`Ine ndine agent pa call centre. Lero mulenji foni yane yikulemba "Not registered" ndipo nkhutondeka kupokera ma call. IT ŵakuti mayiro ŵajura "RST" pa server ndipo mafoni ghithu gha TCP ghali kumanyuma kwa router ya NAT. Kasi ŵangachita wuli?`),
  ],
  firewallRst: [
    fw(`Salibonani. Kusukela sivule i SS_TCP_CLOSE_RESET=On ngoLwesibili, amakholi aya kuma gateway ayehluleka. I FortiGate ilog ezinje:
date=2024-05-14 time=19:02:11 type="traffic" subtype="forward" srcip=10.10.1.5 srcport=5060 dstip=41.x.x.x dstport=43122 proto=6 action="deny" msg="no session matched" tcpflags="RST"
Ngicela usizo.`),
    fw(`I Sophos XG esiphambi kwe VOS yethu iqala ukulahla ama packet ku log ithi "Invalid TCP packet: RST" kusukela savula i RST mode. Amakholi amanengi ahlulekile lamuhla ntambama. Amaphone wona a registered.`),
    fw(`Lotjhani. I-engineer ye-firewall yekhasimende lami itjho bona i-pfSense yabo ibhlokha ama-packet we-RST (TCP:R) avela ku-VOS yethu kusukela savula i-SS_TCP_CLOSE_RESET. Amakholi wabo aya ku-VOS ahluleka isiqingo ngesiqingo. Ngibawa isizo.`),
    fw(`I iptables ku VOS box ibala ama packet alahlwayo, ikhula nge call ngayinye kusukela i RST mode ivuliwe:
Chain INPUT (policy ACCEPT)
 pkts bytes target  prot opt in  out  source      destination
48211 1928K DROP    tcp  --  *   *    0.0.0.0/0   0.0.0.0/0   ctstate INVALID
Amakholi ayehluleka ngezikhathi ezithile. Kuyini okudingekayo?`),
    fw(`Ku data centre yethu eHarare sile Check Point phambi kwe softswitch. Kusukela sitshintshe i VOS yaba ku RST mode izolo, i Check Point ithi "TCP packet out of state: RST" ezinkulungwaneni, njalo amakholi ayehluleka ukudlula.`),
    fw(`Amakholi ayehluleka kusukela livule lokho okuthiwa yi RST. Umuntu wami we firewall uthi i FortiGate ilahla ama reset. Lungisani masinyane, amakhasimende ami ayahamba.`),
    fw(`Ndaa. pfSense ya ofisi ya Thohoyandou i khou thivhela packets u bva musi ro vula RST mode:
May 14 19:20:01 filterlog: 5,,,1000000103,igb1,match,block,in,4,0x0,,64,0,0,DF,6,tcp,40,10.0.0.5,41.x.x.x,5060,51822,0,R,...
Calls dza u ya kha gateway dzi a kundelwa. Ri thuseni.`),
    fw(`Ndo ita tcpdump kha VOS: RST i a bva kha server, fhedzi kha gateway ya murahu ha Cisco ASA a i swiki. ASA i a i thivhela. U bva musi ro vula SS_TCP_CLOSE_RESET calls dza gateway dzi fhela nga 408. Ndi humbela thuso.`),
    fw(`MikroTik ya data centre ya Polokwane i na rule ya "drop invalid" nahone counter yayo i khou gonya nga u ṱavhanya u bva musi ro vula RST mode kha VOS. Calls nnzhi dzi a kundelwa u bva nga 09:00.`),
    fw(`Nga murahu ha u vula SS_TCP_CLOSE_RESET, FortiGate i sala i tshi khou fara session ya kale nga murahu ha RST yo thivhelwaho, nahone INVITE ntswa kha 5-tuple i fanaho i a lathwa. Calls dzi a kundelwa u swika session i tshi fhela nga tshifhinga.`),
    fw(`Vodacom vho ri vhudza uri firewall yavho ya stateful i khou lathela RST dzine dza bva kha VOS yashu u bva musi ro vula RST mode nga Ḽavhuvhili. Calls dzoṱhe dza u ya kha trunk yavho dzi khou kundelwa. Ri ite mini?`),
    fw(`Gateway yashu ya Linux i re Makhado i na iptables conntrack. Kha dmesg ndi vhona "nf_ct_tcp: invalid RST" lunzhi u bva musi VOS yo vuliwa RST mode, nahone calls dza ngeno kha gateway dzi a kundelwa.`),
    fw(`Sawubona. I-Cisco ASA yetfu yase Mbabane igcwele ema-log lanje kusukela savula i-RST ku-VOS:
%ASA-6-106015: Deny TCP (no connection) from 10.20.0.5/5060 to 196.x.x.x/41822 flags RST on interface inside
Emakholi laya ku-carrier ayehluleka. Sicela lusito.`),
    fw(`I-FortiGate yetfu ine-anti-replay strict, futsi kusukela savula i-SS_TCP_CLOSE_RESET ilahla ema-RST njenge "out of window". Emakholi etfu ayehluleka kakhulu lamuhla ntsambama.`),
    fw(`"iptables -L -n -v" ku-data centre yase Mbabane:
Chain FORWARD (policy DROP 0 packets, 0 bytes)
 pkts bytes target     prot opt in     out     source               destination
93412 3736K DROP       all  --  *      *       0.0.0.0/0            0.0.0.0/0            state INVALID
Le-counter yacala kukhula ngalelo langa savula i-RST mode, futsi emakholi ayehluleka.`),
    fw(`Emva kwekuba savula i-RST mode, nasicedza ikholi, ikholi lelandzelako liyehluleka imizuzu lemibili. I-MikroTik emkhatsini ilahla i-RST ("drop invalid"), igcine i-connection yakadzeni.`),
    fw(`I-OPNsense yetfu iya-log-a "block TCP:R" ku-5060 kusukela i-VOS yashintjwa yaba ku-RST mode. Emakholi ase-branch yase Nhlangano ayehluleka, emaphone wona a-registered.`),
    fw(`I-FortiGate yemtsengi wetfu eMatsapha ilahla ema-RST latfunyelwa yi-VOS yetfu. Lokukhulu kwemakholi e-trunk yabo ayehluleka kusukela savula i-RST. Nyalo singenta njani?`),
    fw(`Lumela. Iptables fa VOS server i bonisa counter ya conntrack INVALID DROP i hula ka bunako:
38022 1521K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
Ku zwa fa lu bulezi RST mode, calls za ku ya kwa gateway li palelwa.`),
    fw(`Engineer wa firewall wa reseller wa luna u li FortiGate 60F ya bona i kwala RST ye zwa kwa VOS kakuli ha i boni session. Ku zwa fa lu cincize SS_TCP_CLOSE_RESET ku On, calls mwahal'a PBX ya bona ni VOS li palelwa.`),
    fw(`Cisco ASA ya data centre ya Lusaka i bonisa "Deny TCP (no connection) ... flags RST ACK" ze ñata ku zwa mabani, fa lu bulezi RST mode. Calls za ku ya kwa gateway li wa.`),
    fw(`MikroTik ya Mongu i na rule ya "drop invalid", mi counter ya yona i hula hahulu ku zwa fa lu cincize VOS kwa RST mode. Calls ze ñata li palelwa ku zwa ka 8 koloko.`),
    fw(`Pfsense ya luna i sa bulukile state ya connection hamulaho wa RST ye kwalilwe, mi call ye latelela i palelwa. Ku kalile ku zwa fa lu ezize SS_TCP_CLOSE_RESET="On" mabani.`),
    fw(`NOC Lusaka: ku zwa fa lu bulezi RST mode ka 22:00, ASR ya trunk ye fita mwa Palo Alto i wile kwa 0%. Palo Alto i li drop "TCP packet out of window" fa packets za RST.`),
    fw(`Monire. MikroTik yithu pa data centre yikulongora kuti rule ya "drop invalid" yikutaya ma packet ghanandi:
/ip firewall filter print stats
 2  drop invalid   bytes=1 843 220  packets=46 081
Kufuma apo tajura RST mode pa VOS, ma call ghakutondeka.`),
    fw(`Gateway ya carrier ku Blantyre yili na iptables conntrack, ndipo ŵakutiphalira kuti ma RST gha VOS yithu ghakutayika nga INVALID. Kufuma apo tasintha SS_TCP_CLOSE_RESET ku On, ma call ghakwenda ku gateway iyo ghakutondeka.`),
    fw(`Pa FortiGate ya ku Lilongwe, engineer wakawona kuti log yikulongora "no session matched" pa ma packet gha RST kufuma ku VOS. Ndipo ma call ghakukana kufuma apo tajura RST mode mayiro.`),
    fw(`Sophos UTM ya ofesi ya Mzuzu yikutaya ma RST kufuma ku softswitch. Sono ma call ghakutondeka kanandi chomene, kweni mafoni ghachali registered. Ichi chayamba kufuma apo tawika SS_TCP_CLOSE_RESET=On.`),
    fw(`Para call yamala, call yinyake pa gateway yimoza yikutondeka kwa mamineti ghaŵiri. pfSense yikutaya RST ndipo state yakale yikukhalilira. Suzgo ili layamba kufuma apo tajura RST mode pa VOS.`),
    fw(`Carrier withu ku Chipata wakuti firewall yawo ya stateful yikutaya ma RST gha VOS yithu, ndicho ma call ghithu ku carrier yawo ghakutondeka kufuma pa Chiŵiri apo tajura RST mode. Tichite wuli?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning137Set: readonly EvalItem[] = Object.values(tuning137Families).flat();
