import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Messages from VOS3000 operators, resellers and NOC engineers in Indonesia, Malaysia, Brunei and the Philippines,
 * writing on WhatsApp in formal and Jakarta-slang Indonesian (gan, bro, udah, gak, banget, wkwk), Malay and Brunei
 * Malay (lah, tak, dah, boleh, bah, inda), Javanese and Sundanese, Tagalog and Taglish (po, naman, yung, pa-check),
 * Cebuano and Bisaya, often switching language mid-sentence and into English for the technical words; figures written
 * as 30rb, 30 ribu, 28.000, 28,5k, dua puluh lapan ribu, tatlumpung libo or 30 thousand. One-liners, voice-note
 * transcripts, forwards from branches and night shifts, formal incident reports, pasted netstat, ss, tcpdump, iptables,
 * conntrack, MikroTik, ASA, FortiGate, pfSense, Check Point and softswitch log lines, with typos, emoji and slang.
 *
 * The two-hundred-and-fifty-second tuning split, written as the two-hundred-and-fifty-second never-tuned evaluation set
 * because Southeast Asian wholesale and retail VoIP runs on many small VOS3000 resellers whose operators write in
 * several languages within one message and rarely use the manual's words, in fresh hands again. Five negative families
 * of 27 (one service that cannot bind its own port, registration lost for another reason, small figures and questions,
 * firewall work without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written before the
 * eighty-third round of rules by someone who had read only the playbooks' symptoms and the domain notes, without the
 * matcher, its rules or the other sets in view; measured as such before and after the eighty-third round, then made
 * tuning material for the eighty-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 94.4 %, negatives confident 5.2 %, confident wrong 0 % with the
 * rules of the eighty-second round, before the eighty-third.
 * After the eighty-third round: the same.
 * After the eighty-fourth round, tuned on: in scope 95.6 %, negatives confident 0.7 %, confident wrong 0 %; still short
 * of the bar.
 * After the eighty-sixth round, tuned on: in scope 97.8 %, negatives confident 0 %, confident wrong 0 %; meets the bar.
 */
export const tuning252Families = {
  oneListeningPort: [
    no(`gan tolong, nginx gak mau start: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). ternyata apache bawaan masih jalan di port yg sama. cara matiin httpd permanen di centos 7 gimana ya?`),
    no(`Bro, web portal VOS (tomcat) tak boleh naik lepas reboot. catalina.out tulis java.net.BindException: Address already in use: JVM_Bind <null>:8080. Ada process lain pegang 8080 ke? call semua jalan, cuma web je tak boleh login`),
    no(`Good morning po. Yung mysqld sa VOS server namin ayaw mag-start after ng brownout. Error log:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
Pa-check naman po kung paano i-kill yung lumang mysqld na naiwan.`),
    no(`pagi om, saya install kamailio di box yg sama dgn vos3000 buat lab, eh kamailio langsung error "bind(): Address already in use" di udp:10.8.0.2:5060. pasti tabrakan sama softswitch ya? mending kamailio saya pindah ke 5070 aja kah?`),
    no(`Error: listen EADDRINUSE: address already in use :::3000 — yung maliit na dashboard namin na gawa sa node (para sa ASR/ACD report), di na mag-start after ko i-close yung terminal. may naiwan ata na node process. lsof -i :3000 ba dapat?`),
    no(`kawan, container grafana tak nak start: "docker: Error response from daemon: driver failed programming external connectivity on endpoint grafana: Bind for 0.0.0.0:3000 failed: port is already allocated." Container lama masih ada rupanya. nak buang yg lama macam mana ya, docker rm -f je?`),
    no(`sshd tak jalan selepas saya tukar Port ke 2222 dalam sshd_config: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." Rupanya agent monitoring vendor dah guna 2222. Nasib baik masih ada sesi lama terbuka. Tukar ke port lain je kan?`),
    no(`Mas, aku arep nganggo port 1720 kanggo H323 gateway anyar neng server sing podo, tapi ora iso listen, metu "bind: Address already in use" amarga VOS wis ngrungokke 1720 dhewe. Piye carane ngganti port H323 neng gateway-ne wae, dudu neng VOS?`),
    no(`bai, ang asterisk sa among test box dili mo-start kay "Unable to bind to 0.0.0.0:5060: Address already in use". naa diay daan nga freeswitch nga nag-run gikan pa sa last install. unsaon pag-disable sa freeswitch inig boot para dili na mag-away?`),
    no(`punten kang, redis di server report teu tiasa hirup: "Could not create server TCP listening socket *:6379: bind: Address already in use". Sigana aya redis sejen nu dijalankeun ku systemd ti pakét heubeul. Kedah dipareuman nu mana?`),
    no(`Web manage VOS (port 80) gak bisa dibuka. pas restart httpd keluar:
(98)Address already in use: make_sock: could not bind to address [::]:80
no listening sockets available, shutting down
Unable to open logs
kata temen ada webmin/lighttpd yg diinstal teknisi lama. softswitch nya sendiri aman, call jalan normal, cuma web nya.`),
    no(`Aplikasi billing kami (spring boot) gagal start pagi ini: "Web server failed to start. Port 8443 was already in use." Caused by: java.net.BindException: Address already in use. CPS softswitch normal, ini murni aplikasi billing yang nempel di server VOS. Cara cek PID yang memakai 8443 bagaimana?`),
    no(`postgres ayaw mag-start sa CDR server: LOG: could not bind IPv4 address "0.0.0.0": Address already in use / HINT: Is another postmaster already running on port 5432? nag-double install ata ako ng postgres 9.6 at 12. alin ang dapat patayin para hindi masira yung CDR data?`),
    no(`wkwk bodoh aku, flask run bilang OSError: [Errno 98] Address already in use di port 5000, ternyata script nya aku jalanin dua kali di tmux beda window. btw itu script buat narik CDR dari vos ke google sheet, bukan vos nya yg error ya`),
    no(`Bro, opensips gua gagal bind TCP 5060: "ERROR:core:tcp_init: bind(8, 0x7f3c..., 16) on 10.10.1.5: Address already in use". Ya iyalah, mbx3000 udah listen di 5060 TCP di IP yang sama. Rencananya opensips mau dijadiin SBC di depan VOS — port mana yg enak dipakai, 5080?`),
    no(`Assalamualaikum tuan, kami cuba hidupkan perkhidmatan SNMP di pelayan VOS untuk pemantauan, tetapi snmpd gagal dengan "Error opening specified endpoint udp:161" dan "bind: Address already in use". Nampaknya ada daemon SNMP kedua daripada pakej vendor yang sudah mendengar di 161. Mohon nasihat mana satu patut dikekalkan.`),
    no(`Webpanel VOS down sejak siang. Di log tomcat: "java.net.BindException: Port already in use: 8080" saat startup. Tadi pagi tim dev install jenkins di server yang sama dan default jenkins juga 8080 😑. Jenkins mending dipindah ke port berapa biar gak ganggu?`),
    no(`[voice note] ah hello po sir, ano po, yung sa server po namin yung webmin po ayaw mag-open, sabi po sa log "Failed to bind to port 10000 : Address already in use", kasi po yata may usermin din na naka-10000 na in-install ng dating IT, pwede po bang ilipat na lang yung isa sa 10001? yun lang po, salamat po`),
    no(`haproxy[2211]: [ALERT] 101/203344 (2211) : Starting frontend sip_tls: cannot bind socket [0.0.0.0:5061]
lepas reload haproxy tadi jadi macam ni. instance haproxy lama tak mati lagi rasanya. nak kill -9 pid lama je ke atau ada cara lebih elok?`),
    no(`bro saya nak jalankan container mysql 8 untuk testing report, tapi keluar "Error starting userland proxy: listen tcp4 0.0.0.0:3306: bind: address already in use". Memang la, mysql VOS sendiri guna 3306. Kalau mapping -p 3307:3306 ok kan, takde kesan pada VOS?`),
    no(`ang among nginx nga reverse proxy para sa VOS web portal dili mo-start: "bind() to [::]:443 failed (98: Address already in use)". naa pa diay laing nginx nga gi-install pinaagi sa snap. usa ra ka port, 443 ra gyud, ang tawag walay problema. tabang unsaon pagtangtang sa snap nga nginx.`),
    no(`Recorder kami (java) listen di TCP 9090 buat API upload rekaman. Tiap systemctl restart recorder keluar "java.net.BindException: Address already in use (Bind failed)" dan harus nunggu semenit baru bisa naik. Perlu SO_REUSEADDR ya di kodenya? VOS nya sendiri gak kenapa2.`),
    no(`dnsmasq di box monitoring kita error "failed to create listening socket for port 53: Address already in use" — bentrok sama systemd-resolved. ini bukan server switch ya, cuma DNS internal buat kantor. cara disable stub listener resolved gimana?`),
    no(`xl2tpd: bind: Address already in use (udp 1701) — tunnel L2TP ke kantor cabang Balikpapan gak naik sejak tadi. curiga strongswan lama atau xl2tpd kedua yg masih hidup. ada yg pernah?`),
    no(`kak mau tanya
[root@vos-jkt ~]# netstat -tlnp | grep 8000
tcp   0   0 0.0.0.0:8000   0.0.0.0:*   LISTEN   3121/python
aku jalanin php -S 0.0.0.0:8000 buat halaman rate card, gagal "Failed to listen on 0.0.0.0:8000 (reason: Address already in use)". python http.server yg kemarin lupa aku kill. aman kan kill 3121 doang?`),
    no(`Sir, yung vos3000 web po (port 80) di ma-access since this morning. Nung nag-restart kami ng httpd: "AH00072: make_sock: could not bind to address 0.0.0.0:80". May naka-install palang nginx yung dating admin para sa ibang site, nag-auto start after ng update. Pero yung calls naman po okay lahat, web lang talaga.`),
    no(`Bah, pelayan kami di Bandar: emqx broker untuk papan status inda kan start, log tulis "eaddrinuse" di listener tcp:1883. Ada mosquitto lama masih hidup daripada setup tahun lepas. Matikan mosquitto saja kah, atau tukar port emqx?`),
  ],
  otherRegistrationCause: [
    no(`gan, 40 ekstensi di kantor cabang Bekasi unregistered semua sejak pagi. Setelah dicek ternyata admin IT mereka ganti password SIP massal kemarin sore dan lupa kabarin kita, di log VOS isinya 401 Unauthorized terus dari IP mereka.`),
    no(`Bro, phone semua offline sejak pukul 2 petang. TNB putus bekalan elektrik kat ofis Shah Alam, router MikroTik pun mati sekali. Genset tak cover rak network. Bila elektrik balik nanti phone register sendiri ke atau kena reboot satu-satu?`),
    no(`Yung mga softphone ng agents namin (Zoiper, UDP 5060) nawalan ng registration simula nung lumipat kami ng ISP kahapon, from PLDT to Converge. Bagong public IP na yung office, hindi pa naka-allow sa IP restriction ng account nila sa VOS. Yun na ba yun?`),
    no(`Sir, account reseller "ptjaya02" dah expired malam tadi, so semua phone dia unregistered. Tolong extend 30 hari, payment dah transfer 1.500.000 rupiah pagi tadi, resit saya forward kejap lagi.`),
    no(`Lisensi VOS3000 kami habis tanggal 1 kemarin, sekarang cuma sebagian phone yang bisa register, sisanya ditolak semua. Kalau mau perpanjang lisensi, kontak siapa dan berapa lama prosesnya?`),
    no(`Kami pindahkan domain sip.kantorku.co.id ke IP server baru hari Sabtu, tapi TTL DNS nya masih 86400. Jadi sebagian IP phone masih register ke server lama dan kelihatan offline di VOS baru. Tunggu sehari aja atau ada cara paksa?`),
    no(`bai, ang WiFi sa among call center sa Mandaue naguba ganina buntag (access point nasunog), ang mga wireless IP phone (Yealink W56H) wala na register. ang mga wired nga phone OK ra. unsay pinaka-dali nga workaround samtang wala pay bag-ong AP?`),
    no(`PoE switch di lantai 3 mati (adaptornya gosong, baunya sampe lantai 2 wkwk), jadi 24 telepon Grandstream di lantai itu unregistered. Lantai lain normal semua. Switch pengganti sudah dipesan, besok datang.`),
    no(`Habis ganti router ke MikroTik hEX kemarin, phone-phone di ruko kadang unreg tiap beberapa menit. Semua pakai SIP UDP, gak ada satupun yang TCP. Kayaknya udp-timeout di MikroTik 30 detik sedangkan register expiry 3600. Perlu keepalive di phone ya?`),
    no(`Nag-factory reset yung isang bagong staff sa 5 naming Fanvil X3S (akala niya maaayos yung ringtone 😅), kaya nabura lahat ng SIP account. Kaya pala unregistered sila since lunch. May paraan po ba para i-provision ulit galing sa VOS side?`),
    no(`Info aja bro: Indihome lagi gangguan massal di Surabaya (kata CS fiber putus kena proyek galian), semua ekstensi cabang Surabaya offline. Server VOS di Jakarta aman-aman aja. Bukan masalah server, jangan ada yang restart apa-apa ya.`),
    no(`Kami tukar IP public server VOS dari 103.x.x.10 ke 103.x.x.12 semalam sebab pindah rack di DC. Semua phone customer masih point ke IP lama, so memang la unregistered. Ada cara push config baru ke 300 phone sekaligus tak?`),
    no(`Banyak ekstensi keblokir sama VOS karena terlalu banyak gagal auth — ada yang scan pakai sipvicious semalam pakai username yang sama dengan user asli, akhirnya akun asli ikut ke-lock dan phone mereka unregistered. Gimana unlock massal?`),
    no(`Softphone Bria kami pakai TLS ke 5061 gagal register semua sejak tanggal 3. Ternyata sertifikat Let's Encrypt di server expired, cron certbot mati sejak pindah server. Di phone muncul "certificate has expired". Renew sekarang, phone perlu diapain?`),
    no(`Mas, telpon-telpon neng gudang Sidoarjo kabeh unregistered wiwit wingi sore. Jebule kabel LAN ning plafon digigit tikus, wkwk. Wis didandani teknisi esuk iki, saiki wis register maneh kabeh. Matur nuwun, tiket iso ditutup.`),
    no(`Phones nag-re-register naman pero after ~1 hour nagiging offline. Nakita ko yung register expiry sa phone naka-3600 pero sa VOS max registration period naka-1800 lang, kaya nag-e-expire bago mag-refresh. UDP lahat po, walang TCP. Alin ang dapat baguhin?`),
    no(`Kenapa semua line customer "CV Maju Jaya" tak register? Ohh baru nampak, akaun dia suspended sebab baki negatif -RM230. Nanti dia topup baru boleh aktif balik kan? Atau kena enable manual?`),
    no(`IT kantor customer ganti VLAN voice dari 20 ke 30 tanpa update DHCP option 66 dan voice VLAN di switch, jadi phone gak dapat IP yang benar dan unregistered. Sekarang 60 phone mati. Transport SIP semuanya UDP. Bantu arahkan konfigurasi switchnya?`),
    no(`Kang, ekstensi 2001 dugi ka 2015 di kantor Bandung teu register deui saatos nu gaduh kantor ngaganti username SIP na di VOS (tina angka jadi ngaran). Telepon na masih nganggo username lami. Kedah dirobih di telepon hiji-hiji?`),
    no(`[VN transcript] hi po, so ayun na nga, kahapon may bagyo dito sa Tacloban, brownout buong araw, tapos pagbalik ng kuryente yung mga phone po nag-boot pero yung modem ng Globe ayaw mag-sync, red LOS po siya. kaya lahat ng extensions namin unregistered pa rin sa VOS. nag-file na po kami ng ticket sa Globe. ano po ba pwede gawin habang wala pa, pwede po ba mag-failover sa LTE pocket wifi?`),
    no(`Customer kita di Cheras tukar ke modem Unifi baru, DHCP modem tu bagi subnet 192.168.100.x, tapi phone dia semua static 192.168.1.x. Confirm la phone tak dapat network langsung, semua unreg. Nak suruh dia tukar DHCP atau tukar phone ke DHCP?`),
    no(`We moved the SIP listening port on VOS from 5060 to 5080 last night to cut down scanner noise, and forgot that 120 softphones of reseller "NusaCall" still point to 5060. All unregistered, obviously. UDP only on their side, no TCP. Best way to notify their users?`),
    no(`VOS kami sepertinya cuma menerima 500 registrasi sesuai lisensi; phone ke-501 dan seterusnya dapat "403 Forbidden" dan tampil unregistered. Kalau mau upgrade kapasitas lisensi ke 1000 registrasi, biayanya berapa?`),
    no(`Bah, sudah dua hari phone di kedai Gadong inda register. Rupanya bil internet DST inda dibayar bulan lepas, line kena potong. Sudah bayar tadi petang, tunggu aktif balik saja bah.`),
    no(`ang mga extension sa Davao branch nawala sa registration human gi-change sa ilang admin ang IP sa gateway gikan 192.168.10.1 ngadto 192.168.10.254, pero wala gi-update ang gateway setting sa mga phone. SIP UDP ra among gamit didto. kinahanglan ba i-manual ang tanan?`),
    no(`Lepas migrate dari VOS 2.1.4 ke 2.1.8 minggu lepas, beberapa phone tak register langsung: log tunjuk "401 wrong password" untuk akaun yang password dia ada simbol & dan #. Akaun lain ok. Simbol tu ke punca?`),
    no(`ext 805 unregistered sbb phone dia jatuh dlm kolam ikan semalam 😂 bos dia dah beli baru, nanti kami set semula. jgn escalate ya`),
  ],
  smallFigures: [
    no(`gan, iseng cek ss -s di server VOS pas siang: TCP: 412 (estab 38, closed 356, orphaned 0, synrecv 0, timewait 351/0). Segitu normal kan? Call lancar kok, cuma penasaran aja.`),
    no(`Apa itu TIME_WAIT sebenarnya? Baca di forum katanya bahaya kalau banyak. Di server kami cuma sekitar 200, tapi bos minta saya jelaskan di rapat besok.`),
    no(`Is 300 TIME_WAIT normal po for a VOS na 15 concurrent calls lang? Walang problema naman, gusto ko lang i-document sa monthly health check namin.`),
    no(`bro macam mana nak check ephemeral port range kat CentOS 7? sysctl mana satu nak tengok? saja nak masukkan dalam checklist.`),
    no(`netstat -an | grep TIME_WAIT | wc -l → 127. Malam minggu, traffic sepi. Apakah perlu tuning tcp_tw_reuse dari sekarang atau dibiarkan saja?`),
    no(`Tanya dong, ip_local_port_range default 32768 60999 itu artinya cuma ada 28 ribuan port buat koneksi keluar ya? Kami baru 2 carrier TCP, TIME_WAIT paling tinggi 500an. Masih aman kah?`),
    no(`bai, pila man ang normal nga TIME_WAIT sa VOS? sa amoa 90 ra karon, gamay ra ang tawag kay Dominggo. gusto lang ko mahibal-an ang baseline.`),
    no(`Laporan pemeriksaan bulanan pelayan VOS-KCH: CPU 12%, memori 41%, sambungan TCP ESTABLISHED 64, TIME_WAIT 280, tiada ralat dalam log softswitch. Mohon pihak tuan sahkan semuanya dalam keadaan baik untuk kami tutup laporan.`),
    no(`ss -tan state time-wait | wc -l kasih 45. kok dikit banget ya dibanding artikel2 yg bilang ribuan? apa ada setting yg salah di server kami?`),
    no(`Boleh terangkan sikit kenapa TIME_WAIT tunggu 60 saat kat Linux? Kami nampak 150 je, takde masalah, saja nak faham untuk dokumentasi.`),
    no(`sysctl net.ipv4.tcp_tw_reuse output 0. Should I set it to 1 as prevention? TIME_WAIT namin nasa 220, mga 8 CPS lang sa peak. Wala pang reklamo.`),
    no(`Paano ko makikita kung ilan yung sockets per TCP state? gusto ko lang i-graph sa Zabbix para may baseline. wala naman problema ngayon.`),
    no(`Mas, TIME_WAIT ning server anyar 600-an pas jam sibuk, CPS mung 5. Iku isih wajar to? Telpon lancar kabeh kok.`),
    no(`Kalau ss -s bilang "timewait 742/0", angka 0 yg belakang itu artinya apa ya? server adem ayem kok, cuma mau ngerti.`),
    no(`Mau verifikasi setelah reinstall: cat /proc/sys/net/ipv4/ip_local_port_range keluar "32768	60999". Itu udah default CentOS 7 yang benar kan? Belum ada trafik sama sekali.`),
    no(`hasil netstat -ant | awk '{print $6}' | sort | uniq -c:
     52 ESTABLISHED
     18 LISTEN
    233 TIME_WAIT
      3 FIN_WAIT2
wajar gak buat switch yg cuma 30 CPS? gak ada komplain, cuma audit rutin.`),
    no(`Kang, naha TIME_WAIT teh sok naék ka 400-an unggal jam 8 peuting terus turun deui jam 11? Teu aya masalah telepon, ngan hayang terang wungkul.`),
    no(`Quick one: is TIME_WAIT counted against the max open files limit? We sit around 300 and ulimit -n is 65535. Just checking before we add a second carrier.`),
    no(`How to check how many ephemeral ports are still free? Gusto ko mag-set ng alarm kung lumampas sa 70%. Ngayon nasa 1% lang naman ang gamit.`),
    no(`Bah, untuk audit keselamatan, pihak auditor tanya berapa banyak TIME_WAIT yang biasa di pelayan VOS kami. Biasanya antara 100 hingga 350 sahaja. Ada dokumen rasmi atau graf yang boleh kami lampirkan kah?`),
    no(`Kami mau onboard carrier ketiga pakai SIP TCP minggu depan. Sebelum go live, kira-kira berapa port lokal yang biasanya terpakai per carrier? Total TIME_WAIT sekarang 180.`),
    no(`ss -o state time-wait | head -3
Recv-Q Send-Q  Local Address:Port   Peer Address:Port
0      0       10.20.0.5:41822      198.51.100.7:5060   timer:(timewait,42sec,0)
0      0       10.20.0.5:41830      198.51.100.7:5060   timer:(timewait,38sec,0)
totalnya 96 baris. yg 42sec itu hitung mundur ya? cuma nanya, bukan ada masalah`),
    no(`unsaon pag-set sa ip_local_port_range nga dili mawala human sa reboot? CentOS 6 among server, sa sysctl.conf ba o sa sysctl.d? karon default pa, pangutana lang daan.`),
    no(`Bro sekadar tanya, lepas upgrade kernel minggu lepas TIME_WAIT turun dari 400 ke 250 masa peak, normal ke? takde isu pun, call ok.`),
    no(`Paano ba kinocompute yung max CPS bago maubos yung ports? halimbawa 28k ports / 60 sec TIME_WAIT = mga 470 bagong TCP connection per second? tama ba? kami nasa 20 CPS lang naman, curious lang.`),
    no(`Minta tolong jelaskan output ini dong: "TCP: inuse 41 orphan 0 tw 312 alloc 58 mem 9" dari /proc/net/sockstat. Server sehat-sehat aja, cuma saya belum paham kolomnya.`),
    no(`wkwk bos gua panik liat 500 TIME_WAIT di dashboard grafana baru, katanya switch bakal tumbang. Padahal call normal, ASR 48%, ACD 3 menit. Perlu panik gak sih sebenernya?`),
  ],
  firewallNoRst: [
    no(`Gan, tolong bantu buka port 5060 TCP/UDP sama 10000-20000 UDP di FortiGate buat carrier baru dari Singapore, IP 203.0.113.45. Policy dan VIP nya harus gimana biar gak kebuka ke semua orang?`),
    no(`Pls whitelist IP vendor baru 198.51.100.23 di iptables server VOS kami. Sekarang INVITE mereka kena DROP di chain INPUT karena default policy kami DROP. Rule -I INPUT -s ... -j ACCEPT cukup?`),
    no(`fail2ban nge-ban IP kantor sendiri lagi 😩 "NOTICE [vos-sip] Ban 36.85.x.x" — ada user salah ketik password 5x di softphone. Gimana cara masukin IP kantor ke ignoreip biar gak kejadian lagi?`),
    no(`Yung mga phone sa Makati office may one-way audio at minsan naba-baba yung call after 32 seconds. Sabi ng ISP naka-on daw yung SIP ALG sa modem nila (Huawei HG8145V5). Paano po i-off yun sa web UI?`),
    no(`Kami nak block semua trafik SIP dari luar ASEAN di pfSense sebab banyak scanner dari Eropah dan Amerika tiap malam. pfBlockerNG GeoIP sesuai ke untuk ni, atau ada cara lebih ringan?`),
    no(`Port forward di MikroTik: dst-nat 5060 ke 192.168.88.10 udah jalan, tapi RTP 10000-20000 belum. Perlu dst-nat satu range gitu aja atau harus per port? audio sekarang satu arah.`),
    no(`Mau pasang rate limit di iptables: maksimal 20 INVITE per detik per IP sumber pakai hashlimit, sisanya drop. Contoh rule yang benar seperti apa? Biar gak salah drop carrier.`),
    no(`Bro, ASA kami perlu object-group baru untuk 6 IP carrier Vietnam. access-list outside_in extended permit udp object-group VN-CARRIERS host 10.1.1.20 eq sip. Kalau mereka juga kirim SIP over TCP, perlu baris tcp terpisah kan?`),
    no(`Security group AWS untuk VOS di ap-southeast-1 sekarang inbound 5060 dari 0.0.0.0/0. Bahaya tak? Nak tukar jadi IP carrier sahaja, tapi takut ada carrier yang terlepas pandang.`),
    no(`bai, gi-block sa among firewall ang tanan nga SIP OPTIONS gikan sa mga scanner, pero na-block pud ang OPTIONS keepalive sa among carrier sa Manila, so gimarkahan sila nga down sa ilang side. unsaon pag-exempt sa ilang duha ka IP?`),
    no(`FortiGate 60F kami rewrite header SIP. Mau disable session-helper sip sama set default-voip-alg-mode kernel-helper-based. Command CLI nya "config system session-helper" terus delete id yang sip ya? Perlu reboot?`),
    no(`dmesg penuh "nf_conntrack: table full, dropping packet" di box firewall Linux depan VOS, lagi kena flood UDP 5060 dari satu subnet. Naikin nf_conntrack_max dari 65536 ke 262144 cukup, atau mending block subnetnya?`),
    no(`Minta tolong review rule Palo Alto kami: app-id "sip" allowed dari zone untrust ke DMZ, service application-default. Carrier baru pakai port 5080, jadi kena deny. Perlu bikin custom service tcp/udp 5080?`),
    no(`Mas, tulung gawekke rule iptables kanggo nutup port 3306 saka njaba, mung oleh saka IP kantor 103.1.2.3. Saiki mysql VOS kebukak nang internet, medeni tenan.`),
    no(`SonicWall kami ada opsi "Enable consistent NAT" dan "Enable SIP Transformations". Vendor sarankan off SIP Transformations. Ada kesan ke call yang sedang jalan tak kalau kami tukar waktu siang?`),
    no(`Check Point gateway di DC Cyberjaya: tolong buat rule baru allow TCP dan UDP 5060 dari carrier 45.x.x.x/29 ke VOS 10.1.1.20, track = log. Ticket CHG-4471, window malam ni 1 pagi.`),
    no(`Sir update lang po: na-whitelist na namin sa pfSense yung 3 IP ng bagong carrier, pero yung isa, 112.198.x.x, blocked pa rin daw sabi nila. Sa Firewall Log nakikita ko "Default deny rule IPv4 (1000000103)" UDP papuntang 5060. Kulang ata yung alias, dalawa lang yung laman. pa-check po.`),
    no(`Pakai ipset country block CN dan RU di server VOS, tapi sekarang carrier HK kita ikut ke-block karena salah satu range IP mereka masuk list CN. Cara exclude satu /24 dari ipset itu gimana?`),
    no(`User di dalam kantor gak bisa akses web VOS lewat domain publik, dari luar bisa. Katanya harus bikin hairpin NAT di MikroTik. Rule srcnat masquerade untuk LAN ke LAN nya gimana persisnya?`),
    no(`Carrier komplain dapat 503 dan timeout dari kami. Ternyata iptables -m limit --limit 50/s kami terlalu ketat, sekarang mereka kirim sampai 80 CPS. Naikin limit ke 150/s dengan burst 200 aman gak?`),
    no(`GCP firewall rule untuk RTP: allow udp:10000-60000 dari 0.0.0.0/0. Apa harus selebar itu? Range RTP default VOS itu berapa ya, biar rule nya bisa dipersempit?`),
    no(`Bah, kami kan pasang firewall Sophos XG baru di depan VOS minggu depan. Port apa saja yang mesti dibuka untuk SIP, RTP, web VOS dan client VOS? Ada senarai lengkap kah?`),
    no(`ang fail2ban nag-ban sa IP sa among carrier kay daghan kuno 404 sa ilang OPTIONS probe. gi-unban na nako pero mobalik ra human sa 10 minutos. unsaon pag-add sa ignoreip nga permanente?`),
    no(`Jan 12 03:11:02 vos kernel: [DROP-SCANNER] IN=eth0 OUT= SRC=185.x.x.x DST=103.x.x.x PROTO=UDP SPT=5070 DPT=5060 LEN=420
banyak banget log begini tiap malam, ribuan. ini aman kan? cuma friendly-scanner yg ke-drop. mau matiin logging rule itu aja biar /var/log gak penuh.`),
    no(`/ip firewall filter add chain=input protocol=tcp dst-port=5060 src-address-list=carrier action=accept — udah bener belum kalau ditaruh di bawah rule drop all? counternya gak pernah nambah, packets 0 terus.`),
    no(`Di kernel baru nf_conntrack_sip helper gak auto-load lagi. Perlu kami aktifkan (modprobe + CT target) buat firewall iptables di depan VOS, atau mending gak usah pakai helper sama sekali?`),
    no(`Tolong tambah rule NAT 1:1 di FortiGate untuk server VOS kedua: public 103.x.x.21 ke 10.1.1.21, plus policy inbound cuma dari 4 IP carrier. Server pertama pakai VIP yang sama polanya, tinggal copy aja kan?`),
  ],
  negationContext: [
    no(`SS_TCP_CLOSE_RESET di ketiga server kami masih Off (default), sudah dicek satu-satu di softswitch.conf pagi ini. Tapi ada customer reseller nanya itu setting apa dan kenapa kami gak nyalain. Bisa bantu jelasin singkat buat dia?`),
    no(`Kami pakai SIP UDP je untuk semua phone dan carrier, tak ada satu pun sambungan TCP. Jadi setting RST yang orang bising-bising dalam group tu tak relevan untuk kami kan?`),
    no(`Tahun lalu server kami sempat kena BindException tiap malam, waktu itu sudah diperbaiki dengan tcp_tw_reuse dan range port 1024-65535. Sejak itu aman terus. Cuma mau tanya, setelah upgrade kernel bulan depan perlu dicek ulang gak?`),
    no(`Teman saya di Medan servernya ada 30 ribu TIME_WAIT dan sering "cannot assign requested address" tiap malam. Server kami sendiri cuma 200-an dan baik-baik saja. Kira-kira penyebab di tempat dia apa ya, biar bisa saya kasih saran?`),
    no(`Walang nagbago sa config namin, naka-Off pa rin yung RST, at yung mga phone namin behind NAT okay naman lahat, 0 unregistered. Gusto ko lang malaman kung bakit may nagsabi sa amin na delikado daw yung SS_TCP_CLOSE_RESET.`),
    no(`We plan to turn SS_TCP_CLOSE_RESET on next month for the Jakarta node (three carriers pushing high CPS). Any risk po for our remote agents behind home routers? They register over TCP. Nothing broken yet, we just want to plan.`),
    no(`Buat materi training NOC batch baru: tolong jelaskan kenapa RST bisa bikin firewall stateful bingung, dan kapan sebaiknya RST dinyalakan. Bukan ada masalah ya, cuma buat slide hari Kamis.`),
    no(`FortiGate kami TIDAK drop RST — sudah dicek pakai diag debug flow, RST lewat normal. Call gagal ke carrier Thailand kemarin ternyata karena carrier tak sokong G729, hanya G711. Sudah settle, tiket boleh tutup.`),
    no(`Bukan VOS ya, ini Asterisk di kantor klien lain: aplikasi AMI client mereka bikin banyak TIME_WAIT di sisi client. Ada saran umum? VOS kami sendiri gak ada masalah apa-apa.`),
    no(`Dua minggu lalu phone NAT kami sempat unregistered sesudah RST dinyalakan, hari itu juga sudah kami kembalikan ke Off dan semuanya normal sampai sekarang. Mau minta tiket lamanya ditutup saja, terima kasih.`),
    no(`dili ni problema ha, nangutana lang ko: kung i-on namo ang RST, maapektuhan ba ang mga Yealink sa likod sa NAT nga naka-UDP ra? sa akong pagsabot wala kay UDP man, pero gusto ko ma-sure.`),
    no(`Mas, konco ku ning Semarang crito firewall ASA ne nge-drop RST sak wise dheweke nguripke SS_TCP_CLOSE_RESET. Server ku dhewe durung tau diuripke babar pisan. Aku kudu waspada opo ora yen mengko arep nguripke?`),
    no(`Audit checklist question: "Confirm the softswitch is not exposed to ephemeral port exhaustion." Our ss -s shows timewait 140 at peak and the port range is already 1024-65535. Can we tick this one as compliant?`),
    no(`Dulu jaman VOS 2.1.2 kita sering kena "Address already in use" tiap jam 9 malam, sekarang sejak pindah ke server baru awal 2023 gak pernah lagi. Mau tanya, log lama dari server itu masih perlu disimpan gak buat audit?`),
    no(`Minggu depan kami mau tambah firewall Palo Alto di antara VOS dan carrier. RST mode kami On sejak tahun lalu dan belum pernah ada masalah karena belum ada firewall di tengah. Apa yang harus disiapkan supaya nanti RST gak di-drop?`),
    no(`Bro, dalam group telegram orang ramai cakap "RST mode rosakkan NAT". Phone kami semua guna UDP, RST pun Off. Betul ke cerita tu atau mitos? Nak tahu je.`),
    no(`Hindi po TIME_WAIT yung problema namin — 80 lang siya. Ang issue ay yung billing na hindi nag-ge-generate ng CDR simula kahapon ng 3pm. Anong log po ang dapat tingnan?`),
    no(`Hypothetically kalau server kena port exhaustion, apa bedanya "Cannot assign requested address" sama "Address already in use"? Bukan lagi kejadian kok, lagi belajar buat ujian sertifikasi minggu depan.`),
    no(`Customer minta kami nyalakan RST karena baca artikel di blog. Kami tolak dulu karena ada 200 softphone TCP di belakang NAT rumahan. Menurut tim kalian keputusan itu tepat atau terlalu hati-hati?`),
    no(`Kang, ieu mah sanés masalah: firewall pfSense di kantor can kungsi ngadrop RST, da SS_TCP_CLOSE_RESET ogé teu acan kungsi diaktipkeun. Ngan badé naros, naon bédana nutup koneksi ku FIN sareng ku RST?`),
    no(`Dari log MikroTik punya klien (router mereka, bukan VOS kami), ada 25rb koneksi TIME_WAIT di router itu sendiri karena web proxy yang mereka nyalakan. Itu tidak berhubungan dengan softswitch kita kan?`),
    no(`Draf RCA insiden bulan lepas (dah closed): 14/05 21:10 softswitch kehabisan port tempatan, 31k TIME_WAIT, dibetulkan dengan RST On dan tw_reuse=1, sejak itu stabil. Tolong semak ayat-ayat saya sebelum dihantar ke pengurusan esok.`),
    no(`Yung kabilang team (yung Kamailio cluster nila, hindi VOS) nagka-problema sa conntrack na nag-dro-drop ng RST last week. Tanong lang, applicable din ba yun sa amin kung naka-Off naman yung RST namin?`),
    no(`Kami tengah siapkan SOP: kalau satu hari nak rollback SS_TCP_CLOSE_RESET dari On ke Off, cukup service mbx3000d reparse atau perlu restart penuh? Belum nak buat sekarang, cuma dokumentasi.`),
    no(`Gak ada yang unregistered kok, semua 320 ext hijau. Saya cuma heran kenapa teknisi sebelumnya nulis "JANGAN nyalakan RST, ada NAT" di wiki internal. Itu maksudnya apa ya?`),
    no(`Ang among TLS nga mga softphone walay problema karon. Nangutana lang: kung i-on ang RST, mo-skip ba gyud ang close_notify? para ra ni sa among design doc, dili pa namo i-on.`),
    no(`Nothing is broken lah. We only want to know: will tcp_tw_reuse=1 alone be enough if one day our CPS grows to 200, without touching RST? Currently 35 CPS and TIME_WAIT around 900.`),
  ],
  portExhaustion: [
    pe(`gan tolong!! tiap jam 8-10 malam switch gak bisa bikin call baru ke carrier, log penuh "connect failed: Cannot assign requested address". ss -s timewait 28.114. restart mbx3000d baru normal, itu pun cuma sejam.`),
    pe(`Bro, server VOS KL pukul 9 malam call ke vendor yang guna TCP gagal semua, netstat tunjuk TIME_WAIT 29k lebih. Lepas restart ok balik, tapi esok malam jadi lagi macam tu. Dah 4 malam berturut.`),
    pe(`Sir, tuwing peak hour (7pm-11pm) yung outbound calls sa 3 carriers namin na naka-TCP nag-fa-fail. Nakita ko sa netstat may mga 30k na TIME_WAIT, at "Address already in use" sa log tuwing nagco-connect palabas. Pa-check po, urgent, nawawalan kami ng traffic.`),
    pe(`[root@vos-sby ~]# ss -s
Total: 30412 (kernel 30580)
TCP:   29988 (estab 212, closed 29701, orphaned 3, synrecv 0, timewait 29698/0), ports 0
ini sore tadi pas CPS 180an. call ke carrier tcp banyak yg 503, yg udp aman. tolong dicek bos`),
    pe(`bai, ang among switch sa Cebu dili na maka-connect sa carrier inig alas 8 sa gabii, "bind: Address already in use" sa outgoing nga TCP. TIME_WAIT mga 27 ka libo. ang restart sa service makatabang pero mobalik ra human sa usa ka oras.`),
    pe(`Mas, server VOS-ku saben bengi ora iso nyambung nang vendor liwat TCP, log ngomong "Cannot assign requested address". TIME_WAIT tekan 30 ewu luwih. Yen di-restart apik sedhela, sak jam maneh ambyar maneh.`),
    pe(`[VN] halo mas, ini saya dari NOC ya, jadi gini, tadi jam sembilan lewat itu ASR jeblok ke dua puluh persen, terus saya cek netstat itu TIME_WAIT-nya ada dua puluh delapan ribuan, dan di log banyak tulisan address already in use gitu pas nyambung ke carrier yang pakai TCP. udah saya restart sekali, bagus lagi, tapi kayaknya bakal balik nih. tolong dibantu ya mas.`),
    pe(`EADDRINUSE on outbound SIP TCP to carriers again at peak. 31k TIME_WAIT. restart buys us 40 min. help pls`),
    pe(`Tuan, pelayan VOS3000 kami mengalami kegagalan panggilan keluar setiap waktu puncak (kira-kira 150 CPS). Log softswitch menunjukkan "bind failed: Address already in use" semasa membuka sambungan TCP baharu ke pembekal. Bilangan TIME_WAIT mencecah 28,500. Mulakan semula perkhidmatan hanya membantu buat sementara. Mohon bantuan.`),
    pe(`Grabe, naubos na naman yung local ports. netstat -ant | grep TIME_WAIT | wc -l = 28201. Wala nang bagong TCP connection papunta sa Globe at sa HK vendor. Nag-restart kami kanina, 40 mins lang tumagal.`),
    pe(`Bah, pelayan VOS di BSB inda dapat buat sambungan TCP baru ke carrier Singapore masa sibuk malam. TIME_WAIT 26 ribu lebih. Lepas reboot okay, tapi esoknya balik lagi, sudah seminggu begini.`),
    pe(`2024-03-11 20:41:07 [SIP] TCP connect to 103.28.x.x:5060 failed, errno=99 (Cannot assign requested address)
2024-03-11 20:41:07 [SIP] TCP connect to 45.115.x.x:5060 failed, errno=99 (Cannot assign requested address)
2024-03-11 20:41:08 [SIP] TCP connect to 103.28.x.x:5060 failed, errno=99 (Cannot assign requested address)
ratusan baris begini tiap malam mulai jam 8. cps kita naik 2x sejak ada 2 carrier baru. jam 2 pagi ilang sendiri. kenapa ya?`),
    pe(`Kang, unggal peuting jam 9 telepon ka carrier nu nganggo TCP gagal kabéh, TIME_WAIT na nepi ka 29 rébu. Dirérestart sakeudeung alus deui, engké balik deui. Kumaha ieu?`),
    pe(`bro parah nih, tiap prime time switch gua ga bisa connect keluar ke vendor, error "Address already in use" padahal port 5060 nya sendiri LISTEN normal. netstat isinya TIME_WAIT semua, 27rb-an ke IP vendor. restart doang yg nolong, 30 menit balik lagi. gimana nih?`),
    pe(`Magandang gabi po. Ang aming VOS3000 ay hindi na makagawa ng bagong TCP connection sa mga carrier tuwing gabi. Umaabot po sa 29,000 ang TIME_WAIT at puno ng "cannot bind" ang log ng softswitch. Pansamantalang naaayos kapag ni-restart.`),
    pe(`tiga puluh ribu TIME_WAIT bro, call keluar ke carrier tcp mampet semua pas jam sibuk. ip_local_port_range masih default 32768 60999, tw_reuse 0. apa yg harus diubah?`),
    pe(`tatlumpung libo na yung TIME_WAIT sa VOS namin ngayong gabi, at lahat ng outbound TCP calls sa carrier "Cannot assign requested address". kaninang umaga okay naman. ano gagawin?`),
    pe(`Sejak kami naik ke 220 CPS bulan ni, setiap jam 8-11 malam muncul "cannot bind local port" bila VOS buka sambungan TCP ke 5 vendor. ss tunjuk timewait 28k. Pagi semua ok sebab trafik rendah.`),
    pe(`netstat -ant | grep TIME_WAIT | awk '{print $5}' | sort | uniq -c | sort -rn | head -3
  14102 103.21.x.x:5060
   9877 45.64.x.x:5060
   4511 119.81.x.x:5060
total hampir 28.500. call ke tiga carrier ini failed pas jam sibuk, error "Address already in use" waktu connect. apa perlu tambah IP lokal?`),
    pe(`TIME_WAIT 30k na pud, wala na makatawag sa mga carrier sa TCP. restart na pud ta? ikatulo na ni karong semanaha.`),
    pe(`Kwento ko lang po: since nag-add kami ng 2 bagong wholesale carrier na SIP over TCP lang ang tinatanggap, tuwing 8pm pataas bumabagsak yung ASR namin. Kanina nag-ss -tan ako, halos lahat TIME_WAIT, 28,7xx. Sa softswitch log: "Cannot assign requested address" sa bawat bagong INVITE palabas. Ni-restart namin yung mbx3000d, umayos, pero after 45 mins balik ulit. CPS sa peak mga 190.`),
    pe(`weh, switch kita pukul 10 malam tadi tak boleh connect keluar langsung, ss -s timewait 29311. kena restart dua kali baru reda. kenapa dah?`),
    pe(`Dengan hormat, kami melaporkan bahwa server VOS3000 kami gagal membuka koneksi TCP keluar ke carrier pada jam sibuk (±160 CPS). Jumlah soket TIME_WAIT mencapai 27.600 dan log menampilkan "bind failed: Address already in use". Restart layanan hanya membantu sementara. Mohon arahannya.`),
    pe(`cannot bind, cannot bind, cannot bind — log sw penuh itu pas peak. TIME_WAIT 30rb. port 5060 listen normal tapi ga bisa ngirim INVITE keluar ke carrier yg tcp.`),
    pe(`Mas, aku wis ngecek kabeh: port 5060 isih LISTEN, mysql aman, web aman, disk aman. Sing aneh mung pas jam 8 bengi call metu ora iso, lan netstat isine TIME_WAIT 28 ewu menyang IP carrier TCP.`),
    pe(`Mengapa setiap kali restart mbx3000d masalahnya hilang sekitar 1 jam? Gejala: INVITE ke carrier via TCP gagal "Cannot assign requested address", TIME_WAIT 25k-29k saat peak. Server CentOS 6, belum ada tuning sysctl apa pun.`),
    pe(`Boss, server baru kita dengan 4 carrier TCP: jam sibuk semua call keluar fail. Cek ss: TIME_WAIT 28,3k, port range 32768-60999 dah penuh. Restart bantu kejap je.`),
    pe(`urgent! among VOS sa Davao: 9pm-11pm dili maka-open og bag-ong TCP session sa carrier. "connect: Cannot assign requested address". TIME_WAIT 27,912 sa ss -s. ang restart moayo og mga 30 minutos ra.`),
    pe(`[voice note] assalamualaikum bang, ni saya Hafiz dari NOC, eh malam tadi dalam pukul sembilan tu call keluar semua gagal, saya check ss tu timewait dia dua puluh lapan ribu lebih, pastu log ada tulis cannot assign requested address bila nak sambung ke vendor TCP, saya restart service, ok balik, tapi sejam lepas tu jadi balik, tolong tengokkan bang.`),
    pe(`Setiap Jumat malam (promo pulsa) CPS tembus 250, dan sejak itu muncul "Address already in use" di log ketika VOS connect ke carrier TCP. TIME_WAIT 29k. Sabtu pagi normal lagi tanpa diapa-apakan.`),
  ],
  natUnregistered: [
    nat(`gan, sejak SS_TCP_CLOSE_RESET kami set On kemarin sore, softphone agent di rumah (di belakang router Indihome, transport TCP) unregistered terus tiap beberapa menit. Sebelumnya sebulan aman-aman aja.`),
    nat(`Lepas kami hidupkan RST mode kat VOS semalam, phone cawangan Ipoh yang duduk belakang MikroTik (SIP TCP) semua hilang registration. Phone kat HQ yang guna public IP ok je.`),
    nat(`Simula nung ni-ON namin yung SS_TCP_CLOSE_RESET para bumaba yung TIME_WAIT, yung mga Zoiper ng WFH agents (TCP, behind home routers) nag-uunregister every few minutes. Pa-check po.`),
    nat(`Since the RST change last night, 60 phones at the Pasig branch (behind NAT, TCP transport) show unregistered in VOS. The only ones still registered are the two with public IPs.`),
    nat(`bai, sukad gi-on ang RST sa softswitch gahapon, ang mga phone sa likod sa among MikroTik (TCP man ilang transport) kanunay mawala ang registration. unsa man ni?`),
    nat(`Mas, wiwit SS_TCP_CLOSE_RESET diuripke wingi, telpon-telpon neng kantor cabang sing liwat NAT router (SIP TCP) dadi unregistered kabeh. Sing nganggo IP publik aman-aman wae.`),
    nat(`[admin@MikroTik-Cabang] > /ip firewall connection print where dst-port=5060
Flags: S - seen-reply, A - assured, C - confirmed
 #  PR.. SRC-ADDRESS         DST-ADDRESS          TCP-STATE
(kosong)
habis RST on di VOS, entry NAT buat phone TCP hilang dan phone langsung unreg. Sebelum RST semua stabil berbulan-bulan.`),
    nat(`[VN] mas, ini dari kantor cabang Makassar ya, jadi sejak yang kemarin itu lho, yang setting RST dinyalain di server, telepon kami yang di belakang router itu kok pada merah semua, unregistered gitu, padahal internet normal, kami pakai TCP katanya teknisi. tolong dicek ya.`),
    nat(`RST on → NAT phones (TCP) unreg semua. rollback ke Off?`),
    nat(`Sir, after ng maintenance kagabi (yung ginawa niyo para sa port exhaustion, na-set yung SS_TCP_CLOSE_RESET=On), yung mga IP phone namin sa Ortigas office na naka-behind ng TP-Link router at naka-TCP transport, paisa-isang nawawala sa registration. Pag nag-reboot ng phone, register ulit tapos after 5-10 mins unregistered na naman. Yung mga UDP phones namin sa ibang site walang problema.`),
    nat(`Bang, ejen WFH kami guna MicroSIP TCP di rumah (router Unifi). Sejak RST dihidupkan pagi tadi, status asyik tukar Registered → Unregistered. Sebelum ni tak pernah jadi.`),
    nat(`softswitch.conf sekarang SS_TCP_CLOSE_RESET="On" (baru diubah hari Senin). Sejak Senin juga 120 ekstensi di 8 ruko (semua lewat NAT modem, transport TCP) sering unregistered. Ada hubungannya kah?`),
    nat(`Kang, ti saprak RST diaktipkeun dina VOS, telepon di cabang Garut (tukangeun router NAT, TCP) sering unregistered. Saméméhna mah lancar wae.`),
    nat(`Bah, lepas RST mode dihidupkan hari Isnin, phone di kedai-kedai kami (belakang router DST, SIP TCP) inda stabil registration, selalu offline dan online balik.`),
    nat(`REGISTER ext 3021 from 10.0.8.21 via NAT 36.72.x.x:51234 TCP - expired
REGISTER ext 3022 from 10.0.8.22 via NAT 36.72.x.x:51240 TCP - expired
tiap 3-5 menit begini semua ext di belakang NAT kantor cabang. mulainya pas close mode TCP diganti ke reset.`),
    nat(`sukad sa "RST change" sa Huwebes, ang among 45 ka Grandstream sa Lapu-Lapu office (likod sa NAT router, TCP transport kay gi-require sa ISP) mawala-wala ang registration. Ang mga naa sa public IP walay problema.`),
    nat(`Yealink T46U kami di belakang NAT kantor (SIP over TCP) muncul "Registration failed" sejak SS_TCP_CLOSE_RESET On. Sebelum RST On gak pernah sekalipun.`),
    nat(`Hi, since we enabled the TCP reset close option to fight TIME_WAIT, our remote Bria users (TCP, behind NAT) keep dropping registration. TIME_WAIT is fixed, but now this.`),
    nat(`Telpon neng gudang Gresik sering merah, internet lancar, router MikroTik ora diganti, password ora diganti, transport TCP. Siji-sijine sing berubah: SS_TCP_CLOSE_RESET diuripke Selasa wingi.`),
    nat(`Yung mga softphone namin sa likod ng NAT (TCP) unregistered na mula nung na-apply yung RST mode kahapon. Yung mga naka-UDP okay naman.`),
    nat(`Tuan, kami mendapati telefon IP di cawangan (di belakang penghala NAT, menggunakan SIP melalui TCP) kerap kehilangan pendaftaran sejak parameter SS_TCP_CLOSE_RESET ditukar kepada On. Mohon nasihat sama ada perlu dikembalikan kepada Off.`),
    nat(`Teknisi kami cek di router NAT cabang: setelah VOS kirim RST, entry NAT untuk phone TCP langsung hilang, jadi INVITE ke phone ga nyampe dan phone keliatan unregistered. Baru mulai sejak RST mode on.`),
    nat(`Bro gawat, habis RST diaktifin semua agent WFH (Zoiper TCP, router rumahan) ke-logout sendiri dari VOS tiap 2 menit. Agent kami 80 orang ga bisa terima call.`),
    nat(`Naka-On na yung RST since Monday at simula noon unregistered yung mga NATed phones namin sa TCP. revert ba?`),
    nat(`Sakwise RST diuripke, softphone TCP sing liwat router ngomah podo unregister. Piye iki?`),
    nat(`ang mga softphone sa among mga agent sa balay (TCP, naa sa likod sa PLDT router) nag-unregister kada pila ka minuto sukad gi-enable ang SS_TCP_CLOSE_RESET. una ani OK ra.`),
    nat(`Sejak run kemarin yang nyalain RST, TIME_WAIT turun mantap dari 28rb ke 900, tapi sekarang phone kantor Bekasi (semua di belakang NAT, SIP TCP) ga bisa register stabil. Di VOS statusnya bolak-balik online/offline.`),
    nat(`weh lepas korang on kan RST tu, phone belakang NAT kat ofis Penang (TCP) tak register dah. tolong off balik boleh?`),
    nat(`Punten, saatos SS_TCP_CLOSE_RESET=On, 30 ekstensi di kantor Tasik (NAT, TCP) teu kadaptar deui. Ekstensi nu IP publik mah normal.`),
    nat(`Update: ekstensi yang pakai UDP aman, yg di belakang NAT pakai TCP unregistered semua. Timeline nya sama persis dengan saat RST mode dihidupkan kemarin jam 21:14.`),
  ],
  firewallRst: [
    fw(`Gan, sejak RST mode di VOS dinyalakan, call ke carrier yang lewat FortiGate banyak gagal. diag debug flow nunjukin RST dari VOS "no session matched" terus di-drop. Yang gak lewat Forti normal.`),
    fw(`Lepas SS_TCP_CLOSE_RESET On, ASA kami drop RST dari softswitch:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.20/5060 to 203.0.113.9/41022 flags RST on interface inside
Call ke carrier tu banyak gagal sejak itu.`),
    fw(`Habis RST di-enable, iptables di gateway kami nandain RST dari VOS sebagai INVALID dan di-DROP (-m conntrack --ctstate INVALID -j DROP). Sesi ke carrier jadi half-open, call berikutnya gagal.`),
    fw(`Simula nung ni-enable namin yung RST sa softswitch, yung pfSense sa pagitan ng VOS at carrier nag-bla-block ng RST packets (flags R sa firewall logs). Maraming failed calls papunta sa carrier na yun.`),
    fw(`Palo Alto drop RST dari VOS ke carrier HK dengan alasan "packet out of state", mulai sejak RST mode on. Call ke HK gagal 30%.`),
    fw(`bai, sukad gi-on ang RST sa VOS, ang among SonicWall nag-drop sa RST packets "TCP packet received on non-existent/closed connection; TCP packet dropped". daghang tawag sa carrier ang napakyas.`),
    fw(`Check Point log: "TCP packet out of state: First packet isn't SYN; tcp_flags: RST-ACK" dari IP VOS kami. Muncul sejak SS_TCP_CLOSE_RESET = On. Call ke vendor Vietnam lewat gateway itu banyak yg 408.`),
    fw(`Server VOS kami di AWS, ada AWS Network Firewall (stateful) di depan. Sejak RST dinyalakan, koneksi ke carrier sering nyangkut half-open dan call fail; log firewall bilang RST dari VOS di-drop karena out of state.`),
    fw(`Mas, sak wise RST diuripke neng VOS, firewall FortiGate ing DC nge-drop paket RST, dadi sesi menyang carrier gantung lan telpon gagal.`),
    fw(`21:14:02.118 IP 10.10.0.5.5060 > 203.0.113.40.39812: Flags [R.], seq 1, ack 1, win 0, length 0
tcpdump di interface inside firewall ada RST, di outside gak ada sama sekali. baru sejak RST mode on. carrier bilang sesi kami masih open di sisi mereka, call berikutnya gagal.`),
    fw(`conntrack -L | grep 5060 masih penuh entry ESTABLISHED ke carrier yang sebenarnya sudah ditutup VOS pakai RST; RST nya ditandai invalid di box iptables (nf_conntrack_tcp_be_liberal=0). Sejak RST on, call ke carrier lewat box ini sering gagal.`),
    fw(`Yung FortiGate namin (between VOS and the Globe interconnect) may mga stale sessions na hindi nagsasara simula nung naka-On yung SS_TCP_CLOSE_RESET. Yung next calls nagfa-fail kasi akala ng FortiGate open pa yung session.`),
    fw(`Tuan, selepas mod RST diaktifkan pada softswitch, firewall Palo Alto di antara VOS dan pembekal membuang paket RST. Akibatnya, sambungan separuh terbuka kekal dan panggilan melalui firewall tersebut gagal.`),
    fw(`RST on sejak kemarin → ASA drop RST → call ke carrier via ASA gagal. solusinya?`),
    fw(`Bah, lepas RST dihidupkan, firewall pfSense kami drop RST dari VOS dan call ke carrier Malaysia lewat firewall tu banyak gagal.`),
    fw(`[VN] pak, ini saya NOC, jadi sejak RST mode yang di VOS diaktifin, call ke carrier yang lewat firewall Fortinet itu gagal terus, tadi saya lihat di log firewall RST-nya di-drop, katanya out of state gitu. yang gak lewat firewall normal aja pak.`),
    fw(`Jul  3 21:30:11 fw01 kernel: [INVALID-DROP] IN=eth1 OUT=eth0 SRC=10.20.0.5 DST=198.51.100.9 PROTO=TCP SPT=5060 DPT=40122 WINDOW=0 RES=0x00 RST URGP=0
ribuan baris gini sejak RST diaktifkan. call ke carrier ini jadi sering gagal.`),
    fw(`ang Check Point sa among DC nag-mark sa RST sa VOS as out of state, sukad gi-on ang SS_TCP_CLOSE_RESET. ang mga tawag sa carrier nga moagi ana napakyas.`),
    fw(`Kang, saprak RST diaktipkeun, firewall iptables di hareupeun VOS ngadrop pakét RST (INVALID). Telepon ka carrier ngaliwatan firewall éta sering gagal.`),
    fw(`So ito yung findings ko: 1) nag-start lang yung failed calls sa carrier X after namin i-On yung RST close mode; 2) sa ASA may libo-libong "Deny TCP (no connection) ... flags RST ACK"; 3) yung carrier Y na walang firewall sa gitna, walang problema. Ano po ang recommended?`),
    fw(`Azure Firewall di depan VOS kami: setelah SS_TCP_CLOSE_RESET On, RST dari VOS ke carrier di-drop, sesi di firewall tetap "established" sampai idle timeout. Call selanjutnya ke carrier itu gagal.`),
    fw(`bro firewall Forti kat DC drop semua RST dari switch lepas kita on RST mode, call ke vendor Singapore via firewall tu banyak fail weh.`),
    fw(`Mar  4 20:02:13 pfSense filterlog: 5,,,1000000103,em1,match,block,in,4,0x0,,64,0,0,DF,6,tcp,40,10.5.0.10,203.0.113.77,5060,44182,0,R,1,,0,,
banyak block begini (flag R) sejak RST mode on. call ke carrier ini lewat pfSense banyak gagal.`),
    fw(`Call ke carrier Jepang gagal 40% sejak Rabu. Codec aman, rute aman, kapasitas aman. Cek firewall ASA: RST dari VOS ditolak "no connection". Rabu itu juga RST mode dinyalakan.`),
    fw(`yung Palo Alto namin nag-drop ng RST mula sa softswitch ("TCP out of state") simula nung in-enable yung RST. yung mga calls sa carrier na dumadaan dun, bagsak.`),
    fw(`Setelah RST on, conntrack di firewall Linux kami penuh entry ESTABLISHED ke carrier yang sebenarnya sudah ditutup VOS. RST-nya di-drop sebagai INVALID. Call baru ke carrier sering timeout.`),
    fw(`ang FortiGate nag-drop sa RST gikan sa VOS sukad gi-on ang RST. bagsak ang tawag sa carrier. unsay fix?`),
    fw(`Kami mendapati SonicWall membuang paket RST daripada softswitch selepas SS_TCP_CLOSE_RESET diaktifkan, menyebabkan sesi basi di firewall dan kegagalan panggilan ke pembekal.`),
    fw(`bro, abis RST nyala, FortiGate ngedrop RST dari switch, log nya 12rb baris "no session matched" dalam sejam. call lewat Forti ke 2 carrier ancur, yg direct aman.`),
    fw(`Punten, firewall pfSense di DC ngablok RST ti VOS saprak RST mode diaktipkeun; sesi ka carrier nyangkut, telepon gagal.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning252Set: readonly EvalItem[] = Object.values(tuning252Families).flat();
