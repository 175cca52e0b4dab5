import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP operators, call-centre IT staff and NOC engineers in South Korea and Japan, writing on KakaoTalk, LINE and
 * WhatsApp: Korean in Hangul (polite 요/니다 and casual 반말, "3만", "삼만", "2만8천") in about half the messages,
 * Japanese in kanji and kana (keigo and casual, "3万", "約2万8千", "お疲れ様です") in the other half, both mixed with
 * English technical terms and pasted ss / netstat / iptables / FortiGate / ASA output.
 *
 * The hundred-and-eightieth tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its
 * own port, registration lost for another reason, small figures and questions, firewall work without dropped RST,
 * playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones unregistered
 * after RST mode, a stateful firewall dropping RST). Written as the hundred-and-eightieth never-tuned set, before the sixty-fifth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-fifth round, then made tuning
 * material for the sixty-sixth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 85.6 %, negatives confident 5.9 %, confident wrong 0 % with the rules of
 * the sixty-fourth round, before the sixty-fifth.
 * With the framing counts recounted once the hundred-and-seventy-fourth to -seventy-seventh became tuning splits, before
 * any rule of the sixty-fifth round: in scope 85.6 %, negatives confident 5.2 %, confident wrong 0 %.
 * After the sixty-fifth round: the same.
 * After the sixty-sixth round, tuned on: in scope 97.8 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning180Families = {
  oneListeningPort: [
    no(`안녕하세요. VOS3000 웹 관리페이지가 안 열려서 tomcat 로그 보니까 "java.net.BindException: Address already in use: 8080" 이렇게 나옵니다. 서버 재부팅 후부터 그래요. 어떻게 해야 하나요?`),
    no(`お疲れ様です。再起動後に mbx3000d が起動しません。ログに「bind 5060 failed: Address already in use」と出ています。ps で見ると古いプロセスがまだ残っているようです。kill して大丈夫でしょうか？`),
    no(`형님 nginx 재시작하는데 계속 이거 뜸
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
apache 깔려있어서 그런가? 포털 접속 안됨`),
    no(`MySQL が立ち上がらないです😢
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
VOS のDBサーバーです。昨日 yum update しました`),
    no(`개발자 노트북에서 빌링 API 로컬 서버 띄우려는데 EADDRINUSE :::3000 에러나요. 서버 문제 아니고 제 노트북 문제인가요?`),
    no(`docker で録音サーバーのコンテナ起動しようとしたら
Error starting userland proxy: listen tcp4 0.0.0.0:8443: bind: address already in use
と出ました。ホスト側で何か 8443 使ってますか？`),
    no(`redis 서버가 안 올라가요. "Could not create server TCP listening socket *:6379: bind: Address already in use" 이라고 로그에 찍힘. 다른 앱들은 다 정상이에요`),
    no(`service mbx3000d restart したあと 5060 が LISTEN にならない。netstat -tulnp | grep 5060 すると
udp        0      0 0.0.0.0:5060      0.0.0.0:*      12877/mbx3000d
PID 12877 は前のプロセスです。新しいほうは Address already in use で落ちてます`),
    no(`선생님 웹포털 포트를 8080에서 80으로 바꿨는데 httpd 가 80 이미 쓰고 있다고 안 올라갑니다 (Address already in use). 포트 하나만 문제에요. 통화는 정상`),
    no(`新しいサーバーに VOS3000 入れたんですが、softswitch 起動時に「cannot bind 0.0.0.0:5060 Address already in use」… asterisk が前から入ってたサーバーなので、それかも？`),
    no(`에이전트 모니터링 툴이 9090 포트 못 잡는다고 에러 뜹니다. ss -ltnp 'sport = :9090' 해보니 prometheus 가 이미 쓰고 있네요. 둘 중 하나 포트 바꾸면 되나요?`),
    no(`コールセンターの録音再生用の web サーバー(tomcat)が起動時に「Address already in use: JVM_Bind」で止まります。shutdown.sh が効いてなかったみたいで java プロセスが2つあります`),
    no(`ㅠㅠ 급해요 재부팅했더니 softswitch 가 안 뜸. 로그: bind() failed for port 5060: Address already in use. 근데 통화는 하나도 없는 상태고 TIME_WAIT 도 거의 없음. 예전 mbx3000d 가 좀비로 남은 것 같아요`),
    no(`「Address already in use」ってエラー、VOS の webmanager だけです。他は全部動いてます。ポート 8081 を別のJavaアプリが掴んでるっぽい。lsof -i :8081 の結果貼ります
java    2231 root   45u  IPv6 0x1a2b  0t0  TCP *:8081 (LISTEN)`),
    no(`3306 이미 사용중이라고 mariadb 안 올라와요. 예전에 설치한 mysql 서비스가 같이 자동시작 되는 듯. 하나 지워도 VOS 데이터 괜찮을까요?`),
    no(`お世話になっております。NOC の田中です。監視用の nginx を 443 で立てようとしたら bind() to 0.0.0.0:443 failed (98: Address already in use)。VOS の web が 443 使ってるのでしょうか。ポート変更の方法を教えてください。`),
    no(`도커 컴포즈로 CDR 리포트 툴 띄우는데 "Bind for 0.0.0.0:5432 failed: port is already allocated" 떠요. 호스트에 postgres 이미 설치돼 있어서 그런가봐요`),
    no(`再起動後、mbx3000d が起動せず、/var/log に bind error 98 が出ています。pidファイルが残っていて古いプロセスが 5060/tcp を握ったままでした。これは kill -9 でいいですか？それとも reboot ？`),
    no(`김과장입니다. 임시로 두번째 softswitch 인스턴스를 같은 서버에 띄웠더니 Address already in use 나오네요. 같은 5060 쓰면 안되는거죠? 포트 어디서 바꿔요?`),
    no(`LINE で失礼します。IVR のサーバー(別サーバー)で freeswitch が起動しません。
[ERR] sofia.c Error Creating SIP UA for profile: internal (sip:mod_sofia@10.0.0.5:5060) Address already in use
VOS とは別機械です`),
    no(`웹매니저 로그인 페이지 안 떠서 봤더니 catalina.out 에 "Address already in use <null>:8080" 있어요. 어제 다른 직원이 jenkins 를 같은 서버에 깔았대요 😅`),
    no(`弊社のエンジニアが自分のPCで管理画面のフロントを npm run dev したら「Error: listen EADDRINUSE: address already in use :::5173」だそうです。これってサーバー側の問題じゃないですよね？`),
    no(`haproxy 재시작 실패: "cannot bind socket [0.0.0.0:443]" 나와요. 옛날 haproxy 프로세스가 안 죽었네요. 이거 VOS랑 상관없죠?`),
    no(`再起動したら SNMP エージェントが udp 161 を bind できないと言ってます(Address already in use)。snmpd が2つ起動してるみたい。どっちを止めれば？`),
    no(`사장님이 물어보라고 해서요.. 서버 옮기고 나서 빌링 웹 포트 8080 이 이미 사용중이라고 떠서 웹이 안 열려요. 통화랑 등록은 다 정상입니다.`),
    no(`承知しました、lsof -i :5060 の結果です。
mbx3000d 1876 root 8u IPv4 TCP *:5060 (LISTEN)
mbx3000d 4410 root 8u IPv4 TCP *:5060 (LISTEN)
2個あります。新しい方は「Address already in use」で再起動ループしてます`),
    no(`원격지원 요청드립니다. softswitch.conf 수정 후 service mbx3000d reparse 가 아니라 restart 를 했는데 그 뒤로 5060 바인드 실패(Address already in use)로 안 뜹니다. 예전 프로세스 확인 부탁드려요`),
  ],
  otherRegistrationCause: [
    no(`안녕하세요 오늘 아침부터 내선 20개 전부 미등록이에요. 어제 밤에 SIP 비밀번호 일괄 변경했는데 폰에는 아직 예전 비번이 들어가 있어요. 로그에 401 Unauthorized 반복됩니다.`),
    no(`おはようございます。事務所の電話が全部「未登録」になってます。昨晩停電があって、ルーターが初期化されたみたいです。PPPoE の設定が消えてネットに繋がってません`),
    no(`게이트웨이 등록이 안돼요. DDNS 주소가 바뀌었는데 게이트웨이에 예전 도메인이 들어가 있었어요. 이거 고치면 되는거죠?`),
    no(`社内の IP 電話が登録されません。プロバイダを変えたら SIP ALG がデフォルト ON のルーターになってて、UDP 5060 の中身が書き換えられてるみたいです。RST 設定は触ってません`),
    no(`대리점 계정 하나가 갑자기 등록 안됨. 확인해보니 잔액이 마이너스라서 계정이 정지됐네요 ㅎㅎ 충전하면 바로 되나요?`),
    no(`端末が unregistered になる件、VOS の web で見ると account expired になってました。有効期限を延長する方法を教えてください`),
    no(`VOS 라이선스 만료 알림 뜨고 나서부터 새 등록이 안 받아져요. 기존 통화는 되는데 재등록하는 폰들이 다 실패. 라이선스 갱신 문의드립니다`),
    no(`大阪拠点の電話だけ登録落ちてます。拠点の固定IPが変わって、VOS側のIP認証(ゲートウェイのIP)が古いままでした。登録先IPの変更方法を教えてください`),
    no(`소프트폰 등록이 계속 풀려요. 와이파이 끊기면 그런 것 같아요. 직원 노트북이 절전모드로 들어가면 unregistered 됨. UDP 씁니다`),
    no(`電話機が1台だけ未登録。見に行ったら PoE スイッチのポートが死んでて電源が入ってませんでした😅 ほかは正常`),
    no(`어제부터 NAT 뒤 지점 폰들 등록 끊김. 근데 RST 설정은 한번도 안 바꿨고 UDP만 씁니다. 지점 공유기 교체하고 나서부터에요. 새 공유기에 SIP ALG 켜져 있는지 봐야 할까요?`),
    no(`MikroTik の配下の電話が全部未登録です。ISP の障害で外に出られない状態でした(ping 8.8.8.8 も NG)。今復旧待ちです。VOS 側で何かすることありますか？`),
    no(`계정 비번을 고객이 직접 바꿨다는데 IP폰엔 반영 안돼서 403 Forbidden 나옵니다. 등록 다시 하려면 폰에서 바꾸면 되죠?`),
    no(`400台のうち30台くらいが "Registration failed: 403" です。昨日アカウントをCSVで一括更新したときにパスワードの列がずれたっぽい…`),
    no(`DNS 레코드 바꾸고 나서 sip 도메인이 새 서버로 안 가고 예전 서버 IP로 가네요. TTL 때문인지 폰들이 미등록. 언제쯤 풀릴까요`),
    no(`サーバーのIPアドレスを変更しました(移設)。電話機の登録先はIP直書きだったので全部未登録になってます。一括で変える方法ありますか？`),
    no(`콜센터 상담석 50석 중 10석 미등록. 해당 층 스위치가 정전으로 나갔어요. UPS 없음.. 복구되면 자동으로 등록되나요?`),
    no(`夜間だけ登録が落ちる端末があります。調べたら客先ルーターの UDP セッションタイムアウトが30秒で、登録間隔が3600秒でした。TCPは使ってません。keepalive 入れればいいですか？`),
    no(`미등록 문제 관련입니다. 확인해보니 폰에 서버 포트가 5080 으로 잘못 설정돼 있었어요. 어제 신규 설치한 20대 전부. 설치 기사 실수네요`),
    no(`お疲れ様です。VOS の登録ユーザーが一斉に落ちました。原因はデータセンター側の回線障害(上流キャリア)で、30分サーバーに到達できなかったためです。今は戻ってます。念のため報告です。`),
    no(`폰 등록 안되는 건: 고객이 연체로 서비스 정지 상태입니다. 정지 풀면 해결되는 거 맞죠? RST 어쩌구는 관계없는 거죠?`),
    no(`ソフトフォンが登録できない。エラーは「408 Request Timeout」。お客様宅の Wi-Fi ルーターを新しいものにしたら、ルーターのファイアウォールが外向き 5060 UDP を遮断してました。`),
    no(`재택근무자들 소프트폰이 오늘 다 unregistered 입니다. 회사 VPN 인증서 만료돼서 VPN 접속이 안돼요. VOS는 VPN 안쪽 IP로만 열려 있어서..`),
    no(`登録が外れる件、原因わかりました。お客様がアカウント名を大文字で入力してました(user101 → User101)。お騒がせしました`),
    no(`고객사 IP-PBX 트렁크 등록 실패. 고객사가 공인IP 바뀐 걸 얘기 안해줬어요. VOS 화이트리스트에 새 IP 추가해야 하나요?`),
    no(`支店の電話が昨日の夜から全滅です。NTT の光回線工事でルーターの電源が抜かれたまま戻ってなかったそうです。現地スタッフが今差し込みました`),
    no(`게이트웨이 등록 상태 "offline" 으로 바뀜. 게이트웨이 쪽 계정 만료일이 2월말로 되어 있었어요. 연장 방법 알려주세요 🙏`),
  ],
  smallFigures: [
    no(`ss -s 결과 정상인가요?
Total: 312
TCP:   148 (estab 41, closed 83, orphaned 0, timewait 79)
새벽이라 통화 거의 없어요`),
    no(`TIME_WAIT ってそもそも何ですか？ netstat で 200 個くらい見えるんですが、放っておいていいものでしょうか`),
    no(`SS_TCP_CLOSE_RESET 옵션이 정확히 뭐하는 거에요? 켜면 뭐가 좋아지는지 궁금합니다. 지금은 기본값(Off)이에요`),
    no(`もし RST モードを有効にしたら、NAT 配下の電話機に影響はありますか？まだ変更していません。検討中です`),
    no(`점검차 netstat -an | grep TIME_WAIT | wc -l 해봤는데 412 나와요. CPS 는 평균 15 정도. 이 정도면 문제 없나요?`),
    no(`毎朝の定期チェックです。ss -tan state time-wait | wc -l → 356。先週とほぼ同じです。正常範囲でしょうか`),
    no(`tcp_tw_reuse 켜는 게 좋을까요? 지금 당장 문제는 없는데 다음 달에 트래픽 2배 예정이라 미리 여쭤봐요`),
    no(`ip_local_port_range の今の値が 32768 60999 です。これって標準ですか？広げたほうがいいケースってどんな時？`),
    no(`방화벽 뒤에 VOS 두고 RST 모드 켜면 통화 끊길 수 있다고 들었어요. 사실인가요? 아직 안 켰어요`),
    no(`「閉じるときに RST を送る」って、UDP の SIP にも効きますか？うちはほとんど UDP です`),
    no(`TIME_WAIT 3백개 정도 있는데 괜찮은거죠? 서버 사양 8코어 16기가, 동시통화 120 정도입니다`),
    no(`新任の NOC です。CLOSE_WAIT と TIME_WAIT の違いを教えてください。ss の出力にどちらも数十個あります`),
    no(`피크시간 ss -s 붙여요. 확인만 부탁드립니다
TCP:   1021 (estab 688, closed 190, orphaned 2, timewait 187)
통화 문제는 전혀 없어요`),
    no(`softswitch.conf の SS_TCP_CLOSE_RESET のデフォルト値は Off で合ってますか？設定ファイルに行がないんですが`),
    no(`견적 문의: CPS 200 정도 되면 TIME_WAIT 쌓이는 문제가 생길 수 있나요? 미리 알아두고 싶어요. 지금은 CPS 20`),
    no(`月次レポート用に教えてください。TIME_WAIT が 1日の中で最大 6百個くらい。ポート枯渇の心配はまだないですよね？`),
    no(`RST 모드를 켜면 reparse 만 하면 되나요 아니면 재시작 필요해요? 다음주 작업 계획 중이라서요`),
    no(`「cannot assign requested address」ってどういう時に出るエラーですか？ 今は出てないんですが、マニュアルで見かけたので`),
    no(`공유기 뒤에 있는 폰들이 TCP 로 등록하면 RST 모드랑 궁합이 안 좋다던데, 이유가 뭔가요? 궁금해서요`),
    no(`netstat の結果、正常ですか？
tcp   0   0 10.1.1.5:5060   203.0.113.7:51122   TIME_WAIT
tcp   0   0 10.1.1.5:5060   203.0.113.7:51130   TIME_WAIT
全部で 47 行です`),
    no(`동시통화 3만 가는 날 대비해서 커널 튜닝 추천값 있으면 알려주세요. 지금 피크는 3천이고 문제는 없어요`),
    no(`ポートの範囲って何個まで使えるんですか？ 32768〜60999 だと約2万8千ですよね。今の使用数は 150 くらいです`),
    no(`신입이라 질문드려요. RST 랑 FIN 차이가 뭐에요? VOS 설정에 그런 옵션이 있다고 들어서요`),
    no(`夜間バッチ後の ss -s です。timewait 92。問題ないと思いますが念のため`),
    no(`라우터 교체 예정인데, 새 라우터가 stateful 방화벽이면 SS_TCP_CLOSE_RESET 은 꺼두는게 낫나요? 현재 Off`),
    no(`お世話になります。tcp_tw_reuse=1 にするリスクってありますか？今 TIME_WAIT は 500 以下で安定してます`),
    no(`서버 헬스체크 결과 공유합니다. CPU 12%, 메모리 40%, TIME_WAIT 2백여개, 등록 단말 1,850. 이상 없죠?`),
  ],
  firewallNoRst: [
    no(`FortiGate 에서 새 캐리어 IP 화이트리스트 추가하려고 하는데 정책을 어디에 넣어야 하나요? 캐리어 IP 는 203.0.113.45 입니다`),
    no(`pfSense で 5060 TCP/UDP を開けたいです。NAT の port forward とルール両方必要ですか？`),
    no(`fail2ban 이 우리 고객 IP를 밴했어요 ㅠ
2024-03-02 10:11:02,114 fail2ban.actions [1234]: NOTICE [sip] Ban 121.134.x.x
비번 틀려서 그런가봐요. 언밴 방법?`),
    no(`iptables に RTP の 10000-20000 を許可するルールを追加したいです。今のルール貼ります
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -j DROP`),
    no(`공유기 SIP ALG 끄는 방법 알려주세요. iptime 쓰고 있어요`),
    no(`中国からの不正な発信が多いので、FortiGate で geo-blocking したいです。VOS 側に影響ありますか？`),
    no(`Cisco ASA 설정 리뷰 부탁드려요. 새로 VOS 서버 넣으면서 ACL 추가했는데 맞게 했는지 봐주세요
access-list OUTSIDE_IN extended permit udp any host 10.10.1.20 eq 5060
access-list OUTSIDE_IN extended permit udp any host 10.10.1.20 range 10000 20000`),
    no(`Sophos XG で SIP の helper を無効にするべきでしょうか？ 片通話の相談です。RST モードは使ってません`),
    no(`방화벽에서 보니 SIP 스캐너가 초당 수백개 REGISTER 보내요. 차단 룰 추천해주세요. User-Agent 가 friendly-scanner 로 찍힘`),
    no(`MikroTik で VOS サーバーへのポートフォワードを設定したいです。外部 5060 → 192.168.88.10:5060 でいいですか？`),
    no(`방화벽 교체 작업 일정 잡혔어요. 작업 전에 VOS 쪽에서 확인할 거 있나요? RST 모드는 Off 상태입니다`),
    no(`fail2ban のログに「[sip-asterisk] Ban 45.x.x.x」が一晩で 300 件出てます。攻撃だと思うんですが、正規のお客様も巻き込まれてないか心配です`),
    no(`새 캐리어 연동하는데 상대 쪽에서 SBC IP 2개 알려줬어요. iptables 에 어떻게 추가하나요? 5060 UDP 만 허용하면 될까요?`),
    no(`ufw で管理画面 8080 をオフィスの IP だけに制限したいです。コマンド教えてください`),
    no(`방화벽 로그에 deny 가 엄청 찍히는데 다 해외 IP 에서 5060 으로 들어오는 거예요. 정상 통화는 문제없습니다. 그냥 두면 되나요?`),
    no(`FortiGate の UDP セッションタイムアウトを延ばしたいです。SIP の登録間隔が長めなので。設定場所を教えてください`),
    no(`pfSense 에서 포트포워딩 했는데 외부에서 5060 접속이 안돼요. 룰 순서 문제인지 봐주세요. WAN 룰에 pass 는 있어요`),
    no(`新しいキャリアから「御社 FW で弊社 IP を許可してください」と依頼がありました。IP は 198.51.100.0/28 です。VOS 側の設定も必要ですか？`),
    no(`사무실 방화벽에서 SIP ALG 켜야 돼요 꺼야 돼요? 업체마다 말이 달라서..`),
    no(`iptables -L -n -v の出力です。ルールの見直しをお願いします。特に問題は起きてませんが監査前なので
Chain INPUT (policy DROP 0 packets, 0 bytes)
 pkts bytes target  prot opt in  out  source       destination
8812K   3G ACCEPT  udp  --  *   *    0.0.0.0/0    0.0.0.0/0    udp dpt:5060
 120K   9M ACCEPT  tcp  --  *   *    10.0.0.0/8   0.0.0.0/0    tcp dpt:8080`),
    no(`한국 외 지역에서 오는 SIP 트래픽 전부 막고 싶어요 (geoip). 일본 지사 IP 만 예외로요`),
    no(`Cisco ASA で SIP inspection を無効にする方法は？ 先方ベンダーから推奨されました`),
    no(`fail2ban 에 잘못 밴된 거래처 IP 영구 예외 처리 방법좀요. ignoreip 에 넣으면 되나요?`),
    no(`夜間にファイアウォールのファームウェア更新予定です。更新中は通話が切れますか？ VOS は FW の内側にあります`),
    no(`방화벽 정책 정리 요청드립니다. any-any 허용 룰이 있어서 보안 감사에서 지적받았어요. 필요한 포트 목록만 알려주세요`),
    no(`MikroTik 에서 VOS 관리페이지(8080) 외부 접속 막고 VPN 으로만 허용하려고 해요. filter rule 예시 있으면 부탁드려요`),
    no(`お疲れ様です。FortiGate のポリシーを整理したいので、VOS3000 が使うポート一覧(SIP、RTP、web)をください。今はとりあえず全部許可してます`),
  ],
  negationContext: [
    no(`지난달에 문의했던 TIME_WAIT 폭증 건 해결됐습니다. tcp_tw_reuse 켜고 나서 지금 피크에도 300개 정도에요. 감사합니다!`),
    no(`以前の件(RST モードで NAT 配下の電話が未登録になる)、Off に戻してから全台登録されています。ありがとうございました。クローズしてください`),
    no(`폰 미등록 건이요, 저희는 UDP만 쓰고 RST 설정은 한번도 건드린 적 없어요. 어제 관리자 비번 바꾸면서 SIP 비번도 같이 바뀐 것 같아요`),
    no(`参考までに転送します(解決済みの古いチケットです)
---
件名: ピーク時に cannot assign requested address
状況: 2023年11月 TIME_WAIT 4万超 → ip_local_port_range 拡大で解決
---
今は問題ありません。記録用です`),
    no(`혹시나 해서 말씀드리는데, 방화벽 로그에 RST 드랍은 하나도 없어요. 통화 끊김은 캐리어 쪽 장애로 확인됐고 지금 복구됨`),
    no(`「address already in use」のエラーは再起動直後の1回だけで、その後は出てません。TIME_WAIT も 100 前後です。念のため共有まで`),
    no(`아무도 설정 바꾼 적 없어요. SS_TCP_CLOSE_RESET 도 Off 그대로고요. 그런데 오늘 통화 품질이 안 좋다는 민원이 있어요. 지터 같아요`),
    no(`RST モードは先月試しましたが、FortiGate で RST が落ちる問題が出たのですぐ Off に戻しました。今は全部正常です。次にまた有効にするならどう準備すればいいかだけ教えてください`),
    no(`포트 고갈 문제 아닌 것 같아요. ss -s 보니 timewait 120개밖에 없고, 통화 실패는 캐리어가 503 준 거였어요`),
    no(`先日のポート枯渇の件、お礼です🙏 ip_local_port_range を 10000 65000 にしてから、ピークでも TIME_WAIT 3千以下、エラーゼロです`),
    no(`[전달] 작년 장애 보고서 공유드려요 (이미 해결)
"2023.08 피크시간 EADDRINUSE 다발, TIME_WAIT 3만 이상 → tcp_tw_reuse=1 적용 후 정상"
신규 직원 교육용입니다`),
    no(`NAT 配下の電話が未登録、と書きましたが勘違いでした。アカウントの有効期限切れでした。RST は使っていません。失礼しました`),
    no(`방화벽 때문이라고 생각했는데 아니었어요. FortiGate 로그 보니 드랍 없음. 그냥 고객 쪽 인터넷이 끊긴 거였어요`),
    no(`RSTモードにしてから NAT の端末が落ちるという話を聞きましたが、うちは全部 UDP なので関係ないですよね？念のため確認です。現状、問題は出ていません`),
    no(`어제 RST 모드 켰는데 아무 문제 없어요. 등록 다 정상, 방화벽 로그도 깨끗. TIME_WAIT 는 2만에서 8백으로 줄었어요. 잘 된 거 맞죠?`),
    no(`前回の「TIME_WAIT 5万」の件ですが、あれは負荷をかけた検証環境の数字で、本番サーバーでは 400 くらいです。本番は問題なしです`),
    no(`통화 끊김 건, NAT 문제 아닌 것 같습니다. 끊기는 건 전부 32초에서 끊겨요. ACK 안 오는 문제 같아요. RST 설정은 손 안 댔어요`),
    no(`ポート枯渇の手順書読みましたが、うちの症状は違うと思います。「Address already in use」は tomcat の 8080 だけで、発信は正常です`),
    no(`해결 보고: 미등록 원인은 비밀번호 변경이었어요. 폰에 새 비번 넣으니 전부 등록됨. RST 나 방화벽 문제는 아니었습니다`),
    no(`社内向けに説明してください：「SS_TCP_CLOSE_RESET を On にすると NAT 環境で登録が切れることがある」理由。※うちは Off のままで、問題は起きていません`),
    no(`지난주 RST 드랍 건은 pfSense 에서 state 정책 바꾸고 해결됐어요. 이번주는 계속 안정적이에요. 티켓 닫아주세요`),
    no(`もう大丈夫です！FortiGate のポリシー直してから、「no session matched」のログは一件も出てません。ありがとうございました`),
    no(`TIME_WAIT 많다고 알람 왔는데, 확인해보니 모니터링 스크립트가 단위를 잘못 계산했어요. 실제로는 260개. 오탐이에요`),
    no(`昨日報告した登録落ちですが、原因は停電でした。RST モード変更とは関係ありませんでした。変更自体まだしていません`),
    no(`방화벽 업체가 RST 패킷 드랍 얘기하던데 저희 VOS는 RST 모드 안 켰어요. 그래도 그 사람들 말대로 뭔가 해야 하나요? 현재 장애 없음`),
    no(`転送します。3月の障害報告(対応完了)
「MikroTik 配下の TCP 端末が RST モード有効後に未登録 → SS_TCP_CLOSE_RESET=Off に戻して解決」
今後の参考にファイルしておいてください`),
    no(`「cannot assign requested address」が出ていたのは旧サーバーの話で、新サーバーに移行してからは一度も出てません。旧サーバーはもう停止済みです`),
  ],
  portExhaustion: [
    pe(`급합니다!! 저녁 피크때마다 통화가 안 붙어요. 로그에 "connect failed: Cannot assign requested address" 계속 찍힘. ss -s 보면 timewait 2만8천개 넘어요`),
    pe(`至急お願いします。ピーク時(19時〜21時)に発信が失敗します。
ss -s
TCP:   31522 (estab 1840, closed 29410, orphaned 12, timewait 29377)
ログには connect() failed: Cannot assign requested address`),
    pe(`형님 또 그거에요. 피크 CPS 150 넘어가면 캐리어 쪽으로 TCP 연결이 안 됨. netstat 찍어보면 TIME_WAIT 만 3만개. 통화 실패율 40%`),
    pe(`夕方のピークで外向きの TCP 接続が張れなくなります。TIME_WAIT が約2万8千。ip_local_port_range は 32768 60999 のままです。これポート枯渇ですよね？`),
    pe(`안녕하세요 콜센터 IT입니다. 오전 10시 아웃바운드 캠페인 시작하면 발신이 30% 정도 실패해요. 서버 로그에 EADDRINUSE 나오고 TIME_WAIT 가 2만 넘어가요. 저녁엔 괜찮고요`),
    pe(`netstat -an | grep TIME_WAIT | wc -l
41208
業務時間中ずっとこれです。キャリア向けの発信が「cannot assign requested address」で落ちてます。`),
    pe(`피크 시간대에 새 TCP 연결이 아예 안 만들어져요. 기존 통화는 유지되는데 신규 발신 전부 실패. TIME_WAIT 삼만 넘음. 한가할 땐 멀쩡해요`),
    pe(`お世話になっております。毎日 20時頃に呼が通らなくなり、21時半には自然に直ります。その時間帯だけ TIME_WAIT が 3万 を超えています。エラーは発信側の "bind: Address already in use" です`),
    pe(`ss -tan state time-wait | wc -l
28761
저녁 8시 기준. 캐리어 trunk 로 나가는 연결이 Cannot assign requested address 로 실패해요. 도와주세요`),
    pe(`同時呼 2,500 を超えると、SIP trunk への TCP 接続が作れなくなり、発信が一斉に失敗します。ss で見ると 10.0.0.5:3xxxx → キャリア:5060 の TIME_WAIT が大量(2万以上)です`),
    pe(`어제부터 트래픽 2배로 늘었는데 피크때마다 BindException 뜨면서 발신 안 돼요.
java.net.BindException: Cannot assign requested address
TIME_WAIT 2만5천`),
    pe(`急ぎです。ピーク CPS 180 で発信失敗が急増。ログ:
[ERROR] tcp connect to 203.0.113.9:5060 failed: errno 99 (Cannot assign requested address)
ss -s の timewait 32110`),
    pe(`매일 점심시간 피크에 "주소를 할당할 수 없습니다" 에러 나요 (cannot assign requested address). 캐리어 쪽 TCP. TIME_WAIT 수가 만단위에요`),
    pe(`うちの VOS、ピーク帯だけ外線発信が 503 で返ってきます。サーバー側を見ると TIME_WAIT が 4万 近くあり、新規 TCP が張れてない様子。閑散時は数百です`),
    pe(`통화 안되는 시간대가 정해져 있어요: 18~20시. 그때 ss -s 찍은거 붙여요
Total: 34120 (kernel 0)
TCP:   33501 (estab 2110, closed 31280, orphaned 5, timewait 31102)
이거 포트 고갈이죠?`),
    pe(`ポートが足りなくなってるっぽいです。ピーク時に
connect: Cannot assign requested address
が秒間数十回出ます。TIME_WAIT は 3万弱、net.ipv4.tcp_tw_reuse は 0 のまま`),
    pe(`오늘 이벤트 때문에 CPS 가 평소 3배. 지금 발신 절반 실패중이고 TIME_WAIT 4만개입니다. 로그는 cannot assign requested address. 실시간으로 봐주실 수 있나요`),
    pe(`コールセンターの朝のオートコール開始時(9:00)だけ、発信がまとめて失敗します。syslog に "EADDRINUSE" が大量。その時 TIME_WAIT 2万超え`),
    pe(`야간에 자동발신 돌리면 새벽 1시쯤부터 연결 안 돼요. netstat 보면 TIME_WAIT 가 계속 쌓여서 2만8천 정도에서 멈춰요. 로컬 포트 범위 다 쓴 것 같음`),
    pe(`昨日から、ピーク時間に softswitch → ゲートウェイ (TCP) の接続が確立できません。エラー: "cannot assign requested address"。ss -tan | grep -c TIME-WAIT は 27940`),
    pe(`캐리어 쪽에서 우리 INVITE 가 안 온다고 해요. 우리 서버 보니 피크에 outgoing TCP 가 "Address already in use" 로 실패. TIME_WAIT 는 삼만 가까이`),
    pe(`ピークに通話が繋がらない件。netstat -ant | awk '{print $6}' | sort | uniq -c
  31890 TIME_WAIT
   1620 ESTABLISHED
     12 LISTEN
ご確認お願いします`),
    pe(`발신 실패율 피크때 25% → 로그 보면 전부 캐리어로 나가는 connect 의 bind 실패, errno 98. TIME_WAIT 2만6천. 한산할 땐 0%. 서버 하나에 캐리어 TCP 트렁크 5개 물려 있어요`),
    pe(`新しい大口の顧客を入れてから、毎日ピーク時に外向き接続のエラー(EADDRNOTAVAIL / Cannot assign requested address)が出ます。TIME_WAIT 約3万5千`),
    pe(`이번주부터 오후 3~5시에 통화가 안 붙는 현상. dmesg 는 깨끗한데 VOS 로그에 connect error 99. ss 보면 TIME-WAIT 3만1천. 포트 범위 늘려야 하나요?`),
    pe(`TIME_WAIT が多すぎて新しい TCP 接続ができません!! 今まさにピーク中です
ss -s → timewait 30544
発信の半分がエラー`),
    pe(`우리 콜센터 아웃바운드 다이얼러가 VOS 로 TCP 로 붙는데 피크 시간에 VOS 에서 캐리어로 나가는 연결이 막혀요. cannot assign requested address. TIME_WAIT 2만9천`),
    pe(`毎晩ピークで呼損が出ます。原因調べたら、ローカルポート(32768-60999)がほぼ全部 TIME_WAIT で埋まってました。28,000 個くらい。対策をお願いします`),
    pe(`[NOC 전달] 22시 피크 장애
- 증상: 신규 발신 실패, 기존 통화 유지
- 로그: "Cannot assign requested address" 초당 50건
- ss -s: timewait 33k
- 한산해지면 자연 복구
확인 부탁드립니다`),
    pe(`大至急。ピーク中に VOS が新規の TCP コネクションを張れません。TIME_WAIT 3.2万、ephemeral port 使い切ってると思います。RST モードにすべきですか？`),
  ],
  natUnregistered: [
    nat(`어제 SS_TCP_CLOSE_RESET=On 으로 바꾸고 reparse 했는데, 오늘 아침부터 재택 직원들 소프트폰(집 공유기 뒤, TCP) 이 전부 미등록이에요`),
    nat(`昨日 RST モードを有効にしてから、MikroTik 配下の電話機(SIP over TCP)が頻繁に登録切れになります。社内 LAN 直結の電話は問題なし`),
    nat(`말씀하신대로 close 모드 바꾼 다음부터 지점 공유기 뒤에 있는 IP폰들이 등록됐다 끊겼다 해요. TCP 로 등록하는 애들만 그래요`),
    nat(`御社の指示で SS_TCP_CLOSE_RESET を On にしました。それ以降、自宅ルーター経由のソフトフォン(TCP)が30分おきに unregistered になります`),
    nat(`RST 모드 켠 뒤로 NAT 뒤 게이트웨이 8대가 계속 등록 풀림. 공인IP 직접 붙은 게이트웨이는 멀쩡합니다. 전송은 TCP 입니다`),
    nat(`変更後(close を RST にした後)から、オフィス NAT の内側にある IP 電話 40台 が一斉に未登録。TCP で登録しています。戻したほうがいいですか？`),
    nat(`안녕하세요~ 어제 오후에 바꾼 설정 이후로 (TCP close → RST) 콜센터 상담석 폰들이 수시로 미등록으로 바뀝니다. 상담석은 사무실 공유기 NAT 뒤에 있고 TCP 써요`),
    nat(`RST モードにしてから、Zoiper(TCP)を使っている在宅オペレーターが全員登録落ちします。皆さん家庭用ルーターです。データセンター内の端末は問題なし`),
    nat(`softswitch.conf 에서 SS_TCP_CLOSE_RESET=On 하고 service mbx3000d reparse 했어요. TIME_WAIT 는 줄었는데 대신 NAT 뒤 TCP 단말들이 unregistered 로 떠요 😭`),
    nat(`TIME_WAIT 対策で RST 有効にしました。その日から、ヤマハルーター配下の拠点の電話(SIP/TCP)が登録維持できなくなってます`),
    nat(`월요일에 RST 켰어요. 그 다음부터 MikroTik 뒤에 있는 고객사 IP-PBX 트렁크가 TCP 등록이 자꾸 끊어져요. 다시 등록되는데 몇 분 걸림`),
    nat(`先週の設定変更(RST モード ON)以降、NAT 越しの TCP 登録端末だけ「未登録」と「登録」を行ったり来たりしています。UDP の端末は安定しています`),
    nat(`질문 아니고 장애 신고입니다. RST 모드 적용 후 공유기(ipTIME) 뒤 폰들 등록 끊김. TCP 5060. 공유기 재부팅하면 잠깐 됐다가 다시 끊겨요`),
    nat(`LINE 失礼します。昨夜 SS_TCP_CLOSE_RESET=On にしたあと、客先の NAT ルーター配下のゲートウェイ(SIP over TCP)が全部 offline です。`),
    nat(`재등록 실패 로그가 폭증했어요. 전부 NAT 뒤 단말이고 TCP. 어제 close reset 켠 것 말고는 바꾼 게 없어요`),
    nat(`在宅の方の softphone(TLS じゃなく TCP)が、RST モード切替後から登録が 10 分ももたない。自宅ルーターの NAT 経由です。会社にいる人は平気`),
    nat(`등록 현황 보면 2천대 중 6백대 미등록. 다 NAT 뒤고 TCP 사용하는 단말. 어제 밤 RST 모드로 바꾼 시점부터에요`),
    nat(`お疲れ様です。RST モード導入後、NAT の後ろの TCP 端末の登録数が 1,200 → 700 まで落ちました。グローバル IP 直収のものは影響なし`),
    nat(`대리점들이 난리에요. 폰이 미등록이래요. 다들 집이나 가게 공유기 뒤에서 TCP 로 붙어요. 우리 쪽에서 바꾼 건 SS_TCP_CLOSE_RESET 하나뿐`),
    nat(`RST にしてから、NAT 配下の Grandstream(TCP 設定)がときどき「Not Registered」表示になります。いったん切れると次の再登録まで電話が受けられません`),
    nat(`어제 바꾼 close 옵션(RST) 때문인 것 같아요. 지사 MikroTik NAT 뒤에 있는 폰 30대가 TCP 로 등록하는데 하루종일 들락날락해요. 본사 폰은 괜찮아요`),
    nat(`昨日御社に切り替えてもらった「RST で閉じる」設定のあと、支店(NAT)の TCP 電話が登録できなくなりました。戻せますか？`),
    nat(`RST 켠 이후 콜센터 폰들 (사무실 NAT, TCP) 상태가 계속 unregistered ↔ registered 반복. 통화중에 끊기는 건 아니고 대기 중에 수신이 안 돼요`),
    nat(`至急です。RST モード ON 後、在宅勤務者のソフトフォンが全部登録切れ。全員 NAT の内側、TCP です。業務が止まってます`),
    nat(`설정 바꾼 후로 (SS_TCP_CLOSE_RESET On) 고객사 Yeastar PBX 가 우리 VOS 에 TCP 로 등록 유지를 못해요. 고객사 회선은 일반 인터넷, 공유기 NAT`),
    nat(`変更点は SS_TCP_CLOSE_RESET=On だけです。その後から、家庭用ルーターの内側にある TCP の端末が未登録になり続けてます。ログには REGISTER が来てない時間帯があります`),
    nat(`어제 저녁 RST 모드 켠 후 재택 상담원 25명 중 20명이 소프트폰 미등록 상태에요. 전부 집 와이파이 공유기, 전송 TCP`),
    nat(`RST 有効化以降の登録状況です:
NAT 配下 TCP: 登録 210 / 未登録 390
直収 TCP: 登録 85 / 未登録 0
UDP: 変化なし`),
    nat(`대표님이 RST 모드 켜라고 해서 켰는데, 그 뒤로 가게 공유기 뒤 폰들이 등록이 다 날아갔어요. TCP 로 쓰고 있어요. 어떻게 해요?`),
    nat(`TIME_WAIT が減ったのは良かったんですが、RST モードにしてから Cisco 製ルーターの NAT の内側にある電話(TCP)がたびたび未登録になります`),
  ],
  firewallRst: [
    fw(`RST 모드 켠 뒤로 통화가 중간에 끊기거나 안 끊기고 매달려요. FortiGate 로그에 "no session matched" 가 엄청 찍혀요`),
    fw(`RST モード有効後、FortiGate のログに
msg="no session matched" proto=6 tcpflags="RST"
が大量に出ており、発信が途中で止まります`),
    fw(`ASA 로그 붙입니다. SS_TCP_CLOSE_RESET On 이후로 이거 계속
%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 203.0.113.20/41822 flags RST on interface inside
그 뒤로 캐리어 통화 실패율 올라감`),
    fw(`iptables で INVALID を DROP しているんですが、RST モードにしてから
kernel: DROP INVALID IN=eth0 OUT= SRC=203.0.113.8 DST=10.0.0.5 PROTO=TCP SPT=5060 DPT=38122 RST
が増え、通話がハングします`),
    fw(`어제 close 방식 바꾼 다음부터 pfSense 뒤에 있는 캐리어 연결이 이상해요. 통화가 안 끊기고 계속 걸려있는 상태로 남아요. 방화벽 로그에 TCP:R 블록 많아요`),
    fw(`Sophos の内側に VOS があります。RST モードに切り替えたら通話切断が相手に伝わらず、呼が残ります。Sophos のログで RST パケットが out of state として破棄されています`),
    fw(`방화벽(포티게이트) 로그:
action="deny" msg="no session matched" proto=6 srcport=5060 tcpflags="RST"
RST 모드 켠 후부터 초당 수십개. 통화 끊김 민원 폭주중`),
    fw(`RST を On にした後、ASA で "Deny TCP (no connection) ... flags RST" が出続けてます。それと同時期に通話が繋がらない/切れないという苦情が増えてます`),
    fw(`conntrack 쪽에서 RST 가 INVALID 로 떨어지는 것 같아요. RST 모드 적용 후 통화 끊김이 늘었어요. iptables -A INPUT -m state --state INVALID -j DROP 룰 있어요`),
    fw(`昨日の RST 切り替え以降、MikroTik の firewall で connection-state=invalid の drop カウンタが急増。同時に、キャリアとの通話が途中で落ちます`),
    fw(`설정 변경(RST) 이후 Cisco ASA 뒤 캐리어 통화가 BYE 후에도 안 끊어져서 채널이 꽉 차요. ASA 로그에 RST 패킷 deny 됩니다`),
    fw(`pfSense のログ:
Mar 12 21:03:11 filterlog: 5,,,1000000103,igb1,match,block,in,4,0x0,,64,0,0,none,6,tcp,40,10.0.0.5,198.51.100.7,5060,42211,0,R,
RST モードにしてから通話がハングしたままになるのが増えました`),
    fw(`화요일 RST 모드 켰고 수요일부터 통화가 30초쯤에 뚝 끊기는 현상. 방화벽(Sophos) 로그에 out of state 로 RST 드랍 찍힘`),
    fw(`RST 有効化後、FortiGate で no session matched が秒間 100 件以上。キャリア A 向けの通話だけ失敗率 35%。キャリア A は FortiGate の外側です`),
    fw(`방화벽 팀에서 연락왔어요. 어제부터 VOS 에서 나오는 TCP RST 가 세션 없는 패킷이라고 다 드랍되고 있대요. 그 시점에 통화 hang 이 시작됐어요. 어제 RST 켰거든요`),
    fw(`回線は生きてるのに通話が「切れない」んです。RST モードにしてから、呼が終わってもチャネルが解放されない。iptables のログに INVALID で落とされた RST が大量`),
    fw(`SS_TCP_CLOSE_RESET=On 후 iptables 로그:
IN=eth1 OUT= SRC=10.0.0.5 DST=198.51.100.3 PROTO=TCP SPT=5060 DPT=5060 RST
INVALID 로 드랍되는 중. 통화 연결이 가끔 안 돼요`),
    fw(`FortiGate 配下のゲートウェイとの通話で、RST モード ON から切断の遅れ・呼の取り残しが発生。FortiGate のトラフィックログには no session matched と tcp flags R の deny`),
    fw(`통화가 끊기질 않아요!! RST 켠 뒤로 상대가 끊어도 우리쪽은 통화중으로 남음. pfSense 에서 RST 패킷 block 로그 확인함`),
    fw(`設定変更後(SS_TCP_CLOSE_RESET On)、ASA 越しの発信で 10 件に 1 件くらい無音のまま繋がらない。ASA で flags RST の Deny ログが出ています`),
    fw(`RST 모드 적용 후 MikroTik 방화벽에서 invalid 로 드롭되는 패킷 보니 전부 VOS 가 보내는 RST 에요. 그때부터 통화 중 끊김 발생`),
    fw(`昨日から通話が途中で切れる件、Sophos のログ確認しました。VOS から出た RST が「Packet dropped: no matching session」として破棄されています。RST モードにしたのは昨日です`),
    fw(`어제 고객사 요청으로 RST 모드 켰는데, 고객사 포티게이트에서 RST 가 세션 없음으로 드랍되고 통화가 매달려 있대요. 채널 잠식 심해요`),
    fw(`NOC 報告: 21:00 以降通話ハング多発。原因調査中ですが、FW (FortiGate) に no session matched (flags=R) が集中。RST モードは本日 20:30 に有効化`),
    fw(`close reset 켜고 나서 통화 실패. conntrack -S 보면 invalid 카운트 계속 올라가요. iptables 로그에 RST 드랍. 이전엔 이런 적 없음`),
    fw(`RST モード後、iptables の "-m conntrack --ctstate INVALID -j DROP" に RST が引っかかってるようです。通話が切れずに残るので同時呼数の上限に張り付いてます`),
    fw(`급해요. RST 켠 후로 캐리어 연동 통화 중 절반이 hang. ASA 로그에 %ASA-6-106015 Deny TCP (no connection) flags RST ACK 계속`),
    fw(`御社に RST モードにしてもらってから、弊社側の pfSense で TCP:R がブロックされ、呼が終わらず残ります。弊社はキャリアで、御社 VOS と TCP で接続しています`),
    fw(`RST 모드 이후로 방화벽이 RST 드랍하는 거 맞는 것 같아요. 통화가 안 끊겨서 과금이 길게 나와요. Sophos XG 로그 "out of state"`),
    fw(`RST モードにしてから通話が切れなくなった件。MikroTik の /ip firewall filter で invalid drop のカウンタが RST 切替の時刻から跳ね上がってます。今も増加中`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning180Set: readonly EvalItem[] = Object.values(tuning180Families).flat();
