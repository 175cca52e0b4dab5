import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, resellers and NOC technicians in Tamil Nadu, Andhra Pradesh, Telangana and among Sri Lankan
 * Tamils, writing Tamil and Telugu in Latin letters (Tanglish and Tenglish: "anna", "machan", "illa",
 * "aachu", "pannunga", "enna aachu", "work aagala", "ledu", "avvatledu", "cheyyandi", "enti problem"),
 * mixed with English technical terms, some with pasted log lines or command output.
 *
 * The seventy-eighth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the seventy-eighth never-tuned set, before the fortieth round of rules, by someone who
 * had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the
 * other sets in view; measured as such before and after the fortieth round, then made tuning
 * material for the forty-first: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 93.3 %, negatives confident 4.4 %, confident wrong 0 % with the
 * rules of the thirty-ninth round; after the fortieth: in scope 93.3 %, negatives confident 3.7 %, confident wrong 0 %.
 */
export const tuning78Families = {
  oneListeningPort: [
    no(`anna VOS web portal open aagala, tomcat log la "java.net.BindException: Address already in use: JVM_Bind :8080" varudhu. yaaro already 8080 la vera app start panni irukanga pola`),
    no(`machan nginx restart pannumbodhu error:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
apache um running la irukku nu nenaikuren, rendu perum 80 kekuranga`),
    no(`mysql start avvatledu anna. log lo "Can't start server: Bind on TCP/IP port: Address already in use". 3306 ni paata mysqld process inka pattukoni undi anukunta, kill cheyyala?`),
    no(`redis-server start aagala: "Could not create server TCP listening socket *:6379: bind: Address already in use". old redis instance innum odudhu pola. enna pannanum?`),
    no(`docker run -p 5060:5060 tho kamailio test container start cheste "Bind for 0.0.0.0:5060 failed: port is already allocated" vastundi. host meedha already VOS softswitch 5060 listen chestundi kada, adhe kaaranam aa?`),
    no(`na laptop lo npm run dev cheste "Error: listen EADDRINUSE: address already in use :::3000". mundu run chesina node process close avvaledu anukunta. idi mana billing dashboard dev build anna, server kaadu`),
    no(`test box la second SIP server (asterisk) install panninen, start aagala — "Unable to bind to 0.0.0.0:5060: Address already in use". VOS already 5060 eduthuruku. vera port kudukalama?`),
    no(`podman la grafana container fail: "listen tcp 0.0.0.0:3000: bind: address already in use". host la already grafana systemd service odudhu, rendum onne port kekudhu`),
    no(`sir postgres start avvatledu: "could not bind IPv4 address 0.0.0.0: Address already in use" + "Is another postmaster already running on port 5432?" haa, old one kill cheyyaledu. ok cheptanu`),
    no(`tomcat shutdown.sh pannen, aana process saagala. thirumba startup.sh panna 8005 shutdown port "Address already in use". ps la pazhaiya java innum irukku. kill -9 pannalama anna?`),
    no(`netstat -tlnp | grep 8080
tcp  0  0 0.0.0.0:8080  0.0.0.0:*  LISTEN  2231/java
idhu dhaan namma VOS web portal ah illa jenkins ah? portal start aagala, port busy nu solludhu`),
    no(`Anna chinna doubt, apache2 and httpd rendu install ayyayi emo, 443 bind error: "(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443". okati disable cheyyala?`),
    no(`SSH port 22 bathila 2222 pettanu, sshd restart cheste "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." chuste aa port lo already oka netcat test listener undi 😅`),
    no(`machan mongodb service failed. mongod.log: "Failed to set up listener: SocketException: Address already in use". 27017 la pazhaya mongod irundhuchu, kill panniten, ipo ok. just FYI`),
    no(`VOS server reboot aana appuram web manager varala. catalina.out:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
yaaru 8080 eduthanga nu paakanum`),
    no(`enti problem anna idi: docker compose up cheste "Error starting userland proxy: listen tcp4 0.0.0.0:3306: bind: address already in use". host lo mysql already undi, container lo inkoka mysql. port maarchala?`),
    no(`freeswitch test instance start aagala, log: "Socket Error! Address already in use" on sofia profile internal 5060. same machine la VOS irukku. profile ah 5080 ku maathuren ok va?`),
    no(`redis sentinel 26379 bind fail aagudhu, reason systemd unit um naan manual ah run panna process um rendu irukku. onnu dhaan irukkanum la?`),
    no(`Java app (mana CDR exporter) startup: "java.net.BindException: Address already in use (Bind failed)" port 9090. prometheus kuda 9090 vaadutundi. clash anukunta, exporter ni 9191 ki marchanu`),
    no(`phpMyAdmin kosam lighttpd install chesanu, start kaaledu, "can't bind to port: 80 Address already in use". VOS box meedha already httpd undi kada. lighttpd teeseyyala?`),
    no(`nodejs webhook server pm2 la restart loop: EADDRINUSE 0.0.0.0:4000. pm2 list la same app rendu copy iruku. onna delete pannen, seri aachu`),
    no(`machan, memcached 11211 bind error. already oru memcached -d manual ah start pannadhu odikittu irukku. service start pannumbodhu clash aagudhu`),
    no(`"OSError: [Errno 98] Address already in use" varudhu when I run python -m http.server 8000 on the VOS box to share one CDR file. vera edho 8000 la irukka?`),
    no(`VOS3000 H323 side start aagala anna, log la "bind port 1719 failed". pazhaya GnuGk install irundhuchu, adhu 1719 pudichirukku pola`),
    no(`ftp server (vsftpd) 21 la start kaaledu "500 OOPS: could not bind listening IPv4 socket". xinetd lo kuda ftp enable undi. rendu okate port kosam kottukuntunnayi`),
    no(`lab k8s cluster la NodePort 30060 create panna "provided port is already allocated" vanthuchu. vera service already adha use panudhu. urgent illa`),
    no(`anna IIS stop panninen, still apache 80 bind panna mudiyala. netstat -ano | findstr :80 → PID 4 (System). http.sys pidichirukku pola. windows reporting server idhu`),
  ],
  otherRegistrationCause: [
    no(`anna nethu SIP password maathinom security kaaga, ipo 40 phones unregistered. phones la pazhaya password dhaan irukku. provisioning la update pannanuma?`),
    no(`trunk register avvatledu. log: "SIP/2.0 403 Forbidden". provider side account suspend chesaru anukunta, balance ayipoyindi. payment chesaka chustam`),
    no(`machan namma switch IP 203.0.113.20 la irundhu 203.0.113.45 ku maathinom. phones ellam old IP ku register panna try panranga, adhan unregistered. DNS update pannalaya?`),
    no(`office lo current poyindi 3 hours, UPS kuda down. ippudu phones anni unregistered ga unnayi, router inka boot avvaledu emo`),
    no(`ISP fiber cut Madurai area la, branch office phones ellam offline. internet vandha appuram dhaan register aagum. ticket open panni vechirukken`),
    no(`VOS license expire aayiduchu pola, clients register aagala, web la "license expired" banner. renewal eppo anna?`),
    no(`office lo kotha TP-Link router pettam, phones anni UDP 5060 meeda register avutai, ippudu avvatledu. router lo SIP ALG on undi, adi off cheyyala?`),
    no(`401 Unauthorized loop la irukku oru extension. user thaane password reset pannitaaru. Grandstream ah thirumba provision eppadi pannuradhu?`),
    no(`account 8012 blocked nu VOS la kaatudhu, too many failed auth attempts. unblock panni password change pannanum`),
    no(`DNS name sip.example.net expire aipoyindi, domain renew cheyyaledu! phones anni aa name ki register avtayi kada, anduke down. renew chesam, propagate kosam wait chestunnam`),
    no(`anna 10.20.1.55 desk phone unregistered, user cleaning kosam cable pull pannitaaru 😂 plug panna udane register aachu`),
    no(`Yealink phones firmware upgrade appuram reboot loop, register aaga maatenguthu. old firmware ku rollback pannalama? UDP dhaan use panrom`),
    no(`customer balance zero aayiduchu, auto lock aagi extensions register aagala. recharge pannaru, ipo ok`),
    no(`Sri Lanka la oru ISP 5060 UDP block pannirukanga pola, REGISTER ku reply varala. 5080 ku maathina udane register aachu`),
    no(`machan, register expiry 3600 vechirundhom, provider 60 sec dhaan allow panraanga, "423 Interval Too Brief" varudhu. setting maathanum`),
    no(`domain old.example.com la irundhu new.example.com ku maathinom, phones unregistered. provisioning file la innum old domain. auto-provision server la fix pannanum`),
    no(`oka reseller account ni admin disable chesaru payment pending valla, vaalla phones anni "Registration failed 403". enable cheste ok`),
    no(`Zoiper register avvatledu, user username thappu ga type chesadu (8012 bathila 8021). correct chesaka ok`),
    no(`Bria la TLS certificate expire aagiruchu, "certificate verify failed" register aagala. cert renew panni upload pannanum`),
    no(`power surge taruvatha router factory reset aayindi, port forwarding rules anni poyayi. remote phones register avvatledu. config backup undi, restore chestunna`),
    no(`VOS server disk full aagi mysql crash, phones register aagala. /var/log clear pannen, service restart pannitu paakuren`),
    no(`gateway trunk morning la irundhu unregistered. provider IP whitelist la namma kotha public IP add pannala, old IP dhaan irukku. mail pannirukken`),
    no(`Vizag branch phones unregistered. enquiry chesthe evaro kotha switch pettaru, voice VLAN tag cheyyaledu, phones ki DHCP nundi IP raavatledu`),
    no(`GXP phones "Not registered" — account 31st expire aachu, customer renew pannala. expiry date extend pannunga please`),
    no(`enna aachu nu theriyala, oru phone mattum unregistered. mathavanga ellam fine. display la "No Service", LAN cable loose ah nu check pannunga nu sonnen`),
    no(`kotha Huawei ONT la SIP ALG contact header rewrite pannudhu, phones register aagi 30 sec la unregistered. UDP only setup, RST config touch pannavey illa. ALG off panna solren`),
    no(`Jaffna office la ISP maathinom, CGNAT IP kudukaranga, port forward work aagala. veliya irundhu phones register aagala. static IP kettirukom`),
  ],
  smallFigures: [
    no(`anna ss -s output paathen: "TCP: 412 (estab 180, closed 210, orphaned 0, timewait 198)". idhu normal dhaana? edhuvum broken illa, just checking`),
    no(`TIME_WAIT ante enti exact ga? netstat lo konni kanipistunnayi, bhayapadala?`),
    no(`SS_TCP_CLOSE_RESET parameter enna pannum? manual la padichen, puriyala. namma server la Off la irukku`),
    no(`should we enable RST mode? nothing is broken, oru vendor suggest pannaru. pros cons sollunga`),
    no(`netstat -ant | grep TIME_WAIT | wc -l → 86. peak time lo check chesa. ok ena?`),
    no(`ip_local_port_range default enna? "32768 60999" nu irukku. namma 30 CPS ku idhu podhuma?`),
    no(`machan tcp_tw_reuse future ku enable pannalama? ippo ethuvum problem illa, capacity plan panrom`),
    no(`training kosam adugutunna: FIN close vs RST close difference enti? trainee ki explain cheyyali`),
    no(`Daily health check:
TIME_WAIT 240
ESTAB 95
CPS peak 12
calls ellam fine. report ku ivlo pothuma?`),
    no(`VOS la 200 phones ku SIP over TCP better ah UDP better ah? ippo UDP dhaan, just asking`),
    no(`CentOS 6 server la ss command illa, netstat dhaan iruku. TIME_WAIT count eppadi edukradhu?`),
    no(`anna oka doubt — RST on chesthe NAT phones ki problem vastunda? mana daggara NAT phones unnayi, anduke touch cheyyaka mundu adugutunna`),
    no(`a few hundred sockets in TIME_WAIT at 9pm, around 300. is that ok or should I worry? calls ellam normal`),
    no(`softswitch.conf la SS_TCP_CLOSE_RESET line ey illa. default enna, Off ah?`),
    no(`net.ipv4.tcp_fin_timeout enna? adhu TIME_WAIT duration ah control pannudha? just curious`),
    no(`capacity planning: next quarter 150 CPS over TCP varum. ipo ulla 50 CPS ku ports enough. advance ah enna tune pannanum?`),
    no(`service mbx3000d reparse pannina calls drop aaguma? config la chinna change panna poren`),
    no(`netstat chusthe 40-50 TIME_WAIT matrame, chala calm ga undi. monitoring alert threshold enta pettali?`),
    no(`RST mode on panna TLS close_notify skip aagum nu padichen. adhu security issue ah?`),
    no(`machan, ESTABLISHED 1200, TIME_WAIT 150. registration over TCP. normal range ah?`),
    no(`customer kekuranga "what does close reset do in VOS?" simple ah enna reply pannalam?`),
    no(`TIME_WAIT = 2*MSL ah? linux la 60 sec dhaane? interview question anna 😅`),
    no(`monthly report: port errors edhuvum illa, TIME_WAIT max 520 at peak, CPS 25. any recommendation?`),
    no(`sysctl -a | grep tw
net.ipv4.tcp_max_tw_buckets = 262144
net.ipv4.tcp_tw_reuse = 0
idhu default values ah? maathanuma illa appadiye vidalama`),
    no(`CentOS 6 la /etc/sysctl.d read aagadhu nu sonnanga, true ah? just for knowledge`),
    no(`mana switch lo evening 600 odd TIME_WAIT untayi, 5 CPS. ante ok kada? emi issue raaledu`),
    no(`oka basic question: ephemeral port ante enti, listening port ki difference enti?`),
  ],
  firewallNoRst: [
    no(`Fortigate la 5060 TCP/UDP open pannanum kotha customer trunk ku, policy eppadi add pannuradhu?`),
    no(`fail2ban mana office IP 203.0.113.77 ni ban chesindi, too many wrong logins. unban ela cheyyali?`),
    no(`one way audio anna, firewall la RTP ports 10000-20000 open pannala pola. caller voice kekudhu, callee voice illa`),
    no(`pfSense la siproxd package install aagi irukku, SIP ALG mathiri. disable pannanuma?`),
    no(`kotha carrier IP 198.51.100.14 ni iptables lo whitelist cheyyandi, signalling 5060 UDP matrame`),
    no(`night time la foreign countries la irundhu SIP scan varudhu. Fortigate la geo-block policy podalama?`),
    no(`idhu rate limit rule correct ah paarunga, SIP flood varudhu:
iptables -A INPUT -p udp --dport 5060 -m hashlimit --hashlimit-above 50/sec --hashlimit-mode srcip --hashlimit-name sip -j DROP`),
    no(`ASA la "inspect sip" disable panna one way audio fix aaguma?`),
    no(`machan firewall rule add pannen but web portal 8080 veliya irundhu open aagala. NAT rule missing ah?`),
    no(`VOS web login ku fail2ban jail eppadi set pannuradhu? logs la brute force attempts konjam vanthudhu`),
    no(`MikroTik la "ip firewall service-port sip" disable cheyyala? calls lo 30 sec tarvata audio cut avtundi`),
    no(`customer office firewall RTP block chestundi, rendu vaipula no audio. ye ports open cheyyalo cheppandi`),
    no(`Sophos UTM la namma softswitch 10.10.5.20 ku 5060-5062 TCP rule add pannanum. template irukka?`),
    no(`reboot appuram iptables rules ellam poyiduchu. service iptables save marandhutten 🤦`),
    no(`CentOS 7 VOS box ku firewalld ah iptables ah? open pannanum: 5060, 8080, 10000-20000`),
    no(`anna Fortigate upgrade taruvatha SIP session helper malli enable ayindi, one way audio. disable command cheppu`),
    no(`toll fraud attempts romba, international prefixes block pannanum. firewall level la ah VOS la ah?`),
    no(`SIP scan attack appo "nf_conntrack: table full, dropping packet" dmesg la. nf_conntrack_max increase pannalama?`),
    no(`pfSense la outbound NAT static port enable pannanum SIP ku nu solranga, eppadi?`),
    no(`whitelist lo kotha reseller IP add cheyyali: 203.0.113.150. vaallu web portal vaadutaru`),
    no(`scanners avoid panna SIP port 5060 ah 5070 ku maathi firewall la open pannalama?`),
    no(`Cisco ASA ACL la RTP range open pannom, still audio illa. NAT traversal issue ah?`),
    no(`SonicWall KB la "Enable consistent NAT" on pannanum nu iruku, enna benefit?`),
    no(`firewall la ICMP block pannadhala monitoring ping fail aagudhu, switch fine dhaan. ICMP allow pannunga`),
    no(`iptables -L -n paarunga, 5060 rule order thappu nu thonudhu:
ACCEPT  udp  --  198.51.100.0/24  0.0.0.0/0  udp dpt:5060
DROP    udp  --  0.0.0.0/0        0.0.0.0/0  udp dpt:5060
idhu correct dhaana?`),
    no(`Fortigate la per IP 20 INVITE/sec limit vechom, oru big customer calls reject aagudhu. limit increase pannanum`),
    no(`next week kotha Palo Alto firewall install panna porom, VOS ku enna enna ports/rules theva? list anupunga`),
  ],
  negationContext: [
    no(`anna just FYI, RST on chesaka TIME_WAIT problem solve ayindi, ippudu peak lo kuda calls smooth. thanks`),
    no(`phones unregistered, but namma setup UDP only, TCP use panradhe illa. so RST sambandham illa nu nenaikuren, vera enna check pannanum?`),
    no(`RST Off dhaan irukku, yaarum touch pannala. nethu password change appuram 3 phones unregistered, adhu dhaan kaaranam nu nenaikuren`),
    no(`training question: Fortigate RST drop pannina enna symptoms varum? real issue illa, exam prep`),
    no(`partner server la port exhaustion issue, namma server illa. avangaluku advice kudukalama? namma side everything normal`),
    no(`last month peak la EADDRINUSE vanthuchu, neenga tune panneenga, appuram onnum varala. just ticket close panren`),
    no(`RST enable pannalama? but namma phones ellam NAT behind irukku, adhan bayam. ippo edhuvum broken illa`),
    no(`hypothetically, 20k TIME_WAIT vaste emi cheyyali? mana daggara 300 matrame`),
    no(`customer pfSense RST drop pannudhu nu solraanga, but check pannom: RST mode Off dhaan, calls fail reason carrier 503. so firewall issue illa`),
    no(`phones unregistered aachu but adhu RST change ku munnadi, nethu ISP down. so RST kaaranam illa`),
    no(`nobody changed anything, RST still Off, MikroTik behind phones fine ah dhaan irukku. just monthly check`),
    no(`"Cannot assign requested address" vanthuchu but adhu namma python script la IP typo, bind to 10.0.0.256 😂 ignore pannunga`),
    no(`last week Fortigate RST drop issue ku neenga RST off panni fix pannunga. ipo ok. ticket close pannalam`),
    no(`RST NAT ah confuse pannum nu padichom, adhan enable panave illa. phones ellam fine`),
    no(`oru blog la TIME_WAIT 30k nu paathen, namma server la apdi illa, 200 dhaan. relax ah?`),
    no(`vera vendor switch la (VOS illa) "address already in use" varudhu, avanga support kitta ketukuren`),
    no(`calls fail aagudhu but RST related illa, account balance zero. recharge panna seri aachu`),
    no(`MikroTik firmware upgrade appuram behind ulla phones unregistered, RST edhuvum maathala. firmware rollback panni ok`),
    no(`anna colleague doubt: RST enable pannina firewall block pannuma? namma firewall illa, directly public IP, so just theory`),
    no(`Tenali customer "address already in use" complaint — check chesam, adi vaalla own web server 80 port clash, softswitch kaadu. close cheyyandi`),
    no(`Hyderabad customer server peak la calls fail — but adhu upstream la irundhu 480 Temporarily Unavailable, carrier capacity limit. port issue illa`),
    no(`old ticket reference kosam: March lo port exhaustion, resolved. ippudu aa customer ki edhi issue ledu, settings inka unnaya ani adugutunna`),
    no(`phones every 1 hour registration lose panradhu — expiry 3600, re-register wrong outbound proxy ku poidhu. RST mode never touched`),
    no(`forum la ASA RST ni out of state nu drop chestundi ani chadivanu. mana daggara ASA ledu, iptables kuda ledu. just curious, mana ki apply avuthunda?`),
    no(`RST Off ku rollback pannadhum softphones unregistered ah? illa illa sorry, adhu vera — user laptop sleep mode. ignore`),
    no(`RST on pannalaam nu plan, but test server la mattum. production la touch pannadheenga please`),
    no(`Lab exercise: load generator vachi ephemeral port exhaustion simulate panna poren. real production issue illa, team understanding kaaga`),
  ],
  portExhaustion: [
    pe(`anna urgent, evening 7 manikku apparam new calls fail aagudhu. log la "Cannot assign requested address" continuous ah. morning ellam fine`),
    pe(`netstat -ant | grep TIME_WAIT | wc -l
41873
machan peak la idhu, outgoing TCP calls ellam fail. enna pannalam?`),
    pe(`peak CPS 180 varappo softswitch carrier ku TCP connection open panna mudiyala, EADDRINUSE errors. off-peak la no issue. help cheyyandi`),
    pe(`ss -s
Total: 61234
TCP:   60112 (estab 2310, closed 57650, orphaned 0, timewait 57602)
rush hour lo calls fail avtunnayi. ports ayipoyayi anukunta`),
    pe(`Hyd customer: rathri 8-11 mathrame outbound SIP TCP ki "address already in use", carrier ki calls povatledu. day time perfect. TIME_WAIT thousands lo`),
    pe(`sir evening traffic la "BindException: Cannot assign requested address" vandhu INVITE poga maatengudhu. restart panna 10 min ok, thirumba varudhu`),
    pe(`machan TIME_WAIT 28k+, peak la new SIP over TCP connections fail. quiet hours la zero issue. tw_reuse enable pannalama?`),
    pe(`ports exhausted anukunta anna — local port range 32768-60999 mottham peak time lo TIME_WAIT lo unnayi. new calls "503" ga fail avtunnayi`),
    pe(`Log:
connect() failed: Cannot assign requested address
connect() failed: Cannot assign requested address
(nimishaniki 2000 saarlu, 8pm nunchi)
VOS to carrier TCP trunk. enna pannuradhu?`),
    pe(`Colombo reseller server: high CPS hours la softswitch puthu TCP sockets open panna mudiyala, bind failed, thousands of sockets in TIME_WAIT. low traffic la normal`),
    pe(`enti problem teliyatledu, rathri 9 ki ASR padipoyindi, calls connect avvatledu. netstat lo carrier 198.51.100.30:5060 ki 35000 TIME_WAIT connections`),
    pe(`anna peak hour la mattum softswitch log la "EADDRINUSE", outbound TCP legs fail, 30% calls failing. RST settings onnum maathala, default dhaan`),
    pe(`pls check, daily 6 to 10 pm calls fail, switch upstream ku TCP la connect pannumbodhu "address already in use". ss la 50k timewait. midnight appuram fine`),
    pe(`machan load test la 150 CPS thaandina udane new calls fail, netstat full ah TIME_WAIT, "cannot bind" errors. 100 CPS la ok`),
    pe(`Chennai NOC: VOS3000 outbound TCP calls peak la failing, ephemeral ports ayipoyindi anipistundi. tcp_tw_reuse 0, port range default. fix suggest cheyyandi`),
    pe(`ss -tan state time-wait | wc -l
63890
evening lo idi. calls fail avutunnayi, traffic taggaka normal`),
    pe(`Vijayawada client complaint: evening rush la calls konni connect avvatledu, log lo continuous "Cannot assign requested address". morning test chesthe anni ok`),
    pe(`anna, TCP trunk la CPS 200 thaandumbodhu switch "address already in use" throw pannudhu, calls fail. TIME_WAIT 40 thousand mela. customer escalate panraanga, urgent`),
    pe(`peak la outgoing SIP TCP connect fail. dmesg la onnum illa, app log la "bind: Address already in use" niraya. TIME_WAIT count huge. night 12 ku apparam clean`),
    pe(`enna aachu theriyala machan, 8 pm ku calls fail start aagudhu. TIME_WAIT 30000+, ports theerndhu pochu pola. kaalaila ellam seri`),
    pe(`Guntur reseller: "java.net.BindException: Cannot assign requested address" high traffic time lo matrame, calls bayataki vellatledu. low CPS la problem ledu`),
    pe(`peak la oru hour la TIME_WAIT 22k → 45k, appuram new TCP calls fail. idhu port exhaustion dhaana? fix pannunga`),
    pe(`switch peak lo carrier ki kotha TCP connection open cheyyatledu, EADDRINUSE errors. local port range lo free ports levu. night 11 tarvata automatic ga ok`),
    pe(`Trichy customer — 7-10pm ASR drop, logs la "cannot assign requested address", TIME_WAIT thousands. same route la UDP customers fine, TCP customers mattum affected`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
   2104 ESTABLISHED
  38877 TIME_WAIT
     12 LISTEN
indha time la calls fail, evening peak. help`),
    pe(`anna switch peak CPS la outgoing TCP sockets open panna mudiyala, "Address already in use" flood. quiet hours la ellam ok. RST enable panna help aagum nu kelvi pattom, pannalama?`),
    pe(`calls failing 8-10 pm.
[ERR] tcp connect to 203.0.113.9:5060 failed: errno 99 (Cannot assign requested address)
TIME_WAIT 51k. pagal ellam fine`),
    pe(`Kandy office: heavy traffic time la switch ku local ports theerudhu, TCP la new calls fail, thousands in TIME_WAIT. low time la fine. enna setting maathanum?`),
    pe(`machan, prime time la "Cannot assign requested address" + TIME_WAIT 33k. outbound SIP TCP dead. 2 AM la test panna everything ok`),
    pe(`anna sayantram ayithe chalu new calls povatledu, switch log lo outgoing TCP ki "EADDRINUSE" bind error, ss -s lo timewait 47k. udayam normal`),
  ],
  natUnregistered: [
    nat(`anna RST mode on pannadhula irundhu MikroTik behind irukura phones ellam unregistered aagudhu. TCP use panrom`),
    nat(`nethu TIME_WAIT kosam SS_TCP_CLOSE_RESET On pettam, ippudu office NAT venaka unna softphones registration malli malli potundi`),
    nat(`machan close reset enable pannom last night, ipo home routers behind irukura users Zoiper TCP la unregistered kaatudhu. office public IP phones fine`),
    nat(`after RST enabled, Grandstream phones behind NAT keep losing registration every few minutes. SIP over TCP. change ku munnadi no issue`),
    nat(`softswitch.conf la SS_TCP_CLOSE_RESET="On" pettaka, Vizag branch phones (MikroTik NAT) unregistered ga kanipistunnayi. registration flap avutundi`),
    nat(`enna aachu nu theriyala, RST on pannadhuku apram NAT la irukura 60 phones unregistered. direct public IP phones register aagudhu`),
    nat(`RST close on chesina taruvatha, home router venaka unna TCP softphones anni "Registration failed" chupistunnayi. UDP users ki problem ledu`),
    nat(`anna port exhaustion fix kosam RST On pannom, ipo NATed phones registration nikkala, 5 min la drop aagudhu. TCP transport`),
    nat(`Jaffna office phones MikroTik NAT behind, SIP TCP. close reset on pannadhula irundhu on and off ah unregistered kaatudhu. please help`),
    nat(`machan, RST mode appuram office NAT behind ulla Yealink phones unregistered. reboot panna register aagudhu, konja neram la poidhu`),
    nat(`SS_TCP_CLOSE_RESET On chesi reparse chesam — ipudu home broadband NAT venaka unna remote agents Bria TCP lo registration kolpotunnaru. office LAN phones ok`),
    nat(`VOS la last week RST enable chesam, appatinunchi NAT behind phones random ga unregistered aipotunnayi. SIP TCP`),
    nat(`phones behind NAT lose registration after RST change, public IP ones ok. idhu RST effect ah?`),
    nat(`anna enti problem: close reset On chesaka MikroTik venaka unna 25 extensions "unregistered" status lo. register ayyi 1-2 min lo pothunnayi`),
    nat(`After enabling RST on VOS, customer's home-office users (TCP softphones behind NAT) keep going unregistered. Vera edhuvum maathala`),
    nat(`RST on panna appuram office NAT behind irukura phones la "No Service". TCP register. RST ku munnadi ellam perfect`),
    nat(`SS_TCP_CLOSE_RESET=On pannom (old style conf, quotes illa), adhuku appuram NAT la irukura phones unregistered. revert pannanuma?`),
    nat(`home router behind softphones TCP la register aagudhu but drop aagite irukku, nethu RST mode change pannadhum start aachu. office static IP phones ku onnum illa`),
    nat(`machan RST pannadhum MikroTik NAT behind Grandstream ellam unregistered, customer kaththuranga. TCP transport dhaan`),
    nat(`Tirupati branch: close reset enable chesinappati nunchi NAT behind phones (TCP) unregistered. registration flap avtune undi`),
    nat(`anna, TIME_WAIT ki RST on chesam, TIME_WAIT taggindi kani ippudu NAT venaka unna phones unregistered. idi side effect aa?`),
    nat(`VOS monitor la RST enable appuram registered count 400 → 120. missing ones ellam NAT behind TCP phones`),
    nat(`close reset on pannadhula irundhu home wifi (NAT) softphone users TCP registration lose panranga. office ulla public IP desk phones ok`),
    nat(`RST change appuram Linksys router behind phones register aagala. TCP use panrom. UDP users fine`),
    nat(`phones behind MikroTik NAT unregistered, SIP/TCP, exactly SS_TCP_CLOSE_RESET On pannappo dhaan start aachu`),
    nat(`office NAT venaka phones registration drop avtunnayi RST on chesaka. phone log lo "REGISTER timeout" after TCP connection reset. pls check`),
    nat(`anna evening RST enable pannom, kaalaila paatha NAT behind ulla 80 extensions unregistered. TCP. public IP ones fine`),
    nat(`machan, close reset On ku switch pannadhum office NAT behind phones unregistered nu kaatudhu. SIP over TCP. enna fix?`),
    nat(`RST on chesina tarvata Colombo branch phones (NAT router behind, TCP) unregistered. MikroTik NAT table lo aa phones entries kanipinchatledu`),
    nat(`RST close turn on pannadhula irundhu NATed TCP softphones every few min unregistered. change ku munnadi ellam ok, vera edhuvum maathala`),
  ],
  firewallRst: [
    fw(`anna RST on pannadhula irundhu calls fail aagudhu. Fortigate logs la RST packets "no session matched" nu drop aagudhu`),
    fw(`RST mode enable chesaka calls hang avtunnayi. pfSense firewall logs lo RST packets block ayyayi, state mismatch`),
    fw(`machan close reset on pannom, ipo calls connect aagi hang aagudhu. iptables conntrack INVALID drop counter vegama increase aagudhu, RST dhaan drop aagudhu`),
    fw(`after enabling RST, calls failing. ASA log:
%ASA-6-106015: Deny TCP (no connection) from 10.10.5.20/5060 to 203.0.113.60/41822 flags RST on interface inside
switch mundu firewall irukku`),
    fw(`SS_TCP_CLOSE_RESET On pettaka calls fail avtunnayi. switch mundu unna Fortigate lo RST "out of state" ani drop avutundi`),
    fw(`RST On appuram calls stuck. iptables -L -v la INVALID state DROP rule counters RST packets vachi perugutunnayi. firewall switch mundu irukku`),
    fw(`anna enti problem: RST mode on chesaka calls fail, mana stateful firewall RST packets ni drop chestundi logs lo`),
    fw(`Fortigate in front of VOS drops RST packets after we turned on close reset. calls fail. eppadi allow pannuradhu?`),
    fw(`pfSense: softswitch la RST close enable panna appuram calls hang. firewall log la "TCP:R" blocked, default deny, state illa`),
    fw(`machan RST pannadhum calls fail, Sophos firewall RST ah "invalid" nu drop pannudhu. change ku munnadi ok`),
    fw(`conntrack -S la invalid count perugudhu RST enable appuram. calls hang. firewall RST ni block pannudhu pola`),
    fw(`RST on panna apram calls fail, firewall log: "Dropped RST packet, no matching session" from 10.10.5.20:5060`),
    fw(`RST mode ku appuram Cisco ASA logs "TCP RST out of state dropped". calls nadula hang up aagudhu`),
    fw(`after RST mode, calls fail. iptables conntrack RST ni INVALID ga mark chesi drop chestundi. ena pannanum?`),
    fw(`close reset enable pannadhula irundhu calls fail, Fortigate forward traffic log la tcp-rst packets denied (out of state). fix sollunga anna`),
    fw(`since RST enabled, calls hang or fail. switch mundu pfSense irukku, adhu RST ni invalid nu block pannudhu`),
    fw(`nethu SS_TCP_CLOSE_RESET ni On chesam. appati nunchi konni calls setup avvavu, konni madhyalo aagipotayi. Fortigate lo chusthe RST packets drop ayyayi`),
    fw(`dmesg | grep INVALID
IPT-INVALID: IN=eth0 OUT= SRC=203.0.113.60 DST=10.10.5.20 PROTO=TCP SPT=5060 DPT=38210 RST
RST enable panna appuram idhu full ah, calls fail aagudhu. conntrack firewall dhaan kaaranam ah?`),
    fw(`machan VOS la RST on panninom, switch mundu irukura Fortigate RST ellam "no session" nu drop pannudhu, calls hang aagi timeout la fail`),
    fw(`RST mode on taruvatha carrier ki calls fail. firewall (pfSense) logs RST flags tho packets block chestunnayi. RST off cheste calls ok`),
    fw(`anna Fortigate session table la RST ki entry illa nu drop pannudhu, RST enable pannadhuku appuram dhaan. calls ring aagi cut aagudhu`),
    fw(`RST enable chesaka mana ASA "Deny TCP (no connection) ... flags RST" vesthundi, calls anni hang. firewall mundu switch venaka`),
    fw(`calls failing after close reset On. stateful firewall in front (iptables with -m conntrack --ctstate INVALID -j DROP) is eating the RST packets`),
    fw(`Kurnool customer: RST mode enable aana udane calls hang. avanga firewall RST ah out of state nu drop pannudhu logs la theriyudhu`),
    fw(`enna aachu nu paatha, RST on appuram calls fail. firewall counter la "tcp-rst-from-server" drops increase aagudhu. firewall bypass panna calls ok`),
    fw(`RST On chesaka SIP TCP calls fail, WatchGuard firewall logs lo "invalid TCP RST, dropped". mundu FIN mode lo ye problem ledu`),
    fw(`machan softswitch la close reset enable pannom, firewall (iptables conntrack) RST drop pannudhu, calls connect aagama hang`),
    fw(`calls drop avutunnayi RST change taruvatha. mana Fortigate RST packets ni "out of state" ga drop chestundi ani logs lo undi. RST allow ela cheyyali?`),
    fw(`RST enable pannadhula irundhu calls fail aagudhu. firewall switch mundu irukku, tcpdump firewall inside la RST theriyudhu, outside la varala`),
    fw(`after RST mode turned on: calls hang, then fail. pfSense in front of the switch logs the RST packets as blocked (invalid state). before the change all fine`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning78Set: readonly EvalItem[] = Object.values(tuning78Families).flat();
