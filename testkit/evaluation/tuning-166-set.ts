import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VoIP wholesale carriers, call centres, resellers and NOC engineers in Latin America (Mexico, Colombia, Peru,
 * Argentina, Chile, Venezuela, Dominican Republic, Guatemala) and Brazil, in fresh hands on WhatsApp: Latin
 * American Spanish about 60 % (regional slang "wey", "parce", "che", "pana", "mano"; no accents, "q", "xq", "tb",
 * "pq") and Brazilian Portuguese about 40 % ("vc", "tb", "pq", "blz", "mano", "galera"), with English technical
 * words and pasted output; numbers as "28 mil", "28.000", "28k", "veintiocho mil"; "buenas", "oi", "bom dia".
 *
 * The hundred-and-sixty-sixth tuning split, by family, in the largest markets in fresh hands. Five negative families of 27 (one
 * service that cannot bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30 (port exhaustion,
 * NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written as the hundred-and-sixty-sixth never-tuned
 * set, before the sixty-second round of rules, by someone who had read only the playbooks' symptoms and the domain
 * notes, without the matcher, its rules or the other sets in view; measured as such before and after the sixty-second
 * round, then made tuning material for the sixty-third: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 98.9 %, negatives confident 0.7 %, confident wrong 0 % with the rules of
 * the sixty-first round, before the sixty-second.
 * After the sixty-second round: the same.
 * After the sixty-third round, tuned on: in scope 98.9 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning166Families = {
  oneListeningPort: [
    no(`wey el tomcat del portal web no levanta, dice Address already in use en el 8080. ya reinicie el server y nada. q hago`),
    no(`parce buenas, reinicie el mbx3000d y ahora en el log sale "bind 5060 failed: Address already in use". parece q quedo un proceso viejo colgado, como lo mato sin tumbar todo?`),
    no(`galera, o nginx nao sobe depois do update:
nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
acho q o apache ta rodando junto na mesma maquina`),
    no(`che, el mysql no arranca. en el error log:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
help xq sin base el vos no anda`),
    no(`mano, no meu notebook o servidor de dev (npm run dev) da EADDRINUSE :::3000. nao tem nada a ver com o vos ne? so queria confirmar antes de mexer`),
    no(`buenas tardes, el contenedor docker del panel de recargas no inicia: "Error starting userland proxy: listen tcp4 0.0.0.0:8081: bind: address already in use". el server es el mismo del vos3000, las llamadas van normal`),
    no(`Hola, el redis no levanta despues del reinicio: "Could not create server TCP listening socket *:6379: bind: Address already in use". El VOS funciona bien, solo el redis`),
    no(`boa noite, depois do restart o mbx3000d novo nao escuta na 5060, o netstat mostra um processo antigo pendurado:
tcp  0  0 0.0.0.0:5060  0.0.0.0:*  LISTEN  2231/mbx3000d
udp  0  0 0.0.0.0:5060  0.0.0.0:*          2231/mbx3000d
e o novo diz address already in use. mato o 2231?`),
    no(`pana el httpd del webportal dice "(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80". creo q instale otro apache encima sin querer`),
    no(`saludos, tengo el vos en un server y quise poner un grafana pero no arranca xq el puerto 3000 esta ocupado, Address already in use. como veo q tengo corriendo en el 3000?`),
    no(`oi, a interface web do vos (porta 8080) parou de abrir. no catalina.out:
java.net.BindException: Address already in use (Bind failed) <null>:8080
acho q ficou um java antigo rodando depois que o servidor travou`),
    no(`buen dia, instalamos un softphone de prueba en la misma maquina del vos y ahora el vos no levanta el 5060, dice address already in use. el softphone agarro el puerto?`),
    no(`Ingeniero buenas, el sipp q usabamos para pruebas de carga se quedo pegado con el puerto 5080 y ahora el otro softswitch no lo puede abrir, "Address already in use". como lo libero sin reiniciar?`),
    no(`pessoal o container do mysql no docker compose nao sobe: "Bind for 0.0.0.0:3306 failed: port is already allocated". o mysql nativo do vos ta usando ne? posso mudar a porta do container?`),
    no(`q mas, el servicio de grabaciones (un flask q hicimos nosotros) no abre el 5000: OSError: [Errno 98] Address already in use. solo ese servicio, las llamadas normales`),
    no(`Che una consulta, el mbx3000d despues del kill -9 no vuelve, tira q el 1720 (h323) ya esta en uso, Address already in use. hay q esperar o hay algo colgado todavia?`),
    no(`blz galera? to tentando subir o servico de billing na 8443 e da 'Address already in use', o lsof mostra um java do portal antigo escutando la. e so matar?`),
    no(`buenos dias, el nginx del proxy para la api de recargas no sube, bind() to 0.0.0.0:80 failed (98: Address already in use). tenemos apache escuchando en el 80 tb creo`),
    no(`oye, el snmpd no arranca en el server del vos, error "couldn't open udp:161 -- Address already in use". tengo otro agente snmp instalado? el zabbix no grafica nada`),
    no(`bom dia, depois que o servidor reiniciou sozinho a web do vos nao sobe, a porta 80 ta presa por um httpd zumbi. Address already in use. como eu vejo qual pid ta segurando?`),
    no(`mano el mbx3000d no levanta luego de actualizar, en el log: bind udp 0.0.0.0:5060 error 98 Address already in use. ps muestra dos mbx3000d, uno es el viejo`),
    no(`galera, o asterisk que a gente colocou no mesmo servidor do vos ta brigando pela 5060, um dos dois sempre da address already in use. como deixo o asterisk em outra porta?`),
    no(`oye q onda, el servidor de la api (node) no arranca: "Error: listen EADDRINUSE: address already in use 0.0.0.0:4000". nada q ver con las llamadas, esas van bien`),
    no(`Hola buen dia, el servicio web del vos3000 (tomcat) no inicia y en el log sale "Port 8080 required by Tomcat v7.0 is already in use". Ayer le pusimos otro programa a ese server`),
    no(`alguem ajuda? o node_exporter nao sobe: listen tcp :9100: bind: address already in use. ja tinha outro exporter instalado pelo pessoal de infra`),
    no(`boa tarde, ao reiniciar o servidor subiram dois mysqld?? o segundo diz Address already in use na 3306 e o vos nao carrega a base`),
    no(`oi pessoal, o mbx3000d nao abre a porta de gerenciamento depois do upgrade, log: listen 0.0.0.0:4300 failed, Address already in use. o processo velho ainda ta la no ps aux`),
  ],
  otherRegistrationCause: [
    no(`wey desde ayer ningun telefono de la sucursal registra, en el vos salen unregistered. el admin les cambio las contraseñas a las cuentas sip el lunes y los telefonos tienen la vieja... es eso no?`),
    no(`parce los goip quedaron unregistered desde q cambiamos de proveedor de internet, la ip publica cambio y en el vos la tenemos amarrada a la ip vieja`),
    no(`boa tarde, os ramais do cliente cairam todos, aparecem nao registrados. la faltou luz o dia inteiro e o nobreak acabou. quando a energia voltar eles registram sozinhos?`),
    no(`che, el cliente de rosario tiene todos los internos sin registrar. me dice q se le corto internet, el router de fibra tiene la luz LOS en rojo. eso es del lado de ellos no?`),
    no(`mano a conta do revendedor 2045 ta com os telefones desregistrados, vi que o saldo dele ta negativo e a conta foi suspensa automatico. como libero?`),
    no(`buenas, los softphones de los agentes dan 403 Forbidden al registrar. revise y el usuario se creo con la clave mal escrita. ya lo corregi pero quiero confirmar q no es otra cosa`),
    no(`hola, cambiamos el dominio del vos a sip.nuevodominio.cl y los telefonos q apuntaban al dominio viejo quedaron no registrados, el DNS viejo ya no resuelve`),
    no(`galera, depois que trocamos o roteador da operadora os aparelhos pararam de registrar. tudo é UDP, nada de TCP. o roteador novo veio com SIP ALG ligado de fabrica, pode ser isso?`),
    no(`pana los telefonos del call center se desregistran a cada rato y vi q el router tiene SIP ALG activado. usamos udp 5060 nada mas. lo apago?`),
    no(`Buenas noches, la licencia del vos vencio?? en la pagina dice license expired y ninguna cuenta registra. urgente x favor`),
    no(`oi, o gateway grandstream do cliente ficou unregistered pq ele mudou o ip do servidor no painel, digitou 10.0.0.15 em vez do ip publico. corrigi e registrou, so registrando aqui`),
    no(`buen dia, la cuenta 3001 no registra, en el vos dice account expired. el cliente dice q ya pago pero la fecha de vencimiento sigue la vieja`),
    no(`e ai, um agente disse que o telefone dele ta "sem registro". fui ver e o cabo de rede tava rompido, o aparelho nem tinha link. ja trocamos, mas o vos guarda log disso?`),
    no(`bom dia, os telefones IP da filial de Recife estao sem registro desde a troca de senha que o TI fez sexta. eles usam TCP, mas nos aparelhos ainda ta a senha antiga`),
    no(`hola ingeniero, el gateway de la sede medellin sale unregistered, el isp nos dio ip dinamica y nos cambio la ip publica. en el vos tenemos autenticacion por ip`),
    no(`Che, los internos de un cliente dan 401 en loop, te paso:
REGISTER sip:200.45.x.x SIP/2.0
SIP/2.0 401 Unauthorized
REGISTER sip:200.45.x.x SIP/2.0
SIP/2.0 401 Unauthorized
el tipo jura q la clave esta bien pero puso el usuario en mayusculas`),
    no(`boa noite! cliente reclamando que os ramais deslogam toda hora, o link dele ta caindo (ping pro vos com 30% de perda). nao é o servidor ne?`),
    no(`buenas, los yealink de un cliente quedaron sin registrar, cambio el router por un tp-link nuevo q tiene SIP ALG prendido. todo por UDP`),
    no(`hola, todos los gateways quedaron unregistered en la madrugada, el datacenter tuvo corte de energia y el server del vos se reinicio. como verifico q ya volvieron todos?`),
    no(`pessoal, o cliente da conta 7788 nao registra. fui ver e a conta ta bloqueada por falta de pagamento, saldo zerado. ele precisa recarregar primeiro ne?`),
    no(`mano, se desregistraron los telefonos de la oficina, resulta q el proveedor de internet les bloqueo el 5060 udp. con otro puerto si registran`),
    no(`oi, o zoiper do agente nao registra mais, erro "Registration failed: Wrong password". ele trocou a senha no portal ontem e esqueceu de atualizar no zoiper`),
    no(`buen dia, los telefonos de la empresa dejaron de registrar despues q movimos el vos a otro server con otra IP. algunos tienen la ip fija configurada y esos son los q no registran`),
    no(`Buenas, el cliente tiene los telefonos detras de NAT en un mikrotik y no registran, pero es xq le bloquearon la cuenta por fraude ayer, se ve en el log de la cuenta. Solo para cerrar el ticket`),
    no(`galera, a operadora do cliente trocou o modem e agora os ATAs nao registram. ele usa so UDP. vou pedir pra desligar o SIP ALG do modem novo`),
    no(`bom dia, o ramal 204 aparece offline/unregistered. o cliente falou q o aparelho ta desligado da tomada faz uma semana, mudaram de sala`),
    no(`ingeniero buenas tardes, tenemos 40 telefonos sin registro desde q vencio el certificado del dominio, usamos TLS en el 5061 y el cert expiro el sabado. como lo renuevo en el vos?`),
  ],
  smallFigures: [
    no(`wey una pregunta, el ss -s me da esto, es normal?
Total: 412
TCP:   187 (estab 96, closed 61, orphaned 0, timewait 58)
el server anda tranquilo`),
    no(`galera o que é exatamente TIME_WAIT? vi umas 300 conexoes nesse estado no netstat e fiquei na duvida`),
    no(`parce q hace exactamente el SS_TCP_CLOSE_RESET? el proveedor nos dijo q lo activaramos pero no entiendo pa q sirve`),
    no(`che, si activamos el modo RST, los telefonos detras de NAT se ven afectados? todavia no lo activamos, quiero saber antes`),
    no(`oi, se eu ligar o SS_TCP_CLOSE_RESET o fortigate do cliente pode bloquear alguma coisa? ainda nao mexi, é so planejamento`),
    no(`buenas, hice netstat -an | grep TIME_WAIT | wc -l y salen 230. tenemos unas 15 llamadas simultaneas. esta bien o hay q tocar algo?`),
    no(`hola, cual es el valor por defecto de net.ipv4.ip_local_port_range en centos 7? es para documentarlo nada mas`),
    no(`mano pra que serve o net.ipv4.tcp_tw_reuse? vale a pena ligar num servidor com 20 cps?`),
    no(`pana, revisando el server vi esto, es normal?
TCP:   341 (estab 212, closed 40, orphaned 1, synrecv 0, timewait 38/0), ports 0
todo funciona bien, es el chequeo mensual`),
    no(`Buenas, el cliente pregunta si el modo RST afecta las llamadas por UDP. El 100% de su trafico es UDP`),
    no(`bom dia, qual a diferenca entre fechar com FIN e com RST? to estudando o softswitch.conf e vi essa opcao`),
    no(`buen dia, cuantas conexiones TIME_WAIT son "muchas"? tenemos como 500 en hora pico con 8 cps`),
    no(`oye, en q archivo se cambia el SS_TCP_CLOSE_RESET y hay q reiniciar o basta con el reparse? es para tenerlo anotado`),
    no(`pessoal, meu ss -s:
Total: 1020
TCP:   640 (estab 480, closed 92, orphaned 0, timewait 88)
é pouco ne? 35 chamadas simultaneas`),
    no(`oi, pergunta de novato: o que é porta efemera e quantas tem no linux?`),
    no(`Che, nos conviene pasar a TCP o quedarnos en UDP? tenemos 3 cps maximo, es un call center chico`),
    no(`oi, se a gente ativar o RST e algum cliente tiver pfSense, o que pode acontecer? queremos avaliar antes de ligar`),
    no(`buenas noches, el zabbix me marca 420 sockets en TIME_WAIT, umbral amarillo. el server esta con 10% de cpu y las llamadas ok. subo el umbral?`),
    no(`hola, nuestro ip_local_port_range es 32768 60999, alcanza para unas 25 llamadas por segundo por tcp? estamos dimensionando un cliente nuevo`),
    no(`blz? pergunta rapida: o SS_TCP_CLOSE_RESET vem ligado ou desligado de fabrica?`),
    no(`mano q significa "orphaned" en el ss -s? me salen 2 orphaned y timewait 74`),
    no(`Saludos, nos piden un informe de salud del server. netstat muestra ESTABLISHED 120, TIME_WAIT 95, CLOSE_WAIT 0. algo raro?`),
    no(`galera, to montando um treinamento pro NOC. quais sinais mostram que ta faltando porta efemera? hoje ta tudo normal, é so pra saber o que olhar`),
    no(`boa tarde, tem alguma desvantagem ativar o fechamento com RST num servidor com poucas chamadas? a gente tem uns 2 cps`),
    no(`ing, el cliente nuevo va a mandar 60 cps por tcp, si llegamos a tener lio de time_wait q parametros se tocan? aun no arrancamos`),
    no(`oi, num tcpdump de 5 minutos vi 3 ou 4 pacotes com flag R numa conexao sip tcp. isso é normal? nao tem reclamacao nenhuma`),
    no(`buenas, cuantos TIME_WAIT es normal con 5 cps? tengo 600 ahorita y cero errores`),
  ],
  firewallNoRst: [
    no(`wey necesito abrir el rango rtp 10000-20000 udp en el fortigate para el vos nuevo, me pasas como queda la politica?`),
    no(`galera, preciso liberar o ip do carrier novo (190.12.x.x) no iptables do vos. qual comando?`),
    no(`parce el fail2ban bloqueo la ip de un cliente xq fallo el registro muchas veces, como lo desbaneo?`),
    no(`che, configuramos port forwarding en el mikrotik del cliente del 5060 al pbx, te paso el export:
/ip firewall nat add chain=dstnat dst-port=5060 protocol=udp action=dst-nat to-addresses=192.168.88.10
lo revisas?`),
    no(`oi, queremos bloquear trafego SIP vindo de fora da america latina (geo-blocking) no pfSense. alguma recomendacao?`),
    no(`buenas, el cliente tiene cisco asa y pregunta si debe desactivar el sip inspect (el ALG). q le digo?`),
    no(`hola, nos piden revisar las reglas del firewall del server del vos antes de una auditoria. te paso el iptables -L -n? no hay ningun problema, es revision`),
    no(`bom dia, o carrier mandou IPs novas de sinalizacao, preciso colocar na whitelist do firewall e no mapping gateway. a ordem importa?`),
    no(`pana el fail2ban me bano mi propia ip de la oficina jajaja, ya no entro por ssh. como la saco desde la consola del datacenter?`),
    no(`Buen dia, quiero abrir el 5060 TCP en el sophos para un cliente q va a usar TCP. q reglas necesito?`),
    no(`mano, o fortigate do cliente ta com SIP ALG ligado (session-helper sip). desligo? ele usa UDP`),
    no(`buenas, como bloqueo los escaneos del sipvicious (friendly-scanner) en iptables? nos llegan miles de intentos de REGISTER`),
    no(`ingeniero, el carrier de usa nos pide q abramos el 5060 udp desde 4 ips de ellos. me ayudas con las reglas?`),
    no(`boa tarde, o snort do pfSense do call center bloqueou o ip do vos (alerta falso). ja coloquei na pass list. so confirmando se tem mais alguma coisa pra fazer`),
    no(`q mas, necesito hacer port forwarding del 5060 y del rtp en un router huawei del cliente hacia su gateway. hay algun manual?`),
    no(`Che, me mandan a revisar la config del fortigate antes de poner el vos en produccion. te paso las politicas y me decis si falta algo para sip tcp?`),
    no(`galera, o iptables ta com muito log de DROP de ips da china tentando REGISTER. é ataque normal ne? posso bloquear o pais todo?`),
    no(`hola, en el mikrotik del cliente hay q apagar el sip helper? /ip firewall service-port set sip disabled=yes, eso es lo q recomiendan?`),
    no(`hola, el cliente pide q abramos el 8080 de la web del vos solo para la ip de su oficina. como lo hago en firewalld?`),
    no(`oi pessoal, o fail2ban ta banindo agente do call center que erra a senha 3 vezes. da pra aumentar o maxretry pra 10?`),
    no(`mano, preciso deixar a porta 22 aberta so pra vpn e fechar o resto no iptables, mas tenho medo de ficar trancado fora`),
    no(`Saludos, el carrier nos pide las ips para meterlas en la access-list de su ASA. cuales les mando, la de señalizacion y la de media?`),
    no(`bom dia, vale a pena ativar o helper nf_conntrack_sip no iptables? ajuda ou atrapalha no vos?`),
    no(`buen dia, cambiamos el firewall de pfsense a fortigate este fin de semana, nos ayudan a revisar si las reglas quedaron iguales? aun no lo ponemos en linea`),
    no(`oye el sophos del cliente tiene SIP ALG activado y le da audio de un solo lado, lo apagamos?`),
    no(`pessoal, alguem tem um script pra liberar no iptables uma lista de 50 ips de clientes de uma vez?`),
    no(`oi, o cliente quer limitar cps por ip no firewall pra evitar fraude, da pra fazer com iptables hashlimit?`),
  ],
  negationContext: [
    no(`wey gracias, despues del cambio de ip_local_port_range y tcp_tw_reuse ya no sale address already in use, el TIME_WAIT bajo a 900. cerramos el ticket`),
    no(`galera, so pra registrar: os ramais deslogados de ontem foram por troca de senha, nao foi o RST. o RST nem ta ligado aqui`),
    no(`parce los telefonos q se desregistraron eran por la clave, despues de ponerles la nueva todo volvio. nada del modo rst, eso lo tenemos apagado`),
    no(`Che, te reenvio el ticket viejo de marzo para el archivo: "TIME_WAIT en 28k, cannot assign requested address en pico". Se resolvio con el tuning del kernel. Hoy esta todo bien, es solo para el registro`),
    no(`oi, a gente usa so UDP, entao esse SS_TCP_CLOSE_RESET nao afeta a gente ne? os telefones atras de NAT tao ok`),
    no(`buenas, lo del fortigate droppeando los rst se arreglo el mes pasado, gracias. ahora solo queria consultar precios de licencia`),
    no(`hola, nadie cambio nada en el server, el RST sigue en Off como siempre. los telefonos q no registran son los de un cliente q se quedo sin internet`),
    no(`bom dia, passando pra agradecer: depois que vcs desativaram o modo RST os telefones atras do mikrotik voltaram a registrar, ta estavel faz uma semana. pode fechar`),
    no(`pana tranquilo, el address already in use era del tomcat, no del vos. las llamadas nunca fallaron`),
    no(`Buenas, confirmo: el SS_TCP_CLOSE_RESET esta en Off, nunca se activo, lo revise en el softswitch.conf. Lo de las llamadas era del carrier q tuvo caida`),
    no(`mano, o TIME_WAIT que tava em 30 mil caiu pra 400 depois do ajuste. agradeco, ta resolvido`),
    no(`buen dia, les reenvio para constancia el caso cerrado #4412 (pfsense bloqueando los rst). No hay nada pendiente`),
    no(`ing el cliente dice q "el firewall esta tirando los rst" pero revisamos y no tenemos modo rst, esta en off y todo es udp. creo q lo leyo en un foro`),
    no(`oi, nao é porta efemera nao: o "cannot assign requested address" era pq o ip configurado no bind nao existe mais no servidor depois da troca de ip. ja corrigi`),
    no(`buenas, el mes pasado tuvimos lo de los puertos agotados en hora pico, ya quedo. hoy el ss -s muestra timewait 310. solo para q sepan q sigue bien`),
    no(`che, el cliente pregunto si le puede pasar lo de NAT + RST, pero ellos usan UDP nomas y el RST esta apagado. le digo q no?`),
    no(`pessoal, esse print do fortigate com "no session matched" é de janeiro, ja foi resolvido quando desligamos o RST. mandei so pra documentacao`),
    no(`hola, ya volvieron a registrar los telefonos, era la contraseña q cambio el admin. descartado lo del RST`),
    no(`oi, o NOC viu muito TIME_WAIT ontem mas era uma carga de sipp que a gente mesmo disparou de proposito. hoje voltou ao normal, tudo ok`),
    no(`bom dia, sobre o alerta de ontem: nao foi RST nem firewall, o link do datacenter caiu 10 min. ja normalizou`),
    no(`mano no tiene nada q ver con el RST, ese server ni usa TCP para sip. el unregistered era xq se les vencio la cuenta`),
    no(`Hola, gracias por la ayuda. Desde q desactivaron el RST el sophos ya no bota las llamadas, hoy 0 caidas. Saludos`),
    no(`oi, reenviando ticket antigo do cliente de Porto Alegre pra historico: "bindexception no pico, 25k time_wait". fechado em fevereiro com tcp_tw_reuse=1`),
    no(`buenas, nadie activo nada, el softswitch.conf tiene SS_TCP_CLOSE_RESET=Off desde la instalacion. los gateways q se caen son de un cliente con la luz intermitente`),
    no(`galera, ja nao é urgente: o "cannot assign requested address" era so no notebook do dev rodando um script, nao no servidor do vos`),
    no(`galera, falso alarme: o conntrack INVALID que vi no log era scan da internet, nada a ver com o vos, RST ta off aqui`),
    no(`ingeniero lo de la semana pasada de los moviles detras de NAT quedo resuelto cuando volvimos a FIN. hoy todos registrados, 0 quejas. gracias parce`),
  ],
  portExhaustion: [
    pe(`wey urgente, en hora pico las llamadas fallan y en el log del vos sale "connect failed: Cannot assign requested address". ss -s:
Total: 31544
TCP:   30210 (estab 1420, closed 28610, orphaned 3, timewait 28577/0)
ayudaaa`),
    pe(`galera, das 18h as 21h o vos para de abrir conexao tcp pros carriers, "cannot assign requested address". netstat mostra uns 28 mil TIME_WAIT. fora do pico normal`),
    pe(`parce, a las 8 pm con 120 cps empiezan a fallar las salientes por tcp, el log dice EADDRINUSE al conectar al carrier. time_wait en 26k`),
    pe(`Che, tenemos un drama en el pico: "Address already in use" en las conexiones salientes hacia los proveedores, no en la escucha. netstat -an | grep -c TIME_WAIT da 29.814. Las llamadas caen en masa entre las 19 y las 22`),
    pe(`oi, o servidor nao consegue abrir conexao TCP nova no horario de pico. no log do vos aparece BindException: Cannot assign requested address quando conecta nos gateways de saida. o ss mostra timewait 31k`),
    pe(`buenas, todos los dias a las 10 am (pico del call center) el vos deja de sacar llamadas por tcp. ss -s dice timewait 27k. despues de las 12 baja y anda. q parametros tocamos?`),
    pe(`hola, con 150 cps en pico el server se queda sin puertos efimeros, ss -tan state time-wait | wc -l da 28.3k y el vos tira "cannot assign requested address" en cada intento`),
    pe(`mano socorro, chamadas falhando no pico, o vos nao abre conexao nova e tem 30 mil socket em TIME_WAIT. o ip_local_port_range ta no padrao 32768 60999`),
    pe(`pana en las horas pico no salen llamadas, el server tiene como veintiocho mil conexiones en time_wait y el log dice q no puede asignar la direccion. de noche todo normal`),
    pe(`Buenas tardes, reporto: de 6 a 9 pm el vos rechaza llamadas salientes, log "bind failed: Address already in use" en los connect hacia los carriers tcp. ss -s:
TCP:   32890 (estab 2011, closed 30650, orphaned 0, timewait 30612/0), ports 0
Urgente`),
    pe(`boa noite, nosso vos com 180 cps ta dando "Cannot assign requested address" em toda tentativa de conexao tcp pros carriers no pico. a galera do NOC contou 29k time_wait`),
    pe(`buen dia, en la campaña de la mañana (80 cps) se nos caen las llamadas, el server muestra 27 mil TIME_WAIT y errores EADDRINUSE en los connect. ayuda porfa`),
    pe(`q onda ing, te pego el netstat en el pico:
netstat -ant | awk '{print $6}' | sort | uniq -c
   1893 ESTABLISHED
  28433 TIME_WAIT
     14 LISTEN
y las salientes tcp fallan con cannot assign requested address`),
    pe(`oi, desde que o cliente novo entrou com 100 cps o servidor fica sem porta no pico, TIME_WAIT passa de 28k e as chamadas nao completam`),
    pe(`hola, nos pasa cada noche: "connect() failed (99: Cannot assign requested address)" en el log del vos, solo en el pico. timewait 31k`),
    pe(`che, el NOC me escala esto: a las 21 hs no se pueden abrir conexiones tcp nuevas al carrier, 28k en TIME_WAIT, falla el 40% de las llamadas. Fuera del pico cero problemas`),
    pe(`pessoal, no horario nobre o vos trava as saidas, erro EADDRINUSE nos connects, ss -s timewait 27.900. vcs recomendam ligar tcp_tw_reuse ou o modo RST?`),
    pe(`buenas noches, urgente: el vos esta fallando llamadas ahora mismo, 25k TIME_WAIT y "cannot assign requested address". son las 8pm, pico`),
    pe(`hola, el ss -s en el pico:
Total: 29988 (kernel 0)
TCP:   29011 (estab 980, closed 27950, orphaned 2, synrecv 0, timewait 27938/0), ports 0
y las llamadas caen con Cannot assign requested address. fuera del pico timewait 2k`),
    pe(`boa tarde, chamadas caindo nos picos (11h e 16h), log cheio de "Address already in use" quando o vos tenta conectar no fornecedor. TIME_WAIT 26 mil. reinicia e volta, depois cai de novo`),
    pe(`mano el server se queda sin puertos en hora pico, me salen como 30 mil time wait y no salen llamadas nuevas por tcp`),
    pe(`ola, toda segunda de manha no pico o vos nao abre mais socket tcp de saida, BindException no log e 29k TIME_WAIT. nos outros dias no mesmo horario menos`),
    pe(`galera, o grafana mostra o TIME_WAIT subindo pra 31k todo dia as 19h e ai as chamadas tcp comecam a falhar com cannot assign requested address. o que ajustar no kernel?`),
    pe(`buenas, el vos en pico tiene 28mil time_wait y sale "no se puede asignar la direccion solicitada" (el server esta en español). las llamadas fallan`),
    pe(`ing, hoy a las 7pm otra vez: EADDRINUSE en los connect a carriers, ~27k TIME_WAIT, el asr se fue a 30%. ya es el tercer dia seguido`),
    pe(`oi, abrimos chamado ontem e hoje piorou: no pico o vos esgota as portas efemeras, 30k TIME_WAIT, nenhuma conexao tcp nova sai. precisamos de ajuda hoje`),
    pe(`parce mira esto en pico:
ss -tan state time-wait | wc -l
28741
cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
y el vos tirando "cannot assign requested address". estamos al limite?`),
    pe(`bom dia, quando passa de 120 cps o servidor deixa de abrir conexoes tcp novas pros gateways e o TIME_WAIT ta em 28k. ta acabando as portas ne?`),
    pe(`Buenas, seguimiento del ticket de ayer: hoy en el pico de nuevo "Cannot assign requested address", TIME_WAIT 27.5k. Todavia no aplicamos nada, q hacemos primero?`),
    pe(`oi, temos falha de chamadas so no horario de pico, vinte e nove mil sockets em time_wait e erro de bind nas conexoes de saida. cpu tranquila`),
  ],
  natUnregistered: [
    nat(`wey desde q activamos SS_TCP_CLOSE_RESET=On ayer, los telefonos de los clientes detras de router casero salen unregistered en el vos. usan tcp. los de ip publica bien`),
    nat(`galera, depois que ligamos o modo RST os softphones dos agentes em home office (atras de NAT) ficam perdendo registro toda hora. eles usam SIP TCP`),
    nat(`parce desde el cambio de ayer (el cierre por RST) los gateways de los clientes detras de mikrotik se desregistran a cada rato, transporte tcp`),
    nat(`Che, desde q pasaron el close mode a RST los internos de las oficinas con NAT aparecen como no registrados. Son yealink por TCP. Los q tienen ip publica sin drama`),
    nat(`oi, depois da mudanca de vcs ontem (o RST no fechamento tcp) os ATAs dos clientes residenciais ficaram offline no vos. todos atras do roteador da operadora, sip sobre tcp`),
    nat(`buenas, activamos SS_TCP_CLOSE_RESET el viernes por lo del time_wait y desde ahi los softphones de los agentes remotos (nat de sus casas) pierden el registro. tcp 5060`),
    nat(`hola, desde q cambiaron a modo RST los telefonos de las sucursales (todas detras del nat de la oficina) se caen del registro cada 10-15 min. usan tcp. antes del cambio estaban estables`),
    nat(`mano, ativamos o RST ontem e hoje metade dos ramais que tao atras de NAT aparece unregistered. os de ip fixo ok. transporte TCP`),
    nat(`pana desde q pusimos el SS_TCP_CLOSE_RESET en On los telefonos de los clientes con router de casa no registran por tcp. los q estan directo con ip publica si`),
    nat(`Buenas, despues de habilitar el modo RST ayer en el softswitch.conf (con el reparse) los goip de los clientes detras de NAT quedan unregistered. Usan SIP por TCP`),
    nat(`boa tarde, desde que vcs trocaram o fechamento das conexoes pra RST os telefones do cliente atras do mikrotik caem do registro e voltam, caem e voltam. tcp`),
    nat(`buen dia, desde el cambio al modo RST los zoiper de los vendedores (en sus casas, detras de nat) aparecen desregistrados en el vos. ellos van por tcp`),
    nat(`ing, desde q activaron el SS_TCP_CLOSE_RESET los telefonos del call center detras del nat de la oficina se desregistran, en el vos los veo unregistered. tcp. urge`),
    nat(`pessoal, depois que o RST foi ligado os registros dos ramais atras de NAT expiram e nao renovam. no vos:
ramal 1001 unregistered
ramal 1002 unregistered
ramal 1003 unregistered
todos TCP, todos atras do roteador do cliente`),
    nat(`hola, desde el martes q prendimos el cierre con RST los clientes residenciales (router del isp con nat) tienen sus ATA sin registro, por tcp. los corporativos con ip publica bien`),
    nat(`che, tras activar SS_TCP_CLOSE_RESET=On los gateways de 3 clientes con NAT aparecen y desaparecen del registro. TCP. Antes estaban fijos`),
    nat(`oi, desde ontem a noite (quando ativamos o RST no vos) os softphones dos agentes remotos, todos atras de NAT, nao registram. usamos TCP pq UDP dava problema`),
    nat(`buenas, despues del cambio de ayer al modo RST los grandstream de los clientes atras de nat se desregistran todo el tiempo. usan tcp. lo revertimos?`),
    nat(`hola, desde q se habilito el RST mode los telefonos de la oficina de valparaiso (detras del nat del router) salen unregistered, sip tcp. las otras sucursales con ip publica ok`),
    nat(`bom dia, depois da alteracao do SS_TCP_CLOSE_RESET pra On os ATAs na casa dos clientes (NAT) perdem o registro a cada poucos minutos. TCP`),
    nat(`mano desde q activaste el rst los telefonos de mis clientes detras de nat se caen del registro, usan tcp. los q tienen ip publica ni se enteraron`),
    nat(`Hola, el cliente reporta q desde q activamos el modo RST sus telefonos detras de NAT (oficina con un router linksys) aparecen no registrados en el vos. Transporte TCP`),
    nat(`galera, depois que mudamos o fechamento pra RST o gateway do cliente atras de NAT fica desregistrado. quando ele reinicia o gateway volta por uns minutos e cai de novo. TCP`),
    nat(`buenas tardes, desde q se activo SS_TCP_CLOSE_RESET=On los softphones de los agentes en teletrabajo (nat de la casa) se caen del registro. usan tcp. antes andaba bien`),
    nat(`oye, desde el cambio q hicieron anoche (lo de cerrar tcp con rst) los telefonos de los clientes detras de router casero quedaron desregistrados. todos por tcp`),
    nat(`oi, ativamos o RST pra resolver o TIME_WAIT e agora os ramais atras de NAT ficam unregistered. sip tcp. vale a pena voltar pro FIN?`),
    nat(`buenas ingeniero, desde q activaron el modo RST los telefonos de mis clientes q estan detras de nat (routers de claro y tigo) se desregistran, tcp. los de ip publica ok`),
    nat(`bom dia, segunda a gente ligou SS_TCP_CLOSE_RESET=On e desde entao os ATAs dos clientes residenciais com NAT aparecem unregistered no VOS. usam TCP`),
    nat(`bom dia, desde que o vos passou pro modo RST os telefones dos clientes atras de NAT (roteador da vivo) perdem registro, TCP. clientes com ip publico normais`),
    nat(`oi, desde que ativamos o RST os telefones da filial de Campinas (atras de NAT) nao registram, tcp. a matriz com ip publico ta ok`),
  ],
  firewallRst: [
    fw(`wey desde q activamos el RST las llamadas por tcp se quedan colgadas y el fortigate dice "no session matched" en los paquetes del vos. urgente`),
    fw(`galera, depois do SS_TCP_CLOSE_RESET=On as chamadas caem e no log do pfSense aparece TCP:R bloqueado (out of state) vindo do ip do vos`),
    fw(`parce el cisco asa esta botando paquetes del vos desde q se activo el modo rst:
%ASA-6-106015: Deny TCP (no connection) from 45.x.x.x/5060 to 10.1.1.20/45022 flags RST on interface outside
y las llamadas se cuelgan`),
    fw(`Che, desde q pasaron el cierre a RST nuestro pfsense loguea "TCP:R" bloqueado del vos y las llamadas tcp quedan colgadas, sin audio y sin cortar`),
    fw(`oi, desde a mudanca pro modo RST o iptables do cliente ta dropando os RST como INVALID:
IN=eth0 OUT= SRC=45.x.x.x DST=10.0.0.5 PROTO=TCP SPT=5060 DPT=51233 RST
e as chamadas nao completam`),
    fw(`buenas, con el RST prendido el fortigate del cliente muestra "no session matched" en el forward traffic y las llamadas se caen a los pocos segundos`),
    fw(`hola, activamos SS_TCP_CLOSE_RESET y ahora el sophos del cliente dropea los paquetes RST, en el log sale como invalid traffic y las llamadas fallan`),
    fw(`mano, o fortigate do cliente ta descartando os pacotes RST que o vos manda desde que ligamos o RST. log: "no session matched". chamadas penduradas`),
    fw(`pana desde q se activo el modo rst el mikrotik del cliente dropea los rst como invalid (connection-state=invalid action=drop) y las llamadas se cortan`),
    fw(`Buenas, desde ayer con el RST activo el cisco asa del carrier manda a la basura los RST del vos ("Deny TCP (no connection)") y las llamadas quedan colgadas en el vos`),
    fw(`boa tarde, desde o RST as chamadas tcp do cliente que tem pfSense ficam penduradas. no pfSense: "Blocked TCP:R out of state" a cada chamada`),
    fw(`buen dia, el fortigate del cliente muestra miles de "no session matched" desde q el vos cierra con RST, y las llamadas se caen`),
    fw(`ing, te paso lo del iptables del cliente:
kernel: INVALID DROP: IN=eth1 SRC=45.x.x.x DST=192.168.10.5 PROTO=TCP SPT=5060 DPT=38211 WINDOW=0 RES=0x00 RST URGP=0
esto empezo cuando ustedes pusieron el modo RST. las llamadas se quedan colgadas`),
    fw(`pessoal, o firewall stateful do cliente (sophos) ta bloqueando os RST do vos desde ontem, quando ligamos o SS_TCP_CLOSE_RESET. as chamadas caem no meio`),
    fw(`hola, desde q cambiaron el cierre a RST las llamadas del cliente con fortigate se cuelgan, y en el log del forti sale "no session matched" con flags R`),
    fw(`Che, urgente: desde el cambio a RST el ASA del cliente loguea q deniega los TCP con flag RST (no connection) y las llamadas no terminan bien, quedan pegadas`),
    fw(`oi, ativamos o RST no vos e agora o pfSense do call center bloqueia pacote com flag R do servidor (out of state). chamadas caindo`),
    fw(`buenas, desde q activaron SS_TCP_CLOSE_RESET el conntrack del firewall linux del cliente marca los rst como INVALID y los dropea, las llamadas fallan`),
    fw(`hola, el fortigate 100F del cliente empezo a dropear los paquetes del vos con "no session matched" justo desde q activamos el RST. las llamadas se cortan`),
    fw(`bom dia, desde a ativacao do modo RST as chamadas tcp que passam pelo ASA do cliente ficam presas, o ASA nega os RST (no connection)`),
    fw(`mano el mikrotik del cliente esta tirando los rst del vos como invalid desde q prendimos el modo rst. las llamadas se quedan colgadas`),
    fw(`Hola, te reenvio lo q dice el NOC del cliente: "desde ayer su softswitch manda RST y nuestro fortigate los descarta, no session matched, las llamadas se caen". Ayer activamos el RST nosotros`),
    fw(`galera, o sophos do cliente ta dropando os RST do vos (invalid packet) desde que ligamos o SS_TCP_CLOSE_RESET. chamadas caindo e ficando penduradas`),
    fw(`buenas, desde q activamos el cierre con RST el pfsense del cliente bloquea TCP:R del vos y las llamadas no cuelgan bien`),
    fw(`oye, desde q pusieron el modo RST el iptables del cliente tiene el contador de INVALID DROP subiendo como loco y las llamadas por tcp se caen`),
    fw(`oi, desde ontem com o RST ligado o fortigate do cliente mostra "no session matched" e as chamadas tcp nao completam`),
    fw(`buenas ing, desde el cambio a modo RST el pfsense del cliente loguea "Blocked TCP:RA out of state" del vos y las llamadas se cuelgan`),
    fw(`oi, desde que ativamos SS_TCP_CLOSE_RESET=On o fortigate do cliente descarta os RST com "no session matched" e as chamadas ficam penduradas`),
    fw(`bom dia, desde a troca pro RST o asa do cliente mostra "Deny TCP (no connection) ... flags RST" e as chamadas tcp ficam presas`),
    fw(`oi, desde que o modo RST foi ativado o firewall do cliente (iptables com conntrack) dropa os pacotes RST como INVALID e as chamadas caem`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning166Set: readonly EvalItem[] = Object.values(tuning166Families).flat();
