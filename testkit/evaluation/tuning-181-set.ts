import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Carriers, call centres, resellers and NOC engineers writing Portuguese in fresh hands on WhatsApp: Brazil (São Paulo,
 * Rio, Recife, Porto Alegre; "vc", "tb", "pq", "blz", "mano", "galera"), Angola and Mozambique (Luanda, Maputo;
 * European-style Portuguese with local words: "kota", "epá", "ya", "maningue", "bué"), and Portugal ("malta",
 * "cumprimentos"), roughly Brazil 60 %, Angola and Mozambique 30 %, Portugal 10 %, with English technical words and
 * pasted output; numbers as "28 mil", "28.000", "28k"; greetings from "bom dia galera" to "Saudações, estimados".
 *
 * The hundred-and-eighty-first tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its
 * own port, registration lost for another reason, small figures and questions, firewall work without dropped RST,
 * playbook words denied or explained) and three positive families of 30 (port exhaustion, NATed phones unregistered
 * after RST mode, a stateful firewall dropping RST). Written as the hundred-and-eighty-first never-tuned set, before the sixty-fifth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-fifth round, then made tuning
 * material for the sixty-sixth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 94.4 %, negatives confident 1.5 %, confident wrong 0 % with the rules of
 * the sixty-fourth round, before the sixty-fifth.
 * After the sixty-fifth round: the same.
 * After the sixty-sixth round, tuned on: in scope 97.8 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning181Families = {
  oneListeningPort: [
    no(`bom dia galera, o portal web do vos nao sobe depois do reboot. catalina.out diz:
java.net.BindException: Address already in use (Bind failed) <null>:8080
alguem sabe oq ta segurando a 8080?`),
    no(`mano o nginx nao inicia, "nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)". instalei o apache pro painel do revendedor ontem, deve ser isso né`),
    no(`Boa tarde mano, aqui em Luanda o painel web do VOS não abre desde a manhã. O tomcat diz Address already in use na porta 8080. Já reiniciei a máquina 2 vezes e nada.`),
    no(`Boa tarde, o mysql do servidor vos não sobe mais. log: [ERROR] Can't start server: Bind on TCP/IP port: Address already in use / Do you already have another mysqld server running on port: 3306 ? O que faço?`),
    no(`reiniciei o mbx3000d e agora ele nao pega a 5060, fica dizendo address already in use. netstat mostra um processo antigo do mbx3000 ainda vivo com pid 2231. posso dar kill -9 nele?`),
    no(`Epá, o nginx do portal de revenda está a dar erro ao arrancar: bind() to 0.0.0.0:443 failed (98: Address already in use). O técnico instalou outro serviço ontem, acho que foi isso.`),
    no(`vc sabe pq o docker nao sobe o container do billing? "Error starting userland proxy: listen tcp4 0.0.0.0:8443: bind: address already in use"`),
    no(`Boa tarde, o Tomcat da interface web do VOS3000 não arranca, catalina.out: "java.net.BindException: Endereço já em uso" na 8080. Há outro processo java pendurado? Cumprimentos.`),
    no(`pessoal aqui do call center, o dev tá rodando o painel de relatorio no notebook dele e dá EADDRINUSE :::3000 quando ele roda npm start. é no notebook, nao no servidor`),
    no(`Bom dia estimados. Em Maputo, o mysqld não arranca após o corte de energia, diz que a porta 3306 já está em uso. Sem base de dados não há CDR nem login no painel. Ajuda maningue urgente.`),
    no(`redis nao sobe: "Could not create server TCP listening socket *:6379: bind: Address already in use". servidor vos3000 2.1.8, centos 7. tb tem um redis do docker rodando?`),
    no(`galera o webserver da interface do vos (porta 80) não abre, o httpd da erro (98)Address already in use: AH00072: make_sock: could not bind to address [::]:80. so isso, as chamadas tao normais`),
    no(`Kota, o mbx3000d não sobe depois do restart, 5060 ocupada por um processo antigo. netstat -ulnp mostra:
udp        0      0 0.0.0.0:5060       0.0.0.0:*        3120/mbx3000d
mas o serviço diz stopped. Mato esse pid?`),
    no(`blz? depois que atualizei o vos pra 2.1.9 o tomcat nao inicia, porta 8080 ocupada. dei netstat -tlnp e apareceu:
tcp   0   0 0.0.0.0:8080   0.0.0.0:*   LISTEN   1876/java
tem dois java rodando pelo jeito`),
    no(`Olá, nosso técnico tentou subir um segundo softswitch de homologação na mesma máquina e ele não consegue escutar na 5060, address already in use. O primeiro tá funcionando normal.`),
    no(`ya mano, o container do painel de relatórios não arranca: "Bind for 0.0.0.0:8080 failed: port is already allocated". É no mesmo servidor do VOS em Luanda.`),
    no(`mano o mbx3000d caiu e quando tento start ele reclama bind 0.0.0.0:5060 failed: Address already in use. ps aux | grep mbx mostra um zumbi. oq faço?`),
    no(`pq o meu webmin nao sobe na 10000? diz que a porta ja esta em uso. instalei junto no servidor do vos`),
    no(`Saudações. O apache da nossa página de clientes não inicia: "Address already in use: make_sock: could not bind to address 0.0.0.0:80". Será que o tomcat do VOS também usa a 80?`),
    no(`bom dia, o agente do zabbix nao sobe no servidor do vos: "listener failed: bind() for [[-]:10050] failed: [98] Address already in use". tem outro zabbix_agentd rodando acho`),
    no(`Olá malta, depois da actualização o mbx3000d não consegue abrir a 5060 TCP: "bind failed: Address already in use". Fiz restart duas vezes seguidas, acho que ficou uma instância antiga.`),
    no(`Prezados, o serviço de gravação de chamadas (porta 9000) não inicia após a troca do HD. Mensagem: "cannot bind listening socket: Address already in use". O restante do VOS funciona.`),
    no(`boas, o programador está a correr o sistema de facturação no portátil e dá "Error: listen EADDRINUSE: address already in use :::5000". Isto tem a ver com o servidor VOS? Acho que não mas pergunto.`),
    no(`opa, o php-fpm fica falhando com "unable to bind listening socket for address '127.0.0.1:9000': Address already in use (98)". ta rodando o painel de recarga no mesmo server`),
    no(`Saudações de Maputo. O snmpd não sobe no servidor VOS: "Error opening specified endpoint udp:161", a porta já está usada. Será por causa do outro agente que instalámos?`),
    no(`tô tentando subir o freeswitch na mesma maquina do vos pra fazer ura e dá "Socket bind failed, port 5060 in use". óbvio né, o vos ja ta na 5060. qual porta vc recomenda?`),
    no(`Bom dia. O haproxy que pusemos à frente do portal não arranca: "Starting frontend web: cannot bind socket [0.0.0.0:443]". O nginx ainda está a escutar na 443, certo?`),
  ],
  otherRegistrationCause: [
    no(`galera, mudei a senha das contas sip ontem no painel e agora metade dos ramais ta unregistered. no log aparece 401 Unauthorized toda hora. esqueci de mudar nos telefones?`),
    no(`Boa tarde. Em Luanda, os telefones do cliente estão unregistered desde ontem, mas a Unitel teve avaria na fibra na zona de Talatona. Os que estão noutra rede registam normal.`),
    no(`bom dia, os gateways goip do cliente em Recife ficaram todos desregistrados depois que a operadora trocou o IP fixo dele. vcs tinham liberado por ip né?`),
    no(`mano, o cliente de porto alegre ficou sem luz a noite toda, os telefones dele tão offline no vos até agora. é só esperar voltar?`),
    no(`Epá mano, o cliente trocou o router e agora os ramais não registam. Eles usam UDP, o router novo tem SIP ALG ligado por defeito. Como desligo num router ZTE?`),
    no(`Pessoal, a conta do revendedor 1043 foi suspensa por saldo e agora os ramais dele aparecem como não registrados. Ele pagou hoje, como reativo?`),
    no(`o softphone do cliente dá "403 Forbidden" no registro desde ontem. conferi e a licença de usuários do vos ta no limite, 500 de 500. tem como aumentar?`),
    no(`Boa tarde. Os telefones Yealink do cliente no Porto deixaram de registar depois de alterarmos o nome do domínio SIP. Eles ainda apontam para o antigo voip.empresa.pt. Precisamos reprovisionar?`),
    no(`boa tarde, troquei o roteador da loja por um tp-link novo e os telefones (tudo udp 5060) pararam de registrar. acho que é o SIP ALG do roteador, como desligo?`),
    no(`Bom dia estimados. Os gateways em Maputo perderam registo porque a conta ficou sem saldo, o cliente esqueceu de carregar. Já carregou, mas continuam com 403.`),
    no(`vc pode ver pq o ramal 2201 nao registra? o tecnico do cliente digitou o dominio errado, colocou sip.vozfacil.com.br em vez de sip.vozfacil.net.br. ja corrigi mas quero confirmar`),
    no(`a internet do cliente caiu (vivo fibra fora em SP toda a zona sul) e os 40 ramais dele tao unregistered. nao é nada no vos né?`),
    no(`Saudações. A licença do VOS expirou ontem e agora nenhum gateway regista, aparece "license expired" no log. Precisamos da renovação com urgência.`),
    no(`mano, mudamos o dns do sip pra outro servidor e os telefones que usam nome em vez de ip perderam registro. TTL era 86400 kkk`),
    no(`Bom dia! Os ATAs grandstream do cliente em Recife estão desregistrando a cada 30 min. Eles usam UDP, e o log mostra que o expires tá 1800 e o ata não renova. Firmware velho?`),
    no(`ya kota, os telefones do escritório de Benguela estão offline desde o corte geral de energia. O gerador não alimenta o switch PoE. Não é nada no VOS, só informo.`),
    no(`galera, o cliente mudou de operadora de internet (saiu da NET pra Claro) e os phones pararam. ele usa UDP, e a claro bloqueia 5060 pelo jeito. alguma dica?`),
    no(`Olá, o registro do tronco do nosso cliente caiu com "Account expired". A data de validade da conta estava 31/05. Podem renovar?`),
    no(`Boas. Mudámos o IP público do servidor VOS ontem à noite (migração de datacenter) e os clientes que tinham o IP antigo configurado deixaram de registar. Há forma de avisar todos?`),
    no(`o porteiro eletronico sip do condominio perdeu registro, o sindico falou que o cabo de rede foi cortado na obra. so pra registrar aqui no grupo`),
    no(`Olá, a conta do revendedor foi bloqueada por falta de pagamento e os utilizadores dele aparecem não registados. Isto é esperado, certo? Cumprimentos.`),
    no(`pq os ramais do cliente aparecem como registrados com ip 192.168.1.x e depois caem? ele usa udp e o roteador huawei tem sip alg ligado, ja pedi pra desligar`),
    no(`Maningue obrigado pela ajuda ontem. Hoje outro problema: um cliente da Matola escreveu a password errada no ATA e está a dar 401 em loop, ficou bloqueado?`),
    no(`blz galera. o callcenter de Campinas ta com 30 PAs sem registro, 401 nas tentativas. o supervisor resetou as senhas de todos os ramais pelo portal sem avisar ninguem`),
    no(`Olá, o gateway GSM do cliente em Nampula está unregistered. Verificámos e o chip da Movitel no gateway ficou sem dados móveis. Já carregaram, voltou agora.`),
    no(`o zoiper do vendedor não registra mais, ele trocou de celular e não lembra a senha. consegue ver no vos qual é?`),
    no(`Bom dia. Trocámos o router da MEO por um da NOS e os telefones (UDP) deixaram de registar. O router novo tem SIP ALG ativo, já pedi para desativar.`),
  ],
  smallFigures: [
    no(`bom dia, é normal isso num server parado de madrugada?
Total: 412 (kernel 530)
TCP:   187 (estab 41, closed 120, orphaned 0, synrecv 0, timewait 118/0), ports 0
só pra saber se ta tudo ok`),
    no(`galera, oq exatamente é TIME_WAIT? vi 230 no netstat e fiquei preocupado`),
    no(`Boa tarde estimados. Fiz verificação de rotina em Luanda:
Total: 298
TCP: 140 (estab 52, closed 70, orphaned 0, timewait 63/0)
Está dentro do normal para 8 CPS?`),
    no(`vc pode explicar o que faz o SS_TCP_CLOSE_RESET? to lendo o manual e nao entendi bem a diferença entre On e Off`),
    no(`se a gente ligar o modo RST, os telefones dos clientes que tão atrás de NAT vão ser afetados? só pergunta, nao mudei nada ainda`),
    no(`Epá, o que é exactamente o modo RST do VOS? O chefe quer saber antes da reunião com o fornecedor.`),
    no(`mano, netstat -an | grep TIME_WAIT | wc -l deu 356. nosso pico é uns 20 cps. precisa mexer em algo?`),
    no(`Boa tarde, qual o valor padrão do net.ipv4.ip_local_port_range no centos 7? o nosso ta 32768 60999, é o padrão mesmo?`),
    no(`Bom dia. Podem explicar-me a diferença entre tcp_tw_reuse e o antigo tcp_tw_recycle? Estou a rever a configuração e quero perceber antes de mexer. Obrigado.`),
    no(`Mano, temos 1.500 canais mas só umas centenas de TIME_WAIT (uns 450). Isso é saudável? Não há queixas dos clientes.`),
    no(`tb queria saber: tcp_tw_reuse vale a pena ligar num servidor com 5 cps? ta tudo funcionando, é só curiosidade`),
    no(`pessoal, fiz o health check mensal:
TIME_WAIT: 640
ESTABLISHED: 88
CPU 12%, load 0.4
parece normal? o servidor atende uns 1.200 canais no pico`),
    no(`Bom dia. Se activarmos SS_TCP_CLOSE_RESET=On, os gateways em UDP vão notar alguma diferença? Só queremos entender.`),
    no(`qual a diferença entre FIN e RST no fechamento de conexão tcp? o cliente perguntou e eu nao soube explicar direito kkk`),
    no(`O SS_TCP_CLOSE_RESET afeta chamadas UDP? nossos gateways são tudo UDP, queria confirmar antes de mexer`),
    no(`Saudações de Maputo. netstat mostra 210 TIME_WAIT no horário de pico. Maningue pouco, não? Só confirmar que não precisamos de ajustes.`),
    no(`blz, to planejando dobrar o tráfego mês que vem (de 15 pra 30 cps). preciso me preocupar com TIME_WAIT? hoje tenho uns 800 sockets`),
    no(`oi, o ss -s mostra "timewait 95/0". isso é bom ou ruim? primeira vez que olho isso`),
    no(`ya, qual é o comando para ver quantas portas efémeras estão em uso? quero montar um painel de monitorização, não há problema nenhum agora`),
    no(`se eu ativar RST e o cliente tiver um fortigate, vai dar problema? ainda não ativamos, é pra avaliar`),
    no(`Olá, é normal ter cerca de 150 ligações em TIME_WAIT num servidor com 200 canais? Tudo a funcionar, é só verificação.`),
    no(`Olá! Onde fica o arquivo softswitch.conf no vos 2.1.6? quero só ler os parametros, não vou alterar nada`),
    no(`Boas, se o cliente tiver telefones atrás de MikroTik com NAT e usarmos TCP, o modo RST seria arriscado? É para planeamento da migração.`),
    no(`mano me tira uma dúvida: 28k de TIME_WAIT é muito? eu vi isso num forum, aqui no nosso deu só 300 e pouco`),
    no(`Olá kota, o tcp_tw_reuse está 0 no nosso servidor. É mau? O servidor está tranquilo, uns 3 CPS.`),
    no(`galera, o comando "service mbx3000d reparse" derruba chamada? quero entender antes de usar um dia`),
    no(`Boa tarde. Se passarmos o SIP para TCP, o SS_TCP_CLOSE_RESET fica em Off por defeito, correcto? Só quero confirmar antes da mudança.`),
  ],
  firewallNoRst: [
    no(`bom dia, preciso liberar o ip da nova operadora (200.187.44.10) no firewall do vos pra sinalização 5060 udp. qual comando no iptables?`),
    no(`Boa tarde mano. Precisamos abrir a porta 5060 TCP no firewall da Unitel para o novo cliente de Luanda. Eles usam FortiGate. Que regras devemos pedir?`),
    no(`galera, o fail2ban baniu o ip do nosso próprio call center de Recife, ta todo mundo sem ligar. como desbanir?`),
    no(`mano, consegue revisar minhas regras do pfsense? quero ter certeza que tá tudo certo antes de colocar em produção. mando print`),
    no(`Boa tarde. Precisamos de abrir no firewall o range RTP para o novo operador. Qual é o range por defeito do VOS3000? Obrigado.`),
    no(`Olá, como faço port forwarding da 5060 e do range rtp 10000-20000 num mikrotik pro servidor vos que fica atras dele?`),
    no(`Epá, o fail2ban bloqueou o IP do nosso escritório em Talatona depois de o técnico errar a password no SSH. Como tiro?`),
    no(`pessoal, quero bloquear tráfego sip vindo de fora do Brasil no firewall (geo block). alguem tem a lista de ranges?`),
    no(`o cliente perguntou se deve desligar o SIP ALG do fortigate dele. ele usa udp. recomendam desligar?`),
    no(`Bom dia estimados. Queremos fazer geobloqueio no pfSense para aceitar SIP só de Angola, Portugal e Brasil. É boa ideia?`),
    no(`vc pode abrir a porta 8080 no firewall pro portal web? o revendedor não consegue acessar de fora`),
    no(`bom dia, o scanner de sip (friendly-scanner) ta batendo no servidor a noite toda. como bloqueio pelo user-agent no iptables?`),
    no(`Saudações de Maputo. Podem rever a configuração do nosso MikroTik antes de ligarmos o novo tronco? Envio o export. Ainda não há tráfego.`),
    no(`Boa tarde, precisamos whitelistar os IPs da nova carrier no ASA: 177.54.10.0/24. Segue o ticket do NOC deles. As chamadas ainda nem começaram.`),
    no(`galera, o fail2ban ta banindo ip de cliente que erra senha 3x. da pra aumentar pra 10 tentativas?`),
    no(`Olá malta, o fail2ban baniu o IP do operador MEO depois de várias tentativas de INVITE sem autenticação. Como excluo esse IP para sempre?`),
    no(`ya kota, o carrier sul-africano mudou de IP e as chamadas dele são rejeitadas pelo iptables (não está na whitelist). Novo IP: 41.72.x.x. Adiciono onde?`),
    no(`mano, o firewall sophos do cliente ta bloqueando o rtp, audio mudo. as regras de 10000-20000 udp não tão criadas. qual o range certinho que o vos usa?`),
    no(`pessoal, migramos o iptables pro firewalld no centos 7. alguem tem o equivalente das regras pra 5060 tcp/udp e rtp?`),
    no(`Boas, o cliente pediu para desligar o SIP ALG no router Huawei da TVCabo. Vocês têm o passo a passo?`),
    no(`oi, a auditoria pediu pra revisar a política do fortigate que protege o vos. querem fechar tudo que não for sip/rtp/ssh. pode mandar uma lista de portas?`),
    no(`bom dia, nosso pfsense bloqueou o ip do carrier por flood (snort). já tirei da blocklist. como evito isso de novo?`),
    no(`Olá, o firewall da Sophos mostra milhares de tentativas de registo vindas da Europa de Leste. Posso bloquear esses países? Não afecta os nossos clientes moçambicanos?`),
    no(`Gente, quero limitar o SSH do servidor vos só pro ip do escritório. iptables -A INPUT -p tcp --dport 22 -s 189.x.x.x -j ACCEPT e depois drop? Tá certo?`),
    no(`Bom dia. Podem rever as regras do nosso FortiGate? Anexo a política. Queremos garantir que só SIP, RTP e HTTPS do portal passam.`),
    no(`Mano, preciso de redireccionamento de porta no router da Movitel: 5060 externa para 192.168.10.5. O cliente tem IP público fixo.`),
    no(`o cliente tem um mikrotik e quer fazer dst-nat da 5080 externa pra 5060 interna do pabx dele. funciona com o vos?`),
  ],
  negationContext: [
    no(`galera, os ramais do cliente tão unregistered mas a gente usa só UDP, e o RST nunca foi ligado. o cliente acabou de admitir que resetou o roteador de fábrica e perdeu o port forward`),
    no(`só pra fechar o chamado: o problema de TIME_WAIT que a gente teve mês passado foi resolvido com o ajuste que vcs fizeram. hoje o ss -s mostra timewait 310. valeu!`),
    no(`Boa tarde estimados. O problema de ontem não era do firewall a deitar fora os RST; o RST nem está activo, confirmámos no softswitch.conf: SS_TCP_CLOSE_RESET="Off". Era a linha da Angola Telecom em baixo.`),
    no(`bom dia, o SS_TCP_CLOSE_RESET aqui tá Off, nunca mexemos. mesmo assim o cliente diz que o telefone desregistra, mas ele confessou que mudou a senha ontem`),
    no(`encaminhando ticket antigo pro registro (resolvido em março): "address already in use nas conexões de saída, 28 mil TIME_WAIT". nada a fazer agora, só documentação.`),
    no(`Epá, só para registo: o incidente das portas esgotadas em Luanda foi em Janeiro, já está resolvido. Reencaminho o relatório antigo para arquivo.`),
    no(`mano, vlw pela força ontem. depois que vcs voltaram o fechamento pra FIN os telefones voltaram a registrar e tá tudo estável desde então. pode fechar.`),
    no(`Pessoal, o pfsense do cliente mostra drops, mas é de scan de porta, nada de RST. E nós nunca ativamos o modo RST. O cliente só quer saber se é normal.`),
    no(`Boa tarde. Para que fique registado: nunca activámos o modo RST neste servidor e continuamos com SIP em UDP. A perda de registo de hoje foi uma alteração de password feita pelo cliente.`),
    no(`nao é o caso de porta esgotada não, ta? o erro "address already in use" era do tomcat que tava duplicado, já matei o processo. só avisando pra não abrirem chamado errado`),
    no(`Mano, obrigado! Desde que voltaram o modo de fecho para normal os telefones atrás do MikroTik não caíram mais. Dois dias estáveis. Podem fechar o ticket.`),
    no(`galera, ninguem mudou nada no servidor, RST continua desligado, e os ramais caíram porque a claro teve queda geral em SP. já voltou tudo.`),
    no(`o cliente achou que era o firewall cortando RST mas não: ele usa udp só, e o problema era o saldo zerado. resolvido.`),
    no(`Saudações de Maputo. O cliente diz "address already in use", mas é o painel web dele, não o VOS, e as chamadas estão normais. Não há TIME_WAIT acumulado (uns 200).`),
    no(`só informando: o TIME_WAIT que subiu pra 3 mil ontem foi na hora do backup e voltou pra 200. as chamadas não falharam em nenhum momento. sem ação.`),
    no(`blz, respondendo vcs: não, a gente não ativou o SS_TCP_CLOSE_RESET, tá Off desde a instalação, e os telefones do cliente usam UDP. e o técnico dele já achou a causa: credencial errada no provisionamento.`),
    no(`Bom dia. Os ramais desregistraram, mas não mexemos em nada: RST está Off como sempre e eles usam UDP. O cliente depois admitiu que o router ficou sem energia.`),
    no(`Relatório pro gerente: em maio tivemos o incidente das portas esgotadas (EADDRINUSE, 30k TIME_WAIT). Corrigido com tcp_tw_reuse e RST. Desde então zero falhas. Só arquivando aqui.`),
    no(`Olá malta, reencaminho ticket antigo (resolvido em 2023): "FortiGate a descartar RST após activar SS_TCP_CLOSE_RESET". Só para a base de conhecimento.`),
    no(`mano esquece o que eu falei de manhã, não era o fortigate dropando rst. era o cabo do link que tava ruim. trocaram e tá tudo ok`),
    no(`ya kota, esquece o alerta de ontem: o TIME_WAIT estava em 25 mil porque o script de monitoria estava a abrir ligações em loop. Matei o script e está em 300. As chamadas não foram afectadas.`),
    no(`obrigado galera! depois do ajuste o ss -s mostra timewait 420 no pico, antes era 27k. chamadas 100%.`),
    no(`o tecnico do cliente ficou falando de "NAT" e "RST" mas nao tem nada a ver: os telefones desregistraram porque ele trocou o IP do servidor no provisionamento. já arrumei.`),
    no(`Olá, reencaminho a mensagem do cliente só para conhecimento: "firewall a bloquear RST" — mas isso foi no mês passado e já foi corrigido com a regra de allow. Nada a fazer.`),
    no(`Olá, sobre o chamado 4471 (telefones desregistrando após RST): revertemos semana passada, tudo normal desde então. Podem encerrar.`),
    no(`Maningue obrigado pessoal. Depois da correcção, 0 erros de bind e TIME_WAIT abaixo de mil no pico. Tudo fixe aqui em Maputo.`),
    no(`Obrigado pela ajuda. Desde a reversão de ontem, nenhuma chamada caiu e o ASA já não mostra drops. Podem fechar o pedido.`),
  ],
  portExhaustion: [
    pe(`galera socorro, no horario de pico (umas 18h) as chamadas começam a falhar e no log do vos aparece "cannot assign requested address" nas conexões de saída pro carrier. ss -s:
TCP:   29876 (estab 812, closed 28790, orphaned 3, synrecv 0, timewait 28712/0), ports 0
isso é normal??`),
    pe(`mano, todo dia entre 10h e 12h o servidor para de abrir conexões tcp novas. netstat mostra uns 28 mil TIME_WAIT. depois do almoço normaliza`),
    pe(`Boa tarde estimados. Em Luanda, nas horas de ponta, o VOS deixa de abrir novas ligações TCP para os operadores. netstat conta mais de 28 mil TIME_WAIT. Fora da ponta está tudo normal.`),
    pe(`Bom dia, nosso VOS3000 trafega uns 180 CPS em tcp pros fornecedores e no pico dá "Address already in use" nas conexões de saída. O ip_local_port_range tá padrão 32768-60999.`),
    pe(`pq no pico o vos começa a logar connect() failed: EADDRINUSE pra todos os gateways tcp? fora do pico tá normal. tenho uns 30k de time_wait quando acontece`),
    pe(`Epá mano, está a dar "cannot assign requested address" nas chamadas de saída no pico da noite. ss -s mostra timewait 30112/0. Os clientes estão a reclamar bué.`),
    pe(`blz galera, aqui o call center de Recife: toda segunda de manhã (pico de discagem, uns 250 cps) as ligações caem em massa. o ti achou isso:
$ netstat -ant | awk '{print $6}' | sort | uniq -c
  31245 TIME_WAIT
    904 ESTABLISHED
     12 LISTEN`),
    pe(`Boa tarde. Nas horas de ponta o VOS3000 deixa de conseguir estabelecer ligações TCP de saída: "Cannot assign requested address". ss -s indica cerca de 28.000 em TIME_WAIT. Podem ajudar?`),
    pe(`oi, o discador preditivo manda muita chamada em tcp e no pico o vos para de conseguir abrir conexão pro carrier. erro: "bind: cannot assign requested address". tem algum ajuste?`),
    pe(`Bom dia. Maputo aqui. Entre as 17h e as 20h as chamadas TCP falham e o log mostra EADDRINUSE ao ligar aos gateways. Temos uns 27k sockets em TIME_WAIT nessa altura.`),
    pe(`mano o servidor tá esgotando porta. ss -s: timewait 27.900. chamadas falhando só no pico da noite.`),
    pe(`Prezados, desde que aumentamos o volume (agora 200 CPS no pico), o servidor começa a rejeitar chamadas TCP de saída. Log:
2024-06-11 18:02:14 tcp connect to 200.x.x.x:5060 failed: Cannot assign requested address
Nenhum erro fora do horário de pico.`),
    pe(`Saudações. Colo o output do pico:
Total: 30455
TCP: 29980 (estab 702, closed 29190, timewait 29102/0)
As chamadas para o carrier sul-africano estão a falhar neste momento.`),
    pe(`galera, tem alguma coisa esgotando as portas efemeras. no pico não conecta mais tcp nenhum, 28k em time_wait, depois cai pra 2k e volta ao normal`),
    pe(`vc consegue ver? nas horas de pico tá dando "address already in use" em todas as conexões de saída do vos pros fornecedores sip tcp. nao é nenhum serviço escutando, é o outbound`),
    pe(`ya kota, o servidor fica sem portas efémeras na hora de ponta. Erro "Address already in use" em todas as ligações de saída, não é serviço a arrancar. Já passámos dos 200 CPS.`),
    pe(`bom dia pessoal. pico de ontem:
Total: 33012 (kernel 33490)
TCP:   32410 (estab 1011, closed 31320, orphaned 0, synrecv 0, timewait 31298/0), ports 0
e as chamadas pro carrier começaram a dar 503 local. hoje vai repetir, alguma ideia?`),
    pe(`Olá malta, temos um problema de esgotamento de portas: às 18h o servidor chega aos 30k TIME_WAIT e as chamadas começam a falhar. O tcp_tw_reuse está a 0.`),
    pe(`o revendedor tá reclamando que das 19h às 21h metade das chamadas dele não completa. olhei o servidor e tem 29 mil sockets em TIME_WAIT e o log cheio de EADDRINUSE. isso tem solução?`),
    pe(`Mano, é maningue TIME_WAIT: 31 mil agora às 19h, e nenhuma chamada nova passa em TCP. Às 22h volta ao normal. Isto repete todos os dias.`),
    pe(`mano, é o mesmo problema de porta da semana passada mas agora pior: 30k time_wait e ninguem consegue ligar no pico. urgente!!`),
    pe(`pessoal, temos 4 carriers em TCP e um volume de uns 220 cps. Todo final de tarde o vos não consegue mais abrir sockets novos. dmesg não mostra nada, mas netstat conta 28.400 TIME_WAIT.`),
    pe(`Boas. A campanha da operadora começou hoje e o VOS não aguenta: no pico não consegue criar ligações TCP novas, "bind: Cannot assign requested address". O range de portas está o padrão.`),
    pe(`Bom dia! Depois da campanha nova o pico dobrou e agora o log do mbx3000 enche de "bind failed: Cannot assign requested address" nas conexões de saída, só no pico. ss conta uns 27k TIME_WAIT.`),
    pe(`tô vendo uns 28k de TIME_WAIT de novo hoje e as chamadas tão falhando de novo no horário comercial. o port range tá 32768 60999 e tw_reuse 0.`),
    pe(`Olá estimados. netstat -ant | grep -c TIME_WAIT → 28.650 no pico. Ao mesmo tempo as chamadas falham com erro de bind. Como aumentamos as portas disponíveis?`),
    pe(`galera do noc, alerta: servidor sp-vos-02 sem portas livres. "cannot assign requested address" em loop, 29.5k TIME_WAIT, 190 cps. chamadas tcp falhando agora.`),
    pe(`Bom dia kota. Em Benguela o servidor secundário está a recusar chamadas no pico: "connect failed: Address already in use (EADDRINUSE)" para os troncos TCP. Uns 29k TIME_WAIT.`),
    pe(`pq quando a gente passa de uns 150 cps o vos simplesmente para de fazer conexão tcp nova? o log diz EADDRINUSE e o netstat tá lotado de TIME_WAIT (contei 26 mil)`),
    pe(`Bom dia. Desde que o tráfego subiu para 170 CPS, todos os dias no pico aparecem erros EADDRINUSE nas ligações de saída e as chamadas não completam. Segue o ss -s: timewait 27431/0.`),
  ],
  natUnregistered: [
    nat(`galera, desde que vcs ligaram o SS_TCP_CLOSE_RESET ontem os ramais dos clientes que tão atrás de roteador (NAT) em TCP ficam caindo o registro. os que tem ip publico tão ok`),
    nat(`Boa tarde estimados. Desde que activaram o modo RST no VOS, os telefones dos clientes em Luanda que estão atrás de router com NAT (SIP TCP) perdem o registo várias vezes por hora.`),
    nat(`mano, depois da mudança de ontem (aquele modo RST) os telefones dos home office tão todos unregistered. todos usam tcp, atrás do roteador de casa.`),
    nat(`Bom dia, após ativarmos o modo RST para resolver o TIME_WAIT, os softphones dos operadores em home office (Zoiper em TCP, atrás de NAT) perdem registro a cada poucos minutos.`),
    nat(`Epá mano, depois da mudança de ontem no softswitch.conf (SS_TCP_CLOSE_RESET=On) os ramais atrás do MikroTik do cliente ficam unregistered. Usam TCP. Antes estava tudo fixe.`),
    nat(`pq os yealink do cliente atrás do mikrotik ficam desregistrando desde que mudaram o close mode pra RST? usam sip tcp 5060. antes funcionava perfeito`),
    nat(`Boa tarde. Desde que activámos o modo RST no softswitch, os telefones dos clientes atrás de NAT (routers domésticos, SIP sobre TCP) perdem o registo constantemente.`),
    nat(`oi pessoal, ativamos SS_TCP_CLOSE_RESET=On semana passada e desde então o escritório de Porto Alegre (NAT, tcp) fica com os ramais offline várias vezes ao dia.`),
    nat(`Bom dia. Maputo aqui. Desde segunda, quando se ligou o RST, os ATAs atrás de NAT em TCP deixam de estar registados e voltam passado um bocado. Os que têm IP público não têm problema.`),
    nat(`vc sabe se tem relação? desde que ligaram o RST no vos, os ATAs dos clientes residenciais (atrás de modem da vivo, tcp) aparecem como não registrados no painel. os de ip fixo estão ok.`),
    nat(`galera do noc, depois da janela de ontem à noite (SS_TCP_CLOSE_RESET="On" + reparse) uns 300 ramais atrás de NAT sumiram do registro. todos em TCP. urgente`),
    nat(`ya kota, os softphones dos agentes em casa (routers da ZAP Fibra, NAT) estão a perder o registo desde que mudaram o fecho das ligações para RST. Tudo em SIP TCP.`),
    nat(`mano, o cliente de Recife diz que desde terça os telefones dele perdem registro direto. terça foi o dia que vcs trocaram o fechamento tcp pra reset. ele tá atrás de nat, tcp`),
    nat(`Bom dia. Segue o grep:
/home/kunshi/mbx3000/etc/softswitch.conf:SS_TCP_CLOSE_RESET="On"   (alterado 12/06)
Desde 12/06 os ramais atrás de NAT (TCP) registram e caem em seguida, ciclo de uns 2 min. Os de IP público ok.`),
    nat(`Saudações. Após a activação do SS_TCP_CLOSE_RESET, os terminais do cliente da Matola atrás de NAT (TCP 5060) aparecem offline no painel. Podemos reverter?`),
    nat(`depois que mudaram o vos pra fechar conexão com RST os microsip dos agentes em casa ficam "registration failed" toda hora. é sip tcp, roteador comum de casa`),
    nat(`blz galera? desde a mudança do modo de fechamento os grandstream dos clientes atrás de NAT ficam unregistered e voltam sozinhos, intermitente. tudo tcp. rollback?`),
    nat(`Olá malta, depois da alteração de ontem (SS_TCP_CLOSE_RESET passou a On) os softphones em teletrabalho, todos atrás de NAT e em TCP, aparecem como não registados.`),
    nat(`Mano, é maningue ramal a cair desde a vossa alteração de ontem ao modo de fecho TCP. São todos os que estão atrás de NAT, em TCP. Os de IP fixo estão normais.`),
    nat(`Pessoal, ontem ligaram o RST pra resolver o problema de portas e hoje o callcenter de Campinas (atrás de NAT do link da Claro, TCP) tá com metade das PAs desregistradas.`),
    nat(`mano, os telefones do escritório (NAT feito no fortigate, que não loga drop nenhum) perdem registro desde que ligaram SS_TCP_CLOSE_RESET. usamos tcp pq a operadora bloqueia udp.`),
    nat(`Boas. Ligámos o RST para o problema do TIME_WAIT, e agora os telefones do escritório de Benguela (atrás de NAT, SIP sobre TCP) não ficam registados mais de 5 minutos.`),
    nat(`desde o ajuste de RST de sexta, os zoipers dos vendedores externos (4G, atrás de CGNAT, TCP) ficam desregistrando. os do escritório com IP fixo tão ok.`),
    nat(`Olá, trocamos o SS_TCP_CLOSE_RESET pra On há 3 dias. Desde então o painel mostra os ramais dos clientes residenciais (NAT) como offline/unregistered em picos. Todos configurados em TCP.`),
    nat(`Olá estimados. Os Yealink em Talatona estão unregistered desde a activação do modo RST na quinta. Estão atrás de um router com NAT e usam TCP. Precisamos de ajuda hoje.`),
    nat(`galera, confirma pra mim: desde que ativamos o modo RST os phones atrás de nat em tcp perdem o registro. revertendo resolve? ta um caos aqui`),
    nat(`Bom dia. Os telefones Yealink do escritório de Lisboa estão atrás de NAT e usam TCP. Desde a mudança para fecho por RST deixam de estar registados várias vezes ao dia.`),
    nat(`bom dia, o cliente de SP mandou print do telefone: "Não registrado". Ele fica atrás de um roteador TP-Link com NAT, conta SIP em TCP. Começou exatamente depois da alteração pra RST que fizemos ontem.`),
    nat(`Bom dia kota. Desde que o SS_TCP_CLOSE_RESET ficou On, os gateways dos revendedores (atrás de NAT, TCP) perdem o registo de forma intermitente. Luanda e Lubango.`),
    nat(`mano, a revenda de Porto Alegre diz que todos os clientes dela atrás de NAT estão com ramais caindo desde anteontem. anteontem foi quando colocamos SS_TCP_CLOSE_RESET On. eles usam tcp.`),
  ],
  firewallRst: [
    fw(`galera, depois que ligaram o modo RST ontem as chamadas pelo fortigate do cliente ficam travadas e caem. no log do forti aparece "no session matched" pra pacotes TCP com flag R vindos do vos.`),
    fw(`Boa tarde estimados. Desde que activaram o modo RST, o FortiGate do cliente em Luanda descarta os pacotes RST ("no session matched") e as chamadas ficam penduradas e caem.`),
    fw(`mano, desde o SS_TCP_CLOSE_RESET=On as chamadas que passam pelo ASA caem. show log:
%ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 187.x.x.x/41822 flags RST on interface outside`),
    fw(`Bom dia, após ativarmos o RST, o pfSense do cliente começou a bloquear pacotes. Logs: "Block ... TCP:R" na regra default deny. As chamadas estão falhando.`),
    fw(`Epá mano, o ASA do operador está a bloquear os RST do VOS: "Deny TCP (no connection) ... flags RST". Começou depois do SS_TCP_CLOSE_RESET=On. Chamadas a falhar.`),
    fw(`pq depois da mudança de ontem (modo RST) as chamadas em tcp ficam penduradas e o iptables do cliente mostra INVALID drop? conntrack -S mostra invalid subindo sem parar`),
    fw(`Boa tarde. Desde que activámos o SS_TCP_CLOSE_RESET, o FortiGate do cliente descarta os pacotes RST ("no session matched") e as chamadas ficam penduradas.`),
    fw(`galera noc, urgente: desde a janela de ontem (RST ligado) o firewall sophos do carrier tá dropando nossos pacotes RST, "out of state". chamadas caindo em massa.`),
    fw(`Bom dia. Maputo aqui. O pfSense do cliente mostra bloqueios "TCP:R" vindos da 5060 do VOS desde a mudança para RST e as chamadas não completam.`),
    fw(`vc pode ajudar? o cliente tem um fortigate e desde que vcs mudaram o fechamento pra RST as chamadas ficam mudas e caem. diag debug flow: "no session matched". antes era FIN e funcionava`),
    fw(`olha isso no log do iptables do cliente:
kernel: INVALID DROP IN=eth0 OUT= SRC=45.x.x.x DST=10.1.1.20 PROTO=TCP SPT=5060 DPT=39012 RST
começou depois do SS_TCP_CLOSE_RESET. as chamadas não completam.`),
    fw(`ya kota, o iptables do cliente está a deitar fora os RST como INVALID desde ontem, quando ligaram o modo RST. As chamadas ficam presas.`),
    fw(`mano, o mikrotik do cliente ta dropando os RST do vos (connection-state=invalid action=drop). desde o modo RST as chamadas dele caem no meio.`),
    fw(`Prezados, desde a alteração do close mode para RST, chamadas via o ASA 5516 do cliente falham. O ASA registra "TCP packet out of state" e "Deny TCP (no connection)". Favor verificar.`),
    fw(`Saudações. Após a activação do SS_TCP_CLOSE_RESET, o Sophos do cliente na Matola regista "out of state" para os pacotes RST e as chamadas caem a meio.`),
    fw(`blz? o pfsense do revendedor de Recife mostra uma enxurrada de bloqueios TCP:R da porta 5060 do vos desde que ligamos o RST. As chamadas dele não completam mais.`),
    fw(`Olá malta, o ASA do cliente está a registar "Deny TCP (no connection) flags RST" desde a mudança para modo RST, e as chamadas TCP falham. Revertemos?`),
    fw(`galera, desde ontem as chamadas do cliente de SP ficam pendendo depois do atendimento e caem em 30s. ele tem fortinet, e o log tá cheio de "no session matched" pro ip do vos. ontem foi quando ligamos o SS_TCP_CLOSE_RESET.`),
    fw(`Mano, o MikroTik do cliente tem regra de drop invalid e desde a mudança para RST as chamadas falham maningue. No log aparece drop TCP flags R do IP do VOS.`),
    fw(`o firewall do datacenter (palo alto) tá descartando os pacotes RST do vos como "out of state" desde que ativamos o modo RST. chamadas tcp falhando.`),
    fw(`mano, depois da mudança pro modo reset as ligações do callcenter que passam pelo sophos XG ficam presas. o log do sophos mostra "Invalid TCP state" pros RST vindos do servidor.`),
    fw(`Boas. Depois da mudança de ontem no modo de fecho, as chamadas via o firewall stateful do banco (Cisco ASA) falham. O ASA marca os RST como out of state e descarta.`),
    fw(`Bom dia galera, segue log do firewall do cliente (iptables/conntrack):
nf_conntrack: invalid packet ... TCP flags=R
Drop INVALID dpt 5060
isso começou depois do SS_TCP_CLOSE_RESET=On e as chamadas caem.`),
    fw(`Bom dia. O pfSense do escritório do Porto bloqueia os RST vindos do VOS desde ontem (alteração do modo de fecho). As chamadas caem ao fim de poucos segundos.`),
    fw(`oi pessoal, desde que ligaram o RST as chamadas via fortigate 100F falham no setup. o cliente rodou diag debug e viu "reason: no session matched" em todos os RST. podem reverter?`),
    fw(`Olá estimados. O FortiGate da Unitel está a descartar os RST do nosso VOS (no session matched) desde a activação do modo RST. As chamadas do tronco TCP ficam a tocar e caem.`),
    fw(`galera, o NOC do carrier mandou email: o ASA deles tá dropando nossos RST ("Deny TCP (no connection) ... flags RST") desde ontem e as chamadas da rota tcp tão caindo. ontem foi o dia que ativamos o modo RST`),
    fw(`mano, desde a alteração de ontem as chamadas pelo pfsense ficam mudas e depois derrubam. firewall log: "TCP:RA" bloqueado na default deny. antes do RST tava ok`),
    fw(`Bom dia kota. Colo o log do firewall do cliente:
srcip=41.223.x.x srcport=5060 dstip=10.20.1.5 proto=6 tcpflags=RST action=deny msg="no session matched"
Desde ontem, com o RST ligado. Chamadas a falhar.`),
    fw(`desde o RST on, o cliente de Porto Alegre (mikrotik com filter connection-state=invalid drop) tá com chamadas falhando e travando. tem algum ajuste no mikrotik ou reverte no vos?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning181Set: readonly EvalItem[] = Object.values(tuning181Families).flat();
