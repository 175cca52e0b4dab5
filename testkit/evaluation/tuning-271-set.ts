import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Writers from the Portuguese-speaking world: Brazilian ISPs reselling VoIP and call centres typing internetês (vc, tb,
 * pq, blz, kkk, né), NOC staff and small operators in Portugal writing European Portuguese, and operators in Angola
 * (kota, bué), Mozambique and Cape Verde; English technical words mixed in. Pasted ss -s, netstat, sysctl, iptables,
 * conntrack, ASA/Fortigate/MikroTik logs; figures written the local way (28 mil, 28.000, 26 413, 30k, 1.800).
 *
 * The two-hundred-and-seventy-first tuning split, written as the two-hundred-and-seventy-first never-tuned evaluation
 * set because a matcher is only as good as it is on messages it has never seen, in fresh hands again. Five negative
 * families of 27 (one service that cannot bind its own port, registration lost for another reason, small figures and
 * questions, firewall work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written before the
 * eighty-ninth round of rules by someone who had read only the playbooks' symptoms and the domain notes, without the
 * matcher, its rules or the other sets in view; measured as such before and after the eighty-ninth round, then made
 * tuning material for the ninetieth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 93.3 %, negatives confident 2.2 %, confident wrong 0 % with the
 * rules of the eighty-eighth round, before the eighty-ninth.
 * After the eighty-ninth round: the same.
 */
export const tuning271Families = {
  oneListeningPort: [
    no(`bom dia, o tomcat do portal web do VOS nao sobe, catalina.out diz "java.net.BindException: Address already in use" na 8080. o jenkins q instalaram ontem ta na 8080, como mudo a porta do portal?`),
    no(`O MySQL não arranca depois do reboot: "Can't start server: Bind on TCP/IP port: Address already in use" na 3306. Encontrei um mysqld antigo ainda a correr. Posso matar esse processo à vontade?`),
    no(`nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
isso no servidor de billing, o apache ainda ta rodando la pq?`),
    no(`instalei o kamailio no mesmo servidor do VOS pra testar e ele não sobe, diz q a 5060 ja ta em uso. claro ne, o mbx3000 ta escutando nela. qual porta vc recomenda pro kamailio?`),
    no(`no meu notebook o npm run dev dá EADDRINUSE :::3000, deve ser outro node que ficou aberto. como acho o PID no windows?`),
    no(`docker: Error response from daemon: Bind for 0.0.0.0:5432 failed: port is already allocated. é o postgres local do colega. blz, mapeio pra 5433 e pronto?`),
    no(`Bom dia. O nosso serviço de gravação de chamadas falha ao iniciar com "cannot bind UDP port 10000". Descobri que é o rtpproxy antigo que ficou esquecido a correr. Qual o comando para ver quem ocupa uma porta no CentOS 6?`),
    no(`Redis não inicia: "Could not create server TCP listening socket *:6379: bind: Address already in use". tinha um redis-server velho rodando com outro usuário, matei e subiu. era só isso msm?`),
    no(`Boa tarde, a consola web do VOS3000 na porta 80 deixou de abrir depois de instalarmos o httpd para o site institucional. O httpd ficou com a 80. Podemos pôr o site noutra porta sem mexer no VOS?`),
    no(`sshd não sobe depois que mudei o sshd_config: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use". tinha um túnel reverso usando a 2222 esquecido`),
    no(`o grafana não arranca, diz que a 3000 já está ocupada. está no mesmo servidor do VOS mas não tem nada a ver com o softswitch, só quero saber que processo anda nessa porta`),
    no(`java.net.BindException: Address already in use (Bind failed) no nosso gateway de SMS, porta 2775 do SMPP. só volta a subir depois de reiniciar a máquina inteira. tem algum processo zumbi segurando a porta?`),
    no(`quando reinicio a api de recargas em python aparece "OSError: [Errno 98] Address already in use" na porta 8000 por uns 60 segundos e depois sobe. é normal? nao é o VOS, é o nosso portal`),
    no(`Alguém arrancou duas instâncias do mbx3000d na máquina de backup: a segunda não sobe porque a primeira já está a escutar na 5060. ps mostra os dois processos. Mato o mais recente?`),
    no(`como troco a porta do portal de clientes do VOS de 8080 pra 8181? o tomcat não sobe pq o squid do provedor pegou a 8080`),
    no(`depois de instalar o 3CX no servidor windows onde roda nosso softphone server, nada mais sobe na 5060. o 3CX pegou a porta pra ele. alguma ideia?`),
    no(`O serviço de tarifação em node dá "listen EADDRINUSE: address already in use 0.0.0.0:4000" logo no arranque, com o servidor sem carga nenhuma. Afinal o pm2 tinha duas cópias do mesmo processo.`),
    no(`docker compose up do ambiente de dev falha: "port 6379 is already allocated". tenho redis instalado no host tb, uso outra porta no compose?`),
    no(`salve, o snmpd não sobe: "Error opening specified endpoint udp:161". o agente snmp do fabricante do servidor está ocupando. isso afeta o VOS em algo?`),
    no(`bom dia pessoal, o servidor TFTP de provisionamento dos telefones não arranca, a porta 69 está ocupada pelo xinetd. desligo o xinetd e pronto?`),
    no(`o haproxy recusa arrancar: "Starting frontend sip_lb: cannot bind socket [0.0.0.0:5061]". o opensips com TLS está na 5061. quero o haproxy só na 5080, onde mudo?`),
    no(`O node_exporter não arranca na 9100 porque o exporter do fornecedor do storage já está nessa porta. Qual porta alternativa vocês usam para o Prometheus?`),
    no(`montei um VOS3000 numa VM nova pra homologação e o mbx3000d morre no start com erro de bind na 1719 (H.323 gatekeeper). tinha um gnugk instalado nela de teste antigo`),
    no(`a 443 do portal de revenda está ocupada pelo skype antigo no servidor windows (sim, ainda windows 😅) e o IIS não sobe. como mudo o skype de porta?`),
    no(`depois da migração o webphone WebRTC na 8089 não abre, log: "bind: address already in use". era o http interno do asterisk que tava ligado. desativo no http.conf?`),
    no(`Mano, o webmin deixou de abrir: "Failed to bind to port 10000". O zabbix de teste que o estagiário instalou ficou com a 10000. Como lhe mudo a porta?`),
    no(`o freeswitch de laboratório reclama "Socket Error! Address already in use" na 5080 pq o perfil external de outro freeswitch ficou rodando. só lab, nada de produção`),
  ],
  otherRegistrationCause: [
    no(`boa tarde, depois que trocamos a senha dos ramais no VOS nenhum Grandstream registra mais, dá 403 Forbidden. esqueci de atualizar o provisionamento né?`),
    no(`Os telefones da filial de Luanda deixaram de registar desde ontem: a Unitel mudou o IP público do nosso servidor e o DNS ainda aponta para o antigo.`),
    no(`o tronco da operadora caiu, status unregistered, log com 401 Unauthorized repetindo. eles confirmaram que a conta foi suspensa por falta de pagamento kkk`),
    no(`A licença do VOS3000 expirou ontem à meia-noite e agora nenhum gateway aparece registado. Quem trata da renovação?`),
    no(`todos os ATAs da loja sem registro desde a queda de energia hj cedo, o nobreak não segurou e o switch ainda ta desligado`),
    no(`Bom dia, em Maputo a TVCabo está com falha desde as 6h e os nossos softphones na rede deles estão todos não registados. Os clientes na Vodacom estão normais.`),
    no(`trocaram o roteador do cliente por um da operadora e agora os phones (SIP UDP, nunca usamos TCP) não registram. acho que é o SIP ALG do roteador novo, nada mudou no VOS`),
    no(`O certificado TLS do servidor expirou no domingo e os Bria dos clientes com SIP-TLS recusam o handshake, ficam sem registo. Já renovei o Let's Encrypt, preciso de reiniciar alguma coisa?`),
    no(`o cliente colocou o domínio novo sip.empresa.com.br nos telefones mas a zona DNS ainda não propagou, aparece "registration failed: DNS lookup". espero propagar?`),
    no(`ramal 2034 nao registra de jeito nenhum, zoiper diz "wrong password". conferi no VOS e a senha é outra, vou resetar e mandar pro cliente`),
    no(`Os gateways GoIP na Beira perderam registo porque os chips de dados 3G ficaram sem saldo. O VOS consegue avisar quando um gateway desregista?`),
    no(`mudamos o servidor pra outro datacenter e os phones continuam apontando pro IP velho, por isso não registram. dá pra fazer algum redirect do IP antigo?`),
    no(`A nossa conta de trunk na CVMóvel expirou e deixou de registar; eles pedem renovação do contrato. Enquanto isso, como desvio as chamadas para outro trunk?`),
    no(`a conta do cliente no VOS passou da data de validade e os ramais dele ficaram todos sem registro. dá pra estender a validade pelo painel?`),
    no(`Os Yealink da sala de operações atualizaram o firmware durante a noite e voltaram às definições de fábrica, perderam a conta SIP. Por isso estão sem registo.`),
    no(`REGISTER voltando 404 Not Found pq o cliente digitou o ramal "20345" em vez de "2034" rsrs`),
    no(`A fibra da Angola Telecom foi cortada na zona de Talatona e todos os clientes dali ficaram sem registo. O resto da rede está ok, não é do servidor pois não?`),
    no(`o IP do cliente foi bloqueado pela proteção do VOS depois de alguém tentar força bruta no ramal dele, e agora nenhum phone dele registra. como desbloqueio?`),
    no(`a equipe de rede mudou a vlan de voz e os phones tão pegando IP da vlan de dados, sem rota pro VOS. por isso todos sem registro, né?`),
    no(`A licença do VOS é de 500 registos e hoje o 501.º telefone já não regista. Como aumentamos a licença?`),
    no(`o trunk da Claro ta unregistered desde que eles migraram o SBC pra outro IP, mandaram email avisando e ninguém leu 🤦`),
    no(`Os softphones dos agentes em teletrabalho em Lisboa não registam desde que a VPN da empresa mudou de fornecedor; sem VPN não chegam ao servidor.`),
    no(`o cliente trocou o auth name no VOS e esqueceu de trocar nos 40 ATAs, tá tudo sem registro. tem provisionamento em massa pra isso?`),
    no(`Só um ramal: fica registado 5 minutos e cai. Descobri que há dois telefones com a mesma conta a disputar o registo.`),
    no(`disco do servidor cheio (/ em 100%) e o mbx3000d parou de responder REGISTER, nem log escreve mais. posso apagar os CDR antigos com segurança?`),
    no(`Os telefones da escola em Mindelo perderam registo porque o provedor passou para CGNAT e bloqueia a 5060 UDP. Já pedimos IP fixo, há alternativa enquanto isso?`),
    no(`hoje 9h os ramais do cliente X caíram do registro: a internet dele tá fora, a operadora confirmou rompimento de cabo na rua. só registrando o chamado`),
  ],
  smallFigures: [
    no(`oq é exatamente TIME_WAIT? vi uns 200 no netstat do VOS e fiquei curioso`),
    no(`Servidor de teste com 15 chamadas simultâneas, ss -s: "TCP: 312 (estab 40, closed 250, orphaned 0, timewait 248)". Isto é normal ou devo ajustar alguma coisa?`),
    no(`estudando pra certificação: qual a diferença entre fechar uma conexão TCP com FIN e com RST?`),
    no(`Planeamento: vamos passar de 80 para 300 CPS no próximo trimestre, SIP sobre TCP. Quantas portas efémeras vamos precisar, mais ou menos? Hoje está tudo tranquilo.`),
    no(`qual o valor padrão do net.ipv4.ip_local_port_range no CentOS 7? é só pra documentação interna`),
    no(`pergunta que me fizeram numa entrevista: "o que acontece se um servidor ficar sem portas locais?" como vcs responderiam?`),
    no(`netstat -an | grep TIME_WAIT | wc -l
87
tudo ok né? é um VOS com 30 ramais`),
    no(`Quanto tempo um socket fica em TIME_WAIT no Linux, 60 segundos mesmo? Estou a preparar uma formação interna para a equipa.`),
    no(`blz galera, alguém tem script pra mandar a contagem de TIME_WAIT pro zabbix? hoje ta em uns 400, só quero acompanhar a tendência`),
    no(`O tcp_tw_reuse é seguro num servidor com clientes atrás de NAT? Pergunto por curiosidade, não temos problema nenhum neste momento.`),
    no(`quantas chamadas simultâneas um VOS3000 aguenta num servidor de 8 núcleos e 16 GB? estamos cotando hardware`),
    no(`Relatório semanal: pico de 1.200 chamadas simultâneas, 45 CPS, zero falhas de ligação, TIME_WAIT máximo de 900. Há algo a melhorar?`),
    no(`pra que serve o parâmetro SS_TCP_CLOSE_RESET? li no manual mas não entendi bem a diferença prática`),
    no(`Qual a diferença entre TIME_WAIT e CLOSE_WAIT? Vejo 3 ou 4 CLOSE_WAIT no servidor de billing e quero perceber.`),
    no(`aula de redes hj: o professor perguntou pq quem fecha primeiro fica em TIME_WAIT. alguém explica de forma simples?`),
    no(`Kota, verificação mensal do VOS de Luanda: ss -s dá estab 120, timewait 310. Está saudável?`),
    no(`ss não existe no CentOS 5 né? qual o equivalente no netstat pra ver o resumo dos sockets?`),
    no(`Vamos dimensionar um segundo servidor para o call centre de Maputo: 150 posições, pico de 60 chamadas. Precisa de ajuste de kernel ou o padrão chega?`),
    no(`o 2MSL no linux é fixo? dá pra mudar o tempo do TIME_WAIT sem recompilar o kernel?`),
    no(`check de rotina: 14 mil chamadas no dia, média 3 CPS, umas 150 conexões TCP, nenhum erro. só confirmando que ta tudo certo`),
    no(`quantas portas efêmeras o linux tem por padrão? 28 mil? li isso num fórum e fiquei na dúvida`),
    no(`Caiu numa prova do curso técnico: "cite duas formas de reduzir TIME_WAIT num servidor". Respondi tcp_tw_reuse e aumentar o ip_local_port_range. Está certo?`),
    no(`conntrack -C dá 1.450 no firewall do escritório. qual o máximo recomendado? só monitorando mesmo`),
    no(`O que significa "orphaned" no ss -s? Aqui está a 0, só quero perceber o campo.`),
    no(`vcs recomendam SIP TCP ou UDP pra um provedor pequeno com 200 clientes? estamos começando agora`),
    no(`posso usar 30k como teto do gráfico de conexões no grafana? hoje o máximo foi 600, é só pra escala`),
    no(`Qual o impacto de ativar o tcp_timestamps? É uma pergunta teórica para o documento de boas práticas que estamos a escrever na operadora.`),
  ],
  firewallNoRst: [
    no(`preciso liberar a 5060 e o range RTP 10000-20000 no iptables do VOS pra um cliente novo. qual comando?`),
    no(`O fail2ban baniu o IP do nosso maior cliente por tentativas de registo falhadas. Como tiro o IP da lista e o ponho em whitelist?`),
    no(`como desativo o SIP ALG no mikrotik? o cliente diz q o áudio fica mudo de um lado`),
    no(`Queremos bloquear todo o tráfego SIP vindo de fora de Angola, Portugal e Brasil. Alguém tem listas de IPs por país para usar com ipset?`),
    no(`fortigate: como crio a policy pra permitir a operadora 200.150.10.0/24 só na 5060 TCP?`),
    no(`muito scan SIP (friendly-scanner) no log, coloquei rate limit no iptables com hashlimit 20/s. esse valor ta bom?`),
    no(`Bom dia, a operadora pediu para whitelistarmos os IPs do SBC deles, 41.220.10.0/28. Ponho isso no iptables ou no próprio VOS?`),
    no(`regra de dst-nat no mikrotik pra mandar 5060 UDP pro PABX interno não funciona, o pacote nem chega. o que falta?`),
    no(`O pfSense está a bloquear o RTP e as chamadas ficam com áudio só num sentido. Que portas tenho de abrir?`),
    no(`ufw ou firewalld no CentOS 7? qual vcs usam com o VOS3000?`),
    no(`quero fechar o SSH do VOS pra internet e deixar só pela VPN. se eu errar a regra perco o acesso? 😬`),
    no(`iptables -L mostra policy INPUT DROP e a 8080 do portal não ta liberada. como libero só pros IPs do escritório?`),
    no(`Que portas o security group da AWS precisa para o VOS3000? 5060 UDP/TCP, RTP e o portal web, falta alguma?`),
    no(`Cliente de Cabo Verde não consegue aceder ao portal web; o IP dele está na blacklist do firewall desde o ataque de março. Como o removo?`),
    no(`alguém sabe configurar port knocking no iptables pra esconder o ssh?`),
    no(`Estamos a levar com força bruta em REGISTER, uns 500 pedidos por segundo. Como limito por IP sem bloquear os clientes legítimos?`),
    no(`Sophos XG do cliente com SIP helper ligado e o Contact chega reescrito errado. desligar o helper resolve?`),
    no(`O firewall do datacenter vai ser trocado por um Palo Alto no próximo mês. Que regras de SIP devemos levar? Hoje é tudo UDP.`),
    no(`como faço NAT 1:1 no firewall pro VOS ter IP público direto? hoje ele ta atrás de port forward`),
    no(`as regras do iptables sumiram depois do reboot, voltou tudo ao padrão. como persisto no CentOS 6?`),
    no(`Preciso de um relatório de quem tentou aceder à porta 5060 na última semana. O firewall guarda esse histórico?`),
    no(`abri a 5060 TCP no firewall mas o telnet de fora continua dando timeout. será que o provedor bloqueia?`),
    no(`dá pra limitar cada cliente a 30 chamadas simultâneas no firewall do mikrotik ou isso é no VOS?`),
    no(`Há IPs estrangeiros a fazer fraude de chamadas internacionais. Já bloqueei no firewall, mas queria bloquear também os prefixos caros no VOS.`),
    no(`o firewall do cliente pede FQDN em vez de IP na regra. nosso VOS tem IP fixo, qual hostname passo pra ele?`),
    no(`O fail2ban não apanha as falhas de autenticação do VOS porque o log tem outro formato. Alguém tem um filtro regex pronto?`),
    no(`o cliente pediu pra aumentar o timeout de sessão UDP no fortigate, hoje ta 180s. onde mexe nisso?`),
  ],
  negationContext: [
    no(`so pra constar: aqui é tudo SIP UDP, TCP nem ta habilitado, então esse negócio de RST não afeta a gente né?`),
    no(`O SS_TCP_CLOSE_RESET está Off, confirmei no softswitch.conf. Os telefones perderam registo depois da mudança de senhas de ontem, não tem nada de TCP.`),
    no(`ano passado tivemos aquele problema com 40 mil TIME_WAIT, resolvido com tcp_tw_reuse. hoje só queria saber se a config continua persistida no sysctl.conf`),
    no(`um colega de outra empresa perguntou o que aconteceria se ligasse o RST com phones atrás de NAT. eu não sei responder, vcs sabem? nós não usamos`),
    no(`Ninguém mexeu no softswitch e o RST nunca foi ligado. Os telefones de Benguela estão sem registo porque a operadora cortou a internet na zona.`),
    no(`Estamos a planear ligar o SS_TCP_CLOSE_RESET no próximo mês e temos um Cisco ASA no meio. Devemos preparar alguma regra antes? Por agora está tudo a funcionar.`),
    no(`um cliente nosso tem milhares de TIME_WAIT, mas no VOS dele, de outro fornecedor, não no nosso. vcs dão suporte pra VOS de terceiros?`),
    no(`semana passada deu "cannot assign requested address" no pico, mas aplicamos o ajuste e desde então zero erros. só agradecendo 🙏`),
    no(`O "Deny TCP (no connection) flags RST" apareceu no ASA uma vez em janeiro e já foi corrigido. Hoje o assunto é outro: quero um relatório de CDR por cliente.`),
    no(`aqui não tem NAT nenhum, os telefones estão todos com IP público direto. só queria entender pq o manual avisa sobre RST e NAT`),
    no(`Hipoteticamente: se tivéssemos 30 mil TIME_WAIT, o VOS deixava de fazer chamadas? Hoje temos 150.`),
    no(`Lemos o artigo sobre RST e firewalls stateful. Entre o VOS e as operadoras não temos firewall stateful, só ACL no router. Há algo a verificar mesmo assim?`),
    no(`o caso do mikrotik derrubando registro depois do RST foi num provedor concorrente, rodou no grupo de ISPs. aqui tá tudo normal, só fiquei preocupado`),
    no(`Voltámos o SS_TCP_CLOSE_RESET para Off em dezembro e desde então os registos estão estáveis. Podemos fechar o ticket antigo?`),
    no(`não é falta de porta não, é o tronco da operadora rejeitando com 503. ss -s mostra só 90 timewait`),
    no(`Na formação do NOC explicámos que o RST evita TIME_WAIT mas pode partir NAT e firewalls. Alguém tem slides bons sobre isso para partilhar?`),
    no(`firewall descartado: desliguei o iptables inteiro pra testar e as chamadas continuam falhando igual, o erro é 480 do destino`),
    no(`Se eu ativar o tcp_tw_reuse agora, preventivamente, tem risco? Não temos sintoma nenhum, o servidor está tranquilo.`),
    no(`O fornecedor anterior deixou o RST On mas desligámos logo na migração. Só quero confirmar que o valor ficou Off depois do reparse, como vejo?`),
    no(`esse "address already in use" que mandei foi no ambiente de homologação do desenvolvedor, não na produção. produção ok`),
    no(`Pergunta do diretor: "se o firewall descartar RST as chamadas caem?" Respondi que não temos esse cenário porque com a operadora usamos UDP. Está correto?`),
    no(`o problema de registro voltou? não, alarme falso: era o monitor do zabbix com o IP velho. os phones tão todos registrados`),
    no(`decidimos não ligar o RST, vamos ficar com FIN porque quase todos os clientes estão atrás de mikrotik. só registrando a decisão aqui no grupo`),
    no(`O "cannot assign requested address" que enviei antes era do script de teste, configurado com um IP de origem errado, não do VOS. Desculpem o alarme.`),
    no(`meu primo trabalha num call center em SP que teve os phones desregistrando por causa de RST e mikrotik. aqui nem usamos TCP, mas fiquei curioso: como resolveram?`),
    no(`Não foi firewall nenhum a cortar RST: a operadora desligou o trunk para manutenção programada e já voltou.`),
    no(`corrigindo o que falei de manhã: os TIME_WAIT não são 30 mil, são 300, eu li errado o output. tudo normal`),
  ],
  portExhaustion: [
    pe(`socorro, no pico das 19h o VOS começa a dar "cannot assign requested address" e as chamadas pro tronco TCP falham. ss -s mostra timewait 28 mil`),
    pe(`ss -s
Total: 31544 (kernel 31690)
TCP:   30987 (estab 812, closed 30102, orphaned 3, synrecv 0, timewait 30098/0), ports 0
isso no horario de pico, chamadas falhando. o que faço?`),
    pe(`Boa noite. O softswitch deixa de estabelecer ligações TCP para as operadoras por volta das 21h (hora de ponta). No log do mbx3000 aparece "bind: Address already in use" repetido e o netstat conta cerca de 28.000 ligações em TIME_WAIT. Fora da ponta está tudo normal.`),
    pe(`netstat -ant | grep -c TIME_WAIT
29871
é o VOS do call center, campanha a 140 CPS. as chamadas saintes começaram a falhar depois das 10h`),
    pe(`30k TIME_WAIT e o VOS não abre mais conexão TCP nova. pico de campanha`),
    pe(`Bom dia kota. O nosso VOS em Luanda está bué carregado desde que entrou a campanha de cobranças: milhares de sockets em TIME_WAIT (contei 25 mil) e as chamadas de saída falham com "cannot assign requested address". Reiniciar alivia um bocado, mas volta.`),
    pe(`sysctl net.ipv4.ip_local_port_range
net.ipv4.ip_local_port_range = 32768	60999
e o ss mostra 28 mil timewait, ou seja acabou o range né? chamadas caindo no pico. podem aplicar o fix?`),
    pe(`log do mbx: "connect() failed: EADDRNOTAVAIL" a cada poucos segundos no pico, ~28.000 conexões TIME_WAIT pro IP do carrier na 5060. tcp_tw_reuse = 0`),
    pe(`a discadora preditiva manda 200 CPS pro VOS via TCP e depois de uns 3 min trava tudo: nenhuma conexão nova sai. o contador de TIME_WAIT passa de 27 mil. tem como reaproveitar as portas mais rápido?`),
    pe(`Saudações. VOS3000 em Maputo, horário de ponta 17h-19h: as chamadas falham e o log mostra "Address already in use" ao ligar para o gateway da Vodacom por TCP. Durante a falha, ss -tan state time-wait | wc -l dá 26 413.`),
    pe(`o mbx3000d loga "cannot bind local port" sempre que passa de 100 CPS, abaixo disso normal. netstat cheio de TIME_WAIT, uns 20 mil`),
    pe(`vc viu o gráfico? TIME_WAIT subiu de 2 mil pra 31 mil entre 18h e 20h e exatamente nesse intervalo o ASR caiu pra 30%, com erro de bind no log`),
    pe(`Olá. Somos um operador pequeno no Porto. Desde que passámos o trânsito para SIP sobre TCP, em hora de ponta o VOS começa a rejeitar chamadas. O netstat mostra quase 30 000 sockets em TIME_WAIT, todos do nosso IP para os 3 IPs do carrier, e as portas locais esgotam. O range está no valor de fábrica. Podem ajudar a ajustar?`),
    pe(`EADDRINUSE em massa no pico, uns 28 mil timewait. SS_TCP_CLOSE_RESET ta Off (padrão), nenhum phone atrás de NAT, só troncos de operadora.`),
    pe(`Bom dia! Na Praia o nosso VOS começa a falhar chamadas à noite, quando há mais tráfego para a diáspora. netstat: 27.500 em TIME_WAIT e erro "cannot assign requested address". Reiniciar o serviço resolve por meia hora.`),
    pe(`netstat -an | awk '/tcp/ {print $6}' | sort | uniq -c
    812 ESTABLISHED
  29104 TIME_WAIT
     12 LISTEN
e as chamadas tão falhando, horário de pico`),
    pe(`pq o VOS fica sem porta local? 😩 toda sexta à noite ~25k TIME_WAIT e "cannot assign requested address". sexta é dia de promoção dos clientes`),
    pe(`Precisamos de ajuda urgente: o softswitch esgotou as portas efémeras. As ligações TCP de saída para os peers dão EADDRNOTAVAIL, com o tráfego de ponta a rondar os 180 CPS.`),
    pe(`olha o ss -s do vos2 agora:
TCP: 28450 (estab 640, closed 27790, orphaned 0, timewait 27785/0), ports 0
depois das 20h nenhuma chamada nova completa pros carriers TCP`),
    pe(`as portas locais tão todas presas em TIME_WAIT. o range é 32768-61000, uns 28 mil, e a gente bate nele todo pico. pode aplicar tw_reuse + range maior?`),
    pe(`cannot assign requested address no vos, pico, 28mil tw`),
    pe(`Depois de duplicarmos os clientes de revenda, o VOS já não aguenta a noite: ~28 mil TIME_WAIT e erros de bind nas ligações de saída. CPU e memória estão folgadas, é mesmo falta de portas.`),
    pe(`bom dia, aqui é o NOC. Ontem das 19h45 às 21h10 falha geral de chamadas saintes. Causa provável: esgotamento de portas efêmeras (TIME_WAIT 29k, ip_local_port_range default). Solicito aplicar SS_TCP_CLOSE_RESET e ajustes de kernel no vos-sp1.`),
    pe(`O call centre de Lisboa tem uma campanha outbound a 250 CPS e a partir de certo ponto o VOS não consegue abrir mais sockets: "Cannot assign requested address". Conto mais de 30 mil ligações em TIME_WAIT.`),
    pe(`netstat -tan | grep ':5060' | grep -c TIME_WAIT -> 26.987. chamadas falham no pico. troncos todos TCP, sem NAT no meio`),
    pe(`mano o vos ta morrendo toda noite tipo 22h, da erro de bind "address already in use" nas conexões de saída e fica uns 28 mil time_wait. de dia blz`),
    pe(`Temos um VOS a servir três ISPs em Angola. Em hora de ponta as ligações TCP novas para a Movicel falham com "cannot assign requested address" e o ss mostra timewait à volta de 27 mil. Com 80 CPS isto faz sentido?`),
    pe(`conntrack não é, o servidor nem tem firewall. é TIME_WAIT mesmo, 30 mil, e acabam as portas locais no pico. alguém aplica o ajuste de portas?`),
    pe(`"socket bind failed: errno 98" nas conexões de saída, dezenas de vezes por segundo, só no pico. ss -s: timewait 24513`),
    pe(`Depois que ativamos o tronco novo da Embratel por TCP, às 18h o número de TIME_WAIT passa de 20 mil e as chamadas novas deixam de sair. Quando o tráfego cai, volta ao normal sozinho.`),
  ],
  natUnregistered: [
    nat(`depois que ligaram o SS_TCP_CLOSE_RESET=On ontem, todos os ramais dos clientes atrás de mikrotik ficaram unregistered. são Yealink em TCP`),
    nat(`Desde que o RST foi ativado no softswitch, os softphones dos nossos clientes (todos atrás de router com NAT, SIP por TCP) perdem o registo de poucos em poucos minutos. Os que têm IP público estão bem.`),
    nat(`ativamos o modo RST pra resolver o TIME_WAIT e agora o problema é outro: phones atrás de NAT caem do registro. RB750 nos clientes, transporte TCP`),
    nat(`grep SS_TCP_CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
mudaram isso terça e desde terça os telefones NATeados em TCP não ficam registrados. os de IP fixo normais`),
    nat(`Mano, depois da mudança do fecho TCP para RST os nossos clientes em Viana, todos atrás do router da operadora com NAT, aparecem offline no VOS. Usam Zoiper em TCP.`),
    nat(`registro some a cada 2-3 min nos phones atrás de nat desde o reparse com RST on. tudo em sip tcp. volto pra Off?`),
    nat(`Boa tarde. Após a alteração do SS_TCP_CLOSE_RESET para On, os gateways GoIP dos clientes (atrás de NAT, SIP/TCP) ficaram todos sem registo no VOS. Os troncos das operadoras continuam bem.`),
    nat(`RST on = ramais NAT tcp todos unregistered. socorro`),
    nat(`somos provedor de internet em MG e revendemos voip pros nossos clientes. semana passada o suporte ativou o close reset (RST) no VOS pra aliviar as portas. de lá pra cá todo telefone que tá atrás do mikrotik do cliente (NAT) e usa TCP perde o registro direto, fica verde e depois cinza. quem tem ip público não reclama`),
    nat(`os ATAs atrás de NAT desregistram sozinhos, TCP. começou hoje, bem quando o colega deixou o RST ativo no softswitch.conf de manhã`),
    nat(`Os telefones dos hotéis no Sal, cada um atrás de um router com NAT, deixaram de ficar registados depois de pormos o VOS a fechar o TCP com RST. Transporte TCP. Como voltamos atrás?`),
    nat(`o "online phones" do VOS caiu de 1.800 pra 300 depois da ativação do SS_TCP_CLOSE_RESET. os 1.500 que sumiram são todos clientes com nat e tcp`),
    nat(`Boa tarde, o registo dos Grandstream do cliente (atrás de um MikroTik com NAT, SIP sobre TCP) cai de forma intermitente desde a mudança para RST no VOS. Reverter o parâmetro resolve?`),
    nat(`o roteador do cliente tá limpando a sessão NAT quando o VOS manda RST, é isso? os phones TCP dele ficaram todos sem registro desde ontem, quando ligamos o RST`),
    nat(`depois do ajuste de portas que ligou o RST, os ramais do call center remoto, que sai pela internet via NAT do mikrotik do escritório, ficaram unregistered. SIP TCP`),
    nat(`Kota, os clientes da Unitel com MicroSIP em TCP atrás do router NAT estão todos "não registados" desde que o colega ativou SS_TCP_CLOSE_RESET. Antes disso estava tudo estável.`),
    nat(`vos mostrando:
3001 Unregistered
3002 Unregistered
3003 Unregistered
...
todos da filial atrás do mikrotik, tcp. começou depois de mudar o close reset pra On`),
    nat(`RST ligado ontem → hoje 200 ramais NAT em tcp sem registro. os mesmos ramais em UDP (teste) registram normal. confirma que é o RST?`),
    nat(`Depois do reparse com SS_TCP_CLOSE_RESET="On" os softphones móveis (4G, CGNAT, SIP TCP) não conseguem manter o registo mais do que uns segundos.`),
    nat(`Caros, ponto de situação: às 14h aplicámos a mudança do VOS para fechar as ligações TCP com RST. A partir das 14h30 começaram os pedidos de suporte: telefones IP dos clientes empresariais, quase todos atrás de routers com NAT e configurados em TCP, aparecem desregistados. Clientes com IP público não foram afetados.`),
    nat(`registro dos phones atrás de NAT vive caindo desde RST=On, tcp. no mikrotik a entrada do connection tracking some assim que o VOS fecha a conexão`),
    nat(`o torch do mikrotik mostra o RST saindo do VOS e logo em seguida o phone (tcp, atrás do nat) fica unregistered, só volta no próximo register. começou com o RST ligado`),
    nat(`Depois de ligarmos o RST no VOS3000, o painel mostra os ramais dos condomínios (todos atrás de NAT, TCP) a oscilar entre registado e não registado.`),
    nat(`TCP + NAT + RST On = telefones sem registro aqui, 400 ramais afetados em Luanda. voltamos o SS_TCP_CLOSE_RESET pra Off?`),
    nat(`Bom dia, na Beira os ATAs Cisco SPA dos clientes (SIP-TCP, atrás de router TP-Link com NAT) perderam o registo desde ontem à noite, quando ativámos o RST no fecho de ligações do softswitch.`),
    nat(`ninguém mudou senha, IP, nada. só o SS_TCP_CLOSE_RESET foi pra On. e os phones nat tcp caíram todos do registro. coincidência não é né`),
    nat(`ramais dos vendedores em home office (roteador de casa com NAT, zoiper tcp) não ficam registrados desde que o VOS passou a mandar RST ao fechar`),
    nat(`Desde a ativação do modo RST, os registos TCP de clientes atrás de NAT expiram e não renovam. Clientes em UDP não são afetados. No VOS aparece "register timeout" para esses IPs.`),
    nat(`O MikroTik do cliente em São Vicente mostra a ligação TCP ao VOS a desaparecer da tabela NAT segundos depois de cada RST, e os Yealink (TCP) ficam não registados. O RST foi ativado há dois dias.`),
    nat(`galera, o SS_TCP_CLOSE_RESET ta On desde sábado e os clientes q tão atrás de nat (tcp) somem do registro toda hora. os de fibra com ip fixo tudo certo`),
  ],
  firewallRst: [
    fw(`depois do SS_TCP_CLOSE_RESET=On as chamadas pra operadora via TCP começaram a falhar. no ASA aparece "Deny TCP (no connection) from 10.0.0.5/5060 to 200.160.2.3/43122 flags RST on interface outside"`),
    fw(`iptables -L -v -n | grep INVALID
18342 1100K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
esse contador dispara desde que ligamos o RST no VOS, e as chamadas TCP com o carrier ficam penduradas`),
    fw(`Desde que ativámos o RST no softswitch, as chamadas para o peer em Lisboa ficam presas a chamar sem fim. O Fortigate stateful entre nós e eles está a descartar os pacotes RST como sessão inexistente.`),
    fw(`fortigate debug flow: "no session matched" pros RST do VOS indo pro carrier. desde RST on as chamadas TCP falham por timeout`),
    fw(`o pfSense entre o VOS e a operadora bloqueia os RST (log com TCP:R bloqueado, state mismatch). começou quando ativamos SS_TCP_CLOSE_RESET. chamadas caindo`),
    fw(`Depois da ativação do RST, as chamadas TCP para a Angola Telecom deixaram de completar. O Check Point no meio mostra drops de pacotes RST "out of state". Voltamos atrás?`),
    fw(`ASA dropa RST do VOS desde RST=On, chamadas pro carrier travam`),
    fw(`conntrack -S mostra invalid subindo sem parar (invalid=52k) desde a mudança do close reset. o firewall linux entre o vos e o parceiro ta descartando os RST e as ligações TCP ficam penduradas`),
    fw(`Boa tarde. Depois de passarmos o VOS3000 para RST no fecho TCP, as chamadas com a Tmcel via SIP/TCP falham de forma aleatória. A Tmcel enviou logs do firewall stateful deles: RST descartados por não pertencerem a nenhuma sessão.`),
    fw(`pessoal, situação: terça à noite o colega ligou o SS_TCP_CLOSE_RESET pra resolver o time_wait. quarta de manhã o carrier reclamou que nossas chamadas via TCP ficam mudas e depois caem sem BYE. eles têm um Juniper SRX stateful na frente do SBC e o log mostra "TCP packet dropped: no session, flags RST". do nosso lado nenhum erro`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 177.10.20.30/5060 to 189.4.5.6/51234 flags RST on interface outside
milhares disso por hora desde que o RST foi ligado. chamadas TCP com o carrier falhando`),
    fw(`O firewall da operadora na Praia está a descartar os nossos RST desde que mudámos o SS_TCP_CLOSE_RESET para On. As chamadas via TCP ficam penduradas até expirar e eles pedem que voltemos ao FIN.`),
    fw(`o nftables do firewall de borda tem "ct state invalid drop" e agora, com o VOS mandando RST, os pacotes morrem ali. resultado: chamadas TCP pro peer falhando. antes do RST tava ok`),
    fw(`chamadas pra uma operadora específica passaram a falhar desde ontem. só ela tem firewall stateful (sonicwall) no caminho e o log dele mostra RST dropado. ontem foi justamente quando ativamos o RST no softswitch`),
    fw(`RST On no VOS → firewall (iptables INVALID) descarta → conexões TCP com o carrier ficam meio abertas e chamadas novas falham. confirmam que é pra voltar pra Off?`),
    fw(`tcpdump do lado do carrier não recebe nenhum RST nosso, mas no VOS vemos eles saindo. no meio tem um fortigate que dropa. começou com o close reset ativado`),
    fw(`Bom dia. Temos um firewall stateful entre o VOS e o nosso interligador em Lisboa. Desde que o softswitch fecha as ligações com RST, o firewall regista "invalid packet dropped (RST)" e as chamadas SIP/TCP falham ao fim de alguns segundos.`),
    fw(`depois do RST ligado, as chamadas TCP com o parceiro ficam tocando e caem em 32s. no Palo Alto aparece drop "non-syn-tcp" com flag RST vindo do VOS`),
    fw(`dmesg cheio de "IPTABLES-INVALID: IN=eth1 OUT=eth0 PROTO=TCP SPT=5060 DPT=38120 RST" depois que ligamos o RST no VOS, e as chamadas pro carrier via TCP tão falhando`),
    fw(`Kota, a Movicel diz que o firewall deles está a bloquear os pacotes RST nossos desde quinta; quinta foi quando ligámos o SS_TCP_CLOSE_RESET. Umas 40% das chamadas TCP para eles falham.`),
    fw(`o mikrotik que faz de firewall entre o VOS e o carrier tem "drop invalid" na chain forward. desde que o VOS manda RST as chamadas TCP pro carrier travam. registro de phone não tem nada a ver, são só troncos`),
    fw(`taxa de falha das chamadas TCP pro peer foi de 2% pra 30% quando ligamos o RST. o firewall stateful do datacenter descarta RST fora de sessão`),
    fw(`Olá, o ASR com o carrier de Portugal caiu de 55% para 20% desde a alteração para RST. O firewall stateful deles mostra drops de "RST sem sessão". O UDP com o mesmo carrier continua normal.`),
    fw(`Depois de ativar o modo RST, as chamadas SIP-TLS com o parceiro ficam penduradas: o firewall stateful do parceiro descarta o RST e a sessão fica aberta do lado dele.`),
    fw(`log do firewall:
Jun 12 19:02:11 fw kernel: DROP INVALID IN=eth0 OUT=eth1 SRC=10.1.1.5 DST=200.200.1.1 PROTO=TCP SPT=5060 DPT=40112 RST
repetindo muito. VOS com RST ativo desde ontem, calls pro carrier falhando`),
    fw(`a operadora mandou print do firewall deles com nossos pacotes RST bloqueados (stateful, out of state). desde que ativamos o SS_TCP_CLOSE_RESET as chamadas TCP com eles não completam`),
    fw(`Boa noite. As chamadas TCP ficam presas no VOS depois de ligarmos o RST: o Fortinet entre o VOS e o gateway da operadora descarta os RST e as sessões SIP ficam em estado zombie.`),
    fw(`desde que o VOS passou a fechar com RST, o iptables com conntrack entre nós e o parceiro joga fora os RST, o parceiro continua mandando na conexão morta e as chamadas falham`),
    fw(`Checkpoint: "TCP packet out of state: First packet isn't SYN" com flag RST, origem VOS:5060. começou quarta, dia que ligamos o close reset. chamadas do carrier penduradas`),
    fw(`Olá! Em Maputo, depois de activarmos o RST, as chamadas com o parceiro sul-africano via TCP ficam a tocar e caem. O ASA no meio regista "Deny TCP (no connection) ... flags RST". Os registos dos telefones estão normais.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning271Set: readonly EvalItem[] = Object.values(tuning271Families).flat();
