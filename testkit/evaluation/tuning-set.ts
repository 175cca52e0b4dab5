import { amb, fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * The tuning split, by family: the same families as `neverTunedFamilies`, other messages.
 * Rules, weights, thresholds and training examples may be changed while reading its misses
 * (bench/classify lists them); that is what it is for, so its figures say little about
 * messages nobody has seen. None of its messages is a training example: tuning means
 * general mechanisms, not learning these sentences.
 */
export const tuningFamilies = {
  /** One listening service cannot bind its own port. */
  bindOnePort: [
    no('our apache web server cannot bind port 80'),
    no('my laptop says address already in use when i start the dev server'),
    no('lighttpd fails: bind failed: Address already in use on port 80'),
    no('haproxy cannot bind socket [0.0.0.0:443], address already in use'),
    no('mongod exits: Failed to set up listener: SocketException: Address already in use on 27017'),
    no('mariadb will not come up, error: Do you already have another mysqld server running on port: 3306 ?'),
    no('elasticsearch failed to bind to 9200, address already in use'),
    no('jenkins on our build box says java.net.BindException: Address already in use for port 8080'),
    no('jupyter notebook says the port 8888 is already in use, trying another port'),
    no('rails s gives Address already in use - bind(2) for "127.0.0.1" port 3000'),
    no('django runserver: Error: That port is already in use.'),
    no('spring boot app fails: Web server failed to start. Port 8080 was already in use.'),
    no('vite dev server says port 5173 is in use'),
    no('the vos web portal stopped, tomcat cannot bind 80 since we installed nginx'),
    no('portal service fails to start: address already in use'),
    no('podman run fails: rootlessport listen tcp 0.0.0.0:80: bind: address already in use'),
    no('kubernetes pod crashloop, log says bind: address already in use on :8443'),
    no('our second freeswitch instance cannot bind 5080, the first one has it'),
    no('the recording server will not start because port 443 is in use'),
    no('mysql bind error after reboot, another mysqld already owns 3306'),
    no('laptop pe dev server start karne pe address already in use aata hai'),
    no('amar pc te apache start hocche na, 80 port e onno program'),
    no('web portal er tomcat start hoy na, bind exception dekhay'),
    no('address already in use when i start the web panel'),
    no('cannot start nginx, port 80 already taken by httpd'),
  ],

  /** Phones do not register for another reason. */
  registrationOtherCause: [
    no('phone is offline because battery died'),
    no('the softphone lost registration after the password change'),
    no('we updated the sip passwords and now half the extensions fail to register'),
    no('wrong password on extension 3004, it shows unregistered'),
    no('phones cannot register since the server got a new ip address'),
    no('we moved vos to a new data centre, the phones still register to the old ip'),
    no('our sip hostname does not resolve anymore, extensions offline'),
    no('dns change last night, now no phone can find the server'),
    no('the sip account expired and the phone shows unregistered'),
    no('license expired this morning, nothing registers'),
    no('power cut at the branch, all phones offline'),
    no('the phone is switched off, that is why it is unregistered'),
    no('internet down at the remote office, phones unregistered'),
    no('the branch has no network since the fibre was cut'),
    no('we use udp only, since the new router the phones are not registered'),
    no('all our phones are udp, after the network change they dropped registration'),
    no('rst is off and phones behind nat still lose registration'),
    no('we never enabled rst, but the branch phones keep going unregistered'),
    no('nobody changed anything, the phones are offline because the office switch has no power'),
    no('after the password change all extensions unregistered'),
    no('registration rejected: 403, account disabled'),
    no('the reseller account was suspended so its users are unregistered'),
    no('the wifi at home is down, my softphone is offline'),
    no('ip change er por phone register hoy na'),
    no('password change kiya aur phone register nahi ho raha'),
    no('branch e bidyut nai, phone offline'),
    no('udp use kori, router change korar por extension unregistered'),
  ],

  /** Questions and health checks with small or normal figures. */
  questionsSmallFigures: [
    no('300 TIME_WAIT on a quiet server, normal?'),
    no('what is time_wait'),
    no('is 150 time wait a problem?'),
    no('we see 400 connections in time_wait, calls are working, is that fine?'),
    no('our server shows timewait 90/0 in ss -s, anything to do?'),
    no('how much time_wait is normal for a small switch?'),
    no('what does time-wait mean?'),
    no('please explain what an ephemeral port is'),
    no('why does linux keep time_wait sockets?'),
    no('how many ports are in the default local port range?'),
    no('is port exhaustion something we could hit at 30 cps?'),
    no('is tcp_tw_reuse needed on a quiet server?'),
    no('what causes address already in use errors?'),
    no('just checking: 700 time_wait at the evening peak with 25 cps, all calls ok'),
    no('how can i see the time_wait count myself?'),
    no('time wait 500 ache, normal naki?'),
    no('time_wait 250, sab theek hai na?'),
    no('time wait ki jinis?'),
    no('can time_wait sockets slow down the server? we have a few hundred'),
    no('what is close_wait compared to time_wait'),
  ],

  /** Firewall words without RST. */
  firewallNoRst: [
    no('please open port 5060 tcp for our new ip'),
    no('whitelist 198.51.100.201 please, it is our new office'),
    no('fail2ban keeps banning our office ip'),
    no('fail2ban blocked the carrier ip, please check'),
    no('should we disable sip alg on our router?'),
    no('sip alg is on in the tp-link, is that a problem?'),
    no('the firewall blocks our sip traffic from the new branch'),
    no('which ports must be open on the firewall for sip and rtp?'),
    no('our firewall blocks udp 5060 from the vendor'),
    no('iptables is dropping invites from the new carrier ip'),
    no('please allow our ip through your firewall'),
    no('csf ban on our ip again, we cannot register'),
    no('the fortigate sip alg rewrites the via header'),
    no('firewall port forwarding for 5060 on pfsense'),
    no('firewall e ip whitelist kore den'),
    no('firewall ne hamara ip block kar diya, unblock karo'),
    no('the firewall drops the rtp packets, audio is one way'),
    no('rst is not the problem, the firewall blocks the whole vendor ip range'),
    no('firewall log shows dropped udp from the scanner ips'),
    no('the customer firewall blocks outgoing sip to our server'),
  ],

  /** Everyday messages. */
  otherNegatives: [
    no('good morning sir, how is your day going'),
    no('please send me the rate list'),
    no('calls to yemen have bad audio'),
    no('thank you, solved'),
    no('ok vai thanks, will try tonight'),
    no('amar balance koto?'),
  ],

  /** Running out of local ports under load. */
  portExhaustion: [
    pe('at peak the softswitch throws address already in use on every outbound tcp connect'),
    pe('ss -s: timewait 30455/0, calls to the vendor fail since 8pm'),
    pe('the server runs out of local ports when we pass 350 cps'),
    pe('java.net.BindException: Cannot assign requested address at peak hours'),
    pe('netstat shows 29k TIME_WAIT and new tcp calls fail'),
    pe('time_wait grows to 30000 every night and then tcp connections fail'),
    pe('tcp to the carriers fails at rush hour with bind errors'),
    pe('outbound tcp sessions fail under load, log says address in use'),
    pe('we restart the switch every evening because tcp connects fail with address already in use'),
    pe('ephemeral ports exhausted on vos at peak'),
    pe('EADDRINUSE when the switch connects to the vendor at high cps'),
    pe('why do we get bind exceptions every evening at peak?'),
    pe('how to stop address already in use at peak, tcp trunks failing'),
    pe('is our port range too small? 28k time_wait and calls fail'),
    pe('peak time e bind exception ashe ar call fail hoy'),
    pe('bhai raat e tcp call jay na, time_wait 31 hajar'),
    pe('peak pe address already in use aata hai, tcp calls nahi jaate'),
    pe('time wait 29k ho gaya, tcp connection fail ho raha hai'),
    pe('cannot assign requested address when the switch opens tcp to the carrier'),
    pe('all local ports are used by time_wait sockets at peak'),
  ],

  /** Phones behind NAT losing registration once RST is on. */
  natUnregistered: [
    nat('since rst was turned on the phones behind nat show unregistered'),
    nat('extensions behind the mikrotik keep losing registration since the reset change'),
    nat('remote tcp phones behind the router go offline every few minutes'),
    nat('natted softphones lost registration after you enabled rst'),
    nat('the branch phones behind nat are unregistered since last night'),
    nat('only the extensions behind nat drop registration, office phones fine'),
    nat('phones behind the 4g modem keep falling off the online list'),
    nat('why are our phones behind nat unregistered since the rst change?'),
    nat('rst chalu korar por nat er pichoner phone unregistered'),
    nat('router ke peeche ke phones baar baar unregistered ho rahe hai'),
    nat('phones behind nat lose registration every 2 minutes'),
    nat('extensions over tcp behind the customer router are offline since the change'),
    nat('agents working from home behind nat are unregistered again'),
    nat('registration keeps expiring on the branch phones behind the router'),
  ],

  /** A firewall dropping the RST packets. */
  firewallRst: [
    fw('our firewall drops the rst from the switch since the change'),
    fw('fortigate denies the tcp reset packets from vos'),
    fw('iptables marks the resets invalid and drops them'),
    fw('asa says Deny TCP (no connection) from 203.0.113.10/5060 to 10.20.0.4/51234 flags RST ACK on interface dmz'),
    fw('the carrier firewall blocks our tcp rst packets'),
    fw('stateful firewall drops rst since you turned it on, calls time out'),
    fw('pfsense blocks the reset packets from the softswitch'),
    fw('after the rst change our checkpoint drops the resets'),
    fw('firewall rst packet drop kortese, call jay na'),
    fw('firewall reset packets block kar raha hai rst on ke baad'),
    fw('conntrack invalid drops on the rst from vos'),
    fw('firewall log: denied tcp rst from 203.0.113.10 port 5060'),
    fw('since rst is on the firewall drops the resets and tcp calls hang'),
  ],

  /** RST was switched on and something broke, unclear what. */
  rstChangeUnclear: [
    amb('since the rst change we have issues', 'firewall_rst', 'nat_unregistered'),
    amb('after you turned on the tcp close reset things stopped working', 'firewall_rst', 'nat_unregistered'),
    amb('the reset change yesterday broke something', 'firewall_rst', 'nat_unregistered'),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the tuning split (see tuningFamilies). */
export const tuningSet: readonly EvalItem[] = Object.values(tuningFamilies).flat();
