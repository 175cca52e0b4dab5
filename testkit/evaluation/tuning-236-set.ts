import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * WhatsApp messages from VOS3000 operators, resellers and their NOC staff in Indonesia, Malaysia, Brunei, the
 * Philippines and East Timor: Indonesian (formal and slang: gan, bro, nih, dong, udah, gak), Malay and Manglish,
 * Tagalog, Taglish, Cebuano, Ilocano, Tetum and Portuguese, all mixed with English technical words. Figures are written
 * the local way (30rb, 30 ribu, 28.000, 30k, 30 libo, 3万); messages range from one angry line to voice-note
 * transcripts, forwards from their own customers and staff, and pasted netstat, ss, tcpdump, firewall and softswitch
 * logs.
 *
 * The two-hundred-and-thirty-sixth tuning split, written as the two-hundred-and-thirty-sixth never-tuned evaluation set
 * because the operators of the Indonesian, Malaysian and Philippine archipelagos write slang-heavy Indonesian, Malay,
 * Tagalog, Cebuano and Ilocano mixed with English, in fresh hands again. Five negative families of 27 (one service that
 * cannot bind its own port, registration lost for another reason, small figures and questions, firewall work without
 * dropped RST, playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones
 * unregistered after RST mode, a stateful firewall dropping RST). Written before the seventy-ninth round of rules by
 * someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other
 * sets in view; measured as such before and after the seventy-ninth round, then made tuning material for the eightieth:
 * bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 98.9 %, negatives confident 0 %, confident wrong 0 % with the rules
 * of the seventy-eighth round, before the seventy-ninth.
 * After the seventy-ninth round: the same.
 * After the eightieth round, tuned on: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning236Families = {
  oneListeningPort: [
    no(`gan web vos gak mau naik, di catalina.out ada java.net.BindException: Address already in use :8080. ternyata anak magang kemarin install nginx buat coba2 dan dia pake 8080 juga. matiin nginx nya aja kan?`),
    no(`Salam tuan, lepas reboot server tadi mysql tak boleh start. Error dia: Can't start server: Bind on TCP/IP port: Address already in use (port 3306). Ada mysqld lama masih jalan ke? macam mana nak check`),
    no(`boss ayaw mag start ng mbx3000d, sabi sa log bind 0.0.0.0:5060 failed address already in use. nakita ko may asterisk pala na naka install dati ng dating IT namin, naka-listen din sa 5060. tanggalin ko na lang ba yung asterisk?`),
    no(`netstat -tulpn | grep 5060
udp        0      0 0.0.0.0:5060            0.0.0.0:*                           2231/kamailio
tcp        0      0 0.0.0.0:5060            0.0.0.0:*               LISTEN      2231/kamailio

ini gan, mbx3000d gak bisa bind gara2 kamailio punya developer kita masih jalan dari minggu lalu. aman gak kalo saya kill?`),
    no(`pre yung billing dashboard container namin ayaw umakyat:
Error response from daemon: driver failed programming external connectivity on endpoint billing-web: Bind for 0.0.0.0:80 failed: port is already allocated
same server to ng VOS. sino kaya gumagamit ng 80, yung web ng vos ba?`),
    no(`bang, kami tukar port ssh ke 2222 untuk security, tapi sshd tak boleh start: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. rupanya ada proxy lama guna port tu. ok ke kalau pakai 2223?`),
    no(`Selamat siang, redis untuk modul recharge kami gagal start dengan pesan: Could not create server TCP listening socket *:6379: bind: Address already in use. Server ini juga menjalankan VOS3000. Apakah VOS memakai port 6379?`),
    no(`bro dev kita lagi bikin portal reseller di laptop nya, jalanin node keluar error listen EADDRINUSE: address already in use :::3000. itu ada urusan sama server vos gak sih? dia nanya terus ke saya wkwk`),
    no(`Bai, dili mo-start ang web portal sa VOS, port 80 gigamit na diay sa httpd nga gi-install sa among tech para sa monitoring page. Unsaon ni, ilisan ba nako ang port sa httpd?`),
    no(`Sir, we copied the mbx3000 folder to run a second instance on the same box for testing new rates. The second one logs "bind 0.0.0.0:5060: Address already in use" because the first one is still running. Can two instances run on one server with different port?`),
    no(`Apo, diak ma-start ti web manager ti VOS3000, kunana ti log "Address already in use" iti port 8080. Adda met gayam ti Jenkins nga inikabil ti programmer mi ditoy server. Ania ti nasayaat nga aramiden?`),
    no(`Bondia maun, server VOS la bele loke web interface, error "port 8080 already in use". Ami instala tiha aplikasaun seluk iha server ne'e semana kotuk. Oinsa atu halo?`),
    no(`[voice note transcript] ya halo mas, ini saya lagi di data center ya, jadi tadi kita restart server, terus web vos nya nggak muncul, pas dicek katanya port delapan puluh delapan puluh udah dipake, eh ternyata tomcat yang lama masih nyangkut prosesnya, itu di kill aja apa gimana mas, takut salah`),
    no(`Fwd from our NOC:
"mbx3000d failed to start at 02:14 after the update script, bind(5060) EADDRINUSE. ps shows the old mbx3000d pid 1822 still alive."
bro is it safe to kill -9 the old pid or must reboot whole server?`),
    no(`bro the vos portal cannot open lah, tomcat log say port 8443 already bind by something. i check got another java app from our billing vendor using same port. who should change ah, us or vendor?`),
    no(`docker-compose up gagal nih: Bind for 0.0.0.0:3306 failed: port is already allocated. mysql bawaan vos kan udah pake 3306, jadi container mariadb buat billing kita bentrok. tinggal ganti jadi 3307 aja kan gan?`),
    no(`Magandang hapon po. Hindi po makapag-start ang web management ng VOS dahil ginagamit na raw po ng ibang program ang port niya. Ano po ang default port nito para ma-check ko kung anong program ang nakaharang?`),
    no(`ss -ltnp | grep ':80 '
LISTEN 0 128 *:80 *:* users:(("httpd",pid=991,fd=4))
itu httpd dari cpanel kak, jadi web vos gak bisa naik di 80. mending vos nya pindah port lain atau cpanel nya yg dipindah?`),
    no(`Encik, selepas kami pasang Zabbix agent, zabbix_agentd gagal start sebab port 10050 dah digunakan. Adakah VOS3000 sendiri guna port 10050? Kalau ya kami tukar port agent.`),
    no(`nag try kami mag-run ng freeswitch sa same box para sa IVR, ayaw mag bind kasi 5060 occupied na ng vos. pwede ba ilipat ang freeswitch sa 5080 para di sila mag-away?`),
    no(`bro sy mau jalanin sipp buat load test langsung di server vos, tp keluar "bind: Address already in use" soalnya sipp default pake 5060 jg wkwk. harus pake -p port lain ya?`),
    no(`Our recharge API (spring boot) fails on startup: "Web server failed to start. Port 8080 was already in use." It is on the same host as the VOS web. Which one should move? Don't want to break VOS portal.`),
    no(`Nag-install mi ug Webmin para dali ang admin, pero dili maka-listen kay naa na'y laing process sa port 10000. Unsaon pag-check kinsa ang nag-gamit ana nga port?`),
    no(`Assalamualaikum, kami dari Brunei. Web VOS kan inda bulih dibuka lepas update, log ada "java.net.BindException: Address already in use: JVM_Bind" port 8080. Macam ada tomcat dua kali running. Macam mana mau matikan yang satu?`),
    no(`Boa tarde maun, nginx la hahú tanba porta 443 já está em uso. Ami iha aplikasaun billing ho SSL iha servidor VOS. VOS uza porta 443 ka lae? Obrigadu.`),
    no(`Selamat pagi. Mohon bantuannya. Setelah pemadaman listrik, server cadangan (standby VOS) tidak bisa menjalankan mbx3000d. Di log tertulis bind 0.0.0.0:5060 failed (98: Address already in use). Setelah dicek, ternyata service opensips yang dulu dipasang vendor lama ikut autostart. Apakah aman jika opensips kami disable permanen?`),
    no(`ayaw na naman mag start ng portal!!! port 80 daw gamit na. sino ba nag install ng apache dito hay naku`),
  ],
  otherRegistrationCause: [
    no(`gan semua ext di kantor cabang unregistered dari subuh, ternyata PLN padam dan modem belum nyala. skrg listrik udah nyala tp masih ada 3 phone yg belum register, perlu di reboot satu2?`),
    no(`Sir extension 2011 keep getting 401 Unauthorized since yesterday. We changed the password in VOS for security, I think the phone still got the old password saved. Can I reset from your side?`),
    no(`bakit unregistered lahat ng softphone namin? ah pinalitan pala namin yung domain ng server from sip.abctel.ph to voip.abctel.ph kahapon, hindi pa na-update sa mga app ng agents. kailangan ba isa-isa?`),
    no(`Pak, akun 6001 sampai 6010 tiba2 gak bisa register, di VOS statusnya expired. Itu masa aktifnya habis ya? Cara perpanjangnya di menu mana?`),
    no(`Good morning. VOS license expired today 00:00, all our gateways and phones show unregistered. We already paid the renewal last week, when can you send the new license file?`),
    no(`Bro after we change router to the new TP-Link from the ISP, all the phones on UDP cannot register, some register but one way audio. Heard SIP ALG is on by default in that router. Should we off it?`),
    no(`Bai, ang mga IP phone sa among opisina nawala ang registration kay na-cut ang fiber sa PLDT sa among dalan. Naa pa'y outage karon. Dili man ni problema sa server, sakto?`),
    no(`kak softphone zoiper di hp android staff sering offline, katanya kalo layar mati langsung unregistered, pas dibuka lagi baru register. hp nya xiaomi, mode hemat baterai nya nyala terus. itu ngaruh ya?`),
    no(`Boss yung 5 accounts ng reseller ko nawala sa VOS, nabura ata ng admin namin habang naglilinis ng listahan. Kaya unregistered na sila. Pwede pa ba i-restore galing backup?`),
    no(`phone di meja resepsionis unregistered dari kemarin, ternyata kabel LAN nya digigit tikus wkwk. udah ganti kabel baru, aman. btw lampu merah kedip2 di phone itu artinya apa ya`),
    no(`Tuan, gateway GoIP kami dapat 403 Forbidden bila register. Baru perasan IP gateway bukan dalam senarai IP yang dibenarkan dalam akaun tu sebab ISP tukar IP. Boleh tolong tambah IP baru?`),
    no(`We moved VOS to a new VPS last night, new IP 103.28.x.x. Forgot to update around 40 phones at customer sites, they still point to the old IP so all unregistered. Any way to push the new server address remotely?`),
    no(`Agsapa ket awan ti internet mi ditoy Laoag, isu nga unregistered amin nga telepono. Addan ti internet ita ngem ti maysa a telepono ket saan pay a nag-register. I-restart mi kadi?`),
    no(`Maun, telefone sira iha escritório Dili la rejista, internet husi Timor Telecom mate desde horisehik kalan. Problema ne'e husi ami ka husi server?`),
    no(`SIP/2.0 401 Unauthorized
Via: SIP/2.0/UDP 192.168.10.23:5060
From: <sip:8801@sip.myvoip.co.id>
CSeq: 3 REGISTER
X-Reason: wrong password

tolong cek user 8801 gan, customer ngotot password udah bener, padahal log nya begini`),
    no(`Fwd from my customer: "Hi, my phone says Registration Failed since this morning, did you block me?"
bro i check in VOS, his account locked after too many wrong password attempts from his new phone. how to unlock?`),
    no(`Eh the wifi at the kedai down since morning la, Unifi problem. Our softphone all unregistered. Nothing wrong on your side right? Just want to confirm before I scold the ISP`),
    no(`ganti phone baru yealink, masukin akun sama persis, tp statusnya register failed terus. oh ternyata salah ketik password, huruf besar kecil nya. maaf ya gan udah ganggu malem2`),
    no(`domain sip kami expired gan lupa perpanjang, jadi semua softphone yg pake domain gagal register. yg pake IP langsung aman. ini urusannya ke registrar domain ya bukan ke vos?`),
    no(`yung mga ATA namin naka UDP, after namin palitan ng bagong Huawei router galing Globe, di na nagre-register. sabi ng tech SIP ALG daw naka on by default. ano setting na dapat?`),
    no(`Sir some extensions show "max registrations reached" because my customer use the same account on 3 phones plus 1 softphone. How to increase the limit per account?`),
    no(`Sir, nag-brownout diri sa Cebu gahapon, pag-uli sa kuryente ang gateway wala na ni-register. Gi-reset man diay to factory sa among staff, nawala tanan config. Naa ba mo'y copy sa settings?`),
    no(`Tuan, akaun SIP pelanggan kami disekat sebab tunggakan bayaran, jadi tak boleh register. Boleh aktifkan semula selepas mereka bayar RM350 petang ni?`),
    no(`[VN] bro ini orang saya di lapangan bilang zoiper di hp nya gak konek sama sekali, ternyata kuota internetnya habis, udah diisi 50rb baru bisa register lagi. cuma mau kabarin aja biar gak dikira server down`),
    no(`we changed the SIP port of VOS from 5060 to 5080 yesterday for security, now the old phones that still use 5060 are unregistered. yes we know why, just asking the fastest way to change 200 phones`),
    no(`anong nangyari sa server nyo??? lahat ng phones ko unregistered!!! ... ay sorry boss, naputol pala internet namin sa Converge. nvm na`),
    no(`Selamat pagi, setelah kami migrasi server ke IP baru dan mengganti DNS A record, sebagian telepon masih unregistered karena DNS cache di router pelanggan. Berapa lama biasanya sampai semua ikut IP baru?`),
  ],
  smallFigures: [
    no(`gan cek ss -s di server vos kita:
TCP:   412 (estab 180, closed 190, orphaned 0, timewait 188/0), ports 0
normal kan ya segini? takut kena masalah kayak temen sebelah`),
    no(`Hello sir, what is TIME_WAIT exactly? I see some lines like that in netstat on our VOS, maybe 50. Is it an error?`),
    no(`should we turn on tcp_tw_reuse? our server only around 20 cps, no problem so far, just reading some forum`),
    no(`Pak, mau tanya, SS_TCP_CLOSE_RESET itu fungsinya apa ya? Defaultnya Off kan? Cuma mau paham aja, sistem lagi normal.`),
    no(`Bang, 400 TIME_WAIT tu normal ke? server kami kecil je, calls semua ok`),
    no(`boss tanong lang, yung "netstat -an | grep TIME_WAIT | wc -l" namin 73 lang. ok lang ba yun o dapat zero talaga?`),
    no(`Unsa diay pasabot sa ip_local_port_range? Nakita nako 32768 60999 sa among server. Okay ra ba ni o kinahanglan usbon? Wala mi problema, curious lang.`),
    no(`ss -s
Total: 402 (kernel 611)
TCP:   266 (estab 121, closed 131, orphaned 0, synrecv 0, timewait 129/0), ports 0
Transport Total     IP        IPv6
TCP       135       131       4
calls semua lancar ya bro, ini cuma laporan cek mingguan`),
    no(`Dear support, monthly health check for our VOS: CPU 12%, memory 40%, 230 TCP established, 95 timewait, ASR 48%, no complaint. Anything you recommend to tune?`),
    no(`bro what is the difference between FIN and RST ah? my boss ask me to explain in our Monday training, don't want to salah cakap`),
    no(`mau tanya aja, apa bedanya tcp_tw_reuse sama tcp_tw_recycle? saya baca di forum tw_recycle itu bahaya ya kalau ada pelanggan di belakang NAT?`),
    no(`Apo, ania ti kayat a sawen ti TIME_WAIT? Adda 150 iti server mi. Normal kadi dayta?`),
    no(`Maun, ami haree koneksaun TIME_WAIT hamutuk 60 iha servidor VOS. Ida ne'e problema ka lae? Chamada hotu la'o di'ak.`),
    no(`How many TIME_WAIT is considered too many? Now we see about 1.2k at the busiest hour, 60 cps, and there's no error at all. Just want to know the line.`),
    no(`kenapa TIME_WAIT itu nunggu 60 detik ya gan? bisa dipercepat gak? bukan ada masalah sih, penasaran aja`),
    no(`SS_TCP_CLOSE_RESET ngaruh ke SIP UDP juga gak? semua trunk kita UDP, cuma pengen tau buat dokumentasi`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     88 ESTABLISHED
     41 TIME_WAIT
     12 LISTEN
      2 FIN_WAIT2
normal ba to sir? bago lang ako sa NOC`),
    no(`[voice message] sir good morning po, tanong ko lang po ano po yung TIME WAIT na lumalabas sa netstat, mga dalawang daan lang naman po, kailangan po bang i-adjust or hayaan lang po?`),
    no(`We are at 30 cps now and expect 80 cps after we onboard a new call centre next quarter. At what point should we start to worry about local ports running out?`),
    no(`Tuan, apa maksud status CLOSE_WAIT dalam netstat? Ada 5 je dalam senarai. Perlu risau ke?`),
    no(`sysctl net.ipv4.tcp_fin_timeout = 60. patut tukar ke 30 ke bro? server kecil je, 15 cps, tak ada isu`),
    no(`normal ra ba ang 250 ka TIME_WAIT bai? gamay ra among traffic`),
    no(`Just curious po, why does TIME_WAIT stay on the side that closes first and not on the other side? Our trainer mentioned it yesterday and I didn't get it.`),
    no(`Lapor gan: sehari sekitar 30rb call, jam sibuk TIME_WAIT cuma 350-an, ASR stabil. Aman ya segini? Gak perlu diubah apa-apa kan?`),
    no(`ss -s before holiday peak, just want you to confirm everything fine:
TCP:   1022 (estab 610, closed 300, orphaned 2, synrecv 0, timewait 298/0), ports 0
no error in logs, calls ok`),
    no(`gan, sysctl kita net.ipv4.tcp_tw_reuse = 0 dan port range 32768 60999. server baru, traffic masih 5 cps. perlu disetel dari sekarang atau nanti aja?`),
    no(`Bai, pila man ka TIME_WAIT ang normal para sa server nga 40 cps? Amo karon mga 600 ra. Salamat.`),
  ],
  firewallNoRst: [
    no(`Sir please whitelist our new carrier IP 203.176.44.18 for SIP 5060 on your side, they will start sending traffic tomorrow morning.`),
    no(`gan mau buka port 8080 di FortiGate buat akses web vos dari luar kantor, policy nya gimana ya? VIP nya udah saya bikin tapi belum bisa`),
    no(`Pak, IP kantor kami kebanned fail2ban karena staff salah password berkali-kali di softphone. Tolong unban 110.138.x.x ya, urgent, semua admin gak bisa login web.`),
    no(`perlu matiin SIP ALG di mikrotik gak sih? /ip firewall service-port disable sip — vendor lain bilang wajib dimatiin`),
    no(`Can we block all SIP traffic from outside the Philippines? So many scanners from Europe trying to register every night, logs full. Geo-blocking on the server or on our router better?`),
    no(`iptables -A INPUT -p udp --dport 5060 -m hashlimit --hashlimit-above 20/sec --hashlimit-mode srcip --hashlimit-name sip -j DROP
bro is this ok to limit the SIP scanners or will it also cut our real carriers at peak?`),
    no(`Tuan, kami nak tambah carrier baru dari Singapore. Perlu buka port RTP 10000-20000 dan 5060 di firewall pfSense untuk IP mereka sahaja ke, atau semua?`),
    no(`pano i-port forward ang web portal ng VOS sa router namin? gusto ng boss ma-access niya sa bahay. router namin ay yung galing sa PLDT`),
    no(`Which ports need to be open in the AWS security group for VOS3000? 5060 udp/tcp, 1719, 1720, the RTP range, and the web portal? Setting up a new server tomorrow.`),
    no(`Fwd: "Hi, our firewall team asks which source IPs your signalling and media come from so they can add them to the allowlist before Monday cutover."
boss can you send me the list so I forward to them?`),
    no(`bai unsaon pag-block sa mga IP nga nag-scan sa among server? daghan kaayo'g "friendly-scanner" ug "sipvicious" sa log matag gabii`),
    no(`Apo, kasapulan kadi nga lukatan ti port 5060 TCP wenno UDP laeng iti firewall mi? UDP laeng ti usar dagiti carrier mi.`),
    no(`Maun, firewall iha ami nia escritório blokeia porta 5060, telefone la bele liga ba server. Oinsa atu loke porta ne'e iha FortiGate?`),
    no(`Jun 14 02:11:09 vos kernel: DROP IN=eth0 OUT= SRC=45.134.26.77 DST=103.14.x.x PROTO=UDP SPT=5114 DPT=5060 LEN=432
Jun 14 02:11:10 vos kernel: DROP IN=eth0 OUT= SRC=45.134.26.77 DST=103.14.x.x PROTO=UDP SPT=5114 DPT=5060 LEN=434
ini drop dari scanner ya gan? berarti firewall jalan kan, aman?`),
    no(`our isp block port 5060 ah? from office cannot reach the server at all, from my phone 4G can. can use other port like 5090?`),
    no(`ufw allow 5060/udp is enough or need the tcp also? we only use udp for phones but not sure about carriers`),
    no(`dmesg penuh "nf_conntrack: table full, dropping packet" pas jam sibuk di server firewall depan vos. nf_conntrack_max masih default 65536. dinaikin aja berapa yg aman gan?`),
    no(`pfSense question: we want a rule so only our 3 carriers can reach SIP TCP 5060 and the rest is dropped. I attach our rule list, can you check the order is correct?`),
    no(`Mohon info daftar IP signaling dan media dari sisi Bapak untuk kami daftarkan di Cisco ASA pelanggan. Mereka minta paling lambat besok siang.`),
    no(`FortiGate session-helper sip perlu dihapus gak? vendor PBX sebelah bilang harus dimatikan, plus voip-profile juga di-unset. di kita belum ada keluhan sih`),
    no(`Kami perlu set port forwarding 5060 dan RTP dari router DST ke server VOS dalaman 192.168.1.10. Betul ke cara ini atau lebih baik guna IP awam terus?`),
    no(`nag-add kami ng firewall rule para sa bagong carrier from HK kahapon, pero wala pa rin dumarating na INVITE galing sa kanila. baka mali yung IP na binigay nila? pano i-verify?`),
    no(`cara restrict web vos biar cuma bisa diakses dari IP kantor gimana gan? pake iptables atau ada setting di tomcat nya?`),
    no(`[VN] bro, iptables di server vos kok kosong semua setelah reboot tadi, rules nya hilang semua, untung gak ada yang nyerang. gimana cara save biar permanen di centos 7?`),
    no(`SonicWall consolidated VoIP settings: "Enable consistent NAT" and "Enable SIP transformations" — which one we should on for our VOS trunk? Setting up new site.`),
    no(`Pwede ba i-allow lang ang SIP from Globe at Smart IP ranges tapos block lahat? Daming fraud calls galing sa ibang bansa ngayong linggo, nasa 15 libo na lugi namin`),
    no(`Salam, kami nak guna Cloudflare atau WAF untuk web portal VOS. Ada masalah tak kalau portal di belakang WAF? SIP tak lalu situ.`),
  ],
  negationContext: [
    no(`We use UDP only for all phones and all trunks, so SS_TCP_CLOSE_RESET doesn't matter for us right? Just confirm, nothing is broken.`),
    no(`RST mode belum pernah kami aktifkan gan, masih Off bawaan. 2 phone yg unregistered itu karena passwordnya baru diganti tadi pagi, udah beres. Cuma mau pastiin aja gak ada hubungan sama setting itu.`),
    no(`Update gan: yang TIME_WAIT 30rb minggu lalu udah beres setelah tuning kemarin, sekarang jam sibuk cuma 400-an. Laporan aja ya, makasih banyak.`),
    no(`tanong lang po, kung i-on namin yung RST mode, masisira ba yung mga phone namin na naka-NAT? hindi pa namin ginagalaw, nagpaplano pa lang kami`),
    no(`di lab kita coba nyalain SS_TCP_CLOSE_RESET=On di VM test, phone yg di belakang NAT jadi unregistered. itu cuma eksperimen ya, server produksi gak disentuh dan aman, gak usah diapa-apain`),
    no(`For our NOC training deck: can you explain why a stateful firewall could drop RST packets and leave the far side half-open? No issue on our side, just preparing slides.`),
    no(`my colleague said last year in his old company their FortiGate dropped RST and calls hang. we don't even have FortiGate and our RST is off. should i worry or no?`),
    no(`Alarm Zabbix semalam bilang TIME_WAIT tinggi, ternyata threshold nya ke-set 50 sama anak baru. False alarm ya, abaikan aja, semua normal.`),
    no(`Nobody changed anything on the server, RST is still Off, and the phones behind our MikroTik are all registered fine. Just asking if we should move them from UDP to TCP someday.`),
    no(`after the password change yesterday some phones unregistered, we fixed them one by one. not related RST ya, we never touch that setting, just so you know in case you see it in logs`),
    no(`ini bukan server VOS ya bro, ini server asterisk punya teman saya, ada 20rb TIME_WAIT di situ. saya cuma penasaran, kalau di VOS kejadian begitu solusinya apa?`),
    no(`Next week we plan to enable RST mode because traffic is growing. Before that, what should we check on our pfSense so nothing breaks? Today all is fine.`),
    no(`Update: masalah phone NAT unregistered sudah solved setelah RST dimatikan lagi oleh tim kami tadi malam. Semua sudah register. Terima kasih, tiket bisa ditutup.`),
    no(`Bang, BindException tu dah settle lepas kami buang app lama yang guna port sama. Sekarang semua ok. Just inform, tak perlu buat apa-apa.`),
    no(`Maun, ami la uza TCP, telefone no trunk hotu uza UDP. Entaun RST la iha impaktu ba ami, loos ka lae?`),
    no(`Sir, ang firewall logs nga nagpakita ug "RST dropped" nga akong gi-send ganiha, karaan na to, last month pa, sa daan namong server nga gipalong na. Karon wala na.`),
    no(`We enabled RST back in 2022, we have no NAT phones at all and no firewall in front, everything fine till now. Just asking for the documentation for our audit.`),
    no(`Soal ujian training: "Parameter apa yang mengatur penutupan koneksi TCP dengan FIN atau RST di VOS3000?" jawabannya SS_TCP_CLOSE_RESET kan gan? biar gak salah jawab`),
    no(`Fwd from reseller: "is your server affected by the RST issue we heard in the FB group?"
how should I answer him? we never turned it on and nothing is wrong`),
    no(`Apo, saan mi pay nga in-On ti RST. Plano mi laeng. No i-On mi, agparikut kadi dagiti telepono iti likud ti NAT?`),
    no(`the "address already in use" error i sent before was on my own laptop when i ran two copies of the test script, not on the server. sorry ignore my previous message`),
    no(`tcpdump 'tcp[tcpflags] & tcp-rst != 0' shows nothing, netstat fine, firewall fine, calls fine. I think the reseller panic for nothing. Any need to do anything or can close?`),
    no(`wala namang nagbago sa config, naka-Off pa rin yung RST, na-upgrade lang yung firmware ng FortiGate namin kagabi. lahat ng tawag ok naman. check lang kung may dapat bantayan`),
    no(`Sir, kemarin saya tanya soal phone NAT unregistered, ternyata itu bukan server kami, itu server dev punya vendor yang saya salah masuk. Server kami aman, maaf ya.`),
    no(`if later we got 30k TIME_WAIT, means must on the RST ah? now only small la, 300 like that. just planning`),
    no(`For the record: on 12 March we had port exhaustion during the promo, solved by tw_reuse and the wider port range. No repeat since then. Please close the old ticket.`),
    no(`Kami tak guna firewall stateful, cuma router biasa, dan RST masih Off. Adakah perlu buat apa-apa sebelum Hari Raya bila traffic naik? Sekarang semua elok.`),
  ],
  portExhaustion: [
    pe(`gan tiap jam 8-10 malem call ke carrier yg via TCP banyak gagal, log vos: connect failed: Cannot assign requested address. ss -s timewait 28.000an. di restart normal bentar trus balik lagi`),
    pe(`ss -s
Total: 31544 (kernel 31822)
TCP:   30987 (estab 412, closed 30411, orphaned 3, synrecv 0, timewait 30398/0), ports 0
Tuan, server kami masa peak hour jadi macam ni, panggilan keluar ke carrier banyak gagal. Pagi tadi ok je.`),
    pe(`boss tuwing peak hours hindi na maka-connect ang VOS sa upstream carrier namin, tapos sa netstat ang daming TIME_WAIT, mga 30 libo. pag madaling araw ok naman ulit. ano gagawin?`),
    pe(`Our log when CPS goes above ~150: "java.net.BindException: Address already in use: connect" on the outgoing TCP to carriers. Below that it's fine. It's been 4 nights in a row now.`),
    pe(`Bai, sa peak ang VOS dili na maka-abri ug bag-ong TCP connection padulong sa carrier. TIME_WAIT mga 29k. Pag restart sa mbx3000d okay dayon, pero mobalik human sa usa ka oras.`),
    pe(`bro every evening the TCP trunk to our Singapore carrier fail, log say EADDRINUSE when connect, netstat full of TIME_WAIT like 30k. morning ok. what to tune ah?`),
    pe(`[VN] halo mas, jadi gini, server vos yang di jakarta itu tiap sore kan traffic naik ya, nah panggilan ke carrier yang pake TCP itu pada gagal semua, terus anak saya cek netstat katanya time wait nya tiga puluh ribuan, kalo di restart bisa lagi tapi sejam kemudian balik lagi, itu kenapa ya mas`),
    pe(`Fwd from our China carrier NOC: "你们的服务器 TIME_WAIT 有3万多, 新连接建不起来"
bro they say our server got 3万 TIME_WAIT and new TCP connections cannot establish, our calls to them fail every night at peak. i check also same. how to fix?`),
    pe(`Maun, server VOS iha Dili, oras ema barak bolu, chamada ba carrier falha hotu. netstat hatudu TIME_WAIT 27 mil resin. Restart mak di'ak fali, maibé depois oras ida fila fali.`),
    pe(`Apo, tunggal rabii ket saan a makakonekta ti VOS iti carrier babaen ti TCP. Adu unay ti TIME_WAIT, agarup 30,000. No i-restart mi, umokay, ngem agsubli manen.`),
    pe(`2024-05-11 20:14:03 [ERR] tcp connect to 203.176.x.x:5060 failed errno=99 (Cannot assign requested address)
2024-05-11 20:14:03 [ERR] tcp connect to 203.176.x.x:5060 failed errno=99 (Cannot assign requested address)
2024-05-11 20:14:04 [ERR] tcp connect to 118.98.x.x:5060 failed errno=99 (Cannot assign requested address)
wtf is this, happens every night at 8pm, thousands of lines`),
    pe(`port habis lagi!!! 30k time_wait, call ke carrier gagal semua, tolong cepet dong gan`),
    pe(`Dengan hormat, kami mengalami kegagalan panggilan keluar pada jam sibuk (sekitar 180 CPS). Pada log terlihat "bind: Address already in use" saat softswitch membuka koneksi TCP baru ke gateway carrier. Jumlah soket TIME_WAIT mencapai 28.417. Di luar jam sibuk normal. Mohon petunjuknya.`),
    pe(`Tuan, CPS naik sampai 200 masa promosi minggu ni, sambungan TCP ke vendor gagal dengan "cannot assign requested address". ip_local_port_range masih 32768 60999. Sekarang pun masih berlaku.`),
    pe(`netstat -ant | grep -c TIME_WAIT
28113
yan po sir pag 7pm, tapos failed na yung mga tawag papuntang carrier. pag 2am nasa 900 lang ulit`),
    pe(`Fwd (NOC shift lead): "Peak 9pm: ASR dropped to 20%, outbound TCP legs fail, ss shows ~30,000 TIME-WAIT on local ports, restart fixed it for 40 min then same again."
pls advise, tonight also will be same`),
    pe(`pila na pud ka TIME_WAIT, 31k. dili na maka-connect sa carrier. tabang bai`),
    pe(`bro kenapa ya tiap jam rame call ke carrier tcp pd gagal, kalo tengah malem lancar jaya. time_wait nya numpuk sampe 30ribu lebih, port lokal kayak abis`),
    pe(`Good evening po. We noticed that during peak (around 8 to 11pm) our VOS cannot establish new TCP connections to our carriers. ss -s shows timewait 29,870. After restarting the service it works again but the problem comes back after about an hour. Kindly assist.`),
    pe(`mbx3000d log: "socket bind failed: EADDRINUSE (local port)" every few seconds when we reach peak, and calls to our TCP carriers fail. Every day around 6pm. Ports used up?`),
    pe(`Server kami di BSB, tiap malam panggilan ke carrier guna TCP gagal, TIME_WAIT dalam 28 ribu. Lepas restart ok balik, esok malam kena lagi. Apa setting perlu tukar?`),
    pe(`[voice message transcript] sir ano, yung server po namin kasi pag gabi na, yung mga tawag hindi na lumalabas papunta sa carrier, tapos sabi ng tech namin ubos na daw yung ports, time wait daw nasa tatlumpung libo, pag ni-restart po ok ulit pero bumabalik din po`),
    pe(`bro see this la, 9pm now:
$ ss -s
TCP:   29412 (estab 588, closed 28790, orphaned 0, timewait 28771/0), ports 0
all calls to carrier via tcp fail, carrier side see nothing coming. yesterday same time also`),
    pe(`Error di log: "Cannot assign requested address" muncul pas traffic tinggi aja (jam 19-22). Pagi normal. TIME_WAIT 25rb. Sebelumnya gak pernah, sejak customer baru masuk traffic naik 2x lipat.`),
    pe(`Maun, porta lokal hotu ona iha servidor, chamada foun la bele sai ba carrier. TIME_WAIT 30k. Akontese loron-loron iha kalan.`),
    pe(`ss -tan state time-wait | wc -l
32001
outgoing SIP TCP to carrier failing right now. please help quick, peak now`),
    pe(`Boss, sama problem macam minggu lepas, peak time outbound fail, TIME_WAIT 30k balik. Dah restart tadi tapi datang balik lepas 30 minit.`),
    pe(`Sa among dashboard, failed calls ni-spike pag 7pm. Sa server naa'y "BindException: Cannot assign requested address" sa outgoing connections. TIME_WAIT 27k. Unsaon ni sir?`),
    pe(`Apo, naibus manen ti port iti rabii. 30 ribo a TIME_WAIT. Dagiti awag iti carrier ket agfail.`),
    pe(`Fwd: "Mas, call saya ke tujuan Telkomsel gagal terus tiap malam, siang aman"
gan sy cek server, TIME_WAIT 30rb, log "address already in use" pas vos connect ke carrier. ini gimana, reseller sy udah marah2`),
  ],
  natUnregistered: [
    nat(`gan sejak kemarin RST mode di On sama tim kita, phone di kantor cabang yang di belakang mikrotik jadi unregistered terus. yang pake IP publik aman2 aja. gimana nih`),
    nat(`Lepas kami on kan SS_TCP_CLOSE_RESET hari Selasa, softphone staf yang kerja dari rumah (guna TCP) asyik hilang registration. Yang guna UDP ok je. Tolong tengokkan.`),
    nat(`boss simula nung in-on namin yung RST mode, yung mga IP phone sa branch (naka-NAT sa likod ng router) paulit-ulit na nagiging unregistered. yung mga may public IP ok lang naman`),
    nat(`Sir, human namo gi-On ang SS_TCP_CLOSE_RESET, ang mga phone sa likod sa MikroTik sa among branch sa Davao kay unregistered na permi. SIP over TCP sila. Ang naa sa main office nga public IP walay problema.`),
    nat(`Bro after we enable the RST thing, the home users on TCP all keep drop registration every few minutes. Office phones with static public IP no issue. Still happening now.`),
    nat(`[VN] mas, itu lho, setelah setting yang close reset itu di On kemarin sore, hp sales yang pake zoiper TCP di rumah pada offline semua, registernya ilang muncul ilang muncul, yang di kantor pusat IP publik sih aman, sampe sekarang masih begitu`),
    nat(`Apo, manipud idi in-On mi ti RST, dagiti telepono iti branch a adda iti likud ti router ket agbalin nga unregistered. TCP ti usar da. Dagiti adda public IP na ket awan problema.`),
    nat(`Maun, depois ami liga RST mode, telefone sira iha filial (iha kotuk router NAT) sai unregistered beibeik. Sira uza TCP. Telefone ho IP públiku la iha problema.`),
    nat(`Online phone list dari VOS:
2001  192.168.88.21:5062  TCP  Offline
2002  192.168.88.22:5062  TCP  Offline
2003  192.168.88.30:5062  TCP  Offline
3001  103.19.x.x:5060     TCP  Online
semua yg offline ini IP lokal lewat NAT mikrotik cabang, kejadian sejak RST kita On hari kamis. yg IP publik online terus`),
    nat(`Fwd from Cabang Surabaya: "Pak, telepon kantor mati lagi, tulisannya No Service / not registered"
gan ini cabang pake NAT mikrotik, mulai kejadian sejak kita ubah SS_TCP_CLOSE_RESET jadi On tgl 3 kemarin. kantor pusat (IP publik) aman`),
    nat(`RST on -> NAT phones unregistered. public IP phones ok. help pls`),
    nat(`Selamat siang. Sejak parameter SS_TCP_CLOSE_RESET kami ubah menjadi On pada hari Senin, perangkat IP phone di kantor cabang yang berada di belakang NAT dan terdaftar via SIP over TCP sering berstatus unregistered. Perangkat dengan IP publik normal. Mohon bantuannya.`),
    nat(`Hi sir, since we turned on RST mode last Friday to reduce the TIME_WAIT, our remote agents who work from home using Bria over TCP keep losing registration, like every 2 to 5 minutes they go unregistered then come back. Agents in the main site with public IPs are fine. UDP users also fine. What can we do?`),
    nat(`Kami di Brunei. Sejak RST dihidupkan, telefon di cawangan Kuala Belait (belakang router NAT, guna TCP) inda tatap registered, kajap ada kajap hilang. Yang di HQ ada IP awam elok saja.`),
    nat(`yung Yealink namin sa bahay ng agents, SIP over TCP, naka-register sa VOS. After namin i-change SS_TCP_CLOSE_RESET to On (para sa TIME_WAIT), nawawala registration nila every 2-3 mins. yung naka-UDP walang problema`),
    nat(`unsa man ni, sukad gi-On ang RST tanan phone sa likod sa NAT nawala ang registration. ayuha dayon kay daghan na nag-reklamo`),
    nat(`Ext 3001-3040 di kilang kami (belakang router NAT, TCP) asyik Unregistered sejak kelmarin lepas setting RST ditukar ke On. Ext di HQ (IP awam) elok je.`),
    nat(`since we switch the close reset thing to On, our MikroTik branch phones keep flapping reg/unreg. UDP phones fine la. Should revert or what?`),
    nat(`bro sy nyalain rst td siang buat ngatasin time_wait, eh skrg phone2 di cabang (natted) pada unreg. yg public aman2 aja. balikin off aja apa gimana`),
    nat(`Sir simula kahapon, yung softphone ng mga WFH agents namin unregistered palagi. Nag-on kami ng RST mode kahapon din. Sila lang yung naka-TCP sa likod ng home router, yung nasa office may public IP ok naman.`),
    nat(`2024-06-02 10:11:03 TCP conn 180.252.x.x:41233 closed by reset
2024-06-02 10:11:34 endpoint 2005 registration expired (no refresh)
2024-06-02 10:11:35 endpoint 2006 registration expired (no refresh)
ini log dari vos gan, 2005 dan 2006 itu phone rumahan di belakang NAT pake TCP. mulai begini sejak RST kita on`),
    nat(`Desde que ativámos o modo RST no VOS, os telefones atrás do NAT na filial de Baucau ficam não registados a toda hora. Usam TCP. Os de IP público estão bem.`),
    nat(`Bai, sukad sa Lunes pag-On namo sa RST mode, ang mga IP phone sa among tulo ka branch nga naa sa likod sa router (NAT), SIP TCP, kay mag-unregistered kada pila ka minuto. Ang naa sa head office nga naay public IP kay okay ra. Unsay buhaton?`),
    nat(`Dear team, after enabling SS_TCP_CLOSE_RESET on our VOS3000 last week, endpoints behind NAT (branch routers and home broadband) registering via TCP show as unregistered intermittently. Endpoints with public IPs and those on UDP are not affected. Please advise.`),
    nat(`Topologi: phone Grandstream -> MikroTik hEX (masquerade) -> internet -> VOS. Transport TCP. Sejak SS_TCP_CLOSE_RESET=On, status phone di VOS bolak balik online/offline. Phone dengan IP publik tidak bermasalah.`),
    nat(`[voice message] sir, ano po, nung in-enable po namin yung reset mode nung Martes, yung mga phone po sa branch namin sa Pampanga na naka-router, TCP po sila, laging nawawala yung registration, yung mga nasa main na may public IP po okay naman po`),
    nat(`Apo, sipud in-On ti RST, dagiti softphone ti agents iti balay (TCP, NAT) ket unregistered.`),
    nat(`Fwd from my customer: "Hi, since yesterday all our office phones keep saying not registered, nothing changed on our side"
bro this one is behind their router NAT using TCP, and yesterday is exactly when we on the RST mode. public IP customers no complaint`),
    nat(`Kronologi: tgl 10 jam 22.00 kami ubah SS_TCP_CLOSE_RESET ke On lalu reparse. Tgl 11 pagi mulai keluhan dari 4 cabang: phone unregistered, kadang register lagi lalu hilang. Keempat cabang pakai NAT router dan TCP. Pelanggan dengan IP publik tidak ada keluhan. Sampai sekarang masih terjadi.`),
    nat(`Sejak hari Isnin bila RST mode dihidupkan, semua softphone pelanggan rumah (Unifi, belakang NAT, TCP) asyik terputus registration. Pelanggan korporat dengan IP tetap tiada masalah.`),
  ],
  firewallRst: [
    fw(`Gan, sejak SS_TCP_CLOSE_RESET kita ubah ke On hari Senin, call yang lewat FortiGate kantor banyak gagal, kadang nyangkut gak ada suara trus putus. Di log forti banyak paket RST yang di-deny, "no session matched". Di sisi carrier sesi nya masih ESTABLISHED.`),
    fw(`simula nung in-on ang RST, yung mga tawag na dumadaan sa pfSense namin nagha-hang o failed. sa logs ng pfSense, blocked yung mga packet na may R flag galing sa VOS.`),
    fw(`Since RST mode on, these lines in our iptables log every few seconds, and calls hang at trying:
kernel: INVALID-DROP IN=eth1 OUT=eth0 SRC=10.20.0.5 DST=103.15.2.9 PROTO=TCP SPT=5060 DPT=44120 WINDOW=0 RES=0x00 RST URGP=0
kernel: INVALID-DROP IN=eth1 OUT=eth0 SRC=10.20.0.5 DST=103.15.2.9 PROTO=TCP SPT=5060 DPT=44188 WINDOW=0 RES=0x00 RST URGP=0
rule is -m conntrack --ctstate INVALID -j DROP`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 10.1.1.20/5060 to 202.x.x.x/38211 flags RST on interface inside
Tuan, log ASA penuh macam ni sejak kami on RST mode kelmarin. Panggilan lalu ASA ke carrier gagal atau tergantung.`),
    fw(`bro since we turn on the RST thing, SonicWall keep say "TCP packet received on non-existent/closed connection; TCP packet dropped", calls to our customer PBX keep fail. before that ok. still now.`),
    fw(`Bai, sukad gi-On namo ang SS_TCP_CLOSE_RESET, ang mga tawag nga moagi sa FortiGate kay mag-hang dayon ma-drop. Sa forti log naay daghang RST nga gi-deny. Sa pikas nga side naa pa'y mga connection nga wala ma-close.`),
    fw(`Apo, manipud idi in-On mi ti RST mode, dagiti awag a lumasat iti firewall (pfSense) ket agfail. Iti log ti firewall, adu ti RST a na-block.`),
    fw(`Maun, depois ami liga RST iha VOS, chamada sira ne'ebé liu husi FortiGate la la'o, hein de'it depois mate. Log firewall hatudu RST barak mak drop.`),
    fw(`[VN] mas, jadi setelah yang RST itu di On, call yang lewat firewall kantor pusat itu pada nyangkut mas, ringing gak nyambung, terus tim IT bilang di firewall nya ada paket reset yang di drop terus, katanya invalid gitu, nah sisi sana koneksinya masih kebuka`),
    fw(`Fwd from customer IT: "Our firewall (FortiGate 100F) has been dropping RST packets from your switch since Tuesday. Sessions are left half-open on our side and SIP calls over TCP fail."
bro we did enable RST mode on Tuesday. what now?`),
    fw(`Carrier komplain di sisi mereka banyak koneksi TCP half-open / ESTABLISHED dari IP kita yang gak pernah ditutup, dan call sering gagal. Mulai sejak RST kita On. Di antara kita dan carrier ada pfSense kita, log nya ada RST blocked.`),
    fw(`conntrack -L | grep 5060 | grep -c ESTABLISHED
742
still ESTABLISHED to carrier though calls ended long ago. since we set reset mode On. firewall has --ctstate INVALID -j DROP. calls now hang randomly`),
    fw(`putek, mula nung ni-RST on nyo kahapon, lahat ng tawag na dumadaan sa firewall namin bagsak. firewall logs puro RST dropped`),
    fw(`Our VOS is on Huawei Cloud behind a security group and network ACL. Since we set SS_TCP_CLOSE_RESET=On yesterday, calls to TCP trunks hang for 30s then fail. Packet capture at the far end shows our RST never arrives.`),
    fw(`Tuan, sejak parameter RST diaktifkan pada 5 haribulan, panggilan yang melalui firewall stateful kami gagal atau tergantung. Log firewall menunjukkan paket RST ditolak sebagai invalid. Mohon nasihat.`),
    fw(`Kami di Brunei, lepas RST mode di-On kan, panggilan yang lalu FortiGate di data centre inda jalan, tergantung saja. Log Forti ada RST kena drop.`),
    fw(`bro abis nyalain rst, call via forti pada hang. log forti: action=deny msg="no session matched" tcpflags=RST. sebelumnya gak pernah`),
    fw(`pf log since RST on:
block in on em0: 10.0.0.15.5060 > 203.177.x.x.42718: Flags [R], seq 0, win 0, length 0
block in on em0: 10.0.0.15.5060 > 203.177.x.x.42724: Flags [R], seq 0, win 0, length 0
sir calls via this pfSense hang, carrier still holding connections`),
    fw(`[voice message] boss, yung mga tawag po natin na dumadaan sa FortiGate simula nung ni-on yung RST mode, nagha-hang po, tapos sabi ni sir Jun sa firewall logs daw po dinadrop yung RST na packets, yung sa carrier naman po naka-established pa rin daw`),
    fw(`sukad sa RST On, tawag agi sa SonicWall patay. RST gi-drop sa firewall.`),
    fw(`Good afternoon. Since enabling RST mode on our VOS3000, SIP-over-TCP calls that traverse our stateful firewall fail intermittently. The firewall logs show the RST packets being dropped as out-of-state, and the remote side keeps the connections ESTABLISHED. Please advise.`),
    fw(`tcpdump on VOS side show we send the RST, tcpdump behind the firewall nothing arrive. only since we enable RST mode. calls stuck at ringing, carrier still have the old connection open`),
    fw(`Desde que ligámos o SS_TCP_CLOSE_RESET, as chamadas que passam pela firewall (FortiGate) falham. Os logs mostram pacotes RST descartados e do outro lado as ligações ficam abertas.`),
    fw(`Kronologi: 14/05 pukul 23.00 SS_TCP_CLOSE_RESET diubah ke On. 15/05 pagi panggilan via Cisco ASA ke dua carrier gagal/menggantung. Log ASA: Deny TCP (no connection) flags RST. Di sisi carrier sesi masih terbuka. Masih terjadi sampai saat ini.`),
    fw(`Fwd from NOC: "FortiGate session table keeps old SIP TCP sessions alive, RST from VOS dropped (out of state), new calls to the same trunk time out."
started right after we switched RST mode On last night. pls help`),
    fw(`Bang, lepas RST mode on, iptables kat gateway kami drop semua RST sebab conntrack cakap INVALID. Panggilan TCP ke carrier tergantung lepas tu gagal.`),
    fw(`Apo, sipud idi in-On mi ti SS_TCP_CLOSE_RESET, dagiti awag a lumasat iti firewall ti data center ket agbitin sa maputed. Kuna ti log ti firewall nga ma-drop dagiti RST. Iti sabali a bangir, nakalukat pay laeng dagiti koneksion.`),
    fw(`yung SonicWall sa harap ng VOS namin, after i-on ang RST, nagdo-drop ng TCP packets "non-existent/closed connection", kaya yung mga tawag papunta sa carrier nagtitimeout. pag-off namin dati wala to`),
    fw(`Pelanggan enterprise kita pakai Sophos XG. Sejak RST mode kita On, call dari mereka via TCP sering gagal, Sophos log nya "Invalid TCP packet dropped" dengan flag RST. Koneksi di PBX mereka nyangkut ESTABLISHED.`),
    fw(`since RST on, firewall drop the RST, calls hang. now. help`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning236Set: readonly EvalItem[] = Object.values(tuning236Families).flat();
