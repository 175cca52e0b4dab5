import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * WhatsApp messages from VOS3000 operators, resellers, NOC staff and their customers in Indonesia, Malaysia, Brunei and
 * the Philippines: Indonesian (formal and Jakarta slang), Malay and Manglish, Tagalog and Taglish, Cebuano and plain
 * English, mixed freely with English technical words, often without punctuation and with typos. Figures are written the
 * local way (30rb, 28.000, 30 ribu, 30k, 30 libo, 30 ka libo, 3万). Many are voice-note transcripts, forwards from staff
 * or end customers, or pasted output of netstat, ss, tcpdump, firewall and softswitch logs.
 *
 * The two-hundred-and-twentieth tuning split, written as the two-hundred-and-twentieth never-tuned evaluation set
 * because the operators of the Indonesian, Malaysian and Philippine archipelagos write in slang-heavy Malay,
 * Indonesian, Tagalog and Cebuano mixed with English. Five negative families of 27 (one service that cannot bind its
 * own port, registration lost for another reason, small figures and questions, firewall work without dropped RST,
 * playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones unregistered
 * after RST mode, a stateful firewall dropping RST). Written before the seventy-fifth round of rules by someone who had
 * read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view;
 * measured as such before and after the seventy-fifth round, then made tuning material for the seventy-sixth:
 * bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 98.9 %, negatives confident 0 %, confident wrong 0 % with the rules
 * of the seventy-fourth round, before the seventy-fifth.
 * After the seventy-fifth round: the same.
 * After the seventy-sixth round, tuned on: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning220Families = {
  oneListeningPort: [
    no(`gan mau tanya, abis install nginx di server vos, tomcat portal nya gak mau start. log nya: java.net.BindException: Address already in use: bind port 8080. gmn ya`),
    no(`boss I try start mbx3000d but it say bind 5060 failed, address already in use. Then I see got another softswitch instance running already lah, the old one tak stop properly. Can kill is it?`),
    no(`pre ayaw mag start ng mysql sa vos server namin, "Can't start server: Bind on TCP/IP port: Address already in use" port 3306 daw. may ibang mysqld ata na naka run`),
    no(`docker: Error response from daemon: driver failed programming external connectivity on endpoint crm-web: Bind for 0.0.0.0:80 failed: port is already allocated.
ini di server yg sama sama vos gan, web manager vos pake port 80 juga ya?`),
    no(`sshd gak mau restart setelah saya ganti Port ke 2222, error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. ternyata ada service lain di 2222, tapi yg mana ya`),
    no(`Boss our billing box (not the switch) the redis cannot start: "Could not create server TCP listening socket *:6379: bind: Address already in use". Any idea which one hold it?`),
    no(`anak IT kami lagi coba jalanin node app di laptop nya, keluar EADDRINUSE :::3000. itu ada hubungan nya sama vos gak? app nya cuma konek ke api vos`),
    no(`bossing dili mo start ang web manager sa VOS, ang log nag ingon port 80 already in use. naa diay httpd nga gi install sa technician gahapon`),
    no(`netstat -tlnp | grep 5060
tcp        0      0 0.0.0.0:5060       0.0.0.0:*        LISTEN      2314/asterisk
ini kenapa ada asterisk di server vos?? mbx3000d jadi gak bisa bind 5060. siapa yg install`),
    no(`[voice note] halo mas, ini saya yang dari cabang surabaya, jadi tadi teknisi restart server terus portal vos yang port 8080 itu gak bisa dibuka, katanya tomcat error address already in use, kayaknya tomcat yang lama masih nyangkut gitu mas, gimana matiinnya ya`),
    no(`Forwarded message:
"Sir the dev server cannot start the SIP test tool on 5080, bind error address in use"
- our developer asking. is this your side or ours?`),
    no(`Salam tuan, selepas kemaskini sistem, perkhidmatan tomcat untuk portal VOS3000 gagal dimulakan. Log menunjukkan "Address already in use" pada port 8443. Mohon bantuan.`),
    no(`bossing yung vos web interface namin ayaw mag load, sabi ng catalina.out "Port 8080 required by Tomcat was already in use". may jenkins kasi kami dun sa same server haha`),
    no(`bro 5060 udah dipake proses lain, mbx gak bisa bind. siapa yg install freeswitch di sini??`),
    no(`Selamat siang, kami mendapatkan error "bind: address already in use" ketika menjalankan container postgres di server monitoring (port 5432). Apakah ini ada kaitannya dengan VOS3000 kami?`),
    no(`ss -ltnp | grep 3306
LISTEN 0 80 *:3306 *:* users:(("mariadbd",pid=1187,fd=22))
pre may nag install ng mariadb dito kaya yung mysql ng vos hindi maka-bind sa 3306. ok lang ba patayin ko yung mariadb?`),
    no(`Eh boss the grafana we install cannot start lah, "listen tcp :3000: bind: address already in use". Got other thing using 3000 kot. Not VOS issue right?`),
    no(`pre nag install kami ng second instance ng softswitch para sa testing, pareho sila ng port 5060 kaya yung pangalawa "cannot bind" daw. pano ba palitan port nung isa?`),
    no(`Sir unsaon pag usab sa port sa VOS web? kay gigamit na sa among cPanel ang 8080, mo error siya nga address already in use`),
    no(`[VN transcript] boss saya Amir ni, tadi saya restart server, lepas tu mbx3000d tak naik, dia kata port 5060 dah ada yang guna, rupanya kamailio yang kita test minggu lepas tu auto start sekali`),
    no(`Hi po, our NOC guy ran a second copy of the H323 gatekeeper on the same box and it complains port 1720 already bound. Just that one port. How to move it?`),
    no(`docker-compose up
ERROR: for kamailio  Cannot start service kamailio: driver failed programming external connectivity: Error starting userland proxy: listen udp4 0.0.0.0:5060: bind: address already in use
kami mau nyoba kamailio di docker di host vos yg sama gan, bisa gak sih`),
    no(`gan webmin gw gak bisa nyala, port 10000 kepake ama apa gitu. lsof nunjukin java. itu punya vos ya? 😅`),
    no(`Magandang araw po. Hindi po mag-start ang httpd pagkatapos naming i-install ang SSL: "(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:443". Pakitingnan po.`),
    no(`the ivr media server cannot listen on 8000 because the vos recording service is there already. One port only lah. Can change which one?`),
    no(`Pak, tiap kali saya restart callback server muncul "java.net.BindException: Address already in use (Bind failed)" di port 9090. proses lama masih jalan pid 4412. aman gak kalau saya kill -9?`),
    no(`Bai ang among bag-ong billing app dili ka listen sa port 80 kay naa na ang VOS portal didto. Address already in use. Asa man nako ibalhin, sa 8081 ba?`),
  ],
  otherRegistrationCause: [
    no(`gan semua ext di kantor cabang unregistered sejak pagi. ternyata password sip nya diganti sama admin kemarin, phone nya belom di update. 401 unauthorized terus`),
    no(`Boss all my phones cannot register lah, got 403 Forbidden. My account expired is it? I already pay last week`),
    no(`pre offline lahat ng softphone ng mga agent namin, nag brownout kasi dito sa Cavite kanina. bumalik na kuryente pero yung iba di pa rin nagre-register`),
    no(`We migrated the switch to a new IP last night and forgot to tell the resellers. Now all their gateways show unregistered because they still point to the old IP. Any way to mass update?`),
    no(`Mas ganti router baru dari ISP (ZTE), abis itu IP phone yang pake UDP 5060 pada unregistered. saya baca SIP ALG harus dimatiin ya?`),
    no(`bossing yung Zoiper sa Android ng mga sales namin nawawala ang registration pag naka-lock ang phone. battery saver pala ng Xiaomi pumapatay sa app, paano i-whitelist?`),
    no(`Salam tuan, log VOS menunjukkan lesen telah tamat tempoh dan semua gateway tidak dapat register. Bagaimana nak renew?`),
    no(`Indihome lagi down se-Jabodetabek, makanya semua phone client kami unregistered. info aja ya, nanti kalo internet udah normal dan masih ada masalah saya kabarin`),
    no(`gan domain sip.abcvoip.id kita pindahin ke cloudflare, abis itu resolve nya ke IP lama. phone yang pake domain jadi unregistered, yang pake IP langsung aman`),
    no(`Sir ang IP phone sa reception dili ma register ganina, gi check sa among IT, guba diay ang LAN cable. OK na karon, salamat`),
    no(`siapa yang hapus account 8801-8830 di VOS?? semua ext client saya unregistered dan muncul 404 Not Found pas REGISTER`),
    no(`REGISTER sip:sip.myvoip.my SIP/2.0
SIP/2.0 401 Unauthorized
REGISTER sip:sip.myvoip.my SIP/2.0
SIP/2.0 403 Forbidden
boss this one my customer gateway, keep loop like this. I think he type wrong password right?`),
    no(`boss wifi office down since morning, all the softphone on laptop unregistered. the desk phone on LAN ok. ISP technician coming at 3pm`),
    no(`pinalitan po namin ang password ng lahat ng SIP accounts dahil may nag-hack, pero nakalimutan i-update sa 12 GSM gateway. ngayon puro 401. may paraan ba i-bulk update?`),
    no(`GoIP di site BTS mati karena baterai UPS nya soak, listrik PLN padam semalaman. sekarang gateway nya unregistered semua, harus kirim teknisi kesana`),
    no(`Fwd dari client saya: "Bang akun SIP saya ga bisa login, katanya expired". itu saldo nya abis apa masa aktif nya yg abis ya gan?`),
    no(`Our ISP changed our public IP this morning, and in VOS the gateway is IP authenticated, so now it shows unregistered and calls rejected. Need you update the mapping to the new IP please.`),
    no(`Boss nausab ba ang IP sa server ninyo? among mga phone wala na ka register sukad ganina, naka hardcode man ang IP sa config`),
    no(`Pak VOS kami muncul "registration limit reached" setelah tambah 50 user baru. license kami cuma 500 user ya?`),
    no(`[voice message] hello po sir, si Jun po ito sa Davao branch, yung mga telepono po dito lahat nakalagay "No Service" kasi po nag-brownout tapos yung router hindi nag-on ulit, sira ata yung adapter, bibili pa po kami bukas`),
    no(`Kami ganti mikrotik baru di cabang, phone pake UDP semua, sejak itu registrasi putus2. RST mode ga pernah kami sentuh. apa perlu disable sip helper di mikrotik nya?`),
    no(`wei why my account kena suspend?? all phones unregistered, got 403. I pay already yesterday la, check properly`),
    no(`softphone kat iPhone staf saya tak boleh register lepas update iOS, asyik "registration timeout". kena bagi permission local network ke?`),
    no(`nag-change kami ng server name from sip1 to sip-ph, yung mga Grandstream naka-point pa sa luma. unregistered lahat. kailangan ba isa-isahin sa web ng phone?`),
    no(`Dengan hormat, sejak tanggal 3 seluruh akun di bawah reseller kami tidak dapat registrasi karena masa berlaku akun telah habis. Mohon dibantu perpanjangan.`),
    no(`Sir ang softphone sa akong laptop mo ingon "Registration failed: 408 timeout", pero nahibal-an nako nga gi-block diay sa hotel wifi ang SIP. Sa balay okay man.`),
    no(`Log from the Yeastar: "Register failed, reason: 403 Forbidden - wrong password". Staff changed the trunk password in VOS portal yesterday and nobody updated the PBX. we're on udp btw`),
  ],
  smallFigures: [
    no(`gan iseng cek, netstat -ant | grep TIME_WAIT | wc -l hasilnya 312. server lagi sepi. ini normal kan?`),
    no(`Boss what is TIME_WAIT exactly? my junior keep asking me and I also not so sure lah`),
    no(`pre dapat ba namin i-on yung tcp_tw_reuse? wala naman problema, gusto lang namin malaman kung best practice ba`),
    no(`SS_TCP_CLOSE_RESET itu fungsinya apa ya gan? cuma nanya aja, gak ada masalah`),
    no(`ss -s
Total: 412 (kernel 0)
TCP:   187 (estab 96, closed 63, orphaned 0, synrecv 0, timewait 58/0), ports 0
health check bulanan pak, aman ya?`),
    no(`is 400 TIME_WAIT normal for 20 cps? just doing health check, no complain from customer`),
    no(`Boss unsa ang kalainan sa FIN ug RST? nag-study lang ko para sa among NOC training`),
    no(`Pak mau tanya, ip_local_port_range default di centos 7 berapa? 32768-60999 kan? buat dokumentasi aja`),
    no(`mga 150 lang naman ang TIME_WAIT sa server namin tuwing gabi, may dapat ba akong gawin o hayaan na lang?`),
    no(`Tuan, berapa lama socket duduk dalam TIME_WAIT di Linux? 60 saat ke? Sekadar ingin tahu.`),
    no(`netstat -an | awk '/tcp/ {print $6}' | sort | uniq -c
     85 ESTABLISHED
     12 LISTEN
    230 TIME_WAIT
normal kan bro?`),
    no(`sebelum kita naikin traffic ke 200 cps bulan depan, perlu setting apa aja di kernel? sekarang baru 15 cps dan semua aman`),
    no(`bossing ano ba ibig sabihin ng CLOSE_WAIT vs TIME_WAIT? nakita ko lang sa netstat, mga 40 lang naman`),
    no(`Our dashboard shows around 800 sockets in TIME_WAIT at peak, 60 cps, cpu 20%. all calls ok. just confirm it's fine`),
    no(`bro tcp_fin_timeout mending diturunin ke 30 gak? cuma 90an time_wait sih, penasaran aja`),
    no(`Boleh terangkan beza ephemeral port dengan listening port? Staf baru saya keliru.`),
    no(`kalau ss -s tunjuk timewait 27 tu ok kan? VOS baru install, belum ada trafik lagi`),
    no(`Boss 35 ra ka TIME_WAIT sa among server, pero ang among consultant nag ingon i-on daw ang RST. kinahanglan ba gyud?`),
    no(`Fwd dari tim NOC: "Mas, tcp_tw_recycle masih aman dipake gak? denger2 udah dihapus di kernel baru"`),
    no(`ilang TIME_WAIT ba dapat mag-alala na kami? ngayon nasa 500 kami pag rush hour, 35 cps, walang failed calls`),
    no(`Quick question: does SS_TCP_CLOSE_RESET affect UDP trunks at all? All our carriers are UDP except one.`),
    no(`ss -tan state time-wait | wc -l
641
server 8 core, 45 cps. ok ba yan pre?`),
    no(`Apa maksud "orphaned" dalam output ss -s? Nilai kami 0, timewait 120.`),
    no(`Mohon penjelasan, apakah mengaktifkan tcp_tw_reuse berisiko untuk koneksi SIP over TLS? Saat ini kami tidak mengalami kendala apa pun.`),
    no(`[VN] bang mau nanya doang, yang namanya port ephemeral itu maksimal berapa sih? soalnya bos saya nanya kapasitas server, sekarang sih trafik kecil, TIME_WAIT paling 200an`),
    no(`Sir pila man ang normal nga TIME_WAIT para sa 10 cps? amo 70 ra.`),
    no(`Boss our monitoring alert threshold for TIME_WAIT we set 5000, now only 300+. Is that threshold ok or too high?`),
  ],
  firewallNoRst: [
    no(`gan tolong buka port 5060-5062 tcp/udp di firewall server kami, carrier baru mau masuk dari IP 45.12.x.x`),
    no(`Boss can whitelist our new office IP 175.139.x.x? cannot access the VOS portal, firewall block`),
    no(`pre na-ban ng fail2ban yung IP ng main office namin, sobra daw failed logins kasi mali password ng isang phone. pano i-unban?`),
    no(`Pak di FortiGate kami mau matiin SIP ALG (session-helper), caranya gimana ya? trunk nya UDP`),
    no(`We keep getting SIP scanners from overseas IPs hitting 5060 all night. Can block by country in iptables? ipset with geoip list?`),
    no(`bisa gak bikin rate limit REGISTER per IP di iptables? ada yang brute force 200 request per detik dari 1 IP`),
    no(`Salam, carrier baru kami dari Singapura minta IP media range 10000-20000 UDP dibuka. Boleh bantu tambah rule?`),
    no(`bossing paano mag port forward sa MikroTik para ma-access yung VOS web portal from outside? public 8080 papunta sa 192.168.1.10:80`),
    no(`iptables -L INPUT -n --line-numbers
1    ACCEPT     all  --  0.0.0.0/0   0.0.0.0/0   state RELATED,ESTABLISHED
2    DROP       all  --  0.0.0.0/0   0.0.0.0/0
3    ACCEPT     udp  --  203.0.113.0/24  0.0.0.0/0  udp dpt:5060
pre tama ba order ng rules ko? gusto ko i-allow lang 5060 from carriers`),
    no(`Boss palihug i-whitelist ang IP sa among bag-ong carrier, gi-reject man sa firewall ang ilang INVITE.`),
    no(`We moved the VOS behind pfSense. What ports need to be open? 5060 tcp udp, rtp range, 80 for web manager, anything else?`),
    no(`date=2024-05-02 time=03:14:22 action=deny srcip=185.x.x.x dstport=5060 proto=17 policyid=0
ini serangan ya gan? mau blok permanen range nya`),
    no(`Sir sa AWS security group ano ang dapat i-allow para sa RTP? one-way audio kami sa bagong server`),
    no(`Tuan, pihak audit minta kami tutup port SSH 22 kepada umum dan benarkan hanya IP pejabat. Boleh bantu konfigurasi?`),
    no(`natanggal ata yung rule para sa billing server namin sa firewall, hindi na maka-connect sa MySQL port 3306 ng VOS`),
    no(`bro cara whitelist IP di VOS nya sendiri (bukan iptables) dimana? menu gateway mapping ya?`),
    no(`2024-06-11 02:13:44,512 fail2ban.actions [1234]: NOTICE [vos-sip] Ban 103.28.x.x
itu IP client kami sendiri, tolong unban dan masukin ke ignoreip`),
    no(`Our client's Cisco ASA has "inspect sip" on, should we disable it? Their trunk is UDP and calls drop at 32 sec.`),
    no(`Can help me check why the carrier cannot reach us? I think the new firewall rule I put yesterday block their IP range lah. 5060 udp.`),
    no(`Bai naa bay recommended nga iptables rules para sa VOS3000? bag-o pa mi, wala pay firewall ang server`),
    no(`Mohon bantuan konfigurasi firewalld di CentOS 7 untuk membuka port web manager VOS3000 dan port SIP.`),
    no(`Boss hashlimit untuk INVITE 30 per saat per IP ok tak? banyak fraud call datang dari satu IP.`),
    no(`SonicWall baru di kantor client, mau forward port 5060 udp ke IP PBX internal. settingan nya dimana ya gan?`),
    no(`Bossing pa-block naman ng range na 45.95.x.x, puro SIP scanner yan buong gabi`),
    no(`[voice note] halo pak, ini dari tim IT, kita mau ganti firewall ke pfSense minggu depan, minta list port yang harus dibuka buat VOS ya pak, nanti saya kirim email detailnya`),
    no(`New carrier from Vietnam gave us 3 signaling IPs. Need a FortiGate policy for SIP TCP 5060 from them only. Not urgent, sometime this week.`),
    no(`Sir pwede ba sa iptables nga i-allow lang ang Pilipinas ug Indonesia sa SIP, i-block tanan uban? daghan kaayo ang scanner`),
  ],
  negationContext: [
    no(`Kami pake UDP semua gan, jadi RST mode gak ngaruh kan? phone NAT kami aman2 aja, cuma mau mastiin sebelum upgrade`),
    no(`RST mode never enabled on our switch, still Off since install. The unregistered phones yesterday was because of password change, solved already.`),
    no(`Info aja gan: minggu lalu TIME_WAIT sempat 30rb, udah kalian benerin, sampai sekarang stabil di 400an. makasih ya`),
    no(`pre kung i-on namin yung RST, mahihirapan ba yung mga phone namin na naka NAT sa MikroTik? di pa namin ginagalaw, tanong lang`),
    no(`Di lab kami (bukan production) sengaja kami nyalain SS_TCP_CLOSE_RESET buat testing, terus softphone di VM NAT jadi unregistered. wajar kan? production gak kenapa2`),
    no(`For our NOC training: can you explain why RST mode can break stateful firewalls? We don't have any issue, just making slides.`),
    no(`kawan saya cerita dulu tahun 2019 vos dia kena "cannot assign requested address" pas peak, katanya fix nya pake tw_reuse. kita sendiri belum pernah kena sih, cuma penasaran`),
    no(`Alarm Zabbix semalam "TIME_WAIT > 20000" ternyata salah item, yg dihitung total semua host. di vos nya cuma 300an. abaikan aja ya`),
    no(`bossing unregistered yung mga phone namin kanina after the password change, pero walang RST kaming ginalaw. na-update na namin yung password sa phones, ok na lahat`),
    no(`Firewall kami FortiGate, call gagal sejak jam 10, tapi gak ada yang ubah apa2, RST mode juga masih Off (cek softswitch.conf SS_TCP_CLOSE_RESET="Off"). carrier bilang mereka lagi maintenance`),
    no(`We plan to turn on RST next week to reduce TIME_WAIT before the Ramadan peak. Currently no issue. Anything to check on our pfSense first?`),
    no(`Saya nampak "Address already in use" dalam log lama bulan Mac, masa tu kami dah restart dan naikkan port range. Sekarang tiada masalah, cuma nak rekod dalam tiket.`),
    no(`yung NAT issue ng mga branch namin last month, na-off na namin yung RST at ok na sila since then. closing ko na ang ticket, salamat po`),
    no(`Boss dili ni about sa among server, sa laing provider ni. Ang ilang phones behind NAT unregistered daw pag-on nila sa RST. Curious lang ko kung ngano.`),
    no(`Itu log "TCP RST dropped, invalid state" yang saya kirim tadi dari firewall lab ya, bukan production. di production RST mode Off dan call normal`),
    no(`gak ada yang ubah apa2 di server, RST juga gak pernah dinyalain. ext di ruko pada unregistered gara2 listrik padam, sekarang udah nyala lagi`),
    no(`Ignore my previous message about the BindException, it was our Jenkins box, not the switch. Switch is fine, about 200 TIME_WAIT.`),
    no(`Soal ujian sertifikasi internal: "Apa efek SS_TCP_CLOSE_RESET=On terhadap perangkat NAT?" jawabannya apa ya gan, biar saya cocokin sama jawaban saya`),
    no(`Last time you all set RST On for us, after that our NAT phones went unregistered, then you set back Off and now okay for 2 weeks already. Just want to say thanks boss`),
    no(`Kalau nanti kami pindah ke cloud dan pakai security group AWS, terus RST nya On, bakal ada masalah gak? sekarang masih on-prem dan RST Off`),
    no(`All our handsets are UDP only, so that RST setting your engineer mentioned cannot be the cause right? The unregistered ones are just 3 phones with wrong config, we fixing now.`),
    no(`nabasa ko sa group na pag naka-on daw ang RST mode, nag-iiwan ng half-open connections sa firewall. totoo ba? wala naman kaming problema, curious lang`),
    no(`netstat di server web kami (bukan vos) nunjukin 25rb TIME_WAIT karena nginx reverse proxy. vos nya normal. ini bukan urusan kalian kan hehe`),
    no(`Gi-ask lang sa akong amo: kung mag-on mi sa RST, unsa ang epekto sa among FortiGate? Wala pa mi nag-usab bisan unsa.`),
    no(`tadi sempat panik liat log "cannot assign requested address" ternyata dari script backup yang nyoba bind ke IP lama. vos nya sendiri sehat, call ke carrier lancar`),
    no(`Pegawai baru kami tanya kenapa dulu kami tak aktifkan RST walaupun TIME_WAIT kadang 2-3 ribu. Saya jawab sebab ada telefon belakang NAT. Betul ke penerangan saya?`),
    no(`FYI forwarded from our old NOC chat (2021): "switch out of ports, 3万 TIME_WAIT, restart fixed it". That was the old box we decommissioned. New one no issue, just sharing the history.`),
  ],
  portExhaustion: [
    pe(`gan tolong, tiap jam 8 malam pas peak vos gak bisa connect ke carrier TCP. log: "cannot assign requested address". netstat TIME_WAIT 28rb. restart baru normal, besok kambuh lagi`),
    pe(`Boss urgent lah, peak hour now calls to the TCP carrier all fail, log full of EADDRINUSE. ss -s show timewait 31k. what to do`),
    pe(`ss -s
Total: 33512 (kernel 0)
TCP:   31877 (estab 1420, closed 30211, orphaned 3, synrecv 0, timewait 30198/0), ports 0
pre ganyan ngayon, mga 180 cps, failed lahat ng bagong tawag papunta sa carrier na TCP`),
    pe(`[voice note] pak tolong pak, ini trafik lagi tinggi-tingginya, sekitar seratus lima puluh cps, terus panggilan keluar ke carrier yang pakai TCP itu gagal semua, di log ada tulisan address already in use, tadi malam juga gitu, setelah jam dua belas malam normal lagi`),
    pe(`Boss pag peak sa hapon dili na maka connect ang VOS sa among TCP carrier. "Cannot assign requested address" sa log. Naay 30 ka libo nga TIME_WAIT. Pag restart okay ra, unya mobalik.`),
    pe(`pre yung server namin nauubusan ata ng port, mga 30 libo ang TIME_WAIT tuwing rush hour, tapos failed yung mga outgoing TCP sa carrier. bumabalik lang sa normal pag gabi na`),
    pe(`19:02:11 java.net.BindException: Cannot assign requested address (connect failed)
19:02:11 java.net.BindException: Cannot assign requested address (connect failed)
19:03:40 java.net.BindException: Cannot assign requested address (connect failed)
ini muncul terus tiap peak bro, vos kita 200 cps. ke carrier jadi banyak gagal`),
    pe(`Tuan, semasa waktu puncak sambungan TCP baharu ke pembawa gagal dengan ralat "Address already in use". Jumlah soket TIME_WAIT melebihi 28.000. Masalah ini berulang setiap hari.`),
    pe(`Our tech from China say the server got 3万 TIME_WAIT at peak, new SIP TCP connection to carrier cannot open. Since last week every evening. Help boss`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
  29744 TIME_WAIT
   1312 ESTABLISHED
     14 LISTEN
gan ini normal? soalnya jam segini call ke carrier pada gagal "connect failed"`),
    pe(`woi ini server vos lu kenapa tiap sore port abis mulu, TIME_WAIT 32rb, call ke carrier TCP gagal semua. udah 3 hari gini, gw restart mulu capek`),
    pe(`bossing EADDRINUSE everywhere sa softswitch log pag 6pm-9pm. ang daming TIME_WAIT, 25k plus. gumaganda pag madaling araw. ano fix?`),
    pe(`Forwarded: "Mas barusan jam 19.30 ACD drop banget, banyak call ke carrier Telin gagal, log nya cannot bind local port. TIME_WAIT 27.000an"
ini dari NOC saya gan, tolong dicek sekarang`),
    pe(`Our outbound calls are dying at peak again. Same as yesterday: thousands of sockets stuck in TIME_WAIT (around 29k) and "Cannot assign requested address" errors. Restarting mbx3000d fixes it for a few hours only.`),
    pe(`Sir nahutdan napud mig port. TIME_WAIT 30k. Carrier TCP failed tanan. Tabang`),
    pe(`boss every day 8pm onwards ASR drop to 20%, check the server got like 30 ribu TIME_WAIT, new connection cannot establish. After 1am ok back. Pls help`),
    pe(`Selamat malam, sejak trafik naik ke 250 CPS, koneksi TCP baru dari VOS3000 ke carrier gagal pada jam sibuk. Jumlah TIME_WAIT mencapai 31.000. Mohon solusinya.`),
    pe(`ss -tan state time-wait | wc -l
28641
ss -tan state established | wc -l
902
pre ayan output habang peak, hindi maka-connect sa carrier via tcp`),
    pe(`2024-07-14 20:11:03 [ERROR] SipTcpTransport: connect to 203.0.113.7:5060 failed, errno=99 (Cannot assign requested address)
2024-07-14 20:11:03 [ERROR] SipTcpTransport: connect to 203.0.113.7:5060 failed, errno=99 (Cannot assign requested address)
gan log kita kayak gini ratusan baris per menit pas peak`),
    pe(`[voice message] hello bossing, ayan na naman po, tuwing alas siyete nagfe-fail yung mga tawag papunta sa carrier, sabi ni Mark nasa trenta mil daw yung TIME_WAIT, tapos pag nirestart namin ok na ulit pero bumabalik din`),
    pe(`Boss the switch keep say "cannot bind" when open new TCP to carrier during peak. Not listening port ah, outgoing. TIME_WAIT around 26k. Yesterday same thing.`),
    pe(`cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
TIME_WAIT 28rb. pas peak call ke carrier TCP gagal "address already in use". kayaknya port nya abis ya gan?`),
    pe(`Boss kada gabii mga alas 9, ang among VOS dili na maka-open og bag-ong TCP connection sa carrier. TIME_WAIT 29 ka libo. Unsa may buhaton?`),
    pe(`This is the 4th night in a row. At peak your switch cannot open new TCP connections to our upstream, EADDRINUSE in logs, 30,000+ TIME_WAIT. Fix it properly this time.`),
    pe(`nag-promo kami, umabot 300 cps, tapos biglang puro failed ang outbound TCP. netstat: mga 32k TIME_WAIT. pag bumaba ang traffic ok na. paano ito?`),
    pe(`Salam boss, trafik kami naik, sekarang tiap petang "BindException" keluar untuk sambungan keluar ke carrier, TIME_WAIT 27 ribu. Lepas tengah malam okay balik.`),
    pe(`Fwd dari client wholesale saya: "Bang tiap peak jam 7-10 malam call kami ke kalian reject/timeout". gw cek server vos, TIME_WAIT 30rb lebih, log banyak "cannot assign requested address". help`),
    pe(`TIME_WAIT tembus 33rb lagi gan, carrier TCP gak bisa connect. tolong`),
    pe(`ss -s
TCP:   30542 (estab 1688, closed 28701, orphaned 0, synrecv 0, timewait 28690/0), ports 0
Boss now peak, new call to carrier via TCP fail. What setting to change?`),
    pe(`Magandang gabi po. Tuwing peak hours hindi makagawa ng bagong TCP connection ang VOS3000 papunta sa aming carrier at lumalabas ang "Address already in use". Umaabot po sa 28,000 ang TIME_WAIT. Gumagaling po pagkatapos ng restart pero bumabalik kinabukasan.`),
  ],
  natUnregistered: [
    nat(`gan sejak kemarin RST mode dinyalain sama tim kalian, IP phone di kantor cabang (di belakang MikroTik) yang pake TCP pada unregistered terus. yang IP public aman`),
    nat(`Boss after your guy set SS_TCP_CLOSE_RESET On yesterday, all my home users softphone (behind their own router) keep drop registration. TCP one. The office one with public IP no problem.`),
    nat(`pre simula nung in-on yung RST mode, yung mga Yealink sa branch namin na naka-NAT sa likod ng MikroTik paulit-ulit nawawala ang registration. TCP sila. yung naka-UDP ok naman.`),
    nat(`Boss sukad gi-on ang RST, ang among mga phone sa branch nga naa sa likod sa router (NAT) kay unregistered na sige. TCP among transport. Ang naay public IP okay ra.`),
    nat(`[voice note] mas ini dari kantor Bekasi, jadi semenjak setting yang RST itu diubah jadi On, telepon-telepon di sini pada hilang registrasinya, muncul lagi terus hilang lagi, kita pakai TCP lewat MikroTik, kalau yang di kantor pusat yang IP publik gak ada masalah`),
    nat(`Tuan, selepas parameter SS_TCP_CLOSE_RESET ditukar kepada On, telefon IP di cawangan kami yang berada di belakang NAT dan menggunakan SIP over TCP kerap kehilangan pendaftaran. Telefon dengan IP awam tidak terjejas.`),
    nat(`bossing since you enabled RST mode kahapon, lahat ng work-from-home agents namin (home routers, TCP transport) unregistered on and off. yung nasa DC with public IP walang problema.`),
    nat(`8801  192.168.88.21:5060  TCP  Unregistered
8802  192.168.88.22:5060  TCP  Unregistered
8803  192.168.88.23:5060  TCP  Unregistered
8810  103.147.x.x:5060    UDP  Registered
ini gan dari tadi pagi sejak RST On, yang di belakang mikrotik cabang semua kayak gini`),
    nat(`Since the RST change on Monday our branch phones behind the MikroTik (SIP over TCP) flip between registered and unregistered every few minutes. Phones on public IPs and our UDP trunks are fine.`),
    nat(`bro abis RST di-on-in, ext2 yg di rumah2 agent pada offline mulu. mereka pake TCP di belakang router indihome. yg pake udp sih aman`),
    nat(`RST On since Tues. NAT phones on TCP all unregistered. Public IP ok. Help boss`),
    nat(`Gi-forward sa among IT: "Sir sukad sa update sa VOS (RST mode On), ang mga softphone sa mga agent sa balay dili na mo-stay registered, TCP sila. Ang sa office nga public IP walay problema."`),
    nat(`Dengan hormat, sejak pengaktifan mode RST pada softswitch, perangkat telepon di kantor cabang yang berada di belakang router NAT dan terdaftar melalui TCP berstatus unregistered berulang kali. Telepon dengan IP publik tidak terdampak.`),
    nat(`hala pre, after ma-on yung SS_TCP_CLOSE_RESET, yung mga Grandstream namin sa Makati branch (behind NAT, TCP) naging unregistered lahat. pero yung naka-public IP sa Ortigas ok.`),
    nat(`Zoiper agents kami pake TCP, sejak RST mode On kemarin sore mereka laporan "Registration failed" terus register lagi tiap beberapa menit. semua dari rumah (NAT). client yg IP publik gak ngeluh`),
    nat(`boss lepas RST on, phone kat cawangan Johor (belakang MikroTik, transport TCP) asyik unregister. Yang guna UDP elok je.`),
    nat(`What did you do to our switch?! Ever since RST was turned on all our remote phones behind NAT using TCP show unregistered. Only the ones with public IP working. Put it back!`),
    nat(`sip debug:
10:41:02 REGISTER from 10.0.5.31 via 180.252.x.x:41877 transport=TCP -> 200 OK
10:41:33 TCP 180.252.x.x:41877 closed (RST sent)
10:42:05 REGISTER from 10.0.5.31 via 180.252.x.x:52210 transport=TCP -> 401
10:43:10 user 6012 status Unregistered
pak ini phone di cabang Bandung di belakang NAT, sejak RST mode On polanya gini terus. yang IP publik aman`),
    nat(`Bai since gi-enable ninyo ang RST mode, ang mga IP phone sa among Cebu branch (naa sa likod sa MikroTik, TCP) kay mawala-wala ang registration. Sa Manila nga public IP OK ra tanan.`),
    nat(`Setelah SS_TCP_CLOSE_RESET=On, di MikroTik cabang keliatan connection tracking TCP ke 5060 ilang terus, phone nya (TCP) jadi unregistered. Phone yg langsung IP publik aman. sekarang masih begini`),
    nat(`[voice message] sir good morning po, yung mga phones po namin sa call center, simula po nung pinalitan niyo yung RST setting, naka-unregistered na po halos lahat, naka-TCP po kasi sila tapos nasa likod ng router, yung mga nasa main office na public IP okay naman po`),
    nat(`After enable RST mode the softphones of our reseller customers at home (all NAT, TCP 5060) cannot stay registered. Those on UDP still fine. Now still same, customers complaining.`),
    nat(`Sejak mod RST diaktifkan pagi semalam, telefon di belakang penghala NAT yang guna TCP tidak kekal berdaftar, sekejap daftar sekejap hilang. Adakah perlu kami tukar semula kepada Off?`),
    nat(`phone NAT TCP unregistered semua sejak RST On gan. yg IP publik aman`),
    nat(`Branch office Davao: 14 Fanvil phones behind a TP-Link router, SIP over TCP. Since RST mode went On last night they drop registration every 2-5 min. HQ phones on public IPs unaffected.`),
    nat(`Fwd dari reseller Medan: "Pak sejak kemarin pelanggan saya yang pake softphone dari rumah (TCP) unregistered terus, yang pake IP publik lancar."
kemarin memang kita aktifin RST mode di server itu`),
    nat(`Boss unsa man ni, sukad sa pag-on sa SS_TCP_CLOSE_RESET ang mga softphone sa among mga reseller nga naa sa balay (NAT, TCP) kay unregistered. Ang naka-public IP ug UDP okay ra.`),
    nat(`lepas you all switch on the RST thing, my branch in KK behind MikroTik all phones TCP unregistered lah, every few minutes register then drop. HQ public IP no issue`),
    nat(`Magandang hapon po. Mula nang i-On ang RST mode sa softswitch, ang mga telepono sa aming mga sangay na nasa likod ng NAT at gumagamit ng TCP ay paulit-ulit na nawawalan ng registration. Hindi po apektado ang may public IP.`),
    nat(`Pak dari 120 ext, 85 yang di cabang (di belakang NAT, TCP) jadi unregistered sejak RST mode diaktifkan kemarin. 35 yang IP publik masih registered. masih berlangsung sampai sekarang.`),
  ],
  firewallRst: [
    fw(`gan sejak RST mode On, call lewat FortiGate kami pada gagal/nyangkut. log forti: "TCP RST dropped, no session matched". session di sisi carrier masih ESTABLISHED`),
    fw(`Boss since you turn on RST, calls through our pfSense keep hang. pfSense log show RST blocked "invalid state". The other side still think connection open.`),
    fw(`Jul 15 10:12:01 pfsense filterlog: 5,,,1000000103,igb0,match,block,in,4,0x0,,64,0,0,DF,6,tcp,40,10.10.1.5,203.0.113.7,5060,43321,0,R,,0,,
Jul 15 10:12:03 pfsense filterlog: 5,,,1000000103,igb0,match,block,in,4,0x0,,64,0,0,DF,6,tcp,40,10.10.1.5,203.0.113.7,5060,43987,0,R,,0,,
pre puro ganito log sa pfSense mula nung in-on ang RST mode, tapos nagha-hang ang mga tawag`),
    fw(`pre since ma-on yung RST, nakikita namin sa iptables log na INVALID yung RST packets, drop sila. tapos yung calls through firewall nag-hang.`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 10.20.0.8/5060 to 203.0.113.9/43321 flags RST on interface inside
%ASA-6-106015: Deny TCP (no connection) from 10.20.0.8/5060 to 203.0.113.9/44012 flags RST on interface inside
since RST mode On, calls via the ASA fail. Help`),
    fw(`Semenjak RST di-On-kan, call dari server VOS di AWS (security group + NLB) ke carrier pada hang. di sisi carrier masih keliatan ESTABLISHED, kayaknya RST nya gak nyampe`),
    fw(`Boss sukad gi-on ang RST mode, ang mga tawag nga moagi sa among FortiGate kay mo-fail o mo-hang. Ang log sa Forti nag ingon gi-drop ang RST.`),
    fw(`SonicWall log: "TCP packet received on non-existent/closed connection; TCP packet dropped", flags RST. Since RST mode enabled, calls failing through the SonicWall.`),
    fw(`[voice note] pak ini dari NOC, jadi sejak RST mode diaktifkan kemarin, call-call yang lewat firewall kita yang Fortigate itu banyak yang gagal atau nyangkut, gak ada suara terus gak putus-putus, di log firewall ada paket RST yang di-drop`),
    fw(`Tuan, selepas SS_TCP_CLOSE_RESET ditetapkan On, panggilan yang melalui firewall stateful kami gagal. Log firewall menunjukkan paket RST dibuang (dropped) dan sambungan di sebelah pembawa kekal ESTABLISHED.`),
    fw(`since RST On, failed calls through our pfSense. carrier says their side still shows ESTABLISHED sessions, pfSense dropping RST as invalid. what now bossing?`),
    fw(`conntrack -L -p tcp --dport 5060 | grep -c ESTABLISHED
1874
firewall kami iptables stateful, di log RST nya kena drop INVALID. sejak RST On call gagal, sesi ESTABLISHED numpuk gitu`),
    fw(`bro abis RST On, Forti gw nge-drop RST mulu, call ke carrier nyangkut. sesi di carrier numpuk ESTABLISHED. gimana nih`),
    fw(`RST on, fortigate drop the RST, calls hang. help`),
    fw(`Our carrier is behind a Cisco ASA. Since you switched RST mode On, about 40% of calls fail at setup. Their ASA logs "Deny TCP (no connection) ... flags RST". Their NOC says half-open connections are piling up.`),
    fw(`Sir ang RST gi-drop sa pfSense sukad gi-on ninyo. Daghang call nag-hang. Tabangi mi`),
    fw(`Magandang umaga po. Mula nang i-On ang RST mode, nagfa-fail at nagha-hang ang mga tawag na dumadaan sa aming stateful firewall (FortiGate 100F). Makikita po sa log na dina-drop ang mga RST packet.`),
    fw(`Selamat pagi, setelah parameter SS_TCP_CLOSE_RESET diubah menjadi On, panggilan yang melewati firewall (pfSense) gagal. Firewall mencatat paket RST sebagai invalid dan membuangnya, sementara sisi lawan tetap ESTABLISHED.`),
    fw(`Boss server VOS kami kat Google Cloud. Sejak RST On, panggilan ke carrier banyak tergantung. Dari packet capture, RST tak sampai ke carrier, sesi dia masih open.`),
    fw(`tcpdump -ni eth0 'tcp port 5060 and tcp[tcpflags] & tcp-rst != 0'
10:20:01.112 IP 10.1.1.10.5060 > 203.0.113.7.43321: Flags [R.], seq 1, ack 1, win 0, length 0
10:20:02.480 IP 10.1.1.10.5060 > 203.0.113.7.43987: Flags [R.], seq 1, ack 1, win 0, length 0
yan sa loob, pero sa outside ng FortiGate walang lumalabas na RST. since RST mode On hang ang calls`),
    fw(`Fwd dari carrier: "Dear partner, since 14:00 we see many half-open TCP sessions from your IP, our firewall drops your RST as out-of-state."
sejak kemarin kita aktifin RST mode. call ke mereka banyak gagal sekarang`),
    fw(`Since RST mode turned on, calls through our Juniper SRX drop or hang lah. Log show "TCP RST without session" denied. Carrier side connections stuck ESTABLISHED.`),
    fw(`Bai sa among iptables (conntrack) nga firewall, ang RST packets gikan sa VOS kay ma-mark as INVALID ug ma-drop, sukad gi-on ang RST mode. Mao nga mo-hang ang mga tawag.`),
    fw(`RST mode lu nyalain, sekarang call lewat firewall gw gagal semua. log firewall penuh RST drop. balikin!`),
    fw(`[VN] boss Faiz ni, sejak semalam RST tu on, call yang lalu FortiGate kita banyak tak jalan, ada yang tersangkut, saya tengok log Forti dia drop paket RST, pihak carrier kata sesi masih established kat sebelah dia`),
    fw(`pre simula nung naka-on ang RST, yung mga tawag palabas sa firewall (SonicWall) nag-hang, walang BYE, tapos yung session sa carrier naka-ESTABLISHED pa rin. sa log ng SonicWall RST dropped.`),
    fw(`Our VOS is in Azure behind Azure Firewall. Since RST mode On yesterday, calls fail intermittently; Azure Firewall logs show TCP RST denied as no matching flow.`),
    fw(`diag debug flow:
id=20085 trace_id=12 func=print_pkt_detail msg="vd-root:0 received a packet(proto=6, 10.0.0.5:5060->203.0.113.7:43321) flag [R.]"
id=20085 trace_id=12 func=fw_forward_handler msg="Denied by forward policy check (policy 0)"
sejak RST On call nyangkut gan, Forti nge-deny paket RST begini`),
    fw(`boss after RST on, my client's pfSense see lots of RST blocked as "state mismatch". Their calls to us hang and some fail. Before RST no problem.`),
    fw(`Since na-enable ang SS_TCP_CLOSE_RESET, halos lahat ng calls through our clients' FortiGate are failing. Forti logs: "no session matched", action=deny, flag RST. Sa carrier side naman ESTABLISHED pa rin ang connections.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning220Set: readonly EvalItem[] = Object.values(tuning220Families).flat();
