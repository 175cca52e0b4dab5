import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, resellers and call-centre technicians in Punjab (India and Pakistan) and the Punjabi
 * diaspora in the UK and Canada, typing fast on WhatsApp in Romanised Punjabi, Gurmukhi or Shahmukhi
 * mixed with English terms ("sat sri akal paaji", "nahi chal reha", "ki karie", "band ho gaya", "kithe",
 * "ਕੱਲ੍ਹ", "شکریہ"), some with pasted log lines or command output.
 *
 * The hundred-and-fifth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written as
 * the hundred-and-fifth never-tuned set, before the forty-sixth round of rules by someone who had read
 * only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in
 * view; measured as such before and after the forty-sixth round, then made tuning material for the
 * forty-seventh: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 75.6 %, negatives confident 5.9 %, confident wrong
 * 0 % with the rules of the forty-fifth round, and the same after the forty-sixth.
 */
export const tuning105Families = {
  oneListeningPort: [
    no(`sat sri akal paaji, nginx start nahi ho reha VOS wale server te. error aa reha:
nginx: [emerg] bind() to 10.10.0.4:80 failed (98: Address already in use)
lagda httpd pehlan hi 80 te baitha, ki karie?`),
    no(`ਪਾਜੀ mysql ਸਟਾਰਟ ਨਹੀਂ ਹੋ ਰਿਹਾ, ਲੌਗ ਵਿੱਚ ਆ ਰਿਹਾ "Can't start server: Bind on TCP/IP port: Address already in use" ਤੇ "Do you already have another mysqld server running on port: 3306 ?" ਕੱਲ੍ਹ ਰੀਬੂਟ ਕੀਤਾ ਸੀ, ਹੁਣ ਦੂਜਾ mysqld ਕਿੱਥੋਂ ਆ ਗਿਆ?`),
    no(`bhai jan docker run karan lageya te error aanda "Bind for 10.0.3.7:8080 failed: port is already allocated". pehlan wala container band nahi hoya shayad, kiwen pata kariye kehra container 8080 pakad ke baitha?`),
    no(`veer laptop te npm start kita te Error: listen EADDRINUSE: address already in use :::3000 aa gaya. billing panel da frontend bana reha haan, kal chal reha si aj nahi chal reha`),
    no(`VOS da web portal nahi khul reha paaji, tomcat de log ch java.net.BindException: Address already in use: JVM_Bind <null>:8080. kise ne jenkins vi ose server te install kar ditta si kal`),
    no(`asterisk install kita si testing layi same box te, hun asterisk keh reha "Unable to bind to 10.20.0.5:5060" — mbx3000 pehlan hi 5060 te aa. ki karie, asterisk nu 5070 te kar dayie?`),
    no(`السلام علیکم بھائی جان، snmpd سٹارٹ نہیں ہو رہیا، error: "Error opening specified endpoint udp:161" آؤندا۔ lsof کیتا تے پرانا snmpd process اجے وی چل رہیا اے۔ کی کریے؟`),
    no(`redis-server uth nahi reha: "Could not create server TCP listening socket *:6379: bind: Address already in use". paaji eh CDR wala cache a, server te pehlan koi hor redis chal reha lagda`),
    no(`laravel di reseller panel local te chalauni si, php artisan serve keh reha "Failed to listen on localhost:8000 (reason: Address already in use)". mere laptop te koi hor cheez baithi? windows te kithe check karan`),
    no(`XAMPP ch Apache start nahi hunda, keh reha Port 80 in use by "Unable to open process" with PID 4! windows laptop a, kal ton eh hi haal. sade billing demo layi chahida si`),
    no(`ਕਾਮੇਲੀਓ ਨੂੰ VOS ਦੇ ਅੱਗੇ ਲਾਉਣਾ ਸੀ ਪਰ ਸਟਾਰਟ ਕਰਨ ਤੇ: ERROR: <core> udp_init(): bind(4, 10.0.0.5:5060): Address already in use. ਓਸੇ ਬਾਕਸ ਤੇ VOS 5060 ਵਰਤ ਰਿਹਾ, ਹੁਣ ਕੀ ਕਰੀਏ`),
    no(`postgres 5432 te bind nahi ho reha: could not bind IPv4 address "10.1.1.9": Address already in use — HINT: Is another postmaster already running on port 5432? reports wala server a, monitoring layi. dasso paaji`),
    no(`rsyslog nu UDP 514 te gateways de logs receive karne si, par keh reha "Could not create udp listener, ignoring port 514". journalctl ch dikhda ke syslog-ng pehlan hi 514 te baitha. dohan vichon ik band karna paina?`),
    no(`webmin install kita CentOS 6 te, start nahi hunda "Failed to bind to port 10000 : Address already in use". purana miniserv process lagda ajje zinda a. kill kar dayie?`),
    no(`yaar grafana 3000 te nahi uth reha, log: "listen tcp :3000: bind: address already in use". baad ch pata lagga sade dev munde ne osse server te apni node app chadd rakhi si`),
    no(`پاجی provisioning لئی tftp سرور چلانا سی، in.tftpd کہندا "cannot bind to local IPv4 socket: Address already in use" — پورٹ 69 تے xinetd پہلاں ای بیٹھا اے۔ دونوں اکٹھے نہیں چل سکدے؟`),
    no(`docker compose up kita freeswitch da, error: "driver failed programming external connectivity on endpoint fs1: Bind for 10.0.3.1:5060 failed: port is already allocated". host te pehlan hi VOS 5060 te a. container nu 5080 te map kar lavan?`),
    no(`sada CDR API (spring boot) restart ton baad nahi uth reha:
***************************
APPLICATION FAILED TO START
***************************
Description: Web server failed to start. Port 8081 was already in use.
purana java process kill nahi hoya lagda. ki kariye`),
    no(`ਵੀਰ ਜੀ VOS ਦਾ ਵੈੱਬ ਮੈਨੇਜਰ ਖੁੱਲ੍ਹਦਾ ਨਹੀਂ, httpd restart ਕਰਨ ਤੇ "(98)Address already in use: make_sock: could not bind to address [::]:80" ਆਉਂਦਾ। ਮੁੰਡੇ ਨੇ ਕੱਲ੍ਹ nginx ਵੀ ਪਾ ਦਿੱਤਾ ਸੀ ਓਸੇ ਸਰਵਰ ਤੇ`),
    no(`ntpd start nahi ho reha CentOS 7 te: "unable to bind to wildcard address - another process may be running - EXITING". chronyd vi chal reha si. time galat hon karke CDR de timestamp gadbad ho gaye`),
    no(`httpd band ho gaya te dobara start nahi hunda, port 80 busy dasda. kon baitha oh kiven dekhan?`),
    no(`mongod: "Failed to set up listener: SocketException: Address already in use" 27017 te. eh sirf reporting wala VM a, VOS ton alag. paaji koi shortcut?`),
    no(`openvpn server restart kita, log ch "TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use". remote support layi chahida si. do instance chal rahe ne shayad`),
    no(`bro main Brampton ton, laptop te vite dev server \`npm run dev\` karda haan te "Port 5173 is in use" aunda fir EADDRINUSE. reseller portal di UI bana reha. eh VOS nal related nahi, bas dass do kihda process ae`),
    no(`Birmingham office ch ik hor SIP proxy (opensips) lagauna si TLS layi 5061 te, par bind error "Address already in use" aunda kyunki purane opensips da zombie process 5061 te baitha. kiven saaf karan`),
    no(`بھائی squid نہیں چل رہیا، "commBind: Cannot bind socket FD 12 to [::]:3128: (98) Address already in use"۔ کل سرور ری سٹارٹ کیتا سی۔ کوئی حل دسو`),
    no(`jenkins.war chalaya 8080 te, "java.net.BindException: Address already in use" — ose port te VOS web interface wala tomcat a. jenkins da port badalna paina ya tomcat da?`),
  ],
  otherRegistrationCause: [
    no(`paaji aj sare phone unregistered dikha rahe, VOS ch register attempts te 401 Unauthorized aa reha. kal admin ne account passwords badle si, phones ch purane hi paye ne. ki karie, ik ik phone ch jana paina?`),
    no(`ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਸਾਡੇ ਦਫ਼ਤਰ ਦੇ 12 ਫੋਨ ਸਵੇਰ ਤੋਂ ਰਜਿਸਟਰ ਨਹੀਂ ਹੋ ਰਹੇ। ਰਾਤ ਨੂੰ ਬਿਜਲੀ ਗਈ ਸੀ ਤੇ PoE ਸਵਿੱਚ ਦੀ ਲਾਈਟ ਹੀ ਨਹੀਂ ਜਗਦੀ। ਫੋਨਾਂ ਦੀ ਸਕਰੀਨ ਵੀ ਕਾਲੀ ਆ`),
    no(`bhai jan sade trunk provider ne IP change kar ditta, hun gateway register nahi hunda. purana 203.0.113.20 si, navaan 203.0.113.45. routing gateway ch IP update karna paina?`),
    no(`VOS da license expire ho gaya lagda, login te "license expired" aunda te koi vi phone register nahi ho reha. renew kithe karna?`),
    no(`اسلام علیکم، ساڈے سارے ایکسٹینشن ان رجسٹرڈ نیں۔ انٹرنیٹ صبح توں بند اے، PTCL والے کہندے لائن خراب اے۔ کی ایہہ ایس لئی اے؟`),
    no(`Zoiper ch 403 Forbidden aunda register karde waqt. customer de account di expiry date langh gayi si, balance vi zero. unregistered da reason eh hi a na?`),
    no(`sip domain da DNS record badlia si kal, ajj Grandstream phones register nahi ho rahe, screen te "DNS lookup failed". TTL wala masla lagda? purane IP te hi atke ne`),
    no(`ਇੱਕ ਫੋਨ ਹੀ unregistered ਆ, ਬਾਕੀ ਸਾਰੇ ਠੀਕ। ਕੇਬਲ ਚੈੱਕ ਕੀਤੀ ਤਾਂ ਕਲਿੱਪ ਟੁੱਟੀ ਹੋਈ ਸੀ। ਨਵੀਂ ਕੇਬਲ ਲਾਵਾਂ ਜਾਂ ਕੁਝ ਹੋਰ ਵੀ ਦੇਖਣਾ?`),
    no(`assi sirf UDP 5060 varatde haan, TCP kade enable nahi kita. kal ISP ne router badal ke navaan ditta te ohde baad 8 phones unregistered. phones di range vi badal gayi 192.168.1.x ton 192.168.0.x`),
    no(`mere ik reseller da account VOS ch expiry date te set si, aj 1 tarikh ton ohde sare clients di registration fail. log ch "Account expired". extend kiven kariye`),
    no(`bhai loadshedding karke UPS vi mukk gaya si, gateways band ho gaye. light aayi te ik GoIP register ho gaya par dooja nahi ho reha, display te "No network". LAN wala masla lagda`),
    no(`paaji navaan phone configure kita Yealink T31, register failed. log:
REGISTER sip:10.20.0.5 SIP/2.0
<-- SIP/2.0 401 Unauthorized
<-- SIP/2.0 403 Forbidden
auth id te password dubara copy kita par same. galti kithe?`),
    no(`asi VOS server da IP badlia 10.10.1.10 ton 10.10.1.20, hun softphones purane IP te hi register try kar rahe. ik ik user nu dasna paina ya DNS name de dayie?`),
    no(`Surrey office wich aj ethernet switch sad gaya, dhuaan di smell aayi 😅. ohde naal jo 6 phones jude si sab unregistered. switch badalna hi paina na, koi server side setting ta nahi?`),
    no(`ਗਾਹਕ ਦਾ DDNS ਨਾਂ ਅੱਪਡੇਟ ਨਹੀਂ ਹੋਇਆ, ਉਹਦਾ ਪਬਲਿਕ IP ਬਦਲ ਗਿਆ ਤੇ ਸਾਡੇ ਪਾਸੇ ਗੇਟਵੇ ਔਫਲਾਈਨ ਦਿਖਦਾ। ਰਜਿਸਟਰ ਨਹੀਂ ਹੁੰਦਾ, ਕੀ ਕਰੀਏ?`),
    no(`yaar poore area di fiber kat gayi construction karke, sade 40 clients offline te unregistered. eh VOS da masla ta nahi na? ISP keh reha kal tak theek ho jau`),
    no(`پاجی PoE سوئچ دی اک پورٹ سڑ گئی، اوس تے لگا فون ان رجسٹرڈ سی۔ دوجی پورٹ تے لایا تے رجسٹر ہو گیا۔ فیر وی پچھنا سی، ہور کجھ چیک کرنا؟`),
    no(`Leicester wale shop da phone unregistered si, gall kiti te pata lagga adapter hi nahi lagga hoya, munde ne plug kadh ke mobile charger la ditta 🤦. bas confirm karna, server te sab thik dikhda na?`),
    no(`navein server te accounts migrate kite, par passwords export ch nahi aaye, sab users 401 de rahe te phones unregistered. VOS ch bulk ch password reset kiven hunda?`),
    no(`network wale ne voice layi VLAN badal ditte, hun phones nu DHCP ton IP nahi mil reha, "network unavailable". sada setup sirf UDP ae, TCP use hi nahi karde. phones unregistered ne`),
    no(`paaji VOS de licence ch 500 registrations si, 501va phone register nahi hunda te error aunda. licence vadhauna paina ki?`),
    no(`customer ne khud apne softphone ch password badal ditta, hun MicroSIP "Registration failed 401" dinda. assi server te purana hi rakhya. dono ik kar dayie?`),
    no(`assalam o alaikum, office da internet 2 ghante band si, hun wapis aa gaya par 3 phones ajje vi unregistered. phones reboot kariye ya server side kuch karna?`),
    no(`ਟਰੰਕ ਵਾਲੇ ਨੇ ਦੱਸਿਆ ਕਿ ਸਾਡਾ ਅਕਾਊਂਟ ਬਿੱਲ ਨਾ ਭਰਨ ਕਰਕੇ suspend ਹੋ ਗਿਆ, ਇਸ ਲਈ registration ਤੇ 403 ਆ ਰਹੀ। ਬਿੱਲ ਭਰ ਦਿੱਤਾ, ਕਿੰਨੀ ਦੇਰ ਲੱਗੂ?`),
    no(`ik phone factory reset ho gaya, kise ne galti naal button dab ditta, sari config gayi. unregistered ta hona hi si 😂 provisioning URL kithe paundi a?`),
    no(`Dinstar gateway da WAN IP badal gaya, ISP ne dynamic de ditta, te VOS ch gateway IP naal mapped si. hun calls te registration dono reject. static IP laina paina ya register mode ch kar dayie?`),
    no(`سلام بھائی، چوہیاں نے دفتر دی LAN تار کٹ دتی 😡 تنّ فون ان رجسٹرڈ۔ تار بدلن توں بعد وی اک نئیں ہو رہیا، اوہدی پاور LED وی بند اے`),
  ],
  smallFigures: [
    no(`paaji ss -s chalaya, TIME_WAIT 214 dikha reha. raat de 2 vaje ne, server khali a. eh normal a na?`),
    no(`TIME_WAIT ਕੀ ਹੁੰਦਾ ਪਾਜੀ? netstat ਵਿੱਚ ਬਹੁਤ ਸਾਰੀਆਂ ਲਾਈਨਾਂ TIME_WAIT ਵਾਲੀਆਂ ਦਿਸਦੀਆਂ, ਕੋਈ 150 ਕੁ। ਕੋਈ ਖਤਰਾ ਤਾਂ ਨਹੀਂ?`),
    no(`SS_TCP_CLOSE_RESET ki karda exactly? manual ch padhya par samajh nahi aaya. On karan naal ki fark painda?`),
    no(`bhai jan RST enable karni chahidi ya nahi? sada traffic 20-30 CPS a, koi masla nahi aa reha, bas puchna si best practice ki a`),
    no(`default ip_local_port_range kinni hundi CentOS 7 te? sade te 32768 60999 dikha reha, thik a?`),
    no(`ਸਰਵਰ ਤੇ ss ਕਮਾਂਡ ਨਹੀਂ ਹੈ (CentOS 5 ਆ), TIME_WAIT ਕਿਵੇਂ ਗਿਣੀਏ? ਸਿਰਫ਼ ਚੈੱਕ ਕਰਨਾ ਸੀ, ਕੋਈ ਖਰਾਬੀ ਨਹੀਂ`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     41 ESTABLISHED
    312 TIME_WAIT
     12 LISTEN
eh theek lagda? 180 phones ne te shaam da time a`),
    no(`پاجی tcp_tw_reuse کی کردا اے؟ کی ایہنوں 1 کرنا محفوظ اے NAT والے فوناں نال؟ صرف سوال اے، کوئی مسئلہ نہیں`),
    no(`reparse te restart ch ki fark a? softswitch.conf ch ik cheez badalni hove ta calls drop ta nahi hongian?`),
    no(`CentOS 6 te sysctl.d kam karda ke nahi? settings persist kiven kariye, ik dost ne dassya oh ignore hunda`),
    no(`softswitch.conf kithe hundi a VOS3000 2.1.6 ch? bas dekhna si SS_TCP_CLOSE_RESET di value ki set a`),
    no(`aj health check kita: load 0.3, TIME_WAIT 87, ESTABLISHED 60, memory 40%. sab vadiya na? monthly report layi puchya`),
    no(`quick one paaji — ss -s ch "timewait 430/0" da ki matlab? 430 zyada ta nahi 150 extensions layi?`),
    no(`ਪਾਜੀ RST ਤੇ FIN ਵਿੱਚ ਫ਼ਰਕ ਸਮਝਾ ਦਿਓ ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ, ਨਵੇਂ ਮੁੰਡੇ ਨੂੰ ਸਿਖਾਉਣਾ ਹੈ`),
    no(`TIME_WAIT kinni der rehnda linux te? 60 second? sanu 2-3 sau dikhde, thode time baad aap hi ghat jande`),
    no(`ss -s output bhej reha, dass do ok a ki nahi:
Total: 512 (kernel 540)
TCP:   186 (estab 94, closed 61, orphaned 0, synrecv 0, timewait 58/0), ports 0
sade kol peak 25 CPS a`),
    no(`بھائی جان TLS تے RST دا کی تعلق اے؟ close_notify بارے پڑھیا سی، سمجھ نئیں آئی۔ ساڈے کول TLS ہے ای نئیں، بس علم لئی`),
    no(`SIP UDP te TCP vich kehda vadiya a VOS layi? asi navaan setup kar rahe haan, sirf jaanna si`),
    no(`paaji sysctl -a | grep tw_reuse ch 0 aunda. default eh hi hunda? jad tak koi masla nahi, badalna zaroori ta nahi?`),
    no(`koi script hai jo roz TIME_WAIT da count email kar deve? sirf monitoring layi, hale tak count 100-200 hi rehnda`),
    no(`ਕਿੰਨੇ TIME_WAIT ਹੋਣ ਤਾਂ ਚਿੰਤਾ ਕਰੀਏ? ਹੁਣ 90 ਕੁ ਨੇ। ਹੱਦ ਕੀ ਆ?`),
    no(`"service mbx3000d reparse" chalan te kuch output nahi aaunda, eh normal a? koi setting nahi badli si, bas test kita`),
    no(`hey paaji, Mississauga ton. ss -tan state time-wait | wc -l = 276. veervaar dupehar, normal load. theek a ya tune kariye?`),
    no(`net.ipv4.tcp_fin_timeout kinna rakhna chahida? hun 60 a. kuch kharab nahi, bas company ch audit chal reha`),
    no(`ki VOS ch SIP over TCP by default on hunda? phones sare UDP te ne, bas check karna si kithon dekhiye`),
    no(`netstat -s وچ "resets sent" 12 دکھا رہیا، ایہہ کی اے؟ ٹھیک اے نا؟`),
    no(`ephemeral port ki hunde paaji? training ch suneya si par samajh nahi aaya, 1024 ton 65535 wala range?`),
  ],
  firewallNoRst: [
    no(`paaji iptables ch 5060 kholna, kehri rule pauni? navaan trunk aa reha 198.51.100.7 ton, ohnu whitelist karna`),
    no(`fail2ban ਨੇ ਸਾਡੇ ਆਪਣੇ ਦਫ਼ਤਰ ਦਾ IP 203.0.113.14 ਬੈਨ ਕਰ ਦਿੱਤਾ, ਵੈੱਬ ਪੈਨਲ ਨਹੀਂ ਖੁੱਲ੍ਹਦਾ। ਅਨਬੈਨ ਕਿਵੇਂ ਕਰੀਏ ਤੇ ignoreip ਕਿੱਥੇ ਪਾਈਏ?`),
    no(`bhai jan customer de TP-Link router ch SIP ALG on si, one way audio aa reha si. ALG band kiti te audio theek. koi hor router setting vi band karni?`),
    no(`FortiGate ch geo-blocking launi a, sirf Pakistan te UAE ton SIP allow karna baaki country block. policy kiven banayie?`),
    no(`pfSense ch port forward kita 5060 UDP 192.168.10.5 nu par bahar ton calls andar nahi aundian. NAT rule te firewall rule dono chahide?`),
    no(`ASA te ACL ne 5060 block kita hoya, show access-list ch deny te hits aa rahe. permit rule upar kiven pauni? trunk 198.51.100.33 a`),
    no(`پاجی RTP پورٹس 10000 توں 20000 تک firewall وچ کھولنے نیں، firewalld دی کمانڈ دسو۔ آواز اک پاسے آؤندی اے`),
    no(`CSF firewall ne update ton baad VOS web port 8080 block kar ditta. csf.conf ch TCP_IN ch add karna paina?`),
    no(`MikroTik te dst-nat banauna 5060 te RTP layi, server andar 192.168.88.10 a. export bhej reha:
/ip firewall nat add chain=dstnat dst-port=5060 protocol=udp action=dst-nat to-addresses=192.168.88.10
thik a?`),
    no(`sip scanner bahut aa rahe ne "friendly-scanner" user agent wale, iptables naal string match la ke block kiven kariye?`),
    no(`ਸਾਡੇ ਕਲਾਇੰਟ ਨੇ ਆਪਣਾ ਨਵਾਂ IP ਭੇਜਿਆ 198.51.100.90, ਉਹਨੂੰ ਵਾਈਟਲਿਸਟ ਕਰਨਾ। ਪਹਿਲਾਂ ਵਾਲਾ ਹਟਾ ਦੇਈਏ?`),
    no(`kal raat fail2ban ne asterisk jail ch 300 IPs ban kite, par sada VOS a, jail sahi kam kar rahi? log path ki dena`),
    no(`paaji Wolverhampton wale client de BT router ch port forwarding nahi ho rahi, 5060 forward kita par SIP ALG wala option kithe lukya hoya? labh nahi reha`),
    no(`iptables -L ch dekhya ik rule "DROP udp -- anywhere anywhere udp dpt:5060" pehlan ton paya hoya, kise ne testing layi paya si lagda. eh hataun naal registration wapas aa jau?`),
    no(`FortiGate ch SIP session helper disable karna ki? vendor keh reha ALG band karo. config system session-helper ch delete kar dayie?`),
    no(`بھائی جان ساڈے سرور تے چین تے روس توں بڑے register attempt آ رہے، iptables وچ geo-IP نال بلاک کرنا اے۔ ipset ورتاں؟`),
    no(`pfSense ch whitelist layi alias banauna, 15-20 carrier IPs ne. ik ik rule lavan ya alias vadiya?`),
    no(`sophos XG ch WAN ton 5060 allow kita par fir vi trunk de OPTIONS da jawab nahi aunda. kithe dekhan ke packet pahunchda ya nahi? tcpdump?`),
    no(`web panel sirf office IP 203.0.113.50 ton khulna chahida, baki sab block. iptables rule dasso 80 te 8080 layi`),
    no(`ਪਾਜੀ ਰਾਊਟਰ ਵਿੱਚ VOS ਲਈ DMZ ਲਾ ਦੇਈਏ? ਜਾਂ ਸਿਰਫ਼ ਪੋਰਟ ਫਾਰਵਰਡਿੰਗ ਕਾਫੀ? ਸੁਰੱਖਿਆ ਦਾ ਡਰ ਆ`),
    no(`ssh port 22 band karke 2222 kholna firewalld ch. fail2ban di sshd jail vi update karni paini?`),
    no(`iptables ch conntrack sip helper (nf_conntrack_sip) load hoya hoya, kise ne keha eh vi ALG wangu gadbad karda. unload kar dayie? sada sab UDP a`),
    no(`Canada office ch Ubiquiti EdgeRouter a, 5060 te 10000-20000 port forward karne ne. hairpin NAT vi chahidi? ik dost ne keha si`),
    no(`ASA te static NAT banaya 10.1.1.5 nu public 203.0.113.8 te, par bahar ton ping vi nahi jaanda. ACL ch icmp allow kariye?`),
    no(`سلام، فائروال وچ اک رول لانا جیہڑا اک IP توں منٹ وچ 20 توں ودھ INVITE نہ آن دیوے۔ hashlimit ٹھیک رہے گا؟`),
    no(`paaji firewall ch galti naal apna hi IP block kar baitha, hun ssh nahi hunda 😭 console ton kiven khol ke rule hatavan`),
    no(`iptables rules save kiven kariye CentOS 6 te? reboot ton baad saare whitelist rules gayab ho jande`),
  ],
  negationContext: [
    no(`paaji asi SIP layi sirf UDP vartde haan, TCP kithe vi on nahi. SS_TCP_CLOSE_RESET on karan da sanu koi faida? ya koi nuksan?`),
    no(`RST ta off hi a sade softswitch.conf ch (SS_TCP_CLOSE_RESET="Off"), fir vi kuch phones kal ton unregistered ne. haan kal passwords badle si`),
    no(`ਕਿਸੇ ਨੇ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ, ਨਾ RST ਨਾ ਫਾਇਰਵਾਲ, ਬੱਸ ਇੰਟਰਨੈੱਟ ਗਿਆ ਸੀ ਤੇ ਹੁਣ ਸਭ ਵਾਪਸ ਠੀਕ ਆ। ਸਿਰਫ਼ ਦੱਸ ਰਿਹਾ ਸੀ`),
    no(`pichle saal ik vaari sade server te peak te 30 hazaar TIME_WAIT ho gaye si, tusi RST on karwa ditti si te sab theek. aj bas yaad aaya, hun koi masla nahi, thanks dubara 🙏`),
    no(`mere ik dost da server a Lahore ch, ohne RST on kiti te ohde Mikrotik wale phones unregistered ho gaye. mainu bas curiosity a, sada setup ta sab UDP a te theek chal reha`),
    no(`kal naven technicians di training a, ohna nu dikhauna ke FortiGate RST drop kare ta ki hunda. koi lab setup da tarika? real server te kuch nahi chhedna`),
    no(`agle mahine RST mode on karan da plan a, pehlan puchna si NAT wale phones te koi asar ta nahi painda? hun sab normal chal reha`),
    no(`peak te TIME_WAIT 1200 a, CPS sirf 15. port range ch 28000 ton upar free ne. eh theek a na, koi action nahi chahida?`),
    no(`بھائی جان مسئلہ حل ہو گیا اے، RST آف کر دتا سی تے فون رجسٹر ہو گئے۔ بس شکریہ کہنا سی 🙏`),
    no(`password change ton baad sab softphones 401 de rahe. RST naal koi lena dena nahi, oh ta asi kade chhedya hi nahi`),
    no(`"cannot assign requested address" wala error hun nahi aunda, tusi jo tw_reuse te port range dassi si oh kam kar gayi. ticket close kar dao`),
    no(`ਪਾਜੀ ਪਿਛਲੇ ਹਫ਼ਤੇ ਫਾਇਰਵਾਲ RST drop ਕਰ ਰਿਹਾ ਸੀ, ਉਹ ASA ਤੇ rule ਪਾ ਕੇ ਠੀਕ ਹੋ ਗਿਆ। ਹੁਣ ਕੋਈ ਸ਼ਿਕਾਇਤ ਨਹੀਂ, ਬਸ ਟਿਕਟ ਵਿੱਚ ਨੋਟ ਕਰ ਲਓ`),
    no(`interview ch puchya gaya si "RST mode on karan naal NAT phones kyon unregistered hunde?" mainu jawab nahi aaya. samjha do please, kise server da masla nahi`),
    no(`customer keh reha calls drop hundian, par asi check kita RST off hi a, vich koi firewall vi nahi, direct SIP trunk UDP te. lagda carrier side da masla`),
    no(`asi TLS use nahi karde, NAT wale phones vi koi nahi, sare IP-phones LAN te ne. RST bina dar on kar sakde haan? bas Q3 di planning kar rahe`),
    no(`پچھلے مہینے دی گل اے، FortiGate RST ڈراپ کر رہیا سی تے کالاں لٹک جاندیاں سن۔ ہن ساڈی ٹیم نے ٹھیک کر لیا۔ کیس سٹڈی لکھ رہیا، تسی ریویو کر دیو گے؟`),
    no(`softswitch.conf kise ne nahi chhedi, file di date vi 2 mahine purani a. phones unregistered si, baad ch pata lagga switch di port kharab si. hun thik`),
    no(`ik hor vendor da server a jihde naal sada interconnect a, oh keh rahe ohna da TIME_WAIT 40k a. sade server te 300 hi a. ohna nu ki salah deiye?`),
    no(`ਟੈਸਟ ਲੈਬ ਵਿੱਚ ਜਾਣ ਬੁੱਝ ਕੇ sipp ਨਾਲ TIME_WAIT ਵਧਾਏ ਸੀ, 25k ਤੱਕ ਗਏ। ਪ੍ਰੋਡਕਸ਼ਨ ਤੇ ਕੋਈ ਮਸਲਾ ਨਹੀਂ, ਬਸ ਟੈਸਟ ਸੀ। ਹੁਣ ਲੈਬ ਵਾਪਸ ਕਿਵੇਂ ਸਾਫ਼ ਕਰੀਏ?`),
    no(`RST mode nahi, asi kade on hi nahi kiti. MikroTik wale phones isliye unregistered ne kyunki ISP ne public IP badal ditta te DDNS update nahi hoya`),
    no(`pehla dar si ke firewall RST drop karda hona, par tcpdump ch RST aram naal langh rahe. asli masla codec da nikla, G729 licence khatam si`),
    no(`paaji just fyi, Southall site wala issue jo pichle hafte si (RST te NAT wala) oh tuhadi help naal resolve ho gaya. hun sab green, koi action nahi`),
    no(`TIME_WAIT 600 dikhda, par sade 40 CPS layi eh normal a, kise ne keha si tune karo. main keha jado tak calls fail nahi hundian kuch nahi chhedna. sahi soch?`),
    no(`ساڈے کول سارا SIP UDP اُتے اے، TCP بند اے۔ فیر وی کسے نے کہیا RST آن کرو تاں TIME_WAIT گھٹ ہون گے۔ کی ایہدا ساڈے تے کوئی اثر ہووے گا؟`),
    no(`calls peak te fail ho rahian si par eh port wala masla nahi si, carrier da channel limit full si. ohna ne 200 ton 400 kar ditte, hun thik`),
    no(`ik customer di shikayat si "RST on karan ton baad calls hang", par jado check kita ta RST kade on hi nahi hoi si, config file ch Off a. ohde apne PBX ch bug si`),
    no(`team layi documentation likh rahe haan: "je firewall RST drop kare ta ki symptoms hunde". koi live issue nahi. 3-4 points dass do`),
  ],
  portExhaustion: [
    pe(`paaji peak time te calls fail ho rahian, ss -s dekhya:
TCP:   31245 (estab 1870, closed 28911, orphaned 4, synrecv 0, timewait 28870/0), ports 0
raat nu sab theek chalda. ki karie?`),
    pe(`ਸ਼ਾਮ 7 ਤੋਂ 10 ਵਜੇ ਤੱਕ ਨਵੀਆਂ TCP connections ਬਣਦੀਆਂ ਹੀ ਨਹੀਂ, ਲੌਗ ਵਿੱਚ "Cannot assign requested address"। ਰਾਤ ਨੂੰ ਸਭ ਠੀਕ। CPS 300 ਤੋਂ ਉੱਤੇ ਜਾਂਦਾ ਉਦੋਂ ਹੀ ਹੁੰਦਾ`),
    pe(`bhai jan netstat ch 30 hazaar ton upar TIME_WAIT, te SIP TCP trunk te outgoing connect fail. error: connect() failed (99: Cannot assign requested address). VOS3000 CentOS 6 te`),
    pe(`پاجی رش دے ٹائم سرور نویں کنکشن نئیں بناندا، TIME_WAIT 29000 توں اُتے۔ رات نوں بالکل ٹھیک۔ کی کریے؟`),
    pe(`outgoing TCP te "address already in use" aunda jado 250+ CPS hunde. mbx3000 log:
[ERR] tcp connect to 198.51.100.12:5060 failed: Address already in use
subah sab normal. ports mukk gaye lagde`),
    pe(`ਦੁਪਹਿਰ ਵੇਲੇ ਜਦੋਂ ਟਰੈਫ਼ਿਕ ਚੜ੍ਹਦਾ, ਅੱਧੀਆਂ ਕਾਲਾਂ ਕੈਰੀਅਰ ਤੱਕ ਜਾਂਦੀਆਂ ਹੀ ਨਹੀਂ। ਰਾਤ ਨੂੰ 100% ਠੀਕ। netstat ਵਿੱਚ 27 ਹਜ਼ਾਰ ਦੇ ਕਰੀਬ ਸਾਕਟ "ਵੇਟ" ਵਿੱਚ ਫਸੇ ਦਿਸਦੇ`),
    pe(`ss -tan state time-wait | wc -l
30412
eh peak da a paaji, raat 11 vaje 900 hi hunde. te busy time te trunk naal TCP connection nahi bandi`),
    pe(`yaar ephemeral ports khatam ho rahe lagde. ip_local_port_range 32768 60999 a te TIME_WAIT 28k. peak CPS 350. kal ton customers shikayat kar rahe ke shaam nu calls nahi langhdian`),
    pe(`paaji Brampton DC wala VOS box, 6 ton 9 pm India da traffic peak te outbound SIP/TCP fail. dmesg ch kuch nahi, par ss -s ch timewait 29,800. 2am te sab clean. tuning chahidi lagdi`),
    pe(`sade java wale dialer ch jo VOS naal TCP te judda, sirf peak hours ch BindException aunda: java.net.BindException: Cannot assign requested address. TIME_WAIT 31k. dialer te VOS dono ik hi host te`),
    pe(`peak te 28k TIME_WAIT, navein calls nahi jande. help paaji`),
    pe(`السلام علیکم، ساڈا VOS شام نوں ہینگ ورگا ہو جاندا اے، کالاں ٹرنک تک نئیں جاندیاں۔ netstat -an | grep TIME_WAIT | wc -l = 30117۔ سویرے 500۔ پورٹ مک گئے لگدے`),
    pe(`ਪਾਜੀ ਇਹ ਦੇਖੋ:
Total: 33012 (kernel 33100)
TCP:   32400 (estab 2100, closed 30050, orphaned 0, synrecv 0, timewait 30011/0), ports 0
ਬੱਸ ਸ਼ਾਮ ਨੂੰ ਕਾਲਾਂ ਫੇਲ੍ਹ, ਬਾਕੀ ਦਿਨ ਠੀਕ`),
    pe(`bhai CPS 400 te jande hi "cannot bind" errors shuru, VOS log ch sip tcp transport: bind() failed for outbound. listening 5060 ta thik a, eh outgoing wale ne. raat nu nahi aunda`),
    pe(`ik cheez notice kiti, jinna traffic vadhda ohna hi calls fail, te netstat ch TIME_WAIT da dher, 25-26k. carrier naal SIP TCP a. ki eh kernel tuning wala kam a?`),
    pe(`busy hour ch server navein connection kholne band kar dinda, jivein koi limit lag gayi hove. purane chalde rehnde, navein nahi bande. 9 vaje ton baad aap hi theek`),
    pe(`Ilford wale carrier naal TCP trunk a, shukarvaar shaam de rush ch ASR 40% digg janda. ss -s: timewait 27954. shanivaar saver ASR normal. eh ports da chakkar lagda, ki kariye`),
    pe(`ਕਾਲ ਸੈਂਟਰ ਦੀ ਸ਼ਿਫ਼ਟ ਸ਼ੁਰੂ ਹੁੰਦੇ ਹੀ (9:30) ਡਾਇਲਰ 500 CPS ਮਾਰਦਾ ਤੇ ਸਾਫ਼ਟਸਵਿੱਚ "Cannot assign requested address" ਦੇਣ ਲੱਗ ਜਾਂਦਾ। TIME_WAIT 30 ਹਜ਼ਾਰ ਪਾਰ।`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
   1870 ESTABLISHED
  29314 TIME_WAIT
     14 LISTEN
paaji eh peak da a. customers nu calls "503" naal fail ho rahian`),
    pe(`پیک ٹائم تے آؤٹ گوئنگ TCP تے "Address already in use"، TIME_WAIT 28 ہزار۔ ہن کی کریے بھائی؟`),
    pe(`sade naal aj dupehar 2 vaje ton 30% calls fail. CentOS 5 te ss nahi chalda, netstat naal ginya: 31 hazaar TIME_WAIT. raat nu ta kade eda nahi hoya. jaldi dasso`),
    pe(`paaji koi kernel limit hit ho rahi lagdi. shaam nu outgoing SIP TCP sockets bande nahi, error 99 EADDRNOTAVAIL. load normal, CPU 30%. TIME_WAIT bahut zyada`),
    pe(`jado vi traffic 300 CPS ton upar janda, server "no free port" warga vyavhaar karda. sip trunk TCP te a. port range vadha dayie? ya koi hor tarika`),
    pe(`ਸਵੇਰੇ ਸਭ ਠੀਕ, ਰਾਤ 8 ਵਜੇ ਲੌਗ EADDRINUSE ਨਾਲ ਭਰ ਜਾਂਦਾ ਜਦੋਂ softswitch carrier ਨੂੰ TCP ਕਨੈਕਸ਼ਨ ਖੋਲ੍ਹਦਾ। ਕੋਈ ਹੋਰ ਸਰਵਿਸ ਪੋਰਟ ਤੇ ਨਹੀਂ ਬੈਠੀ, ਇਹ ਆਊਟਗੋਇੰਗ ਨੇ`),
    pe(`veer ji jado CPS 350 hunde, TIME_WAIT 29k tak, te VOS "create socket failed" dinda. ASR 20% te aa jandi. night shift ch koi masla nahi`),
    pe(`bhai jan sada softswitch peak te navein TCP connection nahi banda, 28,400 TIME_WAIT. raat nu bilkul theek. SS_TCP_CLOSE_RESET hale Off a. ki karna chahida`),
    pe(`ss -s
Total: 30890
TCP:   30120 (estab 1450, closed 28600, orphaned 2, synrecv 0, timewait 28590/0), ports 0
Transport Total     IP        IPv6
RAW       0         0         0
UDP       14        10        4
TCP       1520      1500      20
eh shaam 8 vaje da. calls dial te hi atak rahian`),
    pe(`ਕਾਲਾਂ ਸਿਰਫ਼ ਪੀਕ ਤੇ ਫੇਲ੍ਹ ਕਿਉਂ? ਦਿਨੇ 11-1 ਤੇ ਸ਼ਾਮ 6-9। ਹਜ਼ਾਰਾਂ TIME_WAIT ਸਾਕਟ ਦਿਸਦੇ। ਟਰੰਕ SIP TCP ਤੇ ਆ`),
    pe(`paaji eh log dekho peak da:
2024-03-11 19:42:07 sip_tcp: connect 10.50.0.8:35012 -> 198.51.100.40:5060 errno=99 (Cannot assign requested address)
2024-03-11 19:42:07 sip_tcp: connect 10.50.0.8:35012 -> 198.51.100.40:5060 errno=99
hazaran lines. 10 vaje ton baad band`),
    pe(`mere reseller de customers shaam nu keh rahe "call nahi lagdi", saver nu thik. server te dekhya TIME_WAIT 30k+, ports sare khatam. ehda pakka ilaj ki a?`),
  ],
  natUnregistered: [
    nat(`paaji kal RST mode on kita si TIME_WAIT layi, aj saver ton MikroTik de pichhe wale sare phones unregistered. TCP te ne. ki karie?`),
    nat(`ਪਾਜੀ SS_TCP_CLOSE_RESET On ਕਰਨ ਤੋਂ ਬਾਅਦ ਦਫ਼ਤਰ ਵਾਲੇ ਫੋਨ (NAT ਪਿੱਛੇ) ਵਾਰ ਵਾਰ ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਗੁਆ ਦਿੰਦੇ। 5 ਮਿੰਟ ਰਜਿਸਟਰ, ਫੇਰ ਗਾਇਬ। SIP TCP ਵਰਤਦੇ ਹਾਂ`),
    nat(`بھائی جان جدوں دا TCP reset آن کیتا، گھر والے راؤٹراں پچھے سارے softphones ان رجسٹرڈ آ رہے۔ دفتر دے LAN والے ٹھیک نیں۔ کی کریے؟`),
    nat(`Zoiper users jo ghar ton kam karde (home router NAT), oh sare "Registration failed" dikha rahe jado ton asi reset wali setting on kiti. TCP transport a. office LAN wale thik`),
    nat(`yaar peak de TIME_WAIT karke RST on kitti si, TIME_WAIT ta ghat gaye par hun client di MikroTik de pichhe wale Grandstream phones unregistered hunde rehnde. eh dono ik saath kiven?`),
    nat(`ਕੱਲ੍ਹ ਰਾਤ softswitch.conf ਵਿੱਚ SS_TCP_CLOSE_RESET="On" ਕਰਕੇ reparse ਕੀਤਾ। ਅੱਜ ਸਵੇਰ ਤੋਂ NAT ਵਾਲੇ ਗਾਹਕਾਂ ਦੇ Yealink ਫੋਨ ਔਫ਼ਲਾਈਨ। ਸਿੱਧੇ ਪਬਲਿਕ IP ਵਾਲੇ ਠੀਕ ਚੱਲ ਰਹੇ`),
    nat(`GoIP gateways jo shops te lagge ne (sab 4G router de pichhe), RST mode ton baad har 2-3 minute baad register-unregister hunde. SIP over TCP a. ki masla?`),
    nat(`jado ton connection "bina FIN" band karan wali setting on kiti, bahar wale phones di registration tutdi rehndi. sab NAT de pichhe ne, TCP te`),
    nat(`paaji Southall wale shop ch 8 extensions, sab BT hub de pichhe. mangalvaar nu server te RST enable kiti si, budhvaar ton sab red/unregistered. SIP TCP 5060. hub reboot kita kuch nahi bania`),
    nat(`پاجی SS_TCP_CLOSE_RESET On کرن توں بعد Mikrotik والے کلائنٹاں دے فون رجسٹر نئیں رہندے۔ TCP تے نیں۔ پہلاں کدی ایہہ مسئلہ نئیں سی`),
    nat(`MicroSIP users keh rahe aap hi "Unregistered" aa janda, fir 1 minute baad register, fir gayab. eh shuru hoya jado asi TCP close mode reset te kita. sare users ghar ton, home wifi router`),
    nat(`ਵੀਰ ਜੀ RST ਚਾਲੂ ਕਰਨ ਤੋਂ ਬਾਅਦ VOS ਵਿੱਚ registered users ਦੀ ਲਿਸਟ 300 ਤੋਂ 40 ਰਹਿ ਗਈ। ਬਾਕੀ ਸਾਰੇ NAT ਰਾਊਟਰਾਂ ਪਿੱਛੇ ਆ, TCP ਤੇ`),
    nat(`bhai RST on kiti te ohde baad customer de office NAT de pichhe wala Dinstar gateway unregistered. log ch:
REGISTER timeout, tcp connection reset by peer
OPTIONS no response
ki RST wapas off karni paini?`),
    nat(`ik client ne shikayat kiti ke ohde 20 phones (Tenda router NAT) sab offline. asi parson ports layi SS_TCP_CLOSE_RESET On kita si. TCP vartde ne. LAN wale theek. koi link hai?`),
    nat(`Surrey office de phones Rogers modem de NAT pichhe ne. Monday nu tusi RST mode on kita si, ohde baad ton har kuch minutan baad registration tut jandi. SIP TCP a. rollback kar dayie?`),
    nat(`ਫ਼ੋਨ ਕਦੇ ਹਰੇ ਕਦੇ ਲਾਲ। ਇਹ ਉਦੋਂ ਤੋਂ ਜਦੋਂ ਦਾ ਸਰਵਰ ਤੇ TCP ਰੀਸੈੱਟ ਵਾਲਾ ਬਦਲਾਅ ਹੋਇਆ। ਸਾਰੇ ਫ਼ੋਨ ਗਾਹਕਾਂ ਦੇ ਰਾਊਟਰਾਂ ਪਿੱਛੇ ਨੇ, TCP ਤੇ`),
    nat(`paaji, RST enable karan ton baad MikroTik wale customers da haal:
Reg status: Unregistered (408 Request Timeout)
transport=TCP
pehlan sab thik si. tusi hi dassya si RST on karo, hun ki?`),
    nat(`assi TIME_WAIT ghat karan layi RST on kiti, public IP wale trunks vadiya par NAT wale softphones hun register nahi hunde. SIP TCP. dohan da balance kiven?`),
    nat(`السلام علیکم، ساڈے ریسیلر دے سارے Zoiper یوزر (موبائل ڈیٹا تے wifi، سارے NAT پچھے) ان رجسٹرڈ ہو رہے نیں جدوں دا RST موڈ لگیا۔ TCP ٹرانسپورٹ اے`),
    nat(`RST on ton baad NAT phones unregistered, TCP. ki karie paaji`),
    nat(`Fanvil phones office NAT de pichhe (pfSense sirf NAT layi, koi rules nahi), kal ton unregistered. kal hi asi softswitch ch reset-on-close on kita si. TCP te chalde ne`),
    nat(`ਕੱਲ੍ਹ ਦੀ ਤਬਦੀਲੀ (SS_TCP_CLOSE_RESET=On) ਤੋਂ ਬਾਅਦ ਰਿਮੋਟ ਬ੍ਰਾਂਚ ਦੇ ਫ਼ੋਨ, ਜਿਹੜੇ MikroTik NAT ਪਿੱਛੇ ਨੇ, ਵਾਰ ਵਾਰ 'No Service' ਦਿਖਾਉਂਦੇ। ਹੈੱਡ ਆਫ਼ਿਸ ਵਾਲੇ ਠੀਕ`),
    nat(`bhai jan purani release ch KEY=VALUE si, asi last week SS_TCP_CLOSE_RESET=On likh ditta si. ohde baad ton ghar wale agents (home routers) de softphones register nahi rehnde. TCP a`),
    nat(`eh dekho RST on ton baad registration list da haal:
ext 2001  192.168.1.23 (NAT 203.0.113.61)  UNREGISTERED
ext 2002  192.168.1.24 (NAT 203.0.113.61)  UNREGISTERED
ext 3005  10.10.5.9   (direct)            REGISTERED
sare NAT wale gaye, TCP te ne`),
    nat(`paaji high CPS karke reset mode chalu kita si. hun jehde phones router de pichhe ne oh keepalive de bawajood drop ho rahe. TCP. NAT keepalive vadhayie ya setting wapas?`),
    nat(`ਕਸਟਮਰ ਕਹਿੰਦਾ ਉਹਦੇ Grandstream HT802 (ਘਰ ਦੇ ਰਾਊਟਰ ਪਿੱਛੇ) ਦੀ SIP ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਬਾਰ ਬਾਰ ਡਿੱਗਦੀ। ਸਾਡੇ ਪਾਸੇ ਸਿਰਫ਼ ਇਕ ਬਦਲਾਅ ਹੋਇਆ: RST ਮੋਡ ਆਨ। TCP ਵਰਤਦੇ ਹਾਂ`),
    nat(`بھائی TIME_WAIT والا مسئلہ RST نال ٹھیک ہو گیا پر ہن NAT پچھے والے فون ہتھ نئیں آندے، ان رجسٹرڈ۔ TCP اے۔ اک ٹھیک کرو تے دوجا خراب 😩`),
    nat(`Leicester shop wale Yealink phones Virgin router de NAT pichhe ne, RST on karan ton 1 ghante baad hi unregistered. TCP 5060. baaki sites jihna kol public IP a oh thik`),
    nat(`reseller keh reha ohde 150 softphone users vichon 120 unregistered. sab mobile/home NAT te. ohne puchya ki badlia, main dassya kal softswitch te RST wali TCP setting on kiti si`),
    nat(`ਪਾਜੀ MikroTik ਦੇ ਪਿੱਛੇ ਵਾਲੇ ਆਈਪੀ ਫੋਨ ਰਜਿਸਟਰ ਹੋ ਕੇ ਡਿੱਗ ਜਾਂਦੇ। ਸਰਵਰ ਤੇ ਪਿਛਲੇ ਬੁੱਧਵਾਰ ਤੋਂ TCP close reset On ਆ। ਉਸ ਤੋਂ ਪਹਿਲਾਂ ਕਦੇ ਨਹੀਂ ਹੋਇਆ`),
  ],
  firewallRst: [
    fw(`paaji RST on karan ton baad calls hang ho rahian, BYE ton baad vi call khatam nahi hundi. vich FortiGate a. lagda oh RST packets drop kar reha`),
    fw(`ਜਦੋਂ ਦਾ SS_TCP_CLOSE_RESET On ਕੀਤਾ, ਸਾਡੇ ASA ਨੇ RST packets drop ਕਰਨੇ ਸ਼ੁਰੂ ਕਰ ਦਿੱਤੇ। ਕਾਲਾਂ ਫੇਲ੍ਹ ਹੋ ਰਹੀਆਂ। ਲੌਗ: "%ASA-6-106015: Deny TCP (no connection) from 10.20.1.5/5060 to 198.51.100.9/41822 flags RST"`),
    fw(`iptables ch INVALID drop rule a, te jado ton RST mode on kita calls fail hundian. conntrack -S ch invalid counter vadhda ja reha. RST off kar dayie ya rule badalie?`),
    fw(`پاجی RST موڈ آن کرن توں بعد pfSense دے پچھے والے ٹرنک تے کالاں لٹک جاندیاں نیں۔ pfSense دے لاگ وچ RST پیکٹ بلاک دکھدے۔ کی کریے؟`),
    fw(`carrier te sade VOS de vich SBC a, RST on kiti si te hun SBC oh resets drop karda, calls half open reh jandian te channels full ho jande. SIP TCP a`),
    fw(`jado ton server nu TCP "seedha kat" wali mode te kita, FortiGate de pichhe wale carrier naal calls atak jandian. session table ch purane session latke rehnde`),
    fw(`ਪਾਜੀ ਇਹ ਦੇਖੋ iptables:
Chain INPUT (policy DROP)
 pkts bytes target  prot opt in  out  source    destination
 8812  352K DROP    all  --  *   *    anywhere  anywhere   ctstate INVALID
RST ਚਾਲੂ ਕਰਨ ਤੋਂ ਬਾਅਦ ਇਹ counter ਭੱਜ ਰਿਹਾ, ਕਾਲਾਂ ਫੇਲ੍ਹ`),
    fw(`bhai jan calls connect ho ke band nahi hundian, billing ch 2-2 ghante diyan calls aa rahian. eh oddon shuru jado RST enable kiti. sada Palo Alto vich baitha, oh RST nu drop karda lagda`),
    fw(`paaji Slough DC ch sada VOS ASA de pichhe a. mangalvaar RST on kita, ohde baad SIP TCP trunk te ~30% calls "408" naal fail. ASA logs ch TCP RST deny "no connection". ki karie?`),
    fw(`conntrack table ch SIP TCP diyan entries ESTABLISHED hi reh jandian, RST langhda hi nahi. SS_TCP_CLOSE_RESET On a. agli call same tuple te fail. iptables ch INVALID drop a`),
    fw(`بھائی جان FortiGate RST ڈراپ کر رہیا اے، اسیں TIME_WAIT لئی RST آن کیتا سی۔ ہن ادھیاں کالاں فیل۔ Forti وچ کوئی setting اے یا RST بند کریے؟`),
    fw(`ਕੱਲ੍ਹ RST ਮੋਡ ਲਾਇਆ, ਅੱਜ ਕਾਲਾਂ ਲਟਕ ਰਹੀਆਂ। ਵਿਚਕਾਰ Sophos firewall ਆ ਜਿਹੜਾ stateful ਆ। ਉਹ RST ਰੋਕ ਰਿਹਾ ਲੱਗਦਾ, ਬਾਹਰਲੇ ਪਾਸੇ tcpdump ਵਿੱਚ RST ਦਿਸਦਾ ਨਹੀਂ`),
    fw(`andar wale interface te tcpdump ch RST nikalda, par firewall de bahar wale interface te nahi dikhda. eh RST mode on karan ton baad hi. carrier side calls close nahi hundian`),
    fw(`pfSense ch default deny rule ton "TCP:R" blocked entries bhariyan payian. jado ton softswitch RST bhejda, calls fail te retransmit. ki karie paaji`),
    fw(`yaar TIME_WAIT ghat karan layi RST on kita. TIME_WAIT ta ghatt gaye par hun calls hang, ASA di state table ch connections band nahi hundian. dohan vichon ik hi theek ho sakda?`),
    fw(`RST on, firewall RST drop karda, calls fail. help`),
    fw(`ساڈا iptables conntrack RST نوں INVALID سمجھ کے ڈراپ کر دیندا اے، SS_TCP_CLOSE_RESET On توں بعد کالاں فیل ہو رہیاں۔ لاگ وچ "IN=eth0 ... RST" DROP`),
    fw(`log bhej reha:
kernel: IPT-INVALID-DROP IN=eth1 OUT= SRC=198.51.100.25 DST=10.0.0.12 PROTO=TCP SPT=5060 DPT=40122 RST
kernel: IPT-INVALID-DROP IN=eth1 OUT= SRC=10.0.0.12 DST=198.51.100.25 PROTO=TCP SPT=41230 DPT=5060 RST
eh RST on karan ton baad shuru hoya. calls fail`),
    fw(`ਫੋਰਟੀਗੇਟ ਦੇ ਪਿੱਛੇ ਵਾਲੇ SIP TCP ਟਰੰਕ ਤੇ ਕਾਲਾਂ ਕੱਟਣ ਮਗਰੋਂ ਵੀ ਚੈਨਲ ਭਰੇ ਰਹਿੰਦੇ। diagnose sys session list ਵਿੱਚ ਸੈਸ਼ਨ ਲਟਕੇ ਰਹਿੰਦੇ। RST On ਕਰਨ ਤੋਂ ਬਾਅਦ ਹੀ ਇਹ ਹੋਇਆ`),
    fw(`paaji ASA te tcp-state-bypass nahi laya hoya, te asi RST mode on kar ditta. hun calls de BYE/200 nahi pahunchde, calls latakdian. firewall team keh rahi oh RST drop kar rahe`),
    fw(`Toronto colo ch VOS de agge Juniper SRX stateful firewall a. kal raat RST enable kiti si. aj saver ton calls "no response" naal fail, SRX flow session ch RST "dropped" dikhda. ki kariye`),
    fw(`ਸਾਡਾ SBC (AudioCodes) RST ਨੂੰ ਸਹੀ ਨਹੀਂ ਲੈਂਦਾ, SS_TCP_CLOSE_RESET ਚਾਲੂ ਕਰਨ ਤੋਂ ਬਾਅਦ ਉਹ RST ਸੁੱਟ ਦਿੰਦਾ, TCP ਕਨੈਕਸ਼ਨ ਅੱਧੇ ਖੁੱਲ੍ਹੇ ਰਹਿ ਜਾਂਦੇ ਤੇ ਨਵੀਆਂ ਕਾਲਾਂ fail`),
    fw(`bhai customer da firewall strict a, RST packets te drop rule a. asi RST on kiti te ohde naal calls shuru hundian par 30 sec baad cut ya hang. ohna ne keha rule ch allow nahi karna. hun ki karie?`),
    fw(`RST آن کرن دے بعد Cisco ASA والے کسٹمر دیاں کالاں ہینگ، باقی ٹھیک۔ ASA دے لاگ وچ "Deny TCP (no connection)" RST والیاں لائناں ای لائناں`),
    fw(`jis din ton softswitch connection "abrupt" band karda (FIN di jagah), firewall de pichhe wale trunk diyan calls kade connect kade nahi. firewall stateful a te ohda log "out of state" packets naal bharya`),
    fw(`ਕਾਲ ਡਰਾਪ ਨਹੀਂ, ਕਾਲ ਹੈਂਗ! ਫ਼ੋਨ ਰੱਖ ਦੇਈਏ ਫੇਰ ਵੀ ਦੂਜੇ ਪਾਸੇ ਚੱਲਦੀ ਰਹਿੰਦੀ। RST ਮੋਡ ਤੋਂ ਬਾਅਦ ਸ਼ੁਰੂ। ਵਿੱਚ pfSense ਆ ਜਿਹੜਾ RST ਬਲਾਕ ਕਰਦਾ ਦਿਸਦਾ`),
    fw(`iptables -A INPUT -m state --state INVALID -j DROP eh rule sade te purana a. RST mode on kita te ohde baad carrier trunk te calls fail. rule hatayie ya RST wapas Off?`),
    fw(`Hayes wali site: FortiGate 100F, VOS ohde DMZ ch. RST enable ton baad calls fail te kuch hang. forward traffic log ch "deny: TCP RST out of state". kal ton eh hi haal`),
    fw(`paaji peak layi ports bachaun nu RST on kiti si, par firewall (iptables conntrack) RST nu drop karda te calls fail hon lagian. dono kiven sambhaliye?`),
    fw(`ਅੱਜ ਦਾ ਹਾਲ: RST On, MikroTik firewall ਦਾ "drop invalid" rule RST ਨੂੰ ਖਾ ਜਾਂਦਾ, SIP TCP ਟਰੰਕ ਤੇ ਕਾਲਾਂ ਕੱਟੀਆਂ ਨਹੀਂ ਜਾਂਦੀਆਂ। ਕੀ ਕਰੀਏ?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning105Set: readonly EvalItem[] = Object.values(tuning105Families).flat();
