import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, resellers and call-centre technicians in the Maldives (Dhivehi, about half in Thaana script and half
 * in Latin transliteration), East Timor (Tetum with Portuguese and Indonesian words) and Brunei (Brunei Malay),
 * roughly a third each, writing to support on WhatsApp: English technical terms mixed in, typos, emoji, local
 * places and clock times, and pasted ss/netstat/iptables/conntrack output and log lines.
 *
 * The hundred-and-twenty-seventh tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the hundred-and-twenty-seventh never-tuned set, before the fifty-first round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured
 * as such before and after the fifty-first and the fifty-second rounds, then made tuning material for the
 * fifty-third: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 84.4 %, negatives confident 6.7 %, confident wrong 0 % with the
 * rules of the fiftieth round and the changes after it, before the fifty-first.
 * After the fifty-first round: the same.
 * Then with another cause named in a message read little kept from confident: in scope 84.4 %, negatives
 * confident 5.9 %, confident wrong 0 %.
 * After the fifty-second round: the same.
 */
export const tuning127Families = {
  oneListeningPort: [
    no(`އަޅުގަނޑުމެންގެ ސާވަރުގައި tomcat ސްޓާޓް ނުވޭ. ލޮގުގައި ފެންނަނީ:
java.net.BindException: Address already in use <null>:8080
އެހެން އެޕްލިކޭޝަނެއް 8080 ގައި ހިނގަނީ ކަމަށް ހީވަނީ. VOS web ނުހުޅުވޭ 😕`),
    no(`VOS3000 ސާވަރުގައި mysql ރީސްޓާޓް ކުރީމަ އަލުން ނުއަރާ 😩
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
ކުރީގެ mysqld ޕްރޮސެސް އަދިވެސް ހުރި ހެން`),
    no(`ޓެސްޓަށް kamailio އެޅީ ހަމަ އެ ސާވަރުގައި. 5060 ގައި bind ނުވޭ:
ERROR: <core> [core/socket_info.c:1045]: bind(6) on 0.0.0.0: Address already in use
VOS ވެސް 5060 ބޭނުންކުރާތީވެ ކަމަށް ހީވަނީ. kamailio އަށް ކޮން ޕޯޓެއް ދޭންވީ؟`),
    no(`ޑިވެލޮޕަރެއްގެ ލެޕްޓޮޕްގައި microsip އާއި zoiper އެއްފަހަރާ ހުޅުވާފަ.
ދެވަނަ އެއް ހުޅުވީމަ "cannot bind to port 5060, address already in use" 🤦‍♂️ ސާވަރުގައި މައްސަލައެއް ނެތް ދޯ؟`),
    no(`docker run -p 80:80 ހަދަން ދާއިރު ދޭ error:
Bind for 0.0.0.0:80 failed: port is already allocated
httpd އެބަ ހިނގާ ހަމަ އެ ހޮސްޓްގައި. ދެން ކިހިނެއް ކުރާނީ`),
    no(`bro vos web portal hulhuvaakah nudhey.
/etc/init.d/httpd start kurin dhenee: (98)Address already in use: make_sock: could not bind to address 0.0.0.0:80 ...
nginx ves install kohfa huri, eyy ehenve?`),
    no(`mbx3000d restart kuri, ekamaku log gai "bind 0.0.0.0:5060 failed: Address already in use".
ps balaaleema feneyne kureege mbx3000d process eh zombie ah vefa 5060 hifahattaafa. kill -9 kuraan rangalhutho?`),
    no(`asterisk test box ah freepbx install kurinme "Unable to bind to 0.0.0.0:5060: Address already in use" vaanee,
chan_sip aai chan_pjsip dhe-kahves 5060 ah bind kuran hadhaathee. vos aai gulhumeh neh`),
    no(`Salaam. Dhiraagu ge VPS ga grafana install kohlaifi, port 3000 ga bind failed kiyaa. netstat -tlnp | grep 3000
tcp  0  0 0.0.0.0:3000  0.0.0.0:*  LISTEN  2214/node
ehen node app eh 3000 ga. e app maraalan vee dho?`),
    no(`Bondia maun, servidor VOS iha Dili, web manager la loke.
Log hatudu: java.net.BindException: Address already in use: JVM_Bind porta 8080.
Ami instala jenkins horseik iha servidor ne'e, karik jenkins mak foti porta 8080?`),
    no(`Maun, hau coba ona restart mysql maibé nia la moris:
mysqld_safe Starting mysqld daemon
[ERROR] Do you already have another mysqld server running on port: 3306 ?
prosesu mysqld tuan sei hela. Oinsá halo?`),
    no(`ami nia tekniku instala nginx iha servidor VOS hodi halo proxy,
agora httpd la bele start tanba "Address already in use" porta 80. Ida ne'ebé mak ami tenke para?`),
    no(`Kolega iha Baucau instala softphone rua iha laptop ida, ida la bele loke ho erro "bind failed 5060 adress in use".
Servidor la iha problema, laptop ne'e de'it.`),
    no(`Docker container ba billing dashboard la sobe:
Error starting userland proxy: listen tcp4 0.0.0.0:443: bind: address already in use
apache mos iha porta 443. Favor ida ajuda 🙏`),
    no(`Boa tarde. Depois de update, ami nia prometheus node exporter labele hahú:
"listen tcp :9100: bind: address already in use". Exporter rua la'o hela karik?`),
    no(`servidor Telkomcel nian, hau hakarak muda porta SSH ba 2222 maibé sshd fó erro:
Bind to port 2222 on 0.0.0.0 failed: Address already in use.
Sé mak uza 2222? 🤔`),
    no(`Mana, ami nia SBC teste (opensips) no VOS iha makina hanesan.
opensips sempre hatete "bind: Address already in use" iha 5060. Tenke muda porta ka?`),
    no(`tuku 10 dadeer ne'e ami restart VOS web, mosu:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
tomcat tuan seidauk mate, ps -ef | grep java hatudu java rua.`),
    no(`Bos, web vos kami inda dapat buka.
Lapas update, tomcat log: java.net.BindException: Address already in use (Bind failed) :8080. Ada satu lagi java jalan kali.
Macamana mau kill yang lama atu?`),
    no(`mysql inda mau start bah, tulis "Bind on TCP/IP port: Address already in use".
samalam urang IT kami pasang mariadb lain untuk app HR di server yang sama 🙄`),
    no(`Kitani ada test kamailio di server vos, kana error bind 5060 address already in use. Patut kah ku tukar ke 5070?`),
    no(`Assalamualaikum, laptop developer kami run docker compose,
keluar "ports are not available: listen tcp 0.0.0.0:5432: bind: address already in use". postgres lokal sudah jalan.
Ani bukan masalah server kan?`),
    no(`apache inda jadi start:
Starting httpd: (98)Address already in use: make_sock: could not bind to address [::]:80
(98)Address already in use: make_sock: could not bind to address 0.0.0.0:80
no listening sockets available, shutting down
ada nginx dipasang budak baru tu 😅`),
    no(`mbx3000d inda naik lepas reboot. log: "SIP listen on 5060 failed, address already in use".
ganya satu process lain pakai 5060, siptrunk proxy lama yang kami lupa disable di chkconfig.`),
    no(`Boss, openvpn inda dapat bind:
TCP/UDP: Socket bind failed on local address [AF_INET]0.0.0.0:1194: Address already in use
Dua instance jalan kah?`),
    no(`ssh port ku tukar ke 8022 tapi sshd gagal:
error: Bind to port 8022 on 0.0.0.0 failed: Address already in use.
Rupanya web panel kami pakai 8022. Apa port bisai untuk ssh?`),
    no(`Haloo, VOS3000 web manager kami (port 80)
mati lapas kami install webmin dan set webmin ke port 80 jua 🤦 error "Failed to bind to port 80". Tolong advise.`),
  ],
  otherRegistrationCause: [
    no(`ޕާސްވޯޑް ބަދަލުކުރީމަ ހުރިހާ ޔީލިންކް ފޯނެއް unregistered 😓 ފޯނުތަކުގައި އަދި ކުރީގެ ޕާސްވޯޑް.
VOS ލޮގުގައި 403 Forbidden`),
    no(`މިއަދު ހެނދުނު ކަރަންޓު ކެނޑުނީ އޮފީހުގައި. ރައުޓަރު އަދި ނުއަރާ، އެހެންވެ ފޯނުތައް ރަޖިސްޓަރު ނުވަނީ. UPS ވެސް ހަލާކު`),
    no(`ސާވަރުގެ IP ބަދަލުކުރީ ހޯމަ ދުވަހު. ބައެއް ފޯނުތަކުގައި އަދިވެސް ކުރީގެ IP. އެ ފޯނުތައް ރަޖިސްޓަރު ނުވޭ.
DNS ވެސް އަދި އަޕްޑޭޓް ނުކުރަން`),
    no(`VOS ލައިސަންސް ޚަލާސްވެފަ ހުރީ ކަމަށް ފެނޭ. web ގައި "License expired" ލިޔެފަ.
އެއަށްފަހު އެއްވެސް ފޯނެއް ރަޖިސްޓަރެއް ނުވޭ. ރިނިއު ކުރަން ކިހާ ދުވަސް ނަގާނީ؟`),
    no(`Ooredoo ފައިބަރ ކެނޑިފަ ހަވީރު 3 ގަޑިން ފެށިގެން ނެޓް ނެތް 🤷 UDP/TCP ހުރިހާ ފޯނެއް އޮފްލައިން.
Ooredoo އިން ބުނީ ޓީމް ފޮނުވާނަމޭ`),
    no(`Kulhudhuffushi branch ge phone thah unregistered. balaaleema account expire vefa 😅 billing in balance 0.
topup kurumun rangalhuvaane dho?`),
    no(`domain eh ge A record badhalu kuri (sip.company.mv) iyye.
dhen ekan foanthah register nuvanee, baeh thakah DNS cache gai kureege IP. TTL 86400 🙄`),
    no(`network change kurumun UDP extension thah unregister vany. router badhalu kuri Huawei in MikroTik ah.
RST ah athu nulan, TCP eh bhenun nukuran`),
    no(`front desk phone register nuvany, light ves nudhilhey 😂 PoE switch port maruvefa. switch badhalu kuri ma rangalhu`),
    no(`Bondia, telefone sira iha eskritóriu Suai hotu offline tanba eletrisidade mate hosi tuku 7 dadeer.
Jeradór mos laiha mina. La'ós problema servidor.`),
    no(`Maun, ami muda senha ba extensaun 3001-3020 ohin, maibé telefone sira sei uza senha tuan, entaun 401 Unauthorized.
Ami tenke provisiona fali ka?`),
    no(`Telemor nia internet mate iha Maliana desde horseik kalan, telefone IP hotu unregisterd.
Ita-boot sira bele haree karik iha mudansa iha ita nia lado?`),
    no(`Kliente ida nia kontratu remata ona, nia konta iha VOS suspende tiha, entaun nia telefone la rejista.
Ami hakarak reativa, favor ida.`),
    no(`ami troka IP públiku servidor ba IP foun.
Telefone sira ne'ebé uza IP tuan la rejista, sira ne'ebé uza domínio di'ak hela. Karik ami tenke atualiza DNS lai?`),
    no(`Softphone iha laptop staff nian la rejista: "Registration failed 408 Request Timeout".
Depois ami hatene nia konekta ba WiFi hotel ne'ebé blokeia porta 5060.`),
    no(`extensaun 204 offline. haree tiha telefone ne'e la iha kabu rede, ema ida hasai kabu atu karga laptop 🤦`),
    no(`Ami nia telefone UDP hotu la rejista hafoin muda rede ba VLAN foun 192.168.50.x, gateway sala.
SS_TCP_CLOSE_RESET ami la kona.`),
    no(`Bondia mana, lisensa VOS3000 iha servidor Dili-02 expira ona ohin,
dashboard hatudu "license invalid" no rejistu hotu para. Favor renova 🙏`),
    no(`Talipon di pejabat Kuala Belait semua unregister, rupanya line UNN kami putus dari pagi. DST 4G backup pun inda jalan.
Bukan server bah kan?`),
    no(`Bos, ada staff tukar password extension sendiri di portal, lapas atu talipon dia inda register,
"wrong password" dalam log. Boleh reset?`),
    no(`Account reseller kami expired samalam kali, semua sub-account dapat "account disabled" bila register.
Mau renew, berapa?`),
    no(`Lepas kami pindah server ke IP baru, talipon yang hardcode IP lama semua unregistered. Yang pakai domain ok.
TTL DNS 1 hari 😭`),
    no(`Talipon Grandstream di kadai Gadong inda register, power adapter rosak, lampu pun mati. Sudah order adapter baru.`),
    no(`kenapa extension 1205 unregistered? log: REGISTER from 1205 rejected: 403 auth failed.
urang atu taip password salah kali.`),
    no(`Kami guna UDP sahaja. Lepas tukar router (TP-Link ke MikroTik) ada sebahagian talipon inda register,
SIP ALG on di router baru. RST setting inda kami usik.`),
    no(`licence VOS kami tamat, keluar "License expired, max online 0". Jadi semua talipon offline. Macamana mau renew cepat?`),
    no(`semua talipon offline sejak 2.15ptg, imagine broadband down satu Tutong.
Sudah call imagine, diurang kata ada kabel putus.`),
  ],
  smallFigures: [
    no(`ސުވާލެއް: TIME_WAIT އަކީ ކޮބާ؟ ސާވަރުގައި ss -s ޖެހީމަ timewait 214 ފެނޭ. މިއީ މައްސަލައެއްތޯ؟`),
    no(`netstat -an | grep TIME_WAIT | wc -l
312
ރޭގަނޑު ވަރަށް މަދު ކޯލް. މިއީ ނޯމަލްތޯ؟ 🙂`),
    no(`SS_TCP_CLOSE_RESET ހުރީ Off. ލަސްނުވެ On ކޮށްލަން ރަނގަޅުތޯ؟
މިހާރު އެއްވެސް މައްސަލައެއް ނެތް، ހަމައެކަނި ރައްކާތެރިކަމަށް`),
    no(`ހެނދުނު 9 ގަޑީގައި ސާވަރު ޗެކް ކުރީ:
TCP:   1420 (estab 1180, closed 96, orphaned 0, timewait 88/0), ports 0
ހުރިހާ އެއްޗެއް ރަނގަޅު ހެން ހީވަނީ. ދެން ކޮން އެއްޗެއް ބަލަންވީ؟`),
    no(`ip_local_port_range ހުރީ 32768 60999. 28 ހާސް ޕޯޓު ހުރީމަ ގިނަކޮށްލަންޖެހޭތޯ؟ CPS ހަމަ 10 ވަރު.`),
    no(`ss -s check kuri: timewait 97. hama thoh ehaa ves? 😅
customer eh bunee TIME_WAIT gina vumun call nudhaane kamah, ekam call thah rangalhah dhanee`),
    no(`kuda suvaaleh: tcp_tw_reuse = 1 kuran vee tho? server ah 50 call vure gina nujehey. hama balaigen`),
    no(`SS_TCP_CLOSE_RESET On aai Off ge thafaathu kobaa? manual gai 4.3.5.2 kiyavaifi ekamaku nufaham vii.
NAT phone thah ves huri.`),
    no(`weekly health check: TIME_WAIT 430, ESTAB 900, CPU 12%. kureege mahu 480. rangalhu dho?`),
    no(`Maun, pergunta de'it: TIME_WAIT ne'e saida? Ami haree iha netstat kuaze 150. Ne'e normal ka lae?`),
    no(`ss -s iha servidor Baucau:
TCP:   620 (estab 410, closed 180, orphaned 2, timewait 175/0), ports 0
ami la iha problema, de'it hakarak hatene se ne'e di'ak.`),
    no(`Ami tenke liga SS_TCP_CLOSE_RESET=On ka lae atu prevene? Agora CPS ki'ik, maibé fulan oin ami sei hetan kliente foun.`),
    no(`Bondia! 300 TIME_WAIT iha oras pik ne'e normal ka? Chamadas hotu la'o di'ak.`),
    no(`netstat -an | grep -c TIME_WAIT
58
hau halo check rutina de'it. obrigadu`),
    no(`Maun, ip_local_port_range iha ami nia CentOS 6 = 32768 61000. Tenke aumenta ka lae? ami iha canal 60 de'it.`),
    no(`Saida mak diferensa entre FIN no RST iha VOS3000? Kolega ida dehan RST di'ak liu.
Ami nia servidor la'o di'ak hela, hakarak aprende de'it 😊`),
    no(`relatóriu semanál: max TIME_WAIT 540 (Sesta tuku 6 lokraik), CPS max 12. Buat hotu OK?`),
    no(`Ita hanoin ami presiza tcp_tw_reuse? servidor foun, seidauk iha tráfiku. sudah install VOS de'it.`),
    no(`Bos, satu soalan saja: TIME_WAIT 200 lebih atu banyak kah? Server kami aman ja, call semua jalan.`),
    no(`ss -s pagi tadi:
TCP:   890 (estab 700, closed 150, orphaned 0, timewait 140/0), ports 0
ok kah ani?`),
    no(`Patut kah kami hidupkan SS_TCP_CLOSE_RESET just in case? Traffic kami damit ja, 5-6 CPS.`),
    no(`Apa maksud "ports 0" dalam ss -s? Kami nampak "timewait 66/0". Inda ada masalah, cuma curious bah 🤓`),
    no(`tcp_fin_timeout default 60 kan? Perlu kah tukar? Server Seria, 40 channel ja.`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
      3 LISTEN
    512 ESTABLISHED
    270 TIME_WAIT
normal kah ani masa peak?`),
    no(`Boss, ada vendor suruh kami enable RST supaya inda ada TIME_WAIT. Kami belum ada masalah apa-apa. Perlu kah?`),
    no(`Bulan ani TIME_WAIT paling tinggi 380 ja, bulan lapas 350. Trend cematu ok kah?`),
    no(`Soalan: kalau kami guna SIP over TLS, SS_TCP_CLOSE_RESET ada kesan kah? Sekarang belum enable apa-apa.`),
  ],
  firewallNoRst: [
    no(`ފޯޓިގޭޓްގައި 5060 TCP/UDP ހުޅުވަން ބޭނުން VOS ސާވަރަށް. VIP ހަދަންވީ ކިހިނެއް؟ ސްކްރީންޝޮޓް ފޮނުވާނަން`),
    no(`ކަސްޓަމަރެއްގެ IP fail2ban އިން ބޭން ކޮށްފަ 😬
fail2ban-client status sip-auth
   |- Banned IP list: 103.31.44.7
އެ IP ވައިޓްލިސްޓް ކުރާނީ ކިހިނެއް؟`),
    no(`MikroTik ގައި SIP ALG (ip firewall service-port sip) ނިއްވާލަންވީތޯ؟ ބައެއް ކޯލްތަކުގައި އަޑު އެއް ފަރާތަށް ނީވޭ`),
    no(`ސާވަރުގެ iptables ގައި ޗައިނާ އަދި ރަޝިއާ ބްލޮކް ކުރަން ބޭނުން. geoip މޮޑިއުލް ބޭނުންކުރަން ރަނގަޅުތޯ؟
SIP scanner ތައް ގިނަ 😤`),
    no(`RTP 10000-20000 UDP ޕޯޓު ފޯވަޑް ކުރަން MikroTik ގައި. dst-nat ރޫލް ލިޔުއްވާދެއްވާ 🙏`),
    no(`pfSense ah alhugandumen ge new office IP whitelist kuran beynun, alias eh hadhaafa huri.
port 5060 ah pass rule kihineh?`),
    no(`vos server ah brute force SIP register attempt gina, iptables in 5060 ah limit laan vee tho?
hashlimit ge example eh dheefa`),
    no(`fail2ban in aharen ge ei IP eh ban kohlaifi 😂 ssh nuvadhevey. console in unban kuri.
jail.local gai ignoreip laan vee dho`),
    no(`FortiGate ge SIP ALG nivaalaafa sip-helper disable kuri,
dhen "config system session-helper" in ves delete kuran jehey tho?`),
    no(`Bondia maun, ami hakarak loke porta 5060 no RTP 10000-20000 iha firewall pfSense ba servidor VOS foun.
Regra NAT port forward oinsá?`),
    no(`Favor ida whitelist IP kliente foun: 202.0.x.x (Timor Telecom). Ami nia iptables blokeia hotu exceto lista.`),
    no(`fail2ban bani IP eskritóriu Dili tanba staff ida hatama senha sala dala 10. Oinsá atu unban?
fail2ban-client set asterisk unbanip ...?`),
    no(`MikroTik iha Baucau: SIP ALG liga ka lae? Ema dehan tenke desliga.
Ami seidauk iha problema, maibé atu konfigura router foun.`),
    no(`Ami hakarak blokeia tráfiku SIP hosi rai seluk, só permite Timor-Leste no Indonesia.
FortiGate geo-IP politika di'ak ka?`),
    no(`Halo, firewall ASA ami nian presiza "inspect sip" ka la presiza? Ami sei instala servidor VOS segundu.`),
    no(`iptables -L -n hatudu regra barak, hau hakarak hamoos regra tuan no rai regra ba 5060/5061 de'it. Ita iha ezemplu?`),
    no(`Kliente ida husu ami atu loke porta 5080 TCP ba nia PBX. Ne'e seguru ka? Ami uza FortiGate 60F.`),
    no(`Maun, SIP scanner sira (friendly-scanner) ataka hela servidor. iptables string match ba "friendly-scanner" bisa ka?`),
    no(`Bos, tolong bantu buka port 5060 di FortiGate kami untuk trunk baru dari DST.
VIP dan policy sudah buat tapi mau confirm.`),
    no(`Kami mau whitelist IP pejabat Seria dalam iptables server VOS. Command ani betul kah?
iptables -I INPUT -s 202.152.x.x -p udp --dport 5060 -j ACCEPT`),
    no(`fail2ban kana ban IP reseller kami lagi 😩 dia punya softphone cuba register dangan password lama. Unban macamana?`),
    no(`SIP ALG di router TP-Link pejabat perlu kah dimatikan? Ada orang cakap ia merosakkan SIP.`),
    no(`Geo-block: kami mau block semua negara kecuali Brunei, Malaysia dan Singapore di pfSense. pfBlockerNG ok kah?`),
    no(`Port forwarding: MikroTik kami dst-nat 5060 ke 192.168.1.10, tapi dari luar inda dapat sampai. Rule order salah kali?`),
    no(`iptables server VOS penuh dengan DROP dari IP asing yang scan 5060, log sampai 2GB. Macamana mau rate limit log atu?`),
    no(`Boss, kami mau tukar port SIP dari 5060 ke 5090 untuk kurangkan attack. Firewall kena ubah apa?`),
    no(`CSF firewall di server kami block port 8080 (web vos). Sudah tambah dalam TCP_IN, restart csf, sekarang ok.
Perlu tambah 8080 dalam TCP_OUT kah?`),
  ],
  negationContext: [
    no(`އަޅުގަނޑުމެން ބޭނުންކުރަނީ UDP އެކަނި. TCP އެއް ނޫން. އެހެންވެ RST ސެޓިންގް އާ ގުޅުމެއް ނެތް ދޯ؟
ކޯލް ކެނޑެނީ ޖިޓަރ ގިނަވެގެން`),
    no(`SS_TCP_CLOSE_RESET ހުރީ Off، ބަދަލެއް ނުގެނަމު. ފޯނުތައް unregistered ވީ ޕާސްވޯޑް ރީސެޓް ކުރުމަށްފަހު.
އެކަން ރަނގަޅުކުރެވިއްޖެ 👍`),
    no(`ރޭގަނޑު ކޯލްތައް ނުދިޔައީ ISP ގެ މައްސަލައެއް. Dhiraagu އިން ކަށަވަރުކޮށްދިން. TIME_WAIT އެއް މައްސަލައެއް ނޫން.
މިހާރު ރަނގަޅު`),
    no(`ކުރީ ހަފުތާގެ "address already in use" މައްސަލަ ހައްލުވެއްޖެ، tw_reuse ގެ ބަދަލު ގެނައީމަ. މިހާރު timewait 150 ވަރު.
ޝުކުރިއްޔާ 🙏`),
    no(`ފަޔަރވޯލް އަށް ބަދަލެއް ނައީ، RST ވެސް އޮން ނުކުރަން. ހަމައެކަނި ވީ ސާވަރު ރީބޫޓެއް. ކޯލް ހުރީ ރަނގަޅަށް.
ރިޕޯޓަށް ލިޔެލުމަށް ބުނީ`),
    no(`RST aslu On eh nukuran. phone thah unregistered vee ehen sababeh, router ge WAN IP badhalu vegen.
DDNS update kuri ma rangalhu vejje`),
    no(`ss -s ge figures rangalhu, TIME_WAIT issue eh neh. "cannot bind" error aee httpd in, port 80 nginx hifahattaafa.
e ves fix kuri 👍`),
    no(`nat issue eh noon, hurihaa phones UDP. registration lost vee Medianet link down vefa. 40 min fahun aee`),
    no(`mi thiee firewall drop eh noon. RST setting Off, kureege vesvany.
calls fail vany carrier in trunk suspend kuraathee, payment nukuraathee 😬`),
    no(`Ami uza UDP de'it ba telefone hotu, entaun RST la afeta. Problema rejistu ne'e tanba senha foun. Rezolve tiha ona.`),
    no(`Ema ida la muda buat ida iha servidor. Chamadas falha horseik tanba operadora nia link internasional mate.
Agora di'ak ona.`),
    no(`SS_TCP_CLOSE_RESET sei Off (hau check ona iha softswitch.conf). Firewall la drop buat ida.
Chamada la liga tanba kliente nia kreditu remata.`),
    no(`La iha problema TIME_WAIT, maun. "Address already in use" ne'ebé hau haruka horseik mai hosi mysql,
tanba mysqld rua la'o. Hadia tiha ona.`),
    no(`Telefone iha Lospalos unregistered ohin dadeer, maibé la'ós tanba RST, eletrisidade mate iha area ne'e.
Agora moris fali.`),
    no(`Hau hatene FortiGate bele drop RST,
maibé ami nia kazu la'ós ida ne'e: RST Off hela no chamada fail tanba codec la hanesan (G729 vs G711).`),
    no(`Problema portas horseik nian rezolve ona hafoin ita-nia ekipa aplika tw_reuse. 24h ona la iha erro. Obrigadu barak!`),
    no(`ami la liga RST. telefone sira lakon rejistu tanba lisensa VOS expira iha 00:00. renova tiha, buat hotu ok.`),
    no(`NAT la iha problema: telefone sira iha IP públiku diretamente, no sira la'o ho UDP. Sira offline tanba ISP.`),
    no(`Bukan masalah RST bah, kami inda pernah ubah setting atu. Talipon unregister sebab password reset oleh admin baru.`),
    no(`Inda ada TIME_WAIT banyak, ss -s tunjuk 120 ja.
Error "address already in use" tu dari tomcat sebab ada tomcat lama masih jalan. Sudah kill.`),
    no(`Firewall kami inda drop apa-apa, sudah check log FortiGate. Call gagal tadi sebab trunk provider down 1 jam.
Sekarang ok.`),
    no(`Kami guna UDP semua talipon, TCP inda dipakai. Jadi SS_TCP_CLOSE_RESET inda berkaitan kan?
Masalah kami jitter dari WiFi.`),
    no(`Sudah settle bah masalah samalam. Bukan port exhaustion, rupanya ISP throttle. Terima kasih team!`),
    no(`Nada siapa ubah config server. Talipon di Tutong offline sebab banjir, switch kana air 😢`),
    no(`RST Off, NAT router inda ditukar. Extension 3002 unregister sebab akaun dia expired hujung bulan.`),
    no(`Masalah "cannot bind" minggu lapas sudah selesai lepas kamu tune sysctl. Sekarang stabil, TIME_WAIT bawah 2k masa peak.
Ani cuma update.`),
    no(`inda ada firewall antara talipon dan server, semua dalam LAN sama.
Call putus sebab CPU server 100% masa backup mysql jalan.`),
  ],
  portExhaustion: [
    pe(`ރޭގަނޑު 9 ގަޑި ފަހުން ޕީކް ވަގުތު ކޯލް ނުދޭ. ލޮގުގައި:
java.net.BindException: Cannot assign requested address
ss -s ޖެހީމަ timewait 41873 😱 mbx3000d ރީސްޓާޓް ކުރީމަ ކުޑަ ވަގުތަކަށް ރަނގަޅުވޭ`),
    pe(`netstat -an | grep TIME_WAIT | wc -l
52310
މިހާރު އާ TCP ކަނެކްޝަނެއް ނުހެދޭ. CPS 180 ވަރު. ވަރަށް އަވަހަށް ބައްލަވާދީ 🙏`),
    pe(`ސޮފްޓްސްވިޗް ލޮގުގައި EADDRINUSE ގިނަ، ހަމަ ޕީކް ގަޑީގަ. ރީސްޓާޓް ކުރީމަ ރަނގަޅުވޭ، 2 ގަޑިއިރު ފަހުން އަލުން ފެށޭ.
ip_local_port_range 32768 60999`),
    pe(`ހުރިހާ ޓްރަންކަކަށް TCP ގުޅުން ނުލިބޭ ހަވީރު 5 އިން 8 އަށް. "cannot bind: address already in use" ލޮގުގައި ހާސް ފަހަރު 😩
ss -tan state time-wait | wc -l = 38k`),
    pe(`ކަސްޓަމަރުން ބުނަނީ ކޯލް ފެށޭ ނަމަވެސް ކަނެކްޓް ނުވޭ. ސާވަރުގައި ލޯކަލް ޕޯޓު ހުސްވެއްޖެހެން ހީވޭ:
TCP:   63012 (estab 2104, closed 60650, orphaned 9, timewait 60621/0), ports 0`),
    pe(`bro emergency 🚨 peak time call thah nudhey, log gai "BindException: Address already in use: connect" e hama hama.
TIME_WAIT 45k vure gina. restart kuriyas 30 minitu fahun hama e`),
    pe(`server ge local port hus vejje kamah hee vany. "Cannot assign requested address" kiyaa mbx log gai.
reparse ves kuri, nuvany. rey 10 ge fahun 200 cps ah araa`),
    pe(`ss -s
Total: 58211 (kernel 58400)
TCP:   57104 (estab 1890, closed 55102, orphaned 40, synrecv 0, timewait 55090/0), ports 0
e ss ge output. aa TCP connection eh nuhedhey. kihineh kuraanee?`),
    pe(`peak gai SIP-TCP trunk thah ah connect nuvey, log gai "EADDRINUSE" gina gina.
restart kurin 1 gandi ah rangalhu, dhen alun. time_wait 30k+ 🥲`),
    pe(`Addu reseller ge traffic bodu vumun softswitch ah aa connection hedheku nuvey. netstat TIME_WAIT 61k.
tcp_tw_reuse 0, port range default. eba ah fix eh ulhey tho?`),
    pe(`Maun urjente! Oras pik tuku 8 kalan chamadas la bele liga.
Log VOS: java.net.BindException: Cannot assign requested address. TIME_WAIT liu 40 rihun. Restart ajuda minutu 20 de'it.`),
    pe(`netstat -an | grep TIME_WAIT | wc -l
47902
servidor labele loke koneksaun TCP foun. kliente sira reklama hela.`),
    pe(`Bondia, kada loron entre tuku 7-9 kalan softswitch fó erro EADDRINUSE no trunk TCP hotu la liga.
Depois restart servidor di'ak fali ba oras rua.`),
    pe(`ss -s:
TCP:   64102 (estab 1530, closed 62480, orphaned 5, timewait 62470/0), ports 0
Hau hanoin porta lokal remata ona. CPS agora 220.`),
    pe(`Servidor Dili-01 la'o hanesan ne'e: dadeer di'ak, kalan "address already in use" barak iha log, chamada foun la konekta.
TIME_WAIT sa'e to'o 50k. Ami seidauk muda buat ida.`),
    pe(`Maun, "cannot bind" sai iha log mbx3000 bainhira tráfiku a'as. ip_local_port_range sei 32768-61000 no tw_reuse=0.
Ita bele hadia?`),
    pe(`erro ne'e mosu dala barak hela:
[ERR] tcp connect to 10.20.1.5:5060 failed: Cannot assign requested address (99)
tempu ne'e CPS ~250. Sistema ladún responde, tenke restart kada oras 2.`),
    pe(`Kliente foun traz tráfiku barak (300 CPS) no agora servidor VOS la bele kria koneksaun foun. Hau haree TIME_WAIT 55k.
Restart rezolve temporáriu de'it.`),
    pe(`Ohin tuku 19:30 chamadas falha hotu. Log: "BindException: Address already in use: no further information".
netstat hatudu rihun 58 iha TIME_WAIT. Ajuda lalais favor.`),
    pe(`Maun, hau la hatene ida ne'e saida maibé kada kalan servidor "hang" ba koneksaun foun.
SSH bele tama, maibé curl ba API mos fó "Cannot assign requested address". Restart de'it mak di'ak.`),
    pe(`Bos, masa peak malam call inda jalan, log VOS penuh "java.net.BindException: Cannot assign requested address".
TIME_WAIT 44k. Restart ok sekejap ja.`),
    pe(`ss -s
TCP:   59877 (estab 1422, closed 58300, orphaned 11, timewait 58291/0), ports 0
Server inda dapat buat sambungan TCP baru. Traffic kami naik banar bulan ani.`),
    pe(`Kenapa tiap hari pukul 8-10 malam softswitch keluar EADDRINUSE? Lapas restart ok, 2 jam lagi balik. CPS dalam 200.`),
    pe(`netstat -an | grep -c TIME_WAIT
49122
bah, ani sudah lampau. Talipon customer semua "call failed" masa atu.`),
    pe(`Boss, port tempatan habis kali? error "cannot assign requested address" bila VOS connect ke trunk TCP.
ip_local_port_range masih default.`),
    pe(`Sejak reseller baru masuk, traffic 3x ganda.
Sekarang waktu peak sambungan TCP baru semua gagal, log "Address already in use (connect failed)".
Rasanya kena tune sysctl kah?`),
    pe(`tolong check vos2 Kiulap. peak tadi 9.15pm sampai 9.40pm call semua gagal, banyak BindException dalam log,
ss tunjuk timewait 52k. lapas restart mbx3000d ok.`),
    pe(`Masalah sama macam bulan lapas: TIME_WAIT beribu-ribu (63k), inda ada port lagi untuk sambungan baru,
call drop masa peak. Kali ani lebih teruk.`),
    pe(`Server inda dapat bind port baru bila traffic tinggi, "cannot bind" dalam log setiap saat.
Kami restart 3 kali sudah malam ani 😫`),
    pe(`Boss, urgent. Dari 7pm semua TCP trunk inda connect. Aku run:
ss -tan state time-wait | wc -l
61455
cpu ok, memory ok.`),
  ],
  natUnregistered: [
    nat(`SS_TCP_CLOSE_RESET On ކުރީމަ ފެށިގެން MikroTik ގެ ފަހަތުގައި ހުރި ފޯނުތައް ރަޖިސްޓަރު ނުވޭ. SIP over TCP.
ސާވަރާ ސީދާ ގުޅިފައި ހުރި ފޯނުތައް ރަނގަޅު`),
    nat(`ކުރީ ހަފުތާ ތިޔަ ޓީމުން TIME_WAIT ހައްލުކުރަން ބަދަލެއް ގެނައިއިރު ފެށިގެން އޮފީހުގެ ރައުޓަރުގެ ފަހަތުގައި ހުރި Yealink
ތައް ކޮންމެ 5 މިނިޓަކުން unregistered ވޭ. ފޯނުތައް TCP`),
    nat(`ގޭގައި ހުރި ސޮފްޓްފޯނުތައް (Zoiper, TCP) ރަޖިސްޓަރު ގެއްލޭ. RST އޮން ކުރީ އިއްޔެ. 4G ރައުޓަރުގެ NAT ފަހަތުގައި.
UDP ފޯނުތައް ރަނގަޅު`),
    nat(`softswitch.conf ގައި SS_TCP_CLOSE_RESET="On" ލީމަ ފެށިގެން ބްރާންޗު އޮފީހުގެ ފޯނުތައް online/offline ވަނީ.
ރައުޓަރު TP-Link، NAT. TCP ފޯނުތަކުގައި ހަމައެކަނި`),
    nat(`Hulhumalé ގެ ކަސްޓަމަރުން ބުނަނީ ފޯނުތައް ރަޖިސްޓަރުން ވެއްޓެނީ ކަމަށް.
އެމީހުން ހުރީ ހޯމް ރައުޓަރުގެ ފަހަތުގައި، TLS/TCP. ތިޔަ ކުރި RST ބަދަލާ އެއްވަގުތު ފެށުނީ`),
    nat(`RST on kuri fahun NAT faharathu phone thah unregistered vany bro. Grandstream GXP TCP transport. MikroTik hEX.
kureege gothah Off kohlan vee tho?`),
    nat(`iyye reparse kuri (SS_TCP_CLOSE_RESET=On), miadhu hendhunun fahun branch office ge phone thah offline,
router behind NAT. Public IP ga huri phone thah rangalhu 🤔`),
    nat(`Zoiper TCP ga huri home users register nuvany RST mode hulhuvaifi fahun. "registration timeout" kiyaa.
4G router thah, CGNAT ves`),
    nat(`tech team in port exhaustion fix kuri dhuvahu fahun MikroTik NAT ge fahathugai huri Yealink thah ekakun ekakah
unregisterd vany. TCP transport. thi fix aa gulhumeh huri tho?`),
    nat(`phone thah ge status: unregistered, reg expires 0. NAT behind, SIP over TCP, keepalive 30s.
softswitch.conf gai SS_TCP_CLOSE_RESET="On" (2 dhuvas kurin badhalu kuri). ehen change eh neh`),
    nat(`Maun, hafoin ami liga SS_TCP_CLOSE_RESET=On, telefone sira iha kotuk router MikroTik (NAT)
lakon rejistu kada minutu balun. Sira uza TCP.`),
    nat(`Ohin dadeer telefone Yealink iha eskritóriu Baucau hotu "unregistered". Sira iha NAT, transporte TCP.
Horseik kalan ita-nia ekipa muda setting RST iha servidor.`),
    nat(`Softphone Zoiper (TCP) iha uma staff nian labele rejista desde ami ativa modu RST.
Telefone ho IP públiku la iha problema.`),
    nat(`Bondia. Depois de mudansa RST (On) semana kotuk, extensaun sira ne'ebé liu router uma (NAT)
sai offline no online fila-fila. Sira ne'ebé UDP di'ak.`),
    nat(`Ami liga RST hodi hadia TIME_WAIT, TIME_WAIT di'ak ona maibé agora telefone iha filial Maliana (kotuk NAT)
lakon rejistu. Sira uza SIP TCP. 😞`),
    nat(`MicroSIP sira iha laptop kliente (liu WiFi, NAT) mosu "Registration failed" hafoin ita boot sira aplika RST.
Transporte TCP. Oinsá fila fali?`),
    nat(`Telefone Grandstream iha kotuk router Huawei HG8245 la rejista tan ona. SIP/TCP.
Buat foun mak de'it SS_TCP_CLOSE_RESET=On horseik.`),
    nat(`Maun, ita-nia run ikus (port exhaustion) halo buat ruma ba telefone NAT nian?
Desde ne'ebá, telefone TCP iha sucursal Suai sira rejistu lakon beibeik.`),
    nat(`tuku 11:40 ami reparse softswitch ho RST On. Tuku 12:00 kedas telefone 14 iha kotuk NAT unregistered.
Telefone iha rede servidor nian OK.`),
    nat(`Softphone Linphone (TLS/TCP) iha telemóvel staff sira, liu 4G NAT, sempre lakon rejistu desde RST mode liga.
Molok ne'e la iha problema.`),
    nat(`Bos, lepas kamu hidupkan SS_TCP_CLOSE_RESET samalam, talipon di cawangan Tutong (belakang router MikroTik, NAT)
asik unregister. Semua guna TCP.`),
    nat(`Talipon Yealink di pejabat pakai TCP, di belakang NAT. Sejak RST mode on, registration hilang setiap beberapa minit.
Talipon yang public IP ok ja.`),
    nat(`Softphone staff di rumah (Zoiper, TCP) inda dapat register lagi lapas update RST hari Isnin. Router rumah semua NAT.`),
    nat(`SS_TCP_CLOSE_RESET="On" kami set untuk kurangkan TIME_WAIT,
tapi sekarang extension di cawangan Seria belakang NAT unregister. Macamana ni?`),
    nat(`Lapas team kamu tune server minggu lapas, talipon Grandstream TCP di kadai-kadai (semua belakang router rumah)
selalu offline. Yang UDP inda apa.`),
    nat(`reg status extension 4001-4030: unregistered. Semua belakang TP-Link NAT, transport TCP.
Setting baru RST On dari pukul 3ptg tadi.`),
    nat(`Masalah baru bah: RST sudah on, TIME_WAIT turun, tapi talipon NAT kami jadi unregistered 🙃 Kamu boleh check kah?`),
    nat(`Talipon di Bangar (NAT, SIP TCP) hilang register setiap 2-3 minit sejak kami enable RST mode.
Keepalive sudah set 20s, sama jua.`),
    nat(`Awda, sejak hari Khamis lapas perubahan RST, softphone Bria staff kami yang pakai TCP/TLS dari rumah inda register.
Router rumah kali?`),
    nat(`Extension dari MikroTik cawangan semua offline lepas reparse softswitch dengan RST on.
Log VOS: "REGISTER timeout from 10.x behind NAT". UDP ok, TCP ja kana.`),
  ],
  firewallRst: [
    fw(`SS_TCP_CLOSE_RESET On ކުރީމަ ފެށިގެން ކޯލްތައް ފެއިލްވޭ.
FortiGate ލޮގުގައި "no session matched"، RST ޕެކެޓުތައް ޑްރޮޕް ކުރޭ. ފަޔަރވޯލް ހުރީ ސާވަރާއި ޓްރަންކާ ދެމެދު`),
    fw(`RST އޮން ކުރީމަ TCP ކަނެކްޝަންތައް ނުނިމިގެން ހުރޭ. pfSense ގައި state table ފުރިފަ. ލޮގުގައި "TCP:R" ބްލޮކް.
ކޯލްތައް ހެންގްވޭ`),
    fw(`iptables ގައި INVALID DROP ކައުންޓަރު ވަރަށް އަވަހަށް އަރަނީ RST ބަދަލުގެ ފަހުން:
  8123  412K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
ކޯލް ކެނޑެނީ ނުވަތަ ހުއްޓެނީ`),
    fw(`ކުރީ ހަފުތާ ތިޔަ ޓީމުން ސޮފްޓްސްވިޗްގައި ބަދަލެއް ގެނައީމަ ފެށިގެން ASA އިން
"%ASA-6-106015: Deny TCP (no connection) ... flags RST" ލޮގުތައް ފެނޭ، ކޯލްތަކުގެ 10% ފެއިލް`),
    fw(`ސާވަރުގައި RST މޯޑް ހުޅުވީމަ SBC ފަހަތުގައި ހުރި ކެރިއަރަށް ދާ ކޯލްތައް ހެންގްވެ 32 ސިކުންތުން ކެނޑޭ.
SBC އިން RST ޕެކެޓް ފާސްނުކުރާ ކަމަށް ހީވަނީ`),
    fw(`RST on kurumun fahun FortiGate in RST packet drop kuranee,
log gai "Denied by forward policy check" / "no session matched". call thah hang vany, BYE ves nudhey`),
    fw(`conntrack -L | grep 5060 | wc -l = 18k, ESTABLISHED in. call nimunas session hus nuvey.
RST mode hulhuvaifi 3 dhuvas kurin. iptables gai INVALID drop rule eh huri`),
    fw(`pfSense ge firewall log gai "Default deny rule ... TCP:R" 100 gina feneyne SIP trunk aa gulhey gothun.
SS_TCP_CLOSE_RESET On kuri fahun call fail rate 15%`),
    fw(`eba team in iyye kuri change ge fahun calls baeh fail vany.
firewall (Sophos XG) gai invalid TCP packet drop log bodu vefa. RST aa gulhunee ey?`),
    fw(`RST=On kuri fahun carrier SBC ge session thah stuck vegen huri, aa INVITE thah fail vany.
capture gai RST fonuvaa ekamaku SBC ah nufenunu. fw in drop kohfa ehves`),
    fw(`Maun, depois liga SS_TCP_CLOSE_RESET=On, chamadas falha liu trunk TCP.
Log FortiGate hatudu pakote RST hotu "no session matched" drop.`),
    fw(`Hafoin modu RST, chamada balun "hang" no la remata. iptables INVALID DROP counter sa'e makaas:
Chain INPUT (policy ACCEPT)
 pkts bytes target prot opt in out source    destination
15233  610K DROP   all  --  *  *   0.0.0.0/0 0.0.0.0/0   ctstate INVALID`),
    fw(`ASA iha entre VOS no operador. Desde ami ativa RST:
%ASA-6-106015: Deny TCP (no connection) from 203.0.113.7/5060 to 10.1.1.20/39412 flags RST on interface outside
Chamadas falha.`),
    fw(`Koneksaun TCP iha pfSense sira nafatin ESTABLISHED maski chamada remata ona, desde ita liga RST. State table to'o 80%.
Chamada foun falha.`),
    fw(`Bondia, chamada sira liu firewall Fortinet "freeze" hafoin ami muda SS_TCP_CLOSE_RESET ba On.
Teste direta sem firewall la'o di'ak.`),
    fw(`tuku 14:00 ami aplika RST mode. Desde tuku 14:10 chamada ba trunk Telkomcel (liu SBC AudioCodes) falha 30%.
SBC log: "packet dropped: invalid TCP state".`),
    fw(`Maun, ita-nia ekipa muda buat ruma iha softswitch semana ne'e?
Firewall ami nian (iptables + conntrack) hahú drop pakote RST barak, no chamada balun la konekta.`),
    fw(`conntrack -L hatudu koneksaun 5060 rihun 20 ho status ESTABLISHED, maski tráfiku menus.
Hafoin RST On, firewall la simu RST, entaun sessaun hela nafatin. Chamada foun falha.`),
    fw(`Problema foun: chamada hotu ne'ebé liu FortiGate iha Dili para iha segundu 30 ka la liga.
Molok liga RST la iha problema. Log: "action=deny ... tcp flags=RST".`),
    fw(`Ami nia firewall stateful drop pakote RST hosi VOS (INVALID), tanba ne'e chamadas hang.
Problema komesa kedas hafoin SS_TCP_CLOSE_RESET=On.`),
    fw(`Bos, lepas enable RST mode, call ke trunk (melalui FortiGate) banyak gagal.
Log FortiGate: "no session matched" untuk paket RST.`),
    fw(`Sejak SS_TCP_CLOSE_RESET On, session TCP di pfSense inda tutup, state table penuh, call baru hang.
Log tunjuk TCP:R blocked.`),
    fw(`iptables kami drop banyak paket INVALID lepas perubahan RST:
DROP  all  --  0.0.0.0/0  0.0.0.0/0  ctstate INVALID  (pkts 22k)
call kadang-kadang inda connect.`),
    fw(`Cisco ASA log penuh "%ASA-6-106015: Deny TCP (no connection) ... flags RST".
Mula lepas kamu ubah setting RST di VOS samalam. Call gagal 20%.`),
    fw(`Lapas team kamu tune server untuk TIME_WAIT, call melalui firewall pejabat HQ selalu hang.
Firewall log tunjuk RST didrop sebab inda ada session.`),
    fw(`Call putus-putus dan ada yang hang sampai timeout sejak RST on. Firewall Sophos kami log "Invalid TCP packet dropped".
Kalau bypass firewall, ok.`),
    fw(`SBC kami (Ribbon) inda terima RST dari VOS, session stuck. Mula sejak SS_TCP_CLOSE_RESET ditukar ke On.
Call baru dapat 503.`),
    fw(`conntrack penuh dengan session SIP TCP ESTABLISHED yang sepatutnya sudah tutup.
Lapas RST on, firewall inda nampak FIN, RST pula kana drop. Call gagal masa peak.`),
    fw(`Bah, sejak 11pm samalam (masa reparse dengan RST=On), call ke DST trunk lalu firewall gagal.
tcpdump di firewall nampak RST masuk tapi inda keluar ke sisi trunk.`),
    fw(`Firewall kami drop RST sebagai INVALID state, jadi call hang selepas RST mode diaktifkan.
Perlu tambah rule allow RST untuk 5060/TCP kah atau off balik RST?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning127Set: readonly EvalItem[] = Object.values(tuning127Families).flat();
