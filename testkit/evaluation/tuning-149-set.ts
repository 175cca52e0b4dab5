import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * English-speaking NOC engineers and VOS3000 customers in Nigeria, South Africa, Kenya, the Philippines, Malaysia,
 * India, the UK and the US write plain working English with local touches (sir, bhai, boss, hazar, load shedding):
 * shift handovers pasted into the chat, monitoring alerts forwarded with a line of comment, long escalations that
 * decide at the end, the playbooks' words quoted about something else, terse one-liners.
 *
 * The hundred-and-forty-ninth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, of which 26, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, of which 29, a stateful firewall dropping RST). Written as a
 * never-tuned set in the largest markets' languages, after the fifty-fifth round of rules, by someone who had
 * read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in
 * view; measured once as such, then made tuning material for the fifty-sixth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 95.5 %, negatives confident 5.2 %, confident wrong 0 % with the
 * rules of the fifty-fifth round.
 */
export const tuning149Families = {
  oneListeningPort: [
    no(`Handover 22:00 → Tunde
1) vos-lag-2 web portal down after the yum update, catalina.out: java.net.BindException: Address already in use <null>:8080
old tomcat pid still hanging, I didn't kill it, pls check
2) nothing else, traffic normal, 1.9k concurrent`),
    no(`[ALERT] nginx.service failed on mon-01: bind() to 0.0.0.0:80 failed (98: Address already in use)
^ this is the grafana box not the switch. someone installed apache on it again I think`),
    no(`mysqld won't start on the VOS db server after reboot. error log:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?`),
    no(`boss we started mbx3000 by hand then the init script also started it 🙈 now the second one says cannot bind 5060. ok to just kill the extra one?`),
    no(`installed kamailio on the same box "just to test" and now VOS won't come up, 5060 address in use. my bad i know 😅`),
    no(`Off topic but you guys know linux – my node app on my laptop keeps throwing EADDRINUSE :::3000 after I ctrl+z it. how do I free the port`),
    no(`docker compose up ->
Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use
the host already has the vos portal tomcat on 8080. should I just remap the container to 8081?`),
    no(`Hi team, after the power outage in Ikeja the DC came back and the VOS web page is not loading. catalina log: SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"] java.net.BindException: Address already in use. Calls are passing fine`),
    no(`At peak today around 8pm the watchdog restarted tomcat because the portal was slow, and now tomcat keeps failing with Address already in use :8080. Calls still going through at 180 cps, it's only the portal`),
    no(`redis refusing to start on the CDR reporting VM: Could not create server TCP listening socket *:6379: bind: Address already in use`),
    no(`tomcat: address already in use 8080. help`),
    no(`We moved the billing API onto the VOS host (I know, I know). gunicorn now loops [ERROR] Connection in use: ('0.0.0.0', 8000) retrying in 1 second. Is VOS using 8000 for anything?`),
    no(`Asterisk test box: chan_sip.c: Failed to bind to 0.0.0.0:5060: Address already in use
I think pjsip is loaded as well and both are fighting for the port`),
    no(`sir microsip on my laptop says "cannot bind local port 5060" when zoiper is also open. which one to close`),
    no(`Our SBC in front of VOS threw "unable to bind socket 5060 - address already in use" after the failover test. The standby grabbed the VIP while the listener on the active was still up. Failed back, ok now, just want to know if VOS side needs anything`),
    no(`Escalating to L2 – Johannesburg site.
02:10 patching window, rebooted vos-jnb-01
02:25 mbx3000 up, calls flowing, 3k concurrent, no issues
02:40 web admin not reachable. Found httpd got enabled by the patch and took 8080 before tomcat (someone changed Listen to 8080 years ago). Tomcat log shows BindException
Decision: disable httpd, restart tomcat only. Need L2 ok before I do it because of the mbx dependency.`),
    no(`postgres on the new reporting server: could not bind IPv4 address "0.0.0.0": Address already in use
HINT: Is another postmaster already running on port 5432?`),
    no(`Alertmanager 03:14 WAT: node_exporter restart loop on vos-abj-02, "listen tcp :9100: bind: address already in use". Looks like two exporters installed (one rpm, one binary). Will clean up in the morning, no customer impact.`),
    no(`java.net.BindException: Address already in use (Bind failed)
	at java.net.PlainSocketImpl.socketBind(Native Method)
this is our own CDR push service listening on 9090, I started it twice with nohup. how do I find the old pid?`),
    no(`Hi, the VOS windows client works fine but the web interface says port 8080 already occupied after I installed Jenkins on the same server for our scripts. Can I change tomcat's port?`),
    no(`Kenya here. Put a second VOS instance on the same box for testing (different folder) and the second mbx won't start: bind 5060 failed, address already in use. Can two run on one server with a different SIP port?`),
    no(`lsof -i :8080
java    2231 root   49u  IPv6  TCP *:webcache (LISTEN)
java    4410 root   49u  IPv6  ...
two javas?? the second one logs address already in use every 10s. which one is the real portal`),
    no(`Morning. FreeSWITCH on our lab box: [ERR] sofia.c Error Creating SIP UA for profile: internal, "Address already in use" on 5060. VOS is already on that port there I guess. lab only, no rush`),
    no(`US NOC: ran the vendor's "health check" script, which starts a little python http.server on 8080, and tomcat couldn't come back after our restart. OSError: [Errno 98] Address already in use. Killing the python should do it, right?`),
    no(`Hello, our dev is building a dashboard on his macbook, flask says "Address already in use. Port 5000 is in use by another program". He insists it's a VOS problem because it reads the VOS db 😂 it's not, right?`),
    no(`[handover 06:00 Manila] vos-mnl-3 portal up again. cause: somebody ran startup.sh twice from the shell, second catalina died with BindException on 8080 but the first one was hung. killed both, started clean. monitor pls`),
    no(`After the RAM upgrade the VOS web portal won't start, 8080 in use. netstat -tlnp | grep 8080 shows a java pid from the old catalina that never exited. switching/calls unaffected, TIME_WAIT normal`),
  ],
  otherRegistrationCause: [
    no(`Good morning sir, 40 extensions at our Lekki office unregistered since 7am. We changed the SIP passwords in the VOS portal yesterday but the phones still have the old ones. Phones show 403 Forbidden`),
    no(`MikroTik customer in Nairobi, all his Grandstreams unregistered. Checked — balance is 0, billing disabled the account on Friday. Told him to top up.`),
    no(`phones behind NAT unregistered since morning. we migrated VOS to the new IP 41.x.x.x last night and the phones still point at the old IP in provisioning. need to push the new config`),
    no(`Registration failed 401 on the Yealinks after our reseller reset the account. yes they're behind mikrotik but that has worked for 2 years, I'm sure it's the password`),
    no(`ISP (Safaricom fibre) down at the Mombasa branch since 10am, all phones offline/unregistered. no internet at all there. FYI for the tickets`),
    no(`Sir our VOS licence expired yesterday I think, portal shows licence warning and new registrations are rejected. renewal please`),
    no(`We pointed sip.xyzvoice.co.za at the new server, but half the phones still resolve the old IP (TTL was 86400 🤦). those show unregistered. just wait it out?`),
    no(`Replaced the office router with a TP-Link. Phones use UDP 5060. Since then registration drops every few minutes. SIP ALG was on on the TP-Link, turned it off and they came back`),
    no(`hi Zoiper on my phone not registering, says wrong credentials. maybe I typed the username with a capital letter`),
    no(`Router in the shop loses power with load shedding (stage 6 today), phones show unregistered for ~10 minutes after power comes back then ok. normal?`),
    no(`Good day. All 3 of our GoIP gateways unregistered from VOS. Our account manager says the prepaid balance ran out. Paid via EFT this morning, how long till it comes back?`),
    no(`We moved office in Makati, the new PLDT router does SIP ALG, phones register then drop every 30s. We are on UDP, never used TCP. What should I change on the router?`),
    no(`Our ISP changed our public IP (dynamic) and VOS authenticates our gateway by IP, so it's rejected now. Can you update it to 105.x.x.x?`),
    no(`We enabled RST on the switch last month for the TIME_WAIT issue and the NAT phones were fine all month. Today 12 of them unregistered — but that's the new password policy, IT forced resets overnight and the phones get 401. Just need the reset procedure`),
    no(`Customer says "lost registration after RST" lol he means after he RESET the phone to factory defaults. all config gone, needs reprovisioning`),
    no(`Customer updated the MikroTik firmware themselves 🙄 and the srcnat rule for the phone VLAN got wiped. phones couldn't reach the internet at all so unregistered. rule re-added, all green`),
    no(`Account 5003 expired on the 31st (validity period). That's why it shows unregistered. Please extend 30 days`),
    no(`why does my Fanvil show registration failed – the phone IP is 169.254.x.x. DHCP not giving it an address I think`),
    no(`Hello, after we changed the domain from voip.old.com.my to voip.new.com.my the phones get 404 Not Found on REGISTER. is the new domain not added in vos?`),
    no(`NAT phones unregistered at branch 4 — the PoE switch port died. moved them to another switch, fine now. logging for the record`),
    no(`Boss registration failed because the extension is already registered from another device (max registrations 1). someone took his softphone account home`),
    no(`The SIP trunk to our upstream is unregistered, they changed their IP without telling us. nothing on our side. phones fine`),
    no(`VOS shows the Cisco ATAs unregistered since our ISP moved us to CGNAT. UDP 5060. tcpdump on VOS: the REGISTERs don't even arrive. ISP blocking?`),
    no(`Hi ya, user in Leeds says his softphone is unregistered since he switched to Virgin, the Hub 5 with SIP ALG you can't turn off?? UDP. any tips`),
    no(`Phone clock was wrong → TLS cert "not yet valid" → registration fail. fixed NTP. (Penang branch) just sharing`),
    no(`Big batch unregistered in Pune at 11:40. Root cause: a junior deleted the phone mapping gateway while "cleaning up". Recreated with the same creds, back`),
    no(`Escalation, Abuja client. Phones behind their MikroTik go unregistered every night around 1am and come back at 6. Checked our side: RST never enabled on that server, they use UDP. Their IT finally admitted the MikroTik has a scheduler that disables the WAN at night to "save data". Closing as customer-side.`),
  ],
  smallFigures: [
    no(`netstat -an | grep TIME_WAIT | wc -l
312
is this normal for a server doing ~15 cps?`),
    no(`what is TIME_WAIT exactly? our junior is panicking because ss shows a few hundred`),
    no(`ss -s
Total: 611 (kernel 640)
TCP:   402 (estab 88, closed 281, orphaned 0, synrecv 0, timewait 279/0), ports 0
healthy? weekly check`),
    no(`Hi, what does SS_TCP_CLOSE_RESET do in softswitch.conf? I see it's Off. Should I touch it?`),
    no(`Should we enable RST mode in general? no issue now, just planning for growth next quarter`),
    no(`Weekly health check vos-lag-01: cpu 12%, mem 41%, TIME_WAIT 187, estab 64, concurrent 420. all good`),
    no(`Quick one — ip_local_port_range on our box is 32768 60999, the default. Do we need to widen it at 40 cps or is that overkill?`),
    no(`Our auditor asked why tcp_tw_reuse is 0 on the switch. Is there a recommended value? nothing is broken`),
    no(`[Zabbix] vos-ke-2 TIME_WAIT count WARN (threshold 500, current 512)
tbh the threshold is too low for this box, it never goes above 600 and calls are fine. what's a sensible threshold?`),
    no(`Hi sir, kindly explain the difference between FIN close and RST close in VOS. for training of new staff`),
    no(`conntrack -C → 1432, nf_conntrack_max 65536. fine right?`),
    no(`sysctl net.ipv4.tcp_fin_timeout = 60. should I lower it to 30? no issue, just tuning`),
    no(`Does SS_TCP_CLOSE_RESET affect UDP? we're 95% UDP`),
    no(`Midnight check: 220 TIME_WAIT, 3 CLOSE_WAIT. the CLOSE_WAIT ones worry me more, are they a problem?`),
    no(`We expect to go from 20 cps to 60 cps after signing a new carrier in December. Anything to tune in advance for TCP? TIME_WAIT sits around 400 at peak today.`),
    no(`Hi, is it true RST mode can break NAT phones? we're thinking about it, nothing enabled yet`),
    no(`lol my boss saw "TIME_WAIT 900" in a screenshot and wants an incident report. it's peak hour at 90 cps, calls fine. give me one line to tell him it's normal 🙏`),
    no(`how many ephemeral ports does linux have by default? for a presentation`),
    no(`We set tcp_tw_reuse=1 last week (did NOT enable RST). Any side effects to watch for? small server, ~200 TW`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     74 ESTABLISHED
     11 LISTEN
    143 TIME_WAIT
fine?`),
    no(`what's the difference between tcp_tw_reuse and tcp_tw_recycle? heard recycle is bad`),
    no(`Is there a way to see the TIME_WAIT count in the VOS web portal or only from the shell?`),
    no(`Monthly report, Philippines cluster: peak TW per node 250–380, zero bind errors, zero failed calls from socket issues. Recommend no changes.`),
    no(`bhai at what number should we start worrying about time_wait? now it's 150 at peak, 2-3 cps. just want to set an alarm`),
    no(`Is RST mode recommended if some of our customers use TLS? pre-sales question from a Durban client`),
    no(`Default of SS_TCP_CLOSE_RESET is Off right? confirm pls, writing our SOP`),
  ],
  firewallNoRst: [
    no(`Please open TCP 5060 and UDP 10000-20000 on the FortiGate for our new carrier 196.x.x.x. change ticket CHG-2231`),
    no(`fail2ban banned our own office IP again after someone mistyped the portal password 5 times 🙃 can you unban 102.89.x.x`),
    no(`Can you whitelist our new branch IP 41.58.x.x on the VOS firewall? they get connection timed out on register`),
    no(`Our ASA team wants the list of ports VOS needs. SIP 5060 tcp/udp, RTP range, and the web portal 8080? anything else?`),
    no(`iptables drops all non-Nigerian source IPs (geo-block). a client in Accra can't connect. add an exception please`),
    no(`SIP ALG on the Huawei ONT is mangling our INVITE headers. how do you disable it on the HG8245H?`),
    no(`rate limit request: block any IP sending more than 50 REGISTER/s, we're being scanned by "friendly-scanner" from some VPS`),
    no(`pfSense: need a new rule to allow SIP TLS 5061 from customer 154.x.x.x, the 5060 rule already exists`),
    no(`seeing sipvicious attempts from 45.x.x.x. add to the blocklist on the Palo Alto please`),
    no(`Sophos XG — after the firmware update the SIP helper got re-enabled and calls went one-way. turned the helper off, fixed. logging it`),
    no(`edge firewall: "nf_conntrack: table full, dropping packet" during a SIP flood last night. increase nf_conntrack_max? or block the flood earlier?`),
    no(`Can we restrict the web portal 8080 to our office IPs only? security audit finding`),
    no(`FortiGate session-ttl for SIP UDP — what value do you recommend? our UDP sessions time out at 180s and the phones re-register every 3600`),
    no(`anyone have a fail2ban filter for the VOS web login? the catalina log format`),
    no(`Customer's firewall guy asks "do you need ICMP?" 🙄 also wants our source IPs for signalling and media. who sends him the list`),
    no(`Handover: CHG approved to move VOS behind the new Palo Alto cluster Sat 01:00 EAT. rules copied from the old ASA. need someone on call to verify SIP 5060 and RTP after the cut`),
    no(`we blocked China and Russia on the MikroTik edge, scans dropped 90%. any legit carriers we might be cutting off?`),
    no(`iptables log: IN=eth0 SRC=185.x.x.x DST=vos PROTO=UDP DPT=5060 … all blocked by our drop rule. thousands per hour. just bots right?`),
    no(`Hi please add 103.x.x.x/29 to the trusted list. new upstream in Singapore, TCP 5060`),
    no(`Our ISP in Nairobi says 5060 is filtered on their side. can VOS listen on 5080 too for that customer?`),
    no(`Security enabled IPS on the FortiGate with the VoIP signatures and now INVITEs with big SDP get blocked as SIP.Oversize.Header. any advice?`),
    no(`can someone write me an iptables rule limiting new TCP connections to 5060 to 20/s per source IP? need it before tonight`),
    no(`Palo Alto App-ID sees our SIP over TCP as "sip" and applies the ALG — should we disable it for that app? nothing broken, asking before go-live`),
    no(`pls unblock 197.210.x.x, fail2ban again. that's MTN CGNAT, half of Lagos is behind it 😂`),
    no(`firewalld on the new CentOS 7 VOS: added 5060/tcp and 5060/udp to public but 8080 still not opening. forgot --permanent?`),
    no(`Sophos asks whether to tick "SIP NAT traversal". our phones are all UDP. yes or no?`),
    no(`Port forward for the remote office PBX: WAN 5062 → 192.168.88.10:5060 dst-nat on the MikroTik. does VOS care about the non-standard port?`),
  ],
  negationContext: [
    no(`Phones unregistered at Ikoyi again, but we use UDP only and RST is off and was never turned on, so it's not that thing from your newsletter. please check the account`),
    no(`Address already in use was last month, fixed since your team set tcp_tw_reuse and RST. peak TIME_WAIT went from 28k to 1.2k. thanks guys 🙏`),
    no(`just asking for a friend: if a firewall drops RST packets, what happens to the calls? we don't have that issue ourselves`),
    no(`Old log lines, don't panic: grepping for last year's report I found "BindException: Address already in use" from Mar 2023 in the archived softswitch logs. that was the big peak outage. nothing now.`),
    no(`Confirming the fix worked: since RST went back Off on Tuesday the MikroTik phones stay registered. closing ticket #4471`),
    no(`Nobody changed anything on the firewall or VOS, RST is off (checked the conf). calls drop at exactly 32 seconds — I think it's the carrier's session timer`),
    no(`not a problem now, but in 2022 we had thousands of TIME_WAIT and the fix was RST on. writing a lessons-learned doc, is this summary right?`),
    no(`Post-incident report draft:
14:00 calls failing at peak, cause EADDRINUSE on outbound TCP
14:10 RST on, tw_reuse 1, port range 1024-65535
14:20 recovered
stable for 3 weeks since. any corrections?`),
    no(`We did NOT enable RST. softswitch.conf: SS_TCP_CLOSE_RESET="Off". the firewall guy asked if the FortiGate is dropping our RSTs — there aren't any to drop, right? nothing is failing`),
    no(`Phones unregistered after the password change this morning — not the NAT thing, we're sure, they get 403`),
    no(`Handover 18:00: no incidents. TIME_WAIT peaked 1,900 at 19:30, nowhere near the Jan outage (40k). RST still on, firewall fine, NAT phones fine. nothing to do`),
    no(`Calls failing in Cebu — ruled out the RST/firewall thing, RST is off and the pfSense has had an allow-RST rule since March anyway. it's the upstream returning 503`),
    no(`Not reporting a problem, just sharing: after last week's change (RST on) the Palo Alto logs show the RSTs allowed and sessions closing clean 👍`),
    no(`Our engineer said "address already in use" but he was reading the wrong screen, that was the tomcat log from the staging box. production switch fine. ignore my previous message`),
    no(`The "possible port exhaustion" mail from your monitoring is a false positive, the TIME_WAIT spike was our load test on the lab server, not production`),
    no(`Earlier I said phones behind MikroTik went unregistered after RST — scratch that, it was a power outage at the site. RST had nothing to do with it, they're back`),
    no(`For the record: RST has been on since 2021 and we never had NAT problems because all our NAT phones are on UDP. no need to roll back`),
    no(`Can you explain the incident from 2 weeks ago to my manager in simple words? the one where the firewall dropped the RSTs and calls hung. it's fixed, he just wants to understand`),
    no(`We keep seeing "cannot bind" in old ticket notes from the previous vendor. our current server never shows it. should I care?`),
    no(`NOC quiz question: "a stateful firewall marks RST as INVALID after RST mode is enabled — what's the symptom?" I answered calls hang. correct?`),
    no(`no no, not port exhaustion 😅 we have 400 time_wait max. the issue is the portal is slow. probably the disk`),
    no(`that conntrack output I pasted yesterday with the INVALID RSTs is from our office firewall, not the VOS path — it's the office NAS. never mind`),
    no(`Yesterday's "ports exhausted" alarm at 20:05 was the monitoring script miscounting (it counted LISTEN and ESTAB too). corrected the script, actual TW was 600`),
    no(`After Monday's change (RST on + tw_reuse) everything is stable at peak, no more address already in use, and we checked the NAT phones and the firewall: all fine. thanks a lot sir!`),
    no(`Customer said their firewall is dropping calls — turns out the "firewall" is Windows Defender on the softphone PC blocking MicroSIP. not the FortiGate, no RST involved`),
    no(`Reminder to all shifts: do NOT turn on SS_TCP_CLOSE_RESET on vos-ng-04, it serves the NAT customers on TCP. kernel tuning only. (no incident, standing note)`),
    no(`We were about to blame RST for the one-way audio in Accra but RST was never enabled on that server. it's RTP behind NAT, fixing it on the gateway`),
  ],
  portExhaustion: [
    pe(`Urgent! calls failing at peak since 19:00. softswitch log full of "bind: Address already in use" when it connects to carriers over TCP. 45k TIME_WAIT`),
    pe(`ss -s
Total: 31244
TCP:   30987 (estab 412, closed 30410, orphaned 2, timewait 30388/0), ports 0
^ vos-lag-02 at 20:15, customers complaining calls not going through. what do we do`),
    pe(`netstat -an | grep TIME_WAIT | wc -l
28114
that's at peak and ASR dropped to 20%. help boss`),
    pe(`Handover 23:00: 20:00–21:30 outbound to the TCP carrier trunks failing on and off. log: "connect failed: Cannot assign requested address" and some "address already in use". TW 30k+. calmed down after peak. needs a permanent fix before tomorrow's peak`),
    pe(`Sir every evening 7 to 10pm calls failing, daytime ok. ~250 cps at peak, it's the TCP trunks to the Indian carriers that fail, and netstat shows many thousands in time_wait at that hour`),
    pe(`mbx3000 log at 8pm: "EADDRINUSE on outbound socket" thousands of times. the switch can't open new TCP connections. load is at its daily max`),
    pe(`we have a problem. at peak no new TCP connections to upstream at all, existing calls continue. after ~10 min it recovers then again. ip_local_port_range is 32768 60999, TW ~27k`),
    pe(`Escalation – Nairobi POP. Last 3 days:
Mon 19:40 ASR dip 15 min
Tue 19:10 same, longer
Wed 18:55 outbound TCP completely down for 25 min
Checked: CPU 30%, RAM fine, disk fine, carriers see nothing on their side, firewall team confirm nothing dropped. During the event ss shows timewait 29k and the softswitch logs "cannot bind local address".
Decision: we believe it's local port exhaustion. please apply the recommended tuning.`),
    pe(`[PagerDuty] CRITICAL vos-za-1 tcp_timewait=41882 (>20000)
+ ASR alarm at the same minute. Cape Town customers shouting. pls assist`),
    pe(`bhai peak time calls fail, "address already in use" in log, time wait 35 hazar`),
    pe(`Malaysian NOC: "Cannot bind to local port" errors in the softswitch log from 21:00 MYT, about 180 cps, SIP TCP to 3 carriers. TIME_WAIT 22k and climbing`),
    pe(`ports exhausted on vos-01 again at peak 😩 ss -tan state time-wait | wc -l = 31k. tcp_tw_reuse is 0. can you fix it properly this time`),
    pe(`sysctl net.ipv4.ip_local_port_range
net.ipv4.ip_local_port_range = 32768	60999
sysctl net.ipv4.tcp_tw_reuse
net.ipv4.tcp_tw_reuse = 0

and at 8pm we get "Address already in use" and calls die. I'm guessing these are related?`),
    pe(`Hi. during our promo campaign (SMS blast, huge call spike) the switch stopped opening new TCP connections to the carriers. log: bind failed errno 98. 26,500 sockets in TIME_WAIT`),
    pe(`Traffic doubled after we onboarded a call centre in Cebu (~300 cps). now every afternoon around 3pm we get address already in use on outbound TCP and 503s, TIME_WAIT count hits 28k`),
    pe(`TIME_WAIT 40k, calls failing, peak. pls`),
    pe(`Good evening, Chinedu from the NOC. Since 7.30pm customers report calls not connecting. softswitch log: EADDRINUSE repeated. netstat shows about 30,000 time_wait. Server vos-phc-01 (Port Harcourt). kindly assist urgently`),
    pe(`the switch runs out of source ports every night between 20h and 22h. we counted ~28k sockets in TIME_WAIT against ~28k ports in the range, and calls to the TCP trunks fail. kernel setting?`),
    pe(`Forwarding from monitoring:
> vos-uk-lon2: ephemeral port usage 97% (27,900/28,231)
> vos-uk-lon2: SIP TCP outbound connect errors 1,284/min
Friday evening peak again. what's the fix?`),
    pe(`not sure if related but since our CPS went from 80 to 220 the softswitch logs "bind: Address already in use" and the carrier sees drops. only 6-9pm. lots of TIME_WAIT (25-30k)`),
    pe(`Johannesburg: 19:02 ASR 61% → 19:07 ASR 12%. mbx3000 log:
2024-05-14 19:05:33 [ERR] tcp connect 196.x.x.x:5060 failed: Address already in use
2024-05-14 19:05:33 [ERR] tcp connect 196.x.x.x:5060 failed: Address already in use
(x thousands)
netstat TIME_WAIT 33,410`),
    pe(`Boss why at peak we cannot make new tcp connection? off peak fine. time wait very very high`),
    pe(`We're a wholesale carrier in Lagos, ~400 CPS at peak on SIP-TCP. every night the server runs out of ports, TIME_WAIT hits 50k and outgoing calls fail with address already in use. please enable whatever VOS has for this`),
    pe(`[handover 07:00 IST] Night was bad: 22:00–00:30 peak, outbound TCP failing, "cannot bind" ~3k/min, TW 38k. restarted mbx at 23:10 (dropped calls, sorry), helped 20 min then back. needs the RST / tw_reuse tuning — L2 pls`),
    pe(`hi sir, since we increased traffic on the bangladesh route, in the evening many calls fail. in the log I see "address already in use". netstat showing time_wait 29 thousand. pls check`),
    pe(`ss -s at 20:40:
TCP:   44210 (estab 1022, closed 43001, orphaned 3, synrecv 0, timewait 42987/0), ports 0
ASR tanking. is this the TIME_WAIT thing?`),
    pe(`Hey — US East here. Black Friday traffic, ~350 cps. VOS started failing outbound TCP legs at 6pm ET with EADDRINUSE, 47k TIME_WAIT. daytime was fine`),
    pe(`Calls fail only at peak and the log has "BindException: Address already in use" — from the SIP TCP client side, not tomcat (portal is fine). TW ~31k`),
    pe(`Kenya NOC: calls failing 18:00–21:00 daily for a week, everything else fine. At 19:30 found 60k sockets in TIME_WAIT (netstat -ant | grep -c TIME_WAIT). port range is default. what should we change?`),
    pe(`our vos can't open new tcp sessions to the carriers at peak, thousands of time_wait and "address already in use". same as last month — came back after the reboot (sysctl not persistent?)`),
  ],
  natUnregistered: [
    nat(`Since yesterday's change (RST mode on) all the phones behind the MikroTik at our Ikeja office show unregistered. TCP transport. off-site phones fine`),
    nat(`Hi, after you enabled SS_TCP_CLOSE_RESET on Tuesday our softphone users at home (behind their home routers) keep losing registration. we use TCP`),
    nat(`Yealinks behind NAT drop registration every few minutes since the TIME_WAIT fix was done on the server (RST on). SIP over TCP. any link?`),
    nat(`Phones unregistered at the Makati office, only since the RST change last night. they're on TCP behind the office router doing NAT. the ones on public IPs are ok`),
    nat(`[handover] 03:00 applied RST On on vos-ke-1 for the port exhaustion. 08:30 Kisumu branch (MikroTik NAT, SIP/TCP) all 25 phones unregistered. direct-IP customers fine. suspect RST vs NAT`),
    nat(`Good morning. Since the port exhaustion fix (softswitch RST enabled) our Grandstream GXPs behind home routers show "Account not registered" at random. registering over TCP`),
    nat(`Our MicroSIP users (work from home, all behind NAT) lost registration after Monday. checked softswitch.conf: SS_TCP_CLOSE_RESET="On" now, it was Off before. they're on TCP`),
    nat(`Escalation — Cape Town customer, 3 sites, all behind MikroTik hEX, SIP over TCP. Since Thursday night they keep going unregistered for a few minutes at a time.
Checked: passwords unchanged, balance fine, licence fine, router uptime 90 days, no ALG in play (TCP).
Only change on our side Thursday was the RST close mode for the peak issue.
Decision: we want to roll RST back unless you have a better idea.`),
    nat(`sir the GoIP gateways behind the customer's NAT router keep unregistering since the RST update. they use TCP 😓`),
    nat(`phones behind NAT lost reg since RST mode was enabled. TCP. the UDP ones are fine`),
    nat(`bhai since RST on, all the phones behind NAT going unregistered. they are on tcp`),
    nat(`Polycoms behind the office router register, then show unregistered after about a minute, over and over. started the same day VOS SS_TCP_CLOSE_RESET was switched On. TCP 5060`),
    nat(`After RST was enabled on the softswitch, the home DSL router in front of our phones seems to lose the TCP mapping — phone says registered but can't receive calls, then goes unregistered`),
    nat(`Alert fwd: [VOS monitor] registered endpoints dropped 1,240 → 610 at 02:15, right after the maintenance where RST close was enabled. the ~600 missing are all NATed TCP users`),
    nat(`Hi team, Zoiper on android behind home wifi – unregistered since yesterday. our admin says the server went to RST mode. we use TCP because the ISP blocks UDP`),
    nat(`Since SS_TCP_CLOSE_RESET=On the MikroTik-NATed SIP phones lose registration. on the mikrotik the TCP connection entries for the phones just vanish. set it back?`),
    nat(`UK: remote workers on BT hubs (NAT) dropping registration since Sunday's change window (RST on). TCP transport. office users with static public IPs unaffected`),
    nat(`Hello, 10 of my Fanvil phones behind NAT unregistered after your team did the socket change. they use TCP. before that, perfect`),
    nat(`We turned RST on to fix TIME_WAIT and that worked, but now our NAT customers (~40 SIP accounts behind routers, TCP) keep showing unregistered in the VOS online list. is that the trade-off?`),
    nat(`Alert: "registration lost" x87 between 01:05–01:20, all with private-IP Contact headers (NAT), all TCP. RST mode enabled at 00:55. coincidence?`),
    nat(`Phones at the Klang branch behind the TP-Link router drop off since RST was switched on in VOS. TCP. nothing changed at the branch`),
    nat(`customer says "since your upgrade my phones are unregistered". the "upgrade" was RST on. he's behind NAT, on TCP`),
    nat(`RST enabled → Cisco SPA behind home NAT unregistered within 10 min. set it back Off on the lab switch with the same phone and it registered again. need a proper fix for all`),
    nat(`Good afternoon sir. Our IP phones are behind a MikroTik, registered over TCP. from this morning the phones show "No Service". we were told the VOS team enabled the TCP reset option last night`),
    nat(`long story short: RST on fixed the peak problem but broke our NAT users. softphones behind NAT over TCP lose registration. what now?`),
    nat(`Intermittent unregistration for NATed endpoints (SIP/TCP) since SS_TCP_CLOSE_RESET went On at 02:00. re-REGISTER fails until the phone opens a new TCP connection, which takes minutes`),
    nat(`hi. phones behind nat unregistered. started after rst mode. tcp.`),
    nat(`Durban customer: "phones keep saying Registration failed after your maintenance". maintenance = RST on. their office is NAT (Mikrotik), TCP. passwords confirmed ok`),
    nat(`Nigeria NOC: since SS_TCP_CLOSE_RESET On at 22:00 yesterday, 3 enterprise customers behind NAT on TCP flap unregistered. direct-IP trunks unaffected. pls advise`),
  ],
  firewallRst: [
    fw(`After RST mode was enabled last night, calls through the FortiGate hang and then fail. diag debug flow shows the RST packets from VOS dropped with "no session matched"`),
    fw(`iptables conntrack marks the RSTs from VOS as INVALID since RST mode went on, and we have -A INPUT -m state --state INVALID -j DROP. calls dropping`),
    fw(`ASA syslog:
%ASA-6-106015: Deny TCP (no connection) from 10.20.1.5/5060 to 196.x.x.x/38211 flags RST on interface inside
started right after SS_TCP_CLOSE_RESET=On. calls to that carrier failing`),
    fw(`pfSense log full of blocked TCP:R from VOS on 5060 since Tuesday's RST change. calls hang at setup`),
    fw(`Since we enabled RST on the softswitch, calls through the Palo Alto drop after a few seconds. global counters show flow_tcp_non_syn_drop climbing on the RSTs`),
    fw(`RST on + Sophos = calls failing. Sophos dropping the RSTs. revert?`),
    fw(`Handover 14:00: since the RST change at 02:00 ~8% of calls to carrier B (behind their ASA) fail at setup. their firewall team confirmed the ASA drops our RSTs as "no connection". not fixed. options: ask them to allow, or revert RST`),
    fw(`conntrack -S shows invalid=48213 and climbing fast, started exactly when RST close was enabled on VOS. calls hanging on the TCP trunks`),
    fw(`Our FortiGate in front of VOS silently drops the RST packets since RST mode was switched on → calls stuck ringing, then fail. fix on the Forti side or switch RST off?`),
    fw(`Good day, calls failing since yesterday's RST setting. the customer's firewall (Cisco ASA) drops the RST from our server. please roll back or advise the rule`),
    fw(`Escalation: Lagos → L3.
1) Wed 01:30 RST mode enabled on vos-lag-01 for TIME_WAIT (worked: TW from 35k to 2k)
2) from 08:00 several enterprise customers report calls that ring then drop, some one-way
3) NAT phones are fine, registration all green
4) capture on the core shows our RSTs leaving, but the customers' FortiGates never pass them, diag shows them dropped, no session
Decision needed: per-customer firewall change vs switching RST off globally.`),
    fw(`iptables -nvL: the INVALID drop rule counter is going crazy since RST was turned on (2.1M pkts). calls to the TCP carriers failing. should I add an ACCEPT for RST above it?`),
    fw(`after the RST change the office pfSense logs "TCP:RA" blocks and calls drop midway. only the TCP ones`),
    fw(`Sophos XG: "Invalid TCP state" drops from the VOS IP since 10pm, same time as SS_TCP_CLOSE_RESET On. calls go one-way then die`),
    fw(`bhai the fortigate is eating the reset packets ever since RST mode was switched on, calls not completing. what to do`),
    fw(`Alert: [SIP probe] call setup failure 22% on vos-mnl-1 since 01:00. correlates with the RST mode change at 00:45. ASA syslog: 106015 deny TCP (no connection) flags RST`),
    fw(`Calls hanging (BYE never processed) after enabling RST. our Check Point is dropping the RSTs as out of state. TCP`),
    fw(`Since RST on, calls via the Juniper SRX fail. flow trace: "flow session not found, drop" for TCP RST on 5060. revert or add a policy?`),
    fw(`Customer in Leeds: calls dropping mid-call since Monday. their Fortinet shows RSTs from us blocked. Monday = our RST rollout`),
    fw(`We enabled RST for the port exhaustion. TIME_WAIT good now, but half the calls through the Nairobi DC firewall (iptables + conntrack) hang. the RSTs are marked INVALID and dropped, conntrack -L shows the old entries still ESTABLISHED`),
    fw(`Hi, one-way audio and dropped calls since yesterday evening, only on the SIP TCP trunks behind our FortiGate. yesterday evening = RST enabled on VOS. FortiGate logs show the RST packets dropped`),
    fw(`netfilter log:
kernel: INVALID IN=eth1 OUT=eth0 SRC=10.10.1.5 DST=41.x.x.x LEN=40 PROTO=TCP SPT=5060 DPT=49122 WINDOW=0 RES=0x00 RST URGP=0
thousands of these since RST mode. calls fail`),
    fw(`The RST mode you enabled broke calls through our Sophos UTM. it drops the resets, sessions hang and new calls fail`),
    fw(`calls failing after rst enabled. firewall dropping rst. tcp`),
    fw(`Hello sir. since RST was enabled on VOS our pfSense shows state mismatch drops for the resets and calls drop at random. UDP customers ok, only TCP customers hit`),
    fw(`Monitoring fwd: "ASR drop vos-jnb-2 -35%" + "FortiGate anomaly: tcp RST dropped 4,511/min". both from 23:00, after CHG-0912 (RST On). FYI @L2`),
    fw(`stateful firewall drops the RST after RST mode → TCP calls stuck. Palo Alto. best fix?`),
    fw(`Our Check Point logs "TCP packet out of state: First packet isn't SYN tcp_flags: RST-ACK" by the hundreds since RST close got switched on. calls ring forever then fail`),
    fw(`US NOC: since CHG-4471 (SS_TCP_CLOSE_RESET=On) calls to a carrier behind an ASA don't tear down properly; the ASA drops our RSTs (106015). carrier sees ghost calls, we see failures`),
    fw(`Escalation from Pretoria, long one sorry. Tue we did the TIME_WAIT tuning incl. RST on. Wed morning: phones all registered, no bind errors, TW 1.5k 👍. But from 9am calls to the TCP carrier ring and never connect or hang up. Their side says SIP fine. Our iptables box between VOS and the carrier shows the RSTs hitting the ctstate INVALID drop rule. So it's the firewall eating the resets — turn RST off or allow RST?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning149Set: readonly EvalItem[] = Object.values(tuning149Families).flat();
