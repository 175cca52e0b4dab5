import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 operators, resellers and their NOC staff in East, Central and Southern Africa writing to support on WhatsApp:
 * Swahili and Sheng, Luganda, Amharic and Tigrinya in Ge'ez script, Somali, Kinyarwanda, Kirundi, Lingala and French,
 * Chichewa, Bemba, Shona, Zulu, Xhosa, Afrikaans and Sotho, mixed with English technical words, or English as spoken
 * there. Register runs from polite to angry, with typos, no punctuation, voice-note transcripts, forwards from staff
 * and customers and pasted netstat, ss, firewall and softswitch output; figures appear as elfu 30, 30k, 28,000 or 30
 * 000.
 *
 * The two-hundred-and-fortieth tuning split, written as the two-hundred-and-fortieth never-tuned evaluation set because
 * operators across East, Central and Southern Africa mix many languages, two scripts and their English or French in one
 * message. Five negative families of 27 (one service that cannot bind its own port, registration lost for another
 * reason, small figures and questions, firewall work without dropped RST, playbook words denied or explained) and three
 * positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping
 * RST). Written before the eightieth round of rules by someone who had read only the playbooks' symptoms and the domain
 * notes, without the matcher, its rules or the other sets in view; measured as such before and after the eightieth
 * round, then made tuning material for the eighty-first: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 93.3 %, negatives confident 4.4 %, confident wrong 0 % with the
 * rules of the seventy-ninth round, before the eightieth.
 * After the eightieth round: the same.
 * After the eighty-first round, tuned on: in scope 96.7 %, negatives confident 0.7 %, confident wrong 0 %; still short of the bar.
 * After the eighty-second round: in scope 98.9 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning240Families = {
  oneListeningPort: [
    no(`Habari, nimejaribu kuwasha tomcat ya VOS web portal lakini inasema java.net.BindException: Address already in use :8080. Nimeangalia netstat -tlnp naona httpd ameshika 8080. Nifanye nini?`),
    no(`Boss mbx3000d haiku-start leo asubuhi, log inasema bind 5060 failed address already in use. Nimepata kuna kamailio ya test jamaa yetu aliinstall kwa server hiyo hiyo, ndio imeshikilia 5060. Nikiiua sawa?`),
    no(`ሰላም፣ mysql አይነሳም። error: Can't start server: Bind on TCP/IP port: Address already in use, port 3306። ሌላ mysqld ሂደት እየሰራ ይመስላል። ምን ላድርግ?`),
    no(`ሰላም ሓው፣ nginx ኣብ 443 bind ክገብር ኣይከኣለን "bind() to 0.0.0.0:443 failed (98: Address already in use)"። apache ድማ ኣብቲ server ኣሎ። ክልቲኦም ብሓንሳብ ክሰርሑ ይኽእሉ ዶ?`),
    no(`Asc walaal, docker run -p 5060:5060 waxay i siisay "Bind for 0.0.0.0:5060 failed: port is already allocated". Container kale oo hore ayaa weli socda. Sideen u joojiyaa kii hore anigoon VOS-ka taaban?`),
    no(`Muraho, sshd yanze gutangira nyuma yo guhindura port ikaba 2222: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use". Hari indi service iri kuri 2222. Mwamfasha?`),
    no(`Bwakeye, redis-server ntishaka gutangura: "Could not create server TCP listening socket *:6379: bind: Address already in use". Hariho redis iyindi yatanguye kare. Ni vyiza nyice?`),
    no(`Mbote, na serveur ya VOS, tomcat eboyi ko démarrer: "SEVERE: Failed to initialize end point associated with ProtocolHandler [http-8080] java.net.BindException: Address already in use". Moto moko a installé jenkins na port 8080 lobi. Tosala nini?`),
    no(`Bonjour support, j'ai lancé une deuxième instance de mbx3000 pour tester la nouvelle version sur le même serveur et elle plante au démarrage: bind 0.0.0.0:5060 address already in use. L'ancienne tourne toujours. Comment changer le port de la deuxième?`),
    no(`Mwashibukeni, our dev guy's laptop is running a SIP test server on port 5060 and now his softphone cannot listen on 5060 locally, it says address in use. Is this a VOS problem? Nalifilwa`),
    no(`Moni, ndikuyesa kuyambitsa web portal ya VOS koma ikuti port 80 ili kale ndi apache. Ndazimitsa apache koma imabwereranso pa reboot. Ndithandizeni momwe ndingachitire.`),
    no(`Mhoro, node app yangu yedashboard hairikuda kumuka, EADDRINUSE :::3000. Ndakatarisa ndikaona pm2 yakatomhanyisa imwe copy. Izvi hazvina chekuita neVOS asi mungandibatsira here?`),
    no(`Sawubona, ngizama ukuqala i-postgres kodwa ithi 'could not bind IPv4 address "0.0.0.0": Address already in use' ku-5432. Kukhona enye i-postgres ebisebenza kakade. Ngenzeni?`),
    no(`Molo, i-FTP server yethu (vsftpd) ayiqali: '500 OOPS: could not bind listening IPv4 socket'. Kukho i-proftpd esele ibambe i-port 21. Ndicela uncedo.`),
    no(`Goeiemôre, na die opdatering wil httpd nie begin nie: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:80. Ek sien nginx is ook geïnstalleer en loop. Watter een moet ek afskakel vir die VOS webblad?`),
    no(`Dumela, ke lekile ho qala mbx3000d empa log e re 'SIP listen 5060 bind error'. Ke fumane hore asterisk e ne e kentswe ke motho wa pele mme e sa ntse e sebetsa. Na nka e tima?`),
    no(`Ssebo, server yaffe eya VOS, tomcat egaana okutandika. Log egamba nti port 8443 already in use. Waliwo process endala ekutte 8443 (java enkadde). Nkole ntya?`),
    no(`Hi team, netstat output below. Our billing API won't start.
tcp 0 0 0.0.0.0:8080 0.0.0.0:* LISTEN 2231/java
Error: listen EADDRINUSE: address already in use 0.0.0.0:8080
Just the one port, the old process didn't die after deploy. How do I free it without rebooting the VOS box?`),
    no(`Afternoon. mbx3000d restart failed. 'bind failed 0.0.0.0:5060: Address already in use'. ps shows two mbx3000d processes, the old one is hung. kill -9 is safe?`),
    no(`[voice note] eeh sasa boss ni hivi, tumehamisha VOS kwenda server mpya, na kwenye hiyo server mpya kuna FreeSWITCH ilikuwa imewekwa na provider, sasa kila tukiwasha mbx3000 inasema port 5060 iko busy address already in use, sijui tufanye aje`),
    no(`docker compose up → "port is already allocated" 3306 ላይ። mysql በhost ላይም እየሰራ ነው። እንዴት ላስተካክል?`),
    no(`Forwarded: "Walaal webka VOS ma furmayo, tomcat log: Address already in use: JVM_Bind 80". Tan waxaa ii soo diray engineer-kayaga. Waxaan u malaynayaa apache ayaa ku jira port 80.`),
    no(`Ndabaza: ss -ltnp | grep 5432
LISTEN 0 128 0.0.0.0:5432 users:(("postgres",pid=1190,fd=3))
Ariko iyo ntangije container ya postgres irananira 'address already in use'. Ni iyi postgres ya host ifashe port?`),
    no(`Ndeko, SIP proxy na biso ya kamailio eboyi kobanda, elobi 'bind(): Address already in use' na 5061 TLS. Mbx3000 ezali kosalela 5061? Nayebi te nani azwi port wana.`),
    no(`yoh guys mbx3000d won't come up after reboot, says 5060 address in use. turns out the old instance never died. just confirm if kill is fine`),
    no(`Makadii. Tiri kuedza kuisa Grafana pa server iri paVOS, iri kuti 'listen tcp :3000: bind: address already in use'. Tave nedashboard yekare iri pa3000. Tinoda kuti ese ari maviri ashande. Tinochinja sei port yeGrafana?`),
    no(`Bwana, webmin ikukana kuyamba: Failed to bind to port 10000 : Address already in use. Ndaona kuti webmin ina yakale ikuyendabe. Chonde mundiuze command yoti ndiyimitse.`),
  ],
  otherRegistrationCause: [
    no(`Habari, tumebadilisha password za accounts zote jana usiku kwa sababu ya fraud, sasa simu za ofisi ya Mombasa zinaonyesha unregistered, log ya VOS inaonyesha 401 Unauthorized mara nyingi. Tufanyeje?`),
    no(`Msee, phones za client wangu wote ziko unregistered tangu stima ilipotea saa nane. Router yao ya Safaricom haija-boot poa. Ni shida yenu ama yao?`),
    no(`Ssebo, essimu za Grandstream ku ofiisi ya Kampala tezikyali registered. Twakyusizza IP ya server okuva ku 41.x okudda ku 196.x naye essimu zikyalina IP enkadde. Tuzikyuse zonna mu provisioning?`),
    no(`ሰላም፣ ሁሉም softphone (Zoiper) 403 Forbidden እያሉ register አይሆኑም። account ዎቹ ትላንት expire ሆነዋል ወይ? እባክዎ ያረጋግጡልን።`),
    no(`ሰላም፣ ናይ ቤት ጽሕፈትና ስልክታት unregistered እዮም። ናይ ISP ኢንተርነት ካብ ንግሆ ጀሚሩ ተቛሪጹ ኣሎ። ናይ VOS ጸገም ድዩ ወይስ ናይ ISP?`),
    no(`Walaal, phone-yada Yealink ee xafiiska Hargeisa waa unregistered. Router cusub ayaa la geliyay shalay, SIP ALG-ga ayaa ON ahaa. Waxaan isticmaalnaa UDP 5060 oo keliya. ALG-ga ma damiyaa?`),
    no(`Muraho, DNS name ya server yacu twarayihinduye (sip.company.rw → voip.company.rw) none telefoni zose zanze kwiyandikisha. Tugomba guhindura domain kuri buri telefoni?`),
    no(`Amahoro, terefone zacu za IP ntizikiyandikisha kuva umuyagankuba wagenda. Switch ya PoE yarahiye. Mbega dukore iki?`),
    no(`Mbote, bato na ngai ya Kinshasa, softphone na bango (Linphone na Android) ekomaka unregistered tango écran ekangami. Battery saver ezali koboma application. Ezali likambo ya VOS?`),
    no(`Bonjour, depuis ce matin tous nos comptes SIP du client Lubumbashi sont en "Registration failed 403". On a vu dans VOS que le compte client est expiré (date de validité dépassée). Merci de prolonger.`),
    no(`Hi, the licence on our VOS shows expired and now new registrations are refused, only the old ones are staying up. Who do we pay for renewal? Natotela`),
    no(`Moni, mafoni a ku nthambi ya Blantyre sakulembetsa (unregistered). Ndapeza kuti chingwe cha network chinadulidwa ndi omanga. Tikonza mawa. Ndikungokudziwitsani.`),
    no(`Mangwanani, maphone edu eGrandstream ese ari unregistered kubva ZESA yadzima magetsi nezuro. Router yakamuka asi maphone haana kudzoka. Ndoita sei?`),
    no(`Sawubona, ama-account amathathu asusiwe ngephutha ngu-admin omusha. Manje amaphone awo athi '404 Not Found' uma ezama ukubhalisa. Singawabuyisela kanjani?`),
    no(`Molo, i-Wi-Fi e-ofisini iwile, ngoko zonke ii-softphone zibonisa unregistered. Iifowuni ezisebenzisa i-cable zilungile. Ndicela nijonge ukuba akukho enye ingxaki.`),
    no(`Haai, ons het 'n nuwe Huawei router by die kantoor in Bloemfontein gekry. Sedertdien registreer die fone (UDP) net vir 'n paar minute en val dan af. SIP ALG is aan op die router. Moet ons dit afskakel?`),
    no(`Lumela, di-phone tsa rona di re 'Registration failed 401'. Re fetotse password ho VOS empa ha re a e fetola ho di-phone. Na re tlameha ho di fetola e nngwe le e nngwe?`),
    no(`Hello team, our estate customers on Zuku fibre cannot register since morning, Zuku has a national outage according to their twitter. Just confirming nothing is wrong on your side.`),
    no(`Dear support, after we moved the VOS to the new IP 197.156.x.x the gateways still point to the old IP, so all unregistered. We don't have remote access to the gateways. Can you forward from the old IP?`),
    no(`Akoonka 2040 wuxuu leeyahay "account disabled" markuu isku diiwaangelinayo. lacagtii ayaa dhamaatay miyaa? fadlan eega`),
    no(`[voice note] Sasa bwana nimekuja ofisini nakuta simu zote ziko na ile alama ya X nyekundu, unregistered, nimeangalia router kumbe mtu amechomoa cable ya WAN akaweka kwa switch nyingine, sasa nimerudisha ila bado mbili hazijarudi`),
    no(`Boss, some softphones on MicroSIP keep showing 'Registration timeout'. Customer says they changed internet from MTN to Airtel this morning. Airtel is blocking SIP? Kati tukole tutya?`),
    no(`Forwarded message: "Telefoni ya reception ntiyiyandikisha, yerekana 408 Request Timeout." Umukozi wanjye yahinduye server address kuri telefoni yandikamo IP itari yo. Ndumva ari ikosa ryo kwandika, mwanyemeza?`),
    no(`Ndeko, GoIP na biso ekomi unregistered. Reseller abongoli password na portail kasi ayebisi biso te. Na log tomoni 401 mingi.`),
    no(`Hie guys, all my extensions unregistered after the office UPS batteries died during load shedding. Now power is back but 6 phones still won't come up. Zvanetsa.`),
    no(`Bonsoir, nous avons changé de fournisseur internet (de Vodacom vers Orange) et l'IP publique a changé. Sur VOS les comptes ont une restriction sur l'ancienne adresse IP, donc les passerelles sont rejetées. Pouvez-vous mettre à jour?`),
    no(`Eish bafethu, ngishintshe ama-DNS servers ku-router manje ama-phone awakwazi ukuthola i-sip.ourdomain.co.za, athi 'DNS lookup failed'. Wonke unregistered.`),
  ],
  smallFigures: [
    no(`Habari, nimeona kwenye ss -s kuna TIME_WAIT 312 hivi kwenye server yetu ya VOS, traffic ni ndogo leo. Hii ni kawaida au kuna shida?`),
    no(`Boss TIME_WAIT ni nini haswa? Netstat inanipea kama 40 hivi, na calls ziko poa. Nauliza tu nijue.`),
    no(`Ssebo, tusaba okutunnyonnyola SS_TCP_CLOSE_RESET kye kikola. Tukyagireseeko Off era byonna bitambula bulungi. Twagala kumanya bumanya.`),
    no(`ሰላም፣ ss -s ሲያሳይ TCP: 520 (estab 180, closed 30, orphaned 0, timewait 290) ይላል። ይህ ጤናማ ነው? ምንም ችግር የለም፣ ለማረጋገጥ ብቻ ነው።`),
    no(`ሰላም፣ tcp_tw_reuse ክንከፍቶ ይግባእ ዶ? ኣብ server ና 150 ጥራይ TIME_WAIT ኣሎ። ሕቶ ጥራይ እዩ።`),
    no(`Walaal, TIME_WAIT waa maxay? Server-keenna wuxuu leeyahay qiyaastii 80 socket oo TIME_WAIT ah habeenkii. Ma dhibaato baa?`),
    no(`Muraho, ni iki gitandukanya FIN na RST iyo VOS ifunga connection ya TCP? Ndi kwiga gusa, nta kibazo dufite.`),
    no(`Amahoro, netstat -an | grep TIME_WAIT | wc -l iduha 640 ku masaha y'akazi kenshi (peak). CPS ni 15. Ni ibisanzwe?`),
    no(`Mbote, na mokolo ya lelo, TIME_WAIT ezali kati na 200 na 300. Ezali malamu? Mikolo nyonso ezalaka boye.`),
    no(`Bonjour, petite question: faut-il activer net.ipv4.tcp_tw_reuse sur un VOS3000 qui fait environ 5 CPS? On a 350 sockets en TIME_WAIT au maximum. Aucun souci pour l'instant.`),
    no(`Morning team, monthly health check: ss -s shows
Total: 611 (kernel 0)
TCP:   402 (estab 97, closed 268, orphaned 0, synrecv 0, timewait 260/0), ports 0
All calls fine. Just sending for your records, comment if anything looks bad.`),
    no(`Moni, kodi ip_local_port_range ya default ndi yotani pa CentOS 7? Ndikufuna kudziwa basi, tilibe vuto.`),
    no(`Makadii, ndinoda kunzwisisa kuti sei TIME_WAIT ichitora 60 seconds. Tine 120 chete pa server. Zvinonetsa here?`),
    no(`Sawubona, i-TIME_WAIT yethu ingu-1,200 ngesikhathi se-busy hour, bese yehla ibe ngu-100 ebusuku. Ama-call ahamba kahle. Kufanele sikhathazeke?`),
    no(`Molo, ndicela uchaze ukuba yintoni i-SS_TCP_CLOSE_RESET kwi-softswitch.conf. Ndiyibonile xa bendijonga ii-parameters. Andinangxaki, ndifuna ukwazi nje.`),
    no(`Hallo, is 450 TIME_WAIT normaal vir 'n VOS3000 met 200 gelyktydige oproepe? Alles werk, ek wil net seker maak ons is nie naby aan 'n limiet nie.`),
    no(`Dumela, ke batla ho tseba hore na ho na le ports tse kae bakeng sa outgoing TCP ka default. Re na le 90 feela tsa TIME_WAIT.`),
    no(`quick one. is TIME_WAIT bad? saw 47 of them after restarting. no issues`),
    no(`Dear team, for training of our new NOC staff, can you explain what SS_TCP_CLOSE_RESET On vs Off means and when we would choose each? Our servers show under 500 TIME_WAIT so nothing urgent.`),
    no(`Mambo, leo peak tulikuwa na calls elfu 1.2 kwa saa na TIME_WAIT ilifika kama 700. Hakuna call imekataa. Ni sawa hivyo ama tuongeze kitu?`),
    no(`Boss ss -tan state time-wait | wc -l gives 233. Is that a number to worry about on a 4 core box? Everything ok`),
    no(`Su'aal: tcp_fin_timeout iyo TIME_WAIT ma isku mid baa? Server-keena waxaa jira 35 TIME_WAIT oo keliya.`),
    no(`[ijwi] yego muraho, nashakaga kubaza gusa, ko mbona ziriya TIME_WAIT ku server zigera nko kuri magana abiri, ese ni ikibazo cyangwa ni ibisanzwe, nta call yapfuye`),
    no(`Boni, na rapport ya santé ya serveur, nazui "timewait 410". Est-ce que ezali normal pona 30 appels simultanés? Merci.`),
    no(`Hi, before we grow traffic next quarter, at what TIME_WAIT count should we start worrying? Today it's about 150-300 across the day.`),
    no(`Hesi, what's the difference between CLOSE_WAIT and TIME_WAIT? netstat inoratidza 12 CLOSE_WAIT ne 180 TIME_WAIT. hapana dambudziko, ndiri kungodzidza`),
    no(`Môre, ons ouditeur vra of tcp_tw_recycle aan moet wees. Ek het gelees dit is verwyder in nuwer kernels. Wat is julle aanbeveling? Ons TIME_WAIT is so 80.`),
  ],
  firewallNoRst: [
    no(`Habari, tunaomba mtuelekeze jinsi ya kufungua port 5060 UDP na 10000-20000 za RTP kwa IP ya carrier mpya 102.x.x.x kwenye firewall. Wanaanza kesho.`),
    no(`Boss fail2ban imeban IP ya client wetu wa Nairobi baada ya kukosea password mara tano. Aje nitam-unban?`),
    no(`Ssebo, twagala okwongera IP ya carrier omupya ku whitelist ya iptables. Command ki gye tukozesa?`),
    no(`ሰላም፣ FortiGate ላይ ከውጭ አገር የሚመጡ SIP ጥቃቶችን geo-block ማድረግ እንፈልጋለን፣ ኢትዮጵያ ብቻ ክፍት እንዲሆን። እንዴት ብናደርግ ይሻላል?`),
    no(`ሰላም፣ ኣብ pfSense ንVOS web portal (port 80/8080) port forward ክንገብር ንደሊ። ካብ ደገ ክኽፈት ኣይከኣለን።`),
    no(`Walaal, SIP scanner-yaal ayaa weeraraya server-ka (friendly-scanner). Ma jiraa iptables rule lagu xadido INVITE-yada IP kasta? rate limit.`),
    no(`Muraho, firewall ya ofisi ifite SIP ALG ifunguye, mbese twayizimya? Dukoresha UDP gusa kandi amajwi rimwe na rimwe agenda mu cyerekezo kimwe (one way audio).`),
    no(`Amahoro, turashaka kwugurura port 22 gusa ku IP y'ibiro vyacu, izindi zose zikabuzwa. Mwodufasha rule ya iptables?`),
    no(`Mbote, carrier ya sika ya Angola asengi ete to whitelist IP na bango mibale na firewall. Tosali yango kasi appels eleki te, ba log ya iptables elakisi DROP na port 5060 UDP. Rule moko ezali mabe?`),
    no(`Bonjour, le pare-feu Sophos bloque l'accès au portail web VOS depuis l'extérieur. Quels ports faut-il ouvrir pour le client web et l'API?`),
    no(`Hi, we made a security group on AWS for the new VOS. Which ports should be open inbound? SIP 5060, RTP range, web? Please list.`),
    no(`Moni, fail2ban ikutseka IP ya ofesi yathu nthawi zonse chifukwa cha SSH. Tingaiwonjezere bwanji pa ignoreip?`),
    no(`Mhoro, tinoda kuvhara pa firewall nyika dzese kunze kweZimbabwe, South Africa neZambia pa port 5060. Tingaite sei neipset?`),
    no(`Sawubona, i-carrier entsha idinga ukuthi sivule i-TCP 5060 kanye ne-RTP 10000-20000 ku-ASA yethu. Ngicela uchaze ukuthi yimaphi ama-rules.`),
    no(`Molo, i-MikroTik yethu ayiyigqithisi i-port 8080 yeportal ye-VOS ukusuka ngaphandle. I-dstnat rule ikhona kodwa ayisebenzi.`),
    no(`Goeiemiddag, ons FortiGate het 'n toll fraud aanval gekeer, 3000 INVITEs per minuut van een IP. Hoe stel ek 'n DoS policy op vir SIP sodat dit outomaties blok?`),
    no(`Lumela, re batla ho kenya rule e ncha ho firewall bakeng sa carrier ya rona e ncha ya Lesotho. IP ke 196.x.x.x. Re bule eng feela?`),
    no(`Team, iptables log showing this every few seconds:
kernel: IN=eth0 OUT= SRC=185.53.88.12 DST=41.90.x.x PROTO=UDP SPT=5070 DPT=5060 LEN=432 DROP
It's a SIP scanner from abroad right? Our rule is working? Just want confirmation it's fine to leave it.`),
    no(`Hello, Ethio telecom asked us to whitelist their new SBC range 197.156.64.0/24 on our pfSense before Monday cutover. Which alias should we update, the SIP one or the RTP one?`),
    no(`[voice note] eeh boss, nataka kuuliza, ile firewall ya Mikrotik tuliweka juzi, nataka kuweka limit ya connection ngapi kwa sekunde kwa port 5060 ili hawa wezi wa SIP wasitusumbue, inawezekana?`),
    no(`Boss, our CSF firewall has blocked our own carrier IP after many failed INVITEs, lfd says 'Port Scan detected'. How do we allow it permanently?`),
    no(`Walaal, waxaan rabaa inaan xiro dhammaan wadamada marka laga reebo Somalia iyo Kenya. Cloudflare ma ku filan tahay mise iptables geoip ayaa loo baahan yahay?`),
    no(`Muraho, security group ya cloud yacu ifunguye 0.0.0.0/0 kuri port 5060. Ni byiza kuyifunga tugasiga IP za carriers gusa?`),
    no(`Boni, tozali kotia firewall ya sika (SonicWall) na siège. Nini esengeli na SIP ALG, activé to désactivé? VOS na biso ezali na UDP.`),
    no(`Mangwanani, firewalld pa VOS host, ndoita sei kuti ndivhure port range ye RTP permanently? Ndakaita --add-port asi zvakabva pa reboot.`),
    no(`Hey guys the portal's HTTPS is not reachable from outside since we changed ISP. Port forward 443 → 192.168.10.5 on the router. Internal works fine. Can u check the NAT rule pls`),
    no(`Bonjour, notre auditeur demande la liste de toutes les règles pare-feu nécessaires pour VOS3000 (SIP, RTP, web, base de données, SSH). Pouvez-vous nous envoyer un document?`),
  ],
  negationContext: [
    no(`Habari, swali tu: tukiwasha RST mode (SS_TCP_CLOSE_RESET=On) kwenye switch yetu, simu zilizo nyuma ya NAT zitapata shida ya ku-register? Bado hatujawasha, ni mpango wa mwezi ujao.`),
    no(`Msee ile shida ya TIME_WAIT elfu 30 tulikuwa nayo wiki jana, mlitufix na ikatulia kabisa. Naripoti tu ku-record, leo iko 400 hivi. Asanteni.`),
    no(`Ssebo, essimu zaffe ez'awaka zaali unregistered, naye ekyo kyava ku password gye twakyusa. Twazikyusizza era kati zonna zikola. Mbategeeza bubeezi.`),
    no(`ሰላም፣ phone-ዎቹ unregistered ቢሆኑም SS_TCP_CLOSE_RESET በፍጹም On አላደረግንም፣ Off ነው። ሁሉም UDP ነው የምንጠቀመው። ISP ዛሬ ችግር ነበረበት፣ ሌላ ምክንያት ይኖር ይሆን?`),
    no(`ሰላም፣ ኣብ lab server ና RST mode ፈቲንናዮ ኔርና፣ ሕጂ ኣጥፊእናዮ። production server ኣይተተንከፈን። ንሓበሬታ ጥራይ።`),
    no(`Walaal, alarm-ka monitoring-ka wuxuu yiri "TIME_WAIT > 20000" laakiin markii aan ss -s eegay waxaa jiray 180 oo keliya. Script-ka ayaa khaldanaa. Dhibaato ma jirto.`),
    no(`Muraho, mbere yuko duhindura SS_TCP_CLOSE_RESET ngo ibe On, twifuza kumenya niba FortiGate izabuza RST packets. Ntiturahindura na kimwe, ni ukwitegura gusa.`),
    no(`Amahoro, mugenzi wanje yambwiye inkuru ya kera: ngo mu 2019 bakoresheje RST mode maze firewall ikareka RST. Ni ukuri? Twebwe ntidukoresha TCP na gato, ni UDP gusa.`),
    no(`Mbote, serveur oyo ezali na probleme ya "address already in use" ezali ya biso te, ezali ya voisin na data center. Biso tozali malamu. Nalingaki kaka koyeba soki ezali likambo ya bato nyonso.`),
    no(`Bonjour, pour le dossier: la panne d'hier soir (BindException sur les connexions sortantes) est résolue depuis que vous avez appliqué le tuning. Aucune récurrence depuis 24h. Vous pouvez fermer le ticket.`),
    no(`Hi, for our NOC training quiz: if SS_TCP_CLOSE_RESET is On and a stateful firewall drops the RST, what happens to the connection on the far side? Just a training question, nothing broken.`),
    no(`Moni, ndikufuna kutsimikiza: sabata yatha mafoni a NAT sanali kulembetsa koma tinaona kuti chinali chifukwa cha password yatsopano, osati RST. RST ili Off. Palibe chochita.`),
    no(`Mhoro, firewall yedu yaratidza 'RST dropped' mu log asi izvi zvaive pa test server yatiri kuvaka, kwete paVOS. VOS ine SS_TCP_CLOSE_RESET Off. Ndaingoda kuziva kuti zvinorevei.`),
    no(`Sawubona, akekho oshintshe lutho ku-server, i-RST mode ayikaze ivulwe. Ama-phone angama-unregistered ngoba u-Eskom ucishe ugesi endaweni yonke. Sizobheka uma ugesi ubuya.`),
    no(`Molo, sicinga ukuvula i-RST mode ukunciphisa i-TIME_WAIT, kodwa kwi-lab kuphela okwangoku. Ingaba kukho nto ekufuneka siyilungiselele kwi-pfSense ngaphambi koko? Akukho ngxaki ngoku.`),
    no(`Hallo, net 'n opdatering: die 'cannot assign requested address' fout van verlede week was op ons ou toetsbediener, nie op die produksie VOS nie. Ons het dit afgeskakel. Niks om te doen nie.`),
    no(`Lumela, re sebedisa UDP feela bakeng sa di-phone tsohle, TCP ha e sebediswe. Na SS_TCP_CLOSE_RESET e ka ama registration ya rona? Ke potso feela.`),
    no(`Guys ignore my message from this morning about the firewall dropping RST. It was the SonicWall at the client's other branch which doesn't even route to VOS. All good on our side.`),
    no(`Dear support, our consultant suggests enabling RST mode. Our phones are all behind NAT over TCP. Before we do anything, is it a bad idea? We have not changed anything yet.`),
    no(`[voice note] Eeh, sawa, nilitaka kusema tu kwamba zile simu za tawi la Arusha ambazo zilikuwa unregistered, kumbe fundi alikuwa amebadilisha IP ya server kwenye simu kimakosa, tumerudisha na sasa ziko sawa, RST hatukuwahi kuigusa`),
    no(`Boss, the 28k TIME_WAIT screenshot I sent yesterday was from the Asterisk box in Mbarara, not VOS. VOS is at 300. Sorry for the confusion.`),
    no(`Walaal, sheekada la ii sheegay waxay ahayd in RST mode uu jabiyo phone-yada NAT. Annagu weligeen ma shidin, Off buu yahay. Kaliya waxaan rabay inaan hubiyo in update-ka cusub aanu shidin.`),
    no(`Forwarded: "Twumvise ko hari abakiriya bafite ikibazo cya BindException kuri VOS yanyu. Ese natwe tuzagerwaho?" Umukiriya wacu arabaza. Twe nta kibazo dufite, ndashaka kumusubiza neza.`),
    no(`Ndeko, ba phone na biso ya NAT ezali registered malamu, tobongoli RST te. Nalingi kaka koyeba soki ezali malamu kotia keepalive 30s na Yealink, pona ko prévenir.`),
    no(`Hesi team, zvakanaka. The ASA was dropping packets last month but that was before we reverted RST back to Off, since then no issues. Just closing the loop for your records.`),
    no(`Bonjour, hypothèse: si demain on passe à 200 CPS, est-ce qu'on risque l'épuisement des ports? Aujourd'hui on est à 20 CPS et 300 TIME_WAIT, donc rien d'urgent.`),
    no(`Hawu, monitoring yethu ibithi 'SIP TCP RST storm' kodwa kwakuyi-test eyenziwa ngu-pentester esimqashile. Akukho okuphukile. Sithi nje ukuze nazi.`),
  ],
  portExhaustion: [
    pe(`Habari support, kila jioni saa mbili usiku wakati wa peak, calls za kwenda carrier wa TCP zinakataa. Log ya VOS inaonyesha 'connect failed: Cannot assign requested address'. ss -s inaonyesha timewait elfu 28. Tukirestart inatulia kwa saa moja tu.`),
    pe(`Boss switch imekataa tena! TIME_WAIT ziko 30k+, calls hazipiti kwa carrier, zile za UDP ziko poa. Hii ni mara ya tatu wiki hii. Saidieni haraka`),
    pe(`Ssebo, ku ssaawa z'akawungeezi (peak) calls ezigenda ku carrier zigaana. Log: 'java.net.BindException: Address already in use: connect'. netstat eraga TIME_WAIT 31,000. Bwe tukola restart bitereera okumala akaseera.`),
    pe(`ሰላም፣ ማታ ከ2 ሰዓት ጀምሮ ወደ carrier የሚወጡ TCP ጥሪዎች አይሳኩም። ss -s: timewait 29514። restart ስናደርግ ለጊዜው ይስተካከላል ከዛ ይመለሳል። እርዱን።`),
    pe(`ሰላም፣ ኣብ ግዜ peak ሓደስቲ TCP connections ናብ carrier ኣይክፈቱን። log ብዙሕ 'EADDRINUSE' የርእየና። TIME_WAIT ልዕሊ 27000 እዩ። ለይቲ ግን ጽቡቕ ይሰርሕ።`),
    pe(`Walaal, CPS-ku marka uu gaaro 150 wicitaanada u baxaya carrier-ka TCP-ga waa fashilmayaan. netstat | grep TIME_WAIT | wc -l = 32 000. Subaxdii way fiican yihiin. Maxaa dhacaya?`),
    pe(`Muraho, buri mugoroba kuva saa mbiri, VOS ntishobora gufungura connection nshya za TCP ku ba carrier. Log ivuga 'cannot bind local address'. TIME_WAIT ziri hafi 30 000. Iyo dukoze restart birakemuka by'akanya gato.`),
    pe(`Amahoro, ku mugoroba amahamagara menshi arapfa. ss -s yerekana timewait 28761. Log ya softswitch: 'socket bind failed: Address already in use' ku ma connection aja kuri carrier. Bukeye vyose bimeze neza.`),
    pe(`Mbote, na pokwa tango trafic ebuti makasi, appels oyo ekendaka na carrier na TCP ekatanaka. Log elobi 'Cannot assign requested address'. TIME_WAIT ebuti kino 30k. Soki to redémarrer, esalaka malamu mwa ngonga moke.`),
    pe(`Bonsoir, urgent: depuis 19h nos appels sortants vers l'opérateur en SIP TCP échouent massivement. netstat montre 31 204 sockets en TIME_WAIT et les logs mbx3000 affichent "bind: Address already in use" à chaque nouvelle connexion sortante. Hier pareil, ça revient chaque soir à l'heure de pointe.`),
    pe(`Hi team this again tonight
$ ss -s
Total: 33102 (kernel 0)
TCP:   32877 (estab 410, closed 32301, orphaned 0, synrecv 0, timewait 32290/0), ports 0
and calls to the carrier over TCP just fail at peak. ip_local_port_range is 32768 60999. help pls`),
    pe(`Moni, madzulo pamene ma call achuluka, VOS ikulephera kulumikiza ku carrier pa TCP. Ndikaona netstat, TIME_WAIT ndi 29,000 kupitilira. Tikayambitsanso server zimakhala bwino kwa kanthawi. Zikuchitika tsiku lililonse.`),
    pe(`Mhoro, manheru ese pa peak macall anoenda ku carrier anokundikana. Log yeVOS inoti 'connect: Cannot assign requested address'. TIME_WAIT dzinosvika 30 000. Mangwanani zvinenge zvakanaka. Tibatsirei.`),
    pe(`Sawubona, ngesikhathi se-peak ama-call aya ku-carrier nge-TCP ayehluleka. Ama-log athi 'BindException: Address already in use'. Ama-TIME_WAIT angu-28 000. Kuyalunga uma siqalisa kabusha, kodwa kuyabuya.`),
    pe(`Molo, rhoqo ngorhatya xa kuxakeke kakhulu, i-softswitch ayikwazi ukuvula ii-connection ezintsha ze-TCP kwi-carrier. Kukho ii-TIME_WAIT ezingaphezu kwama-30 000. Nangoku kuyenzeka kwakhona.`),
    pe(`Goeienaand, ons VOS kan nie meer nuwe TCP-verbindings na die carrier oopmaak nie sodra ons by 120 CPS kom. Log: 'EADDRINUSE' op uitgaande konneksies. TIME_WAIT staan op 31 000. Na 'n herbegin werk dit weer vir 'n uur of twee.`),
    pe(`Lumela, mantsiboea ha di-call di le ngata, di-call tse yang ho carrier ka TCP di a hloleha. Ke bona TIME_WAIT e le 29 000. Log e re 'Cannot assign requested address'. Hoseng ho lokile. Re thuse.`),
    pe(`[voice note] hello hello, yes so like I was saying, from around 8pm the switch just stops sending calls to the Safaricom trunk, the TCP one, and when I check there are like 30 thousand TIME_WAIT sockets, the logs are full of address already in use, then we restart and its okay then it comes back after an hour, we are losing money please`),
    pe(`Dear Support, since we added the new wholesale customer our CPS reaches 180 in the evening and outgoing SIP TCP to carriers fails with 'Cannot assign requested address'. ss shows ~28k TIME_WAIT. Restart helps temporarily. Please advise urgently.`),
    pe(`Boss, tumefikia TIME_WAIT elfu 30 tena leo jioni, outbound calls kwa carrier zote za TCP zinafail na 'address already in use'. Kesho asubuhi itakuwa poa lakini jioni inarudi. Tumechoka na hii kitu.`),
    pe(`Boss see this from tonight:
2024-03-11 20:14:02 [ERROR] TcpTransport connect to 197.239.x.x:5060 failed: bind: Address already in use
2024-03-11 20:14:02 [ERROR] TcpTransport connect to 197.239.x.x:5060 failed: bind: Address already in use
netstat -ant | grep -c TIME_WAIT
29877
Kati tukole tutya? Calls zigaana.`),
    pe(`Walaal shaqadiinu ma shaqaynayso!! habeen walba 9ka kadib wicitaanadu carrier-ka uma gudbaan, TIME_WAIT 31k, 'cannot assign requested address'. Markaan restart sameeyo way fiicnaataa kadibna way soo laabataa. Hadda hagaajiya`),
    pe(`Forwarded from NOC: "Saa 20:30 ss -s: timewait 27903. Outbound TCP kuri carrier zose zirapfa, logs: EADDRINUSE. Twongeye gutangiza mbx3000d, bisubira ku murongo nyuma y'iminota 40." Mudufashe, bikomeje kugaruka buri munsi.`),
    pe(`Ndeko, ba appels sortants na TCP ekweyi lisusu lelo na pokwa. ss -s elobi timewait 30 112. Log: 'BindException'. Na butu esalaka malamu. Tozali kobungisa mbongo, salisa biso.`),
    pe(`Hie team, the switch ran out of ports again tonight at peak. TIME_WAIT 28 400, new connections to the carrier failing, outbound TCP only. We restarted at 21:00 and it's creeping up again. Zviri kuitika mazuva ese.`),
    pe(`encore ce soir: 30 000 TIME_WAIT, plus aucune nouvelle connexion TCP vers les opérateurs, "Cannot assign requested address" partout. Ça recommence tous les soirs vers 20h.`),
    pe(`Guys please check urgently
netstat -ant | awk '{print $6}' | sort | uniq -c
    412 ESTABLISHED
  30218 TIME_WAIT
     14 LISTEN
calls to MTN and Vodacom trunks (TCP) failing since 19:30, log says cannot assign requested address. Yesterday same time.`),
    pe(`ሰላም፣ ዛሬ ማታም እንደ ትላንቱ፤ CPS 200 ሲደርስ 'address already in use' በየ outgoing connection ላይ። TIME_WAIT 30,500። ጠዋት ጠዋት ጥሩ ነው። ዘላቂ መፍትሄ ያስፈልገናል።`),
    pe(`TIME_WAIT 28k, outbound TCP imekufa, address already in use. tena. fix please`),
    pe(`Molo bhuti, i-VOS iphinde yayeka ukuthumela ii-call kwi-carrier ngo-8 ebusuku. 'java.net.BindException: Cannot assign requested address'. ss -s ithi timewait 29 990. Senza restart, kulunge, kuphinde kubuye emva kweyure.`),
  ],
  natUnregistered: [
    nat(`Habari, tangu mlipowasha RST mode (SS_TCP_CLOSE_RESET=On) jana kwenye switch yetu, simu zote za tawi la Kisumu zilizo nyuma ya MikroTik zinaonyesha unregistered. Zinatumia TCP. Zile zenye public IP ziko poa.`),
    nat(`Boss tangu mbadilishe ile setting ya RST juzi, extensions za wateja wa home (wako nyuma ya router za Safaricom home fibre, TCP) zinadrop registration kila baada ya dakika chache. Za UDP hazina shida.`),
    nat(`Ssebo, okuva lwe mwateeka SS_TCP_CLOSE_RESET ku On, essimu za branch yaffe e Jinja (emabega wa router, TCP) zibeera unregistered buli kaseera. Ezo ezirina public IP zikola bulungi.`),
    nat(`ሰላም፣ RST mode ትላንት On ከተደረገ ጀምሮ ከNAT (MikroTik) ጀርባ ያሉ Yealink ስልኮች TCP ላይ register አይቆዩም፣ unregistered እያሉ ይመላለሳሉ። public IP ያላቸው ግን ጥሩ ናቸው።`),
    nat(`ሰላም፣ SS_TCP_CLOSE_RESET On ምስ ተገብረ፣ ኣብ ድሕሪ NAT ዘለዉ ስልክታት (TCP) ካብ registration ይወድቑ ኣለዉ። ብUDP ዝሰርሑ ግን ጸገም የብሎምን።`),
    nat(`Walaal, tan iyo markii RST mode la shiday, phone-yada ku jira gadaasha router-ka (NAT) ee xafiiska Garowe ee TCP isticmaala waxay noqdaan unregistered mar walba. Phone-yada public IP-ga leh waa fiican yihiin.`),
    nat(`Muraho, kuva aho mushyiriye SS_TCP_CLOSE_RESET kuri On, telefoni zacu ziri inyuma ya router (NAT) zikoresha TCP zihora zitakaza registration. Izifite IP rusange nta kibazo.`),
    nat(`Amahoro, kuva RST mode yashizwe kuri On ku wa kabiri, terefone z'abakozi bakorera i muhira (inyuma ya router, SIP TCP) zirerekana unregistered. Iziri kuri UDP nta ngorane zifise.`),
    nat(`Mbote, banda bafungoli RST mode na switch, ba phone na biso oyo ezali sima ya routeur (NAT) na succursale ya Matadi, na TCP, ekomi unregistered mbala na mbala. Oyo ezali na IP publique ezali malamu.`),
    nat(`Bonjour, depuis l'activation de SS_TCP_CLOSE_RESET=On avant-hier, les postes derrière NAT (MikroTik au bureau de Goma) qui s'enregistrent en TCP perdent leur enregistrement toutes les quelques minutes. Les postes avec IP publique et ceux en UDP fonctionnent normalement.`),
    nat(`Hi team, ever since RST mode was switched on last week, our Kitwe branch Grandstreams behind the MikroTik keep going unregistered. They use TCP transport. HQ phones on public IPs are fine. Please check.`),
    nat(`Moni, kuyambira pomwe RST mode inayatsidwa, mafoni a ku Lilongwe omwe ali kuseri kwa router (NAT) pa TCP akumangotuluka mu registration. Amene ali pa public IP ali bwino.`),
    nat(`Mhoro, kubva pamakachinja RST kuita On, maphone edu ari kuseri kwerouter (NAT) kuBulawayo branch ari kungoita unregistered. Anoshandisa TCP. Ane public IP haana dambudziko.`),
    nat(`Sawubona, selokhu kwavulwa i-RST mode, amaphone ethu asemuva kwe-router (NAT) e-Durban branch asebenzisa i-TCP ayaphuma ku-registration njalo. Lawo ane-public IP asebenza kahle.`),
    nat(`Molo, okoko kwavulwa i-SS_TCP_CLOSE_RESET, iifowuni zabasebenzi abasebenzela emakhaya (emva kwee-router, TCP) zihlala zi-unregistered. Ezo zisebenzisa i-UDP zilungile.`),
    nat(`Goeiedag, vandat julle die RST-modus aangeskakel het, val ons fone agter die MikroTik (NAT) in die Kaapstad-tak gedurig uit registrasie. Hulle gebruik TCP. Fone met publieke IP's is reg.`),
    nat(`Lumela, ho tloha ha RST mode e butswe, di-phone tsa rona tse ka morao ho router (NAT) Maseru, tse sebedisang TCP, di lula di le unregistered. Tse nang le public IP di hantle.`),
    nat(`Hi support, since SS_TCP_CLOSE_RESET went to On on Monday:
- 40 Yealinks behind the Mikrotik at the Westlands office (SIP over TCP) flapping registered/unregistered every 2-5 min
- phones with static public IP: fine
- UDP softphones: fine
Looks connected to the change. Can you check?`),
    nat(`Dear team, after your engineer enabled RST mode on our VOS for the TIME_WAIT issue, all home-based agents (behind home routers, Zoiper over TCP) keep losing registration. Office phones on public IP are ok. Please fix.`),
    nat(`[voice note] Eeh habari, ni mimi wa kampuni ya Dar, sasa hivi tangu jana mlipoweka ile RST on, simu zote za wafanyakazi wanaofanya kazi nyumbani zinaonyesha unregistered, zinarudi zinapotea zinarudi, zile za ofisi hazina shida kwa sababu ziko na public IP, tusaidieni`),
    nat(`Boss since RST was turned On yesterday the Mbarara branch phones (behind the router, using TCP) keep unregistering. Phones at HQ with public IP fine. Tukole ki?`),
    nat(`Forwarded from customer: "Phone-yadayada oo dhan waxay leeyihiin No Service/unregistered tan iyo shalay." Walaal, customer-kan wuxuu ku jiraa gadaal NAT router ah, TCP ayuu isticmaalaa. Shalay ayaa RST mode la shiday. Customer-yada public IP-ga leh waa caadi.`),
    nat(`Muraho, reba log:
REGISTER sip:voip.example.rw transport=tcp from 41.186.x.x:40122 (NAT)
... registration expired for 1012, 1013, 1015, 1020
Ibi byatangiye nyuma yo gushyira RST mode kuri On. Telefoni zifite IP rusange zo ziri registered.`),
    nat(`Boni, depuis RST na On, ba postes ya ba clients ya ndako (derrière box internet, TCP) ekomi "non enregistré" mbala na mbala. Ba postes na IP publique ezali malamu. Tosala nini?`),
    nat(`Hesi, ever since you switched on the RST thing on the softswitch, our Harare office phones behind the NAT router keep going offline, registration failed. Zvinoshanda kwechinguva zvobva zvadonha. Public IP phones are fine. Please revert or fix.`),
    nat(`yoh since RST On all the NAT phones on TCP unregistered again, public IP ones fine. please sort`),
    nat(`Bonjour, je vous résume: mardi vous avez passé SS_TCP_CLOSE_RESET à On pour les TIME_WAIT. Depuis, 60 postes Fanvil derrière le routeur MikroTik de l'agence de Bukavu (transport TCP) apparaissent non enregistrés dans VOS, par vagues. Les trunks avec IP publique et les téléphones en UDP n'ont aucun souci. Le problème est toujours en cours.`),
    nat(`RST mode On ከሆነ ወዲህ የNAT ስልኮች TCP ላይ unregistered ናቸው። public IP ያሉት ምንም አልሆኑም። አሁንም እየሆነ ነው።`),
    nat(`Nyinyi mliwasha hiyo RST sasa simu za wateja wetu wa nyumbani (NAT, TCP) ziko unregistered siku nzima!! za public IP ziko fiti. Rudisheni haraka`),
    nat(`Moni, since RST mode On, the softphones of our field agents on mobile data (carrier NAT, TCP) keep losing registration. Mafoni a ku ofesi a public IP ali bwino. Chonde thandizani.`),
  ],
  firewallRst: [
    fw(`Habari, tangu RST mode iwashwe kwenye VOS, calls zinazopita kwenye FortiGate yetu kwenda carrier zinakwama au zinakataa. Log ya FortiGate inaonyesha 'TCP RST dropped, no session'. Upande wa carrier connections zinabaki ESTABLISHED.`),
    fw(`Boss since mliwasha RST, calls kupitia pfSense yetu zinahang kama dakika, then zinadrop. pfSense log iko na RST zimeblockiwa 'state mismatch'. Saidieni.`),
    fw(`Ssebo, okuva SS_TCP_CLOSE_RESET lwe kyateekebwa ku On, calls eziyita mu ASA firewall yaffe zigaana oba ziwanika. ASA log eraga 'Deny TCP (no connection) flags RST'.`),
    fw(`ሰላም፣ SS_TCP_CLOSE_RESET On ከተደረገ ጀምሮ በFortiGate በኩል የሚያልፉ ጥሪዎች ይወድቃሉ ወይም ይንጠለጠላሉ። የfirewall log 'RST dropped' ያሳያል፤ በcarrier በኩል connection ዎቹ ESTABLISHED ሆነው ይቀራሉ።`),
    fw(`ሰላም፣ RST mode ምስ ተኸፍተ ካብ ሽዑ፣ ብpfSense ዝሓልፉ ጻውዒታት ይወድቑ። log ናይ firewall ብዙሕ 'RST blocked' የርእይ። እቲ ካልእ ወገን connection ክፉት ገዲፉ ይተርፍ።`),
    fw(`Walaal, tan iyo markii RST mode la shiday, wicitaanada maraya firewall-ka SonicWall waa fashilmayaan ama way xanibmaan. Log-ga SonicWall: 'TCP packet received on non-existent/closed connection; TCP packet dropped' flags RST.`),
    fw(`Muraho, kuva RST mode yashyirwa kuri On, amahamagara anyura muri firewall yacu (iptables conntrack) arapfa cyangwa agahagarara. Log: 'INVALID state RST DROP'. Ku ruhande rwa carrier connections zigumaho ESTABLISHED.`),
    fw(`Amahoro, kuva SS_TCP_CLOSE_RESET ishizwe kuri On, amahamagara aca muri FortiGate arananirwa. Log ya firewall yerekana RST zitabwa (dropped). Ku ruhande rw'abo dukorana, connection zigumaho zuguruye.`),
    fw(`Mbote, banda RST mode ezali On, ba appels oyo eleki na firewall ASA na biso ekweyi to etelemi. Log ya ASA elobi 'TCP RST denied, no connection'. Na ngambo ya carrier ba connexions etikali ESTABLISHED.`),
    fw(`Bonjour, depuis le passage de SS_TCP_CLOSE_RESET à On, les appels qui traversent notre pfSense vers le carrier échouent ou restent bloqués. Le pfSense journalise les paquets RST comme bloqués (état invalide) et le carrier nous dit que ses connexions TCP restent ouvertes en ESTABLISHED.`),
    fw(`Hi, since RST mode got enabled on Thursday, calls going via our Sophos firewall to the Zamtel trunk fail half the time. Sophos log shows 'Invalid TCP packet - RST' being dropped. Zamtel says they see stale ESTABLISHED sessions from us.`),
    fw(`Moni, kuyambira RST mode inayatsidwa, ma call odutsa pa firewall yathu (FortiGate) akulephera kapena kuima. Log ya firewall ikuonetsa kuti RST packets zikutayidwa. Kumbali ina ma connection amakhalabe ESTABLISHED.`),
    fw(`Mhoro, kubva RST mode yaiswa ku On, macall anopfuura nemufirewall yedu (pfSense) ari kukundikana. Firewall log inoratidza RST packets dzichidonhedzwa. Kune rimwe divi maconnection anosara ari ESTABLISHED.`),
    fw(`Sawubona, selokhu kwavulwa i-RST mode, ama-call adlula ku-FortiGate yethu ayehluleka noma ayalenga. I-log ye-firewall ibonisa ama-RST packets elahlwa. Ngakolunye uhlangothi ama-connection asala e-ESTABLISHED.`),
    fw(`Molo, okoko i-SS_TCP_CLOSE_RESET yaba ku-On, ii-call ezidlula kwi-security group ye-AWS ziyasilela okanye zixhome. I-carrier ithi ii-connection zihlala zivulekile kwicala labo, ESTABLISHED.`),
    fw(`Goeiemiddag, sedert RST-modus aan is, misluk oproepe wat deur ons FortiGate gaan of hulle hang. Die firewall-log wys 'RST dropped - no matching session'. Die carrier sê hul kant hou half-oop verbindings in ESTABLISHED.`),
    fw(`Lumela, ho tloha ha RST mode e butswe, di-call tse fetang ka firewall ya rona (pfSense) di a hloleha kapa di a ema. Log ya firewall e bontsha hore di-RST packets di a lahlwa. Carrier e re di-connection di sala di butswe.`),
    fw(`Hi support, issue since RST On yesterday. Calls through our pfSense are hanging then failing. pfSense log:
Mar 12 19:02:11 filterlog: 41,,,1000000103,em0,match,block,in,4,0x0,,64,0,0,DF,6,tcp,40,102.x.x.x,197.x.x.x,5060,51234,0,R,,,0,,
Mar 12 19:02:12 filterlog: 41,,,1000000103,em0,match,block,in,4,0x0,,64,0,0,DF,6,tcp,40,102.x.x.x,197.x.x.x,5060,51240,0,R,,,0,,
blocking on the R flag all day. Carrier says they still see our connections as ESTABLISHED.`),
    fw(`Dear Support, since your team enabled RST mode, calls routed through our Cisco ASA fail intermittently. ASA syslog: '%ASA-6-106015: Deny TCP (no connection) from 10.10.1.5/5060 to 196.x.x.x/43120 flags RST on interface inside'. The carrier keeps half-open sessions. Please help.`),
    fw(`[voice note] habari, nataka kuripoti tatizo, tangu ile RST ya VOS iwashwe, calls zikipita kwenye firewall yetu ya Sophos zinakatika au zinakaa tu kimya, mtu wetu wa network anasema firewall inatupa zile RST, na carrier anasema connections kwao zinabaki wazi`),
    fw(`Boss, since you turned RST On, calls through the FortiGate to the Airtel trunk are failing. FortiGate says RST packets denied, 'no session matched'. Airtel see stuck ESTABLISHED connections. Mutuyambe.`),
    fw(`Walaal, tan iyo RST On, wicitaanada maraya iptables (conntrack) ee Muqdisho way istaagaan. dmesg: 'nf_conntrack: invalid packet ... RST' oo DROP ah. Dhinaca carrier-ka connection-adu waxay ku harayaan ESTABLISHED.`),
    fw(`Forwarded from our network team: "Kuva RST mode yashyirwa kuri On, SonicWall irimo guta RST packets (TCP packet received on non-existent/closed connection; dropped). Amahamagara aca muri yo arapfa." Mudufashe.`),
    fw(`Boni, depuis RST On, ba appels oyo eleki na FortiGate ya siège ekweyi to ekangami. Log: 'RST dropped'. Carrier alobi ba sessions TCP etikali ouvertes na ngambo na ye.`),
    fw(`Hie team, since RST mode went On on our VOS, calls through the pfSense at our Harare DC hang then drop. Firewall logs full of blocked RST packets. The carrier's side still shows ESTABLISHED. Zviri kuitika izvozvi.`),
    fw(`since RST on, calls via the fortigate dying, logs show RST dropped, carrier stuck ESTABLISHED. pls help now`),
    fw(`Bonsoir, depuis que SS_TCP_CLOSE_RESET est à On, les appels qui passent par notre passerelle Linux (iptables avec conntrack, règle -m state --state INVALID -j DROP) échouent ou restent figés. Les compteurs de la règle INVALID montent sans arrêt, ce sont les RST. Côté opérateur les sessions restent ESTABLISHED (half-open).`),
    fw(`RST mode On ከሆነ ጀምሮ በASA በኩል ጥሪዎች ይቋረጣሉ። log: 'Deny TCP (no connection) flags RST'። አሁንም እየሆነ ነው።`),
    fw(`Mmeharibu! tangu RST On, calls kupitia FortiGate zinakwama, log inaonyesha RST zinatupwa, carrier anasema sessions zimebaki open. Rekebisheni sasa hivi`),
    fw(`Moni, since RST mode On, calls through the cloud security group (Azure NSG) to our carrier fail. Carrier side keeps connections half-open ESTABLISHED. Chonde tithandizeni.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning240Set: readonly EvalItem[] = Object.values(tuning240Families).flat();
