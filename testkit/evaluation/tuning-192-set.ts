import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP operators, call centres and resellers in Pakistan, writing on WhatsApp: Roman Urdu (about 45%), Urdu in
 * Nastaliq script (about 25%), Punjabi in Shahmukhi and Latin script (about 20%), Sindhi and Pashto mixes (about 10%),
 * all with English technical words. Numbers as "28k", "30 hazar", "ہزار", "lakh" and Urdu digits (۳۵); greetings
 * "AoA", "Assalam o Alaikum", "bhai jaan", "sir g", "paaji", "Saeen", "Lala".
 *
 * The hundred-and-ninety-second tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-ninety-second never-tuned set, before the sixty-eighth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-eighth round, then made tuning
 * material for the sixty-ninth: bench/classify lists its misses.
 *
 * One message of firewallRst, which normalised as one of the eighty-second tuning split's, was left out.
 * First measured, before any tuning on it: in scope 98.9 %, negatives confident 1.5 %, confident wrong 0 % with the rules of
 * the sixty-seventh round, before the sixty-eighth.
 * After the sixty-eighth round: the same.
 * After the sixty-ninth round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning192Families = {
  oneListeningPort: [
    no(`AoA bhai, server restart kiya tha, ab mbx3000 start nahi ho raha. log me likha hai "bind 0.0.0.0:5060 failed: Address already in use". lagta hai purana process abhi bhi chal raha hai, kya karun?`),
    no(`sir g web portal nahi khul raha, tomcat ke catalina.out me ye aa raha hai:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-nio-8080"]
java.net.BindException: Address already in use
Calls theek chal rahi hain, sirf portal down hai`),
    no(`Assalam o Alaikum, maine server pe nginx install kiya billing page ke liye, ab apache start nahi hota: (98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80 . dono ek saath chal sakte hain?`),
    no(`bhai jaan mysql restart kiya to utha hi nahi. error: "Can't start server: Bind on TCP/IP port: Address already in use. Do you already have another mysqld server running on port: 3306 ?" VOS ka data to safe hai na??`),
    no(`docker me apna CDR dashboard chalaya to ye aya: Error starting userland proxy: Bind for 0.0.0.0:3000 failed: port is already allocated. server pe load bilkul normal hai, 40-50 calls sirf`),
    no(`sir ye dekhen, systemctl start mbx3000d fail ho gaya, journal me "bind 5060 EADDRINUSE".
netstat -tlnp | grep 5060
tcp  0  0 0.0.0.0:5060  0.0.0.0:*  LISTEN  1893/mbx3000d
ye 1893 to kal wala purana pid hai jo restart me band nahi hua. isko kill kar dun?`),
    no(`redis start nahi ho rahi "Could not create server TCP listening socket *:6379: bind: Address already in use" humara reseller panel isi pe chalta hai, panel login nahi ho raha`),
    no(`hamare developer ke laptop pe node ka dev server "Error: listen EADDRINUSE: address already in use :::3000" de raha hai, wo VOS API se rates uthane wala script bana raha tha. ye server ka masla hai ya uske laptop ka?`),
    no(`bhai VOS web client 8080 pe nahi chal raha, kisi ne usi port pe jenkins laga diya tha. ab kya karun, web client ka port change karun ya jenkins hatao?`),
    no(`mbx3000 restart ke baad bhi 5060 busy dikhata hai, ss -ltnp me purana pid 4412 abhi tak LISTEN me hai. naya process "Address already in use" bol ke exit ho jata hai. kill -9 safe hai?`),
    no(`sir g phpmyadmin ke liye apache 443 pe lagaya, lekin wahan pehle se nginx SSL chal raha tha. ab apache "Address already in use" deta hai. koi TIME_WAIT wala issue to nahi? server pe sirf 30 calls hain`),
    no(`humne SIP server ke saath ek Asterisk bhi install kar diya tha test ke liye, ab VOS restart kiya to 5060 bind nahi kar raha "Address already in use". asterisk band karun to theek ho jayega?`),
    no(`السلام علیکم، سرور ری اسٹارٹ کے بعد ویب پورٹل نہیں کھل رہا۔ لاگ میں لکھا ہے: java.net.BindException: Address already in use (Bind failed) پورٹ 8080۔ کالز ٹھیک چل رہی ہیں، صرف پورٹل کا مسئلہ ہے۔`),
    no(`بھائی جان، mysql سروس اسٹارٹ نہیں ہو رہی، کہتی ہے پورٹ 3306 پہلے سے استعمال میں ہے۔ شاید پرانا پروسیس اٹکا ہوا ہے؟`),
    no(`سر جی، nginx -t چلایا تو یہ آیا:
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
ہمارے ری سیلر پینل کا ایس ایس ایل اسی پر ہے۔`),
    no(`softswitch دوبارہ چلانے کی کوشش کی لیکن 5060 پر پہلے سے ایک پرانا mbx3000d بیٹھا ہے، نیا شروع ہی نہیں ہوتا۔ کیا پرانے کو kill کر دوں؟`),
    no(`ڈوکر کنٹینر میں ہمارا بلنگ ایپ چلتا ہے، اب شروع نہیں ہوتا: port is already allocated 8443 ۔ سرور پر کوئی خاص لوڈ نہیں، ۲۰ کالز ہیں۔`),
    no(`ہمارے آئی ٹی والے نے سرور پر zabbix agent ڈالا، اب دوسرا مانیٹرنگ ایجنٹ 10050 پر بائنڈ نہیں ہو رہا، "Address already in use"۔ کیا یہ VOS کا مسئلہ ہے؟`),
    no(`ایک ہی سرور پر دو ویب کلائنٹ چلانے ہیں، دوسرا 8080 پر نہیں اٹھتا، ایڈریس ان یوز کہتا ہے۔ دوسرے کا پورٹ کیسے بدلوں؟`),
    no(`Paaji server restart kita te portal ni khul reha, tomcat keh reha 8080 pehlan ee use ch ae (Address already in use). calls theek chal rahiyan ne, bas portal da masla ae`),
    no(`sir g kal raat mbx3000d restart kita si, hun 5060 te bind nai ho reha, purana process ajey vi baitha ae. ki karaan, kill kar deyiye?`),
    no(`سر جی، اپاچی چالو نئیں ہو رہیا، آکھدا اے Address already in use پورٹ 80۔ ساڈا nginx وی ایسے سرور تے چلدا اے۔`),
    no(`بھا جی، mysql نئیں چلدی پئی، 3306 تے کوئی ہور پروسیس بیٹھا اے۔ ذرا ویکھ لؤ`),
    no(`oye bhai, munde ne apne laptop te dev server chalaya te "EADDRINUSE 127.0.0.1:5000" aa gaya. ohnu ki dasaan? VOS server te taan sab theek ae`),
    no(`Saeen, server restart kayo aa, hane web portal na thi khule. log mein aahe "Address already in use 8080". calls theek hal rahiyun aahin`),
    no(`Khan sahib, ma server restart kro, os mysql na chalegi, wayi "Bind on TCP/IP port: Address already in use" 3306. yaara sa okrum?`),
    no(`سائين، nginx شروع نه ٿو ٿئي، bind() to 0.0.0.0:80 failed (98: Address already in use). اسان جو ريسيلر پينل ان تي آهي`),
  ],
  otherRegistrationCause: [
    no(`AoA, aaj subah se 15 SIP phones unregistered hain. raat ko humne sab extensions ke password change kiye the, shayad phones me purane password hain? log me 401 Unauthorized aa raha`),
    no(`sir g hamare office ka ISP change hua kal Nayatel se Stormfiber, ab sab Grandstream phones unregistered. hum UDP 5060 use karte hain, TCP nahi. public IP bhi badal gaya hai aur wo whitelist me nahi`),
    no(`bhai jaan reseller ka account suspend ho gaya balance khatam hone pe, uske saare users unregistered dikh rahe. recharge karne ke baad theek ho jayenge?`),
    no(`Assalam o Alaikum, light gayi thi 4 ghante, UPS bhi khatam ho gaya. ab router on hai lekin 8 phones abhi tak register nahi hue, PoE switch ki light bhi band hai`),
    no(`sir gateway unregistered hai kyun ke hamne domain ka DNS change kiya, gateway me abhi purana domain sip.oldname.pk hai jo ab resolve nahi hota`),
    no(`hamare call centre me naya TP-Link router lagaya, us me SIP ALG on tha, phones register/unregister hote rahte. sab NAT ke peeche hain lekin UDP use karte hain, RST ka kuch nahi chhera`),
    no(`licence expire ho gaya lagta hai, client bol raha hai "registration failed, license limit". VOS ka renewal kitne din me hota hai?`),
    no(`AoA, Zoiper pe ek agent ka account register nahi hota, "403 Forbidden". usne 5 baar ghalat password dala tha, shayad block ho gaya`),
    no(`PTCL ka internet pure area me down hai, phones unregistered hain. jab net aayega tab khud register ho jayenge na?`),
    no(`sir g ek branch ke phones unregistered, wahan ki static IP expire hui aur nayi IP whitelist me nahi. baqi sab branches theek. RST wagera kuch nahi chhera`),
    no(`bhai server ka IP change kiya data centre shift pe, phones me abhi purana IP dala hua hai, isliye sab unregistered. auto provisioning se naya IP kaise push karun?`),
    no(`GoIP 8 port wala SIM gateway unregistered hai. uska power adapter kharab ho gaya, subah se band pada hai`),
    no(`السلام علیکم، کل رات ہم نے تمام ایکسٹینشنز کے پاس ورڈ بدلے، آج صبح سے بیس فون ان رجسٹرڈ ہیں۔ لاگ میں 401 آ رہا ہے۔`),
    no(`سر جی، ہمارا اکاؤنٹ بیلنس ختم ہونے پر معطل ہو گیا، اب تمام ایجنٹس ان رجسٹرڈ ہیں۔ ادائیگی کر دی ہے، کب بحال ہوگا؟`),
    no(`بھائی جان، آفس میں بجلی گئی تھی، اب سوئچ بند ہے اس لیے فونز رجسٹر نہیں ہو رہے۔ سرور میں تو کوئی مسئلہ نہیں؟`),
    no(`ہمارا ڈومین بدل گیا ہے، گیٹ وے میں پرانا نام ہے جو اب ریزولو نہیں ہوتا، اس لیے گیٹ وے ان رجسٹرڈ ہے۔ نیا ڈومین کہاں ڈالیں؟`),
    no(`ہم صرف UDP استعمال کرتے ہیں، نیا راؤٹر لگایا ہے جس میں SIP ALG آن ہے، فون NAT کے پیچھے ہیں اور بار بار رجسٹریشن کھو دیتے ہیں۔`),
    no(`لائسنس کی مدت ختم ہو گئی ہے شاید، نئے یوزر رجسٹر نہیں ہو رہے۔ تجدید کیسے کریں؟`),
    no(`ایک ایجنٹ کا سافٹ فون رجسٹر نہیں ہوتا، اس نے یوزر نیم میں اسپیس ڈال دی تھی۔ باقی سب ٹھیک ہیں۔`),
    no(`paaji saade phone unregistered ne, kal internet wale ne router badal ditta te navi IP aa gayi. UDP te chalde ne sab`),
    no(`sir g bijli gayi si, generator vi nai chaleya, hun phone on ne par register nai ho rahe. switch ajey band ae`),
    no(`بھا جی، اکاؤنٹ دا بیلنس مک گیا سی تے سارے یوزر ان رجسٹرڈ ہو گئے۔ پیسے پا دتے نیں، ہن کدوں چلن گے؟`),
    no(`سر جی، پاسورڈ بدلیا سی کل، ہن فون 401 دیندے پئے نیں۔ فون وچ نواں پاسورڈ پانا پوے گا؟`),
    no(`bhai gateway di licence khatam ho gayi, vendor keh reha renew karo. ohi VOS vich unregistered dikha reha`),
    no(`Saeen, asanjo internet band aahe subuh khaan, phones unregistered aahin. PTCL waro chave fault aahe`),
    no(`Lala, zmung account balance khatam shwe, suspend shwe, sab users unregistered di. payment mo okre, kala ba chalegi?`),
    no(`ورور، موږ د سرور IP بدل کړ، خو په ټیلیفونونو کې زوړ IP دی، ځکه unregistered دي`),
  ],
  smallFigures: [
    no(`AoA sir, ss -s ka output dekh len normal hai ya nahi?
Total: 356
TCP:   212 (estab 48, closed 140, orphaned 0, timewait 138)
raat ke 11 baje hain, 20-25 calls chal rahi hain`),
    no(`bhai jaan TIME_WAIT hota kya hai? netstat me 300 ke qareeb dikh rahe hain, koi khatra to nahi?`),
    no(`sir g ye SS_TCP_CLOSE_RESET kya karta hai? hamare dost ne bola on kar do performance ke liye. abhi off hai, pehle samajhna hai`),
    no(`agar hum RST mode on karen to jo phones MikroTik ke peeche hain unpe asar parega? abhi kuch change nahi kiya, pehle poochna tha`),
    no(`Assalam o Alaikum, hamara CPS 5-6 hai peak pe, kya hamein tcp_tw_reuse on karna chahiye ya zaroorat nahi?`),
    no(`netstat -an | grep TIME_WAIT | wc -l
412
ye theek hai? server pe 2 hazar minute roz ki traffic hai`),
    no(`sir ip_local_port_range default 32768 60999 hai, kya isko barhana chahiye? abhi koi masla nahi bas agle saal ki planning hai`),
    no(`hum 50k minutes daily karte hain, kya RST mode ki zaroorat hogi? firewall FortiGate hai. abhi kuch enable nahi kiya`),
    no(`TIME_WAIT kitni der rehta hai Linux me? 60 second? abhi 90 ke qareeb hain`),
    no(`sir g monthly health check bhej raha hoon: estab 120, timewait 260, CPU 12%, load 0.4. sab normal?`),
    no(`kya SIP over UDP pe SS_TCP_CLOSE_RESET ka koi asar hai? hamare sab trunks UDP pe hain`),
    no(`bhai FIN aur RST me farq samjha do simple alfaaz me, client ko explain karna hai ke graceful close kya hota hai`),
    no(`السلام علیکم، TIME_WAIT کیا ہوتا ہے؟ ہمارے سرور پر تقریباً دو سو نظر آ رہے ہیں، کیا فکر کی بات ہے؟`),
    no(`سر جی، یہ ss -s کا آؤٹ پٹ نارمل ہے؟
TCP: 180 (estab 60, closed 95, orphaned 0, timewait 92)
کالز بالکل ٹھیک ہیں۔`),
    no(`اگر ہم RST موڈ آن کریں تو کیا NAT کے پیچھے والے فونز پر اثر پڑے گا؟ ابھی کچھ نہیں بدلا۔`),
    no(`SS_TCP_CLOSE_RESET کا ڈیفالٹ کیا ہے اور یہ کس فائل میں ہوتا ہے؟`),
    no(`ہمارا سی پی ایس صرف ۸ ہے، کیا tcp_tw_reuse کی ضرورت ہے؟`),
    no(`بھائی جان، پانچ سو TIME_WAIT ایک چھوٹے سرور کے لیے زیادہ ہیں یا ٹھیک ہیں؟ کوئی کال فیل نہیں ہو رہی۔`),
    no(`کیا فائر وال کے ساتھ RST موڈ چلانا محفوظ ہے؟ ہم اگلے مہینے ٹریفک بڑھانے کا سوچ رہے ہیں۔`),
    no(`paaji eh timewait 150 ne, changa ae ke mada? server te 30 kuj calls ne`),
    no(`sir g RST wala setting on karan te ki faida hovega? saada traffic thoda ae, 3-4 hazar minute din da`),
    no(`بھا جی، TIME_WAIT کی ہوندا اے؟ ساڈے کول ڈھائی سو دسدا پیا اے`),
    no(`سر جی جے RST آن کریئے تے فائر وال والے مسئلہ کرن گے؟ حالے کجھ نئیں کیتا`),
    no(`bhai ss -s vich timewait 74 aa, eh normal ae na? raat nu load ghat hunda`),
    no(`Saeen, TIME_WAIT 200 aahin, iho normal aahe? calls theek hal rahiyun aahin`),
    no(`Lala, SS_TCP_CLOSE_RESET sa kar kawi? mung UDP kaarawo, zaroorat shta?`),
    no(`سائين، جيڪڏهن RST موڊ آن ڪريون ته NAT واري فونن تي اثر ٿيندو؟ اڃا ڪجهه نه بدلايو`),
  ],
  firewallNoRst: [
    no(`AoA sir, FortiGate pe naye carrier ka IP whitelist karna hai 185.22.x.x, policy kaise banayein 5060 UDP aur RTP ke liye?`),
    no(`bhai jaan fail2ban ne hamare apne office ka IP ban kar diya, agents web portal nahi khol pa rahe. unban kaise karun?`),
    no(`sir g MikroTik pe port forwarding chahiye 5060 aur RTP 10000-20000 ke liye, dst-nat ki config bhej den`),
    no(`pfSense pe geo-block lagana hai, sirf Pakistan aur UAE allow. SIP scanner bohat aa rahe hain raat ko`),
    no(`Cisco ASA pe SIP inspection on rakhun ya off? carrier keh raha hai one-way audio hai kuch calls me`),
    no(`Sophos firewall ka config review kar den please, naya lagaya hai. koi drop ya masla nahi, bas confirm karna hai sab sahi hai`),
    no(`iptables me 5060 TCP open karna hai naye client ke liye, rule bata den. -A INPUT hi lagana hai na?`),
    no(`router pe SIP ALG band kaise karte hain? PTCL ka Huawei ONT hai`),
    no(`firewall logs me bohat saare SIP scanner attempts aa rahe "friendly-scanner" user agent se. block kaise karun?`),
    no(`AoA, FortiGate pe SIP ke liye session-ttl barhana chahiye? abhi koi drop nahi ho raha, bas best practice poochni thi`),
    no(`humne naya carrier liya hai, unke signalling IP 2 hain, dono allow karne hain iptables me, aur RTP range bhi. rules likh den`),
    no(`sir g ufw enable kiya to web portal band ho gaya, 8080 allow karna bhool gaya tha. ab allow kar diya theek hai, bas bata raha tha`),
    no(`السلام علیکم، فورٹی گیٹ پر نئے کیریئر کا آئی پی وائٹ لسٹ کرنا ہے، پالیسی کیسے بنائیں؟`),
    no(`سر جی، fail2ban نے ہمارے ایجنٹ کا آئی پی بین کر دیا ہے، اسے کیسے ان بین کریں؟`),
    no(`میکروٹک پر پورٹ فارورڈنگ کی کنفیگ چاہیے ۵۰۶۰ اور آر ٹی پی کے لیے۔`),
    no(`ہم فائر وال پر صرف پاکستان کے آئی پی اجازت دینا چاہتے ہیں، جیو بلاکنگ کیسے کریں؟`),
    no(`راؤٹر میں SIP ALG بند کرنا ہے، یہ آپشن کہاں ہوتا ہے؟`),
    no(`ہمارے فائر وال کی کنفیگ ریویو کر دیں، اس میں کوئی ڈراپ نہیں ہو رہا، بس یقین کرنا ہے کہ سب ٹھیک ہے۔`),
    no(`iptables میں نئے کلائنٹ کے لیے 5060 TCP کھولنا ہے، رول بتا دیں۔`),
    no(`paaji FortiGate te navi carrier di IP allow karni ae, kiwen karaan?`),
    no(`sir g fail2ban ne saada apna IP ban kar ditta, hun ki karaan`),
    no(`بھا جی، میکروٹک تے 5060 دا پورٹ فارورڈ کرنا اے، کنفیگ بھیج دیو`),
    no(`سر جی، راؤٹر وچ SIP ALG بند کرنا اے، کتھے ہوندا اے؟`),
    no(`bhai pfSense te sirf Pakistan allow karna ae, scanner bohat aunde ne`),
    no(`Saeen, firewall te nayo carrier IP whitelist karan aahe, rule bhejo`),
    no(`Lala, fail2ban zmung office IP ban krey, unban sanga kawo?`),
    no(`ورور، په میکروټیک کې د 5060 پورټ فارورډ څنګه وکړم؟`),
  ],
  negationContext: [
    no(`AoA sir, phones unregistered hue the lekin ye password change ke baad hua, humne phones me naya password daal diya ab sab theek. bas batana tha`),
    no(`bhai jaan hum UDP only use karte hain, TCP band hai aur RST kabhi enable nahi kiya. phones ISP ki maintenance ki wajah se unregistered hue the, ab wapis aa gaye`),
    no(`sir g wo TIME_WAIT wala masla pichle mahine solve ho gaya tha, shukriya. 28k se ghat ke ab peak pe bhi 900 ke qareeb hain`),
    no(`FYI purana ticket forward kar raha hoon record ke liye:
"15 March: address already in use on outgoing connects, 35k TIME_WAIT, fixed by tcp_tw_reuse + port range"
ab sab theek hai, koi action nahi chahiye`),
    no(`Assalam o Alaikum, SS_TCP_CLOSE_RESET kabhi on nahi kiya, Off hi hai default pe. client ki calls theek 30 minute pe kat jati hain, wo unke carrier ka session timer nikla`),
    no(`kisi ne kuch change nahi kiya, RST off hai, firewall wahi purana. phones is liye unregistered the ke building me light nahi thi. ab aa gayi sab theek`),
    no(`shukriya sir, aap ke kehne pe RST off kiya aur FortiGate pe policy update ki, ab calls normal. timewait bhi 400 ke qareeb hai`),
    no(`sir ye purana ticket hai 2023 ka, "FortiGate no session matched after RST", resolved ho chuka. auditor ne maanga tha isliye bhej raha hoon`),
    no(`hum ne RST mode enable karne ka socha tha lekin kiya nahi. abhi koi issue nahi, sirf bata raha hoon`),
    no(`bhai jaan "cannot assign requested address" wala error ab nahi aa raha port range barhane ke baad. thanks, ticket close kar den`),
    no(`phones unregistered the, NAT wale, lekin RST ki wajah se nahi. unka account expire ho gaya tha, renew kar diya to register ho gaye`),
    no(`client ne shikayat ki thi ke calls fail, humne dekha to RST off hai, UDP hai, aur carrier ka balance khatam tha. recharge ke baad theek`),
    no(`السلام علیکم، پچھلے مہینے والا TIME_WAIT کا مسئلہ حل ہو گیا تھا، شکریہ۔ اب رش کے وقت بھی آٹھ سو سے کم ہیں۔`),
    no(`ہم صرف UDP استعمال کرتے ہیں، RST کبھی آن نہیں کیا۔ فون اس لیے ان رجسٹرڈ ہوئے کہ انٹرنیٹ بند تھا۔`),
    no(`ریکارڈ کے لیے پرانا ٹکٹ بھیج رہا ہوں: "فائر وال RST ڈراپ کر رہا تھا، پالیسی بدل کر حل ہوا"۔ اب کوئی مسئلہ نہیں۔`),
    no(`پاس ورڈ بدلنے کے بعد فون ان رجسٹرڈ ہوئے تھے، نیا پاس ورڈ ڈالا تو ٹھیک ہو گئے۔`),
    no(`کسی نے کچھ نہیں بدلا، SS_TCP_CLOSE_RESET بند ہے۔ بس پوچھنا تھا کہ یہ سیٹنگ کہاں ہوتی ہے۔`),
    no(`شکریہ سر، آپ کے بتانے کے بعد tcp_tw_reuse آن کیا، اب "address already in use" نہیں آتا اور ٹائم ویٹ دو ہزار سے کم ہیں۔`),
    no(`ہم نے RST موڈ آن کرنے کا ارادہ کیا تھا لیکن نہیں کیا، سب ٹھیک چل رہا ہے۔`),
    no(`paaji oh timewait wala masla hal ho gaya si pichle hafte, shukriya. hun peak te 600 kuj ne`),
    no(`sir g asi UDP te hi aan, RST kade on nai kita. phone bijli jaan karke unregistered hoye si, hun theek ne`),
    no(`بھا جی، پرانی ٹکٹ ریکارڈ لئی گھل ریہا واں، RST والا مسئلہ حل ہو چکیا سی`),
    no(`سر جی، پاسورڈ بدلن توں بعد فون ان رجسٹرڈ ہوئے سن، ہن ٹھیک نیں`),
    no(`bhai kise ne kuj nai badleya, RST off ae, firewall vi oho purana. bas confirm karna si ke sab theek ae`),
    no(`Saeen, TIME_WAIT wala masla hal thi wayo, meharbani. hane 500 aahin peak te`),
    no(`Lala, mung RST hes kala on na kro, UDP kaarawo. phones da internet da wajah na unregistered wo, os theek di`),
    no(`سائين، پراڻو ٽڪيٽ رڪارڊ لاءِ موڪلي رهيو آهيان، address already in use وارو مسئلو حل ٿي چڪو آهي`),
  ],
  portExhaustion: [
    pe(`AoA sir urgent!! shaam 8 baje peak pe calls fail ho rahi hain, log me "cannot assign requested address" jab server carrier ko connect karta hai. ss -s:
Total: 31890
TCP:   31245 (estab 2110, closed 28870, orphaned 12, timewait 28790)`),
    pe(`bhai jaan har raat 9 se 11 busy hours me naye TCP connection nahi bante, netstat me 28k TIME_WAIT. baqi din sab theek chalta hai`),
    pe(`sir g mbx3000 log:
connect to 10.20.1.5:5060 failed: Cannot assign requested address (errno 99)
connect to 10.20.1.7:5060 failed: Cannot assign requested address (errno 99)
ye baar baar aa raha hai peak me, CPS 180 ke qareeb hai`),
    pe(`Assalam o Alaikum, hamare call centre ka dialer 250 CPS pe chalta hai, peak me outgoing TCP connects pe EADDRINUSE aa raha hai aur calls drop. netstat -an | grep TIME_WAIT | wc -l = 41,302`),
    pe(`sir pichle 3 din se raat ko 8:30 ke baad calls nahi lagti, 20-25 minute baad khud theek ho jata hai. us waqt TIME_WAIT 30 hazar tak chala jata hai`),
    pe(`bhai server pe ports khatam ho rahe hain lagta hai. ip_local_port_range 32768 60999 hai aur timewait 27k. rush me naye connections nahi ban rahe`),
    pe(`forwarded from NOC:
"PK-KHI-VOS01 peak 20:00-22:00: outbound SIP/TCP connects failing with EADDRINUSE, TIME_WAIT 35k+, ASR dropped to 22%"
please check urgent`),
    pe(`sir g VOS server pe peak me "java.net.BindException: Cannot assign requested address" aata hai jab wo carrier ko naya connection kholta hai, aur TIME_WAIT 30k ke upar. calls fail`),
    pe(`ye dekhen bhai:
ss -tan state time-wait | wc -l
38211
aur isi waqt calls fail ho rahi hain, client ko 503 ja raha hai. CPS 220`),
    pe(`AoA, hamare 4 reseller complaint kar rahe hain ke raat ko calls "network error" de rahi hain. server log me outgoing carrier connect pe "tcp connect failed: Address already in use", timewait 25 hazar`),
    pe(`sir g jab CPS 150 se upar jata hai to outgoing TCP connects fail ho jate hain, EADDRINUSE. daily 1 lakh ke qareeb calls hain. RST mode abhi off hai`),
    pe(`bhai busy hour me server kisi bhi carrier ko naya TCP connection nahi khol pata, sab ports TIME_WAIT me phanse hain (29k). tcp_tw_reuse karun?`),
    pe(`peak pe ports khatam, 28k timewait, calls fail. help`),
    pe(`sir kal jo baat hui thi, aaj phir wahi hua 9 baje, outgoing connects pe EADDRINUSE aur 33k TIME_WAIT. ab tak theek nahi hua`),
    pe(`السلام علیکم سر، شام کے رش میں کالز فیل ہو رہی ہیں، لاگ میں "cannot assign requested address" آتا ہے جب سرور کیریئر سے کنیکٹ کرتا ہے۔ ٹائم ویٹ اٹھائیس ہزار۔`),
    pe(`سر جی، رات نو بجے کا ss -s:
TCP: 36012 (estab 1890, closed 33900, orphaned 5, timewait 33850)
اس وقت نئے کنیکشن نہیں بن رہے، کالز فیل۔`),
    pe(`بھائی جان، پیک پر ہمارا سرور نئے TCP کنیکشن نہیں بنا پاتا، TIME_WAIT تیس ہزار سے اوپر چلے جاتے ہیں۔`),
    pe(`ہمارے ڈائلر کا سی پی ایس ۲۰۰ ہے، رش کے وقت باہر جانے والے کنیکشنز پر EADDRINUSE آ رہا ہے اور کالز ڈراپ۔`),
    pe(`فوری مدد چاہیے، رات کے رش میں کالز نہیں لگ رہیں، netstat میں ۴۰ ہزار TIME_WAIT ہیں۔`),
    pe(`سر، لگتا ہے پورٹس ختم ہو رہی ہیں، ip_local_port_range ڈیفالٹ ہے اور رش میں کالز فیل ہو جاتی ہیں۔ ٹائم ویٹ ۲۷ ہزار۔`),
    pe(`کل والا مسئلہ آج پھر ہوا، نو بجے کے بعد BindException: Cannot assign requested address آیا اور کالز رک گئیں۔ ٹائم ویٹ بتیس ہزار۔`),
    pe(`paaji raat nu rush vele calls fail ho rahiyan, log ch "cannot assign requested address" aunda. timewait 30 hazar`),
    pe(`sir g peak te navey connection nai ban rahe, 26k TIME_WAIT pae ne. CPS 170 aa`),
    pe(`بھا جی، شام نوں رش ویلے کالاں فیل ہو جاندیاں نیں، ٹائم ویٹ تیہہ ہزار توں اتے چلے جاندے نیں`),
    pe(`سر جی، باہر جان والے کنکشن تے EADDRINUSE آندا پیا اے، پیک ویلے۔ ss وچ ۳۵ ہزار ٹائم ویٹ`),
    pe(`bhai ss -s dekho: timewait 31004, estab 2200. 9 vaje to baad koi call nai lagdi`),
    pe(`ری سیلر شکایتاں کردے پئے نیں، رش ویلے کالاں فیل، سرور تے ۳۲ ہزار TIME_WAIT ساکٹ نیں`),
    pe(`Saeen, raat je rush mein calls fail thiyan piyun, "cannot assign requested address" ache tho. TIME_WAIT 28 hazar`),
    pe(`Lala, peak ke nawe TCP connections na jorregi, 30k TIME_WAIT di, calls fail kegi`),
    pe(`سائين، رش وقت ڪالون فيل ٿين ٿيون، TIME_WAIT ٽيهه هزار آهن، نوان ڪنيڪشن نٿا ٺهن`),
  ],
  natUnregistered: [
    nat(`AoA sir, kal aap ne SS_TCP_CLOSE_RESET on kiya tha, us ke baad se ghar se kaam karne wale agents ke softphones (MicroSIP, TCP pe) unregistered ho jate hain har thodi der baad. sab home routers ke peeche hain`),
    nat(`bhai jaan RST mode on karne ke baad MikroTik ke peeche wale sab Yealink phones unregistered. TCP transport hai. office ke public IP wale phones theek hain`),
    nat(`sir g jab se aap ne close mode change kiya hai, hamare branch office ke NAT ke peeche wale phones baar baar registration kho rahe. SIP over TCP use karte hain`),
    nat(`Assalam o Alaikum, softswitch.conf me SS_TCP_CLOSE_RESET=On karke service mbx3000d reparse kiya, ab home agents (Zoiper TCP) har 5-10 min me unregistered. sirf NAT wale`),
    nat(`sir parson RST wala change hua tha. us din se hamare 60 remote agents jo PTCL routers ke peeche hain registration drop kar rahe. TCP pe hain sab`),
    nat(`bhai kal raat ki change ke baad se Grandstream gateways jo office NAT ke peeche hain unregistered dikh rahe. transport TCP. direct public IP wale gateways theek`),
    nat(`forwarded ticket:
"Since RST mode was enabled on VOS (ticket #4471), NATed TCP extensions drop registration every few minutes. UDP extensions unaffected."
please check`),
    nat(`sir g RST on kiya tha high CPS ke liye, ab call centre ke agents jo MikroTik NAT ke peeche hain unregistered ho jate hain. TCP pe hain. kya wapis off karun?`),
    nat(`AoA, hamne SS_TCP_CLOSE_RESET ko On kiya 2 din pehle. tab se NAT wale TCP phones register hote hain phir 3-4 minute baad unregistered. log me re-REGISTER timeout`),
    nat(`sir ek hafte se ye ho raha hai, jab se RST mode laga hai: home wifi pe TCP softphones unregistered rehte hain. office LAN ke public IP phones theek`),
    nat(`bhai jaan follow-up: RST on hone ke baad wala masla abhi bhi hai, NAT ke peeche 35 phones unregistered. TCP hai transport`),
    nat(`sir g aap ke engineer ne RST enable kiya tha, us change ke baad se reseller ke clients jo TP-Link router ke peeche hain unke Linphone TCP pe register nahi rehte`),
    nat(`RST on kiya, NAT wale TCP phones unregistered. help`),
    nat(`urgent sir, RST mode ke baad sab remote agents (TCP, home routers ke peeche) unregistered, call centre band pada hai`),
    nat(`السلام علیکم، کل آپ نے RST موڈ آن کیا تھا، اس کے بعد سے گھر سے کام کرنے والے ایجنٹس کے سافٹ فون (TCP پر) بار بار ان رجسٹرڈ ہو رہے ہیں۔ سب ہوم راؤٹرز کے پیچھے ہیں۔`),
    nat(`سر جی، SS_TCP_CLOSE_RESET=On کرنے کے بعد میکروٹک کے پیچھے والے تمام فونز ان رجسٹرڈ ہیں۔ ٹرانسپورٹ TCP ہے۔`),
    nat(`بھائی جان، جب سے کلوز موڈ بدلا ہے، برانچ آفس کے NAT کے پیچھے والے فونز رجسٹریشن کھو دیتے ہیں۔ ہم SIP over TCP استعمال کرتے ہیں۔`),
    nat(`RST آن ہونے کے بعد NAT والے TCP فونز چند منٹ بعد ان رجسٹرڈ ہو جاتے ہیں۔ پبلک آئی پی والے ٹھیک ہیں۔`),
    nat(`سر، پرسوں والی تبدیلی (RST) کے بعد سے ریموٹ ایجنٹس کے TCP سافٹ فون رجسٹر نہیں رہتے، سب گھریلو راؤٹرز کے پیچھے ہیں۔`),
    nat(`فوری، RST موڈ کے بعد دفتر کے NAT کے پیچھے پچاس فونز ان رجسٹرڈ ہیں، TCP پر ہیں۔`),
    nat(`ہم نے ہائی سی پی ایس کے لیے RST آن کیا تھا، اب NAT کے پیچھے والے گیٹ ویز ان رجسٹرڈ ہو رہے ہیں۔ TCP ٹرانسپورٹ۔`),
    nat(`paaji RST on karan to baad ghar wale agents de TCP softphone unregistered ho jande ne, sab router de pichhe ne`),
    nat(`sir g kal di RST wali change to baad MikroTik de pichhe wale phone register nai rehnde, TCP te ne`),
    nat(`بھا جی، RST آن کرن توں بعد NAT دے پچھے والے TCP فون ان رجسٹرڈ ہو جاندے نیں`),
    nat(`سر جی، جدوں دا کلوز موڈ بدلیا اے، ریموٹ ایجنٹاں دے فون رجسٹر نئیں رہندے۔ TCP تے نیں، سارے گھر دے راؤٹر دے پچھے`),
    nat(`bhai SS_TCP_CLOSE_RESET On kita si, hun office NAT de pichhe 20 phone unregistered. TCP transport`),
    nat(`فالو اپ: RST آن کرن توں بعد والا مسئلہ حالے وی اے، TCP والے ریموٹ فون NAT دے پچھوں وار وار رجسٹریشن گوا دیندے نیں`),
    nat(`Saeen, RST on karan khaan poi NAT je pathiyan TCP phones unregistered thi wanjan tha`),
    nat(`Lala, RST mode on shwe, os da NAT shaata TCP phones unregistered kegi`),
    nat(`سائين، RST آن ڪرڻ کان پوءِ گهر وارن ايجنٽن جا TCP فون unregistered ٿي وڃن ٿا، سڀ روٽر پٺيان آهن`),
  ],
  firewallRst: [
    fw(`AoA sir, RST mode on karne ke baad se calls beech me hang ho jati hain. FortiGate log:
type="traffic" action="deny" msg="no session matched" proto=6 srcport=5060 tcpflags="R"`),
    fw(`bhai jaan SS_TCP_CLOSE_RESET on kiya to Cisco ASA logs me ye aa raha:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.10/5060 to 203.0.113.5/41234 flags RST on interface inside
aur calls drop ho rahi hain`),
    fw(`sir g pfSense ke logs me RST packets block ho rahe (TCP:R), jab se aap ne close mode badla hai calls fail`),
    fw(`iptables -L -v me conntrack INVALID drop counter tezi se barh raha hai RST mode ke baad, aur calls setup nahi ho rahi`),
    fw(`Sophos pe "Packet dropped (out of state)" aa raha hai RST packets ke liye. kal RST enable kiya tha, ab calls hang`),
    fw(`forwarded:
"After enabling SS_TCP_CLOSE_RESET=On, the FortiGate between VOS and carrier drops RST (no session matched), calls drop after connect."
urgent`),
    fw(`sir MikroTik firewall me connection-state=invalid drop rule hai, RST on karne ke baad uska counter barh raha aur calls fail`),
    fw(`AoA, kal raat RST wala setting on hua, aaj subah se 30% calls fail. firewall team ne bola RST packets FortiGate pe drop ho rahe hain`),
    fw(`bhai jaan close mode change ke baad calls 5-10 second baad hang ho jati hain, ASA logs "Deny TCP (no connection) ... flags RST"`),
    fw(`sir g jab se RST mode hai, iptables ke conntrack INVALID drops hazaron me hain aur calls drop. log:
kernel: INVALID DROP IN=eth0 OUT= SRC=10.0.0.5 DST=203.0.113.9 PROTO=TCP SPT=5060 DPT=45122 RST`),
    fw(`follow-up: RST on ke baad FortiGate wala drop ka masla abhi bhi hai, calls hang. "no session matched" har second aa raha`),
    fw(`sir hamare data centre ka pfSense RST ko block kar raha "state mismatch", ye RST mode on karne ke baad shuru hua. calls fail`),
    fw(`AoA RST enable karne ke baad se carrier side ki calls drop. hamari side Sophos XG hai, log me "out of state" RST drop`),
    fw(`السلام علیکم، RST موڈ آن کرنے کے بعد کالز درمیان میں ہینگ ہو جاتی ہیں۔ فورٹی گیٹ لاگ میں "no session matched" اور flags=R آ رہا ہے۔`),
    fw(`سر جی، SS_TCP_CLOSE_RESET آن کیا تو سسکو ASA نے RST پیکٹس ڈراپ کرنے شروع کر دیے، کالز فیل ہو رہی ہیں۔`),
    fw(`بھائی جان، iptables میں INVALID ڈراپ کاؤنٹر بہت بڑھ رہا ہے RST موڈ کے بعد، اور کالز نہیں لگ رہیں۔`),
    fw(`کلوز موڈ بدلنے کے بعد سے پی ایف سینس لاگز میں RST پیکٹس بلاک ہو رہے ہیں اور کالز ڈراپ۔`),
    fw(`سر، سوفوس فائر وال "out of state" کہہ کر RST گرا رہا ہے، کل RST آن کیا تھا، اب کالز اٹک جاتی ہیں۔`),
    fw(`فوری مدد، RST آن ہونے کے بعد میکروٹک کا invalid ڈراپ رول RST پیکٹس گرا رہا ہے، کالز فیل۔`),
    fw(`فالو اپ: فورٹی گیٹ ابھی بھی RST ڈراپ کر رہا ہے، RST موڈ کے بعد سے کالز ہینگ ہیں۔`),
    fw(`paaji RST on karan to baad FortiGate RST packet drop karda pya, "no session matched", calls hang`),
    fw(`sir g ASA logs ch "Deny TCP (no connection) flags RST", kal RST on kita si, hun calls fail`),
    fw(`بھا جی، RST آن کرن توں بعد فائر وال RST پیکٹ ڈراپ کردا پیا اے، کالاں ہینگ`),
    fw(`سر جی، iptables وچ INVALID ڈراپ ودھدے پئے نیں جدوں دا RST موڈ لایا، کالاں کٹدیاں نیں`),
    fw(`bhai pfSense RST nu block karda pya, close mode badlan to baad. calls fail ho rahiyan`),
    fw(`ساڈے فائر وال والے آکھدے نیں RST موڈ آن کرن توں بعد conntrack وچ INVALID ڈراپ ہو رہے نیں، کالاں کٹ رہیاں نیں`),
    fw(`Saeen, RST on karan khaan poi FortiGate RST packets drop kare tho, calls hang thi wanjan thiyun`),
    fw(`Lala, RST mode on shwe, Cisco ASA RST packets drop kawi, calls fail kegi`),
    fw(`سائين، RST آن ڪرڻ کان پوءِ فائر وال RST پيڪٽ ڊراپ ڪري ٿو، "no session matched"، ڪالون هينگ`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning192Set: readonly EvalItem[] = Object.values(tuning192Families).flat();
