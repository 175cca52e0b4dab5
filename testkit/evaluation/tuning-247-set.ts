import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 operators, resellers, NOC staff and call-centre supervisors writing Portuguese on WhatsApp: Brazilians in
 * loose chat Portuguese (vc, tb, pq, blz, mano, kkk), Portuguese writing careful European Portuguese (ligações,
 * registo, activar), Angolans with Luanda slang (epá, kota, bué, fixe), Mozambicans from Maputo, and people from Cabo
 * Verde and Guinea-Bissau switching into Kriolu (nha, ka ta, dizdi, irmon). All in Latin script, with and without
 * accents, with English tech words dropped in (TIME_WAIT, bind, unregistered, RST mode, policy). Figures are written 30
 * mil, 30k, 28.000, 31.400, trinta mil or vinte e nove mil. The messages are one-liners, voice-note transcripts, NOC
 * forwards, long ticket-style reports, and pasted netstat, ss, tcpdump, iptables, ASA, FortiGate, catalina.out and
 * softswitch log lines, with typos and missing accents left in.
 *
 * The two-hundred-and-forty-seventh tuning split, written as the two-hundred-and-forty-seventh never-tuned evaluation
 * set because Lusophone resellers in Brazil and Africa are a large share of VOS3000 customers and describe the faults
 * in a register far from the playbooks' English, in fresh hands again. Five negative families of 27 (one service that
 * cannot bind its own port, registration lost for another reason, small figures and questions, firewall work without
 * dropped RST, playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones
 * unregistered after RST mode, a stateful firewall dropping RST). Written before the eighty-second round of rules by
 * someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other
 * sets in view; measured as such before and after the eighty-second round, then made tuning material for the
 * eighty-third: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 94.4 %, negatives confident 0.7 %, confident wrong 0 % with the
 * rules of the eighty-first round, before the eighty-second.
 * After the eighty-second round: the same.
 * After the eighty-third round, tuned on: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning247Families = {
  oneListeningPort: [
    no(`bom dia pessoal, o tomcat do VOS nao sobe mais, no catalina.out ta "java.net.BindException: Address already in use: JVM_Bind <null>:8080". quem ta usando a 8080?? kkk`),
    no(`O mysql não arranca depois do reboot: "Can't start server: Bind on TCP/IP port: Address already in use" na 3306. Já havia outro mysqld a correr?`),
    no(`mano, subi um segundo mbx3000 pra teste na mesma maquina e ele reclama que a 5060 ta em uso. obvio ne kkk como mudo a porta do segundo?`),
    no(`nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
o apache do portal ja tava na 80 ne? qual eu desligo`),
    no(`docker: Error response from daemon: driver failed programming external connectivity on endpoint vos-web: Bind for 0.0.0.0:8443 failed: port is already allocated.
é o container antigo que ficou de pé?`),
    no(`no meu portátil o npm run dev dá EADDRINUSE :::3000, tenho outro terminal aberto? é o painel de revenda que estou a fazer`),
    no(`snmpd nao inicia: Error opening specified endpoint "udp:161". acho que ja tem outro agente snmp instalado no servidor`),
    no(`mudei o sshd pra porta 2222 e nao sobe, "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." o que ta na 2222?`),
    no(`Boas mano, o servidor de billing não quer subir, diz que a porta 8000 já tá a ser usada. Fiz netstat -tlnp e aparece um python esquecido lá. Mato esse processo?`),
    no(`Saudações de Maputo. O portal web do VOS3000 não abre após a actualização, o log diz Address already in use na porta dele. Parece que outra instância do tomcat ficou pendurada.`),
    no(`Bom dia, nha servidor di teste ka ta sobi asterisk, el fla "address already in use" na 5060 pamodi VOS sta la tanbe. Kuma N ta muda porta di asterisk?`),
    no(`tcp        0      0 0.0.0.0:8080      0.0.0.0:*       LISTEN      2231/java
o tomcat velho ainda ta escutando e o novo não consegue dar bind. faço kill 2231?`),
    no(`ao subir o freeradius: "Failed binding to auth address * port 1812 as server default: Address already in use". é o radius antigo que ficou rodando?`),
    no(`redis-server nao levanta: "Could not create server TCP listening socket *:6379: bind: Address already in use"`),
    no(`Bom dia irmon, servidor di gravason ka ta liga, mensagem: porta 21 ja em uso (vsftpd). Kuze ki N ta fasi?`),
    no(`erro ao iniciar o ftp do backup: "500 OOPS: could not bind listening IPv4 socket". só esse serviço, o VOS tá normal`),
    no(`o zabbix_agentd falha: listener failed: bind() for [[-]:10050] failed: [98] Address already in use`),
    no(`blz galera, o webmin nao sobe na 10000 pq instalei o outro painel na mesma porta kkk qual porta livre eu uso?`),
    no(`O serviço do softphone web (websocket 8089) não arranca: address already in use. Só essa porta, o resto está normal.`),
    no(`no pc do call center o MicroSIP diz "Cannot bind to local port 5060" pq o Zoiper ta aberto junto. normal ne? kkk`),
    no(`docker compose: "Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use" - tenho postgres local. é só mudar pra 5433?`),
    no(`ss -ltnp | grep 443 mostra o httpd; o nosso portal em node tb quer a 443 e dá EADDRINUSE. um reverse proxy resolve?`),
    no(`Luanda aqui. Instalei o VOS novo no mesmo servidor do antigo e o mbx3000d não arranca: "bind 0.0.0.0:5060 failed, address already in use". O antigo ainda tá ligado, né?`),
    no(`Maputo: o nosso servidor de relatórios (grafana na 3000) dá "bind: address already in use" depois do update, ficou um processo zumbi. só esse serviço`),
    no(`Starting httpd: (98)Address already in use: make_sock: could not bind to address [::]:80
tcp   0   0 :::80    :::*    LISTEN    1183/httpd
rodei o start duas vezes foi isso?`),
    no(`o node_exporter nao sobe na 9100, address already in use. vi com lsof que é o cups/jetdirect kkk mudo a porta do exporter?`),
    no(`Áudio transcrito: "ó chefe, o systemd diz que o vos-ws.service falhou, bind da porta 8443, address already in use, acho que ficou o processo antigo, posso dar kill -9?"`),
  ],
  otherRegistrationCause: [
    no(`os ramais da loja 3 tão todos unregistered desde ontem, descobrimos que a luz caiu lá e o nobreak acabou kkk`),
    no(`trocámos a password do gateway no VOS e esquecemos de mudar no GoIP, agora dá 403 Forbidden no registo`),
    no(`boa tarde, o cliente mudou de provedor de internet e o IP mudou; o gateway de registo no VOS tem o IP antigo amarrado, por isso falha. Como libero o IP novo?`),
    no(`os Yealink nao registram, dá 401 e depois 403, acho que o revendedor alterou a senha dos ramais`),
    no(`a conta do revendedor expirou no VOS (data de validade) e os telefones dele caíram todos`),
    no(`o saldo do cliente zerou e os ramais dele não completam nada, aparecem registados mas as chamadas são recusadas. recarrego e volta?`),
    no(`o DNS sip.nossodominio.co.ao deixou de resolver depois que mudámos de provedor de domínio, os ATAs não encontram o servidor`),
    no(`licença do VOS3000 expirou ontem e ninguém registra mais. como renovo?`),
    no(`trocamos o roteador por um TP-Link e os telefones (UDP) ficavam registrando e caindo. era o SIP ALG ligado, desliguei e voltou`),
    no(`A internet da Orange em Bissau está em baixo desde manhã, os telefones do escritório todos offline. Quando voltar registam sozinhos?`),
    no(`Telefone di resepson ka sta registradu, N djobi i kabu di rede staba dizligadu. Djá N liga, obrigadu`),
    no(`o ramal 2004 não registra pq alguém apagou o ramal no painel kkk dá 404 not found`),
    no(`mudamos o VOS pra um IP novo e 40 ATAs ainda apontam pro IP antigo. tem como fazer provisioning em massa?`),
    no(`Grandstream todos "Not registered", são UDP. Depois da troca do router pela Unitel parece que o router novo não deixa passar a 5060 udp. Como verifico?`),
    no(`o switch PoE da sala queimou, metade dos telefones sem energia e aparecem unregistered no VOS. tem como listar só os offline?`),
    no(`o nosso fornecedor de rotas está com outage, o gateway de saída aparece "unregistered" no VOS pq o servidor de registro deles tá fora`),
    no(`depois de mexer na data do servidor os telefones TLS não registram, o certificado dá "not yet valid". o ntp tava desligado`),
    no(`telefone novo do cliente não registra, ele digitou 1001 em vez de 10001 no usuário kkk`),
    no(`Maputo: os telefones do cliente deixaram de registar porque a operadora cortou a internet por falta de pagamento`),
    no(`o registro falha com "too many registrations": o limite por conta no VOS tá em 5 e eles têm 8 telefones`),
    no(`os gateways da filial do Lubango perdem o registo quando chove, o rádio link cai. Não deve ser do servidor`),
    no(`caiu o registro de todo mundo às 14h e voltou 14h20, era a manutenção do datacenter (veio aviso por email que ninguém leu kkk)`),
    no(`o fail2ban baniu o IP do escritório por muitas tentativas de senha errada e agora nenhum ramal de lá registra`),
    no(`expirou o registo do tronco com a operadora, eles mudaram o proxy e o realm sem avisar`),
    no(`o softphone do agente em home office não registra, ele tá na rede do hotel que bloqueia VoIP`),
    no(`depois de trocar o MikroTik os ATAs (UDP) não registavam, o masquerade estava na interface errada. já corrigi a regra de NAT e voltaram`),
    no(`o cliente foi bloqueado por inadimplência no VOS (conta suspensa), por isso os ramais dele aparecem sem registro. é só reativar?`),
  ],
  smallFigures: [
    no(`vc sabe me dizer se 300 TIME_WAIT é normal? servidor calmo, umas 20 chamadas simultaneas`),
    no(`o que é TIME_WAIT afinal? vi no netstat e fiquei curioso`),
    no(`é seguro ligar net.ipv4.tcp_tw_reuse em produção? kernel do CentOS 6`),
    no(`como vejo quantas portas estão em uso? ss -s ou netstat?`),
    no(`o que faz o SS_TCP_CLOSE_RESET exatamente? aqui tá Off`),
    no(`TCP:   412 (estab 87, closed 290, orphaned 0, synrecv 0, timewait 285/0), ports 0
isto está bem?`),
    no(`o ip_local_port_range aqui é 32768 60999, chega para 50 CPS?`),
    no(`qual a diferença entre FIN e RST no fecho de uma ligação TCP? pergunta de estudante kkk`),
    no(`tenho 1.200 conexões ESTABLISHED no horário de pico e CPU em 20%. preciso mexer em algo ou tá tranquilo?`),
    no(`Bom dia, health check semanal: timewait 150, close_wait 0, portas livres ok. Só a confirmar que está tudo normal`),
    no(`quantos TIME_WAIT é muito? tipo 500 já é problema?`),
    no(`[root@vos ~]# netstat -an | grep TIME_WAIT | wc -l
87
normal ne?`),
    no(`pq o VOS usa TCP e não só UDP? qual a vantagem?`),
    no(`o tcp_fin_timeout padrão é 60s? dá pra baixar?`),
    no(`Nos servidor tem 40 canal so. Ki manera N ta odja kuantu porta sta abertu?`),
    no(`trinta e poucos sockets em TIME_WAIT depois do teste de carga, nenhum erro. é só curiosidade`),
    no(`RST mode vale a pena pra quem faz 10 CPS? ou deixo o default?`),
    no(`tcp_tw_recycle ainda existe? li que foi removido no kernel 4.12`),
    no(`como deixo o sysctl permanente no CentOS 6? /etc/sysctl.conf ou sysctl.d?`),
    no(`o ss não existe no CentOS 5, qual o comando equivalente?`),
    no(`Servidor novo aqui em Bissau, só 2 mil chamadas por dia. Preciso ajustar alguma coisa de kernel antes de crescer?`),
    no(`Podem explicar o que quer dizer "orphaned" no ss -s? aparece 2`),
    no(`vi 600 TIME_WAIT às 3 da manhã durante o backup, tudo funcionando. é normal?`),
    no(`Quantas chamadas simultâneas aguenta um VOS3000 com 8GB de RAM?`),
    no(`Para a documentação: qual o valor recomendado do ip_local_port_range num softswitch?`),
    no(`relatório do dia: estab 240 / timewait 410 / synrecv 0, pico de 35 CPS, nenhum erro. mandei só pra registro`),
    no(`é verdade que o RST "corta" a chamada? ou só fecha o socket TCP?`),
  ],
  firewallNoRst: [
    no(`preciso liberar a 5060 TCP/UDP no FortiGate pro cliente novo, qual policy eu crio?`),
    no(`whitelist do IP 197.231.x.x do revendedor de Luanda no iptables por favor`),
    no(`o fail2ban baniu o meu próprio IP kkk como desbane?`),
    no(`como desativo o SIP ALG no MikroTik? é em /ip firewall service-port?`),
    no(`quero bloquear todos os países menos Brasil e Angola no firewall (geo-block), tá cheio de scanner SIP`),
    no(`port forward 10000-20000 UDP (RTP) no pfSense pro VOS, tá certo assim?`),
    no(`vamos atualizar o FortiOS 6.4 para 7.2, há alguma coisa a considerar para o VoIP?`),
    no(`iptables -A INPUT -p udp --dport 5060 -s 0/0 -j ACCEPT
isso deixa aberto pra todo mundo? é perigoso?`),
    no(`o security group da AWS precisa de quais portas pro VOS? 5060, RTP e 8080 do web?`),
    no(`áudio mudo num sentido só, acho que é NAT do RTP no firewall, o IP de mídia vai privado no SDP`),
    no(`ASA: quero abrir SSH só pro IP do suporte de vocês, como fica a ACL?`),
    no(`o firewall da Movicel bloqueia a 5060? mudámos para 5080 e funcionou logo`),
    no(`podem mandar a lista de IPs de vocês para eu liberar no firewall do cliente em Maputo?`),
    no(`pergunta só: qual nf_conntrack_max recomendado pra 500 canais? não tá dando erro nenhum`),
    no(`a regra de DNAT no MikroTik tá assim: chain=dstnat dst-port=5060 protocol=udp action=dst-nat to-addresses=192.168.88.10 - tá certo?`),
    no(`milhares de REGISTER do sipvicious vindo da Europa. como faço rate limit no firewall?`),
    no(`pfSense: quero criar um alias com os IPs dos gateways e só eles chegarem na 5060`),
    no(`O cliente quer pôr um Sophos à frente do VOS, é preciso configurar alguma coisa especial para SIP?`),
    no(`a 8080 do portal web tá aberta pro mundo, como restrinjo só pro IP do escritório?`),
    no(`csf ou iptables puro, qual vc recomenda pra CentOS 7 com VOS?`),
    no(`abrimos a 5061 TLS no firewall mas o cliente diz que ainda não conecta, telnet na porta dá timeout`),
    no(`N kre abri porta 5060 na firewall di nha router, kenha ki pode djuda-m?`),
    no(`firewall-cmd --permanent --add-port=5060/tcp && firewall-cmd --reload
preciso reiniciar o VOS depois disso?`),
    no(`hoje o firewall bloqueou 12 mil tentativas de registro de IPs estranhos, tá funcionando bem kkk só pra informar`),
    no(`Colocamos um firewall novo aqui em Bissau, as chamadas funcionam, só quero confirmar se as regras de RTP estão corretas`),
    no(`liberei 0.0.0.0/0 na 5060 no security group pra testar e esqueci de fechar kkk. fecho e deixo só os IPs dos clientes?`),
    no(`Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
 pkts bytes target  prot opt in  out  source          destination
48211 2893K DROP    udp  --  *   *    45.134.0.0/16   0.0.0.0/0    udp dpt:5060
os contadores de DROP tão subindo na regra do scanner, normal ne?`),
  ],
  negationContext: [
    no(`aqui só usamos UDP, então esse tal de SS_TCP_CLOSE_RESET não afeta a gente né?`),
    no(`o RST tá Off desde sempre, ninguém mexeu. só perguntei pq vi no manual`),
    no(`aquele problema de TIME_WAIT da semana passada resolveu com o tcp_tw_reuse, obrigado!`),
    no(`só curiosidade: se eu ligar o RST mode, os telefones atrás de NAT podem cair? ainda não liguei`),
    no(`treinamento da equipe: podem explicar os 3 cenários (portas esgotadas, NAT com RST, firewall comendo RST)?`),
    no(`no laboratório simulamos 40 mil TIME_WAIT com o sipp pra aprender, não é produção`),
    no(`o servidor de outra empresa (não é cliente de vocês) tá com "cannot assign requested address", vcs podem dar uma opinião informal?`),
    no(`já corrigimos: o FortiGate estava a descartar os RST, pusemos a regra e está tudo ok desde sexta. obrigado`),
    no(`planejamos ativar SS_TCP_CLOSE_RESET na janela de sábado, tem algum risco pros clientes atrás de NAT?`),
    no(`nenhum telefone caiu, só quero saber se o RST afeta o MikroTik caso a gente ative`),
    no(`nunca tivemos "address already in use" aqui, mas o concorrente diz que o VOS tem esse problema. é verdade?`),
    no(`Resolvido! os telefones atrás de NAT voltaram a registar depois de vocês desligarem o RST. podem fechar o ticket`),
    no(`hipoteticamente, se um firewall dropar o RST, o que acontece com as conexões?`),
    no(`o TIME_WAIT baixou de 30 mil pra 800 depois do ajuste de ontem, tudo estável agora 👍`),
    no(`não é NAT: todos os telefones têm IP público e não mudámos nada no RST. Está tudo registado, só confirmo para a auditoria`),
    no(`na prova de certificação tem a pergunta "qual o efeito do SS_TCP_CLOSE_RESET=On num firewall stateful?" qual é a resposta?`),
    no(`o ano passado tivemos exaustão de portas no servidor antigo, este novo ainda não. devo mexer preventivamente?`),
    no(`o cliente perguntou se o RST pode derrubar o registro dos troncos SIP; falei que não usamos TCP no tronco. tá certo?`),
    no(`não houve drop de RST no ASA, verifiquei os logs: zero "no session matched". o problema é outro, o áudio tá picotando`),
    no(`mentira kkk não era falta de portas, era o disco cheio. já limpei os logs e voltou`),
    no(`Um colega de outra empresa tem VOS com FortiGate e RST ligado, perguntou-me se tem de mudar algo. Não é o nosso servidor, é só para lhe responder.`),
    no(`Áudio: "só pra avisar que aquela questão do NAT e do RST tá tudo bem, depois que vocês voltaram pra Off nunca mais caiu"`),
    no(`se um dia passarmos de 100 CPS vamos ter falta de portas? hoje fazemos 8`),
    no(`Documentação interna: "em caso de TIME_WAIT alto, activar tcp_tw_reuse". Isto está correcto? É só revisão, sem problema actual`),
    no(`estamos a montar um lab com pfSense e VOS pra reproduzir o problema do RST que um cliente teve no ano passado`),
    no(`Problema di RST dja resolvidu, telefones sta registradu tudu. Obrigadu!`),
    no(`o iptables não está a bloquear RST nenhum, a regra INVALID tem 0 pacotes. Pergunto só porque vou migrar para nftables`),
  ],
  portExhaustion: [
    pe(`socorro!! no pico das 19h as chamadas de saída falham, log do VOS cheio de "cannot assign requested address". netstat mostra uns 30 mil TIME_WAIT`),
    pe(`[root@vos ~]# ss -s
Total: 62001
TCP:   61234 (estab 1320, closed 59811, orphaned 12, synrecv 0, timewait 59790/0), ports 0
e as chamadas novas não saem, dá erro de bind. o que faço?`),
    pe(`boa noite mano, o servidor tá a recusar ligar pros gateways a partir das 20h, erro "Address already in use" nas conexões de saída, TIME_WAIT passa dos 28.000`),
    pe(`no horário de pico o VOS não consegue abrir conexão TCP nova pros fornecedores, e quando vejo tem trinta mil sockets parados em TIME_WAIT. fora do pico normal`),
    pe(`Áudio transcrito: "ó chefe, outra vez às sete da noite as chamadas começam a falhar, o técnico diz que acabaram as portas locais do servidor, tá tudo preso naquele estado time wait, quarenta e tal mil"`),
    pe(`java.net.BindException: Cannot assign requested address
aparece sem parar no log quando passa de 150 CPS, só nas chamadas de saída`),
    pe(`EADDRINUSE nas conexões SIP TCP pra rota da Vivo quando passa de 200 CPS. o ip_local_port_range ainda tá default 32768-60999 e o TIME_WAIT vai a 28k`),
    pe(`Maputo: campanha do call center hoje a 180 CPS, a partir de certa altura todas as chamadas de saída dão erro de bind. netstat | grep TIME_WAIT | wc -l = 27 mil`),
    pe(`Bom dia, situação: VOS3000 2.1.6 em CentOS 6. Desde segunda, entre as 18h e as 21h, uma parte das chamadas para os vendors TCP falha com 503. No log do mbx aparece "connect failed: Cannot assign requested address (99)". Contámos os sockets: 31.400 em TIME_WAIT, quase todos para a 5060 dos vendors. Fora do pico baixa para 2 mil. tcp_tw_reuse está a 0.`),
    pe(`tão acabando as portas efêmeras kkk não é piada, o ss mostra 60k timewait e as ligações novas não conectam`),
    pe(`nosso discador dispara 250 chamadas por segundo e depois de uns 5 minutos o servidor não abre mais conexões pros gateways, fica tudo "bind: address already in use". reinicia e volta, depois trava de novo`),
    pe(`Epá kota, o servidor tá bué lento no pico e as chamadas não saem, o Hélder viu que tem tipo 35k conexões em TIME_WAIT e erro de porta em uso nas saídas. Ajuda aí`),
    pe(`Bon dia, na ora di pico VOS ka ta faze txomada pa fora, log ta fla "cannot assign requested address", N konta 29 mil TIME_WAIT. Kuze ki N ta faze?`),
    pe(`Irmon, di noti servidor ka pudi liga pa gateway, erro di bind, 40 mil konekson na TIME_WAIT. Djuda-nu`),
    pe(`[root@vos ~]# netstat -ant | awk '{print $6}' | sort | uniq -c
  45012 TIME_WAIT
   1503 ESTABLISHED
     12 LISTEN
isso no pico, e é aí que começa o "cannot assign requested address" nas saídas`),
    pe(`todo fim de tarde o servidor parece que "esgota": as ligações que saem pros nossos fornecedores deixam de conectar, e o técnico contou umas vinte e oito mil ligações antigas ainda penduradas à espera de fechar. de manhã tá normal`),
    pe(`erro no log: "sip tcp connect to 200.155.x.x:5060 failed: errno 99". só acontece com muito tráfego, acima de uns 120 CPS`),
    pe(`blz? desde que subimos o tráfego pra 3 milhões de minutos/mês o VOS começou a dar "Address already in use" quando liga pros vendors. ss -tan state time-wait | wc -l deu 52341`),
    pe(`bom dia. ontem no pico ficamos sem portas livres pras conexões de saída, ip_local_port_range 32768-61000 e tudo ocupado com TIME_WAIT. podem aplicar o ajuste?`),
    pe(`Luanda: o VOS deixa de conseguir ligar ao gateway de saída SIP/TCP às 20h; do nosso lado o erro é "bind failed" e o servidor tem trinta e dois mil sockets em time_wait`),
    pe(`cps alto = falha. ss -s: timewait 58k. log: Cannot assign requested address. urgente pf`),
    pe(`o suporte do vendor diz que as nossas chamadas nem chegam lá no pico. no nosso servidor vi os erros "could not bind local port" e dezenas de milhares de TIME_WAIT`),
    pe(`*Encaminhada*
NOC: Alarme 19:42 - VOS-SP01 falhas de originação 38%, causa provável esgotamento de portas locais (TIME_WAIT 33.870). Favor verificar.`),
    pe(`Boa tarde, temos um problema recorrente às horas de ponta: o softswitch deixa de conseguir estabelecer ligações TCP de saída ("Cannot assign requested address"). A contagem de TIME_WAIT ronda os 30 mil. Podem ver?`),
    pe(`aumentamos o número de canais e agora no pico aparece EADDRNOTAVAIL pra tudo que sai. tem 40k de time wait`),
    pe(`o cliente reclama de chamadas falhando à noite. já verifiquei rotas, saldo, gateways, tudo ok. cpu 30%, ram sobrando. a única coisa estranha: o netstat mostra 47 mil conexões em TIME_WAIT e os logs dizem "cannot assign requested address" nas saídas`),
    pe(`Maputo: no fim do mês com o pico das recargas o VOS não abre mais sockets para as operadoras, portas efémeras esgotadas, tw 30k+`),
    pe(`mano o server trava as saídas todo dia das 18h às 22h, BindException no log e o ss mostra 61 mil time-wait. antes era 10 CPS, agora é 300`),
    pe(`o VOS não consegue ligar para os fornecedores SIP por TCP quando passamos das 2000 chamadas simultâneas; a mensagem é tipo "no free local port" e o TIME_WAIT é enorme (uns 45 mil)`),
    pe(`tcp_tw_reuse = 0, port range padrão, e nas horas de maior tráfego: "connect: Cannot assign requested address". o netstat conta vinte e nove mil TIME_WAIT. Confirmem se é esgotamento de portas por favor`),
  ],
  natUnregistered: [
    nat(`depois que ativaram o SS_TCP_CLOSE_RESET ontem, os telefones da filial atrás do MikroTik (SIP TCP) ficam todos unregistered. os de IP público tão normais`),
    nat(`ligaram o RST mode no servidor e agora os softphones dos agentes em casa (todos atrás de roteador com NAT) perdem o registro a cada poucos minutos. são todos TCP`),
    nat(`Boas, desde que o modo RST foi ligado os Yealink do escritório de Luanda (atrás de NAT, transporte TCP) aparecem offline no VOS. Os gateways com IP público continuam registados.`),
    nat(`os ATAs atrás do MikroTik caem do registro desde a mudança SS_TCP_CLOSE_RESET=On de sexta. só os que tão atrás de NAT, os de IP fixo não`),
    nat(`Áudio: "então, desde que vocês mexeram naquele parâmetro do reset do TCP, os telefones lá da loja que ficam atrás do roteador, que usam TCP, não registram mais, e os que têm IP público tá tudo certo"`),
    nat(`Dizdi ki nhos liga RST, telefones ki sta trás di router (NAT) ka sta registradu mas, es ta uza TCP. Kes ku IP públiku sta dretu.`),
    nat(`Bissau: depois de activarem o close reset, os telefones TCP atrás do router da Orange ficam a cair do registo toda hora. Os de IP público não`),
    nat(`Após ligarmos o SS_TCP_CLOSE_RESET para resolver o TIME_WAIT, os Zoiper dos agentes em Maputo (TCP, atrás do NAT do router da Vodacom) deixaram de registar. Os trunks com IP público estão bem.`),
    nat(`seguinte: o RST resolveu o time_wait mas agora os GXP atrás de NAT perdem o registro. transport TCP. os do datacenter (IP público) registram normal`),
    nat(`os telefones da filial de Campinas estão aparecendo "unregistered" no painel desde anteontem. senha ok, internet ok, rede ok. eles usam SIP TCP atrás de um MikroTik com NAT e os de IP público estão normais. a única mudança foi vocês ligarem o RST no softswitch na terça`),
    nat(`o softswitch.conf agora tem SS_TCP_CLOSE_RESET="On" e desde então os MicroSIP do call center, todos em TCP atrás do NAT do router da operadora, ficam offline. os ramais com IP público nada`),
    nat(`urgente: 120 ramais TCP atrás de NAT desregistraram depois que ativamos o RST mode. IP público ok.`),
    nat(`cada vez que o VOS manda RST os telefones atrás do roteador perdem o registro e levam minutos pra voltar. começou quando ligamos o close reset. são TCP, os públicos tão de boa`),
    nat(`Após a alteração do SS_TCP_CLOSE_RESET para On, os postos em teletrabalho (router doméstico com NAT) ficam "não registado" de forma intermitente; SIP sobre TCP. Na sede, com IP público, não há problema.`),
    nat(`os telefones ficam registrando e desregistrando a cada 30s desde o RST on. todos TCP atrás do NAT do Mikrotik do cliente. antes de ligar o RST nunca tinha acontecido`),
    nat(`Kota, desde que meteram aquele RST no servidor os telefones da banda que tão atrás do router tão a cair do registo, bué chato. É TCP. Os do IP público tão fixes.`),
    nat(`O REGISTER dos ATAs atrás de NAT expira e não renova desde que o modo RST foi ativado ontem à noite. Transporte TCP. Os clientes com IP público seguem registrados.`),
    nat(`ativei o SS_TCP_CLOSE_RESET seguindo a dica pro TIME_WAIT e agora metade dos ramais (os que estão atrás de NAT, via TCP) sumiu do online. a outra metade tem IP público e tá ok`),
    nat(`vcs ligaram o RST semana passada né? desde então os GoIP do cliente atrás do mikrotik ficam offline, SIP over TCP. os gateways com IP fixo tão online`),
    nat(`2024-05-14 09:12:44 REGISTER from 10.0.0.15 via 41.220.x.x:38211 transport=TCP: connection reset, registration expired for 2003
todos os ramais atrás do NAT tão assim desde que o RST foi ligado, os de IP público não`),
    nat(`Maputo: os Fanvil em TCP atrás do router ficam "não registados" desde a activação do RST. Se ponho um deles com IP público regista logo. Ajuda`),
    nat(`depois do ajuste de ontem (RST ligado, tcp_tw_reuse=1) o TIME_WAIT sumiu, mas os softphones dos agentes em casa, TCP atrás de NAT, não conseguem mais ficar registrados`),
    nat(`pq será? ligamos o RST mode e agora só os telefones com IP privado (atrás de NAT) via TCP estão desregistrados; os que têm IP público nada`),
    nat(`Bon dia, dizdi ki nhos muda SS_TCP_CLOSE_RESET pa On, telefones di ofisina na Praia ki sta trás di NAT ka ta registra. Es ta na TCP. Telefones ku IP públiku sta dretu.`),
    nat(`ramais remotos caindo: NAT + TCP + RST ligado desde segunda. IP público sem problemas.`),
    nat(`O cliente de Benguela diz que os telefones dele (atrás de router com NAT, SIP/TCP) ficaram todos offline logo depois de ligarmos o close reset. Os outros clientes com IP público estão bem.`),
    nat(`desde quinta, quando o servidor passou a fechar as ligações TCP com reset em vez do fecho normal, os trinta e tal telefones da loja estão a desaparecer do registo. os que estão com IP público não. os da loja estão todos atrás do router, com NAT`),
    nat(`after RST on, phones behind NAT unregistered kkk misturando mesmo: os IP phones da filial em TCP atrás do MikroTik não registram, os públicos sim`),
    nat(`Boa tarde, tenho 3 clientes com PBX atrás de NAT a registar via TCP no VOS. Desde que o SS_TCP_CLOSE_RESET foi posto em On, os 3 perdem o registo várias vezes por hora. Clientes com IP público sem queixas.`),
    nat(`quando o RST ficou ativo os telefones do call center (NAT, tcp) começaram a aparecer como unregistered no VOS, quando vocês desligaram pra testar voltaram. religaram hoje e caiu tudo de novo`),
  ],
  firewallRst: [
    fw(`depois de ligar o RST mode as chamadas começaram a falhar, e no log do FortiGate aparece um monte de "no session matched" pros pacotes TCP RST que vêm do VOS`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 200.98.x.x/41233 flags RST on interface inside
milhares disso desde ontem e as ligações SIP TCP ficam presas`),
    fw(`o pfSense está descartando os RST que o softswitch manda, as conexões ficam half-open e o CLOSE_WAIT no gateway vai acumulando`),
    fw(`o conntrack marca os RST do VOS como INVALID e a regra "-m state --state INVALID -j DROP" joga fora. desde então as sessões SIP TCP ficam penduradas`),
    fw(`o security group da cloud não deixa passar os RST do VOS? as conexões TCP com os gateways ficam penduradas desde que ligamos o SS_TCP_CLOSE_RESET`),
    fw(`O nosso FortiGate 100F em Luanda dropa os RST que o softswitch envia (log: "packet dropped: out of state"), as chamadas SIP/TCP não terminam e o gateway continua a mandar para a ligação morta.`),
    fw(`14:22:01.123456 IP 10.0.0.2.5060 > 10.0.1.8.40122: Flags [R.], seq 1, ack 1, win 0, length 0
o tcpdump no servidor mostra o RST saindo, mas do outro lado do firewall nunca chega, e no gateway as conexões ficam ESTABLISHED pra sempre`),
    fw(`desde a mudança de ontem as chamadas ficam "fantasma": o gateway acha que a ligação ainda tá aberta. o firewall stateful entre os dois tá jogando fora aqueles pacotes de reset que o servidor passou a mandar`),
    fw(`Sophos XG log: "Invalid TCP state" dropping RST from VOS :5060. chamadas presas e caindo. RST mode ativo desde segunda`),
    fw(`Firewall FortiGate sta ta bota fora RST ki VOS ta manda, konekson ta fika pendurado. Kumesa dizdi ki nhos liga RST.`),
    fw(`As ligações TCP entre o VOS e o gateway em Maputo ficam meio abertas; o Cisco ASA regista "TCP RST dropped" desde que activámos o SS_TCP_CLOSE_RESET`),
    fw(`Verificámos que a firewall stateful (pfSense) bloqueia os segmentos RST emitidos pelo softswitch; aparecem como "blocked, TCP:R" nos logs. Resultado: sessões penduradas e chamadas a falhar.`),
    fw(`o netstat no gateway mostra centenas de CLOSE_WAIT pro IP do VOS, e o firewall no meio tá dropando os RST (vi no log "RST dropped"). começou com o RST mode`),
    fw(`achei: o iptables da borda tem "-p tcp --tcp-flags RST RST -j DROP" de anti-scan kkk e o VOS agora fecha com RST. as conexões ficam presas. como ajusto?`),
    fw(`o cliente tem um FortiGate na frente do gateway e depois do RST on as chamadas falham porque o Forti descarta os RST; o log diz "no matching session"`),
    fw(`AWS: depois que ativei o close reset, as conexões pro SBC na outra VPC ficam penduradas, parece que o Network Firewall stateful descarta os RST`),
    fw(`Irmon, firewall di kliente ta dropa RST di nos VOS, txomadas ta fika pendurado i CLOSE_WAIT ta subi. Nu liga RST na simana pasadu.`),
    fw(`pfSense: os RST do VOS caem na regra default deny porque o state já não existe, e o gateway fica com sessão fantasma. as chamadas não completam desde o RST on`),
    fw(`kernel: [UFW BLOCK] IN= OUT=eth0 SRC=10.0.0.2 DST=200.155.x.x LEN=40 TOS=0x00 PREC=0x00 TTL=64 ID=0 DF PROTO=TCP SPT=5060 DPT=38812 WINDOW=0 RES=0x00 RST URGP=0
aparece isso aos milhares e as chamadas SIP TCP travam`),
    fw(`sinceramente não sei se é o firewall, mas: RST mode ligado, FortiGate no meio, log do Forti com "out of state" nos RST, conexões half-open. é isso?`),
    fw(`Palo Alto: o contador de pacotes RST descartados (tcp out of state) sobe desde que o VOS passou a fechar com RST; as sessões SIP TCP ficam penduradas`),
    fw(`o CLOSE_WAIT no gateway do cliente passou de 5 mil e não baixa; o ASA entre nós descarta os RST do softswitch (reason: no connection). começou com o SS_TCP_CLOSE_RESET On`),
    fw(`as chamadas para a rota X ficam a tocar e depois morrem, e o gateway diz que a ligação TCP ainda está aberta. já verificámos rota, saldo, codec. só encontrámos isto no firewall stateful do datacenter: os RST do VOS estão a ser descartados.`),
    fw(`Epá, o firewall da operadora tá a comer os RST que o nosso VOS manda, as conexões ficam a meio e as chamadas não fecham. Ligámos o RST mode na semana passada.`),
    fw(`conntrack -S mostra invalid subindo muito e o log do iptables: "INVALID DROP ... RST". as ligações SIP TCP ficam presas desde o RST on`),
    fw(`o MikroTik do datacenter (firewall com connection tracking) tá descartando os RST do softswitch como invalid, e as sessões TCP com o gateway não fecham`),
    fw(`*Encaminhada*
NOC: "Após habilitar SS_TCP_CLOSE_RESET no VOS-02, firewall FG-600E descartando pacotes RST (policy id 0, out of state). Conexões TCP half-open com gateways." Favor analisar.`),
    fw(`Áudio: "olha, o pessoal da rede disse que o firewall novo tá bloqueando aqueles resets que o servidor manda quando fecha a conexão, aí as chamadas ficam presas. começou depois que vocês mudaram o jeito de fechar o TCP"`),
    fw(`as chamadas não desligam direito e o gateway acumula sessões; o firewall stateful em frente ao VOS loga "TCP packet with RST flag dropped - no session". RST mode on.`),
    fw(`Firewall di CV Telecom ta dropa pakote RST di VOS, "no session matched" na log, txomadas ta fika prezu. RST sta ligadu.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning247Set: readonly EvalItem[] = Object.values(tuning247Families).flat();
