import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Carriers, call-centre owners, resellers and NOC engineers writing on WhatsApp in fresh hands: French from France,
 * Belgium, Morocco, Senegal and Côte d'Ivoire (often without accents, SMS spellings "stp", "bjr", "pb", "jsp", "slm"),
 * about half (115 of 225), and Spanish from Spain, Mexico and Colombia (no accents, "q", "xq", "tb"), about half
 * (110 of 225), with English technical words and pasted output; numbers as "28 000", "28k", "28 mille", "28 mil",
 * "28.000"; greetings "bjr", "slm", "bonsoir chef", "buenas", "que onda", "ingeniero buenas noches".
 *
 * The hundred-and-seventy-seventh tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its
 * own port, registration lost for another reason, small figures and questions, firewall work without dropped RST,
 * playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones unregistered
 * after RST mode, a stateful firewall dropping RST). Written as the hundred-and-seventy-seventh never-tuned set, before the sixty-fourth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-fourth round, then made tuning
 * material for the sixty-fifth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 94.4 %, negatives confident 4.4 %, confident wrong 0 % with the rules of
 * the sixty-third round, before the sixty-fourth.
 * After the sixty-fourth round: the same.
 * After the sixty-fifth round, tuned on: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning177Families = {
  oneListeningPort: [
    no(`bjr, le portail web ne demarre plus apres le reboot du serveur. dans catalina.out: java.net.BindException: Address already in use (Bind failed) sur 8080. c un autre process qui tient le port? stp aidez moi`),
    no(`Bonjour, nginx refuse de redemarrer sur notre serveur VOS:
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
apache etait installe par le revendeur avant, je pense que c'est lui qui garde le 443. comment je verifie?`),
    no(`salut, mysql ne veut pas se lancer: "[ERROR] Can't start server: Bind on TCP/IP port: Address already in use" ... "Do you already have another mysqld server running on port: 3306 ?" du coup plus de CDR sur le portail`),
    no(`Bjr equipe. apres le restart du softswitch ce matin mbx3000d ne remonte pas, le log dit bind 0.0.0.0:5060 failed, address already in use. netstat -tulpn | grep 5060 montre encore l'ancien pid 2231. je le kill?`),
    no(`slm, svp on a mis redis sur le meme serveur que le vos pour un script de facturation et il dit "Could not create server TCP listening socket *:6379: bind: Address already in use". y a deja un redis qui tourne? merci bcp`),
    no(`Bonsoir chef, notre dev a lance son serveur node sur son laptop pour tester l'api du vos et ca affiche Error: listen EADDRINUSE: address already in use :::3000. c grave pour le serveur?`),
    no(`bjr, docker run -p 8080:8080 pour notre petit dashboard CDR -> "Bind for 0.0.0.0:8080 failed: port is already allocated". le 8080 c le portail web du vos je crois. on change le port du conteneur c ca?`),
    no(`Bonjour, depuis la mise à jour, le service de l'interface web (Tomcat) s'arrête au démarrage. Extrait :
SEVERE: Failed to initialize connector [Connector[HTTP/1.1-8080]]
Caused by: java.net.BindException: Adresse déjà utilisée
Merci de votre retour.`),
    no(`pb sur le serveur de secours: quand je lance le vos le web manager s'ouvre pas, ss -ltnp montre que httpd ecoute deja sur le 80. c'est ca le pb? jsp trop`),
    no(`re, le module callback (port 9090) ne demarre plus: Address already in use. un vieux process java est reste zombie apres l'arret brutal hier soir. la voix marche, c juste ce module`),
    no(`Bonjour, j'ai installé un deuxième softswitch de démo sur la même VM (oui je sais) et bien sûr il dit cannot bind 5060, address already in use. Je veux juste confirmer qu'il faut lui donner un autre port SIP.`),
    no(`Bjr, apres la coupure de courant mbx3000d demarre pas, erreur "bind failed: Address already in use" sur le port 1719. lsof -i :1719 montre un gnugk qu'un stagiaire avait installe. on le desinstalle?`),
    no(`salam, phpmyadmin sur le 8888 ne demarre plus: "(98)Address already in use: AH00072: make_sock: could not bind to address [::]:8888". le VOS tourne normal, pas d'urgence`),
    no(`bonjour, notre script de monitoring en python plante au lancement: OSError: [Errno 98] Address already in use sur le port 9100, je pense que node_exporter est deja dessus. vous confirmez?`),
    no(`buenas, el tomcat del portal web no levanta despues de reiniciar el servidor, en el log sale java.net.BindException: Address already in use: bind en el 8080. q proceso puede ser?`),
    no(`Que tal, al reiniciar nginx nos marca:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
ya teniamos apache de antes xq el revendedor lo dejo instalado. como lo quito sin tumbar el vos?`),
    no(`hola, mysql no arranca, dice "Bind on TCP/IP port: Address already in use" y "Do you already have another mysqld server running on port: 3306". sin mysql no hay CDR, urgente porfa`),
    no(`Buenos dias ingeniero, despues del reinicio de anoche el softswitch no sube. log: bind udp 0.0.0.0:5060 failed: Address already in use. con netstat -anp | grep 5060 sale un mbx3000d viejo con pid 4412. lo matamos?`),
    no(`hola, el contenedor docker del panel de reportes no arranca: Error starting userland proxy: listen tcp4 0.0.0.0:3000: bind: address already in use. creo q grafana tb esta en ese puerto`),
    no(`oye, el dev esta probando la API del vos desde su laptop con flask y le sale OSError: [Errno 98] Address already in use en el 5000. es la mac, el airplay usa el 5000 no? jaja`),
    no(`Hola equipo, el servicio de recargas (puerto 8443) no inicia: "Address already in use". parece q quedo un java colgado del apagon. las llamadas van bien, solo es ese modulo`),
    no(`buenas tardes, instalamos redis para el script de facturacion y dice bind: Address already in use en el 6379. ya habia otro redis corriendo? como lo reviso`),
    no(`hola, ss -ltnp | grep 8080 me muestra users:(("java",pid=1893,fd=44)) y el web manager nuevo no puede usar el puerto, dice already in use. hay q parar el viejo primero?`),
    no(`Saludos, despues de actualizar el httpd no levanta: (98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:443. tenemos un haproxy tb en el 443, cual dejamos?`),
    no(`q tal, levante una segunda instancia del softswitch en la misma maquina para pruebas y obvio dice cannot bind 5060 already in use. solo confirmar q le cambio el puerto sip y listo`),
    no(`buen dia, tras el corte de luz el mbx3000d no arranca: bind failed Address already in use en el 1720. lsof dice q lo tiene un asterisk q alguien instalo. lo desinstalamos?`),
    no(`hola, el exporter de prometheus no arranca "listen tcp :9100: bind: address already in use". no es urgente, el vos va bien`),
  ],
  otherRegistrationCause: [
    no(`bjr, 40 postes du call center sont "unregistered" depuis ce matin. on a change les mots de passe SIP hier soir sur le vos mais pas encore sur les telephones... c lie je suppose? lol`),
    no(`Bonjour, nos softphones prennent un 403 Forbidden au REGISTER depuis que le revendeur a renouvelé les comptes. Le log dit wrong password. On est en TCP. Vous pouvez regarder ?`),
    no(`salut, le serveur a change d'IP publique (migration datacenter) et les gateways Dinstar pointent toujours sur l'ancienne. du coup elles sont toutes desenregistrees. je dois les refaire une par une?`),
    no(`bjr, coupure d'electricite a Dakar depuis 6h, nos passerelles sont unregistered. le courant revient vers 14h. elles vont se reenregistrer toutes seules?`),
    no(`Bonsoir, depuis qu'on a change de box internet (Orange -> Free) les Yealink ne s'enregistrent plus. on est en UDP. le SIP ALG de la nouvelle box est active, faut le couper?`),
    no(`bjr, tous nos comptes sont unregistered avec le message "account expired". on a pas renouvele la licence ce mois ci. comment on paie svp`),
    no(`Bjr, client bloque: ses 12 postes sont desenregistres et le portail affiche "solde insuffisant, compte suspendu". il a pas paye depuis 2 mois. c normal qu'il perde l'enregistrement?`),
    no(`salut, le nom sip.moncallcenter.ma pointe encore vers l'ancien serveur depuis qu'on a change d'hebergeur, les softphones trouvent plus le vos. unregistered partout. TTL a 24h :(`),
    no(`Bonjour, un seul poste de l'accueil restait "non enregistré". Après vérification, le câble réseau avait été débranché pendant le nettoyage. Tout va bien maintenant, mais le VOS garde-t-il une trace de l'heure de déconnexion ?`),
    no(`bjr les gars, internet coupe chez notre FAI a Casa depuis 2h, tous nos postes sont unregistered. y a rien a faire cote vos je suppose?`),
    no(`Bonjour, après le changement de mots de passe imposé par l'audit, 8 agents ne s'enregistrent plus, les logs montrent "401 Unauthorized" en boucle. Les autres postes vont bien.`),
    no(`salut, notre revendeur a supprime par erreur les comptes de 5 agents hier, forcement ils sont unregistered. on peut restaurer depuis la sauvegarde?`),
    no(`bjr, a Abidjan les postes perdent l'enregistrement chaque fois que le routeur 4G redemarre, et avec les coupures reseau ca arrive plusieurs fois par jour. on est en UDP. c le routeur non?`),
    no(`Bjr, le Grandstream ne s'enregistre plus depuis qu'on l'a remis en usine, il a perdu toute sa config (user, mdp, serveur). vous avez un guide stp?`),
    no(`hola, 30 extensiones del call center salen unregistered desde q cambiamos las contraseñas en el vos, y en los telefonos todavia no. es eso no?`),
    no(`que onda, los softphones dan 403 Forbidden al registrar, el log dice password incorrecto. el revendedor dice q no toco nada pero yo creo q si. nos echas la mano?`),
    no(`buenas, se nos fue la luz en Medellin toda la mañana y las gateways quedaron desregistradas. ya volvio la luz, se registran solas o hay q reiniciarlas?`),
    no(`hola, cambiamos de proveedor de internet y ahora los yealink no registran, todo es UDP. el router nuevo de Telmex trae el SIP ALG activado, lo apagamos?`),
    no(`Buenas, el servidor cambio de IP publica por la migracion y los gateways siguen apuntando a la IP vieja, todo unregistered. hay forma de cambiarlo masivo?`),
    no(`hola, todas las cuentas salen unregistered con mensaje de licencia vencida. no renovamos este mes, como pagamos?`),
    no(`Buenas tardes, un cliente tiene 15 extensiones desregistradas, en el portal sale cuenta suspendida por saldo. no ha pagado en 2 meses. es normal?`),
    no(`hola, el dominio sip.micallcenter.co sigue apuntando al servidor viejo, se nos olvido actualizar el DNS. los softphones no registran. el TTL es de un dia :(`),
    no(`buenas, una extension de recepcion no registraba y resulta q el telefono estaba sin corriente, el transformador roto. ya esta, solo para q lo sepais`),
    no(`hola, nuestro ISP en Bogota esta caido desde las 9, todo el call center unregistered. del lado del vos no hay nada q hacer verdad?`),
    no(`oye, borramos sin querer 4 cuentas de agentes en el vos y obvio salen unregistered. se pueden recuperar del backup?`),
    no(`hola, tras el cambio de contraseñas por la auditoria 6 agentes no registran, sale 401 Unauthorized todo el rato. el resto de extensiones bien`),
    no(`buenas, el grandstream no registra desde q le hicimos reset de fabrica, perdio usuario, clave y servidor. tienen alguna guia?`),
  ],
  smallFigures: [
    no(`bjr, question simple: c quoi exactement TIME_WAIT? je vois ca dans netstat sur le vos`),
    no(`Bonjour, est-ce normal ?
ss -s
Total: 412
TCP:   96 (estab 41, closed 38, orphaned 0, timewait 36)
C'est un serveur avec 20 agents seulement.`),
    no(`salut, on pense activer SS_TCP_CLOSE_RESET sur le vos. si on le met a On, nos postes derriere NAT vont avoir des soucis ou pas?`),
    no(`bjr, c quoi la difference entre FIN et RST pour fermer une connexion TCP? le technicien m'en a parle et j'ai rien compris`),
    no(`Bonjour, netstat -ant | grep TIME_WAIT | wc -l donne 214 à 10h du matin. On fait 3 cps en moyenne. On doit s'inquiéter ?`),
    no(`slm, il fait quoi exactement le parametre SS_TCP_CLOSE_RESET dans softswitch.conf? chez nous il est a Off, on le laisse comme ca?`),
    no(`bjr, tcp_tw_reuse est a 0 sur notre vos, ca sert a quoi? faut le mettre a 1 meme si on a aucun probleme?`),
    no(`bonsoir, la plage ip_local_port_range c 32768 60999 par defaut, ca fait combien de connexions possibles en tout? juste pour comprendre`),
    no(`Bjr, check de routine: 180 TIME_WAIT, 55 ESTABLISHED, CPU 12%. tout est ok selon vous?`),
    no(`Bonjour, si on passe le SIP de nos agents de UDP à TCP, est-ce que le mode RST change quelque chose ? On ne l'a pas activé.`),
    no(`salut, on prevoit de monter a 150 cps le mois prochain. a partir de combien de TIME_WAIT faut s'inquieter? on est a 600 aujourd'hui en pointe et rien ne casse`),
    no(`bjr stp, on a un fortigate devant le vos. si un jour on active le RST est ce que le fortigate va bloquer? on a rien change, c pour preparer`),
    no(`Bonjour, pour notre rapport mensuel : ss -s montre timewait 320 au pic, aucun appel en échec. Pouvez-vous confirmer que c'est dans la norme ?`),
    no(`bjr, "service mbx3000d reparse" ca coupe les appels en cours ou pas? je veux changer un param dans softswitch.conf ce soir`),
    no(`hola, q significa TIME_WAIT en netstat? lo veo en el servidor del vos, unas 150 lineas`),
    no(`buenas, esto es normal?
ss -s
Total: 388
TCP:   102 (estab 47, closed 29, orphaned 0, timewait 25)
tenemos 15 agentes nada mas`),
    no(`q tal, si activamos SS_TCP_CLOSE_RESET=On, los telefonos detras de NAT se van a desregistrar? aun no lo activamos, es para decidir`),
    no(`hola, cual es la diferencia entre cerrar con FIN y cerrar con RST? el de redes me pregunto y no supe q decirle`),
    no(`que tal, netstat | grep TIME_WAIT | wc -l me da 245 en hora pico con 4 cps. esta bien o hay q tunear algo?`),
    no(`hola, para q sirve net.ipv4.tcp_tw_reuse? en nuestro vos esta en 0 y todo funciona, conviene cambiarlo?`),
    no(`buenas, chequeo de rutina: 230 TIME_WAIT, 60 ESTABLISHED, CPU 9%. todo ok segun ustedes?`),
    no(`hola, el rango ip_local_port_range 32768-60999 cuantos puertos son en total? es para un informe, no tenemos problemas`),
    no(`buenas, si pasamos a los agentes de UDP a TCP, el modo RST afecta en algo? de momento esta en Off`),
    no(`q tal, vamos a subir a 120 cps el proximo mes. desde cuantos TIME_WAIT hay q preocuparse? hoy son 700 en pico y va todo fino`),
    no(`hola, tenemos un ASA delante del vos. si algun dia activamos RST, el firewall lo va a bloquear? pregunto antes de tocar nada`),
    no(`buenas, el reparse de mbx3000d corta las llamadas activas? quiero cambiar un parametro en softswitch.conf esta noche`),
    no(`hola, para el informe mensual: timewait 280 en el pico segun ss -s, cero llamadas fallidas. esta dentro de lo normal?`),
  ],
  firewallNoRst: [
    no(`bjr, on a un nouveau carrier, faut whitelister son IP 185.23.x.x sur le fortigate devant le vos. vous pouvez nous guider pour la regle?`),
    no(`Bonjour, fail2ban a banni l'IP de notre agence de Dakar ce matin (trop d'échecs d'auth après un changement de mot de passe). Comment la débannir ?`),
    no(`salut, faut ouvrir quels ports sur le pfsense pour le vos? 5060 tcp/udp et rtp 10000-20000 c bon?`),
    no(`bjr, on veut desactiver le SIP ALG sur notre MikroTik, c bien /ip firewall service-port disable sip ?`),
    no(`Bonjour, pourriez-vous relire notre config iptables avant la mise en prod ?
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p tcp --dport 5060 -j ACCEPT
-A INPUT -m state --state INVALID -j DROP
Rien ne casse pour l'instant, c'est une revue.`),
    no(`slm, on voudrait bloquer tout le trafic SIP qui vient hors Maroc et France sur le fortigate (geo-blocking). c faisable sans bloquer nos carriers?`),
    no(`bjr, port forwarding sur le routeur du call center: 5060 vers le PBX interne, ca marche pas. le routeur c un huawei de l'operateur. vous avez une idee?`),
    no(`bjr, l'ASA bloque le nouveau carrier d'Abidjan, dans les logs: %ASA-4-106023: Deny udp src outside:41.x.x.x/5060 dst inside:10.0.0.5/5060 by access-group "outside_in". faut ajouter une ACL?`),
    no(`Bonjour, nous recevons des scans SIP (friendly-scanner) en masse depuis hier. Quelles règles firewall conseillez-vous pour le VOS ?`),
    no(`bjr, le sophos bloque l'acces au portail web 8080 depuis l'exterieur, on veut l'ouvrir seulement pour l'IP du bureau. comment?`),
    no(`salut, on migre de iptables a firewalld sur le serveur vos, quelles zones et services on doit creer?`),
    no(`Bjr, fail2ban a banni notre propre carrier (102.x.x.x) parce qu'il envoyait des OPTIONS en boucle. on l'a debanni, comment l'ajouter en ignoreip?`),
    no(`bonjour, audit de sécurité: ils demandent de fermer le SSH 22 au public et de le passer en 2222. ça impacte le vos ?`),
    no(`bjr stp, quel timeout de session TCP mettre sur le fortigate pour le SIP en TCP? aucun probleme, c pour une nouvelle installation`),
    no(`hola, tenemos carrier nuevo y hay q meter su IP en la whitelist del fortigate q esta delante del vos. nos ayudan con la regla?`),
    no(`buenas, fail2ban bloqueo la IP de la oficina de Cali despues de q un agente se equivoco de clave 10 veces. como la desbaneo?`),
    no(`que puertos hay q abrir en el pfsense para el vos? con 5060 tcp/udp y rtp 10000-20000 es suficiente?`),
    no(`hola, como desactivo el SIP ALG en el mikrotik? creo q es en ip firewall service-port pero no lo encuentro`),
    no(`oye, nos revisan esta config de iptables antes de pasarla a produccion?
-A INPUT -p tcp --dport 5060 -j ACCEPT
-A INPUT -m conntrack --ctstate INVALID -j DROP
es solo revision, nada roto`),
    no(`que tal, queremos bloquear el trafico SIP de fuera de Mexico en el fortigate (geo blocking) pero sin bloquear a los carriers de USA. se puede?`),
    no(`hola, el ASA rechaza al carrier nuevo: %ASA-4-106023: Deny udp src outside:190.x.x.x/5060 dst inside:10.1.1.10/5060 by access-group "OUTSIDE_IN". falta una ACL no?`),
    no(`buenas, el port forwarding del 5060 en el router del call center no funciona, es un router del ISP. alguna idea de q revisar?`),
    no(`Hola, estamos recibiendo escaneos SIP masivos (sipvicious). q reglas de firewall recomiendan para el vos?`),
    no(`hola, el sophos bloquea el portal web desde fuera, quiero abrir el 8080 solo a la IP de la oficina. como lo hago?`),
    no(`buenas, vamos a pasar de iptables a firewalld en el servidor, que servicios y zonas hay que crear para el vos?`),
    no(`hola, la auditoria pide cerrar el ssh 22 al publico y moverlo al 2222, afecta al vos en algo?`),
    no(`buenas, q timeout de sesion TCP pongo en el fortigate para SIP por TCP? instalacion nueva, sin problemas`),
  ],
  negationContext: [
    no(`bjr, juste pour info: le pb des TIME_WAIT et des "cannot assign requested address" du mois dernier est resolu depuis votre intervention, merci. aujourd'hui 300 TIME_WAIT max en pointe`),
    no(`Bonjour, nos postes sont unregistered depuis ce matin mais on est en UDP uniquement et le RST n'a jamais été activé. On a changé de routeur hier. Une idée ?`),
    no(`salut, le ticket de la semaine derniere sur le fortigate qui droppait les RST, vous pouvez le cloturer, c regle depuis qu'on a remis SS_TCP_CLOSE_RESET a Off. merci`),
    no(`Fwd: ticket #4471 (fermé) "perte d'enregistrement des postes derrière NAT après activation RST", résolu le 12/03 par retour au mode FIN. Je vous le transmets pour archive seulement.`),
    no(`bjr, merci bcp pour hier! apres tcp_tw_reuse + la nouvelle plage de ports on est passe de 28 000 TIME_WAIT a 900 en pointe. plus aucun echec`),
    no(`Bonjour, on nous parle de "port exhaustion" à forte charge, mais chez nous personne n'a rien changé, 5 cps, et on ne voit aucune erreur de connexion. On n'est pas concernés, si ?`),
    no(`bjr, les 3 agents qui s'enregistraient plus: c'etait apres le changement de mot de passe, ils avaient l'ancien dans le softphone. corrige, rien a voir avec le NAT`),
    no(`salut, le firewall? non, rien change cote firewall ni cote vos, RST toujours a Off. les appels coupent a 30s pile, on pense au session timer du carrier`),
    no(`bonjour, pour repondre a votre question: non, on utilise pas TCP, tout est en UDP, donc le mode RST nous concerne pas. nos soucis d'enregistrement viennent du reseau de l'operateur`),
    no(`Bjr, rapport d'incident pour la direction: le 3 mai, epuisement des ports a 80 cps (28k TIME_WAIT), corrige le jour meme, aucun incident depuis. je vous l'envoie pour valider le texte`),
    no(`re, suite a votre message: RST est bien Off (SS_TCP_CLOSE_RESET=Off dans softswitch.conf), personne y a touche. donc c pas ca qui fait tomber les postes`),
    no(`Bonjour, on avait des "address already in use" en masse la semaine passée à l'heure de pointe ; depuis l'ajout du 2e serveur, zéro. Merci, on peut fermer.`),
    no(`salut, le pfsense droppait les RST apres le changement mais on a ajoute la regle et depuis vendredi tout passe, 0 drop dans les logs. merci encore`),
    no(`bjr, nos postes NAT sont enregistres et stables depuis qu'on est revenus au mode FIN. je confirme, rien a signaler. merci a l'equipe`),
    no(`hola, solo para avisar: lo de los TIME_WAIT y "cannot assign requested address" del mes pasado quedo resuelto, ahora el pico es de 250 TIME_WAIT. gracias`),
    no(`buenas, tenemos telefonos desregistrados pero usamos solo UDP y el RST nunca lo activamos. cambiamos el router ayer, puede ser eso?`),
    no(`hola, pueden cerrar el ticket del fortigate q tiraba los RST, se arreglo cuando volvimos SS_TCP_CLOSE_RESET a Off. gracias`),
    no(`RV: ticket #8812 (cerrado) "extensiones detras de NAT pierden registro tras activar RST", resuelto el 5/4 volviendo a modo FIN. lo reenvio solo para el archivo`),
    no(`muchas gracias por lo de ayer! con tcp_tw_reuse y el rango de puertos bajamos de 28 mil TIME_WAIT a 800 en hora pico. cero fallas`),
    no(`hola, los 4 agentes q no registraban era por el cambio de contraseña, tenian la vieja en el softphone. ya quedo, no era el NAT`),
    no(`buenas, el firewall no lo hemos tocado ni el vos, RST sigue en Off. las llamadas se cortan a los 32 seg justos, pensamos q es el session timer del carrier`),
    no(`hola, respondiendo: no usamos TCP, todo es UDP, asi q lo del modo RST no aplica. lo del registro es por el internet de Claro q esta fallando`),
    no(`buenas, informe para gerencia: el 10 de marzo tuvimos agotamiento de puertos a 90 cps (30.000 TIME_WAIT), se corrigio ese mismo dia, sin incidentes desde entonces. lo revisan?`),
    no(`hola, confirmado: SS_TCP_CLOSE_RESET=Off en softswitch.conf, nadie lo cambio. asi q no es eso lo q tumba las extensiones`),
    no(`buenas, la semana pasada teniamos "address already in use" a tope en hora punta; desde q añadimos el segundo servidor, cero. gracias, se puede cerrar`),
    no(`hola, el pfsense descartaba los RST despues del cambio pero pusimos la regla y desde el viernes todo pasa, 0 drops. mil gracias`),
    no(`q tal, las extensiones detras de NAT siguen registradas y estables desde q volvimos a FIN. todo bien, gracias equipo`),
  ],
  portExhaustion: [
    pe(`URGENT bjr, a l'heure de pointe (vers 18h) les appels sortants echouent en masse, dans le log du vos: connect() failed: Cannot assign requested address. netstat montre 28 000 TIME_WAIT. on est a 120 cps. aidez nous stp`),
    pe(`Bonjour,
ss -s
Total: 31840
TCP:   30215 (estab 812, closed 29190, orphaned 3, timewait 29188)
Les nouvelles connexions TCP vers nos carriers ne passent plus depuis 17h30. Que faire ?`),
    pe(`salut, encore le meme cirque ce soir: entre 19h et 21h plus aucune nouvelle connexion tcp sortante, "address already in use" sur les connect vers les gateways. le reste du temps c nickel`),
    pe(`slm, mochkil kbir: a l'heure de pointe les appels tombent, netstat -ant | grep TIME_WAIT | wc -l = 27k. ip_local_port_range 32768 60999. on depasse les 100 cps. urgent stp`),
    pe(`bjr, log du vos pendant le pic: "bind: EADDRINUSE" sur chaque tentative de connexion sortante vers le carrier, des milliers de lignes. en dehors du pic ca marche`),
    pe(`bonsoir chef, les appels passent plus depuis 20 min, c la pointe. netstat: 28 mille sockets en TIME_WAIT. le serveur arrive plus a ouvrir de connexion vers l'operateur`),
    pe(`Bonjour, le module Java de routage qui tourne sur le serveur VOS remonte java.net.BindException: Cannot assign requested address (connect failed) à chaque pic de trafic, vers 150 cps. ss -s indique ~30k timewait. C'est les ports éphémères ?`),
    pe(`pb: depuis qu'on a pris 2 nouveaux clients call center, chaque jour entre 10h et 12h les appels echouent. sur le serveur 25k TIME_WAIT, presque tous vers le meme carrier 5060 tcp, et cannot assign requested address dans le log`),
    pe(`Bonjour, voici ce qu'on voit à 11h (pic) :
$ ss -tan state time-wait | wc -l
26431
$ cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
Les appels sortants en TCP échouent avec "Cannot assign requested address". Merci de votre aide rapide.`),
    pe(`bjr, on lance nos campagnes a 9h et des 9h05 le vos refuse d'ouvrir de nouvelles connexions sortantes, plein de TIME_WAIT (plus de 20 000). ca se debloque vers 10h quand le trafic baisse`),
    pe(`salut, jsp si c normal mais a 200 cps le serveur arrive plus a ouvrir de socket vers les gateways, erreur EADDRINUSE. netstat montre 32k TIME_WAIT. on a rien change a la conf recemment`),
    pe(`Bjr, le revendeur se plaint: taux d'echec 40% tous les soirs 20h-22h, encore hier. chez nous 28.000 TIME_WAIT, tcp_tw_reuse=0, erreurs cannot assign requested address. le matin tout va bien`),
    pe(`bonjour, depuis la hausse de trafic (on est passés de 40 à 130 cps) le softswitch n'arrive plus à établir de connexions TCP vers les carriers aux heures chargées. ss -s : timewait 27k et plus. help`),
    pe(`bjr stp, appels en echec massifs la maintenant, heure de pointe. log vos: "connect to 197.x.x.x:5060 failed: Cannot assign requested address". netstat -n | grep -c TIME_WAIT -> 29847`),
    pe(`Bonsoir, toutes les 2 heures quand la campagne repart, plus aucune connexion TCP possible pendant 10 min, puis ça revient. On voit des dizaines de milliers de TIME_WAIT pendant ce temps. On tourne à 90 cps en TCP.`),
    pe(`URGENTE, en hora pico las llamadas salientes fallan, log del vos: connect failed: Cannot assign requested address. netstat 28 mil TIME_WAIT, estamos en 110 cps. ayuda porfa`),
    pe(`buenas,
ss -s
Total: 30512
TCP:   29877 (estab 690, closed 29020, orphaned 1, timewait 29018)
desde las 6 de la tarde no salen conexiones tcp nuevas hacia los carriers. q hacemos?`),
    pe(`que onda, otra vez hoy de 5 a 7 lo mismo: no se abren conexiones tcp nuevas, "address already in use" en los connect hacia las gateways. el resto del dia va perfecto`),
    pe(`hola, en la hora punta se caen las llamadas, netstat -ant | grep TIME_WAIT | wc -l da 27k. rango de puertos 32768-60999 y pasamos de 100 cps. q se puede hacer?`),
    pe(`buenas, el log durante el pico: "bind: EADDRINUSE" en cada intento de conexion saliente al carrier, miles de lineas. fuera del pico todo normal`),
    pe(`ingeniero buenas noches, las llamadas no pasan hace 20 min, es la hora pico. 28.000 sockets en TIME_WAIT y el servidor no puede abrir conexiones al operador. urgente`),
    pe(`hola, el modulo java de enrutamiento q corre en el servidor del vos tira java.net.BindException: Cannot assign requested address en cada pico, unos 140 cps. ss -s marca como 30k timewait. es por los puertos efimeros?`),
    pe(`desde q entraron 2 clientes nuevos de call center, todos los dias de 10 a 12 fallan las llamadas. en el server 25k TIME_WAIT, todo hacia el mismo carrier 5060 tcp, y cannot assign requested address en el log`),
    pe(`buenas, esto es lo q vemos a las 11 (pico):
# ss -tan state time-wait | wc -l
26102
# sysctl net.ipv4.ip_local_port_range
net.ipv4.ip_local_port_range = 32768	60999
las salientes por TCP fallan con "Cannot assign requested address". gracias`),
    pe(`hola, arrancamos las campañas a las 9 y a las 9:05 el vos ya no abre conexiones salientes, mas de 20 mil TIME_WAIT. a las 10 cuando baja el trafico se arregla solo`),
    pe(`q tal, no se si es normal pero a 200 cps el server ya no abre sockets hacia las gateways, error EADDRINUSE, netstat 32k TIME_WAIT. no cambiamos nada de config`),
    pe(`hola, el revendedor se queja: 40% de fallo todas las noches de 8 a 10, anoche tb. de nuestro lado 28k TIME_WAIT, tcp_tw_reuse en 0 y errores cannot assign requested address. en la mañana todo bien`),
    pe(`buenas, desde q subio el trafico (de 40 a 130 cps) el softswitch no logra abrir conexiones TCP a los carriers en las horas cargadas. ss -s: timewait 27k y subiendo. help`),
    pe(`hola porfa, fallas masivas ahorita en hora pico. log del vos: "connect to 200.x.x.x:5060 failed: Cannot assign requested address". netstat -n | grep -c TIME_WAIT -> 29655`),
    pe(`Buenas, cada 2 horas cuando se reanuda la campaña no hay conexiones tcp posibles durante 10 min y luego vuelve. vemos decenas de miles de TIME_WAIT en ese rato. vamos a 90 cps por TCP`),
  ],
  natUnregistered: [
    nat(`bjr, depuis que vous avez active SS_TCP_CLOSE_RESET hier soir, nos Yealink derriere la box (NAT) sont unregistered un coup sur deux. ils sont en SIP TCP. avant c'etait stable`),
    nat(`Bonjour, depuis votre changement d'hier (le mode de fermeture TCP), les softphones de nos télétravailleurs perdent l'enregistrement toutes les quelques minutes. Ils sont tous derrière des routeurs domestiques, en TCP.`),
    nat(`salut, les gateways derriere notre mikrotik (NAT) se desenregistrent sans arret depuis qu'on a mis RST a On. en TCP. celles en IP publique directe vont bien`),
    nat(`slm, depuis le passage en mode RST, les agents de Casa qui sont derriere le routeur de l'agence (NAT) sont tous non enregistres. le siege en IP publique, aucun souci. transport TCP`),
    nat(`bjr, depuis le changement du close mode samedi, les telephones du bureau de Yopougon (derriere NAT) tombent unregistered plusieurs fois par heure. ils s'enregistrent en TCP. on a touche a rien d'autre`),
    nat(`Bjr, on a mis SS_TCP_CLOSE_RESET=On pour les TIME_WAIT, ok ca a regle ca, mais maintenant les MicroSIP des agents a domicile (TCP, derriere leur box) se desenregistrent en boucle. que faire?`),
    nat(`bonjour chef, depuis mardi (activation RST) nos 60 postes derriere le NAT du call center perdent leur enregistrement en TCP. ca revient puis ca retombe. les postes en UDP bougent pas`),
    nat(`salut, dans le log du vos: REGISTER recu, 200 OK envoye, puis 2 min apres le poste passe "unregistered". ca arrive que pour ceux derriere NAT en TCP, et seulement depuis qu'on est passe en RST`),
    nat(`Bonjour, depuis la modification de softswitch.conf (SS_TCP_CLOSE_RESET passé à On) et le reparse, les Grandstream de nos clients derrière leurs routeurs NAT apparaissent non enregistrés dans le portail. Transport TCP. Pouvez-vous regarder ?`),
    nat(`bjr, pb grave: tous les postes de nos clients residentiels (box internet, NAT) sont unregistered depuis ce matin. hier soir on a active le RST sur le softswitch. ils sont en tcp. les trunks eux marchent`),
    nat(`stp aide: depuis le passage en mode reset, nos zoiper en TCP derriere NAT (4G et wifi maison) perdent le registre. pas les postes heberges au datacenter`),
    nat(`bjr, mikrotik en NAT devant 40 telephones, SIP en TCP. depuis que le vos ferme les connexions en RST (depuis jeudi) ils passent unregistered toutes les 5-10 min. avant jamais`),
    nat(`Bonjour, suite à l'activation de RST la semaine dernière, nos revendeurs signalent que leurs clients derrière NAT n'arrivent plus à rester enregistrés (TCP). Ça fait beaucoup de tickets depuis.`),
    nat(`salut, petite agence derriere un routeur TP-Link, 8 postes en TCP, tous unregistered depuis votre changement d'hier sur la fermeture TCP. les autres sites en IP publique sont bons`),
    nat(`bjr, depuis le RST on voit dans le portail les postes NAT "unregistered" / "registered" / "unregistered" en yoyo. tous en TCP derriere des box. on a pas change les mots de passe ni les IP`),
    nat(`hola, desde q activaron SS_TCP_CLOSE_RESET anoche, los yealink detras del router (NAT) salen unregistered cada rato. estan en SIP TCP. antes estaba estable`),
    nat(`buenas, desde su cambio de ayer (el modo de cierre TCP) los softphones de los q trabajan desde casa pierden el registro cada pocos minutos. todos detras de routers caseros, por TCP`),
    nat(`q tal, las gateways detras del mikrotik (NAT) se desregistran todo el tiempo desde q pusimos RST en On. usan TCP. las q tienen IP publica van bien`),
    nat(`que onda, desde el cambio a modo RST los agentes de la sucursal de Monterrey detras del NAT estan todos desregistrados. el corporativo con ip publica sin problema. transporte TCP`),
    nat(`buenas, despues del cambio de close mode el sabado, los telefonos de la oficina de Bogota (detras de NAT) se caen a unregistered varias veces por hora. registran por TCP. no tocamos nada mas`),
    nat(`hola, pusimos SS_TCP_CLOSE_RESET=On por los TIME_WAIT, eso se arreglo, pero ahora los MicroSIP de los agentes en casa (TCP, detras de su router) se desregistran en bucle. q hacemos?`),
    nat(`buenas, desde el martes (activacion de RST) los 50 telefonos detras del NAT del call center pierden el registro por TCP. vuelve y se cae. los q estan en UDP ni se enteran`),
    nat(`hola, en el log del vos: llega REGISTER, se manda 200 OK, y 2 min despues la extension sale unregistered. solo pasa con las q estan detras de NAT en TCP y solo desde q pasamos a RST`),
    nat(`Buenas, desde que modificamos softswitch.conf (SS_TCP_CLOSE_RESET a On) e hicimos el reparse, los Grandstream de los clientes detras de sus routers NAT aparecen no registrados en el portal. Transporte TCP. Podeis mirarlo?`),
    nat(`hola, problema serio: todas las extensiones de clientes residenciales (router de casa, NAT) unregistered desde esta mañana. anoche activamos el RST en el softswitch. estan en tcp. los troncales funcionan`),
    nat(`porfa ayuda: desde el modo reset los zoiper en TCP detras de NAT (4G y wifi de casa) pierden el registro. los del datacenter no`),
    nat(`buenas, mikrotik haciendo NAT delante de 40 telefonos, SIP por TCP. desde q el vos cierra las conexiones con RST (desde el jueves) quedan unregistered cada 5-10 min. antes nunca`),
    nat(`hola, tras activar RST la semana pasada los revendedores reportan q sus clientes detras de NAT no logran quedarse registrados (TCP). ya son un monton de tickets`),
    nat(`q tal, tenemos una sucursal chica detras de un TP-Link, 8 telefonos en TCP, todos unregistered desde su cambio de ayer en el cierre TCP. los otros sitios con IP publica bien`),
    nat(`buenas, desde el RST vemos en el portal las extensiones NAT en "unregistered" / "registered" / "unregistered", sube y baja. todas TCP detras de routers. no cambiamos claves ni IPs`),
  ],
  firewallRst: [
    fw(`bjr, depuis l'activation de RST hier les appels coupent au hasard. sur le fortigate on voit plein de "no session matched" pour des paquets TCP flags R qui viennent du vos. le fortigate drop les RST?`),
    fw(`Bonjour, log ASA depuis votre changement du mode de fermeture :
%ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 41.x.x.x/38211 flags RST on interface inside
Des centaines par minute, et les appels restent bloqués en "calling". Que faut-il faire ?`),
    fw(`salut, on a mis SS_TCP_CLOSE_RESET=On, depuis les appels tcp raccrochent mal et restent pendus. dans iptables le compteur de la regle -m conntrack --ctstate INVALID -j DROP explose. c lie?`),
    fw(`slm, pfsense devant le vos, depuis le passage en RST les logs pfsense sont remplis de blocks "TCP:R" sur la regle default deny, et les appels echouent une fois sur trois. help stp`),
    fw(`bjr, depuis samedi (mode RST active) le sophos devant le serveur drop des paquets "out of state" avec flag RST, et les appels se coupent au bout de quelques secondes`),
    fw(`Bjr, mikrotik en firewall devant le vos: depuis qu'on est en RST, /log print montre "drop invalid" en masse avec flags RST, et nos appels SIP TCP echouent par moments`),
    fw(`bonjour, depuis votre modif d'hier les appels tcp vers notre plateforme se figent. notre ingenieur reseau voit que le fortigate jette les RST (no session matched). avant la modif zero souci`),
    fw(`Bonjour, la FortiGate 200F en frontal drop les paquets RST du softswitch depuis qu'on a activé SS_TCP_CLOSE_RESET. diagnose debug flow : "no session matched". Résultat : appels qui pendent et nouvelles connexions refusées. Merci`),
    fw(`Bonjour, depuis l'activation du mode RST notre Cisco ASA journalise "Deny TCP (no connection) ... flags RST" et nos clients rapportent des appels coupés. Faut-il ajuster le TCP state bypass ?`),
    fw(`salut, kern.log sur le firewall linux:
kernel: INVALID DROP: IN=eth1 OUT=eth0 SRC=10.0.0.5 DST=41.x.x.x PROTO=TCP SPT=5060 DPT=40122 WINDOW=0 RST URGP=0
des milliers depuis qu'on a passe le vos en RST. appels qui echouent`),
    fw(`bjr, pb depuis le changement close mode: les appels TCP entre nos sites tombent. le pfsense montre "state mismatch" et bloque les paquets avec R. on a rien touche au pfsense`),
    fw(`Bonjour, depuis hier les appels sont coupés net ou restent en sonnerie infinie. Seul changement : RST activé sur le VOS. Notre Sophos XG montre des drops "Invalid TCP state" sur le 5060.`),
    fw(`bjr stp urgent, depuis l'activation du RST, conntrack -S montre invalid qui monte a fond et iptables droppe, les appels tcp se terminent pas proprement, les agents restent bloques en communication`),
    fw(`salut, on a un ASA entre le vos et le carrier. depuis que vous avez mis SS_TCP_CLOSE_RESET a On, les appels vers le carrier echouent a 30%, et l'ASA log "Deny TCP (no connection)" avec flags R`),
    fw(`Bonjour, MikroTik CCR en bordure : depuis le mode RST du softswitch, la règle "drop invalid" de la chain forward compte des milliers de paquets RST et les appels chutent. Pouvez-vous confirmer que c'est lié ?`),
    fw(`hola, desde q activamos RST ayer las llamadas se cortan al azar. en el fortigate salen muchos "no session matched" de paquetes TCP con flag R desde el vos. el fortigate esta tirando los RST?`),
    fw(`buenas, log del ASA desde su cambio del modo de cierre:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.10/5060 to 190.x.x.x/40522 flags RST on interface inside
cientos por minuto, y las llamadas se quedan colgadas en "calling". que hacemos?`),
    fw(`q tal, pusimos SS_TCP_CLOSE_RESET=On y desde entonces las llamadas tcp no cuelgan bien y se quedan pegadas. en iptables el contador de -m conntrack --ctstate INVALID -j DROP se dispara. tiene q ver?`),
    fw(`que onda, tenemos pfsense delante del vos y desde q pasamos a RST el log del pfsense esta lleno de bloqueos "TCP:R" en la regla default deny, y falla una de cada tres llamadas`),
    fw(`buenas, desde el sabado (modo RST activado) el sophos delante del servidor descarta paquetes "out of state" con flag RST y las llamadas se cortan a los pocos segundos`),
    fw(`hola, mikrotik de firewall delante del vos: desde q estamos en RST, /log print muestra "drop invalid" a montones con flags RST, y las llamadas SIP TCP fallan a ratos`),
    fw(`buenas, desde su cambio de ayer las llamadas tcp hacia nuestra plataforma se congelan. el de redes ve q el fortigate bota los RST (no session matched). antes del cambio cero problemas`),
    fw(`Hola, la FortiGate 100F de entrada descarta los RST del softswitch desde que activamos SS_TCP_CLOSE_RESET. diagnose debug flow: "no session matched". Las llamadas se quedan colgadas y se rechazan conexiones nuevas`),
    fw(`buenas, desde q activamos el modo RST el Cisco ASA registra "Deny TCP (no connection) ... flags RST" y los clientes reportan llamadas cortadas. hay q tocar el tcp state bypass?`),
    fw(`hola, en el kern.log del firewall linux:
kernel: INVALID DROP: IN=eth1 OUT=eth0 SRC=10.1.1.10 DST=190.x.x.x PROTO=TCP SPT=5060 DPT=51877 WINDOW=0 RST URGP=0
miles desde q pasamos el vos a RST. llamadas fallando`),
    fw(`buenas, problema desde el cambio del close mode: las llamadas TCP entre sedes se caen. el pfsense dice "state mismatch" y bloquea los paquetes con R. al pfsense no le tocamos nada`),
    fw(`hola, desde ayer las llamadas se cortan de golpe o se quedan timbrando infinito. lo unico q cambio: RST activado en el vos. el sophos XG muestra drops "Invalid TCP state" en el 5060`),
    fw(`urgente porfa, desde q activamos RST conntrack -S muestra invalid subiendo a tope e iptables descarta, las llamadas tcp no terminan bien, los agentes se quedan pegados en llamada`),
    fw(`q tal, hay un ASA entre el vos y el carrier. desde q pusieron SS_TCP_CLOSE_RESET en On, las llamadas al carrier fallan un 30%, el ASA loguea "Deny TCP (no connection)" con flags R`),
    fw(`buenas, MikroTik CCR en el borde: desde el modo RST del softswitch la regla "drop invalid" de forward cuenta miles de paquetes RST y se caen las llamadas. nos confirman si es eso?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning177Set: readonly EvalItem[] = Object.values(tuning177Families).flat();
