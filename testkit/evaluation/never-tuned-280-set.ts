import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Customers of East, Central and Southern Africa: VoIP resellers, ISPs and mobile-operator interconnect teams in Kenya
 * and Tanzania writing Swahili and Sheng, Ugandans mixing Luganda and English, Rwandans in Kinyarwanda, Ethiopians in
 * Amharic in Ge'ez script and in Latin letters, Somali operators, Congolese in Lingala, Swahili and French, Zambians,
 * Zimbabweans in Shona, South Africans in Zulu, Xhosa, Afrikaans and English, and Mozambicans in Portuguese, in
 * WhatsApp notes, voice-note transcripts, NOC chat and formal e-mails, with pasted ss, netstat, sysctl, iptables and
 * firewall logs and figures written 28,000, elfu 28, 28k or 28 000.
 *
 * The two-hundred-and-eightieth never-tuned evaluation set, because a matcher judged only on messages it was tuned on
 * learns them by heart and tells nothing about the next customer, in fresh hands again. Five negative families of 27
 * (one service that cannot bind its own port, registration lost for another reason, small figures and questions,
 * firewall work without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written before the
 * ninety-first round of rules by someone who had read only the playbooks' symptoms and the domain notes, without the
 * matcher, its rules or the other sets in view, and never tuned on: bench/classify prints its figures, never its
 * misses.
 *
 * Measured as such, never tuned on: in scope 97.8 %, negatives confident 0.7 %, confident wrong 0 % with the rules of
 * the ninetieth round, before the ninety-first.
 * After the ninety-first round: the same.
 */
export const neverTuned280Families = {
  oneListeningPort: [
    no(`Habari team, nginx haitaki kuanza kwenye server yetu ya Nairobi: "bind() to 0.0.0.0:80 failed (98: Address already in use)". Nadhani apache bado inaendesha. Tufanyeje?`),
    no(`Sawa boss, mysql imekataa ku-start baada ya reboot, log inasema "Can't start server: Bind on TCP/IP port: Address already in use" port 3306. Kuna instance nyingine ya mysqld inakimbia nadhani`),
    no(`Good morning. The VOS web portal on our Kampala server is not opening, catalina.out says java.net.BindException: Address already in use: JVM_Bind 8080. Another tomcat was started by our junior. How do we kill the old one safely?`),
    no(`Môre, ons Tomcat vir die VOS3000 webblad wil nie begin nie – "Address already in use" op poort 8080. Iemand het glo 'n tweede instance oopgemaak. Hoe kry ek watter proses die poort hou?`),
    no(`Bro niko na laptop yangu, nikirun node app yangu inaniambia EADDRINUSE :::3000. Si ni ile app ya jana bado iko open? Haina uhusiano na switch, ni dev tu`),
    no(`docker run -p 5060:5060/udp kamailio inafail "Bind for 0.0.0.0:5060 failed: port is already allocated". Mbx3000 iko kwa same host na inatumia 5060. Twende port ingine?`),
    no(`We installed opensips on the same CentOS 7 box as VOS3000 as a test, opensips log: "ERROR:core:bind_socket: bind(3, 0.0.0.0:5060) failed: Address already in use". Obviously the softswitch has 5060. Which port would you advise for the test proxy?`),
    no(`Bonjour, sur notre serveur à Lubumbashi le service httpd ne démarre plus : "(98)Address already in use: make_sock: could not bind to address 0.0.0.0:443". Je pense que nginx a été installé par l'autre technicien. Merci de nous orienter.`),
    no(`Mbote, postgres eboyi ko start: "could not bind IPv4 address 0.0.0.0: Address already in use" port 5432. Ezali na serveur ya billing, te na softswitch. Osalisa ngai`),
    no(`Sawubona, i-apache ayiqali kuserver yethu e-Durban, ithi "could not bind to address [::]:80". Kukhona enye i-web server esebenzisa i-port 80. Ngicela usizo`),
    no(`Mhoro, ndaedza kutanga grafana pa monitoring server, inoti "bind: address already in use" pa 3000. Handizivi kuti chii chiri pa port iyo. netstat -tlnp inoratidza node`),
    no(`ሰላም፣ የ VOS3000 web manager በ 8080 ላይ አይከፈትም። log ላይ "java.net.BindException: Address already in use" ይላል። ሌላ tomcat ተከፍቶ ይሆን? እባካችሁ እርዱን።`),
    no(`Asc, server-ka cusub ee Hargeisa nginx ma shaqeynayo, wuxuu leeyahay "bind() to 0.0.0.0:443 failed (98: Address already in use)". Apache ayaa horey ugu jiray. Sidee baan u joojiyaa?`),
    no(`Muraho, iyo ntangije redis kuri server ya Kigali irerekana "Could not create server TCP listening socket *:6379: bind: Address already in use". Ndakeka ko indi redis yari isanzwe ikora.`),
    no(`NOC JHB: zabbix-server failing to start on mon01 - "cannot bind to port 10051: Address already in use". Old zabbix process still hanging around after the upgrade. Not the switch, just FYI while we sort it.`),
    no(`Ndugu Msaada, tunaomba ushauri. Tumeweka huduma ya SMPP kwenye server moja, lakini haitaki kuanza: "java.net.BindException: Address already in use" kwenye port 2775. Tunashuku gateway ya zamani bado inasikiliza. Asanteni, Idara ya TEHAMA, Dar es Salaam`),
    no(`Bom dia, o nosso servidor web em Maputo não arranca o nginx: "bind() to 0.0.0.0:80 failed (98: Address already in use)". O apache veio instalado por defeito no CentOS. Posso desativar o httpd?`),
    no(`Hi guys, asterisk on our Lusaka test box won't load chan_sip: "Unable to bind to 0.0.0.0:5060: Address already in use". VOS is on the same server. Should we move asterisk to 5070?`),
    no(`Maze server ya portal imekataa, ssh port 2222 niliweka kwa sshd_config alafu sshd inasema "Bind to port 2222 on 0.0.0.0 failed: Address already in use". Kuna kitu kingine kiko hapo?`),
    no(`Molo, i-mysql ayiqali kwi-server yethu yase-East London, ithi port 3306 already in use. Kubonakala ngathi kukho enye i-mariadb esebenzayo. Ndicela uncedo.`),
    no(`Ssebo, web portal ya VOS yaffe e Kampala tekyagguka. Tomcat egamba "Address already in use: bind" ku port 80. Nze ndowooza Apache gwe twateekako eggulo.`),
    no(`The reseller panel (PHP) we run on 8443 won't come up after we added a second vhost: "(98)Address already in use: could not bind to address 0.0.0.0:8443" then "no listening sockets available, shutting down". Only the panel is affected.`),
    no(`[voice note] eeh hello, ni Juma from Mombasa, ile... the web interface ya VOS haifunguki, niliangalia log inasema port 8080 already in use, nadhani ni ile tomcat ya zamani, naomba mnisaidie kuiua... asante`),
    no(`Selam, nginx restart siyaderg "Address already in use" yilal port 80 lay. Apache new yemimeslew. Min madreg alebign?`),
    no(`Haai julle, die CDR-exporter script wat ons op poort 9100 laat loop gee "OSError: [Errno 98] Address already in use". Node_exporter sit seker al op 9100. Net 'n vinnige vraag.`),
    no(`Jambo, kwenye server ya Goma, service ya radius (radiusd -X) inasema "Failed binding to auth address * port 1812 ... Address already in use". Radiusd nyingine inakimbia nyuma. Tufanye nini?`),
    no(`Morning, after cloning the VOS3000 install to a second VM in Harare the web manager can't start because port 80 is already bound - the template image had httpd enabled. Just that one service, calls are fine.`),
  ],
  otherRegistrationCause: [
    no(`Habari, simu zetu zote ofisini zinaonyesha unregistered tangu asubuhi. Tulibadilisha password za akaunti jana usiku lakini hatukubadilisha kwenye simu. Ndio sababu?`),
    no(`Yealink T21 yangu inasema "Registration failed 403 Forbidden". Mteja alibadilisha password kwa portal. SIP ni UDP.`),
    no(`Our ISP in Kampala changed our public IP last night and now the office phones show unregistered, the VOS still has the old IP in the account's allowed IP list.`),
    no(`Bonjour, les téléphones de notre agence de Kinshasa ne s'enregistrent plus. Le nom de domaine sip.notreentreprise.cd a expiré, il n'a pas été renouvelé.`),
    no(`Sawubona, ama-phone ethu akasabhalisi kusukela ilayisensi ye-VOS iphelelwe isikhathi izolo. Sizothenga entsha, kodwa ngabe kukhona enye into?`),
    no(`softphone ya Zoiper inasema "401 Unauthorized" kila mara. Account ya reseller ilikuwa imeisha muda wake (expired) tarehe 30.`),
    no(`Our office in Arusha has had a power cut since 10am and the generator failed, so all the IP phones are off. Unregistered on the VOS panel obviously. Just letting you know, no action needed.`),
    no(`Phones unregistered at the Nakuru branch. Safaricom fibre is down in the whole area, they confirmed an outage ticket. We use UDP anyway.`),
    no(`Mhoro, mafoni edu ari unregistered kubvira tachinja router kuenda ku TP-Link itsva. Tinoshandisa UDP chete pa 5060. SIP ALG iri on pa router itsva.`),
    no(`ሰላም፣ የቢሮ ስልኮቻችን unregistered እያሉ ነው። የ account password ትላንት ተቀይሯል። ስልኮቹ ላይ ግን አልቀየርነውም።`),
    no(`Asc, telefoonada xafiiska Muqdisho waa unregistered. Shirkadda internet-ka waxay beddeshay IP-gayaga, gateway-ga VOS-na weli wuxuu haystaa IP-gii hore.`),
    no(`Muraho, telefoni za IP ku biro byacu bya Huye ntizikiyandikisha (unregistered). Twahinduye DNS server kuri router, none ntizibona sip.domain yacu.`),
    no(`Account 2547xxxx on VOS shows locked after too many failed auth attempts, the phone keeps retrying with the old password. How do we unlock it?`),
    no(`Mbote, ba telefone na biro na biso na Gombe ezali unregistered. Moto moko abongoli mot de passe ya compte na portail. Tosala nini?`),
    no(`ATA Grandstream HT802 keeps saying "Not Registered". I factory reset it yesterday and now all the SIP config is gone. Can you send me the settings again?`),
    no(`Ons foons by die Stellenbosch kantoor registreer nie meer nie. Die domein se DNS A-rekord is verander na die nuwe bediener, maar die foons het nog die ou IP hardgekodeer.`),
    no(`Good afternoon, after we migrated VOS3000 to a new server in Lusaka with a new public IP, the remote phones still point to the old IP. That's why they're unregistered, right? We use UDP transport everywhere.`),
    no(`[voice note] Ah bana, zile phones za Kitengela hazi-register, nimegundua mtu ali-unplug cable ya PoE switch, so hazina power... sawa nimerudisha. Poa`),
    no(`Registration for extension 1003 fails with 404 Not Found. Turns out it was deleted from the VOS by mistake when we cleaned old accounts.`),
    no(`Muraho, konti z'abakiriya bacu zahagaritswe kuko batishyuye (balance 0, account suspended). None telefoni zabo zerekana unregistered. Ni byo?`),
    no(`Molo, iifowuni zethu zase-Mthatha azibhalisi. Sisebenzisa i-UDP kuphela, kwaye sibone ukuba i-firewall entsha ivala i-port 5060 UDP.`),
    no(`Kazi njema. Tulihamisha akaunti za wateja 40 kwenda kwa reseller mpya kwenye VOS, lakini tulisahau kuwezesha registration kwenye akaunti hizo. Ndio maana simu hazi-register?`),
    no(`Simu za ofisi ya Mwanza hazijasajiliwa tangu jana. Tumegundua kuwa cheti cha TLS cha server kimeisha muda wake, na simu zinatumia TLS port 5061.`),
    no(`Phones unregistered since the Bulawayo branch link was moved to a new VLAN and DHCP now hands out a subnet with no route to the switch. Network guys are fixing the route.`),
    no(`Selam, ye ethio telecom internet ke tiwat jemro tekwarTual, silkoch hulu unregistered nachew. Internet sitimeles yimeleslu?`),
    no(`Boa tarde, os telefones IP do escritório da Beira mostram "não registado". Mudámos os nomes de utilizador das contas SIP no VOS e esquecemos de actualizar os aparelhos.`),
    no(`Hello, our softphone users on MTN mobile data can't register since morning, but those on office wifi are fine. I think MTN is blocking SIP 5060 on their APN. We use UDP.`),
  ],
  smallFigures: [
    no(`Habari, nimecheck kwa server ss -s inaonyesha timewait 312. Ni kawaida ama tuwe na wasiwasi?`),
    no(`Quick one: what exactly is TIME_WAIT and why does netstat show it after calls end?`),
    no(`ss -s output from our quiet night server in Kigali:
Total: 418
TCP:   96 (estab 41, closed 38, orphaned 0, timewait 35)
All fine? Just a health check.`),
    no(`Interview prep: "Explain the difference between closing a TCP socket with FIN and with RST." Can someone give me a simple answer for a VoIP engineer position in Nairobi?`),
    no(`We're planning to grow from 40 CPS to maybe 150 CPS next year on our Dar VOS3000. Should we already enable SS_TCP_CLOSE_RESET now, before any problem, or wait?`),
    no(`ሰላም፣ TIME_WAIT ምንድን ነው? netstat ላይ 120 ያህል አያለሁ። ችግር አለው?`),
    no(`Su'aal: ip_local_port_range default-ka CentOS 7 waa imisa? Kaliya waxaan rabaa inaan ogaado, wax dhibaato ah ma jirto.`),
    no(`Sawubona, sibone ama-TIME_WAIT angu-250 kuserver yethu ebusuku. Kujwayelekile yini lokho?`),
    no(`Msaada kwa mtihani wa kozi ya VoIP pale UDSM: "Which sysctl parameter allows reuse of TIME_WAIT sockets for new outgoing connections?" Jibu ni tcp_tw_reuse au tcp_tw_recycle?`),
    no(`Hallo, hoeveel TIME_WAIT sockets is te veel? Ons sien so 600 op 'n gewone Dinsdagoggend, alles werk lekker.`),
    no(`Boss, netstat -ant | grep TIME_WAIT | wc -l inanipea 87 tu. Manager anasema tu-check kila wiki. Iko sawa?`),
    no(`Mhoro, ndinoda kunzwisisa chete: SS_TCP_CLOSE_RESET inoshanda sei? Hatina dambudziko, ndiri kudzidza VOS3000.`),
    no(`Bonjour, petite question théorique : est-ce que SS_TCP_CLOSE_RESET a un effet si tous nos trunks sont en UDP ? Rien ne bloque, on prépare juste une documentation.`),
    no(`Monthly capacity report for the interconnect review: peak CPS 22, concurrent calls 380, TIME_WAIT peak 1 400, no errors. Please confirm this is within normal range for a VOS3000 on CentOS 7.`),
    no(`Mbote, nazali koyekola: TIME_WAIT ewumelaka ba seconde boni na Linux? Nazali na 200 kaka na serveur.`),
    no(`Muraho, net.ipv4.tcp_tw_reuse ni iki? Ndi gutegura training y'abakozi bashya, nta kibazo dufite.`),
    no(`Training slides for our new NOC staff in Lusaka: can I say "RST mode reduces TIME_WAIT but can break NAT"? Want to be correct before Friday's session.`),
    no(`sysctl net.ipv4.ip_local_port_range
net.ipv4.ip_local_port_range = 32768	60999
Is this the default? Server has 30 calls max, just auditing.`),
    no(`Hello, we're a small reseller in Jinja with about 15 concurrent calls. Do we need to touch tcp_tw_reuse or any of those port settings at all?`),
    no(`Selam, ss -s lay timewait 45 yasayal. Yih normal new? Server adis new, 5 customers bicha.`),
    no(`Olá, na formação de hoje perguntaram: quantas portas efémeras tem o Linux por defeito? Vi 28 232 num artigo. Está certo?`),
    no(`Molo, umbuzo nje: ukuba sivula i-RST mode, ingaba iifowuni ezingemva kwe-NAT zingaba nengxaki? Asikayenzi, siyacwangcisa.`),
    no(`Dear Support, as part of our ISO 27001 audit we are documenting all kernel parameters on the VOS host. Kindly explain what net.ipv4.tcp_fin_timeout = 60 does. No issues at present. Regards, Compliance, Westlands.`),
    no(`Leo asubuhi ss -tan state time-wait | wc -l = 143. Jana ilikuwa 151. Tunafuatilia trend tu kwa ripoti ya wiki.`),
    no(`Good day, is it safe to enable tcp_tw_reuse on a box that also runs the billing DB? No issues today, just want to know before the upgrade window.`),
    no(`Walaal, VOS3000 hal server ah imisa CPS ayuu qaadi karaa? Waxaan qorsheyneynaa 80 CPS sanadka dambe. Su'aal planning ah kaliya.`),
    no(`ጥያቄ ብቻ፦ SS_TCP_CLOSE_RESET=On ብናደርግ ምን ይቀየራል? አሁን ምንም ችግር የለም፣ 10 CPS ብቻ ነው ያለን።`),
  ],
  firewallNoRst: [
    no(`Habari, tunaomba mfungue port 5060 UDP na RTP 10000-20000 kwa firewall yetu ya Fortigate ili carrier mpya wa Tanzania aweze kutuma simu.`),
    no(`Please whitelist our new carrier IP 196.201.x.x on the VOS server iptables, they're sending traffic from a new SBC from Monday.`),
    no(`fail2ban imeban IP ya ofisi yetu ya Eldoret baada ya mtu kukosea password mara 5 kwa web portal. Tunaitoa aje kwa jail?`),
    no(`Should we disable SIP ALG on the MikroTik at our Kampala office? Someone on a forum said it breaks SIP. Calls are okay right now.`),
    no(`Tunataka ku-block traffic yote ya SIP inayotoka nje ya Afrika Mashariki kwa iptables (geo-blocking) kwa sababu ya fraud scanners. Mna script?`),
    no(`Our Joburg VOS server is under a SIP flood, 40k INVITEs/min from random IPs, friendly-scanner user agent. How do we rate-limit with iptables?`),
    no(`iptables -A INPUT -p udp --dport 5060 -s 41.90.0.0/16 -j ACCEPT
iptables -A INPUT -p udp --dport 5060 -j DROP
Is this the correct order to only allow that range on SIP?`),
    no(`Bonjour, nous souhaitons ouvrir le port TCP 5060 sur notre pare-feu pfSense pour un nouveau client à Kinshasa. Quelle règle recommandez-vous ?`),
    no(`Sawubona, sicela nisivulele i-IP yethu entsha ku-firewall ye-datacenter ukuze sifinyelele i-web portal ye-VOS.`),
    no(`Ons wil net die VOS web portal (poort 80/8080) beperk tot ons kantoor se IP met iptables. Kan julle die reël nagaan?`),
    no(`ሰላም፣ ለአዲሱ carrier IP firewall ላይ 5060 መክፈት እንፈልጋለን። በ iptables እንዴት እንጨምረው?`),
    no(`Asc, firewall-ka Sophos waxaan rabnaa inaan ku oggolaano RTP ports 10000-20000 UDP. Codka hal dhinac ayuu ka maqan yahay (one-way audio).`),
    no(`Muraho, dushaka gufunga SSH (port 22) ku murongo wa internet, tukemerera gusa VPN yacu. Mwadufasha rule ya firewalld kuri CentOS 7?`),
    no(`Mbote, firewall ya datacenter na Kinshasa ekangi port 1720 H.323. Tosengi bafungola yango mpo na client ya sika.`),
    no(`Mhoro, tinoda kuwedzera IP ye carrier mutsva mu whitelist ye VOS3000 (IP authentication) uye pa firewall. Tingazviita sei?`),
    no(`dmesg on our Harare edge firewall: "nf_conntrack: table full, dropping packet" during a SIP scan last night. Should we raise nf_conntrack_max?`),
    no(`Our auditor wants a list of all ports that must be open on the VOS server firewall. Can you send the standard list for VOS3000 2.1.8?`),
    no(`Hello, after adding a new UFW rule on the billing server the CDR sync from VOS stopped. I opened 3306 only for the VOS IP. Did I miss something?`),
    no(`fail2ban log:
2024-03-11 02:14:07,512 fail2ban.actions [1123]: NOTICE [vos-sip] Ban 185.53.x.x
Are these bans OK? Lots of them overnight.`),
    no(`Maze, tunataka kuweka rule kwa MikroTik ya kublock IP za scanners wanaojaribu ku-register na extensions random. Address-list gani inafaa?`),
    no(`Molo, i-firewall yethu ye-Cisco ASA ine-SIP inspection evuliweyo. Ingaba kufuneka siyicime ngaphambi kokuba sidibanise ne-VOS3000?`),
    no(`Bom dia, precisamos abrir as portas 5060 e 10000-20000 na firewall para o novo trunk da Vodacom. Podem enviar a lista de IPs do vosso lado?`),
    no(`Ndugu, tumepokea taarifa ya DDoS kutoka kwa ISP wetu. Wameweka blackhole kwa IP ya softswitch kwa saa 2. Je, tunaweza kubadilisha IP haraka?`),
    no(`We want to move our iptables rules from CentOS 6 to firewalld on the new CentOS 7 server. Is there a converter or do we rewrite by hand?`),
    no(`Port scan from our pentest vendor flagged TCP 5060 as open to the world. Can we restrict it to our peers only without breaking anything?`),
    no(`Selam, firewall lay ye adisu carrier IP range whitelist madreg enfeligalen. Lela chigir yelem.`),
    no(`iptables -L -n -v | grep DROP shows 1.2M packets dropped on udp dpt:5060 from 45.x.x.x, scanners. Should we just leave the rule as it is?`),
  ],
  negationContext: [
    no(`Simu zilikuwa unregistered asubuhi lakini ilikuwa ni baada ya kubadilisha password za akaunti. Hatujawahi kuwasha RST mode. Tumeshamaliza.`),
    no(`SS_TCP_CLOSE_RESET bado iko Off kwa softswitch.conf, hatujagusa chochote. Simu za UDP zinaenda poa. Nilikuwa nauliza tu kwa ajili ya ripoti.`),
    no(`Ignore my message from yesterday about "address already in use" - it was the web portal tomcat, now fixed.`),
    no(`The TIME_WAIT issue we had in 2022 (28,000 sockets) was fixed with tcp_tw_reuse back then. Can you just confirm for our documentation which values we set?`),
    no(`Carrier says their firewall logs show INVALID for RST packets, but it's another company's server, not ours. Our RST is off anyway.`),
    no(`Pour info, les téléphones non enregistrés ce matin à Kinshasa : c'était une panne du fournisseur internet. Tout est revenu. Rien changé côté softswitch.`),
    no(`Sawubona, siyabonga. Inkinga yamaphone angabhalisi izolo bekuyi-ISP, hhayi i-RST. Manje konke kuyasebenza.`),
    no(`We use UDP only on all trunks and phones, so SS_TCP_CLOSE_RESET wouldn't matter, right? The calls that failed were because of the carrier's capacity.`),
    no(`Die "address already in use" foute wat ons gister gesien het was van ons ontwikkelaar se laptop, nie die VOS bediener nie. Jammer vir die ophef.`),
    no(`ሰላም፣ ትላንት የላክነው ስለ TIME_WAIT ጥያቄ ከሌላ ኩባንያ server ነው፣ የእኛ አይደለም። ችግሩም ተፈቷል።`),
    no(`Ile story ya firewall ku-drop RST ilikuwa mfano tu kwa training, hakuna kitu imeharibika kwetu.`),
    no(`Asc, telefoonada unregistered-ka ahaa waxay ahayd koronto la'aan, RST mode waa Off. Hadda wax walba waa ok.`),
    no(`Old ticket from 2021: "phones behind MikroTik unregistered after RST On" - we reverted it back then. I'm just archiving, no action.`),
    no(`Muraho, ikibazo cya calls zitagera cyari icya carrier (bari bafite maintenance), ntabwo ari firewall cyangwa RST. Murakoze.`),
    no(`Nobody changed anything on the softswitch, RST is still Off, and netstat shows 90 TIME_WAIT. The call failures are a routing prefix issue on the Airtel trunk.`),
    no(`Mbote, ba appels ekataki lobi ezalaki problème ya crédit na carrier, balance esilaki. Firewall te, RST te. Merci.`),
    no(`Manager asked me to write a report on what would happen if we ever enabled RST mode: NAT phones and firewalls. We have not enabled it. Can you review my summary?`),
    no(`Mhoro, mafoni aive unregistered nekuti takachinja mapassword ese pa audit. Hatina kumbobata SS_TCP_CLOSE_RESET.`),
    no(`Reading your KB article about BindException and ephemeral ports - interesting, but ours runs 3 CPS so it doesn't apply. Thanks.`),
    no(`Hello, the drops we saw in our Fortigate log were UDP packets from scanners, not TCP RST. Our switch doesn't even use SIP over TCP.`),
    no(`Os telefones não registados em Nampula eram da conta expirada do cliente. O modo RST nunca foi ativado. Podem fechar o ticket.`),
    no(`Molo, ingxaki ye-"cannot bind" ibiyi-nginx kwi-server ye-portal, hayi i-softswitch. Siyilungisile.`),
    no(`Hi, we turned SS_TCP_CLOSE_RESET on last month and everything has been perfect: phones fine, no firewall drops, TIME_WAIT down to a few hundred. Just sharing good news.`),
    no(`Kwa taarifa: tatizo la simu kutoregister Dodoma lilikuwa domain kuisha muda. Hatukubadilisha softswitch.conf. Funga tiketi tafadhali.`),
    no(`Example from a vendor training PDF: "netstat shows 30000 TIME_WAIT - enable tcp_tw_reuse". Is that slide still valid for CentOS 7? We don't have that issue.`),
    no(`Regarding the "no session" entries in our Palo Alto log: those are HTTPS sessions to the portal timing out, nothing to do with SIP. Just noting it for the ticket.`),
    no(`Selam, silkochu unregistered yehonut ethio telecom IP slekeyere new, RST mode alneKakanim. Ahun teselestual.`),
  ],
  portExhaustion: [
    pe(`Habari team, peak hour jioni switch inakataa connections mpya. ss -s inaonyesha timewait 28,417. Log imejaa "Address already in use". Tusaidie haraka!`),
    pe(`ss -s
Total: 31877 (kernel 0)
TCP:   30211 (estab 1102, closed 28890, orphaned 3, synrecv 0, timewait 28874/0), ports 0
VOS3000 Nairobi, 180 CPS peak, calls to carriers failing with cannot bind. Help.`),
    pe(`Maze switch inachoka kila saa mbili usiku, TIME_WAIT ni elfu 30 na kitu, calls mpya hazipiti, log inasema cannot assign requested address`),
    pe(`ሰላም፣ በ peak ሰዓት softswitch አዲስ TCP connection መክፈት አይችልም። netstat ላይ TIME_WAIT ከ 29,000 በላይ ነው። "Address already in use" error ይታያል። እባካችሁ ቶሎ እርዱን።`),
    pe(`Asc, saacadaha mashquulka ah switch-ku wuxuu joojiyaa wicitaannada cusub. TIME_WAIT waa 28k, log-ga waxaa ku jira "EADDRINUSE". Maxaan sameynaa?`),
    pe(`Bonjour, notre VOS3000 à Kinshasa n'arrive plus à ouvrir de connexions sortantes vers les opérateurs aux heures de pointe (environ 200 appels/s). netstat -ant | grep TIME_WAIT | wc -l donne 28 640. Erreur "Cannot assign requested address".`),
    pe(`Ssebo, our switch in Kampala chokes every evening at peak: BindException in the log and thousands of TIME_WAIT sockets. CPS around 150. Restarting mbx3000d helps for 20 mins then it's back.`),
    pe(`Sawubona, ngesikhathi sokuphakama kwezingcingo i-softswitch ayikwazi ukuvula ama-TCP connection amasha. Ama-TIME_WAIT angu-28 000. "bind failed". Sicela usizo.`),
    pe(`Goeiemiddag, ons VOS3000 in Kaapstad gee "java.net.BindException: Address already in use: connect" wanneer ons oor 120 oproepe per sekonde gaan. ss wys 29 000 TIME_WAIT. Wat stel ons?`),
    pe(`Muraho, mu masaha ya peak switch ntishobora gufungura connections nshya za TCP. TIME_WAIT ni 28.000 (ss -s). Calls zirapfa. Mudufashe.`),
    pe(`[21:04] NOC-JNB: vos02 outbound SIP TCP to Vodacom failing again
[21:05] NOC-JNB: netstat -ant | grep -c TIME_WAIT -> 28711
[21:05] NOC-JNB: cps ~190, errors "cannot bind local address"`),
    pe(`Mhoro, switch yedu muHarare inotadza kuvhura ma TCP connections matsva pa peak. TIME_WAIT iri pa 28k. Log rinoti "address already in use". Tibatsirei.`),
    pe(`Ndugu Msaada,
Tunakabiliwa na tatizo kwenye softswitch yetu ya Dar es Salaam. Wakati wa msongamano (kati ya saa 12 jioni na saa 3 usiku), simu mpya zinashindwa kuunganishwa. Tumeona sockets zaidi ya 28,000 zikiwa katika hali ya TIME_WAIT na kosa "Address already in use". CPS ni karibu 170.
Tunaomba ushauri wenu.
Wako,
Kitengo cha NOC`),
    pe(`TIME_WAIT 28k+, peak CPS, no new TCP. Help pls`),
    pe(`[voice note] eeh boss, ni Otieno, ile switch ya Kisumu tena imekwama, saa hii ni peak, nime-run ile ss -s inaonyesha time wait kama elfu ishirini na nane, na calls hazitoki... nifanye nini?`),
    pe(`Bom dia, no pico da noite o nosso softswitch em Maputo deixa de abrir ligações TCP novas. "bind: Address already in use". TIME_WAIT está em 28 900. Cerca de 160 chamadas por segundo.`),
    pe(`sysctl net.ipv4.ip_local_port_range
net.ipv4.ip_local_port_range = 32768	60999
ss -s says timewait 28190 and every evening at peak the switch logs EADDRINUSE on outbound sip tcp. related?`),
    pe(`Mbote, na ngonga ya peak switch ekoki lisusu te kofungola ba connexions TCP ya sika. TIME_WAIT ezali 28 000 na likolo. Erreur "address already in use". Bosalisa biso.`),
    pe(`Our Lusaka switch falls over every Friday evening promo: CPS goes to 220, ss shows 29k sockets in time-wait, outbound TCP to the carriers fails with "Cannot assign requested address". Need a permanent fix.`),
    pe(`Every night after 8pm our switch stops making new connections to the carriers. If I count with netstat there are about 28 thousand connections waiting to close. After 30 min it clears by itself. Uganda traffic, heavy evening bundles.`),
    pe(`Molo, ngexesha le-peak i-softswitch yethu ayikwazi ukwenza ii-connection ezintsha ze-TCP. I-TIME_WAIT ingama-28k. Impazamo ithi "cannot bind". Nceda.`),
    pe(`hi guyz vos keep failng at peak, log full of bindexception adress in use, timewait like 28 500 , cps 140ish. pls advise asap`),
    pe(`Selam, peak seat lay switchu adis TCP connection aykefetim. TIME_WAIT 28,000 belay new. "Address already in use" yilal. Erdun.`),
    pe(`Walaal, maalin kasta 7pm ilaa 10pm wicitaannada dibadda u baxa way fashilmaan. ss -s: timewait 28,350. Log: "bind: Address already in use". CPS waa 150. Server-ku waa CentOS 6.`),
    pe(`Jambo, switch yetu ya Lubumbashi saa za jioni inakataa kufungua TCP mpya kwa carriers. Nimehesabu TIME_WAIT ni 28 300. Kuna kosa "cannot bind". Tufanye nini?`),
    pe(`# ss -tan state time-wait | wc -l
28755
# grep -c "Address already in use" /home/kunshi/mbx3000/log/*.log
4312
peak tonight, calls to the Safaricom trunk dropping. what do we tune?`),
    pe(`Ssebo, ku ssaawa za peak switch yaffe tesobola kuggulawo connections empya eza TCP. TIME_WAIT ziri 28k. "Address already in use". Mutuyambe.`),
    pe(`I think we're running out of local ports on the VOS box: high CPS, tens of thousands in TIME_WAIT, and new outbound SIP TCP connections fail with bind errors. CentOS 7. What should we change?`),
    pe(`Incident INC-4471 (Mombasa POP): between 19:30 and 21:10 EAT outbound SIP/TCP setup to three carriers failed. Host showed 28 000+ sockets in TIME_WAIT and EADDRINUSE on connect. Peak 175 CPS. Requesting root cause and permanent remediation.`),
    pe(`Ag man, weer: 28k time_wait, switch kan nie nuwe TCP connections maak nie by peak. Help asb.`),
  ],
  natUnregistered: [
    nat(`Habari, tangu tuwashe SS_TCP_CLOSE_RESET=On jana, simu zote za ofisini nyuma ya MikroTik zinaonyesha unregistered. SIP ni TCP.`),
    nat(`After enabling RST mode on the softswitch, all our Yealinks behind the office router drop registration every few minutes. SIP over TCP. Trunks are fine.`),
    nat(`Maze tangu tuweke RST On, softphones za wateja nyumbani (behind home routers) zinakuwa unregistered kila saa. Ni TCP.`),
    nat(`ሰላም፣ SS_TCP_CLOSE_RESET ን On ካደረግን በኋላ ከ NAT (MikroTik) ጀርባ ያሉ IP ስልኮች unregistered እየሆኑ ነው። SIP over TCP ነው የምንጠቀመው።`),
    nat(`Asc, tan iyo markii aan shidnay RST mode (SS_TCP_CLOSE_RESET=On), telefoonada xafiiska ee ka dambeeya router-ka waxay noqdaan unregistered. TCP ayaan isticmaalnaa.`),
    nat(`Bonjour, depuis l'activation du mode RST (SS_TCP_CLOSE_RESET=On) sur le softswitch, nos postes IP derrière le routeur MikroTik de l'agence de Lubumbashi se désenregistrent. Transport SIP en TCP.`),
    nat(`Hello, since we turned on the TCP reset option on VOS last week, the ATAs at our customers' homes (behind their home routers) keep showing unregistered. They use SIP TCP. Before the change all was fine.`),
    nat(`Sawubona, selokhu savula i-RST mode ku-softswitch, ama-IP phone ethu angemuva kwe-router (NAT) ayaphuma ekubhaliseni. Sisebenzisa i-SIP nge-TCP.`),
    nat(`Môre, sedert ons SS_TCP_CLOSE_RESET op On gesit het, raak die foons agter die kantoor se MikroTik-router ongeregistreer. Ons gebruik SIP oor TCP.`),
    nat(`Muraho, kuva twashyira RST mode kuri On, telefoni za IP ziri inyuma ya router (NAT) ku biro zabaye unregistered. Dukoresha SIP TCP.`),
    nat(`Mbote, banda totie SS_TCP_CLOSE_RESET=On, ba téléphones IP oyo ezali sima ya MikroTik ezali unregistered. SIP na TCP.`),
    nat(`Mhoro, kubva pataita RST mode On pa softswitch, mafoni edu ari kuseri kwe router (NAT) ave unregistered. SIP TCP.`),
    nat(`[voice note] ehh hello, ni Wanjiru, tangu jana mlipobadilisha ile setting ya reset kwa switch, zile simu za ofisi ya Thika, zile ziko nyuma ya router, zinasema unregistered... tunatumia TCP, mnisaidie`),
    nat(`Ndugu Msaada,
Baada ya kubadilisha SS_TCP_CLOSE_RESET kuwa On tarehe 14, simu za IP za wateja wetu zilizo nyuma ya NAT (router za nyumbani na MikroTik za ofisi) zimekuwa zikipoteza usajili. Tunatumia SIP kupitia TCP. Trunks za carriers ziko sawa.
Tafadhali tushaurini.
Wako, Kitengo cha Ufundi, Arusha`),
    nat(`RST on -> NAT phones unregistered (TCP). fix?`),
    nat(`Since yesterday's change where you made the switch cut TCP connections hard instead of closing them nicely, all our remote handsets behind the branch routers lose registration. Transport is TCP.`),
    nat(`Good morning, after we set SS_TCP_CLOSE_RESET=On to fight TIME_WAIT, our Grandstream phones in Ndola (behind a MikroTik hEX) go unregistered within minutes. SIP over TCP.`),
    nat(`Molo, okoko sivule i-RST mode, iifowuni zethu ezingemva kwe-NAT router e-Gqeberha azibhaliswanga. Sisebenzisa i-TCP.`),
    nat(`Selam, SS_TCP_CLOSE_RESET On kaderegin behuala, ke MikroTik behuala yalu silkoch unregistered yihonalu. SIP TCP new.`),
    nat(`Olá, desde que ligámos o SS_TCP_CLOSE_RESET=On, os telefones IP atrás do router do escritório na Beira ficam "não registados". Usamos SIP sobre TCP.`),
    nat(`Ssebo, okuva lwe twassaako RST mode, essimu zaffe eziri emabega wa router (NAT) ziri unregistered. Tukozesa SIP TCP.`),
    nat(`[08:12] NOC-KLA: after RST=On rollout, 340 endpoints behind customer NAT unregistered
[08:13] NOC-KLA: TCP transport, UDP customers fine
[08:13] NOC-KLA: trunks ok`),
    nat(`Zoiper na MicroSIP users wote wa kufanya kazi nyumbani wanasema "not registered" tangu RST mode iwashwe. Wako nyuma ya router za nyumbani, SIP TCP.`),
    nat(`Walaal, tan iyo markii aan beddelnay softswitch.conf (SS_TCP_CLOSE_RESET=On) oo aan sameynay reparse, dhammaan ATA-yada macaamiisha ee ka dambeeya NAT waxay lumiyaan diiwaangelinta. TCP ayay isticmaalaan.`),
    nat(`Since switching RST on last night, IP phones at our Bulawayo office behind the Huawei router went unregistered. SIP over TCP. Trunks fine.`),
    nat(`Julle het gevra ons moet SS_TCP_CLOSE_RESET=On sit vir die TIME_WAIT - nou is al ons softphones agter NAT unregistered. TCP. Help asb.`),
    nat(`ሰላም፣ RST mode ካበራን ጀምሮ ከቤት router ጀርባ ያሉ softphone ተጠቃሚዎች ምዝገባ ያጣሉ። SIP over TCP ነው።`),
    nat(`hi, after we put rst mode on yesterday all ip phones behind mikrotik unregisterd. sip tcp. pls hlp urgent`),
    nat(`Jambo, tangu tuweke RST mode On kwa softswitch, simu za IP za ofisi ya Goma (nyuma ya MikroTik) zinakuwa unregistered kila baada ya dakika chache. SIP ni TCP.`),
    nat(`Dear support, we enabled SS_TCP_CLOSE_RESET on Monday and ran service mbx3000d reparse. Since then the Cisco SPA ATAs in our clients' homes in Kigali, all behind NAT, show unregistered. SIP transport TCP. Please advise.`),
  ],
  firewallRst: [
    fw(`Habari, tangu tuwashe RST mode, simu kwenda kwa carrier zinakwama. Firewall yao inaonyesha "INVALID" kwa packets za RST. SIP ni TCP.`),
    fw(`Since we turned SS_TCP_CLOSE_RESET on, calls to our Johannesburg peer hang. Their Fortigate logs show "no session matched" for our RST packets. SIP over TCP.`),
    fw(`kernel: INVALID IN=eth0 OUT= SRC=41.x.x.x DST=196.x.x.x PROTO=TCP SPT=5060 DPT=43210 RST URGP=0
we see this on the datacenter firewall since RST mode was enabled on VOS. Calls over TCP failing.`),
    fw(`Bonjour, depuis l'activation de SS_TCP_CLOSE_RESET=On, les appels vers l'opérateur à Kinshasa échouent. Leur pare-feu rejette nos paquets RST ("out of state"). SIP en TCP.`),
    fw(`ሰላም፣ RST mode ካበራን በኋላ ወደ carrier የሚሄዱ ጥሪዎች ይቋረጣሉ። የ firewall log ላይ "INVALID" እና "flags RST" ይታያል። SIP over TCP ነው።`),
    fw(`Asc, tan iyo markii aan shidnay SS_TCP_CLOSE_RESET, wicitaannada u socda carrier-ka way fashilmaan. Firewall-kooda log-giisu wuxuu muujinayaa "out of state" RST. TCP.`),
    fw(`Sawubona, selokhu savula i-RST mode, izingcingo eziya ku-carrier ziyabhuntsha. I-firewall yabo ibonisa "INVALID" kumaphakethe e-RST. SIP nge-TCP.`),
    fw(`Sedert ons RST mode aangeskakel het, hang oproepe na die peer in Kaapstad. Hul firewall laat val die RST pakkies ("no session"). SIP oor TCP.`),
    fw(`Peer's NOC sent us this from their edge after we put SS_TCP_CLOSE_RESET=On:
"IN=bond0 OUT= SRC=102.x.x.x PROTO=TCP SPT=5060 DPT=51872 WINDOW=0 RES=0x00 RST URGP=0" ctstate INVALID DROP
SIP/TCP calls to them fail since. Trunk is up.`),
    fw(`Muraho, kuva twashyira RST mode kuri On, calls zijya kuri carrier zirahagarara. Firewall yabo (datacenter) irajugunya RST packets (INVALID). SIP TCP.`),
    fw(`Mbote, banda totie RST mode, ba appels oyo ekei na opérateur ekangami. Firewall na bango ezali kobwaka ba paquets RST ("out of state"). SIP TCP.`),
    fw(`Mhoro, kubva pataita RST mode On, ma calls kuenda ku carrier ari kukundikana. Firewall yavo inoti "INVALID" pa RST packets. SIP TCP.`),
    fw(`[14:20] NOC-DAR: RST=On since 12:00
[14:21] NOC-DAR: TCP calls to the Vodacom TZ interconnect hanging
[14:22] NOC-DAR: their Check Point log: "TCP packet out of state: First packet isn't SYN" tcp_flags: RST-ACK`),
    fw(`Dear Support,
Following the change of SS_TCP_CLOSE_RESET to On on our Nairobi softswitch, SIP/TCP calls via the datacenter path started failing. The datacenter's stateful firewall logs show our RST packets dropped as "no session". UDP trunks are unaffected.
Kindly advise.
Regards, Voice Engineering`),
    fw(`RST on, carrier firewall drops RST (INVALID), TCP calls hang`),
    fw(`Since your engineer changed the switch to close TCP sessions abruptly, calls to our upstream in Kampala hang for 30 seconds then fail. Their firewall guys say they see reset packets that don't belong to any session and block them.`),
    fw(`After RST mode went on, our TCP trunk to Zamtel stopped completing calls. Zamtel's Palo Alto shows "packet dropped, no session" for TCP RST from our VOS IP.`),
    fw(`Molo, okoko sivule i-SS_TCP_CLOSE_RESET, iminxeba eya ku-peer yethu iyajinga. I-firewall yabo ilahla ii-RST packets ("INVALID"). Sisebenzisa i-TCP.`),
    fw(`Selam, RST mode kaberan behuala wede carrier yemihedu calls yiqoretalu. Firewall log lay "INVALID" flags RST yasayal. SIP TCP new.`),
    fw(`Boa tarde, desde que activámos o modo RST, as chamadas para a operadora em Maputo ficam penduradas. A firewall deles descarta os pacotes RST ("out of state"). SIP sobre TCP.`),
    fw(`Ssebo, okuva lwe twassaako RST mode, calls ezigenda ku carrier zisiba. Firewall yaabwe esuula RST packets (INVALID). SIP TCP.`),
    fw(`Maze tangu tuwashe RST, calls za TCP kwenda kwa peer zinahang. Jamaa wa firewall wanasema RST zetu zinadondoshwa kama INVALID.`),
    fw(`Our peer in Addis uses a stateful firewall that drops our TCP RSTs since we enabled SS_TCP_CLOSE_RESET. Calls over TCP fail. Should we revert, or ask them to allow RST on 5060/tcp?`),
    fw(`Walaal, kaddib markii aan SS_TCP_CLOSE_RESET=On ka dhignay softswitch.conf oo aan sameynay "service mbx3000d reparse", wicitaannada TCP ee u socda datacenter-ka Nairobi way fashilmaan. Firewall-ka datacenter-ku wuxuu tuuraa RST packets, log: "no session".`),
    fw(`Morning, since RST mode got switched on, calls to our Econet interconnect over TCP fail. Econet's firewall team sent logs showing our RSTs dropped as INVALID.`),
    fw(`Bonjour, depuis SS_TCP_CLOSE_RESET=On, ba appels TCP vers l'opérateur ezali ko échouer. Log ya firewall na bango: "flags RST ... drop (out of state)".`),
    fw(`hi, rst mode on since tue, calls to carier over tcp failng, thier firewal log show rst dropd "invalid". pls help`),
    fw(`Since RST went on, the SRX at the datacenter keeps counting "tcp packet without session" drops for our RSTs, and SIP TCP to our peer times out. Tanzania side, UDP trunks fine.`),
    fw(`Dear team, after setting SS_TCP_CLOSE_RESET=On on our Kigali VOS, SIP over TCP calls through the MTN interconnect firewall hang. Their firewall shows our RST packets as INVALID and drops them. Please advise.`),
    fw(`RST mode aan, peer se firewall gooi ons RST pakkies weg (INVALID), TCP oproepe hang. Wat nou?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const neverTuned280Set: readonly EvalItem[] = Object.values(neverTuned280Families).flat();
