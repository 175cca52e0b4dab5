import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Messages from VOS3000 operators, resellers and their NOC staff in Japan and Korea, sent on WhatsApp: Japanese (keigo
 * and casual, kanji/kana mixed with English technical terms, some romaji and hurried hiragana) and Korean (Hangul with
 * English terms, polite and casual, ㅋㅋ/ㅠㅠ), plus some English as they speak it. Figures come as 3万, 2万8千, 3만, 2만 8천,
 * 28,000 or 30k. Many are voice-note transcripts, forwards from their own customers or staff, or pasted
 * netstat/ss/tcpdump/firewall/softswitch output.
 *
 * The two-hundred-and-thirtieth tuning split, written as the two-hundred-and-thirtieth never-tuned evaluation set
 * because Japanese and Korean operators write two scripts without spaces or with particles glued to English words, in
 * fresh hands again. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or explained)
 * and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall
 * dropping RST). Written before the seventy-eighth round of rules by someone who had read only the playbooks' symptoms
 * and the domain notes, without the matcher, its rules or the other sets in view; measured as such before and after the
 * seventy-eighth round, then made tuning material for the seventy-ninth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 93.3 %, negatives confident 6.7 %, confident wrong 0 % with the
 * rules of the seventy-seventh round, before the seventy-eighth.
 * After the seventy-eighth round: the same.
 * After the seventy-ninth round, tuned on: in scope 97.8 %, negatives confident 0.7 %, confident wrong 0 %.
 */
