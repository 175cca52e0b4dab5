import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Written as operators, call-centre technicians and resellers in Rajasthan, Haryana, Uttarakhand and Chhattisgarh
 * (India) type on WhatsApp: Marwari/Rajasthani, Haryanvi, Garhwali/Kumaoni and Chhattisgarhi, about a quarter each,
 * mostly in Latin letters with about one message in thirteen in Devanagari, mixed with Hindi and English technical
 * words; greetings of each region (khamma ghani, Ram Ram, sewa lagani, Jai Johar), honorifics (sa, hukam, dajyu,
 * bhaiya), loose spelling, missing punctuation, some emoji, pasted ss/netstat/log/ASA/pfSense lines.
 *
 * The hundred-and-thirtieth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the hundred-and-thirtieth never-tuned set, before the fifty-second round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured
 * as such before and after the fifty-second and the fifty-third rounds, then made tuning material for the
 * fifty-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 94.4 %, negatives confident 7.4 %, confident wrong 0 % with the
 * rules of the fifty-first round and the changes after it, before the fifty-second.
 * After the fifty-second round: the same.
 * After the fifty-third round: the same.
 */
export const tuning130Families = {
  oneListeningPort: [
    no(`Khamma ghani sa 🙏 VOS ro web portal khule koni. tomcat restart karyo to log me aayo:
java.net.BindException: Address already in use :8080. koi dujo process 8080 pakad ke baitho hai shayad, kiyan
dekhan?`),
    no(`Ram Ram bhai. nginx start konya hoya server pe, error: nginx: [emerg] bind() to 0.0.0.0:80 failed (98:
Address already in use). apache bhi usi pe chal rya se shayad. ke karu?`),
    no(`Sewa lagani dida. mysql restart kari ta ni uthnu, log ma 'Can't start server: Bind on TCP/IP port:
Address already in use' aur 'Do you already have another mysqld server running on port: 3306 ?' bal. purano
mysqld atkyu chha kya?`),
    no(`Jai Johar bhaiya. hamar test server me freeswitch start karthon ta 5060 me bind nai hot he, kahat he
address already in use. oi server me asterisk pehli le chalat he, dono ek sang chalahi ki nai?`),
    no(`Hukam, kamailio 5060 par bind koni ho rayo, 'bind: Address already in use'. mbx3000 bhi isi machine par
5060 sun rayo hai. galti su dono ek hi box par daal diya. kamailio ne 5070 par kar dyan kai?`),
    no(`bhai mhare laptop pe npm run dev chalaya, bolya port 3000 already in use, EADDRINUSE. pichla terminal
band kar diya fer bhi. yo VOS ke billing dashboard ka dev kaam se. lsof te dekh lyu ke?`),
    no(`Dajyu kas chha? docker container ni uthno, 'Bind for 0.0.0.0:8080 failed: port is already allocated'. yo
host pe pehli bati tomcat (VOS portal) 8080 pe chh. container ko port badal dyun?`),
    no(`Webmin 10000 port me start nai hot he bhaiya, 'Failed to bind to port 10000: Address already in use'.
kaali reboot ke baad le aisan hoge. koi juna miniserv.pl atke he ka?`),
    no(`ram ram sa. आज सुबह सूं httpd start कोनी हो रयो, '(98)Address already in use: could not bind to address
[::]:443'. ssl वाळो नयो vhost add कर्यो हो. nginx भी 443 पर है कांई, check करण रो तरीको बतावो सा`),
    no(`tomcat ke catalina.out me yo aa rya se: 'SEVERE: Failed to initialize end point associated with
ProtocolHandler [http-bio-8080] java.net.BindException: Address already in use <null>:8080'. portal na khulda. do
tomcat chal rye ke?`),
    no(`Pranam sir, hamaru VOS portal ko shutdown.sh chalaayi, phir startup.sh. ab 8005 shutdown port ma bind ni
hwenu bolnu 'StandardServer.await: create[localhost:8005]: java.net.BindException: Address already in use'.
purano java process ni maryu bal`),
    no(`dada ek ठन sipp test bar 5060 me listen karaye rehen, ab VOS ke mbx3000 restart karthon ta 5060 nai milat
he. sipp ke process la kill karna padhi ka? production aye, dhyan se batao`),
    no(`Bhai sa, Grafana 3000 par koni chale, log: 'listen tcp 0.0.0.0:3000: bind: address already in use'. mhara
dev bhai ne node app bhi 3000 par chala di. ek ne 3001 par kar dyaan?`),
    no(`ssh port 2222 kari thi sshd_config me, restart pe 'error: Bind to port 2222 on 0.0.0.0 failed: Address
already in use.' ek purana port forward pehla te 2222 pe baitha se. server centos 6 ka se`),
    no(`asterisk ko pjsip 5060 pe start ni hwe raa: 'Unable to bind to 0.0.0.0:5060 Address already in use'.
chan_sip bhi load chha shayad. dwi ek hi port maang raa. kaun band karun?`),
    no(`Redis 6379 me start nai hot he, 'Could not create server TCP listening socket *:6379: bind: Address
already in use'. pehli wala redis-server chalat he shayad, systemctl ke sang manual ghalo chalaye rehen 😅`),
    no(`ek hi VOS box par do mysql instance chalavan ri koshish karyo, dujo bhi 3306 par uthno chave. 'Bind on
TCP/IP port. Got error: 98: Address already in use'. my.cnf me port 3307 likh dyaan to thik rahsi?`),
    no(`Ram Ram. haproxy reload kare to 'Starting frontend web: cannot bind socket [0.0.0.0:443]' aave. nginx bhi
443 pakde baitha se. mhane ek hi chahiye, portal ke aage. bata do kaunsa rakhu`),
    no(`Sewa dida, hamaro naya SBC ka test box ma opensips 5060 pe bind ni hwe raa, 'bind failed ... Address
already in use'. pehli bati ek sip tester chhodi rakhyu chha kai. ss -lntp se kya dekhun?`),
    no(`भैया जोहार, prometheus 9090 म नई उठत हे, 'listen tcp 0.0.0.0:9090: bind: address already in use'. cockpit
घलो 9090 म चलत हे कहिथें. का करंव?`),
    no(`mhe VOS portal ro port 80 par badal diyo, ab tomcat uthe koni 'Address already in use: JVM_Bind'. 80 par
pehla su apache chal rayo ho. apache hatavan su aur kai to koni bigde?`),
    no(`bhai ftp server (vsftpd) 21 pe na chalda, '500 OOPS: could not bind listening IPv4 socket'. xinetd bhi 21
pe sunn rya lagda se. recording download khatir chahiye tha`),
    no(`Almora bati dajyu: VOS ko tomcat start kari, log ma 'Address already in use: JVM_Bind' 8443 pe aayi. ek
ssl waalo dusro tomcat bhi yo box pe chh. port badalno padal?`),
    no(`Jai johar, hamar node.js ke webhook server 5000 me nai chalat he, EADDRINUSE :::5000. pm2 me do baar
start ho gis lagthe, pm2 list me duplicate dikhat he`),
    no(`khamma ghani. laptop par xampp ri apache 80 par start koni ho ri, 'Port 80 in use by System'. skype ya
iis ro chakkar hai kai? VOS ri CDR report local su nikalan khatir chahije ho`),
    no(`kaal raat server pe snmpd start na hoya: 'Error opening specified endpoint udp:161', koi dusra agent 161
pakde baitha se. VOS ki monitoring isi te chale. kaun sa process se kyukar dekhu?`),
    no(`dida, mi naya dev server ma VOS ki API ko mock 8080 pe chalaan lagyun, 'Address already in use'. laptop
ma jenkins pehli bati 8080 pe chh. bas yo ek service ko matter chha, baaki sab thik`),
  ],
  otherRegistrationCause: [
    no(`khamma ghani sa, Barmer wala reseller ra 40 phone unregistered dikhe. puchhyo to bolyo ki kal account ro
password badlyo ho aur phone me purano hi padyo hai. log me 401 aave. thik kar dyo?`),
    no(`bhai Hisar aale client ke saare phone unregistered. pata chala subah 5 baje te bijli gayi thi, inverter
bhi khatam. ib light aa gi se, phone reboot ho rye. tab tak kuch na karna na?`),
    no(`Sewa lagani. Pauri office ka phone unregistered hwe gayin, ISP ko fibre kaati gay bal subah. internet hi
ni chha. line thik hwe ta apne aap register holu na?`),
    no(`bhaiya Korba ke customer ke account suspend ho gis, teen mahina le payment nai karis. tebhe sab phone
unregistered. payment aahi ta chalu kar debo, batao kaisan karna he`),
    no(`Jodhpur ra call centre ro domain badal diyo (sip.purano.in su sip.navo.in), ab phone purana DNS par jaave
to register koni. sab me nayo server address daalno padsi kai?`),
    no(`Ram Ram. humne VOS server ka public IP badla, ISP te naya block liya. ib saare gateway aur phone
unregistered se kyunki unme purana IP se. ek ek karke badlna padega ke?`),
    no(`Haldwani bati dajyu: ek agent ko softphone wifi kaat jaan pe unregistered hai jaand. office ma wifi hi
kamjor chh. yo hamaro server ko problem ni lagno na?`),
    no(`Jai Johar. Bhilai me UDP only setup he, kaali nawa Jio router lagais, oke baad le phone register nai hot
he. router me SIP ALG chalu he kahat he. TCP ta hum use hi nai karan`),
    no(`हुकम, Bikaner वाळा customer रो VOS licence expire हो गयो, 'license expired' warning आवे अर फोन register
कोनी होवे. renewal रो कांई process है?`),
    no(`bhai ek client ka DECT base ka adapter jal gaya, isliye saare handset unregistered. baaki sab theek. naya
adapter lagan te register ho jaavega na? VOS me kuch karna padega?`),
    no(`Almora office ka phone 'Registration failed 403 Forbidden' dikhaan lagin. account ki expiry date kal ki
chhi, renew ni kari. maik laagno yo hi reason chh`),
    no(`Raipur ke 12 phone unregistered hoge, technician ha provisioning me user name galat type kar dis. ab sahi
karat hon. ek baar server side le check kar lehu ka?`),
    no(`Sikar ra reseller bolyo phone unregistered, mhe dekhyo to vo IP block list me hai, 20 baar galat password
daalyo to auto-block ho gyo. unblock karyo to chal gayo. bas jaankari su likhyo 🙏`),
    no(`Rohtak me broadband ISP ki outage thi 2 ghante ki, us time sab phone unregistered the. ib sab wapas aa
gye. bas report chahiye thi client nu dikhan khatir`),
    no(`Dehradun ki ek branch ma naya router lagaayi, wakh sirf UDP 5060 chh, TCP ni. phone unregistered. router
ma port forward ni kari lagdu, purana router ma thi`),
    no(`bhaiya Jagdalpur me server ke date/time galat ho gis rahis, ntp band rehis, tebhe registration turant
turant expire hoge. ntp chalu kar de hon. ab thik lagat he`),
    no(`mhara ek customer ro Grandstream phone bijli su factory reset ho gyo, saari setting ud gai. ab register
koni. provisioning server su config pachhi kiyan kheenchan?`),
    no(`bhai ek reseller ka balance zero hoya to VOS ne account lock kar diya, tab te phone unregistered dikhe.
recharge karwa diya se, kitni der me active hovega?`),
    no(`Tehri ma barf padi, tower down chha, 4G router ni chalnu. sab phone unregistered. bas batoun chhaun ki
ticket ni kholni, network hi ni chha 🙏`),
    no(`mor softphone (zoiper) me ek din le 'Request timeout' aat rahis, admin ha account ke password badal dis
rahis. nawa password daare ta register hoge. dhanyavad`),
    no(`Udaipur wala customer ro phone unregistered ho, vo server IP galat daal diyo ho, public ri jagah 192.168
wala local IP. thik karwa diyo. bas log me entry check karni hai`),
    no(`mhare ek gateway ka MAC badal gya board badalne te, aur VOS me IP+MAC auth laga rakhya se. isliye
unregistered. naya MAC kithe update karu?`),
    no(`Rishikesh ko call centre: windows update ke baad softphone ko PC firewall ma allow hati gay, tab bati
unregistered. yo PC ko local firewall chha, VOS ko ni. bas note kar lyaa`),
    no(`hamar Durg ke customer ke DNS server down rehis, sip domain resolve nai hot rahis, sab phone
unregistered. DNS 8.8.8.8 kar dis ta sab register hoge`),
    no(`ghano jaldi me hu sa: Nagaur ri branch me internet ro bill koni bharyo, BSNL line kat gai. phone
unregistered. payment kar ke batavsyan`),
    no(`ek gateway unregistered dikha rya se kyunki uske SIP account ka expiry 60 sec se aur VOS me min 300, '423
Interval Too Brief' aa rya. expiry badal du ke?`),
    no(`Nainital office ka phone ma sip port galat daali chhi 5080, hamaro 5060 chh. sahi kari ta registered hai
gai. bas confirm karno chhi ki server pe koi issue ni chh`),
  ],
  smallFigures: [
    no(`Khamma ghani sa, ek sawal: netstat me 180 connection TIME_WAIT dikhe, server par 5-6 call hi chale. yo
normal hai kai? abhi koi dikkat koni, bas dekhyo to puchh liyo`),
    no(`bhai TIME_WAIT hove ke se? ek baar samjha do. mhare server pe 300 ke aaspaas dikhe se, CPS 10 bhi na se`),
    no(`sewa lagani sir. hamaro VOS ma SS_TCP_CLOSE_RESET default Off chha. kya yo On karnu chaiyenu? abhi koi
problem ni chha, bas best practice puchhnu chhaun`),
    no(`bhaiya ip_local_port_range kitna rakhna chahi VOS server bar? abhi 32768 60999 he. koi dikkat nai he,
nawa server setup karat hon`),
    no(`ss -s ro output: 'TCP: 245 (estab 38, closed 190, orphaned 0, timewait 187)'. 15 CPS par chal rayo. thik
hai na sa? monthly health check ri report banaa rayo hu`),
    no(`bhai 1500 TIME_WAIT normal se ke 20 CPS pe? TCP pe SIP chalave hain. abhi sab thik chal rya, kuch fail na
hoya`),
    no(`dajyu, tcp_tw_reuse ko matlab kya chh? 0 rakhun ya 1? server pe koi issue ni, bas sysctl.conf dekhan
lagyun`),
    no(`net.ipv4.tcp_fin_timeout 60 he hamar server me. ola kam karna chahi ka? TIME_WAIT sirf 90-100 dikhat he.
bas samjhe bar puchhat hon`),
    no(`हुकम एक सवाल, छोटे सर्वर पर RST mode चालू करण सूं कोई फायदो है कांई? म्हारे 8 CPS ही है. अबार कोई तकलीफ
कोनी`),
    no(`server ka health check kara: 'netstat -an | grep TIME_WAIT | wc -l' = 64. load 0.3, mysql thik. bas ek
baar thm bhi dekh lyo`),
    no(`pranam. TIME_WAIT aur CLOSE_WAIT ma farak kya chha? mero server ma 12 CLOSE_WAIT aur 140 TIME_WAIT.
chinta ki baat ta ni?`),
    no(`ek jaankari chahi: ephemeral port max kitna ho sakat he? 65535? hamar 50 channel ke server me kabhu
problem aahi ka?`),
    no(`mhe naya client onboard kar rya hai 30 CPS ro. ab tak 10 CPS par 400-500 TIME_WAIT rahve. 30 par kitna
jaasi? kai sysctl pehli su hi badalno padsi?`),
    no(`bhai SS_TCP_CLOSE_RESET UDP wale trunk pe kuch asar karega ke? bas puchhna tha, mhare sab trunk UDP pe se`),
    no(`Dehradun bati: hamaro server ma 'ss -tan state time-wait | wc -l' 230 aayu. raati ko 20 hi rand. kya yo
din ka load ka hisaab se thik chha?`),
    no(`bhaiya RST aur FIN me ka farak he, saral bhasha me batao na. customer puchhat he, mola samjhana he 🙏`),
    no(`ek sawal sa: port range 1024-65535 kar dyaan to kai nuksan? abhi to koi dikkat koni, bas ek blog me
padhyo`),
    no(`mhara VOS 2 CPS pe chale, TIME_WAIT 40-50. monitoring me graph bana rye. alert kitne pe lagau? 5000 pe
theek rahega ke?`),
    no(`dida, tcp_max_tw_buckets ko default kitna chha centos 7 ma? mero server pe 262144 dikhnu. abhi 300
time_wait chhan. bas note karnu chhaun`),
    no(`हमर सर्वर म netstat देखेन, 350 TIME_WAIT हे, 25 concurrent call. ये ठीक हे ना? कोनो error नई आवत हे`),
    no(`Jaipur su: tcp_tw_recycle ar tcp_tw_reuse me kai farak hai? ek purana guide me recycle=1 likhyo ho. mhe
abhi kuch koni badlyo, pehli puchh rya hai`),
    no(`bhai client ne 100 CPS ka quote maangya. TIME_WAIT ka hisaab kyukar lagave, 60 sec maan ke? abhi chaalte
server pe 15 CPS pe 900 ke aas paas se`),
    no(`Kumaon bati: SS_TCP_CLOSE_RESET On karan pe NAT waalon ko dikkat aandi, yo sahi chh? hamar sab client NAT
ka peeche chhan, isliye Off hi rakhno thik?`),
    no(`monthly audit ke report: TIME_WAIT avg 210, peak 640 (sanjha 7 baje). free port 27000 ke aas paas. kuch
karna padhi ka ya sab normal he?`),
    no(`sa, 'ss -s' me 'timewait 12/0' aave. mhare test server par call koni chale. thik hai na, koi badlav ri
zarurat koni?`),
    no(`bhai naya intern puchh rya: linux pe TCP connection band hove to TIME_WAIT kitni der rahve? 60 sec ke 2
minute? usnu samjhana se`),
    no(`sewa. kya VOS3000 ma SIP over TCP zaruri chha ya UDP hi theek? mero 20 CPS ko setup chha. TIME_WAIT ka
chakkar ma ni padnu chhaundu`),
  ],
  firewallNoRst: [
    no(`khamma ghani sa. naya carrier ro IP whitelist karno hai VOS ra firewall me. iptables me kiyan add karan?
5060 udp ar tcp dono chahije`),
    no(`bhai fail2ban ne mhare office ka IP ban kar diya, portal pe 5 baar galat password. unban kyukar karu?
fail2ban-client set sshd unbanip?`),
    no(`sewa lagani. hamaro FortiGate ma VOS web portal 8080 ko port forward karnu chha bahar bati. VIP banai
diyo par ni khulnu. policy ma kya chhuti gay?`),
    no(`bhaiya router me SIP ALG band kaisan karbo? MikroTik he. IP > Firewall > Service Ports me sip disable kar
dau ka? nawa setup he, abhi register bhi nai karaye hon`),
    no(`mhare server par china ar russia su SIP scan ghana aave. iptables su geo-block kiyan lagaan, ipset su?
abhi koi dikkat koni, bas safety khatir`),
    no(`Ram Ram. pfSense pe naya rule banana se: RTP 10000-20000 udp allow. kyukar karu, alias banake? client ki
nayi site aa rayi se`),
    no(`dajyu, iptables ma web portal 8080 ko access sirf office IP bati dinu chh. rule ko order kya rakhun? drop
sab se tali?`),
    no(`Jai johar. ASA me SIP trunk bar nawa ACL lagana he, 5060 tcp/udp, source carrier ke IP. config ke example
de dehu?`),
    no(`हुकम, फायरवाल में 3306 पोर्ट बारे सूं बंद करणो है. अबार खुलो पड़्यो है. iptables रो कमांड बता दो सा`),
    no(`bhai fail2ban ki jail banani se SIP ke 401 pe. VOS ka log format ke se? asterisk wali jail kaam karegi
ke?`),
    no(`Haldwani ka router ma 5060 ko port forward karnu chh local PBX pe. Airtel ko router chh. kakh bati karun,
NAT section ma?`),
    no(`hamar server me firewalld chalat he, iptables nai. VOS bar 1720 (H323) open karna he. firewall-cmd ke
command batao`),
    no(`Jodhpur ra client ro IP badal gyo, firewall me purano whitelist hai. nayo add kar diyo, purano hatavno
chahije kai? koi security dikkat?`),
    no(`bhai Sophos firewall pe SIP helper band karna se ke chalu rakhna? Gurugram me naya office setup ho rya
se, abhi koi dikkat na`),
    no(`pranam sir. hamaro ISP bolnu ki unka firewall ma 5060 by default blocked chha. unblock ki application
likhni padli. kya 5060 ki jagah 5080 use kar sakdaan?`),
    no(`bhaiya iptables -L me bahut saare rule he, saaf karna he. centos 6 me save kaisan karbo? service iptables
save?`),
    no(`sa, ek IP ne portal par brute force karyo, 2000 try. iptables su ban kar diyo. aage su auto-ban ro kai
upaay? fail2ban lagaan?`),
    no(`FortiGate pe SIP session helper delete karna se, ek doc me likha. 'config system session-helper' me
kaunsa number? naya setup se`),
    no(`Kumaon bati: mero OPNsense ma outbound NAT rule banaan chhaun taki SIP ko static port rau. kya yo sahi
tarika chh?`),
    no(`Raigarh ke client la bolna he ki apan firewall me hamar server IP allow kare. kaun kaun port batavan?
5060, RTP range, aur?`),
    no(`मीटिंग सूं पेली: VOS रो Tomcat 8080 बस VPN सूं खुलणो चाहिजे. iptables में रूल बणा दियो, एक बार चेक कर लो
सा`),
    no(`bhai conntrack table full ka koi message na se, bas puchhna tha nf_conntrack_max kitna rakhu 50 CPS pe?
server abhi live na hoya`),
    no(`dajyu, hamar Mikrotik ma dst-nat banai, bahar ko 8080 bhitar 80 pe. khuldu ta chh par slow. yo firewall
ko issue chh ya ISP ko?`),
    no(`ek customer ke pfSense me snort ha hamar IP la galti le ban kar dis rahis. unblock karwa de hon, ab thik
he, bas jaankari bar`),
    no(`sa, iptables me 5060 par rate limit lagaano hai (hashlimit), raat me flood aave. rule ro example bhej do`),
    no(`Ram Ram, naya carrier aaya, bolya apne firewall me unke do IP 5060 tcp pe allow karo. kar diya, ib thm ek
test call karwa dyo`),
    no(`sewa. Cisco ASA ma 'sip inspect' band karnu ki salaah mili. call ta thik chaldin, bas upgrade se pehle
confirm karnu chhaun ki zaruri chha ki ni`),
  ],
  negationContext: [
    no(`khamma ghani sa, mhara sab trunk UDP par hai, to SS_TCP_CLOSE_RESET su koi lena dena koni na? ek vendor
bolyo On karo, mhe mana kar diyo`),
    no(`bhai kaal wale fix ke baad TIME_WAIT bilkul theek se, 14000 te 200 pe aa gaya. dhanyavad, ticket band kar
do`),
    no(`sewa. RST mode hamaro server pe Off chha aur Off hi rahalo, kuch ni badalnu. phone unregistered ta
password badlan ka baad hwe chhan, wo thik kari yalin`),
    no(`bhaiya koi kuch nai badlis server me, RST bhi off he. phone unregistered sirf password change ke baad
hois, nawa password daare ta sab register ho gis`),
    no(`एक article forward कर रयो हूं: 'SS_TCP_CLOSE_RESET=On reduces TIME_WAIT but may break NAT'. म्हाने कोई
दिक्कत कोनी, बस पढ़ण सारू भेज्यो`),
    no(`bhai pichhle hafte jo firewall RST drop kar rya tha wo solve ho gaya, Fortigate pe policy badal di. ib
sab call chal rayi. shukriya 🙏`),
    no(`Dajyu, SS_TCP_CLOSE_RESET kya karnu ek line ma batau? manager puchhnu, hamar koi problem ni chh`),
    no(`port exhaustion wala dikkat pichhla mahina rehis, ab nai he. ip_local_port_range badhaye ke baad sab
thik. bas feedback dat hon`),
    no(`sa, mhe RST On koni karyo, na karsyan. phone to pehli su hi UDP par hai, NAT router ra phone sab
registered hai. bas confirm karno ho ki kisi update su setting to koni badli`),
    no(`bhai 'address already in use' wala error tomcat ka tha, port ki kami na thi. dusra tomcat band kar diya,
portal khul gya. ticket band`),
    no(`pranam, hamaro firewall RST drop ni karnu, tcpdump se test kari, RST bahar jaandu aur carrier tak
pahunchdu. call fail ko karan codec mismatch niklu`),
    no(`hamar NAT wala phone man me RST ke koi asar nai he kaabar ki oman UDP me hain. unregistered hoye ke dusar
reason hoy sakat he. kaali dekhbo`),
    no(`Jaipur su: kal raat ri tuning me mhe RST koni chhedyo, sirf tcp_tw_reuse=1 karyo. ab TIME_WAIT bhi normal
hai aur sab phone registered. dhanyavad sa`),
    no(`ek customer ne puchhya ki RST on karne te NAT phone unregister hove se ke? mhare kisi ke na hoye, bas
theory puchh rya. samjha do`),
    no(`sewa lagani. pichhla ticket ma firewall RST drop ko shaq chhi, par pata chalyu ki firewall ma kuch ni
chha, carrier ko trunk hi down chhi. ab sab thik`),
    no(`भैया RST ला पिछला हफ्ता वापस off कर दे हन, तब ले सब फोन registered हें. अब कोनो दिक्कत नई. धन्यवाद 🙏`),
    no(`reseller ne ek post forward karyo: 'TIME_WAIT is normal TCP behaviour, not an error'. mhare koi dikkat
koni, team ne padhavan su puchh rya ki sahi hai kai?`),
    no(`bhai SS_TCP_CLOSE_RESET On na karna, yo mera final decision se, hamare saare customer NAT ke peeche se.
bas record khatir likh rya`),
    no(`Kumaon bati: 'cannot bind' error pehli aandi chhi jab port range chhoti chhi, ab 10000-65000 kari di. kal
bati ek bhi ni aayi. bas update dinu chhaun`),
    no(`hamar firewall iptables conntrack wala he, par RST ke koi dikkat nai aahe, RST off he. call drop ke karan
ISP ke packet loss niklis`),
    no(`sa, update: phone unregistered hua ha vo NAT/RST su koni, customer ro router reboot loop me ho. naya
router lagaayo, sab thik`),
    no(`vendor ki mail forward kar rya: 'Enabling RST close may cause stateful firewalls to drop packets'. mhare
to RST off se, bas team nu padhao`),
    no(`dida, RST On karan pe UDP wala call pe bhi asar padlo? ni na? mero sab UDP chhan. bas confirm karnu`),
    no(`kaali jaun port exhaustion wala ticket khole rehen, galti le khul gis, asal me monitoring ke alert ke
threshold galat rehis. band kar dau 🙏`),
    no(`VOS upgrade ke baad mhe check karyo: SS_TCP_CLOSE_RESET abhi bhi Off hi hai, kuch koni badlyo. phone sab
online. bas checklist me tick lagaavno ho`),
    no(`bhai na to TIME_WAIT badhya, na port khatam hoye. call fail ho rayi thi kyunki carrier ka balance khatam
tha. RST wala fix mat lagana`),
    no(`sewa. hamaru firewall team bolni ki RST drop ni hwe raa, logs ma kuch ni. aur hamaru VOS ma RST Off bhi
chha. ta firewall wala angle band karo`),
  ],
  portExhaustion: [
    pe(`Khamma ghani sa 🙏 saanjh 7 baje su VOS su outgoing TCP call koni lage. log me 'Cannot assign requested
address' ar 'address already in use' aave. netstat me 28000 TIME_WAIT. turant dekho sa`),
    pe(`bhai ghani dikkat se!! peak time pe carrier ki taraf naye TCP connection banne band ho jaave. 'netstat
-an | grep TIME_WAIT | wc -l' = 31204. CPS 180 ke aaspaas. kuch karo`),
    pe(`Sewa lagani dida. hamaro VOS ma raati 8 baje bati bind error aan lagin: 'bind: Address already in use'
outgoing connection ma. ss -s ma timewait 27k chha. ports khatam hwe gayin lagdu`),
    pe(`Jai Johar bhaiya, peak time me mbx3000 ha nawa TCP connection nai banat he, log me EADDRINUSE. TIME_WAIT
25 hajaar le upar. ka karon? customer bad gussa he`),
    pe(`ss -s ro output bhejyo sa:
TCP:   32841 (estab 412, closed 32190, orphaned 3, timewait 32187)
ab 150 CPS par naya connection koni bane. port khatam ho gaya kai?`),
    pe(`Ram Ram. mhare Sonipat aale server pe subah 11 te 1 baje peak pe calls fail: 'java.net.BindException:
Address already in use: connect'. yo outgoing pe se, listening pe na. TIME_WAIT hajaro me`),
    pe(`dajyu kas chha. server ma 'cannot bind' error aand sirf jab load badhnu, 200 CPS pe. ip_local_port_range
32768-60999 chh, sab port TIME_WAIT ma atki jaan. kya karun?`),
    pe(`hamar Raipur server ke log:
[ERR] tcp connect to 10.20.1.5:5060 failed: Cannot assign requested address
[ERR] bind failed EADDRINUSE
TIME_WAIT count 29870. kaali sanjha le aisan hot he`),
    pe(`हुकम, रात ९ बजे पीक में सर्वर रा सगळा लोकल पोर्ट खतम हो जावे. TIME_WAIT 30 हजार. नयो SIP TCP connection
बणे कोनी. कांई करां?`),
    pe(`reseller ka message forward: 'sir hamari calls 7 baje se nahi lag rahi, error address already in use'.
mhane dekhya to netstat me 26k TIME_WAIT se aur local port range bhar gi. jaldi karo`),
    pe(`Pranam sir. naya carrier jodan ka baad CPS 250 hwe gay aur ab har sham outgoing tcp connection fail,
ephemeral port ni milnu. TIME_WAIT 40000 se upar. tcp_tw_reuse 0 chha`),
    pe(`bhaiya tor pichhla advice ke baad bhi dikkat he: peak me outgoing me 'Address already in use'. TIME_WAIT
22000, CPS 120. port range chhota he ka?`),
    pe(`sa sun lo, 10 minute su saara call fail, mbx3000 ro log bharyo padyo 'bind error 98'. netstat -ant | grep
-c TIME_WAIT → 33012. restart karan su thodi der thik rahve, pachhe vo hi`),
    pe(`bhai yo dekh:
$ ss -tan state time-wait | wc -l
28451
ar VOS log me 'no free local port'. har raat 8-10 baje. bhot ghana nuksan ho rya se`),
    pe(`Kumaon bati dajyu: raati peak ma TCP trunk pe nayu connection ni bannu, BindException. netstat ma
TIME_WAIT 35k. local port sab use hai gayin. ai baar pura server atki go`),
    pe(`Jai Johar. hamar call centre ke dialer 300 CPS me dhakelthe, tab VOS le bahar ke TCP connection fail hot
he 'EADDRINUSE'. netstat me TIME_WAIT 38000. ka setting badle bar padhi?`),
    pe(`mhara Jaipur ra box par kal saanjh 6:40 su 7:30 tak outgoing connection fail ho gaya, 'Cannot assign
requested address'. timewait 30k ar port range 32768-61000. port khatam hi lagya`),
    pe(`bhai koi sawal na se, asli problem se: peak pe 20-25 hajaar socket TIME_WAIT me, fer naye connection na
bante, calls fail 'address already in use'. client nu ke jawab du?`),
    pe(`sewa. monitoring alert: 'TIME_WAIT > 25000' aur saath ma SIP TCP connect failures. outgoing socket bind
ni hwe raa. 9 baje bati. kya tcp_tw_reuse on karun?`),
    pe(`bhaiya ek reseller ke gussa wala message: 'har roj shaam 7 baje aapka server call lena band kar deta
hai'. log dekhen ta 'cannot bind local address' aur TIME_WAIT 27 hajaar. port khatam hot he`),
    pe(`ram ram sa, 200 CPS ro load test karyo, 3 minute baad naya TCP connection banno band. har outgoing par
'bind: Address already in use'. ss -s: timewait 28093. production me bhi yo hi hosi`),
    pe(`centos 7 pe VOS, peak me local ephemeral port khatam. netstat:
tcp 0 0 10.0.0.4:41235 203.0.113.20:5060 TIME_WAIT
aisi 30 hajaar line. calls pe 'address in use' aa rya se`),
    pe(`Dehradun bati. kal raati 10:15 pe sab outgoing TCP call fail hwe gayin, log ma EADDRINUSE. netstat ma 31k
TIME_WAIT. aaj phir hwe sakdu. jaldi help karo 🙏`),
    pe(`हमर सर्वर म संझा के TIME_WAIT 30 हजार ले ऊपर चल देथे, तहाँ ले नवा कनेक्शन नई बनय. log म 'Address already
in use' आथे. कइसे ठीक करबो?`),
    pe(`sa, follow-up: kal wala port ro problem aaj bhi aayo. 7:05 baje 'BindException: Cannot assign requested
address' ar TIME_WAIT 29500. kal restart karyo ho, kaam koni aayo`),
    pe(`Bhiwani aala customer: bhai 2 din te peak time me outgoing TCP leg fail. ss -s 'timewait 34120'. port
range bhar gi. RST wala kuch karna padega ke sysctl?`),
    pe(`dajyu, maik laagnu port khatam hai jaan. sham ma jab VOS carrier ko connect karnu, 'address already in
use' aandu. TIME_WAIT 24 hajaar, CPS 160. dhyan diyaa`),
    pe(`bhaiya, hamar server me CPS badhthe ta turant bind error aat he: 'connect() failed: Address already in
use (98)'. TIME_WAIT 26000. sab local port TIME_WAIT me phas jathe`),
    pe(`ghano pareshan hu sa 😡 teen din su roj 8 baje call band. thare engineer ne kal dekhyo, kuch koni hoyo.
outgoing socket bind koni hove, 27000 TIME_WAIT. aaj koi senior bhejo`),
    pe(`bhai peak pe server das-bees hajaar socket TIME_WAIT me rakh leve, fer 'cannot bind' aave ar nayi TCP
call na lagdi. ek baar tcp_tw_reuse aur port range dekh lyo`),
  ],
  natUnregistered: [
    nat(`Khamma ghani sa. kal raat thare engineer ne SS_TCP_CLOSE_RESET On karyo, aaj subah su MikroTik ra peeche
wala saara phone unregistered. sab TCP par hai. jaldi dekho`),
    nat(`bhai RST mode chalu kiya tha TIME_WAIT khatir, tab te NAT ke peeche aale phone register na ho rye. home
router wale 30 client unregistered. ke kar diya thamne?`),
    nat(`sewa lagani. pichhli support call ma RST On kari chhi. tab bati office ka Mikrotik ka peeche ka IP phone
baar baar unregistered hwe jaandin. pehli ni hwe chhaa`),
    nat(`Jai Johar bhaiya. jab le SS_TCP_CLOSE_RESET=On karis hau, hamar ghar le kaam karaiya agent man ke
softphone (home router ke pachhu) unregistered dikhat he. TCP me register karthe`),
    nat(`हुकम, काल री ट्यूनिंग रे बाद सूं NAT रे पाछे आळा फोन registered कोनी रेवे. 5-10 मिनट में unregistered हो
जावे. थे RST On कर्यो हो ना?`),
    nat(`bhai CGNAT aale Jio/Airtel customer ke phone last change ke baad te unregistered hone lage. pata chala
RST close on hoya se. public IP aale thik se, bas NAT aale`),
    nat(`dajyu, update ka baad VOS ma SS_TCP_CLOSE_RESET On dikhnu. aur Haldwani office ka sab phone (MikroTik
NAT) unregistered. yo dwi judi chhan ki?`),
    nat(`bhaiya ek customer ke 50 phone MikroTik ke pachhu he, RST on karaye ke baad le registration chhut jathe.
re-register karthe, fer 2 minute me gayab`),
    nat(`sa, RST wali setting chalu karan ra baad NAT router ra peeche ra sab endpoint unregistered ho rya. jo
public IP par hai vo thik hai. ab kai karan, pachho Off karan?`),
    nat(`Ram Ram. reseller ka message: 'sir kal raat se hamare office ke phone register nahi ho rahe, TP-Link
router ke peeche'. mhane kal hi TIME_WAIT khatir RST mode on kara tha. koi connection se?`),
    nat(`Pranam sir. NAT ka peeche TCP registration waalo phone baar baar drop hwe jaandin, jab bati RST On kari.
log ma 'registration expired' aur phir naya REGISTER ni pahunchnu`),
    nat(`हमर रायपुर ऑफिस के फोन जेन NAT के पाछू हें, RST चालू करे के बाद ले unregistered हो जाथें. बाकी direct IP
वाला मन ठीक हें. का करबो भैया?`),
    nat(`Jodhpur ra call centre: kal 11 baje thari team 'tcp close reset' chalu karyo, ab 80 agent ra phone
unregistered. sagla MikroTik su NAT hove 😟`),
    nat(`bhai pichhle ticket me jo RST=On karwaya tha, uske baad te home users ke phone unregistered rahve. router
reboot karo to thodi der register, fer gayab. NAT ka chakkar lagda`),
    nat(`dajyu, Kumaoni ma batoon: SS_TCP_CLOSE_RESET On karan bati jo phone ghar ka router ka peeche chhan,
unregistered hai jaan. office ma public IP waal ta thik chhan`),
    nat(`bhaiya kaali raat tum man tuning karaye rehev, oke baad le NAT wala sab endpoint unregistered. SIP TCP
par he. ka RST ke sebe he?`),
    nat(`ram ram sa. ek reseller ri teen site MikroTik NAT ra peeche. RST On karyo jad su registration tut jave,
VOS me 'unregistered' dikhe. pehli do saal su thik chale ho`),
    nat(`bhai kal jo RST wala change kara, uske baad CGNAT pe baithe customer ke phone register na hote. ISP
router ka NAT RST pe session khatam kar de lagda. waapas karo`),
    nat(`sewa. jab bati RST mode chalu hwe, hamaro NAT ka peeche wala Yealink phone unregistered dikhan lagin.
Wireshark ma RST jaandu dikhdu aur phir REGISTER refresh ni aandu`),
    nat(`Jai Johar. Bilaspur ke customer ke Grandstream phone home router ke pachhu unregistered hot he,
SS_TCP_CLOSE_RESET On ke baad le. pehli ekdam thik rehis`),
    nat(`mhe to kuch koni badlyo, pan thare support ne TIME_WAIT kam karan su RST ON karyo. tad su Bikaner ra NAT
wala phone unregistered. public IP wala ek gateway thik hai`),
    nat(`bhai urgent: 120 extension unregistered, sab NAT ke peeche (MikroTik + home routers). aaj subah tuning
hui thi jisme RST on hoya. ekdam saath me shuru hoya`),
    nat(`dajyu kas chha. Rishikesh ka hotel ka sab room phone NAT ka peeche chhan, RST On kari ta unregistered hai
gayin. RST Off karun ki koi aur tarika chh?`),
    nat(`bhaiya, kaali wala TIME_WAIT fix ke baad le hamar MikroTik ke pachhu ke phone 5 minute me unregistered ho
jathe. log me register expire. public IP wala thik he`),
    nat(`Udaipur su: RST setting On kari jad su NAT router ra peeche ra softphone (Zoiper, TCP) unregistered.
mobile data wala bhi. ghano jaldi solution chahije`),
    nat(`customer gussa: 'tamne kuch setting badli, hamare phone unregistered'. check kara, pichhle support run te
SS_TCP_CLOSE_RESET On se. phone sab NAT ke peeche home router pe`),
    nat(`sewa lagani. bhol ka maintenance ma RST on hwe, ab Dehradun branch ka NAT ka peeche phone registration
kho dindin. pehli saal bhar thik chal`),
    nat(`hamar sab agent ghar le kaam karthe, home router NAT. jab le RST=On he, unregistered ho jathe. office ke
public IP wala phone thik he. RST waapas off kar din ka?`),
    nat(`हुकम, MikroTik रे पाछे वाळा 40 phone unregistered, RST on करण रे बाद. NAT वाळा सगळा. बाकी ठीक. जल्दी बताओ
सा 🙏`),
    nat(`bhai last change ke baad te NAT aale endpoint register na rahte. TCP pe SIP se, router Mikrotik aur
Tenda. thara advice chahiye`),
  ],
  firewallRst: [
    fw(`Khamma ghani sa. kal RST On karyo, aaj su carrier ri taraf call fail. unko FortiGate RST packet drop kar
rayo, unki team bole 'invalid packet, no session'. kai karan?`),
    fw(`bhai SS_TCP_CLOSE_RESET On karne ke baad te call fail ho rayi se. mhare ASA ke log me 'Deny TCP (no
connection) ... flags RST' bhare pade se. firewall RST drop kar rya`),
    fw(`sewa lagani. RST mode chalu kari ta pfSense ma log aayu 'TCP:R' blocked. aur calls fail hwe jaandin.
stateful firewall RST ni jaan dinu`),
    fw(`bhaiya, RST chalu karaye ke baad le calls fail. hamar iptables conntrack me RST INVALID state me jaat he
aur drop hot he. log: 'IN= OUT=eth0 ... RST ... INVALID'`),
    fw(`ASA ro log paste karyo sa:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 203.0.113.9/34211 flags RST on interface inside
yo RST On karan su aave. calls fail`),
    fw(`Ram Ram. carrier bol rya unka firewall hamare RST packet drop kar rya, tab te call setup fail. pichhle
hafte RST mode on kara tha. ke karu, off karu?`),
    fw(`dajyu, FortiGate log ma 'Denied by forward policy check' aur 'tcp flags RST' dikhnu, jab bati
SS_TCP_CLOSE_RESET On kari. outbound call aadha fail`),
    fw(`Jai Johar. hamar server ke aage Cisco ASA he. kaali tuning me RST On karis, tab le TCP SIP call fail ho
jathe. ASA RST la drop karat he, log me Deny TCP no connection`),
    fw(`हुकम, RST चालू करण रे बाद सूं कॉल फेल. फायरवाल (pfSense) RST पैकेट ड्रॉप करे, लॉग में दिखे. पेली सब ठीक
हो`),
    fw(`bhai iptables -L -v me INVALID drop counter tez badh rya, sab RST packet hi se. jab te RST mode chalu
kara tab te calls fail. conntrack RST nu invalid maan ke drop kar rya`),
    fw(`pranam sir. carrier ko stateful firewall hamaro RST packet drop kardu, unko NOC bolnu. pichhli support
call ma RST On kari chhi. tab bati 30% call fail`),
    fw(`bhaiya pfSense ke log:
Block TCP:RA 10.0.0.2:5060 -> 198.51.100.7:40122
RST On karaye ke baad hajaro aisan line aat he. aur call fail hot he`),
    fw(`sa, last change (RST On) ra baad carrier ri call fail. tcpdump me mharo RST jaave pan carrier ra firewall
su aage koni pahunche, unki side su retry aave. firewall drop kare`),
    fw(`bhai FortiGate 100F pe log: 'action=deny ... tcpflags RST ... msg=iprope_in_check() check failed'. yo kal
raat ki update ke baad shuru hoya jab RST on kara`),
    fw(`sewa. RST On karan bati calls fail hwe raan. hamaro iptables ma 'ctstate INVALID -j DROP' rule chha, RST
wakhi drop hwe jaandin. yo rule hataun?`),
    fw(`हमर फायरवाल FortiGate RST पैकेट मन ला drop करत हे, जब ले SS_TCP_CLOSE_RESET On करे हन. call फेल होत हे.
का उपाय हे भैया?`),
    fw(`Jodhpur ra client ro ASA RST drop kare, 'Deny TCP (no connection)'. RST mode kal chalu karyo ho. unki
calls fail. firewall admin bole unki side su kuch koni badlyo`),
    fw(`carrier ki email forward: 'we see RST from your IP dropped by our stateful firewall, calls failing since
21:00'. usi time RST mode on kara tha. ke karya jave`),
    fw(`Kumaon bati: Sophos firewall RST packet block karnu, log ma 'Invalid TCP state'. RST mode ka baad bati
call fail. pehli ekdam thik chalnu chhi`),
    fw(`bhaiya jab le RST setting On he, hamar carrier ke firewall ha RST drop karat he aur call fail. oman kahat
he RST off karo ya firewall me allow karbo`),
    fw(`ram ram sa. pfSense ra firewall log me RST blocked, ar VOS me calls fail. RST tuning kal raat thari team
karyo ho. aaj subah su 40% fail`),
    fw(`bhai ASA pe 'Deny TCP (no connection) flags RST ACK' ke log. RST on karne ke baad te outgoing call ghani
fail. ASA admin bole RST drop hove se`),
    fw(`dajyu, conntrack log: 'nf_conntrack: invalid packet ... RST'. RST mode On bati calls fail. firewall RST
pass ni karnu. koi fix chh?`),
    fw(`Jai Johar. Bilaspur ke customer ke FortiGate RST drop karat he, RST On karaye ke baad le. oman ke calls
fail. log me 'no session matched'`),
    fw(`sa, update ra baad su calls fail, dekhyo to SS_TCP_CLOSE_RESET On ho gayo. carrier ro firewall RST drop
kar rayo, unka NOC confirm karyo`),
    fw(`Ram Ram. firewall (pfSense) ke log me 'TCP:R' blocked entries, RST mode do din pehle on kara tha. tab te
calls fail 🙄 ke RST off kar de?`),
    fw(`sewa lagani. hamaro carrier ko stateful firewall RST packet drop kardu aur unki side connection atki
rand. RST chalu kari ta bati call fail. unko logs bhejun?`),
    fw(`bhaiya ASA me hajaro 'Deny TCP (no connection) ... flags RST'. pichhla support run me RST On karaye
rehen. call fail ho jathe. pehli aisan nai rehis`),
    fw(`ghano nuksan ho rayo sa 😡 RST On karyo jad su carrier ri firewall mhara RST drop kare, calls fail. thare
kahan su On karyo ho, ab thik karo`),
    fw(`bhai naye carrier ke firewall pe RST drop ho rye, unne log bheje. mhane tuning ke time RST mode on kara
tha. call fail ho rayi se sirf us carrier pe`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning130Set: readonly EvalItem[] = Object.values(tuning130Families).flat();
