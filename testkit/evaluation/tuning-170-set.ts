import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Chinese-speaking VOS3000 customers writing on WeChat/WhatsApp: wholesale carriers, outbound call centres,
 * resellers and NOC engineers. About 60% mainland Simplified Chinese (Guangdong, Fujian, Zhejiang, Beijing,
 * Chengdu) with English technical words, about 21% Traditional Chinese (Taiwan, Hong Kong), about 19%
 * English-mixed Chinese from Singapore and Malaysia. Numbers as "3万", "三万多", "两万八", "30k", "28000";
 * greetings 您好 / 老师 / 大佬 / 麻烦 / 谢谢 / boss; pasted ss/netstat/iptables output and firewall log lines.
 *
 * The hundred-and-seventieth tuning split, by family, in fresh hands again. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work without dropped
 * RST, playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones
 * unregistered after RST mode, a stateful firewall dropping RST). Written as the hundred-and-seventieth never-tuned set, before the
 * sixty-third round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the
 * matcher, its rules or the other sets in view; measured as such before and after the sixty-third round, then made
 * tuning material for the sixty-fourth: bench/classify lists its misses.
 *
 * One message of firewallNoRst, which normalised as one of the hundred-and-fifty-fourth tuning split's, was left out.
 * First measured, before any tuning on it: in scope 91.1 %, negatives confident 4.5 %, confident wrong 0 % with the rules of
 * the sixty-second round, before the sixty-third.
 * After the sixty-third round: the same.
 * After the sixty-fourth round, tuned on: in scope 97.8 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning170Families = {
  oneListeningPort: [
    no(`您好，VOS 重启后网页进不去，tomcat 日志报 java.net.BindException: Address already in use: bind 8080，看了下是之前的 java 进程没退干净，怎么处理比较安全？`),
    no(`老师，mbx3000d 起不来，日志里 "bind 0.0.0.0:5060 failed: Address already in use"，netstat -anp|grep 5060 看到一个旧的 mbx3000 进程 pid 2871 还挂着`),
    no(`大佬 麻烦看下 nginx -t 通过但是 start 报 nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)，我们装了个宝塔面板，是不是 apache 占了80`),
    no(`mysql 起不来了，error log:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
这台就是 VOS 的数据库机，麻烦了`),
    no(`客户自己装的 redis 报 Could not create server TCP listening socket *:6379: bind: Address already in use ，跟 VOS 有关系吗`),
    no(`我们开发在笔记本上跑话单对接程序，npm run dev 报 Error: listen EADDRINUSE: address already in use :::3000，是不是要改端口`),
    no(`docker run -p 8080:8080 报 Bind for 0.0.0.0:8080 failed: port is already allocated，服务器上 VOS 网页管理也是 8080，冲突了吧`),
    no(`麻烦问下，把 VOS 的 SIP 监听改成 5080 之后重启，提示端口已被占用，ss -lntup | grep 5080 显示是 freeswitch 在用，这台之前装过 fs 测试`),
    no(`您好 我们自己的话机管理平台（web）改了配置重启，报 Address already in use 8443，其他一切正常，呼叫没问题`),
    no(`凌晨升级完 VOS，mbx3000 服务状态 failed，日志最后一行：cannot bind UDP 5060, Address already in use。ps 看到有两个 mbx3000d`),
    no(`老师 tomcat 和另一个 java 程序都用 8005 shutdown 端口，启动报 Address already in use: JVM_Bind，这个在哪改`),
    no(`大佬好，vos3000 web 登录页打不开，catalina.out 一堆 "Address already in use <null>:8080"，重启服务器就好了，想知道根因`),
    no(`只是 apache 起不来 (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443，呼叫一切正常，证书刚换`),
    no(`我们在同一台机上想跑两个 VOS 监控脚本，第二个 python -m http.server 9000 报 OSError: [Errno 98] Address already in use`),
    no(`您好，sshd 改端口到 2222 后 systemctl restart sshd 失败，journal 里 error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. 原来那个端口上跑着 frp`),
    no(`话务监控的 grafana 起不来，"listen tcp :3000: bind: address already in use"，node_exporter 正常，VOS 本身也正常`),
    no(`您好，我們 VOS 網頁後台重開後進不去，Tomcat log 寫 Address already in use: JVM_Bind 8080，netstat 看到舊的 java 還在 LISTEN`),
    no(`麻煩幫忙看一下，mbx3000 重啟後 5060 綁不上，log：bind failed Address already in use，ps -ef 有一個舊進程還佔著`),
    no(`老師好，MySQL 3306 被佔用，啟動不了，是不是之前手動跑了一個 mysqld_safe 沒關`),
    no(`香港機房這台裝了 nginx 做反代，reload 時出現 bind() to 0.0.0.0:443 failed (98: Address already in use)，其他服務正常`),
    no(`我們開發同事 docker compose up 失敗：Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use，本機已經有 postgres`),
    no(`請問 VOS 的 web 管理端口改 8081 後 tomcat 報 port already in use，查了一下是 jenkins 在用 8081，要改哪一邊比較好`),
    no(`hi boss, our VOS web portal cannot start leh, catalina.out say java.net.BindException: Address already in use 8080, got old java process still running, kill can?`),
    no(`Hello 老师, after restart server the mbx3000d fail to start, log show "bind 5060 Address already in use", netstat show old pid still hold the port. Calls all down now, how to clear safely?`),
    no(`大佬 my nginx for the customer portal cannot start, nginx: [emerg] bind() to [::]:80 failed (98: Address already in use), I think apache also installed by previous tech`),
    no(`Hi, dev team running local test server on laptop, "EADDRINUSE :::8080", is it related to VOS server issue? the VOS itself ok no problem`),
    no(`Malaysia side here. MySQL on VOS DB server cannot come up after power cycle, error Bind on TCP/IP port: Address already in use, ss -ltnp show another mysqld on 3306`),
  ],
  otherRegistrationCause: [
    no(`您好，今天早上广州这边的话机全部未注册，查了下是我们昨天把账户密码批量改了，话机里还是旧密码，注册日志一直 401`),
    no(`老师，福建一个客户的网关注册不上，VOS 里显示"未注册"，他说换了宽带，公网 IP 变了，我们这边绑定的是旧IP`),
    no(`大佬麻烦看下，域名 sip.xxx.com 解析改了以后一批话机掉注册，ping 域名还是旧地址，是不是 DNS 缓存`),
    no(`账户欠费被停了，客户说话机显示 unregistered，我们这边是不是充值后就能自动恢复？`),
    no(`杭州客户的话机全部离线，他们办公室今天停电，来电后路由器还没恢复，VOS 这边要做什么吗`),
    no(`您好，VOS 授权 license 到期了，今天所有话机都注册失败，提示 license expired，续费找谁`),
    no(`成都一个坐席公司说 30 多台话机掉注册，我们这边 SS_TCP_CLOSE_RESET 没动过，他们都是 UDP 5060，问了下是换了个华为路由器，开着 SIP ALG`),
    no(`客户的 IP 话机注册失败，抓包看到 403 Forbidden，账号被我们风控锁了（异常呼叫），解锁流程是？`),
    no(`北京 NOC：对接网关 reg 状态一直 Trying，对方说他们换了出口 IP，还没发新 IP 给我们加白`),
    no(`麻烦问下，话机注册时报 "Authentication failed" 是不是用户名写错了，客户把分机号和账号搞混了`),
    no(`客户那边光猫坏了，整个网断了，所以话机全部显示未注册，和你们没关系吧，我确认下`),
    no(`今天所有 UDP 话机都掉了，查了是 ISP 换了光猫之后 NAT 映射变了，运营商级 NAT，话机一直注册不上，我们没用 TCP`),
    no(`话机上的 SIP 服务器地址被客户手动改成了测试服的 IP，所以注册不上，已经让他改回，还有别的要注意吗`),
    no(`深圳这个客户 账户有效期到了（过期时间设的 2024-06-30），话机注册不了，续期在哪里操作`),
    no(`您好，我们把 VOS 迁到新服务器了，新 IP 是 103.x.x.x，话机还注册旧 IP，需要一台台改吗？`),
    no(`坐席的 POE 交换机坏了，一整排话机没电，系统显示离线 120 个，换交换机后恢复了一半，剩下的是不是要重启`),
    no(`您好，台北這邊的話機今天全部沒註冊，查到是客戶把帳號密碼改了沒同步到話機上，401 一直跳`),
    no(`老師，我們的 GoIP 閘道換了中華電信的新光纖，IP 變了，VOS 這邊綁的是舊 IP，所以一直 not registered`),
    no(`香港客戶話機註冊不上，說路由器開了 SIP ALG，關掉後就好了嗎？我們只用 UDP`),
    no(`帳戶餘額不足被自動停用，分機都顯示未註冊，客戶說已經轉帳了，多久會恢復`),
    no(`颱風停電，辦公室所有話機離線，來電後有幾台還是註冊不上，要重開機嗎`),
    no(`請問 license 到期會不會讓話機掉註冊？今天早上看到 VOS 提示授權已到期，同時有三台掉線`),
    no(`hi, our call centre in KL all phones unregistered this morning, found out TM unifi line down whole building, internet no connection`),
    no(`Boss, customer change the SIP password in portal but never update in softphone, now keep 401 unauthorized, phone show unregistered`),
    no(`Singapore office move to new building, new ISP Singtel, public IP changed, VOS still whitelist old IP so gateway cannot register`),
    no(`hello 大佬, the account suspended because balance negative, reseller ask why phones unregistered. If topup will auto register back?`),
    no(`Our MikroTik got SIP ALG (ip firewall service-port sip) enabled after firmware upgrade, UDP phones keep dropping registration, we use UDP only no TCP`),
  ],
  smallFigures: [
    no(`老师好，想问下 TIME_WAIT 到底是什么意思，ss -s 里看到 timewait 300 多个正常吗？我们这台一天就几千分钟话务`),
    no(`贴个 ss -s 帮忙看看正常不：
Total: 412 (kernel 520)
TCP:   186 (estab 42, closed 128, orphaned 0, synrecv 0, timewait 126/0), ports 0
没有故障，只是巡检`),
    no(`SS_TCP_CLOSE_RESET 这个参数是干嘛的？手册里写的 On/Off 看不太懂`),
    no(`如果我们开启 RST 模式，NAT 后面的 TCP 话机会不会受影响？还没改，先问问`),
    no(`大佬 请教 net.ipv4.tcp_tw_reuse 要不要开，我们目前 CPS 才 20 左右`),
    no(`netstat -ant | grep TIME_WAIT | wc -l 结果 238，晚高峰也就五六百，需要调吗`),
    no(`您好，ip_local_port_range 默认 32768 60999 够不够用，我们以后可能要做到三万并发，现在才两千`),
    no(`问一下 FIN 和 RST 关闭连接区别是什么，为什么你们说 RST 会影响防火墙`),
    no(`我们是 UDP 为主，只有几个 TLS 分机，SS_TCP_CLOSE_RESET 开不开有影响吗？`),
    no(`老板让我做一个 VOS 健康检查，ss -s 显示 timewait 58，estab 31，这样算健康吧`),
    no(`麻烦看下这个 netstat 统计：
  ESTABLISHED 87
  TIME_WAIT 412
  CLOSE_WAIT 2
  LISTEN 14
高峰期 CPS 大概 15，有没有问题`),
    no(`请问 service mbx3000d reparse 和 restart 有什么区别，改 softswitch.conf 之后用哪个不掉话`),
    no(`新上线一台 VOS，准备对接一个 3万并发 的落地，提前问下 TCP 参数要怎么调，会不会出现端口耗尽`),
    no(`TIME_WAIT 默认保持 60 秒对吧？能不能改短一点`),
    no(`你们上次说开 RST 能减少 TIME_WAIT，那对 Fortigate 防火墙后面的网关会有什么风险？我们只是评估一下`),
    no(`现在 TIME_WAIT 两百出头，tcp_tw_reuse=0，port range 1024 65535，还用不用动`),
    no(`請問 TIME_WAIT 幾百個算多嗎？我們每天巡檢看到大概四五百`),
    no(`想了解一下 SS_TCP_CLOSE_RESET 開了之後，TLS 的分機會不會有問題，目前還是 Off`),
    no(`ss -s 結果：TCP: 95 (estab 40, closed 33, orphaned 0, timewait 31/0) 這樣正常嗎？只是確認`),
    no(`老師，tcp_tw_reuse 跟 tcp_tw_recycle 差在哪？網路上說 recycle 會害 NAT 用戶`),
    no(`如果以後 CPS 上到 200，會不會有 port 不夠用的問題？現在才 10 左右`),
    no(`我們準備把話機從 UDP 改 TCP，有人說你們 RST 模式會讓 NAT 後面的話機掉線，是真的嗎？`),
    no(`hi 老师, just want to check, ss -s show timewait 180 only, is normal right? CPS around 8 only`),
    no(`Boss, what is TIME_WAIT ah? customer NOC send me screenshot netstat got 300+ TIME_WAIT, they worried, but calls all ok`),
    no(`Question: if we turn on SS_TCP_CLOSE_RESET, what will happen to our SBC behind Fortigate? Not yet enable, planning only`),
    no(`hello, monthly health check our VOS, netstat TIME_WAIT 512, ESTABLISHED 120, CPS peak 25. Any need tuning?`),
    no(`Can explain tcp_tw_reuse vs SS_TCP_CLOSE_RESET? which one better for 2k concurrent, we no issue now just planning`),
  ],
  firewallNoRst: [
    no(`您好，新对接一个落地，对方 IP 45.xx.xx.12，麻烦在防火墙上放行一下 5060 UDP 和 10000-20000 RTP`),
    no(`老师，iptables 怎么加白名单，只允许我们几个网关的 IP 访问 5060`),
    no(`大佬 FortiGate 上 SIP ALG 要不要关？听说会改 SIP 包`),
    no(`想把 VOS 网页 8080 映射到公网 18080，路由器上端口转发怎么配`),
    no(`最近被扫号很厉害，想在防火墙上只允许中国大陆 IP 访问 SIP，geo-ip 怎么做`),
    no(`麻烦帮我看看这份 iptables -S 规则，有没有多余的，我们准备上线：
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p tcp --dport 5060 -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT
-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
-A INPUT -j DROP`),
    no(`您好，pfSense 上出站 NAT 要不要开 static port，我们的网关在 pfSense 后面，想在上线前配好`),
    no(`防火墙日志里一堆 "deny udp 5060 from 185.xx.xx.xx" 是扫描的吧，要不要拉黑整段`),
    no(`客户的对接 IP 换了，新 IP 111.xx.xx.7，防火墙白名单需要更新，旧的删掉，麻烦了`),
    no(`想问下 VOS 服务器要开哪些端口？1202 1203 是干嘛的`),
    no(`华为 USG 防火墙上 SIP 应用层检测（ASPF）要不要关，新装的`),
    no(`我们的 Cisco ASA 升级了固件，想请你们帮忙 review 下 SIP 相关的 access-list 和 inspect sip 配置，目前没故障`),
    no(`firewalld 怎么永久放行 5060/tcp，我 --add-port 了重启又没了`),
    no(`有个 IP 一直在暴力注册（几千次/分钟 401），fail2ban 规则怎么写`),
    no(`麻烦在 MikroTik 上把 SIP 端口转发到内网 VOS 192.168.1.20，dst-nat 怎么写`),
    no(`您好，新增對接商 IP 需要在 FortiGate 上開 policy，5060 跟 RTP 範圍，麻煩提供一下`),
    no(`我們想把 SIP ALG 關掉，Sophos XG 上面在哪裡設定？`),
    no(`fail2ban 把香港客戶的 IP ban 了，他們說打不出去，怎麼解 ban 跟加白名單`),
    no(`請問 VOS 的 web 要不要只開給公司 IP，iptables 怎麼限制 8080`),
    no(`防火牆要做地區封鎖，只開台灣、香港、大陸，其他國家全部擋，會影響落地商嗎`),
    no(`麻煩幫忙檢查這台的 firewall 規則，準備給稽核看，沒有故障`),
    no(`hi boss, pls whitelist new carrier IP 202.xx.xx.40 on our VOS iptables, they using TCP 5060`),
    no(`fail2ban banned our own NOC office IP again lol, how to unban and whitelist permanently`),
    no(`Our MikroTik need port forward 5060 udp to VOS internal, can share the dst-nat rule? Also RTP range`),
    no(`Singapore DC firewall team ask which ports VOS need open, can send list? 5060, RTP, web, what else`),
    no(`Hello, Fortigate SIP ALG on or off better for VOS? we having one way audio sometimes on UDP phones`),
  ],
  negationContext: [
    no(`上个月那个 TIME_WAIT 几万个的问题，开了 RST 之后已经解决了，现在 ss -s timewait 才 300 左右，谢谢老师`),
    no(`我们全部是 UDP，没有 TCP 话机，RST 也从来没开过，昨天话机掉注册原因查到了，是密码被改了`),
    no(`转发一下去年的工单留档：「高峰期 cannot assign requested address，TIME_WAIT 4万」——已经处理完，当时调了 port range，不用再看`),
    no(`您好，之前说的防火墙丢 RST 的事，我们已经在 FortiGate 上放行了，现在呼叫都正常，谢谢`),
    no(`话机掉注册那个事，不是你们 RST 的问题，我们这边 RST 是 Off，是客户自己改了密码`),
    no(`说明一下：昨天看到的 "address already in use" 是 tomcat 8080 的，跟 SIP 无关，已经重启好了`),
    no(`谢谢大佬，改回 FIN 模式后 NAT 后面的话机都注册上了，现在 400 多台全部在线`),
    no(`我们没改过任何东西，SS_TCP_CLOSE_RESET 还是默认 Off，只是想确认一下为什么 softswitch.conf 里有这个参数`),
    no(`领导问起来，我写个总结：3月份端口耗尽那次是因为 CPS 突增到 300，后来开了 tcp_tw_reuse 和 RST 就没再出现。麻烦帮我看看表述对不对`),
    no(`TIME_WAIT 今天峰值 600 多，比上周那次 3万多 好太多了，调完参数真的有效，感谢`),
    no(`客户说防火墙 drop 了 RST，我们查了下他们连 TCP 都没用，全是 UDP，而且 RST 从来没开，所以应该不是这个`),
    no(`不是 NAT 的问题，话机是直接公网 IP，掉注册是因为账户到期，已经续了`),
    no(`之前 ASA 报 "no session matched" 那个已经处理了，改回了 Off，今天一天没报错，结单吧`),
    no(`老师，你们上次发的报告里写"建议开启 RST"，我们没开，因为有 NAT 话机，现在一切正常，只是说一声`),
    no(`之前报过的 cannot assign requested address 不是端口耗尽，是我们脚本绑错了源 IP（绑了一个不存在的 IP），已经改了`),
    no(`那个 EADDRINUSE 报错是开发自己机器上的，不是 VOS 服务器，虚惊一场`),
    no(`上週那個 TIME_WAIT 爆掉的問題已經解決，現在只剩兩三百，謝謝老師`),
    no(`轉寄舊工單存檔：去年十月 NAT 話機開 RST 後掉註冊，已改回 Off 處理完畢，不需要動作`),
    no(`我們只用 UDP，RST 從來沒開過，話機掉線是因為換了路由器，已經設定好了`),
    no(`防火牆丟 RST 的事情已經在 pfSense 上調整好了，現在通話正常，感謝`),
    no(`確認一下，我們沒有改過 SS_TCP_CLOSE_RESET，也沒有人動過防火牆，今天的斷線是機房斷電`),
    no(`謝謝，調完 ip_local_port_range 後 TIME_WAIT 雖然還有幾千但不再有 bind 錯誤，尖峰都正常了`),
    no(`Thanks boss, after you switch back to FIN mode all NAT phones registered again, 300+ online now, can close ticket`),
    no(`FYI only: the "address already in use" yesterday was our Jenkins on 8080 not VOS, already solved`),
    no(`Fwd old ticket for record: "Fortigate drop RST, calls fail" – resolved Feb already, no action needed`),
    no(`We UDP only lah, never enable RST, the unregistered is because customer unifi line down yesterday, now ok`),
    no(`Last month port exhaustion issue solved after tuning, now timewait only 400 at peak, thanks 大佬`),
  ],
  portExhaustion: [
    pe(`老师紧急！晚高峰呼叫大量失败，日志全是 connect failed: Cannot assign requested address，netstat 看 TIME_WAIT 有 2万8`),
    pe(`您好，我们这台 VOS 每天晚上 8 点左右新的 TCP 连接出不去，ss -s 贴一下：
Total: 61234 (kernel 61500)
TCP:   60112 (estab 1830, closed 58011, orphaned 3, synrecv 0, timewait 57990/0), ports 0
CPS 大概 280`),
    pe(`大佬，落地那边 TCP 对接，高峰时 VOS 往外连报 EADDRINUSE，TIME_WAIT 三万多，白天正常`),
    pe(`麻烦看下，外呼中心早上 10 点开始批量外呼，CPS 上到 200，几分钟后就打不出去，出站连接日志 "bind: Address already in use"，TIME_WAIT 四万多`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
  31876 TIME_WAIT
   2104 ESTABLISHED
     12 LISTEN
高峰期新呼叫失败，帮忙看看`),
    pe(`东莞这台 VOS 最近话务翻倍，每到下午 3 点就出现 503，系统日志：connect() to 58.xx.xx.xx:5060 failed (99: Cannot assign requested address)`),
    pe(`我们 VOS 上的话单推送程序高峰期疯狂报 java.net.BindException: Cannot assign requested address，同一时间 SIP TCP 也连不出去，TIME_WAIT 3万`),
    pe(`您好，VOS 对接的几个落地都是 TCP，现在高峰期 5 万多个 TIME_WAIT，新呼叫建立不了，本地端口被用光了，怎么调`),
    pe(`老师，ss -tan state time-wait | wc -l 输出 28563，一到高峰就不能发起新连接，呼损率 30%`),
    pe(`福州客户：忙时接通率掉到 40%，看日志 "cannot assign requested address" 刷屏，闲时又没事`),
    pe(`紧急 紧急，现在 CPS 300 左右，所有出局 TCP 都失败，TIME_WAIT 六万，端口范围还是默认 32768-60999`),
    pe(`大佬 呼叫中心早上高峰每次都卡十几分钟，dmesg 没东西，但是 ss -s timewait 45000，是不是端口不够`),
    pe(`你好，sip 日志一直刷 "Failed to create TCP connection: Address already in use"，是往外连对端的时候，不是监听，TIME_WAIT 两万八`),
    pe(`业务高峰（晚上 7-10 点）大量 408/503，抓包看 VOS 根本没发 SYN 出去，netstat TIME_WAIT 3.2万`),
    pe(`北京这台话务量上来以后出现 EADDRINUSE on connect，TIME_WAIT 过三万，tcp_tw_reuse=0，能帮忙调一下吗`),
    pe(`我们刚接了个大客户，CPS 从 50 涨到 250，现在高峰期出局失败，日志一堆 connect failed，TIME_WAIT 接近 2.9万`),
    pe(`老师 每天中午 12 点到 2 点外呼高峰，VOS 日志: tcp connect error 99 Cannot assign requested address，重启后好一会又来`),
    pe(`宁波这台机器现在还在出问题：
[root@vos ~]# ss -s
TCP:   33817 (estab 1022, closed 32640, orphaned 0, synrecv 0, timewait 32611/0), ports 0
新呼叫一直失败，快帮忙`),
    pe(`老師緊急！尖峰時段大量呼叫失敗，log 一直跳 Cannot assign requested address，TIME_WAIT 有三萬多個`),
    pe(`您好，我們台中這台 VOS 每天晚上尖峰 CPS 約 250，新的 TCP 連線建不起來，ss -s 顯示 timewait 41230`),
    pe(`香港這邊的對接全部是 TCP，忙時 outbound connect 報 EADDRINUSE，netstat TIME_WAIT 兩萬八，閒時正常`),
    pe(`麻煩幫看：
netstat -an | grep -c TIME_WAIT
36514
尖峰打不出去，離峰就好了`),
    pe(`客服中心早上外撥高峰，幾分鐘後全部掛掉，VOS log: bind() failed Address already in use（出站連線），TIME_WAIT 五萬`),
    pe(`老師，port 好像被用光了，ip_local_port_range 還是預設，尖峰時 TIME_WAIT 3萬+，新呼叫 503`),
    pe(`boss urgent!! peak hour now all outbound calls fail, log full of "Cannot assign requested address", TIME_WAIT 30k+`),
    pe(`Hi 老师, our VOS at KL DC every evening peak CPS ~220, cannot open new TCP connection to carrier, ss -s timewait 48k, off-peak ok`),
    pe(`Hello, pasting:
Total: 52011 (kernel 52300)
TCP:   51230 (estab 980, closed 50102, orphaned 0, synrecv 0, timewait 50077/0), ports 0
calls failing at busy hour, pls help check`),
    pe(`大佬 the call centre outbound campaign start 9am, after 5 min all calls fail, error EADDRINUSE when VOS connect out, TIME_WAIT 3万多`),
    pe(`Singapore node again today lunch peak: BindException: Cannot assign requested address, netstat show 35k TIME_WAIT, need tuning asap`),
    pe(`Our VOS run out of local ports during peak already, 28000 TIME_WAIT, tcp_tw_reuse is 0, port range default. Can help change?`),
  ],
  natUnregistered: [
    nat(`老师，昨天你们帮我们开了 SS_TCP_CLOSE_RESET=On 之后，家里办公的坐席（都在家用路由器后面，TCP 注册）全部显示未注册了`),
    nat(`您好，自从改了关闭方式（RST 模式），MikroTik 后面的 40 台话机每隔几分钟就掉注册，用的是 TCP 5060`),
    nat(`大佬，RST 开了以后 TIME_WAIT 是少了，可是 NAT 后面的 TCP 分机老是掉线，注册一会儿就没了`),
    nat(`昨天晚上改完 softswitch.conf（SS_TCP_CLOSE_RESET="On"）并 reparse 以后，我们办公室 NAT 后面的 Yealink 话机全部 unregistered，公网 IP 的网关正常`),
    nat(`麻烦看看，从昨天你们调整参数后，外地分支的话机（路由器 NAT，SIP over TCP）一直在注册-掉线循环`),
    nat(`深圳客户反馈：家庭宽带下的软电话（Zoiper, TCP）自从上周四你们开了 RST 就一直显示未注册，换 4G 热点也一样`),
    nat(`你好，开启 RST 后，光猫后面的 GoIP 网关 TCP 注册不停掉，直连公网的没事`),
    nat(`老师，VOS 里看在线话机从 600 掉到 200，都是 NAT 后面的 TCP 终端，时间点正好是你们改完 close reset 之后`),
    nat(`厦门这边：改成 RST 关闭以后，华为 AR 路由器后面的话机 30 秒一掉，抓包看到 VOS 发了 RST，路由器 NAT 表项就没了，再注册也上不来`),
    nat(`你们昨天说开 RST 解决 TIME_WAIT 问题，现在 TIME_WAIT 是好了，但是我们家庭坐席 TCP 全掉注册了，一百多人没法上班`),
    nat(`您好 SS_TCP_CLOSE_RESET 改成 On 之后，NAT 后面的 MicroSIP（TCP）一直 "Registration failed"，同一个账号在公网服务器上注册正常`),
    nat(`紧急：昨晚变更后（close mode 改 RST），办公室 NAT 后的 80 台 TCP 话机全部离线，公司 IP 没变，密码没变`),
    nat(`大佬，开启 RST 后，我们代理商下面的话机都在 NAT 后面（TP-Link 路由器），注册状态在 VOS 里一直闪，一会儿在线一会儿离线`),
    nat(`成都坐席公司的话机在路由器 NAT 后面用 TCP 注册，昨天调完 RST 那个参数后基本都掉了，路由器重启也没用`),
    nat(`杭州客户说从周一开始分机频繁掉注册，我查了变更记录，周一正好把 SS_TCP_CLOSE_RESET 开了，他们都是 NAT 后面 TCP`),
    nat(`您好，RST 模式开了以后，所有在 MikroTik NAT 后的 TCP 分机 re-register 失败，VOS 上显示 unregistered，公网的 SBC 没问题`),
    nat(`老师我们 NOC 发现，RST 开启后 NAT 后面的 TCP 终端注册数从 1200 掉到 300 多，有啥办法`),
    nat(`麻烦：自从你们改了 TCP 关闭模式，在家办公的坐席（路由器后面）软电话每隔几分钟就提示未注册，打着打着就断`),
    nat(`老師，昨天開了 SS_TCP_CLOSE_RESET 之後，在家上班的客服（家用路由器 NAT，TCP 註冊）全部顯示未註冊`),
    nat(`您好，自從改成 RST 模式，台北辦公室 NAT 後面的話機一直掉註冊，都是 TCP，公網的閘道正常`),
    nat(`香港客戶反映，開了 RST 以後，他們寫字樓 NAT 後面的 TCP 分機每幾分鐘就斷線重註冊`),
    nat(`你們上週幫我們改成 RST 關閉以後，在線分機數從 500 掉到 150，全部是 NAT 後的 TCP 話機`),
    nat(`麻煩看一下，RST 開啟後 MikroTik 後面的 TCP 話機註冊不穩，一直 unregistered`),
    nat(`變更後（SS_TCP_CLOSE_RESET=On）遠端坐席的軟電話 TCP 全掉了，路由器都有 NAT，直連的沒問題`),
    nat(`boss since yesterday you enable RST mode, all our home agents behind router NAT cannot register, they use TCP`),
    nat(`Hi 老师, after SS_TCP_CLOSE_RESET change to On, the phones at our KL office behind MikroTik NAT keep unregistered every few minutes, TCP transport`),
    nat(`hello, after your change yesterday (RST close), the softphones behind NAT all show unregistered over TCP, public IP gateways fine`),
    nat(`大佬 the reseller phones behind home routers TCP all drop registration since RST enable, 200+ offline now`),
    nat(`Singapore call centre: after switch close mode to RST, NAT phones on TCP lose registration in loop, direct-IP one no problem`),
    nat(`Our Malaysia branch phones behind TP-Link NAT over TCP keep showing unregistered since RST on last night, can revert?`),
  ],
  firewallRst: [
    fw(`老师，开了 RST 以后我们 FortiGate 日志一堆 "no session matched"，呼叫一直失败`),
    fw(`您好，SS_TCP_CLOSE_RESET=On 之后，通过 Cisco ASA 的 TCP 呼叫挂不断，ASA 日志：%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 58.x.x.x/41822 flags RST on interface inside`),
    fw(`大佬 RST 开了以后，iptables 里 conntrack INVALID 的 drop 计数暴涨，呼叫建立一半就挂
iptables -L -v -n | grep INVALID
18234 1.1M DROP all -- * * 0.0.0.0/0 0.0.0.0/0 ctstate INVALID`),
    fw(`昨天改了关闭方式以后，pfSense 后面的网关呼叫大量失败，pfSense 防火墙日志一堆 TCP:R 被 block`),
    fw(`麻烦看下，开 RST 后，落地商那边 Sophos 防火墙说我们的包 "out of state" 被丢，TCP 呼叫全部 503`),
    fw(`紧急！昨晚变更后，经过华为 USG 的 TCP 呼叫一直失败/挂死，防火墙会话表查不到，日志显示 RST 报文被丢弃`),
    fw(`您好，RST 模式开启后，我们 VOS 前面的 FortiGate 开始丢包，traffic log: action=deny msg="no session matched" proto=6 dstport=5060`),
    fw(`老师，自从你们改了 close reset，通过防火墙的 SIP TCP 呼叫十个有三四个掉话，防火墙日志 flags R dropped`),
    fw(`东莞这台 VOS 在 iptables 后面，开 RST 以后，日志里 "IN=eth0 ... PROTO=TCP SPT=5060 ... RST" 被 INVALID 规则丢，呼叫卡住`),
    fw(`MikroTik 作为出口防火墙，开 RST 之后 connection-state=invalid 的 drop 规则命中数蹭蹭涨，呼叫失败`),
    fw(`变更后 TCP 呼叫挂不掉，坐席说电话一直显示通话中，ASA 日志 "TCP packet dropped (flags RST) - no connection"`),
    fw(`老师，RST 开了之后经过 FortiGate 的对接全部不通，把防火墙旁路掉直接连就好了，是不是防火墙把 RST 丢了`),
    fw(`客户机房 Cisco ASA 后面，昨天 SS_TCP_CLOSE_RESET 改 On 之后外呼接通率从 60% 掉到 20%，ASA 日志 Deny TCP (no connection) ... flags RST`),
    fw(`您好，开 RST 以后 pfSense 状态表里找不到对应的 state，日志：block TCP:RA 5060，大部分通话建不起来`),
    fw(`大佬，RST 模式下呼叫失败，我们查了 iptables 计数，INVALID drop 每分钟几千，关掉那条规则就好了，但是安全部门不让关`),
    fw(`福建客户：自从改了关闭模式，Sophos XG 日志 "Invalid traffic" TCP RST 被丢，TCP 中继全部挂死`),
    fw(`北京 NOC：RST 开启后，出口防火墙（Hillstone）会话表里对应连接一直在，RST 被当成 out of state 丢掉，新呼叫失败`),
    fw(`麻烦，上周四开 RST 之后呼叫断断续续失败，FortiGate 上 diagnose sniffer 看到 RST 进来了但没出去，debug flow 显示 "no session matched"`),
    fw(`老師，開了 RST 之後 FortiGate 日誌一堆 no session matched，TCP 呼叫一直失敗`),
    fw(`您好，SS_TCP_CLOSE_RESET 改 On 以後，ASA 一直 Deny TCP (no connection) flags RST，通話掛不斷`),
    fw(`昨天改完關閉方式，pfSense 後面的閘道呼叫大量失敗，防火牆 log 都是 TCP:R block`),
    fw(`香港機房的 iptables conntrack INVALID drop 在 RST 開啟後暴增，呼叫建立到一半就斷`),
    fw(`變更成 RST 後經過 Sophos 的 TCP 中繼呼叫失敗，防火牆說封包 out of state 被丟`),
    fw(`麻煩看一下，RST 模式後 MikroTik firewall invalid 規則一直命中，電話打不出去`),
    fw(`boss after enable RST our Fortigate log full of "no session matched", TCP calls keep failing`),
    fw(`Hi 老师, since SS_TCP_CLOSE_RESET=On the ASA showing %ASA-6-106015 Deny TCP (no connection) flags RST, calls hang cannot hang up`),
    fw(`hello, after your change yesterday, pfSense in front of VOS block many TCP:R packets, half the calls fail`),
    fw(`大佬 our iptables INVALID drop counter jump like crazy since RST on, calls drop halfway`),
    fw(`Malaysia DC: Sophos firewall drop RST as out of state after you switch close mode, SIP trunk over TCP all fail`),
    fw(`Singapore: since RST mode enable, MikroTik firewall drop invalid hitting thousands per min, outbound calls fail, can check?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning170Set: readonly EvalItem[] = Object.values(tuning170Families).flat();
