import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 operators, resellers and their NOC staff in Kenya, Tanzania, Uganda, Ethiopia, Somalia, Rwanda, Zambia,
 * Zimbabwe and South Africa, writing on WhatsApp in Swahili, Sheng, Luganda, Amharic (Ge'ez script), Somali,
 * Kinyarwanda, Nyanja, Shona, Ndebele, Zulu, Xhosa, Afrikaans and township or East African English, freely mixed with
 * English technical words. Figures appear as elfu 28, 30k, 28,000, 30 000, ibihumbi 30, emitwalo esatu or 3万; they
 * paste netstat, ss -s, conntrack and firewall logs, forward notes from staff, and send voice-note transcripts.
 *
 * The two-hundred-and-twenty-fourth tuning split, written as the two-hundred-and-twenty-fourth never-tuned evaluation
 * set because East and Southern African operators mix a dozen languages, two scripts and their English in one message.
 * Five negative families of 27 (one service that cannot bind its own port, registration lost for another reason, small
 * figures and questions, firewall work without dropped RST, playbook words denied or explained) and three positive
 * families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * before the seventy-sixth round of rules by someone who had read only the playbooks' symptoms and the domain notes,
 * without the matcher, its rules or the other sets in view; measured as such before and after the seventy-sixth round,
 * then made tuning material for the seventy-seventh: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 96.7 %, negatives confident 0.7 %, confident wrong 0 % with the
 * rules of the seventy-fifth round, before the seventy-sixth.
 * After the seventy-sixth round: the same.
 * After the seventy-seventh round, tuned on: in scope 100 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning224Families = {
  oneListeningPort: [
    no(`Habari, nimejaribu ku-start tomcat ya VOS web manager baada ya reboot lakini inasema "java.net.BindException: Address already in use: JVM_Bind" kwa port 8080. Nimeangalia netstat -tlnp naona httpd ndio imeshika 8080. Nifanyeje?`),
    no(`bro mbx3000d imekataa kuwaka, log inasema bind 0.0.0.0:5060 failed address already in use. kumbe yule dev aliweka asterisk kwa hii server ya test juzi na bado iko on. nikiiua iko sawa ama?`),
    no(`[root@vos ~]# service mbx3000d start
Starting mbx3000d:                                         [FAILED]
[root@vos ~]# tail -2 /home/kunshi/mbx3000/log/mbx3000d.log
[ERR] SipTransport bind udp 0.0.0.0:5060 errno=98 Address already in use
[ERR] init failed, exit
ps ibonisa ama-mbx3000d amabili. Ngicabanga eyodwa yasala emva kwe-upgrade. Ngibulale le endala?`),
    no(`Ssebo, nagezezzaako okutandika mysql mu docker ku server ya VOS:
docker: Error response from daemon: driver failed programming external connectivity on endpoint reports-db: Bind for 0.0.0.0:3306 failed: port is already allocated.
MySQL ya VOS yennyini ye ekutte 3306. Nkyuse port ya container?`),
    no(`ሰላም፣ የVOS3000 web manager አይከፈትም። catalina.out ላይ "Address already in use" ይላል port 8080 ላይ። ትላንት ልጁ ሌላ Apache ጭኗል መሰለኝ። እንዴት ላስተካክለው?`),
    no(`Salaan, sshd ma kacayo kadib markaan port-ka u beddelay 2222. journalctl: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." Waxaa ku jira ssh tunnel kale oo aan horey u sameeyay oo isla port-kaas haysta.`),
    no(`Muraho, redis ntiyatangira kuri server ya VOS: "Could not create server TCP listening socket *:6379: bind: Address already in use". Ndabona hari indi redis yari isanzwe ikora yashyizweho n'umukozi wacu. Nyihagarike?`),
    no(`Mhoro, ndaisa nginx pa server yeVOS kuti ndiite reverse proxy yeportal asi inoramba ichiti bind() to 0.0.0.0:80 failed (98: Address already in use). Ndaona kuti httpd iri kushanda pa80 kare. Ndodzima imwe here?`),
    no(`Goeie môre. Ons ontwikkelaar kry op sy laptop: "Error: listen EADDRINUSE: address already in use :::3000" as hy npm run dev doen. Hy vra of dit die softswitch is wat die poort vat, maar dis nie eens op die bediener nie, dis op sy eie Windows laptop.`),
    no(`Molo, i-mysqld ayiqali emva kokuba ndi-install-e i-MariaDB entsha ecaleni kwe-VOS. Log ithi "Can't start server: Bind on TCP/IP port: Address already in use" ku-3306. Ndicinga i-mysql endala isasebenza.`),
    no(`eish guys I installed a second VOS instance on the same box to test the new version and now the second one cries "5060 bind failed EADDRINUSE". the first one is still running fine shame. do I just change the SIP port on the second one or what`),
    no(`Muli bwanji, ndayesa kuyambitsa VOS3000 web client koma ikuti port 80 already in use. Nginx ya ma website athu ili pa server imodzimodzi. Kodi tingasinthe port ya web client ku 8081?`),
    no(`Sawubona, i-tomcat ka-VOS3000 ayivuki, ithi "SEVERE: Failed to initialize connector, Address already in use <null>:8443". Izolo ngifake i-apache ne-certbot ukuze ngithole i-SSL. Kungenzeka yiyo ethathe i-8443?`),
    no(`*Forwarded*
From our sysadmin: "Server ya billing haiwaki. postgres: could not bind IPv4 address 0.0.0.0: Address already in use. HINT: Is another postmaster already running on port 5432?"
Tafadhali mtusaidie, ni server ile ile ya VOS.`),
    no(`[voice note] eh ssebo, nze Ivan, nkola ku server yaffe eya VOS, bwe ntandika mbx3000d egamba nti five zero six zero address already in use, kati nalabye nti waliwo siproxd gye nateekako eggulo okugezaako ekintu... nkiggyeko?`),
    no(`Sanibonani, after the CentOS update the VOS3000 web portal won't come up. Here:
# netstat -tlnp | grep 8080
tcp   0   0 0.0.0.0:8080   0.0.0.0:*   LISTEN   2231/java
# /etc/init.d/vos3000webct start
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use
Kukhona i-java endala esahleli. Ngiyibulale?`),
    no(`Hi, our Java callback app on the same VOS box throws java.net.BindException: Address already in use when it starts, on port 9090. only that one port, calls are flowing normal. I think the old instance didn't die when we redeployed.`),
    no(`mbx3000d ma shaqeynayo, log: "bind 5060 failed". Waxaan arkay in kamailio uu ku jiro server-ka, qof ayaa ku rakibay. Ma joojiyaa kamailio?`),
    no(`ሰላም ወንድሜ፣ docker-compose up ሳደርግ "Bind for 0.0.0.0:80 failed: port is already allocated" ይላል። የVOS portal በ80 ላይ ነው። የኛን monitoring dashboard ነው ለማስነሳት የሞከርነው። ወደ 8088 ብቀይረው ችግር አለው?`),
    no(`Mwiriwe, ngerageje gutangiza Grafana kuri server ya VOS: "listen tcp 0.0.0.0:3000: bind: address already in use". Nta kindi kibazo dufite, amahamagara arakora neza. Ni ukubona port gusa.`),
    no(`msee nimeinstall webmin na inakataa ku-listen kwa 10000, inasema port in use. kumbe ni ile script ya python ya reports jamaa aliacha running kwa screen. ni fine kuikill?`),
    no(`Imi vanhu venyu, mbx3000d yangu haisi kuvhura, inoti Address already in use pa5060!!! Ndaita restart katatu. Zvino ndaona kuti pane imwe mbx3000d yakasara iri zombie process kubva pakuvandudza nezuro.`),
    no(`Ngicela usizo: i-SSH ayivuli emva kokushintsha i-sshd_config. "Bind to port 22 on :: failed: Address already in use." Kanti enye i-sshd endala isasebenza. Ngesaba ukuvalwa ngaphandle kwe-server.`),
    no(`Shikamoo, tumehamisha VOS kwenye VPS mpya ya Dar. Kumbe VPS ilikuja na panel ya hosting imeshika port 8080 na sasa VOS manager inasema "port 8080 was already in use". Tunaomba ushauri tubadilishe ipi.`),
    no(`Hallo, die nuwe Asterisk wat ons langs die VOS wil laat loop vir IVR toetse kla "Unable to bind to 0.0.0.0:5060: Address already in use". Moet ons hom maar op 5070 sit?`),
    no(`Boss the H323 gatekeeper service won't start, log says port 1719 already in use. I think our old GnuGk which we forgot to remove is still holding it. Can I just uninstall it without touching VOS?`),
    no(`Dear support, after installing Zabbix agent the VOS monitoring agent fails: bind(0.0.0.0:10050) Address already in use. Just this one port, everything else is fine. Which one should move? Thanks`),
  ],
  otherRegistrationCause: [
    no(`Simu zetu zote za ofisini ziko unregistered tangu asubuhi. Nimegundua KPLC wamekata stima na router iko off, UPS imeisha charge. Kuna njia ya kuzuia calls zisiende kwa voicemail mpaka stima irudi?`),
    no(`boss extensions za Zoiper zina-show "Registration failed 403 Forbidden" tangu tubadilishe password kwa portal jana. nilisahau ku-update kwa phones zenyewe. kuna njia ya kuzi-push zote?`),
    no(`Ssebo, amasimu gaffe aga Grandstream tegakyali registered. Twakyusizza server IP wiiki ewedde nga tugenda mu data centre empya, naye amasimu gakyalina IP enkadde mu config. Tugakyuse gamu ku gamu?`),
    no(`ሰላም፣ ሁሉም phones "unregistered" ይላሉ። ethio telecom internet ከትላንት ማታ ጀምሮ ተቋርጧል፣ ፋይበሩ ተቆርጧል አሉ። ከእናንተ በኩል ምንም ችግር የለም አይደል?`),
    no(`Account-yada SIP ee macaamiisheena qaar ayaa "expired" noqday, REGISTER-ka waxaa lagu celiyaa 401 Unauthorized. Miyaa licence-ka VOS dhacay mise waa account-yada kaliya?`),
    no(`Telefoni zacu za IP ntizikibasha kwiyandikisha. Twahinduye router tuyishyiramo nshya ya MTN ejo, kandi telefoni zose zikoresha UDP 5060. Numva bavuga ko SIP ALG ariyo ituma. Twayizimya gute?`),
    no(`Bane, ama phones yonse ku branch ya Kitwe yali unregistered from 14h to 22h. ZESCO load shedding, ne generator yalipwa diesel. Now ok. Just informing you in case you saw alarms.`),
    no(`Mhoro, foni dzangu dzeYealink dzinoti "Account 1 registration failed" kubvira tachinja DNS name kubva pa sip.oldname.co.zw kuenda pa voip.newname.co.zw. Ndarega A record ichiri kupropagater here?`),
    no(`Sawubona, i-softphone yami ku-Android iphelelwa yi-registration njalo uma ngikhiya ifoni. Umngane uthi yi-battery saver ebulala i-app uma isemuva. Ngiyivala kanjani lokho ku-Samsung?`),
    no(`Molo, ii-phones ezili-12 ziye zaba "unregistered" emva kokuba sicime ii-accounts ezindala kwi-VOS ngoLwesine. Andiqondi ukuba sicime ezingalunganga. Ingaba zingabuyiswa?`),
    no(`Môre, al ons fone by die Paarl kantoor is af. Die skoonmaker het glo die netwerkkabel uit die switch getrek. Ons kan eers môre iemand stuur. Kan julle die oproepe solank na my selfoon toe stuur?`),
    no(`yoh my guy all the phones at the tavern are showing "No Service". telkom line is dead since friday, they stole the copper again. nothing you can do hey`),
    no(`Customer log from his GXP:
REGISTER sip:voip.example.co.ke SIP/2.0 -> SIP/2.0 401 Unauthorized
REGISTER (with auth) -> SIP/2.0 403 Forbidden
He says he changed his SIP password on the customer portal this morning. Does the phone need the new password or is there sync delay?`),
    no(`Mteja wetu wa Arusha anasema gateway yake ya GoIP haiji registered tangu jana. Tumeangalia, akaunti yake imeisha muda (expired) tarehe 30 kwa sababu hajalipa. Tukimwekea muda mpya itarudi yenyewe?`),
    no(`Ilaa shalay fiber-ka Hormuud ee xafiiska ayaa go'an, sidaas darteed softphone-yadu waa unregistered. Mobile data-da markaan ku xirno way shaqeeyaan. Ma idinka ayaa dhibka leh mise ISP-ga?`),
    no(`The Cisco SPA phones went unregistered after we moved the office. The new building router is a Huawei with SIP ALG enabled and we use UDP 5060 on all phones. The IT guy says disable ALG and they will come back. Please confirm that is the way.`),
    no(`Sawubona, ifoni zethu zonke eBulawayo zithi unregistered. ZESA icimile kusukela ekuseni, i-inverter isiphelelwe ngamandla. Ngifuna nje ukwazi ukuthi ama-call azangena ngaphi uma ifoni zicimile.`),
    no(`Nnyabo, softphone ya MicroSIP egamba "Request Timeout" bw'ekola register. Wi-Fi yaffe yafudde ku ofiisi, tukozesa data ya MTN kati naye ne bundle eweddeko. Kino ky'ekivaako?`),
    no(`msee akaunti 3 za client wa Westlands zimepotea, sijui nani alizidelete kwa portal. phones zinasema 404 Not Found kwa REGISTER. mnaweza kuona kwa audit log nani alifuta?`),
    no(`Nyuma yo guhindura IP ya server ya VOS (twimukiye kuri datacenter nshya ya Kigali), telefoni 40 ntizikiyandikisha kuko zigifite IP ya kera muri config. Hari uburyo bwo kuzihindura zose icyarimwe ukoresheje provisioning?`),
    no(`[voice note transcript] hesi mukoma, ndiri kufona nezve mafoni ekuHarare, ese ari unregistered kubva mangwanani, asi ndaona kuti licence yeVOS yakapera nezuro, portal inoti license expired... ndoibhadhara kupi?`),
    no(`Nansi i-log ku-VOS: "REGISTER from 102.x.x.x rejected: wrong password, 5 attempts, account 7003 locked". Umsebenzi wethu ushintshe i-password kodwa wayibhala kabi ku-phone. Ngiyivula kanjani i-account?`),
    no(`Ons het die router vervang met 'n nuwe TP-Link en nou registreer die Fanvil fone nie meer nie. Alles loop op UDP. Die ou router het SIP ALG af gehad, die nuwe een het dit seker aan.`),
    no(`Hello, our Grandstream gateway at Ndola lost registration on Sunday. The technician found the PoE injector burnt after the storm. We replaced it and it registers again. Just asking if you saw anything on your side.`),
    no(`የsoftphone ተጠቃሚዎቻችን password ከቀየርን በኋላ "authentication failed 401" እያሉ ነው። አዲሱን password በphone ላይ አላስገቡም መሰለኝ። ከportal ላይ reset እንዴት ነው የምናደርገው?`),
    no(`Kwa nini simu za IP za Mombasa zote zinaonyesha Unregistered? Fundi anasema swichi ya PoE imeungua kwa radi jana usiku. Tunasubiri mpya kutoka Nairobi. Je, tunaweza kuelekeza calls kwa simu za mkononi?`),
    no(`Molweni, i-domain yethu sip.ourco.co.za iphelelwe ngoMgqibelo, asikhange siyihlawule. Ngoku ii-phones azikwazi ukufumana i-server, zithi "DNS lookup failed". Sizihlawulele, kodwa kuthatha ixesha elingakanani?`),
  ],
  smallFigures: [
    no(`Habari, nimeona ss -s inaonyesha TIME_WAIT 312 kwenye server yetu ndogo ya Nakuru, calls 20 kwa wakati mmoja. Ni kawaida au kuna shida inakuja?`),
    no(`ss -s
Total: 412 (kernel 530)
TCP:   187 (estab 61, closed 98, orphaned 0, synrecv 0, timewait 96/0), ports 0
Ssebo kino kiri bulungi? Kukebera kwa buli mwezi kwe tukola, tewali kizibu.`),
    no(`TIME_WAIT ምንድን ነው በትክክል? netstat ላይ 150 ያህል አያለሁ። ችግር ነው ወይስ የተለመደ ነው? አዲስ ነኝ በዚህ ስራ።`),
    no(`Su'aal kaliya: tcp_tw_reuse ma inaan shido? Server-keenu wuxuu gaaraa 40 CPS ugu badnaan, TIME_WAIT-ku waa qiyaastii 500. Wax cillad ah ma jiraan.`),
    no(`SS_TCP_CLOSE_RESET ikora iki mu by'ukuri? Ndimo nsoma softswitch.conf umurongo ku murongo. Nta kibazo dufite, ni amatsiko gusa.`),
    no(`Tine 28 TIME_WAIT chete pa server yedu yemuGweru. Zvinoreva kuti hatina basa rakawanda here kana kuti zvakanaka?`),
    no(`Ngibona ama-TIME_WAIT angu-600 ekuseni. Ku-Linux i-TIME_WAIT ithatha isikhathi esingakanani ngaphambi kokuthi iphele? Akukho nkinga, ngifuna ukwazi nje.`),
    no(`Hoeveel TIME_WAIT is normaal vir 'n VOS3000 met 150 gelyktydige oproepe? Ek sien so 900 in die middag. Geen foute in die log nie.`),
    no(`Molo, ndiyafunda nge-TCP states. Umahluko phakathi kwe-CLOSE_WAIT ne-TIME_WAIT yintoni? Sine-CLOSE_WAIT ezi-3 kuphela ne-TIME_WAIT ezingama-70.`),
    no(`bra quick one, is 400 TIME_WAIT normal? server is chilled, no complaints from clients.`),
    no(`netstat -an | grep TIME_WAIT | wc -l
237
low traffic sunday. just saving this for baseline before we onboard the new reseller.`),
    no(`Je, ip_local_port_range ya default 32768 60999 inatosha kwa switch yenye CPS 15? Bado hatuna tatizo lolote, tunapanga tu kabla ya kuongeza wateja.`),
    no(`niaje, boss anauliza kama tuweke RST mode On "just in case". tuko na TIME_WAIT kama 80 tu kwa peak. ni lazima kweli?`),
    no(`Ssebo, TIME_WAIT 1,200 ku ssaawa nnya ez'ekiro (peak yaffe). Tewali kizibu kyonna, calls zigenda bulungi. Kino kiri mu bipimo?`),
    no(`Hello, what's the difference between tcp_tw_reuse and tcp_tw_recycle? We read recycle was removed in newer kernels. We are on CentOS 7 with about 300 TIME_WAIT. Just planning, no problem now.`),
    no(`ss -tan state time-wait | wc -l
64
CPS-kayagu waa 5 ilaa 8. Tani waa caadi, sax?`),
    no(`Sawubona, ngicela ungichazele ukuthi i-ephemeral port iyini. Umphathi wami uthi sizaphelelwa ngama-port kodwa silama-TIME_WAIT angu-200 kuphela.`),
    no(`Twabonye "timewait 350/0" muri ss -s. Ese ni byiza? Dufite abakiriya 12 gusa kandi byose bikora neza.`),
    no(`Hi team, routine health check for Lusaka node: estab 120, timewait 410, orphaned 0, CPU 9%, load 0.3. All good? Thanks.`),
    no(`Ndiri kuda kunzwisisa: kana tikaisa SS_TCP_CLOSE_RESET=On, TIME_WAIT inoderera nei? Tine 300 chete saka hatidi kuchinja chero chinhu, kungoziva chete.`),
    no(`Vinnige vraag: wat beteken "timewait 120/0" in ss -s? Die "/0" deel verwar my. Ons het geen probleme nie.`),
    no(`[Ujumbe wa sauti] eeh habari yako, mimi ni Juma wa Mwanza, nilikuwa nauliza tu, server yetu inaonyesha kama TIME_WAIT mia tatu hivi saa za jioni, si tatizo sivyo? simu zinaenda vizuri tu...`),
    no(`ss -s ላይ "timewait 45/0" ይላል። ይሄ ቁጥር የሚያሳየው ምንድን ነው? ለምን ከestab ያንሳል?`),
    no(`Siphethe i-server entsha, 32 GB RAM, CPS engu-10. Ama-TIME_WAIT angu-700 ngesikhathi esimatasa. Kufanele sikhathazeke? Akukho ma-error nhlobo.`),
    no(`What does "orphaned" mean in ss -s? We have orphaned 2, timewait 180, estab 95. Nothing is failing, just curious.`),
    no(`Ndicela ucacise: ingaba i-net.ipv4.tcp_fin_timeout iyayinciphisa i-TIME_WAIT? Ndine-TIME_WAIT ezingama-90 kuphela, ndiyafunda nje.`),
    no(`Waxaan rabaa inaan fahmo farqiga u dhexeeya FIN iyo RST marka TCP la xirayo. Server-keena TIME_WAIT waa 150 kaliya. Ma jiro cillad.`),
  ],
  firewallNoRst: [
    no(`Tafadhali nifungulieni port 5060 UDP na RTP 10000-20000 kwenye firewall yenu. Carrier mpya wa Nairobi anakuja kesho na IP 196.201.x.x.`),
    no(`msee fail2ban imeban IP ya ofisi yetu kwa SSH baada ya jamaa ku-type password vibaya mara tano. nitaiunban aje bila kuzima fail2ban yote?`),
    no(`Ssebo, tusaba muteeke IP yaffe empya 102.85.x.x ku whitelist ya portal ne SIP. Tukyusizza ISP okuva ku Airtel kudda ku MTN eggulo.`),
    no(`ሰላም፣ አዲስ carrier ከዱባይ አለን። ለእሱ የfirewall rule እንዴት ልጨምር? iptables ነው የምንጠቀመው፣ SIP TCP 5060 እና RTP ብቻ።`),
    no(`Fadlan firewall-ka noogu xir dalalka aan u baahnayn (geo-block). Waxaa naga soo galaya SIP scanners badan oo ka yimid Yurub iyo Aasiya.`),
    no(`Muraho, turashaka gushyiraho rate limit kuri SIP REGISTER muri firewall kugira ngo twirinde brute force. Mwatugira inama ku mubare ukwiye ku isegonda?`),
    no(`Ndiri kuda kuita port forwarding paMikroTik kuti portal yeVOS ionekwe kubva kunze pa8080. dst-nat ndoinyora sei? Ndakaedza asi hazvisi kuvhura.`),
    no(`Sawubona, ngicela ungitshele ukuthi ngivule ama-port mangaki ku-FortiGate ukuze i-carrier entsha ikwazi ukungena. I-carrier isebenzisa i-SIP TCP 5060 kanye ne-RTP.`),
    no(`Ons pfSense wys honderde geblokte pakkies van 'n onbekende IP op 5060 elke uur. Is dit veilig om die hele land te blok of gaan ons dalk 'n draer afsny?`),
    no(`Molo, i-SIP ALG kwi-router yethu ye-Huawei, kufuneka siyicime? Umntu kwi-group uthe kufuneka. Akukho ngxaki okwangoku, ndiyabuza nje.`),
    no(`howzit, we getting a new carrier from Joburg tomorrow. they need our IP whitelisted on their side and we must whitelist theirs. can you add 41.x.x.x to the VOS gateway and the iptables please`),
    no(`fail2ban.log:
2024-05-02 09:13:44 fail2ban.actions [1234]: NOTICE [sip-vos] Ban 197.239.x.x
That is our reseller in Gulu, not a hacker. Please unban and add him to ignoreip so it doesn't happen again.`),
    no(`Firewall log:
Jan 12 10:14:22 vos kernel: IN=eth0 OUT= SRC=45.x.x.x DST=x.x.x.x PROTO=UDP SPT=5089 DPT=5060 DROP
thousands like this, user agent friendly-scanner. should I worry or is the firewall just doing its job?`),
    no(`Tunahitaji kufungua port 3306 kwa ajili ya reporting server yetu tu (IP moja, 10.20.0.15). Tuandike rule gani ya iptables ili wengine wasifike?`),
    no(`ሰላም፣ ASA firewall ላይ ለVOS web portal static NAT አድርገናል ግን ከውጭ አይከፈትም። port 8080 ነው። ACL ላይ ምን ጎደለ?`),
    no(`CSF firewall-ka ayaa xannibay IP-ga carrier-ka Kenya, "LF_SIPS" ayuu qoray. Sideen uga saaraa block-ga oo csf.allow ugu daraa?`),
    no(`Sawubona, i-ISP yethu ithi kumele sivule i-port 5061 ye-TLS. Ngenze i-rule ku-ufw: ufw allow 5061/tcp. Kulungile lokhu noma kukhona okunye?`),
    no(`Twaguze SonicWall nshya ku biro bya Huye. Ni izihe ports tugomba gufungura kugira ngo VOS3000 ikore neza (SIP, RTP, web)?`),
    no(`Hello, can you guys set geo-blocking so only Zambia, Malawi and SA can reach our SIP port? Too many hacking attempts from overseas at night.`),
    no(`boss security group ya AWS nimeongeza rule ya 5060 UDP lakini carrier bado hawezi kufika. niko na doubt kama CIDR niliweka sawa: 41.90.0.0/16`),
    no(`Ndaisa iptables rule ine -m limit --limit 20/s paSIP INVITE. Izvi zvichadzivisa macalls echokwadi pa peak here? Tine CPS 35 panguva yakamanikidzwa.`),
    no(`Sinenkampani entsha yama-carrier eThekwini. Bafuna i-IP yethu ibe ku-whitelist yabo futhi bathi sivule i-RTP range 10000-20000 UDP. Ngicela ungiqinisekise ukuthi yilokho kuphela okudingekayo.`),
    no(`Ons wil die webportaal net vanaf die kantoor se IP toelaat. Hoe sluit ek 8080 vir almal behalwe 105.x.x.x in iptables?`),
    no(`ለአዲሱ wholesale partner firewall whitelist ያስፈልጋል፡ 185.x.x.x/29። ከዚያ ውጪ SIP 5060 ለሁሉም ዝግ ይሁን። ትዕዛዙን ልትልኩልኝ ትችላላችሁ?`),
    no(`Ebintu bikola bulungi, naye njagala kumanya oba tulina okugaziya RTP port range ku firewall kubanga calls zeyongedde okuva ku 100 okutuuka ku 400 mu kaseera kamu.`),
    no(`Fwd from our IT guy: "iptables -A INPUT -p tcp --dport 5060 -s 154.x.x.x -j ACCEPT" — ingaba le rule ichanekile ukuvula i-carrier entsha esebenzisa i-TCP?`),
    no(`Mteja amelalamika kwamba IP yake imefungiwa na firewall yetu baada ya INVITE nyingi kwa sekunde (rate limit). Ni mteja halali wa call centre, tumwongezee limit vipi?`),
  ],
  negationContext: [
    no(`Tunatumia UDP peke yake kwa simu zote zilizo nyuma ya NAT, hakuna TCP hata moja. Je, hiyo RST mode mnayoongelea ina athari yoyote kwetu? Tunauliza tu kabla ya upgrade ya wiki ijayo.`),
    no(`bro simu za branch zilikuwa unregistered jana lakini ilikuwa ni baada ya kubadilisha password, tumeshafix zote. RST bado iko Off kama kawaida, hakuna kitu tumeguza.`),
    no(`Ssebo, alamu ya "TIME_WAIT high" eyajja ku Zabbix ekiro yali ya bwereere. Bwe twakebera twasanga threshold yali eteekeddwa ku 50 mu kifo kya 50000. Twagitereeza, byonna bulungi.`),
    no(`RST mode መቼም አላበራንም፣ SS_TCP_CLOSE_RESET ከመጀመሪያው Off ነው። ትላንት የነበረው የcall መቋረጥ የcarrier ችግር እንደነበር አረጋግጠናል። ለመረጃ ያህል ነው።`),
    no(`Haddii aan RST mode shidno, telefoonada NAT ka dambeeya ee TCP isticmaala ma go'i doonaan? Wali ma shidin, waa qorshe kaliya oo aan ka fikireyno bisha dambe.`),
    no(`Ni ikibazo cy'amahugurwa: kuki RST ishobora gutuma firewall ifite state ihagarika amahamagara? Ndimo ntegura isomo ry'abakozi bashya b'ikigo, nta kibazo dufite.`),
    no(`Ticket yekuti mafoni eNAT aive unregistered mushure mekubatidza RST — takaidzima svondo rapfuura uye zvese zvakanaka kubvira ipapo. Ndiri kungonyora for the record, vharai ticket iyoyo.`),
    no(`Le yi-server yethu ye-lab, hhayi i-production. Sivule i-RST ngamabomu ukuze sibone ukuthi ama-phone angemuva kwe-NAT azokwenzenjani, futhi kwenzeke lokho ebesikulindele. Sizoyivala thina ngokwethu. Bengitshela nje.`),
    no(`Ons het niks verander nie, RST is af en die fone registreer perfek. Ek wil net bevestig dat julle geen verandering aan ons bediener gaan maak tydens die instandhouding vanaand nie.`),
    no(`Umhlobo wam osebenza kwenye inkampani wandixelela ibali lakudala: xa bavula i-RST, i-FortiGate yabo yalahla ii-calls. Ingaba oko kunokwenzeka nakwi-VOS yethu? Thina asikayivuli, ndiyabuza nje.`),
    no(`nah fam the "cannot assign requested address" thing was on our old server back in 2022, that box is decommissioned. the new one has never shown it. just closing the loop on that old ticket.`),
    no(`For the record: last night's call failures were because the carrier in Mombasa had an outage, not the firewall and not RST. RST is off on our side. Carrier confirmed in writing.`),
    no(`Je, tukiwasha SS_TCP_CLOSE_RESET kwenye server mpya ambayo bado haijaanza kazi, tutahitaji kubadilisha chochote kwenye pfSense? Tunapanga tu, hakuna wateja bado.`),
    no(`Boss, the TIME_WAIT 30k you saw in my screenshot yesterday was from the load-test box, not production. Production sits around 300. No action needed, sorry for the confusion.`),
    no(`Our trainee asked: "if phones behind NAT lose registration, is it always RST?" I told him no, most times it is keepalive or a password. Am I right? Just for the training, nothing broken.`),
    no(`Dhibaatadii "address already in use" ee todobaadkii hore waa la xalliyay kadib markii aan ku darnay tcp_tw_reuse oo aan u wareegnay server weyn. Hadda waa caadi, kaliya waan idin ogeysiinayaa.`),
    no(`Sawubona, ama-phone ethu asemuva kwe-NAT asebenzisa i-UDP kuphela, asikaze sisebenzise i-TCP. Ngakho-ke le nto ye-RST eshiwo ku-newsletter ayisithinti, akunjalo?`),
    no(`Twibeshye kuri alarm: "firewall dropping RST" yari iya server ya email, ntabwo ari VOS. VOS nta kibazo ifite, amahamagara yose arakora.`),
    no(`Hi, the colleague who wrote yesterday about NAT phones unregistered, please ignore it. He was looking at the Lusaka test PBX, not the VOS. Sorry for the noise.`),
    no(`wasee hakuna mtu ameguza config, RST haijawahi kuwa On, hakuna firewall mpya. calls zinaenda poa. nataka tu report ya ASR ya mwezi uliopita.`),
    no(`Kana takabatidza RST mode kuti TIME_WAIT idzike, FortiGate yedu ichadonhedza maRST here? Hatisati tazviita, tiri kuronga mwedzi unouya tichiona kuti traffic yakura.`),
    no(`Ngiyabonga ngosizo lwenu ngesonto eledlule. Ama-phone e-NAT abuyela ku-registered ngemva kokuthi nicishe i-RST. Sekuyizinsuku eziyi-7 kungekho nkinga. Ngibhala nje ukunibonga.`),
    no(`Hipoteties: as ons later SS_TCP_CLOSE_RESET aanskakel en ons het tuisgebruikers agter NAT op TCP, wat moet ons vooraf doen? Ons het dit nog nie aangeskakel nie.`),
    no(`ባለፈው ወር የነበረው "BindException" ችግር ወደ አዲስ server ከተዛወርን በኋላ ጠፍቷል፣ ከዚያ ወዲህ አንድም ጊዜ አልተመለሰም። ለማሳወቅ ብቻ ነው፣ ticket ዝጉት።`),
    no(`Mukwano gwange, tetukozesa TCP n'akamu ku VOS yaffe, byonna UDP. Kale ebigambo bya "RST" ne "TIME_WAIT" bye mwawandiise mu newsletter tebitukwatako, si bwe kiri?`),
    no(`Isikolo sethu se-networking sibuza: "Kutheni i-NAT router ilibala i-mapping xa ifumana i-RST?" Ngumbuzo wovavanyo, ayisiyongxaki yokwenyani.`),
    no(`*Imetumwa*
kutoka group ya waendeshaji: "Jamani tahadharini, mkiwasha RST mode kwenye VOS simu za NAT zitakufa!"
Je, ni kweli? Sisi bado hatujawasha na hatuna mpango, tunataka kujua tu.`),
  ],
  portExhaustion: [
    pe(`Habari, kila jioni saa mbili usiku (peak) switch yetu inaanza kukataa calls kwenda kwa carrier wa TCP. Log inasema "connect failed: Cannot assign requested address". ss -s inaonyesha timewait elfu 28. Tukirestart inatulia kwa saa moja tu kisha inarudi.`),
    pe(`bro server imekwama tena, TIME_WAIT ni kama 30k na calls za outbound hazipiti. jana usiku ikatulia baada ya restart lakini leo saa tatu imerudi vile vile. tusaidie haraka wateja wanalia`),
    pe(`Ssebo, mu budde bwa peak (CPS nga 180) VOS egaana okukola connections empya eri carrier. Log: "bind: Address already in use" ku outgoing. netstat ndaba TIME_WAIT 31,000. Ekiro ekikeerezi kigenda bulungi nate.`),
    pe(`ሰላም፣ ከምሽቱ 2 ሰዓት ጀምሮ ወደ carrier የሚሄዱ calls እየወደቁ ነው። log ላይ "Cannot assign requested address" ይላል። TIME_WAIT 29,000 አካባቢ ነው። restart ስናደርግ ይስተካከላል ግን በማግስቱ ተመልሶ ይመጣል።`),
    pe(`Walaal, server-ka VOS wuxuu joojiyaa wicitaannada TCP ee carrier-ka markii CPS-ku kor u kaco. ss -s: timewait 27 000. Log-ku wuxuu leeyahay EADDRINUSE marka connection cusub la furayo. Habeenkii dambe way fiicnaataa.`),
    pe(`Mwiriwe, mu masaha ya peak VOS ntikibasha gufungura connections nshya za TCP kuri carrier. ss -s yerekana timewait ibihumbi 30. Iyo dukoze restart birakemuka ariko bikagaruka ku mugoroba ukurikira.`),
    pe(`Mhoro, pa peak manheru maconnections matsva eTCP kuenda kucarrier anokundikana. netstat inoratidza TIME_WAIT 28k. Log: connect() failed (99: Cannot assign requested address). Tikaita restart zvinogadzirika kwekanguva chete.`),
    pe(`Sawubona, nansi i-output ngo-20:15:
Total: 33012 (kernel 33544)
TCP:   32480 (estab 1210, closed 31050, orphaned 4, synrecv 0, timewait 31022/0), ports 0
Ama-call aya ku-carrier we-TCP ayahluleka njalo kusukela ku-19:00 kuya ku-22:00. Ekuseni konke kuhamba kahle. Sicela usizo.`),
    pe(`Elke aand tussen 7 en 10 weier die VOS nuwe TCP-verbindings na ons draer. Die log sê "Cannot assign requested address". ss wys 30 000 in TIME_WAIT. Na middernag is alles weer reg, maar die volgende aand begin dit weer.`),
    pe(`Molo, i-switch yethu iyasilela ukwenza ii-connection ezintsha ze-TCP xa kuxakeke. Ndibona i-TIME_WAIT engama-29k. Emva kwe-restart kuyalunga kodwa kubuya ngomso ngexesha elinye.`),
    pe(`eish guys the switch is choking again at peak. outbound TCP to the carrier just dies and netstat says like 30 thousand TIME_WAIT. restart fixes it for an hour then boom again. sort us out please`),
    pe(`2024-03-11 20:14:07 [ERROR] SipTcpClient: connect to 196.x.x.x:5060 failed: errno 99 Cannot assign requested address
2024-03-11 20:14:07 [ERROR] SipTcpClient: connect to 196.x.x.x:5060 failed: errno 99 Cannot assign requested address
(repeats hundreds of times)
This is every evening at peak. TIME_WAIT at that time is ~32k. Mornings are clean.`),
    pe(`Shikamoo, kila siku kuanzia saa 12 jioni hadi saa 4 usiku calls zinazoenda kwa carrier wetu (TCP) zinafeli.
netstat -ant | grep TIME_WAIT | wc -l
28413
Asubuhi ni sawa kabisa. Tumejaribu kurestart, inasaidia kwa muda mfupi.`),
    pe(`Boss our CPS went up to 250 since we took the new Airtel traffic and now every evening VOS throws BindException on outgoing TCP to the carriers. ss -s timewait 30k+. Late night it calms down by itself.`),
    pe(`Dear support, during busy hours our VOS3000 cannot open new TCP connections to the termination carrier. Errors say "bind failed: Address already in use" for the local source ports. TIME_WAIT is around 29 000. It happens daily since last week.`),
    pe(`ss -s
TCP: 29876 (estab 980, closed 28700, orphaned 2, synrecv 0, timewait 28655/0), ports 0
Log-ka: connect EADDRINUSE, carrier 5060 TCP. Waxay dhacdaa saacadaha peak-ga oo kaliya, maanta waa saddexaad.`),
    pe(`Sawubona, i-VOS ayisakwazi ukuvula ama-connection amatsha e-TCP kuma-carrier ngesikhathi kuxinene. I-TIME_WAIT ingu-27 000. Emva kokuthi siqalise kabusha kuyalunga okwesikhashana bese kubuya.`),
    pe(`[ijwi] yego muraho, ni Eric wo muri Kigali, buri mugoroba saa mbiri amahamagara ajya kuri carrier aranga, log ivuga ngo cannot assign requested address, na TIME_WAIT ni nka ibihumbi makumyabiri n'umunani... mu gitondo biba ari byiza...`),
    pe(`Hello team, the Lusaka switch is failing outbound calls at peak, CPS around 200. "Cannot assign requested address" on TCP connects to our Jo'burg carrier, TIME_WAIT 31k. Restart helped yesterday but it's back today.`),
    pe(`Nyinyi watu, hii kitu imeanza tena!!! TCP connections kwa carrier hazifunguki, error ni address already in use, TIME_WAIT 30k. Mkishindwa kutatua leo tutahamia provider mwingine.`),
    pe(`*Forwarded* kubva kuNOC yedu:
"Peak hour 20:00: SIP TCP to carrier failing. netstat TIME_WAIT 29,500. ip_local_port_range 32768 60999, looks exhausted."
Zvaitika nezuro nanhasi futi. Tibatsirei.`),
    pe(`TIME_WAIT 30k, ama-call e-TCP ayehluleka ku-peak futhi. Siza.`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
  28712 TIME_WAIT
   1104 ESTABLISHED
     12 LISTEN
Dit is 20:30, ons spitstyd. Nuwe uitgaande TCP na die draer faal met EADDRINUSE. Soggens is dit skoon.`),
    pe(`በየምሽቱ ወደ carrier አዲስ TCP connection አይከፈትም፣ TIME_WAIT 30 ሺህ ይደርሳል። "bind: address already in use" ይላል። ጠዋት ይጠፋል ማታ ይመለሳል። እባካችሁ።`),
    pe(`Nnyabo, buli lwe tutuuka ku CPS 200, VOS etandika okuwandiika "java.net.BindException: Cannot assign requested address" ku outgoing eri carrier. TIME_WAIT 28k. Oluvannyuma lw'essaawa mukaaga ez'ekiro kiwona, enkeera ne kiddamu.`),
    pe(`Ingxaki iyaphinda: xa kuxakeke ii-connection ezintsha ze-TCP ziyasilela, i-TIME_WAIT ingama-32 000. Ii-calls ziyaphoswa kwi-carrier. Sicela nisincede ngokukhawuleza.`),
    pe(`Fundi wetu wa Kichina aliandika kwenye group: "TIME_WAIT 3万多, 端口不够了" — yaani ports zimeisha. Ni kweli, kila peak calls za TCP kwa carrier zinakataa na saa sita usiku zinarudi. Tufanyeje?`),
    pe(`Brother every night 9pm our VOS stop making new TCP to carriers. "cannot assign requested address". TIME_WAIT 30 000 plus. 1am everything ok. Since one week like this.`),
    pe(`[voice note] hello support, nze Brian ku Kampala, VOS yaffe bw'etuuka ku peak calls zigaana, log egamba address already in use ku outgoing ports, TIME_WAIT emitwalo esatu... bwe tukola restart kidda naye tekiwangaala...`),
    pe(`Ports zirashize! ss -s: timewait 29k, connections nshya kuri carrier ziranga mu masaha ya peak. Mudufashe.`),
  ],
  natUnregistered: [
    nat(`Tangu mliwashe RST mode jana, simu zetu zote za branch ya Kisumu (ziko nyuma ya MikroTik, SIP over TCP) zinaonyesha unregistered. Zile za HQ zenye public IP ziko sawa kabisa.`),
    nat(`msee tangu mmeweka ile SS_TCP_CLOSE_RESET On, Zoiper za wasee wanaofanya kazi kwa nyumba (TCP) zinaenda unregistered kila baada ya dakika chache. wale wa UDP wako poa tu.`),
    nat(`Ssebo, okuva lwe mwakyusa RST okugifuula On, amasimu gaffe agali emabega wa router (NAT) nga gakozesa TCP gagenda unregistered buli kaseera. Agalina public IP gakola bulungi.`),
    nat(`ሰላም፣ RST mode ከበራ በኋላ ከNAT ጀርባ ያሉ phones (TCP የሚጠቀሙ) registration እያጡ ነው። public IP ያላቸው ግን ምንም ችግር የለባቸውም። ምን እናድርግ?`),
    nat(`Tan iyo markii aad shiddeen RST, telefoonada xafiiska ee ka dambeeya router-ka MikroTik (SIP TCP) waxay noqdaan unregistered daqiiqado kasta. Kuwa UDP-ga ku jira waa fiican yihiin.`),
    nat(`Kuva aho RST mode ishyizwe kuri On, telefoni z'abakozi bakorera mu rugo (inyuma ya NAT ya router zabo, bakoresha TCP) zihora zitakaza registration. Izifite public IP nta kibazo.`),
    nat(`Kubvira pamakabatidza RST mode, mafoni ari kumashure kweMikroTik kubranch yekuMutare (anoshandisa TCP) ari kuramba achiva unregistered. Aya ane public IP ari kushanda zvakanaka.`),
    nat(`Selokhu nivule i-RST ngoLwesibili, ama-softphone abasebenza ekhaya (ngemuva kwe-NAT, nge-TCP) ayaphelelwa yi-registration njalo emva kwemizuzu embalwa. Lawo ase-ofisini ane-public IP alungile.`),
    nat(`Sedert julle SS_TCP_CLOSE_RESET aangeskakel het, verloor al die fone agter ons tak se MikroTik (SIP oor TCP) hul registrasie elke paar minute. Die fone met publieke IP's is reg.`),
    nat(`Molo, ukusukela oko nivule i-RST mode, ii-phones ezisemva kwe-router (NAT) ezisebenzisa i-TCP ziyaphelelwa yi-registration ziphinde zibuye. Ezo zine-public IP zisebenza kakuhle.`),
    nat(`yoh since you guys flipped that RST thing on, all our home users on TCP keep dropping off, showing unregistered on the portal. the ones on static public IPs are fine. can you flip it back?`),
    nat(`VOS3000 online phones, 09:40 today:
1001  192.168.88.21 (via 41.89.x.x)  TCP  Unregistered
1002  192.168.88.22 (via 41.89.x.x)  TCP  Unregistered
1003  192.168.88.23 (via 41.89.x.x)  TCP  Unregistered
2001  102.68.x.x                      TCP  Registered
All the NATed ones behind the Eldoret branch router went off right after RST mode was enabled on Monday.`),
    nat(`Ndugu, tangu mliwashe "RST mode" kwenye server, simu za IP za tawi la Mwanza, ambazo ziko nyuma ya router ya NAT na zinatumia TCP, zinapoteza registration kila baada ya muda mfupi. Simu za Dar zenye IP za umma hazina shida.`),
    nat(`Since SS_TCP_CLOSE_RESET=On was set last week, our reseller's clients behind NAT (MikroTik hAP, SIP/TCP) keep showing unregistered in the portal, then register, then drop again. Gateways on direct public IPs are fine.`),
    nat(`Dear team, after you changed the TCP close mode to RST, the branch office phones behind our NAT router lose registration repeatedly. They use SIP over TCP. The HQ phones with public IPs are not affected.`),
    nat(`[cod] haye walaal, waxaan ahay Cabdi, tan iyo shalay markii RST la shiday, softphone-yada dadka guryaha ka shaqeeya oo TCP ku jira dhammaan waa unregistered, kuwa public IP-ga leh waa caadi...`),
    nat(`Sawubona, selokhu kwavulwa i-RST mode, ama-phone ethu aseBulawayo angemuva kwe-MikroTik (TCP) ayalahlekelwa yi-registration. Ama-phone ane-public IP awanankinga.`),
    nat(`Kuva RST ishyizweho kuri VOS, telefoni zo muri branch ya Musanze (inyuma ya NAT, zikoresha TCP) zigaragara nka unregistered muri portal, hanyuma zikongera kwiyandikisha, bigakomeza gutyo. Muri Kigali aho dufite public IP ni byiza.`),
    nat(`Hi, since RST mode was switched on Friday the Kitwe branch phones behind the NAT router (registering over TCP) keep going unregistered. Lusaka office on public IPs okay. Please check urgently.`),
    nat(`RST On tangu jana — simu zote za NAT (TCP) unregistered. zenye public IP ziko fiti.`),
    nat(`*Forwarded* kubva kuna technician wedu:
"Boss, mafoni eCBD branch ese ari unregistered kubva paRST mode payakaiswa On. Ari kushandisa TCP kuburikidza neNAT yeMikroTik. Ane public IP haana dambudziko."`),
    nat(`Yealink T46: Account 1 Status: Registration Failed (TCP)
Uma ngibheka ku-VOS, i-phone iyavela bese inyamalala emva kwemizuzwana. Kuqale selokhu i-SS_TCP_CLOSE_RESET yashintshwa yaba On. Lawa ma-phone angemuva kwe-NAT ehhovisi lase-Pietermaritzburg.`),
    nat(`Ons tuiswerkers se Bria-apps (TCP-vervoer, agter hul huisrouters) wys "Registration lost" sedert die RST-modus aan is. Die kantoorfone op vaste publieke IP's is heeltemal reg.`),
    nat(`RST ካበራችሁት በኋላ የቅርንጫፍ ቢሮዎቻችን phones (NAT ጀርባ፣ TCP) በየጥቂት ደቂቃው unregistered ይሆናሉ። ዋናው ቢሮ public IP ስላለው ደህና ነው። እባካችሁ ቶሎ እርዱን።`),
    nat(`Nnyabo, amasimu ga Grandstream agali ku ofiisi ya Jinja (emabega wa MikroTik, TCP) tegakyasigala registered okuva RST bwe yateekebwa ku On. Ago ag'e Kampala agalina public IP tegalina buzibu.`),
    nat(`Ingxaki: ii-softphone zabasebenzi basekhaya (NAT, TCP) zihlala zisiba "unregistered" okoko i-RST yavulwa. Ii-phone zethu zase-ofisini ezine-public IP azinangxaki.`),
    nat(`Habari za kazi. Baada ya tatizo la TIME_WAIT wiki iliyopita mliwasha SS_TCP_CLOSE_RESET=On. Hilo lilisaidia, lakini sasa simu 60 za wateja wetu wa nyumbani (nyuma ya router zao, NAT, SIP over TCP) zinapoteza registration kila dakika 5-10. Wenye public IP hawana shida. Tunaomba msaada.`),
    nat(`Since RST mode on, all NAT phones (TCP) unregistered again and again. Public IP phones no problem. Please fix fast, customers complaining.`),
    nat(`[voice note] eh hello, this is Sarah from Mbarara, ever since the RST thing was turned on, our phones behind the MikroTik, they use TCP, they keep showing unregistered, but the ones with public IP are ok... please call me back`),
    nat(`Kuva RST yafunguwe, telefoni ziri inyuma ya NAT (TCP) zose zabaye unregistered. Izindi ni nzima.`),
  ],
  firewallRst: [
    fw(`Tangu RST mode iwashwe, calls zinazopita kwenye FortiGate yetu zinakwama au zinakatika. Log ya FortiGate inaonyesha "RST dropped, no session". Carrier anasema bado ana connections ESTABLISHED upande wake.`),
    fw(`boss tangu mmeweka RST On, pfSense inablock packets za RST (inaziita invalid) na calls za carrier zinahang tu. upande wao connections ziko half-open.`),
    fw(`Okuva RST mode bwe yateekebwa ku On, calls eziyita mu FortiGate yaffe zifa oba zisiba wakati. Log ya firewall eraga "TCP RST dropped" emirundi mingi.`),
    fw(`ሰላም፣ RST mode ከበራ ጀምሮ በASA firewall በኩል የሚያልፉ calls እየቆሙ ነው። ASA log ላይ "Deny TCP (no connection) flags RST" ይታያል። carrier ጋ connections ክፍት ሆነው ይቀራሉ።`),
    fw(`Tan iyo markii RST la shiday, wicitaannada maraya firewall-ka pfSense way go'aan ama way istaagaan. Log-ku wuxuu leeyahay "TCP:R" blocked. Carrier-ka dhinaciisa connection-ku weli waa ESTABLISHED.`),
    fw(`Kuva RST ishyizwe kuri On, amahamagara anyura muri firewall yacu ya SonicWall arahagarara. Log ya SonicWall: "TCP packet received on non-existent/closed connection; TCP packet dropped" kuri RST zose.`),
    fw(`Kubva paRST mode yakabatidzwa, macalls anopfuura nemuFortiGate yedu ari kukundikana. Log yeFortiGate inoti RST packets dzakadonhedzwa. Carrier anoti maconnection ake achiri ESTABLISHED kwemaawa.`),
    fw(`Selokhu i-RST mode ivuliwe, ama-call adlula ku-firewall yethu ye-iptables ayabambeka. Ngibona i-conntrack ithi INVALID kuma-packet e-RST futhi ayalahlwa.`),
    fw(`Sedert RST-modus aan is, hang oproepe deur ons pfSense. Firewall log:
Mar 14 20:01:12 pf: block out on em0: 10.0.0.5.5060 > 41.x.x.x.41233: Flags [R], seq 0, win 0
Die draer sê sy kant hou die verbinding oop (ESTABLISHED).`),
    fw(`Molo, okoko ivulwe i-RST, ii-calls ezidlula kwi-Azure firewall yethu ziyasilela. I-log ye-firewall ibonisa ii-RST packets zilahlwa "no matching flow", kwaye i-carrier isabona ii-session zivulekile.`),
    fw(`bro since RST went on our SonicWall is eating the reset packets. calls to the carrier just hang there and the carrier's side still thinks the TCP is alive. sort it out`),
    fw(`kernel: [UFW BLOCK] IN= OUT=eth0 SRC=10.1.1.5 DST=196.x.x.x PROTO=TCP SPT=5060 DPT=38812 WINDOW=0 RES=0x00 RST URGP=0
kernel: [UFW BLOCK] IN= OUT=eth0 SRC=10.1.1.5 DST=196.x.x.x PROTO=TCP SPT=5060 DPT=40117 WINDOW=0 RES=0x00 RST URGP=0
Started right after SS_TCP_CLOSE_RESET was switched On. Calls to our TCP carrier fail about 30% of the time.`),
    fw(`Tangu RST mode iwekwe On jana, calls zinazopita kwenye firewall ya Cisco ASA zinakatika. ASA inasema "TCP RST dropped" na upande wa carrier kuna connections nyingi za ESTABLISHED ambazo hazifungwi.`),
    fw(`After RST mode was enabled our cloud security group seems to be dropping the RSTs. Calls set up over TCP hang and the carrier's SBC keeps thousands of half-open connections from us.`),
    fw(`Since the switch to RST mode, calls traversing our FortiGate fail intermittently. FortiGate logs show "Denied by forward policy check" on RST packets with no session. The carrier still sees ESTABLISHED sessions.`),
    fw(`[cod] walaal, tan iyo markii RST mode la shiday, call-yada maraya FortiGate-ka way istaagaan, log-ga firewall-ka waxaa ku jira RST dropped mar kasta...`),
    fw(`Sawubona, selokhu i-RST mode yavulwa, ama-call adlula ku-pfSense ayehluleka. I-log ithi ama-RST "invalid state" ayalahlwa. I-carrier isabona ama-connection evulekile.`),
    fw(`conntrack -L | grep 5060 yerekana connections nyinshi zikiri ESTABLISHED nubwo VOS yazifunze. Kuva RST yashyirwaho, firewall (iptables) iri guta RST nka INVALID, amahamagara agahagarara.`),
    fw(`Hello, since RST mode went on, calls going through the SonicWall at our Lusaka DC hang or drop. SonicWall logs "TCP RST dropped". The carrier reports half-open TCP on their end.`),
    fw(`RST On → FortiGate inadrop RST, calls zinahang. saidieni`),
    fw(`*Forwarded* kubva kuna network admin:
"Firewall (pfSense) yave kudonhedza maRST kubvira RST mode yabatidzwa paVOS. Macalls eTCP ari kuhang, carrier ane maconnection akawanda ESTABLISHED."`),
    fw(`Sanibonani, sibe nenkinga kusukela ngoMsombuluko lapho i-SS_TCP_CLOSE_RESET ishintshwa yaba On. Ama-call adlula ku-FortiGate 100F ayema phakathi noma awaxhumi nhlobo. Ku-FortiGate log: "action=deny ... tcp flags RST ... no session matched". I-carrier ithi inama-connection amaningi angavalwanga.`),
    fw(`Ons ASA gooi al die RST-pakkies weg sedert julle RST-modus aangeskakel het. Oproepe oor TCP hang en die draer se SBC sit met honderde half-oop verbindings.`),
    fw(`RST mode ከበራ በኋላ በFortiGate የሚያልፉ ጥሪዎች ይቋረጣሉ። FortiGate RST packets ን "no session" ብሎ ይጥላቸዋል። carrier ጋር connections ESTABLISHED ሆነው ይቀራሉ።`),
    fw(`Ssebo, okuva RST mode lwe yatandika, pfSense yaffe esuula RST packets nga egamba "invalid", era calls eziyita mu yo ziyimirira wakati.`),
    fw(`I-iptables log:
INVALID DROP: IN= OUT=eth1 SRC=10.0.0.5 DST=154.x.x.x PROTO=TCP SPT=5060 DPT=51022 RST
Oku kuqale xa i-RST mode ivulwa. Ii-calls ziyaxhoma okanye ziyaqhawuka phakathi.`),
    fw(`Habari. Wiki iliyopita mliwasha SS_TCP_CLOSE_RESET ili kupunguza TIME_WAIT. Tangu hapo calls zetu kwenda kwa carrier wa Dubai (kupitia FortiGate) zinakwama. Tuliangalia log ya FortiGate: RST packets zote zinadondoshwa kwa "no matching session". Carrier anaona sessions za TCP bado ziko ESTABLISHED kwa masaa.`),
    fw(`Since RST on, pfSense drop all RST, calls hang, carrier side connection still ESTABLISHED. Please help brother.`),
    fw(`[voice note] hello support, it's Moses from Kampala, ever since the RST mode was put on, calls going through our FortiGate are failing, the firewall log shows the RSTs dropped, and the carrier says their side is still open...`),
    fw(`Kuva RST yashyizwe On, FortiGate ita RST packets, amahamagara ahagarara. Mudufashe vuba.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning224Set: readonly EvalItem[] = Object.values(tuning224Families).flat();
