import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP operators, call centres and resellers in West Africa: Nigerian Pidgin and Nigerian English ("abeg", "oga",
 * "e don", "dey"), Hausa, Yoruba and Igbo mixed with English, Ghanaian English and Twi ("chale", "mepa wo kyɛw"),
 * the French of Côte d'Ivoire, Senegal, Cameroon and Mali (nouchi, "on est là", "ça gâte"), and Wolof mixes. Numbers
 * as "30k", "30 thousand", "30 mille", "dubu 30"; greetings "sannu", "e kaaro", "ndewo", "salaam aleekum", "bonjour chef".
 * Shares roughly: Nigerian Pidgin/English 35%, Hausa/Yoruba/Igbo 20%, Ghanaian English/Twi 15%, French 25%, Wolof 5%.
 *
 * The hundred-and-eighty-seventh tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-eighty-seventh never-tuned set, before the sixty-seventh
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-seventh round, then made tuning
 * material for the sixty-eighth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 100 %, negatives confident 3.0 %, confident wrong 0 % with the rules of
 * the sixty-sixth round, before the sixty-seventh.
 * After the sixty-seventh round: the same.
 * After the sixty-eighth round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning187Families = {
  oneListeningPort: [
    no(`Oga abeg, after we restart the server this morning the web portal no gree come up. catalina.out dey show:
java.net.BindException: Address already in use (Bind failed)
    at java.net.PlainSocketImpl.socketBind(Native Method)
na port 8080. Wetin dey hold am?`),
    no(`Good morning sir. nginx no wan start at all:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
na apache dey run there before for our reseller portal. How I go take settle am make both dey work?`),
    no(`Please sir, mysqld refused to start after NEPA brought light back. Error log: [ERROR] Can't start server: Bind on TCP/IP port: Address already in use. You think another mysqld instance is still running? We can't login to VOS client since.`),
    no(`e don reach 30 minutes wey mbx3000d no fit start. log talk say bind 5060 failed, address already in use. ps -ef show old mbx3000d still dey with the old pid. abeg make I kill am abi?`),
    no(`Abeg the VOS web manager no dey open since yesterday. I check the log: Address already in use 8080. Na our IT boy install Jenkins for the same server 🙄 which port I go move Jenkins go?`),
    no(`Emergency oga!! Server reboot and mbx3000d no come back. "cannot bind 0.0.0.0:5060: Address already in use". I later see say na one sipp process wey we run last night still dey hold 5060. I don kill am, make I start mbx3000d again?`),
    no(`Oga we wan run small FreeSWITCH for IVR on the same box but e no fit bind 5080, "Address already in use". VOS dey use 5080 too? which port I go give am?`),
    no(`Sir I get this one for the recharge API wey we write for Node: Error: listen EADDRINUSE: address already in use :::4000. Only that service dey fail, VOS itself dey fine, calls dey pass.`),
    no(`Hello, please our call centre dialer web UI on the same server keeps failing to start with "Port 8443 already in use". netstat show say na java from the old version still holding am. Agents no fit login since morning.`),
    no(`Sannu oga. Redis ba ya tashi yanzu:
# Could not create server TCP listening socket *:6379: bind: Address already in use
Ba mu canza komai ba sai restart. Me zan yi?`),
    no(`Barka da safiya. Bayan mun sake kunna server, web portal ba ya budewa. Log: BindException Address already in use port 8080. Don Allah a taimaka, customers dubu 2 suna jira su yi recharge.`),
    no(`E kaaro sir. My dev laptop, npm run dev dey show EADDRINUSE :::3000. I just wan run the billing dashboard wey we dey build on top VOS API. Abeg how I go free the port? E se.`),
    no(`Oga mi e jowo, node_exporter wey I install for monitoring no fit start: "listen tcp :9100: bind: address already in use". Na only that one o, every other thing dey ok.`),
    no(`Nna, docker compose up fail: Error starting userland proxy: listen tcp4 0.0.0.0:8443: bind: address already in use. Na only the webrtc container. Biko help me look am.`),
    no(`Ndewo sir. Asterisk wey we put for voicemail on the same server refuse start: "Unable to bind to 0.0.0.0:5060: Address already in use". Ọ bụ VOS dey use 5060. Kedu port I fit give asterisk?`),
    no(`Chale good afternoon. The web portal on our VOS box won't come up after the upgrade, tomcat log says "Address already in use: JVM_Bind" on 8080. Is it some old java still running?`),
    no(`Mepa wo kyɛw boss, apache no start again: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443. We get nginx also on the box. Which one make I remove?`),
    no(`Morning boss. Our grafana container exits immediately: "Bind for 0.0.0.0:3000 failed: port is already allocated". Please what's holding it? Everything else dey work fine.`),
    no(`Hello, after reboot the mbx3000d log keeps saying bind 5060 failed address already in use. netstat -tulpn | grep 5060 shows another mbx3000d with the old pid. Is it safe to kill it? Medaase.`),
    no(`Bonjour chef, le portail web ne démarre plus depuis ce matin. Dans catalina.out: java.net.BindException: Address already in use sur 8080. On est là depuis 2h dessus, svp aidez nous`),
    no(`Slt, mysql refuse de demarrer apres la coupure de courant, il dit que le port 3306 est deja utilisé. Ça gâte, les revendeurs ne peuvent pas se connecter au portail.`),
    no(`Bonsoir les gars, j'ai installé un petit serveur node pour nos stats sur le même serveur que VOS, il plante au lancement:
Error: listen EADDRINUSE: address already in use 0.0.0.0:9000
C'est quoi qui occupe ce port?`),
    no(`Salam, après le redémarrage le service mbx3000d ne se lance pas, le log dit bind 0.0.0.0:5060 failed, Address already in use. ps montre un ancien processus mbx3000d toujours vivant. Je le tue?`),
    no(`Bonjour, le conteneur docker de notre webphone ne démarre pas: "port 8089 is already allocated". Les autres conteneurs tournent bien. Merci d'avance.`),
    no(`Dja mon frère, le nginx là a refusé de lever: bind() to 0.0.0.0:443 failed (98: Address already in use). C'est certbot en standalone qui est resté coincé je crois, on fait comment?`),
    no(`Bonjour monsieur, Redis refuse de démarrer sur notre serveur de facturation à Yaoundé, "bind: Address already in use" port 6379. Y'a une deuxième instance lancée par systemd je pense. Comment vérifier?`),
    no(`Salaam aleekum, nanga def. Tomcat bi dafa bañ démarrer, "Address already in use" ci 8080. Dama restart serveur bi ba noppi. Lan laa wara def?`),
  ],
  otherRegistrationCause: [
    no(`Oga abeg 15 of my agents phones dey show unregistered since morning. Dem dey behind office NAT, TCP. I check the log: 401 Unauthorized, wrong password. Na the new admin change the account passwords yesterday without telling us.`),
    no(`Good evening sir, all our gateways don unregister since 6pm. Our ISP change our public IP without warning, and VOS still get the old IP for the gateway mapping. How we go update am?`),
    no(`E don happen again! Power cut for the whole estate, generator no get diesel, so all the phones dey off. Once light come back I go check the registration. just informing you.`),
    no(`Sir my account for your side show suspended? All my SIP accounts unregistered, response 403 Forbidden. Abeg na because balance finish? I go pay 150k today.`),
    no(`Oga the softphones dey unregister every few minutes. we dey use UDP. I just discover say na the new router wey MTN bring, SIP ALG dey on. Abeg how I go off am for that ZTE router?`),
    no(`Please the licence for our VOS don expire? Since 12am the registrations dey drop and web manager dey show licence expired. We get like 2k users wey no fit register now.`),
    no(`Our DNS name sip.xyzcomms.ng no dey resolve since yesterday, the domain expire. All the phones wey use the domain don unregister. Those wey use IP direct dey fine.`),
    no(`Abeg help, the Yeastar gateway for Aba branch no dey register. Na fibre cut for that area, internet no dey there since Monday. e go register by itself once dem fix am?`),
    no(`Oga we change the account passwords on VOS for security, now the Grandstream phones show "Registration failed 403". We never update am for the phones yet, na why abi?`),
    no(`Sannu. Wayoyin mu na Kano duk suna nuna unregistered yanzu, suna bayan NAT. Mun gano cewa an canza IP na server a DNS, wayoyin suna amfani da tsohon IP. Yaya za a gyara?`),
    no(`Oga, account din mu an dakatar saboda balance ya kare? Duk phones 40 ba su yin register ba tun jiya. Zan biya dubu 200 yau.`),
    no(`E kaaro. Gbogbo phones wa ni Ibadan branch dey unregistered since the wind pull down the antenna wey carry our internet. ISP talk say dem go come tomorrow.`),
    no(`Oga, the softphones wey our agents dey use for house no dey register since we change the password policy. Zoiper dey show "Wrong password". E jowo how dem go fit reset am themselves?`),
    no(`Ndewo, gateway anyị na Onitsha anaghị register. Those guys change ISP from Glo to Spectranet last week, and we dey use UDP only. Public IP don change. Biko update the IP for the gateway side.`),
    no(`Nna, e be like say all the Fanvil phones unregistered because the PoE switch die. No light for the phones at all. We don order new switch.`),
    no(`Chale, the phones at Kumasi office keep showing unregistered. We found out the new MTN router has SIP ALG turned on and it's rewriting the Contact header. We use UDP. How do we turn it off?`),
    no(`Good morning. ECG took light since 5am so all the desk phones dey off and VOS shows them unregistered. Just letting you know before you see the alarms. Medaase.`),
    no(`Hello boss, the reseller account "akwaaba-tel" shows all endpoints unregistered with 403. I think their account expired end of month. Can you confirm from your side?`),
    no(`Mepa wo kyɛw, after we moved the server to the new datacenter the IP changed and the gateways still point to the old IP. That's why they unregistered, ano? Do I need to update each gateway manually?`),
    no(`Bonjour, tous les postes de l'agence de Yopougon sont non enregistrés depuis ce matin. En vérifiant on a vu 401 Unauthorized, le mot de passe a été changé hier par le nouveau technicien.`),
    no(`Bonsoir chef, coupure CIE dans tout le quartier depuis 14h, l'onduleur a lâché. Les téléphones sont éteints, c'est normal qu'ils apparaissent unregistered. On vous tient au courant.`),
    no(`Slt, notre compte revendeur est bloqué? Tous les SIP sont unregistered, réponse 403 Forbidden. Je crois que le solde est à zéro, je fais le dépôt Orange Money de 50 mille maintenant.`),
    no(`Bonjour, au Cameroun ici, Camtel a changé notre IP publique hier soir sans prévenir. Les passerelles sont en UDP et VOS a toujours l'ancienne IP. Comment on met à jour?`),
    no(`Bonjour monsieur, la licence VOS3000 a expiré hier soir, le web manager affiche "licence expired" et les comptes ne s'enregistrent plus. On veut renouveler vite svp.`),
    no(`Salam aleykoum, à Bamako les softphones ne s'enregistrent plus. C'est le nom de domaine qui a expiré, sip.sahelvoix.ml ne résout plus. Avec l'IP directe ça marche.`),
    no(`Bonjour, le routeur Orange de la boutique à Pikine a le SIP ALG activé par défaut et nos postes en UDP se désenregistrent toutes les 5 minutes. Vous avez la procédure pour le désactiver?`),
    no(`Salaam aleekum. Téléphones yi ci Thiès dañuy wone unregistered. Senelec dafa dagg courant bi ci suba, amul internet. Bu courant bi délloo dinaa la wax.`),
  ],
  smallFigures: [
    no(`Oga, I run ss -s for our VOS box just now:
Total: 412
TCP:   96 (estab 41, closed 38, orphaned 0, timewait 37)
Abeg this one normal? Na quiet hour sha.`),
    no(`Please what exactly is TIME_WAIT? I see am for netstat like 200 times and my boss dey ask me whether e bad. Calls dey go fine.`),
    no(`Sir, wetin SS_TCP_CLOSE_RESET dey do exactly? I see am for softswitch.conf and I no wan touch wetin I no understand.`),
    no(`Abeg if we enable RST mode, our agents wey dey use softphone from house (behind their router) go get problem? We never enable am yet, just dey plan.`),
    no(`Daily check: netstat -ant | grep TIME_WAIT | wc -l gives 318. CPS around 12. Everything okay, abi we need to tune kernel?`),
    no(`Oga, our CPS for peak na like 25, TIME_WAIT na 600 plus. Is this something to worry about or normal for VOS?`),
    no(`Good afternoon sir, please what is the difference between FIN and RST close? Our consultant dey talk say make we switch am on for VOS but I wan understand first.`),
    no(`Abeg which value be the default for SS_TCP_CLOSE_RESET? Our conf no show the line at all.`),
    no(`Hello, weekly report: ss -s show timewait 150, estab 80, no failed calls. Just wan confirm say the numbers fine before I send am to oga.`),
    no(`Sannu, ina so in tambaya: menene TIME_WAIT? Na ga kusan 250 a netstat. Ba matsala ba ne?`),
    no(`Oga, idan mun kunna RST mode, gateways din mu na bayan MikroTik za su sami matsala? Ba mu kunna ba tukuna, shiri ne kawai.`),
    no(`E kaasan sir. Our traffic no too much, CPS maybe 8. netstat show 90 TIME_WAIT. Se o dara? Just routine check.`),
    no(`Oga mi, does SS_TCP_CLOSE_RESET affect UDP calls? All our trunks na UDP. Just asking before maintenance window.`),
    no(`Ndewo, biko explain net.ipv4.tcp_tw_reuse for me. I see am for one blog. We need am for our small server wey get 300 TIME_WAIT?`),
    no(`Nna, our ip_local_port_range na 32768 60999. Is that enough for like 20 CPS? Nothing dey fail, I just dey plan for growth.`),
    no(`Chale quick one: ss -s shows "timewait 420" on our VOS box during lunch hour. Normal or I should be worried?`),
    no(`Good morning boss. If we switch SS_TCP_CLOSE_RESET to On, will our Sophos firewall have a problem? Planning only, nothing changed yet.`),
    no(`Please what does "reparse" do in service mbx3000d reparse? Does it drop active calls? Medaase.`),
    no(`Hello, our NOC dashboard shows 180 TIME_WAIT sockets and 0 failed outgoing connects. Management asked me what TIME_WAIT means. Can you explain it simply?`),
    no(`Bonjour, c'est quoi exactement TIME_WAIT? J'en vois environ 300 dans netstat, le serveur tourne normalement.`),
    no(`Bonsoir chef, question simple: SS_TCP_CLOSE_RESET sert à quoi? On est en UDP partout, est-ce que ça nous concerne?`),
    no(`Slt, voici mon ss -s:
TCP:   143 (estab 62, closed 51, orphaned 0, timewait 49)
C'est normal pour un serveur à 10 appels par seconde?`),
    no(`Bonjour, si on active le mode RST, est-ce que les postes derrière NAT dans les boutiques vont perdre l'enregistrement? On n'a encore rien touché.`),
    no(`Bonjour monsieur, contrôle de routine à Dakar: 520 sockets en TIME_WAIT à l'heure de pointe, zéro erreur. On laisse comme ça?`),
    no(`Salut, on a un FortiGate devant le VOS. Si un jour on met SS_TCP_CLOSE_RESET=On, il faut changer quelque chose sur le Forti? Juste pour préparer.`),
    no(`Bjr, quelle est la différence entre tcp_tw_reuse et tcp_tw_recycle? On a lu des trucs contradictoires sur internet. Pas de souci en prod, c'est pour comprendre.`),
    no(`Nanga def boss. ss -s bi wone na timewait 210. Normal la? Amul benn problème, dama bëgg xam rekk.`),
  ],
  firewallNoRst: [
    no(`Oga abeg help us open 5060 TCP and UDP for the new carrier IP 41.203.65.10 on our iptables. Dem wan start sending traffic tomorrow.`),
    no(`Good morning sir, fail2ban don ban our own office IP again because somebody type wrong password many times. How I go whitelist the office IP make e no happen again?`),
    no(`Please we need port forwarding on our MikroTik for RTP range 10000-20000 to the VOS server. Can you send the exact rule?`),
    no(`Sir for our FortiGate, abeg which ports we go open for VOS web manager and for the client? We dey setup new firewall for the DC.`),
    no(`Oga, we wan block traffic from outside Nigeria to our SIP port because hackers dey scan us every night. Geo-blocking for pfSense, how we go do am without blocking our Ghana carrier?`),
    no(`Abeg review our iptables rules, I paste am below. We just wan make sure say e tight:
-A INPUT -p udp --dport 5060 -s 102.89.0.0/16 -j ACCEPT
-A INPUT -p tcp --dport 8080 -s 197.210.0.0/16 -j ACCEPT
-A INPUT -j DROP`),
    no(`Hello, new carrier from South Africa need their two IPs whitelisted on our Cisco ASA, 196.25.1.10 and 196.25.1.11. Wetin be the access-list command?`),
    no(`Oga our consultant talk say the one-way audio for customers wey dey behind their router na SIP ALG. Make dem off am for their router? We dey use UDP.`),
    no(`Please sir, Sophos dey block our web manager access from the new office. Which rule we go add? Calls no get any problem.`),
    no(`Sannu oga. Don Allah a taimaka mana mu bude port 5060 a FortiGate don sabon carrier daga Abuja. IP dinsu 105.112.44.20.`),
    no(`Fail2ban ya hana IP din reseller din mu tun jiya, ya yi kuskure a password sau da yawa. Yaya zan cire shi daga jail?`),
    no(`E kaaro. Abeg we wan set port forward for our Sophos so that the remote VOS client fit connect from outside. E se gan.`),
    no(`Oga mi, our pfSense dey show many blocked packets from foreign IPs on 5060. Se ko si wahala abi make I add geo-block?`),
    no(`Ndewo sir. We change firewall from pfSense to MikroTik yesterday. Biko check our NAT rules, I paste them:
/ip firewall nat add chain=dstnat protocol=udp dst-port=5060 action=dst-nat to-addresses=10.0.0.5
/ip firewall nat add chain=dstnat protocol=udp dst-port=10000-20000 action=dst-nat to-addresses=10.0.0.5
Everything dey work, I just want review.`),
    no(`Nna, how I go off SIP ALG for MikroTik? /ip firewall service-port disable sip abi? Na for the new branch wey we dey setup.`),
    no(`Chale, we need to whitelist Vodafone Ghana's new SBC IP on our iptables. What's the right line to add so it's allowed on 5060 UDP?`),
    no(`Good afternoon. Config review please: can you look at the Cisco ASA access-lists for VOS before we go live next week? Medaase.`),
    no(`Boss, fail2ban has banned 312 IPs overnight on the SIP port. Is that normal? Looks like scanners. Calls are fine.`),
    no(`Hello, mepa wo kyɛw, which ports must we open on the new FortiGate for VOS3000? SIP, RTP, web manager, client. We're migrating the firewall this weekend.`),
    no(`Bonjour chef, pouvez-vous nous aider à ouvrir le port 5060 sur le FortiGate pour le nouveau carrier ivoirien? Son IP: 160.154.12.8.`),
    no(`Slt, fail2ban a banni l'IP de notre revendeur à Bouaké ce matin, il s'est trompé de mot de passe. Comment je le débannis?`),
    no(`Bonsoir, on veut faire du géoblocage sur pfSense, autoriser seulement la zone UEMOA vers le port SIP. C'est possible sans casser nos routes?`),
    no(`Bonjour, est-ce qu'on doit désactiver le SIP ALG sur le routeur Huawei de l'agence? Le technicien d'Orange dit oui. On est en UDP.`),
    no(`Bonjour monsieur, voici notre config iptables, pouvez-vous la relire? On veut juste être sûr avant la mise en prod:
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT
-A INPUT -p tcp --dport 22 -s 41.82.0.0/16 -j ACCEPT`),
    no(`Salut, il faut faire une redirection de port sur le MikroTik pour accéder au web manager depuis l'extérieur. C'est quel port déjà, 8080?`),
    no(`Bonjour, au Cameroun ici. Le Sophos bloque le client VOS depuis le nouveau bureau à Douala. Quelle règle ajouter? Les appels passent normalement.`),
    no(`Salaam aleekum. Bëgg naa ubbi port 5060 ci iptables bi pour carrier bu bees bi ci Dakar. IP bi mooy 41.214.20.6. Jërëjëf.`),
  ],
  negationContext: [
    no(`Oga thank you o! Since you adjust the kernel settings last week, TIME_WAIT don come down to like 800 even for peak, no more "cannot assign requested address". Just dey give you feedback.`),
    no(`Abeg no worry about the unregistered phones for Ikeja branch, dem don register back. Na the password wey the new guy change, we don correct am.`),
    no(`Sir we use UDP only for all our trunks and phones, RST is off, never enabled. So the unregistered phones no fit be that TCP thing abi? Na the ISP wey change our IP.`),
    no(`For record: forwarding old ticket #4471 from March - "port exhaustion at peak, TIME_WAIT 40k" - resolved by tcp_tw_reuse. Nothing dey happen now, just make you get am for your file.`),
    no(`Oga the firewall issue wey we get last month, where FortiGate dey drop the RST, e don solve since we off RST mode. Thanks plenty. Everything stable.`),
    no(`Hello, my manager read say RST mode fit make NAT phones unregister. We never enable am, SS_TCP_CLOSE_RESET still Off, and our phones dey fine. Just confirm say we no need do anything.`),
    no(`Please close the ticket. After we restore the right password for the gateway account e don register. Nobody touch RST or firewall.`),
    no(`Oga, nobody change anything for the server. Calls dey fail since morning because the carrier trunk down, dem don confirm am. No be TIME_WAIT or port wahala, ss -s show 300 timewait only.`),
    no(`Thanks sir, after the fix: ss -s now show timewait 412 at peak, before na 38,000. No more EADDRINUSE. Make we leave am like this?`),
    no(`Nagode oga! Tun da aka gyara makon jiya, TIME_WAIT ya sauka zuwa 500 kawai a lokacin peak. Babu "cannot assign requested address" yanzu.`),
    no(`Sannu. Wayoyin da suke unregistered jiya sun dawo. Ba RST ba ne, wutar lantarki ce ta dauke. Mun gode.`),
    no(`E kaaro sir. Just for record, the firewall drop RST wahala wey we report last month don finish since we add the rule for FortiGate. No be new issue o.`),
    no(`Oga, we no dey use TCP at all, na UDP only for everything. RST mode never on. So I no think say na that one dey cause the registration issue - na the router wey dem change for Lekki office, SIP ALG dey on.`),
    no(`Daalụ nna. After you help us set tcp_tw_reuse, "cannot assign requested address" no show again for two weeks. TIME_WAIT dey around 1k at peak. Just thanking you.`),
    no(`Ndewo, I forward this old email from our former NOC guy for your record: "MikroTik phones unregistered after RST enabled - fixed by turning RST off (Feb)". Nothing dey happen now.`),
    no(`Chale, false alarm. The "unregistered" alerts this morning were because our internet went down at the Accra office. It's back. RST is still off, we never touched it.`),
    no(`Good morning boss, just to update: the Sophos issue is resolved since we added the TCP RST exception last week. No drops since. Medaase paa.`),
    no(`Hello, my colleague thinks we have port exhaustion but ss -s shows only 240 timewait and no bind errors. The failing calls were because the carrier ran out of credit. Just sharing.`),
    no(`Mepa wo kyɛw, please ignore my message from yesterday about "address already in use". It was the tomcat port, one old process. Killed it and all is well.`),
    no(`Bonjour chef, merci! Depuis le réglage de tcp_tw_reuse la semaine passée, plus de "cannot assign requested address". Le TIME_WAIT est autour de 900 en pointe. On est là, tout va bien.`),
    no(`Bonsoir, pour info: on est en UDP uniquement et SS_TCP_CLOSE_RESET n'a jamais été activé. Les postes non enregistrés de ce matin, c'était la coupure internet chez Orange.`),
    no(`Salut, je vous transfère un vieux ticket pour archive: "FortiGate no session matched, RST drop, résolu en passant SS_TCP_CLOSE_RESET à Off" (avril). Rien de nouveau.`),
    no(`Bonjour, personne n'a rien changé sur le serveur. Les appels échouaient parce que le trunk du carrier était down, ils l'ont confirmé. Ce n'est pas un problème de ports ni de TIME_WAIT.`),
    no(`Bonjour monsieur, le problème des téléphones derrière NAT qui perdaient l'enregistrement est réglé depuis qu'on a remis le mode FIN. Merci beaucoup, ça marche nickel.`),
    no(`Slt, c'est pas le firewall. On a vérifié, aucun paquet RST bloqué dans les logs du pfSense. C'était le mot de passe du compte qui avait changé.`),
    no(`Bonjour, à Bamako les gateways se sont désenregistrées après le changement du mot de passe admin, pas à cause du RST qui est toujours désactivé chez nous. On a remis les bons identifiants, c'est bon.`),
    no(`Jërëjëf boss. Problème TIME_WAIT bi dafa jeex. Leegi timewait 600 rekk ci peak, amul benn "cannot assign requested address". Ba beneen yoon.`),
  ],
  portExhaustion: [
    pe(`Oga urgent!! Calls dey fail from 7pm. ss -s:
Total: 61288
TCP:   60912 (estab 1203, closed 59540, orphaned 12, timewait 59402)
log full of "cannot assign requested address". Abeg help us now now`),
    pe(`Good evening sir. Every day for peak hour (6 to 9pm) outbound calls dey fail, log dey show EADDRINUSE when e dey connect to the carrier. After 10pm everything normal. CPS na around 180.`),
    pe(`Abeg which one be this: netstat -ant | grep TIME_WAIT | wc -l = 28k for peak. New TCP connections to the carrier no dey go. Calls dey fail.`),
    pe(`Please the server no fit open new TCP connection at busy hour. "connect: Cannot assign requested address" dey repeat for mbx3000d log. When traffic reduce, e clear. We dey push like 250 CPS.`),
    pe(`Oga our call centre campaign start 9am and by 9:15 everything don jam. Outgoing SIP TCP to the carrier dey fail with "Address already in use". TIME_WAIT dey 30 thousand plus.`),
    pe(`Sir e don tey wey we get this problem: TIME_WAIT sockets dey pile up reach 40k plus for peak, then calls begin fail. ip_local_port_range na default. Wetin we go do?`),
    pe(`Hello, paste from our NOC:
[14:02:11] tcp connect to 197.253.1.20:5060 failed: Cannot assign requested address
[14:02:11] tcp connect to 197.253.1.20:5060 failed: Cannot assign requested address
(repeats thousands of times)
ss shows timewait 61k. CPS 300+. Please advise urgently.`),
    pe(`Abeg our java billing connector wey dey run on the same VOS box dey throw java.net.BindException: Cannot assign requested address when e dey connect out during peak. ss -s show 50k timewait. Off peak e dey work.`),
    pe(`Oga the thing wey happen yesterday don happen again: around 8pm calls fail, no new TCP connection. I count TIME_WAIT, na 35k. By 11pm e come down. Abeg we need permanent solution.`),
    pe(`Please, at peak our outbound to the Lagos carrier over TCP just stops. netstat dey show 28k TIME_WAIT, local ports all used up. e be like say port don finish.`),
    pe(`Quick one sir, our reseller dey complain say calls fail only for evening. I check am: EADDRINUSE on outgoing connect, time_wait 25k. CPS for evening na 200. Wetin we go change?`),
    pe(`Sannu oga. Da yamma kira ba sa tafiya. TIME_WAIT ya kai dubu 40 a netstat, log yana cewa "cannot assign requested address". Don Allah a taimaka yanzu.`),
    pe(`Oga, a lokacin peak sabbin TCP connections ba sa budewa zuwa carrier. ss -s timewait dubu 30. Bayan karfe 10 na dare komai ya dawo daidai.`),
    pe(`E kaaro sir. Every evening from 7, outbound calls dey fail. Log dey show EADDRINUSE when VOS dey connect to carrier. TIME_WAIT reach 45k. E jowo, help us.`),
    pe(`Oga mi, ss -s now now:
TCP: 52110 (estab 980, closed 51002, orphaned 4, timewait 50877)
Calls dey fail since 6pm. Ko si ports mo.`),
    pe(`Ndewo sir. At peak our server no dey fit open new connection to the carrier: "Cannot assign requested address". TIME_WAIT dey like 33k. Biko what do we tune?`),
    pe(`Nna, calls for our call centre dey fail every busy hour. netstat: 27k TIME_WAIT. Outgoing connect error "address already in use". Ọ na-eme kwa ụbọchị.`),
    pe(`Chale the server dey choke at peak. From 5pm outgoing calls fail, log says "cannot assign requested address", and ss shows 48k timewait. After 9pm it's fine again.`),
    pe(`Good evening boss. Our call centre in Accra can't dial out between 10 and 12, busy hours. netstat counts around 30 thousand TIME_WAIT, and the carrier connect keeps failing with EADDRINUSE.`),
    pe(`Mepa wo kyɛw, urgent. Right now:
$ ss -s
TCP:   38411 (estab 702, closed 37600, orphaned 0, timewait 37588)
No new TCP connections going out. Calls failing.`),
    pe(`Hello, every weekday at peak we hit a wall around 220 CPS: new outbound TCP connections fail with BindException, TIME_WAIT in the tens of thousands. Off peak no issue. What kernel settings should we change?`),
    pe(`Bonjour chef, depuis 18h les appels sortants échouent. ss -s montre timewait 42 mille, et dans le log: "cannot assign requested address". À 22h tout redevient normal. Svp on fait comment?`),
    pe(`Bonsoir, urgent! Aux heures de pointe, plus aucune nouvelle connexion TCP vers le carrier. netstat | grep TIME_WAIT | wc -l = 31k. Ça gâte grave, les clients appellent.`),
    pe(`Slt, voici notre log:
connect() to 154.72.10.5:5060 failed (99: Cannot assign requested address)
connect() to 154.72.10.5:5060 failed (99: Cannot assign requested address)
ça se répète des milliers de fois entre 19h et 21h. Environ 250 appels par seconde, ss montre 47 mille TIME_WAIT.`),
    pe(`Bonjour, au Cameroun ici. Chaque soir, les appels échouent à la pointe avec EADDRINUSE sur les connexions sortantes. On a compté 38 mille sockets en TIME_WAIT. Qu'est-ce qu'il faut régler?`),
    pe(`Bonjour monsieur, à Bamako notre serveur VOS sature le soir: TIME_WAIT à 55 mille, les nouvelles connexions sortantes ne passent plus, erreur bind. Le matin tout va bien.`),
    pe(`Dja, ce soir c'est chaud, les ports sont finis! 40 mille TIME_WAIT, "cannot assign requested address" partout dans le log. On est là depuis 19h, les appels tombent, les môgôs appellent pour se plaindre.`),
    pe(`Bonjour, campagne de notre centre d'appels à Dakar: à partir de 9h30 les appels sortants échouent, log plein de "Address already in use" sur les connect sortants, ss montre 29k timewait. Ça revient à la normale vers midi.`),
    pe(`Salaam aleekum boss. Ci ngoon si, woote yi dañuy échouer. TIME_WAIT bi tollu na 36 mille, log bi naa "cannot assign requested address". Jàppale nu, urgent la.`),
    pe(`Nanga def. Ci peak bi, serveur bi mënul ubbi connexion TCP bu bees ci carrier bi. ss -s: timewait 44k. Lan lanu wara soppi ci kernel bi?`),
  ],
  natUnregistered: [
    nat(`Oga since una enable RST mode yesterday, all our agents wey dey work from house (behind their home router) dey show unregistered. Dem dey use SIP over TCP for Zoiper. Office phones wey no dey behind NAT dey fine.`),
    nat(`Abeg after we set SS_TCP_CLOSE_RESET=On last night, our branch phones behind MikroTik keep losing registration every few minutes. TCP transport. Before the change dem dey fine.`),
    nat(`Good morning sir. Since your change yesterday (the close mode thing), the Grandstream phones for our Abuja office behind NAT no dey register again. Na TCP dem dey use. Abeg look am.`),
    nat(`Sir we turn on RST mode for the TIME_WAIT issue, now plenty softphones behind NAT dey drop registration. The ones wey get public IP dey okay. Transport na TCP.`),
    nat(`Please, the 40 Yealink phones for our Lekki call centre dey go unregistered and come back, unregistered and come back, since the RST setting. Dem dey behind office NAT, SIP over TCP.`),
    nat(`Oga e be like say the RST mode wey una on don scatter our NAT phones. Since Tuesday, gateways behind MikroTik for 3 branches dey lose registration. SIP/TCP. Wetin we go do?`),
    nat(`After the reparse with SS_TCP_CLOSE_RESET=On, remote agents softphones (Bria, TCP) behind their home routers dey show "Unregistered" on VOS. E start immediately after the change.`),
    nat(`Abeg una help. Since you switch am to RST, phones wey dey behind NAT no dey stay registered. Those on UDP fine, only the TCP ones dey affected.`),
    nat(`Hello sir, our reseller for Port Harcourt dey complain: since Monday wey dem enable RST on our VOS, all his customers wey dey behind home routers show unregistered. Dem use TCP. His own public IP phones fine.`),
    nat(`Oga pls, since the RST mode, Fanvil phones for our office (behind the MikroTik NAT) dey lose registration every 10 min. I see say na only TCP phones. Must we off RST?`),
    nat(`Good evening. We enable SS_TCP_CLOSE_RESET yesterday as una advise. Now the softphones of 120 agents behind NAT (TCP) keep dropping registration. Public IP trunks ok. Abeg what is next?`),
    nat(`Sannu oga. Tun da aka kunna RST mode jiya, wayoyin mu na bayan router (NAT) duk suna nuna unregistered. Suna amfani da TCP. Wayoyin da ke da public IP lafiya.`),
    nat(`Oga, bayan mun sa SS_TCP_CLOSE_RESET=On, gateways din mu na bayan MikroTik suna rasa registration kowane minti 5. SIP over TCP ne.`),
    nat(`E kaaro sir. Since una on RST mode, the softphones of our agents wey dey work from house no dey register again. Dem dey behind home router, TCP transport. E jowo what we go do?`),
    nat(`Oga mi, after the close mode change yesterday, all our Ibadan branch phones behind NAT dey unregistered. TCP. Phones wey dey Lagos with public IP no get problem.`),
    nat(`Ndewo sir. Kemgbe unu enable RST, ekwentị anyị na office (behind NAT router) na-ala registration. TCP ka anyị ji. Biko help.`),
    nat(`Nna, since SS_TCP_CLOSE_RESET=On, Zoiper clients for our Enugu call centre behind office NAT keep showing unregistered. Only TCP ones. Before am everything fine.`),
    nat(`Chale since you enabled RST mode, all the phones at our Kumasi branch behind the MikroTik keep losing registration. We use TCP. Please what do we do?`),
    nat(`Good morning boss. After SS_TCP_CLOSE_RESET was set to On on Friday, our remote agents' softphones behind home routers show unregistered on VOS. TCP transport. Medaase.`),
    nat(`Hello, mepa wo kyɛw. Since the RST change, the Yealinks in our Tema office (office NAT, SIP over TCP) go unregistered every few minutes, then come back. Public IP phones are okay.`),
    nat(`Boss, our reseller in Takoradi says since yesterday's change to the TCP close mode, his customers' IP phones behind NAT drop registration. All on TCP. Can we roll back?`),
    nat(`Bonjour chef, depuis qu'on a activé le mode RST hier, les postes derrière NAT de l'agence de Cocody sont non enregistrés. Ils sont en TCP. Les postes avec IP publique marchent.`),
    nat(`Bonsoir, depuis le passage de SS_TCP_CLOSE_RESET à On, les softphones des télétravailleurs (derrière leur box) perdent l'enregistrement toutes les quelques minutes. Transport TCP.`),
    nat(`Slt, depuis votre changement d'hier (le mode de fermeture TCP), nos passerelles derrière MikroTik se désenregistrent sans arrêt. SIP sur TCP. Avant ça allait.`),
    nat(`Bonjour, au Cameroun ici. Après le reparse avec SS_TCP_CLOSE_RESET=On, tous les téléphones Yealink du bureau de Douala derrière NAT sont passés unregistered. Ils sont en TCP. Ça gâte.`),
    nat(`Bonjour monsieur, à Bamako depuis l'activation du RST les postes derrière le routeur de la boutique perdent l'enregistrement. Ceux en UDP n'ont rien, seulement ceux en TCP.`),
    nat(`Dja, depuis qu'on a mis le RST là, les môgôs en télétravail derrière leur routeur sont tous unregistered. TCP. On fait comment, on remet comme avant?`),
    nat(`Bonjour, à Dakar, depuis l'activation du mode RST mardi, les 60 postes du centre d'appels derrière le NAT du bureau perdent l'enregistrement. SIP over TCP. Merci de nous aider.`),
    nat(`Salaam aleekum. Li ko dale ba ngeen activer RST mode, téléphones yi ci biir NAT bi dañuy unregistered. TCP lañuy jëfandikoo. Jàppale nu.`),
    nat(`Nanga def boss. Ginnaaw SS_TCP_CLOSE_RESET=On, softphones yu agents yi ci kër gi (ginnaaw routeur) dañuy ñàkk registration. TCP la. Lan laa wara def?`),
  ],
  firewallRst: [
    fw(`Oga since una on RST mode, calls dey hang and drop. FortiGate log dey show plenty "no session matched" for packets wey get RST flag from VOS IP. Abeg help.`),
    fw(`Good morning sir. After SS_TCP_CLOSE_RESET=On, our Cisco ASA dey drop the RST packets:
%ASA-6-106015: Deny TCP (no connection) from 10.10.1.5/5060 to 41.58.2.10/41223 flags RST on interface inside
Calls dey fail since then.`),
    fw(`Abeg since the RST change, iptables for our edge dey drop packets as INVALID. I see am: "ctstate INVALID DROP ... flags R". Calls dey hang for ringing.`),
    fw(`Oga our pfSense dey block the RST from VOS after una change the close mode. Firewall log show "TCP:R" blocked by default deny. Calls drop halfway.`),
    fw(`Sir, since yesterday wey RST mode on, Sophos dey drop packets with "out of state" for TCP RST, and calls to the carrier dey fail. Before the change e dey ok.`),
    fw(`Please una help. After enabling SS_TCP_CLOSE_RESET, calls through our MikroTik dey drop. The log show RST packets dropped with connection-state=invalid. What rule we go add?`),
    fw(`E don happen since the close mode change: calls dey hang 30 sec then drop. FortiGate forward traffic log: "action=deny, msg=no session matched", tcp flags RST. Abeg urgent.`),
    fw(`Hello, our NOC paste:
Nov 12 20:11:04 fw kernel: [UFW BLOCK] IN=eth0 OUT= SRC=102.89.3.4 DST=41.203.1.2 PROTO=TCP SPT=5060 DPT=51334 RST URGP=0
thousands like this since RST mode was enabled yesterday. Calls failing.`),
    fw(`Oga since una enable RST, the carrier trunk through our ASA dey drop calls. ASA show "TCP RST denied due to no connection" many times. Abeg wetin we go do?`),
    fw(`Sir I confirm am: iptables conntrack dey mark the RST packets as INVALID and drop am since SS_TCP_CLOSE_RESET=On. Calls dey fail after some seconds. How we go allow am safely?`),
    fw(`Good evening. Since the RST mode, calls dey drop for our Sophos side, log say "Packet dropped (out of state)" TCP flags R. Before Tuesday no wahala.`),
    fw(`Sannu oga. Tun da aka kunna RST mode, kira suna yankewa. FortiGate log yana nuna "no session matched" da RST flag. Don Allah a taimaka.`),
    fw(`Oga, bayan SS_TCP_CLOSE_RESET=On, iptables na firewall din mu yana zubar da RST packets a matsayin INVALID. Kira ba sa tafiya yanzu.`),
    fw(`E kaaro sir. Since the RST change, our pfSense dey block TCP:R packets from VOS and calls dey hang. E jowo which rule we go add?`),
    fw(`Oga mi, Cisco ASA dey drop RST packets since una switch the close mode yesterday: "Deny TCP (no connection) ... flags RST". Calls dey drop midway.`),
    fw(`Ndewo sir. Kemgbe unu enable RST mode, MikroTik firewall anyị na-adrop packets with connection-state=invalid, TCP RST. Calls na-akwụsị. Biko.`),
    fw(`Nna, since SS_TCP_CLOSE_RESET=On, Sophos dey show "out of state" drop for TCP RST and calls to the Lagos carrier dey fail. Ihe a bụ nsogbu.`),
    fw(`Chale since you enabled RST mode, calls through our FortiGate keep hanging. Log is full of "no session matched" with RST flags. Help us please.`),
    fw(`Good morning boss. After SS_TCP_CLOSE_RESET was set to On, our ASA is denying the RST packets, "TCP RST denied (no connection)". Calls dropping since Friday. Medaase.`),
    fw(`Mepa wo kyɛw, since the close-mode change our iptables box drops the RST as INVALID:
IN=eth1 OUT=eth0 SRC=10.0.0.5 DST=154.160.2.7 PROTO=TCP SPT=5060 DPT=40122 WINDOW=0 RES=0x00 RST
and calls hang at ringing. What rule do we add?`),
    fw(`Hello, pfSense on our side blocks the RST from VOS since the RST mode came on, calls drop after a few seconds. Firewall log: "Default deny rule IPv4 (1000000103) TCP:R".`),
    fw(`Bonjour chef, depuis l'activation du mode RST, le FortiGate bloque les paquets RST: "no session matched". Les appels tombent ou restent bloqués. Svp aidez.`),
    fw(`Bonsoir, depuis que SS_TCP_CLOSE_RESET=On, notre Cisco ASA rejette les RST: "Deny TCP (no connection) ... flags RST". Les appels échouent.`),
    fw(`Slt, depuis votre changement d'hier (fermeture en RST), iptables marque les paquets RST comme INVALID et les drop. Les appels se coupent après quelques secondes.`),
    fw(`Bonjour, au Cameroun ici. Le pfSense bloque les TCP:R venant du VOS depuis qu'on a activé le RST. Les appels restent en sonnerie puis tombent. Ça gâte.`),
    fw(`Bonjour monsieur, à Bamako le Sophos affiche "out of state" sur les RST depuis le passage en mode RST, et les appels vers le carrier échouent. Quelle règle ajouter?`),
    fw(`Dja, depuis le RST là, le MikroTik drop tout ce qui est connection-state=invalid, les paquets RST de VOS passent pas, les appels se coupent. On est là depuis hier.`),
    fw(`Bonjour, à Abidjan, notre FortiGate log "action=deny msg=no session matched" sur les paquets TCP RST depuis mardi, date où on a mis SS_TCP_CLOSE_RESET à On. Appels qui raccrochent tout seuls.`),
    fw(`Salaam aleekum. Li ko dale ba ngeen activer RST mode, FortiGate bi dafay drop RST packets yi: "no session matched". Woote yi dañuy dagg.`),
    fw(`Nanga def boss. Ginnaaw SS_TCP_CLOSE_RESET=On, iptables bi dafay marquer RST yi INVALID te drop leen. Woote yi dañuy hang. Jàppale nu.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning187Set: readonly EvalItem[] = Object.values(tuning187Families).flat();
