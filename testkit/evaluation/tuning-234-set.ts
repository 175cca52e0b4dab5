import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Chinese-speaking VOS3000 operators, resellers and their staff writing to support on WhatsApp: mainland China
 * (simplified characters, WeChat shorthand), Taiwan and Hong Kong (traditional characters, written Cantonese),
 * Singapore and Malaysia (Chinese mixed with English, Singlish and Malay). Figures come as 3万, 2.8万, 三万, 两万八, 几百, 28k
 * or 28,000; messages range from terse shorthand and rude complaints to voice-note transcripts, forwards from their own
 * customers or network teams, and pasted netstat, ss, firewall and softswitch log output.
 *
 * The two-hundred-and-thirty-fourth tuning split, written as the two-hundred-and-thirty-fourth never-tuned evaluation
 * set because Chinese-speaking wholesalers on both sides of the strait and across Southeast Asia write in two character
 * sets, Cantonese and mixed Malaysian Chinese, in fresh hands again. Five negative families of 27 (one service that
 * cannot bind its own port, registration lost for another reason, small figures and questions, firewall work without
 * dropped RST, playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones
 * unregistered after RST mode, a stateful firewall dropping RST). Written before the seventy-ninth round of rules by
 * someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other
 * sets in view; measured as such before and after the seventy-ninth round, then made tuning material for the eightieth:
 * bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 95.6 %, negatives confident 2.2 %, confident wrong 0 % with the
 * rules of the seventy-eighth round, before the seventy-ninth.
 * After the seventy-ninth round: the same.
 * After the eightieth round, tuned on: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning234Families = {
  oneListeningPort: [
    no(`装完nginx之后VOS网页打不开了，tomcat日志报 java.net.BindException: Address already in use: JVM_Bind 8080 ，是不是nginx把8080占了？`),
    no(`mbx3000d起不来，日志：bind 0.0.0.0:5060 failed, Address already in use。netstat一看5060被asterisk占着，之前测试装的忘记删了`),
    no(`老闆，我同事喺同一部機裝咗第二個softswitch做測試，而家兩個都想聽5060，第二個起唔到，話address already in use，點搞？`),
    no(`docker run -p 5060:5060/tcp 报错
docker: Error response from daemon: driver failed programming external connectivity on endpoint kamailio-test: Bind for 0.0.0.0:5060 failed: port is already allocated.
宿主机上本来就跑着VOS，我只是想在容器里跑个测试的kamailio`),
    no(`mysql 起唔到
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
係咪要kill咗舊嗰個先？`),
    no(`hi boss, my dev laptop run a copy of the vos web portal for testing, port 80 already in use by skype lah, apache cannot start. how to change the port ah`),
    no(`sshd 改了端口2222后重启失败 error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. 查了是另外一个转发服务在用这个端口`),
    no(`redis-server起不来 Could not create server TCP listening socket *:6379: bind: Address already in use 这台是VOS同机的缓存，怎么处理`),
    no(`請問一下 我們重開機後 VOS3000 的 web 管理介面起不來
# netstat -tlnp | grep 8080
tcp   0   0 0.0.0.0:8080   0.0.0.0:*   LISTEN   1873/java
這個舊的 java process 還在，是要先 kill 掉嗎？`),
    no(`bro, mbx3000d restart tak boleh, log kata "sip listen port 5060 bind error". Saya check, ada satu lagi process mbx3000d lama masih hidup. 要怎么处理比较安全`),
    no(`转发客户的：“你们的录音服务器启动失败，提示端口7000被占用，address already in use” 麻烦看下`),
    no(`新装的zabbix agent 10050 bind不了 因为旧的agent没停干净 跟VOS没啥关系 就是装在同一台机器上 顺便问下`),
    no(`# netstat -tlnp | grep 5060
tcp   0   0 0.0.0.0:5060   0.0.0.0:*   LISTEN   2231/opensips
udp   0   0 0.0.0.0:5060   0.0.0.0:*            2231/opensips
我们想在这台上面同时跑VOS，VOS启动就报5060已被使用`),
    no(`個 web portal 用 nginx 反代，nginx -t ok 但一 start 就話 bind() to 0.0.0.0:443 failed (98: Address already in use)，原來 httpd 仲喺度行緊`),
    no(`[语音转文字] 喂你好 就是那个 我们那个话机注册的那个服务 就是5060那个端口 起不来啊 说是什么address already in use 然后我同事说是那个freeswitch也装在上面了 你帮我看一下嘛`),
    no(`开发小哥在测试服务器上跑 npm run dev，报 Error: listen EADDRINUSE: address already in use :::3000，他非说是VOS的问题，我觉得不是吧？`),
    no(`我们自己写的计费接口 spring boot 起不来：
***************************
APPLICATION FAILED TO START
***************************
Web server failed to start. Port 8081 was already in use.
这个跟VOS放在一台机子上`),
    no(`想把VOS的SIP端口从5060改成5080，改完reparse后报 bind 5080 失败，后来发现5080是之前装的另一个测试网关在用`),
    no(`hello, our IVR server port 8000 kena used by another python script, "OSError: [Errno 98] Address already in use". can help check or not`),
    no(`新机器CentOS7装好VOS，mbx3000d启动提示TCP 5060被占用，ss -lntp 看是前任留在镜像里的一个sip-proxy进程，直接卸载可以吗`),
    no(`我們用 docker-compose 起 grafana，跳 Bind for 0.0.0.0:3000 failed: port is already allocated，另一個 container 已經 map 了 3000，要改哪裡？`),
    no(`你哋個安裝腳本有冇搞錯，裝完之後自己裝嘅mysqld同VOS自帶嘅mysql撞3306，成日bind失敗`),
    no(`重启服务器后VOS网页登录不了，catalina.out：
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080`),
    no(`Our dev server runs a 2nd instance of the softswitch for testing, both want TCP 5060 so the second one dies with EADDRINUSE at startup. Prod is fine. Should we just change the test one's port?`),
    no(`5060被占了 起不来 ps看是个sipp进程 昨天压测完没关 kill掉就行吧？`),
    no(`Boss, server baru pasang, tomcat VOS tak start sebab port 8080 sudah dipakai oleh jenkins. 我们可以改jenkins的端口吗 还是改VOS的`),
    no(`部VOS機rsyslog起唔到，話bind 514 address already in use，原來之前有人另外裝咗syslog-ng，兩個都聽緊514`),
  ],
  otherRegistrationCause: [
    no(`今天改了所有分机密码，现在一半话机显示未注册，日志全是 401 Unauthorized，是不是新密码没同步到话机上`),
    no(`啲話機全部unregistered，原來係大廈停電，UPS又冇電，而家電嚟咗但係router未起返`),
    no(`我們換了新的中華電信光世代數據機，之後分機全部註冊不上，我們都是走 UDP 5060，聽說是 SIP ALG 的問題？`),
    no(`服务器换了新IP 47.xx.xx.xx，话机里的注册地址还是旧的，全部掉线了，要一台台改吗`),
    no(`客户账号到期了，话机显示 403 Forbidden 注册失败，帮我延期一下 谢谢`),
    no(`the softphone on my staff android keep unregistered when screen off, i think the battery saver kill the app lah. Zoiper. other phones all ok`),
    no(`VOS 提示 license 过期，所有网关注册失败，续费找谁`),
    no(`网线被装修师傅钻断了 整层楼的话机都掉了 要多久能修好我也不知道`),
    no(`TM unifi down satu kawasan since pagi, semua phone unregistered. Bukan problem server kan? 我们只是确认一下`),
    no(`我把域名 sip.xxx.com 的解析改到新服务器了，现在有些话机还注册到旧服务器去，显示未注册`),
    no(`昨天删了一批不用的账户，结果删错了，有几个客户话机注册不上 404 Not Found，能恢复吗`),
    no(`無線DECT話機全部離線，檢查過係基座後備電池壞咗，停電一陣就冇晒`),
    no(`分机密码被客户自己改了又忘了，现在注册一直401，能帮忙重置一下吗`),
    no(`办公室wifi挂了 软电话全部灰了 打不了`),
    no(`网关GoIP注册失败 Unauthorized，查了半天发现账号名写错一位 8001写成8011 尴尬`),
    no(`REGISTER sip:vos.example.cn SIP/2.0
SIP/2.0 401 Unauthorized
REGISTER sip:vos.example.cn SIP/2.0
SIP/2.0 401 Unauthorized
一直这样循环，客户说他没改过密码，但我们昨天确实帮他重置过`),
    no(`有一台 Grandstream 一直顯示 Not Registered，發現它 DNS 設成 8.8.8.8，解不到我們內部的網域名稱`),
    no(`[语音] 那个 我们公司那个 就今天早上开始 全部电话都打不出去 然后看话机上面写着未注册 后来发现是那个光猫坏了 电信说下午才能来换 那有没有办法先用手机打`),
    no(`客户新换了TP-Link路由器，全部走UDP的，换完就注册不上了，关掉SIP ALG试试？`),
    no(`分机注册不了 提示 "403 account disabled"，哦 是财务因为欠费停了他账户`),
    no(`my customer change their office static IP, but we got IP whitelist for registration in VOS so now all rejected. need to update whitelist right?`),
    no(`停电之后交换机起来了 但是PoE没供电 话机全黑屏 当然显示不了注册`),
    no(`运营商光缆被挖断 整个园区断网 话机全部未注册 这种情况你们那边能看到什么吗`),
    no(`all phone at KL branch unregistered since morning. we found the router admin change the wan pppoe password so no internet. now ok already, just confirm need to do anything on server side?`),
    no(`話機顯示 "Registration failed"，發現係我哋嘅 VOS 帳戶到期咗，幫手續期吖`),
    no(`域名到期了！sip.ourco.cn 解析不了 所有话机注册失败 已经在续了`),
    no(`话机固件升级后配置被清空 注册信息都没了 全部显示未注册 有批量导入配置的方法吗`),
  ],
  smallFigures: [
    no(`请问 TIME_WAIT 到底是什么意思？我看 netstat 里有一百多个，正常吗`),
    no(`我们晚上没什么话务，ss -s：
TCP:   412 (estab 38, closed 356, orphaned 0, synrecv 0, timewait 352/0), ports 0
需要优化吗`),
    no(`想問下 tcp_tw_reuse 應唔應該開？我哋 CPS 好低，一日先幾百個 call`),
    no(`SS_TCP_CLOSE_RESET 這個參數是做什麼用的？手冊寫得看不太懂，可以用白話解釋一下嗎`),
    no(`is 400 TIME_WAIT normal? our switch only around 20 concurrent call`),
    no(`几十个TIME_WAIT需要担心吗 老板让我做个巡检报告 不知道写啥`),
    no(`boss ask me do health check, netstat show TIME_WAIT abt 2-3 hundred, ESTABLISHED 50 plus. all call ok. anything to tune?`),
    no(`巡检结果：TIME_WAIT 几百，CLOSE_WAIT 0，本地端口范围 32768-60999，通话正常。以后业务量上来这个端口范围够不够用？`),
    no(`what is the difference between FIN close and RST close in VOS? just curious, nothing wrong`),
    no(`ip_local_port_range 默认是 32768 到 60999 吧？理论上能支持多少并发 TCP 连接？我们现在才几十路`),
    no(`新手问题：TIME_WAIT 是主动关闭的一方产生的吗？为什么我们 VOS 上也有一些`),
    no(`Bro, TIME_WAIT 150 je, normal kan? 客户叫我check一下`),
    no(`我们每天峰值大概 30 CPS，TIME_WAIT 最多六百左右，这个量级需要开 tw_reuse 吗`),
    no(`我部機 ss -s 出嚟 timewait 87，係咪好正常，唔使理？`),
    no(`tcp_fin_timeout 改成 30 有没有用？现在没出问题，只是想了解一下`),
    no(`# netstat -ant | awk '{print $6}' | sort | uniq -c
     45 ESTABLISHED
     12 LISTEN
    212 TIME_WAIT
每天差不多都这个数，有没有风险`),
    no(`請問 RST 關閉和一般 FIN 關閉，對 SIP over TLS 有什麼差別？只是想了解`),
    no(`我看文档说 RST 可以避免 TIME_WAIT 堆积，那我们现在 TIME_WAIT 才三百多，是不是没必要开`),
    no(`月报：本月平均并发 120，TIME_WAIT 峰值 900 左右，无告警。请确认是否需要调整内核参数`),
    no(`what is the max TIME_WAIT before it become a problem? now we see about 500 at peak, everything fine`),
    no(`tcp_tw_recycle 和 tw_reuse 有啥区别，网上说 recycle 对 NAT 有坑？`),
    no(`你哋建議 net.ipv4.tcp_max_tw_buckets 設幾多好？而家先得百幾個 TIME_WAIT`),
    no(`[语音] 哎 我想问一下啊 就是那个 TIME WAIT 是什么东西啊 我们技术说有两百多个 要不要紧啊 我们现在用得好好的`),
    no(`just want to confirm, SIP over UDP got TIME_WAIT or not? we only see a few dozen TCP TIME_WAIT, all from the web portal`),
    no(`面试被问到：高并发下 TIME_WAIT 太多怎么办？想听听你们专业的意见`),
    no(`ss -tan state time-wait | wc -l 出来 73，这是正常范围吧`),
    no(`SS_TCP_CLOSE_RESET 默認係 Off 定 On？我哋幾十路線，用唔用得著？`),
  ],
  firewallNoRst: [
    no(`新接了一个落地carrier，IP 103.xx.xx.10，麻烦帮我在防火墙放通 5060 UDP/TCP 给这个IP`),
    no(`我们的fail2ban把自己办公室的IP ban了，现在登录不了web，怎么解封`),
    no(`想請你們幫忙在 iptables 加一條規則，只允許台灣和香港的 IP 連 5060，其他國家擋掉`),
    no(`我哋 FortiGate 要開邊啲 port 俾 VOS？RTP 範圍係幾多到幾多？`),
    no(`can help whitelist our new office IP on the server firewall? we moved office last week, cannot login portal`),
    no(`大量 friendly-scanner 扫 5060，想加个限速 iptables hashlimit 规则，怎么写`),
    no(`路由器上做了端口映射，把外网 8080 映射到 VOS web，但外面访问不了，是不是 firewalld 也要开`),
    no(`关闭 SIP ALG 的方法？我们 pfSense 上有这个选项吗`),
    no(`Boss, nak block semua IP dari luar Asia, geo-block boleh buat kat server atau kena buat kat firewall depan?`),
    no(`客户的 ASA 要求我们提供 SIP 信令和媒体的源 IP 和端口清单，给他们加白名单，能发一份吗`),
    no(`防火墙日志一堆 DROP IN=eth0 SRC=185.x.x.x DPT=5060 这是被攻击了吧，需要再加规则吗`),
    no(`新carrier要求走TLS 5061，防火墙上要开什么`),
    no(`想把web管理端口只对公司IP开放，其他全部拒绝，iptables规则帮写一下`),
    no(`部雲主機嘅 security group 之前未開 10000-20000 UDP，打電話冇聲，開咗之後 OK 喇，想確認 RTP 範圍啱唔啱`),
    no(`fail2ban 误封了落地运营商的IP，导致呼叫全部失败，已经 unban 了，怎么加 ignoreip 永久白名单`),
    no(`our security team wants a rate limit of 50 REGISTER per second per IP on the edge firewall. will VOS be ok with that?`),
    no(`阿里云安全组要怎么配置话机才能注册？目前只开了 22 和 8080`),
    no(`我們 SonicWall 有 SIP Transformations 要不要關？聽說會改 SIP header`),
    no(`firewalld 怎么永久开放 5060/tcp，我一 reload 就又没了`),
    no(`Mar 12 10:22:31 vos kernel: SIPLOG IN=eth0 OUT= SRC=45.x.x.x DST=10.0.0.8 PROTO=UDP SPT=5070 DPT=5060
Mar 12 10:22:32 vos kernel: SIPLOG IN=eth0 OUT= SRC=45.x.x.x DST=10.0.0.8 PROTO=UDP SPT=5070 DPT=5060
这是我们自己加的 LOG 规则，帮看看这些 IP 哪来的，要不要 ban`),
    no(`你哋上次幫我開嘅 port 又唔見咗，重啟之後 iptables 規則冇 save，搞乜鬼`),
    no(`MikroTik port forward 5060 ke server VOS dalam LAN, but outside call masuk tak sampai. dstnat rule saya betul ke? 我贴给你看`),
    no(`准备在VOS前面加一台FortiGate，有什么需要注意的策略吗？SIP session helper要不要关`),
    no(`新的carrier用IP认证，要求我们固定出口IP，防火墙上SNAT怎么做`),
    no(`[语音] 你好 就是我们那个 新开的那个代理商 他说他那边打不进来 我看了一下 可能是防火墙没放他IP 你帮我加一下 IP是一一八点...我等下发文字给你`),
    no(`想开ICMP ping给carrier做监控，防火墙要怎么放`),
    no(`想問 VOS 的 web 介面能不能只開 HTTPS 443，80 擋掉？防火牆那邊要怎麼設`),
  ],
  negationContext: [
    no(`我们全部话机都是 UDP 注册的，没有 TCP，最近开了 RST 模式，会不会有影响？目前没发现问题`),
    no(`RST 我们从来没开过，SS_TCP_CLOSE_RESET 一直是 Off。今天有几台话机 unregistered，后来发现是客户改了密码，已经好了`),
    no(`上周TIME_WAIT三万多那个问题，你们帮忙改了参数之后已经好了，这周一直稳定，跟你报备一下`),
    no(`如果我们把RST打开，NAT后面的话机会不会掉注册？先问清楚再动`),
    no(`唔係我哋部機，係我朋友公司嗰部VOS成日address already in use，佢想問你哋收唔收佢做客`),
    no(`培训材料问题：FortiGate丢弃RST会导致什么现象？请给个标准答案，我们内部考试用`),
    no(`测试环境开了RST，实验室那台pfSense后面的呼叫挂死了，这是预期的吧？生产环境没开，也不打算开`),
    no(`昨晚监控报警 TIME_WAIT 3万，查了一下是监控脚本bug，把所有TCP状态都算进去了，实际只有几百，虚惊一场`),
    no(`我们没有改过任何东西，防火墙也没动过，RST也没开，就是今天通话质量差，有杂音有回声`),
    no(`FYI only - last month we had the NAT phones unregistered issue after RST on, you guys turned it back off, since then all good. no action needed`),
    no(`同事以前在别的公司遇到过开RST后防火墙丢包的事，他让我问问我们要不要提前防范，我们现在RST是关的`),
    no(`我們的話機都有 public IP，沒有 NAT，所以就算開 RST 應該也不會受影響對吧？只是確認，還沒開`),
    no(`Not urgent. Just asking, kalau branch phones behind NAT guna TCP, then we turn on RST mode, will they drop? We haven't turn on yet`),
    no(`密码改了以后话机注册不上，跟RST没关系吧？我们RST没动过`),
    no(`之前那个 BindException 是我们自己开发的程序bug，连接没关，已经修复上线了，不用再跟了`),
    no(`那个 cannot assign requested address 的告警是另一台测试机的，不是生产VOS，忽略就好`),
    no(`上个月事故复盘：峰值TIME_WAIT 2.8万，新呼叫失败，后来开RST解决了。现在写报告，想确认一下原理描述对不对`),
    no(`客户问我们会不会把RST开起来，他们前面是ASA，怕出问题。我们目前没打算开，怎么跟他解释比较好`),
    no(`話機unregistered嗰陣我以為係NAT問題，後尾發現係Wi-Fi斷咗，搞掂咗，唔使跟`),
    no(`告警误报：防火墙日志里 RST dropped 只有一条，是扫描器发的，跟我们SIP没关系，RST模式也没开`),
    no(`[语音] 那个 我就是跟你说一声啊 就是昨天说的那个话机掉线的问题 不是你们那边的 是我们这边有人把路由器拔了 现在已经好了 好 谢谢啊`),
    no(`考试题：SS_TCP_CLOSE_RESET 设为 On 对 SIP over UDP 有没有影响？A 有 B 没有，求答案`),
    no(`we are planning to move all phones to TCP next quarter. our RST is on now. should we turn it off before the migration? nothing broken now, just planning`),
    no(`不是TIME_WAIT的问题，ss -s看过了才几十个，呼叫失败是因为落地余额不足，已经充值了`),
    no(`上次你哋講開RST會搞亂防火牆，我哋已經冇開，而家防火牆冇事，純粹問吓SonicWall有冇咩best practice`),
    no(`Abang, the 30k TIME_WAIT screenshot I send yesterday is from the old server we already shut down. Please ignore ya`),
    no(`新同事问：为什么开RST以后NAT后面的话机会掉注册？我们没遇到过，就是想学习一下原理`),
  ],
  portExhaustion: [
    pe(`晚高峰VOS连落地全部失败，日志一直刷 connect failed: Cannot assign requested address，netstat看TIME_WAIT三万多，重启后好了，第二天又这样`),
    pe(`# ss -s
Total: 31245 (kernel 0)
TCP:   30871 (estab 412, closed 30310, orphaned 0, synrecv 0, timewait 30298/0), ports 0
高峰期新呼叫建立不了到carrier的TCP连接，现在就是这样`),
    pe(`每晚八點至十點call出唔到，log全部EADDRINUSE，TIME_WAIT成兩萬八，過咗十二點就自己好返`),
    pe(`peak hour our switch cannot open new TCP to the carriers, log say "address already in use" on outgoing connect, netstat show 28k time wait. restart fix it but comes back next day`),
    pe(`尖峰時段 CPS 一衝到 150 左右，VOS 就開始報 BindException，跟上游的 TCP 連線建不起來，TIME_WAIT 兩萬多`),
    pe(`老板 急！！！现在高峰 大量呼叫失败 TIME_WAIT 三万 新连接建不了 怎么办`),
    pe(`Bos, waktu peak malam, VOS tak boleh connect ke carrier TCP, error "Cannot assign requested address". time_wait sampai 29k. 重启就好 lepas sejam datang balik`),
    pe(`[语音转文字] 喂你好 我们这边呢 就是每天晚上七八点钟那个时候 话务一多就打不出去 技术说是什么端口用完了 TIME WAIT有两万多个 然后重启一下就好了 但是第二天又来 你们帮忙看一下`),
    pe(`转发我们技术的话：【高峰期 outgoing TCP connect 报错 errno 99，本地端口耗尽，netstat TIME_WAIT 2.9万，local port range 32768-60999】请你们处理`),
    pe(`# netstat -ant | grep TIME_WAIT | wc -l
31822
现在这个时间点到carrier的新连接一直失败`),
    pe(`Hello, our VOS3000 at high CPS can't create new TCP to vendor, "bind: address already in use" on local port, time_wait about 30 000. please help`),
    pe(`又嚟！第三晚喇！peak時段出局TCP連唔到，TIME_WAIT三萬幾，你哋到底識唔識整`),
    pe(`两万八的TIME_WAIT，高峰CPS 200，新TCP连接全部失败，半夜就自己好了，天天如此`),
    pe(`the carriers complain we got many failed calls between 8-11pm. our log full of EADDRINUSE when connect to their SBC over TCP. ss show tw 27k. after midnight normal`),
    pe(`每天下午兩點到四點業務高峰，VOS 對外的 SIP TCP 連線一直失敗，ss -s 的 timewait 三萬左右，重開機可以撐幾個小時`),
    pe(`2024-03-11 20:14:03 [ERR] TcpConnect to 203.x.x.x:5060 failed: Cannot assign requested address
2024-03-11 20:14:03 [ERR] TcpConnect to 203.x.x.x:5060 failed: Cannot assign requested address
2024-03-11 20:14:04 [ERR] TcpConnect to 61.x.x.x:5060 failed: Cannot assign requested address
每秒几十条，TIME_WAIT三万`),
    pe(`高峰出局失败 errno 99 TIME_WAIT 3W`),
    pe(`Hi support, every night peak our VOS no more local port, java.net.BindException at outgoing connect to carrier, time_wait 28,000+. after reboot ok for few hours only`),
    pe(`业务量翻倍后 每天高峰VOS连接落地网关失败 端口好像不够用了 TIME_WAIT堆到两万多 重启才恢复`),
    pe(`我哋CPS今個月升到三百幾，夜晚VOS開始出 "cannot bind local port"，出局TCP全部fail，TIME_WAIT數到3萬2`),
    pe(`客戶轉來的訊息：「晚上很多電話打不出去」，我們查了 VOS 是 TCP 連 carrier 的時候 address already in use，TIME_WAIT 兩萬九，目前還在發生`),
    pe(`现在！此刻！TIME_WAIT 32000还在涨，新呼叫建不起来，救命`),
    pe(`能不能帮忙远程看一下 高峰TCP外呼连不上 本地端口被TIME_WAIT占满了 ip_local_port_range还是默认的`),
    pe(`aiyo again lah, peak time cannot make new TCP connection to carrier, time wait 3万 plus, we restart already 2 times today`),
    pe(`Server VOS kami, bila CPS naik lebih 100, mula keluar error EADDRINUSE, TIME_WAIT 30 ribu lebih. 晚上traffic少就ok`),
    pe(`ss -s
Total: 29876 (kernel 0)
TCP:   29504 (estab 380, closed 29050, orphaned 3, synrecv 0, timewait 29041/0), ports 0
高峰期呼叫失败率40%，日志 cannot assign requested address`),
    pe(`刚上了一批新的呼叫中心客户，外呼CPS翻了三倍，从昨天开始每晚9点后VOS到上游的TCP建链失败，TIME_WAIT两万七八`),
    pe(`周末话务高峰又出问题了：connect到carrier的时候报 BindException: Address already in use (Bind failed)，跟上周一样，TIME_WAIT好几万`),
    pe(`部VOS一到繁忙時間就連唔到上游，TIME_WAIT衝到3萬，半夜先跌返落嚟，而家又開始喇`),
    pe(`urgent. outbound TCP to carriers failing at peak, 30k TIME_WAIT, EADDRINUSE. happening right now`),
  ],
  natUnregistered: [
    nat(`上周按你们建议把 SS_TCP_CLOSE_RESET 改成 On 了，从那以后分公司 MikroTik 后面的话机（TCP注册）老是显示未注册，公网IP的话机没问题`),
    nat(`自從開咗RST mode，屋企用Zoiper TCP嘅同事成日甩registration，寫字樓直連公網嘅話機就冇事`),
    nat(`開啟 RST 之後，我們分公司在 NAT 後面的 Yealink 話機（用 TCP）每隔幾分鐘就掉註冊，有公網 IP 的都正常`),
    nat(`since you guys turn on the RST thing last week, our branch phones behind the router (sip over tcp) keep going unregistered. the ones with public ip fine`),
    nat(`Lepas RST mode on, phone kat cawangan belakang NAT (guna TCP) asyik unregistered. Phone yang ada public IP ok je. UDP punya pun ok`),
    nat(`[语音转文字] 喂 那个 自从你们上次改了那个什么RST以后啊 我们那个家里办公的那些人 软电话老是掉线 就是显示未注册 公司里面的倒没事 他们用的是TCP的`),
    nat(`开了RST之后NAT后面TCP注册的分机全部unregistered，UDP的和公网的都好好的，现在还这样`),
    nat(`转发分公司IT：【自从周二总部那边改了交换机参数（好像是TCP close reset），我们这边MikroTik后面的40台话机TCP注册一直掉，重启话机能好几分钟】`),
    nat(`開咗個RST之後啲NAT後面嘅話機成日unregistered，你哋搞完就唔理？快啲睇吓`),
    nat(`After set SS_TCP_CLOSE_RESET=On, our home users softphone (TCP transport, behind home router NAT) lose registration every few minutes. Public IP phones no issue.`),
    nat(`改完 softswitch.conf 里的 SS_TCP_CLOSE_RESET="On" 并 reparse 后，门店路由器后面的 TCP 话机注册状态一直在在线和离线之间跳`),
    nat(`我們上週為了解決 TIME_WAIT 把 RST 打開了，結果分公司 NAT 後面走 TCP 的話機一直 unregistered，總公司公網的沒問題`),
    nat(`hi, RST on since Monday, our KL branch IP phones behind MikroTik using TCP keep drop register. the HQ phones on public IP ok. what to do`),
    nat(`RST开了以后 NAT后面的话机TCP注册老掉`),
    nat(`自从RST模式打开，在线话机数从300掉到180左右，掉的全是在NAT后面用TCP的，公网的一个没掉`),
    nat(`VOS注册列表：
8001-8040  unregistered   (分公司, NAT后面, TCP)
9001-9010  online         (公网IP)
上周三开了RST之后就这样，到现在还是`),
    nat(`我哋有班sales喺屋企用Linphone TCP連入嚟，自從reset模式on咗之後佢哋成日話registration failed，辦公室嗰啲直連公網冇問題`),
    nat(`boss ask me turn on RST mode to fix the time_wait, now the outlet phones (all behind the shop router, TCP) showing unregistered on and off. public ones fine. still happening now`),
    nat(`我们代理商反映：他那边的话机是在NAT后面走TCP注册的，从我们开启SS_TCP_CLOSE_RESET之后就一直掉注册，其他用UDP的代理商没事`),
    nat(`RST 開了之後，遠端在家上班同事的 MicroSIP（TCP）大概每 5 分鐘就變 Unregistered，重新註冊一下又好，公司內有固定 IP 的沒事`),
    nat(`Bos, sejak RST on, softphone staff WFH (TCP, belakang router rumah) selalu unregistered. 公司里公网的没问题`),
    nat(`开了RST以后分支机构那边（中间有一台NAT路由）TCP话机掉注册，抓包看RST发出去后路由器那边的映射就没了，注册续期一直失败`),
    nat(`话机掉注册！NAT后面的！TCP！开了RST以后才这样的！`),
    nat(`嗰日改咗SS_TCP_CLOSE_RESET做On，之後分店（行NAT）啲TCP話機一直unreg，UDP嘅分店冇事，公網嘅冇事`),
    nat(`Our SIP trunk customers fine, but the extensions at the branch office (NAT, TCP) go unregistered many times a day since the RST change. still ongoing`),
    nat(`我们前天开了RST解决端口耗尽，端口是好了，但是NAT后面TCP的话机开始掉注册了，现在掉得很厉害`),
    nat(`開 RST 後，我們在 NAT 後面用 TCP 註冊的 Cisco 話機會一直 re-register 失敗顯示未註冊，直接在公網的 OK`),
    nat(`[語音] 喂你好 我想講吓 就係你哋上次叫我哋開嗰個RST吖嘛 開咗之後呢 我哋分公司啲電話 佢哋係喺router後面嘅 用TCP嘅 就成日變咗未註冊 你幫我睇吓點算`),
    nat(`since last friday RST mode enable, the JB branch phones behind NAT (TCP) always unregistered, HQ public IP phones no problem, UDP phone also no problem`),
    nat(`掉注册的都是家庭宽带用户（光猫NAT后面，软电话TCP），开RST之前没这个问题，开了之后每天投诉几十个`),
  ],
  firewallRst: [
    fw(`开了RST之后经过FortiGate的呼叫一直失败，FortiGate日志里看到RST包被丢弃，对端那边连接还是ESTABLISHED`),
    fw(`自從開咗RST mode，經pfSense出去嘅call成日hang住，firewall log見到好多TCP RST dropped (invalid state)`),
    fw(`RST 打開之後，穿過 ASA 的 SIP TCP 呼叫常常失敗，ASA log 有 Deny TCP (no connection) flags RST，對端還保持半開連線`),
    fw(`since RST mode on, calls through our fortigate fail or stuck, fortigate log show the RST packets dropped. carrier side still see the tcp connection established`),
    fw(`Lepas RST on, call yang lalu firewall pfSense banyak fail / hang. Log pfSense tunjuk RST kena block. Pihak carrier kata connection masih open`),
    fw(`Mar 14 21:03:11 fw kernel: INVALID DROP IN=eth1 OUT=eth0 SRC=10.0.0.5 DST=203.x.x.x PROTO=TCP SPT=5060 DPT=41822 RST URGP=0
Mar 14 21:03:11 fw kernel: INVALID DROP IN=eth1 OUT=eth0 SRC=10.0.0.5 DST=203.x.x.x PROTO=TCP SPT=5060 DPT=41830 RST URGP=0
开RST以后这种日志一直刷，呼叫经常失败`),
    fw(`我们前面是iptables conntrack做的状态防火墙，VOS开了SS_TCP_CLOSE_RESET之后，很多呼叫建立失败，conntrack里那些连接一直ESTABLISHED不消`),
    fw(`我们VOS在腾讯云，前面是云防火墙，开RST后云防火墙日志显示RST被丢弃（状态不匹配），打往落地的电话接不通`),
    fw(`開了 RST 模式以後，SonicWall 後面的呼叫會卡住，SonicWall log 有 TCP packet received on non-existent/closed connection; TCP packet dropped`),
    fw(`[语音转文字] 喂你好 我们这边那个 就是上次开了那个RST之后 经过防火墙的那些电话 老是打不通 或者打通了挂不掉 防火墙那边的人说它把那个RST包给丢了 你看怎么弄`),
    fw(`FYI from our network team: "since VOS switched to RST close on Tuesday, the Palo Alto in front is discarding the RSTs as out-of-state, carrier SBC still holding the sessions, call setup failing". pls check asap`),
    fw(`自从改了SS_TCP_CLOSE_RESET=On，走FortiGate的那条carrier中继大量呼叫失败，对端说他们那边TCP连接一直挂着是ESTABLISHED`),
    fw(`開咗RST之後經防火牆嘅call全部亂晒，ASA唔認啲RST直接drop，對面個connection仲喺度，快啲搞掂佢啦`),
    fw(`RST开了 防火墙丢RST 电话打不出`),
    fw(`Hi team, after enabling RST close, calls via our SonicWall to the carrier hang at setup. SonicWall shows RST dropped as invalid. far end keeps half-open sockets. happening now`),
    fw(`Sejak tukar ke RST mode, calls through FortiGate 60F banyak drop, 日志显示 "tcp RST packet dropped"，carrier那边说connection一直established`),
    fw(`开RST之后pfSense状态表里一堆ESTABLISHED:ESTABLISHED不消失，新呼叫撞到旧状态就挂了`),
    fw(`我們上週把 RST 打開解決 TIME_WAIT，但現在經過 FortiGate 的 TCP 呼叫大約三成失敗，FortiGate 顯示 RST 被丟棄`),
    fw(`iptables -L -v 看 INVALID 那条 DROP 规则计数一直涨，抓包全是VOS发出去的RST，开RST模式以后才有，呼叫失败率上来了`),
    fw(`我哋carrier話佢嗰邊見到好多half-open TCP，自從我哋VOS開咗RST，中間部FortiGate食咗啲RST，call成日fail`),
    fw(`客户转来的：「我們那邊防火牆（ASA）看到你們送過來的 RST 都被擋了，電話建立常常超時」— 我们这边确实上周开了RST`),
    fw(`RST on already 3 days, calls passing our pfsense keep timeout, pfsense log many TCP:R blocked. carrier got many stale connections`),
    fw(`前面那台防火墙把VOS发的RST当成非法包扔了，开RST之前没这问题，现在呼叫一半建不起来`),
    fw(`date=2024-03-15 time=20:11:42 type="traffic" subtype="forward" srcip=10.1.1.20 srcport=5060 dstip=58.x.x.x dstport=39112 proto=6 action="deny" msg="TCP RST packet dropped, no session"
开了RST之后全是这个，通话失败`),
    fw(`after change SS_TCP_CLOSE_RESET to On, calls going thru the ASA hang, the other side connection still open. ASA drop the RST. still happening`),
    fw(`开了RST 防火墙那边conntrack一直报invalid丢包 然后话单里好多呼叫失败 对端说我们连接没断`),
    fw(`[語音] 那個我跟你說 就是RST開了之後 防火牆那邊就一直擋那個RST的封包 然後電話就常常卡住撥不出去 對方那邊連線都還在`),
    fw(`SonicWall後面嘅carrier中繼自從RST mode on之後call fail率好高，log話RST dropped，對方SBC仲有好多ESTABLISHED`),
    fw(`网络组说FortiGate的session表里VOS到carrier的TCP会话都还在，RST被策略丢了；这是开RST之后开始的，现在呼叫失败率25%`),
    fw(`AWS 上面 security group 加 NACL，开了 RST 之后到 carrier 的 TCP 呼叫一半失败，抓包看 RST 根本没出去，对面还挂着连接`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning234Set: readonly EvalItem[] = Object.values(tuning234Families).flat();
