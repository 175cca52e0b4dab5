import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, call-centre technicians and resellers in South Africa, Namibia and Zimbabwe, writing
 * South African English on WhatsApp mixed with Afrikaans, township slang and some Zulu/Xhosa/Shona
 * ("eish", "ja", "nee", "sharp sharp", "now now", "just now", "lekker", "ag man", "yoh", "haibo",
 * "hey bru", "load shedding", "sho"), some with pasted log lines or command output.
 *
 * The eighty-sixth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the eighty-sixth never-tuned set, before the forty-second round of rules, by someone who
 * had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the
 * other sets in view; measured as such before and after the forty-second round, then made tuning
 * material for the forty-third: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 95.6 %, negatives confident 4.4 %, confident wrong 0 % with the
 * rules of the forty-first round; after the forty-second: in scope 95.6 %, negatives confident 3.7 %, confident wrong 0 %.
 */
export const tuning86Families = {
  oneListeningPort: [
    no(`Eish bru, tomcat won't start on the VOS web portal after the reboot. catalina.out says
java.net.BindException: Address already in use <null>:8080
Something else sitting on 8080 hey`),
    no(`ja so I ran netstat -tlnp | grep 5060 and there's an old kamailio still running on the box,
that's why mbx3000 says cannot bind 5060. Can I just kill it sharp sharp?`),
    no(`Yoh nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). apache was also installed by the previous oke. Which one must I keep`),
    no(`Haibo mysql won't come up after load shedding. log says "Can't start server: Bind on TCP/IP port: Address already in use". Is the old mysqld still hanging around?`),
    no(`sho guys, dev question. npm run dev gives "Error: listen EADDRINUSE: address already in use :::3000" on my laptop. It's our little billing dashboard for the resellers. how do I see what's on 3000 on windows`),
    no(`docker-compose up fails: Bind for 0.0.0.0:5432 failed: port is already allocated. ag man the postgres on the host is also running 🤦‍♂️`),
    no(`Hey bru quick one. Installed freeswitch on the same server as VOS for IVR testing and now the softswitch says sip listen 5060 failed, address in use. Its freeswitch grabbing the port ne?`),
    no(`Nee man the web interface on 80 is dead since this morning.
httpd: (98)Address already in use: make_sock: could not bind to address 0.0.0.0:80
some laaitie installed nginx for a speedtest page 🙄`),
    no(`Asterisk on our Windhoek box: "Unable to bind to 0.0.0.0:5060: Address already in use". Think there's a second asterisk instance left from the upgrade, only one must be on that port`),
    no(`eish the VOS client can't connect, manager port not listening. netstat shows java pid 2231 still holding it, the old tomcat didn't die when we stopped the service. kill -9 it?`),
    no(`Ja ja it's a single port thing, not load. zabbix agent won't start: cannot bind to 10050, address already in use. Something old still running`),
    no(`redis says "Could not create server TCP listening socket *:6379: bind: Address already in use". Server has 2 redis configs I see now. Will sort it just now`),
    no(`Lekker found it! It was skype on the windows pc holding port 80 so xampp apache couldn't start. Old school problem haha`),
    no(`Our rate-deck web app (spring boot): "Web server failed to start. Port 8443 was already in use." Safe to move it to 8444 or will the resellers moan?`),
    no(`Sho team, the phones' tftp provisioning server says cannot bind to port 69, in use. xinetd tftp is running too. Which one do I disable`),
    no(`haibo mbx3000 log this morning: bind 0.0.0.0:5060 error Address already in use. Then I saw opensips was set to start on boot by the previous tech. Box is idle, like 3 calls, so not load`),
    no(`Hey is it normal that after I restarted the vos3000 web the old java process is still there and the new one says BindException on 8080? ps shows 2 java`),
    no(`Node-RED on the Pi in the office: Error: listen EADDRINUSE 0.0.0.0:1880. I think pm2 started it twice. yoh`),
    no(`ag man grafana won't start, "listen tcp :3000: bind: address already in use". Our other dashboard is also on 3000. Just change one port ja?`),
    no(`Quick pls: snmpd can't bind udp 161, address already in use. The vendor's monitoring agent took it. Harare client server`),
    no(`sshd won't start after I changed sshd_config: "Bind to port 2222 on 0.0.0.0 failed: Address already in use." oh wait the dropbear from the installer is on 2222. sorted sharp`),
    no(`The new SBC VM and the VOS are both trying to listen on 5060 on the same IP after someone added the IP as secondary on the SBC. softswitch says cannot bind. One IP one 5060 ne?`),
    no(`Mongo: "Failed to set up listener: SocketException: Address already in use" port 27017. My dev laptop, nothing to do with the switch, just asking cos you okes know linux`),
    no(`Eish. Webmin: "Failed to bind to port 10000: Address already in use". Only thing I did was install it twice lol`),
    no(`haproxy for the API: [ALERT] Starting frontend https: cannot bind socket [0.0.0.0:443]. Nginx also on 443. Who gets 443, nginx or haproxy?`),
    no(`vos3000 client web on the reseller's windows box:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use: JVM_Bind
something else on 8080 probably. how do I check on windows`),
    no(`Sho bru, memcached can't bind 11211, address in use, 2 instances running. I know it's one port, just how do I stop the extra one cleanly on CentOS 6`),
  ],
  otherRegistrationCause: [
    no(`Eish all the phones at the call centre in Randburg unregistered since 7am. Turns out the Telkom line is down, ISP outage. Nothing to do with the switch ne?`),
    no(`Hey bru the trunk to the carrier went unregistered, logs show 403 Forbidden. They changed the password last night and didn't tell us 🙄`),
    no(`Haibo 20 Yealinks showing "No service" after load shedding. Router didn't come back up, the UPS battery is finished`),
    no(`Ja so the reseller in Harare says his extensions are unregistered. His account expired on the 1st, he didn't pay. Just reactivate when he pays?`),
    no(`sho, the Grandstream at reception not registering, 401 Unauthorized every time. Think someone typed the wrong password when they reprovisioned it`),
    no(`Our SIP server IP changed when we moved to the new DC and the phones still point to the old IP, so all unregistered. Quick way to push the new one to 60 phones?`),
    no(`ag man the DNS name sip.ourdomain.co.za doesn't resolve anymore, the domain expired on Friday. All phones unregistered`),
    no(`VLAN change on the core switch this morning, voice VLAN 20 moved to 30 and now the phones on the 2nd floor get no IP and show unregistered. They're all UDP`),
    no(`Yoh, licence expired on the VOS, "license expired" in the log and no registrations accepted. Who do we contact for renewal`),
    no(`Phone at desk 14 unregistered, the cleaner pulled the cable lol. sorted`),
    no(`hey guys, Windhoek office: all phones dropped at 10:15. MTC fibre outage in the area. Registrations will come back by themselves when the line is up ja?`),
    no(`The provisioning file has the wrong server port, 5070 instead of 5060, on 40 phones. All unregistered since the firmware update pulled the new config. eish`),
    no(`eish the ISP tech reset the mikrotik and all the port forwards are gone, now the remote phones can't register. They use UDP 5060. Just need to put the rules back I think`),
    no(`Sho, trunk unregistered. Carrier says our IP is not whitelisted on their side after they migrated. Waiting on them now now`),
    no(`Bulawayo branch: ZESA cut for 6 hours and the generator didn't kick in, phones all off. Not a system issue, just FYI for the report`),
    no(`Softphone on the agent laptop shows "Registration failed 408 Timeout". She was on the guest wifi which blocks SIP. Moved her to staff wifi, lekker now`),
    no(`Hi, the Bulawayo reseller account was disabled in VOS by our accounts lady, she thought it was a non-payer. Phones unregistered. I re-enabled it`),
    no(`ja bru when I changed the admin password on the phones I changed the SIP password too by mistake. 12 phones unregistered lol. fixing just now`),
    no(`Phones unregistered in Durban. New Vodacom router does SIP ALG by default and mangles the packets, UDP setup. Disabled ALG and they're back`),
    no(`Question: phones say "Registration failed" since the DHCP server gave them a new range, and the VOS IP filter only allows the old subnet. Must I just add the new range?`),
    no(`The PoE switch in the server room died. All 30 phones dead, not even lights. Replacing it now now`),
    no(`eish the phones in Bloem unregistered since this morning. Checked VOS, the sales guy set the account expiry date to 31/05. Extended it and they came back. UDP phones btw`),
    no(`Our trunk lost registration because the carrier moved from sip.carrier.co.za to voip.carrier.co.za and nobody told us. Updated, sharp`),
    no(`yoh the whole call centre unregistered, IT pushed a Windows firewall policy that blocks the softphone app. Softphone on UDP. Rolled it back`),
    no(`Reseller in Namibia says his phones unregister every night at 00:00. ISP gives a new public IP every 24h (PPPoE reconnect). Anything we can do on our side?`),
    no(`Phones show unregistered, account balance is zero so VOS refuses them. Told the client to top up`),
    no(`the yealink says "Network unavailable". Phone got no DHCP lease, pool full on the router. Made the pool bigger, all registered again`),
  ],
  smallFigures: [
    no(`Hey bru what is TIME_WAIT exactly? I see like 200 of them on our VOS with netstat, is that bad`),
    no(`[root@vos ~]# ss -s
Total: 312 (kernel 0)
TCP:   148 (estab 52, closed 71, orphaned 0, synrecv 0, timewait 68/0), ports 0
Is this ok? Server is quiet at night, maybe 5 cps`),
    no(`what does SS_TCP_CLOSE_RESET do in softswitch.conf? Saw it in the manual, ours is Off. Just curious, no problems`),
    no(`Is tcp_tw_reuse safe to turn on? Not having issues, just reading a blog. We do like 15 CPS peak`),
    no(`sho, netstat -an | grep TIME_WAIT | wc -l gives 340. Normal for a Monday morning?`),
    no(`Can someone explain the difference between FIN and RST in simple terms pls. Training the new call centre techs tomorrow`),
    no(`Our ip_local_port_range is 32768 60999, the default. Should we change it? Only about 30 concurrent calls`),
    no(`ja morning guys, daily health check: CPU 12%, load 0.4, TIME_WAIT 95, estab 40. All lekker`),
    no(`Quick question, what's a good value for tcp_fin_timeout? Ours is 60 default. No problem, just want a recommendation`),
    no(`eish just saw 500 TIME_WAIT on the box and panicked lol. Is 500 a lot? We only have 2 reseller trunks`),
    no(`Does the RST setting matter at all if all our stuff is UDP? Just asking for my notes`),
    no(`[root@vos ~]# cat /proc/sys/net/ipv4/ip_local_port_range
32768   61000
how many ports is that actually? just want to understand`),
    no(`Hey what does "ports 0" mean in ss -s? Mine says timewait 23/0 ports 0`),
    no(`Is 3 CPS considered high? Boss wants to know before we sign the Zim client`),
    no(`What's the max CPS a VOS3000 can do on a normal server? Planning for a 60 CPS customer next year`),
    no(`ss -s on the Windhoek box: TCP: 87 (estab 31, closed 40, orphaned 0, timewait 38/0). Seems fine ja?`),
    no(`Is TCP or UDP recommended for SIP on VOS? We're on UDP and happy, just a new client is asking`),
    no(`Noob question sorry: what's an ephemeral port`),
    no(`How do I count the TIME_WAIT on CentOS 5, there's no ss command? Just for the monthly report`),
    no(`tcp_tw_recycle vs tcp_tw_reuse, which one is the dangerous one with NAT? Just learning, our system is fine`),
    no(`Our monitoring graph shows TIME_WAIT going from 120 to 180 at lunch time. Should I set an alert threshold? What number`),
    no(`sho what does SO_LINGER with timeout 0 do? Reading about RST close on stackoverflow`),
    no(`Load shedding test after the gen switch-over: all services up, ss -s timewait 12. Lekker`),
    no(`Yoh how long does a socket sit in TIME_WAIT on linux? 60 sec?`),
    no(`Where do I find softswitch.conf on VOS3000 2.1.6? Just want to look at the settings, nothing broken`),
    no(`Reseller asks does "reparse" drop calls or only restart? Which one is safe during the day?`),
    no(`Is the 1024 65535 port range safe or does it clash with other services? Just planning, we're at 8 CPS`),
  ],
  firewallNoRst: [
    no(`Hey bru pls open 5060 UDP and 10000-20000 RTP on the FortiGate for the new carrier IP 196.25.x.x`),
    no(`fail2ban banned our own office IP again after the agents typed wrong passwords 😂 how do I unban`),
    no(`Eish SIP ALG on the MikroTik, must I disable it? /ip firewall service-port disable sip, is that it?`),
    no(`Need to whitelist the Harare reseller IP 41.x.x.x in iptables, which chain? INPUT?`),
    no(`pfSense port forward for the VOS web 8080 not working from outside, NAT rule is there. Do I need a firewall rule too?`),
    no(`Geo-block question: can we block everything except ZA, NA and ZW on the FortiGate? Getting lots of SIP scanners from abroad`),
    no(`We get friendly-scanner hits on 5060 every night. Rate limit with iptables hashlimit? Example pls`),
    no(`iptables -L -n -v shows 0 packets on my ACCEPT rule for 5060, the traffic hits the DROP above it. Order issue ja?`),
    no(`Sho, the Cisco ASA guy at the client wants to know which ports VOS needs. SIP 5060, RTP range, web 80? anything else`),
    no(`The firewall was blocking RTP so calls had one-way audio. Opened 10000-20000 UDP and it's lekker now`),
    no(`can someone send me the firewalld rules you use for a basic VOS3000 install on CentOS 7`),
    no(`Hi, the pfSense blocked the carrier's new signalling IP, calls failing with 408 on that route only. Added it to the alias, sorted`),
    no(`ag man the FortiGate SIP session helper is rewriting our SDP. How do I disable it, under config system settings?`),
    no(`fail2ban jail for VOS logs, anyone have a filter regex that works?`),
    no(`The client wants a VPN between their branch and our switch instead of opening ports. IPsec on the MikroTik ok?`),
    no(`yoh, iptables -F by mistake on the live box. Everything open now. How do I restore from /etc/sysconfig/iptables quickly`),
    no(`dmesg: "nf_conntrack: table full, dropping packet". It's the UDP flood from that SIP attack last night. Just raise nf_conntrack_max?`),
    no(`Need dst-nat on mikrotik for 5060 to internal 192.168.88.10 at our reseller's office. Can someone check my rule
/ip firewall nat add chain=dstnat protocol=udp dst-port=5060 action=dst-nat to-addresses=192.168.88.10`),
    no(`The Sophos IPS is flagging "SIP INVITE flood" and blocking our carrier. Can I whitelist the carrier IP from IPS only?`),
    no(`Block SIP from certain countries with ipset, anyone got a script that works on CentOS 6?`),
    no(`Firewall change tonight: closing port 22 to the world, only our office IP allowed. Just FYI so nobody panics just now`),
    no(`Our ISP blocks 5060 on the home fibre packages. Can we move the home agents to 5080?`),
    no(`the new firewall oke added a rule allowing SIP TCP 5060 as well. We don't use TCP at all. Any harm leaving it?`),
    no(`Pls check: iptables -A INPUT -p udp --dport 5060 -m recent --update --seconds 60 --hitcount 20 -j DROP. Too strict for a call centre with 80 agents behind one IP?`),
    no(`Reseller's FortiGate: how do I make a VIP for the VOS server and only allow his customers' IPs through?`),
    no(`Hey is there a way to log dropped packets in iptables without filling up /var/log? Want to see what the scanners hit`),
    no(`Opened 5060 on pfSense and now thousands of REGISTER attempts from France. Is fail2ban enough or must we geo-block?`),
  ],
  negationContext: [
    no(`Just to be clear it's not the RST thing, we're UDP only on that box. Phones still unregistered since the password change. So it's the password ja?`),
    no(`RST is off and nobody touched softswitch.conf, I checked myself. Yet the trunk still drops every 10 min. Something else`),
    no(`For training: explain to the new okes why RST mode can break NAT phones. Not a live problem, just for the quiz`),
    no(`We had the TIME_WAIT port exhaustion thing last month, fixed with tw_reuse. Fine since. Just reporting for the monthly`),
    no(`Haibo that was another company's server, not ours. Their phones unregistered after they turned on RST. We don't even use TCP`),
    no(`Competitor is telling clients our switch drops calls because the firewall eats RST. Lies, we're Off and UDP. How do I explain this to the reseller?`),
    no(`"Address already in use" in the log but it's not a ports problem, it was the old asterisk sitting on 5060. Killed it, fine now`),
    no(`Hypothetically if we turn on SS_TCP_CLOSE_RESET, will the MikroTik offices suffer? We haven't done it, just planning`),
    no(`Not a firewall issue. The FortiGate was bypassed for testing and the calls still failed. It's the carrier's codec`),
    no(`Old incident report from 2023: FortiGate was dropping RST after we enabled RST mode, we turned it off. Closing the ticket for the audit`),
    no(`Nee the phones aren't behind NAT, they're on the same LAN as the switch. And RST was never turned on. So why unregistered? Cable?`),
    no(`Ja so the TIME_WAIT count is 80, not thousands. Not exhaustion. CPU was 100% because of the mysql backup`),
    no(`The "cannot assign requested address" was from my script binding to a wrong source IP, not ports running out. Fixed the IP`),
    no(`Tell the client: NOT the RST setting, we checked, it's Off (default). His phones unregistered after he changed the SIP passwords`),
    no(`We never enabled RST and the phones at the Windhoek office are UDP. They lost registration because the ISP changed their public IP`),
    no(`I know the manual says RST avoids TIME_WAIT but we're only at 4 CPS, no need ne? Leaving it Off`),
    no(`eish the pfSense isn't dropping anything, checked the logs, zero blocks. The problem is the carrier rejecting with 503`),
    no(`A reseller asks "will RST mode fix my one-way audio". No ne? That's RTP/NAT, nothing to do with how TCP closes`),
    no(`Sho, the SS_TCP_CLOSE_RESET thing we discussed yesterday, we decided NOT to change it. Just so everyone knows nothing was changed`),
    no(`Interview question for a tech: "what happens to SIP over UDP if you set SS_TCP_CLOSE_RESET On?" Answer is nothing ja?`),
    no(`The unregistered phones this morning were load shedding, router had no power. Not the TCP change, we reverted that weeks ago and it's been fine`),
    no(`Not port exhaustion, ss -s shows timewait 150. The "Address already in use" was tomcat on 8080 clashing with another java app`),
    no(`Reading an old forum post where a guy in Brazil had a FortiGate dropping RST after enabling RST in VOS. Does it apply to us? We're UDP and no FortiGate lol`),
    no(`Our phones are on TCP but on a private MPLS, no NAT, no firewall in between. RST still Off anyway. Just documenting`),
    no(`yoh someone said our outage yesterday was "ports running out". Nonsense, it was the fibre cut in Midrand. No TIME_WAIT build-up in the logs at all`),
    no(`The vendor doc says "if NAT phones unregister after enabling RST, disable it". We're not there, just saving the doc for the wiki`),
    no(`That firewall RST issue was on the Bulawayo box before it was decommissioned. Ignore the old alerts still coming in from monitoring`),
  ],
  portExhaustion: [
    pe(`Yoh bru the switch is choking at the 4pm peak.
TCP:   31844 (estab 812, closed 30561, orphaned 12, synrecv 0, timewait 30550/0), ports 0
New calls to the TCP carrier failing`),
    pe(`eish "cannot assign requested address" in the mbx log every few seconds when CPS goes over 120. Quiet times fine`),
    pe(`Hey guys at peak our outgoing SIP TCP connections to the carrier fail with errno 99. netstat | grep TIME_WAIT | wc -l = 28000`),
    pe(`ip_local_port_range is 32768 61000 on this old centos 6 box and we're pushing 180 cps on TCP. We're running out of ports ne?`),
    pe(`Haibo the dialler campaign started and after 10 min no new TCP connections to the trunk. Thousands of TIME_WAIT sockets. Stops when the campaign stops`),
    pe(`2024-06-11 16:02:13 [ERROR] connect to 197.x.x.x:5060 failed: Cannot assign requested address
2024-06-11 16:02:13 [ERROR] connect to 197.x.x.x:5060 failed: Cannot assign requested address
2024-06-11 16:02:14 [ERROR] tcp connect failed errno=99
only when the call centre peak kicks in. came right by itself at 6pm`),
    pe(`Sho, "address already in use" on OUTGOING connections only at the busy hour. netstat shows 25k TIME_WAIT to the same carrier IP`),
    pe(`ag man, every day between 9 and 11 calls on the TCP route fail with 503 from our side. TIME_WAIT goes to like 27 thousand. Lekker after lunch`),
    pe(`ja the new short-duration campaign is 250 cps over TCP and softswitch can't open new sockets. Running out of local ports I reckon. Should we enable tcp_tw_reuse?`),
    pe(`[root@vos ~]# netstat -ant | grep -c TIME_WAIT
29412
peak is 200 cps right now and new calls failing, help pls`),
    pe(`Yoh the whole switch went quiet at peak hour, mbx log full of "address already in use" when connecting out to the TCP trunks. Local ports all used up?`),
    pe(`hey bru what do I do, ss -tan state time-wait | wc -l gives 31020 and new SIP TCP connections failing. We're doing 300 CPS for the Zim promo`),
    pe(`Customer complaining ASR dropped to 20% at peak. Checked: 28k TIME_WAIT, range 32768-60999. Ephemeral ports finished`),
    pe(`Eish load test results: 100 cps everything lekker, at 220 cps new TCP connections fail with EADDRINUSE. TIME_WAIT around 28k`),
    pe(`sho can someone help now now, calls failing, dmesg nothing, but ss -s says timewait 29877/0. It's the 5pm rush`),
    pe(`CPS went from 40 to 180 after we took on the new dialler client and now in the afternoons TCP to the carrier just can't connect. Only afternoons`),
    pe(`Our SBC in front says VOS stops opening new TCP legs at around 150 cps. VOS log: bind failed (98). Thousands of sockets in TIME_WAIT on the VOS side`),
    pe(`Ja so cat /proc/sys/net/ipv4/ip_local_port_range gives 32768 61000 and we have 28000 time_wait at peak. That's basically all of them hey`),
    pe(`Haibo the outbound robo campaign (short calls, 6 sec avg) kills the server. "Cannot assign requested address" everywhere after 15 min, TCP to the carrier`),
    pe(`hey bru is it ok to set ip_local_port_range to 1024 65535? We hit the limit at peak, 30k TIME_WAIT and new connections failing`),
    pe(`Call centre in JHB: 08:30 all agents start dialling and the TCP trunk fails to connect for about 20 min. TIME_WAIT through the roof`),
    pe(`nee man it's not the firewall, i checked. It's the box itself, can't make new outbound TCP connections at peak. ss -s timewait 27k`),
    pe(`SIP TCP log at the busy hour: connect() failed EADDRNOTAVAIL, over and over. 160 cps. Quiet hours no errors at all`),
    pe(`Yoh the ports are finished bru. 160 CPS on TCP, TIME_WAIT 28k, range still default. What do we change`),
    pe(`Windhoek switch: peak 90 cps but every call opens a new TCP conn to the carrier. By 11am no new connections possible until the TIME_WAIT ones expire`),
    pe(`[root@vos ~]# ss -s
Total: 30512 (kernel 30880)
TCP:   30211 (estab 640, closed 29502, orphaned 3, synrecv 0, timewait 29499/0), ports 0
calls on the TCP trunks failing since 14:00, 200 cps. help pls`),
    pe(`The carrier says our TCP SYNs just stop coming at peak. On our side "cannot assign requested address". What's the fix, the RST thing?`),
    pe(`eish since we moved the biggest reseller to TCP the afternoon peak breaks: outgoing connects fail, netstat full of TIME_WAIT`),
    pe(`sho quick one: high CPS, thousands of TIME_WAIT, connect() errno 99. Is it tw_reuse + port range or the RST setting or both?`),
    pe(`Ag man, same as last week. 17:00 peak, 240 cps, no new TCP sockets, timewait at 28 thousand and climbing. Calls only come back after 18:00`),
  ],
  natUnregistered: [
    nat(`Eish since we turned on SS_TCP_CLOSE_RESET yesterday the phones at the Sandton office behind the MikroTik keep going unregistered. TCP phones`),
    nat(`Hey bru since the TCP fix last week the home agents on their fibre routers show "unregistered" every few min. Before it was fine`),
    nat(`Yoh the Yealinks at the Harare branch (behind NAT) are dropping registration since we set RST On in softswitch.conf. Revert?`),
    nat(`ja so after the reparse on Tuesday with SS_TCP_CLOSE_RESET="On" the remote phones over TCP register then drop after a minute. Phones on the LAN fine`),
    nat(`Haibo all the NATed phones unregistered since the change for the TIME_WAIT problem. The ones with a public IP are ok`),
    nat(`The MikroTik office in Pretoria shows half the phones unregistered since Monday. Monday is when we enabled RST mode. coincidence?`),
    nat(`sho, reseller in Windhoek says phones behind his Huawei home routers keep flipping registered/unregistered. Started after our TCP close change`),
    nat(`since enabling the reset close thing, the grandstreams behind the client's TP-Link router keep losing registration. SIP TCP. They have to reboot the phone`),
    nat(`eish we enabled RST for the ports problem and now the call centre in Durban (all behind one NAT, TCP) has phones going red every 5 min`),
    nat(`REGISTER sip:vos.ourco.co.za from 41.x.x.x:50322 transport=TCP -> 200 OK
tcp connection closed (reset)
REGISTER sip:vos.ourco.co.za from 41.x.x.x:50322 transport=TCP -> no response
these are the NATed phones at the Bulawayo office, every few min since last week's RST change`),
    nat(`Ag man, since the softswitch change to RST on, the remote workers with home routers are unregistered. LAN phones fine. It's the NAT ne?`),
    nat(`Hey guys the phones behind the Mikrotik hAP at the Cape Town branch show "Not registered" on and off. We changed SS_TCP_CLOSE_RESET to On on Friday`),
    nat(`after the kernel tuning + RST On thing, the SIP TCP phones behind NAT can't stay registered. The UDP ones are fine`),
    nat(`Yoh the reseller's customers (all behind home routers, SIP over TCP) started complaining about unregistered phones Thursday. Thursday we did the RST change`),
    nat(`Nee man it's not the password, I checked. Phones behind NAT register then drop, since RST was turned on`),
    nat(`The NAT phones lose registration and the MikroTik connection list shows the tcp conns just hanging there. Started after the RST setting. Go back to Off?`),
    nat(`Eish. Switched to RST mode to fix the TIME_WAIT thing and now 40 home agents unregistered. TCP. Is the fix worse than the problem?`),
    nat(`ja the Harare office phones (behind NAT, TCP transport) unregistered since the "TCP change" the other tech did. Don't know exactly what he changed, something in softswitch.conf`),
    nat(`haibo the remote phones keep showing unregistered since we set SS_TCP_CLOSE_RESET=On. Local phones ok. The remote ones are all on TP-Link and mikrotik`),
    nat(`Registration for TCP phones behind NAT keeps dropping since Wednesday's maintenance (enabled RST close). Can we just turn it off for them?`),
    nat(`The branch phones (behind a Draytek, SIP/TCP) show unregistered intermittently, only since we changed the close mode to reset`),
    nat(`sho, after RST mode the phones behind nat stay unregistered until reboot. The ones with public IPs are fine. TCP`),
    nat(`[root@vos ~]# grep CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
since this went in the yealinks at 3 client sites behind NAT are unregistered. eish`),
    nat(`Hey bru the call centre's Cisco SPA phones behind their router drop registration since we did the TCP reset change. Before that 100% stable for years`),
    nat(`We turned RST on on the Namibian box on the 3rd. Since the 3rd the remote phones over TCP behind NAT go unregistered several times a day`),
    nat(`yoh the work-from-home agents: phones show "Registration failed" a few minutes after registering. SIP TCP. Only since the server change with the reset close`),
    nat(`ag man those NATed phones unregistered again. It's the RST on isn't it. Happened straight after we enabled it`),
    nat(`MikroTik office phones unregistered since the TIME_WAIT fix went in. Phones on TCP. Nothing changed on their side`),
    nat(`Hey the Harare reseller's customers behind NAT, phones showing offline since we enabled reset mode on the softswitch. UDP customers unaffected`),
    nat(`eish phones behind the office router keep dropping off. Started right after we put SS_TCP_CLOSE_RESET On. Registration expires and doesn't come back`),
  ],
  firewallRst: [
    fw(`Eish since we enabled RST mode calls through the client's FortiGate hang and drop. Forti log shows deny for TCP flags RST, "invalid state"`),
    fw(`Hey bru pfSense at the client keeps blocking packets with flags R from our VOS IP since we set SS_TCP_CLOSE_RESET On. Calls failing`),
    fw(`Carrier's Cisco ASA: "Deny TCP (no connection) from <vos>/5060 to <carrier>/41822 flags RST on interface outside". Calls failing since our change to RST close`),
    fw(`Jun 12 10:14:02 gw kernel: INVALID DROP IN=eth0 OUT=eth1 SRC=<vos> DST=10.0.0.15 PROTO=TCP SPT=5060 DPT=43112 RST URGP=0
they have -m state --state INVALID -j DROP on the client's linux gateway. Calls hang since RST on. sho what now`),
    fw(`Yoh the SBC at the client is dropping our RST packets since the change and calls are failing. Must we go back to Off?`),
    fw(`ja so the calls to the Harare carrier started failing Tuesday, same day we turned RST on. Their firewall drops the RSTs as invalid`),
    fw(`Sho, conntrack INVALID drops going up since the RST setting. Calls stuck, not hanging up. What's the fix`),
    fw(`ag man the FortiGate at the Windhoek client logs TCP RST drops since Monday and calls fail. Monday is when RST mode went on`),
    fw(`calls hanging after hangup, the other side never sees the close. pfSense drops the RST packets. Started after the softswitch reparse with RST On`),
    fw(`After enabling SS_TCP_CLOSE_RESET the call centre's Sophos drops the resets and calls fail. Allow RST in the firewall or turn it off?`),
    fw(`Jun 12 10:14:02 fw kernel: [UFW BLOCK] IN=eth1 OUT= SRC=<vos> DST=<client> PROTO=TCP SPT=5060 DPT=52210 WINDOW=0 RES=0x00 RST URGP=0
hundreds of these since we put RST mode on, and calls dropping. eish`),
    fw(`The carrier's Cisco ASA is dropping our TCP resets, calls failing since the change. They want us to turn it off`),
    fw(`Eish calls through the Palo Alto at the client fail, PA logs show the tcp RST from our server denied. Since we enabled RST close on VOS`),
    fw(`Hey bru calls on the TCP route failing since last week. Their firewall is stateful and drops RST as out-of-state. Last week is when we did the RST change`),
    fw(`the new RST close mode + their iptables with conntrack = calls failing. INVALID drops going up in iptables -L -v. Revert?`),
    fw(`haibo the SBC logs show "unexpected RST dropped" and calls fail since SS_TCP_CLOSE_RESET On`),
    fw(`Yoh since Thursday calls via the FortiGate on the SIP TCP trunk fail randomly. Thursday we enabled reset mode. forti shows the RST packets dropped`),
    fw(`sho, our own FortiGate in front of VOS drops the RSTs the switch sends now. Calls hanging. Happened after the TIME_WAIT fix`),
    fw(`ja after RST On the pfSense at the Namibia client logs lots of TCP:R blocked from our IP and their calls fail`),
    fw(`The stateful firewall at the client is dropping the RST packets, calls fail since we switched to RST mode. What must they allow?`),
    fw(`calls failing after RST mode. On the client's linux firewall conntrack -L has lots of stuck ESTABLISHED on 5060 and the INVALID drop counter keeps climbing`),
    fw(`eish the ASA guy says his box drops "TCP packets with RST flag outside of session". Started after our close mode change. Calls to his side fail`),
    fw(`Hey guys, calls to the Zim carrier failing since we enabled SS_TCP_CLOSE_RESET. Their firewall drops RST. Turn it back Off or ask them to allow RST?`),
    fw(`ag man the MikroTik firewall rule "drop invalid" is eating the RST from VOS, calls hang. Started when we enabled RST mode`),
    fw(`Yoh the SonicWall at the client blocks our resets and calls fail. We only enabled the reset close on Monday`),
    fw(`Calls dropping on the TCP trunk since the RST change. tcpdump on our side shows the RST going out, their side never sees it. Stateful Fortinet in between`),
    fw(`the firewall drops the RSTs, calls fail, since we put reset mode on. Quick fix pls bru`),
    fw(`[root@gw ~]# iptables -L FORWARD -v -n | grep INVALID
 12K  720K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  state INVALID
count going up since we turned RST on at the switch. Calls over TCP failing`),
    fw(`sho bru, pfSense log full of blocked TCP:RA from the VOS after we turned on SS_TCP_CLOSE_RESET. Calls failing`),
    fw(`Since RST mode on the Bulawayo box, calls through the client's Check Point fail. Check Point drops the RST as "out of state"`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning86Set: readonly EvalItem[] = Object.values(tuning86Families).flat();
