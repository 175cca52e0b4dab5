import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP resellers, call-centre operators and NOC staff in Vietnam (Hà Nội, TP.HCM, Đà Nẵng, Hải Phòng) and
 * Thailand (Bangkok, Chiang Mai, Pattaya) writing to the support desk on WhatsApp/Zalo/LINE: about 60 %
 * Vietnamese (with and without diacritics, teen-code like "ko", "k", "dc", "j", "a/e" address forms) and about
 * 40 % Thai (Thai script, polite particles ครับ/ค่ะ/นะ, Thai-English mixing), both full of English technical
 * words, pasted command output and log lines, with numbers written as people say them ("3 vạn", "30 nghìn",
 * "30k", "สามหมื่น", "28,000").
 *
 * The hundred-and-fifty-fifth tuning split, by family, in markets where VOS3000 is sold widely and which no split had in fresh hands
 * since the early rounds. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-fifty-fifth never-tuned set, before the fifty-ninth round of rules, by
 * someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other
 * sets in view; measured as such before and after the fifty-ninth round and with the framing check, then made tuning
 * material for the sixtieth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 82.2 %, negatives confident 8.1 %, confident wrong 0 % with the
 * rules of the fifty-eighth round and the changes after it, before the fifty-ninth.
 * After the fifty-ninth round: the same.
 * With the framing check (the rules of the fifty-ninth round held back where a message reads as told, not live):
 * in scope 82.2 %, negatives confident 4.4 %, confident wrong 0 %.
 * After the sixtieth round, tuned on: in scope 97.8 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning155Families = {
  oneListeningPort: [
    no(`a ơi tomcat ko lên, log báo Address already in use: JVM_Bind 8080. em check thì thấy có con java cũ vẫn giữ port 8080, kill đi có sao ko a`),
    no(`Web portal VOS3000 vào không được từ sáng. catalina.out:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
Bên em mới cài thêm con Jenkins lên cùng máy, chắc nó chiếm 8080 phải không anh?`),
    no(`e cài nginx lên server vos để làm reverse proxy, giờ nginx ko start dc: bind() to 0.0.0.0:80 failed (98: Address already in use). apache cũ vẫn chạy. tắt apache là xong hay sao a`),
    no(`mysql ko khởi động dc sau khi reboot, log: Can't start server: Bind on TCP/IP port: Address already in use. Do you already have another mysqld server running on port: 3306 ? hình như có 2 instance mysql`),
    no(`Anh ơi em cài thử Asterisk lên chung máy VOS để test IVR, giờ asterisk báo "Unable to bind to 0.0.0.0:5060 - Address already in use". Em nên đổi asterisk sang port 5070 đúng ko anh`),
    no(`docker run -p 8080:8080 ... báo lỗi: Bind for 0.0.0.0:8080 failed: port is already allocated. cái này là do tomcat của vos đang chạy trên host đúng ko ạ, em map sang 8081 đc ko`),
    no(`kamailio ko start: ERROR: bind(...) on 5060: Address already in use. trên máy đó mbx3000d đang nghe 5060 rồi. có cách nào cho 2 thằng chạy chung ko hay phải tách server`),
    no(`Chào anh, laptop dev của em chạy tomcat test portal bị lỗi port 8080 đã bị dùng, netstat -ano thì thấy Skype đang giữ. Cái này ko liên quan server thật nhé anh, em chỉ hỏi cách đổi port trong server.xml`),
    no(`sau khi update, httpd báo (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443. e thấy có 1 process nginx cũ còn sót lại. kill nó là ok hả anh`),
    no(`ss -lntp | grep 8080
LISTEN 0 100 :::8080 :::* users:(("java",pid=2231,fd=45))
tomcat mới ko lên vì tomcat cũ (pid 2231) chưa tắt hẳn. e chạy shutdown.sh mà nó vẫn treo, giờ sao a`),
    no(`tomcat port 8080 bi chiem, ko vao dc trang quan ly. lsof -i :8080 ra con zabbix-agent?? la sao a`),
    no(`Em đổi port web từ 8080 sang 80 thì tomcat báo cannot bind port 80, address in use. Trên máy còn chạy httpd mặc định của CentOS. Tắt httpd đi hay sao anh?`),
    no(`hello a, vos portal down, restart tomcat thì báo lỗi Address already in use 8080. ps aux thấy 2 tiến trình java. chắc do e start 2 lần`),
    no(`e đang chạy sipp uas để test ngay trên server vos, nó chiếm 5060 nên mbx3000d restart ko bind dc port sip. tắt sipp rồi ok. hỏi cho chắc là ko cần chỉnh j thêm đúng ko`),
    no(`Server backup của em cài MySQL 8 mới nhưng MariaDB cũ vẫn listen 3306 nên mysqld mới ko lên được. Có nên để MySQL mới nghe 3307 không anh, VOS có đọc được không`),
    no(`container portal-test báo EADDRINUSE :::3000 khi npm start, do container khác cùng dùng network host. ko liên quan vos nhưng nhờ a xem giúp`),
    no(`สวัสดีครับ tomcat ของ VOS เปิดไม่ขึ้น log ขึ้น java.net.BindException: Address already in use :8080 เช็คแล้วมี process java เก่าค้างอยู่ kill ได้เลยไหมครับ`),
    no(`พอลง nginx เพิ่มบนเครื่อง vos แล้ว nginx start ไม่ได้ค่ะ ขึ้นว่า bind() to 0.0.0.0:443 failed (98: Address already in use) มี httpd รันอยู่แล้ว ต้องปิดตัวไหนดีคะ`),
    no(`mysql ไม่ยอมขึ้นหลังรีบูตครับ error Bind on TCP/IP port: Address already in use port 3306 น่าจะมี mysqld สองตัว`),
    no(`ผมลอง asterisk บนเครื่องเดียวกับ vos มัน bind 5060 ไม่ได้ เพราะ vos ใช้อยู่ ควรย้าย asterisk ไป 5080 ใช่ไหมครับ`),
    no(`docker compose up แล้ว error port is already allocated 0.0.0.0:8080 ค่ะ เครื่องนี้มี portal vos ใช้ 8080 อยู่ จะเปลี่ยนเป็น 18080 ได้ไหมคะ`),
    no(`port 8080 ชนกันครับ ตัว portal กับ jenkins ที่น้องในทีมลงไว้`),
    no(`น้อง dev รัน tomcat บน notebook ตัวเองแล้วขึ้น port 8080 already in use นะคะ ไม่เกี่ยวกับ server จริง แค่อยากรู้ว่าแก้ใน server.xml ตรงไหน`),
    no(`kamailio start ไม่ได้ครับ ERROR: bind(): Address already in use on udp:0.0.0.0:5060 เพราะ mbx3000d ฟังอยู่ จะรันสองตัวบนเครื่องเดียวต้องทำยังไง`),
    no(`หลังอัพเดต centos, httpd ขึ้น could not bind to address 0.0.0.0:80 no listening sockets available เช็ค netstat -tlnp เจอ nginx ค้างอยู่ตัวเดียว`),
    no(`Tomcat shutdown ไม่หมดค่ะ start ใหม่เลยชน port 8080 ตัวเก่า pid 1893 ยังค้าง ต้อง kill -9 ใช่ไหมคะ`),
    no(`vos web ui ไม่ขึ้นครับพี่ netstat -tlnp | grep :8080 เจอ tcp 0 0 0.0.0.0:8080 LISTEN 4412/python3 น้องฝึกงานรัน python -m http.server ไว้ 555`),
  ],
  otherRegistrationCause: [
    no(`a ơi 20 máy ip phone bên khách unregistered hết từ sáng, check log thấy 403 Forbidden. hôm qua bên e đổi password account trên vos mà quên báo khách`),
    no(`khách báo softphone ko đăng ký đc, em xem thì tài khoản hết hạn từ 1/6. gia hạn rồi thì reg lại dc chưa a`),
    no(`Server đổi IP public từ 103.x.x.10 sang 103.x.x.22 hôm qua, các tổng đài IP-PBX của khách vẫn trỏ về IP cũ nên mất đăng ký hết. Có cách nào báo khách nhanh không anh`),
    no(`account 8001 ko reg đc, log: REGISTER 401 Unauthorized lặp lại liên tục. pass em nhập đúng mà :(`),
    no(`Khách hàng chưa thanh toán tháng 5 nên bên em khoá tài khoản, giờ họ gọi lên hỏi sao điện thoại báo unregistered. Mở lại thì bao lâu reg lại anh`),
    no(`ISP bị đứt cáp quang biển, văn phòng ĐN mất mạng nên toàn bộ phone unregistered. Không phải lỗi server đúng ko a`),
    no(`bên e dùng sip udp 5060 thôi, hôm nay thay router TP-Link bằng Draytek thì 15 máy lễ tân mất đăng ký. có phải tại sip alg của draytek ko`),
    no(`licence vos3000 hết hạn à a? thấy portal báo license expired, tất cả đầu số mất reg`),
    no(`đổi domain sip từ sip.congtyabc.vn sang voice.congtyabc.vn, mấy máy Yealink vẫn cấu hình domain cũ nên ko reg dc. DNS cũ e xoá rồi`),
    no(`Mất điện toà nhà ở Hải Phòng từ 2h chiều, switch PoE tắt nên cả dãy phone Grandstream unregistered. Có điện lại là tự lên hả anh`),
    no(`zoiper bao "registration failed - wrong password" e da reset pass tren portal roi ma van vay`),
    no(`Anh ơi account của đại lý 0283xxx bị khoá do nợ cước 3 triệu 2, em đóng rồi giờ mở giúp em để phone reg lại`),
    no(`các máy ext 200-230 của call center mất reg sau khi IT bên khách đổi dải IP LAN từ 192.168.1.x sang 10.10.x.x, tất cả đều udp nha a. dhcp cấp sai gateway`),
    no(`Softphone ko reg dc vì mấy bạn quên bật 4G, wifi văn phòng chặn. sorry a, đã ok`),
    no(`Em thấy trên portal các máy hiện offline vì server chặn IP của khách do đăng nhập sai quá 5 lần. gỡ giúp e`),
    no(`ip phone ko len, man hinh bao "no service". rut day mang ra thi thay den link ko sang, chac hong cap`),
    no(`สวัสดีค่ะ โทรศัพท์ 12 เครื่องที่สาขาเชียงใหม่ unregistered หมดเลย log ขึ้น 403 Forbidden เมื่อวานเพิ่งเปลี่ยนรหัสผ่าน account ไปค่ะ`),
    no(`บัญชีลูกค้าหมดอายุตั้งแต่สิ้นเดือน softphone เลย register ไม่ได้ ต่ออายุแล้วต้องรอนานไหมครับ`),
    no(`เน็ตที่ออฟฟิศพัทยาล่มทั้งตึกครับ phone หลุด register หมด ไม่ใช่ปัญหา server นะ แจ้งไว้เฉยๆ`),
    no(`ลูกค้ายังไม่จ่ายค่าบริการ 2 เดือน ระบบเลยระงับ account ตอนนี้เครื่องขึ้น unregistered ลูกค้าโทรมาโวย จ่ายแล้วเปิดให้ได้เลยไหมคะ`),
    no(`เปลี่ยน IP server ใหม่แล้วลืมแก้ที่ IP-PBX ลูกค้า 3 ราย เลย register ไม่ติดครับ 555`),
    no(`ใช้ UDP อย่างเดียวนะครับ วันนี้เปลี่ยน router เป็นตัวใหม่ phone ทุกเครื่อง unregistered น่าจะเป็น SIP ALG`),
    no(`ext 1005 ขึ้น 401 Unauthorized ตลอดค่ะ พนักงานใหม่พิมพ์รหัสผิด แก้แล้ว ok`),
    no(`license VOS หมดอายุหรือเปล่าครับ หน้า portal เตือน license expired แล้วโทรศัพท์หลุดหมดเลย`),
    no(`ไฟดับที่ call center บางนาตั้งแต่บ่ายโมง ups หมด โทรศัพท์ไม่มีไฟก็ unregistered หมด ไฟมาแล้วเดี๋ยวมันขึ้นเองใช่ไหมคะ`),
    no(`เปลี่ยนชื่อ DNS จาก sip.abc.co.th เป็น pbx.abc.co.th แต่ record เก่าลบไปแล้ว เครื่อง Yealink เลย register ไม่ได้ ต้องไล่แก้ทีละเครื่องไหมครับ`),
    no(`IP ลูกค้าโดน block เพราะใส่รหัสผิดหลายรอบ เลย register ไม่ได้ค่ะ ช่วยปลดให้หน่อยนะคะ 203.150.x.x`),
  ],
  smallFigures: [
    no(`a cho e hỏi TIME_WAIT là gì vậy, e chạy netstat thấy khoảng 300 cái TIME_WAIT, có sao ko`),
    no(`ss -s
Total: 412 (kernel 530)
TCP:   238 (estab 61, closed 150, orphaned 0, synrecv 0, timewait 148/0), ports 0
server đang chạy 80 cuộc gọi đồng thời, số này bình thường ko anh`),
    no(`ip_local_port_range trên máy e là 32768 60999, đây là mặc định của centos 7 đúng ko a`),
    no(`Cho em hỏi chung thôi: có nên bật SS_TCP_CLOSE_RESET=On cho server mới không, hay để mặc định? Hiện chưa có lỗi gì cả`),
    no(`netstat -an | grep TIME_WAIT | wc -l
427
vậy là ổn phải ko anh, đang giờ cao điểm`),
    no(`server ĐN ít tải, tầm 50 CC, time_wait có 2 trăm mấy. e chỉ check định kỳ thôi`),
    no(`tcp_tw_reuse mặc định là 0 hay 2 vậy a? em cat /proc/sys/net/ipv4/tcp_tw_reuse ra 2`),
    no(`anh giải thích giúp em khác nhau giữa TIME_WAIT và CLOSE_WAIT với, sếp hỏi mà em ko biết trả lời`),
    no(`Kiểm tra sức khoẻ server HCM-02 tuần này: CPU 12%, RAM 40%, TIME_WAIT 520, ESTAB 90. Mọi thứ ổn, gửi anh để lưu`),
    no(`SS_TCP_CLOSE_RESET là tham số gì vậy ạ, bật lên thì được lợi gì, có rủi ro gì. em đọc thấy trong softswitch.conf`),
    no(`tw có 600 thôi a, mà port range 1024-65535 rồi, vậy còn dư nhiều đúng ko`),
    no(`e mới set ip_local_port_range = 10000 65000 theo hướng dẫn cũ, có cần đổi lại ko a? server chạy ổn ko lỗi`),
    no(`hỏi nhanh: 1 server vos tầm bao nhiêu cps thì nên nghĩ đến chuyện tune tcp? hiện bên e mới 15 cps`),
    no(`ss -tan state time-wait | wc -l -> 89. server test thôi nha a`),
    no(`Em đang viết tài liệu vận hành, anh cho em hỏi 1 port local bị giữ ở TIME_WAIT bao lâu trên Linux? 60 giây phải ko`),
    no(`cps hom nay peak 22, time wait max 1 nghin 2. e nghi binh thuong, a xac nhan giup`),
    no(`TIME_WAIT คืออะไรครับ เห็นใน netstat ประมาณ 200 กว่าตัว ต้องกังวลไหม`),
    no(`ss -s
TCP:   190 (estab 45, closed 120, orphaned 0, timewait 118/0)
ช่วงพีคมี 60 สายพร้อมกันค่ะ ปกติไหมคะ`),
    no(`ip_local_port_range ที่เครื่องเป็น 32768 60999 อันนี้ค่า default ใช่ไหมครับ ไม่ได้แก้อะไร`),
    no(`อยากถามทั่วไปครับ ควรเปิด RST mode (SS_TCP_CLOSE_RESET) ไว้ตั้งแต่แรกไหม หรือรอให้มีปัญหาก่อน ตอนนี้ระบบปกติดี`),
    no(`รายงานเช็คประจำสัปดาห์ server BKK-1: time_wait ราวๆ 350, cpu 8% ทุกอย่างปกติค่ะ`),
    no(`netstat -ant | grep -c TIME_WAIT ได้ 512 ครับ ตอน 5 โมงเย็น ถือว่าน้อยใช่ไหม`),
    no(`tcp_tw_reuse ควรตั้งเป็น 1 ไหมคะ หรือค่า default ก็พอ ระบบเรายังเล็ก สามสิบสายพร้อมกันเอง`),
    no(`ต่างกันยังไงครับ TIME_WAIT กับ ESTABLISHED หัวหน้าให้ทำสไลด์อธิบาย`),
    no(`เซิร์ฟเวอร์เชียงใหม่โหลดน้อยมาก time_wait แค่ 40-50 ตัว แค่รายงานค่ะ`),
    no(`ค่า ip_local_port_range ตอนนี้ 1024 65535 แล้ว time_wait ไม่ถึงพัน ไม่ต้องทำอะไรเพิ่มใช่ไหมครับ`),
    no(`port ephemeral มีทั้งหมดกี่ port ครับถ้าใช้ค่า default ผมคำนวณได้ 28,232 ถูกไหม`),
  ],
  firewallNoRst: [
    no(`a ơi mở giúp e port 5060 TCP và UDP trên FortiGate cho IP mới của khách 171.244.x.x, họ chưa gọi dc`),
    no(`Bên em vừa thay firewall Sophos XG mới cho văn phòng HN, gọi thử vẫn ngon, chỉ muốn hỏi nên whitelist thêm dải IP nào của server vos`),
    no(`fail2ban ban mất IP của đại lý Đà Nẵng do họ nhập sai pass nhiều lần. unban sao anh? fail2ban-client set sip unbanip ... đúng ko`),
    no(`tắt SIP ALG trên router Draytek như thế nào a, khách bị one-way audio`),
    no(`Muốn chặn toàn bộ IP ngoài VN và Thái trên iptables để chống quét SIP, anh có rule geoip mẫu không`),
    no(`e muốn chỉ cho IP văn phòng vào portal 8080 thôi, viết rule iptables thế nào a: iptables -A INPUT -p tcp --dport 8080 -s ... -j ACCEPT rồi drop còn lại hả`),
    no(`pfSense mới lắp xong, NAT port 5060 và dải RTP 10000-20000 rồi, gọi 2 chiều ok. có cần làm gì thêm không anh`),
    no(`ASA bên khách cần mở những port nào cho vos: 5060, rtp, 8080? gửi e list nhé`),
    no(`Có con bot quét SIP REGISTER liên tục từ IP bên Pháp, em add vào address-list blacklist trên mikrotik rồi, báo anh biết`),
    no(`firewall mới cài thì conntrack helper sip có cần không a? bên e tắt nf_conntrack_sip rồi, gọi vẫn bình thường`),
    no(`mikrotik: /ip firewall filter add chain=input protocol=tcp dst-port=5060 src-address-list=sip_ok action=accept
vậy là đủ chưa a, còn RTP thì sao`),
    no(`khách ở HP cần whitelist 3 IP mới trên vos để gửi traffic, anh add giúp e vào gateway mapping + firewall`),
    no(`em cài csf firewall lên server, giờ không vào được portal. chắc quên mở 8080 😅`),
    no(`FortiGate của khách có session-helper sip, xoá đi được không a? họ bảo audio bị mất 1 chiều`),
    no(`e block xong dải IP bên Nga bằng ipset, số lượng register rác giảm hẳn. cảm ơn a`),
    no(`nho a kiem tra rule firewall cho port SSH 22 doi sang 2222, e so tu khoa minh ra ngoai`),
    no(`ช่วยเปิด port 5060 TCP/UDP ที่ FortiGate ให้ IP ลูกค้าใหม่หน่อยครับ 1.20.x.x`),
    no(`ติดตั้ง pfSense ตัวใหม่เมื่อวานค่ะ โทรเข้าออกปกติดี แค่อยากถามว่าต้อง allow IP ไหนบ้าง`),
    no(`fail2ban แบน IP ตัวแทนที่พัทยา เพราะใส่รหัสผิด จะ unban ยังไงครับ`),
    no(`ปิด SIP ALG ที่ router ของเน็ตบ้านยังไงคะ ลูกค้าได้ยินเสียงทางเดียว`),
    no(`อยากบล็อกประเทศอื่นนอกจากไทยเข้ามาที่ 5060 ใช้ geoip ใน iptables ได้ไหมครับ โดนสแกนหนักมาก`),
    no(`ขอ rule ให้เข้า portal 8080 ได้เฉพาะ IP ออฟฟิศครับ ตอนนี้เปิด public อยู่ กลัวโดนแฮก`),
    no(`Sophos ตัวใหม่ลงเสร็จแล้ว ทดสอบโทร 20 สาย ok หมด ขอบคุณครับ`),
    no(`ASA ของลูกค้าต้องเปิด port อะไรบ้างคะ SIP, RTP range แล้วก็ web portal ส่ง list ให้หน่อยนะคะ`),
    no(`เพิ่ม whitelist IP ใหม่ของ carrier ให้หน่อยครับ 3 IP ส่งไปทางอีเมลแล้ว`),
    no(`mikrotik ลูกค้าเปิด fasttrack อยู่ ต้องปิดไหมครับสำหรับ sip rtp หรือไม่เกี่ยว ตอนนี้ก็โทรได้ปกติ`),
    no(`โดน brute force SIP จาก IP ต่างประเทศ เลยเพิ่ม drop rule ใน iptables แล้วค่ะ แจ้งให้ทราบ`),
  ],
  negationContext: [
    no(`bên em chỉ dùng UDP thôi a, ko có TCP gì hết. vậy lỗi phone mất reg chắc ko phải do cái RST mode anh nói hôm trước đâu nhỉ`),
    no(`RST mode đang Off, bọn em chưa bao giờ bật. grep trong softswitch.conf ra SS_TCP_CLOSE_RESET=Off. a loại trừ nguyên nhân đó nhé`),
    no(`cái lỗi EADDRINUSE ở server HCM là hồi năm ngoái rồi, đã fix theo hướng dẫn bên anh. lần này là chuyện khác: khách xin xuất hoá đơn`),
    no(`Trước khi áp dụng fix thì TIME_WAIT lên tới 3 vạn, giờ chỉ còn 400-500. cảm ơn anh nhiều, đóng ticket giúp em`),
    no(`ko ai đổi gì cả, firewall vẫn y nguyên, RST vẫn off. mà sáng nay tự nhiên cuộc gọi rớt tầm 5%, em nghĩ do nhà mạng, a xem CDR giúp`),
    no(`Phone mất reg là sau khi đổi mật khẩu chứ không phải sau khi bật RST nha anh. RST mình chưa hề đụng`),
    no(`"cannot assign requested address" nghĩa là gì vậy anh? em thấy trong tài liệu training chứ server ko bị`),
    no(`Em forward ticket cũ tháng 3 để anh tham khảo:
> Server bị hết port, netstat 28,000 TIME_WAIT, đã set SS_TCP_CLOSE_RESET=On + tw_reuse
Ticket đó đóng rồi. Giờ em chỉ muốn hỏi có cần giữ lại setting đó khi chuyển sang server mới không`),
    no(`firewall bên e ko drop RST đâu a, đã tcpdump thấy RST đi qua bình thường. rớt cuộc là do codec g729 ko match`),
    no(`sau khi a hướng dẫn tắt RST mode thì mấy máy sau NAT reg lại hết rồi, ổn định 3 ngày nay. cảm ơn a`),
    no(`Tuần trước có vụ BindException nhưng là tomcat 8080 thôi, ko phải softswitch. đã xử lý`),
    no(`bật RST rồi nhưng bên e ko có NAT, ko có firewall stateful gì, mọi thứ chạy tốt. chỉ báo lại kết quả`),
    no(`em ko hiểu "ephemeral port" là gì, anh giải thích đơn giản giúp em`),
    no(`mấy hôm trước time_wait 30k là do bị tấn công DDoS SIP, chặn IP xong về lại vài trăm rồi, ko cần tune j đâu a`),
    no(`Khách hỏi "RST có làm rớt cuộc gọi qua FortiGate không", họ chưa bật, chỉ hỏi trước khi nâng cấp. anh trả lời giúp e để e forward`),
    no(`khong phai loi het port dau a, ss -s chi co 700 timewait. cham la do CPU 100% vi script backup chay gio cao diem`),
    no(`เราใช้ UDP อย่างเดียวครับ ไม่มี TCP เลย ดังนั้นที่ phone หลุด register ไม่น่าใช่เรื่อง RST ใช่ไหม`),
    no(`SS_TCP_CLOSE_RESET เป็น Off มาตลอดค่ะ ไม่เคยเปิดเลย ตัดสาเหตุนี้ออกได้นะคะ`),
    no(`เรื่อง Address already in use ที่เคยแจ้งเมื่อปีที่แล้วแก้ไปแล้วครับ รอบนี้มาขอใบเสร็จเฉยๆ`),
    no(`ก่อนแก้ time_wait สามหมื่นกว่า ตอนนี้เหลือ 300 ครับ ขอบคุณมาก ปิด ticket ได้เลย`),
    no(`ไม่มีใครเปลี่ยนอะไรเลยครับ firewall เหมือนเดิม RST ก็ปิดอยู่ สายหลุดน่าจะเป็นที่ carrier`),
    no(`หลังปิด RST mode ตามที่แนะนำ เครื่องหลัง NAT register กลับมาครบแล้วค่ะ นิ่งมา 2 วัน`),
    no(`คำว่า "RST" ใน tcpdump หมายถึงอะไรครับ หัวหน้าให้ไปศึกษา ระบบไม่ได้มีปัญหา`),
    no(`ส่ง ticket เก่าให้ดูค่ะ: "FortiGate drop RST ทำให้สายค้าง แก้โดยตั้ง Off" ปิดไปตั้งแต่เดือนมกรา ตอนนี้จะย้ายไป FortiGate รุ่นใหม่ ต้องทำอะไรเพิ่มไหม`),
    no(`ลูกค้าถามว่าถ้าเปิด SS_TCP_CLOSE_RESET แล้ว MikroTik จะมีปัญหาไหม เขายังไม่ได้เปิดนะครับ แค่ถามก่อน`),
    no(`BindException เมื่อวานเป็นของ MySQL 3306 ไม่ใช่ softswitch นะคะ แก้แล้ว`),
    no(`ผมอ่านเจอว่า tcp_tw_reuse=1 ช่วยเรื่อง port หมด แต่เครื่องเราไม่เคยเจอ อยากรู้เฉยๆ ว่ามันทำงานยังไง`),
  ],
  portExhaustion: [
    pe(`a ơi server vos HCM giờ cao điểm báo cannot assign requested address liên tục, cuộc gọi ra ko kết nối dc. ss -s thấy timewait 28 nghìn`),
    pe(`ss -s
Total: 31877 (kernel 32010)
TCP:   30412 (estab 1420, closed 28760, orphaned 3, synrecv 0, timewait 28755/0), ports 0
khoảng 9h sáng là bắt đầu lỗi, gọi ra toàn fail. help em với`),
    pe(`log softswitch toàn dòng: connect to 10.0.5.20:5060 failed: Cannot assign requested address (errno 99). tầm 200 cps là bị`),
    pe(`Anh ơi khẩn: call center Q7 chạy auto-dial 300 line, từ 8h tất cả cuộc gọi outbound qua TCP đều fail. netstat đếm ra hơn 3 vạn TIME_WAIT. Khách đang dọa chuyển nhà cung cấp`),
    pe(`time wait 30k, ko gọi ra dc`),
    pe(`e chạy netstat -ant | awk '{print $6}' | sort | uniq -c
   1530 ESTABLISHED
  27941 TIME_WAIT
     12 LISTEN
kèm theo log mbx3000 "bind: Address already in use" khi mở kết nối TCP ra gateway. có phải hết port local ko a`),
    pe(`Server Hà Nội mới nâng lên 2000 CC thì bắt đầu lỗi EADDRINUSE trong log của softswitch lúc peak, tcp đến carrier ko mở được. ip_local_port_range vẫn mặc định 32768 60999`),
    pe(`chao a, gio cao diem server bao loi ko bind dc port, timewait len 25k, cuoc goi moi bi reject. thap diem thi binh thuong`),
    pe(`Tình hình: cứ mỗi chiều 2h-4h traffic lên ~180 cps là softswitch báo "cannot bind local address" và cuộc gọi qua SIP TCP rớt hàng loạt. ss -tan state time-wait | wc -l = 29.8k. Em đã tăng ulimit rồi ko ăn thua`),
    pe(`a check giúp server 103.x.x.15, hết ephemeral port rồi hay sao ấy, 3 vạn mấy socket TIME_WAIT, new tcp conn fail`),
    pe(`em forward tin nhắn của khách: "bên anh gọi ra từ 10h toàn lỗi 503, hệ thống bên em báo không kết nối được tới switch". em vào check thì log vos: java.net.BindException: Cannot assign requested address, time_wait 31k`),
    pe(`lại bị nữa a ơi, giống hôm thứ 2, timewait vọt lên 27 nghìn lúc 11h, cuộc gọi mới không lên được`),
    pe(`Dạ em gửi log:
2024-05-14 09:12:03 [TCP] connect() failed: EADDRINUSE
2024-05-14 09:12:03 [TCP] connect() failed: EADDRINUSE
2024-05-14 09:12:04 [TCP] connect() failed: EADDRINUSE
... lặp hàng nghìn dòng. ss -s timewait 26k. server chạy 250 cps peak`),
    pe(`sáng nay tăng traffic campaign lên gấp đôi thì vos ko tạo được kết nối tcp mới, báo Cannot assign requested address. cần tune j a`),
    pe(`server DN: 2 vạn 8 TIME_WAIT, cps 150, lỗi address already in use trong log khi softswitch gọi ra trunk TCP. chưa bật RST. Có nên bật SS_TCP_CLOSE_RESET không a`),
    pe(`netstat | grep TIME_WAIT | wc -l ra 32104 😱 cuộc gọi ra chết hết. cứu e`),
    pe(`Bên em là reseller, 4 khách cùng báo gọi ko dc vào giờ cao điểm (10-11h). Em thấy trên server hàng chục nghìn kết nối TIME_WAIT tới IP carrier, softswitch log báo cannot assign requested address. Giờ thấp điểm thì hết lỗi.`),
    pe(`e set tw_reuse = 1 rồi mà port vẫn cạn lúc peak, timewait 28k, log vẫn EADDRNOTAVAIL. còn phải chỉnh j nữa ko a`),
    pe(`สวัสดีครับ ช่วงพีค server ขึ้น cannot assign requested address ตลอด โทรออกไม่ได้ ss -s timewait 28,000 กว่า`),
    pe(`ss -s
TCP:   30211 (estab 980, closed 29100, orphaned 0, timewait 29088/0)
โทรออกผ่าน TCP fail หมดเลยค่ะ ตั้งแต่ 9 โมง`),
    pe(`time_wait สามหมื่นครับ โทรออกไม่ได้`),
    pe(`log ของ softswitch เต็มไปด้วย "connect failed: Cannot assign requested address" ตอน 200 cps ครับ port local หมดหรือเปล่า`),
    pe(`call center ที่บางนารัน predictive dialer 400 สาย พอถึงเก้าโมงครึ่งสายออกไม่ติดเลยค่ะ netstat มี TIME_WAIT 3 หมื่นกว่า ลูกค้าจะยกเลิกสัญญาแล้ว ช่วยด่วนค่ะ`),
    pe(`EADDRINUSE ใน log ตอน softswitch เปิด tcp ไปหา gateway ครับ time_wait 2.7 หมื่น ค่า port range ยังเป็น default 32768 60999`),
    pe(`พี่ครับ server พัทยาเป็นอีกแล้ว peak เที่ยง time wait พุ่ง 26k สายใหม่ขึ้นไม่ได้`),
    pe(`forward จากลูกค้านะคะ "โทรออกไม่ได้ช่วง 10-12 โมงทุกวัน ขึ้น 503" เช็ค server แล้ว BindException: Cannot assign requested address, TIME_WAIT ประมาณ 31k`),
    pe(`netstat -ant | grep -c TIME_WAIT
29544
ตอนนี้ cps ประมาณ 180 ครับ connection ใหม่ไป carrier ทาง TCP เปิดไม่ได้ ต้องตั้ง SS_TCP_CLOSE_RESET ไหม`),
    pe(`เครื่อง BKK-2 port หมดครับ ephemeral port เต็ม time_wait สองหมื่นเก้า สายออก fail ช่วงพีค ช่วงกลางคืนปกติ`),
    pe(`เปิด tcp_tw_reuse แล้วแต่ยังไม่หาย ช่วงพีคยัง cannot assign requested address, time_wait 27k ต้องแก้อะไรอีกคะ`),
    pe(`ด่วนครับ ตั้งแต่เพิ่ม traffic จากลูกค้าใหม่ softswitch ขึ้น bind failed: Address already in use ตลอดตอนโหลดสูง TIME_WAIT เกือบสามหมื่น`),
  ],
  natUnregistered: [
    nat(`a ơi từ khi bật SS_TCP_CLOSE_RESET=On hôm qua thì mấy máy IP phone sau mikrotik của khách cứ bị unregistered, lúc lên lúc xuống`),
    nat(`Sau khi bật RST mode để fix vụ TIME_WAIT, giờ softphone Zoiper của nhân viên làm ở nhà (sau router wifi) reg TCP cứ rớt liên tục. Server thì hết lỗi port rồi nhưng lại bị cái này`),
    nat(`bật RST xong 30 extension ở văn phòng HN (sau NAT, sip tcp) mất đăng ký hết, restart phone thì lên được 5 phút lại mất`),
    nat(`e làm theo hướng dẫn set SS_TCP_CLOSE_RESET=On + reparse, sáng nay khách Đà Nẵng báo tổng đài 3CX của họ (sau firewall văn phòng) hiện unregistered trên vos. trước đó ko bị`),
    nat(`phone sau nat reg tcp bi mat reg tu luc bat rst mode`),
    nat(`Anh ơi giờ trên portal VOS, các đầu số của đại lý HP cứ nhấp nháy online/offline. Họ dùng Grandstream qua router nhà mạng, đăng ký TCP. Thay đổi duy nhất là em bật SS_TCP_CLOSE_RESET tuần trước`),
    nat(`log:
REGISTER sip:vos.xxx.vn;transport=tcp from 113.161.x.x:51234 -> 200 OK
... 2 phút sau ...
contact 113.161.x.x:51234 expired
lặp đi lặp lại. khách ở sau mikrotik, từ khi bật RST thì bị vậy`),
    nat(`mấy máy yealink sau modem nhà mạng đk qua tcp giờ toàn unregistered, e mới bật RST hôm thứ 6`),
    nat(`Sau khi apply fix port exhaustion (RST On + tw_reuse), server ổn rồi nhưng 3 khách có IP-PBX sau NAT báo mất đăng ký liên tục. Khách dùng UDP thì ko sao, chỉ khách TCP bị`),
    nat(`em xác nhận lại: SS_TCP_CLOSE_RESET=On từ 15/5, từ hôm đó softphone MicroSIP qua tcp của call center Tân Bình cứ rớt reg mỗi vài phút. Họ ở sau router Draytek`),
    nat(`khách ở Hải Phòng than phone báo "Registration failed" mấy chục lần 1 ngày, ngồi sau mikrotik, sip tcp. RST mode đã bật từ tuần trước theo ticket port`),
    nat(`từ lúc bật rst, ext nào sau nat cũng ko giữ được đăng ký, cứ 3-4 phút lại rớt 😩`),
    nat(`Tóm tắt cho anh:
- 10/6: bật SS_TCP_CLOSE_RESET=On để xử lý TIME_WAIT
- 11/6: khách A, B (sau router gia đình, SIP/TCP) báo unregistered
- Khách C dùng IP public trực tiếp thì ko bị
Anh xem giúp có liên quan ko`),
    nat(`bật reset mode rồi mà giờ các agent làm remote bị mất đăng ký suốt, ai ở sau modem nhà đều bị`),
    nat(`vos hiện các account sau nat là unregistered dù màn hình phone vẫn "registered", vài phút sau phone mới nhận ra. chỉ bị từ khi e bật SS_TCP_CLOSE_RESET`),
    nat(`a ơi reg tcp qua NAT chập chờn từ hôm bật RST, khách kêu quá trời`),
    nat(`Điện thoại của chi nhánh Q1 (sau firewall văn phòng, transport TCP) lúc đăng ký được lúc không. Em nghi do em bật RST tuần rồi vì trước đó chạy ngon 1 năm`),
    nat(`sau reparse với SS_TCP_CLOSE_RESET=On thì tổng đài issabel của khách (đứng sau NAT) đăng ký trunk tcp lên vos bị rớt liên tục, log issabel: Registration for 'vos' timed out`),
    nat(`ตั้งแต่เปิด SS_TCP_CLOSE_RESET=On เมื่อวาน โทรศัพท์ลูกค้าที่อยู่หลัง mikrotik หลุด register ตลอดเลยครับ`),
    nat(`หลังเปิด RST mode แก้ปัญหา time_wait แล้ว softphone ของพนักงานที่ทำงานจากบ้าน (หลัง router) register ผ่าน TCP หลุดบ่อยมากค่ะ`),
    nat(`เปิด RST แล้ว ext หลัง NAT unregistered หมดครับ sip tcp`),
    nat(`ลูกค้าที่เชียงใหม่ใช้ 3CX อยู่หลัง firewall ออฟฟิศ register tcp เข้า vos หลังเราเปิด RST mode ตอนนี้ขึ้น unregistered ทั้งวันค่ะ`),
    nat(`เครื่อง Yealink หลังเราเตอร์บ้าน register tcp ขึ้นๆลงๆ ตั้งแต่ตั้ง SS_TCP_CLOSE_RESET เป็น On ครับ ลูกค้าที่ใช้ UDP ไม่เป็น`),
    nat(`สรุปให้ครับ
- จันทร์: เปิด RST mode + tw_reuse
- อังคาร: ลูกค้าหลัง NAT 4 รายแจ้ง register หลุด
- ลูกค้าที่มี IP public ไม่เป็น
เกี่ยวกันไหมครับ`),
    nat(`agent ที่ call center พระราม 9 ใช้ MicroSIP ผ่าน tcp หลัง router ตัวเดียวกัน หลุด register ทุก 2-3 นาที หลังจากเราเปิด RST ค่ะ ก่อนหน้านี้ปกติ`),
    nat(`พี่ครับ account หลัง NAT ใน portal ขึ้น online/offline สลับกันตลอด ที่เปลี่ยนไปอย่างเดียวคือเปิด SS_TCP_CLOSE_RESET เมื่อสัปดาห์ที่แล้ว`),
    nat(`log: Registration for trunk 'vos' timed out ตลอดค่ะ PBX ลูกค้าอยู่หลัง NAT ใช้ TCP เริ่มเป็นหลังเปิด RST mode`),
    nat(`เปิด rst แล้ว register หลัง nat ไม่อยู่ 5555 ช่วยด้วย`),
    nat(`หลัง reparse ด้วย SS_TCP_CLOSE_RESET=On ปัญหา port หายแล้วครับ แต่โทรศัพท์สาขาพัทยาหลัง MikroTik register หลุดแทน ไม่รู้จะทำยังไงดี`),
    nat(`ลูกค้าร้องว่าเครื่องขึ้น "No Service" ทุกไม่กี่นาที อยู่หลัง router บ้าน register ด้วย TCP เป็นตั้งแต่เปิด reset mode ค่ะ`),
  ],
  firewallRst: [
    fw(`a ơi từ lúc bật SS_TCP_CLOSE_RESET=On thì cuộc gọi qua FortiGate bên khách bị treo, ko ngắt được, phải tắt máy mới hết`),
    fw(`bật RST mode xong thì gọi ra qua ASA của khách rớt sau vài giây, log ASA: "TCP packet with RST flag ... denied, no connection" mấy nghìn dòng`),
    fw(`sau khi bật RST, pfSense bên văn phòng báo block RST invalid state, cuộc gọi thì lúc được lúc ko`),
    fw(`Sau khi bật SS_TCP_CLOSE_RESET=On, các cuộc gọi đi qua Sophos của khách ở HCM bị rớt ngang giữa chừng. Xem log Sophos thấy "Invalid TCP state, packet dropped" toàn là gói RST từ IP server vos`),
    fw(`conntrack trên con gateway linux của khách đang drop RST: dmesg toàn "nf_ct_tcp: invalid RST", cuộc gọi fail từ khi em bật RST mode`),
    fw(`gọi qua mikrotik bị treo, ko cúp máy dc, từ khi bật rst`),
    fw(`Em tcpdump trên server thấy vos gửi RST ra, nhưng phía sau FortiGate khách capture ko có RST nào. diag debug flow: "packet dropped, no session matched". Cuộc gọi thì hang. RST mode em bật từ thứ 3`),
    fw(`sau khi sửa softswitch.conf SS_TCP_CLOSE_RESET=On và reparse, khách báo 20% cuộc gọi fail ngay khi nhấc máy. khách có ASA 5516 đứng trước tổng đài`),
    fw(`iptables bên khách có rule -m state --state INVALID -j DROP, từ khi bật RST thì cuộc gọi tcp cứ treo rồi timeout. e nghi nó drop gói RST`),
    fw(`khách ở Đà Nẵng kêu từ hôm thứ 2 gọi ra cứ bị rớt sau khoảng 30s, họ dùng pfSense. trùng hôm e bật RST mode trên vos`),
    fw(`Dạ log pfSense:
Jun 12 10:22:14 filterlog: ... TCP:R ... block (state-violation)
Jun 12 10:22:14 filterlog: ... TCP:R ... block (state-violation)
toàn gói R từ IP server vos. cuộc gọi fail từ khi bật SS_TCP_CLOSE_RESET`),
    fw(`từ khi bật rst thì call qua firewall cứ hang hoài a, ko end dc, cdr hiện duration 3600s`),
    fw(`Reseller bên em có 5 khách dùng FortiGate, cả 5 cùng báo rớt cuộc từ hôm bật RST mode. Khách ko có firewall stateful thì bình thường. FortiGate log toàn "invalid RST" bị deny`),
    fw(`mikrotik bên khách đang drop connection-state=invalid, từ khi e bật SS_TCP_CLOSE_RESET các cuộc gọi sip tcp đi qua nó bị fail hết`),
    fw(`cuoc goi bi treo sau khi bat rst, firewall sophos drop goi RST`),
    fw(`em forward lời khách: "từ chiều thứ 5 cứ gọi qua tổng đài là máy đứng, bấm kết thúc ko được, phải rút dây". Em check thì thứ 5 là ngày em bật RST mode, khách có ASA`),
    fw(`ASA log: %ASA-6-106015: Deny TCP (no connection) from 103.x.x.15/5060 to 10.1.1.20/49812 flags RST on interface outside. mấy nghìn dòng từ lúc bật RST, cuộc gọi bị treo`),
    fw(`cuộc gọi qua firewall bị drop sau khi bật RST, chưa allow RST trên firewall. phải làm gì a`),
    fw(`ตั้งแต่เปิด SS_TCP_CLOSE_RESET=On สายที่ผ่าน FortiGate ของลูกค้าค้างครับ วางสายไม่ได้`),
    fw(`หลังเปิด RST mode สายผ่าน ASA ของลูกค้าหลุดหลังคุยไม่กี่วินาทีค่ะ log ASA มี Deny TCP (no connection) flags RST เต็มเลย`),
    fw(`pfSense ที่ออฟฟิศลูกค้า block RST เพราะ invalid state หลังเราเปิด RST mode สายโทรติดบ้างไม่ติดบ้างครับ`),
    fw(`สายผ่าน Sophos ของลูกค้าหลุดกลางคันตั้งแต่เปิด RST ค่ะ log ขึ้น Invalid TCP state packet dropped เป็น RST จาก server vos`),
    fw(`เปิด rst แล้วสายค้างผ่าน firewall ครับ`),
    fw(`conntrack ของลูกค้า drop RST ว่าเป็น INVALID ครับ สาย tcp ค้างแล้ว timeout หลังเปิด SS_TCP_CLOSE_RESET`),
    fw(`ลูกค้าพัทยาใช้ mikrotik มี rule drop invalid พอเราเปิด RST mode สายผ่าน sip tcp fail หมดเลยค่ะ`),
    fw(`tcpdump ฝั่ง server เห็น RST ส่งออกไป แต่ฝั่งลูกค้าหลัง FortiGate ไม่เห็นเลยครับ debug flow ขึ้น no session matched สายค้าง เริ่มตั้งแต่เปิด RST`),
    fw(`forward จากลูกค้าค่ะ "ตั้งแต่วันพุธโทรแล้วเครื่องค้าง กดวางไม่ได้" วันพุธคือวันที่เราเปิด RST mode ลูกค้ามี ASA ค่ะ`),
    fw(`CDR มีสายยาว 3600 วิเยอะผิดปกติครับ ทั้งหมดเป็นลูกค้าที่อยู่หลัง FortiGate เริ่มหลังเปิด SS_TCP_CLOSE_RESET=On`),
    fw(`ลูกค้า 3 รายที่ใช้ firewall stateful โทรหลุดตั้งแต่เปิด RST ส่วนรายที่ไม่มี firewall ปกติดีครับ ต้องแก้ฝั่งไหน`),
    fw(`พี่คะ สายผ่าน firewall โดน drop หลังเปิด RST mode ยังไม่ได้ allow RST ใน firewall ต้องทำยังไงดีคะ`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning155Set: readonly EvalItem[] = Object.values(tuning155Families).flat();
