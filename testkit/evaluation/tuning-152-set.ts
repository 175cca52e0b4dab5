import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP wholesale carriers, call-centre owners, resellers and NOC technicians in Latin America (Mexico,
 * Colombia, Peru, Venezuela, Ecuador, Argentina, Dominican Republic) and Brazil, writing to the VOS3000
 * support desk on WhatsApp in Latin script: roughly 60 % Latin American Spanish (regional slang such as
 * "wey", "parce", "pana", "che", "compa", "ing.", abbreviations q/xq/pq/tb, missing accents) and 40 %
 * Brazilian Portuguese ("vc", "tb", "blz", "pfv", "mano", "galera", "kkk", missing accents), mixed with
 * English technical words, pasted ss/netstat/iptables output, firewall and softswitch log lines, and numbers
 * written as people say them ("30 mil", "30k", "treinta mil", "trinta mil", "~29k").
 *
 * The hundred-and-fifty-second tuning split, by family, written as the largest markets write beyond South Asia and the Arab
 * world. Five negative families of 27 (one service that cannot bind its own port, registration lost for another
 * reason, small figures and questions, firewall work without dropped RST, playbook words denied or explained)
 * and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful
 * firewall dropping RST). Written as the hundred-and-fifty-second never-tuned set, before the fifty-seventh round of rules, by someone
 * who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in
 * view; measured as such before and after the fifty-seventh and fifty-eighth rounds, then made tuning material for
 * the fifty-ninth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 95.6 %, negatives confident 9.6 %, confident wrong 0 % with the
 * rules of the fifty-sixth round and the changes after it, before the fifty-seventh.
 * After the fifty-seventh round: the same.
 * After the fifty-eighth round: the same.
 */
