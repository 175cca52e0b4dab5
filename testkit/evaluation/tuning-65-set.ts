import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Brazilian operators, VoIP resellers and call-centre technicians writing informal Brazilian
 * Portuguese on WhatsApp ("vc", "tb", "pq", "blz", "né", "tá", "galera", "mano", "caiu", "parou",
 * "deu ruim", "tô vendo"), often without accents, mixing in English technical terms, some of them
 * pasting log lines or command output.
 *
 * The sixty-fifth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the sixty-fifth never-tuned set, before the thirty-sixth round of rules, by someone
 * who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or
 * the other sets in view; measured as such before and after the thirty-sixth round, then made
 * tuning material for the thirty-seventh: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 90.0 %, negatives confident 8.1 %, confident wrong 0 % with the rules of the
 * thirty-fifth round; 90.0 %, 8.1 % and 0 % after the thirty-sixth.
 */
export const tuning65Families = {
  oneListeningPort: [
    no(`galera, o nginx nao sobe no servidor novo. da "bind() to 0.0.0.0:80 failed (98: Address already in use)". acho q o apache ta rodando junto, ne?`),
    no(`mano o portal web do vos nao abre mais, tentei reiniciar o tomcat e no catalina.out tá "java.net.BindException: Address already in use: JVM_Bind" na 8080. parece q ficou um processo java velho preso`),
    no(`mysql nao sobe depois do reboot: [ERROR] Can't start server: Bind on TCP/IP port: Address already in use. Do you already have another mysqld server running on port: 3306 ? vc sabe oq é?`),
    no(`to subindo um asterisk de teste no mesmo servidor do vos pra brincar e ele reclama que a 5060 ja ta em uso. obvio ne kkk o mbx ja ta escutando nela. qual porta vc recomenda pro asterisk?`),
    no(`docker run -p 8080:8080 deu erro: Bind for 0.0.0.0:8080 failed: port is already allocated. tem outro container meu usando essa porta, como faço pra ver qual é?`),
    no(`no meu notebook o npm run dev deu EADDRINUSE :::3000, é o painel de revenda que to desenvolvendo. nao tem nada a ver com o switch, so queria saber como matar o processo q ta segurando a porta`),
    no(`blz galera? instalei o kamailio numa vps que ja tinha o freeswitch e nenhum dos dois sobe direito na 5060, um fica "Address already in use". tem como rodar os dois?`),
    no(`o httpd caiu e nao volta: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443. alguem ja viu isso?`),
    no(`tô vendo no log do nosso webservice de billing: "listen tcp :9000: bind: address already in use". é so o servico de relatorio, o vos ta tranquilo`),
    no(`a interface web do vos3000 parou de abrir depois que o tecnico instalou um painel de monitoramento, acho que o painel pegou a porta 80 tb. como mudo a porta do painel?`),
    no(`postgres: could not bind IPv4 address "0.0.0.0": Address already in use. HINT: Is another postmaster already running on port 5432? deu ruim aqui no servidor de CDR`),
    no(`pq o redis nao sobe? "Could not create server TCP listening socket *:6379: bind: Address already in use". reiniciei e continua`),
    no(`gente, o zabbix agent nao inicia, log: "listener failed: bind() for [[-]:10050] failed: [98] Address already in use". tem dois agents instalados acho`),
    no(`o mbx3000d nao sobe depois que reinstalei, no log aparece que nao conseguiu abrir a porta sip 5060 pq ja tem outra coisa escutando. netstat mostra um processo "opensips" que ficou de uma instalacao antiga`),
    no(`tá dando "Address already in use" quando eu tento subir o servidor de provisionamento tftp na 69. o xinetd ja tinha um tftp ativo ne, vou desligar`),
    no(`mano meu flask local roda na 5000 e do nada deu "Address already in use", no mac é o airplay receiver q pega essa porta né?`),
    no(`subi outra instancia do vos web pra teste e ela nao abre, catalina: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"] java.net.BindException: Address already in use. é pq a primeira ja ta usando a 8080?`),
    no(`o squid nao inicia: commBind: Cannot bind socket FD 12 to [::]:3128: (98) Address already in use. é o proxy do call center`),
    no(`pessoal, o sshd nao sobe depois que mudei a porta pra 2222 no sshd_config. journal diz "Bind to port 2222 on 0.0.0.0 failed: Address already in use". tinha um tunel reverso usando ela`),
    no(`o container do grafana fica reiniciando, docker logs: "listen tcp 0.0.0.0:3000: bind: address already in use". ja tinha um grafana instalado direto no host kkk`),
    no(`deu ruim no deploy: Error: listen EADDRINUSE: address already in use 0.0.0.0:4000. é a api do nosso discador, o pm2 ficou com um processo zumbi eu acho`),
    no(`ola, quando tento iniciar o servico de gravacao de chamadas ele fala q a porta 8000 ja esta em uso. o que pode ser?`),
    no(`o mbx3000d ta rodando mas o servico da interface web fica caindo falando bind failed na porta dele. so esse servico, as chamadas tao passando normal`),
    no(`to tentando rodar dois sipp de teste na mesma maquina, o segundo dá "Address already in use" na 5060. preciso passar -p com outra porta ne?`),
    no(`galera, o vsftpd nao sobe: "500 OOPS: could not bind listening IPv4 socket". tem um pure-ftpd instalado junto que ninguem lembrava`),
    no(`servidor de relatorio parou: java.net.BindException: Address already in use (Bind failed) na porta 8443 quando o spring boot sobe. rodei lsof -i :8443 e tem outro java la`),
    no(`apos atualizar o webmin ele nao abre mais, miniserv diz "Failed to bind to port 10000 : Address already in use". vos ta normal, so o webmin`),
  ],
  otherRegistrationCause: [
    no(`galera os ramais do cliente X caíram tudo de manha. descobri que o admin dele trocou a senha das contas no vos ontem e nao avisou ninguem. vou passar as senhas novas pros telefones`),
    no(`mano o trunk com a operadora ta unregistered desde cedo, log: "401 Unauthorized" em todo REGISTER. eles mudaram a senha do tronco?`),
    no(`o cliente mudou de provedor de internet e trocou o ip fixo, agora o gateway dele nao registra pq no vos ta liberado so o ip antigo. como atualizo?`),
    no(`os softphones tudo unregistered, o dominio sip.meuvoip.com.br parou de resolver, esqueceram de renovar o dominio kkk deu ruim`),
    no(`bom dia, a licenca do vos venceu ontem e agora nenhum telefone registra, aparece erro de licenca no painel. vcs renovam?`),
    no(`call center caiu inteiro, 40 ramais offline. foi queda de energia no predio e o switch poe deles nao voltou, telefones sem energia ne`),
    no(`a conta do cliente ficou sem saldo e expirou, os ramais dele pararam de registrar. depois da recarga volta sozinho?`),
    no(`tá tudo offline no cliente de Campinas, a vivo ta com rompimento de fibra na regiao. nao é no vos ne?`),
    no(`o cliente trocou o roteador dele por um da claro e os ramais pararam de registrar. eles usam sip udp na 5060, deve ser o alg do roteador novo ne?`),
    no(`trocamos o ip do servidor vos (migramos de datacenter) e os telefones que estavam apontando pro ip antigo ficaram unregistered. tem que reprovisionar tudo né?`),
    no(`o grandstream do cliente mostra "Registration failed 403 Forbidden". conferi e a conta foi desativada por falta de pagamento`),
    no(`ramais da filial perderam registro. o tecnico deles mudou a VLAN de voz e os telefones nao pegam ip do dhcp. como ajudo?`),
    no(`oi! depois que atualizei o firmware dos yealink eles perderam a config e ficaram sem registro. tenho que configurar um por um?`),
    no(`o zoiper do vendedor nao registra, aparece "401 Unauthorized" toda hora. ele jura que a senha ta certa mas tem um O no lugar de zero kkk`),
    no(`operadora trocou o ip do proxy sip deles e nao avisou, nosso tronco ficou unregistered a manha toda. colocamos o ip novo e voltou`),
    no(`os ATAs do cliente perderam registro pq o DDNS dele parou de atualizar e o ip na conta ficou o antigo`),
    no(`mano o roteador do cliente foi trocado pela operadora, agora ta em dupla NAT e os telefones udp perdem registro a cada poucos minutos. RST nem ta ligado aqui, alias nunca mexemos nisso`),
    no(`ramal 2001 unregistered desde ontem. fui ver e o telefone estava desplugado da rede, a faxineira tirou o cabo kkk`),
    no(`o cliente excluiu sem querer as contas de ramal no painel do vos, por isso os telefones pararam de registrar. tem backup do banco?`),
    no(`nossos ramais cairam agora as 14h e voltaram 14h20, a operadora confirmou manutencao no link`),
    no(`certificado tls do dominio venceu e os softphones que usam sips não conseguem registrar, "certificate expired" no log do bria`),
    no(`galera o cliente trocou a senha do wifi e metade dos telefones wifi ficou desconectado, aparecem como unregistered no vos. é so reconectar né?`),
    no(`tronco da operadora: "SIP/2.0 403 Forbidden - IP not allowed". nosso ip de saida mudou depois que o datacenter trocou o bloco`),
    no(`o ip do cliente caiu na blacklist do vos pq um ramal tentou registrar com senha errada muitas vezes, agora nenhum ramal dele registra`),
    no(`as contas SIP do cliente expiraram dia 30, no vos tem data de validade na conta. por isso ta tudo unregistered`),
    no(`o mikrotik do cliente foi resetado pra padrao e agora os telefones (todos em udp) nao registram mais, perderam o port forward e as regras. vou refazer`),
    no(`a tempestade de ontem queimou o switch do cliente, os ramais ficaram sem rede e sem registro. nao é nada no vos ne?`),
  ],
  smallFigures: [
    no(`galera, rodei ss -s no vos e deu "TCP: 312 (estab 85, closed 190, orphaned 0, timewait 187)". isso é normal ne? servidor bem tranquilo`),
    no(`o que é exatamente esse TIME_WAIT que aparece no netstat? é problema?`),
    no(`pra que serve o SS_TCP_CLOSE_RESET no softswitch.conf? vale a pena ligar?`),
    no(`mano, netstat -an | grep TIME_WAIT | wc -l deu 143 num servidor com 30 chamadas simultaneas. preciso me preocupar?`),
    no(`qual a diferenca entre fechar a conexao com FIN e com RST? vi isso no manual do vos`),
    no(`o ip_local_port_range aqui ta "32768 60999", é o padrao do centos 7 ne? so curiosidade`),
    no(`tô fazendo um health check mensal nos servidores, tudo normal: cpu 12%, 220 conexoes tcp, 60 em time_wait. algo mais pra olhar?`),
    no(`vc recomenda ligar o tcp_tw_reuse preventivamente? hoje temos uns 5 cps só`),
    no(`onde fica o softswitch.conf no vos3000? quero so dar uma olhada nos parametros`),
    no(`se eu ligar o RST mode vai afetar meus clientes que usam UDP? pergunto pq a maioria é udp`),
    no(`o comando service mbx3000d reparse derruba chamadas? ou so recarrega a config?`),
    no(`ss nao existe no meu centos 5, qual o equivalente? quero ver quantas conexoes tcp tem`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     45 ESTABLISHED
     12 LISTEN
     98 TIME_WAIT
tá tudo ok isso?`),
    no(`quanto tempo um socket fica em TIME_WAIT no linux? 60s?`),
    no(`nosso servidor tem uns 400 em time_wait no pico da noite, com uns 200 canais. normal ou ja é sinal de algo?`),
    no(`galera, duvida: o SS_TCP_CLOSE_RESET funciona com TLS tb? li algo sobre close_notify`),
    no(`o padrao do SS_TCP_CLOSE_RESET é Off ne? so confirmando antes de mexer em qualquer coisa`),
    no(`se eu mudar o sysctl no centos 6 tem que ser no sysctl.conf ou o sysctl.d funciona?`),
    no(`ola, estamos planejando crescer pra 100 cps ano que vem. o que vc recomenda de tuning tcp desde ja?`),
    no(`tô vendo 27 conexoes em CLOSE_WAIT e 80 em TIME_WAIT, servidor com pouca carga. é so curiosidade, nada caiu`),
    no(`tem algum jeito de monitorar a quantidade de time_wait pelo zabbix? quero deixar um alerta`),
    no(`o que acontece se eu colocar o ip_local_port_range 1024 65535? tem risco de conflitar com alguma porta do vos?`),
    no(`pq o manual diz que o RST confunde NAT? so pra eu entender, aqui ta tudo funcionando`),
    no(`ss -s
Total: 410
TCP:   156 (estab 48, closed 92, orphaned 0, timewait 90)

isso é saudavel ne mano?`),
    no(`qual a diferenca de reparse pra restart no mbx3000d?`),
    no(`a gente devia usar tcp ou udp pros ramais? hoje é tudo udp e funciona blz`),
    no(`vale a pena habilitar o RST so pq li num forum? nao temos nenhum problema, servidor com 20 ramais`),
  ],
  firewallNoRst: [
    no(`preciso liberar a porta 5060 udp no iptables do vos pra um cliente novo, qual o comando?`),
    no(`galera, o fail2ban baniu o ip do call center, eles erraram senha. como faco unban?`),
    no(`ligacao completa mas sem audio nenhum dos dois lados. acho q o firewall ta bloqueando rtp, qual range de portas o vos usa?`),
    no(`o roteador tp-link do cliente tem SIP ALG ligado, ta bagunçando o sdp. desligo ne?`),
    no(`na aws, qual regra do security group eu preciso pra sip e rtp? subindo vos novo la`),
    no(`mano, como faço whitelist do ip da operadora no iptables? so quero q eles acessem a 5060`),
    no(`audio so de um lado. o firewall do cliente (pfsense) ta bloqueando o rtp de entrada, ja vi nos logs. qual range libero?`),
    no(`fail2ban ta banindo nossos proprios ramais toda hora pq o maxretry ta baixo. aumento pra quanto?`),
    no(`iptables -L INPUT -n mostra DROP all na ultima linha e a 5060 tcp nao ta liberada. cliente novo quer usar tcp, só adicionar ACCEPT?`),
    no(`o fortigate do cliente ta com "sip session helper" ativo e as chamadas ficam com audio mudo. desativar resolve?`),
    no(`galera, recebendo scan sipvicious toda noite na 5060. alguem tem regra iptables boa pra bloquear friendly-scanner?`),
    no(`liberei a porta 1720 pro h323 no firewall mas o gateway ainda nao conecta. tem outra porta?`),
    no(`no google cloud preciso criar firewall rule pra 10000-20000 udp ne? as chamadas tao sem audio`),
    no(`quero bloquear todos os paises menos Brasil no iptables do vos, tem como com ipset?`),
    no(`a porta do painel web (80) ta aberta pra internet toda, como restrinjo pro ip do escritorio?`),
    no(`cliente com mikrotik: precisa de regra de dst-nat pra rtp? os telefones dele ficam sem audio nas entrantes`),
    no(`o firewalld do centos 7 ta ativo e bloqueou a 5060 depois do reboot. coloquei --permanent agora, blz?`),
    no(`ola, o firewall da empresa do cliente bloqueia tudo que nao é 80/443. tem como o softphone falar sip por outra porta?`),
    no(`fail2ban jail do vos: qual logpath eu uso pra pegar tentativa de registro com senha errada?`),
    no(`a operadora pediu pra liberar o ip 200.x.x.x no nosso firewall pro tronco deles. é so INPUT na 5060?`),
    no(`mano o csf bloqueou o ip do meu proprio escritorio, to sem acesso ssh. como libero pelo console?`),
    no(`depois que ativaram o firewall no datacenter a chamada conecta e cai aos 32 segundos certinho, o ack nao chega. sip udp`),
    no(`iptables -A INPUT -p udp --dport 10000:20000 -j ACCEPT isso basta pro rtp do vos?`),
    no(`o sonicwall do cliente tem "Enable consistent NAT" e "SIP transformations", qual deixo ligado?`),
    no(`queremos limitar o numero de conexoes por ip na 5060 com iptables connlimit, alguem usa?`),
    no(`regra de firewall pra deixar so os ips dos nossos clientes falar com a 5060 e bloquear o resto, me ajuda a montar?`),
    no(`no azure o NSG ta bloqueando o rtp, audio mudo nos dois lados. qual porta o vos3000 usa pra midia por padrao?`),
  ],
  negationContext: [
    no(`galera, os ramais perderam registro hoje mas aqui é tudo UDP, RST nem se aplica ne. ja vi que o link do cliente caiu`),
    no(`o RST ta Off no softswitch.conf, conferi agora. os telefones do cliente tao unregistered desde que ele trocou a senha das contas`),
    no(`semana passada a gente teve aquele problema de time_wait com milhares de conexoes, mas ja resolvemos com o tw_reuse. so passando pra agradecer`),
    no(`se um dia eu ligar o SS_TCP_CLOSE_RESET e os telefones atras de NAT perderem registro, é só desligar de volta?`),
    no(`o servidor do meu concorrente ta com address already in use toda hora no pico kkk ainda bem que nao é o nosso`),
    no(`ninguem mexeu no RST, ninguem mexeu no firewall, e as chamadas continuam normais. so quero confirmar que ta tudo certo pra auditoria`),
    no(`ano passado ligamos o RST e o firewall do cliente começou a derrubar as chamadas. desligamos na hora e ta tudo bem desde entao. fica o registro`),
    no(`nao é problema de porta: o netstat mostra só 50 TIME_WAIT. as chamadas falham pq a rota ta sem credito`),
    no(`o tecnico achou que era NAT mas os telefones ficam na mesma lan do servidor, sem roteador no meio. alias o RST ta desligado`),
    no(`hipoteticamente: se a gente tiver 200 cps um dia e esgotar as portas, qual seria o plano?`),
    no(`fiz um teste em lab: liguei o RST e o iptables com conntrack marcou os rst como INVALID. em producao nao liguei nada, só quero entender`),
    no(`não, o "address already in use" que mandei ontem era do apache, nao do vos. o vos ta de boa`),
    no(`meus ramais perderam registro, mas antes de vc falar de RST: ele ta Off e sempre esteve. o problema começou depois que o isp trocou o modem`),
    no(`o cliente jura que é o firewall derrubando rst mas os logs mostram que as chamadas caem por falta de saldo na conta dele`),
    no(`desliguei o SS_TCP_CLOSE_RESET ontem como vcs sugeriram e os ramais atras do mikrotik voltaram a registrar. ta tudo ok hoje, valeu`),
    no(`sobre aquela analise de port exhaustion: era outro servidor, o de testes, e ja foi desligado`),
    no(`a gente nao usa tcp pra sip, so udp. entao esse tal de rst mode nao muda nada pra gente né?`),
    no(`um colega falou que o rst derruba registro atras de nat. aqui tem nat mas nunca ligamos o rst, e os telefones tao registrados normal`),
    no(`chamadas caindo, mas o RST ta desligado e o firewall é o mesmo de sempre. o problema é o link que ta com perda de pacote, a operadora confirmou`),
    no(`time_wait alto era antes do tuning de mes passado, hoje ta em 300 no pico. só reportando`),
    no(`nao foi o firewall: o cliente tinha esquecido de pagar a fatura e a operadora cortou o tronco`),
    no(`na epoca do vos2009 a gente tinha esgotamento de portas, mas desde que migrou pro 3000 com tuning nunca mais`),
    no(`alguem do grupo ai conhece suporte bom? um amigo meu tem um servidor onde o pfsense derruba os RST, nao é aqui, só to passando o recado`),
    no(`o erro cannot assign requested address foi no meu notebook, rodando um script python de teste que abre 50 mil conexoes. nao é o switch`),
    no(`se eu trocar o RST pra On, preciso fazer algo no firewall antes? ainda nao liguei, to so planejando`),
    no(`ja resolvemos: os telefones nao registravam pq a senha tinha mudado, nada a ver com o reset tcp que o outro tecnico suspeitou`),
    no(`o problema de TIME_WAIT que relatei era no servidor do cliente, que nao é vos, é um asterisk dele. o nosso vos ta normal`),
  ],
  portExhaustion: [
    pe(`galera, no horario de pico o vos comeca a falhar chamada pro tronco tcp e no log aparece "cannot assign requested address". netstat mostra mais de 28 mil em TIME_WAIT`),
    pe(`ss -s
Total: 31240
TCP:   30512 (estab 620, closed 29780, orphaned 3, timewait 29701)
isso as 19h, chamadas novas nao completam. socorro`),
    pe(`mano, todo dia as 10h quando o discador sobe pra 150 cps o softswitch para de abrir conexao tcp com os gateways. depois de uns minutos volta sozinho`),
    pe(`log do mbx: "connect failed: Cannot assign requested address (99)" repetindo milhares de vezes durante a campanha`),
    pe(`tô vendo uns 30 mil sockets em time_wait no vos, ip_local_port_range ta o padrao 32768 60999. no pico as ligacoes nao saem`),
    pe(`bind failed: Address already in use quando o softswitch tenta abrir conexao de saida pro tronco tcp, so acontece no pico de cps. fora do pico normal`),
    pe(`deu ruim de novo no pico: chamada nao sai, EADDRINUSE no log do softswitch, e o netstat | grep TIME_WAIT | wc -l deu 27914`),
    pe(`o call center liga umas 80 chamadas por segundo entre 9h e 11h e nessa janela o vos simplesmente nao consegue conectar novos tcp. parece que acabaram as portas`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
    612 ESTABLISHED
     18 LISTEN
  28233 TIME_WAIT
as chamadas tcp tao falhando agora, é isso ne?`),
    pe(`bom dia! no pico de ontem tivemos muita falha de chamada com erro de bind no vos. o servidor ta com milhares de time_wait, acho q esgotou porta local`),
    pe(`mano o softswitch fica cuspindo BindException: Address already in use nas conexoes de saida na hora que o trafego sobe. de madrugada nunca acontece`),
    pe(`quando passa de uns 100 cps as conexoes sip tcp novas comecam a falhar. TIME_WAIT chega a 30k. o que ajustamos?`),
    pe(`o vos ta recusando abrir conexao tcp com a operadora no horario comercial, "cannot bind" no log. servidor com 400 canais simultaneos e chamadas de curtissima duracao`),
    pe(`nossas campanhas de discagem automatica derrubam o vos toda tarde: as portas efemeras acabam e nada mais conecta via tcp`),
    pe(`sysctl net.ipv4.ip_local_port_range
net.ipv4.ip_local_port_range = 32768 61000
ss -tan state time-wait | wc -l
28190
no pico as chamadas nao completam, o que faço?`),
    pe(`galera ta dando "Cannot assign requested address" nas conexoes de saida do softswitch quando o volume de chamadas bate o pico. tw_reuse ta 0 aqui`),
    pe(`oi, no horário de pico nossas chamadas via tronco tcp falham em massa. vi que o servidor fica com tipo 25 mil conexoes em TIME_WAIT, fora do pico cai pra 2 mil`),
    pe(`erro EADDRINUSE no mbx3000 sempre que a gente passa de 120 chamadas por segundo. abaixo disso normal`),
    pe(`nao sai ligacao no pico. o netstat ta lotado de TIME_WAIT, milhares, tudo pras portas 5060 dos gateways`),
    pe(`o vos parece que fica sem porta local pra abrir tcp quando o discador ta a todo vapor. tem algum ajuste de kernel pra isso?`),
    pe(`log:
2024-03-11 18:02:13 [ERR] tcp connect to 187.45.x.x:5060 failed: Address already in use
2024-03-11 18:02:13 [ERR] tcp connect to 187.45.x.x:5060 failed: Address already in use
isso aparece centenas de vezes por minuto no pico`),
    pe(`pessoal, cliente de telemarketing com 200 cps. depois de uns 15 min de campanha o vos nao abre mais conexoes tcp novas, ss mostra timewait 29k. reinicia e volta`),
    pe(`centos 6, vos3000, pico de chamadas curtas e o servidor fica sem portas locais disponiveis. time_wait la em cima. como resolve de vez?`),
    pe(`as 18h todo dia chamada falha com "cannot assign requested address", e é exatamente quando o cps sobe. fora disso nenhum erro`),
    pe(`milhares de TIME_WAIT e o softswitch nao consegue abrir novas conexoes com os gateways sip tcp. so no pico, tipo 90 cps`),
    pe(`tô vendo o mesmo erro toda segunda de manha quando a campanha começa: bind: address already in use nas conexoes de saida do vos. conta de sockets time_wait passa de 30 mil`),
    pe(`vc sabe pq o vos perde a capacidade de abrir tcp no pico? o netstat fica cheio de TIME_WAIT, tipo 27k, e as rotas tcp param`),
    pe(`o discador preditivo do cliente manda rajada de chamada e o vos começa a dar BindException nas conexoes tcp de saida. ss -s mostra timewait 26544`),
    pe(`mano, a gente aumentou o trafego pra 110 cps essa semana e desde entao o vos falha nas horas de pico: as conexoes tcp novas nao abrem, esgotamento de porta efemera pelo que vi`),
    pe(`sos: pico de agora, ligacoes nao conectam, log cheio de "errno 99 Cannot assign requested address" e uns 29 mil sockets em time_wait`),
  ],
  natUnregistered: [
    nat(`galera, depois que ligamos o SS_TCP_CLOSE_RESET ontem os ramais dos clientes que tao atras de roteador ficaram tudo unregistered. eles usam sip tcp`),
    nat(`mano, os softphones do home office perdem registro toda hora desde que ativamos o modo RST no vos. tudo via tcp, atras de nat de roteador de casa`),
    nat(`os yealink do escritorio do cliente (atras de um mikrotik) ficam caindo o registro desde que mudamos o SS_TCP_CLOSE_RESET pra On. transporte tcp`),
    nat(`depois do ajuste de rst pra diminuir time_wait, os ramais atras de nat começaram a aparecer offline no vos. os da rede publica tao normais`),
    nat(`tô vendo os telefones que tao atras de NAT desregistrando a cada poucos minutos. a unica coisa que mudou foi o SS_TCP_CLOSE_RESET="On" no softswitch.conf semana passada. sip tcp`),
    nat(`oi, desde que o tecnico ativou o rst mode nossos ramais remotos (tcp, atras de roteador da operadora) ficam unregistered. os locais funcionam`),
    nat(`grep RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
ligamos isso terça, e desde terça os zoiper via tcp atras de nat nao ficam registrados. tem relacao?`),
    nat(`galera, os ATAs do cliente atras de nat tp-link perderam registro logo depois que liguei o close reset. sip sobre tcp`),
    nat(`os ramais do call center (todos atras de um mikrotik com masquerade, sip tcp) perdem registro varias vezes por hora desde que ligamos o RST no softswitch`),
    nat(`mudamos o SS_TCP_CLOSE_RESET pra On por causa de time_wait e agora os telefones em NAT ficam unregistered. volta pra Off?`),
    nat(`o cliente reclama que os softphones dele mostram "not registered" toda hora. ele ta atras de roteador e usa tcp. começou depois do nosso ajuste de RST no vos`),
    nat(`depois que o vos passou a fechar tcp com rst, os grandstream atras de nat ficam caindo registro. os que tem ip publico nao`),
    nat(`mano deu ruim, ativamos o modo reset no vos3000 e metade dos ramais (os de clientes com roteador nat) sumiram do registro. tcp`),
    nat(`os bria dos vendedores externos (4g, tudo nat) perdem registro sip tcp desde que habilitamos o RST no servidor`),
    nat(`desde ontem os ramais atras do roteador nat da filial ficam unregistered, e ontem foi quando setamos SS_TCP_CLOSE_RESET On. sip tcp na 5060`),
    nat(`a gente ligou o rst pra resolver esgotamento de porta, resolveu, mas agora os telefones nat via tcp ficam perdendo registro. tem como ter os dois?`),
    nat(`telefones atras de NAT em TCP: registrados as 9h, unregistered as 9h05, registram de novo, caem... isso desde que ligamos o close reset`),
    nat(`o cliente tem 30 ramais atras de um roteador huawei da operadora, todos sip tcp. desde a mudanca do SS_TCP_CLOSE_RESET pra On eles aparecem offline no painel do vos`),
    nat(`boa tarde, os ramais de home office perderam o registro apos ativarmos o RST no softswitch. sip por tcp, todos em casa atras de roteador`),
    nat(`log do softphone: "Registration failed: connection reset by peer" toda hora, ele ta atras de nat e usa tcp. no vos ligamos o SS_TCP_CLOSE_RESET semana passada`),
    nat(`pq os ramais atras de nat ficam unregistered desde que ligamos o rst? os registros via tcp vivem caindo e os de udp tao normal`),
    nat(`tô com ramal remoto dando "unregistered" toda hora no painel. tcp + nat do roteador, e o SS_TCP_CLOSE_RESET ta On desde a ultima manutencao`),
    nat(`ativamos o modo rst semana passada, e desde entao os linksys do cliente, que ficam atras de nat, nao seguram o registro tcp mais que uns minutos`),
    nat(`os ramais dos clientes com mikrotik ficam alternando registrado/nao registrado desde que mudei o fechamento tcp pra RST. antes era perfeito`),
    nat(`depois da manutencao que ligou o RST, os softphones microsip dos agentes em home office (tcp, atras de roteador) sempre desregistram. o que houve?`),
    nat(`sip tcp atras de nat + SS_TCP_CLOSE_RESET=On = ramal unregistered toda hora aqui. começou exatamente no dia que ligamos. como resolve?`),
    nat(`os telefones do escritorio de sp (atras de nat) estao sem registro desde que mexemos no rst do vos. tcp. os de rj tem ip publico e tao normais`),
    nat(`galera, cliente com roteador intelbras: ramais tcp perdem registro direto desde que o vos fecha conexao com reset. o que vcs fazem nesses casos?`),
    nat(`ligamos o SS_TCP_CLOSE_RESET ontem a noite e hoje de manha nenhum ramal atras de nat registrou. tcp`),
    nat(`os softphones dos clientes atras de NAT tao aparecendo unregistered no vos desde o tuning de rst da semana passada. transporte tcp`),
  ],
  firewallRst: [
    fw(`desde que ligamos o SS_TCP_CLOSE_RESET as chamadas pro tronco tcp ficam travadas e caem. o iptables com conntrack ta marcando os rst como INVALID e dropando`),
    fw(`galera, ativamos o rst no vos e agora as chamadas que passam pelo fortigate ficam penduradas. no log do fortigate aparece o rst sendo bloqueado`),
    fw(`iptables -L -v -n | grep INVALID
 8421  505K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
esse contador sobe sem parar desde que setamos RST On. chamadas sip tcp falhando`),
    fw(`mano, depois do rst ligado as chamadas começaram a cair no meio. o firewall do datacenter (stateful) dropa os pacotes RST`),
    fw(`tô vendo no tcpdump o vos mandando RST e o firewall da operadora nao repassa. desde entao as chamadas pelo tronco tcp falham`),
    fw(`as ligacoes ficam presas, nao completam nem desligam, desde que ligamos SS_TCP_CLOSE_RESET. temos um asa na frente e ele loga "TCP packet denied: RST"`),
    fw(`desde a mudanca pra RST as chamadas tcp falham. nosso pfsense ta bloqueando os rst como state mismatch`),
    fw(`oi, ativamos o modo reset e o firewall da cloud parece estar descartando os RST. as chamadas sip tcp ficam penduradas`),
    fw(`o conntrack do servidor de borda considera os RST do vos invalidos e dropa. começou quando ligamos o close reset. chamadas falhando`),
    fw(`ligamos RST no vos pra segurar o time_wait e agora as chamadas pelo firewall do cliente caem. ele mandou o log: "drop invalid tcp RST"`),
    fw(`dmesg mostra muito "INVALID DROP: IN=eth0 OUT= ... PROTO=TCP SPT=5060 ... RST" desde que ativamos o SS_TCP_CLOSE_RESET. chamadas tcp não completam`),
    fw(`galera, o firewall hardware do cliente (sonicwall) ta derrubando os RST que o vos manda desde a troca pra RST mode. a maioria das chamadas dele falha`),
    fw(`chamadas caindo desde o SS_TCP_CLOSE_RESET="On". no iptables temos -m state --state INVALID -j DROP, e os rst batem ai`),
    fw(`depois que habilitamos o fechamento com RST, as chamadas do gateway que fica atras do firewall corporativo deles travam. o firewall descarta o rst e a sessao fica zumbi`),
    fw(`mano o checkpoint do cliente ta dropando os rst do nosso vos. isso começou exatamente quando mudamos o rst pra on. chamada nao completa`),
    fw(`a partir do momento que ligamos o rst as chamadas sip tcp passando pelo nosso firewall stateful comecaram a falhar. o log do firewall mostra rst descartado`),
    fw(`conntrack -S mostra invalid subindo muito, e as chamadas falham desde que colocamos SS_TCP_CLOSE_RESET On. é o firewall comendo os RST?`),
    fw(`as ligacoes via tronco tcp ficam presas em "calling" desde que ativamos o rst no softswitch. o firewall da operadora descarta o rst`),
    fw(`rodei tcpdump nos dois lados: o vos manda o RST mas do outro lado do firewall nao chega. chamadas falhando desde que ligamos o modo rst`),
    fw(`o firewall palo alto do cliente classifica os rst do vos como "tcp-rst-from-server out of window" e descarta. as chamadas caem, começou depois de ligar o rst`),
    fw(`ativamos SS_TCP_CLOSE_RESET e agora as chamadas que passam pelo firewall do mikrotik (connection-state=invalid action=drop) falham. antes funcionava`),
    fw(`oi galera, desde a mudanca pro rst as chamadas tcp caem em uns 20% dos casos. o firewall do nosso datacenter (stateful) ta dropando os pacotes RST, confirmado pelo suporte deles`),
    fw(`chamada nao completa e fica pendurada. tcpdump no firewall mostra os RST chegando e sendo descartados. isso depois que o vos passou a fechar com reset`),
    fw(`depois do rst on, o firewall da aws (network firewall stateful) ta dropando os rst e as chamadas sip tcp caem. o que fazer?`),
    fw(`ligamos o rst semana passada e desde entao temos chamadas falhando pros clientes que tem firewall stateful na frente. os sem firewall tao normais`),
    fw(`iptables na borda com conntrack: os pacotes rst do vos tao caindo na regra INVALID DROP, e as chamadas tcp pararam de completar direito desde que ligamos o close reset`),
    fw(`mano, chamadas falhando desde ontem. ontem foi o dia que ligamos o RST. o firewall do cliente ta logando "invalid packet dropped" com flag R`),
    fw(`as chamadas pelo tronco tcp caem do nada desde o SS_TCP_CLOSE_RESET On, e o fortinet deles bloqueia os rst por "no session matched"`),
    fw(`a operadora disse que o firewall deles descarta os RST que a gente manda e por isso as chamadas falham. começou depois de ativarmos o modo rst`),
    fw(`ss_tcp_close_reset ligado + firewall stateful no meio = chamada travada e derrubada aqui. o log do firewall mostra os rst como invalidos. como resolve?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning65Set: readonly EvalItem[] = Object.values(tuning65Families).flat();
