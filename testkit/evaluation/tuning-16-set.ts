import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * The sixteenth tuning split, by family: pasted diagnostics, as a customer's technician or NOC
 * engineer pastes them into the chat (`ss -s`, `netstat … | wc -l`, sysctl values, dmesg and
 * journal lines, Java stack traces, nginx, MySQL, Tomcat and Asterisk logs, tcpdump lines,
 * `iptables -L`, conntrack, MikroTik, FortiGate and pfSense log lines, SIP REGISTER and 401 traces,
 * VOS3000 client screens copied as text) with a line or two of their own words before or after, or
 * none: about half in English, the rest in Banglish, Roman Urdu and Hinglish, Spanish, Portuguese,
 * Arabic, Russian, Indonesian, Turkish and Vietnamese. Five negative families of 27 (one service
 * that cannot bind its own port, registration lost for another reason, small figures and questions,
 * firewall work without dropped RST, playbook words denied or explained) and three positive families
 * of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the sixteenth never-tuned set, before the fourteenth round of rules, by someone who had
 * read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other
 * sets in view; measured as such before and after the fourteenth and the fifteenth round, then made
 * tuning material for the sixteenth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 94.4 %, negatives confident 6.7 %, confident
 * wrong 0 % before the fourteenth round of rules and the same after it; 93.3 %, 5.9 % and 0 % after
 * the fifteenth.
 */
