import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP wholesale operators, call-termination shops, NOC engineers and resellers in Nigeria, Ghana, Kenya, Uganda,
 * Tanzania, South Africa and Zambia, writing on WhatsApp in Latin script: Nigerian and Ghanaian Pidgin ("abeg",
 * "oga", "chale", "wahala", "dey"), Sheng and Swahili ("sasa bro", "shida", "imekataa", "habari"), South African
 * English ("eish", "howzit", "load shedding", "sharp") and plain working English, roughly a quarter each, often with
 * pasted ss/netstat/firewall output; numbers as "30k", "30 thousand", "elfu thelathini", "30,000".
 *
 * The hundred-and-sixty-ninth tuning split, by family, in the largest markets in fresh hands. Five negative families of 27 (one
 * service that cannot bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30 (port exhaustion,
 * NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written as the hundred-and-sixty-ninth never-tuned
 * set, before the sixty-second round of rules, by someone who had read only the playbooks' symptoms and the domain
 * notes, without the matcher, its rules or the other sets in view; measured as such before and after the sixty-second
 * round, then made tuning material for the sixty-third: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 98.9 %, negatives confident 0 %, confident wrong 0 % with the rules of
 * the sixty-first round, before the sixty-second.
 * After the sixty-second round: the same.
 * After the sixty-third round, tuned on: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning169Families = {
  oneListeningPort: [
    no(`Oga abeg, after we restart the server this morning the web portal no gree come up. catalina.out dey show:
java.net.BindException: Address already in use (Bind failed) <null>:8080
Na only the portal o, calls dey pass fine.`),
    no(`Abeg help, mbx3000d no wan start after reboot. log say "bind 0.0.0.0:5060 failed: Address already in use". ps show say old mbx3000d process still dey hold am, pid 2231. I fit kill am?`),
    no(`Boss good morning. nginx dey fail: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). I think say apache dey run for the same box too. Which one I go stop?`),
    no(`Chale the mysql no dey start again on the billing box.
mysqld: Can't start server: Bind on TCP/IP port: Address already in use
Do you already have another mysqld server running on port: 3306 ?
Wetin I go do?`),
    no(`Oga the rate upload tool wey I dey build dey show "Error: listen EADDRINUSE: address already in use :::3000" when I run npm start. Na my laptop o, no be the server.`),
    no(`docker: Error response from daemon: driver failed programming external connectivity on endpoint vos-web: Bind for 0.0.0.0:8080 failed: port is already allocated.
abeg wetin cause this wahala? na only the web container`),
    no(`Redis no dey start since yesterday evening: "Could not create server TCP listening socket *:6379: bind: Address already in use". Every other thing dey ok, calls dey flow.`),
    no(`Sasa bro, web manager ya VOS imekataa kuwaka baada ya restart. tomcat log inasema "Address already in use: JVM_Bind" kwa 8080. Nimeangalia netstat, kuna java nyingine imeshika hiyo port.`),
    no(`Habari, nimejaribu kuanzisha mbx3000d tena lakini inakataa: Address already in use kwa 5060. Nadhani process ya zamani bado iko hai. Nifanye kill -9 ama?`),
    no(`Bro shida ni apache tu:
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
Nimeinstall nginx jana kwa hiyo server ya portal.`),
    no(`Sasa wasee, mysql imekataa kuanza kwa server ya billing. "Bind on TCP/IP port. Got error: 98: Address already in use" port 3306. Kuna mysqld mbili zinarun?`),
    no(`Mambo, container ya reporting haianzi: port is already allocated 0.0.0.0:9090. Ni docker tu, softswitch iko poa kabisa.`),
    no(`Niaje, kwa laptop yangu naendesha dev server ya dashboard ya CDR, inasema EADDRINUSE 127.0.0.1:5000. Nifanye aje? Si server ya live.`),
    no(`Habari za asubuhi. Baada ya stima kurudi softswitch imewaka lakini web interface haifunguki. Log: java.net.BindException: Address already in use, port 8080. lsof inaonyesha jenkins imeshika hiyo port.`),
    no(`Eish guys, the web portal won't come up after the reboot. catalina says Address already in use :8080. Turns out someone installed Jenkins on the same box. Do I just move Jenkins to another port?`),
    no(`Morning, quick one. After the server came back from load shedding the softswitch didn't start: 5060 Address already in use. An old mbx3000d was still hanging around. Killed it and it's up now, but why does that happen?`),
    no(`Howzit, nginx on the portal box: bind() to 0.0.0.0:443 failed (98: Address already in use). Think certbot standalone is still running. Sharp.`),
    no(`Hi team, MySQL on the VOS DB server refuses to start, error 98 Address already in use on 3306. We restored from backup yesterday and I think two instances are up now.`),
    no(`Eish, my dev box: "Error: listen EADDRINUSE: address already in use 0.0.0.0:8000" when I start the LCR script's little web UI. Not the live server, just my laptop.`),
    no(`Hey, the Redis for our reseller panel won't bind 6379, address already in use. Probably the old container still holding it. Softswitch itself is fine.`),
    no(`Good day, after the UPS swap the server came up but mbx3000d logs "bind udp 5060 Address already in use" and exits. ps shows two mbx3000d. Which one must I kill?`),
    no(`Hello, Tomcat for the VOS web management fails on startup with "java.net.BindException: Address already in use: bind" on port 8080. netstat -tlnp shows pid 1893 (java) already listening there. Calls are unaffected.`),
    no(`Good afternoon. Our SIP proxy in front of VOS cannot start: "cannot bind listening socket 0.0.0.0:5060: Address already in use". Asterisk was left installed on the same machine from the old setup.`),
    no(`Please help: httpd fails with "Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80". nginx is also enabled on boot on that server.`),
    no(`docker compose up fails for our rate portal: "Bind for 0.0.0.0:3306 failed: port is already allocated". The host already runs MySQL for VOS. Should we map another port?`),
    no(`Hi, after restart mbx3000d exited with "Address already in use" on 5060.
# ss -ltnp | grep 5060
LISTEN 0 128 0.0.0.0:5060 0.0.0.0:* users:(("mbx3000d",pid=1402,fd=9))
That is the stuck process from the old instance. Only that one port.`),
    no(`Grafana will not start on our Lusaka monitoring server: "listen tcp 0.0.0.0:3000: bind: address already in use". Our node dashboard dev server runs there too.`),
  ],
  otherRegistrationCause: [
    no(`Oga abeg, all the phones for Ikeja office don unregister since morning. NEPA take light, gen don finish diesel and the router never come back on. Wetin we go do make dem register back?`),
    no(`Boss, our reseller change password for him account yesterday, since then him gateways dey show unregistered. "403 Forbidden" full the log.`),
    no(`Abeg, our ISP change our public IP last night (fibre). Now VOS no dey accept the gateway because we whitelist the old IP. Gateway dey show registration failed. Na UDP we dey use.`),
    no(`Oga I check am, this customer account expire since 1st and e never pay. Na why him phones dey show unregistered abi na another thing?`),
    no(`Chale, the phones for Osu branch dey unregister every now and then. Na UDP only. The new router na Huawei with SIP ALG on. Abeg how I go off am?`),
    no(`Abeg the softphone for one of my agents dey show "Registration failed 401 Unauthorized". I think e type the password wrong for Zoiper.`),
    no(`Oga VOS licence don expire? All registrations drop 00:00 and web dey show license expired. Abeg how we go renew sharp sharp.`),
    no(`Sasa bro, simu zote za Kisumu office ziko unregistered tangu jana. Stima imepotea na router haijawaka. Ni power tu nadhani.`),
    no(`Habari, account ya reseller imesuspendiwa kwa sababu ya balance, sasa gateway zake zinaonyesha unregistered. Akilipa elfu thelathini itarudi automatic?`),
    no(`Bro shida, tumebadilisha ISP kutoka Safaricom kwenda Zuku, sasa simu haziregister. Tunatumia UDP tu. IP ya public imebadilika na whitelist bado ina ile ya zamani.`),
    no(`Mambo, DNS name ya server tumebadilisha kutoka sip.old.co.ke kwenda sip.new.co.ke. Simu ambazo bado zina jina la zamani zimekataa kuregister.`),
    no(`Niaje, gateway ya GSM iko unregistered kwa sababu niliweka password mpya kwenye VOS lakini sikubadilisha kwenye gateway. 401 Unauthorized kila sekunde.`),
    no(`Habari, internet ya ofisi imekatika tangu asubuhi (fibre cut kwenye barabara). Ndo maana simu zote ziko offline? Tunasubiri ISP.`),
    no(`Sasa, softphone za agents zinapoteza registration kila dakika tano tangu tuweke router mpya ya TP-Link, ina SIP ALG on. Tunatumia UDP 5060 tu.`),
    no(`Eish, load shedding stage 6 and the office router was off for 4 hours, all phones unregistered. Power is back now but two phones still won't register. Could it be their PoE injector?`),
    no(`Hi, client's account expired end of month and his trunks show unregistered. He says he paid R5,000 on Friday. Can you check the payment went through?`),
    no(`Morning, we moved the Durban office to a new Vumatel line, new public IP. Phones are UDP and won't register because our VOS IP whitelist still has the old IP.`),
    no(`Howzit, our reseller reset all the SIP passwords after a fraud attempt and now half his phones show unregistered with 403. Is that expected until he updates them?`),
    no(`Eish guys, one Yealink in reception was unregistered, turns out the cleaner unplugged the PoE switch. Sorted. Just letting you know.`),
    no(`Hi, phones keep dropping registration at the Cape Town branch, UDP only, the new Telkom router has SIP ALG switched on. Must we disable it?`),
    no(`Quick one, our DNS provider changed and sip.ourco.co.za doesn't resolve anymore, so all gateways have been unregistered since this morning.`),
    no(`Good morning, our Kampala customers' softphones show "Registration failed: 403 Forbidden" since we rotated the account passwords. The new passwords were not pushed to the devices yet.`),
    no(`Hello, the licence on our VOS3000 expired last night and all 2,400 registrations dropped at midnight. Please advise on renewal.`),
    no(`Dear support, the gateway at our Lusaka site shows unregistered. The site has had a power outage since 6am (ZESCO load shedding). Nothing else changed.`),
    no(`Hi, a customer in Dar es Salaam changed his router last week. His phones use UDP and are now unregistered. SIP ALG is on in the new router.`),
    no(`Hello team, account 8812 is suspended for non-payment (balance -12,000 NGN) and its phones show unregistered. The customer thinks it is a technical fault. Please confirm.`),
    no(`Good day, our registrar domain expired, the phones could not resolve the server name and went unregistered. We renewed it this morning and are waiting for DNS.`),
  ],
  smallFigures: [
    no(`Oga abeg wetin be TIME_WAIT? I see am for netstat, like 240 of dem. E dey normal?`),
    no(`Abeg this ss -s output normal?
Total: 612
TCP:   380 (estab 96, closed 270, orphaned 0, timewait 268)
Na quiet hour, like 8 CPS.`),
    no(`Boss, if we on SS_TCP_CLOSE_RESET, the phones wey dey behind NAT go get wahala? We never do am yet o, na question.`),
    no(`Abeg explain me wetin SS_TCP_CLOSE_RESET dey do. Oga say make I read about am before the meeting tomorrow.`),
    no(`Chale, we dey do only 20 CPS. We need RST mode at all? TIME_WAIT na like 150 for peak.`),
    no(`Oga na health check: netstat -ant | grep TIME_WAIT | wc -l give 412. Server na 4 core, 3k calls per day. We dey alright?`),
    no(`Abeg, ip_local_port_range for our box na 32768 60999. E go enough for 50 CPS or make we widen am before the new client start?`),
    no(`Sasa bro, TIME_WAIT ni nini hasa? Naona kama 300 kwa server yetu usiku.`),
    no(`Habari, ni swali tu: tukiwasha RST mode, simu za wateja nyuma ya NAT zitaathirika? Hatujawasha bado.`),
    no(`Bro, hii ss -s iko sawa?
TCP:   210 (estab 64, closed 120, orphaned 0, timewait 118)
Traffic ni ndogo saa hii.`),
    no(`Mambo, tcp_tw_reuse inafanya nini? Iko 0 kwa server yetu. Tuibadilishe ama tuiache?`),
    no(`Niaje, SS_TCP_CLOSE_RESET inaathiri UDP? Wateja wetu wote wako UDP.`),
    no(`Habari za jioni, tunapanga kuongeza traffic kutoka 15 CPS hadi 40 CPS mwezi ujao. Tunahitaji kubadilisha kitu kwa kernel ama iko sawa?`),
    no(`Sasa, nimeona timewait 95 kwenye ss -s. Ni sawa ama kuna shida?`),
    no(`Hi guys, just a health check. ss -s shows timewait 520 at 10am, CPS around 12. Normal?`),
    no(`Eish, maybe a silly question but what's the difference between FIN and RST when closing TCP? Boss wants me to understand before we touch anything.`),
    no(`Morning, if we switch SS_TCP_CLOSE_RESET to On, will our FortiGate complain? Planning only, nothing changed yet.`),
    no(`Howzit, what's the default for SS_TCP_CLOSE_RESET? I don't see it in our softswitch.conf at all.`),
    no(`Quick question: we have about 800 TIME_WAIT at peak, 30 CPS. Worth enabling RST or just leave it?`),
    no(`Hi, reading up on tcp_tw_reuse. Is it safe on a VOS server doing 5k calls a day?`),
    no(`Sharp guys, netstat -s shows "10234 active connection openings" since boot 3 weeks ago. Is that a lot?`),
    no(`Hello, what exactly does "service mbx3000d reparse" do? Does it drop live calls?`),
    no(`Good afternoon, is "timewait 340" in ss -s a concern on a server doing 10 CPS?`),
    no(`Dear team, our auditor asks what the TIME_WAIT state is for and why Linux keeps sockets in it for 60 seconds. Please explain briefly.`),
    no(`Hi, we plan to go from 30,000 to 60,000 calls per day next quarter. Will ephemeral ports become a problem? Range is 32768-60999 and TIME_WAIT is about 600 at peak today.`),
    no(`Hello, if RST mode is enabled, does it affect SIP over UDP trunks? All our carriers in Uganda are UDP.`),
    no(`Good morning. netstat output:
tcp  0  0 10.0.0.5:45122  41.203.x.x:5060  TIME_WAIT
tcp  0  0 10.0.0.5:45130  41.203.x.x:5060  TIME_WAIT
tcp  0  0 10.0.0.5:45188  41.203.x.x:5060  TIME_WAIT
about 180 lines like this. Calls are fine. Is this expected?`),
  ],
  firewallNoRst: [
    no(`Oga abeg, how I go open port 5060 UDP for FortiGate make the new carrier reach us? Dem IP na 102.89.x.x.`),
    no(`Boss, fail2ban don ban our own reseller IP this morning. Abeg how I go unban am and whitelist am for good?`),
    no(`Abeg, we wan block all traffic from outside Nigeria and Ghana for the SIP port. Geo-block for pfSense, how e dey go?`),
    no(`Oga, the new carrier say make we whitelist their signalling IPs 196.x.x.10 and .11 for iptables. I don add am. Dem go start send traffic tomorrow, I just wan confirm the rule correct.`),
    no(`Chale, make we off SIP ALG for our MikroTik? Customer say na best practice.`),
    no(`Abeg review my iptables rules for the VOS box:
-A INPUT -i lo -j ACCEPT
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT
-A INPUT -j DROP
E ok?`),
    no(`Oga, port forwarding for the branch router: 5060 TCP to 192.168.1.20. Abeg confirm say na correct before I save.`),
    no(`Sasa bro, nataka kufungua port 10000-20000 UDP kwa RTP kwenye FortiGate. Nifanye policy aje?`),
    no(`Habari, fail2ban imeblock IP ya carrier wetu wa Uganda, 41.x.x.x. Jinsi ya kuiwhitelist ni gani?`),
    no(`Bro, SIP ALG kwenye MikroTik yetu, tuizime ama tuiache? /ip firewall service-port sip iko enabled.`),
    no(`Mambo, naomba review ya sheria za pfSense kabla ya kuzipush. Tuna calls elfu thelathini kwa siku, sitaki kuvunja kitu.`),
    no(`Niaje, tunataka geo-block kwa Sophos, tuachie Kenya, Uganda na Tanzania tu kwa SIP.`),
    no(`Habari, carrier mpya anatumia IP 154.x.x.x, tumeweka whitelist kwa ASA lakini nataka kuhakikisha object-group iko sawa.`),
    no(`Sasa, port forward ya 5060 kwenye router ya Huawei ya tawi, iko sawa? Nimeweka TCP na UDP zote mbili.`),
    no(`Hi, please help me open 5060 on our Cisco ASA for the new Joburg carrier. Their IPs are in the email I sent.`),
    no(`Eish, fail2ban banned our office IP again after someone mistyped the web password 5 times. How do I whitelist 196.x.x.x?`),
    no(`Morning, we want to lock SSH down to only our NOC IPs with iptables. Can you check the rules before I apply?`),
    no(`Howzit, should SIP ALG be off on the Sophos XG? Customer phones are on UDP.`),
    no(`Quick one, geo-blocking on the FortiGate: allow ZA, NA and BW only for the SIP port. Which object must I use?`),
    no(`Hi team, can you review our pfSense config before we go live with the new trunk? Nothing broken, just want a second eye.`),
    no(`Sharp, need port forwarding for 5060 and RTP 10000-20000 on the MikroTik at the Pretoria branch. Are these dst-nat rules right?`),
    no(`Hello, kindly advise the ports we need to open on our firewall for VOS3000 (SIP, RTP, web management).`),
    no(`Good morning, our carrier in Lagos asks us to whitelist their new media IP range. Which do we edit first, the VOS gateway or the firewall?`),
    no(`Dear support, the SIP jail in fail2ban banned 34 IPs overnight, mostly scanners. Is this normal or should we tune it?`),
    no(`Hi, we need to migrate our iptables rules to firewalld on the new VOS server. Any recommended config?`),
    no(`Hello team, should we remove the SIP session helper on the FortiGate (config system session-helper, delete sip)? We read it causes one-way audio.`),
    no(`Good afternoon, our Zambia office wants web management (port 80) restricted to their IP only. How do we do it in iptables?`),
  ],
  negationContext: [
    no(`Oga thank you o. Since we move the NAT phones go UDP, all of dem dey registered. Problem don solve.`),
    no(`Abeg no be RST o, SS_TCP_CLOSE_RESET dey Off, we never on am. But calls dey drop after exactly 30 minutes. Wetin fit cause am?`),
    no(`Oga the phones dey unregistered but we dey use UDP only, no TCP at all. Na after the password change dem start.`),
    no(`I forward this old ticket for record: "port exhaustion at peak, 28k TIME_WAIT". We don fix am last month with tcp_tw_reuse. Nothing to do now.`),
    no(`Chale, the firewall wahala we report last week don resolve. FortiGate team add the policy. Thanks plenty.`),
    no(`Oga, nobody change anything for the softswitch. RST still Off. The calls dey fail because the carrier balance finish.`),
    no(`Abeg the "address already in use" we see yesterday na from the web portal, no be outgoing calls. We don sort am.`),
    no(`Asante sana bro, baada ya kuongeza ip_local_port_range, TIME_WAIT imeshuka hadi 400 na calls zinapita poa.`),
    no(`Habari, hatujawahi kuwasha RST, SS_TCP_CLOSE_RESET=Off tangu mwanzo. Simu zilikuwa unregistered kwa sababu ya password mpya.`),
    no(`Sasa, tunatumia UDP tu kwa simu zote, kwa hivyo ile shida ya NAT na RST haituhusu, sindio?`),
    no(`Bro, ile shida ya firewall kudrop RST ilitatuliwa mwezi uliopita. Nakutumia tu ticket ya zamani kwa rekodi.`),
    no(`Mambo, hakuna aliyebadilisha kitu. Firewall iko vile vile, RST haijawashwa. Calls zinafail kwa sababu carrier yuko down.`),
    no(`Niaje, phones zimerudi kuregister baada ya stima kurudi. Haikuwa RST, ilikuwa power tu.`),
    no(`Habari, TIME_WAIT ilikuwa elfu ishirini wiki iliyopita lakini tangu tuweke tcp_tw_reuse=1 iko chini ya 500. Asante.`),
    no(`Thanks guys, after the fix TIME_WAIT is down to about 350 at peak. All good, you can close the ticket.`),
    no(`Eish, false alarm. The "unregistered" phones were after the password change this morning, nothing to do with RST. Sorted.`),
    no(`Just forwarding the old ticket for the record: FortiGate was dropping RST in March, resolved with the policy change. No action needed.`),
    no(`Hi, RST mode is off, we never enabled it. Calls are dropping because the carrier has capacity issues. Just so you know.`),
    no(`Sharp, the NAT phones are registering fine since we put them on UDP. Thanks for the help last week.`),
    no(`Morning, nobody changed anything on the softswitch. The unregistered phones are at a site that's been in load shedding since 6.`),
    no(`Howzit, the "cannot assign requested address" thing from last month hasn't come back since you widened the port range. Current timewait is 410.`),
    no(`Hello, for your information, the port exhaustion issue we reported on the 3rd was solved by the kernel change. Peak TIME_WAIT is now around 600.`),
    no(`Good day, we use UDP only on all trunks and phones, so the RST setting does not apply to us. Registrations dropped after the ISP changed our IP.`),
    no(`Dear team, just confirming: SS_TCP_CLOSE_RESET is Off and was never changed. The ASA logs we sent yesterday were from a different server.`),
    no(`Hi, our firewall used to drop RST packets but that was before we turned RST mode off again in June. Everything stable since then.`),
    no(`Hello, forwarding an old resolved ticket: "gateways behind MikroTik unregistered after RST enabled", fixed in April. Nothing needed, for audit only.`),
    no(`Good morning, thank you. After the firmware update the phones register again; it was not the softswitch after all.`),
  ],
  portExhaustion: [
    pe(`Oga abeg help, every evening from 7pm calls dey fail. Log full of "cannot assign requested address" when softswitch dey connect to the carrier. TIME_WAIT dey like 28k.`),
    pe(`Boss wahala dey. ss -s for peak:
Total: 31450
TCP:   30988 (estab 1102, closed 29750, orphaned 3, timewait 29744)
No new connection dey go out. Na 150 CPS we dey push.`),
    pe(`Abeg, since traffic increase reach 200 CPS, outgoing TCP to the carriers dey fail with EADDRINUSE. Off-peak everything normal. Wetin we go do?`),
    pe(`Chale our busy hour (6 to 9pm) calls dey fail and netstat dey show over 30 thousand TIME_WAIT. ip_local_port_range na 32768 60999. Na port don finish?`),
    pe(`Oga I paste log:
connect to 41.x.x.x:5060 failed: Cannot assign requested address
connect to 41.x.x.x:5060 failed: Cannot assign requested address
e dey repeat since 8pm. Server no fit open new TCP connection, calls dey fail.`),
    pe(`Abeg, netstat -ant | grep TIME_WAIT | wc -l = 27914 right now. Na peak. Calls to MTN route dey fail. Help us.`),
    pe(`Oga na serious wahala. Our Lagos VOS dey reject calls for busy hour, log full of "address already in use" when e dey connect out to the termination partner. CPS around 180.`),
    pe(`Abeg since we start the new bulk traffic (like 30k calls per hour) the server dey run out of ports. No new tcp connection fit open for peak, calls dey fail.`),
    pe(`Sasa bro, shida kubwa. Saa za jioni calls zinafail, log inasema "cannot assign requested address" kwa outgoing TCP. TIME_WAIT iko kama elfu thelathini.`),
    pe(`Habari, ss -s inaonyesha timewait 31200 saa mbili usiku. Traffic ni 160 CPS. Connection mpya za TCP hazifunguki. Nifanye nini?`),
    pe(`Bro, softswitch inakataa kuconnect kwa carrier saa za peak, EADDRINUSE kila mahali. Mchana iko poa.`),
    pe(`Mambo, netstat inaonyesha TIME_WAIT 28k+, na port range ni 32768-60999. Calls zinaanguka saa za busy.`),
    pe(`Niaje wasee, VOS yetu ya Nairobi inashindwa kufungua connection mpya kwa carrier wa TCP kila jioni. Log: "bind: Address already in use" kwa outgoing connects. CPS 200.`),
    pe(`Habari za jioni, tuna BindException kwa outgoing connections saa ya peak, na TIME_WAIT elfu ishirini na nane. Calls zinafail, wateja wanalalamika.`),
    pe(`Shida bro: kila peak hour calls zinafail, sockets za TIME_WAIT zinafika 30k, port zimeisha. Tunatumia SIP over TCP kwa carriers wote.`),
    pe(`Eish guys, every evening peak our calls start failing. Logs full of "Cannot assign requested address" on outbound TCP to the carrier. ss shows timewait around 29k.`),
    pe(`Hi, ss -s at 18:30:
TCP:   33012 (estab 1230, closed 31640, orphaned 0, timewait 31622)
No new connections to the upstream at this point. Off-peak is fine. CPS about 170.`),
    pe(`Howzit, we're running out of ephemeral ports on the VOS box at peak. EADDRINUSE on connect, TIME_WAIT through the roof. Help please, it's costing us money.`),
    pe(`Morning, since we took on the new call centre client (about 220 CPS at peak) outgoing TCP connects fail at busy hour. netstat shows 30 thousand TIME_WAIT.`),
    pe(`Sharp, quick one but urgent: peak hours calls failing, "cannot assign requested address" in the log. Port range 32768-60999, 28k sitting in TIME_WAIT.`),
    pe(`Eish, it's happening again now, 19:05. Calls failing, no new TCP connections going out, timewait 27,800. Please call me.`),
    pe(`Hi team, load shedding isn't the problem this time, power is on. At peak the softswitch can't open new TCP connections to carriers. ss -s timewait 30k. Off-peak fine.`),
    pe(`Good evening, our Joburg softswitch: "connect() failed (99: Cannot assign requested address)" for outgoing SIP/TCP since 18:00. TIME_WAIT count 29,311.`),
    pe(`Hello, during busy hours our VOS3000 fails to place calls to the carrier over TCP. Log shows "Cannot assign requested address". TIME_WAIT is about 28,000. Off-peak there is no issue.`),
    pe(`Dear support, netstat -an | grep -c TIME_WAIT returns 30512 at 8pm. New outgoing connections fail with EADDRINUSE. Please advise urgently.`),
    pe(`Good evening, our Kampala server runs out of local ports at peak CPS (~190). Calls fail, no new TCP connections can be made. ss -s timewait 29k.`),
    pe(`Hi, pasting:
$ ss -s
Total: 32877
TCP:   32401 (estab 980, closed 31380, orphaned 2, timewait 31377)
Calls to our Dar es Salaam carrier failing since 19:00. Log: BindException: Cannot assign requested address.`),
    pe(`Hello team, since we grew to 250 CPS, every peak the softswitch cannot open new TCP connections; "address already in use" on outbound connects. tcp_tw_reuse is 0.`),
    pe(`Good day. Lusaka server, peak hour: calls failing, thousands of TIME_WAIT sockets (about 25k), "cannot assign requested address" on outgoing connects. Quiet hours fine.`),
    pe(`Urgent: Accra softswitch is out of ephemeral ports right now. TIME_WAIT 30,204, outgoing connects error EADDRINUSE, calls failing.`),
  ],
  natUnregistered: [
    nat(`Oga since una on that SS_TCP_CLOSE_RESET yesterday, all the phones for customers wey dey behind home router dey show unregistered. Dem dey use TCP. Abeg help.`),
    nat(`Abeg, after the change to RST mode last night, our Zoiper users behind MikroTik no fit stay registered. Dem register, then drop after small time. SIP over TCP.`),
    nat(`Boss, since we switch the close mode to RST, the office phones behind NAT dey lose registration every few minutes. Before e dey fine. TCP transport.`),
    nat(`Chale, after we set SS_TCP_CLOSE_RESET=On, the Yealink phones for Kumasi office (behind their router NAT) show unregistered. The ones wey get public IP still dey ok.`),
    nat(`Oga, since your engineer change the TCP close setting on Tuesday, softphones for our agents wey dey work from house (home wifi) dey keep unregistering. We dey use TCP.`),
    nat(`Abeg wahala: gateways behind NAT don unregister since we enable RST mode. The ones with public IP dey ok. Na TCP we dey use.`),
    nat(`Oga I paste from the phone: "Registration failed: timeout". All the TCP phones behind MikroTik NAT dey like this for 2 hours now, since we on the RST. Before, no problem.`),
    nat(`Abeg, after we reparse with SS_TCP_CLOSE_RESET On, the reseller phones behind NAT dey show offline for VOS web. UDP phones ok, only the TCP ones.`),
    nat(`Sasa bro, tangu tuwashe RST mode jana, simu za wateja nyuma ya NAT (home routers) ziko unregistered. Zinatumia TCP.`),
    nat(`Habari, baada ya kubadilisha SS_TCP_CLOSE_RESET kuwa On, softphones za agents nyumbani zinapoteza registration kila mara. SIP over TCP.`),
    nat(`Bro shida: tangu mabadiliko ya jana ya kufunga TCP kwa RST, gateways zetu nyuma ya MikroTik zimekataa kubaki registered.`),
    nat(`Mambo, simu za ofisi ya Mombasa (nyuma ya NAT) zinaonyesha unregistered tangu tuwashe RST. Zile zenye public IP ziko poa. Zote ni TCP.`),
    nat(`Niaje, tumeweka SS_TCP_CLOSE_RESET=On na kufanya reparse, sasa Yealink nyuma ya router zinaregister na kudrop baada ya dakika chache. TCP.`),
    nat(`Habari, tangu mabadiliko ya close mode, phones zote za TCP nyuma ya NAT kwa ofisi ya Arusha zinaonekana offline. Za UDP ziko sawa.`),
    nat(`Sasa wasee, baada ya RST mode kuwashwa, wateja wa home wifi wanasema softphone zinaonyesha "not registered". Wote wako kwa TCP.`),
    nat(`Eish, since we enabled RST mode on Monday the home-office users behind NAT keep losing registration. All on TCP.`),
    nat(`Hi guys, after SS_TCP_CLOSE_RESET went On last night our Grandstream phones behind the client's router show unregistered. Phones on public IPs are fine.`),
    nat(`Howzit, since you switched the close mode yesterday the MikroTik-NATed sites can't keep their TCP phones registered. Was fine before.`),
    nat(`Morning, after the RST change the softphones behind office NAT drop registration every few minutes. SIP over TCP. Please assist.`),
    nat(`Sharp, quick update: since turning on RST, all TCP handsets behind NAT at the Durban branch show offline in VOS. UDP handsets still fine.`),
    nat(`Eish, the call centre agents working from home (fibre routers, NAT) have been unregistered since the change to RST yesterday. They use TCP.`),
    nat(`Hi, RST mode enabled Friday. Since then the gateways behind NAT show unregistered on and off. They register over TCP. Nothing else changed.`),
    nat(`Good day, after enabling SS_TCP_CLOSE_RESET on our Cape Town softswitch, the phones behind NAT register then fall off. TCP transport.`),
    nat(`Hello, since we enabled RST mode (SS_TCP_CLOSE_RESET=On) yesterday, IP phones behind NAT at customer sites show unregistered. They register over TCP.`),
    nat(`Dear support, after your change to the TCP close mode, softphones behind home routers keep losing registration over TCP. Devices with public IPs are unaffected.`),
    nat(`Hi, our Kampala resellers report that their TCP phones behind NAT have been unregistered since the RST setting was turned on this morning.`),
    nat(`Good morning, after "service mbx3000d reparse" with SS_TCP_CLOSE_RESET=On, gateways behind MikroTik NAT show unregistered on the VOS web. They use TCP; UDP gateways are fine.`),
    nat(`Hello, since RST mode was enabled last week, NATed phones using SIP over TCP drop registration several times an hour. Before that, stable.`),
    nat(`Good evening, Dar es Salaam office: all Yealink phones behind the office NAT have been unregistered since the close mode change. They use TCP.`),
    nat(`Hi team, Lusaka customers behind home routers cannot stay registered since SS_TCP_CLOSE_RESET was switched On. TCP transport, public-IP devices OK.`),
  ],
  firewallRst: [
    fw(`Oga since we on RST mode, calls dey hang and drop. FortiGate log dey show "no session matched" for TCP packets from the softswitch. Abeg help.`),
    fw(`Abeg, after the SS_TCP_CLOSE_RESET change our pfSense dey block packets with flags R. Calls dey fail. Log: "TCP:R" blocked by default deny rule.`),
    fw(`Boss, iptables dey drop INVALID packets since we enable RST. I see am for kern.log:
INVALID DROP: IN=eth0 OUT= SRC=10.0.0.5 DST=41.x.x.x PROTO=TCP SPT=5060 DPT=41522 RST
Calls dey drop after few seconds.`),
    fw(`Chale our Cisco ASA dey show "%ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 41.x.x.x/41522 flags RST" since we switch to RST mode. Calls dey hang.`),
    fw(`Oga since your change yesterday, the FortiGate dey drop the RST packets from VOS, calls dey hang for carrier side. "no session matched" full the log.`),
    fw(`Abeg, after RST mode, Sophos firewall dey log "out of state" drops for the softswitch TCP. Calls wey dey pass through am dey fail.`),
    fw(`Oga, MikroTik firewall dey drop connection-state=invalid packets from softswitch since we set RST On. Calls dey hang. Paste: "drop invalid: in:ether1 out:ether2, proto TCP (RST), 10.0.0.5:5060->41.x.x.x:40112"`),
    fw(`Abeg since we enable RST, calls through our stateful firewall dey drop after 10 seconds. I see "Deny TCP (no connection) ... flags RST ACK" for the ASA.`),
    fw(`Sasa bro, tangu tuwashe RST mode, FortiGate inaonyesha "no session matched" na calls zinakatika. Shida ni nini?`),
    fw(`Habari, baada ya SS_TCP_CLOSE_RESET=On, pfSense inablock packets za TCP flags R kutoka softswitch. Calls zinahang.`),
    fw(`Bro, iptables conntrack inadrop RST kama INVALID tangu jana tulipowasha RST. Calls zinafail.`),
    fw(`Mambo, ASA yetu inalog "Deny TCP (no connection) flags RST" tangu close mode ibadilishwe. Calls za carrier zinadrop.`),
    fw(`Niaje, Sophos inaonyesha "out of state" drops za packets za softswitch tangu RST iwashwe. Calls zinakwama.`),
    fw(`Habari za asubuhi, MikroTik inadrop packets za RST (connection-state invalid) tangu mabadiliko ya jana. Calls zinakatika baada ya sekunde chache.`),
    fw(`Sasa, tangu tuweke RST mode, firewall ya ofisi inadrop RST packets na calls zinahang. Log: "TCP flags R dropped, no state".`),
    fw(`Eish, since we turned RST mode on, calls through the FortiGate are hanging. Forward traffic log full of "no session matched" from the VOS IP.`),
    fw(`Hi guys, pfSense is blocking TCP:R packets from the softswitch since the SS_TCP_CLOSE_RESET change. Calls dropping.`),
    fw(`Howzit, our iptables box logs "IPT-INVALID: ... PROTO=TCP ... RST" drops since the RST change. Calls failing intermittently.`),
    fw(`Morning, Cisco ASA: "Deny TCP (no connection) from 196.x.x.x/5060 ... flags RST on interface outside" since yesterday's change to RST mode. Calls hanging.`),
    fw(`Sharp, Sophos XG is dropping the softswitch's RST packets as out of state since we enabled RST. Calls drop mid-call.`),
    fw(`Eish guys, ever since you switched the close mode the MikroTik drops RST as invalid and our calls hang. Paste: "drop invalid: in:ether1 proto TCP (RST)".`),
    fw(`Hi, after enabling SS_TCP_CLOSE_RESET the stateful firewall in front of our carrier drops the RSTs, and calls fail to set up.`),
    fw(`Good day, since RST mode went on, conntrack marks the resets INVALID and they get dropped; calls to the Joburg carrier hang.`),
    fw(`Hello, since SS_TCP_CLOSE_RESET was set to On, our FortiGate logs "no session matched" for packets from the VOS server and calls drop.`),
    fw(`Dear support, after enabling RST mode, pfSense drops packets with TCP flags R from the softswitch; calls hang after answer.`),
    fw(`Good evening, iptables on our edge server drops RST packets as INVALID (conntrack) since the RST change. Calls failing.`),
    fw(`Hi, ASA log after the close mode change: "%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 197.x.x.x/38211 flags RST". Calls intermittently fail.`),
    fw(`Hello team, since RST mode was enabled, Sophos drops the softswitch's resets as out of state and calls are dropping.`),
    fw(`Good morning, our Kampala firewall (MikroTik) drops the RST packets from VOS as invalid since yesterday's change. Calls hang.`),
    fw(`Hi, after turning on RST, calls through our stateful firewall fail. Logs show TCP RST from 10.1.1.5:5060 dropped, no session. Started right after the change.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning169Set: readonly EvalItem[] = Object.values(tuning169Families).flat();
