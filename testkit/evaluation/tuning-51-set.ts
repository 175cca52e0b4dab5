import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators and NOC staff of small carriers, call centres and resellers in Portuguese- and
 * Spanish-speaking Africa and in Iberia (Angola, Mozambique, Cape Verde, Guinea-Bissau,
 * São Tomé, Equatorial Guinea, Spain, Portugal) writing on WhatsApp to VOS3000 support. They
 * write European or African Portuguese and Castilian Spanish, casually, with local
 * expressions and abbreviations ("pá", "bué", "maningue", "tipo", "malta", "fixe", "q", "tb",
 * "mt", "pq", "vale", "tío", "joder", "tmb", "xq"), English technical terms mixed in, and now
 * and then a pasted command output or log line; one to four sentences per message.
 *
 * The fifty-first tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the fifty-first never-tuned set, before the thirty-first round of rules, by someone
 * who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or
 * the other sets in view; measured as such before and after the thirty-first to thirty-third
 * rounds, then made tuning material for the thirty-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 87.8 %, negatives confident 4.4 %, confident wrong 0 % with the rules of the
 * thirtieth round, and the same after the thirty-first, the thirty-second and the thirty-third.
 *
 * While the thirty-third round was written, a comparison of its draft with the rules before it printed
 * one message of this set and one of the fiftieth, both reports of a conntrack table filling up since
 * RST mode, which a draft rule read as a full table of another cause; the rule was narrowed to a table
 * filled by a flood or an attack before the round was committed, and the two read as before it.
 */
