import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Messages from VOS3000 operators, resellers and NOC engineers in Vietnam, Thailand, Cambodia, Laos and Myanmar on
 * WhatsApp: Vietnamese with and without diacritics and with teen abbreviations (ko, k, dc, r, ak, a oi), Thai with
 * ครับ/ค่ะ, 555 and English tech words inside, Khmer, Lao and Burmese in their own scripts or typed in Latin letters
 * (bong, ot ban te, bo dai, ma ya bu), all mixed with English; registers from incident summaries and ticket notes to
 * night-shift one-liners and voice-note transcripts. Figures written as 30 nghìn, 28k, 3 vạn, 2.9 vạn, สามหมื่น, 3
 * หมื่น 2 พัน, ៣ម៉ឺន, ສາມໝື່ນ, 2 muen 9 phan, 3 thaung, 28,640 or 28k6. One-liners, long pasted netstat, ss,
 * tcpdump, iptables, conntrack, ASA, FortiGate, pfSense, Check Point and softswitch log lines, typos and slang.
 *
 * The two-hundred-and-fifty-fifth tuning split, written as the two-hundred-and-fifty-fifth never-tuned evaluation
 * set because mainland South-East Asia carries a large share of wholesale VoIP transit on VOS3000, and its operators
 * write five scripts and their Latin spellings side by side in one chat, in fresh hands again. Five negative
 * families of 27 (one service that cannot bind its own port, registration lost for another reason, small figures and
 * questions, firewall work without dropped RST, playbook words denied or explained) and three positive families of
 * 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written before
 * the eighty-fourth round of rules by someone who had read only the playbooks' symptoms and the domain notes,
 * without the matcher, its rules or the other sets in view; measured as such before and after the eighty-fourth
 * round, then made tuning material for the eighty-fifth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 93.3 %, negatives confident 3.7 %, confident wrong 0 % with the
 * rules of the eighty-third round, before the eighty-fourth.
 * After the eighty-fourth round: the same.
 * After the eighty-fifth round, tuned on: in scope 96.7 %, negatives confident 3.7 %, confident wrong 0 %; still
 * short of the bar.
 * After the eighty-sixth round, tuned on: in scope 96.7 %, negatives confident 1.5 %, confident wrong 0 %; still
 * short of the bar.
 */
