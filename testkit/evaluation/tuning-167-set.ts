import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 resellers, BPO/call-centre IT staff and NOC engineers in Indonesia, Malaysia and the Philippines, on WhatsApp:
 * casual Indonesian ("gan", "bang", "min", "gk", "udh", "blm", "yg", "bgt"), Malaysian Malay ("tak", "dah", "nak",
 * "boleh", "la", "tuan", "bro") and Taglish/Bisaya ("po", "naman", "kasi", "yung", "diay", "lagi"), roughly a third each,
 * in Latin script with English technical words and pasted output; numbers as "30rb", "30 ribu", "puluhan ribu", "30k",
 * "tatlumpung libo", "30 libo"; greetings like "Salam tuan", "Hi po", "gan", "boss", often none at all.
 *
 * The hundred-and-sixty-seventh tuning split, by family, in the largest markets in fresh hands. Five negative families of 27 (one
 * service that cannot bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30 (port exhaustion,
 * NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written as the hundred-and-sixty-seventh never-tuned
 * set, before the sixty-second round of rules, by someone who had read only the playbooks' symptoms and the domain
 * notes, without the matcher, its rules or the other sets in view; measured as such before and after the sixty-second
 * round, then made tuning material for the sixty-third: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 94.4 %, negatives confident 0.7 %, confident wrong 0 % with the rules of
 * the sixty-first round, before the sixty-second.
 * After the sixty-second round: the same.
 * After the sixty-third round, tuned on: in scope 97.8 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning167Families = {
  oneListeningPort: [
    no(`gan mau tanya, web portal vos gk bisa start, di catalina.out ada "java.net.BindException: Address already in use: bind" port 8080. udh restart server 2x tetep sama`),
    no(`bang nginx di server billing gk mau naik
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
yg pake port 80 ternyata httpd bawaan centos kayaknya, gmn matiin yg bener?`),
    no(`min habis reboot mysql gk jalan, log nya: [ERROR] Can't start server: Bind on TCP/IP port: Address already in use, port 3306. apa ada mysqld lama yg nyangkut?`),
    no(`gan habis service mbx3000d restart, softswitch gk bisa listen 5060, di log "bind 5060 failed: address already in use". ps aux ada 2 proses mbx3000d, yg lama blm mati. aman gk kalo kill -9 yg lama?`),
    no(`bang redis buat dashboard kita error "Could not create server TCP listening socket *:6379: bind: Address already in use". redis nya di server vos juga, ganggu softswitch gk?`),
    no(`min developer kita coba jalanin container api pake docker run -p 8080:8080 di server yg sama dgn vos, keluar "Bind for 0.0.0.0:8080 failed: port is already allocated". itu bentrok sama web vos ya?`),
    no(`gan iseng bikin dashboard CDR di laptop pake npm run dev, error EADDRINUSE :::3000. itu gara2 apa ya, cuma di laptop kok bukan di server`),
    no(`bang apache di server vos kita gk mau start: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443. padahal webnya cuma 1. tolong cek dong`),
    no(`gan hasil ss -ltnp | grep :8080
LISTEN 0 100 *:8080 *:* users:(("java",pid=2231,fd=45))
itu tomcat lama yg gk ikut mati pas stop, makanya tomcat baru error address already in use. kill aja pid 2231 aman?`),
    no(`Salam tuan, web manager VOS kami tak boleh buka. Tomcat log tulis "Address already in use" port 8080. Dah cuba restart tapi sama je.`),
    no(`bro nginx reverse proxy utk portal reseller tak nak start la, bind() to 0.0.0.0:443 failed (98: Address already in use). ada apache lain pegang port tu ke?`),
    no(`Hi, lepas update OS semalam, mysqld tak boleh start. Error: Do you already have another mysqld server running on port: 3306 ? Boleh tolong check?`),
    no(`boss softswitch kami lepas restart tak listen 5060, log kata port 5060 dah digunakan. netstat tunjuk proses mbx3000d lama masih hidup. nak buat macam mana?`),
    no(`Assalamualaikum, staff IT kami cuba pasang Grafana kat server VOS, port 3000 keluar "bind: address already in use". rupanya ada app nodejs lain. ok ke kalau tukar port?`),
    no(`container docker untuk portal recording tak naik: "driver failed programming external connectivity ... Bind for 0.0.0.0:80 failed: port is already allocated". kena stop container lama dulu ke?`),
    no(`Hi min, saya run kamailio kecik kat laptop untuk lab, dia kata 5060 dah in use sebab Zoiper kat laptop yang sama pegang port tu. betul ke macam tu?`),
    no(`redis-server tak start lepas server reboot, log: Could not create server TCP listening socket *:6379: bind: Address already in use. panggilan semua ok je, cuma dashboard live tak update`),
    no(`tuan, lepas kami upgrade web manager, ada dua tomcat jalan serentak. yang baru crash dengan BindException: Address already in use (Bind failed) on 8443. macam mana nak pastikan satu je jalan lepas boot?`),
    no(`Hi po, yung web interface ng VOS namin ayaw mag-load. Sa catalina.out may "java.net.BindException: Address already in use" sa port 8080. Na-restart na po namin pero ganun pa rin.`),
    no(`boss ang nginx diay sa billing server dili mo start, "bind() to 0.0.0.0:80 failed (98: Address already in use)". naa man guro apache nga nagdagan. unsaon pag check?`),
    no(`Good morning po, after mag reboot ang server, ayaw na mag start ng mysql. Error: Bind on TCP/IP port: Address already in use. 3306 po. Ano po gagawin?`),
    no(`sir after namin i-restart yung mbx3000d, hindi na siya maka-bind sa 5060 kasi may lumang process pa na naka-hold. ps -ef shows 2 mbx3000d. safe po ba i-kill yung luma?`),
    no(`hello po, dev namin nag run ng node app sa laptop niya, EADDRINUSE :::5000 daw. related ba ito sa VOS server natin? laptop lang naman po yun.`),
    no(`boss, nag docker compose up kami ng monitoring stack sa same server ng VOS: "Error starting userland proxy: listen tcp4 0.0.0.0:9090: bind: address already in use". prometheus lang po ito`),
    no(`Hi, yung redis namin for the CDR dashboard ayaw mag start kasi 6379 address already in use daw. May isa pa palang redis na naka-install via yum. Alin po dapat tanggalin?`),
    no(`sir ang apache sa portal sa reseller dili mo andar, (98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:443. kagabii pa ni. tabang po`),
    no(`po, yung tomcat ng VOS web manager nag-crash sa startup, "Address already in use" sa 8080. nakita ko sa ss -ltnp na may java pa na running from kahapon. kill ko na lang ba?`),
  ],
  otherRegistrationCause: [
    no(`gan pagi ini 20an ext di kantor cabang unregistered semua. ternyata kemarin ganti password SIP pas audit, phone nya blm diupdate. cara bulk update gmn ya?`),
    no(`bang, gateway GoIP kita gk register lg ke VOS sejak ISP ganti IP publik kantor. di VOS mapping gateway masih pake IP lama. harus edit dimana?`),
    no(`min, softphone reseller saya pada unregistered, di log 403 Forbidden. cek di VOS akun nya expired tgl 1 kemarin. bisa diperpanjang dari web gk?`),
    no(`gan listrik di kantor mati dari jam 9, semua IP phone mati jadi unregistered. nanti kalo nyala lg otomatis register kan?`),
    no(`bang ext kita sering lepas register, tiap beberapa menit. kita pake UDP, router baru dari ISP (ZTE). kata temen SIP ALG nya harus dimatiin. bener gk?`),
    no(`min akun reseller saya di suspend ya? semua agent unregistered dan di vos statusnya locked, saldo minus 150rb. saya transfer skrg`),
    no(`gan domain sip kita expired, jadi phone yg register pake nama domain gk bisa resolve, unregistered semua. udh perpanjang, tinggal nunggu DNS propagate aja ya?`),
    no(`bang lisensi VOS kita katanya habis, di web muncul license expired dan phone2 pada gk bisa register. perpanjang nya ke siapa?`),
    no(`min 401 Unauthorized terus di 3 phone baru, kayaknya salah ketik username, soalnya yg lain normal. log:
REGISTER sip:10.10.1.5 SIP/2.0
SIP/2.0 401 Unauthorized (x5)`),
    no(`Salam, semua extension kat cawangan Johor unregistered sejak pagi. Rupanya internet TM kat sana down. Nanti ok sendiri ke bila line naik?`),
    no(`bro, kami tukar router Unifi baru semalam, phone kat office guna UDP je, sekarang register hilang setiap 2-3 minit. SIP ALG ke punca dia?`),
    no(`tuan, IP static server kami bertukar lepas migrate ke datacenter baru. semua gateway masih point ke IP lama, sebab tu tak register. kena ubah satu2 ke?`),
    no(`Hi, agent call centre tak boleh register, Zoiper tunjuk "wrong password". admin kami reset password semalam tapi lupa bagitau team.`),
    no(`boss akaun reseller saya kena suspend sebab bayaran tak masuk, semua client tak boleh register. dah bayar pagi tadi, boleh aktifkan semula?`),
    no(`ada blackout kat kawasan Shah Alam, UPS dah habis, phone semua mati. lepas elektrik datang nanti phone register balik sendiri kan?`),
    no(`hai min, lesen VOS kami tamat tempoh semalam, web tunjuk license expired, extension baru tak boleh register. macam mana nak renew?`),
    no(`saya tukar DNS sip.syarikat.my ke server baru, tapi sebahagian phone masih register ke IP lama sebab cache. berapa lama nak tunggu?`),
    no(`Salam tuan, 5 phone Yealink kat tingkat 3 offline dan unregistered. Rupanya switch PoE kat situ rosak, lampu pun tak nyala.`),
    no(`Hi po, yung 15 agents namin unregistered since morning. Nalaman namin na nag change password yung admin kahapon pero hindi na-update sa softphones. Pano po bulk?`),
    no(`sir ang mga phones sa among office dili maka register, nag-ilis mi ug ISP (PLDT to Converge) ug UDP ra among gamit. SIP ALG sa bag-ong router guro?`),
    no(`boss expired na daw yung account ng reseller namin sa VOS kaya 403 Forbidden lahat ng REGISTER. pwede po ba extend?`),
    no(`Good afternoon po, nawalan ng kuryente sa Cebu office namin kanina, kaya lahat ng IP phones unregistered. Automatic naman po mag-register pag may power na diba?`),
    no(`po, na-suspend daw account namin kasi unpaid yung balance, kaya hindi maka-register mga softphone. nakapag bayad na po kami kaninang umaga`),
    no(`sir, nag-change kami ng public IP sa server kasi lumipat ng datacenter. yung mga gateways naka-point pa sa lumang IP, kaya ayaw mag register. saan po i-update?`),
    no(`hello, internet namin down since 8am (fiber cut daw sabi ng Globe), kaya lahat ng ext unregistered. wala kaming magawa no?`),
    no(`boss license expired daw sa VOS web, tapos wala nang bagong register na makapasok. kinsa among tawagan para ma-renew?`),
    no(`Hi po, isang Grandstream lang ang laging unregistered, 401 Unauthorized sa logs. typo pala sa auth ID, kaya pala. pano po i-lock para di na mabago ng user?`),
  ],
  smallFigures: [
    no(`gan mau nanya aja, ss -s di server vos kita:
Total: 612
TCP:   418 (estab 96, closed 290, orphaned 0, timewait 287)
normal gk segini? server lg sepi, cuma 20an call`),
    no(`bang TIME_WAIT itu sebenernya apa sih? kok di netstat banyak tulisan TIME_WAIT, ada 300an`),
    no(`min SS_TCP_CLOSE_RESET itu fungsinya apa ya? liat di softswitch.conf nilainya Off`),
    no(`gan kalo nanti RST nya di On-in, phone2 yg di belakang NAT (rumah agent pake mikrotik) bakal kena efek gk? blm diubah kok, nanya dulu`),
    no(`bang berapa sih batas wajar TIME_WAIT buat server 50 CPS? skrg cuma 1200an, belum ada keluhan`),
    no(`min port range kita default 32768 60999, cukup gk buat kira2 30 call concurrent? cuma jaga2 aja`),
    no(`gan netstat -ant | grep TIME_WAIT | wc -l hasilnya 154. itu aman kan?`),
    no(`bang tcp_tw_reuse itu bahaya gk kalo diaktifin? skrg 0. server kita kecil, gk ada masalah sih`),
    no(`min mau konfirmasi, RST mode itu ngaruh ke SIP UDP juga gk? trunk kita mostly UDP`),
    no(`Salam tuan, nak tanya je. ss -s kat server kami:
TCP: 512 (estab 140, closed 350, orphaned 2, timewait 340)
ni normal ke untuk 40 panggilan serentak?`),
    no(`bro apa beza FIN dengan RST bila tutup sambungan TCP? nak faham sebelum meeting dengan vendor`),
    no(`boss kalau kami On kan SS_TCP_CLOSE_RESET nanti, firewall Fortigate kami akan drop packet ke? belum buat apa2 lagi, nak tanya dulu`),
    no(`Hi, TIME_WAIT kat server VOS dalam 800 je waktu peak. perlu tuning ke atau biar je?`),
    no(`tuan, nak tahu default SS_TCP_CLOSE_RESET dalam VOS3000 2.1.x. Off ke On?`),
    no(`saya baru jadi NOC kat sini, boleh terangkan kenapa socket TIME_WAIT kekal 60 saat? nampak 200an dalam netstat`),
    no(`min, ip_local_port_range kami 1024 65000. ok ke atau terlalu luas? takde isu pun, cuma review config`),
    no(`hai, lepas ubah softswitch.conf, service mbx3000d reparse je dah cukup ke atau kena restart penuh? nak ubah setting kecil`),
    no(`netstat kami tunjuk 95 TIME_WAIT, 60 ESTABLISHED. server baru, 10 agent je. semua ok kan?`),
    no(`Hi po, tanong lang. ss -s output namin:
Total: 380
TCP: 260 (estab 70, closed 170, orphaned 0, timewait 165)
normal lang ba ito? mga 15 calls lang kasi ngayon`),
    no(`sir unsa diay ang TIME_WAIT? daghan ko nakita sa netstat, mga 400 ra man, ok ra ba?`),
    no(`boss ano po ba exactly ginagawa ng SS_TCP_CLOSE_RESET? nakita ko lang sa config, naka Off`),
    no(`po kung i-enable namin yung RST mode, maapektuhan ba yung mga agents na naka work from home behind NAT? plano pa lang po`),
    no(`Hi, sa 30 CPS na traffic namin, mga 2k TIME_WAIT sa peak. ok pa ba yan o dapat na mag-alala? wala pa namang failed calls`),
    no(`sir, ano ba ang recommended na value ng tcp_tw_reuse? naka 0 pa po kami, wala naman problema, curious lang`),
    no(`hello po, may effect ba ang RST mode sa UDP trunks? lahat ng carriers namin UDP lang kasi`),
    no(`boss netstat -an | grep -c TIME_WAIT = 87. after hours na so konti lang. tama ba na ganun lang ka-konti?`),
    no(`po, para saan diay yung ip_local_port_range? nabasa ko sa forum, gusto ko lang maintindihan bago mag-adjust`),
  ],
  firewallNoRst: [
    no(`gan tolong bantu buka port 5060 TCP/UDP di fortigate kantor buat trunk baru, policy nya gmn ya?`),
    no(`bang carrier baru minta IP mereka di whitelist, 103.x.x.21 sama .22. di iptables VOS tambahin dimana?`),
    no(`min fail2ban kita nge-ban IP kantor cabang sendiri krn salah password berkali2. cara unban nya gmn?`),
    no(`gan SIP ALG di mikrotik sebaiknya dimatiin gk buat VOS? /ip firewall service-port sip masih enabled`),
    no(`bang mau port forward 5060 dari mikrotik ke server vos di lokal, nat rule nya kayak gini bener gk:
/ip firewall nat add chain=dstnat protocol=udp dst-port=5060 action=dst-nat to-addresses=192.168.1.10`),
    no(`min mau geo-block negara2 yg sering scanning SIP, kecuali ID, MY, SG. bisa di pfsense?`),
    no(`gan tolong review rule iptables server vos kita, takut ada yg kebuka lebar:
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p tcp --dport 8080 -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT`),
    no(`bang range RTP 10000-20000 perlu di allow di firewall juga kan? atau cukup 5060 aja`),
    no(`min banyak REGISTER dari IP aneh2 di log, user agent friendly-scanner. block pake iptables aja cukup?`),
    no(`Salam, nak buka port 5060 dan range RTP kat Sophos XG untuk server VOS baru. ada contoh rule?`),
    no(`boss carrier dari Singapore nak whitelist IP diorang dalam firewall kami. boleh bagi langkah untuk iptables?`),
    no(`hai, fail2ban dah ban IP reseller kami sebab dia salah password banyak kali. macam mana nak unban dan whitelist dia?`),
    no(`tuan, router kami Mikrotik, patut off SIP ALG tak? sekarang ok je tapi ada orang cakap better off`),
    no(`bro tolong check port forward kat router office, nak forward UDP 5060 ke PBX dalaman. tak pasti rule betul ke tak`),
    no(`nak block semua trafik SIP dari luar Malaysia dan Indonesia, guna geo-IP kat Fortigate boleh ke?`),
    no(`Hi, boleh tolong review config Cisco ASA kami untuk VOS? tak ada masalah, cuma audit tahunan`),
    no(`min, kami pasang pfSense baru depan server VOS. rule apa yang perlu allow supaya call jalan? belum live lagi`),
    no(`ada banyak percubaan brute force SIP dari IP luar negara dalam log. nak tambah rate limit kat iptables, boleh bagi contoh?`),
    no(`Hi po, pwede po pa-assist mag open ng 5060 TCP at UDP sa FortiGate namin para sa bagong trunk?`),
    no(`sir, yung bagong carrier gusto ipa-whitelist yung dalawa nilang IP sa firewall namin. saan ko po idadagdag sa iptables?`),
    no(`boss na-ban ni fail2ban yung IP ng isang client kasi mali password nila ng ilang beses. pano po i-unban?`),
    no(`po, i-disable ba namin yung SIP ALG sa router? wala naman problema pero advice daw ng ISP`),
    no(`sir unsaon pag port forward sa 5060 UDP gikan sa router padulong sa VOS server sa sulod? bag-o pa mi ani`),
    no(`hello, gusto namin i-block lahat ng SIP traffic galing sa ibang bansa except PH. kaya ba sa pfSense?`),
    no(`boss pwede pa-review ng firewall rules namin? audit lang, walang issue:
access-list outside_in extended permit udp any host 203.x.x.10 eq 5060
access-list outside_in extended permit udp any host 203.x.x.10 range 10000 20000`),
    no(`po, bag-ong Sophos firewall sa among office. unsa nga ports ang kinahanglan ablihan para sa VOS?`),
    no(`Hi, daming SIP scanner sa logs namin galing sa random IPs. pwede ba mag lagay ng rate limit sa iptables para dito?`),
  ],
  negationContext: [
    no(`gan phone2 di kantor cabang unregistered, tp kita full UDP kok, gk ada TCP sama sekali. RST jg gk pernah kita aktifin. kira2 dari mana ya?`),
    no(`bang masalah TIME_WAIT numpuk yg bulan lalu udh beres ya, makasih. skrg peak cuma 3rb, gk ada error lagi`),
    no(`min FYI aja, forward ticket lama: "address already in use pas peak, 40rb TIME_WAIT" - itu udh solved Maret kemarin. cuma buat arsip`),
    no(`gan SS_TCP_CLOSE_RESET kita Off dari dulu, gk pernah diubah. tapi call ke 1 carrier sering putus. firewall kita gk ada yg berubah juga. ada ide?`),
    no(`bang agent2 unregistered sejak ganti password tadi pagi, NAT nya gk berubah, RST jg off. kayaknya emang passwordnya ya`),
    no(`min makasih bgt, abis kalian ubah tcp_tw_reuse jumlah TIME_WAIT turun ke 500an, call lancar lagi pas jam sibuk`),
    no(`gan fortigate kita gk drop apa2 kok, udh cek log gk ada "no session matched". RST mode juga blm kita aktifin. jd masalah one way audio ini dari mana?`),
    no(`bang sekedar info, dulu pernah ada NAT phone unregistered abis RST di On, tp udh kita balikin Off bulan lalu dan aman sampe skrg`),
    no(`min nobody changed anything di server, gk ada RST, gk ada update. cuma ISP kantor ganti modem dan skrg 5 ext UDP lepas register`),
    no(`Salam, masalah "cannot assign requested address" minggu lepas dah selesai lepas tuan ubah port range. sekarang TIME_WAIT peak 2k je. terima kasih!`),
    no(`bro, kami guna UDP je untuk semua phone, tak ada TCP langsung. RST memang tak pernah On. tapi ada 3 phone unregistered. kena check apa?`),
    no(`tuan, forward tiket lama untuk rekod: pfSense drop RST lepas RST mode, dah fix dengan rule baru bulan 2. tiada tindakan perlu`),
    no(`boss SS_TCP_CLOSE_RESET kami masih Off, tak ada siapa ubah. extension hilang register lepas kami tukar password SIP semalam. tu je punca kan?`),
    no(`hai, nak confirm je, isu NAT phone unregistered selepas RST tu tak kena kami kan? kami tak pernah enable RST, semua default`),
    no(`terima kasih team, lepas fix firewall semalam semua call ok. log Fortigate dah tak ada deny untuk flag R`),
    no(`min, tak ada perubahan config pun, RST Off, firewall sama. cuma elektrik putus 2 jam tadi dan lepas tu phone ambil masa nak register balik`),
    no(`nak update: TIME_WAIT dulu 45k masa peak, sekarang lepas tuning cuma 1,200. tak ada lagi bind error. boleh tutup tiket`),
    no(`Hi, saya bukan report masalah ya. kami off kan balik RST mode minggu lepas dan phone NAT semua stabil dah. cuma nak tanya perlu reparse lagi ke?`),
    no(`Hi po, UDP lang gamit namin sa lahat ng phones, walang TCP. at never po namin in-enable yung RST. pero may 4 ext na unregistered. ano pa po ba dapat i-check?`),
    no(`sir salamat kaayo, after sa inyong tuning ang TIME_WAIT sa peak kay 1.5k na lang, wala nay failed calls`),
    no(`boss FYI lang po, forwarded old ticket: "ASA dropping RST after RST mode" - resolved na po yan last January. for records lang`),
    no(`po, yung unregistered issue kanina kasi pala nag change ng password yung admin, walang kinalaman sa NAT o RST. ok na po`),
    no(`Hi, naka Off pa rin ang SS_TCP_CLOSE_RESET namin, wala namang nagbago. pero nagka-brownout kanina kaya naka-unregistered pa mga phones. maghintay lang ba?`),
    no(`sir dili na mi mag-RST mode, gi-balik na namo sa Off last week, ug stable na ang NAT phones. salamat sa tabang`),
    no(`boss yung "cannot assign requested address" last month naayos na nung in-extend namin port range. ngayon konti na lang TIME_WAIT. thank you po`),
    no(`po, wala pong firewall na nag-drop ng RST, na-check ko na logs ng pfSense, walang blocked. at RST mode is off naman. baka carrier side ang dropped calls?`),
    no(`hello, nobody touched the server po. RST off, firewall same. lumipat lang kami ng ISP sa office at UDP lang gamit, tapos unregistered na ang 6 phones`),
  ],
  portExhaustion: [
    pe(`gan tolong urgent, tiap jam 10-12 siang call pada gagal. di log vos banyak "connect failed: Cannot assign requested address". ss -s:
TCP: 48213 (estab 1820, closed 46100, orphaned 12, timewait 45987)
jam sepi normal lagi`),
    pe(`bang server vos kita kalo lg peak gk bisa bikin koneksi TCP baru ke carrier. netstat TIME_WAIT nyampe 40rb lebih. abis jam 2 siang normal lg`),
    pe(`min jam sibuk (sore) trunk TCP ke vendor pada gagal, error EADDRINUSE pas connect keluar. TIME_WAIT puluhan ribu. CPS lg 180an`),
    pe(`gan ini hasil pas peak tadi:
# netstat -ant | grep TIME_WAIT | wc -l
31872
di log softswitch: bind: Address already in use (outgoing to 103.xx.xx.5:5060)
call keluar banyak failed, cuma jam 9-11 aja`),
    pe(`bang agent call centre kita komplain tiap jam 7-9 malem outbound gagal terus, padahal jalur aman. di server ada 30 ribuan socket TIME_WAIT. port nya abis ya?`),
    pe(`min ephemeral port kayaknya habis, ip_local_port_range masih default 32768-60999, pas peak CPS 200 TIME_WAIT 28rb, koneksi keluar "cannot assign requested address". solusi nya apa?`),
    pe(`gan tiap campaign predictive dialer jalan (jam 10an), vos gk bisa connect ke gateway TCP, error address already in use pas connect keluar. abis campaign berhenti normal lagi`),
    pe(`bang urgent bgt, udh 3 hari tiap jam sibuk call gagal semua, ss -s timewait 52rb. jam 1 pagi pas sepi normal`),
    pe(`min kita pakai SIP TCP ke 4 carrier, pas peak koneksi baru gk kebentuk, "BindException: Cannot assign requested address" di log. TIME_WAIT 35rb, apa harus aktifin RST?`),
    pe(`gan ASR drop dari 45% ke 10% pas jam 11-13, semua karena outbound TCP connect gagal. netstat nunjukin TIME_WAIT 27 ribu ke IP carrier yg sama`),
    pe(`Salam tuan, setiap waktu puncak (10 pagi - 12 tgh) panggilan keluar gagal. Log tunjuk "Cannot assign requested address". TIME_WAIT dalam 40k. Waktu lain ok.`),
    pe(`bro urgent, server VOS tak boleh buka sambungan TCP baru masa peak. ss -s:
TCP: 39877 (estab 2200, closed 37500, orphaned 3, timewait 37410)
lepas pukul 3 ok balik`),
    pe(`boss agent kami complain outbound gagal setiap petang. netstat ada puluhan ribu TIME_WAIT, log ada EADDRINUSE bila connect ke carrier`),
    pe(`hai min, CPS kami naik ke 150 masa campaign, terus port macam habis. "connect: Cannot assign requested address" berlambak dalam log. port range default je`),
    pe(`tuan, dah 2 hari setiap jam sibuk call ke trunk TCP gagal. TIME_WAIT 33k, lepas waktu puncak turun ke 2k dan semua ok`),
    pe(`ni output masa peak tadi:
netstat -an | grep -c TIME_WAIT
44120
dan log softswitch: "bind failed: Address already in use" untuk sambungan keluar ke gateway. tolong la bos`),
    pe(`Hi, NOC sini. Sejak trafik naik bulan ni, masa peak server tak dapat buat sambungan TCP keluar langsung, ephemeral port habis rasanya. TIME_WAIT ~30k. nak tuning tcp_tw_reuse atau RST?`),
    pe(`min, call centre 300 seat kami, setiap pagi 9-11 panggilan gagal. log softswitch penuh "cannot assign requested address" masa connect ke carrier, TIME_WAIT dalam 36 ribu`),
    pe(`bro ASR jatuh teruk waktu puncak, semua sebab sambungan TCP baru tak jadi. TIME_WAIT puluhan ribu ke IP carrier yang sama. waktu malam normal`),
    pe(`Salam, kami perasan bila CPS lebih 120, sambungan keluar mula gagal dengan EADDRINUSE dan socket TIME_WAIT naik ke 25k+. bawah 80 CPS tak ada masalah`),
    pe(`Hi po urgent, tuwing peak hours (9am-12nn) failed ang outbound calls. sa logs: "Cannot assign requested address". ss -s timewait 42k. pag hapon na okay na ulit`),
    pe(`sir, yung VOS server namin hindi na maka-open ng bagong TCP connection sa carrier pag busy hours. netstat TIME_WAIT mga 38k. after 6pm ok na`),
    pe(`boss ang outbound sa among call center mo fail kada hapon, naay kapin 30k nga TIME_WAIT sa server ug "address already in use" sa pag-connect padulong sa carrier`),
    pe(`po, ito output kanina sa peak:
# ss -s
TCP:   47012 (estab 1950, closed 44800, orphaned 5, timewait 44760)
tapos yung mga calls palabas failed lahat. tatlumpung libo pataas lagi ang TIME_WAIT pag peak`),
    pe(`Hi, nag-increase CPS namin to 200 dahil sa bagong campaign, ngayon every peak hour nauubos yung ephemeral ports. "connect failed: EADDRINUSE" sa outgoing. port range default pa`),
    pe(`sir tabang, kada alas 10 sa buntag hangtod udto, ang mga tawag mo-fail. log: java.net.BindException: Cannot assign requested address. TIME_WAIT 30 libo`),
    pe(`boss, 3 days na po na tuwing busy hours walang bagong TCP connection na nabubuo papunta sa gateways. TIME_WAIT 50k+. gabi normal naman`),
    pe(`po ASR namin bumaba ng husto sa peak, puro failed connects. netstat shows 29k TIME_WAIT papunta sa iisang carrier IP. dapat na ba i-on ang tcp_tw_reuse?`),
    pe(`hello NOC here, when CPS goes above 150 the softswitch starts logging "bind: Address already in use" sa outgoing TCP connects, at ang TIME_WAIT umaabot ng 35k. below 100 CPS ok naman lahat`),
    pe(`sir ang agents nag reklamo, kada gabii 7-9 dili maka tawag palabas. netstat naay 40 ka libo nga TIME_WAIT. port exhaustion guro ni?`),
  ],
  natUnregistered: [
    nat(`gan sejak kemarin kalian aktifin SS_TCP_CLOSE_RESET=On, softphone agent WFH yg pake TCP pada unregistered terus. yg di kantor aman. mereka di belakang router rumah semua`),
    nat(`bang abis ganti ke RST mode, IP phone di cabang (belakang mikrotik NAT) lepas register tiap bbrp menit. transport TCP. sebelum nya stabil`),
    nat(`min tolong, dari td pagi setelah perubahan close mode kemaren, 40an ext MicroSIP via TCP di rumah agent unregistered. yg UDP gk kena`),
    nat(`gan gateway GoIP kita di belakang NAT kantor sekarang putus register terus sejak SS_TCP_CLOSE_RESET di On. pake TCP. kembaliin Off aja?`),
    nat(`bang status di web vos banyak ext offline, semuanya agent yg dari rumah (NAT indihome) pake SIP TCP. mulai kejadian abis RST di aktifin kemaren sore`),
    nat(`min sejak perubahan kalian kemarin (yg RST itu), Zoiper TCP di HP agent2 lapangan yg lewat modem/NAT pada unregistered, yg di LAN server aman aja`),
    nat(`gan ini log dari phone, yg di belakang NAT re-register gagal terus abis RST mode On:
REGISTER sip:vos.xxx.id;transport=tcp ... 408 Request Timeout
REGISTER ... connection reset
udh 2 hari begini`),
    nat(`bang kantor cabang Surabaya (mikrotik NAT, SIP over TCP) phone2 nya hilang register tiap 5-10 menit sejak SS_TCP_CLOSE_RESET kalian ubah jadi On`),
    nat(`min setelah RST diaktifin buat ngatasin TIME_WAIT, skrg masalah baru: softphone agent WFH (TCP, belakang NAT) unregistered terus. yg pake UDP normal`),
    nat(`gan tolong cek, Yealink di ruko klien pake TCP di belakang router TP-Link, semenjak close mode ganti ke RST statusnya bolak balik registered/unregistered`),
    nat(`Salam tuan, sejak SS_TCP_CLOSE_RESET ditukar ke On semalam, semua softphone agent WFH yang guna TCP asyik unregistered. yang dalam office ok.`),
    nat(`bro lepas aktifkan RST mode, IP phone kat cawangan (belakang NAT Mikrotik) hilang register setiap beberapa minit. transport TCP. sebelum ni stabil je`),
    nat(`boss, lepas perubahan close mode kelmarin, extension yang guna TCP dari rumah (router Unifi/Maxis) semua offline. yang UDP tak kena`),
    nat(`hai min, gateway kami kat kilang duduk belakang NAT, guna SIP TCP, register hilang sejak korang On kan RST. nak patah balik ke Off ke?`),
    nat(`tuan, web VOS tunjuk banyak extension unregistered, semua agent rumah dengan Zoiper TCP belakang NAT. mula lepas SS_TCP_CLOSE_RESET=On`),
    nat(`log dari phone belakang NAT:
REGISTER sip:sbc.xxx.my;transport=tcp -> no response, TCP connection reset
lepas tu unregistered. jadi macam ni sejak RST mode dihidupkan semalam`),
    nat(`bro, ofis cawangan Penang guna NAT router office, phone semua TCP. sejak switch ke RST, register putus tiap 10 minit. tolong cek`),
    nat(`min, kami On kan RST untuk kurangkan TIME_WAIT, tapi sekarang softphone reseller yang belakang NAT rumah tak boleh kekal register. UDP ok je`),
    nat(`Salam, sejak tukar tetapan tutup sambungan TCP ke RST, Grandstream kat kedai pelanggan (belakang router rumah, TCP) unregistered berulang kali`),
    nat(`hai, lepas kamu ubah SS_TCP_CLOSE_RESET, 60 agent WFH dengan MicroSIP TCP hilang register. agent dalam LAN sama dengan server takde masalah`),
    nat(`Hi po, since na-on yung SS_TCP_CLOSE_RESET kahapon, lahat ng WFH agents na naka-TCP sa softphone nila ay unregistered. yung nasa office okay naman`),
    nat(`sir, after RST mode, yung mga IP phones sa branch namin (behind MikroTik NAT) nawawala registration every few minutes. TCP gamit. stable naman dati`),
    nat(`boss sukad sa inyong change sa close mode gahapon, ang mga ext nga naka-TCP sa balay sa agents (PLDT router NAT) kay unregistered tanan. ang UDP wala naapektuhan`),
    nat(`po, yung gateway namin sa likod ng NAT ng office, SIP over TCP, paulit-ulit na nawawala ang register since na-enable ang RST. ibalik na ba sa Off?`),
    nat(`Hi, madaming ext na unregistered sa VOS web, lahat WFH agents with Zoiper TCP behind home router. nagsimula after SS_TCP_CLOSE_RESET=On`),
    nat(`sir ito log sa phone na behind NAT:
REGISTER sip:vos.xxx.ph;transport=tcp
TCP connection reset by peer
Registration failed, retry in 30s
nagsimula lang ito after i-switch sa RST mode`),
    nat(`boss branch namin sa Davao, naka office NAT, lahat ng phones TCP. since nag RST mode, nawawala ang registration every 5-10 mins`),
    nat(`po, in-on namin yung RST para mabawasan ang TIME_WAIT, pero ngayon yung mga reseller softphones behind NAT sa bahay nila hindi na stable ang registration. UDP users ok lang`),
    nat(`sir ang Grandstream sa tindahan sa client namo (TCP, luyo sa home router) kay balik-balik unregistered sukad gi-RST ang close mode`),
    nat(`Hello po, after ng change sa SS_TCP_CLOSE_RESET, yung 50 agents na naka MicroSIP TCP from home nawalan ng registration. yung nasa LAN ok lang`),
  ],
  firewallRst: [
    fw(`gan sejak SS_TCP_CLOSE_RESET On, call lewat fortigate kita banyak yg nge-hang. di log forti:
msg="no session matched" proto=6 ... flags=R
ada ratusan per menit`),
    fw(`bang abis ganti ke RST mode, call ke carrier lewat Cisco ASA sering putus. log ASA: %ASA-6-106015: Deny TCP (no connection) from x.x.x.x/5060 to y.y.y.y/41234 flags RST`),
    fw(`min sejak RST di On-in, iptables di server vos nge-drop banyak packet, conntrack INVALID. call nyangkut gk ke-release. log:
IN=eth0 ... PROTO=TCP SPT=5060 DPT=45122 ... RST
udh dari kemarin`),
    fw(`gan pfsense kita banyak block TCP:R di firewall log sejak kalian aktifin RST, dan call ke trunk TCP pada gagal/hang`),
    fw(`bang setelah close mode diganti RST, call lewat Sophos XG drop di tengah jalan. log Sophos "out of state" TCP RST packet dropped`),
    fw(`min mikrotik kita firewall filter drop connection-state=invalid, dan sejak RST mode counter nya naik terus. call TCP pada gantung. hubungannya apa?`),
    fw(`gan urgent, sejak kemarin RST mode, trunk TCP ke carrier lewat fortigate: call gantung sampe timeout. forti log penuh "no session matched" tcp flags R ke IP carrier`),
    fw(`bang sejak kalian ubah SS_TCP_CLOSE_RESET, tiap jam ada aja puluhan call ke gateway lewat ASA yg gagal. ASA log full "Deny TCP (no connection)" flags RST`),
    fw(`min log iptables server:
kernel: INVALID DROP IN=eth1 SRC=10.0.0.5 DST=10.0.0.9 PROTO=TCP SPT=5060 DPT=38211 RST
mulai muncul pas RST diaktifin, call keluar jg sering gagal`),
    fw(`gan habis RST mode ON, call lewat firewall pfSense putus2. state table nunjukin sesi lama masih ada padahal vos udah kirim RST, jd packet RST nya di drop`),
    fw(`Salam tuan, sejak SS_TCP_CLOSE_RESET=On semalam, panggilan melalui Fortigate banyak tergantung. dalam log ada "no session matched" dengan flags R`),
    fw(`bro lepas tukar ke RST mode, call ke carrier melalui Cisco ASA selalu putus. log ASA %ASA-6-106015 Deny TCP (no connection) ... flags RST, beratus sejam`),
    fw(`boss, iptables kat server VOS drop banyak packet conntrack INVALID sejak RST On. call tak release, channel penuh. dari semalam lagi`),
    fw(`hai, firewall log pfSense penuh dengan block TCP:R sejak kamu aktifkan RST mode, dan panggilan melalui trunk TCP gagal atau hang`),
    fw(`tuan, lepas close mode bertukar ke RST, call melalui Sophos putus di tengah. Sophos log "out of state" untuk packet RST dari VOS`),
    fw(`min, Mikrotik firewall kami drop connection-state=invalid, dan counter naik laju sejak RST mode. call TCP tergantung tak berhenti`),
    fw(`ni log Fortigate selepas RST mode:
date=... action="deny" proto=6 msg="no session matched" tcpflags="R"
ribu2 sehari. call ke gateway TCP selalu hang`),
    fw(`bro, sejak SS_TCP_CLOSE_RESET ditukar, call melalui ASA puluhan gagal setiap jam. log ASA penuh Deny TCP no connection flags RST`),
    fw(`tuan, kernel log server: "INVALID DROP ... PROTO=TCP SPT=5060 ... RST" muncul sejak RST dihidupkan, dan panggilan keluar selalu gagal`),
    fw(`hai, sejak RST On, call melalui pfSense putus-putus. state table masih simpan sesi lama walaupun VOS dah hantar RST, jadi RST kena drop`),
    fw(`Hi po, since na-On yung SS_TCP_CLOSE_RESET, madaming calls through FortiGate ang nag-hang. log: msg="no session matched" tcp flags R`),
    fw(`sir after mag-RST mode, yung calls papunta sa carrier through Cisco ASA laging nadi-drop. ASA log: Deny TCP (no connection) ... flags RST`),
    fw(`boss, ang iptables sa VOS server nag-drop ug daghang packets conntrack INVALID sukad gi-On ang RST. ang mga tawag dili ma-release`),
    fw(`po, puno ng block TCP:R yung pfSense firewall log since in-enable ninyo ang RST mode, at nagfa-fail o nagha-hang ang calls sa TCP trunk`),
    fw(`Hi, after mapalitan ang close mode to RST, nadi-drop ang calls midway through Sophos. Sophos log "out of state" sa RST packets`),
    fw(`sir ang MikroTik firewall namo nag-drop sa connection-state=invalid, ug kusog ang pagsaka sa counter sukad sa RST mode. ang TCP calls nag-hang`),
    fw(`ito log ng FortiGate after RST mode:
action="deny" proto=6 msg="no session matched" tcpflags="R"
libo-libo kada araw, at ang calls sa TCP gateway laging nagha-hang`),
    fw(`boss, since binago ang SS_TCP_CLOSE_RESET, dosena ng calls every hour ang failed through ASA. puno ang logs ng Deny TCP no connection flags RST`),
    fw(`po, sa kernel log ng server: "INVALID DROP ... PROTO=TCP SPT=5060 ... RST" lumabas lang after in-on ang RST, at laging failed ang outbound calls`),
    fw(`hello, since RST on, putol-putol ang calls through pfSense. may lumang session pa sa state table kahit nag-RST na ang VOS, so dinadrop yung RST`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning167Set: readonly EvalItem[] = Object.values(tuning167Families).flat();
