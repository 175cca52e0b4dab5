import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, resellers and call-centre technicians in Bali, Madura and East Java, South Kalimantan and
 * South Sulawesi, writing on WhatsApp in Balinese, Madurese, Banjar and Buginese (roughly a quarter each),
 * mixed with English technical terms and a few Indonesian words, lower case, typos, greetings
 * (om swastiastu, assalamualaikum, tabe' puang), emoji now and then, pasted ss/netstat/log lines.
 *
 * The hundred-and-twenty-fourth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work without
 * dropped RST, playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed
 * phones unregistered after RST mode, a stateful firewall dropping RST). Written as the hundred-and-twenty-fourth
 * never-tuned set, after the fiftieth round of rules, by someone who had read only the playbooks' symptoms and the
 * domain notes, without the matcher, its rules or the other sets in view; measured as such with the rules of the
 * fiftieth round and after the fifty-first, then made tuning material for the fifty-second: bench/classify lists
 * its misses.
 *
 * First measured, before any tuning on it: in scope 87.8 %, negatives confident 10.4 %, confident wrong 0 % with the
 * rules of the fiftieth round, and the same with the changes after it (port exhaustion or one process asked about;
 * a TIME_WAIT count followed by where it was seen; phrases read across words of another script; "but now" in Punjabi
 * and Hindi after a settled problem; port exhaustion with tens of thousands in TIME_WAIT kept beside RST only planned).
 * After the fifty-first round: in scope 87.8 %, negatives confident 8.9 %, confident wrong 0 %.
 * Then with another cause named in a message read little kept from confident: in scope 87.8 %, negatives
 * confident 8.1 %, confident wrong 0 %.
 */
