import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Engineers, NOC staff and managers at VoIP resellers and carriers in Pakistan, Bangladesh,
 * Nepal, Sri Lanka and India, writing formal or semi-formal South Asian English as e-mails or
 * long WhatsApp messages: "do the needful", "kindly revert at the earliest", "PFA the logs",
 * "we are facing issue since morning", "same is not working", "please find below", "prepone",
 * "out of station", with ticket references, polite escalation and now and then a pasted line of
 * command output. Lengths run from two lines to a short e-mail.
 *
 * The fifty-second tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the fifty-second never-tuned set, before the thirty-third round of rules, by someone
 * who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or
 * the other sets in view; measured as such before and after the thirty-third round, then made
 * tuning material for the thirty-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 96.7 %, negatives confident 3.0 %, confident wrong 0 % with the rules of the
 * thirty-second round, and the same after the thirty-third.
 */
export const tuning52Families = {
  oneListeningPort: [
    no(`Dear Team,
After installing Apache on our VOS box for the billing page, the VOS web portal is not starting. Log says "Address already in use" on port 8080. Kindly advise which service we should shift to other port.
Regards, Imran`),
    no(`Sir, httpd failing to start since morning. Please find below:
(98)Address already in use: make_sock: could not bind to address 0.0.0.0:80
I think the nginx installed by our developer is holding 80. Please guide.`),
    no(`Hi team, we installed MySQL 5.7 in parallel for testing and now the VOS mysqld is not coming up, port 3306 is occupied by the other instance. Please do the needful, urgent as billing is down.`),
    no(`Good afternoon. A second SIP proxy (Kamailio) was started on the same server by mistake and now the softswitch says cannot bind 5060. It is a lab server with zero traffic, only this one port issue. Kindly revert.`),
    no(`PFA the screenshot. Tomcat of the web manager gives "java.net.BindException: Address already in use: JVM_Bind" on 8443. netstat shows pid 2231 which is some old java process left from last week. Can we kill it safely?`),
    no(`Dear Sir, same is not working after reboot. The docker container we run for monitoring maps port 80 to the host and now the VOS web interface is not opening. Please suggest best way to keep both.`),
    no(`Bhai, we have a node dev server on 3000 and now grafana cannot start: "listen EADDRINUSE: address already in use :::3000". Nothing to do with calls, just asking if you can help to change the port.`),
    no(`Respected team,
Ticket #VS-20451 for our client server. After the upgrade the VOS service is failing to bind its port because the old process is still running; ps -ef shows two instances of the same binary. Kindly guide how to stop the stale one without disturbing live calls.`),
    no(`Dear Support,
Please find below the error:
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
We installed SSL for the portal yesterday. Apache is also running I think. Kindly check and revert at the earliest.`),
    no(`Sir, mbx3000d was restarted by our NOC and now it says port 5060 already in use. One old copy of the softswitch process is still hanging. Total calls are zero at this time of night. What to do?`),
    no(`Hello, tried to start SNMP agent for our monitoring, error "bind port 161 in use". There is another snmpd from the hardware vendor package. Kindly advise which one to keep.`),
    no(`Dear team, we shifted the IVR media server onto the VOS host temporarily till new hardware comes. Now the IVR fails to bind RTP port 10000 because VOS media is already using that range. Please suggest ranges so both can run together.`),
    no(`Hi, our PHP panel started with php -S says "Failed to listen on 0.0.0.0:8000 (reason: Address already in use)". Sorry if this is not your scope, the VOS server is the same box so asking.`),
    no(`Good morning, we are facing issue since morning, redis not starting on the reporting server, 6379 already in use. Found an old redis started from rc.local. Please confirm if we can remove that line.`),
    no(`Team, we want to move ssh to 2222 for security but sshd cannot bind, says address already in use. Some test script of our intern is listening on 2222. Will kill it, just confirm nothing of VOS uses 2222.`),
    no(`Sir, jenkins installed by our dev team has taken port 8080, so VOS portal which also uses 8080 is not coming up. We will prepone the maintenance to tonight. Please confirm which config file to change the portal port.`),
    no(`Hi, only one port problem: freeradius won't bind 1812, "bind: Address already in use". It was started twice by systemd and by init script. No issue with calls.`),
    no(`Dear team, PFA logs. Our own python tool for trunk monitoring binds 5080 and now the softswitch's second SIP port 5080 fails to open. Please help.`),
    no(`Respected Sir,
After yum update both httpd and lighttpd are enabled at boot. Whichever starts second fails with address already in use on 80. Kindly guide which one to disable for the VOS web.
Thanks and regards`),
    no(`Hello team, kindly note the podman container of our CRM exposes 3306 which clashes with the VOS mysql, DB service not starting. I am out of station, my colleague Rahul will coordinate. Ticket 55102.`),
    no(`Sir one quick thing, haproxy fails with "cannot bind socket [0.0.0.0:5061]" because the softswitch is already listening on 5061 for TLS. Which one should own 5061?`),
    no(`Dear Support, error when starting our callback app: "java.net.BindException: Address already in use (Bind failed)". It binds 9090 at startup, lsof -i :9090 shows prometheus. Not a load issue, happens at the very first start itself.`),
    no(`Hi, VOS web manager login page not coming. "service httpd start" says address already in use on :80. Yesterday our vendor installed some hosting panel. Please check, AnyDesk id shared on WhatsApp.`),
    no(`Dear Team,
We run the homer capture agent on UDP 9060. Somebody added a second copy in cron and that one keeps failing with "address already in use" every minute, mails are filling our inbox. How to stop it properly?`),
    no(`Good evening Sir, after reboot our zabbix frontend came up first and took the port of the VOS web service, so the web service is failing. Kindly tell how to fix the start order.`),
    no(`Sir asterisk on the test box says "Unable to bind to 0.0.0.0:5060: Address already in use". VOS is also on same box. What is the standard way to run both?`),
    no(`Dear team, Tomcat shutdown did not complete and the new instance fails with port 8005 already in use. Only this single port, server otherwise idle. Kindly revert with the safe steps.`),
  ],
  otherRegistrationCause: [
    no(`Dear Team, all our extensions at the Karachi office are showing unregistered since morning. We changed SIP passwords yesterday as per audit but phones are not updated yet. Kindly revert how to bulk update.`),
    no(`Sir, gateways of client Al-Noor went unregistered after their ISP changed the static IP. We have IP based authentication on VOS. Please do the needful to update the new IP.`),
    no(`Hi, phones unregistered since night, there was a power outage at the Dhaka office and UPS also drained. Now power is back but phones are stuck at DHCP. Please advise.`),
    no(`Dear Support,
Our VOS licence is expiring and some gateways cannot register. Please find below the message from the client:
License expired
Kindly share the renewal process at the earliest.`),
    no(`Respected team, ticket #VS-3021. After a firmware reset the Grandstream GXW4216 lost its account config and is unregistered. I am out of station, can your team guide the site engineer on call?`),
    no(`Hi team, we changed the DNS record of sip.ourdomain to the new server, but phones are still going to the old IP due to DNS cache and show unregistered on the new VOS. How much TTL to wait?`),
    no(`Dear Sir, our account with your company expired on 30th, maybe that's why registrations are getting 403. Please confirm and prepone the renewal invoice so we can pay today.`),
    no(`Sir, Pokhara branch internet down since morning (fiber cut), all phones unregistered. Nothing to do with server I think, just informing. Will update once ISP restores.`),
    no(`Good morning,
All our phones are on UDP since last year. Yesterday the ISP replaced the ONT with a new Huawei unit, the port forward and VLAN config were lost and phones went unregistered. Re-provisioned the ONT and they came back. Just for your records, anything else needed from VOS side?`),
    no(`Dear Team, 401 Unauthorized in the register log for ext 2034 to 2060. Our HR team disabled these users in the provisioning server so config file is blank. Please suggest how to suppress the alarm.`),
    no(`Sir, Yealink T46 phones unregistered after auto provisioning pushed wrong server address (10.10.1.15 instead of 10.10.1.51). Fixed now. Can you confirm there is no block on VOS due to the failed attempts?`),
    no(`Kindly check, gateway account GW_LHR_02 was set to expire on the reseller validity date and is showing unregistered. Please extend validity till month end.`),
    no(`Dear team, we are facing issue since morning: Zoiper users failing with wrong password after we migrated users from the old VOS. Please find below:
SIP/2.0 403 Forbidden
Maybe password encryption changed in migration?`),
    no(`Hi, the router at our Colombo office was replaced by the ISP, DHCP range changed and phones got new IPs. The accounts have IP restriction in VOS so they show unregistered. How to allow the full subnet?`),
    no(`Sir, TLS phones not registering after power loss, their clock shows 1970 and certificate validation fails. NTP server not reachable from that VLAN. Kindly advise.`),
    no(`Respected Sir, the GoIP gateways in Chittagong unregister every evening during load shedding once the battery backup drains. Is there any way to get an alert when they go down?`),
    no(`Dear Team, we changed the server public IP last night during DC migration. Phones are configured with the old IP, hence unregistered. Kindly advise whether we can keep the old IP as alias for some days.`),
    no(`Hi, ext 501 unregistered, user says his son did factory reset of the phone :) Please share the config so we can re-enter.`),
    no(`Dear Sir, after our SBC reboot at 3 PM the phones behind it show unregistered until their registration expiry (3600 sec) runs out. Can we force them to re-register faster?`),
    no(`PFA the screenshot. Reseller portal shows 48 phones offline. Reason: the customer did not pay the ISP bill and the line is suspended. Nothing from our side. Kindly close ticket 77812.`),
    no(`Sir, gateway account got locked after many wrong password attempts from a brute force attack; now the real gateway also cannot register. How to unlock it?`),
    no(`Dear team, the VPN tunnel between our branch and HO (where VOS is hosted) is down, so phones registering via private IP are all unregistered. Network team checking. FYI only.`),
    no(`Hi, the Cisco SPA phones lost registration after we changed the domain in VOS from IP to FQDN. Phones are still sending the old realm. Kindly guide.`),
    no(`Dear Support, we added 80 new extensions yesterday and the last ones show unregistered, old ones are fine. Is the licence limit for registrations exceeded? Please check and revert.`),
    no(`Dear Team, kindly note the phones at our Pune site went unregistered after we moved voice to a new VLAN. DHCP option 66 was not on the new VLAN so they never got provisioning. Sorted now, thanks.`),
    no(`Ext 1100-1150 unregistered. Passwords were overwritten by bulk import by mistake. Please restore from backup if possible.`),
    no(`Sir, our reseller in Kandy changed the account names from numbers to names in the portal without informing. All their ATAs now show unregistered as usernames don't match. Please guide how to revert names in bulk.`),
  ],
  smallFigures: [
    no(`Dear Sir, kindly explain what is TIME_WAIT in netstat output. Our junior saw 312 of them and got worried. Server is quiet, about 15 concurrent calls.`),
    no(`Hi, is 2,000 TIME_WAIT normal at 20 CPS? No issue faced, just health check.`),
    no(`Dear Team,
Please find below the ss -s from our new server:
TCP: 486 (estab 112, closed 301, orphaned 0, timewait 298)
Is it fine? Kindly revert.`),
    no(`Sir, theoretical question only: should we enable SS_TCP_CLOSE_RESET? We plan to go to 50 CPS next year. Currently no problem at all.`),
    no(`Respected team, our manager asks for a monthly health report. Can you tell the normal range of TIME_WAIT sockets for a setup with around 30 concurrent calls?`),
    no(`Hi, how to read netstat -ant output? I see ESTABLISHED 45, TIME_WAIT 120, LISTEN 18. Which one matters for VOS?`),
    no(`Dear Sir, we got an audit recommendation to set tcp_tw_reuse=1. Our server does only 5 CPS. Is it needed? No issue currently.`),
    no(`Good afternoon, what is the default ip_local_port_range on CentOS 6? Just want to note it in our documentation.`),
    no(`Sir, is the RST close mode related to UDP at all? All our trunks are UDP. Just asking for knowledge, not facing any problem.`),
    no(`Dear team,
netstat -an | grep TIME_WAIT | wc -l
87
Is this ok? Server running since 200 days without reboot.`),
    no(`Hi, what is the difference between FIN and RST close? Client asked me in a training session, kindly share a simple explanation.`),
    no(`Dear Support, we are planning capacity. At 100 CPS over TCP how many TIME_WAIT would we expect? Currently 8 CPS and about 900 TIME_WAIT. Just want to be prepared.`),
    no(`Sir, one doubt. In softswitch.conf I see SS_TCP_CLOSE_RESET="Off". Is that the default? Should I leave it like that?`),
    no(`Hello, our Zabbix template shows a graph "tcp timewait" moving between 150 and 400 during the day. Is there a threshold we should set for alarm?`),
    no(`Dear Team, for knowledge transfer of new NOC staff kindly share which numbers in ss -s are concerning for VOS. We see about 1.2k time-wait at peak of 25 CPS.`),
    no(`Hi, is the 60 second TIME_WAIT the same on CentOS 7 also? Can it be changed? Just curiosity, nothing broken.`),
    no(`Respected Sir, we noticed 40 sockets in CLOSE_WAIT and 200 in TIME_WAIT. Is CLOSE_WAIT bad? Calls are fine.`),
    no(`Dear Sir, please confirm whether tcp_tw_recycle is recommended, I read it on some blog. Our traffic is small, around 10 CPS.`),
    no(`Hi team, for our weekly check "ss -tan state time-wait | wc -l" gives 1,634. ASR normal, no complaints. Anything to worry?`),
    no(`Sir, if someday we turn RST on, will it affect our TLS phones? We don't plan to, just for understanding.`),
    no(`Dear Team, our Bangladesh reseller is asking what "conntrack count 3,200 / max 65536" means on the VOS box. Is that ok?`),
    no(`Hello sir, kindly tell whether the 32768-60999 port range is enough for a server doing 12 CPS. Just planning.`),
    no(`Dear Support, what is the command to see TIME_WAIT on CentOS 5 where ss is not there? Want to add it to our checklist.`),
    no(`Hi, new server, 3 test calls, netstat shows 14 TIME_WAIT. Does it mean the server is not releasing connections properly?`),
    no(`Dear Sir,
Sharing the health check as requested:
TCP: 254 (estab 60, closed 170, orphaned 0, timewait 166)
CPU 12%, RAM 40%. Kindly confirm all fine so we can close the quarterly audit.`),
    no(`Sir, what is net.ipv4.tcp_fin_timeout and does it control TIME_WAIT? Our values are default, no issue, only learning.`),
    no(`Hi team, at 2 CPS our TIME_WAIT count is around 50-60. Does that mean SIP over TCP is being used somewhere? We thought we are on UDP only.`),
  ],
  firewallNoRst: [
    no(`Dear Team, please open port 5060 UDP/TCP on the firewall for new carrier IP 203.0.113.45. Ticket VS-1120. Kindly do the needful.`),
    no(`Sir, fail2ban has banned our own office IP after some wrong password attempts. Please unban 182.180.44.10 urgently, we are facing issue since morning.`),
    no(`Hi, our clients calling from Saudi are blocked, I think geo-blocking on the FortiGate. Please whitelist the SA ranges for SIP.`),
    no(`Dear Sir, kindly guide how to disable SIP ALG on the customer router, they have one way audio. Model is TP-Link Archer. Please share steps.`),
    no(`Respected team, we want to rate-limit REGISTER floods from scanners with iptables. Please share the recommended rule for 5060.`),
    no(`Dear Support, we added "iptables -A INPUT -p udp --dport 5060 -j DROP" meant for one IP but forgot the source, so all traffic stopped. We removed it now. Is there anything else to restore?`),
    no(`Hi, please whitelist the following IPs for web portal access: 39.45.12.8, 119.160.3.77. Regards.`),
    no(`Sir, pfSense is blocking the RTP range after our firewall team changed rules, no audio on calls. Kindly advise which range to open.`),
    no(`Dear Team, the ASA has "inspect sip" enabled and it is rewriting the SDP, calls have no audio. Should we disable the inspection?`),
    no(`Good morning, we are getting lots of SIP scanner attacks (friendly-scanner). Please suggest firewall hardening and whether VOS has a built in IP blacklist.`),
    no(`Dear Sir, kindly open TCP 5061 on the firewall for our TLS trunk with the new carrier. PFA the carrier IP list.`),
    no(`Hi, fail2ban jail for VOS is not working, log path wrong maybe. Attackers hitting 5060 all night. Please help configure.`),
    no(`Sir, new carrier from UAE says our firewall is not responding to their OPTIONS. Please check if their IP is allowed. Ticket #44120.`),
    no(`Dear Team, our DC firewall team wants the list of ports used by VOS3000 for whitelisting. Kindly share at the earliest.`),
    no(`Hello, after enabling geo-block on Sophos for everything except Pakistan, our UK termination stopped (obviously). Need to add the carrier IP as exception, just confirm which ports.`),
    no(`Respected Sir, MikroTik firewall connection-limit rule is dropping SIP when more than 50 connections come from one IP. Our wholesale client sends from a single IP. Please advise the rule.`),
    no(`Dear team, CSF on the VOS host auto-blocked the carrier IP for port flood. Please find below the csf.deny line:
203.0.113.77 # lfd: (PORTFLOOD) Port Flood from 203.0.113.77 ... 
Kindly whitelist permanently.`),
    no(`Hi, we want only whitelisted IPs for SSH. Please guide iptables rules on CentOS 6 and how to make them persist.`),
    no(`Sir, FortiGate "SIP session helper" is on and the vendor says remove it. How to do it safely without downtime?`),
    no(`Dear Support, we moved the server behind a new firewall and the web portal on 8080 is not reachable from outside. Port forward missing maybe. Kindly check.`),
    no(`Hi team, firewalld came up on CentOS 7 after reboot and is blocking everything except 22, calls down. How to add SIP and RTP to the public zone?`),
    no(`Dear Sir, the ISP is blocking 5060 on their side, some Sri Lanka ISPs do this. Can we change the SIP port to 5070 on VOS?`),
    no(`Good evening, the rate limit on our Juniper SRX is dropping INVITE bursts of 100/s from our customer. Please suggest a value.`),
    no(`Sir, one of the carrier IPs got added to the blacklist in VOS security settings by an automatic rule. Please remove it and advise how to avoid.`),
    no(`Dear Team, PFA the iptables -L output. Kindly review if our rules are fine for production. We have a few hundred calls.`),
    no(`Hi, should we block premium destination prefixes at firewall level or better in VOS? Please suggest.`),
    no(`Sir, after enabling DDoS protection at the upstream provider, fragmented SIP UDP packets are getting dropped and big INVITEs fail. Please advise.`),
  ],
  negationContext: [
    no(`Dear Team, TIME_WAIT count is fine (around 800), so the problem is not on our server. Carrier is rejecting with 503. Kindly check with the carrier and revert.`),
    no(`Sir, we use UDP only for all phones and trunks, so the RST setting is irrelevant here. Still calls dropping after 30 min, looks like session timer. Please guide.`),
    no(`Hi, RST is Off and nobody changed anything in softswitch.conf. Still one-way audio on some calls. Please check RTP.`),
    no(`Dear Support, firewall is not dropping anything, we checked the logs and counters are zero. Issue is with the carrier route I believe. Ticket #8830.`),
    no(`Respected Sir, the phones showed unregistered after the password change. That is expected, we forgot to update them. Not a NAT problem. Please ignore my last mail.`),
    no(`Dear team, we are not running out of ports, netstat shows only 2k sockets in total. ASR dropped due to the carrier's capacity. Please do the needful with the vendor.`),
    no(`Hi, our NATed phones are registering fine, only the public IP trunk is failing auth. RST mode was never touched. Kindly revert.`),
    no(`Sir, we suspected a TIME_WAIT issue but it is not the case. The "address already in use" we saw was from the web portal port only, which we fixed. Now all ok, for your info.`),
    no(`Dear Team,
Kindly note the calls-not-ending issue is not firewall related. There is no stateful firewall in between, it is a direct link. Carrier is not sending BYE. Please check with them.`),
    no(`Hi, as discussed, SS_TCP_CLOSE_RESET is still Off (checked in conf) and the phones behind NAT got unregistered because the router's public IP changed. Resolved by updating the DDNS.`),
    no(`Dear Sir, your colleague asked whether we enabled RST. No, we never enabled it. Our issue is that calls cut at exactly 120 seconds. Please advise.`),
    no(`Sir, just confirming, there is no "cannot assign requested address" anywhere in our logs. The failed calls are all 480 from the termination side.`),
    no(`Dear team, the previous engineer suggested turning RST On for TIME_WAIT but our count is just a few hundred, so we didn't. My question is about CDR export delay, kindly help.`),
    no(`Hi, FortiGate logs show no RST drops, all fine there. Problem was SIP ALG rewriting the Contact. We disabled ALG and it is ok now. Closing.`),
    no(`Respected team, conntrack table is not full (4k of 262k), so firewall is not the issue. Calls failing with 408 from one gateway only. Please check the gateway.`),
    no(`Dear Support, MikroTik is not the culprit here, we bypassed it and the phones still fail with 403. It is credentials. Kindly reset the password of account 7001.`),
    no(`Sir, we didn't enable any reset mode. The unregistered phones are all in the Dhaka branch which had a power cut. Just informing.`),
    no(`Hi team, stuck calls in the current call list, but these are from the carrier not sending BYE; no firewall on path and RST is default Off. Please advise how to clear them.`),
    no(`Dear Sir, our TLS trunk is failing handshake. Before you ask, RST mode is off; this is certificate expiry I think. Please find below:
SSL routines:ssl3_get_server_certificate:certificate verify failed (certificate has expired)`),
    no(`Good morning, we restarted the server and it helped, but not because of ports, TIME_WAIT was 300 only. It was a memory leak in our custom script. FYI.`),
    no(`Dear Team, we use UDP 5060 for all NAT phones, so the TCP close mode has nothing to do with our unregistered problem. It started after the ISP moved us behind CGNAT. Please suggest what can be done.`),
    no(`Sir, "address already in use" is not coming anymore. It was a one-time thing when two instances of mbx3000d ran after our script. No load issue. Please close VS-5521.`),
    no(`Dear Support, we have not changed RST or any firewall. Calls dropping after 15 min is due to the carrier's max duration, confirmed with them. Thank you.`),
    no(`Hi, pfSense states are clean, RST is allowed by rule anyway, and RST is Off on the softswitch. Hanging calls are because the gateway does not send BYE on far-end hangup, firmware bug confirmed by vendor.`),
    no(`Dear team, kindly don't change SS_TCP_CLOSE_RESET on our server, we don't have any port exhaustion, only 12 CPS. The ticket is about a wrong rate in CDR.`),
    no(`Sir, regarding your suggestion to switch RST off: it is already off since installation. The unregistered phones were due to expired account validity, we extended it and they are back.`),
    no(`Hi, ephemeral port range is not exhausted, we checked, about 31k free. Problem is DNS resolution of the carrier SRV record failing now and then.`),
  ],
  portExhaustion: [
    pe(`Dear Team,
We are facing issue since evening peak: softswitch log shows "Cannot assign requested address" when connecting to carriers over TCP. netstat shows 28,000+ in TIME_WAIT. Restart fixes it for 2 hours only. Kindly do the needful urgently. Ticket VS-40112.`),
    pe(`Sir, at 9 PM peak our CPS goes to 180 and new TCP calls fail. Please find below:
TCP: 61204 (estab 2110, closed 58811, orphaned 3, timewait 58790)
Kindly revert at the earliest.`),
    pe(`Hi, same is not working again. After restart all ok, then in the evening "bind: address already in use" on outgoing SIP TCP. Local port range is the default 32768-60999. Please help tune.`),
    pe(`Respected Sir, our wholesale traffic increased to 250 CPS after a new client came. Since then intermittent 503s and the log says EADDRINUSE. TIME_WAIT around 30k. Kindly suggest a permanent fix.`),
    pe(`Dear Support, PFA the logs. Our callback app running on the VOS host throws java.net.BindException: Cannot assign requested address when opening TCP connections at peak. Thousands of sockets sit in TIME_WAIT on the box.`),
    pe(`Sir, no new TCP connections from 8 to 10 PM. netstat | grep TIME_WAIT | wc -l = 41233. CentOS 6. Please tune kernel if needed, we can prepone the window to tonight.`),
    pe(`Dear team, traffic from Bangladesh operators peaks at Eid, around 300 CPS. Calls over TCP failing with "cannot bind local port". Last Eid also same happened. Kindly help before Eid this time.`),
    pe(`Hi, short one: TIME_WAIT 50k+, outbound SIP TCP failing at peak, restart helps. Do the needful pls.`),
    pe(`Dear Sir, please find below from the softswitch log:
[ERROR] tcp connect to 10.20.1.5:5060 failed: Cannot assign requested address
It repeats hundreds of times per minute around 8 PM. Load is about 200 CPS. Rest of the day everything fine.`),
    pe(`Respected team, we are out of ports I think. ip_local_port_range shows 32768 61000 and TIME_WAIT crosses 28k during peak. Please advise if tcp_tw_reuse should be enabled. Server is CentOS 7.`),
    pe(`Good evening Sir, every evening between 7 and 11 PM the ASR drops to 20%. Log full of "address already in use" on outgoing TCP to carriers. After mbx3000d restart it becomes normal for one hour. We run 150+ CPS.`),
    pe(`Dear Team, our Lahore client is complaining and we are also facing issue since 2 days: at peak hour the softswitch cannot open new connections to the TCP trunks. ss shows timewait 33k. RST close is off (default). Please suggest.`),
    pe(`Sir, kindly check urgently, ticket #PE-9981. Dialer campaign at 400 CPS over TCP and after 15 min "Cannot assign requested address". Dialer stopped, server recovered after a few minutes.`),
    pe(`Hi team, pasting:
$ netstat -ant | awk '{print $6}' | sort | uniq -c
   1820 ESTABLISHED
  29944 TIME_WAIT
     22 LISTEN
Calls failing since 8:30 PM. Please revert.`),
    pe(`Dear Sir, we migrated the trunks from UDP to TCP last week as the carrier demanded. Since then at peak we get bind errors and thousands of sockets waiting to close. Never had this on UDP. Kindly guide.`),
    pe(`Respected team, our server handles about 220 CPS at peak. At that time new outgoing TCP legs fail and it seems the ephemeral ports are finished. Restarting gives relief. What kernel settings do you recommend?`),
    pe(`Dear Support, we see EADDRINUSE in the logs only at the busiest time, never at low traffic. TIME_WAIT goes up to 45000. Please do the needful at the earliest as our customers are escalating.`),
    pe(`Hi, kindly advise. Nepal traffic to our TCP carrier is about 5 lakh calls per hour at peak, and then connections stop opening. ss -s timewait around 38000.`),
    pe(`Sir, same issue as VS-30021 last month has come back. Outbound TCP fails at peak with "cannot assign requested address" and TIME_WAIT is very high. Last time only restart was done, this time we need a permanent solution.`),
    pe(`Dear Team,
Our NOC reports "Address already in use" on outgoing SIP/TCP between 20:00 and 22:30, around 60k sockets in total, mostly TIME_WAIT. Off-peak normal. Kindly investigate and revert.`),
    pe(`Good morning Sir, please find the summary:
- peak CPS 170, TCP to 4 carriers
- sockets in TIME_WAIT 27-31k
- "cannot bind" errors from 19:45
- restarting mbx3000d restores service
We request you to apply the tuning remotely. AnyDesk details on WhatsApp.`),
    pe(`Hi, ports running out in the evening I think. Calls fail with no clear reason but the log says bind failed errno 98. Lots of TIME_WAIT.`),
    pe(`Dear Sir, our CentOS 5 server has no ss. netstat -an | grep -c TIME_WAIT gives 26771 at 9 PM and new TCP connections fail at that time. Please advise the fix for such an old OS.`),
    pe(`Respected Sir, I am out of station but the team informed me the server stops making new TCP connections when the call rate crosses about 150 per second, error "Cannot assign requested address". Kindly do the needful with my colleague Sabbir.`),
    pe(`Dear Team, our load test (SIPp, 300 CPS over TCP through VOS) fails after about 2 minutes. VOS log shows errno 99 Cannot assign requested address towards the downstream, and netstat is full of TIME_WAIT. Please tune the server for this load.`),
    pe(`Sir, urgent!! Peak hour all TCP routes failing. TIME_WAIT 52k. Please revert ASAP.`),
    pe(`Dear Support, I noticed the TIME_WAIT count grows linearly with CPS, and at about 180 CPS we hit around 28k and outbound TCP connections start failing with EADDRINUSE. Is there a recommended sysctl or softswitch setting? We have no NAT phones on this server, only carrier trunks.`),
    pe(`Hi team, after adding a new carrier on TCP the server gets "address already in use" at evening peak and call attempts drop. Restart helps for some time. Kindly check and revert.`),
    pe(`Dear Sir, please find below the log snippet at 21:10:
connect() failed: (99) Cannot assign requested address
About 12000 such lines in 10 minutes. Peak CPS 230. Please advise.`),
    pe(`Respected team, short update on VS-61230: problem returns every night at peak, TIME_WAIT reaches about 29k and port range is the default one. We are ready for a maintenance window at 2 AM. Kindly do the needful.`),
  ],
  natUnregistered: [
    nat(`Dear Team, after your engineer enabled SS_TCP_CLOSE_RESET yesterday for the TIME_WAIT issue, all our office phones behind MikroTik are showing unregistered. Public IP phones are fine. Kindly revert urgently.`),
    nat(`Sir, since last night's change (RST mode on) the Yealink phones on SIP/TCP behind the NAT router lose registration every few minutes. Please do the needful.`),
    nat(`Hi, we are facing issue since morning: remote users on home routers are unregistered, but phones with public IP are ok. Yesterday the tuning was applied on the server. Is it related?`),
    nat(`Respected Sir, ticket VS-7711. After the kernel and softswitch tuning, SIP TCP phones behind CPE go unregistered after 1-2 minutes, re-register and again drop. UDP phones are unaffected.`),
    nat(`Dear Support,
Please find below our observation: only NATed extensions (behind TP-Link and Huawei ONT) show unregistered in VOS since SS_TCP_CLOSE_RESET="On" was set. Before that there was no problem.`),
    nat(`Sir, phones at the Kathmandu branch (behind NAT) are unregistered since Tuesday when someone enabled RST closing. Public IP phones at HO are registered. Kindly check.`),
    nat(`Hi team, after the port exhaustion fix was done last week, our Grandstream phones behind routers keep going offline. They use TCP transport. What changed?`),
    nat(`Dear Sir, kindly check: softswitch.conf now has SS_TCP_CLOSE_RESET=On (changed by your team on 12th). Since then 60% of our extensions, all behind NAT, are unregistered. Please revert the change if needed.`),
    nat(`Good evening, since enabling RST mode on VOS the agents working from home on ISP routers are dropping registration. Office phones with static public IP are fine.`),
    nat(`Dear Team, on the MikroTik at our Chittagong site the NAT entries for the phones keep disappearing and the phones show unregistered on VOS. This started right after the TCP close reset setting was turned on.`),
    nat(`Hi, all phones behind NAT unregistered after server tuning. PFA screenshot of registration list. Public ones ok.`),
    nat(`Sir, we changed TCP close to reset mode to handle high CPS. Now the IP phones at customer premises (behind their routers) go unregistered. Which setting can we keep for both?`),
    nat(`Respected team, please find below:
SS_TCP_CLOSE_RESET="On"
After this, Zoiper users over TCP on 4G mobile networks are unregistered constantly. Those on Wi-Fi with public IP work.`),
    nat(`Dear Sir, after the maintenance on Saturday night (RST enabled), our 200 extensions at the Colombo call centre behind their NAT router lost registration. Kindly do the needful on priority, business impacted.`),
    nat(`Hi team, we are facing issue since your last change: phones on TCP behind NAT routers go unregistered, phones on UDP not affected. Please check.`),
    nat(`Dear Support, the problem started exactly after RST mode was turned on by the script: NATed endpoints unregister, come back after some time, then again drop. Kindly revert at the earliest.`),
    nat(`Sir, is there a link between SS_TCP_CLOSE_RESET and registration? Since we changed it to On, NATed phones show offline. Public IP SIP trunks fine.`),
    nat(`Respected Sir, extensions behind home broadband routers (PTCL, Nayatel) are unregistered since yesterday's optimisation. The ones in the data center are ok. They all use TCP for SIP.`),
    nat(`Dear team, we enabled reset-on-close to fix time wait build up. Now remote phones behind NAT show "unregistered" in the VOS client. Please suggest.`),
    nat(`Hi, phones behind the Cisco router NAT were fine till Monday. On Monday our engineer set the TCP close mode to RST. Since then unregistered. Same is not working even after phone reboot.`),
    nat(`Good morning Sir, ticket #NAT-3321. After tuning was applied (RST on + tw_reuse), SIP TCP clients behind NAT fail to stay registered. The ones on public IPs are fine. PFA the logs.`),
    nat(`Dear Sir, I am out of station, my team says after SS_TCP_CLOSE_RESET was changed to On, phones of branch offices (all behind routers) became unregistered. Please roll back if needed.`),
    nat(`Hi team, after RST enable the NATed Fanvil phones show "Registration failed" frequently. Kindly check.`),
    nat(`Dear Support, kindly look into this. From the moment we applied the high CPS tuning, users behind NAT lose registration every few minutes. Phone logs show TCP connection reset and then no re-register until timeout.`),
    nat(`Sir, the Grandstream HT812 ATAs on TCP behind customer routers go unregistered since RST mode was enabled. ATAs on direct public IP are registered.`),
    nat(`Dear Team, we noticed: NAT phones unregistered, public phones ok, and the only change was softswitch.conf SS_TCP_CLOSE_RESET from Off to On plus reparse. Please confirm the relation and fix.`),
    nat(`Hi, all phones connected via 4G CPE lost registration after last night's change. They are SIP over TCP. Fixed IP ones fine.`),
    nat(`Respected Sir, after the TIME_WAIT fix, our Bangladesh reseller's phones behind NAT show unregistered. They say nothing changed at their end. Kindly do the needful.`),
    nat(`Dear Sir, please find below from the VOS registration list: 143 of 160 extensions offline; all 143 are behind NAT, the 17 online have public IPs. Started after RST mode was turned on on 3rd.`),
    nat(`RST mode on since yesterday, NAT phones unregistered. Please check and revert.`),
  ],
  firewallRst: [
    fw(`Dear Team, after enabling SS_TCP_CLOSE_RESET, calls are not ending properly, they stay in the current calls list for long. We have a FortiGate in front. Kindly check.`),
    fw(`Sir, iptables log shows INVALID drops of RST packets on 5060/TCP since RST mode on, and calls are hanging. Please find below:
kernel: INVALID-DROP IN=eth0 OUT= SRC=10.1.1.5 DST=10.1.2.9 PROTO=TCP SPT=5060 DPT=41234 RST URGP=0
Kindly revert.`),
    fw(`Hi, since yesterday's tuning the ASA shows "%ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 192.0.2.14/50321 flags RST on interface outside" and calls are failing.`),
    fw(`Respected Sir, after RST was enabled, conntrack entries for SIP TCP stay ESTABLISHED on our firewall and new calls from the same port fail. Please advise.`),
    fw(`Dear Support, stuck sessions on pfSense after RST mode. State table fills up with SIP TCP states and calls fail. PFA the screenshot.`),
    fw(`Sir, calls fail after RST mode was turned on. Our stateful firewall (Sophos XG) drops the reset packets. Kindly suggest.`),
    fw(`Hi team, we are facing issue since morning: calls do not disconnect and billing keeps running. Yesterday RST close was enabled. We have iptables with conntrack on the VOS host itself.`),
    fw(`Dear Team, PFA the logs. FortiGate shows the RST packets from VOS as dropped with no matching session, and calls are failing after your change. Please check.`),
    fw(`Dear Sir, please find below conntrack output after RST was enabled:
tcp 6 431990 ESTABLISHED src=10.1.1.5 dst=10.1.2.9 sport=40122 dport=5060 [ASSURED]
These entries stay for days even though the calls ended. Calls from that carrier fail now.`),
    fw(`Respected team, kindly check ticket FW-221. The carrier is behind a Juniper firewall and after our RST change their side shows sessions not cleared and calls are rejected. They ask us to revert.`),
    fw(`Hi, hanging calls in VOS after RST mode on; pfSense is dropping the RST as out of state. Please guide.`),
    fw(`Sir, after your tuning, TCP calls to the carrier fail intermittently. The carrier's Palo Alto logs show our RST packets dropped as out of window. Kindly revert at the earliest.`),
    fw(`Dear Team, calls on the TCP trunk are not released since the RST setting changed. Our MikroTik firewall filter has a "drop invalid" rule. Is it dropping the RSTs?`),
    fw(`Hi, "iptables -A INPUT -m state --state INVALID -j DROP" is on our box. Since RST mode, we get ghost calls and stuck channels. Please advise.`),
    fw(`Respected Sir, stuck sessions on the firewall after RST was enabled. We clear sessions manually on FortiGate every hour with "diagnose sys session clear". Please give a permanent solution.`),
    fw(`Dear Support, after enabling SS_TCP_CLOSE_RESET, calls started failing with 408 for the TCP carrier. Our ASA logs show the RST dropped. Kindly do the needful.`),
    fw(`Sir, since RST mode was turned on yesterday the counter on our INVALID rule increased a lot and calls don't end for the customer. Please find below:
 1.2M   58M DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  state INVALID`),
    fw(`Hi team, after your change, calls through the Check Point firewall hang after the remote side hangs up. Firewall team says "out of state packets dropped". Kindly check.`),
    fw(`Dear Sir, the stateful firewall in the DC is dropping the RST from VOS. tcpdump on the VOS side shows the RST going out but the other side never receives it. Calls failing since RST mode enable.`),
    fw(`Good morning, ticket #VS-8890: calls failing after RST mode enable; conntrack -L shows old SIP TCP entries not removed. We run CSF firewall on the host.`),
    fw(`Dear Team, after turning RST on, our TLS trunk through FortiGate started failing; the firewall drops the RST and the session stays. Kindly revert.`),
    fw(`Sir, concurrent calls in VOS show 300 but actual is only 80, the rest are stuck. Started after RST mode on. We have a Hillstone firewall between VOS and the gateways.`),
    fw(`Respected Sir, after the change of SS_TCP_CLOSE_RESET our pfSense is blocking packets with flags R. Logs full of "TCP:R" block entries on 5060. Calls getting failed.`),
    fw(`Hi, the firewall in front of VOS is stateful and now the RSTs from VOS are dropped, so the gateway keeps the old connection and the next INVITE goes nowhere. We enabled RST last week for high CPS. Please help.`),
    fw(`Dear Support, our network team found "Deny TCP (no connection) ... flags RST" on the Cisco ASA since Tuesday, the same day RST closing was activated on VOS. Calls intermittently failing. Please advise.`),
    fw(`Sir, after RST on, calls drop without BYE reaching the gateway and the firewall session table keeps old TCP sessions. Kindly do the needful.`),
    fw(`Dear Team, kindly check urgently. Since yesterday's reparse with RST On, carriers behind a firewall report half-open TCP connections and failed calls. Please find below their note: "we see your RST dropped by our FW, connection remains in table".`),
    fw(`Hi, is RST mode compatible with iptables conntrack? Since enabling it, nf_conntrack shows entries for 5060 that never go away and some calls are stuck.`),
    fw(`Respected team, our Sophos firewall log is full of "Invalid TCP packet dropped" with RST flag from the VOS IP since the tuning. Calls not ending on time. Kindly revert.`),
    fw(`Calls stuck after RST enable, FortiGate dropping RST. Pls revert.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning52Set: readonly EvalItem[] = Object.values(tuning52Families).flat();
