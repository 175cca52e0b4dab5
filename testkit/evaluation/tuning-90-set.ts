import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, call-centre technicians and resellers in Madagascar, Mauritius, Réunion and the Comoros
 * writing on WhatsApp in Malagasy, Mauritian Creole (Kreol Morisien) and French mixed with English
 * technical terms ("manao ahoana", "tsy mandeha", "omaly", "androany", "misaotra", "mo pa konpran",
 * "pe marse", "li pa pe", "zordi", "yer", "ki pou fer", "marahaba"), informal, short or long, with
 * typos and sometimes pasted log lines or command output.
 *
 * The ninetieth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the ninetieth never-tuned set, before the forty-third round of rules, by someone who
 * had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the
 * other sets in view; measured as such before and after the forty-third round, then made tuning
 * material for the forty-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 82.2 %, negatives confident 4.4 %, confident wrong 0 % with the
 * rules of the forty-second round, and the same after the forty-third.
 */
export const tuning90Families = {
  oneListeningPort: [
    no(`Manao ahoana. Tsy mandeha ilay tomcat androany maraina, hoe "java.net.BindException: Address already in use: bind" ao amin'ny catalina.out. Port 8080 ve no misy mampiasa?`),
    no(`bonzour, mo pe esay lans nginx lor server web la me li pa pe demare: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). apache ti ankor pe roule mo krwar. ki pou fer?`),
    no(`Salut, sur le serveur de test mysql veut pas redémarrer "Can't start server: Bind on TCP/IP port: Address already in use" port 3306, y a un vieux mysqld qui tourne encore? comment je vois qui tient le port`),
    no(`Ry namana, ilay app node ao amin'ny laptop-ko: Error: listen EADDRINUSE: address already in use :::3000. Nataoko indroa ve ilay npm start? 😅`),
    no(`docker run -p 5060:5060/udp ... -> Error starting userland proxy: listen udp4 0.0.0.0:5060: bind: address already in use. mo finn bliye ki asterisk lor host la ankor pe ekoute lor 5060. kouma mo tir li?`),
    no(`Nametraka kamailio teo amin'ny serveur misy VOS3000 aho omaly, dia tsy mandeha: "bind: Address already in use" amin'ny 5060. Mahazo miara-mipetraka ve izy roa amin'ny port iray?`),
    no(`zordi portal web VOS la pa pe ouver. dan log tomcat: "Failed to initialize end point associated with ProtocolHandler [http-bio-8080] java.net.BindException: Address already in use <null>:8080". enn lot aplikasion pe servi 8080 mo pans. kisannla?`),
    no(`Bonjour, après reboot le service httpd ne démarre plus: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443. Je pense c'est le panel qu'on a installé hier qui a pris le 443. Marahaba`),
    no(`Inona no commande hahitana hoe iza no mitana ny port 8080? "cannot bind" foana ilay tomcat`),
    no(`mo finn gete ki pe tenir port la:
tcp   0   0 0.0.0.0:3306   0.0.0.0:*   LISTEN   2211/mysqld
me mysql la pa pe redemar, li dir "address already in use". bizin kill 2211?`),
    no(`Le client a installé un deuxième softswitch sur la même machine pour des tests, le deuxième mbx3000d dit bind 5060 failed address already in use. Normal non? on peut pas avoir 2 qui écoutent sur 5060`),
    no(`Redis tsy mety mi-start: "Could not create server TCP listening socket *:6379: bind: Address already in use". Efa nisy redis hafa natomboka tamin'ny systemd angamba. Ahoana no hanamarinana?`),
    no(`mo pe fer enn ti script python pou dashboard CDR, flask dir "OSError: [Errno 98] Address already in use" lor port 5000. mo ti kit lot terminal ouver lol. ok ok mo trouve, mersi`),
    no(`ça y est le service radius il veut pas se lancer, "bind: address already in use" sur 1812. je crois que freeradius tourne déjà en double, un via init.d et un lancé à la main`),
    no(`Ilay API billing vaovao (Spring Boot) tsy mandeha: "Web server failed to start. Port 8080 was already in use." Ny tomcat an'ny VOS no mampiasa 8080 ao. Ovaina ho 8081 ve ilay API sa ahoana?`),
    no(`yer swar mo finn relans server la, zordi mysql ok me interface web VOS pa pe vini. log: SEVERE: StandardServer.await: create[localhost:8005]: java.net.BindException: Address already in use. port shutdown 8005 pran par enn lot tomcat?`),
    no(`Question rapide: sur le portail web, erreur "port 80 already in use" quand j'active le vhost. C'est le nginx du monitoring. Je déplace lequel?`),
    no(`sshd tsy mety mi-restart rehefa novaiko ny Port ho 2222: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." Nisy tunnel nalefako teo aloha tamin'io port io. Misaotra raha manampy`),
    no(`zabbix agent pa pe marse apre update: "listener failed: bind() for [[-]:10050] failed: [98] Address already in use". ena de agent ki installe, ansien ek nouvo. mo tir ansien?`),
    no(`docker compose up -> "Bind for 0.0.0.0:8080 failed: port is already allocated". c'est le tomcat du vos sur l'hôte. je change le mapping en 8088:8080 c bon?`),
    no(`Ny serveur IVR-nay (freeswitch) tsy mandeha androany: "[ERR] sofia.c Error Creating SIP UA for profile: internal ... Address already in use" amin'ny 5060. Azo inoana fa ilay asterisk taloha mbola mandeha. Tokony hovonoina ve?`),
    no(`li dir "EADDRINUSE 0.0.0.0:9090" kan mo lans prometheus. enn sel port sa, pa enn gran zafer. kisannla pe servi 9090?`),
    no(`lsof -i :443
COMMAND  PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME
httpd   1402 root    4u  IPv6  18832      0t0  TCP *:https (LISTEN)
du coup nginx dit address already in use. on garde apache ou on passe tout sur nginx?`),
    no(`Ao amin'ny PC Windows-ko dia tsy mety mandeha ilay SIP server test: "Only one usage of each socket address (protocol/network address/port) is normally permitted" port 5060. Ilay MicroSIP ve no mitana azy?`),
    no(`apre enn koupir kouran, VOS web pa pe demare. log tomcat dir "Address already in use: JVM_Bind 8080". me nanye pa lor 8080 kan mo fer netstat... ou krwar enn vie process java ki pa finn mor?`),
    no(`Bonjour, le mbx3000d ne démarre pas, dans le log je vois "bind 0.0.0.0:5060 failed, Address already in use". On a un vieux opensips qui démarrait au boot sur cette VM. Je le désactive et c'est bon?`),
    no(`Postgres: "could not bind IPv4 address "0.0.0.0": Address already in use" - HINT: Is another postmaster already running on port 5432? Eny, nisy instance roa. Voavaha, misaotra!`),
  ],
  otherRegistrationCause: [
    no(`Manao ahoana. Ny telephone 6 ao amin'ny biraon'ny mpanjifa tsy registered hatramin'ny omaly. 403 Forbidden ao amin'ny log. Novain'izy ireo ny password tao amin'ny VOS nefa tsy nataony tamin'ny finday 🙄`),
    no(`bonzour, tou bann poste kot kliyan Rose-Hill unregistered depi zordi gramatin. zot ISP inn sanz zot IP piblik ek nou ti met IP la lor whitelist dan VOS. ki pou fer, met nouvo IP?`),
    no(`Salut, trunk du revendeur à St-Denis n'enregistre plus depuis hier soir. Dans le VOS le compte est expiré (date de validité dépassée). C'est juste un renouvellement?`),
    no(`Tapaka ny jiro teto Antananarivo omaly hariva (Jirama indray), dia rehefa niverina dia unregistered daholo ireo poste IP 12. Ny switch PoE tsy nirehitra. Efa voavaha izao.`),
    no(`li pa pe register, telefonn lor latab resepsion. mo finn gete, kab reso la ti debranse par enn dimounn ki ti pe netway 😂 ok aster li pe marse`),
    no(`Bonjour, le VOS refuse les nouvelles inscriptions: "license limit reached" et certains postes sont unregistered. On a dépassé le nombre de comptes de la licence? on est en UDP partout`),
    no(`Ny domaine sip.xxx.mg novaina ho IP vaovao omaly, fa ny finday sasany mbola mitady ilay IP taloha (DNS cache). Tsy registered izy ireo. Mila miandry TTL ve sa reboot?`),
    no(`zordi teknisien inn sanz konfig switch Cisco, met telefonn dan VLAN voice 20, depi la zot napa IP DHCP e zot unregistered. bizin enn DHCP lor sa VLAN la?`),
    no(`Bonjour, à Moroni depuis ce matin aucun poste ne s'enregistre, mais en fait c'est internet qui est coupé chez l'opérateur, problème de câble sous-marin. Rien à faire de notre côté je pense`),
    no(`Nampidirinay tamin'ny provisioning server ny config vaovao ho an'ny Yealink 30, fa diso ny username (nisy espace tao aoriana). Dia 401 Unauthorized daholo. Azo atao ve ny manova azy rehetra indray mandeha?`),
    no(`REGISTER sip:196.x.x.x SIP/2.0 ...
SIP/2.0 403 Forbidden (Bad auth)
sa mem pou tou bann ekstansion 200-215. kliyan la dir li pa finn sanz nanye me yer zot admin inn reset bann password lor panel 🤷`),
    no(`On a remplacé la box du client (nouvelle box fibre) et maintenant les Grandstream restent unregistered. Ils sont en UDP 5060. Je pense que la box bloque ou que le SIP ALG est activé. vous confirmez?`),
    no(`finday tsy misy wifi intsony ao amin'ny fivarotana, ka unregistered ilay softphone. Olana wifi fotsiny ve?`),
    no(`trunk revander Curepipe pa pe register depi yer. dan VOS li dir "IP not allowed". zot inn sanz fournisser internet e napa IP fix aster. mo pa konpran kouma pou gere sa`),
    no(`Les téléphones en UDP chez le client de Port-Louis se désenregistrent toutes les 30 min environ. Expires=3600 sur les postes mais le routeur a un timeout UDP de 30 min... faut baisser l'expire ou mettre keepalive?`),
    no(`Ny kaonty an'ilay reseller ao Toamasina lany crédit sy lany daty (expired) hatramin'ny alatsinainy, ka tsy mety miditra ny gateway-ny. Ahoana no hanavaozana azy ao amin'ny VOS?`),
    no(`yer apre lorage, bann telefonn lor 2em etaz unregistered. switch 2em etaz ti brile. nou finn ranplas li zordi, tou ok. mersi pou lanket`),
    no(`gateway GoIP du client ne s'enregistre plus, il a changé le mot de passe du compte dans le portail mais a oublié sur la gateway. Erreur 401 en boucle. Je peux voir le mdp côté VOS?`),
    no(`Nafindranay tany amin'ny datacenter vaovao ny serveur VOS omaly hariva ka niova ny IP. Ireo finday mbola mandefa REGISTER any amin'ny IP taloha ka timeout. Tsy maintsy ovaina tsirairay ve sa misy fomba hafa?`),
    no(`bann telefonn ki lor TLS pa pe register depi zordi, erreur "certificate expired". sertifika SSL lor server inn expire yer. mo bizin renouvle li kouma?`),
    no(`le poste du directeur affiche "no service"/unregistered, en fait le port PoE du switch est mort. j'ai changé de port ça remarche. je note juste pour le ticket`),
    no(`Nisy nanakana (disable) ilay kaonty SIP 1040 tao amin'ny VOS satria tsy nandoa vola ilay mpanjifa. Izao efa nandoa izy, fa mbola unregistered. Mila manao enable ve dia miandry?`),
    no(`kliyan Quatre Bornes inn met enn nouvo MikroTik e depi sa bann poste unregistered. zot pe servi UDP 5060, napa TCP ditou. mo krwar li blok 5060 dan firewall filter. mo gete sa?`),
    no(`Marahaba. Les postes à Mutsamudu ne s'enregistrent plus. Le technicien local a changé l'adresse du serveur dans l'option DHCP 66 par erreur, ils récupèrent une mauvaise config. on corrige`),
    no(`Tsy registered ny trunk an'ilay mpanjifa hatramin'ny 10 ora. Niantso ny ISP aho, misy panne fibre any amin'ny faritra misy azy. Tsy olana amin'ny VOS.`),
    no(`VOS la dir "license expired" zordi gramatin e tou bann gateway inn tonbe unregistered. kisannla ki ou kontakte pou renouvle lisans? urgent!!`),
    no(`Bonjour, certains comptes restent unregistered parce que le client utilise l'ancien nom de domaine voip.ancien.re qui n'existe plus. Je peux faire un alias DNS ou je dois reconfigurer les postes ?`),
  ],
  smallFigures: [
    no(`Manao ahoana, inona marina moa ny TIME_WAIT? Nahita 180 teo amin'ny serveur-nay aho, tsy dia misy antso firy. Olana ve izany?`),
    no(`Total: 412
TCP:   96 (estab 41, closed 38, orphaned 0, timewait 37)
sa normal? server pa pe gagn boukou trafik zordi, zis pou gete`),
    no(`C'est quoi exactement SS_TCP_CLOSE_RESET dans softswitch.conf? Je l'ai vu dans la doc mais je comprends pas à quoi ça sert. on a pas de problème, c'est juste pour savoir`),
    no(`Azo antoka ve ny manao net.ipv4.tcp_tw_reuse=1 amin'ny CentOS 7? Tsy misy olana izahay fa naheno hoe tsara izany.`),
    no(`ki ou rekomande pou ip_local_port_range lor enn server VOS ki fer maximum 15 CPS? mo pe prepar enn nouvo server, pa ena okenn problem`),
    no(`netstat -an | grep TIME_WAIT | wc -l → 214. serveur tranquille, 20 appels simultanés. je m'inquiète pour rien ?`),
    no(`Fanontaniana kely: ny RST sy ny FIN amin'ny TCP, inona no maha samy hafa azy? Ho an'ny fiofanana ho an'ny mpiasa vaovao.`),
    no(`mo finn fer ss -tan | grep -c TIME-WAIT, li dir 62. pa boukou sa non? zis enn health check mansiel pou kliyan`),
    no(`Quelle est la valeur par défaut de ip_local_port_range sur CentOS 6? chez nous c'est 32768 61000, on a 30 appels max, faut changer ou pas?`),
    no(`net.ipv4.ip_local_port_range = 32768	60999
net.ipv4.tcp_tw_reuse = 0
Ireo no sanda amin'ny serveur vaovao. 300 antso isan'andro fotsiny. Tsara ve sa mila ovaina?`),
    no(`kouma mo kapav kone konbien port ephemeral mo pe servi la? zis pou monitoring, pena problem`),
    no(`Bonjour, sur notre petit serveur VOS (10 lignes) je vois 95 connexions TIME_WAIT le soir. Est-ce que ça peut poser un souci un jour?`),
    no(`Tokony hovaina ho On ve ny SS_TCP_CLOSE_RESET raha 5 CPS fotsiny ny serveur-nay? Tsy mbola nisy olana fa te hiomana.`),
    no(`tcp_fin_timeout, li servi pou ki? li afekte TIME_WAIT? mo pa konpran bien diferans`),
    no(`TCP:   233 (estab 120, closed 90, orphaned 2, synrecv 0, timewait 88/0), ports 0
c'est le rapport hebdo pour le client de Saint-Pierre, tout va bien je pense? 8 CPS en pointe`),
    no(`Firy ny TIME_WAIT heverina ho be loatra? Izahay 400 eo ho eo amin'ny peak, 12 CPS. Mandeha tsara daholo ny antso.`),
    no(`eski tcp_tw_recycle ek tcp_tw_reuse se mem zafer? enn koleg dir mwa pa servi recycle akoz NAT. zis pe aprann`),
    no(`Vous avez une checklist de santé pour un serveur VOS3000? genre combien de TIME_WAIT c'est normal, CPU, etc. On fait un audit trimestriel`),
    no(`Inona no dikan'ny "orphaned" ao amin'ny ss -s? 0 no hitako. Misaotra tompoko`),
    no(`    1245 active connections openings
    3 failed connection attempts
    12 connection resets received
sa 12 reset la, eski mo bizin trakase? server la pe marse normal`),
    no(`Le SS_TCP_CLOSE_RESET il a un effet si les postes sont tous en UDP? juste pour comprendre, pas de souci chez nous`),
    no(`Te hahafantatra aho: ny port ephemeral dia avy amin'ny 32768 ka hatramin'ny 60999 ve? Firy ny connexion afaka atao isan-tsegondra amin'izany? Fanontaniana teorika fotsiny.`),
    no(`mo finn trouv 3 koneksion dan CLOSE_WAIT lor port 5060 TCP. pa gran zafer? tou lapel pe pase`),
    no(`Pour un nouveau client qui fera ~5 CPS en SIP TCP, vous conseillez quoi comme réglage sysctl de départ? On part sur du CentOS 7.`),
    no(`Ity ny vokatry ny ss -s androany: TCP: 58 (estab 22, closed 30, timewait 29). Ny serveur backup io, tsy misy antso. Ok daholo ve?`),
    no(`enn kestion: kan mo fer service mbx3000d reparse, eski lapel ki pe kour pou koupe? mo bizin sanz enn paramet me pa oule derange kliyan`),
    no(`Bonjour, on a 150 TIME_WAIT sur le VOS à 18h, ça monte à 200 max. c'est dans la norme ?`),
  ],
  firewallNoRst: [
    no(`Azafady, ahoana no hanokafana ny port 5060 UDP sy ny RTP 10000-20000 ao amin'ny iptables amin'ny CentOS 6? Serveur vaovao.`),
    no(`bizin whitelist IP revander nouvo 102.x.x.x lor firewall server VOS. mo met li dan iptables INPUT ACCEPT ase?`),
    no(`fail2ban a banni l'IP du bureau du client hier, trop de tentatives REGISTER avec mauvais mdp. Comment je le débannis? fail2ban-client set sip unbanip ?`),
    no(`Ao amin'ny routeur TP-Link an'ilay mpanjifa dia mila vonoina ve ny SIP ALG? Tsy mandeha tsara ny feo (one way audio).`),
    no(`kouma pou fer port forward lor MikroTik pou enn IP-PBX dan LAN? dst-nat 5060 ek RTP. premie fwa mo pe fer sa`),
    no(`On veut bloquer tout le trafic SIP venant hors océan Indien/Europe, trop de scans. ipset avec les pays, vous avez un exemple?`),
    no(`Misy scanner (friendly-scanner / sipvicious) mandefa REGISTER be dia be. Te hametra rate limit amin'ny iptables aho, hashlimit ve no tsara?`),
    no(`Chain INPUT (policy DROP)
ACCEPT  udp  --  0.0.0.0/0  0.0.0.0/0  udp dpt:5060
ACCEPT  tcp  --  0.0.0.0/0  0.0.0.0/0  tcp dpt:22
mo pa trouv port web VOS la (8080) ladan. se pou sa mo pa kapav ouver portal depi biro?`),
    no(`On a mis une FortiGate devant le VOS. Faut que j'ouvre quoi exactement comme policy pour SIP 5060 TCP/UDP et RTP? pas de problème pour l'instant, c'est la mise en service`),
    no(`Nohidiana tamin'ny firewall ny port 22 raha tsy avy amin'ny IP biraonay. Izao tsy afaka miditra ilay technicien any Mahajanga. Ahoana no hanampiana ny IP-ny?`),
    no(`pfSense lor site kliyan: eski mo bizin aktiv "static port" dan outbound NAT pou telefonn SIP? zot dir audio koupe apre 30 seg`),
    no(`iptables -L -n -v montre que la règle DROP tout en bas attrape plein de paquets venant de l'étranger sur 5060. c'est du scan ? je laisse?`),
    no(`2024-05-02 03:14:07 fail2ban.actions [1021]: NOTICE [asterisk] Ban 41.x.x.x
Ity IP ity dia an'ilay reseller ao Fianarantsoa! Nahoana no voasakana? Ahoana no hanesorana azy sy hametrahana azy ao amin'ny ignoreip?`),
    no(`CentOS 7, firewalld. mo finn fer firewall-cmd --add-port=5060/tcp me apre reboot li finn disparet. bliye --permanent? 😅`),
    no(`L'opérateur a un Cisco ASA, il demande quelles IP et quels ports ouvrir pour l'interco SIP avec nous. On leur donne 5060 UDP + RTP 10000-20000 c'est bon?`),
    no(`Mila manakana IP iray (185.x.x.x) mandefa INVITE mankany amin'ny numéro iraisam-pirenena. Ampy ve ny iptables -I INPUT -s 185.x.x.x -j DROP?`),
    no(`lor MikroTik ip firewall service-port, sip la enable. bizin dizab li? kliyan ena one way audio kan li apel enn mobil`),
    no(`Le client veut que seule son IP puisse accéder au portail web VOS. je fais ça dans iptables ou dans tomcat? on a déjà le firewall pour le SIP`),
    no(`Azo atao ve ny mametra ho 20 connexion TCP isaky ny IP mankany amin'ny 5060 mba hiarovana amin'ny flood? Inona ny règle tsara?`),
    no(`nou finn bloke tou pei sof Moris, Rodrig ek Lafrans lor firewall. aster enn kliyan an vwayaz Dubai pa kapav register so softphone. ena enn fason pou fer exsepsion pou li?`),
    no(`Je voudrais logger les paquets SIP rejetés par iptables pour voir qui scanne. -j LOG avant le DROP, c'est ça? Merci`),
    no(`Tokony hampidirina ve ny module nf_conntrack_sip ao amin'ny serveur? Nisy nilaza hoe manimba ny SDP izy indraindray.`),
    no(`kliyan ena enn box Huawei (fib), li oule met enn IP-PBX dan so biro. ki port mo bizin forward? mo pa konn interface Huawei la ditou`),
    no(`le pare-feu du datacenter (Juniper) bloque le 5061, le client veut passer ses postes en TLS. je demande l'ouverture de 5061 TCP entrant, rien d'autre?`),
    no(`Ny firewall (UFW) amin'ny serveur CDR dia manakana ny MySQL 3306 avy amin'ny VOS. "ufw allow from IP-VOS to any port 3306" ve no atao?`),
    no(`fail2ban inn ban nou prop IP biro akoz mo ti tap move password lor SSH 5 fwa 🙈 mo pe servi 4G pou ekrir zot. kouma mo deban mwa?`),
    no(`Question: dans pfSense je veux limiter à 50 states max par IP source sur le port 5060 (anti-flood). C'est dans les options avancées de la règle? Merci d'avance`),
  ],
  negationContext: [
    no(`Tsy misy ifandraisany amin'ny RST fa UDP daholo ny finday-nay. Unregistered ireo poste 4 ao Ambohijatovo androany, inona ary no mety ho antony?`),
    no(`SS_TCP_CLOSE_RESET lor Off depi toultan, personn pa finn tous li. me kliyan dir bann lapel tonbe. pa sa ki koz, ki lot zafer mo kapav gete?`),
    no(`Les postes NATés derrière le MikroTik sont unregistered depuis ce matin, mais c'est juste après le changement de mots de passe SIP qu'on a fait hier soir. 401 partout. Le RST on n'y a pas touché.`),
    no(`Ilay olana TIME_WAIT sy "cannot assign requested address" tamin'ny volana lasa dia efa voavaha rehefa novainay ny ip_local_port_range. Te hanamarina fotsiny hoe mbola tsara ny config ankehitriny.`),
    no(`enn kamarad ki travay pou enn lot konpani La Reunion dir mwa zot ena problem RST ek zot FortiGate. nou, nou pena sa problem la. mo zis kirye: kifer RST kapav fer sa?`),
    no(`Pour la formation des nouveaux techniciens jeudi: pouvez-vous expliquer pourquoi activer SS_TCP_CLOSE_RESET peut faire perdre l'enregistrement des postes derrière NAT? C'est théorique, pas d'incident.`),
    no(`Tatitra momba ny zava-nitranga tamin'ny 2022: tamin'izany dia nanakana (drop) ny RST ny pfSense ka tapaka ny antso. Efa voavaha hatramin'izay. Manoratra post-mortem aho, azonao hamarinina ve ny fanazavako?`),
    no(`konkiran nou dan Moris (pa pou nome) pe gagn gro problem TIME_WAIT akoz zot fer 300 CPS lor enn sel server. nou nou pa depas 20 CPS. eski nou bizin trakase?`),
    no(`"Address already in use" dans les logs? non non, pas un problème de ports, c'est juste le message quand on a lancé deux fois le script de sauvegarde qui écoute sur 9000. Ignorez mon message d'avant.`),
    no(`Raha sanatria ka hampiakarina ho 200 CPS ny serveur-nay amin'ny taona ho avy, mety hisy olana TIME_WAIT ve? Amin'izao 10 CPS fotsiny izahay ary tsy misy olana.`),
    no(`nou pa finn aktiv RST mod, nou pa ti kone ki li exis mem. bann telefonn dan biro Ebene (NAT, UDP) unregistered apre enn update firmware Yealink. se firmware la sa mo krwar.`),
    no(`Le client parle de "firewall qui bloque les RST" parce qu'il a lu un article, mais chez lui les appels coupent à cause de sa connexion ADSL qui sature. On a vérifié, RST est Off.`),
    no(`Efa naverinay ho Off ny SS_TCP_CLOSE_RESET tamin'ny herinandro lasa ary niverina registered daholo ny finday. Tsy misy olana intsony. Misaotra betsaka!`),
    no(`nou finn met SS_TCP_CLOSE_RESET=On yer pou test, me tou nou poste ek trunk lor UDP, donk napa okenn diferans. eski mo retir li ou mo les li?`),
    no(`Ce n'est pas notre serveur: le fournisseur de trunk à Maurice nous dit que ses postes NAT perdent l'enregistrement depuis qu'il a mis le RST. Nous on est client chez lui, on peut rien faire. Juste pour info.`),
    no(`Tsy olana firewall io fa ilay carte réseau no maty. Ireo "RST" hitanao teo dia avy amin'ny tcpdump taloha. Efa novaina ny carte.`),
    no(`mo finn lir dan manuel 4.3.5.2 ki RST ena efe lor TLS close_notify. nou pa servi TLS, pa servi TCP. zis enn kestion pou konpran.`),
    no(`Après le changement d'IP publique du routeur, les postes NAT sont unregistered. Rien à voir avec le TCP, on est en UDP, je pense juste que l'IP autorisée dans le VOS n'est plus la bonne.`),
    no(`Ilay ekipa teo aloha no nametraka ny RST On tamin'ny 2021 noho ny TIME_WAIT. Tsy misy olana ankehitriny. Fanontaniana fotsiny: ahoana no ahafantarako raha mbola ilaina izy?`),
    no(`pa bizin pans TIME_WAIT: nou pe fer 2 CPS. "cannot assign requested address" la vinn depi enn script ki pe esey bind lor enn IP ki pa lor server la (nou finn sanz IP). mo finn koriz script la.`),
    no(`Fausse alerte: les "connexions reset" que je voyais sur le FortiGate c'était un scan de ports, pas nos appels. Les appels passent bien et RST est resté Off.`),
    no(`Nilaza ilay mpanjifa fa "unregistered" ny finday, nefa rehefa nojereko dia ilay compte SIP no voafafa tsy nahy tao amin'ny VOS. Tsy RST, tsy NAT. Namboariko indray.`),
    no(`yer mo ti dir zot ki firewall pe drop RST. mo ti tronpe, se VLAN ki ti move. RST mod pa ti mem aktive. tou ok aster, dezole pou lalarm.`),
    no(`Si un jour on active SS_TCP_CLOSE_RESET, est-ce que notre Stormshield risque de bloquer les RST? On ne l'a pas activé, on veut juste savoir avant.`),
    no(`Tsy mbola nokitihina ny softswitch.conf hatramin'ny nametrahana azy (SS_TCP_CLOSE_RESET="Off" foana). Ny antso tapaka androany dia noho ny tapaka fibre an'ny ISP. Misaotra tompoko.`),
    no(`enn kliyan inn avoy mwa enn screenshot "Address already in use" me se lor so laptop kot li pe fer enn kour programasion Java. pa nou server. mo dir li ki pou fer?`),
    no(`Rapport mensuel: aucun incident lié aux ports, au NAT ni au firewall ce mois. TIME_WAIT max observé 310, RST Off, tous les postes enregistrés. Rien à faire.`),
  ],
  portExhaustion: [
    pe(`Manao ahoana! Amin'ny ora be olona (6-8 ora hariva) tsy mandeha ny antso vaovao, ary "cannot assign requested address" ao amin'ny log. 180 CPS izahay izao. Inona no atao?`),
    pe(`TCP:   31852 (estab 1200, closed 30410, orphaned 12, timewait 30398/0), ports 0
zordi swar lapel pa pe pase, 30k la TIME_WAIT. ki pou fer??`),
    pe(`Bonsoir, à chaque pic le soir le VOS n'arrive plus à ouvrir de connexions TCP vers les trunks, ça remarche après 1-2 min. netstat montre ~28 000 TIME_WAIT. On est en SIP TCP vers l'opérateur.`),
    pe(`2024-06-11 19:02:11 connect to 10.20.0.5:5060 failed: Cannot assign requested address
2024-06-11 19:02:11 connect to 10.20.0.5:5060 failed: Cannot assign requested address
Manomboka rehefa mihoatra ny 150 CPS. Tsy mandeha ny antso ho any amin'ny gateway.`),
    pe(`depi nou finn gagn nouvo trafik call center, a 9h gramatin li fer 200 CPS e softswitch la komans dir "address already in use" kan li pe konekte ar vendor. pa ti ena sa avan. mo pa konpran`),
    pe(`Bonjour, sur le VOS les appels sortants échouent aux heures de pointe. sysctl montre net.ipv4.ip_local_port_range = 32768 61000 et on a genre 27000 TIME_WAIT. On peut élargir la plage sans risque?`),
    pe(`TIME_WAIT 29000+ amin'ny 7 ora hariva, tsy afaka manokatra connexion TCP vaovao intsony ny serveur. Vonjeo azafady 🙏`),
    pe(`bann lapel pe fail ant 18h ek 20h selman. lerestan lazourne ok. mo finn gete, netstat | grep TIME_WAIT | wc -l = 30112. eski sa ki bloke?`),
    pe(`Salut, le callcenter du client lance des campagnes à ~250 CPS, et là on a des "BindException: Cannot assign requested address" côté softswitch vers les trunks TCP. Après la campagne tout revient. c'est les ports locaux qui manquent?`),
    pe(`Rehefa mandeha ny campagne an'ilay call center dia mijanona ny antso vaovao. "EADDRINUSE" no hita ao amin'ny log rehefa mifandray amin'ny trunk TCP izy. Ny port range dia 32768-60999 ihany. Tokony hovaina ve?`),
    pe(`[ERR] tcp connect 41.x.x.x:5060 -> errno 99 (Cannot assign requested address)
[ERR] tcp connect 41.x.x.x:5060 -> errno 99 (Cannot assign requested address)
... 4000 ligne koumsa dan 5 minit
sa pe arive sak swar kan trafik mont. aide svp`),
    pe(`Je pense qu'on est à court de ports éphémères: ss -tan state time-wait | wc -l donne 31 500 à 19h, et les INVITE vers les trunks TCP partent plus. RST est Off sur ce serveur. On fait quoi?`),
    pe(`Ny serveur VOS ao Antananarivo: CPS 220 amin'ny peak, ary maro ireo antso tsy tafiditra (503). Nojereko ny ss -s: timewait 28744. Mety ho lany ny port ve?`),
    pe(`lor VOS pe gagn "cannot bind" kan trafik for, sirtou 7h-9h aswar. mem lor lapel sortan. lerestan letan nikel`),
    pe(`Bonjour, depuis qu'on a ajouté 3 nouveaux revendeurs, le serveur tourne à 180-200 CPS le soir et les nouvelles connexions TCP sortantes échouent. On voit des milliers de TIME_WAIT (30k). Rien dans les logs firewall.`),
    pe(`# netstat -ant | awk '{print $6}' | sort | uniq -c
  29871 TIME_WAIT
    904 ESTABLISHED
     12 LISTEN
Ity no hitako tamin'ny 8 ora alina. Tsy mandeha ny antso vaovao amin'io fotoana io.`),
    pe(`mo pa konpran: server la ena boukou CPU ek RAM disponib, me kan CPS depas 150 lapel nouvo pa pe pase. "Address already in use" dan log softswitch, pa lor demaraz, pandan trafik. ki li ete sa?`),
    pe(`Marahaba. Le soir pendant le pic (Ramadan, beaucoup d'appels vers la France) le VOS refuse les nouvelles connexions vers nos fournisseurs TCP. Le lendemain matin tout va bien. netstat: 26 000 TIME_WAIT environ.`),
    pe(`Azafady, ahoana no hanitarana ny ip_local_port_range? Tery loatra angamba satria mihoatra ny 28000 ny TIME_WAIT rehefa 170 CPS ary tsy tafiditra intsony ny antso.`),
    pe(`net.ipv4.ip_local_port_range = 40000 45000
enn ansien teknisien ti met sa. aster ki trafik inn monte (~90 CPS) lapel pe fail lor peak. mo krwar port range tro etrwat, eski mo met 1024 65535?`),
    pe(`Les opérateurs de Maurice se plaignent que 1 appel sur 5 échoue entre 19h et 21h. Côté VOS je vois des "connect() failed (99: Cannot assign requested address)" vers les trunks TCP. CPS ~200.`),
    pe(`Isaky ny alina dia mitombo be ny TIME_WAIT (20k, 25k, 30k) ary tonga dia tsy afaka mandefa antso ho any amin'ny trunk TCP intsony. Rehefa mihena ny trafika dia miverina. Inona no vahaolana?`),
    pe(`server VOS nou inn fer 240 CPS yer swar, rekor. me ant 19h15 ek 19h40 preske tou lapel sortan inn fail: "java.net.BindException: Address already in use: connect". zordi nou atann mem trafik, ki pou fer avan swar?`),
    pe(`pic à 210 CPS, plus de ports dispo, "Cannot assign requested address" partout. urgent`),
    pe(`Ny serveur dia mampiasa SIP TCP amin'ny vendor 4. Rehefa mihoatra ny 160 CPS dia tsy misy connexion TCP vaovao intsony, fa ny UDP mandeha tsara. ss -s: timewait 31k. Tokony hampiasa RST ve?`),
    pe(`mo finn fer enn test ar SIPp a 200 CPS lor TCP atraver VOS. apre 2 minit VOS komans dir "cannot assign requested address" kan li pe konekte ar trunk ek ss montre 29k TIME_WAIT. eski se bann port lokal ki fini?`),
    pe(`Question: on a passé le trafic d'un gros revendeur de UDP à TCP la semaine dernière et depuis, chaque soir vers 20h les appels sortants échouent par vagues. TIME_WAIT entre 25 et 32 mille. Lien?`),
    pe(`lany port ve? 30k TIME_WAIT, 190 CPS, tsy mivoaka ny antso 😩`),
    pe(`bonswar, mo pe gagn "Cannot assign requested address" dan log mbx3000 sak fwa trafik depas ~170 CPS. tcp_tw_reuse = 0 ek port range 32768-60999. bizin touy sa?`),
    pe(`À chaque campagne du client (200+ CPS), les connexions TCP vers les passerelles ne s'ouvrent plus au bout de quelques minutes. Après 60 secondes sans trafic ça revient. ça sent la saturation des ports locaux non?`),
  ],
  natUnregistered: [
    nat(`Manao ahoana. Hatramin'ny nanovanay ny SS_TCP_CLOSE_RESET ho On omaly, dia unregistered foana ireo finday ao amin'ny birao ao Analakely (ao ambadiky ny MikroTik). SIP TCP izy ireo.`),
    nat(`depi nou finn met RST mod lor server yer, bann telefonn kliyan ki deryer router lakaz (NAT) pe perdi zot registration sak 5-10 minit. mo pa konpran, avan sa ti pe marse bien`),
    nat(`Bonjour, depuis le "fix TCP" de la semaine dernière (celui pour les TIME_WAIT), les postes Yealink du cabinet médical au Tampon passent unregistered régulièrement. Ils sont derrière une box en NAT, SIP en TCP.`),
    nat(`10:02 1021 registered (41.x.x.x:51234 TCP)
10:09 1021 unregistered
10:10 1021 registered (41.x.x.x:60112 TCP)
10:17 1021 unregistered
Toy izao foana hatramin'ny nametrahanay RST tamin'ny alatsinainy. Ao ambadiky ny routeur (NAT) ireo finday.`),
    nat(`zordi gramatin bann poste dan biro Port-Louis pe afis "No service / unregistered". yer swar nou ti fer sanzman SS_TCP_CLOSE_RESET="On" dan softswitch.conf + reparse. zot lor TCP deryer enn MikroTik. eski ena enn lien?`),
    nat(`Bonjour, après l'activation du reset TCP sur le VOS (demandée pour la charge), les softphones de nos agents à Moroni, derrière le NAT du bureau, se désenregistrent et ne reçoivent plus les appels entrants. Les postes en IP publique n'ont aucun souci.`),
    nat(`RST On omaly → androany unregistered daholo ny finday ambadiky ny NAT. Sao dia misy ifandraisany? TCP avokoa izy ireo.`),
    nat(`apre ki nou finn aktiv SS_TCP_CLOSE_RESET pou problem TIME_WAIT, problem TIME_WAIT inn ale me aster telefonn kliyan ki dan lakaz (ar router lakaz) pe tonbe unregistered. ki nou fer, nou retir li?`),
    nat(`Depuis le changement sur les connexions TCP (RST) on a des clients derrière MikroTik qui ne sonnent plus: le poste se croit enregistré mais le VOS le voit offline. Ceux en UDP vont bien.`),
    nat(`Nisy nanova ny fomba fanakatonana TCP tao amin'ny VOS (RST) tamin'ny zoma. Hatramin'izay, ireo Grandstream ao amin'ny hotely any Nosy Be (ambadiky ny NAT) dia miova registered/unregistered tsy an-kiato.`),
    nat(`2024-03-04 08:12:40 phone 3005 offline
2024-03-04 08:12:58 phone 3007 offline
2024-03-04 08:13:02 phone 3011 offline
tou sa bann poste la deryer mem router NAT, lor TCP. nou ti aktiv RST mod vandredi. mo sispekte sa`),
    nat(`Hello, petite question, on a passé SS_TCP_CLOSE_RESET à On lundi pour tenir la charge, et depuis les postes des télétravailleurs (box perso, NAT) perdent l'enregistrement plusieurs fois par heure. Normal? on revient en arrière?`),
    nat(`Ireo finday rehetra ao amin'ny biraon'ny mpanjifa ao Antsirabe dia "unregistered" isaky ny 15 minitra eo ho eo. Ambadiky ny routeur MikroTik izy ireo, SIP TCP. Ny hany niova tao amin'ny serveur dia ilay RST tamin'ny herinandro lasa.`),
    nat(`bann telefonn NAT pa pe register depi "fix TCP" Jean inn fer mardi. bann trunk ek IP fix pe marse. kisannla bizin defer?`),
    nat(`Depuis qu'on a mis le mode RST, les agents du call center de Curepipe (50 softphones derrière un simple routeur NAT) apparaissent unregistered dans VOS alors que les softphones affichent "registered". Les appels entrants n'arrivent pas.`),
    nat(`Tsy mahazo antso miditra intsony ireo poste ao an-trano (NAT) hatramin'ny omaly. Unregistered ao amin'ny VOS. Omaly maraina dia nanao reparse izahay taorian'ny nametrahana SS_TCP_CLOSE_RESET="On". Sao dia io?`),
    nat(`RST mod = On depi yer, zordi 40 telefonn NAT unregistered. sa normal?`),
    nat(`Marahaba. Les postes IP des agences (Fomboni, Mutsamudu) derrière des routeurs 4G en NAT se désenregistrent depuis la modif softswitch.conf (close reset) de dimanche. En TCP. Avant la modif aucun problème.`),
    nat(`Fanontaniana: hatramin'ny nampandehananay ny RST mode ho an'ny TIME_WAIT dia very registration ireo finday ambadiky ny NAT. Mety ve ny mamerina azy ho Off nefa mitazona ny tcp_tw_reuse?`),
    nat(`# grep CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
sa li ete depi mardi. depi mardi mem bann poste deryer NAT lor TCP pe vinn unregistered. kinn met sa? ki pou fer?`),
    nat(`Les téléphones de la boulangerie (box internet, NAT, SIP/TCP) s'affichent hors ligne dans le VOS plusieurs fois par jour depuis qu'on a changé le paramètre de fermeture TCP. Les clients en IP fixe rien.`),
    nat(`Mpivarotra (reseller) ao Toliara mitaraina: ny finday-ny 25 ao ambadiky ny routeur tsotra (NAT) dia very registration hatramin'ny "fanitsiana TCP" nataontsika. Tsy misy firewall any aminy.`),
    nat(`mo kliyan dir: "depi zot inn fer zot mizazour lor server, mo bann telefonn pa pe sonn". mo finn gete: zot unregistered, zot deryer enn MikroTik hEX, TCP. mizazour la ti RST mod. mo fer rollback?`),
    nat(`Après passage de SS_TCP_CLOSE_RESET à On, on voit dans VOS les registrations des postes NATés expirer avant le délai. keepalive activé sur les postes mais rien n'y fait. UDP on n'a pas encore essayé.`),
    nat(`REGISTER sip:vos.xxx.mg;transport=tcp
SIP/2.0 200 OK
(5 min avy eo) TCP connection reset, re-REGISTER...
Io no hita ao amin'ny finday ambadiky ny NAT hatramin'ny nampandehanana ny RST. Tsy maharitra ny fifandraisana TCP.`),
    nat(`yer nou ti fer sanzman pou TIME_WAIT (RST). zordi helpdesk inn gagn 30 apel: telefonn unregistered, tou bann kliyan ki ena router lakaz. bann kliyan antrepriz ar IP fix pa ena problem. link?`),
    nat(`depuis le mode RST, les postes derrière NAT tombent unregistered. on remet Off?`),
    nat(`Ilay hotely any Sainte-Marie: finday 18 ao ambadiky ny MikroTik, SIP TCP, unregistered hatramin'ny alarobia. Ny alarobia ihany koa no nanovanay ny SS_TCP_CLOSE_RESET ho On ho an'ny serveur iray manontolo.`),
    nat(`kan mo fer reboot telefonn, li register, apre kek minit li tonbe. sa depi RST inn aktive. tou bann telefonn ki pa pe marse deryer NAT lor TCP. bann lot korek.`),
    nat(`Bonsoir, nos revendeurs à Moroni ont des IPBX derrière NAT qui s'enregistrent en TCP sur le VOS. Depuis l'optimisation TCP (RST) de la semaine passée, ils passent unregistered plusieurs fois par jour. On fait comment?`),
  ],
  firewallRst: [
    fw(`Manao ahoana. Hatramin'ny nametrahanay SS_TCP_CLOSE_RESET="On" dia tapaka ny antso sasany ary ny sasany tsy tafiditra. Misy FortiGate eo anoloan'ny serveur, ary ao amin'ny log-ny dia "drop" ny paquets RST.`),
    fw(`depi nou finn aktiv RST mod, lapel pe pann (hang) ek pa pe rakroshe kot kliyan ki ena pfSense. dan log pfSense mo trouv bann TCP:R bloke. ki pou fer?`),
    fw(`Jun 12 19:02:14 fw kernel: IN=eth0 OUT= SRC=196.x.x.x DST=10.0.0.5 PROTO=TCP SPT=5060 DPT=44122 RST
Jun 12 19:02:14 fw kernel: [INVALID DROP] ...
depuis qu'on a activé le mode RST sur le VOS, les appels vers ce client échouent, et je vois ça dans iptables. conntrack qui jette les RST?`),
    fw(`Nampandehaninay ny RST mode tamin'ny alatsinainy. Hatramin'izay, ny antso mandalo amin'ny Cisco ASA an'ny operator dia mihantona (hang) ary tsy mifarana. Manakana ny TCP RST ny ASA araka ny log-ny.`),
    fw(`apre ki nou finn met SS_TCP_CLOSE_RESET=On, 30% lapel ver interkonexion ar operater pe fail. zot ena enn firewall stateful ki pe drop bann pake RST, zot dir nou. ki mo bizin fer?`),
    fw(`Bonjour, depuis l'activation du reset TCP, les appels vers l'opérateur partenaire échouent. Leur équipe dit que leur SBC rejette les RST "hors session". On revient en arrière ou ils doivent changer leur règle?`),
    fw(`RST On → tapaka ny antso; FortiGate manakana ny RST. Inona no atao?`),
    fw(`type="traffic" subtype="forward" action="deny" proto=6 service="SIP" msg="iprope_in_check() check failed on policy 0, drop"
sa pe fer depi yer apre nou finn aktiv RST. bann lapel pe tonbe apre 20-30 seg. FortiGate pe drop RST mo krwar`),
    fw(`Salut, on a un pfSense devant le VOS. Depuis qu'on a mis SS_TCP_CLOSE_RESET à On, les appels SIP TCP restent bloqués en sonnerie ou ne s'établissent pas. Dans les logs pfSense: "TCP:RA" bloqués par la règle par défaut.`),
    fw(`Ilay firewall iptables ao amin'ny serveur-nay dia misy "-m conntrack --ctstate INVALID -j DROP". Hatramin'ny nametrahana RST dia tsy mandeha tsara ny antso TCP (tsy mifarana, na tsy miantso). Mety ho io ve?`),
    fw(`bann lapel ki pase par SBC Audiocodes kliyan pe reste "hang" apre rakroshe, ek nouvo lapel pa pe pase. sa depi nou finn sanz RST lor On. SBC la ena firewall intern ki bloke RST 😩`),
    fw(`Bonjour, problème urgent: depuis hier les appels vers le site de Saint-Paul coupent au hasard. Hier on a activé le mode RST (SS_TCP_CLOSE_RESET=On). Leur firewall Stormshield montre des paquets RST refusés.`),
    fw(`# conntrack -S
cpu=0 found=0 invalid=18842 ignore=0 insert=0 ...
Mitombo be ny "invalid" hatramin'ny nandehanan'ny RST, ary tapaka ny antso TCP. Ny firewall ao amin'ny serveur no mandrara azy ve?`),
    fw(`RST aktive + FortiGate = lapel pe tonbe. konfirme?`),
    fw(`Le client a un Cisco ASA avec inspection SIP. Depuis la modif RST de notre côté, leurs appels sortants échouent une fois sur trois et l'ASA log "Deny TCP (no connection)" avec flags RST. Que faire côté VOS?`),
    fw(`Ny antso sasany dia mijanona amin'ny "ringing" foana ary tsy mety miditra ny vaovao. Nanomboka izany rehefa nataonay On ilay SS_TCP_CLOSE_RESET. Nojereko ny pfSense: RST voasakana (blocked) maro be.`),
    fw(`nou finn aktiv RST mod pou TIME_WAIT, li finn regle sa. me aster kliyan ki ena firewall Sophos dir lapel pe koupe ek pa pe abouti. zot log montre "TCP RST dropped (invalid state)". ki pou fer?`),
    fw(`Marahaba. Depuis dimanche (activation RST), les appels via le lien vers Mayotte échouent. Le pare-feu de l'opérateur là-bas bloque les paquets RST qu'il considère invalides. Ils ne veulent pas changer leur règle.`),
    fw(`Mihantona ny antso TCP ary tsy afaka manao antso vaovao ireo mpanjifa manana firewall MikroTik (connection-state=invalid action=drop). Nanomboka rehefa nampidirina ny RST tao amin'ny VOS.`),
    fw(`19:40:02.112 IP vos.5060 > 10.1.1.20.38221: Flags [R.], seq 1, ack 1
(pa trouv li lot kote firewall)
RST la pa pe pas atraver firewall kliyan. depi nou finn aktiv RST mod lapel pe bloke.`),
    fw(`Depuis le mode RST on a des appels fantômes qui restent ouverts côté client et des nouveaux appels refusés. Le client a un firewall stateful (Palo Alto) qui jette les RST qu'il ne reconnaît pas. Vous conseillez quoi?`),
    fw(`Azafady, ny SBC an'ny partenaire dia manary (drop) ny RST avy aminay hatramin'ny nanovanay ny fanakatonana TCP. Tapaka ny antso 1 amin'ny 4. Tokony hamerina ve izahay?`),
    fw(`ena enn firewall iptables ar conntrack lor gateway kliyan. depi RST inn aktive, li pe drop bann pake RST akoz "INVALID state" ek lapel pe fail. bizin al dan softswitch.conf remet Off?`),
    fw(`Bonjour, après avoir mis SS_TCP_CLOSE_RESET On (sur conseil du support pour les TIME_WAIT), les appels vers notre client qui a un FortiGate échouent. Leur admin voit "drop RST" dans les logs. Merci de votre aide`),
    fw(`Antso tapaka 😡 hatramin'ny RST omaly. pfSense: "Block TCP:R" be dia be.`),
    fw(`pa kone si sa ena rapor: yer nou finn met RST mod. zordi lapel ver La Reunion via trunk TCP pe echwe, e lot kote zot ena enn firewall ki pe bloke pake RST. zot inn avoy nou screenshot.`),
    fw(`Appels qui ne raccrochent pas + nouveaux appels qui échouent vers le client de Saint-Denis depuis mardi. Mardi = activation RST sur le VOS. Leur Fortinet log "packet with RST flag dropped, no session". c'est lié?`),
    fw(`Ao amin'ny log an'ny firewall an'ny banky (mpanjifanay) dia hita fa voasakana ny RST avy amin'ny VOS, ary tsy tafiditra ny antsony hatramin'ny nanovanay ny paramètre RST. Tsy afaka manova ny firewall-ny izy ireo.`),
    fw(`bann lapel lor trunk TCP kot operater pe fail depi nou finn fer SS_TCP_CLOSE_RESET="On" + reparse. operater dir zot firewall stateful pe zet bann pake RST. mo pa konpran kifer sa fer lapel fail`),
    fw(`Bonjour, le firewall Huawei USG de notre partenaire bloque les paquets TCP RST venant du VOS depuis qu'on a activé le mode RST, et les appels en TCP vers eux échouent ou restent pendus. Solution?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning90Set: readonly EvalItem[] = Object.values(tuning90Families).flat();
