import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, resellers and technicians from hill and border communities of Myanmar, Thailand and Laos on WhatsApp:
 * Hmong in RPA Latin script, S'gaw Karen mostly in Latin transliteration (a few in its own script), Shan (script and
 * Latin) and Kachin/Jingpho in Latin script, about a quarter each, mixed with English terms, Thai and Burmese words,
 * typos, emoji, clock times and pasted netstat/ss/log/iptables output.
 *
 * The hundred-and-twenty-ninth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the hundred-and-twenty-ninth never-tuned set, before the fifty-first round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured
 * as such before and after the fifty-first and the fifty-second rounds, then made tuning material for the
 * fifty-third: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 90.0 %, negatives confident 5.2 %, confident wrong 0 % with the
 * rules of the fiftieth round and the changes after it, before the fifty-first.
 * After the fifty-first round: the same.
 * Then with another cause named in a message read little kept from confident: the same.
 * After the fifty-second round: the same.
 */
export const tuning129Families = {
  oneListeningPort: [
    no(`nyob zoo tus kws. kuv nruab nginx rau ntawm lub VOS server kom ua ib lub web page rau cov neeg siv, tiam sis nws
tsis qhib li: bind() to 0.0.0.0:80 failed (98: Address already in use). puas yog VOS web siv port 80 lawm?`),
    no(`Thra, ya install mysql 2nd instance lah VOS server, log ter "Can't start server: Bind on TCP/IP port: Address already
in use" 3306. VOS ah mysql oh lee. Ya ma dee leh?`),
    no(`မႂ်ႇသုင်ၶႃႈပီႈ ၵဝ် restart VOS web ယဝ်ႉ tomcat ဢမ်ႇလႆႈ start
java.net.BindException: Address already in use: JVM_Bind
port 8080. ps -ef | grep java ႁၼ် java သွင်တူဝ်. ႁဵတ်းသင်?`),
    no(`Hpu, ngai a laptop hta SIP proxy test galaw ai. "bind failed on 0.0.0.0:5060: Address already in use" ngu nna
n shang lu ai. MicroSIP mung hpaw da ai. Dai majaw rai kun i?`),
    no(`Kuv tus docker container rau freeswitch run tsis tau: "Error starting userland proxy: listen tcp4 0.0.0.0:5060: bind:
address already in use". lub host twb muaj VOS mbx3000 khiav 5060 lawm. yuav hloov port li cas?`),
    no(`Oh su oh se Thra 🙏 new SBC (kamailio) lah server tah, start ta thay bah: "ERROR: bind_sock: bind(5060) on 0.0.0.0:
Address already in use". ya kwa netstat -tulpn, mbx3000 oh lah 5060 lee. SBC port change 5070 ghay a?`),
    no(`mai soong kha pii, kau install webmin ma, port 10000 am lai: "Socket bind failed: Address already in use". kau hu
man mee miniserv process kao yu. kill man lii a?`),
    no(`VOS web portal n hpaw ai. catalina.out kaw: "SEVERE: Failed to initialize end point associated with ProtocolHandler
[http-bio-8080] java.net.BindException: Address already in use". tomcat dingsa n ngut ai, process nga taw ai. kill -9 mai na i?`),
    no(`hnub no kuv tus kwv tij mus teeb apache rau billing panel ntawm tib lub server, apache tsis pib: (98)Address already
in use: AH00072: make_sock: could not bind to address [::]:443. lwm tus twb siv 443 lawm. peb yuav ua li cas thiaj tsis
cuam tshuam VOS?`),
    no(`သရၣ် ယ restart mbx3000d ဒီး EMP တ start ဘၣ်: "bind 0.0.0.0:1719 failed: Address already in use". EMP old process
အိၣ်ဝဲ. kill ဝံၤလံ ok လံ. တၢ်ဘလူး`),
    no(`ပီႈ ၵဝ် ႁဵတ်း redis တီႈ VOS server တႃႇ app ႁဝ်း. redis-server: "Could not create server TCP listening socket *:6379:
bind: Address already in use". redis ဢၼ်ၵဝ်ႇ ယင်း run ယူႇ. ၸွႆႈၵဝ်ၶႃႈ`),
    no(`Hpu, dai ni jahpot VOS web login n mai ai.
netstat -tlnp | grep 8080
tcp   0   0 0.0.0.0:8080   0.0.0.0:*   LISTEN   2231/httpd
ngai a nau apache hpe 8080 hta galai da ai. tomcat shang n lu sai.`),
    no(`Lub SIP proxy thib ob (opensips) peb xav khiav ua backup, tab sis log hais "ERROR:core:bind: bind(8, 0x1f2) on
10.0.0.5: Address already in use" rau udp 5060. VOS twb tuav 5060 lawm. kuv yuav muab opensips teeb rau port twg?`),
    no(`Thra, ya ter ta kee tah. Zabbix agent lah VOS ta start bah: "zabbix_agentd [1203]: cannot bind listen socket:
Address already in use" port 10050. ya install 2 times lee, ya ta thu nya bah dee leh ma.`),
    no(`pii kha, kau test laptop win10 run 3CX, man wa "SIP port 5060 is already in use by another application". zoiper ka
open yu. close zoiper lii yao. kau hu yao kha yin lii 🙏`),
    no(`Ngai server langai hta VOS lahkawng install ai (test hte production). Langai sha start lu ai, lahkawng ngu ai hta
"bind UDP 5060 failed, address already in use" re ai. Hpa galai na ra i?`),
    no(`lub VOS tshiab no nws sau "Port 80 is occupied, web server start failed" vim peb cov IT twb nruab IIS rau ntawm tib
lub tshuab (windows host + VM bridge, NAT 80). thov pab qhia kuv hloov web port`),
    no(`Oh su oh se. Grafana lah VOS server ta open bah: "listen tcp :3000: bind: address already in use". Pa node app tah
oh lah 3000 lee. Ya change port, ok lee. ta blu Thra`),
    no(`ၵဝ် ပိၼ်ႇ ssh port 22 ပဵၼ် 2222 ယဝ်ႉ sshd ဢမ်ႇ start: "error: Bind to port 2222 on 0.0.0.0 failed: Address already
in use." ႁၼ် port 2222 ၼၼ်ႉ dropbear run ယူႇ. ပဵၼ်သင်ၼႃႇ ပီႈ`),
    no(`Hpu, java app ngai galaw ai (CDR export) port 9090 shang n lu ai:
Exception in thread "main" java.net.BindException: Address already in use (Bind failed)
mani na app nga taw ai, ps hta mu ai. Shi hpe kill na i?`),
    no(`ntawm peb lub office muaj 2 lub PBX, tus tshiab (asterisk) tsis pib vim "Unable to bind to 0.0.0.0:5060: Address
already in use" – tus qub elastix tseem khiav nyob rau tib lub IP. kuv puas yuav tsum tua tus qub ua ntej?`),
    no(`VOS web 8080 ta open bah. Tomcat log: "Address already in use <null>:8080". lsof -i :8080 ya kwa, jenkins oh lah.
Pa pwa ma ta tah install jenkins mu ha 🙄`),
    no(`Mai soong. Kau het VPN server (openvpn) lae VOS server, openvpn am lai start: "TCP/UDP: Socket bind failed on local
address [AF_INET][undef]:1194: Address already in use". openvpn kao ka yang mee yu. Het sang dee?`),
    no(`mysql n start ai: "[ERROR] Do you already have another mysqld server running on port: 3306 ?" Ngai VOS hta mysqld
lahkawng lang start dat ai zawn re. ga ning galaw na i Hpu?`),
    no(`Koj puas paub: kuv teeb stunnel rau sip tls 5061 tab sis nws hais "Error binding service [sip-tls] to 0.0.0.0:5061:
Address already in use (98)". VOS tus kheej twb mloog 5061. kuv xav tau ib lub port rau stunnel xwb.`),
    no(`Thra, test lab lah ya start mbx3000 2 copy lah VM tah (copy paste config). copy a khi start ta thay bah: "cannot bind
5060, address already in use". ya stop copy a tah, khe a ghay lee. just FYI 🙂`),
    no(`ပီႈ, node-exporter တီႈ VOS ၼႆႉ ဢမ်ႇ run: "listen tcp :9100: bind: address already in use". ႁဝ်း install
prometheus 2 ပွၵ်ႈ. ၵဝ် ႁူႉယဝ်ႉ ၶႃႈ`),
  ],
  otherRegistrationCause: [
    no(`Nyob zoo, cov xov tooj hauv chaw ua hauj lwm tag nrho unregistered txij thaum sawv ntxov 8:15. ISP hloov peb lub
public IP lawm (qub 103.x.x.21, tshiab 103.x.x.88) thiab VOS tseem tso cai rau IP qub xwb. kuv yuav ntxiv IP tshiab
rau qhov twg?`),
    no(`Thra, phone 12 tah lah office unregistered. ya change password lah VOS (password leak), ma phone ah password ya ta
change bah lee 🤦 khe a ya change phone ah config lee.`),
    no(`ပီႈ, phone ႁဝ်း တင်းမူတ်း unregistered ဝၼ်းၼႆႉ. ၵဝ် ႁၼ် "403 Forbidden - account expired" ၼႂ်း log. ႁဝ်း
ဢမ်ႇလႆႈ ၸၢႆႇငိုၼ်း reseller ယဝ်ႉ ၼႃႇ?`),
    no(`Hpu, office kaw phone manga (5) n register ai. Daini jahpot kaw mai lu ai, PoE switch si mat ai. Power bai wa yang
register bai lu na i?`),
    no(`peb tus reseller ntawm Vientiane hais tias nws cov softphone (zoiper) tsis register txij nag hmo. kuv saib lawm: nws
tus account tas sij hawm 31/05, tsis tau them nyiaj. tsis yog server teeb meem.`),
    no(`Oh su oh se Thra. VOS licence expire lee a? web lah "License expired, registration limit 0". phone khe a register
ta thay bah. Pa ka renew dee leh?`),
    no(`pii kha, phone tang mot lae office (MikroTik lang) unregistered mua waa. sip.ourdomain.com pen IP kao, kau am lai
update A record waai lang server move. update yao, lii yao kha 🙏`),
    no(`Phone (Yealink T21) langai sha unregistered. LCD hta "Network unavailable" ngu ai. cable n hkrak ai kun i? kaga
phone ni kaja ai.`),
    no(`xov tooj nyob hauv lub tsev ntawm kuv niam tsis register lawm vim tsis muaj is taws nem, router tuag vim xob laim 😩
kuv yuav mus hloov lub router tshiab tag kis`),
    no(`Thra, Grandstream phone lah Mae Sot branch unregistered. ya kwa log: "401 Unauthorized" ah mah. Pwa tah type
password wrong (caps lock). ya ma wee lee.`),
    no(`ႁဝ်း ၸႂ်ႉ UDP ၵူၺ်း. router ႁဝ်း ပိၼ်ႇ ပဵၼ် TP-Link မႂ်ႇ ယဝ်ႉ phone ၶိုၼ်း unregistered ၵူႈ 5 minute. SIP ALG
ၼၼ်ႉ ၵဝ် ဢမ်ႇႁူႉ ပိၵ်ႉ ဢမ်ႇပိၵ်ႉ`),
    no(`Hpu, anhte a VOS IP galai kau sai (server move to new DC). phone 300 hta proxy IP dingsa nga taw ai. provisioning
bai galaw ra na i?`),
    no(`softphone ntawm kuv lub laptop tsis register, xim liab "408 Request Timeout". kuv twb hloov mus siv hotel wifi, tej
zaum hotel thaiv port 5060. thaum kuv siv 4G mas register tau zoo.`),
    no(`Thra, VOS account "reseller_tk" ah phone ta register bah. Ya kwa lah web: account status = Locked (balance 0). ta
mer server ah ta kee bah, ya ka hser money khe a 😅`),
    no(`kau yaak than kha: phone unregistered 20 tua mua tsao, log wa "Maximum registration reached for this account".
licence kau 50 line, kau het 70 phone yao 😬`),
    no(`Mani shana Myitkyina kaw internet yawng si ai (fiber cut), phone yawng unregistered. Daina jahpot fiber bai mai sai,
tim phone 3 ya n register ai. reboot yang mai na i?`),
    no(`Tus kws, peb hloov DNS server rau 8.8.8.8 lawm tiam sis _sip._tcp SRV record tsis tau teeb, yog li cov Yealink siv
TCP nrhiav tsis tau server → unregistered. UDP tseem zoo. kuv teeb SRV lawm, tos saib.`),
    no(`သရၣ် phone ခဲလၢာ် unregistered ခဲအံၤ. ISP ကွၢ် - fiber cut လၢ Myawaddy. တၢ်ကီ မ့ၢ် ISP. just inform. တၢ်ဘလူး`),
    no(`ပီႈ ၵဝ် ပိၼ်ႇ IP server ၼႂ်း VOS web ယဝ်ႉ ၵူၺ်းၵႃႈ phone config ပႆႇပိၼ်ႇ. phone ၵမ်ႉၼမ် unregistered. ၵဝ် ႁူႉ ယဝ်ႉ
ၵဝ် ႁဵတ်း provisioning ၶိုၼ်း.`),
    no(`Ngai a softphone (Linphone) "registration failed: Forbidden" ngu ai. Account hpe 100123 kaw nna 100321 galai da
sai, username n hkrak ai lam rai sai 😅`),
    no(`cov xov tooj Cisco SPA tsis register vim lub sij hawm (NTP) ntawm phone yog xyoo 2000, TLS certificate siv tsis tau.
kuv teeb NTP lawm.`),
    no(`Thra, pa phone lah Chiang Mai office register ta thay bah 2 days lee. VOS IP whitelist lah firewall, office IP new
ta add bah lee. ya ter IT lee.`),
    no(`pii kha, phone kau unregistered ko mua, an nai pen sang? ... o sorry, phone power adapter sia yao 🤣 am pen sang kha`),
    no(`Phone 40 ram unregistered. VOS hta "registration license limit reached" ngu ai. License renew yang mai na i? ကျေးဇူး`),
    no(`Nyob zoo, peb cov ceg (branch) hauv Xiengkhouang siv UDP xwb, tom qab lawv hloov lub router tshiab los ntawm ISP cov
xov tooj poob registration txhua 60 vib nas this. udp timeout ntawm router yog 30s. puas yog router?`),
    no(`Oh su oh se Thra, phone 5 tah lah hee (home office) unregistered. ya kwa: pa ISP block port 5060 lee. Ya change 5080
ghay a?`),
    no(`ပီႈ ၵဝ် ယၢၵ်ႇထၢမ်: user ႁဝ်း ပိၼ်ႇ password ၼႂ်း portal ယဝ်ႉ phone ၶဝ် ဢမ်ႇ register ယဝ်ႉ. phone ယင်း ၸႂ်ႉ
password ၵဝ်ႇ ၸႂ်ႈႁႃႉ?`),
  ],
  smallFigures: [
    no(`kuv khiav netstat -an | grep TIME_WAIT | wc -l ntawm lub VOS thaum tav su tau 312. qhov no puas ntau dhau? lub server
tsis muaj teeb meem dab tsi, kuv tsuas xav paub xwb.`),
    no(`Thra, TIME_WAIT ah mer mah nu? ya kwa ss -s: "TCP: 845 (estab 120, closed 690, orphaned 0, timewait 688)". Ghay a,
ta ghay bah?`),
    no(`ပီႈ, ၵဝ် ယၢၵ်ႇထၢမ်: SS_TCP_CLOSE_RESET ႁဵတ်း On ဝႆႉ လီႁႃႉ? server ႁဝ်း ဢမ်ႇမီး ပၼ်ႁႃ, ႁဝ်း ယၢၵ်ႇ ႁဵတ်းဝႆႉ just
in case.`),
    no(`Hpu, ngai a VOS hta TIME_WAIT 150 ram mu ai. ndai normal rai ni? CPS 5-6 sha rai ai.`),
    no(`Thov nug: ip_local_port_range ntawm lub CentOS 6 yog "32768 61000". peb tsuas muaj 40 channel xwb. puas tsim nyog
hloov mus 1024 65535? tsis muaj error dab tsi.`),
    no(`ss -s
Total: 402 (kernel 410)
TCP:   221 (estab 85, closed 118, orphaned 0, synrecv 0, timewait 117/0), ports 0
Thra, ya kwa weekly check. ghay a? ta blu`),
    no(`pii, tcp_tw_reuse kau yaak hu man pen sang. het On lii am lii? server kau call 30 channel pen yu.`),
    no(`Ngai a customer langai san ai: "TIME_WAIT 900 hte 1000 ram, VOS si na i?" ngai ngu ai n si ai. Hpu, 1000 ram gaw
kaja ai, n rai ni?`),
    no(`Kuv muab lub VOS tshiab teeb rau ib lub tuam txhab me me (20 lub xov tooj). puas yuav tsum qhib RST mode
(SS_TCP_CLOSE_RESET=On) ua ntej los tsis tas? peb siv TCP rau ob peb lub softphone.`),
    no(`Thra, dee leh kwa TIME_WAIT lah CentOS 5 (ss ta oh bah)? ya netstat -ant | grep -c TIME_WAIT = 58. ghay lee a?`),
    no(`ၵဝ် ႁဵတ်း health check ၵူႈဝၼ်း: TIME_WAIT 230, ESTABLISHED 95, CPU 12%. ၼႆႉ ပဵၼ်ၸိူင်ႉႁိုဝ် ပီႈ? လီယူႇႁႃႉ?`),
    no(`"ports 0" ss -s hta mu ai, hpa tsun mayu ai rai ni? port n lu sai ngu ai i? 😅 timewait 76 sha rai ai.`),
    no(`tus thawj kom kuv nug: peb lub server muaj 400 TIME_WAIT thaum 9 teev tsaus ntuj (peak). 400 puas txaus ntshai? cov
hu tseem zoo txhua yam.`),
    no(`Oh su oh se Thra. FIN di RST ah difference mer mah nu? SS_TCP_CLOSE_RESET pa ka ma On a, ta ma bah? server ghay,
just question.`),
    no(`mai soong kha. netstat -an | grep TIME_WAIT | wc -l = 188 mua kaang khuen. mua tsao 40. lii yu a pii?`),
    no(`Hpu, kaja ai i? Ngai sysctl kaw ndai hku mu ai:
net.ipv4.tcp_fin_timeout = 60
net.ipv4.tcp_tw_reuse = 0
ndai galai ra ai i? problem n lu ai, san yu ai sha.`),
    no(`Nyob zoo 🙏 kuv pom "TIME_WAIT" ntau kab hauv netstat (kwv yees 120 kab). nws yog dab tsi? puas yog hacker? 😅`),
    no(`သရၣ် TIME_WAIT 260 ဂ့ၤဧါ? ယကွၢ် monthly report. တၢ်ကီ တအိၣ်ဘၣ်. တၢ်ဘလူး`),
    no(`ပီႈ, ႁဝ်း ၸႂ်ႉ TLS 5061 တႃႇ app. ပေႃး ႁဝ်း ႁဵတ်း RST On ၼၼ်ႉ TLS ပဵၼ်သင်? ႁဝ်း ပႆႇႁဵတ်း, ထၢမ်ဝႆႉ ၵူၺ်း.`),
    no(`CPS 15 hta TIME_WAIT 600 ram re ai. Ndai hku rai yang port 28000 (ip_local_port_range default) gaw law law lu ai, n rai
ni? tsun dan ya rit.`),
    no(`Kuv xav kawm: yuav saib TIME_WAIT li cas ntawm VOS thaum tsis muaj ss? kuv lub yog CentOS 5.8. tsis muaj teeb meem,
tsuas yog xav teeb monitoring xwb.`),
    no(`Thra, customer ter "restart VOS every week ghay a?" server ta kee bah, uptime 41 days, TIME_WAIT 90. ya ter no
need. Na ter dee leh?`),
    no(`pii kha, ss -s kau hen "timewait 1022/0", call mee 80 channel. 1022 laai pai a am laai?`),
    no(`Hpu, sysctl net.ipv4.tcp_tw_recycle = 1 galaw yang kaja ai i? Internet hta ngu ai lu ai. Ngai server problem n lu
ai, performance kaja hkra na ngu ai sha.`),
    no(`Hnub no 10:40 kuv kuaj:
ss -tan state time-wait | wc -l
97
cov neeg siv tsis yws dab tsi. kuv sau cia rau daim ntawv report xwb.`),
    no(`Thra ya ka install VOS new lah customer (50 line). sysctl (ip_local_port_range, tw_reuse) ya ka change ah hsi a, ta
lo bah? ta kee ta oh bah, plan sha.`),
    no(`ပီႈ ၵဝ် ထၢမ်ၼိုင်ႈ: TIME_WAIT ၼႆႉ ယူႇ ၵႃႈႁိုဝ် second? ႁဝ်း မီး 150 ၵူၺ်း, ဢမ်ႇမီး ပၼ်ႁႃ.`),
  ],
  firewallNoRst: [
    no(`Tus kws, thov pab: kuv xav qhib port 5060 TCP/UDP thiab 10000-20000 UDP rau RTP ntawm FortiGate rau lub VOS tshiab.
policy yuav teeb li cas?`),
    no(`Thra, fail2ban ban pa office IP lee (phone password wrong, 401 ah mah). Ya unban ma dee leh? fail2ban-client ya thu
nya bah 🙏`),
    no(`ပီႈ ၵဝ် ယၢၵ်ႇ whitelist IP gateway မႂ်ႇ 45.xx.xx.7 ၼႂ်း iptables. ၵဝ် ႁဵတ်းယဝ်ႉ ၵူၺ်းၵႃႈ ဢမ်ႇ save, reboot ယဝ်ႉ
rule ႁၢႆယဝ်ႉ 😅 save ႁိုဝ်?`),
    no(`Hpu, MikroTik hta SIP ALG (ip firewall service-port sip) pat kau na i? Ngai a NAT router hta call audio one-way rai
ai. RST n lang ai, UDP sha lang ai.`),
    no(`peb xav thaiv tag nrho lub teb chaws uas tsis yog Thai/Laos/Myanmar tuaj rau port 5060 vim muaj neeg scan
(friendly-scanner). pfSense geo-IP block puas ua tau?`),
    no(`Oh su oh se. Port forwarding lah office router: 5060 UDP → PBX 192.168.1.10. ya ma wee lee, ma phone outside
register ta thay bah. forward 10000-20000 ghay a?`),
    no(`pii, kau het iptables -A INPUT -p udp --dport 5060 -j DROP pai yao... oops 😱 call tang mot am lai. kau del rule
yao, ok yao kha`),
    no(`Firewall (ASA) hta VOS IP hpe access-list galaw ra ai. "access-list outside_in permit udp any host 10.1.1.20 eq 5060"
ndai kaja ai i? TCP mung jaw ra na i?`),
    no(`Kuv pom hauv /var/log/secure muaj 5000+ zaug ssh login tsis tau los ntawm China IP. kuv yuav nruab fail2ban los sis
hloov ssh port? VOS tseem khiav zoo xwb.`),
    no(`Thra, FortiGate lah pa ka enable SIP ALG (session-helper sip) a, ta enable bah? pa vendor ter disable. ya ta thu nya
bah.`),
    no(`ၵဝ် ယၢၵ်ႇ ပိၵ်ႉ port 8080 (VOS web) တီႈ internet, ပိုတ်ႇပၼ် IP office ႁဝ်း ၵူၺ်း. iptables rule ႁဵတ်းႁိုဝ်?
ၸွႆႈၵဝ်ၶႃႈ`),
    no(`Hpu, ngai a VOS server IP blacklist (spamhaus) hta shang taw ai. SIP trunk provider n hkap la ai. Ga ning galaw na i?`),
    no(`lub pfSense tshiab: kuv ua NAT port forward 5060 → 10.0.0.5 lawm tab sis tsis paub yuav tsum ua "Outbound NAT static
port" los tsis. cov xov tooj sab nraud tseem hu tau.`),
    no(`သရၣ် firewall ဖဲ ယ add rule: allow 5060-5061 TCP, RTP 10000-20000 UDP. ဂ့ၤဧါ? screenshot ယဆှၢလံ. တၢ်ဘလူး`),
    no(`mai soong kha, MikroTik firewall filter "drop invalid" mee yu default. kau yaak hu an nai lii a? kau am mee
problem, RST ka am het.`),
    no(`Ngai a customer a ISP kaw UDP 5060 block da ai. Port 5080 hta galai yang mai na i? firewall kaw rule ndai hku:
-A INPUT -p udp --dport 5080 -j ACCEPT`),
    no(`nag hmo 11 teev muaj neeg hu tsis raug cai (fraud) mus rau Somalia los ntawm peb lub VOS. kuv xav thaiv tag nrho
cov IP txawv teb chaws tsuas tso Laos xwb. iptables ipset puas yog?`),
    no(`Thra, ya ka move VOS lah behind FortiGate (DMZ). VIP ma dee leh: 5060 TCP/UDP, RTP, web 8080? ya ta ma bah ah, plan
sha.`),
    no(`ပီႈ ႁဝ်း ႁဵတ်း whitelist ၼႂ်း VOS (IP access) ယဝ်ႉ ၵူၺ်းၵႃႈ gateway မႂ်ႇ ဢမ်ႇလႆႈ ၶဝ်ႈ. IP ၶဝ် ပိၼ်ႇ ၵူႈဝၼ်း
(dynamic). ႁဵတ်းႁိုဝ်လီ?`),
    no(`Hpu, csf firewall install sai. Dai hpang VOS web (8080) n hpaw ai. csf.conf TCP_IN hta 8080 n bang da ai zawn re.
bang yang mai sai i?`),
    no(`Kuv tus phooj ywg nug: lub router TP-Link ntawm nws lub tsev muaj "SIP ALG" checkbox, puas yuav tsum kaw? nws siv
UDP. tsis muaj hu poob, tsuas yog xav paub.`),
    no(`Thra, geo-block lah FortiGate ya ma wee lee: allow MM, TH, LA sha. fraud call ta oh bah lee 👍 ta blu`),
    no(`pii kha, iptables -L -n hen "DROP all -- 185.x.x.0/24". kau am hu khon lai het. an nai pen fail2ban ban scanner a?`),
    no(`Hpu, conntrack -L | wc -l = 3200 re ai, nf_conntrack_max 65536. ndai hta problem n re ai i? ngai firewall rule
galaw na sha, test yu ai.`),
    no(`Thov pab saib rule no rau ufw: "ufw allow from 10.20.0.0/16 to any port 5060 proto tcp". peb tsuas xav kom cov ceg
(branch) xwb thiaj txuas tau. tseem tsis tau qhib.`),
    no(`Oh su oh se Thra 🙏 pa ISP router (Huawei) lah port forward 8080 ta thay bah, "port in use by remote management". ya
change VOS web port a?`),
    no(`ပီႈ, ႁဝ်း ယၢၵ်ႇ ပိုတ်ႇ port 5060 TCP ၼႂ်း pfSense တႃႇ softphone မႂ်ႇ. rule ႁဵတ်းယဝ်ႉ ၵူၺ်းၵႃႈ ဢမ်ႇႁူႉ source
ႁဵတ်း any လီႁိုဝ်. RST ႁဝ်း ပႆႇ ပိုတ်ႇ.`),
  ],
  negationContext: [
    no(`Tsis yog port exhaustion os: peb tsuas siv UDP xwb, tsis muaj TCP kiag li. cov hu poob yog vim lub carrier lub
trunk tuag 14:20-14:50, lawv lees lawm.`),
    no(`Thra, SS_TCP_CLOSE_RESET lah pa server mer Off (ya kwa softswitch.conf lee). phone unregistered ah mer password
change. ta mer RST bah.`),
    no(`ပီႈ, ၵဝ် ႁၼ် TIME_WAIT 40 ၵူၺ်း, ဢမ်ႇၸႂ်ႈ ပၼ်ႁႃ port. call ဢမ်ႇလႆႈ ၼႆႉ ပဵၼ်ယွၼ်ႉ ISP ႁဝ်း ၶၢတ်ႇ 2 ၸူဝ်ႈမူင်း.`),
    no(`Hpu, RST mode n galaw ai, anhte Off hta sha nga ai. Phone n register ai lam gaw ISP a lam rai sai, mani fiber daw mat
ai. Ya kaja sai.`),
    no(`Nag hmo peb pom "Cannot assign requested address" hauv log tab sis yog vim kuv sau IP tsis raug hauv config (bind rau
10.0.0.50 uas tsis muaj nyob ntawm lub server). kho lawm, tsis yog ports tas.`),
    no(`Oh su oh se. Ya ter: nobody change anything lah VOS di firewall. RST pa ta enable bah. phone offline ah mer power cut
lah office (3 hours). ghay lee khe a.`),
    no(`pii kha, firewall am drop RST kha, kau capture tcpdump yao hen RST pai hot tang mot. call fail an nai pen codec
mismatch (G729 licence tem). kau fix yao.`),
    no(`"address already in use" ngu ai gaw, ngai a laptop kaw Zoiper lahkawng hpaw da ai majaw rai sai. server hta n rai
ai. Hpu hpe chyeju kaba ai 🙏`),
    no(`Kuv tsis tau qhib RST (tseem yog SS_TCP_CLOSE_RESET=Off, saib lawm). cov xov tooj tom qab MikroTik tsis register vim
peb hloov lo lus zais ntawm account.`),
    no(`Thra, TIME_WAIT problem ta oh bah, ss -s timewait 210. call ta thay bah ah mer carrier route (503 Service Unavailable
lah carrier). Pa ter carrier lee.`),
    no(`RST ႁဝ်း ပိၵ်ႉဝႆႉ (Off) ယူႇ တင်းၼၼ်ႉ. firewall ၵေႃႈ ဢမ်ႇမီးၽႂ် ပိၼ်ႇ. call ၶၢတ်ႇ ၼႆႉ ပဵၼ်ယွၼ်ႉ balance carrier 0
ယဝ်ႉ 😅`),
    no(`Hpu, problem ngut sai. TIME_WAIT law law n rai ai; mbx3000 restart galaw yang mai wa ai raitim, disk full (100%)
majaw rai ai. log 40GB delete kau sai.`),
    no(`Peb tsis siv TCP rau SIP li, txhua lub xov tooj yog UDP. yog li ntawd SS_TCP_CLOSE_RESET tsis cuam tshuam dab tsi rau
peb, puas yog? cov xov tooj poob registration vim router tshiab.`),
    no(`သရၣ် firewall change တအိၣ်ဘၣ်, RST Off. phone offline မ့ၢ် power cut လၢ office. ခဲအံၤ ok လံ. တၢ်ဘလူး`),
    no(`kau het RST On mua 2 duean kao (test), het Off khuen yao mua nan. mua nai phone unregistered an nai am pen RST, pen
account expire kha.`),
    no(`BindException mu ai ngu ai gaw ngai shut ai. Dai gaw CDR export app kaw rai ai, port 9090. VOS softswitch hta port
ma mat ai lam n rai ai.`),
    no(`Txhawm rau qhia: teeb meem nag hmo tsis yog firewall thiab tsis yog RST. Lub FortiGate tsis tau hloov dab tsi. Yog
vim ISP upstream routing loop 22:05-22:40. tam sim no zoo lawm.`),
    no(`Thra, na ter "TIME_WAIT ah mah"? ya kwa: 130 sha. ta mer port problem bah, call fail ah mer gateway IP change lah
customer side.`),
    no(`ပီႈ ႁဝ်း ၸႂ်ႉ UDP ၵူၺ်း, TCP ဢမ်ႇၸႂ်ႉ. ၵွပ်ႈၼၼ် RST ဢမ်ႇၵဵဝ်ႇ. phone unregistered ၼႆႉ ပဵၼ်ယွၼ်ႉ DNS ပိၼ်ႇ.`),
    no(`Mani shana hta "too many open files" hte "cannot bind" log mu ai, ulimit 1024 sha re ai majaw rai sai. TIME_WAIT 300
sha re ai. ulimit galai kau sai, kaja sai.`),
    no(`Kuv tsis xav tau RST dab tsi, peb lub server tsis muaj TIME_WAIT ntau (tsawg dua 200). kuv nug txog hu poob vim codec
xwb: carrier tsuas txais G711a.`),
    no(`Oh su oh se, phone unregistered lah Mae Sot ta mer NAT bah, ta mer RST bah. ISP block 5060 mu ha, ya change 5080
ghay lee.`),
    no(`pii, FortiGate log hen "deny" laai laai, kau kwaa yao: pen scanner IP tang mot, am pen RST. call kau lii yu kha ครับ`),
    no(`Anhte a SBC kaw RST drop ai n rai ai. Wireshark hte yu sai, RST hkrak hkrak du ai. Call n lu ai gaw SIP trunk provider
kaw 480 jaw ai majaw rai ai.`),
    no(`hnub no 16:10 lub VOS restart ib zaug, tom qab ntawd zoo lawm. tsis yog ports tas os, yog vim memory (java heap) puv.
TIME_WAIT tsuas muaj 80 xwb.`),
    no(`Thra, customer ter "address already in use", ya kwa lah server: web portal tomcat (8080) oh 2 process. softswitch
ghay. ya kill old one lee.`),
    no(`ပီႈ, ႁဝ်း ဢမ်ႇလႆႈ ပိၼ်ႇ သင် ၼႂ်း VOS, RST ၵေႃႈ ဢမ်ႇပိုတ်ႇ. phone ႁဝ်း offline ၼႆႉ ပဵၼ်ယွၼ်ႉ ၾႆးၾႃႉ ၵၢင်ၶိုၼ်း
(power cut). ယၢမ်းလဵဝ် လီယဝ်ႉ.`),
  ],
  portExhaustion: [
    pe(`Tus kws pab ceev (ด่วน)! thaum 20:00-21:30 (peak) lub VOS tsis txais hu tshiab, log puv "java.net.BindException:
Cannot assign requested address". restart mbx3000d ces zoo li 1 teev xwb ces rov tuag.`),
    pe(`Thra ma sa ya 🙏 ss -s:
TCP:   61842 (estab 1930, closed 59700, orphaned 12, timewait 59688/0), ports 0
call new ta thay bah lah peak. restart ghay lee 30 min sha.`),
    pe(`ပီႈ ၸွႆႈၵဝ်ၶႃႈ. ၵၢင်ၶမ်ႈ 7 မူင်း CPS ၶိုၼ်ႈ 180 ယဝ်ႉ call မႂ်ႇ ဢမ်ႇလႆႈ. netstat -an | grep TIME_WAIT | wc -l =
47213. restart ယဝ်ႉ လီ ၵမ်းၽွင်ႈ ယဝ်ႉ ၶိုၼ်း ပဵၼ်.`),
    pe(`Hpu, jahpot 10 hta VOS log kaw ndai hku law law re ai:
connect to 10.8.0.21:5060 failed: EADDRINUSE
TCP trunk hpe connection n lu sai. TIME_WAIT 38000 jan re ai. Ga ning galaw na i?`),
    pe(`Peb cov carrier txuas los ntawm SIP TCP, thaum tsaus ntuj cov hu ntau (250 CPS) ces lub server "cannot bind local
address" thiab cov hu tshiab poob tag. tsis muaj port dawb lawm los?`),
    pe(`Thra, customer ter "call ta hee bah lah 8pm-10pm" (peak). Ya kwa: netstat TIME_WAIT 52,000+. ip_local_port_range
32768-60999. Ma restart mbx3000d, ghay lee 40 min, then kadee 😩`),
    pe(`pii kha, VOS kau mua kaang khuen am lai hap call mai. log: "socket bind error: Address already in use" laai laai,
TIME_WAIT 29k. kau restart 2 pok yao wan nai.`),
    pe(`Shana 7-11 hta TCP connection n lu ai. "Cannot assign requested address" ngu ai. ss -s: timewait 28140, ports 28232
zawn re. port yawng ma mat sai i?`),
    pe(`kuv muab tso ib kab ntawm log:
2024-05-17 20:41:07 ERROR SipTcpTransport: bind failed: java.net.BindException: Address already in use: connect
thiab muaj ntau txhiab kab li no txhua feeb thaum peak. restart ces zoo ib ntus.`),
    pe(`သရၣ် မၤစၢၤယၤ. TIME_WAIT 41000 အါမး, call အသီ တ connect ဘၣ် လၢ peak time. restart ဝံၤ ok 1 hour ဒီး ကဒီး.`),
    pe(`ပီႈ server ႁဝ်း CPS 200 ၵၢင်ၶိုၼ်း, ၵူၼ်း ႁွင် ဢမ်ႇလႆႈ. ss -s "timewait 61210/0". tcp_tw_reuse 0, port range 32768
61000. ႁဵတ်းသင်ၸိုင် လီ?`),
    pe(`Hpu karum ya rit. Ngai a VOS hta carrier lahkawng TCP hte lang ai. CPS 120 tsaw wa yang "BindException" law law re
nna call yawng si ai. mbx3000 restart yang kaja wa ai, hpang e 45 minit ram hta bai rai wa ai.`),
    pe(`Lub server no tsis siv CPU ntau (35%) tab sis thaum peak nws tsis qhib TCP connection tshiab rau peb cov gateway.
netstat pom TIME_WAIT 34 txhiab. kuv xav tias port tas lawm.`),
    pe(`Oh su oh se Thra. "cannot assign requested address" ah mah lah mbx3000 log, TIME_WAIT 33,000. peak CPS 160.
customer ter call fail 30%. Ma sa pa kwa.`),
    pe(`mai soong pii. kau paste:
# ss -s
Total: 63811
TCP:   63530 (estab 2210, closed 61102, orphaned 40, timewait 61090/0), ports 0
call mai am lai mua nai. พี่ช่วยหน่อย yin lii kha 🙏`),
    pe(`Hpu, dai ni shana VOS lahkawng lang si mat ai. mbx3000 log: "bind: Cannot assign requested address (errno 99)".
TIME_WAIT lahkawng mun (20000) jan re ai. Restart galaw yang 1 hr ram kaja ai.`),
    pe(`Txij thaum peb ntxiv carrier tshiab (SIP over TCP, 90 CPS) lub VOS hais "EADDRINUSE" thaum 19:00 mus. ua ntej ntawd
zoo. kuv suav TIME_WAIT tau 45210. puas yuav tsum teeb tw_reuse?`),
    pe(`Thra, ya ter ta kee tah: mbx3000 restart 3 times ya nay. log "Address already in use" ah mah when connect to
gateway, netstat TIME_WAIT 40k+. night time sha, day ghay.`),
    pe(`ပီႈ ႁဝ်း ႁၼ် "Cannot assign requested address" ၼႂ်း log ၵူႈ second မိူဝ်ႈ peak. TIME_WAIT 52 ႁဵင် (52000).
restart ယဝ်ႉ လီ ၵမ်းၽွင်ႈ. ၸွႆႈၵဝ်ၶႃႈ 🙏`),
    pe(`Ngai a customer shaga ai: "shana hta call n lu ai, jahpot gaw kaja ai". Server hta mu ai:
netstat -ant | awk '{print $6}' | sort | uniq -c
   2104 ESTABLISHED
  48921 TIME_WAIT
Hpa galaw na i Hpu?`),
    pe(`Nyob zoo, lub VOS ntawm Luang Prabang: TIME_WAIT 58k thiab cov gateway txuas tsis tau thaum peak 8-10 teev tsaus
ntuj. tag kis yuav muaj promotion, hu yuav ntau dua. thov pab ua ntej.`),
    pe(`ss -s
TCP:   54002 (estab 1805, closed 52100, orphaned 3, timewait 52090/0), ports 0
Thra, call new ta hee bah lee. khe a peak. restart lee a?`),
    pe(`pii kha, peak time VOS het call mai am lai, log "EADDRINUSE" laai. TIME_WAIT mee 3 mun pai. kau restart ko lii 1
chua mong, waai lang pen khuen.`),
    pe(`Hpu, restart galaw yang kaja wa ai, tim hkying lahkawng masum hpang e bai si ai. Shana CPS law ai ten hta "bind
failed: Cannot assign requested address" mu ai. ss -s ports 0 re ai.`),
    pe(`cov neeg siv yws tias txhua hmo thaum 9 teev lawv hu tsis tau, tab sis thaum sawv ntxov zoo. kuv saib: TIME_WAIT kwv
yees 40,000 thiab ss -s "ports 0". restart thiaj li zoo.`),
    pe(`Thra, tcp_tw_reuse ta oh bah lah pa sysctl, port range default. lah peak TIME_WAIT 30k+ di "BindException: Cannot
assign requested address". ya ka change ah? ma sa kwa 🙏`),
    pe(`ၵၢင်ၶိုၼ်း 21:15 mbx3000 log:
ERROR tcp connect: Cannot assign requested address
ERROR tcp connect: Cannot assign requested address
TIME_WAIT 44817. ပီႈ ပဵၼ်သင်?`),
    pe(`Anhte CPS 200 tsaw ai ten hta connection n lu ai, softswitch log hta minit langai hta "EADDRINUSE" manga tsa (500)
jan mu ai. TIME_WAIT 50k. Karum ya rit 🙏`),
    pe(`lub VOS restart txhua hnub thaum 20:30 vim tsis txais hu tshiab. tom qab restart zoo li 1 teev xwb. netstat | grep -c
TIME_WAIT 39876. thov qhia kuv yuav kho li cas kom ntev.`),
    pe(`Thra, TIME_WAIT 36k lah peak, "bind: cannot assign requested address" lah log. pa server CPS 140. Restart sha ma
ghay khe a. Ya ta thu nya bah ta kee mer mah nu.`),
  ],
  natUnregistered: [
    nat(`Tus kws, txij thaum peb qhib SS_TCP_CLOSE_RESET=On nag hmo (kom kho TIME_WAIT), cov softphone hauv chaw ua hauj
lwm tom qab MikroTik unregistered txhua 2-3 feeb. cov uas nyob public IP tseem zoo.`),
    nat(`Thra, RST mode ya enable lee mu ha (TIME_WAIT problem). khe a phone lah office (behind router, TCP) unregistered ah
mah. ma sa ya kwa 🙏`),
    nat(`ပီႈ ဝၢႆးလင် ႁဝ်း ႁဵတ်း RST On ယဝ်ႉ phone ၼႂ်း office (NAT, TP-Link) unregistered ၵူႈ 5 minute. phone ဢၼ်မီး
public IP ၼၼ်ႉ လီယူႇ. ႁဵတ်းသင်?`),
    nat(`Hpu, SS_TCP_CLOSE_RESET On galaw sai hpang e, NAT router hpang de nga ai softphone (Zoiper TCP) yawng unregistered
rai ai. Public IP nga ai phone gaw kaja ai.`),
    nat(`Tom qab tus kws los kho TIME_WAIT rau peb lub VOS (lawv hais tias teeb RST), cov xov tooj Yealink siv TCP nyob tom
qab router hauv tsev neeg siv poob registration tas li. ua ntej tsis muaj li no.`),
    nat(`Oh su oh se. After ya change softswitch.conf SS_TCP_CLOSE_RESET="On" di reparse, MicroSIP lah hee (home wifi NAT)
offline, register ta thay bah. Office public IP ghay.`),
    nat(`pii kha, kau het RST On mua waa waai lang TIME_WAIT laai. mua nai phone tang mot lae MikroTik NAT (TCP) unregistered,
an public IP lii yu. kau het Off khuen a?`),
    nat(`Ngai a reseller shaga ai: "mani kaw nna softphone yawng registration ma mat ai". Mani gaw anhte RST mode On galaw ai.
Shanhte a phone yawng NAT (home router) hpang de, TCP lang ai.`),
    nat(`Lub VOS hais "Unregistered" rau 70 lub extension uas nyob tom qab NAT ntawm Vang Vieng branch, pib txij 15:00 thaum
kuv reparse nrog SS_TCP_CLOSE_RESET=On. extension ntawm lub office loj (public IP) tsis muaj teeb meem.`),
    nat(`သရၣ် RST On ယမၤဝံၤလံ, phone လၢ office (NAT router, TCP) unregistered ခဲလၢာ်. public IP phone ဂ့ၤ. ယကမၤ Off
ကဒီးဧါ?`),
    nat(`ပီႈ, softphone ႁဝ်း ဢၼ်ယူႇ ၽၢႆႇလင် router (NAT) register လႆႈ ၵမ်းၽွင်ႈ ယဝ်ႉ ႁၢႆ ၶိုၼ်း. ပဵၼ် ဝၢႆးလင် ႁဝ်း
ပိၼ်ႇ SS_TCP_CLOSE_RESET ပဵၼ် On.`),
    nat(`Hpu, tuning galaw sai hpang e (RST On, tw_reuse 1) TIME_WAIT gaw kaja sai, tim office MikroTik hpang de nga ai phone
25 gaw unregistered rai wa ai. TCP hte register ai.`),
    nat(`kuv ua tau TIME_WAIT poob lawm (RST On) tab sis tam sim no cov neeg siv softphone hauv tsev (NAT router, TCP 5060)
yws tias xov tooj hais "Not registered" 😭 ua li cas thiaj ob yam zoo?`),
    nat(`Thra, pa enable "TCP close reset" lah VOS web (system param) mu ha. Ya nay ma net, phone lah Mae Sot office (behind
NAT, SIP TCP) register ta thay bah. phone lah DC ghay.`),
    nat(`mai soong kha. waai lang SS_TCP_CLOSE_RESET=On, Grandstream lae office NAT (TCP) unregistered tang mot. kau hen
register 200 OK yao 1-2 minute lae hai pai khuen. pen sang kha pii?`),
    nat(`RST On galaw ai hpang e, NAT router hpang de nga ai softphone yawng n register ai. Wireshark hta REGISTER 200 OK lu
ai, dai hpang minit 2 ram hta OPTIONS n du ai. Hpa majaw i?`),
    nat(`Tus kws, nag hmo koj cov neeg teeb RST mode rau peb lub VOS. hnub no cov xov tooj hauv peb 3 lub chaw (txhua lub siv
router NAT, TCP) unregistered. lub chaw loj siv public IP tsis muaj teeb meem. thov rov saib.`),
    nat(`Oh su oh se Thra, phone lah customer hee (NAT, TCP) unregistered after pa turn On RST. SS_TCP_CLOSE_RESET="On" lah
softswitch.conf khe a. ta ghay bah, pa ka ma dee leh?`),
    nat(`ပီႈ မိူဝ်ႈဝႃး ႁဝ်း ႁဵတ်း RST On တႃႇ TIME_WAIT. ဝၼ်းၼႆႉ phone ၼႂ်း ႁိူၼ်း ၵူၼ်း (home router NAT, TCP)
unregistered လၢႆလၢႆ. ၸွႆႈၵဝ်ၶႃႈ`),
    nat(`Hpu, Linphone (TCP) NAT hpang de nga ai ni unregistered. SS_TCP_CLOSE_RESET On galaw ai ten kaw nna rai ai. UDP lang
ai phone gaw kaja ai.`),
    nat(`Kuv xav tias qhov kuv qhib RST 2 hnub dhau los ua rau cov Zoiper (TCP) tom qab lub router NAT hauv Udon office tsis
register. lawv register tau ib pliag ces ploj.`),
    nat(`Thra, customer ter "phone offline every few minutes" since last Tuesday. Last Tuesday pa ma tuning: SS_TCP_CLOSE_RESET
On. phone ah mer office NAT (MikroTik), SIP TCP. ma sa kwa.`),
    nat(`pii kha, kau het close reset On yao, phone lae NAT (office router) unregistered. phone lae public IP am pen sang. kau
yaak het Off khuen. het reparse ka lai a?`),
    nat(`Dai ni jahpot kaw nna office NAT hpang de phone (TCP) yawng offline. Mani shana anhte softswitch.conf hta
SS_TCP_CLOSE_RESET="On" galai da ai. Dai lam rai kun i Hpu?`),
    nat(`peb muaj 40 lub IP phone tom qab MikroTik (NAT) siv TCP. hnub Monday peb teeb RST On. txij thaum ntawd, VOS web pom
lawv "offline" thiab "online" hloov mus hloov los. cov hu tuaj tsis txog lawv.`),
    nat(`သရၣ် ပ RST On လံ မုၢ်ဟါ. ခဲအံၤ phone လၢ office NAT (TCP) offline, register တသ့ဘၣ်. public IP phone ဂ့ၤ.
မၤစၢၤယၤ`),
    nat(`ပီႈ ၵဝ် ထၢမ်: ဝၢႆးလင် ႁဝ်း ပိုတ်ႇ RST, phone ၽၢႆႇလင် NAT ၶဝ် registration ႁၢႆ. NAT keepalive ႁိုဝ် UDP လီႁိုဝ်?
ႁိုဝ် RST Off ၶိုၼ်း?`),
    nat(`Hpu, RST mode hpaw da sai hpang e Kachin State branch lahkawng a phone yawng unregistered. Branch yawng NAT (home
router) lang ai, TCP 5060. HQ phone public IP gaw kaja ai.`),
    nat(`Thov pab: VOS web pom ntau lub extension "registration expired" txij thaum peb teeb SS_TCP_CLOSE_RESET=On. cov
softphone sab nraum tom qab router NAT tsis nyob online. xav rov qab Off puas tau?`),
    nat(`Thra, customer Mae Hong Son ter: "phone unregistered, ta hee bah" since yesterday. ya kwa history: mu ha pa enable RST
(SS_TCP_CLOSE_RESET On). customer phone lah NAT router, TCP. ma dee leh?`),
  ],
  firewallRst: [
    fw(`Tus kws, txij thaum teeb SS_TCP_CLOSE_RESET=On, cov hu hla FortiGate dai (hang) thiab tsis kaw. FortiGate log pom
"packet dropped: no session matched" rau TCP flags R. ua li cas?`),
    fw(`Thra, RST On ya ma wee lee, khe a call fail ah mah. pfSense log: "TCP:R" block ah mah lah VOS IP. firewall drop RST
a?`),
    fw(`ပီႈ ဝၢႆးလင် ႁဝ်း ႁဵတ်း RST On, call ၽၢၼ်ႇ ASA ၶဝ် ၶၢတ်ႇ. ASA log: "%ASA-6-106015: Deny TCP (no connection) from
10.1.1.20/5060 to 10.2.0.9/41822 flags RST". ႁဵတ်းသင်လီ?`),
    fw(`Hpu, RST mode On galaw sai hpang e call law law n lu ai. iptables log hta "INVALID" hte RST packet drop ai mu ai.
Conntrack hpe galai ra na i?`),
    fw(`Kuv pom hauv iptables counter:
-A FORWARD -m conntrack --ctstate INVALID -j DROP   (pkts 48211)
nws nce sai heev txij thaum kuv qhib RST rau VOS. cov hu mus rau gateway hla lub firewall no poob ntau.`),
    fw(`Oh su oh se Thra. RST On after, pa SBC (behind FortiGate) call hang lee, BYE ta hee bah, TCP session oh (ESTABLISHED)
lah FortiGate. Forti drop RST a?`),
    fw(`pii kha, kau het RST On waai lang, call pai gateway lae pfSense am lai, hang 30s. pfSense log hen "block TCP:RA 5060"
laai. pen firewall drop RST a?`),
    fw(`Hpu, SS_TCP_CLOSE_RESET=On galaw ai hpang e, FortiGate hta TCP 5060 session yawng nga taw ai (ESTABLISHED), call si
ai. Firewall RST hpe drop ai zawn re ai.`),
    fw(`peb lub VOS nyob tom qab iptables/conntrack ntawm lub gateway linux. tom qab RST On, "conntrack -L | grep 5060" pom
ntau pua session ESTABLISHED uas tsis kaw, thiab cov hu tshiab los ntawm carrier TCP fail.`),
    fw(`သရၣ် RST On ဝံၤလံ call ခဲလၢာ် fail လၢ firewall (FortiGate) အခံ. Forti log: "no session matched" TCP RST. မၤစၢၤယၤ`),
    fw(`ပီႈ call ႁဝ်း ၶၢတ်ႇ ဝၢႆးလင် ႁဝ်း ပိုတ်ႇ SS_TCP_CLOSE_RESET. SBC ၽၢႆႇၼႃႈ VOS ၼၼ်ႉ ႁၼ် RST ပဵၼ် invalid ယဝ်ႉ drop.
ႁဵတ်းႁိုဝ်ၸိုင်လီ?`),
    fw(`Anhte a carrier shaga ai: "nanhte a RST packet anhte a firewall kaw drop ai, TCP connection hang ai". Dai gaw RST On
galaw ai hpang e rai ai. Call fail 40% ram.`),
    fw(`Tom qab kuv hloov SS_TCP_CLOSE_RESET ua On hnub Friday, cov hu mus rau ib lub carrier (lawv siv pfSense) tsis tiav:
INVITE mus lawm tab sis connection qub tseem nyob hauv pfSense state table. lwm lub carrier zoo.`),
    fw(`Thra, pa tuning ma wee lee (RST On) then call lah ASA behind hang, 30-40 sec audio ta hee bah. ASA log "Deny TCP (no
connection) ... flags RST". ma dee leh?`),
    fw(`mai soong pii. waai lang RST On, iptables kau drop INVALID, RST packet am pai hot. call lae firewall kau hang tang
mot. kau hen "ctstate INVALID" counter khuen laai.`),
    fw(`Hpu, tuning hpang e (close reset On) FortiGate hpang de nga ai SBC hte call yawng yak sai, session timeout hta sha
ngut ai. Forti debug: "reset packet dropped, no matching session". Karum ya rit.`),
    fw(`Nyob zoo, peb lub server nyob hauv DMZ ntawm FortiGate. txij thaum RST mode On, cov TCP session rau carrier tsis kaw
(Forti pom 3000+ session ESTABLISHED) thiab cov hu tshiab tsis txuas. thaum kuv clear session ces zoo.`),
    fw(`Thra, after RST enable, pa firewall iptables lah VOS server (conntrack) drop RST "INVALID". call ta hee bah, hang. ya
kwa counter lee. ma sa pa 🙏`),
    fw(`ၵၢင်ၶမ်ႈ 18:30 ႁဝ်း ႁဵတ်း RST On. 19:00 call ၽၢၼ်ႇ pfSense ဢမ်ႇလႆႈ. pfSense firewall log: "Block TCP:R
10.0.0.5:5060". ပီႈ ၸွႆႈၵဝ်ၶႃႈ`),
    fw(`Ngai a iptables hta ndai hku re ai:
-A INPUT -m state --state INVALID -j DROP
RST On galaw ai hpang e call n hkrak ai, TCP session n ngut ai. Ndai rule majaw rai kun i?`),
    fw(`Kuv twb qhib RST kom TIME_WAIT tsawg, tab sis tam sim no peb lub Cisco ASA block cov RST (Deny TCP no connection) thiab
cov hu SIP TCP mus rau Vientiane gateway dai.`),
    fw(`Oh su oh se, call lah carrier (TCP) fail after RST On. carrier ter: "your RST arrive our firewall as INVALID, we
drop". ma dee leh Thra? allow RST a?`),
    fw(`pii kha, kau het SS_TCP_CLOSE_RESET On yao, waai lang call pai SBC (AudioCodes) hang laai. SBC ter RST out-of-state
drop. kau het Off khuen lii a?`),
    fw(`Hpu, RST On hpang e firewall (pfSense) state table hta TCP 5060 "ESTABLISHED:ESTABLISHED" law law nga taw ai. call
yawng n lu ai. RST hpe pfSense n hkap la ai zawn re.`),
    fw(`Hnub no 09:12 peb teeb RST On. 09:30 cov hu mus rau carrier (TCP, hla FortiGate) pib fail. sniffer: VOS xa RST tab
sis FortiGate drop "invalid state". thov pab.`),
    fw(`သရၣ် ယမၤ RST On ဝံၤ, iptables conntrack drop RST (INVALID). call hang ဒီး fail. ယကမၤ ဒ်လဲ?`),
    fw(`ပီႈ, call ႁဝ်း hang ၵူႈ 3 call ၼိုင်ႈ call, ပဵၼ်မႃး ဝၢႆးလင် RST On. firewall Sophos log: "Dropped RST, invalid".
ၵဝ် ႁဵတ်းသင်?`),
    fw(`Dai ni jahpot RST mode On galaw ai hpang e carrier hte call n lu ai. Shanhte a FortiGate hta RST hpe "no session" ngu
nna drop ai. TCP session n ngut ai majaw INVITE hkrak hkrak n du ai.`),
    fw(`Koj puas tau pom li no: SS_TCP_CLOSE_RESET=On, ces lub stateful firewall ntawm carrier drop RST, thiab peb cov hu
tuaj rau peb tsis tuaj (hang 32 vib nas this ces 408). kuv yuav tsum ua li cas?`),
    fw(`Thra, pa ma RST On ya nay ma net. afternoon call fail lah pa gateway behind pfSense, pfSense log "TCP:R" block. TCP
session ta close bah. ma sa kwa lee 🙏`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning129Set: readonly EvalItem[] = Object.values(tuning129Families).flat();
