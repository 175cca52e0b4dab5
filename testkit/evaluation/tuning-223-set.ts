import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 operators, resellers and their NOC staff in Vietnam, Thailand, Cambodia, Laos and Myanmar writing to their
 * VoIP provider on WhatsApp: Vietnamese with or without diacritics (a ơi, e, ko, dc), Thai with ครับ/ค่ะ, Khmer, Lao,
 * Burmese script and Burmese in Latin spelling, all mixed with English technical words, plus some plain local English.
 * Short rushed lines and long pasted logs (netstat, ss -s, tcpdump, firewall and softswitch logs), voice-note
 * transcripts, forwards from their own customers, figures written the local way (3 vạn, 30 nghìn, 30k, 3 หมื่น,
 * 28,000).
 *
 * The two-hundred-and-twenty-third tuning split, written as the two-hundred-and-twenty-third never-tuned evaluation set
 * because the operators of mainland Southeast Asia write in five scripts, four of them without spaces between words,
 * and in Vietnamese typed without its marks. Five negative families of 27 (one service that cannot bind its own port,
 * registration lost for another reason, small figures and questions, firewall work without dropped RST, playbook words
 * denied or explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written before the seventy-sixth round of rules by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured as such
 * before and after the seventy-sixth round, then made tuning material for the seventy-seventh: bench/classify lists its
 * misses.
 *
 * First measured, before any tuning on it: in scope 93.3 %, negatives confident 4.4 %, confident wrong 0 % with the
 * rules of the seventy-fifth round, before the seventy-sixth.
 * After the seventy-sixth round: the same.
 * After the seventy-seventh round, tuned on: in scope 98.9 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning223Families = {
  oneListeningPort: [
    no(`a ơi em cài lại tomcat cho web VOS mà nó báo port 8080 already in use, check netstat thì thấy con java cũ vẫn giữ port, kill đi dc ko a`),
    no(`เว็บพอร์ทัล VOS เข้าไม่ได้ครับ log บอก java.net.BindException: Address already in use ที่พอร์ต 80 เหมือน httpd ของ cPanel มาแย่งพอร์ต ทำไงดีครับ`),
    no(`បង mysql មិន start ទេ error: Can't start server: Bind on TCP/IP port: Address already in use (3306) ... ឃើញមាន mysqld ចាស់មួយទៀតកំពុង run`),
    no(`ອ້າຍ mbx3000d start ບໍ່ຂຶ້ນ ບອກວ່າ bind 5060 failed ເພາະວ່າ ມີ asterisk ຕົວເກົ່າ ຍັງ run ຢູ່ເທິງ server ດຽວກັນ ຕ້ອງ stop ມັນກ່ອນບໍ່`),
    no(`ဆရာ docker run လုပ်တော့ Bind for 0.0.0.0:8080 failed: port is already allocated ဆိုပြီး error တက်တယ်၊ VOS server ပေါ်မှာ container အသစ်တင်ချင်လို့`),
    no(`ako dev server mhr redis start lo ma ya bu, 6379 address already in use tae, redis a hmaung ta khu run nay thay lo tu tal`),
    no(`hi support, i installed a second softswitch instance for testing on the same box and it wont start, log says bind 0.0.0.0:5060 address already in use. first instance is still running of course. can i run the 2nd one on another port?`),
    no(`netstat -tlnp | grep 5060
tcp        0      0 0.0.0.0:5060      0.0.0.0:*       LISTEN      2231/kamailio

anh ơi con kamailio test của thằng dev chiếm 5060 nên mbx3000d ko lên, em stop nó dc ko`),
    no(`เปลี่ยน port ssh เป็น 2222 แล้ว sshd restart ไม่ขึ้นค่ะ error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. มีโปรแกรมอะไรใช้ 2222 อยู่แล้วหรือเปล่าคะ`),
    no(`e chay nginx len de lam reverse proxy cho web vos, bao nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). apache cu van chay a`),
    no(`bạn dev bên em viết tool billing bằng node, chạy trên laptop thì báo Error: listen EADDRINUSE: address already in use :::3000, chắc do mở 2 terminal. cái này có dính gì tới VOS ko a hay lỗi của nó`),
    no(`web manager VOS3000 បើកមិនបាន
tomcat log: SEVERE: Failed to initialize connector [Connector[HTTP/1.1-8080]]
java.net.BindException: Address already in use
មាន tomcat ពីរ run ព្រមគ្នា ត្រូវបិទមួយមែនទេបង`),
    no(`[ข้อความเสียง] คือว่าพี่ครับ ผมลงเครื่องใหม่แล้วลง VOS ทับ แล้วเว็บมันขึ้นว่าพอร์ต 1080 ถูกใช้แล้ว ผมว่ามันเป็นโปรแกรมเก่าที่ค้างอยู่ครับ ช่วยดูให้หน่อยครับ`),
    no(`Forwarded: "Sir, the postgres on billing server fail to start: could not bind IPv4 address 0.0.0.0: Address already in use, port 5432" -- bro can u check, my staff say another postgres from old install still running`),
    no(`ສະບາຍດີ ເຂົ້າ web vos ບໍ່ໄດ້ ຫຼັງຈາກນ້ອງ ຕິດຕັ້ງ xampp ໃສ່ server ແລ້ວ apache ຂອງ xampp ກິນ port 80 ໄປ ຈະເອົາຄືນແນວໃດ`),
    no(`docker compose up -> Error starting userland proxy: listen udp4 0.0.0.0:5060: bind: address already in use. we want freeswitch in docker next to VOS for IVR test, VOS already sits on 5060 ya?`),
    no(`VOS ရဲ့ mbx3000d ကို restart လုပ်ပြီးရင် start မဖြစ်ဘူး၊ log မှာ bind port 5060 fail လို့ပြတယ်။ ps ကြည့်တော့ mbx3000d process အဟောင်းက kill မဖြစ်သေးဘဲ ကျန်နေတယ်`),
    no(`server mới cài, chạy service mbx3000d start báo ko bind được cổng 5060, lsof -i :5060 thấy có process siproxd của ai cài từ trước. gỡ nó đi là xong phải ko a`),
    no(`your installer is trash. web port 8080 is taken by jenkins and VOS web just dies with BindException. why there is no option to change the port??`),
    no(`redis-server ขึ้น error Could not create server TCP listening socket *:6379: bind: Address already in use ครับ อันนี้เครื่องทำ report นะครับ ไม่ใช่เครื่อง VOS`),
    no(`bro VOS web portal ka 8080 port ko tomcat 2 khu lu nay tal, shutdown.sh lote pyi mha startup.sh pyan lote tot address already in use pya nay tal`),
    no(`បង ខ្ញុំ set mbx3000d ឲ្យស្ដាប់ port 5070 ប៉ុន្តែ 5070 ជា port របស់ proxy ចាស់ ដូច្នេះ bind failed។ ប្ដូរ port ផ្សេងបានទេ?`),
    no(`ss -ltnp | grep :80
LISTEN 0 128 *:80 *:* users:(("httpd",pid=1187,fd=4))
web vos ko lên a, hình như httpd chiếm 80, tắt httpd đi có ảnh hưởng gì ko`),
    no(`ຂໍຖາມແດ່ ຕິດຕັ້ງ grafana ເທິງ server VOS ແລ້ວ ມັນ start ບໍ່ໄດ້ bind: address already in use 3000 ເພາະ nodejs app ໃຊ້ 3000 ຢູ່ແລ້ວ`),
    no(`Our callback app (spring boot) on the VOS box says "Web server failed to start. Port 8081 was already in use." Is 8081 used by something of VOS?`),
    no(`mysql ของ VOS ไม่ยอม start ค่ะ ขึ้นว่า port 3306 ถูกใช้งานอยู่ น้องติดตั้ง MariaDB เพิ่มเพื่อทำรายงาน สงสัยชนกันค่ะ`),
    no(`vsftpd start မရဘူး 500 OOPS: could not bind listening IPv4 socket ဆိုပြီးပြတယ်၊ CDR ftp နဲ့ပို့ဖို့လိုတယ်၊ တခြား ftp server တစ်ခု run နေလို့ထင်တယ်`),
  ],
  otherRegistrationCause: [
    no(`a ơi sáng nay đổi pass SIP cho 30 máy lẻ mà quên cập nhật trên phone, giờ máy nào cũng 401 Unauthorized, unregistered hết`),
    no(`โทรศัพท์ Yealink ทั้งออฟฟิศ unregistered ครับ เมื่อวานไฟดับทั้งตึก router ยังไม่กลับมาเลยครับ`),
    no(`ទូរស័ព្ទ IP ទាំងអស់ unregistered ចាប់ពីយើងប្ដូរ IP server ថ្មី ប៉ុន្តែ phone នៅតែចុះឈ្មោះទៅ IP ចាស់`),
    no(`softphone Zoiper ໃນມືຖື ຫຼຸດ register ທຸກຄັ້ງທີ່ລັອກຈໍ ຍ້ອນ battery saver ຂ້າ app ຖິ້ມ`),
    no(`GoIP gateway ကို register လုပ်လို့မရဘူး 403 Forbidden ပြန်တယ်၊ account expired ဖြစ်သွားလို့လား`),
    no(`a ko, customer phone 10 lone unregistered phit nay tal, internet line ISP down nay lo, fiber cut tae`),
    no(`all our agents at the branch unregistered since morning. ISP has a fibre cut, they confirmed. just FYI, will they come back by themselves when line is up?`),
    no(`thay router moi TP-Link cho khach, may ban dung UDP 5060, tu do register duoc 1 luc roi mat, nghi SIP ALG cua router moi. tat ALG o dau a`),
    no(`เราย้าย domain sip.xxx.co.th ไป IP ใหม่เมื่อวานครับ แต่เครื่องลูกค้ายัง resolve ไป IP เก่า เลย register ไม่ได้ DNS ยังไม่ propagate ใช่ไหมครับ`),
    no(`licence VOS3000 ផុតកំណត់ហើយ ទូរស័ព្ទ unregistered ទាំងអស់ ហើយ add account ថ្មីក៏មិនបាន។ ត្រូវ renew យ៉ាងម៉េច?`),
    no(`ສາຍ LAN ຂອງ phone ຫ້ອງ accounting ຖືກໜູກັດ 555 unregistered 3 ເຄື່ອງ ປ່ຽນສາຍແລ້ວ ບໍ່ຕ້ອງເຮັດຫຍັງອີກແມ່ນບໍ່`),
    no(`FW from customer: "Dear, our IP phone show No Service, account 8012 not registered, we changed the password in portal yesterday." -> a check giúp e với`),
    no(`Wi-Fi router ပျက်သွားလို့ ရုံးက softphone တွေအကုန် unregistered ဖြစ်နေတယ်၊ router အသစ်ဝယ်နေတုန်း`),
    no(`account 1001 đến 1050 bị xóa nhầm trên web VOS rồi a ơi, phone báo 404 Not Found khi register, khôi phục lại dc ko`),
    no(`REGISTER sip:sip.example.vn SIP/2.0
...
SIP/2.0 401 Unauthorized
...
SIP/2.0 403 Forbidden (Bad auth)
why my gateway keep getting 403? user and pass copy from the email you sent`),
    no(`ตู้ Grandstream ของลูกค้าที่ขอนแก่น unregistered ค่ะ เช็คแล้ว UPS แบตเสื่อม เครื่องดับตอนไฟตกเมื่อคืนค่ะ`),
    no(`gateway Dinstar unregistered ព្រោះបុគ្គលិកប្ដូរ username នៅលើ VOS តែមិនបានប្ដូរនៅលើ gateway`),
    no(`ລູກຄ້າປ່ຽນ router ໃໝ່ ຈາກ Huawei ເປັນ TP-Link ແລ້ວ phone ທີ່ໃຊ້ UDP register ບໍ່ໄດ້ ອາດຈະເປັນ SIP ALG ບໍ່`),
    no(`server IP ပြောင်းပြီးနောက် IP phone တွေ register ပြန်မဖြစ်ဘူး၊ provisioning file update မလုပ်ရသေးဘူး`),
    no(`[voice note] alo anh ơi, bên em mất điện từ sáng, giờ có điện lại mà mấy cái Fanvil vẫn unregistered, em rút nguồn cắm lại rồi vẫn thế, hay do modem chưa lên mạng hả anh`),
    no(`is the account locked after too many wrong password tries? softphone keep saying registration failed 403 since yesterday afternoon`),
    no(`ลูกค้าบ่นว่า softphone บน Android หลุดทุกครั้งที่ปิดจอครับ เป็นเพราะ battery optimization ใช่ไหม ต้องตั้งค่าตรงไหน`),
    no(`account SIP ទាំង 20 ផុតសុពលភាព (expiry date) កាលពីថ្ងៃទី 1 ដូច្នេះ phone register fail ទាំងអស់`),
    no(`ငါတို့ account validity ကုန်သွားလို့ IP phone ၅ လုံး register မရတော့ဘူး၊ သက်တမ်းတိုးပေးပါ`),
    no(`e đổi server từ sip1 sang sip2.congty.vn mà 40 máy trong file provisioning vẫn trỏ sip1, máy nào reboot là unregistered luôn`),
    no(`Hello khun, our phones unregister after we change password policy to strong password, some old model phone cannot type special character`),
    no(`ອິນເຕີເນັດ ລົ້ມ ທັງແຂວງ ມື້ນີ້ phone ທັງໝົດ ຂອງ ລູກຄ້າ ສະແດງ unregistered ຄືກັນ ລໍຖ້າ ISP ແກ້`),
  ],
  smallFigures: [
    no(`a ơi cho e hỏi TIME_WAIT là gì vậy, em chạy netstat thấy khoảng 200 cái TIME_WAIT, có sao ko`),
    no(`ss -s ออกมาแบบนี้ครับ
TCP:   312 (estab 45, closed 250, orphaned 0, timewait 248)
ปกติไหมครับ ช่วงนี้คอลน้อย`),
    no(`តើ SS_TCP_CLOSE_RESET ធ្វើអ្វី? គួរបើកឬអត់? server យើង CPS តិចណាស់ ប្រហែល 3-4 ប៉ុណ្ណោះ`),
    no(`ຖາມແດ່ tcp_tw_reuse ຄວນເປີດບໍ່? TIME_WAIT ມີແຕ່ 150 ກວ່າ ລະບົບ ບໍ່ມີບັນຫາຫຍັງ`),
    no(`TIME_WAIT ၄၀၀ လောက်ရှိတယ် ပုံမှန်လား ဆရာ`),
    no(`is 400 TIME_WAIT normal on a box doing maybe 5 cps? just health check before the weekend`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     38 ESTABLISHED
     12 LISTEN
     96 TIME_WAIT
      2 CLOSE_WAIT
ok ko a`),
    no(`e thay 3 tram TIME_WAIT tren server vos, co can chinh sysctl ko hay de vay`),
    no(`ค่า ip_local_port_range ของเราเป็น 32768 60999 ครับ พอไหม ตอนนี้ใช้พอร์ตอยู่แค่สามร้อยกว่า`),
    no(`TIME_WAIT មានតែ 60 ប៉ុណ្ណោះ តែ monitoring tool ប្ដូរទៅពណ៌លឿង តើត្រូវធ្វើអ្វីទេ?`),
    no(`TIME_WAIT ko bal lo dar lal a ko, ss -s mhar timewait 85 pya tal`),
    no(`what's the difference between FIN close and RST close in VOS? manager asked me to explain it in the training next week`),
    no(`RST với FIN khác nhau ntn a, sếp hỏi e mà e ko biết trả lời sao`),
    no(`เครื่อง VOS ใหม่เพิ่งเปิดใช้ มี TIME_WAIT 20-30 ตัว ปกติใช่ไหมคะ`),
    no(`ss -s
Total: 540
TCP:   201 (estab 60, closed 130, orphaned 0, timewait 128)
ປົກກະຕິບໍ່ ອ້າຍ`),
    no(`tcp_fin_timeout ကို 30 ချလိုက်ရင် ကောင်းမလား၊ လက်ရှိ TIME_WAIT ၁၀၀ ဝန်းကျင်ပဲရှိတယ်`),
    no(`monthly report: peak 18 cps, TIME_WAIT max 610, zero call failures. anything you recommend or all good?`),
    no(`cho e hỏi port range mặc định của centos 7 là bao nhiêu, e muốn ghi vào tài liệu vận hành, hệ thống vẫn chạy ổn`),
    no(`อยากรู้ว่า socket ค้าง TIME_WAIT นานแค่ไหนครับ 60 วินาทีใช่ไหม`),
    no(`ហេតុអ្វីបានជា TIME_WAIT នៅខាង server ហើយមិននៅខាង client? សំណួរទេ មិនមានបញ្ហាអ្វីទេ`),
    no(`tcp_tw_recycle နဲ့ tcp_tw_reuse ဘာကွာလဲ`),
    no(`Quick q: does SS_TCP_CLOSE_RESET affect UDP trunks at all? we are mostly UDP, 2 TCP carriers, TIME_WAIT around 50`),
    no(`server e chạy 1 nghìn kênh mà TIME_WAIT chỉ có 700-800, bình thường ko ạ`),
    no(`ມື້ໜຶ່ງ ໂທ 2 ພັນ ນາທີ TIME_WAIT ຫຼາຍສຸດ 3 ຮ້ອຍ ແບບນີ້ ປອດໄພບໍ່`),
    no(`netstat -an | grep -c TIME_WAIT
417
แบบนี้เยอะไหมครับ คอลปกติไม่มีปัญหาอะไร`),
    no(`Sir, ss -tan state time-wait | wc -l = 233. call ok. just want to know safe or not`),
    no(`ចង់ដឹងថា ip_local_port_range 1024 65535 មានគ្រោះថ្នាក់អ្វីទេ? សំណួរទូទៅទេ`),
  ],
  firewallNoRst: [
    no(`a mở giúp e port 5060 UDP và dải RTP 10000-20000 trên firewall cho carrier mới IP 103.x.x.x với`),
    no(`fail2ban แบน IP ของลูกค้าเราเองครับ เพราะเขาใส่รหัสผิดหลายครั้ง ปลดแบนยังไงครับ`),
    no(`សូម whitelist IP 27.109.x.x នៅលើ firewall សម្រាប់ carrier ថ្មី អរគុណបង`),
    no(`ຢາກ block ທຸກ IP ຈາກ ຕ່າງປະເທດ ຍົກເວັ້ນ ລາວ ແລະ ໄທ ເຮັດ geo-block ໃນ pfSense ແນວໃດ`),
    no(`FortiGate မှာ SIP ALG ပိတ်ချင်တယ် ဘယ်လိုလုပ်ရမလဲ`),
    no(`need to port forward 8080 on our mikrotik to the VOS web portal so billing team can access from outside, what is the dst-nat rule`),
    no(`iptables -L -n | grep 5060
DROP   udp  --  0.0.0.0/0  0.0.0.0/0  udp dpt:5060 recent: UPDATE seconds: 1 hit_count: 20
rate limit này e đặt có chặn nhầm carrier ko a, cps bên đó tầm 50`),
    no(`firewall chan scan sipvicious nhieu qua, log toan friendly-scanner, lam rule drop theo user-agent dc ko a`),
    no(`ตั้ง rate limit SIP บน MikroTik ยังไงครับ โดนยิง REGISTER วันละเป็นแสน`),
    no(`FortiGate policy ថ្មីសម្រាប់ carrier ចិន 2 IP ត្រូវ open port អ្វីខ្លះ? signalling និង RTP`),
    no(`firewall mhar IP ban khan htar tal, ko ya bal IP ka carrier IP, unban lote pay par`),
    no(`security group on AWS: which ports do I need for VOS? 5060 tcp/udp, web 80, rtp range? nothing broken, new deployment`),
    no(`ອ້າຍ ຊ່ວຍກວດ rule firewall ແດ່ ໂທອອກໄດ້ແຕ່ບໍ່ມີສຽງ ຝັ່ງດຽວ ຄິດວ່າ RTP port ບໍ່ໄດ້ເປີດ`),
    no(`công ty e mới lắp SonicWall, a gửi e list port cần mở cho VOS3000 với, chưa chạy thật đâu`),
    no(`ลูกค้าขอให้ทำ NAT port forward 5060 จาก FortiGate เข้า VOS ที่อยู่ใน LAN ครับ ต้องตั้งอะไรบ้าง`),
    no(`pfSense ပေါ်မှာ SIP traffic အတွက် UDP state timeout ဘယ်လောက်ထားရမလဲ? UDP ပဲသုံးတယ်`),
    no(`Jun  3 10:22:01 fw kernel: [UFW BLOCK] IN=eth0 OUT= SRC=45.134.x.x DST=10.0.0.5 PROTO=UDP SPT=5072 DPT=5060
thousands of these every hour, is that a scanner? should I block the whole subnet?`),
    no(`e muốn chặn toàn bộ IP nước ngoài, chỉ cho VN với 2 carrier bên Sing vào port 5060, dùng ipset được ko a`),
    no(`fail2ban jail សម្រាប់ VOS មានទេ? ចង់ដាក់ ban ពេល register fail 5 ដង`),
    no(`ປ່ຽນ SSH port ແລະ ປິດ root login ແລ້ວ ຕ້ອງເປີດ port ໃໝ່ໃນ firewalld ແນວໃດ ບໍ່ໃຫ້ lock ຕົວເອງ`),
    no(`CSF firewall บล็อก IP ของแอดมินค่ะ login web VOS ไม่ได้ ต้องแก้ csf.allow ใช่ไหมคะ`),
    no(`ASA rule request: permit tcp from carrier 203.0.113.0/24 to VOS on 5060, they move to SIP over TCP next month. please confirm the ports`),
    no(`firewall မှာ Myanmar IP တွေကိုပဲ web portal ဝင်ခွင့်ပေးချင်တယ်၊ ဘယ်လို rule ရေးရမလဲ`),
    no(`[Chuyển tiếp] Từ: NOC carrier - "Please whitelist our new signalling IPs 118.69.x.10 and .11 before 20/6." a ơi làm giúp e nhé`),
    no(`โดน SIP flood จาก IP ต่างประเทศ CPU ขึ้น 90% ช่วยทำ rule drop ให้หน่อยครับ`),
    no(`Mikrotik ជួយ dst-nat port 10000-20000 RTP ទៅ VOS ផង សំឡេងមិនចេញម្ខាង`),
    no(`dmesg toàn "nf_conntrack: table full, dropping packet" trên con firewall linux trước VOS, tăng nf_conntrack_max lên bao nhiêu là hợp lý a`),
  ],
  negationContext: [
    no(`bên e toàn dùng UDP thôi a, ko có trunk TCP nào, nên cái vụ RST reset gì đó chắc ko liên quan đúng ko. hỏi cho chắc`),
    no(`เรายังไม่เคยเปิด SS_TCP_CLOSE_RESET เลยครับ ค่ายังเป็น Off อยู่ ส่วน phone หลัง NAT ที่หลุดเมื่อเช้าเป็นเพราะเราเปลี่ยนรหัสผ่าน แก้แล้วครับ`),
    no(`ប្រសិនបើយើងបើក RST mode តើ phone នៅក្រោយ NAT នឹង unregistered ទេ? យើងគ្រាន់តែគិតប៉ុណ្ណោះ មិនទាន់ធ្វើ`),
    no(`ເລື່ອງ TIME_WAIT 3 ໝື່ນ ອາທິດແລ້ວ ແກ້ແລ້ວ ດຽວນີ້ປົກກະຕິ ແຈ້ງໃຫ້ຮູ້ເທົ່ານັ້ນ`),
    no(`အရင်တစ်ပတ်က firewall က RST drop လုပ်တဲ့ပြဿနာ ပြီးသွားပြီ၊ report အနေနဲ့ပဲပို့တာပါ`),
    no(`For the record: last Tuesday's "cannot assign requested address" at peak was fixed by your team, no recurrence since. closing the ticket.`),
    no(`lab của e trong VirtualBox bật RST xong phone sau NAT rớt, server thật thì e ko đụng, e chỉ đang tự học thôi`),
    no(`คำถามสอบ training ค่ะ: ถ้าเปิด RST แล้ว firewall แบบ stateful จะมีปัญหาอะไร ตอบแบบไหนถูกคะ`),
    no(`alarm TIME_WAIT 30k បាញ់មកម៉ោង 2 យប់ តែ check ss -s ឃើញតែ 400 ប៉ុណ្ណោះ alarm ខុស`),
    no(`nobody change setting, RST ko ma phwint bu, phone unregistered phit tar ka power cut kyaung par, ahu pyan kaung pyi`),
    no(`colleague told me at his old company they turned RST on and the FortiGate went crazy, calls dropped. We don't run anything like that, just curious if it's true`),
    no(`server số 2 (ko phải server này) hôm trước bị BindException lúc cao điểm, bên đó đã migrate sang hệ thống khác rồi, ko cần support nữa a`),
    no(`monitoring แจ้ง "port exhaustion" ตอนตี 3 แต่ตอนนั้นไม่มีคอลเลยครับ เป็น false alarm เพราะ script นับผิด แก้ script แล้วครับ`),
    no(`ບໍ່ມີໃຜປ່ຽນຫຍັງເລີຍ RST ຍັງ Off phone ທັງໝົດ register ປົກກະຕິ ພຽງແຕ່ຢາກຖາມວ່າ ຄວນ backup softswitch.conf ໄວ້ບ່ອນໃດ`),
    no(`RST ဖွင့်ရင် NAT နောက်က phone တွေ unregistered ဖြစ်နိုင်တယ်လို့ ကြားဖူးတယ်၊ ဒါကြောင့် မဖွင့်ဘဲထားတာ၊ မှန်လား`),
    no(`we are planning to enable SS_TCP_CLOSE_RESET next month for peak season. our pfSense is stateful. what should we prepare? nothing enabled yet`),
    no(`tuan truoc co bi loi address already in use luc peak, sau khi a chinh tcp_tw_reuse thi 2 tuan nay ko bi lai, bao de a biet thoi`),
    no(`เครื่องนี้ไม่ได้ใช้ TCP เลยครับ SIP UDP ล้วน แต่ลูกค้าบอกว่าได้ยินมาว่า RST ทำให้ NAT หลุด เลยกังวล ไม่มีอาการอะไรนะครับ`),
    no(`RST បានបើកតែនៅ server test ប៉ុណ្ណោះ server production នៅតែ Off និងគ្មានបញ្ហាអ្វីទេ`),
    no(`we never enable RST. firewall log show some TCP RST coming from carrier side only, calls ok 100%, just asking if normal`),
    no(`Not a problem report: in the VOS course the trainer said RST mode fixes TIME_WAIT but breaks NAT phones. is it the same in version 2.1.8?`),
    no(`ส่งต่อจากกลุ่ม Line: "เคยเจอ TIME_WAIT เป็นหมื่นจน switch โทรออกไม่ได้" ... อันนี้เพื่อนเล่าเมื่อปีก่อนครับ เครื่องเราไม่เป็น แค่อยากรู้วิธีป้องกัน`),
    no(`firewall က RST ကို drop လုပ်လား စစ်ကြည့်တာ မလုပ်ပါဘူး၊ call တွေအကုန်ကောင်းတယ်`),
    no(`e đã tắt RST về Off từ hôm qua theo hướng dẫn, phone sau NAT register lại hết rồi a, cảm ơn nha`),
    no(`the unregistered phones were because of a password change on our side, not the RST thing you mentioned. sorry, all fine now`),
    no(`gateway នៅក្រោយ NAT ប៉ុន្តែប្រើ UDP ទាំងអស់ ហើយ RST មិនដែលបើក ដូច្នេះមិនពាក់ព័ន្ធទេមែនទេ? ពួកវាចុះឈ្មោះធម្មតា`),
    no(`ໝູ່ຢູ່ບໍລິສັດອື່ນເລົ່າວ່າ ເປີດ RST ແລ້ວ SonicWall ຕັດສາຍ ບໍລິສັດເຮົາບໍ່ໄດ້ໃຊ້ firewall ແບບນັ້ນ ຖາມເບິ່ງເສີຍໆ`),
  ],
  portExhaustion: [
    pe(`a ơi giờ cao điểm tối nay switch ko gọi ra carrier được, log toàn "cannot assign requested address", netstat thấy gần 3 vạn TIME_WAIT. restart thì đỡ 1 lúc rồi lại bị`),
    pe(`ช่วงพีคตอนเย็นคอลออกไม่ได้ครับ TIME_WAIT ขึ้นไป 3 หมื่นกว่า พอดึกๆ มันหายเอง เป็นแบบนี้ทุกวันเลยครับ`),
    pe(`ម៉ោង peak CPS ខ្ពស់ VOS មិនអាចភ្ជាប់ TCP ថ្មីទៅ carrier បាន log: bind: Address already in use ហើយ TIME_WAIT ច្រើនជាង 28,000`),
    pe(`ຕອນແລງ ໂທອອກຫຼາຍ VOS ເກີດ error EADDRINUSE ຕອນເຊື່ອມຕໍ່ໄປ carrier, TIME_WAIT 3 ໝື່ນ ກວ່າ restart ແລ້ວດີຂຶ້ນ ແຕ່ມື້ອື່ນ ກັບມາອີກ`),
    pe(`ညနေ peak မှာ carrier ဆီ TCP connection အသစ် မဖွင့်နိုင်ဘူး၊ TIME_WAIT ၃သောင်းကျော်ရှိတယ်၊ ညနက်မှ ပြန်ကောင်းတယ်`),
    pe(`ss -s
Total: 31877
TCP:   30512 (estab 1204, closed 29150, orphaned 3, timewait 29148)

calls to our TCP carriers failing again right now, CPS around 180. help pls`),
    pe(`tu 7h toi den 10h toi cu bi loi BindException khi goi ra, cps tam 200, ngoai gio thi binh thuong. TIME_WAIT dem dc 30k`),
    pe(`[ถอดเสียง] พี่ครับ ตอนนี้ลูกค้าโทรออกไม่ได้ครับ ขึ้น address already in use ตอนต่อ carrier ผมดู netstat มี TIME_WAIT เต็มไปหมดเลย สองหมื่นแปด ครับ ช่วยด่วนๆ`),
    pe(`softswitch log: connect to 10.x.x.x:5060 failed: Cannot assign requested address ... ចេញរាប់ពាន់ដង នៅម៉ោង 8 យប់ ពេលចរាចរណ៍ខ្ពស់`),
    pe(`ako, night peak mhar call out ma ya bu, log mhar "cannot assign requested address" twy a myar gyi, TIME_WAIT 29000 lout shi tal, restart lote yin kaung thwar tal`),
    pe(`third time this week!!! peak hour, switch cant open new tcp to carrier, EADDRINUSE everywhere, 30 000 time_wait. restart fixes it for 2 hours. fix it properly`),
    pe(`netstat -ant | grep TIME_WAIT | wc -l
31204
a xem giúp e, cứ 8h tối là mbx3000d báo ko bind được local port khi gọi ra trunk TCP`),
    pe(`เครื่อง VOS ของเราต่อ carrier ด้วย TCP พอ CPS เกิน 150 ก็เริ่ม fail ค่ะ error "Cannot assign requested address" จำนวน TIME_WAIT 28,000 ค่ะ`),
    pe(`ອ້າຍ ມື້ນີ້ peak ຫຼາຍ call fail 40% ເບິ່ງ ss -s ມີ timewait 2 ໝື່ນ 9 ພັນ port ໝົດແລ້ວບໍ?`),
    pe(`java.net.BindException: Cannot assign requested address ဆိုတာ peak ချိန်တိုင်း carrier ကိုခေါ်တဲ့အခါ တက်တယ်၊ ညဘက် ပြန်ကောင်းသွားတယ်`),
    pe(`Fwd from NOC: "VOS-HN-02 outbound failing 19:40-21:15, syslog: connect() EADDRINUSE, TIME_WAIT peaked 32k, recovered after traffic dropped." Same again tonight, what do we do?`),
    pe(`cuối tuần khuyến mãi lưu lượng tăng gấp 3, switch bắt đầu rớt cuộc gọi ra, log bind failed, đếm TIME_WAIT 3 vạn 2. ngày thường ko bị`),
    pe(`ผมว่า port หมดครับ ip_local_port_range ยังเป็น 32768-60999 แต่ TIME_WAIT 2 หมื่น 7 ช่วงหัวค่ำ คอลไป carrier ต่อไม่ติด`),
    pe(`ពេល peak, call ចេញ fail ច្រើន។ ss -s បង្ហាញ timewait 30k+ ហើយ restart mbx3000d ជួយបានតែ 1 ម៉ោង`),
    pe(`peak hour ရောက်တိုင်း outbound call fail ၊ log မှာ address already in use ၊ restart ရင် ခဏကောင်း၊ ပြန်ဖြစ်`),
    pe(`we went from 60 to 250 cps after a new wholesale client, now every evening new SIP/TCP legs to carriers fail. app log "Cannot assign requested address". about 30k TIME_WAIT. restart helps short time`),
    pe(`a ơi switch bên e tầm 9h tối là ko kết nối TCP ra đối tác được, ss -tan state time-wait | wc -l ra 29 nghìn, sáng ra lại ngon`),
    pe(`Sabaidee, our VOS cannot call out at peak, netstat TIME_WAIT 28k, error bind address already in use when connect to carrier. After midnight ok.`),
    pe(`ด่วนครับ!! ตอนนี้ 3 ทุ่ม โทรออกล่มทั้งระบบ log ขึ้น EADDRINUSE รัวๆ ตอนเปิด TCP ใหม่ TIME_WAIT 3.1 หมื่น`),
    pe(`VOS3000 log:
[ERR] tcp connect to carrier 203.x.x.x:5060 failed errno=99 (Cannot assign requested address)
[ERR] tcp connect to carrier 203.x.x.x:5060 failed errno=99 (Cannot assign requested address)
កើតឡើងតែពេល CPS ខ្ពស់ ម៉ោង 7-10 យប់`),
    pe(`bro, daily 6pm-9pm outgoing fail, EADDRINUSE, TIME_WAIT 3 thaung kyaw, local port ko kone thwar pyi lar?`),
    pe(`peak again. cannot assign requested address. 29k TIME_WAIT. pls`),
    pe(`chào a, từ khi chuyển trunk sang TCP thì giờ cao điểm hay bị lỗi ko tạo được kết nối mới, TIME_WAIT lên 30k, hết cổng local. giờ đang bị đây`),
    pe(`ຕອນນີ້ກຳລັງເປັນ: ໂທອອກບໍ່ໄດ້, error cannot assign requested address, TIME_WAIT 31,000 ຊ່ວຍດ່ວນ`),
    pe(`netstat -an | grep -c TIME_WAIT
29876
เจออีกแล้วค่ะ ช่วงพีค คอลใหม่ต่อ TCP ไม่ได้ ต้อง restart ทุกวันค่ะ`),
  ],
  natUnregistered: [
    nat(`a ơi từ hôm bật SS_TCP_CLOSE_RESET lên On thì mấy máy lẻ ở chi nhánh sau MikroTik cứ unregistered, máy có IP public thì bình thường. bên e đăng ký bằng TCP`),
    nat(`ตั้งแต่เปิด RST mode เมื่อวาน โทรศัพท์ของพนักงานที่บ้าน (อยู่หลัง router บ้าน) หลุด register ตลอดครับ ใช้ TCP ส่วนเครื่องที่มี IP จริงไม่เป็นไร`),
    nat(`ចាប់តាំងពីបើក SS_TCP_CLOSE_RESET=On, phone នៅ branch ក្រោយ NAT ក្លាយជា unregistered រៀងរាល់ពីរបីនាទី (TCP)`),
    nat(`ຫຼັງຈາກ ເປີດ RST mode phone ທີ່ຢູ່ຫຼັງ router ໃນສາຂາ ຫຼຸດ register ຕະຫຼອດ, ຕົວທີ່ໃຊ້ UDP ບໍ່ເປັນຫຍັງ`),
    nat(`RST mode ဖွင့်ပြီးကတည်းက NAT နောက်က softphone တွေ unregistered ဖြစ်ဖြစ်နေတယ်၊ TCP နဲ့ register လုပ်ထားတာ`),
    nat(`since we set SS_TCP_CLOSE_RESET On last night (to fix time_wait), all remote workers on home wifi show unregistered in VOS, TCP transport. office phones with public IP fine.`),
    nat(`tu luc doi softswitch.conf SS_TCP_CLOSE_RESET="On" roi reparse, khach dung Zoiper TCP sau modem nha mang cu 1-2 phut la mat dang ky`),
    nat(`[ข้อความเสียง] ครับพี่ คือหลังจากที่ทีมเราเปิดตัว RST นะครับ พวกโทรศัพท์ที่สาขาที่อยู่หลัง MikroTik มันหลุดๆ ติดๆ ครับ register ไม่อยู่ แต่ตัวที่ UDP ยังโอเคอยู่ครับ`),
    nat(`Forward ពីអតិថិជន: "phone 15 គ្រឿងនៅការិយាល័យយើង unregistered ពីម្សិលមិញ" ... ម្សិលមិញយើងទើបបើក RST នៅ VOS, ពួកគេនៅក្រោយ NAT ប្រើ TCP`),
    nat(`RST On lote pyi kad ka, NAT nauk ka IP phone twy unregistered phit phit nay tal, TCP use tal, public IP phone twy ka ok`),
    nat(`VOS registration list: 8001-8040 (branch, behind NAT, TCP) flapping Registered/Unregistered every ~2 min since RST was enabled Monday. 9001-9010 public IP no issue.`),
    nat(`Anh ơi, sau khi bên a hỗ trợ bật chế độ RST để giảm TIME_WAIT thì giờ softphone của khách làm ở nhà cứ rớt đăng ký, họ dùng TCP qua router wifi`),
    nat(`Grandstream ที่สาขาเชียงใหม่ (อยู่หลัง NAT ของ ISP) unregistered เป็นพักๆ ค่ะ เพิ่งเริ่มหลังเปิด SS_TCP_CLOSE_RESET ค่ะ SIP ใช้ TCP`),
    nat(`ອ້າຍ ຕັ້ງແຕ່ ປ່ຽນ SS_TCP_CLOSE_RESET ເປັນ On phone ຢູ່ບ້ານລູກຄ້າ ຫຼັງ NAT ໃຊ້ TCP ສະແດງ unregistered ຕະຫຼອດ`),
    nat(`ရုံးခွဲက IP phone တွေ MikroTik နောက်မှာရှိတယ်၊ RST ဖွင့်ပြီးနောက် register ပြုတ်ပြုတ်နေတယ်၊ ရုံးချုပ်က public IP phone တွေကတော့ အဆင်ပြေတယ်`),
    nat(`after your engineer turn on RST mode yesterday, our 200 agent softphone behind NAT (TCP) keep lose registration, customer complain cannot receive call`),
    nat(`[Chuyển tiếp từ khách] "Bên mình 20 máy Yealink ở kho Bình Dương sau router Draytek từ hôm qua cứ báo unregistered" -- a ơi hôm qua mình vừa bật RST trên VOS đó, máy dùng TCP`),
    nat(`เปิด NAT keepalive บนเครื่องแล้วก็ไม่ช่วยครับ หลังเปิด RST โทรศัพท์หลัง NAT ที่ใช้ TCP ก็ยังหลุด register อยู่ดี`),
    nat(`Softphone MicroSIP នៅផ្ទះបុគ្គលិក (wifi router) unregistered រាល់ពេល ចាប់តាំងពី RST mode បើក, TCP transport`),
    nat(`SS_TCP_CLOSE_RESET ကို On လိုက်တာ TIME_WAIT ကျသွားတယ် ဒါပေမယ့် NAT နောက်က TCP phone တွေ register မတည်တော့ဘူး`),
    nat(`Ticket: remote sites behind MikroTik NAT, SIP over TCP, registration drops repeatedly since RST close mode went On. UDP devices same site ok. Please advise asap.`),
    nat(`mấy máy lẻ sau NAT đăng ký TCP cứ hiện unregistered từ lúc bật RST, máy UDP cùng mạng thì vẫn xanh`),
    nat(`ໂທລະສັບ ສາຂາ ວຽງຈັນ ຫຼັງ NAT ບໍ່ register ຕັ້ງແຕ່ເປີດ RST, ສາຂາ ທີ່ມີ IP public ບໍ່ເປັນ`),
    nat(`หลังเปลี่ยน SS_TCP_CLOSE_RESET=On เพื่อแก้ TIME_WAIT ตอนนี้ softphone ลูกค้าที่อยู่หลัง 4G router หลุดตลอดค่ะ ใช้ TCP ค่ะ`),
    nat(`RST phwint pyi nout, branch office MikroTik nauk ka phone 30 lone register pyout pyout nay tal, TCP pae`),
    nat(`our reseller's home users (TCP, behind consumer routers) all unregistered since you enabled RST. direct-IP customers not affected. what now`),
    nat(`Yealink នៅសាខា Siem Reap ក្រោយ MikroTik, TCP, unregistered ម្តងម្កាល ចាប់ពីថ្ងៃបើក RST`),
    nat(`bat RST xong la may ban o chi nhanh Da Nang sau NAT rot dang ky lien tuc, dung TCP. may public IP ko sao`),
    nat(`softphone ໃນມືຖື ຂອງພະນັກງານ ໃຊ້ TCP ຜ່ານ wifi ບ້ານ ຫຼຸດ register ທຸກໆ ນາທີ ຕັ້ງແຕ່ ເປີດ RST`),
    nat(`tcpdump shows server sends RST to 113.x.x.x:41522 right after each REGISTER 200 OK, then the phone behind NAT can't get back in, shows unregistered. started after SS_TCP_CLOSE_RESET On. UDP phones fine`),
  ],
  firewallRst: [
    fw(`a ơi từ khi bật RST mode, cuộc gọi qua FortiGate cứ treo, log FortiGate toàn RST bị drop / invalid, bên carrier vẫn giữ kết nối ESTABLISHED`),
    fw(`ตั้งแต่เปิด SS_TCP_CLOSE_RESET คอลที่ผ่าน pfSense fail เยอะมากครับ log pfSense เห็น TCP:R ถูก block`),
    fw(`ចាប់តាំងពីបើក RST, call តាម firewall ASA fail ឬ hang, log ASA: Deny TCP (no connection) ... flags RST`),
    fw(`ຫຼັງເປີດ RST mode call ທີ່ຜ່ານ firewall SonicWall ຄ້າງ, log SonicWall ບອກວ່າ drop RST packet`),
    fw(`RST ဖွင့်ပြီးနောက် FortiGate ကိုဖြတ်တဲ့ call တွေ fail ဖြစ်တယ်၊ firewall log မှာ RST packet drop လုပ်တာတွေ့တယ်`),
    fw(`pfSense log:
Jun 12 20:14:03 fw filterlog: 5,,,1000000103,igb1,match,block,in,4,0x0,,64,0,0,DF,6,tcp,40,10.0.0.5,203.0.113.7,43012,5060,0,R,
hundreds of these since we turned on SS_TCP_CLOSE_RESET. calls via this firewall fail half the time.`),
    fw(`bat RST len thi goi qua iptables conntrack bi treo, conntrack -L thay may ket noi van ESTABLISHED ben kia, log INVALID drop`),
    fw(`ตั้งแต่เปิด RST บน VOS ที่อยู่บน cloud (มี security group + firewall ของ cloud) คอลไป carrier ค้างครับ carrier บอกฝั่งเขายังเห็น connection ESTABLISHED อยู่`),
    fw(`FortiGate log: "packet dropped: TCP RST with no session" ច្រើនណាស់ ចាប់តាំងពីយើងដាក់ SS_TCP_CLOSE_RESET=On, call fail`),
    fw(`RST on lote pyi kad ka firewall ka RST ko drop lote nay tal, carrier bat mhar connection half-open kyan nay tal, call twy hang`),
    fw(`since RST mode went on, our carrier says their side shows hundreds of half-open TCP sessions from us and new calls hang. between us is a Cisco ASA.`),
    fw(`e check log iptables thấy "IN=eth1 ... RST ... INVALID DROP" tăng vọt từ lúc bật RST, cuộc gọi qua firewall thì treo ko nghe máy`),
    fw(`[ถอดเสียง] คือหลังจากเปิด RST ปุ๊บ คอลที่วิ่งผ่าน FortiGate มันค้างครับพี่ ไม่วางสาย ไม่ติด ดู log firewall มันดรอป RST ทิ้งหมด`),
    fw(`carrier ບອກວ່າ ຝັ່ງເຂົາ ມີ connection ESTABLISHED ຄ້າງ ຫຼາຍ ຕັ້ງແຕ່ເຮົາ ເປີດ RST, ລະຫວ່າງກາງມີ pfSense`),
    fw(`iptables conntrack က RST ကို INVALID အဖြစ် drop လုပ်နေတယ်၊ RST mode ဖွင့်ပြီးမှဖြစ်တာ၊ call တွေ hang ဖြစ်တယ်`),
    fw(`FWD from carrier NOC: "We see your TCP sessions stay ESTABLISHED on our SBC after BYE, new INVITEs time out." -- this started when we enabled RST. We have a SonicWall in front of VOS.`),
    fw(`tcpdump trên VOS thấy gửi RST ra, nhưng tcpdump bên ngoài FortiGate ko thấy RST nào, tức là firewall nuốt mất. từ đó cuộc gọi TCP lỗi. mới bật SS_TCP_CLOSE_RESET hôm qua`),
    fw(`SonicWall ขึ้น "TCP packet received on non-existent/closed connection; TCP packet dropped" เยอะมากค่ะ หลังเปิด RST คอลผ่าน SonicWall ล้มเหลว`),
    fw(`pfSense state table បង្ហាញ connection ESTABLISHED:ESTABLISHED ជាប់ ហើយ call ថ្មី hang ចាប់តាំងពីបើក RST mode`),
    fw(`ASA log မှာ Deny TCP (no connection) ... flags RST တွေ အများကြီး၊ SS_TCP_CLOSE_RESET On ပြီးမှ call တွေ fail`),
    fw(`Cloud setup (GCP firewall + iptables on host). after RST on, calls to the TCP carrier randomly hang 30s then fail; conntrack shows entries stuck ESTABLISHED.`),
    fw(`sau khi bật RST theo hướng dẫn, call qua tường lửa FortiGate ko kết thúc được, 2 bên lệch trạng thái, bên kia vẫn ESTABLISHED. log Forti báo no session matched cho gói RST`),
    fw(`after RST on, FortiGate log "no session matched" for RST packets, calls hang. pls check khob jai`),
    fw(`log iptables:
kernel: INVALID DROP IN=eth0 OUT= SRC=10.0.0.5 DST=203.x.x.x PROTO=TCP SPT=43012 DPT=5060 RST
โผล่รัวๆ หลังเปิด RST mode คอลค้างครับ`),
    fw(`SonicWall ទម្លាក់ RST ហើយ carrier នៅតែរក្សា connection half-open, ចាប់ពីបើក RST mode call ជាច្រើន hang`),
    fw(`FortiGate nauk ka VOS, RST phwint pyi nout call twy hang, forti log mhar RST drop twy a myar gyi`),
    fw(`you told us turn RST on. now half our calls through the pfsense hang and pfsense blocks the R packets. great. fix it`),
    fw(`hệ thống có ASA ở giữa VOS và carrier, từ lúc chuyển SS_TCP_CLOSE_RESET=On cuộc gọi hay bị treo, ASA log deny RST no connection`),
    fw(`iptables ໃນ server VOS drop RST ເປັນ INVALID ຕັ້ງແຕ່ ເປີດ RST ແລ້ວ call ຄ້າງ`),
    fw(`หลังเปิด RST แล้ว carrier บอกว่าฝั่งเขามี socket ค้าง ESTABLISHED เป็นพัน เราอยู่หลัง FortiGate คอลใหม่ timeout ครับ`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning223Set: readonly EvalItem[] = Object.values(tuning223Families).flat();
