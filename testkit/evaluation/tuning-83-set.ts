import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators and technicians in Cambodia, Laos and Myanmar on the support WhatsApp, writing Khmer, Lao
 * or Burmese in Latin letters mixed with English technical terms ("bong", "ot dEng", "min ban", "mosel";
 * "bo dai", "pen yang", "mua wan"; "ma ya bu", "bar phyit", "mane ka", "a kho"), informal, some with
 * pasted log lines or command output.
 *
 * The eighty-third tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the eighty-third never-tuned set, before the forty-first round of rules, by someone who
 * had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the
 * other sets in view; measured as such before and after the forty-first round, then made tuning
 * material for the forty-second: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 90.0 %, negatives confident 4.4 %, confident wrong 0 % with the
 * rules of the fortieth round, and the same after the forty-first.
 */
export const tuning83Families = {
  oneListeningPort: [
    no(`bong, nginx min ban start te, error "bind() to 0.0.0.0:80 failed (98: Address already in use)". apache kor nov run dae, aun ot dEng bet muoy na`),
    no(`ai, tomcat bo dai start laew, catalina.out wa java.net.BindException: Address already in use: JVM_Bind 8080. mi app eun jab port nan bor?`),
    no(`ko ko, VOS web portal ka tet ma lar bu. log mhar "Address already in use" port 8080 lo pya tal. process ta khu ka port ko yu tha lo`),
    no(`redis restart bo dai:
Could not create server TCP listening socket *:6379: bind: Address already in use
redis tua kao bo tai bor?`),
    no(`docker run -p 5432:5432 postgres min ban te bong: "Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use". postgres install lerng host kor mean hz`),
    no(`podman container sa ma ya bu: rootlessport listen tcp 0.0.0.0:8443: bind: address already in use. host mhar haproxy ka 8443 ko yu htar tal`),
    no(`aun dak freeswitch thmey lerng server jea-muoy VOS, freeswitch min ban bind 5060. sofia log "Error creating SIP UA for profile: external ... Address already in use". VOS kor listen 5060 hz men?`),
    no(`laptop aun run npm start: EADDRINUSE: address already in use :::3000. node chas nov run kor te? kill yang mech`),
    no(`mysql bo start mue nee. error.log: "Can't start server: Bind on TCP/IP port: Address already in use ... Do you already have another mysqld server running on port: 3306 ?" pen yang nor`),
    no(`asterisk test install lote tot "Unable to bind to 0.0.0.0:5060" pya tal. VOS ne server ta khu tae mhar shi lo lar`),
    no(`mosel update webmin, thngai nis webmin jol min ban. port 10000 already in use.
netstat -tlnp | grep 10000
tcp 0 0 0.0.0.0:10000 0.0.0.0:* LISTEN 2231/perl
process chas nov`),
    no(`kor thaam noy, php -S 0.0.0.0:8000 bo dai "Failed to listen on 0.0.0.0:8000 (reason: Address already in use)" nai dev server. mi ong eun yu bor?`),
    no(`mysqld restart lote tot 3306 "Address already in use". ps mhar mysqld 2 khu twe ya tal, ta khu ma thay bu`),
    no(`haproxy reload bat:
[ALERT] Starting frontend sip_tls: cannot bind socket [0.0.0.0:5061]
ss -ltnp | grep 5061
LISTEN 0 128 *:5061 *:* users:(("kamailio",pid=1880,fd=9))
kamailio jab port hz, tver mech bong?`),
    no(`docker compose up laew grafana bo kheun, "Bind for 0.0.0.0:3000 failed: port is already allocated". container kao yang yu bor`),
    no(`VOS3000 web manager 80 pwint ma ya bu. httpd start mhar "(98)Address already in use: make_sock: could not bind to address 0.0.0.0:80". ta yout yout ka nginx tin htar tal htin tal`),
    no(`sshd min ban listen port 2222 te: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." aun dak app muoy tiet lerng 2222 dae`),
    no(`ai, mbx3000 web interface bo lem lang reboot, tomcat log BindException port 8005, shutdown port tid yu. tomcat 2 tua bor?`),
    no(`Spring boot app run dot "Web server failed to start. Port 8080 was already in use." dev laptop mhar pe. bal lo sit ya ma lae`),
    no(`vsftpd min start: "500 OOPS: could not bind listening IPv4 socket". proftpd kor run lerng port 21 dae, bet muoy ban te?`),
    no(`chronyd bind port 123 bo dai: "unable to create socket on eth0 for 10.2.0.4#123 Address already in use". ntpd kao yang run yu nai server VOS`),
    no(`snmpd sa ma ya bu, "Error opening specified endpoint udp:161". agent a haung ta khu ka 161 ko yu htar tal thin tal`),
    no(`VOS mbx3000 start ot ban kroy reboot, log "bind 5060 failed: Address already in use". krouy mok ey ban deung sipp script aun run nov background jab 5060. kill hz ot ey te`),
    no(`prometheus bo start: listen tcp 0.0.0.0:9090: bind: address already in use. node_exporter 9100 ok, tae 9090 mi ong eun jab`),
    no(`lsof -i :8080 lote kyi tot:
java 4412 root 45u IPv6 TCP *:webcache (LISTEN)
tomcat 2 khu run ne tal thin tal. VOS portal ka "Address already in use" pya tal`),
    no(`container aun mean nginx 443, host kor mean nginx 443 dae, docker log "bind: address already in use". yok port na lerng lo?`),
    no(`memcached bo lem: "failed to listen on TCP port 11211: Address already in use". kuen mua wan nong sai service sam tua`),
  ],
  otherRegistrationCause: [
    no(`bong phone 20 grueng min register te thngai nis. pel prik admin ban dor password account SIP. VOS bangHanh "401 Unauthorized" rohot`),
    no(`ai, softphone bo register, 403 Forbidden. account ni mot ayu laew bor? khon bo dai jai ngeun duean nee`),
    no(`phone twe unregistered phyit ne tal, mane ka nya ka ISP line pyat ne tal. ISP pyin ne tone bal`),
    no(`pleung dach office mosel, router reboot hz phone min register vinh te, te computer kor jol internet ban`),
    no(`DNS sip.example.com pien IP mai, phone bang toh yang sai IP kao, bo register. ja paen config mot bor?`),
    no(`VOS ka "license expired" pya tal, gateway registration 0. licence renew lote pay par ko ko`),
    no(`router thmey dak office (TP-Link), phone Yealink min register. phone prer UDP 5060 te, TCP ot mean. SIP ALG on nov router ru?`),
    no(`phone grandstream bo register, 404 Not Found. nong pim username phit "10O1" bo hu tua O`),
    no(`provider ka trunk IP ko block lote tal, 403 ne reject. bill ma pay ya tay lo pyaw tal`),
    no(`nak krup phone mneak min register, cable LAN rouh chenh. dak vinh hz ok`),
    no(`account 8005 tid lock, VOS show "account locked". phone bo dai register. pod hai dai bor ai?`),
    no(`REGISTER sip:203.0.113.10 SIP/2.0
SIP/2.0 401 Unauthorized
SIP/2.0 403 Forbidden (bad auth)
password change pyi ka sa, phone 5 lone register ma ya tot bu`),
    no(`ISP down mosel yub, phone branch Siem Reap min register 3 maong. UDP te, ot mean TCP`),
    no(`sabaidee, server VOS pien IP mai 10.8.1.20 nai datacenter, phone yang chee IP kao 10.8.1.5, bo register. ton nee het yang`),
    no(`fail2ban ka phone IP ko ban lote tal, wrong password 5 kyein. registration ma ya bu`),
    no(`GoIP gateway 16 port min register te. mer jol VOS, password gateway ot treuv, aun deak password thmey mosel`),
    no(`nong, phone mot bo register hang jak UPS sia, switch POE dab`),
    no(`router a thit mhar SIP ALG on ne tal, UDP 5060 REGISTER twe ko rewrite lote ne. phone ta wet unregistered`),
    no(`phone Fanvil register ban, pi thngai hz min register. customer ot bong luy, account expired lerng VOS`),
    no(`phone sai domain pbx.lan, DNS server office sia, "DNS lookup failed", bo register`),
    no(`mane ka ka sa pe Mytel fiber pyat ne de, phone a kone unreg. internet ma shi lo`),
    no(`phone register ban, te trunk provider min register: "503 Service Unavailable". provider pyeak maintenance`),
    no(`ai, ISP Unitel mua wan pien router mai hai, bo mi port forward. phone UDP bo register`),
    no(`account 3 khu ko disable lote lite tar lar? VOS mhar "account disabled" pya tal`),
    no(`phone TLS min register: cert "not yet valid", maong phone khos, NTP ot chol`),
    no(`bo register, log "Registration failed: 408 Request Timeout". server VOS dab mua wan kuen, disk full`),
    no(`phone twe IP pyaung lite tal, VOS mhar IP binding on ne lo register ma ya bu`),
  ],
  smallFigures: [
    no(`bong, ss -s bangHanh timewait 312. ot ey te men? traffic thngai nis thoam-mda`),
    no(`TIME_WAIT khue nyang ai? aan wiki laew bo khao jai`),
    no(`SS_TCP_CLOSE_RESET ka bar lote lae? manual mhar twe tal. a kho problem ma shi bu, On lote tha lar`),
    no(`sum suor: RST mode baek kor ban te? ot mean problem ey te, grouch check tam best practice`),
    no(`netstat -ant | grep TIME_WAIT | wc -l
148
kuen nee call 40 CPS. pakati bor?`),
    no(`ss -s
Total: 612
TCP: 287 (estab 201, closed 64, orphaned 0, timewait 58)
ok lar ko ko`),
    no(`tcp_tw_reuse vea tver ey? gua baek te? ot mean batha te`),
    no(`ip_local_port_range hao pen 32768 60999, phor bor? call bo lai`),
    no(`FIN ne RST bar kwar lae? training a twet mhat htar chin lo`),
    no(`TIME_WAIT 60 seconds men bong? aun mean 1,200 pel peak, server 32GB. ot ey te?`),
    no(`SS_TCP_CLOSE_RESET default pen Off bor? beung softswitch.conf bo hen leuy`),
    no(`UDP pe use tal, RST setting ka sa ya ma lo lar?`),
    no(`dashboard bangHanh 500-700 TIME_WAIT pel yub. call ot mean dach te. normal?`),
    no(`kor thaam: reparse kap restart tang kan yang? ja pien param bang tua`),
    no(`health check lote ne tal: ESTAB 430, TIME_WAIT 90, CLOSE_WAIT 2. a yin a tine pe lar?`),
    no(`RST baek hz TLS close_notify ot mean, vea mean batha ey te? smour check`),
    no(`ss bo mi nai CentOS 6, sai netstat taen dai bor? ja beung TIME_WAIT sue sue`),
    no(`tcp_fin_timeout 60 ka kyar lun lar? lyaw thin lar, call twe a kaung pe`),
    no(`ss -tan state time-wait | wc -l = 23. nis normal ru?`),
    no(`customer thaam wa "port exhaustion" khue nyang, ja athibai yang dee?`),
    no(`RST On lite yin NAT phone twe ko effect shi lar? ma lote khin a yin thi chin lo`),
    no(`CPS 15 pel peak, TIME_WAIT 400 jeang. gua baek RST reu ot baek?`),
    no(`SIP over TCP kap UDP, an dai dee kwa? ja setup trunk mai athit na`),
    no(`sysctl net.ipv4.ip_local_port_range ka "32768 60999" pya tal. 1024 65535 pyaung tha lar? capacity plan a twet pe, problem ma shi`),
    no(`TIME_WAIT pi ru bei roy pel yub, aun min knong te. ot mean error ey`),
    no(`nong thaam noy: ss -s timewait 75, estab 320, bo mi call fail. ok bor ai?`),
    no(`TIME_WAIT a myar gyi phyit yin bar phyit nain lae? a kho 200 lauk pe shi tal, sa lel yon ba`),
  ],
  firewallNoRst: [
    no(`bong sum baek port 5060 TCP/UDP lerng Fortigate sa-mrab trunk thmey 203.0.113.45`),
    no(`ai, whitelist IP 198.51.100.22 nai iptables hai dae, provider mai`),
    no(`fail2ban ka customer IP 10.20.3.15 ko ban lote tal. unban lote pay par`),
    no(`one-way audio, hear ban mneak te. RTP port 10000-20000 ot baek lerng pfSense`),
    no(`SIP ALG pit yang nai MikroTik? siang khat`),
    no(`geo-block lote chin tal, SIP scan twe a myar gyi lar tal. Fortigate mhar bal lo lote ya ma lae`),
    no(`rate limit REGISTER mean SIP flood, iptables hashlimit 5060 dak mech bong?`),
    no(`iptables -A INPUT -p udp --dport 5060 -s 198.51.100.0/24 -j ACCEPT
rule ni thuk bor? sai kon DROP bor`),
    no(`pfSense rule a thit lote chin tal, web portal 8080 ko office IP pe pwint chin`),
    no(`ASA aun chang static NAT 5060 -> 10.1.1.10, config yang mech?`),
    no(`firewall-cmd --add-port=5062/tcp --permanent laew reload, tae port yang bo open. leum yang?`),
    no(`RTP audio ma kya ya bu ta pet ka, firewall mhar UDP 10000-60000 pwint pay pyi pyi lar`),
    no(`Fortigate block IP office aun: "action=deny policyid=0". sum add 203.0.113.77 jol whitelist`),
    no(`friendly-scanner yu lai, ja block user-agent nan nai iptables dai bor`),
    no(`sngrep mhar INVITE ko firewall ka drop lote tal, source IP allow ma lote ya thay lo. pwint pay par`),
    no(`Fortigate SIP helper bet yang mech? "config system settings" ... aun ot cham`),
    no(`pfSense ja sai max states per host 200 ber flood, ok bor?`),
    no(`ufw enable lote lite tot SSH pyan win ma ya bu, 22 allow ma lote ya tha lo`),
    no(`policy thmey, baek 1720 H.323 sa-mrab gateway chas, sum jouy`),
    no(`provider mai RTP bo phan ma, audio bo mi tang song. rule UDP media range bo mi nai ASA`),
    no(`iptables -L -n | grep 5060
DROP udp -- 0.0.0.0/0 0.0.0.0/0 udp dpt:5060 STRING match "sipvicious"
di rule ok lar ko ko`),
    no(`geo IP block Cambodia only, te customer Thai min ban call. sum add exception`),
    no(`fail2ban jail ban IP office hao eng 10.30.0.8, unban yang?`),
    no(`firewall a thit pyaung pyi, port forward 5060 UDP to 10.0.5.20 add chin tal`),
    no(`Fortigate log "IPS: SIP.Register.Flood" block trunk. ot mean flood te, sum yok chenh`),
    no(`ja block 203.0.113.0/24 mot, mi toll fraud call pai Somalia`),
    no(`SIP TLS 5061 ko firewall mhar pwint chin tal, customer a thit ka TLS lo ya mae`),
  ],
  negationContext: [
    no(`phone min register te, tae yerng prer UDP only, dauch neas RST ot pak pan te men?`),
    no(`bo mi khon pien nyang leuy, SS_TCP_CLOSE_RESET yang Off yu, tae phone 3 toh bo register`),
    no(`RST On lote pyi kadae ka call twe ok twar pyi, TIME_WAIT lae kya twar tal. kyay zu tin bar de`),
    no(`training question: bae RST baek hz phone nov kroy NAT, tver ey kert lerng?`),
    no(`ni bo men server hao, server partner, TIME_WAIT 40000 yu nan. hao bo mi pan ha`),
    no(`mosel krouy password change phone min register 5 grueng, RST ot ban baek te. password jing`),
    no(`Fortigate ka RST drop lote tal lo ma hote bu, test pyi pyi, RST allow lote tal. problem ka codec`),
    no(`"Address already in use" kuen mua wan pen nginx jab port 80, bo men VOS, fix laew`),
    no(`port exhaustion te? ot te bong, aun check hz TIME_WAIT 200 ponnan, call fail doy sa trunk provider down`),
    no(`last month ka TIME_WAIT 30000 phyit khae pe mae RST On pyi ka sa a kho 150 pe shi tal. thanks par`),
    no(`phone nai NAT unregistered, tae RST bo dai pert, yang pen Off. ISP down mua wan`),
    no(`iptables conntrack INVALID drop, kor ey ban? check hz rule nis drop scanner te, RST yerng ot baek`),
    no(`"What if" question par, pfSense ka RST block lote yin call ka bal lo phyit ma lae?`),
    no(`Fortigate block RST kor ban te? yerng min mean Fortigate te, mean te MikroTik router ponnan, RST kor Off`),
    no(`"cannot assign requested address" hen nai laptop dev khong nong, curl test, bo men server`),
    no(`RST mode ko ma pwint bu, manager ka "nothing broken don't touch" lo pyaw tal`),
    no(`phone Yealink min register, provider pyeak IP server dor. RST ot ban kae ey te`),
    no(`bo tong khang leuy, phone gap registration mua wan pen yo hao pien password Wi-Fi router, bo men setting VOS`),
    no(`BindException log twe ka 2022 ka log haung pe. a kho ma phyit tot bu`),
    no(`RST baek pi khe mun hz ot mean batha ey, phone NAT register jea. aun sop check ponnan`),
    no(`partner hao wa Fortigate khong khao drop RST, tae bo men firewall hao, hao bo mi Fortigate`),
    no(`customer ka TIME_WAIT 20000 lo pyaw pe mae sit kyi tot 210 pe shi tal, typo ba. call twe a kaung pe`),
    no(`fix ban hz bong, tang pi baek RST call ot dach te. arkun chrern`),
    no(`exam question: stateful firewall drop RST het hai call hang bor? bo men pan ha jing`),
    no(`NAT phone twe unregistered ka RST kyaung ma hote bu, router ko factory reset lote lite lo config pyout twar tal`),
    no(`RST nov Off, ot ke keang. phone kroy MikroTik min register, te phone UDP hz. aun sngsay SIP ALG`),
    no(`nong pert RST lae phone NAT bo register, tae ai pien pen Off laew tang tae mua wan, ton nee register mot laew`),
  ],
  portExhaustion: [
    pe(`bong call dach pel yub 7-9 maong, log "Cannot assign requested address", TIME_WAIT 28000 jeang. pel prik jea`),
    pe(`ss -s
TCP: 61234 (estab 1890, closed 58011, orphaned 12, timewait 57960)
thon leng call bo oak, softswitch connect trunk TCP bo dai`),
    pe(`nya peak CPS 180 lauk mhar call a thit twe ma htwet bu. mbx3000 log mhar "connect failed: Cannot assign requested address" a myar gyi. ma net pyan kaung twar tal`),
    pe(`EADDRINUSE rohot pel traffic klang, softswitch min ban open TCP thmey tov trunk, TIME_WAIT rab meun`),
    pe(`ai, kuen mua wan 8 mong new calls fail mot, netstat TIME_WAIT 31,000. sao nee pakati laew`),
    pe(`java.net.BindException: Address already in use: no further information
softswitch ka outbound TCP open lote mhar pe phyit tal, CPS tet yin`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
  27541 TIME_WAIT
   1203 ESTABLISHED
     14 LISTEN
call thmey min chenh pel 8pm bong`),
    pe(`port local mot laew bor? "Cannot assign requested address" bo yut tang tae thon leng, TIME_WAIT lai lai`),
    pe(`ko ko, TIME_WAIT 40k kyaw ne tal, peak mhar SIP TCP trunk ko connect ma ya bu. off-peak ok`),
    pe(`CPS 200 lerng pel 6pm, call fail 30%, error "bind: Cannot assign requested address". maong 2am ot ey te`),
    pe(`traffic kheun laew call tok, log "EADDRNOTAVAIL" kap "address already in use" leuy leuy, sam kuen tid kan`),
    pe(`peak hour mhar SIP over TCP outgoing connection twe "address already in use", ss mhar time-wait 52xxx. nya 11 naryi naut pyan ok`),
    pe(`TIME_WAIT 45000, call min chenh pel peak. jouy phong`),
    pe(`log softswitch:
2024-05-14 19:42:11 tcp connect to 10.4.0.21:5060 failed: Cannot assign requested address
2024-05-14 19:42:11 tcp connect to 10.4.0.22:5060 failed: Cannot assign requested address
pen sam sip nathi thon leng, call mai bo dai`),
    pe(`evening traffic mhar call twe fail, ss -tan state time-wait | wc -l = 33817. ip_local_port_range ka 32768 60999 pe`),
    pe(`mosel yub call dach chrern nas, VOS log BindException TCP outbound. thngai OK. ey ban mean promo CPS kaoen`),
    pe(`promotion kuen nee CPS khuen sam thao, call fail lai, TIME_WAIT 25k, "cannot assign requested address" teum log`),
    pe(`peak mhar ephemeral port kone twar tal tha lo. TIME_WAIT 28000, call a thit twe 503`),
    pe(`server VOS pel yub 8-10pm call thmey bat, TCP connection thmey min ban, dmesg ot mean ey te, te TIME_WAIT 30 poan`),
    pe(`bo dai open socket mai tang yam peak, EADDRINUSE, ton sao ok. netstat TIME_WAIT 29871`),
    pe(`ma ya bu ko ko, 7 naryi ka sa call twe ma htwet bu, "Cannot assign requested address" log ta pyout pyout, TIME_WAIT thaung chi`),
    pe(`TIME_WAIT lerng 50k pel peak, softswitch ot ban connect trunk TCP, EADDRINUSE. sum jouy tune`),
    pe(`call fail 18:00 tueng 22:00 tuk wan, ss -s timewait 48000+, connect() fail. kuen kang khuen bo mi`),
    pe(`CPS 250 mhar "connect: Cannot assign requested address", ephemeral port a kone pe. TCP trunk 6 khu shi tal`),
    pe(`bong, yub nis peak, new calls fail:
TCP: 58230 (estab 2110, closed 55990, timewait 55870/0)
thngai min mean te`),
    pe(`mbx3000 log "bind: Address already in use" tae ton peak thao nan, port local bo phor, TIME_WAIT bo lut`),
    pe(`load test CPS 300 lote tot TIME_WAIT 60000 kyaw, connect failed twe. live traffic nya mhar lae tu tu phyit tal`),
    pe(`netstat TIME_WAIT 35000 pel yub, call thmey "Cannot assign requested address", kroy 1am jea vinh`),
    pe(`peak CPS call fail, TIME_WAIT 40 phan. sai tcp_tw_reuse dai bor?`),
    pe(`nya nay twe call drop ma hote bu, call a thit ka start ma ya bu. BindException / EADDRINUSE, TIME_WAIT 20k+. ma net ma shi`),
  ],
  natUnregistered: [
    nat(`bong, kroy baek SS_TCP_CLOSE_RESET=On, phone kroy MikroTik NAT min register te, unregistered rohot. phone UDP ot ey te`),
    nat(`ai, taeng tae pert RST mode mua wan, softphone staff yu baan (home router) bo register, SIP TCP. phone office public IP ok`),
    nat(`RST On lote pyi ka sa, NAT nauk ka phone twe unregistered phyit ne tal. TCP transport pe. MikroTik router`),
    nat(`phone Yealink 40 grueng kroy NAT office register ban 1-2 nati hz bat vinh. chab pi ke dak close reset On mosel`),
    nat(`grep CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
ton nee phone TCP lang NAT unreg mot, 30 toh`),
    nat(`Zoiper TCP phone twe home router nauk mhar registration pyout pyout twar tal, RST enable lote pyi nauk ka sa`),
    nat(`RST mode on hz, phone branch Battambang (MikroTik NAT) lost registration rohot, branch UDP ot ey te`),
    nat(`phone lang NAT sai TCP bo register lang jak hao sai SS_TCP_CLOSE_RESET=On ber TIME_WAIT`),
    nat(`mane ka RST On lote tal, di ma net ka sa MikroTik nauk ka Grandstream phone twe unreg. public IP phone twe ok pe`),
    nat(`softphone MicroSIP TCP nov phteah register hz bat, register hz bat. kroy "service mbx3000d reparse" ke baek RST`),
    nat(`customer saeng wa phone office lang NAT gaep registration tuk 5 nathi, tang tae pien close reset pen On`),
    nat(`close reset On lote lite ka NAT phone twe unregistered, TCP 5060. Off pyan lote ya ma lar?`),
    nat(`VOS registration list: 1001 offline, 1002 offline, 1003 offline ...
phone dang-os kroy NAT MikroTik, TCP. dak RST On mosel`),
    nat(`softphone bo register lang NAT pi sai RST, tae phone IP public yang dai. TCP mot`),
    nat(`RST mode pwint pyi nauk office NAT nauk ka phone 25 lone registration pyout, keepalive shi pe mae ma ya`),
    nat(`RST On hz phone kroy NAT unregistered. TCP. jouy phong`),
    nat(`MikroTik srcnat office, phone Yealink TCP register bo dai lang jak enable SS_TCP_CLOSE_RESET. kon nan ok`),
    nat(`home router nauk ka staff softphone twe (TCP) unreg phyit ne tal, softswitch mhar close reset On lote pyi ka sa`),
    nat(`phone office BKK1 kroy NAT register ban pel muoy, pel muoy tiet ot, VOS show unregistered. chab pi RST on thngai mun. TCP 5060`),
    nat(`RST "On" laew phone TCP lang home router register bo dai mot, phone UDP bo pen yang`),
    nat(`di ma net sit kyi tot NAT phone twe register ma shi bu, mane ka nya ka SS_TCP_CLOSE_RESET On lote khae tal. TCP transport`),
    nat(`phone TCP kroy Mikrotik registered -> unregistered -> registered chrern dorng, pel RST On`),
    nat(`pen yang ai? softphone TCP lang NAT router bo register tang tae mua wan ti pert RST (close reset). TIME_WAIT fix laew tae`),
    nat(`RST enable lote tot TIME_WAIT kya twar tal, pe mae NAT nauk ka phone twe unregistered phyit kone tal. TCP`),
    nat(`tang pi baek RST, softphone client nov phteah (TCP via router) min register te. phone nov DC public IP jea`),
    nat(`VOS phone list unregistered lai, lang NAT office router mot, TCP transport. SS_TCP_CLOSE_RESET pen On ton nee`),
    nat(`MikroTik NAT nauk ka Yealink 60 lone TCP ne unregistered. RST On lote pyi ka ta nay lone pe`),
    nat(`kroy pdo close reset On, phone chrern kroy NAT (TCP) bat registration, sum bet vinh ban te?`),
    nat(`phone TCP lang NAT ban soft register pen pen tid pen unreg, hang jak pert RST mode. khon yu baan sai home router`),
    nat(`softswitch RST mode On lote pyi, office NAT router nauk ka TCP phone twe a kone unregistered. VOS registration list mhar 0`),
  ],
  firewallRst: [
    fw(`bong, kroy baek RST call fail, Fortigate log "deny" TCP flag RST. Fortigate nov mukh VOS`),
    fw(`ai, pert SS_TCP_CLOSE_RESET laew call hang, pfSense log blocked TCP:R state mismatch`),
    fw(`RST On lote pyi ka sa call twe hang ne tal. iptables conntrack ka RST ko INVALID lo drop lote ne`),
    fw(`Fortigate: action="deny" proto=6 msg="tcp rst out of state" dstport=5060
call fail chab pi dak RST On`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 10.2.0.10/5060 to 203.0.113.8/41022 flags RST on interface outside
pen jak pert RST mode, call fail lai`),
    fw(`stateful firewall (pfSense) ka RST packet twe ko block lote ne tal, RST mode pwint pyi nauk call ma chate ya bu`),
    fw(`RST mode on hz call hang, iptables "-m conntrack --ctstate INVALID -j DROP" counter lerng chrern`),
    fw(`Fortigate drop RST, call fail, lang jak pert close reset`),
    fw(`Fortigate log mhar RST twe deny, softswitch RST On pyi nauk ka sa call ma ya bu`),
    fw(`call dach ot mok tov pel RST On, firewall stateful nov khang mukh drop packet RST "out of state"`),
    fw(`iptables -L -v -n
 pkts bytes target prot opt in out source destination
 48211 1928K DROP all -- * * 0.0.0.0/0 0.0.0.0/0 ctstate INVALID
counter kheun wai lang pert RST, call tid`),
    fw(`ASA ka "Deny TCP (no connection)" RST twe ko drop lote tal. RST On ka sa, call setup hang pyi 32 sec naut fail`),
    fw(`pfSense nov front VOS, kroy baek SS_TCP_CLOSE_RESET call min chenh/hang, pfSense block RST (TCP:R)`),
    fw(`call bo oak lae hang lang jak sai RST mode On, Fortigate drop packet RST "invalid state"`),
    fw(`close reset On lote tot call twe hang ne tal. tcpdump firewall a pyin mhar RST twe ya pe mae a twin bet ma shi bu. stateful firewall ka drop ne tal`),
    fw(`Fortigate invalid drop RST, call fail 20% kroy RST On`),
    fw(`SIP TCP call hang mot, tcpdump hen RST jak VOS tae bo phan firewall iptables conntrack. pert RST mua wan`),
    fw(`conntrack -S mhar invalid counter tet lar tal RST On pyi nauk, call twe fail ne`),
    fw(`Sophos firewall drop RST packet, call hang, pel ke dak RST mode. bet RST vinh ban te?`),
    fw(`pfSense log "TCP:RA blocked" 5060 lai lai, tang tae pert close reset, call fail`),
    fw(`call twe fail tal SS_TCP_CLOSE_RESET=On lote pyi nauk. Juniper SRX ka RST ko "no session" lo drop`),
    fw(`RST On -> call hang. Fortigate block RST. help bong`),
    fw(`lang jak pert RST, call bang sai tid yu "calling" bo jop. firewall stateful drop RST, ja allow yang?`),
    fw(`VOS a shay mhar Fortigate shi tal, RST mode pwint pyi ka sa call fail ne tal, log mhar RST packet twe deny`),
    fw(`ASA "Deny TCP (no connection) ... flags RST ACK" chrern nas, call fail chab pi RST On`),
    fw(`call lai sai fail laew, iptables conntrack drop RST INVALID, RST mode pert mua wan`),
    fw(`pfSense ka "out of state" RST twe drop lote ne tal, RST On lote pyi nauk call twe ka ring pe ma ring bu`),
    fw(`MikroTik firewall nov mukh server VOS (connection tracking) drop invalid RST, call hang kroy close reset On`),
    fw(`Check Point log "TCP out of state" drop RST, call fail laew hang pert RST`),
    fw(`firewall stateful ka RST twe drop lote ne lo call ma ya tot bu, SS_TCP_CLOSE_RESET On lote pyi ka sa`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning83Set: readonly EvalItem[] = Object.values(tuning83Families).flat();