export const tuning230Families = {
  oneListeningPort: [
    no(`お世話になっております。VOSのWeb管理画面が再起動後に開かなくなりました。catalina.outに「java.net.BindException: Address already in use :8080」と出ています。別のtomcatが残っているようですが、どちらを止めればよいでしょうか。`),
    no(`mysql 안 올라와요 ㅠㅠ 로그에 Can't start server: Bind on TCP/IP port: Address already in use / Do you already have another mysqld server running on port: 3306 ? 이렇게 나옴. 어제 백업용으로 mysqld 하나 더 띄웠었는데 그거 때문인가요`),
    no(`docker run -p 5060:5060/udp で試験用のkamailioコンテナ立てようとしたら
docker: Error response from daemon: driver failed programming external connectivity on endpoint kamailio-test: Bind for 0.0.0.0:5060 failed: port is already allocated.
ホストのmbx3000dが使ってるってことですよね？別ポートにすればOK？`),
    no(`mbx3000d restart 했는데 softswitch 로그에 bind 5060 failed, address already in use 나오고 안 올라옵니다. ps 보니까 예전 mbx3000d 프로세스가 하나 안 죽고 남아있네요. kill 하고 다시 올려도 되나요?`),
    no(`sshdのポートを22から2222に変えたら起動しない。journalctlに error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. だって。2222って何が使ってるんだろ`),
    no(`redis-server 재시작하니까 Could not create server TCP listening socket *:6379: bind: Address already in use 라고 떠요. 과금 리포트용 redis인데 이거 VOS랑 상관있나요?`),
    no(`[root@vos ~]# netstat -tlnp | grep :80
tcp        0      0 0.0.0.0:80      0.0.0.0:*     LISTEN      2231/httpd
nginx入れたら起動しません (nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use))。apache止めていいですか？VOSのポータルは8080なので関係ないと思うんですが`),
    no(`開発PCでAPIサーバー起動したら Error: listen EADDRINUSE: address already in use :::3000 って出ました。CDR取る社内ツールです。前のnodeが残ってるだけですかね、すみません初歩的で`),
    no(`Hi, our own billing app (java) on the VOS box fails to start: java.net.BindException: Address already in use: JVM_Bind on port 9090. I think the old instance is still running after the deploy. How do I find the pid?`),
    no(`[ボイスメモ文字起こし] えーとですね、あの、昨日の夜にサーバー移設したんですけど、その、もう一台のソフトスイッチを同じ箱で試しに動かそうとしたら、5060がもう使われてますって出て、えー、起動しないんですよ。本番のほうは普通に通話できてます。はい、そんな感じです`),
    no(`[음성메시지] 아 네 사장님 저 김대리인데요 그 웹 관리 페이지 있잖아요 톰캣이 안 떠요 로그 보니까 8443 포트 이미 쓰고 있다고 나오는데 아마 제가 어제 테스트로 깔아둔 젠킨스 때문인 것 같아요 그거 지워도 되죠`),
    no(`ss -ltnp 'sport = :5060'
State   Recv-Q Send-Q Local Address:Port  Peer Address:Port
LISTEN  0      128    0.0.0.0:5060        0.0.0.0:*    users:(("asterisk",pid=4412,fd=18))
asteriskがいるせいでmbx3000dがbindできてない。誰かがテスト用に入れたっぽい。asteriskアンインストールでOK？`),
    no(`포트 충돌 문의드립니다. 신규 설치한 VOS3000 2.1.8 서버에서 웹서버 기동 시 "Address already in use" 발생합니다. 확인해보니 OS 기본 설치된 httpd가 80 점유 중입니다. httpd 비활성화해도 문제 없을까요?`),
    no(`devサーバーの docker compose up で postgres が落ちる。Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use ローカルのpostgres止め忘れてた笑 VOS関係なかったすみません`),
    no(`お疲れ様です。監視用のzabbix-agentが起動失敗します。listener failed: bind() for [[-]:10050] failed: [98] Address already in use 旧バージョンのagentが残っているようです。アンインストール手順ありますか`),
    no(`형 vos 서버에 프로메테우스 node_exporter 깔았는데 9100 이미 사용중이래 ㅋㅋ 누가 먼저 깔아놨나봐 확인 좀`),
    no(`Hello sir. mbx3000d second instance for test carrier not start. log say "cannot bind 0.0.0.0:5080 address in use". first instance is using 5080 already? we want run two instance in same server. possible?`),
    no(`VOSの管理クライアントが接続できません。サーバー側で確認したところ、管理用サービスのポートを別のJavaプロセスが掴んでいてBindExceptionで起動失敗していました。このプロセスが何か分からないので見ていただけますか。`),
    no(`tomcat 로그 붙여요
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
웹포탈만 안 되고 콜은 잘 됩니다. 어제 누가 tomcat 두 번 start 한 것 같아요`),
    no(`[転送] 田中さんから：「ノートPCでSIPp動かそうとしたら 5060 既に使用中 って言われる。Zoiperが裏で起動してた」→ これってサーバー側の問題ではないですよね？念のため確認です`),
    no(`Our NOC guy installed haproxy on the switch to front the portal and now haproxy says "cannot bind socket [0.0.0.0:443]". the portal itself is listening 443 already I guess. should we move haproxy to 8443?`),
    no(`VOS3000の録音サーバー機能を有効にしたら起動ログに「bind error: port 9000 in use」と出ます。確認したらphp-fpmが9000番を使っていました。録音側のポートを変更する設定はどこでしょうか`),
    no(`ㅠㅠ 서버 재부팅 후에 웹 관리 안 열려요. netstat 보니까 8080에 java 두 개가 붙으려다 하나는 BindException. 서비스 등록이 두 번 돼있는 것 같은데 systemctl 에서 하나 지우면 될까요`),
    no(`dev環境のVOS検証機、mbx3000dとSIPプロキシ(opensips)両方5060で立ち上げようとしてbind失敗。本番じゃないので急ぎではないです。どっちかのポートずらす設定教えて`),
    no(`안녕하세요, snmpd 가 161 udp bind 실패로 안 뜹니다. Error opening specified endpoint "udp:161" 이라고 나와요. 다른 모니터링 에이전트가 잡고 있는 것 같습니다. 어떻게 확인하나요?`),
    no(`ftp(vsftpd)でCDRを取引先に渡してるんですが、今朝からvsftpd起動しない。500 OOPS: could not bind listening IPv4 socket って出る。xinetd経由でも21番が立ってるみたい`),
    no(`Hi team, quick one: after installing the new version of our call-recording web UI it crashes on boot with EADDRINUSE 0.0.0.0:8081. The old UI service is still enabled. Calls are fine, CPS normal, only this one port. Just tell me how to disable the old one pls`),
  ],
  otherRegistrationCause: [
    no(`おはようございます。今朝から大阪支店の電話が全部未登録になっています。昨日SIPアカウントのパスワードを一括変更したのですが、電話機側の設定はまだ変えていません。401 Unauthorizedがずっと出ています。`),
    no(`사장님 저희 고객사 전화기 다 unregistered 떠요. 확인해보니까 서버 IP 바뀐 거 공지 못 받아서 전화기에 옛날 IP 그대로 들어가 있었어요 ㅠㅠ 일괄로 바꾸는 방법 있나요?`),
    no(`VOS側で端末がオフライン表示。原因わかりました、停電です。ビル全体が朝まで停電してたそうで、UPSもなかったみたい。復電したのに一部の電話機だけ戻らないんですが、再起動で戻りますか？`),
    no(`[고객 메시지 전달] "어제부터 소프트폰이 자꾸 등록 끊겨요. 핸드폰 절전모드 켜면 앱이 꺼지는 것 같아요" 이거 배터리 최적화 예외 설정하면 되는 거죠?`),
    no(`licence切れてない？ 管理画面に「ライセンス有効期限切れ」って赤字で出てて、新しい端末が全然登録できない。既存のは生きてる。更新の見積もりください`),
    no(`403 Forbidden 계속 나옵니다. REGISTER 보내면 바로 403. 계정 만료일 보니까 어제 날짜로 만료돼 있네요. 연장 가능한가요?`),
    no(`Hello, our customer changed the router to a new ASUS one and now half the IP phones show unregistered. They use UDP 5060. The router has SIP ALG on by default I think. What settings should they change?`),
    no(`事務所のWi-Fiが落ちてて、ソフトフォンが全部未登録です。有線のIP電話は大丈夫。ISPに問い合わせ中です。VOS側は何もしなくて大丈夫ですよね？`),
    no(`[음성메시지 받아쓰기] 여보세요 네 그 저희 매장 전화기가 아침부터 등록이 안 돼요 어 보니까 랜선이 빠져 있었네요 허허 꽂았는데도 안 되는데 몇 분 기다려야 되나요`),
    no(`ドメイン名でVOSに登録させていたのですが、DNSのAレコードを新サーバーに向け直したところ、TTLが長くて古いIPを引いたままの端末が未登録になっています。TTLが切れるまで待つしかないでしょうか。`),
    no(`sip 계정 몇 개를 실수로 삭제했어요 ㅠㅠ 그 전화기들만 404 Not Found 나오면서 등록 안 돼요. 복구 방법 있나요? 백업은 지난주 거 있어요`),
    no(`お客様から転送：「Grandstreamの電話機、ファームアップデートしたらパスワードが初期化されたみたいで登録できません」→ 端末側で再設定してもらえばOKですよね`),
    no(`KT 인터넷 장애로 강남 지점 전체 등록 풀렸었어요. 지금은 복구됐는데 일부 게이트웨이만 아직 unregistered. 게이트웨이 재부팅 말고 방법 있을까요`),
    no(`Hi. MikroTik behind, UDP 5060, all phones unregistered since 10am. Our ISP (NTT) confirmed fiber cut in the area. Just to inform, and ask whether VOS keeps the accounts ok when they come back?`),
    no(`あのー、コードレス電話の子機が未登録って出るんですけど、電池切れてました。充電したら直りました。一応報告です笑`),
    no(`비밀번호 변경 정책 때문에 90일마다 SIP 비번 자동 변경되는데 이번에 변경된 비번이 게이트웨이에 반영이 안 돼서 게이트웨이 전체 401 떠요. 게이트웨이 쪽에 일괄 적용하는 API 있나요?`),
    no(`2024-03-12 09:14:22 REGISTER sip:vos.example.jp from 203.0.113.45 -> 401 Unauthorized (wrong password) x 120
同じ端末から1分に120回。お客さんがパスワード打ち間違えてるだけ？それとも乗っ取り？`),
    no(`新しく引っ越した事務所で、電話機を挿したのに全部未登録のまま。ルーターの設定見たらSIP ALGがオンでした。UDPで使ってます。オフにすればいいですか？`),
    no(`무선 AP 교체하고 나서 와이파이 폰들만 등록이 안 돼요. SSID 비번 바꼈는데 폰에 안 넣었음 ㅋㅋ 제 실수입니다`),
    no(`Customer says "phones unregistered" but actually their account is suspended for nonpayment, we did it ourselves lol. how to show a nicer message to them instead of 403?`),
    no(`お世話になります。サーバーのグローバルIPを変更した件、端末側のプロキシ設定を変更しないまま切り替えてしまいました。TCPで登録している端末もUDPの端末も全滅です。各拠点に連絡して設定変更中ですが、VOS側で旧IPからの転送のようなことはできますか。`),
    no(`[전달] 고객사 IT담당: "오늘 아침 정전 이후 PoE 스위치가 안 올라와서 전화기 전원이 안 들어옴" → 전화기 전원 문제라 저희 쪽 문제 아니라고 답변해도 될까요?`),
    no(`VOSの端末ライセンス数が上限に達していて、新規の電話機がREGISTERで503を返されています。ライセンス追加の手順を教えてください。`),
    no(`zoiper on iphone keeps going offline when the screen is locked. user is behind home router, TCP transport. after we enabled push notifications it is fine. just wanted to ask if there is a better keepalive setting on VOS side`),
    no(`어제 저녁부터 전화기 등록이 안 되는데 서버 쪽 SIP 도메인을 바꿨거든요. 전화기엔 예전 도메인이 들어가 있어서 그런 것 같아요 realm 안 맞는다고 나와요`),
    no(`ひらがなですみません いそいでます でんわきがぜんぶみとうろく じむしょのぶれーかーおちてた いまもどした しばらくまてばいい？`),
    no(`Hi, the 2 Yealink phones in Busan branch fail register with 401 since Monday. We reset them to factory by mistake so the SIP password is gone. Can you resend the credentials for ext 2031 and 2032`),
  ],
  smallFigures: [
    no(`ss -s の結果です。
Total: 312
TCP:   187 (estab 96, closed 71, orphaned 0, timewait 68)
これって正常ですか？特に問題は起きてないんですが定期チェックです`),
    no(`TIME_WAIT가 정확히 뭔가요? 신입이라 잘 몰라서요. netstat 보니까 TIME_WAIT 200개 정도 있는데 이게 나쁜 건가요?`),
    no(`tcp_tw_reuse って有効にしたほうがいいんですか？今のところトラブルはないです。ネットで見かけたので気になって。`),
    no(`SS_TCP_CLOSE_RESET 파라미터가 하는 일이 뭔가요? 매뉴얼에 설명이 짧아서요. 지금 설정 바꿀 계획은 없고 그냥 이해하려고요`),
    no(`Is 400 TIME_WAIT normal for a server doing about 15 CPS? No errors, just checking.`),
    no(`夜間の監視で TIME_WAIT が 350 前後。昼は 800 くらい。エラーなし。これくらいなら放置でいいですよね`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     42 ESTABLISHED
      3 LISTEN
    117 TIME_WAIT
      1 FIN_WAIT2
이 정도면 괜찮은 거죠? 서버 신규 구축하고 점검 중이에요`),
    no(`ip_local_port_range のデフォルト値って何でしたっけ？32768 60999？ 今度の研修資料に書きたいので`),
    no(`안녕하세요 TIME_WAIT 이랑 CLOSE_WAIT 차이가 뭔가요? 저희 서버엔 CLOSE_WAIT 5개 TIME_WAIT 90개 정도 있어요. 문제 있는 건 아니고 궁금해서요`),
    no(`RSTでコネクション閉じるのとFINで閉じるのって何が違うんでしょう？お客さんに聞かれて答えられなかったので教えてください`),
    no(`our vos has 50 cps at peak, timewait around 1.2k at peak and drops to 200 at night. any tuning needed or leave it? everything is working`),
    no(`[음성메시지] 네 안녕하세요 그 점검 보고서 쓰다가 궁금한 게 있는데요 타임웨이트가 한 삼백 개 정도 나오거든요 이게 정상 범위인지 그거 하나만 확인 부탁드려요 장애는 없어요`),
    no(`tcp_fin_timeout を短くするとTIME_WAITって減るんですか？今は数十個しかないので困ってはいないです。`),
    no(`ss -tan state time-wait | wc -l
61
小さい拠点用のVOSです。この数字で何か気にすることあります？`),
    no(`SIP over TCP 쓰면 TIME_WAIT 가 UDP 보다 많이 생기나요? 지금은 UDP 위주고 TCP 단말 20대 정도예요`),
    no(`すみません基本的な質問です。TIME_WAITの状態って何秒くらい続くものなんですか？60秒？`),
    no(`Health check for Seoul node: CPU 12%, mem 40%, TIME_WAIT 240, ESTAB 130, no failed calls in last 24h. Anything we should look at?`),
    no(`tcp_tw_recycle は使っちゃダメって聞いたんですが本当ですか？NAT越しの端末がいるので。いま特に問題はないです`),
    no(`What does "orphaned" mean in ss -s output? we have orphaned 0, timewait 45. just learning linux sorry`),
    no(`월간 점검: TIME_WAIT 평균 3백, 최대 7백. 작년보다 조금 늘었는데 통화량도 늘어서 그런 거겠죠? 이상 없음 보고용입니다`),
    no(`VOSのマニュアル4.3.5.2のところ、RSTモードにするとTIME_WAITが溜まらない理由がよくわかりません。仕組みを簡単に説明してもらえますか？うちは今Offで問題なしです`),
    no(`Does net.ipv4.tcp_max_tw_buckets matter for us? current timewait is like 150. default is 262144 or something right`),
    no(`TIME_WAIT 수십 개 정도인데 보안 점검 업체가 "TIME_WAIT 존재" 라고 지적사항에 적어놨어요 ㅋㅋ 이거 문제 아니라고 설명하려면 뭐라고 하면 될까요`),
    no(`ポート範囲の設定ってどれくらい広げるのが普通ですか？1024-65535にしてる会社もあると聞きました。うちはCPS 5くらいなので今のままでいいと思ってますが参考までに`),
    no(`netstat -s | grep -i reset
    23 connection resets received
    11 resets sent
これって多いんですか？一週間の累計です`),
    no(`hello quick question, ESTABLISHED 80 and TIME_WAIT 500 on a box with 300 channels. is ratio ok? no complaint from customers`),
    no(`TIME_WAIT 8백 개면 많은 건가요 적은 건가요? 포트는 2만 8천 개 쓸 수 있다고 들었는데 그럼 여유 있는 거죠?`),
  ],
  firewallNoRst: [
    no(`新しいキャリアのIPを許可したいです。203.0.113.0/24 からSIP(5060 UDP/TCP)を受けられるようにiptablesに追加する方法を教えてください。`),
    no(`fail2ban 이 우리 고객사 IP를 ban 해버렸어요 ㅠㅠ 비번 틀린 게 몇 번 있었나봐요. unban 하는 명령어 좀요`),
    no(`FortiGateでSIP ALG（session-helper）を無効にしたいです。UDPの通話で片通話が起きていて、ALGが怪しいと言われました。手順ありますか`),
    no(`Hi, we want to block all SIP traffic from outside Japan and Korea on our pfSense. geo-ip block. Any recommended list? we get scanners from everywhere`),
    no(`방화벽에서 웹 포탈(8080) 외부 접속 열어달라는 요청이 있는데 포트포워딩 어떻게 설정하면 되나요? 공유기는 ipTIME 입니다`),
    no(`REGISTERのアタックが多いのでレート制限をかけたいです。iptablesのhashlimitで1秒10回までとか設定して大丈夫ですか？正規の端末は200台くらい`),
    no(`ASA에 새 캐리어용 rule 추가해야 되는데 RTP 포트 범위가 어떻게 되나요? 10000-20000 맞나요?`),
    no(`AWSのセキュリティグループで5060/TCPを開けたのにつながらない。OS側のfirewalldでも開ける必要がありますか？`),
    no(`Mar 14 02:11:09 fw kernel: [UFW BLOCK] IN=eth0 SRC=45.134.x.x DST=10.0.0.5 PROTO=UDP SPT=5071 DPT=5060
Mar 14 02:11:09 fw kernel: [UFW BLOCK] IN=eth0 SRC=45.134.x.x DST=10.0.0.5 PROTO=UDP SPT=5072 DPT=5060
こういうスキャンがずっと来てます。ブロックできてるから放置でOK？`),
    no(`Can you whitelist our new office IP 198.51.100.77 on your side? we moved. need access to the VOS portal and SIP.`),
    no(`fail2ban jail for vos3000? 누가 만든 filter 있으면 공유 부탁드려요. 로그 경로가 어디인지 모르겠어요`),
    no(`[転送] 情シスより：「社内FWのポリシー更新で、VOS向け通信の許可ルールに送信元を追加しました。影響ないはずですが念のため」→ 特にこちらで何かする必要ありますか？`),
    no(`SonicWall에서 SIP Transformations 끄라고 하던데 그게 SIP ALG 맞죠? 끄면 뭐가 좋아지나요`),
    no(`お疲れ様です。海外からの不正発信っぽいINVITEが大量に来ています。国別でブロックしたいのですが、iptablesとipsetでやるのが一般的ですか？`),
    no(`iptables -L -n 결과 붙입니다
Chain INPUT (policy DROP)
ACCEPT udp -- 0.0.0.0/0 0.0.0.0/0 udp dpt:5060
ACCEPT tcp -- 0.0.0.0/0 0.0.0.0/0 tcp dpt:22
웹포탈 8080 이 없어서 접속 안 되는 거 맞죠? 추가 명령어 알려주세요`),
    no(`new carrier in Singapore wants us to whitelist their 4 signalling IPs and they want ours too. which IPs do we give them, the public one of the VOS or of the firewall?`),
    no(`MikroTikでポートフォワードしたい。外から8080→内部のVOS 192.168.10.5:8080。dst-natの書き方教えてもらえませんか`),
    no(`[음성메시지] 아 예 저 그 방화벽 담당인데요 이번에 방화벽 장비를 포티게이트로 바꾸려고 하는데 VOS 쪽에서 필요한 포트 목록 있으면 좀 보내주실 수 있을까요 SIP랑 RTP랑 웹이랑 다요`),
    no(`pfSenseのlimiterで1IPあたりの同時接続数を制限したい。SIP TCPで1IPあたり最大50セッションとか。端末側に影響出ますか？`),
    no(`Our firewall admin asks: conntrack timeout for UDP SIP should be how long? default 30s seems short and they want to tune it before go-live.`),
    no(`fail2banにうちの監視サーバーのIPがbanされてた笑 ignoreipに追加しました。報告まで`),
    no(`방화벽 로그에 5060 으로 들어오는 OPTIONS 가 초당 수백 개 찍혀요. 스캐너 같은데 rate limit 걸면 정상 캐리어 OPTIONS 핑도 막힐까요?`),
    no(`GCP firewall rule: we opened 5060 tcp/udp and 10000-60000 udp for RTP. is that too wide? security team complains`),
    no(`FortiGateのポリシーでVOS宛の通信をSSL inspectionから除外したいです。TLSのSIPが通らないと言われて。設定場所わかりますか`),
    no(`공유기 DMZ 로 VOS 서버 빼도 되나요? 포트포워딩 여러 개 하기 귀찮아서 ㅋㅋ 보안상 안 좋은가요`),
    no(`Hi, after FortiGate firmware upgrade the SIP ALG got re-enabled by itself (voip profile default). UDP calls one-way audio now. RST mode is off on our switch btw. How to disable the ALG permanently?`),
    no(`firewalldのzoneにキャリアのIPをsourceで追加したけど反映されない。--permanentつけ忘れ？再起動したら消えた`),
  ],
  negationContext: [
    no(`念のため確認です。うちは全端末UDPだけなので、SS_TCP_CLOSE_RESETをOnにしてもNATの端末には影響ないですよね？まだ変更していません。`),
    no(`RST 모드는 한 번도 켠 적 없어요. 근데 FortiGate 로그에 RST 가 보여서 궁금해서요. 통화는 다 정상입니다.`),
    no(`先週お伝えしていた TIME_WAIT 3万件 の件、ポート範囲拡張とtw_reuseで解決しました。記録用に報告しておきます。今は数百件で安定してます。`),
    no(`If we turn RST on to fix TIME_WAIT, will our NAT phones break? We have around 300 home users on TCP. Not changed anything yet, just planning.`),
    no(`[전달] 작년에 다른 회사에서 있었던 일이라는데, RST 켰더니 방화벽에서 콜 다 끊겼대요. 저희는 지금 아무 문제 없는데 미리 알아두려고요`),
    no(`研修用の質問です。「SIP over TCPでRSTモードを有効にした場合、ステートフルFWでどんな問題が起きうるか」の模範解答を作りたいです。`),
    no(`unregistered 알람 왔었는데 확인해보니까 모니터링 서버 오탐이었어요. 전화기는 다 정상 등록돼 있음. RST 설정도 그대로 off 고요. 기록 남깁니다`),
    no(`検証機（本番とは別）でRSTをOnにしてテストしてます。本番はOffのまま。検証機のほうはNAT配下の端末を使っていないので、特に問題なし。`),
    no(`Nobody changed anything on the switch, RST still Off as always, but the phones of home users went unregistered after the password change this morning. That's on us I think, we pushed new passwords.`),
    no(`"address already in use" 에러 관련 질문드렸던 건 다른 서버(메일서버) 얘기였어요. VOS는 괜찮습니다. 혼동드려 죄송합니다`),
    no(`昨日のBindExceptionの件、結局アプリの設定ミスでした。VOSとは無関係でした。クローズしてください`),
    no(`TIME_WAITが3万超えたというアラートが出たんですが、監視スクリプトのバグで桁を一つ間違えてました。実際は3千程度で、通話も問題なし。お騒がせしました`),
    no(`Colleague told me a story from his old job: they enabled RST on a VOS behind an ASA and all calls hung for a day. Is that a real thing or a myth? we're UDP-only here anyway`),
    no(`방화벽이 RST 를 드롭한다는 얘기 들었는데 저희는 RST 모드 안 쓰고 방화벽도 stateless ACL 이라 상관없죠?`),
    no(`お客様より「NATの電話が未登録になる件はRSTと関係ありますか」と質問がありました。ただ、そのお客様の環境はUDPのみで、RSTも無効です。どう回答すればいいでしょうか`),
    no(`Planning next month: we may need to enable RST because of port exhaustion on peak... but currently peak is only 20 cps and ports are fine. just want to know the risks for our pfSense setup before we decide.`),
    no(`[음성메시지] 네 지난번에 말씀드린 그 전화기 등록 끊기는 거요 그거 RST 끄고 나서 완전히 해결됐어요 감사합니다 그냥 알려드리려고요`),
    no(`RSTを一時的にOnにしたらNAT端末が落ちたので、すぐOffに戻しました。今は全端末登録済みです。今後同じことをしないように社内周知したいので、原因を一言で説明する文面ください`),
    no(`Hi, just for the record: last week's FortiGate half-open issue is resolved, we set SS_TCP_CLOSE_RESET back to Off and added an RST allow rule. No action needed.`),
    no(`시험 문제: "TIME_WAIT 가 28,000 개일 때 가장 먼저 확인할 것은?" 정답 뭐라고 써야 돼요? ㅋㅋ 사내 교육용이요`),
    no(`ラボのVOSでわざとポート枯渇を再現したいです。SIPpで高CPSを流せばcannot assign requested addressが出ますか？本番ではなく検証用です。`),
    no(`We don't use TCP at all, everything SIP UDP. So the SS_TCP_CLOSE_RESET thing the consultant mentioned doesn't apply to us, correct?`),
    no(`방화벽 교체 후 RST 관련 문제 생길까봐 걱정했는데 일주일 지켜보니 아무 문제 없습니다. RST 모드도 원래 off 였고요. 참고로 공유드려요`),
    no(`昔のチケット見てたら「NAT配下の端末が未登録→RST Offで解決」ってあったんですが、これはどういう理屈なんでしょう？今は何も起きてないです。`),
    no(`Customer's IT guy claims our RST setting kills his firewall sessions. I checked: SS_TCP_CLOSE_RESET="Off" in softswitch.conf and nobody has touched it since 2021. their calls are all UDP. How do I reply politely?`),
    no(`TIME_WAITがたくさんで困ってる、という話は取引先の別のソフトスイッチ（VOSじゃない）の話でした。うちのVOSは平常です。`),
    no(`RST켜면 TIME_WAIT 줄어든다길래 켜볼까 했는데 우리 단말 절반이 NAT 뒤라서 보류했어요. 이 판단 맞죠? 현재 TIME_WAIT 는 몇백 개 수준이에요`),
  ],
  portExhaustion: [
    pe(`至急お願いします！ピークの夕方になるとキャリア向けのTCP接続が張れなくなります。ログに「cannot assign requested address」が大量に出ていて、ss -sでtimewaitが2万8千くらい。再起動すると直るけど2時間でまた同じ状態になります。`),
    pe(`사장님 또 터졌어요 ㅠㅠ 피크 시간에 TIME_WAIT 3만 넘고 캐리어로 나가는 콜이 다 실패해요. 로그엔 bind: address already in use 계속 찍히고요. 새벽엔 멀쩡함`),
    pe(`ss -s
Total: 31502
TCP:   30877 (estab 412, closed 30301, orphaned 3, timewait 30288)
peak 180cps now, outbound to carriers failing with EADDRINUSE. restart mbx3000d helped yesterday but it's back. help pls`),
    pe(`[ボイスメモ] あ、お疲れ様です、えっと、また夜の8時くらいから発信が通らなくなってて、はい、サーバー見たらTIME_WAITが3万件ぐらいあって、エラーはアドレスが既に使用されていますみたいなやつです、昨日も同じで、再起動したら直ったんですけど、今日もまた、はい、見てもらえますか`),
    pe(`netstat -ant | grep TIME_WAIT | wc -l
29814
이게 매일 저녁 이래요. 새 TCP 연결이 안 맺어져서 콜 실패율 40%. 지금도 진행중입니다`),
    pe(`VOS softswitch log at peak: "java.net.BindException: Cannot assign requested address" when connecting to carrier gateways, thousands per minute. TIME_WAIT 27k. Happens every day 7-10pm since our traffic doubled.`),
    pe(`発信CPS上げたら外向きTCPが枯渇してるっぽい。TIME_WAIT 3万超え、ローカルポート全部埋まってる感じ。ip_local_port_rangeは32768-60999のまま。今まさに落ちてます`),
    pe(`안녕하세요. 최근 트래픽 증가 이후 매일 피크 시간대(오후 2~4시)에 TCP 캐리어 연결 실패가 발생합니다. ss 기준 time-wait 2만 8천 내외, softswitch 로그에 "connect: Cannot assign requested address". 야간에는 정상입니다. 조치 방법 문의드립니다.`),
    pe(`Hi, urgent. calls to our upstream over SIP TCP fail at peak. EADDRINUSE on outgoing sockets. ~30k TIME_WAIT. after restart fine for 1-2 hours. ports run out I think`),
    pe(`TIME_WAITが3万件。発信が詰まる。再起動で一時的に回復。毎日これ。どうにかして`),
    pe(`[전달] NOC 야간조: "21시 15분부터 아웃바운드 TCP 연결 실패 급증, netstat TIME_WAIT 31,204, 로컬 포트 고갈 추정, mbx3000d 재시작 후 정상화" → 이거 어제도 그제도 있었어요. 근본 해결책 부탁드립니다`),
    pe(`softswitch.log抜粋
[WARN] tcp connect to 198.51.100.20:5060 failed: errno 99 (Cannot assign requested address)
[WARN] tcp connect to 198.51.100.21:5060 failed: errno 99 (Cannot assign requested address)
ピーク時だけこれが毎秒数十件。TIME_WAITは2万9千。夜中は出ない。`),
    pe(`형님 ㅋㅋ 아니 웃을 일이 아니고 ㅠㅠ 저녁 콜 몰릴 때마다 vos가 캐리어로 TCP 못 붙여요. time_wait 3만개 찍혀있고. 재부팅하면 괜찮아지는데 매번 이럴 순 없잖아요`),
    pe(`We are doing 250 CPS at peak over TCP to 3 carriers. Around 6pm outgoing connects start failing with "address already in use", TIME_WAIT climbs to 30k+. Quiet at night, fine again next morning. What do we change?`),
    pe(`お世話になります。キャンペーン開始以降、日中のピーク時に新規TCPコネクションが確立できず、発信失敗が多発しています。TIME_WAITは約28,000、エラーはEADDRINUSEです。サーバー再起動で一時解消しますが、翌日には再発します。対策をご教示ください。`),
    pe(`sumimasen kyuu desu. pi-ku de TIME_WAIT 3man ken, carrier ni TCP tsunagaranai. "cannot bind" error ga deru. saikidou de naoru kedo mata deru. tasukete kudasai`),
    pe(`TIME_WAIT 3만 8천 ㅋㅋㅋ 미쳤다 포트 다 씀. 발신 다 죽음. 지금 바로 봐주세요`),
    pe(`ss -tan state time-wait | wc -l
30112
ss -s | head -3
Total: 31877
TCP:   31240 (estab 690, closed 30410, orphaned 0, timewait 30112)
出るエラー: bind failed: Address already in use (outbound)
ピークの10時〜12時だけ。CPSは200前後です。`),
    pe(`[음성메시지 텍스트] 네 여보세요 그 저희 서버가요 오후만 되면 콜이 안 나가요 로그 보니까 어드레스 올레디 인 유즈 이런 게 막 뜨고요 타임웨이트가 한 이만 구천 개 정도 돼요 밤에는 괜찮고요 재시작하면 또 한동안 괜찮아요`),
    pe(`Boss asked me to report: since we added the new wholesale customer (200 CPS), every evening new TCP connections to carriers fail, TIME_WAIT 30k, restart fixes for a while. Please advise, it is losing us money.`),
    pe(`外向けのTCPが張れない問題、今日で3日連続です。ピーク時 timewait 29k、ephemeral port 使い切ってると思います。tw_reuse は 0 のままです。`),
    pe(`발신 실패 로그: "socket bind error EADDRINUSE" 피크 때 분당 수천 건. netstat 으로 보면 캐리어 IP 향으로 TIME_WAIT 가 2만 6천. 로컬 포트 범위 기본값 그대로예요. 지금도 계속 나요`),
    pe(`Hello, our VOS cannot open new SIP TCP connections at busy hour. log: "Cannot assign requested address". we saw TIME_WAIT 3万 (sorry, 30 thousand) in netstat. at 3am it is 500. This is every day now.`),
    pe(`急ぎ！！今ピークで発信全滅。TIME_WAIT 3.1万。BindExceptionでconnect失敗。昨日再起動したけどまた`),
    pe(`저희 VOS에서 SIP TCP 로 캐리어 붙는데요, 트래픽 많은 시간대만 되면 새 연결이 안 열립니다. TIME_WAIT 가 3만 가까이 쌓이고 그 시간대에 콜 완료율이 반토막. 서버 재시작하면 잠깐 괜찮아져요. RST 설정은 현재 Off 입니다.`),
    pe(`[転送] 夜勤スタッフより：「19時台、発信エラー急増。エラー内容 cannot assign requested address。TIME_WAIT 28k。mbx3000d再起動で回復」→ 先週から毎晩です。恒久対策をお願いします。`),
    pe(`30k TIME_WAIT again today at peak, new outgoing TCP to carriers failing, same as Monday and Tuesday. CPS about 160. ports exhausted. tell me what to tune, we have NO NAT phones, all trunks public IP.`),
    pe(`하루에 두 번 피크(점심, 저녁) 때마다 포트 고갈돼요. "cannot assign requested address" 에러, TIME_WAIT 2만 8천. 새 TCP 못 열어서 캐리어 콜 실패. 이거 커널 설정으로 해결되나요?`),
    pe(`ピーク時だけ発信が「アドレスは既に使用中です」で失敗します。netstatでTIME_WAITを数えたら30,481。CPSは180くらい。深夜はほぼゼロ。毎日です。`),
    pe(`english pls: when traffic is high, VOS stop making new TCP to carrier. Error EADDRINUSE, many many TIME_WAIT (around 29000). After restart ok, then again after 1 hour peak. What setting to change?`),
  ],
  natUnregistered: [
    nat(`先週、TIME_WAIT対策でSS_TCP_CLOSE_RESETをOnにしました。それ以降、MikroTik配下の事務所の電話機（SIP over TCP）が次々と未登録になります。グローバルIP直の端末とUDPの端末は問題ありません。`),
    nat(`RST 모드 켠 다음부터 재택근무자 소프트폰이 계속 unregistered 떠요. 다 집 공유기 뒤에 있고 TCP 로 등록하는 애들이에요. 공인IP 쓰는 사무실 전화기는 멀쩡해요`),
    nat(`Since we switched SS_TCP_CLOSE_RESET to On on Friday, all branch office phones behind the MikroTik lose registration every few minutes. They register over TCP. UDP phones and the public-IP gateways are fine. Still happening now.`),
    nat(`[ボイスメモ] はいお疲れ様です、あの、先週のメンテでRSTのやつをオンにしたじゃないですか、あれから支店のルーターの後ろにある電話が、登録が切れたりついたりしてて、TCPの端末だけなんですよ、UDPのは大丈夫で、今もまた切れてます`),
    nat(`고객사 지점 전화기들 NAT 뒤에 있는데, 지난주 tcp close reset 설정 On 으로 바꾼 후로 등록 유지가 안 됩니다. 5분마다 unregistered→registered 반복. 공인 IP 단말은 괜찮아요.`),
    nat(`[전달] 고객: "어제 저녁부터 우리 회사 전화가 다 미등록 상태예요" → 확인해보니 어제 오후에 저희가 RST 모드 활성화했고, 그 고객사는 공유기 NAT 뒤에서 TCP 로 붙어요. 다른 고객들(UDP)은 괜찮음`),
    nat(`RSTモードOnにしてからNAT越しのTCP端末だけ未登録。ルーターはYAMAHA RTX。公開IPの端末はOK。今も続いてます。`),
    nat(`After enabling RST close mode, home users on softphones (Zoiper, TCP transport, behind their home routers) keep showing offline on the VOS phone list. The office IP phones on public IPs are registered fine.`),
    nat(`softswitch.conf を SS_TCP_CLOSE_RESET="On" に変えて reparse してから、NAT配下のTCP端末の登録が頻繁に切れるようになりました。
登録数 変更前 420 → 現在 260
UDP端末とグローバル端末は変化なし。`),
    nat(`rst 켜고나서 집에서 쓰는 소프트폰들 죄다 미등록 ㅠㅠ 공유기 뒤에 있는 애들만 그래요. 회사 공인IP 폰은 괜찮고. 지금도 그래요 빨리 좀`),
    nat(`MikroTik behind phone TCP register, after RST On, all unregister. public IP phone OK. UDP OK. please check now`),
    nat(`お世話になっております。先日ポート枯渇対策としてRSTモードを有効にしましたが、それ以降、NAT環境下の拠点（ルーター配下）からSIP over TCPで登録している端末が登録状態を維持できず、未登録表示になります。グローバルIPを持つ端末は正常です。現在も発生中です。`),
    nat(`안녕하세요, SS_TCP_CLOSE_RESET On 적용 이후 NAT 뒤 지점(부산, 대구) IP폰들이 등록이 자꾸 풀립니다. 전송 방식은 TCP 이고요, UDP 로 등록한 본사 단말은 문제 없습니다. 현재 진행 중입니다.`),
    nat(`[転送] 大阪支店の山本さん：「火曜から電話が使えない時間がある、ディスプレイに未登録って出てる」→ 火曜はうちがRSTをOnにした日です。大阪はルーターのNAT配下でTCP登録。本社のグローバルIPの電話は問題なし。`),
    nat(`phones behind NAT unregistered since RST mode on. tcp only. public ones fine`),
    nat(`RST 모드 활성화하고 나서부터 재택 상담원들 softphone 등록이 계속 끊겨요. 상담원들은 각자 집 공유기(NAT) 뒤에서 TCP 로 붙음. 콜센터 본사는 공인IP라 괜찮고요. 상담 업무에 지장 큽니다`),
    nat(`TCP close を RST にしてから、ブランチのMikroTik越しの電話が5分おきに未登録になる。keepaliveは30秒に設定済み。グローバルの電話は平気`),
    nat(`Our reseller in Osaka reports: since last Wednesday (the day we turned SS_TCP_CLOSE_RESET On on the shared switch) their NATed phones on TCP keep dropping registration. The reseller's public-IP SBC is fine.`),
    nat(`[음성메시지] 여보세요 네 그 저희가 지난주에 알셋 모드인가 그거 켰잖아요 그 이후로 공유기 뒤에 있는 사무실 전화들이 등록이 풀렸다 붙었다 해요 TCP로 쓰는 것들만요 UDP는 괜찮고요 지금도 그래요`),
    nat(`RSTオンにしてから在宅のソフトフォンが全部オフライン表示。みんな家のルーター経由でTCP。会社のグローバルIPの電話は普通に登録できてる。どうしたら`),
    nat(`VOS phone list:
ext 3001 192.168.1.21 (via 153.x.x.10) TCP  Unregistered
ext 3002 192.168.1.22 (via 153.x.x.10) TCP  Unregistered
ext 3101 203.0.113.50          UDP  Registered
ext 3201 198.51.100.9          TCP  Registered
NAT越しのTCPだけ落ちてる。RSTをOnにした昨日からです。`),
    nat(`SS_TCP_CLOSE_RESET On 으로 바꾼 뒤로 NAT 환경 단말 등록률이 95%에서 60%로 떨어졌어요. 전부 SIP over TCP, 공유기 뒤. 공인 IP 단말은 100% 유지. 지금 바로 확인 부탁드려요`),
    nat(`Since RST mode on, the phones in our branch offices (all behind small NAT routers) register over TCP and go unregistered every few minutes. HQ phones with public IPs are fine. ongoing.`),
    nat(`RST有効化してから、NAT配下のTCP端末が登録してもすぐ切れる。REGISTERは200 OK返ってるのに数分でUnregistered。UDPに切り替えた端末は安定してます。今も発生中。`),
    nat(`알셋 켠 날부터 지점 전화 미등록 계속. 지점은 전부 MikroTik NAT 뒤, TCP. 본사 공인 IP 전화는 정상. 오늘도 똑같음`),
    nat(`お客さんから苦情きてます。RSTモードにしてから、家のWi-Fiルーター経由で使ってるソフトフォンが未登録になるって。TCPで登録してる人だけ。UDPの人とグローバルIPの人は大丈夫。今朝も全員落ちてました`),
    nat(`We turned on RST to fix TIME_WAIT and it worked for that, but now every phone behind NAT that registers over TCP shows unregistered. Public IP trunks and UDP phones ok. Right now 140 of them are down.`),
    nat(`RST 모드 On 이후 NAT 뒤 TCP 단말 등록 끊김 현상 보고드립니다.
- 발생 시점: 3/18 RST 적용 직후
- 영향: 공유기 뒤 TCP 단말 약 200대
- 비영향: 공인 IP 단말, UDP 단말
- 현재: 지속 발생 중`),
    nat(`てか、RST Onにしてから、ルーターの後ろの電話ぜんぶ未登録なんだけど。TCPのやつだけ。グローバルのは生きてる。いまも`),
    nat(`Hi, forwarding from our customer in Incheon: "our office phones (TCP, behind our router) say not registered since this week". This week = the day we set RST close mode On. Our other customers with public IP are fine.`),
  ],
  firewallRst: [
    fw(`SS_TCP_CLOSE_RESETをOnにしてから、FortiGate経由の通話が途中で固まったり、発信できなかったりします。FortiGateのログにRSTがdropされた記録が大量に出ています。キャリア側ではコネクションがESTABLISHEDのまま残っているそうです。`),
    fw(`RST 모드 켠 이후로 pfSense 통과하는 콜이 실패해요. pfSense 로그에 TCP:R 패킷 blocked 가 엄청 찍히고요. 상대편은 세션이 살아있다고 하네요`),
    fw(`Since we turned RST mode On, calls through the customer's ASA hang. ASA log shows "%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 203.0.113.7/41234 flags RST". Carrier side still has the connections ESTABLISHED.`),
    fw(`iptables のログ
kernel: INVALID DROP IN=eth0 OUT= SRC=10.0.0.5 DST=198.51.100.20 PROTO=TCP SPT=5060 DPT=38122 RST
が大量。RSTをOnにしてから。conntrackがINVALID扱いで捨ててる。通話は発信できなかったり無音で止まったり。今も。`),
    fw(`[음성메시지] 네 그 RST 켜고 나서부터요 포티게이트 뒤에 있는 고객사 콜이 자꾸 먹통이 돼요 방화벽 로그 보니까 RST 가 드롭됐다고 나오고 상대 쪽은 연결이 계속 살아있대요 지금도 그래요`),
    fw(`AWS security group 뒤에 있는 VOS 에서 RST On 한 다음부터 일부 캐리어 콜이 안 됩니다. 캐리어 쪽에서는 우리 쪽 TCP 세션이 half-open 으로 남아있다고 하고요. 보안그룹/NACL 에서 RST 가 막히는 것 같습니다.`),
    fw(`RSTモード有効化後、SonicWall配下の拠点への着信が応答しない・途中で切れる事象が発生中です。SonicWallのログで「TCP packet received on non-existent/closed connection; TCP packet dropped」が多数。フラグはRSTです。`),
    fw(`Hi, after SS_TCP_CLOSE_RESET=On, calls via our FortiGate 100F fail intermittently. forward traffic log: action=deny, proto=6, tcpflag=RST, reason "no session matched". far end keeps half-open sockets. please help`),
    fw(`RSTオンにしたら、pfSense越しのコールがハングする。pfSenseのFirewall logにRSTがblockで出てる。相手側はESTABLISHEDのまま。`),
    fw(`conntrack -L | grep 5060 | head
tcp 6 431999 ESTABLISHED src=10.0.0.5 dst=198.51.100.30 sport=5060 dport=40211 ...
tcp 6 431998 ESTABLISHED src=10.0.0.5 dst=198.51.100.30 sport=5060 dport=40388 ...
방화벽 서버에 ESTABLISHED 세션이 안 지워지고 계속 쌓여요. RST 모드 켠 다음부터. 새 콜은 타임아웃 나고요`),
    fw(`[転送] お客様の情シスより：「御社のVOSからのRSTパケットがFortiGateで破棄されています。3日前から。その頃から通話の失敗が増えています」→ 3日前はRSTをOnにした日です。`),
    fw(`Calls fail since RST on. Firewall (Palo Alto) drops the RST as not matching any session... carrier keeps the sockets open. still broken now.`),
    fw(`RST 켜고 나서 방화벽(ASA) 통과하는 SIP TCP 콜 절반이 실패. ASA 로그에 RST 패킷 deny. 캐리어 측은 ESTABLISHED 그대로. 어떻게 해요 지금도 진행중`),
    fw(`Azure NSG behind, after RST mode on, some INVITEs never answered, calls hang 30 sec then fail. tcpdump on the other side shows our RST never arrives. firewall eating them?`),
    fw(`tcpdump -ni eth0 'tcp[tcpflags] & tcp-rst != 0' でVOS側ではRST送ってるのが見える。でも相手キャリア側のtcpdumpには来てない。間にFortiGate。RSTをOnにしてからコール失敗が増えてる。`),
    fw(`안녕하세요. SS_TCP_CLOSE_RESET 를 On 으로 변경한 이후 상태기반 방화벽(SECUI)을 경유하는 호가 간헐적으로 실패하고 있습니다. 방화벽 로그상 RST 패킷이 세션 불일치로 차단되고, 원격지에는 half-open 세션이 남습니다. 현재도 발생 중입니다.`),
    fw(`RSTにしてから、GCPのファイアウォール越しの通話が時々つながらない。向こうのサーバーにESTABLISHEDのままのコネクションが溜まってるらしい。`),
    fw(`We enabled RST mode last night and this morning calls to the carrier behind their SonicWall keep failing. SonicWall log: "TCP packet dropped - RST on closed connection". Carrier says thousands of half-open connections on their side.`),
    fw(`ファイアウォールがRST捨ててる。RST Onにした日から。FortiGate。通話失敗。今も。`),
    fw(`[음성메시지 받아쓰기] 아 네 저 기술팀인데요 어제 말씀하신 대로 그 RST 설정 온으로 했거든요 근데 오늘 아침부터 pfSense 거쳐서 가는 콜들이 연결이 안 되거나 중간에 멈춰요 방화벽 로그에 RST 블록 이라고 엄청 찍혀요`),
    fw(`Since RST mode On:
- calls through client's iptables gateway: ~30% fail / hang
- gateway log: "nf_conntrack: invalid packet dropped, flags=R"
- far end netstat shows ESTABLISHED sockets piling up
Direct (no firewall) calls are fine.`),
    fw(`RSTを有効にしてから、ASA経由のキャリアとの通話だけ失敗します。ASAのログに Deny TCP (no connection) ... flags RST が毎秒出てる。ファイアウォールを通らないキャリアは正常です。`),
    fw(`포티게이트 로그 보니까 RST 전부 drop ㅠㅠ RST 모드 켠 후로 콜 끊김 + 무응답. 캐리어쪽 세션은 안 닫히고 남아있음. 지금 당장 봐주세요`),
    fw(`Hello, FortiGate admin here from your customer. Since your VOS started sending RSTs (you told us you changed a setting on Tuesday), our firewall drops them as out-of-state and the PBX behind us keeps stale ESTABLISHED connections, new calls fail. It's still happening.`),
    fw(`iptables -L -v -n | grep INVALID
 48211 2893K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
このカウンタがRSTをOnにしてから爆増してます。捨ててるのはほぼRSTパケット。同時に通話の失敗と無音ハングが出てる。`),
    fw(`RST 모드 On 이후에 클라우드 보안그룹 뒤에 있는 상대 SBC 와 콜이 계속 hang 걸립니다. 상대 쪽에 half-open 커넥션 수천 개. 방화벽이 RST 를 안 넘겨주는 것 같아요.`),
    fw(`Calls hang at random since RST on, only the ones through the pfSense HA pair. pfSense log full of "TCP:R" blocked on default deny rule. Carrier's side has stale sessions.`),
    fw(`お客様先のFortiGateを通る通話だけ失敗・ハング。こちらでRST Onにした翌日からです。相手の機器には半開きのセッションが残り、FortiGateのログではRSTがno session matchedで拒否されています。`),
    fw(`asa 뒤에 있는 고객사만 콜 실패해요. RST 켠 날부터요. ASA 로그에 RST deny 찍히고 고객사 IP-PBX 에는 ESTABLISHED 가 계속 쌓여있어요`),
    fw(`hurry pls. RST mode on since yesterday → through Juniper SRX calls fail/hang. SRX drops RST, "TCP sequence check failed". far end sockets stay ESTABLISHED. ongoing`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning230Set: readonly EvalItem[] = Object.values(tuning230Families).flat();
