import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP resellers, call-centre owners, NOC engineers and technicians in Sri Lanka (Colombo, Kandy, Jaffna) and South
 * India (Chennai, Coimbatore, Hyderabad, Vijayawada, Kochi, Bengaluru) on WhatsApp: Sinhala (script and Singlish),
 * Tamil (script and Tanglish), Telugu (script and romanised), Malayalam (script and Manglish) and Kannada (script and
 * romanised), roughly a fifth each, mixed with English technical words; numbers as "30k", "30,000", "muppathu ayiram",
 * lakh or local-script words for thousand; greetings like "ayiye", "anna", "garu", "chetta", "guru", "sir".
 *
 * The hundred-and-fifty-eighth tuning split, by family, in markets where VOS3000 is sold widely and which no split had in fresh hands
 * since the early rounds. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-fifty-eighth never-tuned set, before the sixtieth round of rules, by
 * someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other
 * sets in view; measured as such before and after the sixtieth round, then made tuning material for the sixty-first:
 * bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 97.8 %, negatives confident 3.7 %, confident wrong 0 % with the rules of
 * the fifty-ninth round and the changes after it, before the sixtieth.
 * After the sixtieth round: in scope 97.8 %, negatives confident 3.7 %, confident wrong 0 %.
 * After the sixty-first round, tuned on: in scope 100 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning158Families = {
  oneListeningPort: [
    no(`අයියේ, web portal එක restart කළාම tomcat start වෙන්නේ නෑ. catalina.out එකේ මෙහෙම එනවා:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-nio-8080"]
java.net.BindException: Address already in use
calls නම් හරියට යනවා. මොකද කරන්න ඕනේ?`),
    no(`machan mysql eka start wenne na server eka reboot kalata passe. log eke "Can't start server: Bind on TCP/IP port: Address already in use" ... 3306 ekata wena process ekak allagena wage. VOS calls nam wada karanawa, reports witharai enne naththe`),
    no(`வணக்கம் சார், VOS3000 restart பண்ணதுக்கு அப்புறம் mbx3000d start ஆகல. log-ல "bind 0.0.0.0:5060 failed: Address already in use" வருது. ps -ef | grep mbx பாத்தா ரெண்டு PID இருக்கு, பழைய process இன்னும் ஓடுது போல. அதை kill பண்ணலாமா?`),
    no(`anna nginx reload panna "nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)" nu varudhu. apache-um same box la install aagi irukku pola. customer portal open aagala, calls fine dhaan`),
    no(`గారు, మా developer laptop లో billing API run చేస్తే "Error: listen EADDRINUSE: address already in use :::3000" వస్తోంది. ఇది VOS server కాదు, అతని laptop మాత్రమే. ఏ process 3000 పట్టుకుందో ఎలా చూడాలి?`),
    no(`sir redis start avvatledu: "Could not create server TCP listening socket *:6379: bind: Address already in use". old redis-server process inka run avutundi anukunta. idi maa VOS3000 reporting box lo, switch kaadu`),
    no(`chetta, docker container start cheyyumbol "Bind for 0.0.0.0:8080 failed: port is already allocated" varunnu. vere oru container 8080 eduthittundu. VOS web interface ee box il alla, recording portal aanu. ethu stop cheyyanam?`),
    no(`ಸರ್, VOS3000 web manager (tomcat) start ಆಗ್ತಾ ಇಲ್ಲ. port 8080 ಮೇಲೆ "Address already in use" ಅಂತ ಬರ್ತಿದೆ. netstat -tlnp ಹಾಕಿದ್ರೆ ಇನ್ನೊಂದು java PID 8080 ಅಲ್ಲಿ LISTEN ಅಲ್ಲಿ ಇದೆ. ಅದನ್ನ kill ಮಾಡ್ಲಾ?`),
    no(`guru, namma server alli apache start agtilla:
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80
no listening sockets available, shutting down
ninne nginx kooda install madidvi testing ge. calls ella sari ide`),
    no(`sir, softswitch service eka restart kalama "port 5060 already in use" kiyala nawathenawa. kalin sipp test ekak run karala thibba, eka kill kale na wage. PID 2231. eka kill karala start karannada?`),
    no(`சார், 3306 port-ல வேற mysqld instance ஓடுது போல. "Do you already have another mysqld server running on port: 3306 ?" அப்படின்னு error. VOS DB start ஆகல. பழைய ஒண்ணை எப்படி safe-ஆ நிறுத்துறது?`),
    no(`anna, maa NOC dashboard grafana 3000 port meeda start avvatledu, "bind: address already in use". same server lo oka node app kuda 3000 vaadutundi. VOS calls ki emi problem ledu, dashboard matrame`),
    no(`ചേട്ടാ, server reboot കഴിഞ്ഞ് mbx3000d start ആകുന്നില്ല. log: "SIP listen 0.0.0.0:5060 bind error: Address already in use". netstat നോക്കിയപ്പോൾ asterisk ആണ് 5060 പിടിച്ചിരിക്കുന്നത്, ആരോ test ചെയ്യാൻ install ചെയ്തതാ.`),
    no(`bro, kamailio testing nu vechittund same box il, ippo VOS 5060 bind cheyyan pattunnilla - "Address already in use". kamailio stop cheythal mathiyo atho uninstall cheyyano?`),
    no(`ಸರ್ tomcat shutdown ಆದ್ರೂ java process ಸಾಯ್ತಿಲ್ಲ. ಮತ್ತೆ start ಮಾಡಿದ್ರೆ "java.net.BindException: Address already in use: JVM_Bind" 8005 shutdown port ಮೇಲೆ. kill -9 ಮಾಡಬಹುದಾ ಅಥವಾ ಏನಾದ್ರೂ ಹಾಳಾಗುತ್ತಾ?`),
    no(`අපේ call centre dialer PC එකේ local web UI එක "EADDRINUSE 0.0.0.0:8888" කියලා crash වෙනවා. ඒ PC එකේම වෙන app එකක් 8888 අල්ලගෙන වගේ. VOS side එකේ ප්‍රශ්නයක් නැහැ නේද?`),
    no(`sir, vos3000 install panna pudhu server-la httpd already 80 port eduthukkuchu, VOS web install "Address already in use" nu fail aagudhu. httpd disable pannalaama? vera edhum use pannala adha`),
    no(`నమస్తే సార్, VOS3000 restart తర్వాత mbx3000d log లో "can not bind udp port 5060, address already in use" వస్తోంది. service లేవలేదు కాబట్టి ఫోన్లు అన్నీ unregistered చూపిస్తున్నాయి. పాత mbx3000d process ని ఎలా kill చేయాలి?`),
    no(`chetta, billing server il "nc -l 9000" vechu test cheythathu kill cheythilla, ippo ente CDR sync app 9000 il listen cheyyan pattunnilla - "bind failed: Address already in use". fuser -k 9000/tcp use cheyyamo?`),
    no(`sir docker-compose up madidre mysql container "Ports are not available: listen tcp 0.0.0.0:3306: bind: address already in use" antha bartide. host nalli mysql already run agtide. yavdu stop madbeku, yavdu port change madbeku?`),
    no(`aney sir, prometheus node_exporter eka "listen tcp :9100: bind: address already in use" kiyala start wenne na. kalin install karapu ekak systemd eke run wenawa wage. monitoring witharai, calls okkoma ok`),
    no(`அண்ணா, nginx reverse proxy 8443-ல start ஆகல. "bind() to 0.0.0.0:8443 failed (98: Address already in use)". ss -ltnp பாத்தேன், java அங்க LISTEN-ல இருக்கு. ரெண்டுல ஒண்ணுக்கு port மாத்தணுமா?`),
    no(`garu, VOS web (tomcat) ni port 80 ki maarchamu, ippudu start avvatledu - "Address already in use". httpd already 80 lo undi. TIME_WAIT emaina kaaranama? ss -s lo timewait 12 maatrame chupistundi`),
    no(`Sir, Kochi office-le recording server (FreeSWITCH) 5080 bind cheyyunnilla, "Address already in use" ennu. Athe machine il vere oru sip proxy aa port vechittund. VOS mbx3000 alla ee machine. Onnu nokkamo?`),
    no(`ನಮಸ್ಕಾರ, ನಮ್ಮ reseller portal (php built-in server) "Failed to listen on 0.0.0.0:8000 (reason: Address already in use)" ಅಂತ ಹೇಳ್ತಿದೆ. ನನ್ನ laptop ನಲ್ಲಿ ಮಾತ್ರ. ಯಾವ process 8000 ಹಿಡ್ಕೊಂಡಿದೆ ಅಂತ ಹೇಗೆ ನೋಡೋದು?`),
    no(`සර්, server එක hard reboot කළාට පස්සේ mbx3000d "bind 5060 failed" කියලා up වෙන්නේ නෑ. lsof -i :5060 දැම්මාම පරණ mbx3000d process එකක් තාම ඉන්නවා. ඒක kill කරලා start කරන්නද?`),
    no(`bro, callcentre-la vicidial web 443-la start aagala, apache ssl "Address already in use" solludhu. stunnel already 443-la listen pannudhu. idhu namma VOS server illa, same rack dhaan`),
  ],
  otherRegistrationCause: [
    no(`අයියේ, අපේ agents 12 දෙනාගේ softphones ඔක්කොම unregistered. අද උදේ security නිසා SIP passwords ඔක්කොම reset කළා, ඒත් phones වල තියෙන්නේ පරණ password එක. log එකේ 403 Forbidden එනවා.`),
    no(`machan Kandy branch eke phones okkoma unregistered. ISP eka wenas kala iye, dan public IP eka aluth ekak. VOS eke IP based auth thiyenne parana IP ekata. api UDP witharai use karanne`),
    no(`சார், எங்க gateway "unregistered" ஆயிடுச்சு. account balance zero ஆனதால suspend ஆயிருக்கு போல. இன்னைக்கு காலையில payment பண்ணிட்டோம், எப்போ active ஆகும்?`),
    no(`anna Coimbatore office-la phones ellam unregistered. kaalaila 10 mani irundhu current illa, UPS-um down aayiduchu. power vandha apram thaana register aagum la?`),
    no(`సార్, Vijayawada లో మా 8 IP phones unregistered చూపిస్తున్నాయి. నిన్న router మార్చాం, కొత్త router లో SIP ALG default గా on ఉంది. మేము UDP 5060 వాడుతున్నాం. ALG off చేయాలా?`),
    no(`garu maa account licence expire ayyindi ani VOS web lo chupistundi, anduke gateways register avvatledu anukuntunna. renewal ela cheyali? urgent ga kavali`),
    no(`chetta, SIP server nte DNS name maatti (sip.ourco.in -> voice.ourco.in), pakshe phones il ippozhum pazhaya domain aanu. athaanu unregistered aakunnath alle? RST onnum njangal on aakkiyittilla`),
    no(`ಸರ್, ನಮ್ಮ Bengaluru call centre ಅಲ್ಲಿ 20 phones unregistered. ಬೆಳಿಗ್ಗೆಯಿಂದ internet link down ಆಗಿದೆ, ISP ಗೆ ticket raise ಮಾಡಿದೀವಿ. VOS ಕಡೆ ಏನಾದ್ರು ಮಾಡ್ಬೇಕಾ?`),
    no(`sir namma gateway config nalli username spelling thappu haakidvi, 401 Unauthorized barta ide, adakke register agtilla. sari maadidmele kooda 5 min aaytu innu unregistered, cache ideya?`),
    no(`sir, Jaffna client ge account eka unpaid balance nisa api suspend kala. dan eyala kiyanne phones unregistered kiyala. payment eka awa, unsuspend karanna puluwanda?`),
    no(`வணக்கம், Chennai office-ல NAT பின்னாடி இருக்கும் phones unregistered. காரணம் கண்டுபிடிச்சாச்சு - firmware update-ல router-ல SIP ALG தானா on ஆயிடுச்சு. நாங்க UDP தான் use பண்றோம்.`),
    no(`anna maa softphone users ki "registration failed 403" vastondi. Hyderabad lo oka reseller vaalla customers ki cheppakunda passwords maarchesadu. meeru VOS side nundi ela check chestaru?`),
    no(`ചേട്ടാ, data centre migration കാരണം ഞങ്ങളുടെ server-ന്റെ public IP മാറി. phones എല്ലാം ഇപ്പോഴും പഴയ IP-ലേക്ക് register ചെയ്യാൻ നോക്കുന്നു, അതാണ് unregistered. provisioning-ൽ update ചെയ്താൽ മതിയോ?`),
    no(`sir njangalude MikroTik reboot aayi, public IP maari (dynamic aanu). VOS il IP whitelist undu, athukond phones unregistered. UDP aanu, TCP illa. puthiya IP add cheyyamo?`),
    no(`ಗುರು, PoE switch ಸುಟ್ಟುಹೋಗಿದೆ, phones ಗೆ power ಇಲ್ಲ. ಅದಕ್ಕೆ ಎಲ್ಲ unregistered ಅನ್ಸುತ್ತೆ. ಹೊಸ switch ಬರೋವರೆಗೂ extension calls mobile ಗೆ forward ಮಾಡೋಕೆ ಆಗುತ್ತಾ?`),
    no(`සර්, අපේ VOS licence එක ඊයේ expire වුණා කියලා web manager එකේ පෙන්නනවා. ඊට පස්සේ gateways register වෙන්නේ නැහැ, ඔක්කොම unregistered. renew කරන්න මොකද කරන්න ඕනේ?`),
    no(`sir, 5 Grandstream phones firmware upgrade-la factory reset aayiduchu, SIP account config ellam poyiduchu. adhan unregistered. provisioning link marubadiyum anuppunga please`),
    no(`సార్, మా gateway password expiry policy వల్ల auto గా మారిపోయింది. ఇప్పుడు VOS లో "unregistered" లో ఉంది. VOS లో కొత్త password పెట్టాలా లేక gateway లోనా?`),
    no(`chetta, office BSNL fibre cut aayi. 4G backup router il phones register aakunnilla, athil UDP 5060 block aanennu thonnunnu. fibre vannal sheriyavum ennu vicharikkunnu, ethra neram edukkum ennu ariyilla`),
    no(`sir, ninne namma data centre alli power cut aagi VOS server ge UPS backup khali aaytu. server back up aadmele half phones innu unregistered. re-register aagoke timer ideya? RST mode bagge yenu change madilla`),
    no(`aney machan, mage softphone eka (Zoiper) unregistered. mama hotel wifi eke innawa, ewun SIP block karanawa wage. mobile hotspot eken nam register wenawa`),
    no(`சார், ஒரு reseller-ஓட account expiry date தாண்டிடுச்சு, அதனால அவங்க customers எல்லாம் unregistered. validity extend பண்ண முடியுமா? payment ready.`),
    no(`garu, maa Vijayawada branch lo Jio router ki maarcham, CGNAT vachindi. phones UDP lo unregistered avutunnay, incoming calls raavatledu. static IP teesukovala?`),
    no(`sir, agents nte softphone il "Wrong password" varunnu. innale HR password policy implement cheythu, ellarum puthiya password set cheythu, pakshe VOS il aarum update cheythilla`),
    no(`ಸರ್, ಹೊಸ ISP ಬಂದಮೇಲೆ gateway IP ಬದಲಾಗಿದೆ. VOS ನಲ್ಲಿ ಇನ್ನೂ ಹಳೆ IP configured ಇದೆ, ಅದಕ್ಕೆ "unregistered" ಅನ್ಸುತ್ತೆ. mapping gateway ಅಲ್ಲಿ ಎಲ್ಲಿ ಬದಲಾಯಿಸೋದು?`),
    no(`සර්, Colombo office එකේ IP phones 30ම unregistered. ISP එක අලුත් router එකක් දැම්මා, ඒකේ SIP ALG on වෙලා. අපි UDP විතරයි. TCP/RST කිසි දෙයක් වෙනස් කරේ නෑ.`),
    no(`boss, Hyderabad gateway register aagala, VOS web-la "expired" nu kaatudhu. account validity 31st varaikkum dhaan vachirundhom. renew pannunga please, balance iruku`),
  ],
  smallFigures: [
    no(`සර්, ss -s දැම්මා:
Total: 512
TCP:   412 (estab 96, closed 280, orphaned 0, timewait 276)
මේක normal ද? calls හොඳට යනවා, checking එකක් විතරයි.`),
    no(`machan TIME_WAIT kiyanne mokakda? netstat eke 150 witara penawa. eka awulak da? api podi server ekak, CPS 10 witarai`),
    no(`சார் SS_TCP_CLOSE_RESET அப்படின்னா என்ன? On பண்ணா என்ன ஆகும்? இப்போ எங்களுக்கு எந்த problem-உம் இல்ல, just தெரிஞ்சுக்கணும்.`),
    no(`anna, namma NAT phones TCP la irukku. RST mode on panna avanga affect aavaangala? innum on pannala, next month plan dhaan`),
    no(`సార్, netstat -ant | grep TIME_WAIT | wc -l చేస్తే 340 వచ్చింది. peak లో 40 CPS. ఇది ఎక్కువా? ఏమైనా tune చేయాలా?`),
    no(`garu, ip_local_port_range maa server lo "32768 60999" undi. idi saripotunda 50 CPS ki? ippudu emi problem ledu, just capacity planning`),
    no(`chetta, ee ss -s output normal aano?
TCP: 230 (estab 120, closed 98, orphaned 2, timewait 95/0)
off peak aanu, calls okke pokunnund`),
    no(`ಸರ್, tcp_tw_reuse ಅಂದ್ರೆ ಏನು? ನಾವು on ಮಾಡ್ಬೇಕಾ? TIME_WAIT ಈಗ 200 ಒಳಗೆ ಇದೆ, ಯಾವ error ಉ ಇಲ್ಲ.`),
    no(`guru, RST mode on madidre FortiGate firewall ge problem agutta? adanna enable madbeka beda antha decide madtidivi, innu enu change madilla`),
    no(`sir, api UDP witharai use karanne. SS_TCP_CLOSE_RESET on kalath apita wenasak wenawa da? prashnayak naha, danaganna witharai`),
    no(`சார் daily health check: ss -s-ல "timewait 520" காட்டுது, 25 CPS-ல. இது OK-வா? எந்த error-உம் இல்ல, calls success 98%.`),
    no(`sir meeru chepparu RST enable cheste TIME_WAIT taggutundi ani. maa server lo TIME_WAIT 80 ey. maaku adi avasarama?`),
    no(`സാർ, FIN close-ഉം RST close-ഉം തമ്മിൽ എന്താ വ്യത്യാസം? ഞങ്ങളുടെ VOS default-ൽ ആണ്, ഒരു പ്രശ്നവുമില്ല. customer ചോദിച്ചതാ.`),
    no(`bro, peak time il 2k TIME_WAIT undakunnund, 60 CPS. port range 28k undu. ithu safe aano atho ippozhe tune cheyyano? calls ellam pokunnund, error onnumilla`),
    no(`ನಮಸ್ಕಾರ ಸರ್, netstat ನಲ್ಲಿ TIME_WAIT 90, ESTABLISHED 45. Bengaluru ನ ಸಣ್ಣ server ಇದು. ಇದು ಸರಿ ತಾನೆ?`),
    no(`අයියේ, අපි RST mode දැම්මොත් MikroTik පිටිපස්සේ තියෙන phones unregister වෙයිද? දැනට off. ඊළඟ සතියේ CPS වැඩි වෙනවා, ඒකයි අහන්නේ.`),
    no(`sir, "cannot assign requested address" error na enna artham? google-la paarthen, just curious. namma server-la adhu varave illa`),
    no(`గారు, sysctl net.ipv4.tcp_tw_reuse = 0 ఉంది. 1 చేస్తే ఏమైనా side effects ఉన్నాయా? ప్రస్తుతం TIME_WAIT 150 మాత్రమే.`),
    no(`chetta, ith onnu nokkamo - netstat -an | grep -c TIME_WAIT -> 63. ESTABLISHED 40. sherikkum low alle? boss chodichu, report il idan`),
    no(`sir, namma VOS alli 10 gateways ge SIP TCP use madtivi. RST on madidre firewall ge problem aagbahuda antha documentation alli ideya? just knowledge ge, nothing broken`),
    no(`sir, ss -tan state time-wait | wc -l = 1,204. 35 CPS. calls okkoma successful. me figure eka ok da? kisi error ekak naha`),
    no(`அண்ணா, port exhaustion அப்படின்னா என்ன, எப்போ வரும்? எங்க 15 CPS server-க்கு அது வர வாய்ப்பு இருக்கா?`),
    no(`sir RST ante emiti? Wireshark lo "TCP flags R" packets konni choosanu. adi normal aa? calls anni baagane vellutunnai, ekkada drop ledu, RST mode memu enable cheyyaledu`),
    no(`sir, ee month CPS 20 il ninnu 80 aakum ennu pratheekshikkunnu. athinu munpe ports/TIME_WAIT enthenkilum tune cheyyano? ippo ss -s il timewait 310`),
    no(`ಸರ್, ss -s:
TCP: 98 (estab 40, closed 50, orphaned 0, timewait 48)
ರಾತ್ರಿ ಸಮಯ. ಇದು healthy ನಾ?`),
    no(`සර්, ephemeral port range එක කියන්නේ මොකක්ද? අපේ server එකේ කොච්චර තියෙනවද කියලා බලන්නේ කොහොමද?`),
    no(`sir, NAT-la irukura phones TCP use panna, RST enable pannina register problem varuma? client kekuraanga, naanga innum edhum change pannala`),
  ],
  firewallNoRst: [
    no(`සර්, FortiGate එකේ අලුත් carrier IP එක (203.0.113.45) whitelist කරන්න ඕනේ. 5060 UDP සඳහා policy එක කොහොමද දාන්නේ?`),
    no(`machan fail2ban eken apege Kandy office IP eka ban karala. phones register wenne na. "fail2ban-client status sip" eke IP eka penawa. unban karanne kohomada?`),
    no(`சார், pfSense-ல RTP க்கு 10000-20000 port forwarding பண்ணணும். audio one-way வருது. rule எப்படி போடணும்?`),
    no(`anna, Cisco ASA la "inspect sip" disable pannanum nu carrier sonnanga. config review pannunga please:
policy-map global_policy
 class inspection_default
  inspect sip
  inspect ftp
idha remove panna podhumaa?`),
    no(`సార్, మా iptables rules ఒకసారి review చేయగలరా? కొత్త gateway IP add చేయాలి.
-A INPUT -s 103.21.44.10/32 -p udp --dport 5060 -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT
-A INPUT -p udp --dport 5060 -j DROP`),
    no(`garu, geo-blocking cheyyali, China, Russia nundi SIP scans vastunnai roju. FortiGate lo country based block ela pettali?`),
    no(`chetta MikroTik il SIP ALG off aakkanam. "/ip firewall service-port disable sip" cheythal mathiyo, reboot venno?`),
    no(`ಸರ್, Sophos XG ನಲ್ಲಿ VOS server ಗೆ 5060 TCP ಮತ್ತು UDP open ಮಾಡ್ಬೇಕು, ಹೊಸ carrier ಬರ್ತಿದೆ. firewall rule ಹೇಗೆ ಮಾಡೋದು?`),
    no(`sir, new carrier IP whitelist madbeku iptables alli. "iptables -I INPUT -s 198.51.100.20 -p udp --dport 5060 -j ACCEPT" idu sari na? save hege madodu CentOS 6 alli?`),
    no(`aney sir, VOS server ekata fail2ban install karanna puluwanda? SIP brute force attempts godak enawa logs wala, 401 godak`),
    no(`சார், FortiGate log-ல unknown IPs-ல இருந்து 5060-க்கு "deny" நிறைய வருது. அது normal scanning தானே? calls எல்லாம் ஒழுங்கா போகுது.`),
    no(`anna, pfSense lo outbound NAT lo static port enable cheyyala SIP kosam? manam UDP vaadutunnam, phones behind pfSense`),
    no(`ചേട്ടാ, ഞങ്ങളുടെ പുതിയ firewall (Sophos) config ഒന്ന് review ചെയ്യാമോ? VOS-ലേക്ക് ഏതൊക്കെ ports തുറക്കണം? web, SIP, RTP.`),
    no(`sir carrier puthiya IP range thannu 45.112.8.0/28. ASA il "object-group network CARRIERS" il ee range add cheythal mathiyo? access-list maattano?`),
    no(`ಗುರು, firewall ನಲ್ಲಿ ಒಮ್ಮೆ "nf_conntrack: table full, dropping packet" ಬಂದಿತ್ತು ಕಳೆದ ತಿಂಗಳು. nf_conntrack_max ಜಾಸ್ತಿ ಮಾಡ್ಬೇಕಾ? ಈಗ ಯಾವ ಸಮಸ್ಯೆ ಇಲ್ಲ.`),
    no(`සර්, security එකට iptables වල INVALID packets drop කරන rule එකක් දාන්න හොඳද? දැනට එහෙම rule එකක් නෑ. RST mode අපි use කරන්නේ නෑ.`),
    no(`sir, web portal 8080 external-ku open pannanum, resellers login pannanum. iptables rule sollunga, only India IPs allow panna mudiyuma?`),
    no(`సార్, fail2ban మా Hyderabad reseller IP ని block చేసింది, వాళ్ళు తప్పు password తో 50 సార్లు try చేశారు. unban ఎలా, ignoreip లో whitelist ఎలా?`),
    no(`chetta, MikroTik il port forward cheyyanam: public 5060 -> 192.168.88.10 (VOS). ee rule sheriyano?
/ip firewall nat add chain=dstnat protocol=udp dst-port=5060 action=dst-nat to-addresses=192.168.88.10`),
    no(`sir, FortiGate nalli SIP session helper delete madbeka? vendor heltidare. "config system session-helper" alli id 13 sip ide. delete madidre calls ge enu aagutte?`),
    no(`sir, Jaffna office eke Sophos firewall eke web filtering nisa VOS web manager eka open wenne na. exception ekak danna ona, URL eka dennam`),
    no(`அண்ணா, ufw enable பண்ணா VOS-க்கு என்ன ports allow பண்ணணும்? 5060, RTP range, web 80... இது போதுமா?`),
    no(`garu, maa ASA lo "Deny udp src outside:185.220.x.x/5070 dst inside:VOS/5060 by access-group OUTSIDE_IN" lines chaala unnai. ivi scanners kada? block lo unchadam correct eh kada?`),
    no(`sir, pfSense il VOS nte public IP kku 1:1 NAT cheyyanam. firewall rules ethokke venam? SIP UDP mathram aanu`),
    no(`ಸರ್, MikroTik ನಲ್ಲಿ address-list ಮಾಡಿ India, Sri Lanka IPs ಮಾತ್ರ 5060 ಗೆ allow ಮಾಡೋಣ ಅಂತ. ಇದು ಸರಿಯಾದ approach ನಾ?`),
    no(`සර්, අලුත් gateway එකක් TCP වලින් එන නිසා firewall එකේ TCP 5060 open කරන්න ඕනේ. FortiGate policy එක දාන්න උදව් කරන්න පුළුවන්ද?`),
    no(`bro, iptables-save output anuppuren, review pannunga. oru carrier IP add pannanum, innoru pazhaya IP remove pannanum.
-A INPUT -s 45.64.10.2/32 -p udp -m udp --dport 5060 -j ACCEPT
-A INPUT -s 122.165.4.9/32 -p udp -m udp --dport 5060 -j ACCEPT
-A INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT`),
  ],
  negationContext: [
    no(`සර්, ඊයේ phones unregistered වුණේ RST නිසා කියලා හිතුවා, ඒත් අපි SS_TCP_CLOSE_RESET කවදාවත් on කරලා නෑ, තාමත් Off. ඇත්ත හේතුව admin password change එක. දැන් හැදුවා, ස්තූතියි.`),
    no(`machan last month thibba TIME_WAIT / port exhaustion prashne hari giya, thanks! dan peak eketh timewait 900 witarai, error ekak wath naha`),
    no(`சார், பழைய ticket-ஐ record-க்கு forward பண்றேன்: "Mar 3 - cannot assign requested address at peak, resolved by port range change + tw_reuse". இப்போ எந்த problem-உம் இல்ல.`),
    no(`anna, firewall RST drop pannudhu nu doubt irundhuchu, aana naanga UDP only, TCP illave illa. so adhu illa. vera enna irukkum? carrier side la 480 varudhu`),
    no(`సార్, RST mode off లోనే ఉంది, ఎవరూ మార్చలేదు. మరి phones unregistered ఎందుకు అనుకున్నాం... తెలిసింది, router reset అయ్యి SIP account settings పోయాయి. ఇప్పుడు మళ్ళీ పెట్టాం.`),
    no(`garu thanks, meeru cheppina tcp_tw_reuse change tarvata ippudu peak lo TIME_WAIT 600 ki taggindi, errors emi levu. ticket close cheyyandi`),
    no(`chetta, FortiGate "no session matched" issue kazhinja aazhcha thanne solve aayi, RST off aakkiyappo. ippo ellam ok, just inform cheyyan vendi`),
    no(`ಸರ್, ನಾವು RST mode enable ಮಾಡಿಲ್ಲ, softswitch.conf ನಲ್ಲಿ SS_TCP_CLOSE_RESET=Off ಇದೆ. ಕೆಲವು phones unregistered ಇರೋದು ಅವರ internet bill ಕಟ್ಟಿಲ್ಲ, ISP disconnect ಮಾಡಿದೆ ಅದಕ್ಕೆ.`),
    no(`sir, aa "address already in use" problem ninne nimma team fix madidru, tomcat port conflict aagittu. ivattu ella sari ide. dhanyavadagalu`),
    no(`sir, api RST on kale na, kisima kenek softswitch.conf eka wenas kale na. phones wada. boss kiyapu nisa check kala, grep kalama "SS_TCP_CLOSE_RESET=Off" thiyenne`),
    no(`வணக்கம் சார், நீங்க சொன்னபடி நேத்து RST mode-ஐ off பண்ணிட்டோம். இப்போ FortiGate-ல drops இல்ல, calls எல்லாம் normal. ரொம்ப நன்றி!`),
    no(`anna, old ticket reference kosam: "Jan - NAT phones unregistered after RST enable, fixed by RST off + keepalive". ippudu problem ledu, audit kosam pampistunna`),
    no(`സാർ, കഴിഞ്ഞ മാസം ഉണ്ടായിരുന്ന TIME_WAIT പ്രശ്നം ഇപ്പോൾ ഇല്ല. peak-ൽ ss -s: timewait 410. നന്ദി!`),
    no(`bro, phones unregistered aayath RST kaaranam alla - njangal UDP aanu use cheyyunnath, TCP illa. router il ALG aayirunnu, off aakki, ippo sheriyayi`),
    no(`ಗುರು, firewall ನಲ್ಲಿ INVALID drop ಆಗ್ತಿದೆ ಅಂತ ಅಂದುಕೊಂಡಿದ್ವಿ, ಆದ್ರೆ log ನೋಡಿದ್ರೆ ಯಾವುದೇ drop ಇಲ್ಲ. calls fail ಆಗಿದ್ದು carrier side route ಸಮಸ್ಯೆ, ಅವರು fix ಮಾಡಿದ್ರು.`),
    no(`සර්, "cannot assign requested address" error එක අපිට ආවේ නෑ, ඒක වෙන customer කෙනෙක්ගේ screenshot එකක් වැරදිලා forward කළේ. sorry!`),
    no(`sir, naanga SS_TCP_CLOSE_RESET on pannave illa, default Off dhaan. phones unregistered aanadhu SIP password reset pannadhaala. ippo correct pannitom, ellam registered`),
    no(`సార్, మేము RST mode on చేయలేదు, ఎవరూ ఏమీ మార్చలేదు. నిన్న ఒక గంట calls drop అయింది ISP link down వల్ల, ఇప్పుడు ok.`),
    no(`chetta, ee forward cheytha log pazhayathaanu (2023). "EADDRINUSE" ulla lines okke old. ippo server il problem illa, audit nu vendi maathram`),
    no(`sir, RST on maadi ondu vaara aaytu. NAT phones ella registered, firewall nalli drop illa, TIME_WAIT 30k inda 800 ge bandide. ellaa ok, thanks`),
    no(`aney sir thanks, ara firewall eke RST drop wena eka fix una. dan ASA log eke "flags RST" deny ekak wath naha, calls hari`),
    no(`சார், நீங்க சொன்ன மாதிரி RST mode-ஐ off பண்ணோம், NAT phones எல்லாம் மறுபடியும் registered. இப்போ 0 unregistered. ticket close பண்ணலாம்.`),
    no(`sir, maa NOC report lo "port exhaustion risk" ani raasaru, kaani adi just risk assessment matrame. maa server lo TIME_WAIT 300, errors levu, RST kuda enable cheyyaledu`),
    no(`sir, njan paranja "address already in use" 5060 il alla, athu ente PC yil Zoiper um MicroSIP um orumich open cheythathaa. oru app close cheythu, sheriyayi`),
    no(`ಸರ್, RST mode enable ಮಾಡಿದ್ರೆ phones unregistered ಆಗ್ತಾವೆ ಅಂತ ಕೇಳಿದ್ವಿ, ಆದ್ರೆ ನಾವು ಇನ್ನೂ enable ಮಾಡಿಲ್ಲ, ಮಾಡೋದೂ ಇಲ್ಲ. ನಮ್ಮ phones ಎಲ್ಲಾ UDP.`),
    no(`සර්, Jaffna client ගේ phones unregistered වුණේ RST නිසා නෙවෙයි - ඒගොල්ලන්ගේ account එක expire වෙලා තිබුණේ. renew කළා, දැන් හරි.`),
    no(`bro, ticket #4471 close pannalaam. RST off pannadhukkapuram firewall "no session matched" drops varala, 2 naala clean`),
  ],
  portExhaustion: [
    pe(`සර්, හදිසියි! peak time එකේ (රෑ 8-10) calls fail වෙනවා. log එකේ "connect() failed: Cannot assign requested address". ss -s එකේ timewait 28k වගේ. CPS 180 විතර. off peak එකේ කිසි අවුලක් නෑ.`),
    pe(`machan aney, hawasata calls yanne na. netstat eke TIME_WAIT 31,000 k witara. carrier ekata outgoing TCP connect wenne na, "Address already in use" errors log eke pirila. udey nam okkoma hari`),
    pe(`சார் அவசரம், peak hour-ல calls fail ஆகுது.
TCP: 33012 (estab 812, closed 32100, orphaned 0, timewait 32050/0)
log-ல carrier-க்கு connect பண்ணும்போது "cannot assign requested address" வருது.`),
    pe(`anna, saayangalam 7 mani aana namma server-la TIME_WAIT muppathu ayiram (30k) thaandudhu, pudhu TCP connections open aagala, calls ellam fail. ip_local_port_range 32768-60999 dhaan. enna pannalaam?`),
    pe(`సార్, రాత్రి peak లో TIME_WAIT 30 వేలు దాటుతోంది, carrier కి outbound SIP TCP connect "EADDRINUSE" తో fail అవుతోంది. ASR 20% కి పడిపోయింది. urgent.`),
    pe(`garu, busy hours lo maa VOS nundi carrier ki kotha TCP connections open avvatledu, log lo "cannot assign requested address". netstat -ant | grep TIME_WAIT | wc -l = 27,480. help cheyyandi please`),
    pe(`chetta, peak time il calls fail aakunnu, CPS 200 und. ss -s il timewait 29k. log il outgoing connections inu "bind: Address already in use". off peak il ellam sheriyanu, ithu enthaa?`),
    pe(`ಸರ್, ಸಂಜೆ peak ನಲ್ಲಿ calls fail ಆಗ್ತಿವೆ. TIME_WAIT ಮೂವತ್ತು ಸಾವಿರ ಮೀರಿದೆ, carrier ಗೆ outgoing connect ಮಾಡುವಾಗ "Cannot assign requested address". ಬೆಳಗ್ಗೆ ಎಲ್ಲ ಸರಿ ಇರುತ್ತೆ.`),
    pe(`sir urgent, namma Bengaluru VOS alli 6pm inda carrier ge calls hogtilla. mbx log alli "tcp connect failed: Cannot assign requested address", ss -s timewait 31k. CPS 150 mele`),
    pe(`sir, ada 3rd day. peak eke CPS 220 wenakota TCP connect fail wenawa. log eke "EADDRINUSE" godak. netstat TIME_WAIT 28k - 30k athara. ports iwara wela wage, calls 40% fail`),
    pe(`வணக்கம் சார், எங்க call centre campaign ஆரம்பிச்சதும் calls fail ஆகுது. netstat-ல TIME_WAIT 26,000+ இருக்கு. outbound-ல "Cannot assign requested address". ports தீந்துடுச்சு போல.`),
    pe(`anna, maa server lo ports ayipoyinattu undi. ss -tan state time-wait | wc -l -> 28312. peak lo carriers ki outgoing TCP connect avvatledu, calls 503 tho fail avutunnai`),
    pe(`ചേട്ടാ, peak time-ൽ calls പോകുന്നില്ല. TIME_WAIT 30,000-ൽ കൂടുതൽ. log-ൽ "Cannot assign requested address". off peak-ൽ എല്ലാം ശരി. എന്ത് ചെയ്യണം?`),
    pe(`sir, muppathinaayiram (30k) TIME_WAIT und, peak il puthiya connections open aakunnilla. carrier side lekk TCP connect fail. ip_local_port_range default aanu, onnum maattiyittilla`),
    pe(`ನಮಸ್ಕಾರ ಸರ್, paste ಮಾಡ್ತಿದೀನಿ:
$ ss -s
Total: 31022
TCP:   30411 (estab 655, closed 29650, orphaned 3, timewait 29601/0)
log: "connect to 10.20.1.5:5060 failed: Cannot assign requested address". ರಾತ್ರಿ 9 ಗಂಟೆ peak.`),
    pe(`අයියේ, ඉක්මනට බලන්න. CPS 250ට ගියාම outgoing calls ඔක්කොම fail. TIME_WAIT 32k. outgoing sockets වලට "bind failed: Address already in use". customers complain කරනවා.`),
    pe(`sir, peak time la TIME_WAIT 25k to 30k. server carrier-ku pudhu TCP connection open panna mudiyala, "cannot assign requested address". kaalaiyila ellam ok dhaan, evening dhaan prachanai`),
    pe(`సార్, మా NOC నుండి forward:
"ALERT 21:14 VOS01 outbound TCP connect failures 4,200/min, errno 99 EADDRNOTAVAIL, TIME_WAIT 29.8k"
ఇది ప్రతి రోజు peak లో వస్తోంది.`),
    pe(`chetta, peak il ithaanu:
netstat -ant | awk '{print $6}' | sort | uniq -c
  28734 TIME_WAIT
    702 ESTABLISHED
     12 LISTEN
calls fail aakunnu, outbound connect error.`),
    pe(`guru, namma call centre dialer 300 CPS start madidaga VOS nalli "Cannot assign requested address", TIME_WAIT 30k mele. calls ella fail. dialer speed kammi madidre sari agutte`),
    pe(`sir, evening peak eke calls drop newei, connect wenne na. ss -s timewait 27k+. log eke "EADDRNOTAVAIL" outgoing TCP walata. ports iwara wela wage, mokakda karanne?`),
    pe(`சார், தினமும் peak-ல இதே problem. TIME_WAIT முப்பதாயிரம் தாண்டுது. புது TCP connection எதுவும் open ஆகல. outgoing connect-ல "Address already in use" வருது. ip_local_port_range மாத்தலாமா?`),
    pe(`sir, idi chudandi:
TCP: 31877 (estab 540, closed 31200, orphaned 0, timewait 31150/0)
8pm nundi calls fail avutunnai, outgoing connect errors. ports exhaust ayyayi anukunta`),
    pe(`sir, Kochi VOS il oro peak hour ilum carrier lekk TCP connect cheyyumbol "cannot assign requested address" varunnu. TIME_WAIT 28,500. CPS 170. urgent aanu`),
    pe(`ಸರ್, ನಮ್ಮ reseller traffic ಜಾಸ್ತಿ ಆಗಿದೆ, peak ನಲ್ಲಿ 200 CPS. ಈಗ calls fail, TIME_WAIT 29 ಸಾವಿರ, outbound ಗೆ "EADDRINUSE". ಬೇಗ ಸಹಾಯ ಮಾಡಿ.`),
    pe(`සර්, මේ බලන්න:
# netstat -an | grep -c TIME_WAIT
30122
rush hour එකේ carrier එකට connect වෙන්නේ නෑ, "Cannot assign requested address". CPS 190.`),
    pe(`anna, 30,000 TIME_WAIT sockets, evening peak-la pudhu connection pogala. calls "connect failed errno 99". nethu irundhu idhe nelamai, romba customers complaint`),
    pe(`garu, maa Vijayawada server lo peak lo 400 CPS, 14 lakh calls per hour daatutondi. TIME_WAIT 32k, kotha outgoing TCP connects "Cannot assign requested address" tho fail. urgent please`),
    pe(`സാർ, രാത്രി peak-ൽ outgoing TCP connections-ന് "Address already in use". TIME_WAIT മുപ്പതിനായിരം. calls ഒന്നും പോകുന്നില്ല. ഇപ്പോൾ live ആണ് പ്രശ്നം.`),
    pe(`sir, ivattu sanje inda namma VOS inda carrier ge hogo TCP connections fail, "cannot assign requested address". ss -s nalli timewait 27,900. RST mode innu enable madilla, default FIN ide. enu madbeku?`),
  ],
  natUnregistered: [
    nat(`සර්, ඊයේ ඔයාලා SS_TCP_CLOSE_RESET=On කළාට පස්සේ අපේ office එකේ MikroTik NAT එක පිටිපස්සේ තියෙන phones 15ම unregistered. ඒවා TCP වලින් තමයි register වෙන්නේ.`),
    nat(`machan RST mode on kalata passe home users la softphones (TCP) register wenne na, nathnam vinadi 5-10 kin unregistered wenawa. NAT eka piti passe thiyena ewa witharai. public IP thiyena gateways hari`),
    nat(`சார், நேத்து close mode-ஐ RST-க்கு மாத்தினதுக்கு அப்புறம் NAT பின்னாடி இருக்கும் எங்க Yealink phones அடிக்கடி unregistered ஆகுது. எல்லாம் SIP over TCP.`),
    nat(`anna, neenga nethu panna change (RST mode) apram namma home agents softphone ellam registration poyidhu. ellam TCP la irukku, router pinnadi irukuravanga mattum. konjam paarunga`),
    nat(`సార్, SS_TCP_CLOSE_RESET On చేసిన తర్వాత home routers వెనుక ఉన్న మా agents softphones (TCP) unregistered అవుతున్నాయి. public IP ఉన్న gateways బాగానే ఉన్నాయి.`),
    nat(`garu, RST enable chesina daggara nundi maa branch office phones (NAT venaka, TCP transport) register ayyi malli prathi konni nimishalaki drop avutunnai. mundu ila ledu`),
    nat(`chetta, RST mode on aakkiyathinu sesham njangalude work-from-home agents nte phones unregistered aakunnu. ellarum home router NAT pinnil, TCP aanu. sheriyavunnilla`),
    nat(`ಸರ್, ನಿನ್ನೆ RST mode on ಮಾಡಿದ ಮೇಲೆ ನಮ್ಮ office NAT ಹಿಂದೆ ಇರೋ IP phones ಎಲ್ಲ unregistered. ಅವು TCP ಬಳಸ್ತಾವೆ. public IP gateways ok.`),
    nat(`sir, softswitch.conf nalli SS_TCP_CLOSE_RESET=On haaki reparse madidvi ninne. ivattu belige inda NAT hinde iro softphones (Zoiper, TCP) register aagta illa. help madi`),
    nat(`aney sir, RST on kalata passe call centre eke agents la (MikroTik NAT, TCP) registration nathi wenawa. web eke "unregistered" 40 k witara. rollback karanna ona da?`),
    nat(`வணக்கம், RST mode enable பண்ணதுல இருந்து எங்க Coimbatore office phones (NAT பின்னாடி, TCP) registered-ஆ இருந்து unregistered-ஆ மாறி மாறி போகுது. UDP phones-க்கு problem இல்ல.`),
    nat(`anna, since your change yesterday (close mode RST ki maarcharu) maa NAT venaka unna Grandstream phones TCP lo unregistered. direct public IP unna vaatiki problem ledu`),
    nat(`സാർ, RST mode on ആക്കിയ ശേഷം NAT-ന് പിന്നിലുള്ള phones എല്ലാം unregistered ആകുന്നു. TCP ആണ് transport. മുമ്പ് ഇങ്ങനെ ഉണ്ടായിരുന്നില്ല.`),
    nat(`bro, SS_TCP_CLOSE_RESET On cheythathinu sesham MikroTik NAT pinnile 25 phones unregistered. TCP registration refresh fail aakunnu. TIME_WAIT kuranju, pakshe phones poyi`),
    nat(`ಗುರು, close mode RST ಗೆ ಬದಲಾಯಿಸಿದ ನಂತರ ನಮ್ಮ home agents ಗೆ registration ಹೋಗ್ತಾ ಇದೆ. ಎಲ್ಲರೂ home router NAT ಹಿಂದೆ, TCP transport. ಸರಿ ಮಾಡೋದು ಹೇಗೆ?`),
    nat(`සර්, RST mode එක දැම්මට පස්සේ Kandy branch එකේ NAT පිටිපස්සේ phones ටික register වෙලා ටිකකින් unregistered වෙනවා. TCP තමයි use කරන්නේ. ඉක්මනට උදව් කරන්න.`),
    nat(`sir, reseller kitta irundhu forward: "after RST enable, our customers behind NAT (TCP SIP) showing unregistered since morning, 60 accounts". please check pannunga`),
    nat(`గారు, RST mode on చేసాక మా Hyderabad call centre లో NAT వెనుక ఉన్న softphones TCP registration పోతోంది. "Unregistered" list లో 35 ఉన్నాయి.`),
    nat(`chetta, innale RST on aakkiyappo thott Kochi branch phones (NAT, TCP) unregistered aayi kidakkunnu. re-register cheythal 2-3 minute nilkum, pinne pokum`),
    nat(`sir, namma Mysuru reseller customers ella home routers hinde, SIP TCP. RST mode on madida mele avara accounts unregistered aagtide. UDP customers ge problem illa`),
    nat(`sir, RST on kalata passe NAT piti passe thiyena TCP phones register wenne na. phone eke "Registration timeout" penawa. public IP eke thiyena gateways wada`),
    nat(`சார், SS_TCP_CLOSE_RESET=On போட்டதுல இருந்து NAT பின்னாடி இருக்கிற TCP softphones registration நிக்கல. ஒவ்வொரு 5 நிமிஷத்துக்கும் unregistered ஆகுது.`),
    nat(`sir urgent, RST mode ki maarchina tarvata maa home agents (TP-Link router NAT venaka, Zoiper TCP) andaru unregistered. incoming calls raavatledu`),
    nat(`sir, ningal innale close mode RST aakki, athinu sesham office NAT nu pinnile TCP phones okke unregistered. UDP phones ok aanu. VOS web il ippo kaanunnath:
Ext 2001  192.168.1.21 (NAT)  TCP  Unregistered
Ext 2002  192.168.1.22 (NAT)  TCP  Unregistered
Ext 3001  public  UDP  Registered`),
    nat(`ಸರ್, RST on ಆದಮೇಲೆ MikroTik NAT ಹಿಂದೆ ಇರೋ phones (TCP) registration ಕಳೆದುಕೊಳ್ತಿವೆ. VOS web ನಲ್ಲಿ "unregistered" ತೋರಿಸ್ತಿದೆ.`),
    nat(`අයියේ, ඊයේ රෑ softswitch.conf එකේ SS_TCP_CLOSE_RESET=On දාලා reparse කළා. අද උදේ ඉඳන් home agents ලා (NAT, TCP) ඔක්කොම unregistered.`),
    nat(`boss, RST mode on panninadhula irundhu NAT pinnadi irukkura namma Chennai agents phones TCP la register aagala. 20 per unregistered. public IP gateways ok`),
    nat(`garu, RST mode enable chesaka office NAT venaka unna IP phones TCP registration prathi 10 nimishalaki drop avutondi. NOC nundi complaints vastunnai`),
    nat(`ചേട്ടാ, RST mode on ചെയ്ത ശേഷം വീട്ടിൽ നിന്ന് work ചെയ്യുന്ന agents-ന്റെ softphones (TCP, home router NAT) unregistered ആകുന്നു. ശരിയാവുന്നില്ല.`),
    nat(`guru, Hubli branch NAT hinde iro TCP phones RST enable aada mele unregistered. direct IP iro gateways sari ide. nimma team ninne madida change ide alva? rollback madbahuda?`),
  ],
  firewallRst: [
    fw(`සර්, RST mode on කළාට පස්සේ calls hang වෙනවා. FortiGate log එකේ TCP 5060 සඳහා "no session matched" ගොඩක් එනවා.`),
    fw(`machan RST mode damma passe calls drop wenawa. ASA log eke "Deny TCP (no connection) from VOS/5060 to x.x.x.x flags RST". firewall eka RST drop karanawa wage`),
    fw(`சார், SS_TCP_CLOSE_RESET=On பண்ணதுல இருந்து calls நடுவுல hang ஆகுது. pfSense log-ல "TCP:R" blocked packets நிறைய.`),
    fw(`anna, RST enable pannadhukku apram namma Sophos firewall RST packets-a drop pannudhu, log-la "out of state" nu varudhu. calls fail aagudhu`),
    fw(`సార్, RST mode on చేసాక iptables లో INVALID drop counter వేగంగా పెరుగుతోంది, calls hang అవుతున్నాయి. conntrack RST ని INVALID గా చూస్తోంది అనుకుంటా.`),
    fw(`garu, close mode RST ki maarchina tarvata FortiGate lo "no session matched" logs, calls madhyalo drop. TCP trunks matrame affect`),
    fw(`chetta, RST on aakkiyathinu sesham calls hang aakunnu. Cisco ASA log:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.10/5060 to 203.0.113.9/41822 flags RST on interface inside`),
    fw(`ಸರ್, RST mode enable ಮಾಡಿದ ನಂತರ ನಮ್ಮ pfSense firewall RST packets drop ಮಾಡ್ತಿದೆ, calls fail. log ನಲ್ಲಿ "TCP:R" block.`),
    fw(`sir, SS_TCP_CLOSE_RESET On aada mele MikroTik firewall "connection-state=invalid" drop rule counter jaasti aagtide, calls hang`),
    fw(`sir, pasted:
iptables -L -v -n | grep INVALID
 48211 2893K DROP all -- * * 0.0.0.0/0 0.0.0.0/0 ctstate INVALID
RST mode dammata passe meka godak wadi wenawa, calls fail`),
    fw(`வணக்கம், RST mode enable பண்ணதுக்கு அப்புறம் FortiGate-ல "no session matched" drops வருது, TCP SIP calls connect ஆகாம hang ஆகுது. firewall RST-ஐ drop பண்ணுது போல.`),
    fw(`anna, since your change yesterday (RST close) maa ASA "TCP flags R" deny chestondi, calls drop avutunnai. log forward chesthunna`),
    fw(`സാർ, RST mode on ആക്കിയ ശേഷം ഞങ്ങളുടെ Sophos firewall RST packets drop ചെയ്യുന്നു, calls hang ആകുന്നു. log-ൽ "invalid TCP state".`),
    fw(`bro, RST enable cheythathinu sesham calls 30 sec kazhinju drop. pfSense logs il "block TCP:R 10.0.0.5:5060" nirayeyund`),
    fw(`ಗುರು, SS_TCP_CLOSE_RESET=On ಆದ ಮೇಲೆ calls hang ಆಗ್ತಿವೆ. iptables conntrack INVALID drop ಜಾಸ್ತಿ. RST packets firewall ಅಲ್ಲೇ ಸಾಯ್ತಿವೆ.`),
    fw(`සර්, RST mode එක දැම්මට පස්සේ FortiGate එක RST packets drop කරනවා. calls මැද්දෙන් hang වෙනවා. "no session matched" logs. ඉක්මනට බලන්න.`),
    fw(`sir, NOC kitta irundhu forward: "since RST mode enable, ASA dropping TCP RST from VOS, %ASA-6-106015 flags RST, TCP carrier calls failing". urgent`),
    fw(`గారు, RST mode తర్వాత మా MikroTik firewall "invalid" connections drop చేస్తోంది, calls hang. TCP trunks మాత్రమే.`),
    fw(`chetta, innale RST on aakki, ippo FortiGate "diagnose debug flow" il RST packets inu "no session matched". calls connect aakunnilla`),
    fw(`sir, RST mode on madid mele namma Sophos XG alli "Drop - invalid state" log tumba barta ide, TCP calls fail`),
    fw(`aney sir, RST mode on kalata passe iptables conntrack INVALID drop wenawa, "TCP flags R" packets. calls hang`),
    fw(`சார், RST mode-க்கு மாத்தினதுல இருந்து pfSense firewall RST packets-ஐ block பண்ணுது. calls நடுவுல cut ஆகுது.`),
    fw(`sir, SS_TCP_CLOSE_RESET=On tarvata FortiGate lo "no session matched" counter perugutondi, TCP SIP calls hang. UDP carrier calls ok`),
    fw(`sir, RST enable cheythathinu sesham ASA il "Deny TCP (no connection) ... flags RST" logs, calls hang aakunnu`),
    fw(`ಸರ್, RST mode ಇಂದ ಈಗ iptables INVALID drop counter ನಿಮಿಷಕ್ಕೆ ಸಾವಿರ ಜಾಸ್ತಿ ಆಗ್ತಿದೆ, calls hang.`),
    fw(`සර්, close mode RST කළාට පස්සේ Sophos firewall එක "out of state" කියලා RST packets drop කරනවා. TCP calls fail.`),
    fw(`anna vanakkam, Chennai NOC-la irundhu. RST on pannadhukapram MikroTik-la idhu paarunga:
/ip firewall filter print stats
 3 chain=forward action=drop connection-state=invalid  packets=184,220
rendu naala munnadi 0 dhaan. TCP trunk calls ellam hang aagudhu, UDP trunk mattum ok`),
    fw(`garu namaskaram, Vijayawada nundi. RST mode on chesaka maa pfSense lo "TCP:R" block logs chaala vastunnai, prathi nimisham vandala lines. customers calls madhyalo drop avutunnai ani complaint, TCP carriers ki matrame. emi cheyyali?`),
    fw(`ചേട്ടാ, SS_TCP_CLOSE_RESET On ആക്കിയ ശേഷം FortiGate RST drop ചെയ്യുന്നു, calls hang. "no session matched".`),
    fw(`guru, ninne raatri RST mode on maadidvi. ivattu FortiGate logs nalli "no session matched" tumba, TCP calls hang aagtive`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning158Set: readonly EvalItem[] = Object.values(tuning158Families).flat();
