import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Helpdesk tickets forwarded into the WhatsApp support chat. The senders are the customers' own
 * support staff (mostly non-native English speakers at small carriers, call centres and resellers
 * in Latin America, Africa, the Middle East, South and South-East Asia and Eastern Europe) who
 * paste tickets from their ticketing tools (Zendesk, Jira Service Desk, osTicket, Freshdesk,
 * e-mail-to-ticket and the like) or type them in that shape: ticket number, Subject, Priority,
 * Customer, Description, Steps taken, Expected / Actual, Status, sometimes an internal note or a
 * previous agent's comment, sometimes a short line of their own on top. Fields, order, length and
 * English vary; some tickets are closed, resolved or duplicates, some are questions filed as tickets.
 *
 * The forty-eighth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written as
 * the forty-eighth never-tuned set, before the thirtieth round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view;
 * measured as such before and after the thirtieth to thirty-second rounds, then made tuning material
 * for the thirty-third: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 95.6 %, negatives confident 4.4 %, confident wrong 0 % with the rules of the
 * twenty-ninth round, and the same after the thirtieth, the thirty-first and the thirty-second.
 */
export const tuning48Families = {
  oneListeningPort: [
    no(`pls check this one

Ticket #48213
Subject: VOS web manager not start after update
Priority: P3
Customer: Telnova Comunicaciones (Lima)
Description: after our IT install apache for the billing page, the VOS web (tomcat) can not start. catalina.out say java.net.BindException: Address already in use <null>:8080
Status: open`),
    no(`SUP-2291  nginx fails to start on softswitch box
Reporter: d.okafor
Priority: Medium
Description:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
httpd from the old install is still enabled and takes port 80. We want nginx only. Can we disable httpd safe or VOS need it?`),
    no(`Ticket #385112
Department: Technical Support
Help Topic: Database
From: Farhan (BD Netlink)
Subject: mysql not coming up after reboot

mysqld.log: "Can't start server: Bind on TCP/IP port: Address already in use" and "Do you already have another mysqld server running on port: 3306 ?"
ps shows two mysqld, one from /usr/local/mysql that the old technician installed for testing. VOS cannot connect DB, no CDR writing. Urgent for us.`),
    no(`Freshdesk #20877 | Type: Question | Priority: Low
Subject: kamailio and VOS on same server?
We installed kamailio on the VOS server for a test lab and now kamailio print "bind(): Address already in use" on udp:0.0.0.0:5060 and exit. Of course VOS already have 5060. Is possible to put kamailio on 5070 and keep both? Customer dont want second server.`),
    no(`From: noc@kilimanjaro-voice.co.tz
Subject: FW: container fail to start
Ticket created from e-mail #7712

Hi team,
our developer try to run the postgres container for the new reseller portal on the VOS host and docker say: "Bind for 0.0.0.0:5432 failed: port is already allocated". There is already a postgres installed on the host from old project. Which one we should remove? VOS use mysql so I think the host one is not needed, pls confirm.
Regards, Baraka`),
    no(`#51027 · Normal · Open
Subject: EADDRINUSE :::3000
Our dev run "npm start" for the customer panel on the VOS server, error "listen EADDRINUSE: address already in use :::3000". He forgot the first one still running in a screen session. Just to inform, we killed it, can close.`),
    no(`VOIP-1184
Summary: mbx3000d can't bind 5060 after reboot
Priority: High
Environment: VOS3000 2.1.6, CentOS 6.10
Description: after the DC reboot the softswitch log show "bind 0.0.0.0:5060 failed, Address already in use". We found an asterisk from an old test (2019!) is enabled in chkconfig and start before mbx3000d. No calls at all now.
Steps taken: none yet, waiting your ok to stop asterisk`),
    no(`Ticket #90415 – Grafana won't start
Source: Web
Grafana on our monitoring VM: "listen tcp 0.0.0.0:3000: bind: address already in use". The other thing on 3000 is a metabase that the manager installed. Just want to know which config file to change the grafana port. Not urgent.`),
    no(`Subject: sshd not listening on new port 2222
Priority: Medium | Status: Pending
Customer: VoxLink Manila
Description: we changed ssh port to 2222 for security. sshd fail: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." Port 2222 is used by an old autossh tunnel the previous admin made. Now we can still only login by 22. Which port you recommend?`),
    no(`Ticket #48377
Subject: redis
Description: redis-server not starting, "Could not create server TCP listening socket *:6379: bind: Address already in use". There is another redis started by hand by our programmer. Only for our SMS module, not VOS.
Status: solved`),
    no(`Subject: [Ticket#2024031210000417] zabbix agent
From: support@kalinet.ro

Good day, after installing zabbix-agent2 on the softswitch the service fail with "listen tcp :10050: bind: address already in use". The old zabbix_agentd is still there. I think we must remove the old one? Please advice the correct way, we dont want to touch anything of VOS by mistake.`),
    no(`HD-7730 | Tomcat shutdown port
Tomcat of the VOS web writes in the log every minute: "StandardServer.await: create[localhost:8005]: java.net.BindException: Address already in use". The web is still working but the log is filling. Our second tomcat (for our own CRM) uses the same 8005 shutdown port.
Status: In Progress`),
    no(`pls help, customer is angry

Ticket #52290 | Priority: High
Customer: Sentinel Call Center (Cebu)
Subject: cannot open VOS web after installing Jenkins
Jenkins was installed yesterday on the softswitch server (not by us!!). From then the VOS web manager page shows the jenkins login. Jenkins took port 8080 first, VOS web log: Address already in use 8080.
Expected: VOS web on 8080 like before
Actual: Jenkins on 8080`),
    no(`Ticket #386009
Help Topic: Web server
Subject: lighttpd + apache both on 443
Message: after renewing the certificate with certbot, lighttpd can not start: "(network.c.532) bind failed for: 0.0.0.0:443 Address already in use". We see httpd running now, I think certbot plugin installed and started it. Only one should be there.`),
    no(`#21544 snmpd
Priority: Low
Type: Incident
snmpd: Error opening specified endpoint "udp:161" - bind: Address already in use. The HP hardware agent also sits on 161, so our NMS sees nothing from the VOS box. Which one to keep?`),
    no(`OPS-418 vsftpd fails to start
Priority: P4
Description: for CDR export to the customer we enabled vsftpd. It says "500 OOPS: could not bind listening IPv4 socket". netstat -tlnp shows proftpd on :21 from an older setup.
Status: Waiting for customer`),
    no(`Ticket #48702
Type: Question
Subject: how to see which program use port 8080
Hi, simple question: VOS web does not open and the log say port 8080 already in use. How can I see which process has the port? lsof not installed. CentOS 6.`),
    no(`Ticket #386114  [DUPLICATE of #386102]
Status: Closed
Subject: Again httpd wont start
Same as the ticket of this morning: "(98)Address already in use: make_sock: could not bind to address 0.0.0.0:80", the nginx of the billing team is on port 80.
Agent: merged into #386102.`),
    no(`Status: Resolved
#22101 – Web portal down (8443)
Resolution note (agent Kemal): an old java process from the previous VOS web version was still holding 8443 after the upgrade. Killed PID 2214, restarted the web service, portal OK. Customer confirmed.`),
    no(`pls check, this is from the vicidial customer

From: it@dialmax.com.mx
Subject: Problema puerto 80 / migration
Ticket #7790
Hello, we migrate the Vicidial web to the same server of VOS3000 to save cost. apache of vicidial cannot start: "AH00072: make_sock: could not bind to address [::]:80". Something of VOS is in port 80? we need to know what we can change.`),
    no(`Ticket #53018
Subject: provisioning server IIS site stopped
Priority: Normal
Description: our Yealink provisioning runs on a Windows server. The IIS site does not start, the port 80 is taken by Skype on the same server (somebody logged in with it). Phones can't download config, but phones already registered are ok.
Status: open`),
    no(`SD-3312
Summary: SIP TLS listener 5061 not start
Reporter: Nguyen Van Hai
Description: we try to enable TLS on VOS for one customer. The log: bind 5061 error, address already in use. Before we tested with stunnel on the same port and the stunnel service is still running. Can we just stop stunnel?
Priority: Medium`),
    no(`Ticket #387550
Dept: NOC
Subject: radius down
freeradius -X: "Failed binding to auth address * port 1812 bound to server default: Address already in use". There is radiusd + freeradius both (one from yum, one compiled). Our prepaid cards auth through radius so it is important.`),
    no(`#22980 | time sync | Type: Problem
ntpd log: "unable to bind to wildcard address 0.0.0.0 - another process may be running - EXITING". chronyd is also active. The clock of the VOS server is 4 min late so the CDR times are wrong for our reseller.`),
    no(`Ticket #54121
Subject: openvpn for remote admin not starting
Customer: Andes Telecom
Description: "TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use". We had one openvpn from before (running in screen) and the new one from systemd.
Steps taken: reboot – same, because both start at boot`),
    no(`MON-77 node_exporter crash loop
"listen tcp :9100: bind: address already in use"
There is an old node_exporter binary in /opt started from rc.local, the new one from the package fails. Only monitoring, no impact on calls.
Priority: Low`),
    no(`Subject: webmin
Ticket #7815 (created via email)
webmin won't start: "Failed to bind to port 10000 : Address already in use". Our colleague installed usermin and put it on 10000 too by mistake. Just need guidance which file to edit.`),
  ],

  otherRegistrationCause: [
    no(`Ticket #48890
Subject: 40 phones unregistered
Priority: High
Customer: Prime Voice (Karachi)
Description: since 11 am all phones of the customer office show unregistered in VOS. Reseller changed the account password in VOS yesterday evening, the phones still have the old password. Log say 401 then 403.
Status: pending customer`),
    no(`Ticket #388201
Subject: gateway offline
Our customer's GoIP is authenticated by IP in VOS (no register). Their ISP changed the public IP this morning (new IP 198.51.100.77) and now VOS rejects the calls from it. We need update the IP in the gateway?`),
    no(`SUP-2410
Summary: phones cannot register after DNS change
Description: we moved sip.ourbrand.net to the new VOS server on Friday. Half of the phones still resolve the old IP (their routers cache DNS, TTL was 86400). Those phones show no registration on the new server.
Expected: all phones on the new server
Actual: ~50% still trying the old one`),
    no(`#23311 Account expired
Customer say his 6 extensions are unregistered since the 1st of the month. In VOS the account "acc_0451" has expiry date 31/05, reseller forgot to renew. We extended it, do the phones need to re-register by themself?
Status: Pending`),
    no(`From: tech@babylon-voip.iq
Subject: URGENT all registration failed
Ticket #7902
Dear support, from 00:00 no phone can register and no calls. The VOS client popup show licence expired. Payment was sent last week to your sales. Please renew licence urgently.`),
    no(`Ticket #49012
Subject: branch phones down
Priority: Normal
Description: branch office in Kano had power outage in the night, generator did not start. Power back at 8 but the PoE switch is burnt, so phones have no power and show unregistered in VOS. Customer will replace the switch. Just for record.
Status: on-hold`),
    no(`HD-7802 | fiber cut
Reporter: call center Ikeja
All 120 agent phones unregistered from 14:10. Customer ISP confirm a fibre cut on their side, ETA 6 hours. Nothing on VOS side.
Status: Waiting for third party`),
    no(`Ticket #388530
Help Topic: Provisioning
Subject: Yealink after auto provision -> wrong server
The auto provision template pushed last night had server "sip.oldbrand.net" (our mistake). 200 Yealink T31P now register to nowhere. We corrected the template, phones must reboot to pull it again. Can we trigger that from VOS somehow?`),
    no(`#23740 — Grandstream factory reset after firmware upgrade
Type: Incident
Customer upgraded firmware of GXP1625 from the web page, phone came back with default config, no account, so unregistered of course. He do not have the SIP password, please send it again.`),
    no(`Ticket #49155
Subject: phones register and drop after 2-3 min (UDP)
Customer: Nhà Xanh Telecom
Description: all phones use UDP 5060, no TCP anywhere. Customer changed the ISP modem yesterday (new VNPT GPON). Now phones register, stay 2-3 minutes, then unregistered until the next register. Old modem was ok. Registration expire on the phones is 3600. We think the new modem closes the UDP mapping fast.
Steps taken: asked customer to set expire 60
Status: open`),
    no(`VOIP-1230
Summary: only 1 of 3 phones registered
Account 80021 has max registrations = 1 in VOS. Customer put the same extension on 3 devices (desk phone, softphone, mobile). Last one wins, the others show unregistered.`),
    no(`Ticket #389002
Subject: TLS phones not registering
Priority: High
The certificate on sip.voicegate.pk expired on 12 June (the Let's Encrypt renew cron was broken). Phones with TLS reject the server certificate and registration fail. UDP phones are ok.`),
    no(`#24012 GoIP 16 lost config
Lightning in the area, the GoIP16 rebooted with factory settings. All 16 channels unregistered from VOS. Customer has no backup of the config. Please share the settings we gave last year (server, ports, accounts).`),
    no(`Ticket #49333
Type: Question
Subject: softphones stop register after our reinstall
After we reinstalled VOS on a new disk the SIP port is default 5060, but before it was 5080 (we changed it long time ago). All Zoiper clients are configured with :5080 so no registration now. Better to change the server back to 5080 or change the clients?`),
    no(`SD-3390 Gateway register failed
Priority: Medium
Reseller renamed the gateway account from "gw_alex" to "gw_alex01" in VOS. The gateway at the customer still registers with the old name and gets rejected, shows unregistered.`),
    no(`Subject: Re: [#7955] phones down?
Hi, we checked – the customer account is suspended by the reseller for non payment (balance -23.40 USD). That's why the register is rejected. Reseller need to top up. Please keep the ticket open until paid.`),
    no(`Ticket #389411
Subject: after network change phones no IP
Customer's IT moved the voice VLAN from 20 to 120 on the switches but the DHCP server is still only on VLAN 20. Phones boot with no IP, so unregistered. Not a VOS issue, but the customer wants us to join a call with their IT.`),
    no(`#24388
Subject: migration to new server – phones not registered
Priority: High  Status: Open
We moved VOS to the new server 203.0.113.40 (old was .21). Phones that have the IP (not the domain) configured still go to the old server which is off now. About 70 phones. Any way to redirect?`),
    no(`Ticket #49590 (P1)
Subject: nobody can register
The SIP domain callhub-voip.net expired yesterday at the registrar, DNS does not resolve. All phones use the domain. Customer is renewing now, can take some hours to propagate.`),
    no(`HD-7919
Summary: extension 1020 locked
The user typed a wrong password on the phone, it sent many register attempts and VOS blocked the source IP as an attack. Now the correct password is set but still unregistered. How to remove the IP from the blacklist?`),
    no(`Ticket #389720 — Duplicate of #389711
Status: Closed (duplicate)
Customer opened again for the same thing: Bogotá office without internet since the morning (Claro outage) so phones unregistered. Follow in #389711.`),
    no(`#24555 Resolved
Subject: new extension not registering
Cause: username typed "10O5" with letter O instead of zero on the phone. Fixed, registered. Closing.`),
    no(`Ticket #49702
Type: Question
Subject: meaning of "unregistered"
Customer asks: in the VOS phone list the status "unregistered" – does it mean phone problem or server problem? Their 2 phones are switched off in the weekend. Please give a short explanation we can forward.`),
    no(`Subject: shop phones offline
Ticket #8011
Hello, our shop in Mombasa uses a 4G router for 2 phones. Both unregistered since yesterday. Checked: the SIM card bundle finished, no data. Topped up, waiting. Only FYI.`),
    no(`SUP-2507
Summary: mobile softphone shows offline
Priority: Low
Users on Android with Zoiper free show unregistered after the screen is off for 10 min. Battery optimisation kills the app. We told them to disable battery optimisation or use the push version.`),
    no(`#24801 Type: Problem
Subject: new phones refuse register
We added 80 more phones today, the last ones cannot register. VOS shows the license limit reached (our license is for 500 phones). Please quote for upgrade.`),
    no(`Ticket #389905
Subject: phones stay on backup server
Last night the primary VOS had maintenance and the phones failed over to the backup server as designed. Primary is back, but the phones stay registered on the backup and show unregistered on the primary, so the customer reports "phones unregistered". Is there a setting for the phones to go back to the primary?`),
  ],

  smallFigures: [
    no(`Ticket #50011
Type: Question
Subject: TIME_WAIT on quiet server
Priority: Low
Hi, at night our VOS does maybe 1-2 CPS and netstat shows around 300 connections in TIME_WAIT. Is this normal or there is some leak? No complain from customers, only curious.`),
    no(`pls answer when you have time, customer asking

From: ops@lankatel.lk
Subject: What is TIME_WAIT?
Our new junior asks what is the TIME_WAIT state in netstat and if he must clean it. Could you give a simple explanation?`),
    no(`SD-3451
Summary: is 2,000 time_wait normal at 20 cps?
Description: health check of the softswitch. Average 20 CPS daytime, ss -s shows timewait around 2000. CPU 12%, calls all fine. Normal?
Priority: Lowest`),
    no(`Ticket #390120
Help Topic: General question
Subject: reading netstat output
Can you explain the columns of "netstat -antp"? Recv-Q, Send-Q, and foreign address 0.0.0.0:* – we want to document it for our NOC shift. Example line:
tcp  0  0 0.0.0.0:5060  0.0.0.0:*  LISTEN  2931/mbx3000`),
    no(`#25001 · Question
Subject: SS_TCP_CLOSE_RESET – should we turn on?
No problem at the moment, we just read §4.3.5.2 of the manual. Our traffic is 15 CPS, mostly UDP, 3 carriers on TCP. Is it recommended to enable it or keep the default? Just theory, please don't change anything on the server.`),
    no(`Ticket #50188
Subject: monthly check
Pasting output for the record, please confirm all good:
Total: 512 (kernel 540)
TCP:   412 (estab 180, closed 190, orphaned 0, synrecv 0, timewait 188/0), ports 0
Status: pending`),
    no(`NOC-905 Monthly health check – VOS-SG-02
- peak CPS: 64 (Tue 10:40)
- max TIME_WAIT seen: 1,1k
- established TCP: 230-260
- load avg 0.8
Question: any of these numbers we should worry about?`),
    no(`Ticket #390377
Status: Open
Subject: default ip_local_port_range CentOS 6?
Just a question for our documentation: what is the default value of net.ipv4.ip_local_port_range on CentOS 6 and 7? We see "32768 61000" on one box and "32768 60999" on another.`),
    no(`#25140 Type: Question
Subject: FIN vs RST difference
Question from a trainee: what is the difference between closing TCP with FIN and with RST? Which one does VOS use by default?`),
    no(`Subject: tcp_tw_reuse question
Ticket #8120 (via email)
Hello. Our servers are 100% UDP signalling. Does net.ipv4.tcp_tw_reuse have any effect for us? Colleague wants to set it "just in case". Thanks.`),
    no(`Ticket #50290
Subject: auditor question about CLOSE_WAIT
The customer's security auditor saw 12 sockets in CLOSE_WAIT on the VOS server (to the mysql port) and asks if it is a vulnerability. Server works fine. What should we answer?`),
    no(`MON-102
Summary: zabbix alert "TIME_WAIT > 500" firing
Priority: Low
Our zabbix template alerts when TIME_WAIT > 500. It fires every morning at 9 (value 520-650) and clears in a few minutes. CPS at that time ~25. Threshold too low? What value do you suggest?`),
    no(`Ticket #390612
Help Topic: Capacity planning
Subject: growing from 10 to 40 CPS
We will add a new customer next month, expected 40 CPS (now 10). Today TIME_WAIT is ~900 at peak. Will time wait become a problem? Do we need to change something before, or wait and see?`),
    no(`#25399
Subject: how many local ports?
How many ephemeral ports does linux give by default for outgoing connections? Just to understand the limit, no issue now.`),
    no(`Ticket #50455
Subject: ss -s
Customer sent: "TCP: 96 (estab 18, closed 77, orphaned 0, timewait 74/0)". He asks what means "closed 77" and "timewait 74/0". Short reply please.`),
    no(`SUP-2634 | Question | Low
Is it safe to lower net.ipv4.tcp_fin_timeout from 60 to 30 on VOS? Somebody on a forum said it reduces TIME_WAIT. We have no issue, ~400 TW sockets, only want to know.`),
    no(`Ticket #390800
Subject: handover of new server VOS-NBO-01
Checklist done by our side:
[x] mbx3000d running
[x] 5060 udp/tcp listening
[x] TIME_WAIT 250, ESTAB 35
[x] disk 18%
Please confirm we can put live traffic (approx 8 CPS).`),
    no(`Subject: many connections after campaign?
Ticket #8204
After a small call campaign yesterday (max 15 CPS) netstat showed 1,300 lines. Today 200. Is this normal or we must tune something?`),
    no(`#25622 Question
What is the default of SS_TCP_CLOSE_RESET? Docs say Off. On our server the line is not in softswitch.conf at all – so it is Off? Confirm pls.`),
    no(`Ticket #50601
Priority: Low
Subject: pentest finding "excessive TIME_WAIT"
Pentest report (external company) lists "600 sockets in TIME_WAIT – possible DoS indicator". Our traffic is 10-12 CPS. Is this a real finding? Need an answer for the customer's compliance team.`),
    no(`HD-8012
Summary: netstat not found
Minimal CentOS 7 install, no netstat. How do we check the TIME_WAIT count with ss? Just need the command for our NOC wiki.`),
    no(`Ticket #391003
Subject: relation CPS and TIME_WAIT
Can you explain how many TIME_WAIT sockets we should expect for X CPS over TCP? We see ~3,500 at 30 CPS at 9:00 then it drops in a minute or two. I guess it's the 60 seconds rule? Just want to understand.`),
    no(`#25810 Closed
Subject: Time wait question
Customer: "180 time_wait is ok?"
Agent reply: yes, normal for your traffic (5 CPS). No action.
Customer replied thanks. Closing.`),
    no(`Ticket #50777 – marked duplicate of #50770
Subject: re: what is timewait
Same question sent twice by the customer (email + portal). Answer in #50770.`),
    no(`SUP-2701
Type: Question
tcp_tw_reuse vs tcp_tw_recycle — we read recycle is dangerous with NAT and removed in new kernels. On CentOS 6 both exist. Which one (if any) is safe for a VOS with 30 CPS and 700 TIME_WAIT? No problem today.`),
    no(`Subject: do we need RST mode?
Hi team, a consultant told our manager to "enable RST" on the softswitch. We have 5 CPS and maybe 150 TIME_WAIT. Do we need it at all? We prefer not to touch if not needed.`),
    no(`Ticket #391244
Subject: many ESTABLISHED connections
We have around 600 phones on SIP TCP, netstat shows 610 ESTABLISHED on 5060 and only 40 TIME_WAIT. Is one connection per phone expected? Just a check.`),
  ],

  firewallNoRst: [
    no(`Ticket #51002
Subject: open 5060 for new customer
Priority: Normal
Customer: Orbis Telecom (Casablanca)
Please open UDP+TCP 5060 and RTP 10000-20000 from 203.0.113.0/24 on the iptables of VOS-MA-01. New customer going live Monday.
Status: open`),
    no(`NET-331
Summary: whitelist new carrier IPs
Priority: Medium
Carrier "Telecomx" gave new signalling IPs 198.51.100.10 and .11. Please add them to the firewall allow list and to the routing gateway in VOS.`),
    no(`Ticket #391500
Subject: our office IP banned
fail2ban on the softswitch banned 203.0.113.88 (our own office!) because a colleague tested a softphone with a wrong password. Jail: sip-auth. How to unban and add it to ignoreip?`),
    no(`#26020 | One way audio at new customer
Type: Problem
Customer's router is a TP-Link with SIP ALG enabled, audio is one way and sometimes the calls drop at 32 sec. Asked them to disable SIP ALG in NAT Forwarding > ALG. Waiting for result.`),
    no(`Ticket #51180
Subject: geo-block on FortiGate
Priority: Low
We want to allow SIP only from Colombia, Ecuador and Peru on our FortiGate 100F in front of VOS, all other countries blocked. Can you help with the address objects / policy? Too many scanners.`),
    no(`SEC-88
Summary: REGISTER flood from scanners
Softswitch log full of REGISTER with user agent "friendly-scanner", ~300/sec from different IPs. We want an iptables hashlimit rule for 5060 udp. Please suggest values so the real phones are not affected.`),
    no(`Ticket #391733
Priority: Emergency
Subject: no calls after firewall change
At 02:00 our network team migrated the rules to the new pfSense. They forgot the allow rule for 5060 from the carriers, all UDP to 5060 was blocked (pfSense log shows block). Added back at 03:10, calls ok. Please check if anything else is missing.
Status: Resolved`),
    no(`#26233
Subject: no audio on calls via new firewall
Signalling fine, 200 OK, but no audio both sides. The new Sophos XG only allows 5060. The RTP range of VOS is not opened. Asking the customer's IT to add it.`),
    no(`Subject: restrict VOS web access
Ticket #8330
Please help us to allow port 8080 (VOS web) only from our office IP 203.0.113.5 and block it from internet. Somebody tried to login many times last night.`),
    no(`Ticket #51308
Type: Question
Subject: VOS on AWS – phones cannot reach
Customer installed VOS on EC2. The security group only has TCP 22 and TCP 5060. UDP 5060 and the RTP ports are missing. Please guide them what to add.`),
    no(`HD-8120 CSF allow
Priority: Medium
The server uses CSF (ConfigServer firewall). We need 5060 and 10000:20000 in UDP_IN and 5060 in TCP_IN. After csf -r it is still blocked?`),
    no(`Ticket #391920
Subject: mikrotik rule for sipvicious
Customer has a MikroTik in front of the PBX. They want a rule to drop packets to 5060 containing "friendly-scanner" and put the source in an address-list for 24h. Is layer7 or content matcher better?`),
    no(`#26410 — URGENT fraud
Last night 2,400 USD of calls to premium numbers from a hacked account. Please block the destination prefixes and the source IPs of the attack (list attached). We also want to block whole country ranges for SIP on the firewall.`),
    no(`Ticket #51455
Subject: Forti SIP helper
Customer FortiGate 60F. Registrations ok but calls have no audio and re-INVITE problems. I believe we need to disable the SIP session-helper and the voip profile. What are the commands for FortiOS 7.0?`),
    no(`SEC-102
Summary: change ssh port + firewall
Move SSH from 22 to 2299 and allow only from our VPN 10.8.0.0/24. CentOS 7 with firewalld. Please provide the steps, we don't want to lock ourself out.`),
    no(`Ticket #392100
Subject: all ports closed after reboot?
After a reboot the iptables rules came back to default (only 22 allowed), so 5060 and RTP were blocked. Somebody added the rules by hand and never did "service iptables save". We re-added them. Please confirm how to save on CentOS 6.
Status: Resolved`),
    no(`From: netops@vozplus.cl
Subject: ASA ACL for new SBC
Ticket #8421
Hola, please send us the exact ports needed to allow the new SBC 198.51.100.60 through our ASA 5516 to VOS (signalling TCP/UDP 5060 and media). Change window is Thursday.`),
    no(`Ticket #51601
Priority: Low
Subject: can't ping VOS server
The customer's monitoring pings the softswitch and reports "down", but calls are working. Our firewall drops ICMP echo. Should we allow ping only from their monitoring IP?`),
    no(`NET-402
Summary: nf_conntrack table full
Priority: High
dmesg: "nf_conntrack: table full, dropping packet" during a UDP flood to 5060 (scanner botnet, ~40k pps). Calls failing during the attack. We want to raise nf_conntrack_max and add NOTRACK for UDP 5060? Advice pls.`),
    no(`#26688
Subject: limit INVITE per second
One wholesale customer sends bursts of 200 INVITE/sec and our carrier blocks us. Can we limit him on the firewall (iptables hashlimit by source IP) to 50/sec? Or better in VOS?`),
    no(`Ticket #392311
Subject: port forwarding for IP-PBX
Customer has an Issabel PBX behind a Huawei router and registers a trunk to our VOS. Inbound calls don't reach the PBX. Asked to forward UDP 5060 + 10000-20000 to the PBX local IP. Customer asks the exact screen on the Huawei.`),
    no(`Ticket #51777
Subject: please whitelist our support IP
For the remote session tomorrow please allow 192.0.2.45 on SSH and 8080 on the customer firewall (they use firewalld). Remove it after the session.`),
    no(`NET-419
Summary: update firewall objects for new VOS IP
We changed the VOS public IP to 203.0.113.90. The customer's FortiGate still has the policy for the old IP .70, so their outbound SIP hits the implicit deny. They need to update the address object.`),
    no(`Ticket #392500
Subject: phones don't get config
Provisioning is by TFTP (UDP 69) from our server. After the new firewall rules TFTP is blocked. Should we open 69 or better move to HTTPS provisioning?`),
    no(`#26901
Type: Question
Subject: pfSense outbound NAT for PBX
Customer's FreePBX is behind pfSense, the registration to our VOS is ok but the trunk gets a different source port each time. Forum says set "Static Port" in outbound NAT. Is that correct for SIP UDP?`),
    no(`Ticket #51890 · Solved
Subject: open 5061 for TLS test
Customer asked to open TCP 5061 for their TLS trunk test on our firewall. Opened, tested with openssl s_client, customer confirmed the handshake is ok. Closing.`),
    no(`Subject: which ports VOS3000 need?
Ticket #8555 (email)
Dear team, for our new datacenter firewall (Palo Alto) we need the full list of ports VOS3000 uses: SIP, H323, RTP, web, client, DB. Please send a table.`),
  ],

  negationContext: [
    no(`Ticket #52010
Subject: calls fail to carrier Telco-X
Priority: High
Description: before somebody asks: TIME_WAIT is fine (around 800, we checked ss -s). The problem is the carrier, they answer 503 Service Unavailable for 40% of calls since the morning. Carrier confirmed a capacity problem.
Status: pending third party`),
    no(`Ticket #392700
Subject: calls fail with 488
Internal note from L1: customer mentions "RST" because they read something. But they use UDP only, so RST is irrelevant. Real reason: 488 Not Acceptable Here, codec G.729 not allowed on the routing gateway.`),
    no(`SUP-2805
Summary: calls drop at 30 sec
Priority: High
RST is off and nobody changed anything in softswitch.conf (checked, SS_TCP_CLOSE_RESET="Off" as always). Calls to carrier B drop at exactly 30 seconds. We think the ACK is lost / session timer.`),
    no(`#27010
Subject: outbound calls to carrier fail
Customer IT says "the firewall is not dropping anything" – we checked the FortiGate logs with them, 0 denies. The issue is DNS: the carrier domain resolves to an old IP from our local resolver.`),
    no(`Subject: RE: phones unregistered - NAT?
Ticket #8602
Hi, no it's not a NAT thing and we don't use TCP, please don't change the RST setting. The phones are unregistered since the password change the reseller did at 10:00, they need to update the phones.`),
    no(`Ticket #52155
Subject: re: "address already in use" in logs
Status: solved
Just to clarify my previous message: the "address already in use" was only from the web portal (tomcat 8080) when our tech started it twice. Softswitch is fine, no calls affected, no TIME_WAIT problem. Can close.`),
    no(`NOC-1010
Summary: failed calls at peak – NOT port exhaustion
We checked: ss -s timewait 410, port range already wide. So it's not port exhaustion. The failures at peak are because the carrier limits us to 50 CPS and returns 403 "CPS exceeded" above it.`),
    no(`Ticket #392950
Subject: NAT phones dropping at 3am
SS_TCP_CLOSE_RESET is still Off (checked softswitch.conf today), so it is not the RST thing. The phones behind NAT at the customer unregister every night ~3:00 because their router has a scheduled reboot. They come back at 3:05.`),
    no(`#27222
Previous agent comment (Tue): "maybe firewall drop RST, check FortiGate"
Update (Wed): FortiGate logs show no deny at all, and RST mode was never enabled on this server. The hanging calls are from carrier Z not sending BYE (UDP trunk). Opened a ticket with the carrier.
Status: Pending`),
    no(`Ticket #52301
Subject: "cannot assign requested address"
Priority: Urgent
Not port exhaustion: TIME_WAIT is low (~200). The error comes because the secondary IP 203.0.113.51 (signalling IP for carrier A) was removed from eth0 after a network restart and VOS tries to bind to it. "ip addr add" fixed it.
Status: resolved`),
    no(`SUP-2877
Summary: TLS phones lose registration
We never enabled RST on this server (SS_TCP_CLOSE_RESET not present = Off). The TLS phones fail since the new certificate was installed – intermediate chain missing, Yealink rejects it.`),
    no(`Ticket #393100
Subject: customer asks to enable RST
Customer read a blog and wants "RST on" for "performance". They have no TIME_WAIT issue (max 600), 12 CPS, and many NATed phones on TCP. I plan to say no. Agree?`),
    no(`#27450
No NAT here – all 30 phones have public IPs (hotel with a /27). They unregister because the account expired on the 30th. RST not related.`),
    no(`Subject: Re: [#8711] ruled out firewall
Internal note: firewall ruled out – tcpdump on both sides of the ASA shows the RST passing normally, nothing dropped. The phones losing registration are only the Fanvil X3 with firmware 2.4.x, known re-register bug. Upgrading firmware.`),
    no(`Ticket #52490
Subject: CDR export fails
Note: this is NOT about the RST case from last month, we already set it back to Off as you advised and that one is closed. New issue: CDR export to CSV stops at 65535 rows.`),
    no(`VOIP-1402
Port range already 1024 65535, tw_reuse=1, TIME_WAIT about 2k. So the kernel side is done. The slow call setup (3-4 s PDD) comes from mysql, slow query log shows the rate table lookup taking 2.5 s.`),
    no(`Ticket #393301
Subject: EADDRINUSE in our monitor
The "EADDRINUSE" alarm is from our own test script (sipp) which we started twice with the same -p 5070. Not VOS. Ignore the previous mail pls.`),
    no(`#27680
Customer sent conntrack -L output thinking it is the "conntrack RST problem". These are UDP RTP entries, normal. No TCP, no RST involved. The actual issue is one-way audio because of media NAT on their side; enabling media proxy on the gateway in VOS.`),
    no(`Ticket #52633
Subject: calls not ending
Customer insists "firewall is blocking RST". But they disabled their firewall completely for a test yesterday and the calls still hang the same way. So it's not the firewall. Also their whole trunk is UDP. Need to look at the BYE from the called side.`),
    no(`HD-8340
Summary: NAT phones unregistered yesterday 14-16h
During the customer's ISP outage. RST setting not touched since 2021 (Off). After the ISP came back all registered. Closing as external cause.
Status: Closed`),
    no(`Ticket #393512 — Resolved
Resolution: not related to SS_TCP_CLOSE_RESET as the customer thought. Calls to 234 went to the wrong carrier because the prefix "2348" was missing in the routing. Fixed.`),
    no(`Subject: please do NOT apply RST
Ticket #8790
Hello, your colleague on chat suggested to enable RST for "TIME_WAIT". We have ~1,500 TIME_WAIT at 40 CPS which is fine and we have NAT phones on TCP. Please don't apply anything, our question was only about the license renewal.`),
    no(`OPS-611
Summary: server slow, restart helps for a while
Not the time_wait thing – we checked, ~900 sockets only. It's memory: a custom perl script for SMS leaks, RAM 95% after 2 days. Restart helps until it grows again.`),
    no(`Ticket #52801
Subject: correction
Our developers wrote "EADDRINUSE at peak" in the first message but it was wrong – the real error is ECONNREFUSED, the carrier's TCP port 5060 refused connections (their SBC was down). Ports on our side fine.`),
    no(`Ticket #393740
Subject: Yealink unregistered
Funny: the phones behind MikroTik NAT are all fine. Only the Yealinks with public IPs dropped, after the auto firmware update reset their transport and port. Not RST related, RST is Off.`),
    no(`#28010
Customer sent a pcap with RST packets and asks if we have "RST mode" enabled. No – SS_TCP_CLOSE_RESET is Off. The RSTs come from their own PBX because port 5061 is closed there (they disabled TLS). Calls over UDP work.`),
    no(`Subject: audit after RST change – all ok
Ticket #8850
Follow-up: one week after enabling RST (it fixed our TIME_WAIT), we checked: no phone behind NAT lost registration (all our phones are on UDP anyway), the firewall is not dropping anything, no hanging calls. Just confirming, no action needed.`),
  ],

  portExhaustion: [
    pe(`Ticket #53010
Subject: calls fail at peak hour
Priority: P1
Customer: Falcon Wholesale (Dubai)
Description: from 19:00 we reach ~250 CPS and then the softswitch log is full of "bind: Address already in use" for the outgoing TCP to the carriers. ss -s shows timewait 58213. Restart of mbx3000d fixes it for about 40 min, then same.
Status: open`),
    pe(`VOIP-1501
Summary: TCP trunk calls failing, "Cannot assign requested address"
Priority: Highest
Environment: VOS3000 2.1.8.05 / CentOS 7
Description: at peak, new calls to our two TCP carriers fail. In the log: connect() failed: Cannot assign requested address (99).
netstat -ant | grep TIME_WAIT | wc -l
61877
Expected: calls connect
Actual: ~30% fail 20:00–23:00`),
    pe(`Ticket #394001
Subject: every evening calls fail, morning ok
Every day after 8pm many calls fail with no answer from the route, in the morning everything is fine. If we reboot the server in the evening it works again for maybe 1 hour. The trunks to the carriers are TCP. We have big traffic in the evening (call center campaigns). What to check?`),
    pe(`pls check asap

#28200 | Urgent
ss -s
Total: 66012 (kernel 66340)
TCP:   64120 (estab 1720, closed 62100, orphaned 3, synrecv 0, timewait 62088/0), ports 0

Carriers on TCP are getting only part of our calls, softswitch log "address already in use". Around 300 CPS now.`),
    pe(`From: sysadmin@callzone.ph
Subject: dialer EADDRINUSE to VOS
Ticket #8900
Our predictive dialer runs on the same server as VOS and sends to VOS over SIP TCP. After ~15 minutes of campaign at 400 CPS the dialer logs "connect EADDRINUSE 127.0.0.1:5060" and stops placing calls. We restart the dialer and it works 15 min again. Thousands of sockets in TIME_WAIT on loopback.`),
    pe(`Ticket #53177
Subject: outbound TCP failing
cat /proc/sys/net/ipv4/ip_local_port_range
32768   60999
and TIME_WAIT is 27,9xx – almost the whole range. tcp_tw_reuse = 0. When it reaches this, the new connections to the carriers fail. 180 CPS at peak.`),
    pe(`SD-3610
Summary: after moving carrier X to SIP TCP, failures at peak
Since last week carrier X requires TCP (their UDP had fragmentation with big INVITEs). From then, at ~300 CPS VOS fails to open new TCP connections, the log says no free local port / address in use. On UDP we never had this.`),
    pe(`Ticket #394230
Priority: High
CentOS 6.9, VOS3000. sysctl -a | grep tw: tcp_tw_reuse = 0, tcp_tw_recycle = 0. TIME_WAIT 28k and growing at peak, then calls to the TCP gateway fail with "cannot bind". Server was fine until traffic doubled this month.`),
    pe(`#28355
Subject: service unavailable at peak
At peak a lot of calls get "503 Service Unavailable" generated by our own VOS, and the log says "can not bind local port". Off-peak no problem. Please help.`),
    pe(`pls check, 3rd day same problem

Subject: calls stop at 10am
Ticket #8955
Hi, every day at 10:00 when all 600 agents start the campaign, after ~20 min no new calls can go out through the TCP trunk. "Already in use" errors in the VOS log. Restart of the softswitch service fixes it, and next day again. netstat shows more than 50 thousand TIME_WAIT.`),
    pe(`Ticket #53402
Type: Incident
Priority: High
Customer: TeleSur Mayorista
Subject: intermittent failures
Description:
- 200-280 CPS
- TCP to 4 carriers
- errno 99 Cannot assign requested address in log
- ss shows ~55k TIME-WAIT
- restart = 30-60 min ok
Steps taken: restarted twice today`),
    pe(`HD-8501
netstat -ant | awk '{print $6}' | sort | uniq -c
   1842 ESTABLISHED
     14 LISTEN
  47301 TIME_WAIT
      3 SYN_SENT
At the same time new outbound calls over TCP fail. Please advise a fix, this is daily at our peak (21-23h).`),
    pe(`Ticket #394560
Subject: server run out of ports?
Our Linux guy says the server "runs out of ports" at peak. Symptoms: at 150+ CPS the softswitch can not open new connections to the TCP carriers, errors "Address already in use". Restart of the service = ok for a while. Can you tune it?`),
    pe(`#28601
Subject: LCR module BindException at peak
Our LCR plugin on the VOS host (java) opens a connection to VOS and to the carriers for every call. At peak: "java.net.BindException: Address already in use: connect". ss -s: timewait 49k. Not a port conflict, every outgoing connect fails.`),
    pe(`Ticket #53588 · P1
TIME_WAIT 63k, new TCP calls failing, restart helps 1h. 320 CPS. Please fix permanently.`),
    pe(`VOIP-1566
Summary: Calls failing during traffic peak – TCP carriers
Reporter: ops.lagos
Priority: High
Description: since we onboarded the new wholesale client (extra ~120 CPS), total peak is ~260 CPS. Between 18:30 and 22:00 around 25% of calls to TCP carriers fail immediately.
Steps taken:
1. Checked carriers – they see no INVITE from us for the failed calls
2. Checked softswitch log – "connect failed: Cannot assign requested address"
3. ss -tan state time-wait | wc -l → 58,440
4. Restart mbx3000d at 20:10 – fine until 20:55
Expected: all calls reach carrier
Actual: 25% fail at peak`),
    pe(`Ticket #394812
Subject: Ошибка в час пик / error at peak
Hello. In peak time the softswitch cannot make new TCP connection, error "Address already in use". Quantity of TIME_WAIT is 40-45 thousand. CPS 220. After restart OK for short time. Kernel params are default. Please help with tuning.`),
    pe(`#28855
Our Grafana shows TIME_WAIT rising to ~60k at 21:00 every day together with CPS 280, and exactly at the top the ASR drops to 40% on the TCP routes. UDP routes ok. Looks like we hit some limit of sockets.`),
    pe(`Subject: carrier says we stop sending
Ticket #9011
Dear support, carrier Aurora says our traffic stops for some minutes every evening. On our side VOS shows failed calls with a local error. Log line: "tcp connect to 198.51.100.20:5060 failed: Address already in use". We did a restart and it came back. Traffic ~230 CPS at that time.`),
    pe(`Ticket #53790
Type: Question
Subject: how to increase local ports?
We see "cannot assign requested address" at peak when VOS connects to our TCP carriers, TIME_WAIT more than 50k. How to increase the available local ports and reuse time_wait? We don't want to break anything.`),
    pe(`SD-3702 (duplicate of SD-3698)
Same issue again tonight: at 21:15 outbound TCP calls fail, "Address already in use", ss -s timewait 61k, CPS 310. Restarted mbx3000d at 21:30. Please link to SD-3698 and give a permanent fix.`),
    pe(`Ticket #395020
Help Topic: Performance
Subject: softswitch can't connect to TCP gateways under load
VOS3000 2.1.6.00, CentOS 6.10. Load test with sipp 350 CPS over TCP: after 3 minutes "bind failed: Address already in use" and new calls rejected. TIME_WAIT 56k. Below 100 CPS the test passes. Production will be 300 CPS next month.`),
    pe(`#29100
Assunto: falha em horário de pico
Hello, our VOS server in São Paulo at peak time (about 200 calls per second) stops making connections to the operators by TCP. Error "Cannot assign requested address". We saw too much TIME_WAIT, more than 40 mil. Restart resolves for a moment only.`),
    pe(`Ticket #53955
Priority: High | Status: Escalated
Internal note (L1 → L2): customer says "no free ports" at peak. I checked remotely: ss -s timewait 59,812, ip_local_port_range 32768 61000, tw_reuse 0. Their CPS 270, TCP. Errors in the softswitch log: Address already in use. Restart helps ~45 min. Escalating.`),
    pe(`SOP-214
Resumen: llamadas fallan en hora pico / calls fail at peak
Desc: at 19-22h the VOS cannot open new TCP toward the carriers. "Address already in use". TIME_WAIT 52k, CPS 240. In the morning all good. Restart helps one hour.`),
    pe(`Ticket #395300
Subject: big problem
Our traffic grows very good but now at high time the server stops sending calls to the carriers (TCP). When we restart the server it is ok again. Our tech sees many many sockets "TIME_WAIT", like 45000.`),
    pe(`#29344 | Priority: Urgent | Source: Email
Subject: [ALERT] VOS-DXB-01 tcp_timewait = 62344
Our zabbix alarm fired at 20:47. At the same time ASR on the TCP carriers dropped to zero for 8 minutes and softswitch.log has "cannot assign requested address". CPS was 290. We restarted the service.`),
    pe(`Subject: Mohon bantuan - VOS error at peak
Ticket #9104
Dear team, at peak hour (CPS around 200-250) our VOS cannot send calls to the TCP trunk, error "address already in use". The TIME_WAIT count we checked is 54.000. After restart of the service normal again 1 hour. Mohon dibantu, thanks.`),
    pe(`Ticket #54101
Previous agent comment: "Asked customer for ss -s at peak."
Customer reply: here at 21:05 → TCP: 63890 (estab 1402, closed 62410, orphaned 0, timewait 62398/0). Also in the log: connect() Cannot assign requested address. 330 CPS. Restarting now because customers complain.
Status: Open`),
    pe(`VOIP-1620
Summary: failures since carriers merged to one SBC IP
Since our 3 carriers moved behind one SBC 203.0.113.200:5060 (TCP), at ~200 CPS we get "Address already in use" on connect and ~28k TIME_WAIT, all toward that one IP. Before, with 3 IPs, no problem. Restart of mbx3000d helps temporarily.`),
  ],

  natUnregistered: [
    nat(`Ticket #54300
Subject: branch phones unregistered since yesterday
Priority: High
Customer: Medina Telecom
Description: since your engineer set SS_TCP_CLOSE_RESET=On yesterday (to fix time wait) all our branch Yealinks behind MikroTik are unregistered or flapping. Phones use TCP. Our HQ phones with public IP no problem.
Status: open`),
    nat(`SUP-3001
Summary: remote workers phones go offline after tuning
After the optimization you did on Monday for the TIME_WAIT, the remote workers (home routers, all NAT) keep losing registration every few minutes. SIP over TCP. Office phones on the public range are ok.`),
    nat(`Ticket #395600
Subject: phones behind NAT unregistered after RST mode
We enabled RST mode on the softswitch (SS_TCP_CLOSE_RESET On) last night. This morning ~200 phones behind NAT routers show unregistered. Phones with public IP ok. Transport TCP. Rollback?`),
    nat(`#29600
Customer: FibraNet (Arequipa)
All subscribers with Huawei HG8245 ONT (NAT) lost registration after the change of the close mode to RST on Thursday. They register, 1-2 min ok, then unregistered, then again. SIP TCP. Subscribers with a public IP directly on the phone have no problem.`),
    nat(`Subject: after your change, NAT phones don't register
Ticket #9200
Hello, after your team changed the TCP close setting to "reset" (ticket #9180 for time_wait), our phones behind routers go unregistered. Only the NAT ones. We use TCP because of big SIP messages. Please revert or advise.`),
    nat(`Ticket #54470 · Urgent
RST on since 14:00 → all NATed TCP phones unregistered. Public IP phones fine. pls check`),
    nat(`VOIP-1701
Summary: registration count dropped from 1,850 to 640
Environment: VOS3000 2.1.8, phones on TCP
Description: after enabling SS_TCP_CLOSE_RESET="On" in softswitch.conf and service mbx3000d reparse at 23:00, the registered count dropped to 640. The missing ones are all behind NAT (MikroTik, TP-Link, ISP CPE). The 640 remaining are on public IPs / our own LAN.`),
    nat(`Ticket #395850
Subject: phones keep losing registration
Since Tuesday our customer's phones (office behind a DrayTek router doing NAT) lose registration all the time. Tuesday was when we applied the TCP reset tuning on the server. Other customers with phones directly on public IPs have no complain. SIP transport TCP.`),
    nat(`#29755
Dear support, the IP phones at customer sites (behind the VNPT / Viettel router NAT) unregister from VOS after we switched on RST close for TCP. They register again, then drop again after a few minutes. Phones at our office with static public IP no problem.`),
    nat(`Subject: Re: [#9235] Unregistered phones
Ticket #9235
grep RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
Yes it is On since the 12th, that's the same day the NAT phones started to show unregistered. All of them on TCP 5060. Phones in the datacenter (no NAT) registered fine.`),
    nat(`Ticket #54620
Priority: High
Internal note: correlated – customer enabled RST (SS_TCP_CLOSE_RESET=On) on 03/06, the unregistered-phone complaints start 03/06 evening. Affected only endpoints behind NAT (home routers, MikroTik hAP). TCP transport. Public-IP SIP trunks unaffected.`),
    nat(`SD-3801
Summary: MikroTik sites – phones offline
Reporter: Emre K. (Istanbul)
Description: all our sites with MikroTik (masquerade NAT) see the Grandstream phones unregistered after the softswitch RST mode activation. Phones are on TCP. In the MikroTik connection table the TCP connection to VOS disappears and the phone doesn't know. The site with a public IP phone is OK.`),
    nat(`Ticket #396100
Subject: phones offline after maintenance
After last weekend maintenance (you changed something of TCP on our softswitch) the phones of our clients at home show "No service" / unregistered. They all have a normal home router. Our test phone with public IP works. We use TCP transport for all.`),
    nat(`#29900 | Type: Incident | Priority: High | Group: L2 VoIP
Subject: mass unregistration NAT endpoints
Timeline:
- Mon 22:00 SS_TCP_CLOSE_RESET set to On (to reduce TIME_WAIT, per ticket #29811)
- Tue 08:00 first complaints
- Tue 12:00 ~70% of NAT endpoints unregistered
Affected: phones behind NAT (CPE/routers), SIP over TCP
Not affected: phones with public IP, UDP endpoints
Expected: registrations stable
Actual: register / drop loop every 1-5 min`),
    nat(`Subject: urgent - phones
Ticket #9301
Dear Sir, kindly note after activate the option RST in softswitch configuration, the phones in the customer offices which are behind router are not registered. The phones connected with real IP working normally. We are using TCP. Kindly advise urgently.`),
    nat(`Ticket #54799
Type: Question
Subject: is this related to RST?
We turned on SS_TCP_CLOSE_RESET two days ago for the port exhaustion. Now the softphones of our resellers' customers (mostly behind NAT, TCP) show unregistered randomly. Phones on public IP ok. Is this related?`),
    nat(`HD-8700
Summary: TP-Link CPE customers unregistered
Priority: Highest
About 400 subscribers with TP-Link Archer (NAT) lost SIP registration (TCP) since the RST close was turned on. The subscribers in bridge mode (public IP on the ATA) are fine.`),
    nat(`Ticket #396300
Subject: Linksys/Cisco SPA ATA unregistered
After RST was activated on the server, the SPA112 ATAs behind customer routers lose registration. We set them to TCP last year. The ATAs with a public IP are still registered.`),
    nat(`#30012
Hello, since Friday when RST mode was enabled, the phones at customers with a NAT router get unregistered every few minutes. We already put keep-alive 30s on the phones, no change. Phones on a public address OK. TCP transport. Please help, many complaints.`),
    nat(`Ticket #54950
Previous agent comment: "Enabled SS_TCP_CLOSE_RESET=On and tw_reuse=1 for the TIME_WAIT issue, customer confirmed ok."
New customer message (2 days later): now our NATed IP phones keep dropping registration, the ones with public IP are fine. All TCP. Same server.
Status: Reopened`),
    nat(`VOIP-1755
Phone side log (Yealink syslog): "TCP connection to 203.0.113.10:5060 reset, re-register" every 2-3 min, then 408 timeout. Only phones behind NAT. Started after RST mode on.`),
    nat(`Ticket #396511
Subject: NAT keepalive not helping
Since SS_TCP_CLOSE_RESET=On the phones behind NAT (TCP) unregister. We tried NAT keepalive 15s on the Fanvil phones, still the same. Public IP phones never lose registration.`),
    nat(`Subject: teléfonos no registrados / phones not registered
Ticket #9400
After activate RST in softswitch, the phones behind NAT go unregistered. With public IP no problem. TCP. Please urgent.`),
    nat(`#30200
In the VOS phone list: before the change 3,120 online, now 1,900. The 1,220 offline are all with a private contact IP (192.168.x / 10.x) = behind NAT. They use SIP TCP. Change: SS_TCP_CLOSE_RESET On (Sunday night).`),
    nat(`Ticket #55104
Subject: reg drops at sites with CGNAT
Customer sites behind ISP CGNAT + their own router lose registration since the RST close was enabled on VOS. Phones on TCP transport. Sites with static public IP fine. We did not change anything else.`),
    nat(`RES-77
Reseller "NetVoz" complains: ~60% of their end users (home NAT) have phones unregistered. The only change on our side this week = SS_TCP_CLOSE_RESET=On. Public-IP users ok, and the same users moved to a UDP test account stay registered. Normal accounts are TCP.`),
    nat(`Ticket #396700
Subject: TLS phones behind NAT unregister
We use SIP over TLS (TCP 5061) for all phones. After turning on RST mode, the phones behind NAT lose registration periodically; public IP phones fine. Also the Yealink log shows the connection closed without close_notify.`),
    nat(`Subject: Softphones offline after time_wait fix
Ticket #9450
Hi, since the "time_wait fix" you applied yesterday (RST close on), all Bria softphones used by home agents (behind home NAT) go offline every few minutes. Agents in the call center on public IP are fine. TCP transport.`),
    nat(`Ticket #55290
Customer: Kigali Voice
Subject: registration loss
Description: phones behind NAT unregistered after RST enabled.
Steps taken: rebooted routers, rebooted phones, changed register expiry 3600 -> 300 – no change.
Transport: TCP
Public IP phones: OK
Status: open`),
    nat(`OPS-702
Summary: NAT sites offline since Wed
Since the Wednesday night change window (TCP close behaviour set to reset on VOS-01), all phones at NAT sites flap registered/unregistered. Devices directly on public IP are stable. Transport TCP. Please check the change.`),
  ],

  firewallRst: [
    fw(`Ticket #56010
Subject: calls not ending after RST change
Priority: High
Customer: Orion Carrier Services
Description: since we turned on SS_TCP_CLOSE_RESET last week, calls through our FortiGate don't end properly, some stay "talking" for hours in VOS current calls. FortiGate log shows the RST packets denied, "no session matched".
Status: open`),
    fw(`NET-510
Summary: ASA dropping RST from VOS
Log:
%ASA-6-106015: Deny TCP (no connection) from 203.0.113.10/5060 to 198.51.100.44/49822 flags RST on interface outside
Started after RST mode was enabled on the softswitch. Calls through the ASA hang, the carrier bills long durations.`),
    fw(`Ticket #397000
Subject: iptables log INVALID RST
We log INVALID packets on the VOS firewall:
INVALID DROP: IN= OUT=eth0 SRC=203.0.113.10 DST=198.51.100.30 PROTO=TCP SPT=5060 DPT=41112 RST URGP=0
thousands per hour, since the RST close was enabled. Stuck sessions in the current call list.`),
    fw(`#30500
After SS_TCP_CLOSE_RESET=On, conntrack -L shows many ESTABLISHED entries to port 5060 that should be closed. They stay until the timeout (5 days). Calls that ended still use channels on the customer's side. Firewall is iptables with conntrack on the VOS host.`),
    fw(`Subject: hanging calls via pfSense
Ticket #9500
Hi, from the day you turned on RST mode, the calls from our PBX (behind pfSense) to VOS sometimes never finish and our concurrent call limit fills up. The pfSense firewall log shows blocked TCP:R packets from the VOS IP port 5060. Before no problem.`),
    fw(`Ticket #56177
Subject: Check Point drops
Customer's Check Point logs: "TCP packet out of state: First packet isn't SYN tcp_flags: RST-ACK" from our VOS 5060. Started the same day as RST mode. Their SIP-TCP calls fail to release.`),
    fw(`SD-3901
Palo Alto in the customer DC: the global counter flow_tcp_non_syn_drop is increasing, and sessions from VOS 5060 end as "aged-out" instead of tcp-rst. Since RST mode ON their SIP-TCP calls stay up in VOS after hangup.`),
    fw(`Ticket #397200
Subject: calls stay connected after hangup
Some calls (only the ones through the data center firewall) stay connected in VOS after both sides hang up, billing shows 2-3 hour calls. Started after last week's tuning where RST mode was enabled. Calls not passing the firewall are fine.`),
    fw(`#30750
Juniper SRX flow trace: "packet dropped, no session found" / "tcp sequence check failed" for the RST from VOS (src port 5060). Began after SS_TCP_CLOSE_RESET On. The customer's SIP TCP trunk gets stuck, new INVITE on the same 4-tuple rejected.`),
    fw(`Subject: concurrent limit reached – phantom calls
Ticket #9550
Our carrier trunk has a limit of 300 concurrent. Since RST on, the counter in VOS stays high with calls that are already finished, so new calls get rejected. The carrier's firewall (they told us Cisco) drops our RST packets. What can we do on our side?`),
    fw(`Ticket #56350
Priority: Urgent
Subject: calls failing since RST on
Since enabling RST close, ~20% of calls via the FortiGate cluster fail: the first call on a TCP connection is ok, the next ones fail with 408. The FortiGate session table still shows the old session established. Calls not through the FortiGate ok.`),
    fw(`VOIP-1801
conntrack -L -p tcp --dport 5060 | grep ESTABLISHED | wc -l
18722
but ss shows only 900 established on 5060. RST mode is On. The firewall (iptables, stateful) seems to drop the RST so conntrack keeps the entries. Result: nf_conntrack filling up and calls hanging.`),
    fw(`Ticket #397410
Subject: Sophos XG dropped RST
Sophos log: "Packet dropped – invalid TCP state" for RST from VOS:5060. Started after RST mode. The customer says calls sometimes don't disconnect, they must hang up twice.`),
    fw(`#30888
Customer MikroTik has the rule "chain=forward connection-state=invalid action=drop". The counter goes up fast since we set SS_TCP_CLOSE_RESET On; torch shows the RST from VOS 5060 being dropped. Their PBX trunk (TCP) then has stuck calls.`),
    fw(`Subject: very long CDR durations
Ticket #9610
Hello, we see CDRs with 4h, 7h durations for calls which customers say were 2 min. Only for the client connected through their stateful firewall (ASA) using SIP TCP. Started after you enabled the RST thing on our VOS. The customer is disputing the invoice!`),
    fw(`Ticket #56511
Subject: Stuck SIP-TCP sessions through firewall after RST mode
Priority: P2
Customer: Pacific Link
Environment: VOS3000 2.1.8 / CentOS 7 / FortiGate 200E at the edge
Description:
After SS_TCP_CLOSE_RESET="On" (reparse on the 14th), calls via the FortiGate sometimes don't tear down. VOS shows them active until the max duration.
Steps taken:
- tcpdump on VOS: RST sent
- tcpdump behind FortiGate: RST not arriving
- FortiGate debug flow: "no session matched"
Expected: RST passes, session closed
Actual: RST dropped, session stays
Status: pending`),
    fw(`NET-544 | High
RST from softswitch dropped by customer ASA since RST mode on → hung calls. Log 106015 flags RST. Please advise.`),
    fw(`Ticket #397650
Subject: firewall conntrack full of old SIP connections
Since last Tuesday (RST mode switched on by your tech) our Linux firewall conntrack has thousands of TCP 5060 entries in ESTABLISHED that never close. Calls sometimes don't hang up. Before this, the entries went to TIME_WAIT and disappeared.`),
    fw(`#31010
pfSense states: many "ESTABLISHED:ESTABLISHED" states to VOS:5060 remain after the calls end. Log: "Default deny rule IPv4 (1000000103)" TCP:RA from VOS. Since SS_TCP_CLOSE_RESET changed to On. Hanging calls on the customer's PBX.`),
    fw(`Subject: llamadas colgadas / hung calls
Ticket #9700
Buen día, after activating RST on the softswitch, the calls of customers behind our FortiGate do not finish ("llamadas colgadas"). Forti log: action=deny, "no session matched", flags RST. Please help.`),
    fw(`Ticket #56700
Type: Question
Subject: firewall drops RST – what to allow?
Since RST mode is on, our iptables (stateful, -m state --state INVALID -j DROP) drops the RST going from VOS to the SBC, and calls remain hung. Which rule do you recommend to allow RST for SIP TCP? Or better turn RST off?`),
    fw(`SUP-3102
Internal note (L2): RST mode enabled 3 days ago for TIME_WAIT. Today the customer reports calls through their Cisco ASA that never end. ASA logs show RST deny (no connection). Likely the ASA keeps the old state. Escalate.`),
    fw(`Ticket #397900
Subject: After RST mode, calls through WatchGuard fail intermittently
When VOS resets the TCP connection, the WatchGuard in between drops the RST and still thinks the connection is alive. The next INVITE from the PBX goes on the "dead" connection and times out. About 1 of 5 calls fail.`),
    fw(`#31200
Subject: calls not released
After the TCP setting was changed on the softswitch last week, calls through our datacenter firewall are sometimes not released; we see the channels still busy on the gateway after hangup. The firewall team sees "dropped RST" in their logs.`),
    fw(`Ticket #56888
Customer firewall Huawei USG6000 log: "The packet was discarded because the session was not found" for TCP RST from our VOS port 5060. Started after RST mode. Their SIP-TCP calls hang.`),
    fw(`VOIP-1888
Summary: ghost calls after enabling SS_TCP_CLOSE_RESET
Reporter: noc.jakarta
Priority: High
Description: after we set SS_TCP_CLOSE_RESET="On" (for TIME_WAIT, and that worked), now we have "ghost calls" in current calls: about 150 calls with duration > 3h, all from routing gateways behind the customer firewall (Fortinet). Firewall team confirms deny of the RST (no session).`),
    fw(`Subject: Зависшие звонки / hung calls
Ticket #9801
Hello. After turning on RST on the softswitch, the Linux gateway in front of our PBX (iptables with conntrack) treats the packets with RST flag as INVALID and drops them. Calls hang, conntrack entries stay. Please help how to fix.`),
    fw(`Ticket #398100
Subject: TLS trunk via firewall stuck
The customer's SIP TLS trunk goes through their Palo Alto. Since RST mode was enabled, VOS closes connections with RST (no close_notify) and the firewall drops the RST as out of window and keeps the session. Their SBC keeps sending on the dead session, calls fail until session timeout.`),
    fw(`#31444 – Duplicate of #31440
Customer reported again: hung calls via their FortiGate since RST mode on, Forti shows the RST dropped. Merged.
Status: Closed`),
    fw(`Ticket #57010 · Solved
Subject: hanging calls through ASA
Resolution: the customer's ASA dropped the RST packets from VOS after we enabled SS_TCP_CLOSE_RESET. We set it back to Off and reparsed, calls end normally. Customer will add an ASA rule before any retry.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning48Set: readonly EvalItem[] = Object.values(tuning48Families).flat();
