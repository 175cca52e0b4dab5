import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, call-centre technicians and resellers in Portugal, Cape Verde and Guinea-Bissau on
 * WhatsApp, writing European Portuguese (not Brazilian) and Cape Verdean Kriolu, often without
 * accents, mixed with English technical terms ("ola", "bom dia", "nao funciona", "ontem", "pa",
 * "ta bom", "ka ta funciona", "oji", "onti", "nhos", "sta dretu"), some with pasted log lines.
 *
 * The ninety-fourth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written as the ninety-fourth never-tuned set,
 * before the forty-fourth round of rules by someone who had read only the playbooks' symptoms and
 * the domain notes, without the matcher, its rules or the other sets in view; measured as such before and after the forty-fourth round, then made tuning
 * material for the forty-fifth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 87.8 %, negatives confident 5.2 %, confident wrong 0 % with the rules of the
 * forty-third round, and the same after the forty-fourth.
 */
export const tuning94Families = {
  oneListeningPort: [
    no(`bom dia pessoal, o nginx nao arranca no servidor novo: bind() to 0.0.0.0:80 failed (98: Address already in use). o apache ainda ta la instalado, sera isso?`),
    no(`ola, o tomcat do portal web do vos nao sobe. catalina.out diz java.net.BindException: Address already in use: JVM_Bind :8080. ja reiniciei 2x`),
    no(`onti N instala asterisk na mesmu makina ki VOS i gosi mbx3000 ka ta subi, log ta fla cannot bind 5060. kuze ki N debe fazi?`),
    no(`Error: listen EADDRINUSE: address already in use :::3000 -- pa isto e no meu portatil, o npm run dev nao arranca. alguem sabe matar o processo que ta na porta?`),
    no(`mysql nao arranca depois do update. "Can't start server: Bind on TCP/IP port: Address already in use" porta 3306. tenho la um mariadb em docker tb`),
    no(`docker run -p 5060:5060/udp da isto: Error response from daemon: driver failed programming external connectivity on endpoint sip-test: bind: address already in use. o kamailio do host ta a usar a 5060 certo?`),
    no(`nhos djuda-m, freeswitch ka ta starta, ta fla "Socket Error! Could not bind to 5060". na mesmu servidor ten VOS3000 ta roda`),
    no(`o portal do vos deixou de abrir depois de eu instalar o frontend do zabbix. httpd: (98)Address already in use: make_sock: could not bind to address 0.0.0.0:80`),
    no(`netstat -tlnp | grep 8080
tcp   0   0 0.0.0.0:8080   0.0.0.0:*   LISTEN   2211/java
e o segundo tomcat que quero subir diz cannot bind. e so mudar a porta no server.xml?`),
    no(`ola, o sshd nao volta depois de mudar a porta para 2222, journalctl: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. tinha la um socat antigo a correr nessa porta`),
    no(`hoje de manha o postgres nao arrancou: could not bind IPv4 address "0.0.0.0": Address already in use. ficou um postmaster antigo pendurado depois do reboot forcado`),
    no(`pa o grafana nao sobe, "listen tcp :3000: bind: address already in use". e o meu react dev server que ta a usar a 3000 lol`),
    no(`meti um segundo servidor SIP na mesma maquina p/ testes, opensips nao arranca: ERROR:core:udp_init: bind(...) on 0.0.0.0:5060: Address already in use. ha forma de por os dois a correr?`),
    no(`bom dia, o mbx3000 nao inicia depois da migracao, no log aparece bind 5060 failed address already in use. fiz ps -ef e ha um processo antigo do softswitch ainda vivo`),
    no(`ola, o webmin deixou de arrancar: Failed to bind to port 10000 : Address already in use. ja corri lsof -i :10000 e aparece um perl antigo`),
    no(`docker-compose up e o container do redis morre: Could not create server TCP listening socket *:6379: bind: Address already in use. tenho redis instalado no host tb, desinstalo?`),
    no(`manenti, N muda tomcat di portal pa 8443 i gosi e ka ta subi, BindException. parsi ma ten otu kusa na 8443 dja`),
    no(`java.net.BindException: Address already in use (Bind failed)
    at java.net.PlainSocketImpl.socketBind(Native Method)
    at org.apache.tomcat.util.net.NioEndpoint.bind(NioEndpoint.java:210)
isto aparece ao arrancar o vos3000 web. ta bom so matar o java antigo?`),
    no(`alguem sabe porque o spring boot da "Web server failed to start. Port 8080 was already in use." no meu pc? ja fechei o intellij`),
    no(`depois do reboot o haproxy nao arranca: Starting frontend fe_https: cannot bind socket [0.0.0.0:443]. o nginx arranca primeiro e apanha a 443`),
    no(`ka ta funciona: node server.js -> EADDRINUSE 0.0.0.0:8000. e so un porta, N ta pensa ma e otu terminal ki sta abertu`),
    no(`boa tarde, meti um pbx de testes no mesmo host e agora o vos diz que nao consegue fazer bind na 5060 tcp. isto e portas esgotadas ou e so conflito dos dois?`),
    no(`o snmpd nao arranca: Error opening specified endpoint "udp:161", bind: Address already in use. havia outro agente snmp da dell instalado`),
    no(`pa ajuda rapida: systemctl status nginx -> nginx: [emerg] bind() to [::]:443 failed (98: Address already in use). o certbot standalone ainda ta a correr?`),
    no(`onti noti N poi un Tomcat nobu pa relatorius i kel di VOS web ka ta subi mas. Kes dos ta kre 8080. Modi ki N ta muda porta?`),
    no(`bom dia, instalei o 3cx de testes num servidor que ja tinha o asterisk. o 3cx diz port 5060 in use. vou desligar o asterisk, ta bom?`),
    no(`a porta 5432 ta ocupada por outro container postgres, "bind: address already in use", docker ps mostra dois iguais. qual e que apago?`),
  ],
  otherRegistrationCause: [
    no(`bom dia, desde ontem o trunk da operadora aparece unregistered no vos. eles mudaram a password e esqueceram-se de avisar, 401 Unauthorized no log`),
    no(`ola, 12 telefones do cliente na Praia tudo unregistered. houve corte de luz la e o router nao voltou`),
    no(`nhos bon dia, telefoni di skritoriu ka ta rejista oji. ISP sta ku avaria na zona desdi madrugada`),
    no(`o cliente mudou de IP publico (fibra nova) e agora os gateways nao registam, o IP antigo e que ta no mapping gateway do vos`),
    no(`conta do cliente expirou no dia 1, telefones todos unregistered. e so renovar a validade no vos?`),
    no(`licenca do vos3000 expirou?? aparece license expired e nenhum telefone regista. quem tem o contacto do fornecedor`),
    no(`ola, um yealink T31 na secretaria ta sempre "Registration failed". o resto do escritorio ta ok. mudei o cabo e nada, o led da porta do switch nem acende`),
    no(`mudaram o switch do escritorio e meteram os telefones numa VLAN nova sem DHCP, tao todos sem IP e unregistered. aqui e tudo UDP 5060`),
    no(`trunk registado por dns (sip.operadora.pt) deixou de registar hoje, nslookup nao resolve. problema de DNS do lado deles?`),
    no(`provisioning errado pa: o ficheiro cfg foi com o user 2001 para todos os telefones, so 1 regista e os outros dao 403`),
    no(`desde ontem os telefones de Bissau nao registam. a operadora ta com falha no backbone, nem internet ha`),
    no(`telefoni di Mindelo ka ta rejista. N odja ma router reseta pa konfigurason di fabrika dipos di trovoada, PPPoE ka ta liga`),
    no(`fiz mudanca de IP no servidor vos (datacenter novo) e os telefones ainda apontam pro IP antigo. vou ter de reprovisionar tudo ou ha atalho?`),
    no(`log:
REGISTER sip:10.0.0.5 SIP/2.0
SIP/2.0 403 Forbidden (bad auth)
o cliente jura que a password ta certa. sao 3 linhas grandstream, udp`),
    no(`o mikrotik do cliente foi trocado pelo router da operadora e agora o DHCP da outro range, os telefones ficaram com ip estatico antigo e sem rede`),
    no(`o cliente tem um switch PoE que reinicia sozinho de vez em quando, os telefones ficam uns 2 min unregistered e voltam. switch a aquecer?`),
    no(`ka ta funciona rejistu di 2 extenson, konta foi apagadu pa engano na VOS onti. N ta kria di nobu?`),
    no(`o gateway GSM do reseller aparece offline, ele disse que o modem 4G que lhe da internet ficou sem saldo. e normal deixar de registar ne`),
    no(`bom dia, depois de mudarmos o dominio de voip.empresa.cv para sip.empresa.cv nenhum telefone registou. o A record novo ainda nao propagou`),
    no(`telefones do hotel todos unregistered desde que a operadora trocou o router. o router novo tem SIP ALG ligado e ta a estragar o REGISTER em UDP`),
    no(`um cliente em Lisboa: os softphones nos portateis nao registam desde que a empresa meteu VPN obrigatoria, o trafego sai pela VPN e esse IP nao ta autorizado do nosso lado`),
    no(`o trunk com a operadora caiu, 408 timeout nos REGISTER. ligaram-me a dizer que tinham manutencao programada das 2h as 6h, ok entao`),
    no(`extensao 305 nao regista: "account disabled" no vos. o cliente nao pagou a fatura do mes passado, fica assim ate pagar`),
    no(`oji tudu telefoni di klienti na Assomada sta unregistered. kabu di fibra kortadu na obra na strada, operadora sta ta rapara`),
    no(`depois de atualizar o firmware dos Fanvil X3S os telefones perderam a configuracao SIP e ficaram sem conta. alguem tem o template de provisioning?`),
    no(`o cliente tinha limite de 10 registos por conta no vos e meteu o 11o telefone, esse fica sempre unregistered. aumento o limite?`),
    no(`ola, so o telefone do armazem ta unregistered. o access point wifi onde ele liga avariou ontem, o telefone nem tem rede`),
  ],
  smallFigures: [
    no(`ola, o que e exatamente TIME_WAIT? vejo uns 200 no netstat do vos, e preocupante?`),
    no(`ss -s
Total: 412
TCP:   58 (estab 21, closed 29, orphaned 0, timewait 27)
isto ta normal pa um servidor com 40 chamadas?`),
    no(`o que faz o SS_TCP_CLOSE_RESET no softswitch.conf? encontrei no manual mas nao percebi bem`),
    no(`e seguro meter net.ipv4.tcp_tw_reuse = 1 num centos 7? ouvi dizer que da problemas com NAT`),
    no(`kuze ki e TIME_WAIT? N odja 150 na servidor di test, e problema?`),
    no(`bom dia, qual o ip_local_port_range que recomendam pa vos3000? o nosso ta no default 32768 60999 e so temos 15 cps`),
    no(`netstat -ant | grep TIME_WAIT | wc -l
312
servidor calmo, domingo. isto e muito ou pouco?`),
    no(`tcp_tw_recycle ainda existe? no centos 6 vejo ele mas li que foi removido nos kernels novos`),
    no(`qual a diferenca entre FIN e RST no fecho de uma ligacao tcp? to a estudar pa certificacao`),
    no(`pa so curiosidade, porque e que o ss mostra "closed 40" se so temos 10 chamadas? e normal?`),
    no(`nhos, kal ki e valor padrao di SS_TCP_CLOSE_RESET? Off ou On?`),
    no(`ola, quantas portas efemeras o linux tem por defeito? cliente pergunta se aguentamos 50 cps em tcp no futuro`),
    no(`ss -tan state time-wait | wc -l da 89. ta tudo bem ne?`),
    no(`recomendacao: pa um vos com 200 chamadas simultaneas so UDP, vale a pena mexer no sysctl? ou deixo como ta`),
    no(`o que e o tcp_fin_timeout? ta a 60, devo baixar?`),
    no(`cat /proc/sys/net/ipv4/ip_local_port_range
32768   61000
isto chega pa 30 cps em TCP? nunca tivemos erro nenhum, e so pra saber`),
    no(`bom dia, health check semanal: cpu 12%, 140 TIME_WAIT, 35 estab, memoria 40%. algo a apontar?`),
    no(`onde fica o softswitch.conf no vos3000 2.1.8? quero so ver os parametros, nao mudar nada`),
    no(`pergunta rapida: o service mbx3000d reparse derruba chamadas ou nao?`),
    no(`N kre sabi si tcp_tw_reuse ta afeta klienti ki sta atras di NAT. nu ten poku trafegu, 5 cps`),
    no(`netstat -s | grep -i reset
    23 connection resets received
    4 resets sent
e normal ter alguns resets?`),
    no(`quanto tempo fica uma ligacao em TIME_WAIT no linux? 60s?`),
    no(`cliente pediu relatorio: TIME_WAIT medio 250, pico 600 as 11h. pra 8 cps ta dentro do normal certo?`),
    no(`o ss nao existe no centos 5 do cliente, uso netstat -an? so quero contar as ligacoes tcp, sao poucas`),
    no(`alguem me explica o que e o RST mode do vos em palavras simples? o cliente perguntou e eu nao soube responder`),
    no(`sysctl -a | grep tw
net.ipv4.tcp_max_tw_buckets = 262144
net.ipv4.tcp_tw_reuse = 0
precisa mudar alguma coisa? trafego baixo, 3 a 4 cps`),
    no(`ola, ha alguma formula pa saber quantos cps aguento antes de ficar sem portas? so pra planeamento, hoje ta tudo tranquilo`),
  ],
  firewallNoRst: [
    no(`bom dia, preciso abrir a 5060 tcp e udp no fortigate pro cliente novo. qual a policy certa?`),
    no(`ola, como faco whitelist de um IP no iptables do vos? o cliente de Bissau nao consegue chegar ao servidor`),
    no(`o fail2ban baniu o IP do escritorio do cliente depois de 5 tentativas com password errada. como desbano? fail2ban-client set sip unbanip?`),
    no(`SIP ALG no router da operadora ta a estragar o audio, chamadas sem som numa direcao. como desligo num huawei HG8245?`),
    no(`nhos, N meste abri porta RTP 10000-20000 na MikroTik di klienti. kal ki e regra di dst-nat?`),
    no(`port forward no pfsense 5060 -> 192.168.1.10 nao ta a funcionar, o cliente tb tem outro NAT a frente (double NAT)`),
    no(`alguem tem regra iptables pa bloquear tudo menos Portugal e Cabo Verde? geo-blocking com ipset`),
    no(`muitos scans do sipvicious hoje no log, 3000 REGISTER por minuto de IPs estrangeiros. meti rate limit no iptables com -m hashlimit --hashlimit-upto 20/sec, ta certo?`),
    no(`iptables -L -n -v mostra a regra ACCEPT pa 5060 mas 0 pacotes. a ordem das regras importa ne?`),
    no(`ka ta funciona audio: MikroTik ta faze NAT i N ka abri portas RTP. SIP ta rejista dretu, so audio ki ka ta pasa`),
    no(`como ponho o firewalld no centos 7 a aceitar a porta do portal web do vos (8080)? firewall-cmd --add-port=8080/tcp --permanent e reload?`),
    no(`cliente quer que so o IP do SBC dele fale com o nosso vos. ja meti a regra mas agora o portal web tb ficou bloqueado pra mim lol`),
    no(`boa tarde, o fortigate ta a fazer session helper sip e a mudar o contact header. desligo o voip profile?`),
    no(`o cliente tem ASA e quer saber que portas abrir pra falar com o vos. 5060 tcp/udp e rtp 10000-20000 chega?`),
    no(`fail2ban com filtro pro vos3000 alguem tem? o filtro do asterisk nao apanha os logs do vos`),
    no(`N bloka IP di fora di Africa i Europa na firewall onti, oji tentativa di fraudi baxa txeu. obrigado pa dika`),
    no(`pa os pacotes RTP chegam ao firewall mas nao passam pro servidor, o dnat ta com o IP privado errado na regra`),
    no(`iptables -A INPUT -p udp --dport 5060 -m string --string "friendly-scanner" --algo bm -j DROP
isto ainda funciona?`),
    no(`conntrack -L mostra muitas entradas udp da 5060, a tabela ta a 60% (nf_conntrack_max 65536). aumento?`),
    no(`cliente pediu pra trocar a porta sip de 5060 pra 5080 por causa dos ataques. no firewall e no vos mudo o que?`),
    no(`ola, mudamos de pfsense pra opnsense no escritorio, tenho de refazer os port forwards todos a mao?`),
    no(`o iptables perde as regras a cada reboot no centos 6. service iptables save resolve?`),
    no(`nhos djuda: kuze ki N debe poi na firewall pa rejistu TLS na 5061? klienti kre SIP TLS`),
    no(`rate limit de chamadas por IP faco no vos ou no firewall? um cliente ta a mandar 100 INVITE por segundo, parece fraude`),
    no(`vou meter um fortigate 60F a frente do vos. ha alguma coisa especial a configurar pra sip? ainda nao ta em producao`),
    no(`ufw allow from 41.0.0.0/8 to any port 5060 proto udp -- isto chega? ou tenho de abrir rtp tb`),
    no(`depois de ativar o IPS no fortigate algumas chamadas sao bloqueadas como "SIP.Malformed.Header". como faco uma exception?`),
  ],
  negationContext: [
    no(`nos so usamos UDP pa todos os telefones, portanto esse RST do tcp nao tem nada a ver com os unregistered de hoje, certo? foi corte de luz`),
    no(`o SS_TCP_CLOSE_RESET ta Off e ninguem mexeu em nada, verifiquei no softswitch.conf. os telefones caem na mesma, vou ver o router`),
    no(`os telefones ficaram unregistered mas foi depois da mudanca de password ontem, nao tem a ver com o RST. ja resolvemos`),
    no(`aquele problema de TIME_WAIT e address already in use foi resolvido mes passado com o tcp_tw_reuse, hoje ta tudo normal. so pra registo`),
    no(`isto nao e problema de portas: o servidor nem chega aos 2 cps. o "address already in use" e so do tomcat quando reinicio`),
    no(`pergunta de formacao: se ativarmos o RST mode e houver telefones atras de NAT, o que pode acontecer? so pra eu saber explicar ao cliente`),
    no(`relatorio do incidente de marco: RST mode ativado, fortigate a dropar os RST, chamadas a cair. revertido no mesmo dia. posso fechar o ticket?`),
    no(`isto e o servidor de outra empresa, nao e nosso: eles tem milhares de TIME_WAIT e perguntaram-nos. nao temos acesso, so dar uma dica geral`),
    no(`nu ka ta uza TCP, so UDP, pur isu RST ka ta afeta nada. problema e otu kusa, talvez ISP`),
    no(`o concorrente diz que o vos deles perde registos atras de nat depois de ligar o close reset. nos nunca ligamos isso, so to a comentar`),
    no(`hipoteticamente, se eu ligar SS_TCP_CLOSE_RESET=On amanha, o pfsense do cliente vai bloquear? ainda nao liguei nada`),
    no(`nao ha firewall nenhuma entre o vos e o cliente, ligacao direta. as chamadas caem por outra razao, vou ver os logs de RTP`),
    no(`so pra esclarecer: o alerta de TIME_WAIT no zabbix era falso, o trigger tava com o limite a 100. ja mudei pra 20000`),
    no(`o RST ta ligado ha 2 anos neste servidor e nunca houve problema nenhum com os telefones nem com a firewall. hoje a queda foi da fibra`),
    no(`os MikroTik dos clientes tao todos ok, telefones registados. so queria confirmar que o RST nao afeta os que estao em UDP`),
    no(`nao e exaustao de portas nao: ss -s mostra timewait 45. o "cannot assign requested address" foi porque o IP tava mal configurado na interface`),
    no(`nhos, kel problema di telefoni unregistered atras di NAT dja resolvedu mes pasadu kuandu nu disliga RST. oji tudu sta dretu`),
    no(`desliguei o RST ontem e hoje tudo normal, telefones registados, chamadas a passar. obrigado pela ajuda pessoal`),
    no(`o cliente perguntou se o fortigate dele dropa RST. disse que nao sabemos, nem usamos tcp com ele, so udp`),
    no(`ja nao e preciso ajuda, o "address already in use" era um script meu a tentar abrir a mesma porta 2x. erro meu pa`),
    no(`vou dar uma formacao amanha sobre VOS3000: alguem tem slides sobre TIME_WAIT vs RST? e so teoria`),
    no(`o artigo que li diz que o RST salta o close_notify no TLS. nos nao usamos TLS nem TCP, ignoro?`),
    no(`nao mudamos nada no softswitch.conf desde a instalacao, RST sempre Off. os telefones que cairam sao so os do cliente que mudou de ISP`),
    no(`isso do firewall dropar RST aconteceu com o cliente de Setubal em 2022, nao agora. agora o problema e so de audio`),
    no(`onti nu tenta liga RST mas nu disfaze logu antis di klienti nota. nada ka muda, tudu sta dretu`),
    no(`o fornecedor sugeriu meter o RST on pro caso de um dia termos muito trafego. hoje temos 5 cps, nao vale a pena ne?`),
    no(`caso de estudo do curso: "servidor com 30 mil TIME_WAIT a 300 cps". qual seria a resposta certa no exame?`),
  ],
  portExhaustion: [
    pe(`bom dia, no pico das 10h o vos comeca a dar "Cannot assign requested address" nas ligacoes tcp pros gateways. ss -s mostra timewait 28000`),
    pe(`ss -s
Total: 31822
TCP:   30411 (estab 612, closed 29650, orphaned 3, timewait 29588)
a 250 cps isto fica assim e as chamadas novas em tcp falham. ajuda`),
    pe(`ola, hoje ao fim da tarde com o trafego da campanha o softswitch nao conseguia abrir mais ligacoes tcp. netstat cheio de TIME_WAIT, milhares`),
    pe(`oji na pik, VOS ka ta konsigi abri ligason TCP nobu. N konta TIME_WAIT, 27 mil. kuze ki N debe faze?`),
    pe(`cat /proc/sys/net/ipv4/ip_local_port_range da 32768 60999 e a 300 cps estamos a gastar as portas todas. qual o valor certo?`),
    pe(`log do vos as 20:14:
connect to 10.20.1.5:5060 failed: Address already in use
connect to 10.20.1.7:5060 failed: Address already in use
so acontece quando passamos dos 200 cps, de madrugada ta tudo ok`),
    pe(`netstat -ant | grep -c TIME_WAIT
41273
e as chamadas tcp a falhar em massa. o servidor ta com cpu a 30%, nao e cpu`),
    pe(`pa o cliente dialer de Lisboa mete 400 cps em tcp e ao fim de 1 min ja nao passa nada, 503 e no log EADDRINUSE nas ligacoes de saida. depois de 2 min volta sozinho`),
    pe(`nhos bon dia, servidor di VOS sta ku milhari di TIME_WAIT na ora di pik, i chamadas TCP ta falha. di noti ta normaliza`),
    pe(`as ligacoes de saida pro trunk tcp falham na hora de ponta, o sistema fica sem portas locais. ja vi que o range ta pequeno 32768-61000`),
    pe(`ola, tamos a migrar trafego pra sip tcp e a partir de ~180 cps aparece "bind: cannot assign requested address". em udp nunca tivemos isto`),
    pe(`watch ss -s e o timewait sobe ate 28k e fica la preso. a partir dai as chamadas novas dao timeout. o que mudo no sysctl?`),
    pe(`bom dia, desde o cliente novo (callcenter com 350 cps) o vos deixou de conseguir abrir conexoes tcp novas as horas de pico. RST ta off, nada mexido`),
    pe(`ka ta funciona chamada TCP na pik. netstat ta mostra 30 mil ligason na TIME_WAIT, porta efemera ta kaba`),
    pe(`ola pessoal, health check do vos da Praia: timewait 26k as 11h, 2k de noite. e os clientes reclamam de chamadas que nao completam so de manha`),
    pe(`o softswitch ta a ficar sem portas efemeras com o trafego de sexta. ha forma de resolver sem reiniciar? reparse chega?`),
    pe(`a partir de 220 cps o log enche de "connect() failed (99: Cannot assign requested address)" e os gateways tcp deixam de receber INVITE`),
    pe(`ss -tan state time-wait | wc -l
33104
sysctl net.ipv4.tcp_tw_reuse
net.ipv4.tcp_tw_reuse = 0
o que aconselham? as chamadas tcp novas falham`),
    pe(`bom dia, o reseller em Bissau subiu o trafego pra 300 cps ontem e o vos comecou a recusar ligacoes tcp novas. reiniciei e passou, mas voltou hoje ao meio-dia`),
    pe(`"Address already in use" mas so nas ligacoes que o vos abre pros trunks, e so em hora de ponta. a 5060 do vos ta ok, escuta normal`),
    pe(`servidor ta fika sen porta livri kuandu trafegu sobi. ip_local_port_range sta 32768 61000. N debe aumenta?`),
    pe(`hoje as 9h mais de metade das chamadas tcp falhou, o netstat tinha 29 mil sockets TIME_WAIT pro mesmo gateway. as 10h normalizou sozinho`),
    pe(`o nosso grafana mostra TIME_WAIT a bater nos 28k todos os dias as 19h e ai o ASR cai pra 20%. cps nessa hora ~260`),
    pe(`ola, e normal o vos abrir uma ligacao tcp nova por chamada? com 400 cps ficamos sem portas em menos de 2 min`),
    pe(`no centos 6 do cliente: net.ipv4.ip_local_port_range = 32768 61000, ~28k TIME_WAIT no pico, erros de bind nas saidas. onde ponho o sysctl pra ficar permanente?`),
    pe(`pa hoje a campanha do banco meteu 500 cps e o vos deixou de abrir sockets. erro 99 EADDRNOTAVAIL no strace. alguma ideia?`),
    pe(`bom dia, as chamadas pros trunks tcp falham em rajadas no pico: os primeiros segundos ok, depois tudo falha. ss mostra timewait a subir sem parar`),
    pe(`nhos, oji tardi, ku 250 cps, VOS ta da "cannot assign requested address". di noti e ka ta da. N ta pensa ma e portas`),
    pe(`ola, o vos fica sem portas tcp locais as horas de maior trafego, depois normaliza. sera o TIME_WAIT? temos uns 30k nessa altura`),
    pe(`urgente pa: 350 cps, tcp, vos a falhar novas ligacoes, netstat com 31k TIME_WAIT. o que mudo primeiro?`),
  ],
  natUnregistered: [
    nat(`bom dia, desde que ligamos o SS_TCP_CLOSE_RESET ontem os telefones dos clientes atras de MikroTik aparecem todos unregistered. sip tcp`),
    nat(`ola, depois da "correcao do tcp" que fizeram na sexta, os yealink do escritorio de Braga (atras do router da operadora) perdem o registo de 5 em 5 min`),
    nat(`desdi ki nhos liga RST, telefoni di klienti atras di router ka ta fika rejistadu. SIP TCP. antis sta dretu`),
    nat(`os telefones em casa dos teletrabalhadores (routers domesticos, nat) ficam unregistered desde que mudamos o close reset para On. os do escritorio com IP publico tao ok`),
    nat(`softswitch.conf:
SS_TCP_CLOSE_RESET="On"
mudei isto semana passada por causa do TIME_WAIT e agora os clientes atras de NAT ligam-me a dizer que o telefone diz "No Service". tcp`),
    nat(`hoje o cliente da Praia diz que os telefones registam e passado um bocado ficam offline. so comecou depois do reparse com RST on de ontem. eles tao atras de um mikrotik hap`),
    nat(`telefones grandstream atras de nat a perder registo em tcp desde terca. terca foi o dia que o colega ativou o reset no vos`),
    nat(`nhos bon dia, dipos di mudansa na TCP onti, telefoni di ofisina (atras di NAT) sta tudu unregistered. kes ki ta uza IP publiku sta bon`),
    nat(`ola, depois de meterem RST mode no servidor, o cliente de Coimbra com 20 extensoes atras de um router tp-link fica com metade unregistered a qualquer hora`),
    nat(`a lista de online users do vos caiu de 400 pra 120 depois de ativar o SS_TCP_CLOSE_RESET. os que sairam sao todos de clientes com nat. sip tcp`),
    nat(`cliente reclama: "telefone diz nao registado e depois volta". isto desde o fix do TIME_WAIT que mudou o fecho tcp pra RST. o router dele e um mikrotik`),
    nat(`oji manha telefoni di loja di Bissau ka sta rejistadu. N odja ma onti nu muda SS_TCP_CLOSE_RESET pa On. es sta atras di NAT`),
    nat(`pa desde a alteracao de quinta no softswitch (rst ligado) os softphones zoiper dos vendedores em 4g perdem o registo o tempo todo. em tcp`),
    nat(`boa tarde, os telefones atras de NAT aparecem offline no portal depois da mudanca do fecho TCP. ja reiniciei os telefones e o mikrotik, volta e cai outra vez`),
    nat(`ola, ligamos o RST pra resolver o problema das portas e resolveu, mas agora as extensoes remotas (home office, nat) caem do registo. SIP/TCP`),
    nat(`log do telefone (fanvil, atras de nat):
REGISTER over TCP ... Connection reset by peer
re-registering...
Registration failed
comecou ontem, depois de mexerem no close reset`),
    nat(`desde ontem que pusemos SS_TCP_CLOSE_RESET="On" e os cisco spa dos clientes de hotel (nat) ficam unregistered de hora a hora`),
    nat(`nhos, telefoni di klienti ta perde rejistu desdi ki nhos aplika kel fix di TCP. klienti ten MikroTik. antis di fix tudu sta dretu`),
    nat(`depois do ajuste de rst no vos, so os telefones dentro de rede privada (192.168.x) e que perdem o registo. os com ip publico nao. tcp 5060`),
    nat(`ola, o reseller de Sao Vicente diz que os telefones dos clientes dele ficaram unregistered depois da nossa manutencao de sabado. na manutencao ligamos o reset tcp. todos atras de router`),
    nat(`mudamos RST pra On por causa dos time_wait e agora nat clients unregistered. reverto?`),
    nat(`bom dia, os telefones no escritorio do cliente (atras de mikrotik com masquerade) passam a unregistered depois de uns minutos, desde o reparse de ontem com o close reset ligado`),
    nat(`telefoni atras di NAT ta kai di rejistu, es ta uza TCP. dja N odja: SS_TCP_CLOSE_RESET sta On desdi sabadu. antis e Off`),
    nat(`o cliente de Faro tem 15 yealink atras de um router da operadora, em tcp. desde que ativamos o modo RST ficam a piscar "registration failed". o que faco?`),
    nat(`pa ta tudo unregistered nos clientes atras de nat, foi logo depois de ligarmos o reset. os do datacenter tao ok`),
    nat(`os ATA dos clientes residenciais (nat) perdem o registo tcp desde a mudanca. o colega disse que mudou o SS_TCP_CLOSE_RESET na segunda`),
    nat(`ola, uma duvida: ativamos o RST mode e agora os telefones dos clientes com mikrotik nao ficam registados mais de 10 min. tem relacao?`),
    nat(`nhos, telefoni ta fika unregistered dipos di nhos ativa RST. klienti ten router di operadora ku NAT. sip tcp`),
    nat(`depois do tuning que fizemos (RST on + tw_reuse) os telefones atras de NAT deixaram de registar. os trunks tao bem`),
    nat(`o cliente diz que desde quarta os telefones da loja (atras do mikrotik) aparecem desligados no vos. quarta foi quando aplicamos o SS_TCP_CLOSE_RESET On. tcp sim`),
  ],
  firewallRst: [
    fw(`bom dia, desde que ligamos o RST mode as chamadas pro cliente atras do fortigate falham. no log do forti aparece deny com "no session matched"`),
    fw(`ola, depois do SS_TCP_CLOSE_RESET=On as chamadas com o cliente que tem pfSense ficam penduradas. no pfsense vejo os RST bloqueados na default deny rule`),
    fw(`iptables -L -n -v | grep INVALID
 1834 91720 DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
o contador sobe desde que ativamos o reset no vos. chamadas tcp a falhar`),
    fw(`desdi ki nu liga RST, chamadas pa klienti ki ten FortiGate ta kai. firewall ta bloka RST`),
    fw(`o cisco ASA do cliente ta a dropar os pacotes RST do vos (%ASA-6-106015: Deny TCP (no connection) ... flags RST). comecou depois de mudarmos o SS_TCP_CLOSE_RESET`),
    fw(`ola, as chamadas ficam mudas e caem ao fim de 30s so nos clientes com firewall stateful. foi depois do close reset ligado. com os outros ta tudo bem`),
    fw(`o conntrack ta a marcar os RST como INVALID e o iptables dropa. isto desde ontem com o RST mode on. chamadas ficam presas`),
    fw(`pa depois da mudanca no fecho tcp as chamadas pro SBC do operador falham todas. o suporte deles diz que o SBC dropa os RST que mandamos`),
    fw(`nhos bon dia, oji chamadas ka ta pasa pa klienti ku pfSense. onti nu ativa SS_TCP_CLOSE_RESET. log di pfsense ta mostra RST blokiadu`),
    fw(`fortigate do cliente:
action="deny" proto=6 service="SIP" tcpflags="RST" msg="no session matched"
centenas disto desde as 15h, hora em que fizemos o reparse com o RST. chamadas a falhar`),
    fw(`ola, chamadas tcp pra filial de Viseu penduram no toque depois de ligarmos o RST. eles tem um sophos xg a frente e o firewall ta a deitar fora os resets`),
    fw(`as chamadas caem ao meio desde a alteracao de segunda (rst on). do lado do cliente ha um firewall stateful que dropa o RST, segundo o tecnico deles`),
    fw(`log do firewall linux do cliente:
nf_ct_tcp: invalid RST IN=eth0 OUT= SRC=... PROTO=TCP DPT=5060 RST
e as chamadas sip tcp a falhar desde que ativamos o close reset no vos`),
    fw(`chamadas sta ta fika pendurado desdi ki nu poi RST On. klienti ten firewall Cisco ASA ki ta dropa RST. kuze ki nu debe faze?`),
    fw(`bom dia, desde o tuning do TIME_WAIT (RST on) as chamadas atraves do firewall do datacenter (juniper srx) dao timeout. o srx ta a descartar os RST fora de sessao`),
    fw(`pa o fortigate ta a bloquear os RST que o vos manda e as chamadas ficam a meio, sem BYE. comecou quando ativamos o SS_TCP_CLOSE_RESET On`),
    fw(`ola, o cliente diz que as chamadas falham e o firewall dele (pfsense) mostra pacotes "TCP:R" bloqueados vindos do nosso ip. nos ligamos o rst na semana passada`),
    fw(`o SBC do cliente (ribbon) ta a descartar os RST do softswitch e fica com as ligacoes tcp meio abertas. depois nao aceita mais chamadas. isto desde o RST mode`),
    fw(`iptables -A INPUT -m state --state INVALID -j DROP ta no firewall do cliente. depois de ligarmos o reset as chamadas comecaram a falhar. e isto ne?`),
    fw(`nhos, dipos di nu ativa modo RST, chamadas ki ta pasa pa firewall di klienti ta falha. firewall ta dropa pakoti RST. ki nu ta faze?`),
    fw(`ontem a tarde ligamos o SS_TCP_CLOSE_RESET e hoje o cliente com fortigate abriu ticket: chamadas a cair, no log deles "no session matched" com flag R`),
    fw(`as chamadas tcp pro pabx do cliente ficam em silencio e depois caem. o firewall deles (checkpoint) dropa o RST fora de estado. a mudanca pro RST foi na quinta`),
    fw(`bom dia, temos um firewall stateful entre o vos e os gateways e desde que o RST ta on as chamadas falham aleatoriamente. os RST nao chegam ao outro lado, vi no tcpdump`),
    fw(`tcpdump do lado do vos mostra o RST a sair, do lado do gateway nao chega nada. no meio ha um pfsense. comecou com o close reset. chamadas a falhar`),
    fw(`ola, meti RST on por causa do TIME_WAIT e agora as chamadas pro cliente atras do firewall da empresa deles falham. o firewall dropa os RST, disse o IT deles`),
    fw(`ka ta funciona chamadas pa klienti ku fortigate desdi ki nu muda fechu TCP pa RST. forti ta dropa`),
    fw(`pa as chamadas ficam penduradas (nao desligam) desde a mudanca no vos. o firewall do cliente ta a descartar os resets como invalid state`),
    fw(`conntrack -S mostra invalid a subir rapido e o log do iptables ta cheio de RST dropados do ip do vos. ativamos o SS_TCP_CLOSE_RESET ontem. chamadas com problemas`),
    fw(`o fortinet do cliente ta a dropar o RST e as chamadas seguintes na mesma ligacao falham. so comecou depois de mudarmos o close reset pra On`),
    fw(`boa tarde, chamadas a falhar pro cliente de Bissau. o firewall deles dropa os pacotes RST desde que ativamos o modo reset. reverto pra Off?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning94Set: readonly EvalItem[] = Object.values(tuning94Families).flat();
