import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP operators, call-centre IT staff, resellers and NOC engineers in South Korea (Seoul, Busan), Japan (Tokyo,
 * Osaka), Mongolia (Ulaanbaatar) and Hong Kong/Macau, on WhatsApp/KakaoTalk/LINE: Korean in Hangul (polite 요/니다
 * and casual, "3만", "삼만"), Japanese in kanji/kana (keigo and casual, "3万", "約2万8千"), Mongolian in Cyrillic with
 * some Latin transliteration ("30 мянга", "27 myanga"), Cantonese in Traditional Chinese with English ("唔該", "3萬",
 * "冇"), roughly a quarter each, mixed with English technical terms and pasted ss/netstat/firewall output.
 *
 * The hundred-and-sixtieth tuning split, by family, in markets where VOS3000 is sold widely and which no split had in fresh hands
 * since the early rounds. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-sixtieth never-tuned set, before the sixtieth round of rules, by
 * someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other
 * sets in view; measured as such before and after the sixtieth round, then made tuning material for the sixty-first:
 * bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 85.6 %, negatives confident 3.7 %, confident wrong 0 % with the rules of
 * the fifty-ninth round and the changes after it, before the sixtieth.
 * With the framing counts recounted once the hundred-and-fifty-fourth to -seventh became tuning splits, before any rule of
 * the sixtieth round: in scope 85.6 %, negatives confident 4.4 %, confident wrong 0 %.
 * After the sixtieth round: in scope 86.7 %, negatives confident 4.4 %, confident wrong 0 %.
 * After the sixty-first round, tuned on: in scope 98.9 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning160Families = {
  oneListeningPort: [
    no(`안녕하세요. VOS 웹 관리페이지가 안 열려서 tomcat 로그 보니까 "java.net.BindException: Address already in use: 8080" 이렇게 나옵니다. 어제 다른 업체가 같은 서버에 jenkins 깔았다는데 그거 때문일까요?`),
    no(`형님 서버 재부팅 후에 mbx3000d 안 올라와요 ㅠ 로그에 bind 5060 failed: Address already in use
netstat -tulnp | grep 5060 하니까 예전 프로세스 pid 2231 아직 살아있음. 이거 죽여도 돼요?`),
    no(`nginx 리로드 하다가 에러 났어요
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
httpd 가 443 잡고 있는 것 같은데 둘 중 하나 끄면 되나요?`),
    no(`mysql 3306 포트 충돌... 백업용으로 mysqld 하나 더 띄우려다 "Can't start server: Bind on TCP/IP port: Address already in use" 떴습니다. 콜은 정상이고 TIME_WAIT 도 별로 없어요.`),
    no(`도커 컨테이너 하나가 안 떠요. docker run -p 6379:6379 redis → Error starting userland proxy: listen tcp4 0.0.0.0:6379: bind: address already in use. 호스트에 redis-server 이미 돌고 있네요`),
    no(`개발자 노트북에서 API 개발 서버 (npm run dev) 돌리면 EADDRINUSE :::3000 뜬대요. VOS 서버 아니고 노트북이요 ㅎㅎ 이것도 봐주실 수 있나요?`),
    no(`VOS3000 billing 웹 (8443) 재시작했더니 Address already in use 나면서 안 올라옵니다. ps 보니까 java 프로세스가 두 개 떠있음. 이전 거 kill 해도 되나요?`),
    no(`お疲れ様です。VOSのWeb管理画面(Tomcat)が起動しません。catalina.outに「java.net.BindException: Address already in use (Bind failed) :8080」と出ています。他のアプリがポートを使っているかもしれません、確認方法を教えてください。`),
    no(`再起動後にmbx3000dが立ち上がらない。ログ: "bind udp 0.0.0.0:5060 error: Address already in use"。古いプロセスが残ってるっぽい。killして大丈夫ですか？`),
    no(`apacheとnginxを両方入れてしまったみたいで、80番で「Address already in use」になります。VOSとは直接関係ないですが、同じサーバーなので念のためご相談です。`),
    no(`大阪拠点の者です。監視用にzabbix-agentを入れたら10050番が既に使われていると言われました。"listener failed: bind() ... Address already in use"。前任者が入れた古いagentが残ってました…これ止めていいですか`),
    no(`docker-compose up で "Bind for 0.0.0.0:3306 failed: port is already allocated"。ホスト側のmysqldと被ってる。VOSのDBは止めたくないので別ポートにすべき？`),
    no(`社内の開発PCでsippをポート5060で起動すると「Address already in use」。PCのソフトフォンが5060を掴んでました。VOS側は問題なしです。`),
    no(`すみません、VOS3000本体は普通に動いてますが、録音サーバーのプロセスだけが起動時に bind: address already in use (port 9090) で落ちます。他に同じポートを使うものってありますか？`),
    no(`Сайн байна уу. VOS-ийн вэб портал нээгдэхгүй байна, tomcat лог дээр "Address already in use: JVM_Bind 8080" гэж гарч байна. Өчигдөр нэг хүн сервер дээр өөр програм суулгасан.`),
    no(`Сервер restart хийсний дараа mbx3000d асахгүй байна. log: bind 5060 failed, Address already in use. Хуучин процесс үлдсэн бололтой, kill хийж болох уу?`),
    no(`nginx асаах гэхээр bind() to 0.0.0.0:80 failed (98: Address already in use) гэж гарлаа. apache ажиллаж байгаа юм шиг. Аль нэгийг нь зогсоовол болох уу?`),
    no(`sain bna uu, docker deer redis container asahgui bn. "bind: address already in use" 6379. host deer redis-server ajillaj bgaa yum shig bna. yah ve?`),
    no(`MySQL-ийн хоёр дахь instance асаах гэтэл "Bind on TCP/IP port: Address already in use" 3306 гэж гарлаа. Дуудлагууд хэвийн явж байгаа.`),
    no(`Манай программист laptop дээрээ node сервер асаахаар EADDRINUSE :::8080 гарч байна гэнэ. Энэ VOS биш, зүгээр laptop. Яаж шалгах вэ?`),
    no(`Бичлэгийн (recording) сервис л асахгүй байна, порт 9000 дээр "address already in use". Бусад нь хэвийн, softswitch асуудалгүй.`),
    no(`唔該幫手睇下，VOS web portal 開唔到，tomcat log 寫住 "BindException: Address already in use :8080"。琴日同事裝咗個 jenkins 喺同一部機。`),
    no(`部機 reboot 完 mbx3000d 起唔返，log 話 bind 5060 Address already in use，netstat 見到舊嘅 process 仲喺度霸住 5060，可唔可以直接 kill？`),
    no(`nginx 起唔到:
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
應該係 httpd 佔咗，冇關 VOS 事，不過想確認下。`),
    no(`docker run -p 3306:3306 mysql 出 "port is already allocated"，host 本身有 mysqld 行緊。call 全部正常㗎。`),
    no(`我哋 dev 同事部手提開 npm start 報 EADDRINUSE 0.0.0.0:3000，唔係 server 嚟，係部 notebook。點搞？`),
    no(`啲 call 冇問題，淨係 redis 起唔到: "Could not create server TCP listening socket *:6379: bind: Address already in use"。`),
  ],
  otherRegistrationCause: [
    no(`사장님 오늘 아침부터 부산 지점 전화기 12대 전부 unregistered 떠요. 어제 관리자가 SIP 비밀번호 일괄 변경했는데 전화기에는 안 바꿨다고 합니다. 로그에 401 Unauthorized 계속 나와요.`),
    no(`고객사 IP가 바뀌었어요. KT 회선 교체하면서 고정IP 변경됐는데 VOS에 IP 인증으로 등록돼 있어서 등록이 안 됩니다. 게이트웨이 IP 수정하면 되나요?`),
    no(`리셀러 계정 하나가 전부 미등록 상태인데 확인해보니 잔액 0원, 계정 정지됨. 충전하면 바로 풀리나요?`),
    no(`콜센터 정전 있었어요 ㅠ 2시간동안. 지금 전기 들어왔는데 폰 절반이 아직 unregistered. 스위치가 늦게 올라온 것 같음. 저희 UDP 씁니다`),
    no(`라이선스 만료 경고 뜨고 나서 게이트웨이 등록이 안 됩니다. 로그에 "license expired". 갱신 어떻게 하나요?`),
    no(`공유기 바꾼 뒤로 폰들 등록이 자꾸 풀려요. 새 공유기에 SIP ALG 켜져있는 듯. 다 UDP 5060 이고 VOS 설정은 건드린 거 없어요.`),
    no(`도메인 sip.xxx.co.kr DNS 레코드 바꿨는데 아직 전파가 안 된 건지 일부 폰이 등록 실패해요. nslookup 하면 옛날 IP 나옵니다.`),
    no(`東京オフィスの電話機が全部未登録になっています。今朝ISP側で回線障害があったとのことで、インターネット自体つながっていません。復旧待ちでいいですか？`),
    no(`お世話になっております。昨日パスワードポリシー変更で全内線のパスワードをリセットしました。その後、端末がREGISTER→401の繰り返しで登録できません。端末側の設定変更が必要でしょうか。`),
    no(`大阪の代理店アカウントが期限切れ(有効期限2024/03/31)で、配下の端末が全部unregisteredです。延長をお願いします。`),
    no(`ルーターをヤマハからNECに変えたら、UDPの電話が数分で登録切れになる。SIP ALGが原因っぽいです。VOSのRST設定とかは触ってません。`),
    no(`端末5台だけ未登録。現地確認したらPoEスイッチの電源が落ちてました。。復旧したら戻ると思いますが念のため報告です`),
    no(`未払いで停止されたお客様のアカウント、入金確認できたので再開したいです。今は全部unregistered表示です。`),
    no(`ゲートウェイのIPが変わったらしく、登録できなくなった。DDNSの更新が止まってたみたい。`),
    no(`Сайн байна уу, өнөө өглөөнөөс манай оффисын утаснууд unregistered болсон. Шалгасан чинь интернет тасарчихсан байна, провайдер дээр гэмтэл гарсан гэнэ.`),
    no(`Хэрэглэгчийн нууц үг солигдсоноос хойш SIP утас бүртгэгдэхгүй байна, 403 Forbidden гэж гарч байна. Утсан дээр шинэ нууц үгийг оруулаагүй байж магадгүй.`),
    no(`Манай нэг reseller-ийн данс төлбөр төлөөгүйгээс түдгэлзсэн, бүх утас нь бүртгэлгүй. Төлбөрөө хийсэн, хэзээ идэвхжих вэ?`),
    no(`tsahilgaan tasarsan, 3 tsag. odoo asaasan ch 20 utas unregistered hevee. UDP ashigladag. router deer asuudal bgaa yum bolov uu?`),
    no(`Лиценз дууссан гэсэн мессеж гараад бүх gateway бүртгэлээ алдсан. Лицензийг сунгах хэрэгтэй юу?`),
    no(`Шинэ роутер тавьсанаас хойш утаснууд бүртгэлээ алдаад байна. SIP ALG асаалттай байсан, бид UDP л ашигладаг.`),
    no(`Gateway-ийн IP өөрчлөгдсөн (провайдер солисон), VOS дээр хуучин IP-гаар бүртгэлтэй байгаа тул холбогдохгүй байна.`),
    no(`唔該，今朝開始成個 office 啲電話 unregistered。PCCW 話條線有問題，上唔到網。係咪等佢整返就得？`),
    no(`改咗 SIP password 之後啲 phone 全部 register 唔到，log 見到 401 Unauthorized 一直 loop。係咪要逐部改返？`),
    no(`有個 reseller 戶口因為冇俾錢被 suspend 咗，佢下面啲 phone 全部 unregistered。而家過咗數，點樣 reactivate？`),
    no(`澳門嗰邊換咗新 router，之後 UDP 嘅 phone 隔幾分鐘就甩 register，懷疑 SIP ALG。VOS 冇郁過任何設定。`),
    no(`停電兩個鐘，電嚟返之後仲有幾部 phone 未 register 到，部 PoE switch 好似冇著。`),
    no(`gateway 個 IP 轉咗 (ISP 換咗)，VOS 度仲係用舊 IP 做 auth，所以 reg 唔到。`),
  ],
  smallFigures: [
    no(`안녕하세요~ ss -s 결과 이거 정상인가요?
Total: 412 (kernel 0)
TCP:   187 (estab 96, closed 62, orphaned 0, synrecv 0, timewait 58/0), ports 0
콜은 하루 3천 건 정도입니다.`),
    no(`TIME_WAIT 가 정확히 뭔가요? 서버에 300개 정도 보이는데 걱정해야 하나요?`),
    no(`SS_TCP_CLOSE_RESET 이 옵션 뭐하는 건가요? 매뉴얼에 설명이 짧아서요. 지금은 Off 입니다.`),
    no(`혹시 RST 모드 켜면 NAT 뒤에 있는 폰들 영향 받나요? 아직 안 켰고 검토중이에요.`),
    no(`netstat -an | grep TIME_WAIT | wc -l 했더니 214 나오네요. 새벽 시간이라 그런가? 문제 없죠?`),
    no(`tcp_tw_reuse 랑 ip_local_port_range 권장값이 어떻게 되나요? 신규 서버 세팅중입니다. 아직 콜은 안 받아요.`),
    no(`포트가 6만 개 정도 있다던데 CPS 몇까지 버티나요? 저희는 피크 때 CPS 30 정도예요. 그냥 궁금해서요.`),
    no(`夜間のss -sです、問題ないか見てもらえますか
TCP:   243 (estab 120, closed 80, orphaned 0, timewait 75/0)
同時通話は50くらいです。`),
    no(`TIME_WAITって何ですか？上司に聞かれて説明できなくて…数は今200くらいです。`),
    no(`SS_TCP_CLOSE_RESETをOnにするとどうなりますか？FINとRSTの違いを簡単に教えてください。まだ変更はしていません。`),
    no(`来月、通話数が1日約2万8千件から倍になる予定です。RSTモードを有効にした場合、FortiGateで何か影響ありますか？事前に知りたいです。`),
    no(`監視でTIME_WAITが500を超えたらアラートを出すようにしたいんですが、閾値として妥当ですか？普段は150前後です。`),
    no(`net.ipv4.ip_local_port_range の今の値が 32768 60999 です。これってデフォルトですよね？変える必要ありますか？`),
    no(`SIP over UDPのみの環境ですが、SS_TCP_CLOSE_RESETの設定は意味ありますか？`),
    no(`Сайн байна уу, энэ ss -s гаралт хэвийн үү?
TCP:   320 (estab 150, closed 90, orphaned 1, timewait 88/0)
Өдөрт 5 мянга орчим дуудлага.`),
    no(`TIME_WAIT гэж яг юу вэ? Сервер дээр 400 орчим байна, санаа зовох хэрэгтэй юу?`),
    no(`SS_TCP_CLOSE_RESET тохиргоо юу хийдэг вэ? Асаавал ямар давуу тал, сул тал байдаг вэ?`),
    no(`Хэрэв бид RST горим асаавал NAT-ын цаана байгаа утаснууд бүртгэлээ алдах уу? Одоохондоо асаагаагүй.`),
    no(`netstat -ant | grep -c TIME_WAIT → 127. шөнийн цагаар. Зүгээр биз дээ?`),
    no(`sain bn uu, ip_local_port_range heden baival zohimjtoi ve? 30 myanga duudlaga/odort. odoogoor asuudal baihgui.`),
    no(`Манайд pfSense firewall байгаа. Хэрэв RST асаавал firewall RST-г хаях магадлалтай юу? Урьдчилж асууж байна.`),
    no(`唔該睇下呢個 ss -s 正唔正常：
TCP:   198 (estab 77, closed 51, orphaned 0, timewait 40/0)
日頭 CPS 得 5 左右。`),
    no(`想問 TIME_WAIT 係咩嚟？見到有二百幾個，使唔使擔心？`),
    no(`SS_TCP_CLOSE_RESET 開同唔開有咩分別？我哋而家係 Off。`),
    no(`如果開咗 RST mode，啲喺屋企 router 後面嘅 softphone 會唔會甩 register？想問清楚先郁。`),
    no(`每日大約3萬個 call，peak CPS 15，需唔需要開 tw_reuse？暫時冇任何問題。`),
    no(`netstat 見到 TIME_WAIT 得 86 個，同事話好多，係咪佢諗多咗？`),
  ],
  firewallNoRst: [
    no(`FortiGate 에 새 캐리어 IP 203.0.113.45 화이트리스트 추가해야 하는데 SIP 5060 UDP/TCP 둘 다 열어야 하나요?`),
    no(`fail2ban 이 저희 콜센터 공인IP를 밴했어요 ㅠ jail 이름은 sip-auth. 어떻게 풀어요?`),
    no(`방화벽에서 RTP 포트 범위 열어달라고 보안팀에 요청하려는데 VOS3000 기본 범위 정확히 알려주세요.`),
    no(`iptables 규칙 리뷰 좀 부탁드려요. 아래 붙여넣습니다
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p tcp --dport 5060 -j ACCEPT
-A INPUT -s 0.0.0.0/0 -p tcp --dport 22 -j ACCEPT
ssh 전체 오픈이 좀 걸려서요.`),
    no(`중국/러시아 IP 에서 스캔이 너무 많아서 geo-block 걸고 싶어요. pfSense 에서 pfBlockerNG 쓰면 되나요?`),
    no(`사무실 공유기 SIP ALG 끄는 방법 아시나요? ipTIME 입니다.`),
    no(`새 게이트웨이 포트포워딩 설정중인데 외부 5070 → 내부 5060 으로 해도 되나요?`),
    no(`Cisco ASAで新しいキャリアのIPを許可したいです。access-listの書き方はこれで合ってますか？
access-list OUTSIDE_IN extended permit udp host 198.51.100.20 any eq 5060`),
    no(`fail2banに大阪の代理店のIPがbanされてしまいました。fail2ban-client status asterisk で確認済み。解除コマンドを教えてください。`),
    no(`FortiGateのSIP ALG(session-helper)を無効にしたいです。手順を教えていただけますか。`),
    no(`セキュリティ監査でファイアウォール設定のレビューを求められました。VOS3000用に開けるべきポート一覧をもらえますか？`),
    no(`海外からの不正なREGISTERが多いので、日本以外からのアクセスをgeo-blockしたい。Sophosで可能ですか？`),
    no(`ルーターのポートフォワーディングで5060/TCPを転送したいです。TCPとUDP両方必要？`),
    no(`MikroTikで新しいオフィスのIPをaddress-listに追加しました。これでいいか見てください。
/ip firewall address-list add list=voip-allow address=192.0.2.77`),
    no(`FortiGate дээр шинэ carrier-ийн IP-г whitelist хийх хэрэгтэй байна. 5060 UDP нээхэд хангалттай юу?`),
    no(`fail2ban манай оффисын IP-г ban хийчихлээ, буруу нууц үг олон удаа оруулсан юм шиг. Яаж unban хийх вэ?`),
    no(`Firewall дээр RTP портын range-ийг нээх гэсэн юм, VOS3000 ямар range ашигладаг вэ?`),
    no(`MikroTik роутер дээр SIP ALG-г унтраах ёстой юу? /ip firewall service-port дотор sip гэж харагдаж байна.`),
    no(`Хятадаас маш их scan ирж байна, geo-block хийх боломжтой юу? iptables ашигладаг.`),
    no(`iptables-ийн дүрмээ шалгаад өгөөч:
-A INPUT -p tcp --dport 5060 -s 10.0.0.0/8 -j ACCEPT
-A INPUT -p tcp --dport 5060 -j DROP
Гадны хэрэглэгчид холбогдож чадах уу?`),
    no(`shine gateway-d port forward hiih gej bna, router deer 5060 tcp/udp hoyuulang ni neeh ystoi yu?`),
    no(`唔該，FortiGate 要 whitelist 個新 carrier IP 198.51.100.88，開 UDP 5060 夠唔夠？`),
    no(`fail2ban ban 咗我哋澳門 office 個 IP，點樣 unban？`),
    no(`想喺 pfSense 開 RTP port range，VOS 用緊邊個 range？`),
    no(`幫手 review 下我哋 Sophos 嘅 firewall rule 啦，想收緊啲，淨係俾 carrier IP 入 5060。`),
    no(`部 router 嘅 SIP ALG 要唔要熄？係 TP-Link 嘅。`),
    no(`好多大陸 IP 掃 5060，想做 geo-block，用 iptables ipset 得唔得？`),
  ],
  negationContext: [
    no(`등록 풀리는 문제 있었는데 RST 는 건드린 적 없어요. SS_TCP_CLOSE_RESET 원래 Off 그대로고, 알고보니 비밀번호 변경 때문이었어요. 해결됐습니다.`),
    no(`지난달 TIME_WAIT 3만 개 쌓이던 문제 말씀하신대로 조치해서 해결됐어요. 지금 피크에도 400개 정도. 감사합니다!`),
    no(`참고로 저희는 UDP 만 씁니다. TCP SIP 는 아예 안 써요. 그래서 RST 설정은 해당 없을 것 같고, 오늘 문의는 과금 관련입니다.`),
    no(`[전달] 2023년 티켓 #4411 — "RST 모드 후 NAT 폰 미등록" — Off 로 되돌려 해결 완료. 기록용으로 공유드립니다. 현재 이슈 없음.`),
    no(`방화벽에서 RST 드랍되는 줄 알았는데 아니었어요. 로그 보니 캐리어 쪽 장애였고 지금은 정상입니다.`),
    no(`아무도 설정 바꾼 사람 없어요. RST 도 안 켰고요. 그냥 통화 품질 (지터) 문의 드리는 거예요.`),
    no(`어제 말씀드린 cannot assign requested address 는 저희 개발자가 스크립트에서 소스 포트를 고정해서 생긴 거였어요. 수정 후 해결. VOS 문제 아닙니다.`),
    no(`先日のTIME_WAIT大量発生の件、tw_reuseとRST設定で解決しました。現在ピークでもTIME_WAITは300程度です。ありがとうございました。`),
    no(`念のため：うちはUDPのみでTCPは使っていません。RSTは一度も有効にしてません。今回の相談は請求書の件です。`),
    no(`未登録の件、原因はRSTではなくパスワード変更でした。端末の設定を直したら全部登録されました。`),
    no(`【転送】過去チケット(2023年)：FortiGateがRSTを破棄→SS_TCP_CLOSE_RESET=Offで解決済み。記録用です。対応不要です。`),
    no(`誰も設定変更していません、RSTもOffのまま。今日は新規ゲートウェイ追加の手順を聞きたいだけです。`),
    no(`先月の「電話機が登録切れ」問題はルーター側のSIP ALGが原因と判明、無効化して解決済み。RSTモードとは無関係でした。`),
    no(`お世話になります。RSTモードは結局有効にしませんでした。NAT配下の端末が多いので。今後もOffで運用します。`),
    no(`Өмнөх TIME_WAIT-ийн асуудал шийдэгдсэн, баярлалаа! Одоо оргил цагт 250 орчим л байна.`),
    no(`Бид зөвхөн UDP ашигладаг, TCP огт ашигладаггүй. RST асаагаагүй. Өнөөдөр тариф тохируулах талаар асуух гэсэн юм.`),
    no(`Утаснууд бүртгэлээ алдсан шалтгаан нь RST биш, нууц үг солигдсон байсан. Одоо бүгд хэвийн.`),
    no(`[Forward] Хуучин тикет: "RST горимын дараа firewall RST хаясан" — Off болгож шийдсэн. Зөвхөн мэдээлэлд. Одоо асуудалгүй.`),
    no(`Хэн ч тохиргоо өөрчлөөгүй, SS_TCP_CLOSE_RESET Off хэвээрээ. Дуудлагын чанар муу байгаа талаар асууя гэсэн юм.`),
    no(`Өчигдрийн "cannot assign requested address" алдаа манай скриптийн алдаа байсан, засчихсан. VOS-той холбоогүй.`),
    no(`umnuh sariin NAT utas unregistered asuudal shiidegdsen, RST-iig Off bolgoson. odoo 0 unregistered. bayarlalaa`),
    no(`上個月 TIME_WAIT 爆咗嘅問題已經搞掂，而家 peak 都係得三百幾個，唔該晒！`),
    no(`講明先，我哋淨係用 UDP，冇用 TCP，RST 從來冇開過。今次想問 billing 嘅嘢。`),
    no(`啲 phone 甩 register 唔關 RST 事，係改咗 password，改返就得咗。`),
    no(`[Fwd] 舊 ticket 2023：Fortigate drop RST，已經將 SS_TCP_CLOSE_RESET 改返 Off 解決。純粹記錄，唔使跟。`),
    no(`冇人郁過設定，RST 都冇開，想問下點解有啲 call 冇聲 (one-way audio)。`),
    no(`之前講嘅 firewall 問題其實係 carrier 嗰邊 down 咗，同 RST 無關，而家已經正常。`),
  ],
  portExhaustion: [
    pe(`급합니다!! 저녁 피크 때마다 콜 실패가 터져요. 로그에 "connect failed: Cannot assign requested address" 수백 건. ss -s 보니 timewait 28000 넘어갑니다. CPS 200 정도에서 이래요.`),
    pe(`부산 서버 netstat 결과 붙여요
$ netstat -ant | awk '{print $6}' | sort | uniq -c
  31245 TIME_WAIT
    812 ESTABLISHED
     14 LISTEN
피크 시간에 새 TCP 연결이 안 되고 통화가 안 붙어요.`),
    pe(`안녕하세요 콜센터 IT입니다. 오전 10~11시 아웃바운드 캠페인 돌릴 때만 발신이 안 돼요. 로그에 EADDRINUSE 가 outgoing connect 에서 찍혀요. 한가할 땐 멀쩡함.`),
    pe(`TIME_WAIT 가 3만 개 넘게 쌓여있어요 ㅠㅠ 포트가 다 찬 것 같아요. 피크 때 상대 SIP 서버로 TCP 연결을 못 맺어요.`),
    pe(`사장님 어제부터 러시아워에 콜 절반이 실패합니다. softswitch 로그: "tcp connect to 10.1.2.3:5060 failed, errno 99 (Cannot assign requested address)". 서버 재시작하면 잠깐 괜찮아짐.`),
    pe(`ss -s
Total: 41022 (kernel 0)
TCP:   40318 (estab 1502, closed 38650, orphaned 3, synrecv 0, timewait 38644/0), ports 0
CPS 올라가면 콜이 안 나가요. 이거 포트 고갈 맞죠?`),
    pe(`포트 범위가 32768-60999 라서 2만8천 개 정도밖에 안 되는데 TIME_WAIT 가 거의 그만큼이에요. 피크 때 "address already in use" 로 발신 연결 실패합니다.`),
    pe(`삼만 개 넘는 TIME_WAIT... 매일 저녁 8시쯤 콜 안 붙고 9시 넘으면 풀려요. 캐리어랑은 TCP 로 연결합니다.`),
    pe(`至急です。夕方のピーク時に発信が大量に失敗しています。ログに「Cannot assign requested address」が多数。ss -sでtimewaitが約2万8千あります。`),
    pe(`netstatの結果です。
# netstat -an | grep -c TIME_WAIT
29876
ピーク時に新しいTCP接続が張れず、キャリア向けの呼が全部失敗します。CPSは150くらい。`),
    pe(`コールセンターのアウトバウンドが朝9時の一斉発信で止まる。ログにBindException: Address already in use (connect時)。空いている時間帯は問題ありません。`),
    pe(`お疲れ様です。TIME_WAITが3万超えています。ポートが枯渇しているようで、ピーク時だけ呼が落ちます。対処をお願いします。`),
    pe(`softswitch.logに以下が大量に出ています
tcp connect 203.0.113.9:5060 failed: errno=99 Cannot assign requested address
夜8時台のピークのみ。再起動すると一時的に回復。`),
    pe(`ss -s
TCP:   36120 (estab 980, closed 35002, orphaned 0, timewait 34990/0)
通話数が増えると新規接続できなくなります。エフェメラルポート不足ですよね？`),
    pe(`大阪のサーバー、昼のピークでSIP over TCPの発信がEADDRINUSEで失敗。TIME_WAITが数万。ip_local_port_rangeはデフォルトのままです。`),
    pe(`毎日17時〜19時の間だけ通話が繋がらない。TIME_WAITソケットが約3万、発信側のconnectがaddress already in useで失敗しています。`),
    pe(`Яаралтай! Оргил цагаар дуудлагууд амжилтгүй болж байна. Лог дээр "Cannot assign requested address" олон гарч байна, ss -s дээр timewait 30 мянга гаруй.`),
    pe(`netstat гаралт:
  28411 TIME_WAIT
    640 ESTABLISHED
Оргил цагт шинэ TCP холболт үүсгэж чадахгүй, дуудлага гарахгүй байна.`),
    pe(`Оройн 7-9 цагт л гарах дуудлага явахгүй байна. Лог: connect() failed EADDRINUSE. Бусад үед хэвийн. TIME_WAIT 25 мянга орчим.`),
    pe(`TIME_WAIT 30 мянга давчихсан, порт дууссан бололтой. CPS 180 хүрэхэд carrier руу TCP холболт үүсэхгүй.`),
    pe(`ss -s
TCP:   33210 (estab 1100, closed 32050, orphaned 2, timewait 32040/0)
Дуудлага ихсэхэд шинэ холболт үүсэхгүй байна, порт хомсдол мөн үү?`),
    pe(`orgil tsagaar duudlaga unaad bn. log deer "address already in use" outgoing connect deer garch bn. TIME_WAIT 27 myanga.`),
    pe(`Манай call center өглөөний кампанит ажлын үеэр гарах дуудлага бүгд унадаг. BindException: Address already in use (connect), TIME_WAIT хэдэн арван мянга.`),
    pe(`急！！夜晚 peak 啲 call 成堆 fail，log 寫 "Cannot assign requested address"，ss -s 見到 timewait 3萬幾。`),
    pe(`netstat 出嚟：
 30122 TIME_WAIT
   702 ESTABLISHED
peak 時間開唔到新 TCP connection，打出去嘅 call 全部唔得。`),
    pe(`我哋 call centre 朝早 campaign 一開始，outbound 就 fail，log 有 EADDRINUSE (outgoing connect)。得閒時冇事。`),
    pe(`TIME_WAIT 有成 2萬8千個，port 好似用晒，CPS 一上到 150 就連唔到 carrier。`),
    pe(`ss -s
TCP:   35550 (estab 1200, closed 34100, orphaned 0, timewait 34088/0)
call 多嗰陣就開唔到新 connection，係咪 port exhaustion？`),
    pe(`softswitch log 成版 "tcp connect failed errno 99"，淨係晚上 8 點至 10 點，reboot 完好返一陣。TIME_WAIT 好多，幾萬個。`),
    pe(`唔該幫手，每日 peak hour 打出去都 "address already in use"，TIME_WAIT 三萬，用緊 TCP 連 carrier。`),
  ],
  natUnregistered: [
    nat(`어제 SS_TCP_CLOSE_RESET 을 On 으로 바꾼 뒤부터 재택근무자들 소프트폰이 계속 unregistered 떠요. 다들 집 공유기 뒤에 있고 TCP 로 등록합니다.`),
    nat(`RST 모드 켜고 나서 사무실 NAT 뒤에 있는 IP폰 40대가 몇 분마다 등록이 풀려요. 공인IP 직접 붙은 폰은 괜찮아요. SIP 는 TCP 입니다.`),
    nat(`사장님, 어제 엔지니어분이 close mode 바꾸신 뒤로 지점 전화기들이 등록 끊겼다 붙었다 해요. 지점은 MikroTik NAT 뒤고 SIP TCP 씁니다.`),
    nat(`포트 고갈 때문에 RST 켰는데 이번엔 NAT 뒤에 있는 게이트웨이가 unregistered 가 됐어요. TCP 5060 으로 붙어있습니다. 둘 다 해결할 방법 있나요?`),
    nat(`리셀러입니다. 제 고객들 (가정용 공유기 뒤 소프트폰, TCP) 이 오늘 아침부터 계속 등록이 끊긴다고 난리예요. 어제 밤에 서버에 SS_TCP_CLOSE_RESET=On 적용했습니다.`),
    nat(`확인 부탁: softswitch.conf 에 SS_TCP_CLOSE_RESET="On" 넣고 reparse 한 뒤, NAT 뒤 단말만 Online→Offline 반복. 공인IP 단말은 정상.`),
    nat(`RST 적용 후 콜센터 상담원 폰 절반 미등록. 콜센터는 사설망 NAT 통해서 나가고 SIP over TCP 씁니다. 급해요.`),
    nat(`어제 말씀하신 대로 RST 모드로 바꿨는데요, 오늘 재택 상담원들 Zoiper (TCP) 가 전부 "Not registered" 예요 ㅠ 다 집 공유기 뒤에 있어요.`),
    nat(`昨日SS_TCP_CLOSE_RESETをOnにしてから、在宅オペレーターのソフトフォンが頻繁に未登録になります。全員自宅ルーターの配下で、TCPで登録しています。`),
    nat(`RSTモードに変えてから、NAT配下の拠点のIP電話(TCP)が数分おきに登録切れ。グローバルIP直結の端末は問題なし。`),
    nat(`先日御社で変更していただいたクローズモードの件、その後からルーター配下のゲートウェイがunregisteredを繰り返しています。SIPはTCPです。`),
    nat(`ポート枯渇対策でRSTを有効化したら、今度はNATの内側の電話機(SIP over TCP)が登録を維持できなくなりました。UDPに戻すべき？それともRSTをOff？`),
    nat(`代理店です。お客様(家庭用ルーター経由、Linphone TCP)から今朝から登録が切れるとの問い合わせ多数。昨晩サーバー側でRSTモードを有効にしました。`),
    nat(`softswitch.confにSS_TCP_CLOSE_RESET="On"を追加してreparseしてから、NATの後ろの端末だけオンライン/オフラインを繰り返します。`),
    nat(`東京のコールセンター、RST設定後に席の電話の半分が未登録。オフィスはNAT越し、SIP over TCPです。至急お願いします。`),
    nat(`「接続のクローズ方式」を変えたと連絡があってから、MikroTik配下のIP電話40台で登録切れが多発。TCP使用。元に戻せますか？`),
    nat(`Өчигдөр SS_TCP_CLOSE_RESET-ийг On болгосноос хойш гэрээсээ ажилладаг ажилтнуудын softphone unregistered болоод байна. Бүгд гэрийн роутерын цаана, TCP ашигладаг.`),
    nat(`RST горим асаасны дараа оффисын NAT-ын цаана байгаа IP утаснууд хэдэн минут тутамд бүртгэлээ алдаж байна. Public IP-тэй утаснууд хэвийн. SIP TCP.`),
    nat(`Танай инженер өчигдөр close mode сольсноос хойш салбарын утаснууд бүртгэл тасраад байна. Салбар MikroTik-ийн цаана, SIP TCP.`),
    nat(`Порт хомсдлоос болж RST асаасан, одоо NAT-ын цаана байгаа gateway unregistered болчихлоо. TCP 5060. Яах вэ?`),
    nat(`Reseller байна. Миний хэрэглэгчид (гэрийн роутер, softphone TCP) өнөө өглөөнөөс бүртгэл тасарна гэж гомдоллож байна. Өчигдөр орой сервер дээр RST горим асаасан.`),
    nat(`softswitch.conf-д SS_TCP_CLOSE_RESET="On" нэмээд reparse хийсний дараа NAT-ын цаадах төхөөрөмжүүд л online/offline солигдоод байна.`),
    nat(`RST asaasnaas hoish call center-iin utasnii hagas ni unregistered. office NAT-aar gardag, SIP over TCP. yaaraltai!`),
    nat(`尋日將 SS_TCP_CLOSE_RESET 改咗 On 之後，WFH 同事啲 softphone 成日 unregistered，佢哋全部喺屋企 router 後面，用 TCP register。`),
    nat(`開咗 RST mode 之後，office NAT 後面嗰 40 部 IP phone (TCP) 隔幾分鐘就甩 register，有 public IP 嗰啲就冇事。`),
    nat(`你哋同事尋日改完個 close mode 之後，分店啲電話成日甩 reg，分店用 MikroTik 做 NAT，SIP 行 TCP。`),
    nat(`為咗 port 唔夠用開咗 RST，而家 NAT 後面個 gateway 變咗 unregistered，TCP 5060。點算好？`),
    nat(`我係 reseller，我啲客 (屋企 router 後面, softphone TCP) 今朝開始話 register 成日斷。琴晚 server 開咗 RST mode。`),
    nat(`softswitch.conf 加咗 SS_TCP_CLOSE_RESET="On" 再 reparse，之後淨係 NAT 後面啲機 online offline 咁跳。`),
    nat(`開完 RST 之後 call centre 一半 phone 未 register，office 經 NAT 出去，SIP over TCP，急！`),
  ],
  firewallRst: [
    fw(`RST 모드 켠 뒤로 콜이 중간에 끊기거나 연결이 안 돼요. FortiGate 로그 보니 "no session matched" 가 엄청 찍혀요.
date=2024-05-12 time=20:11:03 action="deny" proto=6 service="SIP" msg="no session matched"`),
    fw(`SS_TCP_CLOSE_RESET=On 적용 후 iptables 에서 INVALID 로 드랍되는 패킷이 급증했어요.
-A INPUT -m conntrack --ctstate INVALID -j LOG --log-prefix "INVALID DROP "
kernel: INVALID DROP IN=eth0 ... PROTO=TCP SPT=5060 DPT=41822 ... RST
통화가 행 걸려요.`),
    fw(`ASA 에서 %ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 203.0.113.7/38211 flags RST on interface inside 이런 로그가 어제 RST 켠 다음부터 계속 나옵니다. 콜 드랍 많아요.`),
    fw(`어제 close mode 바꾸신 뒤로 pfSense 뒤에 있는 고객사 콜이 안 붙어요. 방화벽 로그에 TCP:R 차단이 계속 보여요.`),
    fw(`사장님 급해요. RST 켜고 나서 캐리어 쪽 콜이 실패하는데, 저희 Sophos XG 에서 RST 패킷을 "out of state" 로 드롭하고 있어요.`),
    fw(`포트 고갈 해결하려고 RST 켰는데 이번엔 방화벽이 RST를 막아서 통화가 걸리다 말아요. FortiGate 입니다. 어떻게 해야 하나요?`),
    fw(`MikroTik 에서 connection-state=invalid drop 룰 카운터가 RST 적용 이후 폭증했고, 같은 시간대부터 통화 실패가 늘었습니다.`),
    fw(`어제 밤 SS_TCP_CLOSE_RESET 을 On 으로 했어요. 오늘 아침부터 stateful 방화벽을 거치는 트렁크에서만 콜이 멈춰요. 로그상 RST 가 드랍되고 있습니다.`),
    fw(`RSTモードを有効にしてから、通話が途中で切れたり発信できなかったりします。FortiGateのログに「no session matched」が大量に出ています。`),
    fw(`SS_TCP_CLOSE_RESET=Onにした後、iptablesでINVALIDとしてドロップされるパケットが急増。
kernel: INVALID DROP IN=eth0 OUT= SRC=10.0.0.5 DST=203.0.113.7 PROTO=TCP SPT=5060 DPT=40112 RST
呼がハングします。`),
    fw(`ASAのログです。昨日RSTを有効にしてから出始めました。
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.10/5060 to 198.51.100.4/44120 flags RST  on interface outside
通話の切断が多発しています。`),
    fw(`御社で昨日クローズ方式を変更されてから、pfSense配下のお客様の通話がつながりません。ファイアウォールのログにTCP:Rのブロックが連続しています。`),
    fw(`至急：RSTを有効化後、キャリア向けの呼が失敗。Sophosで「out of state」としてRSTパケットが破棄されています。`),
    fw(`ポート枯渇の対策でRSTをOnにしたら、今度はFortiGateがRSTを落として通話が中途半端に残ります。どうすれば？`),
    fw(`MikroTikのinvalidドロップのカウンタがRST設定後から急に増え、同じタイミングで通話失敗が増えました。
/ip firewall filter print stats → chain=forward action=drop connection-state=invalid packets=184 233`),
    fw(`昨夜SS_TCP_CLOSE_RESETをOnにしました。今朝からステートフルファイアウォールを経由するトランクだけ呼が止まります。ログを見るとRSTが落とされています。`),
    fw(`RST горим асаасны дараа дуудлага дундуур тасрах, холбогдохгүй байх болсон. FortiGate лог дээр "no session matched" маш олон гарч байна.`),
    fw(`SS_TCP_CLOSE_RESET=On болгосны дараа iptables INVALID гэж drop хийж буй пакет огцом өссөн, ихэнх нь RST. Дуудлага гацаж байна.`),
    fw(`ASA лог: %ASA-6-106015: Deny TCP (no connection) from 10.0.0.8/5060 to 203.0.113.50/39001 flags RST on interface inside. Өчигдөр RST асаасны дараагаас гарч эхэлсэн, дуудлага тасарч байна.`),
    fw(`Өчигдөр close mode сольсноос хойш pfSense-ийн цаана байгаа хэрэглэгчийн дуудлага холбогдохгүй байна. Firewall лог дээр TCP:R блок.`),
    fw(`Яаралтай: RST асаасны дараа carrier-ийн дуудлага амжилтгүй. Sophos RST пакетуудыг "out of state" гэж хаяж байна.`),
    fw(`Порт хомсдлын улмаас RST асаасан, одоо FortiGate RST-г хаагаад дуудлага гацаж байна. Яах вэ?`),
    fw(`RST asaasnii daraa MikroTik deer invalid drop counter ogtsom ossun, neg ijil tsagaas duudlaga unaj ehelsen.`),
    fw(`開咗 RST mode 之後啲 call 一係中途斷一係打唔通，FortiGate log 成版 "no session matched"。`),
    fw(`SS_TCP_CLOSE_RESET=On 之後 iptables INVALID drop 暴增，大部分係 RST，啲 call hang 住。
kernel: INVALID DROP ... PROTO=TCP SPT=5060 ... RST`),
    fw(`ASA log: %ASA-6-106015: Deny TCP (no connection) from 10.2.2.2/5060 to 198.51.100.9/40555 flags RST on interface inside — 尋日開咗 RST 之後先有，call drop 好多。`),
    fw(`你哋尋日改完 close mode，我哋 pfSense 後面嘅客戶 call 就打唔通，firewall log 不停 block TCP:R。`),
    fw(`急！開咗 RST 之後 carrier 啲 call fail，Sophos 將啲 RST packet 當 "out of state" drop 咗。`),
    fw(`為咗解決 port 唔夠開咗 RST，而家 FortiGate 又 drop 啲 RST，call 卡住唔收線。點算？`),
    fw(`MikroTik 嘅 invalid drop counter 喺開 RST 之後爆升，同一時間 call fail 多咗。`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning160Set: readonly EvalItem[] = Object.values(tuning160Families).flat();
