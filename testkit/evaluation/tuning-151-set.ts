import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * BPO/call-centre IT staff, VoIP resellers and NOC engineers in the Philippines (Manila, Makati, Pasig,
 * Quezon City, Cebu, Davao, Iloilo, Bacolod, Cagayan de Oro) writing to the VOS3000 support desk on
 * WhatsApp/Viber-style chat, all in Latin script: about half Taglish (Tagalog-English code-switching), about a
 * third Bisaya/Cebuano-English, the rest Hiligaynon/Ilonggo-English or plain Filipino English; with "po",
 * "sir", "boss", "paps", "lods", texting shortcuts (ung, nlng, pra, kc), emoji, pasted ss/netstat/iptables
 * and firewall log lines, and numbers as spoken ("30k", "trenta mil", "katloan ka libo", "libo-libo").
 *
 * The hundred-and-fifty-first tuning split, by family, written as the largest markets write beyond South Asia and the Arab
 * world. Five negative families of 27 (one service that cannot bind its own port, registration lost for another
 * reason, small figures and questions, firewall work without dropped RST, playbook words denied or explained)
 * and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful
 * firewall dropping RST). Written as the hundred-and-fifty-first never-tuned set, before the fifty-seventh round of rules, by someone
 * who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in
 * view; measured as such before and after the fifty-seventh and fifty-eighth rounds, then made tuning material for
 * the fifty-ninth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 88.9 %, negatives confident 5.2 %, confident wrong 0 % with the
 * rules of the fifty-sixth round and the changes after it, before the fifty-seventh.
 * After the fifty-seventh round: the same.
 * After the fifty-eighth round: the same.
 */
