import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 operators, resellers and NOC staff in Japan and Korea, and Japanese and Korean speakers abroad, writing to
 * their provider on WhatsApp in Japanese (kanji and kana, casual and polite forms) and Korean (Hangul, casual banmal
 * and polite forms), with English tech words mixed in and some romaji or romanised Korean. Figures come as 3万, 2万8千,
 * 三万, 3만, 이만팔천, 30k, 30,000 or a raw 28843. The messages are one-liners, voice-note transcripts, forwards from night
 * shifts and customers, pasted netstat, ss, tcpdump, iptables, conntrack, firewall and softswitch log lines, with typos
 * and chat slang (ㅋㅋ, ㅠㅠ, 笑).
 *
 * The two-hundred-and-forty-sixth tuning split, written as the two-hundred-and-forty-sixth never-tuned evaluation set
 * because these writers wrap the playbooks' English words in kana, kanji and Hangul without spaces, say the same fault
 * with native words and numerals (三万, 삼만) and often leave the deciding detail to a closing aside, in fresh hands again.
 * Five negative families of 27 (one service that cannot bind its own port, registration lost for another reason, small
 * figures and questions, firewall work without dropped RST, playbook words denied or explained) and three positive
 * families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written
 * before the eighty-second round of rules by someone who had read only the playbooks' symptoms and the domain notes,
 * without the matcher, its rules or the other sets in view; measured as such before and after the eighty-second round,
 * then made tuning material for the eighty-third: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 86.7 %, negatives confident 7.4 %, confident wrong 1.1 % with the
 * rules of the eighty-first round, before the eighty-second.
 * After the eighty-second round: the same.
 * After the eighty-third round, tuned on: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %; short of the
 * bar by its needless questions (25.9 % of the negatives asked back).
 */
