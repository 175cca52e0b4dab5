import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 operators, NOC engineers and resellers in the US, UK, Australia, Canada, India, the Philippines, Nigeria,
 * Kenya and the Gulf, writing on WhatsApp in English as they speak it or mixed with Hinglish, Taglish, Nigerian Pidgin,
 * Swahili/Sheng, Urdu and Malayalam in Latin script; terse engineer shorthand, rude one-liners, polite e-mail forwards,
 * ticket text, voice-note transcripts and pasted netstat/ss/tcpdump/firewall/softswitch output. Figures come as 28k,
 * 30,000, 29K, "thirty thousand", "tees hazaar", "elfu thelathini" or 3万.
 *
 * The two-hundred-and-twenty-ninth tuning split, written as the two-hundred-and-twenty-ninth never-tuned evaluation set
 * because most tickets still come in English, as engineers and resellers everywhere write it. Five negative families of
 * 27 (one service that cannot bind its own port, registration lost for another reason, small figures and questions,
 * firewall work without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written before the
 * seventy-seventh round of rules by someone who had read only the playbooks' symptoms and the domain notes, without the
 * matcher, its rules or the other sets in view; measured as such before and after the seventy-seventh round, then made
 * tuning material for the seventy-eighth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 98.9 %, negatives confident 0 %, confident wrong 0 % with the rules
 * of the seventy-sixth round, before the seventy-seventh.
 * After the seventy-seventh round: the same.
 * After the seventy-eighth round, tuned on: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning229Families = {
  oneListeningPort: [
    no(`tomcat wont start on the vos box, catalina.out says java.net.BindException: Address already in use: JVM_Bind <null>:8080. someone installed another web thing on 8080 i think`),
    no(`bhai mbx3000d start nahi ho raha, log me bind 5060 failed address already in use. lagta hai purana process abhi bhi chal raha hai, kill karu kya?`),
    no(`docker: Error response from daemon: driver failed programming external connectivity on endpoint cdr-api: Bind for 0.0.0.0:3306 failed: port is already allocated.
the VOS mysql is already on 3306 na? what port should the container use`),
    no(`Sir yung second instance ng softswitch na tinest namin ayaw mag start kasi 5060 already in use daw. Yung main instance naka run pa po. Pwede ba sila sabay sa isang server?`),
    no(`Oga the web portal no gree come up since morning o. Apache dey complain say (98)Address already in use: AH00072: make_sock: could not bind to address [::]:80. Na nginx wey the new guy install dey hold am`),
    no(`redis-server failing: Could not create server TCP listening socket *:6379: bind: Address already in use. it's the reporting box next to vos not vos itself, just in case you know`),
    no(`changed sshd port to 2222 and now sshd won't restart, error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. what else is on 2222?? netstat -tlnp shows some java thing`),
    no(`My dev running the billing api on localhost keeps getting EADDRINUSE :::3000 when he does npm start. I think the old node process is still hanging around. Not related to the switch, just asking if you know a quick fix lol`),
    no(`Habari, portal ya VOS haifunguki. Tomcat inasema port 8080 iko in use, nilipo run netstat naona httpd imeshika hiyo port. Nifanye aje?`),
    no(`Dear team, after reboot the VOS web manager is not opening. We checked, port 80 is occupied by httpd from cPanel which the previous admin installed on the same server. Kindly advise how to shift one of them to another port.`),
    no(`mysqld: [ERROR] Can't start server: Bind on TCP/IP port: Address already in use
mysqld: [ERROR] Do you already have another mysqld server running on port: 3306 ?
after the upgrade there are two mysql services enabled, which one do I keep`),
    no(`mate the second vos3000 we spun up on the same box for testing won't bind 5060, obviously the prod one has it. can we run it on 5070 or does the licence care`),
    no(`Sir good evening, we have installed VOS3000 2.1.8.05 on a new server. mbx3000d service starting and immediately stopping. In log: "bind udp 0.0.0.0:5060 error, Address already in use". We checked and found asterisk also installed from the datacenter image. Please guide should we remove asterisk.`),
    no(`[voice note] yeah hi so um the, the web thing on port 8080 isn't coming up and it says something like address already used, i think it's because we installed jenkins yesterday on that box, yeah jenkins is on 8080 too, so what port should I move it to, thanks`),
    no(`docker-compose up
ERROR: for kamailio  Cannot start service kamailio: driver failed programming external connectivity: Error starting userland proxy: listen udp4 0.0.0.0:5060: bind: address already in use
trying to put a kamailio container in front of vos on the same host, is that even sane`),
    no(`ss -ltnp | grep 8080
LISTEN  0  100  *:8080  *:*  users:(("java",pid=2231,fd=45))
that's an old tomcat from the previous install, the new one cannot start because of it. safe to just kill 2231?`),
    no(`Hey folks, postgres on our CDR analytics box refuses to start: "could not bind IPv4 address 0.0.0.0: Address already in use. Is another postmaster already running on port 5432?" Turns out yes, there's a leftover one. Any issue killing it while VOS keeps writing CDRs elsewhere?`),
    no(`Morning. Our grafana won't start, "listen tcp :3000: bind: address already in use". Something else grabbed 3000. Not urgent, it's only the monitoring dashboards for the switches.`),
    no(`kuya pano po i change port ng vos web client kasi may ibang app na naka 8080`),
    no(`---------- Forwarded message ---------
From: IT Unit
Subject: Portal down

The VOS3000 web interface has been unreachable since 9am. Tomcat log: SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"] java.net.BindException: Address already in use <null>:8080. Please treat as urgent.`),
    no(`sip proxy 5060 pe bind nahi ho pa raha kyunki vos ka mbx already us port pe sun raha hai. dono ek hi server pe chalana hai, kaise karu?`),
    no(`Good afternoon, the IVR media server we installed on the VOS host cannot start, it says control port 10000 already in use. Softswitch is working fine and calls are passing. Just this one service.`),
    no(`your installer script is rubbish, it tried to start a second copy of the web server while the first was still up and now it's whinging port 443 already in use. sort it out`),
    no(`nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use) x5 retries. certbot standalone was left running. fyi, fixed`),
    no(`chetta, vos portal open aavunnilla, 8080 already in use ennu parayunnu. njan oru test tomcat install cheythirunnu, athu aanu prashnam ennu thonnunnu`),
    no(`our dev ran his callback app on the prod switch (don't ask) and it grabbed port 1720 so the H323 side of mbx3000d won't bind after restart. killed his app, will a restart do?`),
    no(`[audio transcribed] Abeg una help me, the snmp agent no fit start, e talk say udp 161 address already in use. I think na old snmpd still dey run. e no concern the calls sha`),
  ],
  otherRegistrationCause: [
    no(`all our extensions show 401 unauthorized since this morning. the admin reset the passwords last night and forgot to update the phones`),
    no(`sir 40 phones unregistered since kal raat, humne server IP change kiya tha new datacenter me. phones pe abhi bhi purana IP hai`),
    no(`brownout kanina sa office, pag balik ng kuryente yung mga IP phone hindi na nag re-register. Naka UDP lang naman kami. Kailangan ba i-reboot isa isa?`),
    no(`NEPA take light for our branch since 2 days, na why all the phones dey show offline. Generator don spoil. Una no need do anything for server side`),
    no(`Safaricom fibre imekatika Westlands, so simu zote za branch ziko unregistered. ISP wanasema watafix kesho.`),
    no(`VOS shows licence expired warning and now no gateway can register. we forgot to renew, how do we pay`),
    no(`we moved sip.ourdomain.com to the new server and updated DNS but half the softphones still register to the old IP, TTL was 86400 :(`),
    no(`Customer replaced his router with a new TP-Link, since then his phones (UDP 5060) keep dropping registration. I'm guessing SIP ALG on the new box.`),
    no(`Zoiper on android keeps going unregistered when the screen is off. Samsung battery saver kills it. iphones fine`),
    no(`someone deleted 12 phone accounts from the VOS account manager by mistake, those users get 404 not found when registering. is there a recycle bin?`),
    no(`GoIP gateway registering gets 403 Forbidden. we added IP restriction on the account yesterday and then the gateway's IP changed, dynamic IP from the ISP`),
    no(`turns out the cleaner unplugged the PoE switch lol. phones back registered. sorry for the noise`),
    no(`Dear Sir, kindly note all softphones of our labour camp customer are unregistered since their internet provider blocked VoIP apps again on their line. Please advise any other solution.`),
    no(`Our Yealinks are stuck on "Registration failed" after I changed the SIP server field from IP to the hostname. Think I typo'd it, sip.voipco.co.uk vs sip.voipco.uk. Checking.`),
    no(`NBN's been down in our area since the storm, so every handset at the Parramatta office shows unregistered. Nothing you can do, just logging it.`),
    no(`Sir Grandstream phones after firmware upgrade showing "Account not registered", found the upgrade reset all the config to factory. reprovision kar rahe hain`),
    no(`client says his account stopped registering on the 1st. his account validity ended in VOS. he topped up, does it need manual activation?`),
    no(`Good morning sir. Our customer in Port Harcourt says MicroSIP show "Registration failed 408 request timeout". Him Wi-Fi dey off and on because of bad network. Abeg how we fit explain am to customer`),
    no(`we changed the VOS SIP port from 5060 to 5080 for security and forgot the 300 phones in the field. they're all unregistered now obviously. any mass provisioning trick?`),
    no(`Phones at our Calgary clinic lost registration Tuesday after the IT guy swapped the Wi-Fi access points, DHCP was handing out the wrong gateway. Fixed now, phones are back.`),
    no(`Boss, GSM gateway ya Mombasa haijasajili tangu jana. Tumeangalia: power iko ok, lakini SIM ya data ilikuwa imeisha bundles. We topped up sasa iko registered. Thanks`),
    no(`mere 5 agents ne password change kiya portal pe, ab unke softphone 401 de rahe hain. softphone me bhi naya password daalna padega na?`),
    no(`Ticket #4471 from client Lagos-Ikeja: "Since you guys migrated us to the new server, our phones say wrong password". The account passwords didn't come across in the migration. Please check.`),
    no(`Sir yung mga softphone ng call center agents namin lahat unregistered, nag expire pala domain namin sa GoDaddy kaya hindi na ma resolve yung sip domain. na renew na namin, hintay lang daw propagation`),
    no(`after too many wrong password attempts from one of our branches, VOS put their IP in the blacklist and now nobody in that branch can register. how do we remove it`),
    no(`the gateway shows "Register fail: 403" since we moved the account to a different customer group in VOS. before it was fine`),
    no(`[voice note] haan sir woh jo naya office hai Noida wala, wahan ke saare phones unregistered hai kyunki link down hai subah se, ISP ko complaint daal di hai, bas aapko inform kar raha hoon`),
  ],
  smallFigures: [
    no(`ss -s shows TCP: 214 (estab 180, closed 20, orphaned 0, timewait 18). is this normal for a small switch with 40 concurrent calls?`),
    no(`what is TIME_WAIT exactly? my netstat shows like 300 of them and my boss is asking`),
    no(`should we turn on tcp_tw_reuse on the vos box? we have no problem currently, just reading some blog`),
    no(`bhai SS_TCP_CLOSE_RESET kya karta hai exactly? manual me likha hai but samajh nahi aaya`),
    no(`is 400 TIME_WAIT normal at 8 CPS?`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
    152 ESTABLISHED
     37 LISTEN
     61 TIME_WAIT
      3 SYN_SENT
monthly check, all looks ok?`),
    no(`Sir ok lang ba na may mga 90 na TIME_WAIT sa server namin? wala naman problema sa calls, curious lang po`),
    no(`Oga abeg explain wetin be ephemeral port range. Our ip_local_port_range na 32768 60999, e enough for 200 concurrent calls?`),
    no(`Tunafanya health check ya kila mwezi. TIME_WAIT ni 640 at peak, 35 CPS. Is that within range or should we worry?`),
    no(`What's the difference between FIN and RST close in VOS? Just for my understanding, no issue.`),
    no(`Quick one - tcp_fin_timeout is 60 on our box. Any reason to lower it? Load is tiny, 15 channels.`),
    no(`g'day, doing an audit. ss -tan state time-wait | wc -l gives 37. all good yeah?`),
    no(`Dear team, kindly share recommended sysctl values for VOS3000 on CentOS 7 for a 500 channel setup. Currently no issue, TIME_WAIT around 200.`),
    no(`Sir, for the interview of NOC engineers we ask "what is TIME_WAIT state and why 2MSL". Can you give a simple answer we can use?`),
    no(`why does the kernel keep sockets in TIME_WAIT for 60 secs, isn't that wasteful? we've got about 150 at any moment`),
    no(`Total: 512 (kernel 0)
TCP:   88 (estab 51, closed 22, orphaned 0, synrecv 0, timewait 21/0), ports 0

Transport Total     IP        IPv6
RAW       0         0         0
UDP       14        10        4
TCP       66        62        4

all ok?`),
    no(`sir hamare server pe 250-300 TIME_WAIT dikh raha hai, calls sab theek chal rahi hai. koi tension ki baat to nahi?`),
    no(`[voice message] hi yes good morning, I just want to ask about the tcp reuse setting, the tw reuse, is it safe, is it recommended for vos, we're not having any problem I'm just preparing the new server`),
    no(`what happens to TIME_WAIT if we use UDP for everything? do we even get any?`),
    no(`Is there a way to monitor the TIME_WAIT count in Zabbix? currently 40ish, want an alert if it ever goes crazy`),
    no(`My guy for NOC dey panic say im see "TIME_WAIT" for netstat, na like 70 lines. I tell am say e normal. Abi I dey wrong?`),
    no(`Does SS_TCP_CLOSE_RESET affect TLS? asking for docs we're writing`),
    no(`Hi, what is the default ip_local_port_range on CentOS 6 and how many outgoing connections can VOS open with it? Theory question.`),
    no(`Sir ano po ibig sabihin ng CLOSE_WAIT vs TIME_WAIT? nakita ko sa netstat mga 12 CLOSE_WAIT lang naman`),
    no(`Salam, yesterday night we had 180 TIME_WAIT and this morning 95. Is this fluctuation normal? No complaints from customers alhamdulillah`),
    no(`weekly report: peak CPS 22, TIME_WAIT max 430, no bind errors, no failed registrations. nothing for you to do, just FYI for the account review`),
    no(`what is tcp_max_tw_buckets and do we need to change it? current tw count is a few hundred only`),
  ],
  firewallNoRst: [
    no(`pls open 5060 tcp/udp and 10000-20000 udp on our fortigate for the new carrier IP 41.203.64.18`),
    no(`can you whitelist 102.89.34.10 in VOS? new office static IP`),
    no(`fail2ban banned our own office IP again after somebody typed a wrong password in the portal 5 times. how do I unban`),
    no(`should I disable SIP ALG on the MikroTik for our UDP phones? heard it breaks stuff`),
    no(`we want to geo-block all countries except Nigeria and UK on the iptables of the vos box, any sample rules?`),
    no(`can we rate-limit SIP INVITE per IP on the firewall? getting scanned by friendly-scanner every night`),
    no(`New carrier going live monday, their SBC IPs are 185.12.40.0/29. Need a rule on the pfSense to allow them on 5060 UDP only.`),
    no(`how to port forward the VOS web portal 8080 through our Huawei router so the reseller can reach it from outside`),
    no(`sir iptables me ek rule add karna hai jisse sirf hamare carrier ka IP 5060 pe aa sake baaki sab drop. command bata do`),
    no(`Sir pa-open naman po ng port 8080 sa security group ng AWS namin para sa web manager, hindi ma-access sa labas`),
    no(`Tafadhali whitelist our new IP 197.248.16.90 kwa VOS, tumebadilisha ISP from Zuku to Safaricom`),
    no(`Dear, our Sophos XG is blocking SIP from the new termination partner in Pakistan. Kindly share the list of ports to open.`),
    no(`The firewall wey we buy from Computer Village, abeg which ports I go open make VOS work? Na UDP we dey use`),
    no(`Getting hammered by SIPVicious from a bunch of IPs. Want to drop anything with user-agent friendly-scanner at the firewall. Possible on iptables with string match?`),
    no(`Our compliance team wants us to close port 22 to the world and allow only VPN. Any gotchas for VOS management?`),
    no(`Can you confirm which IPs your media servers use so we can tighten our ASA ACL? We currently allow any on 10000-60000 which the audit flagged.`),
    no(`2024-03-11 02:14:07,331 fail2ban.actions [1123]: NOTICE [vos-sip] Ban 45.134.26.77
2024-03-11 02:14:09,002 fail2ban.actions [1123]: NOTICE [vos-sip] Ban 45.134.26.81
2024-03-11 02:15:44,870 fail2ban.actions [1123]: NOTICE [vos-sip] Ban 193.107.216.4
is this normal or we under attack`),
    no(`Sir firewalld vs iptables, which one to use on CentOS 7 for VOS? we just installed fresh`),
    no(`GCP firewall rule for SIP TLS 5061: which source ranges should I allow for your platform?`),
    no(`Hi, our office SonicWall blocks the VOS portal since IT enabled the content filter. Need the category or an exception. Calls are fine.`),
    no(`The datacenter wants us to enable their DDoS protection; will it affect SIP on UDP?`),
    no(`Pa add po ng IP ng bagong reseller namin sa whitelist ng gateway, 112.198.77.5. Salamat po`),
    no(`Do we need the nf_conntrack_sip module loaded on the vos server? one guy says yes one says no. Phones are on UDP.`),
    no(`Habari team, we are migrating the firewall from the old Cisco to a FortiGate 100F next Saturday. Tunaomba list ya all IPs and ports tunahitaji ku allow: carriers, portal, SSH. Current rules attached. Asante`),
    no(`Your IP changed and nobody told us. Our firewall blocked you for 3 hours. Send me the new range NOW.`),
    no(`can the vos box itself do port knocking for ssh or should i just do it on the edge firewall? bit paranoid after last month`),
    no(`[voice note] Oga good evening, abeg the new carrier wey we wan connect, them say make we open their IP for our firewall. I don open am but I no sure if na UDP or TCP. Abeg confirm for me`),
  ],
  negationContext: [
    no(`we use UDP only for all phones, so does SS_TCP_CLOSE_RESET even matter for us? RST mode came up in a meeting`),
    no(`RST was never enabled on our box, SS_TCP_CLOSE_RESET is Off, I checked softswitch.conf. So the TIME_WAIT thing the other team mentioned isn't us, right?`),
    no(`For the record: last week's "cannot assign requested address" at peak was fixed after we applied tcp_tw_reuse and widened the port range. Stable 7 days now, no action needed, closing the ticket.`),
    no(`If we turn RST on, will our NAT phones on TCP break? We haven't changed anything yet, just planning.`),
    no(`In our lab VM I enabled SS_TCP_CLOSE_RESET and the test softphone behind the lab router went unregistered. Production untouched. Is this expected? Just learning.`),
    no(`My colleague told me that at his previous company in 2019 the FortiGate ate all the RST packets and calls hung. Is that a real thing? We don't have a FortiGate.`),
    no(`Zabbix screamed "TIME_WAIT > 20000" at 3am but it was a bug in our item key, the actual count was 212. False alarm, ignore.`),
    no(`Training question for my juniors: what are the 3 side effects of setting SS_TCP_CLOSE_RESET to On? Want to make a quiz.`),
    no(`sir humne kuch change nahi kiya, RST off hi hai, phir bhi do phone unregistered dikh rahe hain. woh dono ghar pe hai aur wahan bijli gayi hui hai, to shayad wahi reason hai`),
    no(`Sir FYI lang po, yung NAT issue sa branch last month ayos na simula nung ibinalik namin sa Off yung RST. Wala na pong problema.`),
    no(`Oga no vex, the "address already in use" wey I report yesterday na my own mistake, I start two tomcat. Everything don dey ok.`),
    no(`Swali tu: kama tutawasha RST mode, firewall yetu ya pfSense itaathirika? Bado hatujawasha, tunapanga for next month.`),
    no(`after the password change the phones behind NAT went unregistered... wait no, they never dropped, I misread the dashboard. ignore me`),
    no(`Our OTHER provider's switch (not VOS, it's a FreeSWITCH) has tons of TIME_WAIT. Can you advise in general? Your box is fine.`),
    no(`Dear Sir, this is regarding the audit. We confirm SS_TCP_CLOSE_RESET remains Off on all 3 servers and no NAT registration issue is reported. Please sign off.`),
    no(`Ignore the earlier alert about RST dropped in the firewall log - that was the pen-testers running nmap -sS against us at 14:00, scheduled. Calls unaffected.`),
    no(`Reading a forum where a guy says RST mode killed his MikroTik NAT phones. We've had RST on for 2 years with all phones on UDP or public IPs and zero issues. Just sharing, no question really.`),
    no(`Sir kindly ignore my previous message about 30k TIME_WAIT, I ran the command on the web crawler server not the VOS. VOS has 140.`),
    no(`For our internal wiki: when RST mode is On and a stateful firewall sits in between, what exactly goes wrong? Not happening to us, just documenting.`),
    no(`We're considering moving branch phones from TCP to UDP before anyone enables RST, as a precaution. Sensible?`),
    no(`Update: the pfSense was dropping the RST packets, we added a rule to pass TCP RST for 5060 and it's been clean since Friday. Closing this out, thanks all.`),
    no(`My customer say him phone unregistered, but when I check na him forget pay subscription. No be NAT, no be RST. Just to let you know make you no waste time.`),
    no(`Fwd: Change request CR-882 - Enable SS_TCP_CLOSE_RESET on VOS-LAB-02 (lab only). Risk: NAT phones may lose registration. Rollback: set Off and reparse. Approved by CAB.
-- just for your info, no action needed`),
    no(`[voice note] yeah so the thing about the port exhaustion, the cannot bind, that was on the old server, we decommissioned it last week, the new one's a different beast so just disregard that ticket yeah cheers`),
    no(`Sir tanong lang, sa bagong server namin na wala pang traffic, dapat ba naka On na agad yung SS_TCP_CLOSE_RESET or hintayin muna magka TIME_WAIT problem?`),
    no(`The firewall logs show RST packets denied, but those are a scanner's HTTPS sessions to the web portal, sio SIP. Calls ziko sawa. Just confirming it's nothing.`),
    no(`Kindly note: the "cannot assign requested address" errors came from our CDR export script connecting to MySQL in a tight loop, not from the softswitch. Our developer fixed the script. Thank you.`),
  ],
  portExhaustion: [
    pe(`urgent: at peak (around 7pm) calls to our TCP carriers fail, mbx log full of "connect error: Cannot assign requested address". netstat shows ~28k TIME_WAIT. restart fixes it for an hour`),
    pe(`sir har shaam peak pe naye TCP connection nahi ban rahe carrier ki taraf, log me "bind failed address already in use" aa raha hai. TIME_WAIT 30 hazaar ke upar. raat ko sab theek ho jata hai`),
    pe(`Total: 33012 (kernel 0)
TCP:   31877 (estab 1204, closed 30411, orphaned 12, synrecv 0, timewait 30398/0), ports 0

this is right now during peak, calls to carrier X over tcp failing`),
    pe(`Sir tuwing peak hour nagkaka error na "Cannot assign requested address" sa outgoing calls namin sa TCP trunk. Nung tiningnan ko netstat mga 28K yung TIME_WAIT. Pag ni restart ok ulit pero bumabalik`),
    pe(`Oga e don happen again o! From 6pm calls no dey go carrier, log dey talk "EADDRINUSE". I count TIME_WAIT na 31,000 plus. I restart mbx3000d e work small then e come back`),
    pe(`Kila jioni saa mbili CPS ikifika 120, switch inakataa kufungua connections mpya to the TCP carriers. netstat inaonyesha thirty thousand TIME_WAIT. Asubuhi iko sawa. Help`),
    pe(`Dear Support, kindly check urgently. Our VOS3000 is rejecting outgoing calls during the iftar peak. Error: BindException: Cannot assign requested address. TIME_WAIT count 29,500. After 2am it becomes normal.`),
    pe(`Switch is falling over every evening at peak. ~250 CPS, SIP over TCP to two carriers, loads of "cannot bind" and the socket table is full of TIME_WAIT (27k last I looked). Bounce the service and it's fine for a bit.`),
    pe(`TIME_WAIT 32k, outbound TCP legs failing with EADDRINUSE. peak now. help`),
    pe(`mate we're getting smashed, every night 6-9pm new tcp connections to the upstream just don't open. errno 99 cannot assign requested address. time_wait sitting at 28 thousand odd. quiet overnight, no dramas then`),
    pe(`Dear Team,

We are facing an issue on our VOS3000 server (IP 103.21.58.14) for the last 3 days. During peak hours (7 PM to 11 PM IST) outgoing calls to our TCP vendor are failing. In the softswitch log we see repeatedly:

  socket bind error: Address already in use

On checking netstat we found approx 30,000 connections in TIME_WAIT state. ip_local_port_range is default (32768 60999). After restarting the service the issue resolves for 1-2 hours.

Kindly advise urgently.

Regards,
NOC Team`),
    pe(`[root@vos ~]# netstat -ant | grep TIME_WAIT | wc -l
28764
[root@vos ~]# tail mbx.log
... connect to 203.0.113.20:5060 failed: Cannot assign requested address
... connect to 203.0.113.20:5060 failed: Cannot assign requested address
same thing every evening`),
    pe(`Hi there, we've been seeing outbound failures to our TCP carriers between 4 and 7 pm Eastern. Carrier says they never see the INVITE. On our side the kernel has 26k+ sockets in TIME_WAIT and local ports look used up. Restart clears it. What do you recommend?`),
    pe(`[voice note] haan sir, woh phir se ho raha hai, peak time pe calls, matlab connect hi nahi ho rahi, carrier ki side TCP pe, aur TIME WAIT bahut zyada hai, tees hazaar ke aas paas, restart karte hain to thik ho jata hai, please kuch permanent solution bataiye`),
    pe(`boss, peak time TIME_WAIT 3万+ already, outgoing TCP to carrier all fail "cannot assign requested address". restart ok, 2 hours later come back again. how?`),
    pe(`Good evening sir. Please our switch is having serious issue. Between 7pm and 10pm new calls to the interconnect (SIP TCP) fail. Engineer checked and saw more than 30k TIME_WAIT. The log shows "bind: address already in use". It has been happening for one week. Kindly assist.`),
    pe(`TW 29k. connect() EADDRNOTAVAIL on carrier legs. CPS 180. ongoing`),
    pe(`Hi sir good pm po. Kwento ko lang po yung nangyayari, every night po around 9 pm pag dami na ng calls galing sa mga reseller namin, biglang hindi na makaconnect yung switch sa carrier namin na naka TCP. Sabi ng tech namin naubos daw yung ports, nakita niya sa ss -s yung timewait mga 30 thousand. Pag nirestart namin ok naman ulit. Pero gabi gabi na po, pagod na kami mag restart hehe. Ano po pwede gawin?`),
    pe(`Ticket 55812 | Priority: P1 | Summary: Outbound TCP call setup failures at peak | Detail: Since Monday the VOS platform logs "Address already in use" when opening connections to the carrier SBC. TIME_WAIT ~27,000. Load ~300 CPS. Service restart temporarily resolves.`),
    pe(`chetta, peak time il carrier lekk TCP connection pokunnilla, cannot assign requested address varunnu. TIME_WAIT 28K aanu. restart cheythal kurach neram ok aavum`),
    pe(`This is the third night in a row. Calls die at peak, your switch spits "cannot bind" and netstat is wall to wall TIME_WAIT, like 31k. Restarting at 8pm every night is not a solution. Fix it.`),
    pe(`ss -tan state time-wait | wc -l
30122
ss -tan state established | wc -l
980
cps ~200 right now, carrier trunk on tcp erroring out "cannot assign requested address"`),
    pe(`our SIP TCP client leg keeps throwing BindException when placing outbound calls during the busy hour, TIME_WAIT climbs into the tens of thousands. mornings are fine`),
    pe(`TIME_WAIT don reach 28k again, calls to carrier no dey connect. same wahala as last week`),
    pe(`Msee, switch imekwama tena peak hour, TCP connections mpya hazifunguki, error ni address already in use. TIME_WAIT ziko kama elfu thelathini. Tukirestart inakuwa poa for a few hours.`),
    pe(`FW: Our customer reports ~40% ASR drop each evening. Dug in: VOS host has 27,900 TIME_WAIT sockets at 7:30pm, local port range basically exhausted, outbound TCP connects to their SBC fail. Back to normal after midnight.`),
    pe(`peak pe EADDRINUSE, TW 31k, local port range exhausted, restart temporary fix. pls suggest sysctl`),
    pe(`Every weekday around lunch our outbound to the TCP carrier craters. The app logs "Cannot assign requested address" and we counted 25k in TIME_WAIT. Overnight it recovers. Happened again today.`),
    pe(`[voice note transcribed] Hello sir, good evening. Na the same problem o. As traffic dey enter for evening, the switch no fit open new connection to the carrier, e dey show address already in use. I check the TIME_WAIT, e plenty well well, like thirty thousand. Please help us.`),
    pe(`Bhai jaan, har raat 10 baje ke baad switch naye TCP connection nahi khol raha carrier ke liye. Error: cannot assign requested address. TIME_WAIT 29k. Restart se temporary theek. Permanent hal batao`),
  ],
  natUnregistered: [
    nat(`since we set SS_TCP_CLOSE_RESET=On yesterday to fix the time_wait thing, all phones at the branch behind the MikroTik (SIP over TCP) show unregistered. phones with public IP are fine`),
    nat(`sir jab se RST mode On kiya hai, branch office ke phones jo MikroTik ke peeche hai aur TCP pe register hote hai, baar baar unregistered ho rahe hai. public IP wale phones theek hai`),
    nat(`Sir simula nung in-On namin yung RST sa VOS kahapon, yung mga softphone ng work-from-home agents (naka TCP, behind home routers) paulit ulit nawawala registration. Yung mga naka public IP ok naman.`),
    nat(`Since una on that RST mode for switch, all the phones for our Ikeja branch wey dey behind router dey show unregistered every small time. Them dey use TCP. The ones wey get public IP no get problem`),
    nat(`Tangu tuwashe SS_TCP_CLOSE_RESET wiki iliyopita, simu za ofisi ya Kisumu (ziko nyuma ya router, zinatumia TCP) zinapoteza registration kila baada ya dakika chache. Simu zenye public IP ziko sawa.`),
    nat(`Since the change on Tuesday (RST close enabled on the switch) our home workers' Yealinks on TCP keep dropping registration. The ones in the office on a public IP are fine. Please advise.`),
    nat(`after you guys flipped the tcp reset setting on, every softphone behind NAT that registers over TCP goes red every few minutes. public IP desk phones unaffected. UDP ones fine too`),
    nat(`righto so ever since RST mode went on, the Bria clients at the Geelong office (behind a NAT'd Draytek, TCP transport) keep falling off registration. Public IP handsets are sweet.`),
    nat(`Dear Sir, after enabling SS_TCP_CLOSE_RESET On as per your previous advice, our villa customers using softphones behind their home routers with TCP are showing unregistered frequently. Kindly check.`),
    nat(`VOS registration list after RST=On:
1001  192.168.88.21 (via 41.58.12.9)  TCP  UNREGISTERED
1002  192.168.88.22 (via 41.58.12.9)  TCP  UNREGISTERED
1010  102.89.4.7                      TCP  REGISTERED
the 192.168 ones are behind the branch mikrotik, keeps happening`),
    nat(`Dear Team,
After enabling RST mode (SS_TCP_CLOSE_RESET=On) on the 12th, all IP phones at our Pune branch which are behind NAT and configured on TCP transport are showing unregistered intermittently. Phones on public IP at HO are working fine. Kindly suggest.
Regards`),
    nat(`[voice note] ahh sir ano, yung sa mga phones po sa branch namin sa Cebu, simula nung binuksan yung RST, yung On na, lagi na po silang unregistered, nasa likod po sila ng router, TCP po. Yung sa main office na public IP okay naman po`),
    nat(`Since the RST change went in Monday night, our remote staff on Groundwire over TCP from home (all behind consumer routers) drop registration constantly. Onsite phones with public addresses are solid.`),
    nat(`RST on since 2 days -> NAT'd TCP phones flapping reg. public ones ok.`),
    nat(`Good afternoon sir, please we have serious complaint from our branch in Abuja. Since the day your engineer enable that TCP reset option on the switch, the phones there no dey stay registered. They are behind one MikroTik router and we configure them on TCP. Our head office phones with public IP dey work fine. Customers dey shout.`),
    nat(`Since RST mode On, zile softphones za TCP behind NAT haziko registered. Public IP ziko poa.`),
    nat(`Bhai, jab se RST On hua hai, camp ke saare softphone (router ke peeche, TCP pe) baar baar unregistered ho rahe hain. Office ke public IP wale theek hain.`),
    nat(`Ticket 90211: Since SS_TCP_CLOSE_RESET was set to On (change CHG-3311), all TCP-registered handsets at sites behind NAT routers show unregistered. Direct public-IP handsets unaffected. Impact: 140 users.`),
    nat(`Po, after ng RST mode yung Grandstream namin sa branch na naka TCP behind PLDT modem hindi na nag stay registered. Ok naman yung naka UDP.`),
    nat(`Fwd from our client: "Hey, since Thursday our phones keep showing No Service / unregistered. We're the office behind the Ubiquiti router." -- Thursday is when we enabled RST on the switch. Their phones use TCP. Our public-IP customers have no complaints.`),
    nat(`whoever turned on that RST close thing can turn it back off, every one of my NAT'd TCP phones has been dropping off since. public IP ones are fine. cheers`),
    nat(`softswitch log since RST=On:
REGISTER from 105.112.40.3:49231 (TCP) 1023 ok
... 40s later ...
1023 connection reset, registration lost
REGISTER from 105.112.40.3:50122 (TCP) 1023 ok
all our NAT phones are doing this loop`),
    nat(`RST On karne ke baad NAT wale TCP phones register nahi reh rahe, public IP wale ok. kya karein?`),
    nat(`Habari za asubuhi. Tulibadilisha setting ya RST kuwa On Jumatatu kwa sababu ya TIME_WAIT. Tangu hapo, agents wote wa call centre walioko nyumbani (wanatumia MicroSIP over TCP, nyuma ya home routers) wanaonekana unregistered kila mara. Wale walioko ofisini na public IP hawana shida.`),
    nat(`Good evening team, kindly note after RST mode activation, the PBX at our Sharjah branch (behind NAT, registers to VOS via TCP) loses its trunk registration every few minutes. Our Dubai branch with static public IP is OK.`),
    nat(`[voicemail transcription] hey it's Mike from the Phoenix office, uh, since you guys turned on that reset thing on the switch our phones keep showing unregistered, we're behind the office router, they're set to TCP I think, the guys downtown with the public IPs are fine, call me back`),
    nat(`RST don on since yesterday and all NAT phones for TCP dey fall off registration. Public IP ones dey ok.`),
    nat(`Noticed after enabling SS_TCP_CLOSE_RESET that our Zoiper users behind carrier-grade NAT on TCP show unregistered in the VOS registration list within minutes. Static-IP users fine.`),
    nat(`Sir problem details: 1) RST mode enabled on 3rd by our team for TIME_WAIT issue 2) From same day, around 60 phones at 3 branch offices (all behind NAT, TCP transport) showing unregistered every 5-10 min 3) HO phones on public IP - no issue 4) UDP test phone at branch - no issue. Please help.`),
    nat(`grabe na to sir, simula nung On ang RST wala nang registered na phone sa branch namin na nasa likod ng router, TCP lahat yun. pakiayos naman`),
  ],
  firewallRst: [
    fw(`since we enabled SS_TCP_CLOSE_RESET calls through our FortiGate fail intermittently. FortiGate log shows the RST packets dropped, no session. the carrier side keeps ESTABLISHED sessions hanging`),
    fw(`pfSense firewall log since RST=On:
Mar 12 19:02:11 block WAN TCP:R 10.0.0.5:5060 -> 203.0.113.9:41022 (state mismatch)
Mar 12 19:02:13 block WAN TCP:R 10.0.0.5:5060 -> 203.0.113.9:41029 (state mismatch)
calls to that carrier hang on setup`),
    fw(`sir RST mode On karne ke baad se FortiGate ke through jaane wali calls fail ho rahi hai. firewall log me RST packets drop dikh rahe hai, carrier ki side connection ESTABLISHED hi pade rehte hai`),
    fw(`Sir simula nung i-On ang RST, yung mga calls na dumadaan sa Sophos firewall nag hahang lang o failed. Sa firewall log may RST dropped, invalid state. Sa kabila, naka ESTABLISHED pa rin yung mga session.`),
    fw(`Since una on RST for switch, calls wey pass our ASA dey hang. ASA log dey show "Deny TCP (no connection) flags RST". Carrier side talk say their connections still dey ESTABLISHED`),
    fw(`Tangu tuwashe RST mode, calls zinazopitia pfSense zinafail au zinahang. Firewall log inaonyesha RST packets zinadropiwa. Upande wa carrier connections zinabaki ESTABLISHED.`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 10.20.1.10/5060 to 196.43.12.7/38211 flags RST on interface inside
repeating thousands of times since RST mode went On. Calls to this carrier hang at 100 Trying.`),
    fw(`after RST on, iptables logs RST packets with ctstate INVALID being dropped and our calls through that box fail half the time. the other end keeps half-open conns`),
    fw(`Since enabling RST mode, calls between the VOS and our media platform in AWS (behind AWS Network Firewall, stateful rules) fail to set up. Firewall logs show the RST packets dropped and the far side never closes its connections.`),
    fw(`Since we switched SS_TCP_CLOSE_RESET to On, calls crossing the SonicWall are failing at random. SonicWall log: "TCP packet received on non-existent/closed connection; TCP packet dropped" for the RST packets. Carrier reports stale ESTABLISHED sessions.`),
    fw(`Dear Team, after RST activation calls through our FortiGate 200E are dropping and hanging. FortiGate logs show the RST from VOS denied as no matching session. Kindly assist urgently.`),
    fw(`mate since RST went on, calls through the pfSense at the DC just hang, carrier's end sits there with ESTABLISHED connections forever and our firewall is binning the RST packets as invalid. what gives`),
    fw(`RST=On -> fortigate drops RSTs -> carrier half-open -> calls fail. now.`),
    fw(`Since flipping on the TCP close reset, about a third of calls through our Palo Alto fail. The logs show the RST packets discarded as out of window; the carrier SBC keeps the old connection ESTABLISHED and new INVITEs time out.`),
    fw(`Dear Support,
We enabled SS_TCP_CLOSE_RESET=On on the 10th. Since then calls routed via our Cisco ASA to vendor "Alpha" are failing or hanging. ASA syslog shows "Deny TCP (no connection) ... flags RST". Vendor confirms their side shows sessions still ESTABLISHED. Please advise.
Thanks & Regards`),
    fw(`Sir, we get issue since last Friday. After the RST thing was enable for switch, calls wey dey pass through our FortiGate to the interconnect no dey complete, some dey hang for ringing. Our firewall guy show me the log, e dey drop the RST packets. Carrier side say their own connection still dey open.`),
    fw(`RST ON, firewall inadrop RST, calls zinahang. carrier ana half-open sessions.`),
    fw(`tcpdump on VOS side:
19:41:02.113 IP 10.1.1.5.5060 > 41.75.3.19.51234: Flags [R.], seq 1, ack 1, win 0
tcpdump on carrier side: nothing, no RST arrives. Firewall in between is a FortiGate. Started after RST mode On. Calls hang.`),
    fw(`Sir after namin ma enable yung RST, yung mga calls via our pfSense sa DC nag fafail, yung firewall nag dradrop ng RST as invalid state. Pa check naman po`),
    fw(`chetta, RST On aakkiyathinu shesham FortiGate vazhi pokunna calls hang aavunnu. firewall log il RST drop kaanikkunnu. carrier side connection ESTABLISHED aayi kidakkunnu`),
    fw(`INC0045521 - Since the change enabling RST close on VOS, calls via the Check Point cluster intermittently fail. Check Point logs: "TCP packet out of state: First packet isn't SYN" on the RST segments, dropped. Far end SBC shows half-open connections.`),
    fw(`[voice memo] yeah hey, so since the reset mode got turned on yesterday, calls that go through our firewall, it's a SonicWall, they just hang, and my firewall guy says it's throwing away those reset packets, and the carrier says they still see the connections as up. so yeah can you look`),
    fw(`FW: from our carrier NOC - "We are seeing hundreds of ESTABLISHED TCP sessions from your IP that never close and new calls time out." This lines up exactly with us turning RST on. Our FortiGate shows the RSTs as dropped.`),
    fw(`RST on ke baad pfSense RST drop kar raha hai, calls hang. carrier side half-open connections pile up. urgent`),
    fw(`kernel: DROP INVALID IN=eth1 OUT=eth0 SRC=10.0.0.5 DST=197.232.61.4 LEN=40 PROTO=TCP SPT=5060 DPT=40112 WINDOW=0 RES=0x00 RST URGP=0
hundreds a minute since we enabled RST mode on vos. calls through this gateway failing`),
    fw(`We enabled RST mode last week to deal with TIME_WAIT. Since then calls that traverse our Azure Firewall fail to connect about half the time; diagnostics show the RST segments are dropped and the remote SBC holds the old connection open.`),
    fw(`Since RST on, FortiGate dey drop the RST packets, calls no dey connect. carrier connection still ESTABLISHED`),
    fw(`Bhai jab se RST On kiya, Sophos firewall RST packets drop kar raha hai aur carrier wali calls hang ho rahi hain. unki taraf connections ESTABLISHED pade hain`),
    fw(`Ticket: Calls failing to Airtel Kenya interconnect.
Background: RST mode (SS_TCP_CLOSE_RESET) turned On Wednesday.
Symptoms: ~30% of calls hang at setup. pfSense between VOS and Airtel logs TCP:R blocked. Airtel says their SBC has many stale ESTABLISHED connections from us.
Request: advise fix.`),
    fw(`Ever since your team "optimized" the switch with RST close, calls through our ASA are garbage. ASA is dropping the RSTs, carrier's got a pile of zombie connections, customers can't call out. Sort it today.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning229Set: readonly EvalItem[] = Object.values(tuning229Families).flat();
