import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, resellers and NOC engineers in mainland China, Taiwan and Malaysia typing Mandarin in
 * toneless Hanyu Pinyin (no input method on the phone or server) mixed with English terms: "nihao", "bu
 * xing", "mei you", "zenme ban", "zuotian", "diao xian", "zhuce bu shang", "duankou", sometimes "lah",
 * plus pasted logs.
 *
 * The hundred-and-second tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written as
 * the hundred-and-second never-tuned set, before the forty-sixth round of rules by someone who had read
 * only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in
 * view; measured as such before and after the forty-sixth round, then made tuning material for the
 * forty-seventh: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 50.0 %, negatives confident 3.0 %, confident wrong
 * 0 % with the rules of the forty-fifth round, and the same after the forty-sixth.
 */
export const tuning102Families = {
  oneListeningPort: [
    no(`nihao, nginx qi bu lai, baocuo "bind() to 10.0.0.12:80 failed (98: Address already in use)", haoxiang apache hai zai pao, zenme ban`),
    no(`mysql chong qi hou qi bu lai le, log li shuo "Can't start server: Bind on TCP/IP port: Address already in use", 3306 bei shei zhan le?`),
    no(`VOS web guanli jiemian da bu kai, tomcat log: java.net.BindException: Address already in use: JVM_Bind <null>:8080. wo jintian zhuang le yi ge jenkins ye shi 8080, shi bu shi chongtu le`),
    no(`laoban, docker run de shihou baocuo: Bind for 10.0.3.4:5060 failed: port is already allocated. zhe tai ji qi shang yijing you yi ge freeswitch container zai pao`),
    no(`wo de diannao shang npm run dev bu xing:
Error: listen EADDRINUSE: address already in use :::3000
shang ci de node jincheng mei guan diao ba`),
    no(`test ji shang zhuang le kamailio he asterisk, asterisk qi bu lai, "Unable to bind to 10.1.1.20:5060", liang ge dou yao 5060 zenme gao`),
    no(`snmpd qidong shibai, "Error opening specified endpoint udp:161", netstat kan dao you ling wai yi ge agent zhan zhe 161 duankou`),
    no(`ntpd qi bu lai: unable to bind to wildcard address - another process may be running - EXITING. chronyd hai zai pao, ying gai guan na ge?`),
    no(`redis-server: Could not create server TCP listening socket *:6379: bind: Address already in use. zuotian shengji hou liang ge redis shili dou zai qi`),
    no(`jintian ba mbx3000 web duankou gai cheng 8443, jieguo tomcat qi bu lai, 8443 yuanlai shi bie de chengxu yong de. you mei you banfa kan shi shei zhan le`),
    no(`haproxy reload shibai: Starting frontend fe_sip: cannot bind socket [10.2.0.7:5061]. lsof -i :5061 kan dao yi ge lao de haproxy jincheng mei tuichu`),
    no(`xiexie ni men, you ge xiao wenti: postgres "could not bind IPv4 address: Address already in use", HINT: Is another postmaster already running on port 5432? wo juede shi wo qi le liang ci`),
    no(`python -m http.server 8000 jiu baocuo OSError: [Errno 98] Address already in use, wo zhi shi xiang chuan ge wenjian gei VOS ji qi, zenme ban`),
    no(`bind9 named qi bu lai, log: "could not listen on UDP socket: address in use", yuanlai dnsmasq zhan le 53`),
    no(`wo men houtai baobiao xitong zai kaifa ji shang qi bu lai: "Web server failed to start. Port 8081 was already in use." shi bu shi shang ci de jar mei sha diao`),
    no(`xin zhuang de opensips qidong hou mashang tuichu, ERROR:core:udp_init: bind(...) on 10.0.5.20: Address already in use. tong yi tai ji qi shang VOS yijing zai ting 5060 le, shi bu shi bu neng liang ge dou pao`),
    no(`syslog-ng qi bu lai, 514/udp bei rsyslog zhan zhe. wo men xiang ba VOS de cdr log fa dao zhe tai ji qi`),
    no(`jintian ba rtpproxy chongqi le liang ci, di er ge shili shuo "can't bind to 10.20.1.5:7722 - Address already in use"`),
    no(`docker compose up mysql baocuo: Error starting userland proxy: listen tcp4 172.16.8.2:3306: bind: address already in use. zhuji shang ben lai jiu you mysql lah`),
    no(`mei guanxi, xiao wenti. grafana qi bu lai, "listen tcp :3000: bind: address already in use", wo wang le gitea ye shi 3000`),
    no(`VOS3000 web jiemian chong qi hou bu xing le, catalina.out li:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-80"]
java.net.BindException: Address already in use <null>:80
httpd ye kai zhe, liang ge qiang 80`),
    no(`zabbix_agentd: listener failed: bind() for [[-]:10050] failed: [98] Address already in use, shi bu shi wo zhuang le liang ge agent`),
    no(`k8s li de pod yi zhi Pending, shuo "0/3 nodes are available: 3 node(s) didn't have free ports for the requested pod ports", hostPort 5060 bei zhan le`),
    no(`wo zai macbook shang pao sipp zuo ceshi, baocuo "Unable to bind UDP socket: Address already in use", ben ji de softphone zhan le 5060 jiu qi bu lai`),
    no(`ssh duankou gai cheng 2222 hou sshd qi bu lai, journalctl: error: Bind to port 2222 failed: Address already in use. yuanlai yi ge docker container yong le 2222`),
    no(`openvpn server bu xing le, "TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use", zuotian shi bu shi qi le liang ge`),
    no(`pm2 logs kan dao api fuwu yi zhi chongqi: Error: listen EADDRINUSE 10.4.4.4:9000. php-fpm ye zai 9000, mei you xiang dao`),
  ],
  otherRegistrationCause: [
    no(`nihao, jintian zaoshang suoyou dianhua dou zhuce bu shang, log li quan shi 401 Unauthorized, zuotian IT gai le mima, mei tongzhi wo men`),
    no(`jiqi ban de wangguan zhuce bu shang, 403 Forbidden, shi bu shi zhanghu guoqi le? wo men shang ge yue mei jiao fei`),
    no(`bangongshi ting dian le san ge xiaoshi, lai dian hou yixie huaji hai shi mei you zhuce, xuyao yi tai yi tai chong qi ma`),
    no(`Taibei bangongshi de phone quan bu unregistered, ISP zuotian wanshang duan wang, xianzai wang hao le dan hai mei zhuce shang`),
    no(`diao xian le! jiaohuanji de PoE huai le, yi pai dianhua dou mei dian, bu shi VOS de wenti ba`),
    no(`zhe ge kehu de gateway zhuce bu shang, ta men huan le gonggong IP, cong 203.0.113.14 bian cheng 203.0.113.77, wo men VOS li de IP baimingdan hai shi jiu de`),
    no(`licence guoqi le ma? VOS jiemian xianshi "License expired", zaoshang qi suoyou zhuce dou diao le`),
    no(`SIP trunk zhuce shibai, duifang gai le yuming, sip.provider.example yijing jiexi bu dao le, nslookup fanhui NXDOMAIN`),
    no(`yi tai Yealink T46 xianshi "Registration failed", wo qu kan le shi wangxian song le, cha hao jiu hao le. xiexie`),
    no(`kehu shuo ta de softphone zhuce bu shang, wo kan VOS log: SIP/2.0 403 Forbidden (IP not allowed). ta jintian zai jia gongzuo, jia li IP bu zai whitelist li`),
    no(`women zhi yong UDP 5060, jintian bangongshi huan le xin luyouqi, dianhua jiu dou zhuce bu shang le, jiu luyouqi shang you port forward xin de mei pei`),
    no(`Malaysia zhe bian da yu, jifang ting dian, UPS zhi cheng le 20 fenzhong, VOS ji qi chong qi hou you yi ban gateway mei zhuce lah`),
    no(`mima gai le yihou zhi you jiu de huaji zhuce bu shang, ta men hai cun zhe jiu mima, yi zhi 401, yi tai yi tai gai tai man le, you mei you piliang de banfa`),
    no(`kehu de softphone xianshi 403, wo kan le yu e shi fu de, qian fei bei ting le ba? chong zhi hou yao deng duo jiu`),
    no(`nei bu DNS server gua le, suoyou yong yuming zhuce de gateway dou diao le, yong IP zhuce de mei shi`),
    no(`zhuce bu shang de yuanyin zhao dao le: wo pei cuo le account, ba 8001 xie cheng 8010 le, bu hao yisi`),
    no(`dianhua xianshi "No Service", houlai fa xian wangxian cha zai PC kou le, bu shi cha zai LAN kou`),
    no(`kehu ba gateway ban dao xin bangongshi, neiwang cong 192.168.1.x huan cheng 10.10.0.x, dan peizhi li SIP server hai xie si zhe jiu de 192.168.1.10`),
    no(`zhe ji tian zongshi zaoshang 8 dian zuoyou diao zhuce, houlai fa xian ISP mei tian na ge shihou chong bo PPPoE, gonggong IP bian le, VOS zhe bian bang de shi IP`),
    no(`GoIP wangguan zhuce bu shang, log: "REGISTER failed 404 Not Found", kehu shuo ta ba zhanghao shan le chongxin jian de`),
    no(`VOS shang de luyou gateway quan bu unregistered, jiancha le yi xia shi ji qi shijian bu dui, cha le 3 tian, TLS zhengshu yanzheng bu guo`),
    no(`jintian zaoshang IT shengji le luyouqi firmware, zhi hou VPN tunnel mei qi lai, cong fenbu guolai de dianhua quan diao xian, VPN hao le jiu dou hui lai le`),
    no(`xin lai de tongshi ba SIP domain gai le, cong vos.example.com gai cheng voip.example.com, dianhua dou 403 Forbidden`),
    no(`kehu jia de guangmao huai le, mei you wang, dianhua dangran zhuce bu shang, ta hai yi zhi da wo men kefu shuo VOS you wenti`),
    no(`Taizhong de Grandstream HT812 huan le xin mima hou zhuce chenggong le, dan shi ling wai liang tai hai shi 401, ying gai shi wang le gai`),
    no(`wo men yong de shi SIP over UDP, bu shi TCP. zuotian ba hexin jiaohuanji VLAN gai le, voice VLAN 20 mei you tong dao VOS, suoyou phone dou unregistered`),
    no(`VOS log: "account 6002 expired", suoyi ta de REGISTER bei ju le? yao zai nar yan qi youxiaoqi`),
  ],
  smallFigures: [
    no(`nihao, wo netstat -ant | grep TIME_WAIT | wc -l chu lai 312, zhe ge zhengchang ma? wanshang mei shenme hua wu`),
    no(`qing wen TIME_WAIT shi shenme yisi a, wei shenme lianjie guan le hai you ta`),
    no(`SS_TCP_CLOSE_RESET zhe ge canshu shi gan shenme de? shouce shang xie de bu tai qingchu`),
    no(`wo men yinggai kai RST ma? xianzai yi qie zhengchang, zhi shi xiang zhidao you mei you haochu`),
    no(`moren de ip_local_port_range shi duoshao? CentOS 7 shang`),
    no(`ss -s chu lai: TCP: 187 (estab 41, closed 120, orphaned 0, timewait 118). zhe yang suan duo ma`),
    no(`zenme cha VOS ji qi shang you duoshao TIME_WAIT? ss mingling mei you, CentOS 5 de`),
    no(`xiexie! wen yi xia tcp_tw_reuse he tcp_tw_recycle you shenme qubie, na ge anquan yi dian`),
    no(`wo men xianzai CPS da gai 15 zuoyou, yao bu yao tiao kernel canshu, hai shi moren jiu hao`),
    no(`softswitch.conf li SS_TCP_CLOSE_RESET xianzai shi Off, zhe shi moren zhi ma?`),
    no(`jintian xun jian: TIME_WAIT 240, ESTABLISHED 55, CPU 8%, neicun 40%. mei you wenti ba`),
    no(`qing wen FIN he RST you shenme bu tong, wo zai xue TCP, lao ban jiao wo kan VOS shouce`),
    no(`zenme kan dangqian you duoshao SIP TCP lianjie? netstat -anp | grep 5060 dui ma`),
    no(`duankou fanwei 32768 dao 60999 gou bu gou yong? wo men yi tian zhi you ji qian tong hua`),
    no(`service mbx3000d reparse he restart you shenme qubie? gai le peizhi yong na ge bijiao hao`),
    no(`RST mo shi dui UDP you yingxiang ma? wo men yi bu fen kehu yong UDP yi bu fen yong TCP`),
    no(`[root@vos ~]# netstat -an | awk '/^tcp/ {print $6}' | sort | uniq -c
     38 ESTABLISHED
     12 LISTEN
    206 TIME_WAIT
zhe ge shuju zhengchang ba?`),
    no(`TIME_WAIT moren chixu duo jiu? 60 miao ma? neng gai ma`),
    no(`laoshi hao, wo xiang zhidao VOS de softswitch.conf zai na ge mulu`),
    no(`zhi shi wen yi xia: kai le SS_TCP_CLOSE_RESET dui TLS you shenme yingxiang? women hai mei kai, ye mei you wenti`),
    no(`jiankong baojing yuzhi she duoshao heshi? TIME_WAIT chao guo duoshao suan bu zhengchang`),
    no(`sysctl -a | grep tw chu lai net.ipv4.tcp_tw_reuse = 0, zhe ge yao gai ma? mei you guzhang, zhi shi jiancha`),
    no(`CentOS 6 shang sysctl.d bu qi zuoyong shi zhen de ma? wo ying gai xie zai na li`),
    no(`wanshang 11 dian kan le yi xia, zhi you 90 ge TIME_WAIT, baitian gaofeng ye bu chao guo 500, hen wending`),
    no(`qing jiao: hua wu liang da de shihou yinggai jiankong na xie zhibiao? ss -s kan na yi hang`),
    no(`xin zhuang de VOS3000 2.1.8, moren shi FIN hai shi RST guan bi TCP?`),
    no(`ni men shuo de port exhaustion shi shenme qingkuang xia hui fasheng? wo men xiao gongsi, 20 lu bing fa, hui yu dao ma`),
  ],
  firewallNoRst: [
    no(`nihao, xiang zai iptables kai 5060 TCP he UDP, hai you 10000-20000 RTP, mingling zenme xie`),
    no(`fail2ban ba wo men ziji de bangongshi IP 203.0.113.40 feng le, dianhua da bu chu qu, zenme jie feng`),
    no(`kehu de luyouqi kai le SIP ALG, tong hua mei you sheng yin, guan diao jiu hao le ma`),
    no(`xiang zhi yunxu Malaysia he Taiwan de IP fangwen 5060, qita guojia quan bu feng, FortiGate shang zenme zuo geo-block`),
    no(`FortiGate shang jia le yi tiao policy, ba 5060 du le, xianzai zhongji kehu lian bu shang, shi wo de policy shunxu cuo le ma`),
    no(`MikroTik shang zuo dst-nat ba 5060 zhuan fa dao neiwang 192.168.10.5, bu zhi dao dui bu dui, bang wo kan kan:
/ip firewall nat add chain=dstnat protocol=udp dst-port=5060 action=dst-nat to-addresses=192.168.10.5`),
    no(`zuotian hen duo saomiao, sipvicious zai da 5060, wo xiang jia baimingdan, zhi rang xin ren de gateway jin lai`),
    no(`pfSense shang yao da kai 8080 gei kehu kan baobiao, port forward zenme pei`),
    no(`ASA shang "no fixup protocol sip" shi bu shi guan SIP inspect? wo men yao bu yao guan`),
    no(`firewalld zenme yongjiu kai duankou? firewall-cmd --add-port=5060/udp chong qi jiu mei le`),
    no(`xin kehu IP 198.51.100.23 yao jia dao baimingdan, iptables -I INPUT -s 198.51.100.23 -j ACCEPT zhe yang jiu xing le ma`),
    no(`fang huo qiang log li kan dao hen duo 5060 de DROP, dou shi cong waiguo lai de saomiao, bu yong guan ba?`),
    no(`Huawei USG shang SIP ALG zai na li guan? kehu yi zhi you dan tong`),
    no(`iptables -A INPUT -p udp --dport 5060 -m string --string "friendly-scanner" --algo bm -j DROP, zhe tiao gui ze you yong ma`),
    no(`jintian ba fail2ban de bantime gai cheng yi tian, maxretry 5, hui bu hui wu shang zhengchang kehu`),
    no(`luyouqi shang yao zuo NAT yingshe, waiwang 5080 dao neiwang 10.0.0.8 de 5060, xing bu xing`),
    no(`kehu shuo ta men gongsi fang huo qiang ba wai chu 5060 du le, zhi neng yong 5080, VOS zhe bian yao gai shenme`),
    no(`VOS de web guanli duankou bu xiang dui wai, zhi rang bangongshi 203.0.113.0/24 fangwen, iptables zenme xie`),
    no(`wo men xiang kai RTP duankou fanwei, VOS moren yong na ge fanwei? fang huo qiang yao fang xing`),
    no(`sangfor fang huo qiang zhuang hao hou, ba 5060 de zhuce dang cheng gongji, zidong feng IP, zenme jia liwai`),
    no(`yun fuwuqi de anquanzu mei kai 5060 UDP, suoyi gateway lian bu shang, wo kai le jiu hao le, xiexie`),
    no(`Taiwan kehu de Draytek luyouqi you SIP ALG, mei ge yue dou hui chuxian dan tong, wo jiao ta guan le, kan kan zhe ge yue hui bu hui zai lai`),
    no(`qing wen conntrack -L | grep 5060 kan dao hen duo UNREPLIED UDP, shi saomiao haishi zhengchang? mei you guzhang`),
    no(`shangwu bu yao qiu zhi kai 443 he 5061 gei wai mian, qita guan diao, wo xie le iptables gui ze, bang wo check yi xia`),
    no(`wo gang ba iptables de INPUT moren celue gai cheng DROP, dan shi wang le kai 22, xian zai ssh shang bu qu le, zenme ban`),
    no(`pfSense outbound NAT yao gai cheng static port ma? you ren shuo SIP yao zhe yang`),
    no(`fail2ban jail.local li de sip jail zenme pei, log lujing yong VOS de na ge wenjian`),
  ],
  negationContext: [
    no(`women quan bu yong UDP, mei you TCP, suoyi SS_TCP_CLOSE_RESET gai bu gai dou mei guanxi ba? jintian dianhua diao zhuce shi yin wei jiaohuanji huai le`),
    no(`RST yi zhi shi Off, cong lai mei kai guo. fang huo qiang ye mei dong. dan shi tong hua hui duan, ying gai shi bie de yuanyin`),
    no(`shang ge yue wo men you guo TIME_WAIT 3 wan duo de wenti, kai le RST jiu hao le, xianzai hen wending, zhi shi xiang gen ni men shuo sheng xiexie`),
    no(`gai mima zhi hou dianhua jiu diao xian le, mei ren dong guo RST, SS_TCP_CLOSE_RESET hai shi Off`),
    no(`zhe bu shi wo men de server, shi wo pengyou gongsi de, ta men shuo fang huo qiang diu RST, wo zhi shi hao qi wen yi xia zenme hui shi`),
    no(`peixun yong: jiashe yi tai VOS you 28000 TIME_WAIT, ni hui zenme chuli? wo zai zhun bei kaoshi ti mu`),
    no(`xia ge yue jihua kai RST mo shi, xianzai hai mei kai, xian wen yi xia NAT hou mian de dianhua hui bu hui you yingxiang`),
    no(`yi jing jiejue le! zuotian shuo de dianhua unregistered, shi kehu luyouqi ting dian, xianzai quan bu zhuce shang le, bu yong chuli le`),
    no(`TIME_WAIT 400 duo, mei you baocuo, ying gai mei wenti, zhi shi baogao yi xia`),
    no(`jiang ge gushi: 2019 nian wo men yong lao ban ben, gaofeng de shihou duankou yong guang, houlai jia ji qi jiejue de. xianzai bu hui le`),
    no(`mei ren gai guo peizhi, RST ye mei kai, dan shi Taibei bangongshi dianhua quan diao, ISP shuo ta men de xianlu you wenti`),
    no(`NAT hou mian de dianhua zhuce zhengchang, RST kai le yi ge xingqi le ye mei shi, wo zhi shi queren yi xia zhe yang OK ba`),
    no(`bu shi fang huo qiang diu bao, wo men zhua bao kan le, RST dou dao le duifang, shi duifang SBC ziji de bug, yijing gen ta men shuo le`),
    no(`wo men cong lai mei you yong guo SIP TCP, quan bu UDP, suoyi NAT de wenti ken ding bu shi RST yinqi de dui ba?`),
    no(`zuotian ba RST kai le yihou yi qie zhengchang, mei you dianhua diao, fang huo qiang ye mei wenti, zhi shi shuo yi xia jieguo`),
    no(`shiyan huanjing: wo zai xuniji li guyi zao le hen duo TIME_WAIT, xiang ceshi yi xia jiankong jiaoben, bu shi shengchan`),
    no(`kehu wen wei shenme ta de fang huo qiang rizhi li you RST, wo jieshi le shi zhengchang de TCP guan bi, mei you diu, tong hua ye dou hao`),
    no(`shang zhou de shigu baogao: ASA diu RST daozhi hua dan yichang, yi jing ba SS_TCP_CLOSE_RESET gai hui Off bing qie ASA fang xing le, xianzai zhengchang. zhe ge zhi shi bei an`),
    no(`tongshi shuo yao kai RST, wo juede wo men ji qi TIME_WAIT cai 600, mei you biyao ba?`),
    no(`bu shi duankou hao jin, "cannot assign requested address" shi yin wei wo de jiaoben bind le yi ge ji qi shang mei you de IP 10.9.9.9, gai le jiu hao le`),
    no(`dianhua diao zhuce bu shi yin wei NAT, ye bu shi RST, shi zhengshu guo qi le, TLS woshou shibai, huan le zhengshu jiu hao`),
    no(`ruguo yi hou CPS shang dao 300, wo men shi bu shi yao kai RST? xianzai cai 20, zhi shi xian guihua`),
    no(`wo men de fang huo qiang shi wu zhuangtai de ACL, bu genzong lianjie, suoyi diu RST de wenti ying gai bu cunzai ba?`),
    no(`NAT hou mian diao zhuce na ge gongdan keyi guan le, kehu shuo shi ta men ziji ba luyouqi reset le, peizhi quan mei le, chongxin pei hao jiu hao`),
    no(`ting shuo kai RST hui rang fang huo qiang diu bao, dan wo men mei you fang huo qiang, zhi jie gongwang, suoyi mei guanxi dui ba`),
    no(`wo zai xie wendang jieshao SS_TCP_CLOSE_RESET, bang wo kan kan xie de dui bu dui: "kai RST keyi jianshao TIME_WAIT, dan NAT he fang huo qiang keneng chu wenti"`),
    no(`gang cai shuo de 30000 TIME_WAIT xie cuo le, shi 300, bu hao yisi, mei shi`),
  ],
  portExhaustion: [
    pe(`nihao, mei tian wanshang 8 dian dao 10 dian gaofeng, VOS dui jie de TCP luyou quan bu shibai, ss -s kan le: TCP: 31245 (estab 612, closed 30408, orphaned 3, timewait 30391). ban ye jiu zhengchang, zenme ban`),
    pe(`netstat -ant | grep -c TIME_WAIT
28764
zhe ge shi bu shi tai duo le? gaofeng de shihou xin de TCP lianjie jian bu qi lai`),
    pe(`VOS log li yi zhi shua: connect() failed: Cannot assign requested address (99), dou shi wang duijie zhongji fa INVITE de shihou, CPS da gai 180`),
    pe(`jintian xiawu 3 dian kaishi da liang hu jiao shibai, wo kan ji qi shang TIME_WAIT you 3 wan duo, ben di duankou hao xiang yong wan le`),
    pe(`bu xing a, wanshang qun fa de shihou xin lianjie quan bu shang, "address already in use" shi zai chu zhan lianjie shang, bu shi jianting duankou. ye li jiu hao`),
    pe(`ss -s
Total: 29871
TCP:   29640 (estab 388, closed 29190, orphaned 0, timewait 29188)

wo men zhe tai VOS zhi you SIP TCP dui jie, gaofeng hua dan diu de lihai`),
    pe(`kehu fanying mei tian 9 dian zhi hou da bu chu qu, wo cha le ip_local_port_range shi 32768 60999, TIME_WAIT zhan le 27000 ge, shi bu shi bu gou yong`),
    pe(`zhe ji tian CPS cong 50 zhang dao 250, jieguo TCP zhongji lao shi 503, dmesg mei shenme, dan netstat kan TIME_WAIT yi wan ba qian zuoyou, hai zai zhang`),
    pe(`laoban, hua wu gaofeng qi VOS lian bu shang xia you de SIP TCP server, log: connect error EADDRINUSE. zhi you gaofeng cai you, ling chen yi dian shi ye mei you`),
    pe(`[root@vos3000 ~]# netstat -n | awk '/^tcp/ {++S[$NF]} END {for(a in S) print a, S[a]}'
TIME_WAIT 32011
ESTABLISHED 745
SYN_SENT 12
jintian wanshang 7 dian jie tu de, hu jiao chenggong lv diao dao 40%`),
    pe(`duankou hao jin le ba? mei ci da hua wu huodong, xin TCP lianjie jiu jian bu qi lai, ping shi mei wenti. TIME_WAIT ji wan`),
    pe(`VOS dui jie yi ge zhi zhichi TCP de luodi, mei miao 200 duo ge hu jiao, mei ge hu jiao yi tiao xin TCP lianjie, dao wanshang jiu chu xian Cannot assign requested address`),
    pe(`wo men shi Malaysia de pifa shang, wanshang gaofeng zhuanfa shibai lah, ss mei you, netstat kan dao 30000 duo TIME_WAIT, CentOS 6, zenme tiao`),
    pe(`ji fei chengxu pao zai VOS tong yi tai ji qi shang, gaofeng shi bao java.net.BindException: Address already in use: connect, mei fen zhong ji bai ci, ji fei dou ka zhu le, TCP hu jiao ye chu bu qu`),
    pe(`mei tian 20:00-23:00 TCP hu jiao shibai lv hen gao, qi ta shijian zhengchang. jiankong tu shang TIME_WAIT quxian he shibai lv yi mo yi yang, zui gao 2.9 wan`),
    pe(`zenme ban, gaofeng qi VOS ji qi shang ss -tan state time-wait | wc -l chu lai 30502, CPU bu gao, dan xin lianjie da bu kai`),
    pe(`zuotian jie le yi ge xin de auto dialer kehu, CPS 300, zhi hou jiu lao shi you "cannot bind socket" de cuowu, dou shi chu qu de TCP lianjie`),
    pe(`ben di duankou bu gou le? wo kan /proc/net/sockstat: TCP: inuse 520 orphan 0 tw 28311 alloc 610 mem 90. gaofeng shi SIP TCP lian bu shang`),
    pe(`diao hua hen yanzhong, dan zhi shi wanshang. wo zhua le yi xia, VOS fa SYN zhi qian jiu shibai le, log xie "Cannot assign requested address". baitian CPS 30 mei shi, wanshang 220`),
    pe(`Taiwan zhe bian de zhongji dui jie yong TCP 5060, mei dao xia ban shijian hu jiao feng zhi, VOS jiu kaishi baocuo, TIME_WAIT cong ji bai zhang dao 2 wan 8, wo men yao bu yao gai tcp_tw_reuse`),
    pe(`qing bang mang kan kan:
TCP: 30117 (estab 290, closed 29801, orphaned 1, synrecv 0, timewait 29799/0), ports 0
gaofeng shi xin de hu jiao quan bu 408`),
    pe(`mei you xin TCP lianjie le, VOS chuan bu chu qu, zhi you chong qi cai hao yi dian, guo ban xiaoshi you lai. zhi zai gaofeng`),
    pe(`kehu fankui: baitian OK, wanshang 8 dian zhi hou 50% jie tong lv. wo kan TIME_WAIT 2 wan 7 zuoyou, ESTABLISHED cai 400 duo. xianzai de duankou fanwei shi moren de`),
    pe(`VOS de TCP chu zhan lianjie bao EADDRINUSE, zhi you CPS chao guo 150 cai chu xian, shi bu shi ephemeral port yong guang le`),
    pe(`wo men gang ba yi ge da kehu de liuliang qie dao zhe tai VOS, jin wan feng zhi de shihou netstat -s li "failed connection attempts" zhang de hen kuai, TIME_WAIT 3 wan 1`),
    pe(`lao shi diao hua, dou zai gaofeng. VOS ji qi:
[root@sw01 ~]# ss -s | head -3
Total: 31877 (kernel 0)
TCP:   31650 (estab 501, closed 31120, orphaned 0, synrecv 0, timewait 31118/0), ports 0`),
    pe(`duankou bu gou yong le ba? VOS he xia you zhongji zhi jian dou shi duan lianjie TCP, mei ge hu jiao yong wan jiu guan, gaofeng mei miao 250 ge, TIME_WAIT 60 miao, suan xia lai 1 wan 5 yi shang, tishi cannot assign`),
    pe(`jintian zhongwu 12 dian hu jiao gaofeng yi ci, wanshang yi ci, liang ci dou shi TCP zhongji quan diao, rizhi shi "bind: Address already in use" dan bu shi qidong shi, shi yunxing zhong`),
    pe(`VOS shang de hu jiao dou shi TCP chu qu de, ye li shi er dian ceshi yi qie zhengchang, dao le wanshang ba dian TIME_WAIT 28k, xin hu jiao 100% shibai`),
    pe(`zai ma? ji! ss -s xianshi timewait 29402, gaofeng, TCP hu jiao quan bu chu bu qu, kehu zai cui`),
  ],
  natUnregistered: [
    nat(`nihao, zuotian wanshang ba SS_TCP_CLOSE_RESET gai cheng On le, jintian zaoshang bangongshi MikroTik hou mian de dianhua quan bu unregistered, yong de shi SIP TCP`),
    nat(`kai le RST mo shi zhi hou, kehu jia li luyouqi hou mian de softphone mei ji fen zhong jiu diao zhuce, zai zhuce, zai diao. gai hui qu hui hao ma`),
    nat(`jintian ba softswitch.conf li SS_TCP_CLOSE_RESET="On" jia shang le, reparse le, jieguo NAT hou mian de Yealink quan diao xian, gongwang IP de gateway mei shi`),
    nat(`zhuce bu shang! zong bu de dianhua zhengchang, fen gongsi zai NAT hou mian de quan bu zhuce bu shang, gang hao shi zuotian kai le TCP reset yi hou`),
    nat(`zhoumo wei le jiejue TIME_WAIT kai le RST, zhou yi zaoshang kehu da dianhua lai shuo ta men luyouqi hou mian de IP phone quan bu mei you zhuce, SIP TCP 5060`),
    nat(`Zoiper TCP mo shi xianshi "Registration failed" huo zhe yi hui zhuce yi hui diao, shi cong wo men kai le SS_TCP_CLOSE_RESET kaishi de, kehu dou zai jia li, zai luyouqi hou mian`),
    nat(`MikroTik hou mian 40 tai dianhua, TCP zhuce, RST kai le yi hou mei ge ji fen zhong jiu you yi pi unregistered, VOS jiemian shang zhuce zhuangtai tiao lai tiao qu`),
    nat(`wen yi xia, wo men qian tian kai le RST, xianzai Taibei bangongshi de dianhua (dou zai NAT hou mian) lao shi diao zhuce, UDP de mei shi, zhi you TCP de diao`),
    nat(`cat softswitch.conf | grep RESET
SS_TCP_CLOSE_RESET=On
gai le zhe ge zhi hou, guangmao luyouqi hou mian de huaji quan diao le, gongwang zhi lian de mei wenti`),
    nat(`diao xian diao de lihai: jia li de TP-Link hou mian softphone yong TCP, zi cong VOS kai le reset guan bi lianjie, zhuce baochi bu zhu`),
    nat(`wo men shang zhou wu wei le TIME_WAIT ba SS_TCP_CLOSE_RESET kai le, xianzai wenti lai le: NAT li de gateway he dianhua dou bu tingde diao zhuce, ni men shuo yao gai hui Off ma`),
    nat(`fen dian de Grandstream HT802 zai luyouqi hou mian, yong TCP lian VOS, gang kai RST zhi hou jiu zhuce bu shang le, zhi qian yi nian dou hao hao de`),
    nat(`RST On yi hou bangongshi NAT hou mian de 3CX softphone diao zhuce, VOS log: "REGISTER timeout", chongxin zhuce you hui hao yi hui`),
    nat(`zhe ge wenti shi bu shi RST mo shi zao cheng de: jiating yonghu (guangmao + luyouqi) de dianhua TCP zhuce, zui jin liang tian dou shi unregistered. zuotian gang ba reset da kai`),
    nat(`jintian ling chen zhixing le tiaoyou jiaoben, SS_TCP_CLOSE_RESET bian On, tcp_tw_reuse=1. xianzai NAT hou mian de kehu quan bu diao le, wo yao zenme hui gun`),
    nat(`mei you ren dong NAT, zhi gai le VOS de TCP guan bi fangshi, cong FIN gai cheng RST, jieguo bangongshi (NAT) de dianhua dou unregistered le`),
    nat(`Malaysia kehu yong MikroTik hEX, hou mian ji tai Fanvil X3S, SIP over TCP, zi cong wo men kai le RST, dianhua lao shi xianshi wei zhuce, yao chong qi cai hui zhuce shang lah`),
    nat(`kai le SS_TCP_CLOSE_RESET zhi hou, zhi you zai NAT hou mian de dianhua you wenti, zhuce guo yi hui jiu mei le, gongwang IP de SBC he gateway dou zhengchang`),
    nat(`bu xing, RST kai le zhi hou yuancheng bangong de yuangong dou diao zhuce, ta men zai jia yong MicroSIP TCP, luyouqi NAT`),
    nat(`jiankong xianshi yi qian duo ge zhuce yonghu zhong, zai NAT hou mian de ji bai ge ge ji fen zhong jiu diao xian, kaishi de shijian gen wo men gai RST de shijian wanquan yi yang`),
    nat(`VOS reparse le RST peizhi zhi hou, Linksys SPA hou mian de dianhua zhuce shibai, zhua bao kan dao VOS fa le RST, luyouqi de NAT biao jiu mei le, dianhua hai zai yong jiu lianjie`),
    nat(`zenme ban, fen gongsi 20 tai dianhua quan bu unregistered. tamen zai tong yi ge NAT hou mian, yong TCP. wo men zuotian ba VOS de reset mo shi kai le`),
    nat(`zuotian ni men jishu bang wo men kai le TCP RST, jintian bangongshi luyouqi hou mian de dianhua quan bu mei you zhuce, qing bang mang kan`),
    nat(`Taiwan de kehu yong Draytek, hou mian dianhua zou TCP 5060, RST mo shi da kai zhi hou ta men de dianhua zhuce jiu bu wending, xianzai shi wei zhuce zhuangtai`),
    nat(`ceshi le: SS_TCP_CLOSE_RESET=Off de shihou NAT li de dianhua zhuce wending, gai On yi hou 10 fenzhong nei quan diao. dan wo men xuyao RST jiejue TIME_WAIT, xianzai zenme ban`),
    nat(`softphone zhuce chenggong yi hou guo yi hui jiu xianshi unregistered, zhi you yong TCP bing qie zai NAT hou mian de cai you, shi cong wo men kai RST na tian kaishi de`),
    nat(`kai le RST yi hou NAT hou mian de gateway zhuce zhuangtai: online -> offline -> online -> offline, yi tian ji shi ci. VOS rizhi li dou shi TCP connection reset`),
    nat(`lao ban wen wei shenme bangongshi dianhua quan diao le, wo xiang qi lai zuotian ba SS_TCP_CLOSE_RESET da kai le. bangongshi shi NAT chu qu de, dianhua yong TCP`),
    nat(`RST mode kai zhi hou, Huawei guangmao hou mian de IP phone zhuce bu shang, wo men yong TCP yin wei UDP bei yunyingshang xianzhi`),
    nat(`nihao, shang ci ni men jianyi kai reset jiejue duankou wenti, kai le, duankou hao le, dan shi xianzai NAT hou mian de softphone quan bu unregistered le, SIP TCP. zenme ban`),
  ],
  firewallRst: [
    fw(`nihao, kai le SS_TCP_CLOSE_RESET zhi hou, jingguo FortiGate de hu jiao gua bu duan, hua dan yi zhi zai zou, FortiGate rizhi li kan dao RST bei drop`),
    fw(`RST mo shi kai le yi hou, ASA hou mian de zhongji tong hua jieshu le hai xianshi zai xian, ASA log:
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 203.0.113.9/41234 flags RST on interface outside`),
    fw(`iptables li you -m state --state INVALID -j DROP, kai RST hou hu jiao jiu kaishi shibai, shi bu shi RST bei dang cheng INVALID diu le`),
    fw(`pfSense fang huo qiang hou mian de VOS, kai le TCP reset zhi hou, hu jiao yi ban jie bu tong, pfSense rizhi you hen duo "TCP:R" blocked`),
    fw(`zuotian kai le RST, jintian kehu shuo dianhua gua le duifang hai zai xiang, ta men qian mian you yi tai SBC, SBC ba wo men de RST guolv le`),
    fw(`conntrack -S kan dao invalid zhang de hen kuai, gang hao shi kai RST yi hou, TCP hu jiao ye kaishi you shibai de`),
    fw(`tong hua bu neng zhengchang jieshu le: zi cong SS_TCP_CLOSE_RESET=On, jingguo gongsi zhuangtai fang huo qiang de hu jiao, gua ji hou lianjie yi zhi zai, xia yi ge hu jiao jiu shibai`),
    fw(`FortiGate session table li SIP TCP hui hua yi zhi bu xiaoshi, wo men zuotian gang ba VOS gai cheng RST guan bi, fang huo qiang bu ren RST ma`),
    fw(`zhua bao: VOS fa chu RST, dan shi zai fang huo qiang wai mian zhua bu dao, bei diu le. zhi hou tong yi ge duankou de xin lianjie SYN mei you huiying, hu jiao shibai`),
    fw(`RST kai le zhi hou, jingguo Palo Alto de hu jiao you hen duo 408, fang huo qiang rizhi xianshi RST bao bei drop, mei you jingguo fang huo qiang de dou zhengchang`),
    fw(`wo men de iptables gui ze: -A FORWARD -m conntrack --ctstate INVALID -j DROP. ba RST da kai yi hou hu jiao shibai lv cong 2% dao 18%, gai zenme ban`),
    fw(`kai le TCP reset yi hou, duifang gongsi de ASA ba wo men guan lianjie de RST dou diu le, jieguo ta men na bian hua dan bu jieshu, ji fei dou cuo le`),
    fw(`jintian shangwu kai RST, xiawu jiu you kehu tousu dianhua gua bu diao, wo men VOS qian mian shi Hillstone fang huo qiang, kai le zhuangtai jiance`),
    fw(`hu jiao chenggong lv xiajiang, zhi you jingguo FortiGate de TCP zhongji, RST yijing kai le ji tian. diag debug flow dui RST bao xianshi "no session matched"`),
    fw(`tcpdump -ni eth0 'tcp[tcpflags] & tcp-rst != 0' zai VOS shang kan de dao RST chu qu, zai duimian kan bu dao. zhongjian you pfSense. RST mo shi kai le zhi hou tong hua jiu bu zhengchang`),
    fw(`mei you gai fang huo qiang, zhi gai le VOS de SS_TCP_CLOSE_RESET, cong Off dao On, jieguo ASA hou mian de huaji da dianhua hui ka zhu, yao deng hao jiu cai chaoshi`),
    fw(`kai le RST yi hou, jingguo SBC de TCP hu jiao gua duan hou SBC bu zhidao, hai yi zhi baoliu hui hua, SBC de hui hua shu man le, xin hu jiao jin bu lai`),
    fw(`qing wen, wo men de fang huo qiang shi you zhuangtai de, kai le RST zhi hou TCP 5060 shang de hu jiao jingchang shibai, rizhi li RST dou bei jujue le, yao zenme pei`),
    fw(`dmesg li hen duo:
nf_conntrack: invalid packet IN=eth1 SRC=10.0.2.15 DST=203.0.113.50 PROTO=TCP SPT=5060 DPT=38712 RST
cong kai le RST jiu kaishi you, tong hua gua le ye bu duan xian`),
    fw(`Taiwan kehu de FortiGate 60F, wo men kai RST zhi hou, ta men de zhongji lao shi hu jiao shibai, ta men IT kan le shuo RST bao bei dang cheng feifa bao diu diao`),
    fw(`kai RST yi hou, jingguo fang huo qiang de hu jiao you de gua bu duan, hua dan changdu bu dui, mei jingguo fang huo qiang de dou zhengchang. shi bu shi fang huo qiang bu rang RST guo`),
    fw(`VOS kai le SS_TCP_CLOSE_RESET, ASA hou mian de Cisco gateway hu jiao shibai, "show asp drop" li tcp-not-syn zhang de hen kuai`),
    fw(`zhe liang tian hen duo hu jiao jie tong hou gua bu diao, duifang yi zhi xianshi tong hua zhong, wo men qian tian gang kai le TCP RST. zhongjian you yi tai zhuangtai fang huo qiang zuo NAT`),
    fw(`jintian ba RST kai le, wanshang hua wu gaofeng jiu chu wenti le: jingguo iptables wangguan de hu jiao 30% shibai, zhua bao kan RST dou bei diu le`),
    fw(`ni hao, kai le reset mo shi zhi hou, kehu de pfSense log li quan shi block TCP:RA, ta men de hu jiao yi zhi shibai, shi bu shi yao ba reset guan le`),
    fw(`RST mo shi zhi hou, yun shang de fang huo qiang bu fang xing RST bao, hu jiao jieshu bu le, ji fei yichang, zenme jiu`),
    fw(`cong zuotian kai le SS_TCP_CLOSE_RESET, wo men de FortiGate jiu zai diu bao, hu jiao ka zai calling, rizhi: action=deny proto=6 flags=RST`),
    fw(`zhe ge SBC (AudioCodes) zai VOS he xia you zhi jian, VOS kai RST zhi hou, SBC bu chuli RST, TCP lianjie gua zai na, hu jiao yue lai yue duo shibai`),
    fw(`lao ban, zuotian gai le VOS de TCP guan bi fangshi (RST), jintian jingguo ASA de hu jiao quan bu shibai, ASA shang kan dao hen duo "TCP packet out of state" diuqi`),
    fw(`conntrack -L | grep 5060 | grep -c ESTABLISHED yi zhi zai zhang, 3000 duo le, dan shiji tong hua cai 100, kai le RST zhi hou cai zhe yang, hu jiao ye kaishi shibai. shi bu shi iptables bu ren RST`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning102Set: readonly EvalItem[] = Object.values(tuning102Families).flat();
