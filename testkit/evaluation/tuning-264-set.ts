import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, resellers and NOC engineers of VOS3000 softswitches in Indonesia, Malaysia, Brunei and the Philippines,
 * writing in WhatsApp: casual Jakarta Indonesian (gan, bro, udah, gak), Javanese (ngoko and a little krama) and
 * Sundanese, Malaysian and Bruneian Malay from curt chat to formal "Tuan, mohon nasihat", Tagalog and Taglish with po,
 * Cebuano and Ilocano bits, and plain NOC English. Voice-note transcripts, forwards from branches and resellers, pasted
 * ss -s, netstat, conntrack, iptables counters and ASA, FortiGate, pfSense and softswitch log lines; figures written
 * as 28rb, 30 ribu, 27 ewu, 26 rebu, 29k, 28.000, 31,402 and trenta mil.
 *
 * The two-hundred-and-sixty-fourth tuning split, written as the two-hundred-and-sixty-fourth never-tuned evaluation
 * set because a set that has been read while rules were written measures the rules' memory rather than the matcher,
 * in fresh hands again. Five negative families of 27 (one service that cannot bind its own port, registration lost
 * for another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful
 * firewall dropping RST). Written before the eighty-seventh round of rules by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured as
 * such before and after the eighty-seventh round, then made tuning material for the eighty-eighth: bench/classify
 * lists its misses.
 *
 * First measured, before any tuning on it: in scope 97.8 %, negatives confident 4.4 %, confident wrong 0 % with the
 * rules of the eighty-sixth round, before the eighty-seventh.
 * After the eighty-seventh round: the same.
 */
