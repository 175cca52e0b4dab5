import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP wholesale operators, call-termination shops, resellers and NOC engineers in Nigeria (Lagos/Ikeja,
 * Abuja, Port Harcourt, Kano), Ghana (Accra, Kumasi, Tema), Kenya (Nairobi, Mombasa) and Tanzania
 * (Dar es Salaam, Arusha, Mwanza) writing to the VOS3000 support desk on WhatsApp, all in Latin script:
 * about a third in Nigerian Pidgin and Nigerian English ("abeg", "oga", "wahala", "e don", "dey", "walahi"),
 * about a third in Ghanaian English/Pidgin with a few Twi words ("chale", "herh", "medaase", "mpem aduasa")
 * and Kenyan Sheng / Swahili-English code-switching ("niaje", "manze", "wasee", "iko fiti", "thao"), and the
 * rest in Tanzanian Swahili ("Shikamoo", "ndugu", "mkuu", "elfu thelathini") mixed with English technical
 * words, with pasted ss/netstat/iptables output, firewall log lines and Java/nginx/MySQL errors; numbers as
 * digits, "30k", spelled-out English, Swahili and Twi number words.
 *
 * The hundred-and-fifty-third tuning split, by family, written as the largest markets write beyond South Asia and the Arab
 * world. Five negative families of 27 (one service that cannot bind its own port, registration lost for another
 * reason, small figures and questions, firewall work without dropped RST, playbook words denied or explained)
 * and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful
 * firewall dropping RST). Written as the hundred-and-fifty-third never-tuned set, before the fifty-seventh round of rules, by someone
 * who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in
 * view; measured as such before and after the fifty-seventh and fifty-eighth rounds, then made tuning material for
 * the fifty-ninth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 88.9 %, negatives confident 3.0 %, confident wrong 0 % with the
 * rules of the fifty-sixth round and the changes after it, before the fifty-seventh.
 * After the fifty-seventh round: the same.
 * After the fifty-eighth round: the same.
 */
