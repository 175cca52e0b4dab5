import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 customers writing English on WhatsApp from everywhere the switch is sold, in fresh hands: working
 * English from South Asia (~22%), the Gulf (~11%), Southeast Asia (~15%), Africa (~15%), Latin America (~12%),
 * Eastern Europe (~10%) and China (~8%), plus native UK/US/Australian speakers (~7%); typos, autocorrect and
 * voice-to-text slips, forwarded NOC alerts and escalation emails, threads with several speakers; numbers as
 * "30k", "30,000", "30 thousand", "thirty thousand", "3w"; greetings from "Sir good morning" and "salam bro" to "hiya".
 *
 * The hundred-and-seventy-third tuning split, by family, in fresh hands again. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work without dropped
 * RST, playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones
 * unregistered after RST mode, a stateful firewall dropping RST). Written as the hundred-and-seventy-third never-tuned set, before the
 * sixty-third round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the
 * matcher, its rules or the other sets in view; measured as such before and after the sixty-third round, then made
 * tuning material for the sixty-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 100 %, negatives confident 0.7 %, confident wrong 0 % with the rules of
 * the sixty-second round, before the sixty-third.
 * After the sixty-third round: the same.
 * After the sixty-fourth round, tuned on: in scope 100 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning173Families = {
  oneListeningPort: [
    no(`Sir good morning, after server reboot the web portal is not coming up. catalina.out is showing java.net.BindException: Address already in use <null>:8080. Kindly check and revert`),
    no(`salam bro, nginx failed to start on the VOS box
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
i think apache also installed by previous guy`),
    no(`Hello engineer, mysql can not start on our VOS3000 server. log say: Can't start server: Bind on TCP/IP port: Address already in use. Do you already have another mysqld server running on port: 3306 ? please help thanks`),
    no(`Good afternoon. We restarted mbx3000d and now it refuses to come up, log says bind 5060 failed address already in use. The old process is still there I think, ps shows two. Pls help urgently our calls are down`),
    no(`hola amigo, redis no arranca on the billing server: Could not create server TCP listening socket *:6379: bind: Address already in use. what i do?`),
    no(`Hello. Docker container for our billing API is not starting on same server where VOS installed:
Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use
Who is using 8080?`),
    no(`Hiya, my dev laptop won't run the reseller portal locally, npm start just says Error: listen EADDRINUSE: address already in use :::3000. Is that something on your side or mine? cheers`),
    no(`Hi po, the VOS web manager is not opening after we installed one monitoring app on the server. tomcat log: Address already in use (Bind failed) port 8080 po. Thank you`),
    no(`bhai see this
netstat -tlnp | grep 5060
tcp  0  0 0.0.0.0:5060  0.0.0.0:*  LISTEN  4411/mbx3000
old pid 4411 still LISTEN, new one cannot bind. should i kill it or reboot?`),
    no(`Dear team, the httpd service is failing after yesterday yum update. (98)Address already in use: AH00072: make_sock: could not bind to address [::]:80. Our customer portal is down since morning. Please assist asap`),
    no(`Assalamu alaikum, our recording server on the same box cannot start, it says port 8000 already in use. The address is used by some python process i think. Can you check remotly`),
    no(`boss mbx3000d not starting after we run restart twice very fast. log: SIP listen on 0.0.0.0:5060 tcp failed, errno 98 Address already in use. ss -ltnp shows old mbx3000 still holding 5060`),
    no(`Hello, trying to run second instance of our web callback app on port 8090 but java says BindException Address already in use: JVM_Bind. First instance is running there i guess. how to change port?`),
    no(`Buenos dias, after power failure the server come back but the VOS client cannot login. We see in log the emp service cannot bind its port, address already in use. Only this service, calls are passing ok`),
    no(`hi, we installed grafana on the VOS server and it will not start: listen tcp 0.0.0.0:3000: bind: address already in use. something else listening there?`),
    no(`Good evening sir, the mysqld is showing port 3306 already in use after i started mariadb also by mistake. Now the VOS db is confused. how to stop the extra one safely`),
    no(`Dobry den. Tomcat on VOS3000 does not start, catalina log: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"] java.net.BindException: Address already in use. Skype was installed on this server earlier by other admin`),
    no(`hello, our small SIP proxy kamailio in front of VOS does not start: ERROR: tcp_init: bind(d, 0.0.0.0:5080) on 0.0.0.0: Address already in use. VOS itself is fine`),
    no(`Engineer hello, after we change the web port to 80 in config the page not open. log say address already in use, we have nginx on 80 already. which port you suggest`),
    no(`Morning mate, the phpMyAdmin docker we spun up on the switch box won't start, "port is already allocated" for 8081. Nothing wrong with the switch, just want to know what else is on that port`),
    no(`Sir, mbx3000 stopped and started by cron restart script, now one process left as zombie and the new one says bind address already in use 0.0.0.0:5060. all calls failed since 10 minute. pls urgent`),
    no(`hi team, haproxy will not start on our edge server: Starting frontend sip_in: cannot bind socket [0.0.0.0:5060]. the VOS softswitch is also on same host listening 5060. is this the problem?`),
    no(`Hey, the vos3000 web manager fails with "Address already in use" when I start it. I found with lsof -i :8080 that jenkins is running there. can I move the web manager to another port?`),
    no(`Hello brother, we installed a sip softphone server for testing on the same linux where VOS is running and now it says cannot bind 5060 address already in use. I need both running, how?`),
    no(`saludos, the java webservice of the portal gives BindException: Address already in use: bind on 9090 only after redeploy. After reboot works. I think the old one not stopping`),
    no(`Good day, the node exporter for our monitoring refuses to start on VOS host: listen tcp :9100: bind: address already in use. another exporter installed by vendor maybe. thanks`),
    no(`Dear support, after migration to new hardware the mbx3000d start fails: cannot bind TCP 5060, address already in use. we found the old asterisk service still enabled on boot. disable it is enough?`),
  ],
  otherRegistrationCause: [
    no(`Sir all our extensions showing unregistered since morning. Our reseller changed the password of all accounts yesterday night and didnt update the phones. Please guide how to bulk update`),
    no(`salam, phones in Dubai office lost registration after the ISP changed our router today. We use UDP 5060 only on these phones. new router has SIP ALG on maybe?`),
    no(`Hello engineer, our gateways all unregistered. We find the VOS licence expired today, the web show license expire. How to renew quickly? thanks a lot`),
    no(`Good morning. Our 40 softphones keep showing registration failed 403 Forbidden. We did not pay last invoice and account is suspended i think. Please confirm balance`),
    no(`hi po, yesterday the brownout here in Cebu, after power came back the ip phones all unregistered and some are not even booting. the switch is fine po?`),
    no(`Hello, we changed the public IP of the VOS server to new datacenter. Now no phone registers, they still point to old IP. is DNS the only way or must we touch every phone?`),
    no(`boss, the phones behind our MikroTik office NAT are unregistered since the internet line down from 9am. Safaricom says fibre cut. when internet comes back will they register themselves?`),
    no(`Dear team, after changing sip.ourdomain.com to the new server IP, half the phones registered and half not. TTL was 86400. Can we do anything from VOS side?`),
    no(`Hola, los telefonos dice unregistered. we found that someone change the auth password in the VOS account for the client, the old password is in the phones. fixed one, others pending`),
    no(`Dobry den, our customer gateway Dinstar shows register failed 401 after we renamed the account in VOS. name must match exactly? we use UDP`),
    no(`Hi mate, remote worker says her Zoiper keeps unregistering. Turns out her laptop goes to sleep and wifi switches off. Anything on server side we should set or is it just her laptop?`),
    no(`Assalam o alaikum sir, 3 gateways unregistered since yesterday. The account validity was till 31st and expired, I extended now but still showing offline. need reboot gateway?`),
    no(`good evening, all phones at the Lagos branch unregistered because NEPA took light and the UPS died. Power is restored now but 6 phones still not registered, they show no IP. DHCP issue?`),
    no(`Hello, after ISP change at our call centre the phones register for 1 minute then drop. They use UDP, the new Huawei router has SIP ALG enabled. we will disable ALG, anything else?`),
    no(`hello engineer, agent phones unregistered because the customer balance is zero and the account auto locked. after recharge 30,000 PKR will they come back automatically?`),
    no(`Sir the softphones of our agents lost registration after we changed VOS web password and SIP password same time. Which one phone uses? i am confused`),
    no(`Hi, one client's PBX shows unregistered. He moved office and now has dynamic IP but we had his account locked to his old static IP in VOS. remove IP binding right?`),
    no(`hey team, Grandstream phones at the clinic all say "Not registered". Their ISP got new modem with different DNS and the phones cannot resolve our sip domain. using IP instead fixed one phone`),
    no(`Buenas, after the earthquake drill they cut power in the building, the 20 Yealink phones not re-register because the PoE switch is still off. just telling you not a server problem`),
    no(`Hello brother, our gateway is not registering because the VOS server time is wrong and the license check fail? Web says license invalid after date changed. how to fix time`),
    no(`ni hao, the softphone of customer cannot register, log say 404 Not Found. we check and account name typing wrong, 8801 not 8081. sorry, solved`),
    no(`Dear Sir, the phones at our Karachi site go unregistered every night 2am to 4am. ISP is doing maintenance in that window, they confirmed. Just need to know if VOS logs show same`),
    no(`hi, after we moved our phones from UDP to a new provider router with strict NAT, they lose registration every 30 sec. no TCP used anywhere, RST never touched. should I reduce register expiry?`),
    no(`Hello team, the IP phones in the branch are unregistered since the network guy changed the VLAN for voice. They are getting IP from other subnet that has no route to VOS`),
    no(`Privet, registration lost for 15 accounts because our script changed passwords by mistake on all accounts with prefix 77. we restore backup of the table now`),
    no(`Hi, phone displays "Registration failed: account disabled". We disabled it for non-payment last week and customer paid today. Where to enable again in VOS?`),
    no(`good day, voice to text sorry. the phones are on register because the internet provider block port 5060 on home connection. customer in Accra. change port to 5080 will work?`),
  ],
  smallFigures: [
    no(`Hi sir, is this ss -s normal for our server?
Total: 612
TCP:   431 (estab 118, closed 290, orphaned 0, timewait 276)
CPS is around 8 now`),
    no(`What exactly is TIME_WAIT? our new engineer sees it in netstat and thinks it is a problem`),
    no(`hello, what does SS_TCP_CLOSE_RESET do in softswitch.conf? I see it is Off on our server`),
    no(`salam, if we enable RST mode, will our NAT phones be affected? Most of our agents are on home routers with TCP`),
    no(`Hi engineer, our firewall is FortiGate. if next month we turn on SS_TCP_CLOSE_RESET for the new big client, will it make issue? just planning`),
    no(`bro netstat -an | grep TIME_WAIT | wc -l gives 640 at night and around 2 thousand at peak hour, cps max 15. is ok or need tuning?`),
    no(`Good day, what is the default net.ipv4.ip_local_port_range on CentOS 7? we want to note it in our documentation`),
    no(`hi, should we set net.ipv4.tcp_tw_reuse = 1 by default on all VOS servers? No issue now, just best practice question`),
    no(`Dear support, what is the difference between FIN and RST close? manager asking me and i dont know how to explain simple`),
    no(`Hello, does SS_TCP_CLOSE_RESET affect our UDP trunks also? All carriers are UDP`),
    no(`hola, nuestro servidor tiene 350 TIME_WAIT, is normal? calls ok, just checking after reading one blog`),
    no(`Privet. Health check from this morning:
ss -s
TCP: 1204 (estab 640, closed 520, orphaned 2, timewait 498)
Everything looks fine to me. Just confirm please`),
    no(`hi po, how many TIME_WAIT is too many? right now we have like 900 and 3 cps. just curious po`),
    no(`Mate, quick one - with RST on, does the switch still send BYE properly or does it just cut the TCP? Thinking about it for a client, nothing broken`),
    no(`Hello engineer, we want to know how many concurrent TCP connections VOS can handle. Now we have 1,200 established, planning to grow to 5 thousand`),
    no(`Assalamu alaikum, our netstat shows many CLOSE_WAIT, about 40. is this related to TIME_WAIT problem you mentioned in newsletter?`),
    no(`sir what will happen if TLS clients connect and RST mode on? close_notify skipped? just want to understand before proposing to customer`),
    no(`Hello team, CPU 12%, RAM 40%, ss -s timewait 180, estab 75. monthly report for client, is all green from your side?`),
    no(`hi, our auditor asks why SS_TCP_CLOSE_RESET=Off on our servers. what is the reason to keep default?`),
    no(`good evening, is it safe to change ip_local_port_range to 1024 65535? someone on forum says it can clash with services. we have no problem now, only want to learn`),
    no(`ni hao engineer, TIME_WAIT 2MSL on linux is 60 second yes? we see 500 tw sockets with 8 cps, calculation is correct?`),
    no(`Dear Sir, we are moving 30 thousand subscribers next quarter. Will we need RST mode? current timewait is only 1.1k`),
    no(`Hello, which command is better to count TIME_WAIT on CentOS 6, ss or netstat? ss not installed on old box`),
    no(`Habibi quick question, if we put RST On and our pfSense is stateful, do we need any rule? we did not enable it yet, only asking`),
    no(`hi, our ss output:
TCP: 96 (estab 40, closed 50, orphaned 0, timewait 48)
is this server even using TCP? i thought all is udp`),
    no(`Hey there, for a US client proposal: at 50 CPS peak over TCP, roughly how many TIME_WAIT would we expect with FIN close? no live issue, pre-sales question`),
    no(`Hello brother, we saw "RST" in wireshark capture on one call, 2 packets only, call was normal and ended fine. Is RST sometimes normal in TCP?`),
  ],
  firewallNoRst: [
    no(`Sir please tell which ports to open in FortiGate for VOS3000, new client wants to send traffic from 41.x.x.x range`),
    no(`salam, please whitelist carrier IP 185.22.14.9 in our iptables on the VOS box, they start sending traffic tomorrow`),
    no(`Hello engineer, fail2ban banned our own office IP because of wrong password attempts. How to unban? the firewall is blocking us from web`),
    no(`hi po, need to disable SIP ALG on our Sophos firewall, calls have one way audio. how po?`),
    no(`Good morning. Please do port forwarding on the MikroTik for 5060 UDP and RTP 10000-20000 to the new VOS server 192.168.10.5`),
    no(`hola, queremos bloquear trafico de paises que no usamos, geo-blocking in pfSense. can you recommend list? lot of SIP scanners`),
    no(`Dear team, kindly review our iptables config attached, is it correct for VOS? we are not facing any issue, just audit before go live
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p tcp --dport 5060 -j ACCEPT
-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
-A INPUT -j DROP`),
    no(`Dobry den, our Cisco ASA admin asks what timeout to set for SIP TCP sessions. Nothing failing, he just want recommendation`),
    no(`Hello, new carrier cannot reach us, their INVITEs not arriving. We forgot to allow their IP in the firewall. Added now, working. Thank you`),
    no(`Bro fail2ban jail for sip is banning too many IPs, even our reseller. can we increase maxretry?`),
    no(`hey, the FortiGate shows lots of blocked packets from a scanner in Netherlands trying 5060. the firewall is doing its job right? nothing else wrong`),
    no(`Hi mate, we need to open TCP 5061 for TLS on the ASA for one enterprise customer. What else do they need on their side?`),
    no(`Sir our client firewall team says SIP ALG is ON on their Sophos XG and they want to know should they turn it off for VOS. calls ok now`),
    no(`ni hao, please help config firewalld on CentOS 7 to allow web manager only from our office IP 116.x.x.x`),
    no(`Good afternoon, customer's PBX behind pfSense needs port forward for 5060 TCP to internal 10.0.0.20. Can you send the steps, first time for them`),
    no(`Hello brother, MikroTik firewall filter: what rule to allow only Nigerian carriers to our VOS? we have 6 IPs`),
    no(`hello, our hosting provider added a hardware firewall in front of VOS. They ask list of ports and protocols to allow. please send complete list`),
    no(`Assalam o alaikum, after adding new rule in iptables my own SSH blocked lol. I'm at datacentre now. fixed. just want a proper VOS ruleset`),
    no(`Dear support, our FortiGate log shows "Deny: policy violation" for RTP from new carrier. I think RTP range not open. which range VOS uses by default?`),
    no(`hi, can we rate limit INVITE in iptables to stop SIP flood? we got 2k INVITE/sec from scanner last night, server survived`),
    no(`hola, the firewall guy changed the public NAT IP of the VOS. Now carriers whitelisting us need new IP, we send email. Anything in VOS to change?`),
    no(`Hi engineer, please check conntrack table size on our VOS, nf_conntrack_max is 65536. We are growing, should we raise? no drops now`),
    no(`Privet, we plan migrate from ASA to FortiGate weekend. Can you join call to check SIP policies after? RST mode is not in use here`),
    no(`Good evening sir. SIP ALG disabled on client's Huawei router now, one way audio fixed. Thanks for the advise`),
    no(`Hey y'all, our security team wants us to close TCP 5060 and keep only UDP 5060 on the firewall since no one uses TCP. Any side effect on VOS?`),
    no(`hi team, pls add geo-block for all countries except PH, SG and HK on our pfSense. too many hacking attempts from other places po`),
    no(`Hello, fail2ban not starting on VOS box, error in jail config for sip. ban action iptables-multiport. can you check syntax? file attached`),
  ],
  negationContext: [
    no(`Sir just update: TIME_WAIT was more than 30k last month, you enabled RST and tuned kernel. Now at peak it is only 900. Thank you so much, no issue now`),
    no(`Hello, our phones lost registration but we use UDP only, so the RST thing from your bulletin is not relevant for us right? The cause was the ISP router, already fixed`),
    no(`salam, RST is Off on our server, never enabled. Our FortiGate is fine. Only asking for my knowledge what "no session matched" means in the logs of another client`),
    no(`Fwd from NOC for the record, old ticket, resolved:
"22/03 - address already in use on outbound carrier connects, 28k TIME_WAIT at peak. Action: SS_TCP_CLOSE_RESET=On, tcp_tw_reuse=1. Closed."
no action needed, just archiving`),
    no(`hi, phones unregistered yesterday after the password change, not the RST issue. we found it ourselves, all re-registered now`),
    no(`Dear team, the FortiGate dropping RST issue is solved since you turned RST off last week. Calls completing 100% now. Thank you`),
    no(`Hello engineer, nobody changed anything on the server, SS_TCP_CLOSE_RESET still Off like default. Calls drop only on one carrier and carrier confirm their side has problem. just info`),
    no(`bro that port exhaustion problem was solved last month, thanks. TIME_WAIT now 1.5k max. closing the ticket from our side`),
    no(`Hi po, the NAT phones are registered again since you set close mode back to FIN. All 120 agents online. Salamat po!`),
    no(`Good morning. For our monthly report: in April we had cannot assign requested address errors at peak, fixed by your team with RST and port range. May no errors at all`),
    no(`hola, te confirmo que no usamos TCP, todo UDP. So the TIME_WAIT warning in the email not apply to us no?`),
    no(`Dobry den. RST mode was never enabled here, I checked softswitch.conf: SS_TCP_CLOSE_RESET=Off. The unregistered phones was because of expired accounts. Done`),
    no(`Hello, just to explain to my boss: last week the pfSense was dropping the RST packets because RST mode was on, you turned it off, now calls are fine. correct summary?`),
    no(`Assalamu alaikum, we read your note that RST can break NAT phones. We have not enabled it and we will not. Everything working, just confirming we don't need action`),
    no(`Dear Sir, forwarding escalation email from last quarter for audit. The issue "firewall dropping TCP RST on ASA" was resolved 14 Feb. No current issue.`),
    no(`ni hao, before we had 3w TIME_WAIT and EADDRINUSE on outgoing, your engineer fix it. now only 800. thanks a lot, very good support`),
    no(`hey mate, false alarm on the unregistered phones - the office router got unplugged by the cleaner. Nothing to do with the TCP close thing you changed months ago, that's been fine`),
    no(`hi team, the "address already in use" you see in our old log file is from January when we had the port issue, already fixed. today log is clean`),
    no(`Good evening, we don't have any firewall between VOS and phones, and RST is disabled. The call drops were because of the carrier's session timer. solved with them`),
    no(`Sir the TIME_WAIT alert from Zabbix is old threshold. Actual count now 450. we will raise threshold, no problem with server`),
    no(`Hello brother, our MikroTik phones were unregistered after RST yesterday but you already reverted to Off this morning and all registered. Just thanks, closing`),
    no(`saludos, hace 2 meses tuvimos el problema de puertos agotados, pero ya resuelto. Now we add new carrier, do we need to do anything again? TIME_WAIT is 2,000 at peak`),
    no(`Privet, the iptables INVALID drops were before we removed the RST mode. Counter now stays 0 for three days. We can close case`),
    no(`hello engineer, calls failing this morning was not firewall and not RST, the carrier balance was finished. topped up, all good`),
    no(`Hi, quick recap for the thread: Imran asked if FortiGate drops RST. Answer: no, RST mode is Off on our switch, FortiGate logs are clean, the drops were wifi on agent side. closing`),
    no(`Good day, we understand the cannot assign requested address error comes from port exhaustion, but we never saw it, only reading your doc. Our peak is 5 cps`),
    no(`Dear support, as explained, the registration loss was because of the SIP ALG on the client router, not the RST change. ALG disabled, phones stable 48 hours`),
  ],
  portExhaustion: [
    pe(`Sir urgent, at peak hour calls failing to carrier. log full of "cannot assign requested address" on connect. netstat shows around 28 thousand TIME_WAIT. CPS ~180`),
    pe(`salam bro, every evening 8pm to 11pm calls fail, ss -s show:
TCP: 31542 (estab 1204, closed 30110, orphaned 3, timewait 30088)
outgoing TCP to carriers not connecting. help`),
    pe(`Hello engineer, our VOS can not make new TCP connection to the carrier at busy time. error EADDRINUSE on outgoing connect. TIME_WAIT 3w+. please fix`),
    pe(`Good evening. Since our traffic increased to 250 CPS, outbound SIP over TCP fails with Address already in use when connecting to the upstream. netstat | grep TIME_WAIT | wc -l = 29,876`),
    pe(`hola amigo, en hora pico las llamadas fallan. el log dice cannot assign requested address. tenemos 30 mil conexiones en TIME_WAIT. please help us`),
    pe(`Dobry den. Our billing callback service on VOS host shows java.net.BindException: Cannot assign requested address when opening connections to the switch, only at peak. About thirty thousand TIME_WAIT sockets`),
    pe(`hi po, during peak (6-9pm Manila) no new TCP connections can be made from the VOS to our carriers, calls fail. ss shows timewait 27k po. off-peak ok`),
    pe(`Forwarded NOC alert:
[CRIT] vos-sg-02 tcp_timewait=32104 threshold=10000
[CRIT] vos-sg-02 sip_out_fail_rate=41%
errors: connect() failed (99: Cannot assign requested address)
pls check asap`),
    pe(`Boss please urgent, traffic is 300 cps now and outbound TCP legs failing. dmesg nothing but mbx log shows connect EADDRINUSE. TIME_WAIT more than 30k`),
    pe(`Dear team, escalating on behalf of our client:
"Between 19:00 and 22:00 our calls through your switch fail with 503. Your NOC confirmed 25k+ sockets in TIME_WAIT and local port exhaustion."
Please apply the fix today`),
    pe(`hi mate, the switch runs out of ephemeral ports every arvo when the call centres ramp up. ss -s timewait 28500, outgoing connects fail with cannot assign requested address. Need a fix before Monday`),
    pe(`Assalam o alaikum sir, peak time calls not connecting, errors "address already in use" on outgoing TCP to carrier side, TIME_WAIT 30 thousand plus. After 12am all normal`),
    pe(`Hello, our CPS increased because of new dialer client. Now at peak: Cannot assign requested address for outbound connections and netstat shows 28,231 TIME_WAIT. ip_local_port_range is default 32768 60999`),
    pe(`Hello brother, every day around 10am the VOS stop opening new TCP to carriers. thousands and thousands of TIME_WAIT (I counted 26k). calls fail with no route. please help`),
    pe(`ni hao engineer, peak time many call fail. we check: ss -tan state time-wait | wc -l = 31002. log: connect failed errno 99. please help us solve`),
    pe(`good day, the dialer pushing 200 CPS over TCP to VOS, and VOS to the carrier over TCP. At peak outbound fails "bind: address already in use" and TIME_WAIT is about 29 thousand. ports finished I think`),
    pe(`Sir see this at peak hour:
TCP: 30817 (estab 980, closed 29650, orphaned 0, timewait 29611)
and errors in log cannot assign requested address. Calls failing 30%. kindly do the needful`),
    pe(`hey team, voice note transcript sorry: "the server is running out of ports at busy hours, time wait is like thirty thousand and new calls cannot go out to the carriers"`),
    pe(`salam, since we add 2 new carriers over TCP, at peak the VOS cannot open new connections. address already in use on connect. TIME_WAIT 27k. Off peak 3k only`),
    pe(`Hi, our NOC sees BindException on outgoing connects from the VOS side app at 9-11pm daily, with ~30,000 TIME_WAIT in netstat. Calls drop to 60% ASR in that window`),
    pe(`Dear Sir, urgent: From last 3 days at prime time outgoing SIP TCP cannot connect, the log says EADDRINUSE. Socket count TIME_WAIT 32k. We are losing revenue. Please call me`),
    pe(`hola, when traffic goes up the switch stops making new tcp connections. netstat -an | grep -c TIME_WAIT returns 28890. error cannot assign requested address. RST is Off`),
    pe(`Privet. Peak CPS 220. Outbound TCP to termination vendors fails, errno 99 EADDRNOTAVAIL, and ~29k TIME_WAIT. Please propose fix, maybe tcp_tw_reuse?`),
    pe(`hi po good evening, calls failing again tonight same time. ss -s timewait 30,412 po. errors address already in use when VOS connects to the carrier. please check remote`),
    pe(`Hello engineer, thread from our team:
Ravi: calls failing since 7pm
Sunil: ss shows 31k timewait
Ravi: log has cannot assign requested address for carrier IPs
Please help us, peak continues till 11`),
    pe(`Good afternoon. We moved all carriers from UDP to TCP last week. Now every busy hour the server runs out of local ports, TIME_WAIT reaches 30k and new outgoing TCP connections fail`),
    pe(`Bro we are getting thousands of TIME_WAIT (like 25k) and connect errors to carrier at peak, EADDRINUSE. After midnight it comes down and calls ok. same every day`),
    pe(`ni hao, our traffic double this month. at peak VOS outgoing connect say Cannot assign requested address, time_wait about 3w. low traffic time no problem`),
    pe(`Dear support, attached netstat at 20:30:
tcp 0 0 10.1.1.5:41022 62.1.1.9:5060 TIME_WAIT
tcp 0 0 10.1.1.5:41023 62.1.1.9:5060 TIME_WAIT
... (28,700 lines like this)
New calls to 62.1.1.9 fail with address already in use. Please help`),
    pe(`G'day, the switch is choking at peak - 30k odd sockets sitting in TIME_WAIT and outbound TCP to our carriers just won't connect (cannot assign requested address). Off peak it's fine`),
  ],
  natUnregistered: [
    nat(`Sir after you enabled RST mode yesterday, all our home agents phones behind NAT showing unregistered. They use TCP. Office phones with public IP are fine`),
    nat(`salam bro, since SS_TCP_CLOSE_RESET=On our MikroTik office phones keep losing registration every few minutes. SIP over TCP. before change was stable`),
    nat(`Hello engineer, after your change yesterday the softphones behind home routers unregistered many times. Transport TCP. please check`),
    nat(`hi po, since you switched the close mode to RST, our agents at home (PLDT routers) keep going unregistered po. they use Zoiper on TCP`),
    nat(`Good morning. After enabling SS_TCP_CLOSE_RESET on Monday for the TIME_WAIT issue, our NATed Yealink phones (SIP over TCP) drop registration randomly. 60 out of 150 offline now`),
    nat(`hola amigo, desde que activaron el modo RST, los telefonos detras de NAT se desregistran. we use TCP transport on all phones. office with public IP is ok`),
    nat(`Dobry den. After RST mode was turned on, IP phones behind our office NAT (Cisco router) show Unregistered after each re-register. TCP transport. Can we revert?`),
    nat(`Hello brother, since your engineer changed SS_TCP_CLOSE_RESET to On, our gateways behind NAT in the branches lose registration again and again. They connect with TCP`),
    nat(`ni hao, after open RST mode on VOS, the softphone behind NAT always unregistered, use TCP. before it was ok. please help`),
    nat(`hey mate, since the RST change the remote workers on their home NBN routers keep dropping registration. Bria on TCP. Anyone with a public IP is fine`),
    nat(`Assalam o alaikum sir, after you enabled the reset mode for TCP close, our call centre phones behind NAT show unregistered every 10 15 minutes. SIP TCP. pls revert`),
    nat(`Dear team, escalation:
"Since the change to SS_TCP_CLOSE_RESET=On on 12/06, our 80 remote agents behind NAT lose SIP registration (TCP) repeatedly. Public-IP endpoints unaffected."
Please roll back urgently`),
    nat(`good evening, phones behind MikroTik NAT unregistered since RST was enabled this afternoon. transport tcp. we didnt change anything on router`),
    nat(`Hi, after the SS_TCP_CLOSE_RESET On change the Grandstream phones behind office NAT go unregistered, come back, unregistered again. TCP only. Please advise`),
    nat(`bhai RST on kiya tha na yesterday for timewait, ab NAT wale phones unregistered ho rahe hain. TCP pe hain sab. what to do`),
    nat(`Hello, since we set the TCP close to RST as you advised, the softphones of our resellers behind home NAT lose registration. They use TCP 5060. before was stable 1 year`),
    nat(`salam, since your team change on the softswitch Sunday (the TCP close setting for the timewait), our gateways at customer sites behind NAT going offline in VOS and coming back. all register by TCP. the ones with public IP not affected`),
    nat(`Hi po, the agents' softphones behind NAT keep unregistering since you changed SS_TCP_CLOSE_RESET. TCP transport po. 40 agents affected`),
    nat(`hola, after the change to RST close on the switch, phones behind our office NAT (Fortinet doing NAT) lose registration every few min. TCP. we need fix today`),
    nat(`Privet. Since RST mode On, SIP TCP clients behind NAT become unregistered after some minutes. Clients with public IP no problem. Please revert or advise`),
    nat(`Dear Sir, our home-based agents on TCP are showing unregistered since you turned on SS_TCP_CLOSE_RESET last night. Router is home broadband with NAT. Kindly revert ASAP`),
    nat(`Hello engineer, thread from our NOC:
Ali: since RST on, phones behind NAT go unregistered
Fahad: all TCP, all behind home routers
Ali: office on public IP fine
please help`),
    nat(`hello brother, after the softswitch close mode changed to RST on Tuesday, our Dinstar gateways behind NAT lose registration. TCP transport. before was fine`),
    nat(`hi, voice to text sorry: "since you enabled our ST mode the phones behind the nat are unregistered they use tcp". i mean RST mode`),
    nat(`Good day. Two of our PBX customers (3CX behind NAT, registering to VOS over TCP) show unregistered several times per hour since Friday, exactly when you enabled SS_TCP_CLOSE_RESET for our port issue. Their internet is fine, other services fine`),
    nat(`hello engineer, after the TCP close setting you change to RST on Thursday, see our online list in VOS:
6001  192.168.1.20 (NAT 58.x.x.x)  Offline
6002  192.168.1.21 (NAT 58.x.x.x)  Offline
6003  192.168.1.22 (NAT 58.x.x.x)  Offline
TRUNK-A  public IP  Online
all phones TCP behind office router, before Thursday all online`),
    nat(`Hey guys, following up on this morning's ticket. Since the close-mode change (the RST one) went in Tuesday night, our remote team in Ohio and Texas keeps dropping off. They're all on home Comcast/Spectrum routers, SIP over TCP because UDP was flaky for them. Registrations go stale and they miss calls for 5-10 min until Bria re-registers. Office folks on the static IP are fine.`),
    nat(`hola, desde el cambio de RST, los softphones detras del router NAT quedan unregistered. todos TCP. podemos volver a FIN?`),
    nat(`Sir since yesterday RST change, 25 of 30 IP phones behind our office NAT are unregistered. The 5 with public IP ok. TCP. Pls check`),
    nat(`Hey team, since you flipped SS_TCP_CLOSE_RESET on, the phones behind our office NAT (Ubiquiti) keep losing reg every few mins. All TCP. Can we roll it back?`),
  ],
  firewallRst: [
    fw(`Sir after RST mode enabled yesterday, calls failing through our FortiGate. log showing "no session matched" for TCP 5060 with flags R. pls check`),
    fw(`salam bro, since SS_TCP_CLOSE_RESET=On our Cisco ASA drops the RST packets, log: Deny TCP (no connection) flags RST. calls hang and drop`),
    fw(`Hello engineer, after your change yesterday to RST close, iptables conntrack marks the packets INVALID and drop them. calls fail half. please help`),
    fw(`hi po, since the RST mode on, our pfSense is blocking packets with flags R, state mismatch po. calls drop and some hang`),
    fw(`Good morning. After enabling SS_TCP_CLOSE_RESET, the Sophos firewall in front of VOS logs "out of state" drops for TCP RST packets. Calls failing intermittently`),
    fw(`hola amigo, desde que activaron RST, el FortiGate descarta los paquetes RST, "no session matched". las llamadas se cuelgan. please help`),
    fw(`Dobry den. After RST mode was enabled, iptables INVALID counter is growing fast and calls via TCP fail. -A INPUT -m conntrack --ctstate INVALID -j DROP is in our ruleset`),
    fw(`Hello brother, since your engineer put RST On, our MikroTik firewall drops the RST packets as invalid and calls get stuck. can we revert?`),
    fw(`ni hao, after open RST mode, our firewall drop RST packet, calls fail. FortiGate log say no session matched. please help us`),
    fw(`hey mate, since the RST change the ASA is dropping the resets (TCP flags R, no connection) and calls are hanging on our side. Need that sorted today`),
    fw(`Assalam o alaikum sir, after you enabled RST for TCP close, our FortiGate is dropping the RST and calls fail 20%. log: "no session matched". pls revert`),
    fw(`Dear team, escalation from client NOC:
"Since SS_TCP_CLOSE_RESET=On on 03/09, our Palo Alto... sorry, our Cisco ASA logs Deny TCP (no connection) for RST from your switch. Calls fail and hang."
Kindly action urgently`),
    fw(`good evening, after RST mode enable this afternoon pfSense log full of blocked TCP:R packets and calls dropping. we didnt change firewall`),
    fw(`Hi, after SS_TCP_CLOSE_RESET On change, the Sophos XG drops RST packets (out of state) and calls failing. Please advise`),
    fw(`bhai RST on karne ke baad FortiGate RST packets drop kar raha hai, "no session matched". calls fail ho rahe. please help`),
    fw(`Hello, since we set TCP close to RST as you advised, our iptables drops them as INVALID. calls hanging at the end and new ones failing`),
    fw(`salam, after RST mode enabled 2 days ago, the firewall (FortiGate 100F) drops the RST packets and calls to TCP customers fail. logs attached`),
    fw(`Hi po, calls failing since you changed SS_TCP_CLOSE_RESET. our firewall is dropping the reset packets po, log says out of state`),
    fw(`hola, after the change to RST close, the firewall ASA drop RST with "Deny TCP (no connection)". calls fail and agents complain`),
    fw(`Privet. Since RST mode On, conntrack INVALID drops for TCP RST on our Linux firewall, calls fail. Counter shows 14 thousand drops in one hour`),
    fw(`Dear Sir, our calls are failing since you turned on SS_TCP_CLOSE_RESET last night. The FortiGate shows "no session matched" for the RST packets. Kindly revert ASAP`),
    fw(`Hello engineer, thread from our NOC:
Khalid: calls failing since RST on
Omar: FortiGate dropping RST, no session matched
Khalid: nothing changed on firewall
please help`),
    fw(`Hello brother, since Tuesday change on switch (RST mode), pfSense firewall log:
Block  WAN  TCP:RA  x.x.x.x:5060 -> y.y.y.y:49822
Block  WAN  TCP:R   x.x.x.x:5060 -> y.y.y.y:49830
a lot. calls hang at end and next call fails. before Tuesday no such log`),
    fw(`hi, voice to text sorry: "since you enabled the arrest mode our firewall is dropping the arrest packets and calls fail". I mean RST`),
    fw(`Good day, running thread here:
Kwame: since the VOS RST setting this week calls dropping
Esi: mikrotik log input: in:ether1 proto TCP (RST) connection-state:invalid, dropped
Kwame: our filter rule drop invalid is at top
remove rule or revert the switch? calls failing now`),
    fw(`hello engineer, from yesterday when you change the TCP close setting to RST, ASA log many like this:
%ASA-6-106015: Deny TCP (no connection) from 10.20.0.5/5060 to 203.0.113.50/51432 flags RST on interface inside
calls fail about 30%. before your change no problem`),
    fw(`Hi, FortiGate log since the RST change on VOS:
type=traffic subtype=forward action=deny msg="no session matched" proto=6 srcport=5060 tcpflags=RST
hundreds per minute. calls failing, agents hear silence then drop`),
    fw(`hola, desde el cambio de RST, el firewall bloquea los RST, log "out of state". las llamadas fallan. podemos volver a FIN?`),
    fw(`Sir since yesterday RST change, our firewall dropping the RST packets. iptables INVALID drop log:
IN=eth0 OUT= SRC=203.0.113.7 DST=10.0.0.5 PROTO=TCP SPT=5060 DPT=41822 RST
calls failing`),
    fw(`Hey team, since you flipped SS_TCP_CLOSE_RESET on, our FortiGate is dropping the resets with "no session matched" and calls are hanging. Can we roll it back?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning173Set: readonly EvalItem[] = Object.values(tuning173Families).flat();
