import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * NOC engineers, operators and call-centre technicians in Israel on WhatsApp: Hebrew script, some Latin
 * transliteration, English tech terms and pasted output mixed in ("היי", "לא עובד", "נפל", "סבבה", "אחי", "דחוף").
 *
 * The hundredth tuning split, by family. Five negative families of 27, 24 in the first (three
 * messages read the same as messages of older tuning splits and were taken out) (one service that
 * cannot bind its own port, registration lost for another reason, small figures and questions,
 * firewall work without dropped RST, playbook words denied or explained) and three positive
 * families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall
 * dropping RST). Written as the hundredth never-tuned set, before the forty-fifth round of rules by
 * someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the forty-fifth round, then
 * made tuning material for the forty-sixth: bench/classify lists its misses.
 *
 * One more message was taken out when the forty-sixth round taught the matcher to read Hebrew: it then read the
 * same as one of the third tuning split.
 *
 * First measured, before any tuning on it: in scope 58.9 %, negatives confident 4.5 %, confident wrong 0 % with the rules of the
 * forty-fourth round, and the same after the forty-fifth.
 */
export const tuning100Families = {
  oneListeningPort: [
    no(`אחי הפורטל של VOS לא נפתח, tomcat כותב בלוג java.net.BindException: Address already in use: bind על 8080. מישהו השאיר עוד tomcat רץ?`),
    no(`npm run dev לא עולה, Error: listen EADDRINUSE: address already in use :::3000
סבבה אני יודע שזה משהו ישן שרץ ברקע אבל איך מוצאים אותו?`),
    no(`התקנו kamailio ליד ה VOS על אותו שרת לבדיקה והוא לא עולה, bind על 5060 נכשל. כנראה mbx3000 כבר מחזיק את הפורט`),
    no(`mysql לא עולה אחרי העדכון:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?`),
    no(`ntpd לא עולה, unable to bind to wildcard address 0.0.0.0 - another server running? כנראה chronyd תופס את 123`),
    no(`snmpd בשרת של ה NOC: Error opening specified endpoint "udp:161". מי תופס את 161??`),
    no(`apache נפל הבוקר ולא חוזר, (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443`),
    no(`hi achi, ha tomcat shel ha web lo ole, kotev address already in use al 8443. ma laasot?`),
    no(`לא עובד לי ה grafana, בלוג: listen tcp :3000: bind: address already in use. שמתי אותו על אותו שרת עם ה node app`),
    no(`אחרי שהעברנו את ה freeswitch לשרת של ה VOS3000 הוא לא מצליח לפתוח את 5060 udp, sofia כותב Error Creating SIP UA for profile: external. פורט תפוס אני מניח`),
    no(`דחוף - ה web של VOS לא עולה אחרי reboot, netstat -tlnp | grep :80 מראה httpd ישן עם pid 2231 שמחזיק את הפורט. להרוג אותו?`),
    no(`שיניתי ב sshd_config לפורט 2222 ועכשיו: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use.`),
    no(`ה container של asterisk לא עולה: Error starting userland proxy: listen udp4 0.0.0.0:5060: bind: address already in use`),
    no(`היי, יש לנו syslog-ng ו rsyslog שניהם מנסים לפתוח 514 udp ואחד נופל. איך מבטלים אחד מהם בלי לשבור את הלוגים?`),
    no(`bind9 לא עולה: named: could not listen on UDP socket: address in use. יש systemd-resolved על 53`),
    no(`ה IIS בלפטופ של המפתח לא עולה כי skype תופס 80, זוכר שהיה פעם דבר כזה. איפה ההגדרה בסקייפ?`),
    no(`java -jar של כלי הדוחות שלנו:
Exception in thread "main" java.net.BindException: Address already in use (Bind failed)
על 9090. בדקתי ו prometheus יושב שם`),
    no(`haproxy לא עולה: Starting frontend sip_tcp: cannot bind socket [0.0.0.0:5060]. על השרת הזה רץ גם ה softswitch...`),
    no(`איך אני מוצא מי תופס את פורט 8080? lsof לא מותקן, CentOS 6 ישן. ה jetty לא עולה בגללו`),
    no(`openvpn לא עולה אחרי התקנה: TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use`),
    no(`vite dev server כותב Port 5173 is in use, trying another one... וזה משגע את ה proxy. למה הפורט תפוס?`),
    no(`אחי ה mbx3000d לא עולה אחרי שמישהו הריץ עוד מופע ידני מה shell. בלוג: bind 5060 failed, Address already in use. יש שני תהליכים`),
    no(`הפורטל של הלקוחות ב vos3000 מת אחרי שהתקנו zabbix-web עם httpd משלו על 80. שניהם רוצים את אותו פורט, מה עושים`),
    no(`podman run -p 8088:80 נכשל: rootlessport listen tcp 0.0.0.0:8088: bind: address already in use. תודה מראש`),
  ],
  otherRegistrationCause: [
    no(`היי, מאז הבוקר כל הטלפונים בסניף חיפה unregistered. נפל חשמל בלילה וה switch PoE לא חזר, הטלפונים בלי חשמל. טכנאי בדרך?`),
    no(`טראנק לספק נופל עם 403 Forbidden מאתמול. הם אומרים ששינו סיסמה לכל הלקוחות`),
    no(`REGISTER חוזר עם 401 Unauthorized שוב ושוב, ה yealink לא נרשם. הקלדתי את הסיסמה 3 פעמים, מה עוד לבדוק?`),
    no(`ה gateway של הלקוח לא רשום, התברר שהספק החליף לו IP סטטי ל 203.0.113.45 ואצלנו ב VOS רשום עדיין הישן`),
    no(`כל הטלפונים במשרד אופליין, אין אינטרנט בכלל, בזק אומרים תקלה באזור. יש משהו לעשות מהצד שלנו?`),
    no(`רישום נכשל לטראנק, הספק עבר לשם DNS חדש sip2.provider.example ואנחנו עדיין מצביעים לישן`),
    no(`הרישיון של ה VOS פג אתמול?? יש הודעה license expired והמשתמשים לא נרשמים. דחוף!!`),
    no(`הטלפון בעמדה 14 מראה No Service, בדקתי ואין לינק בכלל בפורט של הסוויץ'. כבל או פורט?`),
    no(`softphone של נציג מהבית לא נרשם, 401. הוא שינה סיסמה בפורטל ושכח לעדכן בזויפר`),
    no(`ללקוח prepaid נגמר הבלנס והחשבון הושבת, הטלפונים שלו לא נרשמים. זה צפוי נכון?`),
    no(`hi, kol ha trunk im ha sapak nafal, REGISTER mekabel 403, hem amru she ha account expired. ma osim?`),
    no(`עברנו ספק אינטרנט בסניף, ה IP הציבורי השתנה וכל הטלפונים (SIP UDP בלבד) לא נרשמים כי אצלנו מוגדר ה IP הישן כ allowed`),
    no(`הגייטוויי GSM לא רשום, מסתבר שמישהו ניתק אותו מהשקע היום בבוקר 🙄`),
    no(`מהלוג:
SIP/2.0 403 Forbidden
Reason: Q.850;cause=21;text="IP not allowed"
הלקוח עבר לכתובת חדשה ולא עדכן אותנו`),
    no(`מאתמול הטלפונים של הלקוח מרמת גן יורדים ועולים, הראוטר שלו עושה ריסטארט כל חצי שעה, כנראה ספק כוח. הם על UDP`),
    no(`בדקנו, ה DNS שלנו לא פותר את sbc.example.net מאז שהחלפנו שרתי DNS, לכן כל ה trunks לא נרשמים`),
    no(`נציגים בעמדות 30-40 בלי טלפונים, החשמלאי עבד על הלוח והסוויץ' PoE שלהם בלי חשמל`),
    no(`ה fanvil מראה Register Failed אחרי שעדכנו את ה domain בפורטל ל IP חדש 10.20.1.5. צריך לשנות גם בכל טלפון ידנית?`),
    no(`היי, הטראנק של 'מוקד 24' לא רשום. בלוג של ה VOS: auth failed for 1002, wrong password. הם ביקשו שנאפס`),
    no(`גייטוויי מרוחק בקיבוץ, הראוטר שלהם על 4G ואין קליטה מהבוקר. הרישום ירד כמובן`),
    no(`יכול להיות שהטלפונים לא נרשמים כי פג התוקף של התעודה? אנחנו על TLS 5061 והתעודה פגה אתמול בחצות`),
    no(`שינו לנו את ה VLAN של הטלפונים בסופ"ש, עכשיו הם מקבלים DHCP מ 192.168.50.x ולא מגיעים לשרת`),
    no(`ה pbx של הלקוח נרשם אלינו ומקבל 404 Not Found, מסתבר שמחקו לו את ה account בטעות בניקוי`),
    no(`אחרי השדרוג של הפורטל כל סיסמאות ה SIP התאפסו לברירת מחדל?? 200 טלפונים מקבלים 401`),
    no(`lo nirshamim ha telefonim ba snif, ein internet me ha boker, partner amru takala. kama zman ze lokeach be derech klal?`),
    no(`הלקוח עבר משרד, ה IP שלו השתנה מ 198.51.100.20 ל 198.51.100.77, והחשבון שלו מוגדר עם IP auth אז הוא לא עובר`),
    no(`אחי הטלפון של המנהל לא נרשם, מתברר שהמתאם PoE שלו שרוף. יש לנו ספייר?`),
  ],
  smallFigures: [
    no(`היי, הרצתי ss -s על השרת של ה VOS בלילה ויש TIME_WAIT 312. זה תקין?`),
    no(`מה זה בעצם TIME_WAIT? רואה את זה המון ב netstat`),
    no(`שאלה: מה עושה SS_TCP_CLOSE_RESET? ראיתי בקובץ softswitch.conf ולא הבנתי`),
    no(`כדאי להפעיל RST אצלנו? יש לנו בערך 15 CPS ורוב הטלפונים על UDP`),
    no(`איך בודקים כמה חיבורים ב TIME_WAIT כשאין ss בשרת? centos 5 ישן`),
    no(`Total: 487 (kernel 0)
TCP:   231 (estab 118, closed 74, orphaned 0, synrecv 0, timewait 72/0), ports 0
זה מה שיש אחרי הצהריים, נראה לכם בסדר?`),
    no(`hi achi, ma ze tcp_tw_reuse ve ze mesukan?`),
    no(`שאלה תיאורטית: למה RST יותר מהיר מ FIN? מה ההבדל בפועל?`),
    no(`netstat -an | grep TIME_WAIT | wc -l מחזיר 540 בשעת שיא. אנחנו 8 CPS. צריך לדאוג?`),
    no(`מה ה default של SS_TCP_CLOSE_RESET? Off נכון?`),
    no(`איפה יושב ה softswitch.conf בגרסה 2.1.6? רק רוצה להסתכל`),
    no(`reparse מפיל שיחות או רק restart?`),
    no(`כמה פורטים זמניים יש לשרת בברירת מחדל? 32768 עד 60999?`),
    no(`בדיקה שבועית: CPU 12%, זיכרון 40%, TIME_WAIT בסביבות 200, ESTABLISHED 90. הכל ירוק?`),
    no(`מישהו יכול להסביר מה ההבדל בין close_notify ל RST ב TLS? נתקלתי בזה במאמר`),
    no(`אנחנו שוקלים לעבור ל SIP over TCP, יש משהו שצריך לדעת על TIME_WAIT?`),
    no(`מה המשמעות של orphaned ב ss -s?`),
    no(`יש דרך לראות רק את הערך הנוכחי של tcp_fin_timeout? sysctl -a ארוך מדי`),
    no(`מה זה אומר "timewait 45/0" בפלט של ss -s? 45 זה הרבה?`),
    no(`שאלה לגבי CentOS 6: נכון ש sysctl.d לא נקרא שם? איפה שמים הגדרות קבועות?`),
    no(`הלקוח שואל אם ה VOS תומך ב SIP over TCP בכלל או רק UDP. מה לענות לו?`),
    no(`ראיתי 1,100 TIME_WAIT על שרת ה web של הפורטל, 4 משתמשים מחוברים. זה נורמלי ל apache?`),
    no(`כמה CPS השרת שלנו יכול להחזיק לפני שצריך לחשוב על כוונון kernel? כרגע 20 בשיא`),
    no(`מה עדיף לטלפונים מאחורי NAT, UDP או TCP? רק שואל לפני שמגדירים לקוח חדש`),
    no(`ss -tan state time-wait | wc -l
87
שרת שקט, סתם בודק שהפקודה עובדת 🙂`),
    no(`שאלה: אם מדליקים RST זה משפיע על שיחות UDP? רוב התנועה שלנו UDP`),
  ],
  firewallNoRst: [
    no(`צריך לפתוח 5060 TCP ו UDP ב fortigate ללקוח חדש מ 203.0.113.10, מי עושה?`),
    no(`fail2ban חסם את ה IP של הלקוח 198.51.100.33 אחרי שטעה בסיסמה, איך משחררים?`),
    no(`SIP ALG בראוטר של הלקוח הורס את ה SDP, שמע חד כיווני. איך מבטלים בזיקסל?`),
    no(`היי, ביקשו geo-block לכל מה שלא ישראל על 5060, אפשר ב iptables בלי להפיל את הספקים מחו"ל?`),
    no(`מישהו הכניס חוק ב ASA שחוסם 5060 לכל 10.30.0.0/16, מאז אין שיחות מהסניף. ה hit count על החוק עולה`),
    no(`port forwarding ב mikrotik ל 5060 udp לשרת פנימי 192.168.88.10, ה dst-nat לא עובד. מה חסר?`),
    no(`איך מוסיפים IP ל whitelist בפורטל של ה VOS? יש שם משהו כזה או רק ב iptables?`),
    no(`iptables -A INPUT -p udp --dport 10000:20000 -j ACCEPT מספיק ל RTP או צריך גם משהו ב VOS?`),
    no(`ה pfSense חוסם RTP מהספק, שמע רק לכיוון אחד. פתחנו 5060 אבל לא את טווח ה media`),
    no(`fail2ban דחוף! חסם את כל ה NAT של המשרד 203.0.113.200 כי טלפון אחד עם סיסמה ישנה מפציץ REGISTER`),
    no(`achi, tiftach li bevakasha 5061 ba firewall la IP 198.51.100.14, ze lakoach chadash, toda`),
    no(`סורקי SIPVicious מפציצים אותנו מאתמול, יש דרך לחסום ב iptables לפי User-Agent?`),
    no(`הוספנו ב fortigate geo-block לסין ורוסיה ועכשיו ספק אחד לא מגיע, מסתבר שה IP שלו רשום בהונג קונג`),
    no(`צריך NAT 1:1 ב pfSense לשרת ה VOS, 203.0.113.5 -> 10.0.0.5. יש מדריך?`),
    no(`להגדיל את ה session timeout של UDP ב fortigate ל 300 שניות כמו שהספק ביקש, איפה זה בתפריט?`),
    no(`ה ALG ב MikroTik (/ip firewall service-port sip) דלוק, לכבות? הלקוחות מתלוננים על שיחות שנופלות אחרי 32 שניות`),
    no(`חסמנו בטעות את ה IP של שרת הניטור ב iptables, עכשיו zabbix לא מקבל כלום. איך מוצאים את מספר השורה למחיקה?`),
    no(`כל פעם שמעדכנים את ה ASA ה SIP inspection חוזר, no inspect sip לא נשמר. מישהו יודע איך לבטל קבוע?`),
    no(`פתחנו 5060 בפיירוול החדש אבל רק UDP, שכחנו TCP. הטלפונים על TCP לא נרשמים, פותחים עכשיו`),
    no(`מבקשים ללבן את הרשת של ה NOC 172.16.10.0/24 לגישה לפורטל 8080, רק משם`),
    no(`יש לנו ddos קטן על 5060 מ IPs מחו"ל, fail2ban לא תופס כי זה INVITE בלי auth. הצעות?`),
    no(`פורט פורוורדינג בראוטר ביתי של נציג: 5060 ל softphone, זה בכלל רעיון טוב?`),
    no(`ה iptables שלנו עם policy DROP ועכשיו ping לא עובר, מה הכלל הנכון ל icmp?`),
    no(`הלקוח שם את ה gateway מאחורי sophos, וה SIP helper שם משנה את ה Contact לכתובת פנימית 192.168.1.20. איך מכבים?`),
    no(`hi, tzarich lehosif rule ba pfsense she yachsom kol 5060 chutz me ha sapakim. yesh alias le ze?`),
    no(`ה fortigate של הלקוח מחליף פורטים ב NAT וה VOS רואה כל פעם port אחר ב Via. מגדירים את זה בפיירוול או אצלנו?`),
    no(`אפשר לעשות rate limit ל REGISTER ב iptables עם hashlimit? מישהו עשה כבר?`),
  ],
  negationContext: [
    no(`ראיתי שאתם ממליצים לכבות RST, אבל אנחנו UDP בלבד, אין אצלנו TCP בכלל. אז זה לא רלוונטי, נכון?`),
    no(`RST כבוי אצלנו, בדקתי ב softswitch.conf: SS_TCP_CLOSE_RESET="Off". אז הבעיה עם הטלפונים זה לא זה`),
    no(`סיפור מלפני שנה: הפעלנו RST ו FortiGate אכל את כל ה RSTים, שיחות נתקעו. מאז למדנו. סתם מספר לחדש במשמרת`),
    no(`הבעיה של ה TIME_WAIT מאתמול נפתרה, עשינו tcp_tw_reuse ועכשיו 400. תודה!`),
    no(`לא שינו כלום בשרת, אף אחד לא נגע ב RST. הטלפונים ירדו רק אחרי שינוי הסיסמה`),
    no(`חבר שלי בחברה אחרת שואל: אצלם 30 אלף TIME_WAIT על שרת asterisk. זה לא השרת שלנו, סתם מעניין מה הייתם עונים`),
    no(`תרגיל למשמרת: "לקוח מדווח שאחרי הפעלת RST הטלפונים מאחורי NAT לא נרשמים". מה התשובה הנכונה? זה למבחן של החדשים`),
    no(`בתכנון לחודש הבא: אולי נדליק RST כשנגיע ל 300 CPS. כרגע הכל טוב, רק רוצים לדעת מה הסיכונים`),
    no(`TIME_WAIT 2100 בשיא, 150 CPS, אין שום שגיאה ואין שיחות שנכשלות. אני מבין שזה בסדר`),
    no(`אחרי החלפת הסיסמה לטראנק הוא לא נרשם. RST לא קשור, לא נגענו בו`),
    no(`היה לנו פעם ב 2019 שה ASA זרק RST packets, היום אין לנו בכלל ASA. רק נזכרתי`),
    no(`המערכת עובדת עם RST חצי שנה בלי בעיות, הטלפונים ירדו היום בגלל הפסקת חשמל. כבר חזר הכל`),
    no(`lo, ein lanu TCP bichlal, hakol UDP. az ha reset lo ma'anyen. ha baaya hayta ba router shel ha lakoach ve kvar sidarnu`),
    no(`ה "cannot assign requested address" היה ב lab, שרת בדיקות עם סקריפט עומס. לא בפרודקשן, לא צריך לתקן כלום`),
    no(`עדכון: התקלה מאתמול עם הפיירוול שזרק RST נסגרה, החזרנו את SS_TCP_CLOSE_RESET ל Off והשיחות תקינות. אפשר לסגור את הטיקט`),
    no(`אני כותב נוהל ל NOC: "אם רואים 28k TIME_WAIT..." - מה לכתוב בשלב הבא? אין תקלה כרגע, רק מסמך`),
    no(`המנהל שאל אם ה RST שהדלקנו בשבוע שעבר יכול להיות הסיבה לנפילות הרישום. בדקתי: כל הטלפונים שנפלו על UDP, בלי NAT, ו 401 בלוג. אז לא`),
    no(`ss -s מראה timewait 640, השיחות עוברות, ה CPS נמוך היום. לא צריך לגעת בכלום נכון?`),
    no(`לא, ה fortigate לא זורק RST, בדקנו ב diag debug flow והכל עובר. הבעיה הייתה codec mismatch ותוקנה`),
    no(`מדובר בשרת של הספק, לא שלנו. הם אומרים שיש להם port exhaustion. אנחנו רק צריכים לחכות?`),
    no(`בסדנה של ה NOC ביום חמישי נדבר על SS_TCP_CLOSE_RESET, FIN מול RST, NAT. מישהו רוצה להכין שקפים?`),
    no(`הלקוח טוען שהדלקנו RST ובגלל זה הטלפונים שלו נפלו. בדקתי היסטוריה - אף אחד לא נגע ב softswitch.conf חודשים, ו RST על Off`),
    no(`מה שהיה ביום שני עם ה cannot bind - זה היה tomcat כפול, לא קשור לפורטים זמניים. כבר סגור`),
    no(`תזכורת לעצמי: בשבוע הבא לבדוק אם להפעיל tcp_tw_reuse בשרת החדש לפני שמעבירים אליו תנועה. אין לחץ`),
    no(`achi, ha mispar shel TIME_WAIT yarad le 300 achrei ha tikun, hakol tov, toda raba!`),
    no(`בונים תרחיש ב GNS3: MikroTik עם NAT, VOS בדיקה, RST On. זו סימולציה לקורס, לא לקוח`),
    no(`אף אחד לא הדליק RST, זה עדיין Off. הטלפונים מאחורי ה NAT נופלים כי לראוטר החדש של הלקוח יש UDP timeout של 30 שניות`),
  ],
  portExhaustion: [
    pe(`דחוף!! בשעות השיא מ 10 עד 12 שיחות יוצאות נכשלות, בלילה הכל עובר. ss -s:
Total: 31544 (kernel 0)
TCP:   30872 (estab 642, closed 30101, orphaned 3, synrecv 0, timewait 30098/0), ports 0
מה לעשות?`),
    pe(`אחי יש לנו 28k TIME_WAIT על ה VOS והשיחות לספק על TCP נופלות ב peak`),
    pe(`בלוג של ה softswitch: connect to 10.1.1.20:5060 failed: Cannot assign requested address. קורה רק כשיש מעל 200 CPS`),
    pe(`netstat -ant | grep -c TIME_WAIT
29411
וזה עוד לא שעת שיא. שיחות חדשות כבר לא יוצאות`),
    pe(`מאז שהלקוח הגדול עלה עם קמפיין חיוג השרת לא פותח חיבורי TCP חדשים בין 9 ל 11. ב 23:00 אין שום בעיה`),
    pe(`hi, ba boker kol ha calls nichshalim, yesh 30000 time_wait ba server, ba laila hakol beseder. dachuf`),
    pe(`הלוג מלא ב "bind: Address already in use" אבל זה על חיבורים יוצאים ל gateway, לא על פורט האזנה. רק ב CPS גבוה`),
    pe(`היי, הדיילר מגיע ל 350 CPS ואז ה VOS מפסיק לפתוח TCP לספקים, אחרי 5 דקות חוזר. ip_local_port_range עדיין 32768 61000`),
    pe(`ss -tan | awk '{print $1}' | sort | uniq -c
  27834 TIME-WAIT
    512 ESTAB
     12 LISTEN
שיחות לא יוצאות בשעות עומס, מה עושים?`),
    pe(`תקלה חוזרת כל יום ב 17:00, ה SIP TCP לטראנק לא מתחבר ושיחות נכשלות עם 503. בשרת רואים עשרות אלפי סוקטים ב TIME_WAIT`),
    pe(`EADDRINUSE בלוג של ה softswitch כשהוא מנסה לפתוח חיבור יוצא, רק בזמן הקמפיין. בשאר היום שקט`),
    pe(`נגמרים לנו הפורטים?? בשעת עומס כל connect מחזיר EADDRNOTAVAIL, ו netstat מראה 30 אלף TIME_WAIT`),
    pe(`VOS3000 על CentOS 6, 400 CPS בשיא, חיבורים ל SBC של הספק על TCP. בשיא שיחות תקועות ו 'cannot bind' בלוג, ב 2 בלילה אפס בעיות`),
    pe(`אחי ה CDR מראה נפילה של 40% מהשיחות בין 10:00 ל 13:00, בשאר היום ASR רגיל. בדקתי ss וראיתי timewait 31k`),
    pe(`במוניטור רואים שבשעות עומס הסוקטים ב TIME_WAIT מטפסים ל 32 אלף ואז השרת מפסיק להוציא INVITE על TCP. איך מורידים את זה?`),
    pe(`no new connections ב peak, TIME_WAIT ~29000, tcp_tw_reuse=0. לשנות?`),
    pe(`יש לנו call center עם חייגן אוטומטי, כל בוקר ב 9 ה VOS מתחיל לזרוק address already in use על חיבורים החוצה. מה זה??`),
    pe(`cat /proc/net/sockstat
sockets: used 1240
TCP: inuse 820 orphan 2 tw 28950 alloc 840 mem 310
ובשעות האלה שיחות לא עוברות`),
    pe(`הספק ביקש שנעבור ל TCP, ומאז בשעות שיא יש כשלי חיבור ו 30k TIME_WAIT. ב UDP לא היה את זה`),
    pe(`בקצרה: peak hours -> SIP TCP החוצה נכשל, אלפי TIME_WAIT. בלילה תקין. VOS 2.1.8`),
    pe(`זה נורמלי ש ss -s מראה timewait 30412/0 ב 11 בבוקר? כי בדיוק אז לקוחות מתלוננים שהשיחות לא מתחברות`),
    pe(`שרת ה VOS לא מצליח לפתוח חיבורים ל 10.50.0.8 בשעת עומס, Cannot assign requested address, ואחרי העומס הכל חוזר לבד`),
    pe(`achi ha server nitka ba peak, ss -s omer timewait 27k, lo yotzim calls. ma lishnot ba sysctl?`),
    pe(`אנחנו עושים 500 CPS לספק אחד על TCP דרך IP אחד, וכל יום בשיא נגמרים הפורטים. הלוג:
[ERR] tcp connect 203.0.113.60:5060 errno=99
[ERR] tcp connect 203.0.113.60:5060 errno=99`),
    pe(`ה netstat לוקח דקה לרוץ כי יש כל כך הרבה TIME_WAIT (בערך 30 אלף), והשיחות בזמן הזה נכשלות. רק בשעות היום`),
    pe(`זה קורה רק כשיש עומס: 'address already in use' ל outbound, חיבורים חדשים לא נפתחים, CPU בסדר, זיכרון בסדר`),
    pe(`היי, כשה CPS עובר 250 מתחילים כשלונות בהקמת שיחות, ב wireshark רואים שהשרת בכלל לא שולח SYN. netstat: TIME_WAIT 28,700`),
    pe(`דחוף: מוקד ההתרמה בשידור חי, מאות שיחות בשנייה, ה VOS לא פותח TCP חדש. סוקטים ב TIME_WAIT מעל 30000`),
    pe(`כל יום ראשון בבוקר (הכי עמוס) אותו סרט: שיחות יוצאות לא עוברות, TIME_WAIT מטורף, עד הצהריים. איזה כוונון צריך?`),
    pe(`ip_local_port_range = 32768 60999 וזה כנראה לא מספיק לנו, ב peak נגמר, cannot assign requested address בלוג ושיחות נופלות`),
  ],
  natUnregistered: [
    nat(`אחרי שהדלקנו SS_TCP_CLOSE_RESET=On כל הטלפונים של הלקוח מאחורי MikroTik יורדים ל unregistered כל כמה דקות`),
    nat(`היי, מאז שינוי ה RST אתמול הסניף בבאר שבע (NAT על ראוטר ביתי) כל הזמן מאבד רישום. הם על TCP`),
    nat(`achi meaz she hidlaknu RST ha softphones ba bayit shel ha nezigim lo nirshamim, kulam me achorei NAT`),
    nat(`הפעלנו TCP reset בשביל ה TIME_WAIT ועכשיו ה yealinks במשרד של הלקוח מאחורי NAT מראים unregistered לסירוגין`),
    nat(`גייטוויים של grandstream אצל לקוחות, כולם מאחורי ראוטרים ביתיים, מאז יום שלישי מאבדים רישום. ביום שלישי בדיוק שינינו את SS_TCP_CLOSE_RESET ל On`),
    nat(`לוג מהטלפון:
REGISTER sip:10.0.0.5;transport=tcp
<-- 408 Request Timeout
וזה התחיל אחרי שהפעלנו RST mode. הטלפון על 192.168.1.34 מאחורי NAT`),
    nat(`כל הזויפרים של העובדים מהבית נופלים מאז ה reparse של אתמול, זה היה השינוי ל RST. המשרד עם IP ציבורי עובד רגיל`),
    nat(`מה קרה? אחרי הכוונון ל TIME_WAIT (RST on) הטלפונים בסניפים מאחורי NAT unregistered, ומה שמחובר ישיר עובד`),
    nat(`RST=On מאתמול. מאז ה MikroTik של הלקוח לא שומר את ה TCP session והטלפונים צריכים להירשם מחדש כל הזמן, חצי מהזמן unregistered`),
    nat(`בפורטל ה VOS רואים את הטלפונים של לקוח 'אופק' מהבהבים online/offline. הם מאחורי NAT, SIP TCP. השינוי היחיד: RST mode דלוק`),
    nat(`hi, ha telefonim ba snif noflim mi registration kol 2 dakot meaz she sinu et close reset le On. yesh lahem NAT regil shel bezeq`),
    nat(`טכנאי מהשטח: אצל 3 לקוחות עם ראוטר ביתי הטלפונים לא רשומים מהבוקר. בבוקר גם הדליקו בשרת את ה RST לפי מה שהבנתי`),
    nat(`softswitch.conf:
SS_TCP_CLOSE_RESET="On"
מאז השינוי הזה ה softphones מאחורי NAT לא נשארים רשומים. עם UDP הם בסדר, עם TCP נופלים`),
    nat(`הלקוח עם ה Cisco SPA מאחורי NAT של HOT אומר שמאתמול בערב הטלפון אדום, unregistered. אתמול בערב עשינו את ה reset mode`),
    nat(`אחי בוא נבין: הפעלנו RST כדי לפתור את ה TIME_WAIT, זה עבד, אבל עכשיו 60 טלפונים מרוחקים מאחורי NAT לא רשומים. מה עושים?`),
    nat(`רק הטלפונים שמאחורי NAT סובלים, ה registration פג ולא מתחדש, מאז ההחלטה לסגור חיבורים עם RST במקום FIN`),
    nat(`מוקד: 40 נציגים מהבית עם microsip על TCP, כולם נהיו unregistered אחרי שינוי ההגדרות בשרת (SS_TCP_CLOSE_RESET). הנציגים במשרד בסדר`),
    nat(`מאז ה RST הטלפונים מאחורי ה NAT של המשרד בהרצליה נרשמים, יורדים, נרשמים. בלוג ה VOS רואים REGISTER חדש כל דקה מאותו IP עם פורט אחר`),
    nat(`לקוח עם מיקרוטיק hAP: הכל עבד שנה. שבוע שעבר הפעלנו reset on close בשרת ומאז יש לו נפילות רישום, רק על TCP`),
    nat(`היי, יש קשר בין ה RST שהפעלנו לזה שהטלפונים מאחורי NAT לא רשומים? זה התחיל באותו יום`),
    nat(`ה ATA של הלקוחות הקטנים (כולם NAT) מאבדים registration, ה gateways הגדולים עם IP ציבורי בסדר. השינוי האחרון בשרת היה TCP close reset = On`),
    nat(`dachuf, ahrei ha reparse im RST On, kol ha phones me achorei NAT unregistered. ma lehachzir?`),
    nat(`ב ops log שלנו: "21:10 SS_TCP_CLOSE_RESET Off->On, reparse". מ 21:15 מתחילות תלונות על טלפונים לא רשומים, כולם לקוחות עם NAT`),
    nat(`יש לנו Fanvil מאחורי ראוטר TP-Link אצל לקוח, מאז שהשרת סוגר חיבורים ב RST הוא מראה Registration Failed כל הזמן, בבדיקה עם UDP עובד`),
    nat(`אחרי שינוי ה SS_TCP_CLOSE_RESET אתמול הטלפונים בסניף (NAT של Draytek) לא מקבלים שיחות נכנסות ונראים לא רשומים בפורטל`),
    nat(`קיבלנו 15 טיקטים הבוקר: "הטלפון לא רשום". כל ה 15 מאחורי NAT ועל TCP. אתמול בלילה הפעלנו את ה RST כדי לטפל בעומס`),
    nat(`זה רק אני או שמאז ה RST mode כל ה softphones על 4G מאבדים רישום? הנייחים במשרד רשומים`),
    nat(`הגייטוויי של הלקוח מאחורי NAT, keepalive מוגדר 30 שניות, ובכל זאת unregistered מאז ה TCP reset. לפני זה שנתיים בלי תקלה`),
    nat(`דחוף אחי - כל הסניפים עם NAT לא רשומים, התחיל אחרי ה change window בלילה (הדלקנו RST בגלל ה TIME_WAIT). להחזיר ל Off?`),
    nat(`טלפונים מאחורי MikroTik: ב /ip firewall connection רואים שה TCP ל 5060 נעלם ואז הטלפון unregistered. השינוי בשרת - RST במקום FIN`),
  ],
  firewallRst: [
    fw(`מאז שהדלקנו RST השיחות דרך ה FortiGate נתקעות ולא נסגרות, ה session נשאר פתוח`),
    fw(`ב ASA רואים: %ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 198.51.100.9/41822 flags RST
זה התחיל אחרי SS_TCP_CLOSE_RESET=On, ושיחות נכשלות`),
    fw(`iptables -L -v מראה שהחוק של ctstate INVALID -j DROP מטפס מאז שהפעלנו RST, ושיחות על TCP נכשלות`),
    fw(`meaz ha RST, ha pfsense zorek packets ve ha calls lo nisgarim, ha kav nishar tafus`),
    fw(`היי, אחרי הפעלת RST mode שיחות לספק דרך ה SBC שלהם נכשלות, ה SBC מתעלם מה reset וממשיך לשלוח על החיבור הישן`),
    fw(`שיחות לא מתנתקות בצד של הלקוח מאז ה RST, ה firewall שלו stateful (פורטיגייט) והם רואים שה RST נזרק`),
    fw(`conntrack -L מראה חיבורים ל 5060 ב ESTABLISHED אחרי שה VOS כבר סגר עם RST, ו INVITE חדשים נופלים. התחיל כשעברנו ל RST`),
    fw(`FortiGate log: action=deny, proto=6, flags RST, "no session matched". מאז יום ראשון (הדלקנו את ה reset) חצי מהשיחות לספק נכשלות`),
    fw(`אחרי ה reparse עם RST On יש שיחות שלא נגמרות בבילינג, 3 שעות לשיחה שבאמת נגמרה אחרי דקה. יש ASA באמצע`),
    fw(`ב pfSense ה state table מראה states ל 5060 שלא נמחקים, ה RST מהשרת נחסם. שיחות יוצאות נכשלות מאז שינוי ה SS_TCP_CLOSE_RESET`),
    fw(`tcpdump בצד הפנימי של הפיירוול רואה RST יוצא מה VOS, בצד החיצוני הוא לא מופיע בכלל. מאז שהפעלנו RST mode שיחות נתקעות`),
    fw(`FortiGate יכול לזרוק RST? כי מאז שהדלקנו SS_TCP_CLOSE_RESET השיחות דרכו נכשלות, וישירות בלי הפורטי הכל עובד`),
    fw(`ה SBC (AudioCodes) מראה "TCP reset dropped, no matching session" ואחרי זה INVITE יוצא על חיבור מת. מאז RST=On`),
    fw(`דחוף: הפעלנו RST אתמול, היום 30% מהשיחות דרך ה firewall של הדאטה סנטר נכשלות, הלוג של ה firewall מלא ב TCP RST out of state dropped`),
    fw(`אחי מה זה הדבר הזה, iptables עם -m state --state INVALID -j DROP זורק את כל ה RST של ה VOS מאז השינוי, ושיחות לא נסגרות`),
    fw(`Cisco ASA בלי tcp-state-bypass, ומאז שהשרת סוגר ב RST חיבורי SIP TCP נתקעים והשיחה הבאה נכשלת. צריך להחזיר את ה RST?`),
    fw(`השיחות נשארות "פעילות" בפורטל גם אחרי שהמתקשר ניתק, רק בטראנקים שעוברים דרך ה pfSense. מאז שהפעלנו את ה RST`),
    fw(`achi, ha fortigate dropped RST, calls lo mitnatkim meaz she shinu le reset mode. ma osim?`),
    fw(`אחרי שינוי SS_TCP_CLOSE_RESET ל On יש תלונות: שיחות נכשלות עם 408 אחרי כמה דקות. tcpdump מראה שה RST לא עובר את הפיירוול`),
    fw(`בצד ה VOS נקי אבל בפיירוול (juniper SRX) יש אלפי sessions פתוחים ל 5060 שלא נסגרו, ה RST לא מגיע לשם. התחיל עם RST mode`),
    fw(`כשהפעלנו RST ה TIME_WAIT ירד כמו שרצינו, אבל עכשיו הפיירוול ה stateful של הלקוח זורק את ה resets ושיחות לא מתנתקות אצלו`),
    fw(`nf_conntrack בשרת ה gateway שלנו רואה את ה RST כ INVALID ומפיל, ומאז ה RST mode ב VOS יש שיחות שנכשלות ב setup`),
    fw(`ב Sophos XG log: "Invalid TCP state" drops מה IP של ה VOS 10.0.0.5, מאז אתמול בערב בדיוק כשהדלקנו RST. שיחות נופלות`),
    fw(`תקלה: אחרי הפעלת RST, INVITE על TCP לספק דרך FortiGate מקבלים timeout. בלוג של הפורטי: "packet dropped, no session" עם flags R`),
    fw(`הפיירוול בין ה VOS לספק stateful, ה RST נופל שם. מאז שינוי ה close reset שיחות לספק הזה נכשלות, לספקים בלי פיירוול הכל טוב`),
    fw(`ב iptables בשרת הביניים ה RST מסומן INVALID ונזרק, החיבור נשאר ב conntrack ושיחות נתקעות. הכל התחיל כשהדלקנו SS_TCP_CLOSE_RESET`),
    fw(`היי, שיחות עם הספק לא נסגרות ונשארות פתוחות שעות בבילינג. הספק אומר שה ASA שלהם מקבל מאיתנו רק RST והוא זורק אותו. השבוע הדלקנו RST`),
    fw(`מאז שהפעלנו את ה reset שיחות דרך ה pfSense נכשלות לסירוגין, ב firewall logs רואים block על TCP:R מ 10.0.0.5`),
    fw(`שיחות תלויות, BYE לא מגיע, ה Check Point של הלקוח מדווח "TCP packet out of state: First packet isn't SYN" על ה RSTים שלנו. RST On משבוע שעבר`),
    fw(`בקיצור: RST on -> fortigate זורק את ה RST -> שיחות לא נסגרות. להחזיר Off או לפתוח משהו בפורטי?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning100Set: readonly EvalItem[] = Object.values(tuning100Families).flat();
