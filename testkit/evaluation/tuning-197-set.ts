import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Carriers, call centres and telecom resellers writing French: France (about 35%), Belgium and Switzerland (15%),
 * Quebec (20%, joual: "pis", "ben", "c'est plate"), French-speaking Africa (15%) and Haiti (15%, Haitian Creole
 * mixed with French: "li pa mache", "nou"), with and without accents, SMS style ("stp", "svp", "pb", "qd", "tjs"),
 * English technical words and pasted output; numbers as "30 000", "30'000", "30k", "30 mille", "septante", "nonante";
 * greetings from "Bonjour" and "Bon matin" to "Bonjou", "Sa k pase" and "grand frère".
 *
 * The hundred-and-ninety-seventh tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-ninety-seventh never-tuned set, before the sixty-ninth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-ninth round, then made tuning
 * material for the seventieth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 91.1 %, negatives confident 2.2 %, confident wrong 0 % with the rules of
 * the sixty-eighth round, before the sixty-ninth.
 * After the sixty-ninth round: the same.
 * After the seventieth round, tuned on: in scope 91.1 %, negatives confident 1.5 %, confident wrong 0 %; after more tuning
 * in the same round: in scope 97.8 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning197Families = {
  oneListeningPort: [
    no(`Bonjour, après reboot du serveur le portail web VOS3000 ne démarre plus, dans catalina.out j'ai : java.net.BindException: Address already in use (Bind failed) sur 8080. Un autre process tient le port ? Comment je trouve lequel ?`),
    no(`slt, nginx veut pas demarrer sur le serveur de facturation : bind() to 0.0.0.0:80 failed (98: Address already in use). apache tourne encore je pense. je fais quoi stp`),
    no(`Bon matin, mon mysql part pas depuis tantôt, y dit que le port 3306 est déjà utilisé. Ben j'ai checké, y'a un vieux mysqld qui roule encore. Je le kill-tu ou ça va briser la switch? c'est plate en maudit`),
    no(`Bonjou, apre nou restart server a, mbx3000d pa vle monte. log la di "bind 5060 failed: Address already in use". gen yon vye process ki toujou kenbe port 5060 la. kijan pou m touye l san m pa kraze anyen? mèsi`),
    no(`Bonsoir grand frère, le docker de notre portail client refuse de démarrer : Error starting userland proxy: listen tcp4 0.0.0.0:8443: bind: address already in use. C'est le conteneur de l'ancien portail qui tourne encore je crois. Comment on fait ?`),
    no(`Bonjour, depuis le redémarrage du serveur, le Redis de notre outil de reporting ne se lance plus : "Could not create server TCP listening socket *:6379: bind: Address already in use". Savez-vous si VOS3000 utilise aussi le 6379 ?`),
    no(`Bonjour, petite question : sur mon laptop de dev, le serveur node de l'API de provisioning crashe au lancement avec EADDRINUSE :::3000. Rien à voir avec le softswitch je pense, mais un collègue dit que c'est lié au RST. Vous confirmez que non ? Meilleures salutations`),
    no(`systemctl status httpd
● httpd.service - The Apache HTTP Server
   Active: failed (Result: exit-code)
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
Le portail https est down depuis ce matin, les revendeurs ne peuvent plus se connecter. Les appels passent normalement.`),
    no(`Bonjour, apres la mise a jour le service mbx3000d refuse de demarrer : "Address already in use" sur le port 5060. Un ps montre un ancien mbx3000d zombie qui ecoute encore. Je le kill -9 ou il y a une procedure propre ?`),
    no(`Salut, le webserver de VOS (port 80) part pu depuis que le gars de l'IT a installé un nginx pour son monitoring. Address already in use. Faque c'est lui qui prend le port 80 pis je peux-tu changer le port du portail ?`),
    no(`bonswa, softphone la sou laptop mwen pa ka louvri port 5060 li, li di address already in use. se paske Zoiper deja louvri sou menm laptop la? nou sou UDP wi`),
    no(`Bjr, svp notre script python qui recoit les CDR ne demarre plus : OSError: [Errno 98] Address already in use sur 9000. pb depuis qu'on a installé portainer, qui ecoute aussi sur 9000 je crois. merci`),
    no(`Bonjour, snmpd ne démarre plus sur le serveur VOS : "Error opening specified endpoint udp:161", address already in use. Visiblement un deuxième snmpd a été lancé par un script de l'ancien prestataire. Lequel je garde ?`),
    no(`Bonjour, on a migré le portail sur une nouvelle VM et Tomcat n'écoute plus : "Le port 8080 requis par Tomcat v7.0 est déjà utilisé". Nonante pour cent sûr que c'est Jenkins qui tourne sur la même VM. On peut juste changer le port du connector ?`),
    no(`Allo, j'ai redémarré le service pis là y me dit "Address already in use" pour le port 5060 TCP au démarrage. ss -ltnp me montre un vieux process mbx3000d pid 2231 qui écoute encore. Est-ce que je peux le tuer sans danger?`),
    no(`Bonjour à vous, l'agent zabbix refuse de démarrer sur le serveur de Ouagadougou : "cannot listen on port 10050: address already in use". On a peut-être deux agents installés. Merci de nous orienter.`),
    no(`Bonjou tanpri, MySQL sou server VOS la pa vle demare ankò. li di port 3306 deja itilize. mwen panse se yon lòt MySQL teknisyen an te enstale. sa pou m fè?`),
    no(`hello, le portail revendeur en container docker : Bind for 0.0.0.0:80 failed: port is already allocated. y a un autre conteneur nginx de test qui traîne. je peux le supprimer sans risque ?`),
    no(`Bonjour, notre IVR maison (un asterisk sur la même machine, oui je sais...) ne démarre plus : "Unable to bind to 0.0.0.0:5060: Address already in use". Le softswitch utilise évidemment le 5060. On peut mettre l'asterisk sur 5080 ? Merci d'avance`),
    no(`# netstat -tlnp | grep 8080
tcp   0   0 0.0.0.0:8080   0.0.0.0:*   LISTEN   1432/java
Le nouveau tomcat ne démarre pas car l'ancien tient encore le 8080 (address already in use). Le PID 1432 c'est l'ancien portail ? je peux le stopper ?`),
    no(`Y'a le service de callback web qui plante au boot : EADDRINUSE 0.0.0.0:8000. C'est ben juste lui, le reste de la switch marche. Comment je trouve qui tient le port?`),
    no(`On dit quoi l'équipe, ici Abidjan. Après la coupure de courant le serveur est revenu mais le portail ne s'ouvre pas. Log : "Address already in use: JVM_Bind" sur 8080. Les appels eux passent bien. Merci`),
    no(`Bonjou, nou enstale yon nouvo panel pou revandè yo e li pa ka koute sou port 443 paske apache deja la (address already in use). èske m ka mete l sou 8443?`),
    no(`Bonjour, je voulais lancer sipp en mode serveur sur le même serveur pour des essais de charge et j'ai "Socket error while binding: Address already in use" sur 5060. Normal vu que le softswitch écoute dessus je suppose ? Quel port vous conseillez ?`),
    no(`Allo, le webmin part pu sur 10000 : "Failed to bind to port 10000 : Address already in use". Y'a un vieux miniserv.pl qui roule encore. Je le tue-tu?`),
    no(`bjr, snmptrapd tjs planté au démarrage : "couldn't open udp:162 -- errno 98 (Address already in use)". 2 instances lancées apparemment. svp comment je nettoie ?`),
    no(`Bonjour, Dakar ici. Le portail ne démarre plus depuis qu'on a installé le serveur web du site de la société sur le même VPS : "Address already in use" port 80. Les deux peuvent cohabiter sur un seul VPS ?`),
  ],
  otherRegistrationCause: [
    no(`Bonjour, depuis ce matin 40 postes de notre client call center apparaissent non enregistrés. On a changé les mots de passe SIP hier soir sur le portail mais le client n'a pas mis à jour ses téléphones. Les logs montrent 401 Unauthorized en boucle. C'est forcément ça ?`),
    no(`slt, les softphones de mon revendeur sont tous unregistered depuis hier, il a pas payé son solde et le compte est suspendu je crois. vous pouvez confirmer svp ?`),
    no(`Bonjour, y'a une panne d'Hydro dans le coin de Laval depuis 6h, faque tous les téléphones du bureau du client sont offline sur le portail. Ça va-tu se réenregistrer tout seul quand le courant revient?`),
    no(`Bonjou, tout telefòn kliyan nou yo Pétion-Ville pa anrejistre depi maten. Digicel di fib la koupe. Èske lè entènèt la tounen yo ap anrejistre otomatikman? mèsi`),
    no(`Bonjour, les gateways GoIP de notre client à Douala ne sont plus enregistrées depuis qu'il a changé de fournisseur internet (Camtel vers MTN). Nouvelle IP publique, et on avait restreint le compte à l'ancienne IP. On est en UDP. Il faut modifier quoi dans VOS ?`),
    no(`Bonjour, nos abonnés derrière des box Proximus perdent l'enregistrement toutes les quelques minutes. Le technicien dit que c'est le SIP ALG de la box. Tout est en UDP chez nous, rien en TCP. Comment désactiver ça proprement ?`),
    no(`Bonjour, depuis le renouvellement le portail affiche "License expired" et plus aucun téléphone ne s'enregistre. Pouvez-vous nous envoyer la nouvelle licence svp ? La facture a été payée la semaine passée. Meilleures salutations`),
    no(`REGISTER sip:sbc.voixpro.fr SIP/2.0
...
SIP/2.0 403 Forbidden
Bonjour, le trunk vers notre opérateur reste unregistered, 403 Forbidden à chaque REGISTER depuis que l'opérateur a renouvelé nos identifiants. Je dois saisir les nouveaux où exactement ?`),
    no(`Salut, mes Grandstream sont tous unregistered depuis qu'on a changé le nom DNS du serveur (sip.ancien.ca vers voip.nouveau.ca). J'ai oublié de changer le DNS dans le provisioning je pense. Pis là, y'a-tu moyen de les pousser à distance?`),
    no(`bjr, ya 15 postes pas enregistrés chez le client a Lome depuis ce matin, le switch du bureau est grillé apparemment (orage). le reste marche. on attend le nouveau switch c'est ca ?`),
    no(`Sa k pase, nou gen yon kliyan ki di tout softphone li yo pa konekte. Lè m tcheke, kont li ekspire depi 30 jen. Kijan pou m renouvle kont lan nan portal la?`),
    no(`Bonjour, un client a déménagé ses bureaux et depuis les Yealink affichent "Account unregistered". Nouvelle box, nouveau routeur. On a toujours été en UDP 5060, jamais en TCP, et rien n'a changé sur le softswitch. Par quoi je commence ?`),
    no(`Les postes du client restent "non enregistré" depuis qu'on a migré le serveur vers une nouvelle IP (51.x vers 145.x). Les téléphones pointent encore sur l'ancienne IP en dur. Je dois les reconfigurer un par un ?`),
    no(`Bonjour, un client à Liège a changé le mot de passe du compte SIP principal dans son interface mais pas dans les téléphones. Depuis, 401 en boucle et tout est désenregistré. Vous pouvez remettre l'ancien mot de passe ?`),
    no(`Bon, ça fait trois fois c'te semaine que les téléphones du resto sont déconnectés. Le proprio débranche la switch réseau le soir pour sauver de l'électricité. Pas de farce. Y'a-tu un moyen d'avoir une alerte quand y se désenregistrent?`),
    no(`Bonsoir, ici Kinshasa. Les terminaux de nos agents ne s'enregistrent plus depuis ce soir, les coupures SNEL ont vidé l'onduleur et le routeur est éteint. C'est pas côté serveur hein ? Merci de confirmer.`),
    no(`Bonswa, telefòn yo nan biwo Cap-Haïtien an pa anrejistre ankò. Teknisyen an te chanje modpas wifi a e li chanje IP routeur la tou. nou itilize UDP sèlman. kisa pou nou fè?`),
    no(`Bjr, les comptes de mon sous-revendeur sont tous unregistered, j'ai vu dans le portail "compte verrouillé : solde insuffisant". Je recharge et ça repart tout seul ? merci`),
    no(`Bonjour, le client dit que ses téléphones sont unregistered depuis ce matin. Leur pare-feu n'a pas changé et le mode RST n'a pas été touché. Par contre leur FAI (Free) a changé leur IP publique et on avait mis une restriction d'IP sur le compte. Je mets juste la nouvelle IP ?`),
    no(`Bonjour, nos natels avec le softphone Linphone perdent l'enregistrement dès qu'ils passent du wifi à la 4G, Swisscom change l'IP à chaque fois. C'est du SIP UDP, expire à 3600. C'est normal ?`),
    no(`Allo, les Polycom du bureau de Sherbrooke s'enregistrent pu depuis à matin, 401 Unauthorized dans la trace. Le client a remis les téléphones aux paramètres d'usine hier, faque y'ont pu les credentials. J'peux-tu les reprovisionner à distance?`),
    no(`Bonjour chef, nos gateways GSM à Bamako sont unregistered parce que le compte a été désactivé pour impayé apparemment. Le client dit qu'il a payé par Orange Money ce matin. Quand est-ce que ça se réactive ?`),
    no(`bonjou, nou chanje non DNS server la pou sip.nou.ht, men yo pa mete ajou anrejistreman A a. kounye a pa gen okenn telefòn ki anrejistre. se DNS la sèlman, pa vre?`),
    no(`Bonjour, un poste en particulier (ext 214) passe régulièrement unregistered. Câble réseau abîmé, le voyant clignote. Je voulais juste savoir si VOS garde l'historique des désenregistrements pour le montrer au client.`),
    no(`Les téléphones de la clinique sont unregistered depuis que Vidéotron a remplacé leur modem. Le nouveau modem a le SIP ALG activé par défaut pis on est en UDP. Comment je le désactive sur un Helix?`),
    no(`Bonjour, depuis la coupure de courant de cette nuit à Namur, nonante postes chez un client sont non enregistrés. Le courant est revenu mais leur switch PoE est toujours HS. Rien de notre côté ?`),
    no(`Bonjour, "Registration failed: 404 Not Found" sur tous les postes d'un client depuis que j'ai supprimé et recréé son compte sous un autre nom. Je suppose que les usernames ne correspondent plus ?`),
  ],
  smallFigures: [
    no(`Bonjour, question de curiosité : c'est quoi exactement l'état TIME_WAIT ? J'en vois 212 sur notre serveur ce matin, c'est grave ?`),
    no(`Total: 612
TCP:   389 (estab 142, closed 201, orphaned 0, timewait 198)
c'est normal ça pour un serveur à 15 CPS ? merci`),
    no(`Salut, petite question. Mon boss veut savoir ce que fait exactement le paramètre SS_TCP_CLOSE_RESET pis si on devrait l'activer. On est à genre 5 appels/seconde en pointe. Ça vaut-tu la peine?`),
    no(`Bonjou, si nou aktive RST mode la, èske telefòn ki dèyè NAT yo ap gen pwoblèm? nou poko aktive l, nou jis vle konnen avan.`),
    no(`Bonjour Monsieur, nous préparons la montée en charge pour la campagne de fin d'année. Actuellement 300 TIME_WAIT en pointe, 20 CPS. À partir de combien faut-il s'inquiéter pour les ports ?`),
    no(`Bonjour, lors de notre contrôle mensuel on a relevé 450 connexions en TIME_WAIT et une plage de ports 32768-60999. Est-ce qu'on a de la marge ou faut-il élargir ip_local_port_range ?`),
    no(`Bonjour, une question théorique : avec le RST activé, les FortiGate vont-ils droper les paquets ? On n'a rien activé, c'est pour répondre à un appel d'offres. Meilleures salutations`),
    no(`slt, ss -tan | grep TIME-WAIT | wc -l me donne 87. c normal ? le serveur est calme, c dimanche`),
    no(`Bonjour, est-ce que tcp_tw_reuse=1 est recommandé sur VOS3000 ou c'est risqué ? On n'a aucun souci, c'est pour la check-list d'installation du nouveau serveur.`),
    no(`Bon matin, c'est quoi la différence entre fermer une connexion avec FIN pis avec RST? Le gars du NOC m'a parlé de ça pis j'ai rien compris 😅`),
    no(`Bonjour, bilan santé serveur Ouaga : netstat montre 120 TIME_WAIT, 60 ESTABLISHED, charge 0.3. Tout va bien selon vous ? On veut juste un avis.`),
    no(`bonswa, m wè 340 koneksyon TIME_WAIT sou server a. èske se nòmal pou 8 CPS? pa gen pwoblèm ak apèl yo, m jis ap verifye.`),
    no(`net.ipv4.ip_local_port_range = 32768	60999
net.ipv4.tcp_tw_reuse = 0
Valeurs par défaut sur notre VOS. On tourne à 10 CPS max. Faut changer quelque chose ou on laisse ?`),
    no(`Bonjour, je rédige la documentation interne. Pouvez-vous me confirmer que SS_TCP_CLOSE_RESET n'a aucun effet si tous nos trunks sont en UDP ? Merci d'avance.`),
    no(`Allo! Si on passe nos clients en SIP TCP l'an prochain, ça va-tu générer ben des TIME_WAIT? On est à 30 mille appels par jour, pas par heure, faque pas gros.`),
    no(`Question : "cannot assign requested address", ça veut dire quoi exactement ? Je l'ai lu dans un forum sur VOS3000, nous on ne l'a jamais eu, c'est pour comprendre.`),
    no(`bjr, combien de ports ephemeres dispo par defaut sur CentOS 7 svp ? on a 2k appels/h en pointe, on veut savoir si on est loin de la limite`),
    no(`Bonjou, sa SS_TCP_CLOSE_RESET la fè egzakteman? nou pa manyen l, li toujou sou Off. mwen jis vle konprann pou rapò teknik la.`),
    no(`Bonjour, j'ai lancé ss -s sur le serveur de secours (aucun trafic), ça donne timewait 12. Je suppose que c'est les connexions du monitoring ? Rien d'inquiétant ?`),
    no(`Bonjour, combien de TIME_WAIT considérez-vous comme normal pour un serveur à septante appels simultanés ? Chez nous on en compte environ 250. C'est juste pour calibrer nos alertes Zabbix.`),
    no(`Hey, pour notre formation interne : pourquoi le RST ça peut fâcher les routeurs NAT? On l'utilise pas, c'est juste pour expliquer aux nouveaux techs.`),
    no(`Bonjour, on a 1 200 TIME_WAIT à 18h sur un serveur qui fait 25 CPS, tous les appels passent, aucune erreur dans les logs. C'est dans la norme ?`),
    no(`Salut l'équipe, ici Cotonou. Est-ce que le mode RST peut réduire la latence des appels ? Un consultant nous l'a proposé. Nous n'avons aucun souci de ports actuellement, 150 TIME_WAIT max.`),
    no(`bonjou, kisa TIME_WAIT vle di? m wè l nan netstat la, gen anviwon 60. se pa yon pwoblèm non?`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     45 ESTABLISHED
     12 LISTEN
    301 TIME_WAIT
Audit trimestriel, rien à signaler côté appels. Vous validez ?`),
    no(`C'est-tu normal que le nombre de TIME_WAIT monte à 400 pendant le backup de la nuit pis redescende après? Pas d'erreur pantoute, juste curieux.`),
    no(`Bonjour, avant de passer en production on voudrait savoir : si on active SS_TCP_CLOSE_RESET, faut-il prévoir des règles spéciales sur notre pfSense ? Pour l'instant c'est Off.`),
  ],
  firewallNoRst: [
    no(`Bonjour, pouvez-vous nous indiquer quels ports ouvrir sur notre FortiGate pour le nouveau serveur VOS3000 ? SIP 5060 UDP/TCP et la plage RTP, c'est bien 10000-20000 ?`),
    no(`slt, fail2ban a banni l'IP de mon plus gros client ce matin (trop de 401). comment je le débannis stp ? urgent il peut plus appeler`),
    no(`Salut, faut whitelister la nouvelle IP de notre carrier (Telus) dans iptables. C'est quoi la commande pis est-ce que ça survit au reboot?`),
    no(`Bonjou, nou vle bloke tout peyi ki pa Ayiti, USA ak Kanada sou firewall la paske gen moun k ap eseye hack SIP la. kijan pou n fè geo-blocking sou pfSense?`),
    no(`Bonjour, notre prestataire veut revoir la config de notre Cisco ASA avant la mise en production. Pouvez-vous nous envoyer la liste des flux nécessaires pour VOS3000 ? Merci d'avance.`),
    no(`Bonjour, le client a un Sophos XG et veut savoir s'il doit désactiver le SIP ALG (SIP helper). Les appels sont en UDP. Votre recommandation ?`),
    no(`Bonjour, nous devons faire une redirection de port sur le routeur du client pour un IP-PBX derrière NAT vers notre softswitch. Quels ports exactement ? Merci, meilleures salutations`),
    no(`-A INPUT -s 185.53.88.0/24 -j DROP
J'ai ajouté ça pour bloquer les scanners SIP (friendly-scanner). C'est suffisant ou vous conseillez autre chose ?`),
    no(`Bonjour, on voit des milliers de REGISTER depuis des IP étrangères dans les logs (sipvicious). Le firewall n'a aucune règle. Comment limiter ça avec iptables sans bloquer nos clients ?`),
    no(`Allo, mon pfSense a le package siproxd, je devrais-tu le désactiver? Pis faut-tu ouvrir le 5060 TCP en plus du UDP? On fait juste de l'UDP pour l'instant.`),
    no(`bjr, svp le nouveau carrier de Nairobi nous demande d'ouvrir notre firewall pour leurs 2 IP. c'est dans le menu VOS ou sur le serveur directement ? merci`),
    no(`bonswa, fail2ban bloke IP biwo nou an paske yon anplwaye te mete move modpas plizyè fwa. kijan pou m retire IP a nan jail la?`),
    no(`Bonjour, MikroTik chez le client : on veut créer une règle dst-nat 5060 vers l'IP du PBX interne. Vous avez un exemple de config ?`),
    no(`Bonjour, l'audit sécurité demande qu'on ferme le port 8080 du portail vers l'extérieur et qu'on ne le laisse ouvert qu'aux IP de nos revendeurs. Quelle est la bonne façon de faire avec firewalld ?`),
    no(`Bonjour, on change notre FortiGate 60E pour un 100F le weekend prochain. Y'a-tu des paramètres spéciaux à reprendre pour la VoIP (session helpers, timers)? Aucun problème présentement, c'est de la planif.`),
    no(`Bonjour, le client nous a envoyé ses règles ASA pour revue. Aucun souci de trafic, il veut juste savoir si c'est propre :
access-list OUTSIDE_IN extended permit udp host 203.0.113.10 any eq sip
access-list OUTSIDE_IN extended permit udp host 203.0.113.10 any range 10000 20000`),
    no(`Bonjour grand frère, on a activé le geo-blocking sur le FortiGate (tout bloqué sauf Cameroun et France) et maintenant un revendeur au Gabon ne peut plus se connecter au portail. On ajoute juste le Gabon c'est ça ?`),
    no(`Bonjou, ki pò pou m louvri pou kliyan yo ka konekte sou portal web la? 8080 sèlman oswa 80 tou?`),
    no(`hello, tjs les scans SIP la nuit. on a mis un rate limit iptables sur 5060, vous validez la regle ? je colle :
-A INPUT -p udp --dport 5060 -m hashlimit --hashlimit-above 20/sec --hashlimit-mode srcip --hashlimit-name sip -j DROP`),
    no(`Bonjour, notre pare-feu Sophos bloque les e-mails de notification du portail (SMTP sortant 587). Rien à voir avec la voix, mais pouvez-vous nous dire quelle IP le portail utilise pour sortir ?`),
    no(`Ben là, le client veut qu'on désactive le SIP ALG sur son routeur Cisco pis il sait pas comment. C'est "no ip nat service sip udp port 5060", c'est ben ça?`),
    no(`Bonjour, l'IP d'un client a été blacklistée automatiquement par la protection anti-attaque de VOS (trop de tentatives). Il a corrigé son mot de passe, comment je le retire de la liste ?`),
    no(`Bonsoir, Brazzaville ici. Le fournisseur nous conseille d'installer un pfSense devant le VOS. Est-ce une bonne idée et quelles règles de base on met ? On part de zéro.`),
    no(`sa k pase, nou vle mete yon whitelist pou se sèlman IP carrier nou yo ki ka rive sou 5060. nou gen 4 carrier. èske m ka fè sa nan iptables san m pa bloke kliyan yo?`),
    no(`Bonjour, nous ouvrons un nouveau POP à Marseille. Quelles règles NAT 1:1 faut-il prévoir sur le firewall Stormshield devant le softswitch ? Merci pour la doc.`),
    no(`Allo, j'ai besoin d'ouvrir l'accès SSH juste pour votre IP de support sur notre iptables. C'est quoi votre IP fixe?`),
    no(`Bonjour, question pfSense : on a une règle de port forward 5060 UDP vers le VOS, faut-il cocher "Static port" dans l'outbound NAT pour les téléphones derrière ? On prépare la migration.`),
  ],
  negationContext: [
    no(`Bonjour, pour info le problème de TIME_WAIT de la semaine dernière est réglé depuis qu'on a élargi ip_local_port_range. Ce soir en pointe : 900 TIME_WAIT, zéro erreur. Merci à toute l'équipe !`),
    no(`bjr, juste pr dire que les postes unregistered c'etait bien le mot de passe changé par le client, pas le RST. tout est revenu. merci`),
    no(`Salut, on a des téléphones qui tombent unregistered, mais on est en UDP seulement pis le RST est à Off, jamais touché. Le client a changé de routeur hier. Faque c'est sûrement pas le truc TCP dont vous parliez, non?`),
    no(`Bonjou, m voye tikè sa a pou achiv sèlman. pwoblèm lan te rezoud mwa pase: "Apre nou aktive RST, telefòn yo pa t anrejistre" -> nou te remete Off. kounye a tout bagay mache. mèsi anpil`),
    no(`Bonjour, le problème d'épuisement des ports qu'on avait en mars a été résolu avec tcp_tw_reuse. Depuis, plus jamais eu de "cannot assign requested address". Le directeur demande un rapport de clôture, vous pouvez nous aider à le rédiger ?`),
    no(`Bonjour, je vous transfère l'ancien ticket pour le dossier (résolu le 12) :
> Objet : FortiGate droppe les RST
> Après activation du mode RST, le Forti logguait "no session matched".
> Résolution : mode RST repassé à Off.
Aucune action requise, merci.`),
    no(`Bonjour, le firewall ne bloque rien : on a vérifié les logs du FortiGate, aucun "no session matched", et le mode RST n'a jamais été activé. Les appels qui coupent viennent d'un lien radio instable chez le client, on le remplace demain.`),
    no(`Merci pour l'intervention d'hier. Après avoir repassé SS_TCP_CLOSE_RESET à Off et fait le reparse, les softphones derrière NAT sont tous enregistrés depuis 24h. On clôture le ticket.`),
    no(`Bonjour, personne n'a rien modifié sur le softswitch depuis des mois (RST Off, aucun changement firewall). Les appels qui échouent ce matin, c'est le carrier qui répond 503, on a leur confirmation. Je vous tiens au courant.`),
    no(`Bon matin! Suivi : les TIME_WAIT sont redescendus à 300 depuis le changement d'hier, pis y'a pu d'erreurs "cannot assign requested address" en pointe. Merci ben gros, c'est réglé.`),
    no(`bjr, fausse alerte. les postes non enregistrés c'etait la coupure internet chez Orange ce matin, pas le RST (on l'a jamais active). tout est revenu.`),
    no(`bonswa, nou pa itilize TCP ditou, tout se UDP. kidonk pwoblèm RST ak NAT la pa konsène nou, pa vre? telefòn yo mache byen.`),
    no(`Bonjour, pour l'historique je colle le résumé de l'incident de janvier (résolu) :
- symptôme : "Cannot assign requested address" à 19h, 28k TIME_WAIT
- cause : plage de ports trop petite
- correctif : ip_local_port_range 10000 65000 + tcp_tw_reuse=1
Rien à faire aujourd'hui, c'est pour votre base de connaissances.`),
    no(`Bonjour, suite à votre question : non, nous n'avons pas activé le RST, SS_TCP_CLOSE_RESET est toujours à Off dans softswitch.conf. Les coupures venaient de la mise à jour de leur Sophos, qu'ils ont annulée. Tout est OK.`),
    no(`Allo, j'veux juste confirmer : le "address already in use" qu'on avait eu hier, c'était le Tomcat qui redémarrait en double. Réglé. Rien à voir avec les ports des appels.`),
    no(`ok c bon, les tel du client sont re-enregistrés. c'etait le compte expiré, pas le NAT. dsl pour le dérangement`),
    no(`Bonjour à tous, le ticket sur les appels qui raccrochent peut être fermé. Ce n'était ni le pare-feu ni le RST : le crédit du client était à zéro. Il a rechargé ce matin.`),
    no(`Bonjou, mèsi pou èd la. depi nou te dezaktive RST mode la ayè, tout telefòn yo anrejistre e pa gen apèl ki koupe ankò. ou ka fèmen tikè a.`),
    no(`Bonjour, le mois dernier on avait des "cannot assign requested address" en pointe, on a activé tcp_tw_reuse et depuis RAS. Faut-il aussi le mettre sur le serveur de backup, qui ne prend pas de trafic ?`),
    no(`Bonjour, après la panne d'hier (coupure électrique au datacenter), tout est rentré dans l'ordre, les téléphones se sont ré-enregistrés seuls. Aucun lien avec le changement de mode RST que vous aviez proposé : on ne l'a finalement pas fait.`),
    no(`Ok ben finalement c'était pas le firewall. Le FortiGate droppait rien pantoute, c'était le câble du modem. Désolé pour le stress d'à matin!`),
    no(`Bonjour, rapport post-incident : entre 18h et 19h hier on avait 30 000 TIME_WAIT et des échecs d'appels. Résolu à 19h10 après élargissement de la plage de ports. Ce soir 2 000 TIME_WAIT, zéro échec. Pouvez-vous valider la config finale ?`),
    no(`Bonjour, on avait peur que le RST casse nos clients derrière NAT, mais on ne l'a pas activé finalement, on reste en UDP. Les pertes d'enregistrement de ce matin venaient du changement d'IP de Moov. C'est réglé.`),
    no(`Bonjou, m transfere ansyen mesaj sa pou dosye a: "firewall pfSense la t ap bloke RST yo, apèl yo t ap koupe". Sa te rive nan mwa mas, nou te korije l. Pa gen anyen pou fè kounye a.`),
    no(`Le "Address already in use" qu'on vous a envoyé tout à l'heure concernait le nginx du site vitrine, pas le softswitch. Il y avait deux instances, j'en ai tué une. Tout est OK maintenant.`),
    no(`Salut, mon collègue a écrit "RST" dans son courriel mais y voulait dire qu'il a fait un reset usine du téléphone. Le téléphone s'enregistre pu parce que les credentials ont sauté. Le mode RST est pas activé sur la switch.`),
    no(`Bonjour, on n'a jamais eu de problème de NAT avec le RST puisqu'on ne l'a jamais activé. La question du client portait sur le réenregistrement après coupure de courant : c'est automatique ? Ses postes sont revenus seuls hier.`),
  ],
  portExhaustion: [
    pe(`Bonjour, urgent : depuis 18h les appels échouent en masse. Dans les logs du softswitch : "connect() failed: Cannot assign requested address". ss -s donne timewait 28 000. C'est les ports qui sont épuisés ?`),
    pe(`Total: 31562
TCP:   30840 (estab 612, closed 30102, orphaned 3, timewait 29987)
tous les soirs vers 19h c'est ça et les nouveaux appels SIP TCP vers les carriers ne partent plus. le matin ça revient. aidez nous svp`),
    pe(`bjr, pb a chaque pic de trafic : "address already in use" sur les connexions sortantes vers le trunk TCP, et 30k TIME_WAIT. qd le trafic baisse ca repart. svp rappelez moi`),
    pe(`Bonjour, notre campagne d'appels sortants tourne à 180 CPS et au bout de 10 minutes plus aucune nouvelle connexion TCP ne s'établit vers les passerelles. netstat -ant | grep -c TIME_WAIT = 41 233. La plage de ports est celle par défaut.`),
    pe(`Bonjour, notre module de routage Java sur le même serveur crashe en heure de pointe : java.net.BindException: Cannot assign requested address: connect. En même temps on a des dizaines de milliers de sockets TIME_WAIT vers l'IP du carrier, et les appels tombent.`),
    pe(`Transfert d'un ticket NOC :
> 20h12 alerte : ASR chute à 40% sur le trunk TCP vers le carrier wholesale
> syslog : sip tcp connect to 10.20.0.5:5060 failed errno=99 (EADDRNOTAVAIL)
> TIME_WAIT : 27 800
Merci d'analyser en priorité, ça recommence ce soir.`),
    pe(`Salut, on a 30 mille connexions en TIME_WAIT à l'heure de pointe et les appels sortants échouent un sur deux, "cannot assign requested address". Le reste de la journée aucun souci. Faut toucher tcp_tw_reuse ?`),
    pe(`Bonjour, les appels échouent tous les jours entre 17h et 20h (pic du call center, environ 150 CPS). Le reste du temps RAS. Le carrier ne voit même pas arriver nos INVITE en TCP, le serveur n'arrive plus à ouvrir de connexion. On a remarqué que les TIME_WAIT explosent à ce moment-là.`),
    pe(`Re bonjour, suite à mon appel : je confirme, ce soir encore "Cannot assign requested address" dans mbx3000d.log à 19h03, et 33 412 sockets en TIME_WAIT. Ça fait trois soirs de suite que les appels sortants tombent.`),
    pe(`Bjr, nos agents n'arrivent plus a passer d'appels aux heures chargees, EADDRINUSE sur les connect sortants dans les traces, ss montre 25k timewait. en creux ca marche. on est en TCP vers tous les fournisseurs. merci de nous aider vite stp`),
    pe(`Bonjour, depuis qu'on a ajouté un gros client call center, tous les soirs vers 18h30 on a "cannot assign requested address" sur les connexions TCP sortantes vers nos carriers. Nonante pour cent des nouveaux appels échouent pendant une demi-heure. ss -s indique plus de 28 000 timewait. Pouvez-vous nous aider ?`),
    pe(`Bonjour, au pic de 11h nos appels sortants échouent et on voit "bind: Address already in use" pour les connexions TCP sortantes du softswitch. Environ 30'000 TIME_WAIT à ce moment-là. Avec nos meilleures salutations.`),
    pe(`# ss -tan state time-wait | wc -l
38214
c'est à 17h, en même temps nos revendeurs signalent des échecs en série et plus aucune connexion TCP ne sort vers les carriers. À 22h on retombe à 2 000 et tout remarche. Vous pouvez regarder ?`),
    pe(`Bonjour, septante CPS en pointe sur le trunk TCP vers Swisscom et à partir de là plus de nouvelles connexions : "connect: Cannot assign requested address". Le serveur a des milliers et des milliers de sockets en TIME_WAIT. Merci de votre retour rapide.`),
    pe(`Allo, c'est ben plate, tous les soirs entre 6 pis 8 les appels sortants marchent pu. Dans les logs : cannot assign requested address. J'ai checké ss -s pis y'a genre 30 mille TIME_WAIT. Le jour c'est correct.`),
    pe(`Salut, on est un call center à Montréal, 120 CPS en pointe. Dès qu'on dépasse ça, plus moyen d'ouvrir de connexions TCP vers le fournisseur, "address already in use" en boucle dans la trace. Les TIME_WAIT montent à 35k. Help!`),
    pe(`Bon, ça recommence : 19h, les appels fail, netstat me donne 29 800 TIME_WAIT pis le softswitch crache des EADDRNOTAVAIL. Faut-tu que j'agrandisse ip_local_port_range pis comment?`),
    pe(`Total: 29011 (kernel 0)
TCP:   28876 (estab 401, closed 28350, orphaned 0, synrecv 0, timewait 28349/0), ports 0
Ça c'est à l'heure de pointe. Les nouveaux appels en TCP passent pu. Ben stressé, on perd des clients.`),
    pe(`Hey, les gars du NOC me disent que le serveur manque de ports éphémères le soir. Les appels sortants tombent, "cannot assign requested address" dans mbx3000d. Pis les TIME_WAIT sont rendus à 40k. Qu'est-ce qu'on fait?`),
    pe(`Bonjour, depuis qu'on a rentré le nouveau client de télémarketing, c'est toute la switch qui plante à 10h le matin : connexions TCP sortantes refusées localement (bind failed, address already in use), des dizaines de milliers de TIME_WAIT. À midi ça se replace.`),
    pe(`Yo, la switch arrive pu à ouvrir de nouvelles connexions vers nos trunks TCP quand on passe 100 CPS. ss -s dit timewait 31k. C'est ça qu'on appelle l'épuisement des ports? Comment on règle ça?`),
    pe(`Bonjour grand frère, ici Abidjan. Tous les soirs à partir de 19h les appels vers MTN ne passent plus. Dans les logs on voit "Cannot assign requested address" et ss -s montre plus de 30 000 timewait. Le matin tout est normal. Aidez-nous svp.`),
    pe(`Bonsoir, Dakar. Présentement à l'heure de pointe le serveur ne peut plus établir de nouvelles connexions TCP vers les opérateurs. Erreur : bind address already in use sur les connexions sortantes. 45k sockets TIME_WAIT. Les clients crient.`),
    pe(`bjr, svp c urgent. depuis le lancement de la promo, a 20h les appels echouent, EADDRNOTAVAIL dans les logs, 27k TIME_WAIT. ca fait 3 jours. on a 90 CPS en pointe`),
    pe(`Bonjour à vous, Douala ici. Pendant les heures chargées (18h-21h) le VOS n'arrive plus à ouvrir de sockets vers nos passerelles SIP TCP et les appels échouent. Plus de 20 mille connexions en TIME_WAIT. On a lu qu'il faut peut-être tcp_tw_reuse. Vous confirmez ?`),
    pe(`Bonjou, chak aswè vè 7è apèl yo pa pase. nan log la li di "Cannot assign requested address". ss -s montre 30 000 TIME_WAIT. lajounen tout bagay mache. tanpri ede nou.`),
    pe(`Bonswa, nou gen yon gwo pwoblèm: lè trafik la monte (80 CPS), server a pa ka louvri nouvo koneksyon TCP ankò. "address already in use" sou koneksyon k ap soti yo. gen plis pase 25k TIME_WAIT. sa pou n fè?`),
    pe(`bonjou, gade sa:
TCP:   33120 (estab 510, closed 32540, orphaned 2, timewait 32480)
se lè pik la. apèl yo echwe. nou sou TCP ak carrier yo. mèsi`),
    pe(`Sa k pase, li pa mache ditou aswè a. Nou pèdi apèl depi 6è. Log: java.net.BindException: Cannot assign requested address. TIME_WAIT yo plis pase 40 mil. Nou bezwen ou kounye a.`),
    pe(`Bonjou, sèvè VOS la manke pò nan lè pik yo, koneksyon TCP k ap soti yo echwe ak EADDRNOTAVAIL, e m wè plizyè dizèn milye TIME_WAIT. nou fè 60 CPS. èske nou dwe chanje ip_local_port_range?`),
  ],
  natUnregistered: [
    nat(`Bonjour, depuis qu'on a activé SS_TCP_CLOSE_RESET=On hier soir, tous les softphones de nos clients derrière des box (Livebox, Freebox) apparaissent non enregistrés. Ils sont en SIP TCP. Les clients en IP publique marchent. Qu'est-ce qui se passe ?`),
    nat(`Bjr, depuis votre modif d'hier (le mode de fermeture TCP) les telephones de mes clients en teletravail se desenregistrent toutes les 5 min. Ils sont tous derriere NAT, en TCP. avant ca marchait nickel. svp`),
    nat(`Bonjour, le MikroTik du client fait du NAT pour 30 Yealink en TCP. Depuis le passage en mode RST sur le softswitch, les postes perdent leur enregistrement en boucle. Les postes en UDP d'un autre site n'ont aucun souci.`),
    nat(`Re, suite du ticket : j'ai vérifié, SS_TCP_CLOSE_RESET est bien à On depuis mardi, et depuis mardi les Zoiper en TCP de nos revendeurs derrière NAT sont unregistered une fois sur deux. Dois-je repasser à Off ?`),
    nat(`Bonjour, depuis que vous avez changé le mode de fermeture des connexions sur notre VOS, nos gateways GoIP derrière le routeur 4G (NAT) n'arrivent plus à rester enregistrées. Transport TCP. Urgent, tout un site est coupé.`),
    nat(`slt, on a mis le RST à On pr le pb de TIME_WAIT, mais mtn les postes derrière NAT en TCP tombent unregistered tt le temps. les autres ok. kel solution ?`),
    nat(`Transfert client :
> Bonjour, depuis hier nos 12 postes Grandstream (TCP, derrière notre routeur Orange Pro) affichent "Non enregistré" plusieurs fois par heure.
De notre côté, la seule modif d'hier c'est l'activation du RST sur le softswitch. Lien probable ?`),
    nat(`Bonjour, les softphones MicroSIP de notre call center (derrière le NAT du bureau, SIP sur TCP) s'enregistrent puis tombent au bout de quelques minutes, depuis que SS_TCP_CLOSE_RESET est passé à On lundi. 40 agents ne reçoivent plus d'appels.`),
    nat(`Bonjour, on voit ça en boucle depuis l'activation du RST :
10:42:01 REGISTER from 82.64.x.x:51234 (TCP) 200 OK
10:44:17 TCP connection 82.64.x.x:51234 closed (reset)
10:44:50 user 8012 unregistered (expired)
C'est un client derrière une Freebox. Tous ses postes font pareil.`),
    nat(`Bonjour, on a passé le mode RST hier pour gagner en performance. Depuis, les téléphones de nos PME clientes (toutes derrière des routeurs NAT, en TCP) disparaissent de la liste des téléphones en ligne. Les clients en IP fixe sans NAT sont OK.`),
    nat(`bonjour, tjs le meme pb depuis le passage en RST : les postes NATés en TCP sont déconnectés toutes les 10 min environ, ils reviennent puis retombent. les trunks opérateurs eux ça va.`),
    nat(`Bonjour, depuis l'activation de SS_TCP_CLOSE_RESET ce week-end, nos clients derrière des modems Proximus et Telenet en SIP TCP se désenregistrent régulièrement. Les clients en UDP n'ont rien. Pouvez-vous regarder ?`),
    nat(`Bonjour, depuis que nous avons passé le softswitch en mode RST jeudi, les téléphones de nos clients PME derrière NAT (routeurs Swisscom Internet-Box) perdent l'enregistrement TCP plusieurs fois par heure. Merci de nous conseiller. Meilleures salutations`),
    nat(`Bonjour, votre technicien a activé le RST mardi. Depuis, à Bruxelles, septante postes d'un client derrière un routeur Draytek en NAT (SIP TCP) se retrouvent unregistered plusieurs fois par jour. Le client est fâché.`),
    nat(`Bonjour, les softphones de nos collaborateurs en télétravail (NAT domestique, SIP TCP) ne restent pas enregistrés depuis qu'on a mis SS_TCP_CLOSE_RESET à On. Au bureau, en IP publique, aucun souci. Que faire ?`),
    nat(`Bonjour, depuis le changement du mode de fermeture TCP que vous nous aviez recommandé, les Yealink de nos clients derrière NAT tombent "Unregistered". Ils sont en TCP. On revient en arrière ou il y a un réglage de keepalive ?`),
    nat(`Salut, depuis qu'on a mis le RST à On hier, les téléphones de nos clients derrière des routeurs Vidéotron pis Bell sont unregistered aux 5 minutes. Y sont en TCP. C'est plate en maudit, on avait pas ça avant.`),
    nat(`Allo, ben là depuis votre changement d'hier soir (le close reset), tous les softphones des employés en télétravail tombent déconnectés. Y sont toute derrière du NAT, en TCP. Ceux au bureau avec IP publique sont corrects.`),
    nat(`Bon matin, les Grandstream du client à Québec (derrière un MikroTik, TCP) perdent leur enregistrement depuis qu'on a activé SS_TCP_CLOSE_RESET. Pis quand ils reviennent, ça retombe 10 minutes après. On fait quoi?`),
    nat(`Hey, faque on a activé le mode RST pour les TIME_WAIT pis là c'est les téléphones NAT qui capotent : unregistered, registered, unregistered... toute en TCP. Y'a-tu moyen de garder le RST pis régler le NAT?`),
    nat(`Bonjour, suivi de mon courriel d'à matin : je confirme, seulement les postes derrière NAT en SIP TCP sont touchés, pis ça a commencé exactement quand on a passé SS_TCP_CLOSE_RESET à On. Les postes en UDP sont corrects.`),
    nat(`Allo, nos gateways chez les clients résidentiels (derrière leur routeur à la maison, en TCP) sont toutes offline sur le portail depuis mercredi. Mercredi c'est le jour qu'on a activé le RST sur la switch. Coïncidence? J'pense pas.`),
    nat(`Bonjour grand frère, depuis qu'on a activé le mode RST sur le VOS pour le problème des ports, les clients derrière leurs box (NAT) ne restent plus enregistrés. Ils sont en TCP. Ceux qui ont une IP publique c'est bon. On dit quoi ?`),
    nat(`Bonsoir, ici Abidjan. Après l'activation de SS_TCP_CLOSE_RESET hier, nos agents en télétravail derrière des routeurs Huawei 4G (NAT) perdent l'enregistrement en boucle. Softphone en TCP. Vraiment c'est urgent.`),
    nat(`bjr, depuis le changement RST d'avant-hier les postes de nos clients PME derriere NAT sont unregistered par moment. TCP. les trunks ok. svp aidez nous`),
    nat(`Bonjour, Kinshasa ici. Les GoIP de nos revendeurs (derrière NAT, transport TCP) tombent "non enregistrées" plusieurs fois par heure depuis que nous avons passé le softswitch en mode RST. Avant, zéro problème.`),
    nat(`Bonjou, depi nou mete SS_TCP_CLOSE_RESET=On, telefòn kliyan yo ki dèyè routeur lakay yo (NAT) pa rete anrejistre. yo sou TCP. li pa mache ditou. tanpri ede nou.`),
    nat(`Bonswa, apre chanjman RST mode la ayè, softphone ajan nou yo k ap travay lakay (dèyè NAT, TCP) ap dekonekte chak 5 minit. sa k ap pase?`),
    nat(`Sa k pase, nou aktive mode RST la pou pwoblèm TIME_WAIT la, men kounye a telefòn Yealink yo dèyè MikroTik la (NAT, TCP) pa anrejistre ankò. telefòn ki gen IP piblik yo mache. èske nou dwe remete Off?`),
    nat(`bonjou, tout GoIP yo dèyè NAT nan Gonaïves pèdi anrejistreman yo depi nou chanje fason VOS fèmen koneksyon TCP yo (RST). li pa mache. nou sou TCP.`),
  ],
  firewallRst: [
    fw(`Bonjour, depuis l'activation du RST sur le softswitch, notre FortiGate loggue en masse "no session matched" sur des paquets TCP flags R et les appels restent bloqués ou coupent. Qu'est-ce qu'on fait ?`),
    fw(`Bonjour, depuis hier (SS_TCP_CLOSE_RESET=On) on voit ça dans les logs du serveur :
kernel: IPT INVALID DROP IN=eth0 OUT= SRC=203.0.113.44 PROTO=TCP SPT=5060 DPT=41822 RST
conntrack marque les RST en INVALID et les jette. Les appels raccrochent mal, des appels fantômes restent en cours.`),
    fw(`bjr, depuis le passage en mode RST les appels decrochent pas ou coupent au bout de qq sec. le pfSense montre des paquets TCP:R bloqués (state violation). urgent svp`),
    fw(`Bonjour, le client a un Cisco ASA devant ses IPBX. Depuis qu'on a activé le RST sur VOS3000, les logs ASA montrent "Deny TCP (no connection) from x.x.x.x/5060 to y.y.y.y/52110 flags RST" et ses appels tombent en échec. Vous confirmez le lien ?`),
    fw(`Transfert du NOC :
> 14h05 depuis la bascule SS_TCP_CLOSE_RESET=On ce matin, 20% des appels du client échouent
> Sophos XG log : "Packet dropped (out of state)" TCP RST
Merci de prendre en charge.`),
    fw(`Bonjour, après votre changement d'hier (fermeture des connexions par reset), les appels de notre agence de Lyon restent pendus dans le portail : le BYE n'arrive jamais et la ligne reste occupée. Notre firewall Stormshield indique des paquets RST rejetés.`),
    fw(`Bonjour, iptables sur le VOS lui-même : on a -m conntrack --ctstate INVALID -j DROP en tête de chaîne, et depuis le passage en RST les compteurs de cette règle montent très vite avec les RST. Les appels coupent en cours. Je retire la règle ou je repasse le RST à Off ?`),
    fw(`Salut, MikroTik chez le client en firewall stateful (drop invalid). Depuis que SS_TCP_CLOSE_RESET est à On, ses appels ne se terminent plus proprement et certains ne s'établissent pas. Dans le log : input: in:ether1 proto TCP (RST), connection-state:invalid, drop.`),
    fw(`Bonjour, les appels sortants de notre call center passent par un FortiGate 200F. Depuis l'activation du mode RST lundi soir, environ 1 appel sur 3 échoue, et le Forti affiche "no session matched" sur des paquets R venant du softswitch.`),
    fw(`re bjr, je confirme que c'est bien depuis le RST : le pfSense du client log TCP:R blocked en boucle sur la règle par défaut et ses appels restent accrochés. on ne voit pas ça chez les clients sans pare-feu.`),
    fw(`Bonjour, depuis l'activation de SS_TCP_CLOSE_RESET ce week-end, les appels d'un client anversois derrière un Check Point coupent de manière aléatoire. Leur admin voit des RST droppés "TCP packet out of state" dans les logs.`),
    fw(`Bonjour, depuis jeudi (mode RST activé), notre pare-feu Fortinet jette les paquets RST du softswitch ("no session matched") et des appels restent ouverts sans audio côté client. Pouvez-vous nous aider rapidement ? Merci, meilleures salutations`),
    fw(`Bonjour, voici ce que notre ASA nous sort depuis le passage en RST :
%ASA-6-106015: Deny TCP (no connection) from 198.51.100.7/5060 to 10.1.1.20/49233 flags RST on interface outside
Des centaines par minute, et les appels échouent. Merci de regarder.`),
    fw(`Bonjour, le client a un pfSense en mode stateful strict. Depuis que vous avez activé le RST sur notre VOS3000, ses appels se coupent au bout de quelques secondes et le log firewall montre des RST bloqués (TCP:R). Salutations`),
    fw(`Allo, depuis qu'on a mis SS_TCP_CLOSE_RESET à On, le FortiGate du client drop les RST ("no session matched") pis les appels restent gelés. C'est plate en maudit, y'ont 50 agents qui attendent.`),
    fw(`Salut, le pfSense du bureau de Trois-Rivières bloque des paquets TCP:R depuis hier soir, pile quand vous avez passé la switch en mode RST. Les appels coupent ou marchent pas pantoute.`),
    fw(`Bon matin, on a un iptables avec conntrack devant nos gateways pis depuis le changement RST les paquets RST tombent dans la règle INVALID DROP. Les appels raccrochent pas comme du monde, y restent actifs dans le portail.`),
    fw(`Hey, le Sophos du client log "out of state" sur des RST qui viennent de notre switch depuis qu'on a activé le mode RST. Ses appels fail environ une fois sur deux. On fait quoi, on désactive ou on change le Sophos?`),
    fw(`Allo, suivi : l'ASA du client montre des "Deny TCP (no connection) flags RST" depuis notre changement de mode de fermeture TCP, pis c'est exactement là que ses appels ont commencé à échouer. Ben du stress ici.`),
    fw(`Salut, c'est le technicien du centre d'appels à Laval. Depuis votre changement d'hier (le RST), le MikroTik drop des paquets avec connection-state=invalid pis nos appels coupent après 20-30 secondes. Avant, zéro problème.`),
    fw(`Bonjour, depuis l'activation du RST vendredi, un paquet de nos appels via le firewall Palo Alto du client restent pendus. Le Palo Alto droppe les RST du softswitch (non-syn TCP, pas de session). Y'a-tu un réglage à faire du côté firewall?`),
    fw(`Bonjour grand frère, depuis qu'on a activé le RST sur le VOS, le FortiGate de notre client à Abidjan drop les paquets RST ("no session matched") et les appels coupent. Présentement c'est tout le centre d'appels qui est touché.`),
    fw(`Bonsoir, Dakar ici. Après le passage de SS_TCP_CLOSE_RESET à On, notre pfSense bloque les paquets TCP:R du softswitch. Résultat : les appels restent accrochés et on ne peut plus en passer d'autres sur certaines lignes.`),
    fw(`bjr, depuis le RST les appels de nos clients derriere le firewall Sophos echouent. log : out of state, RST drop. svp aidez nous vite on perd de l'argent`),
    fw(`Bonjour, Yaoundé. Notre serveur a iptables avec conntrack et la règle INVALID -j DROP. Depuis l'activation du mode RST les compteurs de cette règle explosent (paquets RST) et les appels se coupent. Faut-il modifier la règle ?`),
    fw(`Bonjour à vous, ici Conakry. Le Cisco ASA du datacenter rejette les RST ("Deny TCP (no connection) ... flags RST") depuis que le RST a été activé sur le softswitch mardi. Depuis, les appels échouent de façon aléatoire.`),
    fw(`Bonjou, depi nou aktive RST mode la, FortiGate la ap jete pakè RST yo ("no session matched") e apèl yo ap koupe. li pa mache ditou. tanpri ede nou vit.`),
    fw(`Bonswa, pfSense nou an ap bloke pakè TCP:R depi nou mete SS_TCP_CLOSE_RESET=On. apèl yo rete pandye oswa yo pa pase menm. kisa pou nou fè?`),
    fw(`Sa k pase, iptables sou server a ap drop pakè RST yo kòm INVALID (conntrack) depi chanjman RST la ayè. apèl yo koupe apre kèk segonn. nou bezwen èd.`),
    fw(`bonjou, MikroTik kliyan an ap drop RST yo (connection-state=invalid) depi nou pase VOS la an mode RST. apèl yo echwe, li pa mache. mèsi pou èd ou.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning197Set: readonly EvalItem[] = Object.values(tuning197Families).flat();
