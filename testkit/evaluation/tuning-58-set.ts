import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Customers who paste text their phone's text recognition (OCR) pulled out of a screenshot or a photo
 * of a web panel, a terminal or a log screen: line breaks in odd places, l/1 and O/0 swapped, rn read
 * as m, missing spaces, stray symbols and words broken across lines, usually with a line or two of
 * their own above or below saying what they want.
 *
 * The fifty-eighth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the fifty-eighth never-tuned set, before the thirty-fifth round of rules, by someone
 * who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or
 * the other sets in view; measured as such before and after the thirty-fifth round, then made
 * tuning material for the thirty-sixth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 90.0 %, negatives confident 4.4 %, confident wrong 0 % with the rules of the
 * thirty-fourth round; 90.0 %, 3.7 % and 0 % after the thirty-fifth.
 */
export const tuning58Families = {
  oneListeningPort: [
    no(`nginx wont start after reboot on our portal box (not the switch), copied from the screen
nginx: [emerg] bind() to 0.0.0.0:8O fai1ed (98: Address
a1ready in use)
nginx: [emerg] still cou1d not bind()`),
    no(`VOS web manager not opening since rnorning
SEVERE: Fai1ed to initia1ize connector [Connector[HTTP/1.1-8080]]
Caused by: java.net.BindException: Address already in use
(Bind fai1ed) <nu11>:8080
something else sitting on 8080?`),
    no(`mysq1 for vos refuses to start, pic from the console
[ERROR] Can't start server: Bind on TCP/IP port: Address a1ready
in use
[ERROR] Do you a1ready have another mysqld server running on port:
3306 ?`),
    no(`docker compose up gives this for our sip proxy container
Error response from daemon: driver fai1ed programrning external
connectivity on endpoint sipproxy (3f1a9c): Bind for 0.0.0.0:5060
fai1ed: port is a1ready allocated`),
    no(`we insta11ed freeswitch on the vos server to test an ivr, it doesnt come up
[ERR] sofia.c:3O12 Error Creating SIP UA for profile: interna1
(sip:mod_sofia@1O.0.0.5:5060) ATTEMPT: Address a1ready in use
i guess vos is on 5060 already, which port should fs use`),
    no(`not a server issue, its our dev's laptop while building the recharge portal
Error: listen EADDRINUSE: address a1ready in use :::3OOO
    at Server.setupListenHandle [as _listen2] (node:net:l817:16)
how to find what holds 3000 on a mac`),
    no(`(98)Address a1ready in use: AH00072: make_sock: cou1d not bind to
address [::]:443
no 1istening sockets avai1able, shutting down
^ httpd on the bi11ing server, right after i added the ss1 vhost`),
    no(`insta11ed apache for our website on the same CentOS as VOS, now the vos web page is gone and apache says
(98)Address already in use: make_sock: could not bind to address O.O.O.O:80
they fight over port 80 right?`),
    no(`# Creating Server TCP 1istening socket *:6379: bind: Address
a1ready in use
redis won't start on the reporting VM, any idea`),
    no(`kamai1io in front of vos, after the upgrade it exits at startup
ERROR: <core> [core/tcp_main.c:2952]: tcp_init(): bind(1l, 0x7f, 16) on 0.0.0.0:5O60 : Address a1ready in use
ERROR: <core> [main.c:1730]: main_loop(): tcp_init failed
both on the same host, is that the problem`),
    no(`pbx on the same server, asterisk -rvvv shows
[Mar  3 10:12:O4] ERROR[2211]: chan_sip.c:32O81 reload_config: Unab1e to bind to 0.0.0.0:5060: Address a1ready in use
only started after we put it next to vos`),
    no(`changed ssh port to 2222 now cant login from outside, the KVM console shows
error: Bind to port 2222 on 0.0.0.0 fai1ed: Address a1ready in use.
fata1: Cannot bind any address.`),
    no(`on the vos client pc (windows) our cdr export too1 crashes with
Only one usage of each socket address (protoco1/network
address/port) is normal1y permitted 127.O.0.1:9l00
it 1istens a 1ocal api on 9100`),
    no(`my small cdr dashboard script
$ python app.py
OSError: [Errno 98] Address a1ready in use
 * Running on http://127.0.0.1:5OOO
what am i doing wrong, it ran fine yesterday`),
    no(`after yum update on the panel server php is dead
ERROR: unab1e to bind 1istening socket for address '127.0.0.1:9000':
Address a1ready in use (98)
ERROR: FPM initia1ization fai1ed`),
    no(`podman run -p 8080:80 our-webrtc-gw
Error: rootlessport 1isten tcp 0.0.0.0:8080: bind: address a1ready
in use
old container sti11 running maybe? how to check`),
    no(`the tomcat for our customer portal wont come up, restart didnt help
StandardServer.await: create[1ocalhost:8005]:
java.net.BindException: Address a1ready in use (Bind fai1ed)
    at java.net.P1ainSocketImpl.socketBind`),
    no(`insta11ing monitoring on the switch
level=error msg="listen tcp :9l00: bind: address already in use"
node_exporter exits right away. is vos using 9100?`),
    no(`our cdr warehouse db (postgres) on a separate vm:
LOG: could not bind IPv4 address "0.0.0.0": Address a1ready in use
HINT: Is another postmaster a1ready running on port 5432? If not,
wait a few seconds and retry.`),
    no(`vsftpd: 500 OOPS: cou1d not bind 1istening IPv4 socket
that's the ftp we use for rate fi1e uploads, worked yesterday`),
    no(`grafana-server fai1s • http server error err="listen tcp 0.0.0.0:3000: bind: address already in use"
we put it on the same box as a 2nd app, which one takes 3000?`),
    no(`tried to start opensips on the switch for load ba1ancing, it fai1s to bind 5060
netstat -1nup | grep 5O60
udp   0   0 0.0.0.0:5060   0.0.0.0:*   1893/mbx3OOOd
so vos owns that port already yes?`),
    no(`snmpd[2201]: Error opening specified endpoint "udp:16l"
snmpd[2201]: Server Exiting with code l
some other agent is on 161 i think, we need snmp on the vos box for our NMS`),
    no(`zoiper on the reception pc says "could not bind to local port 5060"
rnicrosip is a1so installed on that pc, both want 5060?`),
    no(`provisioning server for the yealinks (lighttpd) is down
(network.c.5O4) can't bind to socket: 0.0.0.0:8l Address a1ready in use
phones cant fetch their config`),
    no(`after the power cut the vos db wont start, log says:
InnoDB: Unab1e to lock ./ibdatal error: 11
[ERROR] Can't start server: Bind on TCP/IP port. Got error: 98: Address already in use
ps shows an o1d mysqld sti11 hanging there`),
    no(`our webrtc gateway (janus) wont start
[ERR] HTTP webserver on port 8O88 fai1ed: Address a1ready in use
who else could be on 8088, it's a fresh vm`),
  ],
  otherRegistrationCause: [
    no(`we changed the admin password AND the phone passwords 1ast night for security
now half the phones show
Registration Status : Fai1ed (4O1 Unauthorized)
did we miss updating them?`),
    no(`we moved the server to a new datacenter, IP changed from 103.x to 45.x
phones sti11 pointing at the old IP i guess, al1 unregistered
how to bulk change them`),
    no(`sip.ourcompany.net not reso1ving since today
ping: unknown host sip.ourcompany.net
domain renewa1 missed?? phones al1 offline`),
    no(`VOS panel popup:
System License has expired, p1ease contact vendor
Registration rejected
can you renew the 1icense urgent`),
    no(`ISP replaced our office router with a new huawei one this rnorning, since then the grandstream phones cant register. they are on UDP 5060, nothing changed on the server`),
    no(`2nd floor phones a11 dead, screens blank
PoE switch 1ights off. phones unregistered in vos of course, need to replace the switch?`),
    no(`branch office internet down since 9am (ISP fibre cut) so their extensions show offline in the pane1, just informing, nothing to do from your side?`),
    no(`Phone account 80O123 shows unregistered
Account Status: Expired    Validity: 2O24-05-31
how do i renew it`),
    no(`trunk to carrier X not registering
REGISTER -> 4O3 Forbidden   reason "Account Suspended"
we think its the unpaid invoice, just confirm the meaning`),
    no(`GoIP after firmware upgrade reset everything, password back to defau1t, it's not registering to vos anymore
"Reg Fai1ed" on port 1-8`),
    no(`someone typed 5O70 instead of 5060 as server port in the phone provisioning template, al1 new phones unregistered. phone screen says "Request Timeout"`),
    no(`we changed DNS provider and the A record for reg.voipxx.com sti11 points to the old IP for some clients
phones at some sites registered, some not`),
    no(`vos shows account 1ocked
Reason: too rnany authentication failures
it's because one phone had a wrong pass typed in for days. how to unlock`),
    no(`replaced the tp-link at the shop with a mikrotik hAP, phones use UDP, now they stay Unregistered. port forwarding didnt get copied over probably. old router config attached`),
    no(`yea1ink T31P
Line 1: Registration Fai1ed
after our provisioning server pushed the new cfg, the auth name field is empty in it :(`),
    no(`mobi1e app users lose registration when they go from wifi to 4G, UDP transport, comes back when they reopen the app`),
    no(`Status Offline
Last Reg: 12-06 08:1l:O2
the receptionist's phone. found it, the cleaner unplugged the network cable lol`),
    no(`our TLS phones fail since yesterday
SSL handshake fai1ed: certificate has expired
did the cert for sip.ourdomain get renewed? phones unregistered`),
    no(`DHCP gave the phones a new VLAN after the switch replacement, they got 192.168.88.x instead of the voice vlan, no route to vos. registration lost on all of them`),
    no(`other admin de1eted some accounts by mistake in vos, those phones get 404 Not Found when registering
can we restore from backup`),
    no(`Max registration reached for account 6001
SIP/2.0 4O3 Exceed max registrations
we put 3 phones on one account, is that why`),
    no(`4 phones unregistered since the insta11, retyped the password on them and it worked, CAPS was on when the tech configured them lol. just FYI`),
    no(`our carrier changed their registrar from 185.x.x.10 to reg2.carrier.com, we missed their emai1. trunk unregistered since Monday`),
    no(`power cut at the office, UPS died, router came back but the phones got stuck booting, al1 unregistered`),
    no(`VOS Client > Phone Management
6O12 Offline   6O13 Offline   6O14 Offline
these belong to a customer who cancelled and we disabled the account, but they complain. disabling = unregistered yes?`),
    no(`REGISTER sip:1O3.21.x.x SIP/2.0 ... retransmission x7, no response
our ISP blocks port 5060 outbound on the new plan they said. phones from that site unregistered`),
    no(`softphone shows "Registration failed: 4O1" after the user changed his password in our self-care portal but not in the app`),
  ],
  smallFigures: [
    no(`routine check, is this ok?
Total: 4l2 (kernel 0)
TCP: 3l9 (estab 96, closed 2O1, orphaned 0, timewait 198)`),
    no(`what is TIME_WAlT exactly? saw it in netstat on our switch, around 150 1ines`),
    no(`in the manual 4.3.5.2 there is SS_TCP_CLOSE_RESET
what does it do exact1y? should we care`),
    no(`we do l5 cps max, should we enable RST mode or leave it? no problems at the moment`),
    no(`[root@vos ~]# netstat -ant | grep TIME_WAIT | wc -l
87
norma1?`),
    no(`cat /proc/sys/net/ipv4/ip_1ocal_port_range
32768	60999
is that enough for us, 40 concurrent ca11s`),
    no(`can you exp1ain net.ipv4.tcp_tw_reuse, our new engineer asks. server runs fine`),
    no(`what's the defau1t va1ue of SS_TCP_CLOSE_RESET in softswitch.conf, On or Off?`),
    no(`Dashboard
CPU 12%   Mem 41%   Concurrent 58   CPS 3
TIME-WAIT: 34O
just confirm al1 good before the weekend`),
    no(`does the RST option change anything for our UDP trunks?`),
    no(`difference between FIN and RST c1ose, simple words p1s`),
    no(`where is softswitch.conf on vos 2.1.8? want to read the settings, not change anything`),
    no(`if we ever run service mbx3000d reparse wil1 1ive calls drop?`),
    no(`monthly report from our NOC:
ESTABLISHED  l204
TIME_WAIT    45l
CLOSE_WAIT   3
any concern?`),
    no(`on centos 6 where do i put sysctl settings so they survive a reboot? sysctl.d doesnt work there?`),
    no(`-bash: ss: command not found
old box, what's the equivalent? just want to 1ook at the sockets`),
    no(`our TLS trunk: if RST is used, is close_notify sti11 sent? just learning`),
    no(`Concurrent ca1ls: 35   CPS: 2   Registered: 412
anything we should tune? everything works`),
    no(`is 5OO time wait sockets a prob1em on a switch with 8 cores? calls are fine`),
    no(`we plan to grow to 200 cps next year, what should we prepare on the tcp side? nothing wrong today`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     63 ESTABLISHED
     12 LISTEN
    129 TIME_WAIT
1ooks fine i hope`),
    no(`is tcp_fin_timeout re1ated to TIME_WAIT? someone told me to set it to 15`),
    no(`read §4.3.5.2 three times, still confused, explain the c1ose reset thing in simple words`),
    no(`sysctl -a | grep tw
net.ipv4.tcp_max_tw_buckets = 262l44
net.ipv4.tcp_tw_reuse = O
what does this mean, just auditing`),
    no(`how many ports can 1inux use for outgoing tcp connections by default`),
    no(`vos1 has l80 timewait, vos2 has 260, roughly same traffic. why different? not a prob1em, curious`),
    no(`after the maintenance window
TCP: 97 (estab 3l, closed 6O, orphaned 0, timewait 58)
1ooks healthy?`),
  ],
  firewallNoRst: [
    no(`p1s open 5060 tcp in firewa11d on the new vos box, which cmd?`),
    no(`whitelist this carrier in iptables pls
Signalling IP: 19l.23.4O.12
Media: 19l.23.40.0/24`),
    no(`our office IP got banned
fail2ban.actions [1289]: NOTICE [asterisk-iptables] Ban 4l.2l5.x.x
how to unban`),
    no(`one way audio on phones at a c1ient site, their tech says SIP ALG on their router, should they disable it?`),
    no(`which ports to a1low in the AWS security group for VOS: sip 5060 and the rtp range?`),
    no(`no audio both sides, call connects fine
iptables -L -n
DROP   udp -- 0.0.0.0/0   0.0.0.0/0   udp dpts:1OOOO:2OOOO
did someone add this?`),
    no(`logs ful1 of
User-Agent: friend1y-scanner
want an iptables rule to block them`),
    no(`want to restrict the vos web pane1 on 8080 to our office ip only, iptables example p1ease`),
    no(`Fortigate at a customer: shou1d we disable session-helper sip? they get random one way audio`),
    no(`csf blocked a client IP after fai1ed logins
lfd: (sshd) Fai1ed SSH login from 102.x.x.x (NG): 5 in the 1ast 3600 secs - *B1ocked in csf*
it's our customer's office, how to whitelist`),
    no(`Hetzner cloud firewa11 – need the rule list for vos3000 (sip, rtp, web, ssh)`),
    no(`ufw allow 5060/udp enough or need tcp too? insta11ing it on the ubuntu gateway`),
    no(`/ip firewa11 nat add chain=dstnat protoco1=udp dst-port=5060 action=dst-nat to-addresses=192.168.l.10
is this right so the client's pbx can reach vos`),
    no(`iptables rules 1ost after reboot on centos 6, how do i save them permanent1y`),
    no(`getting INVITE flood from one IP ~5OOO/min, how to rate limit that in iptables`),
    no(`alibaba c1oud security group: need to open 1720 for the H323 gateway of a new client`),
    no(`SonicWall customer: enab1e consistent NAT and disable SIP transformations? advice pls`),
    no(`lsmod | grep sip
nf_conntrack_sip     33860  0
nf_nat_sip ...
should we unload these he1per modules, some guide says they break sip`),
    no(`new carrier, p1s whitelist their range 8O.77.12.0/26 for signalling`),
    no(`after enab1ing firewalld yesterday all calls have no audio. sip itself works`),
    no(`need port 5061 open for the TLS phones, firewa11 cmd pls`),
    no(`b1ock all countries except ours at firewall 1evel, ipset?`),
    no(`pfSense at the branch: ru1e to allow traffic to VOS on1y from our subnet`),
    no(`Security group outbound ru1es
Type  Protocol  Port range  Destination
Custom UDP  UDP  1OOOO - 2OOOO  0.0.0.0/0
do we need inbound too for rtp?`),
    no(`windows firewa11 on the pc blocks the VOS client from connecting, which port to allow?`),
    no(`fail2ban jai1 for the vos web login page, any filter examp1e?`),
    no(`the datacenter firewa11 team asks what ports vos needs, send me the list`),
  ],
  negationContext: [
    no(`phones unregistered since the password change yesterday. we use UDP on1y, so the RST param your colleague mentioned doesnt matter here right`),
    no(`grep RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="Off"
so not that. phones at the shop offline since the ISP outage this rnorning`),
    no(`1ast month we had thousands of TIME_WAIT, you fixed it. stab1e since then, just wanted to say thanks`),
    no(`hypothetica1ly, if we turn RST on, would our mikrotik NAT phones drop? not p1anning it yet`),
    no(`my friend's server had address already in use errors at peak, not ours, ours is fine. just curious what causes it`),
    no(`no firewa11 on this host at all and RST is off. calls fail with 503 from the carrier since noon`),
    no(`nobody changed anything on the switch, close reset still default. phones unregistered on1y at the site where the ISP swapped the router, they're on UDP`),
    no(`p1s send an RCA for the port exhaustion incident in March (already resolved), management wants a document`),
    no(`we turned RST off again yesterday as you advised, phones registered again, al1 good now. closing`),
    no(`ss -s
TCP: 2l0 (estab 88, closed 11O, orphaned 0, timewait 102)
so definitely not port exhaustion. real prob1em: web panel very slow loading CDR`),
    no(`SS_TCP_CLOSE_RESET="Off"    (checked)
calls drop exactly at 6O seconds with carrier B, any idea`),
    no(`the address already in use was on1y because I launched the script twice, my bad, solved`),
    no(`auditor asks if RST mode is enab1ed on our switch. we never enabled it, just tell me how to show him`),
    no(`the NAT phones issue after RST was on the o1d server which we decommissioned. new one is fine, no action needed`),
    no(`if we ever hit port exhaustion, what wou1d the steps be? just for our runbook`),
    no(`our rese11er's server has their firewall dropping RST, they manage it themselves not us. our server fine, FYI only`),
    no(`we removed the hardware firewal1 last week and never turned RST on. calls still fail to one prefix on1y`),
    no(`TIME_WAIT 12OOO was during the load test last night on the test VM with sipp, production is fine, ignore that a1ert`),
    no(`phones unregistered started right after the password change, not after any RST change. RST was never touched`),
    no(`yes the c1ients are behind mikrotik NAT but the phones are on UDP and registered fine. my question is on1y about CDR export`),
    no(`found in /var/log, an old file from 2022:
connect: Cannot assign requested address
can I de1ete these old logs? disk 9O% full`),
    no(`dont touch the RST setting p1s, it's Off and must stay off. the issue is the rate table import fai1ing`),
    no(`we thought the firewall was dropping RST but it turned out the carrier was down, reso1ved now`),
    no(`incident from 1ast week closed, TIME_WAIT back to norma1 ~150. thanks team`),
    no(`if I enab1e RST on the TLS trunk, close_notify gets skipped? we haven't enabled it, just planning`),
    no(`the unregistered phones were because the sip account expired, nothing to do with nat or RST, sorted a1ready`),
    no(`exp1aining to my boss: RST mode was NOT the cause, we checked, it was the power cut at the office`),
  ],
  portExhaustion: [
    pe(`peak hours ca11s failing, screenshot from ssh:
ss -s
Total: 6l9O4 (kernel 0)
TCP: 6l204 (estab 8l2, c1osed 59870, orphaned 0, timewait 59342)
p1s help urgent`),
    pe(`softswitch 1og every evening 20:OO-23:00
java.net.BindException: Cannot assign requested address
    at sun.nio.ch.Net.connect0(Native Method)
connecting out to the TCP trunk 1O.20.1.5:5060`),
    pe(`[root@vos3k ~]# netstat -an | grep TIME_WAIT | wc -1
2874l
this at 9pm. new outgoing TCP to carriers fai1`),
    pe(`mbx log fu11 of
connect() fai1ed: (99) Cannot assign requested address
when cps goes over 200. mornings fine`),
    pe(`EADDRINUSE on outbound sip tcp when we push 3OO cps from the dialer
errno=98 Address a1ready in use
after ~10 min of the campaign, then it recovers`),
    pe(`cat /proc/sys/net/ipv4/ip_1ocal_port_range
32768   6O999
ss -tan state time-wait | wc -l
28O11
ports finished? calls to the tcp routes fail at peak`),
    pe(`every evening 8-11pm the TCP trunk ca1ls fail, mornings fine. netstat shows huge TIME_WAIT, like 25k`),
    pe(`t1me_wait 3O000+ at peak, ca1ls fai1ing, what to do`),
    pe(`bind: Address a1ready in use
bind: Address a1ready in use
(outgoing to 185.1O.2.44:5060 tcp)
repeats hundreds of times per second at high cps`),
    pe(`since we moved the carrier interconnect to TCP, at around l50 cps new connections just stop. when traffic goes down it works again`),
    pe(`sysctl net.ipv4.tcp_tw_reuse
net.ipv4.tcp_tw_reuse = 0
TIME-WAIT sockets 31,2O4 at peak, server cant open new outbound
can you tune it`),
    pe(`Alarm: SIP TCP connect fai1ed x 4,812 (last 5 min)
cause: cannot bind 1oca1 port
happens only in the busy hour`),
    pe(`too many time wait on the switch at peak ~40k, calls fai1ing to connect to the gateways over tcp. please app1y the fix`),
    pe(`ss -s at 21:10
TCP: 64O11 (estab 1,O22, closed 62,8OO, orphaned 2, timewait 62,7l4)
at 10:00 it was 3k. calls fail on1y in the evening`),
    pe(`cal1center dialing peak 250 cps, vos can't open new TCP connections to the termination gateway, "cannot assign requested address" in the log`),
    pe(`on1y at peak:
2024-05-1l 19:42:O3 ERROR SipTcpConnector - open connection fai1ed
java.net.BindException: Address a1ready in use: connect
2024-05-11 19:42:03 ERROR SipTcpConnector - open connection fai1ed`),
    pe(`we ran out of 1ocal ports i think. ephemeral range ful1 of TIME_WAIT during campaign hours, new tcp calls fail`),
    pe(`Top states (netstat):
 TIME_WAIT    4l322
 ESTABLISHED  9O6
 SYN_SENT     188
new tcp legs fai1, peak time`),
    pe(`is it possib1e the switch exhausts its ports? at 180 cps calls to the TCP vendor fail with BindException, off-peak fine`),
    pe(`kernel: TCP: time wait bucket tab1e overf1ow
kernel: TCP: time wait bucket tab1e overf1ow
+ calls to 2 tcp gateways fail at 9pm, TIME_WAIT count 58k`),
    pe(`cannot assign requested address at peak. 6O k sockets in TIME_WAIT. CentOS 6, vos 2.1.6. need he1p tonight before the traffic comes`),
    pe(`hey, during our busy hour (7-10pm) the softswitch cant create outgoing SIP TCP connections, errors about address in use. daytime no issue. traffic ~220 cps`),
    pe(`screenshot from monitoring
tcp_tw: 52,9l8 ▲
tcp_estab: 1,11O
sip_tcp_fail/s: 74
the graph spikes every night around 20h`),
    pe(`ports exhausted on vos at high cps?? new tcp connections to the carrier time out, ss shows timewait 5OOOO, p1ease fix and tell me what you changed`),
    pe(`EADDRNOTAVAIL
connect to 10.0.8.3:5060 fai1ed
(we have 200+ cps on this route in the evening)`),
    pe(`we doub1ed traffic this week and now at peak the TCP routes fail; netstat full of TIME_WAIT, ~27k, which is about the who1e port range`),
    pe(`err: [sip-tcp] socket bind fai1ed: Address a1ready in use (98) remote=91.2O.3.7:5O60
err: [sip-tcp] socket bind failed: Address already in use (98) remote=91.20.3.9:5060
only under high load, gone after 11pm`),
    pe(`TIME_WAIT bui1d up kills us every friday evening, new outbound connections refused by our own box. is there a setting in vos for this`),
    pe(`good evening, our NOC sent this, they say a11 ports are used
TCP: 33l2O (estab 5O4, closed 32577, orphaned 0, timewait 3254O)
ip_local_port_range 32768 6O999
gateways over tcp unreachab1e at peak`),
    pe(`urgent - busy hour - new TCP connections fai1ing from the switch to all tcp carriers, BindException in 1ogs, thousands of TIME_WAIT`),
  ],
  natUnregistered: [
    nat(`since yesterday after your change (RST mode on) a11 our office extensions behind the mikrotik show unregistered
Status: Unregistered   Transport: TCP`),
    nat(`phones of home workers (behind their home routers) keep losing registration since we enab1ed SS_TCP_CLOSE_RESET. they use sip over tcp
Reg: OK -> Fai1ed -> OK -> Fai1ed`),
    nat(`after the TIME_WAIT fix your team did (reset mode on), the softphones on TCP behind NAT drop registration every few minutes`),
    nat(`grep CLOSE /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
turned it on monday. since monday the yea1inks at the branch (behind a NAT router) are unregistered, TCP transport`),
    nat(`RST mode enab1ed -> NATed phones unregistered. TCP. coincidence?`),
    nat(`VOS Client > Online Phones
count dropped from 38O to l40 since morning
the missing ones are all remote sites behind NAT, sip over tcp
we switched reset mode On last night`),
    nat(`hi, after enabling the reset c1ose option the grandstreams behind the customer's tp-link keep going unregistered, transport TCP. local phones without NAT are fine`),
    nat(`Microsip: "Registration fai1ed (Connection reset)"
users behind the office NAT, tcp. started after we put RST on in softswitch.conf`),
    nat(`since RST is On our mikrotik customers' phones (tcp) lose reg every 2-3 min and come back. before that it was fine`),
    nat(`phone screen:
Account 1   No Service
network: 192.168.88.23 (behind mikrotik)
transport TCP. was ok unti1 the reset setting change yesterday`),
    nat(`zoiper users at home on tcp: unregistered a 1ot since we set SS_TCP_CLOSE_RESET=On to reduce time_wait`),
    nat(`P1ease help, after the reparse with RST on, all phones behind NAT (TCP) went offline, phones with a public IP are fine`),
    nat(`we enab1ed the RST close 2 days ago per the manua1
branch office phones behind the ISP modem (NAT) on tcp keep dropping registration since then`),
    nat(`Since the close reset was enab1ed the softphones behind NAT show "Unregistered" random1y, tcp. is the NAT box confused by the reset?`),
    nat(`REGISTER retry every 30s from 1O2.89.x.x (NAT)
Contact: <sip:2O1@192.168.1.45:5060;transport=tcp>
status keeps flapping since RST went on`),
    nat(`after applying the port exhaustion p1aybook (it set RST On) the phones of our remote workers behind home routers on TCP became unregistered`),
    nat(`SS_TCP_CLOSE_RESET turned On yesterday, today 6O% of NATed TCP extensions show offline. turn it back?`),
    nat(`Online: 212   Offline: 17l
the offline ones are all c1ients behind NAT, sip tcp
changed nothing else except the RST parameter`),
    nat(`after reset mode went on, the cisco spa phones at the hote1 (behind their NAT router) lose registration constantly, tcp transport`),
    nat(`we use TCP for the phones because of UDP fragmentation; they sit behind mikrotik NAT. since RST got enab1ed, phones go unregistered after some minutes`),
    nat(`softswitch.conf diff
- SS_TCP_CLOSE_RESET=Off
+ SS_TCP_CLOSE_RESET=On
after this the NAT phones on tcp cant stay registered`),
    nat(`phones registered via TCP through the customer's NAT are unregistering since reset mode, the ones on UDP are fine`),
    nat(`he11o, since we turned RST ON the door phones and desk phones behind the office router show unregistered in VOS, they use TCP 5060`),
    nat(`Linphone: Registration in progress... fai1ed
Reason: Connection reset by peer
transport: tcp, phone on home wifi (NAT)
started when the switch got RST mode`),
    nat(`RST on = fixed our TIME_WAIT but now the natted tcp phones drop reg. how do we have both`),
    nat(`extensions behind the MikroTik at the factory flap between registered and unregistered since the softswitch c1oses TCP with a reset now`),
    nat(`VOS Alarm: Phone 70O1-7O45 unregistered
all at site B behind NAT, TCP
site B worked unti1 the RST change on the 3rd`),
    nat(`NATed softphones on tcp 1ose registration since enabling the immediate reset close`),
    nat(`after your col1eague set RST on last night (for the TIME_WAIT ticket), our NAT customers on TCP say their phones show "not registered"`),
    nat(`tcpdump on the customer router:
IP 10.1.1.5.5060 > 192.168.1.20.51234: Flags [R.], seq 0, win 0
right after that the phone shows unregistered
phones behind this NAT, tcp, since RST mode on`),
  ],
  firewallRst: [
    fw(`since RST mode On ca11s hang at the end and some dont connect. our iptables 1og:
kernel: INVALID DROP IN=eth0 OUT= SRC=1O.2.3.4 DST=10.2.3.9 PROTO=TCP SPT=5060 DPT=4l22O RST`),
    fw(`after enab1ing SS_TCP_CLOSE_RESET our fortigate drops the RST packets and ca1ls fail, log says "no session matched"`),
    fw(`conntrack -S
cpu=0 found=0 invalid=482l3 ignore=0
invalid counter jumped since we put RST on, calls fail on the tcp trunks`),
    fw(`calls to the TCP carrier fail random1y since RST was enabled. the hardware firewall in front of VOS shows dropped packets with flag R`),
    fw(`iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
we have this ru1e. since RST mode, calls drop midway and the drop counter on it climbs`),
    fw(`the aws network firewa11 in front of the switch drops the tcp resets since reset mode is on, calls get stuck`),
    fw(`since SS_TCP_CLOSE_RESET=On ha1f the calls fail through the checkpoint firewall, it logs "TCP packet out of state: RST"`),
    fw(`Fortigate log:
action=deny reason="no session matched" proto=6 tcpflags="RST"
dstport=5060
started the day we turned on the reset c1ose`),
    fw(`calls drop after 30s since we enab1ed RST, our stateful firewall (pfsense) log shows blocked RST packets on port 5060`),
    fw(`he11o, since RST mode was turned on, calls via the TCP trunk hang and never end; the cisco ASA says "Deny TCP (no connection) flags RST"`),
    fw(`kernel: [UFW BLOCK] IN=ens3 PROTO=TCP SPT=5060 DPT=3921l WINDOW=0 RES=0x00 RST URGP=0
many of these after the rst change, calls fai1`),
    fw(`since the reset option was enab1ed, calls fail intermittently; the azure firewall logs show the RST packets denied as invalid state`),
    fw(`RST on -> our iptables with conntrack drops them as INVALID -> ca11s fail. please set it back`),
    fw(`Sophos XG log: Packet dropped (invalid TCP state) flags: RST src port 5060
calls fai1ing since friday when RST mode was enabled`),
    fw(`since we enab1ed the tcp close reset, the juniper SRX in front drops the RST and calls to tcp gateways fail or hang`),
    fw(`ca11s fail since RST mode On. iptables -nvL shows the INVALID drop counter growing fast`),
    fw(`Chain INPUT (policy DROP)
pkts bytes target prot opt in out source destination
 9l2K  41M DROP all -- * * 0.0.0.0/0 0.0.0.0/0 ctstate INVALID
counter huge since RST on. tcp calls broken`),
    fw(`after your team set reset mode On for the TIME_WAIT issue, ca1ls to our carrier hang; their stateful firewall drops the RST (they sent us their log)`),
    fw(`Mikrotik firewa11 in front of vos: the "drop invalid" rule catches the RST packets since RST mode, calls fail`),
    fw(`gcp firewa11 logs show denied tcp RST from the switch since enabling SS_TCP_CLOSE_RESET, calls fail`),
    fw(`calls ringing forever, no BYE, since RST mode
firewa11 (palo alto) traffic log: tcp-rst-from-server / drop / session not found`),
    fw(`stateful firewal1 drops RST packets ever since we turned the RST option on, calls random1y fail. how to allow them`),
    fw(`SS_TCP_CLOSE_RESET="On" since tuesday, and since tuesday sip tcp ca1ls fail through our firewalld box, logs show INVALID drops`),
    fw(`calls hang up wrong / hang at setup since the rst change. the firewa11 sees the resets as invalid and drops them`),
    fw(`dmesg | tail
nf_ct_tcp: invalid RST IN= OUT= SRC=10.0.0.2 DST=10.0.0.9
nf_ct_tcp: invalid RST IN= OUT= SRC=10.0.0.2 DST=10.0.0.11
calls fai1 since reset mode enabled`),
    fw(`our hosting provider's firewa11 (stateful) started dropping packets with RST since we enabled reset close, call failures ~3O%`),
    fw(`ca1ls fail since the RST setting. firewall counter "tcp invalid state" going up by thousands`),
    fw(`after enab1ing immediate reset (RST) in softswitch.conf our watchguard drops the RST as "invalid" and tcp calls fail or hang`),
    fw(`ASR: dropped from 62% to 38% since RST on
firewa11 shows DROP INVALID for tcp flags R on 5060`),
    fw(`RST mode turned on yesterday evening, today calls to tcp routes fail a lot; the hardware firewa11 in the DC logs the RST packets as out-of-state and drops them`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning58Set: readonly EvalItem[] = Object.values(tuning58Families).flat();
