import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Customers in China, Russia, the Arab world, Turkey and Latin America who wrote in their own language
 * and pasted a machine translator's output into the English support chat: literal word order, wrong
 * idioms and mistranslated terms ("the phone is not register state", "port is occupied by already",
 * "please kindly help to see", "the call is broken off", "the firewall gives up the packet", "the
 * connection of waiting time is very many", "open the RST pattern", "port mouth", "the trunk lies"),
 * sometimes with pasted log lines or command output left untranslated.
 *
 * The eighty-eighth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the eighty-eighth never-tuned set, before the forty-second round of rules, by someone who
 * had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the
 * other sets in view; measured as such before and after the forty-second round, then made tuning
 * material for the forty-third: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 95.6 %, negatives confident 3.7 %, confident wrong 0 % with the
 * rules of the forty-first round; after the forty-second: in scope 96.7 %, negatives confident 3.7 %, confident wrong 0 %.
 */
export const tuning88Families = {
  oneListeningPort: [
    no(`Hello, the tomcat of VOS web can not start up, log say java.net.BindException: Address already in use: JVM_Bind 8080. please kindly help to see`),
    no(`nginx start is failure, the 80 port mouth is occupied by already.
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
how to do`),
    no(`Dear, I install the second SIP server on same machine for the test, it say cannot bind 5060, the port is occupied by VOS already. Two server can use same port or not?`),
    no(`mysql not start after restart of server. error: Can't start server: Bind on TCP/IP port: Address already in use. Do you already have another mysqld server running on port: 3306 ? how to see which process take it`),
    no(`Good day. At the start of docker container with the freeswitch comes out the error: Error starting userland proxy: listen tcp4 0.0.0.0:5060: bind: address already in use. On the host already works VOS. What to do?`),
    no(`hello my computer the developer node server not opening, writing EADDRINUSE :::3000. I closed the terminal but still it is occupied. this is VOS problem?`),
    no(`Peace be upon you, the web interface of VOS is not open after the update, in the log I see Address already in use port 80, also apache is installed by the data center. which one I must to stop?`),
    no(`Hello good afternoon, the service of httpd does not raise, it says (98)Address already in use: make_sock: could not bind to address [::]:80. Before it was working well`),
    no(`the billing web port 8080 be occupied, netstat see it is java process of old tomcat not exit clean. kill it is can?`),
    no(`The redis can not start, the port 6379 is occupied already by the other redis which I start by hand yesterday. ok I find it, sorry for trouble`),
    no(`After I install the asterisk for the IVR test, VOS3000 softswitch not start, the log write bind 5060 fail. I think the asterisk take the port mouth. how to change asterisk port to 5070?`),
    no(`Please help look, the mbx3000 log:
[ERROR] sip transport bind 0.0.0.0:5060 failed, errno=98
ps show two mbx3000d process. Maybe the restart did not kill the old one?`),
    no(`Colleagues, after reboot Tomcat writes in catalina.out: SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"] java.net.BindException: Address already in use <null>:8080. Who sits on this port I do not understand.`),
    no(`the sshd can not listen the port 2222 which I changed, say Bind to port 2222 on 0.0.0.0 failed: Address already in use. what other program use 2222?`),
    no(`Friend the agent of zabbix does not start, port 10050 already in use, I think it is the old agent that stayed. It is not problem of the VOS no?`),
    no(`Teamviewer and the VOS web portal both want port 80 in my windows test pc, the portal not opening giving error address already in use. Which one I change?`),
    no(`In the test machine I run two vos web on one server for two customer, the second one start fail because 8080 is occupied by first. Can modify the port of second?`),
    no(`The phpmyadmin not working after I install nginx, apache say (98)Address already in use: could not bind to address 0.0.0.0:80 no listening sockets available, shutting down. Please kindly guide`),
    no(`Our dev laptop run the API for the recharge, npm start show Error: listen EADDRINUSE: address already in use 127.0.0.1:8000. It is only this one port, with the VOS no relation, just ask if you know`),
    no(`Raised the second copy of the callback service for test, it falls with OSError: [Errno 98] Address already in use. Turned out the first copy was not stopped. Stopped it, all works. Thank you.`),
    no(`The container of postgres does not raise: Bind for 0.0.0.0:5432 failed: port is already allocated. In the machine also is installed postgres local`),
    no(`vos3000 web login page not open, I restart tomcat appear Address already in use, netstat -lntp | grep 8080 show
tcp   0   0 :::8080   :::*   LISTEN   2231/java
the old java still alive`),
    no(`the RTP proxy service is not starting on 10000 port, it say already in use. I think the old process stays hanging`),
    no(`Hello sir, the media server I installed on same machine, after that the softswitch start report cannot bind port 5060 udp. media server default is also 5060. please kindly help to see how to solve`),
    no(`My brother the SNMP daemon say cannot bind udp 161 address already in use. Another snmpd from the hosting panel is running on it`),
    no(`Question, the phpmyadmin of the VOS is in port 8888 and I want to put grafana, grafana does not start because the port 8888 is occupied. I change grafana to 3000 correct?`),
    no(`Java application of reports does not start: java.net.BindException: Address already in use (Bind failed) on port 9090. Traffic on switch is small, it is just at the launch of the application.`),
  ],
  otherRegistrationCause: [
    no(`Hello, all phones of one client are not register state since the morning. He say he change the password in the portal yesterday but did not change in the phones. Is it the reason?`),
    no(`After change of provider the IP of our office changed and the gateway stopped to register. In VOS at the gateway stands the old IP in the field of authentication. Need to change?`),
    no(`the trunk to upstream is unregistered, the log show 403 Forbidden, they say our account is expire last day. we pay already, how long recover`),
    no(`Dear support, the phones show unregistered after the electricity cut in the office, the router is not come back on. now power is back but still red light`),
    no(`The softphones of the call center are in not registered, the internet of the ISP is fallen since 9 in the morning, the technician comes tomorrow.`),
    no(`I think our licence of VOS is expired, the new registrations are refused and the number of online phones decreasing. How to renew the licence?`),
    no(`the phone is not register state, the screen show No Service, I check the cable is not plugged good, now it is ok, sorry for disturb`),
    no(`Customer change the DNS record of domain name to the new IP, but the phones still use the old IP to register, all show unregistered. need to wait the DNS refresh?`),
    no(`Network admin made new VLAN for the voice and moved the phones, after that they do not receive IP from DHCP and accordingly not registered. The phones on UDP.`),
    no(`the Grandstream phones give registration failed 401 unauthorized, I create the account with the name wrong, with capital letter. is case sensitive?`),
    no(`After we replace the switch in office by the new Cisco, 20 phones lost the registration. They use UDP 5060. the old switch had the voice VLAN configured, the new no`),
    no(`Customer says the registration of his SIP account falls, I looked, the account is disabled because the balance is zero. after he load money it is ok?`),
    no(`The provisioning server send the wrong config file to the Yealink, the server address become 192.168.1.1, so all phone register fail. how to correct by batch?`),
    no(`The trunk to the operator lies, unregistered with Registration timeout, the operator confirmed that on their side is accident, they are restoring.`),
    no(`Please kindly help to see, the MikroTik of customer was reset to factory by the cleaner lady accidentally, now no internet, the phones unregistered. he use UDP`),
    no(`The GoIP gateway does not register, it shows register fail but in the log I see wrong password. Which password do I put, the one of the web or the one of SIP?`),
    no(`The IP of our server was changed by the data center because of migration, all the client phones still point to old IP, all unregistered. Please how to inform them fast`),
    no(`the account number in VOS I delete by mistake yesterday, so the phone can not register. can restore from backup?`),
    no(`On the Fanvil phones writes Registration failed after the updating of the firmware. Configuration after update was reset, the field of server is empty.`),
    no(`Office moved to the new building, new ISP with CGNAT, phones on UDP not registering now. In the old office was ok. Do I need static IP?`),
    no(`the phone register is fail by the 404 Not Found, I see the user name has space in the end when copy paste. removed, ok now`),
    no(`Since the change of the router the phones registered by UDP are lost, the new router has the SIP ALG active by default and it changes the headers. I deactivated already and they registered.`),
    no(`The licence of the lines is full, new phone register is refused, the log say exceed max registration. how to increase`),
    no(`Many phones go unregistered today, I find the sales set the validity date of the accounts to 2024-12-31, now it passed. How extend all at once?`),
    no(`The SIP registration of the gateway falls every hour exactly. In the gateway the registration expiry is set 3600 and it does not renew. Over UDP. Firmware is old.`),
    no(`Fail2ban on our server banned the office IP because of wrong password tries from one old phone, now all the office phones are unregistered`),
    no(`the phones of the branch do not register because the fiber was cut by the works on the street, the provider says 48 hours`),
  ],
  smallFigures: [
    no(`Hello, what is TIME_WAIT exactly? I see 230 of them on our server, is it problem?`),
    no(`ss -s output:
Total: 412 (kernel 530)
TCP:   187 (estab 96, closed 71, orphaned 0, synrecv 0, timewait 70/0), ports 0
normal or not? please kindly help to see`),
    no(`Tell please, what makes the parameter SS_TCP_CLOSE_RESET? In the manual is written briefly. We have small traffic, 5 calls in second.`),
    no(`Is tcp_tw_reuse safe to open? Somebody in the forum recommend it. Our server is small, 50 concurrent calls.`),
    no(`Brother I run netstat -an | grep TIME_WAIT | wc -l and it give 184. Is this many or few?`),
    no(`Good, a question, what is the recommendation of ip_local_port_range for a VOS with 300 simultaneous calls? now it has 32768 60999`),
    no(`The connection of waiting time is very many? I count TIME_WAIT 95. Our CPS about 3. Need to do something?`),
    no(`Made the check of server: load 0.3, memory free 60%, TIME_WAIT 140, ESTABLISHED 220. All in the norm?`),
    no(`What is difference between FIN close and RST close? my boss ask me to explain, I'm new in the company`),
    no(`Hello, for the monthly report can you tell me the normal TIME_WAIT number for server of 20 CPS? now I see around 600`),
    no(`netstat -s | grep -i reset
    35 connection resets received
    12 resets sent
this is normal?`),
    no(`Please explain the RST pattern and the FIN pattern which one is better for our small switch, only 80 lines`),
    no(`We want to understand the option SS_TCP_CLOSE_RESET before we change anything. Now it is Off, the default. Our phones mostly UDP. What you recommend?`),
    no(`Output of ss -tan state time-wait | wc -l = 312. Server VOS, calls 150 in the peak. Is it worth to worry?`),
    no(`hello, daily check: ports used 1.2k from the range 28k. ok?`),
    no(`what means the tcp_fin_timeout? default 60 can change to 30? no problem now just want optimize`),
    no(`Where is located the file softswitch.conf in VOS3000 2.1.6? I want only to look the parameters, not to change`),
    no(`The cat /proc/sys/net/ipv4/ip_local_port_range gives 32768 61000. Is enough for us? we have 40 CPS maximum. no problems at the moment`),
    no(`Please what is the meaning of reparse command? it cut the calls or not?`),
    no(`ss -s
Total: 298 (kernel 310)
TCP:   121 (estab 64, closed 40, orphaned 0, synrecv 0, timewait 39/0), ports 0
Transport Total     IP        IPv6
RAW       0         0         0
UDP       18        14        4
TCP       81        77        4
Tell, here everything normal?`),
    no(`Our phones with TLS, if open the RST pattern, what happen to the close_notify? just study, not do`),
    no(`Is netstat and ss giving same result? In CentOS 6 I don't have ss command. I want count the connections, they are around 200`),
    no(`Do you recommend to put tcp_tw_recycle? I read it is dangerous with NAT. We have 100 TIME_WAIT only, it is for learning`),
    no(`the TIME_WAIT is 2 minute or 60 second in the linux? the training material say different`),
    no(`Health check after the migration: estab 48, time_wait 22, CPU 4%. Everything ok yes?`),
    no(`What is maximum quantity of the ephemeral ports in Linux? Need it for the documentation of the customer.`),
    no(`we plan to grow to 200 CPS next year, now is 20 CPS and time_wait 400, should prepare what parameter? only advise`),
  ],
  firewallNoRst: [
    no(`Hello, please kindly help to open the port 5060 TCP and UDP in the prevent fire wall of the new server, I don't know iptables command`),
    no(`Need to add IP of the client in the white list of the firewall, 185.44.x.x, so that he can send the traffic. Where to register it?`),
    no(`The fail2ban give up the IP of my customer gateway, he send many wrong REGISTER. how release him?`),
    no(`Please how to disable the SIP ALG in the MikroTik? the voice is going one way`),
    no(`I need to make the port forward in the router Huawei from 5060 to the internal PBX, the rule does not take`),
    no(`We want to block all countries except Turkey and Germany on the firewall for the SIP port, geo block with iptables is possible?`),
    no(`the firewall rate limit how to set? many scanner attack the 5060 with friendly-scanner user agent`),
    no(`iptables -L -n shows
Chain INPUT (policy DROP)
ACCEPT  udp  --  0.0.0.0/0  0.0.0.0/0  udp dpt:5060
ACCEPT  tcp  --  0.0.0.0/0  0.0.0.0/0  tcp dpt:80
and the RTP does not pass. Which range need to open?`),
    no(`The FortiGate of the client is blocking the web portal of the VOS in 8080, I need they open it for the IP of the office`),
    no(`Our pfSense outbound NAT rule for the phones, what is the static port option? It is needed for the SIP?`),
    no(`the firewall gives up the packet from the new carrier IP, I add it in the whitelist and now it pass. thank you`),
    no(`Cisco ASA SIP inspect should be on or off for the VOS? our network guy is asking`),
    no(`Please help to see the iptables rule, I want only allow 3 IP to login the web 8080, the others drop`),
    no(`The firewall of provider cuts UDP on the port 5060, switched the phones on port 5080, started to work`),
    no(`How do I save the rules of iptables so they are not lost when restarting the CentOS 6? service iptables save?`),
    no(`The firewall of the hosting company block the SSH after 3 wrong login, I am locked outside, please help to unblock my IP 94.x.x.x`),
    no(`The MikroTik firewall filter I add the rule drop invalid, is it safe for the SIP? all work fine now, just check`),
    no(`How to open the RTP port range 10000-20000 in the firewalld on CentOS 7? the command please`),
    no(`The client wants to put a Sophos in front, which ports must be opened for the VOS3000? the list please`),
    no(`Attack from the IPs of the range 45.x, thousands of INVITE in the minute. Blocked by iptables the whole subnet, the load fell.`),
    no(`please kindly help to see why the port forward on TP-Link not work, external 5060 to 192.168.0.10, test from outside say closed`),
    no(`we put the VOS behind the new Huawei USG prevent fire wall, need to do the NAT mapping public IP to private, the SIP go by which mode?`),
    no(`Please I want the firewall log only the dropped packets of the port 5060, how to add the LOG rule in iptables`),
    no(`The table of conntrack is at 3000 of 65536, I put more nf_conntrack_max just in case? the firewall is iptables`),
    no(`Our office firewall Fortigate was blocking the softphone Zoiper, we deleted the SIP session helper, now ok. just to inform`),
    no(`How to make on the MikroTik the dst-nat for the gateway on the port 5062? Rule is written in order but does not work.`),
    no(`The firewall of customer need whitelisting our signaling IP and media IP, the two IP are different, which I give?`),
  ],
  negationContext: [
    no(`We use UDP only, so the RST pattern has no relation to us right? our phones unregister sometime, I think it is their WiFi`),
    no(`RST is off and nobody changed anything, but the phones still lose the registration. Means the reason is somewhere other?`),
    no(`the phones not register state was after the password change, not because the TCP parameter, we checked already`),
    no(`The problem of the TIME_WAIT was fixed last month when you changed the parameters, now the server is good, I only want to say thank you`),
    no(`A friend has another company and his server (not VOS, is Asterisk) has thousands of TIME_WAIT, do you know what he can do? it is not our server`),
    no(`For the training of our new staff: when the phones behind NAT lose the registration after the RST is open, what the engineer should do? just the theory`),
    no(`report for the old incident of march: the firewall drop the RST and the calls broken off, you set back to Off, finished. please confirm for the report`),
    no(`Our competitor is saying the VOS has problem with NAT phones when the RST on. is it true? we not use RST`),
    no(`This is not the problem of the ports, I checked, TIME_WAIT only 50. Calls fall from the side of operator with code 503.`),
    no(`Hypothetically, if we activate SS_TCP_CLOSE_RESET, the FortiGate of the client could block? We don't want to activate, only want to know`),
    no(`The error address already in use in the log is from last year when the server was other, now it does not appear. Can I delete the old logs?`),
    no(`No, the MikroTik is not the problem, the phones behind it are registered all fine. the problem is the audio quality, jitter`),
    no(`we have not open the RST pattern, the unregistered was because the customer not pay the internet bill, solved`),
    no(`We thought to turn on the RST mode because of TIME_WAIT but decided not to do, since we have many subscribers behind NAT. Correct decision?`),
    no(`Before you told me to put RST in Off because of the firewall. It is Off since then and everything works well, I close the ticket`),
    no(`the TCP fix of last month is ok, no problem. Now a new question about the export of billing CDR`),
    no(`Our phones are on the UDP transport, not TCP, and the firewall is not stateful, it is simple port forward. So the RST is not the case, yes?`),
    no(`The thousands TIME_WAIT is in the web server of our website, not the VOS, is nginx. you only support VOS right?`),
    no(`I read the manual about SS_TCP_CLOSE_RESET, the RST skip close_notify in TLS. We don't have TLS and we don't use TCP. So no change needed?`),
    no(`Colleague thought that the firewall drops RST, but in tcpdump we saw that RST pass normally. The calls fall because of the session timer on the carrier.`),
    no(`Explanation for the client please: why we do NOT activate the RST in his server. he has the phones behind NAT`),
    no(`the cannot assign requested address was my test script in the laptop, it open 30000 connection in loop, not real traffic. the production has no problem`),
    no(`Not a NAT problem brother, the phone is directly on the public IP, the registration fail because of the wrong realm setting`),
    no(`Last year we had the port exhaustion and you fixed with the RST. This year we moved all phones to UDP, so if they unregister it is not from RST, right?`),
    no(`In the exam of the VOS certification the question: which parameter closes TCP by RST? Answer is SS_TCP_CLOSE_RESET? Just check myself`),
    no(`The firewall of the provider drops RST, they told us, but we do not use TCP with them, all SIP is UDP. It affects something?`),
    no(`Yesterday I open the RST pattern but this morning I close it again because the boss not agree, nothing happen in between. no problem now, just inform`),
  ],
  portExhaustion: [
    pe(`Hello, in the peak time the VOS can not make new TCP connection to the carrier, the log say cannot assign requested address. netstat see TIME_WAIT 28000 more. please kindly help to see`),
    pe(`At evening peak (about 400 CPS) the softswitch starts to write Address already in use at outgoing connections to the gateways over TCP. In ss -s timewait 31542. At night all normally.`),
    pe(`ss -s
Total: 35120 (kernel 35400)
TCP:   33870 (estab 1902, closed 31788, orphaned 12, synrecv 0, timewait 31770/0), ports 0
the calls fail many at 8pm, the port mouth is finish?`),
    pe(`Dear, the server in the high traffic time all the TCP calls give error, I check there are 30 thousand connection in TIME_WAIT state. What we do please?`),
    pe(`When the traffic goes up to 300 calls per second the new calls by TCP do not go out, the log shows errno 99 Cannot assign requested address. When it goes down it works again`),
    pe(`the connection of waiting time is very many, 25 thousand, and the new calls not connect in the peak hour. please help urgent`),
    pe(`the ip_local_port_range is 32768 61000 only and we have 350 CPS over TCP, in the peak the ports are finished and the new calls can not go out`),
    pe(`mbx3000 log full of:
2025-03-11 20:14:02 [WARN] tcp connect to 10.20.1.5:5060 failed: Cannot assign requested address
2025-03-11 20:14:02 [WARN] tcp connect to 10.20.1.7:5060 failed: Cannot assign requested address
only at the night peak. what reason`),
    pe(`netstat -an | grep TIME_WAIT | wc -l gives 29871. Calls at CPS above 250 do not pass, in the log BindException. Help to tune please.`),
    pe(`Friend the switch in the peak hours stops opening new TCP connections to the suppliers, there are thousands of TIME_WAIT. Normal hours ok. What do we change?`),
    pe(`In Ramadan the traffic become double, and at the iftar time the VOS show address already in use when call the carrier, time_wait above 28k`),
    pe(`Our CPS went to 500 after the new customer, now in peak the sockets can not be created, EADDRINUSE in the log, the ports are finished I think. sysctl tcp_tw_reuse is 0`),
    pe(`Please kindly help, our server in the high CPS the local port is used up, the new TCP connection can not build, need modify which kernel parameter`),
    pe(`Monitoring shows: TIME_WAIT rises to 30 thousand in 19:00-22:00, in same time the ASR falls to 20% and in log cannot bind. After 22 everything restores by itself.`),
    pe(`ss -tan state time-wait | wc -l
30112
cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
the calls fail in peak sir, what to do`),
    pe(`We have a dialer that makes 400 CPS by TCP through the VOS and in a moment the VOS no longer opens new connections to the carriers. TIME_WAIT 27 thousand. It is the ports?`),
    pe(`The log said BindException: Cannot assign requested address when the traffic is big. in the small traffic it not happen. Server CentOS 6`),
    pe(`Hello, every day at evening the outgoing TCP to the vendor stop, the error is address already in use, and netstat is full with TIME_WAIT. in the morning it is good`),
    pe(`the port is not enough use! at peak 28000 TIME_WAIT, the range only 28000 port. other server same config 100 CPS no problem, this one is 380 CPS`),
    pe(`After connecting of the new big client with traffic 300 cps over TCP began the errors of connection to the termination. ss shows timewait 30k+, the ports practically all occupied.`),
    pe(`Good night, urgent, the calls do not leave since 20:00, the log says EADDRINUSE, i see 31 thousand connections in TIME_WAIT, the cps is in 420`),
    pe(`Please kindly the tcp connection towards the gateways fail in the busy hours. I count the sockets: time wait 26500, established 3000. we need the increase of the port range?`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
   3120 ESTABLISHED
  29804 TIME_WAIT
     12 LISTEN
at peak the new call can not go, what is solution`),
    pe(`Short calls campaign, 450 CPS, very short duration, after some minutes VOS cannot open new TCP, TIME_WAIT is huge`),
    pe(`The high CPS time the softswitch report connect fail errno 99, I search in google it is the port exhaust. how solve in VOS?`),
    pe(`Problem: with the growth of load the new outgoing TCP connections are not established, in dmesg nothing, in the log of softswitch Cannot assign requested address. TIME_WAIT - 28 thousand. tcp_tw_reuse=0, port range standard.`),
    pe(`The traffic of the call center grew a lot and now in the peak hour there are failures of connection, address already in use on the outgoing ones. I think the free ports finish. What do you recommend to change?`),
    pe(`The server of the VOS in the peak of the traffic stop to make the connections out, TIME_WAIT around 30000, CPS 350. In the off hours no problem`),
    pe(`the system is no more port can use at 21:00 every day, the TIME_WAIT number same as the port range size, calls fail`),
    pe(`we do the robocall traffic over TCP about 300 cps and the server gives Cannot assign requested address after 2 minute every time, after waiting it work again. please help`),
  ],
  natUnregistered: [
    nat(`Hello, after you open the RST pattern yesterday for the TIME_WAIT, all phones behind the MikroTik of office is not register state. they use TCP. please kindly help to see`),
    nat(`After turning on SS_TCP_CLOSE_RESET=On the subscribers behind NAT began to fall off from registration. Phones on TCP, the routers at home of people are various.`),
    nat(`since the TCP change last week, the Yealink of customer behind home router show unregistered every few minute, register again then drop again. the phones using TCP transport`),
    nat(`Dear, after the fix of the ports (the RST), the phones of our branch office behind the NAT lose the registration many times in the day. before the fix no problem`),
    nat(`Since you activated the reset mode in the softswitch, the phones of the branch that are behind a MikroTik remain unregistered. They register by TCP. The other clients with public IP are fine`),
    nat(`after the TCP optimization the phones in the home of our agents, behind modem, showing unregistered. by TCP 5060. the office phones with public ip ok`),
    nat(`the phone is not register state since the RST pattern is open, only the phones behind the router NAT, TCP transport. the public IP phones normal`),
    nat(`softswitch.conf now SS_TCP_CLOSE_RESET="On" after the engineer change, from that time the NAT customer Grandstream register fail. UDP customer no problem`),
    nat(`Good day. After the optimization that you made on Friday (close of TCP through reset), the SIP phones of clients behind NAT show Unregistered. On TCP. Need to return back?`),
    nat(`The MikroTik of the client shows the TCP connections to the VOS cut and the phones go unregistered, this started when the RST mode was put in On`),
    nat(`Phones of the call center behind NAT of router TP-Link, SIP by TCP, after the change of the close of connection to RST all of them unregister each 10 minute`),
    nat(`the registration is falling for the customers behind NAT since the RST setting changed to On. log shows the re-REGISTER from the same phones again and again`),
    nat(`open RST pattern after, the office behind MikroTik 40 phones, half is unregistered, in the MikroTik connection table I see the TCP connection stay, but phone not receive anything`),
    nat(`Since the time of the TCP fix the phones at home of the operators (behind home routers) periodically become unregistered. Transport TCP. Before the fix there was not such.`),
    nat(`the softphones of the remote workers behind NAT lose the registration since the close reset was activated, they are in TCP. the ones in the office with public IP no`),
    nat(`Brother, you did the TCP fix on our server for the TIME_WAIT, good, but now the phones behind NAT at the clients show unregistered. What happened?`),
    nat(`the phones in the hotel behind NAT cannot stay registered after we enabled SS_TCP_CLOSE_RESET. transport TCP. please fix`),
    nat(`Please kindly help, the Fanvil behind the NAT router of customer say Registration failed periodic from the day we open reset mode for the TCP close`),
    nat(`The NAT users register by TCP drop offline one by one after the server parameter change (close with RST). direct public IP users all online. change back can?`),
    nat(`Phones Yealink behind MikroTik with masquerade, TCP. Since SS_TCP_CLOSE_RESET is put On, in the VOS they appear offline, though in the phone writes registered.`),
    nat(`Hello, after the change of the TCP that they did for the ports, the IP phones of my clients that are behind NAT appear as not registered in the VOS. Those that use UDP are fine`),
    nat(`The RST option is open since Sunday and since Sunday the phones in the villas behind the NAT router are unregistered many times, SIP TCP`),
    nat(`VOS online phone list decrease from 300 to 120 after the RST change, all the missing ones are behind NAT with TCP transport`),
    nat(`the phone show register ok but VOS show not online, only the NAT user with TCP, happen after the SS_TCP_CLOSE_RESET open`),
    nat(`Clients complain: phone for one minute registered, then no registration. All behind NAT, TCP. Coincides with the moment when we included RST instead of FIN.`),
    nat(`the registrations of the users behind NAT fall since the switch closes the TCP connections with RST, when it was FIN it was not happening`),
    nat(`After the TIME_WAIT fix the home users behind the NAT box, the registration is lost after every call. SIP TCP. What is the reason please?`),
    nat(`Log after RST on:
REGISTER from 10.0.0.23:49211 via 83.110.x.x:1033 expired
REGISTER from 10.0.0.24:51022 via 83.110.x.x:1034 expired
All of these are behind NAT, TCP. Please help`),
    nat(`Since the change to RST close, subscribers behind NAT unregistered randomly. We have NAT keepalive on the phones but still drop. TCP`),
    nat(`After your colleague do the TCP tuning with reset, our customer behind the home router lost the registration, the UDP ones not affected. please kindly help to check`),
  ],
  firewallRst: [
    fw(`Hello, after the RST pattern open, the calls through the customer FortiGate is broken off after some second, the FortiGate log show packet deny invalid state. please kindly help to see`),
    fw(`After turning on SS_TCP_CLOSE_RESET the calls through the pfSense of the client began to hang, pfSense drops the RST packets as out of state. What to do?`),
    fw(`the firewall gives up the packet RST, the Cisco ASA log: %ASA-6-106015: Deny TCP (no connection) from 1.2.3.4/5060 to 10.1.1.5/48211 flags RST on interface outside. since the reset is on, the call fail`),
    fw(`Since the RST mode on, the calls from the client behind the firewall stay hanging and not finish, his iptables with conntrack drop INVALID. before there was no problem`),
    fw(`After activating the close with RST the calls of the client that has a FortiGate fail, in the log of the Forti appear drops of the RST packets. He does not want to touch his firewall`),
    fw(`the calls not connecting after RST on, the customer SBC drop the RST packet saying not in session`),
    fw(`iptables -L -v shows the packets in the rule -m state --state INVALID -j DROP increase since we open the RST pattern, and the calls to the TCP trunk fail`),
    fw(`After we change SS_TCP_CLOSE_RESET On, the calls to carrier behind Palo Alto firewall often broken off, they say their firewall blocking the RST from us`),
    fw(`dmesg is full of
IN=eth0 OUT= SRC=203.0.113.5 DST=10.0.0.2 PROTO=TCP SPT=5060 DPT=41022 RST INVALID
the calls via TCP after inclusion of the reset do not all go. The firewall is in front of the PBX of client.`),
    fw(`The firewall of the provider (a Cisco ASA) is blocking the RST since we put the RST mode in the VOS and now the calls to them give error or hang`),
    fw(`Please, after the RST change the calls with the carrier fail many, the engineer of carrier send me screenshot the firewall show TCP packet out of state: RST drop`),
    fw(`FortiGate log: action=deny reason=no session matched flags RST. After this RST setting the calls are dropping in middle. What is the fix?`),
    fw(`the pfSense state table of customer not match, it drop our RST packet, the TCP call fail since the RST pattern on. please help change back`),
    fw(`After enabling of the reset mode the client with stateful firewall complains that calls via TCP sometimes do not pass and sometimes hang. In the firewall they see blocked RST.`),
    fw(`Since Monday the calls of the client by TCP are cut, the same day they changed the SS_TCP_CLOSE_RESET to On. His firewall is a Sophos and discards the RST`),
    fw(`The SBC of the carrier rejects our RST packets after we activate the option, and the new calls do not go till timeout`),
    fw(`The call is broken off since the reset close is enabled. the customer use Mikrotik firewall with drop invalid and I see the counter of drop invalid rising`),
    fw(`the conntrack -S show invalid=48211 and increase fast, after RST mode on, and the calls through this firewall fail. please help`),
    fw(`Since the close connection change to RST, the calls from the customer behind Huawei USG prevent fire wall fail 30%, the USG session log show RST discard`),
    fw(`After the change of closing of TCP to RST, the Check Point firewall of the client began to cut the RST packets as out of state, calls break off. Client asks to return as was.`),
    fw(`The calls are hanging without audio and then they cut, all through the FortiGate of the client, since the RST was activated. The Forti discards RST with no session`),
    fw(`Brother the firewall in front of the gateway of the customer is dropping the RST, since you enable the reset option the calls are not complete`),
    fw(`pfSense logs full of TCP:R blocked from the VOS IP since the setting change to RST. calls fail in customer side. please return?`),
    fw(`the calls broken off after open the RST pattern, the customer firewall (iptables) log INVALID for the RST packet. other customer without firewall ok`),
    fw(`Colleagues, after you switched the softswitch to RST the calls towards operator over TCP fall. Operator has stateful firewall, which does not let RST without session.`),
    fw(`tcpdump shows that our RST leave the VOS but do not arrive to the PBX of client, his firewall eats them. This began with the new configuration of close with reset. The calls fail`),
    fw(`After the RST on, all calls through the Cisco ASA of the carrier give error, the ASA show Deny TCP (no connection) with RST flag. Please kindly help`),
    fw(`the firewall of customer is stateful and it block the RST from our switch since the last change, the calls fail randomly, TCP trunk`),
    fw(`The calls hang up suddenly since open RST pattern, the SBC of the customer log RST dropped, no matching flow. please help to see`),
    fw(`after the TCP close change to RST, the firewall of carrier think our RST packet is attack and block, then the TCP call not pass. how to do`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning88Set: readonly EvalItem[] = Object.values(tuning88Families).flat();
