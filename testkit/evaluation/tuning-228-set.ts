import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * WhatsApp messages from VOS3000 operators, resellers and their NOC staff in Nigeria, Ghana, Senegal, Côte d'Ivoire,
 * Cameroon and Sierra Leone: Pidgin, Yoruba, Hausa, Igbo, Twi, Wolof, Krio, nouchi and Camfranglais mixed with English
 * or French technical words, from formal ticket English to angry one-liners. Figures come as 30k, 28,000, 30 000, dubu
 * 30 or 30 mille; many messages are voice-note transcripts, forwards from customers, staff or carriers' NOCs, or carry
 * pasted netstat, ss -s, tcpdump, firewall and softswitch log output.
 *
 * The two-hundred-and-twenty-eighth tuning split, written as the two-hundred-and-twenty-eighth never-tuned evaluation
 * set because West African operators mix Pidgin, a dozen languages and English or French in one message. Five negative
 * families of 27 (one service that cannot bind its own port, registration lost for another reason, small figures and
 * questions, firewall work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written before the
 * seventy-seventh round of rules by someone who had read only the playbooks' symptoms and the domain notes, without the
 * matcher, its rules or the other sets in view; measured as such before and after the seventy-seventh round, then made
 * tuning material for the seventy-eighth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 96.7 %, negatives confident 2.2 %, confident wrong 0 % with the
 * rules of the seventy-sixth round, before the seventy-seventh.
 * After the seventy-seventh round: the same.
 * After the seventy-eighth round, tuned on: in scope 97.8 %, negatives confident 1.5 %, confident wrong 0 %; still short of
 * the bar on two negatives (a Redis port taken before the night traffic, the internet gone said in Krio).
 * After the eighty-third round: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %; meets the bar.
 */
export const tuning228Families = {
  oneListeningPort: [
    no(`Oga abeg my nginx no gree start again, e dey talk say bind() to 0.0.0.0:80 failed (98: Address already in use). Na apache dey hold am o, wetin I go do`),
    no(`tomcat no wan start for vos web portal
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
who dey use 8080??`),
    no(`Bonjour, mbx3000d ne démarre plus après reboot, log: bind 5060 failed address already in use. On a installé un asterisk de test sur le même serveur hier, c'est peut-être lui? Jërëjëf`),
    no(`docker: Error response from daemon: driver failed programming external connectivity on endpoint redis-dev: Bind for 0.0.0.0:6379 failed: port is already allocated.
bro na the old redis container still dey run?`),
    no(`Chale the mysql for the billing server won't come up. Error says Can't start server: Bind on TCP/IP port: Address already in use, port 3306. Me de second mysqld instance no baa sɛ mɛyɛ backup. Please help`),
    no(`After I change ssh port to 2222, sshd fail: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. na my reverse tunnel dey use 2222 sef. abeg how I fit see which process`),
    no(`Le gars, j'ai lancé deux instances de softswitch sur le même VPS pour tester, la deuxième crie "cannot bind 5060 address already in use". Tu peux m'aider à mettre la deuxième sur un autre port?`),
    no(`Di web portal nor de opin. Wen a restart tomcat i se port 8080 already in use. A bin install jenkins yestade pan di sem server, na im de hold am?`),
    no(`Mon frère la page web de VOS là refuse de se lancer, on dit port 80 déjà utilisé. C'est le IIS que le collègue a mis sur la machine windows qu'on utilise comme proxy. On fait comment pour le daba?`),
    no(`Ẹ jọ̀ọ́, mo fẹ́ ṣe restart mbx3000d, ó ní "Address already in use" lórí 5060. Mo ti rí pé èyí àtijọ́ ṣì ń ṣiṣẹ́ (old process still running, pid 2231). Ṣé kí n kill é?`),
    no(`my developer dey run node api for him laptop, EADDRINUSE :::3000 each time he run npm start. e no concern VOS but una sabi this kain thing abeg`),
    no(`Sannu, na kasa kunna web interface na VOS. Log yana cewa "java.net.BindException: Address already in use: JVM_Bind" a port 8443. Wani program ne yake riƙe port ɗin? Na gode`),
    no(`[voice note] hello hello, yes na me Chidi, so the thing be say the server wey we move last week, the mbx3000d no start, e talk say port 5060 already in use, I check am na another SIP proxy, kamailio, wey the former engineer install... I wan know if I fit just stop am`),
    no(`netstat -tlnp | grep 5060
tcp        0      0 0.0.0.0:5060      0.0.0.0:*       LISTEN      1873/freeswitch
mbx3000d fail to start since morning because of dis. wetin freeswitch dey do here?`),
    no(`docker compose up -d
Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use
the postgres wey we install direct for host dey there already. which one I go remove?`),
    no(`Biko, apache anaghị amalite. "could not bind to address [::]:443". Ọ bụ certbot standalone m gbara, ọ ka na-eji port 443? Daalụ`),
    no(`Bonsoir équipe support, suite à la mise à jour du serveur, le service httpd ne démarre plus: (98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80. Un nginx a été installé par erreur. Merci de nous guider.`),
    no(`redis-server: Could not create server TCP listening socket *:6379: bind: Address already in use. na just redis o, vos never touch am. I wan clear am before night traffic`),
    no(`una software useless!! mbx3000d no start at all. "bind 0.0.0.0:5060 failed". na una old version still dey run after the upgrade script una give me. fix am now`),
    no(`Salaam, portail web bi dafa bañ a tàmbali. Dafa wax "port 8080 is already in use". Mangi jéema dindi tomcat bu jëkk bi. Ndax mën nga ma dimbali?`),
    no(`Please the sipp we running on the switch itself as UAS is complaining bind 5060 already in use. I think is because mbx3000d is on 5060. Should I use 5070 for the sipp?`),
    no(`Mola, j'ai mis le mbx3000 en mode debug et j'ai relancé, mais il dit que son port d'écoute 5060 est occupé. ps aux montre deux mbx3000d. Je kill lequel sans tout gâter?`),
    no(`Forwarded from Tunde (IT):
"Guy the grafana wey I install for the VOS box no dey come up. 3000 port dey used by something else, lsof show node process."
Oga support abeg you fit advise?`),
    no(`Di callcenter dashboard we wi de run pan port 8080 nor de start sins wi put VOS portal pan di sem box. Tomcat de se address in use. Wetin wi go du?`),
    no(`Ina kwana. Na motsa VOS zuwa sabon server, amma "another mbx3000d is already running, port 5060 in use" kawai yake nunawa, kuma na tabbata na kashe tsohon. pid file ne?`),
    no(`sshd: Bind to port 22 on :: failed: Address already in use. after I install dropbear. abeg`),
    no(`Vieux père, le serveur de dev de Koffi là, son java il dit BindException port 9090 dèh. Il a lancé deux fois le même jar. C'est pas VOS mais aide-nous un peu hein.`),
  ],
  otherRegistrationCause: [
    no(`All my customers phones dey show unregistered since morning. I change the password for the accounts yesterday night but I never send the new one to them. na why?`),
    no(`Chale the Grandstream in Kumasi office dey show 403 Forbidden for registration. We renew the account but maybe the expiry date still old? Please check for us`),
    no(`Bonjour, depuis que Orange a changé notre box (nouvelle Livebox), les téléphones ne s'enregistrent plus. On est en UDP. Je pense que c'est le SIP ALG de la box. Dafa metti!`),
    no(`SIP/2.0 401 Unauthorized
SIP/2.0 401 Unauthorized
SIP/2.0 401 Unauthorized
the softphone keep showing registration failed. na the new staff type wrong password abi?`),
    no(`We migrate the switch to new VPS with new IP. The gateways still dey point to old IP so dem all unregistered. How I go change am for 300 gateways fast?`),
    no(`sip.mycompany.ng still dey resolve to the old IP, dns never propagate. phones no fit register. how long e go take?`),
    no(`VOS license don expire?? Everything show unregistered and portal talk say license invalid. Abeg renew am today, we don pay since Friday`),
    no(`NEPA take light since 4am and the router for Ikeja branch dey off, all the phones there show unregistered for portal. Generator go come soon. Na our side abi na una side?`),
    no(`Wayoyin ofishin Kano duk sun nuna unregistered. Intanet ɗinmu ya mutu tun safe, MTN sun ce akwai matsala a yankin. Idan ya dawo za su yi register da kansu?`),
    no(`Customers using Zoiper on Android say after some minutes dem no dey receive calls again, app show offline. Na battery optimisation dey kill the app abi? How we go advise them`),
    no(`Yesterday my staff delete some accounts by mistake for the portal, now those phones dey get 404 Not Found when registering. Fit restore?`),
    no(`Di IP fon dem pan 2nd floor nor de rejista. Rat dem chop di network cable. Wi don chenj am bot di fon stil de sho "No service". A tink se na di switch port.`),
    no(`Les gars, nos phones à Douala sont tous "unregistered" depuis que Camtel a coupé la fibre hier. Ping vers le serveur = timeout. C'est chez eux le problème non?`),
    no(`Frère, le GoIP là il est unregistered depuis qu'on a changé le mot de passe du compte SIP. On a oublié de mettre à jour dans le GoIP. On peut le faire à distance?`),
    no(`Ẹ káàsán. Gbogbo àwọn softphone wa kò register mọ́ láti ìgbà tí a yí router padà sí TP-Link tuntun. UDP ni a ń lò. Ṣé SIP ALG ni?`),
    no(`Me nua, yɛn phones no nyinaa ka "Registration failed 403". Account no expire ɛnnɛ anɔpa. Yɛbɛtua sika no ntɛm, please extend am for us`),
    no(`Reseller here. Some customer accounts show unregistered because their balance finish and I set expiry date on them. Is there way to allow registration but block calls?`),
    no(`[voice note] eh hello, so the gateway for Ibadan, the UPS battery don die, so anytime light go the gateway go off and e go dey unregistered like ten minutes till generator come... I wan know whether I fit see the registration history for my report`),
    no(`Salut, on a changé l'IP publique du serveur VOS (nouvelle IP Sonatel), les passerelles ont l'ancienne IP en dur. Elles sont toutes non enregistrées. Je dois passer sur chaque site?`),
    no(`After we change the SIP domain in the portal, all the Yealink dey get 403 Forbidden. The username na the same. abeg wetin we miss`),
    no(`Ndewo, ekwentị anyị niile na Onitsha na-egosi unregistered. ISP (Spectranet) kwuru na ha na-arụzi network ha. Ọ bụ naanị ka anyị chere?`),
    no(`unregistered unregistered unregistered!!! 50 phones. MTN fibre cut again for Lekki. una no fit do something? i dey pay una monthly`),
    no(`Asalaa maalekum, telefon yi ci bureau Thiès duñu register. Dañu soppi mot de passe wifi bi te telefon yi duñu connecté ci wifi bi léegi. Ndax ci sunu wet la?`),
    no(`Linphone for my iPhone show registered, then small time after I lock screen e go red. No push notification. Na iOS dey kill am?`),
    no(`New Huawei router from the ISP in Accra. Since install half of the phones register half don't, over UDP. One guy on forum says disable SIP ALG. Where is it in the Huawei menu?`),
    no(`The softphone show "Registration failed: 403 Forbidden". Portal show the account locked because of too many wrong password. Please unlock am`),
    no(`Di Africell internet don go since mɔnin, so ol wi fon dem unregistered. Wen i kam bak dem go rejista bak dɛnsɛf?`),
  ],
  smallFigures: [
    no(`ss -s
Total: 412 (kernel 530)
TCP:   187 (estab 92, closed 71, orphaned 0, synrecv 0, timewait 68/0), ports 0
is this ok for a switch with 40 concurrent calls?`),
    no(`Oga what exactly is TIME_WAIT? I see like 300 for netstat and my guy say na problem. Server dey run fine`),
    no(`Should we turn on tcp_tw_reuse for our VOS? No problem now o, just asking before traffic grow`),
    no(`Bonjour, c'est quoi exactement le paramètre SS_TCP_CLOSE_RESET? Je l'ai vu dans softswitch.conf. Chez nous tout marche bien, c'est juste pour comprendre.`),
    no(`is 400 TIME_WAIT normal`),
    no(`Sannu, netstat yana nuna kusan TIME_WAIT 250 a daren nan. Kira 15 kawai muke yi. Lafiya kuwa?`),
    no(`weekly health check server lagos-2:
cpu 12%
mem 41%
TIME_WAIT 620
ESTABLISHED 233
peak 180 concurrent calls
anything we should worry about?`),
    no(`Please explain the difference between FIN and RST close for SIP TCP. I'm preparing training for the new NOC boys`),
    no(`Le gars, 1 200 TIME_WAIT sur le serveur à 2h du matin, c'est trop? Aucun souci, les calls passent nickel, je demande seulement.`),
    no(`ip_local_port_range default na 32768-60999 abi? so how many outgoing connection my server fit carry sef. just dey learn`),
    no(`Ẹ jọ̀ọ́, kí ni "timewait 95" tí ss -s ń fi hàn túmọ̀ sí? Kò sí ìṣòro kankan, mo kàn fẹ́ mọ̀ ni.`),
    no(`Wetin TIME_WAIT min? A de si 150 pan mi server. Ol tin de wok fayn.`),
    no(`What is the default ip_local_port_range on CentOS 7? Do we need to change am for 30 CPS? We dey do small traffic`),
    no(`Vieux, le monitoring là a envoyé alerte "TIME_WAIT > 500" hier à 20h. 512 seulement, les appels passaient bien. On monte le seuil à combien?`),
    no(`Is tcp_fin_timeout the same thing as how long TIME_WAIT last? Someone tell me to reduce am to 15. Server fine tho`),
    no(`netstat -an | grep TIME_WAIT | wc -l
83
ok na small abi. just dey check after the maintenance`),
    no(`Salaam, ss -s bi mi ngi wone "timewait 340". Sunu trafic bi dafa néew léegi. Ndax dafa baax?`),
    no(`Kedu ihe tcp_tw_recycle pụtara? Ha kwuru na e wepụla ya na kernel ọhụrụ. Anyị nwere naanị TIME_WAIT 200, ihe niile dị mma.`),
    no(`Good afternoon. For our monthly report, management asked what the "closed 64, timewait 60" figures in ss -s mean. Could you give a simple explanation? Thanks.`),
    no(`if SS_TCP_CLOSE_RESET Off is the default, why the option dey there at all? which kind operator need On? ours small, 20 cps max`),
    no(`[voice note] hello boss good morning, ehn I just want ask, this TIME_WAIT wey I dey see for the server, like 700 like that, e be like normal thing? because the calls dey go well, ASR dey fine, I just wan be sure`),
    no(`TIME_WAIT dubu daya da ɗari biyu (1,200) a lokacin peak, kira 90 concurrent. Shin wannan ya yi yawa? Babu matsala dai.`),
    no(`Est-ce que 3 000 connexions TCP ESTABLISHED c'est beaucoup pour VOS3000? On a 2 500 comptes SIP en TCP. Aucun problème, c'est une question de dimensionnement.`),
    no(`Why my netstat show TIME_WAIT for 5060 connections when the call don end? 40 of them. na bug?`),
    no(`Abeg what does SO_REUSEADDR do? the developer mention am. we no get any problem`),
    no(`ss -s → TCP: 95 (estab 41, closed 20, orphaned 0, timewait 18). traffic very small this week because of sallah. all good?`),
    no(`Wi de plan fo ad 10 CPS mɔ nɛks mɔnt. Wetin wi fo wach pan di server, TIME_WAIT? Na 90 naw.`),
  ],
  firewallNoRst: [
    no(`Please open port 5060 TCP and UDP for our new carrier IP 196.11.240.18 on your side`),
    no(`fail2ban don ban my office IP again because my boy type wrong password for portal 5 times. abeg unban 102.89.33.7`),
    no(`Bonjour, nous avons un nouveau fournisseur (Orange CI). Il faut whitelister leurs IP de signalisation 41.207.x.x/24 dans iptables. Quelle commande?`),
    no(`We wan block all SIP traffic from outside Africa because of hackers wey dey scan. How we fit do geo-block for iptables on CentOS 6?`),
    no(`Should we disable SIP ALG on our FortiGate? New installation, nothing wrong yet, just best practice question`),
    no(`Some IP from Netherlands dey send 200 REGISTER per second to our switch. how we fit rate limit am for iptables`),
    no(`Our VOS portal is behind MikroTik. I need port forward 8080 from the public IP to 192.168.10.5. Can you send me the rule`),
    no(`Sannu, muna so mu buɗe port 10000-20000 UDP don RTP a firewall. CentOS 7 ne, firewalld. Yaya za mu yi?`),
    no(`Charley on the office pfSense I want allow only Ghana and Nigeria IPs to reach the portal. Is there alias for countries?`),
    no(`Mola, le client veut qu'on ajoute son IP dans la whitelist du SBC: 154.72.x.x. Tu fais ça vite stp, il lance le trafic ce soir.`),
    no(`Le firewall du datacenter là bloque le port 1723 pour le VPN du bureau d'Abidjan. C'est pas VOS mais tu connais les gars de l'hébergeur?`),
    no(`iptables -L -n | head
Chain INPUT (policy DROP)
ACCEPT     tcp  --  0.0.0.0/0   0.0.0.0/0   tcp dpt:22
ACCEPT     udp  --  0.0.0.0/0   0.0.0.0/0   udp dpt:5060
I forget to add 8080 for web. which line I go add?`),
    no(`Ẹ jọ̀ọ́, a fẹ́ fi carrier tuntun kún un. Ẹ ṣí 5060 TCP fún IP 197.210.x.x lórí firewall yín. A ó bẹ̀rẹ̀ traffic lálẹ́ yìí.`),
    no(`We moved the VOS to AWS. Which ports I suppose open for the security group? 5060, 8080, RTP range?`),
    no(`2024-03-11 02:13:45 fail2ban.actions [1123]: NOTICE [sip-asterisk] Ban 41.58.x.x
na my carrier IP be that o!! how I go put am for ignoreip`),
    no(`Wi want fo blɔk ol di IP dem we de scan wi server pan port 5060 na nɛt. 3 tawzin atɛmpt las nɛt. Wetin wi fo du?`),
    no(`Salaam, firewall bi dafa bloquer sunu IP bu bees bi ginnaaw bi nu soppee fournisseur internet. 41.82.x.x. Mën nga ko whitelist?`),
    no(`Biko, tinye IP a na whitelist: 105.112.x.x. Anyị gbanwere ISP. Portal anaghị emeghe maka na firewall na-egbochi anyị.`),
    no(`Please help configure VIP on FortiGate 60F to map public 5060 to the internal VOS 10.0.0.20. Customer need to start testing tomorrow.`),
    no(`Our SonicWall has "Enable consistent NAT" and "Enable SIP transformations". Which one we go off for VoIP? Setting up new branch.`),
    no(`I want to limit each IP to maximum 20 TCP connection on 5060 with connlimit. Good idea? Some customer dey open too many.`),
    no(`Forwarded message:
"Dear partner, kindly whitelist our new media IPs 102.22.0.0/22 before 20/05. Our old range will be retired. Regards, NOC Carrier"
abeg add am for us`),
    no(`Why una firewall dey block my IP every time? I no be hacker. 3rd time this week. Sort it`),
    no(`Bonjour, on veut installer CSF à la place de iptables brut sur le serveur VOS. Ça pose problème avec le softswitch?`),
    no(`Abeg block China and Russia IPs for the portal. dem dey try login every night`),
    no(`Me pa wo kyɛw, MikroTik no mu, sɛn na mɛyɛ dst-nat ama port 8443 akɔ VOS portal no? Yɛwɔ public IP foforɔ.`),
    no(`Ina so in ƙara sabuwar rule a iptables domin carrier na Kano: 5060 UDP kawai daga 196.46.x.x. Za ka duba min?`),
  ],
  negationContext: [
    no(`We use UDP only for all our phones, so this SS_TCP_CLOSE_RESET wey una mention for newsletter no concern us abi?`),
    no(`I check softswitch.conf: SS_TCP_CLOSE_RESET="Off". so RST was never enabled. our phones fine, just confirming the value after the upgrade`),
    no(`For the record: the TIME_WAIT wahala from last month don settle since we upgrade the carrier links. Now na 300 at peak. No action needed, just dey update the ticket`),
    no(`If we turn RST on, will our NAT phones break? We have 200 home users behind routers on TCP. We never enable am yet, just planning`),
    no(`For our lab server (not production) we put SS_TCP_CLOSE_RESET On to test. The test phones behind NAT went unregistered as expected. Just sharing the result for training, nothing to fix.`),
    no(`Monitoring send alarm "phones unregistered" last night 2am but na false alarm, the monitoring server itself lose internet. All phones registered. Ignore the ticket`),
    no(`My colleague dey talk say for him former company the FortiGate dey drop RST and calls fail, since then he fear RST. Is it true in general? We no dey use RST sha`),
    no(`Training question from our NOC exam: "Why can enabling RST close on SIP over TCP cause stateful firewalls to keep half-open connections?" Please give model answer`),
    no(`Bonjour, on n'a jamais touché au paramètre RST, personne n'a rien changé. Je voulais juste savoir si la mise à jour 2.1.8 le modifie automatiquement. Tout marche.`),
    no(`Phones went unregistered after the password change we do this morning, but we don update all the phones now and dem don register. Thanks`),
    no(`The BindException wey I report yesterday no be on VOS o, na on our billing java server for another machine. Sorry for confusion, close the ticket`),
    no(`Ba mu kunna RST ba kwata-kwata. Wayoyinmu suna amfani da UDP. Kawai ina tambaya ko NAT keepalive yana da amfani a wurinmu.`),
    no(`Chale we thought it was port exhaustion but it turned out our carrier was down. TIME_WAIT was only 200. Carrier is back now, all good`),
    no(`Le gars, l'ancien ingé disait que si on active le RST, le pfSense va tout bloquer. On ne l'a jamais activé et ce n'est pas prévu. C'est vrai ou c'était des histoires de bureau?`),
    no(`Le problème de unregistered d'hier c'était le courant, la CIE a coupé tout le quartier. RST on n'a pas touché. Tout est revenu. Merci quand même.`),
    no(`Update: we turn RST back Off last week as una advise, phones behind MikroTik don dey register fine since then. Just closing the loop`),
    no(`We dey plan to move from 50 CPS to 300 CPS next quarter. Will we get "cannot assign requested address" problem? Right now everything fine.`),
    no(`My friend wey get switch for Ghana say him firewall dey drop RST. Na him own server o, not ours. Just wan know whether e fit affect us when we interconnect`),
    no(`Kò sí ẹnikẹ́ni tó yí nǹkan padà lórí server. RST ṣì wà ní Off. Ìbéèrè lásán ni: báwo ni mo ṣe lè ka iye TIME_WAIT?`),
    no(`False alarm: the "RST dropped" lines we send you yesterday na from our test VM wey get RST enabled, not production. Production get RST Off and everything fine.`),
    no(`Forwarded (old chat from 2019): "after enable RST all Mikrotik phones unregistered"
boss ask me if this still apply to new version before we upgrade. We no dey use TCP for phones sha, all UDP`),
    no(`Nanga def. Bëgg naa xam: SIP ALG bi ci routeur bi ak RST mode bi, ndax am na lu ñu boole? Nous on est en UDP, rien n'a changé, c'est pour la documentation.`),
    no(`Anyị agbanyeghị RST. Ekwentị niile nọ n'UDP. Ajụjụ m bụ naanị: ọ dị mkpa ịgbanwe ihe ọ bụla na firewall mgbe anyị na-eji UDP?`),
    no(`Wi nor chenj natin pan di server. RST stil Off. TIME_WAIT na 200. Na jɔs fo se di las tikit don dɔn, tɛnki.`),
    no(`Issue solved: calls through FortiGate now fine after we set SS_TCP_CLOSE_RESET back to Off and reparse. No need to send engineer. Thank you`),
    no(`Before we enable RST, which stateful firewall settings should we check so calls don't fail? We have ASA 5516. Not enabled yet, planning window next month.`),
    no(`I'm interviewing a NOC candidate tomorrow. Good question: "phones behind NAT unregister after you change the TCP close mode, why?" What answer should I expect?`),
  ],
  portExhaustion: [
    pe(`Oga from 7pm every day calls to carrier dey fail. log full of "cannot assign requested address". netstat show 28k TIME_WAIT. when I restart mbx3000d e go dey ok till tomorrow night`),
    pe(`ss -s
Total: 31245 (kernel 31880)
TCP:   30877 (estab 612, closed 30102, orphaned 3, synrecv 0, timewait 30095/0), ports 0
this na during peak. new calls to MTN trunk dey fail. help!!`),
    pe(`Bonjour, chaque soir vers 20h on a des échecs d'appels vers l'opérateur, et dans le log mbx3000 je vois "connect failed: Cannot assign requested address". TIME_WAIT: 30 000 environ. Après minuit ça redevient normal. Dafa ñaaw torop.`),
    pe(`java.net.BindException: Address already in use: no further information. dis one dey show for the VOS log each time CPS pass 200, outgoing TCP to carrier fail. morning time no wahala`),
    pe(`Sannu, da daddare idan kira ya yi yawa, sabon TCP connection zuwa carrier baya yiwuwa. netstat yana nuna TIME_WAIT dubu 30. Idan na sake kunna server sai ya dawo daidai. Me zan yi?`),
    pe(`Chale the switch is choking at peak. EADDRINUSE on connect to the carriers, TIME_WAIT about 27k. At 2am everything fine. Saa ara na ɛyɛ daa.`),
    pe(`Forwarded from our vendor engineer:
"netstat显示 TIME_WAIT 3万, 高峰期连不上落地"
calls to carrier fail at peak, same thing he see. what we do`),
    pe(`Ẹ jọ̀ọ́ ẹ ràn wá lọ́wọ́. Ní alẹ́ tí traffic bá pọ̀, àwọn call sí carrier kò lọ. Log ń sọ "cannot assign requested address". TIME_WAIT tó 29,000. Tí a bá restart, ó máa dára fún ìgbà díẹ̀.`),
    pe(`Mola, le switch ne peut plus ouvrir de nouvelles connexions TCP vers les carriers à l'heure de pointe. J'ai compté 30k TIME_WAIT. Le matin ça gère. On fait comment?`),
    pe(`Vieux père, à 19h tout gâte: les appels sortants vers Moov échouent, le log dit "Address already in use" quand le softswitch essaie de se connecter. TIME_WAIT 31 000 comme ça. Le matin c'est propre.`),
    pe(`Evri nɛt wen di traffic bɔku, di kɔl dem to di carrier nor de go. Netstat sho 28 tawzin TIME_WAIT. Wen a restart i de ok smɔl. Wetin a go du?`),
    pe(`Biko nyere anyị aka. N'abalị, mgbe oku dị ukwuu, switch anaghị emepe TCP connection ọhụrụ gaa carrier. "cannot assign requested address". TIME_WAIT ruru 30k.`),
    pe(`[voice note] boss good evening, eh the thing don start again o, like this 8pm the calls just dey fail, I check netstat e dey show like twenty eight thousand TIME_WAIT, and the log dey talk cannot assign requested address, we restart am yesterday e work but today e don come back`),
    pe(`Salaam, guddi gi bu trafic bi bare, woote yi duñu dem ci carrier bi. ss -s mi ngi wone timewait 30 mille. Bu ma redémarrer serveur bi mu baax, waaye mu dellu.`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
  29871 TIME_WAIT
    544 ESTABLISHED
     12 LISTEN
this at 9pm. outbound tcp to carriers failing. please urgent`),
    pe(`Good evening. Since last week, between 7pm and 11pm, our VOS3000 fails to establish new SIP TCP connections to two carriers. Logs show EADDRINUSE. TIME_WAIT peaks around 28,000. Restarting helps for about an hour. Kindly advise.`),
    pe(`una switch dey die every night!!! cannot assign requested address everywhere, 30k timewait, my customers dey vex. fix am or refund`),
    pe(`30k TIME_WAIT again tonight, carriers no dey connect. same as tuesday`),
    pe(`Forwarded from NOC (Emeka): "Boss, peak don reach 320 CPS, outgoing calls to Glo trunk dey fail, log: bind: Address already in use, TIME_WAIT 27k+. E start 7:40pm."
abeg una help`),
    pe(`tcpdump show say no SYN dey go out at all for new calls to the carrier, and syslog full of "Cannot assign requested address". TIME_WAIT 29 000. This na every peak since we add the new wholesale customer.`),
    pe(`Bonsoir, depuis l'arrivée du nouveau client wholesale, à partir de 150 CPS le softswitch n'arrive plus à ouvrir de connexion TCP vers les opérateurs (erreur EADDRINUSE). Les sockets en TIME_WAIT dépassent 30 000. La nuit tout redevient normal.`),
    pe(`TIME_WAIT dubu 28, kira zuwa carrier sun tsaya. Wannan shi ne karo na uku a wannan makon. Don Allah a taimaka.`),
    pe(`Ça recommence! "cannot bind local port" chaque fois que le trafic monte, 30k timewait, les carriers ne passent plus. Le matin tout est calme. Vous allez régler ça quand?`),
    pe(`Anadwo biara, sɛ calls no dɔɔso a, switch no ntumi mfa TCP connection foforɔ nkɔ carrier hɔ. TIME_WAIT bɛyɛ 30,000. Sɛ yɛ restart a, ɛyɛ yie kakra. Mesrɛ mo, mmoa.`),
    pe(`ip_local_port_range na 32768 60999, an TIME_WAIT don rich 28,000, i nor get pɔt lɛf! Kɔl to carrier de fel evri pik. Wetin fo chenj?`),
    pe(`2024-05-02 20:14:07 [ERROR] SipTcpTransport connect to 197.x.x.x:5060 failed: (99) Cannot assign requested address
2024-05-02 20:14:07 [ERROR] SipTcpTransport connect to 41.x.x.x:5060 failed: (99) Cannot assign requested address
hundreds of these every minute at peak. ok after 11pm.`),
    pe(`[voice note] ẹ kúùrọ̀lẹ́ o, ẹ gbọ́, ìṣòro yẹn tún ti dé, nígbà tí traffic pọ̀ ní alẹ́ àwọn call kò kọjá sí carrier, netstat ń fi TIME_WAIT bíi 30k hàn... restart nìkan ló ń ràn wá lọ́wọ́`),
    pe(`we don double traffic this month. from 8pm the new TCP connection to carriers no dey open, "address already in use". ss -s talk timewait 29k. after 1am e clear by itself`),
    pe(`Le serveur VOS est en galère chaque soir: plus de port local libre, les appels sortants tombent. ss -s: timewait 30 mille. Redémarrage = ça repart. Ça fatigue.`),
    pe(`Hello support, the ports dey finish at peak. We see about 28k sockets in TIME_WAIT and new outbound TCP to carriers just fail with bind error. Morning time everything normal. What setting should we change?`),
  ],
  natUnregistered: [
    nat(`Since una tell us make we on the RST mode last week, all the phones for our branch office behind MikroTik dey show unregistered. The ones wey get public IP dey fine. Dem dey use TCP.`),
    nat(`Bonjour, depuis qu'on a activé SS_TCP_CLOSE_RESET hier soir, les softphones des télétravailleurs (derrière leur box) perdent l'enregistrement toutes les quelques minutes. Ils sont en SIP TCP. Les postes en IP publique marchent.`),
    nat(`Tun da muka kunna RST a softswitch.conf, wayoyin reshen Kaduna da ke bayan router suna nuna unregistered. Suna amfani da TCP. Wayoyin UDP suna aiki lafiya.`),
    nat(`Chale after we turned on the RST close thing for the TIME_WAIT problem, the home users on Zoiper TCP keep dropping registration. Those with static public IPs fine. Ɛyɛ me ahometesɛm.`),
    nat(`Le gars, depuis qu'on a mis RST à On, les phones derrière le MikroTik du bureau de Bonamoussadi sont tous "unregistered". En TCP. Ceux qui ont IP publique, rien. Ça sort d'où?`),
    nat(`Vieux, on a mis le mode RST la semaine passée pour le problème de ports. Depuis ça les téléphones des clients à domicile derrière leur box perdent l'enregistrement sans arrêt. Ils sont en TCP. C'est lié?`),
    nat(`Sins wi tɔn on di RST mod, ol di fon dem we de biɛn di MikroTik na di branch ɔfis de sho unregistered. Dem de yuz TCP. Di wan dem wit pablik IP nor get prɔblɛm.`),
    nat(`Láti ìgbà tí a ti tan RST mode, àwọn phone tó wà lẹ́yìn router ní ọ́fíìsì Ibadan ń fi "unregistered" hàn. TCP ni wọ́n ń lò. Àwọn tó ní public IP kò ní ìṣòro.`),
    nat(`Kemgbe anyị gbanyere SS_TCP_CLOSE_RESET, ekwentị ndị nọ n'azụ NAT na Aba na-efunahụ registration. Ha na-eji TCP. Ndị nwere public IP dị mma.`),
    nat(`Salaam, li dal ginnaaw bi nu activer RST mode: telefon yi nekk ci ginnaaw routeur bi ci bureau Ziguinchor, ñoom ñépp unregistered lañu. TCP lañuy jëfandikoo. Yi am IP publique, dara amu ci.`),
    nat(`Registration status 20:30
ext 2001  192.168.88.12 (NAT)  TCP  UNREGISTERED
ext 2002  192.168.88.15 (NAT)  TCP  UNREGISTERED
ext 3001  41.203.x.x           TCP  REGISTERED
ext 4005  10.0.0.7 (NAT)       UDP  REGISTERED
started after we put SS_TCP_CLOSE_RESET=On monday`),
    nat(`[voice note] hello good afternoon, so the thing be say, since we change that setting, that RST setting wey una send us, the phones for the Abuja branch, the ones wey dey behind the MikroTik, dem no dey stay registered, e go register, two minutes e go drop, but the ones for head office wey get public IP dem fine...`),
    nat(`Una advice spoil everything!!! since RST on, all my home users on TCP unregistered. only public IP customers dey work. reverse am NOW`),
    nat(`RST on since yesterday. NAT phones on TCP all unregistered. public ones ok.`),
    nat(`Good morning. Following the change of SS_TCP_CLOSE_RESET to On on Friday, approximately 140 Grandstream phones behind NAT routers at customer sites have been showing unregistered intermittently. They register over TCP. Phones on public IPs and UDP endpoints are not affected.`),
    nat(`Forwarded from customer (Kofi Enterprises): "Since Tuesday our 12 Yealink phones keep losing registration, they are behind our TP-Link router, TCP transport."
Tuesday na the day we enable RST mode. public IP customers no complain.`),
    nat(`tcpdump for the branch phone 192.168.1.20 behind NAT: after the switch send RST, the phone next REGISTER just go nowhere until timeout, then e register again later. this start since RST mode On. phones on UDP dey ok`),
    nat(`Oga, tun ranar Litinin da aka saka RST On, abokan ciniki masu Linphone a gida (bayan router) duk suna nuna offline. TCP ne. Masu public IP kuwa lafiya.`),
    nat(`Depuis le RST on, les softphones des étudiants à la cité U (derrière le NAT du campus) perdent l'enregistrement chaque 5 min. TCP. Les gars en IP publique sont ok. Aidez-nous!`),
    nat(`Bonsoir, nous constatons depuis l'activation du mode RST (SS_TCP_CLOSE_RESET = On) que les postes SIP derrière NAT de nos agences de Kaolack et Touba apparaissent non enregistrés. Transport TCP. Les équipements en IP publique et ceux en UDP fonctionnent normalement.`),
    nat(`Since we on RST, my people for Nnewi wey dey behind one router, their phone no dey register well again, e dey go off and on. TCP dem dey use. Abeg wetin happen?`),
    nat(`Ɛfiri sɛ yɛ on RST mode no, phones a ɛwɔ MikroTik akyi wɔ Takoradi branch no nyinaa ka unregistered. TCP na wɔde di dwuma. Public IP ones no yɛ adwuma yie.`),
    nat(`Afta RST on, NAT fon dem (TCP) nor de rejista. Pablik IP wan dem fayn. Plis ɛp.`),
    nat(`Since the change to RST last Thursday, our customer support lines behind the office router (TCP) going unregistered every few minutes. The SIP trunks with public IPs fine. Before the change zero issue.`),
    nat(`Yealink log: "TCP connection closed by peer, re-registering..." every 3 min, then e show unregistered for portal. phones behind the MikroTik, TCP. dis start since we enable RST for VOS. public IP phones no get am`),
    nat(`Depuis qu'on a activé RST, les Fanvil chez les clients derrière leur box Orange sont tout le temps "non enregistré". TCP. Ceux qui sont en UDP, même derrière la box, ils sont bien.`),
    nat(`Abeg, since we put RST mode On, àwọn phone tí ó wà lẹ́yìn NAT (home users, TCP) kò ní registration mọ́. Public IP ones are fine. Ẹ ràn wá lọ́wọ́.`),
    nat(`RST On tun jiya. Wayoyin NAT (TCP) na ofisoshinmu na Zaria da Katsina sun rasa rajista. Waɗanda ke da public IP babu matsala.`),
    nat(`Who told una to tell us to on RST? Since then my NAT customers on TCP can't stay registered. Public IP ones ok. Fix it sharp sharp.`),
    nat(`[note vocale] allô allô, bon le problème c'est que depuis qu'on a mis le truc RST là, les phones du bureau de Yaoundé qui sont derrière le MikroTik ne restent pas enregistrés, ça monte ça tombe, en TCP hein, mais ceux de Douala qui ont IP publique ça va...`),
  ],
  firewallRst: [
    fw(`Since we on RST mode, calls wey pass through our FortiGate dey hang. Forti log dey show "RST dropped, no session". Carrier side still dey hold ESTABLISHED connections.`),
    fw(`Bonjour, depuis l'activation du mode RST, les appels qui passent par le pfSense échouent ou restent bloqués. Les logs du pfSense montrent des paquets TCP RST bloqués (state mismatch). Côté opérateur les connexions restent ESTABLISHED.`),
    fw(`Tun da muka kunna RST, kira da ke wucewa ta firewall na ASA suna tsayawa. ASA log yana nuna "Deny TCP (no connection) flags RST". Don Allah a taimaka.`),
    fw(`Chale since the RST change, calls going through the SonicWall to our carrier just hang, no answer, then fail. SonicWall log full of "TCP packet received on non-existent/closed connection; TCP packet dropped" with RST flag.`),
    fw(`iptables -L -v -n
Chain FORWARD (policy ACCEPT)
 pkts  bytes target  prot opt in  out  source     destination
48213 1928K DROP    all  --  *   *    0.0.0.0/0  0.0.0.0/0   ctstate INVALID
the INVALID counter dey climb since we enable SS_TCP_CLOSE_RESET. tcpdump show na RST packets. calls dey fail`),
    fw(`We host VOS on AWS behind security group + NACL. Since RST mode On many calls to the carrier fail, and the carrier say they still see old connections ESTABLISHED on their side. Our RST no dey reach them.`),
    fw(`Le gars, depuis RST à On, les appels via le FortiGate du client restent en l'air. Forti dit "packet dropped, no session matched" sur les RST. L'opérateur voit encore les sessions ouvertes.`),
    fw(`Vieux père, depuis qu'on a mis RST, les appels qui traversent le pare-feu Sophos là, ça coince. Le log montre RST drop. De l'autre côté les connexions restent ouvertes. Ça vient d'où?`),
    fw(`Sins wi put RST On, di kɔl dem we de pas tru di FortiGate de hang. Di fayawɔl lɔg de se "RST dropped". Di carrier se dɛn stil get di kɔnɛkshɔn opin.`),
    fw(`Láti ìgbà tí a ti tan RST, àwọn call tó ń gba pfSense kọjá kò ṣiṣẹ́, wọ́n ń hang. pfSense log ń fi hàn pé ó ń block RST (TCP:R).`),
    fw(`Kemgbe anyị gbanyere RST mode, oku na-agafe FortiGate anyị na-akwụsị. Log na-egosi na ọ na-atụfu RST packets. Carrier ka nwere connection ESTABLISHED.`),
    fw(`Salaam, ginnaaw bi nu activer RST, woote yi di jaar ci firewall Cisco ASA bi dañuy taxaw walla fail. Log bi mi ngi wone "TCP RST denied". Carrier bi nee na connexions yi ñu ngi ubbeeku ci seen wet.`),
    fw(`[voice note] hello support, good evening, so since yesterday wey we enable the RST thing, calls wey dey go through the firewall, the pfSense, dem dey hang, like you dial, nothing, then e fail. The guy for carrier talk say dem still see our old connection as ESTABLISHED...`),
    fw(`tcpdump on VOS eth0:
20:11:03.412 IP 10.0.0.20.5060 > 197.x.x.x.41872: Flags [R.], seq 1, ack 1, win 0
tcpdump on outside of FortiGate: nothing. so the firewall dey chop the RST. since RST mode On calls to this carrier dey fail.`),
    fw(`Una RST setting don scatter my calls!! FortiGate dey drop all the RST, calls dey hang. Carrier side full of dead ESTABLISHED sessions. Do something!!!`),
    fw(`RST on → calls thru pfSense hang. pf log: RST blocked. help`),
    fw(`Good afternoon. Since SS_TCP_CLOSE_RESET was set to On on Monday, a significant number of calls routed via our Palo Alto firewall fail or hang at setup. The firewall logs show TCP RST packets discarded as out-of-session. The carrier reports stale ESTABLISHED connections.`),
    fw(`Forwarded daga ma'aikacin carrier: "Muna ganin connections da yawa daga IP ɗinku a ESTABLISHED ba tare da traffic ba tun Talata."
Talata ne muka kunna RST. FortiGate ɗinmu yana nuna RST drop. Kira suna faɗuwa.`),
    fw(`Depuis qu'on a basculé le RST sur On, chaque appel qui passe par l'iptables du serveur frontal tombe après quelques secondes. conntrack marque les RST comme INVALID et les drop. On fait quoi?`),
    fw(`RST On depuis hier, SonicWall drop les RST, appels bloqués. Au secours.`),
    fw(`we put RST on for the TIME_WAIT matter, TIME_WAIT don reduce true true, but now calls wey pass through the ASA dey fail anyhow. ASA syslog:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 197.x.x.x/40122 flags RST on interface inside`),
    fw(`Bonjour, depuis le passage de SS_TCP_CLOSE_RESET à On, les appels transitant par notre FortiGate 100F échouent de manière aléatoire. Le pare-feu rejette les segments RST ("no session matched"). Les sessions côté opérateur restent en ESTABLISHED indéfiniment.`),
    fw(`Our VOS dey Azure. Since we enable RST, calls through the Azure firewall dey fail, and the carrier see half-open connections from us. Azure diagnostics show RST packets denied. Before RST, zero issue.`),
    fw(`Ɛfiri sɛ yɛ on RST no, calls a ɛfa FortiGate no mu no gyina hɔ na ɛfail. Firewall log no kyerɛ sɛ ɛtow RST packets no gu. Carrier no se wɔda so hu connections no ESTABLISHED.`),
    fw(`Afta wi on RST, di iptables pan di gateway de drop di RST (ctstate INVALID). Kɔl dem de hang. Bifo dat ol bin fayn.`),
    fw(`Forwarded from Musa (NOC): "Boss, the pfSense states table still show the SIP TCP sessions open after call end, and the RST packets dey blocked. Calls through the firewall dey fail since the RST change."
what we go do?`),
    fw(`RST On láti àná. FortiGate ń drop RST. Calls ń hang. Ẹ jọ̀ọ́ ẹ ràn wá lọ́wọ́.`),
    fw(`Good evening sir. Na three days now. Tuesday we follow the guide for TIME_WAIT and put SS_TCP_CLOSE_RESET On. From Wednesday calls to 2 carriers wey dey behind their own Check Point firewall dey fail. Their NOC send us screenshot: RST from our IP dropped "out of state". Their side get hundreds of half-open sessions from us.`),
    fw(`Biko, since we enable RST, SonicWall anyị na-atụfu RST packets, calls na-ahang. Carrier side still ESTABLISHED. Gịnị ka anyị ga-eme?`),
    fw(`Bonsoir la team. Depuis qu'on a activé le RST (lundi), les appels qui passent par le cluster pfSense HA sont en galère: ça sonne pas, ça raccroche tout seul. pf bloque les RST (flags R, state mismatch). Le carrier voit des connexions zombies ESTABLISHED de notre côté. Avant le RST tout allait.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning228Set: readonly EvalItem[] = Object.values(tuning228Families).flat();
