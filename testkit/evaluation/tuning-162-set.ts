import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP resellers, call-centre owners, NOC staff and technicians in Myanmar (Yangon, Mandalay), Cambodia (Phnom Penh,
 * Siem Reap) and Laos (Vientiane) on WhatsApp/Viber/Telegram: Burmese (Myanmar script, and a good share romanised as
 * typed on phones: "ma ya bu", "ko ko", "a kone"), Khmer (Khmer script, some romanised) and Lao (Lao script, some
 * romanised), a third each, mixed with English technical words and pasted output; numbers in local digits, with words
 * for thousand (ထောင်, သောင်း, ពាន់, ម៉ឺន, ພັນ, ໝື່ນ), "30k" and "30,000"; greetings "ဆရာ", "បង", "ສະບາຍດີອ້າຍ".
 *
 * The hundred-and-sixty-second tuning split, by family, in markets where VOS3000 is sold widely. Five negative families of 27 (one service
 * that cannot bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed
 * phones unregistered after RST mode, a stateful firewall dropping RST). Written as the hundred-and-sixty-second never-tuned set,
 * before the sixty-first round of rules, by someone who had read only the playbooks' symptoms and the domain notes,
 * without the matcher, its rules or the other sets in view; measured as such before and after the sixty-first round,
 * then made tuning material for the sixty-second: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 92.2 %, negatives confident 11.1 %, confident wrong 0 % with the rules of
 * the sixtieth round, before the sixty-first.
 * With the framing counts recounted once the hundred-and-fifty-eighth to -sixty-first became tuning splits, before any
 * rule of the sixty-first round: in scope 92.2 %, negatives confident 10.4 %, confident wrong 0 %.
 * After the sixty-first round: the same.
 * After the sixty-second round, tuned on: in scope 100 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning162Families = {
  oneListeningPort: [
    no(`ဆရာ မင်္ဂလာပါ ခင်ဗျာ။ VOS web portal (8080) မနက်ကတည်းက ဝင်မရတော့ဘူး။ catalina.out မှာ ဒါပြတယ်
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
netstat -lntp | grep 8080 ကြည့်တော့ java နောက်တစ်ကောင် (pid ၁၈၄၂) က ကိုင်ထားတယ်။ softswitch ဘက်ကတော့ call တွေ ပုံမှန်ပဲ။`),
    no(`server restart ပြီးကတည်းက mbx3000d ပြန်မတက်ဘူး အစ်ကို။ log ထဲမှာ
sip: bind 0.0.0.0:5060 failed: Address already in use
ss -lunp | grep 5060 နဲ့ကြည့်တော့ mbx3000d အဟောင်း process တစ်ခု (pid ၂၃၁၄) မသေဘဲ ကျန်နေတယ်။ အဲ့ဒါကို kill လိုက်ရင် ရမလား`),
    no(`VOS3000 database ပြန်မတက်ဘူး ဆရာ။ mysqld.log:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
ညနေက ကျွန်တော် backup script ကို mysqld_safe နဲ့ နောက်တစ်ခု ထပ်ဖွင့်မိတာ ဖြစ်မယ်။ ဘယ်ဟာကို stop ရမလဲ`),
    no(`reseller portal အတွက် nginx တင်တာ start မရဘူး
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
nginx: [emerg] still could not bind()
အဲ့ server ပေါ်မှာ httpd လည်း ရှိနေသေးတယ်၊ အရင် IT က ထည့်ထားခဲ့တာ။ 443 ကို တစ်ခုပဲ ကိုင်လို့ရတော့ httpd ကို ပိတ်လိုက်ရမလား`),
    no(`ကျွန်တော့် laptop ပေါ်မှာ CDR report tool ကို docker နဲ့ run တာ မတက်ဘူး
docker: Error response from daemon: driver failed programming external connectivity on endpoint cdr-report: Error starting userland proxy: listen tcp4 0.0.0.0:9000: bind: address already in use.
portainer က 9000 ယူထားတာ ထင်တယ်။ VOS server နဲ့ မဆိုင်ဘူး၊ laptop ပေါ်မှာပဲ ဖြစ်တာ။`),
    no(`ko ko, vos web manager 8080 tat ma lar buu. log mhar "java.net.BindException: Address already in use: JVM_Bind" lo pya tal. a yin IT ka jenkins tin htar tar, a dae ka lae 8080 pae. jenkins ko port pyaung ya ma lar, tomcat ko pyaung ya ma lar`),
    no(`sayar, report server paw mhar redis tat ma lar buu
# Could not create server TCP listening socket *:6379: bind: Address already in use
redis a haung ka systemd ka ta khu, manual ka ta khu, hna khu run nay tal htin tal. call twe nae ma hsai buu, report page pae ma ya buu`),
    no(`min ga lar par a ko. billing dashboard ko kyan daw laptop mhar npm run dev lote tot
Error: listen EADDRINUSE: address already in use :::3000
ma nay ka tat htar tae dev server ma pate ya thay buu htin tal. VOS server bet ka ma hote buu, call twe a kone ok pae`),
    no(`a ko, softswitch restart lote pee 5060 ko tchar process ka u chote htar tal
bind 0.0.0.0:5060: Address already in use
ss -lunp | grep 5060 -> "sipp" pid 9921. ma nay ka load pay kyi tar kyan ne tar. sipp ko kill lite yin ya ma lar`),
    no(`សួស្តីបង។ ម៉ាស៊ីន VOS restart រួច web 8080 បើកមិនឡើងទេ។ catalina.out៖
java.net.BindException: Address already in use (Bind failed)
ខ្ញុំឃើញ tomcat ចាស់មួយនៅ run ជាប់ (pid ៤៥៦១)។ call ដើរធម្មតា មានតែ web ទេដែលចូលមិនបាន។ សុំបងជួយមើលផង`),
    no(`បង DB vos3000 អត់ឡើងទេ
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
ម្សិលមិញ ក្មេង IT បានដំឡើង mariadb ថ្មីមួយលើម៉ាស៊ីនដដែល សម្រាប់ website។ ឥឡូវវាយក 3306 បាត់ហើយ`),
    no(`nginx -t និយាយ ok តែ start អត់បាន
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
httpd ចាស់របស់ cPanel ក៏ស្តាប់ 80 ដែរ។ ខ្ញុំគ្រាន់តែចង់ដាក់ទំព័រ recharge សម្រាប់ reseller ប៉ុណ្ណោះ`),
    no(`container grafana ដែលយើងដាក់ monitor CPS វា start អត់បាន
Error starting userland proxy: listen tcp4 0.0.0.0:3000: bind: address already in use
ប្រហែល node app មួយទៀតយក 3000 ហើយ។ softswitch មិនអីទេ call ដើរធម្មតា`),
    no(`យប់មិញ server ដាច់ភ្លើង។ ពេលបើកវិញ softswitch log និយាយថា
SIP listen 0.0.0.0:5060 failed: Address already in use
ឃើញ asterisk ចាស់ដែលនៅលើម៉ាស៊ីនដដែល auto start មុនគេ ហើយចាប់យក 5060។ ត្រូវ disable asterisk មែនទេបង`),
    no(`tomcat របស់ VOS web អត់ឡើង
SEVERE: StandardServer.await: create[localhost:8005]:
java.net.BindException: Address already in use
ខ្ញុំបាន copy tomcat មួយទៀតសម្រាប់ API ហើយភ្លេចប្តូរ shutdown port 8005។ instance ពីរប្រើ port ដូចគ្នា`),
    no(`bong, knhom ban install tomcat thmey somrab website krom hun, vea si port 8080 dae, ey lov web VOS ot bak te. log: "Address already in use". tver mech bong, dor port na muoy`),
    no(`bong som suor, mysql 3306 start ot kert "Address already in use". knhom merl ps ext mean mysqld pi run knea. kill muoy chenh ban te`),
    no(`server VOS reboot rouch mbx3000d ot laeng te bong. log: bind 5060 failed: Address already in use. ps ext kheunh mbx3000d chas nov rous. kill -9 vea rouch start vinh ban men te`),
    no(`ສະບາຍດີອ້າຍ, ໜ້າເວັບ VOS 8080 ເຂົ້າບໍ່ໄດ້ຕັ້ງແຕ່ເຊົ້າ. catalina.out ຂຶ້ນແບບນີ້
java.net.BindException: Address already in use
ກວດ netstat -lntp ເຫັນ java ອີກໂຕໜຶ່ງຖື 8080 ຢູ່ (pid ໓໒໑໗). ສາຍໂທຍັງໂທໄດ້ປົກກະຕິ`),
    no(`ພວກເຮົາຫາກໍ່ຕິດຕັ້ງໜ້າເຕີມເງິນໃຫ້ຕົວແທນ ຢູ່ເຄື່ອງດຽວກັບ VOS, nginx ຂຶ້ນບໍ່ໄດ້
nginx: [emerg] bind() to [::]:443 failed (98: Address already in use)
apache ເກົ່າຍັງແລ່ນຢູ່ 443. ຄວນປິດ apache ບໍ່`),
    no(`ເອື້ອຍ, ຖານຂໍ້ມູນ vos3000 ບໍ່ຂຶ້ນ
Can't start server: Bind on TCP/IP port: Address already in use
ມີ mysqld ສອງໂຕແລ່ນພ້ອມກັນ, ໂຕໜຶ່ງແມ່ນ script backup ເປີດໄວ້. ເວັບກໍ່ເຂົ້າບໍ່ໄດ້ຍ້ອນບໍ່ມີ DB`),
    no(`ຫຼັງຈາກ restart ເຄື່ອງ, mbx3000d ບໍ່ຂຶ້ນ. log:
bind 0.0.0.0:5060 failed: Address already in use
ss -lunp ເຫັນ process mbx3000d ເກົ່າຍັງຄ້າງຢູ່. ຂ້ອຍຄວນ kill ມັນກ່ອນແລ້ວ start ໃໝ່ແມ່ນບໍ່`),
    no(`redis ສຳລັບ report ຂຶ້ນບໍ່ໄດ້
Could not create server TCP listening socket *:6379: bind: Address already in use
ຄິດວ່າມີ redis ສອງໂຕ, ໂຕໜຶ່ງມາຈາກ docker. ການໂທບໍ່ມີບັນຫາ, ແຕ່ໜ້າ report ວ່າງເປົ່າ`),
    no(`ນ້ອງທີ່ຂຽນ app ຢູ່ laptop ຂອງລາວເອງ run dev server ແລ້ວຂຶ້ນ
Error: listen EADDRINUSE: address already in use 127.0.0.1:5173
ລາວລືມປິດ vite ໂຕເກົ່າ. ບໍ່ກ່ຽວກັບ server VOS ເລີຍ, ແຕ່ລາວຢາກຮູ້ວ່າຈະປິດແນວໃດ`),
    no(`ai, web vos khao bor dai, log khuen "Address already in use" port 8080. khoy tid tang tomcat mai hai web borisat yu khueang diao kan. tong pian port bor`),
    no(`sabaidee, docker compose up laew khuen error
Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use
postgres nai khueang ko len yu laew. khueang ni bor mee VOS, pen khueang report`),
    no(`mbx3000d start bor dai lang jak reboot, log wa "bind 5060 Address already in use". ss -lunp hen opensips kao yu. khoy tid tang opensips wai don laew luem lop`),
  ],
  otherRegistrationCause: [
    no(`ဆရာ ရုံးက ဖုန်း ၁၂ လုံး unregistered ဖြစ်နေတယ်။ မနေ့ညက admin က SIP account password တွေ အကုန်ပြောင်းလိုက်တာ၊ ဖုန်းတွေထဲမှာ မပြင်ရသေးဘူး။ REGISTER ပို့တိုင်း 401 ပဲ ပြန်လာတယ်။ provisioning file အသစ် ထုတ်ပေးလို့ရမလား`),
    no(`မန္တလေး ရုံးခွဲမှာ မနက် ၉ နာရီကတည်းက မီးပျက်နေတယ်။ router ရော ဖုန်းတွေရော ပိတ်ကုန်လို့ VOS မှာ agent ၃၀ လုံး unregistered ပြနေတယ်။ UPS က ၁၀ မိနစ်ပဲ ခံတယ်။ မီးလာရင် သူ့ဘာသာ ပြန် register ဖြစ်မလား`),
    no(`VOS3000 web မှာ "license expired" ပြနေတယ် ဆရာ။ ဒီနေ့ကစပြီး gateway ၅ လုံးလုံး register မဖြစ်တော့ဘူး၊ call လည်း မထွက်ဘူး။ သက်တမ်းတိုးဖို့ ငွေလွှဲပြီးပြီ၊ license file အသစ် ဘယ်တော့ရမလဲ`),
    no(`ISP ပြောင်းလိုက်တယ် (Ooredoo ကနေ Mytel fiber)။ public IP ပြောင်းသွားတော့ GoIP gateway ၃ လုံး register မဖြစ်တော့ဘူး။ ကျွန်တော်တို့က UDP 5060 ပဲ သုံးတာ၊ TCP မသုံးဘူး။ VOS ဘက် IP whitelist ထဲမှာ IP အဟောင်းပဲ ရှိနေသေးတယ်`),
    no(`reseller ဦးဇော် ရဲ့ account တွေ အကုန် unregistered ဖြစ်နေတယ်။ စစ်ကြည့်တော့ balance အနုတ် ၁၂ ဒေါ်လာ ဖြစ်နေလို့ system က auto suspend လုပ်လိုက်တာ။ ငွေဖြည့်ပြီးရင် ပြန်ဖွင့်ပေးပါ ခင်ဗျာ`),
    no(`sayar, customer phone 8 lone register ma phit buu, log mhar "401 Unauthorized" pae pya tal. customer ka ma nay ka password ko phone mhar pyin yite tar lwel twar tal htin tal. ko ko kyay zu pyu pi password reset pay par`),
    no(`ko ko, sip.ourvoip.com DNS ko server a thit IP ko pyaung lite tar ma nay nya ka. phone twe ka IP a haung ko pae cache lote htar lo unregistered phit nay tal. TTL 86400 htar mi tar. bal lo lote ya ma lae`),
    no(`a ko di nay ma net ka sa pee internet kya nay tal, fiber cable pyat twar lo ISP ka pyaw tal. office phone a kone offline, VOS mhar unregistered a kone pya tal. VOS bet ka ma hote buu htin tal, ISP ko saung nay tal`),
    no(`sayar, office router a thit (TP-Link) lel lite tar, SIP ALG default on nay tal. UDP phone twe register phit lite ma phit lite phit nay tal. router setting mhar ALG pate lote ya ma lar`),
    no(`បង agent ១៥ នាក់ unregistered តាំងពីព្រឹក។ ខ្ញុំបានប្តូរ password account ទាំងអស់កាលពីយប់មិញ ព្រោះមាន fraud ហៅទៅ Somalia។ softphone របស់ពួកគេមិនទាន់ដាក់ password ថ្មីទេ។ មានវិធី push ទៅ softphone ទាំងអស់ម្តងទេ`),
    no(`អតិថិជននៅ Siem Reap ប្តឹងថា phone ទាំងអស់ unregistered។ ខ្ញុំមើលឃើញ account របស់គាត់ត្រូវ lock ព្រោះ balance នៅសល់ -៣៥ ដុល្លារ ហើយមិនទាន់បង់ប្រាក់ខែនេះ`),
    no(`call center នៅ Phnom Penh ដាច់ភ្លើងទាំងអស់តាំងពីម៉ោង ២ រសៀល។ switch និង phone បិទអស់ ដូច្នេះ VOS បង្ហាញ unregistered ៤០ extension។ EDC ថាម៉ោង ៥ ទើបមានភ្លើងវិញ`),
    no(`Metfone បានប្តូរ public IP របស់ការិយាល័យយើង ដោយមិនប្រាប់។ gateway GoIP ១៦ port ចុះឈ្មោះមិនបាន ព្រោះ VOS អនុញ្ញាតតែ IP ចាស់។ យើងប្រើ UDP តែប៉ុណ្ណោះ។ សុំបង update IP ថ្មី 36.37.x.x ផង`),
    no(`បង router ថ្មីដែល ISP ដាក់ឲ្យ (Huawei) មាន SIP ALG បើក default។ phone UDP ខ្លះ register ហើយដាច់ៗ ខ្លះបង្ហាញ IP ខុសក្នុង Contact។ ខ្ញុំអត់ដឹងបិទ ALG នៅឯណាទេ`),
    no(`account ៨៨៥០០១៧ ដល់ ៨៨៥០០៣០ ផុតកំណត់ (expiry date 2024-06-30) ហើយ។ ចាប់ពីថ្ងៃនេះ phone ទាំងនោះ register អត់ជាប់។ សុំពន្យារ ៣ ខែទៀត`),
    no(`bong, phone nov office ot register te, internet dach tang pi msel minh, ISP ot toan mok chuoy. VOS ot ei te men te`),
    no(`som bong merl account 8801 oy knhom, knhom dak password khos 5 dong, phone bong hanh "403 Forbidden" ey lov register ot ban`),
    no(`bong, license VOS ot sol pel te, ey lov gateway register ot ban. knhom pheur luy ban tngai nis, som bong activate oy phong`),
    no(`ສະບາຍດີອ້າຍ, ໂທລະສັບ ໘ ເຄື່ອງຢູ່ຫ້ອງການ unregistered ໝົດ. ມື້ວານພະນັກງານປ່ຽນລະຫັດຜ່ານ account ແຕ່ບໍ່ໄດ້ປ່ຽນໃນເຄື່ອງ. log ຂຶ້ນ 401 Unauthorized ຕະຫຼອດ`),
    no(`ວຽງຈັນໄຟຟ້າດັບໝົດຕັ້ງແຕ່ ໑໐ ໂມງ. ຫ້ອງການພວກເຮົາບໍ່ມີເຄື່ອງປັ່ນໄຟ, ໂທລະສັບ ແລະ router ດັບໝົດ. ເຫັນໃນ VOS ວ່າ unregistered ໒໕ ເບີ. ບໍ່ແມ່ນບັນຫາເຊີບເວີແມ່ນບໍ່`),
    no(`ພວກເຮົາຍ້າຍ DNS sip.laovoice.la ໄປ IP ໃໝ່ມື້ວານແລງ. ເຄື່ອງ Yealink ຍັງຈື່ IP ເກົ່າຢູ່ ເລີຍ unregistered ຫຼາຍເຄື່ອງ. TTL ຕັ້ງໄວ້ ໑ ມື້`),
    no(`ຕົວແທນຢູ່ສະຫວັນນະເຂດ ແຈ້ງວ່າ phone ທັງໝົດ unregistered. ກວດແລ້ວ account ຖືກ suspend ເພາະຄ້າງຈ່າຍເງິນ ໒ ເດືອນ, ຍອດເງິນຕິດລົບ`),
    no(`license VOS3000 ໝົດອາຍຸແລ້ວ ເຫັນຂຶ້ນ license expired ຢູ່ໜ້າເວັບ. gateway ທັງໝົດ register ບໍ່ໄດ້. ຂໍເລກ license ໃໝ່ດ່ວນ`),
    no(`ປ່ຽນ ISP ຈາກ LTC ເປັນ Unitel, IP ສາທາລະນະປ່ຽນ. gateway ສອງເຄື່ອງໃຊ້ UDP 5060 ເທົ່ານັ້ນ register ບໍ່ໄດ້ເພາະ VOS ອະນຸຍາດແຕ່ IP ເກົ່າ`),
    no(`ai, phone yu hong kan bor register, khoy pian password account mue van laew luem pian nai phone. khuen 401 talod`),
    no(`sabaidee euay, internet fiber yu hong kan dap mot tang tae sao, phone unregistered mot. ISP wa sai khad. bor kiao kab VOS maen bor`),
    no(`router mai pert SIP ALG wai, phone UDP register laew lud, register laew lud. pid ALG laew ko ok bor`),
  ],
  smallFigures: [
    no(`ဆရာ ss -s ထွက်တာ ဒီလိုပါ
Total: 612 (kernel 640)
TCP:   389 (estab 142, closed 201, orphaned 0, synrecv 0, timewait 198/0), ports 0
ညနေ call ၂၀ လောက်ပဲ ရှိတဲ့အချိန်။ timewait ၁၉၈ ဆိုတာ ပုံမှန်လား`),
    no(`TIME_WAIT ဆိုတာ ဘာလဲ ဆရာ။ customer တစ်ယောက်က netstat ထဲ TIME_WAIT တွေ အများကြီးမြင်လို့ စိုးရိမ်နေတယ်၊ တကယ်တော့ ၁၅၀ လောက်ပဲ ရှိတာ`),
    no(`SS_TCP_CLOSE_RESET ဆိုတဲ့ parameter က ဘာလုပ်တာလဲ ခင်ဗျာ။ softswitch.conf ထဲမှာ မြင်လို့ မေးတာ၊ ဘာမှ မပြောင်းရသေးဘူး`),
    no(`RST mode ဖွင့်လိုက်ရင် အိမ်က router နောက်ကနေ TCP နဲ့ register လုပ်တဲ့ ဖုန်းတွေ ထိခိုက်မလား။ ဖွင့်ဖို့ စဉ်းစားနေတာပါ၊ မဖွင့်ရသေးဘူး`),
    no(`မနက် ၃ နာရီ ငြိမ်နေချိန်မှာ netstat -ant | grep -c TIME_WAIT ကြည့်တော့ ၃၈၀ ရတယ်။ peak မှာ ၂ ထောင်လောက် ဖြစ်တယ်။ call fail တာ မရှိဘူး။ ဒါ ပုံမှန်ပဲလား`),
    no(`sayar, TIME_WAIT 600 lout shi tal, nya 2 nar yi, call 20 lout pae run nay tal. pone man lar`),
    no(`ko ko, SS_TCP_CLOSE_RESET ko On lote yin FortiGate ko ta khu khu pyin ya ma lar. a khu ma lote ya thay buu, sone san tar pae`),
    no(`a ko, net.ipv4.tcp_tw_reuse ka bar lote tar lae. ko ko ka 1 htar khine tal, ka naw server mhar 0 pae shi tal, bar pyat tha na mha ma shi buu`),
    no(`sayar, ip_local_port_range default ka bal lout lae. cat lite tot "32768 60999" pya tal. lout pae lar, CPS ka 5 lout pae shi tar`),
    no(`បង ss -s របស់ខ្ញុំ
TCP:   274 (estab 96, closed 160, orphaned 0, synrecv 0, timewait 152/0), ports 0
យើងមាន agent ២០ នាក់ប៉ុណ្ណោះ។ timewait ១៥២ គ្រោះថ្នាក់ទេ`),
    no(`TIME_WAIT ជាអ្វី ហើយហេតុអ្វីវានៅជាប់ ៦០ វិនាទី។ ខ្ញុំជា technician ថ្មី ចង់យល់ប៉ុណ្ណោះ`),
    no(`បើយើងបើក SS_TCP_CLOSE_RESET=On តើ Sophos XG របស់អតិថិជនមានបញ្ហាទេ។ ឥឡូវនៅ Off ទេ គ្រាន់តែរៀបចំផែនការសម្រាប់ខែក្រោយ`),
    no(`service mbx3000d reparse និង restart ខុសគ្នាម៉េចបង។ reparse ធ្វើឲ្យ call ដាច់ដែរឬទេ`),
    no(`netstat -an | grep TIME_WAIT | wc -l បាន ១៤០ ពេលម៉ោង ១០ ព្រឹក ស្ងាត់ៗ។ ម៉ាស៊ីនដើររលូន ខ្ញុំគ្រាន់តែកត់ត្រាសម្រាប់ report ប្រចាំសប្តាហ៍`),
    no(`SS_TCP_CLOSE_RESET ប៉ះពាល់ SIP UDP ដែរឬទេ។ trunk ទាំងអស់របស់យើងប្រើ UDP`),
    no(`bong, TIME_WAIT mean 300 nov mong 9 yup, call ot dach te. 300 nis jrern te`),
    no(`SS_TCP_CLOSE_RESET default ku Off men te bong. knhom chong deung mun pel upgrade`),
    no(`bong, ebert kon tver RST mode, phone nov phteah krao router TP-Link nung mean banhha te. yerng prer TCP khlah`),
    no(`ອ້າຍ ss -s ຂອງເຄື່ອງພວກເຮົາ
Total: 455 (kernel 470)
TCP:   301 (estab 88, closed 207, orphaned 1, synrecv 0, timewait 203/0), ports 0
ຕອນບ່າຍໂທບໍ່ຫຼາຍ. ອັນນີ້ປົກກະຕິບໍ່`),
    no(`TIME_WAIT ແມ່ນຫຍັງ ອ້າຍ. ລູກຄ້າເຫັນໃນ netstat ປະມານ ໒໐໐ ແລ້ວຕົກໃຈ`),
    no(`SS_TCP_CLOSE_RESET ເຮັດຫຍັງແດ່. ຖ້າເປີດ On ແລ້ວ phone ທີ່ຢູ່ຫຼັງ NAT ຈະມີບັນຫາບໍ່. ຕອນນີ້ຍັງບໍ່ໄດ້ເປີດ`),
    no(`ຕອນ ໕ ໂມງເຊົ້າ ມີ TIME_WAIT ພຽງ ໙໐. ຕອນແລງ peak ມີ ໑ ພັນ ປາຍໆ ແຕ່ການໂທບໍ່ຕົກ. ຕ້ອງ tuning ຫຍັງບໍ່`),
    no(`pfSense ຂອງລູກຄ້າ ຖ້າພວກເຮົາເປີດ RST mode ມັນຈະ drop packet RST ບໍ່. ຍັງບໍ່ໄດ້ເປີດ, ຖາມໄວ້ກ່ອນ`),
    no(`ip_local_port_range ຄວນຕັ້ງເທົ່າໃດສຳລັບ VOS ທີ່ມີ CPS ປະມານ ໑໐. ຕອນນີ້ຍັງເປັນ default`),
    no(`ai, TIME_WAIT mee 250 pokkati bor. call mee 15 sai`),
    no(`sabaidee, "reparse" kap "restart" tang kan naeo dai. khoy yak pian param nung tae bor yak hai sai lud`),
    no(`SS_TCP_CLOSE_RESET mee phon kap UDP bor ai. gateway khoy sai UDP mot`),
  ],
  firewallNoRst: [
    no(`ဆရာ FortiGate မှာ carrier အသစ်ရဲ့ IP 185.62.x.10 ကို SIP 5060 UDP နဲ့ RTP 10000-20000 အတွက် whitelist ထည့်ပေးချင်တယ်။ policy ဘယ်လိုရေးရမလဲ၊ ဥပမာလေး ပို့ပေးပါ`),
    no(`fail2ban က ကျွန်တော်တို့ reseller ရဲ့ IP ကို ban လိုက်တယ်၊ password ၃ ခါ မှားလို့။ fail2ban-client status sip-auth ထဲမှာ 103.25.x.x ပါနေတယ်။ unban ဘယ်လိုလုပ်ရမလဲ`),
    no(`ရုံး MikroTik မှာ port forwarding လုပ်ချင်တယ်။ outside ကနေ 5060 UDP နဲ့ 10000-20000 ကို VOS 192.168.10.5 ဆီ dst-nat ပို့ချင်တာ။ rule ရေးပေးပါ ဆရာ`),
    no(`ညဘက် အာဖရိကနဲ့ ဥရောပ IP တွေကနေ SIP scan တွေ တစ်ညကို ၅ ထောင်လောက် လာနေတယ်။ FortiGate မှာ မြန်မာ၊ ထိုင်း၊ စင်ကာပူ ကလွဲပြီး country block (geo-blocking) လုပ်ချင်တယ်`),
    no(`iptables rules ကို review လုပ်ပေးပါလား ဆရာ။ ပြဿနာ ဘာမှ မရှိသေးဘူး၊ audit အတွက်ပါ
-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A INPUT -m conntrack --ctstate INVALID -j DROP
-A INPUT -p udp --dport 5060 -s 45.xx.xx.0/24 -j ACCEPT
-A INPUT -p tcp --dport 8080 -s 10.0.0.0/8 -j ACCEPT
-A INPUT -j DROP`),
    no(`sayar, carrier a thit IP 2 khu ko iptables mhar whitelist lote chin tal. 5060 UDP nae RTP port twe. command pay par, kyay zu pyu pi`),
    no(`ko ko, office router mhar SIP ALG pate htar ya ma lar, phwint htar ya ma lar. ISP technician ka phwint htar khine tal, ngar tot ka UDP pae thone tal`),
    no(`a ko, pfSense mhar 5060 ko VOS server si port forward lote chin tal. a pyin ka phone twe win ya aung NAT rule bal lo yay ya ma lae. screenshot po pay ma`),
    no(`sayar, Sophos mhar VOS web 8080 ko office IP ka pae win khwint pay chin tal, a pyin ka ma win ya aung. rule bal lo yay ya ma lae`),
    no(`បង ខ្ញុំចង់បើក port 5060 TCP និង UDP លើ FortiGate សម្រាប់ trunk ថ្មីពី carrier វៀតណាម។ សុំ policy គំរូផង`),
    no(`fail2ban បាន ban IP របស់ call center ខ្ញុំនៅ Siem Reap
2024-05-20 09:14:22 fail2ban.actions [1203]: NOTICE [sip-auth] Ban 36.37.x.x
agent វាយ password ខុសច្រើនដង។ សុំបងជួយ unban ផង`),
    no(`យើងចង់បិទ SIP inspection លើ Cisco ASA ព្រោះវាកែ SDP ខុស ហើយសំឡេងបាត់ម្ខាង។ វាយ no inspect sip ក្នុង policy-map global_policy គ្រប់គ្រាន់ទេបង`),
    no(`MikroTik: ខ្ញុំចង់ block SIP ពីប្រទេសក្រៅ Cambodia Thailand Vietnam ដោយប្រើ address-list។ ម្សិលមិញមាន scan ជាង ២ ម៉ឺនដង។ សុំ script គំរូ`),
    no(`សុំបង review rule pfSense របស់យើងមុនពេលដាក់ server ថ្មី
pass in on WAN proto udp from <carriers> to 10.0.0.5 port 5060
pass in on WAN proto udp from any to 10.0.0.5 port 10000:20000
block in log on WAN all
មិនទាន់មានបញ្ហាអ្វីទេ គ្រាន់តែចង់ប្រាកដ`),
    no(`agent ម្នាក់ធ្វើការពីផ្ទះ ចង់ forward port 5062 UDP លើ router ផ្ទះ ទៅ IP phone របស់គាត់។ router Huawei HG8245 ធ្វើនៅឯណាបង`),
    no(`bong, som chuoy whitelist IP carrier thmey 45.xx.xx.xx nov iptables phong, knhom klach dak khos hai block trunk`),
    no(`bong, fail2ban block IP office knhom tngai nis pruoh phone muoy dak password khos. tver mech unban`),
    no(`router ISP mean SIP ALG, knhom chong bet vea, bong deung menu nov na te`),
    no(`ອ້າຍ, ຂໍເປີດ port 5060 UDP ແລະ RTP 10000-20000 ຢູ່ FortiGate ໃຫ້ carrier ໃໝ່ IP 103.1.x.x ແດ່. ຂໍຕົວຢ່າງ policy`),
    no(`fail2ban ban IP ຂອງຕົວແທນຢູ່ປາກເຊ ຍ້ອນໃສ່ລະຫັດຜິດຫຼາຍເທື່ອ. ຈະ unban ແນວໃດ ແລະ ຈະໃສ່ ignoreip ໄວ້ບ່ອນໃດ`),
    no(`pfSense ຂອງຫ້ອງການ ຕ້ອງການ port forward 5060 UDP ໄປຫາເຄື່ອງ VOS 10.0.0.5. ເຮັດ NAT rule ແລ້ວແຕ່ບໍ່ແນ່ໃຈວ່າຖືກບໍ່`),
    no(`ຕ້ອງການ block SIP ຈາກທຸກປະເທດ ຍົກເວັ້ນ ລາວ ໄທ ຫວຽດນາມ ຢູ່ FortiGate (geo-blocking). ມື້ວານມີ scan ຫຼາຍກວ່າ ໑ ໝື່ນ ເທື່ອ`),
    no(`MikroTik ຂອງລູກຄ້າ ເປີດ SIP helper ໄວ້. ຄວນປິດດ້ວຍ /ip firewall service-port disable sip ບໍ່. ລາວໃຊ້ UDP ຢ່າງດຽວ`),
    no(`ຂໍໃຫ້ອ້າຍກວດ iptables ຂອງເຄື່ອງໃໝ່ກ່ອນເອົາຂຶ້ນໃຊ້ງານ
-A INPUT -p udp --dport 5060 -s 202.137.x.x -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT
-A INPUT -p tcp --dport 22 -s 10.0.0.0/8 -j ACCEPT
-A INPUT -j DROP
ຍັງບໍ່ມີບັນຫາຫຍັງ`),
    no(`ai, khoy yak whitelist IP carrier mai yu iptables, 2 IP, chuay song command hai dae`),
    no(`fail2ban ban IP hong kan khoy mue ni, nong khon nung pim password phit. unban naeo dai ai`),
    no(`sabaidee, Sophos XG yak pert port 5060 TCP hai sakha mai yu Luang Prabang. tong het rule naeo dai`),
  ],
  negationContext: [
    no(`ဖုန်းတွေ unregistered ဖြစ်နေတာ NAT ကြောင့်လို့ ထင်ခဲ့တာ၊ ဒါပေမယ့် ကျွန်တော်တို့ UDP ပဲ သုံးတယ်၊ SS_TCP_CLOSE_RESET ကလည်း Off ပဲ၊ တစ်ခါမှ မဖွင့်ဖူးဘူး။ ဒီနေ့ စစ်ကြည့်တော့ SIM router ရဲ့ data package ကုန်နေတာ တွေ့တယ်`),
    no(`ပြီးခဲ့တဲ့လက TIME_WAIT ၄ သောင်းကျော်ပြီး cannot assign requested address ဖြစ်ခဲ့တာ ဆရာ ပြင်ပေးပြီးကတည်းက အဆင်ပြေနေပါတယ်။ ဒီည peak မှာ timewait ၄၀၀ ပဲ ရှိတော့တယ်။ ကျေးဇူးတင်ပါတယ်`),
    no(`record အတွက် forward လုပ်ပေးတာပါ (ticket #၃၃၁၂၊ မတ်လ)။ "RST mode ဖွင့်ပြီးနောက် FortiGate က RST packet တွေ drop လုပ်လို့ call တွေ hang ဖြစ်တယ်။ RST ပြန်ပိတ်ပြီး ဖြေရှင်းပြီးပါပြီ။" ယခု ဘာမှ လုပ်စရာ မလိုပါ`),
    no(`call တွေ ကျနေတယ်ဆိုပြီး NOC ကို ခေါ်ထားပေမဲ့ နောက်တော့ သိရတာက ဘယ်သူမှ ဘာမှ မပြောင်းထားဘူး၊ carrier ဘက်က route ပြတ်နေတာ။ firewall နဲ့လည်း မဆိုင်ဘူး၊ RST လည်း မဖွင့်ထားဘူး`),
    no(`agent တွေ unregistered ဖြစ်သွားတာ password ပြောင်းပြီးနောက်မှာပဲ ဖြစ်တာ၊ softphone ထဲ password အသစ် ထည့်လိုက်တော့ အကုန် ပြန်ရသွားပြီ။ RST mode နဲ့ မဆိုင်ပါဘူး`),
    no(`sayar, ma nay ka pyaw tae "address already in use" ka phyit ya tar, tomcat 2 khu run nay lo. ta khu pate lite tot ya twar pi. TIME_WAIT lae ma myar buu, 200 lout pae. kyay zu pae`),
    no(`ko ko, RST ko ma phwint phoo buu naw, SS_TCP_CLOSE_RESET="Off" pae. ngar tot phone twe ka UDP pae thone tal. da kyaung NAT RST issue ma hote nine buu, router power adapter pyat tar`),
    no(`a ko, ka naw ka firewall ka RST drop lote tae pyat tha na ka lal la ka ta dae ka pyin pee thar pae. a khu pone man pae, log mhar "no session matched" ma twae ya tot buu. thank you`),
    no(`sayar, TIME_WAIT 3 thaung lout phit tar ka sipp nae CPS load pay kyi tae ta nar yi pae, a khu load pate lite tot 300 pyan kya twar pi. customer call twe ka ta khu mha ma kya buu`),
    no(`ទេបង យើងប្រើតែ UDP ទាំងអស់ មិនមាន TCP ទេ ហើយ SS_TCP_CLOSE_RESET ក៏មិនដែលបើកដែរ។ phone ដែល unregistered នោះ គឺព្រោះ router នៅផ្ទះ agent ខូច`),
    no(`សូមអរគុណបង។ បន្ទាប់ពីបងកែ tcp_tw_reuse និង port range កាលពីសប្តាហ៍មុន ឥឡូវ peak ម៉ោង ៨ យប់ TIME_WAIT នៅត្រឹម ៥០០ ទេ (មុននេះ ៣ ម៉ឺន)។ cannot assign requested address មិនឃើញទៀតទេ`),
    no(`Forward សម្រាប់ archive: ticket ចាស់ខែមេសា — "phone នៅក្រោយ NAT unregistered ក្រោយបើក RST mode, បានបិទ RST វិញ, resolved"។ ឥឡូវទាំងអស់ OK`),
    no(`អត់មាននរណាប្តូរអ្វីទេបង ទាំងការកំណត់ softswitch ទាំង firewall។ call ដាច់ម្សិលមិញ គឺដោយសារ carrier ចិន maintenance ហើយគេបានប្រកាសរួចហើយ`),
    no(`phone unregistered ៣០ គ្រឿងកាលពីព្រឹកនេះ គឺក្រោយពេលយើងប្តូរ domain ពី sip.old.com ទៅ sip.new.com ហើយ DNS មិនទាន់ propagate។ ឥឡូវចុះឈ្មោះវិញអស់ហើយ`),
    no(`FortiGate log ដែលខ្ញុំផ្ញើម្សិលមិញ "no session matched" គឺជា log ចាស់ពីខែមុន ពេលដែលយើងនៅបើក RST។ RST បិទតាំងពីពេលនោះមក ហើយ call ដើរល្អ។ សុំទោសដែលច្រឡំ`),
    no(`orkun bong, ey lov TIME_WAIT choh mok 400 vinh, call ot dach tiet te. banhha kal pi khe mun dos srai rouch`),
    no(`bong, knhom ot ban bert RST te, SS_TCP_CLOSE_RESET nov Off dodel. phone unregistered nis mok pi internet dach`),
    no(`ticket chas 2023 knhom forward oy bong sompoan record: "FortiGate drop RST, call hang". yerng ban bet RST rouch. ot mean ei tver te`),
    no(`ບໍ່ແມ່ນເລື່ອງ RST ອ້າຍ, ພວກເຮົາບໍ່ເຄີຍເປີດ SS_TCP_CLOSE_RESET ເລີຍ ມັນຍັງເປັນ Off. phone unregistered ຍ້ອນລະຫັດຜ່ານຖືກປ່ຽນ`),
    no(`ຂອບໃຈຫຼາຍໆ. ຫຼັງແກ້ໄຂອາທິດແລ້ວ TIME_WAIT ຕອນ peak ຫຼຸດຈາກ ໔ ໝື່ນ ມາເຫຼືອ ໖໐໐. ບໍ່ມີ cannot assign requested address ອີກ`),
    no(`ສົ່ງຕໍ່ ticket ເກົ່າເດືອນກຸມພາ ເພື່ອບັນທຶກ: "pfSense drop RST ຫຼັງເປີດ RST mode, call ຄ້າງ. ປິດ RST ແລ້ວຫາຍ". ປັດຈຸບັນບໍ່ມີບັນຫາ`),
    no(`ບໍ່ມີໃຜປ່ຽນຫຍັງເລີຍ ທັງ firewall ທັງ softswitch. ສາຍຫຼຸດມື້ວານແມ່ນຍ້ອນ carrier ຫວຽດນາມມີບັນຫາ route, ເຂົາເຈົ້າຢືນຢັນແລ້ວ`),
    no(`ພວກເຮົາໃຊ້ UDP ຢ່າງດຽວ, ບໍ່ມີ SIP TCP. ສະນັ້ນເລື່ອງ RST ກັບ NAT ບໍ່ກ່ຽວ. ບັນຫາ register ແມ່ນ SIP ALG ຂອງ router ໃໝ່`),
    no(`"Address already in use" ທີ່ຂ້ອຍສົ່ງມາ ແມ່ນ nginx ຢູ່ port 80 ບໍ່ແມ່ນ softswitch. ແກ້ແລ້ວ, TIME_WAIT ມີພຽງ ໑໕໐`),
    no(`khop jai ai, lang jak pid RST khuen mue van, phone lang NAT register khuen mot laew, bor lud ik. mue ni ok mot`),
    no(`bor mee khon pian nyang der ai, RST ko bor dai pert. sai lud ni pen yon fiber khad`),
    no(`ticket kao: "TIME_WAIT 5 muen, port mot tawn peak". kae laew duean kon, song ma hai bantuek thao nan`),
  ],
  portExhaustion: [
    pe(`ဆရာ အရေးကြီးတယ်။ ည ၈ နာရီ peak ရောက်တိုင်း carrier ဘက် call တွေ ထွက်မရတော့ဘူး။ ss -s:
Total: 48213 (kernel 48350)
TCP:   45872 (estab 1804, closed 43890, orphaned 12, synrecv 0, timewait 43851/0), ports 0
timewait ၄ သောင်းကျော်နေတယ်။ log ထဲမှာ connect() failed: Cannot assign requested address တွေ အများကြီး`),
    pe(`CPS ၃၀၀ လောက်ရောက်ရင် softswitch က carrier TCP trunk ဆီကို connection အသစ် မဖွင့်နိုင်တော့ဘူး။ EADDRINUSE တွေ log ထဲ ပြည့်နေတယ်။ netstat -ant | grep -c TIME_WAIT = ၂၈၀၀၀။ ညနေ ၆ နာရီကနေ ၁၀ နာရီထိ call ၃၀% လောက် fail ဖြစ်နေတယ်`),
    pe(`ဒီနေ့ ညနေကစပြီး outbound call တွေ ကျနေတယ် ခင်ဗျာ။ mbx3000d log:
[E] tcp connect to 203.x.x.45:5060 failed: Cannot assign requested address (99)
[E] tcp connect to 203.x.x.45:5060 failed: Cannot assign requested address (99)
ip_local_port_range က 32768 60999 ပဲ ရှိတယ်၊ TIME_WAIT က ၂ သောင်း ၈ ထောင်`),
    pe(`ရုံးချိန် peak မှာ TCP connection အသစ်တွေ လုံးဝမတက်တော့ဘူး။ ss -tan state time-wait | wc -l ဆိုတော့ ၃၁၄၅၂။ call center ၃ ခုလုံးက complain လုပ်နေပြီ။ ညဘက် call နည်းသွားရင် ပြန်ကောင်းသွားတယ်`),
    pe(`VOS3000 (CentOS 6) မှာ ss မရှိလို့ netstat နဲ့ ကြည့်တာ
netstat -ant | awk '{print $6}' | sort | uniq -c
   1523 ESTABLISHED
  36210 TIME_WAIT
     18 LISTEN
peak hour (၇-၁၀ နာရီ) မှာ bind error တွေ တက်ပြီး carrier ဆီ call တွေ မရောက်ဘူး`),
    pe(`ဆရာ VOS server ပေါ်က CDR sync (java) က peak မှာ java.net.BindException: Cannot assign requested address: connect ထွက်လာတယ်။ TIME_WAIT ၃ သောင်းလောက်ရှိတယ်၊ CPS ၂၅၀။ call တွေလည်း တစ်ဝက်လောက် fail နေတယ်`),
    pe(`sayar a yan a yay kyi tal, nya 8 nar yi peak mhar call twe a kone kya kone pi. ss -s mhar timewait 39000 kyaw nay tal, log mhar "cannot assign requested address" pae pya tal. carrier ka ma hote buu, sone pee pi`),
    pe(`ko ko, CPS 200 kyaw tar nae TCP trunk ko connect ma ya tot buu, "EADDRINUSE" twe a myar kyi. TIME_WAIT 2 thaung 5 htaung. nya 11 nar yi kyaw mha pyan kaung twar tal`),
    pe(`a ko, peak hour mhar outgoing TCP connection a thit ma phwint nine tot buu. netstat TIME_WAIT 33k. port range ka default pae. bal lo lote ya ma lae, customer twe sit nay pi`),
    pe(`sayar di nay lae ma ya bu. 7 nar yi ka sa pee call failed 40% lout, log:
connect() to 10.20.0.8:5060 failed (99: Cannot assign requested address)
ss -s -> timewait 41822/0
ma nay ka lae dee lo pae`),
    pe(`បង ប្រញាប់! ម៉ោង ៧ យប់ peak call ចេញទៅ carrier មិនបាន។ ss -s:
TCP:   39420 (estab 1210, closed 38011, orphaned 4, synrecv 0, timewait 37992/0), ports 0
log មាន "Cannot assign requested address" ពេញ។ timewait ជិត ៤ ម៉ឺន`),
    pe(`ម៉ាស៊ីន VOS របស់ខ្ញុំ CPS ប្រហែល ២៥០ ពេលល្ងាច។ ចាប់ពីម៉ោង ៦ TCP connection ថ្មីទៅ trunk បើកមិនបាន EADDRINUSE។ TIME_WAIT ២ ម៉ឺន ៦ ពាន់។ call fail ប្រហែល ៣០%`),
    pe(`netstat -ant | grep TIME_WAIT | wc -l
34210
នេះជាម៉ោង ៨ យប់។ softswitch log: bind: Address already in use ពេល connect ចេញទៅ gateway។ ពេលព្រឹកស្ងាត់ៗ វាមានតែ ៥០០ ប៉ុណ្ណោះ ហើយ call ចេញបានធម្មតា`),
    pe(`call center យើងមាន agent ៣០០ នាក់ប្រើ auto dialer។ ពេល dialer ឡើងដល់ ៤០០ CPS server VOS បើក TCP ទៅ carrier លែងបាន ហើយ log មាន cannot assign requested address។ TIME_WAIT ច្រើនណាស់ ប្រហែល ៥ ម៉ឺន`),
    pe(`សួស្តីបង ជួយផង។ java.net.BindException: Cannot assign requested address (connect failed) ចេញពី CDR sync លើម៉ាស៊ីន VOS រៀងរាល់ peak។ ss -s បង្ហាញ timewait 28871។ ip_local_port_range ៣២៧៦៨ ដល់ ៦០៩៩៩`),
    pe(`ថ្ងៃនេះ peak ម៉ោង ១១ ព្រឹក (promotion) call ចេញធ្លាក់ស្ទើរអស់។ ss -tan state time-wait | wc -l = 44103។ TCP ទៅ carrier ថ្មីមិនឡើង។ ម្សិលមិញ CPS តិច គ្មានបញ្ហាទេ`),
    pe(`បង ម៉ាស៊ីន Siem Reap ឥឡូវនេះ
TCP:   52011 (estab 2330, closed 49120, orphaned 30, synrecv 0, timewait 49087/0), ports 0
call ចេញ fail ច្រើន ហើយ log ថា EADDRINUSE។ CPS ប្រហែល ៣៥០`),
    pe(`bong, yup nis peak call dach jrern nas, log "cannot assign requested address", TIME_WAIT 3 meun jeang. som chuoy pleas pleas`),
    pe(`bong server VOS ot ach connect TCP tov carrier ban te pel mong 8 yup, EADDRINUSE. ss -s timewait 31k. pel prik ot ei te`),
    pe(`knhom kheunh TIME_WAIT 45,000 nov pel peak, call chenh ot ban, "cannot assign requested address". CPS prohel 300. tver mech bong`),
    pe(`ອ້າຍ ດ່ວນ! ຕອນແລງ ໒ ທຸ່ມ peak ໂທອອກໄປ carrier ບໍ່ໄດ້. ss -s:
TCP:   42130 (estab 1502, closed 40510, orphaned 9, synrecv 0, timewait 40488/0), ports 0
log: connect() failed: Cannot assign requested address. TIME_WAIT ເກີນ ໔ ໝື່ນ`),
    pe(`CPS ປະມານ ໒໒໐ ຕອນບ່າຍ. softswitch ເປີດ TCP ໃໝ່ໄປຫາ trunk ບໍ່ໄດ້ EADDRINUSE ເຕັມ log. TIME_WAIT ໓ ໝື່ນ ໒ ພັນ. ສາຍໂທລົ້ມເຫຼວ ໒໕%`),
    pe(`ເຄື່ອງ VOS ຢູ່ວຽງຈັນ, CentOS 6, ບໍ່ມີ ss:
netstat -ant | grep -c TIME_WAIT
29877
ຕອນ peak ບໍ່ມີ TCP connection ໃໝ່ອອກໄປຫາ carrier ໄດ້ເລີຍ, ໂທບໍ່ອອກ`),
    pe(`call center ໃຊ້ auto dialer CPS ໓໐໐, ທຸກມື້ຕອນ ໙ ໂມງເຊົ້າ ເລີ່ມມີ "cannot assign requested address" ແລະໂທອອກບໍ່ໄດ້. TIME_WAIT ຂຶ້ນໄປ ໔ ໝື່ນ ກວ່າ`),
    pe(`ສະບາຍດີ. CDR sync ຂອງພວກເຮົາ ຢູ່ເຄື່ອງ VOS ຂຶ້ນ java.net.BindException: Cannot assign requested address: connect ທຸກຕອນ peak. ss -s timewait 36104. ໂທລົ້ມເຫຼວນຳ`),
    pe(`ອ້າຍ ກວດໃຫ້ແດ່, ມື້ນີ້ peak ໂທອອກຕົກເກືອບໝົດ
[E] tcp connect 10.1.1.20:5060 failed errno=98 (EADDRINUSE)
[E] tcp connect 10.1.1.20:5060 failed errno=98 (EADDRINUSE)
ip_local_port_range ຍັງເປັນ default, TIME_WAIT ໒ ໝື່ນ ໗ ພັນ`),
    pe(`ຕັ້ງແຕ່ເພີ່ມລູກຄ້າໃໝ່ ທຸກຄືນ ໘-໑໑ ໂມງ ເຄື່ອງໝົດ port ໂທອອກ. ss -s ສະແດງ timewait 47k. ໃນ log ມີ cannot assign requested address ຫຼາຍພັນແຖວ`),
    pe(`ai duan, peak laeng ni thoh ork bor dai, log "cannot assign requested address", TIME_WAIT 3 muen kwa. CPS 250`),
    pe(`sabaidee, server VOS connect TCP pai carrier bor dai tawn peak, EADDRINUSE lai lai. ss -s timewait 38k. tawn sao bor pen nyang`),
    pe(`khoy hen TIME_WAIT 40,000 tawn 8 mong laeng, call ork lom leo 30%. port range pen default. het naeo dai di`),
  ],
  natUnregistered: [
    nat(`ဆရာ မနေ့က SS_TCP_CLOSE_RESET ကို On လုပ်လိုက်ပြီးကတည်းက အိမ်ကနေ အလုပ်လုပ်တဲ့ agent တွေရဲ့ softphone (MicroSIP, TCP) တွေ unregistered ဖြစ်ဖြစ်နေတယ်။ အိမ် router နောက်က ကောင်တွေချည်းပဲ။ ရုံးထဲက public IP နဲ့ ဖုန်းတွေကတော့ ကောင်းတယ်`),
    nat(`RST mode ဖွင့်ပြီးနောက် MikroTik NAT နောက်က Yealink ၄၀ လုံး register ပျောက်လိုက်၊ ပြန်ရလိုက် ဖြစ်နေတယ်။ SIP TCP 5060 သုံးတယ်။ ၅ မိနစ်တစ်ခါလောက် unregistered ပြတယ်`),
    nat(`ဆရာတို့ ညက close mode ပြောင်းပေးလိုက်တယ်ဆိုတာ (FIN ကနေ RST) အဲ့ကတည်းက ရန်ကုန် ရုံးခွဲ office NAT နောက်က IP phone တွေ အကုန် unregistered ဖြစ်နေပြီ။ TCP transport နဲ့ပါ။ ပြန်ပြောင်းပေးလို့ရမလား`),
    nat(`softswitch.conf ထဲ SS_TCP_CLOSE_RESET="On" လုပ်ပြီး reparse လုပ်လိုက်တာ။ TIME_WAIT ကျသွားတာ ကောင်းပေမဲ့ home router (Huawei ONT) နောက်က TCP ဖုန်းတွေ register ပြုတ်ကုန်တယ်။ registration list ထဲ ၁၂၀ ကနေ ၃၅ ပဲ ကျန်တော့တယ်`),
    nat(`WFH agent ၂၅ ယောက်က Zoiper ကို TCP နဲ့ အိမ် router နောက်ကနေ သုံးတယ်။ အင်္ဂါနေ့ RST mode ဖွင့်ပြီးကတည်းက တစ်နေ့ကို အကြိမ်ကြိမ် unregistered ဖြစ်ပြီး call ဝင်မလာဘူး`),
    nat(`မန္တလေးက Grandstream gateway ၂ လုံး office NAT နောက်မှာ၊ SIP over TCP။ RST ဖွင့်ပြီးကတည်းက registration ပျောက်ပျောက်သွားတယ်၊ VOS web မှာ offline ပြလိုက် online ပြလိုက်`),
    nat(`sayar, RST mode phwint lite ka sa pee a yin ka ta le home router nauk ka phone twe register ma phit tot buu. TCP nae pae. a kone unregistered pya nay tal`),
    nat(`ko ko, ma nay ka ko ko change lote lite tae close reset nauk mhar MikroTik NAT nauk ka softphone twe register pyout pyout twar tal. TCP transport. pyan pate pay lo ya ma lar`),
    nat(`a ko, SS_TCP_CLOSE_RESET On lote pee kaung tot Mandalay branch ka IP phone 30 lone register ma ya tot buu. office NAT nauk mhar, SIP over TCP`),
    nat(`sayar, wfh agent twe ka router nauk ka nay Zoiper TCP nae win tar, RST phwint pee ka sa pee 10 min ta khar unregistered phit phit nay tal`),
    nat(`បង ចាប់តាំងពីបើក RST mode (SS_TCP_CLOSE_RESET=On) កាលពីម្សិលមិញ phone របស់ agent ដែលធ្វើការពីផ្ទះ នៅក្រោយ router NAT ប្រើ TCP បាត់ register ម្តងហើយម្តងទៀត។ phone នៅ office ដែលមាន public IP មិនអីទេ`),
    nat(`ក្រោយបងប្តូរ close mode ទៅ RST, Yealink ៦០ គ្រឿងនៅក្រោយ MikroTik NAT នៅការិយាល័យ Phnom Penh បង្ហាញ unregistered ម្តងៗ។ យើងប្រើ SIP TCP ព្រោះ ISP block UDP 5060`),
    nat(`softswitch.conf: SS_TCP_CLOSE_RESET="On" រួច reparse។ TIME_WAIT ចុះមែន តែ softphone TCP ក្រោយ router ផ្ទះ (TP-Link, Huawei) unregistered ស្ទើរតែទាំងអស់ ពី ៩០ នៅសល់ ២០`),
    nat(`ភ្នាក់ងារ Siem Reap ១៥ នាក់ ប្រើ MicroSIP លើ TCP នៅក្រោយ NAT ផ្ទះ។ តាំងពីថ្ងៃអង្គារដែលបើក RST ពួកគេ register ដាច់រៀងរាល់ ៣-៥ នាទី`),
    nat(`gateway Grandstream HT814 នៅក្រោយ office NAT ប្រើ TCP។ ចាប់ពីការផ្លាស់ប្តូររបស់បងម្សិលមិញ (RST) វា unregistered ហើយ register ថ្មីវិលជុំ`),
    nat(`forward ពីអតិថិជន: "ចាប់ពីថ្ងៃ ១២ phone ទាំងអស់នៅសាខាយើង unregistered ម្តងៗ"។ សាខានោះនៅក្រោយ NAT ប្រើ SIP TCP ហើយយើងបានបើក RST mode នៅថ្ងៃ ១២ ដដែល។ ថ្ងៃនេះនៅតែកើត`),
    nat(`ទំព័រ registration របស់ VOS ឥឡូវ online តែ ៤៥ ពី ១៣០។ អ្នកដែលបាត់ទាំងអស់នៅក្រោយ NAT ផ្ទះ ហើយប្រើ TCP។ យើងទើបតែប្តូរ SS_TCP_CLOSE_RESET ទៅ On ថ្ងៃសុក្រ`),
    nat(`bong, bondab pi bert RST mode, phone nov phteah krao router (TCP) register ot job te, dach rol 5 neati. phone nov office ot ei te`),
    nat(`bong, pi msel minh del bong pdor close mode nung, softphone agent krao NAT unregistered teang os. yerng prer TCP`),
    nat(`SS_TCP_CLOSE_RESET On rouch, IP phone nov sakha Battambang krao MikroTik NAT unregistered mdong mdong. TCP 5060`),
    nat(`ອ້າຍ, ຕັ້ງແຕ່ເປີດ RST mode (SS_TCP_CLOSE_RESET=On) ມື້ວານ, phone ຂອງພະນັກງານທີ່ເຮັດວຽກຢູ່ເຮືອນ ຢູ່ຫຼັງ router NAT ໃຊ້ TCP ຫຼຸດ register ເລື້ອຍໆ. ເຄື່ອງໃນຫ້ອງການທີ່ມີ IP ສາທາລະນະບໍ່ເປັນຫຍັງ`),
    nat(`ຫຼັງຈາກອ້າຍປ່ຽນ close mode ເປັນ RST, Yealink ໓໐ ເຄື່ອງຢູ່ຫຼັງ MikroTik NAT ທີ່ຫ້ອງການວຽງຈັນ unregistered ເປັນໄລຍະ. ພວກເຮົາໃຊ້ SIP over TCP`),
    nat(`SS_TCP_CLOSE_RESET="On" ແລ້ວ reparse. TIME_WAIT ຫຼຸດລົງແທ້ ແຕ່ softphone TCP ຫຼັງ router ບ້ານ unregistered ເກືອບໝົດ, ຈາກ ໘໐ ເຫຼືອ ໑໕`),
    nat(`ຕົວແທນຢູ່ຫຼວງພະບາງ ໑໐ ຄົນໃຊ້ Zoiper TCP ຢູ່ຫຼັງ NAT ບ້ານ. ຕັ້ງແຕ່ວັນອັງຄານທີ່ເປີດ RST ເຂົາເຈົ້າ register ຫຼຸດທຸກໆ ໕ ນາທີ`),
    nat(`gateway Dinstar ຢູ່ຫຼັງ office NAT ໃຊ້ TCP, ຕັ້ງແຕ່ການປ່ຽນແປງຂອງອ້າຍມື້ວານ (RST) ມັນ unregistered ແລ້ວ register ໃໝ່ວົນໄປ`),
    nat(`ໜ້າ registration ຂອງ VOS ຕອນນີ້ online ພຽງ ໒໒ ຈາກ ໑໑໐. ທັງໝົດທີ່ຫຼຸດແມ່ນຢູ່ຫຼັງ NAT ແລະໃຊ້ TCP. ມື້ກ່ອນພວກເຮົາຫາກໍ່ເປີດ RST mode`),
    nat(`ລູກຄ້າໂຮງແຮມຢູ່ວັງວຽງ ມີ IP phone ໔໐ ເຄື່ອງຢູ່ຫຼັງ router ຂອງໂຮງແຮມ, ລົງທະບຽນດ້ວຍ TCP. ຕັ້ງແຕ່ພວກເຮົາເປີດ SS_TCP_CLOSE_RESET ເຄື່ອງເຫຼົ່ານັ້ນ unregistered ສະຫຼັບກັບ online ທັງມື້`),
    nat(`ai, lang jak pert RST mode, phone yu huean lang router (TCP) register bor tid, lud tuk 5 nathi. phone nai hong kan bor pen nyang`),
    nat(`sabaidee, tang tae ai pian close mode mue van, softphone agent lang NAT unregistered mot. khoy sai TCP`),
    nat(`SS_TCP_CLOSE_RESET On laew, IP phone yu sakha Pakse lang MikroTik NAT unregistered pen laiya. TCP 5060`),
  ],
  firewallRst: [
    fw(`ဆရာ RST mode ဖွင့်ပြီးကတည်းက call တွေ hang ဖြစ်နေတယ်။ FortiGate log ထဲမှာ ဒါတွေ အများကြီး
date=2024-06-11 time=20:14:03 type="traffic" subtype="forward" srcip=10.10.1.5 srcport=5060 dstip=103.47.x.x dstport=41882 proto=6 action="deny" msg="no session matched"
TCP RST packet တွေကို FortiGate က drop နေတာ ထင်တယ်`),
    fw(`SS_TCP_CLOSE_RESET=On လုပ်ပြီးနောက် Cisco ASA နောက်က carrier ဆီ call တွေ ၁၅% လောက် fail ဖြစ်တယ်။ ASA log:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 203.x.x.x/51234 flags RST  on interface inside`),
    fw(`RST mode ဖွင့်ပြီးကတည်းက iptables conntrack က RST တွေကို INVALID အဖြစ် drop နေတယ်
kernel: INVALID DROP IN=eth0 OUT= SRC=10.0.0.5 DST=45.x.x.x LEN=40 PROTO=TCP SPT=5060 DPT=40211 WINDOW=0 RES=0x00 RST URGP=0
call တွေ ring ပြီးမှ ပြတ်သွားတာ၊ တချို့ BYE မရောက်လို့ hang နေတယ်`),
    fw(`ညက close mode ကို RST ပြောင်းလိုက်ပြီး ဒီမနက်ကစပြီး pfSense နောက်က customer PBX ဆီ call တွေ မဝင်တော့ဘူး၊ တချို့ ၃၀ စက္ကန့် hang ပြီး ပြတ်တယ်။ pfSense filter log မှာ TCP:R block (state mismatch) တွေ အများကြီး တွေ့တယ်`),
    fw(`Sophos XG log မှာ RST ဖွင့်ပြီးကတည်းက "Packet dropped (invalid TCP state) ... TCP flags: RST" ဆိုတာ တစ်မိနစ်ကို ရာချီ တက်နေတယ်။ call တွေ ကြိုးပြတ်ပြီး ပြန်ခေါ်ရ`),
    fw(`MikroTik firewall ရဲ့ connection-state=invalid action=drop counter က RST mode ဖွင့်ပြီးနောက် ရုတ်တရက် တက်လာတယ်၊ ၂ နာရီမှာ ၁ သောင်းကျော်။ အဲ့အချိန်ကစပြီး TCP trunk call တွေ မထွက်တော့ဘူး`),
    fw(`sayar RST phwint pee ka sa pee call twe hang phit nay tal. FortiGate log mhar "no session matched" twe a myar kyi pya tal, RST packet twe ko drop nay tar`),
    fw(`ko ko, SS_TCP_CLOSE_RESET On lote lite kaung ka sa pee ASA ka "Deny TCP (no connection) ... flags RST" twe twet nay tal. carrier call 20% lout fail`),
    fw(`a ko, ko ko change lote lite tae RST mode nauk mhar customer PBX firewall (pfSense) ka RST twe ko block nay tal, call twe 30 sec hang pee kya tal`),
    fw(`sayar, iptables log mhar "INVALID DROP ... RST" twe chi tal, RST mode phwint lite pee nauk mha. call ta chote ka connect ma phit buu`),
    fw(`បង តាំងពីបើក RST mode call ជាច្រើន hang ហើយដាច់។ FortiGate log:
date=2024-07-02 time=19:40:11 type="traffic" subtype="forward" srcip=172.16.0.10 srcport=5060 dstip=36.37.x.x dstport=50122 proto=6 action="deny" msg="no session matched"
ប្រហែល FortiGate drop RST packet`),
    fw(`ក្រោយ SS_TCP_CLOSE_RESET=On, call ទៅ carrier ឆ្លងកាត់ Cisco ASA fail ប្រហែល ២០%។ ASA log:
%ASA-6-106015: Deny TCP (no connection) from 172.16.5.2/5060 to 118.x.x.x/38811 flags RST  on interface outside`),
    fw(`pfSense របស់អតិថិជន block TCP:R ច្រើនណាស់ ចាប់តាំងពីយើងប្តូរទៅ RST mode។ filter log ពេញដោយ "TCP:R ... blocked, no state"។ call ចូល PBX របស់គេមិនបាន`),
    fw(`iptables conntrack drop RST ថា INVALID តាំងពីយើងបើក RST
IN=eth1 OUT= SRC=10.1.0.9 DST=103.x.x.x PROTO=TCP SPT=5060 DPT=45900 RST URGP=0 ctstate INVALID
call ខ្លះ ring ហើយដាច់ ខ្លះ hang មិនព្រមបិទ`),
    fw(`Sophos XG នៅ Phnom Penh office ឃើញ "TCP flags RST dropped, no matching connection" រាប់ពាន់ដងក្នុងមួយម៉ោង តាំងពីបើក SS_TCP_CLOSE_RESET។ call hang ហើយ agent ត្រូវដាក់ទូរស័ព្ទ ហៅថ្មី`),
    fw(`MikroTik របស់យើង connection-state=invalid drop counter ឡើង ២ ម៉ឺន ក្នុងមួយយប់ តាំងពីបើក RST mode។ call ខ្លះ hang មិនព្រមបិទ ខ្លះ setup មិនបាន`),
    fw(`បន្ទាប់ពីបងប្តូរ close mode ម្សិលមិញ call ទៅ PBX អតិថិជនដែលនៅក្រោយ firewall stateful មិនចូល។ firewall admin របស់គេប្រាប់ថាឃើញ RST out of state ត្រូវ drop`),
    fw(`bong, bondab pi bert RST, FortiGate drop packet RST "no session matched" jrern, call hang rouch dach`),
    fw(`SS_TCP_CLOSE_RESET On rouch, ASA log "Deny TCP (no connection) flags RST", call tov carrier fail 15%`),
    fw(`bong, pi bong pdor close mode, pfSense customer block TCP:R, call chol ot ban`),
    fw(`ອ້າຍ, ຕັ້ງແຕ່ເປີດ RST mode ສາຍຄ້າງແລ້ວຫຼຸດຫຼາຍ. FortiGate log:
date=2024-08-05 time=21:02:47 type="traffic" subtype="forward" srcip=10.20.1.5 srcport=5060 dstip=115.84.x.x dstport=39012 proto=6 action="deny" msg="no session matched"
ຄືວ່າ FortiGate drop packet RST`),
    fw(`ຫຼັງ SS_TCP_CLOSE_RESET=On ການໂທຜ່ານ Cisco ASA ລົ້ມເຫຼວປະມານ ໑໘%. ASA log:
%ASA-6-106015: Deny TCP (no connection) from 10.2.2.8/5060 to 202.x.x.x/47001 flags RST  on interface inside`),
    fw(`pfSense ຂອງລູກຄ້າ block TCP:R ຫຼາຍຫຼາຍ ຕັ້ງແຕ່ພວກເຮົາປ່ຽນເປັນ RST mode. ສາຍເຂົ້າ PBX ຂອງເຂົາເຈົ້າບໍ່ໄດ້ ແລະ ບາງສາຍຄ້າງ ໓໐ ວິນາທີແລ້ວຫຼຸດ`),
    fw(`iptables ຢູ່ເຄື່ອງ VOS drop RST ເປັນ INVALID ຕັ້ງແຕ່ເປີດ RST
kernel: INVALID DROP IN=eth0 SRC=10.0.0.5 DST=183.x.x.x PROTO=TCP SPT=5060 DPT=52100 RST URGP=0
ສາຍດັງແລ້ວຫຼຸດ, ບາງສາຍວາງບໍ່ລົງ`),
    fw(`Sophos XG ຢູ່ຫ້ອງການ log ຂຶ້ນ "Packet dropped ... TCP flags: RST ... invalid state" ຫຼາຍພັນເທື່ອ ຕັ້ງແຕ່ມື້ທີ່ເປີດ SS_TCP_CLOSE_RESET. ສາຍຄ້າງ ແລະ ໂທອອກບໍ່ຕິດ ໒໐%`),
    fw(`MikroTik counter ຂອງ rule connection-state=invalid drop ເພີ່ມຂຶ້ນ ໓ ໝື່ນ ໃນຄືນດຽວ ຫຼັງເປີດ RST mode. ສາຍ TCP trunk ໂທບໍ່ອອກ ບາງສາຍຄ້າງ`),
    fw(`ຫຼັງຈາກອ້າຍປ່ຽນ close mode ມື້ວານ, ສາຍເຂົ້າ PBX ລູກຄ້າທີ່ຢູ່ຫຼັງ stateful firewall ບໍ່ເຂົ້າ. admin ຂອງເຂົາເຈົ້າບອກວ່າເຫັນ RST out of state ຖືກ drop`),
    fw(`ai, lang pert RST, FortiGate drop RST "no session matched" lai, sai kang laew lud`),
    fw(`SS_TCP_CLOSE_RESET On laew, iptables log "INVALID DROP ... RST", sai ork bor tid 20%`),
    fw(`tang tae ai pian close mode, pfSense khong luk kha block TCP:R, sai khao bor dai`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning162Set: readonly EvalItem[] = Object.values(tuning162Families).flat();
