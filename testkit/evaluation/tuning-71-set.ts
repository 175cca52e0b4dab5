import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Level-2 NOC engineers at VoIP carriers escalating a customer's complaint to the vendor's support:
 * one line quoting what the customer said, then the engineer's own findings and reasoning in English
 * (what was checked, what was ruled out, what is suspected), sometimes with pasted command output.
 * Each message is labelled by what the engineer's findings show, not by the customer's guess.
 *
 * The seventy-first tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the seventy-first never-tuned set, before the thirty-eighth round of rules, by someone
 * who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or
 * the other sets in view; measured as such before and after the thirty-eighth round, then made
 * tuning material for the thirty-ninth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 95.6 %, negatives confident 5.9 %, confident wrong 0 % with the rules of the
 * thirty-seventh round, and the same after the thirty-eighth.
 */
export const tuning71Families = {
  oneListeningPort: [
    no(`Customer: "VOS web portal won't load, error says address already in use."
Checked the host: tomcat fails to bind 8080 because a java process left over from yesterday's aborted upgrade still holds it. Softswitch is fine, calls passing, ~200 sockets in TIME_WAIT. Stale process, not load. Can you confirm it's safe to kill pid 4410?`),
    no(`Quote from ticket: "mysql dead after reboot, CDRs not writing"
mysqld.log: [ERROR] Can't start server: Bind on TCP/IP port: Address already in use / Do you already have another mysqld server running on port: 3306 ?
Someone installed a second mysqld from the distro repo and it starts first. Only 3306 affected, outbound SIP fine.`),
    no(`Customer says they "just added kamailio for testing" and now the softswitch complains that 5060 is busy.
netstat -lnp | grep 5060
tcp  0  0 0.0.0.0:5060  0.0.0.0:*  LISTEN  2231/kamailio
udp  0  0 0.0.0.0:5060  0.0.0.0:*          2231/kamailio
So kamailio grabbed the port before mbx3000d came up. Nothing to do with traffic. We told them to move kamailio to another port, escalating only so you can confirm the VOS side needs nothing else.`),
    no(`"Getting EADDRINUSE on port 3000 every time I start the app" - this is from the customer's billing developer, on his own laptop, not the VOS server. He has two copies of his node dev server running. Forwarding only because the account manager insisted it be logged with you.`),
    no(`Cust: "docker says port already allocated, our CDR exporter won't start on the VOS box"
Error: Bind for 0.0.0.0:9100 failed: port is already allocated. node_exporter is already running natively on the host on 9100. One port, one conflict; the switch itself is healthy.`),
    no(`Customer reports the management page is down. httpd error_log:
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80
nginx from their reseller panel was installed last week and owns port 80. Softswitch traffic normal. Please advise which web server the VOS portal expects.`),
    no(`> portal down, httpd cannot bind 443
stunnel is listening on 443 on that box (leftover from an old TLS test). Single port clash, softswitch unaffected.`),
    no(`Customer: "softswitch won't start after we moved it to the new rack"
Log on start: bind 0.0.0.0:5060 failed: Address already in use. The old mbx3000d never exited (pid 2113, started before the restart), so the new one can't take its listening port. No load at all at that hour, the server had zero calls. How do we make the init script kill the stale instance cleanly?`),
    no(`From the customer: "java.net.BindException: Address already in use (Bind failed)"
This is their own callcenter app failing to listen on 8443 at startup; a second copy is running inside a screen session. It's not the softswitch and not outbound connections, just one listener.`),
    no(`Customer says the web management won't open since this morning. catalina.out shows "Address already in use: JVM_Bind" on 8080 - their new reseller portal (also a tomcat) was configured with the same connector port. Everything on the SIP side looks normal.`),
    no(`Ticket text: "redis down, our routing script fails"
Could not create server TCP listening socket *:6379: bind: Address already in use
A redis container was published on 6379 too. Not VOS-related really, but they want your recommendation on where the routing cache should run.`),
    no(`Customer: "our IVR asterisk next to VOS won't register its SIP stack"
They run asterisk on the same IP as the softswitch, chan_sip wants 5060 which mbx3000d already owns. Told them to bind asterisk to 5070 or a second IP. Checked VOS: no errors, TIME_WAIT around 150.`),
    no(`"After reboot the SIP port is taken by something" - customer.
Found siproxd auto-starting from an ancient package, listening on 5060 TCP and UDP before the softswitch. Disabled it with chkconfig, softswitch started fine afterwards. Escalating for your records / in case the VOS installer should check for this.`),
    no(`Customer's grafana won't start: "listen tcp 0.0.0.0:3000: bind: address already in use". Their in-house dashboard already uses 3000 on the same box. Nothing wrong with the switch, they just want to know which ports VOS reserves so they can pick a free one.`),
    no(`Customer: "can't get ssh on 2222 anymore"
sshd[1876]: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use.
Their web ssh console tool took 2222. Only management access affected.`),
    no(`Cust: "mail alerts from VOS stopped"
postfix/master: fatal: bind 0.0.0.0 port 25: Address already in use - sendmail is also installed and enabled on this CentOS 6 box. One of them has to go. Switch traffic fine.`),
    no(`Customer says the call recording service "crashes on start". Its log: failed to bind 0.0.0.0:7070, address already in use. Another java app they deployed listens on 7070. One port; outgoing SIP connections and TIME_WAIT are normal (~90).`),
    no(`"vsftpd: 500 OOPS: could not bind listening IPv4 socket" - customer wants FTP to pull CDRs. xinetd already runs an ftp service on 21. Nothing to do with the softswitch, logging for completeness.`),
    no(`Customer installed prometheus on the VOS host: "listen tcp :9090: bind: address already in use". cockpit.socket owns 9090 on that CentOS 7 image. They'll move prometheus. Just confirming VOS doesn't need 9090.`),
    no(`Customer: "docker-compose up fails for the SBC test container, port 5060 already allocated"
Of course - the host's softswitch is on 5060. They mapped the container to host 5060 by mistake. Advised a different host port. No production impact.`),
    no(`webpanel dead per customer.
netstat -tlnp | grep :80
tcp  0  0 0.0.0.0:80  0.0.0.0:*  LISTEN  1022/lighttpd
httpd then fails with address already in use. Two web servers configured for 80 after their last panel install.`),
    no(`Customer reports "SEVERE: Failed to initialize end point associated with ProtocolHandler, Address already in use" from the VOS web tomcat. Their second tomcat for the reseller portal uses the same shutdown port 8005 and HTTP port. Single listening port clash, only the portal is down.`),
    no(`"After the upgrade the softswitch can't open 5061 for TLS" - customer.
An old stunnel config still listens on 5061 and forwards to 5060. Once we stopped stunnel the TLS listener came up. Is stunnel still needed with this release or can they remove it?`),
    no(`Customer: "softswitch says address already in use!!! urgent"
It's a single line at startup: bind 203.0.113.10:5060 failed. Their softswitch.conf lists the same IP:port twice after a copy/paste, so the second listener fails. Outbound calls fine, ~120 TIME_WAIT, no errors at peak. Just a config duplicate.`),
    no(`Their node-red won't start on 1880 ("EADDRINUSE: address already in use :::1880") because pm2 already runs a copy. Customer thought the VOS update broke it. It didn't.`),
    no(`Cust: "CDR replica mysql won't start"
They copied my.cnf for a second instance and both have port=3307. Second instance fails with Bind on TCP/IP port: Address already in use. Unrelated to load or to the switch.`),
    no(`Customer: "we get 'address already in use' when starting our second SIP server"
They're trying to run a test OpenSIPS on 0.0.0.0:5060 on the production VOS box. The softswitch already listens there. Nothing exhausted; netstat shows ~300 TCP sockets total. Recommending a separate VM.`),
  ],
  otherRegistrationCause: [
    no(`Customer: "ALL our phones went unregistered this morning, is your server down?"
Server is fine. Their ISP replaced the office router yesterday; phones use SIP over UDP and the new box has a very short UDP session timeout, so the pinholes close between re-registrations. SS_TCP_CLOSE_RESET untouched (Off), no TCP in their setup.`),
    no(`From the ticket: "trunk to carrier keeps going unregistered"
sngrep shows every REGISTER answered with SIP/2.0 403 Forbidden since 09:12. The carrier rotated the trunk password last night and the customer didn't update it.`),
    no(`Customer: "extensions 201 to 215 offline"
Those are all on the 2nd floor. Office had a power cut and the PoE switch on that floor didn't come back. Phones don't even answer ping. Nothing on our side.`),
    no(`Customer says their IP-PBX "lost registration after migration". The PBX registers to sip.custdomain.net, which still resolves to the old server:
$ dig +short sip.custdomain.net
198.51.100.24
New VOS is on .31. DNS change pending on their side.`),
    no(`"Phones say registration failed" - customer. VOS logs reject with account expired: the account's validity date passed on the 1st. Finance needs to renew it.`),
    no(`Customer: "softphones can't register since yesterday"
They moved the VOS to a new public IP over the weekend and the softphones are still provisioned with the old IP. REGISTERs aren't reaching us at all.`),
    no(`Branch office unregistered per customer. traceroute from our side dies at the ISP's second hop, the whole /29 of that branch is unreachable. ISP outage, they've opened a ticket with them.`),
    no(`Customer: "one user can't log in his softphone"
401 Unauthorized repeated; the user's typing the old password. Confirmed by resetting it with him on the phone, registered immediately.`),
    no(`Cust quote: "your licence thing is blocking registrations"
The VOS licence expired on the 28th and the softswitch is rejecting new registrations. Nothing else wrong. Please send the renewed licence file.`),
    no(`Customer: "since the new MikroTik everything is unregistered"
They use SIP over UDP on 5060 only. The MikroTik's default UDP timeout is short and the phones re-register every 3600s, so bindings expire. Our RST parameter is Off and irrelevant here (UDP). Advised shorter re-register interval.`),
    no(`Customer says registrations "expire every hour". Traced one phone: it never sends the refresh REGISTER. Firmware 2.1.4 on those handsets has a known bug with re-registration; the other model on site is fine. Upgrading firmware.`),
    no(`"Nothing registers since we changed the domain" - customer. Phones still send the old realm, VOS answers 403. Provisioning profile needs updating.`),
    no(`Customer: "our TLS phones all dropped"
The server certificate expired at 00:00 UTC. Phones refuse the handshake. Renewing the cert. The TCP close mode parameter hasn't been touched in months.`),
    no(`Customer reports the GSM gateway is offline. Datacenter moved racks yesterday and the gateway's ethernet cable wasn't reconnected. Remote hands plugging it in now.`),
    no(`Customer: "office trunk shows offline"
Their office got a new static IP from the ISP and the VOS mapping gateway authenticates by source IP, so the old IP no longer matches. Updated the gateway IP, fine now; sending to you just to document.`),
    no(`Customer says "phone 3307 unregistered". Their own admin locked the account for non-payment. Not a technical fault.`),
    no(`Customer: "Yealinks lost registration"
They changed the VOS SIP listening port from 5060 to 5080 "for security" and forgot the phones still point to 5060.`),
    no(`Two devices registering with the same account and kicking each other out every few minutes - customer calls it "random unregistration". Contact header alternates between 10.0.0.14 and 10.0.0.57 in the log.`),
    no(`Customer: "home workers unregistered all day"
Their ISP moved residential customers behind CGNAT this week. Phones use UDP and the CGN bindings time out. No TCP, RST mode Off.`),
    no(`Cust: "nothing can register to sip.theircompany.com"
Their domain lapsed, whois shows it expired 3 days ago, so it doesn't resolve. Server side is healthy.`),
    no(`Customer's reseller bulk-reset passwords through the API yesterday and didn't push the new ones to the phones. 200+ phones getting 401. Customer thinks it's a server bug.`),
    no(`Customer: "phones show No Service"
The phones don't have an IP: they changed the voice VLAN on the switch and the phones aren't getting DHCP. Nothing reaches VOS.`),
    no(`Upstream trunk unregistered per customer. Their REGISTER gets "403 Account suspended" from the carrier, who suspended them for an unpaid invoice.`),
    no(`"Half the phones unregistered" - customer.
All of the affected phones are at one site, whose fibre was cut by roadworks. Other site is fine.`),
    no(`Customer: "phones register to the wrong place"
Their provisioning server pushed a template with a wrong outbound proxy (typo in the hostname). Phones send REGISTER into the void. Fixed template, reprovisioning.`),
    no(`Customer says registration fails "since the weekend". They replaced the office Fortigate, SIP goes over UDP, and the new unit's policy doesn't include the phones' VLAN yet. Nothing about TCP or RST here.`),
    no(`Cust: "account 88123 can't register"
The account's allowed-IP binding is set to the old office IP. They moved offices. Updated binding, registered.`),
  ],
  smallFigures: [
    no(`Customer asks: "is 300 TIME_WAIT normal?"
ss -s
TCP:   402 (estab 61, closed 318, orphaned 0, timewait 312/0)
About 40 CPS at peak, no errors anywhere. Looks normal to me, but they want your word on it.`),
    no(`Customer: "what does SS_TCP_CLOSE_RESET do exactly and should we turn it on?"
Their server runs ~20 CPS, no symptoms. I explained FIN vs RST but they want an official answer from the vendor.`),
    no(`Customer saw TIME_WAIT in netstat and asks "what is TIME_WAIT, is something broken?" Nothing is broken, 140 sockets on a quiet server. Please share a short explanation doc we can send them.`),
    no(`Health check requested by customer:
# netstat -ant | grep TIME_WAIT | wc -l
187
Peak yesterday was 25 CPS. Any concern? I don't see one.`),
    no(`"Should we enable RST for better performance?" - customer. Peak CPS 15, TIME_WAIT under 400, no bind or connect errors in the logs. Forwarding the question for your recommendation.`),
    no(`Customer asks whether the default port range is enough:
cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
Only ~2,000 local ports in use at peak. I think it's plenty, please confirm.`),
    no(`Customer: "is tcp_tw_reuse safe on VOS?" General question, nothing failing. Their server is at 30 CPS with a few hundred TIME_WAIT.`),
    no(`Monthly audit from customer, all looks small:
Total: 512 (kernel 0)
TCP:   188 (estab 73, closed 96, orphaned 0, synrecv 0, timewait 88/0)
They just want it reviewed.`),
    no(`Customer asks "what's the difference between closing with FIN and closing with RST, and which does VOS use by default?" Just curiosity from their new NOC lead.`),
    no(`Customer: "does the RST close mode affect our UDP trunks?" Question only; all their trunks are UDP and nothing is wrong.`),
    no(`Capacity planning: customer expects 200 CPS next quarter, currently ~35 CPS with 500 TIME_WAIT. They want to know what TCP tuning to plan for. No problem today.`),
    no(`Customer: "we see about 600 TIME_WAIT right after the nightly CDR sync"
Checked: they drain within a minute, nothing fails. It's the sync job's own connections. Asking if this is expected.`),
    no(`Customer question: "the manual says RST skips close_notify with TLS - what does that mean for us?" They have no issue, just reading §4.3.5.2 before an audit.`),
    no(`Customer asks why 3 sockets sit in CLOSE_WAIT on the softswitch. Three. Calls fine. I'd like your explanation so we can answer them.`),
    no(`"Which file holds the softswitch parameters?" - customer. I pointed them to /home/kunshi/mbx3000/etc/softswitch.conf; they also ask if KEY=VALUE without quotes is still accepted on their older release.`),
    no(`Customer: "is service mbx3000d reparse safe during business hours, or does it drop calls like restart?" Planning question, no incident.`),
    no(`Post-migration check by customer: 90 TIME_WAIT, 45 established, zero errors in the softswitch log. They asked us to ask you if anything should be tuned. I don't think so.`),
    no(`Customer: "netstat shows 350 TIME_WAIT, is that bad?" Server does 8 CPS. No failures. Answered no, but they want vendor confirmation.`),
    no(`Customer asks where to persist sysctl settings on their CentOS 6 VOS since /etc/sysctl.d "doesn't seem to work". General question, no change planned yet.`),
    no(`"What's the max CPS the default TCP settings can handle?" - customer's sales team asking before quoting a bigger deal. Current load tiny.`),
    no(`Customer: "ss: command not found, how do we check sockets?"
Showed them netstat works:
# netstat -ant | awk '{print $6}' | sort | uniq -c
  240 TIME_WAIT
   52 ESTABLISHED
Numbers are small, it was just a tooling question.`),
    no(`Customer's auditor asks why SS_TCP_CLOSE_RESET defaults to Off. Nothing wrong on the server, they need a sentence for their report.`),
    no(`Customer: "we got an alert TIME_WAIT > 250"
Their monitoring threshold is simply too low; 260 sockets on a 20 CPS server. No errors. Please suggest a sensible alert threshold.`),
    no(`Customer asks whether they should use TCP or UDP for their new carrier trunks. Pure design question.`),
    no(`Snapshot the customer pasted, asking "all ok?":
TCP: 96 (estab 41, closed 38, orphaned 0, synrecv 0, timewait 37/0)
Yes as far as I can see.`),
    no(`Customer: "what's the difference between reparse and restart?" and "do parameter changes need either?" Documentation question.`),
    no(`New server, not in production yet, no traffic. Customer wants recommended kernel TCP values before go-live. Nothing to troubleshoot.`),
  ],
  firewallNoRst: [
    no(`Customer: "can't reach the new carrier trunk"
Their iptables INPUT chain has no ACCEPT for the new carrier's IP on 5060 and the policy is DROP. Added the rule, OPTIONS now answered. Sending for your review of their ruleset.`),
    no(`Cust: "our office can't connect to the switch at all"
fail2ban banned the office public IP after a user typed the wrong password 10 times.
fail2ban-client status vos-sip shows it in the banned list. Unbanned and whitelisted.`),
    no(`Customer says phones register but calls are weird (wrong contact, one-way). SIP ALG is on in their office router and rewrites the Contact and SDP. Asked them to disable ALG.`),
    no(`Customer: "calls connect but no audio"
Their AWS security group only opens 5060; RTP 10000-20000 UDP is blocked. Signalling is fine.`),
    no(`Customer asks us to whitelist their new carrier's IPs on the hardware firewall in front of VOS. Just a change request, nothing failing.`),
    no(`Customer: "please open 5061 for TLS"
They use CSF; TCP_IN doesn't have 5061. Adding it. Is there anything on the VOS side to enable for TLS?`),
    no(`After a reboot firewalld came back with the default public zone and 5060 isn't allowed anymore. Customer: "nothing works since the reboot". Made the rule permanent.`),
    no(`Customer: "one-way audio on all outbound calls"
FortiGate policy blocks outbound UDP from the media IP to high ports. Added a policy for the RTP range.`),
    no(`Customer wants their new office IP whitelisted in the iptables rules on the VOS host so they can use the web portal. Routine.`),
    no(`Customer: "server unreachable from the carrier since we moved to the new cloud"
Hetzner cloud firewall attached to the server has no rule for UDP 5060. Added. Traffic flowing.`),
    no(`Customer asks us to add an iptables hashlimit rule to cut REGISTER floods from scanners; their logs are full of friendly-scanner attempts. Nothing broken, just noise.`),
    no(`Customer: "we enabled the firewall and now no audio"
iptables -L -n shows 5060 open but no RTP range. RST/close mode not involved, the signalling is UDP and works. Opened RTP ports.`),
    no(`Customer says calls fail randomly through their FortiGate. The SIP session helper (ALG) is enabled and mangling INVITEs. Disabled session-helper sip and set voip profile off, calls fine.`),
    no(`Customer asks for port forwarding instructions on their MikroTik so their on-site PBX is reachable from VOS. Config question, nothing failing.`),
    no(`Customer wants a fail2ban jail for the VOS web login page after seeing brute-force attempts. Asking if you have a recommended filter regex.`),
    no(`Customer: "TCP trunk can't connect"
GCP firewall rule only allows UDP 5060; the new carrier uses TCP 5060. Added TCP. The carrier connects now.`),
    no(`iptables -L INPUT -n --line-numbers (from customer's box):
1  ACCEPT  udp  --  0.0.0.0/0  0.0.0.0/0  udp dpt:5060
2  DROP    all  --  0.0.0.0/0  0.0.0.0/0
Missing the RTP range and the web port. Customer: "web portal and audio broken after firewall change". Rules fixed.`),
    no(`Customer: "we can't make calls from the new branch"
The branch ISP blocks port 5060 outbound. Moved their phones to 5080. Not a VOS issue.`),
    no(`SonicWall in front of customer's PBX has "Enable SIP Transformations" on, breaking the SDP. Customer: "calls drop after answer" - fixed by disabling transformations. Logging with you for the knowledge base.`),
    no(`Customer wants vendor support's IP allowed for SSH on their firewall for tomorrow's maintenance. Please send the source IP you'll connect from.`),
    no(`Customer: "inbound calls have no audio"
pfSense outbound NAT randomises source ports for RTP; enabled static port for the media host. Audio fine now.`),
    no(`Customer asks us to open the web portal port only for their accountant's IP. Straightforward firewall change.`),
    no(`Customer wants to block a few country ranges with ipset because of fraud attempts. Asking whether VOS has a built-in blacklist or if iptables is preferred.`),
    no(`Customer: "carrier calls failing since this morning"
Carrier changed its signalling IP without notice; our hardware firewall only allows the old one. Whitelisted the new IP. Everything back.`),
    no(`Customer says "the firewall is eating packets". tcpdump shows REGISTERs arriving from a new office IP that isn't in the allow list, so iptables drops them. Close mode is still Off, default. Added the IP.`),
    no(`Customer: "calls have audio only one way after we moved to Azure"
NSG allows 5060 but not the RTP range inbound. Added the rule.`),
    no(`Customer asks whether they should enable SIP ALG on their new Cisco router for better compatibility. We'd say no; want your official guidance.`),
  ],
  negationContext: [
    no(`Customer: "phones unregistered since you changed RST!"
We didn't. softswitch.conf has SS_TCP_CLOSE_RESET="Off" and nobody touched it (file mtime is from March). Their phones are on UDP anyway. The outage started right after they changed all SIP passwords yesterday.`),
    no(`Customer asks "is this port exhaustion?" - it isn't. TIME_WAIT is ~220, no bind errors. The failed calls were because they configured the wrong carrier IP, already corrected and calls passing.`),
    no(`Hypothetical from customer: "if we turned on RST mode, would our phones behind NAT drop?" They haven't enabled it and have no plan to yet. Please answer for their design review.`),
    no(`Customer wants an RCA document for last year's incident where they saw "address already in use" at peak. That was fixed back then with kernel tuning; nothing happening now.`),
    no(`Customer forwarded a forum post about a friend's server with thousands of TIME_WAIT sockets and asks if they're at risk. Their own server shows 180 TIME_WAIT at peak.`),
    no(`Customer: "is the firewall dropping RST?"
RST mode is Off on their switch, and all their SIP is UDP, so there are no RSTs to drop. Calls are failing because the carrier is returning 503 since 10:00, carrier confirmed an outage.`),
    no(`Customer: "we use UDP only - does SS_TCP_CLOSE_RESET matter for us at all?" Question only, nothing failing.`),
    no(`Customer says "calls fail since RST was turned on". RST was turned on in their lab VOS, not production. Production failures are 488 Not Acceptable Here - codec mismatch after the carrier dropped G.729.`),
    no(`Already fixed: NATed phones went unregistered after RST mode, they set it back to Off yesterday, reparsed, every phone registered within minutes. Customer just wants confirmation before we close.`),
    no(`Customer: "nobody changed anything and calls stopped"
Correct, nothing changed on the server: close mode default, kernel default, TIME_WAIT normal. The account ran out of balance.`),
    no(`Customer's script logs "cannot assign requested address" - turns out the script binds to 203.0.113.99, which isn't configured on the host (typo for .9). Not a port shortage; fixing the IP fixed it.`),
    no(`Customer: "it started after the password change" - they say it themselves. Phones 401 with the old credentials. They asked whether RST could be involved; it's Off, so no.`),
    no(`Customer is planning to enable RST next week and asks whether their Fortigate will have issues. Nothing enabled yet, no incident.`),
    no(`This is the sister company's server, not one we operate: they have thousands of TIME_WAIT. Customer just asks if we can forward the info. Our customer's own switch is fine.`),
    no(`Post-mortem request: last month the customer's firewall dropped RST after RST mode was enabled; that was resolved by allowing RST in the firewall. No current issue, they want the write-up for their management.`),
    no(`Customer: "is it the RST thing?" - one phone unregistered. RST mode has been on for 6 months with no complaints from anyone else. This one phone has a broken patch cable, link light flapping.`),
    no(`Customer suspects the firewall drops RST packets. tcpdump on the switch shows no RST at all because close mode is Off; the calls fail with 503 from their carrier.`),
    no(`Customer found "address already in use" in an old log and panicked. The lines are from 2022, one occurrence during an upgrade. Nothing since.`),
    no(`Customer asks, after reading §4.3.5.2: "we are on TLS, should we worry about close_notify?" RST is Off on their switch, so it isn't skipped. Question only.`),
    no(`Customer read the vendor newsletter about RST and NAT and wants to know if they're affected. They have no symptoms and RST is off.`),
    no(`Customer's test team flipped SS_TCP_CLOSE_RESET on in the staging box on purpose to reproduce a NAT issue and saw it. They know why; just informing you, production untouched.`),
    no(`Customer: "not NAT, our phones have public IPs and don't use TCP either". Registration lost because the account expired on the 30th. No playbook stuff here.`),
    no(`Already resolved: last week we added a firewall rule allowing RST for SIP TCP, calls have been fine since. Customer wants the ticket closed.`),
    no(`Customer asks "did your last automation run enable RST?" Checked: the run only set tcp_tw_reuse, RST stayed Off. Their phones lost registration during an ISP outage at the same time.`),
    no(`Customer's colleague thinks it's ephemeral port exhaustion. It isn't: no TCP in use at all on that server, all trunks and phones are UDP. The issue is a routing prefix they deleted.`),
    no(`Customer: "we had the TIME_WAIT problem years ago, is it back?" No - 250 TIME_WAIT at peak today, no bind errors. The call failures today are 404s from a bad dial plan edit.`),
    no(`Customer says "we would see address already in use if we doubled traffic, right?" Purely hypothetical, they're at 10 CPS today with no errors.`),
  ],
  portExhaustion: [
    pe(`Customer: "calls to our TCP carrier fail every evening around 8pm"
ss -s at 20:05:
TCP:   29876 (estab 912, closed 28410, orphaned 3, synrecv 0, timewait 28391/0)
Softswitch log: connect() to 198.51.100.7:5060 failed: Cannot assign requested address. Local port range is the default 32768-60999. Looks like the local ports are all used up at peak.`),
    pe(`Customer thinks our firewall is blocking them at peak. It isn't - no drops in the firewall counters. On the VOS itself: netstat -ant | grep TIME_WAIT | wc -l gives 28110 at busy hour and outgoing TCP legs fail with EADDRNOTAVAIL. Ports run out, firewall innocent.`),
    pe(`"BindException in the logs every afternoon" - customer.
Confirmed: java.net.BindException: Address already in use: connect, only between 14:00 and 17:00 when they run ~180 CPS to TCP carriers. Tens of thousands of TIME_WAIT at the same time. Outside peak it's clean.`),
    pe(`New TCP legs fail at peak, 30k TIME_WAIT, local port range default, tcp_tw_reuse 0. Customer just says "random failures". I'm fairly sure it's ephemeral port exhaustion.`),
    pe(`Customer: "random 503 at busy hour only"
The 503s are generated locally when the switch can't open a TCP connection to the upstream. At 19:30 ss shows timewait 28,000+ to the carrier IPs; at 11:00 it's 2,000. Every failure lines up with the TIME_WAIT peak.`),
    pe(`Customer says "softswitch crashing?" - it's not crashing. Log at peak:
... tcp connect to 203.0.113.50:5060 error: EADDRINUSE (Address already in use)
... tcp connect to 203.0.113.51:5060 error: EADDRINUSE (Address already in use)
Thousands of these between 18:00 and 21:00, TIME_WAIT around 27k. Outbound connections can't get a local port.`),
    pe(`Customer's guess is a NAT problem. Their trunks are all public IPs, no NAT anywhere. What we see is TIME_WAIT building to ~28k as CPS climbs past 150 and then "cannot assign requested address" on new TCP connections. Port exhaustion, not NAT.`),
    pe(`Customer: "we can't place calls at peak, fine at night"
# cat /proc/sys/net/ipv4/ip_local_port_range
32768 60999
# ss -tan state time-wait | wc -l
28203
Nothing else stands out. Please help tune.`),
    pe(`From the customer: "your switch can't handle our traffic". At their peak (~220 CPS, all SIP over TCP to 4 carriers) the box runs out of local TCP ports: TIME_WAIT sits near the range size and connect() returns EADDRNOTAVAIL. CPU and memory are fine.`),
    pe(`Customer reports outbound calls failing since they moved their biggest customer onto TCP trunks last week. Traffic doubled; TIME_WAIT now hits 26-28k every evening and the softswitch logs "address already in use" when opening new connections. Before the move it peaked at 9k.`),
    pe(`Cust: "carrier says they don't see our INVITEs at 9pm"
Right, because we never manage to open the TCP connection. netstat counts 29k TIME_WAIT, the softswitch logs cannot assign requested address for every new leg. Carrier is fine.`),
    pe(`Customer: "is your RST stuff causing this?" - RST mode is Off (default). That's actually the point: with FIN closes the switch keeps ~28k sockets in TIME_WAIT at peak CPS and new outbound TCP connections fail with EADDRNOTAVAIL. No NAT phones or TLS on this server.`),
    pe(`Short one: 180 CPS over TCP, TIME_WAIT 28k, bind errors on outgoing connects at peak only. Customer calls it "the evening problem".`),
    pe(`Customer says "DNS issue?" - no, DNS resolves fine. During the failing window:
ss -s
TCP:   31002 (estab 1203, closed 29544, orphaned 0, synrecv 0, timewait 29501/0)
and the switch logs connect failed: Cannot assign requested address. Local ports exhausted.`),
    pe(`Customer: "every Monday morning campaign kills the switch"
Their dialler pushes ~250 CPS to a TCP carrier at 09:00. Within minutes TIME_WAIT reaches the size of the ephemeral range and new TCP connections fail. By 10:30 it recovers as the campaign slows.`),
    pe(`Escalating: calls fail only under load, error in softswitch log is "bind: Address already in use" when opening outbound SIP/TCP sockets, not on the listener. TIME_WAIT ~27k at the time. Listener on 5060 is fine all along.`),
    pe(`Customer thinks it's the carrier throttling them. Carrier sees nothing. On the VOS, new TCP connections stop being created at peak CPS: 28k+ TIME_WAIT, default port range, connect() EADDRNOTAVAIL. Looks like ephemeral port exhaustion to me.`),
    pe(`Customer: "after the upgrade to bigger traffic we see cannot assign requested address"
They went from 60 to 200 CPS over TCP this month. ss -s shows timewait 28,6xx at 20:00. Server has NATed softphones too, so please check which fix is safe for them.`),
    pe(`"Switch refuses to connect to carriers at busy hour" - customer.
netstat -ant | awk '{print $6}' | sort | uniq -c | sort -rn | head -3
  28944 TIME_WAIT
   1107 ESTABLISHED
     12 LISTEN
New TCP connections failing at the same moments. Port exhaustion.`),
    pe(`Customer: "firewall dropping our calls at peak?"
Checked their firewall: no drops, no INVALID. The failures are on the switch itself - outbound TCP connect fails with EADDRINUSE once TIME_WAIT passes ~28k. Firewall not involved.`),
    pe(`Customer says the issue "comes and goes". It comes every day from 19:00 to 22:00: TIME_WAIT climbs to the ceiling of the local port range and outbound TCP to the carriers fails. Goes away as CPS drops.`),
    pe(`Customer reports BindException/EADDRINUSE storms in the log at their peak hour (~170 CPS). TIME_WAIT at 27.8k. TLS trunks on this one as well, so RST may not be the right fix here; kernel side at least.`),
    pe(`Customer: "new calls fail, existing calls fine, only at peak"
That's consistent with running out of local ports: established calls keep their connections, new TCP connections can't get a source port. TIME_WAIT 28k, ip_local_port_range 32768 60999.`),
    pe(`Customer's words: "it's like the server is full". It is, in a way - ss -tan state time-wait | wc -l = 28,4xx at 18:45 and the switch logs can't assign requested address on every new TCP leg. Memory, CPU and licence lines all fine.`),
    pe(`Customer: "VOS fails to open connections when CPS > 150"
Reproduced with their traffic generator: at 150+ CPS over TCP the TIME_WAIT count grows to ~28k in a few minutes and then connect() fails. Below 100 CPS it never happens.`),
    pe(`Customer says "I think it's the new carrier". The new carrier is the only one on TCP and takes most of the peak traffic; TIME_WAIT to its IP alone is 25k at 20:00, and outbound connections to all carriers fail after that with address already in use. It's the local port pool.`),
    pe(`Customer: "calls fail at peak but the logs say address already in use, is something else running on our port?"
No, nothing else on 5060; the listener is fine. The error is on outgoing connects, and TIME_WAIT is 28k. Ephemeral ports exhausted.`),
    pe(`Escalation: outgoing SIP over TCP fails during peak CPS. Customer only noticed ASR dropping. 
ss -s -> timewait 28735/0
dmesg clean, no conntrack issues. Local port range default and tcp_tw_reuse off.`),
    pe(`Customer: "ASR drops from 45% to 20% every night"
The drop matches exactly the hours where TIME_WAIT is above 27k and the softswitch logs cannot assign requested address for new TCP connections to carriers.`),
    pe(`Customer says it's "random". Not random: 100% of the failed attempts today have "connect failed: Cannot assign requested address" in the softswitch log and all happened with TIME_WAIT over 28k during their 2 peak hours.`),
  ],
  natUnregistered: [
    nat(`Customer: "all our remote softphones show unregistered since Tuesday"
They're home workers behind ordinary routers, SIP over TCP. Tuesday is when SS_TCP_CLOSE_RESET was set to On on this switch. Phones on public IPs in the office are fine. Looks like the NAT boxes don't like the RST closes.`),
    nat(`Customer thinks our server is down. It isn't - only the phones behind their office MikroTik (TCP transport) keep dropping registration, and that started right after RST mode was enabled last week. Trunks and public-IP phones unaffected.`),
    nat(`"Phones register, then go unregistered a few minutes later, over and over" - customer.
All affected phones are behind NAT and use TCP. softswitch.conf:
SS_TCP_CLOSE_RESET="On"
changed on the 12th, which is when the complaints began.`),
    nat(`Customer blames their ISP. ISP is fine: the phones behind NAT lose registration since RST close mode was turned on; the NAT router's TCP mapping is torn down by the RST and the phone doesn't notice. Phones with public IPs never dropped.`),
    nat(`Customer: "Yealinks at branch offices unregistered since the weekend"
Branch phones sit behind Fortinet NAT, SIP over TCP. On Saturday the tuning run enabled RST (SS_TCP_CLOSE_RESET On). HQ phones (no NAT) are fine.`),
    nat(`Customer says "registration keeps flapping". Flapping phones: every one of them behind a home/SOHO router, TCP transport. Non-flapping: public IP. Flapping began the same day the softswitch was switched to RST closes.`),
    nat(`Customer: "Zoiper on mobiles shows offline"
Zoiper is set to TCP, mobiles are behind carrier NAT. Since RST mode went On they drop registration and don't recover until the app restarts. Before that they were stable for months.`),
    nat(`Escalating: softphones behind NAT unregistered after SS_TCP_CLOSE_RESET was enabled to fix a TIME_WAIT issue on this switch. TIME_WAIT is fine now but the NATed TCP users are lost. Need a plan that serves both.`),
    nat(`Customer: "our call center agents can't receive calls, phones say not registered"
Agents are behind the office router (NAT), Grandstreams on TCP. grep CLOSE_RESET softswitch.conf shows On since the last maintenance. Registration losses started after that maintenance.`),
    nat(`Customer says it's a VOS bug. The pattern: phones behind NAT on TCP lose registration, phones on UDP behind the same NAT are fine, phones on public IPs are fine. The only change was RST mode On. Points to the NAT devices not handling RST closes.`),
    nat(`Customer: "since your guy changed something, home users are unregistered"
Our guy enabled RST close mode (SS_TCP_CLOSE_RESET=On) on Thursday. Home users are behind NAT and use TCP. Office users are on public IPs and unaffected.`),
    nat(`"Remote extensions unregistered, local ones OK" - customer.
Remote = behind NAT routers at employees' homes, SIP/TCP. RST mode enabled 3 days ago. Checked: the phones keep sending on a connection the router has already dropped after the RST.`),
    nat(`Customer: "MikroTik sites went unregistered"
All their MikroTik-NATed sites use TCP to the switch. Problem started right after RST mode was turned on. The sites on direct public IPs still register fine.`),
    nat(`Customer thinks the phones' firmware is bad. Same firmware works on public IPs. Phones behind NAT with TCP transport have lost registration repeatedly since the close mode was changed to RST.`),
    nat(`Short: NATed TCP phones unregistered since SS_TCP_CLOSE_RESET On. Customer just says "phones offline again".`),
    nat(`Customer: "MicroSIP users keep going offline"
MicroSIP on TCP, users behind office NAT. softswitch.conf: SS_TCP_CLOSE_RESET=On (older release syntax), set last Monday. Offline reports started Monday afternoon.`),
    nat(`Customer blames the DrayTek routers. Partly right: the DrayTeks NAT the phones' TCP sessions and since the switch began closing with RST they lose the mapping and the phones show unregistered. Before RST mode it worked for years.`),
    nat(`Customer: "phones behind our Fortigate show unregistered, but there's nothing in the Fortigate logs"
They are NATed and use TCP. RST mode was enabled on the switch on the 3rd. Unregistrations began on the 3rd.`),
    nat(`Escalation: after we enabled RST mode for TIME_WAIT, the customer's NATed TCP phones started losing registration. The tuning history on this server shows the run that set SS_TCP_CLOSE_RESET On. This server has NATed phones, so probably RST should not have been enabled here.`),
    nat(`Customer: "extensions show unregistered in the portal every few minutes"
Every affected extension has a private Contact (192.168.x.x) - i.e. behind NAT - and transport=tcp. Began after the switch moved to RST closes.`),
    nat(`Customer's words: "home office phones can't stay registered". They're behind consumer routers, TCP. Since RST was switched on the routers drop the TCP mapping and the phone keeps trying on a dead connection until re-register.`),
    nat(`Customer says nothing changed on their end. Correct - what changed is on our switch: RST close mode enabled. Their phones sit behind NAT with SIP over TCP and have been unregistering since.`),
    nat(`Customer: "softphones unregistered after maintenance window"
In that window we set SS_TCP_CLOSE_RESET to On. The affected softphones are all behind NAT on TCP. Desk phones on UDP fine.`),
    nat(`Customer: "is this a licence problem? phones unregistered"
Licence is fine. Unregistered phones are the NATed ones on TCP; problems since RST mode was enabled last week.`),
    nat(`Customer reports Bria clients behind their office NAT go unregistered. Bria uses TCP there. Started the day after SS_TCP_CLOSE_RESET was flipped On; registrations recover for a while after the app restarts.`),
    nat(`"Phones at the shops unregistered" - customer's retail chain, each shop behind its own router with NAT, SIP over TCP. RST mode went On on Friday; Friday evening the first shops reported.`),
    nat(`Customer: "phones behind our pfSense keep losing registration"
TCP transport, NAT on pfSense. softswitch.conf shows SS_TCP_CLOSE_RESET="On" since the 20th, which matches the first tickets.`),
    nat(`Customer blames the server load. Load is low. The phones that lose registration are the ones behind NAT routers using TCP, and it started once RST mode was turned on.`),
    nat(`Customer: "Grandstream phones at the warehouse offline"
Warehouse is behind a TP-Link router (NAT), phones on TCP. RST mode enabled Monday. Since then they drop registration several times an hour.`),
    nat(`Customer: "since the change, remote phones unregistered" - the change was enabling RST (SS_TCP_CLOSE_RESET On). Remote phones: NAT, TCP. Local public-IP phones OK. Need to roll back or find a better combo.`),
  ],
  firewallRst: [
    fw(`Customer: "calls hang and never clear since yesterday"
Yesterday RST mode was turned on. Their iptables has -m conntrack --ctstate INVALID -j DROP and the counter on that rule is climbing; the RSTs from the switch are being dropped as INVALID, so the far end never sees the close.`),
    fw(`Customer blames the carrier for failed calls. Carrier side is clean. The customer's hardware firewall logs "TCP packet dropped: RST without session" since SS_TCP_CLOSE_RESET was enabled on the switch. Calls over that TCP trunk fail intermittently since then.`),
    fw(`"Calls drop in the middle" - customer.
Drops began after RST mode went On. tcpdump on both sides: RST leaves the switch, never reaches the other side; their stateful firewall in between eats it. Then the next request goes into a half-dead connection.`),
    fw(`Customer thinks it's a codec issue. It isn't - no 488s. Calls fail since the switch closes TCP with RST, and the cloud firewall in front of the PBX drops those RSTs (flow logs show them rejected).`),
    fw(`Customer: "since your change calls fail to that PBX"
Our change = SS_TCP_CLOSE_RESET On. Their PBX is behind a SonicWall that drops the RST packets as out-of-state. Calls to that PBX fail or hang; other destinations fine.`),
    fw(`conntrack on the customer's edge box:
nf_conntrack: ... INVALID packets dropped: rising by thousands/hour
iptables -L -v shows DROP ctstate INVALID hitting TCP 5060 RSTs. Started when RST mode was enabled. Customer says "calls fail randomly".`),
    fw(`Customer: "outgoing calls hang at ringing"
Only over the TCP trunk that passes their Fortigate. Fortigate logs "packet dropped, no session matched" for RSTs from the switch since RST mode was switched on. Calls hang because the connection state is out of sync.`),
    fw(`Escalating: after enabling RST close mode to fight TIME_WAIT, calls through the customer's stateful firewall started failing. The firewall treats the RST as INVALID and drops it. Need to decide: RST off again, or allow RST in their firewall.`),
    fw(`Customer says "your switch drops calls". The switch is fine; its RST closes are dropped by the customer's AWS network firewall (stateful rule group, drop-strict). Failures started the day RST was enabled.`),
    fw(`Customer: "calls fail after 30 seconds on the new TCP trunk"
Trunk passes an ASA. ASA logs "Deny TCP (no connection) ... flags RST" since RST mode was set On on the switch. Calls fail when the next transaction reuses the connection the ASA has in a weird state.`),
    fw(`Short: RST mode On since Monday, customer's iptables drops INVALID, RST counted there, calls failing over TCP since Monday.`),
    fw(`Customer thinks the VOS update broke calls. No update happened; only SS_TCP_CLOSE_RESET went On. Their pfSense in front drops the RSTs (state mismatch) and calls to them fail since.`),
    fw(`Customer: "calls don't clear, billing shows hour-long calls"
Hung calls began once the switch used RST to close TCP. Their checkpoint firewall drops those RSTs, so the closes never land. Billing artefacts follow.`),
    fw(`"Calls failing since Thursday" - customer.
Thursday: RST mode enabled. Their firewall (iptables with conntrack) logs:
IN=eth0 ... PROTO=TCP SPT=5060 ... RST ... INVALID DROP
Hundreds per minute. That's the cause.`),
    fw(`Customer: "one-way failures, only calls to the DC behind the Palo Alto"
Palo Alto drops the switch's RSTs as non-syn-tcp / out of state since RST close was enabled. Calls to other sites fine.`),
    fw(`Customer says "carrier X is flaky". Carrier X is the only one behind a stateful firewall on their side, and its failures started when we enabled SS_TCP_CLOSE_RESET. Their firewall admin confirms RSTs being dropped.`),
    fw(`Customer: "calls setup then drop, since maintenance"
Maintenance enabled RST mode. Customer's Juniper SRX drops TCP RSTs not matching a session. Calls over TCP through it fail since the maintenance.`),
    fw(`Customer's firewall admin sent this: "we see lots of RST from your softswitch dropped as invalid". Since then (RST mode On a week ago), their users complain calls fail. Matches.`),
    fw(`Customer: "INVITEs time out to our PBX"
The PBX's iptables drops the RST from our switch as INVALID, leaving the PBX with a stale connection; the next INVITE on it times out. All since RST mode was switched on.`),
    fw(`Customer blames our network. Our network delivers the RSTs fine; their stateful firewall drops them (conntrack INVALID). Calls fail since RST mode was enabled on the switch on the 5th.`),
    fw(`Customer: "Azure side calls failing"
Azure firewall in front of their PBX drops the RSTs since SS_TCP_CLOSE_RESET=On. Calls to Azure PBX fail/hang; on-prem ones fine.`),
    fw(`Customer says "phones ring forever". Not registration - calls. The TCP leg to their PBX passes a stateful firewall that drops our RST closes since RST mode was enabled, so the call state never cleans up.`),
    fw(`Customer: "intermittent call failures after the tuning"
The tuning set RST On. Customer's iptables has a strict INVALID drop rule, counters show RST packets dropped from the switch IP. Failures started right after the tuning.`),
    fw(`Customer asks "did you break something on Friday?" Friday we turned on RST close. Their WatchGuard drops the RSTs and calls through it fail since Friday.`),
    fw(`Customer: "calls drop randomly on the TCP trunk"
Trunk goes through a hardware firewall that logs "TCP RST dropped: invalid state". Began with RST mode On. UDP trunks through the same firewall unaffected.`),
    fw(`Customer thinks their PBX is overloaded. PBX is idle. The firewall in front of it drops the RST packets our switch sends since RST mode was enabled; the PBX then writes to dead connections and calls fail.`),
    fw(`Customer: "calls fail since you enabled the new setting"
The new setting is SS_TCP_CLOSE_RESET On. GCP firewall / their VM iptables with conntrack: RSTs dropped as INVALID. Calls over SIP TCP fail.`),
    fw(`Customer: "calls hang up after a few seconds, only through our MikroTik firewall"
MikroTik filter rule "drop invalid" is catching the RSTs from the switch since RST mode went On. Calls over TCP through it fail.`),
    fw(`Customer says "calls get stuck". Confirmed with their firewall logs: RST packets from the switch dropped by the stateful firewall since RST was enabled. Calls over the affected TCP connections fail.`),
    fw(`Customer: "after your tuning, calls to our hosted PBX fail"
The tuning turned RST mode On. The hosted PBX sits behind a stateful cloud firewall that drops the RSTs as out-of-state. Need RST Off or an allow rule for RST on SIP TCP.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning71Set: readonly EvalItem[] = Object.values(tuning71Families).flat();
