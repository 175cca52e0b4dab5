import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, call-centre supervisors and resellers in Jamaica, Trinidad and Tobago, Barbados, Guyana and Belize on
 * WhatsApp, writing Jamaican Patois, Trini, Bajan, Guyanese Creolese and Belizean Kriol in Latin script, mixed with
 * standard English technical terms and pasted output: fast, mostly unpunctuated, local expressions, typos, emoji.
 *
 * The hundred-and-twenty-eighth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the hundred-and-twenty-eighth never-tuned set, before the fifty-first round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured
 * as such before and after the fifty-first and the fifty-second rounds, then made tuning material for the
 * fifty-third: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 88.9 %, negatives confident 3.7 %, confident wrong 0 % with the
 * rules of the fiftieth round and the changes after it, before the fifty-first.
 * After the fifty-first round: the same.
 * Then with another cause named in a message read little kept from confident: the same.
 * After the fifty-second round: the same.
 */
export const tuning128Families = {
  oneListeningPort: [
    no(`wah gwaan team di vos web page nah come up. catalina.out seh java.net.BindException: Address already in use <null>:8080
mi see seh a nginx mi bredda install yesterday a hold 8080 😩`),
    no(`boy allyuh mysql eh starting on de vos box "Can't start server: Bind on TCP/IP port: Address already in use" 3306...
had a next mysqld from de backup script still running`),
    no(`tried running a second kamailio on de same server fuh test an it say bind failed 5060 address already in use.
de softswitch got 5060 already ent? how I could run both`),
    no(`netstat -tlnp | grep :80
tcp  0  0 0.0.0.0:80  0.0.0.0:*  LISTEN  2231/httpd
dat a apache from di old billing, it a block di new portal from start. mi can jus stop it?`),
    no(`abie de docker container fuh de CDR dashboard wouldn start "Error starting userland proxy: listen tcp4 0.0.0.0:3000:
bind: address already in use" grafana on de host itself deh pon 3000 already`),
    no(`di developer laptop weh mi di use fi test di api seh EADDRINUSE :::4000 wen ih run npm start.
wan ol nodemon neva close mi tink`),
    no(`ss -ltnp 'sport = :5060'
LISTEN 0 128 *:5060 *:* users:(("opensips",pid=1893,fd=7))
mbx3000d cyah get 5060 cause opensips from de old install sitting pon it. cuhdear wunna guide me to remove it`),
    no(`afta di reboot vos3000 web nuh open, tomcat log full a "Address already in use: JVM_Bind" pon 8443.
a di next tomcat weh di reseller install fi him panel`),
    no(`redis on de box giving "Could not create server TCP listening socket *:6379: bind: Address already in use"
is de old redis-server from de queue ting. kill it?`),
    no(`softswitch log: "bind 0.0.0.0:1720 failed, errno 98"
we did start a h323 gatekeeper test program pon dat same port las night 🙈`),
    no(`mi start di sip proxy twice by mistake, di second one a bawl "address already in use" 5080.
di first one still a run fine fi real`),
    no(`wen mi run python3 -m http.server 8080 fi share di cdr files ih seh OSError: [Errno 98] Address already in use.
a tomcat dat noh?`),
    no(`pls help urgent-ish 🙏 after yum update httpd nah start
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80
nginx from di monitoring install deh pon 80`),
    no(`de windows box we put de vos client web on, IIS grab port 80 so de portal cyah bind. how to change IIS port`),
    no(`my IVR app wun start, log say "cannot bind 0.0.0.0:5070 address in use".
turns out de freeswitch external profile was already pon 5070 🤦🏽‍♀️`),
    no(`yow mi run two instance a di same callback server an di second one seh bind: address already in use port 9000.
a normal dat? jus one fi run?`),
    no(`postgres nah start pon di reporting box: could not bind IPv4 address "0.0.0.0": Address already in use
HINT: Is another postmaster already running on port 5432?
yes one old one deh deh`),
    no(`de wallboard in de call centre wouldn load, de IT guy say de node app crash with EADDRINUSE 127.0.0.1:8081 cause skype
or something hold it on he PC 😂`),
    no(`docker compose up
Error response from daemon: driver failed programming external connectivity on endpoint vos-api: Bind for 0.0.0.0:8080 failed: port is already allocated
di tomcat pon di host a use 8080 already nuh true?`),
    no(`sshd cyaan start afta mi change di port to 2222 "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use."
a di dropbear mi did install fi emergency`),
    no(`di vos portal only show blank page, catalina seh Failed to initialize end point associated with ProtocolHandler
["http-bio-8080"] java.net.BindException. jenkins di sit pan 8080`),
    no(`boss mi restart mbx3000d an it seh cannot bind 5060 address already in use.
ps show TWO mbx3000d, one stuck from before. server quiet quiet, no traffic a tall`),
    no(`asterisk on de test box say "Unable to bind to 0.0.0.0:5060: Address already in use" since we put it pon same machine
as de vos. wah port allyuh recommend fuh asterisk`),
    no(`a weh dis now 🙄 snmpd seh bind failed udp 161 address already in use. a next snmpd from di old monitoring still up`),
    no(`jenkins on de dev VM cyah take 8080 Address already in use,
de VOS web portal tomcat was installed on same VM fuh de demo. which one to move`),
    no(`de new websocket gateway fuh de webrtc agents crash "listen EADDRINUSE: address already in use 0.0.0.0:8443" de nginx
ssl proxy bound to 8443 already 😒 lewwe move it to 9443 ya?`),
    no(`mi cyaan start di recording server, bind() to 0.0.0.0:8000 failed (98: Address already in use).
mi own fault, mi did leave di first copy a run inna screen`),
  ],
  otherRegistrationCause: [
    no(`wah gwaan, all di phone dem a show unregistered from 9 dis morning.
mi change di password dem las night inna vos fi security but neva update di phones 🤦🏾‍♂️`),
    no(`de whole call centre in Chaguanas getting "Registration failed 403 Forbidden" since we move de vos to de new IP,
de phones still pointing to de old one`),
    no(`cuhdear de yealinks showing Account 1 not registered,
turns out de vos licence expire yesterday 😩 wunna could renew quick`),
    no(`GTT down whole morning so all de softphone dem unregister. now it back an some still red. we need fuh reboot dem?`),
    no(`di phones noh register since BTL change wi static IP, di vos mapping gateway still have di ol IP inna di allowed list`),
    no(`di DNS name sip.ourcompany.com point nowhere since di domain expire 🙄 phones cyaan find di server fi register`),
    no(`boy de ATA in de shop not registering at all, no lights. is de power brick dead, we change it an it register straight`),
    no(`one agent zoiper keep seh 401 unauthorized. mi check an him a type di password wrong, capital letter business`),
    no(`since we change de account from prepaid to postpaid de phones stop register, vos say account locked.
balance did run out`),
    no(`ever since de power cut at 3:15 de grandstreams won register,
de router get reset to factory an lose de internet config. we on udp, nothing to do wid tcp`),
    no(`mi router dead inna di lightning las night so all di phone dem offline. jus fi let unnu know, nutten wid di server`),
    no(`phones behind de mikrotik deregister but is cause we change de vos SIP port from 5060 to 5080 yesterday
an forget de phones. UDP only`),
    no(`firmware upgrade on de cisco spa wipe out de sip credentials, dat is why dey show not registered. re-entering now`),
    no(`di Belmopan office phones unregistered, wi find out smaddy unplug di PoE switch fi charge dehn phone 😂😂`),
    no(`mi see 40 phone unregistered inna vos online list, all a dem from di one reseller weh nuh pay.
wi did disable him account, a suh it go`),
    no(`extension 2045 keep saying wrong password, we reset it in vos but de softphone still sending de old one`),
    no(`Flow change we modem an now we get a new public IP, de vos IP restriction on de phone account blocking us. udp, no tcp`),
    no(`de vos licence only allow 500 registered phones an we pass it, new ones get rejected. de old ones fine`),
    no(`wi DNS provider dung (account suspend fi non payment) so di phones weh use di domain cyaan reach di server`),
    no(`de softphones on de agents laptops unregistered since IT push a new antivirus dat blocking zoiper.exe.
allow it an it good`),
    no(`all de phones red since bmobile had a fibre cut by Curepe, dey say fixing by 2pm`),
    no(`a few phone lose reg cause di DHCP hand dem IP weh clash wid di printer dem static IP. mi fix di pool`),
    no(`di phone dehn seh No Service afta di reseller change di SIP domain inna di vos without tell wi`),
    no(`12 phones failing registration, vos log say "password error" fuh dem accounts.
look like somebody brute forcing an lock dem?`),
    no(`de expiry date on de phone accounts in vos was set 2024-12-31 an today dey all stop register. how to extend it`),
    no(`after we swap de ol linksys router fuh a mikrotik de phones don register, but is cause we forget de voice VLAN,
phones not even getting IP`),
    no(`cuhdear de whole office phones unregistered, UPS fail an de switch in a reboot loop. power back now, watching`),
  ],
  smallFigures: [
    no(`quick question wah TIME_WAIT mean? mi see it inna netstat pon di vos box`),
    no(`netstat -an | grep TIME_WAIT | wc -l
214
dat normal fi a server wid 30 concurrent call? 🤔`),
    no(`is 300 time wait normal at 10am? traffic small small`),
    no(`ss -s
Total: 412 (kernel 498)
TCP:   187 (estab 61, closed 98, orphaned 0, synrecv 0, timewait 96/0), ports 0
everyting look good? jus a routine check`),
    no(`should we turn on SS_TCP_CLOSE_RESET jus in case? we ent having no problem, just heard bout it`),
    no(`weh di difference between FIN an RST close inna vos? di manual seh RST avoid time wait build up`),
    no(`we planning to grow from 20 CPS to maybe 60 next month,
should we tune tcp_tw_reuse from now or wait till it give trouble`),
    no(`ip_local_port_range show 32768 60999, dat enough fi small operation laka fi wi? bout 50 channel`),
    no(`mi see 18 connection inna TIME_WAIT an 40 ESTABLISHED pon 5060, a suh it suppose fi look?`),
    no(`boy how to check how many ephemeral ports free? nothing wrong jus curious`),
    no(`after midnight TIME_WAIT drop to like 30, at peak it reach 600. fine or we should worry? no calls failing`),
    no(`does SS_TCP_CLOSE_RESET matter if all we trunks UDP? just reading de manual`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     45 ESTABLISHED
     12 LISTEN
    131 TIME_WAIT
health check fi di monthly report, all good?`),
    no(`a wah tcp_tw_reuse do? an it safe fi turn on? wi nah have no issue`),
    no(`CPU 12% memory 40% time_wait ~250 on a Tuesday afternoon. anyting to tune?`),
    no(`di new engineer ask if 500 TIME_WAIT a problem. mi tell him nuh, but confirm fi mi nuh`),
    no(`we doing 8 cps peak, no issues. is RST mode recommended fuh we size or leave it default Off?`),
    no(`how long a TIME_WAIT last pon centos 7? 60 sec?`),
    no(`fi wi audit, weh di current value a SS_TCP_CLOSE_RESET pan wi server? mi tink a Off by default`),
    no(`sysctl net.ipv4.ip_local_port_range
net.ipv4.ip_local_port_range = 32768	60999
unnu recommend change it before di carnival rush? nutten nuh wrong now`),
    no(`ss -tan state time-wait | wc -l
78
quiet sunday 🙂 jus checking after de update`),
    no(`de dashboard show 3 CPS an 140 sockets in TIME_WAIT is dat ok`),
    no(`if we enable RST will de office phones behind nat be affected? not doing it yet, just asking first`),
    no(`wah is de max TIME_WAIT before it start give problem? we at 400 now an everyting sweet`),
    no(`we getting a second vos next month fuh Berbice, any kernel settings allyuh recommend from de start?`),
    no(`mi run netstat outta curiosity an see nuff TIME_WAIT, like 120. mi fi fraid? calls a flow good`),
    no(`fi di training tomorrow, explain in simple words why thousands a TIME_WAIT can block new calls? wi nuh have it,
jus fi teach di staff`),
  ],
  firewallNoRst: [
    no(`need fi open 5060 tcp an udp pon di fortigate fi di new carrier, how mi do it`),
    no(`please whitelist we new office IP 190.213.44.17 on de vos iptables, agents cyah reach de web portal`),
    no(`fail2ban ban we own carrier IP again 😤 how to unban an put it in ignoreip`),
    no(`we have one way audio on de phones behind de mikrotik, should we disable SIP ALG? /ip firewall service-port disable sip`),
    no(`wi wahn block all SIP from outside Caribbean an US, geo block pan pfsense, weh di bes way`),
    no(`port forward question: mi need forward 10000-20000 udp rtp to di vos box from di router?`),
    no(`iptables -L -n | grep 5060
ACCEPT     udp  --  0.0.0.0/0  0.0.0.0/0  udp dpt:5060
mi need add tcp too fi di new trunk weh use tcp?`),
    no(`some friendly-scanner a hammer wi 5060 all night from overseas. how fi block dem pon di ASA`),
    no(`de new fortigate admin want to know which ports VOS need open. web 80, sip 5060, rtp range, what else`),
    no(`pls add 200.32.x.x to allowed list, new customer in Belize City cyaan send traffic,
firewall drop him SYN cause ih noh inna di list`),
    no(`de pfsense block de vos web portal from home, need a rule only fuh my ip`),
    no(`fail2ban-client status vos-sip
Currently banned: 37
Total banned: 1204
dat normal? plenty brute force`),
    no(`is SIP ALG on de GTT router causing we phones to send wrong contact header?`),
    no(`di firewall guy ask if vos need any ICMP rule, ping block right now`),
    no(`di office router log seh "nf_conntrack: table full, dropping packet" during di DDoS las night.
how fi raise nf_conntrack_max`),
    no(`want to lock down ssh on de vos box to only we office, port 22 via iptables, any sample`),
    no(`mi need forward tcp 5060 pan di mikrotik to di inside vos, dis correct?
/ip firewall nat add chain=dstnat protocol=tcp dst-port=5060 action=dst-nat to-addresses=192.168.88.10`),
    no(`fortigate policy fuh sip, should we turn off de session helper? heard it does mess up SIP`),
    no(`how to allow only Digicel an GTT ranges to hit de vos an block de rest of de world`),
    no(`weh port di vos desktop client use fi connect? fi open pan di office firewall`),
    no(`di pfsense rule fi rtp a get too long, mi can use an alias fi di carrier IP dem?`),
    no(`we moving de vos behind a new ASA 5506, what inspection to disable? sip inspect?`),
    no(`iptables -A INPUT -s 45.134.26.0/24 -j DROP an di scanner still a come from new ip every hour 😤 better way?`),
    no(`de carrier say dey cyah reach we on tcp 5060 cause de firewall only got udp open. add tcp please`),
    no(`fail2ban ban de call centre own public ip after agents type wrong password 5 times lol how to whitelist`),
    no(`check di firewall log fi mi, wi see nuff deny from 5060 scanners 2am to 4am, jus want know if wi safe`),
    no(`wi buy a sophos xg fi di office, how fi forward sip from internet to di inside vos an nat di rtp`),
  ],
  negationContext: [
    no(`phones unregistered but wi use UDP only so a nuh dat RST ting, mi tink a di ISP`),
    no(`RST mode is Off, we check softswitch.conf SS_TCP_CLOSE_RESET="Off".
calls failing from someting else, carrier say dey having issue`),
    no(`no TIME_WAIT problem, ss show 90. de issue is de carrier rejecting we calls wid 503`),
    no(`nobody change nutten pon di server from las month, di phones dem jus drop after di password reset`),
    no(`we had de address already in use problem las week but allyuh fix it, since den 0 issues, jus thanking 🙏🏾`),
    no(`it was di ISP after all, BTL confirm outage 2-4pm, phones back registered`),
    no(`calls failing but firewall nah touch an RST never turn on, a di balance run out pon di route`),
    no(`de fortigate dropping nothing, we check de logs. problem was de wrong codec on de trunk, fixed`),
    no(`di "cannot bind" we report yesterday was fi di web portal port 8080, not di softswitch. sorted now`),
    no(`mi know seh RST can confuse NAT router but wi neva enable it, still Off, an phones fine.
jus asking if upgrade change di default`),
    no(`time_wait was high high at 9am cause of de robocall test but we stop it an it back to 200, no calls affected`),
    no(`phones unregister but is after de password change, not no RST ting, we ent touch softswitch.conf`),
    no(`wi did think di firewall a drop packet but turns out di carrier IP change. firewall fine`),
    no(`grep CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET=Off
so a nuh dat. calls still cut at 30 sec, session timer?`),
    no(`we turn RST off back yesterday like wunna say an everyting good now, phones registered, close de ticket thanks`),
    no(`all de phones use UDP, no TCP at all, so doh bother wid de close reset setting. issue is one way audio`),
    no(`netstat TIME_WAIT count small, under 100, so not port exhaustion. de vos jus slow cause de disk full`),
    no(`de mikrotik not de problem, we bypass it an phones still unregistered, account expired on vos side`),
    no(`no bindexception nowhere inna di logs, mi grep it. di softswitch jus crash from out of memory`),
    no(`a nuh firewall, mi disable iptables fully fi test an calls still fail wid 404, number format wrong`),
    no(`we ent enable nothing, RST still default, an calls dropping only on de one Digicel route. route issue`),
    no(`di EADDRINUSE was from di node app pon mi laptop, nutten to do wid vos, ignore di previous message 🙏`),
    no(`restart did help but is cause of de memory leak in de billing, not ports. ports fine`),
    no(`phones behind nat was unregistered but we fix it by changing de SIP server IP dey had wrong. rst off, never was on`),
    no(`no conntrack drop, no RST, nothing inna di fortigate log. wi tink a di SIM gateway a fail`),
    no(`wi neva have no TIME_WAIT issue, di calls fail because di carrier block wi fi fraud, dehn call wi`),
    no(`ignore de alarm, de "address already in use" was me starting a second mbx3000d by accident in test.
prod fine, no traffic issue`),
  ],
  portExhaustion: [
    pe(`wah gwaan, every evening bout 7 when traffic peak di vos stop tek new call,
log full a "Cannot assign requested address". restart fix it fi an hour`),
    pe(`netstat -an | grep TIME_WAIT | wc -l
41873
is dis why calls failing at peak? CPS around 180`),
    pe(`softswitch log spamming java.net.BindException: Address already in use: connect,
only at night when de dialer push 200 cps`),
    pe(`ss -s
Total: 61234 (kernel 61890)
TCP:   60112 (estab 1203, closed 58740, orphaned 12, synrecv 0, timewait 58702/0), ports 0
calls failing like crazy since 6pm 😭`),
    pe(`di server cyaan open no more tcp connection to di carrier wen wi hit peak,
connect() failed (99: Cannot assign requested address). afta reboot all gud fi a while`),
    pe(`boy de dialer push 300 cps at 9am an de vos jus stop making outbound tcp to de trunks. TIME_WAIT 28k.
restart mbx3000d an it ok till 11`),
    pe(`mi see EADDRINUSE inna di mbx3000 log every peak hour an di ASR drop from 45% to 10%. server nuh change nutten`),
    pe(`every Friday night de server hang on new calls, existing ones fine.
netstat show like 30 thousand sockets waiting to close on tcp 5060`),
    pe(`we running outta ports i tink. ip_local_port_range 32768 61000 an all used up at peak`),
    pe(`bind failed errors in softswitch log wid high traffic, CPS 250 over tcp to de carrier. low traffic no error at all`),
    pe(`every day 6-9pm new calls fail "cannot bind" den come back wen traffic drop. time_wait 35000+`),
    pe(`mi reboot di vos 3 time today already, each time it good fi 40 min den calls start fail again.
netstat full a TIME_WAIT to di carrier ip`),
    pe(`2024-03-12 19:42:07 ERROR tcp connect to 190.58.12.4:5060 failed: Cannot assign requested address
2024-03-12 19:42:07 ERROR tcp connect to 190.58.12.4:5060 failed: Cannot assign requested address
dis repeating whole night`),
    pe(`softswitch not accepting any new tcp at peak CPS, old calls stay up. dmesg clean. restart help but only fuh a while`),
    pe(`we add a new wholesale customer wid 150 cps over tcp an since den de server choking every evening, time_wait go to 50k`),
    pe(`di vos a throw address already in use fi outgoing connection, not fi di listen port. only at peak.
port range too small?`),
    pe(`netstat -ant | grep -c TIME_WAIT
27455
an new calls a timeout. how fi fix`),
    pe(`agents saying calls not going out from 8pm, de engineer say "ephemeral ports exhausted" wha dat mean an can allyuh fix`),
    pe(`mbx3000d log:
sip tcp connect error errno=99 (Cannot assign requested address)
same pattern every evening 7:30 when de promo traffic start`),
    pe(`traffic double since de election promo an now vos cyah open sockets at peak, restart work fuh lil while`),
    pe(`wi pass 120 cps fi di first time an di vos start reject new call, ss show timewait 46k. wi need tuning`),
    pe(`mi dialer partner blast 400 cps pon tcp an now EADDRINUSE inna di log plus TIME_WAIT 60 tousand 😩 help`),
    pe(`de box run outta local ports? netstat -s show connect failed, time_wait ~32000 an only at de busy hour`),
    pe(`after we moved de carrier trunks from udp to tcp las week we get "cannot bind socket" at peak every night.
10k calls/hour`),
    pe(`ss -tan | awk '{print $1}' | sort | uniq -c
   1021 ESTAB
  38994 TIME-WAIT
     14 LISTEN
only new calls dropping`),
    pe(`di vos stop tek new tcp calls evry nite roun 8, restart mbx3000d fix am. log seh bind failed. wat di go on`),
    pe(`yow di server a choke pon connection at peak, nuff nuff socket a wait fi close an new call cyaan get a port 😤`),
    pe(`BindException on outbound SIP TCP during de cricket match promo, cps went up to 220. everyting normal after 11pm`),
    pe(`restart is de only ting dat work, den 2 hours later same ting, calls cyah connect, TIME_WAIT back up to 40k`),
    pe(`"Address already in use" but only when traffic high high, de listen port 5060 fine. is de outbound connections failing`),
  ],
  natUnregistered: [
    nat(`wah gwaan, since unnu turn on di RST ting yesterday all di office phone behind di mikrotik a show unregistered.
dem pon sip tcp`),
    nat(`after we set SS_TCP_CLOSE_RESET=On fuh de time wait issue,
de agents softphones at home keep dropping registration every few min`),
    nat(`de yealinks on TCP behind de Flow router losing registration since wunna change de softswitch close setting
las night. de ones on public IP fine`),
    nat(`phones behind nat red since allyuh enable rst mode. direct ip phones green. transport tcp`),
    nat(`from Tuesday wen di softswitch param gaan to On, di microsip dehn behind di home router di show unregistered
half di day`),
    nat(`di run history show RST enable 2 day ago, an same time di call centre phone dem behind nat start deregister.
coincidence?`),
    nat(`grep RESET softswitch.conf
SS_TCP_CLOSE_RESET="On"
an all di grandstream behind di tp-link a go offline every 10 min. tcp`),
    nat(`work from home agents on zoiper TCP all unregistered after de vos tuning Monday (de close reset one),
office ones on public IP still ok`),
    nat(`since we turn on close reset phones behind nat cyah stay registered, we have to keep rebooting dem`),
    nat(`yesterday 4pm unnu edit softswitch.conf an run service mbx3000d reparse fi di time wait ting.
from den di home office phones (behind router, TCP) cyaan stay registered`),
    nat(`all di phone dem behind di NAT lose registration since yesterday change to di reset mode. tcp transport. weh wi do`),
    nat(`since the softswitch set to send RST instead of FIN,
de ATAs in de branches behind home routers de-register an we miss calls`),
    nat(`afta di RST mode go on, di phones behind router show registered den unregistered every few minute, flip flop flip flop`),
    nat(`de reseller say he customers phones behind NAT all red since we enable SS_TCP_CLOSE_RESET. should we roll back`),
    nat(`we enable RST to fix de ports, now phones behind de office router unregistered. which one more important 😩`),
    nat(`cheese on bread!! every phone in de Speightstown branch (behind de ISP router, tcp)
gone unregistered since de tcp close mode change`),
    nat(`noh phone behind di nat cyaan register since di vos close reset param change. di one dehn wid public ip work`),
    nat(`mi phones dem (TCP, behind NAT) unregistered since di RST mode turn on, UDP ones fine`),
    nat(`mi nuh know wah unnu do pon di server Wednesday but from den every softphone weh deh behind a router a drop registration.
di run seh CLOSE_RESET On`),
    nat(`since Thursday when we put close reset On, de polycoms behind de office Draytek say not registered`),
    nat(`remote agents at home behind de GTT router lose registration since yesterday RST change. sip tcp 5060`),
    nat(`di branch office phones behind nat unregistered on an off since di RST setting. mek it FIN back please?`),
    nat(`di phones pon public IP dem fine, only di one dem behind NAT a lose registration,
an it start di same hour di RST param go On`),
    nat(`after SS_TCP_CLOSE_RESET went On de zoiper users behind home wifi routers keep falling off de server,
registration gone`),
    nat(`de NATed phones unregistered since enabling RST mode, keepalive set 30s still not helping`),
    nat(`half de phones showing unregistered in vos after RST enabled, all of dem behind de same mikrotik nat`),
    nat(`di phones behind NAT lose registration since RST on. restart di router help fi few minute den ih gaan again`),
    nat(`since di RST change di tcp phones behind di router a drop off di online list every 15 min. wi neva touch di router`),
    nat(`agents phones (sip over tcp, behind nat) unregistered afta de change las night.
de change was RST mode fuh de softswitch`),
    nat(`RST enabled las week fuh de cps issue an now every NAT phone drop registration after a few min`),
  ],
  firewallRst: [
    fw(`wah gwaan, since unnu enable RST mode calls through di fortigate a fail,
forti log show drop "invalid state" pon tcp 5060`),
    fw(`after SS_TCP_CLOSE_RESET On de pfsense dropping de RST packets an calls hanging, sessions stay open in de state table`),
    fw(`conntrack -L | grep 5060 show tcp sessions still ESTABLISHED long after de call end, since RST change.
we got iptables dropping INVALID`),
    fw(`calls failing since de rst change, de asa log full of "Deny TCP (no connection) ... flags RST" fuh 5060`),
    fw(`iptables -L -v -n | grep INVALID
 48211 2890K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  state INVALID
dat counter a climb fast since RST mode, an calls fail`),
    fw(`since di reset setting di SBC in front a di vos a drop di RST packet dem an calls hang till timeout`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 10.10.1.5/5060 to 190.93.17.2/41822 flags RST on interface inside
tons a dese since tuesday when close reset went On, calls to de carrier failing`),
    fw(`de fortigate say "no session matched" on de rst packets from de vos since de change, calls dropping midway`),
    fw(`after de port exhaustion fix (RST on) calls through de office pfsense hang,
de firewall log full of blocked TCP:R from 5060`),
    fw(`calls stick as active in de vos long after hangup, de firewall still holding de tcp sessions cause it eat de RST.
started wid RST mode`),
    fw(`wi enable RST fi time wait an now di carrier seh calls a fail from wi side,
dem firewall a drop di reset packets as invalid`),
    fw(`kern.log: INVALID DROP IN=eth0 OUT= SRC=10.0.0.5 DST=200.41.8.9 PROTO=TCP SPT=5060 DPT=51234 RST
plenty a dese since RST on, calls failing`),
    fw(`conntrack -S show invalid=18234 an climbing, since we set SS_TCP_CLOSE_RESET On. SIP TCP calls failing random`),
    fw(`de carrier fortigate dropping we RST, dey send we deir log. since de change at 1am calls fail on dat trunk only`),
    fw(`since de RST setting de checkpoint firewall in front de switch dropping "out of state" tcp packets
an new calls fail to de same carrier`),
    fw(`calls failing after RST mode was turned on, sonicwall log
"TCP packet received on non-existent/closed connection; TCP packet dropped"`),
    fw(`di sessions pan di firewall neva close since unu put RST, state table fill up an calls stop pass`),
    fw(`calls hang wid dead air at de end since close reset On,
firewall between vos an carrier drop de RST so de tcp session stay open`),
    fw(`pfsense blocking "TCP:RA" from de vos ip on 5060 since yesterday's change, calls failing`),
    fw(`after RST mode calls fail only fuh customers behind stateful firewalls dat drop de reset, de ones direct fine`),
    fw(`iptables -I INPUT -p tcp --tcp-flags RST RST -m state --state INVALID -j LOG show plenty hits since de reset change,
calls to de SIP trunk failing`),
    fw(`we firewall guy say de fortigate drop packets "invalid state" from de vos since RST switch on. calls a drop`),
    fw(`calls through de ASA fail since RST, show asp-drop tcp-not-syn counter climbing`),
    fw(`since di RST param go On, tcp sessions pan di pfsense state table stay ESTABLISHED fi hours an calls fail wen it full`),
    fw(`di SBC log seh "TCP RST discarded, no matching flow" afta wi turn on RST pan di vos. calls fail to di next carrier`),
    fw(`calls a drop since di close reset change. firewall a treat di RST as invalid an drop am. fix?`),
    fw(`firewall eating de RST since close reset On, calls hanging 😤`),
    fw(`dmesg full a "nf_ct_tcp: invalid RST" since wi set CLOSE_RESET On, an di tcp calls dem a fail`),
    fw(`de billing show calls 3 hours long dat was 2 min, since de RST mode.
de fortigate hold de session cause it drop de reset`),
    fw(`we enable RST mode fuh de ports, now calls fail through de iptables box in front,
conntrack mark de RST invalid an drop dem`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning128Set: readonly EvalItem[] = Object.values(tuning128Families).flat();
