import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Chinese-speaking VOS3000 operators, resellers and their NOC/support staff writing to their provider on WhatsApp:
 * simplified characters and WeChat shorthand from mainland China, traditional characters from Taiwan, written Cantonese
 * from Hong Kong, and Singapore/Malaysia Chinese mixed with English and Malay (lah, ah, boss, tak boleh). Technical
 * words stay in English; figures come as 3万, 2.8万, 三万, 两万八, 28k or 28,000. Voice-note transcripts, forwards from their
 * own customers and staff, and pasted netstat/ss/tcpdump/firewall/softswitch output are common.
 *
 * The two-hundred-and-eighteenth tuning split, written as the two-hundred-and-eighteenth never-tuned evaluation set
 * because Chinese-speaking wholesalers on both sides of the strait and across Southeast Asia run many VOS3000 switches
 * and write in two character sets, Cantonese and mixed Malaysian Chinese. Five negative families of 27 (one service
 * that cannot bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed
 * phones unregistered after RST mode, a stateful firewall dropping RST). Written before the seventy-fifth round of
 * rules by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or
 * the other sets in view; measured as such before and after the seventy-fifth round, then made tuning material for the
 * seventy-sixth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 94.4 %, negatives confident 5.2 %, confident wrong 0 % with the
 * rules of the seventy-fourth round, before the seventy-fifth.
 * After the seventy-fifth round: the same.
 * After the seventy-sixth round, tuned on: in scope 98.9 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning218Families = {
  oneListeningPort: [
    no(`老板 web管理页面打不开了 看了下tomcat日志 java.net.BindException: Address already in use: bind 8080 是不是别的程序占了8080？`),
    no(`mbx3000d 启动不了，日志：bind 0.0.0.0:5060 failed, address already in use。之前同事在这台机装了个 freeswitch 测试，好像一直没关`),
    no(`我哋部server裝咗nginx之後VOS web portal開唔到，log話port 80 already in use，係咪要改返nginx個port？`),
    no(`docker run mysql 嗰陣出：Bind for 0.0.0.0:3306 failed: port is already allocated
個container起唔返，同部VOS機有冇關係？`),
    no(`新来的开发在dev服务器上跑node项目报 Error: listen EADDRINUSE: address already in use :::3000 他说是你们VOS占的端口，真的吗 3000端口VOS有用吗`),
    no(`redis起不来
# Could not create server TCP listening socket *:6379: bind: Address already in use
机器上面是不是本来就有一个redis在跑？`),
    no(`sshd改成2222端口以后 systemctl restart sshd 失败：error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. 现在只能用旧的22进去 帮看下`),
    no(`hi boss my laptop cannot run the sip tester, keep say port 5060 already in use. i think is my zoiper also open using 5060 lah, close zoiper can?`),
    no(`[转发] 你好，我们重装系统后 mysqld 起不来，报 Can't start server: Bind on TCP/IP port: Address already in use。netstat 看到 3306 被另一个 mysqld 进程占着，是不是装了两个mysql`),
    no(`netstat -tulnp | grep 5060
udp  0  0 0.0.0.0:5060  0.0.0.0:*  1893/mbx3000d
tcp  0  0 0.0.0.0:5060  0.0.0.0:*  LISTEN  1893/mbx3000d
我想在同一台再开一个softswitch实例做测试，第二个一直起不来说端口被占用，怎么改第二个的端口`),
    no(`(語音轉文字) 喂你好 我哋個VOS嘅web介面由朝早開始就入唔到 睇咗catalina點out話8443 address already in use 好似係上次升級留低咗個舊tomcat喺度 點樣殺咗佢`),
    no(`請問一下 我們在同一台機器想跑兩套VOS做測試 第二套的mbx3000d一直起不來 log寫 cannot bind 5060 是不是一定要改port才行？`),
    no(`Bos, apache kat server tak boleh start:
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80
我们的VOS web是不是也用80？两个打架了`),
    no(`装了宝塔面板之后 VOS的web 8080就起不来了 提示端口已被占用 应该是宝塔的nginx抢了吧 怎么弄回来`),
    no(`vos3000 数据库服务起不来 报bind 3306 already in use，查了发现机器上同时装了mariadb和mysql，两个都开机自启。要卸哪个？`),
    no(`开发写的计费对接程序(java)启动报 java.net.BindException: Address already in use (Bind failed) 端口9090，上一个进程好像没kill干净，kill -9 可以吗不会影响话务吧`),
    no(`docker-compose up 報錯 Error starting userland proxy: listen tcp4 0.0.0.0:80: bind: address already in use
我們想在VOS同一台機器上跑grafana，這樣會不會動到VOS`),
    no(`hi, after reboot our vos web portal down. i check already, port 80 is taken by httpd that auto start, tomcat cannot get the port. how to disable httpd ah`),
    no(`vsftpd 起不来 500 OOPS: could not bind listening IPv4 socket，21端口被谁占了？我们要从这台机拉话单`),
    no(`kamailio 和 VOS 装在同一台 kamailio 报 ERROR: bind(): Address already in use on udp:5060 是不是只能二选一`),
    no(`mbx3000d restart 完起不来 ps看旧进程还在 占着5060 没退出 直接kill掉旧pid再start可以吗 急`),
    no(`條IVR程式listen唔到5080 lsof睇到係asterisk霸咗個port 可唔可以幫手改咗asterisk個設定`),
    no(`我电脑上想开个本地sip代理连VOS 一直提示"通常每个套接字地址(协议/网络地址/端口)只允许使用一次" 10048错误 是我电脑的问题还是服务器的问题`),
    no(`公司測試機跑pm2一直restart，錯誤 listen EADDRINUSE: address already in use 0.0.0.0:8000，跟VOS沒關係但是同一台，會不會影響通話？`),
    no(`portainer起不来 port 9000 is already allocated 那台也是跑VOS的 我们只是想用来管理容器`),
    no(`snmpd 启动失败 Error opening specified endpoint "udp:161" 监控那边说是 另一个 agent 已经 在监听 161 了，要停哪个`),
    no(`boss the vos client can login but the web 8080 page show blank. log got "SEVERE: Failed to initialize end point associated with ProtocolHandler http-8080 ... Address already in use" only this one port. the rest all working`),
  ],
  otherRegistrationCause: [
    no(`今天早上统一改了分机密码 结果话机全部 401 Unauthorized 注册不上 话机那边还没改 要一台一台改吗`),
    no(`我们换了机房公网IP 旧IP已经停了 客户的话机还指着旧IP 现在全部显示unregistered 有没有办法批量改`),
    no(`sip.xxxtel.com 的 DNS 昨晚改到新服务器了，网关还在注册旧地址，TTL 好像设了一天，现在一半网关注册不上`),
    no(`VOS 显示 license 已过期 话机注册回 403 Forbidden 续费以后要重启吗`),
    no(`客户欠费账户被系统自动停用了 他的话机都掉注册 充值了 要手动启用吗`),
    no(`昨晚停電 今朝所有電話都unregistered，router重開咗都係咁，個寫字樓仲未有電`),
    no(`新换了TP-LINK路由 里面SIP ALG默认开着 话机走UDP 隔一会就掉注册 关掉ALG就好了吗`),
    no(`師傅 前台部電話 unregistered 原來係條網線甩咗 插返好咗 唔使理`),
    no(`some of our sales staff softphone on android keep offline in VOS, i check is the battery saver kill the app when screen off. any setting to keep it alive?`),
    no(`电信宽带整个片区故障 我们办公室话机全掉了 这个不是你们的问题吧 只是告诉一下`),
    no(`办公室wifi断了 无线话机全部unregistered 有线的正常`),
    no(`DECT 無線話機 顯示 未註冊 結果 是 電池 沒電 了 ... 不好意思`),
    no(`账号被同事误删了 800-820 这二十个分机 话机都注册不上了 能从备份恢复吗`),
    no(`GoIP 网关注册失败 Registration failed: 404 Not Found，查了一下账号多打了一个0`),
    no(`boss unifi down whole area since morning, all our phone unregistered. TM say maybe afternoon only ok. nothing to do with server right?`),
    no(`迁移到新平台以后 话机一直 401 循环 抓包看 realm 还是旧的 用户名也变了格式`),
    no(`客户说话机显示未注册 去现场看了 他们自己把话机的SIP server改成了别家平台的地址 .....`),
    no(`光世代數據機換新之後 話機 UDP 註冊一直掉 數據機裡面好像有 SIP ALG`),
    no(`[Forwarded] Hi, our 15 phones unregistered after the firmware upgrade last night, all settings went back factory default. Can your side send the provisioning file again?`),
    no(`VOS 提示注册数已超过授权数量 新增的话机都注册不上 是不是要买扩容license`),
    no(`上周被人暴力破解打了几千块国际长途 我们已经把所有分机密码改了 但客户那边话机没改 现在一堆 401`),
    no(`we move office to new building this week, phones all plug in already but the fibre not yet install, so all unregistered lah. just inform`),
    no(`iPhone 上的 Zoiper 放到后台几分钟就掉注册 来电收不到 安卓就没事`),
    no(`网关 Dinstar 注册回 403 我们在 VOS 里设了 IP 限制 网关换了出口 IP 没加进去`),
    no(`客户的话机昨天开始 unregistered 去看了是交换机电源坏了 PoE 没供电 换了就好`),
    no(`帳號到期日設錯了 系統自動把這批帳號 停了 話機 都掉註冊 改回來 就可以了嗎`),
    no(`新装的 Yealink 一直注册不上 日志里写 "403 Forbidden - wrong password" 用户名和密码大小写搞反了吗`),
  ],
  smallFigures: [
    no(`ss -s
Total: 412
TCP:   356 (estab 48, closed 291, orphaned 0, timewait 287)
这个正常吗 日常巡检看到的 没有故障`),
    no(`请问 TIME_WAIT 到底是什么状态 为什么连接关了还要等`),
    no(`net.ipv4.tcp_tw_reuse 要不要开？我们现在没什么问题，就是看到网上有人推荐`),
    no(`SS_TCP_CLOSE_RESET 這個參數 是做什麼用的？手冊看不太懂`),
    no(`晚上 netstat 看了一下 只有四五十个 TIME_WAIT 白天最多也就两三百 需要调优吗`),
    no(`health check today:
ESTABLISHED 120
TIME_WAIT 280
LISTEN 14
all calls ok, just send for record`),
    no(`tcp_tw_recycle 跟 tcp_tw_reuse 有什么区别 听说 recycle 在 NAT 环境有坑？`),
    no(`ip_local_port_range 默认是多少？我们 CentOS 6 上是 32768 61000，够不够用，现在 CPS 很低`),
    no(`is 400 TIME_WAIT normal? server quite quiet, maybe 5 cps only`),
    no(`我哋每日高峰大概得兩三百個 TIME_WAIT 使唔使tune 定係唔好郁佢`),
    no(`routine check boss: peak TIME_WAIT around 1.2k, cps about 15, asr normal. just want confirm this level no need do anything right`),
    no(`新机器下周上线 想问一下 sysctl 有哪些推荐值 现在还没跑业务`),
    no(`每个 TIME_WAIT 连接大概占多少内存？好奇问一下`),
    no(`TIME_WAIT 默认 60 秒 能不能改短？tcp_fin_timeout 是管这个的吗`),
    no(`我们 CPS 才 8 左右 有必要开 RST 模式吗 看你们群里有人在讨论`),
    no(`zabbix 想加个 TIME_WAIT 告警 阈值设多少合适？现在平时就三百多`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     85 ESTABLISHED
     12 LISTEN
    367 TIME_WAIT
      3 FIN_WAIT2
巡检结果 请大佬看看有没有问题`),
    no(`tcp_max_tw_buckets 是啥意思 默认值 180000 要改吗`),
    no(`請問 TIME_WAIT 多是不是代表有人在攻擊？我們現在大概 500 個`),
    no(`FIN 和 RST 关连接有什么区别 老板让我学习一下`),
    no(`ss -tan state time-wait | wc -l
641
晚高峰的数 正常吧`),
    no(`默认端口范围 32768-60999 就是两万八左右个端口对吧？我们现在才用几百个 还早`),
    no(`boss ask me explain why TIME_WAIT exist, for the new staff training. any simple way to say?`),
    no(`每天早上脚本跑 ss -s 记录 TIME_WAIT 一直在 100-300 之间 这样算健康吗`),
    no(`SIP over TCP 跟 UDP 哪个好？TCP 的话每个话机会占一个连接吗 我们 200 个分机`),
    no(`8百个 TIME_WAIT 左右 CPS 20 不到 没有报错 要不要管`),
    no(`close_wait 有 20 几个 time_wait 一百多 是不是正常范围 服务器跑得好好的`),
  ],
  firewallNoRst: [
    no(`帮忙在防火墙开一下 5060 TCP/UDP 给新落地 对方IP 103.x.x.25`),
    no(`新代理商要接入 麻烦把他们的 IP 段 45.112.0.0/24 加到白名单`),
    no(`fail2ban 把我们自己办公室的IP ban了 现在登录不了 怎么解封`),
    no(`FortiGate 上 SIP ALG 要怎么关？客户说单通 想先排除ALG`),
    no(`web 管理端口只想让国内IP访问 iptables 能做 geo 封锁吗`),
    no(`想用 iptables 限一下 REGISTER 频率 防扫号 有没有现成的规则`),
    no(`新 carrier 对接需要放行 RTP 10000-20000 UDP 帮我们在防火墙加一条`),
    no(`pfSense 上要做 port forward 把 8080 转给 VOS 的 portal 可以帮写下规则吗`),
    no(`AWS security group need open which port for VOS3000? new server, nothing configure yet`),
    no(`FortiGate 的 SIP session helper 要不要删 看到网上说会搞乱SIP`),
    no(`这两天被 sipvicious 扫得很厉害 friendly-scanner 一堆 想直接在防火墙封掉`),
    no(`我哋想喺 firewall 加條 rule 只俾 carrier 嘅 IP 入 5060，其他全部 drop，得唔得`),
    no(`client side firewall block our RTP, they got one way audio. can you send them which range to open?`),
    no(`阿里云安全组 入方向 要开哪些 VOS 端口 我们刚迁过去`),
    no(`CentOS 7 用 firewalld 还是 iptables？规则重启后老是丢 怎么永久保存`),
    no(`ASA 上要開哪些 port 給 VOS 用？客戶的 IT 要一張清單`),
    no(`防火墙日志看到大量 REGISTER 来自国外IP 一晚上几万条 想整段封掉`),
    no(`我們要把 3306 對外關掉 只留內網 會不會影響 VOS client 連線？`),
    no(`SonicWall 升級韌體之後 port forwarding 全部不見了 要重新設 5060 跟 RTP`),
    no(`dmesg 一直刷 nf_conntrack: table full, dropping packet. 要调大 nf_conntrack_max 吗 还是直接不追踪 5060`),
    no(`昨晚 UDP flood 打 5060 带宽跑满 防火墙上能做什么限速`),
    no(`客户要求我们提供出口IP给他们做白名单 我们的出口是哪几个`),
    no(`ubuntu 的 ufw 怎么放行 5060 跟 10000:20000/udp`),
    no(`有没有推荐的 VOS 防火墙规则模板 新装的机器 想一次弄好`),
    no(`web 登录一直有人爆破密码 能不能在防火墙上做自动封 IP`),
    no(`MikroTik 上想做个 dst-nat 把外网 8443 转到内网 VOS portal，怎么写`),
    no(`bos, firewall at our DC need to add rule for new carrier from indonesia, IP 202.x.x.10, SIP TCP 5060. tolong settle before tonight`),
  ],
  negationContext: [
    no(`RST 确实开了 但我们全部分机都走 UDP 话机今天掉注册 应该跟 RST 没关系吧 我自己再查查网络`),
    no(`防火墙日志有一些 invalid 包 不过 SS_TCP_CLOSE_RESET 一直是 Off 从来没动过 呼叫也全部正常 就是问下这些日志要不要理`),
    no(`上周 TIME_WAIT 3万那个问题 开了 RST 和 tw_reuse 之后已经好了 现在高峰也就几百 这里报备一下 不用处理`),
    no(`如果我们打开 RST 模式 NAT 后面的话机会不会掉注册？现在还没开 先问清楚`),
    no(`不是 VOS 那台哦 是我们另一台 nginx 反代服务器 TIME_WAIT 有3万 跟你们这边没关系 顺便问下有没有建议`),
    no(`实验室压测机 sipp 打到 500 CPS 出现 EADDRINUSE 这个是预期的 我们就是故意测极限 生产环境没事`),
    no(`培训题：为什么 RST 模式会影响状态防火墙？我要给新员工出题 请给个标准答案`),
    no(`同事说他以前在别的公司遇到过 RST 开了之后 FortiGate 呼叫失败 我们这边没开 RST 就是想了解一下`),
    no(`昨晚监控告警 TIME_WAIT 超过 2万 后来查是监控脚本 bug 把所有状态都算进去了 实际才两百多 误报`),
    no(`不是 RST 的问题哦 话机掉注册是因为我们昨天改了密码 RST 一直是关的`),
    no(`nobody change anything on our side, RST mode still Off, phone behind NAT all registered ok today. yesterday issue was ISP only`),
    no(`昨天已经把 SS_TCP_CLOSE_RESET 改回 Off 并 reparse 了 NAT 后面的话机都回来了 只是确认一下配置会不会重启后丢`),
    no(`我们计划下个月把 CPS 提到 200 会不会出现端口耗尽？现在一切正常 提前规划`),
    no(`之前話 FortiGate drop RST 嗰單已經搞掂咗，我哋加咗 policy 而家冇事，記錄一下就得`),
    no(`[转发文章] 《VOS3000 SS_TCP_CLOSE_RESET 详解：开了就不会 TIME_WAIT》 这文章说得对吗 我们没打算改`),
    no(`we use pfSense but SIP all UDP only, no TCP at all. RST setting should not matter for us right?`),
    no(`去年那次 BindException 是什么原因来着？老板要写年度故障报告 现在没问题`),
    no(`我们没有 NAT 全部是公网 IP 的话机 RST 开了快一个月 一切正常 这样就不用改回去了吧`),
    no(`客户问卷里有一题："会不会因为 RST 导致防火墙后的呼叫失败" 帮我们怎么回答比较专业`),
    no(`测试环境 RST 开 + MikroTik NAT 故意做的实验 话机掉注册 跟预期一样 生产那台我们不会开`),
    no(`告警 cannot assign requested address 是在我们自己的压测机上 sipp 那台端口用完了 不是 VOS 报的`),
    no(`上次你們建議開 RST 之後 TIME_WAIT 從 3 萬降到幾百了 謝謝 這單可以關了`),
    no(`如果以后遇到端口耗尽 应该先看什么指标？想写进值班手册`),
    no(`(语音) 同事讲话机掉线是因为 RST 但我查了 RST 根本没开 是 Off 后来发现是楼里停电 话机重启没起来`),
    no(`Vendor email say "Do not enable SS_TCP_CLOSE_RESET if you have NAT devices". we never enable and no plan to, just ask is this email real from you`),
    no(`FortiGate 换成 pfSense 之前 要不要注意 RST 的事？我们 RST 一直是 Off 所以应该无所谓吧`),
    no(`老板，那个 "address already in use" 是上个月的截图了，群里有人又转出来，现在没事，别紧张`),
  ],
  portExhaustion: [
    pe(`高峰期跟落地的 TCP 连接建不起来 日志一堆 cannot assign requested address netstat 看 TIME_WAIT 有 2.8万`),
    pe(`ss -s
Total: 31876
TCP:   31245 (estab 812, closed 30102, orphaned 3, timewait 30088)
晚上8点高峰 外呼大量失败 这个是不是端口用完了`),
    pe(`每晚七點到九點打唔出 log 成版 BindException: Address already in use 重啟 mbx3000d 就好返 過一陣又嚟 搞咗成個禮拜`),
    pe(`boss peak hour cps above 80 calls to carrier over tcp keep fail, netstat show 3万 TIME_WAIT. restart ok then next day come back again`),
    pe(`softswitch log:
[ERR] tcp connect to 203.81.x.x:5060 failed: Cannot assign requested address (99)
[ERR] tcp connect to 203.81.x.x:5060 failed: Cannot assign requested address (99)
一到高峰就这样 凌晨就好了`),
    pe(`两万八个 TIME_WAIT 全是连落地网关的 新的 TCP 连接根本起不来 客户投诉打不出去`),
    pe(`TIME_WAIT ~28k at peak, new outbound SIP TCP to carriers fail with EADDRINUSE, ASR drop to 20%. help pls urgent`),
    pe(`三万多个 TIME_WAIT 呼叫一直失败 重启服务器就好 但第二天高峰又来 到底怎么根治`),
    pe(`尖峰時段對落地的 TCP 連線一直失敗，log 寫 bind: address already in use，netstat 數了一下 TIME_WAIT 2萬9，半夜就正常`),
    pe(`(语音转文字) 喂 你好 就是我们这边啊 每天下午三点到五点 量一上来就 打不出去 然后 日志里都是那个 address already in use 然后 我们技术看了下 说 time wait 有三万个 重启一下就好了 但是 天天这样 你们帮看看`),
    pe(`[Forwarded from NOC] peak cps 120 now, outbound tcp to 3 carriers failing since 19:40. netstat | grep TIME_WAIT | wc -l = 30412. mbx3000d log full of EADDRINUSE. please advise`),
    pe(`你们这破系统一到高峰就报 address already in use 钱都交了 能不能给个准话 什么时候搞定`),
    pe(`cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
ss -tan state time-wait | wc -l
28107
本地端口基本被 TIME_WAIT 占满了 高峰新呼叫连不出去`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
  29871 TIME_WAIT
    954 ESTABLISHED
     11 LISTEN
现在高峰 大量呼叫失败 对接的几个落地都连不上`),
    pe(`每天晚上跑量的时候 VOS 跟对端的 TCP 建链失败 日志 java... 不对 是 mbx 的日志 cannot bind local port 凌晨量小又好了 TIME_WAIT 几万个`),
    pe(`boss, cps go up to 100 after 8pm, then calls to our indonesia carrier (tcp) all fail. log say cannot assign requested address. TIME_WAIT got 31,000. lepas restart ok, tomorrow same problem`),
    pe(`我哋條 TCP 落地一到夜晚就連唔出 ss -s 睇到 timewait 有兩萬幾 重啟就冇事 但係日日都要重啟 頂唔順`),
    pe(`高峰 CPS 150 左右 对落地的 TCP 新连接失败 EADDRINUSE 一直刷 TIME_WAIT 接近 3万 RST 没开过 tw_reuse 也是 0`),
    pe(`急！！现在打不出去 日志全是 Cannot assign requested address TIME_WAIT 两万七 上次也是这样重启才好`),
    pe(`請幫忙看一下，每天下午量起來之後，對接的 TCP 線路就建不了連線，錯誤是 address already in use，TIME_WAIT 大約 28,000，晚上又正常了`),
    pe(`hi, our vos keep cannot make new tcp connection to carrier at busy time. i check got 2.9万 time wait. after midnight ok. restart mbx3000d also ok for few hours`),
    pe(`又来了 晚高峰 BindException 一大片 TIME_WAIT 3.1万 新呼叫全失败 这周第三次了`),
    pe(`ss -s
TCP:   33102 (estab 1204, closed 31561, orphaned 0, timewait 31540)
客户群里都在骂了 外呼 TCP 连不上落地 麻烦看下`),
    pe(`[转发] 老板：今晚9点又打不出去了，技术说本地端口不够用，TIME_WAIT 两万九，重启完好了半小时又开始。你们到底能不能解决`),
    pe(`量大的时候 VOS 到对端 SIP TCP 5060 连不上 系统日志 connect failed: EADDRINUSE 量小的时候一点问题没有 netstat 看 TIME_WAIT 有 27k 左右`),
    pe(`師傅 我哋部 VOS 而家峰值 CPS 大概 90 啲 call 出唔到 log 成日 cannot assign requested address netstat 見到三萬個 TIME_WAIT 係咪 port 唔夠用`),
    pe(`tcpdump 看 SYN 都没发出去 应用层直接报 Cannot assign requested address 高峰才这样 TIME_WAIT 两万多 重启后恢复`),
    pe(`since we add the new wholesale customer, every evening peak the outbound tcp legs fail, error address already in use. timewait count 30k+. please check, losing money every night`),
    pe(`每天 20:00-23:00 呼叫失败率飙升 失败的都是走 TCP 的落地 mbx 日志里 bind 失败 EADDRINUSE 看了 ss 有 28000 个 time-wait`),
    pe(`晚高峰 BindException 重启就好 TIME_WAIT 2.8万 搞了三天了 有没有不用重启的办法`),
  ],
  natUnregistered: [
    nat(`上周你们帮我们把 SS_TCP_CLOSE_RESET 改成 On 之后 MikroTik 后面的话机 TCP 注册全部掉了 公网IP的话机一点事没有`),
    nat(`自从开了 RST 模式 分公司那边路由器后面的话机一直掉注册 总部直接公网的都正常 这两天客户电话都打不进去`),
    nat(`開咗 RST 之後 work from home 啲同事 softphone 用 TCP 成日 unregistered，返公司用就冇事，係咪同屋企 router 有關`),
    nat(`since RST mode on yesterday, all phones behind client's router keep drop registration every few minutes. phones with public ip fine, the UDP ones also fine. only the TCP behind NAT`),
    nat(`改了 SS_TCP_CLOSE_RESET="On" 之後，分店 NAT 後面的話機（走 TCP）一直顯示未註冊，總公司固定 IP 的沒問題`),
    nat(`[转发] 客户原话：你们是不是又改了什么？从周二开始我们公司的电话一直显示未注册，重启话机能好一会，过几分钟又掉。我们用的是 MikroTik，话机设置的是 TCP。`),
    nat(`(语音转文字) 那个 就是 你们上次说开那个 RST 嘛 开完了 TIME_WAIT 是少了 但是 我们 家里 那些 坐席 用 软电话 的 全部 注册不上了 走 TCP 的 公司 那几个 公网 的 倒是好好的`),
    nat(`VOS 注册管理里 NAT 后面的终端一直在在线和离线之间跳 都是 TCP 注册的 开 RST 以前从来没这样`),
    nat(`boss after your side change the tcp close to RST, our JB branch behind mikrotik all phone unregistered. KL HQ public ip no problem at all. pls check`),
    nat(`grep RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
周一改的 从那天起 NAT 后面的 Yealink 用 TCP 注册的 隔一阵就 unregistered`),
    nat(`话机日志：Registration failed, TCP connection reset by peer。话机都在客户路由器后面，TCP 传输，开 RST 之后才出现的`),
    nat(`搞什么啊 开了你们说的那个 RST 之后 我们 200 个分机掉了一大半 全是 NAT 后面的 赶紧给我弄好`),
    nat(`Grandstream 話機在家用路由後面 TCP 註冊 自從 RST 那個參數打開就一直掉 改回 UDP 的那幾台就正常了`),
    nat(`hi, my customer at the hotel site, phones behind their nat, sip over tcp. since we enable the reset close option last week the phones register then lose it after 1-2 min, loop loop. public ip phones and trunk ok`),
    nat(`開咗 SS_TCP_CLOSE_RESET 之後，分行嗰邊（Huawei router 後面）啲 IP phone 用 TCP 全部 unregistered，HQ 有 public IP 嘅冇問題`),
    nat(`一开 RST NAT 后面的话机就掉 注册表里只剩公网的 到底是路由器的问题还是 VOS 的问题 现在一直都是这样`),
    nat(`3 branch office behind mikrotik, all sip tcp. since RST turned On on the softswitch they keep showing unregistered. the 2 sites with static public ip no problem. ASAP pls`),
    nat(`我们是做坐席外包的 坐席都在家里 用 MicroSIP 走 TCP 前天开了 RST 模式之后 大部分坐席注册不上 或者注册上几分钟就掉`),
    nat(`開 RST 以後 NAT 背後的話機 一直掉註冊 公網的都好好的 UDP 的也沒事 是不是要把 RST 關掉`),
    nat(`pak, lepas on RST mode, phone kat cawangan belakang router semua unregistered. yang guna public IP ok. 怎么办`),
    nat(`昨天为了解决 TIME_WAIT 把 RST 开了 今天一早 客户反馈 NAT 后面的话机全部掉注册 TCP 的 公网直连的正常`),
    nat(`ss -tn | grep 5060 | wc -l 连接数掉了一半 VOS 在线话机从 340 掉到 150 掉的全部是 NAT 后面用 TCP 注册的 时间点正好是改 SS_TCP_CLOSE_RESET=On 之后`),
    nat(`客戶說他們 MikroTik 後面的話機從禮拜三開始一直 unregistered，我查了一下剛好是我們開 RST 那天，公網 IP 的客戶都沒投訴`),
    nat(`boss the softphone users at home (tcp) all showing offline in vos since we turn on SS_TCP_CLOSE_RESET. office desk phones got public ip, all fine. how to fix without hurting the timewait thing`),
    nat(`RST 开了以后 NAT 后的话机注册老是掉 话机显示 "注册失败" 几分钟一次 网关是公网IP 没事`),
    nat(`我哋幫客改咗 RST mode 做 On 之後，佢哋寫字樓 router 後面啲電話 TCP 註冊成日甩，而家都仲係咁，有冇辦法`),
    nat(`tcpdump 看到 VOS 发 RST 关连接之后 NAT 后面的话机再发 REGISTER 就没回应了 要等很久才重新注册上 期间都是 unregistered 这是从开 RST 开始的`),
    nat(`Forwarded: "Hi support, since Monday our 40 extensions in the branch (behind NAT router, SIP/TCP) keep losing registration. Phones at HQ with public IPs are OK." - we did switch RST mode on Monday on that switch`),
    nat(`开 RST 之后 家里用 Linphone 的同事一直掉线 TCP 的 改 UDP 就好 但是我们要求必须 TCP 怎么办`),
    nat(`自从 SS_TCP_CLOSE_RESET 打开 我们代理下面 NAT 后的客户话机全部 unregistered 只有一个公网客户正常 已经影响营业了`),
  ],
  firewallRst: [
    fw(`FortiGate 后面的落地 开了 RST 之后呼叫一直失败 FortiGate 日志一堆 RST 被丢弃 对方那边连接还挂着`),
    fw(`pfSense 日志：
filter: block in on em0 203.x.x.7:5060 -> 10.10.1.5:41732 TCP:R
一直刷 开 RST 模式之后呼叫 hang 住 接不通`),
    fw(`iptables -L -v -n | grep INVALID
 18722 1.1M DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
计数从开了 SS_TCP_CLOSE_RESET 以后一直涨 呼叫失败率也上来了`),
    fw(`ASA log:
%ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 203.x.x.9/34512 flags RST on interface inside
开 RST 以后全是这个 落地那边说我们的 TCP 连接一直 ESTABLISHED 不断`),
    fw(`SonicWall 日誌一直出現 "TCP packet received on non-existent/closed connection; TCP packet dropped"，開 RST 模式之後通話常常打不通或是卡住`),
    fw(`carrier 投诉说他们那边跟我们的 TCP 连接堆了几千个 ESTABLISHED 半开的 新呼叫 hang 住 我们中间有 FortiGate 开 RST 之后才出现`),
    fw(`自從開咗 RST，經 FortiGate 出去嘅 call 一半都唔通，firewall log 見到啲 RST 俾 drop 咗，對面話 connection 仲 ESTABLISHED`),
    fw(`since turning RST mode on, calls through our pfsense fail or just hang, pfsense log show the RST packet blocked (state mismatch). carrier side still see the connection alive`),
    fw(`华为 USG 防火墙 会话表里 一堆 半开连接 开 RST 以后 经防火墙的呼叫 失败 不经防火墙的 直连 落地 没问题`),
    fw(`深信服防火墙日志：丢弃 TCP RST 报文 原因：无对应会话。就是开了 RST 模式之后开始的 现在呼叫经常失败`),
    fw(`(语音转文字) 就是我们把 RST 那个打开以后呢 走防火墙出去的那几条线 老是打不通 有时候 接通了 也 挂不掉 防火墙 那边 说 RST 包 都给 丢了`),
    fw(`conntrack -L | grep 5060 | grep ESTABLISHED | wc -l
4211
远端一直 ESTABLISHED 本地早就用 RST 关掉了 呼叫经 iptables 的这台网关就卡 开 RST 之前没这问题`),
    fw(`boss our AWS setup, vos behind the security group + a fortigate VM. after we set SS_TCP_CLOSE_RESET On, calls to 2 carriers start to fail, fortigate log says RST dropped, no session`),
    fw(`Juniper SRX flow log: packet dropped, no session found, TCP flags RST. 开了 RST 后 通过 SRX 的 SIP TCP 呼叫 失败很多`),
    fw(`開了 RST 之後 經過防火牆的 TCP 呼叫都怪怪的 有的打不通 有的掛不掉 防火牆 log 一堆 RST invalid 被擋`),
    fw(`你们让开的 RST 一开 FortiGate 那边全乱了 呼叫失败一大片 日志都是 RST 被丢 现在怎么弄 客户等着`),
    fw(`tcpdump 在防火墙外侧抓不到我们发的 RST 内侧能抓到 说明被防火墙吃了 对端连接一直挂着 新呼叫失败 开 RST 之后才这样`),
    fw(`Check Point 日志：TCP packet out of state: First packet isn't SYN, tcp_flags: RST-ACK. 开 RST 模式后经 Check Point 的呼叫 一直失败`),
    fw(`pak, lepas kami on RST, call lalu firewall (fortigate) banyak fail. log tunjuk RST kena drop. yang tak lalu firewall ok je`),
    fw(`我们跟落地中间有个 pfSense 开 RST 以后对方那边的 TCP 会话一直不释放 满了以后新呼叫就建不起来 pfSense 日志里 RST 全被 block`),
    fw(`山石防火墙会话一直不老化 开了 RST 之后 SIP TCP 的会话都挂着 呼叫失败 防火墙丢了 RST 包`),
    fw(`after enable reset close in vos, calls via our sonicwall keep fail. sonicwall drop the RST packet, carrier end still hold the tcp session ESTABLISHED. please help urgent`),
    fw(`ASA 上 show conn 一堆 5060 的 TCP 连接 flags UB 不消失 开了 RST 之后 经 ASA 的呼叫 半数失败 日志 deny no connection flags RST`),
    fw(`[转发 运维] 周三改 SS_TCP_CLOSE_RESET=On 后，经 FortiGate 出口的 SIP TCP 呼叫成功率从 60% 掉到 30%，防火墙日志大量 "RST dropped, no matching session"，对端 carrier 反馈连接未释放`),
    fw(`開咗 RST mode 之後，經 iptables 嗰部 gateway 出去嘅 call 成日 hang 住，conntrack 話個 RST 係 INVALID drop 咗，對面仲 hold 住條 connection`),
    fw(`hi support, vos behind pfsense at our DC. turned on RST close mode on friday. since then calls over TCP trunk fail, pfsense log full of blocked TCP:RA packets. carrier says they still see our old sockets open`),
    fw(`开 RST 以后 防火墙后面的这台 VOS 跟对接方 TCP 连接对不上了 对方显示 ESTABLISHED 我们这边早就关了 呼叫一直失败 防火墙说 RST 不在会话表里直接丢`),
    fw(`FortiGate 的 session 里一堆 SIP TCP 一直不清 開 RST 之後才這樣 電話打不出去 卡在 Trying`),
    fw(`Cloud firewall (阿里云云防火墙) 开了状态检测 VOS 开 RST 之后 对接 carrier 呼叫大面积失败 防火墙日志 RST 被拦截`),
    fw(`iptables 日志 IN=eth0 ... PROTO=TCP SPT=5060 DPT=38211 RST URGP=0 全被 INVALID 规则丢了 开 RST 模式后呼叫经常 hang 住`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning218Set: readonly EvalItem[] = Object.values(tuning218Families).flat();
