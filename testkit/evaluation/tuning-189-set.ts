import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP operators, carriers and call centres writing Chinese: mainland Mandarin in simplified characters, WeChat
 * style ("老板", "兄弟", "麻烦看下"), about 50%; Taiwan in traditional characters ("請問", "麻煩"), about 20%; Hong
 * Kong Cantonese in traditional characters ("唔該", "咗", "冇", "啲"), about 20%; Malaysian and Singaporean Chinese
 * mixing English ("lah", "boss"), about 10%. Numbers as "3万", "三萬", "2万8", "28000", "28k", "两万多"; English
 * technical words and pasted ss/netstat/firewall output.
 *
 * The hundred-and-eighty-ninth tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-eighty-ninth never-tuned set, before the sixty-seventh
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-seventh round, then made tuning
 * material for the sixty-eighth: bench/classify lists its misses.
 *
 * Two messages, one of negationContext and one of portExhaustion, which normalised as ones of the hundred-and-fifty-fourth
 * and hundred-and-seventieth tuning splits, were left out.
 * First measured, before any tuning on it: in scope 93.3 %, negatives confident 4.5 %, confident wrong 0 % with the rules of
 * the sixty-sixth round, before the sixty-seventh.
 * After the sixty-seventh round: in scope 93.3 %, negatives confident 3.7 %, confident wrong 0 %.
 * After the sixty-eighth round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning189Families = {
  oneListeningPort: [
    no(`老板，web管理界面打不开了，看了下tomcat日志
java.net.BindException: Address already in use: bind
端口是8080，是不是有别的程序占了？`),
    no(`兄弟 麻烦看下，服务器重启完 mbx3000d 起不来，日志里写 bind 5060 failed: Address already in use，ps 看到还有个老的 mbx3000d 进程没退出，要直接 kill 吗`),
    no(`nginx 起不来了
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
nginx: [emerg] still could not bind()
我们昨天在这台VOS上装了个宝塔面板，是不是冲突了`),
    no(`急！mysql启动失败，error.log里：
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
话单现在都查不了`),
    no(`麻烦问下，我们开发在他自己笔记本上跑对接计费的小程序，npm run dev 报 Error: listen EADDRINUSE: address already in use :::3000，他说是VOS的问题，跟VOS有关系吗？`),
    no(`老板 我们想在VOS服务器上用docker跑个grafana监控面板，docker run -p 8080:8080 报 Bind for 0.0.0.0:8080 failed: port is already allocated，是不是被VOS的web占了？换个端口就行吧`),
    no(`redis 起不来：Could not create server TCP listening socket *:6379: bind: Address already in use
之前装过一个redis没卸载干净？话务都正常，就是这个服务起不来`),
    no(`老板 昨天机房断电，来电后话机都注册不上，查了下是 mbx3000d 没起来，netstat -tlnp | grep 5060 显示被一个 sipp 进程占着，是我们之前调试忘关的。这个kill掉就行吧？`),
    no(`Apache 起不来
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80
(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:80
no listening sockets available, shutting down
服务器上还跑了个nginx，是这个原因吗`),
    no(`充值页面那个java程序重启后报 Address already in use，端口 8443，lsof 看是旧的pid还在，kill掉旧的再启动就好了吗？别的都正常`),
    no(`兄弟，VOS的web端口我从8080改成了8081，重启tomcat还是说 Address already in use，lsof -i:8081 显示被一个 java 占着，应该是原来那个没退干净`),
    no(`我们录音服务器监听9000端口起不来，报 EADDRINUSE。现在话务量很小，就这一个服务起不来，其他都好的，麻烦看下谁占了9000`),
    no(`老板，升级到 VOS3000 2.1.8.05 以后 emp 服务启动报 端口1099已被占用 (Address already in use)，ps 看到还有个 rmiregistry 在跑，是上个版本留下的吗`),
    no(`麻烦看下 supervisor 拉起我们的话单API服务一直失败，日志
OSError: [Errno 98] Address already in use
端口5000，就这个接口挂了，呼叫都正常`),
    no(`您好，請問網頁管理介面 8080 開不起來，catalina.out 顯示 java.net.BindException: Address already in use (Bind failed)，昨天有同事在同一台裝了 Jenkins，麻煩協助確認`),
    no(`請問重開機以後 mbx3000d 起不來，log 寫 5060 已被佔用，用 netstat -tlnp 看是 asterisk 在聽，那台以前有裝過 asterisk，要怎麼處理比較好`),
    no(`麻煩一下，我們的 MySQL 3306 起不來，說 Address already in use，是不是要先把舊的 mysqld 砍掉再啟動？`),
    no(`工程師好，nginx 反向代理設定完 reload 失敗：bind() to 0.0.0.0:80 failed (98: Address already in use)，是因為 httpd 也在跑嗎？`),
    no(`我們自己寫的話單匯出程式用 docker compose up 時出現 Bind for 0.0.0.0:8088 failed: port is already allocated，請問要怎麼查是誰佔用這個 port`),
    no(`唔該睇下，web portal 開唔到，tomcat log 話 Address already in use 8080，係咪有第二個程式霸咗個port？`),
    no(`啱啱restart咗部機，softswitch 起唔返，log 話 5060 Address already in use，ps 見到舊嗰個 mbx3000d 仲喺度冇死，kill -9 得唔得？`),
    no(`同事部 MacBook 行緊個 dev server，出 EADDRINUSE 127.0.0.1:3000，佢話係VOS問題，我覺得唔關事，幫手確認下`),
    no(`唔該，mysql 起唔到，Address already in use，之前有人裝咗 mariadb 喺同一部機，而家 cdr 查唔到`),
    no(`nginx reload 唔到，話 443 bind failed (98: Address already in use)，我哋有個 haproxy 都聽緊443，係咪撞咗？`),
    no(`boss, our tomcat for the VOS web cannot start lah, log say Address already in use port 8080, 我看是 another java process 占着, how to find which one ah?`),
    no(`hi boss, docker container for our billing portal cannot start, error "port is already allocated" 3306, 是不是 mysql 已经在 host 上跑了?`),
    no(`Boss 早, after reboot the softswitch 5060 bind fail, Address already in use, 我 check 了是 old process still hanging there, kill 了就可以吗?`),
  ],
  otherRegistrationCause: [
    no(`老板，客户那边几十个话机今天早上全部掉注册了，后来发现是他们改了账户密码没同步到话机，VOS日志一直刷 401 Unauthorized`),
    no(`兄弟 我们网关机房迁移换了IP，VOS上账户还是绑定的旧IP，所以显示未注册，麻烦帮忙改一下`),
    no(`麻烦看下，账户欠费停机以后话机全部 unregistered，刚充了2万，还是没恢复，要等多久？`),
    no(`客户那边小区停电，路由器和话机都没电，注册全掉了。来电以后会自动注册回来吗？`),
    no(`我们全部是UDP，宽带从电信换成联通之后，话机注册不上了，在NAT后面，路由器也是新换的，是不是新路由器开了 SIP ALG？`),
    no(`域名 sip.xxvoip.com 解析改到新服务器了，话机还在往老IP注册，所以都掉注册了，DNS TTL 设太长了，有办法加快吗`),
    no(`老板，VOS 授权到期了，提示 license expired，今天所有账户都注册不了，续费找谁？`),
    no(`话机注册一直返回 403 Forbidden，查了下是新网段的IP没加到白名单，加哪里？`),
    no(`分机注册一会儿就掉，抓包看是路由器的 SIP ALG 把 Contact 改乱了。我们是 UDP 5060，RST 那个参数从来没动过，关掉ALG应该就好吧`),
    no(`老板 办公室网络断了一上午，所有分机 unregistered，现在网恢复了，还有三台没回来，要重启话机吗`),
    no(`这个账户有效期到昨天，过期了所以注册不上，续期在哪里操作？客户着急`),
    no(`GoIP 网关显示 注册失败，原因找到了：同事把注册密码改成了带 # 的，网关不支持这个字符`),
    no(`麻烦看下，MikroTik 那边换了新的公网IP后话机全掉了，我们是UDP，VOS里账户用的是IP认证，要改成新IP吧`),
    no(`兄弟，客户说话机全部 offline，到现场看是PoE交换机坏了，话机根本没电，换了交换机就好了，这个不用你们处理，跟你说一声`),
    no(`您好，請問我們公司的話機今天全部顯示未註冊，後來查到是 IT 把 SIP 密碼重設了，要怎麼批次修改話機上的密碼？`),
    no(`請問帳戶因為餘額不足被停用，話機就顯示 unregistered，儲值 三萬 之後多久會恢復？`),
    no(`麻煩一下，我們換了中華電信光世代，固定IP變了，VOS 那邊 IP 認證要改，現在都註冊不上`),
    no(`請問分機一直 401 註冊失敗，帳號密碼確認過了，後來發現是 auth ID 打錯一個字，改完就好了，另外想問 auth ID 跟帳號一定要一樣嗎？`),
    no(`颱風停電，整棟樓的話機都離線，電來了以後大部分回來了，剩幾台還是未註冊，要重開嗎？`),
    no(`唔該，成個office啲電話 unregistered，原來係 IT 改咗 sip password 冇通知我哋，而家逐部改緊`),
    no(`啲分機今朝冇咗註冊，原來個 broadband 斷咗，PCCW 話搞緊，得返我哋都要做咩？`),
    no(`個 account 過咗期，所以註冊唔到，點樣續期？`),
    no(`換咗新 router 之後啲話機註冊唔到，我哋用 UDP，聽講要閂 SIP ALG？`),
    no(`唔該睇下，gateway 一直 403，我諗係 IP 白名單冇加新個 IP，我哋上個禮拜搬咗 data centre`),
    no(`boss, customer side all phone unregistered lah, 原来他们 unpaid balance 被 suspend 了, after payment 多久 can register back?`),
    no(`Hi boss, 我们换了 Maxis fibre, public IP change already, VOS 那边 IP auth 没改所以 register fail, can help update?`),
    no(`boss, 昨晚 power cut whole shophouse, this morning phones still offline, router 还没 on, later I check lah`),
  ],
  smallFigures: [
    no(`老板 看了下 ss -s，凌晨没什么话务，这个正常吗？
Total: 512 (kernel 0)
TCP:   421 (estab 86, closed 312, orphaned 0, synrecv 0, timewait 298/0), ports 0`),
    no(`兄弟，SS_TCP_CLOSE_RESET 这个参数是干嘛的？开了有什么好处坏处`),
    no(`麻烦问下，如果我们把 RST 模式打开，NAT 后面的话机会不会受影响？我们现在还没开，想先了解`),
    no(`TIME_WAIT 到底是什么意思？netstat 里面看到 200 多个，需要处理吗`),
    no(`我们现在 CPS 峰值才 15，time_wait 一百来个，要不要调 tcp_tw_reuse？没报错`),
    no(`netstat -ant | grep TIME_WAIT | wc -l
87
这个数正常吧？`),
    no(`请问 ip_local_port_range 现在是默认的 32768 60999，我们一天大概 2万8 通电话，需要改大吗？目前没问题`),
    no(`想问下，话机全是 SIP over UDP 的话，SS_TCP_CLOSE_RESET 有没有作用？`),
    no(`老板 我们计划明年并发做到两万多，到时候要不要开 RST 模式？现在量还很小`),
    no(`巡检报告帮看看有没有问题：TIME_WAIT 412，ESTABLISHED 120，CPU 10%，内存 40%`),
    no(`开 RST 模式以后，防火墙会不会有问题？我们前面是 FortiGate，还没改，先问问`),
    no(`tcp_tw_reuse 现在是 0，要不要打开？目前没有任何报错，只是问问`),
    no(`ss -tan state time-wait | wc -l 出来是 56，凌晨三点，正常吗`),
    no(`FIN 和 RST 两种关闭有什么区别，能简单讲下吗？给新来的NOC同事培训用`),
    no(`請問 TIME_WAIT 大約 500 個，我們每秒大概 5 通，這樣算多嗎？`),
    no(`請問 SS_TCP_CLOSE_RESET 預設是 Off 嗎？我們想先了解一下再決定要不要改`),
    no(`您好，如果改成 RST 模式，家用分享器後面的話機會掉註冊嗎？先問清楚再改`),
    no(`麻煩幫看這個 ss -s 是否正常，目前離峰：
TCP:   233 (estab 61, closed 150, orphaned 0, timewait 140/0), ports 0`),
    no(`請問改 softswitch.conf 之後執行 service mbx3000d reparse 會不會斷線？我們只是要改一個參數，想先確認`),
    no(`唔該問下，TIME_WAIT 係咩嚟？我見到有百幾個，使唔使理？`),
    no(`如果開咗 RST mode，啲用 TCP 嘅話機會唔會有事？我哋未開住，想問清楚先`),
    no(`ss -s 睇到 timewait 320，夜晚冇乜 call，正常嘛？`),
    no(`SS_TCP_CLOSE_RESET 開同唔開有咩分別？老細叫我寫個報告`),
    no(`我哋 peak 先 10 CPS，需唔需要調 ip_local_port_range？`),
    no(`boss, netstat see TIME_WAIT around 200 only, normal or not ah? quiet time now`),
    no(`hi boss 想问 if we on the RST mode, our Sophos firewall will block or not? still haven't change anything lah`),
    no(`boss, tcp_tw_reuse 要 on 吗? now everything running ok, just asking for planning`),
  ],
  firewallNoRst: [
    no(`老板 麻烦在防火墙上放行 5060 TCP 和 UDP，还有 RTP 10000-20000，新服务器刚上架`),
    no(`兄弟，新对接的落地 carrier IP 是 203.0.113.45，要加白名单，FortiGate 上怎么加？`),
    no(`fail2ban 把我们自己办公室的IP ban 了，web 登不上，怎么解封？`),
    no(`MikroTik 上 /ip firewall service-port 里 sip 是开着的，这个 SIP ALG 要不要关掉？`),
    no(`请帮忙看下这份 iptables 规则有没有问题，想做个安全加固：
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT
-A INPUT -p tcp --dport 22 -s 10.0.0.0/8 -j ACCEPT
-A INPUT -j DROP`),
    no(`端口映射问题：路由器上把 5060 转发到VOS内网 192.168.1.10，具体怎么配？`),
    no(`想屏蔽海外IP，只允许国内访问 web 端口，geo-block 怎么做比较好`),
    no(`pfSense 上新建了规则放行 carrier，但是对方说 OPTIONS 还是没回应，麻烦看下规则顺序是不是写错了`),
    no(`最近 SIP 扫描特别多，防火墙日志全是 friendly-scanner，要怎么挡？`),
    no(`客户要求我们出局只能用固定IP，ASA 上 NAT 要怎么配？`),
    no(`老板 Cisco ASA 升级以后要不要重新配 sip inspect？现在一切正常，就是问下`),
    no(`麻烦看看 firewalld 要开哪些端口给 VOS3000，新装的系统`),
    no(`客户那边的 Sophos 把我们的 RTP 挡了，单通，麻烦看看要放行哪些端口`),
    no(`我们打算把 TCP 5060 对外关掉，只留 UDP，iptables 这样写对吗：-A INPUT -p tcp --dport 5060 -j DROP`),
    no(`請問 FortiGate 上要開哪些 port 給 VOS？我們新買的設備`),
    no(`麻煩幫我們把新的 carrier IP 加到白名單，IP 等一下傳給你`),
    no(`fail2ban 把客戶的 IP 擋掉了，他們打不進來，請問怎麼解除？`),
    no(`請問 SIP ALG 要關嗎？我們是 pfSense，目前一切正常`),
    no(`想請你們幫忙 review 一下防火牆設定，規則截圖已經附上`),
    no(`唔該幫手喺 firewall 開 5060 同 RTP port range`),
    no(`fail2ban ban 咗我哋自己 office IP，入唔到 web，點 unban？`),
    no(`新 carrier 個 IP 要 whitelist，唔該`),
    no(`想 block 晒海外 IP，淨係留香港同大陸，geo-block 點搞？`),
    no(`個 router 要 port forward 5060 去內網部 VOS，唔該教下`),
    no(`boss, pls help open port 5060 on our firewall, new carrier going live tonight lah`),
    no(`hi boss, fail2ban ban 了 our reseller IP, can help unban? 他们 cannot login web`),
    no(`boss, 要 disable SIP ALG on the Unifi router 吗? 我们 UDP only, just want to confirm`),
  ],
  negationContext: [
    no(`老板 上个月那个 TIME_WAIT 几万个的问题已经解决了，现在峰值也就三四百，谢谢`),
    no(`我们全部用 UDP，RST 那个参数从来没开过，有几台话机掉注册，查了是客户自己改了密码，已经改回来了`),
    no(`兄弟，SS_TCP_CLOSE_RESET 我查了，是 Off，没人动过。话机掉注册是因为改了密码，现在都注册上了，不用再看了`),
    no(`转发一个老工单存档：
2023年3月 客户 TIME_WAIT 3万多，端口耗尽，已开 tcp_tw_reuse 并扩大 ip_local_port_range 解决。
无需处理。`),
    no(`谢谢老板，昨天改完之后 ss -s timewait 从 2万8 降到 600 多，现在高峰也没有 cannot assign requested address 了`),
    no(`上周防火墙丢 RST 的问题，FortiGate 改了策略之后已经好了，这条只是告知一下`),
    no(`话机掉注册跟 RST 没关系，我们改了密码之后忘了同步到话机，现在好了`),
    no(`没人改过任何东西，RST 一直是关的，今天早上是机房断网，已经恢复了`),
    no(`老板 之前说的开 RST 模式我们最后没开，继续用默认的 FIN，问题也没出现过`),
    no(`那个 Address already in use 是上个月 tomcat 的事，已经处理了。今天想问别的：话单导出能不能按天分文件？`),
    no(`我们不用 TCP，所有话机都是 UDP，所以你说的 NAT 加 RST 应该不适用吧？掉注册是因为宽带换了IP，已经改好了`),
    no(`之前的端口耗尽已经解决，贴一下现在的 ss -s 给你看：
TCP:   380 (estab 140, closed 235, orphaned 0, timewait 230/0)`),
    no(`回复上条：不是防火墙丢包，我们查了 FortiGate 日志，没有 no session matched，是落地那边线路故障，对方已确认`),
    no(`昨天 RST 改回 Off 之后，NAT 后面的话机全部注册回来了，谢谢，问题关闭`),
    no(`謝謝，上週 TIME_WAIT 爆量的問題調完參數就沒再發生了，現在尖峰大概 四百 個`),
    no(`轉寄舊工單備查：防火牆擋 RST 的問題已於上月解決，不需處理`),
    no(`我們的 SS_TCP_CLOSE_RESET 一直都是 Off，從沒開過，話機掉線是因為密碼改了，已處理`),
    no(`沒有人改過設定，話機掉註冊是因為颱風停電，現在都回來了`),
    no(`唔該晒，上個禮拜 TIME_WAIT 幾萬個嘅問題搞掂咗，而家得返百幾個`),
    no(`我哋從來冇開過 RST，全部 UDP，所以應該唔係你講嗰個問題，啲機 unregistered 係因為改咗 password`),
    no(`firewall 嗰邊 drop RST 嘅問題已經 solve 咗，今日只係想 close 個 ticket`),
    no(`forward 個舊 case 俾你做記錄：去年 port 用晒嗰次，已經改咗 tcp_tw_reuse，冇再發生`),
    no(`冇人郁過 config，RST 一直 off，今朝係 PCCW 條線斷咗，而家好返`),
    no(`thanks boss, after your change yesterday TIME_WAIT drop from 3万 to 500 only, peak time also no more error lah`),
    no(`boss, we never on the RST mode, all UDP one, phone unregistered because customer change password lah, settle already`),
    no(`fyi boss 旧的 case: last month firewall drop RST issue already solved after Sophos policy update, 不用处理`),
  ],
  portExhaustion: [
    pe(`老板急！晚高峰呼叫大量失败，日志里一直刷 connect() failed: Cannot assign requested address，ss -s 看 timewait 4万多`),
    pe(`兄弟 麻烦看下，每天晚上 8 点到 10 点，VOS 往落地 carrier 的 TCP 连不出去，netstat 看 TIME_WAIT 3万8`),
    pe(`[root@vos ~]# ss -s
Total: 65421 (kernel 0)
TCP:   63210 (estab 1203, closed 61890, orphaned 12, synrecv 0, timewait 61877/0), ports 0
高峰期新呼叫建不了TCP连接，发出去的 INVITE 全失败，麻烦看下`),
    pe(`我们 CPS 到 200 以上就开始报 EADDRINUSE，是 VOS 主动连落地网关的时候，不是监听端口，低峰完全正常`),
    pe(`老板 高峰期 mbx3000d 日志一直 bind: Address already in use，是外呼连对端的时候出的，TIME_WAIT 两万多，呼损很高`),
    pe(`跑在同一台VOS服务器上的计费接口，高峰期连 VOS 报 java.net.BindException: Cannot assign requested address，TIME_WAIT 好几万`),
    pe(`每天忙时掉一堆呼叫，闲时正常。看了 ip_local_port_range 是 32768 60999，TIME_WAIT 接近 2万8，是不是端口不够用了`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
   1203 ESTABLISHED
     12 LISTEN
  31542 TIME_WAIT
高峰期呼损 30%，麻烦看下`),
    pe(`老板 中午 12 点呼叫中心外呼量一上来，SIP over TCP 新连接就建不起来，日志 cannot assign requested address`),
    pe(`我们用 TCP 对接 3 个落地，CPS 峰值 300，现在每到高峰就端口耗尽，新连接失败，要不要开 RST？`),
    pe(`麻烦看下，一到高峰 ss 里 time-wait 就 5万多，然后新的 TCP 连接全部失败，流量一降就好了`),
    pe(`兄弟，这两天晚上呼损暴增，应用日志 connect: Cannot assign requested address (errno 99)，都是往外连的`),
    pe(`老板 今天双十一外呼活动，CPS 冲到 400，TIME_WAIT 六万多，外呼全挂了，救命`),
    pe(`忙时 SIP TCP 出局失败，netstat 统计 TIME_WAIT 45000+，本地端口基本用完了`),
    pe(`客户反馈每天 9 点到 11 点打不出去，我们看服务器 TIME_WAIT 3万多，connect 报 EADDRNOTAVAIL`),
    pe(`請問每天下午客服中心外撥量大的時候，VOS 對外的 TCP 連線就建立不起來，ss -s 看到 timewait 42000`),
    pe(`麻煩幫看，尖峰 CPS 約 250：
# netstat -ant | grep -c TIME_WAIT
38721
這時候新的外撥幾乎都失敗，離峰就正常`),
    pe(`麻煩一下，忙時 mbx3000d 往 carrier 建連線一直報 EADDRINUSE，離峰就正常`),
    pe(`我們 port range 是預設的，尖峰 TIME_WAIT 兩萬八，新通話一直失敗`),
    pe(`請問是不是 port 用完了？晚上八點後外撥 SIP TCP 全部 connect 失敗，TIME_WAIT 五萬`),
    pe(`唔該急，peak hour 啲 call 大量 fail，log 成日出 Cannot assign requested address，TIME_WAIT 有四萬幾`),
    pe(`每晚 8 點到 10 點 outbound TCP connect 唔到，ss -s timewait 3萬幾`),
    pe(`唔該睇下：
TCP:   58012 (estab 980, closed 56870, orphaned 4, timewait 56861/0), ports 0
繁忙時間開唔到新 TCP 連線，打出去全部 fail`),
    pe(`call centre 一開 campaign，CPS 上到 200，就出 EADDRINUSE，係連去 carrier 嗰啲`),
    pe(`係咪 ephemeral port 用晒？TIME_WAIT 五萬幾，peak 冇新 connection`),
    pe(`繁忙時間打唔出，timewait 6萬，connect 全部 cannot assign requested address`),
    pe(`boss urgent lah, peak hour call fail a lot, log say Cannot assign requested address, TIME_WAIT 有 3万多`),
    pe(`boss, every night 9pm outbound to carrier TCP cannot connect, ss -s timewait 28k, port finish already ah?`),
    pe(`hi boss, our CPS peak 300, then start EADDRINUSE when VOS connect to vendor, off peak ok one`),
  ],
  natUnregistered: [
    nat(`老板 昨天你们把 SS_TCP_CLOSE_RESET 改成 On 之后，我们客户家里路由器后面的话机全部掉注册了，都是 TCP 注册的`),
    nat(`兄弟，自从开了 RST 模式，MikroTik 后面的分机隔几分钟就 unregistered 一次，SIP 走的 TCP`),
    nat(`麻烦看下，昨天你们改了那个关闭方式之后，办公室 NAT 后面的 Yealink 话机一直显示注册失败，TCP 的，公网IP的网关没问题`),
    nat(`开 RST 以后，用 TCP 的 Zoiper 软电话在家里宽带下都注册不上了，切到 4G 有时候可以`),
    nat(`老板 上周开了 SS_TCP_CLOSE_RESET=On 之后，家用路由器后面的 GoIP 网关频繁掉注册，TCP 注册，日志看是连接被重置后重新注册`),
    nat(`我们有 200 多个分机在客户办公室 NAT 后面，走 TCP 5060，昨天晚上你们改完那个参数之后大部分 unregistered`),
    nat(`自从改成 RST 关闭，Linphone 用 TCP 注册，一会儿在线一会儿离线，路由器后面的都这样`),
    nat(`注册日志：
REGISTER sip:vos.example.com (TCP) from 113.92.x.x:53211 ... registration expired
REGISTER sip:vos.example.com (TCP) from 113.92.x.x:53877 ... registration expired
都是 NAT 后面的话机，昨天开 RST 之后就这样了`),
    nat(`我们改完 softswitch.conf 把 SS_TCP_CLOSE_RESET 打开，reparse 之后，NAT 后面的 TCP 话机成片掉线`),
    nat(`兄弟，RST 模式开了之后，酒店项目的话机（都在酒店内网 NAT 后面，TCP 注册）今天早上全部未注册`),
    nat(`开了 RST 之后，外地分公司的话机（路由器后面，TCP）一直 re-register，VOS 上看时有时无`),
    nat(`之前 FIN 关闭没问题，切到 RST 之后，NAT 后面 TCP 注册的话机都掉了，UDP 的没事`),
    nat(`你们说开 RST 能解决 TIME_WAIT，我们开了，但现在坐席在家里用 TCP 的软电话全掉注册了`),
    nat(`老板，昨天按你们说的切换关闭方式以后，家宽用户的话机一直报注册超时，都是 TCP 的，在光猫后面`),
    nat(`麻烦看下，开 SS_TCP_CLOSE_RESET 后 MikroTik 后面 50 个分机离线，MikroTik 上看 TCP 连接被 reset，分机走 TCP 注册`),
    nat(`您好，自從昨天 SS_TCP_CLOSE_RESET 改成 On 之後，我們客戶家裡分享器後面的話機都顯示未註冊，都是 TCP`),
    nat(`請問改成 RST 模式後，辦公室 NAT 後面的分機一直掉註冊，用 TCP 的，公網 IP 的沒事`),
    nat(`麻煩一下，你們上週改了關閉模式，從那天起在家工作的客服 softphone 用 TCP 一直註冊失敗`),
    nat(`開了 RST 之後，中華電信數據機後面的話機每隔幾分鐘就離線，TCP 5060`),
    nat(`請問 RST 開啟後 Grandstream 話機（在 NAT 後面，TCP transport）常常 unregistered，要怎麼處理`),
    nat(`改完 SS_TCP_CLOSE_RESET 做 reparse 之後，分店（都在 NAT 後面，TCP 註冊）的話機全部掉線`),
    nat(`唔該，自從開咗 RST mode，屋企 router 後面啲話機成日 unregistered，用緊 TCP`),
    nat(`琴日你哋改咗 SS_TCP_CLOSE_RESET 之後，office NAT 後面啲 Yealink 全部註冊唔到，TCP 嘅`),
    nat(`開咗 RST 之後，啲 work from home 同事嘅 softphone (TCP) 一陣 online 一陣 offline`),
    nat(`唔該睇下，轉咗 RST 關閉之後，分店啲 gateway 喺 NAT 後面成日甩註冊，佢哋行 TCP`),
    nat(`RST mode 開咗之後，用 TCP 嘅話機喺 router 後面就註冊唔返，公網嗰啲冇事`),
    nat(`自從琴晚改完 close reset 做咗 reparse，啲喺 NAT 後面嘅分機冇咗註冊，TCP transport`),
    nat(`boss, since you on the RST mode yesterday, our customer phones behind home router all unregistered lah, all TCP`),
    nat(`hi boss, after SS_TCP_CLOSE_RESET change to On, phones behind MikroTik keep drop registration, TCP 5060`),
    nat(`boss, 自从 switch to RST close, our agents softphone at home (TCP) cannot register, office public IP ok`),
  ],
  firewallRst: [
    fw(`老板 开了 RST 模式以后，经过 FortiGate 的呼叫一直挂断，FortiGate 日志全是 no session matched`),
    fw(`兄弟 改了 SS_TCP_CLOSE_RESET 之后，iptables 日志一堆 INVALID DROP，都是 flags RST 的包，然后呼叫就挂死了`),
    fw(`FortiGate 日志：
date=2024-05-13 time=21:04:17 type="traffic" subtype="forward" srcip=10.10.1.5 srcport=5060 dstip=203.0.113.20 dstport=41822 proto=6 action="deny" msg="no session matched" tcpflags="RST"
昨天开 RST 后开始刷屏，TCP 中继的呼叫一直失败`),
    fw(`Cisco ASA 日志：
%ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 203.0.113.8/41234 flags RST on interface inside
开 RST 以后呼叫建立很慢，一直重试，麻烦看下`),
    fw(`pfSense 日志大量 TCP:R 被 block，就是从我们开 SS_TCP_CLOSE_RESET 那天开始的，现在呼叫有时候挂不断`),
    fw(`自从你们改了关闭模式，carrier 那边说他们的防火墙把我们发的 RST 丢了，通话结束以后线路一直占着不释放`),
    fw(`开 RST 之后 iptables -m state --state INVALID -j DROP 这条规则的计数器暴涨，conntrack -S 里 invalid 一直涨，呼叫失败`),
    fw(`老板 Sophos XG 日志 "out of state" 丢包，目标是 VOS 的 5060/TCP，开了 RST 模式之后才出现，通话老掉线`),
    fw(`MikroTik 防火墙 connection-state=invalid action=drop 那条规则计数猛增，抓了下全是 VOS 发出的 RST，呼叫也挂了`),
    fw(`昨天你们帮我们改完那个参数以后，FortiGate 后面的客户呼叫中心一半的呼叫挂死不释放，防火墙上看到 reset 包被 deny`),
    fw(`兄弟 tcpdump 看到 VOS 确实发了 RST，但是 ASA 给丢了（Deny TCP (no connection) ... flags R），然后下一通呼叫一直连不上`),
    fw(`开 RST 以后，客户的 pfSense 记录 TCP:RA blocked，通话中途断`),
    fw(`麻烦看下，RST 模式之后 iptables LOG 刷屏：
INVALID: IN=eth0 OUT= SRC=10.1.1.10 DST=198.51.100.7 PROTO=TCP SPT=5060 DPT=38012 RST URGP=0
呼叫失败率明显上升`),
    fw(`昨天开了 SS_TCP_CLOSE_RESET=On，今天所有经过防火墙的 TCP 中继呼叫都要等 30 秒才失败，防火墙在丢 RST`),
    fw(`老板 FortiGate 上 diagnose debug flow 显示 RST 包 "no session matched" 被丢，自从改了 close reset 参数，呼叫挂断异常`),
    fw(`您好，SS_TCP_CLOSE_RESET 改成 On 之後，FortiGate 一直記錄 no session matched，通話會斷，麻煩協助`),
    fw(`請問開 RST 模式後，ASA 日誌出現 Deny TCP (no connection) flags RST，客戶端呼叫卡住`),
    fw(`麻煩幫看，pfSense 擋掉 RST 封包（TCP:R），從改了關閉模式那天開始，通話無法正常結束`),
    fw(`開了 RST 之後 iptables INVALID drop 計數一直增加，外撥常常失敗`),
    fw(`Sophos 日誌顯示 out of state drop，都是 VOS 送的 RST，改參數後才出現，通話一直斷`),
    fw(`上週你們改了關閉方式之後，我們的防火牆把 reset 封包丟掉，通話掛不掉、線路一直被佔`),
    fw(`唔該，開咗 RST mode 之後 FortiGate log 成版 no session matched，啲 call 斷晒`),
    fw(`ASA 見到 Deny TCP (no connection) flags R，由改咗 SS_TCP_CLOSE_RESET 開始，打出去啲 call hang 住`),
    fw(`轉咗 RST 之後，pfSense block 晒啲 RST packet，call 收咗線都唔釋放`),
    fw(`iptables INVALID drop 數字不停升，全部係 TCP RST，自從開咗 RST mode，call fail 多咗好多`),
    fw(`唔該睇下，MikroTik invalid drop 全部係 VOS 送出嘅 RST，開咗 RST 之後 call 斷線`),
    fw(`Sophos out of state 丟咗啲 RST，琴日你哋改完參數之後先有，而家啲 call 唔正常收線`),
    fw(`boss, after on the RST mode, FortiGate log full of no session matched, call keep drop lah`),
    fw(`hi boss, 自从 SS_TCP_CLOSE_RESET=On, our iptables INVALID drop counter naik banyak, all RST packets, calls hang`),
    fw(`boss, customer's Sophos drop the RST "out of state", since yesterday your change, call cannot disconnect properly`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning189Set: readonly EvalItem[] = Object.values(tuning189Families).flat();
