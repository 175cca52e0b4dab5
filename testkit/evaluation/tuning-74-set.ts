import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Resellers, call-centre technicians and small carriers in Vietnam writing to the support chat on
 * WhatsApp in Vietnamese without diacritics ("a oi", "e", "ko", "k dc", "bi", "roi", "sao vay",
 * "giup e voi", "tu hom qua"), mixed with English technical terms, some pasting log lines or output.
 *
 * The seventy-fourth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the seventy-fourth never-tuned set, before the thirty-ninth round of rules, by someone
 * who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or
 * the other sets in view; measured as such before and after the thirty-ninth round, then made tuning
 * material for the fortieth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 92.2 %, negatives confident 7.4 %, confident wrong 0 % with the
 * rules of the thirty-eighth round, and the same after the thirty-ninth.
 */
export const tuning74Families = {
  oneListeningPort: [
    no(`a oi nginx tren server web ko start dc, bao "bind() to 0.0.0.0:80 failed (98: Address already in use)". e check thi apache van dang chay tren 80, giup e voi`),
    no(`e cai lai tomcat cho portal VOS ma no bao port 8080 bi chiem roi, netstat -tlnp thay 1 con java cu van giu 8080. kill di dc ko a?`),
    no(`mysql ko len tu hom qua a, log ghi "Can't start server: Bind on TCP/IP port: Address already in use" port 3306. hinh nhu con 1 mysqld khac dang chay`),
    no(`redis start fail: "Could not create server TCP listening socket *:6379: bind: Address already in use". e co chay them 1 con redis trong docker tren cung may, chac trung port`),
    no(`docker run -p 5060:5060 bao "Bind for 0.0.0.0:5060 failed: port is already allocated". tren host dang chay kamailio roi a, sao vay`),
    no(`a oi e cai them asterisk tren cung may voi VOS de test, asterisk ko len vi 5060 bi mbx3000 giu. doi asterisk sang 5070 la xong dung ko a`),
    no(`laptop dev cua e chay npm run dev bao EADDRINUSE :::3000, chac con process node cu chua tat. ko lien quan server nha a, hoi cho biet thoi :D`),
    no(`web portal VOS ko vao dc sau khi reboot. log tomcat: "java.net.BindException: Address already in use: JVM_Bind" port 8080. may do con app java nao khac ko a?`),
    no(`podman bao "rootlessport listen tcp 0.0.0.0:8443: bind: address already in use" khi e start container billing. port 8443 dang co httpd giu`),
    no(`sau khi update httpd ko start dc:
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
e nghi nginx cung dang nghe 443, tat 1 con la dc phai ko a`),
    no(`cho e hoi, 2 con SIP server tren cung 1 IP 10.20.1.5 ma cung nghe 5060 thi dc ko? opensips bao cannot bind 5060 vi VOS da giu`),
    no(`postgres ko start a: could not bind IPv4 address "0.0.0.0": Address already in use. HINT: Is another postmaster already running on port 5432? e chay pg_ctl 2 lan`),
    no(`ss -ltnp | grep 8080
LISTEN 0 100 *:8080 *:* users:(("java",pid=2211,fd=45))
con nay la jenkins e cai thu, gio portal VOS ko len vi trung port. doi port portal o dau a`),
    no(`e chay lai service mbx3000d ma log bao port 5060 dang bi chiem, ps thay con 1 process mbx3000 cu treo chua chet. kill -9 xong start lai dc ko a`),
    no(`phpmyadmin tren may billing ko len, apache bao port 80 in use, ma hom qua e moi cai them nginx. chac 2 con dang gianh port 80`),
    no(`docker compose up loi: "Error starting userland proxy: listen tcp4 0.0.0.0:3306: bind: address already in use". may e da co mysql cai san roi`),
    no(`con FreeSWITCH test cua e bao "Socket Error! Address already in use" o sofia profile internal 5060, may do VOS van dang chay. e doi port profile la xong ha a`),
    no(`e mo them 1 instance tomcat thu 2 de test giao dien moi, no ko len vi shutdown port 8005 trung voi tomcat chinh. sua server.xml la dc ko a`),
    no(`grafana ko start, log: "listen tcp :3000: bind: address already in use". e quen mat la con node app cung dung 3000`),
    no(`doi ssh sang port 2222 ma sshd bao "Bind to port 2222 on 0.0.0.0 failed: Address already in use". port do dang co agent monitor giu, e doi sang 2200 vay`),
    no(`vsftpd ko len dc, bao 500 OOPS: could not bind listening IPv4 socket. check thi proftpd van chay tren port 21`),
    no(`port 8080 bi jenkins chiem, portal VOS ko len. file nao cau hinh port portal a?`),
    no(`e cai webmin tren server VOS, webmin bao port 10000 da bi dung. lsof -i :10000 ra 1 process perl cu. giup e voi`),
    no(`SBC kamailio moi cua e ko bind dc 5060/tcp vi VOS chay tren cung may. e muon kamailio nghe 5080 thoi, listen= ghi the nao a`),
    no(`memcached fail: "failed to listen on TCP port 11211: Address already in use". ko gap lam a, may do chi cache cho web`),
    no(`tren may dev cua e, python manage.py runserver bao "Error: That port is already in use." port 8000. tat terminal cu di chay lai dc roi, cam on a`),
    no(`tomcat cua VOS voi zabbix web cung muon port 80, zabbix start sau nen fail "Address already in use". nen de con nao chay 80 a`),
  ],
  otherRegistrationCause: [
    no(`a oi sau khi e doi password account 8801 tren VOS thi may Yealink ko register dc nua, bao 401 Unauthorized lien tuc. chac e quen cap nhat tren phone`),
    no(`khach bao phone ko len tu sang, hoa ra ca toa nha mat dien. co dien lai la register het roi a`),
    no(`trunk doi tac unregistered tu hom qua, ho doi IP public ma ko bao ai, IP moi la 203.0.113.40. e cap nhat o muc nao tren portal a`),
    no(`account dai ly Hai Phong bi khoa do het han hop dong, phone bao 403 Forbidden. ben kinh doanh dong y gia han roi, mo lai giup e voi`),
    no(`license VOS het han tu hom qua hay sao ma tat ca phone deu unregistered, portal cung bao license expired. bao gio gia han dc a?`),
    no(`may IP phone o van phong khach ko register, hoa ra tap vu rut day mang de don ban ghe roi quen cam lai =))`),
    no(`khach thay router moi TP-Link, phone dung UDP 5060, tu luc do register luc dc luc ko. e nghi SIP ALG tren router moi, ben ho ko dung TCP`),
    no(`ISP o khu vuc Q7 bi su co tu 9h sang, phone khach o do offline het. ko phai loi server dung ko a`),
    no(`domain sip.khachhang.vn doi sang IP moi ma TTL cu de 1 ngay, phone van resolve ra IP cu nen ko register dc. doi mai chac tu het`),
    no(`REGISTER bi 403 "account disabled", ben ke toan khoa vi khach no cuoc 2 thang. khach dong tien roi, mo lai giup e`),
    no(`softphone Zoiper cua e bao "Registration failed: wrong password", go lai pass moi thi len roi a. cam on`),
    no(`trunk tu nha mang ko register, log thay "SIP/2.0 404 Not Found" cho username. hinh nhu ho xoa account trunk ben ho roi, e dang hoi lai`),
    no(`phone Grandstream o chi nhanh Da Nang mat registration sau khi e doi IP server tu 10.0.5.10 sang 10.0.5.20. phone van de IP cu, phai sua tung may a?`),
    no(`mot so phone bi VOS cho vao IP blacklist vi nhap sai pass nhieu lan, giup e go ra voi a`),
    no(`khach dung UDP, router moi lap hom qua bat SIP ALG mac dinh, phone ko register. tat ALG xong len lai het. bao a biet de ghi note`),
    no(`may Cisco SPA cua khach bi reset factory mat het config nen ko register, e dang cau hinh lai tu dau`),
    no(`gateway GoIP cua khach ko register, sim 4G het tien nen mat mang. ko phai VOS dau a`),
    no(`a oi account 7001 den 7050 bi suspend do het han thue bao ngay 1/7, khach vua chuyen khoan, active lai giup e`),
    no(`phone unregistered vi khach chuyen sang wifi guest, mang guest chan het port ra ngoai tru 80/443`),
    no(`sau khi doi domain tu voip.congty.vn sang sip.congty.vn, may nao chua cap nhat thi ko register. vay la binh thuong dung ko a`),
    no(`ca toa nha khach mat cap quang tu toi qua, nha mang hen chieu nay sua. phone offline het, e bao truoc de a khoi check`),
    no(`e vua xoa nham user 6005 tren portal, phone 6005 bao unregistered. tao lai voi pass cu dc ko a`),
    no(`tong dai IP cua khach bi trung IP voi may in 10.1.1.50 nen mat registration luc co luc khong. dat IP static khac xong het`),
    no(`register loi 407 Proxy Authentication Required, khach nhap auth ID la so may thay vi username. sua roi a`),
    no(`phone Fanvil o showroom ko len, switch PoE bi chay. thay switch moi la register lai binh thuong`),
    no(`trunk sang nha mang moi bi unregistered tu sang, ho doi realm ma ko bao. cap nhat realm xong ok roi`),
    no(`phone nha khach WFH mat register moi dem luc 3h vi modem nha mang tu reboot, vai phut sau tu register lai. khach dung UDP. co cach nao ko a`),
  ],
  smallFigures: [
    no(`a oi e check ss -s thay timewait 312, vay co sao ko a? he thong van chay binh thuong`),
    no(`TIME_WAIT la gi vay a? netstat ra nhieu dong TIME_WAIT nen e to mo hoi thoi`),
    no(`cho e hoi SS_TCP_CLOSE_RESET dung de lam gi a, doc manual ko hieu lam`),
    no(`co nen bat RST ko a? hien tai ko co loi gi het, chi la doc tren group thay nguoi ta khuyen`),
    no(`netstat -an | grep TIME_WAIT | wc -l
148
nhu vay la on chu a?`),
    no(`ip_local_port_range tren may e dang 32768 60999, co can mo rong ko a? CPS chi tam 20`),
    no(`e moi lam ky thuat, cho e hoi FIN voi RST khac nhau the nao khi dong ket noi TCP a`),
    no(`net.ipv4.tcp_tw_reuse nen de 0 hay 1 a? server chua gap van de gi, hoi de chuan bi`),
    no(`TCP:   1043 (estab 610, closed 380, orphaned 0, timewait 377)
check dinh ky thoi a, so nay ok ko`),
    no(`SS_TCP_CLOSE_RESET co anh huong gi toi SIP UDP ko a?`),
    no(`khach hoi: bat close reset thi co lam rot cuoc goi dang chay ko? e chua biet tra loi sao`),
    no(`TIME_WAIT giu bao lau thi tu het a? 60s phai ko`),
    no(`e dang viet tai lieu van hanh, ghi SS_TCP_CLOSE_RESET mac dinh la Off dung ko a`),
    no(`server moi len, tam 50 cuoc dong thoi, TIME_WAIT dao dong 200-250. cu theo doi tiep hay can chinh gi a?`),
    no(`sao netstat dem TIME_WAIT ra 210 ma ss -s bao timewait 214, lech 1 chut vay la binh thuong ha a`),
    no(`reparse voi restart mbx3000d khac nhau gi a? e muon doi 1 tham so nho trong softswitch.conf ma ko muon rot cuoc`),
    no(`neu sau nay luu luong len 200 CPS thi co can bat RST truoc ko a, hay doi khi nao co loi moi bat`),
    no(`dung TLS ma bat RST thi sao a, nghe noi se bo qua close_notify?`),
    no(`check suc khoe server dinh ky: load 0.3, ram 40%, TIME_WAIT 95, estab 120. moi thu ok phai ko a`),
    no(`trong sysctl.conf co dong net.ipv4.tcp_fin_timeout = 30, cai nay co lien quan gi TIME_WAIT ko a?`),
    no(`tren CentOS 6 thi /etc/sysctl.d ko duoc doc ha a? e dinh them tham so vao do`),
    no(`TIME_WAIT nhieu thi bi sao a? hien tai chi vai tram thoi, hoi truoc de biet`),
    no(`phan biet giup e TIME_WAIT voi CLOSE_WAIT voi a, netstat thay ca 2 (it thoi)`),
    no(`dai port ephemeral mac dinh tren CentOS 7 co bao nhieu port a? tam 28 nghin phai ko`),
    no(`training noi bo: khi nao thi nen bat SS_TCP_CLOSE_RESET? e can 1 slide giai thich cho team`),
    no(`CentOS 5 ko co lenh ss ha a, dung netstat thay dc ko? chi la check thu thoi`),
    no(`a xem giup so lieu thang nay:
estab ~80, time_wait ~60, CPS max 12
co gi bat thuong ko, khach can bao cao hang thang`),
  ],
  firewallNoRst: [
    no(`a oi mo giup e port 5060 tcp/udp tren Fortigate cho IP doi tac 203.0.113.25 voi`),
    no(`fail2ban ban IP van phong khach 198.51.100.14 vi nhap sai pass nhieu lan, unban giup e`),
    no(`cuoc goi 1 chieu, ben A nghe ben B ko nghe. e nghi chua mo dai RTP 10000-20000 tren pfSense`),
    no(`khach muon chan het IP ngoai Viet Nam (geo-block) tren firewall de do bi scan SIP. lam sao a`),
    no(`whitelist IP trunk moi 203.0.113.77 vao iptables giup e, can ca 5060 tcp va udp`),
    no(`MikroTik cua khach bat SIP ALG, audio bi mat. tat bang /ip firewall service-port disable sip la dung ko a`),
    no(`e muon gioi han moi IP chi dc 10 INVITE/s bang iptables hashlimit, viet rule giup e voi`),
    no(`ASA moi lap, can rule cho web portal VOS 8080 chi tu mang noi bo 10.10.0.0/16`),
    no(`bi scan SIP tu dem qua, log toan User-Agent friendly-scanner. block tren firewall dc ko a`),
    no(`pfSense port forward 5060 ve VOS 10.0.0.5 ma ben ngoai van ko goi vao dc, e chua tao NAT rule hay sao`),
    no(`audio mat sau 30s, nghi do Fortigate timeout UDP session cho RTP. tang timeout udp o dau a`),
    no(`them rule cho phep SSH chi tu 10.8.0.2 (vpn) thoi, chan het con lai`),
    no(`iptables -L -n thay policy INPUT DROP, e can mo 5060 va 10000:20000 udp. cho e lenh voi a`),
    no(`fail2ban-client status asterisk ra 43 IP bi ban, co ca IP doi tac trong do. them ignoreip the nao a`),
    no(`Fortigate bat session-helper sip lam SDP bi sua sai, cuoc goi ko co tieng. xoa session helper the nao a`),
    no(`doi tac yeu cau mo TLS 5061 tren firewall, ben e chua mo bao gio. can them gi ngoai port ko a`),
    no(`rate limit tren MikroTik cho SIP chan nham khach goi nhieu, INVITE bi drop luc dong cuoc. noi rong limit giup e`),
    no(`firewalld CentOS 7: firewall-cmd --add-port=5060/tcp --permanent roi ma van chua mo, sao vay a`),
    no(`e muon log tat ca packet SIP bi drop tren iptables de xem IP nao dang scan`),
    no(`khach doi firewall tu Sophos sang Fortigate, can chuyen lai rule cu: 5060, RTP, portal. a co checklist ko`),
    no(`one way audio voi khach dung Draytek, RTP ve ko dc, chac chua mo port RTP tren router ho`),
    no(`block dai 198.51.100.0/24 giup e, toan goi spam vao tong dai`),
    no(`toi qua bi flood 5060 udp nhe, can rule gioi han ket noi moi tren firewall`),
    no(`ufw tren may test: ufw allow 5060 roi ma van ko thay tac dung, hoa ra ufw status inactive =))`),
    no(`VPN site-to-site giua 2 chi nhanh qua pfSense, can rule cho SIP tu 10.1.0.0/16 sang 10.2.0.0/16`),
    no(`whitelist IP monitor 203.0.113.9 giup e de no ping va check port 5060 dc`),
    no(`hoi nhanh: tren ASA lenh "no fixup protocol sip" con dung dc ko a, hay phai "no inspect sip"`),
  ],
  negationContext: [
    no(`phone ko register nhung ben e dung UDP het, ko co TCP, nen RST chac ko lien quan dung ko a`),
    no(`SS_TCP_CLOSE_RESET van Off, ko ai dong vao. phone ben khach mat register chac do ben ho, e dang hoi`),
    no(`cam on a, tu khi a bat RST hom truoc thi het loi address already in use luc cao diem roi`),
    no(`cau hoi training: neu firewall drop RST thi trieu chung the nao a? ko co loi gi dang xay ra nhe`),
    no(`server cua doi tac bi TIME_WAIT 40k, ko phai server ben e, ho hoi e co biet cach xu ly ko thoi`),
    no(`thang truoc bi het port luc peak, a da chinh roi, tu do den gio on dinh. bao lai a biet thoi`),
    no(`phone sau NAT mat register sau khi e doi password, ko phai do RST vi RST van Off`),
    no(`gia su bat RST ma khach dung Fortigate thi co bi gi ko a? chi hoi truoc khi quyet dinh`),
    no(`"Cannot assign requested address" la tren laptop cua e khi chay tool load test tu laptop, ko phai tren server VOS nha a`),
    no(`log Fortigate co vai dong deny nhung toan IP scan nuoc ngoai, ko lien quan RST, ben e chua bao gio bat RST`),
    no(`phone ben Q3 unregistered la do ISP, ko phai do close reset, a khoi check nhe`),
    no(`hom qua a tat RST lai thi phone sau MikroTik register lai het roi, ok a. cam on a nhieu`),
    no(`neu sau nay TIME_WAIT len 30 nghin thi xu ly sao a? hien tai chi 400, hoi de biet`),
    no(`khach bao calls fail nhung e kiem tra thi trunk het tien, ko phai firewall. nap tien xong goi dc`),
    no(`ben e ko dung TCP cho SIP, toan UDP, nen bat close reset cung ko tac dung gi dung ko a`),
    no(`e doc bai noi RST lam phone sau NAT mat register. ben e chua bat RST, chi hoi de phong thoi`),
    no(`bind failed address already in use nhung la do e go lenh start portal 2 lan, xong roi a`),
    no(`loi EADDRINUSE hom truoc la do script test cua dev, da tat, ko can xu ly nua`),
    no(`ko phai firewall dau a, e tat han Fortigate di test ma cuoc goi van loi, chac do trunk`),
    no(`cuoc goi fail tu chieu nay nhung RST van Off, firewall cung ko doi gi, nha mang vua bao su co tuyen`),
    no(`server cu hay bi TIME_WAIT nhieu, chuyen khach sang server moi roi ko con nua. huy server cu luon nhe a`),
    no(`cau hoi thi chung chi: "RST close co anh huong toi NAT khong?" tra loi sao a`),
    no(`phone mat register sau khi doi IP server, RST ko lien quan vi server nay chua bao gio bat`),
    no(`e tuong la het port nhung check lai TIME_WAIT chi co 120, loi that la DB billing bi treo`),
    no(`vu firewall drop RST da xu ly tuan truoc bang rule allow RST roi, bay gio on het`),
    no(`pfSense cua doi tac drop RST tren server cua ho, ho tu xu ly, ben e ko sao ca`),
    no(`RST van On 3 thang nay, phone register binh thuong. hom nay 2 may ko len la do khach doi mat khau wifi thoi`),
  ],
  portExhaustion: [
    pe(`a oi gio cao diem toi nay cuoc goi ra ko dc, log mbx3000 bao "Cannot assign requested address" lien tuc. sang thi binh thuong`),
    pe(`ss -s
Total: 61234
TCP:   60112 (estab 1820, closed 58011, orphaned 3, timewait 57990)
a xem giup, tu 19h cuoc goi moi fail het`),
    pe(`TIME_WAIT len 45k luc 8h toi, CPS tam 180, call moi bi reject. e phai restart moi het`),
    pe(`server VOS ben e toi nao cung vay: 20h-22h goi ra trunk TCP fail, log "connect() failed: Cannot assign requested address". sau 23h het`),
    pe(`netstat -an | grep TIME_WAIT | wc -l
28311
goi ko ra dc a, giup e voi gap`),
    pe(`BindException: Address already in use khi softswitch mo ket noi TCP moi toi gateway luc peak, ban ngay ko sao`),
    pe(`tu hom qua cu khoang 7h toi la EADDRINUSE day log, cuoc goi ra SIP TCP rot het, ASR tut xuong 20%`),
    pe(`het port local roi a, netstat toan TIME_WAIT, softswitch ko tao dc ket noi moi sang trunk`),
    pe(`gio cao diem CPS len 250, mbx3000 bao ko bind dc source port cho outgoing TCP, may chuc nghin socket TIME_WAIT`),
    pe(`log:
[ERR] tcp connect 10.20.0.8:5060 failed: errno 99 (Cannot assign requested address)
[ERR] tcp connect 10.20.0.9:5060 failed: errno 99 (Cannot assign requested address)
lap lai hang nghin dong tu 20:05. e can fix truoc toi mai a`),
    pe(`toi nao cung nghen, ss -tan state time-wait | wc -l ra 31k. cuoc goi moi ko ra dc, cuoc dang noi van ok`),
    pe(`peak la call fail, TIME_WAIT 50k+, cannot assign requested address. help a`),
    pe(`khach carrier lon day traffic vao tu 18h, CPS 300, tam 18h30 la het port, log "address already in use" khi mo TCP ra vendor. giam TIME_WAIT kieu gi a`),
    pe(`ip_local_port_range dang 32768 60999 thoi, toi TIME_WAIT cham 28k la het sach port, cuoc goi ra ko dc. co nen mo rong + bat tw_reuse ko a`),
    pe(`cuoc goi ra trunk TCP cu tam 21h la fail hang loat 503, sang ok. e check thay timewait hon 25 nghin`),
    pe(`CentOS 5 ko co ss, e dung netstat:
netstat -ant | awk '{print $6}' | sort | uniq -c
   1720 ESTABLISHED
  29876 TIME_WAIT
     12 LISTEN
ko goi ra ngoai dc gio nay a`),
    pe(`e nghi la het ephemeral port, toi qua 20h-21h30 ko tao dc ket noi SIP TCP moi, log toan EADDRINUSE. khuya ve lai binh thuong`),
    pe(`load test 200 CPS tren server VOS moi truoc khi dua khach vao, sau 3 phut bao "Cannot assign requested address", TIME_WAIT 28k. chinh gi truoc khi len production a`),
    pe(`trunk TCP Vinaphone: thap diem ko sao, vao gio cao diem cuoc goi moi ko ra, softswitch log bind failed. dem TIME_WAIT thay 40 nghin`),
    pe(`tuan nay luu luong tang gap doi, toi toi la cuoc goi rot. xem thi hang chuc nghin ket noi TIME_WAIT, het port`),
    pe(`giup e voi, call center khach 500 agent, 9h sang peak la outbound fail "cannot assign requested address", trua it cuoc lai goi dc`),
    pe(`log softswitch toi qua:
java.net.BindException: Address already in use (Bind failed)
lap lai moi khi call ra tang manh luc 20h, ban ngay ko thay`),
    pe(`ASR tut tu 60% xuong 15% moi toi tu 19h30, check server thay TIME_WAIT 52341. a bat giup e close reset voi chinh sysctl dc ko`),
    pe(`server ko mo dc tcp moi nua luc cao diem, "Cannot assign requested address", e phai giam CPS vendor xuong moi goi lai dc`),
    pe(`cuoi thang chay campaign autocall CPS len 350, vai phut sau cuoc goi bat dau fail, TIME_WAIT tang lien tuc ko giam, port het sach`),
    pe(`ss -s ra timewait 61000 ma estab chi 900, cuoc goi moi bi 503 ngay. 2h sang check lai con 2k TIME_WAIT`),
    pe(`a check giup may 10.30.2.11, toi qua 20h den 22h gan nhu outbound SIP TCP nao cung loi bind, sang nay lai ok nhu ko co gi`),
    pe(`trunk TCP sang doi tac Singapore cu peak la ko ket noi dc, log EADDRINUSE, ca chuc nghin socket TIME_WAIT. thap diem thi ok`),
    pe(`Cannot assign requested address ma chi bi luc dong cuoc, it cuoc thi ko sao. het port phai ko a? TIME_WAIT luc do tam 30k`),
    pe(`gio cao diem cuoc goi moi ko len, ss bao hon 27 nghin TIME_WAIT, ip_local_port_range van mac dinh. e muon bat tcp_tw_reuse va mo rong dai port, a lam giup e`),
  ],
  natUnregistered: [
    nat(`a oi tu khi bat SS_TCP_CLOSE_RESET = On hom qua thi may Yealink ben khach (sau MikroTik) bi unregistered het, ho dung SIP TCP`),
    nat(`sau khi bat RST mode, softphone cua agent lam tu nha (router nha mang) cu mat register lien tuc`),
    nat(`phone sau NAT dung TCP, tu luc doi close reset sang On la register luc dc luc ko, 5 phut lai rot`),
    nat(`hom qua a bat RST de giam TIME_WAIT, nay van phong khach Q1 bao toan bo IP phone unregistered. ho dung TCP qua router TP-Link`),
    nat(`MikroTik NAT, Grandstream SIP/TCP, tu khi chuyen sang RST close thi phone offline, reboot phone len dc vai phut lai mat`),
    nat(`SS_TCP_CLOSE_RESET="On" tu sang nay, tu do phone sau NAT van phong ko giu dc registration. may nao gan IP public thi van ok`),
    nat(`Zoiper TCP tren laptop nhan vien (wifi cong ty, NAT) cu hien "Not registered" tu khi ben a doi che do dong ket noi sang reset`),
    nat(`e vua bat close reset cho het TIME_WAIT, TIME_WAIT giam that nhung gio 40 may phone sau modem Viettel bi unregistered. sao vay a`),
    nat(`chi nhanh Can Tho: phone qua NAT, SIP over TCP, tu thu 2 (ngay bat RST) mat dang ky lien tuc. may dung UDP thi ko sao`),
    nat(`portal VOS hien online tu 320 xuong 90 sau khi reparse voi SS_TCP_CLOSE_RESET=On. may mat toan la phone sau NAT`),
    nat(`phone khach dung TCP sau router MikroTik, tu luc bat RST la rot register, log thay REGISTER ko co response roi timeout`),
    nat(`sau khi bat RST on, softphone MicroSIP, Linphone qua NAT 4G hay wifi nha deu unregistered. truoc do ko bi`),
    nat(`moi lan softswitch gui RST la phone sau NAT mat ket noi TCP, mat register, phai doi re-register. tu khi bat close reset moi bi vay`),
    nat(`softswitch.conf doi thanh SS_TCP_CLOSE_RESET="On" hom thu 6, thu 7 khach bao phone van phong (NAT, TCP) hien "No Service"`),
    nat(`a ui, cai RST a bat cho server 10.40.1.3 lam phone sau NAT ben dai ly unregister het roi, tat lai giup e dc ko`),
    nat(`tu hom qua sau khi enable RST mode: Fanvil sau router gia dinh dung TCP mat dang ky moi 2-3 phut. phone cam thang LAN cung mang server thi ok`),
    nat(`khach dung Draytek NAT o van phong, tat ca may ban SIP TCP unregistered tu luc server chuyen sang RST. ho ko doi gi ben ho`),
    nat(`e bat close reset theo huong dan de chong TIME_WAIT, gio phone cua khach sau NAT cu nhap nhay register/unregister. co phai do RST ko a`),
    nat(`phone sau NAT ko giu register, bat dau dung tu luc bat SS_TCP_CLOSE_RESET. tat di thi het ko a?`),
    nat(`3 van phong deu MikroTik + TCP transport, tu toi qua luc bat RST la phone unregistered lan luot tung may`),
    nat(`Yealink log: "TCP connection reset by peer, registration lost". phone sau NAT, bi tu khi server bat RST`),
    nat(`sau lan chinh sysctl + RST hom qua de fix het port, nay phone NAT bi unregistered. TIME_WAIT thi ok roi nhung phone lai loi`),
    nat(`agent call centre lam tu nha dung softphone TCP, ai di qua router nha deu mat register sau khi bat close reset. nguoi ngoi van phong dung IP truc tiep thi ko sao`),
    nat(`giup e voi, close reset On xong la phone sau NAT MikroTik mat register ca loat, khach goi phan nan qua troi`),
    nat(`RST mode bat tu chieu qua. tu do phone SIP TCP qua NAT bi unreg, phone UDP van on`),
    nat(`e bat RST tren server 10.50.0.4 thi phone sau NAT ko register dc nua, tren server do co khach dung that nha a`),
    nat(`sau khi bat SS_TCP_CLOSE_RESET de giam timewait, may Grandstream GXP sau router nha mang hien "Account not registered" lien tuc`),
    nat(`bat RST xong phone sau NAT unregistered het a`),
    nat(`tu khi doi cach dong TCP sang RST thi MikroTik ben khach ko giu mapping, phone SIP TCP mat register moi vai phut`),
    nat(`online phone tren VOS toi qua 450, sang nay con 120 sau khi a enable RST luc 22h. may mat deu la phone sau NAT dung TCP`),
  ],
  firewallRst: [
    fw(`a oi tu khi bat SS_TCP_CLOSE_RESET thi cuoc goi qua Fortigate bi treo, log Fortigate thay RST bi drop "invalid state"`),
    fw(`sau khi bat RST, pfSense truoc VOS log day "TCP:R" blocked, cuoc goi fail lien tuc`),
    fw(`iptables conntrack drop packet RST vi INVALID, tu khi bat close reset thi call bi treo ko ket thuc dc`),
    fw(`Cisco ASA bao "TCP packet with RST flag denied, no connection" tu khi server bat RST mode, cuoc goi fail`),
    fw(`bat RST xong la call qua firewall bi treo, firewall stateful drop RST out of state. e co nen tat RST ko a`),
    fw(`log:
kernel: INVALID DROP IN=eth0 OUT= SRC=10.10.5.2 DST=10.10.5.9 PROTO=TCP SPT=5060 DPT=40122 RST
tu sang (luc bat SS_TCP_CLOSE_RESET) la goi ko dc`),
    fw(`Fortigate truoc softswitch log deny packet RST tu server sau khi a chinh close reset On. cuoc goi loi`),
    fw(`call ra doi tac bi treo 30s roi rot, tu khi enable RST. firewall ben e la pfSense, thay RST bi block`),
    fw(`tu hom qua bat RST mode thi goi qua trunk TCP rot hang loat. Fortigate session table con session cu, RST bi drop vi ko match state`),
    fw(`firewall stateful dang drop RST tu softswitch, tcpdump thay RST di ra nhung ko qua dc firewall. truoc khi bat RST ko sao`),
    fw(`conntrack -S thay invalid tang vot tu luc bat RST, cuoc goi SIP TCP fail. can cho phep RST trong iptables ko a`),
    fw(`e bat close reset theo a noi de giam TIME_WAIT, nhung gio cuoc goi loi vi ASA chan RST. gio sao a`),
    fw(`sau khi doi SS_TCP_CLOSE_RESET sang On, cuoc goi qua Sophos ko ket thuc dc, log "invalid TCP packet dropped" toan co RST`),
    fw(`pfSense log:
Jul 3 20:11:02 block em0 10.0.1.5:5060 -> 10.0.2.8:51234 TCP:RA
Jul 3 20:11:02 block em0 10.0.1.5:5060 -> 10.0.2.8:51240 TCP:R
tu luc bat RST thi the nay, cuoc goi loi`),
    fw(`cuoc goi bi treo sau RST mode, firewall stateful phia truoc drop RST vi out of state. allow RST tren firewall hay tat RST a?`),
    fw(`Fortigate cua khach drop RST cua VOS, cuoc goi ko ket noi dc, tu luc bat close reset. ho ko muon doi rule`),
    fw(`call fail tu sang, e moi bat SS_TCP_CLOSE_RESET toi qua. rule iptables -m state --state INVALID -j DROP dem packet tang lien tuc`),
    fw(`RST tu softswitch ko qua dc ASA nen 2 ben van tuong ket noi con song, cuoc goi moi bi treo. bat dau tu khi bat RST`),
    fw(`tu khi enable RST: goi ra trunk TCP qua Fortigate fail tam 40%, debug flow thay "no session matched" toan packet RST`),
    fw(`e thay firewall drop packet RST lien tuc tu khi bat che do dong TCP bang reset, cuoc goi treo ko tat dc`),
    fw(`khach co pfSense truoc VOS, sau khi bat close reset thi cuoc goi vao bi loi, pfSense drop RST vi invalid state`),
    fw(`RST bi Fortigate drop, call fail tu khi bat RST`),
    fw(`sau lan fix TIME_WAIT bang RST hom qua, gio cuoc goi qua firewall bi fail. log firewall toan "RST dropped out of state"`),
    fw(`iptables conntrack chan RST vi INVALID, call treo tu khi doi SS_TCP_CLOSE_RESET="On". them rule accept RST cho 5060 tcp dc ko a`),
    fw(`tu toi qua sau khi a reparse voi RST On, cuoc goi qua Juniper SRX bi treo, SRX log drop TCP RST no matching session`),
    fw(`khach bao cuoc goi ko ngat, CDR ko ket thuc, tu khi bat RST. Fortigate ben khach dang drop RST`),
    fw(`giup e voi a, tu khi bat close reset thi call SIP TCP qua firewall stateful fail gan het, tcpdump 2 dau firewall thay RST mat o giua`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 10.10.1.20/5060 to 10.10.2.30/49812 flags RST on interface inside
tu luc bat RST mode thi goi ko dc a`),
    fw(`bat RST hom qua, nay call qua pfSense fail. e thu tat firewall thi goi dc ngay. firewall drop RST ha a`),
    fw(`cuoc goi fail sau khi enable SS_TCP_CLOSE_RESET, Fortigate ben truoc switch drop RST invalid. tat RST lai hay sua Fortigate a?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning74Set: readonly EvalItem[] = Object.values(tuning74Families).flat();
