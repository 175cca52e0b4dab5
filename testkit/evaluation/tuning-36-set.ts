import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * The thirty-sixth tuning split, by family: long escalation e-mails and ticket updates pasted
 * into WhatsApp: a greeting, a ticket number, several paragraphs with the history, what was
 * checked, quoted earlier messages, pasted command output or log lines, and a signature; four to
 * twelve sentences, in English written by people from many countries.
 * Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words
 * denied or explained) and three positive families of 30 (port exhaustion, NATed phones
 * unregistered after RST mode, a stateful firewall dropping RST). Written as the thirty-sixth never-tuned
 * set, before the twenty-fourth round of rules, by someone who had read only the playbooks' symptoms
 * and the domain notes, without the matcher, its rules or the other sets in view; measured as such
 * before and after the twenty-fourth and the twenty-fifth rounds, then made tuning material for the
 * twenty-sixth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 93.3 %, negatives confident 5.9 %, confident wrong 0 % with the rules of the
 * twenty-third round, and the same after the twenty-fourth; 92.2 %, 5.9 % and 0 % after the twenty-fifth.
 */
export const tuning36Families = {
  oneListeningPort: [
    no(`Subject: RE: [Ticket #48213] VOS web portal not loading after reboot

Dear team,
Good day. Following up on the ticket above. After the scheduled reboot last night the VOS3000 web portal on our main switch is not coming up. We checked and nginx fails with:
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
netstat -tlnp shows httpd is sitting on port 80, it seems the old apache was enabled at boot by somebody from the previous vendor. Calls are passing normally, only the portal is affected. Kindly advise if we can stop httpd safely or which one VOS actually needs.

Regards,
Chinedu Okafor | NOC | Lagos Connect Ltd`),
    no(`Dear Support,

Ticket #55102 - Kamailio will not start on VOS box

We installed kamailio on the same server as VOS3000 to test a small LCR idea. Kamailio refuses to start:
ERROR: <core> [core/tcp_main.c:2860]: tcp_init(): bind(a, 0.0.0.0:5060) on 0.0.0.0: Address already in use
ss -ltnp | grep 5060 shows mbx3000 already listening there (of course). Is it fine if we move kamailio to 5070 or is there some VOS setting to share the port? Nothing is broken on production side, traffic is normal.

Best regards,
Muhammad Usman | NOC | Raabta Telecom (Pvt) Ltd, Lahore`),
    no(`Subject: URGENT - MySQL down on VOS3000 server / Ticket 20931

Hello team,
Since 06:40 this morning the CDR database is not starting. The mysqld.log says:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
We found a second mysqld from the old /usr/local/mysql install running with a different datadir, looks like a colleague started it manually for a backup restore test and forgot. Softswitch is routing but CDR page is empty. Please confirm which instance we should kill so we dont lose CDR of today.

Thanks and regards
Rakib Hasan
NOC Engineer | Dhaka Voice Gateway Ltd.
+880 17xx xxx xxx`),
    no(`Dear Sir/Madam,

Ref: Ticket #77419

As discussed telephonically with Mr. Rajesh, pasting the catalina log from the VOS web manager server:

SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
	at java.net.PlainSocketImpl.socketBind(Native Method)

There is another Tomcat (our own reseller panel) which our developer deployed yesterday on the same 8080. Only the web login is impacted, switching and calls OK. Kindly suggest a port we can use for our panel which will not clash with anything VOS uses in future.

Regards,
Priya Nair | NOC | Sangam Infocom Pvt Ltd, Kochi`),
    no(`Hi all, pasting the mail from our dev:

> From: Ahmed Samir
> Subject: docker SIP test
> Error response from daemon: driver failed programming external connectivity on endpoint sip-test: Error starting userland proxy: listen tcp4 0.0.0.0:5060: bind: address already in use

Ticket #3310. We were trying to run a SIP container for testing on the production VOS host, and obviously 5060 is already taken by the softswitch. We will move the container to the lab server. Just want confirmation nothing on VOS side got affected by our attempt, calls look normal.

Regards, Ahmed Samir | NOC | NileLink Telecom`),
    no(`Subject: Billing dashboard - EADDRINUSE (Ticket #9024)

Dear team,

This is not a VOS issue directly but it runs on the same VM so I am asking. Our small Node.js billing dashboard crashes on start:

Error: listen EADDRINUSE: address already in use :::3000
    at Server.setupListenHandle [as _listen2] (node:net:1740:16)

Previous pm2 instance is still alive it seems, "pm2 list" shows two processes with same name. I think we just need pm2 delete and start again but want your confirmation since last time someone killed the wrong PID and mbx3000 went down.

Regards,
Mark Anthony Reyes | NOC | IslaTel Communications Inc. | Cebu`),
    no(`Dear VOS support,

Ticket #61208. Asterisk for our IVR (same box as VOS3000, dont ask why, legacy) not loading pjsip transport after update:
ERROR res_pjsip/config_transport.c: Transport 'transport-udp' could not be started: Address already in use
The transport was configured 0.0.0.0:5060 by the update script, so it collides with the softswitch. We will change bind to 127.0.0.1:5080. Please just confirm VOS does not need anything else on 5080.

Regards,
Budi Santoso | NOC | PT Nusantara Voice`),
    no(`Subject: Redis not starting after yum update - Ticket #44587

Hello,
After last night yum update the redis service on our VOS reporting server fails:
Could not create server TCP listening socket *:6379: bind: Address already in use
It looks like the package installed a second redis unit (redis.service and redis-server.service) and both try to start. Only our reporting cache uses redis, VOS core is fine, CPS normal around 40. Should we disable one of them or you prefer to handle it? We are not very expert on systemd on this box.

Thanks
Nguyen Van Hai | NOC | Saigon Net Voice JSC`),
    no(`Dear team,

Ticket #80115 - mbx3000 fails to start after maintenance

During maintenance window we stopped mbx3000 and when we started again it says bind 0.0.0.0:5060 failed: Address already in use. We found out that our trainee had started a FreeSWITCH on this server for a demo last week and it came up again after the reboot, holding 5060. We stopped freeswitch and disabled it, mbx3000 started fine and calls restored at 02:14.

Please review if any other config was touched. We want a short RCA for management.

Regards,
Li Wei | NOC | Huaxin Communication Co., Ltd.`),
    no(`Subject: zabbix agent error on VOS nodes

Dear Support, Ticket #1187.
zabbix_agentd on VOS node 2 not starting: "cannot create listener on port 10050: [98] Address already in use". Somebody installed zabbix-agent2 next to old zabbix-agent and both want 10050. Monitoring only, no customer impact. We will remove the old one unless you object.

Regards, Dmitry Volkov | NOC | SibTelecom Transit LLC`),
    no(`Dear team,

Ticket #30466 (Grafana)

Our Grafana for CDR graphs stopped after we installed the new billing UI on the same VM. Log:
t=2024-03-11T09:12:44+0000 lvl=eror msg="Stopped HTTPServer" reason="listen tcp 0.0.0.0:3000: bind: address already in use"
Billing UI default port is also 3000. We only need somebody to tell us which one to move, no production impact, switch is routing ~1.2M minutes per day normal.

Obrigado,
João Pereira | NOC | Paraná Voz Telecom`),
    no(`Subject: postgres for LCR tool will not start (#52214)

Hi team,
Our LCR tool uses PostgreSQL on the VOS3000 utility server. After the reboot we get:
LOG: could not bind IPv4 address "0.0.0.0": Address already in use
HINT: Is another postmaster already running on port 5432? If not, wait a few seconds and retry.
There are two versions installed (9.2 from base repo and 12 from pgdg) and both services are enabled. We think this is the reason. Softswitch not affected.

Regards,
Carlos Méndez | NOC | Andina Carrier Services S.A.S.`),
    no(`Dear team,

Ref Ticket #7782, CDR FTP export.

The ftp service we use to send CDR files to our partner is down. vsftpd log: "500 OOPS: could not bind listening IPv4 socket". proftpd is also installed and running on 21, we think it came with the panel. Partner is waiting for yesterday CDR. Please advise urgently which one to keep.

Regards
Mehmet Yılmaz | NOC | Anadolu VoIP A.Ş.`),
    no(`Subject: RE: RE: Ticket #12093 - SSH on 2222

Dear team,

> we changed ssh to port 2222 as per your security advice
> after that sshd does not start: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use.

Update: found that the docker container of our SIP tester publishes 2222:22. Stopped the container, sshd is up now. No issue with VOS at all, can close the ticket after you confirm ssh access works from your side.

Regards,
Kwame Mensah | NOC | GoldCoast Telecom Ltd, Accra`),
    no(`Dear Support,

Ticket #64130

We have a Windows server where the CDR export tool (IIS based) runs, connected to VOS3000 database. IIS site will not start: "The process cannot access the file because it is being used by another process. (Exception from HRESULT: 0x80070020)". netstat -ano | findstr :443 shows PID 4120 which is VMware Workstation shared VMs. This is a port 443 conflict only on that Windows machine. Kindly advise if the export tool can run on 8443 or it must be 443 because of the partner URL.

Regards,
Wanjiku Kamau | NOC | Savannah Link Networks | Nairobi`),
    no(`Subject: CDR API service failed (Ticket 90021)

Hello,
Our Spring Boot CDR API stops at boot with:

***************************
APPLICATION FAILED TO START
***************************
Description:
Web server failed to start. Port 8081 was already in use.
Action:
Identify and stop the process that's listening on port 8081 or configure this application to listen on another port.

lsof -i :8081 shows the old jar from previous release still running. We will kill it. Just informing since your team asked us to report anything on the VOS servers.

Regards,
Omar Haddad | NOC | Levant Voice Solutions, Amman`),
    no(`Dear Team,

Ticket #33871 — rtpengine control port

We are testing rtpengine together with OpenSIPS in front of VOS3000. rtpengine fails: "Failed to open UDP control connection port (127.0.0.1:22222): Address already in use". Turned out the old mediaproxy was still running and uses the same control port. This is lab-like but it's on the pre-production box. VOS itself fine.

Regards,
Sami Ben Salah | NOC | Carthage Telecom`),
    no(`Subject: second OpenSIPS on TCP 5060 not binding

Dear team,
Ticket #41906. We want to put OpenSIPS as TLS/TCP front for some enterprise customers on the same machine as VOS. It fails:
ERROR:core:tcp_init: bind(6) on 0.0.0.0 failed: Address already in use
I understand VOS is listening on TCP 5060 too. Can we bind OpenSIPS only on the second IP 10.20.0.12 and keep VOS on the first IP? Please guide, this is new setup, no traffic yet.

Regards,
Abdullahi Warsame | NOC | Horn Telecom Solutions`),
    no(`Dear support,

Ticket #5520. node_exporter on VOS server failing: "listen tcp :9100: bind: address already in use". We had installed it twice (once from rpm, once binary in /opt). Removed the rpm, now ok. Just closing the loop so you know this was not from the softswitch.

Thanks,
Thabo Nkosi | NOC | Highveld Voice (Pty) Ltd`),
    no(`Subject: squid proxy on billing server

Hi team,
Reference #27304. The squid proxy used for the payment gateway callbacks does not start: "commBind: Cannot bind socket FD 12 to [::]:3128: (98) Address already in use". It seems our network guy started a tinyproxy also on 3128 for testing. The billing portal cannot reach the payment gateway, so customers cannot recharge since 10am. Softswitch ok. Please help us check quickly which to disable.

Regards,
Sergio Quispe | NOC | Inca Telecom S.A.C., Lima`),
    no(`Dear team,

Ticket #70981 - HTTPS for VOS portal

We tried to put HAProxy in front of VOS web for SSL. HAProxy says "Starting frontend https-in: cannot bind socket [0.0.0.0:443]". nginx from the previous SSL attempt is still listening on 443. We will stop nginx. Question: is it supported to put HAProxy in front of the VOS3000 web at all? Any known issues with session cookie?

Best regards,
Fatima Zahra El Idrissi | NOC | Atlas Telecom SARL, Casablanca`),
    no(`Hello,

Ticket #18843. php-fpm on our recharge portal (same server as VOS3000 web) fails after update: "ERROR: unable to bind listening socket for address '127.0.0.1:9000': Address already in use (98)". Two pools configured on same port, one from remi repo default www.conf. Portal down, calls fine. Will rename the pool unless you see something else.

Regards
Ali Al-Hashimi | NOC | Rafidain Net, Baghdad`),
    no(`Subject: Webmin login not working (Ticket #60077)

Dear Team,
Good evening. Webmin on VOS server not accessible since morning. /var/webmin/miniserv.error:
Failed to bind port 10000 : Address already in use
We see a perl process from the old webmin still running even after "service webmin stop". PID 2291. Can we kill -9 it? It is not related to mbx3000 as far as we can see (mbx3000 PIDs are different).

Regards
Nimal Perera | NOC | Lanka Voice Exchange (Pvt) Ltd`),
    no(`Dear team,

Ref. Ticket #8812, follow up from yesterday call.

Yesterday mbx3000 crashed at 23:51 (core dump attached earlier). When the watchdog tried to start it again it logged: bind 0.0.0.0:5060 failed, Address already in use. The old mbx3000 process was still alive as a zombie/hung process holding the socket. After we killed the old PID manually the new one started and calls came back at 00:07.

So the 16 minutes outage was: crash + old process holding the listen port. We need from you the reason for the crash, not the port part. CPS at that time was only 25.

Regards,
Suresh Adhikari | NOC | Himalayan Carrier Pvt Ltd, Kathmandu

P.S. Timeline from our monitoring:
23:51:02 mbx3000 core dumped (signal 11)
23:51:10 watchdog start attempt 1 - bind failed
23:55:10 watchdog start attempt 2 - bind failed
00:06:40 old PID 4471 killed by engineer
00:07:05 mbx3000 running, registrations recovering`),
    no(`Subject: provisioning server for phones / TFTP

Dear support, Ticket #39002.
We are setting up auto provisioning for 300 Yealink phones. tftp-server (xinetd) and dnsmasq both try UDP 69 and dnsmasq log says "failed to create listening socket for port 69: Address already in use". We only want one of them. This is the provisioning VM next to VOS, no impact on live traffic. Which do you recommend for Yealink?

Regards, Aung Kyaw Moe | NOC | Golden Land Telecom`),
    no(`Dear team,

Ticket #58113 — RADIUS for PPPoE customers (same DC as VOS)

freeradius -X ends with:
Failed binding to auth address * port 1812 bound to server default: Address already in use
/etc/raddb/radiusd.conf: Failed to open socket
radiusd is already running as a service, my colleague ran "radiusd -X" in debug while the service was up. That's the reason. Sorry for the noise, but since this server also sends accounting to VOS I wanted to log it here. Closing from our side.

Regards,
Khalid Al-Otaibi | NOC | Najd Communications, Riyadh`),
    no(`Subject: VOS web client (port 8080) conflict after installing Jenkins

Dear team,
Ticket #24690.
Our devops installed Jenkins on the VOS3000 management server for some scripts. After reboot the VOS web client page is "connection refused". journalctl shows the VOS web service: java.net.BindException: Address already in use (Bind failed) on 8080, because Jenkins grabbed 8080 first during boot.

We will move Jenkins to 8090. Please confirm there is no other web component of VOS that uses 8090, and if you can share the list of ports VOS3000 uses that would be helpful for our documentation.

Best regards,
Yusuf Karimov | NOC | Turon Telecom, Tashkent`),
  ],
  otherRegistrationCause: [
    no(`Subject: Ticket #48871 - extensions not registering (403)

Dear team,
Since 11:00 about 40 extensions of our customer "Zenith Logistics" are unregistered. On VOS the register log shows for each one:
REGISTER sip:...  -> 403 Forbidden (authentication failed)
We spoke to the customer and their IT admin reset all SIP passwords this morning from the VOS client portal "for security", but did not update the phones. So the phones still send the old password. We asked them to reprovision. Please keep the ticket open till they finish.

Regards,
Chinedu Okafor | NOC | Lagos Connect Ltd`),
    no(`Dear Support,

Ticket #50114 – phones unregistered after server migration

As you know we moved VOS3000 to the new DC on Saturday. New public IP is 103.x.x.45, old one was 103.x.x.12. Customers who configured the phones with the IP (not the domain) are all unregistered since the cutover, around 230 devices. The ones using sip.raabta.pk are fine because we updated DNS. Can you keep a NAT / forward on the old IP for 2 weeks so they have time to change? Or any other idea.

Best regards,
Muhammad Usman | NOC | Raabta Telecom (Pvt) Ltd`),
    no(`Subject: sip domain down - all softphones offline

Hello team, Ticket 21007.
Our domain voice-bd.net expired yesterday (the renewal card payment failed, finance issue). All softphones configured with sip.voice-bd.net cannot resolve the host, so they show "Registration failed - host not found". The VOS itself is ok, calls from gateways by IP working. We renewed now, waiting for DNS propagation. Any way to speed it up from your side? Please advise.

Regards
Rakib Hasan | NOC | Dhaka Voice Gateway Ltd.`),
    no(`Dear Sir,

Ref: Ticket #77602

Customer "Sri Balaji Traders" complains none of their 12 lines registering since 1st of the month. I checked in VOS3000 client: account status Expired, validity ended 31st and balance is negative -412. Register replies 403 from the softswitch. Sales team says they will pay today. Kindly extend the validity 3 days as goodwill as per the manager approval attached.

Regards,
Priya Nair | NOC | Sangam Infocom Pvt Ltd`),
    no(`Subject: VOS licence expiry warning and registration rejected

Dear team,
Ticket #3387. Since midnight new registrations above some number are rejected, existing ones stay. In the VOS log we see "license limit reached" and in the web header a red message that our licence expires / concurrent register limit is exceeded. We added 400 new endpoints for a call center customer last week. Please check our licence and send quotation for upgrade, our account manager is on leave.

Regards, Ahmed Samir | NOC | NileLink Telecom`),
    no(`Dear team,

Ticket #9104 - Branch Davao all phones unregistered

Update from site: there was a brownout in Davao at 2:30pm and the UPS of the branch did not hold, the PoE switch went down, so all 18 phones have no power. Our field tech is on the way with a generator. Nothing to do on VOS side, just logging for the SLA report since the customer will ask.

Regards,
Mark Anthony Reyes | NOC | IslaTel Communications Inc.`),
    no(`Subject: [Ticket #61337] Mass unregistration Surabaya customers

Dear Support,
From 08:15 about 600 endpoints from Surabaya area dropped registration at the same time. We checked with the upstream ISP (fiber provider) and they confirm a backbone cut between Surabaya and Jakarta, ETA 4 hours. Our VOS is in Jakarta DC. Other regions normal. Please, just for info, and if you see anything strange on switch side after recovery, tell us.

Regards,
Budi Santoso | NOC | PT Nusantara Voice`),
    no(`Dear team,

Ticket #44902.
Customer office in District 7 replaced their old Draytek with a new TP-Link router from the ISP yesterday. Since then their 20 Grandstream phones (SIP over UDP, port 5060) register for a few minutes and then go unregistered, incoming calls don't reach them. The new router has no port forwarding and the UDP timeout looks very short, 30s. Previous router was configured by our engineer with keepalive. We suggest they set NAT keepalive 20s on phones, but customer wants us to go on site. Please advise if anything is needed on VOS.

Thanks
Nguyen Van Hai | NOC | Saigon Net Voice JSC`),
    no(`Subject: TLS phones offline - certificate expired

Dear team,
Ticket #80340. Our enterprise customer uses TLS 5061 for their Yealink T46U. All went unregistered at 00:00 UTC. Phone log: "TLS handshake failed: certificate has expired". Indeed the cert on the VOS TLS port expired today (we forgot renewal). We are generating new cert now. Please tell us the correct procedure to load the new cert into VOS3000 without restart if possible.

Regards,
Li Wei | NOC | Huaxin Communication Co., Ltd.`),
    no(`Dear support,

Ticket #1302. Customer moved office and now their new public IP is 95.x.x.77. In VOS their phone accounts have IP restriction (only allow register from old IP 95.x.x.10), so register is rejected with 403. Please update the allowed IP for accounts 7701 to 7740 or tell us how to do it in bulk, the customer is angry.

Regards, Dmitry Volkov | NOC | SibTelecom Transit LLC`),
    no(`Subject: RE: Ticket #30512 phones not registering after provisioning change

Hi team,

> yesterday we updated the Yealink provisioning template to add the new codec order

Turns out the template also changed the server port from 5060 to 5066 (copy paste from another customer). All phones that rebooted overnight took the wrong port and now are "Register failed". We fixed the template and are rebooting phones remotely. Around 150 devices. No action needed from you, just for record.

Obrigado,
João Pereira | NOC | Paraná Voz Telecom`),
    no(`Dear team,

Ticket #52480 — Grandstream after factory reset

Customer did factory reset to 6 Grandstream GXP phones after a virus scare (don't ask). Now they re-entered account by hand but they put SIP server "voip.andina.co" while the correct is "sip.andina.co", and authenticate ID empty. Phones show "Not registered". We are sending them the correct config by email. No issue on VOS side.

Regards,
Carlos Méndez | NOC | Andina Carrier Services S.A.S.`),
    no(`Subject: Account blocked after failed logins (Ticket #7919)

Dear Support,
Extension 3004 of customer Ege Tekstil is not registering. In VOS log we see hundreds of REGISTER with wrong password from an IP in Netherlands last night, and after that the account got locked/suspended automatically. The real phone is also blocked now. We want to unlock the account and change the password. Customer phone is in Izmir on normal DSL. Please advise how to unlock and also how to stop such attempts.

Regards
Mehmet Yılmaz | NOC | Anadolu VoIP A.Ş.`),
    no(`Dear team,

Ticket #12240. Small customer in Kumasi, 8 phones, none registered since Monday. Visited today: the internet subscription was suspended by the ISP for non payment. The router has no WAN. Nothing wrong with VOS or the phones. Customer will pay. Just closing.

Regards,
Kwame Mensah | NOC | GoldCoast Telecom Ltd`),
    no(`Subject: Zoiper on Android unregistering (Ticket #64411)

Dear Team,
Our sales team (about 25 people) use Zoiper on Android. They say the app is "unregistered" every time the phone screen is off for some time, and they miss calls. We checked: it's the Android battery optimization killing the app in background, on Samsung and Tecno phones. When we exclude Zoiper from battery optimization it stays registered. Do you have a recommended setting or push notification option with VOS3000? They use UDP.

Regards,
Wanjiku Kamau | NOC | Savannah Link Networks`),
    no(`Dear support,

Ticket #90155 — Irbid branch phones down

The Irbid branch phones register to VOS through the IPsec VPN to our Amman HQ. The VPN tunnel has been down since 14:20 (Phase 1 failing after the ISP changed the branch public IP to dynamic). So all 30 phones unregistered. We are working with the ISP to get static IP back. VOS is fine.

Regards,
Omar Haddad | NOC | Levant Voice Solutions`),
    no(`Subject: Phones unregistered - trial accounts expired

Dear Team,
Ticket #33915. Three new trial customers from last month (accounts TRL-101 to TRL-103) report unregistered since today. The 30 days trial period set in VOS ended on 12th. System is doing what it should. Sales wants to extend by 15 days, please approve and do the change, or share the steps.

Regards,
Sami Ben Salah | NOC | Carthage Telecom`),
    no(`Dear team,

Ticket #41933 - after firmware upgrade phones lost config

We pushed firmware 66.86.0.15 to 80 Yealink T31P via the DM. After reboot around half of them came up with blank account 1 (known issue in that version with some old config files, according to Yealink forum). So they are unregistered. We are re-pushing the config. Not a VOS problem, but the customer escalated to our CEO so I want it logged properly with timestamps:
- 09:30 firmware push
- 09:52 first complaints
- 10:40 cause found

Regards,
Abdullahi Warsame | NOC | Horn Telecom Solutions`),
    no(`Dear support,

Ticket #5544. Reseller admin deleted by mistake the account group "Mabopane Clinics" in VOS web while cleaning old accounts. 14 phones unregistered since 10:15. Can you restore the accounts from the backup of yesterday? We have the list of numbers and passwords on paper if needed.

Thanks,
Thabo Nkosi | NOC | Highveld Voice (Pty) Ltd`),
    no(`Subject: Two devices same extension, flapping registration

Hi team,
Ticket #27331. Extension 5012 at our customer keeps going registered/unregistered every minute. We found the same credentials are configured on a desk phone AND a softphone on the manager's laptop, and VOS account is limited to 1 registration, so they kick each other. We told the customer to use a second extension. Is it possible to allow 2 registrations for one account in VOS3000 and where is the setting?

Regards,
Sergio Quispe | NOC | Inca Telecom S.A.C.`),
    no(`Dear team,

Ticket #71002 — customers in Oman cannot register

Several of our customers in Muscat report that their softphones cannot register since this week. We tested from an Omani SIM: REGISTER on 5060 never reaches our VOS (nothing in tcpdump). Through VPN it works. Looks like the local ISP started blocking VoIP signalling again. We can offer them a different port like 5080 or a tunnel. Please advise what VOS supports.

Best regards,
Fatima Zahra El Idrissi | NOC | Atlas Telecom SARL`),
    no(`Subject: SRV record change - phones failing (Ticket #18860)

Hello,
Our DNS admin modified the SRV record _sip._udp.rafidain.iq yesterday, pointing to the new VOS node with priority 10, but the new node doesn't have the accounts synced yet. So phones that use DNS SRV now hit the new node and get 404 Not Found on REGISTER. Phones with direct IP fine. We reverted the SRV, waiting for TTL (3600). Logging for record.

Regards
Ali Al-Hashimi | NOC | Rafidain Net`),
    no(`Dear Team,

Ticket #60120. After we migrated customers from the old VOS2009 to the new VOS3000, 3 customers (about 45 lines) still unregistered. We checked: their accounts were not in the export file because they had special characters in the account name, the import skipped them. We will create them manually. Please confirm if there is a fix for the import tool.

Regards
Nimal Perera | NOC | Lanka Voice Exchange

P.S. Names that failed: "Nuwara Eliya Tea & Co.", "Jaffna (North) Traders", "St. Mary's Hospital - OPD". All have & or ( or ' in the name. The other 1,100 accounts imported fine and registered within 10 minutes of the DNS switch.`),
    no(`Subject: Ticket #8849 - clock wrong on ATA, digest fails?

Dear team,
Customer ATA Linksys PAP2 (old one) not registering. Interesting: its date is 1970, no NTP, and the log shows 401 then again 401 with stale nonce. After we set the NTP server and rebooted, it registered at once. Maybe nothing to do with the nonce but anyway it works now. Please close.

Regards,
Suresh Adhikari | NOC | Himalayan Carrier Pvt Ltd`),
    no(`Dear team,

Ticket #39044. Branch in Mandalay: all phones unregistered since yesterday 17:00 because of the regional internet shutdown ordered by authorities. Nothing we can do. For info only and for SLA exclusion.

Regards, Aung Kyaw Moe | NOC | Golden Land Telecom`),
    no(`Subject: RE: Ticket #58140 phones not registering at new customer

Dear team,

> phones show "Registration failed" and on VOS we see nothing from their IP

Update: the customer's IT had put our VOS IP in a blocklist on their Sophos by mistake during a cleanup (they thought it was a scanner because of the hostname). After removing it phones registered immediately. No RST or anything like that, simple block on their side. Please close the ticket.

Regards,
Khalid Al-Otaibi | NOC | Najd Communications`),
    no(`Dear Support,

Ticket #24712 — registrations failing, DNS changed

Last night our hosting provider changed the nameservers for turon-voip.uz without telling us (they were migrating the panel). The A record for sip.turon-voip.uz now points to a parking page IP. All softphones and IP phones that use the name are unregistered, about 900 endpoints. We have asked the hosting to restore the A record to our VOS3000 IP. ETA they say 1 hour. Meanwhile is it possible to send our customers a temporary IP? We prefer your opinion first because some of them are behind SBC.

Best regards,
Yusuf Karimov | NOC | Turon Telecom
Tel: +998 71 xxx xx 40

P.S. We also found the SOA serial was changed at 02:14 local, so the hosting did it in their night maintenance. Phones that cached the old record for a while stayed registered until about 04:00, then they dropped one by one, which matches the customer complaints we received in the morning.`),
  ],
  smallFigures: [
    no(`Subject: Monthly health check - VOS3000 node 1 (Ticket #48900)

Dear team,
Please find our monthly health check as requested by the SLA:
- CPU 11%, RAM 38%, disk 52%
- Concurrent calls peak 310, CPS peak 14
- ss -s: TCP: 187 (estab 41, closed 126, orphaned 0, timewait 126)
- No "address already in use" or bind errors in logs this month
Everything looks normal from our side. Kindly confirm you agree and sign the report.

Regards,
Chinedu Okafor | NOC | Lagos Connect Ltd`),
    no(`Dear Support,

Ticket #50160. Just a question from our new engineer: on the VOS server netstat shows around 240 connections in TIME_WAIT. What is TIME_WAIT exactly, and is this something we need to worry about? Calls are fine, he was only curious after reading an article.

Best regards,
Muhammad Usman | NOC | Raabta Telecom (Pvt) Ltd`),
    no(`Subject: How to change SS_TCP_CLOSE_RESET

Hello team,
Ticket 21044. We read in the VOS3000 manual section 4.3.5.2 about SS_TCP_CLOSE_RESET. We do not have any problem now, but we want to know where this parameter is (which file) and how to apply it without dropping calls, for our documentation. Is it in softswitch.conf? And after editing, reparse is enough or restart required?

Regards
Rakib Hasan | NOC | Dhaka Voice Gateway Ltd.`),
    no(`Dear Sir/Madam,

Ref: Ticket #77655

As part of our quarterly audit, the auditor asked to explain the TCP settings on the softswitch. Current values:
net.ipv4.tcp_tw_reuse = 0
net.ipv4.ip_local_port_range = 32768 60999
SS_TCP_CLOSE_RESET="Off"
TIME_WAIT count at audit time: 312.
No incidents related to TCP in the quarter. Kindly provide one paragraph explaining why these values are acceptable for our traffic (max 20 CPS) so we can attach to the audit file.

Regards,
Priya Nair | NOC | Sangam Infocom Pvt Ltd

P.S. Auditor also asked if "TIME_WAIT" means connections waiting to be served. I told him no, it is the normal state of a closed connection for some time, but please confirm in your words.`),
    no(`Hi team, Ticket #3402.
Does SS_TCP_CLOSE_RESET make any difference if all our traffic is SIP over UDP? Our carrier interconnects are UDP and customers are UDP, there is only the web portal on TCP. Just a question, no problem at the moment.

Regards, Ahmed Samir | NOC | NileLink Telecom`),
    no(`Dear team,

Ticket #9140 - capacity planning

We are planning to move a new wholesale customer to VOS node 2 next month, traffic will go from ~30 CPS to maybe 90 CPS, mostly SIP over TCP from their side. Today the node has about 400 TIME_WAIT at peak, no errors. Do you recommend any kernel tuning in advance (tcp_tw_reuse, port range) or should we wait and monitor? We don't want surprises.

Regards,
Mark Anthony Reyes | NOC | IslaTel Communications Inc.`),
    no(`Subject: question on reparse vs restart

Dear Support,
Ticket #61360. What is the difference between "service mbx3000d reparse" and "service mbx3000d restart"? Our old engineer always used restart after changing softswitch.conf and customers complained about dropped calls during the change window. If reparse does not drop calls we prefer it. Nothing broken now, just improving our procedure.

Regards,
Budi Santoso | NOC | PT Nusantara Voice`),
    no(`Dear team,

Ticket #44960. After the test calls this morning (load test with 50 calls from SIPp over TCP) we see with netstat about 90 sockets in TIME_WAIT on the VOS. After 1-2 minutes they go to zero. Is this normal behaviour? Everything passed, no failed calls.

Thanks
Nguyen Van Hai | NOC | Saigon Net Voice JSC`),
    no(`Subject: sysctl settings not persistent? (Ticket #80388)

Dear team,
Question only. On our CentOS 6 VOS server we placed a file /etc/sysctl.d/90-voip.conf with some values (tcp_fin_timeout etc.) but after reboot they are not applied. Is it right that CentOS 6 does not read /etc/sysctl.d? Should we put in /etc/sysctl.conf? Currently the server is fine, TIME_WAIT only 150 or so, we just want clean config.

Regards,
Li Wei | NOC | Huaxin Communication Co., Ltd.`),
    no(`Dear support,

Ticket #1336. Can you share recommended Zabbix trigger for TIME_WAIT on VOS? Now we see normally 100-300. We want alert before it becomes problem. Is 20000 a good threshold or too high? Thank you.

Regards, Dmitry Volkov | NOC | SibTelecom Transit LLC`),
    no(`Subject: RST vs FIN - please explain for our team

Hi team,
Ticket #30540. Our management asked me to explain the "RST mode" we saw in the manual. My understanding: Off = normal close with FIN, the socket goes to TIME_WAIT; On = connection closed with RST immediately, no TIME_WAIT, but some NAT boxes and firewalls may not like it. Is that correct? Any other side effect, for example with TLS? We are not planning to change anything now, our traffic is small (peak 18 CPS).

Obrigado,
João Pereira | NOC | Paraná Voz Telecom`),
    no(`Dear team,

Ticket #52511 - weekly report

Week 14 summary node VOS-BOG-01:
ASR 48%, ACD 3.9 min, peak concurrent 520, peak CPS 22.
TIME_WAIT max observed 610 (Tuesday 19:00), average 200.
No registration issues, no bind errors.
Please confirm if the TIME_WAIT max is within normal range, the number looked higher than other weeks.

Regards,
Carlos Méndez | NOC | Andina Carrier Services S.A.S.`),
    no(`Subject: Should we enable RST proactively?

Dear Support,
Ticket #7950. A friend at another operator told us to enable SS_TCP_CLOSE_RESET=On "to avoid problems". Our switch does around 5 CPS, TIME_WAIT almost always below 100, and we have many customers with phones behind NAT on TCP. I feel we should not touch it. Can you confirm?

Regards
Mehmet Yılmaz | NOC | Anadolu VoIP A.Ş.`),
    no(`Dear team,

Ticket #12281. How many ephemeral ports can the server use by default? cat /proc/sys/net/ipv4/ip_local_port_range gives "32768 60999" so about 28k ports? Just want to understand the limit for our documentation. Current usage is very low (ss shows ~60 TIME_WAIT).

Regards,
Kwame Mensah | NOC | GoldCoast Telecom Ltd`),
    no(`Subject: Onboarding doc - commands to check TCP health

Dear Team,
Ticket #64450. We are preparing a runbook for new NOC staff. Could you list the commands to check TCP health on VOS3000 (CentOS 6 and 7)? On one server "ss" is missing and only netstat is there. We currently use "netstat -ant | grep TIME_WAIT | wc -l" and it shows 85. Is there a better way? No issue, only documentation.

Regards,
Wanjiku Kamau | NOC | Savannah Link Networks`),
    no(`Dear support,

Ticket #90190. A few CLOSE_WAIT sockets (3 or 4) on port 8080 stay there for hours on the VOS web server. TIME_WAIT total about 200. Is this harmful? Everything works. Just want to know if we should restart the web service in the night.

Regards,
Omar Haddad | NOC | Levant Voice Solutions`),
    no(`Subject: Post maintenance check - Ticket #33960

Dear Team,
After the kernel update and reboot last night, we did our post maintenance checklist:
1. mbx3000 running - OK
2. Registrations back: 1,840 of 1,852 (12 phones are offline customers, normal)
3. ss -s -> timewait 47
4. Test calls to 3 carriers - OK
Please confirm from your monitoring that everything looks fine, then we close the change.

Regards,
Sami Ben Salah | NOC | Carthage Telecom`),
    no(`Dear team,

Ticket #41960 — TLS and RST question

We have some enterprise customers on SIP TLS. If one day we switch SS_TCP_CLOSE_RESET to On, what happens with TLS? I read it skips close_notify. Is that a real problem for phones like Yealink and Poly? No issue today, planning only.

Regards,
Abdullahi Warsame | NOC | Horn Telecom Solutions`),
    no(`Dear support,

Ticket #5580. Is tcp_tw_reuse safe to enable on the VOS server? I read that tcp_tw_recycle is dangerous with NAT and was removed in new kernels, but reuse is ok? We don't have any issue, TIME_WAIT is about 300 at peak, just collecting best practice before our new server build.

Thanks,
Thabo Nkosi | NOC | Highveld Voice (Pty) Ltd`),
    no(`Subject: Request for documentation SS_TCP_CLOSE_RESET

Hi team,
Ticket #27360. Can you send us the official text of the manual about SS_TCP_CLOSE_RESET and the default value? In our softswitch.conf the line is not present at all. Does it mean default Off? Everything fine, only for our knowledge base.

Regards,
Sergio Quispe | NOC | Inca Telecom S.A.C.`),
    no(`Dear team,

Ticket #71040. Our sales team asks what is the maximum CPS one VOS3000 server can handle with our hardware (2x Xeon E5-2650, 32GB). Today we do 35 CPS peak with around 700 TIME_WAIT and CPU 20%. They want to promise 150 CPS to a new client. Please give an honest estimate and what we should tune before.

Best regards,
Fatima Zahra El Idrissi | NOC | Atlas Telecom SARL`),
    no(`Subject: Why TIME_WAIT on 5060 at all?

Hello,
Ticket #18899. Looking at netstat on the VOS I see TIME_WAIT entries from our server port 5060 to customer IPs. I thought TIME_WAIT is only for the one who closes first. So the softswitch closes the connection? There are only ~120 of them, no problem, but I want to understand who closes the TCP in SIP.

Regards
Ali Al-Hashimi | NOC | Rafidain Net`),
    no(`Dear Team,

Ticket #60166 - daily check results

Node A: timewait 233, estab 88
Node B: timewait 198, estab 76
Registrations stable all day. No complaints. This is just the daily check as per the new process from our manager, please don't close, we will update each day this week.

Regards
Nimal Perera | NOC | Lanka Voice Exchange`),
    no(`Subject: Ticket #8870 - how to check current RST setting

Dear team,
How can we see if our VOS3000 currently uses RST or FIN for TCP close? We grep softswitch.conf for SS_TCP_CLOSE_RESET and there is nothing. Is there a command to show the running value? We ask because a partner asked us in a questionnaire. No incident.

Regards,
Suresh Adhikari | NOC | Himalayan Carrier Pvt Ltd`),
    no(`Dear team,

Ticket #39080. After 10 minutes of SIPp test with 10 CPS over TCP the TIME_WAIT reached 1,150 and then stayed flat. No errors, all calls ok. Is 1,150 normal for 10 CPS? We want to know before we go to production with this customer.

Regards, Aung Kyaw Moe | NOC | Golden Land Telecom`),
    no(`Subject: RE: Ticket #58177 - question about port range

Dear team,

> can we change ip_local_port_range to 1024 65535?

To clarify, we are not facing any problem. Our system has around 250 TIME_WAIT at peak. The question came because the security team scans the server and they are worried that a wider range could conflict with services listening on high ports like 8080 or 10000. Please advise best practice.

Regards,
Khalid Al-Otaibi | NOC | Najd Communications`),
    no(`Dear Support,

Ticket #24750 — explain ss -s output

Can somebody explain this output from our VOS3000 server? Our junior sent it to me worried:

Total: 612 (kernel 640)
TCP:   398 (estab 102, closed 279, orphaned 0, synrecv 0, timewait 276/0), ports 0

Transport Total     IP        IPv6
RAW       0         0         0
UDP       14        11        3
TCP       119       116       3

He thinks "closed 279" means something is broken. To me it looks like a normal quiet server on a Sunday. Calls ok, no complaint. Please confirm.

Best regards,
Yusuf Karimov | NOC | Turon Telecom`),
  ],
  firewallNoRst: [
    no(`Subject: Ticket #48933 - open port for new carrier

Dear team,
We are adding a new carrier (Afrinet Wholesale) on VOS3000. They will send traffic from 196.x.x.20 and 196.x.x.21 over SIP TCP 5060 and RTP 10000-20000. Please open these on our FortiGate 200F in front of the switch and confirm. Their go-live is Thursday 10:00 WAT. Policy name suggestion: "IN-AFRINET-SIP".

Regards,
Chinedu Okafor | NOC | Lagos Connect Ltd`),
    no(`Dear Support,

Ticket #50201 - customer office IP banned by fail2ban

Customer "Hashmi Textiles" cannot register since 11am. We checked the VOS server, fail2ban has banned their office IP 39.x.x.114 (jail sip-auth) because one old phone in their warehouse is sending wrong password repeatedly. Please unban and add their IP to ignoreip. We asked them to fix the old phone.

fail2ban-client status sip-auth
|- Currently banned: 4
|  - Banned IP list: 39.x.x.114 45.x.x.9 185.x.x.2 91.x.x.77

Best regards,
Muhammad Usman | NOC | Raabta Telecom (Pvt) Ltd`),
    no(`Subject: SIP ALG disable on MikroTik for customer

Hello team, Ticket 21080.
One of our corporate customers has a MikroTik hEX and their calls have one-way audio and sometimes the INVITE has private IP in Contact. We think SIP ALG (ip firewall service-port sip) is enabled. Can you confirm the command to disable it on RouterOS 6.49 and if anything else needed for VOS? They use UDP.

Regards
Rakib Hasan | NOC | Dhaka Voice Gateway Ltd.`),
    no(`Dear Sir,

Ref: Ticket #77700

We are seeing many REGISTER attempts from friendly-scanner (sipvicious) on our VOS public IP, around 300 per second at night. Please help us configure an iptables rate limit or hashlimit for UDP/TCP 5060 so we don't block legit customers. Current rules attached. No calls are failing, only logs are huge and CPU goes up.

Regards,
Priya Nair | NOC | Sangam Infocom Pvt Ltd`),
    no(`Hi team, Ticket #3440.
Management wants geo-blocking on the VOS firewall: allow SIP only from Egypt, Saudi, UAE and our two carriers in Europe. We have pfSense 2.7 with pfBlockerNG. Is there any VOS-side list of IPs we must not forget (licence server, your support VPN)? Please send before Sunday.

Regards, Ahmed Samir | NOC | NileLink Telecom`),
    no(`Dear team,

Ticket #9180 - RTP range on new firewall

We replaced the old firewall with a Sophos XGS yesterday. Signalling works but some calls have no audio. We forgot to open the RTP range, only 5060 was allowed. Please confirm the RTP port range used by our VOS3000 media (is it 10000-20000 or 10000-60000?) so we open the correct range. No other issue.

Regards,
Mark Anthony Reyes | NOC | IslaTel Communications Inc.`),
    no(`Subject: [Ticket #61400] pfSense port forward for new VOS

Dear Support,
We are moving VOS3000 behind pfSense in our new rack. Public IP 103.x.x.50 will NAT 1:1 to 10.10.10.50. Please advise which ports to forward and if VOS needs any "external IP" setting so SDP has the public address. Go-live next week, no traffic yet.

Regards,
Budi Santoso | NOC | PT Nusantara Voice`),
    no(`Dear team,

Ticket #45001.
Please whitelist the IP of our new monitoring server 113.x.x.88 in the VOS iptables for SSH (22) and web (8080). The rules seem to be reset after every reboot; we add with iptables -A but after reboot they are gone. I think we need "service iptables save" on CentOS 6, correct? 

Thanks
Nguyen Van Hai | NOC | Saigon Net Voice JSC`),
    no(`Subject: Cisco ASA ACL for new SBC

Dear team,
Ticket #80420. We put a new SBC in DMZ between customers and VOS. Please review the ACL we wrote on ASA 5516:

access-list OUTSIDE_IN extended permit tcp any host 203.x.x.10 eq 5060
access-list OUTSIDE_IN extended permit udp any host 203.x.x.10 eq 5060
access-list OUTSIDE_IN extended permit udp any host 203.x.x.10 range 16384 32767

Is it okay, or should we restrict by carrier IPs? Not live yet.

Regards,
Li Wei | NOC | Huaxin Communication Co., Ltd.`),
    no(`Dear support,

Ticket #1380. Our data center (Selectel) offers a cloud firewall. We want to enable it for the VOS server and only allow our carriers + customers list. Do you have a template of ports VOS3000 needs? SIP, RTP, web, what else? Thanks.

Regards, Dmitry Volkov | NOC | SibTelecom Transit LLC`),
    no(`Subject: AWS security group for VOS3000 test instance

Hi team,
Ticket #30580. We launched a test VOS3000 on AWS (eu-west-1) for a customer demo. Which ports should we open in the security group? We opened 5060 UDP/TCP and 80, but the client software cannot connect. Probably we forgot something for the VOS client. Please list.

Obrigado,
João Pereira | NOC | Paraná Voz Telecom`),
    no(`Dear team,

Ticket #52550 — IP whitelist for web portal

Please add these customer IPs to the firewall whitelist for the VOS client web (port 8080):
190.x.x.10
190.x.x.11
181.x.x.200
Customer Transportes Rápidos wants to see their CDRs from their office. Current rule only allows our office.

Regards,
Carlos Méndez | NOC | Andina Carrier Services S.A.S.`),
    no(`Subject: FortiGate SIP session helper / VoIP profile

Dear Support,
Ticket #7990. Our FortiGate 100F (FortiOS 7.2) is doing SIP ALG through the default VoIP profile and we see rewritten Contact headers. We want to disable the session-helper for SIP and set "default-voip-alg-mode kernel-helper-based". Please confirm the right steps and if reboot is needed. Calls are working but some customers have strange Contact.

Regards
Mehmet Yılmaz | NOC | Anadolu VoIP A.Ş.`),
    no(`Dear team,

Ticket #12310. Last night we had a big UDP flood on 5060 (around 400 Mbps) from many IPs. Our upstream ISP blackholed our VOS IP for 2 hours to protect their network, so all traffic failed in that time. Now it's back. Please advise about DDoS protection options and if we should move SIP to a different port. Attached the graph.

Regards,
Kwame Mensah | NOC | GoldCoast Telecom Ltd`),
    no(`Subject: MikroTik filter to allow SIP only from VOS

Dear Team,
Ticket #64490. For our hotel customer we want their MikroTik to accept SIP and RTP only from our VOS IP and drop everything else (they got toll fraud attempts on a local PBX). Please check this rule:

/ip firewall filter add chain=input protocol=udp dst-port=5060 src-address=41.x.x.5 action=accept
/ip firewall filter add chain=input protocol=udp dst-port=5060 action=drop

Is order correct? Anything for RTP?

Regards,
Wanjiku Kamau | NOC | Savannah Link Networks`),
    no(`Dear support,

Ticket #90222 — close unused ports (pentest findings)

Pentest report for our VOS3000 server lists open ports: 22, 80, 111, 3306, 5060, 8080, 10000. They want 111 (rpcbind), 3306 (mysql) and 10000 (webmin) closed from internet. Please confirm VOS does not need 3306 reachable from outside (our billing is on the same server). We will apply iptables rules this weekend.

Regards,
Omar Haddad | NOC | Levant Voice Solutions`),
    no(`Subject: firewalld zone for VOS web (CentOS 7)

Dear Team,
Ticket #34001. New VOS server on CentOS 7 with firewalld. We added:
firewall-cmd --permanent --zone=public --add-port=5060/udp
firewall-cmd --permanent --zone=public --add-port=5060/tcp
but the web client on 8080 not reachable from outside. I think we need to add 8080 too and reload. Please confirm full list so we don't miss anything.

Regards,
Sami Ben Salah | NOC | Carthage Telecom`),
    no(`Dear team,

Ticket #41990 — Hetzner firewall

Our backup VOS node is at Hetzner. They have a stateless firewall in Robot with max 10 rules. We need to allow SIP from carriers, RTP, SSH from office and web. With 10 rules it's tight. Can RTP range be reduced in VOS config so one rule is enough? Please suggest.

Regards,
Abdullahi Warsame | NOC | Horn Telecom Solutions`),
    no(`Dear support,

Ticket #5610. FortiGate IPS is blocking some INVITEs from our carrier with signature "SIP.Header.Overflow" because their INVITE has a long P-Asserted-Identity and many Diversion headers. Calls from that carrier fail with 408 on their side. Our FortiGate admin wants to add an exemption. Just letting you know the cause, we don't need action from VOS. The VOS TCP settings were never changed.

Thanks,
Thabo Nkosi | NOC | Highveld Voice (Pty) Ltd`),
    no(`Subject: Whitelist for new reseller SBC

Hi team,
Ticket #27400. New reseller "Cusco Llamadas" has an SBC at 200.x.x.44. Please add to VOS firewall whitelist for SIP (UDP 5060) and to the gateway list in VOS. They will send about 2,000 minutes per day to start.

Regards,
Sergio Quispe | NOC | Inca Telecom S.A.C.`),
    no(`Dear team,

Ticket #71080 — geo-block causing issue for a customer travelling

We enabled geo-blocking last month (only MA, FR, ES allowed). Today a VIP customer travelling in Dubai cannot register his softphone. Of course it's blocked by the geo rule. Can we add an exception by account instead of IP? If not we will add UAE temporarily for 2 weeks.

Best regards,
Fatima Zahra El Idrissi | NOC | Atlas Telecom SARL`),
    no(`Subject: iptables hashlimit dropping legit traffic?

Hello,
Ticket #18930. After we added a hashlimit rule (20/sec per source on 5060) our biggest customer's SBC started getting 503 on some calls at peak. Their SBC sends 35 INVITE/sec from one IP. So our own rate limit is dropping their INVITEs. We will raise their limit or exclude their IP. Please review the rule:
-A INPUT -p udp --dport 5060 -m hashlimit --hashlimit-above 20/sec --hashlimit-mode srcip --hashlimit-name sip -j DROP

Regards
Ali Al-Hashimi | NOC | Rafidain Net`),
    no(`Dear Team,

Ticket #60210. We are replacing iptables with nftables on the new VOS server build (Rocky Linux for the billing part, VOS still CentOS 7). Do you have a sample nft ruleset for VOS3000 with SIP, RTP, web and SSH? Just preparation, no issue.

Regards
Nimal Perera | NOC | Lanka Voice Exchange`),
    no(`Subject: Ticket #8902 - unblock carrier IP

Dear team,
Our carrier Everest Intl says their traffic failing since 09:00. Found our own iptables script blocked their IP 202.x.x.70 because it appeared in a blacklist feed we import every night (false positive). Removed it manually, calls passing now. We will add a whitelist exception in the script. Please no action, for info.

Regards,
Suresh Adhikari | NOC | Himalayan Carrier Pvt Ltd`),
    no(`Dear team,

Ticket #39120. Customer wants to use port knocking to open SSH on the VOS server. Is it supported by your managed service? Our current fail2ban also bans SSH after 5 wrong tries. Just asking.

Regards, Aung Kyaw Moe | NOC | Golden Land Telecom`),
    no(`Subject: RE: Ticket #58210 firewall change request

Dear team,

> please open TCP 5061 for TLS on the Palo Alto for the new enterprise customer

Done by our security team at 13:05, rule "VOS-TLS-IN" with App-ID sip + ssl. Customer phones registered over TLS right after. Please verify from your side that you see them. Registration count now 62.

Regards,
Khalid Al-Otaibi | NOC | Najd Communications`),
    no(`Dear Support,

Ticket #24790 — blocking scanners from Netherlands/US hosting

Every night we get SIP scanning from hosting providers (OVH, DigitalOcean, etc). We want to block ASN ranges on our pfSense instead of single IPs. Which is better for VOS: block on pfSense or use the VOS internal IP blacklist? The VOS CPU goes to 60% during scans but calls still work. Please advise, and if there is a list you recommend.

Best regards,
Yusuf Karimov | NOC | Turon Telecom`),
  ],
  negationContext: [
    no(`Subject: RE: Ticket #49010 - closing

Dear team,
Just to close this ticket properly. In March we had the TIME_WAIT problem (around 38,000 sockets and "cannot assign requested address" at peak), your engineer applied the fix and since then TIME_WAIT stays under 2,000 even at peak 120 CPS. No errors for 2 months. Nothing open from our side, you can close it. Thank you for the support.

Regards,
Chinedu Okafor | NOC | Lagos Connect Ltd`),
    no(`Dear Support,

Ticket #50250 - phones unregistered Gulberg office

The customer first said it's "the RST problem" because they read the previous ticket from another customer. We checked: SS_TCP_CLOSE_RESET="Off" in softswitch.conf, nobody touched it. Real cause: their admin changed all SIP passwords yesterday from the portal and updated only half of the phones. The other half get 401/403. Customer now updating.

Best regards,
Muhammad Usman | NOC | Raabta Telecom (Pvt) Ltd`),
    no(`Subject: EADDRINUSE in logs - it's the lab VM

Hello team, Ticket 21120.
Our monitoring forwarded "EADDRINUSE" and "address already in use" alerts with hostname vos-lab-02. Please ignore, this is our lab virtual machine where we run SIPp stress tests with 500 CPS to see the limits. Production VOS (vos-prod-01) has no such errors, ss -s shows timewait around 300. We will exclude the lab host from the alert rule.

Regards
Rakib Hasan | NOC | Dhaka Voice Gateway Ltd.`),
    no(`Dear Sir,

Ref: Ticket #77740

Customer complains calls dropping after exactly 30 minutes and he insists our "firewall is dropping RST" because he googled. We checked: RST mode was never enabled on our VOS (SS_TCP_CLOSE_RESET not in config, default Off) and the calls are UDP. The drop is at 1800s exactly: their PBX sends a session refresh re-INVITE that the carrier rejects with 481. So it's a session timer problem with the carrier. Escalating to carrier.

Regards,
Priya Nair | NOC | Sangam Infocom Pvt Ltd`),
    no(`Hi team, Ticket #3480.
We use UDP only for all customers and carriers, TCP is not used at all on this VOS. So I think the RST setting we saw in the manual does not apply to us. The registrations lost this morning were from the ISP outage in Alexandria (TE Data confirmed). All back now.

Regards, Ahmed Samir | NOC | NileLink Telecom`),
    no(`Dear team,

Ticket #9220 - follow up on NAT phones

> From: IslaTel NOC
> After RST was enabled on 5th, phones behind NAT on TCP went unregistered

Update: as agreed, your team set SS_TCP_CLOSE_RESET back to Off on the 7th and did reparse. All 140 NATed phones registered again within minutes and stayed stable since then (8 days). We also applied the kernel tuning without RST. No more complaints. Please close.

Regards,
Mark Anthony Reyes | NOC | IslaTel Communications Inc.`),
    no(`Subject: [Ticket #61440] BindException is from CRM, not VOS

Dear Support,
Yesterday we sent you logs with java.net.BindException: Cannot assign requested address. After checking, those lines come from our CRM integration server (it calls the VOS API), it was configured to bind to an old IP 10.0.5.20 which was removed from the interface. Not from VOS3000. We fixed the CRM config. Sorry for the confusion.

Regards,
Budi Santoso | NOC | PT Nusantara Voice`),
    no(`Dear team,

Ticket #45040.
Our customer's firewall guy insists the FortiGate is "dropping RST" and that's why calls fail from their site. But we never enabled RST on our VOS, it's FIN close (default). Their FortiGate log shows "policy violation" for the RTP from our new media IP, because we added a second media IP last week and they didn't allow it. So it's just a missing policy for the new IP, not RST. They will add it.

Thanks
Nguyen Van Hai | NOC | Saigon Net Voice JSC`),
    no(`Subject: TIME_WAIT thousands - on the load balancer not VOS

Dear team,
Ticket #80460. Our monitoring showed 25,000 TIME_WAIT and we panicked, but it was on the nginx load balancer of our web self-care portal (lots of short HTTP connections from the mobile app), not on the softswitch. The VOS3000 server itself shows timewait 410. We will tune the nginx box separately. Just keeping you informed since the alert went to your team also.

Regards,
Li Wei | NOC | Huaxin Communication Co., Ltd.`),
    no(`Dear support,

Ticket #1420. Phones behind NAT unregistered last night, but RST is Off (checked), and nobody changed anything on VOS. Root cause: customer's router (Keenetic) rebooted after firmware auto-update and forgot the static lease of their SIP gateway. Fixed by customer. Closing.

Regards, Dmitry Volkov | NOC | SibTelecom Transit LLC`),
    no(`Subject: RE: RE: Ticket #30620 calls failing

Hi team,

> > could it be the firewall dropping RST after the change?
> we checked, no change was done on VOS

Final update: the calls failing were due to our carrier's route to Portugal mobile, they had a problem with their upstream and answered 503. Carrier confirmed and fixed at 16:40. Not related to firewall or RST at all, our VOS config did not change in 3 months. Thanks for the quick check.

Obrigado,
João Pereira | NOC | Paraná Voz Telecom`),
    no(`Dear team,

Ticket #52590 — "cannot assign requested address" explained

We saw in the log of our SIP trunk monitor script: "connect: Cannot assign requested address". Turned out the script binds source to the IPv6 address 2800:...::10 which is not configured anymore on the server since the network change. Only 1 socket, nothing to do with ports running out. Fixed the script to use the IPv4 address.

Regards,
Carlos Méndez | NOC | Andina Carrier Services S.A.S.`),
    no(`Subject: pfSense RST issue was last year

Dear Support,
Ticket #8030. For the new colleague reading: last year we had calls dropping because the old pfSense dropped RST packets after RST mode was enabled. That pfSense was replaced in January and RST mode was turned off again anyway. Today's problem is different: customer cannot make calls to Germany, the VOS rejects with "no route". Please check the routing table for prefix 49.

Regards
Mehmet Yılmaz | NOC | Anadolu VoIP A.Ş.`),
    no(`Dear team,

Ticket #12350. The "address already in use" you see in the log of 02:00 is from the backup script, it starts a temporary rsync daemon on 873 and the previous night's one was still running. It is not the softswitch and not related to load, at 2am we have 3 CPS. We fixed the cron to kill the old one first.

Regards,
Kwame Mensah | NOC | GoldCoast Telecom Ltd`),
    no(`Subject: Unregistered phones - after the password change

Dear Team,
Ticket #64530. I know last month we had the NAT/RST problem with this same customer (Kilimani Dental) but this time it's not that. RST mode is Off since last month's fix. Today they are unregistered because their receptionist changed the password for the whole account in the portal. We will reset the password to the old one. Sorry for the confusion in my first mail.

Regards,
Wanjiku Kamau | NOC | Savannah Link Networks`),
    no(`Dear support,

Ticket #90260 — no, we did not enable RST

Your colleague asked if we enabled SS_TCP_CLOSE_RESET. No, we didn't. Output:
# grep -i close_reset /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="Off"
The unregistration of the Zarqa customers was from the expired TLS certificate on their SBC, they renewed it this morning and everything registered.

Regards,
Omar Haddad | NOC | Levant Voice Solutions`),
    no(`Subject: Test results from staging - no production issue

Dear Team,
Ticket #34040. We did a test in staging VOS (not production): enabled SS_TCP_CLOSE_RESET=On, and the test phones behind a home router on TCP lost registration like the manual says. Then we set it back to Off. We just wanted to see the behaviour before deciding anything. Production remains Off and untouched. Conclusion: we will not enable RST in production because we have many NAT customers.

Regards,
Sami Ben Salah | NOC | Carthage Telecom`),
    no(`Dear team,

Ticket #42030 — monitoring false alarm

Zabbix alarm "ephemeral ports exhausted" fired at 20:14. It's a false alarm: our template counted all sockets (including UDP and LISTEN) against the port range. Real TIME_WAIT at that moment was 520. No bind errors, no failed calls. We fixed the item key. Please ignore the auto-ticket.

Regards,
Abdullahi Warsame | NOC | Horn Telecom Solutions`),
    no(`Dear support,

Ticket #5650. Just for clarity: our calls dropping yesterday was NOT firewall RST. Firewall is an iptables conntrack box yes, but RST mode is off on VOS. The cause was the power failure in the DC's row B where our media server is. DC report attached.

Thanks,
Thabo Nkosi | NOC | Highveld Voice (Pty) Ltd`),
    no(`Subject: Invoice question (old incident)

Hi team,
Ticket #27440. In 2022 we had the port exhaustion incident (EADDRINUSE, thousands TIME_WAIT) and you did emergency support on a weekend. We received now an invoice for that weekend work, two years later. Can you check if this is correct? Our finance says it was covered by the contract. Nothing technical today.

Regards,
Sergio Quispe | NOC | Inca Telecom S.A.C.`),
    no(`Dear team,

Ticket #71120 — customer says "NAT problem", it is not

Customer in Agadir says their phones behind NAT are unregistered and they read it's due to RST. We checked: their phones use UDP (not TCP), and our RST setting is Off anyway. Their phones are unregistered because they moved to a new building and the phones are connected to a guest Wi-Fi with client isolation that blocks SIP. They will move them to the office VLAN.

Best regards,
Fatima Zahra El Idrissi | NOC | Atlas Telecom SARL`),
    no(`Subject: sockets in TIME_WAIT - after restart counter confusion

Hello,
Ticket #18970. Yesterday I wrote that we have 30,000 TIME_WAIT. Sorry, my mistake: I read the "Total" line of netstat -s (it's a counter since boot, "30412 TCP sockets finished time wait in fast timer"), not the current sockets. Current TIME_WAIT with ss is 230. No errors. Please ignore my previous email.

Regards
Ali Al-Hashimi | NOC | Rafidain Net`),
    no(`Dear Team,

Ticket #60250. Calls failing at 11:00 – 11:20 today. Not firewall and not RST (we don't use RST, and nobody changed anything in the firewall). Root cause: our VOS ran out of balance on the carrier account prepaid, carrier rejected with 402 Payment Required. Finance topped up at 11:18.

Regards
Nimal Perera | NOC | Lanka Voice Exchange`),
    no(`Subject: Ticket #8940 - "no new TCP connections" was carrier side

Dear team,
We reported yesterday that at peak we get no new TCP connections to carrier Everest. After analysis with them: the limit was on THEIR SBC (max 500 TCP connections per peer), they refused SYN from us above that. Our server had only 1,100 TIME_WAIT and plenty of free ports. They raised the limit. Issue closed.

Regards,
Suresh Adhikari | NOC | Himalayan Carrier Pvt Ltd`),
    no(`Dear team,

Ticket #39160. Customer said after our "RST change" their phones don't register. But we checked the change log: there was no RST change, the change on Tuesday was only new tariff table. Their problem is the router reset by the electrician, it lost port forwarding. Fixed by their IT.

Regards, Aung Kyaw Moe | NOC | Golden Land Telecom`),
    no(`Subject: RE: Ticket #58250 - BindException during training

Dear team,

> java.net.BindException: Address already in use

This was during our internal training session, the trainees ran two copies of the sample SIP client on the training laptop. Nothing to do with any server. I CC'd you by mistake on the training mail thread, apologies.

Regards,
Khalid Al-Otaibi | NOC | Najd Communications`),
    no(`Dear Support,

Ticket #24830 — please ignore RST question

Our partner asked if their FortiGate dropping RST could cause the failed calls we see. I checked in detail:
- SS_TCP_CLOSE_RESET="Off" on both VOS nodes, never changed (checked the config backup history since 2021)
- The partner's traffic is SIP over UDP
- The failures are 488 Not Acceptable Here, codec mismatch after they removed G729 from their offer
So it's a codec issue, the partner will add G729 back. RST / firewall is not involved.

Best regards,
Yusuf Karimov | NOC | Turon Telecom

-----Original Message-----
From: partner NOC (Tashkent IX)
> Dear Turon, our FortiGate is stateful and we read some VOS versions use RST to close SIP TCP, and that firewalls drop these. Could this explain the failed calls from our side since Monday?`),
  ],
  portExhaustion: [
    pe(`Subject: URGENT - Ticket #49100 calls failing at peak, TCP connect errors

Dear team,
Since 19:30 WAT about 30% of calls to our TCP carriers fail. In the softswitch log many lines like:
connect to 197.x.x.14:5060 failed: Cannot assign requested address
ss -s shows: TCP: 31240 (estab 1204, closed 29870, orphaned 3, timewait 29855/0)
Peak CPS now ~140. At 11pm when traffic drops it recovers by itself. Same pattern yesterday. Please check urgently, customers are complaining.

Regards,
Chinedu Okafor | NOC | Lagos Connect Ltd`),
    pe(`Dear Support, Ticket #50300. Every evening from 9pm the VOS cannot open new TCP connections to carriers, log full of "address already in use" on outgoing connect, netstat shows ~27k TIME_WAIT. Please help asap.

Muhammad Usman | NOC | Raabta Telecom`),
    pe(`Subject: RE: [Ticket #21160] outbound TCP failures

Hello team,

> From: Rakib Hasan
> Sent: Monday
> We see failed calls at peak hour to TCP carriers, log says bind error

More data as you asked:
# netstat -ant | grep TIME_WAIT | wc -l
41877
# cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
# sysctl net.ipv4.tcp_tw_reuse
net.ipv4.tcp_tw_reuse = 0
So around 28k ports available and 41k TIME_WAIT (different destinations). Failures start when CPS goes above 110 and stop after 23:00. No change done on our side, traffic just increased after the new Eid packages. CentOS 6, no ss command.

Regards
Rakib Hasan | NOC | Dhaka Voice Gateway Ltd.`),
    pe(`Dear Sir,

Ref: Ticket #77800

We are facing issue from last 3 days in evening peak (7pm-10pm IST). Calls towards our upstream over SIP TCP getting failed with 503 generated by our own VOS3000. In mbx3000 log:

ERROR: tcp connect 180.x.x.5:5060 error 99 (Cannot assign requested address)
ERROR: tcp connect 180.x.x.5:5060 error 99 (Cannot assign requested address)

Meanwhile TIME_WAIT count is between 25,000 and 32,000. Normal daytime around 3,000. Kindly do the needful and suggest the permanent fix.

Regards,
Priya Nair | NOC | Sangam Infocom Pvt Ltd`),
    pe(`Hi team, Ticket #3520.
Short summary: at peak (~160 CPS, all carriers on TCP) new outbound TCP connections from VOS fail, log says EADDRINUSE, and ss shows 45k sockets in TIME_WAIT. Off-peak fine. Please advise the tuning and if RST mode is recommended in our case; we have no NATed endpoints on TCP, only carriers with public IPs.

Regards, Ahmed Samir | NOC | NileLink Telecom`),
    pe(`Dear team,

Ticket #9260 - escalation level 2

This is our third email on this. Peak hour (8–10pm PHT) calls to our TCP trunks fail randomly. Our engineer collected:

Total: 38612 (kernel 38790)
TCP:   37901 (estab 982, closed 36850, orphaned 12, synrecv 0, timewait 36841/0), ports 0

and mbx3000 log at the same time "socket bind failed: Address already in use" when it tries to open the connection to the carrier. During the day TIME_WAIT is below 4,000. We need a fix before the weekend promo, traffic expected +40%.

Regards,
Mark Anthony Reyes | NOC | IslaTel Communications Inc.`),
    pe(`Subject: [Ticket #61480] No new TCP connections at peak CPS

Dear Support,
Our VOS3000 stops making new TCP connections to carriers when CPS goes above ~120. Existing calls continue. Thousands of TIME_WAIT (around 30.000 at 20:00 WIB). Kernel port range is default. Please apply the necessary fix, change window tonight 01:00 is approved by our manager.

Regards,
Budi Santoso | NOC | PT Nusantara Voice`),
    pe(`Dear team,

Ticket #45080.
From 18:00 to 21:00 the switch gives "cannot bind" in the log for outgoing SIP TCP to carrier Viettel-Global. We count TIME_WAIT with netstat: 52,300 at 20:15. CPS at that time around 200 because of the new call center customer. We think local ports are finished. Please confirm and do the tuning.

Thanks
Nguyen Van Hai | NOC | Saigon Net Voice JSC`),
    pe(`Subject: Ticket #80500 - softswitch log EADDRNOTAVAIL at peak

Dear team,
Our VOS3000 (CentOS 7) logs this at peak hour:
2024-05-20 20:41:13 [WARN] TCP out 58.x.x.9:5060 connect() errno=99 EADDRNOTAVAIL
2024-05-20 20:41:13 [WARN] TCP out 58.x.x.9:5060 connect() errno=99 EADDRNOTAVAIL
ss -tan state time-wait | wc -l -> 28,964
All our carrier interconnects are SIP over TCP. Problem started after traffic from the new customer (approx +60 CPS). Please advise fix.

Regards,
Li Wei | NOC | Huaxin Communication Co., Ltd.`),
    pe(`Dear support,

Ticket #1460. Vos3000 at evening peak: outgoing tcp to carriers fails "address already in use", ss -s timewait 33k. Day is ok. Need the fix please.

Dmitry Volkov | NOC | SibTelecom Transit LLC`),
    pe(`Subject: RE: RE: Ticket #30660 intermittent 503 to TCP carriers

Hi team,

Answers to your questions below:

> 1. Does it happen only at peak?
Yes, only 19h-22h BRT, when we are above 130 CPS.
> 2. Any error in the softswitch log?
Yes: "create tcp connection failed: Address already in use" many times per second.
> 3. Please send ss -s at the moment of the problem.
TCP: 29114 (estab 877, closed 28190, orphaned 4, timewait 28183/0)
> 4. Any change recently?
No config change. Only more traffic from the new Black Friday campaign.

Our kernel is 2.6.32 (CentOS 6). Please let us know the plan.

Obrigado,
João Pereira | NOC | Paraná Voz Telecom`),
    pe(`Dear team,

Ticket #52630 — ephemeral ports

At peak (~150 CPS) the VOS runs out of local ports: 27,000+ TIME_WAIT and new TCP connections to carriers fail with "Cannot assign requested address". This is the second night. Traffic after 22:00 recovers. Please fix.

Regards,
Carlos Méndez | NOC | Andina Carrier Services S.A.S.`),
    pe(`Subject: Java BindException in VOS log at peak hour

Dear Support,
Ticket #8070. Since we moved our big carrier (Türk Telekom International) to SIP TCP last week, every evening 20:00-22:30 calls fail. The VOS log shows:
java.net.BindException: Address already in use: connect
and TIME_WAIT sockets on the server reach ~40,000. When the peak ends, everything recovers without action. Before the move to TCP, with UDP, no problem. Please help, we cannot go back to UDP because the carrier requires TCP now.

Regards
Mehmet Yılmaz | NOC | Anadolu VoIP A.Ş.`),
    pe(`Dear team,

Ticket #12390. Please check our switch. At peak CPS ~100, outgoing TCP fails. We see 26 thousand TIME_WAIT. ip_local_port_range 32768 61000. tcp_tw_reuse 0. I think ports finish. Kindly advise.

Regards,
Kwame Mensah | NOC | GoldCoast Telecom Ltd`),
    pe(`Subject: Escalation - calls failing every evening (Ticket #64570)

Dear Team,

I'm escalating this to level 2 since the first-line answer ("restart the service") only helps for 20 minutes.

History:
- Mon 19:40 first complaints from resellers, ASR dropped from 52% to 31%
- Mon 19:55 we restarted mbx3000, calls OK until 20:15, then same again
- Tue and Wed same pattern between 19:30 and 22:00 EAT

What we checked:
- CPU 45%, RAM fine, disk fine
- Carriers confirm they don't receive our INVITEs for the failed calls
- The VOS log shows "tcp connect failed: Cannot assign requested address" to all TCP carriers
- netstat -ant | awk '{print $6}' | sort | uniq -c at 20:30:
    1102 ESTABLISHED
   31877 TIME_WAIT
      14 LISTEN

Our interconnects are all SIP over TCP. Peak CPS is about 130 now after the Safaricom promo. Please advise the permanent fix, we are losing money every night.

Regards,
Wanjiku Kamau | NOC | Savannah Link Networks | Nairobi
Mob: +254 7xx xxx 118 | noc@savannahlink.co.ke

-----Original Message-----
From: L1 Support
Sent: Tuesday 20:41
Subject: RE: Escalation - calls failing every evening

> Dear customer, please restart the mbx3000 service and monitor. If the issue persists kindly share logs.

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee.`),
    pe(`Dear support,

Ticket #90300 — no free local ports at peak

At 21:00 the VOS cannot open new TCP connections to our carriers. ss -s: timewait 29,880. Log: "bind: Cannot assign requested address". CPS around 125 (Ramadan evening traffic). Please treat as P1.

Regards,
Omar Haddad | NOC | Levant Voice Solutions`),
    pe(`Subject: RE: Ticket #34080

Dear Team,

> From our side we don't see anything wrong in the carrier. Please check your server.
> -- Carrier NOC

Forwarding the carrier's answer. I checked the server as they said: at 20:30 (peak, about 115 CPS) there are 34,200 sockets in TIME_WAIT and mbx3000 log says "connect: Address already in use" for outgoing TCP. After 23:00 TIME_WAIT goes down to 2,000 and no errors. So it's our server running out of ports, not the carrier. Please tell us the recommended sysctl values and if we should change the softswitch close mode.

Regards,
Sami Ben Salah | NOC | Carthage Telecom`),
    pe(`Dear team,

Ticket #42070. Calls fail at peak. TIME_WAIT 48k. "cannot assign requested address" when VOS connects to carriers over TCP. Please fix tonight if possible.

Regards,
Abdullahi Warsame | NOC | Horn Telecom Solutions`),
    pe(`Dear support,

Ticket #5690 — peak hour failures, port exhaustion suspected

Good day. We would like to escalate. On our VOS3000 between 17:00 and 20:00 SAST outgoing calls to the two carriers on SIP/TCP fail in big numbers. The mbx3000 log shows EADDRINUSE on the outgoing connect, and our TIME_WAIT graph (Zabbix) goes from 3k to 36k in that window. Our port range is still the default 32768-60999. We read in your knowledge base about tcp_tw_reuse and SS_TCP_CLOSE_RESET. All our TCP peers are carriers on public IPs, no phones on TCP. Please apply the fix you recommend in tonight's window.

Thanks,
Thabo Nkosi | NOC | Highveld Voice (Pty) Ltd`),
    pe(`Subject: calls dropping to TCP carriers at peak - Ticket #27480

Hi team,
When our traffic passes ~110 CPS in the evening, the VOS stops opening new TCP connections; in the log "Cannot assign requested address". TIME_WAIT around 30 mil (30,000). Please check, Claro traffic is heavy this week.

Regards,
Sergio Quispe | NOC | Inca Telecom S.A.C.`),
    pe(`Dear team,

Ticket #71160 — outgoing TCP failing

Pasting what our engineer saw at 20:50:

[root@vos1 ~]# ss -s
Total: 44210 (kernel 44390)
TCP:   43652 (estab 1390, closed 42210, orphaned 8, synrecv 0, timewait 42196/0), ports 0

[root@vos1 ~]# tail -3 /home/kunshi/mbx3000/log/mbx3000.log
... tcp connect to 105.x.x.30:5060 failed, err=98 Address already in use
... tcp connect to 105.x.x.30:5060 failed, err=98 Address already in use
... tcp connect to 41.x.x.8:5060 failed, err=98 Address already in use

CPS at that time 170. During the day no errors. Please advise quickly.

Best regards,
Fatima Zahra El Idrissi | NOC | Atlas Telecom SARL`),
    pe(`Subject: Ticket #19010 - TIME_WAIT flooding

Hello,
Every night after 20:00 the VOS have more than 35,000 TIME_WAIT and the calls to Zain and Asiacell over TCP start failing, the log writes bind error address already in use. We try restart, works 15 min only. CPS about 140. Please urgent help.

Regards
Ali Al-Hashimi | NOC | Rafidain Net`),
    pe(`Dear Team,

Ticket #60290.
At peak (around 95-105 CPS) our VOS3000 cannot establish new TCP sessions to carriers. netstat shows 24,000-28,000 TIME_WAIT, ports range default. Off peak normal. Error in log: BindException. Please recommend and apply fix.

Regards
Nimal Perera | NOC | Lanka Voice Exchange`),
    pe(`Subject: RE: Ticket #8980 - more info

Dear team,

> Please send the output of ss -s when it happens and the softswitch errors.

Sorry for the delay, the problem happened again today 19:10-21:40 NPT:
- timewait 31,450 (ss -s)
- mbx3000 log: "tcp_connect: cannot assign requested address" to 3 different TCP carriers
- CPS 120 (Dashain festival traffic)
Tomorrow is the biggest day of the festival, we expect 180 CPS. Please act today.

Regards,
Suresh Adhikari | NOC | Himalayan Carrier Pvt Ltd`),
    pe(`Dear team,

Ticket #39200. Evening peak the VOS cannot make new TCP connection to carriers, around 25k TIME_WAIT, error "address already in use". Please check.

Regards, Aung Kyaw Moe | NOC | Golden Land Telecom`),
    pe(`Subject: Ticket #58290 - P1 - outbound failures at peak

Dear team,

Summary: From 20:00 AST our VOS3000 fails to set up new SIP/TCP connections to STC and Mobily interconnects. About 40% failed calls at peak.

Checks done:
1. CPU 38%, memory OK, no disk issue.
2. Carriers confirm no INVITEs received for failed calls.
3. ss -s at 20:25: timewait 46,812.
4. softswitch log: "connect() failed (99: Cannot assign requested address)".
5. Port range: 32768 60999, tcp_tw_reuse=0.

The problem started after we increased the CPS limit for our largest customer from 80 to 200. We think it's local port exhaustion. We don't have phones on TCP, only carriers. Please confirm and apply the recommended fix (we read about RST mode + kernel tuning).

Regards,
Khalid Al-Otaibi | NOC | Najd Communications | Riyadh
Office: +966 11 xxx 4420 | Mobile: +966 5x xxx 7781

-----Original Message-----
From: Najd NOC shift B
Sent: Sunday 23:58
Subject: handover
> Peak tonight again bad. 20:10-22:40 failed calls to STC/Mobily, restart of mbx3000 at 21:05 helped ~10 min only. No alarms from CPU or memory. Please escalate to vendor tomorrow morning.

This e-mail is confidential. If you are not the intended recipient please notify the sender and delete it.`),
    pe(`Dear Support,

Ticket #24870 — peak failures

Short one: at 19:00–22:00 UZT outgoing TCP calls fail, ss -s shows timewait ~38k, log says EADDRINUSE. Off-peak fine. Please advise.

Best regards,
Yusuf Karimov | NOC | Turon Telecom`),
    pe(`Subject: Fwd: carrier complaint - Ticket #49220

Dear team,

Forwarding the carrier complaint, and our findings below.

> From: Interconnect NOC, Afrinet Wholesale
> We notice your traffic to us drops sharply every day around 20:00 GMT,
> and your SBC does not open new TCP connections for several minutes.

Our findings: at that hour the VOS is at ~150 CPS and TIME_WAIT goes above 30,000 sockets; mbx3000 log has many "Cannot assign requested address" on outgoing connect. It's our side, the server runs out of local ports. Please apply the kernel tuning and whatever you recommend for the close mode, we have only carrier peers on TCP.

Regards,
Chinedu Okafor | NOC | Lagos Connect Ltd`),
    pe(`Dear team,

Ticket #50340 — second server same problem

Yesterday you fixed VOS-1 for the TIME_WAIT / port problem. Today VOS-2 (the backup which took over traffic) has the same: 29k TIME_WAIT at peak and "address already in use" on new TCP connections to carriers. Please apply same fix on VOS-2. Path of softswitch.conf is different on this one: /opt/kunshi/mbx3000/etc/softswitch.conf.

Best regards,
Muhammad Usman | NOC | Raabta Telecom (Pvt) Ltd`),
    pe(`Subject: Ticket #21200 peak failures

Hello team,
All fine in day. At night peak the calls to TCP carriers fail. We see this:
Jun 14 21:07:55 vos mbx3000[2211]: SipTcpTransport: connect failed: Address already in use
Jun 14 21:07:55 vos mbx3000[2211]: SipTcpTransport: connect failed: Address already in use
TIME_WAIT more than 27000.

P.S. our CPS is 105 at that time, before Eid it was only 60.

Regards
Rakib Hasan | NOC | Dhaka Voice Gateway Ltd.`),
  ],
  natUnregistered: [
    nat(`Subject: RE: Ticket #49300 - phones unregistered since the TIME_WAIT fix

Dear team,
Since your engineer changed SS_TCP_CLOSE_RESET to On on Tuesday night (for the port exhaustion ticket #49100), our enterprise customers with phones behind NAT are going unregistered. They are Yealink phones on SIP over TCP behind MikroTik routers in their offices. Phones show "Registration failed" every few minutes then come back, incoming calls are missed. Customers with public IP on their PBX are fine. Please check urgently.

Regards,
Chinedu Okafor | NOC | Lagos Connect Ltd`),
    nat(`Dear Support, Ticket #50380. After RST mode was enabled yesterday, all the TCP phones behind customers' home routers show unregistered. UDP ones fine. Please check.

Muhammad Usman | NOC | Raabta Telecom`),
    nat(`Subject: Mass unregistration of NATed TCP endpoints (Ticket 21240)

Hello team,
From Thursday morning around 700 endpoints are losing registration. All of them are behind NAT (customer routers, many behind the ISP's CGNAT) and register over SIP TCP. On Wednesday night in the change window we enabled SS_TCP_CLOSE_RESET="On" and did reparse, as recommended for the TIME_WAIT issue. Since then these phones register, then after the connection is closed the NAT keeps the old mapping and the next REGISTER goes nowhere, so phones show unregistered until they reboot. Please advise — do we need to roll back?

Regards
Rakib Hasan | NOC | Dhaka Voice Gateway Ltd.`),
    nat(`Dear Sir,

Ref: Ticket #77850

After the change done by your team on 12th (softswitch close mode changed to RST to solve the TIME_WAIT), many of our SME customers complaining phones unregistered. These customers have Grandstream phones on TCP transport behind Jio/Airtel broadband routers (NAT). Earlier they were stable for months. Kindly check and revert ASAP, our helpdesk is receiving 50+ calls per day.

Regards,
Priya Nair | NOC | Sangam Infocom Pvt Ltd`),
    nat(`Hi team, Ticket #3560.

> From: NileLink NOC
> Change #CHG-889 done: SS_TCP_CLOSE_RESET=On, reparse OK, TIME_WAIT dropped from 40k to 3k.

Good news on TIME_WAIT, but since that change our hotel customers (phones behind a FortiGate NAT, registered over TCP) keep falling unregistered every 10-15 min. Nothing changed on the hotel side. Please look into it.

Regards, Ahmed Samir | NOC | NileLink Telecom`),
    nat(`Dear team,

Ticket #9300 - phones behind NAT unregistered after RST

This is an escalation of #9260 follow-up. After the port exhaustion fix (RST enabled on the VOS on Friday), our call center customers in Makati lost registration on about 200 softphones. They are behind a single MikroTik CCR doing NAT, transport TCP because their ISP blocks UDP 5060. Registration goes "Unregistered" randomly, agents miss inbound queue calls. Before Friday they were fine for a year.

What we checked: internet on site ok, MikroTik CPU 12%, no firewall change, passwords ok.

Please advise quickly, the customer is threatening to cancel.

Regards,
Mark Anthony Reyes | NOC | IslaTel Communications Inc.`),
    nat(`Subject: [Ticket #61520] TCP phones behind NAT losing registration

Dear Support,
Since SS_TCP_CLOSE_RESET was switched On last week, our customers' IP phones behind NAT routers (TP-Link, Huawei HG8245 ONT) lose registration. Only the ones configured with TCP transport. Please check.

Regards,
Budi Santoso | NOC | PT Nusantara Voice`),
    nat(`Dear team,

Ticket #45120.
Customer with 35 phones behind a Draytek (NAT), SIP over TCP, unregistered many times per day since Monday. Monday is the day you enabled RST on our switch for the TIME_WAIT. Other customers with public IP no problem. Please roll back or tell us what to do on the Draytek.

Thanks
Nguyen Van Hai | NOC | Saigon Net Voice JSC`),
    nat(`Subject: Ticket #80540 - unregistered endpoints after close mode change

Dear team,
Timeline:
- 14 May 01:00: SS_TCP_CLOSE_RESET set to On on VOS-SZ-01, reparse.
- 14 May 08:30: first complaints, office phones unregistered.
- 14 May 10:00: 410 endpoints unregistered, all behind NAT (company routers, some behind carrier-grade NAT of China Mobile broadband), all using TCP.
- Endpoints with UDP or public IP: not affected.
We suspect the RST close confuses the NAT devices. Please confirm and advise the fix.

Regards,
Li Wei | NOC | Huaxin Communication Co., Ltd.`),
    nat(`Dear support,

Ticket #1500. after you enabled rst mode, phones behind natted routers (keenetic, mikrotik) on tcp become unregistered. many complaints. pls check.

Dmitry Volkov | NOC | SibTelecom Transit LLC`),
    nat(`Subject: RE: Ticket #30700 - resolved TIME_WAIT but new problem

Hi team,

Thank you for the fix on the TIME_WAIT issue, peak is fine now. But:

> Our corporate customers with phones behind NAT started to lose registration

This started the same night the RST mode (SS_TCP_CLOSE_RESET=On) was applied. Phones are Intelbras and Yealink, registering over TCP through the customer's router (NAT). They appear unregistered in VOS and don't receive calls until they re-register. Customers with UDP not affected. We have about 120 of these customers.

Obrigado,
João Pereira | NOC | Paraná Voz Telecom`),
    nat(`Dear team,

Ticket #52670 — phones unregistered after RST

Phones behind NAT (home routers, Movistar and Claro CPEs) using SIP TCP went unregistered after we enabled SS_TCP_CLOSE_RESET last night. About 90 customers. Please help.

Regards,
Carlos Méndez | NOC | Andina Carrier Services S.A.S.`),
    nat(`Subject: Ticket #8110 - NAT customers unregistered

Dear Support,
After your change yesterday night (softswitch now closes TCP with reset instead of FIN), our customers behind NAT are losing registration. Example: Ege Tekstil, 40 Yealink T33G behind a Zyxel router, SIP/TCP. Phones show the "!" icon, VOS shows offline. They need to reboot to register again. Please fix before morning shift.

Regards
Mehmet Yılmaz | NOC | Anadolu VoIP A.Ş.`),
    nat(`Dear team,

Ticket #12430. Since the change of Friday (RST close) our SME customers in Osu and East Legon, phones on TCP behind MikroTik hAP routers, drop off registration several times a day. Customers with UDP phones no complaint. I have 17 tickets from them today. Please we need quick answer.

Regards,
Kwame Mensah | NOC | GoldCoast Telecom Ltd`),
    nat(`Subject: Escalation - customers unregistered (Ticket #64610)

Dear Team,

I'm escalating this from our helpdesk.

Background: on Sunday your team applied the fix for the peak-hour port problem (ticket #64570): kernel tuning and SS_TCP_CLOSE_RESET switched to On. The peak problem is solved, thanks.

New problem: from Monday morning our business customers are losing registration. Common points:
- all of them are behind NAT (Safaricom/Zuku home and business routers, some MikroTik hAP)
- all register over SIP TCP (we moved them to TCP last year because of SIP ALG issues)
- the phones register OK after reboot, then a few minutes later show unregistered
- customers on UDP or with public IP are not affected

Quoting one customer:
> our phones show registered in the morning then by 10am they are all offline, we reboot and again

Please advise if we should roll back the RST change or if there is a way to keep it only for carriers.

Regards,
Wanjiku Kamau | NOC | Savannah Link Networks | Nairobi

P.S. one of the affected customers is a hospital (Aga Khan clinic in Parklands), their reception phones are the priority.

-----Original Message-----
From: Helpdesk Savannah Link
Subject: FW: phones offline again
> Customer: Westlands Law Chambers, 12 Yealink T31P, TCP, behind their MikroTik hAP ac2. Offline since Monday 09:10. Rebooted twice.`),
    nat(`Dear support,

Ticket #90340 — Zarqa branch phones

Customer's 25 phones behind their Huawei router (NAT), TCP transport, unregistered since we turned SS_TCP_CLOSE_RESET On on Saturday. Before that no issue. Please check.

Regards,
Omar Haddad | NOC | Levant Voice Solutions`),
    nat(`Subject: RE: Ticket #34120

Dear Team,

> Change done 03:00: SS_TCP_CLOSE_RESET="On", service mbx3000d reparse

After this change, since morning our small business customers behind NAT lose registration (TCP). Phones are Fanvil X3, routers are the Tunisie Telecom CPE. Please investigate.

Regards,
Sami Ben Salah | NOC | Carthage Telecom`),
    nat(`Dear team,

Ticket #42110. Phones behind NAT going unregistered, all on TCP, started right after RST mode enabled yesterday. Somali customers behind Hormuud CGNAT mostly. Please advise.

Regards,
Abdullahi Warsame | NOC | Horn Telecom Solutions`),
    nat(`Dear support,

Ticket #5730 — unregistered after RST change

After the RST change on Tuesday (SS_TCP_CLOSE_RESET=On for the TIME_WAIT problem) some customers report their phones offline. We looked: all are behind NAT (home fibre routers from Vumatel/Openserve and a few MikroTiks), registering with TCP. The VOS shows them unregistered after the TCP connection closes and the phone doesn't notice. Customers with a PBX on public IP are fine.

We need a solution that keeps the peak problem fixed but doesn't break these customers. Please advise.

Thanks,
Thabo Nkosi | NOC | Highveld Voice (Pty) Ltd`),
    nat(`Subject: Phones unregistered (Ticket #27520)

Hi team,
Since you activated the RST close on our VOS, many phones behind NAT (home routers, Bitel/Movistar CGNAT) using SIP TCP are unregistered. Please help, we have many complaints today.

Regards,
Sergio Quispe | NOC | Inca Telecom S.A.C.`),
    nat(`Dear team,

Ticket #71200 — after close_reset change

Our VOS config now has SS_TCP_CLOSE_RESET="On" (changed 3 days ago by your engineer for the peak issue). Since then:
- 60+ customers behind NAT (Maroc Telecom Livebox, Orange routers) on SIP TCP lose registration several times per hour
- VOS shows them unregistered; phone shows registered until next refresh fails
- Customers on UDP fine
Please advise whether to roll back.

Best regards,
Fatima Zahra El Idrissi | NOC | Atlas Telecom SARL`),
    nat(`Subject: Ticket #19050 phones offline behind NAT

Hello,
Sir after your change Sunday (RST mode on for the TIME_WAIT), our customers in Erbil and Basra with phones behind NAT router, TCP transport, are offline many times in the day. On VOS we see them unregistered, on phone it say registered. Customers with UDP no problem. Please fix quickly.

Regards
Ali Al-Hashimi | NOC | Rafidain Net`),
    nat(`Dear Team,

Ticket #60330.
Update on the customer complaints: all affected customers are behind NAT (SLT fibre routers, Dialog 4G routers which are CGNAT) and use TCP transport. Problem started Wednesday after we enabled SS_TCP_CLOSE_RESET. Phones unregistered until reboot. Please suggest.

Regards
Nimal Perera | NOC | Lanka Voice Exchange`),
    nat(`Subject: RE: Ticket #9020 - new issue after fix

Dear team,

The port problem is gone since the fix, thank you. New issue: corporate customers with phones behind NAT (their MikroTik routers) and TCP transport lose registration since that day. Could it be related?

P.S. the fix was: tcp_tw_reuse=1, port range 1024-65535, and SS_TCP_CLOSE_RESET On.

Regards,
Suresh Adhikari | NOC | Himalayan Carrier Pvt Ltd`),
    nat(`Subject: Yangon office phones not register

Dear team, Ticket #39240.
Customer KBZ branch office say phones not register from Monday morning. 22 phone Yealink, TCP, behind their MikroTik (NAT). Sunday night we change SS_TCP_CLOSE_RESET to On for port problem. Other customer with TCP behind router also same complain. Pls advice.

Regards, Aung Kyaw Moe | NOC | Golden Land Telecom`),
    nat(`Subject: Ticket #58330 - customers unregistered after change #CHG-221

Dear team,

Change CHG-221 (Saturday 02:00): kernel tuning + SS_TCP_CLOSE_RESET="On" to solve the peak outbound failures. Outbound is fine now.

But since Saturday morning:
- About 300 enterprise endpoints are going unregistered
- All of them are behind NAT (customer FortiGates and home routers doing NAT, some STC business CPE)
- All use SIP over TCP (we require TCP for enterprise)
- After a reboot they register, then lose it again after some minutes
- UDP and public-IP endpoints not affected

Our understanding from the manual is that RST confuses NAT devices. Please advise the best approach: roll back RST and keep only kernel tuning?

Regards,
Khalid Al-Otaibi | NOC | Najd Communications | Riyadh

P.S. Attached the list of the 300 endpoints with their public IPs; you will see most of them are many phones behind one IP, that's the NAT.`),
    nat(`Dear Support,

Ticket #24910 — offline phones

Since Friday (the day SS_TCP_CLOSE_RESET was set On) about 80 endpoints from Samarkand region are unregistered every hour or so. All are behind Uztelecom CGNAT and use TCP. Reboot helps for a while. Please advise.

Best regards,
Yusuf Karimov | NOC | Turon Telecom`),
    nat(`Subject: Ticket #49340 - Lekki customers offline

Dear team,
Our customers in Lekki and VI (home and small office, behind MTN/Spectranet routers with NAT, phones set to TCP) are unregistered most of the day since Wednesday. Wednesday is when SS_TCP_CLOSE_RESET was put On on our VOS (ticket #49100 fix). Before that, stable. Please check and advise.

Regards,
Chinedu Okafor | NOC | Lagos Connect Ltd`),
    nat(`Dear team,

Ticket #45160 — Ho Chi Minh office phones

> From: customer IT
> Since Tuesday our phones show "Account not registered" many times per day. We did not change anything.

Our check: customer has 50 Yealink on TCP behind their Fortinet doing NAT. On Tuesday we enabled RST mode on the VOS for another issue. Other customers behind NAT with TCP also complain. Please confirm the relation and the fix.

Thanks
Nguyen Van Hai | NOC | Saigon Net Voice JSC`),
    nat(`Subject: RE: RE: Ticket #61560

Dear Support,

> > Did anything change on the VOS?
> Yes, on 3 June SS_TCP_CLOSE_RESET was changed to On.

Thank you for confirming. So our customers' phones behind NAT (IndiHome routers, SIP TCP) unregistered since 3 June is because of that. Please give us the rollback procedure and any alternative to keep TIME_WAIT low.

Regards,
Budi Santoso | NOC | PT Nusantara Voice`),
  ],
  firewallRst: [
    fw(`Subject: Ticket #49400 - calls failing through FortiGate after RST change

Dear team,
Since SS_TCP_CLOSE_RESET was changed to On on our VOS3000, calls to and from our biggest reseller fail often (about 25%). Their traffic passes our FortiGate 200F. In the FortiGate traffic log we see many entries for the VOS IP with "action=deny, msg='session not found, drop RST'" on TCP 5060. Before the change we had zero such drops. Please advise how to fix, the reseller is escalating.

Regards,
Chinedu Okafor | NOC | Lagos Connect Ltd`),
    fw(`Dear Support, Ticket #50420. After enabling RST mode on VOS, calls over our pfSense started failing, and the pfSense log is full of blocked TCP:R packets from the VOS on port 5060. Please help.

Muhammad Usman | NOC | Raabta Telecom`),
    fw(`Subject: Calls dropping after RST mode - iptables INVALID

Hello team, Ticket 21280.
After we enabled SS_TCP_CLOSE_RESET="On" last week, TCP calls to our carrier through the Linux firewall (iptables with conntrack, in front of VOS) started to fail, some calls drop after a few seconds, some never connect. We added a LOG rule before the INVALID drop and see:
IN=eth1 OUT=eth0 SRC=10.1.1.5 DST=202.x.x.10 PROTO=TCP SPT=42331 DPT=5060 RST
repeated many times, dropped by "-m conntrack --ctstate INVALID -j DROP". So the firewall is dropping the RST packets the VOS sends. What is your recommendation?

Regards
Rakib Hasan | NOC | Dhaka Voice Gateway Ltd.`),
    fw(`Dear Sir,

Ref: Ticket #77900

Post the RST change (softswitch close mode = reset), calls through our Cisco ASA are failing intermittently. ASA syslog shows:
%ASA-6-106015: Deny TCP (no connection) from 10.20.1.5/5060 to 180.x.x.5/38122 flags RST on interface inside
thousands per hour. Before the change nothing like this. Kindly advise the fix, whether on ASA or on VOS side.

Regards,
Priya Nair | NOC | Sangam Infocom Pvt Ltd`),
    fw(`Hi team, Ticket #3600.
Since RST mode was enabled, calls from the hotel chain's sites via their FortiGates fail; their Forti admin sent logs showing the RST packets from our VOS being dropped as "no session matched". Please check.

Regards, Ahmed Samir | NOC | NileLink Telecom`),
    fw(`Dear team,

Ticket #9340 - escalation, call failures after RST mode

Background: on Friday your team enabled RST mode (SS_TCP_CLOSE_RESET=On) to fix the TIME_WAIT problem. TIME_WAIT is fine now.

Problem: since Saturday, calls between our VOS and the Globe interconnect (SIP TCP) fail randomly, ~15-20% at peak. The traffic goes through our Palo Alto PA-3220. Our security team found in the Palo Alto traffic logs many "tcp-rst-from-server" packets from the VOS being dropped with reason "packet does not match any session / out of window". Then the carrier side keeps a half-open connection and the next INVITE on it times out.

We need a solution that doesn't bring back the TIME_WAIT issue. Please advise.

Regards,
Mark Anthony Reyes | NOC | IslaTel Communications Inc.

-----Original Message-----
From: Globe Interconnect NOC
Sent: Sunday 21:03
> Hi IslaTel, we see a lot of stale TCP sessions from your side on our SBC since yesterday, and INVITEs arriving on them time out. Please check your end, our config is unchanged.`),
    fw(`Subject: [Ticket #61600] Failed calls - firewall drops RST

Dear Support,
After SS_TCP_CLOSE_RESET set On, some calls fail. Our Sophos XGS log shows RST from VOS dropped (invalid TCP state). Please advise.

Regards,
Budi Santoso | NOC | PT Nusantara Voice`),
    fw(`Dear team,

Ticket #45200.
Carrier says our new TCP calls fail since Monday. Monday is when we switched RST on. Our firewall in front of VOS is pfSense and in Status > System Logs > Firewall we see "Default deny rule IPv4 (1000000103)" blocking packets TCP:RA from VOS to carrier. Looks like pfSense drops the RST because the state is already closed. Please confirm and advise.

Thanks
Nguyen Van Hai | NOC | Saigon Net Voice JSC`),
    fw(`Subject: Ticket #80580 - conntrack dropping RST after close mode change

Dear team,
After setting SS_TCP_CLOSE_RESET="On", calls across our gateway firewall (CentOS 7, iptables, conntrack) are failing. conntrack -S shows "invalid" counter increasing fast (from 200 to 180,000 in one day) and our log rule shows the dropped packets are RST from VOS port 5060. The carrier side then does not know the connection is closed. Please advise the correct iptables rule or rollback.

Regards,
Li Wei | NOC | Huaxin Communication Co., Ltd.`),
    fw(`Dear support,

Ticket #1540. after rst mode on, calls fail via our mikrotik firewall, in log the rst packets from vos dropped as invalid connection-state. pls help.

Dmitry Volkov | NOC | SibTelecom Transit LLC`),
    fw(`Subject: RE: Ticket #30740 - calls dropping since Thursday

Hi team,

> Did you see any drop in your firewall?

Yes. Our FortiGate 100F shows (diagnose debug flow):
id=20085 trace_id=12 func=print_pkt_detail line=5665 msg="vd-root:0 received a packet(proto=6, 10.0.0.5:5060->187.x.x.20:40210) tcp flags=[R]"
id=20085 trace_id=12 func=fw_forward_handler line=721 msg="Denied by forward policy check"
This started right after we enabled SS_TCP_CLOSE_RESET on Thursday night. Calls to the carrier on TCP fail around 10% since then. Please tell us what to change.

Obrigado,
João Pereira | NOC | Paraná Voz Telecom`),
    fw(`Dear team,

Ticket #52710 — RST dropped by firewall

Since RST mode was enabled, our Check Point firewall drops RST packets from the VOS ("TCP packet out of state: First packet isn't SYN tcp_flags: RST-ACK"). Calls to TCP carriers failing. Please advise.

Regards,
Carlos Méndez | NOC | Andina Carrier Services S.A.S.`),
    fw(`Subject: Ticket #8150 - call failures after RST

Dear Support,
After you enabled RST mode on our switch (for the TIME_WAIT problem), calls towards our carrier through our FortiGate started failing. The FortiGate admin says the RST packets are dropped because the session was already removed. Carrier keeps the dead TCP connection and sends next INVITE into it. Please fix.

Regards
Mehmet Yılmaz | NOC | Anadolu VoIP A.Ş.`),
    fw(`Dear team,

Ticket #12470 (follow-up of #12390)

Peak is ok now, thanks. But one thing: since that night some calls to MTN interconnect never connect, 408 after 32s. Our firewall is a CentOS box with iptables, and "iptables -vnL" shows the counter of the rule "-m state --state INVALID -j DROP" jumped from some hundreds to 2.4 million. tcpdump on the inside shows the packets hitting it are the resets from the VOS (flags [R.]) that the softswitch now sends when closing, since you put SS_TCP_CLOSE_RESET to On.

Regards,
Kwame Mensah | NOC | GoldCoast Telecom Ltd`),
    fw(`Subject: Escalation - call failures after the RST change (Ticket #64650)

Dear Team,

Escalating to level 2.

History:
- Sunday: SS_TCP_CLOSE_RESET switched to On (ticket #64570) together with kernel tuning.
- Monday: peak problem solved.
- Tuesday onwards: calls to/from our two TCP carriers fail at random, ASR down from 52% to 44%.

What we checked:
- VOS log: INVITE sent, no response, then 408.
- Carrier: they say they receive nothing on a "connected" TCP session; their side still thinks the old connection is up.
- Our pfSense (in front of VOS): the firewall log shows the RST packets from VOS towards the carriers blocked, "TCP:R" and "TCP:RA" with the default deny rule, hundreds per minute.

So my reading: the RST from VOS never arrives at the carrier because pfSense blocks it, carrier keeps a stale connection.

> From: Carrier NOC
> We see your TCP connections never closed properly since Tuesday.

Please advise whether to roll back RST or change pfSense.

Regards,
Wanjiku Kamau | NOC | Savannah Link Networks | Nairobi
Mob: +254 7xx xxx 118

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you received it by mistake please delete.`),
    fw(`Dear support,

Ticket #90380 — calls fail after RST mode

Since SS_TCP_CLOSE_RESET=On, calls via our Juniper SRX fail. SRX logs "TCP RST dropped, no session". Please advise.

Regards,
Omar Haddad | NOC | Levant Voice Solutions`),
    fw(`Subject: RE: Ticket #34160

Dear Team,

> Change done 03:00: SS_TCP_CLOSE_RESET="On", service mbx3000d reparse

Since this change, calls via our iptables firewall fail sometimes. dmesg shows lines from our log rule "INVALID-DROP: ... PROTO=TCP SPT=5060 ... RST URGP=0". Please advise.

Regards,
Sami Ben Salah | NOC | Carthage Telecom`),
    fw(`Dear team,

Ref Ticket #42150. Calls fail on Dahabshiil corporate link since yesterday night change (TCP close with reset activated on vos). Their Fortigate 60F log: "action=deny" "msg=no session matched" for pkts from our switch with flag R. Before change ok. Kindly help, they are big customer.

Mahadsanid,
Abdullahi Warsame | NOC | Horn Telecom Solutions`),
    fw(`Dear support,

Ticket #5770 — calls failing after RST mode, firewall

After RST mode was switched on (Tuesday) our calls to Vodacom interconnect over TCP fail in about 1 of 8 attempts. The path goes through our own FortiGate cluster. I asked our firewall guy and he found the RST packets sent by VOS are dropped by the FortiGate with "no session matched" because the FortiGate already closed the session. So the carrier side never sees the reset and uses the dead connection for the next call, which then times out.

Options we see: roll back RST, or allow RST through the FortiGate (set "tcp-mss"/"anti-replay" something?). Please advise the correct config.

Thanks,
Thabo Nkosi | NOC | Highveld Voice (Pty) Ltd`),
    fw(`Subject: Ticket #27560 llamadas fallando / calls failing

Hi team,
Sorry my english. Since you activated the RST close last Thursday, calls to Entel over TCP fail some times (not all). Our pfSense is in the middle and in Status > System Logs > Firewall we see "block" for the VOS packets with flags TCP:R. Entel say they have many connections open from us that we closed. Please help, gracias.

Regards,
Sergio Quispe | NOC | Inca Telecom S.A.C.`),
    fw(`Dear team,

Ticket #71240 — RST and our firewall

After SS_TCP_CLOSE_RESET="On" (3 days ago), calls through our Stormshield firewall to carriers fail intermittently. Stormshield alarm log: "TCP packet with RST flag out of session - blocked". Carriers complain their side keeps dead sessions. Please advise.

Best regards,
Fatima Zahra El Idrissi | NOC | Atlas Telecom SARL`),
    fw(`Subject: Ticket #19090 - Asiacell calls failing since Sunday

Hello,
Sir the TIME_WAIT problem is finish after your change Sunday, thank you. But now Asiacell calls fail maybe 15%. Our network team check the FortiGate and they find the RST packets from the VOS are blocked with "no session matched". Asiacell say they see old TCP connection still open from our side. Before Sunday the switch close with FIN and there was no this problem. What we do?

Regards
Ali Al-Hashimi | NOC | Rafidain Net`),
    fw(`Dear Team,

Ticket #60370.
Calls to carriers failing intermittently since Wednesday when we enabled SS_TCP_CLOSE_RESET. Our firewall (iptables with conntrack) is dropping the RST packets (INVALID state). Before Wednesday no issue. Please advise.

Regards
Nimal Perera | NOC | Lanka Voice Exchange`),
    fw(`Subject: RE: Ticket #9060 - calls failing since fix

Dear team,

The port exhaustion is solved, thank you. But since the fix, calls via our Cisco ASA to two carriers fail intermittently. ASA log shows "Deny TCP (no connection) ... flags RST".

P.S. the fix included SS_TCP_CLOSE_RESET On, as you know.

Regards,
Suresh Adhikari | NOC | Himalayan Carrier Pvt Ltd`),
    fw(`Subject: call fail MPT route

Dear team, Ticket #39280.
From 2 days MPT route calls fail ~10%. Our Linux firewall log says dropping INVALID packets, all are RST from vos 5060. 2 days ago your engineer make SS_TCP_CLOSE_RESET=On. I think related? Pls check.

Regards, Aung Kyaw Moe | NOC | Golden Land Telecom`),
    fw(`Subject: Ticket #58370 - outbound calls failing after CHG-221

Dear team,

Change CHG-221 (Saturday 02:00): kernel tuning + SS_TCP_CLOSE_RESET="On". Outbound port issue solved.

New issue since Sunday: calls to Mobily interconnect (SIP TCP) fail around 12%. Path: VOS -> our FortiGate 600E -> Mobily SBC.

Our security team's findings:
- FortiGate logs show RST packets from VOS to Mobily SBC dropped, "session not found"
- Mobily SBC keeps TCP connections open that we consider closed
- Our next INVITE goes on a new connection but Mobily SBC has a per-peer connection limit and rejects the SYN when too many stale connections

Please confirm the cause and the recommended fix (roll back RST vs FortiGate config).

Regards,
Khalid Al-Otaibi | NOC | Najd Communications | Riyadh`),
    fw(`Dear Support,

Ticket #24950 — firewall drops RST

Since RST close mode was enabled on Friday, calls through our pfSense fail sometimes. pfSense log: blocked TCP:R from VOS. Please advise.

Best regards,
Yusuf Karimov | NOC | Turon Telecom`),
    fw(`Subject: Ticket #49440 - reseller calls dropping mid-call

Dear team,
Our reseller's calls drop after 20–40 seconds, and new calls sometimes don't connect, since Wednesday. Wednesday is when SS_TCP_CLOSE_RESET went On on our VOS. The reseller's Cisco ASA log shows "Deny TCP (no connection) from our VOS/5060 flags RST" many times. They say their ASA is stateful and drops those resets. Please advise what to do.

Regards,
Chinedu Okafor | NOC | Lagos Connect Ltd`),
    fw(`Dear team,

Ticket #45240 — Binh Duong factory, calls failing

Customer IT sent us this from their WatchGuard Firebox (they connect to our VOS with SIP TCP):
2024-06-11 09:14:22 Deny 113.x.x.20 10.8.0.15 sip/tcp 5060 50122 ext-1 trusted tcp flags R "Unhandled External Packet"
2024-06-11 09:14:22 Deny 113.x.x.20 10.8.0.15 sip/tcp 5060 50187 ext-1 trusted tcp flags R "Unhandled External Packet"
113.x.x.20 is our VOS. These started the same day we changed the close mode to RST. Their calls fail about 1 in 6, the IP PBX keeps the dead connection. Please advise.

Thanks
Nguyen Van Hai | NOC | Saigon Net Voice JSC`),
    fw(`Subject: Ticket #61640 - Telkom interconnect failures

Dear Support,
Short update for the shift handover. Calls to Telkom over TCP still failing intermittently. Confirmed cause by our security team: our iptables/conntrack firewall drops the reset packets the softswitch now sends (we enabled the RST option on 3 June), they are counted as INVALID. Telkom SBC keeps the stale connection. Waiting your advice: roll back, or rule to accept RST for SIP TCP?

Regards,
Budi Santoso | NOC | PT Nusantara Voice`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the thirty-sixth tuning split. */
export const tuning36Set: readonly EvalItem[] = Object.values(tuning36Families).flat();
