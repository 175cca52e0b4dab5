import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP operators, call centres and resellers in eastern and southern Africa, on WhatsApp: Swahili and Sheng
 * (Kenya, Tanzania), Luganda and Kinyarwanda, Zulu and Xhosa mixed with South African English, Shona and Ndebele
 * (Zimbabwe), Chichewa (Malawi) and Zambian English with Bemba words, all in Latin script with English technical
 * words. Numbers as "elfu 30", "30k", "30 thousand"; greetings "habari", "niaje", "sawubona", "molo", "mhoro",
 * "gyebale ko", "muraho", "muli bwanji", "mwashibukeni". Shares: Swahili/Sheng 40%, Zulu/Xhosa/SA English 19%,
 * Shona/Ndebele 16%, Luganda/Kinyarwanda 14%, Chichewa/Bemba 11%.
 *
 * The two-hundredth tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the two-hundredth never-tuned set, before the seventieth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the seventieth round, then made tuning
 * material for the seventy-first: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 98.9 %, negatives confident 2.2 %, confident wrong 0 % with the rules of
 * the sixty-ninth round, before the seventieth.
 * After the seventieth round: the same.
 * After the seventy-first round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning200Families = {
  oneListeningPort: [
    no(`Habari boss. Tomcat ya web portal haitaki kuanza, log inasema "java.net.BindException: Address already in use: bind" kwa port 8080. Nimeangalia netstat nikaona kuna java process ingine imeshika 8080. Nifanyeje?`),
    no(`Niaje mse, nginx imekataa ku-start baada ya update:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
Apache iko pia kwa server hiyo hiyo nadhani. Calls ziko poa, ni portal ya customers tu iko down.`),
    no(`Mambo. MySQL haiwezi ku-start kwa VOS server, error "Can't start server: Bind on TCP/IP port: Address already in use" port 3306. Kuna mysqld nyingine inarun? Tuna hofu maana billing inategemea hii.`),
    no(`Habari za asubuhi. Baada ya ku-restart mbx3000d, softswitch inasema "bind 0.0.0.0:5060 failed: Address already in use". ps inaonyesha process ya zamani ya mbx3000d bado iko hai. Tu-kill tu ama?`),
    no(`Sasa bro, nimeweka docker container ya grafana kwa server ya monitoring, docker inasema "Bind for 0.0.0.0:3000 failed: port is already allocated". Hii sio VOS yenyewe, ni dashboard tu ya kuona CPS. Msaada tafadhali.`),
    no(`Swali dogo: "Address already in use" inatokea kwa laptop yangu nikirun dev server ya API yetu ya reseller (node, port 3000). Switch haina shida, ni laptop yangu tu. Unajua namna ya kujua nani ameshika port?`),
    no(`Habari. Redis ya portal imekataa: "Could not create server TCP listening socket *:6379: bind: Address already in use". Ni service moja tu, zingine ziko sawa. Tafadhali tusaidie haraka, customers hawawezi ku-top up.`),
    no(`Salaam. Tumehamisha web manager ya VOS kwenda port 8443, sasa inasema port taken. Kumbe ni apache ya zamani ilikuwa inasikiliza 8443. Tuiondoe vipi bila kuvuruga calls?`),
    no(`Habari yenu. Hii hapa:
# systemctl status httpd
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
no listening sockets available, shutting down
Portal ya ma-reseller haifunguki tangu asubuhi. Switch iko ok, calls zinaenda.`),
    no(`Habari za mchana. Tunapata "Error: listen EADDRINUSE: address already in use :::8080" kwa app yetu ya call-centre dashboard (node.js) iliyo kwa server moja na VOS. Je, ni salama kuibadilishia port?`),
    no(`Niaje, haraka: mbx3000d haikuwaka after reboot, log inasema listen port 5060 is occupied. Nimecheck kumbe kuna asterisk ya majaribio mtu aliiwacha running kwa box hiyo. Ndio hiyo ama kuna kingine?`),
    no(`Sawubona. Eish our web portal won't come up, catalina.out says "Address already in use: JVM_Bind" on 8080. Calls are fine manje, it's just the portal. Ngicela usizo.`),
    no(`Molo team. The VOS MySQL won't start after the power came back from loadshedding, says port 3306 already in use. Ndicela uncedo, I think there's two mysqld running now.`),
    no(`Howzit. Nginx reverse proxy on the billing box: bind() to 0.0.0.0:443 failed (98: Address already in use). Only this one service, the switch is carrying traffic normally. Enkosi.`),
    no(`Sawubona bafowethu, after restarting the softswitch it says port 5060 is in use, an old mbx3000d is still hanging around (ps shows two pids). Must I kill the old one? Traffic is down until it starts so urgent please.`),
    no(`Hi there, the docker container for our CDR exporter won't start: "driver failed programming external connectivity ... Bind for 0.0.0.0:9100 failed: port is already allocated". Node exporter on the host already sits on 9100 I think. Yebo just advise.`),
    no(`Mhoro. Tomcat ye web portal haisi kutanga, inoti "Address already in use" pa port 8080. Ndakaona kuti pane imwe java process yakabata port iyoyo. Ndapota batsirai.`),
    no(`Mangwanani. MySQL pa VOS server yaramba kutanga: "Bind on TCP/IP port: Address already in use", 3306. Ndaita restart zvakare hazvishandi. Calls dziri kufamba asi billing yamira.`),
    no(`Salibonani. Sicela usizo: the portal on port 80 kayisebenzi, apache says could not bind to 0.0.0.0:80, Address already in use. I think the nginx the other guy installed is also on 80.`),
    no(`Mhoro shamwari, mushure me reboot mbx3000d inoti port 5060 already in use. netstat -lnp inoratidza stale process yekare. Ndoiuraya here (kill -9)?`),
    no(`Gyebale ko ssebo. Web portal yaffe tekola, Tomcat egamba "BindException: Address already in use" ku port 8080. Switch ekola bulungi, calls zigenda. Tuyambe.`),
    no(`Oli otya. Redis ku server ya billing egaanye okutandika: "bind: Address already in use" ku 6379. Kati tukole tutya?`),
    no(`Muraho neza. Nginx ntiyatangiye: "bind() to 0.0.0.0:443 failed (98: Address already in use)". Ni iyo service imwe gusa, izindi zikora neza. Mwadufasha?`),
    no(`Mwiriwe. Nyuma yo gu-restart VOS, softswitch ivuga ko 5060 ifitwe n'indi process ya kera itarahagaze. Twayikura gute tutabangamiye ibindi? Murakoze.`),
    no(`Muli bwanji. Portal ya customers sikugwira ntchito lero, Tomcat ikuti "Address already in use" pa 8080. Chonde tithandizeni.`),
    no(`Mwashibukeni mukwai. MySQL on the VOS box ilekana ukutampa after the ZESCO power cut: "Address already in use" on 3306. Only billing is affected. Natotela.`),
    no(`Muli shani. Docker container ya web dashboard yathu: "Bind for 0.0.0.0:8080 failed: port is already allocated". Only the dashboard, the switch is fine. Zikomo.`),
  ],
  otherRegistrationCause: [
    no(`Habari. Simu zote za ofisi ya Mombasa ziko unregistered tangu asubuhi. Kwa log naona "401 Unauthorized" mara nyingi. Jana tulibadilisha password za accounts zote. Tatizo ni nini?`),
    no(`Niaje boss, gateways zetu zimepoteza registration baada ya ISP kutubadilishia public IP. Tunatumia UDP tu. Nibadilishe nini kwa VOS?`),
    no(`Mambo. Clients wa reseller wangu hawawezi ku-register, wanapata 403 Forbidden. Nadhani account imesimamishwa juu ya balance, walikuwa na deni la elfu 30. Unaweza kuangalia?`),
    no(`Habari. Softphones za call centre yetu Nairobi zime-unregister tangu jana usiku. Tulibadilisha DNS name ya server kutoka sip.old kwenda sip.new na Zoiper bado zinatafuta jina la zamani. Tufanye nini?`),
    no(`Sasa wasee, stima ilipotea Kisumu masaa 3 na router ikazima. Power imerudi lakini phones bado unregistered. Ni UDP. Tu-reboot phones zote?`),
    no(`Habari za kazi. Licence ya VOS ime-expire? Web manager inaonyesha "licence expired" na phones hazi-register tangu saa sita usiku. Tafadhali angalia.`),
    no(`Habari. ISP ametuletea router mpya ya Huawei ambayo ina SIP ALG imewashwa, na tangu hapo simu za UDP zinapoteza registration kila dakika 5. Hatujabadilisha chochote kwa switch.`),
    no(`Mambo. Internet ya ofisi iko down (fibre ya Safaricom), ndio maana phones ziko unregistered? Ama ni server? Ping kwa server haifiki kabisa.`),
    no(`Habari. Gateway moja ya GoIP imeacha ku-register. Kumbe mtu aliingiza password vibaya akibadilisha settings, log: "REGISTER from 197.x.x.x ... 401 wrong password". Tuna-reset vipi?`),
    no(`Salaam. Account ya mteja wetu Dar imeisha muda (expiry 30/06) na simu zake zote ziko unregistered. Ni sawa kuongeza validity kutoka portal?`),
    no(`Habari boss. Tumehamisha VOS server kwenda data centre mpya, IP imebadilika, na trunks na phones hazi-register kwa sababu zote zimewekwa na IP ya zamani. Ni UDP. Kuna script ya ku-update zote?`),
    no(`Sawubona. All our extensions in Durban show unregistered since the power cut this morning, Eskom stage 6. The router was dead until 10am. Now some came back, some didn't. UDP only.`),
    no(`Molo. We changed the SIP passwords for security yesterday and forgot to update 12 phones. Now they show unregistered with 401. How do I bulk update? Enkosi.`),
    no(`Eish guys, our account is suspended?? Phones unregistered and the portal says "insufficient balance". We paid R30k yesterday by EFT, please check.`),
    no(`Sawubona, the Yealinks at the branch went unregistered after Telkom moved us to a new fibre router. We're on UDP and the new router has SIP ALG on. Should I disable it?`),
    no(`Howzit. One agent's softphone keeps saying unregistered but all the others are fine. She's working from a guesthouse wifi that blocks 5060. Ngicela nisize.`),
    no(`Mhoro. Mafoni ese ari unregistered kubvira ZESA yadimwa nezuro. Router yakagara isina magetsi. Iye zvino magetsi adzoka asi mafoni mashoma chete ari registered. Tinoshandisa UDP.`),
    no(`Mangwanani. Takachinja password dze accounts nezuro, mafoni makumi maviri ari kuratidza unregistered, log ine 401. Tingaite sei kuti tigadzirise ese kamwe chete?`),
    no(`Salibonani. The ISP changed our public IP over the weekend and the gateway at Bulawayo kayisebenzi anymore, unregistered. The VOS whitelist still has the old IP. Siyabonga.`),
    no(`Mhoro. Reseller wedu haana kubhadhara, account yake yakamiswa, saka vatengi vake vose vari unregistered. Ndinoda kuziva kuti ndingaivhura sei kana abhadhara $300.`),
    no(`Gyebale ko. Amasimu gaffe gonna unregistered okuva jjo, internet ya MTN yagenda. Kati ekomyewo naye simu ezimu tezinnaba ku-register. Tukozesa UDP.`),
    no(`Oli otya ssebo. Twakyusa password jjo, kati phones 8 zigamba "Registration failed 401". Tuyambe tuzitereeze.`),
    no(`Muraho. Telefone z'ikigo zose ziri unregistered kuva ejo. Twahinduye DNS ya server (sip.company.rw) ariko phones ziracyareba IP ya kera. Ni UDP.`),
    no(`Mwaramutse. Licence ya VOS yarangiye ejo, none nta telefone ihamagara, zose ni unregistered. Murakoze kudufasha vuba.`),
    no(`Muli bwanji. Mafoni athu onse ali unregistered chifukwa magetsi anazima dzulo ku Blantyre, router inali off. Lero ena abwerera ena ayi. UDP basi. Zikomo.`),
    no(`Mwashibukeni. The phones at our Kitwe branch are unregistered since we changed passwords mailo. Log shows 401 wrong credentials. Mukwai, natotela.`),
    no(`Muli shani. Account ya reseller yasuspendiwa pa balance, K30k owing. Ba customers bakwe bonse unregistered. How do we reactivate once he pays?`),
  ],
  smallFigures: [
    no(`Habari. Nimeona ss -s inaonyesha TIME_WAIT 214 kwa server yetu usiku:
Total: 612
TCP:   389 (estab 142, closed 221, orphaned 0, timewait 214)
Hiyo ni kawaida?`),
    no(`Niaje, swali tu: SS_TCP_CLOSE_RESET inafanya nini exactly? Tumeiona kwa softswitch.conf ikiwa Off.`),
    no(`Mambo boss. Tukiwasha RST mode, je phones zetu zilizo nyuma ya NAT (MikroTik) zitaathirika? Hatujawasha bado, tunataka kujua kwanza.`),
    no(`Habari. TIME_WAIT ni nini hasa? Engineer wetu mpya anauliza maana anaona kama mia tatu hivi kwa netstat.`),
    no(`Health check ya wiki: CPS peak 12, TIME_WAIT 180, estab 95, hakuna errors. Ni sawa ama tuongeze ip_local_port_range?`),
    no(`Salaam. Netstat inaonyesha ~400 TIME_WAIT saa nane mchana wakati wa peak yetu ndogo (CPS 8). Hii ni hatari?`),
    no(`Habari za asubuhi. net.ipv4.ip_local_port_range kwetu ni 32768 60999 (default). Kwa calls elfu 30 kwa siku, inatosha?`),
    no(`Sasa. Tunapanga kupandisha traffic kutoka CPS 20 hadi 60 mwezi ujao. Tuwashe tcp_tw_reuse kabla? Kwa sasa hakuna shida yoyote.`),
    no(`Habari. Naomba kuelewa tofauti kati ya FIN na RST kwa SIP over TCP. Mteja ameuliza kama moja ni bora kwa usalama.`),
    no(`Boss, ss -s yetu hii:
Total: 1021
TCP:   512 (estab 301, closed 180, orphaned 2, timewait 176)
iko poa? Calls zote zinaenda.`),
    no(`Habari. Kama tunatumia UDP tu, SS_TCP_CLOSE_RESET ina maana yoyote kwetu?`),
    no(`Sawubona. Quick one, what's a normal TIME_WAIT count for a VOS3000 doing about 5 CPS? We see 300-ish and nothing is failing.`),
    no(`Molo. If we switch SS_TCP_CLOSE_RESET to On, will the FortiGate at the client site complain? We haven't done it, just planning. Enkosi.`),
    no(`Howzit. Monthly review: netstat -ant | grep TIME_WAIT | wc -l = 143. No call failures. Anything we should tune?`),
    no(`Sawubona, the boss asked me to explain tcp_tw_reuse in simple words for the board report. Can you help, ngiyabonga.`),
    no(`Hi, is "timewait 88" in ss -s something to worry about? Server is quiet after hours.`),
    no(`Mhoro. Ndapota tsanangurai kuti SS_TCP_CLOSE_RESET=On inorevei. Hatisati taichinja, tiri kungoda kunzwisisa.`),
    no(`Mangwanani. ss -s inoti timewait 250, estab 120. CPS yedu i 6 chete. Zvakanaka here?`),
    no(`Salibonani. If we enable RST mode, will our phones behind home routers lose registration? Just asking before we decide. Siyabonga.`),
    no(`Mhoro. Ma ports 28k (32768-60999) anokwana here kwatiri? Tinoita 10 CPS pa peak, hapana dambudziko parizvino.`),
    no(`Gyebale ko. TIME_WAIT 190 ku server yaffe ekiro. Kino kirungi oba kibi? CPS ntono nnyo.`),
    no(`Oli otya. Nsaba onnyonnyole RST mode ne FIN bwe byawukana. Tetunnaba kukyusa kintu.`),
    no(`Muraho. ss -s yerekana timewait 320, estab 210. Ni ibisanzwe kuri server ifite CPS 15?`),
    no(`Mwiriwe. Ese SS_TCP_CLOSE_RESET igira ingaruka kuri SIP ya UDP? Telefone zacu zose ni UDP. Murakoze.`),
    no(`Muli bwanji. Kodi TIME_WAIT ndi chiyani kwenikweni? Tikuona pafupifupi 200 pa netstat. Zikomo.`),
    no(`Mwashibukeni mukwai. Our weekly check: timewait 97, estab 60, CPS about 4. Is this fine? Natotela.`),
    no(`Muli shani. If we turn on RST mode, what could go wrong with the MikroTik NAT at our branches? Just asking first, nothing changed yet.`),
  ],
  firewallNoRst: [
    no(`Habari. Tunahitaji kufungua port 5060 TCP na UDP kwa FortiGate yetu kwa carrier mpya. Unaweza kutupa steps?`),
    no(`Niaje, tafadhali whitelist IP ya carrier wetu mpya 196.201.x.x kwa iptables ya VOS. Calls za trunk hiyo bado hazijaanza.`),
    no(`Mambo. fail2ban imeban IP ya reseller wetu wa Mombasa baada ya kukosea password mara nyingi. Ban naiondoa vipi?`),
    no(`Habari. Tunataka ku-disable SIP ALG kwa MikroTik za branch zote. Command ni ipi?`),
    no(`Habari za asubuhi. Port forwarding ya 5060 kwa router ya ofisi ya Arusha haifanyi kazi, trunk ya nje haifiki PBX ya ndani. Tunatumia UDP. Nimeweka dst-nat lakini counters ni 0.`),
    no(`Boss, tunataka ku-block traffic ya nchi zingine (geo-blocking) kwa pfSense sababu ya SIP scanners. Msaada wa config?`),
    no(`Salaam. Naomba review ya iptables rules zetu kabla hatujaenda live na carrier mpya:
-A INPUT -p udp --dport 5060 -s 41.x.x.x -j ACCEPT
-A INPUT -p tcp --dport 5060 -j DROP
Hakuna tatizo kwa sasa, ni review tu.`),
    no(`Habari. Sophos yetu inaonyesha attacks nyingi za SIP (user-agent friendly-scanner). Tu-block user-agent hiyo vipi?`),
    no(`Niaje. Calls hazina sauti upande mmoja. FortiGate inaonyesha "deny" policy 0 kwa UDP 16384. Tufungue RTP range gani kwa VOS?`),
    no(`Habari. Tumebadilisha ISP wa ofisi, tunahitaji kufungua port 8080 ya web portal kwa IP ya ofisi mpya tu. Iptables command ni ipi?`),
    no(`Mambo. Tunataka kuweka rate limit ya REGISTER kwa firewall kuzuia brute force. Ushauri wenu?`),
    no(`Sawubona. Please help us open TCP 5060 on our Cisco ASA for the new carrier in Joburg. What's the access-list syntax?`),
    no(`Molo. fail2ban banned our own call centre IP this morning (too many 401s after someone fat-fingered a password). How to unban and whitelist it? Enkosi.`),
    no(`Howzit. We want to turn off SIP ALG on the Telkom router at the branch. Anyone know where it hides in the menu?`),
    no(`Sawubona. Can you review our pfSense rules before we cut over on Saturday? Nothing broken yet.
pass in on WAN proto udp from <carriers> to 10.0.0.5 port 5060
block in on WAN proto tcp to any port 5060`),
    no(`Hi team, geo-block request: we only want SA, Namibia and Botswana IPs to reach 5060. Can this be done on the VOS box firewall itself?`),
    no(`Mhoro. Ndapota tibatsirei kuvhura port 5060 pa FortiGate yedu yeku Harare kune carrier itsva.`),
    no(`Mangwanani. fail2ban yakavharira IP yemumwe reseller wedu. Tinoibvisa sei?`),
    no(`Salibonani. Sicela usizo with port forwarding on the MikroTik: dst-nat 5060 to the internal PBX at 192.168.88.10. Siyabonga.`),
    no(`Mhoro. Tinoda kuwedzera carrier IP 102.x.x.x ku whitelist ye iptables. Command ndeipi?`),
    no(`Gyebale ko. Tusaba okutuyamba okuggula port 5060 ku firewall yaffe (pfSense) ku carrier omuggya.`),
    no(`Oli otya. fail2ban ebanye IP ya reseller waffe e Mbarara. Tugiggyeko tutya?`),
    no(`Muraho. Turashaka gufunga SIP ALG kuri router za MikroTik z'amashami yose. Mwadufasha?`),
    no(`Mwiriwe. Dusaba review y'amategeko ya FortiGate mbere yo gutangiza carrier nshya. Nta kibazo gihari ubu. Murakoze.`),
    no(`Muli bwanji. Chonde tithandizeni kutsegula port 5060 pa firewall yathu ya Sophos kwa carrier watsopano. Zikomo.`),
    no(`Mwashibukeni. Fail2ban yaban IP yesu iya office ku Ndola. Ukwafwa mukwai, how do we unban?`),
    no(`Muli shani. We want to geo-block everything except Zambia and Malawi on the iptables of the VOS. Possible?`),
  ],
  negationContext: [
    no(`Habari. Phones zetu kadhaa ziko unregistered lakini tunatumia UDP tu, hatuna TCP kabisa. RST mode haijawahi kuwashwa kwetu. Itakuwa ni nini?`),
    no(`Asante sana boss! Tangu mweke tcp_tw_reuse jana, TIME_WAIT imeshuka kutoka elfu 30 hadi mia 2. Calls zote poa.`),
    no(`Niaje. Ile shida ya "cannot assign requested address" ya mwezi uliopita ilitatuliwa, asanteni. Sasa nataka tu kuuliza bei ya licence ya CPS 100.`),
    no(`FYI tu kwa record (forwarded):
"Ticket #4471 - port exhaustion at peak, TIME_WAIT 30k, solved 12/03 by widening ip_local_port_range. Closed."
Hakuna cha kufanya.`),
    no(`Habari. Simu za Kariakoo zilikuwa unregistered baada ya kubadilisha password asubuhi, tumeshazirekebisha. Asante.`),
    no(`Mambo. Mtu ameuliza kama tumewasha RST: hapana, SS_TCP_CLOSE_RESET bado ni Off, hatujawahi kuigusa. Calls zinadrop kwa carrier mmoja tu kwa sababu yao, wamesema wana maintenance.`),
    no(`Habari. Firewall ilikuwa ina-drop RST wiki iliyopita lakini tuli-rollback RST mode Jumatatu na tangu hapo hakuna tatizo. Nataka tu kuthibitisha ni sawa kuiacha Off.`),
    no(`Boss, hakuna aliyebadilisha kitu kwa server wala firewall, lakini calls za Airtel zinakataliwa na 503 kutoka kwa carrier. Carrier anasema ni upande wao.`),
    no(`Sasa. Ile TIME_WAIT ya elfu 28 ya jana ilikuwa wakati wa kampeni ya robocall ya mteja mmoja ambayo tumeisimamisha. Leo ni 300 tu. Tuko sawa?`),
    no(`Asanteni. Baada ya mabadiliko, ss -s inaonyesha timewait 150 tu hata wakati wa peak. Tatizo limeisha, mnaweza kufunga ticket.`),
    no(`Habari. Nilisoma kwenye forum kuhusu "RST mode na NAT", lakini sisi hatuna NAT na hatujawasha RST. Phones zote ziko registered. Nauliza tu kama kuna haja ya kufanya kitu.`),
    no(`Sawubona. Just closing the loop: the "address already in use" errors at peak are gone since you changed the port range, timewait is now about 400 at peak. Ngiyabonga kakhulu.`),
    no(`Molo. The branch phones went unregistered this morning, but it was because the new receptionist unplugged the switch lol. All back. RST is still off by the way. Enkosi.`),
    no(`Forwarded for the record, no action needed:
> From: NOC
> Subject: RE: FortiGate dropping RST after close mode change
> Resolved 03/05, SS_TCP_CLOSE_RESET set back to Off, policy adjusted. Closing.`),
    no(`Howzit. We're UDP only across the board so I don't think the TCP close thing applies to us. Calls are fine, just confirming we don't need to change anything.`),
    no(`Sawubona. Nobody changed anything on the switch, the phones dropped registration because Vodacom had an outage in our area from 2 to 4. Now fine.`),
    no(`Mhoro. Dambudziko re TIME_WAIT rakagadziriswa svondo rapfuura, maita basa. Iye zvino ss -s inoti timewait 210 pa peak.`),
    no(`Mangwanani. Mafoni akanga ari unregistered nekuti takachinja password, tagadzirisa. RST mode hatina kumboibatidza.`),
    no(`Salibonani. Forwarding an old ticket for our records only: "Calls failing at peak, EADDRINUSE on outbound, fixed by tcp_tw_reuse=1, March 2023." Siyabonga, nothing to do.`),
    no(`Mhoro. Hapana akachinja chinhu pa firewall kana pa switch. Calls dziri kudonha nekuti carrier wedu weku Joburg ane fault, vakatotiudza.`),
    no(`Gyebale ko. Ekizibu kya TIME_WAIT kyaggwa, webale nnyo. Kati timewait 180 ku peak.`),
    no(`Oli otya. Tetukozesa TCP, UDP yokka. RST tetugikyusangako. Phones zonna ziri registered. Nsaba kumanya oba waliwo kye tulina okukola.`),
    no(`Muraho. Ikibazo cya firewall yataga RST cyakemutse ukwezi gushize nyuma yo gusubiza SS_TCP_CLOSE_RESET kuri Off. Murakoze cyane, ubu byose bimeze neza.`),
    no(`Mwiriwe. Telefone zari unregistered ejo kubera ko twahinduye password; twabikosoye. Nta kindi cyahindutse.`),
    no(`Muli bwanji. Vuto la "cannot assign requested address" lija latha, zikomo kwambiri. Lero timewait ndi 250 basi.`),
    no(`Mwashibukeni. Phones were unregistered mailo because of ZESCO load shedding, router was off. Nothing changed on VOS, RST is Off. Natotela.`),
    no(`Muli shani. Forwarding for record only: old ticket about pfSense dropping RST, resolved last month. No action mukwai.`),
  ],
  portExhaustion: [
    pe(`Habari boss, haraka please! Kila jioni saa 2 usiku (peak), calls zinafail na log ya VOS inasema "cannot assign requested address" kwa outgoing connections kwenda carriers. ss -s inaonyesha timewait elfu 28. Asubuhi kila kitu poa.`),
    pe(`Niaje wasee, switch inakufa kila peak. netstat -ant | grep TIME_WAIT | wc -l = 31204. Hakuna TCP connection mpya inafunguka. CPS yetu ni 180.`),
    pe(`Mambo. Hii hapa:
# ss -s
Total: 33810
TCP:   32977 (estab 1204, closed 31620, orphaned 12, timewait 31544)
Na log: "connect() failed: Cannot assign requested address (99)". Calls zinakatika saa za busy.`),
    pe(`Habari za jioni. Tangu tuongeze traffic ya call centre hadi CPS 200, saa kumi jioni calls nyingi zinafail. Tunaona EADDRINUSE kwa connections za kutoka kwenda gateways. TIME_WAIT ni kama elfu 30.`),
    pe(`Salaam. Ma-reseller wanalalamika calls zinafail masaa ya peak tu. Nimeona "BindException: Address already in use" kwa connections za outbound za switch, si listening port. Timewait ni 29k.`),
    pe(`Habari. Boss anauliza kwa nini calls za route ya Tanzania zinashindwa kila siku saa moja usiku wakati wa peak. Nimeangalia: local ports zimeisha, ss inaonyesha TIME_WAIT 27,900 na range ni 32768-60999.`),
    pe(`Sasa bro, peak ya leo imeua switch tena. Outgoing TCP connects mpya hazifunguki, "cannot assign requested address". ss timewait 28k. Tufanye nini haraka?`),
    pe(`Habari. Tuna-run SIP over TCP kwenda carrier wetu mkubwa. Kwa CPS 150+ ports zinaisha, TIME_WAIT inafika elfu 35 na calls zinaanza kufail. Tukishuka chini ya CPS 80 inarudi poa.`),
    pe(`Boss, kama nilivyosema jana, imetokea tena leo saa 2 usiku. netstat ilionyesha TIME_WAIT 30k+ na "Cannot assign requested address" kwa kila connect mpya. Tafadhali mtu aangalie leo kabla ya peak.`),
    pe(`Habari. Log ya mbx3000:
[20:14:02] tcp connect to 41.x.x.x:5060 failed: errno 99 (Cannot assign requested address)
[20:14:02] tcp connect to 41.x.x.x:5060 failed: errno 99 (Cannot assign requested address)
inajirudia maelfu ya mara kila peak. Asubuhi hakuna.`),
    pe(`Mambo. Switch yetu ya Dar: peak CPS karibu 220, ephemeral ports zote zimetumika, timewait 28,1xx. Calls mpya zinapata 503 kutoka kwetu wenyewe. Ni ip_local_port_range?`),
    pe(`Ticket kutoka NOC yetu: "VOS3000 Nairobi - outbound TCP to carriers fails between 19:00-22:00 daily; EADDRINUSE on connect; TIME_WAIT around elfu 32; off-peak normal." Tafadhali msaada.`),
    pe(`Sawubona, urgent! Every evening at peak our VOS stops making new TCP connections to the carriers. "Cannot assign requested address" all over the log and ss -s shows timewait 30k. Ngicela usizo manje.`),
    pe(`Molo. Our call centre in Cape Town runs about 190 CPS in the morning campaign and calls start failing around 9. netstat shows 29 thousand TIME_WAIT. Off-peak it's fine. Ndicela uncedo.`),
    pe(`Eish guys, it happened again. Peak hour, outbound connects failing with EADDRINUSE, timewait 27k. We lost half the traffic for an hour.`),
    pe(`Howzit. Pasting:
TCP: 34102 (estab 980, closed 33010, orphaned 5, timewait 32870)
And the outgoing calls to the Vodacom trunk fail with "cannot assign requested address", only when it's busy.`),
    pe(`Sawubona. Since we moved the big reseller to SIP over TCP, at peak the server runs out of local ports, about 28k TIME_WAIT and new calls fail. Is there a kernel setting for this?`),
    pe(`Hi, NOC Joburg here. Between 17:00 and 19:00 new TCP connections can't be opened from the softswitch, local port range exhausted, TIME_WAIT 31k. Calls failing right now. Please advise ASAP.`),
    pe(`Mhoro. Nguva ye peak manheru, calls dziri kufeira, log inoti "cannot assign requested address". ss -s inoti timewait 29k. Mangwanani zvinenge zvakanaka. Ndapota batsirai.`),
    pe(`Mangwanani. Switch yedu yeku Harare, CPS 160 pa peak, TIME_WAIT inosvika 30 thousand uye hapana TCP connection itsva inovhurika. Chii chingaitwa?`),
    pe(`Salibonani. At busy hours our calls fail, the outbound connects get EADDRINUSE. netstat shows 28k TIME_WAIT. Kayisebenzi until traffic drops. Sicela usizo.`),
    pe(`Mhoro shamwari. Zvaitika zvakare nezuro manheru: ports dzapera, timewait 31k, calls kuramba. Tinoda kuzvigadzirisa nhasi peak isati yasvika.`),
    pe(`Salibonani. Bulawayo NOC: "connect: Cannot assign requested address" in the log during 18:00-21:00, timewait 27,500. Ngemva kwalokho kuyalunga. Siyabonga.`),
    pe(`Gyebale ko ssebo. Ku ssaawa z'akawungeezi (peak) calls zigaana, log egamba "cannot assign requested address". ss -s: timewait 30k. Enkya buli kimu kirungi. Tuyambe mangu.`),
    pe(`Oli otya. Server yaffe e Kampala, CPS 170 ku peak, ports ziggwaawo, TIME_WAIT emitwalo esatu (30k). Tekyasobola kuggula TCP connections mpya.`),
    pe(`Muraho. Mu masaha ya peak, calls ziranga. Log: "EADDRINUSE" kuri connections zisohoka. netstat yerekana TIME_WAIT 29k. Mwadufasha vuba?`),
    pe(`Mwiriwe. Kuva twongereye traffic kuri CPS 200, buri mugoroba ports zirashira: ss -s timewait 32k, nta TCP connection nshya. Igisubizo ni ikihe? Murakoze.`),
    pe(`Muli bwanji. Pa nthawi ya peak madzulo, mafoni akulephera, log ikuti "cannot assign requested address". ss -s timewait 28k. M'mawa zili bwino. Chonde tithandizeni.`),
    pe(`Mwashibukeni mukwai. At peak the switch cannot open new TCP connections to carriers, TIME_WAIT about 30k, calls tacilebomba. Lelo again. Ukwafwa please.`),
    pe(`Muli shani. Lilongwe NOC: outbound EADDRINUSE at busy hours, ports exhausted (timewait 27k out of a 28k range). Calls failing every evening. Zikomo.`),
  ],
  natUnregistered: [
    nat(`Habari boss. Tangu mwashe RST mode (SS_TCP_CLOSE_RESET=On) jana, phones zote za wateja walio nyuma ya router za nyumbani ziko unregistered. Zinatumia SIP over TCP. Zile za ofisi bila NAT ziko poa.`),
    nat(`Niaje. Softphones za agents wanaofanya kazi kutoka nyumbani zinapoteza registration kila baada ya dakika chache tangu mabadiliko ya jana ya close mode. Ni TCP, nyuma ya NAT ya home fibre.`),
    nat(`Mambo. Baada ya ku-enable SS_TCP_CLOSE_RESET=On kwa softswitch.conf na reparse, MikroTik branches zote (NAT) zinaonyesha phones unregistered. Transport ni TCP. Tu-rollback?`),
    nat(`Habari. Since your change yesterday (ile ya RST), Grandstream gateways zetu nyuma ya NAT zinaregister halafu zinapotea. TCP 5060. Hatujabadilisha chochote upande wetu.`),
    nat(`Habari za asubuhi. Wateja wa reseller wangu, karibu 40, wote wako behind home routers, na leo asubuhi wote unregistered. Mliniambia mliwasha RST mode usiku. Wanatumia Zoiper kwa TCP.`),
    nat(`Boss, tatizo: phones za ofisi ya Mwanza ziko nyuma ya NAT ya ofisi, TCP transport, zinaonyesha "Registration failed / timeout" tangu close mode iwekwe reset. Kabla ya hapo hazijawahi kuwa na shida.`),
    nat(`Sasa wasee. Tumeona pattern: phones zenye public IP zinakaa registered, lakini zote nyuma ya NAT (TP-Link, MikroTik) zinapoteza registration tangu SS_TCP_CLOSE_RESET iwe On. Zote ni SIP over TCP.`),
    nat(`Habari. Ticket: "Since RST mode enabled on the 14th, about 60 NATed SIP-TCP endpoints flapping unregistered every 2-3 min." Inaathiri call centre nzima sasa hivi.`),
    nat(`Mambo. Ile issue ya unregistered bado iko. Phones za nyumbani (NAT) kwa TCP, tangu mliwashe RST. Nimereboot router mara 3 haisaidii.`),
    nat(`Habari. Yealink za branch ya Nakuru (nyuma ya router ya Zuku, NAT) zinaonyesha unregistered tangu jana saa nne tulipowasha SS_TCP_CLOSE_RESET kwa sababu ya TIME_WAIT. Transport TCP. Tuzihamishe UDP ama turudishe Off?`),
    nat(`Salaam. Sisi ni reseller Zanzibar. Wateja wetu wote wa nyumbani (NAT) wamekuwa unregistered tangu update yenu ya close mode. SIP TCP. Wale wa UDP hawana shida.`),
    nat(`Niaje. Linphone kwa simu za agents, TCP, nyuma ya NAT ya 4G router, zinapoteza registration kila mara tangu RST iwashwe Jumapili. Kabla zilikuwa stable wiki nzima.`),
    nat(`Sawubona. Since you turned on RST mode on Tuesday, all our home-based agents (behind their own routers, NAT) show unregistered on the softphones. They use TCP. Office guys are fine. Ngicela usizo.`),
    nat(`Molo. After we set SS_TCP_CLOSE_RESET=On and did the reparse, the MikroTik-NATed branches keep losing registration. SIP over TCP. Before the change they were solid. Ndicela uncedo.`),
    nat(`Eish. Ever since the close mode change the Yealinks at our Soweto office (behind the office NAT) drop off every few minutes. TCP transport. Please help.`),
    nat(`Howzit, reseller here. My clients on Telkom home fibre (NAT) all went unregistered this morning after the RST change you guys announced. They're on TCP.`),
    nat(`Sawubona. The pattern is clear: phones with NAT + TCP = unregistered since RST was enabled. Phones on UDP or with a public IP = fine. What now?`),
    nat(`Hi. Forwarding from our NOC: "Since SS_TCP_CLOSE_RESET was switched On last night, 120 NATed TCP registrations dropped; they reregister, then drop again." Urgent, it's our morning shift.`),
    nat(`Mhoro. Kubva pamakaisa RST mode nezuro, mafoni ese ari kumba (NAT) ari unregistered. Anoshandisa TCP. Ndapota batsirai.`),
    nat(`Mangwanani. Softphones dze agents vanoshandira kumba dziri kurasa registration kubvira SS_TCP_CLOSE_RESET yaiswa On. TCP, kuseri kwe NAT.`),
    nat(`Salibonani. Since the RST change the phones behind MikroTik NAT at our Gweru branch kazisebenzi, unregistered. TCP. Siyabonga.`),
    nat(`Mhoro. Mafoni eku Mutare branch (office NAT, TCP) anoregista obva abva. Zvakatanga pamakachinja close mode kuita reset.`),
    nat(`Salibonani. Our resellers' clients behind home routers are all unregistered since yesterday's RST mode switch. SIP over TCP. The UDP ones are fine.`),
    nat(`Gyebale ko. Okuva lwe mwakyusa RST mode (SS_TCP_CLOSE_RESET=On) jjo, phones zonna ez'awaka (NAT) ziri unregistered. Zikozesa TCP.`),
    nat(`Oli otya ssebo. Softphones z'abakozi abakolera awaka (emabega wa router, NAT) ziggwaako registration buli kaseera okuva RST lwe yateekebwako. TCP.`),
    nat(`Muraho. Kuva mwashyiraho RST mode ejo, telefone ziri inyuma ya NAT (MikroTik) zose ni unregistered. Zikoresha TCP. Mbere nta kibazo.`),
    nat(`Mwiriwe. Abakiriya bacu bari mu ngo (home routers, NAT) bose babaye unregistered kuva SS_TCP_CLOSE_RESET ishyizwe On. SIP kuri TCP. Murakoze.`),
    nat(`Muli bwanji. Kuyambira pamene munayatsa RST mode dzulo, mafoni athu a kunyumba (NAT) ali unregistered. Amagwiritsa ntchito TCP. Chonde.`),
    nat(`Mwashibukeni mukwai. Since the close mode change to RST, phones behind the office NAT in Lusaka keep losing registration. TCP. Before it was fine.`),
    nat(`Muli shani. Ba agents abalebombela ku ng'anda (home routers, NAT), softphones shabo unregistered since RST was switched on mailo. TCP. Natotela.`),
  ],
  firewallRst: [
    fw(`Habari boss. Tangu mwashe RST mode jana, calls kupitia FortiGate yetu zinahang na kudrop. Log ya FortiGate: "no session matched" kwa packets za TCP flags R kutoka kwa VOS.`),
    fw(`Niaje. Baada ya SS_TCP_CLOSE_RESET=On, pfSense inaonyesha blocked packets nyingi "TCP:R" kutoka IP ya switch. Calls za branch zinafail.`),
    fw(`Mambo. Iptables log ya firewall ya DC:
IN=eth0 OUT=eth1 SRC=10.1.1.5 DST=41.x.x.x PROTO=TCP SPT=5060 DPT=41822 RST
ctstate INVALID -> DROP
Tangu mabadiliko ya close mode, calls zinakatika. Tufanyeje?`),
    fw(`Habari. Cisco ASA inasema "Deny TCP (no connection) from 10.0.0.5/5060 to ... flags RST" maelfu ya mara tangu jana tulipowasha RST. Calls zinahang hadi timeout.`),
    fw(`Habari za asubuhi. Sophos XG inadrop packets za RST kutoka VOS kama "out of state" tangu mabadiliko ya juzi. Calls zinakwama na hazikatiki vizuri.`),
    fw(`Boss, tangu close mode iwe reset, conntrack ya firewall yetu ya Linux ina-mark RST kama INVALID na kuzidrop. Matokeo: calls nyingi zinadrop baada ya sekunde chache.`),
    fw(`Sasa wasee. MikroTik firewall ya data centre: counter ya rule "drop invalid" imepanda sana tangu RST mode iwashwe, na zote ni TCP RST kutoka switch. Calls kwenda carrier zinafail.`),
    fw(`Habari. Ticket: "After enabling SS_TCP_CLOSE_RESET=On, FortiGate logs 'no session matched' for VOS RST packets; SIP-TCP calls drop mid-call." Tafadhali msaada leo.`),
    fw(`Mambo, follow-up: baada ya ku-check, ni firewall. pfSense inadrop RST za switch kama state mismatch, tangu tuweke RST. Calls za TCP bado zinakatika.`),
    fw(`Habari. Carrier wetu anasema FortiGate yao inadrop RST packets kutoka switch yetu ("no session matched") tangu Jumatatu tulipowasha RST mode, na calls kwenda kwao zinafail.`),
    fw(`Salaam. Calls zinahang bila BYE kufika. tcpdump kwa firewall inaonyesha RST kutoka VOS zinaingia upande mmoja lakini hazitoki (ASA inazidrop). Ilianza na mabadiliko ya SS_TCP_CLOSE_RESET.`),
    fw(`Niaje. Sophos inaonyesha "Invalid TCP packet: flags R, dropped" kwa traffic ya VOS tangu jana usiku, ndio wakati tulibadilisha close mode. Calls za agents zinadrop.`),
    fw(`Sawubona. Since you enabled RST mode, calls through our FortiGate hang and drop. Forti log: "no session matched" on TCP RST from the switch. Ngicela usizo manje.`),
    fw(`Molo. After SS_TCP_CLOSE_RESET=On, our Cisco ASA logs "Deny TCP (no connection) ... flags RST" all day and calls fail. Ndicela uncedo.`),
    fw(`Eish. The pfSense in front of the switch is dropping the RSTs (state mismatch) since the close mode change. Calls hanging on SIP over TCP. Help!`),
    fw(`Howzit. iptables on our edge box: conntrack marks the switch's RSTs INVALID and drops them, started right after RST mode went on. Calls drop after 30s.`),
    fw(`Sawubona. Sophos XG: "out of state" drops, TCP flags R, source = VOS. Since yesterday's change to RST. Calls stuck.`),
    fw(`Hi from Durban NOC. MikroTik firewall "drop invalid" counter going crazy since SS_TCP_CLOSE_RESET was switched on, all RST from the softswitch. Calls failing.`),
    fw(`Mhoro. Kubva pamakaisa RST mode, FortiGate yedu iri kudonhedza RST packets ("no session matched"), calls dziri kuhang. Ndapota batsirai.`),
    fw(`Mangwanani. pfSense yedu iri kublocka TCP:R kubva ku switch kubvira SS_TCP_CLOSE_RESET yaiswa On. Calls dziri kufeira.`),
    fw(`Salibonani. Since the RST change our ASA denies the switch's RST packets, "no connection". Calls kazisebenzi properly, they hang. Siyabonga.`),
    fw(`Mhoro. Iptables conntrack iri kuti INVALID kuma RST e VOS uye kuadonhedza. Zvakatanga patakachinja close mode. Calls dziri kudonha.`),
    fw(`Salibonani. The Sophos firewall drops "out of state" RST from VOS since yesterday's RST mode switch. Calls fail. Sicela usizo.`),
    fw(`Gyebale ko. Okuva RST mode lwe yateekebwako, FortiGate yaffe esuula RST packets ("no session matched"), calls ziwanikibwa. Tuyambe.`),
    fw(`Oli otya. pfSense egaana TCP flags R okuva ku switch okuva SS_TCP_CLOSE_RESET lwe yafuuka On. Calls zigwa.`),
    fw(`Muraho. Kuva mwashyiraho RST mode, Cisco ASA yacu irimo guta RST packets za VOS ("Deny TCP (no connection)"). Calls ziragwa. Mwadufasha?`),
    fw(`Mwiriwe. Firewall ya iptables ibona RST za switch nka INVALID ikazita, kuva twahinduye close mode. Calls zirahagarara. Murakoze.`),
    fw(`Muli bwanji. Kuyambira pamene munayatsa RST mode, FortiGate yathu ikutaya ma RST packets ("no session matched"), mafoni akulephera. Chonde.`),
    fw(`Mwashibukeni mukwai. Since the change to RST, our MikroTik drops the switch's RSTs as invalid and calls hang. Lelo the whole morning. Ukwafwa.`),
    fw(`Muli shani. Sophos at the Lusaka office: "out of state" drops for TCP R from VOS since RST mode was enabled. Calls tacilebomba. Natotela.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning200Set: readonly EvalItem[] = Object.values(tuning200Families).flat();
