import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Messages from engineers at hosting providers, data centres and cloud resellers who run VOS3000
 * servers for their customers. They write like sysadmins and SREs: systemd units and journalctl
 * output, docker and Kubernetes (pods, services, NodePorts, ingress), cloud security groups and
 * network ACLs (AWS, GCP, Azure, Hetzner, OVH), load balancers, Terraform and Ansible runs,
 * Grafana/Prometheus panels and incident-channel notes ("impact:", "mitigation:", "root cause:",
 * timelines). The English comes from many countries (India, Germany, Russia, Brazil, Nigeria, the
 * Philippines, Vietnam, Turkey, Kenya, the Gulf...), from terse pager notes to short postmortem
 * paragraphs with pasted output. The negatives are cloud and ops look-alikes: security groups and
 * cloud firewalls that block ports, containers fighting over one port, node-level conntrack
 * tables, health checks, autoscaling, and messages that use the playbooks' words only to rule
 * them out.
 *
 * The fiftieth tuning split, by family. Five negative families of 27 (one service that cannot bind
 * its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * as the fiftieth never-tuned set, before the thirty-first round of rules, by someone who had read
 * only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other
 * sets in view; measured as such before and after the thirty-first to thirty-third rounds, then
 * made tuning material for the thirty-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 91.1 %, negatives confident 4.4 %, confident wrong 0 % with the rules of the
 * thirtieth round, and the same after the thirty-first and the thirty-second; 93.3 %, 4.4 % and 0 % after the
 * thirty-third.
 *
 * While the thirty-third round was written, a comparison of its draft with the rules before it printed
 * one message of this set and one of the fifty-first, both reports of a conntrack table filling up since
 * RST mode, which a draft rule read as a full table of another cause; the rule was narrowed to a table
 * filled by a flood or an attack before the round was committed, and the two read as before it.
 */
export const tuning50Families = {
  oneListeningPort: [
    no(`After last night's Ansible run the VOS3000 web interface won't come up. journalctl -u httpd: "(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80". Turns out the same playbook also installed nginx for a monitoring vhost and it grabbed :80 first. Which one is supposed to own port 80 on a VOS box?`),
    no(`Tried to run node_exporter as a container with --net=host on the VOS3000 host and it dies straight away: "listen tcp :9100: bind: address already in use". There is already a node_exporter rpm on the box from somebody's earlier attempt. Just that one port, nothing else complaining. Safe to remove the rpm one?`),
    no(`We're moving a kamailio front proxy into the cluster in front of one VOS3000 customer. Pod is in CrashLoopBackOff, logs say "bind_socket(): failed to bind socket on 5060: Address already in use". hostNetwork: true, and the node still runs the kamailio from the old deployment. Not VOS itself — just want to know whether VOS ever needs 5060 on that same node.`),
    no(`impact: VOS3000 customer portal for tenant "nordline" down 14 min.
root cause: tomcat restart failed with "java.net.BindException: Address already in use (Bind failed)" on 8080 — the old java PID was still alive after systemctl stop timed out.
mitigation: killed the stale pid, started the service.
Question: is there a supported way to move the web port so it stops clashing with our agent that also wants 8080?`),
    no(`Spun up a second mysqld as a reporting replica on the same VOS host. It refuses to start: "Can't start server: Bind on TCP/IP port: Address already in use ... Do you already have another mysqld server running on port: 3306 ?" Well, yes. Can I put the replica on 3307 without VOS getting confused?`),
    no(`docker: Error response from daemon: driver failed programming external connectivity on endpoint grafana: Bind for 0.0.0.0:3000 failed: port is already allocated.
This is on the VOS3000 host where we also keep a small grafana for the customer. Probably the old grafana container never got removed. Just the one port, softswitch unaffected.`),
    no(`Hello, colleague from Germany here. After reboot the softswitch did not start its SIP listener, log says bind 5060 failed, "Adresse wird bereits verwendet" (address already in use). lsof -i :5060 shows asterisk! Somebody installed asterisk from the CentOS repo to test fax. Only this one port. We stop asterisk and all is ok, please just confirm nothing else needs 5060.`),
    no(`Service type NodePort with nodePort: 30060 gets rejected: "spec.ports[0].nodePort: Invalid value: 30060: provided port is already allocated". We expose SIP towards the VOS through it and another team's service already took 30060. Not really a VOS issue, but your doc says to use a fixed port — can we pick any free one?`),
    no(`Our SIP health-check unit (sipp based, runs as a systemd service on the VOS box) fails with "bind: Address already in use" on UDP 5070 — sipp's default local port collides with the second signalling port we configured on VOS. Which ports does VOS keep for itself so we can move sipp off them?`),
    no(`haproxy on the edge LB wouldn't reload: "[ALERT] Starting frontend vos_web: cannot bind socket [0.0.0.0:443]". The old haproxy master didn't exit during the reload. Single port, VOS itself was fine — logging it here because the customer saw the web portal down for ~5 min and will ask.`),
    no(`Good day po. We tried to install the VOS3000 web manager on a new VPS at Hetzner but the install stops at starting httpd, it says port 80 already in use. The VPS image came with apache already installed from a one-click LAMP app. Should we remove that first before installing?`),
    no(`podman run -p 5060:5060/udp gives "rootlessport listen udp 0.0.0.0:5060: bind: address already in use" — VOS runs natively on the same host, of course. We wanted a throwaway opensips in a container for testing. Right, different port then. Any port ranges VOS uses that I should stay away from?`),
    no(`Good afternoon. After update of VOS on server, the mbx3000d cannot start, in log "bind port 1720 error, address already in use". We find old process of previous version still in memory, init script did not kill it. After kill -9 all is ok. Why the upgrade script does not stop old process?`),
    no(`Our hardening role deploys both mysqld_exporter and a custom CDR exporter, and a typo in group_vars put both on :9104. Second one fails to bind on every VOS host. Nothing to do with SIP, just letting you know in case your monitoring template has the same default.`),
    no(`Terraform built the VOS instance from a golden image that already had the Zabbix agent listening on 10050, and then cloud-init installed a second agent. journalctl: "zabbix_agentd: cannot create listener on port 10050: bind: Address already in use". Is the zabbix agent shipped with the VOS image or did we add it ourselves?`),
    no(`kubectl describe pod vos-portal-7d9c6: "Warning FailedScheduling 0/3 nodes are available: 3 node(s) didn't have free ports for the requested pod ports." It's hostPort 8080, so one pod per node max and the old pod is still Terminating. Is running the web portal with hostPort even the intended way?`),
    no(`Since we moved SSH to 2222 on our VOS hosts, sshd fails on one of them: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." It was a leftover socat port-forward someone started in a screen session months ago. Killed it, sshd fine. Just flagging in case VOS itself ever uses 2222.`),
    no(`Hello, the VOS3000 on the customer server does not start the web after we install docker. docker-proxy is listening on 8080 for a container of another client (the reseller shares the box, bad idea I know). Tomcat log: "Address already in use: JVM_Bind" on 8080. Only that port. We will move the container, just confirm VOS web must be 8080?`),
    no(`single port conflict on vos-fra-3: snmpd vs our SNMP exporter on udp/161, "Error opening specified endpoint udp:161". ignore the pager noise, fixing the unit file.`),
    no(`Please we have a challenge. We installed a second VOS3000 instance on the same server for another client, to save cost, and the second one fails at start with SIP bind error on 5060, address already in use. Can two instances share one server if we give them different ports?`),
    no(`"systemctl restart mbx3000d" timed out, and the journal shows the new instance failed with "bind 0.0.0.0:5060: Address already in use" because the old one was still shutting down. Manual start 20 seconds later worked. Is it safe to raise TimeoutStopSec in the unit so the restart waits properly?`),
    no(`ingress-nginx controller runs with hostNetwork and grabbed 80/443 on the node where our VOS web portal pod also ran with hostNetwork. Portal pod log: "bind() to 0.0.0.0:80 failed (98: Address already in use)". We're moving the portal behind the ingress instead. Any headers the portal needs from a reverse proxy?`),
    no(`Dear team, kindly assist. On VOS3000 2.1.8 server the mysql service is not starting after reboot, error "Bind on TCP/IP port. Got error: 98: Address already in use". MariaDB from epel was also enabled at boot by our junior engineer. We disabled it. Please confirm which DB service should be enabled for VOS.`),
    no(`Blackbox probe went red and the LB returned 502 for the VOS web. On the box: "nginx: [emerg] bind() to [::]:80 failed (98: Address already in use)" — Ansible templated a new vhost and now two files both have "listen [::]:80". Config mistake, one port, sorted. FYI only.`),
    no(`Dear support, we deploy vos3000 on a VM at OVH. When we start the media service it said bind port 10000 fail, address already in use. We check and the port is used by our coturn server installed before on same VM. Can we change the media port start of VOS, or better move coturn?`),
    no(`Hello, on our VOS server the SNMP trap receiver we use for monitoring and another trap daemon both want UDP 162, and whichever starts second fails at boot with address already in use. Which one does VOS actually need, if any?`),
    no(`pre-prod VOS in docker-compose: "vos-web" and "adminer" are both mapped to host port 8080, compose up says "Bind for 0.0.0.0:8080 failed: port is already allocated". My bad. Is there a recommended port map for running the VOS web bits in containers?`),
  ],
  otherRegistrationCause: [
    no(`impact: ~300 handsets for tenant "acme" unregistered from 02:10 UTC.
root cause: our Ansible Vault rotation job changed the SIP passwords on the VOS side, but the provisioning server kept serving the old config, so phones got 403 on REGISTER.
mitigation: reverted the vault commit, phones back by 02:55.
No change to softswitch.conf. What's the proper way to bulk-update passwords in VOS so both sides stay in sync?`),
    no(`We migrated the VOS3000 VM from one Hetzner host to another and the public IP changed. All phones have the old IP hardcoded as outbound proxy, so naturally they're all unregistered. Can the phones use a DNS name instead so this doesn't happen next time?`),
    no(`DNS change: sip.customer.example now points at the new VOS host in Route53, but the TTL was 86400 (yes, I know). Half the gateways still resolve the old address and show unregistered on the new server. Anything on the VOS side to speed this up, or do we just wait it out?`),
    no(`Licence on one of our VOS3000 boxes expired at midnight — the customer was still on the trial key and never replaced it. Every endpoint has failed registration since 00:00. Who do we talk to for the renewal, and is there a grace period?`),
    no(`Customer's office lost power for three hours yesterday. When it came back, 20 phones stayed unregistered. Their electrician replaced the router while he was there; it hands out a different subnet with no route to the internet on the voice VLAN. Nothing changed on our VOS.`),
    no(`Autoscaling replaced the EC2 instance running our kamailio in front of VOS (not VOS itself) and the new one came up with a different private IP. VOS has the old IP as a trusted gateway, so REGISTERs relayed from the new instance are rejected. Should we trust the whole subnet instead, or pin an ENI?`),
    no(`The customer pushed new firmware to their Yealinks through their own provisioning and the phones factory-reset — all SIP accounts are blank now, so of course they show unregistered in VOS. Is there a way to export the account list from VOS so they can re-provision quickly?`),
    no(`Our client's ISP had a fibre cut in Lagos, their site was offline for about 6 hours, phones unregistered the whole window. Now they want an outage report from us. Can you confirm from the VOS side that the server itself had no issue in that window?`),
    no(`Account "wholesale_tz" expired — balance went to zero and the VOS account also has an expiry date of yesterday. Their gateways keep sending REGISTER and get rejected. How do I extend the expiry without deleting and recreating the account?`),
    no(`TLS phones couldn't register this morning: the certificate on the VOS host expired because the letsencrypt renewal cron got lost when we moved jobs to systemd timers. Renewed, registrations are back. Which path does VOS read the cert from, so we can add a deploy hook?`),
    no(`After a network change last week the customer swapped their office MikroTik for a FortiGate and their phones (UDP 5060 only, never TCP) now lose registration roughly every 30 min. We think the UDP session timeout on the new FortiGate is shorter than the phones' register interval. We did not touch anything on VOS.`),
    no(`We moved the provisioning server behind a k8s ingress and its hostname changed. Phones still fetch config from the old hostname, get 404 and fall back to a stale config with the old SIP domain, so they show unregistered. VOS not involved beyond rejecting the wrong domain.`),
    no(`Hi, a customer from Pakistan says their phones show "No Service" since they changed the account password in the VOS web "for security". They did not update the phones. I explained, but they insist VOS is broken. Can you confirm VOS answers 403 for a wrong password and nothing else?`),
    no(`chronyd got disabled by a hardening playbook on one VOS VM and the clock drifted 11 minutes. A few gateways that are picky about nonce/Date started failing registration. Fixed NTP and they all came back. Posting in case someone else hits it.`),
    no(`Gateways unregistered 14:02–14:20. Timeline: 14:00 upstream transit flapped, 14:01 BGP session down, 14:19 traffic rerouted via secondary. VOS showed no errors. The customer wants an RFO — we have it — just checking whether VOS has any setting to make endpoints re-register faster after an outage like that.`),
    no(`Customer phones fail registration with "user not found" since we imported accounts through our API script. The CSV had trailing spaces in the usernames, so the accounts don't exist as the phones type them. Is there a bulk rename, or do we re-import?`),
    no(`During a fraud cleanup we set a max registrations limit per account, and now a call centre with 40 agents sharing one account only gets 10 registered; the rest show unregistered. Where is that limit in the web UI?`),
    no(`Customer changed ISP, got a new static IP, and their gateway entry in VOS is authenticated by IP. Since the switch the gateway is refused and shows offline. Where do I update the IP for that gateway?`),
    no(`Hi from Nairobi. Our client's phones sit behind 4G routers with carrier-grade NAT. They worked fine until yesterday; now they register and then drop every few minutes. UDP only, they have never used TCP, and nothing has changed on our VOS for months. Maybe the mobile operator shortened UDP timeouts?`),
    no(`After the k8s cluster upgrade our registration probe pod (sipsak, registers a test account every 30 s) started paging "unregistered". The helm chart regenerates the probe's password with randAlphaNum on every upgrade. Lol. Not VOS, closing.`),
    no(`Polycoms at one customer site went unregistered after their IT pushed a new VLAN config — the voice VLAN has no DHCP option pointing to the provisioning server, so the phones boot with no SIP config. Customer blames us; VOS log shows no REGISTER from their IP at all since 09:12.`),
    no(`A reseller sub-account was locked by the billing cron because an invoice was overdue, and 35 of their devices went unregistered. They've paid now. How do I unlock the account so registrations are accepted again?`),
    no(`The _sip._tcp and _sip._udp SRV records vanished when we moved the zone from GoDaddy to Cloudflare (the import skipped SRV records). Phones that rely on SRV lookup couldn't find the server. Records restored, phones registering again. Leaving this here for the ticket history.`),
    no(`Hello, the phones of the office unregistered after we change the domain name of the server. We changed the SIP domain in VOS as well. What else do we need to change so they register again?`),
    no(`Our EIP got disassociated when someone ran terraform destroy in the wrong workspace (yes, really). The VOS instance had no public IP for 25 minutes until we re-applied. Phones were unregistered in that window and came back on their own. Do we need to restart anything on VOS after the IP is back?`),
    no(`A misconfigured softphone at the customer hammered REGISTER with a wrong password and the account got locked for failed authentication, so the three legitimate desk phones on the same account are unregistered too. Where do I clear the lock?`),
    no(`Yeastar gateway at a customer was unregistered for two days. Turned out the customer didn't pay their internet bill and the ISP suspended the line. Nothing for VOS, just closing the ticket with a note.`),
  ],
  smallFigures: [
    no(`Setting up a Grafana alert on node_sockstat_TCP_tw for our VOS fleet. Right now it's 150–400 per host at around 10 CPS. What's a sane threshold before we should start worrying?`),
    no(`Baseline for a newly onboarded customer, VOS doing maybe 15 CPS:
TCP:   612 (estab 48, closed 520, orphaned 0, timewait 511/0), ports 0
Is that normal? Nothing is failing, I just want to know what "healthy" looks like on these boxes.`),
    no(`What does TIME_WAIT actually mean, and why does netstat show ~900 of them on our VOS3000 even at night? Not a problem, just curious because our SRE dashboard turns yellow at 500.`),
    no(`Q: is ~2k TIME_WAIT normal at 20 CPS with SIP over TCP? All calls fine, no errors anywhere.`),
    no(`Design question: should we enable SS_TCP_CLOSE_RESET by default in our VOS golden image (Terraform + Ansible)? Our customers are mixed, some with NATed phones. Nothing broken — just deciding the baseline.`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c gives me 37 ESTABLISHED, 212 TIME_WAIT, 4 LISTEN on a VOS box. How do I read this? Is 212 a lot?`),
    no(`node_nf_conntrack_entries is 3,100 out of a max of 262,144 on the nodes that host our VOS stack. The Prometheus rule warns at 75%. Are we anywhere near needing conntrack tuning for VOS?`),
    no(`Capacity planning: VOS at 50 CPS, average call 90 s, SIP over TCP to two carriers, default FIN close. How many TIME_WAIT sockets should we expect? We want alert thresholds in place before go-live.`),
    no(`Does net.ipv4.tcp_tw_reuse affect inbound connections or only outgoing ones? Reading up before I touch anything on a production VOS.`),
    no(`ip_local_port_range on our VOS hosts is 32768 60999 (default). Enough for ~30 CPS? The exporter says we use about 1% of it. Just a sanity check.`),
    no(`Sir, in monitoring we see TIME-WAIT count 300 to 450 on the VOS server during day time. Is it any issue? No complaint from the customer. Please advise if any setting needs to be done.`),
    no(`Weekly health check for customer X, VOS3000: load 0.3, mem 41%, TIME_WAIT 180, estab 60, registrations 412 all OK, disk 38%. Anything else you'd recommend adding to the checklist?`),
    no(`Why does ss show TIME-WAIT entries for 5060 connections at all if the phones closed them? Which side ends up holding TIME_WAIT, client or server? We only have ~90, I'm asking to understand.`),
    no(`Is tcp_tw_recycle still a thing? An old runbook from 2014 says to set it on VOS. Our CentOS 7 kernel still has the knob, but I've read it breaks clients behind NAT. Nothing broken, I'm cleaning up the runbook.`),
    no(`What's the practical difference between FIN close and RST close for SIP over TCP in VOS? The customer's security team asked. The server does ~5 CPS so I doubt it matters either way.`),
    no(`Our Datadog shows tcp time_wait jumping from 80 to 600 every day at 09:00 when the call centre logs in, and back down by 10:00. No errors, no failed calls. Normal?`),
    no(`ss -tan state time-wait | wc -l → 1342. VOS at ~25 CPS at peak. That's fine, right? Confirming before I close the ticket the NOC opened because of a new panel.`),
    no(`Should I worry about "orphaned 3" in ss -s on a VOS host? Everything else in the output is tiny.`),
    no(`Kurze Frage: in the VOS manual 4.3.5.2 the RST close option is described. In which case would you recommend it? We have max 8 CPS and SIP over TCP on a few trunks. Nothing is broken, only for understanding.`),
    no(`On the k8s node running our SIP probe and the VOS web portal: conntrack -C says 1900, nf_conntrack_max is 131072. Fine, right?`),
    no(`How do I read the Recv-Q / Send-Q columns in netstat for the VOS listener on 5060? Both are 0 most of the time; Send-Q showed 12 once. Should I care?`),
    no(`Hi, we are making a report about the server for a client. There are 700 connections in TIME_WAIT and 55 ESTABLISHED with 12 calls per second. Can you explain if this is ok, so I can explain to the client?`),
    no(`For our SLO dashboards, which metric best shows a VOS host is approaching ephemeral port pressure? We're below 1% usage right now but want an early-warning panel.`),
    no(`Planning to migrate a 5 CPS customer onto a shared VOS box. Do we need any kernel tuning at all at that volume? Default sysctls everywhere.`),
    no(`Is tcp_fin_timeout related to how long sockets stay in TIME_WAIT? Someone in our Slack says lowering it to 15 shrinks TIME_WAIT. We have about 250 time-wait sockets, no problem, I just want the facts right before it ends up in a runbook.`),
    no(`The customer's auditors flagged "net.ipv4.tcp_tw_reuse = 0" on their VOS host as a finding. The server does 3 CPS. Any reason to change it?`),
    no(`vos-prod-03, ss -s at 40 CPS peak: TCP: 2207 (estab 310, closed 1870, orphaned 0, timewait 1852). Healthy, or should I plan tuning? No errors in logs.`),
  ],
  firewallNoRst: [
    no(`Terraform applied a new aws_security_group to the VOS instance and the ingress for 5060 tcp/udp was missing. All inbound SIP timed out until we spotted it. Adding the rule now — which other ports does VOS need open? RTP range?`),
    no(`GCP: our firewall rule allowing SIP from the carrier ranges has priority 1000, and someone added a deny-all ingress at priority 900. Carrier INVITEs were blocked for an hour. Priorities fixed. Could you send the list of destinations VOS needs to reach outbound, so we can write egress rules?`),
    no(`Azure NSG on the VOS VM: need to whitelist three new carrier IPs on 5060 UDP. Any reason to also allow TCP 5060 for them? This customer only uses UDP with those carriers.`),
    no(`Hetzner Cloud Firewall on the VOS server blocks everything not listed, and our RTP range wasn't listed — one-way audio on every call. Added UDP 10000-20000. Is that the right media range for VOS?`),
    no(`OVH anti-DDoS went into mitigation on our VOS IP because of a SIP scanner flood and started scrubbing UDP 5060; legit calls failed for about 20 min. How do other VOS operators deal with OVH's mitigation for VoIP traffic?`),
    no(`fail2ban banned our own carrier's IP because their failover node kept getting 401s. How do I whitelist them for the VOS jail — ignoreip in jail.local, right?`),
    no(`The network ACL on the VOS subnet is stateless and we only opened 5060 inbound; replies to our outbound requests come back to ephemeral ports and the NACL dropped them. Opened 1024-65535 inbound from the carrier CIDRs, now fine. Anything else VOS-specific we should allow?`),
    no(`The customer's office router has SIP ALG on (TP-Link), it rewrites Contact headers and breaks audio. We told them to disable it. Is there anything in VOS to detect ALG mangling so we can spot it ourselves?`),
    no(`Geo-blocking request: customer wants all SIP from outside the EU blocked on their VOS host. ipset country lists in iptables on the box, or at the cloud firewall? Which costs VOS less CPU?`),
    no(`Rate limit: we'd like to cap REGISTER at 10/s per source IP with iptables hashlimit on UDP 5060. Sensible on a VOS box, or does VOS have its own protection for this?`),
    no(`"nf_conntrack: table full, dropping packet" on the k8s node running our SIP probe and rtpengine, during a scanner flood. Raised nf_conntrack_max and added NOTRACK for UDP 5060. Would disabling conntrack for SIP UDP on the VOS host itself be sensible too?`),
    no(`Our GCP load balancer health check (TCP 5060) failed after migration, backends marked unhealthy, no traffic. Cause: the firewall didn't allow 35.191.0.0/16 and 130.211.0.0/22. Fixed. Is a plain TCP health check on 5060 ok for VOS or will it spam its logs?`),
    no(`Someone added "iptables -A INPUT -p udp --dport 5060 -j DROP" on VOS-07 while testing a scanner block and forgot about it. All carriers timed out for two hours. Removed. For the postmortem: how can we make VOS alert when inbound SIP drops to zero?`),
    no(`The VOS web portal on 80/443 should only be reachable from our office VPN. Security group updated. Does anything in VOS call back to the portal from outside that we'd break?`),
    no(`Customer's FortiGate only allows SIP outbound to whitelisted destinations and they forgot to add our new VOS IP, so their gateway can't reach us. Sent them the IP. Nothing to do on our side, just keeping the ticket for reference.`),
    no(`firewalld on a CentOS 7 VOS host: after "firewall-cmd --reload" the RTP rules disappeared because they were never added with --permanent. Audio broke on all calls. Fixed. PSA for the team.`),
    no(`Can we restrict MySQL 3306 on the VOS host to localhost with the cloud firewall, or does some VOS component connect to it over the public IP?`),
    no(`Hello. We want to block the "friendly-scanner" User-Agent with an iptables string match on UDP 5060. Is it safe for VOS or can it block good traffic?`),
    no(`Cloudflare doesn't proxy SIP, right? Customer asked us to put their VOS "behind Cloudflare" for DDoS. I'm assuming the answer is the provider's network firewall plus an allow-list on 5060. Confirm?`),
    no(`Our hardening role sets INPUT policy DROP and whitelists carrier IPs from a YAML list. The NOC added a carrier with a typo in the CIDR (/32 instead of /23), so that carrier's calls were rejected since Tuesday. Fixed. Can VOS log rejected sources so we'd see this faster?`),
    no(`AWS WAF doesn't apply to UDP 5060 as far as I know. What do you recommend for SIP flood protection on a VOS EC2 instance — security group plus iptables rate limiting?`),
    no(`Customer's pfSense: they want outbound NAT with static port for their PBX towards our VOS and ask which ports to open. UDP 5060 plus the RTP range, correct?`),
    no(`Hello, after we enabled the Hetzner firewall, SIP over TLS on 5061 is blocked and TLS phones cannot connect. We forgot 5061. Now it is open. Which other ports does VOS use for TLS?`),
    no(`kube-proxy in iptables mode with externalTrafficPolicy: Cluster was SNATing SIP sources, so the VOS IP whitelist saw the node IP instead of the carrier IP and rejected calls. Switched to Local. Not really a firewall bug, documenting anyway.`),
    no(`fail2ban jail for the VOS web login bans after 5 failures and the customer locked themselves out from their office IP. Is "fail2ban-client set vos-web unbanip x.x.x.x" enough, or does VOS keep its own ban list too?`),
    no(`Our SOC wants every SIP TCP session to VOS logged on the Palo Alto with start/end and byte counts. Is there anything to change in VOS for that, or is it purely on the firewall? Everything works today, this is compliance.`),
    no(`Azure: the VOS VM's NIC NSG allowed 5060, but the subnet NSG didn't — two NSGs stack. Calls were blocked until we fixed the subnet one. Sharing so nobody else loses an afternoon on it.`),
  ],
  negationContext: [
    no(`TIME_WAIT is fine (under 1k). The ASR drop is the carrier: they've been answering 503 to about 30% of our INVITEs since 10:00. Please look at the route, not the kernel.`),
    no(`All our endpoints are UDP only, so the RST setting is irrelevant here. Phones went unregistered because the SBC in front of VOS got rebooted at 03:00 by kured. Why didn't they come back on their own?`),
    no(`RST is off on this box and nobody changed softswitch.conf — git diff on the Ansible repo is clean and the checksum matches. Yet calls drop at 32 s. I know the usual suspects and it's not those; I suspect an ACK that never arrives.`),
    no(`The firewall is not dropping anything: iptables counters show zero drops, conntrack is clean and the FortiGate logs show normal closes. The calls that don't end are the carrier's fault, they simply don't send BYE.`),
    no(`Phones went unregistered after the password change. Not NAT, not RST, just the password. Can you bulk-reset them?`),
    no(`impact: none. Saw "address already in use" once in the journal at boot for the web portal — single port, old process. Not port exhaustion, ss -s shows 200 timewait. Closing.`),
    no(`Before anyone suggests it: we did NOT turn on SS_TCP_CLOSE_RESET, it has been Off since install (grep confirms). The NATed phones lose registration because the customer's router reboots every night from a cron on their side.`),
    no(`Read your note about TIME_WAIT exhaustion. Doesn't apply: 300 CPS but all signalling is UDP, ss shows ~400 time-wait total. Our problem is CPU saturation on the media side during peak.`),
    no(`Conntrack entries for SIP TCP are cleaned up within seconds, checked with conntrack -L, so it's not the stuck-RST story. The hung calls come from one carrier that never answers our re-INVITE.`),
    no(`We enabled RST mode three months ago on the high-CPS box and it's been great — no NAT or firewall trouble, every endpoint on it is a public-IP carrier. Just asking whether tcp_tw_reuse is still worth setting on top.`),
    no(`No, we are not out of ports. ip_local_port_range is 1024 65535, tw_reuse=1, TIME_WAIT ~3k at 80 CPS. The "cannot bind" message is our Java CDR exporter trying to bind its metrics port 9404, which another exporter already holds.`),
    no(`Yes, our pfSense is stateful, but RST mode is off on the VOS, so that's not it. The calls drop at exactly 15 minutes — smells like a session timer on the customer's PBX.`),
    no(`Customer insists it's "the NAT thing from your newsletter". It isn't: the phones are on public IPs, UDP, and they went unregistered because their SIP account expired on the 1st.`),
    no(`Mitigation checklist done: TIME_WAIT normal (~600), conntrack normal, no RST drops in the firewall log, RST off anyway. So none of the known playbooks. Root cause turned out to be DNS — nscd died on the VOS host and lookups were timing out.`),
    no(`The "address already in use" is on the NodePort allocation, not on the VOS host. It's kube, not ephemeral ports. Please ignore the alert the bot raised.`),
    no(`We tried RST on in staging: the NATed phones there stayed registered fine, they're all UDP. So no, RST didn't break registration — the staging phones were down on Monday because of a VLAN change.`),
    no(`SRE note: the TIME_WAIT alert fired at 5k on vos-02, but that was 120 CPS during a test campaign with zero connect errors. Not exhaustion; raising the threshold.`),
    no(`Ticket from a reseller says "firewall drops RST". Checked: RST mode is off on their VOS, the calls don't hang either — their TLS phones just couldn't reach 5061 because it wasn't open in the cloud firewall. Closing as misdiagnosed.`),
    no(`Not a NAT problem. The phones behind NAT are fine; the ones failing are on public IPs, moved to a new ISP with different addresses, and they're IP-authenticated.`),
    no(`Already ruled out port exhaustion: "Cannot assign requested address" came from our sipp test script binding an IP that is no longer on the host after the ENI was moved. One script, nothing at scale.`),
    no(`Hello, calls do not hang up, but I checked and we have RST disabled always, and there is no firewall between. The caller hangs up and the callee stays. Is the gateway not sending BYE?`),
    no(`Rolled softswitch.conf back to yesterday's version just in case. SS_TCP_CLOSE_RESET was "Off" in both, so no diff. The registration drops continue, so it's not that setting. Looking at the provider's SBC now.`),
    no(`For the incident review: "timeline: 10:02 RST alarm" refers to the BGP session reset with our transit provider, not the VOS TCP RST setting. VOS config unchanged.`),
    no(`FYI: conntrack table isn't full (9k/262k), no drops in dmesg, SS_TCP_CLOSE_RESET is Off. So the stuck calls on vos-eu-1 are something else. SIP trace attached — 200 OK retransmits with no ACK coming back.`),
    no(`The NATed phones use UDP with a 25 s keepalive and register fine. The only unregistered device is a PBX whose admin changed its SIP port. Not the RST issue your bot keeps suggesting.`),
    no(`There is no stateful firewall in front of this VOS — bare metal at OVH with only the edge network firewall. RST is Off anyway. So "firewall eats RST" can't be it; the calls that hang at the end are all to one carrier.`),
    no(`"Address already in use" in our logs is from Terraform's local-exec spinning up the same kubectl port-forward twice. Nothing to do with VOS sockets — ss shows 150 TIME_WAIT on the box.`),
  ],
  portExhaustion: [
    pe(`impact: outbound calls to TCP carriers failing 18:00–18:40, ASR down ~35%.
timeline: 17:55 campaign ramps to ~280 CPS; 18:01 first "Cannot assign requested address" in the softswitch log; 18:20 ss -s shows timewait 27,9xx; 18:38 restarted mbx3000d, recovered.
root cause: looks like ephemeral port exhaustion on the VOS host.
Need a permanent fix before tomorrow's campaign.`),
    pe(`The Grafana panel for node_sockstat_TCP_tw on vos-ams-2 goes from ~2k to 30k+ every evening, and that's exactly when the NOC sees failures towards the TCP carriers. ip_local_port_range is still the CentOS default 32768 60999. What do we tune?`),
    pe(`[root@vos01 ~]# ss -s
Total: 31402 (kernel 31877)
TCP:   30988 (estab 812, closed 30051, orphaned 4, synrecv 0, timewait 30044/0), ports 0

and the softswitch keeps logging "bind failed: Address already in use" every time it opens a new TCP connection to the carrier. ~350 CPS. Help.`),
    pe(`again at peak: EADDRINUSE on outgoing sip tcp, 28k time_wait, restart fixes it for ~2h. vos3000 on centos 6.`),
    pe(`Dear team, our VOS3000 server is getting "cannot bind" errors during peak hours, 7pm to 11pm. Total CPS is around 200. In netstat we see more than 25000 TIME_WAIT. After restarting the service it works for some time, then the same again. Kindly provide a solution urgently, customers are complaining.`),
    pe(`Alertmanager fired EphemeralPortsNearlyExhausted on vos-sg-1 (27.6k of 28.2k in use). Five minutes later the TCP carriers started failing — the softswitch couldn't open new connections. It's a VOS box doing ~300 CPS of short calls, sysctls never touched.`),
    pe(`Hello, since two days we have the problem that in the evening our VOS makes no new TCP connections to the upstream. In the log: "connect failed: Cannot assign requested address". netstat shows about 29.000 connections in TIME_WAIT, all to the carrier IPs on 5060. CPS ca. 250. Restart helps for a while.`),
    pe(`Customer moved their dialer traffic (lots of sub-10 s calls) onto TCP last week. Since then, every afternoon new outbound legs fail with "Address already in use" in the log, and TIME_WAIT on the host climbs past 25,000. It's a 16-core Hetzner AX at 20% CPU, so not load. Restarting mbx3000d buys us roughly an hour.`),
    pe(`Postmortem draft, vos-par-1.
root cause: the host ran out of local ports for outbound SIP over TCP. ~400 CPS with FIN close → every connection sits in TIME_WAIT for 60 s → 24k+ sockets against a 28k port range.
mitigation during incident: restart.
action items: ??? — what's the recommended config on VOS for this so we can put it in the action items?`),
    pe(`Hello. VOS3000 2.1.6, CentOS 6. At peak time (about 300 calls per second) calls to the carrier over TCP do not go, in the log error bind "Address already in use". netstat -an | grep TIME_WAIT | wc -l = 31204. Please help, what to change?`),
    pe(`NOC dashboard: outbound SIP/TCP attempts per second flat-line at peak while inbound keeps rising. On the box, "cannot assign requested address" thousands of times per minute and ~28k sockets in time-wait. Is this the TIME_WAIT thing people talk about with VOS?`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c | sort -rn
  29871 TIME_WAIT
    904 ESTABLISHED
     12 LISTEN
      3 SYN_SENT
Peak ~320 CPS, all carriers on TCP. New calls start failing from our side and the log says it can't bind a local port. A restart clears the TIME_WAIT and it's fine until the next peak.`),
    pe(`Hi, our VOS is failing in the peak hour with message "Address already in use" when calling to the routes. We have 230 CPS. In ss I see many many TIME-WAIT, 27 thousand. When we restart it comes back. Server is in the cloud (Vultr). Is it needed to change the kernel?`),
    pe(`No containers involved, VOS is bare metal — but the symptom looks exactly like SNAT port exhaustion on our busy k8s nodes. VOS opens TCP to carriers, gets "cannot assign requested address", ss shows ~30k TW, 380 CPS. Besides sysctls, is there a VOS-side knob?`),
    pe(`vos-nyc-1 out of source ports again at 21:00. restart = 90 min of peace. please send the fix`),
    pe(`Hi po, our VOS3000 cannot make new calls every night when traffic is high, around 200-250 CPS. Error in the log is address already in use. We checked TIME_WAIT and it's 26,000+. We restart and it works again. What setting should we change po?`),
    pe(`SRE here, just inherited a VOS host from another team. At peak: outbound INVITEs over TCP fail, softswitch logs EADDRINUSE on connect, "ss -tan state time-wait | wc -l" = 28412. sysctl: tcp_tw_reuse = 0, ip_local_port_range = 32768 60999. No tuning ever applied. ~260 CPS.`),
    pe(`Had to fail traffic over to the secondary VOS at 19:30 because the primary stopped opening new TCP connections to carriers. At 20:15 the secondary started doing the same — same traffic, same untuned config. ~29k TIME_WAIT on both. What's the permanent fix?`),
    pe(`Dear support, our vos3000 at peak time has many failed calls, log say "cannot assign requested address". We check netstat and see TIME_WAIT about 30000. Our CPS is 300. After reboot the server is ok again for 1-2 hours. Please support us.`),
    pe(`Prometheus: node_netstat_Tcp_ActiveOpens around 350/s, node_sockstat_TCP_tw plateaus at 28.2k, which is exactly the size of our port range. That's when VOS starts failing outbound legs. Looks like port exhaustion — what does VOS recommend: RST close, tw_reuse, a wider range, all three?`),
    pe(`Pasting from the incident channel:
> 20:04 pager: ASR on TCP carriers < 40%
> 20:06 on host: softswitch log full of "bind error (98) Address already in use" for outgoing connections
> 20:09 ss -s → timewait 30117
> 20:12 restarted mbx3000d, ASR back
Happens nightly. 300-350 CPS at peak. Fix pls.`),
    pe(`Good day. Our VOS3000 keeps refusing to establish new TCP connections when traffic peaks around 8pm. The error we see is "Address already in use". Our engineers counted over 27,000 TIME_WAIT sockets. We restart and it works again. This is affecting our revenue, please help.`),
    pe(`Short-duration dialer traffic, ~400 CPS, TCP to three carriers. After 10–15 minutes at that rate new calls fail with "cannot bind local port". Looks like the box runs out of ephemeral ports. sysctl untouched, CentOS 7.`),
    pe(`Our synthetic check (a script on the VOS host that places a test call through a TCP carrier every minute) started failing at peak, so we first blamed the check. But the softswitch itself logs "Cannot assign requested address" on outgoing connects and there are 29k TIME_WAIT sockets. ~300 CPS. The check was just another victim.`),
    pe(`Hello, VOS server after one hour of high traffic starts giving "Address already in use" for outgoing SIP TCP. TIME_WAIT 25-30 thousand. CPS about 220. Restart of mbx3000d solves it temporarily. Kernel parameters are default. What must we do?`),
    pe(`It's not the docker thing (checked — VOS runs on the host, no docker installed). 300+ CPS peak, TCP carriers, softswitch logs "cannot assign requested address", ss shows timewait 28k, basically every port between 32768 and 60999 taken. Restart helps for an hour or two.`),
    pe(`Autoscaling can't help us here, this VOS is a single box. At ~270 CPS it stops opening new TCP connections: EADDRINUSE in the log, TIME_WAIT stuck around 28k. How do we fix it on the server itself?`),
    pe(`Ticket from reseller "FastLink": their dedicated VOS stops making calls every evening. I was logged in during the event — "Address already in use" in the softswitch log on every outbound attempt, 31k sockets in TIME_WAIT, load low. They push ~350 CPS of short calls. sysctl.conf is stock.`),
    pe(`At peak our side just stops sending calls to the TCP trunks — nothing in dmesg, but ss -s says timewait 29500 and ip_local_port_range is the default. UDP trunks on the same box keep working. Is VOS running out of ports?`),
    pe(`Urgent — since we onboarded the new call-centre customer (lots of short calls, ~250 CPS), the server can't open connections to the carrier in the evening, "cannot bind" errors everywhere. Restarting works for a bit. Nothing else changed on our side.`),
  ],
  natUnregistered: [
    nat(`impact: ~40% of registrations for tenant "greenbay" gone since 14:30.
timeline: 14:12 Ansible run applied the TIME_WAIT tuning (tw_reuse, port range, SS_TCP_CLOSE_RESET=On) + reparse; 14:30 registrations panel falls off a cliff.
Affected: only phones behind customer NAT routers using SIP over TCP. Carriers and public-IP PBXs are fine.`),
    nat(`We switched RST mode on last night to deal with TIME_WAIT, and now all the home-office users (each behind their own router) show unregistered in VOS. Office phones on our public /28 are fine. Should we revert?`),
    nat(`Customer's phones behind a MikroTik hEX keep dropping registration since Tuesday. Tuesday is when we set SS_TCP_CLOSE_RESET to On on that VOS. TCP transport. Phones re-register, work a few minutes, then unregistered again. Their public-IP trunk on the same server is fine.`),
    nat(`Grafana "registered endpoints" for vos-lon-1: 3,120 → 1,870 right after the change window where we turned on RST close in softswitch.conf. The ones that dropped are all NATed CPEs on TCP. Rollback?`),
    nat(`enabled rst on vos, now natted phones unregister. tcp. public ip ones fine. ??`),
    nat(`Dear support, after your team advised us to enable SS_TCP_CLOSE_RESET for the TIME_WAIT issue, our customers' phones behind NAT routers are showing unregistered. Phones with public IP are registered properly. Transport is TCP. Please advise.`),
    nat(`root cause (suspected): SS_TCP_CLOSE_RESET="On" pushed by config management to the whole VOS fleet. NAT devices in front of SIP/TCP phones don't cope with the RST, the mapping goes away and the phones sit unregistered until they manage to register again, then drop again.
mitigation: none yet. Need confirmation before we roll back fleet-wide.`),
    nat(`Hello, since we changed the parameter SS_TCP_CLOSE_RESET to On (because of many TIME_WAIT), the Yealink phones of our customers behind Fritzbox routers lose the registration. They use TCP. Phones with public IP have no problem. What can we do?`),
    nat(`We applied our "high CPS" profile on the shared VOS (the one that includes RST close). Now ~200 Grandstream phones behind customer CPEs flap between registered and unregistered every few minutes. SIP over TCP. The carriers on the same box are happy.`),
    nat(`Hi, we activated the RST in the VOS config on Friday because of the TIME_WAIT. Since then the phones of clients behind a router (NAT) are unregistered, they register and fall again. The phones with public IP are ok. We use TCP. Do we need to disable it?`),
    nat(`Our tuning role has a var vos_tcp_close_reset: true and somebody flipped it on for the whole "shared" inventory group. Since that run, customers behind NAT (MikroTik, Ubiquiti, cheap ISP CPEs) on TCP lose registration. Dedicated public-IP customers not affected.`),
    nat(`Phones behind NAT unregistered after the reparse. The only line that changed in softswitch.conf according to git:
-SS_TCP_CLOSE_RESET=Off
+SS_TCP_CLOSE_RESET=On
They register over TCP. Public IP endpoints are still registered.`),
    nat(`Hello po, after we turned on the RST setting in VOS yesterday, the IP phones of our clients using home routers cannot stay registered. They are on TCP po. The ones with static public IP are ok. Kindly help.`),
    nat(`Fleet-wide view: registrations dropped only on hosts where the tuning run set RST mode (vos-01, 03, 04). vos-02 skipped the run (ssh timeout) and its NATed TCP phones are perfectly fine. Pretty clear correlation. What's the recommended setup for boxes with NATed phones?`),
    nat(`Hello. After enabling SS_TCP_CLOSE_RESET=On, subscribers behind NAT (home routers, TP-Link, Keenetic) lose registration over TCP. Subscribers with white IP are fine. Before the change all was ok. How to fix?`),
    nat(`Customer ticket: "our phones keep showing unregistered since your maintenance". Our maintenance = sysctl tuning plus RST close on their VOS. All their phones sit behind one Cisco RV340 doing NAT, TCP transport. The other tenant on that box, with public IPs, is unaffected.`),
    nat(`The CPE-behind-NAT population (~1.1k devices, TCP) has been churning registrations since Wednesday. Change log: Wednesday = SS_TCP_CLOSE_RESET On for this VOS. Public-IP SIP trunks unaffected, UDP phones unaffected.`),
    nat(`Dear, we have a problem: after we made RST on in VOS to solve the time wait problem, all extensions behind NAT go unregistered. Only extensions with real IP are working. We are using TCP for SIP. Please, what is the solution?`),
    nat(`grep TCP_CLOSE /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
^ set by the perf playbook last week. Since then the NATed phones (TCP) go unregistered on and off. If I set it back to Off and reparse, will the phones come back without a reboot?`),
    nat(`Odd one: since RST was enabled on VOS, phones at customer sites behind pfSense doing NAT lose registration, while the exact same phone model on a public IP in our lab stays registered. Transport TCP. Is RST close just incompatible with NAT?`),
    nat(`Impact: ~600 subscribers unregistered, all behind NAT, TCP transport. Change: CHG-2291 "enable RST close", implemented 22:00 yesterday. The rollback plan in the CHG says set SS_TCP_CLOSE_RESET back to Off and reparse. Requesting go-ahead / confirmation that's the right rollback.`),
    nat(`Since we changed the connection close setting on the switch to fix the timewait thing, every phone behind a home router drops off after a few minutes. The ones on fixed public addresses stay up. All of them use TCP.`),
    nat(`Dear support, after we turn on RST in vos3000 (SS_TCP_CLOSE_RESET), the phones of customers behind modem NAT are unregistered. Phones use TCP. Phones with public IP are still registered. Please help us.`),
    nat(`TCP registrations from behind home/SME NAT keep timing out since RST mode went On. Capture on the VOS: we send RST after the transaction, the NAT box throws the mapping away, and the phone's next register goes nowhere until it opens a fresh connection. Public-IP endpoints are fine.`),
    nat(`Hello, we enabled RST mode in the VOS on Monday. Since then the customer phones behind MikroTik routers are unregistered, they use TCP. The PBX with public IP continues registered. We need help.`),
    nat(`Our new VOS image (built with Terraform + Packer) now bakes in SS_TCP_CLOSE_RESET=On. Since the first host from that image went live, phones behind customers' NAT routers on TCP don't stay registered. The old VOS with RST Off never had this.`),
    nat(`Since last week's tuning the NATed softphones (Zoiper over TCP, home Wi-Fi) go unregistered randomly; the desk phones in the DC on public IPs are fine. The tuning included turning on RST close.`),
    nat(`Hello, yesterday we enabled SS_TCP_CLOSE_RESET On. Today customers say their phones are not registered. All of them are behind modem/router with NAT, TCP protocol. Customers with public IP have no problem. Should we return it to Off?`),
    nat(`Health checks green, CPU fine, but registration count is down 35% since the change that turned RST on. Broken down by source: the losses are all NATed residential/SME ranges over TCP; datacenter IPs unchanged.`),
    nat(`We turned on RST close to get rid of TIME_WAIT, and now the MikroTik-NATed sites lose their phones: they register, then after the next REGISTER the phone shows "Registration failed" and VOS lists it as unregistered. Only the TCP ones.`),
  ],
  firewallRst: [
    fw(`Since we enabled RST close on the VOS, the FortiGate in front logs lots of "no session matched" denies for TCP RST from the VOS to carriers on 5060. Calls sometimes don't clear — the carrier keeps the leg up until its session timer fires. Before the change no issues.`),
    fw(`iptables -L -v shows the INVALID drop counter climbing fast since we set SS_TCP_CLOSE_RESET=On, and tcpdump says those packets are the softswitch's RSTs. Result: stuck calls on the carrier side, billing shows 30-minute calls that really lasted 40 s. Rule in question: -m conntrack --ctstate INVALID -j DROP.`),
    fw(`ASA syslog is full of "%ASA-6-106015: Deny TCP (no connection) from <vos>/5060 to <carrier>/41876 flags RST" since the RST change. Calls aren't being torn down properly on the far end.`),
    fw(`pfSense in front of our VOS: after turning RST mode on, the firewall log shows blocked TCP:R packets from the VOS on 5060, and at the same time calls end on one side while the other party stays in the call. Disable RST, or fix the pfSense rules?`),
    fw(`conntrack -L | grep 5060 shows hundreds of ESTABLISHED entries that never go away, even though VOS closed those connections — with RST, since SS_TCP_CLOSE_RESET went On. The host firewall doesn't accept the RST and the entries sit there for days (established timeout). Concurrent sessions on the carrier side keep growing and we hit their channel limit.`),
    fw(`impact: carrier "TelcoX" rejected our traffic from 16:40, channel limit reached on their side.
root cause: after CHG-1877 (RST close on VOS) the Palo Alto drops the RST packets — session end reason shows "aged-out" instead of a TCP reset, the carrier never sees the close and keeps phantom legs.
mitigation: ?`),
    fw(`fortigate eating the RSTs from vos since rst mode went on. calls hang. help`),
    fw(`Hello, after we set SS_TCP_CLOSE_RESET=On, our Juniper SRX logs dropped TCP packets with RST flag from the VOS. Calls are not cleared correctly, the B side stays connected. Before the change it was ok.`),
    fw(`Dear team, after enabling RST mode as suggested for TIME_WAIT, calls are not disconnecting properly. Our firewall (Sophos XG) shows dropped packets with RST flag from the VOS server IP. Customers are being billed for long durations. Kindly help urgently.`),
    fw(`We run VOS behind an OPNsense CARP pair with pfsync. Ever since RST close was enabled, the state table keeps SIP TCP states that VOS already killed, and the firewall log shows the RSTs blocked as state mismatch. For users: calls that don't end on one side, then "busy" on the next attempt.`),
    fw(`Grafana: the ASA connection-count panel has climbed steadily since Monday's change (RST on the VOS) and no longer drops at night like it used to. "show conn" lists TCP 5060 connections idle for hours. Calls get stuck and the carrier reports hung channels.`),
    fw(`Hello. After enabling RST in VOS (SS_TCP_CLOSE_RESET=On), the MikroTik we use as firewall in front (connection tracking on) drops packets with RST flag as connection-state=invalid. Calls are not ending, they hang. Before it was all good.`),
    fw(`Check Point logs "TCP packet out of state: First packet isn't SYN" with tcp_flags RST from VOS to the carrier on 5060, starting right after we flipped RST mode. Stuck calls on the carrier side, they're complaining about ghost channels.`),
    fw(`Since enabling RST, every few minutes a call just doesn't end for the A party. tcpdump on the VOS: we send the RST. tcpdump beyond the FortiGate: nothing. The firewall eats it, and its session list still shows the session alive.`),
    fw(`Hello, after putting RST On in the VOS, the calls do not finish. Our firewall (pfSense) blocks the RST packets, we see it in the log. The client stays in the call even when the other side hangs up. Please, what do we do?`),
    fw(`The host iptables on the VOS (from our hardening role) has "-m state --state INVALID -j DROP" on both INPUT and OUTPUT. Since SS_TCP_CLOSE_RESET went On, the RSTs get classified INVALID and dropped on OUTPUT — the LOG rule shows them. Calls never end on the carrier leg.`),
    fw(`After turning RST mode on last week, conntrack entries for SIP TCP stay ESTABLISHED on the host forever, and the carrier's SBC has calls lasting hours. Our edge ASA also shows "Deny TCP (no connection)" hits for RST packets. The stateful gear clearly doesn't like it.`),
    fw(`Hi po, after we enabled RST in VOS, calls cannot end. Our FortiGate log shows the RST packets are dropped. The customer is still connected even though the other side already hung up. Before enabling RST there was no problem po.`),
    fw(`Symptom: call connects, both sides talk, caller hangs up, and the carrier leg keeps running for minutes until the session timer kills it. Started after SS_TCP_CLOSE_RESET On. There's an ASA 5516 between VOS and the carrier, and its RST drop counters went up massively.`),
    fw(`Azure Firewall in the hub VNet logs dropped TCP RST packets with no matching flow for VOS → carrier SIP/TCP since we enabled RST close. The carrier keeps channels open and we hit our concurrent-call cap with them.`),
    fw(`Hello, we enabled the RST setting in VOS 3 days ago. Now our firewall (FortiGate 200F) drops the RST packets and some calls do not hang up, they continue until timeout. In the log we see "no session matched". Please advise.`),
    fw(`From pfctl -ss on the FreeBSD box in front of VOS:
all tcp 10.20.0.5:5060 -> 198.51.100.7:43122  ESTABLISHED:ESTABLISHED
(x ~400 lines, all idle > 1h)
These should be gone — VOS sends RST since we switched the close mode, and pflog shows those RSTs blocked. Calls hang on the far side.`),
    fw(`Sessions stuck in our Palo Alto since RST mode was enabled: the session browser shows SIP TCP sessions with no traffic for hours, and the drops counter shows RSTs rejected as out-of-window. Calls on the carrier side don't terminate.`),
    fw(`Not sure it's related, but since we turned SS_TCP_CLOSE_RESET on, the NOC sees calls that "never end" in the CDRs (durations capped at the 7200 s max). There's a Fortinet in the path and its log has plenty of denied RST packets from the VOS.`),
    fw(`Dear support, after activating RST mode on VOS, the Cisco ASA firewall is dropping the RST and the calls remain open. Customers complain they are charged more than the real time. Before activation everything was ok.`),
    fw(`Conntrack on our two iptables gateways in front of VOS grew from ~40k to ~300k entries in a day after RST close was enabled, and the standby now logs "nf_conntrack: table full". The entries are SIP/TCP ESTABLISHED that VOS already reset — the gateways dropped the RSTs as invalid. Calls on those connections hang on the peer side.`),
    fw(`Since RST on: the SonicWall logs "TCP packet received on non-existent/closed connection; TCP packet dropped" for RSTs coming from the VOS, and we have hung calls on the carrier trunk.`),
    fw(`Our stateful firewall (Hillstone) has been dropping RST from the VOS since the change, and the carrier keeps the call up. End users say the other party is "still on the line" after they hang up. Go back to FIN close?`),
    fw(`Ever since the switch was set to close connections the "hard" way (the RST option), our firewall shows dropped packets from the switch every time a call ends, and a lot of calls just don't hang up on the other side.`),
    fw(`TLS trunk to the carrier through a FortiGate: since RST close, calls sometimes don't clear, the FG logs drops of RST with "no session matched", and the carrier also complains we never send close_notify. All of it started with the SS_TCP_CLOSE_RESET change.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning50Set: readonly EvalItem[] = Object.values(tuning50Families).flat();
