import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Written as WhatsApp messages from VOS3000 operators, call-termination wholesalers, resellers and NOC staff across
 * West Africa: Nigerian Pidgin and Nigerian English, Ghanaian English, Yoruba, Hausa and Igbo mixed with English
 * (Latin script with tone marks and dotted letters where writers use them), Francophone West African French from
 * Senegal, Côte d'Ivoire, Mali, Burkina, Guinea and Cameroon with Wolof, Bambara and Nouchi words and missing
 * accents, Sierra Leone Krio and Liberian English. Figures come as 30k, 25,000, 30.000, 35 000, 32 mille,
 * 'thirty-three thousand', Hausa 'dubu talatin', Yoruba 'ẹgbẹrun' and Igbo 'puku'. The messages are greetings-first
 * chats to an 'oga', 'chief', 'boss' or 'chef', one-line complaints, voice-note transcripts, forwards from
 * customers, carriers and staff, and pasted netstat, ss, iptables, tcpdump-style and softswitch log lines.
 *
 * The two-hundred-and-forty-fourth tuning split, written as the two-hundred-and-forty-fourth never-tuned evaluation set
 * because West African wholesale termination runs heavily on VOS3000 and its operators mix Pidgin, Krio, French and
 * local languages with English technical words, in fresh hands again. Five negative families of 27 (one service that
 * cannot bind its own port, registration lost for another reason, small figures and questions, firewall work without
 * dropped RST, playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones
 * unregistered after RST mode, a stateful firewall dropping RST). Written before the eighty-first round of rules by
 * someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other
 * sets in view; measured as such before and after the eighty-first round, then made tuning material for the
 * eighty-second: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 95.6 %, negatives confident 1.5 %, confident wrong 0 % with the
 * rules of the eightieth round, before the eighty-first.
 * After the eighty-first round: the same.
 * After the eighty-second round, tuned on: in scope 96.7 %, negatives confident 0 %, confident wrong 0 %; still short of the bar.
 * After the eighty-third round: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %; meets the bar.
 */
