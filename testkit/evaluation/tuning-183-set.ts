import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP wholesalers, call centres and ISPs in Indonesia and Malaysia (also Brunei and Singapore Malay speakers),
 * writing in Latin script: Indonesian (formal, and Jakarta slang: gak, udah, bgt, gan, bang, min), Malay (tak, dah,
 * boleh, tolong, bro, lah), Javanese and Sundanese words here and there, heavy English code-switching. Thousands as
 * "rb"/"ribu"/"rebu" or "k", millions as "jt"; greetings from "Selamat pagi" and "Assalamualaikum" to "punten kang".
 * Shares: Indonesian 60% (half of it slang), Malay 30%, mixed Indonesian/English or Malay/English 10%.
 *
 * The hundred-and-eighty-third tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-eighty-third never-tuned set, before the sixty-sixth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-sixth round, then made tuning
 * material for the sixty-seventh: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 100 %, negatives confident 0.7 %, confident wrong 0 % with the rules of
 * the sixty-fifth round, before the sixty-sixth.
 * After the sixty-sixth round: the same.
 * After the sixty-seventh round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning183Families = {
  oneListeningPort: [
    no(`Selamat pagi. Setelah restart server, web manager VOS3000 tidak bisa dibuka. Di catalina.out muncul:
java.net.BindException: Address already in use (Bind failed) <null>:8080
Sepertinya ada proses lain yang memakai port 8080. Mohon bantuannya.`),
    no(`Permisi pak, service mysqld gagal start di server billing kami. Log: "[ERROR] Can't start server: Bind on TCP/IP port: Address already in use", port 3306. Apakah ada mysqld lama yang masih jalan? Panggilan di softswitch sendiri normal.`),
    no(`Selamat siang, nginx untuk portal reseller tidak mau jalan:
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
Kemarin teknisi kami memasang apache juga di server yang sama. Bagaimana cara cek proses mana yang memakai 443?`),
    no(`Mohon dicek, setelah service mbx3000d restart, softswitch tidak listen di 5060. Di log: "bind 0.0.0.0:5060 failed: Address already in use". netstat -lnp menunjukkan proses mbx3000d lama (PID 2231) masih hidup. Apakah aman di-kill?`),
    no(`Halo tim support, kami menjalankan container docker untuk API rate deck. Waktu docker run muncul "Error starting userland proxy: listen tcp4 0.0.0.0:8081: bind: address already in use". Server VOS ada di host yang sama, apakah ini berpengaruh ke panggilan?`),
    no(`Selamat sore. Redis untuk dashboard CDR tidak bisa start: "Could not create server TCP listening socket *:6379: bind: Address already in use". Panggilan normal, hanya dashboard yang mati.`),
    no(`Developer kami sedang mencoba tool monitoring di laptopnya, npm run dev berhenti dengan "Error: listen EADDRINUSE: address already in use :::3000". Apakah ini ada hubungannya dengan VOS3000? Laptopnya hanya mengakses API server saja.`),
    no(`Pak, apache httpd di server VOS gagal restart:
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80
no listening sockets available, shutting down
Kami hanya ingin update halaman portal pembayaran.`),
    no(`gan web vos gw gak bisa dibuka abis reboot, tomcat bilang address already in use port 8080. kayaknya ada java nyangkut. gmn matiinnya?`),
    no(`min tolong dong, mysql gak mau start, errornya bind on tcp/ip port: address already in use (3306). padahal udah stop service tadi`),
    no(`bang softswitch abis restart gak nongol di 5060, log nya "Address already in use". ps aux ada 2 mbx3000d, yg lama gak mati2. kill -9 aja gpp?`),
    no(`bro nginx gw error bind() to 0.0.0.0:80 failed (98: Address already in use), ternyata apache masih nyala kali ya. call aman kok, cuma portal doang`),
    no(`min docker compose up gagal: "Bind for 0.0.0.0:5432 failed: port is already allocated". itu postgres buat rekap tagihan. vos nya sih aman2 aja`),
    no(`gan iseng install freepbx di vps yg sama ama vos wkwk, asterisk gak bisa bind 5060 address already in use. ya iyalah ya 😅 pindahin port aja kah?`),
    no(`punten kang, webmin di server teu jalan, "Failed to bind port 10000 : Address already in use". kmrn ada yg install ulang webmin kayaknya jadi dobel`),
    no(`mas, tomcat web manager error terus "Address already in use: JVM_Bind", udah 2x restart. trafik call masih jalan normal 300an cps, cm web nya doang yg mati`),
    no(`Salam tuan, web portal VOS3000 tak boleh buka lepas reboot. catalina.out tunjuk "Address already in use" untuk port 8080. Macam mana nak cari proses mana yang pegang port tu?`),
    no(`bro, mysql tak nak start lah, log kata port 3306 address already in use. dah cuba service mysqld stop pun sama je. tolong check`),
    no(`Assalamualaikum, softswitch tak listen 5060 lepas restart pagi tadi. Log: bind failed, Address already in use. Ada proses lama mbx3000d masih hidup. Boleh ke saya kill dulu?`),
    no(`bos, nginx untuk portal topup reseller tak jalan, bind() to 0.0.0.0:443 failed (98: Address already in use). call semua ok je`),
    no(`Hai team, developer kami run dev server kat laptop dia, keluar EADDRINUSE port 8080. Dia tanya ada kaitan dengan VOS ke? Saya rasa tak, tapi nak confirm.`),
    no(`tolong bang, redis untuk cache rate tak boleh start, "bind: Address already in use" port 6379. mungkin ada redis lain dalam docker`),
    no(`Selamat petang, lepas upgrade kami tak boleh start container billing, docker cakap "Bind for 0.0.0.0:8080 failed: port is already allocated". Web VOS pun guna 8080 ke?`),
    no(`Salam, kami di Brunei. Apache pada server VOS tak boleh start sebab port 80 "Address already in use", rupanya ada nginx dipasang oleh vendor lain. Macam mana nak buang satu?`),
    no(`Hi team, web manager down since morning. Error: "java.net.BindException: Address already in use" on port 8080. Tadi ada yg start tomcat kedua manually kayaknya. Calls are fine, only the portal.`),
    no(`Morning, our kamailio proxy can't start: "bind(): Address already in use" on 5060 because VOS already listens there. Kami nak run both on the same box, boleh ke tukar port?`),
    no(`bro quick one, grafana can't start, "listen tcp :3000: bind: address already in use". Kat server yang sama dengan VOS. Ada app lain guna 3000 ke?`),
  ],
  otherRegistrationCause: [
    no(`Selamat pagi, sejak kemarin sore 12 extension di kantor cabang Bandung tidak register. Di log VOS tertulis "401 Unauthorized" berulang. Ternyata admin kami mengganti password SIP account tanpa update di telepon. Bagaimana cara update massal?`),
    no(`Mohon bantuan, gateway GoIP di Surabaya tidak register sejak tadi pagi. ISP di sana mengganti IP publik dan kami memakai IP authentication. Bagaimana update IP di mapping gateway?`),
    no(`Selamat siang. Semua softphone pelanggan reseller kami offline. Ternyata akun reseller terblokir karena saldo habis, status "suspended". Bagaimana cara mengaktifkan lagi setelah top up?`),
    no(`Pak, telepon IP di kantor kami unregistered semua sejak jam 9. Setelah dicek, listrik gedung padam dan UPS tidak kuat. Sekarang listrik sudah kembali tapi sebagian telepon masih belum register, apakah perlu reboot manual?`),
    no(`Kami memakai SIP over UDP saja. Setelah ganti router kantor ke merk baru, telepon sering unregistered. Di router itu fitur SIP ALG aktif secara default. Apakah itu penyebabnya?`),
    no(`Selamat sore, domain sip.namaperusahaan.co.id yang dipakai telepon kami tiba-tiba tidak resolve karena domain lupa diperpanjang. Semua telepon gagal register. Setelah domain aktif lagi, berapa lama propagasi DNS?`),
    no(`Permisi, lisensi VOS3000 kami habis masa berlakunya kemarin, sekarang client tidak bisa register dan muncul pesan license expired. Harus menghubungi siapa untuk perpanjangan?`),
    no(`Halo, 40 agent call center kami tidak bisa register pagi ini. Koneksi internet kantor mati total dari ISP (kabel FO putus kena galian). Apakah ada cara failover ke modem 4G?`),
    no(`min softphone gw gak bisa register, muncul 403 Forbidden. kayaknya salah ketik password deh, tadi abis ganti pass di portal`),
    no(`gan ext 2010 ampe 2025 unreg semua, ternyata switch PoE nya mati, lampu gak nyala. udah ganti switch baru, perlu apa2 lagi gak di vos?`),
    no(`bang, ip server vos kita pindah ke DC baru kmrn, terus gateway2 yg masih nunjuk ip lama ya gak register lah. ada cara cepet update semua gateway gak?`),
    no(`min kenapa akun gw suspended? semua hp pelanggan gak register. oh iya blm bayar tagihan bulan ini 😂 berapa lama aktif lg abis transfer 2,5jt?`),
    no(`gan pake mikrotik baru, telpon udp semua, abis ganti router pada unreg tiap 5 menit. sip alg nya udah gw matiin tp masih. udp timeout nya kependekan kali ya?`),
    no(`bro akun trial kita expired nih, semua ext unreg. mau perpanjang gmn caranya`),
    no(`punten teh, telepon di toko cabang Garut teu bisa register, ternyata kabel LAN nya dicabut sama OB pas ngepel 🙈 udah dicolok lagi, masih ada yg "unregistered", nunggu berapa lama ya?`),
    no(`mas, wifi kantor ganti password kemaren, hp android yg pake zoiper gak konek wifi jadi unreg semua. ini bukan masalah server kan?`),
    no(`Salam, semua phone kat ofis Shah Alam unregistered sejak pagi. Log VOS tunjuk 401, rupanya IT kami tukar password semua akaun semalam. Macam mana nak kemaskini ramai sekaligus?`),
    no(`bro, ISP kami tukar IP statik hari ni, gateway guna IP auth so memang tak register lah. tolong update IP baru 175.x.x.x dalam gateway mapping`),
    no(`Tuan, akaun kami kena suspend sebab baki tak cukup, semua softphone jadi unregistered. Dah transfer RM2.5k pagi tadi, bila boleh aktif?`),
    no(`Assalamualaikum, bekalan elektrik terputus kat bangunan kami 2 jam, semua IP phone unregistered. Sekarang elektrik dah ada tapi 5 phone masih tak register. Perlu reboot satu-satu ke?`),
    no(`Hi bos, kami guna UDP je, lepas tukar router Unifi baru phone selalu hilang register. Router tu ada SIP ALG on. Patut off kan?`),
    no(`tolong check, nama DNS sip kami tak resolve sebab domain expired, semua phone tak boleh register. dah renew, kena tunggu berapa lama?`),
    no(`Salam dari Bandar Seri Begawan. Lesen VOS3000 tamat tempoh semalam, client tak boleh register, keluar license expired. Siapa nak dihubungi untuk renew?`),
    no(`bang, internet kat call centre down dari pagi, 60 agent tak boleh register. TM kata kabel fiber putus. Ada cara guna backup line?`),
    no(`Hi, our agents in Penang all unregistered since 8am, log shows 401 Unauthorized. Rupanya supervisor reset password semua SIP accounts last night. Any bulk update tool?`),
    no(`Guys, customer kita di Batam complain phones unregistered. Turns out kantornya pindah dan ISP baru kasih CGNAT, dia pakai UDP only. Any tips for keepalive on UDP?`),
    no(`Morning team, our gateway can't register — wrong realm after we renamed the domain from voip.abc.com to sip.abc.com. Udah update DNS tapi gateway masih pakai nama lama.`),
  ],
  smallFigures: [
    no(`Selamat pagi, mau tanya. Di server VOS kami, ss -s menunjukkan:
Total: 412 (kernel 530)
TCP:   286 (estab 141, closed 98, orphaned 0, synrecv 0, timewait 96/0), ports 0
Apakah angka ini normal? Trafik sekitar 30 CPS.`),
    no(`Pak, sebenarnya TIME_WAIT itu apa ya? Di netstat saya lihat sekitar 200an koneksi TIME_WAIT. Apakah berbahaya?`),
    no(`Selamat siang, apa fungsi parameter SS_TCP_CLOSE_RESET di softswitch.conf? Di server kami nilainya Off. Perlu diubah atau tidak?`),
    no(`Kami berencana menaikkan trafik ke 150 CPS bulan depan. Jika SS_TCP_CLOSE_RESET diaktifkan, apakah telepon kantor yang di belakang NAT akan terpengaruh? Sekarang belum kami ubah.`),
    no(`Mohon penjelasan: apa beda menutup koneksi dengan FIN dan dengan RST? Tim NOC kami sedang menyusun dokumentasi internal.`),
    no(`Selamat sore, health check mingguan: netstat -ant | grep TIME_WAIT | wc -l = 347. CPS puncak 40. Semua panggilan normal. Apakah perlu tuning tcp_tw_reuse?`),
    no(`Apakah net.ipv4.ip_local_port_range default 32768 60999 cukup untuk 50 CPS dengan SIP TCP? Saat ini tidak ada masalah, hanya perencanaan kapasitas.`),
    no(`Permisi, kalau nanti kita aktifkan mode RST, apakah FortiGate di depan server bisa bermasalah? Kami ingin tahu risikonya sebelum mengubah apa pun.`),
    no(`min ini normal gak? timewait 120an doang, estab 80. server sepi soalnya udah malem`),
    no(`gan nanya doang, TIME_WAIT tuh bahaya gak sih? liat di netstat ada 500an`),
    no(`bang kalo nyalain SS_TCP_CLOSE_RESET efeknya apa aja? gw blm nyalain, mau baca2 dulu`),
    no(`min cek dong output gw:
TCP:   512 (estab 230, closed 170, orphaned 2, synrecv 0, timewait 160/0), ports 0
ini aman kan? cps cm 25an`),
    no(`gan kalo gw pake udp semua, setting close reset ngaruh gak? penasaran aja`),
    no(`bro tcp_tw_reuse tuh aman gak dinyalain di centos 7? skrg gak ada masalah sih, cm pengen optimasi dikit`),
    no(`mas, ip_local_port_range saya 1024 65535, trus timewait cuma 300-an pas jam sibuk. berarti gak perlu diapa2in ya?`),
    no(`min kalo rst mode di on, hp pelanggan yg dibelakang modem indihome bakal unreg gak? blm diubah kok, cm nanya`),
    no(`Salam, nak tanya, ss -s tunjuk timewait 210, estab 95. Trafik kami kecil je, 15 CPS. Ni normal ke?`),
    no(`bro, apa sebenarnya TIME_WAIT tu? nampak dalam netstat dalam 400 je. perlu risau ke?`),
    no(`Tuan, kalau kami on SS_TCP_CLOSE_RESET, phone yang guna NAT kat rumah agent akan hilang register tak? Belum ubah lagi, nak tahu dulu.`),
    no(`Hai, nak faham beza FIN dan RST dalam setting VOS. Untuk latihan staf NOC baru.`),
    no(`boleh tolong semak output ni, normal ke:
TCP:   380 (estab 190, closed 110, orphaned 0, synrecv 0, timewait 104/0), ports 0
CPS puncak dalam 35`),
    no(`Salam, default SS_TCP_CLOSE_RESET apa ya? Kami Off sekarang, semua ok.`),
    no(`bos, kalau trafik kami naik ke 100 CPS tahun depan, perlu ubah ip_local_port_range ke? sekarang 60 CPS, timewait bawah 1k.`),
    no(`Singapore team here — nak tanya, kalau RST mode on, firewall Sophos kami akan drop ke? Hypothetical je, belum on.`),
    no(`Quick question — what exactly does TIME_WAIT mean in ss output? Kami liat 250an on a quiet night, cuma pengen paham.`),
    no(`Hi, weekly health check: timewait 180, estab 120, CPS 20. Looks normal to me, tapi mau confirm dulu sebelum kirim report ke management.`),
    no(`Hello, is SS_TCP_CLOSE_RESET relevant kalau semua trunk kita UDP? Just curious, no issue now.`),
  ],
  firewallNoRst: [
    no(`Selamat pagi, mohon panduan membuka port 5060 TCP dan UDP serta RTP 10000-20000 di FortiGate untuk server VOS3000 baru kami.`),
    no(`Pak, carrier baru dari Hong Kong minta IP mereka di-whitelist: 103.x.x.10 dan 103.x.x.11. Di iptables server VOS perlu tambah rule apa?`),
    no(`Selamat siang, fail2ban memblokir IP kantor cabang kami setelah teknisi salah password berkali-kali. Bagaimana cara unban?`),
    no(`Mohon review konfigurasi firewall pfSense kami sebelum go-live:
pass  in  WAN  udp  CARRIER_IPS  -> VOS 5060
pass  in  WAN  tcp  NOC_IPS      -> VOS 1818
block in  WAN  any  any          -> any
Apakah sudah benar? Belum ada keluhan, hanya ingin memastikan.`),
    no(`Kami ingin memblokir trafik SIP dari luar Asia Tenggara karena banyak scanning. Apakah geo-blocking di FortiGate aman untuk VOS?`),
    no(`Selamat sore, SIP ALG di router Cisco kantor cabang sebaiknya diaktifkan atau dimatikan untuk VOS3000?`),
    no(`Permisi, bagaimana membuat port forwarding di MikroTik untuk web manager VOS di port 8080 supaya bisa diakses dari luar?`),
    no(`Kami melihat banyak serangan SIP scanner (friendly-scanner) di log. Rule iptables apa yang disarankan untuk membatasi REGISTER per IP?`),
    no(`min tolong buka port 5060 tcp di firewall dong, carrier baru mau pake tcp mulai besok`),
    no(`gan ip gw ke-ban fail2ban gara2 salah pass 5x, tolong unban 36.x.x.x ya`),
    no(`bang sip alg di mikrotik matiin aja kan? mau setting router buat kantor baru`),
    no(`min mau whitelist ip vendor sms gateway, caranya di iptables gmn? takut salah ntar kekunci sendiri`),
    no(`bro sophos gw mau dipasang di depan vos, port apa aja yg mesti dibuka?`),
    no(`gan banyak bgt scan sip dari luar negeri, 20rb attempt semalem. gimana blokir per negara di fortigate?`),
    no(`mas port forward 5060 ke server vos di belakang mikrotik udah bener blm ya? dst-nat udah, tp masih bingung src-nat nya`),
    no(`punten kang, abdi mau review rule firewall ASA, bisa dibantu cek? gak ada masalah call kok, cuma audit tahunan`),
    no(`Salam, tolong bagi panduan buka port SIP 5060 dan RTP di FortiGate untuk server baru kami di Cyberjaya.`),
    no(`bro, carrier baru dari Vietnam minta whitelist IP diorang. Nak tambah kat iptables ke kat firewall depan?`),
    no(`Tuan, fail2ban dah ban IP ofis kami sebab staf salah password. Macam mana nak unban?`),
    no(`Boleh tolong review rule pfSense kami sebelum migrate? Tak ada masalah call, cuma nak pastikan selamat.`),
    no(`bos, nak block trafik SIP dari negara luar sebab banyak fraud attempt, 15k percubaan semalam. Guna geo-IP kat Fortigate ok ke?`),
    no(`Salam, SIP ALG kat router TP-Link pelanggan patut off ke on?`),
    no(`tolong bang, nak buat port forwarding 8080 kat MikroTik untuk akses web VOS dari rumah. dst-nat macam mana?`),
    no(`Hai, Singapore branch kami nak pasang firewall Sophos XG baru depan VOS. Port apa kena buka untuk SIP TCP dan UDP?`),
    no(`Hi team, please whitelist our new carrier IPs di firewall depan VOS. Mereka pakai TCP 5060. Thanks!`),
    no(`Hello, we want to rate-limit REGISTER floods with iptables. Ada contoh rule hashlimit yg aman untuk VOS?`),
    no(`Morning, firewall audit request — kami nak confirm rules FortiGate untuk SIP TCP/UDP dah betul. No issues, just compliance.`),
  ],
  negationContext: [
    no(`Selamat pagi, telepon kantor kami sempat unregistered kemarin, tetapi penyebabnya sudah jelas: penggantian password oleh admin. Sudah diperbaiki. SS_TCP_CLOSE_RESET tetap Off, tidak pernah diubah. Hanya untuk informasi.`),
    no(`Sekadar konfirmasi: masalah TIME_WAIT tinggi dan "cannot assign requested address" bulan lalu sudah selesai setelah tuning. Sekarang TIME_WAIT sekitar 800 pada jam sibuk. Terima kasih.`),
    no(`Kami meneruskan tiket lama (#4471, bulan Maret) untuk arsip:
> FortiGate drop RST setelah RST mode diaktifkan, log "no session matched"
Status: selesai, dikembalikan ke Off. Tidak ada tindakan yang diperlukan.`),
    no(`Kami memakai UDP saja untuk semua endpoint, jadi RST dan TIME_WAIT TCP tidak relevan bagi kami, dan tidak ada telepon yang unregistered. Pertanyaan kami hanya soal tarif di rate deck baru.`),
    no(`Selamat siang, audit kami menemukan SS_TCP_CLOSE_RESET=Off dan tidak pernah diaktifkan. Firewall juga tidak mencatat drop apa pun. Apakah ada rekomendasi lain untuk kapasitas?`),
    no(`Terima kasih atas bantuannya kemarin. Setelah perbaikan, TIME_WAIT turun dari 28 ribu ke sekitar 1.200 dan tidak ada lagi error "address already in use". Tiket boleh ditutup.`),
    no(`Laporan penutupan: telepon NAT di cabang Medan sempat unregistered minggu lalu setelah RST diaktifkan, tetapi sudah dikembalikan ke Off dan semua register normal sejak Senin. Terima kasih.`),
    no(`Tidak ada yang mengubah konfigurasi softswitch minggu ini. Panggilan ke carrier X gagal karena carrier tersebut sedang maintenance, sesuai email mereka. Hanya informasi.`),
    no(`min gak usah dicek lagi ya, yg unreg kmrn ternyata gara2 password salah, udah beres. rst gak pernah kita nyalain kok`),
    no(`gan makasih bgt, abis setting kemaren timewait tinggal 900an, gak ada lg address already in use. mantap`),
    no(`bang fyi aja, kita full udp, gak ada tcp sama sekali. jadi close reset gak ngaruh kan? gak ada masalah sih`),
    no(`min tiket yg firewall drop rst itu udah solved bulan lalu ya, ini cm forward buat arsip`),
    no(`gan panik td pagi call gagal semua, ternyata saldo carrier abis 😅 bukan firewall bukan rst. udh topup aman`),
    no(`bro dulu pernah ada masalah port abis pas jam sibuk, skrg udh gak pernah lagi sejak tuning. cm mau tanya perlu monitor apa aja`),
    no(`mas, hp2 nat di kantor yg unreg kemarin itu gara2 listrik padam, bukan karena setting server. skrg udah normal semua, matur nuwun`),
    no(`punten, masalah fortigate kemarin teh bukan karena rst, tapi policy-nya kehapus sama vendor. udah dibalikin, call normal. hatur nuhun`),
    no(`Salam, masalah phone unregistered semalam dah selesai, punca dia password ditukar. RST kami tak pernah on. Terima kasih.`),
    no(`bro terima kasih, lepas tuning semalam timewait turun dari 31k ke 700 je. tak ada lagi error cannot assign requested address.`),
    no(`Sekadar maklum, kami guna UDP sahaja, tiada TCP langsung. Jadi setting close reset tak berkaitan kan? Semua ok.`),
    no(`Tuan, forward tiket lama untuk rekod: firewall Cisco ASA drop RST tahun lepas, dah selesai dengan tukar balik ke Off. Tiada tindakan perlu.`),
    no(`Hai, tiada siapa ubah apa-apa kat server minggu ni. Call gagal tadi sebab carrier kami down, dia dah confirm. Sekarang ok.`),
    no(`bos, masalah NAT phone hilang register bulan lepas tu dah settle lepas tukar balik RST ke Off. Sekarang stabil, cuma nak tutup tiket.`),
    no(`Salam, firewall kami tak ada drop apa-apa, RST mode pun off. Call putus tadi rupanya sebab line internet agent tak stabil.`),
    no(`terima kasih abg, lepas fix semalam tiada lagi address already in use waktu peak. TIME_WAIT sekarang dalam 1k je.`),
    no(`FYI only — the unregistered issue yesterday was caused by an expired SIP account, bukan karena RST. RST mode never enabled on our side. Thanks!`),
    no(`Hi team, closing the ticket: after rollback to FIN, TIME_WAIT now ~600 dan phones semua registered. No further action needed.`),
    no(`Thanks bro, problem solved. Firewall logs now clean, tak ada lagi "no session matched" since we switched back to Off last week. We can close this.`),
  ],
  portExhaustion: [
    pe(`Selamat malam, darurat. Setiap jam sibuk (19.00-22.00) panggilan gagal massal. Log softswitch: "connect() failed: Cannot assign requested address". ss -s:
TCP:   61842 (estab 2310, closed 59120, orphaned 14, synrecv 0, timewait 58977/0), ports 0
CPS sekitar 420. Mohon segera dibantu.`),
    pe(`Pak, server VOS3000 kami kehabisan port saat peak. netstat -ant | grep TIME_WAIT | wc -l = 27.314, dan koneksi TCP baru ke carrier tidak bisa dibuat. Setelah jam 23.00 normal kembali.`),
    pe(`Selamat siang, sejak trafik naik ke 350 CPS minggu ini, koneksi SIP TCP keluar ke carrier sering error "bind: Address already in use". TIME_WAIT lebih dari 40 ribu. ip_local_port_range masih default 32768 60999.`),
    pe(`Mohon bantuan, panggilan keluar gagal setiap jam 8-10 pagi (jam kampanye call center). Log softswitch penuh dengan EADDRINUSE saat membuka koneksi ke gateway. Di luar jam itu normal.`),
    pe(`Laporan NOC: pukul 20.15 ASR ke semua trunk TCP turun ke 12%. ss -tan state time-wait | wc -l menunjukkan 31208. Tidak ada koneksi TCP baru yang berhasil sampai trafik turun.`),
    pe(`Selamat pagi, saat peak log mbx3000 di server VOS menampilkan "Cannot assign requested address" setiap kali membuka koneksi TCP ke dialer dan carrier. TIME_WAIT di server VOS mencapai 33rb. Apa yang harus diubah di server?`),
    pe(`Kami punya 2 server VOS3000, yang satu menangani 500 CPS. Server itu setiap malam tidak bisa membuka koneksi TCP baru, error "Cannot assign requested address", TIME_WAIT mencapai 55 ribu. Server satunya (trafik kecil) normal.`),
    pe(`Dengan hormat, sejak Senin kami mengalami kegagalan panggilan pada jam sibuk. Hasil pengecekan:
# ss -s
Total: 48211 (kernel 48390)
TCP:   47650 (estab 1840, closed 45603, orphaned 9, synrecv 0, timewait 45570/0), ports 0
Mohon analisa dan solusinya.`),
    pe(`Selamat sore. Setiap promo tarif murah di malam hari trafik naik ke 300an CPS, lalu muncul banyak "Address already in use" di log ketika softswitch membuka koneksi ke gateway. Pukul 22.00 ke atas normal lagi. SS_TCP_CLOSE_RESET masih Off (default).`),
    pe(`min tolong urgent!! jam segini call pada gagal, log isinya cannot assign requested address semua. timewait 52rb 😭`),
    pe(`gan vos gw tiap jam 7 malem tumbang, gak bisa bikin koneksi tcp baru ke carrier. netstat timewait 38k. abis jam 10 normal lg`),
    pe(`bang kenapa ya pas peak selalu muncul EADDRINUSE pas vos konek ke vendor? cps 380an. sepi dikit langsung normal`),
    pe(`min ss -s gw nih:
TCP:   58231 (estab 1502, closed 56590, orphaned 3, synrecv 0, timewait 56544/0), ports 0
call gagal mulu jam sibuk. tolong dong`),
    pe(`gan port abis kayaknya, timewait 60rb an, outgoing tcp gagal "address already in use". kmrn cps naik krn ada reseller baru`),
    pe(`bro asr anjlok tiap malem, cek log "Cannot assign requested address" ribuan baris. timewait 45rb. kudu piye iki?`),
    pe(`min dialer kita kirim 400 cps ke vos via tcp, jam 9an pagi vos udah gak bisa buka koneksi keluar lagi, timewait di server vos 29rb, log bind error EADDRINUSE. help`),
    pe(`punten kang, server vos abdi tiap peak call gagal, netstat time_wait 35 rebu, error connect: cannot assign requested address. tuning naon nu kudu?`),
    pe(`mas, tiap jam sibuk vos ga bisa buka koneksi tcp keluar, EADDRINUSE. pas sepi aman. timewait 41k. setting apa ya yg kurang?`),
    pe(`Salam tuan, server VOS kami gagal buat sambungan TCP baru setiap waktu puncak. Log: "Cannot assign requested address". TIME_WAIT lebih 40 ribu. CPS dalam 350.`),
    pe(`bro tolong, malam ni call gagal teruk, ss -s tunjuk timewait 53k. semua connect keluar ke carrier dapat address already in use.`),
    pe(`Assalamualaikum, setiap jam 8 malam ASR jatuh, tak boleh buka TCP baru. netstat TIME_WAIT 36,000. Lepas jam 11 ok balik. Apa nak tuning?`),
    pe(`bos, kami baru tambah reseller, CPS naik ke 450. Sekarang waktu peak keluar EADDRINUSE bila softswitch connect ke gateway. timewait 62k. tolong check`),
    pe(`Hai team, ni output waktu peak:
TCP:   44120 (estab 2011, closed 42040, orphaned 5, synrecv 0, timewait 41988/0), ports 0
Call banyak gagal, lepas peak ok. Port habis ke?`),
    pe(`tolong bang urgent, semua call TCP gagal sekarang, log penuh "bind: Address already in use" masa buka connection ke vendor. timewait 48k.`),
    pe(`Salam dari Brunei. Server VOS kami kehabisan port waktu peak, ip_local_port_range masih default. TIME_WAIT 30 ribu lebih, tiada sambungan TCP baru boleh dibuat. Mohon bantuan.`),
    pe(`Tuan, setiap hujung minggu promo kami naik ke 300 CPS, dan softswitch tak boleh connect keluar, "Cannot assign requested address". Hari biasa ok. TIME_WAIT masa tu sekitar 34k.`),
    pe(`bro, VOS kami kat DC Singapore tiap petang call gagal. netstat tunjuk 27k TIME_WAIT. error EADDRINUSE kat log bila connect keluar. sepi sikit terus ok.`),
    pe(`Urgent — our VOS3000 runs out of ports at peak. ss shows timewait 57k, outgoing TCP connects fail with "Cannot assign requested address". Kami udah coba restart tapi besok malamnya sama lagi.`),
    pe(`Hi team, every evening peak ~400 CPS, calls fail. Logs: EADDRINUSE on outbound connects, TIME_WAIT 39k. Lepas 11pm ok balik. Please advise tuning.`),
    pe(`NOC escalation: VOS-JKT-02 cannot open new TCP connections since 19:30, TIME_WAIT 46rb, log spam "Address already in use" on connect(). Trafik lagi peak, tolong dibantu ASAP.`),
  ],
  natUnregistered: [
    nat(`Selamat pagi, sejak SS_TCP_CLOSE_RESET kami ubah ke On kemarin, sekitar 60 telepon agen yang bekerja dari rumah (di belakang router IndiHome) sering unregistered. Mereka memakai SIP over TCP. Telepon di kantor pusat dengan IP publik normal.`),
    nat(`Pak, setelah teknisi Bapak mengaktifkan mode RST tadi malam untuk mengatasi TIME_WAIT, softphone pelanggan kami yang di belakang NAT kehilangan registrasi setiap beberapa menit. Transport TCP.`),
    nat(`Mohon dicek, setelah perubahan close mode ke reset di softswitch.conf hari Selasa, gateway GoIP di cabang-cabang (semua di belakang MikroTik NAT) menjadi unregistered berulang kali. Sebelum perubahan tidak ada masalah.`),
    nat(`Selamat siang, telepon Yealink di kantor cabang kami (di belakang NAT router kantor) menampilkan "Register failed" sejak RST diaktifkan. Kami memakai TCP karena paket UDP sering terpotong. Yang memakai IP publik langsung tidak bermasalah.`),
    nat(`Laporan: setelah service mbx3000d reparse dengan SS_TCP_CLOSE_RESET="On", jumlah terminal online turun dari 1.250 ke sekitar 700. Yang hilang hampir semuanya klien di belakang NAT via TCP.`),
    nat(`Selamat sore. Sejak perubahan Anda kemarin (mode tutup koneksi diubah ke RST), Zoiper agen kami di jaringan rumah terus bolak-balik registered/unregistered. Mohon dikembalikan atau dicarikan solusi.`),
    nat(`Dengan hormat, kami melaporkan bahwa IP phone di belakang NAT tidak dapat mempertahankan registrasi TCP setelah parameter SS_TCP_CLOSE_RESET diubah ke On pada 12 Juni. Telepon perlu reboot agar register lagi, lalu hilang lagi.`),
    nat(`Selamat pagi, kemarin kami aktifkan RST untuk mengurangi TIME_WAIT. Hari ini klien softphone Android yang lewat NAT operator seluler (TCP) hampir semuanya offline. Klien UDP tidak terpengaruh.`),
    nat(`Mohon bantuan, setelah update konfigurasi softswitch ke mode RST, 30 extension di ruko cabang Depok (semua di belakang router TP-Link, TCP) muncul unregistered di VOS. Tidak ada perubahan lain.`),
    nat(`min abis rst di on in kmrn, hp agen yg wfh pada unreg semua. pake tcp. yg di kantor aman`),
    nat(`gan sejak ganti SS_TCP_CLOSE_RESET ke On, ext dibelakang mikrotik pada ilang register tiap 5 menitan. ini knp ya`),
    nat(`bang abis perubahan close reset semalem, zoiper pelanggan gw yg pake wifi rumah unreg mulu. tcp semua. balikin aja kah?`),
    nat(`min pas lo ubah mode rst kmrn buat timewait, skrg gateway2 di belakang nat pada offline. tolong cek dong`),
    nat(`gan registered tinggal 400an dari 900 abis rst on. yg ilang yg dibelakang nat semua, transport tcp`),
    nat(`bro skrg RST masih On dan ip phone kantor cabang (di belakang nat) unreg terus, tiap reboot register bentar trus ilang lg. gmn nih`),
    nat(`mas, udah 2 hari sejak rst nyala, softphone agen di rumah (indihome, tcp) sering putus register. kudu reboot modem baru bisa, abis itu ilang lg`),
    nat(`punten kang, sejak RST di-on-keun kemarin, telepon kantor Bandung yg di belakang NAT sering unregistered. pake tcp. kumaha ieu?`),
    nat(`min sejak close mode jadi reset, gateway goip di toko2 (di belakang modem) pada unreg. yg ip publik aman. tolong ya`),
    nat(`Salam tuan, sejak SS_TCP_CLOSE_RESET ditukar ke On semalam, phone agent yang kerja dari rumah (belakang router Unifi) asyik hilang register. Semua guna TCP.`),
    nat(`bro, lepas korang on RST mode semalam, softphone customer kat belakang NAT jadi unregistered. TCP. yang IP public ok je`),
    nat(`Assalamualaikum, lepas perubahan close reset hari Isnin, IP phone kat cawangan Johor (belakang MikroTik) tak boleh kekal register. Sebelum ni tak ada masalah.`),
    nat(`bos, online terminal jatuh dari 800 ke 350 lepas RST on. Semua yang hilang tu client NAT guna TCP.`),
    nat(`Hai team, sejak setting RST diaktifkan, Zoiper staf kami kat rumah register kejap lepas tu unregistered balik. Guna TCP sebab UDP kena block kat ISP.`),
    nat(`tolong bang, lepas tukar mode tutup TCP ke reset, gateway kami kat kedai-kedai (belakang router) semua unreg. Nak balik ke Off ke?`),
    nat(`Salam dari Brunei. Sejak kami on SS_TCP_CLOSE_RESET minggu lepas untuk kurangkan TIME_WAIT, phone Grandstream di ofis kecil (NAT, TCP) selalu hilang register.`),
    nat(`Tuan, perubahan semalam (RST On) buat semua softphone Android di belakang NAT telco tak register. Klien UDP ok. Tolong semak.`),
    nat(`bro, phone ofis Singapore kami belakang router NAT DrayTek, TCP, semua unregistered sejak RST mode on pagi tadi. Yang kat DC ok.`),
    nat(`Hi team, since RST mode was enabled yesterday, our home-based agents behind NAT keep losing registration. All on SIP TCP. Yg di office dengan public IP fine.`),
    nat(`Since you switched the close mode to reset, our NATed Yealinks di branch keep showing unregistered. TCP transport. Can we roll back?`),
    nat(`Hello, after SS_TCP_CLOSE_RESET=On, registered count turun dari 1.1k ke 600. All the missing ones are NATed TCP clients. Please check ASAP.`),
  ],
  firewallRst: [
    fw(`Selamat pagi, sejak SS_TCP_CLOSE_RESET diubah ke On, banyak panggilan ke carrier gagal setelah beberapa detik. Log FortiGate:
action="deny" proto=6 service="SIP-TCP" msg="no session matched" tcpflags="R"
untuk paket dari server VOS ke carrier port 5060.`),
    fw(`Pak, setelah mode RST diaktifkan, panggilan SIP TCP sering menggantung di Cisco ASA kami. Log:
%ASA-6-106015: Deny TCP (no connection) from 10.10.1.5/5060 to 203.x.x.x/41822 flags RST on interface inside
Mohon solusinya.`),
    fw(`Mohon bantuan, sejak perubahan close mode ke RST kemarin, iptables di server gateway kami mencatat banyak paket ctstate INVALID yang di-drop, semuanya flag RST dari VOS. Panggilan terputus di tengah jalan.`),
    fw(`Selamat siang, pfSense di depan VOS3000 mencatat "Blocked ... TCP:R" secara masif sejak RST On. Panggilan keluar via TCP banyak yang gagal. Apakah firewall perlu diubah atau RST dimatikan?`),
    fw(`Laporan NOC: setelah reparse dengan SS_TCP_CLOSE_RESET="On", ASR trunk TCP turun dari 48% ke 21%. Sophos XG mencatat drop "Invalid TCP flags" untuk paket RST dari softswitch.`),
    fw(`Selamat sore. Sejak perubahan Anda kemarin (RST mode), panggilan ke vendor B menggantung lalu putus. Tim firewall mereka menemukan paket RST kita di-drop oleh firewall stateful karena "out of state".`),
    fw(`Dengan hormat, setelah mengaktifkan RST untuk mengatasi TIME_WAIT, MikroTik di depan server menolak paket RST (rule connection-state=invalid action=drop, counter naik terus). Panggilan TCP sering gagal.`),
    fw(`Pak, semenjak RST aktif, panggilan melalui FortiGate kami banyak yang tidak terputus dengan benar (hang) dan channel penuh. Di log forward traffic: "no session matched", proto 6, flags RST.`),
    fw(`Selamat pagi, conntrack di server firewall kami menunjukkan lonjakan INVALID drop sejak SS_TCP_CLOSE_RESET On. Contoh:
INVALID DROP: IN=eth0 OUT=eth1 SRC=10.0.0.5 DST=103.x.x.20 PROTO=TCP SPT=5060 DPT=38422 RST
Panggilan gagal sekitar 20%.`),
    fw(`min abis rst on, call ke carrier lewat fortigate gagal2 terus. log fortinya "no session matched" flag R. tolong`),
    fw(`gan sejak close reset dinyalain, asa gw nge-deny rst "no connection". call pada nyangkut. gmn nih`),
    fw(`bang abis ganti ke rst kmrn, iptables nge-drop invalid bgt, ribuan per menit, semua flag R. call tcp putus2`),
    fw(`min pfsense nge-block paket TCP:R dari vos sejak kmrn kalian ubah ke mode rst. call keluar gagal bnyk`),
    fw(`bro abis reparse rst on, mikrotik gw drop invalid ampe 15rb paket sejam, isinya rst dari vos. call ke vendor hang. balikin off?`),
    fw(`gan firewall sophos ngeblok rst dari softswitch sejak setting baru kmrn (close reset on). asr anjlok`),
    fw(`mas, call nyangkut terus sejak rst diaktifin, fortigate log "no session matched" semua flags R. kudu diapakke iki?`),
    fw(`punten kang, sejak RST on, ASA di kantor nge-drop paket RST (no connection), call sering ngegantung. kumaha solusina?`),
    fw(`min sejak mode rst, kata carrier firewall mereka nge-drop rst kita sbg INVALID, conntrack naik drastis, call tcp gagal. mereka minta kita cek`),
    fw(`Salam tuan, sejak SS_TCP_CLOSE_RESET On semalam, FortiGate kami drop paket RST dari VOS, log "no session matched". Banyak call gagal.`),
    fw(`bro, lepas RST mode on, Cisco ASA depan server deny TCP flags RST "no connection". Call tersangkut. Tolong check.`),
    fw(`Assalamualaikum, iptables kami drop banyak paket INVALID sejak tukar ke RST. Semua paket tu flag R dari softswitch. Call TCP putus tengah jalan.`),
    fw(`bos, pfSense block TCP:R sejak perubahan close mode semalam. ASR ke carrier jatuh teruk.`),
    fw(`Hai team, lepas on RST, MikroTik kami drop paket RST (connection-state invalid). Counter naik 10k sejam. Call ke vendor gagal.`),
    fw(`tolong bang, firewall Sophos kami block RST dari VOS sejak setting RST on. Call hang lepas tu putus.`),
    fw(`Salam dari Brunei. Selepas SS_TCP_CLOSE_RESET diaktifkan untuk TIME_WAIT, firewall stateful carrier kami drop paket RST "out of state". Call gagal dalam 30%.`),
    fw(`Tuan, perubahan semalam (RST On) menyebabkan FortiGate di DC Singapore buang paket RST, "no session matched". Channel penuh sebab call tak close betul.`),
    fw(`bro, ASA log penuh "Deny TCP (no connection) ... flags RST" sejak RST mode. Call TCP ke carrier Malaysia banyak gagal.`),
    fw(`Hi team, since RST mode on, our FortiGate drops the RST packets — log says "no session matched". Calls ke carrier banyak gagal. Please advise.`),
    fw(`Since the close mode change yesterday, iptables conntrack marks the RSTs as INVALID and drops them. Calls hang then drop. Tolong dicek ASAP.`),
    fw(`Urgent — after SS_TCP_CLOSE_RESET=On, pfSense blocks TCP:R from VOS, outbound calls failing ~25%. Nak rollback or fix the firewall?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning183Set: readonly EvalItem[] = Object.values(tuning183Families).flat();
