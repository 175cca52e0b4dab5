import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 resellers, call-centre owners, NOC engineers and small ISPs in Indonesia (Jakarta, Surabaya,
 * Bandung, Medan, Makassar, Batam) and Malaysia (Kuala Lumpur, Johor Bahru, Penang, Kota Kinabalu) writing on
 * WhatsApp in Latin script: about 60 % casual Indonesian (bahasa gaul with gan/bang/pak/min/bro and
 * abbreviations like yg, gk, udh, blm, sy, krn, tdk, bgt, aja, dgn, plus a few Javanese and Sundanese words)
 * and about 40 % Malaysian Malay (tak, dah, nak, boleh, la, ke), mixed with English technical words, a few
 * all-English messages, pasted ss/netstat/sysctl output and log lines, and numbers written as "30rb",
 * "30 ribu", "puluhan ribu", "30k", "tiga puluh ribu" or "52,310".
 *
 * The hundred-and-fiftieth tuning split, by family, written as the largest markets write beyond South Asia and the Arab
 * world. Five negative families of 27 (one service that cannot bind its own port, registration lost for another
 * reason, small figures and questions, firewall work without dropped RST, playbook words denied or explained)
 * and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful
 * firewall dropping RST). Written as the hundred-and-fiftieth never-tuned set, before the fifty-seventh round of rules, by someone
 * who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in
 * view; measured as such before and after the fifty-seventh and fifty-eighth rounds, then made tuning material for
 * the fifty-ninth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 90.0 %, negatives confident 8.1 %, confident wrong 0 % with the
 * rules of the fifty-sixth round and the changes after it, before the fifty-seventh.
 * After the fifty-seventh round: the same.
 * After the fifty-eighth round: the same.
 */
