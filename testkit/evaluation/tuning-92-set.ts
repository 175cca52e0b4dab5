import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Customers, resellers and support staff in many countries (Pakistan, Nigeria, Kenya, India, Egypt,
 * the Philippines, Brazil, the UK, the Gulf) writing in English on WhatsApp and quoting or forwarding
 * other messages: "> " lines from a colleague, the customer's customer, an old ticket or a vendor,
 * "Forwarded message" and "---- Original message ----" headers, "my boss says:", "from the end user:",
 * pasted parts of e-mail threads, often with log lines or command output, followed or preceded by
 * what the writer says now, which may contradict what is quoted ("nope", "not the same thing").
 *
 * The ninety-second tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the ninety-second never-tuned set, before the forty-third round of rules, by someone who
 * had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the
 * other sets in view; measured as such before and after the forty-third round, then made tuning
 * material for the forty-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 95.6 %, negatives confident 7.4 %, confident wrong 0 % with the
 * rules of the forty-second round, and the same after the forty-third.
 */
export const tuning92Families = {
  oneListeningPort: [
    no(`> java.net.BindException: Address already in use (Bind failed) :8080
our VOS web portal won't come up after the reboot. colleague says it's "the TIME_WAIT thing from the
forum". I checked, netstat -lntp shows an old java pid still sitting on 8080. just kill it?`),
    no(`---- Original message ----
From: dev team
"nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)"
----
boss forwarded me this. httpd got pulled in by yum as a dependency and grabbed 80 before nginx. I just
disable httpd with chkconfig right?`),
    no(`my boss says: "the server is out of ports, fix it today"
but the only error is mysqld: "Can't start server: Bind on TCP/IP port: Address already in use" on 3306.
the old mysqld never died after the crash. that's not port exhaustion is it`),
    no(`from the end user:
> i installed asterisk on the same box to test something and now it says unable to bind to 5060
they put FreePBX on the VOS host 🙄 cleanest way is to move asterisk to 5070 or another IP?`),
    no(`> Error: listen EADDRINUSE: address already in use :::3000
this is from our billing dashboard dev, on his own laptop. he was sure our VOS broke it lol. it was his node
app still running in another terminal tab. sorry for the noise guys`),
    no(`---------- Forwarded message ---------
From: Ahmed (NOC)
Subject: docker compose fail
Error starting userland proxy: listen tcp4 0.0.0.0:8443: bind: address already in use
---------
Ahmed wants the rate-table container on 8443 but the VOS web manager already listens there. which port
is safe to give the container?`),
    no(`Pasting from our old ticket:
> vos web not opening, catalina.out: Address already in use: JVM_Bind 8080
same again today after the panel restart. last time it was a leftover tomcat, and ps -ef | grep java shows
two of them again. how do I stop the init script starting it twice?`),
    no(`colleague wrote in the group: "I think it's port exhaustion, we should enable the RST setting"
no bro. the only thing failing is snmpd on udp 161 because the monitoring agent ships its own snmpd.
calls are fine, we do like 20 CPS. I'll just remove one of them`),
    no(`> Could not create server TCP listening socket *:6379: bind: Address already in use
our CDR exporter uses redis and after the update there are two redis installed, one from epel and one
from the installer script. which one should I keep?`),
    no(`"cannot bind to port 5060" - that's what our customer sees in their kamailio log. they put kamailio
in front of VOS on the SAME IP. ss -lnup shows mbx already on 5060 udp. I told them use a second IP or
another port, correct?`),
    no(`---- Original message ----
> mbx3000 fails to start: bind 0.0.0.0:5060 failed
Hi team, update from our side: someone left sipp running in server mode on 5060 after a test. killed it and
mbx started fine. Q: does mbx retry the bind by itself or does it always need a manual start?`),
    no(`from my colleague in Lagos: "the server has ran out of address, see: Address already in use"
it's vsftpd on 21 and xinetd also has ftp enabled. one port, two daemons. how do I disable the xinetd
one on centos 6?`),
    no(`> bind: Address already in use (port 1812)
freeradius won't start... ah, an old radiusd -X debug session is still running in screen. nvm found it`),
    no(`My manager says:
> "Check if the server is running out of ports, the reseller panel shows BindException"
it's our own Java API for resellers, port 9090, one port. lsof -i :9090 shows a zombie java from
yesterday's deploy. would a systemd unit with Restart= be cleaner than the nohup we use?`),
    no(`Forwarded from our developer:
> Port 80 required by Tomcat v7.0 Server at localhost is already in use
that's Eclipse on his Windows laptop running a local copy of the portal. Skype had port 80. not a server
problem at all, just sharing so nobody opens a ticket for it 😅`),
    no(`Forwarded from client (Bangladesh):
"sir our vos install script stop at step 7: Another MySQL daemon already running with the same unix
socket. port 3306 in use"
their provider image came with MariaDB preinstalled. remove it and re-run the installer?`),
    no(`pasted:
[root@vos ~]# service httpd start
Starting httpd: (98)Address already in use: make_sock: could not bind to address [::]:443
(98)Address already in use: make_sock: could not bind to address 0.0.0.0:443
colleague thinks "too many connections". nothing runs on this box except the new panel and the nginx
from the SSL guide... right, both want 443. my bad`),
    no(`> your server keeps failing to open the listen port for the callback service
that was the vendor's answer. callback service wants 8088 and asterisk's http also uses 8088. I'll change
bindport in http.conf. just confirm VOS itself doesn't need 8088?`),
    no(`Old mail from 2021 that my boss quoted:
> if you see EADDRINUSE turn on SS_TCP_CLOSE_RESET
but this time it's pm2 restarting our websocket gateway and the old process holds port 7000 for 2 sec
before it dies. single listening port, almost no traffic. the RST thing doesn't apply here I think?`),
    no(`customer in Pakistan: "Address already in use" when the SIP proxy starts on 5061 TLS.
turns out it's started twice, once by systemd and once from rc.local, so the second one can't bind.
remove the rc.local line I guess`),
    no(`> zabbix_agentd: listener failed: bind() for [[-]:10050] failed: [98] Address already in use
on the VOS host. someone installed both zabbix-agent and zabbix-agent2. dumb. which one do you
recommend on centos 7?`),
    no(`---- Original message ----
From: hosting provider
> Port 5060 on your VPS is in use by another process, the SIP service cannot start
we moved the VPS and the new image had opensips enabled by default. disabled opensips, VOS binds 5060
now. closing from our side, thanks`),
    no(`My intern says the server is "out of ports" because tomcat logs JVM_Bind on 8005 (the shutdown port).
we run two tomcat instances with a copied server.xml. change 8005 on the second one and done?`),
    no(`quoted from the customer's customer:
> "cannot bind socket 0.0.0.0:2080, already in use"
it's their phone provisioning server on Windows Server, IIS took 2080. not VOS. how do I reply politely
that it's on their side 😂`),
    no(`> FATAL: could not bind IPv4 address "0.0.0.0": Address already in use (port 5432)
postgres for the new reporting tool. the old pg 9.2 from the centos repo is still running. ok to stop it?
nothing else uses it I think`),
    no(`Hi, forwarding from my colleague Ravi:
"vos3000 web not loading after upgrade. SEVERE: Failed to initialize end point associated with
ProtocolHandler http-bio-8080 java.net.BindException: Address already in use"
I checked, the upgrade script started the new tomcat without stopping the old one. CPU and calls normal.`),
    no(`from the end user: "my sip app says port 5060 already in use"
it's a laptop with Zoiper AND MicroSIP open at the same time. they thought our switch blocked them 🙈`),
  ],
  otherRegistrationCause: [
    no(`> all phones at branch 3 show unregistered since morning
update: ISP outage in their area, line came back 11:20 and phones registered by themselves. nothing was
changed on the switch. closing`),
    no(`my boss says: "it's the NAT again, disable RST"
but the log is full of 403 wrong password for 6 extensions. the reseller changed the passwords in the
panel yesterday and never updated the phones.`),
    no(`---------- Forwarded message ---------
From: customer IT (Kenya)
> We changed our public IP (new fibre provider) and now the trunk is unregistered on your side
do I only update the IP in their gateway mapping? they are on UDP 5060, IP auth`),
    no(`> Registration failed: 401 Unauthorized
pasted from the grandstream status page. the account expired, balance 0 and validity ended on the 31st.
after topup will it register by itself or do they reboot?`),
    no(`---- Original message ----
> phones unregistered after router replacement
found it: the new MikroTik put the phones in a new VLAN with no DHCP server, phones had no IP at all.
added the dhcp server, all green. just documenting for the team`),
    no(`from the end user: "phone says No Service"
me after 20 min on video call: the Yealink cable is in the PC port not the LAN port 🤦‍♂️`),
    no(`colleague guessed "RST mode again". nope, the VOS licence expired on the 3rd and every registration
is rejected. renewal is pending with the vendor. is there any grace period?`),
    no(`> our trunk with the carrier shows unregistered
carrier moved their registrar from sip.carrierx.com to a new hostname, the old one is NXDOMAIN now.
updated the domain, registered again. UDP. fyi`),
    no(`power cut at the Cebu office overnight and the PoE switch didn't come back (breaker). 40 phones
unregistered. switch powered, all back. client asks if VOS can alert when many phones drop at once?`),
    no(`quoted from old ticket #4412:
> phones unregistered, fixed by disabling RST
today same office, same symptom, but not the same thing: the DNS server on their phones is dead and they
can't resolve our domain. put 8.8.8.8 and they registered.`),
    no(`---------- Forwarded message ---------
From: Reseller Brazil
> Os ramais estão todos offline
(all extensions offline) - the provisioning template had port 5080 instead of 5060. they are UDP. we fixed
the template and phones come back after reboot`),
    no(`my manager forwarded: "ask the customer if they touched the router"
customer answer: "yes we enabled SIP ALG on the TP-Link yesterday". phones are UDP and went unregistered
right after. I'll ask them to turn ALG off again`),
    no(`> Registration timeout 408 from 41.x.x.x
their account in VOS is locked to the old static IP, and after the contract renewal the ISP gave them a
dynamic one. update the IP or move them to password auth?`),
    no(`Pasted:
REGISTER sip:voip.ourdomain.com SIP/2.0
Via: SIP/2.0/UDP 192.168.88.20:5060;rport
...
SIP/2.0 403 Forbidden (account locked)
account got locked after a scanner hammered it with wrong passwords. unlocked, phones back.`),
    no(`from the end user: "my softphone logs out when I switch to mobile data"
that's the mobile carrier here in UAE blocking VoIP on data. nothing we can do on the switch, right?`),
    no(`boss says the UK office phones are unregistered "since the firewall change". actually the change was
the core switch upgrade, voice VLAN 20 got dropped from the trunk port so phones boot in the data VLAN.
network guy re-added it.`),
    no(`> the trunk keeps registering and unregistering every minute
found it, the customer has the same SIP username configured at two sites, they keep kicking each other
out. told them to create a second account`),
    no(`customer (Egypt): "all phones unregistered after we moved office"
of course, the provisioning URL points to the old LAN IP 10.0.0.5. re-provisioning now`),
    no(`---- Original message ----
> Please check urgently, 12 extensions unregistered
we found the cause: the tenant was suspended by finance for an unpaid invoice. unsuspend after payment.
sorry for the panic`),
    no(`quoted from my colleague: "I bet it's the TCP close mode"
nope, I ran sngrep: every REGISTER is UDP, and our replies go to the wrong port because rport is off on
those phones. enabled NAT/rport on the phone side and they registered.`),
    no(`> the phones lose registration every night around 2am
the router has a scheduled reboot at 2am 😂 disabled it`),
    no(`our reseller in Abuja forwarded: "Sip trunk registration failed - 404 Not Found"
the username had a trailing space from copy paste. fixed`),
    no(`forwarded screenshot text: "Line 1: Registration Failed (503)"
VOS was restarting for the upgrade, about 10 minutes. all came back. is 503 expected while mbx restarts?`),
    no(`Boss asks me to explain to the client why their phones went unregistered. draft:
"the fibre cable to your building was cut by construction works, your ISP confirmed at 15:40"
ok to send?`),
    no(`> after the firmware update the Fanvil phones don't register
firmware reset them to factory, account fields blank. reprovisioning, they're UDP anyway`),
    no(`my colleague wrote: "unregistered = NAT + RST, always"
not in this case. phones have public IPs, no NAT, and DHCP gave one of them the same IP as the printer.
fixed with a reservation.`),
    no(`from the end user in Indonesia: "cannot register, wrong password"
their password has a # and the phone web UI silently strips it. changed the password, registered`),
  ],
  smallFigures: [
    no(`> how many TIME_WAIT is normal?
my boss asked me this. ss -s on our VOS:
TCP:   214 (estab 37, closed 160, orphaned 0, synrecv 0, timewait 158/0), ports 0
is that fine?`),
    no(`Forwarded from client: "what is TIME_WAIT exactly and should I worry?"
netstat shows 312 on their server at around 15 CPS. can you explain in simple words I can forward`),
    no(`colleague asked "what does SS_TCP_CLOSE_RESET do?" and I told him it's a firewall
setting. was I wrong? 😬`),
    no(`> is net.ipv4.tcp_tw_reuse = 1 safe on a production box?
question from our new sysadmin. we have no problem, it's just his hardening checklist`),
    no(`pasted output:
$ cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
$ ss -tan state time-wait | wc -l
87
someone on a forum says widen the range. do we need to with ~40 concurrent calls?`),
    no(`my boss says: "monthly health check, send numbers"
netstat -an | grep -c TIME_WAIT = 243, CPU 12%, peak 180 concurrent calls. anything worth tuning?`),
    no(`Customer from Vietnam forwarded: "after reading manual 4.3.5.2, should we turn RST on?"
they have 30 phones, mostly UDP, no complaints. I think no. your recommendation?`),
    no(`----- Original message -----
> the TIME_WAIT count jumped from 50 to 400 after 9am
that's just business hours starting, right? 400 is nothing?`),
    no(`quick one: where is softswitch.conf on VOS 2.1.6? colleague says /etc/mbx3000 but I can't find it there`),
    no(`training question from a junior: "RST vs FIN, which is better for SIP over TCP?"
I said "depends". can you give me a 3 line answer I can forward to him`),
    no(`> -bash: ss: command not found
CentOS 5 box. what's the netstat way to get the same counts as ss -s? just want to look, nothing broken`),
    no(`pasted from monitoring:
Total: 412 (kernel 0)
TCP:   96 (estab 41, closed 44, orphaned 0, synrecv 0, timewait 44/0), ports 0
client says "too many connections", I say normal. who's right?`),
    no(`Fwd from customer in Ghana: "is 1024 65535 a good port range?"
no issues, they saw it in a blog. do you recommend it or leave default?`),
    no(`My manager asks: "does service mbx3000d reparse drop calls?" we want to change a routing parameter
tomorrow. just asking before the window`),
    no(`colleague's note: "TIME_WAIT lasts 60 seconds on linux". correct? and can it be changed at all?`),
    no(`> how do I check if RST mode is on?
grep SS_TCP_CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf gives SS_TCP_CLOSE_RESET="Off". so it's
off, fine, just confirming for the audit sheet`),
    no(`dashboard shows 58 TIME_WAIT and 12 ESTABLISHED on tcp 5060. customer asks if TCP is even worth it vs UDP
for 20 extensions. what do you usually say?`),
    no(`---- Original message ----
> Please advise the recommended sysctl for VOS3000 on CentOS 7
new install, no traffic yet. what do you normally set?`),
    no(`from the end user: "what is conntrack?" they saw net.netfilter.nf_conntrack_count = 1200 and max 65536.
that's fine yes?`),
    no(`quoting our old runbook:
> if TIME_WAIT > 20000 call senior
today it's 1,150 at peak, 60 CPS. I guess we're fine 👍`),
    no(`my boss forwarded a LinkedIn post: "never enable tcp_tw_recycle!!". what's the difference with
tcp_tw_reuse?`),
    no(`ss -s on the backup server:
TCP:   19 (estab 6, closed 2, orphaned 0, synrecv 0, timewait 2/0), ports 0
is the backup even getting traffic or is that normal for standby?`),
    no(`customer asks "does SS_TCP_CLOSE_RESET affect UDP?" they're all UDP. quick answer pls, he's waiting`),
    no(`> why does netstat show 3 CLOSE_WAIT on 5060?
only 3 sockets, all from one gateway. should I worry?`),
    no(`colleague from Dhaka asks for a training slide: "with TLS, does RST mode skip close_notify?"`),
    no(`sales asks "how many CPS before TIME_WAIT becomes a problem?" for a proposal. our biggest customer
peaks at 80 CPS with ~2k TIME_WAIT and no issue. rough numbers?`),
    no(`quoted from the email: "please send ss -s output before the change window". here:
TCP:   530 (estab 210, closed 300, orphaned 1, synrecv 0, timewait 298/0), ports 0
looks healthy to me, confirm?`),
  ],
  firewallNoRst: [
    no(`> please open 5060-5061 TCP/UDP and 10000-20000 UDP on the FortiGate for the new VOS
forwarded from the client's network team. which RTP range does VOS use by default?`),
    no(`fail2ban banned our own office IP after someone typed the web password wrong 5 times. colleague says
"the firewall is dropping packets". how do I unban and whitelist the office?`),
    no(`---- Original message ----
> please whitelist 102.89.x.x on your side
new signalling IP from the Nigerian carrier. where do I add it in iptables so it survives reboot on
centos 6?`),
    no(`from the end user: "one way audio since the new router"
it's a DrayTek with SIP ALG on by default. turn ALG off first, before we touch anything on the switch?`),
    no(`boss says: "block every country except Pakistan and UAE on the web portal"
ipset with country lists or is there something simpler?`),
    no(`> friendly-scanner hitting 5060 all night
rate limit with iptables hashlimit? what values do you use so real gateways don't get hit`),
    no(`MikroTik port forward for the customer's PBX doesn't work:
/ip firewall nat add chain=dstnat dst-port=5060 protocol=udp action=dst-nat to-addresses=192.168.88.10
they test from inside the LAN. hairpin NAT needed?`),
    no(`pasted:
Chain INPUT (policy DROP)
...
no rule for 8080, web panel unreachable from the office. colleague says "add accept for 8080 from
office IP only". ok?`),
    no(`forwarded from the Cisco ASA guy: "SIP inspection is enabled, should I disable it?"
the trunk is UDP, no complaints yet, he's just asking`),
    no(`colleague wrote: "the firewall must be dropping RST"
no, RST mode was never on here. the new pfSense simply has no rule for TCP 5060 from the carrier's
new IP. added the rule, trunk up.`),
    no(`> kernel: nf_conntrack: table full, dropping packet
in dmesg at night during a SIP flood from a scanner. raise nf_conntrack_max or just block the scanner
range? calls were fine`),
    no(`SBC vendor asks which IPs to allow for our media servers. is it only the VOS IP or also the media
proxy IP?`),
    no(`iptables question: for blocking scanners on 5060 is REJECT --reject-with tcp-reset better than DROP?
or does it just tell them the port exists`),
    no(`> Please allow ICMP from our monitoring 196.x.x.x
customer's NOC wants to ping the switch. safe to allow echo-request only from that IP?`),
    no(`CSF on the cPanel server that proxies our VOS web keeps blocking the reseller IPs (LF_DISTATTACK).
how to whitelist them permanently?`),
    no(`ufw on the ubuntu billing server: allow 3306 only from the VOS IP. is this right?
ufw allow from 203.0.113.7 to any port 3306 proto tcp`),
    no(`firewalld rich rule to allow 5060 udp from one subnet only on centos 7? forwarded from my colleague, he
keeps getting the syntax wrong`),
    no(`My boss forwarded: "auditors want the firewall to log all dropped packets"
how do I log with iptables without filling /var/log in a day?`),
    no(`the customer's Sophos XG blocks our web portal as category "VoIP". they ask what URL/IP to whitelist`),
    no(`> NAT port forward 5060 UDP on Huawei router to the IP-PBX
customer's customer asks if they also need the RTP range forwarded. yes right?`),
    no(`Forwarded: "please close port 22 to the world"
SSH only from our VPN range then. any VOS component that needs 22 open from outside?`),
    no(`pfSense: should outbound NAT use static port for the Asterisk behind it? the trunk is UDP to our VOS`),
    no(`our datacenter's DDoS filter dropped SIP from the Saudi carrier for 20 min. they want us to whitelist
the carrier IPs on the upstream. any other IPs I should add while I'm there?`),
    no(`question: does the IP blacklist in the VOS web do the same as iptables, or should I use both?`),
    no(`the customer's customer asks to open 5062 for TLS on their FortiGate. what policy exactly? TCP 5062
from our IP to their PBX?`),
    no(`> geo-block from the firewall is blocking our own roaming users in KSA
whitelist per user IP is impossible. is VPN the only sane option?`),
    no(`fwd from client: "Our Palo Alto shows SIP app-id 'incomplete', should we allow application-default?"
new trunk, not live yet`),
  ],
  negationContext: [
    no(`> phones unregistered after RST was enabled
that was our ticket from March, we set it back to Off then. today's question is different: how do I export
CDR to csv for one reseller?`),
    no(`my boss asks "should we enable RST mode too?" we're UDP only, so it does nothing for us, right?`),
    no(`Forwarded from a forum post: "FortiGate drops RST, calls fail after 30 seconds"
not our server, just curious if our customers could hit this. we don't use RST anywhere.`),
    no(`RST is off and nobody changed anything, still calls to one carrier fail with 503. carrier admitted it's
their side. just updating the group`),
    no(`training question: "A customer with NATed phones says they're unregistered after you enabled
SS_TCP_CLOSE_RESET. What do you do?" my answer: set it back to Off and advise keepalive/UDP. correct for
the exam?`),
    no(`> thousands of TIME_WAIT, cannot assign requested address
this is from the report on the 2022 incident at our old provider. I'm writing a postmortem summary,
nothing current`),
    no(`colleague's theory was RST but no, the phones went unregistered after the password change this morning.
he's updating them now. just fyi`),
    no(`"it was fixed last month" - the TIME_WAIT build-up, we set RST On plus tw_reuse and since then ~300
TIME_WAIT at peak. client just wants a confirmation letter for their management`),
    no(`hypothetical for planning: if we move the NAT phones to TCP and later turn RST on for load, what breaks?
nothing is live yet`),
    no(`friend at another VoIP company has a FortiGate dropping RST after they enabled RST mode. not our server
at all. what would you tell him, just turn it off?`),
    no(`> it's the ports, your server is out of ports!!
reseller swears. we checked: 120 TIME_WAIT, port range untouched, no errors. the issue was their rate table
with the wrong prefix. not a port problem.`),
    no(`quoted from vendor: "the ASA drops RST packets in INVALID state"
that was about their mail server, not SIP. our VOS has RST off. so I can ignore it?`),
    no(`Customer asks if they need to do anything after our "TCP change". their MikroTik office is all UDP, all
phones registered. I said nothing to do. right?`),
    no(`our old ticket said "address already in use at peak". that server got decommissioned last year. the new
one never shows it. ok to close the ticket?`),
    no(`proposal draft: "if the customer ever reaches 300 CPS on TCP we may need RST mode and kernel tuning".
today they're at 25 CPS. wording ok?`),
    no(`boss: "did the RST change break the Karachi phones?"
no - the Karachi phones were unregistered at 08:00 (ISP outage in their logs), our change was at 14:00.`),
    no(`customer asks about the doc line "RST confuses NAT devices" - is that why their phones were
unregistered? they're UDP and RST is Off, so no. just want a second opinion before I answer`),
    no(`competitor's sales guy claims "our switch never has TIME_WAIT issues". marketing talk or something real?`),
    no(`a blog says "disable SS_TCP_CLOSE_RESET if phones behind NAT drop". we never enabled it. ignoring
that advice, yes?`),
    no(`quoted from our wiki: "firewall drops RST -> calls fail". is this page outdated?
nobody here uses RST mode`),
    no(`I thought it was the RST thing at first, but calls fail because the carrier switched to G729 only.
fixed the codec, RST untouched`),
    no(`interview question for the new NOC guy: "name 3 symptoms of ephemeral port exhaustion". what answer
would you expect?`),
    no(`last year (forwarded) the customer's pfSense dropped our RST, we moved them to UDP since then.
now the same customer wants a new trunk, UDP again. any precaution?`),
    no(`> we reverted RST to Off yesterday and the phones came back
confirming from our side, all registered since 18:00. anything else or can we close?`),
    no(`colleague's guess: "NAT + RST". corrected: no NAT, all phones on public IPs, and RST is off. the drop
was a codec mismatch on the new trunk`),
    no(`quoted from an old whatsapp: "ss -s shows timewait 48000"
that was the staging server during the sipp load test, on purpose. production never goes above 1k`),
    no(`> is our FortiGate dropping RST?
checked: RST mode was never enabled on that switch and the FortiGate log has no drops. so what else
cuts calls at exactly 32 seconds? ACK not arriving?`),
  ],
  portExhaustion: [
    pe(`> cannot assign requested address
forwarded from our NOC at 21:00 peak. ss -s shows timewait 28415. calls to the carrier over TCP failing.
what do we do now?`),
    pe(`my boss says: "just reboot it"
I don't think so. every evening at peak (120+ CPS) new TCP connections from VOS fail, netstat shows ~30k
TIME_WAIT and the range is still 32768-60999. what's the proper fix?`),
    pe(`---- Original message ----
From: Carrier NOC (India)
> your side stops opening new TCP connections to our SBC between 8pm and 11pm
our log at the same time: connect() failed (99: Cannot assign requested address). TIME_WAIT 27k.`),
    pe(`colleague thought firewall. I checked:
$ ss -tan state time-wait | wc -l
31207
$ cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
and the mbx log has "Address already in use" on outgoing TCP. it's the ports, yes?`),
    pe(`from the end user: "calls fail only at night rush"
our side: ss -s timewait 25k+ at 150 CPS, all quiet during the day. fix pls`),
    pe(`timewait 40k again, same as last friday. outgoing TCP to the carrier dead until the traffic drops
around 23:00. what's the permanent fix`),
    pe(`pasted log lines:
2024-03-08 21:14:02 [ERR] tcp connect to 203.0.113.10:5060 failed: errno 99
2024-03-08 21:14:02 [ERR] tcp connect to 203.0.113.10:5060 failed: errno 99
repeated ~4000 times in 10 min at peak. TIME_WAIT around 28k.`),
    pe(`my colleague says add RAM. it's not RAM: ip_local_port_range is 50000 60000 (someone set it like that
years ago) and at peak we sit at 10k TIME_WAIT, then new TCP connects fail`),
    pe(`Fwd from boss: "customer CPS went from 40 to 200 after the new dialer campaign"
since then the VOS log shows "cannot assign requested address" every evening and their calls fail`),
    pe(`> not able to make new tcp connection during peak
dialer customer at 250 CPS, each call a new TCP connection. netstat | grep -c TIME_WAIT = 29,876`),
    pe(`Philippines BPO: predictive dialer calls start failing ~15 min into the campaign and recover after a
minute of pause. TIME_WAIT climbs to 28k on the switch. what to tune?`),
    pe(`---- Original message ----
> Why are calls rejected with "Address already in use" only when traffic is high?
customer in Dubai. the softswitch uses TCP to their gateway. at low traffic zero errors, at 180 CPS
hundreds per minute`),
    pe(`pasted at 9pm:
TCP:   33210 (estab 412, closed 32650, orphaned 3, synrecv 0, timewait 32640/0), ports 0
new TCP SIP connections from VOS to carriers fail. tcp_tw_reuse = 0. what should I change?`),
    pe(`my manager: "SS_TCP_CLOSE_RESET is Off, tw_reuse 0, port range default, and we push 180 CPS"
he wants to know if that combination is why outgoing calls fail at peak with "cannot bind". I think yes?`),
    pe(`From the carrier's tech:
> we see your TCP source ports cycle through the whole range and then nothing
our log at the same minute: "cannot assign requested address". so we're out of local ports?`),
    pe(`ephemeral ports exhausted again at peak. 28k time_wait. help pls 🙏`),
    pe(`old ticket quoted:
> low traffic, no issue
that changed: since we added the new wholesale carrier with ~300 CPS over TCP, connects fail at peak,
errno 99, TIME_WAIT around 30k`),
    pe(`from the end user: "fast busy at 8pm"
NOC check: 30112 TIME_WAIT, local port range 32768-60999 so ~28k ports, basically all gone.`),
    pe(`Bangladesh, Eid traffic peak: calls failing, log full of "connect: Cannot assign requested address",
TIME_WAIT 29k. how fast can we fix without restart?`),
    pe(`boss says "it's the carrier's fault". our own netstat says otherwise: 27k TIME_WAIT towards their
IP:5060 and our new connects fail with EADDRNOTAVAIL at peak only`),
    pe(`CentOS 6, no ss. at 180 CPS:
# netstat -ant | awk '{print $6}' | sort | uniq -c
  28934 TIME_WAIT
    389 ESTABLISHED
     12 LISTEN
outbound TCP calls failing. which settings?`),
    pe(`Forwarded from colleague: "I think it's a DDoS"
not DDoS, all the TIME_WAIT entries are OUR source ports to our own carriers on 5060. at peak we simply run
out and new connections fail`),
    pe(`the vendor replied:
> please check ip_local_port_range and tcp_tw_reuse
ours: 32768 60999 and 0. TIME_WAIT at peak ~28k and outgoing calls fail. so change both?`),
    pe(`"Address already in use" in the mbx log only between 19:00 and 22:00 when CPS is 200+, and only on new
outgoing TCP connects. the listen port 5060 itself is fine all day.`),
    pe(`Kenya: our switch stops connecting to the termination SBC every evening, restarting mbx3000d helps for
10 min then same again. TIME_WAIT over 25k when it happens`),
    pe(`> from the carrier: our SBC sees connection attempts from your IP stop at 20:15
our side: dmesg clean, ss -s timewait 31k, CPS ~220. new outgoing TCP can't get a port`),
    pe(`TIME_WAIT 45k, can't open new sockets, CPS 300. ip_local_port_range is already 1024 65535. what's next,
tw_reuse?`),
    pe(`my colleague's "fix" is rebooting the box every night 🙄 symptoms: new TCP connections fail at peak,
time_wait above 25k, all fine after reboot until the next peak. proper fix?`),
    pe(`---------- Forwarded message ---------
From: NOC Nairobi
> 21:05 calls to Safaricom route failing, "cannot assign requested address"
> 21:40 recovered by itself
ss -s at 21:10 had timewait 29k. same pattern 3 nights now`),
    pe(`quoting our dialer client: "we doubled our agents, now half the calls fail at 10am"
on the VOS: each call opens TCP, 24k TIME_WAIT at 10am, errors "Address already in use" on connect`),
  ],
  natUnregistered: [
    nat(`> all phones at the Lahore office unregistered since yesterday evening
that's exactly when we turned SS_TCP_CLOSE_RESET On for the TIME_WAIT problem. they're behind a MikroTik,
SIP over TCP. coincidence?`),
    nat(`from the end user: "phones red since your maintenance"
the maintenance = we set RST mode On. the office sits behind TP-Link home routers, phones use TCP.`),
    nat(`---- Original message ----
From: Reseller (Nigeria)
> after your tcp fix our remote agents at home keep going unregistered every few minutes
they're Zoiper on TCP behind home routers. the "tcp fix" was RST On last Tuesday.`),
    nat(`my boss says: "the RST change only affects the server side"
then why do 60 Yealinks behind the customer's MikroTik lose registration since exactly that reparse?`),
    nat(`pasted from the phone:
Line1: Unregistered (TCP)
Last registered: 14:02
we did the reparse with SS_TCP_CLOSE_RESET="On" at 13:55. phones are behind NAT at a hotel.`),
    nat(`colleague guessed the ISP. but the UDP phones in the same office are green, only the TCP ones behind
the NAT router went unregistered, and only since RST mode went on.`),
    nat(`Fwd from customer (Brazil): "Desde a mudança de ontem os ramais ficam offline"
= since yesterday's change the extensions go offline. yesterday's change was RST On. phones behind NAT, TCP`),
    nat(`from our L1 in Cairo: phones unregistered on and off, every 2-3 min they register again. started after
we enabled the immediate RST close. all those customers are behind NAT`),
    nat(`> sir pls check, our office phones losing registration since monday
monday we enabled RST close on that server. they use SIP/TCP through a Huawei HG8245 doing NAT.`),
    nat(`since RST mode on, NAT phones unregistered. revert?`),
    nat(`old ticket quoted:
> TIME_WAIT fixed by RST on, thanks!
and now the same customer: "since then our branch phones behind mikrotik show unregistered randomly"`),
    nat(`vendor's answer pasted:
> RST may confuse NAT devices
so that's our case? 40 Grandstreams behind a DrayTek, TCP transport, unregistered since we flipped
SS_TCP_CLOSE_RESET to On`),
    nat(`my manager: "why are the home-office users unregistered only since Thursday?"
thursday = SS_TCP_CLOSE_RESET On. those users are on TCP behind their home routers.`),
    nat(`from the end user: Bria says "Registration failed: connection reset" then retries, over and over.
started after we enabled RST. user is behind NAT at home`),
    nat(`sngrep excerpt:
REGISTER sip:pbx.example.net;transport=tcp  197.210.x.x:38211 -> VOS
200 OK
... 2 min later the phone re-REGISTERs from 197.210.x.x:40977, new NAT port, then 408
since the RST change the NAT router seems to lose the mapping. phones show unregistered`),
    nat(`colleague: "it's the phones' firmware"
no: the same model on a public IP is fine. only the NATed ones go unregistered, and it began with the RST
change.`),
    nat(`Indonesia: "after change TCP close mode, phone in branch office cannot register stable"
branch is behind a NAT router, SIP TCP.`),
    nat(`---------- Forwarded message ---------
> please roll back whatever you did on Friday, our phones keep showing "No Service"
friday we put RST On. that client is TCP behind the office NAT.`),
    nat(`pasted:
$ ss -tn state established '( sport = :5060 )' | grep -c 41.58.
2
used to be ~45 from that office public IP. after RST On the TCP sessions from their NAT don't stay up and
the phones flap between registered and unregistered`),
    nat(`my boss's email:
> Clients on the Karachi office LAN report that phones show unregistered several times an hour. Please
> investigate and report today.
my findings: started Wednesday 16:00, same time we enabled SS_TCP_CLOSE_RESET for the dialer. office
is behind NAT, phones on TCP. UDP phones unaffected.`),
    nat(`hi, the MikroTik clients are unregistered again. "again" = since we turned RST on 3 days ago. TCP.`),
    nat(`from the customer's customer (hotel front desk): "room phones say unregistered"
hotel is behind one NAT, phones on TCP to us, and we enabled RST mode yesterday night.`),
    nat(`phones behind 4G routers (CGNAT) unregistered since the TCP change. before it they were stable for
months`),
    nat(`since RST mode the "unregistered" status flaps in the VOS web for all NATed extensions. the ones on
public IPs are stable. what's the fix?`),
    nat(`quoted colleague: "phones unregistered because of password"
checked: no 401 at all, just the TCP connection closing and the NAT mapping lost, and it began after
SS_TCP_CLOSE_RESET="On".`),
    nat(`UK customer: Polycoms over TCP behind the office DrayTek, fine for years, unregistered since last
week's "TCP close" change on our switch.`),
    nat(`Saudi: after we enabled RST for the dialer carrier, the office extensions behind NAT lost
registration. can we keep it for the carrier only?`),
    nat(`from the end user: "phone shows registered then after 1 min unregistered, loop"
TCP, behind home router, started with the RST change`),
    nat(`old message quoted: "RST On applied at 02:00 on vos-2"
this morning: 80 NATed phones unregistered on vos-2 only. vos-1 untouched and fine.`),
    nat(`my colleague turned on SS_TCP_CLOSE_RESET to fix time_wait. now half the extensions (the ones behind
nat) are offline. how to fix without bringing the time_wait back?`),
  ],
  firewallRst: [
    fw(`> calls drop after ~30 seconds since yesterday
yesterday we enabled RST mode. customer has a FortiGate in front of their PBX, TCP trunk, and its log
shows packets denied "no session matched". related?`),
    fw(`pasted from the customer's iptables log:
kernel: INVALID DROP: IN=eth0 SRC=198.51.100.20 DST=10.0.0.5 PROTO=TCP SPT=5060 DPT=41522 RST
dozens per minute since we set SS_TCP_CLOSE_RESET On. calls to them hang now.`),
    fw(`pfSense at the customer site, calls hang with no BYE since SS_TCP_CLOSE_RESET On. pfSense log shows
blocked TCP:R from our IP. revert?`),
    fw(`---- Original message ----
From: customer network team
> %ASA-6-106015: Deny TCP (no connection) from 203.0.113.7/5060 to 10.1.1.20/48811 flags RST on
> interface outside
this started the day we turned on RST close. calls to their PBX fail randomly. what should they allow?`),
    fw(`colleague's theory: carrier problem. but the counter on "-m state --state INVALID -j DROP" on their
gateway climbs with every call since RST mode, and the calls get stuck. firewall eating our RSTs?`),
    fw(`from the end user: "calls ring but when I answer it drops"
their Sophos drops the RST packets from our switch (we enabled RST mode Monday). TCP trunk.`),
    fw(`my boss says: "RST is faster, keep it"
but since it's on, the FortiGate at the Dubai client drops the RSTs as out of state and their calls fail.
what do we do?`),
    fw(`> the SBC is discarding TCP RST from your softswitch
vendor (AudioCodes) replied this after our RST mode change. calls to that customer fail since. so turn
it off, or can the SBC accept them?`),
    fw(`Forwarded message ---------
From: Kenya customer
> after your change last night calls over the TCP trunk fail or hang
their side is a Cisco ASA, stateful, and they see RST drops. last night change = SS_TCP_CLOSE_RESET On.`),
    fw(`since RST mode, calls through the customer's stateful firewall fail. it drops the RST. fix?`),
    fw(`pasted conntrack -E output from their gateway:
 [DESTROY] tcp      6 src=10.0.0.5 dst=198.51.100.9 sport=45110 dport=5060 ...
and iptables -L -v shows INVALID drops going up. it started when we enabled RST mode. calls fail`),
    fw(`quoted from old ticket: "calls OK with FIN close". now after RST On, their pfSense blocks the resets
and half the calls to them hang without audio. go back to FIN?`),
    fw(`Philippines: customer's FortiGate 60F log "Denied by forward policy check" on TCP RST from our VOS.
calls to their PBX fail since we enabled the RST close. should they add a policy or do we revert?`),
    fw(`my colleague wrote: "it's their PBX, not us"
I disagree: the failures began the hour we turned SS_TCP_CLOSE_RESET on, and their firewall (Check Point)
logs "TCP packet out of state" for our RSTs.`),
    fw(`> calls fail after RST mode was enabled
fwd from our Lagos reseller. they have a MikroTik with "drop invalid" in the forward chain, TCP SIP.
counters on that rule jumped after our change.`),
    fw(`customer's Juniper SRX drops our RST packets (screen shows tcp-no-flag / out of state). calls to them
hang since RST On. can they allow it or we go back?`),
    fw(`from the end user: "since two days my calls cut suddenly"
our change 2 days ago: RST close On. their office firewall is a stateful Watchguard and logs dropped RST
packets from our IP.`),
    fw(`pasted:
# iptables -nvL FORWARD | grep INVALID
 4821  193K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
that's on the customer's router, was almost 0 before we enabled RST. TCP calls through it fail now`),
    fw(`boss forwarded the carrier mail:
> We observe unexpected RST packets from your softswitch which our firewall drops as invalid. Since then
> calls over the TCP interconnect fail.
yes we enabled RST mode last week. options?`),
    fw(`we enabled RST to fix TIME_WAIT and now the customer behind the pfSense has calls failing. pfSense
blocks the RST. what's the right setting on both sides?`),
    fw(`short: fortigate dropping RST since RST mode on, calls failing. revert?`),
    fw(`Egypt: calls through the customer's SBC stay up forever (no teardown) after RST mode was enabled. the
SBC's stateful filter drops the RSTs.`),
    fw(`---- Original message ----
> After your maintenance, about 20% of calls fail at setup
that's the client behind a Palo Alto. traffic log shows our RST packets dropped (tcp-rst-from-server,
out of sync). maintenance = SS_TCP_CLOSE_RESET On.`),
    fw(`colleague guessed "NAT issue" but there's no NAT: public IP PBX behind a stateful iptables box with
conntrack. since RST On, conntrack marks the RSTs INVALID and drops them, calls fail.`),
    fw(`my manager quoted the manual: "RST ... confuses stateful firewalls". I think it's our case: Cisco ASA at
the customer, RST drops in its log, calls failing since the change. confirm?`),
    fw(`from the customer's customer: "calls keep failing since Tuesday"
Tuesday we enabled RST mode. their FortiGate sees the RSTs as invalid and drops them. TCP trunk.`),
    fw(`pasted from the customer's Sonicwall log:
TCP packet received on non-existent/closed connection; TCP packet dropped  src 203.0.113.7:5060 RST
calls fail since we switched RST mode on. what to tell them?`),
    fw(`Bangladesh: calls to the big enterprise client fail since the RST change. their firewall team says
"invalid TCP flags, dropped". do we revert or they allow RST on 5060 tcp?`),
    fw(`old whatsapp quoted: "RST on at 01:00 on vos-3"
since then the calls through the client's pfSense fail and the pfSense drops the resets. vos-1 (still FIN)
fine with the same client.`),
    fw(`we turned on SS_TCP_CLOSE_RESET last night. today calls through the customer's stateful firewall fail,
their log says RST dropped, state invalid. best fix?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning92Set: readonly EvalItem[] = Object.values(tuning92Families).flat();
