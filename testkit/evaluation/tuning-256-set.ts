import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Messages from VOS3000 operators, resellers and NOC engineers in East, Central and Southern Africa writing on
 * WhatsApp: Kenya and Tanzania in Swahili and Sheng, Uganda in Luganda and English, Rwanda and Burundi in
 * Kinyarwanda, Kirundi and French, Ethiopia in Amharic (Ge'ez script and Latin letters), Somalia and Somaliland in
 * Somali, DR Congo in Lingala and French, Zambia (with some Bemba), Zimbabwe in Shona and Ndebele, Malawi in
 * Chichewa, Mozambique in Portuguese, South Africa in Zulu, Xhosa, Afrikaans and English; from formal ("Ndugu
 * wahandisi", "Bom dia") to very informal (boss, msee, mazee, howzit, eish, ja), code-switched mid-sentence; figures
 * written as elfu thelathini, 30k, 30 000, 28,000, 29.301, emitwalo ebiri mu kanaana, ibihumbi mirongo itatu,
 * amashumi amathathu ezinkulungwane, zviuru makumi maviri nezvisere, 31 shi, soddon kun or "twenty-eight thousand".
 * One-liners, voice-note transcripts, forwards from resellers and night shifts, pasted
 * netstat/ss/tcpdump/iptables/conntrack/ASA/FortiGate/pfSense/Check Point and softswitch log lines, typos and slang.
 *
 * The two-hundred-and-fifty-sixth tuning split, written as the two-hundred-and-fifty-sixth never-tuned evaluation
 * set because these writers run switches on links where power cuts, ISP outages, cable theft and load shedding
 * unregister phones as often as any TCP setting does, and they move between three or four languages inside one
 * message, in fresh hands again. Five negative families of 27 (one service that cannot bind its own port,
 * registration lost for another reason, small figures and questions, firewall work without dropped RST, playbook
 * words denied or explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST
 * mode, a stateful firewall dropping RST). Written before the eighty-fourth round of rules by someone who had read
 * only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view;
 * measured as such before and after the eighty-fourth round, then made tuning material for the eighty-fifth:
 * bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 98.9 %, negatives confident 0.7 %, confident wrong 0 % with the
 * rules of the eighty-third round, before the eighty-fourth.
 * After the eighty-fourth round: the same.
 * After the eighty-fifth round, tuned on: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning256Families = {
  oneListeningPort: [
    no(`Habari team, nimejaribu ku-restart tomcat ya web portal ya VOS kwenye server ya Mombasa lakini inakataa: "java.net.BindException: Address already in use (Bind failed)" kwa port 8080. Nadhani kuna process nyingine imeshika 8080, nitaijuaje ni ipi?`),
    no(`boss mysql imekataa kuwaka baada ya reboot, log inasema "Can't start server: Bind on TCP/IP port: Address already in use" port 3306... kuna mysqld ingine iko stuck ama? billing haiwezi kusoma db juu ya hiyo`),
    no(`Ssebo, nginx ku billing box yaffe egaanye okutandika:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
Apache yali ekyali ku 80 nga tetumanyi. Tukole tutya, tugiggyeko oba tukyuse port?`),
    no(`Muraho, "docker run -p 5432:5432 postgres" irananiye: Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use. Iyi ni server ya test i Kigali, postgres isanzwe ikora kuri host. Nshyire container kuri 5433?`),
    no(`Bonjour, sur le serveur de Bujumbura, après la mise à jour du JDK, le portail web VOS ne démarre plus: "BindException: Address already in use" sur le port 8080, toujours le même. Le softswitch lui tourne, les appels passent normalement. Aho nyene, ni iki twokora kugira portail isubire gukora?`),
    no(`ሰላም፣ በአዲስ አበባው ሰርቨር ላይ sshd አልተነሳም፤ "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." ይላል። ትናንት ፖርቱን ከ22 ወደ 2222 ቀይረነዋል። ፖርቱን የያዘውን ፕሮሰስ እንዴት ማግኘት እችላለሁ?`),
    no(`Selam, kamailio test-u 5060 lay bind madreg alchalem: "bind_sock: bind(udp) failed: Address already in use". VOS-u rasu 5060 yizo new meselegn, and server lay hulet SIP server ametachew. Kamailio-n 5070 lay masmetat yibekal?`),
    no(`Asc walaal, node dev server-ka dashboard-ka cusub ayaa diiday inuu kaco: "Error: listen EADDRINUSE: address already in use :::3000". Waa laptop-kayga, maaha server-ka VOS. Sidee ayaan u dilaa process-ka 3000 haysta, lsof ma jiro Windows-ka?`),
    no(`Mbote, na serveur ya Kinshasa, asterisk eboyi ko démarrer: "Unable to bind to 0.0.0.0:5060: Address already in use". Totie VOS na asterisk na machine moko mpo na test, nayebi te nani azwi 5060 liboso. Ndenge nini nakoki koyeba?`),
    no(`Mhoroi, redis pa server yedu yeHarare hairikuda kutanga: "Could not create server TCP listening socket *:6379: bind: Address already in use". Ndaedza kuidzima ndikaivhura zvakare, zvaramba. Ndiyo yega service iri kunetsa, VOS iri kushanda.`),
    no(`Sawubona, i-grafana yethu e-Bulawayo ayiqali: "listen tcp 0.0.0.0:3000: bind: address already in use". Yi-monitoring kuphela, i-VOS isebenza kuhle, amakholi ayadlula. Ngingabona njani ukuthi yini ebambe i-port 3000?`),
    no(`Moni abale, tikuyesa kuyambitsa VOS web manager pa server ya Lilongwe koma zikukana: "Address already in use: JVM_Bind" pa port 8080. Tinayikapo Jenkins sabata yatha, mwina ndiye akugwira 8080? Ma call akuyenda bwino.`),
    no(`Bom dia malta, o httpd no servidor de Maputo não arranca:
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
Instalámos o certbot em modo standalone ontem para renovar o certificado do portal, acho que ficou a correr na 443.`),
    no(`Sanibona, i-SIP proxy entsha esiyifake ku-box efanayo ne-VOS ayiqali, ithi "EADDRINUSE 0.0.0.0:5060". Ngicabanga ukuthi i-mbx3000 isivele ibambe u-5060. Ngiyishintshe iye ku-5080 noma ngiyifake kwenye i-VM?`),
    no(`Molo, i-vsftpd ayiqali kwi-server yase-East London: "500 OOPS: could not bind listening IPv4 socket". Ndicinga ukuba kukho enye i-ftp daemon (pure-ftpd?) esele isebenza ku-port 21 ukusukela kwi-install endala. Sisebenzisa le ftp ukuthumela ii-CDR.`),
    no(`Môre ouens, die Zabbix agent op die VOS bediener wil nie begin nie: "listener failed: bind() for [[-]:10050] failed: [98] Address already in use". Net daai een poort; 'n ou agent-proses hang seker nog. Alles anders op die bediener loop lekker.`),
    no(`Howzit, trying to bring up a second instance of our CDR exporter on the same box and it moans "OSError: [Errno 98] Address already in use" on 9100. Obviously the first instance is still sitting on 9100 lol. Do I just give the second one 9101?`),
    no(`Tried starting the HTTPS portal after swapping the keystore, catalina.out says:
SEVERE: Failed to initialize connector [Connector[HTTP/1.1-8443]]
Caused by: java.net.BindException: Address already in use <null>:8443
netstat -tlnp | grep 8443 shows an old java, PID 4412, still LISTEN on 8443. Ni-kill hiyo PID moja kwa moja ama kuna njia safi?`),
    no(`Ndugu wahandisi, tunaomba msaada: huduma ya mbx3000d kwenye server mpya tuliyoclone kutoka image ya zamani haiwezi kusikiliza 5060, log inasema "bind 5060 failed, Address already in use". Tumekuta OpenSIPS ya majaribio bado imewashwa kwenye image hiyo. Tuiondoe kabisa?`),
    no(`The vos3000 web interface was fine until the guy installed XAMPP for a small PHP billing page, now that Apache grabbed port 80 and the VOS web can't bind: "Address already in use". Only that page is dead, calls okay. Which one should move?`),
    no(`Salut, le container prometheus refuse de démarrer sur notre CentOS 7: "Bind for 0.0.0.0:9090 failed: port is already allocated". Cockpit ikoresha 9090 kuri iyi machine. Ndahindura port ya prometheus cyangwa nzimye cockpit?`),
    no(`Frère, sur la machine de Lubumbashi, sshd ne redémarre plus depuis que j'ai mis "Port 443" dans sshd_config pour passer le firewall de l'hôtel: "Bind to port 443 on 0.0.0.0 failed: Address already in use". Évidemment nginx est dessus. Je remets 22 ou je fais autrement?`),
    no(`Mwaiseni, our MariaDB replica ku Kitwe keeps dying with "Do you already have another mysqld server running on port: 3306 ?" then exits. I think someone ran mysqld_safe twice after the power came back. The softswitch on that box is waiting for its db.`),
    no(`Good evening. The UPS tripped and the box rebooted; the mbx3000 web manager won't come up, catalina log: "java.net.BindException: Address already in use: bind" on 8089. Everything else came up, calls are passing, only the web manager port is taken, I think by a half-started copy of itself.`),
    no(`[voice note] eeh boss, ile server ya Nakuru, nimeweka FreeSWITCH ya test juu yake, na inakataa kuanza, inasema sofia profile internal failed to bind to 5060, address already in use, juu VOS iko hapo kwa 5060 tayari. So nataka tu kujua nibadilishe profile iende 5070 ama kuna shida ingine. Asante.`),
    no(`Dhibaato yar: haproxy reload ayaa fashilmay "Starting frontend portal: cannot bind socket [0.0.0.0:8080]" maxaa yeelay haproxy-gii hore ma bixin. Kaliya listener-ka 8080. Systemctl restart miyaan sameeyaa mise kill -9?`),
    no(`Olá, o serviço de gravação de chamadas não consegue abrir a porta de controlo 22222: "Failed to open control socket: Address already in use". Só esta porta, e só desde que instalei uma segunda cópia do rtpengine para testes. Reinicio o servidor inteiro ou há maneira melhor?`),
  ],
  otherRegistrationCause: [
    no(`Simu zote za ofisi ya Arusha zinaonyesha unregistered tangu asubuhi. Tumegundua kwamba password za extension zilibadilishwa jana na admin mpya lakini hakuziweka kwenye simu. Mnaweza kutusaidia kurudisha za zamani ama tu-provision upya?`),
    no(`Msee extensions za Kayole ziko offline zote, kumbe fibre ya Safaricom imekatika tangu saa nne. Router haina internet kabisa, taa ya LOS ni nyekundu. Itarudi lini ama tuhamie 4G router kwa sasa?`),
    no(`Ssebo, essimu zaffe ez'omu ofiisi e Ntinda tezikyali registered okuva UMEME bwe yavaako ekiro. Router yaffe teyaddamu kwaka bulungi. Kati tukozesa generator naye essimu ezimu zikyalaga "No Service".`),
    no(`Muraho, telefoni za extension 200 kugeza 215 ntizikiyandikishije (unregistered) kuva aho konti yacu irangiriye ku wa gatanu. Twishyuye uyu munsi mu gitondo, mwadufasha kuyongera gukora vuba?`),
    no(`Amahoro, telefone zo mu biro vy'i Gitega ntizikora, zivuga "registration failed 403 Forbidden". Twahinduye ijambobanga ry'umuntu umwe kuri portail ariko twibeshye tuyihindura kuri compte yose. Dufashe gusubiza ivyahora.`),
    no(`Bonsoir, depuis que le fournisseur internet a changé notre IP publique ce matin, aucun poste ne s'enregistre: le provisioning les envoie encore vers l'ancienne adresse 196.2.x.x. On est en SIP UDP partout, rien changé côté VOS. Que faut-il mettre à jour?`),
    no(`ሰላም፣ የቢሮ ስልኮች በሙሉ unregistered ሆነዋል። የኢትዮ ቴሌኮም ኢንተርኔት ከትናንት ማታ ጀምሮ ተቋርጧል፣ ራውተሩ WAN አያገኝም። የእናንተ ችግር እንዳልሆነ እናውቃለን፣ ግን ኢንተርኔቱ ሲመለስ ስልኮቹ በራሳቸው ይመዘገባሉ?`),
    no(`Selam, ye VOS license-achin tenaw alkual yimeslal, web lay "License expired" yilal, ena hulum gateway-och unregistered nachew. Kenegade yemikefel new. Temporary key manager mekebel yichilal?`),
    no(`Salaan, telefoonada xafiiska Hargeisa oo dhan waa unregistered. Waxaan ogaanay in DNS record-ka sip.shirkad.so la beddelay oo uu hadda tilmaamayo server kale oo duug ah. SIP UDP ayaan isticmaalnaa, server-ka VOS waa caafimaad.`),
    no(`Mbote ndeko, ba téléphone ya biro na Gombe ezali unregistered. Courant ekatanaki na SNEL depuis lobi na butu, onduleur esili, switch PoE ekufi. Ntango courant ekozonga, ba téléphones ekomi kaka malamu to tosengeli kosala eloko?`),
    no(`Mhoro, maextension edu ekuMutare ari unregistered kubva mangwanani. Takaona kuti account yekambani yapera mari, portal inoti "account expired". Tabhadhara nhasi na 10, munogona kuivhura here?`),
    no(`Sawubona, ifoni yami ye-Yealink ithi "No service" kusukela izolo ntambama. Ngithole ukuthi i-adapter yamandla ibolile, isikrini sicima sikhanya. Ezinye izingcingo zonke ehhovisi ziyasebenza. Ngingathola enye i-adapter kuphi?`),
    no(`Moni, ma softphone a anthu ogwira ntchito ku Blantyre sakulembetsa chifukwa Wi-Fi ya ofesi yakhala ikuzimazima kuyambira m'mawa. Ndi router ya TP-Link yakale, ena amene ali ndi chingwe akuyenda bwino. Ndi vuto la Wi-Fi basi?`),
    no(`Boa tarde, os telefones da filial da Beira deixaram de registar logo depois de mudarmos de ISP. O router novo da operadora faz NAT e tem SIP ALG ligado de fábrica; os telefones usam SIP UDP na 5060 e não mexemos em nada do softswitch. Desligamos o ALG?`),
    no(`Sawubona, izingcingo zase-Durban ziyehluleka ukubhalisa, ziphendula "401 Unauthorized". Ngibone ku-log ukuthi umuntu ushintshe i-password ku-VOS web ngephutha ngesikhathi ebuyekeza i-account ye-reseller. Singayibuyisela kanjani?`),
    no(`Molo, ii-extension zethu zase-Gqeberha zaphela ukubhaliswa emva kokuba kuqale i-load shedding stage 6 ngo-16:00. I-router ayinayo i-UPS. Xa umbane ubuya ziyabuya zonke ngokwazo. Ingaba sithenge i-UPS encinci nje?`),
    no(`Hallo, ons kantoor in Stellenbosch se fone is almal "unregistered". Die IT-ou het die kantoor se statiese IP verander en niemand het die nuwe IP in die VOS se toegangslys bygesit nie. Ons gebruik UDP, geen TCP nie.`),
    no(`Our 40 phones at Westlands went unregistered at 09:12. Turns out the router was factory-reset during maintenance, DHCP now hands out 192.168.0.x and the voice VLAN 20 is gone, so phones can't reach the provisioning server. Transport is UDP. What's the fastest way to get the VLAN config back?`),
    no(`Hi, the Grandstream GXP phones at our Jinja branch lost registration right after we moved the VOS server's name from voip.abc.ug to sip.abc.ug. The old record was deleted too early I think, DNS still propagating. All UDP 5060.`),
    no(`Wakuu, extension 3004 peke yake iko unregistered. Nimegundua mtumiaji ameweka password ya zamani kwenye Zoiper baada ya ku-reinstall simu yake. Zingine zote 57 ziko sawa. Nimpe password mpya?`),
    no(`Good morning, the VOS3000 licence on our Kigali node expired at midnight: the web shows "License expired, please contact vendor" and every gateway and phone is unregistered. Payment is with finance. Can we get a temporary key today?`),
    no(`Salut l'équipe, les softphones des agents du call center de Goma ne s'enregistrent plus depuis la migration du serveur vers le nouveau datacenter (nouvelle IP 41.243.x.x). Les MicroSIP ont l'ancienne IP en dur. Tout est en UDP. Il faut les refaire un par un?`),
    no(`Hi, since ZESCO load shedding started at 14h our Lusaka office PoE switch is off, so the desk phones have no power and show unregistered on the VOS portal. Generator has no diesel till evening. Can we forward the main number to a mobile meanwhile?`),
    no(`Maextensions ese ekuGweru ari unregistered, ISP yedu ine outage, fibre yakatemwa paHighway yekuMasvingo. Tichamirira. Ndiri kungokuziivisai kuti musanetseka, switch yenyu haina mhosva.`),
    no(`Hi, the reseller account "NyasaTel" on our VOS shows "account locked" after too many failed registration attempts, some bot in Blantyre tried to brute force extensions overnight. Now the genuine phones can't register either. How do we unlock it and keep the bot out?`),
    no(`Olá, o telefone do director aparece como "não registado" desde ontem. Descobrimos que o cabo de rede estava desligado da parede depois da limpeza do escritório. Já está ligado outra vez e registou às 10h05. Só para fechar o pedido.`),
    no(`[voice note] Eish, so all the phones at the Soweto shop are showing unregistered since this morning, I phoned Telkom and they say there's cable theft on our line again, so no internet at all, hey. Nothing to do with your switch, I just want to know if we can divert the main number to our cellphones until it's back.`),
  ],
  smallFigures: [
    no(`Habari, nimeangalia "ss -s" kwenye server ya Dodoma saa hii, TIME_WAIT ni 312 tu. Hii ni kawaida kwa server yenye simu 20 hivi? Hakuna malalamiko kutoka kwa wateja, nauliza tu kwa ajili ya ripoti.`),
    no(`bro time_wait ni nini exactly? naona kama 180 hivi kwa netstat kwa server yetu ya Thika, ni mbaya ama ni poa?`),
    no(`Ssebo, TIME_WAIT 450 ku server yaffe eya Kampala ekiro kino, ebintu byonna bitambula bulungi, essimu ziyita. Kino kya bulijjo oba tulina okweraliikirira?`),
    no(`Muraho, nigute nareba ip_local_port_range kuri CentOS 6 tudafite ss? Ndashaka kumenya gusa, nta kibazo dufite, ni ukwandika documentation ya server ya Huye.`),
    no(`Bonjour, question de formation: c'est quoi la différence entre TIME_WAIT et CLOSE_WAIT? J'en vois 90 et 4 sur notre petit serveur de Ngozi, tout fonctionne, c'est juste pour comprendre.`),
    no(`ሰላም፣ netstat ላይ 260 TIME_WAIT አየሁ። ሰርቨሩ ጸጥ ያለ ነው፣ ጥሪዎች በደንብ ይሰራሉ፣ ምንም ቅሬታ የለም። ይሄ ቁጥር የተለመደ ነው ወይ?`),
    no(`Selam, "cat /proc/sys/net/ipv4/ip_local_port_range" silew "32768 60999" yasayal. Yih default new? Mnm chigir yelem, lemawek bicha new, Mekelle server lay.`),
    no(`Su'aal: imisa TIME_WAIT ayaa caadi ah? Server-kayaga Muqdisho waxa uu leeyahay 75 habeenkii iyo qiyaastii 600 duhurkii marka ay wicitaanadu bataan. Wicitaanadu si fiican ayay u socdaan.`),
    no(`Mbote, nalingi koyeba soki 1 200 TIME_WAIT na heure ya pointe ezali problème. Serveur ezali kotambola malamu, ba appels ezali koleka, CPU 10 %. Ezali normal?`),
    no(`Ndatarisa "ss -tan state time-wait | wc -l" ndikawana 38. Izvi zvinorevei chaizvo? Ndiri kungodzidza Linux, server haina dambudziko.`),
    no(`Ngicela ungichazele ukuthi u-TIME_WAIT wenzani ku-TCP? Ku-server yethu yase-Bulawayo kukhona ama-140 ntambama, akukho nkinga. Ngifuna ukuqonda nje.`),
    no(`Moni, tili ndi ma TIME_WAIT pafupifupi 500 madzulo pa server ya Mzuzu, ma call onse akuyenda bwino. Kodi tiyenera kusintha kalikonse kapena tisiye momwemo?`),
    no(`Bom dia, fiz o health check semanal do VOS de Nampula:
TCP:   842 (estab 37, closed 790, orphaned 0, timewait 788)
CPU 6 %, no máximo 3 CPS. Está tudo normal, certo? Só quero registar no relatório.`),
    no(`Sawubona, umbuzo nje: ngingahlola kanjani ukuthi ama-port angaki atholakalayo ku-ip_local_port_range ku-CentOS 7? Asinankinga, sifuna ukwazi nje ngaphambi kokuthi sikhule.`),
    no(`Molo, ndibone i-TIME_WAIT engama-220 kwi-VOS yethu yase-Mthatha ngale ntsasa. Ingaba le nto iqhelekile? Iifowni zonke zisebenza kakuhle, akukho sikhalazo.`),
    no(`Hallo, hoeveel TIME_WAIT verbindings is normaal vir 'n klein skakelaar met so 15 gelyktydige oproepe? Ek sien omtrent 110. Geen probleme nie, net nuuskierig.`),
    no(`Monthly report for the client: TIME_WAIT average 340, peak 910 at 19:00, port range 32768-60999 (28,232 ports), zero bind errors, zero failed calls attributable to the switch. Any reason to tune anything now, or leave it?`),
    no(`Please explain like I'm five: why do TIME_WAIT sockets exist at all? I saw 55 of them on our test VM in Entebbe and got curious.`),
    no(`Ndugu, tunaandaa mafunzo kwa wahandisi wapya. Tunaomba ufafanuzi: soketi hukaa TIME_WAIT kwa muda gani kwenye Linux (sekunde 60?) na tunaweza kuzihesabu vipi kwenye CentOS 5 ambayo haina ss?`),
    no(`Ni ibisanzwe ko tubona TIME_WAIT zigera kuri 300 mu gitondo kuri server ya Musanze? Ndabaza gusa, nta kibazo cyabaye, hamagara zose zirakora.`),
    no(`Bonjour, est-ce que 2 000 TIME_WAIT sur 28 000 ports disponibles c'est inquiétant? Pas d'erreurs, pas d'appels perdus, juste le graphe Zabbix qui monte un peu vers 20h puis redescend.`),
    no(`Quick one: "netstat -an | grep -c TIME_WAIT" gives 127 at lunchtime on our Ndola VOS. The customer asked if that's why one call dropped yesterday. I doubt it but wanted to confirm before I answer him.`),
    no(`Hi, how do I see which local ports the softswitch uses for its outgoing SIP TCP connections? I want to document it for an audit next week. Ndiri kungobvunza, hapana chakatadza.`),
    no(`[voice note] eh hello, I'm just checking, the vendor told us to keep an eye on TIME_WAIT, so I did ss -s and it says timewait sixty-four. Sixty-four. That's okay, no? Calls are flowing fine. Zikomo.`),
    no(`Olá, qual é o comando para ver o número de ligações TCP por estado? É só para pôr na monitorização. Neste momento temos umas 200 em TIME_WAIT e 30 estabelecidas no servidor de Quelimane.`),
    no(`Is tcp_tw_reuse safe to leave at 0 on a quiet server, 400 TIME_WAIT at most? I'm just reviewing our sysctl settings in Garowe, nothing is broken.`),
    no(`Mazee nimecheki dashboard ya VOS: concurrent calls 12, TIME_WAIT 96, CPU 4%. Kila kitu poa. Hii ndio baseline tunafaa kurekodi kwa runbook ama niangalie saa ya peak pia?`),
  ],
  firewallNoRst: [
    no(`Tafadhali tusaidie kufungua 5060 TCP na UDP kwenye FortiGate ya Nairobi kwa carrier mpya 197.248.x.x. Hawawezi kutufikia kabisa, SYN zao hazifiki hata kwa tcpdump. Policy gani niongeze?`),
    no(`fail2ban imeban IP ya office yetu juu ya password wrong mara tano kwa web ya VOS. Sasa hatuingii kabisa. Nitaiunban aje, na niweke office IP kwa ignoreip?`),
    no(`Ssebo, tusaba mutuyambe okuwhitelistinga IP ya carrier waffe omupya 102.216.x.x ku iptables ya server y'e Kampala. Emisinde gyabwe gyonna gigaanibwa okuyingira kubanga tebali ku list.`),
    no(`Muraho, pfSense yacu ifite SIP ALG (siproxd) iri guhindura headers za Contact, amajwi ntaza ku ruhande rumwe (one way audio). Nigute nayizimya nta kindi nangije?`),
    no(`Bonjour, nous voulons bloquer tout le trafic SIP sauf le Burundi et la Tanzanie (geo-blocking) sur le MikroTik devant le VOS. Vous avez un exemple de règle avec address-list? Les scanners d'Europe nous inondent.`),
    no(`ሰላም፣ በASA ላይ ለአዲሱ vendor 5060/tcp መክፈት እፈልጋለሁ፣ access-list እንዴት ልጻፍ? አሁን ጥሪዎቹ በSYN ላይ ይቆማሉ፣ ምንም መልስ አይመጣም።`),
    no(`Selam, SIP scanner-och ("friendly-scanner" User-Agent) bizu REGISTER be sekend yilakalu. Be iptables lay rate limit mndnew yemichalew? hashlimit wey recent module?`),
    no(`Salaan, waxaan rabnaa inaan destination NAT rule ku darno Palo Alto si server-ka VOS ee gudaha 10.0.0.5 uu u helo IP dadweyne 41.78.x.x. Sidee loo sameeyaa iyo security policy-ga sidee u qornaa?`),
    no(`Mbote, carrier ya sika na Brazzaville alobi ba paquets na biso ekomi te. Tozali na SonicWall. Esengeli ko ouvrir 5060-5061 TCP mpe RTP 10000-20000 UDP. Nakoma règle ndenge nini?`),
    no(`Mhoro, fail2ban yava kuvhara ma IP evatengi vedu vechokwadi nekuti maphone avo anotumira REGISTER zvakawanda mushure me reboot. Ndingawedzera sei findtime kana ignoreip pasina kuvhura vabiri?`),
    no(`Sawubona, sifuna ukuvula i-port 8080 ye-VOS web portal ku-security group ye-AWS kodwa kuphela kwi-IP yeofisi yethu 196.22.x.x. Ngenze njani ngaphandle kokuvulela wonke umuntu?`),
    no(`Moni, tikufuna kuletsa maiko onse kupatula Malawi ndi Zambia pa FortiGate yathu (geo-IP). Kodi tingachite bwanji osatseka carrier wathu wa ku UK yemwe ali pa 81.x.x.x?`),
    no(`Bom dia, preciso de ajuda com uma regra iptables: o novo parceiro de Joanesburgo só consegue ligar se eu abrir a 5060/tcp para a rede 196.x.x.0/24. Como escrevo isso e guardo para não perder no reboot do CentOS 6?`),
    no(`Sawubona, i-Check Point yethu ivimba i-RTP, ngakho kunomsindo ohlangothini olulodwa kuphela. I-SIP yona idlula kahle, amakholi ayaxhuma. Yimaphi ama-port e-UDP okufanele siwavule?`),
    no(`Molo, ndifuna ukongeza i-rate limit kwi-MikroTik ukuze i-IP enye ingathumeli ngaphezulu kwe-50 INVITE ngomzuzwana. Ungandinceda ngomthetho we-filter? Sibe nohlaselo lobuqhetseba ngeveki ephelileyo.`),
    no(`Goeiemiddag, die kliënt se SonicWall het SIP ALG aan en die Contact-koppe word na die verkeerde IP herskryf, so die fone registreer maar oproepe het geen klank nie. Hoe skakel ons dit af? Ons het niks aan die VOS-instellings verander nie.`),
    no(`We're moving the softswitch behind a new pfSense at the Mombasa DC. Need port forwards: 5060 tcp/udp, 1720 for H.323, 10000-20000 udp for media, and 80/443 for the portal only from 41.90.x.x. Any gotchas with outbound NAT on pfSense?`),
    no(`Our carrier in Dubai says they've whitelisted our IP 102.134.x.x but we still get 403 Forbidden from them. Our side, iptables -L shows OUTPUT policy ACCEPT and nothing else. Is that on their whitelist or on us?`),
    no(`Habari, tumeweka module ya nf_conntrack_sip kwenye firewall ya Linux mbele ya switch na tangu hapo simu za UDP zinapata sauti upande mmoja. Tuizime? Hatutumii TCP kabisa.`),
    no(`Salut, on a installé CrowdSec sur le serveur VOS et il bannit l'IP du partenaire rwandais à chaque pic de REGISTER le lundi matin. Comment mettre une exception propre pour 197.243.x.x?`),
    no(`Bonjour, notre FortiGate à Kinshasa a un session-ttl de 3600 s pour le service SIP. Le fournisseur demande de le passer à 7200 pour les très longs appels de conférence. Où se règle ça, dans la policy ou en global?`),
    no(`Hi, how do I add a dst-nat rule on our MikroTik so the VOS box at 192.168.88.10 is reachable from outside on 5060? The softswitch itself works fine on the LAN.`),
    no(`Ngicela usizo: i-ufw ku-server entsha ivimbe i-SSH yami emva kokuthi ngiyivulile. Ngikhohliwe ukuvumela u-22 kuqala. Ngingangena kanjani manje, nge-console ye-provider?`),
    no(`The bank's Check Point team wants a formal list of IPs and ports for the SIP trunk to our VOS before they open anything. Can you confirm: signalling 5060/tcp, media UDP range, our public IP 105.x.x.x?`),
    no(`Olá, queremos limitar a 20 chamadas por segundo por IP no pfSense à frente do VOS (limiters). Há um exemplo? Tivemos um ataque de fraude na semana passada com chamadas para Cuba.`),
    no(`[voice note] boss, ile carrier ya Joburg wanasema tuwa-whitelist kwa firewall, wametuma IP mbili, 41.x.x.10 na .11. Nimeziongeza kwa iptables ACCEPT kwa 5060 lakini sijui kama nimeweka kabla ya ile rule ya DROP. Naweza kukutumia output ya iptables -S uangalie?`),
    no(`Our Palo Alto shows "deny" for application sip from 154.0.x.x, rule "block-unknown-countries". It's geo-blocking a legit carrier in Mauritius. Just need an exception above that rule, which zone do I use, untrust to dmz?`),
  ],
  negationContext: [
    no(`Tuliangalia softswitch.conf leo asubuhi kwenye server ya Eldoret: SS_TCP_CLOSE_RESET bado ni "Off" kama ilivyokuwa tangu tulipoinstall mwaka 2021, na simu zote za matawi ziko registered. Swali langu halisi ni kuhusu invoice ya mwezi huu.`),
    no(`Mwaka jana tulikuwa na ile shida ya Address already in use kila jioni saa mbili, mkatuwekea tw_reuse na port range, tangu hapo hakuna kitu hata siku moja. Nataka tu nakala ya report ya kazi hiyo kwa auditor.`),
    no(`Mukwano gwange e Masaka alina TIME_WAIT emitwalo esatu (30k) ku server ye ey'obwannannyini, naye si yaffe era tetugiddukanya. Oyinza okumuwa namba yammwe abeere kasitoma?`),
    no(`Turateganya gushyira SS_TCP_CLOSE_RESET kuri On ukwezi gutaha kuri server ya Huye, mbere ya Noheli. Hari ingaruka kuri telefoni ziri inyuma ya NAT? Ubu nta kintu turahindura, byose birakora.`),
    no(`Amahoro, twebwe dukoresha UDP gusa ku materefone yose no ku ma trunk, nta TCP na hamwe. None iyo parameter ya RST muvuga itugirako ingaruka canke oya?`),
    no(`Pour la formation de jeudi à Bujumbura: pourquoi un pare-feu stateful ignore-t-il parfois un RST? On n'a pas ce problème chez nous, RST n'est même pas activé, c'est pour les slides.`),
    no(`ሰላም፣ የጓደኛዬ ድርጅት በናይሮቢ ፋየርዎላቸው RST እየጣለ ነው ይላል። እኛ ግን RST mode አልከፈትንም፣ የእኛ ጥሪዎች ሁሉ ደህና ናቸው። እሱን ለመርዳት ማንን ማነጋገር አለበት?`),
    no(`Selam, ye Bahir Dar server-achin lay amna "Cannot assign requested address" neberen, port range kasefan behuwala gin mnm chigir yelem, andim ken altedegamem. Ye amet report lemaskemet bicha new yemitekemew.`),
    no(`Su'aal tababar oo loogu talagalay kooxda cusub: maxay RST u jebisaa NAT binding-ka router-ka? Annaga dhibaato ma qabno, RST-na weligeed Off bay ahayd server-kayaga Hargeisa.`),
    no(`Ndeko, toyokaki ete ba clients mosusu bazali na ba téléphones unregistered sima ya RST. Biso tobongoli naino eloko te na RST, mpe ba téléphone na biso nyonso ezali registered. Tosengeli kobanga to te?`),
    no(`Tinoronga kuvhura RST mode vhiki rinouya nekuti tiri kutarisira traffic yakawanda muDecember. Pari zvino TIME_WAIT iri pa 2,000 chete uye hapana chiri kutadza. Pane njodzi here neFortiGate yedu iri pakati pedu ne carrier?`),
    no(`Umngane wami e-Joburg uthi i-ASA yakhe idonsa ama-RST ezivela ku-softswitch yakhe. Thina asinayo i-ASA, futhi i-SS_TCP_CLOSE_RESET yethu ivaliwe. Ngifuna nje ukuqonda ukuthi kwenzekani kuye.`),
    no(`Moni, tinali ndi vuto la "BindException: Address already in use" mu 2023 pa server ya Mzuzu ndipo munatikonzera. Tsopano palibe vuto; tikungofuna kudziwa ngati setting ija ikadalipo pambuyo pa update ya sabata yatha.`),
    no(`Bom dia, o nosso consultor diz que ativar o RST pode deixar os telefones atrás de NAT sem registo. Ainda não ativámos nada, e não temos telefones atrás de NAT em TCP, só troncos UDP. Faz sentido ativar mesmo assim, só por precaução?`),
    no(`Sawubona, i-TIME_WAIT engu-30,000 ngiyibone ku-lab yesikole sethu sobuchwepheshe, hhayi ku-production. Ngifundisa abafundi nge-TCP states futhi ngenze i-load test ngamabomu. Ngicela incazelo elula yabo.`),
    no(`Molo, iziko lomhlobo wam lase-Cape Town linengxaki yokuba iifowni zingabhalisi emva kotshintsho lwe-RST kwi-switch yabo. Thina asikhange sitshintshe nto, iifowni zethu zonke zase-Mthatha ziyasebenza. Ndibuza egameni lakhe.`),
    no(`Net om te bevestig: ons VOS gebruik slegs UDP vir SIP, trunks en fone, so die RST-instelling raak ons glad nie. Ons het ook nog nooit TIME_WAIT-probleme gehad nie, hoogstens 'n paar honderd. Korrek?`),
    no(`The vendor doc says RST mode "confuses NAT devices and stateful firewalls". Can you explain what that means in practice? We're not changing anything on our Nairobi switches, just writing our runbook for new NOC staff.`),
    no(`FYI last quarter's incident, calls failing behind the FortiGate after RST was enabled, was closed when you turned RST back off in March. No recurrence since. Can I close the ticket on our side too?`),
    no(`Jamaa wa kampuni nyingine hapa Dar anasema ana "Cannot assign requested address" kwenye switch yao jioni, wanatumia vendor mwingine wa support. Mnaweza kuwasaidia kama wateja wapya? Server zetu zote ziko poa.`),
    no(`On a lu que le RST évite l'accumulation de TIME_WAIT. Chez nous à Kigali: 28 000 ports, 150 en TIME_WAIT au pic, aucun échec. Donc pas besoin, vous confirmez qu'on ne touche à rien?`),
    no(`Nothing changed on our side and the NAT phones at Lubumbashi are all registered, 84 of 84. I only want to ask if the RST setting appears anywhere in the config export, for an ISO audit.`),
    no(`We plan to move our phones from UDP to TCP for SIP next year. When we do, should SS_TCP_CLOSE_RESET stay Off given we have 60 phones behind home routers? Not urgent, today it is Off and everything registers.`),
    no(`Old ticket for reference: in 2022 our pfSense dropped the switch's RST packets and calls failed; we took the pfSense out and put a plain router since. Today I'm only asking about the billing report format.`),
    no(`Hi, can "Address already in use" ever be caused by too many TIME_WAIT on incoming connections rather than outgoing? It's for a quiz at our NOC training in Lilongwe, not a real case.`),
    no(`Olá, um revendedor nosso em Tete diz ter 30 mil ligações em TIME_WAIT e falhas à hora de ponta, mas o servidor é dele e não é gerido por vocês nem por nós. Podem dar uma opinião por alto, para lhe passar?`),
    no(`[voice note] Hey, so, ja, the RST thing, we talked about it on the call Tuesday and we decided NOT to turn it on, because the Soweto branch phones sit behind NAT on TCP. So please don't do anything on that server. Just confirming in writing. Cheers.`),
  ],
  portExhaustion: [
    pe(`Habari, kila jioni saa mbili usiku switch ya Nairobi inakataa simu mpya kwenda kwa carrier wa TCP. Log inasema "Cannot assign requested address" na ss -s inaonyesha timewait 28,914. Tukirestart inapona kwa saa moja tu, halafu inarudi.`),
    pe(`boss leo peak hour simu zinafail bana, netstat ina TIME_WAIT kama elfu thelathini (30k) zote zikielekea carrier 5060/tcp, na log imejaa "Address already in use" kwa outgoing. Tusaidie haraka kabla ya saa tatu.`),
    pe(`Ssebo, essimu zigaana okuyita ku ssaawa z'akawungeezi. TIME_WAIT emitwalo ebiri mu kanaana (28k) ku server yaffe e Kampala, log egamba "bind failed: Address already in use" nga tugezaako okugenda ku vendor. Bwe tuddamu okutandika, bitambula okumala essaawa bbiri zokka.`),
    pe(`Muraho, mu masaha ya nimugoroba switch yacu i Kigali ntishobora gufungura connection nshya za TCP kuri carrier: "connect: Cannot assign requested address". ss yerekana TIME_WAIT ibihumbi makumyabiri na birindwi (27 400). Iyo dutangije server bundi bushya biragenda igihe gito gusa.`),
    pe(`Bonsoir, à l'heure de pointe notre VOS à Bujumbura refuse les nouvelles connexions TCP vers les fournisseurs. Ibihumbi mirongo itatu (30 000) za TIME_WAIT kuri netstat. Après un redémarrage ça tient une heure, puis rebelote.`),
    pe(`ሰላም፣ ከምሽቱ 2 ሰዓት ጀምሮ ጥሪዎች ወደ carrier አይወጡም።
$ ss -s
TCP:   29871 (estab 412, closed 29320, orphaned 0, timewait 29301)
ሎጉ ደግሞ "Cannot assign requested address" ይላል ወደ carrier TCP ስንገናኝ። restart ስናደርግ ለአንድ ሰዓት ያህል ይስተካከላል።`),
    pe(`Selam, mata mata CPS sinchemir (120 CPS akabi) outbound TCP wede vendor-och yikomal. TIME_WAIT 31 shi yideresal, log lay "bind: EADDRINUSE" le outgoing connection. Restart kaderegn le and seat yiseral, keza temelso.`),
    pe(`Asc, saacadaha mashquulka ah wicitaanada u baxaya carrier-ka TCP way fashilmaan. netstat waxay muujinaysaa soddon kun (30,000) TIME_WAIT, log-guna wuxuu leeyahay "Cannot assign requested address". Dib u kicinta ayaa saacad kaliya xalisa.`),
    pe(`Mbote, na pointe ya mpokwa ba appels ezali ko échouer. "Address already in use" na connexions sortantes vers carrier. netstat -ant | grep TIME_WAIT | wc -l = 28 650. Tosali redémarrage, esimbaki kaka heure moko.`),
    pe(`Mhoro, manheru switch yedu inoramba kubatana ne carrier pa TCP. Ndaona TIME_WAIT zviuru makumi maviri nezvisere (28k) uye log iri kuti "Cannot assign requested address". Tikarestart zvinoshanda kwekanguva chete.`),
    pe(`Sawubona, ngesikhathi esimatasa i-VOS ayisakwazi ukwenza ama-connection amatsha e-TCP kuma-carrier. Kukhona ama-TIME_WAIT angaba ngu-29,500 kanti i-log ithi "bind: Address already in use" ekuxhumeni okuphumayo. Ukuqala kabusha kusiza isikhashana.`),
    pe(`Moni, madzulo ma call opita kwa ma vendor pa TCP akulephera. TIME_WAIT ili pa 27,800 ndipo log ikuti "Cannot assign requested address". Tikayambitsanso server zimayenda kwa ola limodzi kenako zimabwereranso.`),
    pe(`Boa noite, o VOS de Maputo às 20h começa a rejeitar chamadas para os operadores (SIP TCP). Log:
2024-05-14 20:03:11 ERROR connect to 196.28.x.x:5060 failed: Cannot assign requested address
2024-05-14 20:03:11 ERROR connect to 41.220.x.x:5060 failed: Cannot assign requested address
netstat -ant | awk '{print $6}' | sort | uniq -c
  29874 TIME_WAIT
    356 ESTABLISHED
     12 LISTEN
ip_local_port_range 32768 60999. Reiniciar resolve por 40 minutos.`),
    pe(`Sawubona, izingcingo ziyehluleka ngo-6 kusihlwa. Ama-TIME_WAIT angaphezu kuka-30,000 (amashumi amathathu ezinkulungwane) abheke kuma-carrier ethu e-TCP, i-log ithi "Cannot assign requested address". Uma siqala kabusha iyalunga isikhashana.`),
    pe(`Molo, ngeeyure ezixakekileyo i-VOS yethu ayikwazi ukuvula ii-connection ezintsha ze-TCP eziya kwi-carrier. I-TIME_WAIT ingama-28,300, i-log ithi "Address already in use" xa iqhagamshela ngaphandle. Emva kokuqalisa kwakhona kulungile iyure enye.`),
    pe(`Hallo, elke aand teen 19:00 kan die skakelaar nie meer uitgaande TCP-verbindings na die draers maak nie. ss wys 29 100 TIME_WAIT en die log sê "Cannot assign requested address". Herbegin help vir 'n uur of so.`),
    pe(`Urgent. From 19:40 our vos-nbo-02 stopped completing calls to Vendor A and Vendor B, both SIP over TCP. Softswitch log:
[19:41:02] SIP TCP connect 41.215.x.x:5060 failed: errno 99 Cannot assign requested address
[19:41:02] SIP TCP connect 196.201.x.x:5060 failed: errno 99 Cannot assign requested address
ss -s: TCP: 30551 (estab 288, closed 30201, orphaned 3, timewait 30188)
CPS was about 180. Restarted mbx3000d at 20:05, fine till 21:10, now back again.`),
    pe(`Our switch can't open new TCP legs to the carriers at busy hour. "java.net.BindException: Address already in use: connect" keeps appearing on the outgoing side, and there are around 28k sockets in TIME_WAIT toward their 5060. A reboot buys us an hour, not more.`),
    pe(`Ndugu wahandisi, tunapata tatizo kubwa saa za jioni: simu zinazokwenda kwa carrier kupitia TCP zinashindwa. Tumehesabu soketi elfu ishirini na tisa (29,000) zikiwa TIME_WAIT. Baada ya kuanzisha upya huduma, hali inarudi sawa kwa muda mfupi kisha tatizo linarudi.`),
    pe(`Bonsoir, entre 19h et 22h notre VOS de Kigali n'arrive plus à ouvrir de connexions TCP vers les carriers: "Cannot assign requested address". On compte 27 900 TIME_WAIT, quasiment toutes vers le port 5060 des fournisseurs. Un redémarrage aide un moment.`),
    pe(`Ndeko, mpokwa nyonso ba appels sortants vers ba fournisseurs ezali ko échouer: ba sockets TIME_WAIT ebele, pene na 30k, mpe log elobi "EADDRINUSE" na connexion sortante na TCP. Soki to redémarrer, ezongi malamu mpo na mwa ntango.`),
    pe(`[voice note] Hi, it's me from the NOC in Lusaka. So tonight again from around seven, calls to the carriers over TCP just die, the log is full of cannot assign requested address, and when I count TIME_WAIT it's like twenty-eight thousand. We restart, it works for about an hour, then same thing. Please help us.`),
    pe(`Evening. vos-hre-01 dropping outbound calls at peak. netstat: 29,640 TIME_WAIT, all to the carriers' 5060/tcp. "Address already in use" on connect. Restart helps briefly, ndaneta nazvo.`),
    pe(`Hi team, our switch fails to make new TCP connections to vendors once CPS goes above 100. ss shows 28 000 TIME_WAIT and the port range is still the default 32768-60999. Calls fail at busy hour, customers in Blantyre complaining.`),
    pe(`Urgente: 30 mil TIME_WAIT no VOS de Nacala, chamadas para os carriers em TCP a falhar em hora de ponta, "Cannot assign requested address" no log.`),
    pe(`Habeenkii xilliga mashquulka, outbound SIP TCP to our three carriers fails.
ss -tan state time-wait | wc -l
29987
connect() failed (99: Cannot assign requested address)
Waa inaan dib u kicinnaa saacad kasta, taasina ma ahan xal.`),
    pe(`switch inakataa kuconnect kwa carrier jioni, TIME_WAIT 29k, cannot assign requested address. restart inasaidia kidogo tu`),
    pe(`Howzit. Every weekday from 17:30 the Joburg switch can't set up new TCP to the carriers. netstat -ant | grep -c TIME_WAIT gives 28 871. Log: "bind failed: Address already in use" on the outgoing leg. Peak is about 150 CPS. A restart gives us 45 minutes.`),
    pe(`Amasaha y'umugoroba: TIME_WAIT 30k, "Cannot assign requested address" ku ma connection ajya kuri carrier ya TCP. Restart ifasha akanya gato gusa.`),
    pe(`Selam team, customer-och "calls failing" yilalu mishit mishit. CPU normal new, memory normal new, carrier-u "we see no INVITE from you" yilal. Ene ss -s simeleket timewait 30412 new, ena log lay "connect: Cannot assign requested address" wede carrier TCP 5060. Restart sadereg le and seat yisheral.`),
  ],
  natUnregistered: [
    nat(`Tangu mlipowasha RST (SS_TCP_CLOSE_RESET On) jana usiku, simu 35 za tawi la Kisumu zilizo nyuma ya MikroTik zinaonyesha unregistered. Zinatumia SIP TCP. Kabla ya mabadiliko hayo zilikuwa sawa kabisa.`),
    nat(`mzee tangu ile RST change, extensions za Rongai ziko nyuma ya router za nyumbani zinaenda offline kila baada ya dakika kumi hivi. transport ni TCP. irudishe vile ilikuwa tafadhali`),
    nat(`Ssebo, essimu 18 ez'e Mukono eziri emabega wa router ya ofiisi (NAT) zikozesa TCP. Okuva ku Lwokubiri lwe mwakyusa SS_TCP_CLOSE_RESET ne mugiteeka ku On okutereeza TIME_WAIT, buli luvannyuma lw'eddakiika ntono ziba unregistered. Ez'oku UDP ziri bulungi.`),
    nat(`Twabonye ko extension 20 zo ku ishami rya Muhanga zisohoka ku rutonde rwa registration buri minota 5-10. Ziri inyuma ya MikroTik ikora NAT, zikoresha TCP. Ibi byatangiye nyuma y'uko mushyize RST kuri On ku wa kabiri.`),
    nat(`Bonjour, depuis l'activation du mode RST (SS_TCP_CLOSE_RESET=On) pour les TIME_WAIT, les softphones des agents à domicile, derrière leurs box, perdent l'enregistrement. Ils sont en SIP TCP. Avant c'était stable des semaines entières.`),
    nat(`ሰላም፣ የባህር ዳር ቅርንጫፍ 25 ስልኮች ከቢሮው ራውተር (NAT) ጀርባ ናቸው፣ SIP over TCP ይጠቀማሉ። ባለፈው ሳምንት TIME_WAIT ለመቀነስ SS_TCP_CLOSE_RESET ወደ On ከተቀየረ ጀምሮ በየጥቂት ደቂቃው unregistered ይሆናሉ።`),
    nat(`Selam, SS_TCP_CLOSE_RESET On kaderegachihu behuwala, MikroTik behuwala yalu Zoiper-och TCP lay registration yatalu. Router-u NAT entry-wn RST sidersew yitefal yimeslal.`),
    nat(`Waxaan haynaa 12 softphone oo shaqaalaha guryahooda ka shaqeeya, dhammaantood ka dambeeya router-ka guriga (NAT), SIP TCP. Toddobaadkan ka hor dhibaato ma jirin; laga bilaabo markii xiritaanka TCP loo beddelay RST (SS_TCP_CLOSE_RESET On) ayay noqdaan unregistered.`),
    nat(`Mbote, tozali na ba Grandstream 30 na agence ya Kisangani, sima ya routeur TP-Link (NAT), transport TCP. Banda lobi oyo bo tiaki RST na softswitch (SS_TCP_CLOSE_RESET On), ndambo ya ba téléphones ezali kolakisa unregistered, esusu ezongaka sima ya reboot.`),
    nat(`Mhoro, mafoni 14 ekuMasvingo ari kuseri kweMikroTik inoita NAT, anoshandisa TCP. Registration yavo iri kudonha kubvira pamakachinja RST kuti ive On svondo rapera. Vamwe vari paUDP havana dambudziko.`),
    nat(`Sawubona, ama-softphone abasebenzi abasebenzela emakhaya, ngemuva kwama-router e-NAT, ku-TCP, ayaphuma ku-registration njalo ngemizuzu embalwa. Kwaqala ngosuku olufanayo lapho i-SS_TCP_CLOSE_RESET ishintshelwa ku-On.`),
    nat(`Moni, ku ofesi ya Zomba kuli mafoni 22 kuseri kwa router imodzi (NAT) pa SIP TCP. Kuchokera pamene munayatsa RST mode Lachinayi, theka lake likuwonetsa unregistered pa portal, ndipo likabwerera limachokanso patapita mphindi zochepa.`),
    nat(`Boa tarde, desde que ativaram o SS_TCP_CLOSE_RESET (RST) ontem, os telefones dos clientes atrás de routers domésticos com NAT, em SIP sobre TCP, perdem o registo a cada 10 a 15 minutos.`),
    nat(`Sawubona, kusukela ushintsho lwe-RST, izingcingo zethu ezingemuva kwama-router asekhaya (NAT) zisebenzisa i-TCP zivela "unregistered" ku-portal. Ezikwi-UDP azinankinga.`),
    nat(`Molo, i-portal ibonisa iifowni ezili-17 kwezi-30 zase-Mthatha "unregistered". Zonke zisemva kwe-router ye-NAT kwaye zisebenzisa i-TCP. Ingxaki iqale ngobusuku obo i-RST yavulwa kwi-softswitch ngoLwesihlanu.`),
    nat(`Hallo, sedert julle die RST-modus aangeskakel het, verloor die fone agter die MikroTik NAT (SIP oor TCP) hul registrasie. Voor die verandering was alles stabiel vir maande.`),
    nat(`Since Friday's change our softswitch.conf reads SS_TCP_CLOSE_RESET="On", and our 60 remote Yealinks behind home routers (NAT, TCP transport) keep dropping registration. The registration list shows 22/60 online right now.`),
    nat(`Since the RST thing was enabled, the phones behind the Mbarara branch's NAT router on TCP keep going unregistered. Looks like the router's NAT table loses the entry the moment the RST comes through.`),
    nat(`Ndugu, tangu mabadiliko ya RST yafanyike tarehe 3 Juni, simu za wateja wetu wa Mwanza zilizo nyuma ya router za NAT na zinazotumia TCP zinapoteza usajili mara kwa mara; kabla ya tarehe hiyo hatukuwahi kupata lalamiko hata moja.`),
    nat(`Salut, depuis le passage en RST, les téléphones derrière le MikroTik de l'agence de Rubavu (NAT, SIP TCP) se désenregistrent toutes les quelques minutes.`),
    nat(`Depuis que SS_TCP_CLOSE_RESET est passé à On, ba téléphones ya agence ya Matadi oyo ezali sima ya NAT na TCP ezali ko perdre enregistrement mbala na mbala, kasi ba oyo ya UDP ezali tranquille.`),
    nat(`Hi, after you enabled RST mode on Tuesday, the softphones of our home agents in Lusaka (behind their ISP routers, SIP over TCP) lose registration several times an hour.`),
    nat(`Kubva pa RST change yakaitwa Chipiri, maphone ese ari kuseri kwe NAT router yepaoffice yeChitungwiza pa TCP ari kuita unregistered, asi maUDP akanaka.`),
    nat(`[voice note] Hello, yes, so since the engineer set the RST on, the one for the TIME_WAIT, our phones at the Zomba branch, they're behind the office router with NAT, using TCP, they keep showing unregistered on the portal. Before it was fine, so I think it's that.`),
    nat(`Desde que ligaram o RST no softswitch, as extensões atrás do router NAT da loja de Chimoio (TCP) aparecem como não registadas.`),
    nat(`simu za NAT kwa TCP zinapotea registration tangu RST iwekwe On`),
    nat(`After SS_TCP_CLOSE_RESET went On, phones behind the MikroTik NAT in our Hargeisa office on TCP lose registration. The UDP ones are fine.`),
    nat(`Morning. Sequence: Tuesday 21:10 someone set SS_TCP_CLOSE_RESET On to fix TIME_WAIT. Wednesday 07:30 the Sandton office, 40 Yealinks behind a TP-Link NAT router on SIP/TCP, starts showing unregistered. They come back after the phones reboot and then drop again.`),
    nat(`Kuva RST yashyirwa kuri On, telefoni ziri inyuma ya NAT kuri TCP ntizikiyandikisha.`),
    nat(`Selam, kezih befit TIME_WAIT chigir neberen, tesitekakelo. Ahun gin sile sew bet yalu agent-och new: Zoiper ke home router (NAT) behuwala, TCP transport, ena hulum unregistered yihonalu, RST mode kebera behuwala.`),
  ],
  firewallRst: [
    fw(`Tangu RST iwashwe kwenye softswitch, simu zinazopita FortiGate kwenda carrier zinafail. FortiGate log inaonyesha "no session matched" kwa RST zinazotoka kwa switch, zinatupwa.`),
    fw(`msee tangu RST iwekwe On, ASA ya client inadrop RST packets za switch, connections zinakaa half-open na calls zinafail`),
    fw(`Ssebo, carrier waffe e Nairobi agamba nti emikutu gyaffe egimu gisigala nga gikwatiridde ku ludda lwabwe. Twakebera: pfSense eri wakati waffe nabo esuula RST packets okuva ku switch, n'emikutu gisigala half-open, essimu empya zigaana. Kino kyatandika okuva RST bwe yateekebwa ku On.`),
    fw(`Muraho, kuva RST ifunguwe, firewall ya Palo Alto iri hagati ya softswitch na carrier ibona RST nka "out of state" ikazijugunya, hamagara zinyura muri yo zirananirana.`),
    fw(`Bonjour, depuis l'activation du RST, le SonicWall entre le VOS et l'opérateur marque les RST comme invalides; des sessions fantômes restent ouvertes et les appels échouent.`),
    fw(`ሰላም፣ RST mode ከበራ ጀምሮ በsoftswitch እና carrier መካከል ያለው FortiGate የRST packets እየጣለ ነው፣ በሱ የሚያልፉ ጥሪዎች ይወድቃሉ።`),
    fw(`Selam, SS_TCP_CLOSE_RESET On kehone behuwala, be firewall-u lay "iptables -A INPUT -m conntrack --ctstate INVALID -j DROP" ale, ena RST-ochun INVALID bilo yiteral. Calls be firewall-u yemihedut yikomalu.`),
    fw(`Asc, Check Point-ka xarunta xogta ee u dhexeeya switch-ka iyo carrier-ka Jabuuti ayaa RST-yada u diiwaangeliya "out of state" oo tuura. Tan waxay bilaabatay markii SS_TCP_CLOSE_RESET la dhigay On; wicitaanada halkaas mara qaar way fashilmaan.`),
    fw(`Mbote, opérateur na Kampala alobi ete ba sessions na biso ewumelaka ouvert na ngambo na ye. Tolukaki: ASA oyo ezali kati na VOS na ye ezali ko droper ba RST oyo VOS etindaka banda tobongolaki SS_TCP_CLOSE_RESET na On. Ba appels ezali ko échouer.`),
    fw(`Mhoro, pa Linux firewall yedu pakati pe switch ne carrier ndaona mitsara iyi:
kernel: DROP INVALID IN=eth1 OUT=eth0 SRC=10.5.0.2 DST=196.x.x.x PROTO=TCP SPT=5060 DPT=40211 RST
Zvakatanga pakavhurwa RST mode. Mafoni anopfuura nepo ari kudonha.`),
    fw(`Sawubona, i-carrier ithi: "amakholi enu ahlala evulekile kithi". Sibonile ukuthi i-pfSense phakathi kwethu nabo ilahla ama-RST avela ku-softswitch kusukela i-RST ivulwa ngoMgqibelo. Amakholi amasha ayehluleka.`),
    fw(`Moni, tawona mu log ya SonicWall kuti ma packet a RST ochokera ku softswitch akutayidwa ngati "invalid". Izi zinayamba titayatsa RST mode, ndipo ma call opita kwa carrier wathu kudzera pa firewall imeneyo akulephera.`),
    fw(`Boa tarde, desde que ativaram o RST, a FortiGate entre o VOS e o operador descarta os RST:
action=deny proto=6 srcport=5060 tcpflags=RST msg=no session matched
As chamadas que passam por essa firewall falham.`),
    fw(`Sawubona, abe-NOC bethu babone ku-Palo Alto ama-log athi "packet dropped: out of state" kuma-RST avela ku-softswitch. Lokhu kuqale ngosuku i-RST ivulwa. Izingcingo eziya ku-carrier yase-Durban ziyehluleka.`),
    fw(`Molo, i-carrier yethu yase-Gqeberha ithi ii-session zethu zihlala zivulekile kwicala labo. Sijonge i-Check Point phakathi kwethu: ilahla ii-RST ezivela kwi-softswitch ukusukela i-RST ivulwe. Iifowuni ezintsha ziyasilela.`),
    fw(`Hallo, sedert die RST-modus aan is, laat die ASA tussen die skakelaar en die draer die RST-pakkies val; half-oop verbindings en oproepe misluk.`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 10.20.0.5/5060 to 41.x.x.x/39112 flags RST on interface inside
Hundreds of these since SS_TCP_CLOSE_RESET went On. Calls to that carrier failing.`),
    fw(`Since RST mode was enabled, calls to our peer in AWS fail; the network firewall shows the RST from our switch dropped as out-of-state, and stale sessions pile up in its table.`),
    fw(`Tangu tuwashe SS_TCP_CLOSE_RESET, conntrack ya Linux firewall kati ya switch na carrier inaacha RST kama INVALID, sessions zinabaki ESTABLISHED za uongo, simu zinashindwa.`),
    fw(`Depuis l'activation du RST, pfSense entre le VOS et le fournisseur bloque les RST:
block in on igb1: 10.0.0.5.5060 > 197.x.x.x.51234: Flags [R] (state violation)
Les appels via ce pare-feu échouent.`),
    fw(`Ndeko, depuis RST On, FortiGate ya datacenter ya Gombe ezali ko bloquer ba RST ya VOS (log: "no session matched"), appels vers opérateur ezali ko tomber sima ya mwa ba minutes.`),
    fw(`[voice note] Hi, so since the RST was switched on, the calls that go through our FortiGate to the Joburg carrier keep failing, and our firewall guy says the FortiGate is dropping the reset packets from the switch, he sees them in the logs as no session.`),
    fw(`Kubva RST yaiswa On neChitatu, Palo Alto yedu iri pakati pe VOS ne carrier yeLiquid iri kurasa RST sezvisina session ("out of state"), uye mafoni anopfuura nemo anokundikana.`),
    fw(`After the RST switch-on, conntrack -L shows old ESTABLISHED entries for the carrier that never clear, and the RST packets are logged as INVALID and dropped. Calls through that box fail.`),
    fw(`Desde a ativação do RST, o SonicWall do datacenter de Maputo marca os RST do softswitch como inválidos; o operador vê sessões penduradas e as chamadas falham.`),
    fw(`RST ikiwa On, firewall ya ASA inadrop RST, calls zinafail.`),
    fw(`Tan iyo RST On, iptables conntrack INVALID ayaa RST tuuraya, wicitaanada firewall-ka maraya way dhacaan.`),
    fw(`Howzit, since RST mode went on Monday night, calls to our Cape Town peer through the Check Point fail. tcpdump on the switch side:
21:14:03.112 IP 10.1.1.5.5060 > 196.x.x.x.41822: Flags [R.], seq 1, ack 1, win 0
and on the far side of the firewall nothing arrives. SmartLog: "TCP packet out of state: First packet isn't SYN; tcp_flags: RST-ACK". Half-open sessions on the peer.`),
    fw(`Kuva RST On, firewall ya pfSense ijugunya RST, hamagara zinyura kuri yo zirapfa.`),
    fw(`Selam, carrier-u "your calls stop after a few minutes and new INVITEs time out" yilal. Be tcpdump ayen: switch-u RST yilakal, gin ke ASA behuwala aydersim. ASA log "Deny TCP (no connection) ... flags RST". Yih yejemerew RST mode kebera behuwala new.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning256Set: readonly EvalItem[] = Object.values(tuning256Families).flat();