export const tuning124Families = {
  oneListeningPort: [
    no(`Om swastiastu bli. tiang mara restart server VOS di Denpasar, web portal sing nyak idup. catalina.out: "java.net.BindException: Address already in use <null>:8080". netstat ngenahang httpd ane nganggo 8080, nyen ngidupang apache to? 🙏`),
    no(`assalamualaikum mas, web VOS e Pamekasan ta' bisa ebukka. catalina.out kaloar: SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"] java.net.BindException: Address already in use. ghellâ' bâdâ sè masang jenkins e mesin jarèya, bâ'na tao?`),
    no(`bang, ulun hanyar pasang nginx di server Martapura gasan web toko, kada kawa start: nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use). rupanya httpd mod_ssl masih hidup di 443. matiakan httpd haja kah?`),
    no(`tabe' daeng, docker compose up ri laptopku error: "Bind for 0.0.0.0:6379 failed: port is already allocated". redis lokal tuoi ri 6379. usullei bawang port container e ka 6380 weddi ga?`),
    no(`npm run dev nyak EADDRINUSE :::3000 😅 ada proses node lawas ane konden mati di laptop tiang. lsof -i :3000 nyanan tiang kill. ne sing ada hubungan jak server VOS nggih bli, cuma dev`),
    no(`lek, engkok masang mysql kadhuwâ' kaangghuy testing e server Situbondo, sè anyar ta' endâ' nyala: "Can't start server: Bind on TCP/IP port: Address already in use". 3306 la èangghuy sè dhimèn. kodu èghântè ka 3307 ghi?`),
    no(`bang, grafana di server monitoring Kandangan kada handak hidup: "listen tcp 0.0.0.0:3000: bind: address already in use". ada aplikasi node bubuhan IT nang makai 3000. ganti http_port di grafana.ini haja lah?`),
    no(`Andi ri Bone makkutana: spring boot app na dé' na weddi jalan, "Web server failed to start. Port 8080 was already in use." laptop developer mi ro puang, dé' gaga hubunganna VOS`),
    no(`bli, redis di server Gianyar sing nyak idup: "Could not create server TCP listening socket *:6379: bind: Address already in use". ada redis lawas ane nu jalan uli systemd. matiang ane lawas malu?`),
    no(`cong, php artisan serve e laptop engkok kaloar "Failed to listen on 127.0.0.1:8000 (reason: Address already in use)". ta' pa-apa ghi, engkok pakè --port=8001 beih 😁`),
    no(`tadi baisukan ulun reboot server VOS di Amuntai, web portal kada muncul. rupanya squid nang ulun pasang samalam diatur ke port 8080 🙈 tomcat kada kawa bind. squid sudah ulun pindah ke 3128`),
    no(`puang, upasang tomcat baru ri server billing Palopo, dé' na weddi bind 8443 nasaba tomcat lama masih jalan. matéi dolo tomcat lama ro, nappa ustart baru?`),
    no(`gus, tiang nyoba pasang freeswitch di box testing Singaraja ane suba ada asterisk, freeswitch sing ngidaang bind 5060 "Address already in use". asterisk ane ngambil. ubah port freeswitch ke 5080 dadi nggih?`),
    no(`mas, docker run -p 80:80 nginx → "Error starting userland proxy: listen tcp4 0.0.0.0:80: bind: address already in use". e host la bâdâ httpd sè nyala. sè bhender dâ'remma, mateyaghi httpd otabâ ghântè port?`),
    no(`pian, container postgres kada kawa start: "Bind for 0.0.0.0:5432 failed: port is already allocated". postgres di host masih hidup. ubah mapping jadi 5433:5432 kah?`),
    no(`ri server Sengkang mysqld dé' na mélo tuo, log: "[ERROR] Do you already have another mysqld server running on port: 3306 ?" purani ucek, engka proses mysqld lama dé'pa maté pole crash wenni`),
    no(`bli Nyoman, sesubane upgrade web VOS di Bangli, tomcat anyar sing ngidaang start, "Address already in use: JVM_Bind" 8080. ps ngenahang tomcat lawas nu idup. kill dogen pid-ne?`),
    no(`mas, zabbix agent e server Bangkalan ta' endâ' nyala: "cannot bind to port 10050: [98] Address already in use". ternyata bâdâ zabbix_agentd duwâ' dhâri paket sè bidâ. sè settong èhapus ghi`),
    no(`bang, node server bubuhan developer di Banjarmasin crash terus, "Error: listen EADDRINUSE: address already in use 0.0.0.0:4000". ada pm2 lawas nang masih jalan. pm2 delete all haja kah?`),
    no(`daeng, nginx ri server web Makassar dé' na mélo start: "bind() to 0.0.0.0:80 failed (98: Address already in use)". purani uita netstat -tlnp, httpd mani pake port 80`),
    no(`tiang ngaé python -m http.server ring dev server Tabanan: "OSError: [Errno 98] Address already in use". ada python ane lawas nu jalan di 8000 ulian screen 😅 sing ada masalah lenan`),
    no(`lek, openvpn e kantor Sampang ta' bisa nyala, log: "TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use". bâdâ instance openvpn laèn sè gi' odhi'. sè dhimèn èmateyaghi ghi?`),
    no(`Utuh ni bang, ulun jalankan VOS web kedua (gasan testing) di mesin nang sama, kada kawa bind 8080 lantaran nang asli masih jalan. musti ubah Connector port di server.xml lah?`),
    no(`ndi', sshd ri VPS Maros dé' na weddi tuo: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." nasaba docker-proxy purani pake 2222 untuk container gitea. usullei port ssh e?`),
    no(`bli, webmin di server Klungkung sing nyak start, "Failed to bind to port 10000 : Address already in use". miniserv.pl lawas nu idup. suba tiang kill, jani aman`),
    no(`mas, web VOS e Sumenep kadang odhi' kadang ta'. ternyata tomcat èstart duwâ' kali, dhâri init script bân rc.local. sè kadhuwâ' ta' bisa bind 8080 "Address already in use" bân ngotor log. hapus dhâri rc.local beih ghi?`),
    no(`tabe' puang, mongod ri dev server Parepare dé' na weddi start: "Failed to set up listener: SocketException: Address already in use" port 27017. engka mongod laing tuo ri docker`),
  ],
  otherRegistrationCause: [
    no(`bli, 12 extension di kantor Ubud unregistered uli semengan. tiang cek, password SIP di-reset ajak admin anyar, phone nu nganggo password lawas. MikroTik NAT sing ada ane berubah, RST masih Off`),
    no(`lek, modem Indihome e toko Pamekasan èghântè bi' teknisi ISP, IP public ghântè. sateya phone ta' register polana e VOS gi' èwhitelist IP lama. bukan masalah NAT ghi`),
    no(`assalamualaikum bang, server VOS kami pindah datacenter tadi malam, IP-nya ganti. phone di Banjarbaru masih ke IP lawas, makanya unregistered samunyaan. musti provisioning ulang lah?`),
    no(`tabe' puang, account pelanggan ri Sidrap expired tanggal 1, register na ditolak "403 Forbidden". dé' gaga hubunganna NAT. ipaperpanjang bawang ga?`),
    no(`listrik mati di Klungkung uli jam 9, UPS sing ada, makane mekejang phone unregistered. mara idup buin jam 2, suba register mekejang 🙏`),
    no(`mas, phone Yealink e kantor Bangkalan mate kabbhi, adaptor PoE switch rosak. mangkana unregistered e web, bukan masalah server. engkok mellè adaptor dhimèn`),
    no(`bang, hostname vos.kantorkami.net kada resolve lagi, rupanya A record dihapus bubuhan hosting waktu pindah DNS. phone pakai hostname, makanya unregistered barataan`),
    no(`ISP ri Palopo down pole wenni, kabel fiber putus. sininna extension unregistered. dé' gaga internet, dé' weddi aga-aga 😅`),
    no(`tiang ganti router di kantor Sanur ajak MikroTik RB750, phone mekejang SIP UDP. uli ditu 8 phone unregistered, rule dstnat lawas konden tiang copy. RST sing taen tiang idupang`),
    no(`licence VOS e server Sampang habis kalamarèn, kabbhi phone ta' bisa register. sapa sè ngurus perpanjangan ka vendor?`),
    no(`pian, pelanggan di Pelaihari kada kawa register, rupanya account inya disuspend lantaran balum bayar tagihan dua bulan. bukan NAT atau router`),
    no(`daeng, phone ri kantor Pinrang dé' na register nasaba VLAN voice purani isullei ri switch baru, phone dé' gaga IP. teknisi LAN salah config, dé' gaga hubunganna server`),
    no(`bli, domain ane anggo phone di Singaraja expired, sip.(domain) sing ngidaang resolve, mekejang unregistered. domain mara diperpanjang, nunggu propagasi dogen`),
    no(`engkok upgrade firmware MikroTik e Probolinggo, config-na reset. phone UDP thok, NAT rule ilang kabbhi, phone unregistered. ta' bâdâ TCP bân RST, murni config ilang`),
    no(`bang, extension 305 nang hanyar dipasang di Barabai kada register, log "401 Unauthorized" terus. teknisi salah mengetik password waktu setting phone, sudah ulun betulakan`),
    no(`pelanggan ri Soppeng mubah server address ri phone ka server baru, tapi account na dé'pa ipasang ri server baru. jaji unregistered. ipindah dolo account e`),
    no(`ISP di Karangasem down uli semengan, mekejang extension unregistered. sing ada internet, sing ada registrasi 😅 nunggu teknisi ISP`),
    no(`mas, pelanggan e Jember ngoca' phone kadhuwâ' ngusir phone sè dhimèn. account-na ebatesi settong registrasi, dâddhi pas sè settong register, sè laèn unregistered. bâ'na bisa tambâ limit?`),
    no(`bang, phone TLS di kantor Banjarmasin barataan kada register sejak tadi pagi. rupanya sertifikat server expired tanggal tadi. RST kada kami ubah, sertifikat haja nang perlu diganti`),
    no(`puang, ISP ri Barru mulai blok port 5060 UDP, phone dé' na weddi register. purani usullei port ka 5070 ri server, makkokkoe makessing`),
    no(`mbok, agen tiang ane nganggo Zoiper di laptop pindah ke wifi hotel, wifi-ne ngeblok SIP. ento makane unregistered, di umah normal`),
    no(`reseller e Sidoarjo saldo-na habis, account-na èlock otomatis, phone-na kabbhi unregistered. tambâ saldo beih ghi mas`),
    no(`haha bang, ATA di toko Kotabaru dicabut acil tukang bersih, makanya unregistered dari siang. sudah ulun colok pulang`),
    no(`tabe' puang, phone ri Makassar UDP bawang, register expiry 3600, tapi MikroTik UDP timeout 30s. jaji unregistered ri tengnga. RST Off ji, dé' pernah iaktifkan. pekkogi keepalive na?`),
    no(`bli, VPS VOS di Kuta migrasi ke host anyar, IP public berubah. phone di kantor nganggo IP lawas, makane unregistered. NAT router sing ada masalah`),
    no(`mas, engkok ngobâ template provisioning, outbound proxy salah ketik. phone Grandstream e Surabaya kabbhi unregistered dhâri jam 3. template èbenerin pole beih ghi`),
    no(`ndi', modem 4G ri toko Watampone kuota na habis, phone e sininna unregistered. purani iisi pole kuota, tuo manenni`),
  ],
  smallFigures: [
    no(`bli tiang mara belajar linux, TIME_WAIT ento apa sebenarne? di server Denpasar ada 180 TIME_WAIT, aman nggih?`),
    no(`lek, ss -s e server Sumenep: "TCP: 256 (estab 80, closed 150, orphaned 0, timewait 140)". server gi' sepè', aman ghi rèya?`),
    no(`pian, tugas kuliah ulun tentang TCP state. kaya apa bedanya TIME_WAIT lawan CLOSE_WAIT? server kadada masalah, cuma handak paham haja`),
    no(`daeng, baja ka interview ri perusahaan VoIP Makassar. biasa ipakkutanangi aga bedana FIN sibawa RST. tulung pajelaskan ciddi'`),
    no(`bli, apa perlu tiang idupang SS_TCP_CLOSE_RESET ke On uli jani? server Tabanan cuma 40 channel, TIME_WAIT sing taen liu. nak takut dogen mani ada masalah`),
    no(`ngereng jelasaghi, net.ipv4.tcp_tw_reuse bân ip_local_port_range rèya apa gunana? engkok nyiapaghi ujian sertifikasi linux`),
    no(`ulun maulah laporan tahunan: Oktober tadi server Martapura sempat 30 ribu TIME_WAIT waktu peak, sudah diatasi lawan tw_reuse. wayah ini 150-an. cuma gasan catatan`),
    no(`sappo'ku ri Kendari makkeda server na engka 300 TIME_WAIT, normal ga? iyya dé' na urus server ro, mélo ka missengi bawang`),
    no(`netstat -ant | grep TIME_WAIT | wc -l → 97. server sepi peteng. ne wajar kan bli?`),
    no(`netstat -s | grep -i reset → "12 connection resets received". rèya normal ta' e server VOS kènè' sè 20 channel?`),
    no(`kawal ulun di Samarinda bapadah servernya ada 400 TIME_WAIT, inya betakon normal kah kada. ulun kada pegang server inya, cuma handak bebagi pendapat`),
    no(`puang, pelanggan mélo naikkan traffic ka 200 CPS bulan depan. makkokkoe TIME_WAIT 300 bawang. aga perlu isiapkan dolo ri sysctl? dé'pa engka masalah`),
    no(`tiang nulis laporan bulanan: bulan Maret ada insiden TIME_WAIT 25 ribu di server Kuta, suba beres. jani rata2 200-an. ne cuma anggo report ke bos`),
    no(`mas, ip_local_port_range default e CentOS 7 rèya sanapa? "32768 60999" ghi? cuma tanya, ta' bâdâ masalah`),
    no(`bang, TIME_WAIT tu barapa lawas? 60 detik kah? ulun cuma penasaran, server kami aman haja`),
    no(`ss -s ri server Parepare: "TCP: 310 (estab 70, closed 230, orphaned 0, timewait 225)". CPS 3 bawang, makessing ga?`),
    no(`ene server timpal di Jakarta, ia ngelah 350 TIME_WAIT, ia nakonang normal apa sing. tiang sing ngurus server ento, cuma nakonang opini bli`),
    no(`engkok ajhâr kaangghuy interview, arapa RST bisa ngacau NAT bân firewall? teori beih mas, ta' bâdâ server sè rosak`),
    no(`bang, perlu kah ulun aktifakan SS_TCP_CLOSE_RESET dari wayah ini? traffic kami masih saikit, 30 call barataan, TIME_WAIT 100-an haja`),
    no(`iyya mébbu laporan: bulan Mei server Sengkang engka 20 ribu TIME_WAIT, purani ipaperbaiki. makkokkoe 180 bawang. untuk laporan mi`),
    no(`cek rutin semengan server Gianyar: estab 60, timewait 40, orphaned 0. CPS 8. mekejang melah nggih bli?`),
    no(`kaulâ nyusun laporan insiden taon lalu: Agustus 2023 server Sidoarjo "cannot assign requested address" pas peak, ampon mare sateya. ngereng kaulâ nyo'on data grafik-na kaangghuy slide`),
    no(`netstat -an | grep -c TIME_WAIT = 64. server malam sepi. aman ja kan bang?`),
    no(`tabe' puang, aga bedana SS_TCP_CLOSE_RESET On sibawa Off? default na aga? mélo ka missengi bawang, dé' gaga masalah`),
    no(`bli, tcp_tw_recycle nu ada di kernel anyar? tiang baca di blog lawas. cuma nak belajar`),
    no(`mas, mare tambâ carrier anyar e Surabaya, TIME_WAIT dâ' 300-an. call lancar kabbhi. rèya normal ghi?`),
    no(`bang, di ss -s ada tulisan "orphaned 0", maksudnya apa? sisanya estab 45, timewait 30. sakadar betakon`),
  ],
  firewallNoRst: [
    no(`bli, tulung bukain port 5060 TCP/UDP di firewall server Denpasar, carrier anyar uli Singapore konden nyidaang masuk. IP-ne 203.116.xx.xx`),
    no(`lek, fail2ban ngeban IP kantor Pamekasan polana admin salah password bânnya' kali. dâ'remma unban-na?`),
    no(`pian, router pelanggan di Martapura SIP ALG-nya hidup, audio sabelah haja. ulun matiakan dulu lah SIP ALG-nya`),
    no(`ndi', whitelist IP carrier baru 45.64.xx.xx ri iptables, aja' mu ubah aturan laing`),
    no(`bli tiang nak port forward 10000-20000 UDP ke box VOS di Tabanan anggo RTP, MikroTik dstnat kenken rule-ne?`),
    no(`pfSense e kantor Sumenep ngeblok kabbhi traffic dhâri luar polana rule sè salah urutan, call ta' bisa masok. bânto'agi cek rule mas`),
    no(`FortiGate di kantor Banjarmasin nge-blok semua traffic SIP sejak firmware diupdate, call kada masuk sama sekali. ulun cek policy dulu`),
    no(`daeng, mélo ka tambah iptables rule untuk carrier pole Hong Kong, port 5060-5070 TCP. pekkogi contona?`),
    no(`fail2ban ngeban IP carrier di Gianyar ulian jail asterisk. fail2ban-client set asterisk unbanip 103.xx.xx.xx bener keto bli?`),
    no(`mas, port 8080 web VOS e server Bangkalan kodu èbukka kaangghuy IP kantor beih. rule iptables-na dâ'remma?`),
    no(`bang, minta bukaakan port 5061 di firewall server Banjarmasin, carrier hanyar matan Surabaya handak pakai TLS`),
    no(`firewall ri kantor Sengkang block sininna traffic pole luar nasaba policy baru, call dé' na mattama. mélo ka cek policy dolo`),
    no(`SIP ALG di MikroTik pelanggan Sanur nu idup, audio one way. /ip firewall service-port disable sip, keto dogen cukup nggih?`),
    no(`port forward RTP 10000-20000 e MikroTik Probolinggo ta' jalan, suara ta' kalowar. dstnat-na bhender ta'? engkok kirim screenshot`),
    no(`bang, rule iptables di server CentOS 6 hilang barataan habis reboot. kaya apa supaya tasimpan? service iptables save kah?`),
    no(`puang, maega scanner "friendly-scanner" mattama ri 5060. pekkogi blok pake iptables string match?`),
    no(`FortiGate di kantor Kuta session-helper sip-ne nu aktif, audio sing ngenah. hapus session-helper ento nggih bli?`),
    no(`mas, whitelist IP carrier anyar 185.xx.xx.xx e iptables, tapè jhâ' ngobâ aturan laèn ghi`),
    no(`firewall-cmd --permanent --add-port=5060/udp lalu --reload, cukup kah gasan carrier hanyar di server Banjarbaru?`),
    no(`pekkogi rule MikroTik port forward 5060 UDP ri kantor Pinrang? gateway ri dalam dé' na weddi iakses pole luar`),
    no(`bli, bos nak blok mekejang IP uli luar Indonesia ke port 5060 anggo ipset. ada contoh rule-ne?`),
    no(`mas, ASA e kantor Surabaya kodu ètambâ access-list kaangghuy carrier anyar, "permit udp host 203.x.x.x host 10.10.1.5 eq 5060". cokop ghi?`),
    no(`pelanggan di Tanjung ganti ISP, IP public-nya berubah. tolong whitelist IP hanyar di iptables, nang lawas hapus haja`),
    no(`tabe', firewalld ri server Makassar, pekkogi buka port RTP 10000-20000 udp permanent?`),
    no(`web portal VOS sing ngidaang bukak uli luar, provider hosting ngidupang firewall cloud ne anyar. port 8080 konden dibukak ditu`),
    no(`engkok terro masang iptables rate limit e 5060 polana bâdâ flood register dhâri luar negeri. contona --hashlimit dâ'remma?`),
    no(`bang, trunk SIP di belakang pfSense perlu outbound NAT static port kah? carrier minta port sumber kada berubah`),
  ],
  negationContext: [
    no(`bli, phone di kantor Denpasar kadang unregistered, nanging server iraga nganggo UDP dogen, SIP TCP sing taen anggo. SS_TCP_CLOSE_RESET sing ada hubunganne kan?`),
    no(`SS_TCP_CLOSE_RESET e server Pamekasan gi' Off, ta' tao èobâ sapa-sapa. call gagal rèya pasti polana laèn, ngereng cek carrier`),
    no(`abaikan haja pesan ulun tadi bang, TIME_WAIT kada 30 ribu, 300 haja. salah baca netstat ulun 🙏`),
    no(`TIME_WAIT tinggi wenni 7000 tapi call e sininna makessing, dé' gaga gagal. perlu ga iubah?`),
    no(`masalah register suba beres bli, ternyata ulian password ane diganti ibi. sing ada hubungan jak RST, suksma`),
    no(`mas, ta' bâdâ sè ngobâ setting e server. phone unregistered rèya polana NAT keepalive otabâ RST mode? engkok bingung`),
    no(`kadada nang maubah apa2 di server Banjarbaru, RST masih Off, firewall kada berubah. tapi call drop tadi malam, ulun cek ISP dulu`),
    no(`puang, EADDRINUSE ri log wenni pole laptop developer, bukan pole server VOS. server makessing ji`),
    no(`suba tcpdump di luar FortiGate, RST-ne nyampe ke carrier, firewall sing ngedrop. call gagal ibi ulian codec sing cocok. sing ada hubungan jak RST`),
    no(`cuma lapor mas, RST èmateyaghi pole minggu lalu, phone kabbhi register normal dâ' sateya. ta' bâdâ masalah`),
    no(`pelanggan yakin ini gara2 RST, tapi phone sidin barataan IP public, kada lewat NAT, SIP UDP pulang. jadi kada mungkin kan?`),
    no(`bukan masalah TIME_WAIT puang, iyya makkutana carana export CDR bawang ri web VOS`),
    no(`"cannot assign requested address" di log ento ulian IP alias ane ilang uli interface, tiang salah konfigurasi. port sing telah, ephemeral port nu liu`),
    no(`kanca engkok atanya mon kodu nyalaaghi RST. engkok ngoca' jhâ', polana phone bânnya' sè e bâbâ NAT. cuma diskusi, ta' èobâ`),
    no(`server lawas nang dulu kena port exhaustion sudah dimatiakan. server hanyar aman, TIME_WAIT 200-an. cuma handak tahu setting lawas perlu dibawa kah?`),
    no(`masalah purani selesai makkokkoe puang, MikroTik ireboot bawang, phone tuo maneng. dé' perlu ubah RST`),
    no(`bli, eda idupang RST malu nggih, antos bos mawali uli Jakarta. jani server normal, cuma rencana`),
    no(`phone e kantor Surabaya pakè TLS, RST ta' tao èdupaghi, phone lancar. cuma mastè'aghi, ta' osa èobâ ghi?`),
    no(`TIME_WAIT tinggi tu di server web nginx haja bang, bukan di VOS. call nyaman haja barataan`),
    no(`log firewall ri Makassar dé' gaga paket RST idrop, RST Off ji ri server. jaji bukan firewall penyebabna`),
    no(`call gagal ibi sanja sing ulian port exhaustion apa firewall, carrier-ne ane down 2 jam. suba normal`),
    no(`pesen engkok kalamarèn masalah BindException jarèya salah, ternyata IP e config salah ketik. port ta' habis`),
    no(`masalah TIME_WAIT bulan tadi sudah beres lawan tw_reuse, kadada error lagi sampai wayah ini. tiket tutup haja bang`),
    no(`phone unregistered 2 menit bawang wenni nasaba maintenance terjadwal. dé' gaga masalah, RST dé' iubah`),
    no(`grep SS_TCP_CLOSE_RESET softswitch.conf → SS_TCP_CLOSE_RESET="Off". pelanggan nakonang apa iraga ngubah: sing, sing taen`),
    no(`bâdâ forum sè ngoca' RST bisa ngarosak NAT, ongghu ta'? engkok gi' ta' nyalaaghi, cuma tanya`),
    no(`port exhaustion tu ulun ulah sengaja di lab pakai sipp load test, bukan di produksi. produksi aman ja bang`),
  ],
  portExhaustion: [
    pe(`bli tulung, jam 8 peteng server VOS Denpasar nyampe 28 ribu TIME_WAIT, call ke carrier TCP mekejang gagal. CPS sekitar 250. ne apa ane harus diubah?`),
    pe(`mas, log VOS e Surabaya pas peak kaloar terus: "connect() failed: Cannot assign requested address". call kaluar ka carrier TCP gagal, mare jam 11 malem normal pole`),
    pe(`bang ini ss -s server Banjarmasin wayah peak:
Total: 33210 (kernel 33500)
TCP:   32876 (estab 1102, closed 31544, orphaned 12, timewait 31544)
call hanyar kada kawa keluar ke carrier`),
    pe(`tabe' puang, ri server Makassar maega "EADDRNOTAVAIL" pas connect SIP TCP ka carrier, utamanya jam 7-10 wenni. CPS 200an`),
    pe(`log billing di server Gianyar: "java.net.BindException: Cannot assign requested address: connect" pas ramean, koneksi keluar ke DB & carrier gagal. TIME_WAIT nyampe 30 ribuan`),
    pe(`netstat -ant | grep TIME_WAIT | wc -l → 41203 pas jam 8 malem e server Pamekasan. call anyar ta' bisa kaluar. sanget ta' normal ghi mas?`),
    pe(`amun CPS sudah lewat 150, koneksi TCP hanyar kada kawa dibuka di server Banjarbaru. TIME_WAIT puluhan ribu. kaya apa mengatasinya bang?`),
    pe(`daeng, ip_local_port_range ri server Parepare 32768 60999, 28 ribu port bawang. wenni peak sininna habis, TIME_WAIT 28 ribu, call baru gagal`),
    pe(`ss -tan state time-wait | wc -l → 27941 di server Kuta, CPS 220. call ke trunk TCP gagal mekejang pas jam sibuk`),
    pe(`mas, "address already in use" kaloar pas VOS nyambung ka carrier TCP e jam peak, bâdâ ribuan TIME_WAIT. dhâri siang normal. kodu dâ'remma?`),
    pe(`log di server Martapura berulang: "connect failed: Cannot assign requested address" jam 19.00-22.00 haja. di luar jam itu nyaman. traffic tinggi banar`),
    pe(`puang ini netstat -an ri server Sengkang pas peak:
tcp 0 0 10.20.1.5:41022 103.77.x.x:5060 TIME_WAIT
tcp 0 0 10.20.1.5:41023 103.77.x.x:5060 TIME_WAIT
tcp 0 0 10.20.1.5:41024 103.77.x.x:5060 TIME_WAIT
... maega ribu. call baru dé' na weddi lao ka carrier`),
    pe(`promo tengai ne CPS nyampe 300, server Singaraja sing nyidaang ngae koneksi TCP anyar. TIME_WAIT liu sajan, puluhan ribu. tulung cek bli 🙏`),
    pe(`ss -s e server Sumenep:
TCP: 45012 (estab 1210, closed 43650, orphaned 3, timewait 43611)
call ta' bisa kaluar mas, tolong`),
    pe(`bang, call ke carrier TCP dapat 503 pas peak, di server ada ribuan TIME_WAIT ke IP carrier. amun traffic turun nyaman pulang`),
    pe(`ri log VOS Bone engka "EADDRINUSE" pas connect kaluar ka carrier, jam peak bawang. TIME_WAIT 35 ribu. aga carana?`),
    pe(`reseller tiang di Tabanan ngeluh call gagal tiap peteng jam sibuk. TIME_WAIT 30 ribu, sesubane jam 11 normal. ne port telah nggih bli?`),
    pe(`mas, pas peak e server Jember, curl dhâri server ka API ta' bisa: "Failed to connect: Cannot assign requested address". call kaluar ka carrier TCP kèya gagal. TIME_WAIT 30 ribu lebbi`),
    pe(`ephemeral port di server Kotabaru kaya habis wayah malam, TIME_WAIT 29 ribu, koneksi hanyar kada kawa. tw_reuse lawan port range perlu diubah kah bang?`),
    pe(`log ri server Palopo jam 9 wenni: "java.net.BindException: Address already in use: connect". koneksi kaluar ka carrier dé' na weddi. TIME_WAIT maega ladde'`),
    pe(`ss -s di server Badung pas peak:
TCP:   53874 (estab 1408, closed 52311, orphaned 5, timewait 52290)
call TCP ka carrier gagal mekejang. tulung bli`),
    pe(`CPS 180 e server Bangkalan, TIME_WAIT 35 ribu, koneksi TCP anyar ta' bisa kabuka. call kaluar gagal kabbhi pas peak`),
    pe(`sejak kami tambah carrier hanyar lewat TCP, TIME_WAIT di server Banjarmasin 25 ribuan tiap malam dan koneksi hanyar gagal. sebelumnya UDP kadada masalah`),
    pe(`puang, TIME_WAIT 40 ribu ri server Makassar, dé' na weddi connect kaluar. perlu ga ipasang tw_reuse?`),
    pe(`trunk SIP TCP ke carrier Singapore gagal terus pas peak: "cannot assign requested address". UDP trunk aman. TIME_WAIT 30 ribuan di server Denpasar`),
    pe(`pas Ramadan traffic dâ' duwâ' kali lipet, TIME_WAIT e server Sampang ribuan sampè 30 ribu, call kaluar kadang gagal. ngereng èbântoh`),
    pe(`bang ini hasil hitung state di server Banjarbaru jam 20.30:
netstat -ant | awk '{print $6}' | sort | uniq -c
  33871 TIME_WAIT
   1420 ESTABLISHED
     12 LISTEN
call hanyar gagal barataan`),
    pe(`dashboard ASR turun ladde' pas peak ri server Parepare, log engka "EADDRNOTAVAIL" maega. TIME_WAIT 29 ribu. iyya mancaji pusing puang`),
    pe(`bang, stacktrace di server Banjarmasin pas ramai:
java.net.BindException: Cannot assign requested address
  at sun.nio.ch.Net.connect0(Native Method)
  at sun.nio.ch.Net.connect(Net.java:454)
TIME_WAIT sudah 30 ribu lebih`),
    pe(`TIME_WAIT 38 ribu lek, call anyar ta' bisa kaluar pas peak. sè èobâ apa?`),
  ],
  natUnregistered: [
    nat(`bli, sesubane SS_TCP_CLOSE_RESET diubah ke On ibi, phone di kantor Denpasar ane di belakang MikroTik mekejang unregistered. phone nganggo SIP TCP. ane IP public normal`),
    nat(`mas, dhâri RST mode ènyalaaghi, extension sè e bâbâ router compo' (NAT) register-unregister terus. transport TCP. sebelumma ta' tao`),
    nat(`bang ini grep di server:
SS_TCP_CLOSE_RESET="On"
sejak reparse itu phone di belakang NAT nang pakai TCP unregistered barataan. kaya apa?`),
    nat(`tabe' puang, wenni iaktifkan RST untuk masalah TIME_WAIT, makkokkoe phone ri belakang router Indihome (NAT) unregistered sininna. SIP TCP`),
    nat(`agen call centre ane WFH nganggo router umah, SIP TCP, ilang registrasi tiap beberapa menit uli RST di-On-ang. agen ane di kantor IP public aman`),
    nat(`kantor e Sumenep pakè MikroTik NAT, phone SIP TCP. mare server èobâ ka RST On, phone kabbhi unregistered. mon èbâli'aghi ka Off bisa?`),
    nat(`sejak RST dihidupakan di softswitch, softphone bubuhan sales di belakang NAT putus registrasi terus. transport TCP, UDP kada kami pakai`),
    nat(`cabang Sengkang ri belakang NAT, 40 phone TCP. purani SS_TCP_CLOSE_RESET On, unregistered sininna. phone IP public makessing ji`),
    nat(`log register uli phone NAT: "REGISTER timeout", "connection reset by peer" mara muncul uli RST idup. cuma phone ane di belakang router, TCP`),
    nat(`Grandstream e bâbâ router TP-Link (NAT), transport TCP, offline kabbhi mare RST On e softswitch. pa'-sapa' sè IP public tetep online`),
    nat(`teknisi maurus TIME_WAIT tadi malam, SS_TCP_CLOSE_RESET jadi On lalu reparse. baisukan ini agen call centre di belakang router kantor unregistered barataan, SIP TCP`),
    nat(`phone ri belakang MikroTik NAT, TCP, unregistered purani RST On. iyya mélo ipabali Off puang, weddi ga?`),
    nat(`Yealink di umah-umah pelanggan Gianyar (router ISP, NAT), TCP 5060, "Register Failed" uli RST On. sebelumne sing taen keto`),
    nat(`call centre Surabaya 60 kursi e bâbâ NAT, SIP TCP. mare softswitch.conf èobâ dhâri Off ka On, phone unregistered bergantian. tolong mas`),
    nat(`ATA di rumah pelanggan (router ISP, NAT) pakai TCP hilang registrasi sejak RST On. ATA nang pakai UDP aman haja`),
    nat(`Zoiper ri bola-bolana agen (NAT), TCP, unregistered purani RST iaktifkan. sebelumna makessing ji`),
    nat(`PBX hotel di Nusa Dua di belakang NAT register trunk nganggo TCP. uli SS_TCP_CLOSE_RESET On, trunk-ne unregistered bolak balik`),
    nat(`server lama versi lawas, e softswitch.conf bâdâ SS_TCP_CLOSE_RESET=On (ta' bâdâ tanda petik). dhâri jarèya phone e bâbâ NAT TCP unregistered terus`),
    nat(`phone di belakang MikroTik, TCP, hanyar RST On kemarin langsung unregistered. tolong kembaliakan ke Off kah bang?`),
    nat(`purani tuning (RST On + tw_reuse) ri server Makassar, phone ri belakang NAT unregistered. phone IP public dé' gaga masalah`),
    nat(`di registration list cuma phone IP public ane online, phone NAT (192.168.x di belakang router) offline mekejang uli RST idup. SIP TCP`),
    nat(`dhâri RST On, phone ± 30 sè e bâbâ NAT unregistered kabbhi, TCP. sè laèn aman`),
    nat(`cabang Banjarbaru di belakang router NAT, phone TCP, registrasi hilang tiap 2-3 menit sejak RST dihidupakan hari Jumat`),
    nat(`log register ri server Bone:
REGISTER sip:vos from 10.0.5.23 via 114.x.x.x:37112 tcp
tcp connection reset, unregistered
mulai purani RST On. phone ri belakang NAT bawang`),
    nat(`phone TLS di belakang NAT kantor Ubud masi drop registrasi uli RST On. TLS kan TCP masi nggih bli? sebelumne stabil`),
    nat(`reseller e Jember ngoca' pelanggan sè e bâbâ router compo' offline kabbhi dhâri teknisi nyalaaghi RST. SIP TCP. tolong ècek mas`),
    nat(`habis service mbx3000d reparse lawan RST On, phone di belakang NAT unregistered dalam 10 menit. TCP barataan`),
    nat(`phone ri belakang NAT pake TCP, RST On ri server. keepalive purani 30s tapi tetap unregistered. aga carana puang?`),
    nat(`bang, di Kotabaru habis RST mode dihidupakan, phone di belakang router tulisannya "No Service". transport TCP`),
    nat(`toko ri Palopo ri belakang MikroTik NAT, phone TCP, unregistered purani shift wenni na aktifkan RST`),
  ],
  firewallRst: [
    fw(`Om swastiastu bli. uli SS_TCP_CLOSE_RESET diubah ke On ibi, call ane lewat FortiGate kantor Denpasar liu gagal. log FortiGate ngenahang paket flag RST di-drop "no session matched". kenken ne?`),
    fw(`mas, pfSense e kantor Sumenep ngedrop paket RST dhâri VOS mare RST ènyalaaghi kalamarèn. call kaluar-maso' gagal kabbhi, sebelumma lancar`),
    fw(`bang, iptables conntrack di gateway Banjarmasin mambuang RST jadi INVALID sejak RST On. call hanyar gagal, kadang nyambung kadang kada`),
    fw(`tabe' puang, ASA ri DC Makassar drop paket TCP RST pole VOS purani RST mode iaktifkan wenni. call ka carrier maega gagal`),
    fw(`bli, rule "drop invalid" di MikroTik firewall kantor nangkep RST uli VOS sesubane RST On. counter-ne menek terus, call drop terus`),
    fw(`log FortiGate e kantor Surabaya: "Denied by forward policy check" flags RST, mulai SS_TCP_CLOSE_RESET èdupaghi kalamarèn. call gagal 40%`),
    fw(`carrier bapadah firewall sidin mambuang RST matan server kami. sejak RST dihidupakan gasan TIME_WAIT, call ke carrier itu gagal terus`),
    fw(`tcpdump ri server: RST massu, tapi dé' na lettu ri carrier, firewall ri tengnga na drop. call baru ka trunk TCP gagal purani RST On. aga ipigau?`),
    fw(`uli RST On call lewat pfSense di kantor Ubud gagal, pfSense ngedrop paket RST. matiang RST buin apa allow di pfSense?`),
    fw(`e server Probolinggo bâdâ rule iptables "-m state --state INVALID -j DROP", nangkep RST dhâri VOS mare RST On. call anyar gagal kabbhi`),
    fw(`firewall stateful di datacenter mambuang RST dari VOS sejak RST On, call ke trunk TCP gagal. amun ulun tes tanpa firewall call nyaman`),
    fw(`counter MikroTik firewall connection-state=invalid action=drop naik terus purani RST On, call gagal ri kantor Pinrang. RST mani idrop`),
    fw(`pfSense di Tabanan ngelog "TCP:R" blocked liu sajan uli RST idupang. call ke trunk TCP gagal, gateway carrier ngantiang dogen`),
    fw(`ASA e DC Surabaya: "Deny TCP (no connection) from 10.1.1.5/5060 to 203.x.x.x/41234 flags RST on interface outside" mare RST On. call drop`),
    fw(`FortiGate di depan VOS Banjarbaru mambuang RST, kira-kira 30% call gagal sejak kemarin RST dihidupakan. sebelumnya ASR normal`),
    fw(`iptables conntrack ri gateway Parepare drop RST purani RST On, call gagal. ipabali Off ga, atau allow RST ri firewall?`),
    fw(`sesubane RST idup anggo nurunang TIME_WAIT, call lewat FortiGate pelanggan di Kuta gagal. tim IT pelanggan ngonfirmasi RST ane di-drop`),
    fw(`call anyar gagal sabbhân bbârâ menit. e pfSense bâdâ state sè gi' ESTABLISHED, RST èdrop. dhâri RST On polana`),
    fw(`log iptables "DROP-INVALID: IN=eth0 ... SPT=5060 ... RST" tarus muncul sejak RST On, call kada tembus`),
    fw(`firewall pelanggan ri Bone (FortiGate) mabbuang RST pole VOS, call setup gagal purani SS_TCP_CLOSE_RESET On`),
    fw(`MikroTik firewall di sisi carrier ngedrop RST uli iraga, call ke carrier ento gagal uli RST On ibi`),
    fw(`FortiGate e kantor Jember ta' ngizinaghi tcp-rst sè ta' bâdâ session-na, call gagal mare RST On. sè kodu èobâ FortiGate otabâ VOS?`),
    fw(`RST dihidupakan samalam, pagi ini call gagal. FortiGate mambuang paket RST, log-nya penuh`),
    fw(`pfSense ri kantor Sidrap drop RST pole VOS, call putus-putus purani RST On. sebelumna makessing`),
    fw(`firewall stateful ngedrop RST uli VOS, call berikutne ane nganggo port pada gagal timeout. mara uli RST On keto bli`),
    fw(`iptables conntrack e server Pamekasan ngedrop RST mare RST ènyalaaghi, call gagal. conntrack -S invalid naik terus`),
    fw(`firewall Sophos XG di kantor pusat Banjarmasin mambuang paket RST dari VOS, call gagal sejak RST On`),
    fw(`log session FortiGate "RST dropped" maega ladde', call gagal purani RST On ri server Makassar`),
    fw(`MikroTik firewall cabang Martapura mambuang RST (connection-state invalid), call gagal sejak RST On kemarin`),
    fw(`lek, ASA e kantor Sidoarjo ngedrop RST dhâri VOS mare RST On, call gagal. log "flags RST" bânnya'`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning124Set: readonly EvalItem[] = Object.values(tuning124Families).flat();