export const tuning16Families = {
  oneListeningPort: [
    no(`nginx for our recharge panel won't come up after the reboot. httpd is also installed on this box I think
[root@vos-web01 ~]# systemctl start nginx
Job for nginx.service failed because the control process exited with error code.
[root@vos-web01 ~]# journalctl -u nginx --no-pager | tail -3
Mar 14 09:12:41 vos-web01 nginx[22817]: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
Mar 14 09:12:41 vos-web01 nginx[22817]: nginx: [emerg] still could not bind()
Mar 14 09:12:41 vos-web01 systemd[1]: Failed to start The nginx HTTP and reverse proxy server.`),
    no(`sir mysql not starting on billing server after yum update, pls check urgently
2024-05-02T11:40:03.118270Z 0 [ERROR] Can't start server: Bind on TCP/IP port: Address already in use
2024-05-02T11:40:03.118301Z 0 [ERROR] Do you already have another mysqld server running on port: 3306 ?
2024-05-02T11:40:03.118342Z 0 [ERROR] Aborting`),
    no(`bhai VOS er web portal ta ashtese na, catalina.out e eta dekhaitese:
Jun 03, 2024 2:15:07 AM org.apache.coyote.AbstractProtocol init
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
    at org.apache.tomcat.util.net.JIoEndpoint.bind(JIoEndpoint.java:407)
    at org.apache.tomcat.util.net.AbstractEndpoint.init(AbstractEndpoint.java:623)
amra kal ekta jenkins install korsilam same server e, oita ki 8080 dhore rakhse?`),
    no(`Installed asterisk on the VOS box to test an IVR, chan_sip refuses to load:
[Apr 22 16:03:55] ERROR[30121]: chan_sip.c:30512 reload_config: Failed to bind to 0.0.0.0:5060: Address already in use
[Apr 22 16:03:55] WARNING[30121]: loader.c:2381 load_resource: chan_sip.so: load_module failed, returning -1
[root@vos-lab ~]# netstat -lnup | grep :5060
udp        0      0 0.0.0.0:5060        0.0.0.0:*        2231/mbx3000
so the softswitch already sits on 5060, right? which port should asterisk use`),
    no(`docker container start nahi ho raha, yeh error aa raha hai. purana container stop bhi kar diya tha
[root@cdr-api ~]# docker run -d --name cdr-api -p 8081:8081 cdrapi:2.3
docker: Error response from daemon: driver failed programming external connectivity on endpoint cdr-api (4f1c9be0a2d7): Bind for 0.0.0.0:8081 failed: port is already allocated.`),
    no(`Good afternoon. Our developer is building the customer portal on the VOS server and the node app is crashing on start. Please what is the cause?
Error: listen EADDRINUSE: address already in use :::3000
    at Server.setupListenHandle [as _listen2] (node:net:1817:16)
    at listenInCluster (node:net:1865:12)
    at Server.listen (node:net:1953:7)
    at Object.<anonymous> (/opt/portal/server.js:42:8) {
  code: 'EADDRINUSE',
  errno: -98,
  syscall: 'listen',
  address: '::',
  port: 3000
}`),
    no(`buenas, el apache del panel no levanta desde que instalamos nginx para el otro sitio. esto sale:
[root@pbx-panel ~]# systemctl status httpd -l
● httpd.service - The Apache HTTP Server
   Active: failed (Result: exit-code) since mar 2024-02-13 10:44:19 -05; 2min ago
feb 13 10:44:19 pbx-panel httpd[9931]: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:80
feb 13 10:44:19 pbx-panel httpd[9931]: (98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80
feb 13 10:44:19 pbx-panel httpd[9931]: no listening sockets available, shutting down`),
    no(`pessoal, subi um kamailio no mesmo servidor do VOS pra fazer de SBC e ele morre na hora de iniciar
 0(4411) ERROR: <core> [core/udp_server.c:472]: udp_init(): bind(6, 0x7f3a2c0e1a90, 16) on 192.168.20.10: Address already in use
 0(4411) CRITICAL: <core> [core/main.c:2115]: main(): could not initialize listener, exiting...
listen=udp:192.168.20.10:5060 no kamailio.cfg`),
    no(`السلام عليكم، غيرت بورت SSH إلى 2222 وبعد إعادة التشغيل ما اشتغل
May 19 22:07:31 vos3k sshd[1502]: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use.
May 19 22:07:31 vos3k sshd[1502]: fatal: Cannot bind any address.
هل فيه برنامج ثاني شغال على 2222؟`),
    no(`Hi po, redis on our CDR server keeps failing after we restarted it, here's the log
1278:M 08 Jul 2024 03:11:52.604 # Warning: Could not create server TCP listening socket *:6379: bind: Address already in use
1278:M 08 Jul 2024 03:11:52.604 # Failed listening on port 6379 (TCP), aborting.`),
    no(`после обновления php-fpm не стартует на сервере биллинга
[21-Oct-2024 14:02:10] ERROR: unable to bind listening socket for address '127.0.0.1:9000': Address already in use (98)
[21-Oct-2024 14:02:10] ERROR: FPM initialization failed
похоже, старый php56-fpm всё ещё висит на 9000?`),
    no(`freeswitch on the lab box next to VOS, internal profile won't come up:
2024-09-04 18:22:10.553201 [ERR] sofia.c:3412 Error Creating SIP UA for profile: internal (sip:mod_sofia@10.30.0.15:5060)
The likely causes for this are:
1) Another application is already listening on the specified address.
2) The IP the profile is attempting to bind to is not local to this system.
guess something else already owns 5060 on 10.30.0.15`),
    no(`mas, aplikasi rekap CDR kami (spring boot) gagal start di server VOS, errornya begini:
***************************
APPLICATION FAILED TO START
***************************

Description:

Web server failed to start. Port 8080 was already in use.

Action:

Identify and stop the process that's listening on port 8080 or configure this application to listen on another port.`),
    no(`merhaba, sunucuda postfix başlamıyor, fatura maillerini gönderemiyoruz
Nov 02 08:15:44 voip-bill postfix/master[3321]: fatal: bind 0.0.0.0 port 25: Address already in use
sendmail da kurulu kalmış olabilir mi?`),
    no(`anh ơi, em cài node_exporter để monitor con VOS mà nó không chạy được
ts=2024-08-11T02:31:09.412Z caller=node_exporter.go:223 level=error err="listen tcp :9100: bind: address already in use"`),
    no(`Zabbix agent not starting on VOS server after reinstall, kindly check
zabbix_agentd [24817]: cannot start agent: listener failed: bind() for [[-]:10050] failed: [98] Address already in use`),
    no(`dev wrote a small flask API for balance checks, it's supposed to run on 5000 and dies on start:
Traceback (most recent call last):
  File "/opt/balapi/app.py", line 88, in <module>
    app.run(host="0.0.0.0", port=5000)
  File "/usr/lib/python3.6/site-packages/werkzeug/serving.py", line 1009, in run_simple
    s.bind(server_address)
OSError: [Errno 98] Address already in use`),
    no(`opensips start karne pe ye aa raha hai. 5060 pe pehle se VOS chal raha hai kya isliye?
Jan 10 13:40:02 sbc1 /usr/sbin/opensips[7721]: ERROR:core:udp_init: bind(4, 0x7f52a1c3b6e0, 16) on 10.20.0.4: Address already in use
Jan 10 13:40:02 sbc1 /usr/sbin/opensips[7721]: ERROR:core:main: failed to initialize UDP listener`),
    no(`named keeps failing on our DNS VM, no DNS for the office since morning
Dec 01 04:22:18 ns1 named[1190]: listening on IPv4 interface eth0, 10.0.0.53#53
Dec 01 04:22:18 ns1 named[1190]: binding TCP socket: address in use
Dec 01 04:22:18 ns1 named[1190]: could not listen on UDP socket: address in use
Dec 01 04:22:18 ns1 named[1190]: creating IPv4 interface eth0 failed; interface ignored
dnsmasq was installed with the libvirt package, could that be it?`),
    no(`el tomcat del portal web del VOS no arranca después de un reinicio a medias, sale esto en catalina.out:
SEVERE: StandardServer.await: create[localhost:8005]:
java.net.BindException: Address already in use
    at java.net.PlainSocketImpl.socketBind(Native Method)
    at org.apache.catalina.core.StandardServer.await(StandardServer.java:432)
creo que quedó el proceso java viejo colgado`),
    no(`FTP for CDR export stopped working, vsftpd won't start:
[root@vos-cdr ~]# service vsftpd start
Starting vsftpd for vsftpd: 500 OOPS: could not bind listening IPv4 socket
                                                           [FAILED]`),
    no(`grafana não sobe, acho que conflito com outro app na 3000
logger=server t=2024-06-18T10:02:55.31-03:00 level=error msg="Stopped background service" service=*api.HTTPServer reason="failed to open listener on address 0.0.0.0:3000: listen tcp 0.0.0.0:3000: bind: address already in use"`),
    no(`salam ya gama3a, el haproxy msh 3ayez yesht3'al ba3d el reload
[ALERT] 162/101455 (8812) : Starting frontend https-in: cannot bind socket [0.0.0.0:443]
[ALERT] 162/101455 (8812) : [/usr/sbin/haproxy.main()] Some protocols failed to start their listeners! Exiting.`),
    no(`snmpd failing on vos host, our NMS can't poll it. log below
Feb 27 19:33:04 vos3000-dhk snmpd[2877]: couldn't open udp:161 -- errno 98 ("Address already in use")
Feb 27 19:33:04 vos3000-dhk snmpd[2877]: Error opening specified endpoint "udp:161"
Feb 27 19:33:04 vos3000-dhk snmpd[2877]: Server Exiting with code 1`),
    no(`vai amader sms gateway (go app) ta 8443 port e chalu hoy na, log dilam
2024/04/09 12:01:33 starting smsgw v1.4.2
2024/04/09 12:01:33 listen tcp 0.0.0.0:8443: bind: address already in use
exit status 1`),
    no(`trying to make the VOS box a syslog collector for our edge routers, rsyslog complains:
Sep 15 07:48:20 vos-core rsyslogd: imudp: could not create server socket for port 514 (errno 98: Address already in use)
Sep 15 07:48:20 vos-core rsyslogd: imudp: no listeners could be started, input not activated.`),
    no(`Webmin not coming up on port 10000 after restore from backup
[root@vos ~]# /etc/init.d/webmin start
Starting Webmin server in /usr/libexec/webmin
Failed to bind IPv4 port 10000 : Address already in use
Error: Webmin server did not start`),
  ],
  otherRegistrationCause: [
    no(`ext 8821 keeps failing reg since morning. customer swears he didn't touch anything but every auth gets 403
REGISTER sip:203.0.113.40 SIP/2.0
Via: SIP/2.0/UDP 192.168.1.104:5062;branch=z9hG4bK-1a2b3c
From: <sip:8821@203.0.113.40>;tag=9f2e
To: <sip:8821@203.0.113.40>
CSeq: 412 REGISTER
Authorization: Digest username="8821",realm="VOS3000",nonce="7a1f03",uri="sip:203.0.113.40",response="c04e9a"

SIP/2.0 403 Forbidden
Reason: authentication failed, bad password`),
    no(`bhai Zoiper register nahi ho raha. customer ne khud portal se password change kiya tha kal. log:
SIP/2.0 401 Unauthorized
WWW-Authenticate: Digest realm="VOS3000", nonce="b81c7d02", algorithm=MD5
REGISTER sip:voip.example.net (with Authorization)
SIP/2.0 401 Unauthorized
Zoiper: Registration failed - wrong username or password`),
    no(`since the ISP change this morning our registration to the carrier fails. they only whitelisted our old IP 198.51.100.14
[root@vos ~]# curl -s ifconfig.me
203.0.113.201
copied from VOS client, registration gateways:
Name        Server              Status        Last response
CARRIER-UK  203.0.113.90:5060   Unregistered  403 Forbidden (source IP not allowed)`),
    no(`los troncales no registran. el proveedor cambió el dominio el fin de semana y nuestro DNS no lo resuelve
[root@vos ~]# nslookup sip.carrier.example.net
Server:		10.0.0.2
Address:	10.0.0.2#53

** server can't find sip.carrier.example.net: NXDOMAIN`),
    no(`customer 7705 says they can't register. VOS client shows:
Account: 7705   Customer: NetLink   Balance: -12.40   Status: Locked (expired 2024-06-30)
Phone 77050001  Unregistered
guess they didn't renew. anything else I should check before I call them?`),
    no(`vai VOS restart er por theke kono phone register hocche na, license niye kichu dekhacche log e
2024-07-14 00:00:02 [WARN] License expired: valid until 2024-07-13, max online 0
2024-07-14 00:00:05 REGISTER from 10.8.0.23:5060 rejected: license limit reached (0/500)
2024-07-14 00:00:05 REGISTER from 10.8.0.41:5060 rejected: license limit reached (0/500)`),
    no(`Hi po, half the phones in the Makati office show unregistered. They had a brownout and the site guy says the PoE switch is still dead.
$ ping -c 3 192.168.50.21
PING 192.168.50.21 (192.168.50.21) 56(84) bytes of data.
From 192.168.50.1 icmp_seq=1 Destination Host Unreachable
From 192.168.50.1 icmp_seq=2 Destination Host Unreachable
VOS online phone list: 6301..6318 Unregistered, last register 02:14`),
    no(`sir office me naya DHCP server lagaya, phones ko IP hi nahi mil raha, 169.254 dikha raha hai
Yealink T21P Status
IPv4: 169.254.23.118
Gateway: --
DNS: --
Account 1: 4402@10.1.1.5  Registration Failed`),
    no(`trocamos o roteador do cliente ontem (TP-Link por um Huawei) e desde então os ramais caem de registro depois de uns minutos. tudo em UDP, nada de TCP
Telefone: Transport=UDP  Register Expires=3600  NAT Keep-alive=Desativado
Roteador: UDP session timeout = 30s
aumentar o keep-alive resolve?`),
    no(`التلفونات في الفرع الجديد ما تسجل، هذا من الـ trace:
REGISTER sip:10.10.1.5 SIP/2.0  From: <sip:3305@10.10.1.5>
SIP/2.0 401 Unauthorized
REGISTER sip:10.10.1.5 SIP/2.0  Authorization: Digest username="3305"
SIP/2.0 401 Unauthorized
الفني كتب كلمة المرور من الورقة القديمة على ما أظن`),
    no(`переехали на новый сервер, старый IP 203.0.113.17 погасили, а у клиентов в телефонах прописан старый
Phone status: Register Failed
Server: 203.0.113.17:5060  Transport: UDP
Last error: Request Timeout (408)`),
    no(`Good day, our registration to the upstream carrier is failing since yesterday. Please advise.
<--- Received SIP response (403) from 203.0.113.150:5060 --->
SIP/2.0 403 Forbidden
Reason: Q.850;cause=21;text="Account suspended - insufficient credit"`),
    no(`pak, semua IP phone di cabang Surabaya unregistered, ternyata server DNS lokal mati. ini dari syslog telepon:
<131>Jun 11 08:14:22 GXP1625 [DNS] query sip.voip-id.example failed: no response from 192.168.10.1
<131>Jun 11 08:14:22 GXP1625 [SIP] Account 1 registration failed: DNS lookup failed`),
    no(`customer installed the same account on his mobile softphone and now the desk phone keeps dropping off
2024-03-02 10:11:04 REGISTER 5512 from 10.0.3.44:5060 OK
2024-03-02 10:11:31 REGISTER 5512 from 10.0.7.90:5060 OK (previous binding 10.0.3.44 replaced, max contacts=1)
2024-03-02 10:12:05 REGISTER 5512 from 10.0.3.44:5060 OK (previous binding 10.0.7.90 replaced, max contacts=1)`),
    no(`telefonlar kayıt olmuyor. dün sunucuda SIP portunu 5060'tan 5080'e değiştirdik
Yealink log: REGISTER to 203.0.113.60:5060 ... no response (timeout 32s)
[root@vos ~]# netstat -lnup | grep 50
udp   0   0 0.0.0.0:5080   0.0.0.0:*   2290/mbx3000
telefonlarda hâlâ 5060 yazıyor olabilir mi?`),
    no(`chi nhánh Đà Nẵng mất internet từ sáng, tất cả máy lẻ unregistered. modem của nhà mạng báo thế này:
WAN Status: PPPoE Disconnected
Last error: Authentication failure (ISP)
Uptime: 0d 00:00:00`),
    no(`One of our clients reset his Grandstream to factory defaults, now it shows not registered. Config page:
Account 1
  Account Active: Yes
  SIP Server: (empty)
  SIP User ID: (empty)
  Authenticate Password: (empty)
Status: Not Registered`),
    no(`bhai customer er office er public IP change hoise. VOS e account e IP bind kora chilo 198.51.100.7, ekhon notun IP theke register korle 403 dey
REGISTER from 198.51.100.66:5060 user=2201 -> 403 Forbidden (source IP not in allowed list)`),
    no(`someone ran a cleanup of "inactive" accounts yesterday evening. now this:
REGISTER sip:10.50.0.2 SIP/2.0
From: <sip:6120@10.50.0.2>
SIP/2.0 404 Not Found
Reason: user 6120 does not exist`),
    no(`después de pasar el DHCP a Windows Server, los Yealink agarraron otra config de aprovisionamiento y quedaron sin registrar
Option 66: http://10.20.0.9/prov-viejo/
Yealink Account1 Server Host = 10.20.0.250  (ese servidor ya está apagado)`),
    no(`we re-imported the phones csv and now about 40 extensions get 401. looks like the password column shifted by one
2024-02-19 14:22:10 REG 3101 from 172.16.40.11 auth failed (bad digest)
2024-02-19 14:22:10 REG 3102 from 172.16.40.12 auth failed (bad digest)
2024-02-19 14:22:11 REG 3103 from 172.16.40.13 auth failed (bad digest)
2024-02-19 14:22:11 REG 3104 from 172.16.40.14 auth failed (bad digest)`),
    no(`o VOS tá recusando registro novo, parece limite da licença. print da tela:
Sistema > Informação de licença
Registros online: 200 / 200
Data de expiração: 2025-03-31
Novos registros: recusados (limite atingido)`),
    no(`ya basha kol el phones fel far3 unregistered, el switch el PoE fasal ba3d ma el kahraba et2ata3et
Switch#show power inline
Interface Admin  Oper  Power(Watts)
Gi0/1     auto   off   0.0
Gi0/2     auto   off   0.0
Gi0/3     auto   off   0.0
Available:0.0(w)  Used:0.0(w)  Remaining:0.0(w)`),
    no(`we moved sip.example-voip.net to the new server last night, some offices still hit the old box
$ dig +short sip.example-voip.net @10.0.0.2
203.0.113.140
$ dig +short sip.example-voip.net @8.8.8.8
203.0.113.77
the office resolver still has the old record cached, TTL was 86400`),
    no(`trunk register nahi ho raha, provider bol raha hai From me domain lagao
REGISTER sip:sip.carrier.example SIP/2.0
From: <sip:91120034@203.0.113.9>
To: <sip:91120034@203.0.113.9>
SIP/2.0 403 Forbidden
Warning: 399 carrier "Domain mismatch, expected sip.carrier.example"`),
    no(`Customer moved to a new ISP in Lahore, their phones never register. tcpdump on VOS sees nothing at all from their IP, and when they point the phone to 5080 it works straight away
[root@vos ~]# tcpdump -ni eth0 host 198.51.100.90 and port 5060
tcpdump: listening on eth0, link-type EN10MB (Ethernet), capture size 262144 bytes
^C
0 packets captured`),
    no(`Android users say Zoiper shows "not registered" whenever the screen is off for a while. UDP transport, no push.
10:22:01 Registration expired for 4471@voip.example.net
10:22:01 App in background, network access restricted by battery saver
10:31:47 App resumed, REGISTER sent, 200 OK`),
  ],
  smallFigures: [
    no(`quiet sunday afternoon, is this normal?
[root@vos3000 ~]# ss -s
Total: 402 (kernel 455)
TCP:   311 (estab 58, closed 236, orphaned 0, synrecv 0, timewait 233/0), ports 0

Transport Total     IP        IPv6
RAW       0         0         0
UDP       11        9         2
TCP       75        73        2`),
    no(`vai eta ki thik ache? tokhon server e 20-25 ta call chilo
[root@vos ~]# netstat -ant | grep TIME_WAIT | wc -l
140`),
    no(`sir kindly confirm these values are ok for VOS, we have not changed anything since install
# cat /proc/sys/net/ipv4/ip_local_port_range
32768	61000
# sysctl net.ipv4.tcp_tw_reuse
net.ipv4.tcp_tw_reuse = 0`),
    no(`hola, ¿qué significa esta línea del netstat -s? la vi revisando el servidor
    312 TCP sockets finished time wait in fast timer`),
    no(`what does "orphaned 0" mean in this?
TCP:   198 (estab 44, closed 150, orphaned 0, synrecv 0, timewait 149/0), ports 0`),
    no(`Sir just checking, is fin_timeout 60 fine or should it be lower? no issues, routine audit
# sysctl -a 2>/dev/null | grep -E "fin_timeout|keepalive_time"
net.ipv4.tcp_fin_timeout = 60
net.ipv4.tcp_keepalive_time = 7200`),
    no(`servidor novo, só 3 clientes até agora. tudo normal?
[root@vos-sp ~]# ss -tan state time-wait | wc -l
87`),
    no(`هل هذا طبيعي؟ فحص دوري فقط
# netstat -s | grep -i reset
    14 connection resets received
    3 resets sent
    0 resets received for embryonic SYN_RECV sockets`),
    no(`это нормально? просто смотрим, жалоб нет
# cat /proc/sys/net/netfilter/nf_conntrack_count
1842
# cat /proc/sys/net/netfilter/nf_conntrack_max
65536`),
    no(`Hi po, routine check. Is 412 TIME_WAIT fine at around 60 concurrent calls? Everything works, just documenting.
Proto Recv-Q Send-Q Local Address      Foreign Address     State
tcp        0      0 10.10.2.5:5060     10.10.2.90:41822    TIME_WAIT
tcp        0      0 10.10.2.5:5060     10.10.2.91:39110    TIME_WAIT
...
[root@vos-mnl ~]# netstat -ant | grep -c TIME_WAIT
412`),
    no(`ini maksudnya apa ya? kami cuma penasaran, tidak ada masalah di server
TCP:   1204 (estab 88, closed 1100, orphaned 0, synrecv 0, timewait 1098/0), ports 0`),
    no(`bu değer ne işe yarıyor? değiştirmemiz gerekir mi, yoksa böyle kalsın mı?
# sysctl net.ipv4.tcp_max_tw_buckets
net.ipv4.tcp_max_tw_buckets = 180000`),
    no(`em mới cài VOS tuần trước, thông số này có ổn không ạ?
[root@vos-hn ~]# ss -s
Total: 188 (kernel 201)
TCP:   97 (estab 31, closed 60, orphaned 0, synrecv 0, timewait 56/0), ports 0`),
    no(`Please what is the meaning of this parameter? I saw it while going through the list. Ours is like this:
[root@vos ~]# grep SS_TCP_CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="Off"`),
    no(`monthly health check on VOS-PRI, looks fine to me, any concern?
[root@vos-pri ~]# netstat -ant | awk '{print $6}' | sort | uniq -c
      1 established)
      1 Foreign
     64 ESTABLISHED
      3 FIN_WAIT2
     12 LISTEN
    198 TIME_WAIT`),
    no(`load average 0.21 hai aur TW 320, sab theek hai na? bas boss ko report bhejni hai
[root@vos-del ~]# uptime
 11:42:09 up 87 days,  3:10,  1 user,  load average: 0.21, 0.18, 0.15
[root@vos-del ~]# ss -tan | grep -c TIME-WAIT
320`),
    no(`what is "tw 164" here? any issue?
[root@vos ~]# cat /proc/net/sockstat
sockets: used 512
TCP: inuse 71 orphan 0 tw 164 alloc 80 mem 12
UDP: inuse 9 mem 4
RAW: inuse 0`),
    no(`¿los dejamos así? no tenemos ningún problema, solo estamos revisando la config del kernel
[root@vos-mx ~]# sysctl -a | grep -E "tw_reuse|tw_recycle"
net.ipv4.tcp_tw_recycle = 0
net.ipv4.tcp_tw_reuse = 0`),
    no(`is 1024 open files enough for a box with 40 channels? nothing wrong now, planning ahead
[root@vos ~]# ulimit -n
1024
[root@vos ~]# lsof -p $(pgrep -o mbx3000) | wc -l
231`),
    no(`what does this mean in netstat -s, should I worry?
Tcp:
    18214 active connections openings
    20377 passive connection openings
    2 failed connection attempts
    9 connection resets received
    46 connections established`),
    no(`Bro what do you think, 610 TIME_WAIT at our evening peak of 35 CPS, no complaints from anyone, just want to know if it's normal
[root@vos-ctg ~]# ss -tan | grep -c TIME-WAIT
610`),
    no(`el server hady el naharda, el TIME_WAIT 95 bas. keda tamam wala fi haga?
# netstat -ant | grep TIME_WAIT | wc -l
95`),
    no(`We set this range long ago on the old install. Do we need anything else? no issue, only reviewing before a migration
net.ipv4.ip_local_port_range = 1024	65535
TCP:   702 (estab 215, closed 487, orphaned 0, synrecv 0, timewait 480/0), ports 0`),
    no(`тут ноль, значит всё ок? проверяю по чек-листу
# nstat -az TcpExtTCPTimeWaitOverflow
#kernel
TcpExtTCPTimeWaitOverflow       0                  0.0`),
    no(`routine check on our Jakarta node before we sign off the month
[root@vos-jkt ~]# ss -s
Total: 611 (kernel 690)
TCP:   452 (estab 120, closed 328, orphaned 1, synrecv 0, timewait 300/0), ports 0
nothing to do here right?`),
    no(`what does the /0 after timewait mean in ss -s? ours reads timewait 77/0`),
    no(`TCP ile 23 bağlantı var, normal mi? müşteri sadece 2 santral bağladı
[root@vos-ist ~]# netstat -ant | grep :5060 | wc -l
23`),
  ],
  firewallNoRst: [
    no(`need to add the new carrier 198.51.100.0/26, where do I insert it? current INPUT:
[root@vos ~]# iptables -L INPUT -n -v --line-numbers
num   pkts bytes target  prot opt in  out  source            destination
1     1.2M   98M ACCEPT  udp  --  *   *    203.0.113.0/24    0.0.0.0/0    udp dpt:5060
2      44M  8.1G ACCEPT  udp  --  *   *    0.0.0.0/0         0.0.0.0/0    udp dpts:10000:20000
3     9120  512K ACCEPT  tcp  --  *   *    10.0.0.0/8        0.0.0.0/0    tcp dpt:22
4     311K   21M DROP    all  --  *   *    0.0.0.0/0         0.0.0.0/0`),
    no(`customer ka IP fail2ban ne ban kar diya, password galat daal raha tha. unban kaise karein?
[root@vos ~]# fail2ban-client status vos-sip
Status for the jail: vos-sip
|- Filter
|  |- Currently failed: 3
|  |- Total failed:     1284
|- Actions
   |- Currently banned: 17
   |- Banned IP list:   198.51.100.23 203.0.113.77 192.0.2.140`),
    no(`disabled the sip helper on the office MikroTik like the carrier asked, is this correct? one way audio is gone since
[admin@MT-Office] > /ip firewall service-port print
Flags: X - disabled, I - invalid
 #   NAME    PORTS
 0   ftp     21
 1   tftp    69
 4 X sip     5060
             5061`),
    no(`queremos bloquear todo el SIP que no venga de Colombia ni de EEUU en el Fortigate, ¿así va bien?
config firewall address
    edit "geo-CO"
        set type geography
        set country "CO"
    next
    edit "geo-US"
        set type geography
        set country "US"
    next
end`),
    no(`fiz o port forward no pfSense pro VOS, tá certo assim?
WAN  UDP  *  *  WAN address  5060 (SIP)      192.168.100.10  5060         VOS3000 SIP
WAN  UDP  *  *  WAN address  10000 - 20000   192.168.100.10  10000-20000  VOS3000 RTP`),
    no(`We are getting SIP scanners (friendly-scanner) hitting us all night. Please is this rate limit ok?
-A INPUT -p udp --dport 5060 -m string --string "friendly-scanner" --algo bm -j DROP
-A INPUT -p udp --dport 5060 -m hashlimit --hashlimit-above 20/sec --hashlimit-mode srcip --hashlimit-name sip -j DROP
-A INPUT -p udp --dport 5060 -j ACCEPT`),
    no(`أبغى أسمح لـ IP المكتب فقط بالدخول على بوابة الويب، هذا صحيح؟
[root@vos ~]# iptables -I INPUT 1 -p tcp -s 203.0.113.45 --dport 8080 -j ACCEPT
[root@vos ~]# iptables -A INPUT -p tcp --dport 8080 -j DROP
[root@vos ~]# service iptables save`),
    no(`добавил порты в firewalld, так правильно?
# firewall-cmd --zone=public --list-all
public (active)
  target: default
  interfaces: eth0
  services: ssh
  ports: 5060/udp 5060/tcp 10000-20000/udp 8080/tcp
  masquerade: no`),
    no(`Our fail2ban banned around 300 IPs overnight, is that normal po?
2024-10-03 02:14:55,118 fail2ban.actions [1123]: NOTICE [vos-sip] Ban 192.0.2.201
2024-10-03 02:15:02,440 fail2ban.actions [1123]: NOTICE [vos-sip] Ban 198.51.100.87
2024-10-03 02:15:09,902 fail2ban.actions [1123]: NOTICE [vos-sip] Ban 203.0.113.250
[root@vos ~]# grep -c " Ban " /var/log/fail2ban.log
307`),
    no(`made a VIP on the Fortigate for VOS, please check if ok
config firewall vip
    edit "VIP-VOS-SIP"
        set extip 203.0.113.120
        set mappedip "10.10.10.20"
        set extintf "wan1"
        set portforward enable
        set protocol udp
        set extport 5060
        set mappedport 5060
    next
end`),
    no(`we want to switch off SIP ALG on the Fortigate, are these commands right?
config system settings
    set default-voip-alg-mode kernel-helper-based
    set sip-helper disable
    set sip-nat-trace disable
end
config system session-helper
    delete 13
end`),
    no(`em cần NAT dải RTP 10000-20000 vào con VOS 192.168.1.20, viết vậy đúng không ạ
iptables -t nat -A PREROUTING -i eth0 -p udp --dport 10000:20000 -j DNAT --to-destination 192.168.1.20
iptables -A FORWARD -p udp -d 192.168.1.20 --dport 10000:20000 -j ACCEPT`),
    no(`pfSense logs are full of these, anything to worry about?
Block  Oct 14 03:12:09  WAN  Default deny rule IPv4 (1000000103)  198.51.100.201:5088  203.0.113.30:5060  UDP
Block  Oct 14 03:12:09  WAN  Default deny rule IPv4 (1000000103)  198.51.100.201:5090  203.0.113.30:5061  UDP
Block  Oct 14 03:12:10  WAN  Default deny rule IPv4 (1000000103)  192.0.2.77:5070      203.0.113.30:5060  UDP`),
    no(`kuch countries se SIP brute force aa raha hai, ipset bana diya. theek hai ya kuch miss hai?
ipset create geoblock hash:net
ipset add geoblock 192.0.2.0/24
ipset add geoblock 198.51.100.0/24
iptables -I INPUT -m set --match-set geoblock src -p udp --dport 5060 -j DROP`),
    no(`carrier asking us to whitelist their new IPs by Friday. their notice + our current rules:
New signalling: 203.0.113.8, 203.0.113.9
New media: 198.51.100.0/25
-A INPUT -s 203.0.113.4/32 -p udp --dport 5060 -j ACCEPT
-A INPUT -s 192.0.2.0/25 -p udp --dport 10000:20000 -j ACCEPT`),
    no(`should we unload these? we NAT to the VOS box. calls are ok right now, just asking
# lsmod | grep sip
nf_nat_sip             17709  0
nf_conntrack_sip       33780  1 nf_nat_sip
nf_nat                 26787  3 nf_nat_ipv4,nf_nat_sip,nf_nat_masquerade_ipv4`),
    no(`vai mikrotik e dst-nat dilam VOS er jonno, ektu check koren
/ip firewall nat
add action=dst-nat chain=dstnat dst-port=5060 in-interface=ether1-isp protocol=udp to-addresses=192.168.88.10 to-ports=5060
add action=dst-nat chain=dstnat dst-port=10000-20000 in-interface=ether1-isp protocol=udp to-addresses=192.168.88.10`),
    no(`configuramos una DoS policy contra udp flood, ¿ese umbral está bien para unas 300 llamadas simultáneas?
config firewall DoS-policy
    edit 1
        set interface "wan1"
        set dstaddr "VOS-PUBLIC"
        config anomaly
            edit "udp_flood"
                set status enable
                set action block
                set threshold 2000
            next
        end
    next
end`),
    no(`faltou alguma coisa no ufw do SBC?
$ sudo ufw status numbered
Status: active
     To                   Action      From
[ 1] 5060/udp             ALLOW IN    203.0.113.0/24
[ 2] 10000:20000/udp      ALLOW IN    Anywhere
[ 3] 22/tcp               ALLOW IN    10.0.0.0/8`),
    no(`3ayez a2fel el web (80 w 8080) men bara w asibo lel LAN bas, keda sa7?
iptables -A INPUT -p tcp -m multiport --dports 80,8080 -s 192.168.0.0/16 -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 80,8080 -j DROP`),
    no(`Kindly review our fail2ban jail for the VOS auth log, bans are not triggering
[vos3000]
enabled  = true
filter   = vos3000
action   = iptables-allports[name=vos3000]
logpath  = /var/log/vos-auth.log
maxretry = 5
findtime = 600
bantime  = 86400`),
    no(`On the VOS box INPUT chain the DROP counter is huge, is that expected? never saw it this big
Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
 pkts bytes target     prot opt in     out     source               destination
 912K   54M DROP       udp  --  eth0   *       0.0.0.0/0            0.0.0.0/0            udp dpt:5060 STRING match "sipvicious" ALGO name bm TO 65535
  38M  6.2G ACCEPT     udp  --  eth0   *       0.0.0.0/0            0.0.0.0/0            udp dpt:5060`),
    no(`carrier says disable SIP inspection on our ASA to fix their one-way audio. command is "no inspect sip" under the class, right?
ciscoasa# show run policy-map
policy-map global_policy
 class inspection_default
  inspect dns preset_dns_map
  inspect ftp
  inspect sip`),
    no(`apakah urutan rule ini sudah benar? yang tidak ada di address-list harus ditolak
/ip firewall filter
add chain=input src-address-list=carrier-ok protocol=udp dst-port=5060 action=accept
add chain=input protocol=udp dst-port=5060 action=drop`),
    no(`new carrier wants to send SIP over TCP. opened it like this, any issue?
-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
-A INPUT -s 198.51.100.40/32 -p tcp -m tcp --dport 5060 -m state --state NEW -j ACCEPT
-A INPUT -p tcp --dport 5060 -j DROP`),
    no(`đây là log sau khi em mở policy cho carrier mới, thấy accept rồi ạ
date=2024-05-20 time=10:11:45 devname="FGT-HCM" logid="0000000013" type="traffic" subtype="forward" level="notice" srcip=203.0.113.66 srcport=5060 dstip=10.0.1.15 dstport=5060 proto=17 action="accept" policyid=12 service="SIP" duration=180`),
    no(`5060'a çok fazla istek geliyor, bu kuralla sınırladık. meşru müşterileri de keser mi?
-A INPUT -p udp --dport 5060 -m recent --set --name SIP
-A INPUT -p udp --dport 5060 -m recent --update --seconds 10 --hitcount 50 --name SIP -j DROP`),
  ],
  negationContext: [
    no(`FYI only. the ops dashboard flagged this but ASR/ACD are normal, zero failed calls, no errors in any log. not asking for a change, just so you know
# ss -s
TCP:   24511 (estab 1320, closed 23080, orphaned 2, synrecv 0, timewait 23077/0), ports 0`),
    no(`vai kichu call e one way audio hocche. RST er kotha bolben na please, eta Off e ache, ar amra TCP o use kori na, sob UDP
[root@vos ~]# grep SS_TCP_CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="Off"`),
    no(`Update: the "cannot assign requested address" errors are gone since Tuesday's tuning, zero since then. ss -s at tonight's peak:
TCP:   3120 (estab 960, closed 2120, orphaned 0, synrecv 0, timewait 2118/0), ports 0
you can close the ticket, thanks`),
    no(`yeh log pichle mahine ka hai jab DDoS hua tha, ab sab clean hai. sirf record ke liye bhej raha hun, kuch karna nahi hai
Sep 03 21:14:02 vos kernel: TCP: time wait bucket table overflow
Sep 03 21:14:02 vos kernel: TCP: time wait bucket table overflow
aaj ka dmesg | grep -i "time wait" -> kuch nahi aaya`),
    no(`this is from our lab VM (2 vCPU) where we ran sipp at 400 cps over TCP to break it on purpose. production never shows this, just sharing the results
sipp: The following events occured:
2024-06-12 16:40:51.210 Unable to connect a TCP socket, errno = 99 (Cannot assign requested address).`),
    no(`no es lo del RST: lo tenemos en Off desde siempre. los teléfonos se desregistran solo cuando se cae el enlace del ISP, ya nos lo confirmaron ellos con el reporte de cortes
SS_TCP_CLOSE_RESET=Off
ISP ticket #88231: corte de fibra 09:12 - 09:47, restablecido`),
    no(`We enabled RST last week and calls are all clearing normally, the Fortigate passes the resets both ways. Only confirming the config is fine, no complaint.
FGT # diagnose sniffer packet any 'tcp[13] & 4 != 0' 4 3
2024-08-06 11:02:14.551 port1 in 10.1.1.5.5060 -> 203.0.113.9.40112: rst 3318221 ack 0
2024-08-06 11:02:14.551 port2 out 10.1.1.5.5060 -> 203.0.113.9.40112: rst 3318221 ack 0`),
    no(`esse TIME_WAIT alto é no nginx do site institucional, não no VOS. o site tá ok e o VOS nem passa por essa máquina, o monitoramento abriu chamado por engano
[root@web-inst ~]# ss -s
TCP:   19930 (estab 210, closed 19700, orphaned 0, synrecv 0, timewait 19698/0), ports 0`),
    no(`مشكلة التسجيل انحلت بعد ما رجعنا الإعداد زي ما كان، الحين كل التلفونات Registered. شكرا
SS_TCP_CLOSE_RESET="Off"
Online phones: 212 / 212 Registered`),
    no(`это лог с тестового стенда разработчика, не с продакшена. он гонял нагрузочный тест с ноутбука, на боевом VOS такого нет
java.net.BindException: Address already in use: connect
    at java.net.DualStackPlainSocketImpl.connect0(Native Method)
    at loadtest.SipFlood.open(SipFlood.java:77)`),
    no(`RST is Off po so it's not that. The calls drop at exactly 32 seconds, looks like our ACK never reaches the carrier
SS_TCP_CLOSE_RESET="Off"
10:14:02 >> SIP/2.0 200 OK (retransmission 7)
10:14:34 << BYE sip:77812@203.0.113.70 SIP/2.0
Reason: Q.850;cause=102;text="ACK timeout"`),
    no(`TIME_WAIT is 18k at peak but everything runs fine: ASR 52%, no SIP errors, no bind errors in any log. just tell me if action is really needed, if not we leave it as is
[root@vos-sby ~]# netstat -ant | grep -c TIME_WAIT
18112`),
    no(`this kernel log is from last month, we did the sysctl changes back then and since then dmesg is clean. ignore it, I only attached it for the audit trail
Aug 14 20:31:08 vos-ank kernel: TCP: time wait bucket table overflow
[root@vos-ank ~]# dmesg | grep -c "bucket table overflow"
0`),
    no(`lỗi này trên máy test của team dev thôi, không phải production. production vẫn chạy bình thường, anh khỏi lo
Oct 02 15:20:11 test-vm01 app[3312]: connect() failed (99: Cannot assign requested address) while connecting to upstream 10.99.0.5:5060`),
    no(`Posting for the record: NATed phones were unregistered on Monday after RST was switched on. We set it back to Off and all 140 came back within 5 minutes. No action needed.
[root@vos ~]# grep SS_TCP_CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="Off"
Online phone: 140 registered, 0 unregistered`),
    no(`pichle hafte firewall pe RST drop ho raha tha, rule add kar diya, ab saari calls theek clear ho rahi hain. bas confirm kar raha hun counters badh rahe hain
-A FORWARD -p tcp --sport 5060 --tcp-flags RST RST -j ACCEPT
   pkts bytes target
  41822 1672K ACCEPT`),
    no(`The bind error in that log is from March, before we moved to the new server. Today's log is clean. Please ignore it, I only pasted it to show the history.
[root@vos-lag ~]# grep -c "Address already in use" /var/log/messages
0`),
    no(`ya lo explicó el compañero: el script de monitoreo usaba --interface con una IP que ya no existe en el servidor, por eso el "Cannot assign requested address". no tiene nada que ver con puertos ni con carga
$ curl --interface 10.0.0.99 http://10.0.0.5:8080/health
curl: (45) bind failed with errno 99: Cannot assign requested address`),
    no(`ops flagged TIME_WAIT at 09:00 daily. it's the CDR backup job opening lots of short mysql connections, it clears within a minute and no call fails during it
09:00:05  timewait 14230
09:01:10  timewait 1210
09:02:00  timewait 402`),
    no(`RST is Off (see below) and the drop is at exactly 15 minutes, it's the carrier's session timer, not a TCP thing
SS_TCP_CLOSE_RESET="Off"
Session-Expires: 900;refresher=uac
14:15:00 << BYE  Reason: SIP;cause=408;text="Session timer expired"`),
    no(`da error men el test server mesh el production, ma7adesh yeshta3'al 3aleih. el production kollo tamam
[root@test-vos ~]# tail -1 /var/log/messages
Nov 05 12:40:33 test-vos app: bind(): Address already in use`),
    no(`gotokal raat e port shesh hoye jacchilo, ekhon tuning er por thik ache. TW ekhon 1 900 peak e, kono error nai. r kichu korte hobe na, just janailam`),
    no(`The count looked scary but that wc counted every line of netstat incl. unix sockets. actual TIME_WAIT is small, no issue
# netstat -an | wc -l
9214
# netstat -ant | grep -c TIME_WAIT
402`),
    no(`RST выключен, это не оно. звонки падают из-за кодека, оператор отвечает 488
SS_TCP_CLOSE_RESET="Off"
<< SIP/2.0 488 Not Acceptable Here
Warning: 304 carrier "Media type not available: G729"`),
    no(`the Fortigate drops in this log are a port scan on 22/3389 from one IP, nothing to do with SIP, calls are fine. just checking you agree
date=2024-09-10 time=03:11:20 srcip=192.0.2.66 dstip=203.0.113.5 dstport=22 proto=6 action="deny" policyid=0
date=2024-09-10 time=03:11:20 srcip=192.0.2.66 dstip=203.0.113.5 dstport=3389 proto=6 action="deny" policyid=0`),
    no(`Kemarin sempat "address already in use", tapi itu karena ada dua instance nginx jalan bersamaan. satu sudah dimatikan, beres. hanya info`),
    no(`TIME_WAIT 2 300 görünüyor ama çağrılar sorunsuz, hiç hata yok. sadece bilgi olsun diye yazıyorum
[root@vos-izm ~]# ss -tan state time-wait | wc -l
2301`),
  ],
  portExhaustion: [
    pe(`peak hours 8-10pm, TCP calls to the carrier failing, clients get 503. pasted at 21:05 from the VOS box
[root@vos3000-pri ~]# ss -s
Total: 33410 (kernel 33522)
TCP:   31842 (estab 611, closed 31180, orphaned 4, synrecv 0, timewait 31177/0), ports 0
[root@vos3000-pri ~]# tail -2 /var/log/messages
Jul  9 21:04:58 vos3000-pri mbx3000: sip tcp connect to 203.0.113.61:5060 failed (99: Cannot assign requested address)
Jul  9 21:04:58 vos3000-pri mbx3000: sip tcp connect to 203.0.113.62:5060 failed (99: Cannot assign requested address)`),
    pe(`vai raat 9 tar por theke carrier e TCP call jacche na, server e port shesh mone hocche. dinner er por traffic 300 cps er upore uthe
[root@vos-dhk1 ~]# netstat -ant | grep TIME_WAIT | wc -l
28190
[root@vos-dhk1 ~]# cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
off peak e abar sob thik hoye jay`),
    pe(`sir at peak our callback app running on the VOS host throws this continuously and new calls stop. after 11pm it is ok again
java.net.NoRouteToHostException: Cannot assign requested address
    at java.net.PlainSocketImpl.socketConnect(Native Method)
    at java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)
    at java.net.Socket.connect(Socket.java:607)
    at com.callback.sip.TcpLeg.open(TcpLeg.java:118)
[root@vos-blr ~]# ss -tan state time-wait | wc -l
27904`),
    pe(`bhai shaam 7 baje se TCP wali calls connect nahi ho rahi, dmesg bhar gaya hai yeh se. traffic us waqt sabse zyada hota hai
[root@vos-khi ~]# dmesg | tail -4
TCP: time wait bucket table overflow
TCP: time wait bucket table overflow
TCP: time wait bucket table overflow
TCP: time wait bucket table overflow
[root@vos-khi ~]# ss -s | grep TCP:
TCP:   180422 (estab 833, closed 179560, orphaned 11, synrecv 0, timewait 179555/0), ports 0`),
    pe(`en la hora pico (de 19 a 22) las llamadas por TCP hacia el proveedor no salen, y en el log del VOS aparece "cannot assign requested address". nunca tocamos el kernel
[root@vos-bog ~]# sysctl net.ipv4.ip_local_port_range net.ipv4.tcp_tw_reuse
net.ipv4.ip_local_port_range = 32768	61000
net.ipv4.tcp_tw_reuse = 0
[root@vos-bog ~]# netstat -ant | grep -c TIME_WAIT
27311`),
    pe(`At ~600 CPS the softswitch starts refusing to open new TCP legs, everything is fine below ~400 CPS
2024-07-19 20:41:07.332 [ERR] SipTcpTransport: connect to 198.51.100.20:5060 failed, errno=98 (Address already in use)
2024-07-19 20:41:07.335 [ERR] SipTcpTransport: connect to 198.51.100.21:5060 failed, errno=98 (Address already in use)
2024-07-19 20:41:07.339 [ERR] Call 8841220 failed: no transport to next hop
# ss -s
TCP:   29880 (estab 1102, closed 28702, orphaned 0, synrecv 0, timewait 28699/0), ports 0`),
    pe(`no horário de pico as chamadas TCP não completam e o VOS loga erro de conexão. fora do pico volta sozinho
[root@vos-sp2 ~]# ss -tan state time-wait | wc -l
44012
[root@vos-sp2 ~]# grep -c "Cannot assign requested address" /var/log/messages
1872`),
    pe(`من الساعة 8 مساءً المكالمات اللي تطلع TCP تفشل، والسيرفر يكتب هذا الخطأ. الضغط وقتها فوق 250 مكالمة بالثانية
# cat /proc/sys/net/ipv4/ip_local_port_range
32768	61000
# netstat -ant | grep TIME_WAIT | wc -l
28203
# tail -1 /var/log/messages
Mar 11 20:17:44 vos-ruh mbx3000: connect() failed: Cannot assign requested address`),
    pe(`Good evening. During our night peak (about 350 CPS) new TCP connections to the carriers simply fail. We already widened the port range months ago but it is still not enough.
[root@vos-abj ~]# sysctl net.ipv4.ip_local_port_range
net.ipv4.ip_local_port_range = 1024	65535
[root@vos-abj ~]# netstat -ant | grep -c TIME_WAIT
61377
[root@vos-abj ~]# grep EADDRNOTAVAIL /var/log/messages | tail -1
Apr  2 22:40:15 vos-abj mbx3000: tcp connect 203.0.113.90:5060 EADDRNOTAVAIL`),
    pe(`в час пик новые TCP-соединения к оператору не открываются, в логах сплошь "cannot assign requested address". почти все TIME_WAIT на один адрес:
# ss -tan state time-wait | awk '{print $4}' | sort | uniq -c | sort -rn | head -3
  27412 203.0.113.35:5060
    311 10.0.0.12:3306
     40 10.0.0.15:8080
# sysctl net.ipv4.tcp_tw_reuse
net.ipv4.tcp_tw_reuse = 0`),
    pe(`pak, tiap jam sibuk (jam 19-21) panggilan lewat trunk TCP gagal semua, log VOS isinya begini. di luar jam itu normal
Jun 20 19:32:10 vos-sby mbx3000[2231]: SIP/TCP: bind local port failed: Address already in use
Jun 20 19:32:10 vos-sby mbx3000[2231]: SIP/TCP: bind local port failed: Address already in use
[root@vos-sby ~]# ss -s | head -2
Total: 30122 (kernel 30201)
TCP:   29874 (estab 402, closed 29470, orphaned 0, synrecv 0, timewait 29466/0), ports 0`),
    pe(`akşam yoğunluğunda TCP üzerinden çıkan çağrılar kuruluyor gibi yapıp düşüyor, log'da bu var. CPS o saatte 280 civarı
2024-11-18 20:55:03 ERROR tcp client: connect 198.51.100.77:5060: cannot assign requested address
2024-11-18 20:55:03 ERROR tcp client: connect 198.51.100.77:5060: cannot assign requested address
[root@vos-ist ~]# netstat -ant | grep TIME_WAIT | wc -l
28004`),
    pe(`anh ơi, giờ cao điểm buổi tối VOS không mở được kết nối TCP mới sang nhà mạng, cuộc gọi rớt hết. đây là lúc 20h15:
[root@vos-hcm ~]# ss -s
TCP:   26745 (estab 512, closed 26200, orphaned 3, synrecv 0, timewait 26194/0), ports 0
[root@vos-hcm ~]# grep -c "Cannot assign requested address" /var/log/messages
944`),
    pe(`sir peak time pe VOS se carrier ko TCP calls fail ho rahi hain, ye dekho. subah sab theek chalta hai
[root@vos-del2 ~]# ss -tan state time-wait | wc -l
30511
[root@vos-del2 ~]# journalctl --since "20:00" | grep -m2 -i "assign requested"
Feb 16 20:03:41 vos-del2 mbx3000[1873]: tcp connect failed: Cannot assign requested address
Feb 16 20:03:41 vos-del2 mbx3000[1873]: tcp connect failed: Cannot assign requested address`),
    pe(`Hi po, every night from 9pm the CDR writer on the VOS box can't reach mysql and calls start failing too. We checked and there are tons of TIME_WAIT at that hour.
ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1' (99)
[root@vos-ceb ~]# netstat -ant | awk '/TIME_WAIT/ {n++} END {print n}'
28433
[root@vos-ceb ~]# cat /proc/sys/net/ipv4/ip_local_port_range
32768	61000`),
    pe(`ya gama3a, fel peak (ba3d el 8) el VOS msh bey2dar yefta7 connections TCP gdida lel carrier w el calls bteb2a failed
[root@vos-cai ~]# ss -s
TCP:   28119 (estab 377, closed 27740, orphaned 1, synrecv 0, timewait 27736/0), ports 0
log: connect() to 203.0.113.12:5060 failed (99: Cannot assign requested address)`),
    pe(`TCP trunk to our biggest carrier dies every evening when we pass ~450 CPS. Outgoing connects just fail until load drops.
$ nstat -az | grep -E "TimeWaitOverflow|TCPTimeWaitOverflow"
TcpExtTCPTimeWaitOverflow       44812              0.0
$ ss -tan state time-wait '( dport = :5060 )' | wc -l
28301`),
    pe(`NOC note 21:40: VOS-02 cannot open outbound SIP/TCP, 503 to all TCP routes. Same pattern as last two nights at peak.
[root@vos-02 ~]# cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
[root@vos-02 ~]# ss -tan | awk '{print $1}' | sort | uniq -c
    388 ESTAB
      9 LISTEN
  28221 TIME-WAIT
[root@vos-02 ~]# grep -c "errno 99" /home/kunshi/mbx3000/log/mbx3000.log
3190`),
    pe(`our python dialer on the VOS server fails under load at the same time the switch stops placing TCP calls:
Traceback (most recent call last):
  File "/opt/dialer/worker.py", line 214, in place_call
    sock.connect((host, 5060))
OSError: [Errno 99] Cannot assign requested address
[root@vos-dial ~]# netstat -ant | grep -c TIME_WAIT
28117
only happens above ~200 CPS`),
    pe(`bhai prime time e load barle TCP route e call ar jay na, ei paste ta 22:10 er:
[root@vos-syl ~]# ss -s
TCP:   27650 (estab 940, closed 26700, orphaned 2, synrecv 0, timewait 26696/0), ports 0
[root@vos-syl ~]# tail -n1 /var/log/messages
Dec 03 22:10:04 vos-syl mbx3000: tcp bind 0.0.0.0:0 failed, errno 98 Address already in use
raat 1 tar por abar nije nije thik`),
    pe(`en pico de tráfico (unas 500 CPS) el VOS no abre nuevas conexiones TCP, y el TIME_WAIT se dispara:
20:00  timewait 4120
20:30  timewait 17880
21:00  timewait 28195   <- aquí empiezan los 503
[root@vos-lim ~]# grep -m1 "Cannot assign" /var/log/messages
Jan 22 21:00:17 vos-lim mbx3000: connect 198.51.100.9:5060: Cannot assign requested address`),
    pe(`Sir, peak load me new TCP connections nahi ban rahe. TIME_WAIT 27k+ hai, aur connect fail ho raha hai. kernel defaults hi hain abhi tak
[root@vos-mum ~]# sysctl net.ipv4.ip_local_port_range net.ipv4.tcp_tw_reuse net.ipv4.tcp_fin_timeout
net.ipv4.ip_local_port_range = 32768	61000
net.ipv4.tcp_tw_reuse = 0
net.ipv4.tcp_fin_timeout = 60
connect(203.0.113.44:5060): Cannot assign requested address`),
    pe(`go sip gateway beside the softswitch on the same host starts erroring every evening at peak:
2024/09/27 20:48:11 dial tcp 203.0.113.150:5060: connect: cannot assign requested address
2024/09/27 20:48:11 dial tcp 203.0.113.150:5060: connect: cannot assign requested address
2024/09/27 20:48:12 dial tcp 203.0.113.151:5060: connect: cannot assign requested address
[root@vos-gw ~]# ss -s | grep timewait
TCP:   29501 (estab 603, closed 28890, orphaned 0, synrecv 0, timewait 28887/0), ports 0`),
    pe(`no pico da noite o VOS não consegue abrir conexão TCP nova com a operadora, e a fila de chamadas falha. olha o netstat:
[root@vos-rj ~]# netstat -ant | grep 5060 | awk '{print $6}' | sort | uniq -c
    612 ESTABLISHED
  27980 TIME_WAIT
[root@vos-rj ~]# grep -c "Address already in use" /var/log/messages
2210`),
    pe(`в часы пик VOS перестаёт звонить через TCP-транки. ss показал вот это, а в логе ошибки bind:
# ss -s
Total: 62110 (kernel 62190)
TCP:   61842 (estab 1290, closed 60500, orphaned 6, synrecv 0, timewait 60497/0), ports 0
# grep -m1 bind /var/log/messages
Oct 09 20:12:55 vos-msk mbx3000: bind(): Address already in use (local port allocation for 203.0.113.30:5060)`),
    pe(`Hello team, from Lagos. Every day between 7pm and 10pm our switch cannot create new TCP connections and customers get failed calls. See below.
[root@vos-lag2 ~]# ss -tan state time-wait | wc -l
28344
[root@vos-lag2 ~]# dmesg | grep -c "time wait bucket"
0
[root@vos-lag2 ~]# grep -m1 "connect" /var/log/messages
Nov 11 19:22:08 vos-lag2 mbx3000: tcp connect 198.51.100.33:5060 failed: Cannot assign requested address`),
    pe(`Pakistan route on TCP fails only at rush hour, rest of day OK. Kindly check why ports are finishing
$ ss -s
TCP:   28760 (estab 455, closed 28300, orphaned 0, synrecv 0, timewait 28297/0), ports 0
$ cat /proc/sys/net/ipv4/ip_local_port_range
32768	61000
VOS log: [TCP] create socket to 203.0.113.201:5060 failed, EADDRNOTAVAIL`),
    pe(`sibuk malam ini, CPS naik ke 320 dan semua rute TCP gagal. sepertinya port lokal habis
[root@vos-mdn ~]# netstat -ant | grep -c TIME_WAIT
28188
[root@vos-mdn ~]# tail -2 /var/log/messages
Aug 21 20:44:09 vos-mdn mbx3000: connect() to 10.20.30.40:5060 failed: Cannot assign requested address
Aug 21 20:44:09 vos-mdn mbx3000: call 5523101 released: no TCP connection to next hop`),
    pe(`Monday campaign traffic, 700 CPS to the SBC over TCP. Outgoing connections collapse after ~90 s of load, recovers when campaign pauses.
[root@vos-ams ~]# watch -n5 "ss -s | grep timewait"
TCP:   31205 (estab 2104, closed 29100, orphaned 0, synrecv 0, timewait 29094/0), ports 0
[root@vos-ams ~]# tcpdump -ni eth0 'tcp[tcpflags] & tcp-syn != 0 and dst port 5060' -c 5
tcpdump: listening on eth0
0 packets captured
[root@vos-ams ~]# tail -1 /var/log/messages
Mar 04 10:02:31 vos-ams mbx3000: tcp connect 172.16.8.20:5060: Cannot assign requested address`),
    pe(`tối nào cũng vậy, qua 19h là VOS báo lỗi này, cuộc gọi TCP đi nhà mạng không lên được
Sep 14 19:30:02 vos-dn mbx3000: tcp client bind failed: Address already in use
Sep 14 19:30:02 vos-dn mbx3000: tcp client bind failed: Address already in use
[root@vos-dn ~]# ss -tan state time-wait | wc -l
27876
[root@vos-dn ~]# sysctl net.ipv4.tcp_tw_reuse
net.ipv4.tcp_tw_reuse = 0`),
  ],
  natUnregistered: [
    nat(`We turned SS_TCP_CLOSE_RESET on last night to get rid of the TIME_WAIT pile. This morning every office behind a MikroTik shows unregistered. Phones use TCP.
[root@vos-pri ~]# grep SS_TCP_CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
VOS client > Online phone (filter: offline)
E164      IP:Port                 Transport  Status
31001     203.0.113.44:40122      TCP        Unregistered
31002     203.0.113.44:40188      TCP        Unregistered
31007     203.0.113.44:41930      TCP        Unregistered`),
    nat(`vai RST on korar por theke customer der office er phone gula (sob router er pichone, TCP te) unregistered dekhacche. direct public IP wala PBX gula thik ache
SS_TCP_CLOSE_RESET=On   (gotokal 23:40 e reparse korsi)
online phone: 412 theke 137 e neme gese`),
    nat(`sir after enabling reset mode yesterday, NAT customers' phones drop registration every few minutes. tcpdump on VOS:
10:14:02.118 IP 10.0.0.5.5060 > 203.0.113.91.51022: Flags [R.], seq 88213, ack 1, win 0, length 0
10:14:31.540 IP 203.0.113.91.51022 > 10.0.0.5.5060: Flags [P.], seq 1:612, ack 1, length 611: SIP: REGISTER sip:10.0.0.5 SIP/2.0
10:14:31.540 IP 10.0.0.5.5060 > 203.0.113.91.51022: Flags [R], seq 88213, win 0, length 0
phone keeps using the old NAT mapping and the REGISTER never gets through`),
    nat(`bhai jab se softswitch.conf me SS_TCP_CLOSE_RESET On kiya hai, NAT ke peeche wale saare Yealink unregistered aa rahe hain. pehle bilkul theek the
Yealink T46U > Status > Account
Line 1: 7201@voip.example.net  Register Failed (TCP)
Line 2: 7202@voip.example.net  Register Failed (TCP)
System log: TCP connection reset by 203.0.113.10:5060`),
    nat(`desde que activamos SS_TCP_CLOSE_RESET=On el viernes, los teléfonos de las sucursales (todas detrás de routers con NAT, transporte TCP) aparecen como no registrados cada rato. los que están con IP pública no tienen problema
Teléfonos en línea: 88 registrados / 241 configurados`),
    nat(`o time ligou o RST no VOS ontem de madrugada e hoje de manhã os ramais que ficam atrás de NAT caíram todos. registro via TCP
[root@vos-poa ~]# grep -i close_reset /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
Grandstream GXP2170: Account 1 - Not Registered
Syslog: SIP/TCP connection to 203.0.113.80:5060 closed unexpectedly, re-registering...`),
    nat(`بعد ما فعلنا SS_TCP_CLOSE_RESET=On أمس، كل التلفونات اللي ورا الراوتر في المكاتب صارت Unregistered. التلفونات على TCP
E164     IP                  Status
4401     198.51.100.23:5072  Unregistered
4402     198.51.100.23:5074  Unregistered
4403     198.51.100.23:5078  Unregistered`),
    nat(`Hi, since the tuning run put RST mode On on the switch (ticket from Tuesday), our hotel customer's 60 phones behind their Fortigate NAT keep falling off registration. Phones register over TCP. Any public-IP customer is fine.
SS_TCP_CLOSE_RESET="On"
registered: 3/60 at 09:10, 11/60 at 09:30`),
    nat(`после того как включили SS_TCP_CLOSE_RESET=On, телефоны за NAT у клиентов стали отваливаться от регистрации. клиенты с белыми IP работают
# grep RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
Онлайн-телефоны: зарегистрировано 204 из 515, почти все незарегистрированные за NAT (192.168.x.x в Contact)`),
    nat(`Good morning, please. After we enabled RST on the switch on Saturday, our phones in the Ikeja branch behind the office router show unregistered. They register over TCP.
Contact: <sip:2231@192.168.1.45:5060;transport=tcp>
Received from: 203.0.113.17:38110
Status: Unregistered (last 200 OK 08:02)`),
    nat(`mas, setelah kami set SS_TCP_CLOSE_RESET=On kemarin sore, semua telepon di kantor cabang (di belakang MikroTik, pakai TCP) jadi unregistered. yang di kantor pusat pakai IP publik aman
[admin@MT-Cabang] > /ip firewall connection print where dst-address~"5060"
 #  PROTOCOL SRC-ADDRESS          DST-ADDRESS          TCP-STATE   TIMEOUT
 0  tcp      192.168.88.21:5062   203.0.113.30:5060    close       9s
 1  tcp      192.168.88.22:5062   203.0.113.30:5060    close       8s`),
    nat(`RST modunu açtıktan sonra (SS_TCP_CLOSE_RESET=On) NAT arkasındaki şubelerin telefonları kayıt dışı görünüyor. TCP ile kayıt oluyorlar
Çevrimiçi telefonlar: 71 / 190
Snom D735 log: "Registration failed: connection reset, retry in 60s"`),
    nat(`anh ơi, từ hôm bật RST trên VOS (SS_TCP_CLOSE_RESET=On) thì điện thoại ở các văn phòng sau NAT cứ mất đăng ký, đăng ký qua TCP. khách dùng IP tĩnh thì không sao
E164   IP                   Trạng thái
5101   203.0.113.66:1029    Unregistered
5102   203.0.113.66:1031    Unregistered`),
    nat(`Since reset mode went on, NATed softphones (MicroSIP, TCP) go unregistered and only come back after the user restarts the app. customers on a public IP don't see it.
[root@vos ~]# grep SS_TCP_CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
MicroSIP: Registration failed (TCP connection reset)`),
    nat(`ya basha men sa3et ma 3amalna SS_TCP_CLOSE_RESET=On, el phones elly wara el router fel offices ba2et unregistered. kolohom TCP
online: 95 registered, 260 unregistered
kol el unregistered wara NAT, el public IP customers tamam`),
    nat(`Hi po, yesterday our senior enabled TCP close reset on the VOS to fix TIME_WAIT. Today the call center agents behind the office NAT are all unregistered on their Yealinks, TCP transport. Before that change they were fine for months.
SS_TCP_CLOSE_RESET="On"
Yealink: Account 1 Register Failed
Agents online: 12 / 85`),
    nat(`Pasting from the switch: the softswitch is sending RST to the customer's NAT address and right after that their phones re-register with new source ports, then go unregistered. started after RST mode On.
11:02:41.005 IP 172.16.0.10.5060 > 203.0.113.150.62011: Flags [R.], seq 1, ack 1, win 0
11:02:41.006 IP 172.16.0.10.5060 > 203.0.113.150.62014: Flags [R.], seq 1, ack 1, win 0
11:03:12.880 IP 203.0.113.150.62011 > 172.16.0.10.5060: Flags [P.], length 540: SIP: REGISTER
11:03:12.880 IP 172.16.0.10.5060 > 203.0.113.150.62011: Flags [R], win 0, length 0
Online phones behind 203.0.113.150: 0/34 registered`),
    nat(`vai RST mode on korar por phone unregistered hocche, shudhu jara NAT er pichone ache. ei dekhen online list (TCP phones):
8801 192.168.0.101 via 198.51.100.14  Unregistered
8802 192.168.0.102 via 198.51.100.14  Unregistered
8803 192.168.0.103 via 198.51.100.14  Unregistered
9901 203.0.113.99 (public)            Registered`),
    nat(`Bhai RST wala parameter On kiya tha kal raat, SS_TCP_CLOSE_RESET. aaj subah se NAT ke peeche wale customer ke phones unregistered ho rahe hain, TCP pe register hote hain. public IP wale theek hain`),
    nat(`después de pasar SS_TCP_CLOSE_RESET a On, el MikroTik del cliente muestra esto y los teléfonos quedan sin registro (TCP)
[admin@MT-Cliente] > /log print where message~"5060"
09:41:02 firewall,info drop-invalid: in:ether1 out:bridge, proto TCP (RST), 203.0.113.30:5060->192.168.88.14:5062, NAT (203.0.113.30:5060->198.51.100.5:3311)
VOS: 5510-5524 Unregistered desde las 09:41`),
    nat(`Customer in the Lekki office: all 22 phones unregistered since the reparse that turned RST On. They sit behind a home-grade router, TCP transport. Phone log:
<134>Oct 21 08:15:03 Yealink[1024]: SIP: TCP link to 203.0.113.10:5060 reset by peer
<134>Oct 21 08:15:03 Yealink[1024]: SIP: Account 1 unregistered, retry 32s
<134>Oct 21 08:15:35 Yealink[1024]: SIP: REGISTER timeout (no response)`),
    nat(`Kindly see below. After the parameter SS_TCP_CLOSE_RESET was set On (by your script last week) the NAT-ed phones of three resellers show unregistered. Phones are TCP.
Reseller  Phones  Registered
KHI-01    140     22
LHE-03    95      9
ISB-02    60      0
Public IP PBX trunks: all registered`),
    nat(`a troca pro modo RST foi ontem 22h. desde então os softphones dos clientes que ficam atrás de roteador doméstico (NAT, TCP) mostram "não registrado" e só voltam reiniciando o app
SS_TCP_CLOSE_RESET="On"
Registro de eventos: 23:05 contato 192.168.0.12 via 203.0.113.200 -> expirado`),
    nat(`после включения режима RST на VOS (On) у филиалов за NAT телефоны теряют регистрацию каждые 5-10 минут, транспорт TCP
# tcpdump -ni eth0 'tcp[tcpflags] & tcp-rst != 0' and host 198.51.100.140
14:20:11.220 IP 10.10.1.2.5060 > 198.51.100.140.49201: Flags [R.], seq 1, ack 1, win 0
14:20:11.221 IP 10.10.1.2.5060 > 198.51.100.140.49207: Flags [R.], seq 1, ack 1, win 0
Зарегистрировано за этим IP: 2 из 48`),
    nat(`pak, sejak RST diaktifkan di VOS, telepon pelanggan yang di belakang NAT router rumahan (pakai TCP) terus unregistered. pelanggan dengan IP publik normal
SS_TCP_CLOSE_RESET="On"
Online: 310 registered, 188 unregistered (semua contact 192.168.x / 10.x)`),
    nat(`RST açıldıktan sonra müşterinin ofisindeki 40 telefon (NAT arkası, TCP) Unregistered oldu. ofiste internet var, web ve mail çalışıyor
[root@vos-ank ~]# grep SS_TCP_CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
Online phone: 6601-6640 Unregistered, son kayıt 07:58`),
    nat(`Our overnight change enabled SS_TCP_CLOSE_RESET=On. Today the site-to-site customers behind office NAT show unregistered in the VOS client, TCP phones only.
VOS Client > Phone > Online status
Account     Contact                         Status
Acme-1020   192.168.10.20 (rcv 203.0.113.55)  Unregistered
Acme-1021   192.168.10.21 (rcv 203.0.113.55)  Unregistered
Acme-1022   192.168.10.22 (rcv 203.0.113.55)  Unregistered`),
    nat(`Sir we changed SS_TCP_CLOSE_RESET from Off to On on 12th for the TIME_WAIT issue. From 13th morning the phones behind NAT (TCP) keep showing unregistered, on our side and on the phone screen. Direct-IP customers have no complaints.
Phone screen: "Account 1: Registration failed"
VOS: 1400 online -> 860 online`),
    nat(`من يوم شغلنا الـ RST على السويتش، التلفونات اللي ورا NAT في الفروع تطلع Unregistered وترجع بعد دقايق وبعدين تطيح مرة ثانية. كلها تسجل TCP
SS_TCP_CLOSE_RESET="On"
الفرع 2: 18 من 30 غير مسجل`),
    nat(`em bật SS_TCP_CLOSE_RESET=On theo hướng dẫn giảm TIME_WAIT, từ đó máy lẻ của khách sau NAT (đăng ký TCP) bị unregistered liên tục
Grandstream log: 10:05:44 SIP TCP connection reset by server, re-register failed
VOS: online 52/140`),
  ],
  firewallRst: [
    fw(`Since we enabled SS_TCP_CLOSE_RESET=On on Monday, TCP calls through our edge firewall hang and the next call to the same carrier fails. Firewall log on the VOS host:
Jun 10 14:22:05 vos-fw kernel: INVALID DROP: IN=eth1 OUT=eth0 SRC=10.0.0.5 DST=203.0.113.9 LEN=40 TOS=0x00 PREC=0x00 TTL=63 ID=0 DF PROTO=TCP SPT=5060 DPT=44321 WINDOW=0 RES=0x00 RST URGP=0
Jun 10 14:22:07 vos-fw kernel: INVALID DROP: IN=eth1 OUT=eth0 SRC=10.0.0.5 DST=203.0.113.9 LEN=40 TOS=0x00 PREC=0x00 TTL=63 ID=0 DF PROTO=TCP SPT=5060 DPT=44390 WINDOW=0 RES=0x00 RST URGP=0`),
    fw(`vai RST on korar por theke carrier er sathe TCP call gula kete jay na, billing e 2-3 ghonta er call dekhacche. ASA te eta asche:
%ASA-6-106015: Deny TCP (no connection) from 10.10.1.5/5060 to 203.0.113.9/41230 flags RST  on interface inside
%ASA-6-106015: Deny TCP (no connection) from 10.10.1.5/5060 to 203.0.113.9/41288 flags RST  on interface inside`),
    fw(`sir after we set SS_TCP_CLOSE_RESET On, calls via the Fortigate are getting stuck and new calls to that carrier fail with 408. debug flow shows:
id=20085 trace_id=41 func=print_pkt_detail line=5722 msg="vd-root:0 received a packet(proto=6, 10.20.0.5:5060->203.0.113.77:38120) from port2. flag [R.], seq 2290117711, ack 99120331, win 0"
id=20085 trace_id=41 func=resolve_ip_tuple_fast line=5810 msg="Find an existing session, id-0a3f1b22, original direction"
id=20085 trace_id=41 func=ipv4_fast_cb line=53 msg="enter fast path"
id=20085 trace_id=42 func=print_pkt_detail line=5722 msg="vd-root:0 received a packet(proto=6, 10.20.0.5:5060->203.0.113.77:38188) from port2. flag [R.], seq 1, ack 1, win 0"
id=20085 trace_id=42 func=iprope_in_check line=...: msg="no session matched, drop"`),
    fw(`bhai SS_TCP_CLOSE_RESET=On karne ke baad pfSense ke peeche wali calls hang ho rahi hain, BYE ke baad bhi channel busy dikhata hai. pfSense firewall log:
Block  Feb 21 19:40:11  LAN  Default deny rule IPv4 (1000000103)  192.168.10.5:5060  198.51.100.20:52011  TCP:RA
Block  Feb 21 19:40:12  LAN  Default deny rule IPv4 (1000000103)  192.168.10.5:5060  198.51.100.20:52044  TCP:RA
Block  Feb 21 19:40:14  LAN  Default deny rule IPv4 (1000000103)  192.168.10.5:5060  198.51.100.20:52101  TCP:R`),
    fw(`desde que pusimos el RST en On, las llamadas TCP que pasan por el Check Point no se cuelgan bien y las siguientes fallan. el log del firewall:
Drop  10.1.1.5:5060 -> 203.0.113.40:50122  tcp  Reason: TCP packet out of state: First packet isn't SYN tcp_flags: RST-ACK
Drop  10.1.1.5:5060 -> 203.0.113.40:50130  tcp  Reason: TCP packet out of state: First packet isn't SYN tcp_flags: RST-ACK`),
    fw(`depois de ativar SS_TCP_CLOSE_RESET=On, as chamadas via TCP ficam penduradas e o próximo INVITE pro mesmo cliente dá timeout. no iptables do gateway:
[root@gw ~]# iptables -L FORWARD -n -v | head -4
Chain FORWARD (policy DROP 0 packets, 0 bytes)
 pkts bytes target  prot opt in   out  source      destination
 18211  728K DROP    all  --  *    *    0.0.0.0/0   0.0.0.0/0   ctstate INVALID
 41M    9.8G ACCEPT  all  --  *    *    0.0.0.0/0   0.0.0.0/0   ctstate RELATED,ESTABLISHED
o contador de INVALID subiu 18 mil desde a mudança`),
    fw(`من يوم فعلنا RST على السويتش، المكالمات اللي تمر من الفورتي جيت تعلق وما تنقفل، والمكالمة اللي بعدها تفشل. هذا من الـ sniffer:
port2 in 10.0.5.5.5060 -> 203.0.113.18.40011: rst 1209331 ack 55120
(ما يطلع شي على port1)
diagnose debug flow: msg="no session matched, drop"`),
    fw(`после включения SS_TCP_CLOSE_RESET=On звонки через наш межсетевой экран не завершаются, следующий вызов на этот же транк висит. conntrack на шлюзе:
# conntrack -L -p tcp --dport 5060 | head -3
tcp      6 431987 ESTABLISHED src=10.1.0.5 dst=203.0.113.25 sport=5060 dport=41002 src=203.0.113.25 dst=198.51.100.2 sport=41002 dport=5060 [ASSURED] mark=0 use=1
tcp      6 431950 ESTABLISHED src=10.1.0.5 dst=203.0.113.25 sport=5060 dport=41034 src=203.0.113.25 dst=198.51.100.2 sport=41034 dport=5060 [ASSURED] mark=0 use=1
# iptables -L -n -v | grep INVALID
 9321  373K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID`),
    fw(`Good day. Since RST mode was turned On, calls passing through our Palo Alto to the carrier fail intermittently and some calls never disconnect. Counters:
> show counter global filter delta yes | match drop
flow_tcp_non_syn_drop          8812    29   drop   flow   parse   Packets dropped: non-SYN TCP without session match
flow_policy_deny                 12     0   drop   flow   session Session setup: denied by policy`),
    fw(`pak, setelah SS_TCP_CLOSE_RESET=On, panggilan lewat MikroTik ke carrier sering nyangkut, durasi di CDR jadi berjam-jam. log firewall:
09:12:40 firewall,info drop invalid forward: in:ether2-lan out:ether1-wan, proto TCP (RST), 192.168.1.10:5060->203.0.113.60:39122, len 40
09:12:41 firewall,info drop invalid forward: in:ether2-lan out:ether1-wan, proto TCP (RST,ACK), 192.168.1.10:5060->203.0.113.60:39140, len 40`),
    fw(`RST modunu açtıktan sonra Fortigate arkasındaki TCP çağrıları kapanmıyor, kanallar dolu kalıyor ve yeni çağrılar 503 alıyor.
FGT # diagnose sniffer packet any 'tcp[13] & 4 != 0' 4 5
port3 in 10.5.5.5.5060 -> 198.51.100.70.55012: rst 0 ack 883211
port3 in 10.5.5.5.5060 -> 198.51.100.70.55018: rst 0 ack 883990
port1 out: (yok)`),
    fw(`anh ơi, từ khi bật RST (SS_TCP_CLOSE_RESET=On) thì cuộc gọi qua firewall không ngắt, CDR ghi 3-4 tiếng, và cuộc sau gọi cùng carrier thì fail. log pfSense:
Feb 3 20:11:42 filterlog: 5,,,1000000103,igb1,match,block,in,4,0x0,,64,0,0,DF,6,tcp,40,10.10.10.5,203.0.113.88,5060,48122,0,R,0,,0,,
Feb 3 20:11:43 filterlog: 5,,,1000000103,igb1,match,block,in,4,0x0,,64,0,0,DF,6,tcp,40,10.10.10.5,203.0.113.88,5060,48130,0,RA,0,,0,,`),
    fw(`After the reparse that turned RST On, our carrier says we never hang up: their side keeps the TCP session and the call up until their timer. Our ASA:
%ASA-6-106015: Deny TCP (no connection) from 172.16.1.5/5060 to 198.51.100.50/60211 flags RST ACK  on interface inside
%ASA-6-106015: Deny TCP (no connection) from 172.16.1.5/5060 to 198.51.100.50/60217 flags RST ACK  on interface inside
%ASA-6-106015: Deny TCP (no connection) from 172.16.1.5/5060 to 198.51.100.50/60230 flags RST ACK  on interface inside`),
    fw(`Hi po, since we switched SS_TCP_CLOSE_RESET to On, calls through the office firewall hang after the caller hangs up and the next calls fail. iptables log on the firewall box:
Mar 15 10:05:17 edge kernel: IPT-DROP-INVALID IN=eth0 OUT=eth1 SRC=192.168.5.10 DST=203.0.113.111 PROTO=TCP SPT=5060 DPT=60410 WINDOW=0 RST URGP=0
Mar 15 10:05:19 edge kernel: IPT-DROP-INVALID IN=eth0 OUT=eth1 SRC=192.168.5.10 DST=203.0.113.111 PROTO=TCP SPT=5060 DPT=60422 WINDOW=0 RST URGP=0`),
    fw(`ya gama3a ba3d ma shaghalna el RST 3al VOS, el calls elly betofot men el firewall bte3la2 w el call elly ba3daha btefsha. el firewall bey2ol:
Deny TCP (no connection) from 10.0.1.5/5060 to 203.0.113.44/39012 flags RST on interface inside
Deny TCP (no connection) from 10.0.1.5/5060 to 203.0.113.44/39020 flags RST on interface inside`),
    fw(`Calls over our SRX started hanging right after SS_TCP_CLOSE_RESET=On went live, failed call rate on TCP routes 18%. flow trace:
Jul 22 18:40:11 18:40:11.220: CID-0:RT: <10.30.0.5/5060->203.0.113.200/52110;6> matched filter f1:
Jul 22 18:40:11 18:40:11.220: CID-0:RT: packet dropped, first pak not syn
Jul 22 18:40:11 18:40:11.221: CID-0:RT: <10.30.0.5/5060->203.0.113.200/52114;6> matched filter f1:
Jul 22 18:40:11 18:40:11.221: CID-0:RT: packet dropped, first pak not syn`),
    fw(`NOC: after last night's change (RST mode On) TCP calls to CARRIER-B don't tear down; carrier still sees them active. On the perimeter box the INVALID rule is eating the RSTs:
# iptables -nvL | grep -i invalid
 24180  967K LOG   all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID LOG flags 0 level 4 prefix "DROP-INV "
 24180  967K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
# grep "DROP-INV" /var/log/messages | grep -c "RST"
24011`),
    fw(`vai RST mode on korar por calls thikmoto disconnect hocche na. Sophos log e ei drops dekhlam:
2024-05-14 21:02:11 Packet dropped (INVALID)  src=10.2.2.5:5060 dst=198.51.100.61:46011 proto=TCP flags=RST
2024-05-14 21:02:12 Packet dropped (INVALID)  src=10.2.2.5:5060 dst=198.51.100.61:46019 proto=TCP flags=RST
customer complain korche call shesh hoileo bill cholche`),
    fw(`calls through the Fortigate fail since RST was enabled on VOS. first call ok, second call to same peer gets no answer. forward traffic log:
date=2024-08-30 time=17:31:02 devname="FGT-100F" logid="0000000013" type="traffic" subtype="forward" level="warning" srcip=10.40.0.5 srcport=5060 dstip=203.0.113.130 dstport=40222 proto=6 action="deny" policyid=0 msg="TCP reset packet dropped: no matching session" service="SIP"`),
    fw(`Sir ji SS_TCP_CLOSE_RESET=On kiya tha, ab firewall ke through jaane wali TCP calls disconnect nahi hoti, aur ASR gir gaya 51 se 37 pe. MikroTik log:
forward: in:bridge-lan out:ether1-isp, proto TCP (RST), 10.0.10.5:5060->198.51.100.8:51220, len 40  [drop-invalid]
forward: in:bridge-lan out:ether1-isp, proto TCP (RST,ACK), 10.0.10.5:5060->198.51.100.8:51232, len 40  [drop-invalid]`),
    fw(`las llamadas TCP quedan colgadas y el proveedor nos cobra minutos de más desde que activamos SS_TCP_CLOSE_RESET=On. en el firewall Linux:
[root@fw01 ~]# dmesg | grep -m3 "RST"
[98123.441] FW-INVALID: IN=ens192 OUT=ens160 SRC=10.9.0.5 DST=203.0.113.240 PROTO=TCP SPT=5060 DPT=37011 RST URGP=0
[98123.442] FW-INVALID: IN=ens192 OUT=ens160 SRC=10.9.0.5 DST=203.0.113.240 PROTO=TCP SPT=5060 DPT=37018 RST URGP=0
[98124.910] FW-INVALID: IN=ens192 OUT=ens160 SRC=10.9.0.5 DST=203.0.113.240 PROTO=TCP SPT=5060 DPT=37040 RST URGP=0`),
    fw(`o modo RST foi ligado e desde então o Fortigate derruba os resets: a chamada não encerra no lado da operadora e a seguinte falha com 408
diagnose debug flow
msg="vd-root:0 received a packet(proto=6, 192.168.50.5:5060->203.0.113.15:44100) from internal. flag [R], seq 3310291, ack 0, win 0"
msg="no session matched"
msg="Denied by forward policy check (policy 0)"`),
    fw(`Good morning. Since the RST setting was changed to On, calls through our firewall to the carrier are not clearing, some channels stay busy for hours and new calls get rejected when the trunk limit is hit. The firewall shows dropped RST for 5060:
Oct 02 09:14:22 fw1 kernel: [UFW BLOCK] IN=eth1 OUT=eth0 SRC=10.50.0.5 DST=198.51.100.120 LEN=40 PROTO=TCP SPT=5060 DPT=42119 WINDOW=0 RES=0x00 ACK RST URGP=0
Oct 02 09:14:25 fw1 kernel: [UFW BLOCK] IN=eth1 OUT=eth0 SRC=10.50.0.5 DST=198.51.100.120 LEN=40 PROTO=TCP SPT=5060 DPT=42130 WINDOW=0 RES=0x00 ACK RST URGP=0`),
    fw(`после RST=On у нас на MikroTik растёт счётчик drop invalid, и звонки через него не рвутся, оператор видит их активными
[admin@MT-Core] > /ip firewall filter print stats where action=drop
 #  CHAIN    ACTION  BYTES       PACKETS
 3  forward  drop    1 204 880   30 122     ;;; drop invalid
[admin@MT-Core] > /log print where message~"RST"
20:11:05 firewall,info drop invalid forward: proto TCP (RST), 10.7.0.5:5060->203.0.113.70:49011`),
    fw(`setelah RST diaktifkan, panggilan lewat firewall Fortigate ke carrier gagal bergantian: satu sukses, berikutnya timeout. sniffer:
FGT # diagnose sniffer packet any 'host 203.0.113.210 and tcp[13] & 4 != 0' 4
internal in 10.11.0.5.5060 -> 203.0.113.210.51044: rst 0 ack 771202
(tidak ada yang keluar di wan1)`),
    fw(`SS_TCP_CLOSE_RESET=On yaptıktan sonra, firewall arkasındaki çağrılar kapanmıyor ve taşıyıcı kanalları doluyor. conntrack bunu gösteriyor:
# conntrack -L | grep "dport=5060" | grep -c ESTABLISHED
3811
# conntrack -S | head -2
cpu=0 found=0 invalid=22910 ignore=0 insert=0 insert_failed=0 drop=0 early_drop=0 error=0
cpu=1 found=0 invalid=21877 ignore=0 insert=0 insert_failed=0 drop=0 early_drop=0 error=0
aktif çağrı sayısı o sırada 240`),
    fw(`Kindly assist. After enabling TCP close reset on VOS, calls via our pfSense fail: after each call ends the next INVITE on that route times out. Firewall > Status > System Logs > Firewall:
Block  Jan 9 15:21:44  LAN  Default deny rule IPv4 (1000000103)  10.60.0.5:5060  203.0.113.190:47212  TCP:R
Block  Jan 9 15:21:45  LAN  Default deny rule IPv4 (1000000103)  10.60.0.5:5060  203.0.113.190:47230  TCP:RA
Block  Jan 9 15:21:47  LAN  Default deny rule IPv4 (1000000103)  10.60.0.5:5060  203.0.113.190:47251  TCP:R`),
    fw(`Turned RST mode On last week. Now the Check Point in front of the switch logs these and the carrier complains about calls that never end on their side:
Action: Drop  Service: TCP/5060  Source: 172.16.20.5  Destination: 198.51.100.200
Information: TCP packet out of state: First packet isn't SYN tcp_flags: RST
Rule: Implied rule (out of state)`),
    fw(`من يوم ما غيرنا SS_TCP_CLOSE_RESET لـ On والمكالمات عبر الجدار الناري تبقى مفتوحة عند المشغل، والقنوات تمتلئ. سجل iptables:
kernel: DROP-INVALID IN=eth0 OUT=eth1 SRC=10.3.3.5 DST=203.0.113.5 PROTO=TCP SPT=5060 DPT=41877 RST URGP=0
kernel: DROP-INVALID IN=eth0 OUT=eth1 SRC=10.3.3.5 DST=203.0.113.5 PROTO=TCP SPT=5060 DPT=41880 RST URGP=0`),
    fw(`từ lúc chuyển SS_TCP_CLOSE_RESET sang On, firewall Sophos chặn gói RST nên cuộc gọi không kết thúc, khách phàn nàn bị tính tiền thêm phút
Packet dropped (INVALID) src=10.8.8.5:5060 dst=198.51.100.99:50101 proto=TCP flags=RST,ACK
Packet dropped (INVALID) src=10.8.8.5:5060 dst=198.51.100.99:50107 proto=TCP flags=RST,ACK`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the sixteenth tuning split. */
export const tuning16Set: readonly EvalItem[] = Object.values(tuning16Families).flat();
