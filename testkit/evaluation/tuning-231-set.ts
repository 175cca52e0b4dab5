import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, resellers and call-centre techs in Brazil, Portugal, Angola and Mozambique writing to their VoIP
 * provider's support on WhatsApp: Portuguese with and without accents (vc, tb, blz, mano, galera, kkk; pá, equipa,
 * registo; bué, kota, maningue) mixed with English technical words, sometimes plain English. Figures come as 30 mil,
 * 28.000 or 30k. Short and long, polite and rude, typos, voice-note transcripts, forwards from their own customers or
 * staff, and pasted netstat, ss, tcpdump, firewall and softswitch output.
 *
 * The two-hundred-and-thirty-first tuning split, written as the two-hundred-and-thirty-first never-tuned evaluation set
 * because one language spread over three continents writes Portuguese with very different slang and spelling, in fresh
 * hands again. Five negative families of 27 (one service that cannot bind its own port, registration lost for another
 * reason, small figures and questions, firewall work without dropped RST, playbook words denied or explained) and three
 * positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping
 * RST). Written before the seventy-eighth round of rules by someone who had read only the playbooks' symptoms and the
 * domain notes, without the matcher, its rules or the other sets in view; measured as such before and after the
 * seventy-eighth round, then made tuning material for the seventy-ninth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 94.4 %, negatives confident 1.5 %, confident wrong 0 % with the
 * rules of the seventy-seventh round, before the seventy-eighth.
 * After the seventy-eighth round: the same.
 * After the seventy-ninth round, tuned on: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning231Families = {
  oneListeningPort: [
    no(`Bom dia galera, depois do update o tomcat do portal VOS não sobe mais. No catalina.out aparece "java.net.BindException: Address already in use" na 8080. Vi que o outro técnico instalou um nginx escutando justamente na 8080. Posso mudar a porta do portal?`),
    no(`mano o mbx3000d nao sobe, log diz bind 5060 failed address already in use. rodei netstat -tulpn e tem um asterisk velho rodando na 5060 udp e tcp, esqueceram de desligar depois da migração. mato ele?`),
    no(`Olá equipa, no servidor de testes o mysql não arranca:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
Há outro mysqld a correr que veio com o pacote do sistema. Qual devo manter para o VOS?`),
    no(`docker: Error response from daemon: driver failed programming external connectivity on endpoint sip-proxy: Bind for 0.0.0.0:5060 failed: port is already allocated.

tô tentando subir um container de teste no mesmo host do VOS, isso faz sentido ou é furada?`),
    no(`kota bom dia, o portal web nao abre desde ontem. o tecnico diz que o apache do cliente esta a ocupar a porta 80 e o tomcat do vos nao consegue fazer bind. como mudo o vos para a 8081?`),
    no(`[áudio transcrito] "Oi, é o Rafael da Conecta, então, eu tava tentando subir uma segunda instância do softswitch no mesmo servidor pra teste e ela dá erro que a porta cinco zero seis zero já tá em uso, óbvio né, a primeira tá rodando. Tem como rodar as duas no mesmo IP mudando a porta da segunda?"`),
    no(`redis-server não sobe no servidor de relatórios: "Could not create server TCP listening socket *:6379: bind: Address already in use". Foi o script do billing que já tinha iniciado outro redis antes. Só quero confirmar que isso não afeta o VOS.`),
    no(`sshd nao inicia depois que mudei a porta pra 2222:
error: Bind to port 2222 on 0.0.0.0 failed: Address already in use.
tem um tunel antigo usando essa porta. é seguro matar o processo?`),
    no(`pessoal, no meu notebook de dev o node da API de revenda dá "Error: listen EADDRINUSE: address already in use :::3000" quando rodo npm start. acho que ficou um processo zumbi. não é no servidor, é só local, mas vcs sabem resolver?`),
    no(`Hi support, after reboot the VOS web management won't start, catalina log: SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"] java.net.BindException: Address already in use <null>:8080. netstat show another java (old tomcat6) on 8080. Which one I kill?`),
    no(`*Encaminhada*
"Chefe, o servidor novo não deixa subir o VOS, diz que a 5060 tá ocupada. Dei um ss -ltnp e é o kamailio que o fornecedor anterior deixou."

o que vcs recomendam, desinstalar o kamailio de vez?`),
    no(`# service mbx3000d start
Starting mbx3000d: bind(0.0.0.0:5060) error: Address already in use
# netstat -anp | grep :5060
udp   0  0 0.0.0.0:5060   0.0.0.0:*           2231/freeswitch
tcp   0  0 0.0.0.0:5060   0.0.0.0:*   LISTEN  2231/freeswitch
alguém instalou freeswitch aqui sem avisar ninguém. maningue chato isto`),
    no(`Boa tarde. O zabbix-agent não arranca, diz que a porta 10050 já está em uso por outro agente que veio na imagem da cloud. Isto não tem nada a ver com as chamadas, certo? Só para ter a certeza antes de mexer.`),
    no(`galera o postgres do sistema de tarifação não sobe: "could not bind IPv4 address 0.0.0.0: Address already in use. HINT: Is another postmaster already running on port 5432?" tinha um postgres 9 e um 12 rodando ao mesmo tempo kkk qual eu desligo?`),
    no(`Tentei ativar SIP TLS na 5061 e o softswitch diz que não consegue fazer bind porque o stunnel que usávamos antigamente ainda está lá a ouvir na 5061. Posso desligar o stunnel sem problema?`),
    no(`nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
o certbot standalone ficou rodando? só quero pôr https no portal dos clientes`),
    no(`Bom dia. O servidor de gravação de chamadas (o nosso, não o VOS) não arranca porque o serviço de FTP antigo ocupa a porta 21. Podem só confirmar que o VOS não usa a 21 para nada?`),
    no(`mano o webphone que o dev fez em java dá BindException na porta 8443 no servidor de homologação, só ele, o resto roda normal. é outra aplicação segurando a porta?`),
    no(`on our dev box when I start the second softswitch instance for testing it says "listen 5060: address already in use". production is fine. I just want to know how to change the SIP port of the lab instance`),
    no(`Bom dia mano, o serviço do IVR não sobe, diz porta 5080 já em uso. Quem está a usar é o softphone que o técnico deixou aberto no próprio servidor kkk. Fecho o softphone e pronto?`),
    no(`o grafana nao abre, systemctl status mostra "listen tcp :3000: bind: address already in use". é o mesmo servidor do VOS mas a 3000 ta com o node-red. so isso, qual porta vcs usam pro grafana?`),
    no(`after I install the new tomcat8 for reseller portal, the old one still hold 8080 and the new one fail with address already in use. which port you recommend for the reseller web?`),
    no(`Saudações. No servidor de tarifação o memcached não arranca, diz que a 11211 está em uso. Há outro memcached a correr num container. Não tem impacto nas chamadas, pois não?`),
    no(`docker compose up dá "Error starting userland proxy: listen tcp4 0.0.0.0:3306: bind: address already in use". o mysql do VOS tá na 3306 e eu quero subir outro mysql pro CRM em container. uso outra porta externa né? tipo 3307:3306`),
    no(`depois do kill -9 no mbx3000d tento iniciar de novo e diz que a 5060 já está em uso. ps mostra que o processo antigo ainda está lá pendurado. como mato direito sem reiniciar a máquina?`),
    no(`Olá. O serviço de gestão do VOS (interface do cliente) não inicia após a atualização do Java: BindException na porta dele porque a versão antiga do serviço ficou a correr em paralelo. As chamadas estão normais. Como removo a antiga?`),
    no(`bind failed porta 80 apache ja em uso. so isso. como libero pro portal?`),
  ],
  otherRegistrationCause: [
    no(`bom dia, metade dos ramais da filial ficaram unregistered depois que o cliente trocou as senhas no portal. o gateway ainda ta com a senha velha, da 401 Unauthorized no log. tem como atualizar em massa?`),
    no(`Olá, os telefones Yealink mostram "Registo falhado" desde que mudámos o IP do servidor para o novo datacenter. Os telefones ainda apontam para o IP antigo. Há forma de fazer provisioning automático?`),
    no(`mano os ramais caíram todos, acabou a luz no prédio do cliente e o nobreak não aguentou. voltou a energia agora mas alguns ainda não registraram. é normal demorar?`),
    no(`Hi, softphone users on Android say they go unregistered after some minutes with the screen off. Only happen on Xiaomi phones. Is the battery saver killing the app?`),
    no(`kota os telefones do call center estao todos sem servico. a internet do cliente esta em baixo desde manha, a operadora tem avaria na zona. so para registo, nao precisam fazer nada`),
    no(`403 Forbidden no registro do gateway GoIP do cliente. Ele jura que não mexeu em nada mas eu vi que a conta expirou dia 30. renovo por quanto tempo?`),
    no(`O cliente trocou o roteador por um TP-Link novo e desde aí os ramais registram mas caem, e o áudio fica mudo. Tudo em UDP 5060, nunca usaram TCP. Desligar o SIP ALG do TP-Link resolve?`),
    no(`Bom dia, o VOS mostra licença expirada e nenhum ramal novo regista, os antigos continuam. Quando conseguem renovar?`),
    no(`Os ramais 2001 a 2050 sumiram. Alguém da equipa apagou as contas por engano no portal ontem à noite. Há backup da base de dados para as recuperar?`),
    no(`*Encaminhada*
"Bom dia, o meu telefone diz sem registo desde que o técnico mexeu no cabo. A luz da porta de rede não acende."

cliente reclamando, acho que é cabo né? vou mandar alguém lá`),
    no(`tb mudamos o DNS do sip.nossaempresa.com.br pra apontar pro servidor novo ontem, e os ramais que usam o nome ainda tao tentando o IP velho e ficam unregistered. é cache de DNS? quanto tempo demora?`),
    no(`[áudio] "oi pessoal é a Camila do suporte da Vox, então, os ramais do cliente Padaria Estrela tão desregistrados, mas eu vi aqui que o modem da Vivo deles tá piscando vermelho, a internet caiu lá, então não é com vocês não, só pra avisar que vai chegar chamado"`),
    no(`Dinstar gateway show "Register failed 401" on all 32 ports since this morning. We rotate the credentials yesterday on VOS side and forgot the gateway. my bad. how to bulk edit the gateway?`),
    no(`Mano os telefones Grandstream da loja do Kinaxixi estão todos offline, mas o switch PoE queimou com a trovoada de ontem. Não é o servidor, né? Só para confirmar.`),
    no(`REGISTER sip:sip.cliente.com.br SIP/2.0
SIP/2.0 401 Unauthorized
REGISTER sip:sip.cliente.com.br SIP/2.0
SIP/2.0 403 Forbidden
os ramais do cliente Fibra Sul ficam nesse loop. ele trocou a senha semana passada e diz que colocou a nova em todos, mas claramente não`),
    no(`Os telefones em casa dos teletrabalhadores usam UDP e, depois de a operadora trocar os routers para o modelo novo com SIP ALG ligado, uns não registam. TCP nunca usámos. Como se desliga o ALG nesses routers?`),
    no(`bom dia, os ramais do cliente tão desregistrados porque a conta dele foi suspensa por falta de pagamento. ele pagou agora, já mandei o comprovante. dá pra reativar?`),
    no(`os softphones do pessoal do armazém perdem registo quando andam lá para o fundo, o Wi-Fi ali é fraco. Pomos mais um access point ou há alguma configuração no VOS?`),
    no(`conta SIP 5510 registra no Zoiper mas nao no telefone fisico. a senha tem um & no meio e acho que o telefone corta. é isso? posso trocar a senha?`),
    no(`Depois que alteramos o domínio de autenticação no VOS os ATAs começaram todos a dar 401 e ficaram sem registro. Tem que mudar o realm em cada ATA ou tem outro jeito?`),
    no(`Boa tarde, os terminais da agência da Beira estão sem registo desde o ciclone, a torre da operadora caiu. Só a informar, não é convosco.`),
    no(`all phones unregistered. ISP outage in our area confirmed by the provider. FYI only`),
    no(`o ATA do cliente desliga sozinho, a fonte ta queimada, por isso o ramal fica unregistered. ele pede uma fonte nova, vcs vendem ou ele compra qualquer 12V?`),
    no(`O cliente mudou de operadora e recebeu um IP público novo. Como a conta dele no VOS está com autenticação por IP, o registo é recusado. Tenho só de trocar o IP na conta, certo?`),
    no(`Os ramais atrás do MikroTik do cliente caíram todos, mas foi o MikroTik que reiniciou e voltou com reset de fábrica, ficou sem rota nem PPPoE. Já mandei o técnico lá reconfigurar.`),
    no(`o cliente colocou 3 telefones na mesma conta e o VOS só aceita 1 registro por conta, aí eles ficam se derrubando, um registra e o outro cai. aumento o limite ou crio contas separadas?`),
    no(`as extensões do hotel ficaram unregistered depois que trocaram o servidor DHCP, os telefones pegaram IP de outra VLAN que não tem saída pra internet. já pedi pra TI do hotel corrigir`),
  ],
  smallFigures: [
    no(`ss -s no nosso VOS deu TCP: 412 (estab 180, closed 190, orphaned 0, timewait 187). Isso é normal? servidor tranquilo, nenhuma queixa, só queria confirmar`),
    no(`O que é exatamente o TIME_WAIT? O meu colega diz que são ligações mortas a ocupar memória e que é preciso limpar.`),
    no(`Devemos ligar o tcp_tw_reuse por precaução? Não temos problema nenhum, são uns 30 CPS no pico.`),
    no(`pra que serve o SS_TCP_CLOSE_RESET no softswitch.conf? vi no manual mas nao entendi direito`),
    no(`é normal ter 400 TIME_WAIT? o servidor tem umas 80 chamadas simultâneas e está tudo funcionando`),
    no(`checklist mensal:
# netstat -ant | awk '{print $6}' | sort | uniq -c
     52 ESTABLISHED
      6 LISTEN
    312 TIME_WAIT
tá tudo ok né?`),
    no(`quick question: what is the difference between FIN and RST when closing a TCP connection? I'm training the new staff`),
    no(`Qual é o ip_local_port_range padrão no CentOS 7? só curiosidade, é 32768 a 60999 né?`),
    no(`vi uns 600 time_wait às 14h no servidor. é sinal de alguma coisa ou pode ignorar? chamadas normais`),
    no(`quantos TIME_WAIT é demais? hoje no pico tinhamos 250. sem erro nenhum`),
    no(`Ontem à noite: 37 TIME_WAIT. Hoje de manhã: 142. Devo me preocupar com o crescimento? Não há falhas, só reparei.`),
    no(`Boa tarde, estamos a fazer uma auditoria. Quanto tempo um socket fica em TIME_WAIT no Linux? 60 segundos?`),
    no(`tcp_fin_timeout tem a ver com o TIME_WAIT? queria entender antes de mexer em qualquer coisa, o sistema tá bem`),
    no(`relatório semanal do servidor 2:
Total: 389 (kernel 402)
TCP:   221 (estab 95, closed 98, orphaned 0, synrecv 0, timewait 96/0), ports 0
nada de anormal pra mim, concordam?`),
    no(`RST mode vale a pena num servidor pequeno, tipo 10 CPS? ganha alguma coisa ou é só pra quem tem muito tráfego?`),
    no(`Is ~900 TIME_WAIT ok at 150 concurrent calls? no errors, everything working, just our monitoring show the number`),
    no(`quais os comandos pra ver quantas portas efêmeras estão em uso? quero montar um item no zabbix, ainda não tivemos problema`),
    no(`o tcp_tw_recycle ainda existe? li num fórum antigo que era bom ligar, mas desconfio`),
    no(`Mano, o nosso servidor tem 60 ligações em TIME_WAIT e 20 ESTABLISHED. O técnico novo ficou assustado kkk. É normal, né?`),
    no(`explica pra mim como se eu tivesse 5 anos o que é porta efêmera e porque o linux reutiliza`),
    no(`o gráfico do zabbix mostra TIME_WAIT entre 100 e 300 o dia todo, max 340. em quanto vcs sugerem pôr o alerta?`),
    no(`Se o SS_TCP_CLOSE_RESET está Off por padrão, quer dizer que fecha com FIN? só para confirmar para a documentação interna`),
    no(`nf_conntrack_count está em 1.800 e o nf_conntrack_max em 65.536. tá folgado né? só revisando`),
    no(`[áudio] "então, o cliente perguntou se o número de conexões TCP abertas no nosso servidor é alto, são umas cento e cinquenta, eu falei que não, tô certo?"`),
    no(`our reseller ask why netstat shows TIME_WAIT at all if the calls ended fine. there is 70 of them. can you explain in simple words so I forward him?`),
    no(`tcp_max_tw_buckets: que valor vcs usam? o nosso tá no padrão e só temos 200 e pouco em tw, blz?`),
    no(`Na formação de amanhã quero explicar à equipa a diferença entre fechar a ligação SIP TCP com FIN e com RST. Têm algum material ou diagrama?`),
  ],
  firewallNoRst: [
    no(`preciso liberar a 5060 TCP e UDP no FortiGate pro carrier novo, IP 200.150.10.20. qual a regra certa, policy de entrada com VIP?`),
    no(`Como faço para pôr na whitelist o IP do novo cliente no iptables do VOS? É um -A INPUT -s IP -j ACCEPT simples?`),
    no(`o fail2ban baniu o IP do nosso escritório depois de 5 tentativas erradas de senha no portal kkk como desbano? fail2ban-client set ... unbanip?`),
    no(`O router Huawei da operadora tem SIP ALG ligado. Desligo? Os nossos troncos com o VOS são todos UDP.`),
    no(`queremos bloquear todo tráfego SIP vindo de fora do Brasil. dá pra fazer com ipset e lista de países? alguém já fez?`),
    no(`Estamos a levar scans SIP (friendly-scanner, sipvicious) de milhares de pedidos por minuto. Como limito isso no iptables sem bloquear os clientes?`),
    no(`Novo carrier em Angola precisa que abramos o RTP para o IP deles. Podem confirmar o range de portas RTP que o VOS usa? 10000-20000?`),
    no(`o portal web tá atrás do MikroTik, preciso fazer o NAT da porta 8080 pro IP interno 192.168.88.10. é dst-nat com to-ports 8080 né?`),
    no(`Security group on AWS: which ports I should open for VOS3000? SIP, RTP, web portal, anything else? new install`),
    no(`o cliente diz que o firewall dele bloqueia o nosso IP de sinalização. mandei ele liberar. qual IP e portas eu passo pra ele?`),
    no(`# iptables -L INPUT -n --line-numbers
1  DROP  all  --  187.45.200.17  0.0.0.0/0
2  ACCEPT udp --  0.0.0.0/0  0.0.0.0/0  udp dpt:5060
esse 187.45.200.17 é nosso parceiro, alguém bloqueou à mão. posso só apagar a regra 1?`),
    no(`Quero fechar a porta 3306 do mysql para o mundo, deixar só localhost. Faz mal ao VOS?`),
    no(`O FortiGate da empresa está a bloquear o acesso ao portal do VOS por causa do filtro web (categoria desconhecida). Como abrimos uma exceção?`),
    no(`Boa tarde, queremos abrir o acesso SSH só para o IP do escritório de Maputo. Podem ajudar com a regra? O resto fica fechado.`),
    no(`nos logs do fail2ban vejo uns 300 IPs banidos hoje por ataque no SIP. isso é normal? devo aumentar o bantime pra 1 dia?`),
    no(`O carrier pede que façamos whitelist do range 45.160.12.0/24 para tráfego de entrada. Isso é no firewall do sistema ou no próprio VOS, no gateway de entrada?`),
    no(`SonicWall upgrade next week. Any recommendation for SIP settings? We use UDP with carriers, TCP nothing.`),
    no(`dá pra limitar CPS por IP no firewall antes de chegar no VOS? um cliente tá mandando 200 cps de discador e queremos travar em 50`),
    no(`regra nova no ASA para o carrier novo de Portugal: permitir UDP 5060 e o RTP. O técnico deles pede o nosso IP público e o range. Mandam-me um exemplo de access-list?`),
    no(`pfSense: o alias com os IPs dos carriers ficou gigante, tem como importar de um arquivo ou URL?`),
    no(`bloquearam o IP do nosso cliente no firewall da cloud por engano e ele não consegue fazer chamada desde manhã. como descubro quem bloqueou e desbloqueio?`),
    no(`O SIP ALG do FortiGate (sip-helper / session-helper): devo desligar? O FortiGate faz NAT para o VOS, tudo em UDP.`),
    no(`alguém tem um exemplo de hashlimit no iptables pra limitar REGISTER por IP na 5060? o meu dá erro de sintaxe`),
    no(`queremos permitir o portal só para IPs de Angola. o firewall é um MikroTik. uso address-list com os ranges da AFRINIC?`),
    no(`o firewall da operadora bloqueia a 5060 nos clientes residenciais. podemos pôr os clientes na 5080? o VOS escuta em duas portas?`),
    no(`Auditoria: listem-me por favor todas as portas que o VOS usa, para documentar nas regras do firewall novo.`),
    no(`mano o port forwarding do router do cliente pro PABX dele não funciona, a 5060 não chega. é config do router dele né, não é nosso?`),
  ],
  negationContext: [
    no(`Já desligámos o RST ontem e os ramais atrás de NAT voltaram todos, estáveis desde então. Só para ficar registado no ticket.`),
    no(`se ligarmos o RST mode para resolver o TIME_WAIT, os telefones atrás de NAT vão cair? queria saber antes de mexer, hoje está tudo ok`),
    no(`O RST nunca foi ativado aqui, confirmei no softswitch.conf: SS_TCP_CLOSE_RESET="Off". Os ramais que caem são os que tiveram a senha trocada ontem. Então não é isso, né?`),
    no(`falso alarme: o alerta de 30 mil TIME_WAIT era bug no script do zabbix, que contava as linhas do netstat várias vezes. o real era uns 300. desculpa o susto`),
    no(`No lab ligamos o RST e o firewall de teste ficou com conexões meio abertas. Em produção não mexemos em nada. Só curiosidade: é esperado?`),
    no(`Training question: in an exam scenario a switch at 500 CPS shows 28k TIME_WAIT. What is the best fix? not our server, it is for the certification course`),
    no(`O meu colega contou que em 2019, noutra empresa, ligaram o RST e o FortiGate começou a derrubar chamadas. Isso ainda acontece nas versões novas? Aqui nunca ligámos.`),
    no(`resolvido: o "address already in use" de ontem era o tomcat duplicado, já matamos o velho. fica registrado, pode fechar`),
    no(`Ninguém mexeu em nada e o servidor está ótimo, só estou a perguntar porque o cliente leu sobre esgotamento de portas num blog e ficou preocupado.`),
    no(`os ramais ficaram unregistered depois da troca de senha, não tem nada a ver com NAT nem com RST, só preciso de ajuda pra reenviar a config pros telefones`),
    no(`O servidor do parceiro (não é o nosso, não temos acesso) tem 30k TIME_WAIT e ele pediu a nossa opinião. O que eu digo pra ele?`),
    no(`ontem tivemos EADDRINUSE nas saídas pro carrier mas foi resolvido com o RST e o tw_reuse que vcs aplicaram, desde então zero erro. só reportando, obrigado!`),
    no(`Plano para o próximo mês: ativar o SS_TCP_CLOSE_RESET. Temos uns 40 telefones atrás de NAT em TCP. Que riscos há? Ainda não mudámos nada.`),
    no(`pergunta da prova do curso: o RST mode afeta SIP sobre UDP? eu acho que não mas quero confirmar`),
    no(`Vimos "RST dropped" no log do pfSense, mas é na porta 443 do site institucional, nada a ver com SIP, e o RST no VOS está Off. Podemos ignorar?`),
    no(`Os telefones com IP público e os de NAT estão todos registados. Só ligámos o RST no servidor de testes, que não tem telefones nenhuns.`),
    no(`alarme de TIME_WAIT alto disparou às 3h, mas era o backup rsync abrindo um monte de conexão pro storage. chamadas normais, nenhum erro. ignoro?`),
    no(`For the record: the NAT registration issue from last week was solved by switching RST back to Off. All 120 extensions stable for 7 days. Closing the ticket, thanks.`),
    no(`Se um dia o firewall começar a dropar os RST, como vou saber? quero montar monitoramento preventivo. hoje tá tudo bem e o RST tá desligado`),
    no(`a gente NÃO ativou o RST. os ramais nat tão registrados normal. a dúvida é só sobre o intervalo de keepalive ideal`),
    no(`[áudio] "ó pá, é o Nuno, esquece a mensagem de ontem sobre as chamadas a cair no FortiGate, era o link da operadora, já voltou tudo, e o RST nem estava ligado"`),
    no(`Vou dar uma palestra sobre VOS3000 em Luanda. Posso usar o exemplo do RST mode contra NAT? É um caso clássico, né?`),
    no(`o cliente pergunta se precisamos de RST mode. temos 3 CPS e só UDP. acho que não, confirmam?`),
    no(`Achei uma mensagem antiga no grupo, de 2021: "cannot assign requested address no VOS do cliente X". Esse cliente já nem existe. Só queria saber se há procedimento documentado para o caso.`),
    no(`Ontem à noite testámos ligar o RST por 10 minutos e voltámos a desligar. Não houve queixas. Só quero saber se devia ter feito reparse ou restart.`),
    no(`Não é firewall, não é NAT, não é porta: as chamadas para Angola caem porque o carrier está sem rota. Já abri ticket com eles, é só para vocês saberem.`),
    no(`simulação de carga no lab com sipp: 25 mil TIME_WAIT, só no lab. em produção nunca vimos mais de 500. é esperado com sipp em TCP?`),
  ],
  portExhaustion: [
    pe(`socorro galera, no pico das 10h o VOS começa a falhar as chamadas pro carrier via TCP, no log aparece "cannot assign requested address". ss -s mostra timewait 29871. reiniciando volta ao normal por umas horas e depois tudo de novo`),
    pe(`Total: 31544 (kernel 31780)
TCP:   30412 (estab 612, closed 29700, orphaned 3, synrecv 0, timewait 29688/0), ports 0

isso é agora. acontece todo dia entre 9h e 12h, chamada nova não sai pro fornecedor`),
    pe(`Our switch hit ~450 CPS in the afternoon and outgoing SIP TCP to the carriers fail with EADDRINUSE. netstat show about 28.000 TIME_WAIT. At night all fine. Please help, it is every day.`),
    pe(`Boa tarde, equipa. Desde segunda que, em hora de ponta, o softswitch deixa de abrir ligações TCP para os operadores. No log: "connect failed: Cannot assign requested address". Contei 30 mil sockets em TIME_WAIT. O reinício resolve até ao dia seguinte.`),
    pe(`Kota, o servidor está a falhar bué nas horas de pico, as chamadas saem com erro bind address already in use para o carrier em TCP. Vi netstat com 27 mil time_wait. De noite fica bom. Hoje outra vez.`),
    pe(`Saudações. Os nossos disparos de campanha às 8h deixam o VOS sem conseguir ligar aos carriers. netstat -ant | grep TIME_WAIT | wc -l dá 31.204. Maningue chamadas perdidas. Ajuda urgente por favor.`),
    pe(`de novo essa merda do address already in use no pico. 30k time_wait. resolve isso pfv`),
    pe(`2024-05-13 10:42:17 [ERROR] SipTcpTransport: connect to 187.32.10.5:5060 failed, errno=99 (Cannot assign requested address)
2024-05-13 10:42:17 [ERROR] SipTcpTransport: connect to 187.32.10.5:5060 failed, errno=99 (Cannot assign requested address)
2024-05-13 10:42:18 [ERROR] SipTcpTransport: connect to 177.8.44.2:5060 failed, errno=99 (Cannot assign requested address)
tá cheio disso agora, e time_wait em 28 mil`),
    pe(`[áudio] "oi, é o Marcos da DiscaFácil, então, de novo, a partir das nove da manhã quando o discador sobe pra uns quinhentos por segundo as chamadas pro carrier TCP começam a dar erro, o técnico aqui viu umas trinta mil conexões em time wait, aí reinicia e volta, mas amanhã vai acontecer de novo né, o que dá pra fazer?"`),
    pe(`*Encaminhada*
"@suporte o VOS parou de completar chamadas pra Claro, erro BindException: Address already in use em todas as tentativas. agora 11h15"

isso é do nosso noc, tá acontecendo agora, time_wait em 26k`),
    pe(`Hello, our softswitch is refusing new TCP connection to carriers in the peak hour, error EADDRINUSE, ss show 32k time-wait. Restart help only some hours. Urgent please.`),
    pe(`ip_local_port_range está 32768 60999 e no pico parece que acabam todas: ss -tan state time-wait | wc -l = 28214. as chamadas TCP saindo falham. o que ajustar?`),
    pe(`desde que o cliente novo de call center entrou (uns 200 cps) toda tarde temos falha de conexão TCP pros fornecedores, address already in use. depois das 19h normaliza sozinho. hoje já começou`),
    pe(`# netstat -ant | awk '{print $6}' | sort | uniq -c | sort -rn
  29412 TIME_WAIT
    804 ESTABLISHED
     12 LISTEN
e as chamadas não saem pro carrier desde as 14h`),
    pe(`bom dia, o problema voltou: entre 10 e 12 a gente perde ~20% das chamadas de saída. log do mbx: "tcp connect error: Cannot assign requested address". semana passada restartamos e passou, hoje de novo`),
    pe(`Olá, temos o VOS a 380 CPS na campanha de cobranças e as ligações SIP TCP ao operador falham com "Address already in use". ss -s: timewait 28.731. Quando baixamos a campanha recupera.`),
    pe(`peak cps, outbound tcp bind errors, 29k TW, restart fixes for 3h. daily. what param?`),
    pe(`Bom dia mano. Hoje no pico o VOS não estabelece mais ligações TCP com os gateways de terminação, diz que não há porta disponível. Há 30 mil e tal em TIME_WAIT. Já é a terceira vez esta semana.`),
    pe(`mano ta caindo tudo agora, o discador ta em 600 cps e o vos nao abre socket novo pro carrier, errno 98. time_wait em 31k e subindo`),
    pe(`Informamos que desde as 09:30 há falhas intermitentes nas rotas TCP (carriers A e B). Erro: java.net.BindException: Cannot assign requested address. Nº de sockets em TIME_WAIT: ~27 000. O problema repete-se diariamente no horário comercial.`),
    pe(`quando o volume passa de 300 chamadas por segundo o softswitch não consegue abrir novas conexões TCP e no log aparece EADDRINUSE. de madrugada zero erro. já é a segunda semana assim, ajuda?`),
    pe(`Boa tarde. O nosso técnico diz que as portas locais acabaram: o ss mostra quase 28 mil em time-wait e as chamadas para o operador em TCP dão erro. Começou quando aumentámos o tráfego do cliente de campanhas de voz.`),
    pe(`galera preciso de ajuda, o servidor tá esgotando as portas efêmeras na hora do pico, time wait lá em cima (~30 mil), chamada nova não conecta no carrier. reinício alivia mas volta`),
    pe(`[áudio] "Olá, fala o Rui da Telcabo, olhe, estamos outra vez com o problema das chamadas de saída a falhar às horas de maior tráfego, o log diz address already in use quando o VOS tenta ligar ao operador, vimos lá vinte e nove mil ligações em time wait, reiniciámos ao meio-dia e voltou a funcionar mas já está a começar outra vez."`),
    pe(`$ ss -s
Total: 30198
TCP:   29876 (estab 522, closed 29321, orphaned 0, timewait 29310/0), ports 0
chamadas saintes falhando agora com erro de bind. socorro`),
    pe(`Since we moved the carriers from UDP to TCP last month, each day at peak (~350 CPS) new outbound connections fail with "Cannot assign requested address". TIME_WAIT over 30k. Calls recover after restart or after 8pm.`),
    pe(`bom dia, o VOS tá dando erro de bind na saída TCP pro carrier no pico, "cannot bind to local port", uns 28k time_wait. hoje já caiu 2x`),
    pe(`30k TIME_WAIT agora e chamadas de saída TCP falhando com address already in use. urgente`),
    pe(`Boa tarde equipa. Somos revendedores em Luanda. Todos os dias entre as 10h e as 13h, quando o tráfego para os operadores chega perto de 400 chamadas por segundo, o VOS começa a recusar conexões novas por TCP com erro "address already in use". Contámos os sockets: cerca de 30.500 em TIME_WAIT. Depois das 15h baixa e volta ao normal. Já reiniciámos várias vezes mas volta sempre. O que devemos ajustar?`),
    pe(`vc viu o grafico? o time_wait bate 29 mil toda manha e nessa hora as rotas TCP dão connect fail com EADDRINUSE. tb vi que o port range ta no padrao. ajusta ai pra gente blz`),
  ],
  natUnregistered: [
    nat(`desde que vcs ativaram o SS_TCP_CLOSE_RESET ontem os ramais do cliente atrás do MikroTik ficam unregistered toda hora. os que tão com IP público tão normais. os ramais são TCP.`),
    nat(`Olá equipa, depois de ligarmos o modo RST no softswitch, os telefones da filial do Porto (atrás de NAT, SIP sobre TCP) perdem o registo a cada poucos minutos. Os da sede, com IP público, estão bem.`),
    nat(`After we turned RST mode on last night, home users softphones (TCP, behind their home routers) keep dropping registration. UDP users are fine. Please help.`),
    nat(`Mano desde que meteram o RST On no servidor, os telefones da loja do Talatona, que estão atrás do router, ficam sem registo bué vezes por dia. Os que estão em UDP estão bem.`),
    nat(`[áudio] "oi, é a Juliana, então, desde terça quando mudaram aquele parâmetro do reset no VOS, os ramais que tão em home office, que usam TCP, ficam caindo o registro o dia todo, e os da empresa que tão com IP fixo público não têm problema nenhum"`),
    nat(`*Encaminhada*
"Bom dia, os telefones da agência 3 estão todos unregistered de novo, já reiniciei o router 2x."

isso começou depois que ligamos o RST pra resolver o time_wait. os da agência 3 são TCP atrás de NAT`),
    nat(`# grep CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
desde que isso tá On os Yealink atrás do mikrotik em TCP ficam offline e voltam, offline e voltam. antes era Off e era tranquilo`),
    nat(`RST on since Monday. NATed TCP phones flapping registered/unregistered. public IP ones ok.`),
    nat(`Boa tarde. Ativámos o SS_TCP_CLOSE_RESET há dois dias por causa das portas. Desde então os 45 ramais do call center, que estão atrás de um router NAT e registam em TCP, aparecem como não registados de tempos a tempos. Os troncos com IP público nada.`),
    nat(`Saudações kota. Desde que o vosso técnico ligou o modo RST, os softphones dos agentes em casa (TCP) perdem o registo maningue vezes por hora. Quem usa UDP não tem queixa.`),
    nat(`2024-06-02 14:01:10 REG EXPIRED 3001@203.0.113.4:51234 TCP
2024-06-02 14:02:45 REG OK 3001@203.0.113.4:51877 TCP
2024-06-02 14:05:12 REG EXPIRED 3001@203.0.113.4:51877 TCP
fica nisso direto desde que ativamos o RST. o 203.0.113.4 é o IP do NAT do cliente, os ramais dele todos assim`),
    nat(`mano o cliente da clínica reclama que os ramais ficam vermelho no telefone, sem registro, toda hora. é desde ontem quando ligamos o close reset. eles tão atrás de um roteador da operadora, usando tcp`),
    nat(`Hi, RST mode enabled Friday to fix TIME_WAIT. Since then Grandstream phones in the branch offices (behind NAT, TCP transport) show "not registered" several times per hour. HQ phones with public IP unaffected.`),
    nat(`Pá, isto está mau. Desde que pusemos o RST a On, os telefones dos teletrabalhadores em TCP estão sempre a cair do registo. Os que têm IP público fixo estão ótimos. Voltamos atrás?`),
    nat(`depois da mudança do RST pra On os ATAs dos clientes residenciais (atrás do modem da operadora, TCP) começaram a desregistrar. quem tá em UDP nada`),
    nat(`Os ramais que passam pelo MikroTik da sede nova perdem o registo desde que o modo RST foi ligado. O torch no MikroTik mostra a conexão TCP do telefone a ficar órfã e o telefone só volta no próximo REGISTER.`),
    nat(`Bom dia. O nosso cliente em Benguela tem 20 telefones atrás de NAT em TCP. Desde que activámos o reset no VOS, eles ficam offline e só voltam quando reinicio os telefones. Os de IP público estão normais.`),
    nat(`rst on = ramais nat tcp caindo. desde ontem. ajuda`),
    nat(`bom dia, os ramais remotos tão unregistered de novo agora, só os que tão atrás de NAT. mudamos o SS_TCP_CLOSE_RESET pra On na quinta`),
    nat(`*Encaminhada*
"Olá, os nossos telefones mostram sem serviço várias vezes ao dia desde quarta."

Este cliente está atrás de NAT e usa TCP. Quarta foi o dia em que ligámos o RST. Os clientes com IP público não reclamaram.`),
    nat(`Hello team, we are operator in Maputo. On Tuesday your engineer enabled SS_TCP_CLOSE_RESET to reduce TIME_WAIT. From that day all softphones of our customers who connect from home (behind NAT routers, SIP over TCP) lose registration every few minutes. Customers on UDP or with public IP have no issue. What to do?`),
    nat(`Os telefones Fanvil do escritório de Braga (TCP, atrás do router da operadora) ficam com "Registo falhou" intermitente desde que ativaram o modo RST. O tcpdump mostra o VOS a mandar RST e depois o telefone a tentar re-registar sem sucesso.`),
    nat(`vcs ativaram o rst e agora os ramais da galera do home office somem do painel. os do escritório com ip publico ficam. tcp em todos`),
    nat(`Telefones online ontem: 312. Hoje: 188.
Desde que o RST ficou On, os que sumiram são todos de IPs de NAT (CGNAT da operadora), em TCP. Os de IP público continuam lá.`),
    nat(`[áudio] "Boa tarde mano, é o Edson, olha, os telefones lá do escritório da Maianga estão outra vez sem registo, são aqueles que estão atrás do router e usam TCP, isso começou desde que vocês ligaram aquilo do RST, os que estão com IP directo estão a funcionar."`),
    nat(`Olá, os softphones Zoiper em TCP atrás do NAT do hotel perdem o registo a cada 2-3 min desde ontem; foi quando mudámos o SS_TCP_CLOSE_RESET para On. Em UDP não acontece.`),
    nat(`since RST = On all our NAT branch phones over TCP go unregistered randomly, even with the MikroTik keepalive set. the public-IP PBXs are stable`),
    nat(`Boa noite, continua: os ramais atrás de NAT (TCP) do cliente Alfa seguem a perder o registo agora mesmo. Começou quando ligámos o RST. Já confirmei que os de IP público não caem.`),
    nat(`desde a ativação do modo reset no fechamento TCP os telefones dos vendedores externos (4G, atrás do NAT da operadora, TCP) desregistram direto. os fixos com ip valido ok`),
    nat(`blz pessoal? o RST que vcs ligaram resolveu o time_wait mas agora os ramais dos clientes atrás de roteador em TCP tão ficando unregistered a cada poucos minutos. os de ip público tranquilos. dá pra resolver os dois?`),
  ],
  firewallRst: [
    fw(`desde que ligamos o RST no VOS as chamadas que passam pelo FortiGate pro carrier ficam travadas, e no log do Forti aparece monte de RST dropped com "no session matched". chamada direto sem firewall vai normal`),
    fw(`Jun  3 10:12:01 pfSense filterlog: 5,,,1000000103,igb0,match,block,in,4,0x0,,64,0,0,none,6,tcp,40,10.10.1.5,200.9.8.7,5060,41822,0,R,...
Jun  3 10:12:01 pfSense filterlog: 5,,,1000000103,igb0,match,block,in,4,0x0,,64,0,0,none,6,tcp,40,10.10.1.5,200.9.8.7,5060,41830,0,R,...
desde que o RST foi ativado as chamadas via pfSense falham, e o log tá cheio disso`),
    fw(`After enabling SS_TCP_CLOSE_RESET, calls through our Cisco ASA hang and fail. ASA log: "Deny TCP (no connection) from 10.0.0.5/5060 to 203.0.113.9/40211 flags RST on interface inside". The carrier side still show the TCP connection ESTABLISHED.`),
    fw(`Ligámos o modo RST e agora o iptables do servidor de fronteira marca os RST como INVALID e deita-os fora (vimos com a regra de LOG do --ctstate INVALID). As chamadas TCP para o operador falham a meio.`),
    fw(`desde o RST on as chamadas pro carrier que tá na AWS ficam penduradas, do lado deles a conexão continua ESTABLISHED. acho que o security group / firewall stateful come o RST`),
    fw(`Mano, desde que activaram o RST as chamadas que passam pelo SonicWall da sede falham bué. No log do SonicWall aparece "TCP packet received on non-existent/closed connection; TCP packet dropped".`),
    fw(`Saudações. Desde que o RST passou para On, as chamadas para o nosso parceiro (atrás de um FortiGate) ficam mudas e caem. O parceiro diz que do lado deles as ligações TCP ficam ESTABLISHED para sempre.`),
    fw(`rst ligado -> chamadas pelo pfsense falhando, pfsense dropa os RST. desde hoje cedo`),
    fw(`[áudio] "oi é o Tiago, então, depois que vocês ligaram aquele RST as chamadas que passam pelo firewall do cliente, um FortiGate, ficam chamando e não completam, ou completam e caem depois de um tempo, e o cara do firewall falou que tá vendo um monte de RST sendo descartado"`),
    fw(`10:22:31.102345 IP 10.1.1.10.42311 > 200.1.1.1.5060: Flags [R.], seq 1933, ack 88, win 0, length 0
10:22:31.402871 IP 10.1.1.10.42315 > 200.1.1.1.5060: Flags [R.], seq 2011, ack 91, win 0, length 0
o RST sai do VOS mas não chega do outro lado do firewall, lá a conexão fica aberta. desde a mudança pro RST On as chamadas por esse link falham`),
    fw(`Since the RST mode change every call routed via customer's pfSense fail after ~30s. The pfSense state table keep the old SIP TCP state and drop the RST as out of state.`),
    fw(`Equipa, desde que ligaram o SS_TCP_CLOSE_RESET o nosso FortiGate regista RST descartados em massa e as chamadas SIP TCP com o operador ficam a meio. Sem o Forti (teste direto) funciona.`),
    fw(`após habilitar o reset no fechamento das conexões as chamadas pelo ASA ficam penduradas; no show conn as conexões da 5060 continuam lá mesmo depois de encerradas pelo VOS`),
    fw(`bom dia, conntrack -L mostra as conexões SIP TCP com o carrier como ESTABLISHED horas depois das chamadas acabarem, e chamada nova falha. começou quando o RST foi pra On. o firewall é iptables no próprio gateway`),
    fw(`Kota, as chamadas para a operadora através do firewall Sophos deixaram de passar desde que o RST foi ligado. O log do Sophos mostra pacotes RST bloqueados como inválidos.`),
    fw(`cloud firewall (GCP) + RST mode on = calls to carrier hang. far end keep half-open sockets. started right after the change`),
    fw(`O operador de Portugal queixa-se de que do lado deles há centenas de ligações TCP half-open vindas do nosso IP, e as nossas chamadas para eles estão a falhar. Passa tudo pelo nosso FortiGate. Foi depois de ativarmos o RST.`),
    fw(`as chamadas que saem pelo pfSense da filial tão falhando desde ontem, o log do pfsense tá cheio de block TCP:R na 5060. ontem foi quando ativamos o close reset`),
    fw(`desde o RST On o firewall do MikroTik da borda (regra connection-state=invalid action=drop) tá dropando os RST do VOS e as chamadas pro carrier via ele travam`),
    fw(`Desde que o modo RST foi ativado, as chamadas do call center que passam pelo firewall Check Point caem ao fim de alguns segundos. O Check Point mostra "TCP packet out of state: First packet isn't SYN; tcp_flags: RST-ACK".`),
    fw(`Hello support, we enabled RST on the VOS two days ago. Since then calls to our biggest carrier, which go through our FortiGate 100F, fail around 15% of the time, sometimes no audio and then disconnect. FortiGate log show many "no session matched" with flag RST. Carrier says they see the TCP connections stuck ESTABLISHED on their side.`),
    fw(`*Encaminhada*
"Pessoal, o ASA está a descartar pacotes RST vindos do VOS na 5060 (Deny TCP (no connection) ... flags RST ACK). Vocês mudaram alguma coisa?"

mudámos sim, ligámos o RST segunda. as chamadas via ASA estão a falhar agora`),
    fw(`chamadas penduradas no pfSense desde que ativamos o SS_TCP_CLOSE_RESET. o state fica lá aberto e a próxima chamada na mesma conexão falha`),
    fw(`RST On desde sexta. Hoje as chamadas via SonicWall do cliente ficam a chamar e não completam. Log do SonicWall: "Invalid TCP flag (RST), packet dropped". Ajudem`),
    fw(`mano desde o rst as chamadas via fortigate estao a cair. forti dropa o rst. urgente`),
    fw(`o carrier mandou print do lado deles: conexões TCP do nosso IP todas em ESTABLISHED, algumas com 2h, e nossas chamadas pra eles falhando. nosso lado passa por iptables com conntrack. ligamos o RST há 3 dias`),
    fw(`[áudio] "Bom dia, é o Paulo da NetVoz, olhe, desde que ligámos o RST ontem à tarde as chamadas que saem pelo firewall da Fortinet começaram a ficar penduradas, o colega da rede diz que o firewall está a deitar fora os RST porque não reconhece a sessão, e do lado do operador fica tudo aberto."`),
    fw(`Calls through Azure Firewall to the carrier fail since RST mode On. Azure logs: TCP RST dropped, invalid state. Before the change all good.`),
    fw(`o cliente tem um pfSense na frente do PABX dele; desde que ligamos o RST as chamadas entre o nosso VOS e o PABX caem no meio, e o pfSense mostra os RST bloqueados`),
    fw(`iptables -L -v -n mostra o contador da regra "ctstate INVALID DROP" subindo rápido desde que o RST foi pra On, e as chamadas TCP pro carrier tão falhando agora. antes o contador era zero`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning231Set: readonly EvalItem[] = Object.values(tuning231Families).flat();
