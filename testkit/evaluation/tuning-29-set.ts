import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * The twenty-ninth tuning split, by family: resellers and wholesale carriers relaying what their
 * own customers or NOC told them, in English written as a second language: forwarded complaints,
 * "my client says…", quoted lines from their customer, partial pastes of command output, half of it
 * hearsay; two to six sentences.
 * Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words
 * denied or explained) and three positive families of 30 (port exhaustion, NATed phones
 * unregistered after RST mode, a stateful firewall dropping RST). Written as the twenty-ninth never-tuned
 * set, before the twentieth round of rules, by someone who had read only the playbooks' symptoms
 * and the domain notes, without the matcher, its rules or the other sets in view; measured as such
 * before and after the twentieth and the twenty-first rounds, then made tuning material for the
 * twenty-second: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 95.6 %, negatives confident 3.7 %, confident wrong 0 % with the rules of the
 * nineteenth round, and the same after the twentieth and the twenty-first.
 */
export const tuning29Families = {
  oneListeningPort: [
    no(`Good morning sir. My client in Ikeja said the VOS web portal is not opening since they rebooted, he sent me this line: "Starting httpd: (98)Address already in use: make_sock: could not bind to address 0.0.0.0:80". Me I think their IT boy installed nginx on that same box last week for one website. Please check for us abeg.`),
    no(`Salam bhai, forwarding from customer NOC as is:
> mysqld: Can't start server: Bind on TCP/IP port: Address already in use
> Do you already have another mysqld server running on port: 3306 ?
They restored a backup and started mysqld by hand a second time, so I think two instance are there. VOS is down because DB not coming, kindly assist urgent.`),
    no(`Dada, reseller here from Dhaka. My client is running one kamailio for test on the same server and now the vos softswitch says cannot bind 5060, address already in use. I told him two SIP programs cannot listen on same port but he insist it is your problem 😅 Please confirm to him so he believe.`),
    no(`Bom dia! Cliente mandou isso: "tomcat não sobe, java.net.BindException: Address already in use: JVM_Bind 8080". It is their own billing panel, not VOS, but running on same machine as the vos web. Can you see who is sitting on 8080 there? Valeu`),
    no(`Hi sir, kabayan reseller from Manila po. My client says "our CRM docker container cannot start, Bind for 0.0.0.0:443 failed: port is already allocated". He thinks VOS is the one holding 443. Does the VOS web use 443 by default? Just want to confirm before I answer him.`),
    no(`Hello, outsourced NOC here, passing from night shift: after the yum update they get "nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)". Apache is also enabled on boot on that host, so both fighting for 443 I guess. Only the web portal affected, calls passing ok.`),
    no(`Dear support, my customer in Accra complains their recording download app is not starting: "Error: listen EADDRINUSE: address already in use :::3000". It's a small node app their developer made, it runs beside the VOS. The developer travelled, chale 🙄 How do they find what is on port 3000?`),
    no(`Kolay gelsin. Our partner says mbx3000d is not starting after they installed FreeSWITCH on the same server for IVR, log shows "bind 0.0.0.0:5060 failed". I think FreeSWITCH took 5060 before VOS at boot, they are not believing me. Can you advise them officially hocam?`),
    no(`Buna ziua, forwarding from client: "port 1521 already in use, TNS listener cannot start". Honestly I don't know why they have Oracle on the VOS box but ok. They say after every reboot the listener fails. Can you check which process keeps 1521?`),
    no(`Sir good evening, client told me exactly this > "when we start the vos3000 web it says port 8080 is occupied" < and he is also running one small php site with XAMPP on the same server. I believe is the XAMPP tomcat. Kindly guide him how to change the port of one of them.`),
    no(`Assalam o alaikum. Customer from Karachi says sshd not starting on the new port 2222, "Bind to port 2222 on 0.0.0.0 failed: Address already in use". They had some old reverse tunnel service on 2222 before. Not urgent, they ask us and we ask you 🙂`),
    no(`Hi, L1 NOC covering for the reseller tonight. Customer reports redis cannot start: "Could not create server TCP listening socket *:6379: bind: Address already in use". Seems one redis is already running from an old install they forgot. Please confirm it's safe to stop the old one, it's not part of VOS right?`),
    no(`Good day. My client told me the media proxy of VOS is failing to start because "port 10000 is busy", he says another rtpproxy is sitting there which they installed for some test last month. How we remove it without breaking the live calls?`),
    no(`Please help o. My customer says after the server reboot "the vos web cannot start, port in use". He sent a screenshot I can't forward but he says netstat shows one java LISTEN on 8080 and another java trying to start. I suspect two tomcat. My oga wants it up before noon.`),
    no(`Salam ya basha. Our customer the call shop owner says his VOS client cannot connect, then his IT guy found mysql port 3306 already taken by MariaDB which they installed for another accounting software. So the VOS database is not starting at all. Can you connect and look inshallah?`),
    no(`Selam, the customer's sysadmin wrote: "haproxy[1123]: Starting frontend web: cannot bind socket [0.0.0.0:80]". They put haproxy in front of the web portal but apache is still listening 80 on the same host. I told them move apache to other port, correct?`),
    no(`Boss, one of my sub-resellers says node_exporter won't start on the vos server: "listen tcp :9100: bind: address already in use". He thinks it is "the port problem of VOS" like the one in your bulletin. I think is just the old exporter still running as another service. Pls confirm.`),
    no(`Kindly note, our client's AM forwarded: "Failed to start SIP proxy on 5060: address already in use". They tried to run OpenSIPS as SBC in front of the VOS on the SAME IP. I explained VOS already listens on 5060 there but they want your confirmation in writing.`),
    no(`Hi there, Filipino reseller again po. Client's developer ran python -m http.server 8000 on the VOS box to share one file and forgot it, now their own API wont start: "OSError: [Errno 98] Address already in use". Not VOS issue I think but they blame us naman. Can you help kill it safely?`),
    no(`Olá, mensagem do cliente: "depois do reboot o zabbix-agent não inicia, porta 10050 em uso". Looks like they have zabbix-agent and zabbix-agent2 both installed. Only monitoring affected, calls fine. Which one should they remove?`),
    no(`Good afternoon, relaying what the NOC of our wholesale partner said:
> vos3000 web login page down
> java.net.BindException: Address already in use (Bind failed) on startup, port 8080
They have Jenkins on the same host. Jenkins default is 8080 I believe, so that is the culprit no?`),
    no(`Dear sir, my client in Abuja changed the VOS web port to 80 in the config, now the web no gree start, "port 80 is used". The netstat he sent shows lighttpd holding 80, that one was from an old hosting panel. He asked me, I'm asking you.`),
    no(`Hello, reseller from Chittagong. Customer sent: "SIP port 5060 conflict, vos cannot listen, another program is already listening". Their technician installed Asterisk for voicemail on the same server yesterday. Kindly advise, should they move Asterisk to 5080?`),
    no(`Hi team, carrier AM from Lahore. Partner's engineer says after the power outage the server came up but the VOS web is not reachable, log says "bind(): Address already in use" for 8443. He found one stuck old java process from before the outage. Should he just kill it?`),
    no(`Good morning, this is from the outsourced night NOC: customer's postgres for their CDR reporting tool (not the VOS mysql) fails with "could not bind IPv4 address "0.0.0.0": Address already in use. Is another postmaster already running on port 5432?". Only the reporting is down. FYI and please advise.`),
    no(`Merhaba abi, customer says cockpit will not start on 9090, error "Address already in use", because they put prometheus on 9090 earlier. Nothing to do with calls, they just want the web console back. Which one you suggest to move?`),
    no(`Salut, Romanian reseller here. Client says mbx3000d start fails with "cannot bind 0.0.0.0:1719 address already in use", they had a GnuGk gatekeeper on the same box from the old H.323 setup. I think they forgot to disable it. Can you confirm VOS uses 1719 for H323?`),
  ],
  otherRegistrationCause: [
    no(`Good morning. My client says "all my phones are showing unregistered since morning, 403 Forbidden". He admitted he changed the passwords of the accounts in VOS yesterday night but did not update the phones. I think that is the reason no?`),
    no(`Hello, reseller from Lagos. Client's 40 Grandstream phones went unregistered after their ISP changed their public IP this morning. The VOS account is IP-authenticated to the old IP. Please how do we update it quickly, he is shouting already.`),
    no(`Salam. Customer NOC says:
> REGISTER rejected 401, again and again
Their new staff typed the usernames with capital letters in the phones. They are on UDP anyway. I told them check credentials first before we escalate.`),
    no(`Bom dia, cliente disse "o VOS caiu, os softphones não registram". Actually they point to sip.theircompany.com.br and the domain expired yesterday, DNS not resolving anymore. By IP it registers fine. Just FYI, they will renew.`),
    no(`Kabayan, client's VOS shows the license expired message and all registrations are rejected since the 30th. He asks if we can extend temporary while their finance processes the payment po.`),
    no(`Hello from Kumasi. Customer says all phones in their branch unregistered. But they have light off since morning and the generator fuel finish 😂 I told them when ECG restores power the phones will come back. Just logging it.`),
    no(`Dear team, wholesale partner reports their subscriber phones not registering after swapping the router to a new TP-Link. They use SIP over UDP only, no TCP at all. I suspect the SIP ALG in the new router. Anything to check from VOS side?`),
    no(`Selam hocam, partner's client account expired on the VOS (balance 0 and validity date passed), phones show "registration failed". They paid today morning. How fast it will reflect after we top up?`),
    no(`Hi, night NOC shift. Customer complains 15 extensions unregistered. We checked, their ISP link is down, fibre cut confirmed by the ISP ticket. Sharing FYI, no action on VOS side.`),
    no(`Assalam o alaikum sir. Client moved VOS to a new datacenter with new IP, but the phones are still pointing to the old 103.x IP. He says "VOS not registering anymore". Should they use a DNS name this time so next move is easy?`),
    no(`Buna, my client says the phones show "No Service" since they moved office on Monday. The new office internet is not installed yet, they use a 4G modem and the data bundle finished. Nothing on your side I think, just so you know why they called.`),
    no(`Customer NOC sent: all REGISTER get "404 Not Found" on the new gateway. When I look, they created the accounts under another domain/realm in the VOS. Misconfiguration on their side right? Please confirm so I can reply.`),
    no(`Good evening boss. My client's phones unregistered, and he himself said he deleted the "old unused" accounts in the VOS web yesterday, which were actually the active ones 🤦🏾 Can we restore them from backup?`),
    no(`Vai, client changed the network card on the VOS server and now the license says invalid (it is bound to the MAC), nothing registers. He is asking if you can re-issue the license urgently. Please revert.`),
    no(`Client says their Yealink T46 show "Reg failed" after they upgraded firmware, and the firmware reset them to factory defaults. So the accounts are blank lol. They want a provisioning file, possible?`),
    no(`Ya handasa, customer says registrations keep dropping, some phones register and others get rejected. Their VOS account has max 10 registrations and they connected 14 phones. Can we increase the limit?`),
    no(`Hi po. Client changed the SIP listening port on the VOS from 5060 to 5070 "for security", but the phones still point to 5060. Now he says "nothing registers, VOS is broken". I will tell him to update the phones, tama?`),
    no(`Merhaba, customer's account was suspended by the fraud control (lot of calls to premium numbers at 3am), so all registrations are rejected. They say it was not them, maybe a hacked phone. What is the procedure to reactivate?`),
    no(`Oi, cliente diz que os telefones dão "423 Interval Too Brief" since they set registration expiry to 30 seconds on all phones. I told them use 300 or 600. Is there a minimum on the VOS side?`),
    no(`Salam, client's IP-PBX that registers to VOS had its DNS changed to 8.8.8.8 and now it can't resolve their internal name vos.local, so registration failing. Simple fix or they need proper DNS?`),
    no(`Hello please, my client's GoIP GSM gateway is not registering, they changed the gateway's static IP but forgot to update the mapping gateway IP in VOS. Can you guide him where to edit in the VOS client?`),
    no(`Good morning sir. My customer's office router was burnt by lightning last night, so all the phones have no internet. He is asking "why VOS deregister my phones". I explained but please if you can send him a short note.`),
    no(`Salut, client's softphone fails to register because the account has a bound IP restriction, and he is travelling, using it from hotel wifi. He wants to remove the IP lock temporarily, how?`),
    no(`Dada, customer in Sylhet says all phones unregistered, whole area internet down since morning, BTCL link problem they say. Just informing, they keep calling us.`),
    no(`Customer from Alexandria says registrations failing since this morning. His engineer found the disk is 100% full and mysql stopped, so VOS can't authenticate anybody. Which logs can they delete safely?`),
    no(`Hi po, our VOS registers to the upstream carrier and it fails with 403 since today. Carrier said they rotated the password on their side and forgot to inform us. We already asked them for the new one, FYI only.`),
    no(`Merhaba, the customer's phones that use TLS fail to register since the 1st. Their certificate expired on the 31st, the certbot renewal failed silently. They are renewing now. Anything on VOS to reload the cert?`),
  ],
  smallFigures: [
    no(`Hello sir, my client ran ss -s on his VOS and sent me this:
TCP:   412 (estab 96, closed 290, orphaned 0, synrecv 0, timewait 288/0)
He is asking is this dangerous. Calls are fine, around 15 CPS only.`),
    no(`Salam, customer asks: what is TIME_WAIT exactly? Their junior saw it in netstat and panicked, there are about 150 lines of it. Please explain in simple words, I will forward.`),
    no(`Bom dia, cliente pergunta se deve ligar SS_TCP_CLOSE_RESET=On "para melhor performance", he read it in some forum. No problem reported at all. I want to tell him don't touch if nothing is broken, your opinion?`),
    no(`Good day, NOC shift here. Monthly health check for reseller's VOS: netstat -an | grep TIME_WAIT | wc -l gives 73, load 0.4, 212 registered. Just logging it, no action needed right?`),
    no(`Kabayan, client asks where is softswitch.conf and how to apply a change without dropping calls. He wants to change some other parameter (not TCP). Is "service mbx3000d reparse" enough po?`),
    no(`Hello, my client in Takoradi: "netstat shows around 600 TIME_WAIT at peak, is that normal?" He does max 30 CPS and no errors at all. I told him it's normal but he wants to hear it from you.`),
    no(`Merhaba, our partner wants to know the default value of SS_TCP_CLOSE_RESET and the difference between FIN and RST closing. Just for documentation, they are preparing training for new NOC staff.`),
    no(`Dear support, client checked ip_local_port_range and got "32768 60999". He asks if he should widen it preventively. No errors, only asking.`),
    no(`Buna ziua, customer asks "does SS_TCP_CLOSE_RESET affect UDP?" because all their phones are UDP. Just curiosity, nothing broken.`),
    no(`Sir, our partner's auditor is asking the current tcp_tw_reuse value. They ran sysctl and got 0. At 5 CPS is it fine to leave 0 or you recommend 1? Kindly revert for their report.`),
    no(`Salam, customer sends the "ss -tan state time-wait | wc -l" result: 1203, on a server doing around 80 CPS at peak. All calls OK, ASR normal. He is asking is this ok or need tuning.`),
    no(`Please how does my client count TIME_WAIT on CentOS 6? He typed ss and it says command not found. Nothing wrong, he just wants to monitor like you told other customers.`),
    no(`Hi po, client asks if turning RST mode on will help their one-way audio. I don't think so because audio is RTP but he read it somewhere. Please advise what to check instead.`),
    no(`Hocam, partner asks how long a socket stays in TIME_WAIT on Linux, they think 2 minutes? They have about 300 right now and are curious only.`),
    no(`Olá, cliente pergunta em qual arquivo persistir sysctl no CentOS 6, because he put a file in /etc/sysctl.d and after reboot the value was not applied. Just a how-to, he is changing some unrelated kernel value.`),
    no(`Vai, after migration to the new server the customer shared ss -s: "timewait 41/0". Just a sanity check before they move all traffic tomorrow, looks fine to me.`),
    no(`Hello boss, my client's VOS is brand new, 0 calls yet, and he wants your recommended TCP settings before going live next month. No problem yet, he just likes to prepare. Can you share best practice?`),
    no(`Salut, client asks: "if we enable RST mode will our FortiGate have a problem?" They have NOT enabled it, just planning. What do you recommend?`),
    no(`Weekly report from my client, pasted as he sent:
established 210
time_wait 340
close_wait 2
Everything OK abi? Please just confirm.`),
    no(`Ya basha, client asks what "orphaned" means in the ss -s output. His numbers: orphaned 0, timewait 57. He is just learning.`),
    no(`Sir kindly, client wants a small script to monitor TIME_WAIT and send an alert on telegram if above 20k. Today it is 400 only, he wants to be prepared. Can you share?`),
    no(`Hi po, client saw "TIME_WAIT" in the VOS3000 manual section 4.3.5.2 and asks me to explain in simple words for his boss. Can you give 2-3 lines I can forward?`),
    no(`Abi, partner asks if "service mbx3000d reparse" drops active calls or only restart does. They want to change a billing-related param tonight.`),
    no(`Oi, cliente mandou "netstat -an | grep 5060 | wc -l" = 88 and asks if this is too many connections. Calls fine, about 200 phones.`),
    no(`Outsourced NOC, routine: CPU 12%, mem 40%, TIME_WAIT 95, registrations 340 ok, ASR 48%. Nothing abnormal, just sharing per SLA.`),
    no(`Dada, customer wants to know if RST mode matters when they use TLS, something about close_notify. They are not using RST now, just reading the manual.`),
    no(`Buna, client plans to go from 20 to 50 CPS next month and asks if the current ~500 TIME_WAIT will scale. No issue today. Multumesc.`),
  ],
  firewallNoRst: [
    no(`Good morning sir, my client bought a new FortiGate 60F and needs to open 5060 TCP/UDP and the RTP range for the VOS. Please send the ports list so his IT can configure.`),
    no(`Salam, wholesale partner asks to whitelist our two signalling IPs on their iptables. Can you share the exact rule? They are not good with linux honestly.`),
    no(`Bom dia, o cliente foi banido pelo fail2ban: their office IP got banned after somebody tried wrong password many times from the phones. Now they can't reach VOS at all. How to unban them?`),
    no(`Hi po, client complains one-way audio since they put a new MikroTik. I think SIP ALG is on. How to disable it on MikroTik, the "ip firewall service-port" thing?`),
    no(`Hello, my client wants to block all countries except Nigeria and Ghana on his pfSense for SIP, too many scanners hitting him. Can you help with the geo-IP setting?`),
    no(`Merhaba, customer wants a rate limit on iptables for SIP scanners (friendly-scanner user agent flooding REGISTER). Hashlimit or what you advise hocam?`),
    no(`Sir kindly, customer's ASA: calls connect but no audio, RTP 10000-20000 not allowed inbound. Please share the exact ports VOS uses for media.`),
    no(`Please o, my client's web portal is not reachable from outside after they installed a new firewall. He said only 5060 is open. What ports does the VOS web use?`),
    no(`Dada, customer's ISP blocks port 5060 totally (they confirmed). Can we move them to 5080 on the VOS side?`),
    no(`Hello, client's CSF (lfd) blocked our carrier IP with "too many connections" and that route stopped passing traffic. How do they add our IP to csf.allow so it won't happen again?`),
    no(`Olá, cliente usa Sophos XG e pergunta se deve desativar o SIP helper/ALG. Calls ok now, they just read it's recommended. What you say?`),
    no(`Hi, NOC shift. Customer moved their VOS to AWS and inbound SIP is not arriving at all. Security group only has port 22 open. Forwarding so somebody sends them the list.`),
    no(`Good day, carrier AM here. Our new customer requests our full list of signalling and media IPs to add in their firewall whitelist. Please share the updated list.`),
    no(`Kabayan, client wants to port-forward 5060 and RTP from pfSense WAN to the VOS on LAN 192.168.10.5. Can you send the steps po?`),
    no(`Selam, partner's iptables has the ACCEPT for 5060 after a DROP all rule, so nothing comes in. I told them rule order matters, they ask me to ask you. Correct?`),
    no(`Assalam o alaikum, client wants to block Chinese scanner IPs with ipset on the VOS server, list is around 8000 networks. Will it slow down the server?`),
    no(`Buna ziua, client's FortiGate does SIP inspection and rewrites the Contact. He asks how to delete the sip session-helper and change the voip profile. Nothing down now, just cleaning.`),
    no(`Hello, my customer wants to restrict Winbox and SSH on his MikroTik to only his office IP after he saw many login attempts. Not VOS related but he asked us. Any quick rule?`),
    no(`Ya basha, customer opened 5060 with firewall-cmd but after reboot the rule is gone. He forgot --permanent I think. Can you confirm the right command for CentOS 7?`),
    no(`Sir, client's datacenter firewall is blocking SSH 22 from our support IP, so we can't log in to check. Can you send your IP range so they add it?`),
    no(`Oi, cliente quer deixar a web do VOS acessível só pela VPN, block public 8080. Can you advise the iptables rule?`),
    no(`Chale, client wants a fail2ban jail for the VOS web login page because someone is trying admin passwords all night. Do you have a filter regex ready?`),
    no(`Good evening. Customer's firewall log shows thousands of INVITE from unknown IPs trying to call Somalia numbers, hacking attempts. They want to block everything except their known gateways. Please help with rules.`),
    no(`Sir, customer's ASA "inspect sip" is changing the IP in SDP and audio goes wrong. They ask if they should remove sip inspection for the VOS traffic. Kindly advise.`),
    no(`Hi, our monitoring can't ping the customer's VOS since they installed the new firewall, ICMP blocked. Only monitoring, calls fine. Can you ask them to allow ICMP from our NMS?`),
    no(`Merhaba, customer's Fortinet IPS blocks the VOS web login with some signature "HTTP.URI.SQL.Injection". Web only, calls fine. How to make exception?`),
    no(`Vai, new carrier gave us a /24 for signalling. Client needs to allow TCP and UDP 5060 from that /24 on his Huawei USG. Please share the config lines if you have.`),
  ],
  negationContext: [
    no(`Hello sir, my client said "phones behind MikroTik unregistered" but I checked softswitch.conf myself: SS_TCP_CLOSE_RESET="Off", nobody turned it on, and the phones use UDP. The trouble started exactly when their ISP changed the line this morning. So not the RST thing I think, just informing.`),
    no(`Salam bhai, last month you fixed the 40k TIME_WAIT problem for this client with tcp_tw_reuse. Today he just wants to confirm it's still ok: ss shows around 900 TIME_WAIT at peak, no errors. Thank you for that fix, he is happy.`),
    no(`Bom dia, the "address already in use" the client sent me yesterday was from their test VM, not the production VOS. Production is fine. They only want to know why it happens in lab, no urgency.`),
    no(`Hi po, client says "calls are failing after RST". But RST was never enabled on production, only on their lab box last month. Turned out their carrier route was down, carrier confirmed. Ticket can close.`),
    no(`Good day. Customer's phones behind NAT unregistered this morning, but it is after they changed all SIP passwords last night, and RST was not touched. They are UDP only anyway. I will ask them to re-enter the passwords.`),
    no(`Merhaba, the firewall dropping RST issue from last week is solved: they added the allow rule for RST on the FortiGate and since then calls are fine. Just wanted to say thanks hocam, you can close the ticket.`),
    no(`Dear team, the BindException my client reported on Monday was because he started a second copy of their web app by mistake. He killed the duplicate and everything is fine. No port issue on the softswitch.`),
    no(`Assalam o alaikum. Client says "phones lost registration and nobody changed anything". Correct, no change on the VOS. Their ISP had an outage of 2 hours, now restored and phones registered again. FYI only.`),
    no(`Ya basha, the client was sure it's the TIME_WAIT problem, but when he checked there were only about 200. The real issue was the carrier replying 503 because of their unpaid invoice. Sorry for the noise.`),
    no(`Kabayan, the "cannot assign requested address" error came from their developer's Python load-test script on his laptop, not from the VOS. The VOS is normal po. He asked me to ask you anyway if VOS can cause it, I think no.`),
    no(`Hello, we disabled RST yesterday per your advice and the phones behind the router registered again. All good now, thank you. Just confirming no further action is needed.`),
    no(`Buna, client's NOC saw "EADDRINUSE" in a log file, but the file is from 2022, from the old server before migration. Current server is clean. They just found it while cleaning disk.`),
    no(`Hi, my client panicked "the NAT phones unregistered after RST", but he read the screen wrong, the column said "Registered" and all are green. RST is Off anyway. Sorry for the confusion 😅`),
    no(`Oi, cliente achou que o pfSense estava dropando RST, but RST mode is Off on their VOS. The drops were from their own geo-block rule for another country. Resolved by them, valeu.`),
    no(`Salut, client says phones on server A lost registration. RST mode was turned on only on server B last week; server A is still Off and nobody touched it. So please don't revert B, we need another cause for A. I suspect their internet.`),
    no(`Good evening. Client sends me a "40k TIME_WAIT" screenshot but that is from their HAProxy web box, not the VOS. On the VOS itself ss -s shows timewait 310. Calls ok. Just checking you agree nothing to do on VOS.`),
    no(`Dada, client asked if the RST thing is why calls drop at exactly 30 seconds. RST is Off on that server and they use UDP, so I think no. Probably ACK not received or session timer. Can you check another cause?`),
    no(`Hello from our NOC: customer read your bulletin about RST mode. They use UDP only, all trunks and all phones, so the SS_TCP_CLOSE_RESET setting doesn't concern them, right? Just confirming.`),
    no(`Sir, client's registrations dropped and he thinks "NAT problem", but his phones all have public IPs, no NAT at all. The account expired yesterday, that's why. Renewed now.`),
    no(`Sir, the NOC wrote "port exhaustion" in the ticket, but the error is actually "Too many open files", it's ulimit nofile 1024 for the VOS user. TIME_WAIT only ~700. So not ports I think. Kindly advise correct ulimit.`),
    no(`Client tested RST mode on their staging server (no firewall, no NAT), calls fine there. Production is still Off and also fine. They just want to report the test result to you.`),
    no(`Please my client wrote "address already in use" but he meant the DID number is already in use by another account when he tries to assign it in the VOS web. Nothing to do with ports lol. How to free the number?`),
    no(`Salam, after the reparse you did last week the TIME_WAIT problem is fixed. Now at peak it's 2k, no errors, calls fine. Client just asks if 2k is ok.`),
    no(`Bom dia, the MikroTik NAT issue is resolved, they set keepalive on the phones. It was before any RST change, RST has always been Off on this server. Obrigado.`),
    no(`Hi po, client's ASA shows "Deny TCP (no connection) ... flags RST" but these logs are from March when RST was On. We turned it Off two weeks ago and the call failures stopped. He asks if the old log is something to worry.`),
    no(`Merhaba, partner said "maybe the firewall drops RST", but RST mode is Off on the VOS, I checked the conf: SS_TCP_CLOSE_RESET="Off". Their calls failed because the FortiGate policy was deleted by mistake during upgrade. They restored it.`),
    no(`Good day. Client asks "TIME_WAIT 5,000 is high?" but it was during a load test on their test server with synthetic calls, no errors. Production is normal. Just curious.`),
  ],
  portExhaustion: [
    pe(`Hello sir, my client in Lagos sent this from the VOS log at peak: "connect to 41.x.x.x:5060 failed: Cannot assign requested address". He said netstat shows like 28,000 TIME_WAIT. Calls stop going to the TCP carrier every evening around 8pm, please help o.`),
    pe(`Salam, partner NOC pasted:
> ss -s
> TCP: 47211 (estab 812, closed 46100, orphaned 3, timewait 46093/0)
Calls to their SIP-TCP vendors failing at peak ~300 CPS, the log says "bind failed". I think ephemeral ports are finished, kindly check.`),
    pe(`Bom dia, cliente disse: "a partir das 19h o VOS não consegue abrir conexão TCP nova pro fornecedor, dá EADDRINUSE". He counted about 35 mil TIME_WAIT. After 23h it comes back alone. Can you look?`),
    pe(`Client says "address already in use" on outgoing TCP to the carrier when CPS goes high, 52k time_wait. Short version, he is not giving more 😅`),
    pe(`Dear team, I am account manager at a wholesale carrier in Istanbul. Our customer (VOS3000) sends us traffic over TCP and between 18:00-22:00 half of their INVITEs never reach us. Their engineer told me "server cannot assign requested address, TIME_WAIT 31k". I believe it's their side but please help them, they are a good customer.`),
    pe(`Kabayan, client's NOC says every night at peak: "no new TCP connection can be made, ports exhausted". netstat | grep TIME_WAIT | wc -l = 58,930. He is asking if he should restart the server every night, I said wait for you guys po.`),
    pe(`My oga customer is complaining again. At peak the softswitch log is full of "java.net.BindException: Cannot assign requested address" and calls to the TCP routes fail. He said the TIME_WAIT is over 30 thousand. Abeg check am before evening.`),
    pe(`Ya basha, customer said calls fail with 503 from 9pm, his engineer says "the server is out of ports, too many TIME_WAIT, like 40 alf". ip_local_port_range is still default 32768 60999. Need your help inshallah.`),
    pe(`Sir, partner NOC said in the evening peak CPS reaches 250, TCP calls to carrier fail, "Cannot assign requested address" in log, TIME_WAIT 27k. Kindly do the needful.`),
    pe(`Dada, client pasted this from his VOS at 9pm:
  44102 TIME_WAIT
   1034 ESTABLISHED
     12 SYN_SENT
and new outbound TCP connections are failing, ASR goes very down. Off-peak everything fine. Please check.`),
    pe(`Buna, client sends "EADDRINUSE la conectare catre carrier" at peak hours, TIME_WAIT around 30000. He thinks the carrier is blocking him but I think it's local ports on his VOS. Who is right?`),
    pe(`Chale, my client says when traffic peaks the VOS can't open new TCP connections at all, and ss shows 61k timewait. After a minute some calls go again then stuck again. Help please.`),
    pe(`Valeu pelo suporte ontem. Outro cliente agora: softswitch "cannot bind" on outgoing TCP at peak 400 CPS, ~50k TIME_WAIT. Same port exhaustion thing I think.`),
    pe(`Our customer's NOC claims our trunk is rejecting them. But the error they sent is "connect() failed (99: Cannot assign requested address)" on their own VOS, which is local I think. They also said "timewait 38000 and rising". I think they run out of local ports, can you confirm to them hocam?`),
    pe(`Hi po, client says: "During peak, calls to our TCP vendor fail, but the UDP vendor is ok. Server has 22k TIME_WAIT." He thinks the vendor is the problem. Please check.`),
    pe(`Outsourced NOC here. Alarm from customer's VOS: TIME_WAIT 49,871 at 20:14, ASR dropped from 45% to 12% on TCP routes, log shows EADDRINUSE on outbound connect. Escalating to you as per runbook.`),
    pe(`Salam bhai, client forwarded this: "the vos is not able to make new tcp connection when cps > 200, error cannot assign requested address, restart fixes for 1 hour". I think it's TIME_WAIT but he didn't send the count.`),
    pe(`Customer's exact words: "the server make too much TIME_WAIT, 35 thousand, and after that no call can go out on TCP". I checked with him, it's every night 8 to 11. Kindly check inshallah.`),
    pe(`Salut, client: "ports exhausted at peak, 60k TIME_WAIT, new TCP connects fail". Can you apply the fix?`),
    pe(`Vai, client said BindException on the softswitch when CPS is high, then calls fail. His screen shows thousands of TIME_WAIT lines, he said "the screen is full, cannot count". Please check remote.`),
    pe(`We are the carrier. Our client's VOS sends to our TCP SBC and from our side we see their connection attempts just stop at peak. Their engineer pasted "ss -s ... timewait 42310". I think their server has no more local ports, can you help them?`),
    pe(`Cliente falou: "erro Cannot assign requested address no log do VOS, sempre às 20h". TIME_WAIT 29k, ip_local_port_range 32768 60999. Podem ajustar?`),
    pe(`Hocam, our customer's VOS log: "create tcp connection failed: Address already in use" hundreds per second at peak; netstat TIME_WAIT ~45k. Nothing changed in config, traffic increased after they got a new client.`),
    pe(`Client's NOC escalated: after they onboarded a new call center (300 CPS), outbound over TCP fails every peak, ss -s timewait 53k. They ask if they need a bigger server. I think it's just ports po.`),
    pe(`Good evening. Customer reports "no new TCP connections at peak CPS", he says the server shows about 25k TIME_WAIT. Off-peak everything fine. Please treat urgent, they are losing money.`),
    pe(`Relaying from customer NOC:
> 21:03 TCP outbound fail
> errno 99 cannot assign requested address
> TIME_WAIT: 33410
They restarted mbx3000d and it came back for 40 minutes only. Kindly check root cause.`),
    pe(`Hi, customer's engineer believes the carrier is blocking, but on his server I see "Cannot assign requested address" and 57k sockets in TIME_WAIT, all towards the same carrier IP port 5060. For me it is port exhaustion. Please advise him.`),
    pe(`My client says the VOS stops opening outgoing TCP at around 250 CPS. "netstat -ant | grep -c TIME_WAIT" gives 40112. He sent me only this, what else you need?`),
    pe(`Please my customer's vos: "address already in use" when connecting out to vendors at peak, time_wait 18k and climbing. Can you apply the port fix?`),
    pe(`Per customer: "EADDRINUSE on outbound SIP/TCP, ~30,000 TIME_WAIT". They said it started when they moved a big wholesale client from UDP to TCP last week.`),
  ],
  natUnregistered: [
    nat(`Good morning sir. Since your team enabled the RST option (SS_TCP_CLOSE_RESET=On) on my client's VOS on Tuesday, all his phones behind MikroTik are showing unregistered every few minutes. They use SIP over TCP. Before the change no problem. Please check.`),
    nat(`Salam, customer forwarded: "after RST was turned on, our 60 Yealink behind the office router keep going unregistered". They register on TCP. I think NAT on their router does not like the reset, kindly revert.`),
    nat(`Bom dia, cliente disse: "desde que vocês mudaram o TCP close para RST, os ramais atrás do NAT caem o registro". SIP TCP, MikroTik hAP. Before it was perfect. Can you revert?`),
    nat(`Hi po, client's home-based agents (each on their own PLDT home router) lose registration since the port exhaustion fix was done on the server last week. They use TCP. RST was enabled in that fix diba? Pls check.`),
    nat(`My client's phones connect through MTN 4G routers (CGNAT), SIP over TCP. Since the RST mode was switched on yesterday they keep dropping to unregistered. He said "before yesterday it never do like this".`),
    nat(`Merhaba, partner's NOC said: "TCP registrations from behind NAT drop after SS_TCP_CLOSE_RESET On". Their clients are behind TP-Link and Huawei home routers. UDP clients fine. Can we revert for them?`),
    nat(`Ya handasa, customer's phones behind the Huawei HG8245 ONT (NAT) are unregistered since the RST change on Sunday. Transport TCP. Phones with public IP are fine. Kindly check.`),
    nat(`Sir, client said after the tuning you did on Friday (RST On), the softphones behind their office NAT show "unregistered" many times per hour, they use TCP transport. Kindly do the needful.`),
    nat(`Dada, customer wrote: "RST mode on hobar por theke NAT er pichone phone gulo unregistered hoye jacche" - since RST mode on, the phones behind NAT are becoming unregistered. They use TCP. Please revert the setting?`),
    nat(`Buna, client says since Thursday the IP phones behind their MikroTik lose registration and come back, again and again. What changed Thursday: you enabled SS_TCP_CLOSE_RESET for the TIME_WAIT issue. They register over TCP. Coincidence? I doubt.`),
    nat(`NOC shift: reseller reports 120 endpoints behind NAT (various home routers) flapping unregistered since RST was enabled on vos-02 at 14:00. Transport TCP. Endpoints on public IPs unaffected.`),
    nat(`Cliente: "depois que ativaram o RST, os ATA atrás do roteador da operadora (CGNAT) ficam desregistrados". SIP TCP. Ele acha que é o roteador, eu acho que é o RST. Help.`),
    nat(`Hello po, relaying from my client: "Sir since Monday our agents phones say unregistered, we did not change anything". But I checked our change log and on Monday your team enabled RST mode (SS_TCP_CLOSE_RESET=On) on that server. Their agents are all behind NAT (Globe and Converge routers), SIP over TCP. Can you check if related?`),
    nat(`Customer's exact words: "the phones behind the router NAT unregister after the RST change, TCP". Short message but he is angry.`),
    nat(`We are wholesale, one of our resellers runs VOS. After they enabled SS_TCP_CLOSE_RESET="On" the SIP/TCP registrations from their PBXs that sit behind NAT (MikroTik) keep getting lost. PBXs with public IP are fine. Please advise them.`),
    nat(`Please o, since una turn on RST for my customer server, all the phones wey dey behind him MikroTik dey show "No Service", e register, then drop again. Na TCP dem dey use. Abeg check am.`),
    nat(`> Reg status: Unregistered (TCP)
> Reg status: Registered
> Reg status: Unregistered
Customer's Grandstream log, flapping like this since RST mode was enabled. Phones are behind the office NAT. Hocam can we go back to FIN?`),
    nat(`Client says the Zoiper clients behind NAT on TCP cannot stay registered since the SS_TCP_CLOSE_RESET change. On UDP the same clients are fine. He asks what you did 🙂`),
    nat(`Vai, after you enabled RST last night the branch office phones (behind Cisco router NAT) lost registration, TCP transport. Head office on public IP ok. Please revert.`),
    nat(`Hello, my customer says his SIP phones behind the home routers are "always unregistered" since the port fix you applied on Saturday (you turned RST on). They use TCP because their ISP messes UDP. Kindly assist.`),
    nat(`Oi galera, cliente reclamou que os telefones atrás de NAT perdem registro desde que o SS_TCP_CLOSE_RESET ficou On. Transporte TCP. Podem voltar para Off?`),
    nat(`Outsourced NOC po. Ticket from reseller: phones behind CGNAT (Smart LTE) on TCP drop registration every ~5 min after RST mode was enabled. Before that stable for months.`),
    nat(`Customer says the RST thing you did fixed the TIME_WAIT, but now the phones behind his MikroTik NAT lose registration over TCP. So one problem go, another come 😅 What we do?`),
    nat(`Sir, customer AM relayed: "after enabling TCP close reset on the softswitch, NATed TCP endpoints are showing unregistered in the VOS online list". Around 80 endpoints. Kindly check.`),
    nat(`Partner says their subscribers behind Türk Telekom modems (NAT) on SIP-TCP keep dropping registration after the RST mode activation. I am not 100% sure it's related but the timing is the same day.`),
    nat(`Salut, forwarding: "since SS_TCP_CLOSE_RESET=On, our remote workers behind home NAT on TCP get 'not registered' on Bria". Office on public IP fine. Thank you.`),
    nat(`Good afternoon. My client's ATAs behind his Tenda routers lost registration since the RST setting was enabled on the server, SIP over TCP. He said he restarted the routers, nothing changed.`),
    nat(`Client report: after the server RST mode on, the IP phones behind NAT show "Registration failed" then after some time registered again. Using TCP 5060. Please look.`),
    nat(`Wholesale AM here. Our partner's VOS had RST turned on by your automated fix yesterday; today their NATed softphone users (TCP) are unregistered. Can you check if the fix should be reverted for that server?`),
    nat(`Per client: "RST mode was enabled on Monday, since Monday NAT phones (SIP TCP, MikroTik) unregister". That's all he sent.`),
  ],
  firewallRst: [
    fw(`Good morning sir. Since RST mode was enabled on my client's VOS yesterday, calls through his FortiGate are failing. His IT sent the FortiGate log showing the RST packets being denied ("no session matched"). Before the change everything fine.`),
    fw(`Salam, customer's iptables has "-m conntrack --ctstate INVALID -j DROP" and since SS_TCP_CLOSE_RESET=On calls are dropping. Their admin sees the RST packets counted in that INVALID drop rule. Kindly advise.`),
    fw(`Bom dia, cliente diz que depois de ativar o RST as chamadas começaram a falhar, e o pfSense mostra bloqueio de pacotes TCP:R na porta 5060. Firewall stateful derrubando o RST, né?`),
    fw(`Hi po, client's ASA log after RST mode on: "%ASA-6-106015: Deny TCP (no connection) from x.x.x.x/5060 to y.y.y.y/41234 flags RST". Calls failing since then. Please check.`),
    fw(`My client says calls don dey fail since una enable RST mode. Him firewall (Sophos) dey drop the RST packets, he show me the log. Please check am.`),
    fw(`Merhaba, partner's NOC: "After SS_TCP_CLOSE_RESET On, calls through our FortiGate fail, we see RST dropped in the traffic log". Can you revert or tell them what rule to add?`),
    fw(`Customer says after the RST change calls are failing at random, his Cisco ASA is dropping the RST coming from the VOS. His words: "the firewall is eating the reset".`),
    fw(`Sir, client's pfSense blocks the RST packets since the RST mode change, and calls drop after a few seconds. Kindly check and revert.`),
    fw(`Dada, after RST mode on, customer's calls fail. Their MikroTik firewall filter has "drop invalid" with connection tracking and the counter is going up with the RST packets on 5060. Please help.`),
    fw(`Buna, client says since Wednesday calls to the VOS fail; the change on Wednesday was RST mode On. Their firewall (iptables with conntrack) logs INVALID drops with flags RST on port 5060.`),
    fw(`NOC shift: customer reports call failures on SIP-TCP trunk since RST enabled at 16:00. Customer's Palo Alto shows the RST packets dropped (session not found). Escalating.`),
    fw(`Cliente: "as chamadas caem depois que vocês ligaram o RST, nosso Fortigate está dropando o reset". Eu duvido um pouco, mas o log dele mostra isso mesmo. Can you check?`),
    fw(`Hello po, long story: client had TIME_WAIT problem, your team enabled RST on the VOS on Monday. From Tuesday his calls over TCP start failing, around 20%. His IT checked the Sophos XG and found "invalid packet" drops, all TCP RST from the VOS IP. He asks if we can turn it back or he must change the firewall.`),
    fw(`Ya basha, customer's admin sent:
Chain INPUT (policy DROP)
 pkts  target  prot  ... state INVALID
 18423 DROP    tcp   ... 
and he says they are the RST from the softswitch since RST mode on. Calls failing. Please check.`),
    fw(`We are wholesale carrier, our SBC sits behind a stateful firewall. Since our client enabled SS_TCP_CLOSE_RESET=On on their VOS, calls from them fail and our firewall drops their RST packets as out-of-state. Can you help them revert or advise?`),
    fw(`Hocam, customer's ASA: "Deny TCP (no connection) ... flags RST on interface outside" hundreds per minute, started exactly after RST mode On. Calls are dropping. What do you recommend?`),
    fw(`Salut, client says "since the RST mode, pfSense drops the RST and our calls hang then fail". He sent a firewall log screenshot with the R flag blocked. Multumesc.`),
    fw(`Good evening. Customer's calls drop midway since RST mode was enabled. His FortiGate traffic log shows action deny for TCP RST from the VOS. Please o, assist.`),
    fw(`Vai, customer uses Juniper SRX. After RST mode on, calls fail and SRX logs show the RST dropped as no session. Please advise them.`),
    fw(`Hello, my client's server has iptables with conntrack. Since RST enabled, calls failing and the log shows "IN=eth0 ... RST" hitting the INVALID drop rule. He is asking if he should allow RST or turn off RST mode.`),
    fw(`Cliente usa Check Point. Depois do RST On, ligações falham e o log do firewall mostra drop de "TCP packet out of state" com flag RST. Podem ajudar?`),
    fw(`Hi po, outsourced NOC. Reseller's client behind Sophos XG: calls failing since RST mode enable, firewall drops the RST. Please check and advise.`),
    fw(`Customer's WatchGuard is dropping the RST packets after the RST change on the VOS, and the calls over TCP fail. He says "nothing changed on my firewall". Kindly advise.`),
    fw(`Sir, client's ufw (it's iptables conntrack underneath) is dropping the RST since SS_TCP_CLOSE_RESET was set to On, and calls failing. Kindly do the needful.`),
    fw(`Merhaba, partner's calls fail after the RST mode enable. Their FortiGate shows "deny" on TCP RST packets to port 5060. I told them maybe add rule, they ask you first.`),
    fw(`Client says OPNsense started blocking TCP RST from the softswitch since the RST mode change, and calls are failing. He sent me only this, please look.`),
    fw(`Please o, my client's SonicWall drops the RST packets since RST mode was turned on, the calls are failing. He said he did not change anything on the firewall.`),
    fw(`Customer's Cisco ASA is denying the RST packets after RST mode was enabled on the VOS, and their calls keep failing. They ask if you can turn RST mode off.`),
    fw(`Chale, client's firewall (iptables conntrack) is dropping the RST since you turned on RST mode, and calls fail. Please help.`),
    fw(`Oi, cliente: "RST mode ligado, pfSense dropando o RST, chamadas falhando". Só isso que ele mandou.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the twenty-ninth tuning split. */
export const tuning29Set: readonly EvalItem[] = Object.values(tuning29Families).flat();
