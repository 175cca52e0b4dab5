import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, resellers and NOC technicians in Mongolia writing on WhatsApp from their phones in
 * Mongolian typed in Latin letters, with Russian words mixed in and English technical terms, some
 * pasting log lines or command output ("sain bnuu", "ajillahgui bn", "uchigdur", "unuudur",
 * "yaah ve", "bayarlalaa", "bolohgui bn", "zasagdsan", "medehgui", "koroche", "srochno").
 *
 * The ninety-first tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the ninety-first never-tuned set, before the forty-third round of rules, by someone who
 * had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the
 * other sets in view; measured as such before and after the forty-third round, then made tuning
 * material for the forty-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 84.4 %, negatives confident 6.7 %, confident wrong 1.1 % with the
 * rules of the forty-second round, and the same after the forty-third.
 */
export const tuning91Families = {
  oneListeningPort: [
    no(`sain bnuu, nginx restart hiisen chin "bind() to 0.0.0.0:80 failed (98: Address already in use)" gej
garaad bn. apache ch bas asaalttai bsan bololtoi, yaah ve?`),
    no(`VOS web portal ajillahgui bn. tomcat log deer:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
8080 deer oor yamar neg yum suuchihsan bololtoi, yaj oloh ve`),
    no(`mysql asahgui bn. "Can't start server: Bind on TCP/IP port: Address already in use" 3306 gesen. umnu ni
mariadb suulgasan bsan, tiimees l bh`),
    no(`node dev server-ee asaahaar EADDRINUSE :::3000 gej garaad bn, laptop deer. umnuh process ni untraagui bololtoi`),
    no(`bratan, docker run hiiheer "Bind for 0.0.0.0:5432 failed: port is already allocated" garchlaa. host deer
postgres asaalttai bgaa, ali ni zugeer be`),
    no(`shine kamailio test hiij bgaa, VOS-tei neg server deer. kamailio start hiihed "bind(): Address already in use"
5060 deer. mbx3000 5060 barichihsan bh, ter zuv uu? oor port ruu shiljuulne biz`),
    no(`asterisk + vos neg mashin deer bolohgui yumuu? asterisk log: "Unable to bind to 0.0.0.0:5060: Address already in use"`),
    no(`netstat -tlnp | grep 8080
tcp  0  0 0.0.0.0:8080  0.0.0.0:*  LISTEN  2211/java
uchigdur tomcat 2 udaa asaachihsan bololtoi, neg ni untraagui. web ajillahgui bn, kill hiivel boloh uu`),
    no(`sshd port 2222 bolgoh gesen chin "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." ter port
deer umnu ni proxy tavisan bsan, martchihaj 😅`),
    no(`redis asahgui bn: "Could not create server TCP listening socket *:6379: bind: Address already in use".
systemctl status redis - failed. neg instance ni ajillaj bgaa bh`),
    no(`Grafana 3000 deer asahgui bn, "listen tcp 0.0.0.0:3000: bind: address already in use". hajuud ni node app bgaa,
port solih heregtei bh`),
    no(`operator-iin billing panel (php artisan serve) 8000 port deer "Failed to listen on 127.0.0.1:8000 (reason:
Address already in use)" gej bn. yaahuu`),
    no(`Vos3000 web interface-iig 80 ruu shiljuuleh gesen, httpd barichihsan bolohoor tomcat cannot bind gej bn. httpd
hereggui, untraaj bolno uu?`),
    no(`unuudur server reboot hiisnii daraa postfix 25 port bind hiij chadahgui bn, sendmail ch bas asaj bgaa bololtoi.
centos 6. chkconfig sendmail off hiih uu`),
    no(`python flask app: OSError: [Errno 98] Address already in use. Ctrl+Z daraad garsan chin background-d uldchihsen
bn lol. medehgui bsan`),
    no(`koroche, prometheus node_exporter 9100 deer "listen tcp :9100: bind: address already in use". umnuh version-g
systemd-ees ustgaagui bolood hoyulaa asah gej bn`),
    no(`zabbix agent asahgui: "cannot listen on port 10050: bind() ... Address already in use". huuchin agent process
uldsen bh, pid oloh command yu ve`),
    no(`test serveriin SIP proxy (opensips) 5060 udp bind hiij chadahgui bn, VOS bish. ter mashin deer freeswitch bas
suusan bsan. ali negiig ni untraana`),
    no(`docker-compose up: "Error starting userland proxy: listen tcp4 0.0.0.0:443: bind: address already in use" —
hostiin nginx 443 barij bgaa. container-iig 8443 ruu shiljuulchih uu?`),
    no(`spring boot app ehlehed "Web server failed to start. Port 8080 was already in use." gej bn. VOS-iin tomcat 8080
deer bgaa shuu, tiimees bh. server.port solichloo, zasagdsan bayarlalaa`),
    no(`Windows deer MicroSIP + Zoiper hoyulang ni asaasan chin neg ni "cannot bind to local port 5060" gej bn. hoyulang
ni zereg hereglej bolohgui yumuu`),
    no(`lsof -i :8443
java   1873 root  45u IPv6 ... TCP *:8443 (LISTEN)
java   1874 root  ...
ene yu ve, 2 java. vos client portal asahgui bn "Address already in use: JVM_Bind"`),
    no(`sain bnuu, webphone gateway (websocket 8089) asahgui bn, "EADDRINUSE 0.0.0.0:8089". netstat-aar harahad haproxy
8089 deer suuchihsan bn. config-oo shalgay`),
    no(`tftp provisioning server asaahaar "bind: Address already in use" udp 69. xinetd tftp bas asaalttai bsan, hoyulaa
zereg bolohgui bn`),
    no(`mongo asahgui bn, log: "Failed to set up listener: SocketException: Address already in use" 27017. uchigdur
mongod-g gar argaar asaasan, service bas asaaj bgaa`),
    no(`kstati, VOS-iin data server ehlehgui bn, 3306 port-iig umnu ni oor mysql instance barichihsan. neg l port, ih
achaalal bish, shine suulgasan server. yaj tseverleh ve`),
    no(`pm2 restart hiisen chin api "listen EADDRINUSE: address already in use :::4000" gej crash loop-d orchloo. pm2 list
deer 2 udaa burtgegdsen bn, neg ni davhar`),
  ],
  otherRegistrationCause: [
    no(`sain bnuu, manai 3 extension unregistered bolchloo. uchigdur nuuts ugiig solisoon, utas deer shine nuuts ug
oruulaagui bh. log: 403 Forbidden`),
    no(`trunk unregistered bn, provaider IP-gaa solison gej bn, bid medehgui bsan. shine IP-g haana oruulah ve`),
    no(`office-iin bugd utas unregistered. tsahilgaan tasarsan, switch dahij asaagui bn. odoo asaachlaa, huleegeed uzey`),
    no(`ajillahgui bn: client-iin akkaunt-iin hugatsaa duussan bololtoi, VOS deer expired gej bn. tulbur tuluugui bh`),
    no(`VOS license duussan bololtoi, web deer "license expired" garch bn, bugd gateway unregistered. distributor-too
holbogdoh heregtei yu`),
    no(`manai DNS ner solichihson, sip.company.mn huuchin IP ruu zaasaar bn, tiimees utasnuud burtgegdehgui bn. TTL ih bsan`),
    no(`yealink utas "Registration failed" gej bn, provisioning config deer server hayag buruu bichigdsen bsan (10.0.0.5
bish 10.0.0.50). zasaad reboot hiichlee`),
    no(`unuudur ISP tasarsan, internet ajillahgui bn, bugd SIP utas unregistered. provaider-too zalgasan, pomogite
gesen chin huleegeerei gej bn`),
    no(`kabel salchihsan bsan 🤦 ajliin shireenii door. utas unregistered gej bsan, odoo register bolson`),
    no(`VLAN solison 😕 uchigdur network admin voice VLAN 20-g 30 bolgoson, utasnuud DHCP avahgui bn, unregistered. manaih
UDP l hereglediin`),
    no(`grandstream 5 utas unregistered, log deer:
REGISTER sip:vos.example.mn -> 401 Unauthorized
REGISTER (auth) -> 403 Forbidden
username-d zai orson bololtoi, copy paste hiisen`),
    no(`abonent-iin utasnii mobile data duussan bolohoor softphone unregistered bolj bn, manai talaas asuudal bish biz?`),
    no(`shine router (TP-Link) tavisan, DHCP range ni uur, utasnuud IP avaagui unregistered bn. router-iin DHCP tohirgoo
yaj hiih ve. UDP 5060 deer bdag`),
    no(`trunk register bolohgui bn, "408 Request Timeout". provaider maintenance hiij bgaa gej bichsen bsan unuudur 14-16
tsagt. huleey`),
    no(`VOS deer phone account-uudiig ustgaad dahin uusgesen chin prefix buruu bolood register hiigdehgui bn. mapping
gateway-g solison`),
    no(`NAT-iin ard bgaa utasnuud unregistered bolloo. MikroTik-ii public IP soligdchihson (ISP dynamic IP ugdug), server
deer whitelist-d huuchin IP bsan. UDP l ashigladag`),
    no(`office nuugdsun, shine bairand orson. utasnuud PoE switch-gui bolohoor asahgui bn lol. PoE adapter avah heregtei`),
    no(`reseller-iin account suspend hiigdsen, balance 0 bolson bolohoor gateway ni unregistered bolson. deposit hiisnii
daraa zasagdsan, spasibo`),
    no(`ntp buruu bolood utasnii tsag 2019 bolchihson, TLS cert shalgahad aldaa ugch register hiigdehgui bn. ntp server-ee
zasay`),
    no(`sain bnuu, fanvil utasnuud nyamaas hoish unregistered. firmware auto update hiigdeed factory default bolchihson
bololtoi. provisioning-oor dahin tataj bn`),
    no(`utas register hiigdehgui bn, "SIP/2.0 404 Not Found" gej irj bn. shalgasan chin account ni VOS deer ustgagdsan bn,
hen ustgasan ym bol`),
    no(`server IP solison (datacenter migration). gadnaas orj ireh utasnuud huuchin IP ruu register hiij bgaa,
unregistered. provisioning-aar shine IP tarah heregtei`),
    no(`remote agent-uud VPN-ee salchihsan bolohoor softphone-uud unregistered. VPN server-iin cert duussan, IT-nhan
zasaj bn`),
    no(`koroche, UPS battery duussan, shono tsahilgaan tasraad router asaagui uldsen. ogloo irsen chin bugd unregistered.
odoo normalno`),
    no(`gateway-n register expires 3600 bsan, provaider 600-aas ih bolohgui gesen, 423 Interval Too Brief oshibka garch
unregistered. 300 bolgoy`),
    no(`abonent-iin neg l utas unregistered bn, busad zugeer. ethernet port-iin LED ni asahgui bn. kabel shalgaj uzne uu
gej hellee`),
    no(`mobile 4G router-oor ajilladag salbar, IP ni uurchlugdud, VOS deer IP bind-tai account bsan bolohoor unregistered
bolson. IP bind-iig avay`),
  ],
  smallFigures: [
    no(`sain bnuu, TIME_WAIT gedeg ni yag yu ve? ss -s harahad 214 timewait gej bn, ene ih uu?`),
    no(`ss -s
Total: 412 (kernel 520)
TCP:   96 (estab 38, closed 41, orphaned 0, synrecv 0, timewait 39/0), ports 0
ene normalno uu? shine server, tsuun hereglegchtei`),
    no(`SS_TCP_CLOSE_RESET gedeg parameter yu hiideg ym be? manual-d bgaa, oilgohgui bn`),
    no(`net.ipv4.tcp_tw_reuse=1 bolgoh ni ayulgui yumuu? NAT-tai hereglegch bgaa, zuvluguu ugnuu`),
    no(`manai server 20 CPS orchim, ip_local_port_range 32768 60999 default. nemeh heregtei yu esvel odoohondoo bolno uu?`),
    no(`netstat -an | grep TIME_WAIT | wc -l
87
eniig shalga gesen, 87 bol zugeer biz? duudlaga normalno yavj bn`),
    no(`health check: CPU 12%, RAM 40%, timewait 300 orchim, estab 150. ymar neg asuudal alga, zugeer l shalgaj bgaa`),
    no(`FIN bolon RST-iin yalgaa yu ve? training deer asuusan, medehgui bsan`),
    no(`VOS3000 deer SIP TCP hereglehed ymar tohirgoo zuvluh ve? odoohondoo 5-10 concurrent call l bn`),
    no(`ip_local_port_range-g 1024 65535 bolgochihvol ymar neg muu tal bii yu? zugeer l asuuj bgaa, asuudal baihgui`),
    no(`tcp_fin_timeout 60 bn, 30 bolgoh ni utgatai yu? server ih achaalalgui, timewait 100 hurehgui`),
    no(`uchigdur shalgasan: ss -tan state time-wait | wc -l → 512. 80 CPS peak. ene hevin uu? ymar ch aldaa baihgui`),
    no(`softswitch.conf deer SS_TCP_CLOSE_RESET="Off" bn. Off ni default uu? uurchluh heregtei yu, asuudal alga`),
    no(`bratan, ss command baihgui gej bn centos 6 deer 😅 netstat-aar TIME_WAIT yaj tooloh ve`),
    no(`unuudur 45 timewait, 12 established. test server. sysctl tuning heregtei yu eswel hamaagui yu`),
    no(`boss asuuj bn: "manai server port duusah erstei yu?" 2000 orchim zalgalt, port range 28000 shirheg. yaj tootsoh ve`),
    no(`tcp_tw_recycle bolon tcp_tw_reuse yalgaa? internetaas uzsen chin tw_recycle NAT-tai muu gesen. manaid aldaa
baihgui, zugeer suralts gej bn`),
    no(`ss -s
TCP: 1024 (estab 702, closed 110, orphaned 2, timewait 108/0)
ene shuu, 700 estab — ok yu? shine client nemegdsen`),
    no(`RST mode asaah heregtei yu gesen asuult bn. manai 15 CPS, timewait 200. medehgui bn, zuvluugech`),
    no(`sysctl -a | grep local_port
net.ipv4.ip_local_port_range = 32768	60999
ene ymar utga ve, yaj unshih ve`),
    no(`sain bnuu, sar bolgon hiideg health check. ss -s: estab 64, timewait 233, closed 19. bugd normalno gej bodoj bn,
batalgaajuulna uu`),
    no(`TLS-tei uyd close_notify gedeg ni yu ve? RST asaahad hamaaraltai gej sonssoon`),
    no(`service mbx3000d reparse bolon restart-iin yalgaa yu ve? restart hiihed duudlaga tasrah uu`),
    no(`nu, tipa, TIME_WAIT 2MSL gedeg yu ve. 60 sekund uu 120 uu? linux deer yamar bn`),
    no(`manai reseller-iin 3 server, neg ni 350 timewait, neg ni 80, neg ni 20. yagaad yalgaatai bn? ymar ch asuudal alga,
zugeer sonirhoj bn`),
    no(`sysctl.d centos 6 deer unshigdahgui gedeg unen uu? tcp_tw_reuse nemeh gesen ym, ih achaalalgui, zugeer urdchilaad`),
    no(`watch "ss -s" hiigeed harj bn, timewait 150-180 hoorond heltsej bn, 30 CPS. hevin bh tiim uu`),
  ],
  firewallNoRst: [
    no(`sain bnuu, FortiGate deer 5060 udp neeh heregtei, shine provaider-iin IP 203.0.113.45-g whitelist-d nemeh. policy
yaj bichih ve`),
    no(`fail2ban manai reseller-iin IP-g ban hiichihsen, 3 udaa nuuts ug buruu oruulsan bolohoor. unban yaj hiih ve
fail2ban-client status asterisk → Banned IP list: 103.x.x.x`),
    no(`MikroTik deer SIP ALG (/ip firewall service-port sip) untraah uu? utas neg tald duugui bn, udp hereglediin`),
    no(`iptables -A INPUT -p udp --dport 10000:20000 -j ACCEPT ene rtp range zuv uu? vos-iin rtp port-uud ali ni ve`),
    no(`geo-block hiih gej bn, zuvhun Mongol + Hyatad IP-g SIP ruu neeh. pfSense deer pfBlockerNG ashiglah uu eswel
uur arga bii yu`),
    no(`iptables rule-uud reboot hiihed alga bolood bn. service iptables save hiigeegui bh centos 6. bayarlalaa`),
    no(`port forward: MikroTik dst-nat 5060 -> 192.168.88.10 hiisen ch gadnaas orj irehgui bn. ISP 5060 haasan bh, udp`),
    no(`sip scanner-uud ih orj irj bn, friendly-scanner user agent. iptables string match-aar blok hiih ym bolov uu`),
    no(`Cisco ASA deer "inspect sip" untraah heregtei yu? provaider ALG-g untraa gesen. udp trunk`),
    no(`rate limit: neg IP-ees 10 sekundad 20-oos olon REGISTER irvel blok hiih iptables rule bichij ugnuu. hashlimit
ashiglah uu`),
    no(`web portal 8080-iig zuvhun office IP-gaas neeh gej bn. firewalld deer rich rule yaj bichih ve`),
    no(`pfSense deer outbound NAT static port asaah heregtei gesen, yagaad? UDP RTP-d hamaataishuu`),
    no(`uchigdur shine firewall (FortiGate 60F) tavisan, udp sip helper-iig untraasan, duudlaga normalno. RTP timeout-iig
300 bolgoh uu, zuvluguu heregtei`),
    no(`iptables -L -n -v
Chain INPUT (policy DROP)
ACCEPT udp -- 0.0.0.0/0 0.0.0.0/0 udp dpt:5060
ACCEPT tcp -- 0.0.0.0/0 0.0.0.0/0 tcp dpt:22
8080 nemeh heregtei, ali mur deer nemeh ve`),
    no(`ufw ashiglaj bolh uu centos deer? eswel iptables l hereglediin`),
    no(`SSH brute force ih bn, fail2ban sshd jail asaay. VOS-iin web portal-d bas jail bii yu?`),
    no(`MikroTik firewall-d connection tracking sip helper bn, ter ni yu hiideg ym? untraachvaldaa asuudal garahgui biz`),
    no(`toll fraud-aas sergiileh: international prefix 00-g shunu blok hiih, firewall deer hiih uu VOS deer hiih uu`),
    no(`provaider shine SBC IP ugsun 198.51.100.20, 198.51.100.21. hoyulang ni whitelist-d nemchlee, test hiij uzey`),
    no(`UDP flood irsen uchigdur oroi, 5060 ruu 50k pps. DDoS protection datacenter-aas avah uu eswel iptables-aar limit
hiih uu`),
    no(`nftables ruu shiljih gej bn, iptables rule-ee yaj hurvuuleh ve. iptables-restore-translate bii gej sonssoon`),
    no(`FortiGate VIP deer 5060-5061 tcp/udp, 10000-20000 udp forward hiisen. gadnaas utas register bolj bn, zugeer l zuv
hiisen uu gej asuuj bn`),
    no(`iptables INPUT-d INVALID state drop rule bii, ene ni zuv practice uu? ymar ch asuudal alga, audit hiij bgaa.
RST mode manaid untarsan`),
    no(`client-iin IP list 40 shirheg, ipset ashiglaad whitelist hiih ni deer uu? iptables-d 40 mur nemeh uu`),
    no(`Hyatad, Orosoos SIP scan ih ireh bolohoor geoip module suulgah gej bn. xtables-addons centos 7 deer yaj suulgah ve`),
    no(`pfSense deer NAT reflection asaah heregtei yu, dotood utas public hayagaar server ruu handahad`),
    no(`firewall deer 5060 neeltei, gehdee gadnaas utas holbogdohgui bn. VOS udp deer l bdag. tcpdump-aar packet irj bgaa
esehiig yaj harah ve`),
  ],
  negationContext: [
    no(`manai bugd utas UDP deer bdag, TCP ogt hereglehgui. tiimees RST tohirgoo manaid hamaagui biz dee? zugeer l
batalgaajuulah gesen`),
    no(`utasnuud unregistered bolson, gehdee RST Off bn, hen ch yum uurchluugui. softswitch.conf shalgasan:
SS_TCP_CLOSE_RESET="Off". uur shaltgaan haih heregtei bh`),
    no(`nuuts ug solisnii daraa l utasnuud unregistered bolson shuu, RST-tei hamaagui. shine nuuts ugee oruulaad
zasagdsan`),
    no(`TIME_WAIT asuudal ongorson sard zasagdsan, tw_reuse + port range hiisen. odoo zugeer, zugeer l medegdej bn`),
    no(`ene manai server bish, naiziin companiin VOS deer firewall RST drop hiideg gesen. manaid yum hiih heregtei yu?
manaid FortiGate ch baihgui`),
    no(`training asuult: hervee RST asaachval NAT-tai utsand ymar asuudal garah ve? odoogoor ymar ch asuudal alga`),
    no(`report bichij bn: 2023 ond manai server TIME_WAIT-aar port duussan incident. tuhain ued yaaj zassan be gedgiig
sanuulaach`),
    no(`port asuudal bish ee. duudlaga tasarch bgaa ni provaider-iin tal deer codec taarahgui bgaagaas bolj bn,
488 Not Acceptable Here`),
    no(`hypothetical: 500 CPS bolvol timewait ih bolj port duusah uu? odoo 10 CPS l bn, zugeer l tuluvluj bn`),
    no(`competitor-iin server unuudur unav gesen, "address already in use" aldaa ugch bsan gesen yaria bn lol. manaih
zugeer`),
    no(`RST mode asaasan uu? ugui ee, manaid ogt asaagaagui. duudlaga tasrah ni internet tasarsantai holbootoi bsan,
zasagdsan`),
    no(`MikroTik-ii ard bgaa utasnuud unregistered gej bsan, gehdee ter ni MikroTik-ii tsahilgaan tasarsantai holbootoi
bsan. odoo bugd normalno, RST ch bish`),
    no(`firewall RST drop hiij bgaa esehiig shalgasan, drop counter 0. tiimees ene shaltgaan bish bolj bn. ondoo yum haana`),
    no(`SS_TCP_CLOSE_RESET-g On bolgoh heregtei gej zuvluusun, gehdee bi ogt hiigeegui, NAT-tai hereglegch olon bolohoor.
yamar ch asuudal garaagui, zugeer l medegdej bn`),
    no(`"cannot assign requested address" gedeg aldaa manaih bish, hamtragch companiin log bsan. manai server deer iim
zuil baihgui`),
    no(`uchigdur RST On bolgood 10 minutiin daraa Off bolgoson. odoo bugd normalno, utas register bolj bn. ymar neg
uldegdel asuudal baihgui biz?`),
    no(`manaih TLS ashigladaggui, UDP l. RST mode ch Off. yagaad duudlaga 32 sekundiin daraa tasarch bn? ACK irehgui bh`),
    no(`lektsiin slide hiij bn: "RST vs FIN — NAT bolon stateful firewall-d uzuuleh nuluu". ene zuv uu gej shalgaach`),
    no(`huuchin ticket haaj bn: ongorson 7 hongiin firewall RST asuudal RST Off bolgosnoor zasagdsan. hariltsagch
batalgaajuulsan. bayarlalaa bugdend`),
    no(`address already in use bish shuu, aldaa ni "Connection refused". server unarsan bsan, restart hiisen`),
    no(`timewait 30k bn gej bichsen ni buruu, 30k bish 300 bsan 😅 uuchlaarai. zugeer bn`),
    no(`NAT-tai utas unregistered bolson ni RST-ees bish, ISP CGNAT ruu shiljuulsentei holbootoi, UDP binding 30
sekundeer duusaad bn. keepalive 20 bolgochloo`),
    no(`hervee bid firewall solivol (ASA -> FortiGate) RST-tei holbootoi ymar zuil anhaarah ve? odoohondoo RST Off,
shiljuuleh tuluvluguu l`),
    no(`RST asaasnaas hoish utasnuud unregistered bolno gej aisan, gehdee 2 honog bolloo, ymar ch asuudal alga. bugd
zugeer. zugeer l medegdel`),
    no(`ene manai demo lab, 2 VM, port exhaustion simulate hiih gej bn, jmeter-eer. asuudal bish, yaj ih CPS uusgeh ve
gedgiig asuuj bn`),
    no(`boss "port duussan" gej bn, gehdee ss -s harahad timewait 120, estab 80. port duusaagui, duudlaga tasarch bgaa ni
oor shaltgaantai. yaj tailbarlah ve`),
    no(`vendor-iin zuvluguu deer "RST mode On bolgo" gej bn, gehdee manai utas bugd NAT-iin ard, tiimees hiihgui. ene zuv
shiidver uu?`),
  ],
  portExhaustion: [
    pe(`sain bnuu, oroi peak tsagt duudlaga garahgui bolj bn. log: "connect() failed: Cannot assign requested address".
ss -s: timewait 28411. yaah ve`),
    pe(`ss -s
Total: 31250 (kernel 31600)
TCP:   30871 (estab 1420, closed 29102, orphaned 3, synrecv 0, timewait 29087/0), ports 0
400 CPS hurehed shine TCP zalgalt neegdehgui bn`),
    pe(`ajillahgui bn!! oroi 8 tsagaas hoish gateway ruu TCP SIP holbogdohgui bn, log deer outgoing socket deer "bind:
Address already in use". ogloo 9 tsagt normalno`),
    pe(`netstat -an | grep -c TIME_WAIT
27944
ene normalno uu? pik tsagt shine duudlaga 503 bolood bn`),
    pe(`ip_local_port_range 32768 60999 bn, 28k port l. manai 350 CPS, TCP trunk 4 shirheg. port hureltsehgui bolson
bololtoi, timewait ih. range-g ih bolgoh uu`),
    pe(`bratan srochno. uchigdur promo-giin ued CPS 3 dahin ussun, outbound connect deer "EADDRINUSE" garaad duudlaga
unaj bsan. unuudur bas promo bn, tuslaach`),
    pe(`unuudur 19:00-21:00 hoorond olon duudlaga failed. mbx log:
[ERR] tcp connect to 10.20.1.5:5060 failed errno=99 (Cannot assign requested address)
[ERR] tcp connect to 10.20.1.5:5060 failed errno=99
yu bolood bgaa ni ve`),
    pe(`TIME_WAIT 25 myanga hurch bn, achaalal ihsehed shine zalgalt uusehgui. RST mode asaah uu, eswel tw_reuse?`),
    pe(`reseller-uud orgil tsagt "duudlaga garahgui bn" gej gomdol irj bn. ss -tan state time-wait | wc -l → 30112.
busad tsagt 2000 orchim`),
    pe(`manai vos TCP-eer provaider ruu holbogdog, CPS 500 hurehed connection refused bish, "cannot assign requested
address" gej bn, local port olgdohgui. port range ih bolgoh heregtei yu`),
    pe(`koroche, oroi bolohoor shine TCP socket neegdehgui, 10-15 minutiin daraa uuruu zasagdchihdag. timewait oroi 26k,
udur 3k. ene ymar shaltgaan`),
    pe(`sysctl net.ipv4.ip_local_port_range
net.ipv4.ip_local_port_range = 32768 61000
ss -s | grep TCP:
TCP: 29870 (estab 911, closed 28703, orphaned 0, timewait 28698/0)
port duussan bololtoi, 600 CPS`),
    pe(`sain bnuu, high CPS deer VOS SIP TCP outbound-d "BindException: Address already in use" aldaa ugch bn, neg port
bish, olon. load ihsehed l garj bn`),
    pe(`ihenh duudlaga 20:30-aas hoish holbogdohgui bn, log deer errno 99. TIME_WAIT 30 myanga. uchigdur shine dealer
nemegdsen bolohoor traffic 2 dahin ussun`),
    pe(`port range 32768-60999, tw_reuse 0. 1024-65535 bolgoj tw_reuse 1 bolgoh uu? shono peak-d connect failed ih bn`),
    pe(`ene yu ve:
Oct 12 21:14:03 vos mbx3000: create tcp socket to 172.16.5.10:5060 failed: Address already in use
Oct 12 21:14:03 vos mbx3000: create tcp socket to 172.16.5.10:5060 failed: Address already in use
x 4000 shirheg. udur bolgon 21 tsagaas hoish`),
    pe(`achaalal ihsehed zalgalt uusehgui bolj bn, netstat -ant | awk '{print $6}' | sort | uniq -c
   1204 ESTABLISHED
  29811 TIME_WAIT
     12 LISTEN
yaah ve`),
    pe(`autodialer client 800 CPS yavuulj ehelsen, tuunees hoish VOS deer TCP zalgalt bolohgui bn, timewait 28k.
autodialer-iig zogsoohod normalno bolj bn`),
    pe(`sain bnuu, ticket: "peak-d duudlaga 30% fail". ss -s timewait 27k, port range default. ymar zasvar hiih ve`),
    pe(`TCP SIP trunk ruu 1 sekundad 450 shine zalgalt neej bn, timewait 60 sekund uldeed 27k hurchihdeg. port hurehgui
bolood bn. tw_reuse ayulgui yu, NAT-gui`),
    pe(`uchigdur oroin 10 tsagt vos unav shahu, "cannot assign requested address" log-oor duursen. CPU 30% l bsan. port
tsuun bh`),
    pe(`ss -s harahad ports 28232 gej bn, timewait 28100. range 28232 bolohoor bugd duussan gesen ug uu? shine duudlaga
fail bn`),
    pe(`unuudur ogloo marketing campaign 700 CPS, duudlagiin tal ni "failed to connect" bolood, timewait 29k. umnu ni 100
CPS-d hezee ch iim bolj bsangui`),
    pe(`blin, orgil tsagt vos-oos provaider ruu garah TCP connect bugd errno 99. ip_local_port_range 32768 60999. uuniig
yaj tohiruulah ve, centos 6 deer sysctl.d unshdaggui gesen`),
    pe(`pik-d "no new TCP connections" gej provaider helj bn, manai talaas SYN ch garahgui bn. netstat deer TIME_WAIT 26
myanga. ymar uchirtai bh`),
    pe(`duudlaga garahgui bn oroi!! vos log "socket bind failed 98" olon, udur ni zugeer. timewait 28k. shuurhai tuslaach`),
    pe(`tsag tutmiin CPS grafik: 20:00 — 520 CPS, ter ued connect fail 40%, timewait 31k. 14:00 — 120 CPS, fail 0. port
range ih bolgoh uu RST asaah uu`),
    pe(`sain bnuu, shine TCP trunk nemsnees hoish orgil tsagt "Cannot assign requested address" garaad bn. ss -s:
timewait 29457. ene port duussan uu?`),
    pe(`oroi bolgon 1-2 tsag duudlaga unadag bolloo. tuhain ued:
# ss -s
TCP: 33001 (estab 2100, closed 30690, orphaned 5, timewait 30688/0)
busad ued timewait 1-2k. oroi duudlagiin too 3 dahin ih bdag`),
    pe(`nu chto, ip_local_port_range ni 28k port l bgaa, 400+ CPS-d TIME_WAIT-aar duurgegdeed shine outbound TCP socket
ogt neegdehgui bn. RST asaay gej bodoj bn, NAT-tai utas manaid baihgui, bugd trunk`),
  ],
  natUnregistered: [
    nat(`sain bnuu, uchigdur SS_TCP_CLOSE_RESET On bolgosnoos hoish MikroTik-ii ard bgaa office-iin utasnuud unregistered
bolood bn. TCP-eer register hiidag`),
    nat(`RST mode asaasnaas hoish geriin router-tei hereglegchdiin softphone burtgel aldaad bn. TCP transport. Off bolgoh uu`),
    nat(`TCP fix hiisnii daraa NAT-iin ard bgaa yealink-uud 5-10 minut tutamd unregistered bolood dahiad register hiigdej
bn. umnu ni iim bsangui`),
    nat(`ongorson doloo hongiin port-iin tohirgoo (RST On) hiisnees hoish salbar office-uudiin (bugd MikroTik NAT) utas
unregistered bolj bn. tuv office public IP-tei, zugeer`),
    nat(`ajillahgui bn, reseller-iin utasnuud unregistered. softswitch.conf:
SS_TCP_CLOSE_RESET="On"
uchigdur timewait ih bsan bolohoor On bolgoson. utasnuud NAT-iin ard, TCP 5060`),
    nat(`sain bnuu. timewait-iin zasvar hiisnii daraa gerees ajilladag operator-uudiin MicroSIP (TCP) burtgel tasraad bn.
home router-uud. office-iinh zugeer`),
    nat(`RST On bolgoson chin NAT-iin ard bgaa grandstream-uud "No Service" gej bn. public IP-tei SIP trunk-uud zugeer
register bolj bn`),
    nat(`uchigdur oroi close reset-g asaasan. unuudur ogloo NAT-tai client-uudiin 60% unregistered. TCP-eer holbogddog.
bugd MikroTik hAP. yaah ve`),
    nat(`blin, port exhaustion zasah gej RST asaasan chin NAT-tai office-uudiin utas burtgelgui bolloo. TCP SIP. butsaah
heregtei yu`),
    nat(`VOS web deer phone list harahad 40 utas unregistered bn, bugd NAT-iin ard (192.168.x.x), TCP transport. 3 hongiin
umnu SS_TCP_CLOSE_RESET On bolgoson`),
    nat(`register tasraad bn:
REGISTER sip:x.x.x.x;transport=tcp -> 200 OK
(30 sec) ... TCP connection reset
REGISTER ... timeout
utas NAT-iin ard, TP-Link router. RST mode On bolsnoos hoish iim bolson`),
    nat(`sain bnuu, tcp tohirgoo (RST) solisnoos hoish geriin internet-tei agent-uud unregistered bolood bn. VPN-gui, shuud
router NAT-aar. yagaad`),
    nat(`unuudur ogloo naad RST-g chin asaasan uu? manai office-iin 12 utas unregistered, MikroTik NAT, TCP. uchigdur
bugd zugeer bsan`),
    nat(`tcp close reset On bolgosnii daraa Zoiper (TCP) hereglegchdiin burtgel 2-3 minut tutamd unaj bn, ted bugd geriin
wifi-tai. office-iin public IP-tei utas zugeer`),
    nat(`uchigdur port-iin asuudal zasaad RST On bolgoson bsan, odoo NAT-tai client-uud "unregistered" gej gomdol irj bn.
2 asuudlaa hoyulang ni yaj zasah ve`),
    nat(`sain bnuu, manai reseller-iin hariltsagchid Huawei HG8245 router-iin ard, SIP TCP. ongorson baasan garigt RST mode
On hiisen, tuunees hoish utas ni unregistered bolood bn`),
    nat(`koroche RST asaasnaas hoish NAT-tai yealink T21-uud register bolood l 1 minutiin daraa unaj bn. TCP-g UDP bolgoj
bolohgui, provaider TCP shaardaj bn`),
    nat(`unregistered bn! 3 office: MikroTik x2, Keenetic x1. TCP transport. ene 7 hond "RST mode" ruu shiljuulsen. umnu
ni 1 jil asuudalgui ajillasan`),
    nat(`SS_TCP_CLOSE_RESET On bolgosnii daraa NAT-iin ard bgaa utasnuud register hiigdehgui bn, log deer:
[WARN] tcp conn from 202.x.x.x:51322 closed by RST
[WARN] register expired for 1021@...
iim yum olon`),
    nat(`tanai engineer uchigdur timewait bagasgah gej RST On hiisen, odoo manai geriin operatoruud bugd unregistered.
router NAT, TCP. zasaj ugnuu`),
    nat(`sain bnuu, TCP-eer register hiideg NATed IP phone-uud "RST On"-oos hoish burtgelee aldaad bn. public IP-tei
gateway zugeer`),
    nat(`RST mode-g On bolgoson, hoish ni 3 salbariin utas (bugd NAT-tai, MikroTik) unregistered bolood dahij register
hiigdeed dahiad unaj bn, TCP. yaah ve`),
    nat(`ene fix-iin (SS_TCP_CLOSE_RESET) daraa NAT-tai utasnuud burtgelgui. ss -s timewait baga bolson ni sain, gehdee
utas unregistered bol yamar hereg ve 😩`),
    nat(`umnu ni port hureltsehgui bsan, tiimees RST asaasan. odoo NAT-iin ard bgaa 30 utas unregistered. TCP SIP. ali ni
chuhal ve gej boss asuuj bn`),
    nat(`uchigdur "tcp close reset" On bolgoson shuu. unuudur office-iin bugd Cisco SPA (NAT-iin ard, TCP) unregistered.
router restart hiisen ch zasagdaagui`),
    nat(`RST On-oos hoish NAT-tai hereglegchdiin utas neg unregistered neg registered bolood bn, TCP. keepalive 30 sekund
bn. oor yu ch uurchluugui`),
    nat(`sain bnuu, RST mode asaasnaas hoish gerees ajilladag call center agent-uudiin softphone unregistered, ted bugd ISP
router-iin ard (NAT). TCP 5060. buruu bolgoson bh`),
    nat(`ogloonoos hoish NAT office-iin utasnuud register hiigdehgui bn. uchigdur softswitch.conf deer
SS_TCP_CLOSE_RESET=On bolgoj reparse hiisen. utasnuud TCP-eer register hiidag`),
    nat(`manai MikroTik-ii ard bgaa Fanvil-uud TCP-eer burtgegddeg, RST tohirgoo asaasnaas hoish unregistered. vse ravno
dahiad register hiigdeed l unaad bn`),
    nat(`TCP fix-iin daraa NATed utas unregistered. RST asaasan. odoo yaah ve, Off bolgovol timewait butsaad ih bolno uu?`),
  ],
  firewallRst: [
    fw(`sain bnuu, SS_TCP_CLOSE_RESET On bolgosnoos hoish duudlaga tasarch bn. FortiGate log deer "TCP RST dropped, no
session" gej olon bn`),
    fw(`RST mode asaasnii daraa TCP trunk-aar garah duudlaga 30-40% fail. pfSense log: "Blocked TCP:R" mur olon, vos
IP-ees provaider ruu. yaah ve`),
    fw(`uchigdur RST On bolgoson, unuudur duudlaga hanging bn, hangup hiisen ch tasrahgui uldeed bn. hoorond Cisco ASA bn,
"Deny TCP (no connection) flags RST" log`),
    fw(`iptables -L -v -n
Chain INPUT (policy ACCEPT)
 pkts bytes target prot opt in out source destination
48211 2.3M DROP all -- * * 0.0.0.0/0 0.0.0.0/0 ctstate INVALID
RST asaasnaas hoish INVALID drop ihseed duudlaga unaj bn`),
    fw(`close reset On bolgoson chin datacenter-iin firewall RST packet-uudiig blok hiij bgaa gej bn, duudlaga
holbogdohgui bn. firewall-iin admin ni "invalid state" gej tailbarlasan`),
    fw(`sain bnuu. timewait-iin zasvariin (RST On) daraa provaider-iin SBC manai RST-g drop hiij bn, tiimees TCP session
ni tsaana uldeed shine duudlaga "408" bn`),
    fw(`FortiGate 100F, RST asaasnaas hoish duudlaga 2-3 sekundiin daraa tasrah bolloo. diag debug flow deer "no session
matched" drop. SIP TCP`),
    fw(`blin, RST On hiisnees hoish duudlaga garahgui bn. pfSense-iin state table deer tcp session-uud CLOSED:SYN_SENT,
RST-g blok hiij bgaa bololtoi`),
    fw(`ss -s timewait 200 bolj bagassan, gehdee tuunees hoish duudlaga drop bolood bn. hoorond FortiGate bn, RST
packet-uudiig "denied" gej log-d bn`),
    fw(`RST mode asaasan, odoo TCP zalgalt dahin neegdehgui bn. conntrack -L harahad olon ESTABLISHED uldsen, iptables
RST-g INVALID gej drop hiij bn bololtoi`),
    fw(`ajillahgui bn!! uchigdur SS_TCP_CLOSE_RESET="On" bolgoson, unuudur gateway ruu garah duudlaga fail. firewall log:
date=... action=deny proto=6 tcpflags=RST service=SIP
iim mur 10 myanga`),
    fw(`TCP fix hiisnii daraa duudlaga hanging bolood bn, provaider talaas "BYE irehgui" gej bn. bidnii hoorond stateful
firewall (ASA 5525) bn. RST-g drop hiideg uu`),
    fw(`sain bnuu, vos RST-g asaasnaas hoish call duusahgui bn, CDR deer duration 3600 sec bolson duudlaga olon. iptables
conntrack INVALID drop bn`),
    fw(`provaider helj bn: "tanai talaas RST irj bgaa, manai SBC ter RST-g sequence buruu gej drop hiideg". RST On
bolgoson ni bid. duudlaga unaad bn`),
    fw(`koroche, close reset On → FortiGate RST-g blok → TCP session half-open → shine INVITE fail. zuv oilgoj bna uu?
yaj zasah`),
    fw(`RST On bolgosnoos hoish duudlagiin 20% "Call failed". tcpdump harahad vos RST yavuulj bn, gehdee firewall-iin
tsaana ireh ugui, firewall counter-t drop bn`),
    fw(`unuudur ogloo RST mode-g asaasan. 1 tsagiin daraa duudlaga tasarch ehelsen. datacenter-iin Juniper SRX stateful
firewall "TCP RST without session" drop log ugch bn`),
    fw(`uchigdur timewait zasah gej RST On. unuudur provaider ruu trunk duudlaga 50% fail, sophos firewall "invalid
packet" drop log ih. holbootoi yu`),
    fw(`pfSense:
Oct 14 10:21:33 filterlog: ...,block,in,4,0x0,,64,0,0,DF,6,tcp,40,10.1.1.5,203.0.113.7,5060,41822,0,R,...
RST On bolgosnii daraa iim block mash olon, duudlaga unaj bn`),
    fw(`SS_TCP_CLOSE_RESET On bolgoson. call setup 10 sekund udaad failed bolj bn, firewall-iin session table-d huuchin
session uldeed RST drop. firewall ni Check Point`),
    fw(`RST asaasnaas hoish duudlaga garahdaa tasarch bn, iptables -I INPUT ... -m state --state INVALID -j DROP mur
bgaa. eniig avah uu esvel RST-g Off bolgoh uu`),
    fw(`sain bnuu, 2 hongiin umnu RST mode On. odoo duudlaga dundaa unaad bn (2-5 minut). hoorond FortiGate, log deer
"tcp rst dropped". yaj hiih ve`),
    fw(`duudlaga hangup hiigdehgui uldeed bn, RST On bolgosnii daraa. SBC (AudioCodes) RST packet-iig drop hiij bgaa gej
vendor helsen`),
    fw(`close reset On bolgoson chin provaider-iin firewall manai RST-g haagaad TCP trunk zalgalt "stuck". duudlaga 30 min
ijil session-d uldeed bn. Off bolgovol zasagdah uu`),
    fw(`RST-g FortiGate drop hiij bgaa, RST mode asaasnaas hoish TCP SIP duudlaga fail. firewall deer RST zuvshuuruh
policy hiih uu esvel RST-g untraah uu`),
    fw(`unuudur duudlaga 25% fail. uchigdur oroi SS_TCP_CLOSE_RESET On bolgoson. conntrack -S harahad invalid=184233 gej
ih bn, iptables INVALID drop rule bgaa`),
    fw(`sain bnuu. RST On bolgosnii daraa gateway ruu duudlaga "stuck" bolood, firewall-iin log-d "RST out of window,
dropped" gej bn. ASA. yaah ve`),
    fw(`bratan, RST asaasan chin duudlaga hanging bolj bn. pfSense RST-g blok hiichihdeg bololtoi, state ni haagdahgui
uldeed bn. srochno`),
    fw(`RST mode On → duudlaga 10 sekundiin daraa unah. tcpdump-aar vos deer RST garch bn, provaider tald ireh ugui.
dunda ni manai FortiGate bn, "drop" log`),
    fw(`TLS-tei trunk bish, engiin SIP TCP. RST On bolgoson chin ASA deer "TCP RST out of state" drop, duudlaga tasarch
bn. hereglegchid gomdoloh bolloo`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning91Set: readonly EvalItem[] = Object.values(tuning91Families).flat();