export const tuning150Families = {
  oneListeningPort: [
    no(`gan web vos gk bisa dibuka, tomcat gagal start. di catalina.out ada "java.net.BindException: Address already in use: JVM_Bind <null>:8080". kyknya ada yg pake port 8080 jg`),
    no(`bang abis install zabbix agent + nginx di server vos, portal 8080 jd mati. netstat -tlnp | grep 8080 keluar nginx. gmn nih`),
    no(`salam, mysql tak nak start lepas reboot. log kata "Can't start server: Bind on TCP/IP port: Address already in use" port 3306. ada mysqld lama masih jalan ke?`),
    no(`min sy iseng install asterisk di server yg sama dgn vos, skrg asterisk error "Unable to bind UDP socket to 0.0.0.0:5060". itu krn mbx3000 udh pegang 5060 ya?`),
    no(`bro kamailio test aku tak boleh listen 5060, "bind(): Address already in use". vos dah pegang port tu. patut tukar ke 5070 je kan?`),
    no(`pak, docker container sbc test kita gk mau up:
Error starting userland proxy: listen tcp4 0.0.0.0:5060: bind: address already in use
server nya sama dgn vos production`),
    no(`laptop developer sy jalanin spring boot di 8080, "Web server failed to start. Port 8080 was already in use." itu ada hubungan sama vos gk? dia lg akses portal vos lewat ssh tunnel 8080 jg`),
    no(`apache tak boleh start, (98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80. Rupanya nginx dah listen 80. macam mana nak disable satu?`),
    no(`gan sy mau pasang certbot buat portal, tp port 80 udh dipake httpd lama, certbot standalone error "Problem binding to port 80: Could not bind to IPv4 or IPv6". solusinya?`),
    no(`tomcat restart tapi portal still down. catalina log: SEVERE: Failed to initialize connector [Connector[HTTP/1.1-8080]] ... Address already in use. ps aux ada dua java process. kill yg lama ke?`),
    no(`Portal VOS down pagi ini.
ss -ltnp | grep :8080
LISTEN 0 100 *:8080 *:* users:(("java",pid=2231,fd=45))
padahal tomcat yg baru gak bisa naik. Kyknya tomcat lama jadi zombie`),
    no(`bang, aku pasang webmin, dia nak port 10000 tapi ada service lain guna. Error "Failed to bind to port 10000". bukan vos punya masalah kan`),
    no(`Salam tuan, lepas upgrade panel kami, service mbx3000d tak naik, log kata bind 5060 gagal sebab ada 'siproxd' yang jalan. Kami tak pernah install benda tu, mungkin technician lama`),
    no(`min, mysql kat server report error 'Address already in use' bila start, rupanya ada mariadb terpasang sekali. dua-dua nak 3306. yang mana vos guna?`),
    no(`Dev server kita (bukan production) node app listen 3000 error EADDRINUSE :::3000. anak IT tanya apa ini bug vos, sy bilang bukan. bener kan gan?`),
    no(`docker compose up gagal: "Bind for 0.0.0.0:8080 failed: port is already allocated". ada container portal lama belum di-remove. nak pastikan ni tak kacau softswitch`),
    no(`abis migrasi ke server baru, freeswitch yg ikut ke-install ambil port 5060 duluan, jd mbx3000 gk bisa bind. log: bind 0.0.0.0:5060 failed. perlu disable freeswitch?`),
    no(`tolong la, web manager tak keluar. Tomcat: "Address already in use (Bind failed)" untuk 8005 shutdown port. Dua instance tomcat ke?`),
    no(`pagi bang, port 8080 portal kita bentrok sama aplikasi billing yg baru di-install vendor. Billingnya juga jalan di tomcat 8080. Bisa pindah portal ke 8090?`),
    no(`Haproxy kami tak boleh start: "Starting frontend web: cannot bind socket [0.0.0.0:443]". nginx dah ada kat 443. Satu port je, bukan masalah beban`),
    no(`sy jalanin sipp sebagai uas di server vos buat load test, langsung error bind 5060 krn vos lg jalan. sipp harus pake port lain ya? -p 5080 gitu?`),
    no(`Gan, lsof -i :3306 muncul mysqld 2 kali, satunya dari cpanel. db vos gk bisa start "bind on tcp/ip port: address already in use". Bantu cek dong`),
    no(`Adik saya reboot server, lepas tu portal vos error 500 then tak buka langsung. catalina: java.net.BindException: Address already in use <null>:8080. Lepas kill pid lama ok balik. Kenapa jadi macam ni?`),
    no(`nginx reverse proxy error "bind() to 0.0.0.0:8080 failed (98: Address already in use)" padahal nak proxy ke tomcat yang memang kat 8080. salah config aku ke`),
    no(`Testing kat laptop: aplikasi client tak boleh start sebab xampp apache dah ambil 80 dan skype ambil 443. itu laptop sendiri je bukan server`),
    no(`bro zabbix server gagal start "cannot listen on port 10051: Address already in use". server yg sama ada vos. aman kah buat softswitch?`),
    no(`Pak, setelah install aplikasi recording, service mbx3000d gagal start: "bind tcp 5060 error 98". aplikasi recording ternyata buka listener 5060 juga buat mirror. Mohon arahan`),
  ],
  otherRegistrationCause: [
    no(`gan semua extension di kantor cabang Medan unregistered sejak pagi. ternyata password sip nya diganti admin kemarin, phone blm diupdate. gmn cara mass update?`),
    no(`salam, telefon kat ofis JB semua unregistered. Log vos: 401 Unauthorized berulang2. Staff baru tukar password dalam portal semalam`),
    no(`min akun sy expired kah? softphone muncul 403 Forbidden trus unregistered. tagihan bulan ini blm dibayar sih`),
    no(`bang ip server vos kita ganti minggu lalu (pindah DC), tp dns sip.xxx.co.id masih nunjuk ke ip lama. phone2 pada unregistered. ttl nya lama ya?`),
    no(`bro licence vos dah expire ke? semua gateway & phone unregistered serentak, portal tunjuk license invalid`),
    no(`Pak, IP phone Yealink di lantai 3 unregistered krn switch PoE nya mati. Listrik gedung padam semalam. Udh ganti adaptor tp masih mati`),
    no(`ISP kantor Surabaya down dari jam 9, semua ext unregistered. Telkom bilang gangguan fiber. ini bukan dari vos kan?`),
    no(`punten min, softphone zoiper di hp sy unregistered terus, ternyata kuota internet habis 😅 udh isi ulang skrg ok. nanya aja, ada cara notif klo client offline?`),
    no(`Kami tukar router ke MikroTik baru hari ni, phone semua pakai UDP 5060, lepas tukar semua unregistered. Rasanya rule NAT/port forward belum set balik`),
    no(`gan habis ganti modem indihome, pbx grandstream unregistered. pbx kita pake udp kok, bukan tcp. mungkin port forward ilang`),
    no(`Salam, akaun SIP reseller kami disuspend ke? Semua trunk unregistered sejak invoice overdue. Dah bayar tadi pagi, boleh aktifkan?`),
    no(`Bang, ext 2001-2010 ga bisa register, error 404 Not Found. ternyata admin hapus akunnya pas bersih2 user. bisa restore?`),
    no(`kenapa softphone microsip aku "registration failed: 408 Request Timeout"? aku kat hotel wifi, kat rumah ok je. hotel block sip kot`),
    no(`Mas, phone di ruang CS unregistered karena domain kita expired! lupa perpanjang, sip.namacc.com gak resolve. hadeh`),
    no(`Tolong check, gateway GoIP kami unregistered lepas technician tukar IP static dia ke DHCP. Sekarang IP berubah-ubah, IP auth tak match`),
    no(`bang aku tersalah taip username kat phone, guna huruf besar. vos case-sensitive ke? sekarang unregistered 401`),
    no(`Bro kat Penang semua phone offline, TNB blackout satu kawasan. Just inform, bila power balik kami check semula`),
    no(`pak udh 2 hari ext ke-register cuma pas pagi, siang mati. ternyata IP publik kantor ganti2 (dynamic) dan akun pake IP whitelist. ip baru gk masuk whitelist`),
    no(`min, trial akun kami habis kemarin ya? semua client jd unregistered dan portal bilang account expired`),
    no(`Lepas server vos restore dari backup, semua password SIP jadi yang lama. Ext ramai unregistered 401. Boleh import balik?`),
    no(`register expiry kat phone aku set 30 saat, vos tolak "423 Interval Too Brief". ext jadi unregistered. patut letak berapa?`),
    no(`Assalamualaikum, call centre Makassar: semua agent unregistered. Ternyata IT sebelah ganti subnet kantor & DHCP ga kasih gateway. Udah dibetulin, sekarang register lagi`),
    no(`Salam, kami pindah ofis KK ke bangunan baru, line internet belum pasang. Phone unregistered sampai minggu depan. Boleh pause billing?`),
    no(`wis tak cek mas, phone ora register soale kabel LAN e kecabut karo cleaning service 🤦 maaf ganggu`),
    no(`bang, setelah ganti DNS server ke 8.8.8.8 phone tetep unregistered. ternyata sip domain di phone masih isi hostname lama yg udh dihapus dari DNS`),
    no(`Trunk ke upstream carrier status unregistered. Carrier kata akaun kami kena block sebab fraud alert. Bukan masalah vos kita`),
    no(`ext sy unregistered krn jam di ip phone ngaco, tahun 2000, cert TLS dianggap blm valid. ntp gk jalan. udh set manual jalan lagi`),
  ],
  smallFigures: [
    no(`gan iseng cek ss -s di server vos, TIME_WAIT cuma 312. normal kan ya?`),
    no(`bang ini normal gk?
Total: 1042 (kernel 0)
TCP:   487 (estab 201, closed 241, orphaned 0, synrecv 0, timewait 238/0), ports 0`),
    no(`apa sebenarnya TIME_WAIT tu? kawan kata kalau banyak nanti server hang. kat server kami ada 150 je`),
    no(`ip_local_port_range kami 32768 60999, itu default centos kan? perlu ubah ke tak, trafik kami kecik je, 20 channel`),
    no(`min, perlu aktifin SS_TCP_CLOSE_RESET gk buat server baru? belum ada masalah apa2, cuma mau tau best practice`),
    no(`netstat -an | grep TIME_WAIT | wc -l hasilnya 87. server cuma 30 concurrent call. aman bang?`),
    no(`Saya baca forum pasal tcp_tw_reuse. Apa beza dia dengan tcp_tw_recycle? Server kami ok je, cuma nak faham`),
    no(`sy lagi audit server vos, sysctl -a | grep tw_reuse -> net.ipv4.tcp_tw_reuse = 0. apakah harus 1? tdk ada keluhan sih`),
    no(`Bro RST mode tu apa sebenarnya? Patut on ke off untuk server kecil 50 channel?`),
    no(`cek health mingguan:
ss -s
TCP: 356 (estab 120, closed 190, orphaned 2, timewait 188/0)
cpu 12%, load 0.4. ada yg perlu diperhatiin gk gan?`),
    no(`berapa jumlah TIME_WAIT yg dianggap bahaya pak? skrg kami di kisaran 500-600 pas jam sibuk, cps cuma 15an`),
    no(`Nak tanya, CPS kami 5-10 je. Perlu ke tweak kernel port range? Takut rosak pula`),
    no(`gan ss -tan state time-wait | wc -l = 640 pas peak sore. masih wajar kan buat 200 concurrent?`),
    no(`Sebelum go-live, boleh share setting sysctl yang disyorkan untuk vos? Sekarang semua default, belum ada trafik`),
    no(`min, kenapa netstat ada status TIME_WAIT, CLOSE_WAIT, FIN_WAIT2? pening nak baca. call takde masalah pun`),
    no(`abang, 60999 tu had maksimum port ke? maksudnya boleh 28 ribu sambungan je? trafik kami baru 40 call serentak`),
    no(`Pertanyaan umum: apa risiko enable SS_TCP_CLOSE_RESET=On? kami pake banyak phone dibalik NAT. Belum mau ubah, cuma pengen tau dulu`),
    no(`ss -s dari server Batam:
Total: 612
TCP:   298 (estab 97, closed 180, orphaned 0, timewait 176/0), ports 0
Transport Total IP  IPv6
RAW       0     0   0
UDP       14    10  4
TCP       118   110 8
sehat kah?`),
    no(`Bang, graf zabbix tunjuk TIME_WAIT naik turun antara 100-400 setiap jam. Itu normal pattern ke?`),
    no(`sy newbie gan. bedanya ephemeral port sama listening port apa ya? trus range defaultnya berapa`),
    no(`tcp_fin_timeout kami 60. perlu turunkan ke 30 tak? server vos masih relax, 25 call je`),
    no(`Pak, ini hasil cat /proc/sys/net/ipv4/ip_local_port_range:
32768	60999
Kata vendor lain harus 1024-65535. Wajib kah? sejauh ini lancar2 aja`),
    no(`helo, ada dokumentasi pasal parameter SS_TCP_CLOSE_RESET? nak baca dulu sebelum decide. server kami stabil`),
    no(`TIME_WAIT 2 ratusan, estab 80an. cukup sehat ya bang?`),
    no(`Soalan: kenapa connection TCP perlu tunggu 60 saat dalam TIME_WAIT? tak boleh terus tutup?`),
    no(`gan kalau nanti trafik naik jd 300 call, perlu siap2 setting port range dari sekarang? sekarang masih 60 call, time_wait ratusan doang`),
    no(`Laporan bulanan NOC: semua node vos normal, TIME_WAIT max 450, port usage <2%, no bind error. FYI aja min`),
  ],
  firewallNoRst: [
    no(`gan tolong whitelist ip 103.xx.xx.10 di firewall vos, mau nambah gateway baru di Medan`),
    no(`Salam, nak buka port 5060 TCP dan range RTP 10000-20000 kat FortiGate baru kami. Calls ok dah, cuma nak confirm range RTP betul`),
    no(`fail2ban nge-ban IP kantor sy sendiri krn salah password portal 5x 😂 gmn unban nya?`),
    no(`bang SIP ALG di MikroTik perlu dimatiin kan? /ip firewall service-port disable sip. Sy udh lakukan, call normal`),
    no(`min mau block negara2 tertentu (geo-block) di iptables biar gk di-scan sip, ada list yg recommended?`),
    no(`Tolong la, pfSense kami nak rule untuk portal 8080 hanya dari IP ofis. Macam mana nak set?`),
    no(`pasang sophos XG baru kemarin, semua call lancar, cuma mau pastiin rule nya udh best practice. boleh cek config?`),
    no(`gan banyak scanning friendly-scanner/sipvicious ke 5060, iptables string match block user-agent aman gk?`),
    no(`Kami tukar ASA ke FortiGate hujung minggu. Setakat ni call semua ok, cuma nak tanya port apa lagi perlu buka untuk billing sync`),
    no(`Pak mohon tambah IP carrier baru ke whitelist: 45.xx.xx.0/24. Trunk TCP 5060`),
    no(`fail2ban jail sip nge-ban 20 IP semalem, semuanya dr luar negeri. normal ya gan? telp kita ga keganggu`),
    no(`routerboard hEX di ofis Bandung, perlu port forward 5060 ke pbx gk? pbx nya register ke vos, outgoing aja sih`),
    no(`Boleh bagi list port yang vos guna? Nak hardening iptables, default DROP`),
    no(`SIP ALG kat router TP-Link ofis Kota Kinabalu buat audio satu hala. Dah off, sekarang ok. FYI`),
    no(`gan iptables -L ada rule ACCEPT all di paling atas, bahaya gk? mau rapihin firewall server vos`),
    no(`bro fortigate ada "sip session helper" – perlu delete ke? calls tak ada isu, cuma auditor tanya`),
    no(`Min, IP reseller sy ke-block firewall krn brute force dr salah satu agen. Minta unblock 36.xx.xx.5`),
    no(`rate limit kat mikrotik untuk 5060 berapa yang munasabah? nak elak flood, tapi call sekarang normal je`),
    no(`Kami baru pasang pfSense HA pair. Failover test ok, call tak putus. Nak dokumentasi rule untuk audit`),
    no(`ada yg bisa bantu setting csf firewall? mau allow 8080 cuma dr vpn kantor`),
    no(`Gan konek ke portal 8080 timeout dari rumah, ternyata firewall kantor blok outbound 8080. Udh dibuka IT, aman`),
    no(`Pak, conntrack table kita 3rb entry, nf_conntrack_max 65536. Perlu dinaikin gk utk jaga2? gak ada drop`),
    no(`Salam, nak tambah rule geo-IP allow Malaysia & Indonesia sahaja untuk SIP. Ada side effect ke pada carrier luar?`),
    no(`Sophos tunjuk log "invalid packet" banyak dari IP scanner China, dah block range tu. Call kami tak terjejas langsung`),
    no(`Lepas update firmware FortiOS, rule VIP ke vos hilang, dah buat semula. Sekarang semua normal, cuma minta tolong semak kalau ada yang kurang`),
    no(`bang, firewalld atau iptables yg lebih cocok di centos 7? mau bikin whitelist IP reseller aja`),
    no(`IT kita mau aktifin IPS di FortiGate. Ada signature yg harus dikecualikan buat SIP biar aman?`),
  ],
  negationContext: [
    no(`gan kita full UDP kok, gk pernah pake TCP, jadi RST mode gk relevan ya? cuma konfirmasi`),
    no(`RST mode kami off dan tak pernah on. Phone unregistered tu sebab password tukar, dah settle`),
    no(`Update: EADDRINUSE yg tahun lalu udh beres sejak kita set tcp_tw_reuse. skrg aman, cuma lapor`),
    no(`bang TIME_WAIT dulu 30rb, abis fix dari tim kalian sekarang 400an aja. makasih banyak 🙏`),
    no(`Forward tiket lama untuk arsip: "cannot assign requested address pada jam sibuk" — CLOSED 12 Mac, fix SS_TCP_CLOSE_RESET=On. Tiada isu baru sejak tu`),
    no(`apa maksud "cannot assign requested address"? muncul di modul training, bukan di server kami`),
    no(`Nobody changed anything dan firewall kita ga drop apa2, call drop krn carrier upstream down. Udh confirm dr mereka`),
    no(`Ext unregistered pagi tadi selepas tukar password, bukan pasal NAT. Dah ok. RST tak disentuh`),
    no(`sy mau nanya aja, SS_TCP_CLOSE_RESET itu artinya apa? gk ada masalah, cuma penasaran`),
    no(`pak, bos nanya "port exhaustion" itu apa? di laporan vendor lain ada istilah itu. di vos kita gk pernah kejadian`),
    no(`FortiGate kami drop RST? takde la, dah check, log bersih. call drop semalam sebab elektrik DC`),
    no(`Dulu pernah pasang RST mode On tapi kami rollback ke off bulan lepas, semua phone NAT register normal sampai sekarang. Nak tanya perlu buang baris tu dari softswitch.conf ke?`),
    no(`MikroTik kita tdk pernah drop RST, sy sudah torch & cek log. masalah registrasinya ternyata DNS. selesai`),
    no(`quote tiket lama:
> TIME_WAIT 45k, bind error tiap malam
itu server lama yg udh dimatiin. server baru belum pernah begitu`),
    no(`Kalo "address already in use" muncul pas restart tomcat doang, itu bukan port habis kan? cuma 8080 masih nyangkut`),
    no(`Report mingguan: tidak ada TIME_WAIT tinggi, tidak ada BindException, tidak ada unregistered. Semua hijau`),
    no(`Salam, bukan masalah firewall ya. Tak ada RST kena drop, kami semak dengan packet capture. Isu sebenar codec mismatch`),
    no(`gan bedanya RST sama FIN apa? lagi belajar tcp, gak ada kaitan sama gangguan`),
    no(`tim NOC nanya "kalau RST mode dimatikan, time_wait naik lagi gk?" – pertanyaan teoritis aja, server skrg normal`),
    no(`Lepas kami install patch dari team korang, cannot bind dah hilang sepenuhnya. TIME_WAIT cuma 700 masa peak. Terima kasih!`),
    no(`bukan pbx di belakang NAT bang, pbx kita public IP langsung. jadi unregistered kemarin bukan kasus NAT itu ya, ternyata lisensi`),
    no(`Kami tak guna SIP TCP, semua UDP. Jadi parameter SS_TCP_CLOSE_RESET tak beri kesan kan? Saja nak pastikan sebelum audit`),
    no(`cuplikan dr email vendor thn 2022: "tcp_tw_reuse=1 and port range 1024 65535". udh kita apply dari dulu. gk ada isu skrg, cuma mau konfirm masih relevan`),
    no(`Wis beres mas, error "cannot assign requested address" iku dudu port entek, tapi script monitoring kita bind nang IP lawas sing wis ora ono nang server. Wis tak benerke`),
    no(`Pak, tanya istilah: "unregistered" di portal itu artinya phone blm pernah register atau registernya expired? ga ada keluhan, buat SOP`),
    no(`Klien tanya adakah VOS ada bug "too many TIME_WAIT". Saya jawab tak ada laporan kat server kami. Betul ke?`),
    no(`sebelum ada yang panik: alert "EADDRINUSE" kat grafana tadi tu dari lab test, bukan production. production ok je`),
  ],
  portExhaustion: [
    pe(`gan jam 8 malem call gagal semua, log vos penuh "cannot assign requested address"`),
    pe(`Bang tolong urgent, ss -s:
TCP:   61234 (estab 2103, closed 58870, orphaned 12, timewait 58790/0), ports 0
call baru gk bisa keluar ke carrier`),
    pe(`salam, setiap kali CPS naik lebih 150, softswitch log "connect() failed: Cannot assign requested address" dan call ke vendor gagal. Time wait 40 ribu lebih`),
    pe(`min TIME_WAIT cecah 50 ribu masa waktu sibuk, port rasanya dah habis. sambungan tcp ke gateway gagal semua`),
    pe(`Tuan, server vos JB kami, setiap 7-10 malam ASR jatuh ke 20%. netstat -ant | grep TIME_WAIT | wc -l = 31422. Apa patut buat?`),
    pe(`log:
2024-05-14 19:02:11 [ERR] tcp connect to 10.10.2.15:5060 failed, errno 99 (EADDRNOTAVAIL)
2024-05-14 19:02:11 [ERR] tcp connect to 10.10.2.15:5060 failed, errno 99 (EADDRNOTAVAIL)
berulang ribuan kali tiap trafik lg tinggi`),
    pe(`bro, bind failed: Address already in use dalam log mbx3000 bila concurrent naik 800. Lepas 10 minit ok balik. Setiap hari macam ni`),
    pe(`Pak selamat malam, kami call center outbound di Surabaya 600 agent pakai predictive dialer. Mulai jam 10 pagi banyak call gagal, di log softswitch ada "BindException: Address already in use" pas bikin koneksi keluar ke trunk TCP. ss -s menunjukkan timewait 28k. Setelah rate dialer diturunin, normal lagi. Tolong dicek pak, kita gak bisa turunin rate terus, target harian gak kekejar.`),
    pe(`puluhan ribu TIME_WAIT bang, port range masih default 32768-60999. call baru error`),
    pe(`ss -tan | awk '{print $1}' | sort | uniq -c
   2344 ESTAB
  27891 TIME-WAIT
     12 LISTEN
ini pas peak, cps sekitar 200. lepas tu call gagal "cannot bind". tolong`),
    pe(`Server kat Penang, peak hour semua call TCP keluar fail, kernel log tak ada apa, tapi vos log "socket bind error 98". TIME_WAIT tiga puluh ribu lebih`),
    pe(`gan sy udh restart mbx3000d 3x hari ini, tiap restart lancar 1 jam, pas traffic naik lagi error "cannot assign requested address" muncul lagi. ss -s timewait 25k`),
    pe(`forward dari reseller: "bang, dari jam 7 malem semua call ke Indosat gagal, katanya server kalian error". sy cek log vos ada EADDRINUSE ribuan baris. TIME_WAIT 45rb. help`),
    pe(`follow up tiket kemarin: masih sama min, jam 8-10 malem port lokal abis, koneksi tcp baru ga bisa. mohon dieskalasi`),
    pe(`port habis lagi ni 😩 peak CPS, call keluar fail`),
    pe(`Bos, ni output:
# ss -s
Total: 64012
TCP:   63550 (estab 1802, closed 61600, orphaned 5, timewait 61540/0), ports 0
dan log penuh "Cannot assign requested address". Traffic kami 1200 concurrent`),
    pe(`Mas, tiap malem pas trafik Lebaran naik, vos ndak iso buka koneksi TCP anyar ke gateway. TIME_WAIT puluhan ewu. Piye iki?`),
    pe(`Salam NOC, kami ISP kecil di KL, jual wholesale. Sejak carrier baru masuk guna SIP TCP, setiap malam ada 15-20 minit semua outbound fail. Log: "java.net.BindException: Cannot assign requested address" dan netstat tunjuk TIME_WAIT hampir 30k. Memory & CPU ok. Mohon bantuan`),
    pe(`errno EADDRINUSE bila softswitch connect ke carrier, masa peak je. ulimit dah check, ok`),
    pe(`macam mana port lokal boleh habis bang? cps kami 300 lebih, TIME_WAIT 33k, call ke vendor tcp banyak dapat 503`),
    pe(`cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
ss -tan state time-wait | wc -l
28196
call gagal dr tadi sore, softswitch gak bisa bikin koneksi baru`),
    pe(`Urgent!! node Jakarta. Bind error di log setiap kali trafik lebih dari 400 cps. Pelanggan komplain udh 2 jam`),
    pe(`Bang dah tiga hari, setiap 9 malam ASR turun teruk. Log vos: "tcp socket create failed: address already in use". Lepas 11 malam pulih sendiri`),
    pe(`hi team, after traffic spike from new client in Medan we see ~40k TIME_WAIT, outbound SIP TCP connects fail with cannot assign requested address. pls advise asap`),
    pe(`min ini kenapa ya tiap jam sibuk muncul "connect: Cannot assign requested address" di log? TIME_WAIT sampai 3 puluh ribuan`),
    pe(`Cek netstat malam tadi: TIME_WAIT 52,310. Call TCP baru gagal. Kami perlu tukar setting apa?`),
    pe(`gan pas flash call campaign jalan, CPS 500, log vos:
bind: Address already in use
bind: Address already in use
tcp connect fail
semua call campaign drop di setup`),
    pe(`server Batam lg ngadat, koneksi tcp ke trunk gagal, ephemeral port abis kyknya, time_wait 29k`),
    pe(`Eskalasi dari NOC Bandung: incident #223, 19:00-21:30 WIB, gagal panggilan keluar 60%. Root cause awal: port lokal habis, TIME_WAIT ~35rb, error EADDRNOTAVAIL di log mbx3000. Mohon rekomendasi permanent fix, kami sudah coba restart.`),
    pe(`abang, tiap petang server kena "cannot bind" time traffic tinggi. pagi ok je`),
  ],
  natUnregistered: [
    nat(`gan setelah SS_TCP_CLOSE_RESET=On kemarin, phone2 di kantor yg di belakang mikrotik jd unregistered semua`),
    nat(`Salam, lepas aktifkan RST mode semalam, semua softphone staff dari rumah (router unifi TM) asyik unregistered. Register kejap lepas tu hilang`),
    nat(`min abis reparse softswitch.conf dgn CLOSE_RESET On, ext yg di belakang NAT register lalu putus tiap beberapa menit. yg public IP aman`),
    nat(`Pak, PBX Issabel kami di belakang firewall kantor pakai SIP TCP. Sejak minggu lalu tim kalian enable RST mode, trunk pbx sering unregistered. Tolong dicek`),
    nat(`bang ip phone yealink kantor cabang (NAT lewat modem indihome) statusnya unregistered terus sejak RST on. padahal gk ada yg ubah di kantor`),
    nat(`Setelah kami set SS_TCP_CLOSE_RESET=On utk atasi time_wait, muncul masalah baru: agent2 CC yg pakai microsip via TCP kehilangan registrasi tiap 5-10 menit. mereka semua di belakang NAT kantor`),
    nat(`bro RST mode on → phone NAT offline. kena off balik ke?`),
    nat(`Laporan dari reseller Medan: sejak 2 hari ini semua client zoiper tcp mereka hilang register. Kami baru enable RST mode 2 hari lalu. Ada kaitan?`),
    nat(`Tuan, pelanggan kat KK guna MikroTik NAT, SIP over TCP. Semalam masih ok, hari ni lepas setting reset on, status kat portal semua "unregistered"`),
    nat(`gan phone di belakang mikrotik register sukses, 30 detik kemudian unregistered, trus register lagi. muter2 gitu. udh gitu sejak close reset diaktifin`),
    nat(`portal online client: 0/145. kemarin 140/145. satu2nya perubahan: SS_TCP_CLOSE_RESET=On + reparse jam 11 malam. semua client itu di belakang NAT, transport TCP`),
    nat(`Assalamualaikum, extension kat cawangan Johor semua keluar masuk register lepas kami ikut arahan aktifkan RST. Ofis HQ (public IP) tak kena. Cawangan semua belakang router NAT`),
    nat(`min kenapa grandstream ucm kami yang belakang NAT asyik hilang registration tcp lepas RST diaktifkan? dah naikkan keepalive pun sama`),
    nat(`Mas, sejak RST mode urip, hp karyawan pakai linphone TCP nang mburi router omah podho unregistered. Sing nganggo IP publik aman`),
    nat(`Pak ini dari sngrep di sisi PBX: REGISTER 200 OK, beberapa detik kemudian koneksi TCP di-reset, pbx register ulang, begitu terus. pbx di belakang NAT MikroTik. Mulai sejak RST mode on`),
    nat(`Soalan: kami on kan SS_TCP_CLOSE_RESET untuk isu port, dan isu port dah selesai. Tapi sekarang 3CX pelanggan di belakang NAT tak boleh stay registered. Macam mana?`),
    nat(`ext NAT gk mau register lagi abis rst on 😭`),
    nat(`teteh di CS bilang semua softphone agen jadi merah (unregistered) dari tadi pagi. Kemarin malam akang NOC nge-set RST On. Agen semua di belakang router kantor Bandung, SIP TCP`),
    nat(`Hi, after enabling SS_TCP_CLOSE_RESET=On last night, all our customers' IP-PBX behind NAT keep dropping registration. Public IP trunks fine. Kuala Lumpur team`),
    nat(`Bang, sebelum RST On register elok je berbulan-bulan. Lepas On, client belakang NAT cuma tahan register 1-2 minit`),
    nat(`Forward dari customer: "Pak, telepon kantor kami mati sejak semalam, status merah". customer ini pakai pbx di belakang modem ISP, tcp. kita ubah close reset ke On semalam`),
    nat(`Dah tiga client mengadu phone hilang register. Semua guna TCP dan belakang NAT rumah. Baru je aktifkan RST mode petang tadi`),
    nat(`min status register client nat naik turun:
10:01 registered
10:03 unregistered
10:03 registered
10:06 unregistered
sejak SS_TCP_CLOSE_RESET=On`),
    nat(`Gan sy reseller Makassar, klien pake softphone dari warnet/hotspot (NAT) via tcp. Habis setting RST di server diubah, mereka ga bisa registered lama. Tolong`),
    nat(`Pak RST mode ini bikin phone di belakang fortigate kantor jd unregistered ya? ga ada masalah call yg sedang jalan, cuma registrasinya hilang terus sejak di-On kan`),
    nat(`Salam, selepas reparse dengan CLOSE_RESET=On, IP phone Fanvil kat kedai2 pelanggan (router Celcom/Maxis, NAT) semua offline. Tolong la`),
    nat(`Nuhun kang, tapi abis RST On teh phone di balik NAT jadi unregistered wae. Kumaha ieu?`),
    nat(`urgent: 200 lebih ext NAT unregistered sejak RST on pukul 2 petang. client TCP semua`),
    nat(`bro lepas on RST, softphone sales aku kat rumah (NAT unifi) register then gone. Nak roll back ke?`),
    nat(`Kami pantau: TIME_WAIT dah turun lepas RST On, bagus. Tapi client di belakang NAT guna TCP sekarang unregistered berselang-seli. Nak solution yang tak rosakkan dua-dua`),
  ],
  firewallRst: [
    fw(`gan sejak RST mode on, call lewat FortiGate kantor banyak yg nyangkut & putus. log forti drop RST "invalid tcp packet"`),
    fw(`Salam, lepas SS_TCP_CLOSE_RESET=On, call melalui ASA kami drop selepas 30 saat. ASA log: "Deny TCP (no connection) from x.x.x.x/5060 flags RST"`),
    fw(`min pfSense kami block paket RST dari vos, state table kata out of state. call gagal sejak RST mode diaktifkan`),
    fw(`bang abis enable RST, call via sophos sering hang, ga ada suara lalu putus. sophos log: dropped invalid packet TCP RST`),
    fw(`iptables -L -v menunjukkan counter rule "ctstate INVALID DROP" naik cepat sejak RST mode On. Call SIP TCP banyak gagal. nyambung gk?`),
    fw(`Pak, kami pakai mikrotik sebagai firewall depan server vos. Setelah RST mode, di /ip firewall log ada drop invalid tcp RST, call ke carrier putus tengah jalan`),
    fw(`fortigate drop RST lepas enable reset mode, call fail. please help`),
    fw(`Tuan/Puan, kami call centre 300 seat di Kuala Lumpur. Semalam team kami enable SS_TCP_CLOSE_RESET=On atas cadangan support untuk kurangkan TIME_WAIT. Pagi ni call outbound gagal hampir 40%, call masuk pula tergantung selepas jawab. FortiGate 100F di depan server vos tunjuk log "session not found, drop" untuk paket TCP RST dari softswitch. Kami dah cuba reboot forti, masih sama. Mohon arahan segera.`),
    fw(`conntrack -S: invalid=48213 naik tak berhenti sejak RST on. call tcp putus-putus`),
    fw(`Mas, ASA ne nge-drop RST seko VOS, call dadi macet kabeh. Sejak RST mode On wingi`),
    fw(`call tergantung kat ringing lama lepas tu gagal, sejak rst on. log firewall pfsense penuh TCP:R blocked`),
    fw(`Hi team, since RST mode was enabled our Sophos XG drops the RST packets as invalid and SIP TCP calls to the gateway hang up randomly. JB site.`),
    fw(`gan ini log fortigate:
date=2024-06-02 time=20:11:04 action="deny" proto=6 service="SIP" msg="TCP reset with no session"
ribuan baris. call putus sejak close reset on`),
    fw(`Sejak kita aktifkan reset mode, firewall Cisco ASA kita drop RST "out of state" dan call dr gateway ke vos putus di detik 32. Tolong bantu`),
    fw(`bro call aku drop lepas setting RST. firewall pfsense buang packet RST tu. apa patut buat?`),
    fw(`MikroTik connection tracking drop RST invalid, call SIP TCP jadi timeout. Mulai sejak vos diubah ke RST mode`),
    fw(`Forward dari client Surabaya: "Pak, sejak kemarin malam telp keluar banyak gagal". client ini pake fortigate, log nya drop TCP RST invalid state. dan kemarin malam kita set SS_TCP_CLOSE_RESET=On. Kayaknya nyambung`),
    fw(`Lepas tukar ke RST mode, kami nampak dalam iptables log: "IN=eth0 ... PROTO=TCP SPT=5060 ... RST" semua kena DROP oleh rule invalid. Call tergantung`),
    fw(`min kenapa setelah RST on call ke gateway kita gagal? di depan gateway ada firewall pfsense, katanya paket RST dianggap out of state`),
    fw(`urgent!!! firewall drop RST, call mati semua sejak reparse`),
    fw(`Salam, sophos di DC kami log "Invalid TCP state" untuk RST dari IP vos. Call banyak putus sejak semalam, masa tu team enable close reset. Boleh rollback?`),
    fw(`pak call sering dead air trus putus, tcpdump di firewall: RST dari vos keluar tp di sisi dalam gk nyampe. fortigate drop. sejak RST mode`),
    fw(`Kang, FortiGate teh nge-drop RST ti VOS, telepon ka carrier pegat wae saprak RST mode diaktifin`),
    fw(`setelah enable SS_TCP_CLOSE_RESET ASR drop dr 55% ke 30%, firewall ASA log %ASA-6-106015 Deny TCP (no connection) RST. apa hubungannya?`),
    fw(`Kami ada iptables + conntrack kat gateway. Lepas RST on, dmesg penuh "nf_conntrack: invalid packet" dan call SIP TCP gagal connect`),
    fw(`Follow up: fortigate masih drop RST, call masih putus-putus. semalam saya dah hantar log`),
    fw(`gan ini normal gk? RST mode on, trus di firewall mikrotik counter "drop invalid" naik ribuan per menit dan call ke upstream hang`),
    fw(`Pak, ASA di depan softswitch kami buang TCP RST yg datang, call SIP TCP gagal sejak update RST. Sebelum update normal`),
    fw(`brader call drop bila lalu pfsense, sejak RST mode hidup. state mismatch, RST kena block`),
    fw(`Batam NOC report: 19:40 WIB RST mode diaktifkan, 19:55 mulai call fail via FortiGate cluster. Forti traffic log "deny, reason: invalid RST". Rollback sementara? belum, nunggu arahan`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning150Set: readonly EvalItem[] = Object.values(tuning150Families).flat();
