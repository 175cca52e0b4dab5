import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP operators, call-termination shops, resellers and NOC technicians in Addis Ababa, Asmara, Mogadishu, Hargeisa,
 * Djibouti and Khartoum writing on WhatsApp/Telegram: Amharic (Ethiopic script, some romanised), Somali (Latin script,
 * "walaal", "fadlan", "asc"), Tigrinya (Ethiopic script, some romanised) and Sudanese Arabic (Arabic script and Arabizi),
 * roughly a quarter each, mixed with English technical words and pasted output; numbers as "30k", "30,000", Somali
 * "kun", Amharic "ሺ", Tigrinya "ሽሕ", Arabic "ألف" with Arabic-Indic digits; greetings ሰላም, "asc walaal", السلام عليكم.
 *
 * The hundred-and-sixty-third tuning split, by family, in markets where VOS3000 is sold widely. Five negative families of 27 (one service
 * that cannot bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed
 * phones unregistered after RST mode, a stateful firewall dropping RST). Written as the hundred-and-sixty-third never-tuned set,
 * before the sixty-first round of rules, by someone who had read only the playbooks' symptoms and the domain notes,
 * without the matcher, its rules or the other sets in view; measured as such before and after the sixty-first round,
 * then made tuning material for the sixty-second: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 85.6 %, negatives confident 3.7 %, confident wrong 0 % with the rules of
 * the sixtieth round, before the sixty-first.
 * After the sixty-first round: the same.
 * After the sixty-second round, tuned on: in scope 98.9 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning163Families = {
  oneListeningPort: [
    no(`ሰላም ቡድን፣ የweb portal (tomcat) restart ካደረግን በኋላ አይነሳም። catalina.out ላይ ይሄ ነው የሚለው:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
ሌላ ፕሮግራም 8080 ይዞታል መሰለኝ። ጥሪዎች ግን ደህና ናቸው።`),
    no(`selam, nginx restart sadergew "bind() to 0.0.0.0:443 failed (98: Address already in use)" yilal. apache degmo 443 lay yeseral meselegn, ebakachu yetun endemnaterf nigerun`),
    no(`እባካችሁ አስቸኳይ ነው፣ server reboot ካደረግን በኋላ mysqld አይነሳም፣ log:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
ps ላይ ሁለት mysqld ነው የሚታየው`),
    no(`ሰላም፣ mbx3000d restart አደረግን፣ ግን softswitch 5060 ላይ መነሳት አልቻለም "address already in use"። netstat -tulpn | grep 5060 ስናይ አሮጌው process (pid 2231) አሁንም ይዞታል። kill ብናደርገው ችግር አለው?`),
    no(`የኛ developer billing dashboard በdocker ሊያስነሳ ሲሞክር "Bind for 0.0.0.0:8080 failed: port is already allocated" ይላል። የVOS web ነው 8080 የያዘው? ሌላ port ብንሰጠው ይሻላል?`),
    no(`redis-server አይነሳም፣ "Could not create server TCP listening socket *:6379: bind: Address already in use"። ሌላ redis instance አለ ይሆን? ሰርቨሩ VOS ያለበት ነው ግን ጥሪዎች ችግር የላቸውም`),
    no(`Selam, laptop lay yalew reseller portal API (npm run dev) "Error: listen EADDRINUSE: address already in use :::3000" yilal. yih ke VOS server gar ginignunet alew? ine endemiyawkew laptop-u bicha new`),
    no(`Asc walaal, tomcat-ka web-ka VOS ma kacayo. log-ga wuxuu leeyahay "java.net.BindException: Address already in use: JVM_Bind" port 8080. Waxaan u malaynayaa in tomcat kale uu hore u socday. Fadlan maxaan sameeyaa?`),
    no(`walaal server-ka cusub nginx ayaan ku rakibnay laakiin ma kacayo:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
httpd ayaa hore u jiray. wicitaanada waa caadi, kaliya web-ka`),
    no(`Fadlan degdeg! softswitch-ka dib ayaan u kiciyay, hadda wuxuu leeyahay 5060 address already in use. ps aux waxaa ka muuqda laba mbx3000 process, midkood waa kii hore ee aan dhiman. wicitaan ma socdo 10 daqiiqo`),
    no(`Salaan, mysql-ka ma kacayo kadib markii korontadu go'day. error: "Can't start server: Bind on TCP/IP port. Got error: 98: Address already in use". mysqld_safe laba jeer ayuu socdaa sida muuqata`),
    no(`walaal docker container-ka CDR export-ka ma kacayo: "driver failed programming external connectivity ... Bind for 0.0.0.0:3306 failed: port is already allocated". mysql-ka VOS ayaa haya 3306 miyaa?`),
    no(`Asc, laptop-kayga flask app ayaan ku tijaabinayaa (rates API), wuxuu leeyahay "OSError: [Errno 98] Address already in use" port 5000. server-ka VOS ma ahan, laptop-ka kaliya.`),
    no(`walaal certbot kadib apache ma kacayo:
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
nginx ma ku jiraa? shaqada VOS caadi bay tahay`),
    no(`ሰላም፣ ናይ VOS web portal (tomcat) ድሕሪ restart ኣይለዓልን ዘሎ። log: java.net.BindException: Address already in use :8080። ካልእ ፕሮግራም 8080 ሒዝዎ ይመስለኒ። በጃኹም ሓግዙና`),
    no(`ከመይ ኣለኹም፣ mbx3000d ንምጅማር ፈቲንና "bind 0.0.0.0:5060 failed: Address already in use" ይብል። ኣብ ps ኣረጊት process ኣሎ ገና። ብኸመይ ነቕትሎ ብዘይ ጸገም?`),
    no(`ሰላም ኩሉኹም፣ mysqld ኣይጀምርን፣ "Bind on TCP/IP port: Address already in use" port 3306። ክልተ mysqld ይርአ። እዚ ሰርቨር ናይ VOS ዳታቤዝ እዩ፣ ህጹጽ`),
    no(`selam, nginx ab hadsh server ayleal'n "bind() to 0.0.0.0:80 failed (98: Address already in use)" yibl. apache ab 80 alo meslini. entay ngber?`),
    no(`ናይ reseller portal docker container ኣይለዓልን: "Bind for 0.0.0.0:8443 failed: port is already allocated"። ካልእ container ነቲ port ሒዝዎ ድዩ? ጻውዒታት ግን ጽቡቕ እዩ`),
    no(`ሰላም፣ ድሕሪ yum update redis "Could not create server TCP listening socket 127.0.0.1:6379: bind: Address already in use" ይብል። systemd ክልተ ግዜ ኣልዒልዎ ይኸውን?`),
    no(`السلام عليكم يا جماعة، التومكات حق الويب ما راضي يقوم بعد الريستارت، اللوق بيقول:
java.net.BindException: Address already in use <null>:8080
في حاجة تانية ماسكة البورت ده؟ المكالمات شغالة عادي`),
    no(`salam ya jama3a, el mysql ma rady yagoom ba3d ma el kahraba gata3at. error: Can't start server: Bind on TCP/IP port: Address already in use (3306). fi mysqld tani shaghal? shino na3mil`),
    no(`يا شباب عاجل، عملنا restart للـ softswitch وهسع بيقول 5060 Address already in use، لقينا process قديم لسه ماسك البورت. نعمل kill -9 ولا في طريقة أحسن؟`),
    no(`salam, el developer 3inna fi el laptop bita3o node server bigool "EADDRINUSE: address already in use :::3000". da ma 3indo 3ilaga bel VOS sa7?`),
    no(`الـ nginx ما بيقوم: nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use). ركبنا apache قبل كدا للبورتال، ممكن هو الماسك البورت؟`),
    no(`السلام عليكم، عندنا container للـ billing ما راضي يشتغل: "Bind for 0.0.0.0:80 failed: port is already allocated". البورت ماسكو منو؟`),
    no(`Salam ya akhi, redis ma rady yagoom "bind: Address already in use" 6379 ba3d el update. fi instance tania ya3ni? el server da bita3 VOS bas el calls tamam`),
  ],
  otherRegistrationCause: [
    no(`ሰላም፣ ትናንት የ50 extension password ቀየርን፣ አሁን ግማሾቹ unregistered ናቸው። phone ላይ አሮጌው password ስላለ ይሆን? ሌላ ምንም አልቀየርንም`),
    no(`እባካችሁ፣ የቢሮው ኢንተርኔት ከጠዋት ጀምሮ ተቋርጧል (ethio telecom fiber ተቆርጧል)፣ ለዚህ ነው ስልኮቹ unregistered የሆኑት? ኢንተርኔት ሲመለስ ራሳቸው ይመዘገባሉ?`),
    no(`selam, ye gateway registration "fail" yilal. account-u balance 0 new, kemeslew suspend honual. recharge kadergen betach register yadergal?`),
    no(`ሰላም፣ ትናንት ማታ መብራት ጠፍቶ ነበር፣ ከዚያ ጀምሮ 12 IP phone አልተመዘገቡም። PoE switch-u አልተነሳም ይመስለኛል፣ ስልኮቹ ስክሪናቸው ጠፍቷል`),
    no(`ISP ቀየርን (ከethio telecom ወደ safaricom)፣ public IP ተቀይሯል፣ አሁን gateway-ው unregistered ነው። VOS ላይ IP ማሻሻል አለብን? SIP UDP ብቻ ነው የምንጠቀመው`),
    no(`ሰላም፣ web ላይ "license expired" ይላል፣ ከዛ በኋላ አዲስ registration አይቀበልም። renewal እንዴት ነው የምናደርገው?`),
    no(`የDNS ስሙን sip.ourcompany.et ወደ አዲሱ server ቀይረናል፣ ግን የድሮ phones አሁንም ወደ አሮጌው IP ይሄዳሉ፣ ስለዚህ unregistered ሆነዋል። DNS cache ይሆን?`),
    no(`Asc walaal, macmiilkeyga 20 softphone ayaa unregistered ah. wuxuu ii sheegay in uu password-ka beddelay shalay laakiin taleefannada lama cusbooneysiin. "403 Forbidden" ayaa log-ga ku jira`),
    no(`walaal Hargeisa xafiiska internet-ka ayaa go'an tan iyo subax, taleefannada oo dhan unregistered. Somtel ayaa sheegay fiber ayaa jaban. markuu soo laabto iskood ma isdiiwaangelinayaan?`),
    no(`Fadlan, account-ka reseller-ka waa la xiray sababtoo ah lacagta lama bixin. clients-kii oo dhan unregistered. haddii aan bixiyo 500 dollar maanta ma furmayaa?`),
    no(`Salaan, router-ka MikroTik ayaan beddelnay, SIP ALG ayaa ku shidnaa router-ka cusub, taleefannadu registration way lumiyaan. UDP kaliya ayaan isticmaalnaa. ALG ma damiyaa?`),
    no(`walaal gateway-ga GoIP ma isdiiwaangelinayo, IP-ga server-ka ayaan beddelnay toddobaadkii hore oo gateway-gu weli IP-gii hore ayuu haystaa. sidee baan u beddelaa?`),
    no(`asc, 3 taleefan oo kaliya ayaa unregistered, waxay ku jiraan dabaqa sare, koronto ma jirto halkaas tan iyo shalay. inta kale waa caadi`),
    no(`ሰላም፣ ናይ 30 extension password ትማሊ ቀይርና፣ ሕጂ ገሊኦም unregistered እዮም። ኣብ ስልክታት ኣረጊት password ስለ ዘሎ ድዩ? ኣብ log "401 Unauthorized" ይርአ`),
    no(`ከመይ ኣለኹም፣ ኣብ ኣስመራ ኢንተርነት ካብ ንግሆ ተቋሪጹ፣ ስለዚ ኩሎም ስልክታት unregistered እዮም። ኢንተርነት ምስ ተመልሰ ባዕሎም ዶ ይምዝገቡ?`),
    no(`selam, account nay reseller-na suspended ybl ab web, balance zero. kndey kfilna kitsebeyu? clients kulom unregistered eyom`),
    no(`ሰላም፣ ISP ቀይርና፣ public IP ተቐይሩ፣ gateway unregistered ኮይኑ። ኣብ VOS IP ክንቕይር ኣሎና ድዩ? ንሕና UDP ጥራይ ኢና ንጥቀም`),
    no(`ሰላም፣ licence ናይ VOS ወዲኡ ይብል ኣብ web፣ ሓደሽቲ registration ኣይቕበልን። ከመይ ንሕድሶ?`),
    no(`ትማሊ ምሸት መብራህቲ ተቋሪጹ ነይሩ፣ ድሕሪኡ 8 IP phone ኣይተመዝገቡን። switch ናይ PoE ኣይተላዕለን ይመስለኒ`),
    no(`ሰላም፣ DNS ናይ sip server ናብ ሓድሽ IP ቀይርናዮ፣ ገለ softphones ግን ናብቲ ኣረጊት IP ይኸዱ ኣለዉ ስለዚ unregistered። TTL ክሳብ ክንደይ ንጽበ?`),
    no(`السلام عليكم، غيرنا الباسوردات حقت الـ extensions امبارح، وهسع نص التلفونات unregistered وبيطلع 403 Forbidden في اللوق. ياهو السبب صح؟`),
    no(`ya jama3a el internet fi el maktab gata3 min es saba7 (Sudani fiber), kol el phones unregistered. lamma yarja3 bisawu register bi nafishum?`),
    no(`يا أخوانا الحساب حق الريسيلر اتوقف عشان الرصيد خلص، كل الكلاينتس بقوا unregistered. لو دفعنا ٢٠٠ دولار هسع برجعوا؟`),
    no(`salam, ghayarna el ISP wel public IP itghayar, el gateway ba2a unregistered. lazim nghayir el IP fi VOS? ihna shaghalin UDP bas`),
    no(`السلام عليكم، الكهرباء قاطعة من امبارح في بحري والمولد ما بيغطي الـ switch، عشان كدا ١٥ تلفون unregistered. ده طبيعي ولا في حاجة في السيرفر؟`),
    no(`الراوتر الجديد فيهو SIP ALG شغال والتلفونات بتفقد التسجيل كل شوية، احنا شغالين UDP بس. نقفل الـ ALG؟`),
    no(`salam, el license bita3 VOS expired zay ma maktoob fi el web, wel registrations el jadida ma bitid5ol. ni3mil shino?`),
  ],
  smallFigures: [
    no(`ሰላም፣ ss -s ውጤት ይሄ ነው፣ ኖርማል ነው?
Total: 412 (kernel 530)
TCP:   188 (estab 61, closed 97, orphaned 0, synrecv 0, timewait 95/0), ports 0
ምንም ችግር የለም፣ ማወቅ ብቻ ፈልጌ ነው`),
    no(`ebakachu, TIME_WAIT mindin new? netstat lay 300 yahil TIME_WAIT ayehu, ye lelit server new, be sa'at calls tiqit nachew`),
    no(`SS_TCP_CLOSE_RESET ምን ያደርጋል? manual ላይ አየሁት ግን አልገባኝም። እኛ ገና አልነካነውም`),
    no(`ሰላም፣ RST mode ብናበራ NAT ጀርባ ያሉ phones ይጎዳሉ? ዝም ብዬ ነው የምጠይቀው፣ እቅድ ብቻ ነው`),
    no(`የእኛ server በቀን 8 ሺ ጥሪ ብቻ ነው፣ CPS 3-4። tcp_tw_reuse ማብራት ያስፈልገናል ወይ? ምንም error የለም`),
    no(`ሰላም፣ ip_local_port_range አሁን "32768 60999" ነው። ይሄ ለ20 CPS ይበቃል? ምንም ችግር እያጋጠመን አይደለም`),
    no(`selam, netstat -ant | grep TIME_WAIT | wc -l → 214. ye mishit sa'at new. yih bizu new?`),
    no(`Asc walaal, ss -s ayaan eegay: timewait 140. ma caadi baa? server-ku waa yar yahay, 2 CPS.`),
    no(`Walaal, su'aal kaliya: TIME_WAIT maxay tahay? waxaan arkay 500 oo socket ah habeenkii. dhibaato ma jirto`),
    no(`fadlan ii sharax SS_TCP_CLOSE_RESET maxay qabataa? Off ama On? annagu ma beddelin weli`),
    no(`Haddii aan RST shidno, taleefannada ka dambeeya NAT-ka ma saameyn doontaa? hadda kaliya qorshe ayaan samaynaynaa`),
    no(`asc, server-keenu maalintii 12 kun oo call ayuu qaadaa, CPS-ku waa 5. ma u baahanahay inaan beddelo tcp_tw_reuse? wax error ah ma jiraan`),
    no(`walaal netstat output-kan eeg, caadi ma yahay?
tcp        0      0 10.0.0.5:5060     196.201.x.x:41234   ESTABLISHED
tcp        0      0 10.0.0.5:5060     196.201.x.x:41877   TIME_WAIT
... wadar ahaan 60 TIME_WAIT`),
    no(`Salaan, maxay tahay farqiga u dhexeeya FIN iyo RST marka TCP la xirayo? macmiil ayaa i weydiiyay, kaliya sharaxaad`),
    no(`ሰላም፣ እዚ ss -s ውጽኢት ንቡር ድዩ?
TCP: 230 (estab 80, closed 120, orphaned 0, timewait 110/0)
ዝኾነ ጸገም የብልናን`),
    no(`TIME_WAIT እንታይ ማለት እዩ? ኣብ netstat 250 ርእየ፣ ጸገም ድዩ?`),
    no(`selam, SS_TCP_CLOSE_RESET entay ygebr? ab manual reiyeyo gn ayterdanin. nihna aykeyernayon`),
    no(`RST mode እንተ ኣበርና ኣብ ድሕሪ NAT ዘለዉ ስልክታት ጸገም ክህልዎም ድዩ? ሕቶ ጥራይ እዩ`),
    no(`ሰላም፣ መዓልታዊ 6 ሽሕ ጻውዒት ጥራይ ኢና ንገብር፣ CPS 2። tcp_tw_reuse የድልየና ድዩ?`),
    no(`ip_local_port_range ክንደይ ክኸውን ኣለዎ? ሕጂ 32768-60999 እዩ፣ ጸገም የለን፣ ንፍለጥ ጥራይ`),
    no(`ሰላም፣ ምሸት ምሸት TIME_WAIT 180 ይኸውን፣ ንግሆ 20። እዚ ንቡር ድዩ?`),
    no(`السلام عليكم، ده ناتج ss -s عندنا، طبيعي ولا؟
TCP:   305 (estab 120, closed 150, orphaned 0, synrecv 0, timewait 140/0)
مافي أي مشكلة بس داير أتأكد`),
    no(`ya jama3a TIME_WAIT da shino bezabt? shifna 400 fi netstat bas el calls tamam`),
    no(`SS_TCP_CLOSE_RESET بيعمل شنو؟ وليه الـ default بتاعو Off؟`),
    no(`salam, law fata7na RST mode, el phones el wara NAT bita3 el zabayin bit'assar? su2al bas, lissa ma 3amalna shi`),
    no(`عندنا ١٠ ألف مكالمة في اليوم و CPS حوالي ٤، محتاجين tcp_tw_reuse؟ كل شي شغال`),
    no(`salam, wa7id min el NOC sa2alni: leh fi TIME_WAIT aslan? 3indana 90 bas`),
  ],
  firewallNoRst: [
    no(`ሰላም፣ FortiGate ላይ ለአዲሱ carrier IP 41.x.x.x whitelist ማድረግ እንፈልጋለን፣ የትኛውን port እንክፈት? 5060 UDP ብቻ?`),
    no(`fail2ban ደንበኛችንን ban አድርጎታል (IP 197.156.x.x)፣ password ብዙ ጊዜ ተሳስቶ ነበር። unban እንዴት ነው?`),
    no(`selam, pfSense lay port forward 5060 → VOS server madreg enfelgalen. rule-u endet yiseral?`),
    no(`ሰላም፣ MikroTik ላይ SIP ALG (ip firewall service-port sip) ማጥፋት አለብን ወይ? ጥሪዎች ላይ one-way audio አለ`),
    no(`iptables rules ለVOS እንዲገመገም እንፈልጋለን፣ ከዚህ በታች ለጥፌያለሁ:
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT
-A INPUT -j DROP
ትክክል ነው?`),
    no(`geo-blocking ማድረግ እንፈልጋለን፣ ከተወሰኑ አገሮች SIP scan ብዙ ነው። Sophos ላይ እንዴት ነው?`),
    no(`ሰላም፣ RTP ports 10000-20000 ASA ላይ ክፈቱልን እባካችሁ፣ አዲስ firewall ነው ያስገባነው፣ ገና ምንም ጥሪ አላሳለፍንም`),
    no(`Asc walaal, carrier cusub ayaan helnay, IP-gooda 102.x.x.x. fadlan FortiGate-ka ku dar whitelist, 5060 TCP iyo UDP labadaba`),
    no(`walaal fail2ban ayaa ban gareeyay reseller-kayga Mogadishu, IP 154.115.x.x. sidee baan uga saaraa?`),
    no(`Fadlan port forwarding 5060 iyo 10000-20000 router-ka xafiiska Hargeisa, VOS-ka gudaha ayuu ku jiraa 192.168.1.10`),
    no(`Salaan, SIP ALG ma damiyaa MikroTik-ka? qof ayaa igu yiri dhibaatooyin ayuu keenaa`),
    no(`walaal iptables rules-kayga fiiri fadlan, ma sax baa VOS-ka?
-A INPUT -s 41.78.x.x -p udp --dport 5060 -j ACCEPT
-A INPUT -p tcp --dport 22 -j ACCEPT
-A INPUT -j DROP`),
    no(`asc, geo-block ayaan rabnaa dalal gaar ah sababtoo ah SIP scanner badan (friendly-scanner). pfSense pfBlockerNG miyaan isticmaalnaa?`),
    no(`Walaal firewall cusub (Sophos XG) ayaan gashanay, fadlan noo sheeg port-yada VOS u baahan yahay kahor inta aanan live ka dhigin`),
    no(`ሰላም፣ ሓድሽ carrier IP ኣብ FortiGate whitelist ክንገብሮ ንደሊ፣ ኣየናይ port ንኸፍት?`),
    no(`fail2ban ንሓደ ዓሚልና ban ገይርዎ፣ password ብዙሕ ግዜ ተጋጊዩ። ከመይ ጌርና unban ንገብሮ?`),
    no(`selam, port forward 5060 ab MikroTik nab VOS server kingebr ndeli. nay NAT rule kemey ykewn?`),
    no(`SIP ALG ኣብ router ነጥፍኦ ዶ? ገለ ሰባት ጸገም የምጽእ ይብሉ`),
    no(`ሰላም፣ ናይ ASA config ርኣዩልና በጃኹም፣ ንVOS ዝምልከት access-list ጌጋ ኣሎ ድዩ? ሓድሽ firewall ኢና ኣእቲና`),
    no(`geo-blocking ንምግባር ንደሊ ኣብ pfSense፣ ካብ ብዙሓት ሃገራት SIP scanning ኣሎ`),
    no(`السلام عليكم، عايزين نضيف IP الكارير الجديد في الـ whitelist في FortiGate، نفتح 5060 بس ولا كمان RTP؟`),
    no(`ya jama3a fail2ban 3amal ban lel IP bita3 wa7id min el resellers, ghalat fel password kateer. kef ni3mil unban?`),
    no(`محتاجين port forwarding من الراوتر للـ VOS، الـ IP الداخلي 192.168.10.5، بورت 5060 و RTP 10000-20000`),
    no(`salam, nagfil SIP ALG fi el router walla la? 3indana one way audio`),
    no(`لو سمحت راجعوا لينا rules الـ iptables دي:
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
-A INPUT -j DROP
صاح كدا؟`),
    no(`عايزين نعمل geo-blocking في Sophos عشان في scan كتير من برا. بتنصحونا بشنو؟`),
    no(`salam ya akhi, rakabna pfSense jadid, el ports el lazim nafta7ha lel VOS shino? lissa ma shaghalna bi`),
  ],
  negationContext: [
    no(`ሰላም፣ phones unregistered ሆነዋል፣ ግን ማሳወቅ የምፈልገው እኛ UDP ብቻ ነው የምንጠቀመው፣ RST ምንም አልነካንም። ችግሩ ትናንት password ስለቀየርን ነው መሰለኝ`),
    no(`ለመረጃ ብቻ: ባለፈው ወር የነበረው TIME_WAIT 30 ሺ ችግር ተፈቷል፣ አሁን 200 አካባቢ ነው። አመሰግናለሁ!`),
    no(`ይሄ የድሮ ticket ነው ለrecord forward የማደርገው: "Fwd: [Resolved] FortiGate dropping RST, SS_TCP_CLOSE_RESET set back to Off on 12 March"። ምንም እርምጃ አያስፈልግም`),
    no(`selam, "address already in use" yemil kal ayehu log lay gin ke 3 saimint befit new, ahun yelem. ahun hulum selam new`),
    no(`RST mode አላበራንም፣ SS_TCP_CLOSE_RESET ሁልጊዜ Off ነው። ስለዚህ ባለፈው ሳምንት FortiGate ላይ የተደረገው ለውጥ ከRST ጋር አይገናኝም አይደል? ጥሪዎች ሁሉ ደህና ናቸው`),
    no(`አመሰግናለሁ! RST ካጠፋችሁ በኋላ ከNAT ጀርባ ያሉት phones ሁሉ ተመዝግበዋል፣ ችግሩ ተፈቷል`),
    no(`walaal mahadsanid, tan iyo markii aad tcp_tw_reuse shideen TIME_WAIT wuxuu ka yimid 28 kun ilaa 300. hadda waa caadi`),
    no(`Fyi kaliya: ticket-kii hore ee "NAT phones unregistered after RST" waa la xaliyay bishii hore, forward ayaan u sameeyay record-ka`),
    no(`asc, taleefannada qaar unregistered bay ahaayeen, laakiin RST waa off, waligeen ma shidin, ninna waxba ma beddelin. kadib waxaa soo baxday in macmiilku password-ka beddelay`),
    no(`walaal annagu UDP kaliya ayaan isticmaalnaa, TCP ma jiro, sidaas darteed SS_TCP_CLOSE_RESET waxba ma taabanayso, sax?`),
    no(`Salaan, firewall-ku ma tuurayo RST, waan hubinay log-ga, 0 drop. wicitaanaduna way shaqeynayaan. kaliya waxaan rabay inaan xaqiijiyo`),
    no(`Mahadsanid walaal! "cannot assign requested address" dhibaatadii shalay waa la xaliyay, maanta peak-ga 45 CPS wax error ah ma jirin`),
    no(`asc, macmiilku wuxuu yiri "address already in use" laakiin markii aan eegay waxay ahayd laptop-kiisa, ma ahan server-ka VOS. iska dhaaf`),
    no(`የቐንየልና! RST ምስ ኣጥፋእኩምዎ ኩሎም ስልክታት ተመዝጊቦም፣ ጸገም ተፈቲሑ`),
    no(`ንሓበሬታ ጥራይ: ቅድሚ ወርሒ ዝነበረ TIME_WAIT 25 ሽሕ ጸገም ተፈቲሑ፣ ሕጂ 150 ጥራይ እዩ`),
    no(`ሰላም፣ ንሕና UDP ጥራይ ኢና ንጥቀም፣ RST ኣይተንከፍናዮን። ስልክታት unregistered ዝኾኑ ድሕሪ ISP ምቕያር እዩ`),
    no(`selam, ezi kadim ticket eyu nay record: "FortiGate out of state drops, RST turned Off again, closed". wala tegbar aydleyn`),
    no(`ሰላም፣ ዝኾነ ሰብ ዝቐየሮ የለን፣ RST ሕጂ'ውን Off እዩ። ሎሚ ንግሆ ዝወደቑ ጻውዒታት ካብ carrier ጸገም እዩ ነይሩ፣ ተፈቲሑ`),
    no(`ኣብ log "address already in use" ርእየ ግን ናይ ቅድሚ ሰሙን እዩ፣ ሕጂ የለን። ንፍለጥ ጥራይ`),
    no(`ሰላም፣ firewall log ርኢና፣ RST ዝወድቕ የለን፣ 0 INVALID። ጻውዒታት ጽቡቕ እዮም`),
    no(`شكراً يا جماعة! بعد ما رجعتو RST Off كل التلفونات سجلت تاني، المشكلة اتحلت`),
    no(`للعلم بس: مشكلة الـ TIME_WAIT اللي كانت ٣٠ ألف الشهر الفات اتحلت، هسع حوالي ٢٠٠`),
    no(`salam, ihna shaghalin UDP bas, RST ma lamasnaho abadan. el phones unregistered 3ashan ghayarna el password imbare7`),
    no(`ده تيكت قديم بعملو forward للأرشيف بس: "[Closed] pfSense dropping RST packets, SS_TCP_CLOSE_RESET back to Off". مافي أي حاجة مطلوبة`),
    no(`يا جماعة محدش غير أي حاجة، RST لسه Off. المكالمات اللي وقعت الصباح كانت من الكارير وهسع رجعت`),
    no(`salam, shifna "cannot assign requested address" fi el log bas da kan gabul usbu3, hasa mafi. tamam kollo`),
    no(`الزول قال الفايروول بيرمي RST بس لما شفنا اللوق لقينا مافي ولا drop، والمكالمات تمام. قفلو التيكت`),
  ],
  portExhaustion: [
    pe(`አስቸኳይ! peak ሰዓት ላይ ጥሪዎች አይሄዱም፣ log: "connect to 41.x.x.x:5060 failed: Cannot assign requested address"። ss -s:
TCP:   31245 (estab 1320, closed 29750, orphaned 12, timewait 29688/0), ports 0
እባካችሁ ቶሎ`),
    pe(`ሰላም፣ ከምሽቱ 2 ሰዓት ጀምሮ 28 ሺ TIME_WAIT አለ፣ አዲስ TCP connection ወደ carrier አይከፈትም። ጥሪዎች እየወደቁ ነው`),
    pe(`selam, be busy hour "EADDRINUSE" error outgoing connect lay yitayal, calls fail yihonalu. netstat TIME_WAIT 35k. ebakachu erdun`),
    pe(`ሰላም ቡድን፣ CPS 120 ሲደርስ ሰርቨሩ አዲስ outgoing connection መክፈት አይችልም፣ connect ላይ "address already in use" ይላል። ማታ traffic ሲቀንስ ይስተካከላል`),
    pe(`የbilling connector (java) "java.net.BindException: Cannot assign requested address: connect" እያለ ነው በpeak ሰዓት ብቻ። ss ላይ TIME_WAIT 40,000 አለ`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
   1580 ESTABLISHED
  32410 TIME_WAIT
     14 LISTEN
ከ6 ሰዓት በኋላ ጥሪዎች ግማሾቹ ይወድቃሉ፣ ምን እናድርግ?`),
    pe(`ሰላም፣ ለcarrier SIP TCP trunk ብዙ ጥሪ ስንልክ ports አልቀዋል ይመስለኛል። ip_local_port_range 32768-60999 ነው፣ ሁሉም TIME_WAIT ናቸው (27 ሺ)። አሁንም እየሆነ ነው`),
    pe(`selam, ke mishitu 3 se'at jemro "cannot assign requested address" log lay bizu new, TIME_WAIT 30k yilal. ASR wede 20% woredo`),
    pe(`Walaal degdeg! saacadaha mashquulka wicitaanada ma baxayaan. log: "connect() failed: Cannot assign requested address". ss -s: timewait 31k. fadlan caawi`),
    pe(`asc, habeenkii markuu CPS-ku gaaro 150, TCP connection cusub ma furmayaan. netstat wuxuu muujinayaa 29 kun TIME_WAIT. maalintii waa caadi`),
    pe(`walaal server-ka Mogadishu "EADDRINUSE" ayuu bixiyaa marka uu carrier-ka u xiriirayo, kaliya peak-ga. TIME_WAIT 33,000 ayaa jira`),
    pe(`Fadlan eeg:
ss -s
Total: 36012
TCP:   35120 (estab 1100, closed 33900, orphaned 3, timewait 33870/0), ports 0
wicitaano badan ayaa fashilmaya hadda`),
    pe(`asc walaal, java gateway-gayagu wuxuu leeyahay "BindException: Address already in use: connect" marka traffic-gu kordho. TIME_WAIT kumanaan ah. maxaan sameynaa?`),
    pe(`Fwd ka macmiilka Djibouti: "tan iyo shalay peak-ga, 25 kun TIME_WAIT, calls-ka cusub ma socdaan, ASR wuxuu ku dhacay 30%". walaal ma ports-kii ayaa dhammaaday?`),
    pe(`salaan, Hargeisa server-ka: habeen kasta 8-da fiidnimo wicitaanadu way fashilmaan, log-ga "cannot assign requested address" ayaa ka buuxa, netstat TIME_WAIT 40 kun. subaxdii waa caadi`),
    pe(`walaal sip trunk TCP-ga ee carrier-ka, ports-ka maxalliga ah way dhammaadeen, ip_local_port_range waa 32768 60999 oo dhammaan TIME_WAIT. hadda ayay dhacaysaa`),
    pe(`ህጹጽ! ኣብ peak ሰዓት ጻውዒታት ኣይሓልፉን፣ log: "Cannot assign requested address" ኣብ connect። ss -s: timewait 30211። በጃኹም ቀልጢፍኩም`),
    pe(`ሰላም፣ ምሸት CPS 100 ምስ በጽሐ ሓድሽ TCP connection ኣይኽፈትን፣ TIME_WAIT 27 ሽሕ ኣሎ`),
    pe(`selam, peak lay "EADDRINUSE" ab outgoing connect yirae, calls yiwedku. TIME_WAIT 32k. hagzuna`),
    pe(`netstat -ant | grep -c TIME_WAIT
38764
ድሕሪ ሰዓት 7 ምሸት ፍርቂ ጻውዒታት ይወድቑ፣ እንታይ ንግበር?`),
    pe(`ናይ billing connector "java.net.BindException: Cannot assign requested address" ይብል ኣብ ዝበዝሐ ሰዓት ጥራይ። TIME_WAIT 35 ሽሕ`),
    pe(`ሰላም፣ ports ወዲኦም ይመስለኒ፣ ip_local_port_range 32768-60999፣ ኩሉ TIME_WAIT (28 ሽሕ)። ሕጂ'ውን ይቕጽል ኣሎ`),
    pe(`ካብ ትማሊ ጀሚሩ ኣብ busy hour "address already in use" ኣብ outgoing connect፣ ASR ናብ 25% ወሪዱ፣ TIME_WAIT ኣሽሓት`),
    pe(`يا جماعة عاجل! في وقت الذروة المكالمات ما بتطلع، اللوق مليان "Cannot assign requested address" والـ TIME_WAIT ٣١ ألف. الحقونا`),
    pe(`salam, lamma el CPS yasil 130 bil lail, ma fi TCP connections jadida btiftah. netstat TIME_WAIT 29k. bil nahar tamam`),
    pe(`السلام عليكم، ده ناتج ss -s هسع:
TCP:   34980 (estab 1450, closed 33400, orphaned 8, synrecv 0, timewait 33390/0), ports 0
والمكالمات بتفشل في الـ peak. شنو الحل؟`),
    pe(`ya akhi el java connector bita3na bigool "BindException: Address already in use: connect" fi wagt el zaroa bas. TIME_WAIT 36 alf`),
    pe(`من امبارح الساعة ٩ بالليل الـ ASR نزل لـ ٢٠٪ و "EADDRINUSE" في كل outgoing connect للكارير. الـ TIME_WAIT فوق ٤٠ ألف`),
    pe(`salam ya jama3a, el ports el local khilsat, ip_local_port_range 32768 60999 wel kol TIME_WAIT (30k). lissa bi7sal hasa`),
    pe(`السلام عليكم، السيرفر في الخرطوم كل يوم في الـ busy hour بيفشل يفتح اتصالات TCP جديدة للـ trunk، netstat بيوري ٢٨ ألف TIME_WAIT، وبعد نص الليل بيرجع طبيعي`),
  ],
  natUnregistered: [
    nat(`ሰላም፣ ትናንት SS_TCP_CLOSE_RESET=On ካደረጋችሁ በኋላ ከቤት router ጀርባ ያሉ softphones (TCP) በሙሉ unregistered ሆነዋል። ቢሮ ውስጥ public IP ያላቸው ደህና ናቸው`),
    nat(`selam, RST mode kabrachut behwala MikroTik NAT yalachew IP phones registration yateflalu, be 5 dekika andi. SIP over TCP new yemintekemew`),
    nat(`እባካችሁ፣ ከለውጣችሁ በኋላ (close mode ወደ RST) የቅርንጫፍ ቢሮ ስልኮች (office NAT ጀርባ፣ TCP transport) አሁንም unregistered ናቸው። ወደ Off መመለስ ይቻላል?`),
    nat(`ሰላም፣ ከትናንት ጀምሮ ደንበኞቻችን ከቤት የሚጠቀሙት Zoiper (TCP) ደጋግሞ "registration failed" ይላል። ትናንት ማታ RST ማብራታችሁን አይቻለሁ`),
    nat(`የGoIP gateways ከNAT ጀርባ (ethio telecom 4G router)፣ TCP የሚጠቀሙ፣ RST ከበራ ጀምሮ ከregistered list ይጠፋሉ። ከዛ በፊት አንድም ችግር አልነበረም`),
    nat(`selam, SS_TCP_CLOSE_RESET On kehone behwala 40 extension behind NAT unregistered nachew, TCP. public IP yalachew gin register nachew. ahunim endezaw new`),
    nat(`ሰላም፣ ትናንት ለውጥ ካደረጋችሁ በኋላ (RST mode) ከቤት router ጀርባ ያሉ Yealink ስልኮች (TCP) registration እያጡ እየተመለሱ ነው፣ ደጋግመው`),
    nat(`Walaal shalay markaad SS_TCP_CLOSE_RESET On ka dhigteen, taleefannada guryaha ee router-ka (NAT) ka dambeeya oo TCP isticmaala dhammaan unregistered noqdeen. kuwa public IP-ga leh waa caadi`),
    nat(`asc, tan iyo RST mode la shiday, softphones-ka macaamiisha (Zoiper TCP, router guri) registration-ka way lumiyaan 5 daqiiqo kasta. fadlan`),
    nat(`walaal isbeddelkii aad samayseen habeen hore (close mode RST), xafiiska laanta Hargeisa taleefannadoodu ma isdiiwaangelinayaan. MikroTik NAT ayay ka dambeeyaan, TCP`),
    nat(`Fadlan caawi, GoIP gateways-ka ka dambeeya 4G router-ka Hormuud (NAT), TCP transport, tan iyo markii RST la shiday way ka baxaan liiska registered. kahor wax dhibaato ah ma jirin`),
    nat(`asc walaal, 60 extension oo NAT ka dambeeya ayaa unregistered tan iyo shalay, markii aad RST shideen. SIP over TCP ayaan isticmaalnaa. dib ma u celin kartaan Off?`),
    nat(`walaal, sidaad ogtahay SS_TCP_CLOSE_RESET=On ayaan ka dhignay server-ka Mogadishu toddobaadkan. hadda Yealink-yada guryaha (NAT, TCP) way soo galaan oo ka baxaan registration-ka`),
    nat(`Salaan, kadib RST enable-ka, taleefannada call center-ka ee ka dambeeya office NAT (TCP) qaarkood unregistered ayay yihiin hadda. kuwa UDP-ga waa caadi`),
    nat(`walaal maanta subax ayaan ogaaday: tan iyo markii close mode-ka RST loo beddelay, reseller-kayga Djibouti taleefannadiisa NAT-ka ka dambeeya (TCP) way lumiyaan registration`),
    nat(`ሰላም፣ ትማሊ SS_TCP_CLOSE_RESET=On ምስ ገበርኩምዎ፣ ኣብ ድሕሪ ናይ ገዛ router ዘለዉ softphones (TCP) ኩሎም unregistered ኮይኖም። public IP ዘለዎም ግን ጽቡቕ እዮም`),
    nat(`selam, RST mode kabzi tebere ab MikroTik NAT zelewu IP phones registration yisenu, kul 5 dekika. TCP iyu nitekem`),
    nat(`በጃኹም፣ ድሕሪ ለውጥኹም (close mode ናብ RST) ስልክታት ጨንፈር ቤት ጽሕፈት (ድሕሪ office NAT፣ TCP) ሕጂ'ውን unregistered እዮም። ናብ Off ክምለስ ይኽእል ድዩ?`),
    nat(`ሰላም፣ ካብ ትማሊ ጀሚሩ ዓማዊልና ካብ ገዛ ዝጥቀምሉ Zoiper (TCP) "registration failed" ይብል። ትማሊ ምሸት RST ከም ዘበራኹም ርእየ`),
    nat(`GoIP gateways ድሕሪ NAT (4G router)፣ TCP ዝጥቀሙ፣ RST ካብ ዝበርሀ ካብ registered list ይጠፍኡ። ቅድሚኡ ጸገም ኣይነበረን`),
    nat(`ሰላም፣ SS_TCP_CLOSE_RESET On ካብ ዝኾነ 35 extension ድሕሪ NAT unregistered እዮም (TCP)። public IP ዘለዎም ግን registered እዮም`),
    nat(`selam, ab Asmara nay call centre IP phones ab dihri office NAT (TCP) kabzi RST zeberhkumwo registration yisenu alewu. UDP zitekemu gn tsbuq`),
    nat(`ሰላም፣ ድሕሪ ትማሊ ለውጢ (RST)፣ ኣብ ገዛ router ዘለዎም Yealink ስልክታት (TCP) registration እናጠፍኡ እናተመልሱ እዮም`),
    nat(`السلام عليكم، من امبارح لما خليتو SS_TCP_CLOSE_RESET=On كل الـ softphones اللي ورا راوترات البيوت (TCP) بقت unregistered. اللي عندهم public IP تمام`),
    nat(`salam ya jama3a, min ma fata7to RST mode el IP phones el wara MikroTik NAT bifgido el registration kol 5 dagayig. ihna shaghalin TCP`),
    nat(`لو سمحت، بعد التغيير بتاعكم (close mode بقى RST) تلفونات الفرع اللي ورا الـ office NAT، TCP، لسه unregistered. ممكن ترجعوه Off؟`),
    nat(`ya akhi el zabayin el bistakhdimo Zoiper TCP min el beit bigoolo "registration failed" min imbare7. shifta intu fata7to RST bil lail`),
    nat(`الـ GoIP gateways اللي ورا راوتر 4G (NAT) وشغالة TCP، من ما اتفتح RST بتختفي من قايمة الـ registered. قبل كدا كانت تمام`),
    nat(`السلام عليكم، ٤٥ extension ورا NAT بقوا unregistered من ما SS_TCP_CLOSE_RESET بقى On، وكلهم TCP. الـ public IP ديل registered عادي`),
    nat(`salam, ba3d taghyeer imbare7 (RST), el Yealink phones el 3indahum router fi el beit (TCP) bifgido el registration wa birja3o, kida tawali`),
  ],
  firewallRst: [
    fw(`ሰላም፣ RST mode ካበራችሁ በኋላ ጥሪዎች ይንጠለጠላሉ። FortiGate log:
type="traffic" subtype="forward" action="deny" msg="no session matched" proto=6 tcpflags="RST"
ምን እናድርግ?`),
    fw(`selam, SS_TCP_CLOSE_RESET On kehone behwala Cisco ASA "Deny TCP (no connection) from 10.1.1.5/5060 to 41.x.x.x/38211 flags RST" bizu yilal, calls fail yihonalu`),
    fw(`ትናንት ለውጥ ካደረጋችሁ ጀምሮ (close mode) ጥሪዎች በ30 ሰከንድ ይቋረጣሉ። iptables INVALID drop counter እየጨመረ ነው:
 4521  271K DROP  all -- * * 0.0.0.0/0 0.0.0.0/0 ctstate INVALID`),
    fw(`ሰላም፣ RST ከበራ ጀምሮ pfSense log ላይ ከVOS server የሚመጡ TCP:R packets ብዙ blocked ናቸው፣ carrier ጥሪዎች ይወድቃሉ`),
    fw(`እባካችሁ አስቸኳይ፣ Sophos XG ከRST mode በኋላ "Invalid TCP state" drop እያደረገ ነው፣ SIP TCP ጥሪዎች አያልፉም`),
    fw(`selam, MikroTik firewall "connection-state=invalid" drop rule RST enable kehone behwala bizu packets yiyizal, calls hang yaderegalu. SIP TCP new`),
    fw(`ሰላም፣ ከትናንት ጀምሮ RST ከበራ ወዲህ FortiGate "out of state" ብሎ የVOS RST packets ይጥላል፣ ጥሪዎች ግማሾቹ ይሳካሉ ግማሾቹ ይንጠለጠላሉ`),
    fw(`የASA syslog: "%ASA-6-106015: Deny TCP (no connection) from 196.188.x.x/5060 to 10.0.0.20/51422 flags RST on interface outside" በሺ የሚቆጠሩ። RST mode ካበራን በኋላ ነው የጀመረው፣ ጥሪዎች ይቋረጣሉ`),
    fw(`Walaal, tan iyo markii RST la shiday wicitaanadu way istaagaan. FortiGate log: action="deny" msg="no session matched" tcpflags="RST". fadlan`),
    fw(`asc, Cisco ASA ayaa tuuraya RST-ga VOS: "Deny TCP (no connection) ... flags RST". waxay bilaabatay kadib SS_TCP_CLOSE_RESET=On. wicitaanada TCP way fashilmaan`),
    fw(`walaal iptables INVALID drop counter-ku wuu sii kordhayaa tan iyo isbeddelkii close mode-ka, wicitaanaduna 30 ilbiriqsi kadib way go'aan`),
    fw(`Fadlan eeg pfSense log: "TCP:R" badan oo blocked ah, source VOS server, tan iyo RST mode. carrier calls fail`),
    fw(`asc walaal, Sophos XG wuxuu tuurayaa packets "Invalid TCP state" kadib RST-ga, SIP TCP wicitaan ma socdo hadda`),
    fw(`walaal MikroTik firewall-ka "connection-state=invalid" drop rule-ka counter-kiisu wuu kordhayaa tan iyo shalay markii RST la shiday, wicitaanaduna way sudhan yihiin`),
    fw(`Salaan, FortiGate "out of state" ayuu ku tuurayaa RST packets-ka VOS tan iyo RST enable, kala bar wicitaanada ayaa go'a`),
    fw(`ሰላም፣ RST mode ምስ ኣበርኩምዎ ጻውዒታት ይንጠልጠሉ። FortiGate log: action="deny" msg="no session matched" tcpflags="RST"። እንታይ ንግበር?`),
    fw(`selam, SS_TCP_CLOSE_RESET On kabzi kone Cisco ASA "Deny TCP (no connection) flags RST" bizuh yibl, calls yiwedku`),
    fw(`ካብ ትማሊ ለውጥኹም (close mode) ጀሚሩ ጻውዒታት ድሕሪ 30 ካልኢት ይቋረጹ። iptables ctstate INVALID DROP counter ይውስኽ ኣሎ`),
    fw(`ሰላም፣ ኣብ pfSense log ብዙሕ TCP:R packets ካብ VOS server blocked እዮም፣ RST ካብ ዝበርሀ። ጻውዒታት carrier ይወድቑ`),
    fw(`ህጹጽ፣ Sophos ድሕሪ RST mode "Invalid TCP state" drop ይገብር ኣሎ፣ SIP TCP ጻውዒታት ኣይሓልፉን`),
    fw(`MikroTik firewall connection-state=invalid drop ብዙሕ packets ይሕዝ ካብ RST ዝበርሀ፣ ጻውዒታት ይንጠልጠሉ። SIP TCP እዩ`),
    fw(`ሰላም፣ ካብ ትማሊ RST ምስ በርሀ FortiGate "out of state" ኢሉ ናይ VOS RST packets ይድርብዮም፣ ፍርቂ ጻውዒታት ይቋረጹ`),
    fw(`السلام عليكم، من فتحتو RST mode المكالمات بتعلق. لوق الـ FortiGate:
action="deny" msg="no session matched" proto=6 tcpflags="RST"
نعمل شنو؟`),
    fw(`salam, ba3d SS_TCP_CLOSE_RESET ba2a On, el Cisco ASA bigool "Deny TCP (no connection) ... flags RST" kateer, wel calls btifshal`),
    fw(`من التغيير بتاع امبارح (close mode) المكالمات بتنقطع بعد ٣٠ ثانية، والـ counter حق iptables ctstate INVALID DROP قاعد يزيد`),
    fw(`يا جماعة في الـ pfSense log في TCP:R كتير blocked جاية من سيرفر الـ VOS من ما RST اتفتح، ومكالمات الكارير بتقع`),
    fw(`salam ya jama3a, Sophos XG bi drop "Invalid TCP state" ba3d RST mode, el SIP TCP calls ma bit3adi`),
    fw(`الـ MikroTik firewall القاعدة بتاعت connection-state=invalid drop بتمسك packets كتيرة من ما RST اتفعل، والمكالمات بتعلق. احنا SIP TCP`),
    fw(`عاجل: FortiGate بيرمي RST packets حقت الـ VOS بـ "out of state" من امبارح لما فتحتو RST، نص المكالمات بتقع`),
    fw(`salam, el ASA syslog malyan "%ASA-6-106015: Deny TCP (no connection) from 10.0.0.20/5060 ... flags RST on interface inside", alaf min da, bada ba3d ma fata7na RST. el calls btingati3`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning163Set: readonly EvalItem[] = Object.values(tuning163Families).flat();
