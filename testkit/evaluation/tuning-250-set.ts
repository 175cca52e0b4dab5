import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Messages from VOS3000 operators, resellers and NOC engineers writing Chinese on WhatsApp: mainland China in
 * Simplified characters with pinyin abbreviations and internet slang (666, yyds, nb, zsbd, 咋整, 救命), Hong Kong and Macau
 * in Traditional characters with written Cantonese (唔, 咗, 嘅, 冇, 係, 喺) mixed freely with English, Taiwan in Traditional
 * characters with 注音 particles and 啦/喔/耶, and Singapore and Malaysia in Simplified characters mixed with English and
 * Malay (lah, leh, boss, sebab, tak boleh); figures written as 3万, 两万八, 三萬, 2.8w, 30k, 30,000, 三万+ or a raw 28843.
 * One-liners, NOC handover notes, voice-note transcripts without punctuation, forwards from resellers' customers,
 * training and interview questions, pasted netstat/ss/sysctl/dmesg/tcpdump/iptables/conntrack/
 * ASA/FortiGate/pfSense/Palo Alto/Check Point and softswitch log lines, typos and slang.
 *
 * The two-hundred-and-fiftieth tuning split, written as the two-hundred-and-fiftieth never-tuned evaluation set because
 * Chinese-speaking operators run a large share of the world's VOS3000 softswitches and write about them in four
 * scripts-and-registers at once, in fresh hands again. Five negative families of 27 (one service that cannot bind its
 * own port, registration lost for another reason, small figures and questions, firewall work without dropped RST,
 * playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones unregistered
 * after RST mode, a stateful firewall dropping RST). Written before the eighty-third round of rules by someone who had
 * read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view;
 * measured as such before and after the eighty-third round, then made tuning material for the eighty-fourth:
 * bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 92.2 %, negatives confident 5.2 %, confident wrong 0 % with the
 * rules of the eighty-second round, before the eighty-third.
 * After the eighty-third round: the same.
 * After the eighty-fourth round, tuned on: in scope 95.6 %, negatives confident 1.5 %, confident wrong 0 %; still short
 * of the bar.
 * After the eighty-sixth round, tuned on: in scope 95.6 %, negatives confident 0 %, confident wrong 0 %; still
 * short of the bar.
 */
