import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * The forty-second tuning split, by family: excerpts pasted from WhatsApp group chats between a
 * reseller, their customers and their own technicians, several speakers per message (timestamps,
 * dashes, quoted replies) who ask, answer, give figures and correct each other, in English mixed
 * with Hindi, Urdu, Bangla, Spanish, Portuguese, Indonesian or Arabic; the label follows what the
 * whole thread concludes about the fault at its end.
 * Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words
 * denied or explained) and three positive families of 30 (port exhaustion, NATed phones
 * unregistered after RST mode, a stateful firewall dropping RST). Written as the forty-second never-tuned
 * set, before the twenty-seventh round of rules, by someone who had read only the playbooks' symptoms
 * and the domain notes, without the matcher, its rules or the other sets in view; measured as such
 * before and after the twenty-seventh and the twenty-eighth rounds, then made tuning material for the
 * twenty-ninth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 88.9 %, negatives confident 5.9 %, confident wrong 0 % with the rules of the
 * twenty-sixth round; 87.8 %, 5.9 % and 0 % after the twenty-seventh; 86.7 %, 5.9 % and 0 % after the twenty-eighth.
 */
export const tuning42Families = {
  oneListeningPort: [
    no(`[10:42] Ravi: nginx start nahi ho raha naye billing box pe
[10:42] Ravi: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
[10:44] Sunil (tech): us pe purana apache bhi chal raha hai. systemctl stop httpd karke dekho
[10:47] Ravi: haan httpd hi tha. band kiya, nginx up ho gaya 👍`),
    no(`- Ana: el mysql del VOS no levanta después del reinicio de anoche
- Ana: "Can't start server: Bind on TCP/IP port: Address already in use" y luego "Do you already have another mysqld server running on port: 3306 ?"
- Jorge (soporte): quedó un mysqld colgado del arranque anterior, haz ps aux | grep mysqld
- Ana: sí, pid 2231 viejo. lo maté con kill 2231 y arrancó normal, el VOS ya muestra las cuentas`),
    no(`[09:15] Imran: VOS3000 web manager nahi khul raha, catalina.out mein ye hai: java.net.BindException: Address already in use <null>:8080
[09:17] Bilal: 8080 pe kisi ne test ke liye jenkins laga diya tha 😅
[09:18] Imran: yaar... usko band karo abhi
[09:25] Bilal: jenkins stop + disable. web manager wapas aa gaya, login ho raha hai`),
    no(`[14:02] Rahim: bhai VOS er log e dekhchi "SIP listen 0.0.0.0:5060 bind failed: Address already in use", softswitch uthche na
[14:03] Tanvir: ke asterisk install korse oi server e? netstat -lnup | grep 5060 dao
[14:05] Rahim: udp 0 0 0.0.0.0:5060 0.0.0.0:* 1893/asterisk
[14:06] Tanvir: oitai. test er jonno rakhsilo kew. asterisk stop + disable koro, tarpor mbx3000d start`),
    no(`- Budi: docker compose up gagal terus: "Error starting userland proxy: listen tcp4 0.0.0.0:3000: bind: address already in use"
- Dimas: grafana lama masih jalan langsung di host, pakai port 3000
- Budi: oh iya lupa. saya pindah mapping ke 3001:3000 aja
- Dimas: ok sip, dashboard CDR nanti kirim linknya`),
    no(`[11:20] Karan: kal wala CDR dashboard script chalaya toh ye aaya: Error: listen EADDRINUSE: address already in use :::4000
[11:21] Neha: tumne pichla wala ctrl+z kiya tha, kill nahi kiya. background me pada hai
[11:22] Karan: 🤦‍♂️ haan jobs me dikh raha hai. fg karke band kiya, ab chal gaya`),
    no(`- Thiago: zabbix_agentd não sobe no VOS de SP: "listener failed: bind() for [[-]:10050] failed: [98] Address already in use"
- Marcos: tem dois agentes aí, o zabbix-agent2 foi instalado junto com o antigo
> tem dois agentes aí
- Thiago: isso mesmo, removi o agent2 e o agentd subiu. monitoramento voltou`),
    no(`[8:03 م] Omar: sshd ما يشتغل بعد ما غيرت البورت الى 2222
[8:03 م] Omar: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use.
[8:05 م] Khaled: في dropbear شغال على 2222 من أيام الـ rescue، وقفه أو اختار بورت ثاني
[8:10 م] Omar: تمام خليته 2200 واشتغل، لا تقفلوا الجلسة القديمة لين أتأكد`),
    no(`[16:40] Luis: después del restart el softswitch no levanta el SIP, en el log: "bind 0.0.0.0:5060 failed, address already in use"
[16:41] Pedro: quedaron dos mbx3000d, el viejo no murió con el stop. mata solo el pid viejo, no todos
[16:44] Luis: > mata solo el pid viejo
ok, 30418 fuera. un solo proceso ahora y el 5060 escucha, los gateways registraron`),
    no(`[19:11] Deepak: redis-server crash ke baad start nahi ho raha: "Could not create server TCP listening socket *:6379: bind: Address already in use"
[19:13] Pooja: systemd wala redis aur tumhara manual wala dono chal rahe hain, ek hi port pe try kar rahe
[19:14] Deepak: manual wala band kiya, service wala chal raha. rate cache theek hai ab`),
    no(`- Faisal: VOS web ka https nahi chal raha, httpd start karte hi: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
- Usman: is server pe naya nginx bhi dala tha SSL ke liye na? dono 443 maang rahe hain
- Faisal: haan yaar. nginx hataya, httpd chal gaya. portal khul raha hai`),
    no(`[07:58] Wahyu: portal pelanggan (node) di server reseller tidak jalan setelah deploy, log: EADDRINUSE 0.0.0.0:8081
[08:00] Sari: pm2 list coba, kayaknya ada dua instance "portal" dan "portal-old"
[08:03] Wahyu: benar, portal-old masih hidup. pm2 delete portal-old, sekarang normal`),
    no(`- Carla: prometheus no arranca en el server de monitoreo: "listen tcp 0.0.0.0:9090: bind: address already in use"
- Diego: ese CentOS trae cockpit, también usa 9090
- Carla: > también usa 9090
qué bien 🙄 le puse --web.listen-address=:9091 y listo`),
    no(`[22:31] Sohel: openvpn server start hocche na Dhaka office e, log: "TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use"
[22:33] Mamun: duita config ache /etc/openvpn e, server.conf ar office.conf, duitai 1194
[22:35] Sohel: office.conf er port 1195 kore dilam, duitai up ekhon`),
    no(`- Rafael: kamailio de teste no mesmo servidor do VOS não sobe: "ERROR: <core> [core/tcp_main.c]: tcp_init(): bind(...) on 0.0.0.0:5060 : Address already in use"
- Bruno: claro né, o VOS já escuta 5060 TCP e UDP nesse host
- Rafael: vou colocar o kamailio em 5070 então
- Bruno: melhor ainda, tira ele do servidor de produção 😅`),
    no(`[15:02] Aman: php artisan serve pe: Failed to listen on 127.0.0.1:8000 (reason: Address already in use)
[15:03] Rohit: tera docker wala laravel container 8000 publish kar raha hai
[15:04] Aman: oh. --port=8010 diya, chal gaya. recharge API local test ho raha`),
    no(`[10:20 ص] Hamza: webmin ما يشتغل على سيرفر الـ VOS الجديد: "Failed to bind to port 10000 : Address already in use"
[10:22 ص] Yousef: usermin أو نسخة webmin ثانية من الـ image؟ شوف lsof -i :10000
[10:25 ص] Hamza: صح فيه miniserv.pl قديم. قتلته بالـ pid واشتغل`),
    no(`- Adeel: naya server pe VOS install ke baad web interface 80 pe nahi aa raha. error_log: "could not bind to address 0.0.0.0:80, no listening sockets available, shutting down"
- Zain: cPanel image lagayi thi provider ne, uska apache pehle se 80 le raha hai
- Adeel: > cPanel image
OS reinstall karwa raha hoon plain CentOS 7 pe, ye mix nahi chalega`),
    no(`[13:47] Agus: freeradius untuk billing prepaid gagal start: "Failed binding to auth address * port 1812 bound to server default: Address already in use"
[13:48] Rina: tadi kamu jalankan radiusd -X buat debug, masih jalan di terminal lain tuh
[13:50] Agus: astaga iya. ctrl+c yang debug, service start, ok`),
    no(`- Andrés: el script de export de CDR con python -m http.server 8000 falla: "OSError: [Errno 98] Address already in use"
- Sofía: ya hay otro python sirviendo en 8000 desde el lunes, el de las facturas
- Andrés: le pongo 8001 y le digo al cliente el link nuevo`),
    no(`[12:05] Vikas: recharge API ka naya jar deploy kiya, start hote hi: java.net.BindException: Address already in use (Bind failed) ... port 9091
[12:06] Manish: load zero hai abhi, ye peak ka issue nahi. purana jar abhi bhi chal raha hoga
[12:08] Vikas: haan ps me do java dikh rahe. purana kill kiya, naya up`),
    no(`[18:20] Jewel: VOS install er por mysql start hoy na, "Bind on TCP/IP port: Address already in use" 3306
[18:22] Arif: provider er image e mariadb age thekei install chilo, oita 3306 dhore ache
[18:26] Jewel: mariadb disable korlam, VOS er mysql ekhon cholche`),
    no(`- Leandro: nginx do proxy reverso do painel de revenda: "bind() to 0.0.0.0:443 failed (98: Address already in use)"
- Paula: o apache com mod_ssl voltou depois do yum update, ele reativou o ssl.conf
> ele reativou o ssl.conf
- Leandro: renomeei pra ssl.conf.off e reiniciei, nginx subiu`),
    no(`[09:40] Tariq: tftp for phone provisioning not starting, in.tftpd: "cannot bind to local IPv4 socket: Address already in use"
[09:41] Sami: xinetd already serves tftp on 69, you are starting a second one. استخدم واحد بس
[09:44] Tariq: disabled the standalone one, xinetd tftp serves the configs fine, phones pulled firmware`),
    no(`- Eko: sipp untuk uji trunk di server VOS error: "bind_local_socket: Address already in use"
- Yudi: sipp default pakai 5060 juga, bentrok sama softswitch. kasih -p 5080
- Eko: > kasih -p 5080
sudah, jalan. cuma 10 cps kok buat tes, bukan masalah load`),
    no(`[17:02] Kamran: bhai peak pe address already in use aa raha hai? server pe thousands TIME_WAIT honge shayad
[17:05] Naveed: nahi yaar, maine dekha. error node_exporter ka hai, startup pe: "listen tcp :9100: bind: address already in use", dusra exporter container me chal raha. TIME_WAIT sirf 240
[17:06] Kamran: acha toh sirf monitoring ka port clash hai. container wala hata do`),
    no(`[06:15] Ignacio: ntpd no arranca en el VOS de Lima: "unable to bind to wildcard address 0.0.0.0 - another process may be running - EXITING"
[06:17] Martín: es CentOS 7, chronyd ya está en el 123. usa chrony y olvídate de ntpd
[06:20] Ignacio: deshabilité ntpd, chronyc sources ok, hora bien en los CDR`),
  ],
  otherRegistrationCause: [
    no(`[09:02] Ravi: Andheri office ke saare phones unregistered since morning
[09:04] Amit (tech): unka MikroTik raat ko PPPoE reconnect hua, public IP badal gaya. VOS me unka account IP-auth pe hai
[09:05] Ravi: > IP-auth pe hai
toh naya IP update kar do
[09:10] Amit: 103.48.x.x daal diya, sab 22 phones registered`),
    no(`- Valeria: desde las 11 ninguna extensión de la clínica registra, sale 403 Forbidden en los teléfonos
- Hugo (técnico): el admin del cliente cambió las claves SIP en el portal ayer y no las puso en los Yealink
- Valeria: > cambió las claves SIP
ay no. le paso la lista nueva y las cargan ellos
- Hugo: confirmado, con la clave nueva registran todos`),
    no(`- Fernanda: os ramais da loja Pinheiros caíram, todos "não registrado"
- Caio: a conta deles no VOS passou da data de validade, expirou dia 30
- Fernanda: o financeiro já recebeu o pagamento, pode renovar?
- Caio: renovei até 31/12, já registraram`),
    no(`[10:10] Shahid: koi bhi phone register nahi ho raha, poore server pe
[10:12] Asad: VOS license expire ho gayi aaj, license server se error aa raha hai
[10:13] Shahid: > license expire
vendor ko mail karo jaldi, naya license file chahiye
[10:55] Asad: naya license lagaya, reparse kiya, registrations wapas`),
    no(`[08:30] Nasrin: Gulshan branch er shob IP phone offline, unregistered dekhacche
[08:31] Habib: oikhane raat theke current nai, PoE switch er UPS o sesh
[08:33] Nasrin: acha, current ashle abar check korbo
[11:05] Habib: current asche, phone gula nije nije register hoye gese`),
    no(`- Rizky: semua ekstensi kantor Surabaya unregistered setelah migrasi DNS
- Hendra: record sip.mitra-voip.id masih nunjuk ke IP server lama, TTL 1 hari
- Rizky: > masih nunjuk ke IP server lama
pantes. bisa diganti sekarang?
- Hendra: sudah, telepon yang sudah resolve ulang langsung register`),
    no(`[16:20] Gaurav: client ka router reset ho gaya bijli jaane ke baad, uske baad se phones unregistered
[16:22] Suresh: factory reset hua hoga, SIP ALG wapas ON aur port forward gayab. phones UDP pe hain
[16:40] Gaurav: ALG off kiya, forward dala, sab register`),
    no(`[12:01] Sandeep: Pune ke 15 phones har thodi der me unregistered ho jaate hain, kya ye RST mode ki wajah se hai?
[12:03] Kunal: nahi, wo sab UDP pe hain, RST TCP close ka setting hai, UDP pe asar nahi
[12:04] Kunal: asli baat: register expiry 3600 hai aur unka router UDP mapping 30 sec me bhool jata hai
[12:15] Sandeep: keepalive 20 sec aur expiry 300 kiya, ab stable hai`),
    no(`[7:45 م] Ahmed: جميع الهواتف في مكتب جدة غير مسجلة unregistered
[7:47 م] Nasser: الانترنت عندهم مقطوع من STC، الراوتر ما فيه WAN
[7:48 م] Ahmed: > الراوتر ما فيه WAN
طيب ننتظر، فتحوا بلاغ عند المزود
[9:30 م] Nasser: رجع الخط ورجعت الهواتف registered`),
    no(`- Gabriel: después de la migración al VOS nuevo, los 40 teléfonos de la agencia no registran
- Nicolás: los Grandstream siguen apuntando a 190.12.x.x, el server viejo que apagamos
- Gabriel: > el server viejo que apagamos
¿se puede dejar un redirect?
- Nicolás: no, hay que cambiar el outbound proxy en el provisioning. ya lo subí, van registrando`),
    no(`[13:30] Nitin: extension 2045 aur 2046 unregistered, baaki sab theek
[13:32] Priya: kal cleanup me maine galti se do phone accounts delete kar diye the VOS se 🙈
[13:33] Nitin: > delete kar diye
wapas bana do same password se
[13:40] Priya: bana diye, dono registered`),
    no(`- Renata: os telefones em TLS do escritório de Campinas não registram desde meia-noite
- Diego: o certificado do sip.cliente.com.br venceu ontem, handshake falha
- Renata: renova aí pelo certbot?
- Diego: renovado e carregado, registraram todos. o resto do pessoal em UDP nem percebeu`),
    no(`[10:05] Fajar: ekstensi Yealink di kantor Bandung tiba-tiba unregistered semua
[10:07] Lukman: firmware auto-upgrade semalam, config balik ke default, akun SIP kosong
[10:08] Fajar: > config balik ke default
matikan auto-upgrade di provisioning ya
[10:30] Lukman: config sudah di-push ulang, registered`),
    no(`[14:50] Waqas: client keh raha 6 me se sirf 3 phones register ho rahe
[14:52] Hassan: VOS account pe "max registrations" 3 set hai, unhone 3 naye phone lagaye
[14:53] Waqas: > max registrations 3
6 kar do, unka package bhi 6 ka hai
[14:55] Hassan: kar diya, sab 6 registered`),
    no(`- Shirin: client er Zoiper app phone lock korle 5 minute por unregistered hoye jay
- Rubel: Android battery optimization app ke kill kore dey. push notification o on kora nai
- Shirin: > battery optimization
oke bolchi Zoiper ke exclude korte
- Rubel: ha, ar Zoiper e "keep alive" on`),
    no(`[03:12] Matías: se cayeron todos los registros del server de Bogotá
[03:14] Julián: disco lleno, el mbx3000d se murió escribiendo logs. df -h al 100%
[03:15] Matías: > disco lleno
borra los logs viejos de /home/kunshi
[03:25] Julián: liberé 40 GB, levanté el servicio, registran de nuevo`),
    no(`[11:11] Rajesh: ISP ne client ko CGNAT pe daal diya, tab se UDP phones 1-2 min me unregistered
[11:13] Vinod: RST mode check kiya? 
[11:14] Rajesh: Off hai, kabhi on nahi kiya. aur ye sab UDP hain waise bhi
[11:20] Vinod: toh CGNAT ka UDP timeout hai. keepalive 15 sec karo phones pe ya ISP se public IP lo
[11:45] Rajesh: keepalive 15 sec, ab stable`),
    no(`- Lucas: o tronco da Central do cliente parou de registrar
- Vitor: ele editou o "register name" e digitou 1120 em vez de 1210
> digitou 1120 em vez de 1210
- Lucas: kkk corrigido, registrou`),
    no(`[5:10 ص] Majed: كل التلفونات في المستودع unregistered
[5:12 ص] Faris: الكهرباء انقطعت والـ UPS ما شغال، السويتش طافي
[5:13 ص] Majed: > الـ UPS ما شغال
خل الفني يغير البطارية اليوم
[6:40 ص] Faris: رجعت الكهرباء وسجلت كلها`),
    no(`[09:18] Yoga: pelanggan Bali semua unregistered sejak tadi pagi
[09:19] Aditya: kemarin kamu ganti SIP port VOS jadi 5080 buat ngurangi scanner kan? telepon mereka masih 5060
[09:20] Yoga: > masih 5060
waduh iya. saya kembalikan dulu 5060, nanti ubah provisioning pelan-pelan
[09:25] Aditya: sudah register lagi`),
    no(`- Imtiaz: Lahore wale client ke phones unregistered, 401 aa raha
- Saqib: unka account "Locked" hai billing me, 2 mahine ka payment pending
- Imtiaz: > payment pending
theek, unko bata deta hoon. payment aaye toh unlock karna`),
    no(`[15:33] Alejandro: la extensión 300 se registra y se desregistra cada minuto
[15:35] Camila: hay dos equipos con la misma cuenta, un Yealink en la oficina y un softphone en la laptop del gerente, se patean entre sí
[15:36] Alejandro: > se patean entre sí
le creo la 301 para el softphone entonces`),
    no(`[20:05] Ritesh: client ke phones router reset ke baad unregistered. pichle hafte humne RST mode on kiya tha na, wahi hai kya?
[20:07] Anil: unke saare phones UDP 5060 pe hain, RST ka UDP pe koi asar nahi
[20:08] Anil: router reset me port forward aur static DHCP gaya. phones naye IP pe hain, forward purane IP pe tha
[20:20] Ritesh: forward theek kiya, sab registered. RST wala idea chhodo`),
    no(`[12:40] Kawsar: voip.amaderbiz.com.bd diye register hocche na kono phone
[12:41] Shakil: domain expire hoye gese gotokal, DNS resolve i hoy na
[12:42] Kawsar: > domain expire
owner ke bolchi renew korte, tototkkhon IP diye bosiye dichi kichu phone e`),
    no(`[1:15 م] Sultan: العميل في دبي يقول الهواتف ما تسجل من امس
[1:17 م] Adel: المزود عندهم قافل 5060 على الخط الجديد، جربنا من جهاز ثاني نفس الشي
[1:18 م] Sultan: > قافل 5060
نعطيهم بورت 5090 مع VPN؟
[1:30 م] Adel: حطيناهم على الـ VPN وسجلت`),
    no(`- Juliana: telefones do 2º andar sem registro depois da troca de switch
- Pedro: o switch novo entregou eles na VLAN 20 sem rota pro VOS, DHCP deu 10.20.x.x
> sem rota pro VOS
- Juliana: ajustei a VLAN de voz na porta, pegaram IP certo e registraram`),
    no(`[10:58] Arjun: Noida wale 8 phones 403 dikha rahe hain, unregistered
[10:59] Mohit: kahin RST mode toh nahi? kal reparse hua tha
[11:02] Arjun: nahi, reparse me sirf rate table badli thi, SS_TCP_CLOSE_RESET abhi bhi "Off"
[11:05] Mohit: phir dekha, unke SIP password ki 90 din wali policy expire hui aaj. reset karke bhej diye, registered`),
  ],
  smallFigures: [
    no(`[10:02] Ravi: ss -s dekha vos-mum-01 pe, TIME_WAIT 312 hai. ye bura hai kya?
[10:04] Sunil: nahi bhai, dopahar ka quiet time hai, 8-10 CPS. normal hai
[10:05] Ravi: > normal hai
ok, kuch change nahi karte phir`),
    no(`- Sebastián: una pregunta de novato: ¿qué es exactamente TIME_WAIT? me salen varios en netstat
- Ramiro: es el estado en que queda el lado que cerró la conexión TCP, espera ~60 s por si llegan paquetes tardíos
- Sebastián: ¿y 180 es mucho?
- Ramiro: para nada, eso no es nada`),
    no(`- Mariana: devemos habilitar o modo RST (SS_TCP_CLOSE_RESET) no VOS novo?
- Henrique: só se tiver milhares de TIME_WAIT e falta de porta. quanto tem hoje?
- Mariana: ss -s mostra timewait 410
- Henrique: então deixa Off, padrão. a gente tem telefone atrás de NAT em TCP, não vale o risco`),
    no(`[21:10] Farhan: bhai 900 TIME_WAIT ok hai? peak pe dekha abhi
[21:12] Ali (tech): kitna CPS tha?
[21:12] Farhan: 35 ke aas paas
[21:13] Ali: theek hai, 28 hazar ports available hain. koi error nahi toh chinta mat karo`),
    no(`[07:00] Bot-Report: jkt-sw1 health | CPS avg 6 | TCP estab 40 | TIME_WAIT 150 | bind errors 0
[07:05] Dewi: aman ya pak?
[07:06] Bayu: aman. TIME_WAIT 150 itu kecil sekali`),
    no(`[11:30 ص] Ziad: سؤال: ip_local_port_range عندنا الافتراضي 32768 60999، نحتاج نغيره؟
[11:32 ص] Mahmoud: كم منفذ مستخدم عندك؟
[11:33 ص] Ziad: حوالي 500 بالذروة
[11:34 ص] Mahmoud: لا داعي، عندك 28 ألف تقريباً. خله مثل ما هو`),
    no(`[20:45] Sajib: peak e netstat diye dekhlam, TIME_WAIT 640, CPS 70
[20:47] Faruk: kono error ache log e?
[20:47] Sajib: na, shob call jacche
[20:48] Faruk: tahole thik ache, kichu korar dorkar nai`),
    no(`[14:14] Harsh: tcp_tw_reuse kya karta hai exactly? DOMAIN doc me dekha
[14:16] Ankit: TIME_WAIT wale socket ko naye outgoing connection ke liye reuse karne deta hai, agar safe ho
[14:17] Harsh: humko chahiye?
[14:18] Ankit: abhi toh 200-250 TIME_WAIT hai, zarurat nahi`),
    no(`- Lorena: reporte semanal del VOS de Quito: pico 22 CPS, TIME_WAIT máximo 530, 0 errores de bind, 0 quejas
- Esteban: perfecto, archivalo
- Lorena: ¿activamos algo de tuning igual?
- Esteban: no, con esos números no`),
    no(`- Rodrigo: urgente, o VOS de BH tá com 1.4 mil TIME_WAIT
- Alex: 1400? manda o ss -s
- Rodrigo: errei, li a linha errada. timewait 140, o 1.4k era total de sockets
> timewait 140
- Alex: ufa. tá normal então`),
    no(`[19:20] Kevin: Could enabling RST mode hurt anything? we're at 300 TIME_WAIT max
[19:22] Vikram (tech): at 300 you don't need it. it affects NAT phones and firewalls on TCP, only worth it when ports run out
[19:23] Kevin: ok leaving it Off`),
    no(`[15:00] Adnan: migration ke baad check: TIME_WAIT 85, CLOSE_WAIT 2, ESTAB 61
[15:01] Rizwan: sab theek lag raha. CDR bhi aa rahe?
[15:02] Adnan: haan. aaj raat dobara dekhenge`),
    no(`- Ilham: beda FIN dan RST itu apa sih di VOS?
- Teguh: FIN = tutup sopan, ada handshake, sisi yang nutup masuk TIME_WAIT. RST = langsung putus, nggak ada TIME_WAIT
- Ilham: berarti kita pakai yang mana?
- Teguh: default FIN (Off). TIME_WAIT kita cuma ratusan`),
    no(`[3:05 ص] Badr: الساعة 3 الفجر وعندي ٤٥٠ TIME_WAIT، طبيعي؟
[3:07 ص] Hani: طبيعي جداً، الـ CDR يسوي اتصالات قصيرة مع الـ DB
[3:07 ص] Badr: > طبيعي جداً
تمام`),
    no(`[17:40] Sachin: agle mahine 200 CPS tak jayenge naye carrier ke saath. TIME_WAIT kitna banega?
[17:43] Abhishek: agar har call pe naya TCP connection hai toh 200 x 60 sec = 12 hazar lag bhag. abhi 40 CPS pe 1.1k hai
[17:44] Sachin: toh ports bachenge?
[17:45] Abhishek: 28k range me haan. tab dekhenge, abhi kuch mat chhedo`),
    no(`- Gonzalo: netstat -an | grep TIME_WAIT | wc -l → 57
- Gonzalo: es normal en horario nocturno?
- Federico: sí, 57 es nada`),
    no(`[22:10] Monir: CentOS 5 e ss nai, netstat diye dekhlam TIME_WAIT 230
[22:12] Rashed: thik ache. ss na thakle netstat thik ache. ekhon kono shomossha?
[22:12] Monir: na, just routine check`),
    no(`- Gustavo: ss -s do VOS de Recife:
TCP: 412 (estab 37, closed 360, orphaned 0, timewait 355)
- Gustavo: isso tá ok?
- Rafaela: tá ótimo, nem perto de acabar porta`),
    no(`[9:02 م] Karim: ya basha el TIME_WAIT 700 3ady wala la2?
[9:04 م] Sherif: 3ady, el server da 3alih 30 CPS bas. lw wesel 20 alf yeb2a feeh moshkela
[9:05 م] Karim: tamam shokran`),
    no(`[08:15] Nanda: grafik semalam: TIME_WAIT puncak 980 jam 8 malam, CPS 25, tidak ada error
[08:17] Arif: itu wajar. kirim saja ke klien sebagai laporan bulanan`),
    no(`[13:13] Rohan: tcp_fin_timeout 60 se 30 karna chahiye kya?
[13:15] Tarun: TIME_WAIT pe tcp_fin_timeout ka asar nahi hota, wo FIN_WAIT2 ka hai. aur humare paas TIME_WAIT 380 hi hai
[13:16] Rohan: ok, nahi chhedta`),
    no(`- Hira: training ke liye sawal: SS_TCP_CLOSE_RESET kya karta hai?
- Umair: TCP connection kaise band ho: Off = FIN (default), On = RST. UDP pe kuch nahi karta
- Hira: humare server pe kya hai?
- Umair: Off. aur rehna chahiye, humare TIME_WAIT sau do sau hi hain`),
    no(`[18:00] Mauricio: comparativa de TIME_WAIT en hora pico: VOS-1 120, VOS-2 340, VOS-3 610
[18:02] Tomás: el 3 tiene más tráfico, todo normal
[18:03] Mauricio: > todo normal
listo, sin cambios`),
    no(`[16:30] Siddharth: ephemeral ports ka usage 1.8% hai peak pe, 510 TIME_WAIT
[16:31] Harpreet: bahut kam hai. sab theek`),
    no(`- Eduardo: no CentOS 6 o /etc/sysctl.d não é lido né? se um dia precisar mudar tcp_tw_reuse, coloco onde?
- Samuel: no /etc/sysctl.conf, num bloco marcado com comentário. mas hoje não precisa, vocês tão com 200 de TIME_WAIT
- Eduardo: beleza, só anotando`),
    no(`[12:20 م] Mansour: هل نفعّل RST mode؟ عندنا 300 TIME_WAIT بس
[12:22 م] Waleed: لا، ما يحتاج. RST يسبب مشاكل مع الـ NAT والفايروول، ونحن بعيدين عن نفاد المنافذ
[12:22 م] Mansour: > ما يحتاج
تمام`),
    no(`[23:00] Emon: Eid er age routine check: TIME_WAIT 450, port range 32768-60999, error nai
[23:02] Sumon: Eid e 3 gun traffic hoy, tao 1500-2000 er beshi hobe na. thik ache
[23:02] Emon: ok, Eid Mubarak sobaike 🌙`),
  ],
  firewallNoRst: [
    no(`[11:00] Vishal: naye VOS pe iptables me 5060 TCP/UDP aur RTP 10000-20000 UDP open karna hai
[11:02] Prakash: aur web 80 sirf office IP se. rules bhejta hoon
[11:15] Prakash: done, service iptables save bhi kiya. reboot ke baad bhi rahega
[11:16] Vishal: test call ok, audio dono taraf`),
    no(`- Natalia: el proveedor nuevo nos manda sus IPs de señalización: 200.55.10.0/28 y 200.55.11.4
- Fernando (soporte): las agrego al whitelist del iptables y del VOS
- Natalia: > al whitelist
¿cuánto tarda?
- Fernando: listo ya, prueben una llamada`),
    no(`[10:30] Bilal: client keh raha hai unka office pura band, na register na web
[10:32] Junaid: fail2ban ne unka IP ban kar diya, kisi ne galat password 20 baar try kiya
[10:33] Bilal: > fail2ban ne ban kar diya
unban karo aur unka IP ignoreip me daal do
[10:35] Junaid: fail2ban-client set sip unbanip kiya, whitelist bhi`),
    no(`- Beatriz: cliente com áudio mudo de um lado em chamada externa
- Otávio: roteador TP-Link deles com SIP ALG ligado, reescreve o SDP errado
- Beatriz: > SIP ALG ligado
mandei desligar, vou testar
- Beatriz: resolvido, áudio bidirecional`),
    no(`[2:20 م] Tamer: جاتنا هجمات SIP scanner من دول كثيرة
[2:22 م] Rami: نسوي geo-block بالـ ipset، نخلي بس السعودية ومصر والامارات
[2:40 م] Rami: طبقته على 5060 و 5061، العملاء ما تأثروا
[2:41 م] Tamer: ممتاز`),
    no(`[09:50] Andi: audio satu arah untuk pelanggan di belakang MikroTik
[09:52] Reza: perlu dstnat RTP 10000-20000 UDP ke PBX mereka, dan matikan helper sip di IP > Firewall > Service Ports
[10:10] Andi: sudah, audio dua arah`),
    no(`[13:05] Tanjim: CSF install korar por VOS web portal khulche na
[13:06] Ashik: TCP_IN e 80 ar 8080 nai. csf.conf e add kore csf -r
[13:10] Tanjim: hoise, portal khulche`),
    no(`- Cristian: reinicié el VOS de Santiago y se perdieron las reglas, nadie puede registrar
- Ricardo: CentOS 7 con firewalld, pusiste las reglas con iptables a mano y no se guardaron
- Cristian: > no se guardaron
las paso a firewall-cmd --permanent entonces
- Ricardo: sí, y reload`),
    no(`[17:30] Mayank: Fortigate ke peeche wale client ke calls random drop 30 sec pe
[17:32] Lalit: SIP session helper aur VoIP ALG dono on hain, disable karo
[17:50] Mayank: config system session-helper se sip hataya, voip-profile off. ab calls pure chal rahe`),
    no(`- Felipe: precisamos abrir 5061 TCP no pfSense pros telefones em TLS
- Anderson: regra WAN pass TCP 5061 pro IP do VOS, já vou criar
- Felipe: e RTP?
- Anderson: já tava aberto 10000-20000 UDP. pronto, testa aí`),
    no(`[14:40] Galih: VOS baru di AWS, register bisa tapi audio tidak ada
[14:42] Ilyas: security group cuma buka 5060. RTP UDP 10000-20000 belum
[14:45] Galih: sudah ditambah, audio masuk`),
    no(`[00:20] Zeeshan: raat ko friendly-scanner INVITE flood, CPU 90%
[00:22] Moiz: iptables string match "friendly-scanner" drop aur unka /24 block
[00:30] Zeeshan: CPU 15% pe wapas`),
    no(`[21:05] Pablo: en hora pico el carrier grande pierde llamadas, en el log del iptables hay drops en 5060
[21:07] Jaime: la regla hashlimit de 50/s contra flood, el carrier manda más INVITEs que eso
[21:08] Pablo: > más INVITEs que eso
excluyo sus IPs de la regla de límite
[21:15] Jaime: hecho, cero drops ahora`),
    no(`[20:30] Abhinav: firewall box pe dmesg me "nf_conntrack: table full, dropping packet", RTP toot raha hai
[20:32] Chetan: conntrack max 65536 hai, RTP ke UDP flows bahut hain. 262144 karo aur hashsize bhi
[20:40] Abhinav: badha diya, drop band, awaaz theek`),
    no(`[10:00 ص] Saad: المشغل الجديد طلب نعطيهم IP السيرفر عشان يسوون whitelist عندهم
[10:02 ص] Fahad: 185.x.x.20 للإشارة، و RTP من نفس الـ IP
[10:30 ص] Saad: أكدوا، والمكالمات التجريبية شغالة`),
    no(`[15:15] Tuhin: Sophos e remote phone er jonno port forward lagbe, 5060 UDP
[15:17] Mithun: forward koro kintu source VOS er IP tei limit koro, public e khula rakho na
[15:30] Tuhin: korlam, test ok`),
    no(`- Danu: server monitoring Ubuntu, ufw aktif, grafana nggak bisa diakses
- Rendra: ufw allow from 10.10.0.0/24 to any port 3000
- Danu: bisa, makasih`),
    no(`- Marcelo: fraude de madrugada, 300 chamadas pra Somália de um IP da Rússia
- Rogério: bloqueia o /22 inteiro no iptables e trava destino 252 no VOS
- Marcelo: > trava destino 252
feito os dois. trocando a senha da conta também`),
    no(`[12:12] Usama: web portal 8080 sirf office IP se chahiye, baaki duniya se band
[12:14] Haris: iptables -A INPUT -p tcp --dport 8080 -s 39.x.x.x -j ACCEPT, uske baad DROP
[12:20] Usama: kar diya, bahar se test kiya, timeout. office se khul raha`),
    no(`- Verónica: aviso: mañana 02:00-02:30 cambio de reglas en el firewall del datacenter, puede haber cortes cortos
- Oscar: ¿afecta SIP?
- Verónica: solo agregamos la IP del nuevo carrier y limpiamos reglas viejas, no deberían notarlo`),
    no(`[16:05] Amitabh: iptables -L me ye dekha: REJECT tcp dpt:22 reject-with tcp-reset. ye theek hai?
[16:07] Gopal: haan, closed ports pe turant reset bhejta hai, scanner jaldi haar maan lete hain. SIP se koi lena dena nahi
[16:08] Amitabh: ok`),
    no(`[6:30 م] Yasser: العميل غيّر راوتر Huawei، الصوت من طرف واحد
[6:35 م] Ibrahim: طفّينا SIP ALG من إعدادات الراوتر، وعملنا port forward للـ UDP 5060 لجهاز الـ PBX
[6:50 م] Yasser: الصوت صار من الطرفين`),
    no(`[02:10] Fikri: ada DDoS UDP ke IP server VOS, link 1 Gbps penuh
[02:12] Hari: minta provider blackhole sementara dan pindahkan pelanggan ke IP cadangan
[03:00] Fikri: sudah pindah, IP lama di-null route provider`),
    no(`[09:09] Polash: firewall log e onek drop dekhi, 5060 e OPTIONS asche bivinno IP theke
[09:11] Nayeem: oigula scanner, drop hobar kotha. customer er kono complain ache?
[09:11] Polash: na
[09:12] Nayeem: tahole thik ache, log rotate chalu rakho`),
    no(`- Vinícius: precisamos liberar no Checkpoint o IP novo do softswitch, 177.x.x.50, TCP 5060/5061 e UDP RTP
- Larissa: pedido aberto com o time de segurança do cliente, janela quinta
- Vinícius: > janela quinta
ok, até lá fica no IP antigo`),
    no(`[13:45] Neeraj: naya reseller apni MikroTik pe SIP ke liye kya rules lagaye?
[13:47] Sameer: 5060 sirf hamare VOS IP se accept, RTP range open, SIP helper disable, aur input chain me brute force ke liye address-list
[13:48] Neeraj: perfect, unko bhej deta hoon`),
    no(`- Jamal: el cliente pide cambiar nuestro puerto SIP a 5090 porque su firewall corporativo bloquea 5060
- Rubén: no cambiamos el server por uno. que abran salida TCP/UDP 5060 a nuestra IP
- Jamal: > que abran salida
les mando la regla exacta para su Palo Alto`),
  ],
  negationContext: [
    no(`[10:00] Ravi: vos-del-02 ka update: kernel tuning ke baad ek bhi bind error nahi aaya, 5 din ho gaye
[10:02] Sunil: TIME_WAIT peak pe bhi 2k ke neeche
[10:03] Ravi: > ek bhi bind error nahi
toh ticket close kar dete hain`),
    no(`- Mónica: el cliente de Cali pregunta si activamos RST para "mejorar rendimiento"
- Andrés (técnico): no. RST está Off y se queda Off, tienen 200 teléfonos en TCP detrás de NAT
- Mónica: > se queda Off
ok, le digo que no hay cambio`),
    no(`- Paulo: nossos telefones são todos UDP, então esses ajustes de TCP nem importam pra gente, certo?
- Danilo: certo, SS_TCP_CLOSE_RESET só mexe em SIP sobre TCP. no UDP não tem efeito
- Paulo: ótimo, então não muda nada`),
    no(`[14:20] Kashif: kisi ne kuch nahi badla server pe. phones password change ke baad unregistered hue, client ne khud badla tha
[14:21] Tahir: > kisi ne kuch nahi badla
confirm, RST bhi Off, koi reparse nahi hua. password update karte hi aa jayenge`),
    no(`- Ayu: ringkasan tiket #4471: minggu lalu port habis saat jam sibuk, sudah diperbaiki dengan tcp_tw_reuse dan range port
- Ayu: sekarang TIME_WAIT puncak 400, tidak ada "address already in use" lagi
- Yanto: oke, tutup tiketnya`),
    no(`[4:00 م] Nabil: سؤال بس: لو فعّلنا RST، ممكن الـ Fortigate عندنا يسقط المكالمات؟
[4:02 م] Sameh: ممكن نظرياً لو يرمي الـ RST. بس احنا ما فعلناه ولا ناوين حالياً
[4:03 م] Nabil: تمام، كان مجرد سؤال`),
    no(`[11:11] Sabbir: log e "address already in use" dekhlam, march mashe er
[11:13] Ovi: tarikh dekho, 3 mash ager. tarpor ar ashe nai
[11:13] Sabbir: > 3 mash ager
thik, puraton log, ignore`),
    no(`[09:30] Ignacio: ¿los teléfonos se cayeron por el modo RST?
[09:33] Valentina: no, RST nunca se activó. revisé softswitch.conf: SS_TCP_CLOSE_RESET="Off"
[09:34] Valentina: fue el ISP del cliente, volvieron solos cuando arreglaron la fibra`),
    no(`- Gilberto: o firewall não está descartando RST nenhum, pegamos tcpdump dos dois lados e os RST chegam
- Gilberto: as chamadas falhavam porque a operadora devolvia 503
- Sandra: > operadora devolvia 503
então abre chamado com a operadora, nada de mexer no VOS`),
    no(`[18:18] Akash: RST on karne se pehle sawal: NAT ke peeche wale phones unregister ho jayenge kya?
[18:20] Varun: ho sakte hain agar TCP pe hain. isliye abhi nahi kar rahe, pehle inventory dekhenge
[18:20] Akash: theek`),
    no(`- Waseem: ticket summary: mahina pehle RST On kiya tha, NAT phones gire the, RST wapas Off kiya
- Waseem: tab se sab stable, koi unregistered nahi. ticket close
- Rehan: 👍`),
    no(`[15:15] Dedi: bukan EADDRINUSE ya, errornya ECONNREFUSED ke 10.1.1.5:5060
[15:16] Agung: > bukan EADDRINUSE
berarti servicenya yang mati di sana, bukan port kita habis. cek mbx3000d di server itu
[15:20] Dedi: betul, mati. sudah start lagi`),
    no(`- Rocío: ¿y si es el TIME_WAIT? el cliente dice que las llamadas fallan
- Gastón: no es el TIME_WAIT, hay 200. las llamadas fallan por saldo, la cuenta está en 0
- Rocío: > por saldo
ahh ok, le aviso que recargue`),
    no(`[5:20 م] Hussain: فعّلنا RST؟
[5:22 م] Talal: لا، شيكت softswitch.conf الحين: SS_TCP_CLOSE_RESET="Off"، وما أحد عمل reparse من أسبوع
[5:22 م] Hussain: تمام، المشكلة من مكان ثاني إذن`),
    no(`[12:30] Ratul: vendor er ekta article forward korlam, RST mode NAT er phone unregistered kore dey. amader jonno proyojjo?
[12:32] Biplob: na, amader shob customer UDP te. RST er UDP te kono effect nai
[12:32] Ratul: acha thik`),
    no(`- Clara: post-mortem: não era firewall derrubando RST. era o SIP ALG do roteador do cliente reescrevendo o Contact
- Clara: RST continua Off como sempre
- Jonas: anotado no wiki`),
    no(`[10:45] Mukesh: pichle saal sab phones UDP pe shift kar diye the, toh SS_TCP_CLOSE_RESET unke liye matter hi nahi karta na?
[10:46] Deepika: sahi. TCP wale koi bache hi nahi`),
    no(`[13:20] Irfan: port exhaustion tha kya kal?
[13:22] Ehsan: nahi, netstat me sirf 600 TIME_WAIT. "bind failed" wala error nginx ka tha, 80 pe apache baitha tha
[13:22] Irfan: > nginx ka tha
acha toh VOS ka kuch nahi`),
    no(`- Teddy: perubahan RST sudah di-approve tapi belum diterapkan, config masih Off
- Teddy: jadi outage kemarin bukan karena RST, itu listrik di datacenter
- Sinta: oke, jangan dicampur di laporan ya`),
    no(`[08:08] Hernán: pregunta hipotética: si algún día vemos "cannot bind" en hora pico, ¿qué hacemos?
[08:10] Pablo: mirar ss -s, si hay miles de TIME_WAIT entonces tuning. hoy no pasa nada, es solo para el manual`),
    no(`- Marcos: resumo: fizemos só o tuning de kernel, sem RST, porque tem telefone atrás de NAT
- Marcos: TIME_WAIT caiu, nenhum telefone perdeu registro, nenhuma chamada falhou
- Luana: perfeito, encerra`),
    no(`[9:00 ص] Omar: تحديث: فعّلنا RST قبل أسبوع، ما صار أي unregistered ولا مكالمة فشلت، كل التلفونات UDP
[9:02 ص] Ali: ممتاز، والـ TIME_WAIT؟
[9:02 ص] Omar: نزل من ١٨ ألف إلى ألفين`),
    no(`[17:10] Rana: client bolche calls fail korche
[17:15] Sadik: test call e 486 Busy Here asche, mane oder pasher number busy. RST er sathe kono shomporko nai, amra RST kokhono on kori nai
[17:16] Rana: > 486 Busy Here
acha bujhlam`),
    no(`[20:40] Pankaj: bhai mera pichla msg "address already in use" wala ignore karo, galat group me bhej diya 🙏
[20:41] Sanjay: haha ok, yahan sab theek hai`),
    no(`- Ezequiel: el firewall NO descarta los RST, lo verificamos en el log del ASA, pasan todos
- Ezequiel: el problema era el codec, el cliente forzó G.729 sin licencia
- Leonel: > era el codec
dejo G.711 por defecto entonces`),
    no(`[11:30] Heru: kami tidak pakai TCP sama sekali, semua SIP UDP
[11:31] Joko: jadi RST mode tidak relevan buat kalian, oke`),
    no(`[16:45] Danish: kya RST mode ki wajah se Karachi wale phones gire?
[16:47] Fahad: RST On kiya tha lekin woh phones NAT ke peeche nahi hain, public IP pe hain, aur woh kal se up hain
[16:48] Fahad: aaj subah jo gire woh unka PoE switch tha, wapas aa gaye
[16:48] Danish: > PoE switch
ok, RST ka kuch nahi`),
  ],
  portExhaustion: [
    pe(`[21:05] Ravi: shaam 8 baje se Tata wale TCP trunk pe calls fail, log me outgoing connections pe "bind: Address already in use"
[21:06] Sunil: ss -s bhejo
[21:07] Ravi: TCP: 31874 (estab 412, closed 31210, orphaned 3, timewait 31022)
[21:08] Sunil: > timewait 31022
ports khatam ho gaye bhai. range default 32768-60999 hai, peak 160 CPS pe sab TIME_WAIT me atke hain`),
    pe(`- Daniela: en hora pico (180 CPS) no se pueden abrir conexiones TCP nuevas hacia el proveedor, las llamadas salen con error
- Mauricio (técnico): netstat -ant | grep -c TIME_WAIT → 27.412
- Daniela: ¿y eso qué significa?
- Mauricio: que nos quedamos sin puertos locales. cuando baja el tráfico vuelve solo, pero mañana a las 19h pasa igual`),
    pe(`- Rogério: tronco SIP TCP com a operadora para de completar no pico, das 18h às 21h
- Rogério: log do VOS: "cannot bind local port for outgoing tcp connection"
- Edson: > cannot bind local port
quantos TIME_WAIT?
- Rogério: 29 mil e subindo, CPS uns 140
- Edson: esgotamento de porta, clássico`),
    pe(`[19:40] Salman: hamara auto-dialer (node) VOS pe 5060 TCP connect karta hai, peak pe error: connect EADDRINUSE 10.0.0.5:5060
[19:42] Owais: kitne connections?
[19:43] Salman: ss me 26 hazar TIME_WAIT, 120 CPS chala rahe hain
[19:44] Owais: dialer box ke ephemeral ports khatam. har call naya TCP khol raha hai aur band karke TIME_WAIT me chhod raha`),
    pe(`[20:10] Yusuf: jam sibuk mulai jam 8 malam, panggilan keluar via TCP gagal semua
[20:12] Anton: ss -s coba
[20:13] Yusuf: timewait 25.880, estab cuma 300-an
[20:14] Anton: > timewait 25.880
port lokal habis. CPS berapa?
[20:14] Yusuf: sekitar 130`),
    pe(`[9:15 م] Faisal: من الساعة 9 المكالمات تفشل، والسجل مليان "Address already in use" على الاتصالات الصادرة
[9:17 م] Majid: كم TIME_WAIT؟
[9:18 م] Faisal: آلاف… netstat يعطي 30,114
[9:19 م] Majid: المنافذ خلصت، الذروة عندنا 170 CPS`),
    pe(`[21:30] Rafiq: peak time e notun TCP connection hocche na, carrier e call jay na
[21:32] Shahin: netstat -ant | grep TIME_WAIT | wc -l dao
[21:33] Rafiq: 28,903
[21:34] Shahin: > 28,903
port shesh. 150 CPS e ei hobei, kernel tuning lagbe`),
    pe(`[19:05] Anil: lagta hai firewall ne block kiya, 7 baje se outbound TCP calls nahi ja rahe
[19:15] Sunita: firewall dekha, kuch drop nahi. server pe ss -s: timewait 30,442
[19:16] Sunita: aur softswitch log me "cannot bind" har naye outgoing connection pe
[19:17] Anil: > firewall nahi hai
toh ports khatam. 175 CPS ka peak hai abhi`),
    pe(`- Kleber: o VOS de Porto Alegre tá com 2.800 TIME_WAIT e as chamadas TCP falhando no pico
- Wesley: 2.800 não esgota nada, manda print
- Kleber: errei um zero, são 28.000. print: "timewait 28013"
> são 28.000
- Wesley: aí sim, acabaram as portas efêmeras`),
    pe(`[22:00] Zubair: kal tumne pucha tha 900 TIME_WAIT ok hai, aaj peak pe 29 hazar ho gaye aur calls fail
[22:01] Zubair: log: "bind failed: Address already in use" outgoing trunk pe
[22:03] Shoaib: > 29 hazar
naya carrier lagne ke baad CPS 60 se 150 ho gaya, isi liye. ports khatam`),
    pe(`[18:45] Javier: el billing en Java que consulta al VOS por TCP tira java.net.BindException: Address already in use: connect, solo en hora pico
[18:47] Lucía: ¿cuántos TIME_WAIT en esa máquina?
[18:48] Javier: 24 mil. abre una conexión por cada consulta de saldo, 200 por segundo
[18:49] Lucía: > una conexión por cada consulta
se queda sin puertos, eso es`),
    pe(`[20:20] Nusrat: Robi carrier er TCP trunk e call fail, ss nai CentOS 5 e
[20:22] Imran: netstat diye count koro
[20:24] Nusrat: netstat -an | grep -c TIME_WAIT = 27,650. log e "address already in use" prottek notun connection e
[20:25] Imran: 140 CPS e port shesh hoye jacche`),
    pe(`- Hamid: @tech KHI-VOS2 pe peak pe naye TCP connection ban hi nahi rahe
- Raza (tech): ss -s: TCP 33k, timewait 32,700. local port range 32768-60999 hai
- Hamid: > timewait 32,700
matlab?
- Raza: 28k ports hain aur sab TIME_WAIT me pade. CPS 190 pe ye hona hi tha`),
    pe(`[19:00] Benny: call TCP ke Telin gagal mulai 30 menit lalu, log: EADDRINUSE
[19:02] Wawan: bukan firewall kan?
[19:03] Benny: bukan, 25 ribu TIME_WAIT di ss. CPS naik ke 160 karena promo
[19:04] Wawan: > 25 ribu TIME_WAIT
port habis berarti`),
    pe(`[8:40 م] Hisham: el server bi2ool "cannot bind" 3al outbound TCP kol yom el sa3a 8
[8:42 م] Amr: ss -s?
[8:43 م] Hisham: timewait 29,5 alf, CPS 155
[8:44 م] Amr: > timewait 29,5 alf
el ports khelset. mesh moshkelt carrier`),
    pe(`[21:12] Ankur: vos-hyd-03 peak pe: TIME_WAIT 31k, softswitch log "Address already in use" har outgoing TCP pe
[21:13] Devesh: aur ESTAB?
[21:13] Ankur: sirf 480
[21:14] Devesh: toh load nahi, ports hi atke hain TIME_WAIT me. 210 CPS chal raha hai`),
    pe(`- Pilar: cada noche entre 20 y 22 las llamadas al carrier por TCP fallan. no es el carrier, ya lo probamos desde otro server
- Gerardo: ss -tan state time-wait | wc -l → 28.300
- Pilar: > 28.300
¿esos son muchos?
- Gerardo: todos los puertos efímeros ocupados, sí`),
    pe(`[17:55] Raul: NOC alert: vos-sp-02 "EADDRINUSE" em conexões de saída, 2.311 erros em 10 min
[17:57] Priscila: TIME_WAIT em 30 mil, pico de 150 CPS com a campanha do cliente
[17:57] Raul: > 30 mil
porta esgotada então`),
    pe(`[20:33] Sheikh: Chittagong VOS e 8tar por theke kono notun TCP connection khule na
[20:35] Liton: ss -s: timewait 26k. log e "cannot bind" bhora
[20:35] Sheikh: > 26k
CPS koto?
[20:36] Liton: 135. ager mash e 70 chilo`),
    pe(`[21:50] Pradeep: error aa raha hai "Cannot bind to local address: Address already in use" jab VOS carrier ko TCP INVITE bhejta hai
[21:52] Girish: sirf peak pe ya hamesha?
[21:52] Pradeep: sirf 8 se 11, jab 170+ CPS
[21:54] Girish: ss -s me 29 hazar TIME_WAIT dikh rahe. ports exhaust ho rahe hain`),
    pe(`- Samir: pagi ini normal, tapi tiap jam 7 malam ada ribuan TIME_WAIT dan panggilan TCP keluar gagal
- Rudi: ribuan berapa?
- Samir: 27 ribuan, pernah 29
- Rudi: > 27 ribuan
log-nya ada "address already in use"?
- Samir: ada, ratusan per menit`),
    pe(`[10:25 م] Abdullah: مكالمات الـ SIP TCP للمشغل ما تطلع في الذروة، والـ log فيه cannot bind
[10:27 م] Khalid: شوف netstat
[10:29 م] Abdullah: 28,760 اتصال في TIME_WAIT
[10:29 م] Khalid: > 28,760
هذا نفاد منافذ، CPS الحين 165`),
    pe(`[19:20] Jasmeet: carrier keh raha hai hamari taraf se TCP SYN hi nahi aa rahe peak pe
[19:22] Karthik: sahi keh raha, hum naye connection khol hi nahi pa rahe. "bind: Address already in use" + 30k TIME_WAIT
[19:23] Jasmeet: > 30k TIME_WAIT
CPS?
[19:23] Karthik: 185`),
    pe(`- Nahuel: el generador de tráfico de prueba de carga (300 CPS por TCP al VOS) empieza a fallar a los 2 minutos
- Nahuel: sipp: "Unable to bind socket: Address already in use" en las conexiones salientes
- Agustín: ss muestra 28 mil TIME_WAIT en el cliente de prueba
- Agustín: > 28 mil
se quedó sin puertos el generador, no es el VOS`),
    pe(`[22:15] Tahmid: VOS theke callback server e TCP connection peak e fail, "address already in use"
[22:16] Sharif: TIME_WAIT?
[22:17] Tahmid: 27,940
[22:17] Sharif: > 27,940
ephemeral port shesh, 140 CPS te eta hobe`),
    pe(`[20:02] Leo: (@Rafa) o cliente reclamou que as chamadas caem no horário de pico
[20:05] Rafa: caem não, nem completam. o VOS não consegue abrir conexão TCP nova pro gateway, milhares de TIME_WAIT (31.200)
[20:06] Leo: > nem completam
e o erro?
[20:06] Rafa: "bind: Address already in use" em todas as saídas`),
    pe(`[18:30] Naveen: pehle socha carrier down hai, phir dekha. ss -s: timewait 29,980, estab 350
[18:31] Naveen: aur har outbound TCP pe BindException type error softswitch log me
[18:32] Ramesh: > pehle socha carrier down hai
carrier theek hai, humare ports khatam. 165 CPS peak`),
    pe(`[21:44] Ilham: tiap malam panggilan lewat TCP ke 3 carrier gagal bareng, error "cannot bind"
[21:46] Gilang: kalau ke 3 carrier bareng berarti masalah di kita
[21:47] Ilham: ss -s: timewait 28.5k, CPS 150
[21:47] Gilang: > timewait 28.5k
iya port lokal habis`),
    pe(`[9:50 م] Yasin: peak pe VOS outbound TCP band, "Address already in use"
[9:51 م] Yasin: netstat: TIME_WAIT 30,005
[9:53 م] Junaid: aur port range?
[9:53 م] Yasin: default, 32768-60999
[9:54 م] Junaid: > 30,005
sab bhar gaye. 28k ports, 170 CPS`),
    pe(`- Ramón: abrimos ticket pensando que era fallo del proveedor
- Ramón: pero el proveedor ve que no le llegan nuestras conexiones TCP a las 21h, y en nuestro VOS hay 29.700 TIME_WAIT y "address already in use" en cada intento
- Elena: > 29.700 TIME_WAIT
entonces es de nuestro lado: agotamiento de puertos con 160 CPS`),
  ],
  natUnregistered: [
    nat(`[09:10] Ravi: Bandra office ke saare TCP phones subah se unregistered
[09:12] Amit: kal raat TIME_WAIT ke liye SS_TCP_CLOSE_RESET On karke reparse kiya tha na
[09:13] Ravi: > SS_TCP_CLOSE_RESET On
haan, aur ye phones unke MikroTik ke peeche hain, SIP over TCP. UDP wale theek hain
[09:15] Amit: toh RST ki wajah se NAT confuse ho raha hai`),
    nat(`- Carolina: desde que activaron el modo RST ayer, los teléfonos de la sucursal Medellín pierden el registro cada pocos minutos
- Esteban (técnico): ¿están en TCP?
- Carolina: sí, TCP, detrás de un router Huawei con NAT
- Esteban: > detrás de un router Huawei con NAT
ese es el problema, el RST le rompe el estado al NAT`),
    nat(`- Bruna: os ramais remotos (todos atrás de roteador NAT, SIP TCP) ficam "não registrado" desde terça
- Ícaro: terça foi quando ligaram o SS_TCP_CLOSE_RESET=On pra resolver o TIME_WAIT
> ligaram o SS_TCP_CLOSE_RESET=On
- Bruna: exato, foi a mesma noite. os ramais de IP público seguem registrados`),
    nat(`[11:40] Noman: pehle laga password ka masla hai, lekin sab 35 phones ek saath unregistered hue
[11:42] Adil: reparse ke turant baad. us reparse me RST mode On hua tha, SS_TCP_CLOSE_RESET="On"
[11:43] Noman: > reparse ke turant baad
aur ye sab TCP pe hain client ke router NAT ke peeche. password wala idea galat tha`),
    nat(`[08:20] Bagus: telepon pelanggan di belakang MikroTik pakai SIP TCP unregistered terus sejak semalam
[08:22] Fikri: semalam kita aktifkan RST mode (SS_TCP_CLOSE_RESET On) buat masalah TIME_WAIT
[08:23] Bagus: > aktifkan RST mode
yang UDP aman, cuma yang TCP di belakang NAT yang jatuh`),
    nat(`[10:05 ص] Saleh: بعد تفعيل RST mode أمس، التلفونات اللي ورا الراوتر في فرع الدمام صارت unregistered
[10:07 ص] Yazeed: هي على TCP؟
[10:07 ص] Saleh: ايه كلها SIP TCP ورا NAT
[10:08 ص] Yazeed: > ورا NAT
الـ RST يلخبط جدول الـ NAT، الراوتر ما يعرف الجلسة`),
    nat(`[12:12] Tanvir: Uttara branch er TCP phone gula registration haracche, 2-3 minute por por
[12:14] Nayem: gotokal raate SS_TCP_CLOSE_RESET On kora hoise, TIME_WAIT komanor jonno
[12:15] Tanvir: > On kora hoise
oder router NAT er pichone. ager shoptaho kono shomossha chilo na`),
    nat(`[15:30] Gurpreet: client keh raha unke Grandstream phones baar baar unregistered. sab TCP, TP-Link router ke peeche
[15:32] Jatin: kab se?
[15:33] Gurpreet: parso se. aur parso hi humne RST mode on kiya tha vos-del-01 pe
[15:35] Jatin: > parso hi humne RST mode on kiya
wahi hai. NAT ke peeche TCP pe RST theek nahi baithta`),
    nat(`- Agustina: los teléfonos detrás de CGNAT del ISP (todos SIP sobre TCP) quedaron unregistered desde el cambio
- Leandro: ¿qué cambio?
- Agustina: el de anoche, SS_TCP_CLOSE_RESET pasó a "On" por los TIME_WAIT
- Leandro: > pasó a "On"
y los que están en UDP?
- Agustina: esos registrados, ni se enteraron`),
    nat(`[19:45] Vinay: maine socha ISP ka issue hai, lekin 4 alag clients ke TCP phones unregistered, sab NAT ke peeche
[19:47] Rahul: common kya hai?
[19:48] Vinay: sab vos-blr-02 pe hain, aur wahan dopahar me RST On kiya gaya
[19:49] Rahul: > RST On kiya gaya
toh ISP nahi, RST hai`),
    nat(`- Thales: desde que o modo RST foi ativado no VOS, os telefones atrás do MikroTik do cliente perdem registro
- Thales: TCP 5060, keepalive 30s
- Jéssica: > desde que o modo RST foi ativado
é o NAT do MikroTik que não lida bem com o reset, vamos ver`),
    nat(`[13:00] Sohail: ek sawal: kal RST mode enable kiya, aaj client ke phones unregistered. connection hai?
[13:02] Ahsan: kaunse phones?
[13:02] Sohail: Yealink, TCP pe, PTCL router ke NAT ke peeche
[13:04] Ahsan: > TCP pe, NAT ke peeche
haan connection hai. RST close NAT mapping ko bigaad deta hai, phones ka registration toot jaata`),
    nat(`[07:30] Ari: semua ekstensi remote (TCP, router rumah pelanggan dengan NAT) unregistered setelah SS_TCP_CLOSE_RESET diubah ke On
[07:31] Dian: siapa yang ubah?
[07:31] Ari: run tuning otomatis kemarin sore, untuk TIME_WAIT
[07:33] Dian: > run tuning otomatis kemarin sore
oke, itu yang bikin NAT bingung`),
    nat(`[2:15 م] Mazen: بعد ما فعلنا SS_TCP_CLOSE_RESET صار عندنا مشكلة: الهواتف خلف الـ NAT تفقد التسجيل
[2:16 م] Mazen: كلها SIP/TCP على Fortigate NAT عند العميل
[2:18 م] Osama: > تفقد التسجيل
والهواتف اللي بدون NAT؟
[2:18 م] Mazen: سليمة`),
    nat(`[17:25] Kaushik: after RST mode was turned on yesterday, all TCP extensions at the Kolkata site keep dropping registration
[17:26] Arindam: same site ke UDP fax ATA theek hai
[17:27] Kaushik: > UDP fax ATA theek hai
haan, sirf TCP wale router NAT ke peeche gir rahe`),
    nat(`- Fabián: una corrección a lo que dije antes: no fue el cambio de contraseña
- Fabián: los 28 teléfonos TCP detrás del router del cliente se desregistraron justo cuando hicimos reparse con SS_TCP_CLOSE_RESET="On"
- Marcela: > justo cuando hicimos reparse
entonces es el RST con el NAT`),
    nat(`[09:45] Mushfiq: client bolche oder office er phone gula "No Service" dekhacche
[09:47] Rakib: TCP phone, NAT er pichone. ar amra kal raate RST mode on korechi
[09:48] Mushfiq: > kal raate RST mode on korechi
age thik chilo?
[09:48] Rakib: ekdom, kal porjonto registered chilo`),
    nat(`[16:16] Umesh: kal SS_TCP_CLOSE_RESET ko "On" kiya tha TIME_WAIT ke liye, aaj Jaipur ke client ke sab phones unregistered
[16:18] Ashish: kya wo TCP pe hain?
[16:18] Umesh: haan SIP/TCP, ek Netgear router ke peeche NAT me
[16:19] Ashish: > NAT me
toh yahi kaaran hai`),
    nat(`- Gisele: cliente com CGNAT da operadora, SIP TCP, ramais caindo do registro desde que ativaram RST
- Heitor: ativaram quando?
- Gisele: ontem 23h, SS_TCP_CLOSE_RESET On e reparse
> ontem 23h
- Heitor: e os ramais caíram de madrugada. bate`),
    nat(`[11:20] Waleed: RST On kiye 2 din hue, tab se MikroTik ke peeche wale TCP phones register nahi rehte
[11:22] Arslan: 5 min me gir jaate hain, fir register, fir gir
[11:23] Waleed: > fir register, fir gir
NAT mapping RST se toot rahi hai`),
    nat(`[14:35] Putu: kantor Denpasar: semua telepon TCP di belakang router NAT unregistered sejak mode RST dinyalakan
[14:36] Kadek: yang dinyalakan jam 10 tadi?
[14:36] Putu: iya, SS_TCP_CLOSE_RESET=On
[14:37] Kadek: > SS_TCP_CLOSE_RESET=On
telepon yang pakai IP publik tetap registered, jadi jelas NAT-nya`),
    nat(`[8:10 م] Abdelrahman: el phones elly wara el router fe far3 Alex (TCP) kollaha unregistered mn embare7
[8:12 م] Mostafa: embare7 fa3alna RST mode 3ala el VOS 3ashan el TIME_WAIT
[8:12 م] Abdelrahman: > fa3alna RST mode
ah, w homma wara NAT. da el sabab`),
    nat(`[10:50] Harish: we turned RST mode On for the TIME_WAIT thing and now the NATed phones at three customer sites show unregistered
[10:51] Sneha: unke SIP TCP pe hain?
[10:52] Harish: haan sab TCP, router NAT ke peeche. public IP wale aur UDP wale theek
[10:53] Sneha: > public IP wale aur UDP wale theek
clear pattern hai`),
    nat(`- Gonzalo: ¿por qué los softphones de los agentes remotos (TCP, cada uno detrás de su router de casa) se desregistran desde el lunes?
- Ximena: el lunes activamos SS_TCP_CLOSE_RESET en On
- Gonzalo: > el lunes activamos
antes de eso nunca pasó`),
    nat(`[13:25] Rubel: ekta correction: ami bolechilam internet down, kintu net thik ache
[13:26] Rubel: shudhu TCP phone gula unregistered, NAT router er pichone, ar RST mode on korar por theke
[13:27] Shohag: > RST mode on korar por theke
ha, RST er por NAT table gulie jay`),
    nat(`[09:00] Chirag: ticket: customer "Shree Logistics" — 40 SIP/TCP phones behind their Fortigate NAT lost registration at 01:10
[09:01] Chirag: 01:10 = jab humari tuning run ne SS_TCP_CLOSE_RESET On kiya
[09:03] Deepa: > 01:10
aur usse pehle 3 mahine se stable the`),
    nat(`- Adriano: liga o alerta: 60 ramais TCP atrás de NAT sem registro
- Fabrício: foi depois do reparse com RST ligado, SS_TCP_CLOSE_RESET="On"
- Adriano: > depois do reparse
os UDP seguem normais?
- Fabrício: seguem, só TCP atrás de NAT`),
    nat(`[18:40] Omer: RST wala change kal hua, aaj subah se Multan ke sab phones unregistered
[18:41] Bilal: wo TCP pe aur router ke peeche NAT me hain
[18:42] Omer: > TCP pe aur router ke peeche
haan. aur Lahore wale UDP pe hain, unko kuch nahi hua`),
    nat(`[21:20] Eka: sejak RST mode diaktifkan (SS_TCP_CLOSE_RESET On), telepon TCP di belakang CGNAT operator seluler kehilangan registrasi
[21:22] Budi: ganti password dulu?
[21:22] Eka: sudah coba, tidak ngaruh. tetap jatuh tiap beberapa menit
[21:23] Budi: > tidak ngaruh
berarti memang RST dan NAT`),
    nat(`[12:05 م] Anas: التلفونات في فرع الرياض (TCP ورا الراوتر) unregistered
[12:06 م] Turki: أول ظنّينا باسوورد، بعدين شفنا إنها طاحت كلها وقت تفعيل RST mode
[12:07 م] Anas: > وقت تفعيل RST mode
يعني SS_TCP_CLOSE_RESET On؟
[12:07 م] Turki: ايه، من أمس الليل`),
  ],
  firewallRst: [
    fw(`[10:15] Ravi: RST mode on karne ke baad se client ki calls fail ho rahi hain, Fortigate ke peeche wale
[10:17] Sunil: Fortigate log me kya hai?
[10:18] Ravi: "deny" on TCP 5060 with flags RST, invalid session
[10:19] Sunil: > flags RST
firewall RST packets drop kar raha hai, stateful check fail`),
    fw(`- Patricia: desde que activamos el modo RST en el VOS, las llamadas por el ASA del cliente fallan
- Rodrigo (técnico): en el log del ASA: "Deny TCP (no connection) from 10.2.0.5/5060 flags RST"
- Patricia: > flags RST
¿o sea que el firewall tira los RST?
- Rodrigo: exacto, los descarta porque no los reconoce en su tabla de estado`),
    fw(`- Wagner: depois de ligar SS_TCP_CLOSE_RESET=On, as chamadas pelo pfSense falham
- Wagner: no log do pfSense: bloqueado TCP:R 5060, regra default deny, state mismatch
- Kátia: > TCP:R
é o RST sendo descartado pelo pfSense, ele é stateful`),
    fw(`[14:05] Ahmad: RST mode enable kiya kal, aaj se Sophos ke peeche wale client ki calls fail
[14:07] Rashid: Sophos log me "Invalid TCP packet" drops dikh rahe, sab RST flag wale
[14:08] Ahmad: > sab RST flag wale
yani firewall RST ko drop kar raha, aur calls atak rahi`),
    fw(`[16:00] Rio: panggilan gagal terus sejak RST mode dinyalakan
[16:02] Hadi: cek iptables di gateway pelanggan, ada rule DROP state INVALID
[16:05] Rio: iya, counter-nya naik terus, tcpdump: paket RST dari VOS di-drop di situ
[16:06] Hadi: > paket RST dari VOS di-drop
itu masalahnya`),
    fw(`[11:00 ص] Nawaf: من يوم ما فعّلنا RST mode والمكالمات تفشل عند العميل اللي عنده Checkpoint
[11:02 ص] Bader: لوق الـ Checkpoint يقول "TCP packet out of state" على RST
[11:03 ص] Nawaf: > out of state
يعني الجدار الناري يرمي الـ RST`),
    fw(`[19:19] Polok: RST mode on korar por calls fail korche Dhaka office er firewall er pichone
[19:21] Sajjad: firewall log e RST packet drop hocche, stateful inspection
[19:21] Polok: > RST packet drop
tahole shei jonnoi`),
    fw(`[12:40] Vivek: calls fail since yesterday evening
[12:42] Manoj: kal shaam ko hi SS_TCP_CLOSE_RESET On kiya tha
[12:44] Vivek: client ka Palo Alto "tcp-rst-from-server" wale packets ko drop kar raha, session mismatch
[12:45] Manoj: > drop kar raha
toh firewall RST kha raha hai`),
    fw(`- Joaquín: no es el carrier como pensábamos: desde que se activó el modo RST, el Fortigate del cliente descarta los RST y las llamadas quedan colgadas o fallan
- Alma: ¿lo ves en el log?
- Joaquín: sí, "reason: no session matched" con flag R
- Alma: > no session matched
ok, confirmado`),
    fw(`[21:00] Ajay: RST mode laga ke TIME_WAIT toh theek ho gaya, lekin ab client ki calls fail
[21:02] Kiran: unke iptables firewall pe INVALID drop rule hai, RST packets wahan mar rahe
[21:03] Ajay: > RST packets wahan mar rahe
dikh raha hai, counter badh raha`),
    fw(`- Sérgio: as chamadas passando pelo SonicWall começaram a falhar quando ligamos o RST no VOS
- Sérgio: o SonicWall registra "TCP packet received on non-existent/closed connection; TCP packet dropped" com RST
> TCP packet dropped
- Tiago: firewall stateful jogando fora o RST`),
    fw(`[13:33] Kamran: calls fail after RST was turned on. firewall log: "drop RST, no matching state"
[13:35] Waqar: yeh kis firewall ka hai?
[13:35] Kamran: client ka Cisco ASA
[13:36] Waqar: > drop RST, no matching state
toh ASA RST kha raha`),
    fw(`[09:09] Slamet: sejak SS_TCP_CLOSE_RESET On, panggilan pelanggan di belakang Fortigate banyak yang gagal
[09:11] Yogi: log Fortigate: "Denied by forward policy check" dan "tcp flag RST" invalid
[09:12] Slamet: > invalid
RST-nya di-drop firewall`),
    fw(`[3:45 م] Hasan: الـ VOS شغلنا عليه RST mode، وبعدها المكالمات فشلت للعملاء اللي ورا pfSense
[3:47 م] Munir: pfSense يسجل "TCP:R" blocked
[3:48 م] Hasan: > TCP:R blocked
يعني يرمي حزم الـ RST`),
    fw(`[18:15] Anup: Kathmandu client ki calls RST mode ke baad fail. unka MikroTik firewall "connection-state=invalid action=drop" pe RST ko drop kar raha
[18:17] Prateek: > connection-state=invalid
haan, RST packets invalid mark ho rahe hain`),
    fw(`- Rafaela: chamados fechando errado e chamada falhando desde ontem
- Caetano: ontem ativaram o RST mode (SS_TCP_CLOSE_RESET On) e o firewall stateful do datacenter do cliente derruba os RST
- Rafaela: > derruba os RST
tem log?
- Caetano: tem, dezenas por minuto`),
    fw(`[20:20] Anis: first thought codec, then carrier. akhon dekhi RST mode on korar por thekei calls fail
[20:22] Kabir: client er firewall RST packet drop korche, log e ache
[20:22] Anis: > log e ache
ha, "RST dropped, session not found"`),
    fw(`[15:45] Ravindra: client ka firewall RST packets drop kar raha, isliye calls fail. ye RST mode on hone ke baad shuru hua
[15:47] Nikhil: kaunsa firewall?
[15:47] Ravindra: Sophos XG, stateful
[15:48] Nikhil: > stateful
expected hai`),
    fw(`- Manuel: las llamadas fallan y el firewall del cliente (Check Point) dropea los paquetes RST
- Manuel: empezó justo después de que activamos SS_TCP_CLOSE_RESET en el VOS
- Lorenzo: > empezó justo después
listo, causa clara`),
    fw(`[10:30] Wahid: calls fail ho rahi hain RST mode enable karne ke baad
[10:32] Zafar: client ka firewall conntrack me RST ko INVALID maan ke drop kar raha, tcpdump me dikhta hai RST nikalta hai VOS se par aage nahi jaata
[10:33] Wahid: > aage nahi jaata
samajh gaya`),
    fw(`[14:55] Andika: setelah mode RST aktif, panggilan lewat firewall pelanggan gagal
[14:57] Hendro: firewall Sophos mereka drop RST, logged as "invalid state"
[14:58] Andika: > invalid state
pantes`),
    fw(`[9:20 م] Rashed: RST mode 3ala el VOS da bawaz el calls wara el firewall 3and el 3amil
[9:22 م] Tarek: el Fortigate bi-drop el RST packets, shoft el log
[9:22 م] Rashed: > bi-drop el RST
yes, "invalid packet" kolaha RST`),
    fw(`[17:05] Sabina: calls fail korche RST mode on kora theke, firewall er log e RST drop
[17:07] Imon: kon firewall?
[17:07] Sabina: pfSense, stateful
[17:07] Imon: > stateful
thik ache, eta obvious`),
    fw(`- Tobías: llamadas fallando desde ayer. primero culpamos al ISP, pero el firewall perimetral (Palo Alto) está tirando los RST que manda el VOS desde que prendimos el modo RST
- Gustavo: > prendimos el modo RST
¿tenés el log?
- Tobías: sí, "drop: tcp-rst out of window / no session"`),
    fw(`[11:45] Mohan: RST mode ke baad calls fail, client ka firewall RST packets drop karta hai
[11:47] Lokesh: log bhejo
[11:49] Mohan: "TCP RST dropped: no session" x 900 in 10 min, 5060
[11:50] Lokesh: > x 900 in 10 min
firewall hi hai`),
    fw(`- Everton: depois da ativação do RST as ligações caem antes de atender, e o firewall Fortigate mostra RST descartado
- Everton: "drop: tcp packet without session, flags R"
- Simone: > flags R
é ele`),
    fw(`[13:10] Nadeem: calls fail ho rahi jab se SS_TCP_CLOSE_RESET On hua, client ke firewall pe RST packets drop ho rahe hain
[13:12] Asim: konsa firewall?
[13:12] Nadeem: Juniper SRX, stateful
[13:13] Asim: > Juniper SRX
haan SRX out-of-state RST drop karta hai by default`),
    fw(`[16:40] Gede: panggilan gagal sejak semalam
[16:42] Made: semalam RST mode diaktifkan, firewall MikroTik klien drop paket RST (connection-state invalid)
[16:43] Gede: > drop paket RST
lognya penuh`),
    fw(`[8:05 م] Fawaz: المكالمات تفشل عند العميل من وقت تفعيل RST mode، وفايروول Sophos يسقط حزم الـ RST
[8:07 م] Hamad: متأكد من السجل؟
[8:08 م] Fawaz: ايه، "Invalid TCP state" على كل RST من السيرفر
[8:08 م] Hamad: > كل RST من السيرفر
واضح`),
    fw(`[12:00] Surya: correction to my morning message — it's not the carrier. since RST mode was enabled, the client's Fortigate drops every RST from VOS and their calls fail
[12:02] Venkat: > drops every RST
log me "invalid session, flags RST"?
[12:02] Surya: exactly that`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the forty-second tuning split. */
export const tuning42Set: readonly EvalItem[] = Object.values(tuning42Families).flat();
