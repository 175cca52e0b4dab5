import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP wholesale operators, call-termination shops, resellers and NOC technicians in Francophone Africa and the
 * Maghreb writing on WhatsApp: about half in French from Senegal, Côte d'Ivoire, Mali, Cameroon and the DRC (often
 * without accents, "stp", "svp", "bjr", "pb", "ya", "c'est gâté", Nouchi and Camfranglais, Wolof, Bambara and Lingala
 * phrases), about half in Moroccan, Algerian and Tunisian Darija, in Arabic script and in Arabizi ("3lach", "mazal",
 * "khoya", "wach") with French technical words; numbers as "30 000", "30k", "30 mille", "30 alf", "ألف"; "salam", "bjr", "mbote".
 *
 * The hundred-and-sixty-first tuning split, by family, in markets where VOS3000 is sold widely and which no split had in fresh hands
 * since the early rounds. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-sixty-first never-tuned set, before the sixtieth round of rules, by
 * someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other
 * sets in view; measured as such before and after the sixtieth round, then made tuning material for the sixty-first:
 * bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 92.2 %, negatives confident 5.9 %, confident wrong 0 % with the rules of
 * the fifty-ninth round and the changes after it, before the sixtieth.
 * After the sixtieth round: in scope 92.2 %, negatives confident 5.9 %, confident wrong 0 %.
 * After the sixty-first round, tuned on: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning161Families = {
  oneListeningPort: [
    no(`Bjr svp le portail web ne demarre plus depuis ce matin. catalina.out dit:
java.net.BindException: Address already in use (Bind failed) <null>:8080
On a redemarre le serveur VOS hier soir. C'est gâté, les revendeurs peuvent pas recharger`),
    no(`slt, apres reboot le mbx3000d refuse de monter, log: bind 0.0.0.0:5060 failed: Address already in use. ya un ancien processus qui tient le 5060 je crois, ps aux | grep mbx montre 2 instances. comment kill proprement stp`),
    no(`Bonsoir chef, nginx veut pas redemarrer:
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
On a installé apache pour le panel de facturation hier. Lequel on garde?`),
    no(`mysqld: Can't start server: Bind on TCP/IP port: Address already in use
Do you already have another mysqld server running on port: 3306 ?
c'est sur le serveur VOS, la base vos3000. pb urgent svp`),
    no(`Mon frère le conteneur docker du portail client ne se lance pas: Error starting userland proxy: listen tcp4 0.0.0.0:8443: bind: address already in use. Je suis à Douala, on fait comment?`),
    no(`bjr c'est le stagiaire, sur mon laptop le serveur de dev du dashboard (npm run dev) dit Error: listen EADDRINUSE: address already in use :::3000. rien a voir avec le VOS, juste ma machine, comment liberer le port?`),
    no(`Redis ne démarre plus sur la machine de billing: Could not create server TCP listening socket *:6379: bind: Address already in use. Walay dama sonn avec ce serveur`),
    no(`Le gars, le web manager VOS sur 8080 est mort, tomcat dit port deja utilisé. J'ai vu avec netstat -tlnp que c'est un vieux java pid 2231 qui tient 8080. Je le kill? on est ndem ici`),
    no(`Mbote, après upgrade le service mbx3000d ne redémarre pas: "Address already in use" sur 5060/TCP. netstat montre que 5060 est pris par un asterisk qu'un technicien a installé pour essayer. Tokoki kolongola yango?`),
    no(`Bjr, mon agent zabbix veut pas démarrer: listener failed: bind() for [[-]:10050] failed: Address already in use. c'est sur le même serveur que le VOS. ya moyen de changer le port? on est dedans depuis matin oh`),
    no(`I ni ce, le web du vos3000 tombe au demarrage: Address already in use port 80. Il y a un apache par defaut de CentOS qui a pris 80. Je desactive httpd?`),
    no(`Bonjour, le SIP ne répond plus après redémarrage du serveur. messages: bind UDP 5060 failed, Address already in use. Il reste un mbx3000d fantome qui tourne encore. kill -9 suffit?`),
    no(`svp le callback server (port 9090) refuse de se lancer, java.net.BindException: Address already in use: JVM_Bind. j'ai relancé 2 fois le script. Un seul service concerné, les appels passent normal`),
    no(`Salam, le portail reseller sur 8081 ne monte pas: "Web server failed to start. Port 8081 was already in use." C'est le spring boot de notre dev qui l'a pris je pense. Naka lanu war def?`),
    no(`السلام عليكم خويا، tomcat ديال web portal ما بغاش يطلع، كيعطيني java.net.BindException: Address already in use 8080. درت restart للسيرفر البارح. شنو ندير؟`),
    no(`salam khoya, mbx3000d ma bghach ytla3 mn ba3d reboot, f log: bind 5060 failed Address already in use. kayn process 9dim mazal khddam. kifach n9tlo bla ma nkhser chi haja?`),
    no(`wach kayn chi 7al? nginx mabghach ydemarri: bind() to 0.0.0.0:80 failed (98: Address already in use). httpd dyal centos howa li chad le port`),
    no(`مرحبا، mysql ماحبش يقلع في سرفر VOS: Bind on TCP/IP port: Address already in use. 3306 راهو محكوم من mysqld قديم. نعاود نديماري؟`),
    no(`khoya docker container dyal billing ma bghach ytl3: bind: address already in use 0.0.0.0:3306, 7it mysql dyal VOS f nafs serveur. nbeddel port f docker-compose?`),
    no(`ya khoya, el serveur web mta3 el VOS ma7abech yetla3, "Address already in use" 3al port 8080. fama java 9dim ba9i ykhdem. chnowa na3mel?`),
    no(`عافاك، redis ما بغاش يخدم: Could not create server TCP listening socket *:6379: bind: Address already in use. غير هاد service، الباقي كلو مزيان`),
    no(`sahbi, l'application dyal dev f laptop dyali kat3tini EADDRINUSE 0.0.0.0:5000 mli kanlanci flask. machi f serveur, ghir f pc dyali. kifach nkhwi le port?`),
    no(`wesh khouya, kamailio li derna 9dam VOS ma7abch ydemarri, "bind on 5060 address already in use" 3la khater mbx3000d rah chad 5060. nbedlo port ta3 kamailio?`),
    no(`السلام، بعد ما بدلت السيرفر، web manager ديال VOS كيقول Address already in use على port 80. لقيت apache2 خدام. نحيدو؟`),
    no(`salam, apres update, vos3000 web ma tlancach, log:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use
ghir had port, SIP khddam normal`),
    no(`عسلامة، grafana متاع monitoring ما تحبش تتلنسا: listen tcp :3000: bind: address already in use. شكون شادد 3000؟`),
    no(`khoya wach normal? 9tlt mbx3000d b kill w drt start, 3tani "Address already in use 0.0.0.0:5060". mn ba3d d9i9a tla3 normal. chno sbab?`),
  ],
  otherRegistrationCause: [
    no(`Bjr, depuis ce matin 40 postes de notre call center à Dakar sont unregistered. On a changé les mots de passe des comptes hier soir dans le VOS mais les softphones ont encore l'ancien. Comment faire en masse stp?`),
    no(`svp les gateways goip du client d'Abidjan sont unregistered depuis que son FAI a changé son IP publique. Il est en UDP, et le VOS a l'ancienne IP dans le mapping`),
    no(`Bjr chef, les téléphones de l'agence de Bamako ne s'enregistrent plus, 403 Forbidden dans le log. le compte a expiré le 30, il doit recharger 30 000 F je crois`),
    no(`Mbote, ba phones na Kinshasa ezali unregistered, coupure SNEL depuis 6h, le routeur est éteint. quand le courant revient ça va revenir seul?`),
    no(`Les softphones zoiper du revendeur sont unregistered, 401 Unauthorized en boucle. Il tape le mauvais mot de passe, majuscule activée je pense lol`),
    no(`bjr, la licence VOS expire demain et déjà certains comptes ne s'enregistrent plus? message "license expired" dans le web manager. pb de renouvellement`),
    no(`Le gars, les IP phones du bureau à Yaoundé sont unregistered depuis qu'on a changé de box Orange. Tout est en UDP 5060, on n'a jamais touché au TCP. Je pense que le SIP ALG du nouveau routeur est activé`),
    no(`Bjr, client suspendu pour solde impayé (il doit 250k), ses 12 postes sont unregistered. Il demande pourquoi. Je lui dis quoi?`),
    no(`bonsoir, on a pointé sip.monoperateur.sn vers la nouvelle IP et maintenant les phones qui ont l'ancien nom en cache sont tous unregistered. TTL 24h...`),
    no(`slt, le poste de l'accueil n'avait plus de registration: le cable réseau était débranché par la femme de ménage lol. c'est bon maintenant, juste pour info`),
    no(`Bjr mon vieux, les gateways d'un client à Yopougon sont tous unregistered, internet est coupé chez lui depuis hier, Orange dit panne fibre. Rien à voir avec nous hein?`),
    no(`Le revendeur de Lubumbashi a changé l'IP du serveur proxy sans nous prévenir, maintenant 300 comptes unregistered. On fait comment pour remettre la bonne IP dans le mapping?`),
    no(`Bjr, les trunks du client sont "unregistered" dans VOS. Son compte a été désactivé automatiquement: balance 0. Il a payé 50 mille ce matin par Orange Money, faut réactiver`),
    no(`Salaam, phones yi ñu ngi unregistered ci Thiès. Le technicien a reset le routeur en usine, donc plus de port forwarding ni de VLAN. UDP seulement chez eux`),
    no(`السلام عليكم، 25 تيليفون ف call center ولاو unregistered من الصباح. بدلنا les mots de passe البارح ف VOS و نسينا نبدلوهم ف les téléphones`),
    no(`salam khoya, les gateways dyal client f Casa kolhom unregistered, ISP beddel lih IP publique w hna 3ndna IP 9dima f whitelist. UDP ghir`),
    no(`wesh khouya, les comptes ta3 client rahom unregistered, 403 Forbidden. compte expiré, lazem ychargi 20 alf`),
    no(`عسلامة، التيليفونات الكل unregistered، الضو مقصوص في الحومة الكل من الصباح (coupure STEG)`),
    no(`salam, client 9al lia softphone dyalo unregistered, chft log: 401 Unauthorized, password ghalat. hwa beddel password f portal w ma beddlouch f app`),
    no(`السلام، les téléphones ولاو unregistered مور ما بدلنا routeur جديد ديال Orange. كلشي UDP، و SIP ALG كان activé ف routeur الجديد. طفيناه و رجعو`),
    no(`khoya licence dyal VOS salat lbare7, daba tout les comptes unregistered w web manager kay9ol license expired. chkon n3ayet lih bach njdedha?`),
    no(`salut, wach 3lach telephones dyal office f Rabat unregistered? ah... l'internet maqto3 3ndhom mn sbah, fibre maqtou3a f zan9a`),
    no(`مرحبا، client ماخلصش 15 ألف درهم، الحساب تسوسبوندا automatiquement، و les postes ديالو unregistered. كيسول علاش`),
    no(`ya khoya, beddelna DNS sip.domaine.tn l serveur jdid, w les postes li mazalin 3la IP 9dima kolhom unregistered. fama kifech nforciw?`),
    no(`خويا، gateway تاع client ماراهيش تتسجل، طفاو عليها الكوران ليلة كاملة. ولات unregistered، نورمال؟`),
    no(`salam, phone dyal directeur unregistered, beddel lih wifi w ktebna IP dyal serveur ghalta f config (192.168.1.10 fblast IP publique). ana chft l config`),
    no(`السلام عليكم، بدلنا IP ديال السيرفر من 41.x ل 105.x و نسينا نبدلو ف gateways، دابا كلهم unregistered. كاين شي طريقة بالزربة؟`),
  ],
  smallFigures: [
    no(`Bjr, c'est normal ça? ss -s: TCP: 412 (estab 96, closed 280, orphaned 0, timewait 280). serveur calme la nuit`),
    no(`svp c'est quoi exactement TIME_WAIT? je vois 350 connexions en TIME_WAIT dans netstat sur le VOS, c'est grave?`),
    no(`Bjr, SS_TCP_CLOSE_RESET ça sert à quoi exactement? Le fournisseur nous en a parlé mais on n'a rien changé`),
    no(`Question: si on active le mode RST, est-ce que les téléphones derrière NAT vont perdre l'enregistrement? On a beaucoup de clients avec MikroTik`),
    no(`Bonsoir, netstat -ant | grep TIME_WAIT | wc -l donne 620 à 20h, notre pic c'est 15 CPS. ip_local_port_range 32768 60999. On est loin de la limite non?`),
    no(`slt, tcp_tw_reuse est à 0 chez nous. Faut-il le mettre à 1 par précaution? Aucun probleme pour l'instant, trafic 8 CPS`),
    no(`Salaam, nanga def. Juste une question: est-ce que SS_TCP_CLOSE_RESET touche le SIP en UDP? Tous nos trunks sont UDP`),
    no(`Bjr, pour info voici ss -s de ce matin:
Total: 318
TCP: 201 (estab 54, closed 131, orphaned 0, timewait 129)
ça va?`),
    no(`Ya un client qui me demande la difference entre FIN et RST pour la fermeture TCP dans VOS. Tu peux m'expliquer simplement?`),
    no(`Le gars, on prépare le passage à 200 CPS le mois prochain. Est-ce qu'on risque l'epuisement des ports? Actuellement 900 TIME_WAIT au pic, tout marche`),
    no(`Mbote, nazali na question: soki to activer RST, FortiGate na biso ekoki ko drop? tozali kaka ko planifier, naino te`),
    no(`Bjr, on a 1 500 TIME_WAIT max à midi, 40 CPS, aucune erreur. C'est dans les normes pour un VOS3000?`),
    no(`I ni sogoma, une question: où se trouve le paramètre SS_TCP_CLOSE_RESET? dans softswitch.conf? Et il faut reparse ou restart?`),
    no(`Bonjour, le stagiaire a vu "TIME_WAIT" dans netstat et il panique, y'en a 74. Je lui explique quoi?`),
    no(`salam khoya, wach normal: ss -s katban timewait 230 f lil? serveur ma fih ta traffic`),
    no(`السلام عليكم، شنو هو TIME_WAIT بالضبط؟ كنشوف 400 وحدة ف netstat ف VOS، واش خاصني نقلق؟`),
    no(`wesh khouya, SS_TCP_CLOSE_RESET wach ydir exactement? Off wla On wach lfar9?`),
    no(`سؤال: إلا فعلنا RST mode، واش les téléphones اللي ورا NAT غادي يطيحو؟ مازال ما درنا والو`),
    no(`3afak, tcp_tw_reuse dyalna 0, wach nbeddloh l 1? ma3ndna hta mochkil, 10 CPS`),
    no(`salam, hada ss -s dyal lyoum: TCP: 540 (estab 210, closed 300, orphaned 2, timewait 298). kolchi mzyan?`),
    no(`يعطيك الصحة، عندنا 800 TIME_WAIT في الذروة، 25 CPS، ماكانش حتى error. هذا عادي؟`),
    no(`ya sahbi, SS_TCP_CLOSE_RESET ya3mel 7aja 3al UDP? el trunks lkol UDP 3andna`),
    no(`khoya bghit nfham: ip_local_port_range fih 28 alf port, ch7al mn CPS n9dro ndiro 9bel ma ykmlo? ghir kan7seb, ma kayn mochkil`),
    no(`السلام، كاين شي فرق بين FIN و RST فاش كيتسدو connexions TCP ف softswitch؟ client سولني`),
    no(`salam, wach ila drna RST mode, FortiGate dyalna ghadi ydropi? ghir kanfkro, mazal ma fa3elnah`),
    no(`مرحبا خويا، netstat يوريلي 150 TIME_WAIT و 60 ESTABLISHED. serveur جديد. هذا نورمال؟`),
    no(`wach khoya, fin kayn SS_TCP_CLOSE_RESET f softswitch.conf? w mn b3d nbeddlo khassni service mbx3000d reparse wla restart?`),
  ],
  firewallNoRst: [
    no(`Bjr, il faut ouvrir le port 5060 TCP et UDP sur notre FortiGate pour le nouveau carrier. Tu peux m'envoyer la policy?`),
    no(`svp whitelister l'IP 196.207.x.x du carrier ivoirien dans iptables du VOS, il a 30k minutes à passer ce soir`),
    no(`Bjr, fail2ban a banni l'IP de notre revendeur de Bouaké, il a raté son mot de passe 5 fois. Comment le débannir?`),
    no(`slt, SIP ALG sur le MikroTik du client: on le désactive ou pas? /ip firewall service-port sip`),
    no(`Bonsoir, j'ai besoin d'un port forwarding 5060 et RTP 10000-20000 sur le pfSense du client à Douala vers son PBX`),
    no(`Bjr, on veut bloquer tout le SIP qui vient hors Afrique (geo-blocking) sur le pfSense, trop de scans SIP la nuit. Possible?`),
    no(`Chef, tu peux relire notre config iptables avant la mise en prod?
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT
-A INPUT -p tcp --dport 8080 -s 41.82.0.0/16 -j ACCEPT
-A INPUT -j DROP`),
    no(`Salaam, firewall bi dafa bloque RTP bi, son bi one-way la. On a ouvert 5060 mais pas la plage RTP je crois`),
    no(`Bjr, le nouveau carrier du Mali nous envoie ses 3 IP de signalisation, il faut les autoriser dans le firewall du VOS: 41.73.x.10, .11, .12`),
    no(`Le Sophos du client a une règle qui bloque le SIP, on voit "Denied" sur udp 5060 pour l'IP du VOS. Il faut ajouter une exception`),
    no(`Le gars, fail2ban a mis 200 IP en ban cette nuit, des scanners sipvicious. C'est normal? on laisse comme ça?`),
    no(`Mbote ndeko, tosengi ofungola port 5061 TLS na ASA ya client. ozali na config?`),
    no(`Bjr, on passe de iptables à firewalld sur le serveur VOS. Quelles zones et quels ports pour le web manager et le SIP?`),
    no(`svp le client veut activer l'IPS sur la FortiGate, ça risque de casser la voix? ou on exclut juste le SIP?`),
    no(`السلام عليكم، خاصني نحل port 5060 TCP/UDP ف FortiGate ديال client جديد. عندك policy واجدة؟`),
    no(`salam khoya, 3afak zid IP dyal carrier jdid f whitelist dyal iptables: 102.x.x.x. 3ndo 50 alf minute had lil`),
    no(`wesh khouya, fail2ban bana l'IP ta3 revendeur ta3na, ghalet f password. kifech nderlo unban?`),
    no(`السلام، واش نطفي SIP ALG ف MikroTik ديال client ولا نخليه؟`),
    no(`ya khoya, lazemni port forwarding 5060 w RTP 10000-20000 3al routeur mta3 client l PBX mte3ou`),
    no(`بغيت نبلوكي les IP اللي جايين من برا المغرب و أفريقيا (géo-blocking) ف pfSense، بزاف ديال scan SIP`),
    no(`salam, momkin tchouf config iptables dyalna 9bel production?
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p tcp --dport 5060 -j ACCEPT
-A INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT
-A INPUT -j DROP`),
    no(`خويا، الصوت يجي من جيهة وحدة، firewall مازال ما حليتش RTP range. نحل 10000-20000 UDP؟`),
    no(`salam, Cisco ASA dyal client kayblokki SIP INVITE, log: %ASA-4-106023: Deny udp src outside:41.x.x.x/5060 dst inside:10.0.0.5/5060 by access-group "outside_in". khassna ACL`),
    no(`عسلامة، نحب نزيد IP الكارييه الجديد في whitelist متاع FortiGate، 3 IP. كيفاش؟`),
    no(`wach fail2ban 3adi ybani 300 IP f lila? kolhom sipvicious w friendly-scanner`),
    no(`salam khoya, bghina ndwzo mn iptables l firewalld f serveur VOS. chno les ports li khasshom ykono m7loulin?`),
    no(`السلام، client بغا يفعل IPS ف Sophos، واش يقدر يخرب الصوت؟ ولا نديرو exception ل SIP؟`),
  ],
  negationContext: [
    no(`Bjr, les téléphones sont unregistered mais on est en UDP seulement, RST n'a jamais été activé. C'était le mot de passe changé par le client, c'est réglé`),
    no(`Merci chef! Depuis que vous avez mis tcp_tw_reuse, TIME_WAIT est tombé à 300 au pic et plus d'erreur "cannot assign requested address". Tout est OK`),
    no(`Pour info je transfère l'ancien ticket du mois passé (résolu): "Address already in use sur les connexions sortantes à 18h", résolu par le port range. Juste pour archive`),
    no(`Bjr, SS_TCP_CLOSE_RESET est à Off, personne n'a touché. Le client dit que ses MikroTik perdent l'enregistrement mais c'est parce que son forfait internet est fini`),
    no(`Le problème du firewall qui droppait les RST c'est réglé depuis la semaine dernière, merci. On peut fermer le ticket`),
    no(`bjr, on n'a rien changé sur le serveur, RST est toujours Off. Les appels coupent parce que le carrier a des soucis de son côté, il a confirmé`),
    no(`Mon vieux, c'était pas le RST finalement hein. Les postes sont tombés parce que Orange a changé l'IP de la box. On a remis la bonne IP, c'est propre maintenant`),
    no(`Bonsoir, notre fournisseur a suggéré d'activer SS_TCP_CLOSE_RESET mais on ne l'a pas fait. Nos pertes d'enregistrement viennent de la coupure électrique de 3h chez le client`),
    no(`Merci beaucoup, depuis le retour à FIN (RST Off) les phones derrière NAT sont revenus, 0 unregistered depuis 2 jours. Rien à signaler`),
    no(`Jërëjëf! Le pb des TIME_WAIT est réglé, ss -s montre timewait 410 à l'heure de pointe. On clôture`),
    no(`Ticket ancien (mars) pour la trace: FortiGate "no session matched" après RST mode, résolu en désactivant RST. Aucun problème actuel`),
    no(`Bjr, le client pense que c'est le firewall qui bloque mais il n'a pas de firewall, juste une box en UDP. Et RST jamais activé. Son compte était simplement suspendu`),
    no(`slt, le "Address already in use" c'était le tomcat qui tournait deux fois, pas les ports sortants. Réglé avec un kill. merci`),
    no(`Matondo mingi! Depuis le changement du port range, plus de "cannot assign requested address". Trafic 120 CPS, tout est calme`),
    no(`السلام، les téléphones unregistered ولكن حنا UDP فقط، RST عمرنا ما فعلناه. السبب كان mot de passe تبدل`),
    no(`شكرا خويا، من نهار درتي tcp_tw_reuse، TIME_WAIT نزل ل 500 و ماباقيش "cannot assign requested address". كلشي مزيان`),
    no(`salam, ghir pour info, had ticket 9dim mn chhar 3 (résolu): "address already in use f sortants f 19h". msalyin menno, ghir bach ykon 3ndkom f archive`),
    no(`wesh khouya, SS_TCP_CLOSE_RESET rah Off, ma bedelna walou. les postes tahou 3la khater internet ta3 client maqtou3`),
    no(`ya khoya, mochkel el firewall elli kan ydropi el RST tsalla7 mel jem3a li fetet. ya3tik essa7a, tnajem tsakkar el ticket`),
    no(`ما بدلنا والو ف serveur، RST مازال Off. les appels كيطيحو حيت carrier عندو مشكل، هو اللي گالها`),
    no(`khoya machi RST lmochkil, les postes ta7o 7it ISP beddel IP dyal routeur. rje3na IP s7i7a w kolchi rje3`),
    no(`السلام، fournisseur نصحنا نفعلو SS_TCP_CLOSE_RESET ولكن ما درناهش. الـ unregistered جا من coupure d'électricité عند client`),
    no(`merci bzaf! mli rjje3na l FIN (RST Off), les téléphones li wra NAT rj3o, 0 unregistered hadi yumayn`),
    no(`الحمد لله، مشكل TIME_WAIT تحل، ss -s دابا timewait 350 ف peak. نسدو ticket`),
    no(`wesh, hada ticket 9dim ta3 chhar mars: ASA "TCP flags R out of state" ba3d RST mode, tsegem b désactivation. ghir lel archive, makanch hta mochkil drok`),
    no(`salam, "Address already in use" kan 7it tomcat khddam jouj merrat, machi ports sortants. t7ell b kill. choukran`),
    no(`client كيقول firewall هو السبب، ولكن ما عندوش firewall أصلا، غير routeur و UDP. و RST عمرو ما تفعّل. الحساب ديالو كان suspendu`),
  ],
  portExhaustion: [
    pe(`URGENT bjr, chaque soir à 19h les appels sortants échouent, log: connect() failed: Cannot assign requested address. ss -s montre timewait 28 000. On est à 180 CPS. C'est gâté!`),
    pe(`svp aidez nous, netstat -ant | grep TIME_WAIT | wc -l = 31 456 au pic, plus aucune nouvelle connexion TCP vers les carriers. Les clients se plaignent`),
    pe(`Bjr chef, depuis 2 jours aux heures de pointe: java.net.BindException: Cannot assign requested address sur les connexions sortantes vers le gateway. Ça revient à la normale après 22h`),
    pe(`Bonsoir, ss -s:
Total: 30412
TCP: 30188 (estab 1102, closed 28950, orphaned 12, timewait 28941)
Et les appels échouent depuis 18h. Port range par défaut 32768-60999`),
    pe(`Le gars, on est ndem! Au pic on fait 250 CPS et le serveur ne peut plus ouvrir de connexions TCP: EADDRINUSE sur connect. 30 mille TIME_WAIT. Les revendeurs crient`),
    pe(`Salaam, dafa metti. Chaque jour entre 12h et 14h, les appels sortants en TCP tombent, "address already in use" en sortie, et 27k sockets en TIME_WAIT. Après 14h tout revient`),
    pe(`Bjr, on a mis le nouveau trunk TCP vers le carrier français et depuis, aux heures chargées, plus de nouvelles connexions: "cannot assign requested address". timewait 26 mille`),
    pe(`Bjr mon vieux, ça chauffe ici, le soir à 20h le VOS dit "cannot assign requested address" pour toutes les sorties TCP, et ss montre 29k TIME_WAIT. Le jour c'est propre`),
    pe(`I ni wula, à partir de 300 CPS on a l'erreur bind: Address already in use sur les connexions sortantes du softswitch vers les gateways, avec plus de 25 000 TIME_WAIT. Comment régler?`),
    pe(`Mbote, problème makasi: aux heures de pointe ba appels ezo échouer, netstat: 32k en TIME_WAIT, erreur "Cannot assign requested address". ip_local_port_range 32768 60999, tcp_tw_reuse = 0`),
    pe(`Bjr, nos appels de 17h à 19h échouent à 40%. Dans le log du mbx3000d: "create tcp connection to 41.x.x.x:5060 failed, errno 99". On a 28 000 sockets TIME_WAIT`),
    pe(`slt, pic de ce soir 220 CPS, le serveur ne crée plus de nouvelles connexions TCP du tout, ss -tan state time-wait | wc -l = 27 812. Urgent svp`),
    pe(`Bjr, depuis qu'on a ajouté le client de Kinshasa (gros volume), à l'heure de pointe les sorties TCP échouent: Cannot assign requested address. Hors pic aucun souci. Les TIME_WAIT montent à 30 mille`),
    pe(`Urgent, forward du NOC: "À 18h05 saturation: 28 233 TIME_WAIT, erreurs EADDRNOTAVAIL sur connect vers carriers, ASR tombé à 12%." Que faire immédiatement?`),
    pe(`Bonjour, appels qui échouent aux heures chargées seulement.
net.ipv4.ip_local_port_range = 32768 60999
net.ipv4.tcp_tw_reuse = 0
ss -s timewait 28 100 à 19h. log: bind() failed: Address already in use (outgoing)`),
    pe(`السلام عليكم، كل ليلة ف 8 د الليل les appels sortants كيطيحو، log: Cannot assign requested address. ss -s كيبين timewait 29 ألف. عندنا 200 CPS`),
    pe(`salam khoya, ma3ndna hta connexion TCP jdida f peak, netstat kaybayn 30 alf TIME_WAIT. les clients kaytchkaw. 3afak bzerba`),
    pe(`wesh khouya, kol nhar mn 18h l 21h les appels ykhaltou, log: connect failed: Address already in use, w TIME_WAIT rahom 27k. ba3d 22h kolech yarja3`),
    pe(`ya khoya, el serveur ma ynajamch y7el connexions TCP jdod fel peak, "cannot assign requested address" w 31 alf TIME_WAIT. ASR ta7 barcha`),
    pe(`السلام، ss -s:
TCP: 29876 (estab 980, closed 28700, orphaned 5, timewait 28690)
و les appels كيفشلو من 7 ديال العشية. شنو ندير؟`),
    pe(`salam, BindException: Cannot assign requested address f connexions sortantes l carrier, ghir f peak. 28 alf socket f TIME_WAIT. ip_local_port_range default`),
    pe(`خويا، في الذروة السيرفر ما يقدرش يحل connexions جدد، EADDRINUSE على connect، و 26 ألف TIME_WAIT. 240 CPS`),
    pe(`3afak, mn ba3d ma zedna trunk TCP jdid, f les heures chargées kolchi kaytah: errno 99 cannot assign requested address. TIME_WAIT 30 alf`),
    pe(`عسلامة، في الپيك 300 CPS والسيرفر يولي ما يحلش TCP جديد. netstat: 32 ألف TIME_WAIT. tcp_tw_reuse = 0. شنوة نعمل؟`),
    pe(`salam khoya, les appels kay échouer 30% ghir mn 12 l 14h. f log "bind: address already in use" 3la les connexions sortantes, w ss kayban timewait 25 000`),
    pe(`wach kayn 7al? kol 3chiya, ss -tan state time-wait | wc -l = 28 540 w mbx3000d kay9ol "create tcp connection failed errno 99". nhar kolo normal`),
    pe(`السلام، forward من NOC: "f 19:10 saturation ports: 27 900 TIME_WAIT, EADDRNOTAVAIL vers carriers, ASR نزل ل 15%". واش ندير دابا؟`),
    pe(`khouya rani m9ele9, ki yla7e9 traffic 250 CPS, serveur ma y7elch connexions jdad, "Cannot assign requested address". TIME_WAIT 29 alf. ip_local_port_range 32768 60999`),
    pe(`salam, wach momkin ykon épuisement des ports? f peak kayn 30 ألف TIME_WAIT w les appels TCP kaytahou b "cannot assign requested address". mn ba3d peak kolchi normal`),
    pe(`ya sahbi, netstat -ant | grep -c TIME_WAIT ya3tini 33 412 fel wa9t el 3amer, w ma fama 7atta connexion TCP jdida ti5dem. les appels lkol ytay7ou`),
  ],
  natUnregistered: [
    nat(`Bjr, depuis qu'on a activé SS_TCP_CLOSE_RESET=On hier, tous les softphones des clients derrière des box (NAT) sont unregistered. Ils sont en SIP TCP. Les trunks directs marchent`),
    nat(`svp depuis votre changement d'hier soir sur le serveur, les IP phones Yealink du bureau derrière le MikroTik perdent l'enregistrement toutes les 5 min. transport TCP`),
    nat(`Bjr chef, depuis que vous avez passé la fermeture en mode RST, nos 60 postes du call center à Abidjan (derrière NAT Orange) tombent unregistered en boucle. SIP over TCP`),
    nat(`Le gars, depuis le switch en RST mode, les gateways de mes clients à Douala derrière les routeurs MTN ne restent pas registered. TCP 5060. Ceux qui ont une IP publique sont OK`),
    nat(`Salaam, depuis qu'on a mis SS_TCP_CLOSE_RESET à On, phones yi ci biir NAT bi (box Sonatel) dañuy unregistered. TCP lañuy jëfandikoo. Ceux avec IP fixe marchent`),
    nat(`Bonsoir, après l'activation du RST hier, les zoiper en TCP des revendeurs (tous derrière des routeurs domestiques) se désenregistrent sans arrêt. Avant c'était stable`),
    nat(`Bjr mon vieux, depuis ton changement du close mode là, les postes derrière le NAT du bureau de Cocody sont tous tombés unregistered. On est en TCP. C'est pas joli`),
    nat(`Bjr,
# grep SS_TCP_CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET=On
(activé mardi). Depuis mardi les Grandstream derrière NAT perdent la registration, transport TCP. Ceux en LAN direct OK`),
    nat(`I ni ce, depuis que RST est activé, les téléphones du client de Bamako derrière le MikroTik sont unregistered. Ils sont en TCP. An bɛ i makɔnɔ`),
    nat(`Mbote, depuis bato pasi FIN na RST (mode RST) lobi, ba phones nionso na sima ya NAT ezali unregistered. SIP TCP. Lisalisi svp`),
    nat(`slt, depuis la reparse avec SS_TCP_CLOSE_RESET On, les softphones mobiles des commerciaux (NAT opérateur 4G) en TCP perdent l'enregistrement toutes les quelques minutes`),
    nat(`Bjr, le client de Lubumbashi signale: depuis samedi (jour où on a mis RST), ses 40 Yealink derrière un routeur NAT Cisco sont unregistered, TCP. Rien d'autre changé, mot de passe OK`),
    nat(`Bjr, après qu'on a activé le RST pour régler les TIME_WAIT, maintenant ce sont les phones derrière NAT qui décrochent: "unregistered" dans le web manager, tous en TCP. Les UDP ne bougent pas`),
    nat(`URGENT svp, 200 comptes unregistered depuis le passage en mode RST ce matin. Tous des clients résidentiels derrière NAT en SIP/TCP. Le reste des trunks tourne`),
    nat(`bonsoir, depuis hier (activation SS_TCP_CLOSE_RESET) les MicroSIP de nos agents en télétravail (box perso, NAT) n'arrivent plus à rester enregistrés en TCP. Ils se réenregistrent puis retombent`),
    nat(`السلام عليكم، من نهار فعلنا SS_TCP_CLOSE_RESET=On، les softphones ديال clients اللي ورا NAT ولاو كلهم unregistered. كيخدمو ب TCP`),
    nat(`salam khoya, mn ba3d changement dyalkom lbare7, les IP phones f office wra MikroTik kaytih lihom registration kol 5 d9aye9. TCP`),
    nat(`wesh khouya, mli derna RST mode, les postes ta3 call center li wra NAT rahom unregistered kol chwiya. SIP over TCP. li 3ndhom IP publique mlah`),
    nat(`ya khoya, men wakt ma fa33alna RST, les gateways mta3 el clients wra routeurs NAT ma y9a3douch registered. TCP 5060`),
    nat(`السلام، من بعد ما بدلتو close mode ل RST، les téléphones ديال البيرو اللي ورا NAT طاحو unregistered. TCP. والو تبدل من عندنا`),
    nat(`salam, grep SS_TCP_CLOSE_RESET => On (mn nhar tlat). w mn tlat les Grandstream wra NAT kaytlfo registration, transport TCP. li f LAN direct khddamin`),
    nat(`خويا، منذ فعّلنا RST، zoiper تاع les revendeurs (TCP، ورا routeurs ديال الدار) يتسجلو و يطيحو بلا حبس`),
    nat(`3afak, mn lbare7 (activation RST) les softphones dyal commerciaux f 4G (NAT) b TCP kayt7aydo mn registration kol chwiya`),
    nat(`عسلامة، من نهار السبت (نهار حطينا RST) الـ Yealink متاع client (40 poste) ورا NAT ولاو unregistered، TCP. mot de passe صحيح ما تبدل حتى شي`),
    nat(`salam, fa3elna RST bach n7elo TIME_WAIT, daba les phones li wra NAT homa li kaytihou: unregistered f web manager. kolhom TCP, UDP ma fihom walo`),
    nat(`URGENT khoya, 150 compte unregistered mn ba3d ma drna mode RST had sbah. kolhom clients f dyour wra NAT b SIP/TCP`),
    nat(`السلام، مور ما فعّلنا SS_TCP_CLOSE_RESET البارح، MicroSIP ديال agents اللي خدامين من الدار (box، NAT) ماعادش كيبقاو enregistrés ب TCP`),
    nat(`wesh, depuis reparse b SS_TCP_CLOSE_RESET=On, les postes li wra NAT ta3 MikroTik ykhorjou unregistered kol 10 min. TCP. 9bel kan stable`),
    nat(`ya sahbi, ba3d ma beddelna el fermeture TCP l RST, les IP phones wra el NAT mta3 el client unregistered lkol. TCP. el trunks el directs ykhdmou normal`),
    nat(`salam, mn nhar activina RST, client f Fès 3ndo 25 Fanvil wra routeur NAT kolhom unregistered. TCP. wach nrj3o Off?`),
  ],
  firewallRst: [
    fw(`Bjr, depuis l'activation de SS_TCP_CLOSE_RESET, les appels vers le carrier restent bloqués. Sur notre FortiGate: "no session matched" sur des paquets TCP flags R. Ça drop tout`),
    fw(`svp, depuis votre changement du mode de fermeture hier, les appels raccrochent mal et le Cisco ASA du client log:
%ASA-6-106015: Deny TCP (no connection) from 41.x.x.x/5060 to 10.1.1.5/43122 flags RST on interface outside`),
    fw(`Bjr chef, depuis le RST mode, pfSense affiche des blocs "TCP:R" sur 5060 dans les logs firewall et les appels restent pendus. Avant on était en FIN et tout était OK`),
    fw(`Le gars, depuis le passage en RST, notre iptables drop en INVALID (conntrack) les RST du VOS, et les appels coupent au bout de 30s. On fait comment?`),
    fw(`Bonsoir, Sophos XG devant le PBX: depuis activation RST sur le VOS, log "Invalid TCP packet, flags R" et les appels drop. Urgent`),
    fw(`Salaam, depuis que RST bi activé, FortiGate bi dafay drop les paquets RST ("no session matched"), et les appels dañuy bloqué`),
    fw(`Bjr mon vieux, depuis ton mode RST là, les appels vers le client de Marcory restent accrochés, son MikroTik drop les RST (connection-state=invalid). C'est dur`),
    fw(`Bjr, iptables -L -v montre le compteur de la règle "-m conntrack --ctstate INVALID -j DROP" qui explose depuis qu'on a mis SS_TCP_CLOSE_RESET=On. En même temps appels qui échouent`),
    fw(`I ni ce, depuis l'activation RST, l'ASA du carrier malien rejette nos RST: "TCP packet out of state". Les appels se coupent et certains ne passent plus`),
    fw(`Mbote, depuis RST mode, FortiGate ya client ezo drop ba RST ("no session matched") pe ba appels ezo kangama. Tosala nini?`),
    fw(`Forward du NOC: "Depuis 14h (reparse SS_TCP_CLOSE_RESET On), pfSense: Blocked TCP:RA 10.0.0.8:5060 -> 102.x.x.x:51234. Appels sortants pendus." svp aide`),
    fw(`Bjr, les appels qui passent par le FortiGate de notre datacenter à Dakar se bloquent depuis votre changement d'hier. diagnose debug flow: "no session matched". Ceux qui ne passent pas par le FortiGate OK`),
    fw(`slt, depuis qu'on est en RST, le Cisco ASA log en boucle "Deny TCP (no connection) ... flags RST" et les appels raccrochent au milieu. 30% de drops`),
    fw(`Bonsoir, après activation de SS_TCP_CLOSE_RESET, les appels via notre MikroTik ne se terminent plus proprement et certains ne s'établissent pas: le filter "drop invalid" compte des milliers de paquets RST`),
    fw(`URGENT, depuis ce matin (RST activé), iptables conntrack marque INVALID les RST venant du softswitch, drop, et le trunk TCP vers le carrier est mort. Les appels échouent tous`),
    fw(`السلام عليكم، من نهار فعلنا SS_TCP_CLOSE_RESET، les appels ل carrier كيبقاو معلقين. FortiGate كيقول "no session matched" على paquets TCP flags R`),
    fw(`salam khoya, mn ba3d changement dyalkom lbare7, ASA dyal client kaylogi: Deny TCP (no connection) ... flags RST on interface outside, w les appels kaytaw7o`),
    fw(`wesh khouya, mli derna RST mode, pfSense rah ybloki "TCP:R" 3la 5060 w les appels yb9aw m3el9in`),
    fw(`ya khoya, men ba3d RST, iptables ydropi les RST f INVALID (conntrack) w les appels yt9at3ou ba3d 30 seconde`),
    fw(`السلام، Sophos ديال client كيعطي "Invalid TCP packet flags R" من بعد ما فعلنا RST، و les appels كيطيحو`),
    fw(`salam, MikroTik dyal client kaydropi les RST (connection-state=invalid) mn nhar drna RST mode, les appels kayb9aw m3l9in`),
    fw(`خويا، iptables -L -v: règle "ctstate INVALID -j DROP" compteur طالع بزاف من نهار SS_TCP_CLOSE_RESET=On، و les appels يفشلو`),
    fw(`3afak, ASA dyal carrier kayrfd RST dyalna "TCP packet out of state" mn ba3d activation RST. les appels kayt9at3o`),
    fw(`عسلامة، FortiGate متاع client يدروپي les RST ("no session matched") من بعد RST mode، les appels يتبلوكاو`),
    fw(`forward mn NOC: "mn 14h (reparse SS_TCP_CLOSE_RESET On) pfSense: Blocked TCP:RA 10.0.0.8:5060 -> 105.x.x.x:50122. les appels sortants m3el9in" 3afak 3awnona`),
    fw(`salam, les appels li kaydouzo mn FortiGate dyal datacenter kaytbloqaw mn changement lbare7. diagnose debug flow: "no session matched". li ma kaydouzouch mn FortiGate mzyanin`),
    fw(`السلام، منذ RST، Cisco ASA كيلوگي بلا حبس "Deny TCP (no connection) flags RST" و les appels كيتقطعو ف الوسط. 25% drops`),
    fw(`wesh, ba3d activation SS_TCP_CLOSE_RESET, les appels li yfoutou 3la MikroTik ma ysaklouch mli7, w filter "drop invalid" y7seb alaf ta3 paquets RST`),
    fw(`URGENT khoya, mn sbah (RST activé) conntrack kaymarki les RST jayin mn softswitch INVALID w kaydropihom, trunk TCP l carrier mat. ga3 les appels kayfeshlo`),
    fw(`ya sahbi, mel nhar fa33alna RST, el FortiGate ydropi fel paquets R w el appels tab9a m3al9a. log: "no session matched" proto 6`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning161Set: readonly EvalItem[] = Object.values(tuning161Families).flat();