export const tuning250Families = {
  oneListeningPort: [
    no(`nginx 起不来了，nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)，lsof 一看是 yum 顺手装的 httpd 占着 80，咋整，卸掉 httpd 会不会影响 vos`),
    no(`VOS 個 web 管理頁面開唔到，catalina.out 寫住 java.net.BindException: Address already in use: JVM_Bind <null>:8080，係咪有其他嘢霸咗 8080？通話就冇問題`),
    no(`mysql 重開之後一直起不來耶，error log 寫：[ERROR] Can't start server: Bind on TCP/IP port: Address already in use / Do you already have another mysqld server running on port: 3306 ? 是不是舊的 process 沒死乾淨啦`),
    no(`boss 我在 test server 装了 freeswitch 想测一下，sofia profile internal 起不来 lah，说 5060 bind 不到，因为同一台的 VOS 已经在 listen 5060 了。我改 freeswitch 用 5080 就可以对吗`),
    no(`docker run -p 8443:8443 报 Bind for 0.0.0.0:8443 failed: port is already allocated，原来上个礼拜的 container 还在跑 leh，docker ps 才看到`),
    no(`开发机 npm run dev 报 Error: listen EADDRINUSE: address already in use :::3000 ，上次 ctrl+z 没真的退出吧，这个跟 vos 没关系哈，就问下怎么干净地杀掉`),
    no(`改了 sshd_config 把端口换成 2222，systemctl restart sshd 失败，journalctl 里：error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. 查了才发现监控 agent 早就用着 2222，换个端口就行了吧`),
    no(`kamailio 做前端 proxy 起唔返，ERROR: <core> [core/socket_info.c]: bind(4) on 203.0.113.5:5060 : Address already in use，VOS 同 kamailio 裝咗喺同一部機，係咪一定要分開 IP？`),
    no(`升级 vos 之后 web 管理端打不开，日志里就一句 Address already in use <null>:80，netstat -tlnp | grep :80 显示是一个 python 进程，估计是同事测试留下的`),
    no(`我們的計費 API（spring boot）一直噴 Web server failed to start. Port 9090 was already in use. 其他服務都正常，電話也打得出去，只有這支起不來`),
    no(`666 zabbix-agent 起不来，listener failed: zbx_tcp_listen() fatal error: cannot bind to port 10050: [98] Address already in use，原来同一台装了两个 agent 实例，笑死`),
    no(`node_exporter tak boleh start, "listen tcp :9100: bind: address already in use", rupanya versi lama punya service masih enable lah. VOS semua ok, 只是监控没数据`),
    no(`隔壁那台 asterisk 的 chan_pjsip 说 Unable to bind to 0.0.0.0:5060 for transport-tcp，那台机以前装过 vos 没卸干净，mbx3000 还在开机自启，是这个原因吗`),
    no(`帮忙看下这个，httpd 起不来：
● httpd.service - The Apache HTTP Server
   Loaded: loaded (/usr/lib/systemd/system/httpd.service; enabled)
   Active: failed (Result: exit-code) since 二 2024-05-14 10:02:11 CST
 (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
 no listening sockets available, shutting down
443 只有这个 apache 要用啊`),
    no(`喂 Ken 呀 我而家喺機房 嗰部 vos 嘅 mysql 起唔到呀 佢話 3306 already in use 我 netstat -tlnp 見到有個舊嘅 mysqld pid 4471 仲喺度 我直接 kill 咗佢得唔得㗎 你覆我啦`),
    no(`有個 php 後台的 nginx 跟 vos web 搶 80 port，nginx 報 bind() to 0.0.0.0:80 failed (98: Address already in use)，我想把 nginx 改成 8088 可以嗎 ㄏㄏ 還是有更好的做法`),
    no(`录音服务起不来，日志 "bind port 5070 error: EADDRINUSE"，别的服务都 ok，就这一个监听端口，昨天有人手动起过一个录音进程测试`),
    no(`运维小白求问：jenkins 起不来，说 8080 被占用，一查是 vos 自带的 web 在用 8080，jenkins 能不能换 8081，会不会冲突`),
    no(`Grafana cannot start on our monitor box: "Error: listen tcp 0.0.0.0:3000: bind: address already in use" — our node app also use 3000 lah. Change grafana http_port can?`),
    no(`OpenVPN server start 唔到，log: TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use，原來之前有人喺 screen 入面手動行咗一個 openvpn，忘記咗閂`),
    no(`同事在 vos 主機上跑 python3 -m http.server 8000 想傳檔案，結果 OSError: [Errno 98] Address already in use，原來他自己開了兩個視窗各跑一次 XD，這個會影響 VOS 嗎`),
    no(`我们 Go 写的对接程序 supervisor 一直拉起又挂，FATAL Exited too quickly，日志 "listen tcp 0.0.0.0:7001: bind: address already in use"，7001 是 weblogic 在用，端口规划冲突了`),
    no(`haproxy reload fail leh: [ALERT] Starting frontend sip_tls: cannot bind socket [0.0.0.0:5061]. 我们 VOS 自己也在 listen 5061 TLS 吗？想把 haproxy 放前面做 TLS offload`),
    no(`vos 那台 web 启动失败，提示 80 端口被占用，lsof -i:80 看是 apache，应该是装 phpmyadmin 的时候 yum 自动拉进来的，systemctl disable httpd 就好了吧`),
    no(`mbx3000 restart 之后日志第一行就是 "bind 5060 failed: Address already in use"，ps -ef | grep mbx 看到两个进程，之前那个 stop 没退干净，TIME_WAIT 才 40 来个，应该不是端口不够吧`),
    no(`PostgreSQL 起不來：could not bind IPv4 address "0.0.0.0": Address already in use / Is another postmaster already running on port 5432? 我們報表機上面裝了兩個版本的 pgsql 啦`),
    no(`vsftpd 起唔到，500 OOPS: could not bind listening IPv4 socket，ftp 係用嚟俾客戶攞 CDR 嘅，21 port 好似俾 pure-ftpd 食咗，兩個 ftp server 都裝咗`),
  ],
  otherRegistrationCause: [
    no(`今早十几个分机全掉注册了，抓包一直 403 Forbidden，查了是客户那边后台改了 SIP 密码，话机上还是旧密码，一台台改太累了有没有批量的办法`),
    no(`成個 office 嘅 IP phone 今朝全部 unregistered，原來大廈凌晨停電，router 仲未自己 reboot 返，IT 阿哥未返工`),
    no(`話機一直顯示 401 Unauthorized，登入 VOS 管理頁面跳提示「授權剩餘 0 天」，是不是 license 過期啦？續約要找誰`),
    no(`Singtel fibre down since 9am lah, all softphones in office cannot register, mobile data can. VOS side we never touch anything`),
    no(`办公室 WiFi 坏了 leh，手机上的 Zoiper 全部 offline，切 4G 就马上注册上，应该跟 VOS 无关吧，只是跟你们报备一下`),
    no(`机房迁移换了公网 IP（从 203.0.113.10 换到 203.0.113.60），话机里配的还是旧 IP，所以全部注册不上，几百台话机要一台台改吗，有没有 auto provision`),
    no(`我们话机注册地址填的是域名 sip.example.net，上周 DNS 改指向新服务器了，TTL 设成了 86400，一部分话机还在往旧机器注册，旧机器已经关了`),
    no(`分店換了新的 TP-Link 路由器之後分機就常常掉註冊，分機都是 UDP 5060，新路由器的 SIP ALG 預設是開的，要不要關掉？VOS 這邊什麼都沒改`),
    no(`一排话机都显示未注册，走过去一看屏幕都是黑的，PoE 交换机坏了，话机根本没电，哈哈哈，已经在换交换机了`),
    no(`安全审计的同事把 8001 这个账户的密码重置了没通知我们，那个分机 register 一直 401，现在已经把新密码填上了，注册成功`),
    no(`有個 reseller 話佢啲 extension 全部 register 唔到，我睇返 VOS 入面佢個賬戶「有效期至 2024-12-31」，已經過咗期，續返就得？`),
    no(`中華電信光世代今天下午斷線，所有分機都註冊失敗，客服說要三小時才修好，這段時間有沒有備援方法喔`),
    no(`office 搬了去 Jurong，新 router 是 M1 给的，phones 用 UDP，每 30 分钟左右就 drop registration，我们把 register expire 从 3600 改 60 就好了，想确认这样做 VOS 会不会负担太大`),
    no(`Semua extension unregistered sebab IP server tukar, kami baru pindah hosting provider semalam, 话机上的 SIP server 还是旧的 IP，要一个个改`),
    no(`谁手滑把 8023 到 8030 这几个分机账户在 VOS 里删了，话机当然注册不上，有没有操作日志能查是谁删的`),
    no(`VOS3000 授权到期了，系统提示 License expired，网关和话机全部注册不上，续费流程是怎样的，急`),
    no(`Yealink 更新韌體之後設定被 reset 回出廠值，帳號密碼全部不見，所以顯示 Not Registered，要重新 provision 啦`),
    no(`那个客户说全部掉线了，我打电话过去问，原来他们宽带欠费停机了……交了钱就好了`),
    no(`八號風球，將軍澳條光纖斷咗，成個 call centre 嘅分機 offline，ISP 話聽日先修得好，我哋 VOS 冇改過任何設定，SS_TCP_CLOSE_RESET 都冇郁過`),
    no(`我们把注册服务器从 IP 改成了域名，还配了 SRV 记录，结果老款的话机不支持 SRV 查询，只认 A 记录，所以这批注册不上`),
    no(`分公司是通过 IPsec VPN 注册到 VOS 的，走 UDP，今天 VPN 隧道断了 phase 1 一直协商不上，所以分机全部掉了，等网络组处理`),
    no(`Our TLS phones cannot register since this morning, the cert on VOS expired yesterday 23:59 lah, phone log show "certificate has expired". 新证书要放哪个目录`),
    no(`为了防扫描把 VOS 的 SIP 端口从 5060 改成 5080 了，结果忘了通知客户，他们的话机还往 5060 注册，所以全部 unregistered`),
    no(`Every night 2am all phones unregistered 5 minutes, because the router got scheduled reboot, after that ok again. Can set phone retry faster?`),
    no(`有人在辦公室接了一台自己帶來的小路由器，它開了 DHCP，結果話機拿到錯的 gateway，IP 衝突加上路由不通，全部註冊失敗，拔掉就好了`),
    no(`鼎信网关掉注册，对端说他们那边把认证改成了区分大小写，我们网关里的密码有个大写字母填成小写了`),
    no(`客戶部 Yealink 顯示 "Registration failed: 404 Not Found"，原來佢 extension number 打錯咗一個位，8312 打咗做 8321`),
  ],
  smallFigures: [
    no(`问一下，ss -s 显示 timewait 312，机器很闲，一天几百个电话，这个数正常吗`),
    no(`咩係 TIME_WAIT 呀？我 netstat 見到有二百幾個，使唔使理佢？冇任何 error 喎`),
    no(`請問 ip_local_port_range 要怎麼查？cat /proc/sys/net/ipv4/ip_local_port_range 出來是 32768 60999，這樣算夠嗎`),
    no(`Just curious, what's tcp_tw_reuse for ah? Ours is 0, TIME_WAIT only 150 plus, nothing wrong, just want to understand`),
    no(`每周健康检查：TIME_WAIT 88，ESTAB 40，CPU 6%，内存一半，没有报错，麻烦确认一下这样算正常吧`),
    no(`新人求科普：TIME_WAIT 和 CLOSE_WAIT 到底有啥区别，哪个多了才要担心`),
    no(`晚高峰 timewait 也就五百来个，需要提前开 tcp_tw_reuse 预防一下吗？目前一点报错都没有`),
    no(`netstat -an | grep TIME_WAIT | wc -l 結果 47，這樣算多嗎？我們是小公司，十幾個分機而已`),
    no(`想問 SS_TCP_CLOSE_RESET 預設係咩值？我哋冇改過，唔知應該係 Off 定 On`),
    no(`how to check how many TCP ports vos is using now lah? boss want a number for monthly report`),
    no(`贴一下 ss -s：
Total: 612 (kernel 0)
TCP:   389 (estab 121, closed 241, orphaned 0, synrecv 0, timewait 238/0), ports 0
Transport Total     IP        IPv6
RAW       0         0         0
UDP       14        11        3
TCP       148       146       2
这个正常吧？第一次看这个输出`),
    no(`每日巡檢報告：TIME_WAIT 峰值 420，port range 1024-65535，ESTABLISHED 平均 90，沒有任何錯誤，附上給你們存檔`),
    no(`请问 sysctl -a | grep port_range 输出 net.ipv4.ip_local_port_range = 32768 60999，这是 CentOS 7 默认值吗？可用端口就两万八左右对吧`),
    no(`問吓點樣睇 VOS 依家有幾多條 TCP 連線同埋邊啲係去 carrier 嘅？想學吓`),
    no(`CPS 才 5 左右，TIME_WAIT 一百多，boss 叫我做 monitor，alarm 的 threshold 设多少比较合理？`),
    no(`两万多的端口范围，现在 timewait 三百出头，离耗尽还远吧？只是心里没底问问`),
    no(`我們一天最多三千通，需要調 kernel 參數嗎？目前都沒問題，只是看到網路上有人說 VOS 要調 tw_reuse`),
    no(`TIME_WAIT 60 秒是 fixed 的吗？可以用 tcp_fin_timeout 改短吗？我们现在才一百个左右，纯好奇`),
    no(`centos7 上没有 netstat 命令，要 yum install net-tools 吗，还是直接用 ss 就行？想查一下连接状态`),
    no(`做緊 capacity planning，想估吓 30 CPS、每個 call 一條 TCP 嘅話 TIME_WAIT 大概會有幾多？而家只係 3 CPS`),
    no(`哈哈 面试被问到为什么 TIME_WAIT 要等 2MSL，答得稀烂，有大佬讲讲吗`),
    no(`監控圖上 TIME_WAIT 一直在 200~260 之間跳，這樣健康嗎？要不要截圖給你們`),
    no(`ss -tan state time-wait | wc -l 出来 19，刚重启完的机器，这个命令是对的吧？想写进巡检脚本`),
    no(`Boleh explain kenapa ada TIME_WAIT walaupun call sikit? 我们只有八十个左右 TIME_WAIT，一天两三百通电话`),
    no(`我们 vos 跟落地之间走的是 TCP，timewait 一般几十个，想知道有没有必要开 reuse，还是保持默认就好`),
    no(`例行檢查：ss -s timewait 1xx、estab 5x，冇任何 error，想請你哋睇吓 sysctl 有冇地方值得優化，唔急`),
    no(`小白问题：怎么看 VOS 用的是 UDP 还是 TCP？想确认一下我们的落地是哪种，timewait 才几十个`),
  ],
  firewallNoRst: [
    no(`新落地给了个 IP 198.51.100.44，需要在 iptables 里放行 5060 tcp 和 udp，规则怎么写比较规范，插在 DROP 前面对吧`),
    no(`FortiGate 要開 10000-20000 UDP 俾 RTP，policy 點 set 好？要唔要另外整個 VIP？`),
    no(`fail2ban 把我們自己辦公室的 IP ban 了啦，現在連 VOS web 都進不去，fail2ban-client set sshd unbanip 要怎麼下才對`),
    no(`SIP ALG on our Fortinet should disable right? Some phones got one-way audio after we change ISP, transport UDP`),
    no(`想做 geo-block，只允许 MY、SG、ID 的 IP 进 5060，用 ipset + iptables 可以吗，有没有现成的国家 IP 列表`),
    no(`阿里云安全组要放行哪些端口给 VOS？5060 tcp/udp、1720、RTP 10000-20000，web 8080 只给公司 IP，还有别的吗`),
    no(`pfSense 上面做 port forward 5060 到內網 VOS 10.0.0.5，outbound NAT 要不要勾 static port？打得通但想確認設定`),
    no(`想用 iptables hashlimit 限制每个源 IP 的 SIP 包每秒 50 个防攻击，会不会误伤大客户的正常呼叫？他们 CPS 峰值 30`),
    no(`客户要求加白名单，我们在 ASA 加了 access-list outside_in extended permit tcp host 198.51.100.7 host 203.0.113.10 eq 5060，已经 apply 到 outside，麻烦帮确认有没有漏`),
    no(`dmesg 一直刷 nf_conntrack: table full, dropping packet，nf_conntrack_max 才 65536，被 SIP 扫描打满了，RST 模式我们一直是 Off 没动过，调大 max 就行吗`),
    no(`Palo Alto 新加一條 security policy 允許 carrier 的 SIP 進來，application 要選 sip 還是 application-default？現在 any 先頂住`),
    no(`SonicWall 的 Consistent NAT 要唔要開？廠商文件話 VoIP 建議開，我哋冇任何問題，只係想跟 best practice`),
    no(`每天几万个 REGISTER 扫描从 185.x 的荷兰 IP 过来，日志都刷爆了，想 iptables 直接把整个 /16 封掉，会不会误封`),
    no(`公司 IT 要求 VOS 主機淨係開 5060、22 同 8443，其他全部 DROP，你哋有冇建議嘅 rule list？我驚封錯咗 RTP`),
    no(`Check Point 升級後要重新匯入 rule，SIP 的 service object 要選 sip_any 還是 sip_tcp？我們有 TCP 也有 UDP 的落地`),
    no(`想给 VOS 做个 fail2ban jail，注册失败的日志在哪个文件？正则怎么写，有没有人分享过`),
    no(`腾讯云轻量服务器防火墙 UDP 10000-60000 已经开了，还是单通，对方听不到我们，是不是还有别的地方要开`),
    no(`firewall-cmd --permanent --add-port=5060/tcp 之后 carrier 还是连不上，原来忘了 --reload，重载之后好了，顺便问 RTP 要怎么加一个范围`),
    no(`iptables -L -n -v 贴一段给你们：
Chain INPUT (policy DROP 0 packets, 0 bytes)
 pkts bytes target prot opt in out source destination
 9120  610K ACCEPT tcp  --  *  *  0.0.0.0/0 0.0.0.0/0 tcp dpt:5060
  882 52920 ACCEPT tcp  --  *  *  10.8.0.0/16 0.0.0.0/0 tcp dpt:22
是哪条把 web 8080 挡了？从公司访问不了管理页面`),
    no(`AWS security group need to open for new carrier 52.77.x.x on 5060 TCP, and our NACL outbound also need allow 1024-65535 return traffic right? first time using NACL`),
    no(`MikroTik firewall filter 想 block 所有 SIP 除了我们 VOS 的 IP，chain=forward dst-port=5060 action=drop 放在 accept 后面对吧？现在还没上线`),
    no(`iptables 日志里很多 "IN=eth0 SRC=45.x.x.x DST=203.0.113.10 PROTO=TCP DPT=5060 SYN" 被 DROP，那是扫描器吧？我们的白名单规则没问题吧`),
    no(`pfSense 的 state timeout 要調嗎？看到 TCP established 預設 86400 秒，SIP over TCP 的話機有 keepalive，只是規劃新機房想先問問`),
    no(`FortiGate 嘅 system session-helper 入面個 sip 要唔要 delete？聽講會搞亂 SIP header，我哋準備下星期維護窗口做`),
    no(`客户新装了深信服防火墙，要把 VOS 映射出去，DNAT 5060 + RTP 段已经做了，能注册能打电话，就问要不要再加 SNAT`),
    no(`我们想在 iptables 加 connlimit，每个源 IP 到 5060 最多 20 个 TCP 连接，防止某个客户乱开连接，--connlimit-above 20 这样写对不对`),
    no(`Kenapa ASA drop packet? show log keluar "Deny udp src outside:203.0.113.200/5060 dst inside:10.1.1.20/5060 by access-group outside_in"，新 carrier 的 IP 还没加 ACL 是吧`),
  ],
  negationContext: [
    no(`我们的 SS_TCP_CLOSE_RESET 在 softswitch.conf 里一直是 Off，从装机到现在没人动过，话机也全是 UDP，所以这次有几台话机掉线肯定不是那个参数的问题吧？`),
    no(`去年双十一那会儿 timewait 飙到 3 万，后来开了 tw_reuse 改了 port range 就好了，一直没复发，今天找你们只是续费顺便开发票`),
    no(`我朋友間公司部 VOS 有三萬幾個 TIME_WAIT，佢問我點搞，我自己嗰部冇事㗎，你可唔可以俾啲資料我轉俾佢參考？`),
    no(`我們全部走 UDP，沒有任何 TCP 的中繼或話機，所以那個 RST 參數跟我們沒關係對吧？只是確認一下，不用幫我改`),
    no(`We plan to turn RST on next week before the traffic migration, 我们有 20 几台 NAT 后面的话机，current status all fine，any risk we should know first?`),
    no(`给新员工做培训，想讲讲 "Cannot assign requested address" 是什么意思、一般出现在什么场景，你们有没有现成的资料或者 PPT`),
    no(`我们的爬虫服务器（不是 VOS，跟电话没关系）TIME_WAIT 两万多，是 python requests 没复用连接吧？顺便请教一下`),
    no(`上個月開咗 RST 之後 NAT 後面啲話機甩咗註冊，後來已經 set 返 Off，而家全部正常，我哋要寫 incident report，可唔可以幫手解釋吓當時嘅原因？`),
    no(`FortiGate 會不會把 RST 丟掉？我們還沒開 RST 模式，只是在評估要不要開，目前 TIME_WAIT 才幾百`),
    no(`RST 还是 off 状态，NAT 后面那 60 台话机都在线，什么都没改，就是想问下 CDR 导出的按钮在哪里`),
    no(`Customer asked me what is SS_TCP_CLOSE_RESET, I explain to him it's FIN vs RST when closing TCP, only matter for SIP over TCP, correct or not? Correct me if wrong lah`),
    no(`考试题求标准答案："VOS3000 中 SS_TCP_CLOSE_RESET 开启后，对 NAT 设备和状态防火墙分别有什么影响？" 我写的是会导致注册丢失，对吗`),
    no(`我哋 ASA 上面 show asp drop 睇過，tcp-not-syn 係 0，冇任何 RST 被 drop，RST 模式都冇開過，所以應該唔關 firewall 事，咁啲 call fail 會係咩原因？`),
    no(`之前的 BindException 是我們自己寫的 Java 外撥程式開太多連線，已經修好兩個月了，跟 VOS 無關。今天問別的：VOS 的 admin 密碼要怎麼改？`),
    no(`如果以后 timewait 涨到两万，你们的系统能自动处理吗？现在才几百个，先了解一下功能`),
    no(`Our partner in Johor got "cannot assign requested address" on their own VOS, not ours lah, they ask whether your tool can help them also, how to sign up?`),
    no(`别的厂家的 SBC（不是 VOS）开了 RST 关闭之后防火墙不认，导致半连接，我们 VOS 还没开 RST，想问在 VOS 上会不会也一样`),
    no(`聽人講開 RST 會令 NAT 後面嘅話機甩 register，係咪真㗎？我哋冇 NAT 話機，全部都係 public IP 直連，所以應該冇影響？`),
    no(`文件上說 RST 會跳過 TLS 的 close_notify，我們有一批 TLS 分機，所以決定不開 RST，改用調 kernel 參數處理，這樣的判斷對嗎`),
    no(`昨晚那个 "Address already in use" 是我手贱在 vos 上又起了一个 nginx 抢 80，已经关掉了，别担心，不用处理`),
    no(`Last week the pfSense drop RST problem solved after you set reset back to Off, thank you ya, everything stable since then, no more failed call`),
    no(`下个月要接一条 50 CPS 的新线路，想提前评估一下 TIME_WAIT 会不会爆，要不要提前调参数？现在一切正常`),
    no(`幫我同事問：佢喺大學做 network project，用 netstat 見到好多 TIME_WAIT，想知點解主動 close 嗰邊先會有？同 VOS 冇關係`),
    no(`conntrack 那邊我們看過了，沒有 INVALID，RST 也沒被擋，tcpdump 兩邊都有看到 RST，所以不是防火牆，問題應該在話機本身`),
    no(`我们不是 NAT 环境，话机都是专线直连，也没开过 RST，只是想问下注册周期设多少合适，3600 会不会太长`),
    no(`In our SOP doc I wrote "if TIME_WAIT > 20k and bind errors at peak, consider SS_TCP_CLOSE_RESET On, but not for servers with NAT phones". Can help review the wording?`),
    no(`yyds 你们上次帮我们把 RST 关回去之后，MikroTik 后面那些话机再也没掉过，一个月了，给你们点个赞 👍`),
  ],
  portExhaustion: [
    pe(`每天晚上 8 点到 10 点高峰，外呼基本全失败，日志狂刷 "connect failed: Cannot assign requested address"，ss -s 看 timewait 28843，重启 vos 好一阵又来`),
    pe(`部 VOS 一到夜晚就唔接新 call，netstat 數咗一數 TIME_WAIT 有三萬幾，log 全部係 bind failed: Address already in use，救命呀`),
    pe(`我們對接了十幾家落地，全部 SIP over TCP，CPS 衝到 80 左右就開始大量失敗，TIME_WAIT 兩萬八，重開機可以撐兩小時左右`),
    pe(`Peak hour calls fail lah, log show "Address already in use" when vos connect out to carrier TCP 5060. ss show timewait 30k++. Restart ok for a while only, then same again`),
    pe(`[root@vos ~]# ss -s
Total: 31562 (kernel 0)
TCP:   31208 (estab 212, closed 30940, orphaned 0, synrecv 0, timewait 30938/0), ports 0
落地那边说我们晚上根本没发 INVITE 过去，我们这边一看全是外呼失败，怎么办`),
    pe(`喂 那个 我们这个 vos 啊 今天下午三点多开始 就是外呼打不出去 然后我让小王看了一下 他说 netstat 里面 time wait 有两万多个 然后日志里面全是那个什么 cannot bind 对 cannot bind 重启一下就好了 但是过半个小时又不行了 你们看看`),
    pe(`2.8w timewait，port range 还是默认的 32768-60999，CPS 120 左右，呼损率一下飙到 40%，全是去落地的 TCP 连接建不起来`),
    pe(`外呼对接 TCP 落地的时候日志报 java.net.BindException: Cannot assign requested address，一到高峰就出现，TIME_WAIT 两万六，要怎么调`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c 的結果：
  29102 TIME_WAIT
    188 ESTABLISHED
     12 LISTEN
      3 SYN_SENT
晚上尖峰打不出去，早上就正常，這樣是 port 不夠用嗎`),
    pe(`TIME_WAIT 27k，全部都係去 carrier 198.51.100.20:5060 嘅，啲 call 一到 peak 就 fail，restart mbx3000 即刻好，兩個鐘後又嚟過`),
    pe(`三万个 TIME_WAIT 排着队，新连接一个都建不起来，晚高峰 CPS 一上 100 就完蛋，白天一点事没有`),
    pe(`Our VOS makes TCP connections to 6 vendors, one new connection per call, around 9pm cannot open new socket anymore: errno 99 EADDRNOTAVAIL. ss count ~29k TIME_WAIT`),
    pe(`Server VOS tak boleh buat call keluar waktu peak, log "Cannot assign requested address", TIME_WAIT dekat 28,000. 重启了就 OK 一下下，之后又不行`),
    pe(`端口又耗尽了，timewait 两万九，跟上周一模一样，都是晚上九点左右开始`),
    pe(`附上資訊：
net.ipv4.ip_local_port_range = 32768 60999
net.ipv4.tcp_tw_reuse = 0
TIME_WAIT = 28211
每天晚上 7 點後對落地商的 TCP 外撥開始失敗，錯誤 Cannot assign requested address，重啟 softswitch 就恢復，請幫忙看要改哪些`),
    pe(`我哋做緊 promotion，CPS 由 30 升到 150，之後外撥 call 大量失敗，ss 見 timewait 成三萬，係咪 port 唔夠用？`),
    pe(`交接：22:10 vos-gz 外呼失败告警，TIME_WAIT 30112，日志 "bind failed: Address already in use"，reparse 无效，restart 后恢复，估计明晚高峰还会来，请白班跟进`),
    pe(`zsbd，vos 高峰期 bind 失败，tw 三万+，咋整，急急急`),
    pe(`Carrier say we never send SIP to them, but our log show "socket connect error 99". timewait 31k. After 1am traffic low then okay again by itself`),
    pe(`dmesg 一直出現 "TCP: time wait bucket table overflow"，同一時間往落地的外撥失敗，netstat 看 TIME_WAIT 快三萬，白天流量小就沒事`),
    pe(`個 switch 一到晚黑八點就好似 hang 住咁，唔係 CPU，唔係 memory，係 TIME_WAIT 爆咗，兩萬九，所有 outbound TCP 都 connect 唔到`),
    pe(`每秒两百个呼叫，TCP 短连接，每个呼叫一个新连接，关掉后 TIME_WAIT 要挂 60 秒，算下来一分钟就一万二，一个高峰下来端口就用完了，外呼开始报 Address already in use，请帮忙调一下`),
    pe(`ss -tan state time-wait | wc -l → 27516
日誌：SIP/TCP connect to carrier failed: Cannot assign requested address
尖峰時段才有，凌晨自己好`),
    pe(`客户转来的截图文字：SIP/TCP connect to 203.0.113.77:5060 failed (99: Cannot assign requested address)。这个客户 CPS 很高，我登上去看了 timewait 有 2.6 万`),
    pe(`Every Monday morning the campaign starts, about 2 hours later all outbound fails. Restart helps. netstat show ~30,000 TIME_WAIT to the carrier IPs, nearly all local ports used`),
    pe(`网关那侧看不到我们 VOS 的 SYN，根本没发出来，本机 TIME_WAIT 两万八千多，端口范围 32768-60999 差不多用光了，只有高峰期这样`),
    pe(`數過有 28,000 幾行，全部係咁樣：
tcp        0      0 203.0.113.10:45012      198.51.100.9:5060       TIME_WAIT
tcp        0      0 203.0.113.10:45013      198.51.100.9:5060       TIME_WAIT
tcp        0      0 203.0.113.10:45014      198.51.100.9:5060       TIME_WAIT
同時 log 話 connect 唔到 198.51.100.9，啲 call 全部 fail`),
    pe(`以前 CPS 50 都沒事，最近接了新的批發客戶跑到 180 CPS，晚上尖峰打不出去，錯誤是 Address already in use，不是 listen 的 port 喔，是往外連落地的時候`),
    pe(`boss, VOS outbound to carriers die at busy hour again, TIME_WAIT 3万 plus, need fix permanently leh, cannot every night restart`),
    pe(`问个事，这两天一到饭点后（19:30 左右）出局全挂，看了下 ss -s timewait 29k 多，estab 才两百，落地都是 TCP 的，重启 mbx3000 能好一个多小时`),
  ],
  natUnregistered: [
    nat(`前天把 SS_TCP_CLOSE_RESET 改成 On 之后，分公司 MikroTik 后面那 40 台话机隔一会儿就掉注册，话机用的是 TCP，总部直连的没事`),
    nat(`自從上星期開咗 RST 模式，啲喺屋企用 router 嘅 softphone（TCP）成日 unregistered，公司 public IP 嗰啲就冇事`),
    nat(`你們上次幫我們處理 port 的那次（開了 RST）之後，辦公室 NAT 後面的話機常常顯示未註冊，走的是 TCP 5060`),
    nat(`After the RST change on Tuesday, all phones behind the office NAT router (SIP over TCP) keep dropping registration, re-register every few minutes`),
    nat(`Sejak tukar TCP close mode ke RST, extension belakang router rumah semua offline. 用 TCP 注册的那批全掉，UDP 的那几台没事`),
    nat(`就是上次你们那个优化做完以后啊 把那个 reset 打开了嘛 然后我们呼叫中心那边 坐席都是在路由器后面的 用 TCP 注册的 现在隔十几分钟就掉一次 掉一次就打不出去了`),
    nat(`softswitch.conf 里现在是 SS_TCP_CLOSE_RESET="On"（上周为了 timewait 改的），改完之后 NAT 后面的 Zoiper 和 eyeBeam 走 TCP 的全都注册掉了`),
    nat(`RST 開咗之後，我哋啲 Yealink T46 喺 MikroTik NAT 後面，transport 係 TCP，每隔 5 分鐘左右就 Registration failed，要手動 re-register`),
    nat(`有 NAT 的分公司全部掉，沒 NAT 的總部沒事。唯一的變更是 SS_TCP_CLOSE_RESET 從 Off 變 On。話機都是 TCP。`),
    nat(`看 MikroTik 的 connection tracking，TCP 5060 那条连接一收到 VOS 的 RST 就消失了，话机那边还以为连着，来电进不来，过一阵注册就过期了，自从开了 RST 才这样`),
    nat(`Since the run yesterday that fixed our port exhaustion, NAT'd softphones on TCP are unregistered. TIME_WAIT is fine now but this came instead`),
    nat(`Home agents using MicroSIP over TCP behind Unifi routers, all show unregistered for 2 days, same time we enable reset close on VOS`),
    nat(`开 RST 是为了解决 timewait，现在 timewait 倒是降到一千多了，可 NAT 后面的 IP 话机又都掉线了，TCP 方式注册的`),
    nat(`欸 RST 開了之後 NAT 後面的軟電話都斷線ㄟ，TCP 的，UDP 的反而好好的，怎麼辦啦`),
    nat(`NATed extensions (TCP) lost reg about 5 min after the reparse with SS_TCP_CLOSE_RESET=On，log 見到每次 REGISTER 都係 198.51.100.x 新嘅 source port`),
    nat(`说下情况：昨晚 21:14 调了参数（RST On、tw_reuse 1、port range 1024-65535），今天早上上班发现在家办公的客服（光猫 NAT）用 TCP 的全部离线；机房里直连的都正常`),
    nat(`Phones behind NAT unregistered after we turned RST on. Aren't they supposed to keepalive? Transport is TCP. Before the change no problem at all`),
    nat(`来电打不进 NAT 后的分机，VOS 上显示分机在线但实际发不过去，过几分钟就变未注册，自从 RST 开了以后，话机是 TCP 注册的，路由器 NAT 表里那条会话没了`),
    nat(`上週把 close 模式改成 reset，從那之後，用 TCP 註冊、在家用路由器後面的業務手機 app 一直掉註冊`),
    nat(`老細話改咗 RST 之後 call centre 啲 agent 全部 offline，佢哋喺 TP-Link router 後面，行 TCP，點算好`),
    nat(`Phones behind MikroTik (srcnat masquerade) on SIP-TCP drop registration since SS_TCP_CLOSE_RESET set On last Friday. UDP phones fine`),
    nat(`运营商家宽后面的话机（TCP 5060）在 VOS 改成 RST 关闭方式后频繁 unregistered，要不要改回 FIN 方式`),
    nat(`開了 RST 以後 NAT 後面 TCP 話機註冊只維持幾分鐘，Wireshark 看到 VOS 送 RST 之後路由器就不轉送後續的封包了`),
    nat(`你们那个自动修复把 reset 打开了，现在 30 个 NAT 坐席全部掉注册（TCP），赶紧回滚！`),
    nat(`Remote staff on Grandstream behind NAT, TCP transport, unregistered every ~10 min. Only change was RST mode on VOS last week`),
    nat(`Hello 呀 我係 Ming 呀 嗰個 RST 嘢開咗之後呢 我哋九龍灣嗰間分店啲電話呢 全部都 unregistered 喎 佢哋係喺個 router 後面嘅 用 TCP 嘅 總部就冇事 你幫我睇吓好唔好`),
    nat(`昨天改 SS_TCP_CLOSE_RESET 为 On 后，办公室 NAT 后 52 台 TCP 分机只剩 9 台在线`),
    nat(`NAT 後面 TCP 分機掉註冊，查了一下時間點剛好是我們把 SS_TCP_CLOSE_RESET 設成 On 後十分鐘，網路、密碼都沒動過`),
    nat(`After enable RST, our reseller's customers behind NAT (TCP) all complain "Not registered" on their IP phones, one by one`),
    nat(`分机一直掉，查了密码没问题，网络也通，路由器是华为 AR 做 NAT，话机用 TCP……哦对了，前天为了解决 timewait 把 RST 打开了`),
  ],
  firewallRst: [
    fw(`开了 RST 之后，经过 FortiGate 去落地的呼叫大量失败，forward traffic log 里看到我们 VOS 发的 RST 被当成无会话丢掉了`),
    fw(`ASA log 一直出：%ASA-6-106015: Deny TCP (no connection) from 203.0.113.10/5060 to 198.51.100.9/41234 flags RST on interface inside，係自從 VOS 改咗 RST 模式先有，去嗰個 carrier 嘅 call 成日 fail`),
    fw(`pfSense 在 VOS 和落地中間，開 RST 後 pf 的 state 沒被清掉，下一通用同樣 port 打過去就被擋，通話失敗`),
    fw(`-m conntrack --ctstate INVALID -j DROP 这条规则的计数器一直在涨，抓了一下都是 VOS 发出去的 RST，自从 SS_TCP_CLOSE_RESET=On 以后就这样，去落地的呼叫也开始失败`),
    fw(`show counter global filter delta yes on our PA-3220, flow_tcp_non_syn_drop keep increasing, since we turned on RST on VOS. Calls to carrier through that Palo Alto failing about 20%`),
    fw(`SonicWall log 一直出 "TCP packet received on non-existent/closed connection; TCP packet dropped"，source 係 VOS 5060 flags RST，開 RST 之後啲 call 經呢部 firewall 就唔穩`),
    fw(`Check Point 日志："TCP packet out of state: First packet isn't SYN" tcp_flags: RST-ACK，源是 VOS 的 5060，开 RST 以后才有，出局电话失败率上去了`),
    fw(`腾讯云上的 VOS 开了 RST 之后，云防火墙里看到 RST 包被丢弃，跟落地的 TCP 连接变成半开，落地那边还挂着老连接，新呼叫进不去`),
    fw(`RST 开了以后 过飞塔的那条线路 呼叫十个失败七个 别的线路没事 飞塔的日志里全是 RST 丢弃 你们看是不是要把 RST 关回去`),
    fw(`防火牆上 conntrack -L 仲見到幾千條去 carrier 5060 嘅 ESTABLISHED：
tcp 6 431987 ESTABLISHED src=10.20.0.5 dst=198.51.100.30 sport=5060 dport=39102 [ASSURED] mark=0 use=1
tcp 6 431990 ESTABLISHED src=10.20.0.5 dst=198.51.100.30 sport=5060 dport=39140 [ASSURED] mark=0 use=1
VOS 嗰邊早就 RST 咗，開 RST 之後先出現，新 call 打唔出`),
    fw(`WatchGuard 的 Traffic Monitor 一直跳 Deny ... tcp syn checking failed (expecting SYN packet)，封包是 VOS 5060 送出去的 RST，改成 RST 模式那天開始，經過這台 Firebox 的落地每到下午就一堆通話失敗喔`),
    fw(`Our FortiGate 60F between VOS and carrier, after RST on, diagnose debug flow shows "no session matched" for the RST packets, dropped. Carrier side still think TCP open, calls fail`),
    fw(`iptables LOG 贴出来给你们看：
INVALID DROP: IN=eth1 OUT=eth0 SRC=203.0.113.10 DST=198.51.100.30 LEN=40 TOS=0x00 PROTO=TCP SPT=5060 DPT=38211 WINDOW=0 RST URGP=0
一分钟几百条，SS_TCP_CLOSE_RESET 开了之后才出现`),
    fw(`Since we set SS_TCP_CLOSE_RESET On, calls via the ASA to our Vietnam vendor fail about 30%. packet-tracer all allow, but capture type asp-drop shows tcp-not-syn for the RST from VOS`),
    fw(`開咗 RST 之後經 pfSense 出去嗰條 route 成日斷線，pf log 寫住 block ... flags R，其他唔經 pfSense 嘅 route 冇事`),
    fw(`Sophos XG 的 log 全是 "Invalid TCP state" 的 RST，自從 VOS 改成 RST 模式，經過這台防火牆的中繼就開始掉 call`),
    fw(`排查过程：1）对端抓包看不到我们的 RST；2）我们本机 tcpdump 能看到 RST 发出去；3）中间是华为 USG 防火墙，session 还在；4）时间上跟开 RST 吻合。结论应该是防火墙吃掉了 RST 吧`),
    fw(`Half-open connections piling up on the carrier's SBC, they complain to us. Our VOS sends RST since Tuesday, Juniper SRX in between, "show security flow session" still shows them active`),
    fw(`飞塔把 RST 丢了，开 RST 后去落地的呼叫一半失败`),
    fw(`ASA show asp drop 裡 tcp-not-syn 計數暴增，同一時間我們把 VOS 改成 RST 關閉，經過 ASA 到中繼商的電話打不通`),
    fw(`Lepas on RST mode, firewall pfSense block paket RST, sambungan TCP jadi half-open, call ke carrier gagal. 请问要关回去吗还是改 firewall`),
    fw(`Check Point SmartLog 成版都係 "First packet isn't SYN" 嘅 RST，source 係我哋 VOS 5060，星期三 reparse 開咗 RST 之後先有，經嗰部 firewall 嘅 call 都 fail`),
    fw(`conntrack -S 里 invalid 一直在涨，开 RST 前几乎是 0，现在去落地的 TCP 呼叫三成失败`),
    fw(`落地商說他們的 SBC 上我們的 TCP 連線都變成殭屍連線（半開），我們這邊明明已經 RST 了，中間隔了一台 FortiGate，是開 RST 之後才開始`),
    fw(`OPNsense live log shows RST from VOS blocked by "Default deny / state violation rule", started right after we enabled reset close, calls to the carrier behind it drop`),
    fw(`电信机房前面那台 H3C 防火墙，开 RST 后 RST 包被判成无会话直接丢弃，会话表里的老连接一直不老化，出局呼叫失败`),
    fw(`SonicWall drop RST from VOS since RST mode, calls to the 2 carriers behind that fw fail; carriers on public IP direct are OK`),
    fw(`出局呼叫失败率 35%，只影响走 10.10.0.1 那台防火墙的两个落地，别的落地正常……防火墙 log 有 RST dropped，时间是上周五把 SS_TCP_CLOSE_RESET 打开之后开始的`),
    fw(`兩邊同時抓包：
VOS 端：IP 203.0.113.10.5060 > 198.51.100.50.40122: Flags [R.], seq 1, ack 1, win 0, length 0
落地端：完全沒有 Flags [R] 的封包
中間是 Palo Alto，開 RST 模式前沒這問題，現在這條路由的電話常失敗`),
    fw(`Palo Alto session still ACTIVE after VOS send RST, next call on the same 5-tuple got dropped, 30% of calls to that carrier fail since we set RST mode on`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning250Set: readonly EvalItem[] = Object.values(tuning250Families).flat();