export const tuning264Families = {
  oneListeningPort: [
    no(`gan nginx gw gak mau start, "bind() to 0.0.0.0:80 failed (98: Address already in use)". apache masih jalan kah?`),
    no(`web manager VOS3000 gak bisa dibuka, catalina.out isinya java.net.BindException: Address already in use: JVM_Bind <null>:8080. kayaknya ada tomcat kedua nyangkut`),
    no(`bro docker compose up error "Bind for 0.0.0.0:3306 failed: port is already allocated" padahal mysql di host udah gw stop`),
    no(`redis-server tak boleh start lah, log kata "Could not create server TCP listening socket *:6379: bind: Address already in use". macam mana nak check siapa pegang port tu?`),
    no(`po, pinalitan ko yung sshd port to 2222, ayaw na mag start: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." may ibang service ba na naka-listen dun?`),
    no(`kami install asterisk di server yg sama dgn VOS buat test IVR, asterisk bilang "Unable to bind UDP socket to 0.0.0.0:5060: Address already in use". wajar ya karena mbx3000 udah dengerin 5060?`),
    no(`off topic dikit gan, npm run dev di laptop error EADDRINUSE :::3000. vscode udah ditutup masih aja`),
    no(`mysqld gak naik abis reboot, error log: "Do you already have another mysqld server running on port: 3306 ?" lalu "Bind on TCP/IP port: Address already in use". VOS jadi gak konek DB`),
    no(`mas, httpd ne ora gelem start, jarene "(98)Address already in use: make_sock: could not bind to address [::]:443". opo nginx e isih urip yo?`),
    no(`kang, tomcat kanggo web billing teu tiasa hurung, aya "Address already in use" dina port 8443. tos di-kill tapi muncul deui`),
    no(`Salam tuan, aplikasi web reseller kami gagal dimulakan dengan ralat "java.net.BindException: Address already in use (Bind failed)" pada port 8080 selepas kemas kini. Mohon panduan.`),
    no(`bai, ang grafana dili mo-start kay "listen tcp :3000: bind: address already in use". naa pay laing process nga naggamit sa port?`),
    no(`yung node exporter namin ayaw mag run, "listen tcp 0.0.0.0:9100: bind: address already in use" — dalawa pala yung naka-install na service haha`),
    no(`manong, diak ma-start ti vsftpd, "500 OOPS: could not bind listening IPv4 socket". adda kadi sabali nga agus-usar iti port 21?`),
    no(`postgres di server reporting gagal start: "could not bind IPv4 address "0.0.0.0": Address already in use" dan "Is another postmaster already running on port 5432?"`),
    no(`php-fpm error "unable to bind listening socket for address '127.0.0.1:9000': Address already in use (98)". panel web VOS jadi 502 Bad Gateway`),
    no(`[voice note] halo pak, ini saya di NOC, itu loh pak web interface VOS yang port 80 nggak bisa kebuka, pas saya restart httpd katanya address already in use, kayaknya ada nginx yang dipasang teknisi kemarin, gimana ya pak`),
    no(`kami cuba jalankan kamailio dalam docker untuk SBC test, keluar "driver failed programming external connectivity ... Bind for 0.0.0.0:5060 failed: port is already allocated". container lama masih hidup ke?`),
    no(`haproxy reload gagal: "Starting frontend sip_lb: cannot bind socket [0.0.0.0:5080]". cuma frontend itu doang yg error, yg lain jalan`),
    no(`webmin tak nak start, "Failed to bind to port 10000 : Address already in use". dah reboot pun sama je`),
    no(`Magandang araw po. Hindi po namin ma-start ang recording server (port 8000) dahil "OSError: [Errno 98] Address already in use". Yung lumang python process po ata ang may hawak.`),
    no(`developer kami bikin API topup, jalan di port 8081, error "Web server failed to start. Port 8081 was already in use." ini masalah VOS bukan ya?`),
    no(`snmpd gagal: "Error opening specified endpoint udp:161" terus address already in use. zabbix jadi gak dapet data dari server VOS`),
    no(`fwd dari reseller Medan: "bang, portal web nya error, tulisannya Address already in use port 8080, tadi kami pasang xampp di server itu" 🙏`),
    no(`openvpn server gak jalan, "TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use". ada instance openvpn kedua kayaknya`),
    no(`ntpd keluar "unable to bind to wildcard address 0.0.0.0 - another process may be running - EXITING". chronyd juga aktif ternyata. kalo jam server ngaco CDR ikut ngaco gak gan?`),
    no(`lods, yung mongodb ng CRM namin "Failed to set up listener: SocketException: Address already in use" sa port 27017. after ng power interruption lang nangyari`),
  ],
  otherRegistrationCause: [
    no(`gan semua ext di cabang Bandung unregistered sejak kemarin, ternyata password SIP diganti admin baru tapi phone belum diupdate, 401 terus. cara update massal gimana?`),
    no(`phones get 403 Forbidden when registering since last night, we rotated all the account passwords on VOS for the security audit`),
    no(`kami pindah domain SIP ke domain baru, DNS nya belum propagate, hp yang masih pakai domain lama pada unregistered`),
    no(`server VOS pindah IP publik dari 203.0.113.10 ke 203.0.113.40, otomatis softphone yang masih nunjuk IP lama gak bisa register ya?`),
    no(`bos, akun reseller saya expired tanggal 1, sekarang phone2 client "registration failed". itu karena masa aktif kan?`),
    no(`lisensi VOS habis kata vendor, sejak itu gateway gak bisa register. perpanjang lisensi ke siapa ya`),
    no(`ISP di kantor cabang down dari pagi, phone2 unregistered. barusan nyala lagi semua udah register. cuma lapor aja`),
    no(`switch PoE di lantai 3 kena petir, IP phone di lantai itu mati total, bukan cuma unregistered. nanti ganti switch baru`),
    no(`Zoiper di HP sales pada offline tiap malam, ternyata battery saver Android nge-kill app nya. udah di-disable optimization, normal lagi`),
    no(`semua phone kami pakai UDP 5060, minggu lalu router kantor diganti TP-Link baru, sejak itu unregistered tiap beberapa menit. SIP ALG nya nyala default kayaknya`),
    no(`po, yung mga Yealink namin sa branch nawawala yung registration, naka UDP lang sila. sabi ng technician ng ISP may SIP ALG daw yung bagong modem nila`),
    no(`DHCP server office ke-reset, IP phone dapet IP dari range lain yang gak punya route ke VOS, makanya unregistered. itu masalah LAN kami sendiri ya`),
    no(`ext 2045 tiba2 unregistered, ternyata ke-delete waktu admin bersihin akun yang gak aktif. bisa restore dari backup db?`),
    no(`telefon di cawangan Kuching semua tak register sejak pagi, kami baru tukar password akaun SIP ikut polisi IT. log penuh 401 Unauthorized`),
    no(`mas, softphone ku ra iso register, metu "408 Request Timeout". jebul wifi kantor ngeblok port 5060 soale admin jaringan e ganti. dudu masalah server to?`),
    no(`kami salah isi port registrar 5070 di file provisioning, 200 phone pada unregistered. template udah dibenerin ke 5060, nunggu auto provision`),
    no(`Grandstream pada unregistered setelah sertifikat TLS server kadaluarsa kemarin. renew cert nya di mana?`),
    no(`gateway GoIP kami gak bisa register, di VOS ada tulisan batas registrasi akun terlampaui. limit nya cuma 10 ya per akun?`),
    no(`IP kantor cabang ke-blokir karena 20x salah password dari satu phone yang salah config, phone yang lain ikut unregistered. cara unblock nya?`),
    no(`bai, ang mga phone sa Cebu branch offline tanan, brownout diay sukad kagabii ug wala pay generator. okay ra ang server?`),
    no(`Wala pong registration yung mga softphone ng agents namin kasi nag-expire yung load ng pocket wifi nila haha. ok na po ngayon`),
    no(`apo, haan nga agrehistro dagiti telepono idiay Laoag, naputed ti fiber ti ISP. agur-uray kami pay laeng`),
    no(`vendor ganti SBC di depan VOS, sekarang phone kami dapat 404 Not Found pas register, kayaknya realm/domain nya beda`),
    no(`kang, telepon di kantor Garut teu register deui saparantos router di-reset ka pabrik ku teknisi, setting port forward jeung VLAN voice leungit kabeh`),
    no(`Good morning po. After our IT changed the DNS server, the phones cannot resolve our SIP domain and show "No Service". UDP po lahat ng phones.`),
    no(`Assalamualaikum, telefon IP di pejabat Bandar semua unregistered lepas kami pindah ke VLAN baru. subnet baru belum dimasukkan dalam senarai IP dibenarkan akaun VOS agaknya.`),
    no(`semua ATA unregistered habis firmware upgrade massal, config ke-reset ke default, kolom server SIP kosong. harus provisioning ulang satu2`),
  ],
  smallFigures: [
    no(`gan iseng cek ss -s di server VOS yang sepi, TIME_WAIT 412. normal kan?`),
    no(`is 1,500 TIME_WAIT a lot for a VOS3000 doing around 20 CPS?`),
    no(`TIME_WAIT itu apa sih sebenernya? kok di netstat banyak tulisan itu`),
    no(`default ip_local_port_range di CentOS 7 berapa ya? 32768 60999?`),
    no(`cara hitung jumlah TIME_WAIT kalau ss gak ada di centos 5? netstat -ant | grep TIME_WAIT | wc -l cukup?`),
    no(`nak tanya, SS_TCP_CLOSE_RESET tu default dia Off ke On? saja nak tahu, takde masalah apa2`),
    no(`tanong lang po, ano po ba ibig sabihin ng tcp_tw_reuse? wala naman po kaming problema, curious lang`),
    no(`server kami CPS nya cuma 15-25, TIME_WAIT sekitar 2 ribuan di jam sibuk. perlu tuning gak atau biarin aja?`),
    no(`health check pagi:
Total: 640 (kernel 702)
TCP: 388 (estab 120, closed 241, orphaned 0, timewait 236)
semua aman kan ya?`),
    no(`kalo RST di-On, TIME_WAIT nya hilang semua? sekedar nanya buat dokumentasi`),
    no(`mas, TIME_WAIT 900an iku akeh ora? server e mung nggo 30 agent callcenter`),
    no(`berapa lama socket tinggal di TIME_WAIT di linux? 60 detik fix atau bisa diubah?`),
    no(`parameter SS_TCP_CLOSE_RESET itu letaknya di file mana ya? softswitch.conf?`),
    no(`bai, pila man ang normal nga TIME_WAIT? amo 300 ra, ok ra ba?`),
    no(`service mbx3000d reparse vs restart bedanya apa? reparse nge-drop call gak?`),
    no(`kang, TIME_WAIT di server abdi 1.200-an, CPS na 10-an. aman teu?`),
    no(`weekly report: vos-jkt TIME_WAIT avg 850, peak 2.100; port range 32768-60999. nothing to act on, just FYI`),
    no(`Tuan, boleh terangkan beza FIN dan RST bila menutup sambungan TCP? untuk latihan staf baru kami`),
    no(`netstat -an | grep -c TIME_WAIT keluar 1873. server baru migrasi, cuma mau catat baseline`),
    no(`tcp_fin_timeout sama TIME_WAIT ada hubungannya gak sih? bacaan di forum beda2`),
    no(`yung TIME_WAIT namin nasa 500 lang, 18 CPS peak. need pa ba i-enable yung tcp_tw_reuse para future proof?`),
    no(`brp jumlah maksimal port ephemeral yg bisa dipake satu IP? 65rb?`),
    no(`zabbix kami ada trigger TIME_WAIT > 20000, sekarang nilainya 1.4k. threshold nya masuk akal gak?`),
    no(`buat capacity planning: kalo CPS naik dari 20 ke 200 tahun depan, kira2 TIME_WAIT jadi berapa? sekarang ±1.000`),
    no(`tcp_tw_recycle masih ada di centos 7? ada yang bilang bahaya buat client di belakang NAT`),
    no(`manong, kasano ti panag-check ti bilang ti TIME_WAIT? ss -s kadi? baro nak pay laeng ditoy NOC`),
    no(`SIP over TCP atau UDP, mana yang lebih ringan buat server VOS dengan 40 CPS? sekarang semua UDP, TIME_WAIT cuma ratusan`),
  ],
  firewallNoRst: [
    no(`gan tolong bukain port 5060 udp/tcp di iptables buat carrier baru IP 198.51.100.23`),
    no(`fail2ban nge-ban IP kantor cabang sendiri gara2 salah password, gimana unban nya?`),
    no(`cara disable SIP ALG di MikroTik? /ip firewall service-port disable sip gitu?`),
    no(`port forwarding 5060 ke IP PBX 192.168.1.20 di router kantor gimana ya?`),
    no(`mau whitelist IP vendor baru 203.0.113.77 di firewall VOS, cuma dia yang boleh akses 5060`),
    no(`nak block traffic dari luar negara ke port SIP (geo-blocking), banyak sangat scanning. guna ipset boleh?`),
    no(`ada yang scanning sipvicious terus ke server, mau limit 20 paket/detik per IP pakai iptables hashlimit, contoh rule nya?`),
    no(`pa-add po ng rule sa FortiGate para sa bagong carrier namin, 198.51.100.50 TCP 5060. salamat po`),
    no(`di pfSense, outbound NAT buat PBX harus static port ya? mau setting dari awal`),
    no(`Cisco ASA kita butuh object-group baru buat 3 IP carrier Singapore, plus ACL inbound 5060-5061. boleh bantu syntax?`),
    no(`mas, iptables ku kudu dibuka port piro wae kanggo VOS? web 80, 8080, SIP 5060, media 10000-20000?`),
    no(`firewall cabang belum buka port RTP udp, suara satu arah. tolong list range port media VOS3000`),
    no(`Palo Alto di DC mau dikasih App-ID sip, ada efek ke signalling gak? masih tahap planning`),
    no(`iptables -L -n isinya udah 400 rule, kepanjangan. mau dirapihin pakai ipset, aman gak buat VOS?`),
    no(`bai, unsaon pag-allow sa IP sa bag-ong reseller sa firewalld? --add-rich-rule ba?`),
    no(`jail fail2ban buat asterisk bisa dipake buat log VOS3000 gak? mau auto-ban yang brute force register`),
    no(`nak tambah address-list untuk carrier baru dalam MikroTik, IP 198.51.100.8 dan .9. rule ni betul ke: /ip firewall filter add chain=forward src-address-list=carrier action=accept`),
    no(`SIP ALG di FortiGate udah kami matiin (set sip-helper disable), phone NAT sekarang normal. cuma mau konfirmasi memang harus dimatikan ya?`),
    no(`carrier minta kita whitelist IP signalling mereka dan mereka whitelist IP kita 203.0.113.15. di VOS sisi gateway perlu diisi apa aja?`),
    no(`nagbo-block daw ang ISP namin ng port 5060 outgoing, pwede ba gumamit ng 5080 papunta sa VOS?`),
    no(`kang, bade muka port 8080 kanggo web VOS tapi ngan ti IP kantor hungkul. kumaha aturan iptables na?`),
    no(`mau naikin nf_conntrack_max sebagai persiapan traffic lebaran, gak ada masalah sekarang. nilai aman berapa buat RAM 16GB?`),
    no(`ada IP 198.51.100.200 nge-flood INVITE ke server, mau drop permanen di iptables. rule nya taruh paling atas kan?`),
    no(`Pihak IT minta senarai port dan IP yang perlu dibuka di firewall pejabat untuk softphone ke VOS. boleh kongsikan?`),
    no(`MikroTik dst-nat 5060 ke PBX internal gak jalan, hit counter 0. interface WAN udah bener`),
    no(`apo, kayat mi nga i-block ti amin nga IP manipud iti sabali a pagilian malaksid PH. ania ti nasayaat a pamay-an?`),
    no(`Sophos baru mau dipasang di depan VOS minggu depan. checklist port dan IP yang harus dibuka apa aja biar traffic gak ke-block?`),
  ],
  negationContext: [
    no(`sekedar info, RST di server kami Off dari dulu, dan phone NAT yang unregistered itu gara2 ISP. bukan urusan tcp reset`),
    no(`bulan lalu kami sempat kena TIME_WAIT numpuk 30rb, udah di-fix vendor pakai tcp_tw_reuse. sekarang aman, cuma mau tutup tiket`),
    no(`sebelum kami nyalain SS_TCP_CLOSE_RESET, apa yang perlu dicek dulu? ada phone NAT pake TCP di beberapa cabang`),
    no(`pertanyaan interview NOC: "jelaskan kenapa RST bisa bikin phone di belakang NAT kehilangan registrasi". jawaban yg bagus gimana?`),
    no(`ini soalan peperiksaan kursus VoIP: firewall stateful menolak paket RST, apa kesannya? bukan masalah sebenar, kami belajar je`),
    no(`kami pakai UDP semua, gak ada SIP over TCP sama sekali. jadi setting RST itu gak relevan buat kami kan?`),
    no(`lab testing: di VM saya sengaja bikin ephemeral port habis pakai script, muncul Cannot assign requested address. production gak kenapa2, cuma belajar`),
    no(`hindi po RST ang dahilan, yung password change po pala kahapon kaya nag-unregister yung mga phone. pasensya sa abala`),
    no(`nobody changed anything on the switch or the firewall, RST is still Off. the carrier says they dropped our calls on their side during their maintenance, they are checking`),
    no(`blog post yg saya tulis: "Kenapa ASA men-drop RST: Deny TCP (no connection)". minta koreksi teknis dong gan, bukan kasus live`),
    no(`tiket #4471 (firewall drop RST di pfSense) udah solved kemarin setelah RST di-Off-kan. mohon di-close`),
    no(`kalau seandainya nanti CPS kami naik ke 300 dan TIME_WAIT numpuk, opsi yang lebih aman RST atau tw_reuse? sekarang belum kejadian`),
    no(`dudu server ku lho mas, iki server e kancaku sing kena "Cannot assign requested address". aku mung takon carane njelasne nang de'e`),
    no(`teman saya di ITSP lain cerita phone NAT nya pada unregistered setelah RST On. kami sendiri belum pernah nyalain, cuma mau waspada`),
    no(`wala mi nag-usab og bisan unsa sa firewall o sa RST, ang problema kay ang carrier nag-maintenance ra diay. ok na karon`),
    no(`buat materi training minggu depan: tolong bikinin contoh output ss -s yang nunjukin TIME_WAIT parah, buat slide aja`),
    no(`dua tahun lalu kami pernah kena FortiGate nge-drop RST, waktu itu diselesaikan ganti policy. ilmunya masih relevan gak buat firmware sekarang?`),
    no(`RST sudah Off lagi sejak jam 10 pagi, phone-phone NAT udah register semua. terima kasih, case closed`),
    no(`kami bercadang nak on-kan SS_TCP_CLOSE_RESET bulan depan. adakah ASA kami akan drop RST tu? nak rancang dulu`),
    no(`hypothetically lang po, kung naka-On ang RST at may iptables na ctstate INVALID DROP, ma-didrop ba talaga yung RST? para sa documentation namin`),
    no(`bukan Address already in use kok gan, errornya "Connection refused" dari carrier. salah tulis di tiket tadi`),
    no(`vendor nanya di grup: "ada yg pernah kena TIME_WAIT 40rb?" — kami sih nggak, server kami paling 2rb. cuma nimbrung`),
    no(`kang, kamari mah sanes RST nu ngajantenkeun telepon unregistered, tapi listrik pareum di kantor cabang. ayeuna tos normal`),
    no(`di log lama tahun 2022 ada "EADDRNOTAVAIL" ratusan baris, server itu udah decommissioned. aman diabaikan kan?`),
    no(`Sa exam namin para sa VoIP cert: "What happens to TIME_WAIT when SS_TCP_CLOSE_RESET=On?" tama ba na nawawala sila?`),
    no(`saan nga RST ti gapuna, manong. UDP laeng ti usaren dagiti telepono mi. ti ISP ti nangbaliw ti IP`),
    no(`kami test di staging: RST On + MikroTik NAT, phone TCP ke-unregister tiap 5 menit. jadi keputusannya production tetap Off. catat aja ya`),
  ],
  portExhaustion: [
    pe(`gan tiap jam 8 malam VOS gak bisa connect ke vendor, log penuh "Cannot assign requested address". ss -s timewait 28rb`),
    pe(`tolong cek bro, ini jam sibuk:
Total: 31244 (kernel 31390)
TCP: 30987 (estab 412, closed 30402, orphaned 3, timewait 30388)
call ke carrier SG gagal semua pas CPS 180an`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
  29871 TIME_WAIT
    388 ESTABLISHED
port range masih default 32768 60999, koneksi keluar TCP ke vendor mulai gagal`),
    pe(`Tuan, suis kami tak boleh buat sambungan TCP baru ke pembekal waktu puncak. Log: "connect failed: Cannot assign requested address". TIME_WAIT dalam 28 ribu. Mohon bantuan.`),
    pe(`po, tuwing peak (mga 200 CPS) hindi na makaconnect yung switch sa carrier via TCP, EADDRNOTAVAIL daw. ang dami ng TIME_WAIT, 29k`),
    pe(`EADDRNOTAVAIL lagi pas peak, TIME_WAIT 30k. tolong`),
    pe(`mas, switch ku saben bengi ra iso nyambung TCP nang carrier, "Address already in use" pas bind koneksi metu. TIME_WAIT e 27 ewu luwih`),
    pe(`Selamat malam pak. Sejak traffic dari reseller baru masuk minggu ini, CPS naik dari 60 ke 250 di jam 19-22. Di jam itu panggilan keluar ke vendor lewat SIP TCP banyak yang gagal, di log softswitch muncul "bind: Address already in use" untuk koneksi keluar. Saya cek ss -s, timewait 31.402. SS_TCP_CLOSE_RESET masih Off, tcp_tw_reuse 0. Mohon dibantu tuning.`),
    pe(`bai, ang among switch dili na maka-connect sa carrier kung peak, "cannot assign requested address". TIME_WAIT naa sa 28k. unsay buhaton?`),
    pe(`kang, unggal sonten telepon kaluar gagal, TIME_WAIT 26 rebu, log "Cannot assign requested address" ka vendor 198.51.100.30`),
    pe(`[VN 0:42] bang ini server jakarta lagi parah bang, CPS lagi tinggi tingginya, koneksi tcp ke vendor pada gagal, saya liat ss -s timewait nya tiga puluh ribuan, errornya cannot assign requested address, tolong dong bang`),
    pe(`Hi team, our VOS3000 hits ~28,000 sockets in TIME_WAIT every night around 9pm and new outbound TCP connections fail with "Cannot assign requested address". Still on the default port range. Please advise on tcp_tw_reuse or RST.`),
    pe(`fwd dari NOC Surabaya: "server sby-2 gak bisa buka koneksi baru ke carrier lagi, ephemeral port habis, TIME_WAIT 28.7k, ip_local_port_range 32768-60999"`),
    pe(`ss -tan state time-wait | wc -l
30112
tiap malam begini, outgoing SIP TCP ke vendor india gagal semua`),
    pe(`bro, port ephemeral habis lah. TIME_WAIT 30k, call keluar ke carrier tak jalan langsung masa peak`),
    pe(`manong, no rabii saan a makakonekta ti switch iti carrier, "Cannot assign requested address". 29k ti TIME_WAIT`),
    pe(`sysctl net.ipv4.ip_local_port_range
net.ipv4.ip_local_port_range = 32768 60999
ss -s timewait 28190
log: "connect() failed (99: Cannot assign requested address)" pas CPS 150+`),
    pe(`Salam sejahtera. Sistem VOS3000 kami gagal membuka sambungan TCP keluar ke pembawa pada waktu sibuk. Bilangan soket TIME_WAIT mencecah 27,000 dan ralat "Cannot assign requested address" berulang. Sila nasihatkan.`),
    pe(`log mbx3000 tiap peak: "tcp connect to 198.51.100.12:5060 failed: Address already in use", TIME_WAIT 30 ribu lebih. call keluar ke vendor itu gagal`),
    pe(`gw kira vendor yg down, ternyata dari sisi kita: 29rb TIME_WAIT, port lokal habis. koneksi keluar baru gak kebentuk di jam 20-23`),
    pe(`Sir, naubos na daw yung local ports ng switch sabi ng engineer namin, 28,500 TIME_WAIT, tapos hindi makatawag palabas sa carrier kapag rush hour. Pwede po bang i-On yung SS_TCP_CLOSE_RESET?`),
    pe(`TW 31k. outbound tcp mati. peak 220cps. fix pls`),
    pe(`habis ganti route ke carrier pakai TCP (sebelumnya UDP), tiap sore TIME_WAIT naik sampe 28rb dan ada error "Cannot assign requested address" ke carrier. dulu pas UDP gak pernah`),
    pe(`Kami ada 3 vendor SIP TCP. Sejak promo raya, CPS naik 3x. Waktu puncak (8-11 malam) softswitch gagal sambung ke vendor, ss -s tunjuk timewait 29,6k. Dah reboot, okay sejam lepas tu jadi balik. Apa penyelesaian kekal?`),
    pe(`ss -s
TCP:   29876 (estab 301, closed 29512, orphaned 0, timewait 29490)
lalu di log: EADDRNOTAVAIL. koneksi ke carrier putus2 tiap jam sibuk`),
    pe(`Boss, every peak our switch cannot open new TCP to the vendor, sockets stuck in TIME_WAIT — 27k+. pa-tune daw sa tcp_tw_reuse?`),
    pe(`Nuwun sewu pak, server VOS kula menawi jam rame mboten saged nyambung TCP dhateng carrier, wonten TIME_WAIT kinten-kinten 28 ewu, lognipun "Cannot assign requested address".`),
    pe(`dmesg bersih, tapi log softswitch: "bind failed: Address already in use" tiap kali switch buka koneksi keluar ke vendor jam 9 malam. TIME_WAIT 26k`),
    pe(`ang TIME_WAIT namin umaabot ng trenta mil tuwing gabi po, tapos fail na lahat ng bagong TCP connection papunta sa carrier`),
    pe(`sejak CPS tembus 300 tadi sore, switch gak bisa bikin koneksi TCP baru ke semua vendor. netstat: 30.544 TIME_WAIT, range port cuma 28rb. tolong tuning sekarang gan`),
  ],
  natUnregistered: [
    nat(`gan habis RST di-On semalam, ext di cabang yang di belakang MikroTik pada unregistered tiap beberapa menit. mereka pakai SIP TCP`),
    nat(`since we turned SS_TCP_CLOSE_RESET On yesterday, softphones behind home routers keep losing registration (TCP transport)`),
    nat(`lepas RST mode dihidupkan, telefon di rumah agent (belakang router Unifi) asyik unregistered. semua guna TCP`),
    nat(`po, simula nung in-On yung SS_TCP_CLOSE_RESET, yung mga IP phone sa branch na naka-NAT (TCP) paulit-ulit na nawawala yung registration`),
    nat(`mas, wingi RST di-On-ke, saiki telpon-telpon nang kantor cabang sing nang mburi router pada unregistered bolak-balik. transport e TCP`),
    nat(`registrasi flapping di semua ext remote worker sejak tcp reset nya diaktifkan. mereka di belakang router rumah, SIP over TCP`),
    nat(`log register sejak jam 22:00 (setelah SS_TCP_CLOSE_RESET=On):
ext 301 via 203.0.113.88 expired
ext 302 via 203.0.113.88 expired
ext 305 via 203.0.113.91 408
semua ext NAT pake TCP, sebelumnya aman`),
    nat(`bai, sukad gi-On ang RST, ang mga softphone sa balay sa mga agent (NAT, TCP) kanunay ma-unregister`),
    nat(`kang, ti saprak RST di-On-keun, telepon di kantor cabang nu di tukangeun router MikroTik sering unregistered. make TCP`),
    nat(`Pak, kemarin sore tim kami ubah SS_TCP_CLOSE_RESET jadi On karena TIME_WAIT tinggi. TIME_WAIT beres, tapi pagi ini 80 IP phone di 4 kantor cabang (semua di belakang router NAT, register via TCP ke 203.0.113.10) bergantian jadi unregistered, kadang 2 menit kadang 10 menit. Yang di kantor pusat (IP publik langsung) aman. Gimana solusinya?`),
    nat(`fwd dari reseller Davao: "sir since last night after your change daw, our Grandstream phones behind the ISP router keep going unregistered, TCP mode" — kemarin kita On-in RST`),
    nat(`RST on → NAT phones TCP unreg terus. revert?`),
    nat(`Tuan, selepas parameter SS_TCP_CLOSE_RESET ditukar kepada On, pendaftaran telefon IP di cawangan (di belakang NAT, pengangkutan TCP) terputus berulang kali. Mohon nasihat.`),
    nat(`Yealink di rumah agent: "Registration failed" tiap beberapa menit mulai dari RST mode diaktifkan. transport TCP, router rumah biasa`),
    nat(`after enabling RST mode, yung mga IP-PBX ng clients namin na naka-register via TCP behind NAT, nag-fa-flap yung registration. 408 Request Timeout sa logs`),
    nat(`trunk register FreePBX client yang di belakang NAT kantor mereka putus terus ke VOS sejak RST On. trunk nya TCP`),
    nat(`gateway GoIP di belakang modem 4G (NAT) unreg terus sejak kita nyalain SS_TCP_CLOSE_RESET, transport TCP`),
    nat(`[VN] bro ini yang kemarin lo ubah setting RST itu ya, sekarang hp hp agen yang pake zoiper TCP di rumah pada offline online offline online, kantor pusat gak kenapa kenapa`),
    nat(`manong, manipud idi in-On ti RST, dagiti telepono iti sanga nga adda iti likud ti router (TCP) agtultuloy nga ma-unregister`),
    nat(`Boss, human sa change nga RST On gabii, ang mga branch nga naa sa likod sa MikroTik NAT, ang ilang phones (TCP) nag-unregistered tanan every few minutes`),
    nat(`monitoring: online ext turun dari 412 ke 170 dalam 15 menit setelah reparse dengan SS_TCP_CLOSE_RESET="On". yang offline semua yang di belakang NAT + TCP`),
    nat(`bro, RST dah on kan semalam? sekarang phone kat branch JB semua drop registration, belakang router rumah/office biasa, guna TCP`),
    nat(`remote workers behind NAT using TLS to the switch all went unregistered after RST close was turned on this morning. office phones on public IPs are fine`),
    nat(`kami aktifkan RST minggu ini utk atasi TIME_WAIT. sekarang komplain dari 3 reseller: softphone klien mereka (NAT, TCP) register-unregister terus`),
    nat(`Sir, hindi na po stable yung registration ng mga softphone ng WFH agents mula nang i-On yung RST. Lahat po sila nasa bahay, naka-TCP, behind ng mga home router.`),
    nat(`Pak, sak bare SS_TCP_CLOSE_RESET diuripke, gateway-gateway ing warnet sing nganggo NAT pada ilang registrasine. TCP kabeh`),
    nat(`ext2101 Registered 10:02, Unregistered 10:05, Registered 10:06, Unregistered 10:09 ... semua ext NAT begini sejak RST On tadi pagi (TCP). yang IP publik stabil`),
    nat(`Hi, the RST close setting was switched on by our NOC at 14:00. From 14:10 the phones at the Makati office (behind a MikroTik, SIP over TCP) show unregistered over and over. Can you roll back?`),
    nat(`Punten, saatos setelan RST diaktipkeun, softphone agen di bumi (router NAT, TCP) pareum-hurung registrasina. Nu di kantor pusat mah normal.`),
    nat(`habis RST On, trunk register IP-PBX Issabel client di belakang NAT office mereka expired terus tiap beberapa menit. TCP. sebelumnya stabil berbulan-bulan`),
  ],
  firewallRst: [
    fw(`gan sejak SS_TCP_CLOSE_RESET On, call ke carrier SG lewat TCP banyak yang gagal. di firewall depan switch ada iptables ctstate INVALID DROP, counter nya naik terus`),
    fw(`iptables -L INPUT -v -n | head
Chain INPUT (policy DROP)
 pkts bytes target prot opt in out source destination
48211 1928K DROP all -- * * 0.0.0.0/0 0.0.0.0/0 ctstate INVALID
counter ini melonjak sejak RST di-On kemarin, call TCP ke carrier nyangkut`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 203.0.113.10/5060 to 198.51.100.40/40211 flags RST on interface outside
ratusan per menit sejak RST mode on. call TCP ke customer itu gagal`),
    fw(`FortiGate nge-drop paket RST dari VOS ke carrier sejak kita nyalain RST close, log nya deny "no session matched" dengan flag RST. panggilan TCP pada hang`),
    fw(`lepas RST mode diaktifkan, panggilan ke pembekal melalui TCP banyak tergantung. firewall pfSense kami log paket TCP:R diblock. apa puncanya?`),
    fw(`po, since nung in-On yung RST, yung mga tawag papunta sa carrier via TCP nagha-hang. yung Palo Alto namin nagdo-drop ng RST packets daw sabi ng network team`),
    fw(`conntrack -S
cpu=0 found=0 invalid=38211 insert=0 insert_failed=0 drop=0
invalid naik terus sejak SS_TCP_CLOSE_RESET=On, firewall drop yang invalid, koneksi TCP ke customer gagal`),
    fw(`MikroTik di DC nge-drop connection-state=invalid, hit counter ribuan per menit sejak RST On, isinya paket RST dari switch. call TCP ke carrier gagal`),
    fw(`mas, wiwit RST di-On-ke, telpon TCP nang carrier akeh sing macet. firewall e ngedrop RST, ketok nang log ASA "Deny TCP (no connection) flags RST"`),
    fw(`Selamat siang. Kemarin malam SS_TCP_CLOSE_RESET kami ubah ke On untuk menurunkan TIME_WAIT. Pagi ini panggilan ke 2 carrier (koneksi TCP lewat FortiGate di DC) banyak yang gagal atau nyangkut 30 detik sebelum jatuh. Di FortiGate ada log deny untuk paket RST "no session matched". Carrier lain yang tidak lewat FortiGate normal. Mohon saran.`),
    fw(`RST on → ASA drop RST → call TCP ke carrier gagal. help`),
    fw(`bai, sukad gi-On ang RST sa switch, ang mga tawag via TCP sa carrier mag-hang. ang iptables nag-drop sa RST kay INVALID daw`),
    fw(`kang, ti saprak RST di-On-keun, telepon TCP ka carrier seueur nu gagal. firewall pfSense ngadrop pakét RST ti switch`),
    fw(`Tuan, selepas SS_TCP_CLOSE_RESET dihidupkan, firewall stateful kami di antara suis dan pembawa menolak paket RST dan panggilan TCP gagal. Log Palo Alto menunjukkan paket RST dibuang kerana tiada sesi.`),
    fw(`[VN] halo mas, itu loh setelah RST dinyalain, customer yang lewat firewall kita koneksi TCP nya pada gantung, tim network bilang firewall buang paket RST nya karena dianggap invalid`),
    fw(`iptables log: "IN=eth0 OUT=eth1 SRC=203.0.113.10 DST=198.51.100.77 PROTO=TCP SPT=5060 DPT=38211 RST" kena DROP INVALID. mulai muncul setelah RST mode on. call TCP ke customer ini gagal`),
    fw(`after namin i-enable yung SS_TCP_CLOSE_RESET, yung calls sa carrier na dumadaan sa FortiGate, nag-fa-fail. may deny logs sa RST packets`),
    fw(`fwd dari NOC KL: "ASA kita tunjuk 'Deny TCP (no connection) ... flags RST' banyak gila lepas RST on, call ke vendor Vietnam tergantung"`),
    fw(`manong, manipud idi in-On ti RST, dagiti awag nga TCP iti carrier ket agbitin. ti firewall ket agdrop iti RST packets`),
    fw(`firewall stateful antara switch dan customer wholesale kita (Sophos) drop RST sejak kemarin RST close diaktifkan. koneksi TCP baru ke customer itu gak kebentuk karena sesi lama masih nyangkut di session table`),
    fw(`conntrack -L | grep 5060 | grep -c ESTABLISHED → 9k, padahal di switch udah ditutup pakai RST. firewall gak terima RST nya. mulai sejak SS_TCP_CLOSE_RESET=On, call baru ke carrier gagal`),
    fw(`bro lepas on RST tu, iptables drop RST sebab INVALID, call TCP ke carrier gagal banyak. nak buat apa?`),
    fw(`pfSense firewall log: "Block ... 203.0.113.10:5060 -> 198.51.100.9:41122 TCP:RA" banyak banget sejak kita on-kan RST. call ke carrier itu gagal semua`),
    fw(`Magandang gabi po. Mula po nang gawing On ang SS_TCP_CLOSE_RESET, nagfa-fail ang SIP over TCP calls papunta sa isang customer namin. Ayon sa kanilang network team, dinodrop ng kanilang Cisco ASA ang mga RST packet galing sa switch namin.`),
    fw(`customer komplain call via TCP pada gagal sejak jam 10. cek: jam 9:50 kita reparse dengan RST On. di firewall mereka (FortiGate) keliatan RST dari IP kita di-deny`),
    fw(`Pak, firewall MikroTik ing ngarep switch mbuang paket RST wiwit RST mode diuripke, akibate telpon TCP nang vendor gagal terus`),
    fw(`dmesg penuh "nf_ct_tcp: invalid RST" sejak SS_TCP_CLOSE_RESET On, lalu rule INVALID DROP makan paket itu. koneksi TCP ke carrier nge-hang`),
    fw(`Carrier says our RST packets are being dropped by their stateful firewall since we enabled RST mode yesterday; TCP calls to them time out. Their ASA shows "Deny TCP (no connection) flags RST".`),
    fw(`Boss, ang pfSense sa DC nag-block sa RST gikan sa switch sukad gi-On ang RST close. mga tawag sa customer via TCP dili mo-connect`),
    fw(`tcpdump di depan firewall: RST keluar dari switch. tcpdump di belakang firewall: RST gak ada. firewall stateful nya (iptables) drop. mulai sejak RST mode on, dan call TCP ke carrier pada gagal`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning264Set: readonly EvalItem[] = Object.values(tuning264Families).flat();
