import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP operators, call-termination shops and NOC technicians in East Africa, on WhatsApp: roughly a quarter each
 * Swahili from Kenya and Tanzania (mixed with Sheng and English), Amharic (Ethiopic script and romanised), Somali,
 * and Luganda with Ugandan English. They paste ss/netstat/firewall output, write thousands as "elfu thelathini",
 * "30k", "30,000", Somali "soddon kun", Amharic "30 ሺ" or Luganda "emitwalo esatu", and open with "Habari boss",
 * "Niaje msee", "ሰላም", "Selam wendme", "Asc walaal", "Gyebale ko ssebo".
 *
 * The hundred-and-seventy-ninth tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its
 * own port, registration lost for another reason, small figures and questions, firewall work without dropped RST,
 * playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones unregistered
 * after RST mode, a stateful firewall dropping RST). Written as the hundred-and-seventy-ninth never-tuned set, before the sixty-fifth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-fifth round, then made tuning
 * material for the sixty-sixth: bench/classify lists its misses.
 *
 * One message of negationContext, which normalised as one of the hundred-and-sixty-third tuning split's, was left out.
 * First measured, before any tuning on it: in scope 95.6 %, negatives confident 3.0 %, confident wrong 0 % with the rules of
 * the sixty-fourth round, before the sixty-fifth.
 * After the sixty-fifth round: the same.
 * After the sixty-sixth round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning179Families = {
  oneListeningPort: [
    no(`Habari boss, web portal ya VOS haifunguki tangu asubuhi. catalina.out inasema:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-nio-8080"]
java.net.BindException: Address already in use
Nimeangalia netstat -tlnp | grep 8080 naona java nyingine ya zamani (PID 2231) bado inashikilia hiyo port. Niiue tu?`),
    no(`Niaje msee, nginx imekataa ku-start baada ya reboot: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). Kumbe apache ya zamani bado iko running. Hii ina-affect calls ama ni web tu?`),
    no(`Habari za mchana. Tumerestart mbx3000d lakini inakataa kuwaka, inasema port 5060 address already in use. ps -ef inaonyesha process ya zamani ya softswitch haijafa. Tuiue aje bila kuharibu kitu?`),
    no(`mysqld haianzi kwenye server ya VOS:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
Kweli kuna mysqld mbili, moja ilikuja na package ya zabbix. Ni salama kuizima moja?`),
    no(`Boss, tunajaribu kuweka container ya dashboard ya billing kwenye server ile ile ya VOS, docker inasema: Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use. Nadhani ni tomcat ya VOS web. Tubadilishe port ya container?`),
    no(`Mambo, kwenye laptop yangu (sio server) nikiwasha dev server ya portal ya resellers inasema "Error: listen EADDRINUSE: address already in use :::3000". Nitajuaje ni app gani imeshika 3000 kwa Windows?`),
    no(`Habari, redis ya kampuni inakataa kuwaka: "Could not create server TCP listening socket *:6379: bind: Address already in use". Tunaitumia kwa script ya CDR tu. Inaonekana kuna redis nyingine ndani ya docker.`),
    no(`ሰላም። የVOS3000 web manager አይከፈትም። catalina.out ላይ "java.net.BindException: Address already in use: JVM_Bind <null>:8080" ይላል። ሌላ tomcat ከዚህ በፊት ተጭኖ ነበር፣ እሱ ነው port 8080ን የያዘው መሰለኝ። እንዴት ላቁመው?`),
    no(`Selam, redis-server alnesam alu: "Could not create server TCP listening socket *:6379: bind: Address already in use". Ande redis kedmo ale yimeslegnal. Le VOS billing script new yemintekemew, calls lay chigir yelem.`),
    no(`ሰላም ወንድሜ፣ mbx3000d restart ካደረግን በኋላ "bind 0.0.0.0:5060 failed: Address already in use" ይላል። ps -ef ስናይ የድሮው process አሁንም አለ። kill -9 ብናደርገው ችግር አለው?`),
    no(`Endemin walachu. Developer laptop lay "npm run dev" sil "Error: listen EADDRINUSE: address already in use :::3000" yilal. Ye VOS API client new yemisrawu, server sayhon laptop lay bicha new. Min madreg alebign?`),
    no(`ሰላም፣ SSL ከጫንን በኋላ httpd አይነሳም:
(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:443
nginx ደግሞ 443 ላይ እየሰማ ነው። አንዱን ብቻ ማስቀመጥ ያለብን ይመስለኛል?`),
    no(`Selam, VOS web (tomcat) port 8080 lay new yemiseraw. Kezare zabbix frontend tecanen, ahun tomcat "Address already in use" bilo ayinesam. Zabbix-u 8080 lay new. Port mekeyer yichalal?`),
    no(`ጤና ይስጥልኝ። docker container ለreport dashboard ስንጀምር "bind: address already in use" ለ0.0.0.0:80 ይላል። apache አስቀድሞ 80ን ይዞታል። container-ኡን ወደ 8081 ብናዞረው ይሻላል?`),
    no(`Asc walaal, VOS web interface-ka ma furmayo. Log-ka: "java.net.BindException: Address already in use (Bind failed)" port 8080. Waxaan arkay tomcat kale oo hore u socda. Ma dilaa mise wax kale ayaa jira?`),
    no(`Salaan. Softswitch-ka markii aan restart gareeyay wuxuu leeyahay port 5060 address already in use. lsof -i :5060 wuxuu muujinayaa mbx3000d hore oo aan dhiman. Sidee si nabad ah u saaraa?`),
    no(`Walaal, mysql ma kacayo: "Bind on TCP/IP port. Got error: 98: Address already in use". Mysql labo ayaa ku rakiban server-ka, mid ka mid ah waa mariadb. Kee ayaan joojiyaa?`),
    no(`docker run -p 80:80 ... wuxuu leeyahay "bind: address already in use". Apache ayaa horey u haysta 80. Waxaan rabaa in aan dashboard yar ku shido server-ka VOS-ka, maxaan sameeyaa?`),
    no(`Asc, laptop-kayga markaan ku shido flask app-ka ee CDR report-ka: "OSError: [Errno 98] Address already in use" port 5000. Server-ka VOS ma aha, laptop-ka kaliya. Sidee ku helaa process-ka haysta?`),
    no(`Salaan, nginx reload kadib: bind() to 0.0.0.0:443 failed (98: Address already in use). HAProxy ayaa 443 haysta. Labadaba ma u baahanahay mise mid kaliya?`),
    no(`Walaal, redis-ka ma kaco: "bind: Address already in use" 6379. Container hore oo redis ah ayaa weli socda. Waa script-ka lacagaha, wicitaanada ma saameeyo.`),
    no(`Gyebale ko ssebo. Our VOS web portal is refusing to come up. catalina.out: "Address already in use <null>:8080". netstat shows another java holding 8080, an old tomcat a technician installed. Nsaba obuyambi, should I remove it?`),
    no(`Boss, mbx3000d tekyagala ku-start after the restart, it says 5060 address already in use. The old process is still there in ps. Kati nkole ki, kill it?`),
    no(`Hello team, kindly assist. redis won't start on the billing box: "bind: Address already in use" on 6379. I think there's a second redis from a docker container. Webale.`),
    no(`Ssebo, on my laptop I am running the dev server for our reseller portal and it says EADDRINUSE :::8000. Nothing to do with the VOS server itself, just my machine. How do I find which app is holding it on Windows?`),
    no(`Gyebale. After installing webmin, apache won't start: "(98)Address already in use: make_sock: could not bind to address 0.0.0.0:80". nginx is already holding 80. Which one do I keep?`),
    no(`Good morning. The softswitch is fine after reboot but the web on 8080 fails with java.net.BindException: Address already in use. Someone installed jenkins on 8080 as well. Eh these guys!`),
  ],
  otherRegistrationCause: [
    no(`Habari, simu za ofisi ya Mombasa zote zinaonyesha unregistered tangu jana. Tumegundua mteja hajalipa, account imesuspendiwa kwa balance. Akilipa elfu thelathini leo zitarudi automatically?`),
    no(`Boss, gateway ya GoIP inarudisha 403 Forbidden kwenye REGISTER. Tulibadilisha password ya account kwenye VOS juzi lakini tukasahau kuiweka kwa gateway. Nitaibadilisha wapi kwenye GoIP?`),
    no(`Mambo, client wa Arusha amehamia ISP mpya (kutoka TTCL kwenda fiber nyingine) na public IP yake imebadilika. Tulikuwa tumeweka IP authentication kwa mapping gateway, sasa gateway inaonekana unregistered na calls zinakataliwa. Tubadilishe IP wapi?`),
    no(`Msee, softphones za call center zilikuwa unregistered asubuhi yote, kumbe stima ilipotea Kisumu na router haikurudi. Sasa zimerudi. Nataka tu kujua kama VOS ina log ya hii.`),
    no(`Habari za jioni. Kwenye web ya VOS naona "license expired" na registrations zote zimeshuka ghafla. Tunalipaje renewal na itachukua muda gani?`),
    no(`Niaje, SIP ALG kwenye router ya Huawei (home fibre) inaharibu registration: simu zinasajili kisha zinaanguka baada ya dakika mbili. Tunatumia UDP tu, hakuna TCP. Nizime ALG aje?`),
    no(`Hello, DNS ya sip.kampuni.co.ke tuliibadilisha iende server mpya lakini simu bado zinaangalia IP ya zamani, zote unregistered. TTL ilikuwa saa 24. Tusubiri tu au kuna njia ya haraka?`),
    no(`ሰላም፣ የአዲስ አበባ ቢሮ ስልኮች ከጠዋት ጀምሮ unregistered ናቸው። password ባለፈው ሳምንት ቀይረን ነበር፣ በስልኮቹ ላይ ግን አልቀየርንም። "SIP/2.0 401 Unauthorized" ደጋግሞ ይመጣል።`),
    no(`Selam, mebrat tekuarto neber (ye power cut) bizu seat, Bole office router ayseram neber. Ahun mebrat temeleswal gin softphone-ochu register lemadreg 10 dekika yiwesdal. Normal new?`),
    no(`ጤና ይስጥልኝ። ethio telecom የኛን public IP ቀይሮታል። VOS ላይ gateway በIP ነው የተመዘገበው፣ ስለዚህ ሁሉም gateway-ዎች unregistered ያሳያሉ። አዲሱን IP የት ላስገባው?`),
    no(`Selam wendme, account-u balance 0 silhone suspended hone, 200 phones unregistered. 30 shi birr kefelen, activate lemadreg min madreg alebin?`),
    no(`ሰላም፣ "licence ጊዜው አልፏል" የሚል ማስጠንቀቂያ ይታያል፣ ስልኮችም መመዝገብ አቆሙ። renewal እንዴት ነው የሚደረገው?`),
    no(`Internet ye Hawassa branch kezare mata jemro yelem (fiber tekorto). Silkochu unregistered nachew. Fiber sitsegen yimelesalu aydel? Lela madreg alebin?`),
    no(`ሰላም፣ አዲሱ TP-Link router ላይ SIP ALG በነባሪ በርቷል። ስልኮቻችን UDP ነው የሚጠቀሙት፣ register አድርገው ከጥቂት ደቂቃ በኋላ ይወድቃሉ። ALG ማጥፋት ይበቃል?`),
    no(`Asc walaal, telefoonada xafiiska Hargeisa dhamaan waa unregistered. Waxaan ogaanay in password-ka account-ka la beddelay (admin cusub ayaa beddelay) oo telefoonada aan la cusboonaysiin. 401 ayey celinayaan.`),
    no(`Salaan, ISP-ga ayaan beddelnay, router cusub ayaa la keenay. Hadda softphone-ada way is-diiwaangeliyaan kadibna way dhacaan. UDP kaliya ayaan isticmaalnaa. SIP ALG ma noqon karaa?`),
    no(`Walaal, koronto ayaa ka go'day office-ka Mogadishu 3 saac, telefoonadu waa unregistered ilaa hadda. UPS ma jiro. Marka korontadu soo laabato ma is-diiwaangelinayaan iskood?`),
    no(`Asc, account-ka reseller-ka ayaa la hakiyay sababtoo ah lacag lama bixin (500 dollar). Macaamiishiisa dhamaan waa unregistered. Sidee dib ugu furaa marka uu bixiyo?`),
    no(`Salaan, domain-ka sip.shirkad.so IP-giisa ayaan beddelnay. Qaar telefoonada ah weli IP-gii hore ayey u dirayaan REGISTER, sidaas darteed waa unregistered. DNS cache ma ahaa?`),
    no(`Walaal, gateway-ga GSM ee Garowe ayaa unregistered. Kadib waxaan ogaaday in SIM-ka internet-ka uu dhammaaday data bundle-kii. Hadda waan ku shubnay, ma soo laaban doonaa?`),
    no(`Asc, VOS web-ka wuxuu leeyahay "license expired", registration-kuna waa hoos u dhacay. Sidee loo cusboonaysiiyaa?`),
    no(`Gyebale ko. Phones za Kampala office all unregistered since morning. We found UMEME power went off and the PoE switch has no UPS. Power is back now but two phones still offline. Should I reboot them?`),
    no(`Ssebo, the reseller changed passwords for all his accounts yesterday evening and now his clients get 403 on REGISTER. The phones still have the old passwords, right? Nsaba you confirm.`),
    no(`Hello boss, we moved from MTN to Airtel fibre, new public IP. Our trunk to VOS was IP-authenticated, now calls rejected and the gateway shows unregistered. Please update, the new IP is 41.210.x.x.`),
    no(`Good afternoon. Softphones (Zoiper) on staff laptops keep unregistering after about 30 min. We use UDP only. Found the router had SIP ALG on, disabled it now, monitoring. Anything else to check on VOS side?`),
    no(`Webale nnyo for yesterday. Today another one: account of client "Kansanga" suspended due to zero balance, phones unregistered. How do I top up via the web?`),
    no(`Ssebo, licence ya VOS yaweddeko? The web says expiring in 0 days and registrations are dropping one by one.`),
  ],
  smallFigures: [
    no(`Habari, nimeendesha ss -s kwenye server yetu ndogo ya Nakuru:
Total: 412 (kernel 0)
TCP:   186 (estab 62, closed 98, orphaned 0, synrecv 0, timewait 96/0), ports 0
Hii ni kawaida? Hatuna tatizo lolote, ni ukaguzi tu.`),
    no(`Swali tu boss: SS_TCP_CLOSE_RESET inafanya nini hasa? Tumeiona kwenye softswitch.conf na iko Off.`),
    no(`Msee, TIME_WAIT ni nini kwa lugha rahisi? netstat inaonyesha kama 300 hivi usiku, calls ziko poa.`),
    no(`Tukiwasha RST mode, je simu zilizo nyuma ya NAT (MikroTik) zitaathirika? Hatujawasha bado, tunapanga tu kabla ya msimu wa sikukuu.`),
    no(`Habari, CPS yetu ni kama 20 peak. Tunahitaji kuwasha tcp_tw_reuse? TIME_WAIT ni mia mbili tu.`),
    no(`Ni kweli kwamba SS_TCP_CLOSE_RESET haiathiri UDP? Trunks zetu zote ni UDP, mteja mmoja tu ndiye wa TCP.`),
    no(`netstat -an | grep TIME_WAIT | wc -l inanipa 154. Ni sawa kwa server yenye calls 80 concurrent? Nauliza tu.`),
    no(`ሰላም፣ ss -s ስናይ timewait 240 ያሳያል። ትንሽ server ነው፣ 40 concurrent calls ብቻ። ይሄ ችግር ነው ወይስ የተለመደ?`),
    no(`Selam, SS_TCP_CLOSE_RESET min yiseral? On bihon min yiqeyeral? Ahun Off new, bicha lemawek new.`),
    no(`ወደፊት CPS ወደ 100 ብናሳድግ RST mode ያስፈልገናል? ከNAT ጀርባ ያሉ phones ምን ይሆናሉ? አሁን ምንም ችግር የለም፣ እቅድ ብቻ ነው።`),
    no(`TIME_WAIT mindin new? netstat lay "TIME_WAIT" yemil bizu mesmer ayehu, 350 yihonal. Yasasebal?`),
    no(`ሰላም፣ ip_local_port_range ነባሪው 32768 60999 ነው። ለ1 ሺ concurrent calls ይበቃል ወይ? እስካሁን ምንም ችግር አላየንም።`),
    no(`Selam, FIN ena RST lela lij endimeredaw asredagn? Client-u teyeqognal, "RST mode" min malet new bilo.`),
    no(`ሰላም፣ የዛሬ ጠዋት ss -s:
TCP:   133 (estab 51, closed 60, orphaned 0, synrecv 0, timewait 58/0), ports 0
ደህና ነው? monitoring ላይ ለማስቀመጥ threshold ምን ይሁን?`),
    no(`Asc walaal, ss -s:
TCP:   97 (estab 40, closed 31, orphaned 0, synrecv 0, timewait 28/0), ports 0
Tani caadi ma tahay? Server-ku si fiican ayuu u shaqeynayaa, hubin kaliya.`),
    no(`Salaan, su'aal: haddii aan shidno SS_TCP_CLOSE_RESET=On, telefoonada NAT-ka ka dambeeya ma lumin doonaan registration? Weli ma shidin.`),
    no(`Walaal, TIME_WAIT muxuu yahay? 500 ayaan arkay saqda dhexe. Dhibaato ma tahay mise caadi?`),
    no(`tcp_tw_reuse=1 ma ammaan baa? CPS-keennu waa 15 kaliya. Blog ayaan ka akhriyay, weli waxba ma beddelin.`),
    no(`Asc, FortiGate-ka haddii aan RST shidno mustaqbalka, ma dhibaato ayuu keeni karaa? Qorshe kaliya ayaa jira.`),
    no(`Salaan, "netstat -s | grep reset" wuxuu muujinayaa 12 connection resets received. Ma walwal baa?`),
    no(`Walaal, ip_local_port_range waa 32768 60999. Immisa kun oo connection ayuu qaadi karaa? Labaatan kun ma gaarno, su'aal kaliya.`),
    no(`Gyebale ko ssebo. Quick question: what does SS_TCP_CLOSE_RESET do exactly? Our conf has it Off. Just learning.`),
    no(`Hello, is 600 TIME_WAIT normal for a box with 150 concurrent calls at evening peak? No complaints, just watching it in Zabbix.`),
    no(`Boss, if we switch to RST for the new TCP trunk, will our MikroTik-NATed clients in Ntinda be affected? Not done yet, still planning.`),
    no(`Ssebo, explain to me TIME_WAIT vs CLOSE_WAIT. Our netstat shows 40 CLOSE_WAIT and 120 TIME_WAIT, calls fine.`),
    no(`Nsaba, is this ss -s okay?
TCP:   310 (estab 120, closed 150, orphaned 2, synrecv 0, timewait 140/0), ports 0`),
    no(`How many CPS before TIME_WAIT becomes a problem? We're at 8 CPS max, about 250 TIME_WAIT. Webale.`),
  ],
  firewallNoRst: [
    no(`Habari, tuna-add carrier mpya kutoka Dar, IP 196.x.x.x. Naomba tuiwhitelist kwenye iptables ya VOS. Rule ni gani?`),
    no(`Boss fail2ban imeban IP ya mteja wetu wa Eldoret baada ya password mbaya mara 5. Ni-unban aje?`),
    no(`Tufungue port 5060 TCP na UDP kwenye FortiGate kwa ajili ya trunk mpya, pamoja na RTP 10000-20000. Nisaidie kuandika policy.`),
    no(`Msee, nataka ku-block nchi zote isipokuwa KE, TZ na UG kwa SIP. Geo-block kwenye MikroTik inafanyaje?`),
    no(`Tunahitaji port forwarding kwenye router ya ofisi ndogo kwa IP PBX: 5060 na RTP. Router ni Huawei. Hatua ni zipi?`),
    no(`Habari, naomba mnikague rules za pfSense yetu kabla hatujaweka live kesho:
pass in on WAN proto udp from <carriers> to 10.0.0.5 port 5060
pass in on WAN proto tcp from <carriers> to 10.0.0.5 port 5060
block in on WAN all
Kuna kitu kinakosekana?`),
    no(`SIP ALG nizime au niwashe kwenye Sophos? Tunajenga site mpya ya call center Dodoma.`),
    no(`ሰላም፣ አዲስ carrier IP 197.156.x.x በVOS iptables ላይ whitelist ማድረግ እፈልጋለሁ። ትክክለኛው rule ምንድን ነው?`),
    no(`Selam, fail2ban ye Dire Dawa customer IP ban aderegew (5 gize password sihtet). Endet unban madreg yichalal?`),
    no(`ሰላም፣ FortiGate ላይ 5060 TCP/UDP እና RTP 10000-20000 ለአዲሱ trunk መክፈት አለብን። policy እንዴት ይጻፍ?`),
    no(`Selam wendme, MikroTik lay ke Ethiopia, Kenya ena Djibouti wuchi SIP block madreg efelgalehu. Address-list yemiyaserabet menged?`),
    no(`ሰላም፣ ASA config ን ብትገመግሙልን? ከነገ በፊት live እናደርጋለን። access-list ላይ 5060 TCP/UDP ከcarrier ብቻ ፈቅደናል።`),
    no(`Selam, SIP ALG Cisco router lay aleqen? Aypesitin? Adis branch eyeserran new, SIP over UDP.`),
    no(`ሰላም፣ ለትንሹ ቢሮ IP-PBX router ላይ port forwarding 5060 እና RTP እንዴት ይደረጋል? Huawei HG8245 ነው።`),
    no(`Asc walaal, carrier cusub ayaa nala soo xiriiray, IP-giisu waa 41.78.x.x. Sidee ugu daraa whitelist-ka iptables-ka VOS?`),
    no(`Salaan, fail2ban ayaa xannibay IP-ga macmiil Boosaaso ah kadib 6 isku day oo password khaldan ah. Sidee u furaa?`),
    no(`Walaal, FortiGate-ka waxaan u baahanahay inaan u furno 5060 TCP iyo UDP iyo RTP 10000-20000 trunk-ga cusub. Policy-ga i caawi.`),
    no(`Asc, MikroTik-ga waxaan rabaa inaan ku xanibo SIP-ka dalalka aan Somalia, Kenya iyo Ethiopia ahayn. Geo-block sidee loo sameeyaa?`),
    no(`Salaan, fadlan eeg config-ka pfSense ka hor intaanan live ka dhigin berri. 5060 carrier-ka kaliya ayaan u furnay.`),
    no(`Walaal SIP ALG Sophos-ka ma damiyaa mise ma shidaa? Site cusub ayaan dhiseynaa.`),
    no(`Asc, port forwarding 5060 iyo RTP router-ka xafiiska yar ee IP-PBX-ka, sidee loo sameeyaa?`),
    no(`Gyebale ko ssebo. We have a new carrier from Nairobi, IP 105.x.x.x. Kindly guide how to whitelist on the VOS iptables.`),
    no(`Boss fail2ban banned our client in Mbarara after wrong passwords, 5 attempts. How do I unban him? Webale.`),
    no(`Hello, we need to open 5060 TCP/UDP and RTP 10000-20000 on our FortiGate for the new trunk to MTN. Nsaba the policy.`),
    no(`Ssebo, please review our ASA config before we go live on Monday. We allowed SIP from carriers only and I want to be sure nothing else is open.`),
    no(`Gyebale. I want to geo-block SIP from everywhere except UG, KE, RW on MikroTik, too many scanners from abroad. Which way is best?`),
    no(`Good morning. SIP ALG on the Sophos XG, should it be on or off for our setup? We are UDP to the phones.`),
  ],
  negationContext: [
    no(`Asante sana boss! Tangu mwasha RST na tcp_tw_reuse jana, TIME_WAIT imeshuka kutoka elfu thelathini hadi mia tatu hivi, na peak ya jana usiku haikuwa na "address already in use" hata moja. Tatizo limeisha.`),
    no(`Habari, kwa rekodi tu: ticket ya mwezi uliopita (firewall ilikuwa inadrop RST) ilitatuliwa mlipozima RST mode. Hakuna tatizo jipya, tunafunga ticket.`),
    no(`Hapana boss, sio tatizo la NAT: sisi tunatumia UDP tu, na RST haijawahi kuwashwa. Simu zilianguka kwa sababu tulibadilisha password, sasa ziko sawa.`),
    no(`Msee, usijali kuhusu ule ujumbe wa "address already in use" nilikutumia jana, ilikuwa tomcat ya pili, nimeiua. TIME_WAIT zetu ni kama 200 tu.`),
    no(`Tunaforward ticket ya zamani kwa documentation: "Jan: port exhaustion at peak, 30k TIME_WAIT, fixed by RST + tw_reuse." Imekwisha na haijarudi tangu hapo.`),
    no(`Calls zilikuwa zinadrop jana jioni lakini sababu ilikuwa carrier mwenyewe (maintenance yao), sio firewall. SS_TCP_CLOSE_RESET iko Off, haijawahi kubadilishwa na hakuna aliyegusa kitu.`),
    no(`Habari, ripoti ya wiki: hakuna unregistered, TIME_WAIT max 410 kwenye peak, FortiGate haina drops. Ile shida ya RST ya mwezi jana iliisha. Asanteni.`),
    no(`Selam, ye bara wer ticket lemezgeb bicha new yemilkew: "FortiGate RST drop, RST Off siderg teftotal." Ahun chigir yelem.`),
    no(`ሰላም፣ NAT አይደለም፣ RST ደግሞ በጭራሽ አልበራም። ስልኮቹ የወደቁት password ከተቀየረ በኋላ ነው፣ አሁን አስተካክለናል።`),
    no(`Endemin, ameseginalehu! tw_reuse ena RST kabrachu behuala TIME_WAIT ke 30 ሺ wede 250 werede. Mata peak lay "cannot assign requested address" alayenm.`),
    no(`ሰላም፣ ትናንት ጥሪዎች የተቋረጡት carrier-ኡ maintenance ስለነበረው ነው እንጂ firewall አይደለም። SS_TCP_CLOSE_RESET Off ነው፣ ማንም አልቀየረውም።`),
    no(`Selam, ya "address already in use" message yalkuh ye zabbix tomcat neber, asquomewalehu. Lela chigir yelem, TIME_WAIT 180 bicha.`),
    no(`ሰላም፣ የወሩ ሪፖርት: unregistered የለም፣ TIME_WAIT በpeak 390፣ firewall drop የለም። ያለፈው ወር የRST ችግር ተፈትቷል።`),
    no(`Asc walaal, mahadsanid! Tan iyo markii aad damiseen RST shalay, telefoonada NAT-ka ka dambeeya dhamaan waa registered. Dhibaatadii way dhammaatay.`),
    no(`Salaan, kaliya diiwaanka dartiis: ticket-kii bishii hore (firewall-ka oo RST tuuraya) waa la xaliyay markii RST la damiyay. Wax cusub ma jiraan.`),
    no(`Walaal ma aha NAT: UDP kaliya ayaan isticmaalnaa, RST-na weligeed lama shidin. Telefoonadu waxay dhaceen kadib markii password-ka la beddelay, hadda waa caadi.`),
    no(`Asc, mahadsanid! tw_reuse iyo RST kadib, TIME_WAIT waxay ka degtay soddon kun ilaa 300. Peak-gii xalay "cannot assign requested address" ma jirin.`),
    no(`Salaan, wicitaanadii shalay go'ay sababtu waxay ahayd carrier-ka oo maintenance ku jiray, ma aha firewall-ka. RST waa Off, cidna ma beddelin.`),
    no(`Walaal farriintii "address already in use" ee aan kuu soo diray waxay ahayd tomcat labaad, waan dilay. TIME_WAIT-keennu waa 150 kaliya.`),
    no(`Asc, ticket hore oo aan u gudbinayo diiwaanka: "Feb: 28k TIME_WAIT peak, EADDRINUSE, fixed by RST On + tw_reuse." Dib uma soo noqon.`),
    no(`Webale nnyo ssebo! Since you turned off RST yesterday, all phones behind NAT in Kampala are registered again. Problem solved.`),
    no(`Gyebale ko. Just for the record: last month's ticket, the FortiGate dropping RSTs, was fixed when RST mode was turned off. Nothing new, you can close it.`),
    no(`No boss, it's not NAT. We are on UDP only and RST was never enabled. The phones went down after the password change, now okay.`),
    no(`Hello, thanks a lot! After RST + tw_reuse, TIME_WAIT went from emitwalo esatu (30k) down to around 300, and last night's peak had zero "cannot assign requested address".`),
    no(`Ssebo, yesterday's dropped calls were the carrier's maintenance, not our firewall. SS_TCP_CLOSE_RESET is Off, nobody changed anything.`),
    no(`Forwarding an old ticket for our records: "March: ASA dropping RST after RST mode, reverted to Off, resolved." No issue now, all calls fine.`),
  ],
  portExhaustion: [
    pe(`Boss msaada haraka!! Saa hizi peak (saa mbili usiku) calls zinafail kibao. Log ya mbx3000d imejaa:
connect to 10.20.1.5:5060 failed: Cannot assign requested address
ss -s inasema timewait elfu thelathini na kitu. Server haifungui TCP mpya kabisa.`),
    pe(`Habari za jioni. Kila siku saa 7 hadi 10 usiku trunk ya TCP kwenda carrier wa Nairobi inakufa. netstat -ant | grep TIME_WAIT | wc -l inatoa 28k. Outgoing connects zinarudisha EADDRINUSE. Baada ya peak inarudi sawa.`),
    pe(`Sasa hivi:
Total: 31882 (kernel 0)
TCP:   30544 (estab 812, closed 29605, orphaned 3, synrecv 0, timewait 29601/0), ports 0
CPS iko kama 180. ASR imeshuka kutoka 45% hadi 12%, calls nyingi zinafail. Tusaidie!`),
    pe(`Msee server ya VOS inabuma kila peak hour. Ma-TIME_WAIT ni kama elfu arobaini, na outgoing SIP TCP connects zinarudisha "address already in use". Off-peak iko fiti. Ni ports zimeisha?`),
    pe(`Habari za kazi. Tangu tumeongeza mteja mpya wa wholesale (CPS 200+), jioni server inakataa kufungua connections mpya za TCP kwenda gateways, log inasema "Cannot assign requested address". TIME_WAIT elfu hamsini. SS_TCP_CLOSE_RESET bado iko Off.`),
    pe(`Tatizo limerudi leo jioni: calls zinafeli wakati wa peak tu, "Cannot assign requested address" kwenye log ya mbx3000, na ss inaonyesha timewait 27,950. ip_local_port_range bado ni default 32768 60999.`),
    pe(`Forward kutoka NOC ya Mombasa: "Peak CPS 150, TIME_WAIT sockets zaidi ya 30k, new outbound TCP to carriers failing with EADDRINUSE since 19:40, still ongoing." Tafadhali angalieni vos-msa-02 sasa hivi.`),
    pe(`Mambo boss, jana usiku na leo tena: saa tatu usiku ma-call zote za TCP zinakataa. Nimecheki netstat, TIME_WAIT elfu ishirini na nane, hakuna nafasi ya ports mpya. Tufanye nini sasa?`),
    pe(`ሰላም፣ አስቸኳይ ነው። ማታ peak ሰዓት ላይ ጥሪዎች አይሄዱም። log ላይ "connect failed: Cannot assign requested address" ይላል። ss -s ስናይ timewait 30 ሺ በላይ ነው። ከpeak በኋላ ይስተካከላል።`),
    pe(`Selam, mata 2 seat jemro calls fail yadergalu. netstat TIME_WAIT 35 shi yasayal. Outgoing TCP to carrier "address already in use" yilal. CPS 160 akababi new.`),
    pe(`ሰላም ቡድን፣ አሁን ያለው:
TCP:   41230 (estab 920, closed 40100, orphaned 0, synrecv 0, timewait 40088/0), ports 0
ከ18:30 ጀምሮ አዲስ TCP connection አይከፈትም። ASR ወድቋል። እባካችሁ ቶሎ።`),
    pe(`Gyebale ssebo. Tonight again from 9pm the VOS can't open new TCP connections to the carriers, log full of "Cannot assign requested address", TIME_WAIT about 28k. Off peak everything okay. Kiki ekigenda mu maaso?`),
    pe(`ጤና ይስጥልኝ። ከአዲሱ wholesale ደንበኛ ጋር CPS ጨምሯል። ማታ ማታ አዲስ TCP connect ሁሉ "Cannot assign requested address" ብሎ ይወድቃል። TIME_WAIT ሃምሳ ሺ ደርሷል። ip_local_port_range default ነው።`),
    pe(`Selam, yihe ticket ke NOC new: "vos-add-01: outbound SIP/TCP connects failing (errno 99 Cannot assign requested address) during 20:00-23:00 peak, ~32k TIME_WAIT." Ahunim eyetefeterre new.`),
    pe(`ሰላም፣ peak ላይ ብቻ ጥሪዎች ይወድቃሉ፣ ከዛ ይመለሳል።
netstat -ant | awk '{print $6}' | sort | uniq -c
  29874 TIME_WAIT
    801 ESTABLISHED
     12 LISTEN
log ላይ ደግሞ "bind: Address already in use" ለoutgoing connect። ports አልቋል ማለት ነው?`),
    pe(`Wendme, ahun mata peak lay VOS outgoing calls 60% fail. Log: "tcp connect to 197.156.x.x:5060 failed: Address already in use". ss -s timewait 33k. RST mode alaberanm.`),
    pe(`ሰላም፣ በየምሽቱ 3 ሰዓት ጀምሮ softswitch ወደ carrier አዲስ TCP መክፈት አይችልም። ፴ ሺ የሚጠጉ TIME_WAIT sockets አሉ። ጥዋት ላይ ሁሉም ደህና ነው።`),
    pe(`Boss since our CPS reached 200, every busy hour the softswitch fails outgoing TCP with java.net.BindException: Cannot assign requested address. ss shows TIME_WAIT 45k. Calls failing right now, tuyambe.`),
    pe(`Asc walaal, degdeg! Saacadaha mashquulka (8-11 habeenimo) wicitaanada TCP way fashilmayaan. Log: "Cannot assign requested address". ss -s: timewait soddon kun ka badan. Subaxdii wax walba waa caadi.`),
    pe(`Salaan, hadda:
Total: 29510 (kernel 0)
TCP:   28770 (estab 640, closed 28090, orphaned 1, synrecv 0, timewait 28077/0), ports 0
CPS 140. Connection cusub oo TCP ah ma furmayaan. Maxaan sameynaa?`),
    pe(`Walaal, server-ka VOS ee Mogadishu habeen walba peak-ga waxaa yimaada EADDRINUSE marka uu u xirayo carrier-ka TCP. TIME_WAIT afartan kun. Port-yadii ma dhammaadeen?`),
    pe(`Asc, NOC-ka Hargeisa ayaa soo gudbiyay: "outbound connects failing, BindException, 31k TIME_WAIT, started 19:50, still ongoing". Fadlan eeg vos-hgs-1 hadda.`),
    pe(`Salaan walaal, macmiil cusub ayaa CPS-ka gaarsiiyay 220. Tan iyo markaas saacadaha mashquulka server-ku ma furo TCP cusub, netstat TIME_WAIT konton kun. ip_local_port_range waa default.`),
    pe(`Walaal wicitaanada habeenkii way dhacayaan, 30% kaliya ayaa gala. netstat | grep -c TIME_WAIT = 27k, log-kana "address already in use" marka uu connect sameynayo. Maalintii caadi.`),
    pe(`Asc, mar labaad ayay dhacday caawa: 21:00 kadib softswitch-ka ma sameyn karo connection cusub, "Cannot assign requested address" boqolaal jeer log-ka. TIME_WAIT 35 kun.`),
    pe(`Gyebale ko ssebo. Every evening from 8pm our VOS fails calls: log shows "Cannot assign requested address" on outgoing TCP. ss -s timewait around 30k. Morning all fine. Nsaba obuyambi mangu.`),
    pe(`Boss, paste from just now:
TCP:   36012 (estab 1104, closed 34800, orphaned 0, synrecv 0, timewait 34790/0), ports 0
New TCP connections not opening, carriers complaining. Kati kiki?`),
    pe(`Hello team, kindly assist urgently. Peak CPS ~190, TIME_WAIT emitwalo esatu (30k+), outbound SIP TCP connects failing with EADDRINUSE. It began when we added the new wholesale client last week and it's happening again tonight.`),
    pe(`Ssebo, netstat -ant | grep -c TIME_WAIT gives 41,233 and calls to the Airtel trunk keep failing at busy hour. java.net.BindException in the log. Ports finished?`),
    pe(`Good evening sebo, our softswitch can't open new TCP to gateways during peak (20:00-23:00), over 30,000 TIME_WAIT per ss, "Cannot assign requested address" in the log. Range is default 32768-60999. What do we change?`),
  ],
  natUnregistered: [
    nat(`Habari boss, tangu mlipowasha RST mode jana (SS_TCP_CLOSE_RESET=On) simu zetu zote za ofisini nyuma ya MikroTik zinaonyesha unregistered. Zinatumia TCP. Zile za public IP ziko sawa.`),
    nat(`Msee, baada ya change yenu ya jana kwenye close mode, softphones za wafanyakazi wa nyumbani (home routers, NAT) zinapoteza registration kila baada ya dakika chache. Transport ni TCP.`),
    nat(`Habari za asubuhi. Tuliwasha SS_TCP_CLOSE_RESET juzi kwa sababu ya TIME_WAIT. Sasa gateways za GoIP zilizo nyuma ya NAT ya ofisi ya Dar zinaregister kisha zinaanguka. SIP over TCP. Zile za UDP hazina shida.`),
    nat(`Kwenye web naona:
100234  Unregistered  TCP  41.80.x.x
100235  Unregistered  TCP  41.80.x.x
100240  Registered    UDP  41.80.x.x
Hii imeanza tangu tulipoweka RST On Jumanne. Zote za TCP nyuma ya router ya ofisi (NAT) zimeshuka.`),
    nat(`Mambo, wateja wa Mwanza wanalalamika simu zao (nyuma ya router za nyumbani) zinaonyesha unregistered tangu mabadiliko ya config ya jana, mliweka close reset On. Wote wako TCP.`),
    nat(`Boss simu za call center yetu ya Westlands (Yealink, nyuma ya NAT ya MikroTik, TCP 5060) zimeanza kuflap registered/unregistered kila dakika 5 tangu mlibadilisha SS_TCP_CLOSE_RESET kuwa On.`),
    nat(`Ndugu, tangu Ijumaa mlipowezesha RST mode, ofisi tatu za Arusha ambazo ziko nyuma ya NAT hazi-register kabisa kwa TCP. Tumejaribu kureboot simu, bado.`),
    nat(`Habari, naona kuna uhusiano: softswitch.conf sasa ina SS_TCP_CLOSE_RESET="On" (tangu jana) na hapo hapo phones za NAT (Grandstream, TCP) zikaanza kupoteza registration. Zile zilizo kwenye public IP haziathiriki.`),
    nat(`ሰላም፣ ትናንት RST mode (SS_TCP_CLOSE_RESET=On) ካበራችሁ ጀምሮ ከMikroTik NAT ጀርባ ያሉት የቢሮ ስልኮች ሁሉ unregistered ናቸው። TCP ነው የሚጠቀሙት።`),
    nat(`Selam, kezare yaderegachihut close mode lewt behuala, ke bet router (NAT) behuala yalu softphones registration yatalu. TCP transport new. Public IP yalachew gin tiru nachew.`),
    nat(`ጤና ይስጥልኝ። SS_TCP_CLOSE_RESET ን On ካደረግን በኋላ (ሰኞ) የባህር ዳር ቅርንጫፍ gateway-ዎች ከNAT ጀርባ ስለሆኑ register አድርገው ወዲያው ይወድቃሉ። UDP ያሉት ችግር የላቸውም።`),
    nat(`Endemin nachu, RST On kehonebet ken jemro 40 phones behind NAT (home routers) unregistered nachew. TCP new hulum. Min enadrg?`),
    nat(`ሰላም፣ web ላይ ያየሁት:
2001  Unregistered  TCP  196.188.x.x
2002  Unregistered  TCP  196.188.x.x
2003  Unregistered  TCP  196.188.x.x
ሁሉም ከአንድ ቢሮ NAT ጀርባ ናቸው። ችግሩ የጀመረው RST mode ካበራችሁ በኋላ ነው።`),
    nat(`Selam wendme, call center-u (Yealink phones, MikroTik NAT, SIP over TCP) ke RST mode behuala be 5 dekika andegna registered/unregistered yilal.`),
    nat(`ሰላም፣ ለTIME_WAIT ብላችሁ ትናንት RST ያበራችሁበት ለውጥ ከNAT ጀርባ ያሉ ደንበኞቻችንን አበላሸ። softphone-ዎቻቸው (TCP) registration ያጣሉ። public IP ያላቸው ደህና ናቸው።`),
    nat(`Forwarding from our Mbarara branch: "since SS_TCP_CLOSE_RESET switched On Thursday, NATed TCP handsets show unregistered, public-IP trunks fine." Still not sorted, ssebo.`),
    nat(`ሰላም፣ RST ከበራ ወዲህ ከቤት router ጀርባ ሆነው TCP የሚጠቀሙ 25 agents ስልካቸው "No Service / unregistered" ያሳያል። ሌላ ምንም አልተቀየረም።`),
    nat(`Gyebale ko. I checked softswitch.conf, SS_TCP_CLOSE_RESET="On" since yesterday, and from then the Grandstreams at the Gulu office behind NAT (TCP) keep losing registration. Abalala ku public IP bali bulungi.`),
    nat(`Asc walaal, tan iyo markii aad shiddeen RST mode shalay (SS_TCP_CLOSE_RESET=On), telefoonada xafiiska ee ka dambeeya MikroTik NAT dhamaan waa unregistered. TCP ayey isticmaalaan.`),
    nat(`Salaan, kadib isbeddelkii aad shalay ku sameyseen close mode-ka, softphone-ada macaamiisha guryaha (router NAT) way lumiyaan registration-ka. Transport waa TCP. Kuwa public IP-ga leh waa caadi.`),
    nat(`Walaal, gateway-yada GSM ee Garowe ee ka dambeeya NAT waxay is-diiwaangeliyaan kadibna way dhacaan, tan iyo Isniintii markii RST la shiday. UDP-da waa caadi, TCP-da kaliya.`),
    nat(`Asc, liiska web-ka:
3011  Unregistered  TCP  197.220.x.x
3012  Unregistered  TCP  197.220.x.x
3020  Registered    UDP  197.220.x.x
Dhamaan kuwa TCP waa NAT-ka gadaashiisa. Waxay bilaabatay markii SS_TCP_CLOSE_RESET loo beddelay On.`),
    nat(`Salaan, call center-ka Mogadishu (Yealink, NAT, TCP) telefoonadu 5 daqiiqo kasta registered/unregistered ayey noqdaan, tan iyo markii RST la shiday.`),
    nat(`Walaal tan iyo Khamiistii markii la shiday RST mode, 60 telefoon oo ka dambeeya router-ada guryaha macaamiisha ma is-diiwaangeliyaan. TCP dhammaan, wax kale lama beddelin.`),
    nat(`Asc, waxaan ogaaday: softswitch.conf hadda SS_TCP_CLOSE_RESET="On" (shalay la beddelay), isla markaana telefoonada NAT-ka (Grandstream, TCP) unregistered bay noqdeen.`),
    nat(`Gyebale ko ssebo. Since you enabled RST mode yesterday, all our office phones behind the MikroTik NAT are showing unregistered. They are on TCP. Nsaba mutuyambe.`),
    nat(`Boss, after the close-mode change you did on Monday, home-based agents (softphones behind home routers) keep losing registration. Transport TCP. Those on public IP are fine.`),
    nat(`Hello, kindly assist. SS_TCP_CLOSE_RESET was set to On last night for the TIME_WAIT thing, and this morning the Entebbe branch gateways behind NAT register then drop after a minute. TCP only.`),
    nat(`Ssebo, essimu zaffe ez'omu office (Yealink T46, behind NAT, SIP over TCP) flap registered/unregistered every few minutes since the RST switch. Tekikola bulungi.`),
    nat(`Gyebale. 35 clients in Ntinda and Kira with home routers (NAT) unregistered since RST mode went on Friday. All TCP. The UDP ones are ok.`),
  ],
  firewallRst: [
    fw(`Habari boss, tangu mwashe RST mode jana calls nyingi zinafail kupitia FortiGate yetu. Log ya FortiGate: "no session matched" kwa packets za TCP flags R kutoka VOS. Kabla ya change kila kitu kilikuwa poa.`),
    fw(`Tangu SS_TCP_CLOSE_RESET=On, calls zinahang. Kwenye firewall ya Linux mbele ya VOS naona:
kernel: INVALID DROP IN=eth0 OUT=eth1 SRC=10.0.0.5 DST=196.x.x.x PROTO=TCP SPT=5060 DPT=41234 RST
Maelfu kwa dakika. Conntrack inaziona kama INVALID.`),
    fw(`Msee, Cisco ASA yetu inadrop RST:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 41.x.x.x/50211 flags RST on interface inside
Ilianza baada ya kuwasha RST mode. Calls zinadrop katikati.`),
    fw(`Habari, baada ya mabadiliko ya close mode juzi, calls za TCP kupitia pfSense zinakatika. pfSense log inasema blocked "TCP:R" packets, state mismatch. Calls za UDP ziko sawa.`),
    fw(`Ndugu, Sophos XG yetu inaonyesha "Invalid TCP state" drops tangu mwashe SS_TCP_CLOSE_RESET. Calls zinakwama kwenye ringing kisha zinafail.`),
    fw(`Boss MikroTik firewall filter: counter ya "drop invalid" inapanda kwa kasi tangu jana mlipoweka RST, na calls za trunk ya TCP zinafail. Packet sniffer inaonyesha ni RST kutoka VOS.`),
    fw(`Forward kutoka kwa NOC: "After RST mode enabled on vos-nbo-01 at 14:00, FortiGate no-session-matched drops for TCP RST from 5060, ~40% of TCP calls failing/hanging." Tafadhali saidieni.`),
    fw(`Habari za mchana. Calls zinadrop baada ya sekunde 30 tangu tuwashe RST. Kwenye ASA naona "TCP packet out of state" kutoka VOS kwenda carrier. Kabla ilikuwa sawa.`),
    fw(`ሰላም፣ RST mode ካበራችሁ በኋላ ጥሪዎች በFortiGate በኩል ይወድቃሉ። FortiGate log: "no session matched" ለTCP RST packets ከVOS። ከዚህ በፊት ችግር አልነበረም።`),
    fw(`Selam, kezare SS_TCP_CLOSE_RESET On kehone behuala calls yangeleltalu (hang). iptables log lay INVALID drop bizu ale, PROTO=TCP SPT=5060 ... RST. Conntrack new yemitelew.`),
    fw(`ሰላም ቡድን፣
%ASA-6-106015: Deny TCP (no connection) from 10.10.0.5/5060 to 196.189.x.x/49822 flags RST on interface inside
ይሄ በደቂቃ በመቶዎች ይመጣል፣ close mode ከቀየራችሁ ጀምሮ። ጥሪዎች መሃል ላይ ይቋረጣሉ።`),
    fw(`Endemin, pfSense firewall RST packets block yadergal ("TCP:R" blocked, state mismatch) ke RST mode behuala. TCP calls fail yadergalu, UDP tiru new.`),
    fw(`ጤና ይስጥልኝ። Sophos firewall "Invalid TCP state" እያለ packets ይጥላል፣ SS_TCP_CLOSE_RESET=On ከሆነ ጀምሮ። ጥሪዎች ringing ላይ ቆመው ይወድቃሉ።`),
    fw(`Selam wendme, MikroTik "drop invalid" counter ke RST behuala betam yichemral, TCP trunk calls fail yadergalu. Torch sayew RST from VOS new.`),
    fw(`ሰላም፣ NOC ትኬት: "RST mode enabled 15:00, FortiGate drops RST (no session matched), ~35% TCP calls failing"። እባካችሁ አስቸኳይ ነው።`),
    fw(`Boss, since the RST change calls drop after about 30 seconds. Our ASA shows "TCP packet out of state" for RST from VOS towards the carrier. Before it was fine.`),
    fw(`ሰላም፣ RST ካበራችሁ ወዲህ iptables ላይ "ctstate INVALID -j DROP" rule counter በሺዎች ጨምሯል፣ የሚጣሉት packets TCP flags R ከ5060 ናቸው። ጥሪዎች አይገናኙም።`),
    fw(`Asc walaal, tan iyo markii RST mode la shiday shalay, wicitaanada FortiGate-ka dhex mara way fashilmayaan. Log: "no session matched" TCP RST ka yimid VOS.`),
    fw(`Salaan, SS_TCP_CLOSE_RESET=On kadib wicitaanadu way xanibmaan:
kernel: [INVALID] IN=eth0 SRC=10.0.0.7 DST=41.78.x.x PROTO=TCP SPT=5060 DPT=50012 RST
Kumanaan daqiiqadii. Conntrack INVALID ayuu u arkaa oo wuu tuuraa.`),
    fw(`Walaal Cisco ASA: "%ASA-6-106015: Deny TCP (no connection) ... flags RST". Wuxuu bilaabmay markii RST mode la shiday. Wicitaanadu dhexda ayey ka go'aan.`),
    fw(`Asc, pfSense log wuxuu muujinayaa "TCP:R" blocked state mismatch, tan iyo isbeddelkii close mode-ka ee shalay. Wicitaanada TCP way dhacayaan, UDP waa caadi.`),
    fw(`Salaan, Sophos XG: "Invalid TCP state" drops tan iyo SS_TCP_CLOSE_RESET On. Wicitaanadu ringing ayey ku xanibmaan kadibna way fashilmaan.`),
    fw(`Walaal MikroTik firewall "drop invalid" counter si degdeg ah ayuu kor ugu kacayaa tan iyo RST shalay, wicitaanada trunk-ga TCP way fashilmayaan. Torch: RST ka yimid VOS.`),
    fw(`Asc, NOC Hargeisa: "RST enabled 13:00, ASA out-of-state drops of RST from VOS, ~40% TCP calls failing". Fadlan caawi degdeg.`),
    fw(`Gyebale ko ssebo. Since you turned on RST mode, calls through our FortiGate are failing. FortiGate log says "no session matched" for TCP RST from the VOS IP. Before the change all was okay.`),
    fw(`Boss, from the iptables box in front of VOS since RST went On:
kernel: INVALID-DROP IN=eth1 OUT=eth0 SRC=10.5.5.5 DST=102.x.x.x PROTO=TCP SPT=5060 DPT=38812 RST
Thousands of these, calls hanging. Conntrack doesn't like the RSTs.`),
    fw(`Ssebo our ASA is dropping the RSTs: "%ASA-6-106015: Deny TCP (no connection) from 10.2.2.5/5060 to 102.x.x.x/40221 flags RST on interface inside". Calls hang and drop. Started right after the RST switch.`),
    fw(`Hello, kindly assist. pfSense at the Jinja site is blocking TCP:R packets (state mismatch) since the close-mode change on Tuesday. TCP calls failing, UDP ones fine.`),
    fw(`Ssebo, Sophos "Invalid TCP state" drops since SS_TCP_CLOSE_RESET=On. Calls stuck ringing then fail. Tekikola.`),
    fw(`Good evening. NOC note: "vos-ebb after RST mode: iptables conntrack marks RST INVALID and drops them; ~30% of TCP calls failing." Please advise urgently.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning179Set: readonly EvalItem[] = Object.values(tuning179Families).flat();
