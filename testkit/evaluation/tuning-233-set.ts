import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * French-speaking VOS3000 operators, resellers and their NOC staff in France, Belgium, Switzerland, Quebec (joual), the
 * Maghreb (French mixed with Darija in Latin letters and digits: 3, 7, 9), and West/Central Africa (Côte d'Ivoire,
 * Cameroon, Senegal, DRC), writing on WhatsApp with or without accents, in SMS shorthand (stp, svp, pk, bcp, tjrs) and
 * English technical words. Figures come as 30 000, 28k, 30 mille, 28.000 or 33'000; messages range from rude one-liners
 * to formal letters, voice-note transcripts, forwards from their own customers or staff, and pasted command output.
 *
 * The two-hundred-and-thirty-third tuning split, written as the two-hundred-and-thirty-third never-tuned evaluation set
 * because French is the working language of many small VoIP wholesalers from Paris to Kinshasa, in fresh hands again.
 * Five negative families of 27 (one service that cannot bind its own port, registration lost for another reason, small
 * figures and questions, firewall work without dropped RST, playbook words denied or explained) and three positive
 * families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * before the seventy-eighth round of rules by someone who had read only the playbooks' symptoms and the domain notes,
 * without the matcher, its rules or the other sets in view; measured as such before and after the seventy-eighth round,
 * then made tuning material for the seventy-ninth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 93.3 %, negatives confident 0.7 %, confident wrong 0 % with the
 * rules of the seventy-seventh round, before the seventy-eighth.
 * After the seventy-eighth round: the same.
 * After the seventy-ninth round, tuned on: in scope 97.8 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning233Families = {
  oneListeningPort: [
    no(`bjr, apres la maj le tomcat du portail vos ne demarre plus, catalina.out dit java.net.BindException: Address already in use: bind sur 8080. y a un autre truc qui tourne dessus ?`),
    no(`Salam khoya, mbx3000d ma bghach ytla3, f log kayn "bind 5060 failed: address already in use". 3ndi zouj instances dial softswitch ghaliban, kifach n7bes wa7da?`),
    no(`docker: Error response from daemon: driver failed programming external connectivity on endpoint billing-web: Bind for 0.0.0.0:80 failed: port is already allocated.
c pour notre conteneur de facturation sur la meme machine que le vos, on fait quoi svp`),
    no(`Le mysqld refuse de se lancer sur le serveur VOS : "Can't start server: Bind on TCP/IP port: Address already in use" sur le 3306. Je pense qu'il reste un vieux mysqld zombie apres le crash de cette nuit.`),
    no(`Allo, chu pas mal tanné là, mon apache part pu pantoute, y dit que le port 443 est déjà pris. C'est-tu nginx qui a squatté ça? J'ai installé certbot hier`),
    no(`sshd ne redemarre pas depuis que j'ai mis Port 2222 dans sshd_config: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." qqn peut m aider stp, j'ai encore une session ouverte heureusement`),
    no(`redis-server ne démarre plus :
# Could not create server TCP listening socket *:6379: bind: Address already in use
on l'utilise pour le cache du portail de recharge. deux redis en meme temps ?`),
    no(`Mon dev lance sipp en mode serveur sur 5060 sur son laptop pour tester nos scénarios, mais ça dit address already in use. Il a Zoiper ouvert en même temps, c'est ça le souci?`),
    no(`[root@vos ~]# netstat -tlnp | grep 8080
tcp        0      0 0.0.0.0:8080        0.0.0.0:*         LISTEN      2231/httpd
le tomcat du web manager ne veut plus se lancer, quelqu'un a mis httpd sur 8080. je le deplace ou ?`),
    no(`Bonsoir chef, depuis le matin notre interface web est down. Le technicien dit que c'est un conflit de port, Skype occupe le port 80 sur la machine Windows où on a installé le client web. Comment on fait pour libérer?`),
    no(`EADDRINUSE: address already in use :::3000 quand je lance notre api de recharge (node). c'est pm2 qui en a déjà une copie qui tourne ou quoi`),
    no(`On a copié le dossier mbx3000 pour faire une 2e instance de test sur la même machine et maintenant la 2e plante au démarrage: cannot bind 0.0.0.0:5060. On peut la mettre sur 5070 sans toucher à la prod?`),
    no(`Salut, le web du vos affiche erreur bind au lancement, le port est pris par un autre tomcat que le stagiaire a installé pour son projet. Comment je supprime ça sans tout casser? merci bcp`),
    no(`hello support, our asterisk on the same box cant start, chan_sip says "Unable to bind to 0.0.0.0:5060: Address already in use". mbx is on 5060 too i think. which one should move?`),
    no(`Bjr mon frère, l'agent zabbix ne démarre pas, port 10050 déjà utilisé. C'est pas lié au vos directement mais on a tout mis sur la même VM`),
    no(`[note vocale transcrite] oui bonjour c'est Karim euh... le portail client il se lance plus, le gars il m'a dit y a un truc qui écoute déjà sur le 8443, j'sais pas quoi, vous pouvez regarder avec anydesk s'il vous plaît`),
    no(`Bonjour, quand je relance httpd il me sort "(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80". Pourtant j'ai bien fait un stop avant. Merci d'avance pour votre aide.`),
    no(`[root@vos3000 ~]# ss -ltnp 'sport = :5060'
LISTEN 0 128 *:5060 *:* users:(("mbx3000d",pid=1877,fd=9))
service mbx3000d start -> bind 5060 failed. mais il tourne deja non? le script de demarrage le lance deux fois au boot`),
    no(`postgres refuse de démarrer sur le serveur de stats: LOG: could not bind IPv4 address "0.0.0.0": Address already in use / FATAL: could not create any TCP/IP sockets. C'est le 5432, un autre pg de la distro tourne deja je crois`),
    no(`Transféré : "le logiciel callcenter vicidial ne démarre plus, port 5038 du manager asterisk déjà occupé"
mon client me demande ça, vous pouvez m'orienter? c'est sur son serveur à lui, pas sur le vos`),
    no(`docker compose up ->
Error starting userland proxy: listen tcp4 0.0.0.0:3306: bind: address already in use
normal le mysql du vos est deja sur l'hote. je mappe sur 3307 ?`),
    no(`slt, wach kayn chi 7el, l'apache ma bghach ydemarrer 7it port 80 m3amer b nginx li tinstalla m3a panel dial hosting. mercii`),
    no(`Bonjour à vous, le serveur web de l'IVR refuse de se lancer depuis hier, message bind() failed port 8088. Un ancien process java est resté dessus, kill -9 ne marche pas, il renait tout seul. Supervisord peut-être?`),
    no(`SEVERE: StandardServer.await: create[localhost:8005]: java.net.BindException: Address already in use (Bind failed)
c'est le tomcat du vos, on a deux tomcats lancés en même temps vous pensez ?`),
    no(`Sur mon poste windows, netstat -ano | findstr :5060 montre le PID 4412 qui est MicroSIP, du coup mon softswitch de lab ne bind pas. Je ferme MicroSIP et c bon?`),
    no(`Salut gang, le vsftpd veut pas partir: "500 OOPS: could not bind listening IPv4 socket". C'tu parce que xinetd a déjà le 21? On s'en sert pour les CDR`),
    no(`port 5060 deja pris au demarrage de mbx3000d, ps montre un vieux process du même nom qui a survécu au stop. je le kill ?`),
  ],
  otherRegistrationCause: [
    no(`bjr, depuis ce matin aucun poste Yealink ne s'enregistre, le journal montre 403 Forbidden. On a changé les mots de passe des comptes hier soir pour la sécu, faut les remettre dans chaque poste?`),
    no(`Salut, on a migré le vos sur un nouveau serveur avec une nouvelle IP, maintenant toutes les GoIP restent unregistered. Faut changer l'ip du serveur dans chaque gateway une par une?`),
    no(`Coupure de courant dans tout le quartier à Douala depuis 10h, les postes du bureau sont tous unregistered. Quand le courant revient ça repart tout seul ou il faut faire qqch?`),
    no(`mes softphones android (zoiper) se déconnectent dès que l'écran s'éteint, le mode économie d'énergie de Samsung tue l'appli. y a un réglage ?`),
    no(`Le compte 2001 affiche "Account expired" dans le portail et le tel dit Registration failed. Le client n'a pas payé le mois, on peut prolonger de 3 jours svp?`),
    no(`Alerte vos3000: licence expirée le 12/03, plus aucun enregistrement accepté depuis ce matin. Combien pour renouveler svp, c'est urgent`),
    no(`On a changé le nom de domaine sip.ancien.ma vers voip.nouveau.ma, les téléphones configurés avec l'ancien nom sont unregistered. Le DNS de l'ancien a expiré hier.`),
    no(`On a changé la box pour une Livebox 6, depuis les téléphones en UDP 5060 perdent l'enregistrement toutes les 10 min et l'audio coupe. Le SIP ALG est activé d'office sur cette box je crois`),
    no(`Moov est en panne sur Abidjan depuis 2h, nos clients disent que tout est unregistered. Vous confirmez que c'est pas chez vous hein?`),
    no(`le technicien a débranché le mauvais câble au rack, le switch PoE des postes était plus alimenté. Maintenant c rebranché mais 3 postes restent rouges`),
    no(`REGISTER sip:voip.monfournisseur.com SIP/2.0
...
SIP/2.0 401 Unauthorized
WWW-Authenticate: Digest realm="vos3000", nonce="8a1f..."
REGISTER (avec auth)
SIP/2.0 401 Unauthorized
ça tourne en boucle sur le poste 117, le client jure que le mot de passe est bon`),
    no(`Un stagiaire a supprimé par erreur 40 comptes SIP dans l'interface, évidemment les postes sont unregistered. Vous avez un backup de la base d'hier?`),
    no(`le wifi du call center est mort (routeur TP-Link grillé), les softphones sur les laptops sont tous off. On passe en partage 4G en attendant, il faut changer qqch dans le vos?`),
    no(`les combinés DECT Gigaset du magasin disent "non enregistré", je crois que les batteries sont HS, ils s'éteignent tout seuls au bout de 5 min`),
    no(`Mon client à Laval y dit que ses téléphones sont pu registered depuis que Vidéotron a changé son modem. Y'é en UDP, pis le modem a un SIP ALG qu'on peut pas fermer. Kessé qu'on fait?`),
    no(`sba7 lkhir, les postes f l'agence dial Casa kolhom unregistered. tbeddel lmot de passe dial admin w bdelna m3ah les passwords SIP bla ma n3lmo l'équipe dial l'agence`),
    no(`fail2ban chez vous a banni l'IP de notre bureau après trop d'essais avec un mauvais mot de passe sur le poste 204, maintenant aucun poste du bureau ne s'enregistre`),
    no(`hi, after you migrated us to the new vos server last night all my phones still register to the old IP and get timeout. where can i change the server address in bulk for 80 yealinks?`),
    no(`Mon cher, les gateways de Kinshasa ne s'enregistrent plus. Le compte a été bloqué pour solde insuffisant? Le portail affiche solde -12 USD.`),
    no(`Transféré : "Patron les tels de la réception affichent No Service depuis la coupure Senelec de ce midi, l'onduleur n'a pas tenu et le routeur ne redémarre pas"`),
    no(`après un reset usine le Grandstream a perdu sa config, il essaie de s'enregistrer sur 192.168.1.1 au lieu de votre serveur. normal qu'il soit unregistered lol, vous avez le fichier de provisioning?`),
    no(`les postes derrière le MikroTik en UDP perdent l'enregistrement, le udp-timeout du mikrotik est à 10s et la réinscription est à 3600s. On baisse l'expire à 60 ou on monte le timeout?`),
    no(`Nos postes en TLS ne s'enregistrent plus depuis minuit, le téléphone dit "certificate expired". Le certificat du domaine sip n'a pas été renouvelé par notre hébergeur.`),
    no(`403 Forbidden sur les comptes du client Bouaké: on avait restreint les comptes à son IP, mais il a une IP dynamique et elle a changé ce matin.`),
    no(`[vocal] allo oui c'est Mamadou, euh les téléphones là ils sont plus connectés depuis que le gars de Orange est venu changer le routeur, il a mis un nouveau mot de passe wifi et les téléphones wifi ils l'ont pas`),
    no(`Le compte SIP du client 8803 a été désactivé automatiquement après 30 jours sans recharge, son téléphone est donc unregistered. Comment on le réactive sans perdre son historique?`),
    no(`Bonjour, Swisscom a effectué une maintenance cette nuit sur la fibre de notre site de Lausanne, depuis 6h les postes sont hors ligne. Pourriez-vous vérifier de votre côté s'il vous plaît? Meilleures salutations`),
  ],
  smallFigures: [
    no(`bonjour, ss -s sur mon vos affiche TCP: 412 (estab 88, closed 290, orphaned 0, timewait 287/0). c normal ou je dois m'inquieter?`),
    no(`c quoi TIME_WAIT exactement? je vois ça dans netstat et jsp si c une erreur`),
    no(`Est-ce qu'on doit activer tcp_tw_reuse sur nos serveurs? On n'a aucun problème, c'est juste pour savoir si c'est une bonne pratique sur centos 7.`),
    no(`SS_TCP_CLOSE_RESET ça sert à quoi exactement dans softswitch.conf? je l'ai vu en lisant le manuel et j'ai pas compris`),
    no(`netstat -an | grep TIME_WAIT | wc -l
43
serveur calme le dimanche. tout va bien de votre point de vue?`),
    no(`Combien de TIME_WAIT c'est trop? On en a 600-700 en pleine journée avec 15 CPS, tout marche, c'est juste pour mettre une alerte.`),
    no(`Allo, j'ai 350 connexions en TIME_WAIT sur le switch, c'tu correct ou c'est signe que quelque chose est brisé? Pas de plainte des clients pour l'instant.`),
    no(`notre ip_local_port_range est 32768 60999, c'est suffisant pour 20 CPS? on a jamais eu d'erreur, je demande pour la doc`),
    no(`Check mensuel :
Total: 512 (kernel 540)
TCP:   231 (estab 120, closed 78, orphaned 2, synrecv 0, timewait 76/0), ports 0
rien d'anormal?`),
    no(`what is the difference between FIN and RST when softswitch closes a tcp connection? just learning for my certification, no issue on our side`),
    no(`salam, chno hiya TIME_WAIT? chaft chi 200 f netstat, wach mochkil wla normal?`),
    no(`Bonsoir, le stagiaire demande pourquoi il y a des connexions "TIME_WAIT" qui restent 60 secondes avant de disparaître. On en a 180 au total, c'est grave?`),
    no(`tcp_fin_timeout on le met à combien sur un vos? la valeur par défaut c'est 60. juste question, rien ne plante`),
    no(`Rapport hebdo: CPU 12%, RAM 40%, TIME_WAIT moyen 150, pic à 420 vendredi 18h, 0 appel échoué côté réseau. Des recommandations?`),
    no(`Est-ce que le mode RST c'est dangereux? un collègue dit que ça peut casser des trucs. On fait 30 CPS max et aucun souci actuellement, donc on se demande si on le touche même pas.`),
    no(`tcp_tw_recycle ou tcp_tw_reuse, lequel est le bon? j'ai lu que recycle a été supprimé dans les kernels récents`),
    no(`On voit 90 sockets en TIME_WAIT vers le carrier principal, ça veut dire que les appels se terminent mal ou c'est la vie normale de TCP?`),
    no(`Salam, juste une question de compréhension: pourquoi c'est le côté qui ferme en premier qui garde le TIME_WAIT? Merci bcp`),
    no(`On prévoit de passer de 10 à 25 CPS le mois prochain, combien de ports locaux on va consommer à peu près? Actuellement 300 TIME_WAIT au pic.`),
    no(`le monitoring zabbix affiche "TIME_WAIT: 512" en jaune, c'est le seuil par défaut du template. je peux monter le seuil sans risque?`),
    no(`C'est quoi la diff entre CLOSE_WAIT pis TIME_WAIT? J'en ai 12 en close_wait pis 240 en time_wait, le monde appelle correct.`),
    no(`Question: la valeur par défaut de SS_TCP_CLOSE_RESET c'est bien Off? on veut juste confirmer avant l'audit de la semaine pro`),
    no(`[note vocale] oui bonjour, je regardais le netstat là, y a genre deux cents lignes qui disent time wait, je voulais juste savoir si c'est normal, parce que tout marche hein`),
    no(`ss -tan state time-wait | wc -l donne 38 sur le serveur de secours. c'est ce qu'on attend pour un serveur qui fait presque rien?`),
    no(`pls what does net.ipv4.tcp_tw_reuse=1 actually do, is it safe on centos 6? no problem on our side, just reading the docs`),
    no(`Nos stats: 8 000 appels par jour, max 12 CPS, TIME_WAIT entre 100 et 400 selon l'heure. Est-ce qu'on est dans les normes?`),
    no(`pk netstat montre des TIME_WAIT sur le port 5060 alors que nos clients sont en UDP? on en a 25 seulement, c juste curieux`),
  ],
  firewallNoRst: [
    no(`bjr, svp ouvrez le port 5060 UDP et 10000-20000 RTP sur votre firewall pour notre nouvelle IP 197.230.x.x, on bascule demain`),
    no(`fail2ban a banni l'IP de notre bureau ce matin, comment je la débannis? fail2ban-client set sip unbanip ... c'est bien ça?`),
    no(`Merci de whitelister l'IP de notre nouveau fournisseur 185.xx.xx.10 pour le trunk, ils commencent à envoyer du trafic ce soir`),
    no(`on reçoit des attaques sipvicious de partout, comment bloquer tous les pays sauf Maroc, France et Espagne avec iptables sur le vos?`),
    no(`on veut limiter les REGISTER à 20/s par IP sur le pfSense, c'est quelle règle exactement? on a eu un flood la semaine dernière`),
    no(`Nouveau carrier ivoirien, ils demandent qu'on autorise leur range /28 en TCP 5060. Vous pouvez ajouter la règle sur la FortiGate svp?`),
    no(`je veux accéder au portail vos depuis l'extérieur, le NAT port forwarding sur mon MikroTik du 8080 vers 192.168.10.5 marche pas, dst-nat mal fait?`),
    no(`comment désactiver le SIP ALG sur FortiGate? on m'a dit que c'est ça qui cause l'audio one-way chez un client`),
    no(`kern.log:
IN=eth0 OUT= SRC=45.143.x.x DST=196.x.x.x PROTO=UDP SPT=5070 DPT=5060 LEN=432 -> DROP
plein de lignes comme ça, c'est des scanners? on laisse bloquer?`),
    no(`on migre l'ASA vers une FortiGate le weekend prochain, quelles règles sont nécessaires pour le VOS? liste des ports svp`),
    no(`Faut-tu ouvrir d'autre chose que le 5060 pour que mon client puisse appeler? Y a un SonicWall, pis y'é toute barré par défaut.`),
    no(`khoya, bghit nzid IP dial client jdid f whitelist dial iptables, chno la commande exacte bach tb9a hta mn b3d reboot? merci`),
    no(`sur AWS le security group de la VM vos, faut ouvrir quoi pour le portail web et les RTP? on installe aujourd'hui`),
    no(`notre fail2ban ne détecte pas les attaques sur vos3000, quel filtre/regex il faut pour les logs de mbx3000?`),
    no(`Notre IDS signale un scan nmap avec des SYN et des RST depuis une IP chinoise sur toute la plage de ports du vos. On la bloque comment proprement?`),
    no(`pls can you allow our monitoring server 102.x.x.x to ping and snmp the switch, it's blocked by your firewall since this morning`),
    no(`dmesg: nf_conntrack: table full, dropping packet. sur le firewall linux devant le portail web. on augmente nf_conntrack_max à combien?`),
    no(`Bonjour, notre réseau bascule sur un nouveau Fortigate demain matin à 6h, pourriez-vous whitelister 81.x.x.x dès ce soir? Merci une fois`),
    no(`on veut monter un tunnel IPsec entre le pfSense du client et le vos, c'est quelles phases et quels ports à ouvrir?`),
    no(`pfSense limite à 100 états par IP source, un carrier en ouvre plus et se fait bloquer "max-src-states reached". on augmente où?`),
    no(`Le Fortinet du client bloque le port 8080 de votre portail, ils doivent ouvrir quoi exactement pour que les recharges en ligne marchent?`),
    no(`svp mettez l'ip 154.x.x.x en liste blanche, on a été banni par erreur par votre anti-fraude hier soir`),
    no(`Transféré de mon admin réseau: "j'ai besoin de la liste des IP sources de vos serveurs de signalisation et média pour ouvrir sur notre Palo Alto"`),
    no(`ufw status montre 5060 ALLOW mais les gens disent que c'est fermé. on est sur ubuntu pour le proxy kamailio, pas sur le vos`),
    no(`Bonjour, on veut bloquer une cinquantaine d'IP qui font du scanning SIP depuis des hébergeurs. Je les mets dans un ipset ou une règle par IP?`),
    no(`Bonjour, notre service sécurité exige de restreindre l'accès SSH au serveur VOS à notre IP fixe uniquement. Pourriez-vous nous confirmer la procédure avec iptables? Cordialement`),
    no(`on a ouvert une nouvelle agence à Bamako, faut ajouter leur IP publique au geo-blocking, le Mali est bloqué par défaut chez nous`),
  ],
  negationContext: [
    no(`Juste pour info: on a eu le problème de TIME_WAIT la semaine dernière (30 000 sockets), on a activé tcp_tw_reuse et c'est réglé depuis. Rien à faire, c'est pour votre historique.`),
    no(`Si on active le mode RST, est-ce que nos téléphones derrière NAT vont se désinscrire? on hésite avant de le faire, pour l'instant rien n'est changé`),
    no(`Nos postes sont unregistered mais on est 100% en UDP et RST n'a jamais été activé chez nous. Ça a commencé juste après le changement de mot de passe des comptes.`),
    no(`le firewall drop les RST? non non, c'était une fausse alerte, le collègue lisait les logs du serveur de test. la prod est nickel`),
    no(`Question de formation: dans quel cas SS_TCP_CLOSE_RESET à On pose problème avec une FortiGate? c'est pour un quiz interne des nouveaux techniciens`),
    no(`Un ancien collègue racontait qu'en 2019 leur vos avait 40k TIME_WAIT et plus aucun appel ne sortait. Ça arrive encore avec les versions récentes? Nous on n'a jamais eu ça.`),
    no(`L'alarme "port exhaustion" de zabbix s'est déclenchée cette nuit, mais en vérifiant c'était un bug du script, 120 sockets en réalité. Ignorez.`),
    no(`On a remis RST à Off il y a 3 jours comme vous avez conseillé, les téléphones NAT sont revenus, tout est ok merci. Ticket à fermer.`),
    no(`Sur le serveur de labo (pas la prod) on a fait des tests sipp à 500 CPS et on a eu "cannot assign requested address", c'était voulu pour le test de charge. La prod va bien.`),
    no(`Salam, ma bdelna walo f config, RST mazal Off, walakin nas kaygoulo unregistered... ah non sorry, kan l'internet dial client maqtou3. c bon daba`),
    no(`RST est Off sur tous nos serveurs, vérifié ce matin. Les appels marchent. Je veux juste comprendre pourquoi le log de la FortiGate montre quelques "tcp-rst-from-client", c'est normal?`),
    no(`Le client dit que ses phones NAT étaient unregistered après activation du RST, mais c'était chez son ancien fournisseur l'année dernière. Chez nous il est en UDP, rien à faire je pense.`),
    no(`On prévoit d'activer SS_TCP_CLOSE_RESET le mois prochain pour anticiper la montée en charge. Quelles précautions prendre pour les clients qui ont un pfSense?`),
    no(`Le problème "address already in use" de ce matin c'était pas le vos, c'était le tomcat d'un autre projet sur la même machine. Résolu.`),
    no(`Inquiète-toi pas, le TIME_WAIT à 25 000 c'était sur le vieux serveur qu'on a décommissionné. Le nouveau roule à 200, pas de trouble.`),
    no(`no RST issue here, we never turned it on. just asking: does RST mode affect TLS clients?`),
    no(`Après le changement de mot de passe hier, les postes ne s'enregistraient plus, mais c'est parce que le client avait retapé l'ancien. RST n'y est pour rien, déjà réglé.`),
    no(`Le stagiaire a lu un article disant que le mode RST fait tomber les téléphones derrière un MikroTik. Chez nous tout est en UDP et RST est Off, ça nous concerne?`),
    no(`Mon ancien chef m'a raconté qu'un ASA bloquait les RST et que les appels restaient bloqués en ESTABLISHED. C'était sur un Cisco CallManager, pas sur vos. Par curiosité, ça peut arriver sur vos aussi?`),
    no(`Pour le rapport mensuel: incident du 14 (saturation des ports à 18h, 28k TIME_WAIT) clos, cause corrigée avec ip_local_port_range élargi. Aucun incident depuis.`),
    no(`Bonjour, on n'a pas activé RST, on n'a pas touché au firewall, et les appels passent très bien. Le client voulait juste un devis pour un 2e serveur.`),
    no(`Faux positif: le script de supervision disait que les téléphones NAT étaient unregistered, mais c'était le compteur qui ne se mettait pas à jour. Tous les postes sont bien enregistrés.`),
    no(`Si un jour on a des BindException sur les connexions sortantes, c'est quoi la procédure? je prépare la doc d'astreinte, pour l'instant rien de tel`),
    no(`Le serveur d'un confrère (pas chez vous, autre hébergeur) a des milliers de TIME_WAIT, il me demande conseil. Vous avez des pistes générales à lui donner?`),
    no(`[vocal] ouais salut, non non c'est bon hein, le truc du pare-feu qui bloquait les reset là c'est réglé depuis hier soir, l'ingénieur a ajouté la règle, je voulais juste vous dire merci`),
    no(`On nous a proposé de remettre RST sur Off mais on est en UDP à 100%, donc ce paramètre ne change rien pour nous, non?`),
    no(`Est-ce que la mise à jour 2.1.8 corrige le problème de TIME_WAIT? On ne l'a pas, c'est juste avant de décider si on met à jour.`),
  ],
  portExhaustion: [
    pe(`urgent!!! depuis 18h plus aucun appel sortant vers le carrier en TCP, log mbx: connect failed: Cannot assign requested address. ss -s montre timewait 28k`),
    pe(`[root@vos3000 ~]# ss -s
Total: 31245 (kernel 31502)
TCP:   30412 (estab 642, closed 29610, orphaned 3, synrecv 0, timewait 29598/0), ports 0
les appels échouent à chaque pic depuis lundi, aidez nous`),
    pe(`Bonsoir, chaque soir entre 20h et 23h les appels vers l'international tombent, et quand on redémarre le serveur ça revient pendant une heure. netstat montre 30 mille TIME_WAIT.`),
    pe(`Le switch est tout bloqué à soir, y a genre 32 000 sockets en TIME_WAIT pis les nouvelles connexions TCP vers nos carriers passent pu. Un reboot règle ça pour une couple d'heures pis ça recommence. Aidez-moi svp c'est le rush`),
    pe(`salam, f lpeak dial l3chiya les appels ma kaydouzouch, log kaygoul "bind: address already in use" 3la les connexions sortantes, w netstat fih 28.000 TIME_WAIT. mli kanredémarriw kayrje3 normal`),
    pe(`hi team, during peak (around 180 cps) the switch throws EADDRINUSE when opening new tcp connections to carriers. TIME_WAIT above 30k. please help asap`),
    pe(`Bonsoir chef, le serveur nous fatigue hein. À partir de 19h les appels ne passent plus vers nos routes TCP, on voit des milliers de TIME_WAIT, genre 27 000. Le matin ça remarche tout seul.`),
    pe(`2024-05-11 20:14:03 [ERROR] TcpTransport: create socket to 62.x.x.x:5060 failed, errno=99 (Cannot assign requested address)
2024-05-11 20:14:03 [ERROR] TcpTransport: create socket to 62.x.x.x:5060 failed, errno=99 (Cannot assign requested address)
... des centaines par seconde au pic, ça recommence tous les soirs`),
    pe(`Salam, depuis qu'on a augmenté le trafic (campagne promo) le switch rejette les appels au pic, BindException dans le log et ss donne plus de 29k sockets time_wait. La nuit tout redevient normal.`),
    pe(`Bjr, on est en train de perdre le trafic là maintenant, plus de nouvelles connexions vers les carriers en TCP. netstat -ant | grep TIME_WAIT | wc -l = 31 402. SVP rappelez-moi`),
    pe(`Transféré du support de l'éditeur: "TIME_WAIT 3万, 端口耗尽"
ils disent que c'est les ports. Nos appels sortants TCP échouent au pic depuis 3 jours, on fait quoi?`),
    pe(`[transcription note vocale] allo oui bonsoir, euh on a encore le problème là, les appels passent pas à l'heure de pointe, le log il dit adresse déjà utilisée, cannot assign, un truc comme ça, et quand on reboot ça repart. Ça fait la troisième fois cette semaine`),
    pe(`Bonjour, nous constatons à nouveau ce soir l'échec des nouvelles connexions TCP vers nos opérateurs. ss -s indique environ 26 000 TIME_WAIT pour ~220 appels/s. Le problème disparaît après 23h. Pourriez-vous intervenir rapidement?`),
    pe(`Bonsoir, notre plateforme VOS3000 refuse depuis une heure d'établir les connexions sortantes : "java.net.BindException: Cannot assign requested address" côté signalisation, et 33'000 sockets en TIME_WAIT. Merci de traiter en priorité.`),
    pe(`28k time_wait encore ce soir, appels out KO. pareil qu'hier`),
    pe(`# netstat -ant | awk '{print $6}' | sort | uniq -c
  30871 TIME_WAIT
    611 ESTABLISHED
     14 LISTEN
et les carriers TCP ne répondent plus, c'est la 4e fois ce mois`),
    pe(`Bonsoir, mon VOS chie dans ses culottes à chaque heure de pointe: cannot assign requested address vers nos trunks TCP. On est rendu à 29 mille TIME_WAIT. Ça se replace la nuit.`),
    pe(`Bonsoir, svp c'est urgent, le serveur de Tunis n'arrive plus à ouvrir de connexions TCP vers les fournisseurs dès qu'on dépasse 150 cps. Plein de TIME_WAIT (plus de 25 mille). Redémarrer règle temporairement.`),
    pe(`Transféré : "Boss, les ports sont épuisés encore, le log dit EADDRINUSE sur les connexions sortantes et les clients se plaignent que ça coupe à chaque pic"
c'est mon NOC qui m'envoie ça, vous pouvez checker le serveur 2?`),
    pe(`cat /proc/sys/net/ipv4/ip_local_port_range -> 32768 61000
ss -tan state time-wait | wc -l -> 28190
au pic plus rien ne sort vers les carriers, ça fait 2 soirs`),
    pe(`sir our vos is not making new tcp connection to carrier at night peak, error say address already in use, we restart every day now. timewait is 30,000+. what to do`),
    pe(`Bonsoir, faut nous aider dèh, le switch là chaque soir il gâte: appels sortants échouent, log montre "bind failed EADDRINUSE", TIME_WAIT plus de 30 000. On redémarre, ça marche un peu, puis ça regâte`),
    pe(`mbx log:
[TCP] connect to 41.x.x.x:5060 fail, no free local port
[TCP] connect to 41.x.x.x:5060 fail, no free local port
ss -s -> timewait 29871. c'est au pic de 21h, plus aucun appel vers ce carrier`),
    pe(`khouya 3afak, server dial VOS kaytbloka f lpeak, ma kaynch connexions jdad l les carriers, TIME_WAIT 30k+, w f lil kolchi mzyan. had lmochkil kay3awed kol nhar`),
    pe(`Chef le problème est revenu, à 20h pile les appels TCP vers Orange ne sortent plus, erreur "cannot assign requested address". Netstat montre 27.500 sockets time_wait. On a restart à 21h et ça a repris.`),
    pe(`bjr stp tjrs le mm pb, au pic ça bloque, bcp de time_wait (29k), nvelles cnx tcp ko vers carrier, pk ça revient tjrs?`),
    pe(`Bonjour Madame, Monsieur,
Nous rencontrons depuis lundi des interruptions de service en heure de pointe (18h-22h). Le softswitch ne parvient plus à ouvrir de nouvelles connexions TCP vers nos fournisseurs (erreur "Address already in use"), alors que la charge est d'environ 200 appels/s. Nous relevons jusqu'à 31 000 sockets en TIME_WAIT. Un redémarrage rétablit le service pour quelques heures.
Nous vous remercions de votre intervention.`),
    pe(`c'est quoi ce serveur de merde, encore bloqué ce soir, 30 000 TIME_WAIT et plus aucun appel sortant. je paie pour ça?? réglez moi ça maintenant`),
    pe(`Fwd de notre client grossiste: "vos connexions TCP vers notre SBC échouent chaque soir, on voit vos SYN s'arrêter net vers 21h"
chez nous ss -s affiche 28 400 timewait au même moment et le log mbx plein de cannot assign requested address`),
    pe(`Peak again: BindException on outgoing TCP, 31k TIME_WAIT, calls failing. Restart fixes it for 2h. Pls help`),
  ],
  natUnregistered: [
    nat(`bjr, depuis que vous avez activé le mode RST hier, tous nos postes derrière le MikroTik (SIP en TCP) sont unregistered. Ceux avec IP publique marchent.`),
    nat(`Salam, mn nhar li drna SS_TCP_CLOSE_RESET=On, les téléphones dial l'agence li wra NAT kayt9t3o (unregistered) kol chwiya. Les postes en UDP ma fihom walo.`),
    nat(`Allo, depuis qu'on a mis le RST à On, les softphones des employés en télétravail (en TCP, derrière leur routeur à maison) se désenregistrent aux 5 minutes. Ceux au bureau avec IP publique sont corrects.`),
    nat(`since rst mode enabled on switch, our branch office yealinks behind nat lose registration every few minutes (sip over tcp). phones with public ip fine. pls check`),
    nat(`Bonsoir, après l'activation du RST sur le vos, les postes de la succursale de Bafoussam (derrière un routeur NAT) passent en non enregistré sans arrêt. Ils sont en TCP. Ceux de Douala en IP publique ça va.`),
    nat(`Transféré de notre client: "depuis jeudi mes 12 téléphones au bureau de Sousse affichent No Service, puis reviennent, puis repartent"
Jeudi c'est le jour où on a mis SS_TCP_CLOSE_RESET à On. Ils sont en TCP derrière un routeur Huawei.`),
    nat(`[note vocale] oui allo, depuis que le technicien il a activé le truc RST là, les téléphones du bureau qui sont derrière la box ils sont tout le temps déconnectés, unregistered, alors que ceux qui ont une IP fixe ça marche. On est en TCP je crois`),
    nat(`Khoya, f l'interface vos les comptes dial les clients li 3endhom routeur (NAT) kolhom offline depuis RST On, w li 3endhom IP publique online. Transport TCP.`),
    nat(`Bonjour, depuis la modification du paramètre SS_TCP_CLOSE_RESET (passé à On mardi), nos utilisateurs à domicile en SIP/TCP perdent leur enregistrement plusieurs fois par heure. Les postes sur IP publique ne sont pas affectés. Merci de votre aide.`),
    nat(`Salam, le mode RST est activé depuis samedi pour le TIME_WAIT, mais maintenant les postes derrière NAT (agence de Thiès, MikroTik hEX) tombent unregistered en boucle. TCP. Les gateways en UDP ne bougent pas.`),
    nat(`phone   contact                      transport  state
3001    105.66.x.x:51233 (NAT)       TCP        unregistered
3002    105.66.x.x:49811 (NAT)       TCP        unregistered
4001    196.200.x.x:5060             UDP        registered
5001    41.250.x.x:5060 (public)     TCP        registered
ça a commencé quand on a mis RST On ce matin`),
    nat(`good evening, after we switch rst = on in softswitch.conf, my customer home users with zoiper over tcp behind nat are always unregistered. office phones with public ip ok. what we do`),
    nat(`Bjr, les softphones des commerciaux (en 4G, donc NAT opérateur, transport TCP) se déconnectent sans arrêt depuis l'activation du RST lundi. Le poste fixe avec IP publique reste enregistré.`),
    nat(`bjr stp depuis RST on, postes ds NAT en tcp tjrs unregistered, ceux ip publique ok. on fait koi`),
    nat(`Vous avez activé votre RST sans nous prévenir et maintenant TOUS mes postes derrière NAT sont déconnectés!!! Mes clients en TCP ne peuvent plus recevoir d'appels. Remettez comme avant!!`),
    nat(`Bonjour, depuis l'intervention de vendredi (activation de SS_TCP_CLOSE_RESET), les téléphones Snom de notre succursale de Fribourg, derrière un routeur NAT Zyxel et enregistrés en TCP, apparaissent régulièrement comme non enregistrés. Les postes en UDP fonctionnent. Meilleures salutations.`),
    nat(`Bonjour mon cher, depuis qu'on a mis le RST les phones derrière le routeur Mikrotik de Lubumbashi perdent l'enregistrement chaque 2-3 minutes, TCP. Les gateways avec IP publique restent vertes.`),
    nat(`Ça fait deux jours que le RST est allumé pis mes clients résidentiels derrière leur modem Bell sont toute déconnectés, la registration saute. En TCP. Les commerciaux avec IP statique, aucun problème.`),
    nat(`tcpdump côté vos :
14:02:11.231 IP 10.0.0.1.5060 > 105.158.x.x.50312: Flags [R.], seq 1, ack 1, win 0
14:02:41.118 IP 105.158.x.x.50312 > 10.0.0.1.5060: Flags [P.], REGISTER sip:...
14:02:41.119 IP 10.0.0.1.5060 > 105.158.x.x.50312: Flags [R], seq 0
le routeur NAT du client garde l'ancien mapping et le tel reste unregistered. ça depuis RST On`),
    nat(`Transféré de mon technicien: "Les postes de la clinique (Grandstream, TCP, derrière le routeur NAT) sont tous rouges depuis ce matin, j'ai vu qu'on a mis RST à On hier soir"
Vous confirmez que c'est lié?`),
    nat(`Bonjour, on a suivi votre conseil d'activer le RST contre les TIME_WAIT, ça a marché, mais depuis les clients NAT en TCP ne restent plus enregistrés. Les autres (UDP) ok.`),
    nat(`RST on since yesterday -> all NATed TCP phones unregistered. public IP ones fine.`),
    nat(`Bonjour à toute l'équipe,
Depuis l'activation du mode RST mercredi soir, nous avons trois sites (Rabat, Fès, Agadir) dont les postes passent derrière un routeur NAT et s'enregistrent en TCP : ils perdent l'enregistrement plusieurs fois par heure et les appels entrants n'arrivent plus. Notre siège, en IP publique, n'a aucun souci.
Merci de nous dire quoi faire.`),
    nat(`Depuis que le paramètre reset est On, les téléphones de nos abonnés ADSL (derrière box Camtel) sont offline, ils s'enregistrent 30 secondes puis disparaissent. Nos clients fibre avec IP publique fonctionnent. Tout est en TCP.`),
    nat(`RST On => les telephones wra NAT ghir unregistered, TCP. li b IP publique labas. 3afak chof m3ana`),
    nat(`Dans "Online phone" du portail je vois seulement 40 postes sur 300 depuis l'activation du RST. Les 260 manquants sont tous derrière NAT en TCP.`),
    nat(`C'est normal que depuis qu'on a activé SS_TCP_CLOSE_RESET nos téléphones derrière NAT (TCP) n'arrêtent pas de se désinscrire? les IP publiques sont stables`),
    nat(`[vocal] bon le problème là, depuis qu'ils ont mis RST là, les téléphones qui sont derrière le routeur ils sont plus registrés, ça fait depuis hier. Ceux qui ont l'IP publique ça va. On est en TCP`),
    nat(`Mes clients particuliers (Linksys SPA derrière box, transport TCP) perdent l'enregistrement depuis mercredi, le jour du passage en mode RST. Les SPA en UDP ne sont pas touchés.`),
    nat(`Sur le MikroTik de l'agence les connexions TCP vers le vos restent en established alors que le vos les a coupées par RST, et les postes derrière ne se réenregistrent plus (unregistered sur le portail). Ça a commencé avec RST On.`),
  ],
  firewallRst: [
    fw(`bjr, depuis l'activation du mode RST les appels vers notre carrier derrière leur FortiGate échouent, le log fortigate montre les RST droppés (invalid). Les connexions restent ESTABLISHED chez eux.`),
    fw(`date=2024-06-02 time=21:14:07 type="traffic" subtype="forward" srcip=196.x.x.x srcport=5060 dstip=10.1.1.5 dstport=41822 proto=6 action="deny" msg="iprope_in_check() check failed, drop" tcpflags="RST"
des centaines comme ça depuis qu'on a mis RST On. les appels se bloquent`),
    fw(`Le pfSense du client bloque les paquets RST du vos depuis qu'on a mis SS_TCP_CLOSE_RESET On (state mismatch, flags R). Résultat les appels restent bloqués, la connexion TCP est morte côté vos mais vivante côté client.`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 203.x.x.x/5060 to 10.20.0.8/46211 flags RST on interface outside
%ASA-6-106015: Deny TCP (no connection) from 203.x.x.x/5060 to 10.20.0.8/46233 flags RST on interface outside
depuis RST on chez vous, nos appels échouent une fois sur deux`),
    fw(`iptables LOG: INVALID IN=eth0 SRC=196.x.x.x PROTO=TCP SPT=5060 DPT=39012 RST
nos règles conntrack droppent ces RST, et depuis RST On les nouveaux appels partent en timeout`),
    fw(`On est sur Azure avec un NSG stateful devant notre SBC. Depuis RST On chez vous, les appels vers vous restent en attente puis échouent; notre côté voit encore la connexion ouverte alors que vous l'avez fermée.`),
    fw(`Depuis qu'on a activé le RST, le SonicWall du client logue "TCP packet received on non-existent/closed connection; TCP packet dropped" et ses appels sonnent dans le vide.`),
    fw(`Depuis que le RST est à On, les appels qui passent par le Fortinet de mon client restent pognés, ça sonne pas, ça coupe pas. Leur firewall mange les RST pis garde la connexion ouverte de son bord.`),
    fw(`salam, mn drna RST On, les appels li kaydouzo 3la pfSense dial client kaytbloquaw. f logs dial firewall kayban RST dropped (invalid). la connexion kat9 ESTABLISHED 3ndhom.`),
    fw(`since you enabled rst close mode, all calls to us through our asa firewall hang. asa drops the rst as no connection, our sbc still see tcp established. fix pls`),
    fw(`Bonsoir, le carrier de Yaoundé se plaint: depuis mardi (activation RST) ses appels vers nous échouent. Leur FortiGate rejette nos RST et garde des sessions à moitié ouvertes.`),
    fw(`Bonjour, depuis le passage de SS_TCP_CLOSE_RESET à On, les appels via le pare-feu Sophos de l'agence échouent. Le journal du Sophos indique des RST rejetés (invalid state). Pourriez-vous vérifier?`),
    fw(`tcpdump sur le WAN du firewall:
21:04:55.120 IP vos.5060 > 10.9.0.4.39222: Flags [R], seq 88121
(rien côté LAN, le firewall ne le fait pas suivre)
puis le SBC derrière envoie l'INVITE suivant sur la même connexion -> timeout. Ça depuis RST On`),
    fw(`Bonsoir, depuis l'activation du mode RST sur votre softswitch, nos appels transitant par notre pare-feu Check Point échouent de manière intermittente. Les logs montrent des RST rejetés ("out of state"). Côté SBC, les connexions TCP restent établies. Merci de votre retour.`),
    fw(`[note vocale transcrite] oui bonjour, alors depuis que vous avez mis le reset là, les appels qui passent par notre firewall ils bloquent, ça sonne pas, et notre gars réseau il dit que le firewall il jette les paquets RST`),
    fw(`Bjr, les appels du client d'Abidjan passent plus depuis RST On. Son pfSense drop les RST, ses connexions TCP vers nous restent ouvertes pour rien et les INVITE partent dans le vide.`),
    fw(`conntrack -L | grep dport=5060 | grep ESTABLISHED | wc -l
4812
alors que le vos n'a que 300 connexions. Depuis RST, les RST sont marqués INVALID et droppés par notre iptables, appels KO`),
    fw(`stp depuis RST on appels ko via fortigate, logs: rst dropped. cnx restent established coté client. urgent`),
    fw(`Qui a activé ce RST?? Notre FortiGate jette tous vos resets et nos appels tombent dans le vide depuis ce matin. Corrigez ça immédiatement.`),
    fw(`Fwd de l'admin réseau du client: "depuis le 12, notre Palo Alto logue des 'TCP RST out of window / non-syn' venant de votre IP, et nos appels sortants via vous échouent"
Le 12 c'est quand on a mis RST On.`),
    fw(`Notre VM est sur AWS derrière un Network Firewall stateful. Depuis RST On, les appels vers le carrier X échouent; dans les logs du firewall: "stream: packet with RST out of state, dropped".`),
    fw(`Mon frère, depuis l'activation du RST, les appels de la succursale de Goma (derrière un Fortigate 60F) restent bloqués à la numérotation. Le Fortigate montre des RST drop, la session reste ouverte.`),
    fw(`Bonjour, après activation du RST, les appels vers le client de Sfax (derrière ASA 5506) échouent. Sur l'ASA on voit "Deny TCP (no connection) ... flags RST". Les connexions restent half-open chez eux.`),
    fw(`Dear support, since the change of SS_TCP_CLOSE_RESET to On last Friday, our calls towards your switch through our stateful firewall fail randomly. Firewall logs show your RST packets dropped as invalid, and our side keeps the TCP sessions in ESTABLISHED state for minutes. Kindly advise.`),
    fw(`Bonjour, depuis que SS_TCP_CLOSE_RESET est passé à On, notre pfSense signale de nombreux paquets RST bloqués (state violation) et environ un appel sur trois échoue. Côté opérateur la connexion reste ESTABLISHED. Merci une fois de regarder.`),
    fw(`Salut, depuis l'activation du RST, le firewall Meraki du client (stateful) flushe pas ses sessions, les appels restent gelés pis échouent. Les logs montrent les RST droppés.`),
    fw(`Les appels passent bien tant que le client n'est pas derrière son firewall. Derrière la FortiGate: échec depuis qu'on a mis le RST. diagnose debug flow: "no session matched" sur les paquets RST, dropped.`),
    fw(`RST On => FortiGate kayjeter les RST, les appels ma kaydouzouch, sessions ESTABLISHED b9aw 3ndhom. 3awnouna`),
    fw(`Le SBC de notre partenaire garde des centaines de connexions TCP half-open vers nous depuis l'activation du RST, son iptables (conntrack) rejette nos RST comme INVALID. Leurs appels entrants échouent.`),
    fw(`[vocal] allo chef bonsoir, c'est Serge de Douala. Depuis que vous avez mis le RST vendredi là, les appels du client qui est derrière le pfSense ne passent plus bien, ça reste bloqué. Son informaticien dit que le pfSense rejette les RST et que les connexions restent ouvertes de leur côté. Faut regarder svp`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning233Set: readonly EvalItem[] = Object.values(tuning233Families).flat();
