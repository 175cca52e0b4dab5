import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * The forty-first tuning split, by family: NOC shift handovers and monitoring alerts forwarded
 * into the support chat (Zabbix, Nagios, Prometheus/Alertmanager, Grafana, PRTG, LibreNMS), each a
 * pasted alert with or without a line or two from the engineer on shift, or a handover note alone.
 * Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words
 * denied or explained) and three positive families of 30 (port exhaustion, NATed phones
 * unregistered after RST mode, a stateful firewall dropping RST). Written as the forty-first never-tuned
 * set, before the twenty-sixth round of rules, by someone who had read only the playbooks' symptoms
 * and the domain notes, without the matcher, its rules or the other sets in view; measured as such
 * before and after the twenty-sixth and the twenty-seventh rounds, then made tuning material for the
 * twenty-eighth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 96.7 %, negatives confident 5.9 %, confident wrong 0 % with the rules of the
 * twenty-fifth round, and the same after the twenty-sixth and the twenty-seventh.
 */
export const tuning41Families = {
  oneListeningPort: [
    no(`** PROBLEM Service Alert: vos-web01/HTTPS portal is CRITICAL **
Service: HTTPS portal
Host: vos-web01
Address: 10.20.1.15
State: CRITICAL
Date/Time: Tue Mar 12 03:41:09 UTC 2024
Additional Info: connect to address 10.20.1.15 and port 443: Connection refused

night shift: nginx won't come back after the yum update, journal says bind() to 0.0.0.0:443 failed (98: Address already in use). httpd got pulled in as a dependency and grabbed 443 first. Portal down for resellers, calls not affected.`),
    no(`Problem started at 01:12:44 on 2024.05.03
Problem name: MySQL is down on vos-db02
Host: vos-db02
Severity: Disaster
Operational data: mysql.ping = 0

tried systemctl start mysqld, error log: "Can't start server: Bind on TCP/IP port: Address already in use ... Do you already have another mysqld server running on port: 3306 ?" the old mysqld_safe from the crash is still hanging there. who has root on this box?`),
    no(`Handover: VOS web (tomcat) on sw-kl-02 didn't start after the reboot, catalina.out shows java.net.BindException: Address already in use <null>:8080. A leftover java from the old install is listening on 8080. Didn't kill it, needs approval. Softswitch and calls are fine, only the web UI is out.`),
    no(`[FIRING:1] TargetDown (vos-sw07:9100 node)
Labels: alertname=TargetDown job=node instance=vos-sw07:9100 severity=warning
Annotations: summary=Prometheus cannot scrape node_exporter on vos-sw07
Value: 0

exporter is crashlooping with "listen tcp :9100: bind: address already in use". someone installed the node_exporter rpm next to our own binary, two of them fight for 9100. monitoring gap only.`),
    no(`LibreNMS Alert for device sip-edge-3 - SIP OPTIONS check failed
Severity: critical
Timestamp: 2024-02-19 04:02:31
Faults:
  #1: service sip udp/5060 critical, no response

found it: the asterisk the vendor tech installed for IVR testing starts at boot and took 5060 before VOS did, mbx3000 log says failed to bind 5060. stopped + disabled asterisk, VOS bound again at 04:20.`),
    no(`Grafana [Alerting] Provisioning API health
probe_success{target="prov.example.net:8000"} = 0

docker-compose up fails with "Error starting userland proxy: listen tcp4 0.0.0.0:8000: bind: address already in use". The container from yesterday's deploy is still running. Will docker rm it when the dev is online, phones keep their current config meanwhile.`),
    no(`PRTG: [noc-mon01] HTTP (Grafana :3000) Down (Connection refused)

grafana-server failed after the upgrade: "listen tcp 0.0.0.0:3000: bind: address already in use". The metabase somebody was testing sits on 3000 too. Dashboards offline overnight, sorry, alerts still go out from Alertmanager.`),
    no(`Zabbix: Zabbix agent on vos-sw11 is unreachable for 5 minutes

zabbix_agentd.log: "cannot start agent: listener failed: bind() for [[-]:10050] failed with error 98: Address already in use". Both zabbix-agent and zabbix-agent2 were installed. Removed agent2 at 02:30, green again.`),
    no(`quiet night so I'm working on the reseller portal, npm start on the staging VM says "Error: listen EADDRINUSE: address already in use :::3000". nothing in monitoring, not the VOS, just my dev server. any idea which service is on 3000 there?`),
    no(`PROBLEM: snmpd on vos-sw04 CRITICAL - No response from remote host '10.9.0.4'

snmpd refuses to start: Error opening specified endpoint "udp:161", bind: Address already in use. The old net-snmp from the vendor image is still running beside the new one. Graphs for sw04 flat since 23:10.`),
    no(`Handover 06:00 — customer portal on vos-pk-01 down 02:00-03:15. Cause: httpd couldn't bind port 80 (Address already in use), someone had started a python -m http.server on 80 for a quick file transfer and left it. Killed it, httpd up, noted in ticket #4471.`),
    no(`[FIRING:1] ProbeFailed instance=https://billing.example.net job=blackbox severity=critical

billing app on 8443 throws "java.net.BindException: Address already in use: bind" at startup, the previous JVM never exited after the OOM. kill -9 on the stale pid and start, [RESOLVED] came at 04:02.`),
    no(`Zabbix problem: Redis is down on cdr-cache01 (redis.ping = 0)

"Could not create server TCP listening socket *:6379: bind: Address already in use". redis was started twice, once by systemd and once in a screen session by someone. Killed the screen one, CDR search working.`),
    no(`Grafana alert FIRING: SIP TCP listener check on sbc-fra2 = 0 (threshold < 1)

kamailio log: "ERROR: bind(...) on 0.0.0.0:5060 tcp: Address already in use". VOS mbx3000 on the same box already owns 5060. Who put kamailio on this server?? It was meant to go on sbc-fra3.`),
    no(`PRTG: [lb01] Service haproxy Down (Service stopped)

"Starting proxy sip_tls: cannot bind socket [0.0.0.0:5061]". The stunnel from the old TLS setup still listens on 5061. Disabled stunnel, haproxy up, TLS phones reconnected.`),
    no(`LibreNMS web not loading this morning. php-fpm: "unable to bind listening socket for address '127.0.0.1:9000': Address already in use (98)". I think it's the xdebug container someone left running on 9000. Handing over to Tomasz, alerts still come by mail.`),
    no(`Nagios WARNING: tftp provisioning on prov02 - no response to RRQ

in.tftpd: cannot bind to local IPv4 socket: Address already in use — dnsmasq has its tftp option enabled too. New phones can't pull configs, registered ones are fine.`),
    no(`Zabbix: NTP service is down on vos-sw02

ntpd: "unable to bind to wildcard address 0.0.0.0 - another process may be running - EXITING". chronyd is running and in sync (offset 0.3 ms), ntpd was re-enabled by ansible. Just disable ntpd in the playbook.`),
    no(`[FIRING:1] PrometheusDown instance=noc-prom02

The config reload script started prometheus a second time → "Error listening on 0.0.0.0:9090: bind: address already in use". The first process is healthy, only the systemd unit shows failed. Acked, fix the script tomorrow.`),
    no(`PRTG Network Monitor (PRTG-CORE)
Sensor: SIP Options Ping (5060) on vos-sw-syd1
Status: Down (Connection refused)
Last Message: service mbx3000d start: bind 0.0.0.0:5060 failed, address already in use (freeswitch pid 1893)`),
    no(`@dayshift vos web on sw09 not up after the kernel patch, "Address already in use" on 80 — it's the nginx we installed for letsencrypt. Didn't touch the softswitch, calls ok.`),
    no(`[FIRING:1] MongodbDown instance=rec-db01:9216

mongod: "Failed to set up listener: SocketException: Address already in use" on 27017, stale mongod.lock plus an old process. Recording search not working, calls unaffected.`),
    no(`Zabbix: SMTP service is down on mail-relay01 (net.tcp.service[smtp] = 0)

sendmail came back with the update and sits on 25, postfix fails with "bind: Address already in use". Alert mails not sent since 01:50 — that's why you only got them here in the chat.`),
    no(`LibreNMS: Service SSH critical on vos-gw-lag1

I changed sshd to port 2222 last evening but the dropbear from the rescue image is already on 2222, so sshd fails to bind. Still reachable via iDRAC console. Sorry, my mess, will clean up at 9.`),
    no(`[FIRING:1] AlertmanagerClusterFailedToSendAlerts instance=noc-mon03

two alertmanager containers on noc-mon03 after the compose change, the second one logs "listen tcp 0.0.0.0:9094: bind: address already in use" for the cluster port. Stopped the duplicate.`),
    no(`Handover: on vos-test02 the upgrade script started a second mbx3000, it logs "cannot bind 5060 address already in use" every 10 s. The first instance is working, calls OK (3 CPS, it's the test box). Just noise, please fix the init script.`),
    no(`Nagios ** PROBLEM ** vos-radius01/RADIUS auth is CRITICAL
radiusd -X: "Failed binding to auth address * port 1812 bound to server default: Address already in use" — old radiusd still running after the package upgrade.`),
  ],
  otherRegistrationCause: [
    no(`Problem started at 23:02:10 on 2024.04.07
Problem name: Registered SIP endpoints < 200 on vos-sw01
Severity: High
Operational data: 37

All 160 phones of Alfa Logistics dropped at 23:00. Their reseller reset the SIP passwords in bulk and didn't push them to the phones, 401 Unauthorized everywhere in the log. Not our side.`),
    no(`[FIRING:1] SipRegistrationsDrop instance=vos-mum-02 value=95 (1h ago 412)

sip.example.in A record was moved to the new DC at 00:30 by the DNS team, phones still resolve the old IP which is switched off. TTL 86400 :( Nothing network, just DNS.`),
    no(`Handover: agent "Kashif Telecom" account expired on the 31st, all his extensions show unregistered since midnight (403 Forbidden). Finance must renew, nothing technical to do.`),
    no(`LibreNMS alert: vos-sw05 registered users 0 (was 1450)

VOS licence expired at 00:00 server time, the web client shows "License expired". Mailed Kunshi for the new key, ETA morning. Escalated to the manager.`),
    no(`PRTG: [cust-site-lahore] Ping Down
+ 48 extensions of that customer unregistered on vos-pk-02. Customer says power cut in the building since 03:10 and their UPS is dead. Will come back by itself.`),
    no(`Nagios WARNING - registrations for customer group ISP-B 0/64

customer's fiber was cut (ISP ticket #88213), no internet at their office. Nothing on our side, their phones use UDP anyway.`),
    no(`Night note: Zenit Travel's office router was factory-reset by their IT, port forwards and static route gone, all 22 Yealinks (UDP 5060) unregistered. Told them to restore the backup config. Server side untouched, RST or TCP settings don't apply, they're UDP.`),
    no(`Grafana [Alerting] Registered endpoints (customer=BrightCall) = 0

their ISP changed the static IP to 203.0.113.77 without notice, our IP auth still had .41 → 403. Updated the mapping gateway at 05:12, [OK] at 05:14.`),
    no(`[FIRING:1] SipTlsCertExpiry host=sbc-lon1 days_left=0
and TLS registrations dropped to 0 at the same minute. Let's Encrypt renewal failed because port 80 was closed on the new firewall. Renewed by hand, phones re-registered within 10 min.`),
    no(`Handover: prepaid client Sky Dial hit balance 0.00 at 02:40, VOS blocked the account and their phones show "registration failed" (403). Sales will top up in the morning.`),
    no(`LibreNMS: core-sw2 port Gi1/0/24 changed VLAN 30 -> 1 (config change by ravi)

after that the 3rd floor phones (30) lost DHCP and unregistered. Reverted at 01:15, all back.`),
    no(`Zabbix shows 3 failed registrations/sec from 198.51.100.23 for ext 7002 since 04:00. That's their new receptionist typing the wrong password in the softphone, the account got locked after 5 tries. Not an attack.`),
    no(`PRTG sensor [office-b] PoE switch Down (No response)
16 phones dead = no power = unregistered. Replacement switch arrives tomorrow, customer informed.`),
    no(`Handover: complaint that phones "go unregistered every hour". Registration expiry on the server is 3600 and the phones re-register at exactly 3600, so there's a gap. Set phone expiry to 1800 via provisioning. They're UDP, public IPs, no NAT.`),
    no(`[FIRING:2] SipTrunkUnregistered trunk=carrier-voxa,carrier-voxa-bk
[RESOLVED] at 03:04

Carrier's planned maintenance 01:00-03:00 (mail from them on Friday), both trunks unregistered for 2h as expected.`),
    no(`Grafana: registration failures (401 stale nonce) on vos-sw08 = 1200/min

server clock was 9 minutes off after our NTP source died, digest nonces got rejected. Fixed chrony, failures 0 now.`),
    no(`Handover: ext 300-340 of the Mobitel reseller unregistered, they moved office and the new public IP wasn't in their account's allowed IP list in VOS. Added 192.0.2.88, registered at 06:40.`),
    no(`Night: customer pushed Grandstream firmware 1.0.11 from their provisioning server, phones rebooted with default settings and an empty SIP server field → all unregistered. Not us, they'll reprovision.`),
    no(`PRTG [branch-kiosk-12] LTE router Down (signal -113 dBm)
The 2 phones there unregistered, nothing to do until the carrier fixes the tower.`),
    no(`Zabbix trigger "registration flap > 20/h" on ext 1045. Two devices with the same account, one at home and one in the office, kicking each other out every 30 s. Asked the client to create a second extension.`),
    no(`[FIRING:1] FraudCallsSpike customer=ALT-22
our fraud script locked the account at 02:11 → all their phones unregistered (403). Expected behaviour, customer informed by mail.`),
    no(`Handover: we moved vos-sw03 to its new IP 10.40.0.13 last night. Phones with the old IP hard-coded (no DNS name) are unregistered, about 70. List sent to the customer, they must change the server field.`),
    no(`Zabbix: registrations stuck at 2000 on vos-sw12 (trigger: value = licence limit)
New phones get 503 when registering. The licence is 2000 users, we need a bigger one, not a bug.`),
    no(`UAE customer: phones unregistered since their ISP started blocking 5060 UDP (happens there). Moved them to 5080 UDP on their side, works. No server change.`),
    no(`LibreNMS: Device pbx-branch-7 is down (ICMP)
Branch closed for the holiday and the guard switched off the rack. Phones unregistered all night, expected.`),
    no(`[FIRING:1] RegDropByCustomer customer=OmegaNet drop=100%
They rebranded and changed the SIP domain/realm on all phones to voice.omeganet.example, the accounts on our side are still under the old domain → 401/404 on every REGISTER. Their change, they'll roll back.`),
    no(`Handover: the hotel's Fanvil phones (UDP) drop registration after ~5 min. Their MikroTik UDP timeout is 30s and NAT keepalive was off on the phones. Enabled keepalive every 20s by provisioning. The close/RST setting is irrelevant here, no TCP at all.`),
  ],
  smallFigures: [
    no(`Problem has been resolved at 04:12:00 on 2024.06.02
Problem name: TIME_WAIT sockets high on vos-sw02
Operational data: 640

went up to 2,300 at 22:00 during the campaign, now 640. That's normal right? trigger is 2000 which seems low to me.`),
    no(`quick question from night shift: what does TIME_WAIT actually mean? ss shows 318 on vos-sw01 and I want to write it properly in the handover.`),
    no(`PRTG: [vos-sw05] SNMP Custom TCP TIME_WAIT Up (412 #)
just the daily check, all green. CPS max 18 overnight.`),
    no(`Grafana panel "TCP states" on vos-jkt-a at 03:00: ESTAB 96, TIME_WAIT 870, CLOSE_WAIT 2. Is 870 TIME_WAIT ok or should I raise a ticket?`),
    no(`Should we enable RST mode (SS_TCP_CLOSE_RESET) on all servers proactively? I read it prevents TIME_WAIT. We have ~500 TIME_WAIT max and most customers' phones are behind NAT.`),
    no(`[FIRING:1] TimeWaitAboveBaseline instance=vos-sw09:9100 value=1432 baseline=600

doubled vs last week but still tiny. Shall I move this rule to 10k? let me know.`),
    no(`Handover 14 Aug night:
- vos-sw01..04 health check ok, TIME_WAIT between 150 and 700
- local ports used 1% of the range
- CPU max 22%
- nothing else`),
    no(`Nagios OK: TCP TIME_WAIT on vos-dxb-1 is 233 (warn 15000, crit 30000)`),
    no(`ip_local_port_range on our boxes is 32768 60999, is that enough for ~40 CPS of SIP over TCP? TIME_WAIT never above 1k today. Just asking before the new customer goes live.`),
    no(`LibreNMS: Alert for device vos-sw10 - tcpEstabResets 12 in 5 min
probably the scanners hitting 5060. 12 is nothing, can I just ack?`),
    no(`Is net.ipv4.tcp_tw_reuse=1 safe on CentOS 6? Our TIME_WAIT sits around 300, I'm just comparing sysctl against the checklist during the night.`),
    no(`Zabbix problem: free ephemeral ports < 90% on vos-sw07, value 88%

so 12% used? ss -s says timewait 3100, range is 28k ports. Is that worrying or just a strict trigger?`),
    no(`Grafana "ss -s" panel: TCP: 212 (estab 64, closed 118, orphaned 0, timewait 117). Customer asked if we "need RST" because their other vendor told them so. I think no?`),
    no(`Handover: checked vos-sw02 after the carrier's complaint about slow call setup: TIME_WAIT 95, CPS 6, nothing in the log. Their PDD comes from their upstream, not us.`),
    no(`PRTG daily report, max TIME_WAIT per server last 24h: sw01 1,104 / sw02 987 / sw03 1,420 / sw04 602. All far below the 20,000 limit.`),
    no(`what's the difference between FIN and RST close in VOS? manual 4.3.5.2 says RST avoids TIME_WAIT. we're at 250ish so probably irrelevant for us, just curious`),
    no(`[RESOLVED] HighTimeWait instance=vos-sw06:9100 value=180
flapped once at 2,100 during the backup rsync, gone now.`),
    no(`New check added: Zabbix item net.tcp.socket.count[,,,,time_wait] on all VOS hosts. Baseline 120-900. Triggers at 20k warning / 40k high. FYI day shift.`),
    no(`Is 900 TIME_WAIT ok on a server doing 25 CPS? The customer's sysadmin is panicking with a screenshot.`),
    no(`LibreNMS graph for vos-sw-mnl: TCP in TIME_WAIT avg 340, max 760 over 7 days. Any reason to tune the kernel?`),
    no(`** PROBLEM ** vos-sw03/TIME_WAIT is WARNING: 1203 sockets (warn 1000)
the check was copied from the web server template with warn=1000. Raised to 15000, it's nothing.`),
    no(`New sw14 in monitoring: TIME_WAIT 40, ESTAB 12, basically idle. Handover for the morning: customer goes live Monday.`),
    no(`Question: Grafana shows ~5 TCP active opens/s and TIME_WAIT ~600. Does SS_TCP_CLOSE_RESET Off (the default) cause any problem at these numbers?`),
    no(`Zabbix: Number of TCP sockets on vos-sw08 = 1,840 (trigger > 1500)
mostly ESTABLISHED web client sessions from the dashboard, TIME_WAIT only 290. Acked, will raise the trigger.`),
    no(`Shift note: ran ss -tan state time-wait | wc -l on all 6 boxes: 211, 380, 95, 640, 402, 157. All fine.`),
    no(`PRTG: [vos-sw-lim] Sockets TIME_WAIT Warning (2,004 # (Limit 2,000))
peak hour in Lima, CPS 30. 2k seems normal for them? or should I worry`),
    no(`Does RST mode affect UDP at all? We have one TCP trunk, everything else UDP, TIME_WAIT ~100.`),
  ],
  firewallNoRst: [
    no(`PRTG: [vos-sw01] fail2ban banned IPs Warning (112 # (Limit 100))
SIP scanners ("friendly-scanner" UA) again, normal. Not touching.`),
    no(`Handover: opened 5060/tcp and 10000-20000/udp on fw-dc2 for the new customer Falcon (src 203.0.113.0/27). Change CHG-2231, test calls ok.`),
    no(`Zabbix: iptables rule count changed on vos-sw04 (48 -> 51)
that's me, whitelisted the carrier's new SBC 198.51.100.60/32 on 5060 tcp+udp.`),
    no(`Customer behind a FortiGate with the SIP helper on → one-way audio. Told them: config system settings / set sip-helper disable, and delete the sip session-helper. Fixed at 02:40.`),
    no(`[FIRING:1] SipAuthFailuresHigh instance=vos-sw02 value=3200/min
Added geo-block on the edge pfSense for everything except PK, AE, GB. Failures now 4/min.`),
    no(`LibreNMS alert fw-core conntrack usage 62% (warning 60%)
added DNAT for 10000-20000/udp to the new media box vos-media2, removed the old rules. Usage should drop once the old entries time out.`),
    no(`Nagios: CRITICAL - SIP OPTIONS to carrier 198.51.100.9 timeout
carrier changed their signalling IP, our FortiGate policy only allowed the old one. Added the address object, OK now.`),
    no(`Handover: Cisco ASA — opened TCP 5061 for TLS for customer Nordic and disabled inspect sip in the policy-map as they asked.`),
    no(`Zabbix: "Firewall config changed on fw-edge02" — that's me adding the NAT for the web portal 443 → 10.0.0.21. Ignore.`),
    no(`PRTG sensor fw-dc1 CPU 91%
flood from 2 IPs on 5060 udp. Added drop rule at the edge + blackhole route, CPU back to 12%.`),
    no(`Customer asks us to whitelist their office IP 192.0.2.150 for the VOS web client (80/443), right now only our VPN reaches it. Done at 05:10, ticket closed.`),
    no(`Night: customer Quantum's PBX got banned by fail2ban (misconfigured ext, hundreds of 401), their trunk unreachable 01:10-01:45. Unbanned 203.0.113.44 and added it to ignoreip.`),
    no(`Reseller wants dst-nat for 5060 udp and RTP 10000-20000 on his MikroTik for a new office, sent him the /ip firewall nat lines. Nothing on our side.`),
    no(`[FIRING:1] NewOpenPortDetected host=vos-sw02 port=3306
nightly nmap found mysql open to the world after a firewalld reload. Closed, reloaded, rescan clean, [RESOLVED].`),
    no(`Grafana: dropped packets on fw-edge01 wan = 12k/s (threshold 5k)
it's the geo-block doing its job, SIP scan from abroad. Nothing from customer ranges dropped, checked the top sources.`),
    no(`Handover: pfSense at DC-B upgraded 2.6 → 2.7 in the 02:00 window, rules and NAT kept. Re-checked all SIP trunks, 42 test calls ok.`),
    no(`Zabbix: port 5060/tcp reachable from internet on vos-test01
test box, shouldn't be. Added an ACCEPT for 10.0.0.0/8 on 5060 and DROP for the rest.`),
    no(`Writing the handover doc for the new customer: which ports do they open for VOS3000? SIP 5060 udp/tcp, RTP 10000-20000 udp, web 80. Anything else?`),
    no(`LibreNMS alert: fw-branch-3 ipsec tunnel down 03:22-03:40 (ISP flap). Calls to that branch failed in that window, all OK after.`),
    no(`PRTG [fw-edge01] Syslog sensor Warning: 320x "SIP REGISTER blocked by rate limit" in 5 min from 192.0.2.210
that's our own SIPp test box, added an exception.`),
    no(`Palo Alto: added an application override for sip tcp/5060 because the SIP app was showing as "incomplete" in the logs. Change approved by Mark, no impact seen.`),
    no(`Night: enabled SIP ALG on the customer's Huawei router by mistake while fixing their Wi-Fi, audio broke, disabled again at 00:40. My bad, noted.`),
    no(`[FIRING:1] ConntrackTableNearlyFull instance=fw-nat02 value=0.82
SIP scanners plus a 180s UDP stream timeout. Lowered nf_conntrack_udp_timeout_stream, 0.41 now.`),
    no(`Handover: whitelisted carrier Telxon's new media range 198.51.100.128/25 for RTP on all 3 firewalls, they had one-way audio since their migration.`),
    no(`iptables on vos-sw09: removed the old rule allowing 5060 from anywhere, now only the 14 customer IPs from the list. fail2ban jails voip + ssh active. Zabbix check OK.`),
    no(`Nagios WARNING - firewall ruleset drift on fw-core (12 rules differ from git). Those are the emergency blocks from the scan at 23:00, will commit them.`),
    no(`Customer's SonicWall: asked them to enable consistent NAT and disable SIP transformations for our RTP range. Waiting for their IT.`),
  ],
  negationContext: [
    no(`Problem has been resolved at 06:00:12 on 2024.07.11
Problem name: EADDRINUSE in mbx3000 log on vos-sw03
Duration: 3d 2h

no bind errors since we set tw_reuse and widened the port range on Tuesday. Closing the ticket.`),
    no(`RST is off on the servers with NAT customers and will stay off. Just confirming for the handover since someone asked in the group.`),
    no(`We use UDP only for all of Dove's phones, so the TCP tweaks (RST mode, tw_reuse) can't matter for their unregistrations, right? Their issue was the password change anyway.`),
    no(`Nobody changed anything on the server, the phones went unregistered after the customer's own password change at 21:00. SS_TCP_CLOSE_RESET is still Off, I checked softswitch.conf.`),
    no(`** ACKNOWLEDGEMENT Service Alert: vos-sw05/TIME_WAIT is CRITICAL **
Author: omar
Comment: stale value, the check still points at the decommissioned box, no traffic there. Delete the check.`),
    no(`Resolved ticket #5521: customer reported "calls fail after RST mode was enabled". Findings: RST mode was never enabled on that server (SS_TCP_CLOSE_RESET=Off), the failures were carrier 503s. Closed.`),
    no(`Could enabling RST mode make our phones behind MikroTik unregister? We haven't turned it on, just reading the manual before next week's maintenance.`),
    no(`[RESOLVED] PortExhaustion instance=vos-sw02
no "cannot bind" in the logs for 72h, TIME_WAIT 300. Removing the silence.`),
    no(`Handover: the "address already in use" screenshot the customer sent is from their own CRM, not from our VOS. Our side is clean: no EADDRINUSE, TIME_WAIT 410.`),
    no(`Is it possible that a firewall drops RST packets and calls fail? Asking in theory, we plan to enable RST mode on sw07 next month and want to know what to check first.`),
    no(`PRTG: [vos-sw04] SIP TCP failures Down (Acknowledged)
ack by night shift: expected during the carrier maintenance 01:00-02:00. RST mode not involved, still Off.`),
    no(`No TIME_WAIT issue on sw06 — the 38k in yesterday's handover was a typo, it's 380. Sorry everyone.`),
    no(`To be clear for the day team: the phones behind CGNAT at Rapid Cabs did NOT lose registration last night, the Grafana panel was empty because the exporter was down. They were registered all along.`),
    no(`Grafana [OK] SIP registrations vos-sw08 = 1240
last night's dip was the planned reboot, not the RST change — we never pushed the RST change, it was postponed.`),
    no(`Firewall didn't drop anything — went through the FortiGate logs for the whole night, zero denies on 5060. The failed calls came from the carrier (486/503). RST mode is Off there anyway.`),
    no(`We turned RST mode off again on Friday after the NAT phones problem, since then all 300 phones are registered and stable. Closing it in the handover, nothing open.`),
    no(`Ticket summary: "bind: address already in use" on vos-sw11 was the second mbx3000 instance, not port exhaustion, only 240 TIME_WAIT at the time. Closed, no kernel tuning needed.`),
    no(`Zabbix: Problem has been resolved: "Calls failing on vos-dxb-1", duration 4m.
Not the firewall and not RST — the carrier's SBC rebooted.`),
    no(`Can port exhaustion happen on a server doing 5 CPS? Someone in the customer group says their "address already in use" means ports are exhausted, but it's one nginx that can't get port 80.`),
    no(`[RESOLVED] HighTimeWait instance=vos-sw10 value=1200
false alarm, the exporter counted IPv6 sockets twice, the real value is ~600. No EADDRINUSE, no failed calls.`),
    no(`Reminder from the handover: do NOT enable SS_TCP_CLOSE_RESET on sw03/sw04, they carry the NAT customers. TIME_WAIT there is under 1k anyway, no reason to.`),
    no(`Customer asks "did you enable RST mode? our phones are unregistered". Answer: no, it's Off and unchanged since 2022; their phones are on UDP and their internet is down (ISP outage in Sector 7).`),
    no(`LibreNMS: Alert for device vos-sw12 got acknowledged by ahmed: "Registration drop — customer's office closed for Eid, phones off. Not NAT, not RST."`),
    no(`Before anyone asks: yesterday's reparse on sw05 only changed the CDR path, RST mode was not touched and is still Off. The calls failing at 03:00 were prepaid balance.`),
    no(`If we set tw_reuse=1 and the port range 1024-65535 without RST, would the NAT phones be safe? No problem today, just planning.`),
    no(`Handover 22-06: quiet. No alerts except the RESOLVED for disk space on cdr01. No TIME_WAIT spike, no bind errors, registrations steady at ~900.`),
    no(`Nagios ** RECOVERY ** vos-sw07/SIP TCP connect is OK - Connected in 0.012 s
The earlier CRITICAL was our maintenance reboot. Not the firewall, nothing dropped.`),
  ],
  portExhaustion: [
    pe(`Problem started at 20:41:12 on 2024.04.18
Problem name: TIME_WAIT sockets > 20000 on vos-sw02
Host: vos-sw02
Severity: High
Operational data: 31877

peak hour. mbx3000 log full of "bind failed: Address already in use" on the TCP trunk to the carrier, about 30% of new calls failing.`),
    pe(`[FIRING:1] EphemeralPortsExhausted (vos-mum-02:9100 critical)
Annotations: summary=local port range 98% used
Value: 0.98

TIME_WAIT 27,400, 160 CPS from the campaign, new TCP connections to the carrier fail with EADDRINUSE.`),
    pe(`** PROBLEM Service Alert: vos-sw-fra1/TCP TIME_WAIT is CRITICAL **
Additional Info: CRITICAL - 44812 sockets in TIME_WAIT (crit 30000)
** PROBLEM Service Alert: vos-sw-fra1/SIP TCP outbound is CRITICAL **
Additional Info: CRITICAL - cannot bind local port for new connection`),
    pe(`Handover night 12/13: between 19:00 and 22:30 vos-jkt-a couldn't open new TCP connections to the Indosat SBC — "Cannot bind socket: Address already in use" in the softswitch log, ss -s timewait 52k, CPS 210. Happens at every peak. I didn't change anything, it needs the RST/kernel fix.`),
    pe(`[Alerting] VOS TCP TIME_WAIT (vos-sw07)
Metric: node_sockstat_TCP_tw = 38214
Threshold: > 25000

and the carrier says our INVITEs over TCP stop at peak. mbx log: bind() failed (98: Address already in use).`),
    pe(`PRTG: [vos-sw-syd1] SNMP Custom TCP TIME_WAIT Down (61,203 # (Limit 40,000))

300+ CPS since 18:00, outbound TCP to 3 carriers failing, EADDRINUSE every second in the log.`),
    pe(`Alert for device vos-lag-02
Severity: critical
Rule: TCP TIME_WAIT > 30000
Faults:
  #1: tcp_tw: 35890

calls stuck on trying to the MTN trunk, new TCP connections never get out. Looks like the local ports are used up.`),
    pe(`sw03 again at peak: thousands of TIME_WAIT (ss says 41k), "address already in use" on outgoing SIP TCP, calls dropping. who's on call?`),
    pe(`PROBLEM: Free local ports below 5% on vos-pk-01: 3.1%

ip_local_port_range still the default 32768-60999, TIME_WAIT 27k, ~140 CPS. Outgoing TCP to PTCL fails with "cannot bind".`),
    pe(`Handover (Ana → Li), Sat night:
1. cdr01 disk 81%, cleaned old logs
2. vos-sw05 19:30-23:00: EADDRINUSE on outbound TCP legs, TIME_WAIT peaked at 47,900, ASR dropped from 52% to 31%. Not fixed, only watched.
3. nothing else`),
    pe(`** PROBLEM ** vos-sw-mex/Log check mbx3000 is CRITICAL: 1832 matches "Address already in use" in last 5 min

peak 250 CPS, ss -s timewait 33512. Outgoing TCP trunks can't get new connections.`),
    pe(`Grafana alert FIRING: "TCP connect failures/s" vos-dxb-1 = 84 (threshold 10)

errno EADDRINUSE, TIME_WAIT 36k, since the evening peak at 21:00 (Ramadan traffic), 190 CPS.`),
    pe(`[FIRING:2] HighTimeWait, OutboundSipTcpFailures (instance=vos-sw11)
values: 28660 / 41 per s

third night in a row at the same hour, the bind failures go away after midnight when traffic drops.`),
    pe(`guys vos-bd-01 can't open new TCP connections at peak, only the existing ones work. PRTG:
[vos-bd-01] TIME_WAIT sockets Down (39,411 # (Limit 30,000))
[vos-bd-01] SIP TCP outbound Down (bind failed: Address already in use)`),
    pe(`ports exhausted on sw08 at peak — "cannot bind" towards the carrier, 30k+ TIME_WAIT`),
    pe(`Problem name: mbx3000 outbound TCP errors on vos-cai-2
Operational data: EADDRINUSE count 5312/5min

TIME_WAIT 24k, dialer traffic at 120 CPS.`),
    pe(`Overnight: the dialer customer ramped to 350 CPS at 02:00 (US daytime). sw-fra-03 hit 58k TIME_WAIT and outbound TCP to both US carriers failed with "Address already in use" for ~40 min. Moved half their traffic to sw-fra-04 at 02:45, errors stopped. Root fix still pending.`),
    pe(`Alert for device vos-mnl-1 - Ephemeral ports in use 27,950/28,232 (99%)

new SIP TCP connections to the carrier failing, 27k of those are TIME_WAIT.`),
    pe(`[FIRING:1] VOS sw12 TIME_WAIT 33,018 > 30,000 (Grafana)

same as last Friday: peak CPS, no new outgoing TCP, bind errors in the log.`),
    pe(`check_netstat on vos-lhr-3: CRITICAL - TIME_WAIT=46120 ESTABLISHED=912
280 CPS right now, outbound connects fail with cannot bind.`),
    pe(`sir vos server showing address already in use error when calls are high, after 8 pm no new call going to the TCP carrier, netstat showing timewait 30 thousand plus. before 8 pm everything ok.`),
    pe(`[FIRING:1] NodeNetstatTcpTimeWait
Labels: instance=vos-sw14:9100 job=vos severity=page
Annotations: description=TIME_WAIT 52k on vos-sw14 for 10m; softswitch logs "connect(): Address already in use" for outbound SIP TCP`),
    pe(`PRTG: [vos-ng-02] Ping Up, SIP TCP 5060 Up, TCP connect to carrier Down (Address already in use), TIME_WAIT 34,221

looks healthy from outside but can't open a single new outbound TCP connection during the peak.`),
    pe(`Shift handover: ticket #7730 (RoyalVoice) — "no new TCP connections at peak CPS" confirmed. TIME_WAIT climbs to 35k around 21:00 and the local port range 32768-61000 is full. ip_local_port_range and tw_reuse were never tuned on this box.`),
    pe(`Problem started at 21:02:40 on 2024.09.06
Problem name: TIME_WAIT sockets > 25000 on vos-ist-01
Operational data: 29114

still PROBLEM at 21:40, every peak the log shows bind errors for new outgoing TCP and the ASR drops.`),
    pe(`Grafana: TCP TIME_WAIT vos-sw02 = 40,551
SS_TCP_CLOSE_RESET is Off (default), 180 CPS, "cannot bind" to the carrier every few seconds. Do we enable RST and tw_reuse?`),
    pe(`EADDRINUSE storm on sw-jhb-1 at the 19:00 peak, 26k TIME_WAIT, outbound TCP to Vodacom failing`),
    pe(`Alert for device vos-sw-kar3
Rule: outbound TCP connect failures > 100/min
Faults: #1: 1,240/min

all "Address already in use", TIME_WAIT 44k, 230 CPS.`),
    pe(`Night shift: the call center campaign at 180 CPS broke vos-sw09 — thousands of TIME_WAIT and the softswitch can't bind new outgoing TCP sockets.

** PROBLEM ** vos-sw09/TCP TIME_WAIT is CRITICAL: 37,905 (crit 30,000)`),
    pe(`Handover: the Java routing connector on vos-hcm-2 throws "java.net.BindException: Address already in use: connect" on every new outbound TCP leg since 20:00, the box has 31k sockets in TIME_WAIT at ~200 CPS. Old connections keep working, new ones fail.`),
  ],
  natUnregistered: [
    nat(`Problem name: Registered SIP endpoints dropped > 30% on vos-sw02
Operational data: 512 (was 860)

started right after the 23:00 change where we set SS_TCP_CLOSE_RESET=On for the TIME_WAIT issue. All the dropped phones are behind NAT (customer routers) on TCP. UDP ones fine.`),
    nat(`[FIRING:1] SipRegistrationsDrop instance=vos-mum-02 customer=CityCabs value=-74%

CityCabs' Yealinks on TCP behind MikroTik lose registration every few minutes since we enabled RST mode yesterday.`),
    nat(`Handover: after last night's reparse with RST mode On (sw05), customers behind CGNAT (Jazz 4G routers) can't stay registered over TCP — register, drop after ~2 min, register again. Didn't roll back without approval.`),
    nat(`[Alerting] Registered TCP endpoints vos-jkt-b
Value: 143 (threshold < 400)

NATed offices only. We switched SS_TCP_CLOSE_RESET On at 20:00 to fix TIME_WAIT, since then the phones behind their routers show unregistered.`),
    nat(`PRTG: [vos-sw-lim] SIP registrations Down (211 # (Limit 600))

drop started 5 min after "service mbx3000d reparse" with the RST change. Phones behind NAT, SIP over TCP. The direct-IP PBXs are unaffected.`),
    nat(`Alert for device vos-cai-2 - Registrations below baseline
Faults:
  #1: sip_reg_tcp: 88 (baseline 350)

only TCP phones behind home routers (TP-Link, Huawei), right after the tuning script turned RST mode on.`),
    nat(`since RST On on sw07 all the NAT customers on TCP keep going unregistered. the MikroTik ones are the worst.`),
    nat(`** PROBLEM ** vos-sw04/Registered users is WARNING: 390 (warn < 500)

it's the NATed TCP phones, they drop and re-register in a loop. Began when we enabled SS_TCP_CLOSE_RESET yesterday at 18:00.`),
    nat(`Night handover:
- 22:10 kernel tuning + RST mode On on vos-sw11 (TIME_WAIT ticket)
- 22:40 first complaints: phones behind NAT unregistered (Elite BPO, Grandstreams on TCP behind their FortiGate NAT)
- 23:30 ~180 of them unregistered, UDP phones OK
- not rolled back, waiting for you`),
    nat(`[FIRING:3] RegistrationFlapping customer=~"Swift.*" instance=vos-nbo-1

flapping every 30-60 s, all behind CGNAT, transport TCP. This is since RST mode went on this afternoon.`),
    nat(`Forwarded from customer: "since yesterday evening our 40 phones show No Service / unregistered, they are behind our Draytek router, transport TCP".
Our side: sw03 got RST mode (SS_TCP_CLOSE_RESET On) yesterday at 19:00. Matches.`),
    nat(`Grafana panel "Registrations by transport" on vos-sw-fra1: UDP flat at 620, TCP fell from 410 to 95 at 01:05. That's the minute we reparsed with RST On. The TCP ones are all NAT (office routers).`),
    nat(`[vos-dxb-2] SIP Registered (TCP) Down (37 # (Limit 150))
RST mode on since this morning, the NAT phones are gone.`),
    nat(`Problem: SIP REGISTER failures > 100/min on vos-bd-01
Operational data: 420

phones behind MikroTik hAPs (NAT) over TCP. The MikroTik drops the connection entry, the phone reuses it and the REGISTER times out. Started after SS_TCP_CLOSE_RESET=On.`),
    nat(`Handover: pretty sure the RST mode we turned on Tuesday on sw12 is why the Mobilink CGNAT users lose registration over TCP. Each time the server closes with RST their NAT mapping disappears and the next REGISTER never reaches us.`),
    nat(`LibreNMS: Alert for device vos-sw-kar1 - SIP TCP registration count low (62)

after RST On. Customers behind NAT (PTCL routers). Turn it Off again?`),
    nat(`phones at the hotel (behind their Cisco router NAT, SIP over TCP) lose registration since we flipped RST mode on sw-jhb-2 last night. Unregistered in the portal, come back for a minute after a reboot.`),
    nat(`[FIRING:1] VosRegisteredEndpointsLow
Labels: instance=vos-sw09 transport=tcp severity=critical
Annotations: summary=TCP registrations 74, 24h avg 480; change log: SS_TCP_CLOSE_RESET set On 02:00 today; affected endpoints all behind NAT`),
    nat(`Customer NetOne: "extensions unregistered after your maintenance". The maintenance = RST mode enabled on vos-lhr-2. Their phones are behind a pfSense NAT on TCP 5060, Grafana shows their registrations at 0 since 00:14.`),
    nat(`** PROBLEM ** vos-sw-gdl/SIP registrations tcp is CRITICAL: 12 registered (crit < 50)

all the customers with Telmex modems doing NAT. RST close was turned On yesterday 21:00 for the port issue.`),
    nat(`Handover: the NAT phones of Andes Call lose registration since the RST activation (SS_TCP_CLOSE_RESET="On" in softswitch.conf, reparse at 23:15). Transport TCP, routers Huawei HG8245. UDP customers ok.`),
    nat(`Problem: Unregistered extensions > 100 on vos-sw06 (value 233)
these are the TCP phones behind NAT, began after RST mode On.`),
    nat(`This is the RST thing: we enabled it on sw10 for TIME_WAIT and now NATed phones on TCP drop.
[vos-sw10] SIP Registrations Warning (402 # (Limit 700))`),
    nat(`[FIRING:1] RegistrationLoss vos-ng-03 value=61%

61% of TCP registrations lost, the CGNAT customers (MTN 4G). RST mode was enabled 3 h ago.`),
    nat(`Overnight:
* RST mode On on sw08 at 00:30 as planned
* from 01:00 NATed TCP phones unregistered (about 150, Zyxel/TP-Link routers)
* TIME_WAIT is fixed though (30k → 900)
* need a decision: keep or revert`),
    nat(`[FIRING:1] SipRegDrop instance=vos-sw13 value=0.42
Same story as sw02 last month: RST mode enabled yesterday, phones behind NAT on TCP unregistered. Revert?`),
    nat(`After SS_TCP_CLOSE_RESET On, REGISTERs from the phones behind the customer's MikroTik arrive, we answer 200 OK, then the connection is reset and the phone shows unregistered until its next retry. Only TCP, only behind NAT. vos-sw-syd2.`),
    nat(`Alert for device vos-mnl-2 got worse: registrations 210 → 40

since RST mode was turned On at 22:00. PLDT home routers doing NAT, transport TCP.`),
    nat(`Reseller says all his Fanvil phones on TCP behind Tenda routers went "Registration failed" last night. Checked: we enabled RST (SS_TCP_CLOSE_RESET On) on his server vos-sw-kl2 at 21:30. Timing fits.`),
    nat(`Problem started at 07:02:18 on 2024.10.14
Problem name: Registered users below 60% of weekly average on vos-cai-1
Operational data: 301

the morning shift phones come online and can't register over TCP — all behind NAT. RST mode went on last night.`),
  ],
  firewallRst: [
    fw(`Problem name: ASR below 35% on vos-riy-3
Operational data: 21%

since we switched SS_TCP_CLOSE_RESET On at 22:00. The FortiGate in front of the carrier's SBC drops our RST packets (no matching session) and calls over TCP to that carrier fail.`),
    fw(`[FIRING:1] SipTcpCallFailures instance=vos-ams-4 value=38%

started after RST mode was enabled. pfSense blocked log full of our RST packets from 5060 (state mismatch), TCP calls fail, UDP fine.`),
    fw(`Handover: calls through the ASA-protected trunk (carrier Orion) fail since RST mode was turned on yesterday. ASA log: "%ASA-6-106015: Deny TCP (no connection) from 10.20.1.5/5060 to 198.51.100.9/41822 flags RST". The ASA drops our RSTs and the call setup breaks.`),
    fw(`[Alerting] Failed calls/min vos-cgk-2 = 420 (threshold 50)

began right after RST mode On. Our own iptables marks the RSTs as INVALID in conntrack and drops them (the INVALID drop counter keeps climbing). Calls don't set up.`),
    fw(`PRTG: [sw-sao-1] SIP Call Setup Success Down (44 % (Limit 80 %))

RST mode was enabled this afternoon; the Palo Alto between us and the carrier discards the RST packets as out-of-window/non-session TCP. Calls fail.`),
    fw(`Alert for device fw-edge01
Rule: Firewall dropped packets (invalid state) > 1000/min
Faults:
  #1: 8,412/min

all TCP RST from vos-hcm-1:5060. RST mode was enabled at 19:00, since then calls to the TCP carriers fail.`),
    fw(`after rst mode on, calls fail, firewall drops the RSTs (checkpoint log). vos-waw-1`),
    fw(`** PROBLEM ** vos-bog-2/Test call to carrier TCP is CRITICAL - 408 Request Timeout

the stateful firewall (Sophos XG) drops our RST packets since SS_TCP_CLOSE_RESET=On, so the next INVITE is treated as part of the dead session and dropped.`),
    fw(`Handover night:
1. 21:00 RST mode On on vos-acc-1 (approved)
2. 21:20 ASR to carrier Zenith from 48% to 9%
3. their firewall team confirmed their Juniper SRX drops our RSTs (no session match)
4. TCP calls failing, not reverted`),
    fw(`[FIRING:2] CallFailureRate, SipTcpTimeouts instance=vos-ord-2

DC edge FortiGate log: thousands of "TCP RST dropped, no matching session". They started when we turned RST mode on for TIME_WAIT.`),
    fw(`Customer's IT: "your server sends RST packets, our firewall drops them as invalid and then calls from your platform fail for ~30 s". Yes — we enabled RST mode on their server vos-tun-1 on Monday.`),
    fw(`Grafana: SIP 5xx/timeout on outbound TCP trunk "BT-wholesale" = 63% since 23:10

23:05 was the RST mode reparse. tcpdump on the outside of our firewall: the RST never leaves, the firewall eats it. Calls fail.`),
    fw(`[vos-doh-1] Call success Down (12 %) — since RST On. firewall drops the RST.`),
    fw(`Problem: Calls failing on vos-khi-4 (failed/total 0.41)

kernel log: "DROP_INVALID IN= OUT=eth0 ... PROTO=TCP SPT=5060 DPT=35012 ... RST". Started after SS_TCP_CLOSE_RESET=On, our own conntrack rule is dropping the RSTs.`),
    fw(`Handover: since RST mode (SS_TCP_CLOSE_RESET On) went in on vos-lis-1, calls across the MPLS to the customer's PBX fail on and off. Their stateful firewall drops the RST packets, so the next call over TCP hangs on a dead session. Confirmed with captures on both sides.`),
    fw(`LibreNMS: Alert for device vos-alg-2 - call attempts failing 35%

the carrier's Cisco FTD drops our RST packets since we turned RST close on, they see half-open sessions and block new INVITEs.`),
    fw(`calls to the US carrier fail every few minutes since RST got enabled on vos-jnb-3. Their Fortinet drops the RST packets, their NOC sent me the log.`),
    fw(`[FIRING:1] VosCallSetupFailureHigh
Labels: instance=vos-bkk-1 trunk=tcp-carrier-A severity=critical
Annotations: summary=Setup failures 52%; change: SS_TCP_CLOSE_RESET On 02:00; fw-dc1 log: RST packets dropped (out of state)`),
    fw(`Customer Kestrel reports failed calls since our maintenance (RST mode enabled on vos-man-2). Their Check Point drops the RST as "out of state", I see SYN retransmits from us afterwards. Grafana: failed calls 38%.`),
    fw(`** PROBLEM ** vos-qro-1/Outbound call test TCP is CRITICAL: no 100 Trying in 32 s

started after RST close was enabled yesterday; the pfSense in front blocks the RST packets, its log is full of blocked TCP:R / TCP:RA.`),
    fw(`Handover: calls of Lima Express fail since the RST activation (SS_TCP_CLOSE_RESET="On", reparse 23:15). The firewall in front of their PBX has a connection-state=invalid drop rule that throws our RSTs away, then calls fail until timeout.`),
    fw(`Problem: Outbound call failures > 20% on vos-ham-1 (value 47%) — the firewall drops the RSTs since RST mode was enabled.`),
    fw(`We enabled RST on vos-prg-2 and now the firewall drops those RST packets, calls failing.
[vos-prg-2] SIP Call Failures Down (310 #/min (Limit 60))`),
    fw(`[FIRING:1] CallFailures vos-abv-1 value=44%

the SRX in front counts "tcp rst with no session" drops — 22k since RST mode was enabled at 20:00. Calls fail.`),
    fw(`Overnight:
* RST mode On on vos-osl-1 at 00:30
* TIME_WAIT fine now
* BUT calls to the carrier through the FortiGate fail since ~00:35 — it drops our RST packets (log: "reason: no session matched")
* need a decision`),
    fw(`[FIRING:1] AsrDrop instance=vos-mad-3 value=0.18
like sw02 last month: RST mode enabled, the firewall drops the RST, calls failing.`),
    fw(`After SS_TCP_CLOSE_RESET On our side closes with RST, the carrier's stateful firewall drops it (their pcap shows nothing arrives), their SBC keeps the old connection and our next INVITE from a new source port gets no answer → calls fail. vos-per-1.`),
    fw(`Alert for device fw-core2 - iptables INVALID drops 15,400/5min

RST packets from vos-dac-2 since RST mode was turned On at 22:00. Calls failing on the TCP routes.`),
    fw(`Reseller: "calls fail half the time since last night". Checked: RST enabled on his server vos-pen-1 at 21:30, and his office SonicWall logs "TCP packet received on non-existent/closed connection; TCP packet dropped" for our RST packets. Timing fits.`),
    fw(`Problem started at 09:14:55 on 2024.11.02
Problem name: Call completion below 50% on vos-cmb-1
Operational data: 29%

the WatchGuard in front of the carrier drops our RST packets ("invalid connection state"). RST mode was enabled last night.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the forty-first tuning split. */
export const tuning41Set: readonly EvalItem[] = Object.values(tuning41Families).flat();
