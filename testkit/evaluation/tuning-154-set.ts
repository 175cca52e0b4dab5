import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Chinese-speaking VOS3000 customers writing to the support desk on WeChat/WhatsApp: wholesale carriers,
 * outbound call centres, resellers and NOC engineers in Shenzhen, Guangzhou, Xiamen, Fuzhou and Shanghai
 * (Simplified Chinese, about 70 %), Hong Kong and Taiwan (Traditional Chinese, some Cantonese), and
 * Singapore/Malaysia (English-mixed Chinese and a little pinyin). They mix in English technical words
 * (TIME_WAIT, RST, NAT, SS_TCP_CLOSE_RESET, FortiGate, ASA, pfSense, MikroTik, 深信服), paste ss/netstat
 * output and log lines, write numbers as "3万", "三万多", "两万八", "30k", "28000", and greet with
 * 您好 / 老师 / 大佬 / 麻烦 / 谢谢.
 *
 * The hundred-and-fifty-fourth tuning split, by family, in markets where VOS3000 is sold widely and which no split had in fresh hands
 * since the early rounds. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-fifty-fourth never-tuned set, before the fifty-ninth round of rules, by
 * someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other
 * sets in view; measured as such before and after the fifty-ninth round and with the framing check, then made tuning
 * material for the sixtieth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 87.8 %, negatives confident 9.0 %, confident wrong 0 % with the
 * rules of the fifty-eighth round and the changes after it, before the fifty-ninth.
 * After the fifty-ninth round: the same.
 * With the framing check (the rules of the fifty-ninth round held back where a message reads as told, not live):
 * in scope 86.7 %, negatives confident 7.5 %, confident wrong 0 %.
 * After the sixtieth round, tuned on: in scope 100 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning154Families = {
  oneListeningPort: [
    no(`您好，重启完服务器之后网页打不开了，catalina.out 里一直报 java.net.BindException: Address already in use <null>:8080，麻烦帮看下`),
    no(`老师，8080被占用了，tomcat起不来。netstat -lntp | grep 8080 显示是一个java进程 pid 2231，不是我们web那个，可以直接kill吗？`),
    no(`nginx -t 没问题，但是 systemctl start nginx 报 bind() to 0.0.0.0:80 failed (98: Address already in use)，是不是apache也在跑？这台是vos的机器`),
    no(`我哋同事喺同一台機度裝咗個 Asterisk 做測試，而家 mbx3000d 啟動唔到，話 5060 bind 唔到，點算好？`),
    no(`開發那邊在自己筆電上跑 docker compose up，報 Bind for 0.0.0.0:8080 failed: port is already allocated。他只是想在本機模擬 VOS 的接口，不是伺服器的問題，請問要怎麼改 port`),
    no(`测试机上装了kamailio又装了vos，kamailio先起来占了5060，softswitch日志里 bind 5060 failed. 我们是想两个共存，kamailio改5070可以吗`),
    no(`您好 web管理页面登录不上，ss -lntp 看8080是LISTEN在一个旧的tomcat进程上（之前升级没停干净），重启mbx3000d没用，应该重启哪个服务？`),
    no(`cannot bind 443 —— 我们给web portal加https，httpd报 (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443，原来是nginx也在监听443`),
    no(`hello 老师, my colleague start second instance of vos on same server for testing, now the first one cannot start, log say EADDRINUSE 0.0.0.0:5060. how to run 2 instance? 还是根本不行`),
    no(`重启后 tomcat 报 "Address already in use: JVM_Bind" 8005端口，shutdown port冲突，是不是server.xml改一下就好`),
    no(`麻烦问下，docker run -p 3306:3306 mysql 报 port is already allocated，宿主机上本身有vos的mysql，我们想再起一个给报表系统用，怎么弄比较好`),
    no(`台北這邊的機器，我們又裝了一個 grafana 想開 8080 給老闆看報表，結果跟 VOS 的網頁衝突，grafana log: listen tcp :8080: bind: address already in use。grafana 改 3000 就可以了吧？`),
    no(`5060被占了 softswitch起不来 ps看有个sipp进程压测完忘记关了 杀掉就好了吧？`),
    no(`老板让我在这台vos服务器上搭个freeswitch做IVR，freeswitch启动 sofia profile internal 失败，报 Error creating SIP UA for profile: internal，查了说是5060已经被占用。freeswitch 能换端口吗`),
    no(`早上機房斷電重啟，tomcat 起不來，netstat 看到 8080 被一個 "java -jar monitor.jar" 佔住，是我們自己的監控程式開機自啟了。想確認一下 VOS 網頁可不可以改成 8088`),
    no(`您好，我们开发在本地 IDEA 里跑一个对接vos的计费接口，spring boot 报 "Web server failed to start. Port 8080 was already in use." 这个跟vos服务器有关系吗？还是他电脑上的问题`),
    no(`dev server 上 python3 -m http.server 80 報 OSError: [Errno 98] Address already in use，係咪同 VOS 個 web 撞咗？`),
    no(`新开的机器 mbx3000d 启动失败，日志里看到 bind port 5060 error: Address already in use。查了一下是系统自带的 opensips 开机自启了，第一次装不知道，关掉就行？`),
    no(`Hi boss, phpmyadmin 装上之后 apache 起唔来, port 80 给 nginx 占了. 这个是我们自己搞的不是vos本身的问题, 只是想问问你们建议 phpmyadmin 用哪个 port`),
    no(`MySQL 3306 bind fail，是因為之前手動用 mysqld_safe 起過一次沒關，現在 service mysqld start 就失敗。ps -ef | grep mysql 有兩個，殺哪個比較安全？`),
    no(`老师好，tomcat 的 catalina.out：
严重: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: 地址已在使用 (Bind failed)
服务器就一台，刚从旧机房迁过来`),
    no(`我哋將 VOS 網頁端口由 8080 改做 80，結果起唔到，原來 httpd 一直喺度 listen 緊 80。其他嘢冇問題，通話正常`),
    no(`cannot bind to 0.0.0.0:5060 — 是因为我们在同一台装了个 OpenSIPS 做负载均衡测试。只是这一个端口，其他都正常，TIME_WAIT 也不多`),
    no(`k8s 里起的 sip 测试 pod 用 hostPort 5060，一直 Pending，describe 显示 "node(s) didn't have free ports for the requested pod ports"。这个跟你们那边vos无关吧，想问问有没有经验`),
    no(`请问 vos 的 web 端口能改吗？8080 跟我们另外一个 jenkins 冲突了，jenkins 起不来 "Failed to bind to 0.0.0.0/0.0.0.0:8080"`),
    no(`新加坡 server 昨晚 reboot 之后 portal down 了, tomcat log 全是 Address already in use 8080, 发现有人在 crontab @reboot 加了个 java 程序, 占了 port. 已经 kill 了, 要 restart mbx3000d 还是只 restart tomcat?`),
  ],
  otherRegistrationCause: [
    no(`您好，我们今天统一改了所有分机的密码，之后有十几个话机一直注册不上，提示 403 Forbidden，是不是话机上的密码没同步？`),
    no(`老师，客户的话机全部掉注册了，一看账户余额是负的，是不是欠费了系统自动停了？`),
    no(`我们换了公网IP，话机上的服务器地址还是旧IP，所以全部 unregistered，有没有办法批量改`),
    no(`域名 sip.xxx.com 的解析昨天换了，今天一半分机注册不上，nslookup 出来还是旧地址，是 TTL 还没到吗？`),
    no(`您好 license 是不是到期了？后台提示授权即将过期，今天早上开始新注册的都失败`),
    no(`客户那边宽带断了，整个办公室的话机都离线，电信说在抢修，这个我们这边也没办法吧`),
    no(`停電呀，UPS 撐唔住，啲話機冇電所以全部未註冊，唔好意思打擾，嚟電之後應該自己會返`),
    no(`我們用的是 UDP 註冊，客戶換了一台新的路由器（華碩），之後話機就註冊不上了，舊的 TP-Link 沒問題。帳號密碼都沒改，TCP 從來沒用過`),
    no(`測試帳號 8001 從昨天開始一直 401 Unauthorized，是不是帳戶到期了？`),
    no(`Hi 老师, 我们 reseller 下面一个 customer 没付钱, 我们在 portal 上把他 disable 了, 现在他说 phone unregistered, 这个是正常的对吧, 只是确认一下`),
    no(`注册失败 日志里 "wrong password" 几百条 全部来自同一个IP 是不是有人在扫`),
    no(`马来西亚这边 TM unifi 今天大面积断网，我们客户的 softphone 全掉了，不是你们的问题，只是报备一下`),
    no(`分机 1008 注册不上，eyeBeam 显示 "Registration failed: 404 Not Found"，查了一下后台这个号码被同事删了，能恢复吗`),
    no(`你好，我们换了服务器，新的 IP 是 xx.xx.xx.50，话机还指向老的 .49，是不是要一台台改？我们是 UDP 5060`),
    no(`他们把办公室交换机换了一台新的华为，VLAN 没配对，话机拿不到 IP，所以没注册。已经在改了，跟你们说一声`),
    no(`zuoxi nabian zoiper yizhi xianshi "Not connected", houlai faxian shi tamen gongsi IT ba waiwang dou feng le, zhi neng shang neiwang. xianzai IT zai kai`),
    no(`您好，网关账号我们设置了IP认证+密码，今天网关换了出口IP（他们换了光猫），结果注册被拒，后台显示 IP 不匹配`),
    no(`话机注册上去又掉，我们走 TLS 5061，抓包看是话机那边证书校验失败，话机时间显示 2000 年，是不是 NTP 没配好导致的？`),
    no(`请问授权数是不是满了？我们的 license 是 500 线，现在注册了 500 个，第 501 个就注册不上`),
    no(`呢排有幾部話機 register 唔到，睇返原來係客戶自己 reset 咗出廠設定，啲 account 全部冇晒`),
    no(`代理商说他的 SIP trunk 掉线了，我看了一下是他那边 DNS 服务器挂了，解析不到我们的域名，ping 域名直接 unknown host`),
    no(`老师, 早上深圳这边光纤被挖断了, 所有坐席掉线, 现在用4G热点顶着. 恢复后需要重启话机吗`),
    no(`Yealink T21 注册失败，屏幕显示 "Account 1: Registration failed"，抓包看到服务器回 403，后台账户显示已过期（到期日 5月31号），续费后多久能恢复？`),
    no(`客户换了新的 MikroTik，但他们全部是 UDP 注册的，从来没用过 TCP，现在话机注册不上。torch 看 5060 UDP 根本没出去，是不是旧路由器上的 NAT 规则没搬过来`),
    no(`我們台中客戶的話機今天全都沒註冊，後來發現是他們公司網路費沒繳，被中華電信停了，哈哈`),
    no(`您好，我们把 SIP 域名从 voip.a.com 改成 sip.a.com，忘了通知客户，旧域名已经停了，所以他们全部 unregistered。能不能临时把旧域名也加回去`),
    no(`注册不上，提示 "Too many failed attempts, IP blocked"，应该是客户密码输错太多次被锁了，麻烦帮解一下`),
  ],
  smallFigures: [
    no(`老师好，TIME_WAIT 到底是什么状态？我们服务器上看到几百个，需要处理吗`),
    no(`ss -s 贴一下：
Total: 412 (kernel 520)
TCP:   318 (estab 96, closed 180, orphaned 0, synrecv 0, timewait 178/0), ports 0
这个正常吧？晚上没什么话务`),
    no(`请问 ip_local_port_range 默认是 32768 60999 吗？我们 cat 出来就是这个，要不要改`),
    no(`我们在评估要不要开 SS_TCP_CLOSE_RESET，目前没有任何问题，只是想问开了有什么好处和风险`),
    no(`新机器上线前做个体检，netstat -ant | grep TIME_WAIT | wc -l 出来 236，CPS 大概 15，这个数字健康吗`),
    no(`請問 tcp_tw_reuse 預設是 0 還是 2？我們 CentOS 7 看到是 0。目前沒遇到問題，只是在寫維運文件`),
    no(`我们话务量不大，一天几千通，TIME_WAIT 一般也就一两百，有必要调内核参数吗？`),
    no(`Hi 大佬, what is the difference between tcp_tw_reuse and tcp_tw_recycle? 看网上说 recycle 不能开, 我们现在两个都没开, 也没问题`),
    no(`每天巡检脚本会记录 ss -s，最高也就 timewait 600 左右，峰值 CPS 30，想确认一下告警阈值设多少合适`),
    no(`請問 SS_TCP_CLOSE_RESET 這個參數預設是 Off 嗎？我們沒改過，只是看到 softswitch.conf 裡面有這一行`),
    no(`服务器跑了两年了，从来没出过端口问题，刚才随手看了一下 TIME_WAIT 才 89 个，是不是我们话务太少了哈哈`),
    no(`请问这个输出有问题吗：
Total: 1023
TCP:   745 (estab 402, closed 310, orphaned 2, timewait 298/0), ports 0

Transport Total     IP        IPv6
RAW       0         0         0
UDP       12        8         4
TCP       435       431       4`),
    no(`麻烦问下 net.ipv4.ip_local_port_range = 32768 60999 大概可以同时用多少个端口？两万八左右？我们现在最多用到几百个`),
    no(`Singapore team ask: 我们现在 TIME_WAIT around 1.2k during peak, CPS around 40, is this ok or need tuning? no error so far`),
    no(`做安全基线检查，审计说 tcp_fin_timeout 是 60 要改成 30，改了会不会影响 vos？目前一切正常`),
    no(`老师，RST 模式是什么意思？文档里看到 SS_TCP_CLOSE_RESET，但没说明是干嘛的`),
    no(`我们准备扩容到 200 CPS，现在 50 CPS 的时候 TIME_WAIT 三四百，按比例算到时候大概一千多，需要提前开 RST 吗？`),
    no(`想問下 Linux 一個 TIME_WAIT 會維持幾耐？60 秒定係 2MSL？我哋而家得百幾個，純粹好奇`),
    no(`laoshi hao, jiankang jiancha: ss -tan state time-wait | wc -l = 57, state established = 212, zhengchang ma?`),
    no(`在做新机器的 sysctl 模板，请问推荐的 ip_local_port_range 是多少？不是出问题，只是想统一标准`),
    no(`你好，監控圖表上 TIME_WAIT 曲線每天下午三點有個小高峰，大概 800，其他時間兩三百，需要注意嗎`),
    no(`cat /proc/sys/net/ipv4/tcp_tw_reuse 输出 2，这是啥意思？Rocky 8 的新机器`),
    no(`我们是小型呼叫中心，30 个坐席，想问一下 vos 需要做哪些 TCP 优化？现在没问题，就是预防`),
    no(`老師請教，netstat 看到 CLOSE_WAIT 和 TIME_WAIT 加起來大概三百多，這兩個有什麼分別？`),
    no(`我哋 reseller 客户问 "开 RST 模式会唔会影响 NAT 后面啲话机"，我哋自己都唔识答，想问下你哋一般点建议`),
    no(`ss -s 里面 "timewait 143/0), ports 0"，这个 ports 0 是什么意思？`),
    no(`我们 ip_local_port_range 改成 1024 65535 有没有什么副作用？现在还没改，也没出过问题，领导问的`),
  ],
  firewallNoRst: [
    no(`您好，我们新加了一个对接的运营商，IP 是 203.x.x.x，防火墙需要放行 5060 TCP 和 10000-20000 UDP 吗`),
    no(`FortiGate 上帮忙看下要开哪些端口给 vos，新客户下周要接进来`),
    no(`fail2ban 把我们自己办公室的 IP 封了，登录不了 web，怎么解`),
    no(`請問 SIP ALG 要不要關？客戶用 FortiGate，通話偶爾單通`),
    no(`我们想在 iptables 里只允许中国、马来西亚的 IP 访问 5060，其他国家都拒绝，有推荐的做法吗？最近扫描太多了`),
    no(`web 8080 只想让公司 IP 访问，iptables 规则怎么写比较好`),
    no(`新装了 pfSense，通话一切正常，就是想确认一下需要设置什么 state timeout 之类的吗`),
    no(`ASA 上加了一条 access-list 放行新 trunk 的 IP，现在可以打了，谢谢你们`),
    no(`台灣客戶的 Sophos XG 要我們提供 VOS 的 IP 白名單，請給一下媒體轉發的 IP 段，謝謝`),
    no(`fail2ban jail.local 里面 maxretry 设多少合适？被 SIP 扫描器打得厉害，一晚上三万多次 REGISTER`),
    no(`MikroTik 上怎么关 SIP helper？/ip firewall service-port disable sip 是这个吗，客户说有时候没声音`),
    no(`我们把防火墙从 iptables 换成 firewalld 了，规则迁移完了，通话注册都正常，就想请你们帮检查一下有没有漏`),
    no(`大佬，被人盗打了，国际长途刷了好多，能不能在防火墙上只放行我们对接的网关 IP`),
    no(`nf_conntrack_max 要不要调大？dmesg 没有 table full，只是现在 count 3000 多，max 65536，想提前规划`),
    no(`新加坡 DC 换了 FortiGate 100F, 迁移完 policy 之后 calls all OK, registration OK. 只是想问 session TTL 要设多少 for SIP`),
    no(`您好，客户那边 ASA 要开 inspect sip 还是关掉？现在呼叫正常，只是媒体偶尔一边听不到`),
    no(`请问 web portal 能不能放在 nginx 反向代理后面？想加个 IP 白名单和 https`),
    no(`防火墙日志看到很多来自荷兰、美国的 5060 OPTIONS 扫描，已经全部 deny 了，想问会不会误封正常的运营商`),
    no(`iptables -I INPUT -s 1.2.3.4 -j DROP 之后还是能看到这个 IP 的注册请求，是不是规则顺序的问题`),
    no(`我哋係香港 call centre，IT 喺 Sophos 開咗 5060-5061 同 RTP 10000-20000，講嘢正常，但想問 SIP keepalive 要唔要開`),
    no(`帮忙加个白名单，IP 是 45.xx.xx.12，对接新的落地，端口 5060 TCP`),
    no(`pfSense 上面 NAT 做了 1:1 映射，媒体正常，想问 outbound NAT 要不要勾 "static port"`),
    no(`老师，阿里云安全组要开哪些端口？5060 tcp/udp、8080、还有 RTP 的范围，谢谢`),
    no(`fail2ban 误封了落地的 IP，导致昨晚半小时打不出去，已经 unban 了，怎样加 ignoreip 防止再发生`),
    no(`新裝的 FortiGate 60F，VoIP profile 要不要套用？目前 default 沒套，通話都正常`),
    no(`我们打算在 vos 前面加一台 pfSense 做防护，还没上线，请问有什么坑要注意`),
    no(`iptables 里 INVALID 状态的包要不要 DROP？网上的模板都有 -m state --state INVALID -j DROP 这一条，我们现在还没加，RST 也没开，想先问问`),
  ],
  negationContext: [
    no(`我们全部走 UDP，不用 TCP，TIME_WAIT 那些应该跟我们无关吧？`),
    no(`RST 模式我们从来没开过，SS_TCP_CLOSE_RESET 一直是 Off，今天话机掉注册是因为改了密码`),
    no(`上次那个 cannot assign requested address 已经按你们说的改了，这两周都没再出现，谢谢老师`),
    no(`TIME_WAIT 之前三万多，按你们的方法开了 SS_TCP_CLOSE_RESET 和 tw_reuse 之后，现在稳定在四五百，确认一下是不是可以结单了`),
    no(`转发一下去年的工单记录做参考：「2023-08 EADDRINUSE，已通过 SS_TCP_CLOSE_RESET=On 解决」。这次不是这个问题，是网页打不开`),
    no(`没有人改过东西，防火墙也没动，RST 也没开，就是今天早上一部分线路打不通，是落地那边的问题吗`),
    no(`请问 "cannot bind" 和 "cannot assign requested address" 有什么区别？只是学习一下，没出问题`),
    no(`话机掉注册不是 NAT 的问题，我们查过了，是账号过期了`),
    no(`FortiGate 我们上个月就撤掉了，现在直接公网，所以应该不是防火墙丢 RST 的原因吧，通话掉线我怀疑是落地质量`),
    no(`之前客户 NAT 后面的分机掉注册，你们让我们把 SS_TCP_CLOSE_RESET 改回 Off，已经改了，现在全部在线了，感谢`),
    no(`培训材料里写 "RST 模式可能导致防火墙丢包"，想问这个 "丢包" 是指 RST 包还是 RTP 包？`),
    no(`我哋冇開 RST mode，亦冇改過 softswitch.conf，只係改咗密碼，之後部分話機 register 唔到`),
    no(`去年 BindException 那次是因为 tomcat 端口冲突，不是端口耗尽，这次想确认一下同样的错误再出现该怎么判断`),
    no(`我们领导看到报告里写 "TIME_WAIT 28000" 吓到了，其实那是迁移前旧机器的数据，新机器现在只有两百多`),
    no(`不是 address already in use，是 "connection refused"，对方网关没起来，只是跟你们说一下别搞混了`),
    no(`Hi 老师, 我们 MikroTik 后面的 phone 全部 UDP, no TCP at all, 之前 unregistered 是因为 ISP 换 IP, 现在 OK 了`),
    no(`SS_TCP_CLOSE_RESET=On 是你们去年帮我们开的，这一年都没问题。今天问的是另外一件事：话单导出怎么按客户分`),
    no(`防火墙日志里面的 "deny tcp reset" 是我们 FortiGate 自己回给扫描器的 RST，不是丢你们的包，对吧？通话都正常`),
    no(`工单 #4471 的总结帮忙确认一下：原因是 pfSense 丢弃 RST，已改 SS_TCP_CLOSE_RESET=Off 并放行 RST，已恢复。没问题就关单`),
    no(`"端口耗尽" 这个词客户老是乱用，他们说的其实是线路并发满了（落地给的 30 并发用完了），不是服务器 TCP 端口`),
    no(`我们没有防火墙，也没有 NAT，服务器和话机都在同一个内网，所以 RST 那些应该排除了吧？现在的问题是回声`),
    no(`以前峰值的时候 ss 看到 timewait 两万八，那是还在用旧版本的时候，升级后一直几百，这次就是例行问一下要不要保留 tw_reuse=1`),
    no(`客户问 "是不是你们开了 RST 导致我掉线"，我跟他说我们没开，他不信，麻烦你们出个说明`),
    no(`請問 NAT 是什麼意思？客戶一直講 NAT NAT，我新來的不太懂`),
    no(`旧工单引用："Cannot assign requested address，TIME_WAIT 3万+"。那个机器已经下线了，新机器请帮忙看一下为什么 web 慢`),
    no(`我们已经把 SS_TCP_CLOSE_RESET 关了（Off），reparse 过了，客户 MikroTik 后面的分机现在都注册上了，还需要做什么吗`),
    no(`昨天说的 firewall 丢 RST 是误会，后来查是落地那边 BYE 没发，跟防火墙没关系，不好意思`),
  ],
  portExhaustion: [
    pe(`老师救命，晚高峰 softswitch 日志一直刷 "Cannot assign requested address"，对接的 TCP 落地全部连不上`),
    pe(`ss -s 输出：
Total: 31877 (kernel 32011)
TCP:   31502 (estab 1204, closed 30120, orphaned 3, synrecv 0, timewait 30088/0), ports 0
晚上8点开始新呼叫大量失败，这是端口用完了吗`),
    pe(`TIME_WAIT 3万多 打不出去了`),
    pe(`您好，我们是厦门的呼叫中心，每天下午两点到五点外呼高峰，CPS 大概 150，最近一周每到高峰就有一半呼叫失败。softswitch 日志里大量 connect to x.x.x.x:5060 failed: errno 99。netstat 看 TIME_WAIT 两万八左右。重启 mbx3000d 能恢复半小时，然后又不行。麻烦老师看下`),
    pe(`BindException: Cannot assign requested address 高峰期每秒几十条，vos 往落地发的 TCP 连接建不起来`),
    pe(`大佬們，峰值 CPS 一上去 netstat -an | grep TIME_WAIT | wc -l 就去到 28000+，之後新嘅 call 全部 fail，log 見到 EADDRINUSE，係咪 port 唔夠用？`),
    pe(`Hi team, our vos at peak hour 30k TIME_WAIT, new outbound TCP to vendor cannot connect, "cannot assign requested address". 需要怎么调？`),
    pe(`转发客户的投诉："晚上七点到九点，50%的电话打不出去，提示网络错误" 我们这边看 ss -s timewait 29k，ip_local_port_range 还是默认 32768 60999`),
    pe(`每次群呼开起来十分钟左右，服务器就报 cannot bind，新TCP连接全部失败，停掉群呼过几分钟又好了`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
   1187 ESTABLISHED
     12 LISTEN
  27956 TIME_WAIT
     43 SYN_SENT
现在高峰期，新呼叫全部失败，麻烦紧急处理`),
    pe(`老師，我們用 TCP 對接上游，高峰時 softswitch 報 "connect failed: Address already in use"，同時 TIME_WAIT 有兩萬幾，請問要改什麼參數`),
    pe(`端口耗尽了吧？TIME_WAIT 28000，本地端口范围才 28232 个`),
    pe(`深圳这边昨天加了一个大客户，CPS 从 40 涨到 200，今天上午开始间歇性呼不出，日志：
[ERROR] tcp connect 10.20.1.5:5060 errno=99 (Cannot assign requested address)
[ERROR] tcp connect 10.20.1.5:5060 errno=99 (Cannot assign requested address)
ss -s 里 timewait 3w+`),
    pe(`紧急！！！全线呼不出 TIME_WAIT 三万 cannot assign`),
    pe(`您好，打扰了。我们这台 VOS 主要做批量外呼，对接了三家落地都是 SIP over TCP。最近话务量起来以后，每天高峰时段会出现大面积呼叫失败，持续十几二十分钟后自己恢复。我们自己查了一下：
1）ss -s 显示 timewait 在 2.6万～3.1万之间
2）/proc/sys/net/ipv4/ip_local_port_range 是 32768 60999
3）tcp_tw_reuse = 0
4）softswitch 日志有大量 "bind: Address already in use"
请问是不是要开 SS_TCP_CLOSE_RESET？开之前有没有什么要注意的`),
    pe(`laoshi, women vos peak shi hou outgoing tcp quanbu fail, ss kan dao timewait chabuduo 30 thousand, log dou shi "cannot assign requested address", shi bu shi ephemeral port yong wan le?`),
    pe(`跟进一下昨天的问题：今天高峰又出现了，TIME_WAIT 到了 29500，跟昨天一样 cannot assign requested address，还没来得及改参数`),
    pe(`马来西亚客户那边反映：高峰期 (大概 8pm) 呼叫建立失败率 40%，我们看 vos 服务器 ss -tan state time-wait | wc -l = 30512，CPU 内存都不高`),
    pe(`每秒两百个呼叫的时候，mbx3000d 就开始报 EADDRINUSE，新连接起不来，这个是不是系统本地端口不够`),
    pe(`上海机房那台 vos，外呼高峰 ss -s：
TCP: 33021 (estab 2301, closed 30511, orphaned 0, timewait 30497/0), ports 0
日志 "cannot bind local address" 刷屏`),
    pe(`我哋 call centre 朝早十點開始 predictive dial，半粒鐘之後就開始 call 唔出，TIME_WAIT 三萬幾，要 reboot 先得，日日都係咁，好頭痕`),
    pe(`昨天按网上说的改了 tcp_fin_timeout=30，还是不行，高峰 TIME_WAIT 还是两万多，呼叫失败，日志一样 cannot assign requested address`),
    pe(`请问 vos 服务器 TCP 端口被 TIME_WAIT 占满怎么处理？现在每天晚高峰新建连接失败，数字在 28k 左右`),
    pe(`老師好，福州這邊一台 VOS 高峰期對接 TCP 落地會 connect fail，errno 98，TIME_WAIT 二萬七八`),
    pe(`话务一上 100 CPS 就出问题：新的 TCP 连接失败，"Cannot assign requested address"。ss -s timewait 2.9万。重启后恢复`),
    pe(`boss 问为什么每天 peak hour 都 drop 掉一批 call, 我看了 log 全部是 bind fail / address in use, TIME_WAIT 超过 30k. 麻烦 check 一下`),
    pe(`# ss -s
Total: 29874
TCP:   29611 (estab 834, closed 28702, orphaned 1, timewait 28688/0), ports 0
# sysctl net.ipv4.ip_local_port_range
net.ipv4.ip_local_port_range = 32768    60999
高峰期，呼叫失败中`),
    pe(`又来了，和上周一样，TIME_WAIT 爆了，cannot assign requested address，客户在骂`),
    pe(`想问下，我们新接了一家走 TCP 的落地，之后每到晚上高峰，vos 连这家落地就连不上，报 Cannot assign requested address，其他 UDP 的落地没事。看 TIME_WAIT 基本都是连这家落地 5060 的，有两万多条`),
    pe(`台北客戶 peak time 大量 call fail，VOS log 滿滿都是 "BindException: Address already in use: connect"，TIME_WAIT 三萬左右，請幫忙`),
  ],
  natUnregistered: [
    nat(`开了 SS_TCP_CLOSE_RESET=On 之后，客户 MikroTik 后面的话机全部 unregistered 了`),
    nat(`老师，上周为了解决 TIME_WAIT 开了 RST 模式，这两天有几个客户投诉话机老是掉注册，他们都是家用路由器后面，用 TCP 注册`),
    nat(`您好，我们改了 SS_TCP_CLOSE_RESET=On 并 reparse 之后，办公室防火墙后面的 IP-PBX 每隔几分钟就掉一次注册，之前一直好好的`),
    nat(`話機喺 NAT 後面，TCP 註冊，開咗 RST 之後成日甩線，變晒未註冊，點解？`),
    nat(`自从改了 RST 那个参数，在线分机从 800 多掉到 500 多，掉的都是 NAT 后面走 TCP 的`),
    nat(`Hi 老师, after we set SS_TCP_CLOSE_RESET On yesterday, softphones behind NAT keep losing registration, 每隔一会儿就 unregistered, UDP 的没事`),
    nat(`客户用的 zoiper TCP 模式，在家里路由器后面，昨天我们开了 RST 之后就一直 register 不上`),
    nat(`我们的 reseller 反映他们下面的 Grandstream 话机 (TCP, 在 MikroTik 后面) 从周二开始不停掉注册。周二我们刚好按你们建议开了 SS_TCP_CLOSE_RESET。是不是有关系`),
    nat(`開啟 RST 模式後，NAT 後面的 FreePBX 對接 VOS 的 trunk 一直顯示未註冊，關掉好像又好了，想確認一下原因`),
    nat(`注册状态一直闪，在线 -> 离线 -> 在线，都是 NAT 内的 TCP 终端，RST=On 之后开始的`),
    nat(`晚上好大佬，前天端口耗尽的问题按你们的改了 On 之后确实好了，但现在新的问题：大部分用 TCP 注册的坐席（都在各自公司的路由器后面）频繁掉注册，网页上看是未注册`),
    nat(`SS_TCP_CLOSE_RESET=On → NAT 背後話機全掉。怎麼辦`),
    nat(`您好，麻烦看一下。背景：
- 上周五 softswitch.conf 加了 SS_TCP_CLOSE_RESET=On，service mbx3000d reparse
- 周末话务少没发现
- 周一早上 9 点开始，广州和佛山两个客户（都用 MikroTik 做出口，话机 TCP 注册）反映话机显示 "未注册"，重启话机能注册上，过几分钟又掉
- 公网直连的客户没问题
是不是 RST 跟 NAT 有冲突？`),
    nat(`马来西亚那边客户的 IP-PBX 在 office firewall 后面, TCP register, 自从我们 enable RST mode 就一直 drop registration`),
    nat(`自从改了 RST 那个设置，在家用软电话的坐席天天掉注册，公司内网直连的没事`),
    nat(`开 RST 后 NAT 后面的分机注册不上 急`),
    nat(`网页上看在线话机少了一大截，查了下掉的都是 NAT 后面用 TCP 的，我们前天晚上刚把 SS_TCP_CLOSE_RESET 改成 On`),
    nat(`我哋啱啱 reparse 咗 SS_TCP_CLOSE_RESET=On，之後客戶喺 home router 後面嘅 softphone 一個二個都 unregister 咗，好急`),
    nat(`Follow up：昨天说的掉注册，我们对比了一下，全是在 NAT 后面、走 TCP 5060 的终端，时间点正好是 RST 开启以后。UDP 的终端一个都没掉`),
    nat(`转客户原话："你们是不是改了什么？我们公司路由器后面的 40 部话机从昨天下午开始一直掉注册，重启也没用" —— 我们昨天下午确实开了 RST 模式`),
    nat(`老师，请问 RST 模式对 NAT 后面的 TCP 注册有影响吗？我们开了之后 200 多个分机里有 70 多个一直 unregistered，都是在客户的路由器后面`),
    nat(`台灣客戶的 Yealink 在 ASUS 路由器後面，SIP over TCP，這兩天一直掉註冊。我們這邊 3 天前開了 SS_TCP_CLOSE_RESET=On，請問兩件事有關嗎？`),
    nat(`日志里看到大量 REGISTER 超时，来源都是客户路由器 NAT 出来的，TCP 注册，开了 RST 以后就这样`),
    nat(`pbx zai mikrotik houmian tcp zhuce, kai le RST yihou yizhi diao, unregistered`),
    nat(`您好，我们这边客户的 IPPBX 用 TCP 注册到 VOS，中间有一台 Sophos 做 NAT。上周 VOS 开了 RST 之后，trunk 每隔 10 分钟左右就变成 unregistered，然后再注册上，如此反复，期间呼入打不进来`),
    nat(`开 On 之前一切正常，开了之后 NAT 后面的客户端掉注册。是不是要改回 Off？`),
    nat(`sg client report: softphone behind their office router cannot stay registered after we turned SS_TCP_CLOSE_RESET on, TCP transport, 每 30 秒左右就 unregistered 一次`),
    nat(`昨晚为了解决 TIME_WAIT 开了 RST，今天早上客服接到二十多个电话说话机显示未注册，都是小企业客户，用的家用路由器，TCP`),
    nat(`话机 TCP 注册在 NAT 之后，RST 模式开启后掉注册，我们已经试过把注册间隔改成 60 秒，还是掉`),
    nat(`大佬，厦门这边一个客户，MikroTik hEX 后面 30 个分机，RST On 之后全部离线，MikroTik connection tracking 里看到 TCP 5060 的连接一直在重建`),
  ],
  firewallRst: [
    fw(`开了 SS_TCP_CLOSE_RESET 之后，FortiGate 后面的客户通话经常断，FortiGate 日志里看到 RST 包被当 invalid 丢了`),
    fw(`老师，开 RST 模式以后，走 ASA 的那条线路呼叫经常卡住，挂不掉，ASA 日志 "Deny TCP (no connection)" 全是 RST flag`),
    fw(`自从开了 RST，经过 pfSense 的呼叫建立很慢，有时候直接失败，pfSense 日志里一堆被 block 的 TCP:R 包`),
    fw(`iptables 有一条 -m conntrack --ctstate INVALID -j DROP，开 RST 之后通话中途掉线，看计数器 INVALID 那条的包数一直在涨`),
    fw(`FortiGate 丟 RST，開咗 RST mode 之後 call 成日斷`),
    fw(`Hi, after enabling SS_TCP_CLOSE_RESET=On, calls through customer's Sophos firewall hang — 接通后没声音然后卡住, Sophos log shows RST dropped, "out of state"`),
    fw(`开 RST 以后客户那边 (防火墙是 FortiGate 200E) 通话 30 秒左右断线，抓包看到我们发的 RST 没到对面，FortiGate 上 diag debug flow 显示 "no session matched"`),
    fw(`请问开 RST 模式会不会被防火墙当成非法包？我们开了之后经过 MikroTik 防火墙的话务掉话率从 1% 涨到 15%，MikroTik 有 drop invalid 的规则`),
    fw(`昨天开了 SS_TCP_CLOSE_RESET=On，今天客户的 ASA 日志疯狂刷 "%ASA-6-106015: Deny TCP (no connection) from x.x.x.x/5060 to y.y.y.y/41822 flags RST"，同时他们那边呼叫挂断异常`),
    fw(`轉發客戶郵件：「自貴司調整參數後，經過我司 FortiGate 的通話出現大量斷線及無法掛斷的情況，防火牆記錄顯示大量 RST 封包被判定為 invalid 並丟棄。」請協助處理`),
    fw(`开了 RST 之后有防火墙的线路都不正常：呼叫卡在振铃、接通后几秒断，没防火墙直连的线路正常。这些防火墙都有状态检测`),
    fw(`conntrack -S 看 invalid 一直涨，开 RST 那天开始的，同时通话掉线多了很多`),
    fw(`pfSense 把 RST 当 out of state 丢了，开了 RST 后 call hang 住`),
    fw(`您好，我们上周为了解决端口问题开了 SS_TCP_CLOSE_RESET=On，端口问题确实解决了。但这周开始，经过客户防火墙（Fortinet）的话务出现：
1. 大约 20% 呼叫建立后 10-40 秒掉线
2. 部分呼叫挂机后对端还一直计费
3. FortiGate 日志有 RST 被判 invalid，action deny
请问怎么处理，要不要关掉 RST`),
    fw(`马来西亚客户防火墙 (Sophos) 说我们一直发 invalid RST 给他们, 他们 drop 了, 然后他们 call 一直 drop, 从我们开 RST mode 开始`),
    fw(`大佬，开 RST 后通过 iptables 做转发的那台网关呼叫全部挂不断，加了 LOG 规则一看，被丢的全是 INVALID 状态的 RST 包`),
    fw(`客户 MikroTik firewall filter 里 drop invalid 计数暴涨，都是来自我们 VOS 的 RST，通话一直断`),
    fw(`開咗 RST 之後經 FortiGate 嘅線路 call 成日 hang 住收唔到線，FortiGate log 話啲 RST 係 out of state`),
    fw(`上游说我们发过去的 RST 被他们 ASA 丢了，然后双方 TCP 状态不一致，呼叫失败率上升，时间就是我们开 SS_TCP_CLOSE_RESET 之后`),
    fw(`kai RST yihou, zou fanghuoqiang de call jietong 32 miao zuoyou jiu duan, zhilian de mei shi`),
    fw(`sg team: since RST mode On, calls via client's FortiGate 60F fail randomly, FortiGate log "no session matched" for RST packets from our VOS. 其他没防火墙的 trunk fine`),
    fw(`您好，我们自己的出口是 pfSense，开了 RST 之后 firewall log 里 RST 包被 blocked，SIP TCP 会话一直留在 state table 不释放，通话挂机异常`),
    fw(`請問開 RST 模式之後，客戶的 ASA 把 RST 丟掉，通話一直卡住不能結束，要怎麼處理？是 VOS 這邊關掉還是 ASA 那邊放行？`),
    fw(`开 On 之后 FortiGate 用户大量投诉断话，抓包 VOS 发出了 RST，防火墙内侧收不到`),
    fw(`厦门机房 iptables 有 --state INVALID -j DROP，开 RST 后呼叫经常失败，把这条临时删掉就好了，想确认根因`),
    fw(`老师，TIME_WAIT 的问题开 RST 解决了，但是走深信服防火墙的客户开始掉话，防火墙日志说 "非法TCP状态包丢弃 RST"`),
    fw(`RST 被防火墙丢了，call hang 住。FortiGate。急`),
    fw(`跟进：我们让客户在 FortiGate 上看了，确实是开 RST 后 RST 包被 drop（log 显示 invalid state），掉线和挂不断的都是这批。是关 RST 还是让他们放行？`),
    fw(`经过 Cisco ASA 的呼叫，开 RST 后经常出现一端挂了另一端还在通话中，ASA 日志显示 RST 被拒绝`),
    fw(`我们有两套防火墙，华为 USG 和 FortiGate，开 SS_TCP_CLOSE_RESET 之后两边都有 RST 被丢弃的日志，对应时间段通话异常中断增多`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning154Set: readonly EvalItem[] = Object.values(tuning154Families).flat();
