import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Messages from VOS3000 operators, resellers and NOC engineers writing Portuguese on WhatsApp from Brazil (every
 * region, with vc, tb, pq, mano, pfv, kkk, oxe, visse, bah tchê), Portugal, Angola (kota, bué, maka), Mozambique,
 * Cape Verde, Guinea-Bissau, São Tomé, Timor-Leste and Macau, from formal ("Exmos. Senhores", "Cumprimentos") to
 * very informal, some mixed with Cape Verdean or Guinean Kriol, Tetum or Cantonese, all with English technical
 * words; figures written as 30 mil, 28.000, 28 000, 30k or trinta mil. One-liners, voice-note transcripts, forwards
 * from resellers and night shifts, pasted netstat/ss/tcpdump/iptables/conntrack/ASA/FortiGate/pfSense and softswitch
 * log lines, typos and slang.
 *
 * The two-hundred-and-fifty-ninth tuning split, written as the two-hundred-and-fifty-ninth never-tuned evaluation set
 * because Portuguese carries VOS3000 traffic from Brazil's resellers to the operators of Africa and Asia, each
 * country writing it its own way and mixing it with its own languages, in fresh hands again. Five negative families
 * of 27 (one service that cannot bind its own port, registration lost for another reason, small figures and
 * questions, firewall work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written before the
 * eighty-fifth round of rules by someone who had read only the playbooks' symptoms and the domain notes, without the
 * matcher, its rules or the other sets in view; measured as such before and after the eighty-fifth and the
 * eighty-sixth round, then made tuning material for the eighty-seventh: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 100 %, negatives confident 1.5 %, confident wrong 0 % with the
 * rules of the eighty-fourth round, before the eighty-fifth.
 * After the eighty-fifth round: the same.
 * After the eighty-sixth round: the same.
 */
export const tuning259Families = {
  oneListeningPort: [
    no(`mano o apache do servidor VOS não sobe de jeito nenhum, dá "(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80". acho q tem um nginx rodando junto, como vejo qual é?`),
    no(`Bom dia. O Tomcat do portal web do VOS3000 não arranca depois do reboot: "java.net.BindException: Address already in use (Bind failed)" na 8080. Parece que há outro processo java agarrado à porta. Como descubro qual é?`),
    no(`Boa tarde mano, o mysql do servidor de billing aqui em Luanda não arranca, diz "Can't start server: Bind on TCP/IP port: Address already in use" na 3306. Ficou um mysqld velho pendurado?`),
    no(`off topic: no meu notebook o vite não sobe, "Error: listen EADDRINUSE: address already in use 127.0.0.1:5173". sabem como matar o processo q ta segurando a porta no windows? kkk`),
    no(`docker compose up → "Error starting userland proxy: listen tcp4 0.0.0.0:3306: bind: address already in use". é o container do relatório, o mysql nativo do host já tá na 3306 né`),
    no(`Mudei a porta do ssh para 2200 no sshd_config e ao reiniciar: "error: Bind to port 2200 on 0.0.0.0 failed: Address already in use." ss -ltnp mostra que é o webmin que está nessa porta. Mudo o ssh para outra?`),
    no(`Saudações de Maputo. Instalámos um segundo mbx3000 de teste na mesma máquina e ele diz "bind 0.0.0.0:5060 failed: Address already in use". O de produção continua a correr. É esperado, não é?`),
    no(`Bom dia, servidor web di VOS ka ta arranka, log ta fla "Address already in use" na porta 80. N ta pensa ma é un httpd antigu ki inda sta ta kori. Kuma ki N ta faze?`),
    no(`Bom dia irmon, nginx ka misti arranka na servidor, i fala "bind() to 0.0.0.0:443 failed (98: Address already in use)". Apache di painel ku sta na 443. Kal ku n na para?`),
    no(`Bondia, servidor radius ne'e la bele start: "Failed binding to auth address * port 1812 ... Address already in use". Iha freeradius tuan ida mak sei halai. Oinsá atu hapara? Obrigadu barak.`),
    no(`Olá, na máquina de reporting em Macau o grafana não inicia: "listen tcp 0.0.0.0:3000: bind: address already in use". 唔該, alguém sabe ver qual processo está na 3000?`),
    no(`Bom dia, aqui de São Tomé. O Webmin não arranca: "Failed to bind to port 10000: Address already in use". Instalaram o Usermin com a mesma porta por engano. Qual mudo?`),
    no(`oxe, o mongod da maquina de relatorio nao sobe: "Failed to set up listener: SocketException: Address already in use" na 27017. o estagiário subiu outro mongo num screen, visse`),
    no(`pfv me ajuda, postgres nao inicia: "could not bind IPv4 address "0.0.0.0": Address already in use ... Is another postmaster already running on port 5432?" é do sistema de recarga, nao do VOS`),
    no(`O Elasticsearch do stack de logs não sobe: "BindTransportException: Failed to bind to [9300]" address already in use. Tem um segundo nó rodando na mesma VM pelo jeito. Só esse serviço afetado.`),
    no(`Gente, o técnico anterior deixou um asterisk instalado no servidor e agora o mbx3000 não consegue fazer bind na 5060 dele, "address already in use". lsof -i :5060 mostra asterisk. posso desinstalar?`),
    no(`no pc da recepção o MicroSIP diz que a porta 5060 já está em uso, é pq o X-Lite tb tá aberto né? fecho um deles?`),
    no(`Depois de parar o serviço web do VOS o java fica zombie e no start seguinte: "Address already in use: JVM_Bind" na 8080. Sempre a mesma porta, uma só. Tenho de fazer kill -9 sempre?`),
    no(`A API de recargas que o nosso dev fez em Node rebenta ao iniciar: EADDRINUSE :::9000. Ficou um pm2 antigo com a mesma app? Como verifico isso?`),
    no(`haproxy da filial nao arranca: "Starting frontend web: cannot bind socket [0.0.0.0:80]". o httpd do painel ficou ativo depois da migração. só este serviço, o VOS está bem`),
    no(`dnsmasq não arranca no servidor novo: "failed to create listening socket for port 53: Address already in use". O systemd-resolved já está na 53, certo? Desativo qual?`),
    no(`Exmos. Senhores, após a actualização do sistema o serviço HTTPS do portal de clientes não inicia, com a mensagem "Address already in use" na porta 443. Verificámos que um httpd da instalação anterior continua activo. Agradecemos orientação. Cumprimentos.`),
    no(`o openvpn do acesso remoto nao sobe: "TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use". tinha outra instância server2.conf com a mesma porta kkk`),
    no(`Copiei a pasta do portal web do VOS para testar uma versão nova e iniciei as duas; a segunda diz "Address already in use" na 8080. Devo alterar a porta no server.xml da cópia?`),
    no(`node_exporter: "listen tcp :9100: bind: address already in use" — tinha um antigo em /usr/local/bin via systemd e instalei outro pelo yum. Como removo o velho?`),
    no(`nginx -t dá ok, mas systemctl start nginx falha com "bind() to 0.0.0.0:80 failed (98: Address already in use)" cinco vezes e depois "still could not bind()". é o httpd do painel né?`),
    no(`Mano o Uptime Kuma no docker não levanta, "Bind for 0.0.0.0:3001 failed: port is already allocated". Ficou container antigo parado? como limpo isso`),
  ],
  otherRegistrationCause: [
    no(`bom dia, 20 ramais da filial de Recife tão unregistered desde cedo. log mostra 401 Unauthorized em loop: o cliente digitou a senha nova com 0 (zero) no lugar do O nos aparelhos. confere?`),
    no(`Os telefones da loja do Porto estão todos offline — cortaram a luz no centro comercial e o switch PoE está desligado. Quando voltar a energia voltam a registar sozinhos?`),
    no(`Os IP phones da agência do Lobito não registam desde ontem, a internet caiu lá, nem ping para o gateway do router. Estão à espera do técnico da operadora.`),
    no(`Todos os ramais do cliente deixaram de registar depois de mudarmos o domínio SIP de sip.example.com para voz.example.net. Os telefones ainda apontam ao nome antigo. Preciso reprovisionar um a um?`),
    no(`VOS mostra "license expired" e nenhum terminal consegue registrar desde 00h. A licença venceu ontem, já pedi renovação ao fornecedor. tem como liberar temporário?`),
    no(`o ip do escritório do cliente (203.0.113.45) caiu no fail2ban depois de várias tentativas com senha errada e agora nenhum telefone dele registra. como tiro o ban?`),
    no(`Os Grandstream da sala 2 ficaram com IP 169.254.x.x, o servidor DHCP do cliente parou. Sem IP, sem registo. Reinicio o DHCP e pronto?`),
    no(`Trocaram o roteador do cliente (saiu um TP-Link, entrou um MikroTik) e os telefones pararam de registrar. Detalhe: tudo em UDP 5060, nada de TCP, e RST a gente nunca ligou. Deve ser o port forward do mikrotik novo né?`),
    no(`Telefones da loja registam e caem sem parar só na rede com o router da operadora que tem SIP ALG ligado (não dá pra desligar pelo painel). Transporte UDP. Noutra rede funcionam perfeitamente.`),
    no(`cliente diz q o 11º ramal não registra, os 10 primeiros ok. acho que é o limite de registros da conta no VOS, onde aumento isso?`),
    no(`A conta do revendedor "telecomx" expirou dia 30 (validade da conta no VOS), os gateways dele levam 403 no REGISTER. Ele já pagou, como reativo?`),
    no(`Migrámos o VOS para um IP novo, 198.51.100.20, e os ATAs do cliente continuam a tentar registar no 198.51.100.7 antigo. Tem de ser mudado aparelho a aparelho?`),
    no(`Bon dia, telefones na Praia ka sta ta rejista desde onti, internet kai na zona tudu. Ka é problema di servidor, sô pa nhos sabe.`),
    no(`Bondia, telefone sira iha escritório Dili la rejista. Ami troka password iha portal ohin dadeer maibé seidauk troka iha telefone. Ne'e mak problema, loos ka lae?`),
    no(`Olá, os telefones do hotel em Macau deixaram de registar depois de a equipa de TI mudar a VLAN de voz. Os telefones não recebem IP na VLAN nova. 麻煩 ajudem.`),
    no(`Bom dia mano, energia kai na Bissau desde onti noti, jerador ka tene gasóleo, telefones tudu apagadu. Kantu energia bin, es ta rejista sozinhu?`),
    no(`Os novos Yealink T31 vieram com o auth ID errado no template de provisionamento (pusemos o ramal no lugar do utilizador). Todos dão 403. Já corrigi o template, preciso reiniciar os aparelhos?`),
    no(`Os softphones que usam TLS deixaram de registar hoje: o certificado do servidor expirou ontem à meia-noite, o Zoiper mostra "certificate has expired". Renovo com o mesmo CN?`),
    no(`Gateway GoIP não registrava, REGISTER dando 408 timeout; descobri que o cabo de rede dele tava solto no rack kkkk já voltou, só registrando aqui`),
    no(`Cliente configurou o trunk do Issabel com a porta 5080 em vez de 5060, por isso não registra. Pedi para corrigir mas ele jura que "sempre foi assim". Confirmam que o nosso VOS escuta na 5060?`),
    no(`painho do céu, os ramais da loja de Fortaleza tudo offline. fui ver: o cliente não pagou a internet e a operadora cortou. nada a ver com nóis né`),
    no(`os terminais do cliente registam e logo são desregistados com "account suspended - insufficient balance". Cliente pré-pago sem saldo. Recarrego e volta?`),
    no(`Os telefones usam sip.example.com e o registo A desse nome foi apagado sem querer no painel de DNS. NXDOMAIN nos telefones. Já recriei, quanto tempo até voltarem?`),
    no(`Mudou o IP fixo do cliente (trocou de operadora) e no VOS o gateway dele está com autenticação por IP 203.0.113.10. Agora chega do 203.0.113.88 e é rejeitado. Só trocar o IP no mapping gateway?`),
    no(`Depois da atualização automática de firmware, 12 Fanvil ficaram "Registration failed" e voltaram às configs de fábrica, sem usuário nem senha. Faço downgrade ou reprovisiono?`),
    no(`O VOS pôs o IP do PBX do cliente na lista negra por excesso de REGISTER (um script dele com erro mandava 50 por segundo). Já corrigiram o script. Onde tiro o IP da lista?`),
    no(`Boa tarde. Informo que os telefones da delegação de Coimbra estão sem registo porque o router novo da operadora bloqueia todo o tráfego de saída para a porta 5060 UDP. Já abrimos pedido na operadora. Apenas para conhecimento.`),
  ],
  smallFigures: [
    no(`ss -s aqui mostra "TCP: 412 (estab 85, closed 290, orphaned 0, timewait 288)". é normal pra um servidor com pouco tráfego de madrugada?`),
    no(`O que é exatamente o estado TIME_WAIT? Estou a estudar para uma entrevista de NOC e não percebi porque fica ali 60 segundos.`),
    no(`netstat conta 173 TIME_WAIT, servidor calmo, nenhuma reclamação. só curiosidade se devo mexer em algo`),
    no(`Qual a diferença entre tcp_tw_reuse e tcp_tw_recycle? Li que o recycle foi removido no kernel 4.12. Pergunta teórica, não temos problema nenhum.`),
    no(`Bom dia, health check mensal de Luanda: 350 sockets em TIME_WAIT, 40 ESTABLISHED, load 0.3. Está tudo dentro do normal, kota?`),
    no(`ip_local_port_range aqui está 32768 60999. Isso é o default do CentOS? por curiosidade, quantas portas isso dá?`),
    no(`300 TIME_WAIT é muito? pergunta de iniciante kkk`),
    no(`Para o curso interno de VoIP: alguém explica em duas linhas porque o lado que fecha a ligação é que fica em TIME_WAIT e o outro não?`),
    no(`Relatório semanal de Maputo: pico de 45 CPS ontem, TIME_WAIT máximo 620, zero falhas de chamada. Só a arquivar aqui para o histórico.`),
    no(`Bondia, hau hakarak husu: TIME_WAIT 150 iha servidor, ne'e normal ka lae? Chamada sira hotu la'o di'ak.`),
    no(`Pergunta rápida: se tenho 28 000 portas efémeras e no pico uso umas 500, tenho folga de quanto? 謝謝`),
    no(`N kre sabe kusé ki é SS_TCP_CLOSE_RESET, N odja-l na softswitch.conf. Ka ten problema nenhun, é sô kuriozidadi.`),
    no(`Qual comando vcs usam pra contar TIME_WAIT no CentOS 6 que não tem ss? netstat -ant | grep -c TIME_WAIT serve?`),
    no(`Monitoramento: o zabbix pegou 980 em TIME_WAIT às 19h e caiu pra 200 às 20h. Tudo funcionando. Coloco alerta a partir de quanto?`),
    no(`Estou a preparar um slide sobre o ciclo de vida TCP (SYN_SENT, ESTABLISHED, FIN_WAIT_2, TIME_WAIT, CLOSED). Têm algum diagrama que usem nas formações?`),
    no(`netstat -s mostra "45 connections reset due to unexpected data". Isso é preocupante num servidor com 20 chamadas simultâneas e tudo a funcionar?`),
    no(`quantos CPS um VOS3000 aguenta antes de precisar mexer em TIME_WAIT? hoje estamos com 8 CPS, só planejando o crescimento do ano que vem`),
    no(`Entrevista amanhã e podem me perguntar "o que causa Cannot assign requested address?". qual seria uma boa resposta curta?`),
    no(`ss -tan state time-wait | wc -l → 91. tá de boa né?`),
    no(`Kota, checklist de instalação nova: tw_reuse=0, port range default, 60 TIME_WAIT, ainda sem tráfego. Antes de entrar em produção recomendas mudar alguma coisa?`),
    no(`o que significa o "orphaned" no ss -s? aqui está 0, e timewait 212, tudo rodando liso`),
    no(`Duzentos e poucos TIME_WAIT no servidor de teste, com 3 chamadas. Isso é por causa dos REGISTER do softphone?`),
    no(`meu professor disse que TIME_WAIT dura 2*MSL. no linux é fixo em 60s mesmo? dá pra mudar sem recompilar kernel?`),
    no(`Fim de turno: CPU 12%, 33 chamadas ativas, 410 TIME_WAIT, nenhuma queixa. Passo o plantão tranquilo.`),
    no(`Bom dia, N misti sibi kuma ku N pudi odja kantidadi di konexon TCP na servidor. Nada ka sta mal, sô pa N prende.`),
    no(`Bom dia. Para o relatório da auditoria pediram o valor de net.ipv4.tcp_fin_timeout e de ip_local_port_range. Onde vejo isso? Está tudo a funcionar.`),
    no(`Por que o netstat do meu PC mostra uns 40 TIME_WAIT só com o navegador aberto? é vírus? kkk`),
  ],
  firewallNoRst: [
    no(`preciso liberar a 5060 UDP e as RTP 10000-20000 no iptables do servidor novo, qual regra vcs recomendam?`),
    no(`Whitelist por favor: o IP do novo fornecedor 198.51.100.33 tem de passar no firewall do VOS para SIP. Como adiciono no iptables sem derrubar o resto?`),
    no(`O fail2ban baniu o IP do nosso próprio NOC (203.0.113.9) por tentativas de SSH. Como tiro ele da jail sshd?`),
    no(`No router do cliente (um Huawei da operadora) o SIP ALG está ativo e estraga o SDP, áudio só de um lado. Como desativo nesse modelo?`),
    no(`Port forward no MikroTik: dst-nat da 5060 pública para o PBX 10.0.0.20. Alguém tem o comando /ip firewall nat pronto?`),
    no(`Queremos bloquear todo tráfego SIP vindo de fora de Angola e Portugal (GeoIP) por causa dos scanners de madrugada. Com ipset dá?`),
    no(`Como limito REGISTER a 20 por segundo por IP no iptables (hashlimit)? quero travar esses friendly-scanner`),
    no(`Alguém tem o passo-a-passo para criar um VIP na FortiGate e publicar o portal web do VOS na 443? Ainda não está feito.`),
    no(`No pfSense quero um alias com os IPs dos 5 carriers e só deixar esses falarem na 5060. Faço por Firewall > Aliases mesmo?`),
    no(`Preciso de uma access-list na ASA para permitir SIP TCP 5060 de 192.0.2.0/24 para o VOS. Qual é a sintaxe na 9.x?`),
    no(`Saudações. O firewall da empresa vai ser trocado por um Palo Alto no mês que vem. Que portas o VOS3000 precisa abertas? Uma lista por favor.`),
    no(`Bondia, ami hakarak loke porta 8080 iha firewall ba portal web. Regra iptables saida mak di'ak liu?`),
    no(`O cliente do casino pede a lista de IPs de origem do nosso VOS para whitelist na firewall deles. São o 198.51.100.5 e o .6, correcto?`),
    no(`depois do reboot as regras do iptables sumiram, como salvo no CentOS 7 com iptables-services?`),
    no(`Servidor veio com firewalld e prefiro iptables puro. Desligo o firewalld e habilito o iptables? alguma coisa do VOS depende dele?`),
    no(`Devo carregar o módulo nf_conntrack_sip no servidor ou deixo desligado? Li que dá problema com SIP. É só pergunta, nada quebrado.`),
    no(`Um cliente num hotel não consegue abrir o portal de recarga, a rede do hotel bloqueia a 8443. Alguma forma de servir na 443?`),
    no(`Quero criar uma jail do fail2ban para o log de registo do VOS, banir quem erra a senha 10 vezes. Alguém tem o filtro regex?`),
    no(`Levamos um flood de INVITE ontem de 203.0.113.0/24. Bloqueei a rede inteira no iptables com DROP. Foi a melhor opção ou tem algo melhor?`),
    no(`No MikroTik do escritório, como crio uma address-list "carriers" e aceito só ela no input da 5060? o resto dropa.`),
    no(`Bon dia, N mesti abri porta 5060 TCP na firewall di kliente (Sophos). Kal regra ki N ta poi?`),
    no(`Na AWS o security group do VOS tem 0.0.0.0/0 na 5060. Quero restringir só aos IPs dos clientes. Isso derruba chamadas em curso?`),
    no(`Boa tarde, a auditoria de segurança exige fechar a porta 3306 ao exterior. O MySQL do VOS só precisa de localhost, certo? Posso bloquear no firewall?`),
    no(`Preciso de um SNAT para o VOS sair pelo IP 198.51.100.40 em vez do .41 para um carrier específico. iptables -t nat POSTROUTING com -d do carrier resolve?`),
    no(`Mano, o firewall do datacenter em Talatona agora exige pedido formal para abrir portas. Que range de RTP tenho de pedir?`),
    no(`Bom dia, kuma ku n na bloka IP di China na firewall? Tene ataki na porta 5060 tudu noti.`),
    no(`Cliente pergunta se precisa abrir alguma porta de entrada no Fortinet dele para usar SIP TCP com o nosso VOS, ou se só a saída basta.`),
  ],
  negationContext: [
    no(`Aqui tudo é UDP, nenhum telefone usa TCP. Então essa história do RST derrubar registro não nos afeta, certo?`),
    no(`O RST está Off desde sempre no nosso servidor, confirmei no softswitch.conf. Só queria saber se recomendam ligar algum dia.`),
    no(`Ano passado tivemos 30 mil TIME_WAIT e chamadas falhando no pico, vocês ajustaram tw_reuse e port range. Desde então zero problema. Só passando pra agradecer!`),
    no(`O que aconteceria se ativássemos o SS_TCP_CLOSE_RESET com metade dos ramais atrás de NAT? Antes de mexer quero entender o risco.`),
    no(`Um amigo tem um VOS noutra empresa e lá deu "Cannot assign requested address" no pico. Não é cliente vosso, só queria perceber o que era.`),
    no(`No laboratório da faculdade simulamos 200 CPS com SIPp em TCP e chegamos a 28.000 TIME_WAIT de propósito, para o TCC. Não é produção. Podem indicar bibliografia?`),
    no(`Ref. ticket 4412 (registos a cair depois do RST On): já está fechado, voltaram ao Off na semana passada e os telefones estão estáveis. Podem arquivar.`),
    no(`Os telefones caíram depois da troca de senha, não por mudança de RST — o RST nem está ligado. Já resolvemos com a senha nova.`),
    no(`O cliente perguntou se a manutenção de hoje inclui mudar o modo de fecho TCP. Não inclui: ninguém vai mexer em RST nem no firewall. Só a confirmar para ele.`),
    no(`Curso VOS3000, módulo 4: "explique por que o modo RST pode fazer um firewall stateful descartar pacotes". Está certo se eu responder que o firewall já não tem estado para aquele RST?`),
    no(`Se ligarmos o RST, a nossa ASA vai dropar os resets? Ainda não ligámos, estamos só a avaliar.`),
    no(`Só para registo interno: o "Address already in use" que apareceu ontem era o nginx a arrancar duas vezes, nada a ver com portas efémeras nem TIME_WAIT. Já está.`),
    no(`Aquele problema da FortiGate a descartar os RST foi resolvido em março com a política nova. Agora queremos só um relatório do que foi feito para a diretoria.`),
    no(`Os GoIP deste cliente estão caindo de registro, mas são todos UDP e o RST está desligado. Então não é aquela história do NAT com RST, né? Vou olhar a internet deles.`),
    no(`Kota, o outro fornecedor disse que o nosso problema de chamadas era "firewall a comer RST". Mas nós nem temos RST ligado nem firewall stateful, só um router simples. Estão a inventar, né?`),
    no(`Boa tarde. Na documentação vi que o RST evita TIME_WAIT. Actualmente temos uns 200 TIME_WAIT e nenhuma falha, portanto não vamos activar. Confirmam que é a decisão certa?`),
    no(`Estou a traduzir o manual do VOS para português: "SS_TCP_CLOSE_RESET: On = close with RST". Fica melhor "fecho por reset" ou "encerramento com RST"?`),
    no(`Bondia. Problema NAT ho RST ne'e akontese iha tinan kotuk, agora la iha ona. Obrigadu ba ajuda uluk.`),
    no(`A equipa de Hong Kong teve telefones a desregistar depois do RST On — é outro servidor, de outra empresa, não o nosso. O nosso continua Off e está tudo bem. Só a partilhar.`),
    no(`Ka ten TIME_WAIT txeu, ka ten erru. N sô kre sabe si tw_reuse=1 é sigur pa liga antis di pik di Natal.`),
    no(`Revisando o runbook: "se aparecer EADDRNOTAVAIL no pico, aumentar ip_local_port_range". Tá bem escrito ou falta algo? Nunca aconteceu aqui.`),
    no(`O carrier explicou que os "Deny TCP (no connection)" que viram na ASA deles eram de um teste de outro cliente, não nosso. Do nosso lado nada mudou, RST Off. Ok, encerrado.`),
    no(`mano não é port exhaustion não, olhei: 120 TIME_WAIT só. o problema era a rota pro carrier que caiu, já voltou.`),
    no(`Semana que vem vamos ligar o RST no servidor de Brasília. Antes disso: tem algum cliente atrás de NAT que vai sofrer? Como levanto isso?`),
    no(`Bom dia. Telefones ka kai mas. Problema di onti era kabu di internet, ka era RST. Obrigadu.`),
    no(`Vi num fórum russo: "после включения RST телефоны за NAT отваливаются" (depois de ligar o RST os telefones atrás de NAT caem). Isso vale em geral? Aqui não usamos RST.`),
    no(`Bom dia. O técnico anterior deixou uma nota: "nunca ligar o RST, os telefones do cliente X estão atrás de CGNAT". Ainda faz sentido manter essa regra? Hoje está tudo Off e a funcionar.`),
  ],
  portExhaustion: [
    pe(`socorro, no pico das 19h o VOS para de completar pro carrier via TCP, log cheio de "connect failed: Cannot assign requested address". ss -s mostra timewait 29874`),
    pe(`mano tá caindo tudo, netstat -ant | grep TIME_WAIT | wc -l dá 31 mil. chamadas pros vendors não saem`),
    pe(`Bom dia. Desde ontem à noite, em hora de ponta, as ligações SIP/TCP para os operadores falham. No log: "bind: Address already in use" ao abrir ligações de saída. Temos cerca de 28.000 sockets em TIME_WAIT. Podem verificar?`),
    pe(`Kota, o servidor de Luanda está a rebentar: trinta mil TIME_WAIT, CPS a 180, e o mbx3000 a dizer "errno 99 EADDRNOTAVAIL" para os carriers. Ajuda urgente pfv`),
    pe(`ss -s
Total: 31204 (kernel 31540)
TCP:   30811 (estab 612, closed 30102, orphaned 3, synrecv 0, timewait 30098/0), ports 0
isso agora, 20h, e as rotas TCP tão dando 503 porque não abre conexão nova`),
    pe(`Saudações de Maputo. Nas horas de pico o nosso VOS deixa de abrir ligações TCP para o fornecedor da África do Sul, o log mostra "Cannot assign requested address". De madrugada funciona. TIME_WAIT passa dos 28 mil.`),
    pe(`EADDRNOTAVAIL em todo connect pro carrier, 30k TIME_WAIT, pico agora. help`),
    pe(`visse, toda noite das 18h às 22h as chamadas TCP pro fornecedor falham. quando olho tem 28 mil e tanto em TIME_WAIT e o log diz cannot assign requested address. depois das 23h normaliza`),
    pe(`Olá equipa. Temos um VOS3000 com ~150 CPS em hora de ponta, tudo em SIP/TCP para 6 operadores. A partir das 12h começam erros "Address already in use" nos connect de saída e as chamadas caem para a rota de backup. ip_local_port_range dá 32768 60999, netstat conta 28 100 TIME_WAIT e tcp_tw_reuse = 0. O que sugerem?`),
    pe(`各位好, servidor em Macau: no pico da noite as ligações TCP aos carriers falham com "Cannot assign requested address". TIME_WAIT 28 000+. Podem ver com urgência?`),
    pe(`Bondia, servidor VOS iha Dili: oras pico chamada TCP ba carrier la liu, log hatete "Cannot assign requested address", TIME_WAIT 29 mil. Favor ajuda lalais.`),
    pe(`Bon dia, na ora di pik servidor ka ta konsigi abri konexon TCP pa carrier, log ta fla "Cannot assign requested address". ss ta mostra 30k TIME_WAIT. Ajuda pf.`),
    pe(`Bom dia irmon, servidor na Bissau, ora di pik chamadas TCP ka ta sai, log fala "bind failed: Address already in use" na konexon di saida. TIME_WAIT 28 mil. Ajuda.`),
    pe(`Bom dia, aqui São Tomé. Com o tráfego do fim de semana o servidor chega a 30 mil ligações em TIME_WAIT e deixa de conseguir ligar aos operadores por TCP ("Cannot assign requested address"). Durante a semana não acontece.`),
    pe(`2024-11-08 19:42:11 [SIP] tcp connect to 198.51.100.23:5060 failed: (99) Cannot assign requested address
2024-11-08 19:42:11 [SIP] tcp connect to 198.51.100.24:5060 failed: (99) Cannot assign requested address
2024-11-08 19:42:12 [SIP] tcp connect to 198.51.100.23:5060 failed: (99) Cannot assign requested address
é assim toda noite no pico, o que faço`),
    pe(`o módulo de callback dá "java.net.BindException: Cannot assign requested address: connect" em todas as saídas no pico, e o netstat tem mais de 30.000 TIME_WAIT. fora do horário de pico some`),
    pe(`galera, o VOS tá engasgando no pico, 32k de TIME_WAIT, não sobra porta efêmera e as chamadas TCP pros fornecedores não conectam. tw_reuse tá 0. ajuda aí pfv`),
    pe(`Exmos. Senhores, reportamos falhas intermitentes nas chamadas de saída em SIP/TCP entre as 18h00 e as 21h00. O sistema regista "Address already in use" ao estabelecer novas ligações e contabilizámos 27 900 sockets em TIME_WAIT. Solicitamos intervenção. Com os melhores cumprimentos.`),
    pe(`[áudio transcrito] ô pessoal, é o Júnior da Tchê Telecom, então, de novo no pico o servidor parou de mandar chamada pros carrier TCP, deu aquele cannot assign requested address, tem tipo vinte e nove mil time wait lá, dá uma força aí`),
    pe(`netstat -ant | awk '/TIME_WAIT/ {print $5}' | sort | uniq -c | sort -rn | head
  14302 198.51.100.23:5060
   9877 198.51.100.24:5060
   5120 203.0.113.50:5060
e o mbx3000 não consegue abrir mais conexão TCP pra eles. pico agora`),
    pe(`Pico de CPS e o log enche de "connect() failed: EADDRINUSE" nas conexões de saída para os gateways dos vendors. ss -tan state time-wait | wc -l = 28413. Como resolvo sem reiniciar?`),
    pe(`Pá, outra vez: hora de jantar, milhares de chamadas, o servidor fica sem portas locais. 30k em TIME_WAIT e as ligações TCP aos carriers dão erro. Isto não aguenta.`),
    pe(`Nas promoções de sexta o CPS triplica e o VOS começa a falhar as ligações TCP de saída com "cannot bind outgoing socket". O TIME_WAIT vai a 29 000. Fora do pico tudo ok.`),
    pe(`bah tchê, no horário nobre o servidor não consegue mais abrir socket de saída TCP, dá EADDRNOTAVAIL. contei 28.500 TIME_WAIT. o port range ainda tá no default`),
    pe(`timewait 31mil, cant assing requested adress no log, chamadas tcp n saem. urgente`),
    pe(`dmesg cheio de "TCP: time wait bucket table overflow" e as chamadas TCP pros fornecedores falhando no pico com cannot assign requested address. ss -s: timewait 32000`),
    pe(`Encaminhado do cliente: "a partir das 20h nenhuma chamada sai pelo tronco TCP da operadora, erro de bind nas conexões de saída". Entrei no servidor: 28 mil TIME_WAIT e ip_local_port_range 32768 60999. É esgotamento de portas, né?`),
    pe(`Hi, servidor Macau. peak hour outgoing TCP to carriers fail, "Address already in use" on connect, TIME_WAIT ~30k. Ajudem pf.`),
    pe(`Passagem de turno: 21h15 alarmes de ASR caindo em todas as rotas TCP. Log: Cannot assign requested address. ss -s timewait 29k+. Não mexi em nada ainda, aguardo vcs.`),
    pe(`Mano, o bagulho está mal: sempre que o tráfego sobe o servidor fica sem porta para abrir TCP para os vendors, 28 mil e tal em TIME_WAIT. Kumbu a voar, chamadas a falhar. Ajuda já!`),
  ],
  natUnregistered: [
    nat(`depois que vcs ligaram o SS_TCP_CLOSE_RESET ontem, os ramais dos clientes atrás de MikroTik ficam caindo de registro toda hora. tudo SIP TCP`),
    nat(`Bom dia. Desde que activámos o modo RST no softswitch, os telefones dos clientes que estão atrás de router com NAT perdem o registo várias vezes por hora. Os que têm IP público estão estáveis. Tudo em TCP.`),
    nat(`Kota, depois de pôr o RST em On os softphones dos clientes em casa (router da operadora, NAT) ficam unregistered de 5 em 5 minutos. Antes estava tudo fixe.`),
    nat(`Os PBX Issabel dos clientes atrás de CGNAT da operadora desregistam repetidamente desde a mudança de SS_TCP_CLOSE_RESET para On. Registo em TCP. Os de IP fixo sem problema.`),
    nat(`mano, ligaram o RST ontem pra resolver TIME_WAIT e agora os Grandstream dos clientes atrás de NAT ficam offline/online o dia todo. registro em TCP. volta isso pfv`),
    nat(`REGISTER via TCP from 198.51.100.77:40412 -> 200 OK
... 3 min depois ...
contact 100234@198.51.100.77:40412 unregistered (connection lost)
Se repete em todos os ramais atrás de NAT desde que SS_TCP_CLOSE_RESET=On.`),
    nat(`Bondia, hafoin ativa RST iha softswitch, telefone sira iha kotuk router NAT lakon registo beibeik. Uza SIP TCP. Favor ajuda.`),
    nat(`Depois de ligarem o RST no servidor, os softphones dos funcionários em casa (NAT, TCP) caem de registo a toda a hora. 唔該幫手.`),
    nat(`Bon dia, dipos ki nhos liga RST, telefones di klientes ki sta trás di router NAT ta perde registu sempri. Es ta uza TCP.`),
    nat(`Bom dia, dizdi ki RST liga, telefones na kasa di klientes (router NAT) ta kai registu tudu ora. Es ta uza TCP. Ajuda.`),
    nat(`Boa tarde. A partir da alteração do parâmetro SS_TCP_CLOSE_RESET para On, os gateways dos nossos clientes, que estão atrás de NAT, passaram a ficar não registados de forma intermitente. Usam SIP sobre TCP.`),
    nat(`Oi pessoal, contexto: semana passada o técnico de vcs aplicou o playbook de TIME_WAIT e ligou o RST. Resolveu o pico. Mas desde então os clientes que usam IP-PBX atrás de roteador (NAT) reclamam que o tronco fica "unregistered" várias vezes por dia e aí as chamadas de entrada não chegam. Todos em TCP. Quem tem IP público não reclama.`),
    nat(`Clientes com MikroTik a fazer masquerade: desde o RST On os Yealink registados por TCP caem e voltam, caem e voltam. No VOS a lista de registos fica a piscar.`),
    nat(`RST On → telefones atrás de NAT desregistrando sem parar. TCP. ajuda`),
    nat(`Exmos. Senhores, após a activação do encerramento por RST no softswitch, constatamos que os terminais SIP/TCP localizados atrás de NAT perdem o registo repetidamente. Solicitamos a vossa análise. Cumprimentos.`),
    nat(`[áudio] fala meu querido, seguinte, desde que mudou aquele parâmetro do reset, os ramais remotos do cliente de Goiânia, que tão atrás do roteador da operadora, caem registro de tempos em tempos, aí ele perde chamada. é TCP. vê isso pra mim`),
    nat(`Os Zoiper em TCP no 4G (CGNAT) dos vendedores externos ficam "not registered" a cada poucos minutos desde que ligámos o RST. No escritório, com IP público, não acontece.`),
    nat(`grep SS_TCP_CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf → SS_TCP_CLOSE_RESET="On" (mudado ontem). Desde então os ATAs dos clientes atrás de NAT perdem o registo TCP várias vezes por hora.`),
    nat(`Boss, os telefones do cliente da Beira ficam a sair do registo desde ontem à noite, justo quando ligaram o RST. Estão atrás de um router NAT, TCP. Ele já me ligou umas 10 vezes hoje`),
    nat(`depois do RST, gateway GoIP do cliente atras de NAT some do registro a cada 2-3 min e volta sozinho. tcp. antes do RST ficava dias registrado`),
    nat(`A mudança de ontem (RST ligado) está a dar cabo dos clientes residenciais: routers domésticos com NAT, telefones em TCP, registos a cair em loop. Os empresariais com IP público estão bem.`),
    nat(`Alarme: 340 endpoints com flapping de registo desde as 02h, hora em que entrou SS_TCP_CLOSE_RESET=On. Todos atrás de NAT, transporte TCP.`),
    nat(`O hotel tem 80 telefones atrás de um router NAT, registo por TCP. Ontem ligaram o RST no VOS e desde então os telefones vão ficando unregistered uns atrás dos outros.`),
    nat(`Mano, desde que meteram o RST, os telefones da malta que está atrás do router (NAT) ficam sempre a cair do registo. TCP. Isso está a dar bué de makas com os clientes.`),
    nat(`oxe, os softphone da galera de home office tão caindo registro direto, e foi só depois de ligarem o RST no VOS. tudo atrás de roteador NAT, em TCP`),
    nat(`Tronco do FreePBX do cliente (atrás de NAT, registro TCP no nosso VOS) perde o registro repetidamente desde a ativação do SS_TCP_CLOSE_RESET. O Asterisk mostra "Registration for 'vos-trunk' failed ... Retrying" toda hora.`),
    nat(`Boa tarde de Díli. Desde a ativação do modo RST, os telefones das escolas (atrás de routers NAT) deixam de estar registados várias vezes ao dia. Transporte TCP.`),
    nat(`Encaminhado do revendedor: "meus clientes atrás de NAT estão com os ramais caindo registro desde ontem". Verifiquei: o RST foi ligado ontem às 18h e eles usam TCP. Bate certinho.`),
    nat(`Antes do RST On: 1.200 registos estáveis. Hoje, com RST On: oscila entre 700 e 1.100, e os que somem são todos de clientes atrás de NAT em TCP.`),
    nat(`depois q ativaram rst os ramal atras do nat fica caino o registro, tcp. ajuda urgente`),
  ],
  firewallRst: [
    fw(`Depois de ligar o RST as chamadas TCP ficam penduradas. iptables -L -v mostra a regra "-m conntrack --ctstate INVALID -j DROP" com o contador a subir sem parar, e no tcpdump vejo o RST a sair e não a chegar. É o firewall a comer os RST?`),
    fw(`%ASA-6-106015: Deny TCP (no connection) from 203.0.113.10/5060 to 10.20.1.5/51234 flags RST on interface outside
%ASA-6-106015: Deny TCP (no connection) from 203.0.113.10/5060 to 10.20.1.5/51301 flags RST on interface outside
Cliente mandou isso. Começou quando ligamos o RST no VOS. As chamadas TCP dele falham.`),
    fw(`Bom dia. A FortiGate do cliente regista "no session matched" para os pacotes RST vindos do nosso VOS desde que activámos o SS_TCP_CLOSE_RESET. As chamadas SIP/TCP dele falham.`),
    fw(`no pfSense do cliente aparece block em TCP:R vindo do nosso IP porta 5060, desde que ligamos o RST. as chamadas TCP dele ficam travadas`),
    fw(`O Palo Alto do datacenter descarta os RST do softswitch (session not found) desde a mudança para RST On. As ligações TCP ficam meio abertas e as chamadas falham.`),
    fw(`O MikroTik do cliente tem "connection-state=invalid action=drop" no forward e está a deitar fora os RST do VOS. Desde o RST On as chamadas TCP dele falham ou ficam sem resposta.`),
    fw(`Kota, desde que ligaram o RST, as chamadas TCP do cliente de Benguela falham. O técnico dele viu na firewall que os RST do nosso servidor estão a ser bloqueados. As ligações ficam meio abertas.`),
    fw(`Saudações. Após a activação do modo RST, o firewall stateful do cliente bloqueia os pacotes RST do softswitch. As sessões TCP ficam penduradas do lado dele e as chamadas não completam.`),
    fw(`conntrack -L -p tcp --dport 5060 mostra um monte de ESTABLISHED que já deviam ter fechado, e o contador de INVALID dropados sobe a cada chamada. Tudo começou quando o RST foi ativado. chamadas TCP falhando.`),
    fw(`Bondia, hafoin ativa RST, firewall kliente nian bloqueia pakote RST husi VOS. Chamada TCP falha. Log firewall hatudu "RST dropped".`),
    fw(`Cliente em Macau: desde o RST On as chamadas TCP ficam penduradas. A FortiGate deles regista os RST do nosso servidor como descartados. 麻煩睇下.`),
    fw(`Bon dia, dipos ki RST liga, firewall di kliente ta bloka RST di VOS, chamadas TCP ta falha. Log di firewall ta mostra "Deny TCP (no connection)".`),
    fw(`Bom dia, dizdi ki RST liga, firewall di kliente ta bota fora pakote RST di nos servidor, chamadas TCP ta kai. Es tene Cisco ASA.`),
    fw(`Bom dia. O operador local informa que a firewall dele descarta os RST que o nosso VOS envia desde a activação do modo RST. As chamadas em TCP para ele falham. Pedimos apoio.`),
    fw(`tcpdump -ni eth0 'tcp[tcpflags] & tcp-rst != 0 and port 5060'
19:02:44.118 IP 203.0.113.10.5060 > 198.51.100.60.45122: Flags [R], seq 1, win 0
(do lado dele não chega nada, o firewall descarta)
desde o RST ligado as chamadas TCP com esse cliente falham`),
    fw(`mano depois que ligou o rst as chamada tcp do cliente q tem fortigate ficam travada, e o cara do firewall disse que ta dropando os reset nosso. os outros clientes sem firewall tão ok`),
    fw(`Olá. Contexto: na terça ligámos o SS_TCP_CLOSE_RESET para resolver TIME_WAIT. Desde aí, um cliente grande que tem um Check Point stateful à frente do PBX começou a ter chamadas TCP falhadas e ligações penduradas do lado dele. O log do Check Point mostra os RST do nosso IP rejeitados como "out of state". Os outros clientes estão ok.`),
    fw(`Do lado do gateway do cliente ficam centenas de conexões TCP meio abertas pro nosso VOS, porque o firewall dele dropa os RST. Começou no dia que ligamos o RST. Chamadas novas falham.`),
    fw(`galera, o firewall do cliente tá comendo os RST do VOS desde ontem (quando ativamos o RST), as ligação TCP ficam penduradas e as chamadas não completam. pfv vejam`),
    fw(`kernel: IPT-INVALID-DROP IN=eth0 OUT= SRC=203.0.113.10 DST=10.1.1.20 PROTO=TCP SPT=5060 DPT=38812 RST URGP=0
isso aos milhares no servidor do cliente desde que o RST foi ligado. as chamadas TCP dele falham`),
    fw(`Exmos. Senhores, desde a activação do parâmetro SS_TCP_CLOSE_RESET, o firewall stateful do nosso cliente rejeita os segmentos RST provenientes do softswitch, pelo que as chamadas SIP/TCP falham. Solicitamos a reposição do modo FIN. Cumprimentos.`),
    fw(`Turno da noite: desde a mudança para RST On às 22h, o ASR das rotas TCP do cliente X caiu para 12%. O NOC deles confirma firewall stateful (Palo Alto) a descartar os RST do nosso IP.`),
    fw(`No próprio servidor VOS temos "-A INPUT -m state --state INVALID -j DROP" e o mesmo no OUTPUT. Depois de ligar o RST as chamadas TCP ficam penduradas e vejo os RST a bater nessas regras. É isso?`),
    fw(`Boss, o firewall do cliente de Nampula está a comer os RST desde que ligámos o modo RST. As chamadas TCP ficam sem resposta. O IT dele mandou print com "RST dropped".`),
    fw(`RST On + firewall stateful do cliente dropando os RST = chamadas TCP falhando. desde ontem. ajuda`),
    fw(`filterlog: 5,,,1000000103,em0,match,block,in,4,0x0,,64,0,0,DF,6,tcp,40,203.0.113.10,192.0.2.14,5060,50122,0,R,...
centenas disso por minuto no pfSense do cliente desde o RST ligado. chamadas tcp dele não completam`),
    fw(`Boa tarde. O nosso cliente do Cotai reporta que, desde que o VOS passou a fechar as ligações com RST, a firewall dele (Palo Alto) descarta esses pacotes e as chamadas TCP falham ou ficam penduradas.`),
    fw(`[áudio] é o Marcos da Sul Voz, ó, desde que vocês ligaram o reset lá, o firewall do meu cliente começou a bloquear os pacote de reset e as chamadas TCP ficam presas, não completam, o cara do firewall mostrou no log. vê aí`),
    fw(`SonicWall do cliente mostra "TCP packet received on non-existent/closed connection; TCP packet dropped" para os RST vindos do VOS desde que ativamos SS_TCP_CLOSE_RESET. Chamadas TCP dele caem.`),
    fw(`depois do rst ligado o fw do cliente dropa os rst e as chamadas tcp ficam penduradas, conexao meia aberta. urgente`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning259Set: readonly EvalItem[] = Object.values(tuning259Families).flat();