export const tuning51Families = {
  oneListeningPort: [
    no(`Pá, o httpd não arranca no VOS, diz "(98)Address already in use: make_sock: could not bind to address 0.0.0.0:80". Acho q o nginx q o colega instalou tb tá na 80, confirmam?`),
    no(`Bom dia, o mysqld não sobe depois do reboot: "Can't start server: Bind on TCP/IP port: Address already in use ... Do you already have another mysqld server running on port: 3306 ?". Ficou outra instância presa? Servidor de Luanda.`),
    no(`Buenas, tras instalar un Asterisk de pruebas en el mismo servidor el mbx3000 no levanta el 5060, en el log sale "bind 0.0.0.0:5060 failed: Address already in use". Vale, ya sé que es el asterisk, pero cómo lo paso a otro puerto?`),
    no(`Tío, el portal web del VOS no carga, el tomcat peta con java.net.BindException: Address already in use en el 8080. netstat dice q el puerto lo tiene un java viejo con otro pid, lo mato sin más?`),
    no(`Mano, fiz docker run de um grafana no servidor e agora a interface web do VOS deixou de abrir. docker ps mostra "0.0.0.0:8080->3000/tcp". É isso, não é? hehe`),
    no(`Bom dia malta. Depois de atualizar o webmin o gajo não arranca: "Failed to bind to port 10000 : Address already in use". Nada a ver com chamadas, é só o painel. Como vejo qm tem a porta?`),
    no(`Boa tarde, no servidor de Maputo o módulo H323 não inicia, log diz "bind port 1720 error, address already in use". Ontem instalámos um gatekeeper de teste na msm máquina, deve ser ele.`),
    no(`Hola, el sshd no arranca en el puerto 2222 que configuramos, journal: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." Resulta que el dropbear del técnico anterior sigue ahí. Cómo lo quito sin quedarme fuera?`),
    no(`Ya, é só uma porta: o node do nosso dashboard dá "Error: listen EADDRINUSE: address already in use :::3000". O pm2 deve ter deixado outro processo vivo. Podem ajudar a limpar isso?`),
    no(`Malabo aquí. Metí un kamailio delante del VOS y ahora uno de los dos no arranca: "ERROR: bind(): Address already in use" en 5060 UDP. Queremos kamailio en 5060 y el VOS en 5070, dónde se cambia en el VOS?`),
    no(`Olá, após reinstalar o VOS o mysql não levanta pq o MariaDB q veio com o sistema já tá a ocupar a 3306. É preciso desinstalar o mariadb ou basta desativar?`),
    no(`Mantenha! Servidor de Praia: o nosso serviço de gravação não sobe, log "cannot bind 0.0.0.0:9090, address in use". Alguém pôs o prometheus na mesma porta. Mt obrigado desde já.`),
    no(`Buenas tardes, al arrancar el httpd sale "AH00072: make_sock: could not bind to address [::]:443". Tenemos un stunnel escuchando en 443 para otra cosa. Es solo eso, no?`),
    no(`Pá q chatice, o vsftpd q usamos p tirar os CDRs não arranca: "500 OOPS: could not bind listening IPv4 socket". Acho q o proftpd tb ficou instalado. Qual dos dois tiro?`),
    no(`Hola equipo, lsof -i :5060 me devuelve dos procesos, el mbx3000 y un sipp que dejó corriendo un compañero en modo servidor. El VOS se queja de que no puede bindear. Mato el sipp y listo?`),
    no(`Bom dia de Bissau. A interface web não abre desde ontem, no catalina.out aparece "java.net.BindException: Address already in use: JVM_Bind <null>:8005". Parece q ficou um tomcat zombie. Como resolvo sem parar o softswitch?`),
    no(`Olá pessoal, instalei o openvpn no VOS na porta 443 tcp e agora o apache com ssl não arranca, diz q a porta já tá em uso. Posso mudar o openvpn p 1194 e fica resolvido?`),
    no(`Buenas, en el servidor de Bata el redis no sube: "Could not create server TCP listening socket *:6379: bind: Address already in use". Es de nuestra app de facturación, no toca el VOS. Habrá otro redis metido en un contenedor?`),
    no(`Boa tarde. Mudei a porta SIP do VOS de 5060 p 5080 e agora o softswitch não arranca, no log "listen 5080 fail".
netstat -tulnp | grep 5080
udp  0  0 0.0.0.0:5080  0.0.0.0:*  2231/freeswitch
Esqueci-me do freeswitch lá, pá.`),
    no(`Ostras, he levantado un php -S 0.0.0.0:80 para probar una cosa y ahora el portal del VOS no carga. Supongo que le he quitado el puerto al apache, no? jaja`),
    no(`Bom dia, o zabbix-agent não inicia no VOS: "cannot create listener on port 10050: [98] Address already in use". Também tínhamos o zabbix agent2 instalado. As chamadas tão fixes, é só a monitorização.`),
    no(`Olá, depois do reboot a porta 80 ficou com o lighttpd q veio num pacote de monitorização e o httpd do VOS falha o arranque. Desativei o lighttpd com chkconfig off, chega?`),
    no(`Hola, docker-proxy tiene cogido el 5432 y el postgres del servidor no arranca, "could not bind IPv4 address "0.0.0.0": Address already in use". Ni idea de quién creó ese contenedor, alguno de vosotros?`),
    no(`Mano, o snmpd não sobe: "Error opening specified endpoint udp:161". Acho q o agente da Dell tá a ocupar a 161. Não é urgente, tipo, quando puderem.`),
    no(`Bom dia, em São Tomé a web do VOS (8080) não abre. ss -lntp mostra "LISTEN 0 100 *:8080 users:(("java",pid=4410,fd=52))" mas esse java é do nosso CRM, não do VOS. Qual a melhor porta p mudar o CRM? Leve-leve, não há pressa.`),
    no(`Buenos días, queremos poner un opensips en el mismo host para balancear, pero al arrancar dice "bind failed on 0.0.0.0:5060" porque el VOS ya lo tiene. Se puede compartir el puerto o hay que usar otra IP?`),
    no(`Tipo, o ntpd não arranca pq o chronyd já tá na 123 udp. Isso afeta o VOS? Só reparei pq o script de verificação deu erro.`),
  ],

  otherRegistrationCause: [
    no(`Bom dia, desde ontem q os telefones da agência do Lobito tão todos unregistered. Mudámos a password das contas no VOS na sexta e esquecemos de atualizar nos Yealink, deve ser isso, certo?`),
    no(`Hola, los gateways de la oficina de Sevilla no registran desde que el ISP nos cambió la IP pública. En el VOS tenían autenticación por IP. Dónde actualizo la IP del mapping gateway?`),
    no(`Pá, faltou a luz em Maputo a noite toda e o gerador não pegou. Agora os telefones tão a voltar mas uns 10 continuam unregistered. Já reiniciei o switch.`),
    no(`Buenas, tenemos un montón de 401 Unauthorized en el log del VOS desde las Grandstream de un cliente. Dice que no ha tocado nada, pero su técnico les hizo factory reset ayer. Supongo que han perdido las credenciales.`),
    no(`Boa tarde, o cliente da Praia diz q as linhas não registam. A conta dele no VOS tá com saldo negativo e expirou dia 30. É só renovar ou há mais alguma coisa?`),
    no(`Hola, la licencia del VOS3000 caducó este finde y ahora no registra nada, ni teléfonos ni gateways. Os paso el ID de máquina para renovar, vale?`),
    no(`Olá, mudámos o sip.empresa.co.ao p um IP novo e alguns telefones ainda resolvem p o IP antigo. Os q usam IP direto tão todos bem. É o TTL do DNS, né?`),
    no(`Bom dia. Atualizámos o firmware dos Fanvil e voltaram às definições de fábrica, agora tão todos sem registo. Têm um template de provisioning p VOS q possamos usar?`),
    no(`Buenas tío, el servidor TFTP de aprovisionamiento se cayó y los Cisco 7940 al reiniciar no cogen su config, se quedan sin registrar. El VOS está bien, no tiene nada que ver.`),
    no(`Bom dia, o cliente de Bissau não regista desde ontem. No log vi "403 Forbidden - account locked". Ele errou a senha várias vezes, certo? Como desbloqueio?`),
    no(`Hola, el operador de Malabo nos cortó la fibra ayer por obras y los gateways de la sede no tienen internet. Volverán solos cuando vuelva la conexión o hay que hacer algo en el VOS?`),
    no(`Pá, o segurança desligou o router da loja da tomada e o Dinstar perdeu o registo. Já voltou a ter net mas o gateway continua "Unregistered". Reinicio o gateway ou espero?`),
    no(`Boa noite, mudámos o VOS p um IP novo (migração p cloud) e os telefones ainda apontam p o IP antigo. Temos de reconfigurar um a um ou dá p fazer pela option 66 do DHCP?`),
    no(`Hola, los teléfonos registran por UDP, nada de TCP, y desde que cambiamos el router de la oficina por uno nuevo del operador hay unos cuantos que pierden el registro. En el VOS no se ha tocado nada. Lo miramos con el proveedor del router?`),
    no(`Bom dia, os utilizadores registados caíram de 400 p 250 exatamente à meia-noite. A licença é de 250 linhas, fizemos upgrade mas ainda não ativámos a chave nova. Confirmam q é isso?`),
    no(`Buenas, un cliente de Vigo con Zoiper dice "Registration failed: 404 Not Found". Creo que escribió mal el usuario, le falta un dígito. Me confirmáis que la cuenta existe?`),
    no(`Olá, os telefones da filial de Nampula deixaram de registar depois de mudarmos a senha do wifi... são telefones wifi, ficaram sem rede lol. Era só isso, desculpem o incómodo.`),
    no(`Bom dia, a conta 2001 aparece unregistered no VOS. O utilizador saiu da empresa e o IT desativou-o no AD, q sincroniza com o provisioning. Só confirmem q é isso.`),
    no(`Hola, el cliente de Bilbao ha cambiado de operador y su IP nueva no está en la whitelist del gateway en el VOS, todo rechazado con "IP not allowed". Cómo añado la nueva sin borrar la vieja?`),
    no(`Bom dia. Os ATAs do cliente em Cabinda tão sem registo desde q o técnico trocou o IP do servidor SIP por hostname e escreveu mal o hostname. O log do ATA mostra "DNS lookup failed". Vou corrigir.`),
    no(`Hola, el reloj del servidor se fue a 2019 tras cambiar la pila de la BIOS y ahora no validan los certificados, los teléfonos por TLS no registran. Pongo ntp y listo?`),
    no(`Pá bom dia, 3 telefones ficaram unregistered. São os q tavam ligados à UPS q morreu. Os outros tão fixes. Só confirmar q o servidor tá ok do vosso lado.`),
    no(`Buenas, el GoIP perdió el registro porque la SIM de datos se quedó sin saldo. Ya recargamos pero sigue sin registrar, habrá que reiniciarlo?`),
    no(`Bom dia, mudámos a porta SIP do VOS p 5080 por causa dos ataques e esquecemos de avisar o cliente de Luanda. Os telefones dele continuam a ir p 5060 e não registam. Vou mandar o config novo.`),
    no(`Hola, tras migrar a la versión nueva del VOS importamos las cuentas desde un Excel y parece que las contraseñas entraron con un espacio al final. Resultado: 300 teléfonos con 401. Se puede corregir de forma masiva?`),
    no(`Boa tarde, o ISP da loja no Mindelo tá com problemas desde manhã, pings com 60% de perda. Os telefones registam e caem. Não mexemos em nada do lado do VOS.`),
    no(`Olá, os MicroSIP dos agentes deixaram de registar às 00:00. Afinal o contrato das contas acabou e o sistema suspendeu tudo automaticamente. Já pagámos, quanto tempo demora a reativar?`),
  ],

  smallFigures: [
    no(`Pá uma dúvida: fiz netstat -an | grep TIME_WAIT | wc -l no VOS de Luanda e deu 312. É normal? Temos tipo 5 chamadas simultâneas à noite.`),
    no(`Hola, qué significa exactamente TIME_WAIT en netstat? Veo unas cuantas líneas así en el servidor y no sé si es malo.`),
    no(`Boa tarde, é normal ter uns 2000 sockets em TIME_WAIT a 20 CPS? Não temos erro nenhum, é só curiosidade.`),
    no(`Buenas, ss -s me da esto:
TCP:   187 (estab 42, closed 120, orphaned 0, synrecv 0, timewait 118/0)
Está todo ok no? El servidor va sobrado.`),
    no(`Olá, em teoria devíamos ativar o SS_TCP_CLOSE_RESET? Lemos o manual e ficámos na dúvida. Tráfego baixo, quase tudo UDP.`),
    no(`Tío, a partir de cuántas conexiones en TIME_WAIT hay que preocuparse? Ahora mismo tengo 900 y el tráfico es flojito, unas 8 llamadas por segundo en pico.`),
    no(`Bom dia. Como se lê o output do netstat -s? Quero perceber se há algum problema de rede no servidor novo antes de o pôr em produção.`),
    no(`Pergunta rápida: o tcp_fin_timeout do CentOS é 60s por defeito, devo baixar? Temos 150 TIME_WAIT no máximo e ninguém se queixa.`),
    no(`Hola, check mensual: "ss -tan state time-wait | wc -l" → 431. Ayer era 390. Hay que preocuparse o es ruido?`),
    no(`Bom dia, qual é o ip_local_port_range por defeito no CentOS 6? É só p documentação, o cat dá "32768 61000" e queria confirmar q é o padrão.`),
    no(`Olá, o q é q o SS_TCP_CLOSE_RESET faz exatamente? Não quero mudar nada, é só p explicar na formação da equipa.`),
    no(`Buenas, tenemos 1500 sockets en TIME_WAIT con 30 CPS en hora punta. El servidor responde bien, CPU al 15%. Lo dejamos así o conviene tunear algo preventivo?`),
    no(`Pá, pergunta de noob: o TIME_WAIT fica do lado de quem fecha a ligação, certo? Então se o VOS fecha primeiro é ele q fica com os sockets?`),
    no(`Hola, netstat -ant | awk '{print $6}' | sort | uniq -c me da 45 ESTABLISHED, 210 TIME_WAIT, 12 LISTEN y 3 CLOSE_WAIT. Es un servidor de pruebas con 2 llamadas. Todo normal?`),
    no(`Bom dia, check de rotina no servidor de Maputo: 600 em TIME_WAIT, 80 ESTABLISHED, nenhum erro no log. Só p confirmar q tá saudável.`),
    no(`Olá, se um dia ativarmos o RST, os telefones atrás de NAT podem ter problemas? Pergunta teórica, não temos planos p já.`),
    no(`Hola, es verdad que tcp_tw_recycle está deprecado? Un compañero lo quiere poner "por si acaso" en el VOS, pero no tenemos ningún problema de conexiones.`),
    no(`Boa tarde, a partir de quantos CPS começa a fazer sentido pensar no TIME_WAIT? Agora temos 3-4 CPS e queremos chegar aos 50 no próximo ano.`),
    no(`Buenas, en nuestro CentOS 5 no existe ss, cuál es el equivalente con netstat para contar conexiones por estado? Es para un script de monitorización.`),
    no(`Pá, o colega diz q 28 mil portas efémeras chegam e sobram. No pico temos uns 300 sockets abertos. Ele tem razão, não tem?`),
    no(`Hola, veo 5 CLOSE_WAIT en el netstat que no desaparecen. Son del portal web, no del SIP. Es algo grave?`),
    no(`Olá, num servidor com 10 CPS quantas ligações em TIME_WAIT é q se espera ver, mais ou menos? Tamos a montar alarmes no zabbix e queremos um threshold realista.`),
    no(`Bom dia equipa, qual a diferença entre FIN e RST no fecho de uma ligação TCP? Vi isso no manual do VOS, secção 4.3.5.2, e fiquei curioso.`),
    no(`Buenas, cat /proc/sys/net/ipv4/tcp_tw_reuse me da 0. Debería estar a 1? No hay errores, solo estoy repasando la config después de instalar.`),
    no(`Tipo, o watch "ss -s" mostra o timewait a oscilar entre 80 e 200 durante o dia. É só p saber se é o comportamento esperado.`),
    no(`Hola, pregunta de un alumno en la formación: si el SIP va por UDP, tiene sentido hablar de TIME_WAIT? Yo creo que no, pero quiero confirmarlo.`),
    no(`Bom dia, o servidor de Bissau tem 40 chamadas simultâneas no pico e vejo uns 700 TIME_WAIT. Tá dentro do normal? Não há queixas nenhumas.`),
  ],

  firewallNoRst: [
    no(`Bom dia, preciso de abrir as portas RTP 10000-20000 UDP no iptables do VOS. Qual é a regra certa? Chamadas sem áudio desde q mudámos p o servidor novo.`),
    no(`Hola, cómo meto en whitelist la IP 41.x.x.x de un cliente nuevo en el firewall del VOS? Ahora mismo le da timeout al registrar.`),
    no(`Pá, o fail2ban baniu o IP do nosso escritório em Luanda pq alguém errou a senha do SSH 5 vezes. Como tiro o ban? O fail2ban-client status sshd mostra o IP lá.`),
    no(`Buenas, el router del cliente tiene el SIP ALG activado y nos reescribe el Contact, audio en un solo sentido. Cómo se desactiva en un TP-Link?`),
    no(`Boa tarde, queremos bloquear tudo o q venha de fora de Angola e Portugal no 5060, por causa dos scanners. Recomendam algum ipset por país?`),
    no(`Hola, pusimos un rate limit en el FortiGate de 50 INVITE por segundo por IP y ahora un carrier grande nos da 503 en hora punta. Cómo subo el límite solo para su IP?`),
    no(`Pá, alguém meteu "iptables -A INPUT -p udp --dport 5060 -j DROP" no servidor de teste e agora não entra nada. Posso apagar só essa linha sem mexer no resto?`),
    no(`Bom dia, o nosso MikroTik tem o SIP helper ligado (/ip firewall service-port sip). Devemos desligar? Temos áudio só num sentido em algumas chamadas.`),
    no(`Buenas tío, me piden abrir el 8080 del portal web solo para la IP de la oficina de Madrid. Tenemos un pfsense delante. Alguna recomendación?`),
    no(`Olá, o auditor do banco exige firewall ativo no VOS. Qual é a lista mínima de portas q temos de abrir? SIP, RTP, web, ssh e mais?`),
    no(`Hola, en el ASA tenemos "inspect sip" activado y las llamadas del carrier salen con la IP privada en el SDP. Quito la inspección?`),
    no(`Bom dia, recebemos milhares de REGISTER de IPs holandeses a testar extensões, user-agent "friendly-scanner". Como bloqueio pelo user-agent no iptables?`),
    no(`Pá, o fail2ban não apanha os ataques SIP pq o filtro não reconhece o formato do log do VOS. Alguém tem um failregex q funcione?`),
    no(`Buenas, hemos migrado a firewalld en CentOS 7 y no sé cómo pasar las reglas del iptables antiguo, sobre todo el rango RTP. Me echáis una mano?`),
    no(`Olá, o cliente em Quelimane tem IP dinâmico e temos de atualizar a whitelist todas as semanas, é maningue chato. Há forma de pôr um hostname DDNS no firewall?`),
    no(`Hola, en el FortiGate queremos quitar el session-helper de SIP como recomienda Fortinet para VoIP. Hay que quitar también el voip-profile de la política?`),
    no(`Bom dia, qual é a regra no pfsense p fazer port forward do 5060 UDP p o VOS q tá atrás dele? É um servidor novo na DMZ.`),
    no(`Hola, tenemos el VOS en la nube y en el security group solo abrimos 5060 TCP. Las llamadas conectan pero sin audio. Hay que abrir RTP, no?`),
    no(`Pá bom dia, o IPS da nossa FortiGate marcou o tráfego SIP do carrier como "SIP.Brute.Force" e bloqueou. Como faço exceção p esse IP?`),
    no(`Buenas, geobloqueamos África en el firewall por un ataque y nos hemos cargado a un cliente de Malabo, joder. Cómo hago una excepción para su rango?`),
    no(`Olá, as regras do iptables desaparecem sempre q reinicio o servidor. Esqueci-me do service iptables save? É CentOS 6.`),
    no(`Hola, necesito limitar las conexiones SSH al VOS a 3 por minuto por IP con iptables y el módulo recent. Alguien tiene el ejemplo a mano?`),
    no(`Bom dia, o cliente diz q o router dele bloqueia a 5060 e não consegue registar. Podemos dar-lhe uma porta alternativa tipo 5062 no VOS e abrir no firewall?`),
    no(`Pá, o nosso firewall tem um limite de 200 sessões por IP e um carrier passa disso no pico, as chamadas novas são recusadas. Subo o limite só p ele?`),
    no(`Hola, el ISP de Guinea Ecuatorial bloquea el 5060 en las líneas móviles y los clientes con 4G no llegan. Podemos poner otro puerto en el VOS y permitirlo en el iptables?`),
    no(`Bom dia, posso bloquear no firewall os OPTIONS q vêm de fora? Tão a encher o log. Ou o VOS precisa deles p os gateways?`),
    no(`Olá, no log do iptables aparecem bué de "DROP IN=eth0 SRC=185.x.x.x DPT=5060 PROTO=UDP". São scanners, certo? Só quero confirmar q a regra tá a fazer o trabalho dela.`),
  ],

  negationContext: [
    no(`Pá, o TIME_WAIT tá normal, vi agora, 300 e tal. O problema é o carrier q nos rejeita as chamadas com 503 desde manhã.`),
    no(`Hola, antes de que me digáis lo del RST: aquí todo va por UDP, el SS_TCP_CLOSE_RESET nos da igual. Los teléfonos pierden el registro por otra cosa, creo que es el DHCP.`),
    no(`Bom dia, o RST tá Off e ninguém mexeu em nada, confirmei no softswitch.conf. Mesmo assim as chamadas p Moçambique caem aos 30s. Será timer de sessão?`),
    no(`Buenas, el firewall no está tirando nada, lo he revisado en los logs del FortiGate y cero drops. Las llamadas que no cuelgan son porque el carrier no manda el BYE.`),
    no(`Olá, os telefones ficaram unregistered depois da mudança de senha, não tem nada a ver com NAT nem TCP. Só preciso de saber onde se faz o reset em massa.`),
    no(`Hola, "address already in use" sí, pero es del apache al arrancar, no de las llamadas. El softswitch va perfecto.`),
    no(`Pá, não são as portas efémeras, o range é de 1024 a 65535 e só temos 2000 sockets usados. O erro q temos é de licença: "max concurrent calls reached".`),
    no(`Bom dia. Não ativámos RST nenhum, os phones atrás do MikroTik sempre funcionaram e continuam a funcionar. Quem tá com problemas é um único telefone com IP público q não regista, desconfio da password.`),
    no(`Buenas, el conntrack está limpio, nada de entradas colgadas. Lo que pasa es que el gateway de Bata se reinicia solo cada pocas horas, parece hardware.`),
    no(`Olá, já vimos q não é NAT: o telefone q falha tá na mesma LAN do servidor, sem router no meio. Dá "488 Not Acceptable Here", deve ser codec.`),
    no(`Hola, sé que con muchas CPS el TIME_WAIT puede dar guerra, pero nosotros vamos a 5 CPS. Lo de ayer fue el disco lleno de CDRs.`),
    no(`Bom dia, mudámos o SS_TCP_CLOSE_RESET p On há três meses e tá tudo estável, zero queixas. Hoje caíram chamadas mas foi corte de fibra da operadora, já confirmado por eles.`),
    no(`Pá, nada de RST descartado no pfsense, vi o log todo. As chamadas mudas são problema de RTP, não de SIP.`),
    no(`Hola, no es el firewall: lo desactivamos del todo 10 minutos (service iptables stop) y el problema sigue igual, las llamadas a Portugal fallan con 404. Es enrutamiento.`),
    no(`Bom dia equipa, os NATeados registam todos bem, os unregistered são só os q têm a conta bloqueada por falta de pagamento. Não é preciso mexer no RST.`),
    no(`Olá, o "cannot assign requested address" q viram no log era de um script nosso q tentava fazer bind ao IP antigo da máquina depois da migração. Já corrigimos, não era falta de portas.`),
    no(`Hola, TCP no lo usamos para nada, todos los endpoints están en UDP 5060. Así que lo de cerrar con FIN o con RST no aplica, verdad? El problema de verdad es audio entrecortado.`),
    no(`Pá, a ideia do colega era desligar o RST, mas já tá desligado (SS_TCP_CLOSE_RESET="Off" no conf). Os telefones caem pq o router do cliente reinicia de hora a hora, vimos no uptime dele.`),
    no(`Buenas, nada de TIME_WAIT ni de puertos, el servidor tiene 40 sockets abiertos. Lo que falla es el mysql, se queda sin conexiones ("Too many connections").`),
    no(`Bom dia, não foi depois do RST. Os telefones de Nampula já caíam antes de qualquer mudança, desde q o cliente mudou de operadora. E tão todos em UDP.`),
    no(`Hola, el ASA no descarta ningún RST, lo comprobamos con "show asp drop" y nada de tcp. Las llamadas que duran horas son de un cliente cuya centralita no cuelga, lo vimos en el CDR.`),
    no(`Olá, a firewall não tem nada a ver: as chamadas com o RST ligado terminam bem, o q falha são as de um só gateway, q manda o número mal formatado.`),
    no(`Pá, antes q perguntem: não há TIME_WAIT acumulado, não há address already in use, não mudámos sysctl nenhum. O VOS simplesmente deixou de gravar CDRs desde ontem.`),
    no(`Hola, los teléfonos detrás de NAT están todos registrados; los que salen unregistered son los de la oficina con IP pública que movimos a otra VLAN sin ruta. Culpa nuestra, vale.`),
    no(`Bom dia, o tcp_tw_reuse já tá a 1 e o range de portas aberto desde a instalação. Hoje o problema é outro: CPU a 100% por causa de um backup q ficou preso.`),
    no(`Buenas, se habló de RST en el grupo pero no: entre el VOS y el carrier no hay ningún firewall stateful, están en la misma red. Las llamadas que no cortan es porque tenemos desactivado el timeout de no-RTP.`),
    no(`Olá, o colega achou q era conntrack mas não: conntrack -L | wc -l dá 800 entradas, nada de anormal. A falha é de DNS, o carrier mudou de IP e o nosso cache tinha o antigo.`),
  ],

  portExhaustion: [
    pe(`Pá urgente, no pico das 19h o VOS de Luanda começa a dar "Cannot assign requested address" ao ligar p os gateways TCP. netstat mostra 28 mil em TIME_WAIT. Reinicio e volta a funcionar uma horita.`),
    pe(`Hola, en hora punta las llamadas salientes por TCP fallan. En el log: "connect() failed: (99) Cannot assign requested address". ss -s → timewait 31244. Vamos a unas 180 CPS.`),
    pe(`Bom dia, o servidor de Maputo não consegue abrir ligações TCP novas quando passamos das 150 CPS. Vejo maningue TIME_WAIT, tipo 30k. Como resolvo de vez?`),
    pe(`Buenas tío, otra vez: a partir de las 20:00 "Address already in use" en las conexiones salientes al carrier y las llamadas no salen. Con un reboot se arregla hasta el día siguiente. El servidor va a tope de CPS.`),
    pe(`Olá, temos isto:
ss -s
TCP:   33817 (estab 912, closed 32640, orphaned 3, synrecv 0, timewait 32598/0)
e o VOS deixa de conseguir ligar aos carriers por TCP. Só acontece à noite, com o tráfego no máximo.`),
    pe(`Pá, o VOS tá a rebentar: EADDRINUSE nas ligações de saída, o ip_local_port_range tá em 32768 61000 e temos uns 28 mil sockets em TIME_WAIT. É falta de portas, certo?`),
    pe(`Hola, con el tráfico de la campaña (unos 250 CPS) el softswitch se queda sin puertos. netstat -an | grep -c TIME_WAIT → 29871. Las llamadas nuevas dan timeout.`),
    pe(`Bom dia, o call center começa às 8h e por volta das 10h as chamadas de saída deixam de passar, log cheio de "cannot bind local port". Reiniciamos o mbx3000d e volta. Já é o 3º dia seguido.`),
    pe(`Buenas, tenemos 27k conexiones en TIME_WAIT hacia el mismo carrier, 5060 TCP, y en pico no se abren más sockets. Es cosa del carrier o somos nosotros?`),
    pe(`Olá malta, quando o tráfego sobe o VOS não abre mais sockets TCP, o log diz "Address already in use" nas ligações novas. De dia tá fixe, à noite com as promoções de minutos rebenta tudo.`),
    pe(`Hola, el trunk SIP TCP con el carrier de Madrid se cae cada tarde en el pico, en el log del mbx sale "Cannot assign requested address". A los pocos minutos de bajar el tráfico vuelve solo.`),
    pe(`Pá, os sockets em TIME_WAIT não param de subir, agora tão em 30.112 e o servidor começa a recusar ligações novas. No pico andamos nos 200 CPS.`),
    pe(`Bom dia, desde q entrou o cliente novo de wholesale (mais uns 100 CPS) o servidor dá "cannot assign requested address" no pico. Antes disso nunca tivemos problemas.`),
    pe(`Hola,
[root@vos ~]# netstat -ant | awk '{print $6}' | sort | uniq -c | sort -rn | head -3
  28744 TIME_WAIT
    803 ESTABLISHED
     14 LISTEN
y el VOS no consigue conectar con los gateways. Qué tocamos?`),
    pe(`Buenas, cuando pasamos de 120 CPS las llamadas por TCP fallan en seco. Anoche reinicié y aguantó 2 horas. El cliente está que trina.`),
    pe(`Olá, em hora de ponta o mbx3000 escreve "socket bind error 99" a cada segundo e as chamadas de saída por TCP morrem. Uns 30k em TIME_WAIT. O sysctl tá tudo de fábrica do CentOS 6.`),
    pe(`Ya pá, os gateways TCP deixam de responder à noite. Vi q o TIME_WAIT vai até 29 mil e o range de portas é o default. Dá p alargar o range sem reiniciar?`),
    pe(`Hola, el servidor de Barcelona se queda sin puertos efímeros en hora punta, las salientes fallan con "Address already in use". Todavía tenemos tcp_tw_reuse a 0, por si sirve.`),
    pe(`Bom dia, o VOS da Praia recusa chamadas novas quando passamos dos 90 CPS. ss -tan state time-wait | wc -l → 27903. Reiniciar ajuda mas é só por pouco tempo.`),
    pe(`Buenas, en el monitor veo que los sockets en TIME_WAIT suben a la par que el tráfico y cuando llegan a unos 28k empiezan a fallar las llamadas. Cuadra clavado con el tamaño del rango de puertos.`),
    pe(`Olá, só sintomas: nas horas de mais tráfego as chamadas de saída falham, nas horas calmas tudo bem, e reiniciar o serviço resolve por umas horas. Ah, e o netstat tá cheio de TIME_WAIT, milhares.`),
    pe(`Hola tío, desde que pasamos a TCP con el carrier grande (antes UDP) vemos "cannot bind" en los picos de 200 CPS. Con UDP nunca pasaba.`),
    pe(`Bom dia, msg do NOC de Luanda: 21h, CPS a 170, ASR caiu p 20%, log do mbx3000 com "connect: Cannot assign requested address". TIME_WAIT 31k. Precisamos de ajuda já.`),
    pe(`Buenas, el cliente de tráfico masivo lanza campañas de 300 CPS y a los 10 minutos el VOS ya no puede abrir conexiones nuevas. Un reinicio lo arregla, pero no vamos a reiniciar en cada campaña.`),
    pe(`Pá, isto é estranho: o servidor tem CPU e RAM de sobra mas no pico deixa de fazer ligações TCP novas, "Address already in use" no log. netstat: mais de 25 mil TIME_WAIT.`),
    pe(`Hola, os pego esto:
2024-03-12 20:41:07 [ERR] tcp connect to 85.x.x.x:5060 failed: Cannot assign requested address
2024-03-12 20:41:07 [ERR] tcp connect to 85.x.x.x:5060 failed: Cannot assign requested address
Se repite miles de veces en hora punta. Con poco tráfico no sale nunca.`),
    pe(`Bom dia, o VOS de Bissau aguentava bem, mas desde q juntámos o tráfego de duas rotas no mesmo servidor, à noite fica sem portas. Contei 30 mil e tal sockets em TIME_WAIT.`),
    pe(`Olá, no pico dá EADDRINUSE nas ligações de saída, mesmo com poucos ESTABLISHED. Reinicio e dura até ao pico seguinte. Andamos nos 160 CPS mais ou menos.`),
    pe(`Buenas, cuando el tráfico pasa de 100 CPS el servidor no abre más conexiones TCP a los gateways. ss no está (CentOS 5), netstat me cuenta 28.200 TIME_WAIT. Cómo lo dejamos fino?`),
    pe(`Pá, a malta do NOC reporta "no more ports available" nos picos, chamadas TCP a falhar, e depois de meia hora de tráfego baixo volta tudo. Milhares de sockets presos em TIME_WAIT.`),
  ],

  natUnregistered: [
    nat(`Bom dia, desde q ativaram o SS_TCP_CLOSE_RESET ontem, os telefones atrás dos routers dos clientes ficam unregistered. Os q têm IP público tão fixes. É tudo SIP sobre TCP.`),
    nat(`Hola, después de poner el RST a On por lo del TIME_WAIT, todos los teléfonos detrás de NAT pierden el registro cada pocos minutos. Los que tienen IP pública ni se enteran.`),
    nat(`Pá, os Yealink atrás de MikroTik ficaram todos unregistered desde q mudámos o close reset p On. Tão em TCP. Voltamos atrás?`),
    nat(`Buenas, los CPE de los clientes (routers Huawei del operador) con teléfonos en TCP se desregistran desde el cambio de anoche. El cambio fue SS_TCP_CLOSE_RESET="On" en el softswitch.conf, nada más.`),
    nat(`Olá, depois da otimização q fizeram no servidor (a tal do RST) os telefones das lojas, todas atrás de NAT, aparecem offline no VOS. Os da sede, com IP público direto, tão bem.`),
    nat(`Hola, desde que activamos el modo RST los softphones de los agentes que curran desde casa, detrás de su router, se quedan sin registro. Los de la oficina, con IP pública, funcionan.`),
    nat(`Pá, é isto: RST On desde terça, telefones atrás de NAT em TCP caem do registo, no log do telefone "registration failed, connection reset". Com IP público nada.`),
    nat(`Bom dia. Aplicámos o tuning de TIME_WAIT q nos recomendaram (incluía SS_TCP_CLOSE_RESET On) e desde aí uns 200 ATAs de clientes residenciais, todos NATeados, ficam unregistered. Ajuda!`),
    nat(`Buenas, desde el cambio de ayer (closereset activado) los Grandstream de los clientes detrás de MikroTik salen unregistered. Solo los que van por TCP, los de UDP siguen ok.`),
    nat(`Olá, o cliente de Benguela liga a queixar-se: desde ontem os telefones perdem o registo a toda a hora. Tão atrás de um router 4G com NAT, em TCP. Ontem ligámos o RST no VOS. Coincidência?`),
    nat(`Hola, los teléfonos del hotel, todos detrás de un router con NAT, se desregistran desde que cambiamos SS_TCP_CLOSE_RESET a On. Mismo firmware, mismo router, solo ese cambio.`),
    nat(`Pá, meteram o close reset a On no servidor de Maputo e agora os telefones dos clientes atrás de NAT ficam tipo 5 min registados e depois caem. Os troncos com IP público tão normais.`),
    nat(`Bom dia, desde a mudança do parâmetro SS_TCP_CLOSE_RESET os phones remotos atrás de NAT passaram a unregistered. O registo volta quando reiniciamos o telefone mas depois cai outra vez.`),
    nat(`Buenas tardes, tras activar el RST para quitarnos el TIME_WAIT, la mitad de las extensiones se quedan unregistered. Coinciden justo con las que están detrás de NAT (routers de casa, CPE). SIP sobre TCP.`),
    nat(`Olá, desde q o técnico meteu SS_TCP_CLOSE_RESET="On" e fez reparse, as lojas com router (NAT) ficaram sem registo. A sede em Lisboa tem IP público e tá ok. Foi isso q partiu?`),
    nat(`Hola, en el log del VOS veo reconexiones TCP constantes desde las mismas IPs públicas (los routers NAT de los clientes) desde que activamos el RST, y esos teléfonos salen sin registrar. Los que van directos a internet, bien.`),
    nat(`Pá, telefones atrás do CPE da operadora: unregistered desde segunda. Segunda foi quando ligámos o modo RST no VOS. Em UDP ninguém se queixa, só os de TCP.`),
    nat(`Buenas,
softswitch.conf: SS_TCP_CLOSE_RESET="On"   (desde el martes)
Y desde el martes las extensiones remotas detrás de NAT no registran; las de IP pública sí. Os suena?`),
    nat(`Bom dia, uns clientes com routers MikroTik dizem q os telefones "perdem a linha" várias vezes ao dia desde a última manutenção. Na manutenção ativámos o fecho TCP com RST. Os telefones tão em TCP.`),
    nat(`Hola, el paso de FIN a RST en el cierre TCP nos ha roto los registros de los teléfonos detrás de NAT; parece que los routers no digieren el reset y la sesión se pierde. Cómo lo revertimos?`),
    nat(`Olá, tipo, os softphones em TCP atrás do wifi dos clientes perdem o registo desde q mexemos no close reset. Quem tem IP fixo público não tem problema nenhum. Querem algum log?`),
    nat(`Pá, aquele ajuste do RST q fizemos por causa do TIME_WAIT partiu os NATs. Telefones atrás de router ficam unregistered, os de IP público registam na boa.`),
    nat(`Buenas, os paso lo que vemos en la captura: tras el RST del servidor el router NAT del cliente sigue mandando los REGISTER por la conexión vieja, no hay respuesta y el teléfono se queda sin registro. Empezó con SS_TCP_CLOSE_RESET=On.`),
    nat(`Bom dia, ativámos o RST na sexta p aguentar mais CPS. Desde então os telefones dos clientes em casa (NAT, TCP) aparecem unregistered no VOS e voltam a registar passados uns minutos, em ciclo.`),
    nat(`Hola, los teléfonos de la sucursal de Bata, detrás de un router con NAT, dejaron de registrar justo después de activar el cierre con RST. Van por TCP. Los de Malabo con IP pública siguen bien.`),
    nat(`Olá, a maioria dos nossos clientes tá atrás de NAT e desde q ligámos o SS_TCP_CLOSE_RESET caíram os registos TCP de quase todos. Os poucos com IP público tão ok. Voltamos p Off?`),
    nat(`Pá, o script de tuning q correram ontem no VOS ligou o RST, e hoje os telefones atrás de NAT tão todos sem registo, bué de queixas. Não mexemos em mais nada.`),
    nat(`Buenas, teléfonos Cisco detrás del NAT del cliente, SIP TCP: desde que pusimos el close reset a On pierden el registro. Si los pasamos a UDP registran. Qué hacemos?`),
    nat(`Mantenhas. Em Bissau os telefones do cliente tão atrás de um router da operadora e desde a alteração do fecho TCP p RST no VOS ficam sem registo. Os nossos, com IP público, nem piscam.`),
    nat(`Hola, desde que se aplicó el RST en el softswitch los teléfonos de los teletrabajadores (NAT, TCP) aparecen como no registrados en el VOS. Los de la oficina central con IP pública, OK.`),
  ],

  firewallRst: [
    fw(`Bom dia, desde q ligámos o RST no VOS as chamadas q passam pela FortiGate não terminam, ficam penduradas. No log do Forti aparecem os pacotes RST como "no session matched".`),
    fw(`Hola, tras activar SS_TCP_CLOSE_RESET las llamadas que cruzan el ASA se quedan colgadas. En el syslog:
%ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 41.x.x.x/34512 flags RST on interface inside
Miles así.`),
    fw(`Pá, o conntrack do firewall (iptables) fica cheio de entradas ESTABLISHED p o 5060 TCP q nunca saem, desde q ativámos o modo RST. As chamadas tb ficam penduradas.`),
    fw(`Buenas, con el RST activo en el VOS el pfsense se traga los resets: en el log sale la "Default deny rule" con flags "R". Las llamadas no cuelgan y los canales se quedan ocupados.`),
    fw(`Olá, as chamadas p o carrier q passam pelo nosso firewall stateful falham desde a mudança p RST. Antes, com o FIN, tudo funcionava.`),
    fw(`Hola, en el kern.log del firewall linux:
IPT-INVALID: IN=eth0 OUT=eth1 SRC=10.1.1.10 DST=62.x.x.x PROTO=TCP SPT=5060 DPT=40122 WINDOW=0 RES=0x00 RST URGP=0
a miles. Empezó cuando pusimos SS_TCP_CLOSE_RESET a On.`),
    fw(`Pá, CDRs com chamadas de 4 e 5 horas desde ontem, as chamadas não desligam. Ontem ativámos o RST e o VOS tá atrás de uma FortiGate. Deve haver relação, né?`),
    fw(`Buenas, el carrier dice que tenemos 300 sesiones abiertas cuando en realidad hay 80 llamadas. Entre el VOS y ellos hay un Check Point. Coincide con que activamos el RST la semana pasada.`),
    fw(`Olá, desde a ativação do RST o contador da regra "drop connection-state=invalid" do nosso MikroTik dispara, milhares de pacotes, e as chamadas ficam sem desligar.`),
    fw(`Hola, las llamadas ya no terminan bien: uno cuelga y el otro sigue oyendo silencio hasta que cuelga también. Solo pasa con el tráfico TCP que atraviesa el firewall del datacenter, desde el cambio al modo RST.`),
    fw(`Bom dia, "conntrack -L | grep 5060 | wc -l" → 14 mil entradas e a subir, quase todas ESTABLISHED de chamadas q já acabaram. O firewall é o iptables do servidor de borda. Começou com o RST On.`),
    fw(`Pá, depois de ligarmos o close reset as chamadas p o carrier de Portugal começaram a falhar à 2ª tentativa. O Sophos à frente do VOS mantém as sessões velhas abertas e bloqueia as novas.`),
    fw(`Buenas tío, el FortiGate se come los RST del VOS: "diag debug flow" dice "no session matched" en cada reset. Llamadas colgadas a montón desde el martes, que es cuando activamos el cierre con RST.`),
    fw(`Olá, os canais tão todos ocupados no VOS mas com poucas chamadas reais, parece q as sessões não fecham. Mudámos há pouco p SS_TCP_CLOSE_RESET=On e temos um pfsense entre o VOS e os gateways.`),
    fw(`Hola, la tabla de conntrack del firewall se llena ("nf_conntrack: table full, dropping packet") desde que el VOS cierra con RST. Las entradas de SIP TCP no se liberan nunca.`),
    fw(`Pá, o NOC de Luanda reporta chamadas presas desde a manutenção de ontem, onde ativámos o RST. O firewall do datacenter é um ASA e o colega da rede diz q tá a descartar os resets.`),
    fw(`Buenas, desde que el softswitch manda RST en vez de FIN, el firewall de la oficina (stateful) no los deja pasar y las llamadas TCP no cortan. Si quito el firewall funciona.`),
    fw(`Bom dia, as chamadas com os gateways do outro lado da FortiGate não caem quando alguém desliga, ficam abertas até ao timeout de 2h. Tudo começou quando o VOS passou a fechar as ligações com RST.`),
    fw(`Hola, usamos SIP sobre TLS con un Palo Alto en medio. Desde que activamos el RST en el VOS el firewall descarta los resets y las llamadas se quedan abiertas en los dos extremos.`),
    fw(`Pá, no pfsense vejo os RST do VOS a serem bloqueados pela regra default e do lado do VOS as chamadas ficam ativas. O SS_TCP_CLOSE_RESET foi ligado há dois dias.`),
    fw(`Olá, desde q ativámos o modo RST, uns 15% das chamadas ficam penduradas. Todas passam pelo firewall do cliente, um Cisco ASA. As q não passam pelo firewall terminam bem.`),
    fw(`Hola, los minutos facturados se han disparado porque hay llamadas que duran horas. El router de borde tiene iptables con DROP para los paquetes INVALID y desde que el VOS cierra con RST pasa esto.`),
    fw(`Bom dia, quando desligamos o RST as chamadas terminam normalmente; quando ligamos, ficam penduradas e a FortiGate 100F mostra drops de RST. Qual é a regra p deixar passar os RST do SIP TCP?`),
    fw(`Buenas, os pego del firewall:
Mar 14 21:03:11 fw kernel: DROP INVALID IN=eth1 OUT=eth0 SRC=10.10.1.5 DST=195.x.x.x PROTO=TCP SPT=5060 DPT=51876 RST
Mar 14 21:03:11 fw kernel: DROP INVALID IN=eth1 OUT=eth0 SRC=10.10.1.5 DST=195.x.x.x PROTO=TCP SPT=5060 DPT=51880 RST
Desde el cambio al cierre con RST. Las llamadas al carrier no terminan.`),
    fw(`Pá, o carrier diz q passamos o limite de chamadas simultâneas mas o VOS mostra metade. Há um firewall stateful no meio e desde q mudámos p RST as sessões não fecham do lado deles.`),
    fw(`Olá, as chamadas de saída falham depois de ativar o RST: o firewall acha q a ligação TCP antiga ainda tá aberta e bloqueia a nova com a mesma porta. Vi no conntrack entradas antigas com o mesmo tuplo.`),
    fw(`Hola, en el pfSense la tabla de estados muestra cientos de conexiones ESTABLISHED:ESTABLISHED al 5060 TCP del VOS que ya no existen. Antes de activar el RST esto no pasaba. Las llamadas no cortan.`),
    fw(`Bom dia, a FortiGate tá a descartar os resets do softswitch, no log aparece "no session". Resultado: canais presos no gateway e o cliente não consegue ligar. Começou depois de ligarmos o RST.`),
    fw(`Buenas, desde el cambio de ayer en softswitch.conf (SS_TCP_CLOSE_RESET="On") el firewall stateful entre el VOS y los gateways de Bata se traga los RST y el gateway no libera el canal. Hay que reiniciarlo cada pocas horas, hermano.`),
    fw(`Pá, só sintomas: chamadas q não desligam, gateways com canais presos, conntrack do firewall cheio de ligações SIP TCP velhas. Tudo desde q ligámos o RST na semana passada.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning51Set: readonly EvalItem[] = Object.values(tuning51Families).flat();
