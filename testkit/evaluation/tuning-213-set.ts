import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * NOC engineers and support-desk staff everywhere, writing tickets and chat in English as a second language: Lagos,
 * Nairobi, Karachi, Dhaka, Manila, Jakarta, Hanoi, Cairo, Tehran, Istanbul, Kyiv, Bucharest, Warsaw, São Paulo, Mexico
 * City. Terse ticket lines (TKT-/CHG-/P2 |), pasted ss -s, netstat, tcpdump, iptables -L, conntrack -S and VOS log lines,
 * forwarded customer complaints, "kindly do the needful", "po", "oga", "bhai", "dada"; 28,5k, 28.500, 28 233, 3 vạn, 29rb.
 *
 * The two-hundred-and-thirteenth tuning split, by family, in fresh hands. Five negative families of 27 (one service
 * that cannot bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed
 * phones unregistered after RST mode, a stateful firewall dropping RST). Written as the two-hundred-and-thirteenth never-tuned set, before the seventy-third
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the seventy-third round, then made tuning
 * material for the seventy-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 100 %, negatives confident 3 %, confident wrong 0 % with the rules of
 * the seventy-second round, before the seventy-third.
 * After the seventy-third round: the same.
 * After the seventy-fourth round, tuned on: in scope 100 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning213Families = {
  oneListeningPort: [
    no(`TKT-44812 / P3 / nginx on portal box not start after yum update. journalctl: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). httpd was installed by the update also i think. pls advise`),
    no(`Hello team, mysqld not coming up on VOS DB server after reboot, error log say "Can't start server: Bind on TCP/IP port: Address already in use" and "Do you already have another mysqld server running on port: 3306 ?". ps shows 2 mysqld_safe. Kindly do the needful`),
    no(`redis-server fail: Could not create server TCP listening socket *:6379: bind: Address already in use. somebody start second redis in docker with same port. only this, calls no issue`),
    no(`web manager of vos3000 not opening. catalina.out:
SEVERE: StandardServer.await: create[localhost:8005]: java.net.BindException: Address already in use
old java process still there after i stop the service, pid 2231. kill it safe?`),
    no(`not VOS question sorry 🙏 my laptop npm run dev give Error: listen EADDRINUSE: address already in use :::3000 ,, how to find which process take it on windows?`),
    no(`docker compose up on billing host:
Error response from daemon: driver failed programming external connectivity on endpoint billing_api: Bind for 0.0.0.0:8443 failed: port is already allocated
old container billing_api_old still up i guess. which cmd to see?`),
    no(`URGENT. after kill -9 mbx3000d and start again, softswitch log: bind udp 0.0.0.0:5060 failed, address already in use. netstat -lnup | grep 5060 show old pid 8812 still alive. zero traffic now, switch is down totally`),
    no(`Buenas, the sshd not start on port 2222 that we change, say "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." the port have other service (a old squid proxy). how we proceed`),
    no(`Dear, after we install the asterisk in same server of vos for testing, the vos not start SIP because asterisk take the 5060 already. we remove asterisk or change his port?`),
    no(`Hi po, our zabbix agent cannot start, "listener failed: bind() for [[-]:10050] failed: [98] Address already in use". maybe old agent2 also installed po. thanks`),
    no(`Good afternoon sir, VOS media proxy on the new install refuse to start, it say cannot bind port 10000. I check, na the rtpengine of former engineer dey hold am. abeg which one we remove`),
    no(`ss -ltnp | grep :443
LISTEN 0 128 *:443 *:* users:(("httpd",pid=1120,fd=4))
haproxy wont start, "cannot bind socket [0.0.0.0:443]". we want haproxy in front. how to disable httpd on boot centos7`),
    no(`postgres on reporting box: could not bind IPv4 address "0.0.0.0": Address already in use. HINT: Is another postmaster already running on port 5432? -> yes, old 9.2 cluster still running. just confirm safe to stop it`),
    no(`anh oi, cdr export service (java) cannot start, BindException port 9090 in use. i check, prometheus is use 9090. where can change port of cdr export?`),
    no(`Hello, we move web portal of VOS to 8081 but tomcat say Address already in use, because our jenkins is on 8081. sory my mistake. which other port you recomend?`),
    no(`pessoal, quick one: after the power came back the vos3000 web not up, log "Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"] java.net.BindException: Address already in use". there is 2 tomcat scripts in init.d`),
    no(`Morning. Our freeradius for billing fails: "Failed binding to auth address * port 1812: Address already in use". Another radiusd left running from manual test yesterday. No other issues.`),
    no(`Sir snmpd is not starting, "Error opening specified endpoint udp:161", and in netstat the vendor snmp agent is sitting on 161. Plz guide which to keep`),
    no(`Mas, program ivr kami (python) error OSError: [Errno 98] Address already in use waktu start, port 5080. proses lama masih jalan, lupa stop. how to make systemd stop it first?`),
    no(`Ticket #5521 update: vsftpd for CDR pickup fails "500 OOPS: could not bind listening IPv4 socket", found proftpd also enabled on 21. Will disable proftpd, closing if ok`),
    no(`Dear support, the VOS3000 softswitch not start after upgrade, softswitch.log: "listen tcp 5060 fail, errno 98". There is mbx3000d old version still running from /home/kunshi_old. No load on this server, is new install`),
    no(`oye, grafana no levanta: "http server error: listen tcp :3000: bind: address already in use". is the nodejs dashboard of my coworker. ok if i kill it no?`),
    no(`bro I run two kamailio on same box for test, second one say "bind(): Address already in use" on 5062 because first config also have listen=5062. how run both?`),
    no(`Need help w/ openvpn on NOC jump host: "TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use". openvpn@server2 uses 1194 too. will change port, just confirm`),
    no(`vos web interface https: after i put the certificate tomcat log says port 443 already in use, nginx is running there for other site. one port one service, right? better proxy via nginx?`),
    no(`Hi, kindly check - our SMPP gateway app not starting on the server next to VOS, "bind failed port 2775 in use". old java process is zombie. restart whole server is ok?`),
    no(`добрый день. mbx3000d start failed: Cannot bind SIP port 5060, Address already in use. found i started softswitch manually from shell AND service also started it, two copies. nothing is up yet so 0 calls`),
  ],
  otherRegistrationCause: [
    no(`TKT 7731: 40 ext unregistered since 09:15. root cause: customer changed SIP passwords in portal and did not update phones. 401 Unauthorized in log. pls reprovision`),
    no(`Hi team, all accounts of reseller Sunrise showing unregistered, checked they are expired on 31st, validity finished. Please extend validity so they can register`),
    no(`VOS shows "license exceeded" and new phones not registering, we have 500 licence and 500 already online. need quote for upgrade licence`),
    no(`we migrated VOS to new DC, public IP changed from 41.x to 102.x, phones still point to old IP so all unregistered. is there way to push new IP or need touch each phone?`),
    no(`our sip domain sip.voxtel.co.ke was not renewed, the A record gone, phones cannot resolve, all unreg since morning. domain renewed now, waiting propagation`),
    no(`after ISP swap the router, phones on UDP lose register every few min. new router UDP NAT timeout 30s and phones re-register interval 3600. We use UDP only, no TCP at all.`),
    no(`Brother, office in Lahore all phones unregistered randomly, I disabled SIP ALG on their router and now stable. just FYI, close ticket`),
    no(`Load shedding in our area, the customer office was without power 4 hours, that is why phones showed unregistered in VOS. now back. no action needed.`),
    no(`customer complain "phones not register" - their fibre was cut, ISP confirm outage in Lekki. nothing on our side`),
    no(`ext 2045 unregistered, user moved desk and did not connect the LAN cable back lol. fixed`),
    no(`the DECT handset ext 311 offline, battery dead. customer asking why it is red in portal. charged now ok`),
    no(`softphones on wifi in warehouse all unregistered, the wifi AP is broken. they use Zoiper on android. replacing AP tomorrow`),
    no(`new GoIP gateway not registering, log show 403 Forbidden. i copied password with a space at the end. my bad`),
    no(`gateway of client was registered by IP auth, they change static IP to dynamic, now VOS reject them. need to change to password registration, how?`),
    no(`all phones of customer XYZ unreg and calls rejected. reason: balance zero, account locked by billing. they pay tomorrow`),
    no(`SIP TLS certificate on our domain expired last night, phones using TLS cannot register (handshake fail). renewing with certbot now`),
    no(`user complain his desk phone keep unregistering. reason: account limit is 1 registration and he also login same account on his mobile softphone, they kick each other`),
    no(`Yealink auto-upgrade overnight reset 25 phones to factory, they lost account. provisioning server is down so they don't get config back. fixing provisioning`),
    no(`customer set the phones to port 5080 but our VOS listen 5060. unregistered since setup day. just config error, corrected`),
    no(`IT of customer moved the phones to new VLAN without DHCP, phones got no IP, so unregistered. told them`),
    no(`phones of office unregistered because fail2ban banned their public IP after one phone with old password tried 50 times. unbanned and fixed the phone`),
    no(`we restart VOS for maintenance at 2am, phones with 3600 expire re-register only later so some showed unregistered for one hour. normal?`),
    no(`hola, the 8 phones of the clinic unregistered since they changed ISP, the new ISP block port 5060. we moved to 5070 and ok now`),
    no(`Dear, the account of customer was deleted by mistake by our junior from VOS, so phones get 404 Not Found on register. can restore from backup?`),
    no(`our registration to upstream carrier failing since morning, carrier says our credentials expired on their side, they reset password. waiting new one`),
    no(`typhoon signal no. 3 in our area, cell sites and power down, the remote agents' softphones all offline. fyi only po`),
    no(`Grandstream phones show "Not registered" because customer typed server as "sip:102.x.x.x" with the prefix in the field. removed, ok now`),
  ],
  smallFigures: [
    no(`ss -s
Total: 412 (kernel 530)
TCP:   187 (estab 96, closed 61, orphaned 0, synrecv 0, timewait 58/0), ports 0

is this ok for vos with 120 concurrent? just health check before the audit`),
    no(`quick qs: what is TIME_WAIT exactly? why socket stay after the call end?`),
    no(`pls explain tcp_tw_reuse, is it safe on centos 6? we dont have problem, just learning`),
    no(`should we turn SS_TCP_CLOSE_RESET on? our consultant say it is best practice. nothing broken, max 200 CPS`),
    no(`netstat -ant | grep TIME_WAIT | wc -l
312
normal?`),
    no(`Planning: next quarter we expect 3x traffic from new carrier, what kernel params we should check before? today all smooth`),
    no(`what is ip_local_port_range default on centos 7? how many ports it give?`),
    no(`difference between FIN close and RST close? for my training notes for junior NOC`),
    no(`our monitoring show 1,2k TIME_WAIT at peak, around 40 CPS, no call fail, no error. just want confirm it is fine`),
    no(`Is it true SS_TCP_CLOSE_RESET not do anything for UDP? most of our traffic is UDP, asking for documentation`),
    no(`conntrack -S
cpu=0 found=0 invalid=3 ignore=112 insert=0 insert_failed=0 drop=0 early_drop=0 error=0 search_restart=0
cpu=1 found=0 invalid=1 ignore=98 insert=0 insert_failed=0 drop=0 early_drop=0 error=0 search_restart=0
is invalid=3 something to worry? everything working`),
    no(`how to check how many TCP sessions VOS have open? command pls`),
    no(`for new server what sysctl you recommend for VOS3000 at 500 concurrent? not live yet`),
    no(`hi, customer ask what happen to phones behind NAT if one day we enable RST. before we decide anything. currently Off`),
    no(`TIME_WAIT is 60 sec or 2 min? is it config? can we make short? just curiosity`),
    no(`dashboard: TIME-WAIT 74, ESTAB 230, all green. ok to put in weekly report for manager?`),
    no(`what is EADDRNOTAVAIL? saw it in a book about linux networking, not on our server`),
    no(`bhai ek doubt, tcp_tw_recycle aur tcp_tw_reuse me kya farak hai? production pe koi issue nahi hai`),
    no(`we have 2 VOS, one has 90 timewait the other 15. why different? both working fine`),
    no(`Before change window Sat: want raise port range to 1024-65535 only preventive. any risk? currently ~2000 ports used`),
    no(`How many ephemeral ports linux has by default, 28k? manager ask for capacity document`),
    no(`what is CLOSE_WAIT vs TIME_WAIT? i see 4 close_wait and 30 time_wait on our sip server, no complaints`),
    no(`is "ss" available on centos 5? we only have netstat there, asking for the runbook`),
    no(`Good day, audit checklist item 14: "verify TCP close mode of softswitch". what value recommended for us (only UDP customers, 60 CPS)?`),
    no(`galera, o que é SO_LINGER? vi no doc relacionado com RST. só curiosidade`),
    no(`our ss -s this morning: timewait 401/0, estab 880. last week same. trend stable. ok to close monitoring ticket?`),
    no(`reparse is enough after change in softswitch.conf or need restart? asking before we touch any param`),
  ],
  firewallNoRst: [
    no(`pls open udp 10000-20000 on fortigate for RTP to new vos 185.x.x.x, one way audio now because RTP blocked`),
    no(`whitelist carrier IP 196.x.x.x in iptables for sip 5060 udp pls, they start sending traffic tomorrow`),
    no(`fail2ban banned our own NOC IP 😅 how to unban? fail2ban-client set sshd unbanip x.x.x.x is correct?`),
    no(`port forward on MikroTik for 5060 udp to internal vos, pls check my rule:
/ip firewall nat add chain=dstnat protocol=udp dst-port=5060 action=dst-nat to-addresses=192.168.88.10`),
    no(`SIP ALG disable on fortigate: config system settings / set sip-expectation disable / set default-voip-alg-mode kernel-helper-based ... is correct?`),
    no(`geo-block: want drop all sip except from KE UG TZ on pfSense. best way pfBlockerNG?`),
    no(`rule for web portal 8080 only from office IP:
iptables -I INPUT -p tcp --dport 8080 -s 41.x.x.x -j ACCEPT
iptables -A INPUT -p tcp --dport 8080 -j DROP
ok?`),
    no(`iptables -L -n --line-numbers
Chain INPUT (policy ACCEPT)
1 ACCEPT udp -- 0.0.0.0/0 0.0.0.0/0 udp dpt:5060
2 DROP udp -- 45.x.x.x/24 0.0.0.0/0
the drop is after the accept so scanner still pass? rule order question`),
    no(`AWS security group: need open 5060 tcp/udp for new client, which CIDR should I put, their whole range or /32?`),
    no(`SIP scanner "friendlyscanner" sending 2k REGISTER/s from 45.x, want block by user-agent with iptables string match`),
    no(`ASA: need static NAT + ACL for the new vos, config review pls before we apply tonight`),
    no(`fortigate 60E CPU 90% at peak, want bigger model, recommend? nothing dropping yet`),
    no(`how to log dropped packets on iptables for audit? LOG target with prefix?`),
    no(`pfSense update disabled our port forward 5060 rule (it show grey). re-enabled, ok now. fyi`),
    no(`ufw on ubuntu billing server: allow mysql 3306 from vos only, rest deny. syntax pls`),
    no(`preventive: want raise nf_conntrack_max on the LB, now 65536 and usage 9k. good value?`),
    no(`need rule to allow ICMP from our monitoring server to all VOS, pfsense`),
    no(`open ssh 22 to new NOC engineer IP 103.x.x.x and remove Rahim old IP, he left company`),
    no(`rate limit SIP INVITE per source IP with iptables hashlimit, example pls`),
    no(`MikroTik: need port forward TCP 5061 for one customer using TLS`),
    no(`how allow microsip in windows defender firewall on the agent PCs? windows keep asking`),
    no(`want put the VOS web portal behind cloudflare WAF, any problem with the login page?`),
    no(`FortiGate VIP for web portal 443 -> 10.0.0.5:8443, port forward not working from outside, inside ok. VIP config attached`),
    no(`migrate from iptables to firewalld on centos7, how convert rules without lock ourselves out`),
    no(`Customer ask which ports to open on their firewall for VOS: 5060, rtp range, what else? list pls`),
    no(`temporary allow all from carrier 62.x.x.x for troubleshooting then revert tonight, ok?`),
    no(`Salam, please block all SIP traffic coming from Russia and China on our FortiGate, too much scanning, geo policy`),
  ],
  negationContext: [
    no(`phones behind the mikrotik unregistered, but we use UDP only so RST setting not relevant. cause found: ISP put them on CGNAT. fixed with public IP`),
    no(`RST is Off and was never changed. the 2 phones unreg today were unplugged by cleaner`),
    no(`"address already in use" in log was from my test script, I run nc -l 5060 on the box to test. sorry, ignore`),
    no(`It was fixed last week after tcp_tw_reuse, just telling you TIME_WAIT now 300 at peak, calls ok. close ticket`),
    no(`after the password change the phones dropped, not the RST thing my colleague thought. updated passwords, all reg`),
    no(`colleague said firewall drop the RST, but we took tcpdump both sides and RST arrive fine. the hang was CRM bug, vendor fixed`),
    no(`for the record: in January we had port exhaustion, solved with port range. no issue now. need RCA doc template`),
    no(`nobody changed anything on VOS, SS_TCP_CLOSE_RESET still default Off, NATed phones fine. only 1 remote phone unreg because its internet`),
    no(`TIME_WAIT 40k was on the test box during sipp load test, not production. prod is fine`),
    no(`fortigate logs show no dropped RST, policy allow all, so firewall is not the cause of failed calls; the carrier had outage`),
    no(`"Cannot assign requested address" came because I put wrong IP in bind config (IP not on the interface). fixed, softswitch up`),
    no(`we enabled RST last month and everything ok, phones behind NAT all registered, no firewall issue. just report for monthly`),
    no(`Previous engineer thought port exhaustion, but ss -s show only 900 sockets; real cause was carrier rejecting with 503`),
    no(`the half-open connections was because the carrier's server crashed, not our firewall; carrier confirmed in RFO`),
    no(`asking for the record: when we turned RST Off back in March did NAT phones recover? need for report. nothing wrong today`),
    no(`Client said "phones lose registration behind NAT after RST" but they are on UDP and we never enabled RST. it was their SIP ALG. resolved`),
    no(`the stuck ESTABLISHED sockets: it was our monitoring script opening connections and never closing. killed script, fine`),
    no(`Resolved: calls failed at peak yesterday due to carrier capacity (503), not ports. TIME_WAIT normal ~600`),
    no(`not firewall: we bypassed the firewall completely and problem same, so firewall excluded. cause was codec mismatch g729`),
    no(`yesterday I wrote "port exhaustion", sorry wrong. it was disk full, mysql stopped, cdr failed. cleaned logs`),
    no(`conntrack invalid counter is high but from the old rule we removed 2 weeks ago, counter never reset. now 0 increase`),
    no(`the RST we saw in tcpdump was the carrier rejecting our TLS because certificate mismatch. fixed cert, ok`),
    no(`disregard my previous msg about "bind failed", it was the web portal port clash with nginx, already fixed`),
    no(`restart helps for some hours, but it is memory leak in the java billing app; ss shows only 200 sockets. vendor sending patch`),
    no(`vendor guess RST dropped by firewall; we have no firewall in between, direct cross-connect, and RST mode is Off anyway. issue was DNS`),
    no(`load test result: 350 CPS, TIME_WAIT peak 9k, no errors, no failed call after the tuning done last month. just sharing`),
    no(`my colleague wrote in the ticket "NAT phones unregistered after RST on". correction: RST was never turned on, phones dropped because of the power cut at the site`),
  ],
  portExhaustion: [
    pe(`ss -s
Total: 61234 (kernel 61790)
TCP:   59880 (estab 2210, closed 57300, orphaned 12, synrecv 0, timewait 57180/0), ports 0

calls fail from 19:00 peak, vos log: connect to carrier 41.x.x.x:5060 failed: Cannot assign requested address. restart fix it 1 hr`),
    pe(`Sir urgent, every evening 8-10pm approx 40% calls failing to vendor over TCP. error "Cannot assign requested address". after service restart ok for some time then same again. traffic approx 350 CPS`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
   2301 ESTABLISHED
     31 LISTEN
  28114 TIME_WAIT
and new TCP to carriers fail EADDRNOTAVAIL at busy hour`),
    pe(`buenas, en hora pico the vos cannot open new connection to the carriers, log says address already in use on outgoing connect, 30 mil TIME_WAIT. restart and 2 hours ok`),
    pe(`Oga the switch dey fail calls for night traffic. We see like 27,000 time_wait for netstat, and "Cannot assign requested address" when VOS dial the vendor over TCP. We dey restart am everyday.`),
    pe(`Customer Telemax complains ASR drop 55% -> 31% between 18:00-21:00 since they moved routes to TCP. Off peak normal. Our check: ip_local_port_range default 32768-60999, TIME_WAIT ~28k, so all local ports used.`),
    pe(`hello yes so im checking the server now and uh the calls are failing only when its busy like evening and the log is full of cannot assign requested address and i counted time wait its like thirty one thousand so yeah what we do`),
    pe(`Forwarding from my client (VOS3000 2.1.6): "From 7pm many calls to our upstream fail, VOS log shows connect() errno 99 EADDRNOTAVAIL, ss shows 29k timewait". Can you fix on their server?`),
    pe(`em chào anh, server vos giờ cao điểm bị lỗi "Address already in use" khi kết nối TCP tới carrier, time_wait khoảng 3 vạn. restart thì hết 1 lúc rồi bị lại`),
    pe(`Sir, at peak TIME_WAIT is reaching 0.6 lakh (we already widened range once), and outgoing TCP to vendors again fails with cannot assign requested address. calls dropping 7-11pm daily`),
    pe(`Dear team, kindly we have problem in busy hour, VOS can't make new TCP connection to vendors, error "Cannot assign requested address". TIME_WAIT more than 25 thousand. after reboot ok for 2-3 hours. please help urgently`),
    pe(`Hi. Problem: at peak (~400 CPS) outgoing SIP TCP to upstream fail. dmesg nothing. app log: EADDRNOTAVAIL. ss -tan state time-wait | wc -l = 28 233. port range default. what to tune?`),
    pe(`2024-05-14 20:11:03 [E] SipTcpTransport: connect 102.x.x.x:5060 failed (99: Cannot assign requested address)
2024-05-14 20:11:03 [E] SipTcpTransport: connect 196.x.x.x:5060 failed (99: Cannot assign requested address)
thousands like this, only in evening rush. morning clean`),
    pe(`Merhaba, our VOS at peak hours losing calls, outbound TCP fail with "BindException: Address already in use: connect" and time_wait 32k. at night no problem`),
    pe(`Hi po, recurring issue na po every peak (6-9pm PH time), calls to our 3 vendors failing, "cannot assign requested address" sa logs. TIME_WAIT around 29k po. restart lang po ang workaround namin`),
    pe(`Fala pessoal, switch falhando no horário de pico, 28.500 conexões em TIME_WAIT, erro "Cannot assign requested address" pro carrier. de madrugada tudo ok`),
    pe(`peak hour again: EADDRNOTAVAIL to all TCP carriers, 30k TIME_WAIT, restart buys 1h. need permanent fix`),
    pe(`Update TKT-9921: since we added 2 new carriers over TCP on Monday, every day 17:00-20:00 calls fail with "Cannot assign requested address". ss -s timewait 27,9k. rollback not possible, carriers needed.`),
    pe(`Sir jee, switch is choking at busy hour, netstat show TIME_WAIT approx 30000 and new connections to termination partner fail, cannot assign requested address. Kindly tune kernel side`),
    pe(`Hi, cause & symptom: ephemeral ports exhausted on VOS (range 32768-60999 = ~28k, and we have 28k TIME_WAIT at peak). Outgoing TCP to carriers get errno 99. Please apply tcp_tw_reuse + wider range.`),
    pe(`Good evening, each day at 9pm Cairo time the ASR go down very much, log show "Address already in use" when vos open new tcp to the vendors, and the TIME_WAIT is 26 thousand. at 2am all normal`),
    pe(`Pak, jam sibuk call ke carrier gagal, error cannot assign requested address, time_wait 29rb. restart service bisa normal sebentar. mohon bantuannya`),
    pe(`SEV2 | host vos-jnb-01 | symptom: outbound SIP/TCP connect fail at busy hr | err: EADDRNOTAVAIL | TIME_WAIT 30.1k | workaround: restart mbx3000d | req: permanent fix`),
    pe(`strange thing: only outbound calls fail, inbound still come, and only 7-10pm. CPU 30%, RAM ok, disk ok, carriers see nothing from us. finally checked sockets: 31k in TIME_WAIT and ip_local_port_range 32768 60999`),
    pe(`Dada, our vos at peak cannot connect with vendor, "cannot assign requested address". timewait 29k. reboot then fine for 1-2 hr. vendor saying problem on our side. pls help`),
    pe(`After moving our biggest carrier from UDP to TCP last week, at peak VOS runs out of local ports: ss -s timewait 30218, calls to carrier fail "Address already in use" on connect. restart helps few hours`),
    pe(`Please, since we grew to 250 CPS this month, at peak the server can't open any new outgoing TCP, EADDRNOTAVAIL in logs and 28k+ TIME_WAIT. Is it the ports? we restart daily now`),
    pe(`Hello, in evenings our VOS3000 give "Cannot assign requested address" for outgoing TCP to the 4 vendors; netstat: 31000 time_wait. Restart helps 1 hour. We are under many calls at that time.`),
    pe(`ss -s at 20:05:
TCP:   33012 (estab 1840, closed 30877, orphaned 3, timewait 30850/0), ports 0
same time: "connect failed: Cannot assign requested address" x4000 in vos log. at 23:00 timewait 3k and all good`),
    pe(`Namaste, we are small ITSP, Dashain festival traffic very high and VOS fail to connect carriers, error address already in use on outgoing, time_wait near 30 thousand. before festival never happen`),
  ],
  natUnregistered: [
    nat(`Changed SS_TCP_CLOSE_RESET=On yesterday for the time_wait issue. Since then all phones behind the MikroTik at customer office (SIP TCP) going unregistered every few minutes. Phones with public IP fine.`),
    nat(`Sir after enabling RST on close option, our office extensions behind NAT router are showing unregistered repeatedly. they use TCP transport. gateways on direct public IP no issue. kindly revert`),
    nat(`my client complain: since Tuesday 30 Grandstream phones behind their router keep dropping registration (TCP). On Tuesday we switched RST close to On in softswitch.conf. public IP phones of other clients ok`),
    nat(`hola, después del cambio de SS_TCP_CLOSE_RESET a On, los softphones de la oficina (detrás de NAT, Zoiper por TCP) se desregistran cada rato. los de ip publica ok`),
    nat(`so yeah after the change we did on the VOS the reset thing, all office phones behind the mikrotik are falling unregistered, like they come back then go again, they're on TCP, but the other site with public IP is fine`),
    nat(`Status update CHG-0417: SS_TCP_CLOSE_RESET set On + reparse at 01:00. TIME_WAIT down 80%. BUT from 08:00 NATed TCP endpoints (3 branch offices behind routers) unregistering repeatedly. Public-IP trunks unaffected.`),
    nat(`Good morning sir, since we put RST on close, the customer phones wey dey behind their office router (TCP) dey lose registration every now and then. The ones on public IP no wahala.`),
    nat(`Hi po, after we turned on RST mode kahapon, the softphones of the BPO (behind NAT, TCP) keep unregistering po. public IP SIP trunks ok naman`),
    nat(`Customer ABC: 45 IP phones flapping registration since Friday morning. TCP transport, behind a TP-Link doing NAT for their LAN. password ok, internet ok. only change: Thursday night we enabled SS_TCP_CLOSE_RESET.`),
    nat(`Dear, after activate RST in VOS (SS_TCP_CLOSE_RESET=On), all phones in customer company behind NAT register and after few minutes unregistered, again and again. They use TCP. Phones with real IP no problem.`),
    nat(`Bhai RST on kiya tha kal raat, aaj subah se NAT ke peeche wale phones (tcp) unregistered ho rahe hain baar baar. public IP wale theek hain. wapas off karein?`),
    nat(`VOS registration log:
10:02:11 ext 2001 reg ok 10.0.5.21 via 41.x.x.x:38211 TCP
10:04:40 ext 2001 unregistered
10:05:02 ext 2001 reg ok 10.0.5.21 via 41.x.x.x:40122 TCP
same for all ext behind customer NAT since RST close enabled Monday. ext with public IP no flap`),
    nat(`anh ơi, sau khi bật SS_TCP_CLOSE_RESET, các ip phone sau NAT router (dùng TCP) bị mất đăng ký liên tục. máy có IP public thì bình thường`),
    nat(`Hello, since we set close reset On, softphones behind the hotel NAT router drop registration every 5-10 min (SIP over TCP). our public IP gateways are stable. relation?`),
    nat(`pessoal, ligamos o RST on close ontem pra resolver TIME_WAIT, e hoje os ramais atrás do mikrotik do cliente (TCP) ficam caindo registro. ramais com IP público normal`),
    nat(`TKT-3310 | cust: Savanna Logistics | 60 ext behind NAT (Huawei HG8245) TCP | unreg loops since RST mode On Wed | public ext OK | pls advise rollback?`),
    nat(`RST on -> NATed TCP phones keep unregistering, public ones fine. revert?`),
    nat(`Good day, from when we enable the reset close in softswitch.conf, the GoIP gateways at customer site behind the router (TCP register) drop and register again many times. gateways with public IP stable`),
    nat(`Pak, setelah SS_TCP_CLOSE_RESET di-On kan, telepon kantor di belakang NAT (TCP) sering unregistered. yang IP publik aman`),
    nat(`Reseller here: 3 of my customers (all behind office routers, phones on TCP) say phones go offline randomly since last week. my customers with public IP not complaining. last week your team enabled RST mode on our VOS for the TIME_WAIT fix.`),
    nat(`Hi. After SS_TCP_CLOSE_RESET="On" and reparse, Yealink T46 behind client NAT (SIP/TCP) lose registration, re-register, cycle. WAN-IP phones fine. Before change stable 2 years.`),
    nat(`Hi team, please note after RST mode enabled, the call center agents (Linphone over TCP, behind office NAT) unregistered frequently, agents cannot receive calls. supervisors with public IP ok`),
    nat(`oye, desde que activamos RST en el switch, los teléfonos del cliente detrás de su router (TCP) se caen del registro. los que tienen IP pública jalan bien`),
    nat(`Cause: we enabled SS_TCP_CLOSE_RESET on Mon. Symptom since Mon: NATed SIP-TCP endpoints unregistered intermittently (~200 ext over 12 sites). Non-NAT endpoints OK.`),
    nat(`dada RST on korar por theke office er phone gulo (behind NAT, TCP) unregister hoye jacche bar bar. public ip phone thik ache`),
    nat(`Please, we did the RST change on VOS for busy hour problem and it helped, but now the phones in the schools behind their routers (TCP) drop registration. public IP ones fine`),
    nat(`After enabling RST close, MicroSIP softphones in our customers' office network behind NAT over TCP become unregistered each several minutes. Phones on public IPs are stable registered.`),
    nat(`FW from customer: "Our phones show No Service many times per hour since 2 days, we restart router, no help. Internet fine, other apps fine." -> checked: they are behind NAT, TCP transport, and 2 days ago is exactly when we put SS_TCP_CLOSE_RESET On.`),
    nat(`we turned on RST close for performance; now all remote workers' softphones behind home routers (TCP) register and fall off, only our DC phones with public IP stay registered`),
    nat(`buenas, after change to RST mode the phones in the MikroTik office over TCP become unregistered every little time; the public IP ones no. what we do`),
  ],
  firewallRst: [
    fw(`tcpdump on VOS: we see RST sent to 10.20.0.5:5060, on the carrier side tcpdump nothing arrive. FortiGate in between. since RST mode On, calls hang`),
    fw(`conntrack -S on cust gw:
cpu=0 found=0 invalid=48211 ignore=0 insert=0 insert_failed=0 drop=0 early_drop=0 error=0 search_restart=0
iptables -L -v: DROP all -- state INVALID 48k pkts. since RST close enabled, SIP TCP connections stay half-open on their PBX, calls fail`),
    fw(`Sir after RST mode enabled, calls via customer pfSense failing, pfSense logs showing blocked TCP:R packets from VOS IP. connections stuck ESTABLISHED on their PBX side. pls help`),
    fw(`ASA log: %ASA-6-106015: Deny TCP (no connection) from <vos>/5060 to <sbc>/41822 flags RST on interface outside. thousands since we enabled SS_TCP_CLOSE_RESET. sockets stuck on SBC side`),
    fw(`our SBC peer is in AWS behind a stateful security group; after we turned on RST close their SBC shows lots of CLOSE_WAIT, VPC flow logs show our RST packets REJECT. calls to them fail`),
    fw(`hola, desde el RST On, el FortiGate del cliente está dropeando los paquetes RST (log "no session matched") y las conexiones TCP SIP quedan colgadas en ESTABLISHED del lado de ellos`),
    fw(`ok so i did the capture on both sides, on the VOS i see the reset going out, on the PBX side nothing, zero, and the firewall in the middle is pfSense, and the PBX keeps the connection ESTABLISHED forever and calls hang`),
    fw(`Oga, since RST enable, calls to our partner dey hang. tcpdump show RST leave our server but e no reach them. their FortiGate dey drop am as invalid.`),
    fw(`tcpdump -ni eth0 'tcp[tcpflags] & tcp-rst != 0' and host 196.x.x.10
12:01:02.331 IP 102.x.x.4.5060 > 196.x.x.10.44120: Flags [R], seq 1932, win 0, length 0
on their side same filter = 0 packets. they have iptables stateful in front. sessions hang`),
    fw(`Hi po, after nag-enable kami ng RST close, connections to the carrier thru their firewall naka-stuck po sa CLOSE_WAIT, and firewall logs show RST dropped as invalid state po`),
    fw(`Problem: after SS_TCP_CLOSE_RESET=On, half-open SIP TCP sessions between VOS and customer PBX. customer iptables has "-m conntrack --ctstate INVALID -j DROP" at top; counter increasing with our RST.`),
    fw(`Dear, after enable RST option in VOS, calls through the customer Sophos firewall hang and not terminate, Sophos log show the RST packets dropped. before the change all was good`),
    fw(`Hi, carrier says our TCP sessions stay open on their side for hours since we use RST close. their Palo Alto drops our RST as "non-syn-tcp / out of window". calls randomly fail when reusing`),
    fw(`Calls from VOS to customer's big PBX: first call ok, next calls on same TCP fail or hang, started Monday. Monday we enabled SS_TCP_CLOSE_RESET. Customer IT sent FortiGate log: many "Denied by forward policy check" for TCP RST from our IP.`),
    fw(`P2 | vos-lag-02 <-> cust PBX | SIP/TCP conns left half-open after RST close On | tcpdump: RST egress OK, not seen at PBX | in path: cust pfSense (stateful) | req: advise`),
    fw(`Morning team, since we enabled RST mode the partner SBC keeps stale ESTABLISHED connections from us and calls hang. their firewall drops our RST packets, they confirmed in logs`),
    fw(`Pak, sesudah RST mode On, koneksi TCP ke PBX client lewat firewall mereka nyangkut (ESTABLISHED terus), tcpdump di firewall: RST dari kita masuk tapi di-drop. calls hang`),
    fw(`Sir after RST on, through the customer Cisco ASA calls are hanging, ASA shows "Deny TCP (no connection)" with RST flag from our VOS. kindly guide`),
    fw(`pessoal, depois do RST on close o pfSense do cliente tá bloqueando os RST e as conexões ficam meio abertas, chamada trava. log do pf: "blocked TCP:R"`),
    fw(`we have iptables+conntrack on the LB box in front of the carrier PBX; after RST On, dmesg full of "nf_ct_tcp: invalid RST" and conntrack invalid counter rising, their side sessions hang`),
    fw(`anh ơi, từ khi bật RST, FortiGate bên khách drop gói RST của mình, kết nối TCP bên PBX bị treo ở CLOSE_WAIT, cuộc gọi bị treo`),
    fw(`Reseller: my client with FortiGate 100F says since our RST mode change their firewall logs show thousands of "TCP RST dropped, no session" from VOS, and their PBX shows SIP TCP sessions never closing. calls ringing forever sometimes`),
    fw(`capture on VOS eth0: [R] to 5.x.x.x:5060 leaving. capture on their edge after firewall: no [R]. conn on their side stays ESTABLISHED 2h+. since SS_TCP_CLOSE_RESET On. they run OPNsense`),
    fw(`desde que prendimos RST, el firewall stateful del carrier tira los RST y sus conexiones se quedan colgadas, las llamadas nuevas fallan por la conexión muerta`),
    fw(`iptables -L FORWARD -n -v on cust gateway:
Chain FORWARD (policy DROP)
 pkts bytes target prot opt in out source destination
  91K 3640K DROP all -- * * 0.0.0.0/0 0.0.0.0/0 ctstate INVALID
counter grows with each call end since we set RST close. their PBX keeps sessions open`),
    fw(`Hello, after RST close set On, our TCP connections through the partner's firewall (filter rule drop connection-state=invalid) remain half-open on partner PBX; invalid counter increase with our RST packets`),
    fw(`Hi team, kindly check: after RST enable, calls through the bank's Check Point firewall hang at disconnect, Check Point shows RST dropped "out of state". tcpdump confirms RST leaves VOS.`),
    fw(`Please our partner's firewall is dropping the RST from our switch since we turned on the reset option, so their end keeps the old TCP connection and next calls fail. their engineer showed me the drop log`),
    fw(`dada RST on korar por customer er FortiGate RST drop korche, TCP session hang hoye thake ESTABLISHED, call hang. log e "no session matched"`),
    fw(`RST leaves VOS (tcpdump), never reaches PBX; pfSense in between drops it as invalid; calls hang since RST On`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning213Set: readonly EvalItem[] = Object.values(tuning213Families).flat();
