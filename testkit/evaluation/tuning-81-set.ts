import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, resellers and call-centre technicians in Somalia, Somaliland, Djibouti and Ethiopia writing
 * Somali and Amharic in Latin letters mixed with English technical terms ("walaal", "ma shaqeynayo",
 * "waa maxay", "shalay", "ka dib", "selam", "alseram", "chigir", "tenesto", "ishi"), in an informal
 * WhatsApp style, some with pasted log lines or command output.
 *
 * The eighty-first tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the eighty-first never-tuned set, before the fortieth round of rules, by someone who
 * had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the
 * other sets in view; measured as such before and after the fortieth round, then made tuning
 * material for the forty-first: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 84.4 %, negatives confident 6.7 %, confident wrong 0 % with the
 * rules of the thirty-ninth round; after the fortieth: in scope 84.4 %, negatives confident 5.9 %, confident wrong 0 %.
 */
export const tuning81Families = {
  oneListeningPort: [
    no(`walaal nginx ma shaqeynayo server-ka portal-ka. log: "bind() to 0.0.0.0:80 failed (98: Address already in use)". apache ayaa port 80 haysta sidaan u maleynayo, labadaba shalay ayaa la rakibay`),
    no(`selam, VOS web portal-u alseram. tomcat catalina.out:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
lela app 8080 lay yalew yimeslegnal, endet lagnew?`),
    no(`mysql ma kacayo server-ka billing-ka: "Can't start server: Bind on TCP/IP port: Address already in use" iyo "Do you already have another mysqld server running on port: 3306 ?" waa maxay tan walaal`),
    no(`ishi, redis restart sadergew: "Could not create server TCP listening socket *:6379: bind: Address already in use". yaderegew redis instance ahunm background lay yiseral meselegn, ps aux lay hulet redis-server ayehu`),
    no(`docker run -p 5060:5060/udp ... => "Error starting userland proxy: listen udp4 0.0.0.0:5060: bind: address already in use". walaal mbx3000 ayaa 5060 haysta miyaa? container-ka waa test kaliya`),
    no(`laptop-kayga "npm run dev" ayaan ku bilaabay dashboard yar oo CDR ah, wuxuu leeyahay "Error: listen EADDRINUSE: address already in use :::3000". softswitch-ka ma khuseyso, laptop-ka kaliya`),
    no(`selam wendim, kamailio test lemadreg VOS server lay install aregu gin "bind failed on 10.30.0.8:5060" yilal. softswitch-u be 5060 lay alle, kamailio-n wede 5070 keyer malet new?`),
    no(`freeswitch ayaan ku rakibay isla host-ka VOS, sofia profile internal ma kacayo: "Error Creating SIP UA for profile: internal", port 5060 already in use. sidee baan port-ka u beddelaa si ay labadoodu u wada shaqeeyaan`),
    no(`podman container-ka grafana ma bilaabmayo: "listen tcp :3000: bind: address already in use". waxaa jira grafana kale oo host-ka si toos ah ugu rakiban, midkood ma joojiyaa?`),
    no(`[root@portal ~]# netstat -tlnp | grep 8080
tcp   0   0 0.0.0.0:8080   0.0.0.0:*   LISTEN   2231/java
walaal tomcat-kii hore ma dhiman markaan shutdown.sh ku dhuftay, kan cusub ma kici karo. kill -9 2231 ma sameeyaa?`),
    no(`chigir alle: httpd tenesto alfelegem. "(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443". nginx ena apache and lay 443 yifeligalu meselegn`),
    no(`bonjour walaal, serveur-ka web ee portal-ka clients-ka Djibouti ma furmayo, log-ku wuxuu leeyahay "Address already in use" port 80. shalay technician ayaa lighttpd ku rakibay isla mashiinka`),
    no(`backup server-ka postgres ma kacayo: 'could not bind IPv4 address "0.0.0.0": Address already in use. Is another postmaster already running on port 5432?' postmaster.pid hore ayaa jira sidaan arko`),
    no(`selam, yene dev server "python manage.py runserver 0.0.0.0:8000" "Error: That port is already in use." yilal. lela terminal lay kefte yeresahut yimeslegnal, VOS gar ginignunet yelewm`),
    no(`opensips upgrade ka dib ma kacayo: "ERROR:core:udp_init: bind(10, 0x..., 16) on 10.20.1.5: Address already in use". VOS mbx3000 ayaa isla IP-ga 5060 ku dhagaysanaya. mid kaliya ayaa heli kara port-ka miyaa?`),
    no(`webmin 10000 alseram, "Failed to bind to port 10000 : Address already in use". miniserv.pl hulet gize tenestotal meselegn. yet process endeyaze endet awkalew?`),
    no(`walaal VOS web-ka maamulka marka aan restart gareeyo wuxuu leeyahay port 8080 in use. service kale ma jiro, java process hore oo aan dhiman ayaa weli socda. sidee si nadiif ah u dilaa`),
    no(`ahun sshd port 22 wede 2222 keyerku, "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." yilal. yihe port lay mn alle? ss yelem, netstat bicha`),
    no(`asterisk ayaan tijaabo ahaan u rakibay, chan_sip: "Unable to bind UDP socket to 0.0.0.0:5060: Address already in use". VOS ayaa leh 5060, asterisk ma u wareejiyaa 5080?`),
    no(`selam, docker-compose up sadergew mongo "Bind for 0.0.0.0:27017 failed: port is already allocated". host lay mongod service alle, compose file lay port mapping ansalehu`),
    no(`haye, Node-RED-ka monitoring-ka "Error: port in use" 1880, saaka ka dib markii aan pm2 labaad ku bilaabay. pm2 list wuxuu muujinayaa laba node-red`),
    no(`phpMyAdmin iyo VOS web labaduba 80 ma rabaan?? apache ma kacayo: "could not bind to address 0.0.0.0:80 no listening sockets available, shutting down". nginx ayaa horay u rakibnaa`),
    no(`ishi, freeradius -X: "Failed binding to auth address * port 1812 bound to server default: Address already in use". radiusd service ahunm background lay yiseral, mejemeriya manew mawem yalebign?`),
    no(`snmpd ma bilaabmayo: "Error opening specified endpoint "udp:161"". walaal net-snmp nooc kale ayaa horay u socday, labo daemon oo isku port ah`),
    no(`selam, training lay new. VS Code Live Server "Port 5500 is already in use" yilal laptop lay. lela Live Server window keftew nebere, VOS server aydelem`),
    no(`billing API-ga (spring boot) ma kacayo: "Web server failed to start. Port 8443 was already in use." instance hore oo shalay habeen la furay ayaa weli socda`),
    no(`walaal vos3000 web portal ma furmayo. systemctl status httpd => failed. journal: "(98)Address already in use: make_sock: could not bind to address 0.0.0.0:80" nginx reverse proxy-ga cusub ayaa haysta 80`),
  ],
  otherRegistrationCause: [
    no(`walaal shalay ka dib markii aan password-ka account-yada beddelay, 40 taleefan ayaa unregistered ah. config-ka taleefanada wali password-kii hore ayuu wataa`),
    no(`selam, yene branch phones hulu unregistered nachew. ethio telecom internet kezare tewat jemro yelem, modem lay LOS mebrat kay new`),
    no(`koronto ayaa go'day xalay xafiiska Hargeisa, hadda taleefanada qaar weli unregistered. UPS ma jiro, switch-ka ayaa dib u kacay laakiin laba phone ayaan shidnayn`),
    no(`trunk-ka carrier-ka: REGISTER -> "403 Forbidden". waxay noo sheegeen inay password-ka beddeleen toddobaadkan, annaguna ma cusboonaysiin`),
    no(`ishi, account 8012 Zoiper lay "401 Unauthorized" yilal. admin password tekeyerwal tinant, tegeniw yelem`),
    no(`server IP waan beddelnay (10.10.1.20 -> 10.10.1.30) data center move ka dib, taleefanada weli IP-gii hore ayay REGISTER u diraan. provisioning ma cusboonaysiin`),
    no(`selam, DNS name "sip.example.net" tekeyere, ahun Yealink phones "registration failed, DNS lookup failed" yilalu. A record yelem`),
    no(`licence-ka VOS ayaa dhacay, web-ka wuxuu leeyahay "License expired" gateways-kuna register ma sameyn karaan. renewal sidee ku helaa walaal`),
    no(`adis router (TP-Link) gezan, phones UDP 5060 bicha new yemitekemut. ahun and phone-m register aylem. port forward kedimo router lay neber, adis lay yelem`),
    no(`walaal router-ka Huawei ee macmiilka SIP ALG ayaa shidan, Contact header-ka wuxuu u beddelayaa IP khaldan, phones-ku UDP ayay isticmaalaan. registration 1 daqiiqo kasta way lunta`),
    no(`account-ka macmiilka waa la xannibay (blocked) lacag la'aan dartii, hadda wuxuu leeyahay phones unregistered. billing-ka ayaa xannibay ee network ma ahan`),
    no(`selam, call centre Bole wede adis bilding temelesu, desk phones hulu ke wall ayneqalu. unplug new, network cable yelem ahun`),
    no(`Yealink firmware update ka dib account config-kii wuu tirmay, taleefanku wuxuu muujinayaa "No Service". provisioning server-ka dib ma u eegay`),
    no(`bonjour, fibre-ka Djibouti Telecom ayaa go'an tan iyo saaka 6:00, dhammaan extensions-ka xafiiska unregistered. ISP ticket waan furnay`),
    no(`tinant fiber cut mekniyat Hawassa branch offline neber. ahun internet temelese gin 3 phones bicha registered, yeterut reboot yasfeligachewal?`),
    no(`walaal softphone-ka MicroSIP "Registration failed (408 Request Timeout)". waxaan ogaaday in domain-ka si khalad ah loo qoray "sip.exmaple.com"`),
    no(`router cusub ayaa la geliyay xafiiska Bosaso, phones-ku waa UDP only. port forwarding-kii hore router-ka duugga ah ayuu ku jiray, hadda midna ma diiwaangashana`),
    no(`account-yada trial-ka ah ee reseller-ka ayaa dhacay 30 maalmood ka dib, expiry date waa shalay. sidaas darteed unregistered. sidee baan u kordhiyaa?`),
    no(`selam, GoIP gateway registration fail, username capital letters new yetsafew (GOIP01 instead of goip01). tekeyerkut ahun ishi new`),
    no(`TLS phones-ka (5061) registration ma sameyn karaan tan iyo shalay. log: "certificate has expired". certificate-ka server-ka ayaa dhacay, renew ayaan u baahanahay`),
    no(`IT-ga xafiiska ayaa VLAN beddelay, phones-ku DHCP khaldan ayay helaan (10.x ma ahan, APIPA self-assigned IP). sidaas darteed network ma jiro oo unregistered`),
    no(`PoE switch-ka call centre-ka ayaa gubtay, 12 taleefan korontada ma helaan. walaal ma jiraa PoE injector aan ku shaqeysiin karno inta switch-ka la beddelayo`),
    no(`ishi, and account sost softphones lay tekemten neber, server lay "max registrations 1" new. yeminichersaw bicha registered yihonal, lelochu yiweTalu`),
    no(`walaal carrier-ka ayaa IP-ga server-keena ka saaray whitelist-kooda marka ay server cusub geliyeen, trunk-ku hadda unregistered. ma aha dhinacayaga`),
    no(`selam, phones hulu unregistered, ISP bill alkefelinem ale admin, internet tezegto new. keflen simeleser endegena register yadergal?`),
    no(`hal taleefan oo kaliya ayaa unregistered, Grandstream. factory reset ayaa lagu sameeyay khalad, account ma jiro hadda`),
    no(`account 3304 VOS-ka lagu xannibay "too many failed authentications" ka dib markii macmiilku password khaldan ku celceliyay. sidee baan u furaa?`),
  ],
  smallFigures: [
    no(`walaal ss -s wuxuu muujinayaa "TCP: 418 (estab 96, closed 301, orphaned 0, timewait 298)". ma caadi baa? wax dhib ah ma jiraan, kaliya hubin`),
    no(`selam, TIME_WAIT min malet new? training lay ne, asreda ebakih`),
    no(`waa maxay SS_TCP_CLOSE_RESET? manual-ka §4.3.5.2 waan akhriyay laakiin si fiican uma fahmin farqiga Off iyo On`),
    no(`ishi, RST enable madreg alebin? calls hulu ishi nachew, max 40 CPS new. mnm chigir yelem, mikir bicha`),
    no(`[root@vos ~]# netstat -ant | grep TIME_WAIT | wc -l
87
walaal tani ma wanaagsan tahay? galabta ayaan qaaday`),
    no(`ip_local_port_range default-ku waa "32768 60999". ma u baahannahay inaan beddelno? hadda wax dhib ah ma jiraan, kaliya su'aal`),
    no(`selam, net.ipv4.tcp_tw_reuse min yiseral? yene server lay 0 new. chigir yelem, lemawek bicha`),
    no(`walaal farqiga FIN iyo RST waa maxay marka TCP connection la xirayo? macallinka training-ka ayaa na weydiiyay`),
    no(`SIP TCP wey UDP le phones yeteshale yetignaw new? adis branch eyekefetin new, ahun mnm chigir yelem`),
    no(`health check toddobaadka:
Total: 512
TCP:   260 (estab 120, closed 130, orphaned 0, timewait 128)
caadi ma yahay walaal? CPS peak 18`),
    no(`immisa TIME_WAIT ayaa "aad u badan"? ma jiraa xad aan ka shaqeyn karno monitoring alert ahaan?`),
    no(`selam, RST UDP lay tesfa yadergal? banyaw traffic UDP new. teyaqe bicha`),
    no(`CentOS 6 server-ka /etc/sysctl.d ma akhriyaa? sysctl setting cusub halkee baan ku qoraa si uu reboot ka dib u sii jiro? su'aal kaliya`),
    no(`ishi, "service mbx3000d reparse" ena "restart" lyunetachew min new? yetignaw new calls yemiyaqorTew?`),
    no(`walaal softswitch.conf xaggee ayuu ku jiraa VOS3000? /home/kunshi... miyaa? waxaan rabaa inaan akhriyo kaliya`),
    no(`monthly check: peak saacadda 9pm TIME_WAIT ~600, CPS 20, ASR caadi. waxba ma khaldana, kaliya report ahaan ayaan u dirayaa`),
    no(`selam, RST kenabern Fortigate chigir yametal? gena alabranewm, kemedregachin befit mawek infelegalen`),
    no(`TIME_WAIT 60 ilbiriqsi ayuu socdaa sidaan akhriyay. ma la yareyn karaa? su'aal guud, wax dhib ah ma jiraan`),
    no(`bisha dambe waxaan filaynaa 150 CPS (hadda 35). TIME_WAIT hadda ~900 peak. ma u diyaar garownaa port range ahaan mise sidan ayaa ku filan?`),
    no(`selam, "Cannot assign requested address" min malet new? exam question new, server lay aytayem`),
    no(`CentOS 5 server-ka "ss" ma jiro. netstat ma isticmaalaa si aan u tiriyo connections-ka? immisa ayaa caadi ah?`),
    no(`TLS lay RST biseraw close_notify yizelal yibalal, yihe chigir yametal? TLS ahun aliTekemenm, eqid lay new`),
    no(`walaal SS_TCP_CLOSE_RESET default-kiisu ma Off baa? softswitch.conf-kayaga kuma jiro gabi ahaanba`),
    no(`selam, weekly: timewait 45, estab 60, CPS 6. ishi new aydel?`),
    no(`"1024 65535" port range ma ammaan baa? ma jiraan services ku dhacaya ports-ka hoose? weli ma beddelin, su'aal`),
    no(`branch cusub oo NAT ka dambeeya ayaan furaynaa, phones-ka UDP mise TCP? waxaan rabnaa talo ka hor inta aan la rakibin`),
    no(`ishi, ahun "netstat -an | grep -c TIME_WAIT" 180 yasayal, 12 CPS lay. normal new? chigir yelem`),
  ],
  firewallNoRst: [
    no(`walaal Fortigate-ka ka fur port 5060 TCP iyo UDP macmiil cusub oo ka yimid Garowe, IP-giisu waa 203.0.113.45`),
    no(`selam, pfSense lay 198.51.100.22 whitelist adrgulign ebakih, adis gateway new`),
    no(`fail2ban ayaa xannibay IP-ga xafiiskeena 198.51.100.7 ka dib markii qof password khaldan ku qoray web-ka. sidee baan uga saaraa?`),
    no(`one-way audio walaal, dhinaca kale ma maqlaan. RTP ports 10000-20000 firewall-ka lagama furin server-ka cusub`),
    no(`selam, Fortigate lay SIP ALG endet yiTefal? one way audio alle, voip profile lay`),
    no(`firewall-ka waxaan rabnaa geo-blocking: dhammaan waddamada xir marka laga reebo SO, ET, DJ, KE. pfSense pfBlockerNG ma ku filan?`),
    no(`iptables rate limit INVITE-ka: hashlimit 20/sec per IP, waa sax ma? flood ayaa shalay habeen nagu dhacay`),
    no(`ishi, friendly-scanner attack neber tinant mata, adis iptables rules yaskefelgal. yemiteqem list alachihu?`),
    no(`ASA-ga ka fur 5061 TLS trunk cusub oo carrier-ka ah, object group-ka ayaan u baahanahay sidee loo qoraa`),
    no(`iptables -L INPUT:
DROP  udp  --  198.51.100.0/24  0.0.0.0/0  udp dpt:5060
walaal partner-ka ayaa halkan ku jira, sidee baan rule accept ah uga horreysiiyaa?`),
    no(`selam, VOS web portal 8080 office IP bicha yigeba. 203.0.113.10 bicha allow, lelaw deny. iptables lay endet?`),
    no(`billing server-ka ufw: allow 3306 from 10.0.5.0/24 kaliya. rule-ka sax ma yahay?`),
    no(`pfSense port forward RTP 10000-20000 wede 10.1.1.5 adrgulign, NAT reflection yasfeligal?`),
    no(`walaal firewalld "--add-port=5060/udp" waan sameeyay laakiin reboot ka dib wuu lumay. --permanent ma illoobay?`),
    no(`calls 32 ilbiriqsi ka dib way go'aan, ACK ma yimaado. firewall-ka public IP-ga NAT-ka khaldan ayuu ku jiraa sidaan u maleynayo`),
    no(`selam, CSF/LFD VOS web login lay IP blocks yaderegal 5 failed attempts behuala. office IP ignore list lay endet?`),
    no(`Sophos XG cusub ayaan iibsannay. liiska ports-ka VOS3000 u baahan yahay (SIP, RTP, web, mysql) fadlan noo soo dir`),
    no(`SIP flood 3000 REGISTER/s IP kaliya ka imanaya. Fortigate DoS policy ma ku dari karnaa?`),
    no(`ishi, customer gateways 10.50.0.0/16 whitelist aregin, gin rules order ayderesm meselegn, DROP be lay new. -I be -A fanta?`),
    no(`SSH internet-ka ka xir, VPN kaliya u ogolow. iptables-ka VOS server-ka sidee loo sameeyaa si aanan nafteena u xirin`),
    no(`selam, internal phones public IP tetekemew meTerat alchalum, hairpin NAT MikroTik lay yasfeligal?`),
    no(`CentOS 6 iptables-save waan sameeyay laakiin reboot ka dib rules-ku way lumaan. "service iptables save" ma in aan isticmaalaa?`),
    no(`walaal ASA "inspect sip" ma demiyaa? one-way audio ayaa jira calls-ka carrier-ka`),
    no(`monitoring server-ku ping ma heli karo VOS-ka, ICMP firewall-ka ayaa xiran. echo-request oo kaliya ayaan rabaa inaan furo`),
    no(`ishi, admin tinant Fortigate lay "deny all 5060 from any" policy be sihtet chemrwal, ke wuch calls alseram. policy tesrzo ahun ishi new, log mayet infeligalen`),
    no(`Fortigate-ka ka dhig in RTP UDP session-ka uusan 30 ilbiriqsi ka dib dhicin, codku wuu go'aa. session-ttl udp ma kordhiyaa?`),
    no(`selam, adis firewall rule yasfeligal: carrier adis IP 203.0.113.77 (SIP UDP 5060 ena RTP). change request lakulign`),
  ],
  negationContext: [
    no(`walaal RST waa Off server-keena, SIP-kuna waa UDP kaliya. phones-ka Galkacyo unregistered ah sabab kale ayay leeyihiin, RST ma ahan`),
    no(`mahadsanid walaal, tan iyo markii aad RST shiday TIME_WAIT way yaraatay, calls-ka caawa dhib la'aan ayay socdeen. ticket-ka xir`),
    no(`selam, training question bicha: RST On sihon lemin NAT phones registration yaTalu? real chigir yelem, tamaroch yiteyyekalu`),
    no(`partner-keena server-kooda (kama aha kayaga) ayaa leh kumanaan TIME_WAIT ah iyo "Cannot assign requested address". talo ma siin kartaa? server-kayaga waa caadi`),
    no(`sanadkii hore port exhaustion ayaa nagu dhacay, waa la hagaajiyay. hadda wax walba waa caadi, kaliya waxaan ku sheegayaa warbixinta`),
    no(`password-ka ka dib ayay phones unregistered noqdeen, qofna RST ma taabanin, SS_TCP_CLOSE_RESET weli waa Off`),
    no(`ishi, RST kenabern Fortigate-u RST packets yiTeleal? ahun Off new, gena hasab bicha new`),
    no(`log: "Cannot assign requested address" laakiin waxaa sababay in source IP 10.0.0.50 aan lagu dhejin interface-ka ka dib network change. ip addr ayaan ku daray, hadda waa OK`),
    no(`shalay firewall-ka packets ayuu dhiciyay laakiin sababtu waxay ahayd ISP outage. RST waa Off, waxba isma beddelin server-ka`),
    no(`amesegnalehu! RST Off kadergachihut behuala NAT phones hulu endegena registered nachew. ahun ishi new`),
    no(`walaal Fortigate-ka RST allow ka dib calls-ku waa caadi tan iyo shalay. mahadsanid, kaliya xaqiijin`),
    no(`EADDRINUSE waa Node app-ka laptop-kayga ku jira, softswitch-ka ma ahan. iska indho tir fariintii hore`),
    no(`selam, mnm alteqeyerem. RST and amet sihon On new, phones ishi nachew. teyaqe bicha: yihe lela chigir yametal?`),
    no(`TIME_WAIT 30000 waa lab box-ka load test-ka (sipp 400 CPS), production ma ahan. waa la filayay, kaliya xog`),
    no(`haddii macmiil NAT router ka dambeeya uu TCP isticmaalo oo aan RST shidno maxaa dhici lahaa? wali ma shidin, qorshe ayaan samaynaynaa`),
    no(`selam, softswitch.conf lay SS_TCP_CLOSE_RESET="Off" new, aregagTehu. calls yemiyaqorTut prefix routing sihtet silehone new, RST aydelem`),
    no(`MikroTik-ka xafiiska ayaa koronto la'aan ahaa, sidaas darteed phones-ku unregistered ahaayeen. RST ma aha, hadda way soo noqdeen`),
    no(`forum-ka ayaan ku arkay qof leh BindException iyo TIME_WAIT badan VOS-kiisa. ma saameyn doontaa annaga? server-kayagu waa caadi`),
    no(`ishi, kedimo ticket: port exhaustion 2022 lay aroge server lay neber, server-u teTefto new ahun. ticket zgaw`),
    no(`toddobaadkii hore firewall-ka RST drop-ka waa la hagaajiyay rule-ka aad noo sheegtay. waxba ma jiraan hadda, ticket-ka xir fadlan`),
    no(`telecom exam: "Explain TIME_WAIT and why EADDRINUSE can happen under load." walaal jawaab gaaban ii soo dir, ma ahan fault`),
    no(`selam, RST be mnm gize alabranewm. phones unregistered yehonut ISP public IP-achinin kekeyere behuala new`),
    no(`calls-ka peak-ga way fashilmaan laakiin carrier-ka ayaa soo celiya "503 Service Unavailable", channel limit 30. TIME_WAIT 200 kaliya, ports waa caadi`),
    no(`firewall-ka macmiilka ayaa xannibaya SIP UDP, TCP gabi ahaanba ma jiro halkaas. RST kuma lug leh`),
    no(`ishi, "address already in use" redis new neber, fixed. softswitch-u ishi new`),
    no(`RST waxaa lagu shiday test server-ka kaliya, production waa Off. test server-ka NAT phones ma leh, wax dhib ahna ma jiraan`),
    no(`selam, mnm ateqeyeru. RST On ena kernel tuning tesertewal, hulum ishi new. documentation lay memzgeb bicha new`),
  ],
  portExhaustion: [
    pe(`walaal caawa 8pm ka dib calls cusub ma baxaan, softswitch log: "java.net.BindException: Cannot assign requested address". saacadaha aamusnaanta wax walba waa caadi`),
    pe(`selam, mata peak lay alseram. ss -s:
TCP:   31877 (estab 812, closed 30950, orphaned 3, timewait 30902)
Tewat lay 400 bicha neber. min yideregal?`),
    pe(`[root@vos3000 ~]# netstat -ant | grep TIME_WAIT | wc -l
28341
walaal tani waa xalay 9pm, CPS ~180. calls badan ayaa fashilmay, dhib ka dib saq dhexe way iska baaba'day`),
    pe(`ishi, yene VOS "connect() failed (99: Cannot assign requested address)" yilal mata 7-10. carrier lay SIP TCP new. ke 11 behuala ishi yihonal`),
    pe(`habeen kasta peak-ga CPS-ku markuu gaaro 200+ softswitch-ku ma furi karo TCP connections cusub oo u socda carriers-ka. TIME_WAIT kumanaan ayuu gaaraa`),
    pe(`selam wendim, traffic ke Ramadan gar techeremro chigir alle. mata iftar behuala: EADDRINUSE errors, "address already in use" le outgoing TCP. TIME_WAIT 25k`),
    pe(`walaal log-ka:
2024-03-11 20:14:07 ERROR SipTcpTransport: failed to open connection to 203.0.113.40:5060
java.net.BindException: Address already in use: no further information
tan waxay dhacdaa oo kaliya marka traffic-gu badan yahay`),
    pe(`ishi, calls yemiyaqorTut be 8pm-11pm bicha new. ss -tan state time-wait | wc -l => 29412. ip_local_port_range 32768 60999 new`),
    pe(`server-ka Mogadishu caawa mar kale: calls cusub ma dhacaan peak-ga, log-gu wuxuu leeyahay "Cannot assign requested address". aroorta wax dhib ah ma jiro. TIME_WAIT aad u badan`),
    pe(`selam, call centre campaign 150 CPS sinjemr softswitch-u outbound TCP maqrat alchalem. netstat TIME_WAIT 27000 yasayal. campaign sikom hulum ishi`),
    pe(`walaal ports-ka local-ka ayaa dhammaanaya sidaan u maleynayo. peak-ga 28k TIME_WAIT, calls cusubna "bind failed". maxaa la sameeyaa?`),
    pe(`tinant mata ena zare mata and aynet: 9 seat behuala outgoing calls alseram, log lay "EADDRINUSE". ss -s timewait 30k yalfal. lelit lay yeteswe new`),
    pe(`walaal VOS-ka wuxuu ku dhex jiraa dhib xalay kasta: 19:30 - 23:00 calls fail. softswitch.log:
WARN  cannot create tcp socket to 198.51.100.12:5060 (Cannot assign requested address)
WARN  cannot create tcp socket to 198.51.100.13:5060 (Cannot assign requested address)
kadib way iska fiicnaataa`),
    pe(`selam, tcp_tw_reuse 0 new, port range default. peak lay TIME_WAIT 28k derso adis calls aymeTum. yihe port yalkal malet new?`),
    pe(`CPS-ka ayaa kor u kacay tan iyo markii reseller cusub uu traffic soo diray (250 CPS habeenkii). hadda peak-ga softswitch-ku TCP connection cusub ma sameyn karo, BindException`),
    pe(`ishi, netstat:
tcp  0  0 10.8.0.4:48812  203.0.113.9:5060  TIME_WAIT
tcp  0  0 10.8.0.4:48813  203.0.113.9:5060  TIME_WAIT
... 26 shi be lay. mata bicha calls yiwedkalu`),
    pe(`walaal peak saacadda calls-ka cusub waxay helaan "503" dhinaceena, sababtu waa softswitch-ku ma furi karo socket cusub: "Cannot assign requested address". TIME_WAIT 31k`),
    pe(`selam, Djibouti carrier route SIP TCP lay mata peak chigir. "address already in use" le outbound connections, TIME_WAIT betam bizu. leilit 2 seat behuala teshale`),
    pe(`caawa markii aan tirinay: 29,880 TIME_WAIT, CPS 210. calls-ka cusub badankood way fashilmeen. saaka 300 TIME_WAIT oo kaliya. walaal caawin`),
    pe(`ishi, ahun ss -s:
Total: 33120
TCP:   32544 (estab 1022, closed 31480, orphaned 12, timewait 31455)
calls aygebum, ASR 20% wirdwal. peak hour new`),
    pe(`walaal softswitch-ku wuxuu leeyahay "no free local port" xilliga peak-ga, outbound SIP TCP carriers-ka. habeenkii kaliya, maalintii waa caadi`),
    pe(`selam, load test bicha aydelem, production new: 7pm jemro BindException "Cannot assign requested address" le carrier TCP legs. 11pm behuala rasu yiteshal`),
    pe(`dhib weyn caawa: CPS 190, TIME_WAIT 27k+, calls cusub ma baxaan. log: EADDRINUSE. markii traffic-gu yaraado wuu iska hagaagaa. maxaan beddelaa?`),
    pe(`ishi wendime, adis promotion sijemr mata lay softswitch adis TCP connection mekfet alchalem. "Cannot assign requested address" be log lay bizu. TIME_WAIT 30 shi akababi`),
    pe(`walaal VOS3000 Hargeisa: galabta 6 ilaa 10 calls way dhacaan. netstat -an | grep -c TIME_WAIT = 26700. xalay saq dhexe 500 ayuu ahaa`),
    pe(`peak lay "java.net.BindException: Address already in use: connect" yimeTal. selam, carrier legs hulu TCP nachew. TIME_WAIT bizat betam`),
    pe(`waa maxay sababta calls-ka peak-ga u fashilmaan? softswitch log "cannot bind local address" iyo ss -s timewait 30k. maalintii dhib ma jiro`),
    pe(`selam, outbound calls mata peak lay "Cannot assign requested address" bilew yiwedkalu. yene CPS 160 new. tewat lay mnm chigir yelem`),
    pe(`walaal server-ka Bosaso, caawa TIME_WAIT 28k iyo calls fail, "address already in use" outgoing TCP-ga. CPS 170. ports-ka ayaa dhammaaday miyaa?`),
    pe(`ishi, zare mata sost gize tedegagemo: peak lay softswitch adis SIP TCP connection aykeftm, EADDRINUSE. ss -s timewait 29k, estab 900. maTafat ale?`),
  ],
  natUnregistered: [
    nat(`walaal shalay ka dib markii SS_TCP_CLOSE_RESET la shiday (On), taleefanada xafiiska ee MikroTik ka dambeeya way unregistered noqdeen. SIP TCP ayay isticmaalaan`),
    nat(`selam, tinant RST kenabere behuala NAT behuala yalu phones hulu unregistered nachew. TCP new yemitekemut. direct public IP yalachew gateways gin ishi nachew`),
    nat(`ishi, "close reset" On kadergachihut jemro home router behuala yalu agents softphones (Zoiper, TCP) registration yaTalu, keza ke 5 dakika behuala endegena`),
    nat(`walaal RST mode ka dib, remote agents-ka guryaha ka shaqeeya (home routers) registration-ka way lumiyaan daqiiqado kasta. xafiiska dhexdiisa, public IP leh, waa caadi`),
    nat(`VOS web-ka "Online phones" 40 -> 6 ka dib markii softswitch.conf-ka SS_TCP_CLOSE_RESET="On" la geliyay oo reparse la sameeyay. 34-ta offline ah dhammaantood waxay ka dambeeyaan NAT-ka xafiiska (MikroTik hEX), transport TCP`),
    nat(`selam wendim, MikroTik behuala yalu Yealink phones (TCP) RST On kehone behuala "unregistered" yasayalu. reboot sinadergachew le and dakika registered yihonalu, keza endegena yiTefalu`),
    nat(`walaal saaka reparse ayaan sameeyay kadib markii RST la shiday si TIME_WAIT u yaraado. hadda branch-yada NAT ka dambeeya phones-kooda unregistered. branch-ka Burao oo UDP ah wax dhib ah ma qabo`),
    nat(`ishi, close reset be On behuala office NAT lay yalu 60 extensions registration eyaTu new. TCP 5060. wede Off mimeles alebin?`),
    nat(`macmiilka Djibouti: "depuis hier" phones-ka Grandstream ee router-ka guriga/xafiiska ka dambeeya unregistered, SIP over TCP. shalay ayaan RST On ka dhignay server-ka`),
    nat(`selam, RST tenesto behuala (SS_TCP_CLOSE_RESET=On) NAT phones flap yaregalu: registered -> unregistered -> registered. log lay "REGISTER timeout" ke private IPs 10.0.x yasayal`),
    nat(`walaal RST-ka aan shalay shidnay wuxuu waxyeelleeyay phones-ka MikroTik ka dambeeya. registration list-ka branch-ka Hargeisa waa madhan yahay. devices-ka public IP leh waa OK`),
    nat(`phones-ka TCP ee NAT ka dambeeya ayaa lumiya registration tan iyo markii RST la shiday. NAT keepalive ma caawin karaa mise RST ayaan demiyaa?`),
    nat(`selam, tinant mata SS_TCP_CLOSE_RESET On aregnew (TIME_WAIT lemekenes). zare tewat call centre agents softphones (MicroSIP TCP, office router NAT) register alalum`),
    nat(`ishi, RST kenabere jemro bet lay yemiseru agents "Registration failed" yayalu. hulum TP-Link ena Huawei home routers behuala nachew, TCP`),
    nat(`walaal log:
10:02:11 REG expired 2041@10.0.12.41 (via NAT 203.0.113.60) transport=TCP
10:02:13 REG expired 2042@10.0.12.42 (via NAT 203.0.113.60) transport=TCP
10:02:15 REG expired 2047@10.0.12.47 (via NAT 203.0.113.60) transport=TCP
tani waxay bilaabatay isla markii RST On la dhigay`),
    nat(`since the close reset change yesterday, phones-ka site-ka MikroTik leh way unregister noqdaan dhowr daqiiqo kasta. SIP TCP. walaal maxaa dhacay?`),
    nat(`selam, ethio telecom home router behuala yalu softphones RST ke On behuala register ayadergum. office lay public IP yalew IP-PBX gin ishi new`),
    nat(`walaal reseller-ka ayaa soo wacay: macaamiishiisa oo dhan (NAT ka dambeeya, SIP TCP) unregistered tan iyo caawa hore, waana markii aan RST shidnay si aan TIME_WAIT u yareyno`),
    nat(`ishi, VOS "Online" list lay NAT behuala yalu TCP phones yelum. SS_TCP_CLOSE_RESET tinant On honwal. UDP yemitekemu phones ahunm alu`),
    nat(`MikroTik hAP ac2 ka dambeeya 15 taleefan, TCP. RST On ka dib registration-ku wuu dhacaa. MikroTik-ka connection tracking-giisa wuxuu weli muujinayaa connections duug ah`),
    nat(`selam, "service mbx3000d reparse" kaderegn behuala (RST On lemadreg) home office agents hulu offline nachew. ahun min lareg, Off mimeles?`),
    nat(`walaal RST mode waxay jabisay registration-ka phones-ka NAT-ka ka dambeeya. Zoiper: "Registration failed: timeout". xafiisyada UDP isticmaala waa caadi`),
    nat(`ishi, hulet branch alen: and NAT behuala (TCP), and public IP. RST On kehone behuala NAT yalew branch phones bicha unregistered honu`),
    nat(`walaal softswitch.conf-ka SS_TCP_CLOSE_RESET="On" ayaan geliyay saddex maalmood ka hor. tan iyo markaas phones-ka Yealink ee router-ka guriga ka dambeeya ayaa lumiya registration, TCP`),
    nat(`selam, Fanvil phones TCP transport, Cisco router NAT behuala. RST kebera behuala screen lay "Not registered" yasayalu`),
    nat(`ka dib markii RST On la dhigay, phones-ka NAT-ka ka dambeeya waxay muujinayaan "unregistered", re-register 30 ilbiriqsi kasta ayay isku dayaan. TCP ayay ku xiran yihiin`),
    nat(`ishi wendime, close reset On sihon NAT behuala yalu TCP phones registration yiTefal. router NAT table lay kedimo connection yiqeral meselegn`),
    nat(`walaal macmiil hotel ah: 80 room phones MikroTik ka dambeeya, TCP. shalay RST enable ka dib dhammaantood unregistered`),
    nat(`selam, RST On le TIME_WAIT tenesto neber, gin ahun NAT behuala yalu phones (TCP) unregistered honu. TIME_WAIT kenese, lela chigir meTa`),
    nat(`RST ka dib NAT phones-ku unregistered, TCP. walaal degdeg`),
  ],
  firewallRst: [
    fw(`walaal shalay RST la shiday ka dib calls-ku way fashilmaan ama way xayirmaan. Fortigate ayaa server-ka hor fadhiya, log-ku wuxuu leeyahay RST packets "no session matched"`),
    fw(`selam, RST On kadergn behuala calls yiteneTelTelalu (hang). pfSense log lay blocked TCP:R packets ke VOS 10.2.0.5:5060 yasayal, default deny rule`),
    fw(`ASA log:
%ASA-6-106015: Deny TCP (no connection) from 10.4.1.10/5060 to 198.51.100.30/52211 flags RST on interface inside
walaal tan iyo markii RST la shiday calls-ka carrier-ka way fashilmaan`),
    fw(`iptables-ka server-ka hor yaal: "-A FORWARD -m conntrack --ctstate INVALID -j DROP" counter-ku si degdeg ah ayuu u kordhayaa tan iyo RST On, calls-kuna way xayirmaan`),
    fw(`ishi, close reset On behuala calls alseram. Fortigate log lay RST packets "no session matched" teblew yiTelalu`),
    fw(`walaal RST mode ka dib calls-ka TCP carriers-ka waxay ku xayirmaan "ringing" ama 30 ilbiriqsi ka dib way dhacaan. firewall-ka stateful ah (Sophos) ayaa RST-ka u arka invalid oo tuura`),
    fw(`selam, Fortigate diagnose debug flow:
id=20085 trace_id=12 msg="vd-root:0 received a packet(proto=6, 10.9.0.3:5060->203.0.113.8:40122) tcp flags=RST from port3."
id=20085 trace_id=12 func=resolve_ip_tuple_fast msg="no session matched"
id=20085 trace_id=12 msg="Denied by forward policy check"
RST On kadergn jemro calls alseram`),
    fw(`pfSense firewall log-ka waxaa buuxa "TCP:RA" blocked ah, dhammaan ka imanaya VOS-ka port 5060. waxay bilaabatay markii RST la shiday, hadda calls badan way fashilmaan`),
    fw(`walaal iptables log:
kernel: INVALID DROP IN=eth0 OUT=eth1 SRC=10.3.3.7 DST=203.0.113.21 PROTO=TCP SPT=5060 DPT=38122 RST
tan iyo markii SS_TCP_CLOSE_RESET On la dhigay, calls-ku way istaagaan`),
    fw(`ishi, Cisco ASA behuala yalew VOS RST On kadergnew behuala calls gemamash lay yiqoremalu. ASA log "flags RST ... no connection" deny yasayal`),
    fw(`MikroTik CCR-ka server-ka hortiisa (firewall stateful) rule "connection-state=invalid action=drop" counter-ku wuu kordhayaa tan iyo RST On. calls-ka SIP TCP way fashilmaan`),
    fw(`selam, Fortigate RST packets yiTelal meselegn. close reset On behuala calls 50% yiwedkalu. firewall tewegdo direct test sinadereg hulum ishi`),
    fw(`walaal calls-ku way xayirmaan kadib RST On. firewall bypass markaan sameeyay wax walba way shaqeeyeen. pfSense ayaa RST-ka block gareeya "state mismatch" ahaan`),
    fw(`RST waxaan shidnay toddobaadkii hore TIME_WAIT dartii. hadda Fortigate-ka ayaa RST-yada u tuura out-of-state, carriers-kuna waxay arkaan calls xayiran. walaal maxaa la sameeyaa`),
    fw(`ishi, iptables -L -v -n:
 12K  480K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
counter-u RST On kehone jemro betam yichemral, calls yiqoremalu`),
    fw(`walaal Palo Alto-ga hortiisa traffic log-ku wuxuu leeyahay "tcp out of state" drop, RST packets. SS_TCP_CLOSE_RESET On ka dib ayay calls-ku bilaabeen inay fashilmaan`),
    fw(`selam, RST On sadergn behuala calls setup yiwesdal ena hang yaregal. firewall conntrack RST-u invalid teblo yiTalal. RST allow madreg wey Off mimeles?`),
    fw(`tcpdump firewall-ka gudihiisa: RST ayaa ka baxa VOS-ka, dibaddana ma gaaro carrier-ka. Fortigate ayaa dhiciya. tani waxay bilaabatay ka dib RST mode`),
    fw(`walaal RST mode-ka ka dib Fortigate-ka session table-ku wuxuu hayaa sessions duug ah, RST-kuna ma gudbo, calls-ka cusubna way dhacaan`),
    fw(`ishi, ASA-5516 ahun:
%ASA-6-106015: Deny TCP (no connection) from 10.7.0.2/5060 to 203.0.113.55/41880 flags RST ACK on interface inside
close reset On behuala bizu mesmer new, calls alseram`),
    fw(`walaal calls-ku "dead air" ayay ku xayirmaan ka dib RST On. firewall-ka hortiisa ah waa iptables stateful, RST-ka wuxuu u arkaa out-of-state oo dhiciyaa`),
    fw(`selam, VOS firewall-u (Fortigate 100F) RST yazegal. RST kenabere behuala SIP TCP calls alseram. firewall lay RST allow lareg wey RST lazga?`),
    fw(`RST On ka dib calls-ku way fashilmaan, laakiin marka firewall-ka laga gudbo (direct) way shaqeeyaan. pfSense log: "blocked TCP:R 10.2.0.5:5060" khadad badan`),
    fw(`ishi, close reset On kadergn behuala Sophos XG log lay "Invalid traffic" le RST packets ke VOS yasayal. calls yiwedkalu`),
    fw(`walaal carrier-ka ayaa sheegay in calls-kayagu ku xayirmaan TCP-ga kadib RST mode. FortiGate-keena log-ku wuxuu leeyahay "RST dropped, no matching session"`),
    fw(`selam, "conntrack -S" lay invalid counter RST On kehone behuala yichemral, calls yiqoremalu. iptables firewall VOS fit lay new`),
    fw(`RST On sihon calls 30% yiwedkalu. ishi, Fortigate policy RST packets drop yadergal, tegelTe`),
    fw(`walaal kooban: RST ka dib firewall-ka stateful ah ayaa dhiciya RST packets-ka, calls fail`),
    fw(`ishi, pfSense "Firewall: Logs" lay RST packets blocked "state not found". SS_TCP_CLOSE_RESET On behuala new, calls alseram`),
    fw(`walaal softswitch.conf-ka RST On ka dib, ASA-ga ayaa RST-yada xannibaya, calls-ka carrier-ka way dhammaystirmi waayaan ama way xayirmaan`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning81Set: readonly EvalItem[] = Object.values(tuning81Families).flat();