export const tuning152Families = {
  oneListeningPort: [
    no(`buenas ing. el portal web no levanta, en catalina.out sale java.net.BindException: Address already in use <null>:8080. alguien mas tiene el 8080?`),
    no(`wey el tomcat no arranca, dice q el puerto 8080 ya esta en uso. hice netstat -tlnp | grep 8080 y sale un java viejo con pid 2231, lo mato o q?`),
    no(`Parce, instalé nginx en el mismo server del VOS para poner https al portal y ahora nginx no arranca: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use). Que tengo en el 80?`),
    no(`el mysql no sube despues del reinicio:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
q hago`),
    no(`compa puse un asterisk de pruebas en el mismo vps y ahora el asterisk no levanta el 5060, el log dice 'Unable to bind to 0.0.0.0:5060'. el vos sigue bien, solo q no se como correr los dos`),
    no(`Hola, un programador nuestro levanto un contenedor docker con -p 8080:8080 en el servidor del softswitch y docker dice: Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use. Ustedes usan ese puerto pa la web verdad?`),
    no(`kamailio no arranca: ERROR: <core> [core/socket_info.c] bind failed on 0.0.0.0:5060 ... Address already in use. Es un segundo server sip q queremos poner adelante del vos`),
    no(`pana tengo el apache en el 443 y quiero sacar un certificado con certbot standalone y me dice 'Problem binding to port 80: Could not bind to IPv4 or IPv6'. eso es culpa del VOS?`),
    no(`Buen dia, al reiniciar el servicio del portal (tomcat) queda colgado el proceso anterior y el nuevo no puede escuchar en 8080. Tenemos que hacer kill -9 cada vez. Hay forma de q cierre limpio?`),
    no(`en mi laptop de desarrollo el proyecto spring no corre xq el 8080 está ocupado por un tomcat local. aprovecho pa preguntar si la api del VOS se puede poner en otro puerto para no chocar`),
    no(`che, el webserver del vos tira 'Address already in use: JVM_Bind' al iniciar. El server tiene 3 dias prendido y nadie toco nada, solo reinicié el tomcat`),
    no(`Ing. necesito cambiar el puerto del portal de 8080 a 8443 porque el proveedor de hosting ya tiene su panel en 8080 y el tomcat no logra bindear. donde se cambia? server.xml?`),
    no(`ss -ltnp | grep :3306
LISTEN 0 80 *:3306 *:* users:(("mysqld",pid=1190,fd=14))
y el mysql nuevo que instalé pa reporting dice que no puede escuchar en 3306. lo pongo en 3307?`),
    no(`amigo el mbx3000d no escucha en 5060 porque ahi ya esta un freeswitch que dejó el tecnico anterior. sale bind error en el arranque. como lo quito sin romper nada`),
    no(`Buenas noches, el wildfly de nuestro crm y el tomcat del vos se pelean el 8080 en el mismo server. Cual recomiendan mover?`),
    no(`q onda, el grafana no arranca: listen tcp :3000: bind: address already in use. no es del vos pero esta en la misma maquina, tienen idea q mas usa el 3000?`),
    no(`boa tarde, o tomcat do portal nao sobe, no log aparece java.net.BindException: Address already in use (Bind failed) na porta 8080. tem algum outro processo que usa essa porta?`),
    no(`mano o nginx nao inicia no servidor do vos: bind() to 0.0.0.0:443 failed (98: Address already in use). acho q o apache ta rodando junto`),
    no(`galera, subi um container docker de teste no servidor e ele nao pega a porta 5060, diz que ja ta em uso. é o proprio vos ne? qual porta vc recomenda pro container`),
    no(`O MySQL não sobe depois da atualização: Bind on TCP/IP port. Got error: 98: Address already in use. Ficou um mysqld zumbi? como verifico`),
    no(`pfv me ajuda, instalei um segundo asterisk no mesmo ip e ele fala 'Unable to bind UDP socket to 0.0.0.0:5060'. da pra rodar os dois juntos?`),
    no(`vc sabe qual processo ta segurando a 8080? lsof -i :8080 mostra java pid 4410 e o tomcat novo nao consegue escutar`),
    no(`blz pessoal, no meu notebook de dev o projeto node nao roda na 8080 pq ja tem outra coisa escutando. queria apontar pra API do vos em outra porta, da?`),
    no(`Bom dia. Após reiniciar o servidor, o serviço web da VOS não abre. catalina.out:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use`),
    no(`o zabbix agent nao sobe: cannot bind to port 10050, address already in use. ta no mesmo server do softswitch, sera q tem dois agentes?`),
    no(`kkk o estagiario rodou python -m http.server 8080 no servidor de producao e agora o portal nao volta. ja matei o python, preciso reiniciar o tomcat?`),
    no(`opa, o webmin q instalaram quer a 10000 mas ta ocupada... e o tomcat da vos ja usa a 8080 entao nao posso mover pra la. alguma porta livre q vcs indicam?`),
  ],
  otherRegistrationCause: [
    no(`buenas, cambiamos la clave de las extensiones ayer y ahora 40 telefonos salen unregistered, en el log dice 401 Unauthorized una y otra vez`),
    no(`wey el call center de Guadalajara se quedo sin luz desde las 9, todos los softphones aparecen no registrados. es por eso verdad? o es algo del vos`),
    no(`parce cambiamos la ip publica del server el finde y los clientes siguen apuntando a la vieja, por eso no registran. hay q cambiar algo en el vos tambien?`),
    no(`Hola, la cuenta del cliente RedMax aparece vencida y sus troncales no registran. Ya pagaron hoy, pueden reactivar?`),
    no(`Ing. nuestra licencia del VOS dice expirada en el portal y ninguna gateway registra. Urgente pls`),
    no(`el proveedor de internet (Claro) tiene caida en Lima norte, los 3 sites de alla no registran. solo aviso, no es del server`),
    no(`pana, movimos el dominio sip.nuestraempresa.com a otro DNS y ahora los phones no resuelven, se quedan en 'registering...'. usamos UDP 5060`),
    no(`Buen día, cambiamos el router del call center por un TP-Link nuevo, todo UDP, y desde ahí los 25 teléfonos Yealink no registran. El anterior tenía SIP ALG apagado, el nuevo no sé`),
    no(`che, a un agente le sale 403 Forbidden al registrar el zoiper. Los demas bien. Puede ser q su usuario este bloqueado?`),
    no(`hola, no pagamos la factura de este mes por un problema con el banco, nos cortaron el registro? los telefonos salen offline desde las 00:00`),
    no(`los softphones de home office no registran desde q el isp les cambio a CGNAT... o algo asi dice el tecnico. protocolo udp todo, nunca usamos tcp`),
    no(`buenas, el cliente se equivoco en el puerto, puso 5061 en lugar de 5060 y por eso no registraba. ya quedo, gracias`),
    no(`compa tengo un grandstream que no registra, dice 'Registration failed: 404 Not Found'. el usuario lo cree hoy en el portal, estara mal escrito?`),
    no(`Señores el server de registro cambio de IP de 190.x.x.20 a .21 y los PBX de los clientes tienen la vieja puesta a mano. Cómo hacemos masivo?`),
    no(`se fue el internet en la oficina de Quito, fibra cortada segun CNT. cuando vuelva se registran solos los telefonos?`),
    no(`extension 2045 unregistered desde ayer, el telefono esta apagado creo, el agente esta de vacaciones jaja. ignorar`),
    no(`boa noite, trocamos a senha dos ramais e agora uns 30 aparecem como nao registrado, 401 no log. tem que trocar no aparelho tb ne`),
    no(`mano a conta do revendedor venceu ontem e ele ta reclamando q os ramais nao registram. ja pagou o boleto, pode liberar?`),
    no(`galera a vivo ta com queda geral em SP, nosso escritorio todo offline, telefones sem registro. nao é o vos né`),
    no(`Pessoal, trocamos o IP do servidor e o DNS ainda aponta pro antigo. Os softphones nao registram. TTL ta 86400 kkk`),
    no(`a licenca do vos expirou? no portal aparece license expired e nenhum gateway registra mais`),
    no(`Bom dia, trocamos o roteador da loja por um Intelbras, tudo UDP, e os telefones pararam de registrar. Pode ser o SIP ALG do roteador novo?`),
    no(`vc consegue ver pq o ramal 7781 ta dando 403? o cliente jura q a senha ta certa`),
    no(`blz, o problema de registro era falta de energia no predio, o nobreak acabou. ja voltou tudo`),
    no(`pfv verificar, o cliente mudou o dominio do proxy de voip.antigo.com.br pra sip.novo.com.br e esqueceu de atualizar nos ATAs. fica tudo em 'not registered'`),
    no(`fatura em atraso = bloqueio de registro? o financeiro suspendeu a gente sem aviso, 80 posicoes paradas`),
    no(`o microsip do agente diz 'Request Timeout' no registro. o pc dele ta sem internet, o wifi caiu. so pra registrar aqui`),
  ],
  smallFigures: [
    no(`buenas, hice ss -s por curiosidad y salen 312 timewait. es normal en un server con 40 llamadas?`),
    no(`que significa exactamente TIME_WAIT? lo veo en netstat y me preocupo`),
    no(`Ing. el ip_local_port_range sale 32768 60999, ese es el valor por defecto de CentOS no?`),
    no(`deberiamos activar el modo RST (SS_TCP_CLOSE_RESET) o mejor dejarlo como viene? pregunta general, no tenemos problemas`),
    no(`revisando el server nuevo antes de pasar trafico:
Total: 612 (kernel 0)
TCP:   287 (estab 198, closed 61, orphaned 0, synrecv 0, timewait 58/0), ports 0
todo bien o ven algo raro?`),
    no(`wey cuantos TIME_WAIT es demasiado? tengo como 800 en la hora pico, 120 cps mas o menos`),
    no(`parce, en el netstat salen unos 150 en TIME_WAIT hacia el 5060 del carrier. eso se limpia solo?`),
    no(`che, pregunta tonta: el tcp_tw_reuse que es? lo lei en un foro y no se si aplica a nosotros`),
    no(`Buenas, checklist mensual: netstat -an | grep TIME_WAIT | wc -l  -> 94. Cpu 12%, memoria ok. Lo dejo asi?`),
    no(`hola, tenemos 2 mil conexiones establecidas y unos 300 time wait, el server va sobrado segun yo. confirman?`),
    no(`¿Cuál es la diferencia entre cerrar con FIN y con RST? Un ing. de otro proveedor nos dijo q el VOS puede hacer las dos`),
    no(`compa cuantos puertos efimeros hay por defecto? el rango 32768-60999 me da como 28 mil, alcanza para 500 llamadas?`),
    no(`sysctl net.ipv4.tcp_fin_timeout = 60 ... eso es lo normal o conviene bajarlo? solo pregunto, todo anda`),
    no(`Buenas tardes, antes de migrar al server nuevo quisiera saber si recomiendan activar SS_TCP_CLOSE_RESET desde el inicio o solo si aparece algun problema`),
    no(`pana cuantas llamadas simultaneas aguanta un vos con el rango de puertos por defecto? tenemos 200 canales hoy`),
    no(`ss -tan state time-wait | wc -l
47
jaja el server esta dormido a esta hora. solo queria ver como se ve normal`),
    no(`boa tarde, o ss -s mostra timewait 210, isso é tranquilo né? servidor com umas 60 chamadas`),
    no(`o que é TIME_WAIT mano? apareceu no netstat e o cliente ficou assustado`),
    no(`pessoal o ip_local_port_range aqui ta 32768 60999, é o padrao? nao mexemos em nada`),
    no(`vcs recomendam ligar o modo RST no vos? pergunta geral, ta tudo funcionando`),
    no(`checando saude do servidor:
Total: 455 (kernel 0)
TCP:   190 (estab 140, closed 22, orphaned 0, synrecv 0, timewait 21/0), ports 0
blz?`),
    no(`uns 400 time_wait no pico das 10h, com 150 cps. ta ok ou preciso me preocupar?`),
    no(`galera qual a diferenca entre tcp_tw_reuse e tcp_tw_recycle? li q o recycle foi removido do kernel`),
    no(`netstat -ant | grep -c TIME_WAIT deu 73. isso em servidor de revenda pequeno, normal ne`),
    no(`Bom dia, qual o limite pratico de portas locais no linux? so pra planejamento, vamos crescer de 100 pra 300 canais`),
    no(`vc sabe se o SS_TCP_CLOSE_RESET vem Off por padrao? so quero confirmar no softswitch.conf antes da auditoria`),
    no(`mano 28 mil portas efemeras no range padrao, a gente usa tipo 600 no pico. sobra demais ne kkk`),
  ],
  firewallNoRst: [
    no(`buenas, necesito abrir el 5060 TCP y UDP en el fortigate para un carrier nuevo, ip 45.x.x.12. me pasan la regla?`),
    no(`ing. pueden whitelistear la ip 200.48.x.x en el vos? es nuestro nuevo gateway de Lima`),
    no(`wey el fail2ban bloqueo la ip de mi oficina por intentar entrar al portal con la clave mal 5 veces. como me desbaneo`),
    no(`parce el mikrotik tiene SIP ALG (helper sip) prendido, lo apago? el audio va solo en una direccion en algunas llamadas`),
    no(`Hola, queremos bloquear todo trafico SIP que no venga de Colombia, Mexico y Peru (geo-block) en el pfSense. alguna recomendacion?`),
    no(`compa pueden poner una regla para que el portal web 8080 solo se vea desde nuestra vpn?`),
    no(`instalamos un firewall nuevo Sophos XGS frente al vos ayer, llamadas normales, registro normal. solo para que sepan por si ven algo`),
    no(`che, iptables -L INPUT me muestra DROP para 5060 desde una ip de Rusia q nos escaneaba. está bien o me voy a bloquear algo`),
    no(`buenas noches, el cliente tiene ASA y pregunta que puertos rtp abrir. 10000-20000 udp?`),
    no(`pana el fail2ban tiene baneadas como 40 ips de un friendly-scanner q nos tiraba REGISTER toda la noche. cuantos intentos permite su regla antes de banear?`),
    no(`Ing. pueden revisar si el firewall bloquea el 8080 desde afuera? el portal no abre desde la casa pero desde la oficina si`),
    no(`necesito agregar 3 IPs del carrier a la whitelist del iptables, ya tengo el comando pero no se si se pierde al reiniciar. iptables-save?`),
    no(`Hola, el fortigate tiene el 'session-helper sip' activo. Lo recomiendan desactivar? todavia no tenemos fallas, es antes de pasar trafico`),
    no(`buenas, cambiamos el pfsense por un fortigate 60F, migramos las reglas y todo funciona bien, llamadas entran y salen. gracias por el apoyo`),
    no(`amigo como hago para limitar el acceso ssh solo desde mi ip fija? el puerto 22 esta abierto a todo el mundo`),
    no(`se baneo solo el gateway del cliente en fail2ban por tantos 401 (tenia clave vieja). ya le corregi la clave, como lo saco del ban?`),
    no(`boa tarde, preciso liberar a 5060 tcp no pfsense pra um novo fornecedor. ip 177.x.x.40. a regra é pass in tcp/udp ne?`),
    no(`pessoal adicionem o ip 189.50.x.x na whitelist pfv, é o novo escritorio`),
    no(`mano o fail2ban baniu o ip do nosso call center todo kkk, alguem errou senha no portal. como desbloqueia?`),
    no(`o mikrotik tem o sip helper ligado por padrao ne? desligo? /ip firewall service-port disable sip`),
    no(`galera queremos bloquear trafego de fora do brasil no firewall, geoip no iptables funciona bem?`),
    no(`Bom dia, instalamos um FortiGate novo na frente do servidor e ta tudo normal, chamadas ok. So queria saber se tem alguma recomendacao de configuracao`),
    no(`vcs podem criar uma regra pra acessar o portal na 8080 so da nossa rede? ta aberto pra internet`),
    no(`o cliente usa sophos e perguntou quais portas rtp liberar. qual o range do vos?`),
    no(`blz, o scanner da china ta mandando 2 mil REGISTER por minuto, bloqueei no iptables com -s 1.2.3.0/24 -j DROP. suficiente?`),
    no(`preciso abrir a porta 5060 no ASA do cliente, alguem tem exemplo de access-list?`),
    no(`Pessoal, meu ip mudou e agora nao acesso o portal, caiu na regra de whitelist. podem atualizar pra 201.x.x.88?`),
  ],
  negationContext: [
    no(`buenas, aclaro: nosotros usamos solo UDP en todos los troncales, nada de tcp. los telefonos no registran desde q cambiaron la clave`),
    no(`El RST está en Off y nunca lo prendimos, lo confirmé en el softswitch.conf (SS_TCP_CLOSE_RESET=Off). las llamadas caen igual, será el carrier?`),
    no(`wey nadie cambio nada en el server ni en el firewall y aun asi hay llamadas que se cortan a los 30 seg. el fortigate no muestra drops`),
    no(`lo del EADDRINUSE fue el año pasado y ya lo arreglaron ustedes, ahora es otra cosa: el audio se escucha entrecortado`),
    no(`ing. los TIME_WAIT estaban en 30 mil pero despues del ajuste q hicieron quedaron en 400. muchas gracias, todo perfecto`),
    no(`reenvio ticket viejo para referencia: 'cannot assign requested address en el softswitch, 25k time_wait' — eso ya esta resuelto desde marzo, solo necesito el numero de ticket pa la auditoria`),
    no(`parce que quiere decir 'cannot assign requested address'? lo vi en un curso de linux, no es en nuestro server`),
    no(`Despues del cambio de contraseña los telefonos quedaron no registrados, pero no tocamos el RST ni nada de TCP. Todo UDP`),
    no(`che, desactivamos el modo RST hace dos semanas (lo pusimos en Off como nos dijeron) y desde entonces los phones detras del mikrotik andan bien. solo confirmo q lo dejemos asi`),
    no(`No tenemos firewall stateful, es un server directo a internet sin nada adelante, y las llamadas caen. Asi que no creo que sea lo del RST no?`),
    no(`compa en la capacitación hablaron de tcp_tw_reuse y ip_local_port_range. me explicas para que sirven? no tenemos falla`),
    no(`el 'address already in use' que vimos era del tomcat, no del softswitch, ya se resolvió matando el proceso viejo`),
    no(`buenas, el fortigate no descarta nada, revisé los logs de forward traffic y no hay ningun deny. el problema de llamadas es solo hacia un destino de Venezuela, parece ruta`),
    no(`pana q es RST? el cliente me pregunta q significa cuando le dije q ustedes 'resetean conexiones'`),
    no(`Hace un año tuvimos miles de time_wait y se arregló con el SS_TCP_CLOSE_RESET. Hoy todo bien, solo quiero saber si al migrar al server nuevo lo tengo q volver a poner`),
    no(`los phones detras del nat estan registrados, el problema es que no tienen saldo. ignoren el mensaje de antes sobre nat`),
    no(`Nao usamos TCP, é tudo UDP. os ramais cairam depois da troca de senha, nao tem nada a ver com RST ne`),
    no(`o RST ta desligado e nunca ligamos, conferi agora: SS_TCP_CLOSE_RESET=Off. mesmo assim tem chamada curta, deve ser rota`),
    no(`mano o time_wait tava em 30 mil, depois da correcao de vcs caiu pra 350. valeu demais`),
    no(`ticket antigo so pra referencia: 'firewall descartando RST depois de ativar modo reset' - resolvido em 2023. preciso do relatorio pra diretoria`),
    no(`ninguem mexeu em nada no firewall nem no servidor, e o pfsense nao mostra nenhum bloqueio. a queda é so com a operadora X`),
    no(`o que significa EADDRINUSE? apareceu numa prova de certificacao kkk nao é problema real`),
    no(`galera, aquele cannot bind de semana passada era o nginx na porta 80, nao o vos. ja resolvido`),
    no(`vc pode explicar pq o modo RST atrapalha NAT? so curiosidade, aqui ta off e funcionando`),
    no(`Depois que vcs colocaram o RST em Off de novo os telefones atras do mikrotik registraram e nao cairam mais. Obrigado`),
    no(`pfv ignorar o alerta de TIME_WAIT alto, era o servidor de teste rodando carga sintetica, nao é producao`),
    no(`os softphones perderam registro mas foi pq o provedor trocou o IP fixo, nao foi a configuracao de RST (que ta off)`),
  ],
  portExhaustion: [
    pe(`URGENTE ing. en hora pico el vos no puede abrir conexiones al carrier, log: 'connect failed: Cannot assign requested address'. ss -s muestra timewait 28741`),
    pe(`wey tenemos como 30 mil TIME_WAIT y las llamadas nuevas no salen a partir de 180 cps`),
    pe(`buenas, pego lo q sale:
Total: 41233 (kernel 0)
TCP:   39870 (estab 2110, closed 37512, orphaned 3, synrecv 0, timewait 37490/0), ports 0
y en el log del softswitch muchos 'bind failed: Address already in use' al conectar a los gateways. que hacemos`),
    pe(`parce el softswitch tira EADDRINUSE en sus conexiones salientes cuando pasamos de 250 llamadas por segundo. Se nos caen las campañas del call center`),
    pe(`se acabaron los puertos locales otra vez, netstat | grep TIME_WAIT | wc -l da 31 mil y pico. reiniciar mbx3000d ayuda un rato y vuelve`),
    pe(`Hola, desde que subimos trafico de un cliente de cobranza (dialer predictivo, 300 cps) el VOS empieza a fallar con 'cannot bind' hacia los proveedores TCP. En la madrugada todo normal.`),
    pe(`che tenemos treinta y dos mil sockets en time_wait, el rango de puertos ya no alcanza. las llamadas dan 503 desde el vos`),
    pe(`compa el server se queda sin puertos efimeros en la hora pico, las conexiones tcp nuevas fallan con BindException. como lo arreglamos?`),
    pe(`Ing. le reenvio lo q me mando mi NOC:
>> 19:42 alarma ASR bajo al 12%
>> softswitch.log: socket connect error 99 (Cannot assign requested address)
>> ss -tan state time-wait | wc -l = 27904
Necesitamos ayuda ya, estamos perdiendo plata`),
    pe(`pana treinta mil timewait y subiendo, el dialer no puede sacar llamadas`),
    pe(`Buenas, seguimiento del ticket de ayer: hoy a las 11 volvió a pasar, mismo error 'Address already in use' en las conexiones salientes del softswitch, ~29k en TIME_WAIT. Ya les mandé los logs`),
    pe(`q pena molestar otra vez pero el vos se queda sin puertos cada dia a las 10am cuando entran las campañas. ip_local_port_range esta 32768 60999 y se nos llenan todos`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
   2103 ESTABLISHED
     12 LISTEN
  28760 TIME_WAIT
y no salen llamadas nuevas. ayuda`),
    pe(`cannot assign requested address en el log, 25k time_wait, 220 cps. venezuela aqui, el cliente grande esta furioso`),
    pe(`Estimados, nuestro wholesale a Mexico cae cada vez que superamos ~200 CPS. El softswitch no logra abrir nuevas conexiones TCP hacia los vendors (bind error) y vemos unos 30.000 sockets TIME_WAIT. Solicitamos escalamiento a nivel 2.`),
    pe(`wey ya van 3 veces hoy, el softswitch no puede hacer bind pa salir al carrier, TIME_WAIT en 30k. el reinicio dura como 20 min y vuelve`),
    pe(`buenas, tenemos unos veintiocho mil time_wait y el vos empieza a rechazar llamadas en el pico. Es por los puertos?`),
    pe(`Hola ing, en el pico las llamadas tcp salientes fallan, dmesg no dice nada pero ss -s: timewait 33012/0. Con udp no pasa.`),
    pe(`urgente, no horario de pico o vos nao consegue abrir conexao com os fornecedores: 'Cannot assign requested address'. ss -s mostra timewait 29 mil`),
    pe(`mano ta com uns 30k time_wait no servidor e as chamadas novas nao completam acima de 200 cps`),
    pe(`galera o softswitch ta dando EADDRINUSE nas conexoes de saida quando o discador sobe. acabaram as portas locais?`),
    pe(`Boa tarde, segue saída:
Total: 38102 (kernel 0)
TCP:   36990 (estab 1890, closed 34870, orphaned 0, synrecv 0, timewait 34855/0), ports 0
E no log do mbx3000 'bind: Address already in use' ao ligar pro gateway. Ajuda pfv`),
    pe(`trinta mil conexoes em TIME_WAIT e o call center parado. reinicio e volta depois de meia hora`),
    pe(`vc consegue ver? todo dia às 9h as conexoes tcp novas do vos falham, BindException, e o netstat mostra uns 27 mil time_wait. de madrugada normal`),
    pe(`pfv escalar: cliente atacadista com 250 cps, softswitch sem portas efemeras, erro 99 cannot assign requested address nos logs. perdendo receita`),
    pe(`blz, voltou a acontecer hoje. mesmo erro de ontem, cannot bind nas conexoes de saida, ~31k time_wait. precisam ver isso de vez`),
    pe(`o range ta 32768-60999 e ta tudo ocupado em time_wait no pico kkk nao tem porta livre pro vos sair`),
    pe(`Prezados, desde a migração do cliente Nordeste Telecom (picos de 300 chamadas por segundo) o servidor esgota as portas locais. Novas conexões TCP para os fornecedores falham e o ASR despenca. Anexo ss -s e trecho do log.`),
    pe(`ss -tan state time-wait | wc -l
32417
e o vos nao abre conexao nova. o que faço`),
    pe(`ta acabando as portas do servidor no pico mano, vinte e nove mil time_wait, erro de bind no softswitch`),
  ],
  natUnregistered: [
    nat(`buenas, desde q activaron el SS_TCP_CLOSE_RESET los telefonos detras del mikrotik de la oficina salen unregistered. usan sip tcp`),
    nat(`wey despues del cambio del RST los softphones de los agentes en home office (todos detras de su router de casa) se desregistran cada rato. TCP 5060`),
    nat(`parce desde ayer q pusieron SS_TCP_CLOSE_RESET=On la central Issabel del cliente, q esta detras de NAT, pierde el registro cada pocos minutos`),
    nat(`Hola, los 30 Yealink de la sucursal Bogotá (detrás de un firewall con NAT, registran por TCP) aparecen no registrados desde el ajuste de RST. Los de la sede principal con IP pública están bien.`),
    nat(`che, todo lo q esta detras de nat se cae del registro desde que prendieron el modo reset. lo que tiene ip publica anda`),
    nat(`compa los zoiper por tcp quedan en 'registration failed' desde el martes, justo cuando activamos RST para lo de los time_wait. estan detras de un router de casa`),
    nat(`Ing. seguimiento: el fix de puertos (SS_TCP_CLOSE_RESET=On) resolvio los time_wait pero ahora los pbx de los clientes detras de NAT no registran. Que hacemos?`),
    nat(`pana los telefonos del call center en Maracaibo estan detras de un mikrotik y desde el cambio al modo RST se registran y a los 2 min aparecen offline otra vez`),
    nat(`registro tcp detras de nat falla desde q habilitamos el reset. mikrotik hap ac2, grandstream gxp1625`),
    nat(`buenas noches, el cliente de Guayaquil dice q sus telefonos quedaron 'No Registrado' justo despues de la ventana de mantenimiento en la q activaron SS_TCP_CLOSE_RESET. todo por tcp, tras nat`),
    nat(`en el portal veo las extensiones del cliente X unregistered, otras 'registered' y a los segundos caen. Todas detras de NAT, por TCP. Empezo despues de poner RST en On`),
    nat(`hola, desde el cambio de anoche (el parametro de close reset) el elastix de nuestro cliente en Santo Domingo no se registra mas al vos. esta detras de un firewall con nat y va por tcp`),
    nat(`q onda, cambiaron algo del TCP? los softphones de los agentes remotos no registran desde hoy. Mi jefe dice q ayer pusieron RST on. estan en sus casas con modem de Telmex`),
    nat(`Estimados, reporto: tras habilitar SS_TCP_CLOSE_RESET=On en el softswitch para corregir el agotamiento de puertos, aproximadamente 120 dispositivos detrás de NAT (MikroTik y routers domésticos) registrados vía SIP TCP perdieron el registro. Los troncales IP a IP no se ven afectados.`),
    nat(`Log del telefono:
REGISTER sip:190.x.x.5;transport=tcp
<-- no response / TCP connection reset
y asi cada 60 seg. el telefono esta detras de un mikrotik, empezo cuando activamos el RST`),
    nat(`parce, los PBX detras de NAT se registran y se caen, se registran y se caen. Desde q prendimos el modo RST. Con UDP en otro server no pasa`),
    nat(`wey otra vez, las sucursales con nat no registran por tcp desde el cambio. lo q hicieron ayer del reset`),
    nat(`buenas, el cliente 'Telecable Norte' (reseller) reporta q sus 40 ATAs detras de su NAT no registran desde q activamos el RST. Las pruebas con ip publica funcionan`),
    nat(`boa tarde, depois que ligaram o SS_TCP_CLOSE_RESET os ramais atras do mikrotik ficam nao registrados. usam sip tcp`),
    nat(`mano desde a mudanca do RST os softphones da galera em home office (roteador de casa, NAT) perdem registro toda hora`),
    nat(`o PABX do cliente atras de NAT nao registra mais desde q ativamos o modo reset. via TCP`),
    nat(`pfv verificar: os telefones da filial, atras de um firewall com NAT, registram por TCP e caem em poucos minutos. Começou logo depois de colocarem SS_TCP_CLOSE_RESET=On`),
    nat(`galera tudo q ta atras de nat saiu do registro depois do ajuste do reset tcp. os com ip publico tao ok`),
    nat(`Bom dia, seguimento: a correcao das portas funcionou mas os ramais do call center atras do mikrotik perderam registro. sip tcp. o que fazemos?`),
    nat(`vc mudou algo no tcp? o 3cx do cliente atras de nat ta 'unregistered' desde ontem, quando vcs ativaram o RST`),
    nat(`os ATAs dos clientes de revenda registram e caem depois de uns 30s, tudo atras de nat e por tcp. comecou com o RST on`),
    nat(`kkk ja não sei mais, desde q ligamos o close reset os ramais remotos vivem offline. roteadores domesticos, TCP`),
    nat(`Prezados, após a habilitação do modo RST (SS_TCP_CLOSE_RESET=On), cerca de 60 ramais SIP sobre TCP atrás de NAT (MikroTik da sede e roteadores residenciais) passaram a aparecer como não registrados. Favor orientar.`),
    nat(`blz, o tcpdump mostra o REGISTER do telefone chegando via tcp pelo ip do mikrotik, o vos responde e manda RST, e o telefone fica nao registrado. isso desde o On do parametro`),
    nat(`os ramais atras do nat perdem registro direto desde a mudanca de ontem (RST). ja reiniciamos o mikrotik 2x`),
  ],
  firewallRst: [
    fw(`buenas, desde q activaron el RST las llamadas se quedan colgadas y el fortigate muestra en el log 'invalid state' para paquetes RST del vos`),
    fw(`wey el ASA esta tirando los RST del softswitch como out of state, y las llamadas no completan desde el cambio de ayer`),
    fw(`parce, en el log del pfsense salen montones de 'block TCP:R 190.x.x.5:5060 -> 10.0.0.20:49822'. empezo cuando pusieron SS_TCP_CLOSE_RESET=On, y las llamadas se caen`),
    fw(`Hola, tras habilitar el modo RST las llamadas hacia el gateway del cliente (detrás de un Sophos) se cortan a los pocos segundos. En el Sophos vemos drops de paquetes TCP RST marcados como inválidos.`),
    fw(`che, el conntrack del iptables marca los RST como INVALID y los dropea. desde q activamos close reset las llamadas quedan colgadas sin colgar jaja`),
    fw(`compa el mikrotik del cliente en /ip firewall filter tiene drop connection-state=invalid y se esta comiendo los RST del vos. las llamadas fallan desde el cambio`),
    fw(`Ing. desde ayer (cuando pusieron RST en On) el 30% de las llamadas a nuestro carrier de Colombia fallan. Ellos tienen FortiGate y dicen q ven RST fuera de sesion descartados`),
    fw(`pana las llamadas se quedan pegadas en el vos despues de q el cliente cuelga, y en el firewall veo los reset dropeados. esto empezo con el rst mode`),
    fw(`Log del FortiGate:
type=traffic subtype=forward action=deny srcip=190.x.x.5 srcport=5060 proto=6 msg='no session matched' tcp flags RST
muchas lineas asi desde las 02:00, cuando activamos SS_TCP_CLOSE_RESET. Las llamadas se cortan`),
    fw(`buenas noches, seguimiento: despues del fix de puertos las llamadas que pasan por el ASA caen. el ASA dice 'Deny TCP (no connection) from ... flags RST'. q hacemos`),
    fw(`q onda, el firewall del call center (pfsense) descarta los RST como fuera de estado y las llamadas no conectan. todo empezo con el cambio del RST`),
    fw(`llamadas colgadas, firewall dropeando resets, desde q prendieron el modo rst. fortigate 100F`),
    fw(`Estimados, desde la activación de SS_TCP_CLOSE_RESET=On observamos fallas de completación hacia los clientes que operan detrás de firewalls stateful (FortiGate y Cisco ASA). Los firewalls registran los segmentos RST del softswitch como inválidos y los descartan. Solicitamos revisión.`),
    fw(`wey el iptables del cliente tiene -A INPUT -m conntrack --ctstate INVALID -j DROP y en el contador salen miles de paquetes. son los rst del vos, las llamadas se caen desde el martes q activamos el reset`),
    fw(`hola, las llamadas de la troncal TCP a Ecuador quedan en silencio y luego se cortan. el proveedor dice q su sophos bota los RST nuestros. Activamos RST la semana pasada`),
    fw(`parce reenvio lo q dijo el NOC del cliente: 'su softswitch nos manda RST y nuestro firewall los descarta por out-of-state, por eso las sesiones quedan abiertas y las llamadas fallan'. eso fue despues del cambio de ustedes`),
    fw(`buenas, el conntrack -S muestra invalid subiendo como loco y las llamadas por tcp colgadas. Coincide con el RST activado`),
    fw(`Ing el mikrotik dropea los RST como invalid y las llamadas no terminan bien, quedan abiertas y luego fallan las nuevas. empezo al poner el SS_TCP_CLOSE_RESET en On`),
    fw(`boa tarde, desde que ativaram o RST as chamadas caem e o fortigate loga os pacotes RST do vos como invalid`),
    fw(`mano o ASA do cliente ta descartando os RST do softswitch (out of state) e as chamadas nao completam desde ontem`),
    fw(`pfsense log cheio de 'block TCP:R' vindo do ip do vos, chamadas travando. comecou quando colocaram SS_TCP_CLOSE_RESET=On`),
    fw(`galera o conntrack marca os reset como INVALID e dropa. depois do modo RST as ligacoes ficam penduradas`),
    fw(`Bom dia, após ativar o modo RST, as chamadas para o gateway do cliente (atrás de Sophos) caem em segundos. O Sophos mostra drop de RST inválido.`),
    fw(`vc pode ver? o mikrotik do cliente tem a regra drop invalid e ta engolindo os RST do vos. as chamadas falham desde a mudanca`),
    fw(`pfv escalar: operadora parceira com FortiGate reporta RST fora de sessao descartado e as chamadas deles pra gente caem. foi depois do ajuste do reset`),
    fw(`chamadas presas, firewall dropando reset, desde o rst on. fortigate`),
    fw(`iptables -nvL | grep INVALID
 48213 2314K DROP  all  --  *  *  0.0.0.0/0  0.0.0.0/0  ctstate INVALID
esses 48 mil sao os rst do vos kkk. as chamadas nao finalizam desde q ativamos o close reset`),
    fw(`Prezados, desde a habilitação do SS_TCP_CLOSE_RESET, clientes atrás de firewalls stateful (FortiGate, pfSense) relatam chamadas que caem ou ficam mudas. Os logs dos firewalls mostram os RST do softswitch descartados como fora de estado.`),
    fw(`blz, seguimento: resolveu as portas mas agora as ligacoes pelo pfsense ficam penduradas. o pfsense bloqueia os RST. o que fazer`),
    fw(`o firewall (asa 5516) diz 'Deny TCP (no connection) ... flags RST' a cada chamada. as ligacoes caem. isso começou com o modo RST`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning152Set: readonly EvalItem[] = Object.values(tuning152Families).flat();