export const tuning255Families = {
  oneListeningPort: [
    no(`a oi web quan ly vos3000 ko vao dc, xem log tomcat thay "java.net.BindException: Address already in use (Bind failed)" o cong 8080. hom qua e co cai them jenkins len cung con may nay, chac no chiem 8080 r ak? cuoc goi van chay binh thuong`),
    no(`Chào anh, em restart mysql trên con vos-hcm2 thì không lên, log ghi:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
ps thấy có 2 process mysqld, chắc cái cũ chưa tắt hẳn. Gọi vẫn đi được, chỉ có báo cáo CDR là không load. Em kill cái cũ được không anh?`),
    no(`nginx -t ok ma start thi: nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use). con may nay lam reverse proxy cho trang tra cuoc khach hang, ko lien quan sip. httpd cu van dang listen 443 do a, disable httpd la xong dung ko`),
    no(`e dang code cai tool xem cdr bang node, npm run dev no bao Error: listen EADDRINUSE: address already in use :::3000 😭 tat terminal r ma van bi. lsof -i :3000 ra 1 con node pid 18822. kill -9 dc ko a hay co cach nao xin hon`),
    no(`Sau khi chuyển từ asterisk sang VOS3000 trên cùng server, service mbx3000d start xong nhưng softswitch log báo bind 0.0.0.0:5060 failed, address already in use. netstat -lntup | grep 5060 thì thấy asterisk vẫn LISTEN cả udp lẫn tcp 5060. Tắt asterisk đi là được hay phải gỡ hẳn ạ?`),
    no(`สวัสดีครับ พอดีรัน docker compose up แล้ว postgres ขึ้นไม่ได้ครับ
Error response from daemon: driver failed programming external connectivity on endpoint billing-db: Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use
น่าจะเพราะมี postgres ตัวเก่าลงไว้บน host อยู่แล้ว ควรเปลี่ยน port mapping เป็น 5433 หรือปิดตัวบน host ดีครับ`),
    no(`เปลี่ยน Port ssh เป็น 2222 แล้ว restart sshd ไม่ขึ้นค่ะ journalctl บอก error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. ตอนนี้ยังเข้าได้ทาง console ของ VPS อยู่ค่ะ ไม่รู้ว่าตัวไหนใช้ 2222 อยู่ 555 ช่วยดูหน่อยค่ะ`),
    no(`kamailio ที่ลงไว้ทำ load balancer หน้า VOS start ไม่ขึ้นครับ
ERROR: <core> [core/udp_server.c:370]: udp_init(): bind(4, 0x7f..., 16) on 0.0.0.0: Address already in use
เพราะลงไว้เครื่องเดียวกับ VOS ซึ่งถือ 5060 อยู่แล้ว จะให้ kamailio ฟัง 5070 แทนต้องแก้ listen= ตรงไหนครับ`),
    no(`ผมเปิด VOS web client (port 80) ไม่ได้ตั้งแต่ลง nginx ไว้ทำหน้า grafana ครับ tomcat log ขึ้น BindException: Address already in use: bind <null>:80 อยากให้ทั้งคู่อยู่เครื่องเดียวกัน ต้องย้ายอันไหนไปพอร์ตอื่นครับ`),
    no(`node_exporter start fail: "listen tcp :9100: bind: address already in use". มี exporter เก่าที่ลงด้วย rpm รันอยู่แล้ว 1 ตัว ตอนนี้ prometheus ดึง metric เครื่อง vos ไม่ได้ครับ ตัวเลขอื่นปกติหมด`),
    no(`បង, VOS3000 web manager មិនឡើងទេ។ catalina.out ចេញ java.net.BindException: Address already in use <null>:8080 ។ ខ្ញុំទើបដំឡើង tomcat មួយទៀតសម្រាប់ app billing នៅលើម៉ាស៊ីនដដែល។ ត្រូវប្តូរ port មួយណា?`),
    no(`bong, khnhom start redis ot ban te: "Could not create server TCP listening socket *:6379: bind: Address already in use". redis chas neng nov run kroam systemd. call nov VOS dertoeur thoamada, tae dashboard ot chenh data.`),
    no(`Asterisk នៅលើ box ដែលយើងចង់ធ្វើ IVR ចេញ "Unable to bind to 0.0.0.0:5060: Address already in use" ព្រោះ VOS3000 ក៏ run នៅម៉ាស៊ីនដដែល។ how to move asterisk to 5062? អរគុណបង`),
    no(`ສະບາຍດີອ້າຍ, freeswitch ທີ່ຕິດຕັ້ງໃໝ່ start ບໍ່ຂຶ້ນ, log ບອກ "Socket error binding to 0.0.0.0:5080: Address already in use" (profile external). ກວດເບິ່ງ netstat ແລ້ວ ມີ freeswitch ໂຕເກົ່າຍັງແລ່ນຢູ່ 1 ໂຕ.`),
    no(`Ai, bo sabai ja, mysql bon vos-vte bo kheun, "Bind on TCP/IP port: Address already in use" port 3306. khoi pheng upgrade MariaDB, tua kao yang lan yu boh? tho ha bo dai`),
    no(`Mingalarpar ko, grafana server ko restart lote tot "http: server error: listen tcp 0.0.0.0:3000: bind: address already in use" pyaw tal. VOS call twy ka normal pae. port 3000 ko ba ka yu htar lae thi chin lo.`),
    no(`ကိုကို VOS3000 web ဝင်လို့မရဘူး။ tomcat log မှာ "SEVERE: Failed to initialize connector [Connector[HTTP/1.1-8080]]" နဲ့ "Address already in use" ပြတယ်။ ဒီနေ့မနက်က zabbix web ထည့်ထားတယ်။ ဘာလုပ်ရမလဲ`),
    no(`bro, VPN server (openvpn) start ma ya bu "TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use". vos htae ka support team connect lote mha. port 1194 ko tal u bal ka use nay lae`),
    no(`php-fpm ko start dc: ERROR: unable to bind listening socket for address '127.0.0.1:9000': Address already in use (98). Do e cai them 1 ban php 7.4 chay song song voi php 5 cua trang billing cu. Chi can doi port cho 1 ban thoi dung ko anh`),
    no(`Hello a, trên vos ko có gì lạ, ss -s thấy timewait có 140, nhưng con zabbix agent không lên: "zabbix_agentd [2291]: cannot start agent: listener failed: bind() for [[-]:10050] failed: [98] Address already in use". Có 2 con agent, 1 cái cài từ rpm 1 cái build tay.`),
    no(`App tính cước (spring boot) ko lên sau khi deploy lại: "Web server failed to start. Port 8081 was already in use." Chắc bản cũ chưa shutdown. Cái này có dính gì tới softswitch ko hay chỉ là app mình ạ`),
    no(`haproxy reload ไม่ผ่านครับ
[ALERT] (1893) : Starting frontend sip_tls_in: cannot bind socket (Address already in use) [0.0.0.0:5061]
ตั้งใจจะให้ haproxy รับ TLS 5061 แทน แต่ลืมว่า VOS ก็ฟัง 5061 อยู่ ต้องปิดฝั่ง VOS ก่อนใช่ไหม`),
    no(`webmin ติดตั้งเสร็จแต่เข้าไม่ได้ค่ะ miniserv.log: "Failed to bind to port 10000 : Address already in use" ใช้ lsof ดูแล้วมี perl อีกตัวจับอยู่ น่าจะ webmin ที่ลงค้างไว้ตั้งแต่ปีก่อนค่ะ`),
    no(`Bong, mbx3000d start hz tae log "bind 5060 fail: Address already in use". knhom leng rok kheunh 3CX trial del team laor dam nov machine dadael. tnai nis call chol ot ban te. stop 3CX hz mean tae ban?`),
    no(`postfix ບໍ່ຂຶ້ນ: "fatal: bind 0.0.0.0 port 25: Address already in use" ເພາະ sendmail ຍັງແລ່ນຢູ່. ລະບົບແຈ້ງເຕືອນ email ຂອງ VOS ເລີຍບໍ່ສົ່ງ. ຄວນ remove sendmail ເລີຍບໍ່?`),
    no(`Mingalabar, VOS server po mhr freeradius test lote tar "Failed binding to auth address * port 1812 bound to server default: Address already in use". radiusd -X run htar tae hr shi nay tal thin tal.`),
    no(`NOC VN: on vos-hn1 the SNMP-to-alert bridge we wrote in python dies at startup, OSError: [Errno 98] Address already in use on 0.0.0.0:162 (snmptrapd da giu 162 roi). chi 1 port do thoi, softswitch binh thuong, TIME_WAIT 2 tram may.`),
  ],
  otherRegistrationCause: [
    no(`Sáng nay 40 máy nhánh ở văn phòng Đà Nẵng đều unregistered. Tối qua bên em đổi mật khẩu toàn bộ account trên VOS theo yêu cầu bảo mật, mà chưa ai cập nhật trên điện thoại Yealink. Log thấy REGISTER bị 401 liên tục. Có cách nào đẩy pass mới xuống hàng loạt ko ạ`),
    no(`a oi cac sip phone sau mikrotik o chi nhanh can tho off het r, ma do ben VNPT dut cap quang tu 7h sang, internet chi nhanh chet luon. ko phai do vos dau dung ko a`),
    no(`License VOS3000 hết hạn hôm 15, giờ đăng nhập web báo license expired và ko ext nào đăng ký được nữa. Bên em ở Hải Phòng, gia hạn thì liên hệ ai ạ?`),
    no(`mat dien ca toa nha tu 2h chieu, UPS chi giu dc switch core 20p, may ban IP o tang 3-5 tat het nen tren vos thay offline. dien co lai r thi no tu dang ky lai hay phai reboot tung may?`),
    no(`Bên em vừa đổi IP tĩnh bên FPT, domain sip.congtyabc.vn đã trỏ sang IP mới nhưng TTL để 86400 nên mấy softphone Zoiper ngoài công ty vẫn gửi REGISTER về IP cũ -> không đăng ký được. Trong LAN thì ok. Mình chờ DNS hay sửa tay?`),
    no(`Office ở Q7 dùng SIP UDP 5060 qua router Draytek, hôm qua bên ISP thay modem mới (NAT 2 lớp) thì phone Grandstream cứ 5-10 phút rớt đăng ký. Transport là UDP, không dùng TCP, trên VOS không ai đụng gì. Chỉnh keepalive bao nhiêu là hợp lý anh?`),
    no(`khach bao 3 ext 801 802 803 ko dang ky dc. check ra la acc het han (expiry date tren vos set 31/05), gia han trong Account management xong van ko len, can reparse gi ko a`),
    no(`พนักงานแจ้งมาว่าโทรศัพท์ Yealink ทั้งชั้น 4 ขึ้น No Service ครับ ไปดูแล้ว PoE switch ตัวนั้นไฟไม่เข้า adapter พัง เครื่องโทรศัพท์เลยดับหมด 18 เครื่อง บน VOS เลยเห็น unregistered แบบนี้ไม่เกี่ยวกับ server ใช่ไหมครับ`),
    no(`Wifi ที่สาขาลาดพร้าวล่มตั้งแต่เมื่อเช้าค่ะ softphone บนมือถือพนักงาน 12 คนเลย register ไม่ได้ ส่วนเครื่องที่เสียบสายยังปกติ IT สาขากำลังเปลี่ยน access point อยู่ค่ะ แค่จะถามว่าบน VOS ต้องทำอะไรไหม`),
    no(`ลูกค้า reseller แจ้งว่า extension หลุดหมด 200 กว่าเบอร์ เช็คแล้ว account ของเขาโดน lock เพราะค้างจ่ายเกินวงเงิน (balance ติดลบ 3 หมื่นกว่าบาท) พอเติมเงินแล้วต้องปลดล็อคตรงไหนครับ`),
    no(`เมื่อวานย้าย VOS ไป server ใหม่ IP เปลี่ยนจาก 103.x.x.10 เป็น .25 แต่ลืมแก้ใน auto-provisioning ของ Fanvil ครับ เครื่องทั้งหมด 60 ตัวยัง register ไปที่ IP เก่า 555 มีวิธี push config ใหม่ไหม`),
    no(`ทั้งตึกอินเทอร์เน็ตใช้ไม่ได้ตั้งแต่ 9 โมง ทรูแจ้งว่าไฟเบอร์ขาดแถวรามอินทรา โทรศัพท์ IP ในออฟฟิศเลย unregistered หมดเลย ไม่ได้แก้อะไรบน softswitch ครับ รอเขาซ่อม`),
    no(`phone ที่ใช้ UDP หลัง NAT ของ TP-Link หลุด register ทุก ๆ 30 วินาทีค่ะ เริ่มหลังเปลี่ยน router ใหม่เมื่อวาน บน VOS ไม่ได้แก้อะไรเลย พวกนี้ใช้ UDP ล้วน ๆ ค่ะ ถ้าปิด SIP ALG ใน router ตัวใหม่จะช่วยไหมคะ`),
    no(`បង ទូរសព្ទ IP នៅការិយាល័យ Siem Reap ទាំងអស់ unregistered តាំងពីព្រឹក។ ISP (Ezecom) ប្រាប់ថាខ្សែ fiber ដាច់។ មិនមែនបញ្ហា VOS ទេមែនទេ?`),
    no(`bong, extension 1005 ot register ban te, log VOS "401 Unauthorized" rohot. staff knhom change password kal pi msel tae ot ban update nov app Linphone. ot jam bach tveu ey nov VOS te men?`),
    no(`VOS license ផុតកំណត់ថ្ងៃនេះ។ phones 150 គ្រឿង offline ទាំងអស់ ហើយ web បង្ហាញ "license expired"។ contact ផ្នែក license យ៉ាងម៉េច?`),
    no(`ສະບາຍດີ, ໄຟຟ້າດັບທັງເມືອງໄຊເສດຖາ ຕັ້ງແຕ່ 10 ໂມງ, ໂທລະສັບ IP ຢູ່ office ທັງໝົດ offline. generator ເປີດແລ້ວແຕ່ router ບໍ່ທັນຂຶ້ນ. ບໍ່ແມ່ນບັນຫາ VOS ແມ່ນບໍ່?`),
    no(`Ai, phone MicroSIP khong staff 8 khon register bo dai, muea wan khoi pian password account on VOS laeo bo dai bok phuak khao. OK khoi ja song password mai.`),
    no(`ພວກເຮົາປ່ຽນ DNS ຂອງ sip.company.la ໄປ IP ໃໝ່ ແຕ່ phones ບາງໂຕຍັງ cache IP ເກົ່າ ເລີຍ register ບໍ່ໄດ້. reboot phone ແລ້ວ register ໄດ້. ຕ້ອງເຮັດຫຍັງເພີ່ມຢູ່ VOS ບໍ່?`),
    no(`Mingalarpar, Yangon office mhr mee pyat tal (power cut) 4 nar yi, generator ma shi buu. IP phone 30 lone offline phit nay tal. mee lar yin register pyan phit ma lar?`),
    no(`အစ်ကို ဒီနေ့ Mytel fiber ပြတ်နေလို့ Mandalay ရုံးက phone တွေ unregistered ဖြစ်နေတယ်။ 4G backup router ပြောင်းသုံးရင် IP ပြောင်းသွားမှာ VOS ဘက်မှာ IP whitelist လုပ်ထားလား စစ်ပေးပါ။`),
    no(`Ko, staff 5 yauk ye softphone account twy ko HR ka disable lote htar tal (resign twar lo), tae 1 yauk ka ma resign bu, a khu register ma ya bu. account pyan enable lote ya mal nay ya pyaw pay par.`),
    no(`Ticket #4471: khách Bình Dương, 25 ext unreg từ 08:12. Root cause: khách tự đổi WAN sang đường Viettel mới, IP public đổi, mà trên VOS mình có IP whitelist cho account đó (chỉ cho đăng ký từ IP cũ). Cập nhật IP mới xong là lên. Note lại để team biết.`),
    no(`e ko hieu sao cai softphone tren laptop cua sep ko reg dc, o nha thi dc ma len cong ty la ko. cong ty dung wifi guest chan het port 5060 udp. chuyen qua 4G thi reg ngay. vay la do wifi cong ty ha a`),
    no(`ทดสอบแล้วครับ Cisco SPA ที่ลูกค้าส่งมา register ไม่ได้เพราะวันที่ในเครื่องเป็นปี 2000 ตั้ง NTP ไม่ได้เพราะ DNS ในเครื่องผิด แก้ DNS แล้วเวลาตรง register ผ่านครับ ปิดเคสได้เลยไหม`),
    no(`ext 2001-2010 หลุดหมดเพราะเพิ่งเปลี่ยน domain ของ account เป็น sip2.xxx.co.th แต่เครื่องยังใช้ realm เก่า 555 แก้ในเครื่องเองครับ ไม่ต้องช่วยแล้ว แค่แจ้งให้ทราบ`),
    no(`Chi nhánh Huế báo ~15 máy nhánh mất đăng ký sau khi bên em chuyển dải IP LAN sang 10.20.x.x mà quên đổi gateway trong DHCP, máy lấy IP nhưng ko ra internet. Sửa DHCP xong đang chờ máy xin lại IP. Bên đó toàn dùng UDP nên chắc ko dính gì tới TCP.`),
  ],
  smallFigures: [
    no(`a cho e hoi, ss -s tren vos-dn ra "TCP: 431 (estab 97, closed 318, orphaned 0, timewait 305)". 305 time_wait vay co binh thuong ko a, hay phai chinh gi? he thong van chay on, 20 cuoc dong thoi thoi`),
    no(`TIME_WAIT là gì vậy anh? Em mới vào làm NOC, sếp bảo theo dõi chỉ số này mà em chưa hiểu nó là lỗi hay trạng thái bình thường.`),
    no(`Làm sao xem dải port local trên CentOS 6 ạ? Em muốn ghi lại cấu hình trước đợt audit tháng này, không có sự cố gì.`),
    no(`netstat -an | grep TIME_WAIT | wc -l ra 186 thoi, gio thap diem. bt ko a, e ghi vao bao cao tuan`),
    no(`Báo cáo sức khoẻ vos-hn2 lúc 10h: CPU 12%, RAM 41%, TIME_WAIT 2 trăm rưỡi, ESTABLISHED 80, không có lỗi bind. Có chỉ số nào nên thêm vào checklist hằng ngày không anh?`),
    no(`tcp_tw_reuse = 0 trên máy bọn em, có nên bật không hay để mặc định? Hiện chỉ có vài trăm TIME_WAIT thôi, hỏi để biết trước.`),
    no(`cat /proc/sys/net/ipv4/ip_local_port_range ra "32768 60999". tức là có khoảng 28 nghìn port phải ko a? vậy 400 timewait thì chiếm bao nhiêu %`),
    no(`สอบถามครับ TIME_WAIT 300 กว่า ๆ บนเครื่อง VOS ถือว่าปกติไหมครับ ตอนนี้ call ปกติดี concurrent ประมาณ 60`),
    no(`อยากรู้ว่าจะเช็ค port range ของ Linux ยังไงคะ ใช้ sysctl ตัวไหน พอดีเตรียมทำเอกสารส่งมอบลูกค้า`),
    no(`ss -tan state time-wait | wc -l ได้ 212 ครับ ช่วงบ่ายสองวันธรรมดา แค่เก็บ baseline ไว้ ถ้าสัปดาห์หน้าขึ้นเป็นหลักหมื่นค่อยว่ากัน 555`),
    no(`TIME_WAIT กับ CLOSE_WAIT ต่างกันยังไงครับ อันไหนที่ควรกังวลกว่า ถามเฉย ๆ ครับ ระบบไม่มีปัญหา`),
    no(`ทำ health check ประจำเดือนค่ะ: timewait 98, estab 44, port range 1024-65535, tw_reuse=1 ตั้งไว้ตั้งแต่ปีที่แล้ว ตัวเลขแบบนี้โอเคไหมคะ`),
    no(`คำถามครับ ถ้าเครื่องมีสองหมื่นกว่า port ใน range แล้ว TIME_WAIT แค่ 4 ร้อย ยังห่างไกลจากเต็มใช่ไหมครับ`),
    no(`បង សួរបន្តិច TIME_WAIT ១៥០ នៅលើ VOS server វាធម្មតាទេ? call ដើរល្អ គ្មានបញ្ហាទេ។`),
    no(`bong, knhom chong deng how to check ip_local_port_range nov CentOS 7? ot mean problem te, knhom kampung rien.`),
    no(`netstat ចេញ TIME_WAIT 270, ESTABLISHED 35 ពេលម៉ោង 3 រសៀល។ is that ok for 1 carrier + 200 ext?`),
    no(`ອ້າຍ, TIME_WAIT ແມ່ນຫຍັງ? ເຫັນໃນ netstat ມີ 120 ແຖວ, ມັນເປັນບັນຫາບໍ?`),
    no(`check ss -s laeo timewait 333, estab 50. vos-vte 1 tua, call 30 sai phom kan. pakati bo ai?`),
    no(`ຂໍຖາມ: ຈະເບິ່ງ port range ແນວໃດ ໃນ CentOS 6? ຢາກກວດ config ກ່ອນຍ້າຍ server.`),
    no(`Ko, TIME_WAIT 200 lout shi tal, normal lar? call twy ok pae, just checking.`),
    no(`TIME_WAIT ဆိုတာဘာလဲ ရှင်းပြပေးပါ။ ကျွန်တော့် server မှာ 90 လောက်ပဲရှိတယ်။`),
    no(`ip_local_port_range ko bal lo kyi ya ma lae? sysctl -a | grep port lote kyi tot a myar gyi twat lar tal.`),
    no(`Quick q: on vos-sg we see ~350 TIME_WAIT at peak (peak chỉ 15 CPS thôi). Is there a rule of thumb for when TIME_WAIT becomes a problem, like % of port range?`),
    no(`Có ai biết CentOS 5 không có lệnh ss thì dùng gì thay để đếm TIME_WAIT ko? Máy cũ, chỉ muốn xem số liệu thôi chứ ko có lỗi.`),
    no(`เมื่อกี้ลอง netstat -s ดู ไม่มีบรรทัด "time wait bucket table overflow" เลย timewait อยู่ที่ 170 อันนี้ถือว่าดีใช่ไหมครับ`),
    no(`Mỗi sáng em gửi ss -s vào group: hôm nay timewait 64, hôm qua 71, tuần trước cao nhất 420. Vẫn dưới 2% port range. Có cần vẽ graph không hay vậy là đủ?`),
    no(`อบรมน้องใหม่ค่ะ อยากได้คำอธิบายสั้น ๆ ว่า ephemeral port คืออะไร กับทำไมต้องดู TIME_WAIT ตอนนี้เครื่องจริงมีแค่ 2-3 ร้อย เลยไม่มีตัวอย่างตอนเต็มให้ดู`),
  ],
  firewallNoRst: [
    no(`Anh ơi nhà mạng mới (carrier HK) gửi IP signaling 203.0.113.77, em cần mở 5060 TCP/UDP trên FortiGate cho IP này. Policy tạo ở WAN->DMZ hay phải làm VIP ạ? Hiện cuộc gọi qua carrier này fail 100% vì chưa mở.`),
    no(`fail2ban ban nhầm IP của đại lý bên Cần Thơ vì họ nhập sai pass 5 lần. iptables -L f2b-sip thấy REJECT 113.161.x.x. unban sao a, và có nên whitelist IP này ko`),
    no(`router Draytek ở văn phòng khách có SIP ALG bật, gọi ra thì 1 chiều tiếng. Tắt ALG ở đâu ạ? Model Vigor 2926.`),
    no(`a oi e muon chan het IP nuoc ngoai tru VN vs 2 carrier (SG, HK) tren iptables, dung ipset + geoip dc ko a, dang bi scan sipvicious ca dem`),
    no(`pfSense: em thêm port forward 5060 -> 192.168.10.5 (VOS) nhưng quên bật NAT reflection, nên máy trong LAN gọi bằng domain public không được. Chọn reflection mode nào ạ?`),
    no(`Muốn giới hạn INVITE mỗi IP tối đa 20/giây bằng iptables hashlimit để chống flood, rule như dưới có đúng không anh:
iptables -A INPUT -p udp --dport 5060 -m string --string "INVITE" --algo bm -m hashlimit --hashlimit-above 20/sec --hashlimit-mode srcip --hashlimit-name sipinv -j DROP`),
    no(`Cisco ASA bên khách chặn range RTP 10000-20000 nên cuộc gọi có kết nối mà ko có tiếng. Cần ACL cho UDP range này tới VOS ở 10.1.1.20, syntax ASA 9.x anh gửi giúp e`),
    no(`ลูกค้าขอ whitelist IP ใหม่ 2 ตัวใน iptables ของ VOS ครับ 171.x.x.14 กับ .15 ตอนนี้เขาโทรเข้ามาไม่ได้เพราะโดน DROP ที่ chain INPUT อันนี้ใส่ก่อนบรรทัด DROP all ใช่ไหมครับ`),
    no(`FortiGate ที่สำนักงานใหญ่ต้องปิด SIP ALG ไหมคะ เห็นว่าทำให้ header Contact เพี้ยน ตอนนี้เบอร์นอกโทรเข้าได้แต่บางสายไม่มีเสียง ใช้ set default-voip-alg-mode kernel-helper-based แล้วลบ session-helper sip ใช่ไหมคะ`),
    no(`fail2ban ล็อค IP ของออฟฟิศเราเองครับ 555 เพราะ softphone ตั้งรหัสผิดแล้วยิง REGISTER รัว ๆ ตอนนี้ทั้งออฟฟิศโทรออกไม่ได้ ใช้ fail2ban-client set vos-sip unbanip 58.x.x.x ได้เลยไหม`),
    no(`อยากบล็อกทุกประเทศยกเว้นไทยกับสิงคโปร์บน MikroTik ทำ address-list ยังไงดีครับ มี scanner จาก 4-5 ประเทศยิงมาที่ 5060 ทั้งคืน`),
    no(`AWS security group ของเครื่อง VOS ต้องเปิด inbound อะไรบ้างคะ ตอนนี้เปิดแค่ 22 กับ 5060/udp ลูกค้าที่ใช้ TCP 5060 ต่อไม่ติดเลยค่ะ`),
    no(`ตั้ง rate limit บน pfSense ไว้ 50 connection ต่อ IP แต่ carrier ใหญ่เขาเปิด TCP มาเยอะกว่านั้นช่วงพีค เลยโดน limit สายหลุด ปรับค่า max-src-conn ตรงไหนครับ`),
    no(`បង, ខ្ញុំត្រូវ open port 5060 TCP នៅលើ Sophos firewall សម្រាប់ carrier ថ្មីពី Singapore។ បច្ចុប្បន្ន call ទៅ carrier នេះ fail ទាំងអស់ព្រោះ port មិនទាន់បើក។`),
    no(`bong, fail2ban ban IP reseller knhom 3 dong hz, ke input password khos. unban yang mech? hz dak whitelist pong ban te?`),
    no(`Router ការិយាល័យ (Huawei) មាន SIP ALG បើក, phones ខ្លះ no audio។ បិទ ALG យ៉ាងម៉េច?`),
    no(`ອ້າຍ, ຂໍ iptables rule ເພື່ອ whitelist IP carrier ຈາກ Thailand 2 IP, ແລະ block ທຸກ IP ອື່ນທີ່ມາ 5060. ຕອນນີ້ມີຄົນ scan ທຸກຄືນ.`),
    no(`FortiGate khong khoi, tong kan open port 5060 TCP hai VOS thi yu DMZ, het VIP laeo tae bo dai het policy. call jak nok khao ma bo dai.`),
    no(`ພວກເຮົາຢາກເຮັດ NAT rule ໃນ MikroTik ໃຫ້ public IP .40 ໄປຫາ VOS 192.168.88.10 ທຸກ port SIP ແລະ RTP. dst-nat ແບບນີ້ຖືກບໍ່?`),
    no(`Ko, Palo Alto mhr application "sip" allow htar pay mae carrier IP ka deny phit nay tal. security rule mhr source address add pay ya ma lar? call out ma kya bu.`),
    no(`SonicWall မှာ SIP transformations ပိတ်ချင်တယ်။ ဘယ်နေရာမှာလဲ? ရုံးက phone တွေ one-way audio ဖြစ်နေတယ်။`),
    no(`Ko, China ka scan twy mya lo geo-block lote chin tal. iptables + xt_geoip install lote pone ko pyaw pay par. VOS ka 5060 udp/tcp bae shi tal.`),
    no(`Check Point bên data center vừa cập nhật policy, từ 14h tất cả cuộc gọi tới carrier Malaysia đều fail. Log: "Drop ... service: sip-tcp ... rule: Cleanup rule". Hóa ra họ xóa nhầm rule cho IP carrier. Đã nhờ họ thêm lại, hỏi anh cần thêm port nào ngoài 5060 ko`),
    no(`conntrack -L | grep 5060 | wc -l ra 1.2k, nf_conntrack_max đang 65536. Em định tăng lên 262144 cho chắc vì sắp thêm 2 carrier, có ảnh hưởng gì ko ạ? Hiện ko có lỗi gì.`),
    no(`iptables บน VOS มี rule -A INPUT -m state --state INVALID -j DROP มาตั้งแต่ติดตั้ง ไม่เคยมีปัญหา ตอนนี้จะเพิ่ม rule รับ SIP TLS 5061 จาก carrier ใหม่ ต้องวางก่อนหรือหลังบรรทัดนี้ครับ`),
    no(`Hôm nay chuyển VOS lên Google Cloud, firewall rule mới chỉ mở 5060 UDP, quên TCP và range RTP 10000-60000 nên khách gọi ko có tiếng. gcloud compute firewall-rules create vos-rtp --allow udp:10000-60000 --source-ranges 0.0.0.0/0 viết thế này đúng chưa`),
    no(`ASA ของลูกค้าขึ้น log %ASA-4-106023: Deny tcp src outside:45.x.x.x/51234 dst inside:10.0.0.5/5060 by access-group "outside_in" เพราะ IP softswitch เราไม่อยู่ใน object-group ครับ ขอให้เขาเพิ่ม IP ไหนบ้างดี มี signalling IP 2 ตัว`),
  ],
  negationContext: [
    no(`Cho em hỏi trước: tuần sau bọn em định bật SS_TCP_CLOSE_RESET lên On vì carrier khuyên vậy. Có khoảng 300 máy nhánh sau NAT dùng TCP. Có rủi ro gì không, cần chuẩn bị gì trước?`),
    no(`Năm ngoái vos-hcm bị BindException mỗi tối, lúc đó bên anh đã chỉnh tcp_tw_reuse và port range, từ đó tới giờ ko bị lại. Hôm nay em chỉ muốn xin bản ghi lại cấu hình đã đổi để làm tài liệu bàn giao.`),
    no(`ban e o Phnom Penh co con vos bi 30k time_wait luc cao diem, no nho e hoi. con cua e thi ko sao, vai tram thoi. a chi no lam gi dc ko hay no phai lien he ben a`),
    no(`Bên em chỉ dùng SIP UDP cho toàn bộ máy nhánh và trunk, vậy cái tham số close reset kia có liên quan gì không? Đọc tài liệu thấy nói RST làm mất đăng ký sau NAT nên hơi lo.`),
    no(`Trên server không ai đổi gì cả, close reset vẫn Off như lúc cài, máy sau NAT ở chi nhánh Đồng Nai vẫn đăng ký đủ 64/64. Em chỉ hỏi: muốn xuất danh sách ext đang online ra excel thì làm sao?`),
    no(`Câu hỏi ôn thi nội bộ: "Vì sao khi bật RST, tường lửa stateful có thể chặn gói RST và gây cuộc gọi lỗi?" Anh giải thích ngắn gọn giúp em để em soạn đáp án cho các bạn mới.`),
    no(`Trên con Asterisk lab (không phải VOS) em thấy 8k TIME_WAIT lúc chạy sipp load test 200 CPS. Con VOS production thì bình thường. Cái đó là do sipp mở TCP mới mỗi cuộc nhỉ?`),
    no(`ปีที่แล้วเราเคยเปิด RST แล้วเครื่องหลัง MikroTik หลุดเป็นแถว เลยปิดกลับตั้งแต่ตอนนั้น ตอนนี้ทุกอย่างปกติดีครับ แค่อยากรู้ว่าเวอร์ชันใหม่ของ VOS แก้เรื่องนี้หรือยัง`),
    no(`RST mode ของเราปิดอยู่ (SS_TCP_CLOSE_RESET="Off" เช็คใน softswitch.conf แล้ว) และ FortiGate ก็ไม่ได้ drop อะไร แค่อยากถามว่าถ้าจะย้าย trunk ไป TLS ต้องเตรียมอะไรบ้างครับ`),
    no(`ขอตัวอย่างสไลด์อบรมหน่อยค่ะ หัวข้อ "port exhaustion คืออะไร" มี Cannot assign requested address ให้ดูเป็นตัวอย่างด้วยก็ดี อยากให้น้อง NOC รู้จักก่อนเจอของจริง`),
    no(`เพื่อนที่เวียงจันทน์เขาถามมาครับ เครื่องเขาขึ้น Address already in use ตอนพีค แต่เขาไม่ได้เป็นลูกค้าเรา ผมควรแนะนำให้เขาดูอะไรก่อน ส่วนของผมไม่มีปัญหาอะไร`),
    no(`เครื่อง VOS ตัวนี้ไม่มี SIP TCP เลย netstat ไม่เห็น 5060 tcp ESTABLISHED สักอัน ทั้งหมดเป็น UDP ตัวเลือก close reset ในคู่มือ 4.3.5.2 ตั้งเป็นอะไรก็ได้ใช่ไหมครับ`),
    no(`แผนเดือนหน้า: ย้าย extension 500 ตัวจาก UDP ไป TCP และเปิด RST เพื่อลด TIME_WAIT จะชนกับ NAT ของลูกค้าที่ใช้ router บ้านไหมครับ ยังไม่ได้ทำอะไรเลยนะครับ แค่วางแผน`),
    no(`ឆ្នាំមុន server យើងមាន TIME_WAIT ច្រើនណាស់ ប៉ុន្តែបានជួសជុលរួចហើយ។ ឥឡូវធម្មតា។ I just want to know which version of VOS we run now.`),
    no(`bong, mit knhom nov Battambang mean firewall drop RST kroy pi ke bert RST mode. knhom ot dael bert te, server knhom ok. knhom kroan tae sour jomnuos ke.`),
    no(`យើងមិនប្រើ TCP ទេ, UDP ទាំងអស់។ ការកំណត់ SS_TCP_CLOSE_RESET គ្មានឥទ្ធិពលមែនទេ? សួរសម្រាប់សរសេរ documentation។`),
    no(`ຄຳຖາມ training: ເປັນຫຍັງ RST ຈຶ່ງເຮັດໃຫ້ phone ຫຼັງ NAT ຫຼຸດ register? ຂອງພວກເຮົາບໍ່ມີບັນຫາ, ແຕ່ຢາກອະທິບາຍໃຫ້ staff ໃໝ່.`),
    no(`Pi kon khoi mee "Cannot assign requested address" tae kae laeo doy tune kernel. mue ni bo mee banha. khor document ni kuen dae.`),
    no(`ພວກເຮົາກຳລັງພິຈາລະນາ ເປີດ RST ໃນ VOS ແຕ່ມີ pfSense ຢູ່ກາງ. ກ່ອນເຮັດ ຄວນ allow RST ໃນ firewall ແນວໃດ?`),
    no(`Ko, RST mode ko ma phwint bu. default Off pae. NAT phone twy lae register kg pae. Billing report export lote nee ko tha chin tal.`),
    no(`မနှစ်က BindException ဖြစ်ဖူးတယ်၊ ပြင်ပြီးပြီ။ အခု ပြဿနာမရှိပါ။ TIME_WAIT monitoring alert threshold ဘယ်လောက်ထားရမလဲ သိချင်တယ်။`),
    no(`Nga thu nge chin company ka VOS mhr TIME_WAIT 4 thaung shi tal pyaw tal. nga server mhr 300 pae. thu ko bal lo a kyan pay ya ma lae?`),
    no(`Khách hỏi: "firewall của tôi có drop RST không?" — họ chưa bật RST, chỉ đọc blog rồi lo. Làm sao kiểm tra nhanh trên FortiGate mà ko ảnh hưởng gì?`),
    no(`Hồi tháng 3 bọn em bật RST rồi phải tắt lại vì ASA drop RST, từ đó cấu hình đứng yên ở Off. Giờ sếp muốn viết post-mortem, anh cho em timeline run đó được không?`),
    no(`เขียน runbook อยู่ค่ะ ช่วยตรวจว่าเขียนถูกไหม: "ถ้าพบ TIME_WAIT เกิน 2 หมื่น ให้ตรวจ SS_TCP_CLOSE_RESET และ tcp_tw_reuse ก่อน" ตอนนี้ไม่มีเหตุการณ์อะไร แค่เตรียมเอกสาร`),
    no(`Không phải VOS nhé: con Kamailio bên đối tác bị "Cannot assign requested address" khi mở TCP tới bọn mình lúc 9h sáng. Phía mình có cần làm gì ko hay để họ tự tune?`),
    no(`FYI ทีม: เครื่อง lab VOS (ไม่ใช่ prod) เมื่อบ่ายลองเปิด RST แล้วปิดกลับภายใน 5 นาที เพื่อดูพฤติกรรม phone ใน lab ปกติ ไม่เห็น firewall drop อะไร ไม่มีอะไรต้องแก้ แค่บันทึกไว้ครับ`),
  ],
  portExhaustion: [
    pe(`a ơi con vos-hcm cứ tầm 20h là ko gọi ra được carrier, log đầy "connect to 103.x.x.x:5060 failed: Cannot assign requested address". ss -s thì timewait 28 nghìn mấy. restart mbx3000d thì chạy lại được 1 tiếng rồi lại bị.`),
    pe(`e oi may vos bi lai r, gio cao diem 150 cps la chet, netstat dem TIME_WAIT ra 31k, ko mo dc tcp moi toi vendor. restart xong ok dc 40p`),
    pe(`[root@vos-hn ~]# ss -s
Total: 31544 (kernel 31820)
TCP:   30672 (estab 612, closed 29980, orphaned 12, synrecv 0, timewait 29955/0), ports 0

Transport Total     IP        IPv6
TCP       692       680       12
anh xem giúp, tối nào cũng vậy, từ 19h30 cuộc gọi ra carrier TCP fail hàng loạt`),
    pe(`Báo cáo sự cố: 21:05–21:40 tỉ lệ cuộc gọi thành công tới 3 vendor TCP (SG, HK, JP) tụt từ 62% xuống 8%. Softswitch log: "bind failed: Address already in use" khi mở kết nối đi. TIME_WAIT đỉnh 3 vạn. Sau 22h tự hết. Cần xử lý dứt điểm trước cao điểm tối nay.`),
    pe(`[ghi âm] alo anh ơi em Tuấn bên Đà Nẵng đây ạ, là con switch của em tối qua với tối nay lại bị y như tuần trước á, cứ tầm tám giờ tối đông khách là gọi ra không được, em vô coi thì thấy cái time wait nó lên hai mươi mấy nghìn, cái port range thì vẫn để mặc định, em restart cái là ngon được chút rồi lại bị, anh coi giúp em với`),
    pe(`dmesg ko có gì, nhưng app log: java.net.BindException: Cannot assign requested address (connect failed) ... ra carrier 5060 TCP, tầm 2k cuộc/phút lúc peak. ip_local_port_range 32768 60999, tw_reuse 0. Có phải hết port ko anh`),
    pe(`Khách bán buôn bắn 200 CPS sang mình, mình đẩy sang 4 vendor qua TCP. Từ 19h đến 23h cứ 10 cuộc fail 3, lỗi 503 do softswitch ko mở được socket ra vendor. netstat -ant | awk '{print $6}' | sort | uniq -c:
  27841 TIME_WAIT
    588 ESTABLISHED
     14 LISTEN`),
    pe(`Mấy hôm nay vos-bd cứ tới giờ chạy campaign auto dialer (9h–11h sáng) là tắc, cuộc gọi ra vendor TCP không kết nối được. ss -tan state time-wait | wc -l = 26,418. Hết campaign thì tự giảm. Bật thêm tcp_tw_reuse được ko hay phải làm gì với softswitch`),
    pe(`hello a, sau khi them vendor moi qua TCP thi cu chieu toi la loi "Address already in use" khi softswitch goi ra (khong phai luc start). timewait 2.9 van. tam thoi phai restart service 2 lan/ngay`),
    pe(`Anh ơi hôm nay vos-ct lại bị như cũ: 20h15 cuộc gọi đi rớt hàng loạt, 20h50 restart thì ổn, 22h lại bị. Lúc bị em có chụp: TIME_WAIT 28.1k trên tổng 28.2k port của dải mặc định — gần như hết sạch port local.`),
    pe(`ช่วยด้วยครับ VOS ตัว BKK01 ช่วงสองทุ่มโทรออก carrier ไม่ได้ log ขึ้น "Cannot assign requested address" รัว ๆ TIME_WAIT สามหมื่นกว่า restart แล้วหายไปชั่วโมงนึงแล้วกลับมาอีก`),
    pe(`พี่คะ ss -s ตอนพีค: timewait 29874 ค่ะ CPS ประมาณ 180 ส่งไป vendor ทาง TCP หมด พอเลยพีคไป เลขลดลงเหลือพันกว่า สายก็กลับมาโทรได้ แบบนี้คือ port หมดใช่ไหมคะ`),
    pe(`สรุปเหตุการณ์เมื่อคืน (NOC กะดึก)
- 19:40 alert ASR route Vietnam/Indo ตกจาก 45% -> 12%
- 19:45 softswitch log: "connect() failed (99: Cannot assign requested address)" ไป 3 carrier ที่ใช้ TCP
- 19:50 netstat TIME_WAIT = 3 หมื่น 2 พัน
- 20:30 restart mbx3000d ดีขึ้น
- 21:45 เป็นอีก
ตัว UDP carrier ไม่กระทบ ขอแนวทางแก้ถาวรครับ`),
    pe(`พีคทีไรพังที ไม่ไหวแล้วครับ 555 address already in use ตอน softswitch เปิด connection ออกไปหา carrier ไม่ใช่ตอน start service นะครับ เช็ค TIME_WAIT ได้ 3 หมื่น port range ยังเป็นค่า default`),
    pe(`Outbound TCP to carriers failing at busy hour ครับ. ss -tan | grep -c TIME-WAIT = 27,990. ip_local_port_range = 32768 60999. restart ช่วยได้ประมาณ 45 นาที. ขอ fix ถาวร`),
    pe(`ลูกค้า wholesale เพิ่มทราฟฟิกเป็น 250 CPS ตั้งแต่วันจันทร์ หลังจากนั้นช่วงหกโมงเย็นถึงสี่ทุ่มสายต่อไป vendor ไม่ติดประมาณ 30% ดู netstat มีแต่ TIME_WAIT เต็มไปหมด นับได้ 28,000 กว่า`),
    pe(`បង VOS របស់ខ្ញុំម៉ោង ៨ យប់ call ចេញទៅ carrier មិនបាន។ log ចេញ "Cannot assign requested address"។ TIME_WAIT ៣ម៉ឺន (30k)។ restart ហើយល្អវិញ ១ម៉ោង រួចចេញម្តងទៀត។`),
    pe(`bong, peak hour call TCP to vendor fail chroeun nas. netstat: TIME_WAIT 2 meun 8 poan (28k). restart service baan muoy sin. tveu mech?`),
    pe(`ss -s នៅម៉ោង peak:
TCP: 29310 (estab 402, closed 28870, orphaned 3, timewait 28851/0)
call ទៅ carrier Vietnam តាម TCP fail ច្រើន, "Address already in use" ពេល connect ចេញ។`),
    pe(`ອ້າຍ, VOS ຂອງພວກເຮົາ ຕອນ 7-10 ໂມງແລງ ໂທອອກບໍ່ໄດ້ ໄປ carrier TCP. log: "Cannot assign requested address". TIME_WAIT ສາມໝື່ນກວ່າ. restart ແລ້ວດີຂຶ້ນໄລຍະໜຶ່ງ.`),
    pe(`Ai, peak time CPS 120 laeo call pai vendor bo tit. ss -s timewait 2 muen 9 phan. port range default. restart laeo dai 1 sua mong.`),
    pe(`ຕັ້ງແຕ່ເພີ່ມ carrier ໃໝ່ 3 ເຈົ້າ (ທັງໝົດໃຊ້ TCP) ແຕ່ລະຄືນ bind error "Address already in use" ຕອນ softswitch ເປີດ connection ອອກ. netstat | grep TIME_WAIT | wc -l = 27503.`),
    pe(`Ko, nya 8 nar yi mhr call out ma ya bu. log mhr "Cannot assign requested address" a myar gyi. TIME_WAIT 3 thaung kyaw shi tal. restart lote yin 1 nar yi lout kg tal.`),
    pe(`အစ်ကို peak hour ရောက်ရင် carrier ဆီ TCP နဲ့ call မထွက်ဘူး။ ss -s မှာ timewait 28,640 ပြတယ်။ restart လုပ်ရင် ခဏကောင်းတယ်။ port ကုန်နေတာလား?`),
    pe(`netstat -ant | grep -c TIME_WAIT
31207
^ 9pm Yangon time. vendor 4 khu ko TCP nae poet tal, call fail 40%. restart mha ya tal.`),
    pe(`Incident vos-sg2: at 20:00 ICT outbound INVITEs over TCP to 2 carriers fail with "Cannot assign requested address"; TIME_WAIT 28,3k (range 32768-60999). Đêm nào cũng vậy từ khi traffic tăng lên 160 CPS.`),
    pe(`[ข้อความเสียง] ฮัลโหลพี่ครับ ผมเอกนะครับ เครื่องที่ชลบุรีอะครับ ตอนนี้สองทุ่มละก็เป็นอีกแล้ว โทรออกไม่ได้ครึ่งนึง ผมลองนับ time wait ได้สองหมื่นเก้า พี่ช่วยดูให้หน่อยครับ รีสตาร์ทไปรอบนึงแล้ว ได้แป๊บเดียวเอง`),
    pe(`20:14:02 [SIP-TCP] create connection to 202.x.x.18:5060 fail, errno=99 (Cannot assign requested address)
20:14:02 [SIP-TCP] create connection to 202.x.x.18:5060 fail, errno=99 (Cannot assign requested address)
20:14:03 [SIP-TCP] create connection to 119.x.x.7:5060 fail, errno=99 (Cannot assign requested address)
a check giup, luc nay ss -s timewait 28k6, toi nao cung bi tu 8h`),
    pe(`ขอถามตรง ๆ ครับ ถ้าเป็นแบบนี้ทุกคืน — ทราฟฟิกขึ้น สายออกไม่ติด รีสตาร์ทแล้วหาย แล้วก็กลับมา — เกิดจากอะไร? ตอนเป็นล่าสุดจด TIME_WAIT ไว้ได้ 3.1 หมื่น ทุก connection ไป vendor เป็น TCP`),
    pe(`Em dùng VOS làm transit, bên nhận là 6 vendor TCP. Tối nay 20h40 tổng đài bắt đầu báo 503 hàng loạt, em vào thấy EADDRINUSE khi softswitch connect ra, TIME_WAIT 29 ngàn. Chưa restart, đang để nguyên cho anh xem.`),
  ],
  natUnregistered: [
    nat(`Từ hôm qua bật SS_TCP_CLOSE_RESET=On (để xử lý time_wait) thì khoảng 80 máy nhánh ở chi nhánh Biên Hòa sau MikroTik cứ rớt đăng ký liên tục. Mấy máy này đăng ký bằng TCP. Trong LAN tổng thì ko sao.`),
    nat(`a oi tu luc a bat RST hom t6 thi may ext sau router nha khach (TP-Link) cu offline, 5-10p len lai 1 lan r lai rot. ho xai tcp. tat dc ko a`),
    nat(`sau vụ đổi chế độ đóng TCP sang RST tuần trước, softphone của nhân viên làm ở nhà (sau router gia đình, SIP TCP) báo unregistered liên tục, phải bấm register lại bằng tay. Trong văn phòng dùng IP public thì bình thường.`),
    nat(`Từ sau "RST change" của run R-2210 hôm thứ 3, 46/50 máy Yealink ở văn phòng Hải Phòng (sau NAT Draytek, transport TCP) hiện offline trên VOS. 4 máy còn lại dùng UDP thì ko sao.`),
    nat(`Bọn em bật RST để giảm TIME_WAIT, TIME_WAIT giảm thật, nhưng giờ điện thoại sau NAT văn phòng Quận 1 lại mất đăng ký (tcp). Có cách nào giữ cả hai ko anh?`),
    nat(`[voice] dạ alo anh, em bên Nha Trang ạ, từ cái hôm bên anh sửa cái cấu hình RST gì đó á thì mấy cái điện thoại ở khách sạn nó cứ báo mất đăng ký hoài, bên em xài router mikrotik rồi điện thoại chạy TCP, em reboot router thì được một lúc rồi lại mất, anh xem lại giúp em`),
    nat(`softswitch.conf giờ là SS_TCP_CLOSE_RESET="On" (đổi hôm 12). Từ hôm đó log registration:
ext 3012 from 171.244.x.x:41822 TCP expired
ext 3015 from 171.244.x.x:38110 TCP expired
ext 3019 from 171.244.x.x:52004 TCP expired
toàn IP public của NAT văn phòng khách. trước hôm 12 không có.`),
    nat(`ตั้งแต่เปิด SS_TCP_CLOSE_RESET เมื่อวันศุกร์ โทรศัพท์ที่สาขาเชียงใหม่ (อยู่หลัง NAT ของ MikroTik, ใช้ TCP) หลุด register เป็นระยะครับ ประมาณ 60 เครื่อง`),
    nat(`พี่คะ หลังจากเปลี่ยน close mode เป็น RST ลูกค้าที่ใช้ softphone ผ่าน router บ้าน (3BB, AIS Fibre) แจ้งว่าขึ้น unregistered บ่อยมากค่ะ transport TCP ทั้งหมด`),
    nat(`เมื่อวานทีมเราเปิด RST บน VOS เพื่อลด TIME_WAIT ได้ผลดี แต่เช้านี้ extension หลัง NAT ของออฟฟิศลูกค้า 3 ที่หลุดหมด ที่ไม่หลุดคือพวกที่อยู่ IP public ตรง ๆ ครับ ทุกเครื่องใช้ SIP TCP`),
    nat(`555 แก้ปัญหาหนึ่งได้อีกปัญหามา เปิด reset mode ไปแล้ว timewait หาย แต่ Grandstream หลัง NAT ของลูกค้า (TCP) หลุด regis ทุก 10 นาที ต้องทำไงดีครับ`),
    nat(`อัปเดตเคสค่ะ
- 14/06 22:10 เปิด SS_TCP_CLOSE_RESET=On ตาม run R-3340
- 15/06 08:30 ลูกค้า 2 รายแจ้ง phone หลัง router หลุด
- 15/06 10:00 เช็คแล้ว ทั้งคู่ใช้ TCP ผ่าน NAT ส่วนลูกค้า UDP ไม่มีปัญหา
- 15/06 11:00 reboot router ช่วยได้แค่ 15 นาที
ขอแนวทางค่ะ`),
    nat(`Since RST on, phones behind the office NAT keep dropping registration ครับ TCP transport ทั้งหมด Fanvil 40 ตัว ตรงนี้ต้องปิด RST กลับไหม`),
    nat(`បង ចាប់តាំងពីបើក RST នៅលើ VOS (SS_TCP_CLOSE_RESET On) phones នៅពីក្រោយ router MikroTik នៅការិយាល័យ Phnom Penh ធ្លាក់ register ជាប់ៗ។ យើងប្រើ TCP។`),
    nat(`bong, kroy pi bert RST mode msel, extension nov kroy NAT router ot register, TCP teang os. phone nov public IP ok.`),
    nat(`ក្រោយ "RST change" ម្សិលមិញ softphone Zoiper របស់ staff ដែលធ្វើការពីផ្ទះ (router ផ្ទះ, TCP) unregistered ច្រើនដង។ reboot router ជួយបានតែបន្តិច។`),
    nat(`ອ້າຍ, ຕັ້ງແຕ່ເປີດ SS_TCP_CLOSE_RESET ເມື່ອວານ, phone ຢູ່ຫຼັງ NAT ຂອງ office ຫຼຸດ register ເລື້ອຍໆ. ໃຊ້ TCP ທັງໝົດ.`),
    nat(`Ai, lang jak pian pen RST laeo, phone nai office khong khaluk (lang router TP-Link, TCP) unregistered thuk 5-10 nathee. phone thi yu public IP bo pen.`),
    nat(`ຫຼັງຈາກ run ທີ່ເປີດ RST ຄືນວັນອັງຄານ, extension 120 ໂຕ ຂອງ branch ປາກເຊ (MikroTik NAT, TCP) offline ເປັນໄລຍະ. ກ່ອນນັ້ນບໍ່ເຄີຍເປັນ.`),
    nat(`Ko, RST phwint pee kat ka sa pee, router nout ka phone twy (TCP) register pyoke pyoke phit nay tal. MikroTik router pae.`),
    nat(`အစ်ကို SS_TCP_CLOSE_RESET ကို On လုပ်ပြီးကတည်းက NAT router နောက်က phone တွေ unregistered ဖြစ်နေတယ်။ TCP သုံးတယ်။ public IP phone တွေကတော့ ok တယ်။`),
    nat(`RST change pee kat ka, customer 3 yauk ye office phone twy (home router, SIP TCP) offline phit phit nay tal. router restart lote yin 10 minute lout pae kg tal.`),
    nat(`Chi nhánh Vũng Tàu báo điện thoại sau NAT mất đăng ký từ tối thứ 5, reboot router thì được 10 phút. Máy dùng TCP. Em xem lịch sử thì tối thứ 5 cũng là lúc bật RST trên vos-vt để chữa TIME_WAIT.`),
    nat(`Có phải tại RST ko anh? Tuần này bật On xong thì mấy cái MicroSIP của khách ngồi sau NAT công ty (TCP 5060) rớt reg hoài, khách thì bảo bên họ ko đổi gì.`),
    nat(`ลูกค้าที่หาดใหญ่โทรมาบ่นว่าเครื่องในออฟฟิศขึ้น No Service บ่อยตั้งแต่อาทิตย์ก่อน เครื่องอยู่หลัง NAT router, ลงทะเบียนด้วย TCP ผมเช็ค change log: อาทิตย์ก่อนเราเปิด RST close บน VOS ตัวที่เขาใช้พอดี`),
    nat(`RST เปิดเมื่อวาน → วันนี้ phone หลัง NAT (TCP) หลุดหมดครับ 😩`),
    nat(`bong, log: "REGISTER from 36.37.x.x:50312 (TCP) - contact expired" chroeun nas, IP nih jea NAT router office. chab pi bert RST thngai chan.`),
    nat(`phone lang NAT (TCP) offline thang mot tang tae pert RST. khor pid kheun dai bo?`),
    nat(`မနေ့က RST mode ပြောင်းပြီးနောက် MikroTik NAT နောက်က Yealink 25 လုံး (TCP) register ပျောက်ပျောက်သွားတယ်။ keepalive တိုးကြည့်သေးတယ်၊ မထူးဘူး။`),
    nat(`FYI a: after the RST toggle on vos-dn last night, 3 khách hàng SME có phone sau NAT modem nhà mạng (SIP/TCP) đều báo unreg sáng nay. Khách dùng UDP thì ko ai kêu.`),
  ],
  firewallRst: [
    fw(`Từ khi bật SS_TCP_CLOSE_RESET=On thì cuộc gọi tới carrier đi qua FortiGate fail khoảng 20%. diagnose debug flow trên Forti ra toàn "msg=no session matched" cho gói RST từ VOS, phía carrier session cũ vẫn treo.`),
    fw(`ASA bên data center log hàng loạt:
%ASA-6-106015: Deny TCP (no connection) from 10.10.1.5/5060 to 198.51.100.20/48211 flags RST  on interface inside
10.10.1.5 là VOS. Bắt đầu từ tối qua sau khi bật RST mode. Cuộc gọi ra carrier này giờ lỗi lung tung.`),
    fw(`bật RST xong thì pfSense bên em block RST của softswitch, log firewall toàn "TCP:R" bị chặn ở rule default deny, phiên bên carrier treo half-open, cuộc gọi sau đó fail.`),
    fw(`a oi tu hom bat rst, iptables tren con gateway chan goi RST vi conntrack coi la INVALID. conntrack -S thay invalid tang vu vu. cuoc goi qua gateway fail kha nhieu`),
    fw(`tcpdump trên VOS:
20:11:03.221 IP 10.0.0.5.5060 > 203.0.113.9.41876: Flags [R.], seq 1, ack 1, win 0
tcpdump phía sau firewall (carrier side): không thấy gói R nào. Carrier vẫn giữ session cũ, gửi INVITE vào socket chết -> timeout. Bật RST từ thứ 2.`),
    fw(`Palo Alto global counters: flow_tcp_non_syn_drop tăng mạnh từ khi bật RST trên VOS, show session thấy session tới đối tác vẫn ACTIVE dù VOS đã đóng, cuộc gọi sang đối tác qua PA rớt 15%.`),
    fw(`[voice] anh ơi em Hùng đây, từ hôm mình bật cái RST trên con vos-hn thì cuộc gọi qua con firewall Sophos bên khách nó cứ lúc được lúc không á, bên IT khách gửi log thấy firewall nó drop mấy gói reset vì không khớp session, anh xem có nên tắt lại không`),
    fw(`Cuộc gọi tới đối tác Nhật rớt từ tối thứ 6, khoảng 1/4 số cuộc. Đi qua Check Point ở DC của họ. Họ gửi log: "TCP packet out of state: First packet isn't SYN; tcp_flags: RST-ACK". Thứ 6 cũng là hôm bọn em đổi SS_TCP_CLOSE_RESET sang On.`),
    fw(`AWS: VOS nằm sau 1 con EC2 tự dựng làm NAT gateway (iptables conntrack). Bật RST mode xong, conntrack -L thấy session ESTABLISHED vẫn treo tới hết timeout 5 ngày, kernel log "nf_ct_tcp: invalid RST" nhiều, cuộc gọi mới tới carrier bị lẫn vào session cũ -> fail.`),
    fw(`ตั้งแต่เปิด RST บน VOS FortiGate ของ DC drop แพ็กเก็ต RST หมด (debug flow ขึ้น no session matched) carrier เลยค้าง session ครึ่งเปิด สายโทรออกผ่าน Forti fail ประมาณ 25% ครับ`),
    fw(`พี่ครับ iptables บน firewall box มี rule -m conntrack --ctstate INVALID -j DROP พอเปิด SS_TCP_CLOSE_RESET แล้ว RST จาก VOS โดนนับเป็น INVALID หมด ดูจาก counter ขึ้นเป็นหมื่น สายไป carrier ผ่านเครื่องนี้หลุดบ่อย`),
    fw(`SonicWall ของลูกค้าขึ้น log "TCP packet received on non-existent/closed connection; TCP packet dropped" flag RST จาก IP VOS เรา เริ่มหลังจากที่เราเปลี่ยน close mode เป็น RST ค่ะ ลูกค้าโทรผ่าน trunk TCP ไม่ค่อยติด`),
    fw(`ASA ของ carrier ฝั่งสิงคโปร์ drop RST ของเรา "Deny TCP (no connection) ... flags RST ACK" ตั้งแต่เราเปิด RST mode เมื่อวันอังคาร session ค้าง สายเข้าออกผ่านเขามีปัญหาครับ`),
    fw(`สรุปเคส carrier HK:
1) 3 วันก่อนเปิด RST บน VOS-BKK2 (แก้ TIME_WAIT)
2) ตั้งแต่นั้น ASR ไป HK ผ่าน pfSense ของ DC ตกจาก 50% เหลือ 31%
3) pfSense log: block TCP:RA จาก VOS ไป carrier เยอะมาก (state ไม่ match)
4) carrier ยืนยันว่ายังเห็น connection เดิม ESTABLISHED ค้าง
ขอความเห็นว่าต้องปิด RST หรือแก้ที่ pfSense`),
    fw(`Palo Alto drop RST from VOS since RST mode on ครับ calls via PA fail, half-open sessions on carrier side`),
    fw(`[ข้อความเสียง] สวัสดีค่ะพี่ หนูฝนจากทีม NOC นะคะ คือตั้งแต่เมื่อคืนที่เราเปิดไอ้ RST นั่นอะค่ะ สายที่วิ่งผ่านไฟร์วอลล์ของลูกค้าเจ้าที่เป็นฟอร์ติเกตมันหลุดบ่อยมากเลย ทางไอทีเขาส่งล็อกมาว่าไฟร์วอลล์ทิ้งแพ็กเก็ตรีเซ็ตของเราเพราะไม่มีเซสชัน พี่ช่วยดูหน่อยนะคะ`),
    fw(`បង ចាប់តាំងពីបើក RST mode នៅ VOS, FortiGate នៅ data center drop RST packets ("no session matched")។ call ទៅ carrier Thailand តាម firewall នេះ fail ច្រើន។`),
    fw(`bong, iptables nov firewall knhom mean INVALID drop, kroy pi bert SS_TCP_CLOSE_RESET RST pi VOS trov drop, carrier nov tae kan session chas, call fail.`),
    fw(`pfSense log:
Jun 14 21:03:11 WAN Default deny rule IPv4 (1000000103) 10.1.1.8:5060 -> 203.x.x.7:46120 TCP:RA
Jun 14 21:03:12 WAN Default deny rule IPv4 (1000000103) 10.1.1.8:5060 -> 203.x.x.7:46188 TCP:RA
10.1.1.8 គឺ VOS។ ចាប់ផ្តើមបន្ទាប់ពីបើក RST ថ្ងៃសុក្រ។ call ទៅ vendor fail។`),
    fw(`ອ້າຍ, log ASA ຂອງ DC: "%ASA-6-106015: Deny TCP (no connection) from 192.168.50.3/5060 to 45.x.x.12/51877 flags RST on interface inside" ຕັ້ງແຕ່ເປີດ RST ໃນ VOS ມື້ວານ. call ໄປ carrier ຜ່ານ ASA ຄ້າງ.`),
    fw(`conntrack -S: invalid=48211 kheun vai lang pert SS_TCP_CLOSE_RESET. RST thuk drop yu firewall linux. call pai carrier fail.`),
    fw(`ຫຼັງ RST change, FortiGate ຂອງ DC ບໍ່ປ່ອຍ RST ຈາກ VOS ຜ່ານ, session ຢູ່ Forti ຍັງຄ້າງ. call ຜ່ານ Forti ໄປ carrier Vietnam fail ເລື້ອຍໆ.`),
    fw(`Ko, RST mode phwint pee kat ka, carrier bet ka Check Point firewall ka RST packet twy ko "out of state" so pee drop lote nay tal. call a myar gyi fail phit nay tal.`),
    fw(`အစ်ကို VOS မှာ RST ဖွင့်ပြီးကတည်းက firewall (iptables conntrack) က RST ကို INVALID လို့ drop လုပ်နေတယ်။ carrier ဘက်မှာ session အဟောင်းတွေ ကျန်နေပြီး call fail ဖြစ်နေတယ်။`),
    fw(`Ko, Azure mhr VOS htar tal. RST enable lote pee kat ka, FortiGate VM (NVA) ka RST ko drop, call to vendor fail phit nay tal. session twy timeout a hti stale phit nay tal.`),
    fw(`Bên carrier dùng Juniper SRX, họ báo từ thứ 4 (đúng hôm mình bật SS_TCP_CLOSE_RESET) có nhiều gói RST từ IP mình bị drop vì không khớp session, session cũ ở SRX còn tới 30 phút, INVITE mới bị đẩy vào session chết.`),
    fw(`Mấy hôm nay tỉ lệ cuộc gọi sang vendor Úc giảm mạnh. Họ nói bên họ thấy connection TCP cũ vẫn còn, còn mình thì thấy đã đóng. Giữa 2 bên có con FortiGate của DC, log nó drop gói RST của mình. Thời điểm bắt đầu trùng với lúc mình chuyển close mode sang RST.`),
    fw(`conntrack บน Linux router ตัวหน้า VOS:
tcp 6 431998 ESTABLISHED src=10.0.0.5 dst=198.51.100.7 sport=5060 dport=40112 [ASSURED]
session พวกนี้ค้างเยอะมากตั้งแต่เปิด RST เพราะ RST จาก VOS โดน drop ที่ rule INVALID ครับ call ไป carrier นี้ค้าง`),
    fw(`RST បើក → FortiGate drop RST → call ទៅ carrier fail 😩 បិទវិញបានទេ?`),
    fw(`Bên khách dùng Alibaba Cloud, VOS mình gửi RST (từ khi bật RST mode) thì cloud firewall của họ ko cập nhật state, session vẫn coi là mở, cuộc gọi qua đó fail ngẫu nhiên. Họ gửi ảnh chụp session table còn 2k phiên stale tới IP mình.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning255Set: readonly EvalItem[] = Object.values(tuning255Families).flat();
