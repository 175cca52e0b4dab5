import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Messages from VOS3000 operators, resellers and NOC engineers writing French on WhatsApp from France, Belgium,
 * Switzerland, Québec, Morocco, Algeria, Tunisia, Senegal, Côte d'Ivoire, Cameroon, DR Congo and Haiti, from formal
 * ("Madame, Monsieur", "Cordialement") to very informal (stp, svp, jsp, bcp, pk, mdr, ptdr, wesh), all in Latin script,
 * some mixed with Darija, Tunisian or Algerian Arabic written in Latin letters (with 3, 7, 9), Wolof, Lingala or
 * Haitian Creole, and with Québec and Belgian turns (pantoute, à boutte, septante, nonante); figures written as 30 000,
 * 30k, trente mille, quarante-deux mille, 28.000 or 29 874. One-liners, voice-note transcripts, forwards from customers
 * and night shifts, pasted netstat/ss/tcpdump/iptables/conntrack/ASA/FortiGate/pfSense and softswitch log lines, typos
 * and slang.
 *
 * The two-hundred-and-forty-ninth tuning split, written as the two-hundred-and-forty-ninth never-tuned evaluation set
 * because French is the working language of VOS3000 resellers on three continents, each writing it in its own register
 * and mixing it with its own languages, in fresh hands again. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work without dropped
 * RST, playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones
 * unregistered after RST mode, a stateful firewall dropping RST). Written before the eighty-second round of rules by
 * someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other
 * sets in view; measured as such before and after the eighty-second round, then made tuning material for the
 * eighty-third: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 92.2 %, negatives confident 2.2 %, confident wrong 0 % with the
 * rules of the eighty-first round, before the eighty-second.
 * After the eighty-second round: the same.
 * After the eighty-third round, tuned on: in scope 97.8 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning249Families = {
  oneListeningPort: [
    no(`Bonjour, apache ne démarre plus sur le serveur VOS : "(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80". Je pense que nginx tourne aussi, comment savoir lequel garder ?`),
    no(`wesh le tomcat du portail web VOS il veut pas se lancer, catalina.out dit java.net.BindException: Address already in use <null>:8080 … y a un autre java qui traine jcrois`),
    no(`mysql refuse de démarrer : "Can't start server: Bind on TCP/IP port: Address already in use" sur le 3306. Une ancienne instance mysqld est restée en mémoire je pense. Je la tue comment proprement svp ?`),
    no(`Salam, j'ai lancé une deuxième instance du softswitch pour test sur le même serveur et elle dit bind 5060 failed address already in use. Normal ou pas ? la première tourne toujours`),
    no(`sur mon laptop npm run dev → Error: listen EADDRINUSE: address already in use :::3000. rien à voir avec VOS mais vous savez comment libérer le port ? mdr`),
    no(`docker run -p 8443:8443 ... → "Bind for 0.0.0.0:8443 failed: port is already allocated". C'est le conteneur de monitoring, l'ancien est pas supprimé je crois`),
    no(`snmpd: Error opening specified endpoint "udp:161" ... bind: Address already in use. On a installé un 2e agent snmp par erreur, lequel désactiver ?`),
    no(`sshd ne redémarre pas après changement de port vers 2222 : "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." un truc écoute déjà sur 2222 jsp quoi`),
    no(`Bonjour, après la mise à jour le service web de VOS ne monte pas, le log affiche "Address already in use" sur le port 80. L'apache de l'ancienne install est toujours actif. Merci de m'aider.`),
    no(`frère le serveur radius veut pas démarrer, port 1812 déjà utilisé, netstat -ulnp montre un vieux freeradius pid 2231 qui traine`),
    no(`Allo, mon serveur web de facturation part pu, ça dit "address already in use" sur le 443. C'est-tu le vieux process httpd qui est resté accroché? Merci ben gros`),
    no(`lsof -i :5060 montre que c'est un asterisk qui écoute, installé par l'ancien technicien. Du coup mbx3000 ne peut pas binder son port SIP 5060. Je désinstalle asterisk ?`),
    no(`jsp pk mais grafana démarre pas : "listen tcp :3000: bind: address already in use". y a peut être mon node-exporter ou un autre truc dessus`),
    no(`Bonjou, sèvè web la pa vle demare, li di pò 80 deja itilize (address already in use). Mwen panse se yon lòt apache ki ap tounen. Kijan pou m fè?`),
    no(`Le proxy squid de l'agence ne se lance plus : "commBind: Cannot bind socket FD 12 to [::]:3128: (98) Address already in use". Un seul service concerné, le reste marche`),
    no(`Bonjour, l'API de recharge que notre dev a écrite plante au démarrage : BindException Address already in use port 9090. Le vieux jar tourne encore ?`),
    no(`redis-server: Could not create server TCP listening socket *:6379: bind: Address already in use. c'est sur la machine de reporting, pas sur le softswitch`),
    no(`salam khouya, l'interface web dyal VOS ma bghatch tdémarrer, kat9oul address already in use 8080. chi process java ba9i khddam mn 9bel, n9tlou ?`),
    no(`Bonsoir, vsftpd: "500 OOPS: could not bind listening IPv4 socket". Le port 21 est occupé par pure-ftpd je crois. Je veux juste récupérer les CDR par FTP`),
    no(`Bonjour, Nous avons tenté de démarrer un second processus mbx3000 sur le port 5060 pour une migration, et le journal indique : "bind 0.0.0.0:5060 error: Address already in use". Faut-il arrêter le premier avant ? Cordialement.`),
    no(`mon PC windows : le softphone MicroSIP dit "port 5060 déjà utilisé" parce que Zoiper tourne aussi lol. je ferme lequel`),
    no(`le java du webct reste zombie après stop, donc au restart "Address already in use: JVM_Bind" sur 8080. c'est toujours le même port, un seul`),
    no(`Bonjour, dama am problème ak serveur bi : nginx dafa wax "bind() to 0.0.0.0:80 failed (98: Address already in use)". Apache moo ko jël. Naka laa wara def ?`),
    no(`Message transféré : "Zabbix agent: cannot start, listener failed: bind() for [[-]:10050] failed: [98] Address already in use". Quelqu'un sait ?`),
    no(`3aslema, postgresql ma7abech yet9alla3, "could not bind IPv4 address 0.0.0.0: Address already in use" port 5432. fama instance 9dima ta3 pgsql 9.x mazelet te5dem`),
    no(`Bonjour depuis Genève. Le serveur de provisioning des téléphones (TFTP, port 69) ne démarre plus : "bind: Address already in use", c'est xinetd qui tient déjà le port. On garde lequel ?`),
    no(`Beaucoup de "address already in use" dans le log ce matin, des centaines de lignes, mais toujours le même message : c'est le watchdog qui essaie de relancer tomcat sur 8080 alors qu'il tourne déjà. Un seul port concerné.`),
  ],
  otherRegistrationCause: [
    no(`Bonjour, 15 postes de l'agence de Douala sont désenregistrés depuis ce matin. Le client a changé le mot de passe des comptes hier dans le portail mais pas sur les téléphones. C'est ça ?`),
    no(`les téléphones apparaissent unregistered, log : 403 Forbidden wrong password. on a fait un reset usine des Yealink hier`),
    no(`Wesh, la passerelle GoIP s'enregistre plus depuis que le FAI a changé notre IP publique, l'ancienne IP est encore dans le mapping gateway`),
    no(`Bonjour, le compte du revendeur a expiré hier soir (date d'expiration dans le portail), tous ses SIP sont unregistered. On peut prolonger ?`),
    no(`coupure de courant à Kinshasa depuis 6h, le site de Gombe n'a plus de carburant pour le groupe, donc les phones sont tous offline. Juste pour info, pas de souci chez vous je pense`),
    no(`Après changement de la box Orange, les softphones en UDP ne s'enregistrent plus. Le nouveau routeur a le SIP ALG activé par défaut. On est 100% UDP, rien touché côté serveur.`),
    no(`Le DNS sip.monoperateur.ma ne résout plus, les téléphones pointent vers le nom et donc plus d'enregistrement. Le domaine a expiré je crois mdr`),
    no(`registration failed 401 sur toutes les lignes du client X, il a mis le mauvais username après la migration`),
    no(`Bonjour, le solde du compte du client est à 0, ses terminaux passent en "not registered" puis plus aucun appel. Il doit recharger d'abord ?`),
    no(`La licence VOS3000 arrive à expiration demain et certains phones n'arrivent plus à s'enregistrer au-delà de 500 registrations. Vous renouvelez comment ?`),
    no(`Bonjou, telefòn yo pa anrejistre ankò depi kouran an koupe nan biwo a, routè a pa limen. Se pa sèvè a, se kouran an.`),
    no(`Le fournisseur SIP en amont a une panne générale (incident déclaré sur leur page status), nos trunks sont unregistered. C'est pas de notre côté, c'est eux.`),
    no(`les 3 Grandstream de la boutique sont déconnectés, le switch PoE a grillé donc plus d'alimentation. On remplace demain`),
    no(`Bonjour, un client me dit que son téléphone affiche "No service". Il avait débranché le câble réseau pour brancher sa télé lol. Résolu`),
    no(`Depuis le changement de routeur MikroTik, les téléphones en UDP perdent l'enregistrement toutes les 5 min. Le timeout UDP du NAT est à 30 s et l'expire à 300 s. Aucun changement côté VOS, pas de TCP chez nous.`),
    no(`Le client a changé son IP fixe, et l'IP était déclarée dans la passerelle (authentification par IP), depuis plus rien ne passe, la passerelle est "offline"`),
    no(`Salam, les postes sont unregistered psk le compte a été désactivé par la compta (facture impayée). Vous pouvez réactiver svp`),
    no(`Registration timeout sur les Fanvil de l'hôtel, la ligne fibre est coupée chez eux depuis hier (ticket ouvert chez l'opérateur)`),
    no(`Bonjour, notre certificat TLS a expiré ce matin, les softphones en TLS sur 5061 ne s'enregistrent plus, "certificate expired". Renouvelé via certbot, ça revient tout seul ?`),
    no(`tous les phones d'un revendeur ont le mauvais serveur : ils pointent vers l'ancienne IP 41.x.x.x après qu'on a migré le VOS. Le provisioning auto n'a pas été mis à jour`),
    no(`jsp pk mais un seul téléphone reste unregistered, les 40 autres c'est ok. Il a l'heure en 1970, le NTP est pas configuré, et l'écran dit "auth failed"`),
    no(`Le client de Yaoundé a limité le nombre de registrations par compte à 1 dans le portail, et il a 2 softphones sur le même compte, donc ils s'éjectent mutuellement`),
    no(`Bonjour, depuis la coupure internet chez Camtel (toute la ville), plus aucun gateway ne remonte. On attend le rétablissement.`),
    no(`Alo, les 20 Cisco SPA de la clinique ont perdu l'enregistrement après que quelqu'un a changé les mots de passe SIP en masse via l'API. Les logs disent 403`),
    no(`Salut, les téléphones du bureau à Laval sont toutes unregistered depuis que Vidéotron a changé le modem. Le nouveau modem bloque le 5060 UDP (ALG). On est en UDP, pas de TCP pantoute.`),
    no(`mbote, ba téléphone ya biro ezali lisusu registered te, mot de passe ebongwani na portail lobi. Tosala nini ?`),
    no(`fail2ban a banni l'IP publique du site de Sousse après trop d'échecs d'authentification (un phone mal configuré), du coup tous les phones derrière cette IP sont unregistered`),
  ],
  smallFigures: [
    no(`Bonjour, ss -s montre timewait 312 sur notre serveur VOS, c'est normal pour 40 appels simultanés ?`),
    no(`c'est quoi exactement TIME_WAIT ? je vois ça dans netstat, genre 200 lignes. dangereux ou pas`),
    no(`tcp_tw_reuse = 1 c'est safe sur CentOS 7 ? on a aucun problème, c'est juste pour préparer`),
    no(`SS_TCP_CLOSE_RESET ça fait quoi exactement dans softswitch.conf ? il est à Off chez nous`),
    no(`Comment vérifier combien de ports éphémères sont libres ? cat /proc/sys/net/ipv4/ip_local_port_range donne 32768 60999`),
    no(`netstat -an | grep TIME_WAIT | wc -l → 87. Tout va bien, je voulais juste vérifier après la maintenance`),
    no(`Bonsoir, pour un serveur qui fait 15 CPS max, faut-il changer ip_local_port_range ou on laisse par défaut ?`),
    no(`la différence entre FIN et RST pour fermer une connexion TCP svp ? pour ma culture`),
    no(`Bonjour, ss -tan state time-wait | wc -l = 1 204 à l'heure de pointe, 300 appels simultanés, aucun souci d'appel. Est-ce que c'est dans la norme ?`),
    no(`wesh c'est quoi la commande pour voir les ports ouverts sur CentOS 6, ss marche pas`),
    no(`check santé mensuel : TIME_WAIT 450, CLOSE_WAIT 3, ESTABLISHED 120, CPU 12 %. RAS ?`),
    no(`Question : le paramètre tcp_tw_recycle existe encore ? j'ai lu qu'il a été supprimé dans les noyaux récents`),
    no(`Est-ce que le mode RST a un effet sur le SIP UDP ? Tous nos clients sont en UDP`),
    no(`Bonjour, comment on fait un reparse sans couper les appels ? service mbx3000d reparse suffit ?`),
    no(`Combien de TIME_WAIT c'est trop ? on en a genre 500-600 le soir`),
    no(`salam, ch7al dyal ports kaynin f ip_local_port_range par défaut ? bghit nfhem bark`),
    no(`Bonjour, trente mille ports environ c'est la plage par défaut, c'est bien ça ? On fait 8 CPS, je pense qu'on est large`),
    no(`Pour la doc interne : que se passe-t-il si SS_TCP_CLOSE_RESET est à On avec TLS ? close_notify sauté, c'est grave ?`),
    no(`Allo! Juste une question de même : le TIME_WAIT dure combien de temps sur Linux? 60 secondes? On en a une centaine, pas de trouble.`),
    no(`ss -s
Total: 412
TCP:   268 (estab 97, closed 141, orphaned 0, timewait 139)
c'est ok ça ?`),
    no(`On prépare l'audit : quelles valeurs sysctl recommandez-vous pour un VOS3000 à 100 CPS ? rien ne casse, c'est préventif`),
    no(`net.ipv4.tcp_fin_timeout à 30 ou 60 ? on a 2.000 TIME_WAIT max et tout marche`),
    no(`Bonjour, je suis nouveau au NOC. Pk on voit des connexions en TIME_WAIT du côté du serveur et pas du client ? Merci`),
    no(`comment lire "connections reset" dans netstat -s ? on a 14 resets depuis le boot`),
    no(`ya3tik essa7a, bech nes2el : tcp_tw_reuse ye5dem ken 3al connexions sortantes walla zeda entrantes ?`),
    no(`Bonjour, où se trouve le fichier softswitch.conf sur la 2.1.8.05 ? Je veux juste lire la valeur de SS_TCP_CLOSE_RESET`),
    no(`Le dashboard affiche 28.000 appels aujourd'hui et 320 TIME_WAIT en ce moment, tout est fluide, c'est juste un rapport pour le chef`),
  ],
  firewallNoRst: [
    no(`Bonjour, pouvez-vous me dire quel port ouvrir sur notre FortiGate pour que le portail web VOS soit accessible depuis l'extérieur ? 8080 ?`),
    no(`Merci de whitelister l'IP 196.200.x.x du nouveau client sur le firewall du softswitch`),
    no(`fail2ban a banni mon IP de bureau après 5 erreurs ssh mdr, tu peux la débannir stp`),
    no(`iptables -A INPUT -p udp --dport 5060 -j ACCEPT c'est suffisant pour SIP ? et pour le RTP 10000-20000 ?`),
    no(`On veut bloquer tous les pays sauf Maroc, France et Sénégal sur le pfSense (GeoIP). Ça casse quelque chose côté VOS ?`),
    no(`le SIP ALG sur le Fortinet faut le désactiver ou pas ? set sip-helper disable c'est bien ça ?`),
    no(`Port forwarding sur le MikroTik : dst-nat 5060 vers 192.168.88.10, les appels entrants arrivent bien maintenant, merci pour l'aide`),
    no(`Bonjour, on va upgrader le FortiOS de 7.0 à 7.2 ce weekend, des précautions à prendre pour le trafic SIP ?`),
    no(`Vous pouvez ajouter une règle ASA pour autoriser le TCP 5060 depuis le trunk de notre opérateur ? ACL outside_in`),
    no(`Le security group AWS de la nouvelle instance VOS : quels ports je mets en inbound ?`),
    no(`wesh fail2ban bannit trop, des clients légitimes se font jeter. je monte maxretry à 10 ?`),
    no(`Bonjour, nous recevons des scans SIPVicious depuis une IP étrangère, comment la bloquer proprement dans iptables ?`),
    no(`Notre pfSense : besoin d'une règle NAT 1:1 pour le serveur VOS, IP publique .34 vers 10.0.0.34`),
    no(`firewalld ou iptables sur CentOS 7 pour VOS ? on a les deux installés lol`),
    no(`Après l'ajout d'une règle DROP sur le port 22 par erreur, je n'ai plus accès SSH. Console iDRAC ok. Comment annuler ?`),
    no(`salam, bghit n7ell port 1720 H323 f firewall, chi gateway 9dima mazal khddama b H323`),
    no(`Bonjour, mon chum au NOC veut fermer le port 3306 vers l'extérieur sur le pare-feu, ça brise-tu de quoi dans VOS?`),
    no(`Bonjour, la liste blanche des IP admin pour le web VOS : où la configure-t-on ? côté Linux ou dans l'appli ?`),
    no(`ufw status montre inactive, faut l'activer sur le serveur de test ? c'est Ubuntu pas CentOS`),
    no(`Le FortiGate affiche plein de "deny" pour des scans sur le 5060 depuis l'Asie. Normal ? On géo-bloque déjà plusieurs pays.`),
    no(`On change de pare-feu : Cisco ASA vers FortiGate 100F. Quelles règles reprendre pour le VOS ?`),
    no(`iptables-save > /etc/sysconfig/iptables, ça persiste après reboot sur CentOS 6 ?`),
    no(`Ouvrir la plage RTP 10000-60000 UDP sur le NSG Azure, c'est trop large ?`),
    no(`le pare-feu du client bloque ses appels sortants vers notre IP car il a oublié de nous ajouter dans l'address group. Il corrige`),
    no(`Bonjour, une limitation à 50 paquets/s sur le 5060 dans iptables (hashlimit), c'est raisonnable pour un petit revendeur ?`),
    no(`Bonjou, mwen bezwen ouvri pò 5060 ak 10000-20000 nan firewall la pou nouvo kliyan an. Kiyès ki ka fè l?`),
    no(`Forward reçu du client : "Bonjour, pouvez-vous ajouter nos 3 nouvelles IP en whitelist SIP : 41.202.x.1, .2, .3". Merci`),
  ],
  negationContext: [
    no(`On est 100% UDP, donc le SS_TCP_CLOSE_RESET ne nous concerne pas, non ? Juste pour confirmer.`),
    no(`RST est à Off chez nous depuis toujours, personne n'a touché. Je voulais juste savoir si vous recommandez de l'activer.`),
    no(`Le problème de TIME_WAIT de la semaine dernière est réglé depuis le tcp_tw_reuse, merci l'équipe 🙏`),
    no(`Juste par curiosité : est-ce que le mode RST pourrait faire décrocher des phones derrière NAT ? On n'a aucun souci, c'est pour une formation.`),
    no(`Dans le labo on simule une saturation de ports éphémères avec un script, c'est pour former les nouveaux. Vous avez un scénario type ?`),
    no(`Un collègue d'une autre boîte a des phones désenregistrés derrière MikroTik après avoir activé RST, c'est pas chez nous, mais tu penses que c'est lié ?`),
    no(`On prévoit d'activer SS_TCP_CLOSE_RESET le mois prochain. Quels risques avec notre FortiGate ? Rien n'est encore changé.`),
    no(`Les "address already in use" c'était l'an dernier, avant la migration. Depuis zéro souci.`),
    no(`Personne n'a changé quoi que ce soit, et tout marche. Mon chef demande juste un rapport sur la config RST.`),
    no(`Question d'examen : un firewall stateful qui jette les RST, quels symptômes ? (c'est pour la certif interne)`),
    no(`Bonjour, si jamais un jour on a 30k TIME_WAIT, que faudrait-il faire ? Pour l'instant on en a 150.`),
    no(`C'est résolu ! On a remis SS_TCP_CLOSE_RESET à Off hier et les phones NAT sont revenus. Merci, vous pouvez fermer le ticket.`),
    no(`non non pas de firewall entre le VOS et les clients, et on est en UDP. donc pas ce problème de RST dont tu parlais`),
    no(`Le FortiGate droppait les RST chez notre ancien hébergeur, on l'a quitté en 2022. Juste pour l'historique du dossier.`),
    no(`wesh j'ai lu un article sur "cannot assign requested address" sous forte charge, ça peut nous arriver ? on fait 5 CPS mdr`),
    no(`Pour info, on n'active PAS le mode RST : nos softphones sont derrière NAT en TCP, on a lu que c'est risqué.`),
    no(`Allo, aucun problème de registration icitte, je demande juste si le mode RST pourrait en causer avec nos routeurs NAT. Merci!`),
    no(`Mon formateur dit que RST évite les TIME_WAIT mais casse le NAT. C'est vrai dans tous les cas ? Je révise.`),
    no(`Le client dit "ports épuisés" mais en fait il parle des ports FXS de sa passerelle, toutes ses lignes analogiques sont occupées. Rien à voir avec TCP non ?`),
    no(`On a eu des RST droppés par l'ASA en test dans le labo, jamais en prod. On garde RST à Off en prod par précaution ?`),
    no(`Salam, ma kayn walou mochkil, ghir bghit nfhem : wach RST mode kay'affecti les gateways li wra NAT ? 3ndna kolchi UDP`),
    no(`Bonjour, c'est pour le serveur d'un confrère, pas le nôtre et on n'y a pas accès : il parle de 40 000 TIME_WAIT. Vous pouvez m'expliquer en gros ce que ça veut dire ?`),
    no(`Les TIME_WAIT sont redescendus à 200 depuis qu'on a mis tcp_tw_reuse=1 vendredi. Tout est stable, merci.`),
    no(`Hypothétiquement, si le pare-feu Azure jetait les RST, on verrait quoi dans les logs ? On n'utilise pas RST actuellement.`),
    no(`Mbote, nyonso ezali kotambola malamu. Mokonzi alingi koyeba soki SS_TCP_CLOSE_RESET ezali On to Off, mpo na rapport. Ezali Off.`),
    no(`Fausse alerte : les phones "unregistered" de ce matin, c'était le monitoring qui affichait mal. Ils sont tous enregistrés. RST n'a jamais été activé.`),
    no(`Le ticket "address already in use" d'hier : c'était un test de charge volontaire avec sipp sur la machine de labo, pas la prod. Vous pouvez ignorer.`),
  ],
  portExhaustion: [
    pe(`URGENT : depuis 19h les appels sortants échouent, log softswitch plein de "cannot assign requested address", netstat montre 31 000 TIME_WAIT. Aidez-nous svp`),
    pe(`wesh le VOS il sature à l'heure de pointe, ss -s dit timewait 28.000 et plus aucun nouvel appel TCP ne part`),
    pe(`Bonjour, à chaque pic de trafic (vers 20h) nous obtenons des erreurs "bind: Address already in use" sur les connexions SIP TCP sortantes vers nos fournisseurs. Le reste de la journée tout va bien. ss -tan | grep TIME-WAIT | wc -l = 29 874.`),
    pe(`salam, serveur kaytla3 fih bzaf dyal TIME_WAIT, 30k+, w les appels sortants kayti7o b erreur EADDRINUSE. 3awnouna 3afakom`),
    pe(`[note vocale transcrite] oui allô bon écoute le serveur là depuis tout à l'heure les appels sortent pas euh j'ai fait le netstat là y a genre trente-cinq mille lignes en time wait euh et ça dit cannot assign requested address voilà rappelle-moi`),
    pe(`ss -s
Total: 35122
TCP:   34870 (estab 410, closed 34300, orphaned 2, timewait 34288)
Les appels vers le trunk TCP échouent à la pointe. Que faire ?`),
    pe(`Bonjour, je pense qu'on n'a plus de ports locaux libres : ip_local_port_range est à 32768 61000, et on a 28 000 sockets TIME_WAIT vers le même fournisseur. Les nouveaux INVITE TCP ne partent plus.`),
    pe(`Allo, le softswitch est à boutte : passé 21h, plus moyen de placer des appels sortants, pis les logs crachent "Cannot assign requested address". Le netstat compte genre 30 000 TIME_WAIT.`),
    pe(`Bonjour depuis Lausanne. Dès qu'on dépasse nonante CPS, le VOS ne peut plus ouvrir de connexions TCP vers les passerelles et les TIME_WAIT montent à 40k. En dessous ça va.`),
    pe(`Bjr, erreur "bind failed: Cannot assign requested address" dans les logs du softswitch, le serveur fait énormément d'appels courts, trente mille connexions en attente de fermeture (TIME_WAIT)`),
    pe(`Salaam, serveur bi dafa am TIME_WAIT bu bari, 32 000 ak lu ko ëpp. Woote yi du génn ci peak bi, log bi wax na "address already in use". Dimbali nu`),
    pe(`Tunisie ici : el serveur VOS ki yetla3 el trafic, les connexions TCP sortantes kol tfaili, "cannot assign requested address". netstat 29k TIME_WAIT. chnowa na3mlou ?`),
    pe(`Bonjour, nos clients se plaignent d'échecs d'appels aléatoires aux heures de pointe uniquement. Après analyse : épuisement des ports éphémères, ~60 000 sockets occupés sur la plage. Pouvez-vous appliquer le correctif ?`),
    pe(`Bonsoir. Le trafic a doublé avec la promo de ce weekend. Les appels entrants passent, c'est le sortant qui coince à partir de vingt heures. J'ai compté les connexions en TIME_WAIT : quarante-deux mille. Et le log dit que le bind échoue sur chaque nouvelle connexion sortante.`),
    pe(`mbote, serveur VOS ezali ko saturer na pokwa, "address already in use" na ba appels sortants, TIME_WAIT 27 000. Tosalisa svp`),
    pe(`le trunk TCP vers l'opérateur tombe à chaque pointe, dmesg rien, mais netstat -ant | awk '{print $6}' | sort | uniq -c :
  31502 TIME_WAIT
    388 ESTABLISHED
     12 LISTEN
et dans le log : connect() failed (99: Cannot assign requested address)`),
    pe(`Bonjour, message transféré du NOC de nuit : "Vers 23h, impossible d'établir de nouvelles connexions SIP TCP sortantes, toutes les tentatives en EADDRINUSE. TIME_WAIT > 30 000." Merci de regarder.`),
    pe(`pk le VOS refuse d'ouvrir des nouvelles connexions tcp quand on a bcp d'appels ?? y a 33k sockets en time_wait, on a plus de ports dispo je crois`),
    pe(`Bonjou, sèvè VOS la bloke lè gen anpil apèl, li di "cannot assign requested address", e gen plis pase 30 000 koneksyon TIME_WAIT. Ede nou tanpri`),
    pe(`Abidjan ici, on a ouvert une nouvelle route vers un fournisseur en TCP et depuis ce soir le serveur affiche "Address already in use" pour les appels sortants en masse. ss -s : 36k timewait. Avant la nouvelle route on était à 3k.`),
    pe(`Bonjour, il semble que nous ayons épuisé la plage de ports locaux : 28 232 ports en TIME_WAIT sur 28 232 disponibles (32768-60999). Aucun nouvel appel TCP sortant ne passe.`),
    pe(`Tous les soirs même scénario : les appels vers l'extérieur échouent pendant une heure, puis ça revient tout seul vers 22h. Le technicien dit que le serveur n'a plus de ports pour ouvrir de nouvelles connexions, il en a compté plus de trente mille qui attendent de se fermer.`),
    pe(`salam khouya, le serveur ki ykoun fih trafic bezzaf, ma y9derch y7el des connexions jdad, erreur bind failed address already in use. TIME_WAIT 30 000 w kter`),
    pe(`Le monitoring Zabbix alerte : TIME_WAIT = 45 000, et en même temps taux d'échec des appels sortants TCP à 40 %. Ça coïncide avec la pointe de 19h`),
    pe(`Bonjour, pouvez vous activer le tcp_tw_reuse et élargir ip_local_port_range sur notre serveur ? on a "cannot assign requested address" tous les soirs depuis lundi et 30k TIME_WAIT`),
    pe(`mdr le serveur a explosé encore, plus de ports libres, les INVITE en TCP partent plus. 29 000 time wait comme hier. Vous pouvez faire un truc définitif ?`),
    pe(`Madame, Monsieur, depuis ce matin à septante CPS, le softswitch n'arrive plus à établir de connexions sortantes ; le journal indique "bind failed: Address already in use" et nous dénombrons environ 30 000 sockets en TIME_WAIT. Pourriez-vous intervenir ?`),
    pe(`Bonsoir les gars, le serveur est gâté depuis 18h. Quand le trafic monte, les appels ne sortent plus, erreur "Cannot assign requested address". J'ai vu environ 33k TIME_WAIT. On fait comment ?`),
    pe(`log mbx3000 :
[ERROR] tcp connect to 185.x.x.x:5060 failed: errno=99 Cannot assign requested address
[ERROR] tcp connect to 185.x.x.x:5060 failed: errno=99 Cannot assign requested address
... des milliers par minute à la pointe. ss -s timewait 38911`),
    pe(`Bonjour. Nous avons ajouté un second fournisseur la semaine dernière, rien d'autre n'a changé, pas de NAT, pas de firewall devant. En journée tout va bien. Mais le soir, au pic, les appels sortants échouent en série, et ss affiche environ 30 000 sockets en TIME_WAIT avec "address already in use" à chaque nouvelle connexion.`),
  ],
  natUnregistered: [
    nat(`Bonjour, depuis qu'on a mis SS_TCP_CLOSE_RESET à On hier, tous les softphones derrière le MikroTik du client sont unregistered. Ceux avec IP publique marchent.`),
    nat(`wesh depuis que vous avez activé le mode RST, les phones de l'agence derrière NAT en TCP perdent l'enregistrement toutes les 2 min`),
    nat(`salam, mn nhar activina RST mode, les Yealink li wra routeur (NAT, SIP TCP) kolhom unregistered. Li 3ndhom IP publique mzyanin`),
    nat(`[vocal] ouais salut euh depuis le changement d'hier là, le truc du reset TCP que vous avez mis, les téléphones du client à Abidjan ils sont tous déconnectés, ils sont derrière une box, en TCP, et ceux qui sont en IP publique ça marche hein`),
    nat(`Bonjour, après l'intervention de ce matin (passage de SS_TCP_CLOSE_RESET à On pour le TIME_WAIT), nos passerelles GoIP derrière NAT ne restent plus enregistrées. Elles sont en SIP over TCP.`),
    nat(`Allo, depuis que vous avez mis le RST à On, nos téléphones derrière le routeur (NAT) se désenregistrent sans arrêt. Les postes avec une IP publique sont corrects. On est en TCP.`),
    nat(`Les softphones Zoiper en TCP derrière NAT ne s'enregistrent plus depuis l'activation du close reset. En UDP ça marche, en IP publique aussi.`),
    nat(`Bonjour, ticket : suite au changement SS_TCP_CLOSE_RESET="On", 80 extensions derrière NAT (routeur MikroTik, SIP/TCP) passent unregistered. Extensions en IP publique : OK. Merci de revenir en arrière ?`),
    nat(`Salaam, ginnaaw bi ngeen activer RST bi, téléphone yi nekk ginnaaw NAT bi (TCP) dañu unregistered. Yi am IP publique baax nañu.`),
    nat(`mdr vous avez cassé un truc : RST mode On et hop les phones du client derrière son routeur NAT en TCP sont tous rouges dans la liste des registrations`),
    nat(`Bonjour, nous constatons que les terminaux SIP TCP situés derrière un NAT perdent leur enregistrement depuis l'activation du mode RST sur le softswitch. Les terminaux à IP publique ne sont pas affectés.`),
    nat(`Les téléphones de nos trois agences ne sont plus connectés depuis hier soir. Le serveur central va bien et les téléphones du siège, qui ont une adresse publique, fonctionnent. Les agences passent par un routeur avec traduction d'adresses et les téléphones sont configurés en TCP. Hier après-midi, votre technicien a changé la façon dont le serveur ferme les connexions TCP.`),
    nat(`Bonjou, depi nou aktive RST la, telefòn ki dèyè routè NAT yo (TCP) pa anrejistre ankò. Sa ki gen IP piblik yo mache byen.`),
    nat(`Depuis le reparse avec SS_TCP_CLOSE_RESET=On, les Grandstream derrière le NAT de l'hôtel se désenregistrent. Transport TCP. Avant c'était stable à 100 %.`),
    nat(`Mbote, banda bo tie RST mode On, ba téléphone oyo ezali sima ya NAT (TCP) ezali lisusu registered te. Oyo ya IP publique ezali malamu.`),
    nat(`Bonjour, le revendeur signale que tous ses clients derrière NAT sont unregistered depuis le passage en mode RST. En TCP uniquement, ceux en UDP tiennent.`),
    nat(`jsp si c'est lié mais depuis que le TCP close reset est activé les softphones mobiles (4G, donc NAT opérateur) en TCP décrochent toutes les minutes`),
    nat(`Les phones derrière le routeur TP-Link du client (NAT) en SIP-TCP sont passés unregistered juste après votre reparse d'hier qui mettait RST à On. Public IP = ok`),
    nat(`3aslema, ba3d ma 3malna SS_TCP_CLOSE_RESET On, les postes elli wra NAT (routeur Huawei, TCP) walléw unregistered. Elli b IP publique labes`),
    nat(`Bonjour, j'ai activé le mode RST hier pour réduire les TIME_WAIT, et ce matin la moitié des extensions sont hors ligne : ce sont toutes celles derrière NAT en TCP.`),
    nat(`Urgent svp : registrations qui tombent en boucle pour les IP-phones derrière MikroTik (srcnat masquerade) depuis activation RST. Transport TCP. Les postes en IP publique ok.`),
    nat(`Bonjour les gars, depuis que vous avez touché au paramètre reset TCP hier, les téléphones de nos clients qui sont derrière les box Camtel en TCP ne sont plus enregistrés. Ceux qui ont une IP fixe publique pas de problème.`),
    nat(`log registration :
10:02:11 ext 2031 41.x.x.x:52311 TCP unregistered
10:02:14 ext 2044 41.x.x.x:49877 TCP unregistered
... toutes depuis la même IP NATée, depuis RST On ce matin. Les extensions en IP publique restent registered`),
    nat(`Bonjour, suite à l'activation de SS_TCP_CLOSE_RESET, nos postes derrière le routeur NAT de l'antenne de Namur (SIP TCP) ne restent plus enregistrés plus de quelques minutes. Les postes à Bruxelles, en IP publique, sont OK.`),
    nat(`le client dit que ses phones sont "No Service" depuis ce matin. ils sont derrière NAT, transport TCP. c'est pile après qu'on a passé RST à On cette nuit. les autres clients en IP publique rien`),
    nat(`Salam, depuis l'activation du RST les softphones li derrière NAT en TCP ma yab9awch registered, ytay7ou kol chwiya. Li 3ndhom IP publique mlah`),
    nat(`Depuis hier, les téléphones de la succursale clignotent "non enregistré", puis reviennent, puis retombent. Rien n'a changé chez eux. Ils sont en TCP derrière leur routeur (NAT). Côté serveur, un seul changement : la fermeture TCP passée en RST.`),
    nat(`Bonjour, forward du client : "nos gateways derrière la box NAT ne s'enregistrent plus depuis hier midi". Hier midi = l'heure où on a mis SS_TCP_CLOSE_RESET à On. Elles sont en TCP.`),
    nat(`psk vous avez mis RST on, tous les PC avec MicroSIP en TCP derrière le NAT du cybercafé sont unregistered. les autres clients ça va`),
    nat(`Bonjour, les extensions en SIP over TCP derrière NAT n'arrivent plus à maintenir leur enregistrement depuis l'activation du mode RST (SS_TCP_CLOSE_RESET=On). Pouvez-vous remettre Off ?`),
  ],
  firewallRst: [
    fw(`Bonjour, depuis l'activation du mode RST, le FortiGate devant le VOS logue des "no session matched" pour les paquets RST envoyés par le softswitch, et les connexions SIP TCP restent à moitié ouvertes.`),
    fw(`wesh l'ASA drop les RST du VOS, log : "Deny TCP (no connection) from 10.0.0.5/5060 to x.x.x.x flags RST". Depuis on a des appels qui restent bloqués`),
    fw(`pfSense log : "Block TCP:R 10.1.1.10:5060 -> 196.x.x.x:51022" en boucle depuis qu'on a mis RST à On. Les appels TCP échouent`),
    fw(`iptables : on voit plein de paquets RST marqués INVALID par conntrack et droppés (-m state --state INVALID -j DROP). Depuis SS_TCP_CLOSE_RESET On les appels en TCP plantent.`),
    fw(`Bonjour, notre security group AWS / firewall stateful semble jeter les RST du softswitch : les connexions côté client restent en ESTABLISHED alors que le serveur les a fermées. Les appels suivants échouent. RST activé depuis lundi.`),
    fw(`salam, FortiGate kaydropi les RST li kaysifet VOS, log "out of state". mn nhar drna RST mode, les appels TCP kayti7o`),
    fw(`Allo, depuis qu'on a activé le RST, notre pare-feu Fortinet jette les paquets RST ("RST dropped" dans les logs), pis les appels en TCP restent pris. Vous pouvez nous aider?`),
    fw(`Bonjour, tcpdump côté serveur : on voit partir les RST vers le client, mais côté client (derrière l'ASA) rien n'arrive. L'ASA logue "TCP packet out of state". Les appels TCP échouent depuis le passage en mode RST.`),
    fw(`les appels TCP échouent depuis le reparse RST=On. Sur le firewall pfSense (stateful) les RST sont bloqués, et les clients gardent des connexions mortes en CLOSE_WAIT`),
    fw(`Depuis mardi, une partie des appels en TCP n'aboutit plus. Les connexions semblent rester ouvertes d'un côté alors qu'elles sont fermées de l'autre. Nous avons un pare-feu à états devant le serveur. En regardant ses journaux : il rejette les paquets de réinitialisation que le serveur envoie depuis qu'on a changé le mode de fermeture.`),
    fw(`Salaam, firewall bi (FortiGate) dafay drop RST yi serveur bi di yónni, log bi wax na "no session matched". Appels TCP yi duñu dem depuis RST mode On.`),
    fw(`tcpdump -i eth0 'tcp[tcpflags] & tcp-rst != 0'
10:11:02 IP 10.0.0.5.5060 > 41.x.x.x.50211: Flags [R], seq ...
10:11:02 IP 10.0.0.5.5060 > 41.x.x.x.50234: Flags [R], seq ...
et sur la capture côté client derrière le pare-feu stateful, aucun RST n'arrive. Les calls restent pendus. RST mode activé hier.`),
    fw(`Bonjour, on a activé SS_TCP_CLOSE_RESET pour régler les TIME_WAIT, et maintenant le Cisco ASA du client bloque les RST ("Deny TCP (no connection)"), ses appels échouent.`),
    fw(`ptdr le pare-feu iptables du datacenter drop les RST en "ctstate INVALID" depuis qu'on envoie des RST, du coup les sessions SIP TCP restent half-open et on a des échecs d'appels`),
    fw(`Bonjou, depi nou mete RST la, firewall la (pfSense) ap bloke pakè RST yo, apèl TCP yo pa pase. Log la di "Block TCP:R".`),
    fw(`Mbote, firewall ya client (FortiGate) ezali ko drop ba RST ya VOS, log "no session matched". Banda RST mode On, ba appels TCP ezali ko échouer.`),
    fw(`Les logs du FortiGate : "reason=no session matched, flags=RST", des centaines par minute, depuis le passage du softswitch en close reset. Les appels en SIP TCP tombent en échec.`),
    fw(`Bonjour, depuis que RST est activé, les CLOSE_WAIT s'accumulent côté passerelle (derrière un firewall stateful) : 5 000 connexions. Le firewall ne laisse pas passer les RST du softswitch.`),
    fw(`jsp si c'est normal mais notre NSG Azure semble manger les RST, tcpdump montre qu'ils sortent du VOS et n'arrivent jamais chez le client. Appels TCP qui échouent depuis RST On hier`),
    fw(`3aslema, el firewall mte3na (Sophos, stateful) y7abes les RST mta3 VOS, log "TCP packet dropped: out of state". men wa9t ma activina RST, les appels TCP ma t3addich`),
    fw(`Bonsoir, le pare-feu du client jette les paquets RST de notre softswitch depuis qu'on a mis le mode RST hier. Ses connexions restent à moitié ouvertes et les appels TCP échouent. Firewall FortiGate.`),
    fw(`Log ASA :
%ASA-6-106015: Deny TCP (no connection) from 10.10.0.5/5060 to 197.x.x.x/49822 flags RST on interface inside
%ASA-6-106015: Deny TCP (no connection) from 10.10.0.5/5060 to 197.x.x.x/50101 flags RST on interface inside
ça défile depuis l'activation du RST. Appels TCP en échec.`),
    fw(`Bonjour, le client derrière son pfSense garde des milliers de connexions TCP à moitié ouvertes vers nous depuis qu'on envoie des RST. Son firewall les droppe (state mismatch). Appels en échec chez lui.`),
    fw(`salam, le firewall stateful ta3 l'hébergeur ydropi les RST li ykharjhom le softswitch, w les appels TCP yfailiw. depuis RST mode On`),
    fw(`Madame, Monsieur, depuis l'activation du paramètre SS_TCP_CLOSE_RESET, notre pare-feu à états (Check Point) rejette les segments RST émis par le softswitch ("out of state"). Les appels en SIP/TCP échouent. Pourriez-vous revenir au mode FIN ?`),
    fw(`[note vocale] euh oui bonjour, donc depuis hier les appels en TCP ça passe plus chez le client de Lyon, leur firewall Fortinet il bloque les resets qu'on envoie, le gars du réseau a vu dans ses logs RST dropped, voilà`),
    fw(`conntrack -L | grep 5060 montre des entrées ESTABLISHED qui devraient être fermées, et iptables compte des milliers de RST droppés en INVALID. Début pile au passage en RST. Calls TCP ko.`),
    fw(`Nos appels en TCP échouent depuis que vous avez changé le mode de fermeture des connexions. Notre équipe réseau dit que le pare-feu ne reconnaît pas les paquets de fermeture brutale envoyés par le serveur et les jette.`),
    fw(`Le SG du cloud + notre firewall stateful : RST du VOS droppés, les sockets restent en CLOSE_WAIT côté gateway, appels TCP bloqués depuis SS_TCP_CLOSE_RESET=On`),
    fw(`Bonjour, depuis l'activation du RST, les appels TCP qui passent par le FortiGate du client échouent ; la capture montre les RST du softswitch bloqués par le firewall (no session matched). Les clients sans firewall sont OK.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning249Set: readonly EvalItem[] = Object.values(tuning249Families).flat();
