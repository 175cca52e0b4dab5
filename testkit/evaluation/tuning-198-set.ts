import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * English from everywhere VOS3000 is sold: US wholesale carriers and call centres, the Caribbean (Jamaican patois
 * touches), Australia and New Zealand ("mate", "arvo", "kia ora"), South Africa ("howzit", "now now", "eish"), Kenya and
 * Uganda (some Swahili), Indian, Pakistani, Bangladeshi and Sri Lankan English (some Hinglish, "lakh", "kindly revert"),
 * Filipino English with Taglish and "po", Gulf expat NOC engineers ("Salam brother"). Latin script throughout; figures as
 * "28k", "27,000", "2.5 lakh", "thirty thousand"; terse tickets, pasted output, typos and voice-to-text slips.
 *
 * The hundred-and-ninety-eighth tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-ninety-eighth never-tuned set, before the seventieth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the seventieth round, then made tuning
 * material for the seventy-first: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 100 %, negatives confident 1.5 %, confident wrong 0 % with the rules of
 * the sixty-ninth round, before the seventieth.
 * After the seventieth round: the same.
 * After the seventy-first round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning198Families = {
  oneListeningPort: [
    no(`Web portal won't come back after the reboot. catalina.out says:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-nio-8080"]
java.net.BindException: Address already in use
netstat shows java already on 8080 from an old instance i think. kill it or what?`),
    no(`quick one - nginx -t is ok but systemctl start nginx fails "bind() to 0.0.0.0:443 failed (98: Address already in use)". apache is still installed on the same VOS box from the old vendor. which one do we keep`),
    no(`After restarting mbx3000d the softswitch log says it cant bind 5060, address already in use. ps shows an old mbx3000 process still hanging around from before the restart. safe to kill -9 it?`),
    no(`our dev set up a docker container for the billing API on the vos server and now docker says "Bind for 0.0.0.0:3306 failed: port is already allocated". mysql for vos is of course on 3306. how should he map it?`),
    no(`hey guys this is Mike from the call center in Tampa, the soft switch web page wont load, my tech says tomcat says address already in juice on port 8080, something else grabbed the port after the update, can you look`),
    no(`Wah gwaan team. Mi restart di server an now di web manager nah come up. Log seh "Address already in use: JVM_Bind" port 8080. Sumting else a hold di port mi tink`),
    no(`Morning. Redis on the VOS box won't start: "Could not create server TCP listening socket *:6379: bind: Address already in use". Only one redis should be there, mi bredda installed a second one last week. How to clean dis up`),
    no(`good evening, after power came back the vos3000 started twice somehow?? second one saying 5060 address in use. first one still running fine, calls ok. just want to stop the duplicate properly`),
    no(`G'day, tried to spin up grafana on the softswitch this arvo and it's whinging "listen tcp :3000: bind: address already in use". Turns out our old node dashboard is on 3000. Reckon I just move grafana to 3001?`),
    no(`Mate, httpd won't restart. (98)Address already in use: AH00072: make_sock: could not bind to address [::]:80. nginx from the reseller portal is sitting on 80. Which one does VOS actually need?`),
    no(`Kia ora, after the kernel update mysql wont start, error says Can't start server: Bind on TCP/IP port: Address already in use, port 3306. there's a mysqld_safe leftover running i think. is it ok to kill it while vos is down anyway`),
    no(`no worries if this is outside scope but our web portal tomcat throws BindException on 8443 after I added an SSL connector. Pretty sure I've defined 8443 twice in server.xml`),
    no(`Howzit guys. Tomcat for the VOS web won't come up after the patch, catalina log: java.net.BindException: Address already in use (Bind failed) <null>:8080. Only the one service, everything else on the box is lekker. Can you check now now?`),
    no(`Eish, load shedding killed the server and when it came back the softswitch says cannot bind 0.0.0.0:5060 address already in use. ss -lntp shows pid 2211 mbx3000 still holding it from before?? calls are down, please help`),
    no(`Morning all. Our developer ran his Laravel app on the VOS box with php artisan serve --port=8080 and now the web portal says address already in use. He's gone home. How do I find and stop his process?`),
    no(`Hi, just a question: our SIP trunk monitoring script can't listen on 9090, "OSError: [Errno 98] Address already in use". Something else on the box got 9090 first. how do i see what it is`),
    no(`Greetings team. Kindly assist, the VOS3000 web manager is not starting after we restarted the server. Error in log: Address already in use port 8080. We have found that another java application for our SMS platform is also using 8080. Please advise how to change port.`),
    no(`Habari. Nginx inasema "bind() to 0.0.0.0:80 failed (98: Address already in use)" after installing apache for the agent portal. VOS web is ok. Which one to stop?`),
    no(`Good morning, Uganda side here. After the restart mbx3000 fails to start, log says bind 5060 failed address already in use. we found an old softswitch process from before the restart. Please guide us the correct way to stop it without affecting the database`),
    no(`Dear sir, kindly do the needful. After server restart the Tomcat of VOS3000 web is not starting, giving "java.net.BindException: Address already in use: bind" for port 8080. Same port is used by our new CRM application installed yesterday. Please revert.`),
    no(`Sir mysql not starting in vos server, error Bind on TCP/IP port: Address already in use. pehle se ek mysql already chal raha hai (mariadb from other install). which one vos uses?`),
    no(`Hi, one of our developers is testing a SIP script on his own laptop and it says "OSError: [Errno 98] Address already in use" when binding 5060 locally. Zoiper is also open on his laptop. Is this anything to do with our VOS server or just his laptop?`),
    no(`PFA error. After adding second web portal instance, tomcat giving Address already in use on 8080. Only this service affected, calls running fine. Pls suggest proper port change in server.xml`),
    no(`Hi sir good morning po. Yung web portal ng VOS ayaw mag start after reboot, sabi sa log "Address already in use" port 8080. May ibang java app kasi na naka-install, yung dialer namin. Paano po ilipat ng port?`),
    no(`Sir pls help, docker container ng reporting tool ayaw mag run, "port is already allocated" 8080 kasi gamit ng VOS web. Pwede po ba i-map sa ibang port?`),
    no(`Good pm po. After namin i-restart si mbx3000, sabi sa log bind 5060 failed, address already in use. may lumang process pa na naka-hold. Ok lang po ba i-kill?`),
    no(`Salam brother, NOC Dubai here. Apache on our VOS box fails: "(98)Address already in use: make_sock: could not bind to address 0.0.0.0:443". We have nginx reverse proxy also on 443 for the reseller portal. Need advice which to move, only web affected, voice ok.`),
  ],
  otherRegistrationCause: [
    no(`About 40 of our agents' phones show unregistered since this morning. We rotated all SIP passwords last night per the security audit, and the log shows 403 Forbidden / wrong password for those extensions. Did the new passwords not sync to the phones?`),
    no(`Our carrier's gateway went unregistered at 2am. They told us they changed their public IP during a maintenance window. Where do I update the IP on the VOS side for their registration?`),
    no(`hey, customer says all his softphones unregistered. checked - his account got suspended, balance is -$212. is there a way to give him a grace period while he pays?`),
    no(`Phones at our Dallas office all unregistered, the office had a power outage and the PoE switch didn't come back. Once facilities reset it they registered. Is there a way to alert us quicker next time?`),
    no(`Registrations failing for the whole reseller since midnight. Looks like the domain for sip.ourdomain.com expired with the registrar, phones can't resolve it. renewed it now, how long until they come back?`),
    no(`Good day. Di phones dem at di Montego Bay office unregistered since yesterday. Internet provider change di modem an now is a new public IP, and di new router have SIP ALG on. We only use UDP. Wha fi do?`),
    no(`Hello, customer in Trinidad say his gateway unregistered. Turns out his account expire end of last month, nobody renew it. How I extend expiry date in VOS?`),
    no(`Yow, all di extension dem drop registration after di storm knock out di power in Kingston. Power back now but a few phones still nah register, dem seem dead. Any way fi list which ones still offline?`),
    no(`Morning, half our phones in the Brisbane office went unregistered after the NBN tech swapped our router this arvo. New router is a TP-Link with SIP ALG turned on by default. We're UDP only. Should I just turn SIP ALG off?`),
    no(`Mate, customer in Auckland's phones keep dropping registration. He changed his SIP password in the portal but didn't update the Yealinks, log's full of 401s. Can I see which ones still use the old creds?`),
    no(`Heya, our licence on the VOS box expired last night I think, the web says licence expired and no endpoints are registering. Who do we talk to for the renewal?`),
    no(`reckon our reseller's gateway is unregistered cos he moved it to a new site with a different static IP and we have IP auth only on it. where do I change the allowed IP`),
    no(`Howzit. All the phones at the Durban branch unregistered since load shedding stage 6 this morning, UPS died after 2 hours. Power is back now, most registered again but 3 still down. Those ones just need a reboot?`),
    no(`Morning. One of our resellers has all his clients showing unregistered. He hasn't paid since March, the account was locked automatically for unpaid balance. He's asking us to unlock, just confirming that's the reason.`),
    no(`Hi guys, our fibre in Joburg was down for 4 hours (Vumatel outage), all the TCP phones unregistered during that time. They're back now. Can we get a report of how many calls we lost?`),
    no(`Ja so we changed the softswitch IP from 41.x.x.10 to 41.x.x.20 on the weekend and the phones still point to the old one, hence unregistered. Can VOS do some redirect or must we reprovision all?`),
    no(`Greetings. Kindly assist, our clients in Kisumu are showing unregistered. We have found their ISP changed and now the new router has SIP ALG enabled. Setup is UDP only. Please advise.`),
    no(`Dear support, the gateway of our customer in Kampala is unregistered since Monday. He says he did factory reset on the gateway by mistake and the password is now wrong. Log shows authentication failed. Please help us confirm.`),
    no(`Hello team, asante. Phones at Mombasa office unregistered, we discovered the internet subscription was not paid and ISP disconnected the line. Line restored now. Just informing and asking if registration will recover automatically`),
    no(`Dear sir, since today morning 150 extensions unregistered. On checking, our account on VOS shows expired (validity ended 30-04). Kindly extend validity, payment already done yesterday. Please revert urgently.`),
    no(`Sir, gateway of our client in Lahore is unregistered. He changed the DNS name of his dynamic IP service and didn't tell us. Now old name not resolving. Kindly guide where to update.`),
    no(`Hello, our GoIP gateways showing unregistered after we changed the passwords for security. Log showing "401 Unauthorized" again and again. I think password mismatch only. Kindly check.`),
    no(`Hi team, after ISP change at Pune call centre all phones unregistered. New ISP is giving CGNAT and phones are on UDP. Old ISP was static IP. How to handle?`),
    no(`Good am po. Yung mga softphone ng agents namin sa Cebu unregistered, kasi nag brownout kagabi tapos hindi pa bumabalik yung internet ng PLDT. Inform lang po, wala pa rin connection.`),
    no(`Sir, unregistered po yung gateway ni client, na-suspend daw account niya kasi may unpaid balance na 15k. Paano po i-reactivate after bayad?`),
    no(`Salam, NOC Riyadh here. Customer's IP phones unregistered after they changed their public IP because of new STC line. They use IP authentication. Need to update the mapping, please advise where.`),
    no(`Hi brother, Abu Dhabi office phones all unregistered. After checking, wrong password was pushed by the provisioning server yesterday. Fixing now but please confirm logs show 401 only.`),
  ],
  smallFigures: [
    no(`Is this normal? ss -s on our VOS box:
Total: 412 (kernel 530)
TCP:   287 (estab 94, closed 170, orphaned 0, synrecv 0, timewait 168/0), ports 0
we're doing maybe 3 cps. just want to make sure we're not heading for trouble`),
    no(`What exactly is TIME_WAIT and why does netstat show a couple hundred of them on our quiet server?`),
    no(`Hypothetically, if we turn on SS_TCP_CLOSE_RESET, will our remote workers behind home NAT routers lose registration? Haven't changed anything yet, just planning.`),
    no(`Can someone explain in plain English what SS_TCP_CLOSE_RESET does? My boss read about it and wants to know if we should touch it.`),
    no(`health check request: netstat -an | grep TIME_WAIT | wc -l gives 341 at peak hour (around 25 CPS). ip_local_port_range is 32768 60999. Anything to worry about?`),
    no(`we're planning to go from 20 to 150 cps next quarter on TCP trunks. should we be worried about TIME_WAIT / port exhaustion later? what's the rule of thumb`),
    no(`Morning. Mi see 'bout 200 TIME_WAIT pon di box when mi run netstat. Everyting working good, calls flowing. Dat a problem or normal ting?`),
    no(`Quick question from Barbados: if we enable RST mode would our stateful firewall (a pfSense) start dropping stuff? Not done anything yet, asking before we try.`),
    no(`G'day, monthly health check on the softswitch. ss -s says timewait 96, estab 210. About 8 cps at peak. All sweet as far as I can tell, just want a second opinion.`),
    no(`Mate what's the difference between FIN and RST close on SIP TCP? Vendor doco is a bit thin.`),
    no(`Does SS_TCP_CLOSE_RESET do anything if all our trunks and phones are UDP? Reckon it doesn't but want to confirm before the change window Thursday arvo.`),
    no(`Kia ora, is net.ipv4.tcp_tw_reuse safe on CentOS 7 for a VOS box? We're not having any issues, 150-odd TIME_WAIT at peak, just reading about tuning.`),
    no(`Howzit. Small question: our netstat shows 412 TIME_WAIT on a Tuesday afternoon, around 12 CPS. Is that lekker or should I be worried?`),
    no(`Morning guys, if we switch the close mode to RST, will our Fortinet start dropping things? Haven't done it, the MD asked me to check first.`),
    no(`Hi, what's the default value of SS_TCP_CLOSE_RESET and where's it set? Just auditing our softswitch.conf.`),
    no(`Eish sorry for the basic question, what does "orphaned" mean in ss -s? We have orphaned 2, timewait 74. Box is fine.`),
    no(`Greetings team. Kindly explain the meaning of TIME_WAIT in netstat output. Our server shows about 250 connections in TIME_WAIT state at evening peak. Calls are fine. We want to understand only.`),
    no(`Dear support, we are planning to move our phones from UDP to TCP. Will it affect the registrations behind NAT if RST mode is ever enabled? Currently RST is off. Please advise.`),
    no(`Hello, is ss -s output like this ok? TCP: 190 (estab 60, closed 115, orphaned 0, timewait 112/0). We are small operator in Kampala, 5 cps.`),
    no(`Dear sir, please find below netstat summary for your review:
tcp ESTABLISHED 88
tcp TIME_WAIT 276
tcp LISTEN 14
Calls are running fine, this is only for monthly audit. Kindly confirm it is normal.`),
    no(`Sir what is the use of ip_local_port_range? Current value 32768 60999. Should we change it or leave? No problem currently, just asking.`),
    no(`Hello team, one doubt: if SS_TCP_CLOSE_RESET is On, does it affect UDP calls also? We have mixed, 90% UDP.`),
    no(`Hi, our manager is asking what is RST mode and why it matters for NAT devices. We have not enabled anything. Kindly explain in simple words.`),
    no(`Hi sir, ask lang po, normal lang ba na may 300 TIME_WAIT sa server namin? Mga 10 cps lang kami, okay naman calls.`),
    no(`Good day po. Ano po ba difference ng SS_TCP_CLOSE_RESET On at Off? Hindi pa namin ginagalaw, curious lang.`),
    no(`Sir sa health check po, ito ss -s: estab 130, timewait 205. Peak hours na yan. Okay lang po ba?`),
    no(`Salam team. For our capacity planning in Doha: at what number of TIME_WAIT sockets should we start to worry? Now we see max 500 at peak, 30 CPS. Everything fine.`),
  ],
  firewallNoRst: [
    no(`Need to whitelist a new carrier on our FortiGate: signaling from 203.0.113.0/28, media 203.0.113.16/28. Which ports should I open for SIP TCP 5060 and RTP on VOS?`),
    no(`fail2ban banned our own call center's IP this morning after an agent fat-fingered his password 10 times. How do I unban and add them to ignoreip?`),
    no(`can you review our iptables rules for the vos box? pasting below. nothing is broken, just want best practice before audit.
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p tcp --dport 5060 -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT
-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
-A INPUT -j DROP`),
    no(`Should SIP ALG be on or off on our Cisco ASA in front of the softswitch? Getting conflicting advice.`),
    no(`We want to geo-block everything except US/Canada on the firewall to cut fraud attempts. Any ports on VOS we must keep open to the world?`),
    no(`Good day. Need port forward on di MikroTik at di office fi di VOS web portal, 8080 to di server. How mi set dat up?`),
    no(`Hello from Nassau. The pfSense keep blocking one of our carrier IPs, it show in the log as blocked by the default deny rule. Just need to whitelist 198.51.100.44. Nothing else wrong.`),
    no(`Bredda, fail2ban ban up di whole office again. One phone have di wrong password an keep trying. How fi stop dat?`),
    no(`G'day, we're moving from an old Sophos UTM to a FortiGate next week. Can you send a list of ports the VOS box needs open so I can build the policies?`),
    no(`Mate, which ports do I need to forward on the customer's MikroTik for his IP PBX to reach our softswitch? He's UDP.`),
    no(`Quick one: iptables is dropping SIP scans from overseas (heaps of them in the log, friendly-scanner). Should I just drop by country or rate-limit?`),
    no(`Kia ora, can you have a look at our pfSense config before we go live? Nothing's broken, just want a sanity check on the SIP rules.`),
    no(`Howzit. Need to open TCP 5060 and 5061 on our FortiGate for a new carrier in Cape Town. Just want to confirm the RTP range VOS uses.`),
    no(`Morning all, fail2ban blocked a whole client's office IP (they had a phone with the wrong password). Already unbanned, but how do I whitelist their IP for good?`),
    no(`Hi guys, our ISP says their CPE has SIP ALG on, should we ask them to disable it? Our trunks are UDP. No drops, just preparing.`),
    no(`Ja, the ASA rules for the softswitch were written by a guy who left 3 years ago. Can someone review? show run access-list pasted below:
access-list OUTSIDE_IN extended permit udp any host 196.x.x.5 eq sip
access-list OUTSIDE_IN extended permit udp any host 196.x.x.5 range 10000 20000
access-list OUTSIDE_IN extended permit tcp host 41.x.x.9 host 196.x.x.5 eq 5060`),
    no(`Greetings. Kindly assist us to whitelist the IP of our new carrier in the firewall (Sophos XG). IP is 102.x.x.14. Calls from them are rejected, we have not added them yet.`),
    no(`Habari team. We want to block all countries except Kenya, Uganda, Tanzania on our MikroTik for the SIP port. Please advise if this is fine for VOS3000.`),
    no(`Dear sir, please share list of ports to be opened in firewall for VOS3000 (SIP, RTP, web, mysql for replication). Our security team is asking. Kindly do the needful.`),
    no(`Sir fail2ban has banned our carrier IP 45.x.x.23 since morning, their calls are rejected. How to unban and permanently whitelist? Urgent please.`),
    no(`Hello, we need to port forward 5060 UDP and 10000-20000 UDP from our Fortigate to VOS server private IP 192.168.10.5. VIP config is done but kindly confirm ports.`),
    no(`Dear team, kindly review the iptables rules attached and suggest improvements. Currently no issue, only audit compliance purpose. PFA.`),
    no(`Hi sir, pa-open po ng port 5060 TCP sa firewall namin, new carrier po kasi. Paano po sa iptables?`),
    no(`Good morning po, na-ban ng fail2ban yung IP ng office namin sa Makati, mali kasi password ng isang agent. Paano po i-unban?`),
    no(`Sir pa-check naman po ng SIP ALG sa router ng client, naka-on daw. Dapat po ba i-off? UDP lang po sila.`),
    no(`Salam. Our new FortiGate in Jeddah needs a VIP for the VOS web portal and SIP 5060. Please share the recommended policy. Nothing is failing yet, new setup.`),
    no(`Hello team, Dubai NOC. Regulator asks us to geo-block VoIP traffic from some countries. Which rule on the firewall is best so we don't block our carriers? No issues at the moment.`),
  ],
  negationContext: [
    no(`FYI - closing the loop on last month's ticket. The TIME_WAIT pile-up and "cannot assign requested address" errors are gone since you enabled RST and tw_reuse. Peak today was 38k calls and ss shows timewait 210. Thanks guys.`),
    no(`Phones unregistered at our Chicago site but before anyone blames the RST thing - we never enabled it, SS_TCP_CLOSE_RESET is Off, I just checked. The site's router died, we're replacing it.`),
    no(`Forwarding an old ticket for the record, no action needed:
> From: NOC
> Subject: RE: FortiGate dropping RST from softswitch
> Resolved 2023-11-02 by setting SS_TCP_CLOSE_RESET back to Off. Calls normal since.`),
    no(`Our calls to carrier X fail since this morning but it's not the firewall or RST stuff, we use UDP only to them. Carrier says they have an outage on their side.`),
    no(`thanks for the fix yesterday! after you turned RST back off all the remote phones re-registered. 0 unregistered this morning. you can close the ticket`),
    no(`Respect fi di quick help. Since unnu change di close mode back, di phones dem behind NAT register an stay registered. Everyting good now, close di ticket.`),
    no(`Mi see one line "address already in use" inna di log las night an get frighten, but unnu colleague check an it was just di old web portal restart. TIME_WAIT only 80, calls flowing, no port exhaustion. Jus fi di record.`),
    no(`Hello, from Kingston. Phones unregistered dis morning but is after we change di passwords on di server last night, di phones dem still have di old one. No RST nothing, we nuh touch dat.`),
    no(`G'day, just for the record: that TIME_WAIT problem we had at peak last month is sorted. Since the change, ss -s at peak shows timewait 300-odd, no bind errors. Cheers mate.`),
    no(`Mate, the firewall dropping RST thing you warned us about - we never turned RST on, so ignore that. Our issue was the carrier rejecting our new trunk IP, they've whitelisted it now.`),
    no(`No dramas now. The NAT'd phones came back once you flipped SS_TCP_CLOSE_RESET back to Off Tuesday arvo. All 62 registered, been stable 48h.`),
    no(`Kia ora, calls failing at peak was not the port thing after all, the carrier's capacity was capped at 200 channels. They've raised it. Nothing changed on our side, RST still Off.`),
    no(`Howzit. Just to confirm before you go digging: we're UDP only on all trunks and phones, so the TCP RST/NAT thing doesn't apply. Our registration drops were the Telkom line, which is fixed now.`),
    no(`Morning guys, forwarding last year's incident report for the audit file. "Port exhaustion at peak, 28k TIME_WAIT, resolved by enabling RST + tw_reuse on 14/08." Nothing wrong now.`),
    no(`Eish thanks a lot, after the rollback of the close mode the FortiGate stopped logging "no session matched" and calls are lekker again. You can close it.`),
    no(`Hi, our agents lost registration this morning, but it was after the password change the security team pushed. Nobody changed anything else, RST never enabled. We're resetting the phones now now.`),
    no(`Greetings team. Thank you very much for the assistance. After reverting SS_TCP_CLOSE_RESET to Off the phones behind NAT are now registered, total 48 out of 48. Kindly close the ticket.`),
    no(`Dear support, kindly note the issue of "cannot assign requested address" we reported in January was solved by your team. Now at peak we have only 400 TIME_WAIT. This is for your records.`),
    no(`Hello, Kampala office. Calls failing is not related to firewall or RST, we have confirmed our link to the carrier was cut by road works. ISP is fixing. Nobody touched the softswitch.`),
    no(`Dear sir, this is to inform that issue of RST packets dropped on our Fortigate is resolved after your team changed the setting back to Off. Calls are normal since 2 days. Kindly close the ticket. Thanks and regards.`),
    no(`Sir, phones unregistered issue was due to password change by our admin only, not due to NAT or RST. Resolved now after updating phones. Just informing.`),
    no(`Hello team, regarding yesterday's mail: we don't use TCP at all, only UDP, and RST is Off since installation. So the port exhaustion thing is not applicable. Actual issue was carrier side 503.`),
    no(`Dear team, PFA old ticket from 2022 regarding TIME_WAIT 35k and bind errors, it was resolved same time. Sharing only for new NOC staff training. No issue now.`),
    no(`Thank you po sa help! After ibalik sa Off yung RST, registered na lahat ng softphone ng agents. Pwede na po i-close yung ticket.`),
    no(`Sir hindi po firewall issue, wala kaming binago sa firewall at naka-Off pa rin RST. Yung ISP po ang may problema, may outage sila sa area.`),
    no(`Good morning po, FYI lang, yung "address already in use" issue last month solved na po after tuning. Ngayon 150 TIME_WAIT lang sa peak.`),
    no(`Salam team, thank you. Since you set SS_TCP_CLOSE_RESET back to Off, no more drops on the ASA and the "flags RST" denies are gone from the log. Closing from our side.`),
  ],
  portExhaustion: [
    pe(`URGENT - every evening around 7pm calls start failing on our TCP trunks. softswitch log full of "connect() failed: Cannot assign requested address". netstat shows 27,000+ TIME_WAIT. we're doing ~180 cps at that time. what do we do`),
    pe(`ss -s from the box right now (peak):
Total: 31876 (kernel 32011)
TCP:   31402 (estab 1204, closed 30110, orphaned 3, synrecv 0, timewait 30096/0), ports 0
calls to our carriers over TCP are failing with 503s and the log says EADDRINUSE on outbound connects. help`),
    pe(`Our dialer pushes about 250 cps at 10am and the VOS stops opening new TCP connections to the carrier. errors: "bind: address already in use" on the outgoing side. After 20 min it recovers. Happens daily.`),
    pe(`Hi, call center in Phoenix here. From 9 to 11 every morning calls just fail. My tech says the server has like forty thousand time weight connections and it can't make new ones. Can you look asap`),
    pe(`java.net.BindException: Cannot assign requested address (connect failed) in our connector that sends calls to VOS over TCP, only at peak. netstat on the VOS box shows ~22k TIME_WAIT towards the carrier IPs. Port range is default 32768-60999.`),
    pe(`Peak hours = dead trunks. TCP outbound connects fail with "cannot assign requested address", TIME_WAIT count 28k and climbing, calls dropping at busy hour. RST is off (default). Need a fix before tonight's campaign.`),
    pe(`Wah gwaan. Every night 'bout 8 o'clock di calls dem start fail. Mi check netstat an see nuff TIME_WAIT, like 25k. Log seh "cannot assign requested address". Please help mi bredda, customers a vex.`),
    pe(`Good day from Port of Spain. At peak our VOS cannot open new TCP connections to the carriers. ss shows timewait 29k. Off peak everything fine. What setting to change?`),
    pe(`Hello, Kingston NOC. Error "Address already in use" when softswitch connects out to the termination gateways, only between 6 and 9 pm when we hit ~200 CPS. TIME_WAIT 31k. Urgent.`),
    pe(`G'day, we're getting smashed at peak. 160 cps through the box this arvo and outbound TCP to the carriers fell over: "connect: cannot assign requested address". ss -s says timewait 27814. Reckon we're out of ephemeral ports?`),
    pe(`Mate, calls failing every weekday between 4 and 6. netstat -ant | grep -c TIME_WAIT = 26,455. No new TCP connections going out. Sorts itself out by 7. What's the go?`),
    pe(`Kia ora team, Wellington here. At busy hour the softswitch logs EADDRINUSE on outgoing SIP TCP connects and the calls fail. Tens of thousands of TIME_WAIT. Off peak sweet as.`),
    pe(`Hey, following up on my msg from this morning - it happened again at lunch peak. 30k TIME_WAIT, bind failures on outbound to the carrier, heaps of failed calls. Need this fixed today mate.`),
    pe(`Our wholesale traffic doubled this week (~220 cps now) and since then at peak the box can't open new TCP connections. Log: "Cannot assign requested address". ss -s timewait 28k+. Port range is the default.`),
    pe(`Howzit guys. Eish, every evening peak our calls fail, log full of "cannot assign requested address" on the outbound trunks. ss -s shows timewait 32k. Please check now now, we're losing money.`),
    pe(`Morning. Paste from the softswitch at 10:05 (peak):
tcp 0 0 196.x.x.10:41822 41.x.x.7:5060 TIME_WAIT
tcp 0 0 196.x.x.10:41823 41.x.x.7:5060 TIME_WAIT
tcp 0 0 196.x.x.10:41824 41.x.x.7:5060 TIME_WAIT
... (27 000 lines like that)
New calls to the carrier fail. Off peak it's fine.`),
    pe(`Hi, we're a call centre in Cape Town, 180 seats, predictive dialer. At peak the VOS stops making new TCP connections, calls fail and the log says bind: address already in use for the outgoing side. Thousands and thousands of TIME_WAIT. Help asb.`),
    pe(`Ja so it's the same thing again, between 5 and 7 pm no new TCP connections go out, "Cannot assign requested address", timewait 25k. Load shedding not the issue, power is fine. Please sort.`),
    pe(`Hi there, voice note transcribed: hello guys this is Thabo from the NOC, the calls are failing at peak again, there is like thirty thousand time wait sockets and it says cannot assign requested address when it connects to the carrier, please help now now`),
    pe(`Greetings team. Kindly assist urgently. During evening peak our VOS3000 fails to connect to carriers over TCP, error "Cannot assign requested address". We have found about 28,000 connections in TIME_WAIT. Off peak there is no issue.`),
    pe(`Habari. Wakati wa peak calls zinafail. netstat inaonyesha TIME_WAIT 26k na log says EADDRINUSE on outgoing connect. Please help us.`),
    pe(`Good morning from Kampala. Our softswitch cannot open new TCP connections at peak hours (about 150 cps). netstat count of TIME_WAIT is 24,000 plus. Calls fail with no route. Please assist us sir.`),
    pe(`Dear sir, daily from 7 PM to 10 PM calls are failing. On checking found approx 30k TIME_WAIT sockets and log showing "cannot assign requested address" for outgoing TCP connection to vendor. Kindly do the needful urgently.`),
    pe(`Sir peak time pe calls fail ho rahe hai. ss -s: timewait 29,540. outbound TCP connect error EADDRINUSE. please check asap`),
    pe(`Hello team, our traffic reached 2.5 lakh calls per day and at peak (~200 cps) VOS is not able to open new TCP connections towards the carriers. Around 27k TIME_WAIT. Please advise.`),
    pe(`Dear support, PFA screenshot. Error: java.net.BindException: Cannot assign requested address in our SIP connector at peak, and VOS server shows 31000 TIME_WAIT. Kindly revert.`),
    pe(`Hi, Karachi NOC. At rush hour all new outgoing TCP calls fail, "bind failed address already in use" on the softswitch side for outbound connects, tens of thousands of TIME_WAIT. ip_local_port_range default. What to change?`),
    pe(`Hi sir, urgent po. Tuwing peak (mga 8-11pm) nag fail yung calls, sabi sa log "cannot assign requested address". Nasa 28k na TIME_WAIT sa netstat. Paano po ayusin?`),
    pe(`Good eve po. Yung VOS namin hindi na maka-open ng bagong TCP connection pag peak hours, timewait 30k+ sa ss -s. Off peak okay naman. Pa-check po.`),
    pe(`Salam brother, Dubai NOC. Every evening peak (~170 CPS) VOS outgoing TCP connections fail with EADDRINUSE and we count 27k TIME_WAIT. Calls failing at busy hour. Please advise fix urgently.`),
  ],
  natUnregistered: [
    nat(`Since you guys turned on SS_TCP_CLOSE_RESET last night our remote agents (home routers, Comcast/Spectrum, softphones on TCP) keep going unregistered every few minutes. Office phones on public IPs are fine.`),
    nat(`after the change yesterday (the RST close mode) about 60 Zoiper softphones behind NAT show unregistered in the web. they use TCP. before the change they were rock solid.`),
    nat(`Hi - our reseller's customers behind their office NAT (SonicWall) keep losing registration since RST mode was enabled on Tuesday. TCP transport. Direct public-IP gateways unaffected.`),
    nat(`Polycoms at the branch behind a Netgear home router drop registration every 5-10 min ever since the close mode was switched to reset. SIP over TCP. Need this fixed, agents can't take calls.`),
    nat(`ok so since SS_TCP_CLOSE_RESET="On" went in, our work-from-home agents show unregistered constantly, all NATed, all TCP. Revert?`),
    nat(`ticket from the call center floor: "softphones keep saying registration failed, then re-register, then fail again". Started right after the RST mode change on the softswitch. All agents are remote behind home NAT, TCP transport.`),
    nat(`Wah gwaan. From unnu turn on di RST ting, di phones dem behind di home routers keep drop registration. Dem use TCP. Phones wid public IP fine. Fix it nuh.`),
    nat(`Good day, Jamaica. Since RST mode enabled on the softswitch the MikroTik-NATed office in Ocho Rios keep showing unregistered on TCP. Never happen before.`),
    nat(`Hello from Barbados. After yesterday change (SS_TCP_CLOSE_RESET On), our remote softphones behind NAT lose registration every few minutes. TCP. Please roll back or advise.`),
    nat(`G'day, since the close mode went to RST on Monday arvo, all our customers' Yealinks behind home NBN routers keep going unregistered. They're on TCP. The ones on public IPs are sweet.`),
    nat(`Mate, remote staff on 3CX softphones (TCP, home NAT) dropping registration non-stop since you enabled SS_TCP_CLOSE_RESET. Can we undo it?`),
    nat(`Kia ora, after RST mode was switched on, phones at the Christchurch office behind our MikroTik show unregistered most of the time. SIP over TCP. Nothing else changed.`),
    nat(`Following up from this morning: the NAT'd phones are still flapping registered/unregistered. Definitely started when RST went on yesterday. TCP only on those handsets.`),
    nat(`Howzit. Since you changed SS_TCP_CLOSE_RESET to On, the phones behind NAT at our Sandton office keep losing registration. They're on TCP. Please check now now.`),
    nat(`Eish, after the RST change on Friday our home-based agents (fibre routers, NAT) are unregistered half the time. Softphones on TCP. Office phones on public IP fine.`),
    nat(`Morning. Our reseller in PE says all his clients behind their routers went unregistered after the close mode change. They use TCP. The ones with direct IPs are ok.`),
    nat(`Hi guys, ever since RST mode was enabled the Grandstreams behind the MikroTik in the Durban branch drop registration every few minutes. TCP transport. Nothing changed on the router.`),
    nat(`Ja, voice note: hi this is Sipho, since the our ST change on the soft switch the phones behind NAT keep going unregistered, they are on TCP, please can you check`),
    nat(`Greetings. Kindly assist. Since SS_TCP_CLOSE_RESET was set to On yesterday, our clients behind NAT routers are showing unregistered. They are using SIP over TCP. Clients with public IP are okay.`),
    nat(`Habari team. Tangu mbadilishe RST mode, simu za office ya Nairobi (behind NAT) zinakuwa unregistered kila mara. Ni TCP. Please help.`),
    nat(`Good morning from Kampala. After the RST mode was enabled, softphones of our agents behind home routers keep losing registration. They use TCP. Please assist us.`),
    nat(`Dear sir, after enabling RST mode (SS_TCP_CLOSE_RESET=On) on 12th, our phones behind NAT are showing unregistered frequently. Transport TCP. Kindly revert urgently.`),
    nat(`Sir, jab se RST on kiya hai, NAT ke peeche wale softphones unregistered ho rahe hai. TCP use karte hai. Public IP wale theek hai. Kindly check.`),
    nat(`Hello team, since the close mode change last week, 200+ extensions of our BPO behind office NAT lose registration every few minutes. All on TCP. Please advise.`),
    nat(`Dear support, our remote agents using MicroSIP on TCP from home broadband are unregistered since RST was enabled on softswitch. Before that no issue. PFA screenshot.`),
    nat(`Hi, Dhaka side. After your team set SS_TCP_CLOSE_RESET On for the TIME_WAIT issue, the phones behind the MikroTik NAT in our office are going unregistered. TCP transport. Please help.`),
    nat(`Hi sir, after po i-enable yung RST mode, yung mga softphone ng agents namin na naka-WFH (behind NAT) laging unregistered. TCP po gamit. Pa-check po.`),
    nat(`Good am po. Since kahapon nung binago yung SS_TCP_CLOSE_RESET to On, yung mga phones sa Cebu office behind router nawawala registration. TCP po sila.`),
    nat(`Sir yung mga IP phones ng client behind NAT, unregistered na simula nung nag RST mode. TCP transport po. Yung may public IP okay naman.`),
    nat(`Salam team, Doha NOC. After RST mode was enabled two days ago, the softphones of our staff behind home NAT keep losing registration. They use TCP. Please advise.`),
  ],
  firewallRst: [
    fw(`Since SS_TCP_CLOSE_RESET was turned on, calls through our FortiGate hang and then drop. FortiGate log shows "no session matched" for the RST packets from the softswitch. TCP signaling.`),
    fw(`after the RST mode change our Cisco ASA is logging:
%ASA-6-106015: Deny TCP (no connection) from 198.51.100.10/5060 to 10.0.0.25/51233 flags RST on interface outside
and calls are failing. roll back?`),
    fw(`Calls to our carrier started failing right after you enabled RST close mode. pfSense firewall logs show the RST packets blocked as out of state. TCP trunk.`),
    fw(`iptables on our edge box is dropping the softswitch's RST packets as INVALID (conntrack) since the close mode changed. Calls hang up mid-setup. Log line:
IN=eth0 OUT= SRC=203.0.113.5 DST=10.1.1.20 PROTO=TCP SPT=5060 DPT=40112 RST URGP=0 INVALID DROP`),
    fw(`Hi, since the change yesterday calls through our Sophos XG fail about half the time. Sophos shows dropped packets with TCP flags R from the VOS IP. We use TCP to the softswitch.`),
    fw(`Calls hanging at "trying" then dead air since RST mode went on. Our stateful firewall (Palo Alto) is dropping the RSTs - session not found. Please advise.`),
    fw(`Wah gwaan. Since unnu enable di RST mode, calls a fail through we FortiGate. Log a show "no session matched" fi di RST packet dem. TCP.`),
    fw(`Good day from Kingston. After the SS_TCP_CLOSE_RESET change, our pfSense keeps blocking the RST packets (out of state) and calls to the softswitch drop. Please advise.`),
    fw(`Hello, Trinidad. The ASA is denying TCP RST from the VOS since yesterday's change, "Deny TCP (no connection) ... flags RST". Calls failing. Help.`),
    fw(`G'day, since RST mode went on this arvo our FortiGate is dropping the softswitch's resets, "no session matched", and calls through it are falling over. TCP trunks.`),
    fw(`Mate, pfSense at the customer site is logging heaps of blocked TCP:R packets from our softswitch since the close-mode change. Their calls fail or hang. What's the fix?`),
    fw(`Kia ora, after you enabled SS_TCP_CLOSE_RESET, calls from the Auckland office through the Sophos fail. Firewall log shows RST packets dropped as invalid. TCP signalling.`),
    fw(`Follow-up: firewall guy confirmed the MikroTik is dropping the RSTs (connection-state=invalid drop rule) since the RST change and that's when calls started failing. Thoughts?`),
    fw(`Calls through our Cisco ASA have been dropping since the RST change yesterday, ASA log full of 106015 Deny TCP (no connection) flags RST. SIP over TCP.`),
    fw(`Howzit. Since the RST mode was enabled our FortiGate logs "no session matched" on TCP 5060 and calls are failing. Please check now now.`),
    fw(`Morning guys. After the close mode change, iptables conntrack marks the RST packets from VOS as INVALID and drops them. Calls hang and drop. TCP.`),
    fw(`Eish. Calls failing since Friday when SS_TCP_CLOSE_RESET went On. pfSense at the edge shows blocked packets flags R, out of state. Please help asb.`),
    fw(`Hi, our Sophos UTM drops the RSTs from the softswitch since your change and now calls through it fail randomly. TCP signalling. Should we revert?`),
    fw(`Greetings team. Kindly assist. After SS_TCP_CLOSE_RESET was enabled, calls through our FortiGate are failing. The firewall log shows "no session matched" for the RST packets. We are using TCP.`),
    fw(`Habari. Tangu RST mode iwekwe On, firewall yetu (MikroTik) inadrop RST packets kama invalid na calls zinafail. TCP. Please help.`),
    fw(`Good morning from Kampala. Since the RST change our Cisco ASA is denying the RST packets from VOS (no connection) and calls drop. Please assist us.`),
    fw(`Dear sir, after enabling RST mode calls are failing through our Fortigate. Fortigate log: "no session matched" for TCP packets with RST flag from softswitch IP. Kindly do the needful.`),
    fw(`Sir RST on karne ke baad se pfSense out of state packets block kar raha hai (flags R) aur calls fail ho rahi hai. TCP trunk. please check urgent`),
    fw(`Hello team, PFA iptables log. After SS_TCP_CLOSE_RESET On, conntrack is dropping RST as INVALID and calls are hanging. Kindly advise.`),
    fw(`Dear support, since the close mode change on the softswitch, our Sophos XG is dropping RST packets and calls to vendor over TCP are failing. Before change no issue.`),
    fw(`Hi, Colombo NOC. After RST mode enabled yesterday, ASA showing "Deny TCP (no connection) flags RST" and calls failing intermittently. Kindly help.`),
    fw(`Hi sir, after po i-on yung RST mode, nag fail yung calls kasi dinadrop ng FortiGate yung RST packets ("no session matched"). TCP po. Pa-check po.`),
    fw(`Good pm po. Simula nung binago yung close mode to RST, nagbablock ng RST packets yung pfSense namin, out of state daw, tapos nag-drop yung calls. Paano po?`),
    fw(`Salam brother, after SS_TCP_CLOSE_RESET On our FortiGate in Riyadh drops the RST packets, log "no session matched", calls failing. Please advise.`),
    fw(`Hello team, Dubai NOC. Since the RST change, our Palo Alto drops RST packets from VOS as out of state and calls hang then fail. TCP signaling. Need fix.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning198Set: readonly EvalItem[] = Object.values(tuning198Families).flat();
