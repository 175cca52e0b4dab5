import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP resellers, call centres and NOC staff in Vietnam (Hà Nội, TP.HCM, Đà Nẵng, Hải Phòng, Cần Thơ) writing on Zalo:
 * Vietnamese with diacritics (about 55%) and without (about 45%, telex-less typing), northern and southern wording, chat
 * abbreviations ("ko", "k", "dc", "đc", "vs", "a ơi", "e", "b"), English technical words and pasted output. Numbers as
 * "3 vạn", "30 nghìn", "30 ngàn", "30k", "2 vạn 8"; they greet with "a ơi", "chào anh", "chị ơi" and sign off with "ạ".
 *
 * The hundred-and-ninety-fourth tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-ninety-fourth never-tuned set, before the sixty-ninth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-ninth round, then made tuning
 * material for the seventieth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 92.2 %, negatives confident 4.4 %, confident wrong 0 % with the rules of
 * the sixty-eighth round, before the sixty-ninth.
 * After the sixty-ninth round: the same.
 * After the seventieth round, tuned on: in scope 98.9 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning194Families = {
  oneListeningPort: [
    no(`a ơi, em restart lại con VOS xong thì web portal ko lên, log tomcat báo java.net.BindException: Address already in use ở port 8080. check thì thấy có con java cũ vẫn giữ 8080. kill đi đc ko a?`),
    no(`anh oi nginx ko start dc, bao bind() to 0.0.0.0:80 failed (98: Address already in use). hinh nhu apache van dang chay tren 80, e cai them nginx lam reverse proxy cho trang reseller`),
    no(`Chào các anh, sau khi update mysql thì mysqld không lên, error log:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
Em check ps thì có 2 tiến trình mysqld. Xử lý sao ạ`),
    no(`e reboot service mbx3000d xong no bao ko bind dc 5060, address already in use. netstat -tulpn | grep 5060 thi thay process mbx3000d cu van giu. kill -9 roi start lai dc ko a`),
    no(`Bên em chạy thử con web billing trong docker, docker run -p 8080:8080 báo lỗi: Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use. Trên máy đó đã có Tomcat của VOS rồi, em đổi port khác được không ạ?`),
    no(`redis-server ko chay, log: Could not create server TCP listening socket *:6379: bind: Address already in use. server nay chay chung voi VOS, e cai redis cho tool bao cao doanh thu`),
    no(`Em là dev bên đại lý, đang viết tool gọi API VOS, chạy npm start trên laptop thì báo Error: listen EADDRINUSE: address already in use :::3000. Cái này có liên quan gì tới server VOS không a hay do máy em?`),
    no(`Sáng nay con VOS3000 bên e ko lên sau khi cúp điện, mbx3000d log báo "bind 0.0.0.0:5060 failed: Address already in use". hóa ra có con asterisk test ai đó cài lên chạy cùng máy. tắt asterisk đi là ok phải ko a`),
    no(`a ơi httpd ko start đc sau khi e cài ssl: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443. Trên máy chỉ có 1 web, mà hình như có dòng Listen 443 bị trùng 2 lần trong ssl.conf với httpd.conf`),
    no(`k hieu sao cai web manager 8080 ko vao dc, catalina.out:
SEVERE: Failed to initialize connector [Connector[HTTP/1.1-8080]]
Caused by: java.net.BindException: Address already in use
tomcat shutdown ko het, con 1 tien trinh java treo tu hom qua`),
    no(`Chị ơi bên em là call center ở Đà Nẵng, em cài phần mềm ghi âm nội bộ trên 1 máy Windows thì báo port 5060 đang bị chiếm (address already in use). Hóa ra Zoiper trên máy đó đang nghe 5060. Tắt Zoiper là được đúng ko chị?`),
    no(`sau khi migrate sang server moi, start mbx3000d thi log bao port 1719 address already in use. e doan la con gatekeeper cu cua ban VOS cu van chay song song`),
    no(`Anh ơi, em chạy lại script dùng python http.server để tải file CDR về: OSError: [Errno 98] Address already in use. Chắc do lần trước em Ctrl+Z chứ ko Ctrl+C, tiến trình vẫn giữ port 8000.`),
    no(`VOS web ko len, systemctl status tomcat: "Address already in use (Bind failed)" port 8443. lsof -i :8443 thi ra con java cua phan mem giam sat ben IT cai vao. la sao vay a`),
    no(`Hệ thống bên em ở Hải Phòng, sáng nay nâng cấp VOS lên bản mới thì service web ko start: "Address already in use" trên port 8080, do bản cũ chưa gỡ hết, 2 tomcat cùng chạy. Em gỡ bản cũ là ổn hả anh?`),
    no(`[Fwd từ kỹ thuật ca đêm] 02:15 restart mbx3000d, dịch vụ ko lên. log: SIP listen on 5060 failed, errno 98 EADDRINUSE. lsof -i :5060 -> mbx3000d pid 2231 (tiến trình cũ ko chết). Đã kill -9 2231, start lại OK. Nhờ bên anh xem vì sao lệnh stop ko tắt hết tiến trình.`),
    no(`cac a oi, em cai them mysql 8 trong docker de thu, port 3306 bao address already in use vi mysql cua VOS dang chay. map sang 3307 dc ko hay anh huong gi ko`),
    no(`Web quản lý số dư của đại lý bên em (php-fpm) báo lỗi: ERROR: unable to bind listening socket for address '127.0.0.1:9000': Address already in use (98). Cái này do 2 pool khai trùng port à a?`),
    no(`e moi cai lai centos, start mbx3000d thi ok nhung web portal ko len do port 80 bi httpd mac dinh chiem roi. a huong dan e tat httpd hoac doi port web vos vs`),
    no(`hi a, after reboot tomcat log: java.net.BindException: Address already in use: JVM_Bind <null>:8080. netstat -anp shows pid 1880 = old java. e kill roi ok, chi hoi xem co can sua script khoi dong cho no tu kill ko`),
    no(`Ơ, sao e chạy "nc -l 5060" để kiểm tra port thì báo nc: Address already in use vậy a? À chắc tại VOS đang nghe 5060 rồi đúng ko 😅`),
    no(`em dung keepalived + nginx, khi failover ve may chinh thi nginx bao bind 443 address already in use vi haproxy cung nghe 443. ko lien quan softswitch, chi hoi kinh nghiem cac a`),
    no(`Anh oi con rtpproxy ko len sau khi em restart, bao ko bind duoc port 10000, address already in use. Em thay tien trinh rtpproxy cu van con trong ps.`),
    no(`Em cài grafana trên cùng server VOS để xem biểu đồ, grafana-server log: listen tcp 0.0.0.0:3000: bind: address already in use. Kiểm tra thì port 3000 đang bị 1 app cũ của bên IT chiếm.`),
    no(`b oi, service mysql cua VOS start fail: Can't start server: Bind on TCP/IP port. Got error: 98: Address already in use. e nghi mysqld_safe cu van chay sau khi e stop nham script`),
    no(`a ơi em đang viết thử 1 con IVR trên cùng server VOS, nó cần nghe SIP 5060 mà báo address already in use. Em cho nó nghe 5070 được ko, có ảnh hưởng VOS ko ạ`),
    no(`Chào anh, sau khi chạy lại container Prometheus thì báo "listen tcp :9090: bind: address already in use", container cũ vẫn ở trạng thái running. Xóa container cũ là xong đúng ko ạ?`),
  ],
  otherRegistrationCause: [
    no(`a ơi sáng nay 20 máy IP phone ở chi nhánh Cần Thơ unregistered hết, check thì hóa ra bên IT đổi mật khẩu tài khoản SIP trên VOS mà chưa cập nhật máy. log báo 401 Unauthorized liên tục`),
    no(`cac may cua dai ly e bi mat dang ky tu hom qua, VOS bao account expired. a gia han giup e voi, chuyen khoan roi`),
    no(`Gateway GoIP bên em ở Hà Nội ko đăng ký được nữa, nhà mạng đổi IP tĩnh sang IP mới mà trên VOS vẫn khai IP cũ cho gateway mapping.`),
    no(`tu sang den gio may softphone cua call center ko register dc, Zoiper bao "Wrong password". e reset mat khau tren VOS roi nhung may van luu pass cu`),
    no(`Bên em đổi nhà mạng từ VNPT sang Viettel, sau đó mấy máy Grandstream chạy UDP cứ vài phút mất đăng ký. Router mới có SIP ALG bật sẵn, tắt đi có được ko anh`),
    no(`Tài khoản đại lý bên em bị khóa do hết số dư, toàn bộ số đăng ký bị reject 403. Em nạp 5 triệu rồi mà chưa mở, anh check giúp ạ`),
    no(`may ban o van phong Hai Phong mat dang ky het tu 2h chieu, hoa ra cup dien ca toa nha, UPS ko du. co dien lai thi dk lai binh thuong roi, chi bao a biet`),
    no(`license VOS bên em hết hạn hôm qua hả anh? Sáng nay tất cả đầu số không register được, web báo license expired`),
    no(`domain sip.congtyabc.vn em vừa chuyển DNS sang nhà cung cấp khác, record A chưa cập nhật nên máy đăng ký theo tên miền cứ fail. Có cách nào tạm trỏ IP ko a`),
    no(`con MikroTik o van phong moi thay, may phone dang UDP cu 30s lai unregistered roi registered lai. ko ai dong vao VOS ca, chi thay router thoi`),
    no(`Anh ơi mạng FPT ở chi nhánh Đà Nẵng bị đứt cáp quang từ sáng, 12 máy IP phone unregistered. Cái này chờ FPT sửa thôi hả anh?`),
    no(`e doi IP public cua server VOS (chuyen DC), nhung may softphone cua khach van tro IP cu nen ko dang ky dc. phai bao khach sua het a?`),
    no(`Mấy máy Yealink bên em báo "Registration failed: 403 Forbidden", em check trên VOS thì account bị disable do quá hạn thanh toán. Kế toán chuyển tiền rồi, mở lại giúp em`),
    no(`1 so may Fanvil mat dk sau khi e update firmware, firmware moi reset ve cau hinh mac dinh, mat het user/pass. cau hinh lai la ok dung ko a`),
    no(`Khách bên em than softphone trên điện thoại (Linphone) cứ để qua đêm là unregistered. Hóa ra điện thoại bật tiết kiệm pin, app bị hệ điều hành tắt. Có cấu hình gì trên VOS giúp ko?`),
    no(`a oi nhan vien e nhap sai pass 5 lan, VOS khoa account do chong do mat khau a? bay gio ko dang ky dc, mo khoa giup e`),
    no(`Em đổi username đăng ký từ 8 chữ số sang 10 chữ số cho đại lý, quên ko đổi trên 30 máy gateway nên tất cả báo 404 Not Found khi REGISTER.`),
    no(`switch PoE o tang 3 hong, 15 may ip phone mat nguon nen tren VOS hien unregistered. thay switch roi, nhung sao van con 2 may chua len?`),
    no(`Anh ơi, router Tenda ở nhà khách hàng bật SIP ALG, mấy máy UDP cứ mất đăng ký với bị 1 chiều. Cái RST mode bên mình có liên quan ko hay chỉ do ALG?`),
    no(`server NTP sai gio sau khi reboot, cert TLS tren may phone bao chua co hieu luc nen dang ky TLS fail het`),
    no(`Sau khi nhà mạng chuyển sang CGNAT, gateway bên em nhận IP 100.64.x.x, đăng ký UDP cứ lúc được lúc mất. Trên VOS không ai đổi gì.`),
    no(`e moi them gioi han so dang ky dong thoi = 10 cho moi account tren VOS, gio may thu 11 ko dk dc. dung roi ha a, tang len 20 the nao`),
    no(`Tài khoản của chị Lan bên kế toán hết hạn dùng thử 30 ngày trên VOS nên máy báo unregistered, em muốn chuyển sang gói chính thức`),
    no(`ISP doi modem moi cho van phong Q7, modem moi ko mo port, may phone chay UDP 5060 nen mat dang ky. e da cau hinh lai port forward nhung van chua len`),
    no(`Anh ơi IP server VOS bị nhà mạng chặn do bị báo spam? Tất cả máy ở ngoài ko đăng ký được, ping cũng ko được. Trong LAN vẫn bình thường.`),
    no(`hom qua e doi DNS cua may ATA ve 8.8.8.8, sang nay ATA ko resolve dc ten mien noi bo nen unregistered. doi lai DNS noi bo la len dung ko a`),
    no(`Máy nhánh 105 đến 120 mất đăng ký sau khi em import lại danh sách tài khoản từ file Excel, mật khẩu bị Excel làm mất số 0 ở đầu.`),
  ],
  smallFigures: [
    no(`a ơi cho e hỏi ss -s ra thế này có bình thường ko:
Total: 412
TCP:   289 (estab 143, closed 96, orphaned 0, timewait 92)
server chạy VOS, tầm 30 cuộc đồng thời`),
    no(`TIME_WAIT la gi vay a? netstat thay co khoang 200 cai TIME_WAIT tren server VOS, co can xu ly ko`),
    no(`SS_TCP_CLOSE_RESET trong softswitch.conf dùng để làm gì anh? Em thấy nó đang Off, có nên bật ko`),
    no(`neu bat RST mode thi may ip phone sau NAT cua khach co bi anh huong ko a? Ben e chua bat, dang tinh`),
    no(`Em check định kỳ: netstat -ant | grep TIME_WAIT | wc -l = 347, giờ cao điểm CPS khoảng 15. Số này ổn chứ ạ?`),
    no(`cho e hoi ip_local_port_range mac dinh 32768 60999 co du cho tam 3 nghin cuoc goi/gio ko a`),
    no(`Anh giải thích giúp em khác nhau giữa đóng bằng FIN và RST trong VOS với, sếp hỏi mà em ko biết trả lời`),
    no(`tcp_tw_reuse nen de 0 hay 1 tren server VOS? hien tai e de mac dinh, chua co loi gi`),
    no(`Hi anh, đây là output hôm nay:
   8 CLOSE_WAIT
 156 ESTABLISHED
 231 TIME_WAIT
  12 LISTEN
server chạy êm, chỉ muốn hỏi có cần tune gì trước Tết ko`),
    no(`Nếu bên em có firewall FortiGate phía trước, bật SS_TCP_CLOSE_RESET=On có rủi ro gì ko anh? Hiện chưa bật, đang cân nhắc.`),
    no(`e thay vai chuc socket TIME_WAIT tren port 5060 sau moi dot goi, vay co phai dau hieu loi ko`),
    no(`Server bên em mới đưa vào chạy, tầm 2 vạn 8 cuộc/ngày, TIME_WAIT lúc cao nhất khoảng 600. Có cần bật RST ko anh hay để mặc định?`),
    no(`a oi "ss -tan state time-wait | wc -l" ra 85, vay la it hay nhieu`),
    no(`Em đọc tài liệu thấy nói RST tránh TIME_WAIT dồn khi CPS cao. CPS bao nhiêu thì gọi là cao ạ? Bên em tầm 20 CPS.`),
    no(`cho e hoi khi nao thi nen chinh net.ipv4.ip_local_port_range, ben e hien 500 TIME_WAIT luc cao diem, chua thay bao loi gi`),
    no(`Sếp bên em muốn biết: nếu đổi SS_TCP_CLOSE_RESET thì có cần restart mbx3000d ko hay chỉ reparse là đủ?`),
    no(`Hôm nay em kiểm tra:
TCP:   1024 (estab 610, closed 310, orphaned 2, timewait 298)
Có vẻ bình thường? Gọi vẫn ổn, chỉ check định kỳ.`),
    no(`k biet RST mode co anh huong toi SIP UDP ko a? ben e 90% trunk la UDP`),
    no(`a oi con so "orphaned 3" trong ss -s nghia la gi a, co phai loi ko`),
    no(`E moi hoc Linux, cho e hoi TIME_WAIT ton tai bao lau (60s?) va tai sao ben dong ket noi truoc moi la ben giu TIME_WAIT`),
    no(`Khách reseller hỏi: "server VOS của bên mình có dùng RST không, vì bên tôi dùng pfSense". Em trả lời sao anh? Bên mình đang để Off mặc định.`),
    no(`netstat -s | grep -i reset
    120 connection resets received
    45 resets sent
mấy số này sau 30 ngày uptime có cao ko anh`),
    no(`Nếu sau này lên tầm 3 vạn cuộc/giờ thì nên chuẩn bị gì về port range với tcp_tw_reuse ạ? Hiện giờ mới 5 nghìn cuộc/giờ, chưa có vấn đề.`),
    no(`a cho e xin lenh xem so TIME_WAIT theo tung IP dich voi, e muon monitor truoc, hien chua co su co`),
    no(`Em là NOC mới ở TP.HCM, đọc thấy SS_TCP_CLOSE_RESET trong softswitch.conf, giá trị On/Off khác gì nhau về mặt gói tin? Muốn hiểu thôi ạ.`),
    no(`ss -s luc 10h sang (gio cao diem):
TCP:   733 (estab 402, closed 201, orphaned 0, timewait 188)
vay ok chua a, sep bat bao cao`),
    no(`Mấy máy đăng ký qua TCP sau NAT có bị mất đăng ký nếu mình chuyển qua RST mode không anh? Hỏi trước để lên kế hoạch, chưa đổi gì.`),
  ],
  firewallNoRst: [
    no(`a oi mo giup e port 5060 TCP/UDP tren FortiGate cho IP nha mang moi 203.113.x.x, ho bao ko goi vao dc`),
    no(`Bên em muốn whitelist dải IP của carrier mới trên iptables, anh gửi em lệnh mẫu với ạ`),
    no(`fail2ban ban mat IP van phong Ha Noi, nhan vien ko vao web VOS dc. unban sao a`),
    no(`Router Draytek ở chi nhánh có SIP ALG, em nên tắt hay bật khi dùng với VOS ạ?`),
    no(`Cần NAT port forward 5060 và dải RTP 10000-20000 trên MikroTik về server VOS nội bộ, anh check giúp rule này đúng chưa:
/ip firewall nat add chain=dstnat dst-port=5060 protocol=udp action=dst-nat to-addresses=192.168.1.10`),
    no(`sep muon chan het IP nuoc ngoai tru Singapore vao 5060, dung geo-block tren pfSense duoc ko a`),
    no(`Gửi anh cấu hình firewall Sophos hiện tại, nhờ anh review xem có mở thừa port nào ko trước đợt audit tháng sau`),
    no(`Khách hàng mới ở Cần Thơ gọi vào bị chặn, hóa ra firewall ASA chưa có ACL cho IP của họ. Em thêm ACL permit rồi, có cần clear conn ko?`),
    no(`bi scan SIP tu IP la, log co hang nghin REGISTER sai mat khau, e muon chan bang iptables hoac fail2ban, a goi y filter voi`),
    no(`Anh ơi port web VOS 8080 em muốn chỉ cho IP công ty truy cập, làm trên iptables thế nào, còn lại drop hết`),
    no(`log FortiGate co nhieu dong "action=deny" tu IP nuoc ngoai vao 5060 UDP, do la chan dung roi phai ko a`),
    no(`Em vừa thay pfSense mới, cần mở outbound cho VOS gọi ra trunk TCP 5060 của nhà mạng, rule mặc định đã cho phép hết outbound chưa anh?`),
    no(`Nhà mạng yêu cầu mình gửi danh sách IP public để họ whitelist, server VOS bên em có 2 IP, gửi cả 2 hay chỉ IP signaling?`),
    no(`e bat conntrack helper nf_conntrack_sip tren iptables, nghe noi no hay lam hong SIP, nen tat ko a`),
    no(`Ngày mai bên em đổi firewall từ ASA sang FortiGate, anh cho em checklist port cần mở cho VOS (SIP, RTP, web, H.323)`),
    no(`fail2ban cua ben e ban nham IP gateway cua dai ly o Hai Phong vi ho sai pass vai lan, gio e them vao ignoreip dc ko`),
    no(`Anh ơi trên MikroTik em có rule drop invalid mặc định, có cần sửa gì ko? Bên em RST mode vẫn Off, chỉ hỏi cho chắc khi rà soát config.`),
    no(`Security team yeu cau dong port 22 ra ngoai, chi cho vao qua VPN. Co anh huong gi toi VOS ko a`),
    no(`Em mở port 5060 trên FortiGate rồi mà gọi từ ngoài vào vẫn ko được, log báo "Denied by forward policy check". Chắc em đặt policy sai thứ tự?`),
    no(`rate limit SIP tren iptables bang hashlimit, a xem giup e 30 goi/giay/IP co hop ly ko`),
    no(`Bên em dùng pfSense, muốn port forward 5061 cho khách dùng TLS, có cần bật NAT reflection ko anh?`),
    no(`Công ty em được khách yêu cầu tắt SIP inspect trên Cisco ASA (no inspect sip), làm xong có cần restart VOS ko?`),
    no(`ufw tren server moi chua mo 8080 nen ko vao dc web VOS, ufw allow 8080/tcp la xong phai ko a`),
    no(`MikroTik bên em bật connection tracking, em muốn thêm address-list cho 5 IP carrier và chỉ cho họ vào 5060. Anh xem giúp script:
/ip firewall address-list add list=carrier address=113.x.x.10
/ip firewall filter add chain=input protocol=udp dst-port=5060 src-address-list=!carrier action=drop`),
    no(`a oi nha mang bao IP ho bi chan tren firewall minh, e xem log Sophos thay rule "Block_SIP_Scanner" chan nham. sua rule sao cho ho qua`),
    no(`Sau khi bật IPS trên FortiGate, một số INVITE bị drop với signature "SIP.Malformed.Header". Có nên loại trừ signature này cho IP của carrier ko anh?`),
    no(`e muon log cac goi tin TCP flags R tren iptables de theo doi thoi, hien chua co su co gi, RST mode chua bat. viet rule LOG the nao a`),
  ],
  negationContext: [
    no(`Anh ơi máy sau NAT bên em unregistered, nhưng bên em chạy UDP hết, RST mode cũng chưa bật bao giờ. Em nghĩ do router mới thay hôm qua.`),
    no(`van de address already in use va TIME_WAIT 3 van cai thang truoc da xu ly xong roi, cam on team. gio luc peak chi con 300 TIME_WAIT`),
    no(`Forward ticket cũ để lưu hồ sơ: "Tháng 3: FortiGate drop RST sau khi bật SS_TCP_CLOSE_RESET, đã thêm policy cho phép RST. Đóng ticket." Ko cần làm gì thêm ạ.`),
    no(`cam on a, sau khi nhap lai mat khau cho dung thi may da dang ky lai het, ko phai do RST nhu e tuong`),
    no(`SS_TCP_CLOSE_RESET bên em vẫn là Off, chưa ai đụng vào. Log FortiGate cũng ko có dòng nào "no session matched". Vậy mấy cuộc rớt hôm qua chắc do nhà mạng đúng ko anh?`),
    no(`Ko ai thay doi gi tren VOS ca, khong bat RST, khong doi firewall. May phone van dang ky binh thuong, chi hoi de bao cao thang`),
    no(`Update: sau khi tăng ip_local_port_range và bật tcp_tw_reuse tuần trước thì giờ cao điểm chỉ còn khoảng 2 nghìn TIME_WAIT, ko còn lỗi cannot assign requested address nữa. Cảm ơn anh nhiều.`),
    no(`Em đã tắt RST mode (SS_TCP_CLOSE_RESET=Off, reparse rồi) từ hôm qua, máy sau NAT đăng ký lại bình thường hết. Chỉ báo lại để anh đóng ticket.`),
    no(`trunk cua nha mang dung UDP only nen chac RST ko lien quan phai ko a. cuoc goi bi rot la do nha mang loi duong truyen, ho da xac nhan roi`),
    no(`Tôi gửi lại email cũ năm ngoái cho NOC mới đọc tham khảo: "Sự cố port exhaustion ngày 12/8: 28k TIME_WAIT, EADDRINUSE khi kết nối ra. Đã xử lý bằng RST mode." Hiện hệ thống ổn định.`),
    no(`Máy bị unregistered là do em đổi mật khẩu SIP hôm qua, ko liên quan NAT hay RST gì đâu, nhờ anh đặt lại mật khẩu cũ giúp em`),
    no(`firewall pfSense co log drop nhung la drop UDP scan tu ngoai, ko phai RST. RST mode ben e cung chua bat. chi muon xac nhan la ko sao`),
    no(`Loi "address already in use" hom truoc la do tomcat chu ko phai do het port, em kill process cu roi. Cam on anh da chi.`),
    no(`a oi, ben e KHONG dung TCP, toan bo may la UDP. vay neu bat RST thi may sau NAT co mat dang ky ko? chac la ko dung ko a`),
    no(`Cảm ơn team, từ lúc sửa FortiGate cho phép RST (bỏ drop out-of-state) thì ko còn cuộc gọi treo nữa. Theo dõi 3 ngày rồi, 0 lỗi.`),
    no(`Sếp hỏi có phải do RST mode ko, em check softswitch.conf thì SS_TCP_CLOSE_RESET=Off, chưa bao giờ bật. Các máy mất đăng ký sáng nay là do mất điện khu vực Bình Thạnh như EVN báo.`),
    no(`TIME_WAIT tang len 3 van la hom thu 6 tuan truoc khi chay chien dich autodial, sau do giam con vai tram. Tuan nay binh thuong, chi ghi chu lai`),
    no(`Sự cố chiều qua không phải do firewall drop RST như bên em nghi lúc đầu: nhà mạng xác nhận đứt cáp biển, cuộc gọi quốc tế rớt. Đóng ticket giúp em.`),
    no(`Anh ơi bên em vừa bỏ NAT, dùng IP public trực tiếp cho gateway, giờ đăng ký ổn. Trước đó mất đăng ký là do MikroTik để timeout UDP quá ngắn chứ ko phải RST.`),
    no(`ko co loi cannot assign requested address nao ca, e grep log ca tuan roi. chi thay TIME_WAIT 150-200, ok het`),
    no(`Hom truoc em bao nham: may ko dang ky duoc la do account het han, ko phai do bat RST. Da gia han, xong roi a.`),
    no(`Ticket #4521 (đã đóng): "iptables conntrack INVALID drop RST sau khi bật RST mode", đã thêm rule ACCEPT, xác nhận OK. Em chỉ forward để anh lưu vào KB.`),
    no(`cac a yen tam, RST mode van Off, firewall khong doi, so TIME_WAIT 400. e chi check lai sau vu mat dien toi qua`),
    no(`Dạ bên em chưa bao giờ bật SS_TCP_CLOSE_RESET, mấy cuộc gọi bị treo là do nhà mạng bên kia ko gửi BYE, họ đã nhận lỗi.`),
    no(`Ko phải hết port đâu anh, "address already in use" là do em lỡ chạy 2 lần mbx3000d. Đã kill 1 cái, giờ ổn.`),
    no(`thang truoc bi het port that, nhung sau khi len server moi va chinh port range thi het. hom nay peak 120 CPS ma chi 3k TIME_WAIT, ko loi. cam on`),
    no(`Nhờ anh giải thích cho khách: họ tưởng firewall Sophos chặn RST, nhưng log cho thấy là do họ sai mật khẩu trunk (401), RST mode bên mình cũng Off.`),
  ],
  portExhaustion: [
    pe(`a ơi gấp!!! giờ cao điểm 9h sáng VOS ko gọi ra được trunk TCP, log đầy "connect failed: Cannot assign requested address". ss -s:
TCP:   31842 (estab 1203, closed 30410, orphaned 12, timewait 30388)
CPS tầm 180`),
    pe(`server VOS ben e tu 8h-11h sang cuoc goi fail lien tuc, netstat thay gan 3 van TIME_WAIT, log bao EADDRINUSE khi ket noi ra gateway. qua 12h thi het. a xem giup`),
    pe(`Chào anh, call center bên em ở TP.HCM chạy autodial 200 CPS, tới khoảng 10h thì VOS ko mở thêm được kết nối TCP nào ra nhà mạng. netstat -ant | grep TIME_WAIT | wc -l = 28417. Sau 15p tự hết rồi lại bị.`),
    pe(`e paste log:
[ERR] tcp connect to 10.20.1.5:5060 failed: errno 99 (Cannot assign requested address)
[ERR] tcp connect to 10.20.1.6:5060 failed: errno 99 (Cannot assign requested address)
... lap lai hang nghin dong luc 14h-16h. TIME_WAIT 2 van 8, goi ra loi gan het`),
    pe(`Anh ơi VOS bên em cứ giờ cao điểm là ko gọi ra được, giờ thấp điểm thì bình thường. Em thấy số TIME_WAIT lên tới 3 vạn, hết port local rồi phải ko anh. Port range đang để mặc định.`),
    pe(`hello a, cron monitor bao: TIME_WAIT=41233, ephemeral ports used 99%. cuoc goi ra trunk TCP cua VNPT fail hang loat, tu 19h toi gio. e can xu ly ngay`),
    pe(`Đại lý bên em ở Hà Nội báo từ 9h đến 11h sáng gọi ra 30% cuộc lỗi 503. Em xem log VOS thì thấy "bind: Address already in use" mỗi khi VOS mở kết nối mới ra gateway, chứ ko phải lúc khởi động. ss -s ra timewait 29 nghìn.`),
    pe(`VOS bao java.net.BindException: Address already in use: connect, xuat hien lien tuc gio cao diem. TIME_WAIT 3 van 2. a oi cuu`),
    pe(`Anh check giúp, từ tuần này CPS tăng lên 250 do có khách mới đổ traffic, buổi chiều là cuộc gọi rớt hàng loạt, VOS ko tạo được TCP connection mới tới carrier.
ss -tan state time-wait | wc -l -> 35120
net.ipv4.ip_local_port_range = 32768 60999`),
    pe(`may chu VOS o Da Nang het port, peak 150 cps, timewait 27k, ko ket noi duoc ra ngoai. tcp_tw_reuse dang = 0. bat len co an toan ko hay bat RST mode`),
    pe(`Tin nhắn từ NOC ca đêm: "21:40 alarm: outbound SIP TCP fail rate 40%. netstat: 26.5k TIME_WAIT. log: cannot assign requested address. đến 23h giảm traffic thì tự hết." Anh xem nguyên nhân giúp em, tối nay chắc lại bị.`),
    pe(`moi ngay tu 8h30 den 10h sang la he thong ko goi ra duoc, e dem TIME_WAIT thay khoang 30 ngan cai, 28 nghin port local dung het. server chi co 1 IP nguon`),
    pe(`Anh ơi, hôm nay chạy chiến dịch telesale, CPS lên 300, sau 5 phút thì VOS báo lỗi ko kết nối được tới trunk, log đầy EADDRINUSE. Em dừng chiến dịch thì hết. Số TIME_WAIT lúc đó 3 vạn rưỡi.`),
    pe(`ss -s
Total: 33012
TCP:   32755 (estab 890, closed 31620, orphaned 5, timewait 31598)

Transport Total     IP        IPv6
RAW       0         0         0
UDP       14        10        4
TCP       1135      1120      15

e gui ss -s luc 10h, cuoc goi ra fail gan het. luc 6h sang chi co 500 timewait`),
    pe(`Chị ơi giờ cao điểm bên em cứ gọi ra là báo "network error", log VOS có "connect() failed (99: Cannot assign requested address)", mà chỉ bị với trunk chạy TCP thôi. Tối muộn thì hết.`),
    pe(`a ơi e mới tăng traffic lên gấp 3, giờ peak VOS ko mở được socket mới. log thấy nhiều "Address already in use" trên kết nối đi ra, ko phải port 5060 của VOS. TIME_WAIT đếm được 24 nghìn`),
    pe(`VOS3000 ben e dang loi: CPS 220 luc 11h trua, netstat -an | grep -c TIME_WAIT = 32001, khong tao them duoc ket noi TCP moi ra carrier, khach bao goi ko duoc. Can ho tro gap`),
    pe(`Em là NOC ở Hải Phòng. Hiện tượng: 7h-9h tối cuộc gọi quốc tế qua trunk TCP bị fail khoảng 25%, VOS log "BindException: Cannot assign requested address". TIME_WAIT khoảng 2 vạn 8. Các giờ khác ok.`),
    pe(`sáng nay lại bị như hôm qua anh, tới 9h là hết port, 30k TIME_WAIT, cuộc gọi ra ko được. hôm qua anh bảo theo dõi thêm, giờ em chắc chắn là lặp lại mỗi sáng`),
    pe(`toi la chu cong ty, khach hang phan nan chieu nao cung goi ko duoc tu 14h-17h. ky thuat ben toi noi server VOS het cong ket noi, co may van socket TIME_WAIT. cac anh xu ly giup`),
    pe(`log:
2024-05-14 10:02:11 WARN SipTcpClient connect 113.161.x.x:5060 - java.net.BindException: Cannot assign requested address
2024-05-14 10:02:11 WARN SipTcpClient connect 113.161.x.x:5060 - java.net.BindException: Cannot assign requested address
(x 12.000 dòng trong 10 phút)
Giờ cao điểm đó anh, CPS khoảng 190.`),
    pe(`Bên em 2 server VOS, con phụ trách outbound cứ peak là ko tạo được kết nối mới, TIME_WAIT tăng vọt lên 30 nghìn, con còn lại bình thường vì ít traffic. Có phải bật RST mode cho con outbound ko anh?`),
    pe(`anh oi tu khi chuyen trunk nha mang sang TCP (theo yeu cau cua ho) thi gio cao diem VOS bao loi ket noi ra, ss thay 25k timewait toi port 5060 cua ho. hoi con UDP ko bi`),
    pe(`Báo cáo hệ thống: số cuộc gọi thất bại tăng vọt 10h-11h, ASR giảm từ 45% xuống 12%. Kỹ thuật kiểm tra: ephemeral port cạn (28.000/28.232 đang dùng), hầu hết là TIME_WAIT. VOS ko mở thêm kết nối ra được.`),
    pe(`e kiem tra: luc peak chay ss -tan thi ra TIME-WAIT 30123, ESTAB 1500. luc do goi ra gateway Dinstar qua TCP thi loi "cannot assign requested address". het peak thi het`),
    pe(`Cho em hỏi gấp: CPS bên em khoảng 160, tới giờ cao điểm thì VOS ko kết nối được ra ngoài, lỗi EADDRINUSE, TIME_WAIT ~31k. Em nên tăng ip_local_port_range hay bật SS_TCP_CLOSE_RESET ạ?`),
    pe(`reseller o Can Tho bao: toi nao 8h-10h cung bi loi goi ra. e xem server VOS thay hon 3 van socket TIME_WAIT, log loi cannot assign requested address. server 1 IP, port range mac dinh`),
    pe(`Anh ơi chiều nay lại bị như tuần trước: 15h CPS vọt lên 210, netstat 33 ngàn TIME_WAIT, tất cả cuộc gọi mới ra trunk TCP fail ngay. Em đã restart VOS thì đỡ 10 phút rồi lại bị.`),
    pe(`VOS ko ket noi dc toi SBC cua nha mang vao gio cao diem, bao "Address already in use" (errno 98) khi connect, ko phai khi start service. dem TIME_WAIT 29.500. e hieu la het ephemeral port dung ko a`),
    pe(`Tóm tắt sự cố đang diễn ra (11:20): outbound fail 60%, VOS log "cannot assign requested address", ss -s timewait 37 nghìn, CPS hiện tại 240. Cần hướng xử lý ngay.`),
  ],
  natUnregistered: [
    nat(`a ơi từ hôm qua anh bật RST mode thì mấy máy Yealink ở nhà khách hàng (sau router Viettel) cứ unregistered liên tục, chúng nó đăng ký qua TCP. Máy ở văn phòng có IP public thì ko sao`),
    nat(`sau khi ben a doi SS_TCP_CLOSE_RESET=On, softphone MicroSIP cua nhan vien lam o nha (NAT qua modem FPT, transport TCP) mat dang ky lien tuc, 5-10p lai rot`),
    nat(`Từ lúc bên anh chuyển chế độ đóng kết nối sang RST, các máy Grandstream ở chi nhánh Đà Nẵng (sau MikroTik NAT, SIP TCP) hiện unregistered trên VOS, reboot máy thì lên lại được một lúc rồi mất.`),
    nat(`Anh oi cac gateway GoIP sau NAT van phong bi mat dang ky tu sau khi bat RST hom thu 2. dang ky TCP. gateway co IP public thi van on.`),
    nat(`Chào anh, sau thay đổi hôm qua (bật RST) thì 40 máy nhánh ở call center Q.10 mất đăng ký, đều sau NAT của router Draytek, dùng TCP. Cần xử lý gấp vì sáng mai có ca.`),
    nat(`Zoiper tren dien thoai cua sale (4G, NAT nha mang) bao "Registration failed" tu khi ben minh bat SS_TCP_CLOSE_RESET. Dung TCP vi UDP bi nha mang chan`),
    nat(`Anh ơi em check web VOS thì mấy tài khoản của khách ở Hải Phòng (ngồi sau NAT, TCP) toàn hiện unregistered, từ lúc bật RST mode chiều qua. Mật khẩu ko đổi, mạng bên khách vẫn ổn.`),
    nat(`e thay sau khi a bat RST thi may Fanvil o nha khach qua TCP cu 1 luc la unregistered, log VOS thay REGISTER moi ko toi, tren router NAT cua khach thay ket noi cu van con. tat RST thi het ha a?`),
    nat(`Anh ơi từ sáng nay (sau khi bên em đổi SS_TCP_CLOSE_RESET từ Off sang On để giảm TIME_WAIT), toàn bộ máy TCP sau NAT mất đăng ký, máy UDP ko sao.`),
    nat(`sau khi doi close mode sang reset, cac may IP phone o cac van phong nho (NAT qua modem nha mang, SIP/TCP) bi unregistered hang loat. may o DC (IP public) binh thuong`),
    nat(`Đại lý ở Cần Thơ báo từ tối qua softphone Bria của họ qua TCP ko giữ được đăng ký, cứ vài phút lại unregistered. Họ ngồi sau router TP-Link. Tối qua đúng lúc bên mình bật RST mode.`),
    nat(`NAT o nha khach la MikroTik, transport TCP. tu khi VOS gui RST thay vi FIN thi MikroTik giu connection cu, may phone register lai ko duoc, hien unregistered. a co cach nao ko`),
    nat(`Em gửi trạng thái máy: Yealink T46 - Account 1: Registration Failed. Transport: TCP. Máy ở nhà, sau modem Viettel. Bị từ khi anh bật RST mode trên VOS hôm thứ 5.`),
    nat(`a ơi, hôm qua anh nói bật RST để giảm TIME_WAIT, nhưng giờ các máy remote ở nhà nhân viên (NAT, TCP) cứ mất đăng ký. Ở văn phòng có IP tĩnh thì ổn.`),
    nat(`sau khi cau hinh SS_TCP_CLOSE_RESET=On va reparse, may ATA Cisco SPA sau NAT (TCP) cua 12 khach unregistered. UDP thi ok. e nghi do NAT ko hieu RST`),
    nat(`Chị ơi bên em có 25 máy ở nhà khách, kết nối TCP qua NAT router gia đình. Từ lúc bật RST hôm Chủ nhật thì số máy online trên VOS giảm còn 6, còn lại unregistered.`),
    nat(`a xem giup, tu khi doi sang RST mode thi Linphone tren laptop nhan vien WFH (NAT, TCP 5060) mat dang ky lien tuc, log VOS: "registration expired".`),
    nat(`Khách hàng ở Hà Nội phản ánh: "Máy bàn văn phòng tôi (sau NAT, dùng TCP theo khuyến cáo của các anh) cứ hiện unregistered từ hôm các anh đổi cấu hình". Hôm đó là bên em bật RST mode.`),
    nat(`gateway Dinstar sau NAT MikroTik, dang ky TCP, tu khi bat RST thi 30p mat dang ky 1 lan, sau do ko dk lai dc cho toi khi reboot gateway`),
    nat(`Anh ơi e nghi RST mode làm NAT của khách bị lỗi: sau khi bật, các máy sau NAT chạy TCP hiện unregistered, em thử chuyển 1 máy sang UDP thì đăng ký lại ngay.`),
    nat(`ben e co 3 chi nhanh dung TCP qua NAT. tu khi e bat SS_TCP_CLOSE_RESET theo huong dan tuan truoc thi ca 3 chi nhanh may phone cu unregistered, nhat la sau moi cuoc goi`),
    nat(`Ngày 15 bên em bật RST mode để giảm TIME_WAIT. Từ đó tới giờ các tổng đài viên làm việc ở nhà (softphone, TCP, NAT) liên tục báo mất đăng ký. Trong mạng công ty thì bình thường.`),
    nat(`sau vu doi SS_TCP_CLOSE_RESET hom qua thi cac IP phone Polycom o chi nhanh HCM (sau modem VNPT NAT, TCP) bao unregistered, VOS ko thay REGISTER moi tu chi nhanh`),
    nat(`Ơ anh ơi, sau khi bật RST là mấy cái máy sau NAT đăng ký TCP của em đứt hết, chỉ còn máy đăng ký UDP là lên thôi. Có cần tắt RST ko hay chỉnh gì trên router?`),
    nat(`Bên em chạy tổng đài cho 60 hộ kinh doanh, máy sau NAT router nhà (TCP). Từ lúc đổi close mode sang RST thì 40 hộ báo máy "No Service", trên VOS hiện unregistered.`),
    nat(`hom nay e bat RST mode luc 9h, 10h thi bat dau co bao cao may nhanh o nha khach bi unregistered. tat ca deu TCP sau NAT. co lien quan ko a`),
    nat(`Follow-up ticket hôm qua: em đã reboot router NAT của khách, máy đăng ký lại được 20 phút rồi lại unregistered. Vẫn TCP, RST mode vẫn On. Anh xem tiếp giúp.`),
    nat(`a oi softphone 3CX cua khach (qua NAT, TCP) tu khi ben minh chuyen sang RST thi ko giu dang ky dc, log phone bao "connection reset by peer" roi unregistered`),
    nat(`Sau thay đổi cấu hình hôm thứ 3 (đóng TCP bằng RST), máy Yealink của đại lý ở Đà Nẵng (NAT qua router Tenda, TCP) mất đăng ký liên tục. Đại lý ko đổi gì.`),
    nat(`VOS hien unregistered cho gan het account remote. tat ca ngoi sau NAT, transport TCP. thay doi duy nhat la SS_TCP_CLOSE_RESET=On tu toi thu 6.`),
  ],
  firewallRst: [
    fw(`Anh ơi từ khi bật RST mode, cuộc gọi qua FortiGate bị treo, ko kết thúc được. Log FortiGate: "no session matched" với gói có flag R từ IP VOS.`),
    fw(`sau khi bat SS_TCP_CLOSE_RESET=On, iptables tren firewall drop RST:
kernel: INVALID DROP IN=eth0 OUT=eth1 SRC=10.0.0.5 DST=203.x.x.x PROTO=TCP SPT=5060 DPT=41022 RST
cuoc goi ra bi loi lien tuc`),
    fw(`Cisco ASA bên em log: "%ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 203.x.x.x/43210 flags RST on interface inside". Bắt đầu từ khi bật RST trên VOS, cuộc gọi rớt giữa chừng.`),
    fw(`pfSense log: "blocked TCP:R 10.1.1.10:5060 -> ..." hang tram dong, tu hom bat RST mode. goi qua pfSense bi loi lien tuc`),
    fw(`Từ khi anh đổi close mode sang reset, firewall Sophos của bên em chặn gói RST (log: "Invalid TCP packet, out of state"), kết nối tới trunk bị treo, cuộc gọi mới ko đi được.`),
    fw(`a oi FortiGate log "reason=no session matched" tcp flags RST nhieu lam, tu sau khi e bat RST tren VOS. cuoc goi luc dc luc ko, nhieu cuoc treo`),
    fw(`conntrack -S thấy invalid tăng vọt sau khi bật RST mode: cpu=0 found=0 invalid=48213 ... Cuộc gọi qua firewall Linux (iptables -m state --state INVALID -j DROP) bị rớt.`),
    fw(`Sau khi bật RST, MikroTik làm firewall trước VOS drop gói RST (rule drop invalid), log "forward: in:ether1 ... proto TCP (RST)". Các cuộc gọi TCP bị treo mãi ko kết thúc.`),
    fw(`ASA log "TCP packet out of state" va "Deny TCP (no connection) flags RST" tu khi doi SS_TCP_CLOSE_RESET. cuoc goi giua VOS va carrier bi fail, retransmit nhieu`),
    fw(`Chào anh, NOC bên em phát hiện: FortiGate 100F drop RST từ VOS ("no session matched"), từ lúc bật RST mode tuần này. Hậu quả: 15% cuộc gọi bị treo, khách phàn nàn ko cúp máy được.`),
    fw(`tu hom qua doi close mode, cuoc goi qua firewall Sophos XG thi bi treo, Sophos bao "Packet dropped (invalid TCP state)" cho goi RST tu VOS`),
    fw(`Em capture tcpdump thấy VOS gửi RST, nhưng phía sau firewall pfSense ko nhận được. Log pfSense: TCP:R bị default deny rule chặn (state mismatch). Cuộc gọi fail từ khi bật RST mode.`),
    fw(`Anh ơi từ lúc bật SS_TCP_CLOSE_RESET thì log FortiGate của mình có hàng nghìn dòng drop TCP RST "no session matched", kết nối TCP tới trunk bị kẹt và cuộc gọi fail.`),
    fw(`iptables log:
May 20 09:14:02 fw kernel: [INVALID] IN=ens160 OUT=ens192 SRC=10.10.0.5 DST=113.x.x.x PROTO=TCP SPT=5060 DPT=52311 RST
May 20 09:14:02 fw kernel: [INVALID] IN=ens160 OUT=ens192 SRC=10.10.0.5 DST=113.x.x.x PROTO=TCP SPT=5060 DPT=52340 RST
tu luc bat RST mode cuoc goi ra carrier loi het`),
    fw(`Sau khi bật RST mode, cuộc gọi qua firewall Cisco ASA bị rớt sau vài giây, ASA log nhiều dòng "Deny TCP (no connection) ... flags RST". Em thử tắt 5 phút thì hết, bật lại thì bị lại, giờ vẫn đang bật.`),
    fw(`FortiGate ben e ko phai log "Denied by policy" ma la "no session matched" voi flag R. tu khi bat RST, cuoc goi qua FG treo, ko nhan dc BYE`),
    fw(`a ơi, em là kỹ thuật call center Q.Tân Bình: từ hôm bên VOS bật RST, firewall MikroTik của bên em drop RST (connection-state=invalid), tổng đài viên gọi ra bị treo máy ko cúp được.`),
    fw(`e check firewall Sophos: "TCP RST packet dropped: no matching connection". bat dau tu 14h hom qua dung luc bat SS_TCP_CLOSE_RESET=On. tu do cuoc goi qua trunk TCP bi loi 20%`),
    fw(`Anh ơi, đây là log pfSense sau khi bên em bật RST mode:
Default deny rule IPv4 (1000000103) TCP:R 10.0.0.8:5060 -> 58.x.x.x:49122
Default deny rule IPv4 (1000000103) TCP:RA 10.0.0.8:5060 -> 58.x.x.x:49180
Cuộc gọi qua pfSense bị treo/rớt liên tục.`),
    fw(`tu khi bat RST mode cuoc goi qua firewall ASA cua khach hang bi rot, ASA bao "TCP flags R out of state". khach hang ko doi gi tren ASA`),
    fw(`Sau khi đổi SS_TCP_CLOSE_RESET, FortiGate ở DC bắt đầu drop RST ("no session matched"), tổng đài viên báo cuộc gọi xong mà vẫn hiện đang gọi, kênh bị chiếm, ko gọi tiếp được.`),
    fw(`log conntrack: "nf_conntrack: invalid packet ... RST". iptables co rule drop INVALID. tu khi VOS chuyen sang RST, ket noi SIP TCP toi gateway sau firewall bi treo, cuoc goi fail`),
    fw(`Sophos UTM log "Default DROP" TCP flags RST tu VOS, bat dau tu khi bat RST mode chieu thu 2. Cuoc goi den trunk chay TCP bi treo 30s roi fail.`),
    fw(`Tối qua bật RST mode xong thì sáng nay NOC thấy FortiGate log "no session matched" cho gói RST, hàng nghìn dòng mỗi giờ, đồng thời tỷ lệ cuộc gọi thất bại qua FortiGate tăng lên 18%.`),
    fw(`e da bat RST theo khuyen cao de giam TIME_WAIT, nhung gio firewall pfSense drop het RST (state mismatch), cuoc goi hang, phai doi timeout moi giai phong kenh. lam sao de pfSense cho qua RST`),
    fw(`Em forward log MikroTik phía khách: "firewall,info drop invalid: in:ether1 out:bridge, proto TCP (RST), 103.x.x.x:5060->192.168.88.20:50122". Khách nói cuộc gọi bị rớt từ khi bên mình bật RST mode.`),
    fw(`a ơi cuộc gọi giữa VOS và SBC nhà mạng qua ASA bị treo từ tối qua (sau khi đổi close mode). ASA log: Deny TCP (no connection) from VOS/5060 flags RST. Nhà mạng ko đổi gì.`),
    fw(`Firewall cua ben em la iptables + conntrack, tu khi bat RST tren VOS thi iptables -L -v thay counter rule DROP INVALID tang 200 nghin goi, cuoc goi ra bi fail hang loat.`),
    fw(`sau khi bat SS_TCP_CLOSE_RESET, cuoc goi qua FortiGate bi rot giua chung va treo. FG debug flow: "no session matched" cho packet flags [R.]. ko doi gi tren FG`),
    fw(`Tóm tắt: bật RST mode ngày 10/6, từ 10/6 firewall Sophos XG log "Invalid traffic: TCP RST out of state", cuộc gọi qua Sophos treo hoặc rớt. Hiện vẫn đang bị, cần hướng xử lý.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning194Set: readonly EvalItem[] = Object.values(tuning194Families).flat();