export const tuning246Families = {
  oneListeningPort: [
    no(`tomcat起動しない… "Address already in use: JVM_Bind" 8080。前のjavaプロセス残ってるっぽい`),
    no(`웹포털 안 열려요. catalina.out에 java.net.BindException: Address already in use <null>:8080 찍혀있음`),
    no(`mysqld が起動失敗、ログ見たら Can't start server: Bind on TCP/IP port: Address already in use で port 3306 だって`),
    no(`두번째 softswitch 인스턴스 테스트로 띄우려는데 5060 bind 실패 ㅠ 원래 mbx3000d가 이미 잡고 있어서 그런가요?`),
    no(`ノートPCで npm run dev したら EADDRINUSE :::3000 って出た。VOSと関係ないけどついでに聞いていい？`),
    no(`docker run -p 80:80 nginx 하면 "bind: address already in use" 나와요. 호스트에 httpd가 80 물고 있네요`),
    no(`sshd が 22 で listen できないってエラー。sshd_config に Port 22 を2回書いてたかも`),
    no(`snmpd 재시작 안됨: Error opening specified endpoint "udp:161" ... 이미 다른 snmpd 떠있는 듯`),
    no(`netstat -tlnp | grep 8080
tcp        0      0 0.0.0.0:8080        0.0.0.0:*         LISTEN      2231/java
↑こいつが居座っててtomcat再起動できない。kill していい？`),
    no(`VOS 웹 관리페이지 포트 8080→8088로 바꿨는데 8088도 이미 사용중이라고 에러 남. 뭐가 쓰는지 어떻게 봐요?`),
    no(`監視用の node_exporter が立ち上がらない。journalctl に "listen tcp :9100: bind: address already in use"。前に手動で起動したのが裏で生きてたっぽい、VOSは普通に動いてます`),
    no(`postgres가 5432 포트 이미 사용중이라고 안 떠요... 아 도커 컨테이너에 postgres 하나 더 있었네`),
    no(`社内のzabbix-agent、10050 が address already in use で起動失敗。古いagentが残ってた。VOSのサーバー上なんで一応共有です`),
    no(`mbx3000d restart했는데 "bind 5060 failed: address already in use" 한 줄 뜨고 안 올라와요. ps 보니 옛날 프로세스 하나 좀비처럼 남아있음`),
    no(`Javaのアプリで BindException 出てるけど、これ 1099 (RMI) だけ。他のポートは普通`),
    no(`ㅇㅇ 그 address already in use 에러는 apache 443 얘기임. 콜은 정상`),
    no(`httpd -t は OK なのに start で (98)Address already in use: AH00072: make_sock: could not bind to address [::]:80 … nginxも入ってたわ`),
    no(`openvpn 1194 UDP bind 실패한대요, 서버에 wireguard도 있는데 포트 겹치는지 봐주세요`),
    no(`開発用のVMで python -m http.server 8000 → OSError: [Errno 98] Address already in use。前のターミナル閉じ忘れ`),
    no(`고객사 IVR 서버 (freeswitch) 5080 bind 안됨, VOS랑 같은 박스에 올렸더니 충돌. 포트 바꾸면 되나요`),
    no(`kubectl port-forward で 5432 が使用中って言われる…ローカルのpostgresか`),
    no(`ntpd が 123 を bind できない、chronyd も動いてた。両方入れたの誰よ笑`),
    no(`録音サーバー起動時に「端口被占用」的なエラー、ポート 7000。中国語ログで読めないけど多分1個のポートが被ってるだけ`),
    no(`그라파나 3000포트 이미 사용중. 이 서버에 node 앱 누가 띄웠어요?`),
    no(`webmin 10000 port already in use って出る。Usermin と同じポート設定になってた模様`),
    no(`mysql 3306 이미 사용중이라서 mariadb 안올라감. 업그레이드하다가 둘다 설치됨 ㅋㅋ`),
    no(`ss -ltnp 'sport = :5060'
LISTEN 0 128 *:5060 *:* users:(("kamailio",pid=901,fd=5))
kamailio が5060握ってて VOS が起動できない。テストで入れたの忘れてた`),
  ],
  otherRegistrationCause: [
    no(`大阪の拠点の電話全部未登録。停電だったらしい、ルーター落ちてる`),
    no(`게이트웨이 등록 실패, 로그에 401 Unauthorized 반복. 비번 바꿨는데 게이트웨이에 반영 안했나봐요`),
    no(`お客さんのアカウント期限切れでregister拒否されてる？ 403 Forbidden 出てます`),
    no(`충전 안해서 잔액 다 떨어짐 → 계정 잠김 → 폰들 등록 안됨. 충전하면 바로 돌아오나요?`),
    no(`DNSのAレコード変えたら、古いIP向いてる端末が登録できない。TTL待ち？`),
    no(`서버 IP 바뀌고 나서 SIP 폰들 unregistered. 폰 설정에 예전 IP 박혀있음`),
    no(`ルーター交換したら UDP の電話が登録されなくなった、SIP ALG が有効になってるっぽい。TCPは使ってないです`),
    no(`VOS 라이선스 만료 경고 뜨고 나서 등록 안됨... 라이선스 갱신 어디서 해요?`),
    no(`GXW 게이트웨이 전원 어댑터 나감. 그래서 unregistered ㅠ 새 어댑터 주문함`),
    no(`ISP障害で福岡の回線が死んでる。電話は全滅、VOS側は異常なし`),
    no(`softphone (Zoiper) で登録失敗、ユーザー名に全角スペース入ってた…`),
    no(`공유기 바꾸고 UDP 5060 쓰는 폰들만 등록 풀림. TCP 안씀. SIP ALG 끄라는데 어디 메뉴인지`),
    no(`登録が60分ごとに切れる、expires 3600 で再登録しない設定になってた`),
    no(`provider 쪽 장애 공지 떴어요, 트렁크 등록 안되는거 그쪽 문제라고`),
    no(`端末のMACで認証してるんだけど、交換した端末のMAC登録してなかった`),
    no(`폰 시계가 1970년이라 TLS 인증서 검증 실패 → 등록 안됨. NTP 설정 안되어있었음`),
    no(`VOSの電話機設定でIP制限かけてたの忘れてて、新しい事務所から登録できない`),
    no(`사무실 인터넷 끊김 (KT 회선 장애). 복구되면 등록되겠죠?`),
    no(`Yealink の設定でSIPサーバーのポートを 5060 → 5061 に間違えて変えてた、それで未登録`),
    no(`계정 동시등록 제한이 1로 되어있어서 두번째 폰이 등록 안됨`),
    no(`先月分の請求未払いで止められた？ 全回線 未登録 なんだけど`),
    no(`FortiGate の SIP セッションヘルパー有効のまま、UDP の REGISTER が 480 で失敗する`),
    no(`gateway 등록 상태 'Unregistered'. 보니까 PoE 스위치 포트 하나 죽어서 전원 안들어감`),
    no(`パスワード変えた後、古い設定のまま再起動した端末だけ 401 ループ。fail2ban にも引っかかってるかも`),
    no(`NAT 뒤에 있는 폰들 등록 풀렸는데, 우리 UDP만 써요. 공유기 재부팅 후부터. 포트포워딩 설정 날아간듯`),
    no(`ルーター配下の電話が未登録、でも原因はDHCPでIPが変わって固定設定と合わなくなっただけでした。共有まで`),
    no(`등록 안되는 단말 있는데 보니까 도메인 오타 voss3000 으로 되어 있었음 ㅋ`),
  ],
  smallFigures: [
    no(`TIME_WAIT って何ですか？ netstat で 200 個くらい見えるけど普通？`),
    no(`ss -s 결과 TIME_WAIT 312개인데 이거 정상인가요? 콜 거의 없는 새벽`),
    no(`net.ipv4.tcp_tw_reuse = 1 にするのって安全？ NAT配下のクライアントいるとダメって聞いたけど`),
    no(`SS_TCP_CLOSE_RESET 이 옵션 뭐하는 거예요? 매뉴얼 4.3.5.2 읽어도 잘 모르겠음`),
    no(`ip_local_port_range のデフォルトって 32768 60999 ですよね？ 確認だけ`),
    no(`현재 사용중인 포트 확인하는 명령어 알려주세요. netstat 말고 ss로`),
    no(`ss -s
Total: 412 (kernel 530)
TCP:   158 (estab 61, closed 80, orphaned 0, timewait 78)
特に問題ないと思うけど念のため見てもらえます？`),
    no(`CPS 30 정도인데 TIME_WAIT 800개. 문제될 수준인가요?`),
    no(`「ポート枯渇」ってどれくらいの数から心配すればいい？ 今 CLOSE_WAIT 3、TIME_WAIT 150`),
    no(`tcp_fin_timeout 60 을 30으로 줄이면 뭐가 달라지나요? 그냥 궁금`),
    no(`月次ヘルスチェック: TIME_WAIT 540, ESTABLISHED 120, CPU 12%, メモリ余裕あり。異常なし報告です`),
    no(`ephemeral port 가 뭔지 설명 좀… 신입이라서요`),
    no(`netstat -an | grep -c TIME_WAIT → 97。昼休みの時間帯。これは少ないですよね`),
    no(`RST랑 FIN 차이 간단하게? 교육자료 만드는 중`),
    no(`sysctl -a | grep tw_reuse で 0 って出る。デフォルト0なんですね。変える必要ある？`),
    no(`지금 SIP TCP 연결 수 2백개 정도, 동시콜 150. 서버 여유 있나요`),
    no(`softswitch.conf の場所ってどこでしたっけ？ /home/kunshi/mbx3000/etc だった気がする`),
    no(`TIME_WAIT 3百個くらい、心配ないって言われたけど根拠知りたい`),
    no(`UDP 랑 TCP 중에 SIP 뭐가 좋아요? 신규 고객 세팅 전에`),
    no(`ピーク時 CPS 15、TIME_WAIT 最大 1,200 くらい。まだ余裕？`),
    no(`service mbx3000d reparse 하면 콜 끊겨요? restart 랑 차이가 뭐예요`),
    no(`Linux って発信用のポート何個まで使えるの？ 65535 全部使えるんですか`),
    no(`CentOS6 에서 sysctl.d 안 읽힌다는데 맞아요? sysctl.conf 에 쓰면 되나`),
    no(`ss コマンドがない古いCentOS5、代わりに何使う？`),
    no(`TIME_WAIT 60초 유지되는 거 맞죠? 그거 줄일 수 있어요?`),
    no(`今日のTIME_WAIT 推移: 朝 80 → 昼 420 → 夜 150。グラフ共有しときます、問題なし`),
    no(`tcp_tw_recycle は消えたって本当？ カーネル4.12以降`),
  ],
  firewallNoRst: [
    no(`FortiGate で 5060/TCP と 10000-20000/UDP 開けたいです。ポリシーどう書けば`),
    no(`새 고객 IP 화이트리스트 추가 부탁드려요 203.0.113.45`),
    no(`fail2ban で自分のオフィスIPがbanされた笑 解除方法教えて`),
    no(`iptables -A INPUT -p udp --dport 5060 -j ACCEPT 이거 넣었는데 재부팅하면 사라짐. 저장 어떻게 해요`),
    no(`中国とロシアからのSIPスキャン多いので geo-block したい。pfSense で pfBlockerNG 使えばいい？`),
    no(`MikroTik에서 포트포워딩 5060 → 내부 192.168.88.10 설정 방법 알려주세요`),
    no(`ASA のファームウェア上げる予定。SIP inspection の挙動変わる？`),
    no(`보안그룹(AWS)에서 RTP 포트 범위 열어야 하는데 몇번부터 몇번까지?`),
    no(`SIP ALG off にしたいけど Yamaha RTX のコマンドわからない`),
    no(`방화벽 로그에 friendly-scanner 로 REGISTER 엄청 들어옴. 차단 룰 추천 좀`),
    no(`iptables -L -n の出力貼ります
Chain INPUT (policy DROP)
ACCEPT     udp  --  0.0.0.0/0     0.0.0.0/0     udp dpt:5060
ACCEPT     tcp  --  198.51.100.4  0.0.0.0/0     tcp dpt:22
これでweb管理画面(8080)入れないのは当然？`),
    no(`pfSense 2.7 로 업그레이드해도 되나요? 현재 2.6`),
    no(`ufw と iptables 両方動いてるっぽい、どっち使うべき`),
    no(`FortiGate 세션 타임아웃 기본값 알려주세요. 그냥 문서 정리용`),
    no(`VOSの管理画面を社外から見えないようにしたい。IP制限のやり方`),
    no(`nf_conntrack: table full, dropping packet 메시지 나와서 nf_conntrack_max 올렸어요. 지금은 괜찮음`),
    no(`セキュリティグループで 5060 TCP 開けたのに繋がらない→ OS側の firewalld が閉じてた。解決`),
    no(`방화벽 교체 견적 받는 중, 팔로알토 vs 포티게이트 VOS 환경에서 추천?`),
    no(`SIP の TLS 5061 を通すルール、FortiGate で書き方合ってるか見て：set service "SIP-TLS"`),
    no(`iptables로 초당 REGISTER 제한 걸고 싶어요. hashlimit 예시 있나요`),
    no(`NATのポートフォワード、外5080→内5060 にしたら動くけど変？`),
    no(`방화벽에서 국가차단했더니 일본 출장간 직원 등록 안됨 ㅋㅋ 예외 추가해줘요`),
    no(`방화벽 정책 정리 중이에요. WatchGuard 룰 중에 hit count 몇 달째 0인 것들 있는데 지워도 되는지 확인하는 방법 있나요?`),
    no(`Cisco ASA에 새 인터페이스 추가했는데 VOS 쪽 라우팅 바꿔야 돼요?`),
    no(`pfSense で RTP のポート範囲をエイリアスにまとめたい。やり方だけ`),
    no(`CSF 방화벽 LFD 알림 메일 너무 많이 와요. 끄는 법`),
    no(`ファイアウォール側でSIPのログ取りたい、FortiGateの diag debug flow の使い方教えて`),
  ],
  negationContext: [
    no(`うちはUDPのみなので SS_TCP_CLOSE_RESET は関係ないですよね？ 一応確認`),
    no(`RST 모드 꺼져있어요 (Off). 근데 궁금한게 켜면 뭐가 좋아요?`),
    no(`先週の TIME_WAIT 3万件の件、tw_reuse 入れてから解決してます。ありがとうございました`),
    no(`혹시 RST 켜면 NAT 뒤 폰들 등록 풀릴 수 있나요? 지금은 꺼져있고 켤 계획만 있음`),
    no(`研修資料で「RSTをファイアウォールが落とすとどうなるか」の説明スライド作ってます。例を教えて`),
    no(`지난달 포트 고갈 건 정리 보고서 씁니다. 원인/조치 요약 확인 부탁`),
    no(`ラボ環境で SS_TCP_CLOSE_RESET On にして挙動見てみたい。本番じゃないです`),
    no(`다른 회사 서버 얘기인데요, 거기 방화벽이 RST를 버린다는데 우리랑은 무관하고 그냥 궁금`),
    no(`TIME_WAIT 2万8千 とか聞くと怖いけど、うちは 300 くらい。将来そうなったら相談します`),
    no(`아무도 설정 안 바꿨어요. RST도 그대로 off. NAT 뒤 폰 하나 등록 안되던건 비번 문제였음`),
    no(`address already in use は昨日の話で、再起動後は出てないです。close してOK`),
    no(`지난주 FortiGate 가 RST 드롭하던 거, RST 끄고 나서 해결됨. 티켓 닫아주세요`),
    no(`NAT裏の端末が登録落ちた件、原因はRSTじゃなくてルーターの電源でした。お騒がせしました`),
    no(`만약에 우리가 RST 모드 켜면 pfSense 에서 문제 생길까요? 아직 안켰어요`),
    no(`ss -s で TIME_WAIT 多いって報告は誤報でした、見てたのテストサーバーで本番は正常`),
    no(`포트 고갈 시나리오 시뮬레이션 하려면 어떻게 해요? 부하테스트 계획중`),
    no(`tcp_tw_reuse=1 と port_range 広げるの、来月のメンテで入れる予定。今は問題なし`),
    no(`동료가 RST 때문에 방화벽에서 세션 끊긴다고 하던데 그거 우리 서버 아니고 고객사 PBX 얘기예요`),
    no(`去年 RST モードで NAT の電話が全部落ちた事件あったけど、今は TCP やめて UDP にしてるので大丈夫`),
    no(`Q: SS_TCP_CLOSE_RESET=On 상태에서 TLS close_notify 생략되는거 보안상 괜찮아요? (이론 질문)`),
    no(`ご参考まで：他社のVOSが昨日ポート枯渇で落ちたらしい。うちは影響なし`),
    no(`"cannot assign requested address" 뜨는 건 직원 노트북 얘기예요, VPN 연결할 때. 서버 아님`),
    no(`RSTは有効にしてないし、ファイアウォールもステートレス。CLOSE_WAITも0。念のため報告だけ`),
    no(`이전 벤더가 RST on 으로 해놨던거 우리가 인수받자마자 off 했음. 그 이후 문제 없음`),
    no(`面接で聞かれたんですけど、TIME_WAITが溜まる理由って何でしたっけ`),
    no(`NAT 뒤 TCP 폰 등록 끊기는 이슈 FAQ 문서 만들려고요. 예시 문장 좀 주세요`),
    no(`RST モードの切り替え、やるとしたら reparse でいける？ まだ決めてないけど`),
  ],
  portExhaustion: [
    pe(`ピーク時に発信できない！ログに cannot assign requested address 大量。TIME_WAIT 3万超えてる`),
    pe(`저녁 피크만 되면 콜 안나감. netstat 보니까 TIME_WAIT 3만개 넘음 ㅠㅠ 급해요`),
    pe(`ss -s
Total: 31702 (kernel 31890)
TCP:   31247 (estab 412, closed 30611, orphaned 3, timewait 30598)
夕方からずっとこれ、発信失敗多発`),
    pe(`bind 에러 계속 나요. "Address already in use" 인데 특정 포트가 아니라 나가는 연결마다 랜덤으로. 피크 타임에만`),
    pe(`夜8時のピークでSIPトランクへのTCP接続が張れなくなる。TIME_WAIT 2万8千。ローカルポート足りてない感じ`),
    pe(`트래픽 몰리면 EADDRINUSE 뜨고 새 TCP 연결이 안 만들어져요. CPS 200 정도`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
  28843 TIME_WAIT
    521 ESTABLISHED
     12 LISTEN
これ普通じゃないよね？ 発信エラー出てる`),
    pe(`이만팔천개 TIME_WAIT… 로컬 포트 다 쓴듯. 나가는 콜 실패율 40%`),
    pe(`yuugata no peak de "cannot bind" error ga deru. TIME_WAIT sanman kurai. tasukete`),
    pe(`jeonyeok peak ttae outgoing call an dwaeyo, TIME_WAIT 3man gae, port bujok ingayo?`),
    pe(`ボイスメモ文字起こし：えーと、あの、毎日夕方になると、外向けの発信がバタバタ失敗してて、ネットスタットで見たら、タイムウェイトがなんか三万くらい溜まってて、ポートが足りないんじゃないかって…`),
    pe(`음성메모: 어 그 저녁 피크때마다 콜이 안나가거든요 서버에서 보면 타임웨잇이 삼만 개 넘게 쌓여있고 로그엔 cannot assign requested address 라고 나와요`),
    pe(`ip_local_port_range が 32768 60999 のままで、ピークに足りてない。TIME_WAIT 2.8万、発信失敗中。広げた方がいい？`),
    pe(`고객사 트래픽 두배로 늘고 나서부터 러시아워에 발신 실패. 소켓이 TIME_WAIT로 3만개 넘게 잡혀있어요`),
    pe(`softswitch ログ: "connect() failed: Cannot assign requested address (99)" が毎秒出てる。キャンペーンのオートダイヤル中`),
    pe(`30k TIME_WAIT on peak, 새 연결 bind 실패. tw_reuse 는 0 임`),
    pe(`CPS 上げたら (150→300) 発信側で bind 失敗が急増。ss で見ると timewait 三万近い`),
    pe(`피크에 "Address already in use" 가 나는데요, 이상한게 서버에 listen 충돌은 없고 outbound 연결에서만 나요. TIME_WAIT 2만9천`),
    pe(`転送 from 夜勤:「21時〜23時 発信不可多発、TIME_WAIT 31,000、ポート枯渇疑い」対応お願いします`),
    pe(`콜센터 오토콜 돌리면 30분쯤 뒤부터 연결 안됨. 보니까 ephemeral port 다 찼다고 나옴`),
    pe(`夕方だけ発信NG。ESTABLISHED は 500 くらいなのに、TIME_WAIT がやたら多い(3万)。朝は普通`),
    pe(`netstat -an | grep TIME_WAIT | wc -l
30412
방금 찍은거. 지금 발신 안됨`),
    pe(`bind: Cannot assign requested address がアウトバウンド全体で出る。特定ポートじゃない。負荷高い時間帯のみ`),
    pe(`TCP で上位キャリアに出すコールがピークで詰まる。新規コネクション張れない、TIME_WAIT 溜まりまくり、ss -s で 29k`),
    pe(`이번주부터 피크 CPS 250 찍는데 그때마다 "no free port" 비슷한 에러. 로컬 포트 범위 늘려야 하나요? 지금 발신 막힘`),
    pe(`毎晩いちばん混む時間帯になると外への電話がつながらなくなる。サーバーには終わったはずの接続が三万近く残ってて、新しいのが作れないみたい`),
    pe(`가장 바쁜 시간대에만 밖으로 나가는 전화가 안 걸려요. 끝난 연결이 삼만 개쯤 남아서 새 연결을 못 만든다고 엔지니어가 그러네요`),
    pe(`ログ抜粋
2024-05-14 20:41:07 [ERR] tcp connect to 10.20.1.5:5060 failed: errno=99 (EADDRNOTAVAIL)
2024-05-14 20:41:07 [ERR] tcp connect to 10.20.1.6:5060 failed: errno=99 (EADDRNOTAVAIL)
毎晩このへんの時間から出始める`),
    pe(`솔직히 뭔지 모르겠는데요, 피크에 발신 실패하고 ss 찍으면 timewait 가 거의 3만. 로그엔 BindException`),
    pe(`週末セール中、着信は平気なのに発信だけ死ぬ。ローカルポート使い切ってる？ TIME_WAIT 32,000`),
  ],
  natUnregistered: [
    nat(`SS_TCP_CLOSE_RESET を On にしてから、MikroTik 配下の電話が全部未登録に。グローバルIPの端末は大丈夫`),
    nat(`RST 모드 켠 뒤로 공유기 뒤에 있는 TCP 폰들 등록이 계속 풀려요. 공인 IP 쓰는 게이트웨이는 멀쩡`),
    nat(`昨日 TIME_WAIT 対策で CLOSE_RESET=On にした。今朝から NAT 裏の softphone (TCP) が unregistered 連発`),
    nat(`RST on 하고나서 사무실 Yealink 들 (TCP, NAT 뒤) 등록 떨어짐. 데이터센터 직결 장비는 정상`),
    nat(`RST mode on ni shite kara, router no ushiro no denwa ga touroku hazureru. TCP desu`),
    nat(`RST mode kyeogo naseo NAT dwi phone deul registration kkeunkyeoyo, TCP sseuneun geotman`),
    nat(`음성메모: 그 어제 엔지니어가 무슨 리셋 옵션 켰다고 하던데 그 다음부터 지점 공유기 뒤에 있는 전화기들이 등록이 풀렸다 붙었다 해요 TCP로 붙는 애들만요`),
    nat(`音声メモ起こし：あのー昨日、リセットのやつ、RSTモード？を入れてもらってから、支店のルーターの内側にある電話がずっと未登録で、本社のグローバルの方は問題ないんですよ`),
    nat(`softswitch.conf に SS_TCP_CLOSE_RESET="On" 追加して reparse。その後、NAT配下のTCP登録が5分おきに落ちる`),
    nat(`MikroTik 뒤의 Zoiper(TCP) 전부 unregistered. 어제 RST 모드 활성화 작업 있었음`),
    nat(`転送します:「RST有効化後、ルーター(NAT)経由のSIP/TCP端末のみ登録消失、固定IP端末は影響なし」`),
    nat(`TIME_WAIT 줄이려고 RST 켰더니 이번엔 NAT 고객들 폰이 등록 안돼요 ㅋㅋ 하나 고치니 하나 터지네`),
    nat(`RSTにしてからNATの中の電話が登録切れる。UDPの端末は平気、TCPのだけ`),
    nat(`지점 3곳 (전부 공유기 NAT) 에서 TCP 로 붙는 폰 80대가 등록 풀림. 본사 공인IP 폰은 정상. 변경사항: 어제 밤 SS_TCP_CLOSE_RESET On`),
    nat(`Grandstream ゲートウェイ、NAT 越しTCPで繋いでるやつだけ Unregistered。昨日の夜 RST モードに切り替えた後から`),
    nat(`registration 계속 끊김 → 재등록 → 끊김. 공유기 뒤 TCP 단말만. 지난주 포트 고갈 때문에 RST 켰음`),
    nat(`在宅スタッフのソフトフォンが朝から全員オフライン表示。パスワードも変えてないし回線も生きてる。みんな家のルーター経由でTCP接続。あ、そういえば昨日TCPの切断をRSTにする設定入れました`),
    nat(`재택근무 직원들 소프트폰 전부 오프라인. 비번도 그대로고 인터넷도 됨. 다들 집 공유기 통해서 TCP. 아 참고로 어제 TCP 연결 끊을 때 RST 보내게 설정 바꿨어요`),
    nat(`ss で見ると NAT 側のIPからの TCP 接続がすぐ消える。RST モードにしてから。端末は未登録表示`),
    nat(`CLOSE_RESET 켠 후부터 VOS 화면에서 NAT 뒤 폰들이 빨간색(미등록). 공인 IP 폰들은 초록`),
    nat(`RST on にした後、NAT配下の IP-PBX のトランク登録が落ちたり戻ったり。PBXはTCPで登録してます`),
    nat(`MikroTik 라우터 쓰는 고객 전부 등록 불안정, RST 모드 적용 이후. UDP 쓰는 고객은 문제 없음`),
    nat(`昨晩のメンテで RST 切断に変更 → 今朝、ルーター越しの TCP 電話 40台が未登録。直結のSBCは正常`),
    nat(`VOS 업데이트하면서 SS_TCP_CLOSE_RESET On 해놨는데, NAT 안쪽 단말들 registration expired 떠요`),
    nat(`ルーターの内側の電話だけ登録が外れます。TCPです。変えたのは、切断方法をリセットにしたことくらい`),
    nat(`RST mode 켜고 나서 NAT 환경 TCP phone 등록 유지가 안돼요. keepalive 설정은 30초`),
    nat(`3万TIME_WAIT対策でRST入れたら今度はNATのお客さんから「電話が未登録」クレーム殺到。全員TCP`),
    nat(`공유기 뒤에 있는 폰만 미등록입니다. TCP 5060 으로 붙어요. 어제 RST 옵션 켰어요.`),
    nat(`RST有効後、Yamaha RTX の NAT の内側にある TCP 端末が登録できない。外側のは平気`),
    nat(`지점 라우터(NAT) 뒤 게이트웨이 TCP 등록이 RST 켜자마자 끊김. 다른 설정 바꾼 거 없어요`),
  ],
  firewallRst: [
    fw(`RSTモードにしてから FortiGate のログに "no session matched" 大量。通話が繋がらない時ある`),
    fw(`RST 켠 뒤로 ASA 로그에 "TCP packets out of state" 도배됨. 콜 실패 증가`),
    fw(`pfSense のログに RST が block されてるの見える。SS_TCP_CLOSE_RESET On にしてから接続がハーフオープンで残る`),
    fw(`iptables -L -v 보니까 INVALID 로 RST 드롭되는 카운트가 계속 올라가요. RST 모드 켜고 나서부터. CLOSE_WAIT 쌓임`),
    fw(`FortiGate のログに "RST dropped" がずっと出てる。RST有効化してから SIP TCP が半開きのまま残って、次のコールが失敗`),
    fw(`AWS 보안그룹 뒤에 둔 VOS, RST 모드 켰더니 연결이 안 끊기고 남아요. 상대편은 계속 연결된 줄 앎. RST 가 중간에서 버려지는 듯`),
    fw(`ファイアウォールがRSTを捨ててるっぽい。tcpdump でVOS側からRST出てるのに相手に届いてない。RSTモードは先週から`),
    fw(`tcpdump -ni eth0 'tcp[tcpflags] & tcp-rst != 0'
12:01:03.441 IP 10.0.0.5.5060 > 203.0.113.9.41822: Flags [R], seq 1183021, win 0, length 0
방화벽 바깥에서 캡쳐하면 이 RST 가 안 보여요. RST 모드 켠 뒤로 콜 실패`),
    fw(`RST 켠 다음부터 conntrack 에서 RST 가 INVALID 처리되어 drop. 상대 게이트웨이는 CLOSE_WAIT 로 계속 들고 있음`),
    fw(`CLOSE_RESET=On 以降、ASA 経由の通話だけ失敗。ASA のログ: "Deny TCP (no connection) ... flags RST"`),
    fw(`음성메모: 어제 RST 모드 켰잖아요 그 뒤로 방화벽 쪽에서 뭔가 패킷을 버린다고 로그가 엄청 찍히고요 콜이 중간중간 안 붙어요 포티게이트예요`),
    fw(`音声メモ：えっと、RST の設定入れてから、FortiGate のログに out of state ってのがずっと出てて、通話がたまに繋がらないです`),
    fw(`RST mode on ni shitara, FortiGate ga RST wo drop shiteru mitai. setsuzoku ga nokotte call shippai`),
    fw(`RST mode kyeon hu bangwhabyeok (ASA) eseo RST drop, call silpae manhaejim`),
    fw(`転送:「VOSのRST化後、客先pfSenseでRSTがステート外として破棄、SIP/TCPセッションが半開き→新規INVITE失敗」`),
    fw(`GCP 방화벽 뒤에 있는 고객 트렁크만 RST 모드 이후 콜 실패. 패킷 캡쳐상 RST 가 중간에서 사라짐`),
    fw(`通話が時々失敗する。相手側の装置はまだ接続が生きていると思ってるらしい。間にFortiGateがあって、うちのサーバーが送る切断パケットを通してないみたい。ちなみに先週から切断方法をRSTに変えてる`),
    fw(`콜이 가끔 실패해요. 상대 장비는 연결이 살아있다고 생각함. 중간에 방화벽이 있는데 우리 서버가 보내는 끊기 패킷을 안 통과시키는 듯. 아, 지난주부터 연결 끊는 방식 RST 로 바꿨어요`),
    fw(`iptables のログ: "IN=eth0 OUT= ... PROTO=TCP SPT=5060 ... RST" が INVALID DROP に引っかかってる。RSTモード有効化した直後から`),
    fw(`SonicWall 에서 "TCP packet received on non-existent/closed connection; TCP packet dropped" RST 켠 이후 계속`),
    fw(`FortiGate の session list に SIP TCP の古いセッションが残りっぱなし。RST が落とされてるせい？ RST モードは先週から On`),
    fw(`RST 켰더니 방화벽 뒤 고객들만 콜이 실패해요. 방화벽 로그엔 out of state RST dropped`),
    fw(`CLOSE_WAIT が相手SBC側で数千。間のステートフルFWがRSTを捨ててる。SS_TCP_CLOSE_RESET=On`),
    fw(`Check Point 로그 "TCP packet out of state: First packet isn't SYN" tcp_flags: RST-ACK. RST 모드 적용 이후`),
    fw(`RST にしてから FW 経由だけ半開き接続が増えた。FW ログに RST dropped`),
    fw(`pfSense 상태 테이블에서 RST 가 차단됨. 로그: "TCP:R" blocked, 5060. RST 모드 켠 다음날부터 통화 실패`),
    fw(`conntrack -S 見ると invalid が急増、RSTモード入れてから。SIP TCP のRSTが落とされてる？ 通話の失敗もそこから`),
    fw(`고객사 팔로알토에서 RST 패킷 버림, "out-of-state" 로그. 우리 VOS RST 모드 켠 뒤부터 그 고객만 통화 불량`),
    fw(`ASA 越しの通話、BYE の後の接続が残る。ASA が "no connection" で RST を落としてる。RST 有効化以降`),
    fw(`방화벽이 우리 RST 를 씹어요. SIP TCP 세션 반쯤 열린 채로 남고 새 콜 붙을 때 실패. RST 모드는 어제부터 켰음`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning246Set: readonly EvalItem[] = Object.values(tuning246Families).flat();
