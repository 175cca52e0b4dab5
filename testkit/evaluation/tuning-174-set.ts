import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP resellers, call-centre operators and NOC staff in Vietnam (Hà Nội, TP.HCM, Đà Nẵng, Cần Thơ) and Thailand
 * (Bangkok, Chiang Mai, Hat Yai) on Zalo/LINE/WhatsApp: Vietnamese about 60 % (with and without diacritics, "a ơi",
 * "e", "ko", "dc", "k", "vs"), Thai about 40 % (Thai script with ครับ/ค่ะ, some romanised), English technical words
 * and pasted output; numbers as "3 vạn", "30 nghìn", "30k", "3 หมื่น", "30,000".
 *
 * The hundred-and-seventy-fourth tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its
 * own port, registration lost for another reason, small figures and questions, firewall work without dropped RST,
 * playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones unregistered
 * after RST mode, a stateful firewall dropping RST). Written as the hundred-and-seventy-fourth never-tuned set, before the sixty-fourth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-fourth round, then made tuning
 * material for the sixty-fifth: bench/classify lists its misses.
 *
 * One message of smallFigures, which normalised as one of the hundred-and-nineteenth tuning split's, was left out.
 * First measured, before any tuning on it: in scope 95.6 %, negatives confident 5.2 %, confident wrong 0 % with the rules of
 * the sixty-third round, before the sixty-fourth.
 * After the sixty-fourth round: the same.
 * After the sixty-fifth round, tuned on: in scope 98.9 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning174Families = {
  oneListeningPort: [
    no(`a ơi, web quản lý vos ko lên, log tomcat báo "java.net.BindException: Address already in use: bind" port 8080. e check thì có con java cũ vẫn chạy`),
    no(`sau khi reboot server, mbx3000d ko start dc, log ghi bind 5060 failed: Address already in use. netstat -tulpn | grep 5060 thấy pid 2231 của tiến trình cũ a ạ`),
    no(`e cài thêm nginx làm reverse proxy cho portal, start lên báo nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). apache cũ vẫn đang giữ port 80 a ạ`),
    no(`chào a, mysql ko khởi động lại dc sau khi update:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
vos ko vào dc billing luôn`),
    no(`docker run -p 8080:8080 billing-portal báo "Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use". trên máy đã có tomcat của vos rồi, e đổi port map sang 8088 dc ko a`),
    no(`redis-server ko lên a, "Could not create server TCP listening socket *:6379: bind: Address already in use". chắc e cài 2 lần, 2 con cùng chạy`),
    no(`a oi e chay thu dev server tren laptop, npm run dev bao EADDRINUSE: address already in use :::3000. ko lien quan vos dau nhung a chi e cach tim process nao giu port vs`),
    no(`Hà Nội đây a, e đổi port web portal sang 8443 mà service vẫn báo Address already in use, hoá ra có con tomcat thứ 2 e cài thử hôm trước vẫn đang chạy`),
    no(`vos restart xong mà softswitch báo ko bind dc udp 5060, ss -ulpn thấy 1 process mbx3000d cũ còn giữ port. kill -9 nó đi là ok hả a?`),
    no(`e cai them freeswitch tren cung server vos de test IVR, freeswitch bao "Socket Error! Address already in use" port 5060. chac dung port vs vos a nhi, doi sang 5080 dc ko`),
    no(`# systemctl status httpd
httpd: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
no listening sockets available, shutting down
c ơi cái này là sao, e mới cài cert SSL cho portal xong`),
    no(`e viết script báo cáo CDR bằng flask chạy port 5000, báo OSError: [Errno 98] Address already in use. trên server có cái gì giữ 5000 rồi k a`),
    no(`Cần Thơ ạ. tổng đài ko lên sau khi mất điện, log emp báo bind port 1099 already in use. lsof -i :1099 ra java pid 1874, con này từ lần start trước`),
    no(`a ơi portal vos3000 ko vào dc, e restart tomcat thì catalina.out báo
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080`),
    no(`Đà Nẵng nè, container grafana của e ko start dc vì port 3000 bị container cũ chiếm, docker ps -a thấy còn 1 cái đang Up. stop nó đi thì hết address already in use đúng ko a`),
    no(`e mới cài webmin, nó ko lên port 10000, báo "Failed to bind to port 10000: Address already in use". có xung đột gì vs vos ko a`),
    no(`สวัสดีครับ หลังรีสตาร์ทเครื่อง VOS หน้าเว็บเข้าไม่ได้ครับ ใน catalina.out ขึ้น java.net.BindException: Address already in use ที่พอร์ต 8080 มี java อีกตัวค้างอยู่ครับ`),
    no(`พี่คะ mbx3000d สตาร์ทไม่ขึ้นค่ะ log บอก bind 0.0.0.0:5060 failed Address already in use เช็ค netstat เจอ process เก่าค้างอยู่ค่ะ`),
    no(`nginx start ไม่ได้ครับ [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use) น่าจะชนกับ apache ที่ลงไว้ก่อน ต้องปิดตัวไหนดีครับ`),
    no(`mysql ขึ้นไม่ได้ค่ะ error: Do you already have another mysqld server running on port: 3306 ? ลองหยุด service แล้วก็ยังไม่หายค่ะ ps เห็น mysqld อีกตัว`),
    no(`sawasdee krub, docker compose up laew error "bind: address already in use" port 80 krub, server nee mee apache khong VOS portal yoo laew chai mai krub`),
    no(`เครื่อง dev ของน้องในออฟฟิศ รัน node server แล้วขึ้น EADDRINUSE :::8080 ค่ะ ไม่เกี่ยวกับ softswitch ใช่ไหมคะ`),
    no(`หาดใหญ่ครับ ลง asterisk ทดสอบบนเครื่องเดียวกับ VOS แล้ว asterisk ฟ้อง Unable to bind UDP socket to 0.0.0.0:5060: Address already in use ครับ`),
    no(`redis ขึ้นไม่ได้ค่ะ Could not create server TCP listening socket *:6379: bind: Address already in use มีตัวเก่ารันอยู่ค่ะ`),
    no(`เชียงใหม่ค่ะ tomcat ของระบบ billing พอร์ต 8080 ชนกับ portal ของ VOS ค่ะ ขึ้น Address already in use เปลี่ยน port ที่ server.xml ได้ไหมคะ`),
    no(`[root@vos ~]# service mbx3000d start
Starting mbx3000d: bind udp 5060 error: Address already in use
[root@vos ~]# ss -lunp | grep 5060
UNCONN 0 0 *:5060 *:* users:(("mbx3000d",pid=4412,fd=9))
ตัวเก่ายังไม่ตายครับ kill ได้เลยไหมครับ`),
    no(`ผมเปิดโปรแกรม softphone ทดสอบบนเซิร์ฟเวอร์เองแล้วมันจองพอร์ต 5060 ไว้ พอ restart softswitch ขึ้น address already in use ครับ ปิดโปรแกรมแล้วจะหายไหมครับ`),
  ],
  otherRegistrationCause: [
    no(`a ơi sáng nay 20 máy ip phone ở văn phòng Quận 7 mất đăng ký hết, e mới đổi password account hôm qua mà quên cập nhật trên máy. log báo 401 Unauthorized liên tục`),
    no(`khách bên Cầu Giấy báo gateway unregistered, kiểm tra thì ISP đổi IP public của họ, mà bên e whitelist IP cũ. dùng UDP thôi a`),
    no(`tk 8801 bị khoá do nợ cước 3 triệu nên các máy của khách ko register dc. e nạp tiền rồi a mở lại giúp e dc ko`),
    no(`cả tòa nhà mất điện từ 8h, giờ có điện lại mà mấy con grandstream vẫn unregistered, e nghĩ switch PoE chưa lên`),
    no(`khach doi router moi cua viettel, sip alg bat mac dinh nen dien thoai dang ky chap chon, dung udp 5060. tat alg di la on ha a`),
    no(`license vos hết hạn hôm qua a ơi, giờ ko có máy nào register dc, bao giờ gia hạn dc ạ`),
    no(`e đổi domain sip.congty.vn sang IP server mới nhưng DNS chưa cập nhật, mấy softphone dùng domain nên mất đăng ký hết, ping domain vẫn ra IP cũ`),
    no(`dt ko dang ky dc a, log ghi "403 Forbidden wrong password" tu 113.161.x.x, chac khach go sai mk`),
    no(`internet FPT ở chi nhánh Đà Nẵng đứt cáp từ sáng, điện thoại bên đó mất đăng ký hết. bao giờ mạng có lại thì nó tự register lại chứ a`),
    no(`account hết hạn sử dụng ngày 30/6, hôm nay 1/7 khách gọi báo unregistered. e gia hạn trong portal rồi mà chưa thấy máy lên`),
    no(`e mới reset con gateway dinstar về mặc định, mất hết thông tin account nên nó ko đăng ký. a gửi lại e thông số vs`),
    no(`zoiper của khách báo "Registration failed: 408 Request Timeout", kiểm tra thì laptop khách đang dùng wifi khách sạn chặn port 5060 UDP`),
    no(`call center bên e ở Bình Thạnh, 40 agent softphone mất đăng ký sau khi IT tòa nhà đổi đường internet sang IP public khác, mà bên vos đang chỉ cho phép IP cũ`),
    no(`e xoá nhầm 5 account trong vos lúc dọn dẹp, giờ 5 máy đó unregistered 😭 có khôi phục dc ko a`),
    no(`yealink báo "Account 1 registration failed", e kiểm tra thì e gõ sai server port 5070 thay vì 5060. sửa lại thì ok, nhưng sao máy ko báo lỗi rõ hơn a`),
    no(`khach bao may le tan mat dang ky, hoa ra chuot can day mang, cam lai la len. cam on a`),
    no(`สวัสดีค่ะ โทรศัพท์ในออฟฟิศ 15 เครื่อง unregistered ตั้งแต่เช้า เพิ่งเปลี่ยนรหัสผ่าน account เมื่อวานแต่ยังไม่ได้แก้ในเครื่องค่ะ log ขึ้น 401 Unauthorized`),
    no(`ลูกค้าที่บางนาเปลี่ยนเน็ตจาก 3BB เป็น AIS ได้ IP ใหม่ครับ เราล็อก IP เก่าไว้ เลย register ไม่ได้ ใช้ UDP อยู่ครับ`),
    no(`บัญชีลูกค้ายอดค้าง 3 หมื่นบาทเลยถูกระงับค่ะ เครื่องทั้งหมดเลย register ไม่ขึ้น ถ้าโอนแล้วจะเปิดให้ได้เลยไหมคะ`),
    no(`ไฟดับทั้งตึกที่สีลมครับ ตอนนี้ไฟมาแล้วแต่ IP phone บางเครื่องยังไม่ register น่าจะ switch ยังบูตไม่เสร็จครับ`),
    no(`license VOS หมดอายุเมื่อคืนค่ะ ทุกเครื่องหลุดหมด ต่ออายุยังไงคะ`),
    no(`krub phi, router TOT khong look kha mee SIP ALG perd yoo, torasap register dai bang mai dai bang, chai UDP krub`),
    no(`เชียงใหม่ค่ะ gateway ของลูกค้ารีเซ็ตค่าโรงงาน ข้อมูล account หายหมดเลยไม่ register ค่ะ ขอ username/password ใหม่ได้ไหมคะ`),
    no(`ย้าย DNS ของ sip.xxxx.co.th ไปเครื่องใหม่ แต่ TTL ยังไม่หมด softphone บางตัวยังชี้ IP เก่าครับ เลยขึ้น unregistered`),
    no(`เน็ตสาขาหาดใหญ่ล่มทั้งวันครับ โทรศัพท์หลุด register หมด เน็ตกลับมาแล้วต้องทำอะไรเพิ่มไหมครับ`),
    no(`log ขึ้น 403 Forbidden ค่ะ ลูกค้าพิมพ์ username ผิด ใส่ 0 เกินมาหนึ่งตัว แก้แล้วขึ้นปกติค่ะ ขอบคุณค่ะ`),
    no(`พี่ครับ account ทดลอง 7 วันของลูกค้าหมดอายุ เครื่องเลยหลุด register ครับ ขยายเวลาให้อีก 7 วันได้ไหมครับ`),
  ],
  smallFigures: [
    no(`a ơi cho e hỏi TIME_WAIT là gì vậy, e chạy ss -s thấy có 180 cái timewait, server đang vắng có sao ko`),
    no(`# ss -s
Total: 412 (kernel 498)
TCP:   96 (estab 41, closed 38, orphaned 0, synrecv 0, timewait 37/0), ports 0
output này bình thường ko a, server mới chạy có 5 CPS`),
    no(`SS_TCP_CLOSE_RESET là gì vậy a, trong softswitch.conf e thấy để Off, có nên bật ko`),
    no(`nếu bật RST mode thì mấy điện thoại sau NAT bên khách có bị ảnh hưởng ko a? khách e toàn dùng mikrotik. e chưa bật đâu, hỏi trước cho chắc`),
    no(`tcp_tw_reuse nên để 0 hay 1 cho server vos 200 kênh a, hiện giờ ko có lỗi gì, chỉ muốn tối ưu trước`),
    no(`netstat -an | grep TIME_WAIT | wc -l ra 260, đang giờ cao điểm, vậy có cao ko a`),
    no(`a giải thích giúp e FIN vs RST khác nhau thế nào, khách hỏi mà e ko biết trả lời`),
    no(`ip_local_port_range mặc định 32768 60999 thì dc bao nhiêu port, đủ cho 30 CPS ko a`),
    no(`e định chuyển trunk sang sip tcp, có cần chỉnh gì kernel ko a, lưu lượng tầm 3 nghìn cuộc/ngày thôi`),
    no(`check sức khoẻ server hàng tuần: timewait 95, estab 120, load 0.3. ổn chứ a`),
    no(`nếu bật SS_TCP_CLOSE_RESET=On thì firewall fortigate bên e có drop gói RST ko a, trước khi bật e muốn hỏi cho chắc`),
    no(`e thấy trong ss có vài chục socket TIME-WAIT tới 5060 của carrier, bình thường hả a`),
    no(`server vos ở HCM, 50 kênh đồng thời, timewait tầm 300-400 lúc cao điểm, gọi vẫn ok, có cần bật tw_reuse ko`),
    no(`UDP có bị TIME_WAIT ko a? bên e dùng UDP hết mà sếp bảo check`),
    no(`cho e xin tài liệu tham số SS_TCP_CLOSE_RESET, e cần viết tài liệu nội bộ cho team NOC`),
    no(`sếp hỏi: mình đang 8 CPS, nếu lên 20 CPS thì có lo hết port ko? hiện timewait mới có 500`),
    no(`TIME_WAIT คืออะไรครับ รัน ss -s แล้วเห็น timewait 150 เครื่องยังว่างๆ อยู่ ผิดปกติไหมครับ`),
    no(`ถ้าเปิด SS_TCP_CLOSE_RESET เป็น On แล้วโทรศัพท์ที่อยู่หลัง NAT จะมีปัญหาไหมคะ ยังไม่ได้เปิดนะคะ ถามก่อน`),
    no(`$ netstat -ant | awk '{print $6}' | sort | uniq -c
     52 ESTABLISHED
     14 LISTEN
    210 TIME_WAIT
ปกติไหมครับ ช่วงบ่ายโทรประมาณ 10 CPS`),
    no(`net.ipv4.tcp_tw_reuse ควรตั้งเป็นเท่าไหร่คะสำหรับ VOS ตอนนี้ยังไม่มีปัญหาอะไร อยากตั้งไว้ก่อนค่ะ`),
    no(`เครื่อง VOS ที่เชียงใหม่มี TIME_WAIT ประมาณ 3 ร้อยช่วงพีค ต้องกังวลไหมคะ`),
    no(`ถ้าเปิด RST mode แล้ว ไฟร์วอลล์ Sophos ของเราจะ drop ไหมครับ กำลังพิจารณาอยู่ครับ`),
    no(`phi krub, SS_TCP_CLOSE_RESET mee phon kab SIP UDP mai krub, rao chai UDP tang mod`),
    no(`ช่วยอธิบาย ip_local_port_range หน่อยค่ะ 1024-65000 พอสำหรับ 50 CPS ไหมคะ`),
    no(`ตรวจสุขภาพเครื่องประจำเดือนครับ estab 80 timewait 120 cpu 5% โอเคไหมครับ`),
    no(`ถ้าอนาคตลูกค้าขึ้นไป 1 หมื่นสายต่อวัน ต้องเตรียมเรื่อง port หรือ TIME_WAIT อะไรไหมคะ ตอนนี้แค่ 2 พันสาย`),
  ],
  firewallNoRst: [
    no(`a ơi mở giúp e port 5060 udp trên fortigate cho IP carrier mới 103.x.x.x vs`),
    no(`e muốn whitelist IP nhà mạng VNPT 123.30.x.x trên iptables, lệnh nào a`),
    no(`fail2ban ban mất IP của khách lớn nhất bên e vì nó nhập sai pass mấy lần, unban thế nào a`),
    no(`router Draytek ở văn phòng khách có SIP ALG, nên tắt hay bật a`),
    no(`cần port forward 5060 và dải RTP 10000-20000 trên mikrotik về server vos nội bộ, a gửi e rule mẫu dc ko`),
    no(`sếp muốn chặn hết IP nước ngoài trừ VN và Thái vào port 5060, dùng geoip trên pfSense dc ko a`),
    no(`e gửi file cấu hình ASA, a review giúp e các rule cho vos có hở gì ko`),
    no(`bị scan sipvicious liên tục từ IP lạ, e muốn chặn user-agent friendly-scanner trên iptables`),
    no(`mo port 8080 cho portal chi cho IP van phong thoi, con lai chan, lam tren firewalld sao a`),
    no(`fortigate bên e cần tạo VIP cho server vos, map public 14.x.x.x sang 192.168.10.5, có cần bật session helper sip ko a`),
    no(`iptables -L thấy rule DROP cho dải 45.x.x.x e thêm tuần trước để chặn scan, giờ carrier mới lại nằm trong dải đó, xoá rule sao a`),
    no(`khách hỏi cần mở những port nào trên firewall để dùng vos3000, a liệt kê giúp e`),
    no(`pfSense bên e muốn giới hạn số kết nối đến 5060 để chống flood, cấu hình ở đâu a`),
    no(`Sophos XG của khách đang chặn RTP nên cuộc gọi 1 chiều, e cần mở dải port nào`),
    no(`a ơi conntrack table bên e có 2 nghìn entry, có cần tăng nf_conntrack_max ko, chỉ là review chứ ko lỗi gì`),
    no(`e muốn bật rate limit trên mikrotik cho ip lạ gửi vào 5060 quá 20 gói/giây, rule thế nào a`),
    no(`รบกวนเปิดพอร์ต 5060 UDP บน FortiGate ให้ IP ของ carrier ใหม่ด้วยครับ`),
    no(`อยากเพิ่ม whitelist IP ของ True 1.x.x.x ใน iptables ค่ะ ใช้คำสั่งอะไรคะ`),
    no(`fail2ban แบน IP ลูกค้าไปค่ะ เพราะใส่รหัสผิดหลายครั้ง ปลดแบนยังไงคะ`),
    no(`ควรปิด SIP ALG บนเราเตอร์ลูกค้าไหมครับ ใช้ MikroTik อยู่`),
    no(`ช่วยดู config pfSense ให้หน่อยครับ ว่าเปิดพอร์ตสำหรับ VOS ครบไหม`),
    no(`อยากบล็อก IP ต่างประเทศทั้งหมด ยกเว้นไทยกับเวียดนาม ที่พอร์ต 5060 ทำบน FortiGate ได้ไหมคะ`),
    no(`port forward 5060 กับ RTP 10000-20000 บนเราเตอร์ ตั้งยังไงครับ`),
    no(`krub, Cisco ASA tong perd port arai bang hai VOS3000 krub, chuay list hai noi`),
    no(`มีคนสแกน SIP จากต่างประเทศทั้งคืน อยากบล็อกใน iptables ค่ะ`),
    no(`Sophos ของลูกค้าบล็อก RTP เสียงทางเดียวค่ะ ต้องเปิด port range อะไรคะ`),
    no(`FortiGate ตั้ง VIP ให้ VOS แล้ว ควรปิด sip session helper ไหมครับ`),
  ],
  negationContext: [
    no(`tổng đài bên e dùng UDP hết, ko có trunk tcp nào, RST cũng chưa bật. hôm nay 10 máy unregistered là do sáng nay e đổi password hàng loạt, đã cập nhật lại rồi a`),
    no(`RST bên e vẫn Off, chưa bao giờ bật, SS_TCP_CLOSE_RESET=Off trong conf. cho e hỏi sao a bảo e check cái này`),
    no(`vụ hết port vs hàng chục nghìn TIME_WAIT tháng trước a xử lý xong rồi, giờ cao điểm chỉ còn 400 thôi, cảm ơn a nhiều`),
    no(`Fwd ticket cũ để lưu hồ sơ: "03/2024 - điện thoại sau NAT mất đăng ký sau khi bật RST mode, đã tắt RST và xử lý xong". ko cần làm gì thêm a nhé`),
    no(`cảm ơn a, sau khi bật tw_reuse và mở rộng port range, timewait giờ còn 2 nghìn, cao điểm ko còn lỗi cannot assign requested address nữa`),
    no(`firewall ko drop gì cả a, e xem log fortigate sạch, ko có "no session matched", cuộc gọi rớt là do carrier gửi BYE`),
    no(`ko ai đổi gì cả, RST vẫn tắt, sáng nay mất đăng ký là vì cả khu mất internet`),
    no(`e đọc tài liệu thấy nói RST mode có thể làm máy sau NAT mất đăng ký, nhưng bên e chưa bật, chỉ đọc cho biết thôi`),
    no(`vụ fortigate drop RST đã fix tuần trước bằng cách tắt RST mode, hôm nay gọi ổn định, e báo lại để a đóng ticket`),
    no(`timewait lên 20 nghìn là hồi năm ngoái, lúc đó chưa nâng cấp, giờ thì bình thường a, e chỉ kể lại cho sếp mới nghe`),
    no(`khach bao "address already in use" nhung hoa ra la port 8080 cua tomcat bi chiem, ko phai het port outbound, e kill process roi`),
    no(`máy sau NAT mất đăng ký ko phải do RST đâu a, e check rồi, là do khách đổi mật khẩu wifi và máy chưa vào mạng lại`),
    no(`e đã rollback SS_TCP_CLOSE_RESET về Off từ hôm thứ 2, từ đó các máy sau nat đăng ký lại bình thường, cảm ơn a`),
    no(`log iptables có dòng INVALID drop nhưng đó là của dải scan bên ngoài, bên e ko bật RST và cuộc gọi bình thường`),
    no(`bên e dùng sip udp only, nên chắc ko liên quan vụ rst a nói đúng ko`),
    no(`báo cáo cho sếp: sự cố hết port hôm 15 do đợt khuyến mãi, đã xử lý xong, hiện tại timewait 600, ko còn bind error`),
    no(`เราใช้ UDP อย่างเดียวนะครับ ไม่มี TCP เลย และ RST ก็ไม่เคยเปิด`),
    no(`ปัญหา TIME_WAIT หลายหมื่นเมื่อเดือนที่แล้วแก้เรียบร้อยแล้วค่ะ ตอนนี้พีคแค่ 500 ขอบคุณมากค่ะ`),
    no(`ส่งต่อ ticket เก่าเพื่อเก็บบันทึก: "FortiGate drop RST หลังเปิด RST mode แก้แล้วโดยปิด RST" ไม่ต้องดำเนินการอะไรครับ`),
    no(`SS_TCP_CLOSE_RESET ยังเป็น Off ค่ะ ไม่มีใครไปแก้ โทรศัพท์หลุดเพราะเน็ตล่มค่ะ`),
    no(`หลังเปลี่ยนรหัสผ่าน โทรศัพท์หลุด register ครับ ไม่เกี่ยวกับ RST เพราะเรายังไม่ได้เปิด`),
    no(`ขอบคุณครับ หลังปรับ tcp_tw_reuse แล้ว ไม่มี cannot assign requested address แล้ว timewait เหลือ 1 พันกว่า`),
    no(`log FortiGate ไม่มี no session matched เลยค่ะ สายหลุดเพราะ carrier ส่ง BYE มาเอง`),
    no(`ไม่มีใครเปลี่ยนอะไรเลยครับ RST ก็ปิดอยู่ ตอนนี้ทุกอย่างปกติ แค่สอบถามเฉยๆ`),
    no(`kha, rao pid RST mode laew tang tae wan jan, torasap lang NAT register klub maa pokati laew kha, khob khun kha`),
    no(`"address already in use" ที่เห็นคือ tomcat พอร์ต 8080 ค่ะ ไม่ใช่ port ขาออกหมด kill แล้วค่ะ`),
    no(`เคยเจอ TIME_WAIT เป็นหมื่นตอนปีใหม่ปีที่แล้วครับ ปีนี้ยังไม่เจอ อยากถามว่าควรเตรียมอะไรไหมครับ`),
  ],
  portExhaustion: [
    pe(`a ơi gấp, 8h tối nay cao điểm cuộc gọi fail liên tục, log softswitch toàn "connect failed: Cannot assign requested address". ss -s thấy timewait 28k`),
    pe(`# ss -s
Total: 31876 (kernel 32011)
TCP:   30544 (estab 812, closed 29602, orphaned 3, synrecv 0, timewait 29588/0), ports 0
giờ cao điểm 9h sáng, trunk tcp ra carrier ko mở dc kết nối mới, khách kêu ầm a ơi`),
    pe(`server HCM chạy 120 CPS lúc 10h, bắt đầu lỗi bind: address already in use khi mở kết nối ra carrier, hết giờ cao điểm lại tự hết`),
    pe(`netstat -an | grep TIME_WAIT | wc -l = 3 vạn 2, cuộc gọi ra qua tcp báo lỗi hết, gấp a`),
    pe(`a oi timewait len 4 van luc cao diem, goi ra ko duoc, log bao EADDRINUSE khi connect toi 5060 cua carrier`),
    pe(`call center bên e 300 agent gọi outbound chiến dịch, cứ 9h-11h là lỗi cannot assign requested address, ngoài giờ thì ổn, timewait lúc đó mấy chục nghìn`),
    pe(`từ tuần này lưu lượng tăng gấp đôi, giờ cao điểm ko tạo được kết nối TCP mới đến gateway, số TIME_WAIT khoảng 28 nghìn`),
    pe(`java.net.BindException: Cannot assign requested address trong log khi server vos mở kết nối ra ngoài lúc cao điểm, timewait 30k`),
    pe(`e check ip_local_port_range 32768-60999 tức khoảng 28 nghìn port, mà timewait đang 27.9k, chắc hết port rồi a, cuộc gọi ra fail`),
    pe(`sáng nay 8h-9h hơn 40% cuộc gọi lỗi 503, log báo "tcp connect to 10.0.0.20:5060 failed (99: Cannot assign requested address)"`),
    pe(`Hà Nội, server vos 2 chạy trunk tcp sang 3 nhà mạng, lúc đỉnh 150 cps thì ko kết nối mới dc, ss đếm được 3 vạn timewait`),
    pe(`2024-06-12 19:02:11 [ERR] SipTcp connect 203.x.x.x:5060 errno=99 Cannot assign requested address
2024-06-12 19:02:11 [ERR] SipTcp connect 203.x.x.x:5060 errno=99 Cannot assign requested address
2024-06-12 19:02:12 [ERR] SipTcp connect 203.x.x.x:5060 errno=99 Cannot assign requested address
toàn lỗi này giờ cao điểm tối a ơi, timewait 31k`),
    pe(`khách reseller của e báo mỗi tối khung 19-21h ko gọi ra dc, e ssh vào thấy hàng chục nghìn TIME_WAIT, ngoài khung đó chỉ vài trăm`),
    pe(`Cần Thơ. peak giờ trưa CPS tầm 90, bắt đầu báo address already in use trên kết nối đi tới carrier, cpu ram bình thường, timewait 26k`),
    pe(`e ko đổi gì cả, chỉ là chiến dịch telesale tăng lưu lượng, giờ cao điểm timewait 35 nghìn và ko mở thêm kết nối tcp dc`),
    pe(`a ơi ss -tan state time-wait | wc -l ra 29874, đúng giờ cao điểm cuộc gọi ko đi dc, có cần bật tw_reuse ko`),
    pe(`Đà Nẵng: gọi ra bị lỗi hàng loạt lúc cao điểm, log "bind failed for outgoing socket: Address already in use", timewait ~30k`),
    pe(`tối qua khung 20h lỗi cannot assign requested address khoảng 2 tiếng, hôm nay lại bị, port range mặc định, ss thấy 28k time_wait`),
    pe(`ด่วนครับ ช่วงพีคสองทุ่มโทรออกไม่ได้ log ขึ้น Cannot assign requested address ตลอด ss -s เห็น timewait 2 หมื่น 8 ครับ`),
    pe(`# ss -s
TCP:   33102 (estab 640, closed 32400, orphaned 0, timewait 32390/0), ports 0
ช่วง 10 โมงเช้าเปิด connection ใหม่ไปหา carrier ไม่ได้เลยค่ะ`),
    pe(`TIME_WAIT 3 หมื่นกว่าช่วงพีค สายออกผ่าน TCP fail หมดครับ พ้นช่วงพีคก็หาย`),
    pe(`call center ที่บางกะปิ 200 agent โทร outbound แคมเปญ ช่วง 9-11 โมง error cannot assign requested address ค่ะ TIME_WAIT เป็นหมื่น`),
    pe(`log ขึ้น errno 99 Cannot assign requested address ตอนเชื่อมต่อไป gateway ช่วงพีค 130 CPS ครับ netstat นับ TIME_WAIT ได้ 30,000`),
    pe(`phi krub, chuang peak TIME_WAIT kuen 3 muen, tor ok mai dai, log bok address already in use torn connect pai carrier krub`),
    pe(`หาดใหญ่ครับ ช่วงเย็นทุกวันโทรออกไม่ได้เยอะ เช็คแล้ว TIME_WAIT ขึ้นไปหลายหมื่น port ใน ip_local_port_range ใช้หมด`),
    pe(`BindException: Cannot assign requested address ขึ้นในช่วงที่ทราฟฟิกสูงสุดค่ะ TIME_WAIT ประมาณ 29k ค่ะ`),
    pe(`เชียงใหม่ค่ะ แคมเปญโปรโมชั่นทำให้ CPS ขึ้นเป็น 100 กว่า ช่วงพีคเปิด TCP connection ใหม่ไม่ได้ ค้าง TIME_WAIT เป็นหมื่นๆ`),
    pe(`ss -tan state time-wait | wc -l ได้ 31245 ครับ ตรงกับเวลาที่ลูกค้าโทรไม่ออก ต้องทำยังไงครับ`),
    pe(`ลูกค้า reseller แจ้งว่าช่วง 1 ทุ่มถึง 3 ทุ่มโทรไม่ออกทุกวันค่ะ ดูแล้ว TIME_WAIT สองหมื่นกว่า นอกช่วงนั้นไม่กี่ร้อย`),
    pe(`เครื่อง VOS สาขากรุงเทพ ช่วงพีคขึ้น EADDRINUSE ตอน connect ออกไปหา carrier ครับ TIME_WAIT 27,500`),
  ],
  natUnregistered: [
    nat(`a ơi từ hôm qua bật SS_TCP_CLOSE_RESET=On xong thì mấy máy ip phone sau router nhà khách (dùng sip tcp) cứ mất đăng ký liên tục`),
    nat(`sau khi bên a đổi chế độ đóng kết nối sang RST, softphone của agent làm ở nhà (sau NAT modem viettel) hiện unregistered, dùng TCP`),
    nat(`e bật RST mode để giảm timewait, giờ các gateway sau mikrotik NAT cứ 5-10 phút lại rớt đăng ký, transport tcp`),
    nat(`khách ở Cầu Giấy dùng zoiper tcp sau router TP-Link, từ khi bật RST là máy báo unregistered, máy dùng ip public trực tiếp thì bình thường`),
    nat(`sau khi bat SS_TCP_CLOSE_RESET tu toi qua, dt sau nat mat dang ky het, dung TCP, may dung UDP van on`),
    nat(`từ khi chuyển close mode sang RST hôm thứ 3, 30 máy yealink ở văn phòng khách (NAT qua Draytek, sip over tcp) cứ lúc đăng ký lúc ko`),
    nat(`a ơi RST mode bật xong thì 1/3 số máy nhánh ở chi nhánh Đà Nẵng unregistered, tất cả đều sau NAT và đăng ký qua TCP 5060`),
    nat(`sau thay đổi của bên a hôm qua (bật reset), máy grandstream sau router nhà mạng cứ mất reg, log thấy REGISTER tcp đến rồi mất kết nối`),
    nat(`e dùng tcp cho softphone vì udp bị nhà mạng chặn, mà từ lúc bật SS_TCP_CLOSE_RESET=On thì softphone sau nat ko giữ dc đăng ký`),
    nat(`# grep CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET=On
đây là conf hiện tại, bật từ sáng. giờ các máy sau NAT mikrotik hiện Unregistered trong portal, máy nào có IP public thì vẫn online`),
    nat(`call center ở Bình Dương 50 agent softphone sip/tcp sau NAT, từ chiều qua bật rst mode là cứ rớt đăng ký hàng loạt`),
    nat(`khách reseller báo: từ hôm bên mình chỉnh softswitch.conf bật reset thì máy ở nhà khách (router FPT, NAT) offline, đăng ký TCP`),
    nat(`hôm nay e enable RST cho đỡ timewait, chiều khách báo mấy gateway GoIP sau NAT ko online nữa, tcp transport`),
    nat(`máy sau NAT đăng ký tcp mỗi lần refresh registration là fail, từ khi SS_TCP_CLOSE_RESET bật. tắt đi thì có hết ko a`),
    nat(`Cần Thơ: sau khi đổi sang đóng kết nối kiểu RST, các điện thoại văn phòng sau NAT mất đăng ký, xem trên router thấy session tcp cũ vẫn kẹt`),
    nat(`từ hôm bật On cho SS_TCP_CLOSE_RESET, mấy con microsip sau NAT nhà dân cứ đỏ (unregistered), dùng transport TCP, UDP thì ko sao`),
    nat(`a ơi e mới bật RST hôm qua, hôm nay 60 máy ip phone sau NAT của 3 khách unregistered, tất cả dùng TCP`),
    nat(`sau khi reparse với SS_TCP_CLOSE_RESET=On, máy nhánh dùng sip tcp phía sau NAT nhà khách rớt đăng ký liên tục, phải reboot máy mới lên lại được một lúc`),
    nat(`หลังเปิด SS_TCP_CLOSE_RESET=On เมื่อวาน โทรศัพท์ที่อยู่หลังเราเตอร์บ้านลูกค้า (ใช้ SIP TCP) หลุด register ตลอดครับ`),
    nat(`ตั้งแต่เปลี่ยนเป็น RST mode ค่ะ softphone ของพนักงาน work from home หลัง NAT ขึ้น unregistered หมด ใช้ TCP ค่ะ`),
    nat(`gateway หลัง MikroTik NAT หลุด register ทุก 5-10 นาทีหลังจากเปิด RST ครับ transport TCP`),
    nat(`krub, lang perd SS_TCP_CLOSE_RESET torasap lang NAT unregistered mod loei, chai TCP krub, krueang IP public pokati`),
    nat(`หลังจากทีมคุณเปลี่ยน close mode เป็น RST เมื่อวันอังคาร Yealink 25 เครื่องหลัง NAT ของลูกค้าที่สาทร register ๆ หลุด ๆ ค่ะ ใช้ SIP over TCP`),
    nat(`เปิด RST mode แล้ว เครื่องที่มี IP public ยัง online แต่เครื่องหลัง NAT ใช้ TCP ขึ้น Unregistered ในหน้า portal ครับ`),
    nat(`call center เชียงใหม่ 40 agent softphone TCP หลัง NAT หลุด register หลังเปิด reset เมื่อเช้าค่ะ`),
    nat(`หลัง reparse ด้วย SS_TCP_CLOSE_RESET=On เครื่องหลัง NAT ที่ register ผ่าน TCP หลุดทุกครั้งที่ refresh ครับ`),
    nat(`ตั้งแต่เปิด RST เพื่อลด TIME_WAIT ลูกค้า reseller แจ้งว่า IP phone หลังเราเตอร์ 3BB ออฟไลน์ ใช้ TCP ค่ะ UDP ปกติ`),
    nat(`หาดใหญ่ครับ เพิ่งเปิด RST วันนี้ เครื่อง GoIP หลัง NAT ไม่ online แล้วครับ transport TCP`),
    nat(`MicroSIP หลัง NAT ขึ้นแดง unregistered ตั้งแต่เปิด SS_TCP_CLOSE_RESET ค่ะ ใช้ TCP ค่ะ`),
    nat(`หลังเปลี่ยนค่าใน softswitch.conf เป็นโหมด reset เครื่องหลัง NAT ของลูกค้าสามรายหลุด register หมดครับ ทุกเครื่องใช้ TCP`),
  ],
  firewallRst: [
    fw(`a ơi từ khi bật RST mode, cuộc gọi qua fortigate cứ treo rồi rớt, log forti toàn "no session matched" cho gói có cờ RST`),
    fw(`kernel: IN=eth0 OUT= SRC=10.1.1.5 DST=113.x.x.x PROTO=TCP SPT=5060 DPT=41234 RST URGP=0 INVALID DROP
kernel: IN=eth0 OUT= SRC=10.1.1.5 DST=113.x.x.x PROTO=TCP SPT=5060 DPT=41240 RST URGP=0 INVALID DROP
từ hôm bật SS_TCP_CLOSE_RESET=On là log đầy dòng này, cuộc gọi tcp bị treo`),
    fw(`sau khi bên a đổi close mode sang RST, Cisco ASA của khách log "Deny TCP (no connection) ... flags RST", cuộc gọi rớt giữa chừng`),
    fw(`pfSense bên e block gói RST từ vos, log ghi "TCP:R" bị chặn, từ lúc bật reset thì cuộc gọi hay bị treo ko kết thúc`),
    fw(`tu khi bat rst mode thi sophos drop goi RST vi out of state, cuoc goi tcp bi rot, a xem giup e`),
    fw(`conntrack trên iptables đánh dấu INVALID rồi drop các gói RST của softswitch từ khi e bật SS_TCP_CLOSE_RESET, cuộc gọi qua trunk tcp fail`),
    fw(`fortigate log: "action=deny ... msg=no session matched" proto 6 tcpflags RST, bắt đầu từ khi bật RST trên vos hôm qua, khách gọi ko dc`),
    fw(`từ sau khi thay đổi của a hôm qua, mikrotik firewall của khách drop gói RST (connection-state=invalid), cuộc gọi treo`),
    fw(`e bật RST cho đỡ timewait, giờ ASA ở data center drop hết RST, session bên firewall ko đóng nên trunk tcp kẹt, gọi ko ra`),
    fw(`Hà Nội: cuộc gọi sip tcp qua firewall fortigate cứ rớt sau khi bật SS_TCP_CLOSE_RESET=On, log thấy RST bị deny vì no session`),
    fw(`a ơi firewall pfSense state table ko khớp từ khi switch sang RST, gói R bị block, cuộc gọi ko dc ngắt và treo mãi`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 203.x.x.x/51022 flags RST on interface inside
dòng này hàng nghìn lần từ lúc bật RST mode, cuộc gọi hay drop`),
    fw(`sau bật reset mode, sophos log "Packet dropped (out of state)" với cờ RST, khách ở HCM gọi ra bị ngắt quãng`),
    fw(`iptables có rule -m conntrack --ctstate INVALID -j DROP, từ khi bật RST thì RST của vos bị rule này drop, cuộc gọi treo`),
    fw(`Đà Nẵng: fortigate bên khách drop RST sau khi vos chuyển sang kiểu đóng RST, cuộc gọi qua tcp lỗi`),
    fw(`cuộc gọi bị rớt hàng loạt từ sáng, e mới bật SS_TCP_CLOSE_RESET tối qua, log firewall iptables toàn INVALID drop với flags R`),
    fw(`mikrotik log "drop invalid" với tcp flags rst từ ip server vos, từ hôm bật rst. cuộc gọi rớt`),
    fw(`sau khi a bật RST mode, firewall ASA bên e ko cho RST qua, kết nối tcp lơ lửng, khách gọi bị treo, phải đợi timeout mới dc`),
    fw(`หลังเปิด RST mode สายที่ผ่าน FortiGate ค้างแล้วหลุดครับ log ขึ้น "no session matched" กับแพ็กเก็ต RST`),
    fw(`kernel: IN=eth1 OUT= SRC=10.2.0.8 DST=171.x.x.x PROTO=TCP SPT=5060 DPT=50112 RST URGP=0 INVALID DROP
ตั้งแต่เปิด SS_TCP_CLOSE_RESET=On log เต็มไปด้วยบรรทัดนี้ค่ะ สาย TCP ค้าง`),
    fw(`Cisco ASA ของลูกค้าขึ้น Deny TCP (no connection) flags RST หลังเปลี่ยนเป็น RST ครับ สายหลุดกลางคัน`),
    fw(`pfSense บล็อกแพ็กเก็ต TCP:R จาก VOS ตั้งแต่เปิด reset ค่ะ สายไม่ยอมวาง ค้างอยู่`),
    fw(`krub, lang perd RST mode Sophos drop packet RST wa out of state, sai TCP lud krub`),
    fw(`conntrack ตีเป็น INVALID แล้ว drop RST ของ softswitch ตั้งแต่เปิด SS_TCP_CLOSE_RESET ครับ สายผ่าน trunk TCP fail`),
    fw(`MikroTik ของลูกค้า drop RST (connection-state=invalid) หลังจากที่ทีมคุณเปลี่ยนค่าเมื่อวานค่ะ สายค้าง`),
    fw(`เปิด RST เพื่อลด TIME_WAIT แล้ว ASA ใน DC drop RST หมดเลยครับ session ไม่ปิด trunk TCP ค้าง โทรออกไม่ได้`),
    fw(`log FortiGate: action=deny msg="no session matched" tcpflags RST เริ่มตั้งแต่เปิด RST บน VOS เมื่อวานค่ะ`),
    fw(`เชียงใหม่ครับ หลังเปิด reset mode Sophos log "Packet dropped (out of state)" flag RST ลูกค้าโทรแล้วหลุด`),
    fw(`iptables rule --ctstate INVALID -j DROP ทิ้ง RST ของ VOS ตั้งแต่เปิด RST ค่ะ สายค้าง`),
    fw(`หาดใหญ่ครับ เปิด SS_TCP_CLOSE_RESET เมื่อคืน เช้านี้สายหลุดเยอะ firewall iptables log INVALID drop flags R เต็มเลย`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning174Set: readonly EvalItem[] = Object.values(tuning174Families).flat();