export const tuning153Families = {
  oneListeningPort: [
    no(`Abeg the web portal no gree come up after reboot. catalina.out dey show "java.net.BindException: Address already in use: JVM_Bind <null>:8080". I think say another java process dey hold 8080, oga how I go check am?`),
    no(`oga good morning, nginx refuse start on our Lagos box:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
apache still dey run from the old setup i think`),
    no(`mysql no wan start o. log talk say "Can't start server: Bind on TCP/IP port: Address already in use" ... "Do you already have another mysqld server running on port: 3306 ?" e be like say another mysqld dey there already`),
    no(`We install second asterisk for testing on the same server as vos and now asterisk dey complain "Unable to bind to 0.0.0.0:5060: Address already in use". Na because mbx3000 dey use 5060 abi?`),
    no(`my dev laptop: Error: listen EADDRINUSE: address already in use :::3000 when I run the billing api. nothing to do with vos, just asking if una fit help quick`),
    no(`docker wahala: "Bind for 0.0.0.0:8080 failed: port is already allocated". I wan run our rate-deck tool container for the same server wey vos web dey use 8080`),
    no(`Kano office here. After we update the server, tomcat cannot bind 8080, another tomcat instance still running from before. ps show two java. which one I go kill?`),
    no(`e don tey wey this portal dey show "Address already in use" for port 443 since we install certbot standalone. walahi I no understand`),
    no(`Cannot bind to port 8080 — just that one port, the portal. calls dey pass fine, ss show java pid 2214 holding am`),
    no(`Chale the vos web no dey load. catalina log: "SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"] java.net.BindException: Address already in use". Someone install jenkins on the same server yesterday herh`),
    no(`Good afternoon team, Accra side. Our kamailio on the edge box fails to start:
ERROR: <core> [core/tcp_main.c:2853]: tcp_init(): bind(9, 0x7f..., 16) on 0.0.0.0:5060 : Address already in use
old kamailio still running i think`),
    no(`Please our apache on the reporting server won't start, (98)Address already in use: AH00072: make_sock: could not bind to address [::]:80. medaase`),
    no(`Kumasi reseller here. Port 8080 conflict — I installed a second web panel on the vos server and now one of them won't bind. Which port can I move it to?`),
    no(`how far, my docker compose for grafana say port 3000 already in use, ebi the other grafana from last week. just confirm it won't affect the softswitch`),
    no(`Niaje team, portal ya vos imekataa ku-start. netstat -tlnp | grep 8080 inaonyesha "tcp 0 0 :::8080 :::* LISTEN 1873/java" lakini hiyo ni tomcat ingine ya zamani. Nii-kill?`),
    no(`Manze mysql ya CDR server haiwaki: "[ERROR] Can't start server: Bind on TCP/IP port. Got error: 98: Address already in use" — kuna mysqld ingine iko on 3306`),
    no(`sasa wasee, nilijaribu run freeswitch kwa same box kama vos ili ku-test, inasema "Socket bind failed: 98 Address already in use" kwa 5060. obviously softswitch iko kwa hiyo port`),
    no(`Hi, Nairobi. Dev server yetu ina issue: nodemon crashes "EADDRINUSE :::5000" — si vos, ni internal app, but mnaweza saidia?`),
    no(`Mombasa here. nginx reverse proxy for the portal: "bind() to 0.0.0.0:443 failed (98: Address already in use)" — apache was still enabled on boot`),
    no(`Habari za asubuhi. Tomcat ya mfumo wa VOS haitaki kuwaka baada ya kuwasha upya seva. Kwenye log kuna "Address already in use <null>:8080". Naomba msaada`),
    no(`Shikamoo mkuu, tulisakinisha asterisk ya pili kwenye seva moja na softswitch, sasa inasema "Unable to bind 0.0.0.0:5060: Address already in use". Tufanye nini, tubadilishe port ya asterisk?`),
    no(`Ndugu, MySQL imegoma kuanza: "Do you already have another mysqld server running on port: 3306 ?" Nadhani kuna mysqld mbili zinawaka.`),
    no(`Samahani, container ya docker ya billing inasema "port is already allocated" kwa 8080. Portal ya vos nayo iko 8080. Nibadilishe ipi?`),
    no(`Arusha hapa. Nginx haiwaki: bind() to 0.0.0.0:80 failed (98: Address already in use). Simu zinapita sawa, ni web tu.`),
    no(`Dar es Salaam. Kwenye laptop ya developer wetu, spring boot inasema "Web server failed to start. Port 8080 was already in use." Hii ni tatizo la laptop tu ama?`),
    no(`tatizo ni port moja tu — 8080. lsof -i :8080 inaonyesha java ya zamani bado ipo. Nikiiua portal itarudi?`),
    no(`Mkuu, tumeweka web panel ya pili, sasa Tomcat inalalamika "java.net.BindException: Address already in use: bind" kila ikianza. Simu hazina tatizo.`),
  ],
  otherRegistrationCause: [
    no(`Oga all my extensions for Ikeja office don show unregistered since morning. we change sip password yesterday for security, abi na that one?`),
    no(`abeg check our account, phones no dey register since 1st. I think say the invoice never pay, finance dey delay`),
    no(`Our public IP change as we move from MTN fibre to Spectranet, now the IP-PBX no fit register. Na because of IP whitelisting for our account?`),
    no(`e be like say our domain sip.ourcompany.ng no dey resolve again, DNS expire. all the phones dey unregistered`),
    no(`Phones unregistered for Abuja branch — NEPA take light since yesterday and the gen don finish diesel. abeg ignore the alarm, e go come back when power return`),
    no(`registration dey fail with 403 Forbidden on all the yealink, we reset the passwords on the portal. wetin we go do`),
    no(`Good evening, licence for vos don expire? The portal dey show "licence expired" and nothing dey register again`),
    no(`we dey use UDP 5060 only, we change router from tp-link to mikrotik yesterday and now phones no register. we never touch any RST or anything like that`),
    no(`Port Harcourt: ISP down since 4am, whole area no internet, naim make all the softphones unregistered. just letting una know`),
    no(`Chale all my zoiper clients dey say "Registration failed: 401 Unauthorized" after I change the account passwords last night`),
    no(`Morning, our trunk account expired on the 30th. The IP-PBX shows rejected. Please how do I renew, medaase`),
    no(`The office at Osu moved to a new building and the public IP changed. Phones not registering. We use UDP. Do you whitelist by IP?`),
    no(`herh, Vodafone broadband down since 9 in Kumasi, all our phones show "No Service". not your side I think`),
    no(`Hello, our DNS name changed from voip.x.com.gh to sip.x.com.gh and half the phones still point to the old one — they show unregistered`),
    no(`Niaje, simu zote za office zina-show unregistered tangu tubadilishe password ya SIP jana. Tulisahau ku-update kwa phones?`),
    no(`Sasa team, account yetu imesuspendiwa? Phones ziko "403 Forbidden". Sidhani tulilipa invoice ya mwezi huu`),
    no(`Manze Safaricom fibre iko down Westlands, ndio maana phones haziko registered. Tunangoja`),
    no(`We changed ISP from Zuku to Safaricom and our public IP is new, so the PBX trunk is unregistered. UDP setup. Mnaweza update IP whitelist?`),
    no(`Hi Mombasa branch, power outage since morning, the PoE switch is off so all desk phones unregistered. not an urgent ticket`),
    no(`Habari, simu zote za ofisi zinaonyesha hazijasajiliwa tangu tulipobadilisha password jana jioni. Tunaomba mtusaidie`),
    no(`Ndugu, akaunti yetu imekwisha muda wake? Simu zinarudisha "403 Forbidden". Malipo yamechelewa kidogo`),
    no(`Mkuu, tumehamia ofisi mpya Arusha na IP ya umma imebadilika. Tunatumia UDP tu. Simu hazijisajili. Mnaweza kuongeza IP mpya?`),
    no(`Leo asubuhi umeme ulikatika Kariakoo na router haina UPS, ndio maana simu zilikuwa hazija-register. Sasa umerudi`),
    no(`Samahani, leseni ya VOS inaonyesha imeisha (licence expired) kwenye portal, na hakuna simu inayosajiliwa`),
    no(`Jina la DNS la seva yetu halifanyi kazi tena — tulisahau kulipia domain. Simu zote unregistered`),
    no(`TTCL internet imekatika tangu saa tatu asubuhi, simu zote hazijasajiliwa. Tatizo ni la ISP si lenu`),
    no(`Tumebadilisha router kutoka Huawei kwenda MikroTik, tunatumia UDP 5060 tu, sasa simu hazijisajili. Kwenye log ni "401 Unauthorized" - labda password ziliingizwa vibaya?`),
  ],
  smallFigures: [
    no(`Oga abeg wetin be TIME_WAIT sef? I run ss -s and see like 300 for timewait`),
    no(`Paste:
Total: 412 (kernel 0)
TCP:   186 (estab 58, closed 102, orphaned 0, synrecv 0, timewait 97/0), ports 0
e normal abi? na quiet sunday`),
    no(`is ip_local_port_range "32768 60999" the default for centos 7? just want confirm before we touch anything`),
    no(`We get like 500 time_wait on the server for night, calls dey flow fine. no wahala, just curious if we need tune am`),
    no(`should we enable RST mode generally? someone for one forum talk say make we on SS_TCP_CLOSE_RESET but we no get any problem`),
    no(`How many TIME_WAIT e normal for 200 concurrent calls? we see 1.2k at peak, nothing dey fail`),
    no(`Health check report for Lagos node: cpu 12%, mem 40%, timewait 230, estab 90. all good?`),
    no(`what does tcp_tw_reuse do? we never set am, just reading`),
    no(`netstat -an | grep TIME_WAIT | wc -l
178
dis one fine abi`),
    no(`Chale I see like four hundred TIME_WAIT on the box, is it something to worry about? calls are ok`),
    no(`Please what is the default value of SS_TCP_CLOSE_RESET in softswitch.conf? Just documenting our setup`),
    no(`ss -s on Accra server:
TCP:   264 (estab 121, closed 88, orphaned 2, timewait 85/0)
everything looking fine?`),
    no(`Monthly check: ports 0, timewait under 200 all week. medaase for the support`),
    no(`How many calls per second can a single vos handle before we should think about the port range? we do like 15 cps`),
    no(`Sasa, ss -s inaonyesha timewait 340 tu, calls ziko fiti. Hii ni normal ama?`),
    no(`Maze TIME_WAIT ni nini hasa? Nimeona kwa netstat kama mia mbili`),
    no(`Hi, ip_local_port_range yetu ni 32768 60999. Tunahitaji kubadilisha kama tuna 50 concurrent calls tu?`),
    no(`Quick one: tuwashe RST mode kama precaution? Hakuna shida yoyote kwa sasa`),
    no(`cat /proc/sys/net/ipv4/tcp_tw_reuse
0
hii ndio default? just checking before audit`),
    no(`Habari, TIME_WAIT ni kitu gani? Kwenye seva yetu naona kama mia tatu hivi`),
    no(`Ndugu, ss -s:
Total: 388
TCP:   201 (estab 77, closed 110, orphaned 0, timewait 104/0)
Hii iko sawa?`),
    no(`Mkuu, tunapaswa kuwasha SS_TCP_CLOSE_RESET? Ni swali la jumla tu, mfumo unafanya kazi vizuri`),
    no(`Je, ip_local_port_range 32768 60999 ni default ya CentOS? Tunaandaa nyaraka`),
    no(`Usiku kuna TIME_WAIT kama mia nne, mchana elfu moja hivi. Simu zote zinapita. Ni kawaida?`),
    no(`Tuna simu 80 kwa wakati mmoja tu. Tunahitaji kubadilisha tcp_tw_reuse au tuache?`),
    no(`Ripoti ya afya ya seva ya Dar: estab 64, timewait 150, CPU 9%. Kila kitu shwari`),
    no(`Samahani kwa swali dogo, "ports 0" kwenye ss -s inamaanisha nini?`),
  ],
  firewallNoRst: [
    no(`Oga abeg help us open 5060 TCP and UDP for our new FortiGate, we just install am and calls dey pass fine, just want confirm rules`),
    no(`Fail2ban don ban our own office IP 102.89.x.x because of wrong password tries. how I go unban am?`),
    no(`Please whitelist our new carrier IP 41.58.x.x on the vos firewall, dem wan start send traffic tonight`),
    no(`we see SIP ALG for the mikrotik, make we off am? calls dey ok sha, just one-way audio sometimes`),
    no(`Abeg we wan block all countries except Nigeria and UK from reaching 8080 on the portal. geo-blocking for iptables how?`),
    no(`New pfSense install for Abuja office yesterday. everything working, calls fine, registration fine. I go send you the rule export to review`),
    no(`oga iptables -L show say 5060 dey open but our partner no fit reach us — we later find say na their own firewall. e don resolve`),
    no(`fail2ban jail for sip dey ban too many legit IPs. wetin be the right maxretry?`),
    no(`Abeg the web portal dey open to the whole world, we wan add rule make only our office fit access 8080`),
    no(`Chale we bought a Sophos XG for the Accra office, I need the ports for RTP. Calls are working okay now but I want to lock it down`),
    no(`Please whitelist 154.160.x.x for our new termination partner in Tema. medaase paa`),
    no(`Our ASA team wants to disable SIP inspection. Is that okay for vos? No issues yet, planning only`),
    no(`herh fail2ban banned the NOC engineer IP again. How to add ignoreip?`),
    no(`Good morning, need an iptables rule to allow RTP range 10000-20000 from our carriers only`),
    no(`Niaje, tumeweka FortiGate mpya Nairobi office, kila kitu iko fiti, calls zinapita. Nataka tu confirm policy ya 5060`),
    no(`Sasa team, fail2ban ime-ban IP ya client wetu wa Mombasa. Mnaweza unban?`),
    no(`Wasee tunataka ku-block traffic yote kutoka nje ya Kenya kwa SIP port. Geo-block inawezekana kwa iptables?`),
    no(`SIP ALG iko on kwa router ya Safaricom, tui-disable? hakuna shida kubwa ila one-way audio mara moja moja`),
    no(`Please add firewall rule ya portal 8080 only kwa VPN range yetu 10.8.0.0/24`),
    no(`Habari, tunaomba kufungua port 5060 TCP kwenye firewall mpya ya pfSense. Simu zinapita vizuri, ni usalama tu`),
    no(`Ndugu, naomba kuongeza IP ya mteja mpya kwenye whitelist: 196.249.x.x. Anaanza leo usiku`),
    no(`Fail2ban imezuia IP ya ofisi yetu ya Arusha kwa sababu ya password mbaya. Tuiondoe vipi?`),
    no(`Mkuu, tumeweka MikroTik mpya, tumezima SIP ALG. Simu zote zinafanya kazi. Naomba mhakiki rules zetu`),
    no(`Tunataka kuzuia nchi zote isipokuwa Tanzania na Kenya kufikia portal. Inawezekana?`),
    no(`Firewall ya Sophos imewekwa jana, hakuna tatizo lolote, simu zinapita, ripoti tu kwa kumbukumbu`),
    no(`Naomba kanuni ya iptables kuruhusu RTP 10000-20000 kutoka kwa carriers wetu peke yao`),
    no(`Samahani, tunahitaji kufungua 8080 kwa ajili ya portal kwenye FortiGate ya tawi la Mwanza. Hakuna simu zinazokatika, ni web tu`),
  ],
  negationContext: [
    no(`We dey use UDP only for all our trunks, so I no think say that SS_TCP_CLOSE_RESET matter for us abi?`),
    no(`RST dey off for our server and we never on am. the calls wey drop since morning na carrier issue, dem don confirm`),
    no(`that EADDRINUSE wahala na last year, una fix am with the tw_reuse thing. this one na different — billing report no dey load`),
    no(`Oga thank you o, TIME_WAIT been reach like 30k before but after the fix e dey around 400 now. all good`),
    no(`Forwarding old ticket for reference: "cannot assign requested address at peak hours" — closed for March. nothing new, auditor ask for am`),
    no(`abeg wetin "cannot assign requested address" mean sef? i see am for one forum, no be for our server`),
    no(`Nobody touch anything on the server since last week, phones dey register fine, firewall dey fine. just checking in`),
    no(`after the password change all phones don register back. no be NAT wahala like last time. thanks`),
    no(`Our FortiGate no dey drop anything now — after una off the RST thing last month everything calm. just feedback`),
    no(`Chale we're not behind NAT at all, public IPs on every phone. and RST mode was never switched on. So the drop is something else`),
    no(`Just to say: the 'address already in use' we reported was Tomcat 8080 only, not the softswitch. Sorted now`),
    no(`Please what does "RST" mean in SS_TCP_CLOSE_RESET? Trying to understand the doc, no issue`),
    no(`Last month's ticket about unregistered phones after RST — that's closed, medaase. This time we only need an invoice copy`),
    no(`We thought it was port exhaustion but ss -s shows timewait 90. it was a bad route in the rate table`),
    no(`Sasa, hatutumii TCP kabisa, ni UDP tu. Kwa hivyo hiyo RST mode haituhusu right?`),
    no(`Manze ile issue ya TIME_WAIT elfu thelathini ilikuwa mwaka jana, mlitusaidia. Leo nauliza tu kuhusu CDR export`),
    no(`Hakuna mtu ame-change kitu kwa firewall, na RST iko off since day one. Calls zinadrop kwa carrier side`),
    no(`Hi, the phones were unregistered because of wrong password after reset, not NAT. Fixed now, asante`),
    no(`Quoting your old reply: "set SS_TCP_CLOSE_RESET=Off if phones behind NAT lose registration" — hiyo ilikuwa for our old office, sasa hakuna problem`),
    no(`Habari, sisi tunatumia UDP peke yake, hatujawahi kuwasha RST. Tatizo letu ni sauti ya upande mmoja tu`),
    no(`Ndugu, TIME_WAIT ilikuwa elfu thelathini kabla ya marekebisho yenu, sasa ni mia nne tu. Asante sana`),
    no(`Hakuna aliyebadilisha kitu chochote kwenye seva wala firewall. Simu zinasajiliwa vizuri. Nauliza tu kuhusu ankara`),
    no(`"Cannot assign requested address" ina maana gani? Nimeiona kwenye kitabu, si kwenye seva yetu`),
    no(`Tiketi ya zamani (Juni): simu za MikroTik zilipoteza usajili baada ya RST. Ilitatuliwa. Naiweka hapa kwa kumbukumbu tu`),
    no(`Baada ya kubadilisha password, simu zote zimerudi. Si tatizo la NAT wala RST`),
    no(`Mkuu, firewall yetu ya FortiGate haijawahi kudondosha RST — tuliangalia logs, hakuna kitu. Simu zinakatika kwa sababu ya mtandao wa carrier`),
    no(`Kwenye log ya zamani ya 2022 kuna BindException nyingi, lakini hiyo ilikuwa kabla hatujaweka tw_reuse. Sasa hakuna. Swali langu ni kuhusu backup ya database`),
  ],
  portExhaustion: [
    pe(`Oga urgent!! calls dey fail for peak, softswitch log full of "Cannot assign requested address". ss -s show timewait 28k. abeg help`),
    pe(`ss -s
Total: 31422 (kernel 0)
TCP:   30987 (estab 412, closed 30511, orphaned 3, synrecv 0, timewait 30490/0), ports 0
abeg this one na wahala, new calls no dey connect from 7pm`),
    pe(`e don happen again, thirty thousand TIME_WAIT and the mbx3000 no fit open new tcp connection to the carriers. cps na like 120`),
    pe(`Good evening oga, our Lagos server dey reject calls each time traffic climb. log: "connect() failed: EADDRINUSE". When traffic reduce e go normal`),
    pe(`abeg see: java.net.BindException: Cannot assign requested address (from softswitch outgoing). netstat -ant | grep TIME_WAIT | wc -l = 27654`),
    pe(`Our wholesale customers dey complain of 503 for peak time. Server don run out of local ports i think, time_wait dey 29k+`),
    pe(`e be like say ephemeral ports don finish. ip_local_port_range still be 32768 60999 and traffic don double since we get the new Nigeria-UK route`),
    pe(`Oga good morning. Escalating this one.
Since Monday between 6pm and 10pm, about 40% of calls to our top carrier dey fail.
- softswitch log: "cannot bind local address: Address already in use"
- ss -s timewait 33k
- cps around 150
Off peak everything fine. We never change anything. Abeg wetin we go do?`),
    pe(`Kano here. Once calls reach 900 concurrent, new outbound TCP to carriers dey fail, log show "Cannot assign requested address". timewait dey over twenty-five thousand`),
    pe(`follow up on yesterday: we check again for peak, same thing, timewait 31k, calls fail. una never respond o`),
    pe(`Chale our softswitch starts failing calls every evening. ss -s says timewait 26k, ports running out. Errors "cannot assign requested address" everywhere`),
    pe(`Please urgent from Accra: at peak CPS the mbx3000 can't make new TCP connections, EADDRINUSE in the log, netstat shows over thirty thousand in TIME_WAIT`),
    pe(`herh the server dey choke again. mpem aduasa (30k) TIME_WAIT chale. calls failing`),
    pe(`Forwarded from our NOC:
"Peak hours 19:00-22:00 GMT outbound SIP/TCP connects failing. errno 99 Cannot assign requested address. TIME_WAIT ~28,000."
Please advise`),
    pe(`Kumasi reseller: ASR drops to zero at peak, ss shows local ports exhausted. is it the tcp_tw_reuse thing?`),
    pe(`Niaje, server yetu ina-run out of ports saa za peak. ss -s inaonyesha timewait 32k na log ina "Cannot assign requested address"`),
    pe(`Manze calls zinafail kila jioni. TIME_WAIT iko kama thao thirty, softswitch haiwezi fungua TCP connections mpya`),
    pe(`Sasa team, from Mombasa: EADDRINUSE kwa outgoing connections za softswitch whenever cps inapita 100. Off peak iko fiti`),
    pe(`Hi, escalating for our Nairobi POP:
netstat -ant | awk '{print $6}' | sort | uniq -c
  31244 TIME_WAIT
    387 ESTABLISHED
     12 LISTEN
New calls fail with "cannot bind" at peak. Help`),
    pe(`Wasee, ephemeral ports zimeisha. ip_local_port_range bado ni default na traffic imeongezeka mara mbili`),
    pe(`Habari, simu zinashindwa kuunganishwa wakati wa msongamano wa jioni. Log inaonyesha "Cannot assign requested address" na TIME_WAIT ni elfu thelathini`),
    pe(`Ndugu, ss -s:
TCP:   29874 (estab 344, closed 29410, orphaned 0, timewait 29388/0), ports 0
Simu mpya hazipiti. Tafadhali msaada haraka`),
    pe(`Mkuu, seva imeishiwa na port za ndani wakati wa peak. TIME_WAIT elfu ishirini na nane. Softswitch inaandika EADDRINUSE`),
    pe(`Shikamoo. Kila saa mbili usiku simu zinaanza kufeli, BindException kwenye log ya softswitch, TIME_WAIT zinapanda hadi elfu ishirini na kitu. Mchana ziko sawa`),
    pe(`Tatizo: softswitch haiwezi kufungua muunganisho mpya wa TCP kwa carriers, "Address already in use". netstat inaonyesha TIME_WAIT elfu thelathini na mbili`),
    pe(`Dar es Salaam hapa. CPS ikifika 130, simu zinakataa. ss -s timewait 27k+. Tunadhani port zimeisha`),
    pe(`Habari za jioni. Nimeangalia tena leo usiku: TIME_WAIT elfu ishirini na tisa, tena simu zinafeli. Ni ile ile ya jana`),
    pe(`Arusha: Tumeongeza trafiki ya wateja wapya, sasa kila jioni "cannot assign requested address". ip_local_port_range bado 32768 60999`),
    pe(`Haraka tafadhali!! Simu zote za nje zinafeli, TIME_WAIT zaidi ya elfu thelathini`),
    pe(`Salaam timu,
Tangu Jumatatu, saa moja hadi saa nne usiku, asilimia 35 ya simu kwa carrier wetu mkubwa zinafeli.
log: connect failed: Cannot assign requested address
ss -s: timewait 30412
CPS: karibu 140
Nyakati nyingine kila kitu shwari. Hatujabadilisha chochote. Tunaomba ushauri.`),
  ],
  natUnregistered: [
    nat(`Oga since una on that RST mode yesterday, all the phones for our Ikeja office wey dey behind mikrotik don dey show unregistered`),
    nat(`abeg after we set SS_TCP_CLOSE_RESET=On the softphones behind NAT dey lose registration every few minutes. Before e no dey happen`),
    nat(`e don start again. zoiper users for home (behind their routers) dey register then drop, register then drop. this na after the RST change`),
    nat(`Our IP-PBX for Abuja behind office firewall (NAT) no fit stay registered since RST mode on. SIP over TCP. public IP phones dey fine`),
    nat(`Good morning sir, since Tuesday when we enable RST on vos, the Grandstream phones behind our router dey show "Registration failed" on and off`),
    nat(`wahala o. all customers behind NAT unregistered, direct public IP customers fine. we just change SS_TCP_CLOSE_RESET to On for the port issue`),
    nat(`Port Harcourt: the Yealink behind mikrotik NAT keep losing reg since the reparse with RST. TCP transport`),
    nat(`After the fix una give us for TIME_WAIT, the NAT phones no dey register again. abeg which one we go do now`),
    nat(`Oga good evening,
1. We set SS_TCP_CLOSE_RESET=On on Friday (for the port wahala)
2. Saturday morning, all extensions behind NAT show unregistered on the portal
3. Phones with public IP still registered
4. We dey use TCP for SIP
Abeg wetin dey cause am?`),
    nat(`Kano office phones dey go offline every 5 min since the RST setting. na behind home routers dem dey`),
    nat(`Chale since RST mode on, my reseller clients behind NAT keep dropping registration. TCP sip. please help`),
    nat(`Good afternoon, after SS_TCP_CLOSE_RESET=On our Accra office PBX behind the Sophos NAT shows unregistered. It was fine before`),
    nat(`herh the softphones of our home-based agents no dey register again since yesterday's RST change`),
    nat(`Please our Kumasi branch Yealinks behind TP-Link router, SIP over TCP, registered for some seconds then unregistered. Started after you enabled RST`),
    nat(`Forwarded from client: "Since yesterday evening our phones behind the MikroTik keep losing registration. Nothing changed on our side." — this is right after we enabled the close reset`),
    nat(`Niaje, tangu tuwashe RST mode, simu za client wetu ziko nyuma ya MikroTik NAT zina-show unregistered`),
    nat(`Manze softphones za agents wa home zinapoteza registration kila dakika chache tangu SS_TCP_CLOSE_RESET=On. TCP transport`),
    nat(`Sasa team, PBX ya Mombasa iko behind NAT, imekuwa unregistered tangu jana tulipo-enable close reset. Public IP phones ziko fiti`),
    nat(`Hi, after enabling RST for the TIME_WAIT problem, all NATed extensions in our Westlands office keep going unregistered. Tunarudisha?`),
    nat(`Wasee, registration inadrop kwa phones zote ziko behind router tangu RST on. Ni TCP. Help`),
    nat(`Habari, tangu tuwashe SS_TCP_CLOSE_RESET=On, simu zilizo nyuma ya MikroTik NAT zinaonyesha hazijasajiliwa`),
    nat(`Ndugu, baada ya kuwasha RST mode, softphones za wafanyakazi walio nyumbani zinapoteza usajili kila baada ya dakika chache`),
    nat(`Mkuu, IP-PBX ya ofisi yetu ya Arusha iko nyuma ya firewall (NAT), tangu jana baada ya mabadiliko ya RST haijisajili. Tunatumia TCP`),
    nat(`Shikamoo. Simu za Yealink nyuma ya router zinajisajili kisha zinapotea tena. Hii imeanza baada ya kuwasha close reset`),
    nat(`Simu zenye IP ya umma ziko sawa, lakini zote zilizo nyuma ya NAT hazijasajiliwa tangu RST iwashwe`),
    nat(`Dar es Salaam: baada ya reparse ya softswitch na SS_TCP_CLOSE_RESET=On, simu za wateja wa nyumbani hazisajiliki. SIP kwa TCP`),
    nat(`Habari, angalia:
REGISTER sip:197.x.x.x;transport=tcp from 41.59.x.x:52114
connection reset by peer, registration expired
Simu zote nyuma ya NAT ziko hivi tangu tuwashe RST`),
    nat(`Tangu Jumatano tulipowasha RST, wateja wetu wa Mwanza walio nyuma ya MikroTik wanalalamika simu hazijasajiliwa`),
    nat(`Mkuu, ni zile simu za nyuma ya NAT tu ndizo zinapoteza usajili — baada ya kuwasha RST. Tufanyeje?`),
    nat(`Habari za mchana. Tumepokea malalamiko kutoka kwa mteja: "Simu zetu za ofisini zinaonyesha unregistered kila mara tangu jana." Wako nyuma ya router ya nyumbani, na jana ndio tuliwasha SS_TCP_CLOSE_RESET=On`),
  ],
  firewallRst: [
    fw(`Oga since we on RST mode, calls dey hang for our FortiGate side. forti log show "invalid state" drops for tcp rst packets`),
    fw(`abeg after SS_TCP_CLOSE_RESET=On, calls dey drop after few seconds. our ASA dey log "%ASA-6-106015: Deny TCP (no connection) from 197.x.x.x/5060 to 10.1.1.20/41822 flags RST"`),
    fw(`calls dey hang on setup since RST change. we check pfSense log, e dey block the RST as out of state`),
    fw(`Ikeja: iptables conntrack dey drop the RST packets as INVALID after the RST mode, and calls no dey complete`),
    fw(`e don tey since calls dey fail like this — since the close reset change. our Sophos dey drop "TCP packet out of state" for 5060`),
    fw(`Abeg see FortiGate log:
action="deny" proto=6 service="SIP-TCP" msg="tcp rst packet out of state"
plenty of them since we enable RST yesterday. calls dey drop`),
    fw(`Abuja data center: after we enable RST on vos, calls through our MikroTik firewall dey hang then drop. /log show invalid connections drop`),
    fw(`oga the RST packets dey reach the firewall and e dey drop dem as invalid, naim make our calls dey fail. we on RST last week for the TIME_WAIT thing`),
    fw(`good evening, calls dey drop at 30 seconds since RST on, firewall (FortiGate 100F) dey log dropped RST. wetin we go do`),
    fw(`Port Harcourt: na only the customers behind stateful firewall dey complain of call failure after RST change. ASA dey deny the RST`),
    fw(`Chale since we turned on SS_TCP_CLOSE_RESET, calls through our pfSense hang and drop. pf log says RST blocked, state mismatch`),
    fw(`Good morning, Accra. After RST mode our FortiGate drops RST packets as out of session and calls fail on connect`),
    fw(`herh calls dey hang since the RST mode. our sophos log full of "Invalid TCP state" drops`),
    fw(`Please our ASA logs "Deny TCP (no connection) ... flags RST ACK" since yesterday's RST change, and calls are dropping`),
    fw(`Kumasi branch: iptables -L -v shows the INVALID drop rule counters going up fast since we enabled RST, and calls failing`),
    fw(`Niaje, tangu tuwashe RST mode calls zinahang kwa FortiGate yetu. Log inasema RST out of state imedropiwa`),
    fw(`Manze calls zina-drop baada ya sekunde chache tangu SS_TCP_CLOSE_RESET=On. pfSense inablock RST packets`),
    fw(`Sasa, conntrack inadrop RST kama INVALID tangu jana tulipowasha close reset. Calls hazikamiliki`),
    fw(`Hi Mombasa: ASA yetu ina-log "Deny TCP (no connection) flags RST" tangu RST mode, na calls zinafail`),
    fw(`wasee calls zote zinazopita kwa MikroTik firewall zinahang tangu RST. Firewall ina-drop invalid`),
    fw(`Habari, tangu tuwashe RST mode simu zinakatika. FortiGate inadondosha pakiti za RST kama "out of state"`),
    fw(`Ndugu, baada ya SS_TCP_CLOSE_RESET=On, simu zinakwama kwenye setup. pfSense inazuia RST`),
    fw(`Mkuu, firewall ya Sophos inaandika "TCP packet out of state" kwa RST nyingi tangu jana, na simu zinakatika`),
    fw(`Shikamoo. Simu zinakata baada ya sekunde ishirini tangu kuwasha close reset. ASA ina-deny RST`),
    fw(`Habari, log ya iptables:
kernel: INVALID DROP IN=eth0 SRC=41.x.x.x DST=10.0.0.5 PROTO=TCP SPT=5060 DPT=48211 RST
nyingi sana tangu tuwashe RST. Simu hazipiti vizuri`),
    fw(`Dar es Salaam hapa. Simu za wateja walio nyuma ya firewall ya stateful zinashindwa tangu mabadiliko ya RST. Wengine wako sawa`),
    fw(`Tangu Ijumaa tulipowasha RST, MikroTik yetu inadondosha connection "invalid" na simu zinakwama`),
    fw(`Mkuu, simu zinakatika na firewall inadondosha RST. Hii ilianza baada ya marekebisho ya TIME_WAIT`),
    fw(`Arusha: FortiGate 60F inaonyesha "tcp rst packet out of state" mara elfu kadhaa kwa saa tangu RST iwashwe. Simu zinakatika`),
    fw(`Habari za jioni. Mteja wetu anasema simu zinakwama "calling..." kisha zinakatika. Ana ASA, na log yake ina deny kwa RST. Hii imeanza tangu tuwashe SS_TCP_CLOSE_RESET`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning153Set: readonly EvalItem[] = Object.values(tuning153Families).flat();