export const tuning151Families = {
  oneListeningPort: [
    no(`Boss good am po, ayaw mag start ng web portal namin, sa catalina.out may "java.net.BindException: Address already in use" sa port 8080. May in-install pala na jenkins si kuya dev sa same server kahapon, un ata nakahawak ng 8080. Pano po ilipat?`),
    no(`Sir, ang tomcat dili mo-start.
netstat -tlnp | grep 8080
tcp  0  0 0.0.0.0:8080  0.0.0.0:*  LISTEN  2231/java
Naay daan nga java process nga wala na-kill human sa restart. Pwede ra ba nako i-kill -9?`),
    no(`Good morning sir, indi mag-abre ang portal sang VOS namon, ga-error "Address already in use: JVM_Bind" sa 8080. Ang gin-install ni IT namon nga monitoring agent ara man daw sa 8080. Ano himuon namon?`),
    no(`Hi support, after installing nginx as a reverse proxy on the VOS box, nginx fails with: bind() to 0.0.0.0:80 failed (98: Address already in use). httpd was still running on 80. Which one should we keep?`),
    no(`paps, mysqld ayaw umakyat after reboot. log:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
dalawa pala mysql naka-install, ung galing yum tsaka ung bundled. alin ba dapat tirahan?`),
    no(`Boss nag-test mi ug Asterisk sa same server sa VOS para sa IVR, karon ang asterisk mo-ingon "Unable to bind to 0.0.0.0:5060 - Address already in use". Obvious ra kay ang softswitch naa na sa 5060 hehe. Unsa nga port ang safe para sa asterisk?`),
    no(`Sir tanong lang po, nag docker run kami ng grafana -p 8080:3000 sa monitoring server, error: "Bind for 0.0.0.0:8080 failed: port is already allocated". Ung VOS web portal pala nasa same host. Ok lang po ba ilipat si grafana sa 3001?`),
    no(`lods ung dev namin nag run ng spring boot sa laptop nya, "Web server failed to start. Port 8080 was already in use." sabi nya kasalanan daw ng VOS 😂 eh wala naman sa laptop nya ang VOS. pa-confirm lang po na walang kinalaman`),
    no(`Sir, ang kamailio namo sa atubangan sa VOS dili mo-listen sa 5060 tcp:
ERROR: <core> [core/tcp_main.c]: tcp_init(): bind(11) on 0.0.0.0:5060: Address already in use
Naa pa diay nagdagan nga opensips gikan sa daan nga setup.`),
    no(`8080 gamit na ng ibang app kaya ayaw bumukas ng portal. pano palitan port ng tomcat?`),
    no(`Sir ang apache namon sa 443 indi mag-start kay ara ang nginx: "no listening sockets available, shutting down". Para lang ni sa billing page namon, indi sa VOS mismo.`),
    no(`Quick one: Tomcat startup log says "Failed to initialize end point associated with ProtocolHandler [http-nio-8080]" and "Address already in use". Only happens when we restart Tomcat too fast and the old java is still shutting down. Is there a clean restart script?`),
    no(`Paps, gi-change nako ang web port sa 8443 para sa SSL, dayon "Address already in use" kay ang webmin diay naa sa 8443 lol. Balik lang ko sa 8080?`),
    no(`docker-compose up
Error starting userland proxy: listen tcp4 0.0.0.0:3306: bind: address already in use
test db ra ni sa staging boss, ang host naa nay mysql. unsaon pag-map sa lain port?`),
    no(`sir yung pang-lab na second instance ng VOS na ginawa namin sa iisang VM, ayaw mag start si mbx3000d, sa log "bind 5060 failed, address in use". kc andun na ung first instance. pwede ba dalawang softswitch sa isang server basta iba port?`),
    no(`Boss, ang SIP sang bag-o namon nga FreePBX sa parehas nga server ara man sa 5060, gani ang VOS indi na maka-listen. Ginpatay ko na ang FreePBX, ok na. Gusto ko lang mahibal-an kon pwede ko ibalhin ang FreePBX sa 5070.`),
    no(`EADDRINUSE on :8080 when starting our node dashboard on the VOS box. Something is already listening there. How do I find what?`),
    no(`Good eve po ate, hindi maopen portal. "lsof -i :8080" may lumabas na httpd pala, naka "Listen 8080" sa httpd.conf kasi ginalaw ng dating admin. Babaguhin ko nlng ba sa httpd?`),
    no(`paps after ng yum update dalawang tomcat service na tumatakbo (tomcat at tomcat6), nag-aagawan sa 8080, ung isa laging "address already in use". alin i-disable ko?`),
    no(`Hello sir, our redis container will not start: "Could not create server TCP listening socket *:6379: bind: Address already in use". Naa na diay redis sa host daan. Not a VOS issue I know, pero same server man gud.`),
    no(`Ang java sang portal nag-hang, gin-restart ko pero "Address already in use" sa 8080 kay ang daan nga process wala pa napatay. Pila ka segundo dapat hulaton antes i-start liwat?`),
    no(`Sir pa help po, sa Windows laptop ko pinagsabay ko ang MicroSIP at Zoiper, ung isa ayaw mag bind sa local 5060. ok lang ba random port na lang ung isa?`),
    no(`Boss, ang nginx reload nag-fail: bind() to [::]:443 failed (98: Address already in use). Duplicate "listen 443" ra diay sa duha ka config files. Sorry sa abala 🙏`),
    no(`Tanong lang po, gusto namin ilagay phpmyadmin sa port 8080 kaso nandun si VOS portal, magbabanggaan daw sabi ni google. Anong free port po recommend nyo?`),
    no(`Our monitoring guy set up node_exporter on 9100 but another exporter already had it: "listen tcp :9100: bind: address already in use". Unrelated to the softswitch, but can we safely run it on 9101?`),
    no(`Sir, nag-install ang bag-o namon nga IT sang Webmin sa VOS server kag ginbutang niya sa 8080. Subong ang tomcat sang portal indi na maka-bind. Ginuninstall ko na ang Webmin. Wala na bala sang iban pa nga dapat i-check?`),
    no(`boss ang bag-ong SBC namo nga gi-deploy sa parehas nga VM mo-error "cannot bind 0.0.0.0:5060 (in use)". Ang VOS mismo ang naggunit sa 5060. Unsa may mas maayo, lain nga VM o lain nga port?`),
  ],
  otherRegistrationCause: [
    no(`Boss, unregistered lahat ng extensions sa Makati site since kaninang 9am. Brownout pala sa building, hindi pa naka-on ung switch ng phones sa generator. Update ko po pag may kuryente na.`),
    no(`Sir, ang mga agents namo sa Cebu dili ka-register, 403 Forbidden. Gi-change diay sa admin ang password sa mga accounts gabii pero wala gi-update sa softphones. Pwede ba ma bulk update?`),
    no(`paps 401 Unauthorized paulit-ulit sa Zoiper ng bagong agent. tinype ko ulit password, nag-register na. typo lang pala 😅`),
    no(`Sir, ang mga IP phone namon sa Iloilo indi na ka-register kay nag-ilis kami ISP, bag-o nga public IP. Ang naka-whitelist sa VOS daan nga IP pa. Palihog update sang IP.`),
    no(`Our phones point to sip.ourdialer.ph and we moved DNS to Cloudflare yesterday; the A record still points to the old server so all phones are unregistered. Our mistake I think, just confirming your VOS IP is still the same?`),
    no(`Sir, nag expire daw ung license ng VOS namin? lumalabas sa portal "License expired" tsaka di na maka-register mga phone. Magkano po renewal at gaano katagal i-process?`),
    no(`Boss, ngano na-suspend among account? Dili na maka-register among trunk. Ah... wala pa diay nabayad ang invoice sa October. Ipadala nako karon ang proof of payment, pls i-activate dayon 🙏`),
    no(`Sir, pinalitan namin ung router sa Pasig office ng bagong TP-Link, tapos unregistered na ung 12 na Yealink. Naka UDP 5060 lang po kami, hindi TCP. Baka SIP ALG ng bagong router?`),
    no(`ISP down sa QC since 2pm (PLDT fiber, pula ung LOS), kaya offline lahat ng phones. FYI lang po, hindi VOS.`),
    no(`Sir, ang account sang reseller namon sa Bacolod na-expire na kuno, "account expired" ang sabat sang server. Pwede ma-extend samtang gina-process ang bayad?`),
    no(`Ang softphone sa akong laptop unregistered kay naputol ang wifi sa boarding house lol. Ok na sa mobile data. Nevermind sir.`),
    no(`Lods, ung mga Grandstream namin sa Davao site unregistered after ilipat ng VLAN, wala palang DHCP sa bagong VLAN kaya walang IP ung phones. Ayos na, tanong ko lang kung kailangan i-reregister sa portal.`),
    no(`Registration failing with "423 Interval Too Brief" on our new Fanvil phones. We set expiry to 30 seconds for testing. What minimum does VOS accept?`),
    no(`sir ung account ng call center namin sa Cagayan de Oro "account disabled" daw. Zero balance na pala since Sunday. Nag-load na kami, pa-enable po ulit.`),
    no(`Boss ang among SIP trunk unregistered kay gi-ilisan nako ang IP sa PBX, nakalimot ko i-update ang gateway IP sa VOS. Sayop nako, pwede ba i-add ang bag-o nga IP 112.x.x.10?`),
    no(`Sir, ang Elastix namon ga-register sa VOS paagi sa UDP. Sang nag-ilis kami sang firewall nag-unregistered. Wala man kami ga-gamit sang TCP. Basi ang UDP timeout sang bag-o nga firewall?`),
    no(`Hi, one agent's softphone says "Registration failed: 404 Not Found". The supervisor deleted the account when the agent resigned, then we rehired her lol. Can we restore the same account number?`),
    no(`Sir naka-register na tanan gawas sa 3 ka phones sa 2nd floor, ang PoE switch didto patay diay. Gi-reset na namo. Okay na.`),
    no(`paps ang dami ng "Registration failed (408 timeout)" kanina 3-4pm, globe outage pala sa Cebu area, nasa balita. ok na ngayon.`),
    no(`Good pm, ang mga agents sa Iloilo ga-unregister kada oras. Ang registration expiry sa phone 3600 pero ang UDP timeout sang router 300 seconds lang. Ginbutang ko na ang keepalive sa 30s, ok na siguro?`),
    no(`Good day sir, all our extensions went unregistered because we forgot to renew our domain name. Expired yesterday. Renewed already and waiting for DNS propagation. Anything to do on your side?`),
    no(`Bakit po "insufficient balance" at ayaw mag-register ng mga accounts namin? Ubos na pala prepaid load. Nag top up na po 30k kanina via GCash, pa-check po.`),
    no(`Boss, nag-install mi bag-ong router sa office pero UDP ra among phones, dili TCP. Human sa install, unregistered tanan. Ang default filter diay nag-drop sa udp 5060. Gi-allow na nako, nag-register na.`),
    no(`sir nagpalit kami ng password ng lahat ng sip accounts dahil sa security audit, ngayon ayaw mag-register ng 40 na agents. kailangan ba i-reprovision isa-isa or may bulk?`),
    no(`The phones in our Bacolod site show "No Service" since the typhoon, whole area has no power. Just informing you so our account is not flagged for zero traffic.`),
    no(`Sir ang IP phone ni manager indi maka-register. Gin-check ko, naka-set ini sa daan nga server IP kay gin-factory reset. Ano liwat ang IP sang server ninyo?`),
    no(`boss unregistered ang 8 ka agents sa Davao kay nag-expire ang ilang SIP accounts, 30 days trial ra diay to. Pwede ma-convert sa regular account?`),
  ],
  smallFigures: [
    no(`sir normal lang ba to?
ss -s
Total: 412 (kernel 0)
TCP:   186 (estab 41, closed 128, orphaned 0, synrecv 0, timewait 127/0), ports 0
Wala naman problema sa calls, curious lang po.`),
    no(`Boss unsa man gyud ang TIME_WAIT? Nakita nako sa netstat mga 200 ka lines. Delikado ba na?`),
    no(`Is net.ipv4.ip_local_port_range = 32768 60999 the CentOS default? Just auditing our sysctl, no issue at the moment.`),
    no(`general question lang po: dapat ba naka On ang SS_TCP_CLOSE_RESET sa lahat ng server? o kapag may problema lang? wala kaming issue ngayon, nagbabasa lang ako`),
    no(`Sir, ang amon server sa Bacolod ga-pakita sang mga 350 ka TIME_WAIT kon gab-i. 40 lang ka concurrent calls. Normal lang bala?`),
    no(`paps pasilip lang ng health check ko bago ko i-endorse sa client:
$ netstat -ant | grep -c TIME_WAIT
84
$ netstat -ant | grep -c ESTABLISHED
57
ok naman siguro noh?`),
    no(`Sir pila man ang normal nga TIME_WAIT para sa 100 CPS? Para lang ma-set namo ang alarm threshold sa Zabbix.`),
    no(`What does tcp_tw_reuse actually do? Our new NOC guy asked and I couldn't explain it well 😅`),
    no(`boss, mga 500 TIME_WAIT lang pag peak (mga 7pm), 200 concurrent. wala pang reklamo. monitor lang ba or may kailangan i-tune?`),
    no(`Sir, ano ang kalainan sang TIME_WAIT kag CLOSE_WAIT? May nakita ko nga 3 ka CLOSE_WAIT sa port 8080.`),
    no(`tanong lang ilan ang max ephemeral ports ng linux by default? mga 28k ba? pra lang sa capacity planning ng bagong client (mga 30 cps lang naman)`),
    no(`Boss gi-paste nako ang ss -s sa among Davao server:
TCP:   92 (estab 30, closed 55, orphaned 0, synrecv 0, timewait 54/0), ports 0
Okay ra ba? bag-o pa ko sa NOC.`),
    no(`Should we enable RST mode proactively before our traffic grows? Currently about 15 CPS and no socket errors at all.`),
    no(`sir nakita ko sa sysctl -a, net.ipv4.tcp_tw_reuse = 0. kailangan ko ba gawing 1 agad? wala namang problema, napansin ko lang.`),
    no(`Boss, ang amon ss -s: timewait 230/0. Sang una 180. Ga-dugang bala ini kon ga-dugang ang agents? 25 lang ka agents namon.`),
    no(`Normal lang po ba na may ilang daang TIME_WAIT pagkatapos ng campaign? mga 300-400 tapos bumababa rin after 1 min.`),
    no(`Sir unsa ang "ports 0" sa ss -s output? Nakulbaan ko kay murag zero ang available ports hahaha`),
    no(`Routine monthly report: peak TIME_WAIT 620, peak concurrent 310, zero bind errors, zero failed registrations. Let me know if you want the raw data.`),
    no(`sir anong recommend nyo na value ng tcp_fin_timeout? default 60 dito. wala naman issue, nag-hardening lang kami`),
    no(`Pangutana lang, kon i-On namon ang SS_TCP_CLOSE_RESET, may epekto bala sa amon mga phones nga naka-NAT? Wala pa namon gin-On, ga-plano pa lang.`),
    no(`Boss, pila ka libo ka ports ang sulod sa 1024-65535? Mga 64k? para sa documentation ra.`),
    no(`lods "netstat -s | grep -i reset" → 12 connection resets received. konti lang naman noh? 3 days uptime`),
    no(`Hi, during our load test at 20 CPS, TIME_WAIT peaked around 900 then dropped back. Calls 100% success. Is that in line with what you see on other customers?`),
    no(`sir ung ip_local_port_range na 32768-60999, mga 28 thousand ports yan diba? sapat ba para sa 50 concurrent? sa tingin ko oo pero pa-confirm lang`),
    no(`Sir nag-check ko human sa update: ss -tan state time-wait | wc -l = 47. Ok ra tanan, report ra.`),
    no(`Sir, ano bala ang buot silingon sang "orphaned" sa ss -s? 0 man lang amon. Curious lang.`),
    no(`Boss, plano namin mag-scale from 40 to 120 agents next month. kailangan na ba ng RST mode o ok pa default? wala pang error ngayon, mga 150 lang TIME_WAIT`),
  ],
  firewallNoRst: [
    no(`sir pa-whitelist po ng bagong IP ng Makati office 122.55.x.x sa firewall nyo, lipat kami ng ISP`),
    no(`Boss na-ban ang among IP sa fail2ban kay 10 ka beses sayop ang password sa usa ka agent. Pwede i-unban? 180.190.x.x`),
    no(`Sir, gin-install namon ang bag-o nga FortiGate sa Iloilo office kahapon. Ok man tanan nga tawag, ga-pangutana lang ko kon ano nga ports dapat ablihan para sa RTP.`),
    no(`We need to open TCP 8080 on our pfSense so the NOC team can reach the VOS portal from home, only from our VPN range. Any recommended rule?`),
    no(`paps, pano i-check kung naka-disable na ung SIP ALG sa Huawei HG8145 ng Pasig? one way audio kasi minsan`),
    no(`Sir gusto namo i-block tanan IP gawas sa Philippines sa 5060 kay daghan kaayo scanner gikan abroad. Unsaon sa iptables?`),
    no(`boss, bagong Sophos XG na-install kahapon, smooth naman lahat ng calls, 0 complaints. pa-review lang ng rules namin kung may sobra`),
    no(`Can you add 49.145.x.x to the allowed list for SIP signaling? New carrier from Singapore.`),
    no(`Sir, ang fail2ban sang server naga-ban sang amon mismo nga monitoring IP kay ga-send sang SIP OPTIONS. Pwede ma-ignoreip?`),
    no(`may nag-bruteforce sa 5060 kagabi, libo-libong REGISTER galing France. na-block naman ng fail2ban. ok na ba o dagdagan pa rules?`),
    no(`Boss ang MikroTik namo, unsa ang tama nga rule para ma-forward ang SIP TCP 5060 sa PBX? Bag-o ra ni na-setup, wala pa nagamit.`),
    no(`Our ASA team asks which IP ranges and ports the VOS uses for RTP, they want to tighten the rules. Calls are fine now, this is just for documentation.`),
    no(`sir naka-block pala ung port 8080 sa office firewall namin kaya di ma-open ang portal sa office pero sa bahay ok. pinaopen ko na sa IT. thanks po`),
    no(`Boss, gin-turn off ko na ang SIP ALG sa amon TP-Link, ok na ang audio. Salamat!`),
    no(`Sir pwede ba i-whitelist ang IP sa among Davao DR site sa inyong firewall? 124.104.x.x. Para sa failover test sa Sabado.`),
    no(`We're migrating from iptables to firewalld on the VOS server. Is there a list of ports we must keep open (5060 tcp/udp, 8080, RTP range)?`),
    no(`lods naglagay kami ng policy sa FortiGate na deny lahat ng SIP except sa carrier IPs, ok naman calls. tama ba approach?`),
    no(`Sir, ang portal indi ma-access gikan sa Bacolod office kay gin-block sang IT namon ang outbound 8080. Gin-request ko na ma-open.`),
    no(`Boss na-install na ang pfSense sa Cebu site. Calls ok, registration ok. Question lang: kinahanglan ba i-enable ang "static port" sa outbound NAT?`),
    no(`fail2ban log: "NOTICE [asterisk] Ban 45.134.x.x" repeated 30 times today. Those are scanners, right? Nothing to worry about?`),
    no(`sir, pwede po pa-open ng UDP 10000-20000 para sa RTP sa bagong firewall ng QC? IT namin nagtatanong anong range gamit ng media`),
    no(`Naay nag-attack sa among server gikan sa 5 ka IP sa Russia, gi-drop na nako: iptables -I INPUT -s 91.x.x.x -j DROP. Okay ra ba nga sa INPUT chain nako gibutang?`),
    no(`Sir ang amon Sophos ga-block sang web portal kay "web filter category: uncategorized". Gin-exception ko na. Para lang mahibal-an ninyo.`),
    no(`Boss, sa MikroTik ba dapat i-disable ung /ip firewall service-port sip? sabi ng iba oo. bagong install lang, wala pang problema`),
    no(`We accidentally blocked our own carrier with a geo-block rule (their IP is registered in HK). Added an exception, calls flowing again.`),
    no(`Sir, i-whitelist lang palihug ang bag-o namo nga public IP sa Cagayan de Oro para sa portal access. Salamat daan 🙏`),
    no(`sir nag-setup kami ng port forward 5060 TCP/UDP sa Sophos para sa remote agents, gumagana na lahat. tanong ko lang kung kailangan din i-forward ang 5061`),
  ],
  negationContext: [
    no(`sir UDP lang po kami, never kami gumamit ng TCP sa SIP. kaya hindi applicable samin ung RST mode na nasa advisory nyo noh?`),
    no(`Boss ang TIME_WAIT namo 31k kaniadto pero human sa inyong fix 350 na lang. Salamat kaayo! Close na ang ticket.`),
    no(`Just to clarify: RST mode is Off on our server and we never turned it on. The registration issue we had turned out to be a wrong password. Closing.`),
    no(`Ung "cannot assign requested address" na error last year, na-fix nyo na yun at hindi na bumalik. Report lang na stable kami for 6 months 👍`),
    no(`Sir, wala gid sang may nagbag-o sa config, indi namon gin-On ang SS_TCP_CLOSE_RESET. Ang isa ka phone unregistered lang kay wala kuryente ang PoE.`),
    no(`fwd lang po for reference ng bagong NOC:
> Ticket #4471 (March): EADDRINUSE sa outgoing connections, TIME_WAIT 28k, fix: SS_TCP_CLOSE_RESET=On, tw_reuse=1
resolved na po yan, wala nang issue since then.`),
    no(`Sir unsa diay ang meaning sa "RST" sa SS_TCP_CLOSE_RESET? Wala ko nag-ask kay naay problema, curious ra.`),
    no(`After the password change last week all phones re-registered fine. No TCP involved, no firewall changes. Thanks for the help.`),
    no(`Sir nabasa ko sa group na ung RST mode daw nakaka-unregister ng phones behind NAT. Hindi naman kami naka-On diba? pa-check lang config namin, walang issue ngayon.`),
    no(`Ang FortiGate namon wala man ga-drop sang bisan ano, gin-check ko ang log, zero denied. Ang problema sa tawag amo ang carrier nga wala na sang balance. Ok na.`),
    no(`Boss, ang "Address already in use" sa among log sa tomcat ra diay sa 8080, dili sa softswitch. Na-solve na nako pag-kill sa daan nga java.`),
    no(`hindi po kami naka-TCP, UDP lahat, tsaka walang firewall sa pagitan. may dropped calls kada 30 mins pero session timer pala ng carrier. nvm na po`),
    no(`We did NOT enable SS_TCP_CLOSE_RESET. Our issue is just that the portal is slow to load reports. Please don't suggest the RST thing again 😅`),
    no(`lods ung TIME_WAIT namin 25k dati nung wala pang tw_reuse, ngayon after ng fix nasa 600 nlng kahit peak. salamat ng marami!`),
    no(`Sir, ang among MikroTik wala gi-usab sukad pa sa Hunyo, ug Off gihapon ang RST mode. Ang unregistered nga phone sa reception kay expired ang account. Na-renew na.`),
    no(`Sir, ang gin-suggest ninyo nga SS_TCP_CLOSE_RESET=Off gin-apply namon last month kag ok na tanan. Wala na sang problema sa registration. Ga-report lang.`),
    no(`For the audit: what does "cannot bind" mean in general? Our auditor saw the phrase in your KB article and wants to know if it applies to us. We have no such errors.`),
    no(`sir ano po ibig sabihin ng "out of state" sa firewall logs? nakita ko lang sa training material, wala namang ganung log samin.`),
    no(`Boss, wala mi firewall tali sa VOS ug sa carrier, direct ra. Ug Off ang RST. So dili firewall ang problema sa among ASR, sa carrier ra gyud.`),
    no(`paps walang nagbago kahapon, hindi namin ginalaw ung softswitch.conf, walang reparse. pero sabi ng client putol-putol daw calls, sira pala headset ng agents lol`),
    no(`Sir, ang "BindException" nga ara sa amon log daan pa gid, sang 2022 pa sang ga-test kami sang bag-o nga server. Indi na ina ga-gwa subong.`),
    no(`Ex-colleague's notes say "if phones behind NAT drop after RST on, set it Off". We're on UDP with RST Off, so I guess the note doesn't apply to us, right?`),
    no(`Sir, human nako gi-ilis ang password sa tanan agents, nag-register na tanan. Walay labot sa TCP o NAT, sayop ra nako.`),
    no(`Sir hindi po RST ang issue namin, na-check ko na Off naman. Ang totoo, naputol ung fiber ng PLDT sa Cebu. Update lang.`),
    no(`Boss, ang "address already in use" nga nabasa mo sa email ko sala, typo ko lang. Ang matuod nga error "connection refused" kay patay ang mysql.`),
    no(`The 40k TIME_WAIT screenshot I sent earlier was from the OLD server we decommissioned. The new one sits around 300. Sorry for the confusion.`),
    no(`sir bago kami mag-On ng RST mode, gusto ko lang malaman ano ibig sabihin ng "RST dropped by firewall". hindi pa po namin na-enable, nag-aaral pa.`),
  ],
  portExhaustion: [
    pe(`Boss urgent po!! pag peak (mga 9pm) hindi na makatawag, sa log ng softswitch "connect failed: Cannot assign requested address". ss -s timewait 31k. Ano gagawin namin?`),
    pe(`Sir, sa among Cebu server, mga 7pm pataas daghan failed calls. netstat -an | grep TIME_WAIT | wc -l → 29870. Ang log nag-ingon "bind: Address already in use" sa outgoing TCP ngadto sa carrier.`),
    pe(`Escalation: our main VOS node stops opening new TCP connections to carriers when CPS goes past ~180. Log is full of EADDRINUSE. ss -s shows timewait 42000+. Need a fix before tonight's campaign.`),
    pe(`trenta mil na TIME_WAIT sir, ayaw na tumawag lahat 😭`),
    pe(`Sir, ang amon server sa Iloilo ga-fail ang bag-o nga tawag kon peak. "Cannot assign requested address" sa log. Ang TIME_WAIT mga katloan ka libo. Palihog bulig.`),
    pe(`paps eto ss -s ngayon:
Total: 33102 (kernel 0)
TCP:   32871 (estab 1204, closed 31488, orphaned 3, synrecv 0, timewait 31480/0), ports 0
tas sa log: java.net.BindException: Cannot assign requested address
bagsak mga tawag pag peak`),
    pe(`Boss ubos kaayo ang ASR gikan 5pm, ug ang softswitch log puno sa "cannot bind local port". Naubos na ata ang ephemeral ports. Unsaon ni?`),
    pe(`Hi team, every evening around 8-10pm new SIP TCP connections from the softswitch to our upstream fail. Off-peak it's perfect. netstat shows like thirty-five thousand sockets in TIME_WAIT. Is there a kernel setting we're missing?`),
    pe(`Fwd from client (Makati BPO):
"Hi, from 7:30pm onwards our agents get fast busy on outbound. Pls check."
Sir chineck ko na, may "Address already in use" sa outgoing sockets sa log ng VOS at libo-libong TIME_WAIT. pa-assist po`),
    pe(`sir nag-spike ang CPS namo sa 250 karong gabii, dayon dili na maka-open ug bag-o nga connection ang softswitch: EADDRINUSE. 40k ang TIME_WAIT. Help pls`),
    pe(`Boss, ang tawag ga-fail dayon kon madamo na ang agents. Sa log: "connect() failed (99: Cannot assign requested address)". ss -s timewait 27 mil.`),
    pe(`follow up po sa ticket kahapon — nangyari ulit kagabi, same "cannot assign requested address" pag lampas 200 cps. TIME_WAIT umabot 38k. wala pa po kami na-apply na kahit ano`),
    pe(`Our softswitch logs: "tcp connect to 10.20.1.5:5060 failed: errno 99 EADDRNOTAVAIL". Only happens when the predictive dialer runs at full blast. Ephemeral range is the default 32768-60999. I think we're running out of ports.`),
    pe(`Boss "cannot assign requested address" na sad pag peak. 30k TIME_WAIT. parehas sa last week.`),
    pe(`Sir, ss -s namin ngayong 8pm:
TCP:   29954 (estab 880, closed 28950, orphaned 0, synrecv 0, timewait 28947/0), ports 0
puro "BindException: Address already in use: connect" sa log. Hindi makalabas tawag 🙏`),
    pe(`Sir, kada alas nuebe sang gab-i ang outbound namon ga-fail. Ginlantaw ko ang netstat, mga katloan ka libo ang TIME_WAIT. Wala kami gin-ilis sa firewall. Ano ang kulang?`),
    pe(`NOC Cebu here. Between 19:00 and 22:00 PHT the softswitch throws "cannot bind" on outgoing TCP. Local ports look exhausted: ss shows ~61k sockets total, 58k TIME_WAIT. ASR to the carrier drops to 40%.`),
    pe(`lods ano fix pag ubos na local ports? TIME_WAIT 35k, cannot assign requested address pag peak. wala pa kaming RST mode`),
    pe(`Maayong gabii sir. Ang among VOS sa Davao:
- mga 220 CPS sa peak
- log: EADDRINUSE sa outbound TCP ngadto sa 3 ka carriers
- netstat: 33k TIME_WAIT
- ip_local_port_range: 32768 60999
- tcp_tw_reuse: 0
Dili na maka-dial ang mga agents. Unsa ang angay usbon?`),
    pe(`boss pag tumataas ung calls namin nagfa-fail ung mga bagong connection, wala namang error sa carrier side, sa amin lang. "Cannot assign requested address" lagi. libo-libo TIME_WAIT`),
    pe(`Our dialer vendor says VOS is refusing calls at peak. On the VOS side I see errno 98 Address already in use on new outgoing TCP sockets and tens of thousands of TIME_WAIT. How do we raise the limit?`),
    pe(`Sir ubos na naman ang ports pag peak, "cannot bind". TIME_WAIT 32k.`),
    pe(`Sir, nag-campaign kami kanina 6-9pm, 300 cps. Bandang 7pm nagsimula ang failed calls. Sa log:
2024-05-14 19:02:11 ERROR tcp_connect: Cannot assign requested address
2024-05-14 19:02:11 ERROR tcp_connect: Cannot assign requested address
x 5000 lines. Pano po to?`),
    pe(`Boss, dili na maka-connect ang softswitch sa among SIP provider pag peak, mawala ra pag 11pm na. TIME_WAIT sa netstat 28 ka libo. Naa ba mo fix ani?`),
    pe(`Urgent: 45k TIME_WAIT, EADDRNOTAVAIL on outbound, calls failing. Manila POP. Please call me.`),
    pe(`Sir bakit ganito, "cannot bind to local address" daw ung softswitch pag madami calls. wala naman kaming ibang service sa server, VOS lang. ss -s timewait 36000+`),
    pe(`Sir, follow-up: ang amon TIME_WAIT nag-abot 41k subong nga gab-i kag nagbalik ang "Address already in use" sa outgoing connections. Wala pa gin-On ang RST mode. Ano himuon?`),
    pe(`paps nag-load test mi 400 CPS, sulod sa 2 minutes nag-fail na tanan bag-o nga TCP connections, "cannot assign requested address", ss -s timewait 60k+. Kinahanglan namo ang tuning para mo-pass sa test sa client.`),
    pe(`Sir good eve, daming reklamo ng agents "call failed" pag rush hour. nakita ko sa netstat mga trenta y singko mil na TIME_WAIT tapos halos ubos na ports. pa-tune po ng server`),
    pe(`We just moved 3 more campaigns onto one VOS and now every night at peak outgoing TCP to carriers fails with BindException. TIME_WAIT goes above 30,000. Before the migration we were under 5k.`),
  ],
  natUnregistered: [
    nat(`sir after namin i-On ung SS_TCP_CLOSE_RESET kahapon, ung mga softphone ng agents sa bahay (nasa likod ng home router) naging unregistered lahat. naka SIP TCP po sila.`),
    nat(`Boss, sukad gi-enable ang RST mode, ang among mga IP phones sa Cebu office luyo sa MikroTik kanunay mawala ang registration. TCP ang transport. Ang naa sa public IP okay ra.`),
    nat(`Since RST mode was turned on Monday, all our remote agents (behind home routers, Zoiper over TCP) keep dropping to unregistered every few minutes. Office phones with a public IP are fine.`),
    nat(`Sir, sang gin-On ninyo ang SS_TCP_CLOSE_RESET, ang amon mga phones sa Iloilo nga naka-NAT sa MikroTik indi na ka-register. SIP TCP kami. Palihog tan-awa.`),
    nat(`unregistered na naman mga phones sa likod ng mikrotik simula nung RST On 😩 TCP kami`),
    nat(`Sir, ang among Grandstream UCM luyo sa office firewall (NAT) nag-register sa VOS over TCP. Sukad gi-On ang RST mode, mo-register siya dayon mawala sulod sa 1-2 mins. Balik-balik.`),
    nat(`Good morning sir, after your team applied the port fix (RST mode on) last night, our Pasig site IP-PBX behind NAT shows unregistered on the VOS portal. It uses TCP 5060. All calls from that site are failing now.`),
    nat(`paps, sa portal ng VOS:
6001  Unregistered  112.198.x.x:41233  TCP
6002  Unregistered  112.198.x.x:52210  TCP
6003  Unregistered  112.198.x.x:38871  TCP
lahat ng nasa likod ng router. nagsimula to after i-enable ang RST mode nung Friday`),
    nat(`Boss, ang mga agents namon nga WFH (PLDT home router) pirme na lang unregistered sugod sang gin-enable ang RST. TCP ang gamit namon para indi maguba sang ALG. Ano ang solusyon?`),
    nat(`sir ang softphones sa likod sa NAT mo-unregistered kada pila ka minuto sukad gi-set ang SS_TCP_CLOSE_RESET=On. Kinsa ang pwede mo-revert?`),
    nat(`Follow-up: the port_exhaustion fix worked for the TIME_WAIT, but now our NATed clients (MikroTik at each branch, SIP over TCP) lose registration constantly. Didn't happen before the RST change.`),
    nat(`Boss, after i-set ang SS_TCP_CLOSE_RESET=On tas reparse, ung 45 na Yealink sa Makati (naka-NAT sa FortiGate, TCP) isa-isang nawawala registration. Ung mga nasa data center walang problema.`),
    nat(`Sir unregistered tanan nga naka-NAT sugod sang RST On. TCP. Bacolod site.`),
    nat(`Boss, ang among reseller sa CDO nag-reklamo: ilang mga MicroSIP (TCP) luyo sa home router dili na maka-register sukad Martes. Martes pud mi nag-enable sa RST mode. Connected ba?`),
    nat(`Sir good pm po.
Timeline:
- Mon 10pm: in-apply namin SS_TCP_CLOSE_RESET=On + tw_reuse per advice nyo (TIME_WAIT issue)
- Tue 8am: reklamo ng QC branch, unregistered mga phones
- lahat ng affected nasa likod ng NAT (TP-Link at MikroTik), SIP over TCP
- ung mga naka public IP ok
Ano po next step?`),
    nat(`Our IP-PBX (3CX) behind an office NAT registers to VOS over TCP. Since RST mode went On, the trunk flaps Registered/Unregistered every ~30s. Logs show the TCP connection being closed from the VOS side.`),
    nat(`paps naka-On na ang RST mode, ug karon ang mga phones sa Davao nga naa sa likod sa router dili na mo-register. TCP among transport. Unsaon pagbalik sa daan?`),
    nat(`Sir tanong lang pero urgent: kailangan ba talaga naka On ang SS_TCP_CLOSE_RESET? simula nung in-On, ung mga remote agents namin (NAT, TCP) hindi na maka-register. ayaw na nila mag-login`),
    nat(`Sir, ang Zoiper sang amon mga agents sa balay ga-ingon "Registration failed" kada 2 minuto sugod sang gin-On ang RST. Naka-TCP sila kag ara sa likod sang router. Ang ara sa office nga may public IP, ok man.`),
    nat(`NAT'd phones over TCP all unregistered since RST mode was enabled. Please advise.`),
    nat(`Sir, human sa inyong tuning (SS_TCP_CLOSE_RESET=On), ang Asterisk sa among Cebu branch luyo sa MikroTik nga nag-register over TCP kay "Unregistered" na sa VOS portal. Ang "sip show registry" pirmi "Request Sent" ra.`),
    nat(`boss ung mga Fanvil namin sa Pasig na naka-TCP behind NAT, biglang unregistered lahat pagkatapos ng reparse ng softswitch.conf kagabi (ung RST=On). wala kaming ibang binago.`),
    nat(`Boss, ang reseller namon sa Iloilo may 60 ka agents sa likod sang isa ka router, TCP. Sugod sang RST mode, "unregistered" sila kada lima ka minuto. Ginapangita na nila kami.`),
    nat(`Hi, we applied the port range + RST changes yesterday. Now every phone behind a NAT router drops registration a few minutes after registering. The ones on SIP UDP are fine, only the TCP ones. Can we roll back just the RST part?`),
    nat(`Boss nakit-an nako sa tcpdump nga ang VOS mo-send ug RST sa TCP connection sa phone, dayon ang phone sa luyo sa NAT dili na maka-abot balik ug mag-unregistered. Nagsugod ni pag-On sa RST mode.`),
    nat(`Sir sa Cebu site lang po affected: ung mga phones na naka-NAT sa likod ng Sophos, TCP, unregistered since kagabi. Kagabi rin po in-On ang RST mode. Coincidence po ba?`),
    nat(`Sir, ang mga IP phones sa Bacolod office ara sa likod sang MikroTik kag TCP ang transport. Sugod sang gin-ilis ang SS_TCP_CLOSE_RESET sa On, indi na sila maka-register. Gin-restart na namon ang router, wala gihapon.`),
    nat(`lods pahelp, simula nung naka RST mode na tayo, ung mga Linksys SPA ng client sa Davao (behind home router, TCP) nag-uunregistered kada ilang minuto. pabalik-balik. libo-libo na reklamo 😭`),
    nat(`The RST change fixed our ports problem but broke registration for every customer behind NAT that registers over TCP. About 200 endpoints affected across Manila and Cebu. Need guidance urgently.`),
    nat(`Sir, sukad gi-enable ang RST, among Yeastar PBX luyo sa office router (TCP trunk) kanunay "Unregistered". Log sa Yeastar: "TCP connection reset by peer". Wala mi giusab sa router.`),
  ],
  firewallRst: [
    fw(`sir after namin i-On ang RST mode, nagha-hang mga calls sa carrier na nasa likod ng FortiGate. sa FortiGate log may "no session matched" sa mga RST. ano po gagawin?`),
    fw(`Boss, sukad gi-enable ang SS_TCP_CLOSE_RESET, daghan dropped calls sa among ASA. ASA log: "%ASA-6-106015: Deny TCP (no connection) from 10.1.1.20/5060 to 10.2.2.8/40112 flags RST". Tabang.`),
    fw(`After enabling RST mode, calls through our pfSense started hanging at setup. pfSense logs show the RST packets blocked as out of state. What's the recommended change?`),
    fw(`Sir, sugod sang gin-On ang RST mode, ang mga tawag namon nga naga-agi sa Sophos ga-utod sa tunga. Sa Sophos log, "invalid TCP packet dropped" RST flag. Ano ang himuon?`),
    fw(`RST mode On → putol-putol calls sa likod ng FortiGate. dropped RST daw sa logs. pa-help`),
    fw(`Sir ania ang iptables log:
kernel: INVALID DROP IN=eth0 OUT= SRC=10.0.0.5 DST=10.0.0.9 PROTO=TCP SPT=5060 DPT=43122 RST
kernel: INVALID DROP IN=eth0 OUT= SRC=10.0.0.5 DST=10.0.0.9 PROTO=TCP SPT=5060 DPT=43130 RST
Nagsugod ni pagka-On sa RST mode. Ang calls mo-hang dayon ma-timeout.`),
    fw(`Since the SS_TCP_CLOSE_RESET=On change, about 20% of calls to our carrier hang for 30 seconds then fail. Our MikroTik log shows "input: in:ether1 proto TCP (RST), connection-state:invalid" being dropped. Coincidence?`),
    fw(`Boss, nagkaproblema kami after ng RST mode. Ung calls na dumadaan sa firewall ng client (Cisco ASA) hindi na nagre-ring tapos drop after 32s. Sabi ng firewall admin nila may mga RST na "no connection" na dinidrop. Kailangan po ba i-Off?`),
    fw(`Boss, ang conntrack sang amon iptables ga-drop sang RST bilang INVALID sugod sang RST mode. Ang mga tawag ga-hang. Ano ang dapat namon ilisan?`),
    fw(`sir ang among pfSense nag-log ug "TCP:R" blocked, default deny rule, sukad gi-On ninyo ang RST. Dayon ang calls mo-drop human sa pipila ka segundo.`),
    fw(`Escalation from Makati BPO:
- RST mode enabled Thursday night
- Friday: ~30% of outbound calls fail or go silent then drop
- FortiGate 100F in front of VOS, logs show RST packets denied as out of state
- no other changes
Please advise fastest rollback.`),
    fw(`paps, ung mga tawag ng client natin sa Quezon City nagde-dead air tapos drop. May Sophos XG sila, sa logs "Invalid TCP state" RST dropped. nagsimula nung in-On natin ung SS_TCP_CLOSE_RESET.`),
    fw(`Boss nag-hang ang calls human sa RST On. Ang FortiGate nag-drop sa RST. Unsaon?`),
    fw(`Sir, sa amon MikroTik, ang counter sang "drop invalid" nga filter rule ga-saka sang madamo sugod sang RST mode. Kag ang mga tawag ga-drop. Connected bala ini?`),
    fw(`ASA syslog flooding with "%ASA-6-106015: Deny TCP (no connection) ... flags RST on interface outside" since we flipped RST mode on. Calls to the softswitch time out. Help.`),
    fw(`Sir, pagkatapos ng tuning nyo sa port (ung RST=On), hindi na pumapasok calls mula sa carrier na naka-pfSense. Kita sa pf log ung RST na blocked. Pwede po ba i-Off na lang?`),
    fw(`Sir ang among Cebu NOC nakakita sa tcpdump: ang VOS mo-send ug RST pero ang FortiGate dili mo-pasa kay out of session, so ang pikas naghulat ra ug mo-hang ang tawag. Nagsugod pag-On sa RST mode.`),
    fw(`boss, bakit nag-hang lahat ng calls sa Davao site simula kagabi? wala kaming binago except ung RST mode na in-advise nyo. may iptables sila na "-m state --state INVALID -j DROP".`),
    fw(`Boss, ang carrier namon nagasiling nga ang ila firewall naga-drop sang amon RST packets kay indi match sa session, sugod sang gin-On namon ang RST mode. Ang tawag naga-hulat lang kag nagautod.`),
    fw(`Firewall dropping RSTs as invalid since RST mode went on; calls hanging. Do we need to revert?`),
    fw(`Boss, ang mga tawag sa among Iloilo gateway nga luyo sa Sophos mo-drop kada 1-2 minutes sukad gi-On ang SS_TCP_CLOSE_RESET. Sa Sophos log, "Dropped: TCP RST out of state".`),
    fw(`sir ito sa FortiGate:
date=2024-06-02 time=20:14:55 type=traffic subtype=forward action=deny msg="no session matched" proto=6 tcpflags=RST
paulit-ulit to simula nung RST mode On. ung calls stuck sa "calling" tapos drop.`),
    fw(`Sir, nakita sang amon NOC nga sang gin-On ang RST, ang conntrack sang iptables nagamarka sang RST bilang INVALID kag ginadrop. Ang tawag sa carrier ga-hang. Palihog i-guide kami.`),
    fw(`Our client's pfSense in Cebu drops the RST packets our VOS now sends (state mismatch), and since that change their outbound calls half-connect and then die. Everything was fine with RST Off.`),
    fw(`sir libo-libo ang RST nga gi-drop sa among MikroTik "connection-state=invalid" sukad karong buntag, karong buntag pud gi-On ang RST mode. Ang calls mo-hang ug maputol.`),
    fw(`Boss follow up sa kahapon: ok na ung TIME_WAIT pero ngayon ung calls sa likod ng ASA nagha-hang. ASA deny "TCP (no connection)" flags RST. Parang ung fix ang nagdala ng bagong problema.`),
    fw(`Sir ga-hang ang tawag kay ang FortiGate ga-drop sang RST. Sugod sang RST On.`),
    fw(`Good day sir, our NOC in Pasig observed dropped calls after the RST mode activation. Our Sophos firewall is logging the reset packets as invalid and discarding them. Before the change there were no call drops at all.`),
    fw(`Paps, ang SBC sa among carrier naa sa luyo sa pfSense. Sukad nag-RST mode mi, ang ilang firewall nag-block sa RST ("state violation") ug ang calls dili mo-connect. Kinahanglan ba i-Off o i-allow nila ang RST?`),
    fw(`Sir emergency po, trenta porsyento ng calls namin bagsak since RST mode On. Sa firewall (FortiGate 60F) may mga denied RST "out of state". Pano i-rollback?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning151Set: readonly EvalItem[] = Object.values(tuning151Families).flat();
