import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, resellers and call-centre technicians in Korea and Japan, writing on WhatsApp. Korean in Hangul,
 * polite 요/습니다 endings and casual chat (ㅋㅋ, ㅠㅠ), "만"/"천" for numbers, English technical words left as is;
 * Japanese in kana and kanji, です/ます or casual, "万"/"千", full-width digits in part, some romanised Japanese.
 * They greet with 안녕하세요 / 수고하십니다 / お疲れ様です / お世話になっております, and paste ss, netstat and firewall logs.
 *
 * The hundred-and-ninety-ninth tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-ninety-ninth never-tuned set, before the seventieth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the seventieth round, then made tuning
 * material for the seventy-first: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 84.4 %, negatives confident 4.4 %, confident wrong 0 % with the rules of
 * the sixty-ninth round, before the seventieth.
 * After the seventieth round: the same.
 * After the seventy-first round, tuned on: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning199Families = {
  oneListeningPort: [
    no(`안녕하세요. 웹 포털 재시작했는데 톰캣이 안 올라옵니다. catalina.out 에 "java.net.BindException: Address already in use (Bind failed) <null>:8080" 이렇게 나와요. 8080 누가 잡고 있는지 어떻게 찾나요?`),
    no(`nginx 재시작 실패ㅠ
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
nginx: [emerg] still could not bind()
어제 누가 httpd 깔았는데 그거 때문인가요?`),
    no(`사장님이 물어보셔서요.. mysql 이 3306 포트 이미 사용중이라고 안 켜져요. ps 보니 mysqld 가 하나 더 떠있는 거 같은데 kill 해도 되나요?`),
    no(`서버 재부팅 후에 mbx3000d 가 안 뜹니다. 로그:
bind 0.0.0.0:5060 failed: Address already in use
ps -ef 보니까 예전 mbx3000d 프로세스 하나가 아직 살아있네요. 이거 죽이고 다시 start 하면 될까요?`),
    no(`redis 올리는데 6379 Address already in use 떠요. 혹시 VOS 쪽이랑 관련 있는지 확인 부탁드려요`),
    no(`개발팀 노트북에서 빌링 API 개발용 서버 띄우는데 "Error: listen EADDRINUSE: address already in use :::3000" 나온대요 ㅋㅋ VOS 서버랑은 상관없는 거 맞죠?`),
    no(`docker run -p 8080:8080 하니까 "Bind for 0.0.0.0:8080 failed: port is already allocated" 나옵니다. 호스트에 톰캣이 8080 쓰고 있어서 그런 거 같은데 컨테이너 포트만 바꾸면 되나요?`),
    no(`수고하십니다 콜센터 전산담당입니다. 녹음서버 웹페이지(80포트)가 안 열려서 보니 apache 가 "(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80" 라고 합니다. 누가 nginx 를 깔아놓은 듯…`),
    no(`리셀러 포털 tomcat 로그 붙여요
SEVERE: Failed to initialize connector [Connector[HTTP/1.1-8443]]
Caused by: java.net.BindException: 주소가 이미 사용 중입니다
인증서 교체하고 재시작한 다음부터에요. 재시작 순서 문제일까요?`),
    no(`VOS3000 웹 관리 페이지 접속 안돼서 webct 재시작 했는데 8080 이미 사용중이래요. netstat -lntp 보면 java 프로세스가 두 개 떠있어요`),
    no(`mbx3000d 올리려는데 "SIP listen 5060 failed, address already in use" 떠서 확인해보니 asterisk 가 설치돼서 돌고 있었네요 ㅡㅡ 전에 있던 기사가 깔아둔 듯. 지우면 되죠?`),
    no(`방화벽 얘기 아니고요, 서버 한 대에 mysql 두 개 띄우려다가 두번째 인스턴스가 3306 bind 실패합니다. 3307 로 바꾸는 게 맞나요?`),
    no(`급해요!! 서버 이전하고 나서 VOS 웹 안 열림. 로그에 Address already in use: JVM_Bind 8080 이라고 나와요. 새 서버에 젠킨스가 8080 먹고 있네요`),
    no(`매니저님이 "포트 충돌"이라는데요, 보안 때문에 sshd 포트를 5060으로 바꿔놨던 걸 잊었어요 ㅋㅋ 그래서 softswitch 가 5060 못 잡음. 되돌리면 되겠죠?`),
    no(`お疲れ様です。WEB管理画面のTomcatが起動しません。ログに「java.net.BindException: Address already in use」8080と出ています。8080を使っているプロセスの調べ方を教えてください。`),
    no(`nginx再起動したらこれ
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
apacheが残ってるっぽいです。止めちゃって大丈夫ですか？`),
    no(`MySQLが起動しないです。エラーログ：
[ERROR] Do you already have another mysqld server running on port: 3306 ?
前のプロセスが死んでないみたいです`),
    no(`お世話になっております。サーバー再起動後、mbx3000dが5060をバインドできないとログに出ます。古いmbx3000dのプロセスが残っていました。kill -9 で問題ないでしょうか。`),
    no(`docker compose up で「Bind for 0.0.0.0:6379 failed: port is already allocated」です。ホスト側のredisが動いてるせいだと思います。VOSには影響ないですよね？`),
    no(`kaihatsu no PC de node no server tateta ra EADDRINUSE :::8080 ga demashita. VOS server to wa kankei nai desu yo ne? sumimasen`),
    no(`代理店ポータルの起動失敗です。
Caused by: java.net.BindException: アドレスは既に使用中です (Bind failed)
ポートは８４４３です。証明書更新したあとからです。`),
    no(`至急！サーバー移設後にWEB画面が開きません。8080がすでに使用中で、netstat -lntp で見たらjenkinsでした…`),
    no(`コールセンター録音サーバーのhttpdが
(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:443
で落ちてます。誰かnginx入れたかも`),
    no(`mbx3000d start shitara "bind udp 5060 failed: Address already in use" to log ni detemasu. mae no Asterisk ga nokotteta mitai desu`),
    no(`同じサーバーでMySQLを２つ動かしたいのですが、２つ目が3306でバインドエラーになります。ポート変更で対応すべきでしょうか`),
    no(`webctの再起動を続けて２回やったら、２回目が「Address already in use」で失敗しました。１個目のjavaがまだ生きてます。どっちを殺せばいいですか`),
    no(`監視用のzabbix-agentが10050で起動できないと言われました。ss -lntp で見たら古いエージェントが掴んでます。VOSとは別件ですがご相談です`),
  ],
  otherRegistrationCause: [
    no(`안녕하세요~ 오늘 아침부터 3호점 전화기 전부 미등록이에요. 어제 저녁에 SIP 계정 비번 일괄 변경했는데 전화기엔 아직 안 바꿨어요. 그것 때문일까요?`),
    no(`로그에 "401 Unauthorized" 계속 찍히고 단말 등록이 안돼요. 고객이 비밀번호를 잘못 넣은 걸까요?`),
    no(`회사 인터넷 회선을 KT에서 SK브로드밴드로 바꿨더니 게이트웨이 등록이 풀렸어요. SIP 는 UDP만 씁니다. 공인 IP가 바뀌어서 그런 거겠죠?`),
    no(`어제 정전 때문에 사무실 전화기 40대가 다 unregistered 였는데 전기 들어오니까 대부분 돌아왔고 5대만 아직 안 붙어요. 어떻게 하나요?`),
    no(`리셀러 계정이 잔액 부족으로 정지됐다는데 그 밑 단말들 전부 등록 안돼요. 충전하면 바로 풀리나요?`),
    no(`공유기 SIP ALG 때문에 등록이 자꾸 풀리는 것 같아요. iptime 인데 ALG 끄는 메뉴가 어디 있나요? UDP 5060 씁니다`),
    no(`서버 도메인 바꾸고 DNS 전파가 덜 돼서 일부 폰이 미등록이네요. TTL 3600 인데 기다리면 되나요?`),
    no(`VOS 라이선스 만료 알림 뜨고 나서 신규 등록이 안 됩니다. 기존 단말도 하나씩 떨어져요. 라이선스 갱신 문의 드립니다`),
    no(`콜센터 상담석 12번 전화기 등록 안 됨 보고했었는데, 가보니 랜선이 빠져있었어요.. 죄송합니다 해결됐어요`),
    no(`고객사 게이트웨이 공인IP가 바뀌었는데 VOS 에 IP 인증으로 걸려있어서 등록도 콜도 안 돼요. 새 IP 로 바꿔주면 되죠?`),
    no(`계정 유효기간이 어제 끝나서 등록할 때 403 Forbidden 떠요. 만료일 연장 어떻게 해요?`),
    no(`재택 상담원 3명 소프트폰 등록 안 된대요. 다들 집 인터넷이 끊겼다고... 통신사 지역 장애래요`),
    no(`폰 펌웨어 업데이트하고 나서 공장초기화가 돼버려서 등록 정보가 다 날아갔어요. 2백대 다시 넣어야 하나요 ㅠㅠ`),
    no(`등록 안 되는 단말 5대 확인해보니 계정 아이디에 오타가 있었네요 ㅎㅎ 고쳤더니 붙었어요. 혹시 아이디 대소문자도 구분하나요?`),
    no(`おはようございます。昨日SIPパスワードを一括変更してから、支店の電話機が全部未登録になっています。端末側の設定はまだ変えていません。`),
    no(`ログに 401 Unauthorized が続いて、端末が登録できません。認証情報が間違ってるのでしょうか`),
    no(`回線をNTTからauひかりに切り替えたら、ゲートウェイの登録が切れました。UDPのみです。グローバルIPが変わったせいですか？`),
    no(`停電で事務所の電話機が全部落ちて、復電後も３台だけ未登録のままです。どうすればいいですか`),
    no(`代理店アカウントが残高不足で停止されたみたいで、配下の端末が全部登録できないです。入金すればすぐ戻りますか？`),
    no(`ルーターのSIP ALGのせいで登録が不安定です。ヤマハのRTX1210、UDP 5060です。ALGの無効化方法を教えてください`),
    no(`ドメイン変更後、DNSの反映待ちで一部の端末が未登録です。しばらく待てば直りますか`),
    no(`ライセンス期限切れの警告が出てから新規登録ができません。更新の手続きをお願いします`),
    no(`kokyaku no gateway no IP ga kawatte, IP ninshou dakara touroku mo tsuuwa mo dekinai desu. atarashii IP ni henkou sureba ii desu ka?`),
    no(`アカウントの有効期限が切れて 403 Forbidden で登録拒否されます。延長方法を教えてください`),
    no(`在宅オペレーター５名のソフトフォンが未登録です。全員同じプロバイダで、プロバイダ側の障害とのことです`),
    no(`電話機のファームウェア更新で初期化されてしまい、登録情報が全部消えました。１２０台あります…泣`),
    no(`電話機が１台unregisteredになってて、見に行ったらPoEスイッチの電源が抜けてました。すみません、直りました`),
  ],
  smallFigures: [
    no(`ss -s 결과 이거 정상인가요?
Total: 412 (kernel 0)
TCP:   187 (estab 64, closed 98, orphaned 0, synrecv 0, timewait 96/0), ports 0
새벽 시간대입니다`),
    no(`TIME_WAIT 가 정확히 뭔가요? netstat 보니 300개 정도 있는데 걱정해야 하나요?`),
    no(`SS_TCP_CLOSE_RESET 이 파라미터는 무슨 역할이에요? softswitch.conf 보니까 지금은 Off 로 되어 있어요`),
    no(`만약에 RST 모드 켜면 NAT 뒤에 있는 폰들 영향 받나요? 아직 안 켰고 검토중입니다`),
    no(`우리 서버 지금 CPS 20 정도인데 timewait 150개. 이 정도면 여유 있는 거죠?`),
    no(`net.ipv4.ip_local_port_range 기본값이 32768 60999 인데 이걸 넓혀야 하는 기준이 있나요? 지금은 문제 없고 그냥 궁금해서요`),
    no(`주간 점검 보고드립니다. TIME_WAIT 2백여개, ESTABLISHED 80개, 콜 실패율 0.3%. 이상 없음 맞죠?`),
    no(`tcp_tw_reuse 켜면 좋은 점 나쁜 점이 뭔가요? 지금 트래픽은 하루 3천콜 정도라 급한 건 아닙니다`),
    no(`방화벽을 포티게이트로 교체할 예정인데, RST 모드 켜져 있으면 문제될 수 있다고 들었어요. 사실인가요? 저희는 아직 Off입니다`),
    no(`netstat -an | grep TIME_WAIT | wc -l
57
이거 적은 거 맞죠? ㅎㅎ`),
    no(`신입 교육용으로 질문드려요. TCP 를 FIN 으로 닫는 거랑 RST 로 닫는 거 차이를 쉽게 설명해주실 수 있나요?`),
    no(`피크 때 TIME_WAIT 가 1천개 정도 되는데 (포트 범위는 2만8천개) 아직 괜찮은 수준인가요? 콜은 다 잘 됩니다`),
    no(`저희 SIP 는 UDP 로만 쓰는데 SS_TCP_CLOSE_RESET 설정이 의미가 있나요?`),
    no(`증설 계획 중입니다. 내년에 CPS 200 예상되는데 그때 TIME_WAIT 가 얼마나 쌓일지 계산하는 방법이 있을까요?`),
    no(`ss -s の結果です。これって正常ですか？
Total: 356 (kernel 0)
TCP:   142 (estab 51, closed 77, orphaned 0, synrecv 0, timewait 73/0), ports 0
深夜帯です`),
    no(`TIME_WAITって何ですか？netstatで２００個くらいあるんですが大丈夫でしょうか`),
    no(`SS_TCP_CLOSE_RESET の意味を教えてください。今はOffです`),
    no(`もしRSTモードをオンにしたら、NAT配下の電話機に影響ありますか？まだ変更していません、検討段階です`),
    no(`現在CPSは１５くらい、TIME_WAITは１２０件です。余裕ありますよね？`),
    no(`ip_local_port_range を広げるべき目安はありますか？今は特に問題なく、念のための確認です`),
    no(`月次点検の報告です。TIME_WAIT 約３００、ESTABLISHED ９０、呼損率０．２％。問題なしでよろしいでしょうか`),
    no(`tcp_tw_reuse=1 にするメリットとデメリットは？一日の呼数は２万程度です`),
    no(`FortiGateに入れ替える予定ですが、RSTモードだと問題が出ると聞きました。本当ですか？うちはまだOffです`),
    no(`netstat -ant | grep -c TIME_WAIT
64
少ないですよね？w`),
    no(`新人教育用の質問です。FINで閉じるのとRSTで閉じるのの違いを簡単に説明してもらえますか`),
    no(`ピーク時でTIME_WAITが千件ほどですが（ポート範囲は２万８千）、まだ大丈夫なレベルですか？通話は問題なしです`),
    no(`sip wa UDP dake tsukatte masu. SS_TCP_CLOSE_RESET no settei tte imi arimasu ka?`),
  ],
  firewallNoRst: [
    no(`새 캐리어 IP 203.0.113.45 방화벽 화이트리스트에 추가 부탁드립니다. 5060 UDP, RTP 10000-20000`),
    no(`fail2ban 이 우리 고객사 IP 를 밴했어요. 비번 여러번 틀려서 그런 듯. 해제 방법 알려주세요`),
    no(`포티게이트에서 SIP ALG 끄는 명령어가 뭐였죠? 새로 설치한 장비라서요`),
    no(`포트포워딩 설정 확인 부탁드려요. 공유기에서 UDP 5060 → 192.168.0.10 으로 했는데 맞나요?`),
    no(`해외 스캐너 때문에 중국, 러시아 IP 지오블로킹 하고 싶어요. iptables 로 가능할까요?`),
    no(`방화벽 정책 리뷰 좀 해주실 수 있나요? 아래 규칙 붙입니다
iptables -A INPUT -p udp --dport 5060 -j ACCEPT
iptables -A INPUT -p tcp --dport 8080 -s 10.0.0.0/8 -j ACCEPT
iptables -A INPUT -j DROP`),
    no(`pfSense 에 VOS 서버용 NAT 규칙 만들어야 하는데 outbound NAT 를 static port 로 해야 하나요?`),
    no(`ASA 에서 SIP inspection 끄려는데 "no inspect sip" 하면 되나요? 아직 통화 문제는 없고 미리 하는 거예요`),
    no(`웹 관리 페이지 8080 을 사무실 IP 에서만 접속되게 막고 싶어요. 방화벽에서 하는 게 나을까요?`),
    no(`스캐너들이 5060 으로 REGISTER 를 엄청 보내요. 하루 몇만건. fail2ban 필터 추천해 주세요`),
    no(`미크로틱 방화벽에 새 RTP 포트 범위 열어야 해서요.
/ip firewall filter add chain=forward protocol=udp dst-port=10000-20000 action=accept
이렇게 하면 될까요?`),
    no(`소포스 XG 로 교체하는데 SIP 트래픽 통과시키려면 어떤 정책이 필요한가요? 아직 개통 전입니다`),
    no(`방화벽 로그에 우리 캐리어 IP 가 deny 되고 있어서 보니까 화이트리스트에 오타가 있었어요 (203.0.113.54 로 적어둠). 고쳤습니다. 다른 데 확인할 곳 있나요?`),
    no(`관리자 SSH 22번 포트를 외부에서 막고 VPN 으로만 들어오게 바꾸려구요. VOS 에 영향 없죠?`),
    no(`新しいキャリアのIP 198.51.100.23 をファイアウォールのホワイトリストに追加お願いします。UDP5060、RTP 10000-20000`),
    no(`fail2banでお客様のIPがBANされました。パスワードを何回か間違えたようです。解除方法を教えてください`),
    no(`FortiGateでSIP ALGを無効にするコマンドを教えてください。新規導入です`),
    no(`ルーターのポートフォワード設定、UDP 5060→192.168.1.20 で合ってますか？`),
    no(`海外からの不正アクセスが多いので、国別ブロックをしたいです。iptablesでできますか`),
    no(`ファイアウォール設定のレビューをお願いできますか
-A INPUT -p udp --dport 5060 -j ACCEPT
-A INPUT -p udp --dport 10000:20000 -j ACCEPT
-A INPUT -j DROP`),
    no(`pfSenseのOutbound NATでstatic portにするべきですか？VOSサーバー用です`),
    no(`Cisco ASAでSIP inspectionを外したいです。no inspect sip で良いですか？事前対応です`),
    no(`WEB管理画面の8080を社内IPからだけアクセスできるようにしたいです`),
    no(`SIPスキャナーのREGISTERが一日数万件来ます。fail2banのフィルタのおすすめありますか`),
    no(`MikroTikでRTPポート開放したいです。
/ip firewall filter add chain=forward protocol=udp dst-port=10000-20000 action=accept
で大丈夫？`),
    no(`Sophos XGに入れ替え予定です。SIPを通すために必要なポリシーは何ですか`),
    no(`firewall no rule review onegai shimasu. atarashii carrier IP wo tsuika shitai dake desu. ima wa mondai nai desu`),
  ],
  negationContext: [
    no(`참고로 저희는 SIP 전부 UDP 만 써요. 그래서 RST 모드 얘기는 해당 없을 것 같고, 어제 통화 끊김은 캐리어 쪽 장애로 확인됐습니다.`),
    no(`RST 설정은 한번도 켠 적 없습니다. SS_TCP_CLOSE_RESET=Off 그대로예요. 전화기 미등록은 비밀번호 변경 이후부터라 그쪽이 원인인 것 같아요`),
    no(`지난달 TIME_WAIT 폭증 건은 tcp_tw_reuse 켜고 해결됐어요. 감사합니다! 지금은 피크에도 300개 미만이에요`),
    no(`고객이 RST 때문에 방화벽이 막는 거 아니냐고 하는데, 저희는 아무것도 안 바꿨고 SS_TCP_CLOSE_RESET 도 기본값 Off 그대로예요. 원인은 고객 쪽 회선 공사로 밝혀졌어요`),
    no(`기록용으로 전달합니다.
[종결] 2023-11 포트 고갈 건 - ip_local_port_range 확장 후 해결, 재발 없음`),
    no(`미등록 문제 해결됐어요! 결국 비밀번호 변경 때문이었어요. RST 랑은 상관 없었네요`),
    no(`"cannot assign requested address" 에러는 작년에 있었던 건이고 지금은 안 나요. 혹시 재발 방지로 더 해둘 설정이 있나 해서요`),
    no(`RST 모드 되돌리고 나서 NAT 뒤 폰들 다 정상 등록됐습니다. 감사합니다 🙏`),
    no(`방화벽 팀이 'TCP flags R drop' 로그를 봤다는데 확인해보니 외부 포트스캔 트래픽이었어요. 우리 서버는 RST 모드 안 씁니다. 통화도 정상이에요`),
    no(`고객이 "주소가 이미 사용중" 이라고 해서 포트 고갈인 줄 알았는데 알고보니 톰캣 중복 실행이었어요. 정리했습니다`),
    no(`어제 콜 실패는 TIME_WAIT 때문이 아니었어요. 캐리어 트렁크가 다운됐던 거였음. TIME_WAIT 는 평소처럼 200개 정도`),
    no(`감사합니다 조치 후 지금 TIME_WAIT 800개 수준으로 떨어졌고 콜 실패 없습니다. 티켓 닫아주세요`),
    no(`포티게이트 RST 드롭 문제는 지난주에 정책 수정으로 해결됐어요. 이번 주 문의는 그냥 장애 보고서 양식 요청입니다`),
    no(`모든 단말 TCP 아니고 UDP 입니다. NAT 뒤에 있긴 한데 RST 설정이랑 무관한 거 맞죠? 미등록은 공유기 교체 후 SIP ALG 때문이었어요`),
    no(`念のため、うちはSIPはUDPのみです。RSTモードは関係ないと思います。昨日の切断はキャリア障害でした`),
    no(`RSTは一度も有効にしていません。SS_TCP_CLOSE_RESET=Offのままです。未登録はパスワード変更後からなので、そっちが原因だと思います`),
    no(`先月のTIME_WAIT急増の件はtcp_tw_reuseで解決しました。ありがとうございました！今はピークでも３００未満です`),
    no(`記録用に転送します。
【クローズ済】２０２３年１１月 ポート枯渇の件：ip_local_port_range拡張で解決、再発なし`),
    no(`誰も何も変えていません。設定はそのまま、SS_TCP_CLOSE_RESETもデフォルトです。通話不良は回線業者側の工事が原因でした`),
    no(`未登録の件、解決しました！結局パスワード変更が原因でした。RSTとは関係なかったです`),
    no(`"cannot assign requested address" は去年の話で、今は出ていません。再発防止で他に設定すべきことはありますか`),
    no(`RSTモードを元に戻したら、NAT配下の電話機は全部登録されました。ありがとうございました`),
    no(`「Address already in use」でポート枯渇かと思いましたが、Tomcatの二重起動でした。解決済みです`),
    no(`昨日の発信失敗はTIME_WAITのせいではなかったです。キャリアのトランクダウンでした。TIME_WAITはいつも通り２００程度`),
    no(`対応後、TIME_WAITは８００件くらいに下がって、発信エラーも出ていません。チケットをクローズしてください`),
    no(`FortiGateのRSTドロップの件は先週ポリシー修正で解決済み。今回は報告書のフォーマットが欲しいだけです`),
    no(`tanmatsu wa zenbu UDP desu. NAT no ushiro desu ga RST settei to wa kankei nai desu yo ne? mitouroku wa router koukan go no SIP ALG ga gen-in deshita`),
  ],
  portExhaustion: [
    pe(`긴급!! 피크 시간만 되면 콜이 안 나가요. 로그에 "connect failed: Cannot assign requested address" 계속 찍힙니다`),
    pe(`ss -s
Total: 31245 (kernel 0)
TCP:   29876 (estab 812, closed 28790, orphaned 3, synrecv 0, timewait 28741/0), ports 0
저녁 8시 피크입니다. 발신 콜이 다 실패하고 있어요`),
    pe(`TIME_WAIT 가 2만8천개 넘어요. 오후 2시부터 새 TCP 연결이 안 됩니다. CPS 150 정도 나오고 있어요`),
    pe(`사장님 보고용 요약: 매일 저녁 피크(7~9시)에 콜 실패율 40%. 서버에 TIME_WAIT 3만개. 낮엔 정상.`),
    pe(`netstat -ant | grep TIME_WAIT | wc -l
27456
이 상태에서 캐리어로 나가는 TCP 연결이 EADDRINUSE 로 안 열려요`),
    pe(`안녕하세요 NOC 입니다. 21시경부터 outbound SIP TCP 연결 실패 다수, 에러 "bind: Address already in use". 소스포트 할당이 안 되는 걸로 보입니다. TIME_WAIT 약 2.5만`),
    pe(`캠페인 돌릴때마다 (CPS 200) 발신이 멈춰요. ss 보면 timewait 이 포트 범위만큼 꽉 차 있어요`),
    pe(`어제 말씀드린 건 후속입니다. 오늘도 피크에 똑같이 터졌어요. TIME_WAIT 3만1천, "Cannot assign requested address"`),
    pe(`콜센터 아웃바운드 시간대에만 연결 실패해요. 로그:
2024-05-13 10:02:11 [ERROR] tcp connect to 203.0.113.10:5060 failed: errno 99 (Cannot assign requested address)
2024-05-13 10:02:11 [ERROR] tcp connect to 203.0.113.10:5060 failed: errno 99 (Cannot assign requested address)`),
    pe(`포트 고갈 같아요. ip_local_port_range 32768-60999 인데 TIME_WAIT 이 28k 에서 안 내려가요. 바쁜 시간엔 콜 다 실패`),
    pe(`점심 이후 러시 때 발신 호 70% 실패. dmesg 에는 아무것도 없고 ss -tan state time-wait | wc -l 하면 2만9천`),
    pe(`리셀러입니다. 제 고객들이 저녁마다 통화 안 된다고 난리에요. 서버 쪽 보니 TIME_WAIT 엄청 쌓여있고 (2만 넘음) 새 연결이 안 붙음`),
    pe(`VOS 서버에서 캐리어 쪽으로 나가는 TCP 연결이 피크에만 "java.net.BindException: Cannot assign requested address" 로 대량 실패합니다. 그 시간 TIME_WAIT 2만6천`),
    pe(`오늘 저녁 피크 때 또 발신 불가. TIME_WAIT 만 계속 쌓이고 ESTAB 은 몇백밖에 안 돼요. 재부팅하면 풀리는데 다음날 또 그래요`),
    pe(`트래픽이 2배 늘어난 뒤로 (CPS 80→160) 바쁜 시간에 "address already in use" 로 캐리어 TCP 연결이 실패합니다. 낮엔 괜찮아요`),
    pe(`至急です！ピーク時間になると発信できません。ログに「connect failed: Cannot assign requested address」が大量に出ています`),
    pe(`ss -s
Total: 30812 (kernel 0)
TCP:   29544 (estab 705, closed 28601, orphaned 2, synrecv 0, timewait 28577/0), ports 0
夜のピークです。発信が全部失敗してます`),
    pe(`TIME_WAITが２万８千を超えてます。午後から新しいTCP接続ができません。CPSは１５０くらい`),
    pe(`社長向けまとめ：毎晩ピーク（19～21時）に呼損率40%、サーバーのTIME_WAITが３万。昼間は正常。`),
    pe(`netstat -ant | grep -c TIME_WAIT
27903
この状態でキャリア向けのTCP接続がEADDRINUSEで張れません`),
    pe(`NOCです。21時頃から発信側SIP/TCP接続の失敗多数。エラー「bind: Address already in use」、送信元ポートが取れていないようです。TIME_WAIT 約2.5万`),
    pe(`キャンペーンでCPS２００になると発信が止まります。ssで見るとtime-waitがポート範囲いっぱいです`),
    pe(`昨日の件の続きです。今日もピークで同じ症状。TIME_WAIT ３万１千、「Cannot assign requested address」`),
    pe(`コールセンターのアウトバウンド時間帯だけ接続失敗します
2024-06-03 10:15:42 [ERROR] tcp connect to 198.51.100.7:5060 failed: errno 99 (Cannot assign requested address)
2024-06-03 10:15:42 [ERROR] tcp connect to 198.51.100.7:5060 failed: errno 99 (Cannot assign requested address)`),
    pe(`peak jikan ni hasshin dekinai desu. TIME_WAIT ga 28k kurai de port ga tarinai kanji. ip_local_port_range wa default no mama`),
    pe(`昼休み明けのラッシュで発信呼の７割が失敗。ss -tan state time-wait | wc -l で２万９千`),
    pe(`代理店です。お客さんから毎晩つながらないとクレーム。サーバー見たらTIME_WAITが２万以上溜まっていて新規接続が張れない状態です`),
    pe(`忙しい時間帯だけ、VOSからキャリアへのTCP発信で「アドレスは既に使用中です」になります。TIME_WAITは２万超え`),
    pe(`今夜もピークで発信不可。TIME_WAITばかり増えて、ESTABは数百。再起動すると直るけど翌日また同じです`),
    pe(`トラフィックが倍（CPS８０→１６０）になってから、混雑時にキャリア向けTCP接続が失敗します。ポート枯渇でしょうか？TIME_WAITはピークで常に２万台`),
  ],
  natUnregistered: [
    nat(`어제 SS_TCP_CLOSE_RESET=On 으로 바꾼 뒤로 재택 상담원들 소프트폰(TCP)이 전부 미등록이에요. 집 공유기 뒤에 있는 사람들만 그래요`),
    nat(`RST 모드 켜고 나서 미크로틱 뒤에 있는 게이트웨이들이 5분마다 등록 풀렸다 붙었다 해요. SIP over TCP 입니다`),
    nat(`안녕하세요~ 어제 기술팀이 close mode 바꾼 이후로 지점 전화기들이 unregistered 떠요. 지점은 다 사무실 NAT 뒤고 TCP 로 등록해요`),
    nat(`공유기 뒤 IP폰들 등록이 계속 끊겨요. 서버 쪽에서 TCP 끊는 방식을 RST 로 바꾼 날부터요. 공인 IP 직접 붙은 폰은 멀쩡해요`),
    nat(`지난주 TIME_WAIT 때문에 RST 켰는데, 그 후로 NAT 뒤 Zoiper 사용자들이 "등록 안 됨" 이래요. 전송은 TCP`),
    nat(`리셀러입니다. 제 고객사 (iptime 공유기) 전화기 30대가 어제 밤부터 다 미등록. 공지 보니 어제 밤에 RST 모드 적용했다던데 그것 때문 아닌가요? TCP 로 붙어요`),
    nat(`reparse 하고 나서 (SS_TCP_CLOSE_RESET On) NAT 뒤 단말들 등록 상태가 Offline 로 바뀝니다. 직접 연결된 트렁크는 문제 없음`),
    nat(`콜센터 2층 상담석 전화 전부 미등록입니다. 사무실 라우터(NAT) 뒤에 있고 TCP 5060 사용. 어제 서버 설정 변경 공지 있었는데 RST 관련이었던 걸로 알아요`),
    nat(`MicroSIP 쓰는 재택근무자들 계속 re-register 실패해요. TCP 로 설정돼 있고 RST 켠 이후부터. 공인IP 직결 폰은 정상`),
    nat(`확인 부탁드립니다
- 변경: SS_TCP_CLOSE_RESET Off → On (5/20 22:00)
- 증상: 5/21 오전부터 NAT 뒤 게이트웨이 12대 등록 끊김 반복
- 전송: TCP`),
    nat(`고객 게이트웨이가 NAT 뒤에 있는데 RST 모드 이후로 TCP 등록이 10분도 안 가서 풀려요. 등록 갱신 주기를 줄여야 하나요?`),
    nat(`어제 요청하신 대로 RST 켰는데요, 지금 사무실 폰들이 다 빨간불 (미등록) 이에요 ㅠㅠ 다 공유기 뒤에 있고 TCP 설정입니다`),
    nat(`NAT 뒤에 있는 Grandstream 폰들만 등록이 자꾸 날아가요. SIP TCP 쓰고, 시기는 close 를 RST 로 바꾼 날이랑 정확히 겹쳐요`),
    nat(`야간조 보고: 01시부터 가정용 공유기 사용 고객 소프트폰(TCP) 대량 미등록. 19시에 SS_TCP_CLOSE_RESET=On 적용함. UDP 고객은 이상 없음`),
    nat(`폰들 등록이 풀렸다 붙었다 반복해요. 다 NAT 뒤고 SIP TCP. 최근 변경사항은 RST 모드 켠 것밖에 없어요`),
    nat(`昨日SS_TCP_CLOSE_RESET=Onにしてから、在宅オペレーターのソフトフォン（TCP）が全部未登録です。自宅ルーター配下の人だけです`),
    nat(`RSTモードを有効にしてから、MikroTik配下のゲートウェイが５分おきに登録切れ→再登録を繰り返しています。SIP over TCPです`),
    nat(`お疲れ様です。昨日クローズモードを変えてから、支店の電話機がunregisteredになります。支店はすべてNAT配下、TCP登録です`),
    nat(`ルーター配下のIP電話の登録が切れ続けます。サーバー側でTCPの切断をRSTに変えた日からです。グローバルIP直結の電話機は問題ありません`),
    nat(`先週TIME_WAIT対策でRSTを有効にしたのですが、それ以降NAT配下のZoiperユーザーが「未登録」になります。トランスポートはTCPです`),
    nat(`代理店です。お客様（家庭用ルーター）の電話機２０台が昨夜から全部未登録。昨夜RSTモード適用とのお知らせがありましたが、関係ありますか？TCPで登録しています`),
    nat(`reparse後（SS_TCP_CLOSE_RESET On）、NAT配下の端末の登録状態がOfflineになります。直結のトランクは問題なし`),
    nat(`コールセンター３階の席の電話が全部未登録です。事務所ルーター（NAT）配下、TCP 5060。昨日サーバーの設定変更（RST関係）がありました`),
    nat(`RST mode ni shite kara, NAT no ushiro no softphone ga zenbu mitouroku ni narimashita. TCP desu. global IP chokketsu no wa daijoubu desu`),
    nat(`ご確認お願いします
・変更：SS_TCP_CLOSE_RESET Off→On（５／２０ ２２:００）
・症状：５／２１午前からNAT配下のゲートウェイ１２台で登録切れが繰り返し発生
・トランスポート：TCP`),
    nat(`お客様のゲートウェイがNAT配下で、RSTモード以降、TCPの登録が１０分ももたずに切れます。登録更新間隔を短くすべきですか？`),
    nat(`言われた通りRSTを有効にしましたが、今事務所の電話が全部未登録です…全部ルーター配下でTCP設定です`),
    nat(`NAT配下のYealink電話機だけ登録がよく飛びます。SIP TCPで、時期はTCPの切断をRSTに変えた日とぴったり同じです`),
    nat(`夜間帯報告：１時頃から家庭用ルーター利用のお客様のソフトフォン（TCP）が大量に未登録。１９時にSS_TCP_CLOSE_RESET=On適用。UDPのお客様は異常なし`),
    nat(`電話機の登録が切れたりついたりを繰り返しています。全部NAT配下でSIP TCP。変更はRSTモードを有効にしたことだけです`),
  ],
  firewallRst: [
    fw(`RST 모드 켠 뒤로 포티게이트 로그에 "no session matched" 가 엄청 찍히고 통화가 중간에 끊겨요`),
    fw(`iptables 로그:
kernel: INVALID DROP IN=eth0 OUT= SRC=10.1.1.5 DST=203.0.113.20 PROTO=TCP SPT=5060 DPT=41822 RST
SS_TCP_CLOSE_RESET=On 으로 바꾼 다음부터 이런 게 수백 개씩 나오고 콜이 hang 걸립니다`),
    fw(`ASA 로그에 "%ASA-6-106015: Deny TCP (no connection) from 203.0.113.5/5060 to 10.0.0.8/53211 flags RST" 반복. 어제 softswitch 를 RST 모드로 바꿨어요. 콜 셋업이 자꾸 실패해요`),
    fw(`pfSense 방화벽 로그에 TCP:R 블록 기록이 쌓여요. RST 켠 이후로 통화가 안 끊기고 (hang) 계속 살아있는 것처럼 보이네요`),
    fw(`서버 close 방식 바꾼 뒤로 소포스에서 "out of state" 로 드랍되는 패킷이 많아지고 콜 실패율이 올라갔어요`),
    fw(`사무실 방화벽(FortiGate 100F) 뒤 PBX 트렁크가 RST 모드 이후로 통화 연결이 안 돼요. 세션 로그 보면 RST 패킷이 차단됨`),
    fw(`conntrack -S 보면 invalid 카운터가 계속 올라가요. SS_TCP_CLOSE_RESET On 한 뒤로요. 통화 중 끊김도 늘었고요`),
    fw(`미크로틱 방화벽 규칙 "connection-state=invalid action=drop" 에 걸리는 게 RST 패킷이에요. RST 모드 켜고 나서 콜이 다 이상해졌어요`),
    fw(`고객사 보안장비가 우리 서버에서 오는 RST 를 세션 없음으로 막고 있대요. 어제 RST 모드로 설정 변경한 이후로 거기 통화가 다 드랍`),
    fw(`긴급. RST 모드 적용 후 ASA 뒤 고객 3곳 통화 불가. 로그: Deny TCP (no connection) ... flags RST ACK`),
    fw(`팀장님 보고드립니다. 19시 RST 모드 전환 후 방화벽(포티)에서 RST 드랍 로그 분당 500건, 통화 실패 증가 중. 롤백 검토 요청드립니다`),
    fw(`어제 TCP close 를 RST 로 바꾼 뒤 iptables 에서 ctstate INVALID 로 떨어지는 패킷이 급증했어요. 콜 셋업 지연되고 일부는 타임아웃`),
    fw(`통화가 끝나도 상대방 쪽에서 안 끊겨요. 방화벽이 RST 를 버리는 것 같다고 보안팀이 그러네요. 우리가 바꾼 건 SS_TCP_CLOSE_RESET 하나뿐`),
    fw(`fortigate debug flow:
id=20085 trace_id=1234 func=resolve_ip_tuple_fast line=5760 msg="vd-root received a packet(proto=6, 203.0.113.20:5060->10.10.1.50:48211) from wan1. flag [R]"
id=20085 trace_id=1234 func=print_pkt_detail msg="no session matched"
RST 켠 후부터 이런 게 계속 나오고 통화가 중간에 끊겨요`),
    fw(`소포스 XG 로그 "Invalid TCP state" 드랍 폭증. RST 모드 켜고 나서부터고요, 그 방화벽 뒤 상담석만 통화가 자꾸 멈춰요`),
    fw(`RSTモードを有効にしてから、FortiGateのログに「no session matched」が大量に出て、通話が途中で切れます`),
    fw(`iptablesのログ：
kernel: INVALID DROP IN=eth0 OUT= SRC=10.2.0.9 DST=198.51.100.30 PROTO=TCP SPT=5060 DPT=50122 RST
SS_TCP_CLOSE_RESET=Onにしてから数百件ずつ出て、通話がハングします`),
    fw(`ASAのログに「%ASA-6-106015: Deny TCP (no connection) from 198.51.100.5/5060 to 10.0.0.12/49102 flags RST」が繰り返し出ます。昨日RSTモードに変更しました。発信が失敗します`),
    fw(`pfSenseのログにTCP:Rのブロックが溜まっています。RSTにしてから通話が切れずにハングしたままに見えます`),
    fw(`サーバーのクローズ方式を変えてから、Sophosで「out of state」として破棄されるパケットが増え、呼損率が上がりました`),
    fw(`事務所のFortiGate 60F配下のPBXトランクが、RSTモード以降つながりません。セッションログではRSTパケットが遮断されています`),
    fw(`conntrack -S で invalid がどんどん増えます。SS_TCP_CLOSE_RESET Onにしてからです。通話中の切断も増えました`),
    fw(`MikroTikの「connection-state=invalid action=drop」に引っかかっているのがRSTパケットです。RSTモードにしてから通話がおかしいです`),
    fw(`お客様のセキュリティ機器が、うちのサーバーから来るRSTをセッションなしとして落としているそうです。昨日RSTモードに変更して以降、先方の通話が全部切れます`),
    fw(`至急。RSTモード適用後、ASA配下のお客様３拠点が通話不可。ログ：Deny TCP (no connection) ... flags RST ACK`),
    fw(`firewall de RST packet ga drop sarete imasu. RST mode ni shite kara tsuuwa ga tochuu de kireru. FortiGate no log ni "no session matched" ga ippai`),
    fw(`昨日TCPクローズをRSTに変えてから、iptablesでctstate INVALIDとして落ちるパケットが急増しました。呼の確立が遅れ、一部タイムアウトします`),
    fw(`通話が終わっても相手側で切れません。セキュリティ担当によるとファイアウォールがRSTを捨てているとのこと。変えたのはSS_TCP_CLOSE_RESETだけです`),
    fw(`FortiGate diagnose debug flow：
id=20085 trace_id=5678 func=resolve_ip_tuple_fast line=5760 msg="vd-root received a packet(proto=6, 198.51.100.30:5060->192.168.10.20:52011) from wan1. flag [R]"
id=20085 trace_id=5678 func=print_pkt_detail msg="no session matched"
RST有効化後からずっと出てて、通話が途中で落ちます`),
    fw(`Sophos XGのログで「Invalid TCP state」の破棄が急増。RSTモードにしてからで、そのファイアウォール配下の席だけ通話がよく止まります`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning199Set: readonly EvalItem[] = Object.values(tuning199Families).flat();
