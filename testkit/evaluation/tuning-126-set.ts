import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * NOC engineers, operators and resellers in Slovenia, Iceland, Ireland and Wales on WhatsApp, writing Slovene,
 * Icelandic, Irish (Gaeilge) and Welsh in roughly equal shares, mixed with English technical terms, typing fast
 * on phones: Slovene and Icelandic often without diacritics (c/s/z for č/š/ž, th/d for þ/ð), Irish and Welsh
 * sometimes without fadas and circumflexes, pasted ss/netstat/iptables/ASA lines, local times and emoji.
 *
 * The hundred-and-twenty-sixth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the hundred-and-twenty-sixth never-tuned set, before the fifty-first round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured
 * as such before and after the fifty-first and the fifty-second rounds, then made tuning material for the
 * fifty-third: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 66.7 %, negatives confident 5.2 %, confident wrong 1.1 % with the
 * rules of the fiftieth round and the changes after it, before the fifty-first.
 * After the fifty-first round: the same.
 * Then with another cause named in a message read little kept from confident: the same.
 * After the fifty-second round: the same.
 */
export const tuning126Families = {
  oneListeningPort: [
    no(`nginx na vos web strezniku ne gre gor: bind() to 0.0.0.0:80 failed (98: Address already in use).
apache se vedno tece, kdo ga je instaliral??`),
    no(`vefviðmótið á VOS kemst ekki upp eftir reboot, tomcat: "java.net.BindException: Address already in use" á 8080.
gamli java processinn lifði af. kill -9 og þá virkaði það, bara láta ykkur vita`),
    no(`Níl an web portal ag teacht suas ar vos-gaillimh. catalina.out: "Address already in use: JVM_Bind" ar 8080.
Tá Jenkins ar an mbosca céanna ar 8080 🤦 cé a chuir ansin é?`),
    no(`helo, dw i'n trio rhedeg ail SIP proxy ar yr un server â'r softswitch ond mae'n deud
"bind failed: address already in use" ar 5060. oes angen ail IP arna i?`),
    no(`po restartu mbx3000d softswitch ne gre gor, "bind 0.0.0.0:5060 failed, address already in use".
ps -ef pokaže da stari mbx3000 proces še zmeraj visi (pid 2231). kill pa ponovno start?`),
    no(`postgres a monitor velinni startar ekki: "could not bind IPv4 address 0.0.0.0: Address already in use" a 5432.
annar postgres i docker container er med portid`),
    no(`dia dhuit, nuair a thosaim an dara softswitch mar test ar an mbosca ceanna faighim
"cannot bind 5060, address already in use". an feidir dha instance a bheith agam ar aon IP amhain?`),
    no(`nginx ddim yn cychwyn ar ôl yr update:
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
mae httpd wedi'i osod hefyd gan rywun. p'un ddylwn i gadw?`),
    no(`Zdravo, na laptopu imam docker s kamailio na 5060,
zdaj hocem se enega za test in dobim "Bind for 0.0.0.0:5060 failed: port is already allocated". kako ga dam na 5070?`),
    no(`Halló, nýi kamailio-inn nær ekki að binda 5060/tcp á sama server og VOS softswitchinn, EADDRINUSE strax við ræsingu.
á ég að nota annað port eða bæta við IP tölu?`),
    no(`thit mysql agus nil se ag teacht ar ais, an log: "Can't start server: Bind on TCP/IP port: Address already in use".
bhi mysqld eile fos beo o init script. mharaigh me e, ta se ok anois`),
    no(`Container docker newydd yn methu:
"Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use". Mae'r hen gontainer dal lan.
docker rm a bydd e'n iawn?`),
    no(`grafana ne štarta ker port 3000 zaseda nek node app od kolega. ubil sem ga in je ok.
samo da veste zakaj je bil dashboard dol med 10:40 in 11:05`),
    no(`httpd: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
einhver setti upp nginx i gaer a sama box. hvor a ad vera?`),
    no(`an container nua le asterisk, ni feidir leis 5060 a bind mar ta se mapailte ag an seancheann.
docker ps: 0.0.0.0:5060->5060/udp ar "pbx-old". an scriosfaidh me e?`),
    no(`mysqld yn methu ailgychwyn ar y bocs VOS,
"Bind on TCP/IP port: Address already in use" — roedd ail mysqld yn rhedeg o'r hen init script.
wedi'i sortio, jyst rhag ofn bod chi'n gweld y gwall yn y logs`),
    no(`sshd po spremembi porta na 2222: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use."
tam je ze nek star autossh tunnel. kaj priporocate, drug port?`),
    no(`node_exporter fer ekki i gang, 9100 tekid. lsof -i :9100 syndi gamalt exporter binary sem cron startadi. leyst 👍`),
    no(`Fadhb ar mo laptop: ní thosaíonn an dev server, "Error: listen EADDRINUSE: address already in use :::3000".
an bhfuil baint aige seo leis an VOS ar chor ar bith? 😅`),
    no(`ar fy laptop: mae MicroSIP yn cwyno "could not bind local port 5060" achos mae softphone arall yn ei ddal.
newid i 5062 yn iawn?`),
    no(`Redis na queue serverju: "Could not create server TCP listening socket *:6379: bind: Address already in use"
ker sem pomotoma pognal še en instance. moja napaka, sorry`),
    no(`radius þjónninn var ræstur tvisvar fyrir mistök og seinni segir "bind: Address already in use" á 1812.
hefur þetta áhrif á billing?`),
    no(`haproxy ag teip ar reload: "Starting frontend https: cannot bind socket [0.0.0.0:443]".
ghabh nginx an port tar éis an update. níl baint aige le glaonna, ach tá an portal síos ó 14:20`),
    no(`Mae'r web portal VOS yn gwrthod dechrau ar vos-caerdydd: "java.net.BindException: Address already in use: bind" ar 8080.
Roedd hen broses tomcat dal yn fyw. Lladdais hi, iawn nawr`),
    no(`asterisk na testni masini: "Unable to bind to 0.0.0.0:5060: Address already in use" -
izkaze se da je freeswitch tudi gor 😅 dva sip stacka na istem portu ne gre. kateri naj ostane?`),
    no(`webmin á VOS box-inu: "Failed to bind to port 10000 : Address already in use".
eitthvað annað situr á 10000, netstat -tlnp sýnir java`),
    no(`cuireadh an sip proxy ar siúl faoi dhó tríd an systemd unit agus an cron,
an dara ceann ag rá "bind: Address already in use" ar 5060/tcp. ceann amháin atá uainn`),
  ],
  otherRegistrationCause: [
    no(`vsi telefoni v pisarni v Mariboru so unregistered od 8:15. ISP ima izpad, ruter sploh nima interneta.
Telekom pravi da delajo na tem`),
    no(`eftir að við breyttum lykilorðinu á extension 205 fær síminn bara 401 Unauthorized aftur og aftur.
þarf að setja nýja lykilorðið í símann sjálfan, ekki satt?`),
    no(`Tá na fóin ar fad san oifig i nGaillimh unregistered ó mhaidin. Eir síos sa cheantar, níl idirlíon ar bith acu.
ag glaoch orainn ar fhón póca`),
    no(`newidiodd y cwsmer y cyfrinair ar y cyfrif 2040 a nawr 401 ar bob REGISTER.
mae angen rhoi'r un newydd yn y ffôn, ydw i'n iawn?`),
    no(`po migraciji smo sip.nasafirma.si prestavili na nov IP, pa polovica telefonov se vedno registrira na starega.
DNS TTL je bil 86400 😬`),
    no(`allir símarnir hjá viðskiptavininum í Hafnarfirði eru unregistered síðan 07:30.
Vodafone er með bilun á ljósleiðaranum þarna`),
    no(`d'athraigh siad an pasfhocal ar an gcuntas inne agus anois 401 ar gach REGISTER on Grandstream.
caithfidh siad e a athru ar an bhfon freisin, nach ea?`),
    no(`Mae'r ffonau i gyd yn swyddfa Caerdydd yn dangos unregistered ers 9 y bore.
BT Openreach wedi cadarnhau fault ar y llinell, ETA 3pm`),
    no(`grandstream kaze "Not Registered" - izkazalo se je da je PoE switch crknil in telefon sploh nima napajanja.
lol, sorry za alarm`),
    no(`nýja IP talan á proxy-inu er komin en DNS vísar enn á þá gömlu, svo softphones ná ekki að skrá sig.
lækkaði TTL en þarf að bíða`),
    no(`bhog muid an SIP server go IP nua ach ta an sean-IP fos sa provisioning config ar na foin.
sin an fath nach bhfuil siad ag clarú, ceart?`),
    no(`mae'r drwydded VOS wedi dod i ben am hanner nos ac mae'r gateways i gyd wedi colli cofrestriad.
pryd ceith hi ei hadnewyddu? 😟`),
    no(`licenca za VOS je potekla včeraj ob polnoči, od takrat noben agent ne more registrirat. v logu "license expired".
kdaj dobimo novo?`),
    no(`sími í móttökunni sýnir "No Service". kapallinn var tekinn úr sambandi af ræstingafólkinu 🙃`),
    no(`nil cumhacht ag an bhfon sa seomra cruinnithe, bhris an PoE injector. ta ceann nua ar an mbealach`),
    no(`symudon ni'r server i IP newydd ddoe a does dim un ffôn yn cofrestru, mae'r hen IP dal yn y DNS. TTL yn 24 awr, sori 🤦`),
    no(`pri stranki v Celju so zamenjali ruter (provider je prinesel novega) in telefoni na UDP se ne registrirajo vec:
403 Forbidden, ker imamo IP whitelist na stari javni IP`),
    no(`account-ið var expired í VOS, gleymdum að framlengja. þess vegna var hann ekki registered. búið að laga`),
    no(`Tar éis don ISP an ródaire a athrú stop na fóin ag clárú.
UDP amháin atá acu, agus bhí an sean-IP poiblí ar an whitelist againn. cuirfidh mé an ceann nua isteach`),
    no(`ffôn y dderbynfa ddim yn cofrestru - roedd y cebl rhwydwaith wedi dod allan o'r wal 😂`),
    no(`account 38640111222 je bil suspendiran zaradi neplacila, zato se ne registrira.
ko placajo ga odklenemo, ne rabite nic delat`),
    no(`Þau skiptu um router og öll tækin nota UDP, núna fá REGISTER engin svör.
firewall reglan okkar leyfir bara gömlu public IP-töluna þeirra, ég laga það`),
    no(`ta an cuntas imithe in eag (expired) ar an 1u, sin e an fath "not registered". athnuachan deanta, ta se ag clarú aris`),
    no(`ar ôl newid ISP does dim cofrestru ar UDP, achos roedd ein rheol firewall ni yn caniatáu'r hen IP cyhoeddus yn unig.
wedi'i newid, profi nawr`),
    no(`en telefon unregistered, ostali ok. je na napacnem VLANu po menjavi switcha, dobi IP iz guest omrezja`),
    no(`vos license runnin út? allir gateway-arnir duttu út úr registration kl 00:00 og ég sé "license expired" í logginu`),
    no(`fón amháin unregistered, bhí sé ag iarraidh provisioning ó sheanfhreastalaí tar éis factory reset. réitithe anois`),
  ],
  smallFigures: [
    no(`na vos serverju imamo 280 TIME_WAIT ob 14h, je to normalno? promet je majhen, kaksnih 20 hkratnih klicev`),
    no(`er 300 TIME_WAIT eðlilegt á VOS server með ca 40 samtímis símtöl?`),
    no(`tá 250 TIME_WAIT ar vos-luimneach agus 15 glao ar siúl. an gnáthrud é sin nó ar cheart dom a bheith buartha?`),
    no(`sylwi ar 200ish o socedi TIME_WAIT ar y bocs bach, dim ond 30 galwad. normal?`),
    no(`kaj sploh pomeni TIME_WAIT v netstat? vidim jih kaksnih 150 in me zanima ce je to slabo`),
    no(`hvað gerir SS_TCP_CLOSE_RESET eiginlega? ættum við að kveikja á því bara til öryggis? engin vandamál hjá okkur enn`),
    no(`cad is brí le TIME_WAIT? feicim thart ar 120 acu in netstat tar éis an lae`),
    no(`fy rheolwr yn gofyn pam fod "TIME_WAIT" yn netstat o gwbl. 180 ohonyn nhw. esboniad syml plis?`),
    no(`ss -s
Total: 412 (kernel 0)
TCP:   198 (estab 61, closed 102, orphaned 0, timewait 97)

vse ok al kaj?`),
    no(`netstat -an | grep -c TIME_WAIT
187
bara að fylgjast með, allt virkar fínt`),
    no(`ar cheart dúinn RST mode a chur ar siúl ar eagla na heagla? tá gach rud ag obair go breá faoi láthair`),
    no(`ddylen ni droi SS_TCP_CLOSE_RESET ymlaen jyst rhag ofn? dim problemau ar hyn o bryd, dim ond meddwl`),
    no(`ali naj vklopimo SS_TCP_CLOSE_RESET=On kar preventivno? trenutno nimamo nobenih težav, samo sprašujem`),
    no(`heilsutékk fyrir helgina: ss -s segir timewait 230, estab 74. CPS max 6 í dag. þarf eitthvað að gera?`),
    no(`ss -s inniu ag 11:30:
TCP:   143 (estab 52, closed 70, orphaned 0, timewait 66)
go breá?`),
    no(`netstat -an | grep TIME_WAIT | wc -l
264
am 16:20, popeth yn gweithio. iawn?`),
    no(`netstat -an | grep TIME_WAIT | wc -l
312
to je ob konici. a je treba kaj tunat al pustimo?`),
    no(`hver er munurinn á FIN og RST close í VOS? lásum manualinn en skiljum það ekki alveg`),
    no(`seiceáil sláinte: 340 TIME_WAIT ag buaicphointe, CPS thart ar 8. an gá dúinn tada a athrú?`),
    no(`gwiriad wythnosol: timewait 110, estab 40, dim gwallau yn y log. 👍`),
    no(`kaksen je default ip_local_port_range na centos 7 in kdaj je smiselno ga razsirit?`),
    no(`smá spurning: er tcp_tw_reuse=1 hættulegt? max 500 TIME_WAIT hjá okkur, ekkert vandamál`),
    no(`ceist: cé chomh fada is a fhanann socket i TIME_WAIT ar CentOS 6? 60 soicind?`),
    no(`os ydyn ni'n ehangu ip_local_port_range i 1024-65535, fydd hynny'n torri rhywbeth arall?
does dim prinder porthladdoedd, dim ond cynllunio at y flwyddyn nesa`),
    no(`Pozdravljeni, nocni check ob 02:00: 45 TIME_WAIT, 20 ESTABLISHED, CPS okoli 3. vse mirno 👍`),
    no(`sjáum 90 tengingar í TIME_WAIT eftir nóttina. eðlilegt?`),
    no(`Mae gennym ni 420 TIME_WAIT yn ystod yr awr brysuraf, ydy hynny'n peri pryder?`),
  ],
  firewallNoRst: [
    no(`rabim odpret 5060 tcp in udp na fortigate za nov trunk od A1, kako je pravilno, VIP ali samo policy?`),
    no(`þurfum að opna 5061 TLS á pfSense fyrir nýjan viðskiptavin. eitthvað sem þarf að passa upp á?`),
    no(`an féidir libh port 5060 TCP a oscailt ar an FortiGate dúinn? trunk nua ó BT Ireland, IPanna thíos`),
    no(`plis ychwanegwch 81.2.x.x at y whitelist ar eich SBC, mae swyddfa Bangor wedi symud i adeilad newydd`),
    no(`prosim dodajte 193.77.x.x na whitelist na vasem SBC, stranka se je preselila`),
    no(`fail2ban bannaði IP-töluna hjá stórum viðskiptavini eftir of margar 403 á REGISTER. hvernig hækka ég maxretry?`),
    no(`chuir fail2ban cosc ar IP ár gcustaiméara féin tar éis an iomarca iarrachtaí REGISTER.
conas é a unban? fail2ban-client?`),
    no(`fail2ban wedi gwahardd IP ein monitro ni ein hunain 🙄 sut mae dadwahardd a'i roi ar ignoreip?`),
    no(`fail2ban je zbanal nas lasten nagios ker je prevečkrat probal ssh 🤦 fail2ban-client set sshd unbanip je prava pot?`),
    no(`á ég að slökkva á SIP ALG á Fortigate? heyrði að það rugli SDP-inu`),
    no(`ar cheart SIP ALG a mhúchadh ar an ródaire? tá fuaim aon-treo againn ar roinnt glaonna`),
    no(`ddylwn i ddiffodd SIP ALG ar y router Draytek? clywais ei fod yn torri pethau`),
    no(`na mikrotiku izklopim SIP helper ali ne? /ip firewall service-port set sip disabled=yes - je to priporoceno za vos?`),
    no(`viljum geo-blocka allt utan EES á SIP portinu, ASA eða iptables betra í þessu?`),
    no(`rate limit ar REGISTER ó IP amháin, an féidir é sin a dhéanamh le hashlimit in iptables?
ionsaí brute-force aréir ó 02:00`),
    no(`mae sipvicious / "friendly-scanner" yn taro 5060 drwy'r nos.
rheol iptables i ollwng User-Agent friendly-scanner, syniad da?`),
    no(`hocemo blokirat vse drzave razen SI, HR, AT na iptables za SIP zaradi fraud poskusov. ipset z geoip ali kaj boljsega?`),
    no(`þurfum að hleypa RTP (UDP 10000-20000) í gegnum nýja Fortigate-inn, hvaða policy á ég að búa til? SIP er nú þegar opið`),
    no(`port forwarding ceist: an leor 5060 agus 10000-20000 UDP a chur ar aghaidh chuig an PBX taobh thiar den NAT?`),
    no(`port forward ar y router: 5060 a'r ystod RTP i'r PBX mewnol. ydy hynny'n ddigon?`),
    no(`iptables -A INPUT -p tcp --dport 5060 -s 89.143.0.0/16 -j ACCEPT
je ok da spustimo noter samo njihovo mrezo?`),
    no(`conntrack -L | wc -l segir 3400, nf_conntrack_max er 65536.
bara að athuga hvort við séum nálægt mörkunum áður en nýi trunkinn kemur`),
    no(`iptables: ba mhaith liom gach rud a bhlocáil ar 5060 seachas ár dtrunks. an bhfuil an t-ord ceart?
-A INPUT -p udp --dport 5060 -s 5.9.0.0/16 -j ACCEPT
-A INPUT -p udp --dport 5060 -j DROP`),
    no(`allwch chi agor port 5060 TCP ar y FortiGate i ni? trunk newydd gan BT Wholesale o ddydd Llun`),
    no(`port forwarding na ruterju: 5060 -> 192.168.1.20 pa RTP 10000-20000, je to dovolj za en PBX za NATom?`),
    no(`getið þið whitelistað 157.157.x.x á SBC-inu ykkar? við fengum nýja fasta IP frá Nova`),
    no(`cuir an IP seo ar an whitelist le do thoil: 86.40.x.x. seo IP nua na hoifige i Luimneach`),
  ],
  negationContext: [
    no(`telefoni za NATom so bili zjutraj unregistered, ampak RST je pri nas Off, nikoli ga nismo vklopili.
ruter je resetiral ISP ob 6h, poglejte prosim kaj drugega`),
    no(`við erum ekki með RST kveikt, SS_TCP_CLOSE_RESET=Off, svo það er ekki ástæðan fyrir því að símarnir duttu út.
Síminn endurræsti routerinn í nótt`),
    no(`níl RST ar siúl againn ar chor ar bith, mar sin ní hé sin é.
d'athraigh an ISP an ródaire inné agus sin nuair a thosaigh sé`),
    no(`dydyn ni ddim wedi troi RST ymlaen, mae'n dal yn Off. collodd y ffonau gofrestriad achos newidiodd yr ISP y router`),
    no(`TIME_WAIT ni problem, jih je 200. tezava je da klici padejo tocno po 32 sekundah, verjetno ACK ne pride nazaj`),
    no(`allir á UDP hjá okkur, enginn TCP, þannig að RST skiptir engu.
símarnir eru unregistered eftir að við breyttum lykilorðunum`),
    no(`bhí "address already in use" againn ar maidin ach ba é an dara tomcat a bhí ann, ní na portanna.
réitithe, níl aon rud le déanamh`),
    no(`UDP yn unig sydd gyda ni, dim TCP o gwbl, felly dyw'r gosodiad RST ddim yn berthnasol.
y broblem yw'r cyfrineiriau newydd`),
    no(`klici so padali vceraj med 15:10 in 15:50, ampak je bil ISP (izpad pri T-2), ne firewall. zdaj je vse ok.
samo za zapisnik`),
    no(`engin TIME_WAIT vandamál lengur síðan þið breyttuð stillingunum í síðustu viku 🙏 bara að þakka fyrir`),
    no(`ní bhaineann sé leis an bhfalla dóiteáin, sheiceáil mé na logs ar an FortiGate, níl aon rud á dhropáil.
is é an trunk atá ag tabhairt 486`),
    no(`dim problem TIME_WAIT, dim ond 150. mae'r galwadau'n methu achos mae'r credyd wedi rhedeg allan ar y cyfrif`),
    no(`"address already in use" smo imeli prejšnji teden, potem ste nam vklopili RST in tw_reuse in od takrat nič več. hvala!`),
    no(`þetta var ISP-inn, ekki firewallinn. Síminn staðfesti bilun milli 14:00 og 14:40, allt eðlilegt núna`),
    no(`bhí fadhb TIME_WAIT againn an mhí seo caite, ach tá sé réitithe ó chuir sibh tw_reuse ar siúl.
níl aon rud le déanamh, go raibh maith agaibh`),
    no(`yr ISP oedd e, nid y firewall. Virgin wedi cadarnhau toriad rhwng 13:10 a 13:55`),
    no(`po zamenjavi gesla so se telefoni odjavili, na RST in firewallu ni bilo nobene spremembe. samo da ne iscete tam`),
    no(`firewallinn hendir engu, ég skoðaði loggana á pfSense. vandamálið var codec mismatch (G729 vs PCMA)`),
    no(`níor athraigh aon duine aon rud ar an bhfreastalaí ná ar an bhfalla dóiteáin.
ba é Eir a bhí ann, bhí briseadh acu ó 9 go 10`),
    no(`cawsom ni'r "cannot assign requested address" wythnos diwethaf ond ers i chi newid y port range a tw_reuse
mae popeth yn iawn. diolch!`),
    no(`nihce ni nic spreminjal na softswitch.conf, RST je se vedno Off, fortigate tudi ni bil posodobljen.
pa vseeno klici ne gredo cez - 503 od trunka`),
    no(`netstat sýnir 180 TIME_WAIT, ekkert mál þar. það sem er að er að billing sýnir rangt verð á símtölum til Póllands`),
    no(`na fóin taobh thiar den NAT ceart go leor, fiú le RST ar siúl le trí mhí.
an fón amháin atá unregistered, sin mar go bhfuil an cuntas imithe in éag`),
    no(`does neb wedi newid dim byd ar y pfSense na'r softswitch. y trunk sy'n rhoi 503, maen nhw'n edrych arno fe`),
    no(`RST smo izklopili nazaj na Off ze v petek in od takrat so vsi telefoni za mikrotikom registrirani. zadeva zaprta ✅`),
    no(`Við kveiktum EKKI á RST mode. Símarnir detta út af því að DHCP leasið rennur út og þeir fá nýja IP tölu`),
    no(`Ní raibh aon TIME_WAIT i gceist, 90 ar fad. theip ar an softswitch mar go raibh an diosca lán (/var/log 100%)`),
  ],
  portExhaustion: [
    pe(`softswitch ob 19h ne more vec odpret novih tcp povezav, v logu kar naprej "cannot assign requested address".
restart pomaga za pol ure, potem spet isto`),
    pe(`ss -s
Total: 59233 (kernel 0)
TCP:   58411 (estab 1022, closed 57020, orphaned 0, synrecv 0, timewait 56988/0)
þetta er kl 17:05, öll ný símtöl á TCP trunkana falla`),
    pe(`netstat -an | grep TIME_WAIT | wc -l
34112
ar vos-dub1 ag 20:15. ní thagann glaonna nua tríd ar TCP. an bhfuil na portanna ídithe?`),
    pe(`mae'r log yn llawn "bind: Address already in use" ond dim ond y softswitch sydd ar y bocs, dim byd arall yn gwrando.
33k yn TIME_WAIT. help plis 🙏`),
    pe(`ss -s
Total: 61840
TCP:   61203 (estab 812, closed 60190, orphaned 3, timewait 60102)

klici na tcp trunke ne gredo čez že 20 min. kaj zdaj`),
    pe(`BindException: Address already in use frá mbx3000 um leið og CPS fer yfir 200.
ekkert annað forrit á vélinni, bara softswitchinn, og hann er ekki að reyna að hlusta á nýju porti`),
    pe(`gach tráthnóna thart ar 8 stopann glaonna nua ar na trunks TCP.
atosaím mbx3000d agus tá gach rud ceart go leor ar feadh uair an chloig, ansin arís é`),
    pe(`ers i ni gael y cwsmer wholesale newydd (tua 250 CPS) dim cysylltiadau TCP newydd adeg prysur.
port range yn 32768-60999, tw_reuse 0. allwch chi diwnio vos-cdf?`),
    pe(`mbx3000 log:
2024-03-12 20:01:44 ERROR java.net.BindException: Cannot assign requested address
2024-03-12 20:01:44 ERROR java.net.BindException: Cannot assign requested address
vsak vecer ob 20h ko je najvec prometa. a nam je zmanjkalo portov?`),
    pe(`á hverju kvöldi milli 19 og 22 hætta ný símtöl að fara í gegn. tugþúsundir socketa í time_wait, reboot lagar í ~40 mín.
þetta er farið að kosta okkur peninga`),
    pe(`EADDRINUSE ón softswitch gach tráthnóna nuair a théann CPS os cionn 150, agus na mílte sockets i TIME_WAIT.
níl aon rud eile ag éisteacht ar na portanna sin`),
    pe(`ss -s am 17:30:
TCP:   49870 (estab 760, closed 48900, orphaned 1, timewait 48822)
galwadau newydd yn methu, hen rai yn iawn`),
    pe(`ip_local_port_range je 32768 60999 in ob konici je vse pokurjeno, povsod TIME_WAIT.
prosim nastavite tw_reuse in sirsi range na vos1`),
    pe(`vantar okkur ephemeral port? "connect: Cannot assign requested address" hundruð sinnum á mínútu þegar álagið er mest,
annars ekkert`),
    pe(`BindException: Cannot assign requested address
BindException: Cannot assign requested address
...cúpla céad acu sa nóiméad ó 18:40. cad atá ar siúl?`),
    pe(`bob prynhawn tua 4 mae'r softswitch yn stopio agor sesiynau SIP TCP newydd i'r carriers.
ailgychwyn a mae'n iawn am awr, wedyn yr un peth eto`),
    pe(`EADDRINUSE v softswitch logu od 18:30 naprej, TIME_WAIT čez 27 tisoč. udp klici gredo, tcp pa ne`),
    pe(`tcp_tw_reuse er 0 og port range er sjálfgefið. 29 þúsund í TIME_WAIT og softswitchinn kvartar yfir bind á álagstíma.
getið þið stillt þetta?`),
    pe(`tá níos mó ná 40k TIME_WAIT againn ar vos-dub1 agus ní dhéanann an softswitch aon nasc TCP nua le linn na buaice.
an féidir libh an tuning a dhéanamh?`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
  48211 TIME_WAIT
    903 ESTABLISHED
     12 LISTEN
ydyn ni wedi rhedeg allan o borthladdoedd?`),
    pe(`Zdravo, vos2 pri vecjem prometu ne odpre vec sip tcp proti trunkom, connect() vrne EADDRNOTAVAIL.
zjutraj pri 20 CPS je bilo vse ok, zdaj jih je 170`),
    pe(`Eftir að nýi heildsöluviðskiptavinurinn byrjaði (um 250 CPS) hætta TCP tengingar að opnast á álagstíma.
ss sýnir timewait 52k`),
    pe(`glao ó Phól ar dualgas anocht: ag 21:00 bhí an VOS ag diúltú glaonna nua amach,
ach bhí na glaonna a bhí ann cheana ceart go leor. ss -s: timewait 45210. atosú a réitigh é. arís amárach?`),
    pe(`Neges o'r NOC: 22:10 galwadau allan yn methu ar bob trunk TCP, rhai sefydlog yn iawn. netstat yn dangos 38k TIME_WAIT.
ailgychwyn mbx3000d 22:25, iawn eto. yr un peth neithiwr`),
    pe(`spet isto kot vceraj 😡 ob 19:50 trunki na TCP ne dobijo novih sej, "bind: cannot assign requested address",
31k TIME_WAIT. restart ob 20:05 pomagal`),
    pe(`netstat -an | grep TIME_WAIT | wc -l
31207
erum við búnir með portin? CPS er um 180 núna`),
    pe(`Tá an mhí ag críochnú agus tá an trácht ard. tar éis 7 i.n.
ní osclaíonn an softswitch naisc nua, ss ag taispeáint 50k+ i time-wait. port range réamhshocraithe fós`),
    pe(`EADDRINUSE gan mbx3000 bob nos pan mae'r CPS dros 200, degau o filoedd mewn TIME_WAIT.
allwch chi droi RST ymlaen a tw_reuse?`),
    pe(`ali lahko naredite tuning za time_wait na vos3?
ob konici 35k socketov v TIME_WAIT in softswitch javi "Address already in use" ko hoce odpret novo povezavo`),
    pe(`ss -tan state time-wait | wc -l
44872
softswitch getur ekki tengst nýjum trunk endpoints núna kl 18:20 🔥`),
  ],
  natUnregistered: [
    nat(`od vcerajsnjega popravka (ko ste vklopili RST zaradi TIME_WAIT) so vsi telefoni
za mikrotikom v pisarni Koper unregistered. transport je tcp`),
    nat(`síðan þið kveiktuð á RST mode eru allir símar á bak við MikroTik-inn á skrifstofunni unregistered.
SIP yfir TCP, ekkert breyttist hjá okkur`),
    nat(`ó chuir sibh SS_TCP_CLOSE_RESET ar On Dé Luain,
titeann na softphones ag na hoibrithe baile as clárú gach cúpla nóiméad. TCP ar fad, ródairí baile éagsúla`),
    nat(`ffonau tu ôl i NAT (routers BT Hub) yn dangos unregistered ers 22:00 neithiwr,
yr un pryd â'r newid RST ar y softswitch. y rhai ar IP sefydlog yn iawn`),
    nat(`po spremembi SS_TCP_CLOSE_RESET=On se domači uporabniki z zoiperjem na tcp ne obdržijo registracije,
vsakih par minut padejo dol in gor`),
    nat(`Linksys routerar heima hjá fólki + Zoiper á TCP = detta út úr registration síðan kl 21 í gær þegar RST var virkjað.
UDP notendur í lagi`),
    nat(`tá na fóin ar IP poiblí go breá ach iad siúd taobh thiar de NAT ag cailleadh clárú ó cuireadh RST ar siúl.
cad is féidir linn a dhéanamh?`),
    nat(`trowyd RST ymlaen wythnos diwethaf i gael gwared ar TIME_WAIT,
a nawr mae 30 ffôn tu ôl i'r MikroTik yn swyddfa Abertawe heb gofrestru. TCP. diffodd eto?`),
    nat(`yealinki za NATom (doma, razni ruterji, vsi sip/tcp) kazejo unregistered od 23h vceraj, tisti na javnem IP delajo.
ste vi kaj spreminjali na softswitchu? vidim da je bil vceraj ob 22:40 en run`),
    nat(`er RST ástæðan? NAT-aðir Yealink símar (transport TCP) hætta að vera registered eftir smá stund,
byrjaði eftir tuning-ið sem þið gerðuð á þriðjudaginn`),
    nat(`chuireamar RST ar siúl chun fáil réidh le TIME_WAIT, agus anois tá 25 fón taobh thiar den NAT gan clárú.
ar cheart é a mhúchadh arís?`),
    nat(`helo, ers y run port exhaustion ar vos-cdf ddoe mae'r gweithwyr cartref (Bria, TCP,
tu ôl i routers Virgin/Sky) yn colli cofrestriad drwy'r amser. swyddfa ar IP cyhoeddus yn iawn`),
    nat(`ko smo vklopili RST mode se je začelo: extensioni 201-230 za mikrotik NAT izgubljajo registracijo, transport TCP.
UDP trunki so ok`),
    nat(`skrifstofan á Akureyri: allir símar bak við NAT "not registered" síðan síðasta breyting (RST On).
UDP gateway-ið þeirra er enn í lagi`),
    nat(`oifig Chorcaí: gach fón taobh thiar den MikroTik "not registered" ón athrú deireanach ar an softswitch (RST).
ag glaoch orm gach 5 nóiméad 😩`),
    nat(`mae'r ffonau i gyd tu ôl i'r MikroTik yn y swyddfa yn unregistered ers i chi droi'r RST mode ymlaen. SIP dros TCP.
dim byd wedi newid ar ein hochr ni`),
    nat(`a je mozno da RST zapira tcp seje in ruter na strani stranke potem ne spusti vec registracije skozi?
od torka, ko je bil RST vklopljen, so njihovi telefoni offline`),
    nat(`vid settum RST a til ad losna vid time_wait og nuna eru 40 simar a bak vid mikrotik unregistered.
aetti ad slokkva aftur?`),
    nat(`fóin Grandstream taobh thiar de ródaire Eir (NAT), SIP/TCP: "Not Registered" ó 22:00 aréir.
sin díreach nuair a cuireadh SS_TCP_CLOSE_RESET=On`),
    nat(`softphones gweithwyr cartref ar TCP yn disgyn oddi ar gofrestriad bob ychydig funudau ers SS_TCP_CLOSE_RESET=On.
i gyd tu ôl i routers cartref`),
    nat(`Pozdravljeni, od ponedeljka, ko je bil run za port exhaustion na vos1, remote agenti na softphone (TCP,
doma za NATom) stalno padajo iz registracije. v pisarni na javnem IP je vse ok`),
    nat(`símar á NAT (Huawei router frá Símanum) sýna unregistered síðan í gær kl 16,
akkúrat þegar SS_TCP_CLOSE_RESET var sett á On`),
    nat(`ceist thapa: an féidir gurb é an RST is cúis leis?
ó Déardaoin tá na fóin TCP taobh thiar den NAT san oifig ag imeacht as clárú, ach na cinn UDP ceart go leor`),
    nat(`mae'r ffonau ar IP cyhoeddus yn iawn ond mae'r rhai tu ôl i NAT yn colli cofrestru ers i RST gael ei droi ymlaen.
SIP/TCP`),
    nat(`mikrotik hap ac2, za njim 12 grandstreamov na sip/tcp.
po vklopu rst na softswitchu so vsi "not registered", prej je bilo v redu leto dni`),
    nat(`registration listinn í VOS: 38 af 52 extension offline, allt þau sem eru bak við NAT hjá viðskiptavinum (TCP).
byrjaði 10 mín eftir að RST var kveikt kl 14:20`),
    nat(`an RST a chuir sibh ar siúl inné: ó shin tá an oifig i nDún na nGall (MikroTik, NAT, fóin ar TCP) unregistered.
an féidir é a chasadh as?`),
    nat(`Swyddfa Wrecsam: MikroTik + 15 Yealink ar TCP.
Ar ôl i chi newid SS_TCP_CLOSE_RESET neithiwr maen nhw'n cofrestru am funud wedyn yn diflannu. UDP yn iawn`),
    nat(`stranka iz Ljubljane: telefoni doma za A1 ruterji izpadejo iz registracije vsakih 5 min.
začelo se je natanko ko smo dali SS_TCP_CLOSE_RESET na On`),
    nat(`RST kveikt á vos-rvk á mánudag og síðan þá er NAT-aða skrifstofan í Keflavík (TCP,
Technicolor router) alltaf að detta út úr registration. setja aftur á Off?`),
  ],
  firewallRst: [
    fw(`od vklopa RST na softswitchu klici cez fortigate visijo, tcp seje ostanejo odprte v session tabeli.
fortigate log: "no session matched" za RST pakete`),
    fw(`síðan RST var kveikt á VOS hanga símtölin í gegnum pfSense, tengingar sitja opnar.
pfSense loggurinn sýnir blocked TCP:R pakka frá softswitchinum`),
    fw(`ó cuireadh SS_TCP_CLOSE_RESET=On, tá glaonna trí FortiGate an chustaiméara ag teip.
logs FortiGate: RST packets dropped, "no session matched"`),
    fw(`iptables -L -v -n | grep INVALID
 18K  1.1M DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
mae'r rhif yn codi ers i ni droi RST ymlaen ar y softswitch, a galwadau'n methu`),
    fw(`po SS_TCP_CLOSE_RESET=On se klici proti trunku za pfSense ne zakljucijo pravilno,
pfSense log je poln blokiranih TCP:R paketov iz vos`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 10.20.1.5/5060 to 157.157.x.x/41822 flags RST on interface outside
þetta byrjaði sama dag og RST mode var kveikt. símtöl detta út`),
    fw(`tá na seisiúin TCP ag fanacht oscailte ar an bhfalla dóiteáin tar éis RST a chur ar siúl,
agus tá glaonna nua ag crochadh. conntrack ag taispeáint na sean-naisc ESTABLISHED fós`),
    fw(`ers troi RST ymlaen mae galwadau drwy'r FortiGate yn hongian ac mae'r sesiynau TCP yn aros ar agor.
dim problem cyn hynny`),
    fw(`iptables -L -v kaze da "-m conntrack --ctstate INVALID -j DROP" stevec raste odkar je RST vklopljen.
istocasno failajo klici. povezava?`),
    fw(`conntrack -L | grep 5060 | grep ESTABLISHED | wc -l
4120
þó að softswitchinn hafi lokað þeim með RST. iptables droppar INVALID. símtöl failast síðan á mánudag`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 10.0.5.10/5060 to 86.40.x.x/51300 flags RST
na mílte acu ó athraíodh an softswitch go RST. glaonna ag teip`),
    fw(`pfSense yn blocio pecynnau RST o'r VOS ers y newid ddoe (SS_TCP_CLOSE_RESET On).
galwadau'n hongian, sesiynau ddim yn cau. oes angen rheol?`),
    fw(`sbc pred vos dropa RST kot invalid, od kar ste vklopili RST mode. klici na tcp trunk včasih visijo 30 s in padejo`),
    fw(`Eftir að RST var sett á fáum við "call setup timeout" á næstum öllum TCP símtölum gegnum Fortigate-inn.
FortiGate sýnir session ennþá open þótt VOS hafi lokað`),
    fw(`an SBC roimh an VOS, tá sé ag caitheamh amach na RST mar INVALID ó chasamar RST air.
glaonna TCP ag crochadh agus ansin ag titim`),
    fw(`log iptables:
kernel: INVALID DROP IN=eth0 OUT= SRC=10.1.1.5 DST=81.2.x.x PROTO=TCP SPT=5060 DPT=39112 RST
degau y funud ers i RST gael ei alluogi. galwadau'n methu`),
    fw(`stranka ima fortigate 100F pred svojim PBX.
od torka (RST On na nasi strani) njihovi klici na tcp obvisijo, sessioni na fortigatu ostanejo odprti do timeouta`),
    fw(`pfSense: "TCP:R" blocked frá 10.0.0.8:5060 aftur og aftur síðan RST mode fór á. símtöl til viðskiptavinarins hanga`),
    fw(`an bhfuil baint ag an RST leis seo?
ó Dé Máirt, nuair a casadh air é, tá na glaonna trí pfSense ag crochadh agus an seisiún TCP fós oscailte sa state table`),
    fw(`helo, ar ôl y newid RST mae galwadau ar draws y Cisco ASA yn methu.
ASA log yn llawn "Deny TCP (no connection) ... flags RST"`),
    fw(`conntrack -S kaže invalid=84213 in raste, od vklopa SS_TCP_CLOSE_RESET. klici na tcp failajo, udp ok.
firewall je iptables na centos 7`),
    fw(`er hægt að leyfa RST í gegnum Fortigate?
síðan þið settuð RST á hanga TCP símtölin og sessions sitja eftir í Fortigate session töflunni`),
    fw(`ceist: an é an falla dóiteáin stateful atá ag dropáil na RST?
ó cuireadh RST ar siúl, ní chríochnaíonn glaonna i gceart agus crochann cuid eile`),
    fw(`RST ymlaen ers dydd Llun, a nawr mae'r SBC yn taflu'r pecynnau RST fel INVALID.
galwadau TCP yn hongian, wedyn yn disgyn`),
    fw(`Zdravo, po vasem popravku za TIME_WAIT (RST) so klici proti nasemu asterisku za pfsense zaceli visit.
pfsense: "blocked TCP:RA" od vasega IP`),
    fw(`iptables log: "IN=eth1 SRC=10.1.1.5 DST=85.220.x.x PROTO=TCP SPT=5060 DPT=43322 ... RST" droppað sem INVALID.
byrjaði eftir að RST var sett á. símtöl detta`),
    fw(`Ó rinneadh an t-athrú RST aréir, tá glaonna ón gcustaiméir i gCill Dara trína FortiGate ag teip.
ní ghlanann an FortiGate na seisiúin, RST á ndropáil`),
    fw(`mae'r sesiynau TCP yn aros ar agor ar y firewall (conntrack ESTABLISHED) er bod y softswitch wedi'u cau nhw gyda RST.
galwadau'n methu ers y newid`),
    fw(`od torka ko je SS_TCP_CLOSE_RESET=On:
ASA log poln "Deny TCP (no connection) flags RST", klici na tcp obcasno ne gredo skozi. na UDP trunkih nic`),
    fw(`síðan við settum RST á eru símtöl yfir TCP að hanga í 30 sek og falla svo.
firewallinn (iptables conntrack) er að henda RST sem INVALID`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning126Set: readonly EvalItem[] = Object.values(tuning126Families).flat();
