import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Customers of VOS3000 write English on WhatsApp wherever the switch is sold: wholesale carriers in Nigeria, Kenya
 * and Ghana, Philippine call centres, resellers in Indonesia, Vietnam, Latin America, the Gulf and Europe, and
 * engineers at small hosting firms, in English as a second language or as natives, from terse one-liners with
 * shorthand and emoji to long escalations with pasted ss, netstat, sysctl, conntrack, firewall, softswitch and
 * catalina output; its negatives are the hardest look-alikes its writer could think of.
 *
 * The hundred-and-forty-fifth tuning split, by family, written as the largest markets write: it returns to
 * the languages most of the customers use, in fresh hands. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, of which 26, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the hundred-and-forty-fifth never-tuned set, before the fifty-fifth round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured
 * as such before and after the fifty-fifth, fifty-sixth and fifty-seventh rounds, then made tuning material for
 * the fifty-eighth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 95.6 %, negatives confident 3.7 %, confident wrong 0 % with the
 * rules of the fifty-fourth round and the changes after it, before the fifty-fifth.
 * After the fifty-fifth round: the same.
 * After the fifty-sixth round: the same.
 * After the fifty-seventh round: the same.
 */
export const tuning145Families = {
  oneListeningPort: [
    no(`Good morning sir, after reboot the VOS web page is not opening. catalina.out says java.net.BindException: Address already in use: JVM_Bind <null>:8080. What to do?`),
    no(`tomcat wont start on 8080 "Address already in use". i think the old java process is still alive. how do i kill it safely without touching mbx3000?`),
    no(`Hi team, I installed nginx on the same box as vos3000 for a small landing page. nginx -t is ok but start fails:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
Is VOS using port 80??`),
    no(`mysqld not coming up after the power cut in our Ikeja office. error log:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
calls obviously down since the db is down`),
    no(`Boss we started a second softswitch instance for testing on the same server and it says cannot bind 5060, address already in use. Can two run together or we need a second IP?`),
    no(`not really VOS but maybe you know — on my laptop the node app for our billing dashboard dies with Error: listen EADDRINUSE: address already in use :::3000. it just reads CDRs from the vos db`),
    no(`docker run -p 5060:5060/udp for our test kamailio fails: "Bind for 0.0.0.0:5060 failed: port is already allocated". host already runs vos. can we map 5070 instead?`),
    no(`Kamailio in front of VOS on the same machine will not start — "bind(): Address already in use" on udp 5060. guess mbx3000 holds it. which port should VOS move to if we do this?`),
    no(`asterisk on our lab box keeps printing "Unable to bind to 0.0.0.0:5060: Address already in use". only one asterisk running... oh wait, somebody installed vos on that box last week too. confirm that's the reason?`),
    no(`i ran the vos3000d start script two times by mistake and the second one printed address already in use. is the first one fine or do i need a full restart? no calls on it yet`),
    no(`After yum update the web portal is dead. tomcat log:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
Calls still passing, only the portal`),
    no(`httpd: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443 — we just added SSL for the client self-care page. something else on 443?`),
    no(`Hello, phpmyadmin through apache stopped starting after we installed the vos client panel, bind error on port 80. netstat -tlnp | grep :80 shows java. so tomcat took 80?`),
    no(`sshd on our custom port 2222 failing: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." I think my colleague left a reverse tunnel there. not urgent`),
    no(`Redis on our CDR analytics VM won't start: "Could not create server TCP listening socket *:6379: bind: Address already in use". Same VM also holds the vos replica db if that matters`),
    no(`sir only our callback IVR service is not starting, log says cannot bind port 9000. rest of the calls ok. something else sitting on 9000 maybe?`),
    no(`small hosting company here. A customer's VOS VM: they changed the web port to 8443 in server.xml and now tomcat gives Address already in use. cPanel on the same VM uses 8443 I think?`),
    no(`8080 address already in use, tomcat not starting. help`),
    no(`Grafana container for our vos monitoring refuses to start: listen tcp :3000: bind: address already in use. it's a single container, restarted it 3 times`),
    no(`snmpd fails to bind udp 161 on the vos server, says address in use. net-snmp installed twice?? Zabbix can't poll anything now`),
    no(`we run our own small python SIP proxy for LCR on port 5080. after it crashed it can't come back: OSError: [Errno 98] Address already in use. do I need SO_REUSEADDR on the listening socket? quick advice pls`),
    no(`Hi Ali here from Karachi.. vos web login gone since morning, catalina says port 8080 in use. I found a second tomcat from an old install under /usr/local. kill that one?`),
    no(`Postgres for our reseller portal:
LOG:  could not bind IPv4 address "0.0.0.0": Address already in use
HINT:  Is another postmaster already running on port 5432?
that's the only issue, calls are fine`),
    no(`Trying FreeSWITCH on the same server as vos for a demo in Jakarta tomorrow. sofia profile internal fails to start, port 5060 in use. any way to have both on one box?`),
    no(`our dev ran "npm run dev" on the vos test server and vite complains port 5173 is already in use. is that from vos?? 😂`),
    no(`We cloned the VOS VM for a standby and now on the clone mysqld cannot bind 3306 — address already in use. Only that error. Did the clone start two mysql?`),
    no(`EADDRINUSE on 8081 when our API that pushes CDRs to the CRM starts. it's one node process but pm2 list shows it twice. it's 2am, zero traffic, so nothing to do with load`),
  ],
  otherRegistrationCause: [
    no(`Hi, 40 phones in our Manila call centre show unregistered since 9am. We changed the SIP passwords in VOS yesterday evening and only updated half of the phones. Log shows 403 Forbidden.`),
    no(`Our softswitch IP changed (moved to the new DC in Nairobi) and all gateways are unregistered. They still point to the old 41.x address. Do we have to reprovision each one?`),
    no(`Gateways behind MikroTik not registering since morning. Safaricom had an outage in the whole Westlands area, internet was down. Now it's back but 3 sites still offline`),
    no(`Account 80012 cannot register, gets 403. Customer balance is zero, they didn't pay this month. Does VOS block registration when the balance finishes?`),
    no(`vos licence expired yesterday?? all registrations rejected and the portal shows a licence warning banner. please renew urgently`),
    no(`Phones at our Cebu branch keep going unregistered every few minutes. Router is a TP-Link and I read SIP ALG is on by default. We are UDP 5060 only. Disable ALG?`),
    no(`We moved sip.ourvoip.ng to the new server but the DNS TTL was 24h so half the softphones still register to the old box and show unregistered on the new one. just wait it out?`),
    no(`Grandstream at our reseller in Kumasi showing unregistered... turns out the power adapter died, the phone was off the whole time 😅 sorry`),
    no(`We replaced the office MikroTik with a new hEX and since then the Yealinks show unregistered. All SIP over UDP 5060, nothing on TCP. Maybe the NAT rules didn't get copied?`),
    no(`Zoiper users can't register: "401 Unauthorized" again and again. Username is the number with country code 62... should it be without the 62?`),
    no(`customer says his gateway is "unregistered" but registration is actually fine in VOS, it's the calls that fail with 488 Not Acceptable Here. we only allow G729 on his account and the gateway offers G711 only`),
    no(`VOS shows the gateways unregistered between re-registers. Registration expiry is 3600 and the router's UDP NAT timeout is 60s. Phones are on UDP. Should we drop the expiry to 60?`),
    no(`All SIP extensions went unregistered this morning. Found the server clock 2 days ahead, NTP was broken after the reboot. could that break registration? fixing ntp now`),
    no(`Customer in Lima typed the server as sip.domain.com:5061 but we don't offer TLS, so the phone stays unregistered. Changed to 5060 and it registers. Just confirming that's right`),
    no(`Register fails from one gateway in Dubai — VOS log says IP not in allowed list. We bind the account to IP and the customer's public IP changed after the du router rebooted.`),
    no(`Hi, my softphone is unregistered. I'm on hotel wifi in Hanoi and I think they block 5060. Everything else on the laptop works.`),
    no(`Our DINSTAR gateway lost registration after a firmware upgrade; it reset the SIP server field to the default 192.168.1.1 lol. every setting wiped`),
    no(`40 agents went unregistered exactly at midnight. Their accounts had expiry 31/12 set by the old admin. I extended one and it works. How do I bulk extend the rest?`),
    no(`Office behind MikroTik, all phones unregistered. Found that fail2ban on the VOS banned the office public IP after a user typed a wrong password 10 times.`),
    no(`Registration failing with "too many registrations". The account's max registrations is 1 and the customer put the same credentials on 3 phones`),
    no(`Our reseller in Port Harcourt moved from MTN to Airtel fibre and now all his phones are unregistered. New router is behind CGNAT, double NAT. Everything is UDP. any advice?`),
    no(`Hello, since yesterday some Linphone users can't register: they're on 4G and the mobile operator here in the UAE blocks VoIP. On wifi it's fine.`),
    no(`Sir gateway showing unregistered, I check and the username had a space at the end "1001 " from copy paste. fixed now. thanks anyway 🙏`),
    no(`Phones unregistered after we changed the SIP domain in VOS from the IP to a hostname, the phones still send the old realm so it's a 401 loop. Do I need to change the realm on each phone?`),
    no(`Our VOS disk got full (/home at 100%) and after that registrations started failing. Cleaned the old logs and they came back. Known cause?`),
    no(`Unregistered softphones in the Quito office. Netgear router with SIP ALG rewriting the Contact to the private 192.168 address. We're on UDP. Disabling ALG fixed one PC, checking the rest`),
    no(`We have 12 Fanvil phones unregistered since the office moved building in Accra. New internet line isn't activated by the provider yet, we're on a 4G dongle for now.`),
  ],
  smallFigures: [
    no(`Quick one: netstat -an | grep TIME_WAIT | wc -l gives 312 on our vos box. Is that normal? Everything is working.`),
    no(`What is TIME_WAIT exactly? I see it all over the ss output and my boss is asking me`),
    no(`What does SS_TCP_CLOSE_RESET do? saw it in softswitch.conf while checking something else`),
    no(`Should we enable RST mode in general? ~80 CPS at peak on TCP, no problems today, just thinking about best practice`),
    no(`weekly health check, this normal right?
Total: 412 (kernel 480)
TCP:   188 (estab 61, closed 109, orphaned 0, synrecv 0, timewait 104/0), ports 0`),
    no(`ip_local_port_range shows 32768 60999 on our server. is that enough for vos at 30 CPS? no errors now, just planning ahead`),
    no(`Monthly audit for our client in Makati: 650 sockets in TIME_WAIT at peak, zero failed calls. Should I worry?`),
    no(`What is the difference between FIN and RST close? reading about SS_TCP_CLOSE_RESET, want to understand it before our upgrade next month`),
    no(`bhai what is the default value of SS_TCP_CLOSE_RESET? just want to confirm ours is default`),
    no(`tcp_tw_reuse is 0 on our new install. Should it be 1 for VOS? no issue at the moment`),
    no(`our TIME_WAIT: about 1,200 at 8pm peak, 90 at 3am. traffic ~15 CPS. looks healthy? we like to keep a baseline`),
    no(`Is RST mode safe with a FortiGate in front? Not enabled, just asking before we decide anything`),
    no(`Does SS_TCP_CLOSE_RESET affect UDP trunks at all? most of ours are udp`),
    no(`Sir please explain why linux keeps the socket in TIME_WAIT 60 seconds after the call ends. is it a waste?`),
    no(`conntrack -C → 2341, nf_conntrack_max = 262144. fine?`),
    no(`how many ephemeral ports does linux give by default? it's for a capacity report, not a problem`),
    no(`Client wants a doc "VOS3000 TCP tuning recommendations". Can you share what you normally recommend for TIME_WAIT and port range? They're at 20 CPS.`),
    no(`Hello from Ho Chi Minh. We plan to move some carriers from UDP to TCP. Anything to consider about TIME_WAIT or the RST setting? Now about 10 CPS total`),
    no(`right after the nightly CDR export I see 400-ish TIME_WAIT for a minute then it drops back. curious only`),
    no(`What's a sensible nf_conntrack_max for a VOS box with 500 concurrent calls? not seeing any drops, just planning`),
    no(`our grafana shows TIME_WAIT spiking to ~800 every hour on the hour (cron jobs). calls fine. ok to ignore?`),
    no(`Does changing SS_TCP_CLOSE_RESET need a restart of mbx3000 or does a reparse pick it up? Not planning to change it, just for our runbook`),
    no(`Hi, new engineer here. What is an "ephemeral port" and why does VOS need them for outgoing TCP? reading the docs`),
    no(`netstat: 57 TIME_WAIT, 230 ESTABLISHED. Normal Sunday volume. nothing wrong, just confirm the numbers look sane`),
    no(`Pros and cons of RST close vs normal close for a small setup (~5 CPS, 3 carriers on TCP)? no issue, we want the same config on all 4 servers`),
    no(`We're quoting a customer in Riyadh for 2000 channels. Would we need the TIME_WAIT tweaks from day one or only once CPS grows?`),
  ],
  firewallNoRst: [
    no(`Please open 5060 TCP and UDP on our FortiGate for the new carrier 196.x.x.x. What range do we need for RTP too?`),
    no(`Can you whitelist our new office IP 102.89.x.x on the VOS firewall? we can't reach the web portal from there`),
    no(`fail2ban banned our own NOC IP again 😩 how do I unban it and whitelist it permanently?`),
    no(`pfSense question: should we disable siproxd / the SIP ALG? some phones have one-way audio. we don't use TCP at all, pure UDP`),
    no(`Need an iptables rule to allow only Nigeria and Ghana IPs to 5060 and block the rest (geo-block). we get scanned from everywhere`),
    no(`SIPVicious scanners hitting us all night. rate limit 5060 with iptables hashlimit? example please`),
    no(`Cisco ASA: need an ACL for the new carrier's media range 10000-20000 UDP. anything else to add?`),
    no(`The customer's Palo Alto is blocking our web portal on 8080. do they need an App-ID or just the port?`),
    no(`Sophos XG in front of VOS — we want to turn on IPS but worried about SIP false positives. recommended exceptions?`),
    no(`Hi, please allow 41.203.x.x/24 in the firewall, it's the new Kenyan carrier. Their calls to us fail with "connection timed out" on their side since they can't reach 5060`),
    no(`Need a firewall rule for SIP TLS 5061, a customer in Germany insists on encryption. does VOS even support TLS?`),
    no(`FortiGate SIP session helper — delete it or not? some calls through the forti lose audio after a while. we're UDP only`),
    no(`Block country list on iptables using ipset — how do I load 5000 networks without slowing the server?`),
    no(`Our DC in Frankfurt is putting a hardware firewall in front of every server. Which ports does VOS3000 need open? web, sip, rtp, db, list please`),
    no(`is there a fail2ban filter for the vos web login page? we get brute force on it every night`),
    no(`ASA shows "Deny udp src outside:... dst inside:.../5060 by access-group outside_in" for the new client. so we just add them to the ACL?`),
    no(`Please help add a rule so only our office can SSH to the VOS server. currently open to the world 😬`),
    no(`Can we put the VOS web portal behind Cloudflare? SIP obviously not, just the portal`),
    no(`iptables -L -v shows 40k packets dropped on our final "DROP all" rule in INPUT. random scans I guess, calls fine. should I log them?`),
    no(`Client's router in Jakarta has SIP ALG on and it breaks our headers. They ask how to turn it off on a Huawei HG8245. any guide?`),
    no(`We want to rate limit REGISTER per source IP to stop brute force. can VOS do it or must it be the firewall?`),
    no(`New firewall request: allow TCP 5060 from carrier 2 (185.x.x.x), they move from UDP to TCP next week. Just the allow rule please`),
    no(`Our pfSense state table hit 80%, do we raise the limit? busy call centre in Davao, 300 agents, no call problems yet`),
    no(`Hello sir, iptables rules got flushed after reboot, all gone. how do I make them persistent on CentOS 7?`),
    no(`firewalld or plain iptables on CentOS for VOS, which do you recommend? setting up a fresh server in Lagos`),
    no(`We moved the VOS behind a new MikroTik and need to port-forward 5060 and RTP to it. which dst-nat rules exactly?`),
    no(`FortiGate admin wants a new policy that only lets our 6 carriers' IPs reach the switch and denies everything else. can you send the list of IPs we currently have trunks with?`),
  ],
  negationContext: [
    no(`We use UDP only on all trunks, so this SS_TCP_CLOSE_RESET thing doesn't apply to us right? calls are fine anyway`),
    no(`RST is off and was never turned on, I checked softswitch.conf. So the phones dropping off must be something else — the router was factory reset yesterday, I'll check that first`),
    no(`Just an update: the "address already in use" errors were last month during the promo. We set tcp_tw_reuse and the wider port range, no errors since. Closing the ticket, thx`),
    no(`Asking for a friend who runs VOS in Accra: does RST mode cause problems with firewalls? He hasn't enabled it, just curious`),
    no(`Fix worked 👍 after turning RST back off the MikroTik phones registered again. all 60 online now. thanks team`),
    no(`For the new guy's notes: in 2022 we had TIME_WAIT around 28k and calls failing at peak, fixed by RST on. Nothing wrong now, just documenting the history`),
    no(`I found old lines from March with "cannot bind" in the softswitch log while grepping for something else. Today everything is fine. just rotate them?`),
    no(`Nobody changed anything on the firewall or the softswitch config, RST not enabled. The failures were on the carrier side and they resolved it. FYI only`),
    no(`The phones were unregistered after the password change, not after any RST change — we never touched softswitch.conf. Sorted now.`),
    no(`Not a problem now, but last year our FortiGate was dropping the RST packets so we went back to FIN. If we try RST again one day, what should the forti policy have? no rush`),
    no(`No TIME_WAIT issue here, only about 200. The real issue is calls to one Vodacom prefix failing with 503 from the carrier.`),
    no(`SS_TCP_CLOSE_RESET=Off (checked), TCP trunks fine, registrations fine. Please close yesterday's ticket, it was a false alarm from our monitoring`),
    no(`It's not port exhaustion — I checked, 1,100 TIME_WAIT only and port range is already 1024-65535. The failures came from an expired carrier account.`),
    no(`Our firewall isn't dropping anything, logs are clean and RST mode is off. The one-way audio was a codec mismatch, fixed already`),
    no(`Pasting our old incident report for your records:
"2023-08-14 21:30 EADDRINUSE from mbx3000, 31k TIME_WAIT. Action: RST on + tw_reuse. Resolved 21:55."
Nothing happening now, just so you have it`),
    no(`Don't worry sir, the NAT phones going unregistered was the MikroTik losing power during load shedding. Nothing to do with the RST setting, which is still off.`),
    no(`We did NOT enable RST. The checklist said to but we skipped it. Everything works so we're leaving it like that`),
    no(`Please ignore yesterday's message about pfSense dropping resets — my colleague posted it in the wrong group, it was about our web load balancer, not VOS`),
    no(`After your fix (tw_reuse=1 and the wider port range) tonight's peak went fine: 0 bind errors, TIME_WAIT stayed under 5k. Thanks a lot!`),
    no(`Our Sophos is fine, the RST drop thing you described can't happen here because everything is UDP`),
    no(`My manager keeps saying "address already in use" but that was tomcat last week on the portal, not the softswitch. calls were never affected`),
    no(`Read your article on SS_TCP_CLOSE_RESET, very clear. We don't have any of those issues, just wanted to say thanks`),
    no(`The customer claimed their firewall drops our RSTs but RST is off on their VOS and the FortiGate logs show nothing. Real cause was an ISP outage in Kisumu.`),
    no(`Ticket #4412 can be closed. The unregistered phones were expired accounts, not NAT. Renewed them.`),
    no(`we were never on TCP so there's no RST involved. the calls dropping at 32s was the missing ACK thing, the carrier fixed it`),
    no(`Training question from our junior: "if we enable RST will phones behind NAT unregister?" We haven't enabled it, it's for the quiz 😄`),
    no(`Rolled RST back to Off on Monday like you said; since then no drops through the ASA, all calls complete. Just confirming, no action needed`),
  ],
  portExhaustion: [
    pe(`Sir urgent, every evening 8-10pm calls failing. softswitch log full of "address already in use". netstat -an | grep TIME_WAIT | wc -l = 28432. we do about 250 CPS at peak on TCP to carriers`),
    pe(`this is at peak right now, new outgoing TCP to carriers failing:
Total: 31245 (kernel 31402)
TCP:   30987 (estab 842, closed 29970, orphaned 12, synrecv 0, timewait 29950/0), ports 0
help`),
    pe(`mbx3000 can't open new TCP connections at peak. cannot bind. off-peak ok`),
    pe(`Good evening. Escalating from our NOC in Lagos. For the last 4 days, between 19:00 and 22:00, roughly a third of our outbound calls to TCP carriers fail. Carriers say they never receive the INVITE. On our side the softswitch log keeps repeating "connect failed: Address already in use" and our engineer counted over 30,000 sockets in TIME_WAIT at 20:30. CPS at that hour is about 280. After 22:30 it clears by itself. We did not change any config. Please advise what to tune, we have a big customer threatening to leave.`),
    pe(`TIME_WAIT 40k+ at peak and ASR falls to 20%. port range is still the default 32768-60999`),
    pe(`hi, when CPS goes above 150 the switch starts failing calls to our TCP carriers, log says EADDRINUSE. under 100 it's fine`),
    pe(`our dialer campaigns at 9am Manila time push ~300 cps and then the VOS log shows "bind failed: Address already in use" and calls fail en masse. after 10-15 min it recovers`),
    pe(`sysctl net.ipv4.ip_local_port_range → 32768 60999
sysctl net.ipv4.tcp_tw_reuse → 0
ss -tan state time-wait | wc -l → 27866
calls failing every peak hour. what do we change?`),
    pe(`Peak hour no new TCP connections from vos to the carriers. tens of thousands TIME_WAIT`),
    pe(`bhai 25 hazar TIME_WAIT sockets, calls failing at the evening peak. fix?`),
    pe(`Pak good afternoon, our VOS shows error "address already in use" in busy hours, TIME_WAIT up to 30rb. Outside busy hour no problem. mohon bantuan 🙏`),
    pe(`Hello, our server in Hanoi, at peak 7pm many calls fail. I check netstat it show 32000 TIME_WAIT. mbx3000 log "cannot bind local port". Please help check`),
    pe(`We moved our biggest carrier to SIP over TCP last week and since then every night around 21:00 outbound connections fail with EADDRINUSE. TIME_WAIT climbs to 28k. On UDP this never happened.`),
    pe(`is it normal that calls fail at peak with "address already in use"? we have like 30,000 time_wait sockets at that moment`),
    pe(`Hola team, Bogotá here. Peak hours (6-9pm) the softswitch stops making new TCP connections to our carriers, error "Address already in use". After peak everything is normal. netstat shows ~26k TIME_WAIT.`),
    pe(`ports exhausted? cat /proc/sys/net/ipv4/ip_local_port_range gives 32768 61000 and we sit at 28k time_wait at 300cps. the failures start exactly then`),
    pe(`Tonight again, from softswitch log:
2024-05-03 20:14:07 [ERR] tcp connect to 197.x.x.x:5060 failed: bind: Address already in use
2024-05-03 20:14:07 [ERR] tcp connect to 197.x.x.x:5060 failed: bind: Address already in use
2024-05-03 20:14:08 [ERR] tcp connect to 105.x.x.x:5060 failed: bind: Address already in use
thousands of these between 20:00 and 21:30 only. TIME_WAIT at 29k then`),
    pe(`We run ~400 CPS of KSA traffic over TCP. At peak "cannot bind" errors and carriers see no INVITE from us. TIME_WAIT 45k. Please advise parameters — is SS_TCP_CLOSE_RESET=On the fix here?`),
    pe(`Calls only fail at peak. off peak 100% fine. log says cannot bind, and netstat is full of TIME_WAIT`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
  31022 TIME_WAIT
    910 ESTABLISHED
     14 LISTEN
peak time now, ASR crashed`),
    pe(`Sir from Nairobi. During the evening rush (around 7pm) our VOS can't make outgoing TCP connections, BindException in the log, and there are 20k+ sockets sitting in time wait. What is the fix?`),
    pe(`Monitoring alarm "ephemeral port usage 98%" on vos-02 every day 18:00-20:00, and exactly then calls to our TCP carriers fail with address already in use`),
    pe(`Morning. Yesterday peak we lost about 40% of calls. mbx3000 log: EADDRINUSE repeated. ss shows timewait 29k. CPS was ~220`),
    pe(`After we added 3 new TCP carriers the traffic doubled, and now every peak: address already in use + thousands of TIME_WAIT. do I enable tw_reuse?`),
    pe(`Accra here. TIME_WAIT 35k at peak, outbound tcp calls failing, bind errors. pls help asap`),
    pe(`Hello, we are reseller in Ho Chi Minh. Customer complain at lunch peak 11:30-13:00 many calls fail. My engineer found "Cannot assign requested address" in log and very many TIME_WAIT (about 30 thousand). Non peak OK.`),
    pe(`Hi, ops at a small carrier in Bucharest. Since our CPS went from 60 to 280, peak-hour outbound SIP/TCP setups fail intermittently. dmesg is clean but mbx3000 logs "bind() failed (98)" and ss -s shows timewait 27k. Port range is default.`),
    pe(`peak time everyday same problem. no new tcp connection. address in use. 28k TIME_WAIT`),
    pe(`We host a VOS3000 VM for a client. Every weekday 17:00-19:00 their outbound TCP trunks fail; we graphed it and TIME_WAIT rises to ~30k in step with CPS, while the softswitch logs EADDRINUSE on connect. CPU/RAM fine. Which sysctls / VOS setting do you recommend?`),
    pe(`Boss, Kano customer's traffic peaks at 9pm and then VOS can't bind new outgoing sockets. Ran "netstat -an | grep -c TIME_WAIT" → 33,907. Half the calls at that hour die.`),
  ],
  natUnregistered: [
    nat(`After we set SS_TCP_CLOSE_RESET=On yesterday all the phones behind MikroTik are showing unregistered. SIP over TCP. Before that it was fine.`),
    nat(`Hi, we enabled RST mode last night to fix TIME_WAIT. This morning half the softphones in our Manila office (behind NAT) are unregistered. They use TCP transport.`),
    nat(`Since RST was enabled our remote agents on home routers keep losing registration. all on TCP. office phones on public IP are ok`),
    nat(`rst on → nat phones unregistered. tcp. revert?`),
    nat(`Boss after you guys changed SS_TCP_CLOSE_RESET to On in softswitch.conf, the Yealinks behind the office router lost registration one by one. transport is TCP`),
    nat(`Good day. Writing on behalf of a reseller in Abuja with about 150 endpoints. Last Thursday your team applied the TIME_WAIT fix on our VOS, including turning on RST close. From Friday the endpoints behind customer routers (mostly MikroTik and a few Huawei ONTs doing NAT) started showing unregistered in the portal. They all register over TCP. The endpoints at two sites with public IPs never dropped. Passwords, IPs, nothing else changed. Kindly look into this urgently, customers are calling us all day.`),
    nat(`Zoiper clients on TCP behind home wifi drop registration every few minutes since the RST change on Tuesday. the UDP ones are fine`),
    nat(`Gateways behind MikroTik NAT go unregistered after about 1-2 min. started right after we turned on RST close. SIP TCP 5060`),
    nat(`Pak, after setting SS_TCP_CLOSE_RESET = On in softswitch.conf and restart, our resellers' phones in Surabaya behind NAT become unregistered. They use TCP. Phones with public IP still ok.`),
    nat(`We switched the softswitch to RST close for performance and now 80 softphones at our call centre in Quezon City, all behind one office router, keep showing unregistered. TCP transport.`),
    nat(`grep SS_TCP_CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
^ we set this on Friday. Since then phones behind NAT show unregistered in the portal. TCP only.`),
    nat(`Registrations drop for NATed endpoints since we enabled immediate reset on close. TCP. Endpoints on direct public IPs unaffected.`),
    nat(`Dear support, after change RST mode to On, the IP phones in our branch office (behind Draytek router NAT) show unregistered status. We use SIP TCP. Please advise.`),
    nat(`the grandstream gateways at our Kano customer sit behind a MikroTik. stable on TCP for a year. since RST mode was enabled on the VOS they flap: registered, unregistered, registered...`),
    nat(`Question: we turned on SS_TCP_CLOSE_RESET and now phones behind home routers lose registration. Is that expected? TCP transport. How do we keep RST and still fix NAT?`),
    nat(`Good afternoon po. After enabling RST mode our WFH agents (PLDT home routers, NAT) are all unregistered on Bria, TCP. The ones in the office with public IP are fine.`),
    nat(`MikroTik customers all offline in VOS since the RST change. They register over TCP. rebooting the MikroTik helps only for a few minutes`),
    nat(`since SS_TCP_CLOSE_RESET on, unregistered phones behind nat. tcp. help`),
    nat(`Salam, we set VOS to close TCP with reset (SS_TCP_CLOSE_RESET=On) to fix TIME_WAIT. TIME_WAIT is fixed but now the softphones of our customers in Sharjah behind their routers are unregistered. TCP. What to do?`),
    nat(`Engineer at a small hosting co. here. Client enabled RST mode on their VOS; now the SIP trunks from their customers' PBXs behind NAT (TCP) don't stay registered, they re-register every ~30s and then sit as unregistered.`),
    nat(`after rst enable, phones behind the router lose registration, tcp transport. phones outside nat work normal`),
    nat(`Good morning from Guatemala. Yesterday we put RST mode On in VOS. Today all customers behind routers (NAT) are unregistered. Transport is TCP. Customers with a public IP register ok.`),
    nat(`We have ~500 MicroSIP users behind NAT on TCP. Enabled SS_TCP_CLOSE_RESET in the 2am maintenance. By 9am about 60% show unregistered. coincidence?`),
    nat(`Good morning team. Since Monday our Nairobi office phones keep falling off — unregistered in VOS, back after a reboot, then off again. Internet is fine, passwords unchanged, they're on TCP behind a MikroTik. Only change on our side: we enabled SS_TCP_CLOSE_RESET on Sunday night.`),
    nat(`NAT phones unregistered since RST enabled (TCP). /ip firewall connection print on the MikroTik still shows the old TCP entries to the VOS as established`),
    nat(`sir after RST mode on, the ATAs behind home routers show unregistered. over tcp. is there some NAT keepalive setting?`),
    nat(`Turned on RST close 3 days ago on vos-lagos-01. Since then every customer behind NAT (mostly MikroTik, some TP-Link) registering via TCP goes unregistered after a few minutes. Customers on public IPs fine. The TIME_WAIT issue is solved though, so we don't want to just revert.`),
    nat(`hi, why would enabling SS_TCP_CLOSE_RESET make my NATed phones unregistered? TCP. happened right after`),
    nat(`Reseller in Jakarta complains all his 40 extensions are offline since yesterday evening. He's behind NAT and uses TCP. We enabled reset close on the switch yesterday afternoon.`),
    nat(`Hi, small ITSP in Porto. Following your advice we set SS_TCP_CLOSE_RESET=On. Since then our customers' phones behind Fritz!Box NAT using SIP/TCP go unregistered intermittently. PBXs on direct IPs unaffected.`),
  ],
  firewallRst: [
    fw(`After enabling SS_TCP_CLOSE_RESET calls through our FortiGate started failing. Forti log shows the RST packets being dropped. What policy do we change?`),
    fw(`iptables conntrack marks the RSTs from vos as INVALID and drops them since RST mode on. calls hang. how to allow them?`),
    fw(`since we turned RST mode on calls fail, our edge box logs this all day:
kernel: INVALID-DROP IN=eth0 OUT= SRC=10.0.0.5 DST=196.x.x.x PROTO=TCP SPT=5060 DPT=41234 WINDOW=0 RES=0x00 RST URGP=0
what rule do i add?`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 10.1.1.20/5060 to 41.x.x.x/52311 flags RST on interface inside
^ thousands of these since we turned RST on in VOS. calls dropping`),
    fw(`since RST mode enabled calls through pfSense hang at setup. pfSense logs show blocked TCP:R packets from the VOS on the default deny rule. fix?`),
    fw(`After enabling RST close our Palo Alto counter flow_tcp_non_syn_drop is climbing and calls on TCP trunks fail. The PA is dropping the resets. what do we allow?`),
    fw(`Sophos XG drops the reset packets since we set SS_TCP_CLOSE_RESET=On, log says "Invalid TCP state". calls failing`),
    fw(`RST on → calls through asa failing, asa dropping the rst. help`),
    fw(`one-way audio and hanging calls since we switched to RST close. FortiGate 100F logs show the RSTs dropped with "no session matched"`),
    fw(`calls drop after ~30 seconds since RST mode on. on our iptables gateway conntrack -S shows invalid= going up every second`),
    fw(`Good day, since your engineer enabled RST mode on our VOS yesterday, calls going through our FortiGate fail about 30%. The forti log shows lots of TCP RST denied. Please assist urgently.`),
    fw(`Escalation from Mombasa. Background: we enabled SS_TCP_CLOSE_RESET on Saturday to deal with TIME_WAIT. From Sunday ~20% of calls on our TCP trunks either never connect or hang with no BYE. Our VOS sits behind a Linux gateway with iptables and the usual "-m conntrack --ctstate INVALID -j DROP". Output now:
conntrack -S
cpu=0 found=0 invalid=18234 ignore=0 insert=0 insert_failed=0 drop=0 early_drop=0 error=0 search_restart=0
cpu=1 found=0 invalid=17990 ignore=0 insert=0 insert_failed=0 drop=0 early_drop=0 error=0 search_restart=0
invalid was near zero last week. What should we change?`),
    fw(`calls hanging (no BYE) since RST got enabled. tcpdump on the outside of our ASA shows the RST never gets through, inside we see it leave the VOS`),
    fw(`Dear team, after turn on SS_TCP_CLOSE_RESET, calls via Fortigate have issue: call connect but hang, can not release. Fortigate log many "TCP RST dropped". Please advise`),
    fw(`hi po, since enabling RST our calls through the pfSense at the site drop randomly. pfsense firewall log is full of blocked packets with flag R from the VOS IP`),
    fw(`Our Palo Alto in the Dubai DC drops the RST packets from VOS since we enabled RST close. Calls don't set up on the TCP trunks. What to allow?`),
    fw(`we have iptables -A INPUT -m conntrack --ctstate INVALID -j DROP in our ruleset. since RST mode on, calls failing. related? the drop counter on that rule is huge now`),
    fw(`Calls via the customer's Sophos UTM fail since we enabled RST — the UTM drops the resets as invalid packets. can we whitelist them?`),
    fw(`Hi, Madrid here. We enabled SS_TCP_CLOSE_RESET=On last week. Since then ~15% of calls through our Fortinet cluster fail or hang; diagnose debug flow shows the reset packet dropped, no matching session. Disabling RST fixes it but we'd like to keep RST. Which settings?`),
    fw(`pfsense drops RST → calls hang. started with rst mode`),
    fw(`Hello from Mexico City. After RST mode, calls through our ASA 5525 drop mid-call and some are one-way. ASA log: "Deny TCP (no connection) ... flags RST". What to configure on ASA?`),
    fw(`sir since RST enabled calls through the firewall failing. firewall dropping the RST packets as INVALID. ur advice pls`),
    fw(`Client's VOS sits behind our iptables gateway. They turned on RST mode and now call setup fails ~20%. conntrack entries stay stuck and our INVALID drop counter jumps with each failed call.`),
    fw(`FortiGate 60F drops resets after we enabled RST mode, calls drop. do i need "set tcp-session-without-syn all" on the policy?`),
    fw(`calls stuck ringing forever since RST close enabled. Sophos logs show the resets dropped`),
    fw(`Pak, after SS_TCP_CLOSE_RESET=On the calls to our carrier through the MikroTik firewall fail. the filter rule "drop invalid" counter is increasing a lot, all TCP with RST flag`),
    fw(`Since RST on, the kernel log on our edge shows "nf_ct_tcp: invalid RST" and calls drop. iptables on that box`),
    fw(`Morning. Since Wednesday many calls on our TCP trunks fail to connect or hang after answer, mostly evenings. The carrier says their side is clean. We checked the FortiGate: RST packets from the VOS are being dropped. Wednesday is the day we turned RST mode on.`),
    fw(`pf log, ever since RST enabled on vos and calls failing:
block in on igb0: 10.10.1.5.5060 > 185.x.x.x.49822: Flags [R.]
block in on igb0: 10.10.1.5.5060 > 185.x.x.x.50114: Flags [R.]`),
    fw(`Our ASA is dropping RSTs from the softswitch since we set SS_TCP_CLOSE_RESET On. calls hanging and some one-way audio. Kindly assist.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning145Set: readonly EvalItem[] = Object.values(tuning145Families).flat();