export const tuning244Families = {
  oneListeningPort: [
    no(`Oga good morning. After we install nginx for the billing portal, VOS web no gree start again. catalina.out say "java.net.BindException: Address already in use: 8080". Wetin we go do?`),
    no(`Bonjour chef, le tomcat de VOS3000 ne démarre plus, il dit Address already in use sur le port 80. On a installé Apache hier pour le site web de la boîte. Comment on change le port?`),
    no(`bro mysql no wan start for the vos box. log: "Can't start server: Bind on TCP/IP port: Address already in use" port 3306. i think say another mysqld dey run from the old install`),
    no(`[voice note] Hello boss, good afternoon o. So the thing be say, my developer dey test the new reseller panel for him laptop, him run npm start and e dey show EADDRINUSE :::3000. Na only that one port. Abeg how we fit find which process hold am for Windows?`),
    no(`Salam chef. J'ai lancé un deuxième container docker pour le test et docker dit "Bind for 0.0.0.0:5060 failed: port is already allocated". Le premier container tourne toujours. C'est normal?`),
    no(`Morning chief. We tried running a second softswitch instance on the same CentOS box for testing and the second one logs "bind 0.0.0.0:5060 failed, address already in use". The main one is running fine. Can two run on one server or we need another VM?`),
    no(`sshd no dey restart after I change the port to 2222 — "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." Something else dey for 2222?`),
    no(`Hello, redis-server refuse to start: "Could not create server TCP listening socket *:6379: bind: Address already in use". Its only for our CDR cache, nothing to do with calls. Any idea?`),
    no(`Please boss, morning. Our radius server for the prepaid cards will not start, it says port 1812 already in use. I think freeradius was started twice by the cron. How do I kill the old one safely?`),
    no(`Bos, di VOS web portal nor de op. E de se port 8080 don already de use. We bin install Jenkins yestade pan di sem server. Na dat?`),
    no(`My man, the tomcat for VOS can't start again. "Address already in use" on 8443 only. We put one SSL proxy there last week. How we move the proxy to another port?`),
    no(`Chef bonsoir, svp quand je lance le petit serveur de licence sur le PC du bureau il dit port 3389 deja utilisé. C'est le bureau à distance Windows je crois. Ça a un lien avec le softswitch?`),
    no(`Mon vieux, le serveur web là est gâté dêh. Il dit EADDRINUSE sur le port 80, c'est le nouveau site du patron qui a pris le port. On fait comment pour mettre les deux?`),
    no(`Sannu oga. Mun saka PostgreSQL a server din mu for the reporting, amma it says "could not bind IPv4 address 0.0.0.0: Address already in use" port 5432. Akwai wani postgres da yake running tun da. Yaya zamu yi?`),
    no(`E kaaro sir. Our node dashboard keep crashing on restart: "Error: listen EADDRINUSE: address already in use 10.0.0.15:4000". pm2 get two copies of am. Abeg how I fit clean am?`),
    no(`Nna, biko help. The java app for recharge API throw BindException on port 9090 when we restart am. Ọ dị ka the old process never die. ps show two java.`),
    no(`chief the SNMP agent for our monitoring no fit bind 161, say already in use. we install zabbix agent and net-snmp together. which one i go remove`),
    no(`Forwarded: "Dear support, since we moved the VOS web interface to the new VM, httpd fails at boot with (98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80. Regards, IT team" — Boss pls see this from our client in Kumasi`),
    no(`Docker compose up fail: "Error starting userland proxy: listen tcp4 0.0.0.0:3306: bind: address already in use". My laptop get local MySQL from XAMPP. Na dev machine o, not the server`),
    no(`Hello. One VOS3000 service no gree start after reboot, log show "bind port 1719 failed address in use". We get one old H.323 gatekeeper software for the same box wey somebody install before. Make I uninstall am?`),
    no(`Asalaa maalekum chef. Le service mbx3000d ne démarre pas, il dit que le port 5060 est déjà utilisé. J'ai vu que Asterisk tourne aussi sur la machine, un stagiaire l'a installé pour tester. Waaw, je l'arrête et c'est bon?`),
    no(`I ni ce chef. Quand on démarre le serveur TFTP pour provisionner les téléphones, il dit "bind: Address already in use" sur le port 69. Je pense que c'est un autre tftpd qui tourne. Comment voir lequel?`),
    no(`Bonjour le boss. Le grafana ne démarre pas: "listen tcp :3000: bind: address already in use". On a aussi un petit node app sur 3000. On change lequel?`),
    no(`ss -ltnp | grep 8080
LISTEN 0 100 *:8080 *:* users:(("java",pid=2211,fd=45))
This is the old tomcat. New one says address already in use. Can I just kill 2211?`),
    no(`Pls quick one. Our webhook receiver on the billing server fail with "OSError: [Errno 98] Address already in use" on port 5000 after we stop am with Ctrl+Z. Flask debug mode. How to stop am properly?`),
    no(`Bonsoir chef, le serveur VNC sur la machine VOS ne démarre plus, port 5901 déjà occupé. Une ancienne session vncserver est restée ouverte je crois. On la tue comment sans couper les appels?`),
    no(`Chef, notre script de supervision en python veut écouter sur le port 8000 mais il dit adresse déjà utilisée. C'est juste un seul port hein, le softswitch marche bien, les appels passent. C'est quoi qui prend le 8000?`),
  ],
  otherRegistrationCause: [
    no(`Oga, since morning all the phones for the Lekki office show unregistered. We change the SIP passwords for the accounts yesterday night for security but the staff never update the phones. Na the password?`),
    no(`Boss we move VOS to new server, new IP 10.20.0.5. All the gateways still dey point to the old IP so everything unregistered. I need to change am one by one?`),
    no(`Chef, le domaine sip de la boîte pointe encore vers l'ancienne IP, les softphones sont tous non enregistrés depuis la migration. Le DNS n'est pas encore propagé je pense.`),
    no(`Hello sir, customer account expired yesterday, that's why his 20 lines are unregistered abi? He never pay renewal.`),
    no(`Good evening boss. NEPA take light for the whole area since 2pm, the gateway for the shop no get power. Once light come back it go register again abi?`),
    no(`Bos, di phone dem nor de register. Di ISP get outage sins dis mɔnin, ɔl di Internet don cut. We de wet.`),
    no(`Please the Grandstream phone in the manager office shows "Not registered" since the cleaner unplugged the cable. We plug am back but still not registered. Do I need to reboot?`),
    no(`Zoiper on my Android keeps unregistering whenever I move from Wi-Fi to data. Its UDP account. Is it the phone battery saver?`),
    no(`Bonjour, le softphone de notre commercial se désenregistre quand son téléphone passe en mode économie de batterie. Compte en UDP. Solution?`),
    no(`Morning chief, we change the router at the Accra branch to a new TP-Link and now the phones (UDP 5060) cannot register. I think SIP ALG is on in the new router.`),
    no(`Boss, the reseller delete the account by mistake from the VOS client. The gateway say 403 Forbidden now. How to restore am?`),
    no(`VOS3000 licence expire last night, I think. The web show "license expired" and no endpoint register again. Who we go call for renewal?`),
    no(`[voice note] Chief good morning o. Eh, the GoIP for Kano, e don unregister since yesterday. Na because the data for the 4G router finish. We don top up now, e still never register. Abeg check from your side whether the account still active?`),
    no(`Hi please, after the ECG light off the generator also failed, so all the IP phones at Tema office were off. Now light is back but 3 phones still show unregistered, the rest ok. They're on UDP.`),
    no(`Chef, le wifi du bureau est tombé, les softphones sur les PC portables sont déconnectés. Le filaire marche, c'est le routeur wifi qui est gâté.`),
    no(`The MikroTik at the client site was reset to factory by their IT, so all the config and PPPoE gone, the 15 phones can't register. We go reconfigure the router. just FYI`),
    no(`Chef, nañu def? Les téléphones du client à Thiès ne s'enregistrent plus, on a changé le mot de passe du compte VOS hier, il faut mettre le nouveau dans les Yealink. Je peux le faire à distance?`),
    no(`Oga, wayoyin ofishin Kano ba sa register. Mun canza IP na server jiya, the new IP na 10.30.1.10. Phones still get old IP for config.`),
    no(`bro the registration fail with 401 Unauthorized only for account 8001. others ok. I think user type wrong password for the softphone`),
    no(`Chief, the gateway in Monrovia not registering because the internet is down whole day. When it come back I will check.`),
    no(`Chef le client a changé de fournisseur internet, nouvelle box fibre, et depuis les téléphones UDP ne s'enregistrent plus. La box a le SIP ALG activé par défaut je crois.`),
    no(`Sir we just updated the DNS name for the softswitch and forgot to update the 40 provisioning profiles. That's why everything unregistered. Can VOS accept both names?`),
    no(`The battery of the UPS for the Abuja rack don die, so every time NEPA blink the switch go off and the phones unregister. Na hardware matter, just telling you.`),
    no(`Boss, le compte du revendeur est suspendu pour solde insuffisant, ses passerelles ne s'enregistrent plus. Il a payé 150 000 FCFA ce matin, on peut réactiver?`),
    no(`Good day. After the Windows update the MicroSIP on reception PC no register again, Windows pop up ask permission and the girl click cancel. Na that one?`),
    no(`Ndewo oga. The gateway dem for Onitsha market no dey register because rat chop the LAN cable again. We don call technician.`),
    no(`Morning. Some softphones show unregistered randomly. Someone told me the account was created twice with the same username, one with the old password. We use UDP.`),
  ],
  smallFigures: [
    no(`Boss abeg, wetin be TIME_WAIT exactly? I see am for netstat and I no understand.`),
    no(`ss -s output from our small server:
Total: 312
TCP: 187 (estab 41, closed 120, orphaned 0, timewait 118)
Is this normal or should I worry?`),
    no(`Chef, c'est quoi exactement SS_TCP_CLOSE_RESET dans softswitch.conf? Je l'ai vu dans le manuel mais je n'ai pas compris.`),
    no(`Should we enable RST on our server? We only do like 5 CPS at peak, no problem currently. Just asking for best practice.`),
    no(`netstat -an | grep TIME_WAIT | wc -l gives 243 on quiet Sunday. fine abi?`),
    no(`Please what is the difference between FIN and RST when closing a TCP connection? Our new NOC guy asked and I couldn't explain well.`),
    no(`Chef, on a 180 connexions en TIME_WAIT, trafic faible le soir. Tout marche. C'est correct?`),
    no(`What is the default value for SS_TCP_CLOSE_RESET on VOS3000 2.1.6? Off abi On?`),
    no(`Health check from Ouaga: timewait 350, estab 90, CPU 12%, calls ok. Anything to tune?`),
    no(`Bos, wetin dis TIME_WAIT mean? A si am na di netstat bɔt na jɔs lɛk 60. Di kɔl dem de go fayn.`),
    no(`ip_local_port_range on our box is 32768 60999. Is that enough for 10 CPS? We no get problem, na planning we dey plan.`),
    no(`Hello, monthly report: max TIME_WAIT 410 at 8pm, average 150. No failed calls. Management ask if we need upgrade.`),
    no(`Chef bonjour, est-ce que le mode RST marche aussi pour SIP en UDP? Juste pour comprendre.`),
    no(`[voice note] Morning oga. Quick question sha, no wahala for now. If we set tcp_tw_reuse to 1, wetin e go do? Our traffic small, like 2 or 3 calls per second. I just wan sabi before we grow.`),
    no(`ss -tan state time-wait | wc -l
97
is this number ok for a server doing 300 concurrent calls?`),
    no(`Please explain how long TIME_WAIT lasts on CentOS 7. 60 seconds? Is it 2MSL?`),
    no(`Chef, dama bëgg xam: combien de TIME_WAIT c'est trop? Nous on est à 200, 250 max. Pas de souci pour le moment.`),
    no(`Chef, i ni sogoma. On a netstat qui montre 90 TIME_WAIT et 40 ESTABLISHED. Les appels passent bien. C'est bon comme ça?`),
    no(`Oga, menene TIME_WAIT? Na ga 150 a server din mu. Is it a problem?`),
    no(`Boss is it safe to use tcp_tw_recycle? I read an old blog. Our server is small, only one E1 gateway plus 30 SIP users.`),
    no(`Good evening, does SS_TCP_CLOSE_RESET need restart or reparse is enough? Not changing anything now, just documenting our procedures.`),
    no(`E ku ise boss. I run ss -s: "TCP: 420 (estab 260, closed 140, orphaned 2, timewait 130)". Everything dey work. I just wan confirm say e normal.`),
    no(`What does orphaned mean in ss -s? We have orphaned 3. Small traffic.`),
    no(`Chef, avec TLS, est-ce que le RST empêche close_notify? On envisage TLS l'année prochaine, rien en prod encore.`),
    no(`Bro six hundred TIME_WAIT during our peak of 4 CPS, no error, calls fine. Normal?`),
    no(`Bonjour, nous avons 85 connexions TCP vers le carrier, dont 30 en TIME_WAIT. Est-ce que je dois activer quelque chose? Tout fonctionne.`),
    no(`Chief, what sysctl settings you people advise for a new VOS install? Small traffic for now, like 50 concurrent. Nothing wrong, we just setting up.`),
  ],
  firewallNoRst: [
    no(`Boss pls open port 5060 TCP and UDP on the firewall for the new carrier 62.x.x.x. They go start sending traffic tomorrow.`),
    no(`Chef, il faut whitelister l'IP du nouveau fournisseur 41.x.x.x sur le pfSense. Tu peux m'envoyer la règle?`),
    no(`fail2ban don ban our own office IP 10.5.0.2 because the girl type wrong password 10 times for VOS web. How I go unban am?`),
    no(`We wan block all SIP traffic from outside Africa, geo-blocking on the FortiGate. Which countries you advise we allow?`),
    no(`Please how to disable SIP ALG on the client's Huawei router, I don't know the menu. Phones on UDP have one-way audio.`),
    no(`port forwarding for RTP 10000-20000 to the VOS box 10.1.1.5 on the MikroTik, abeg send me the commands`),
    no(`Morning please, new carrier from Europe needs us to allow their signalling IPs 62.x.x.x/28 and media range. Can you add to the iptables?`),
    no(`iptables -L shows DROP for 5061. Client wan use TLS. Make I add rule accept 5061?`),
    no(`Chef, on reçoit beaucoup d'attaques SIP scanner (friendly-scanner) sur 5060. On veut ajouter une règle iptables pour bloquer ce User-Agent. Possible?`),
    no(`Bos, di nyu kɔstɔma wan make we opin port 5080 fɔ dɛn gateway. Wi get ASA. Aw fɔ du am?`),
    no(`Hello, the AWS security group — which ports we need to open for VOS3000 web client and SIP? New install.`),
    no(`fail2ban jail for VOS web login, any config sample? we get brute force for the 8080 every night`),
    no(`[voice note] Chief, good afternoon. We dey set up the new FortiGate for the NOC, we wan make policy so that only the carriers' IP fit reach 5060, everybody else drop. Abeg you get template? Nothing dey fail now, na new setup.`),
    no(`Chef, pouvez-vous ajouter le carrier ivoirien 196.x.x.x dans la liste blanche du firewall? Ils ont changé leur IP de signalisation.`),
    no(`Bonsoir, le port 5060 est filtré chez le FAI, on doit utiliser un autre port pour le trunk. Vous conseillez 5070?`),
    no(`conntrack table nf_conntrack_count is 3000, max 65536. we wan increase max just in case. good idea?`),
    no(`Boss, the new carrier say they no receive our INVITE. I check: their IP no dey our whitelist. I don add am now, calls dey pass.`),
    no(`Please we need NAT port forwarding on pfSense: external 5060 to internal 10.0.0.20 5060 for the second VOS. How?`),
    no(`Oga, muna so mu bude port 1720 don H.323 gateway na sabon client. Firewall din mu iptables ne.`),
    no(`UFW on the Ubuntu billing box: which ports to allow for mysql replication from VOS DB 10.2.2.2?`),
    no(`Chef, le client a activé le geo-blocking sur son routeur et maintenant nos IP de Dakar sont bloquées. Il doit ajouter le Sénégal à la liste autorisée, c'est ça?`),
    no(`Boss, abeg how I go allow ICMP for the carrier to ping our server? Firewall dey block ping and them say they need am for monitoring.`),
    no(`Cloud security group: we open 5060/udp but forget 5060/tcp for the carrier wey dey use TCP. Now I add am, just confirm say rule correct: tcp 5060 from 62.x.x.x/32`),
    no(`Chef, la règle fail2ban bloque le carrier parce qu'il envoie beaucoup de 401 au début. Comment mettre son IP dans ignoreip?`),
    no(`My man, we changing from the old Cisco ASA to FortiGate next week. Which SIP settings I must check so calls no break? Want to plan it well.`),
    no(`Bonjour, on doit rediriger le port 80 externe vers 8080 du VOS web sur le routeur. Quelle règle DNAT?`),
    no(`-A INPUT -s 10.8.0.0/16 -p udp --dport 5060 -j ACCEPT
-A INPUT -p udp --dport 5060 -j DROP
is this correct to allow only VPN clients?`),
  ],
  negationContext: [
    no(`Boss we use UDP only for all the phones, no TCP at all. Still some phones unregister at night when the office router reboot. Any idea?`),
    no(`RST is off on our server, we never touch SS_TCP_CLOSE_RESET. Calls are fine, just want to confirm it's the default.`),
    no(`Nobody changed anything on the firewall or softswitch. The client's phones are down because their office internet is cut, that's all.`),
    no(`TIME_WAIT is only 200, so port exhaustion is not our problem. The issue is the carrier rejecting with 503.`),
    no(`After the password change yesterday the phones stopped registering — I already updated them, all good now. Thanks!`),
    no(`Thanks chief, since you turn off the RST mode last week the MikroTik phones dey register fine. Everything stable. God bless.`),
    no(`Forwarded article: "Why enabling TCP RST on your softswitch can break NAT devices" — interesting read, sharing for the team, no issue on our side.`),
    no(`My friend's company in Lagos has issues with their firewall dropping RST after they enabled it. Not us o, our own dey fine. Just gist.`),
    no(`If we enable SS_TCP_CLOSE_RESET in future, would our FortiGate drop the RST? We haven't enabled it, just asking before.`),
    no(`Chef, le problème des ports épuisés d'hier est réglé après votre intervention, TIME_WAIT est redescendu à 300. Merci beaucoup.`),
    no(`We read that RST can confuse NAT devices. Our phones are all on public IPs, no NAT. And we still on UDP. So no worry, abi?`),
    no(`Bos, tɛnki. Di phone dem don register bak afta una tɔn ɔf di RST. Ɔl tin fayn naw.`),
    no(`The "address already in use" I report yesterday was wrong, na my mistake — two copies of the monitoring script. Ignore am abeg.`),
    no(`Hypothetically, if a carrier's firewall drops RST, would they see half-open sessions? It's for my CCNA studies, no production issue.`),
    no(`We dey think to enable RST mode but our phones dey behind NAT, so we no go do am. Just confirm say na correct decision.`),
    no(`Chef, nous n'avons jamais activé le RST. Les téléphones derrière le NAT sont enregistrés. Le souci c'est juste la qualité audio, de l'écho.`),
    no(`The problem with the FortiGate dropping RST was at our former provider, 2 years ago. Now with you everything fine. Just remembering.`),
    no(`Hello, the TIME_WAIT was high last month but after your fix it's now under 500 at peak. Please close the ticket.`),
    no(`Our reseller claim say our RST dey break their NAT, but we check: SS_TCP_CLOSE_RESET="Off" since install. Their phones are UDP anyway, and they changed router yesterday.`),
    no(`[voice note] Boss I just wan tell you say the issue wey I report this morning, the calls failing, e no be firewall o, na the carrier route wey finish credit. We don top up and calls dey go. Thank you.`),
    no(`Chef, j'ai transféré votre message au client: "le RST n'a aucun effet sur UDP". Il utilise UDP, donc ce n'est pas ça. Il va vérifier son mot de passe.`),
    no(`No, we no get thousands of TIME_WAIT o. na like 150. The problem na say ASR low for the Nigeria route.`),
    no(`Na gode oga. Since you put SS_TCP_CLOSE_RESET back to Off, the ASA no dey drop anything again. Calls ok.`),
    no(`Training slide for new staff: "RST mode: avoids TIME_WAIT, but NAT phones may unregister and firewalls may drop RST." Is this summary correct?`),
    no(`Someone in the VOS WhatsApp group say their phones behind CGNAT unregister after enabling RST. We never enabled am, just curious if e true.`),
    no(`Jërëjëf chef, le firewall ne bloque plus rien depuis que vous avez remis le RST sur Off. Problème résolu.`),
    no(`We did NOT change SS_TCP_CLOSE_RESET, we did NOT touch the firewall. The phones that went offline are the ones whose subscription expired.`),
  ],
  portExhaustion: [
    pe(`Oga abeg urgent!! Evening peak, VOS no fit open new TCP to carrier. netstat show like 28k TIME_WAIT. Calls dey fail since 7pm`),
    pe(`Chef, à l'heure de pointe on a 30.000 connexions en TIME_WAIT et le softswitch log "cannot assign requested address". Les appels vers le carrier TCP échouent.`),
    pe(`ss -s
Total: 41233
TCP: 40871 (estab 812, closed 39920, orphaned 3, timewait 39877)
this is at 8pm. new calls to the carrier fail with bind error. help`),
    pe(`[voice note] Hello boss, good evening. Eh, we get wahala again this evening. Once traffic reach like 150 CPS, the softswitch begin dey show "address already in use" for the outbound TCP to the carriers, and calls no dey connect. When traffic come down by 11pm, everything normal. I check netstat, TIME_WAIT plenty, over thirty thousand. Abeg help us.`),
    pe(`Please our VOS is running out of local ports at peak. 25,000 TIME_WAIT sockets, outgoing SIP TCP connections fail with EADDRINUSE. Can you help tune?`),
    pe(`Chef bonsoir, vers 20h le serveur n'arrive plus à ouvrir de nouvelles connexions TCP vers les fournisseurs. On a compté 32 mille TIME_WAIT. Ports épuisés je pense.`),
    pe(`Bos, wen di traffic big na nɛt, di sɔfswich nor kin opin nyu TCP to di kɛria. TIME_WAIT de pas 20k. Wetin wi fɔ du?`),
    pe(`bro "cannot bind" errors at peak CPS. local ports finish. ip_local_port_range 32768-61000 only. help`),
    pe(`Log paste:
2024-05-11 20:14:02 ERROR sip tcp connect 62.x.x.x:5060 failed: Cannot assign requested address
2024-05-11 20:14:02 ERROR sip tcp connect 62.x.x.x:5060 failed: Cannot assign requested address
(thousands like that). TIME_WAIT 29k. Only at peak.`),
    pe(`Oga, da dare lokacin traffic yayi yawa, server baya iya bude sabon TCP connection zuwa carrier. TIME_WAIT dubu talatin (30k). Calls suna failing.`),
    pe(`E ku irole oga. At peak the VOS dey throw BindException, new TCP to carrier no dey connect. TIME_WAIT reach ẹgbẹrun mejilelogun (22k). Abeg help.`),
    pe(`Oga, puku iri abụọ na ise TIME_WAIT (25 thousand) on the server at peak. Outgoing TCP to carrier fail with address already in use. Biko help.`),
    pe(`Mon frère, le serveur est fatigué à 20h. 35 000 TIME_WAIT, "Cannot assign requested address" partout, les appels ne sortent pas vers le carrier. Ça c'est quoi même?`),
    pe(`Sir, is it normal to have 45000 TIME_WAIT? At that moment no new outbound SIP TCP connection can be made and our ASR drops to zero for 10 minutes.`),
    pe(`Chef, ñu ngi sonn! À la pointe le VOS n'ouvre plus de connexions TCP, ports locaux épuisés, 28k TIME_WAIT. Il faut faire quoi?`),
    pe(`Our wholesale traffic grew to 200 CPS this month. Since then every evening: EADDRINUSE on outbound TCP, ephemeral ports used up. TIME_WAIT in the tens of thousands.`),
    pe(`Chief the carrier says our TCP connections stop coming at peak. On our side netstat full of TIME_WAIT (~27,500), error cannot bind local address. Daytime fine.`),
    pe(`Chief, every night around 9 the switch can't make new TCP connections to the carriers. I count TIME_WAIT, it's like thirty-three thousand. What to do?`),
    pe(`I ni wula chef. Le soir les appels TCP vers le carrier échouent, le log dit "address already in use". TIME_WAIT: 31.500. Le jour ça va.`),
    pe(`Bonsoir chef, les ports locaux sont saturés pendant le rush, ss montre timewait 38000 et le softswitch ne peut plus se connecter aux passerelles en TCP.`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
  31204 TIME_WAIT
    903 ESTABLISHED
     12 LISTEN
and new calls failing with bind errors. peak hour.`),
    pe(`Boss na the same thing every Friday night: CPS go up, TIME_WAIT go 26k+, and the softswitch no fit bind new source port for TCP. Saturday morning normal.`),
    pe(`Bonsoir le boss. Depuis qu'on a augmenté le trafic (120 appels/s), le soir il y a 29 mille sockets TIME_WAIT et plus aucune nouvelle connexion TCP vers l'opérateur. Help svp.`),
    pe(`[voice note] Chief, abeg. E be like say we don finish ports. When the traffic high, netstat dey show TIME_WAIT pass forty thousand, and VOS log dey talk "Cannot assign requested address" when e wan connect carrier. E dey happen daily now from 6 to 10pm.`),
    pe(`Hi boss, our monitoring alerted "local port range exhausted" at 19:45. TIME_WAIT 27k. Outbound SIP over TCP failing till 22:00. Please advise.`),
    pe(`Chef, au moment du pic (180 CPS), on ne peut plus établir de connexions TCP sortantes, erreur EADDRINUSE. Il y a trente mille TIME_WAIT. Les ports éphémères sont épuisés.`),
    pe(`forwarded from our NOC:
"20:05 – carrier trunk TCP down, socket error 99 (EADDRNOTAVAIL), TIME_WAIT 24k, CPS 160. 20:40 traffic dropped, trunk back."
Oga this happens daily.`),
    pe(`oga my server dey refuse connect carrier for evening. 30k timewait. wetin i go do`),
    pe(`Boss, e jọ̀ọ́. Every peak, thousands of TIME_WAIT (like 21,000) and "java.net.BindException: Cannot assign requested address" from the routing module to carrier TCP. Day time no issue.`),
    pe(`Chef, 36k TIME_WAIT à 21h, le serveur ne peut plus binder de port local pour les connexions TCP sortantes. Faut-il augmenter ip_local_port_range?`),
  ],
  natUnregistered: [
    nat(`Oga since una enable the RST thing last week, all the phones behind MikroTik for Ikeja office dey show unregistered every few minutes. SIP over TCP.`),
    nat(`Chef, depuis qu'on a mis SS_TCP_CLOSE_RESET sur On, les téléphones derrière le NAT du bureau perdent l'enregistrement. Ils sont en TCP.`),
    nat(`[voice note] Boss good morning. So after that change you people do on Tuesday, the RST mode, our softphones wey dey behind the office router dey drop registration. Dem register, then after like two, three minutes, unregistered. TCP. Before Tuesday everything was fine.`),
    nat(`Hello please, since RST mode was switched on, our Yealink phones behind the home routers of our agents lose registration. They use SIP over TCP. Public IP phones are OK.`),
    nat(`Bos, sins una put di RST On, di phone dem we de biɛn di MikroTik nor de register. Na TCP wi de yuz.`),
    nat(`Phones behind CGNAT (4G routers) keep unregistering after SS_TCP_CLOSE_RESET=On. TCP transport. Please revert?`),
    nat(`Chef, depuis l'activation du mode RST, les softphones de nos agents en télétravail (derrière leurs box) sont non enregistrés toutes les 5 minutes. Transport TCP.`),
    nat(`Oga, tun da aka kunna RST (SS_TCP_CLOSE_RESET On), wayoyin da ke bayan NAT a ofis suna rasa registration. SIP over TCP muke amfani.`),
    nat(`Since the tuning you did for the TIME_WAIT problem (RST on), my reseller's gateways behind NAT show offline in VOS. TCP registration. Please check`),
    nat(`E kaaro oga. Lati igba ti e ti tan RST mode, the phones for our Ibadan branch, behind MikroTik NAT, no dey stay registered. TCP we dey use.`),
    nat(`Chef, depuis hier (activation RST), les Grandstream derrière le routeur NAT du client à Touba se désenregistrent. Ils sont en TCP. Les postes en IP publique marchent.`),
    nat(`log: 10:02:11 REGISTER from 10.x behind NAT 62.x.x.x:40211 TCP ok
10:04:13 connection reset, contact unreachable
10:04:13 user 2003 unregistered
(since RST was turned on yesterday) same for all the NAT phones`),
    nat(`Nna, kemgbe unu gbanwere SS_TCP_CLOSE_RESET to On, the IP phones behind our Huawei router dey go unregistered. TCP. Biko revert am.`),
    nat(`Chief, after you all put the RST mode, the phones in our Paynesville office behind the router keep losing registration. We on TCP.`),
    nat(`Boss, depuis le changement RST, les passerelles GSM derrière le NAT de l'opérateur (CGNAT) décrochent leur enregistrement. Transport TCP. Avant c'était stable.`),
    nat(`hello, after enabling immediate RST close on softswitch, Zoiper clients behind NAT (TCP) lose reg every few min. Clients with public IPs fine.`),
    nat(`Chef, l'ingénieur a passé SS_TCP_CLOSE_RESET="On" vendredi. Depuis, 60 téléphones derrière le MikroTik du call center sont "non enregistrés" par moments. SIP TCP.`),
    nat(`Boss the RST setting wey you put for the server don scatter our NAT phones. Them dey register, unregister, register. TCP. Abeg off am.`),
    nat(`Chef, depuis que le RST est activé les téléphones du client à Sikasso derrière leur routeur sont déconnectés du VOS souvent. TCP. Les autres clients sans NAT ça va.`),
    nat(`Bonjour, après l'activation du reset TCP sur le softswitch, les softphones derrière le NAT ne restent pas enregistrés. On utilise TCP. Que faire?`),
    nat(`Forwarded from client: "Since yesterday our phones behind the office NAT show unregistered randomly. We didn't change anything." — Oga, I think na because we turn RST on yesterday for the port issue. They on TCP.`),
    nat(`Good afternoon. Since you enabled RST to fix our TIME_WAIT issue, the agents working from home (behind their routers) cannot stay registered over TCP. Please help.`),
    nat(`ss_tcp_close_reset on = our NAT phones unregistered every 3 mins. TCP. confirm pls`),
    nat(`Chef, on a activé le mode RST mardi, et depuis, les IP phones derrière le NAT de la boutique à Bobo perdent l'enregistrement. TCP. C'est lié?`),
    nat(`[voice note] Chief, abeg listen. The phones for our clients wey dey behind the Tenda and TP-Link routers, since Monday when RST On was enabled, dem dey show unregistered for the VOS client. Only the TCP ones o, the one wey dey use public IP dey okay.`),
    nat(`Chef, waaw, depuis le RST les téléphones derrière le NAT de Keur Massar ne s'enregistrent plus bien. TCP. Avant ça allait.`),
    nat(`Hello, VOS portal shows 40 of 55 phones offline since the RST mode change. All the offline ones are behind NAT, all on TCP.`),
    nat(`Good evening sir. Following the RST change on our softswitch, softphones behind the MikroTik NAT in our Port Harcourt office repeatedly drop registration. Transport is TCP. Kindly advise.`),
    nat(`Mon vieux, depuis que vous avez mis RST là, les téléphones derrière le routeur NAT sont tous gâtés, ils se désenregistrent. C'est en TCP dêh.`),
    nat(`Bos, afta di RST On chenj, di softphone dem we de biɛn NAT de lɔs registration. TCP. Plis chek.`),
  ],
  firewallRst: [
    fw(`Oga since you enable RST on the server, calls through our FortiGate dey fail. I see say the FortiGate dey drop the RST packets, log dey show "deny: TCP RST out of state".`),
    fw(`Chef, depuis l'activation du mode RST, le pfSense bloque les paquets RST et les appels échouent. Les logs montrent des "TCP:R" bloqués par la règle par défaut.`),
    fw(`After SS_TCP_CLOSE_RESET went On, our ASA logs "Deny TCP (no connection) ... flags RST" and calls to the carrier hang. Please help.`),
    fw(`The carrier says they see half-open TCP sessions from us since last week when we turned on RST. Our iptables conntrack drops the RST as INVALID. Calls failing.`),
    fw(`[voice note] Boss good evening. Since Tuesday when una enable the RST mode, calls dey fail for the carrier side. Our firewall na FortiGate, and when I check the log, e dey drop the RST packets, say session no exist. The carrier dey complain say them get plenty half-open connections. Abeg help.`),
    fw(`Hello please, since RST mode was enabled our AWS security group / NACL seems to drop the RST packets and calls to the carrier fail. Carrier reports stale TCP sessions.`),
    fw(`Bos, sins una tɔn di RST On, kɔl dem de fel. Wi FortiGate de drɔp di RST pakɛt dem.`),
    fw(`iptables log: IN=eth0 OUT= SRC=10.0.0.5 DST=62.x.x.x PROTO=TCP SPT=5060 DPT=41022 RST — dropped by conntrack INVALID. Started after RST mode on. calls failing`),
    fw(`Oga, tun da aka kunna RST, calls suna failing. Firewall din mu (pfSense) yana drop RST packets. Carrier yace suna ganin half-open sessions.`),
    fw(`Chef, le FortiGate jette les RST depuis qu'on a activé SS_TCP_CLOSE_RESET, les appels tombent ou ne passent pas. Le carrier voit des sessions TCP à moitié ouvertes.`),
    fw(`tcpdump on the outside of the firewall: no RST going out, but inside I see the VOS sending RST. so the firewall dey drop am. this started when RST mode was turned on. calls to carrier hang.`),
    fw(`Oga, lati igba ti a ti tan RST mode, calls no dey pass through our Sophos firewall. The log show RST packets dropped. Carrier get half-open sessions.`),
    fw(`Chief, the carrier NOC forwarded this: "we see many half-open SIP TCP sessions from your IP 62.x.x.x; your side never closes them." We enable RST last week and our Check Point drop RST, I think. Calls failing.`),
    fw(`Chef, depuis le passage en RST, notre firewall Cisco ASA bloque les RST (TCP no connection) et les appels vers le carrier échouent. Svp aidez-nous.`),
    fw(`My man, since the RST thing was turned on, calls failing through our pfSense. Firewall log showing RST packets blocked. Carrier say sessions half-open on their end.`),
    fw(`Since we enabled RST on VOS, the Azure NSG / firewall drop the reset packets and the calls to 2 carriers stay hanging. Before RST everything ok.`),
    fw(`Bonsoir boss, depuis que le RST est activé, les appels à travers notre Fortinet échouent. Le log montre "RST dropped, no session". L'opérateur parle de sessions semi-ouvertes.`),
    fw(`Oga, kemgbe e tinyere RST mode, calls dey fail. Our stateful firewall (iptables with conntrack) dey drop the RST as invalid state.`),
    fw(`Calls fail since SS_TCP_CLOSE_RESET On. pfSense "Default deny rule" hits for TCP RST from 10.0.0.5:5060. Carrier sees dead sessions.`),
    fw(`Chef, depuis que le mode RST est actif, notre firewall stateful (filtre avec connection-state=invalid drop) jette les RST et les appels ne passent plus.`),
    fw(`Bonjour, les appels échouent depuis l'activation RST. Notre Palo Alto log "non-syn-tcp" et drop des RST. L'opérateur a des sessions à moitié ouvertes.`),
    fw(`Boss, ever since RST went on, calls through the FortiGate fail. Debug flow says "no session matched" for the RST packets, dropped. Carrier sees half-open.`),
    fw(`[voice note] Chief ehn, we don check am well. The calls wey dey fail since yesterday, na when RST mode enter. Our firewall na pfSense, e dey treat the RST packet as out of state and drop am. The carrier talk say their side still dey see the TCP session open. Abeg make we solve am.`),
    fw(`calls hang after RST enabled. firewall drop RST. carrier half-open. fix pls`),
    fw(`Chef, nous avons activé SS_TCP_CLOSE_RESET lundi. Depuis, notre firewall (iptables conntrack) rejette les paquets RST et le carrier garde des sessions TCP ouvertes, les appels échouent.`),
    fw(`Chef, dafa am problème: depuis le mode RST, le FortiGate du client bloque les RST et les appels ne passent plus. Le carrier voit des sessions demi-ouvertes.`),
    fw(`Forwarded from our carrier: "Since the 14th we see your TCP connections not closing, our SBC holds many half-open sessions." Oga na since we on RST, and our firewall drop RST packets, I see am for log.`),
    fw(`Good day sir. Following enablement of RST mode on our VOS3000, outbound calls via our SonicWall fail intermittently. Firewall logs show TCP RST packets dropped as out-of-state. Kindly assist.`),
    fw(`GCP firewall: after we turn SS_TCP_CLOSE_RESET On, resets no dey reach carrier, calls fail, carrier see half-open. Stateful rule drop am`),
    fw(`Mon vieux, depuis qu'on a mis RST, le pare-feu là bouffe les paquets RST, les appels ne passent plus. Le carrier dit que les sessions restent à moitié ouvertes.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning244Set: readonly EvalItem[] = Object.values(tuning244Families).flat();
