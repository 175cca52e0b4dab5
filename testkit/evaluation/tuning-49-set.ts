import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Angry, impatient and sarcastic customers of a VoIP support company writing about their VOS3000
 * softswitch servers in chat: operators, NOC staff, resellers and small-carrier owners from South
 * Asia, the Middle East, Africa, Latin America, Europe and South-East Asia. Mostly English with
 * capitals, exclamation marks, emoji, exaggeration, rhetorical questions, threats to change provider,
 * blame on the support team, swearing softened with asterisks, a few words of the writer's own
 * language (Hindi/Urdu, Arabic, Pidgin, Swahili, Portuguese, Spanish, French, German, Polish,
 * Italian, Turkish, Russian, Indonesian, Tagalog, Afrikaans, Romanian) and now and then a calmer
 * follow-up after the outburst. Negatives stay negatives however furious the writer is.
 *
 * The forty-ninth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written as
 * the forty-ninth never-tuned set, before the thirtieth round of rules, by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view;
 * measured as such before and after the thirtieth to thirty-second rounds, then made tuning material
 * for the thirty-third: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 97.8 %, negatives confident 1.5 %, confident wrong 0 % with the rules of the
 * twenty-ninth round, and the same after the thirtieth, the thirty-first and the thirty-second.
 */
export const tuning49Families = {
  oneListeningPort: [
    no(`WHY does nginx refuse to start?? "bind() to 0.0.0.0:80 failed (98: Address already in use)". I did NOTHING, yaar. lsof says the VOS web portal java is already sitting on 80. Who set it up like this?? Can I move nginx to 8081 or will that break your billing page?`),
    no(`Your upgrade script is a JOKE 🙄 After running it mysqld won't come up: "Can't start server: Bind on TCP/IP port: Address already in use ... Do you already have another mysqld server running on port: 3306 ?" Yes, apparently there are now TWO mysqld. Which one is yours and which one do I kill?`),
    no(`For the 3rd time today: my OpenSIPS test instance will not start because 5060 is taken. "Address already in use" on 5060, only that port. Yes, I know the VOS softswitch is on 5060 on the same machine. How do I move ONE of them to another SIP port without breaking everything??`),
    no(`docker: Error response from daemon: driver failed programming external connectivity on endpoint grafana: Bind for 0.0.0.0:8080 failed: port is already allocated.

I just want a small grafana next to VOS, is that too much to ask?? 😤 What on your image is listening on 8080?`),
    no(`EADDRINUSE :::3000 — my developer's node panel won't start on the VOS host. Just this one port, the box is idle, 4 calls up. He swears "something else is on 3000". Bhai, does any VOS component listen on 3000 or is it his own old process hanging around?`),
    no(`Asterisk on our second box keeps saying "Unable to bind to 0.0.0.0:5060: Address already in use" after every reboot. And guess what, kamailio is ALSO enabled at boot 🤦‍♂️ the previous tech installed both. Just tell me which one to disable, I'm done with this.`),
    no(`httpd: (98)Address already in use: make_sock: could not bind to address [::]:443 — every single time I restart apache. NOTHING changed except webmin was installed last week. Is webmin grabbing 443? And why didn't anybody warn me???`),
    no(`CDR export tool dead!!! Postgres log:
LOG:  could not bind IPv4 address "0.0.0.0": Address already in use
HINT:  Is another postmaster already running on port 5432? If not, wait a few seconds and retry.
There IS another postgres, from the old reporting package. Do we still need it or can I remove it? Answer today please.`),
    no(`Redis won't start on the VOS server: "Could not create server TCP listening socket *:6379: bind: Address already in use". Our queue for the SMS notifications depends on it. Someone started redis by hand with nohup AND the service is enabled, I'm guessing. Confirm how to check on CentOS 6?`),
    no(`Putain, the VOS3000 web client doesn't open since we moved the server. catalina.out: "java.net.BindException: Address already in use: JVM_Bind" for 8080. Our monitoring agent also uses 8080 I think. How do I change the port of the web client? Merci.`),
    no(`sshd won't restart after I changed Port to 2222 — "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." Somebody on our team left an ssh tunnel on 2222 🙄 ok my fault. But how do I see which PID holds a port on CentOS 5 without ss?`),
    no(`Tried to start a second softswitch instance for testing on the same host and it dies instantly: bind 5060 failed, address already in use. Of course, the first one is running. Is there a supported way to run 2 instances on different SIP ports, or do I need another server? And DON'T tell me to buy another licence 😡`),
    no(`node_exporter: "listen tcp :9100: bind: address already in use". There's an old exporter from our previous monitoring vendor on 9100. How hard can it be for your installer to check before installing its own?? Which one should stay?`),
    no(`The media relay won't start!!! log: "bind udp 0.0.0.0:10000 failed: Address already in use". After kill -9 on the leftover rtpproxy it started. So "service stop" doesn't actually stop the old process. Your init script is broken, please fix it.`),
    no(`Oigan, the IVR service is not starting, ¡otra vez! "listen tcp :9090: bind: address already in use". On CentOS 7 cockpit uses 9090 — did your installer enable cockpit?? We never asked for that. How do I turn it off safely?`),
    no(`Two snmpd processes running on the VOS box (one from the old monitoring package), the new one fails with "Error opening specified endpoint "udp:161"". Which one does VOS actually need? Do you people document anything??`),
    no(`Habibi I am losing my mind 😩 freeradius says "Failed binding to auth address * port 1812: Address already in use". Only 1812, nothing else. Does VOS have its own radius listening there or is this another leftover?`),
    no(`vsftpd won't start: "500 OOPS: could not bind listening IPv4 socket". We use it so the billing guys can pull CDR files. netstat -tlnp shows xinetd on port 21. Who enabled xinetd ftp on a production softswitch?!`),
    no(`HOW HARD CAN IT BE to run a tiny PHP panel on port 80?? php -S 0.0.0.0:80 → "Failed to listen on 0.0.0.0:80 (reason: Address already in use)". lsof shows java on :80. Is that the VOS web manager? Do I move mine or yours?`),
    no(`Our callback listener (java, listens on 7777) crashes on start:
Exception in thread "main" java.net.BindException: Address already in use (Bind failed)
    at java.net.PlainSocketImpl.socketBind(Native Method)
    at java.net.ServerSocket.bind(ServerSocket.java:375)
Worked yesterday. I suspect the night shift started a second copy. How do I find it?`),
    no(`K*rwa, the billing API won't start — "OSError: [Errno 98] Address already in use" on port 5000 (flask). Server is doing 3 calls, totally quiet. Restarted the service twice. Old gunicorn workers still alive? How do I find and kill them without killing VOS?`),
    no(`haproxy fails: "Starting frontend sip-in: cannot bind socket [0.0.0.0:5080]". Found it: haproxy was started by systemd AND by a cron @reboot line our contractor added. Brilliant. Is it safe to just remove the cron line?`),
    no(`Why does nobody test anything?! After last night's "maintenance" the TLS listener on 5061 does not come up, log says bind failed, address in use. netstat -tlnp shows stunnel on 5061 — WHO installed stunnel on our box??`),
    no(`Yani seriously? Tomcat for the VOS web won't start: "Address already in use <null>:8443". We set up a Let's Encrypt renewal helper that runs its own standalone server on 8443, could that be it? How do I change one of them?`),
    no(`MongoDB for our CRM refuses to start on the VOS host: "Failed to set up listener: SocketException: Address already in use" for 27017. I bet the old container is still running. Not your product, I know, but you installed that container 😒`),
    no(`Kya bakwas hai 😡 mbx3000 doesn't come up after reboot, log says it can't bind H.323 port 1720, already in use. There is an old gnugk process from 2019 that auto-starts. Can I just remove it with chkconfig off?`),
    no(`"bind: address already in use" on 8088 for the call recording web viewer. ONE port. Something else has it. What?? Help pls`),
  ],
  otherRegistrationCause: [
    no(`ALL my phones are UNREGISTERED since this morning!!! 😡😡

...ok update: our admin changed the SIP passwords on the server yesterday and didn't push them to the phones. So it's on us. But why does VOS only say 403 and not something clearer??`),
    no(`Do you even monitor anything?? 40 gateways in Lagos offline. Oga, the ISP changed our public IP overnight and the gateways register to the OLD IP, hardcoded. How do I give them a DNS name instead, and does VOS care?`),
    no(`Registration failing everywhere and the VOS log says the licence EXPIRED two days ago. NOBODY told us. No email, nothing. Renew it NOW, we pay every year, this is ridiculous.`),
    no(`Whole branch unregistered. Power cut for 6 hours (load shedding, eish), UPS died, now half the phones came back and half show "No service". Do I have to do something on the server or just reboot the phones one by one?`),
    no(`After the Grandstream firmware upgrade every phone got factory reset. OF COURSE they don't register, they have no credentials anymore 🙄 Do you have a provisioning template for GXP1625 or do I type 90 accounts by hand?`),
    no(`Caramba, 12 phones "Registration failed" — and in VOS the account shows an expiry date of YESTERDAY. Your billing put a validity date on the account we never asked for! Remove it please, and check the other accounts too.`),
    no(`Our SIP domain stopped resolving — the registrar didn't auto-renew the domain 🤦 Phones can't find the server at all. Is there a quick way to point them at the IP while we sort the domain out?`),
    no(`Moved the office to a new building with a new ISP. Phones are UDP only, always were. Since the move they drop registration every few minutes. The new router is a cheap ISP box. Nothing changed on the server. What re-register interval do you recommend for a crap router like this?`),
    no(`The auto-provisioning server is handing phones an old config with port 5070 instead of 5060. 200 phones unregistered after the nightly reboot!!! WHO changed the template?? Roll it back.`),
    no(`TLS certificate on the SIP domain expired yesterday 🤬 every phone configured for TLS is unregistered, the UDP ones are fine. Obviously. Can you renew the cert today, or tell me where to put the new one on the VOS side?`),
    no(`Fibre cut in the whole area (thanks Safaricom 🙄), phones offline for 3 hours. Internet is back but 5 phones still unregistered. Do they retry on their own or must I go and power cycle them? Pole for the rude message before.`),
    no(`VOS locked the account after too many failed auth attempts?? One desk phone had a wrong password saved and kept retrying all night. Now even the correct password gets rejected. How do I unlock it, fast!!`),
    no(`Only 1 of 3 devices registers on the same account, the other two get 403. Is there a max registrations per account in VOS?? Our old Asterisk allowed it, come on.`),
    no(`We moved VOS to a new datacenter with a NEW IP and now everything is unregistered — yes, the phones still point at the old IP. But your project manager PROMISED the IP would stay!!! Who do I shout at?`),
    no(`Phones show "401 Unauthorized" endlessly. Turns out someone renamed the account from 1001 to 01001 in VOS. Why would anyone do that?! Please tell me there's an audit log so I can find out who.`),
    no(`After the switch replacement all the phones landed in the data VLAN and got addresses that can't route to the server. Unregistered since 9am. Is there any VOS setting... no, ok, it's our network. Sorry for the caps earlier.`),
    no(`Every device dropped registration at 02:14 and came back at 02:51. Your status page says "network maintenance in DC". Maintenance WITHOUT notice?? I want an explanation and a credit.`),
    no(`Our trunk to the carrier shows unregistered — the carrier says they suspended us over an unpaid invoice 🙄 Not your fault I suppose, but why does VOS show "register failed 403" instead of something human-readable?`),
    no(`Wallah this is the 5th time 😤 the Yeastar gateway loses registration because the ISP hands it a new public IP every 24h on PPPoE reconnect, and the gateway account in VOS is locked to the old IP. Can we authenticate by password instead of IP?`),
    no(`After importing the gateway configs from the old system, all 30 Dinstar gateways register with realm "oldswitch.local" and get rejected. Who exported these? Can VOS ignore the realm or must I fix each one?`),
    no(`Ay por favor. Zoiper on 40 call-centre PCs stopped registering after a Windows update wiped the Zoiper profiles. They're all BLANK. Is there a bulk way to push the accounts or do my agents sit idle all day?`),
    no(`VOS says "exceed max registration" when the 501st phone tries to register. We bought a licence for 1000!! Check what you actually installed, we paid for it.`),
    no(`PoE switch in the branch died, every phone on it dead, obviously. Replaced the switch, they came back and registered fine. Just venting 😤 but can VOS alert me when a whole group of phones goes offline at once?`),
    no(`After the factory reset the phones default to 5060, but for this customer we run the domain on 5066. Do I really have to set every phone by hand?? There must be something smarter.`),
    no(`Customer's account was disabled for "suspicious traffic" by your fraud rule and now his 8 phones can't register. He's furious, I'm furious. It was a legit campaign! Re-enable it and tell me how to whitelist him.`),
    no(`All the softphones on the VPN went unregistered — the VPN concentrator's licence ran out at midnight 🤦 nothing to do with VOS, I just want to know if the phones will come back by themselves once the tunnel is up.`),
    no(`Registration keeps failing with "User not found". The provisioning API call that creates the accounts has been returning 500 since your last update, so the accounts simply don't exist. Do you even test your API??`),
  ],
  smallFigures: [
    no(`Ok I'm probably overreacting but my manager is PANICKING 😅 netstat shows 184 TIME_WAIT on the VOS box. We do maybe 5 CPS. Normal or should I be worried?`),
    no(`What the h*ll does TIME_WAIT even mean?? Nobody in your docs explains it properly. I see about 600 of them on a server doing 15 calls per second. Bad? Good? Explain like I'm five.`),
    no(`is 2,000 in time_wait normal at 20 CPS? no errors, calls fine, just asking before my boss asks me 🙄`),
    no(`Should I enable SS_TCP_CLOSE_RESET or not? Theory question, we have NO problem right now. 10 CPS, mixed TCP/UDP. Your manual says one thing on one page and something else two pages later, brilliant.`),
    no(`How do I read "ss -s"?? It says "TCP: 412 (estab 97, closed 280, orphaned 0, timewait 275)". Is 275 a lot? Everything works, I just want to understand it before the audit next week.`),
    no(`CentOS 6 netstat question: what's the difference between CLOSE_WAIT and TIME_WAIT? I have 3 CLOSE_WAIT and 140 TIME_WAIT. Not reporting an issue (for ONCE 😂), just learning.`),
    no(`Our new NOC guy opened a P1 because ss -s showed "timewait 950". 950!! On a box doing 30 CPS at peak. I closed it, but can you confirm in writing that this is fine so he stops?`),
    no(`Is there a recommended net.ipv4.ip_local_port_range for VOS? Ours is the default 32768 60999, we do 8 CPS. I don't need a change, I only want to know if the default is OK.`),
    no(`Pregunta rápida (and NO, nothing is broken for once): what is tcp_tw_reuse and does VOS need it? We have like 300 sockets in TIME_WAIT.`),
    no(`Do I need to worry about 1,200 TIME_WAIT at 25 CPS on weekends? Calls connect, ASR normal. Your previous engineer told me "never look at netstat" 🙄 which is not an answer.`),
    no(`Quick sanity check. "netstat -an | grep TIME_WAIT | wc -l" gives 73. Seventy-three. Is that a problem? No complaints from anyone. I got burned last year and now I check everything.`),
    no(`Why does the TIME_WAIT count jump up and down every minute? 120 → 400 → 90. 6 CPS. Just normal traffic? And please don't give me a canned answer this time.`),
    no(`Theoretical: if we turned RST mode ON, what would we actually gain on a box with 40 CPS and about 1,500 TIME_WAIT? We are NOT going to flip it blind, I want to understand first.`),
    no(`How many TIME_WAIT is "too many" for VOS? Give me a NUMBER!! Right now 2,300 at 35 CPS, nothing failing, I just need an alert threshold for zabbix.`),
    no(`Yalla quick question: the 60 second TIME_WAIT, can it be shortened? Not because of any problem, we have 500 sockets. The customer's security team keeps asking stupid questions 🙄`),
    no(`Is it normal that ss isn't installed on CentOS 5? What do I use to count TIME_WAIT instead? Low traffic here, I'm only setting up monitoring.`),
    no(`Bhai simple question, no drama: is 800 TIME_WAIT fine for 12 CPS? Server totally healthy. Haan ya na?`),
    no(`What's the difference between RST and FIN close in simple words?? Your manual §4.3.5.2 reads like it was translated three times. We don't plan to change anything, I just want to understand it.`),
    no(`I see TIME_WAIT sockets to port 3306 (the database), about 40 of them. Normal? Everything runs fine, I'm just curious why the DB shows up there at all.`),
    no(`My auditor wants to know why RST is "Off" on our server. Do I have to justify it?? We do 3 CPS. What do I tell him, it's the default?`),
    no(`Does the "timewait" number in ss -s include UDP? We're mostly UDP and see 90 timewait. Curious only.`),
    no(`Also bitte, a clear answer: at 50 CPS with around 3,000 in TIME_WAIT and a 28k port range, how much headroom do we have? No errors at all, this is capacity planning for next year.`),
    no(`Can someone explain why my dashboard shows 0 TIME_WAIT on the UDP-only server and 250 on the TCP one? Both perfectly fine. Is the graph broken or is this expected??`),
    no(`Gente, what does "orphaned" mean in ss -s? It's 2. TWO. Timewait 310. My colleague says it's a leak, I say he's paranoid 😂 who's right?`),
    no(`Should tcp_tw_recycle be enabled as well? I read it on some forum. We're at 10 CPS and ~400 time_wait. Not a problem, just reading and wondering.`),
    no(`Is 5,000 TIME_WAIT dangerous at 60 CPS? Honestly everything is fine, ASR 48%, not a single bind error. I just want a second opinion before somebody on my team "optimizes" something.`),
    no(`Stupid question maybe, but do YOU monitor TIME_WAIT on your side or do I have to? We're small, 4 CPS, netstat shows about 100.`),
  ],
  firewallNoRst: [
    no(`I asked THREE times which ports to open on our FortiGate toward your server and nobody answers!! SIP 5060 TCP+UDP and RTP 10000-20000, yes or no?`),
    no(`fail2ban banned our own office IP AGAIN 😡 because someone typed a wrong password on the web portal 5 times. How do I whitelist our range permanently in jail.local?`),
    no(`One-way audio on half the calls. The MikroTik has the SIP helper enabled — do I disable it under /ip firewall service-port? Why is this not in your FAQ?? Every VoIP company on earth has it in their FAQ.`),
    no(`We geo-blocked half of Asia on the pfSense because of SIP scanners and now our Indonesian carrier can't send traffic?? Their SBC is in Hong Kong. F*** me. How do I whitelist just their IPs above the geo rule?`),
    no(`The iptables hashlimit on 5060 is killing the burst of INVITEs from our wholesale customer at 9 AM 😤 What limit do you recommend? And don't say "it depends".`),
    no(`Someone added "iptables -A INPUT -p udp --dport 5060 -j DROP" (!!!) during the "security hardening". All inbound calls dead for an hour. I removed it. How do I make sure it doesn't come back after a reboot on CentOS 6?`),
    no(`Please whitelist our new SBC IP on YOUR firewall. I sent it yesterday. And the day before. 🙃 Is anyone reading these?`),
    no(`Can't reach the VOS web manager from home, only from the office. Is there an IP restriction on 8080 in iptables? I need remote access NOW, I'm on holiday ffs.`),
    no(`friendly-scanner hitting us with 500 REGISTER per second from some VPS. CPU 90%. How do I block it with iptables string match? Don't tell me "use a firewall", I KNOW, I'm asking HOW.`),
    no(`AWS security group: I opened 5060 UDP but forgot TCP, so the TCP phones couldn't connect. Added it now. What about RTP, which range does VOS use by default? I want to open only what's needed.`),
    no(`firewalld --reload wiped my custom rules 🤬 How do I make 5060-5080 permanent on CentOS 7 so this never happens again?`),
    no(`The Cisco ASA "inspect sip" is rewriting our SDP with the wrong IP, audio broken both ways on calls via the ASA. Should I just disable sip inspection? Yes or no.`),
    no(`The datacenter's DDoS protection drops fragmented UDP, so big INVITEs with 8 codecs never arrive. Calls from one carrier fail with timeout. Can VOS strip codecs or do I need to fight the DC?`),
    no(`Datacenter firewall blocks 5060 by default ("anti-abuse") and they NEVER told us!!! Calls from outside time out. Ticket open with them. Can VOS listen on 5070 meanwhile?`),
    no(`Who on your team closed port 22 on our server??? I can't SSH in. There's a DROP for 22 except from your office IP. Add mine!!!`),
    no(`We put a small Ubuntu SBC in front of VOS with UFW and forgot to allow 5060. Fixed that. Now which other ports does VOS need inbound from the SBC? A list please, not a link to a 300-page PDF.`),
    no(`pfSense port forward for RTP: do I forward 10000-20000 UDP to the VOS private IP, or is there a smaller range? Calls connect but no audio from outside. Come on, this must be the most common question you get.`),
    no(`FortiGate IPS flagged our SIP traffic as "SIP.Invite.Flood" and blocked our biggest customer's IP for an hour 😡 How do I exclude the VOS IP from that signature?`),
    no(`The ISP here blocks 5060 on business lines (VoIP restrictions, you know how it is). Can VOS take registrations on another port like 5090? Yes/no, quickly.`),
    no(`Need to open 5061 on our Palo Alto for SIP TLS. Which app-id? The stupid PA keeps classifying it as ssl and the rule doesn't match.`),
    no(`How do I set up a fail2ban jail for the VOS SIP logs? Which log file, which regex? We're drowning in brute-force REGISTERs from scanners.`),
    no(`Calls connect but NO AUDIO. The firewall guy only opened 5060, not the RTP range. Yes, I know now. What is the exact RTP range VOS uses, and can I make it smaller?`),
    no(`Our CRM needs to reach the VOS API and our firewall team wants the exact port and direction before they'll open anything. They've been "reviewing" for 2 weeks. Just give me the ports so I can shove it in their ticket.`),
    no(`Our security guy blocked ICMP completely on the VOS server and now monitoring says "host down" while calls work perfectly. Does VOS need ping for anything? lol`),
    no(`We want to allow the web portal only from Brazil and Argentina. Geo rule on the pfSense for 80/443 — will that break anything in VOS itself? Answer before I do it tonight.`),
    no(`Rate limit question: how many new SIP connections per second per source IP is safe on the firewall in front of VOS? Our dialer customers burst to 80/s. I don't want to cut legit traffic again like last month 🙄`),
    no(`After the MikroTik update, the address-list for our carriers disappeared and now the "drop everything else" rule blocks them on 5060. Restored it. How can I back up these lists so this doesn't happen again?`),
  ],
  negationContext: [
    no(`Before you say "TIME_WAIT" AGAIN: TIME_WAIT is fine, 300 sockets. The problem is the carrier returning 503 on every third call. Look at the carrier, not my server!!`),
    no(`We use UDP only. So stop telling me about RST mode, it's irrelevant. The phones unregister because the registration expiry is 3600 and the home routers forget the UDP mapping after 60 seconds.`),
    no(`RST is Off, it has always been Off, and nobody changed anything. Calls to Mexico fail since Tuesday with 480. Your first-line guy asked me to "check SS_TCP_CLOSE_RESET" — seriously??`),
    no(`The firewall is NOT dropping anything. I checked the FortiGate logs myself, zero denies. The calls fail because your routing prefix for 234 is wrong. Fix the prefix.`),
    no(`Yes they're unregistered — after the PASSWORD CHANGE we did at 10:00. Not NAT, not RST, not firewall. I only need to know how to bulk-update passwords in VOS.`),
    no(`"Address already in use"? Nobody said that. I said the web portal is SLOW. Please read my ticket before answering 🙄`),
    no(`Port exhaustion is NOT the issue: ss -s shows 180 timewait and the port range is already 1024-65535. The issue is one-way audio. Different problem, different ticket.`),
    no(`We never enabled SS_TCP_CLOSE_RESET. softswitch.conf says SS_TCP_CLOSE_RESET="Off". The NATed phones are fine anyway. I'm asking about CDR export, PLEASE.`),
    no(`Don't touch the sysctl!! tcp_tw_reuse is already 1 and it has nothing to do with this — the box just needs more RAM for MySQL, it's swapping all day.`),
    no(`The phones behind NAT register fine, before and after. It's the public-IP phones that have bad audio. So no, it's not the "NAT issue" your bot keeps suggesting.`),
    no(`iptables doesn't drop any RST here, we don't even have conntrack loaded. Calls drop after exactly 30 minutes, which is the carrier's session timer. Explain THAT instead.`),
    no(`I know what RST mode does, I read the manual. It's Off and it stays Off, we have TLS customers. I'm asking for a quote for 2 extra licences, nothing else.`),
    no(`"Cannot assign requested address" — that was LAST YEAR, you fixed it, ticket closed. Today's problem: the rates for Pakistan mobile are wrong in billing. Please don't reopen the old ticket.`),
    no(`Unregistered because the account EXPIRED. Not because of TCP, not because of RST. Just renew the d*mn account 🙄`),
    no(`Our FortiGate passes RST fine, I tested with tcpdump on both sides — the RST arrives. The calls that hang are because the carrier never sends BYE. Carrier problem, go talk to them.`),
    no(`TIME_WAIT went to 400 during the campaign and back to 80 after. Totally normal, I know. The problem is the campaign's ASR was 12%. That's routing/quality, not sockets.`),
    no(`No, we did NOT switch RST on. The change log shows only the codec change (G729 removed). Since then the Yealinks in the branch can't make calls — 488 Not Acceptable. Obviously the codec.`),
    no(`Yes it's behind NAT, yes it's TCP, but it has worked for 2 years and RST is Off. The phone stopped registering because the user changed its account in the menu. Fixed. Just telling you why I'm not calling back.`),
    no(`Firewall logs do show drops — of SIP scanners. Not RST, not our traffic. The real problem is the disk is 100% full with logs. How do I clean it safely?`),
    no(`"Address already in use" appears ONCE in the whole log, from 2021. grep -c says 1. Stop pointing at it! The current problem is the licence server connection timing out.`),
    no(`We turned RST on 6 months ago and everything's been fine since — the NATed phones are on UDP so they don't care. Today's outage was a power failure in the DC. Nothing to do with that setting.`),
    no(`Mira, no es el firewall. pfSense states are clean, no RST drops, I looked myself. The issue is the DNS SRV record of the carrier not resolving.`),
    no(`TIME_WAIT? We have 50. FIFTY. The server is not "out of ports", it's out of MEMORY because the java web leaks. Please escalate to someone who reads.`),
    no(`The "RST confuses NAT" article you sent me is irrelevant: our phones use TLS over a site-to-site VPN, no NAT anywhere, and RST is off anyway. They can't register because the VPN tunnel is DOWN.`),
    no(`My colleague thought the unregistered phones were the RST/NAT thing. No: RST was never touched. The router got a firmware update, phones got new IPs from DHCP and the accounts are bound to IP. Sorted.`),
    no(`Not a port exhaustion case. Restart doesn't help, CPS is 2, and the error is "Connection refused" from the database. MySQL is down, that's all.`),
    no(`Everyone here keeps saying "firewall RST" like a magic word. Our firewall is stateless, just ACLs, and RST mode is Off. The calls fail with 408 because the carrier's SBC is unreachable. Can we focus please?`),
  ],
  portExhaustion: [
    pe(`EVERY DAY at 8PM the same sh*t!!! Calls start failing with "cannot assign requested address" in the softswitch log, around 180 CPS. netstat shows 28k TIME_WAIT. Restart mbx3000d and it's fine for 2 hours. How hard can it be to fix this properly??`),
    pe(`Do you even monitor your servers?? 😡 Peak hour and new TCP connections to the carriers fail: connect() failed (99: Cannot assign requested address). ss -s: timewait 31244. I'm losing $$$ every minute.`),
    pe(`This is what I get at 9pm:

Total: 34102 (kernel 0)
TCP:   33890 (estab 1203, closed 32410, orphaned 12, timewait 32398)

No new SIP TCP legs go out. Fix it TODAY or we move to another provider.`),
    pe(`Habibi, for the 100th time: at peak (~250 CPS) the softswitch can't open new TCP connections to the upstream, log full of "Address already in use". Off-peak everything perfect. Restart = one hour of peace. Yani, what is this??`),
    pe(`bind errors at peak, tens of thousands of TIME_WAIT, restart fixes it for a while. Same as last month. FIX IT.`),
    pe(`Our routing app on the VOS box throws java.net.BindException: Cannot assign requested address when it calls the VOS API at peak. It opens a new connection per request, ~300 req/s. netstat | grep TIME_WAIT | wc -l = 27,950. Off-peak, zero errors.`),
    pe(`Abeg, this wahala again 😤 every evening 7 to 10 traffic jumps to 200+ CPS and outbound calls over TCP just die. "EADDRINUSE" all over the logs and the TIME_WAIT count is crazy, I saw 40k. Morning everything fine.`),
    pe(`Pô, seriously?? Third outage this week. High-CPS campaign + SIP over TCP to the carrier = "cannot assign requested address" after ~15 minutes. ip_local_port_range is 32768 60999, is that the problem? Restart fixes it, then it's back.`),
    pe(`The server CAN'T MAKE NEW CONNECTIONS when traffic is high. That's it. That's the report. ss shows like 29000 sockets in TIME-WAIT. What more do you need from me??`),
    pe(`Why do calls fail only between 6 and 9 pm?? ~220 call attempts a second at that time. The log says "bind failed" for new outgoing connections and the number of closed-but-waiting sockets goes through the roof. After 10pm all normal 🤬`),
    pe(`¡Madre mía! Carrier legs over TCP fail in the evening peak with errno 99. I counted 33,000 TIME_WAIT. tcp_tw_reuse is 0. Do I have to change something or will you?`),
    pe(`K*rwa mać... second time today. VOS stops sending INVITEs over TCP at ~160 CPS: "Cannot assign requested address". 30k+ TIME_WAIT. Reboot → works → 40 minutes → dead again.`),
    pe(`Sorry for the shouting in my last message. Calmly: at peak (about 190 CPS) the softswitch runs out of local ports. "netstat -ant | grep -c TIME_WAIT" returns ~28,000 and new outbound TCP connections fail. Off-peak it drains to a few hundred. What do you recommend?`),
    pe(`HOW MANY TIMES do I have to restart this box per day?! 4 times yesterday. Every time at peak: flood of "Address already in use", TIME_WAIT 25k+, CPS 170. This is NOT a stable product.`),
    pe(`Yaar this is ridiculous. Dialer pushes 300 CPS, after 10 min VOS says "cannot assign requested address" towards the gateway. ss isn't even installed (CentOS 5!!) but netstat shows 30k TIME_WAIT. Jaldi please, the campaign is live.`),
    pe(`# netstat -ant | awk '{print $6}' | sort | uniq -c
  41022 TIME_WAIT
   1187 ESTABLISHED
     14 LISTEN

peak hour, all new calls over TCP failing. restart helps for 1h. Do SOMETHING!!`),
    pe(`Bordel, encore ! Since we moved the big customer to SIP over TCP, every peak the server can't open new sockets: "Cannot assign requested address". ~35k TIME_WAIT. Is the port range too small or what?`),
    pe(`Is anybody there??? 🔥🔥 250 CPS, outbound TCP dead, EADDRINUSE everywhere, ephemeral ports gone. Restarted 3 times already. I'm moving to another provider on Monday if this isn't solved.`),
    pe(`Pole for the caps earlier but this is killing us. When traffic peaks, no new TCP connections go out from the softswitch. Looks like it runs out of local ports, TIME_WAIT piles up to ~30 thousand. After a restart it's fine for a while.`),
    pe(`After about an hour of heavy traffic the server just stops connecting to our carrier. Not slow, STOPS. Restart and it works again. The number of connections in "TIME_WAIT" in netstat is insane at that moment, like 26 thousand. Normally it's a few hundred.`),
    pe(`Bl*t, again. High load (≈200 CPS), "bind: Cannot assign requested address" on outbound TCP to the SBC. Local port range only 32768-61000, we're obviously out. Give me something more permanent than "restart".`),
    pe(`Why do I have to wake up at 2am for this?? Night traffic to Asia peaks at 180 CPS, the softswitch logs "Address already in use" for every new TCP leg, TIME_WAIT > 28000. Fix please!!!`),
    pe(`Ya gama'a, same story every Friday night: high CPS, then outbound SIP-TCP calls fail with EADDRINUSE and there are thousands and thousands of TIME_WAIT. Restarting only buys us time.`),
    pe(`And no, NOBODY changed anything.

[ERROR] tcp connect to 10.20.0.5:5060 failed: Cannot assign requested address
[ERROR] tcp connect to 10.20.0.5:5060 failed: Cannot assign requested address
# ss -s
TCP:   30544 (estab 842, closed 29690, orphaned 3, timewait 29671)

Only at peak. Explain.`),
    pe(`Ma dai!! The softswitch can't open new connections at peak, "cannot assign requested address", 30k sockets in TIME_WAIT. Every single evening. Is this software from 1998??`),
    pe(`Eish. Load test at 200 CPS over TCP: after 4 minutes new calls fail, errno 99, TIME_WAIT 28,116. At 50 CPS no problem at all. We go live next week, I need this sorted NOW.`),
    pe(`Great product 👏👏 runs out of ports every time we have real traffic. 32k TIME_WAIT. Address already in use. Restart. Repeat. Fantastic.`),
    pe(`Parce, at peak hour the VOS box cannot open outbound TCP, log says EADDRINUSE and ss -s shows timewait 33k. tcp_tw_reuse=0, port range default. Whatever needs changing, change it, I authorize.`),
    pe(`Brother I am begging now 🙏 at 150+ CPS the softswitch logs "cannot assign requested address" for every TCP trunk, netstat count of TIME_WAIT 27k. Every evening. Off-peak zero problem.`),
    pe(`Unacceptable!!! 3 hours of failed calls during peak. Outbound TCP connections could not be created, "Address already in use". TIME_WAIT 36,000+. We restart, it works, then it dies again as soon as CPS climbs. Final warning before we switch vendor.`),
  ],
  natUnregistered: [
    nat(`WHAT DID YOU DO?!?! After your engineer switched RST mode on yesterday (SS_TCP_CLOSE_RESET=On), ALL our phones behind the office MikroTik are unregistered. The two phones with public IPs are fine. Put it back!!`),
    nat(`Since the "optimization" last night every Yealink behind NAT shows "Registration failed". They use SIP over TCP. The phones on public IPs: registered. Coincidence? I don't think so 🙄 Your engineer mentioned he enabled RST close.`),
    nat(`Bhai, after you enabled that TCP close-reset thing, phones at our branches (all behind small routers) keep dropping registration every few minutes. HQ phones on public IPs have no issue. Roll it back please!!`),
    nat(`¡No puede ser! Since RST close was turned on, our TCP phones behind the ISP routers go unregistered. The ones with a public IP are perfect. Who approved this change??`),
    nat(`So you "fixed" our TIME_WAIT by turning RST on and now 80 NATed softphones can't stay registered. Brilliant trade. Do you even test before changing production??`),
    nat(`Sorry about my earlier message. Facts only: SS_TCP_CLOSE_RESET was changed to On on Monday (your change ticket). Since Monday, phones behind NAT (Fortinet CPEs at customer sites) go unregistered on and off; transport is TCP. Phones on public IPs unaffected. Please revert.`),
    nat(`Oga, since your people put the RST mode on, all the phones behind our TP-Link routers no dey register. Public IP phones dey work. Abeg switch am back off sharp sharp.`),
    nat(`# grep CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"

WHO changed this?? It was Off. Since then our phones behind NAT that register over TCP are all unregistered. Public-IP ones fine.`),
    nat(`Cara, todos os telefones atrás do NAT estão "não registrado" since Tuesday when RST mode was switched on. Only the SIP/TCP ones. UDP and public-IP phones OK. Vocês vão resolver ou não?`),
    nat(`Remote workers, all at home behind their own routers, keep losing registration since yesterday's change on your server. Office phones with static public IPs are fine. They register over TCP. What changed on your side?? Someone mentioned a "reset" mode...`),
    nat(`The MikroTik at the call centre shows the TCP connections to VOS being torn down and the phones fall to unregistered. Started right after RST mode went on. Before that, 2 years without a single problem 😤`),
    nat(`Verdammt nochmal. Since the softswitch setting for TCP close was flipped to RST, every SIP-TCP phone behind a NAT router loses its registration after a few minutes. Phones with a public address: no problem. Revert it, bitte.`),
    nat(`You turned RST on to fix the port problem on the server, fine, but you broke ALL the NATed phones. Unregistered, over TCP. Public ones OK. Find another way to fix the ports!!`),
    nat(`Aduh... since RST mode On, the phones behind NAT (Huawei ISP modems) unregistered again and again. SIP TCP. Phones with public IP normal. Tolong fast please.`),
    nat(`RST on → NAT phones unregistered. Public IP phones fine. TCP. Undo it. Now.`),
    nat(`Wallahi I warned your engineer!! I told him our phones are behind NAT. He enabled SS_TCP_CLOSE_RESET anyway and now 150 extensions show offline — exactly the TCP ones behind the routers.`),
    nat(`Hi po, sorry for the caps earlier 🙏 Our agents' phones behind the PLDT routers became unregistered after the RST setting was enabled on the server. The supervisors' phones with public IP are fine. SIP over TCP. Can you revert po?`),
    nat(`Since the maintenance window on Sunday every Grandstream behind a NAT router goes unregistered after a few minutes, re-registers, drops again, all day. They're on TCP. Your maintenance notes say "TCP close mode changed". Coincidence?? Public-IP devices are stable.`),
    nat(`Since RST mode was put on, the phones at our branches behind the Safaricom routers don't stay registered. They're on TCP. HQ on public IP is fine. How long to revert? Haraka please.`),
    nat(`Account 1  2001@sip.xxx  Registration Failed (TCP)
Account 2  2002@sip.xxx  Registration Failed (TCP)

EVERY phone behind our NAT looks like this since RST was enabled on the server. The ones with public IPs are registered. Explain.`),
    nat(`Che casino! We switched SS_TCP_CLOSE_RESET On last week following YOUR advice and now the NATed phones on TCP lose registration. The public-IP ones are fine. So which of your advices should I follow??`),
    nat(`Yani ciddi misiniz? After RST mode was enabled, all the branch IP phones behind the Zyxel NAT went unregistered. TCP transport. Not the public-IP ones.`),
    nat(`Sir this is the 3rd ticket!!! Since RST mode is On, phones behind NAT keep losing registration. We use TCP because the ISP blocks UDP 5060. Public IP phones OK. PLEASE revert it.`),
    nat(`Funny how everything worked until your "performance tuning" enabled immediate RST on TCP close. Now our CPE-NATed phones flap between registered and unregistered all day. Public-IP ones don't. 🙃`),
    nat(`Franchement... depuis l'activation du RST, les téléphones derrière NAT sont désenregistrés. In English: since RST was enabled, phones behind NAT unregistered, TCP. Public-IP phones fine. Revert, svp.`),
    nat(`Órale, ¿en serio? We enabled SS_TCP_CLOSE_RESET for the TIME_WAIT thing and now the home users' softphones behind NAT can't keep their TCP registration. The phones in the datacenter with public IPs are fine.`),
    nat(`Follow-up, calmer: after the RST change went live, 60 NATed phones (all SIP/TCP) are unregistered; the 12 public-IP phones are registered. Nothing else changed. Please switch it back.`),
    nat(`Ag man, this is a disaster. Since the RST setting was flipped, all our clients behind their NAT routers drop registration over TCP. Direct public-IP ones are fine. Fix it before the weekend.`),
    nat(`The second the reset-on-close option went on, our Cisco SPA phones behind NAT show "Not registered" on TCP. The two on public IPs stay registered. Doamne... it's obviously that change. Put it back, please.`),
    nat(`Are you kidding me? 😡 Customers with phones behind their own routers call us every 5 minutes: "phone says no service". All registered over TCP, all behind NAT. Customers on public IPs, no calls. The only change this week: you enabled RST mode on the softswitch.`),
  ],
  firewallRst: [
    fw(`Since RST mode was enabled, calls through our FortiGate don't end!!! The caller hangs up and the other side keeps going for minutes. The FortiGate log is full of denies for TCP RST packets from the VOS IP. WTF??`),
    fw(`iptables is dropping the RST packets from the softswitch: "INVALID" state drops on every RST since you turned SS_TCP_CLOSE_RESET on. Calls are stuck and conntrack keeps the entries ESTABLISHED forever. Fix!!`),
    fw(`# conntrack -L | grep dport=5060 | wc -l
48211
tcp  6 431990 ESTABLISHED src=10.1.1.20 dst=10.1.1.5 sport=41822 dport=5060 ...

Since RST mode ON. Calls failing, sessions never go away. Do you see this too or is it just us lucky ones?`),
    fw(`The Cisco ASA in front of VOS logs "%ASA-6-106015: Deny TCP (no connection) from VOS/5060 to x.x.x.x flags RST" thousands of times since the RST change. And calls fail. Coincidence? 🙄`),
    fw(`pfSense shows blocked packets with flag R coming from the VOS server ever since RST close was turned on. Calls hang, and the state table is full of dead SIP TCP sessions.`),
    fw(`After yesterday's change, calls don't hang up properly — the other leg stays connected for 5+ minutes and we get billed!!! Our stateful firewall (Sophos XG) logs dropped packets with the RST flag. Never seen that before yesterday.`),
    fw(`¡Qué desastre! Desde que activaron el modo RST las llamadas no terminan. The Palo Alto drops the RST as out-of-window / no session. Calls stuck. Fix it or I turn it off myself.`),
    fw(`Yalla, explain this: after RST was switched on, our FortiGate 200F logs "no session matched" for RST packets coming from VOS, and calls over TCP fail. Before that, perfect.`),
    fw(`Calls fail after RST mode was enabled. Our stateful firewall drops the RST packets. That's literally it. Please revert.`),
    fw(`Oga, since the RST mode was enabled our Check Point drops the RSTs from VOS ("TCP packet out of state") and calls just hang. Customers are complaining about being billed for calls they ended. Haba!`),
    fw(`Also wirklich... since SS_TCP_CLOSE_RESET=On our Linux firewall (iptables + conntrack) logs "DROP INVALID" with the RST flag, and the SIP TCP sessions stay in conntrack. Hung calls, full tables.`),
    fw(`Calmer version: after RST mode went on, the SonicWall between VOS and our SBC drops the RST packets ("TCP packet received on non-existent/closed connection; TCP packet dropped"). Result: calls don't release, channels stay busy. Revert please.`),
    fw(`Bhai what is this?! Since RST was enabled, the iptables box in front of the softswitch drops the RSTs, conntrack -L shows thousands of SIP sessions still ESTABLISHED, calls hang up on one side only. Kya kar rahe ho aap log?`),
    fw(`Do you even test with a firewall in front?? Calls through our pfSense hang since the RST change. pf log: "block in ... flags [R]". States stay open until the timeout.`),
    fw(`Pô gente, after RST mode went On, calls through our Fortinet stay "up" on one side after hangup. The session list shows those sessions never closing and the RST packets are denied in the log.`),
    fw(`Since the close mode changed to RST, calls via our MikroTik firewall don't clear. /ip firewall connection shows SIP TCP connections stuck in established, and the "drop invalid" rule counter is going up like crazy.`),
    fw(`VOS shows 400 "active" calls at 4am when there should be 20. They never end. Our ASA drops the resets, I can see it in the log. It started the day RST mode got enabled. 🤬`),
    fw(`kernel: FW-INVALID-DROP IN=eth1 OUT=eth0 SRC=203.0.113.10 DST=198.51.100.7 PROTO=TCP SPT=5060 DPT=50122 WINDOW=0 RES=0x00 RST URGP=0

Thousands of these per minute since you switched RST on. Calls stuck. Happy now?`),
    fw(`Ma che cavolo... since RST mode, calls over TCP via the pfSense fail and the RST packets sit in the firewall log as blocked. Turn it off or tell me what to allow.`),
    fw(`Love it 😍 you switch RST on, our FortiGate eats every RST, calls never end, customers get billed for 47-minute calls they hung up after 2 minutes. Amazing. Revert.`),
    fw(`Since RST mode was enabled, the stateful firewall in our DC (Juniper SRX) drops the RSTs as out-of-state, and TCP calls fail with timeouts. UDP calls fine. Before the change: no problem at all.`),
    fw(`After enabling RST our Cisco ASA drops the resets and keeps the SIP TCP connections in its table. Calls get stuck, and new TCP calls fail because the old session is still there. Bl*t, how did nobody see this coming?`),
    fw(`Sir, since RST was enabled the firewall (iptables with conntrack) drops the RST packets and SIP calls are not disconnecting. conntrack entries stay for 5 days (timeout 432000). Urgent!!`),
    fw(`Half-hung calls everywhere since the weekend change. One side hangs up, the other still sees the call live. Our Sophos shows "Dropped" for packets with the RST flag from the switch IP. What did you change?? 😡`),
    fw(`Ya basha, calls through our FortiGate stopped ending properly the moment RST mode was on. Traffic log: RST from VOS denied, "no session matched". Calls stuck for minutes.`),
    fw(`No manches. After the RST thing, our firewall drops the resets and hung calls eat all the capacity. By 11am we hit the channel limit with ghost calls. ¡Arréglenlo ya!`),
    fw(`Depuis le passage en mode RST, notre pare-feu Stormshield bloque les RST... calls don't clear and the sessions stay in the firewall table. Obviously related. Revert it or give me the exact firewall rule.`),
    fw(`Since the RST change the session table on our firewall is 90% SIP TCP ghosts — the RSTs from VOS get dropped as invalid, so nothing ever tears down. Wrong billing, angry customers. Not happy at all.`),
    fw(`Let me say it without shouting this time: RST mode on → our stateful firewall drops the RST packets (tcpdump on both sides: the RST leaves VOS and never reaches the SBC) → calls don't end. Please set it back to Off.`),
    fw(`Khalas, enough. Two days of stuck calls. The RST packets from VOS get dropped at our WatchGuard (log: "invalid TCP flags / out of state"). This started the moment you switched to RST close.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning49Set: readonly EvalItem[] = Object.values(tuning49Families).flat();
