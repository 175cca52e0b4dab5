import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, NOC engineers, resellers and call-centre technicians in mainland Southeast Asia writing on LINE,
 * WhatsApp and Telegram: Thai about 50% (mostly Thai script with ครับ/ค่ะ, "พี่", "น้อง", some romanised Thai,
 * numbers as "3 หมื่น", "30,000", "28k" or Thai digits), Khmer about 20% (Khmer script and Latin, "bong", "ម៉ឺន"/"mern"),
 * Burmese about 20% (Myanmar script and Latin, "ko", "ako", "thaung" for ten thousand, Myanmar digits) and Lao about
 * 10% (Lao script and Latin, "ອ້າຍ"/"ai", "ໝື່ນ"), all mixed with English technical words and pasted output.
 *
 * The hundred-and-ninety-fifth tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-ninety-fifth never-tuned set, before the sixty-ninth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-ninth round, then made tuning
 * material for the seventieth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 90.0 %, negatives confident 3.0 %, confident wrong 0 % with the rules of
 * the sixty-eighth round, before the sixty-ninth.
 * After the sixty-ninth round: the same.
 * After the seventieth round, tuned on: in scope 97.8 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning195Families = {
  oneListeningPort: [
    no(`สวัสดีครับพี่ ผมรีสตาร์ทเครื่อง VOS แล้ว web portal เข้าไม่ได้ครับ ดู log tomcat ขึ้นว่า
java.net.BindException: Address already in use (Bind failed) :8080
มีโปรแกรมอื่นจับ port 8080 อยู่หรือเปล่าครับ`),
    no(`น้องคะ nginx start ไม่ขึ้นค่ะ
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
เมื่อวานเพิ่งลง apache เพิ่มไปตัวนึง เกี่ยวกันมั้ยคะ`),
    no(`mysql ไม่ยอมขึ้นครับ หลังไฟดับ log บอก "Can't start server: Bind on TCP/IP port: Address already in use" port 3306 ครับ ps ดูมี mysqld เก่าค้างอยู่ตัวนึง kill ได้เลยไหมครับ`),
    no(`พี่ครับ หลัง restart mbx3000d แล้ว service ไม่ขึ้น log บอก bind 5060 failed address already in use ครับ netstat -lnp | grep 5060 เจอ pid เก่า 2 ตัวค้างอยู่ ต้องทำไงดีครับ`),
    no(`sawatdee krub pi, docker container redis run mai dai krub, khuen error "Bind for 0.0.0.0:6379 failed: port is already allocated". song sai wa redis khong OS run yoo laew rue plao krub?`),
    no(`ค่ะพี่ เครื่อง dev ของน้องรัน node ทดลอง API billing อยู่ พอรันอีกรอบขึ้น EADDRINUSE :::3000 ค่ะ เป็นที่ laptop น้องเอง ไม่ใช่ server นะคะ ปิดตัวเก่ายังไงดี`),
    no(`แจ้งปัญหาครับ: หน้า web manager ของ VOS3000 เปิดไม่ขึ้นตั้งแต่เช้า
catalina.out:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
ส่วนโทรเข้าออกปกติดีครับ calls ไม่มีปัญหา`),
    no(`ขอสอบถามครับ ผมลง zabbix agent แล้วขึ้น "cannot create listener on port 10050: Address already in use" เป็นเพราะมี agent เก่ารันอยู่ใช่ไหมครับ`),
    no(`พี่คะ httpd restart ไม่ได้ค่ะ (98)Address already in use: AH00072: make_sock: could not bind to address [::]:80 เช็คแล้ว nginx ที่น้องลองลงไว้ก็ใช้ 80 อยู่ค่ะ`),
    no(`ด่วนครับ ย้ายเครื่องใหม่ restore VOS เสร็จแล้ว mbx3000d start ไม่ขึ้น ขึ้นว่า SIP port 5060 already in use เพราะเครื่องนี้เคยลง asterisk ไว้ลองเล่นครับ ต้องปิด asterisk ก่อนใช่มั้ย`),
    no(`ใน vos มี ivr service ตัวนึงฟัง port 5070 ครับ restart แล้วขึ้น bind error address already in use ตลอด แต่ตัว softswitch หลักทำงานปกติ ลูกค้าโทรได้ ไม่มี error อื่นครับ`),
    no(`pi krub, tomcat 8080 chon gub jenkins krub. jenkins kor chai 8080 yoo. log bok "Address already in use". plian port tomcat pen 8081 dai mai krub?`),
    no(`สวัสดีค่ะ ติดตั้ง phpMyAdmin แล้ว php-fpm ไม่ขึ้นค่ะ ERROR: unable to bind listening socket for address '127.0.0.1:9000': Address already in use (98) มี fpm ตัวเก่าค้างไหมคะ`),
    no(`ครับพี่ snmpd ขึ้น error bind udp ๑๖๑ address already in use ครับ เครื่องมี snmpd ๒ ตัวรันซ้อนกัน ปิดตัวไหนดีครับ`),
    no(`ជម្រាបសួរបង web VOS3000 ចូលមិនបានទេ tomcat log ថា "java.net.BindException: Address already in use" port 8080 ។ ខ្ញុំទើបតែដំឡើង app មួយទៀតដែលប្រើ 8080 ដែរ។`),
    no(`bong, mysql start min ban te, error "Bind on TCP/IP port: Address already in use" 3306. mean mysqld chas nov jab? kill ban ot bong?`),
    no(`សួស្តីបង ក្រោយ restart server service mbx3000d ឡើងមិនរួច log ថា bind 5060 fail address already in use ។ មាន process ចាស់នៅជាប់ port 5060 ។ សូមជួយផង`),
    no(`Bong, docker container nginx run ot ban, "bind: address already in use" port 80. server nis mean apache ruoch hoy. trov bet apache mun men?`),
    no(`បងៗ laptop ខ្ញុំ run dev server សាកល្បង API call record ពេល run ម្តងទៀតចេញ EADDRINUSE 127.0.0.1:8000 ។ នៅលើ laptop ខ្ញុំទេ មិនមែន server VOS ទេ។`),
    no(`မင်္ဂလာပါ ko, VOS web portal မတက်ဘူး။ tomcat log မှာ "BindException: Address already in use" port 8080 လို့ပြတယ်။ တခြား program တစ်ခုက 8080 ယူထားတာလား။`),
    no(`ko, nginx restart lote tot "bind() to 0.0.0.0:80 failed (98: Address already in use)" pya tal. apache ko a yin install htar lo. ba lote ya ma lae?`),
    no(`အစ်ကို mbx3000d restart ပြီးတော့ service မတက်ဘူး။ 5060 port ကို process အဟောင်းက ကိုင်ထားတယ်။ "address already in use" ပြနေတယ်။ kill လိုက်ရမလား`),
    no(`bro mysql ma tet buu, 3306 "Address already in use". mysqld a haung ta khu kyan nay tal. mee pyat pee naut ma.`),
    no(`ကိုကို redis container run လို့မရဘူး "port is already allocated" 6379။ server ပေါ်မှာ redis-server တစ်ခု run ထားပြီးသားဖြစ်နေတယ်။`),
    no(`ສະບາຍດີອ້າຍ web ຂອງ VOS ເຂົ້າບໍ່ໄດ້ tomcat log ບອກ "Address already in use" port 8080 ມີ program ອື່ນໃຊ້ port ນີ້ຢູ່ບໍ່`),
    no(`sabaidee ai, mysql start bor dai, "Address already in use" port 3306. mee mysqld kao kang yu. kill dai bor?`),
    no(`ອ້າຍ ຫຼັງ restart mbx3000d ບໍ່ຂຶ້ນ log ບອກ bind 5060 address already in use. ມີ process ເກົ່າຄ້າງຢູ່ ຕ້ອງເຮັດແນວໃດ`),
  ],
  otherRegistrationCause: [
    no(`พี่ครับ ลูกค้า 20 เบอร์ unregistered หมดเลยครับ พอดีเมื่อเช้าแอดมินเปลี่ยนรหัสผ่าน account ใน VOS แต่ยังไม่ได้แก้ในโทรศัพท์ ขึ้น 401 Unauthorized รัวๆ`),
    no(`ค่ะ เครื่อง gateway ที่สาขาขอนแก่น register ไม่ติดตั้งแต่เมื่อวาน เพราะ ISP เปลี่ยน IP public ให้ใหม่ แล้วใน VOS เรา bind IP เดิมไว้ค่ะ ใช้ UDP นะคะ`),
    no(`แจ้งครับ โทรศัพท์ call center หลุด register ทั้งชั้น 3 เลย ไฟดับตั้งแต่บ่ายสอง UPS หมด ตอนนี้ไฟมาแล้วแต่บางเครื่องยังไม่ขึ้นครับ`),
    no(`พี่ ๆ softphone ลูกค้ารายนี้ unregistered เพราะบัญชีหมดอายุครับ expire date ใน VOS คือ 30/06 ต่ออายุให้ยังไงครับ`),
    no(`สวัสดีครับ รีเซลเลอร์รายนึงค้างจ่ายยอด 3 หมื่นกว่าบาท ระบบ suspend account อัตโนมัติ phone เลยขึ้น unregistered หมด ถ้าเขาโอนแล้วจะกลับมาเองไหมครับ`),
    no(`pi krub, phone Yealink 12 kreung unregistered mod loey krub, router TP-Link mee SIP ALG perd yoo, pid laew kor register dai krub. tae yak tham wa tong pid tuk sakha mai?`),
    no(`ติดต่อเรื่อง license ครับ VOS ขึ้นว่า license expired แล้ว mapping gateway กับ phone register ไม่ได้ซักตัว ต้องต่อ license ที่ไหนครับ`),
    no(`อินเทอร์เน็ตที่ออฟฟิศล่มตั้งแต่เช้าค่ะ เน็ต 3BB ดับทั้งตึก โทรศัพท์ IP ทุกเครื่องเลยขึ้น unregistered เป็นเพราะเน็ตใช่มั้ยคะ หรือฝั่ง server มีปัญหาด้วย`),
    no(`พี่ครับ เราย้าย domain sip.xxxtel.co.th ไป IP ใหม่เมื่อคืน DNS ยังไม่ propagate บางที่ phone ยังวิ่งไป IP เก่าเลย register ไม่ได้ครับ ใช้ UDP 5060`),
    no(`ลูกค้าเปลี่ยน router ใหม่ของ AIS Fibre ครับ หลังเปลี่ยน phone ๘ เครื่อง register หลุดๆ ติดๆ ทุก ๕ นาที ใช้ UDP อย่างเดียว RST mode เราไม่เคยเปิดนะครับ`),
    no(`gateway GoIP ที่ชายแดนหลุด register ค่ะ log ขึ้น 403 Forbidden ในระบบเห็น account ถูกล็อคเพราะใส่รหัสผิดเกิน 5 ครั้ง ปลดล็อคตรงไหนคะ`),
    no(`ครับ ตู้ gateway ที่โกดังไม่ register เพราะหนูกัดสาย LAN ขาดครับพี่ 555 ช่างเปลี่ยนสายแล้ว รอดูอีกทีครับ`),
    no(`ขอถามหน่อยครับ ลูกค้าบอก phone unregistered แต่ผมดูแล้ว เขาพิมพ์ username ผิดเป็น 10O1 แทน 1001 (ตัว O) แก้แล้วขึ้นแล้วครับ มีวิธีกันไม่ให้ลูกค้าตั้งผิดไหม`),
    no(`เมื่อวานเราย้าย server VOS ไป IDC ใหม่ IP เปลี่ยนจาก 203.x.x.10 เป็น 103.x.x.25 ลูกค้าที่ตั้ง IP ตรงๆ ในโทรศัพท์ register ไม่ได้หมดครับ ต้องไล่แก้ทีละเครื่องไหมครับ`),
    no(`បង phone ៣០ គ្រឿង unregistered ពីព្រឹកមិញ ព្រោះអគ្គិសនីដាច់ទាំងភូមិ។ ឥឡូវភ្លើងមកវិញហើយ តែខ្លះនៅមិនទាន់ register។`),
    no(`bong, customer ot ban bong luy 2 khae, account VOS suspend hoy phone unregistered. kat bong luy hoy vea open vinh auto te?`),
    no(`សួស្តីបង gateway នៅសាខាបាត់ដំបង register មិនជាប់ ព្រោះ ISP ប្តូរ IP ថ្មី ហើយយើង whitelist IP ចាស់។ ប្រើ UDP។`),
    no(`bong, admin dor password account 8001 dol 8020 tae ot ban dor knong phone, eilov 401 Unauthorized teang os.`),
    no(`បង License VOS ផុតកំណត់ ថ្ងៃ ១៥ ។ ឥឡូវ phone និង gateway unregistered ទាំងអស់។ តើត្រូវបន្តយ៉ាងម៉េច?`),
    no(`ko, call center ဖုန်း ၄၀ လုံး unregistered ဖြစ်နေတယ်။ မနက်က password အကုန်ပြောင်းလိုက်တာ ဖုန်းတွေမှာ မပြင်ရသေးဘူး။ 401 ပြနေတယ်။`),
    no(`ako, mee pyat tal, generator ma shi buu. phone twe unregistered phyit kon tal. mee pyan la yin pyan ya ma lar?`),
    no(`အစ်ကို internet ကျနေတယ် ISP ဘက်က fiber ပြတ်လို့။ ဖုန်းတွေ register မရဘူး။ server ဘက်က ပြဿနာမရှိဘူးမလား`),
    no(`ko, reseller ta yout balance ma kyay lo account suspend phyit tal. phone 15 lone unregistered. ngway thwin pee yin pyan ya lar?`),
    no(`ko ရေ DNS name sip.abc.com.mm ကို IP အသစ်ပြောင်းလိုက်တယ်။ TTL မကုန်သေးလို့ တချို့ဖုန်း IP အဟောင်းဆီသွားနေတယ်။ UDP ပဲသုံးတယ်။`),
    no(`ສະບາຍດີ ໂທລະສັບ 10 ເຄື່ອງ unregistered ເພາະໄຟຟ້າດັບທັງບ້ານ ຕອນນີ້ໄຟມາແລ້ວ ລໍຖ້າໄດ້ບໍ່`),
    no(`ai, phone unregistered mod, 401 Unauthorized. admin pian password muea sao, yang bor dai pian nai phone.`),
    no(`ອ້າຍ ບັນຊີລູກຄ້າໝົດອາຍຸ ໂທລະສັບເລີຍ unregistered. ຕໍ່ອາຍຸແນວໃດ?`),
  ],
  smallFigures: [
    no(`สวัสดีครับ ขอถามหน่อยครับ ss -s ของเครื่อง VOS ตอนกลางคืน
Total: 412 (kernel 0)
TCP:   356 (estab 41, closed 298, orphaned 0, synrecv 0, timewait 297/0), ports 0
แบบนี้ปกติไหมครับ TIME_WAIT เกือบ 300`),
    no(`TIME_WAIT คืออะไรเหรอคะ น้องเห็นใน netstat มีหลายบรรทัด เป็นอันตรายกับ server มั้ยคะ`),
    no(`พี่ครับ SS_TCP_CLOSE_RESET ในไฟล์ softswitch.conf มันทำอะไรครับ ตอนนี้ค่าเป็น Off อยู่ ควรเปิดไหม`),
    no(`ถ้าเราเปิด RST mode แล้ว phone ที่อยู่หลัง NAT ที่บ้านลูกค้าจะมีปัญหาไหมครับ ยังไม่ได้เปิดนะ แค่อยากรู้ก่อน`),
    no(`ลูกค้าถามมาค่ะ CPS ตอนพีคแค่ 15 TIME_WAIT ประมาณ 500-600 ต้องปรับ tcp_tw_reuse ไหมคะ ยังไม่มีอาการอะไร`),
    no(`เช็ค health ประจำเดือนครับ
netstat -ant | grep TIME_WAIT | wc -l
183
ip_local_port_range = 32768 60999
ทุกอย่างโอเคใช่ไหมครับ`),
    no(`pi krub, TIME_WAIT 2 roi gwa, server mai mee call loey tee kuen. pen rueang pokati chai mai krub?`),
    no(`อยากทราบว่า FIN กับ RST ต่างกันยังไงครับ ในบริบทของ SIP over TCP บน VOS3000`),
    no(`พี่คะ ip_local_port_range ค่า default ของ CentOS คือเท่าไหร่คะ แล้วถ้าขยายเป็น 1024-65000 มีผลเสียไหม ถามไว้ก่อนค่ะ ตอนนี้ระบบปกติดี`),
    no(`ถ้า firewall FortiGate ของลูกค้าเจอ RST จาก VOS มันจะ drop ไหมครับ กำลังตัดสินใจว่าจะเปิด SS_TCP_CLOSE_RESET ดีหรือเปล่า ตอนนี้ยังเป็น Off`),
    no(`ss -s ตอน ๔ ทุ่ม: timewait ๓๔๐ estab ๖๐ ครับ คนโทรน้อย ตัวเลขนี้ปกติไหมครับพี่`),
    no(`เซลถามว่า server เราใช้ TCP หรือ UDP ดีกว่ากันสำหรับลูกค้า 50 ช่อง ไม่ได้มีปัญหาอะไรครับ แค่วางแผน`),
    no(`พี่ครับ RST mode มีผลกับ SIP UDP ไหมครับ ลูกค้าเราส่วนใหญ่ใช้ UDP`),
    no(`รายงานประจำวันค่ะ peak 2 ทุ่ม CPS 8 ASR 42% TIME_WAIT สูงสุด 720 ไม่มี call fail ผิดปกติ ส่งไว้เป็นข้อมูลค่ะ`),
    no(`បង TIME_WAIT មានន័យថាម៉េច? ខ្ញុំឃើញ ២០០ ជាង នៅក្នុង netstat។ server ធម្មតាទេ។`),
    no(`bong, SS_TCP_CLOSE_RESET jea avey? bae bert On, phone nov khang kroy NAT mean banha te? yeung min toan bert te.`),
    no(`សួស្តីបង ss -s យប់មិញ timewait 150 estab 30 ។ ធម្មតាទេ?`),
    no(`bong, tcp_tw_reuse kuor tae bert ot? server yeung CPS tauch, 5-6 te. sour tae pon.`),
    no(`បង បើ firewall Sophos ជួប RST ពី VOS វា drop ទេ? យើងគិតថានឹងបើក RST mode ខែក្រោយ។`),
    no(`ko, TIME_WAIT ဆိုတာဘာလဲ။ netstat မှာ ၃၀၀ လောက်တွေ့တယ်။ ပုံမှန်လား`),
    no(`ko, ss -s mhar timewait 250 lout pya tal. call nal nal pae shi tal. a sin pyay lar?`),
    no(`အစ်ကို SS_TCP_CLOSE_RESET ကို On လုပ်ရင် UDP သုံးတဲ့ gateway တွေအပေါ် သက်ရောက်မှုရှိလား။ မေးကြည့်တာပါ`),
    no(`bro, ip_local_port_range ko kyee aung lote thin lar? a khu ba pyathana mha ma shi buu, plan lote nay lo.`),
    no(`ko ရေ လစဉ် check: TIME_WAIT ၁၂၀၊ ESTABLISHED ၄၅၊ CPS ၃။ OK လား`),
    no(`ອ້າຍ TIME_WAIT ແມ່ນຫຍັງ? ເຫັນຢູ່ netstat ປະມານ 200 ປົກກະຕິບໍ່`),
    no(`ai, tha peut RST mode, phone yu lang NAT si mee panha bor? yang bor dai peut der.`),
    no(`ສະບາຍດີ ss -s: timewait 90, estab 20. server ງຽບ. OK ບໍ່ອ້າຍ`),
  ],
  firewallNoRst: [
    no(`พี่ครับ ช่วยเปิด port 5060 UDP กับ RTP 10000-20000 บน FortiGate ให้หน่อยครับ ลูกค้าใหม่จะเริ่มส่ง traffic พรุ่งนี้`),
    no(`ขอ whitelist IP carrier ใหม่ค่ะ 202.x.x.45 ให้เข้า 5060 ได้ ตอนนี้โดน deny ที่ pfSense ค่ะ`),
    no(`fail2ban แบน IP ลูกค้าเราเองครับ เพราะเขาใส่รหัสผิดหลายรอบ ปลด ban ยังไงครับ fail2ban-client status sip-vos แสดง Banned IP list: 49.x.x.12`),
    no(`ควรปิด SIP ALG บน MikroTik ไหมครับ /ip firewall service-port sip ยังเปิดอยู่ ลูกค้าถามมาครับ`),
    no(`ทำ port forwarding บน router สาขาให้ gateway ข้างในหน่อยค่ะ 5060 -> 192.168.1.50 ทำแล้วแต่ยังไม่แน่ใจว่าถูกไหม`),
    no(`อยากบล็อค IP จากต่างประเทศทั้งหมดครับ ยกเว้นไทยกับกัมพูชา เพราะโดน scan SIP ทุกคืน ทำ geo-block บน FortiGate ยังไงดี`),
    no(`pi krub, chuay review iptables rules hai noi krub, kor chek wa perd port tee jam pen krob mai. mai mee panha arai, kae yak hai plod pai.`),
    no(`Cisco ASA ลูกค้าต้องการ ACL ให้ VOS คุยกับ SBC ของเขาได้ค่ะ ขอตัวอย่าง config หน่อยค่ะ`),
    no(`เมื่อคืนมี SIP scanner ยิงมาเยอะ log iptables drop จาก 45.x.x.x เป็นหมื่นบรรทัด (TCP flags SYN) ควรเพิ่ม rule อะไรไหมครับ`),
    no(`พี่คะ ขอ config pfSense สำหรับ NAT outbound ให้ static port สำหรับ SIP ค่ะ ลูกค้าใหม่ยังไม่ได้เริ่มใช้`),
    no(`Sophos XG ลูกค้าบล็อค RTP ทำให้เสียงทางเดียวครับ เปิด UDP 10000-20000 แล้วหายครับ ขอบคุณครับ`),
    no(`ครับ อยากให้ช่วยดู rule ufw บนเครื่อง VOS ครับ ufw status แสดง 5060/udp ALLOW Anywhere, 8080/tcp ALLOW Anywhere อยากจำกัด web ให้เข้าได้แค่ IP ออฟฟิศ`),
    no(`ขอตั้ง rate limit บน MikroTik สำหรับ SIP REGISTER ที่เข้ามาเยอะผิดปกติจาก IP เดียวค่ะ ไม่ใช่ลูกค้าเรา น่าจะ brute force`),
    no(`ช่วยเพิ่ม carrier IP ๓ ตัวเข้า whitelist ของ iptables ให้หน่อยครับ ๑๐๓.x.x.๒๑ ๑๐๓.x.x.๒๒ ๑๐๓.x.x.๒๓ port ๕๐๖๐`),
    no(`បង សូមបើក port 5060 និង RTP 10000-20000 នៅ FortiGate ផង។ carrier ថ្មីចាប់ផ្តើមថ្ងៃស្អែក។`),
    no(`bong, fail2ban ban IP customer yeung, 117.x.x.8. unban yang mech?`),
    no(`សួស្តីបង ចង់ whitelist IP carrier ពីថៃ ២ IP នៅ iptables។`),
    no(`bong, SIP ALG nov router MikroTik kuor tae bet reu bert? customer sour mok.`),
    no(`បង ជួយពិនិត្យ config pfSense ផង មិនមានបញ្ហាអីទេ គ្រាន់តែចង់ឱ្យប្រាកដ។`),
    no(`ko, FortiGate မှာ 5060 နဲ့ RTP port တွေ ဖွင့်ပေးပါ။ carrier အသစ်ရဲ့ IP ကို whitelist လည်းထည့်ပေးပါ။`),
    no(`ko, fail2ban ka customer IP ko ban lite tal. password hmar lo. unban lote pay par.`),
    no(`အစ်ကို geo-block လုပ်ချင်တယ်။ မြန်မာ၊ ထိုင်း IP ပဲ ခွင့်ပြုချင်တယ်။ SIP scan တွေ အရမ်းများတယ်။`),
    no(`bro, gateway a twet port forward lote chin tal. router ka TP-Link. 5060 -> 192.168.0.20.`),
    no(`ko ရေ iptables rule တွေ review လုပ်ပေးပါ။ ပြဿနာတော့ မရှိဘူး။`),
    no(`ອ້າຍ ຊ່ວຍເປີດ port 5060 ຢູ່ firewall ໃຫ້ແດ່ carrier ໃໝ່ຈະເລີ່ມມື້ອື່ນ`),
    no(`ai, fail2ban ban IP khong sakha Pakse, unban nae.`),
    no(`ສະບາຍດີ ຢາກ whitelist IP carrier ໃນ iptables ເຮັດແນວໃດ`),
  ],
  negationContext: [
    no(`เรื่อง TIME_WAIT เยอะเมื่อเดือนที่แล้ว แก้เรียบร้อยแล้วนะครับ ตอนนี้ peak เหลือ 400 กว่า ขอบคุณมากครับพี่`),
    no(`ลูกค้าบอกว่า phone หลัง NAT หลุด register แต่เราใช้ UDP อย่างเดียวครับ RST mode ไม่เคยเปิด เป็นเพราะอะไรได้บ้าง`),
    no(`ส่ง ticket เก่าเพื่อเก็บไว้เป็นข้อมูลค่ะ: "#4471 FortiGate drop RST หลังเปิด SS_TCP_CLOSE_RESET - ปิด RST mode แล้ว ปัญหาหาย ปิด ticket 12/03" ไม่ต้องทำอะไรนะคะ`),
    no(`ขอบคุณครับ หลังปรับ tcp_tw_reuse=1 และขยาย port range แล้ว ไม่มี cannot assign requested address อีกเลย ตอนนี้ TIME_WAIT peak ประมาณ 2 พัน จากเดิม 3 หมื่น`),
    no(`phone ที่สาขาหลุด register เมื่อวานเพราะเปลี่ยน password ครับ ไม่เกี่ยวกับ RST นะ แก้แล้ว แค่แจ้งให้ทราบ`),
    no(`SS_TCP_CLOSE_RESET เป็น Off มาตลอดครับ ไม่เคยเปลี่ยน ไม่มีใครแตะ config ด้วย แต่หัวหน้าอยากให้ยืนยันว่าค่านี้ default ถูกไหม`),
    no(`pi krub, rueang phone NAT unregistered muea wan sao, pid RST mode laew glab ma register krob tuk kreung laew krub. khob khun krub.`),
    no(`Forward mail จาก NOC ค่ะ: "เมื่อ 2 สัปดาห์ก่อนมีปัญหา address already in use ตอน peak แก้โดยขยาย ip_local_port_range แล้ว" เก็บไว้ใน KB ได้เลยค่ะ`),
    no(`ไม่มีใครเปลี่ยนอะไรเลยครับ RST ก็ไม่ได้เปิด firewall ก็ไม่ได้แตะ call ไป carrier A ตก ASR ลง เพราะ carrier แจ้งว่าเขา maintenance คืนนี้ครับ`),
    no(`ทีมเราอ่านบทความเรื่อง RST กับ stateful firewall แล้ว เลยตัดสินใจไม่เปิด RST mode ครับ ยัง Off อยู่ ขอบคุณสำหรับคำอธิบาย`),
    no(`สรุปเคสเมื่อวานค่ะ: call drop ที่สาขาเชียงใหม่ไม่ได้เกิดจาก firewall drop RST อย่างที่คิดตอนแรก จริงๆ เป็น ISP link flap ค่ะ ISP ยืนยันแล้ว`),
    no(`พี่ครับ ที่ผมถามเรื่อง TIME_WAIT 3 หมื่นเมื่อวาน ผมอ่านผิดครับ จริงๆ มันคือ 300 ขอโทษครับ 555`),
    no(`ตามที่คุยกันไว้ ปิด SS_TCP_CLOSE_RESET กลับเป็น Off และ reparse แล้ว ตอนนี้ phone หลัง MikroTik register ครบ firewall log ก็ไม่มี drop แล้วครับ ปิดเคสได้เลย`),
    no(`ลูกค้าบ่นว่า unregistered อีกแล้ว แต่รอบนี้ account โดน suspend เพราะค้างจ่าย ไม่ใช่ปัญหา NAT แบบรอบที่แล้วครับ`),
    no(`អរគុណបង បញ្ហា TIME_WAIT ដោះស្រាយរួចហើយ ឥឡូវ peak នៅ ៥០០ ប៉ុណ្ណោះ។`),
    no(`bong, yeung brer UDP te, RST mode min del bert te. phone unregistered pruos internet dach.`),
    no(`សួស្តីបង forward ticket ចាស់ទុកជាឯកសារ: "firewall drop RST ក្រោយបើក RST mode — បិទវិញហើយ ល្អហើយ"។ មិនចាំបាច់ធ្វើអីទេ។`),
    no(`bong, ot mean nona dor avey te. SS_TCP_CLOSE_RESET nov Off. call drop pruos carrier maintenance.`),
    no(`បង phone នៅសាខាសៀមរាប unregistered ព្រោះប្តូរ password ថ្មី មិនមែន RST ទេ។ ជួសជុលហើយ។`),
    no(`ko ကျေးဇူးပါ။ RST mode ပြန်ပိတ်ပြီးတော့ NAT နောက်က ဖုန်းတွေ register ပြန်ရပြီ။ ပြဿနာပြီးပါပြီ။`),
    no(`ko, UDP pae thone tal, RST ko be dot hma ma phwint buu. phone unregistered phyit tar mee pyat lo.`),
    no(`အစ်ကို လွန်ခဲ့တဲ့လက address already in use ပြဿနာ ip_local_port_range ပြင်ပြီး ပြေလည်သွားပြီ။ record အတွက် ပို့ထားတာပါ။`),
    no(`bro, ba mha ma pyaung buu. RST off, firewall ma htee buu. call kya tar carrier bet ka pyathana.`),
    no(`ko ရေ TIME_WAIT ၂ သောင်း ဆိုတာ ကျွန်တော် မှားဖတ်တာ။ တကယ်က ၂၀၀ ပဲ။ sorry ပါ`),
    no(`ຂອບໃຈອ້າຍ ປິດ RST mode ແລ້ວ phone ຫຼັງ NAT register ຄືນໝົດແລ້ວ`),
    no(`ai, hao sai UDP yang diao, RST bor kheuy peut. phone unregistered pro internet lom.`),
    no(`ສົ່ງ ticket ເກົ່າໄວ້ເປັນຂໍ້ມູນ: TIME_WAIT ຫຼາຍ ແກ້ແລ້ວເດືອນກ່ອນ ບໍ່ຕ້ອງເຮັດຫຍັງ`),
  ],
  portExhaustion: [
    pe(`พี่ครับด่วน!! ช่วง 2 ทุ่ม call ออกไม่ได้เลย log VOS ขึ้น
connect to 10.20.1.5:5060 failed: Cannot assign requested address
ss -s ตอนนั้น timewait 28k ครับ`),
    pe(`สวัสดีค่ะ ทุกวันช่วงพีค 6 โมงเย็นถึง 3 ทุ่ม call fail เยอะมากค่ะ netstat นับ TIME_WAIT ได้ 3 หมื่นกว่า พอดึกๆ ลดลงแล้วโทรได้ปกติ`),
    pe(`ss -s ตอนพีคครับ
Total: 31877 (kernel 0)
TCP:   31204 (estab 1022, closed 30101, orphaned 3, synrecv 0, timewait 30099/0), ports 0
แล้ว log มี EADDRINUSE ตอน connect ออกไป carrier ครับ ช่วยดูด่วน`),
    pe(`ครับพี่ CPS ขึ้นไป 120 แล้ว server เปิด TCP connection ใหม่ไม่ได้ ขึ้น BindException: Address already in use: connect ทุกครั้งที่ส่ง INVITE ไป gateway ปลายทาง`),
    pe(`pi krub, chuang peak call dtok mod loey, log bok "cannot assign requested address", TIME_WAIT 2 muen 5 pan krub. ngiap laew kor hai eng.`),
    pe(`แจ้งปัญหาค่ะ ช่วง ๑๙.๐๐-๒๑.๐๐ ลูกค้าโทรออกไม่ได้ TIME_WAIT ขึ้นไปถึง ๒๘,๐๐๐ port ephemeral น่าจะหมดค่ะ ip_local_port_range ยังเป็น ๓๒๗๖๘ ๖๐๙๙๙`),
    pe(`Forward จากลูกค้า reseller ครับ: "ช่วงเย็นโทรไม่ออก ติดๆ ดับๆ" ผมเข้าไปดูที่ VOS แล้ว netstat -ant | grep -c TIME_WAIT ได้ 27,642 และ log มี cannot assign requested address ครับ`),
    pe(`ตั้งแต่ลูกค้า call center รายใหม่ขึ้นระบบ CPS พีคเกือบ 200 ช่วง 10 โมงถึงเที่ยง call fail 30-40% ค่ะ log เต็มไปด้วย "connect() failed (99: Cannot assign requested address)" ค่ะ`),
    pe(`พี่ ต่อจากเมื่อวานนะครับ วันนี้เป็นอีกแล้ว ช่วงพีค TIME_WAIT 3.2 หมื่น connection ใหม่ออกไป TCP ไม่ได้เลย tcp_tw_reuse ยังเป็น 0 ครับ`),
    pe(`NOC รายงานครับ
21:05 ASR ตกจาก 45% เหลือ 12%
21:06 softswitch log: outgoing TCP connect fail errno 99
ss -tan state time-wait | wc -l = 29871
21:40 เริ่มกลับมาปกติ`),
    pe(`ช่วงบ่ายที่ traffic ขึ้นสูง VOS เปิด connection ไป carrier ใหม่ไม่ได้ค่ะ ขึ้น address already in use ตอน connect ออกไป (ไม่ใช่ตอน start service นะคะ service รันปกติ) TIME_WAIT เป็นหมื่นๆ`),
    pe(`ลูกค้าโวยครับพี่ ทุกวันศุกร์ช่วงโปรโมชั่นโทรออกไม่ได้ ดูแล้ว sockets TIME_WAIT ล้นเป็นสามหมื่น port range หมด ต้องทำไงดีครับ`),
    pe(`ปัญหา: high CPS ตอนพีค port หมดครับ
cat /proc/sys/net/ipv4/ip_local_port_range
32768 60999
ss -s | grep timewait
TCP:   28431 (estab 512, closed 27890, orphaned 0, synrecv 0, timewait 27888/0), ports 0
call ใหม่ขึ้น 503 หมดเลย`),
    pe(`สวัสดีครับ เป็นรีเซลเลอร์ ลูกค้าผมโทร auto dialer พีค 150 CPS พอเกินครึ่งชั่วโมง VOS ขึ้น "java.net.BindException: Cannot assign requested address" และ call ใหม่ fail ทั้งหมด`),
    pe(`พี่คะ หนูเป็น technician call center ค่ะ ตอนคนโทรเยอะๆ ช่วงเช้า agent กดโทรออกแล้วเงียบ fail ค่ะ พี่ NOC เขาบอกว่า TIME_WAIT บน server VOS เกือบ 3 หมื่น และ outbound TCP connect error ค่ะ ช่วยดูให้หน่อย`),
    pe(`បងជួយផង! ម៉ោង ៨ យប់ call ចេញមិនបានទេ log ថា "Cannot assign requested address" ហើយ TIME_WAIT ៣ ម៉ឺនជាង។`),
    pe(`bong, peak hour call fail chreun nas, TIME_WAIT 2 mern 8 poan. connect tov carrier ot ban, EADDRINUSE.`),
    pe(`សួស្តីបង ss -s ពេល peak:
TCP:   29102 (estab 880, closed 28150, orphaned 1, synrecv 0, timewait 28148/0), ports 0
call ថ្មី fail ទាំងអស់ ដល់ម៉ោង ១០ យប់ ទើបល្អវិញ។`),
    pe(`bong, CPS 150 del customer call center tmey. port ot nov sol, "cannot assign requested address" pel peak.`),
    pe(`បង server VOS បើក TCP connection ថ្មីមិនបាន ពេល traffic ច្រើន។ TIME_WAIT ២៥,០០០ ហើយ ip_local_port_range នៅ default។`),
    pe(`bong, reseller khnhom complain, yub thngai sok call chenh ot ban. khnhom merl netstat, TIME_WAIT 3 mern, BindException nov log pel connect chenh.`),
    pe(`ko အရေးပေါ်! ညနေ ၇ နာရီ peak မှာ call အထွက် မရဘူး။ log မှာ "Cannot assign requested address" ပြတယ်။ TIME_WAIT ၃ သောင်းကျော်။`),
    pe(`ko, peak time mhar call fail myar tal. TIME_WAIT 2 thaung 7 htaung lout shi tal. carrier zee connect lote lo ma ya buu.`),
    pe(`အစ်ကို ss -s output:
TCP:   30544 (estab 1200, closed 29300, orphaned 0, synrecv 0, timewait 29298/0), ports 0
outgoing connect မှာ EADDRINUSE တွေချည်းပဲ။ call အသစ်တွေ fail`),
    pe(`bro, CPS 180 lout yauk tot VOS ka TCP connection a thit phwint lo ma ya buu. "BindException: Cannot assign requested address". ephemeral port kon tar lar?`),
    pe(`ko ရေ နေ့လယ် ၁၂ နာရီ traffic များတဲ့အချိန် call တွေ ကျတယ်။ netstat TIME_WAIT ၂၈,၀၀၀။ outbound connect error တွေ။ ညဘက်ကျ ပြန်ကောင်းတယ်။`),
    pe(`ko, call center a kyi ta khu ka complain tal. mahnet 9 nar yi peak mhar outbound call twe fail. NOC ka TIME_WAIT 3 thaung shi tal lo pyaw tal.`),
    pe(`ອ້າຍ ດ່ວນ! ຊ່ວງ peak 2 ທຸ່ມ call ອອກບໍ່ໄດ້ log ບອກ "Cannot assign requested address" TIME_WAIT 3 ໝື່ນກວ່າ`),
    pe(`ai, chuang peak call fail lai, TIME_WAIT 2 meun 6 phan, connect pai carrier bor dai, EADDRINUSE.`),
    pe(`ສະບາຍດີອ້າຍ ss -s ຕອນ peak:
TCP:   27990 (estab 700, closed 27200, orphaned 0, synrecv 0, timewait 27198/0), ports 0
call ໃໝ່ fail ໝົດ ຈົນຮອດ 4 ທຸ່ມ`),
  ],
  natUnregistered: [
    nat(`พี่ครับ ตั้งแต่เปิด SS_TCP_CLOSE_RESET=On เมื่อคืน phone ลูกค้าที่อยู่หลัง router บ้าน unregistered เกือบครึ่ง ใช้ SIP TCP ทั้งหมดครับ`),
    nat(`หลังจากที่พี่เปลี่ยน close mode เป็น RST เมื่อวาน softphone ของ agent ที่ WFH หลุด register ทุก 10-15 นาทีค่ะ ใช้ Zoiper TCP ผ่าน router บ้าน ที่ออฟฟิศไม่เป็นค่ะ`),
    nat(`สวัสดีครับ gateway ๑๖ port ที่สาขาอยู่หลัง MikroTik NAT ครับ เปิด RST mode ไปตั้งแต่วันจันทร์ แล้ว gateway ขึ้น unregistered วันละหลายรอบ transport TCP ครับ`),
    nat(`pi krub, lang jak perd RST mode, phone Yealink lang NAT unregistered mod loey krub, chai TCP. kreung tee chai UDP mai pen.`),
    nat(`แจ้งปัญหาค่ะ ตั้งแต่ reparse ค่า SS_TCP_CLOSE_RESET On ลูกค้าที่ใช้ router ของ True กับ 3BB (NAT) register หลุดบ่อยมาก ลูกค้าที่มี IP public ไม่เป็นค่ะ ทุกตัวใช้ TCP 5060`),
    nat(`เมื่อวานทีมเราเปิด RST เพื่อลด TIME_WAIT วันนี้ phone ที่บ้านลูกค้าหลัง NAT ที่ใช้ SIP TCP แสดง unregistered ครับ ส่วน phone ใน DC ที่ไม่มี NAT ปกติ`),
    nat(`ลูกค้าโทรมาบ่นค่ะ IP phone ที่ร้านขึ้นไอคอน X ไม่ register ตั้งแต่เมื่อวานบ่าย ตรงกับเวลาที่เราเปลี่ยน softswitch.conf เป็น RST ค่ะ ร้านใช้ router เน็ตบ้าน ตั้ง transport เป็น TCP`),
    nat(`พี่ครับ ใน VOS online phone list เห็นจำนวน registered ลดจาก 800 เหลือ 450 หลังเปิด SS_TCP_CLOSE_RESET ตัวที่หายเป็นพวกอยู่หลัง NAT ใช้ TCP ทั้งนั้นครับ`),
    nat(`ขอความช่วยเหลือด่วนครับ phone ออฟฟิศลูกค้า 30 เครื่องอยู่หลัง NAT router ของออฟฟิศ หลังเปิด RST mode phone ขึ้น registration failed วนไปเรื่อยๆ ใช้ SIP over TCP ครับ รีบูต phone แล้ว register ได้แป๊บเดียวก็หลุดอีก`),
    nat(`ตามเรื่องเมื่อเช้านะคะ ตรวจแล้ว phone ที่หลุดทั้งหมดอยู่หลัง NAT บ้าน ใช้ TCP ทุกตัว และเริ่มหลุดหลังตั้ง SS_TCP_CLOSE_RESET = On ค่ะ ตอนนี้ยังหลุดอยู่`),
    nat(`พี่ครับ ตั้งแต่ ๒ วันก่อนที่เปิด RST, softphone บนมือถือ agent ๔๐ คนที่ใช้ wifi บ้าน (NAT) unregistered บ่อยมาก ใช้ Linphone แบบ TCP ครับ`),
    nat(`ครับ ผมเป็น reseller เมื่อวาน provider แจ้งว่าเปิด RST mode บน VOS วันนี้ลูกค้าผมทุกรายที่ใช้ router NAT + SIP TCP หลุด register หมดครับ ลูกค้าที่ใช้ UDP ไม่เป็นไร`),
    nat(`แจ้ง ticket #8812: หลังเปลี่ยน SS_TCP_CLOSE_RESET เป็น On, ATA Grandstream ที่หลัง NAT router ลูกค้า unregistered ทุกครึ่งชั่วโมง transport TCP, keep-alive เปิดอยู่`),
    nat(`พี่คะ ตั้งแต่ที่พี่ปรับการปิด connection เมื่อวาน (ที่ว่าเป็น RST) Bria ของ agent ที่บ้าน register ไม่อยู่ค่ะ ขึ้น unregistered สลับ registered ทั้งวัน ใช้ TCP หลัง router บ้าน`),
    nat(`ทีม NOC ครับ registered count ของ phone NAT ตกฮวบหลัง reparse softswitch.conf ที่เปลี่ยน SS_TCP_CLOSE_RESET=On เวลา 14:00 ตอนนี้ 16:30 ยังไม่กลับ ทุกตัวใช้ TCP`),
    nat(`បង ក្រោយបើក SS_TCP_CLOSE_RESET=On phone នៅផ្ទះ customer ពីក្រោយ router NAT unregistered ច្រើនណាស់។ ប្រើ TCP ទាំងអស់។`),
    nat(`bong, tang pi bert RST mode msel mernh, softphone agent nov ptes (NAT) dach register ral 10 neati. brer TCP.`),
    nat(`សួស្តីបង gateway នៅសាខា ពីក្រោយ MikroTik NAT unregistered ច្រើនដង ចាប់តាំងពីបើក RST mode។ transport TCP។`),
    nat(`bong, registered phone thleak pi 500 mok 280 kroy pel bert SS_TCP_CLOSE_RESET. phone del bat teang os nov kroy NAT, brer TCP.`),
    nat(`បង ចាប់តាំងពីបងប្តូរ close mode ទៅ RST ម្សិលមិញ ទូរស័ព្ទនៅហាងអតិថិជនពីក្រោយ router NAT register មិនជាប់ទេ ប្រើ TCP។ អ្នកមាន IP public មិនអីទេ។`),
    nat(`bong, ticket: ATA kroy NAT router customer unregistered roal 30 neati kroy bert RST mode. TCP 5060. nov te dach.`),
    nat(`ko, SS_TCP_CLOSE_RESET ကို On လုပ်ပြီးကတည်းက အိမ်က router NAT နောက်က ဖုန်းတွေ unregistered ဖြစ်နေတယ်။ TCP သုံးတယ်။`),
    nat(`ko, RST mode phwint pee kadee ka, NAT nout ka softphone twe register pyout pyout nay tal. TCP thone tal. UDP ka ma phyit buu.`),
    nat(`အစ်ကို MikroTik NAT နောက်က gateway တွေ RST mode ဖွင့်ပြီးနောက် unregistered ဖြစ်နေတယ်။ transport TCP ပါ။`),
    nat(`bro, registered count 600 ka ne 300 lout pae kyan tal, SS_TCP_CLOSE_RESET On lote pee nout. pyout tar NAT nout ka TCP phone twe chi pae.`),
    nat(`ko ရေ မနေ့က close mode ကို RST ပြောင်းလိုက်တာနဲ့ agent တွေ အိမ်ကနေသုံးတဲ့ Zoiper (TCP, NAT) register မတည်တော့ဘူး။`),
    nat(`ko, reseller ka pyaw tal, provider ka RST mode phwint lite tal, a khu NAT router + SIP TCP thone tae customer twe a kone unregistered.`),
    nat(`ອ້າຍ ຫຼັງເປີດ SS_TCP_CLOSE_RESET=On phone ລູກຄ້າຢູ່ຫຼັງ router NAT ບ້ານ unregistered ຫຼາຍ ໃຊ້ TCP`),
    nat(`ai, tang tae peut RST mode, softphone lang NAT lut register talot, sai TCP. UDP bor pen.`),
    nat(`ສະບາຍດີ gateway ສາຂາຢູ່ຫຼັງ NAT MikroTik unregistered ຫຼັງປ່ຽນ close mode ເປັນ RST ມື້ວານ transport TCP`),
  ],
  firewallRst: [
    fw(`พี่ครับ หลังเปิด SS_TCP_CLOSE_RESET=On เมื่อคืน call ผ่าน FortiGate ของลูกค้าค้างแล้วหลุด log FortiGate ขึ้น "no session matched" เต็มเลยครับ`),
    fw(`ลูกค้าส่ง log ASA มาค่ะ
%ASA-6-106015: Deny TCP (no connection) from 103.x.x.10/5060 to 10.1.1.20/49822 flags RST on interface outside
เริ่มเป็นหลังเราเปิด RST mode ค่ะ call ค้างเยอะมาก`),
    fw(`หลังจากพี่เปลี่ยน close mode เมื่อวาน pfSense ของลูกค้าขึ้น block "TCP:R" จาก IP VOS เต็ม log ครับ แล้ว call ไปลูกค้ารายนี้ hang ไม่มีเสียงตอบ`),
    fw(`pi krub, lang perd RST mode, iptables conntrack drop INVALID packet flags RST jak VOS, call dtok bong krub.`),
    fw(`iptables log บน SBC ลูกค้าครับ
kernel: INVALID DROP: IN=eth0 SRC=103.x.x.10 DST=10.0.0.5 PROTO=TCP SPT=5060 DPT=41233 RST
เป็นตั้งแต่เปิด SS_TCP_CLOSE_RESET=On ครับ call ใหม่ไปลูกค้ารายนี้ fail ครึ่งนึง`),
    fw(`Sophos ของลูกค้า drop packet RST จาก VOS ค่ะ log บอก "Invalid TCP state" เริ่มหลังเปิด RST mode เมื่อวาน call หลุดกลางสายบ่อยมาก`),
    fw(`พี่คะ ตั้งแต่ ๒ วันก่อนที่เปิด RST call ที่วิ่งผ่าน MikroTik firewall ของลูกค้า drop ค่ะ /log แสดง drop tcp flags RST state invalid ค่ะ`),
    fw(`NOC แจ้งครับ
- 10:00 reparse softswitch.conf (SS_TCP_CLOSE_RESET=On)
- 10:20 ลูกค้า 3 ราย call hang, ring ไม่ขึ้น
- FortiGate log: action=deny "no session matched" proto=6 flags R
ช่วยวิเคราะห์ด่วน`),
    fw(`ลูกค้าที่มี Cisco ASA อยู่หน้า PBX ของเขาบ่นว่า call ค้างไม่ยอมวาง และบางสายโทรไม่ติด ตั้งแต่เราเปิด RST บน VOS ครับ ASA log มี TCP RST ถูก deny เพราะ out of state`),
    fw(`ตามเรื่องเมื่อวานครับ ปัญหายังไม่หาย ผมให้ลูกค้าเปิด debug บน FortiGate เห็น RST จาก VOS โดน drop "no session matched" ทั้งหมด ระหว่างนั้น call ไปหา PBX ลูกค้า fail ครับ RST mode ยังเปิดอยู่`),
    fw(`พี่ครับ call ไป gateway ลูกค้าที่อยู่หลัง pfSense drop หลังคุยได้ 30 วิ ตั้งแต่เปลี่ยน SS_TCP_CLOSE_RESET เป็น On ครับ pfSense firewall log ขึ้น "Default deny rule" flags R เต็มเลย`),
    fw(`หลังเปิด RST mode ลูกค้าที่ใช้ conntrack บน Linux firewall ของเขาเอง call ค้างค่ะ เขาส่ง conntrack -S มา invalid เพิ่มขึ้นเรื่อยๆ และ log drop RST ค่ะ`),
    fw(`แจ้งปัญหาครับ หลังจากเราเปลี่ยนเป็น RST mode ตามที่แนะนำไป TIME_WAIT ลดลงจริง แต่ลูกค้า 2 รายที่มี stateful firewall ขึ้น call hang, firewall เขา drop RST ว่า out of state ครับ`),
    fw(`ค่ะพี่ ticket #9023 ลูกค้า enterprise ใช้ FortiGate ร้องเรียน call หลุดหลังเปิด SS_TCP_CLOSE_RESET ค่ะ forward log: "msg=no session matched" proto=6 service=SIP-TCP flags=R`),
    fw(`ดูจาก tcpdump ที่ฝั่งลูกค้าครับ RST จาก VOS ไม่ถึง PBX เลย โดน firewall Sophos กินหมด ตั้งแต่เปิด RST mode call ไป PBX นี้ fail/ค้าง ครับ`),
    fw(`បង ក្រោយបើក SS_TCP_CLOSE_RESET=On call ឆ្លងកាត់ FortiGate របស់ customer ជាប់គាំង ហើយដាច់។ log ថា "no session matched"។`),
    fw(`bong, pfSense customer block packet flags R pi VOS, chab pi bert RST mode. call hang chreun.`),
    fw(`សួស្តីបង log iptables customer:
INVALID DROP: SRC=103.x.x.10 PROTO=TCP SPT=5060 RST
call ដាច់ចាប់តាំងពីបើក RST mode។`),
    fw(`bong, Cisco ASA customer deny TCP RST "no connection", kroy bert RST mode. call ot ban chreun.`),
    fw(`បង MikroTik firewall របស់ customer drop RST state invalid ចាប់តាំងពីបងប្តូរ close mode ម្សិលមិញ។ call ដាច់កណ្តាលៗ។`),
    fw(`bong, Sophos customer drop RST "Invalid TCP state", call hang tang pi bert SS_TCP_CLOSE_RESET.`),
    fw(`ko, SS_TCP_CLOSE_RESET On လုပ်ပြီးကတည်းက customer FortiGate မှာ "no session matched" log တွေ အများကြီး။ call တွေ hang ဖြစ်ပြီး ကျတယ်။`),
    fw(`ko, RST mode phwint pee nout customer ASA ka TCP RST ko deny lote tal, "no connection". call ma win buu.`),
    fw(`အစ်ကို customer iptables log:
kernel: INVALID DROP SRC=103.x.x.10 PROTO=TCP SPT=5060 RST
RST mode ဖွင့်ပြီးနောက် call fail တွေ များလာတယ်။`),
    fw(`bro, pfSense ka VOS ka RST packet ko block lote nay tal (flags R). close mode pyaung pee kadee ka call hang nay tal.`),
    fw(`ko ရေ MikroTik firewall ကနေ RST packet တွေ invalid state နဲ့ drop နေတယ်။ RST mode ဖွင့်ပြီးမှ call တွေ ကျလာတာ။`),
    fw(`ko, Sophos firewall ka RST ko "out of state" so pee drop tal. SS_TCP_CLOSE_RESET On lote pee ka call twe pyat nay tal.`),
    fw(`ອ້າຍ ຫຼັງເປີດ SS_TCP_CLOSE_RESET=On call ຜ່ານ FortiGate ລູກຄ້າຄ້າງ ແລ້ວຫຼຸດ log ບອກ "no session matched"`),
    fw(`ai, iptables khong lukkha drop INVALID RST jak VOS, tang tae peut RST mode. call fail lai.`),
    fw(`ສະບາຍດີ pfSense ລູກຄ້າ block packet flags R ຈາກ VOS ຫຼັງປ່ຽນ close mode ເປັນ RST ມື້ວານ call hang ຫຼາຍ`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning195Set: readonly EvalItem[] = Object.values(tuning195Families).flat();
