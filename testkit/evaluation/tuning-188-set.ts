import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Wholesale carriers, call centres and resellers in Latin America writing on WhatsApp in Spanish (Latin script, with and
 * without accents) mixed with English technical words: Mexico ("güey", "chido", "ahorita") 30%, Colombia ("parce",
 * "qué pena") 20%, Argentina/Uruguay (voseo: "tenés", "fijate", "che") 20%, Venezuela ("chamo", "vaina") 10%, Peru 10%,
 * Dominican Republic and Guatemala 10%. Numbers as "28 mil", "30k", "28,000", "27.8k", "lucas" jokingly; greetings
 * "buenas", "saludos", "estimados", "ingeniero".
 *
 * The hundred-and-eighty-eighth tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the hundred-and-eighty-eighth never-tuned set, before the sixty-seventh
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the sixty-seventh round, then made tuning
 * material for the sixty-eighth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 96.7 %, negatives confident 1.5 %, confident wrong 0 % with the rules of
 * the sixty-sixth round, before the sixty-seventh.
 * After the sixty-seventh round: the same.
 * After the sixty-eighth round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning188Families = {
  oneListeningPort: [
    no(`buenas, el portal web no levanta despues de reiniciar el server, en catalina.out sale java.net.BindException: Address already in use :8080. ya revise y hay otro tomcat viejo corriendo, como lo mato sin tumbar el softswitch?`),
    no(`güey el nginx no arranca: nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use). creo que el apache quedó prendido, cual de los dos dejo para el portal de clientes?`),
    no(`Buenas tardes, qué pena molestar. Reinicié el servidor y el mysql no sube, el log dice "Can't start server: Bind on TCP/IP port: Address already in use ... Do you already have another mysqld server running on port: 3306 ?". El VOS no conecta a la base. Nos ayudan?`),
    no(`che, después del reboot el mbx3000d no levanta, en el log: bind 5060 failed, address already in use. Fijate que con netstat -tulpn veo un proceso viejo del softswitch con el 5060 tomado. Lo mato con kill -9 o hay un procedimiento?`),
    no(`chamo el redis del panel de recargas no arranca, dice "Could not create server TCP listening socket *:6379: bind: Address already in use". Esa vaina afecta las llamadas? el VOS como tal anda bien`),
    no(`Estimados, al hacer docker run del dashboard de reportes sale: Error starting userland proxy: listen tcp4 0.0.0.0:3000: bind: address already in use. Es un contenedor nuestro, no del VOS, pero esta en el mismo servidor. Como veo quien ocupa el 3000?`),
    no(`saludos, mi programador esta probando una api en su laptop y le sale EADDRINUSE :::8080 cuando corre npm start. dice que es culpa del vos pero esta en su maquina local jaja, eso tiene que ver con ustedes?`),
    no(`buenas tardes ingeniero
[root@vos ~]# service mbx3000d start
Starting mbx3000d: bind(0.0.0.0:5060) failed: Address already in use
[root@vos ~]# netstat -nlpu | grep 5060
udp   0   0 0.0.0.0:5060   0.0.0.0:*   23811/mbx3000d
parece que quedó el proceso anterior colgado después del restart, solo es eso o hay algo mas?`),
    no(`parce el apache del web manager no arranca: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:80. Instalé un certbot ayer y creo que dejó algo escuchando en el 80`),
    no(`Buenas! El tomcat del portal de clientes (el 8080) no levanta, tira Address already in use. Hicimos ss -ltnp y hay un java huérfano de un deploy anterior. Es seguro matarlo? Las llamadas andan normal, cero problemas ahí`),
    no(`ahorita que reiniciamos el servidor el haproxy no arranca: "Starting frontend portal: cannot bind socket [0.0.0.0:8443]". Alguien dejó un stunnel escuchando en ese puerto. lo quito?`),
    no(`buenos dias, tengo un problema con el phpMyAdmin que instalamos al lado del VOS, el httpd dice Address already in use en el puerto 80 porque el portal ya lo usa. Puedo moverlo al 8081 sin afectar nada?`),
    no(`saludos, el asterisk de pruebas que montamos en el mismo servidor no levanta: "Unable to bind to 0.0.0.0:5060: Address already in use". Claro, el VOS ya tiene el 5060. Lo muevo al 5070?`),
    no(`oye el zabbix agent no arranca, zabbix_agentd [1234]: cannot create listener on port 10050: Address already in use. lo instalamos dos veces creo. nada que ver con voip pero igual les pregunto`),
    no(`Estimados, el servicio mysqld queda en failed: [ERROR] Do you already have another mysqld server running on port: 3306? Es que un técnico instaló un mariadb encima. El VOS muestra error de base de datos al entrar al web manager.`),
    no(`che una consulta, levanté un contenedor de grafana para ver métricas y docker me tira "port is already allocated" en el 3000. Ya hay otro grafana viejo corriendo? como lo veo`),
    no(`Buenas, el servidor se reinició por un corte de luz y ahora el softswitch no levanta el 5060, dice address already in use. Con lsof -i :5060 aparece un mbx3000d con pid viejo. Lo mato y vuelvo a iniciar?`),
    no(`buenas, el webmin dice: Failed to bind to port 10000 : Address already in use. eso lo instaló el otro proveedor, lo quito o lo dejo?`),
    no(`Buenas, ¿cómo andan? Cuando reinicio el nginx del portal de recargas me tira bind() to 0.0.0.0:80 failed (98: Address already in use). Tenés idea si el web manager del VOS usa el 80 también?`),
    no(`qué pena la hora. El servicio del billing externo que corre en node no arranca: Error: listen EADDRINUSE: address already in use :::4000. Solo ese servicio, el switch anda bien`),
    no(`Hola, el servidor de grabaciones (un tomcat aparte) tira java.net.BindException: Address already in use: JVM_Bind en el 8443. Tenemos dos instancias configuradas con el mismo server.xml. Cual puerto recomiendan?`),
    no(`que onda, despues de actualizar el centos el httpd del portal no sube, systemctl status dice "Address already in use: make_sock: could not bind to address 0.0.0.0:443". El nginx de otro proyecto está ahí`),
    no(`buenas noches, el snmpd no arranca: Error opening specified endpoint "udp:161" ... address already in use. Queremos monitorear el VOS desde el PRTG. Que hago?`),
    no(`Hola! La API de consulta de saldo (python, flask) no levanta en el 5000, OSError: [Errno 98] Address already in use. Quedó un gunicorn viejo. Me confirmás que el VOS no usa el 5000?`),
    no(`buen dia, reiniciamos con service mbx3000d restart y no subio, log: failed to bind signaling port 5060: Address already in use. un ps muestra dos mbx3000d, uno zombie. como lo limpio?`),
    no(`saludos estimados, el servicio de ivr que corre aparte en el mismo server no levanta en el puerto 5080, dice ocupado. Creo que lo configuramos igual que otro ivr. Nos dicen como cambiar el puerto?`),
    no(`Buenos días. Después de la migración el tomcat del web manager arranca con SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"] java.net.BindException: Address already in use. El netstat muestra un jenkins en 8080. Saludos`),
  ],
  otherRegistrationCause: [
    no(`buenas, desde la mañana 15 extensiones de una oficina salen unregistered en el VOS. El cliente cambió de proveedor de internet ayer y ahora tiene otra IP publica, y nosotros tenemos la anterior en la lista permitida. Todos usan UDP.`),
    no(`parce los telefonos del call center aparecen no registrados, en el log sale 401 Unauthorized una y otra vez. El admin cambio las claves de las cuentas el lunes y no las actualizaron en los Yealink`),
    no(`Che, se cayeron todos los registros de la sucursal Córdoba, hubo un corte de luz en el edificio y el router no volvió a levantar. Cuando vuelva la luz deberían registrar solos, no?`),
    no(`chamo los softphones de los agentes no registran, sale 403 Forbidden. Revisé y la cuenta del cliente está bloqueada por saldo negativo. Si recarga se registran de nuevo o hay que hacer otra vaina?`),
    no(`Estimados, después de cambiar el router por uno de Movistar los telefonos IP se desregistran cada rato. Leí que puede ser el SIP ALG de ese router. Usamos UDP 5060, no TCP.`),
    no(`oye güey, el gateway GoIP del cliente no registra desde ayer, vimos que venció la cuenta en el VOS (fecha de expiración 30/05). Cómo la extendemos?`),
    no(`saludos, tenemos 40 extensiones que aparecen unregistered, el problema es que el dominio sip.cliente.com.do ya no resuelve, se les venció el dominio. Pueden registrar por IP mientras tanto?`),
    no(`buenas, el cliente dice que sus teléfonos no registran. Revisé y los Grandstream tienen la IP del servidor viejo, lo migramos al nuevo el fin de semana. Toca cambiarlos uno por uno?`),
    no(`ahorita el VOS dice licencia vencida y los gateways no registran, sale "license expired". Ya pagamos la renovación, cuando nos mandan el archivo?`),
    no(`Buenas, tenemos un Zoiper que no registra: "Wrong username or password". El usuario jura que la puso bien pero le copió un espacio al final. Nos fijás en el log del server qué clave está llegando?`),
    no(`Buenas, la oficina de Quetzaltenango se quedó sin internet por una falla de Tigo, los teléfonos salen unregistered desde las 9. No es nada del VOS, verdad?`),
    no(`Hola, los teléfonos del cliente se desregistran y registran cada 2 minutos. El cliente cambió la IP del servidor en el DNS y el TTL es de 1 día, algunos resuelven la vieja. Todo UDP.`),
    no(`buenas, los telefonos de la sucursal Valencia dejaron de registrar, cambiaron el modem de CANTV y ahora hay doble NAT. Ustedes no tocaron nada, nosotros tampoco salvo el modem. Todo va por UDP.`),
    no(`saludos, el gateway de 32 puertos se desregistró porque un técnico lo movió de rack, ya lo conectaron pero sigue sin registrar, el DHCP le dio otra IP y la cuenta está amarrada a la IP vieja. Lo registramos con la nueva?`),
    no(`Estimados, buen día. Desde que cambiamos las contraseñas por la auditoría de seguridad hay 12 agentes en unregistered. El log muestra 401 para esas cuentas. ¿Hay forma de ver qué clave están mandando?`),
    no(`Hola, la cuenta mayorista del cliente "TelcoSur" está bloqueada por deuda (nos debe unas lucas, bastantes jaja) y sus equipos no registran. Si paga hoy, con reactivar la cuenta alcanza o hay que hacer algo más?`),
    no(`buenas noches, los teléfonos de la sucursal Monterrey no registran, resulta que se quemó el switch PoE y los teléfonos no tienen corriente. ya compraron otro. Solo para que sepan por qué salen en rojo`),
    no(`Buenas, el registro del troncal del cliente se cae porque en su router activaron el SIP ALG y reescribe el Contact. Lo desactivamos? Todo el tráfico es UDP 5060.`),
    no(`buen dia, los anexos del cliente en Arequipa salen unregistered porque cambiaron el IP fijo por uno dinámico y ahora cambia cada día. Usan UDP. Que recomiendan, autenticar por usuario y clave en vez de IP?`),
    no(`Hola qué tal, el cliente borró sin querer la cuenta del gateway en el VOS y ahora no registra, obvio. Tenemos backup de la base de ayer, cómo la recupero?`),
    no(`qué onda, el softphone de la supervisora marca "registration failed 404 not found", escribió mal el usuario (1002 en vez de 10002). Me ayudan a confirmar en el log qué usuario está mandando?`),
    no(`chamo, los teléfonos de la oficina de Maracay no registran desde el apagón de ayer, el router se reseteó de fábrica y perdió toda la configuración. Hay que configurarlo de nuevo, cierto?`),
    no(`Saludos estimados, los 8 teléfonos del cliente en Santiago no registran. No pagaron la factura del internet y Claro les cortó el servicio. Cuando paguen vuelve solo?`),
    no(`buenas, los agentes que trabajan desde la casa no registran desde que migramos la VPN a otro proveedor, el túnel no levanta. Usan UDP por adentro de la VPN. Tenés algún log del lado del VOS?`),
    no(`buen día ingenieros, un equipo muestra "unregistered" y en el log aparece "account expired". Es de un reseller nuestro, le pusimos vencimiento de prueba de 7 días y ya pasaron. Cómo le damos más días?`),
    no(`Buenas, los teléfonos Fanvil registran y a los 30 min se caen. El expires está en 1800 y el equipo no re-registra por un bug de firmware, ya lo confirmó Fanvil. Todo UDP, nada cambió en el server. Qué firmware recomiendan?`),
    no(`buenas, ahorita todos los telefonos del cliente "Cobranzas del Norte" salen no registrados, se cambiaron de oficina y de ISP el sábado y la nueva IP no está en el rango permitido de la cuenta. ¿Le agregamos la IP nueva?`),
  ],
  smallFigures: [
    no(`buenas, una pregunta rapida: en ss -s me salen 214 timewait, es normal? el server tiene como 40 llamadas simultaneas ahorita`),
    no(`Hola, ¿qué es exactamente el TIME_WAIT? Vi que aparece en netstat en muchas conexiones y me preocupa. Son como 300 y no tenemos quejas de llamadas.`),
    no(`Che, pregunta teórica: si activamos SS_TCP_CLOSE_RESET=On, los teléfonos detrás de NAT van a tener problemas? Todavía no lo tocamos, queremos saber antes.`),
    no(`buenas, pego el ss -s para que me digan si está bien:
Total: 412 (kernel 0)
TCP:   156 (estab 88, closed 41, orphaned 0, synrecv 0, timewait 38/0), ports 0
todo normal?`),
    no(`Estimados, qué hace el parámetro SS_TCP_CLOSE_RESET en el softswitch.conf? Lo vi en la documentación y no entiendo si lo necesitamos. Manejamos como 5 CPS.`),
    no(`que onda, el jefe me pidió un health check del VOS. netstat -ant | grep TIME_WAIT | wc -l me da 127. Eso está chido o hay que tunear el kernel?`),
    no(`saludos, cuál es el valor por defecto de net.ipv4.ip_local_port_range en el servidor del VOS? solo para documentar, no tenemos ningún problema`),
    no(`parce, duda: qué diferencia hay entre cerrar con FIN y con RST? Un consultor nos recomendó el modo RST pero movemos como 20 mil minutos al mes, no sé si vale la pena.`),
    no(`Buenas, ¿me explicás qué es tcp_tw_reuse? Lo vi en un foro de VoIP y quiero entender si me conviene activarlo. Hoy tenemos unos 150 TIME_WAIT en hora pico, nada raro.`),
    no(`buenas tardes, el cliente quiere subir de 30 a 80 cps el mes que viene. ¿A partir de cuantos cps recomiendan activar el modo RST? de momento todo bien.`),
    no(`Saludos, estoy revisando el servidor y veo unas 60 conexiones en TIME_WAIT hacia la IP del carrier, eso es normal o es un problema de ellos?`),
    no(`Hola, si pasamos los troncales de UDP a TCP, el parámetro SS_TCP_CLOSE_RESET empieza a influir? hoy todo es UDP y lo tenemos en Off.`),
    no(`oigan una duda, la alerta del nagios dice "TIME_WAIT: 450 WARNING". El umbral lo puso el que instaló, no sé si 450 es mucho para un server de 200 canales. llamadas ok`),
    no(`Estimados, buenas. Adjunto salida para la revisión mensual:
ss -s
TCP: 233 (estab 190, closed 12, orphaned 0, timewait 11/0)
cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
¿alguna recomendación? Gracias`),
    no(`Hola, pregunta: si activamos el RST mode, hay riesgo con nuestro FortiGate? Lo estamos analizando para el mes que viene, por ahora sigue en Off.`),
    no(`Buenas! Estoy capacitando a un técnico nuevo: ¿cómo le explico en dos palabras qué es el TIME_WAIT y por qué aparece en el VOS después de cada llamada por TCP?`),
    no(`ahorita veo 1,2 mil sockets en TIME_WAIT en hora pico con 150 llamadas... no hay errores ni quejas. es normal o ya me preocupo?`),
    no(`Buenas, qué significa "orphaned" en el ss -s? me sale orphaned 0 y timewait 22. Solo curiosidad.`),
    no(`Buenas tardes, para el informe: cuántos puertos efímeros tiene Linux por defecto? Son como 28 mil, no? Queremos saber cuánto margen tenemos, hoy usamos unos 200.`),
    no(`chamo pregunta, con el modo RST activado los teléfonos por UDP se afectan? nosotros todo UDP y estamos pensando activarlo porque un pana lo recomendó`),
    no(`Hola, el ingeniero de redes pregunta si el VOS cierra las conexiones TCP con RST o con FIN por defecto. Es para configurar el firewall nuevo. Nada urgente.`),
    no(`buenas, ¿dónde se cambia SS_TCP_CLOSE_RESET? y después de cambiarlo hay que reiniciar o con reparse basta? es para tenerlo documentado, no lo vamos a tocar aún`),
    no(`Che, el monitoreo me muestra picos de 90 TIME_WAIT a las 20hs, ¿debería preocuparme? CPS máximo 4.`),
    no(`que onda, pregunta de un cliente: ¿el VOS soporta SIP sobre TCP o solo UDP? Y si usamos TCP, qué pasa con el TIME_WAIT? son como 10 mil minutos diarios, poquito.`),
    no(`saludos, netstat muestra 35 conexiones TIME_WAIT al puerto 5060 del proveedor. Es normal que queden así un rato después de colgar?`),
    no(`Buenas, ¿el modo RST sirve para algo si nuestro pico es 3 CPS? Un colega dice que lo activemos igual por si acaso.`),
    no(`buen dia, hice el chequeo de rutina:
# ss -tan state time-wait | wc -l
87
# sysctl net.ipv4.tcp_tw_reuse
net.ipv4.tcp_tw_reuse = 0
con eso estamos bien?`),
  ],
  firewallNoRst: [
    no(`buenas, nos pueden ayudar a abrir el puerto 5060 TCP y UDP en el FortiGate para el carrier nuevo? su IP es 201.x.x.x`),
    no(`Parce, necesito whitelistear la IP del carrier 190.85.x.x en el iptables del VOS, cuál es el comando para que no se pierda al reiniciar?`),
    no(`Che, fail2ban bloqueó la IP de un cliente nuestro por intentos fallidos de registro. ¿Cómo la saco del ban? fail2ban-client status sip me la muestra.`),
    no(`buenas, en el mikrotik quiero hacer port forwarding del 5060 al VOS interno, me pasan las reglas de dst-nat?`),
    no(`Estimados, el área de seguridad pide revisión de las reglas del firewall del servidor VOS. Les paso el iptables -L -n, nos dicen si sobra algo?`),
    no(`oye, queremos bloquear por geo todo lo que no sea México y USA en el pfSense, por los ataques de sipvicious. Qué puertos no debemos bloquear para que el carrier siga entrando?`),
    no(`saludos, cómo desactivo el SIP ALG en un router Huawei de Claro? el cliente tiene audio de un solo lado`),
    no(`buenas, el FortiGate del cliente tiene el "SIP session helper" activado, ¿lo quitamos? es lo que siempre recomiendan, cierto? Nos piden un procedimiento por escrito.`),
    no(`buenas tardes, necesitamos abrir el rango RTP 10000-20000 UDP en el ASA del datacenter, nos pasan el access-list?`),
    no(`Buenas, ¿me ayudás con una regla en iptables para limitar los REGISTER por segundo de una misma IP? Nos están escaneando desde Holanda.`),
    no(`saludos, se me bloqueó la IP de mi oficina por fail2ban y no puedo entrar al web manager, me pueden desbanear? mi IP es 186.x.x.x`),
    no(`Hola, el carrier nos pide que lo pongamos en whitelist en nuestro Sophos, cómo hago para que solo su IP llegue al 5060?`),
    no(`buenas, pfSense nuevo instalado, ¿cuál sería la configuración recomendada de NAT outbound para el VOS? queremos que salga con la IP pública fija`),
    no(`Estimados, buen día. Auditoría pide que el puerto 22 solo se abra desde la VPN. ¿Cómo lo dejamos en el firewall del VOS sin perder acceso?`),
    no(`Hola! Hay que agregar al carrier de Brasil en el firewall, tenés el formato de las reglas que usan ustedes? Son dos IPs.`),
    no(`que tal, el iptables del server tiene una regla que dropea INVALID en la cadena INPUT, la puso el otro proveedor. ¿la dejamos? no tenemos ningún problema y el RST está en Off, solo estamos limpiando.`),
    no(`Buenas, como hago port forwarding en un router TP-Link para que un gateway GSM de la oficina sea accesible desde el VOS?`),
    no(`Buenas, ¿el puerto del web manager cuál es? Quiero cerrarlo hacia internet en el MikroTik y dejarlo solo para la IP de la oficina.`),
    no(`chamo el cliente quiere bloquear llamadas a destinos internacionales caros desde el firewall, esa vaina se hace en el firewall o en el VOS?`),
    no(`qué pena con ustedes, nos pasan la lista de puertos que usa el VOS3000 (señalización, RTP, web, base de datos) para el documento del firewall nuevo de Palo Alto?`),
    no(`buenas, el cliente quiere poner un FortiGate nuevo entre el VOS y el internet. Antes de instalarlo, qué deberíamos revisar en la configuración? Nos pasan un checklist?`),
    no(`Buenas, fail2ban nos banea al mismo carrier cada hora porque manda OPTIONS muy seguido. Cómo lo agrego al ignoreip?`),
    no(`ahorita vamos a migrar el firewall de iptables a firewalld en el server del VOS, alguna recomendación para no tumbar el 5060?`),
    no(`Buenas, che, ¿cómo abro el TCP 5060 en el ufw? Un cliente nuevo quiere mandar por TCP y hoy solo tenemos UDP abierto.`),
    no(`Saludos estimados, nos pueden revisar la config del Sophos XG? el cliente dice que tiene las reglas "mal hechas" pero sin ningún síntoma, solo quiere que un experto la vea.`),
    no(`Buenas, ¿cómo bloqueo en el iptables el rango de IPs de un país que nos está atacando con fuerza bruta? En el log salen miles de REGISTER con 401.`),
    no(`buen día, vamos a cambiar la IP pública del VOS, ¿qué reglas del ASA hay que cambiar? nos pasan el procedimiento`),
  ],
  negationContext: [
    no(`buenas, el cliente se queja de teléfonos unregistered pero ojo, usamos UDP nada más, no hay TCP en ningún lado, y el RST nunca lo activamos. Creo que es su router. Qué revisamos primero?`),
    no(`Parce, gracias, el tema de los puertos quedó resuelto desde el mes pasado con el tcp_tw_reuse, hoy el TIME_WAIT está en 300 en hora pico. Solo para cerrar el ticket.`),
    no(`Buenas, reenvío ticket viejo para el registro: "Fw: [RESUELTO] caída de llamadas por firewall que dropeaba RST - marzo". Ya está solucionado, es solo para la documentación del cliente.`),
    no(`chamo, los teléfonos no registran desde que cambiamos las contraseñas de las cuentas SIP, ya vimos que los teléfonos tienen la clave vieja. El RST ni lo hemos tocado, está en Off.`),
    no(`Estimados, aclaro: el "address already in use" que reportamos ayer era del tomcat del portal, no del softswitch. Ya lo resolvimos matando el proceso. Gracias.`),
    no(`oye, nadie cambió nada en el server, SS_TCP_CLOSE_RESET sigue en Off como siempre. Los teléfonos que no registran son los de la sucursal que se quedó sin luz. Solo para que quede.`),
    no(`saludos, ya se solucionó lo del FortiGate que tiraba los RST, gracias! desactivamos el modo RST y todo normal desde ayer.`),
    no(`Buenas, el año pasado tuvimos el problema de los puertos agotados en hora pico, ¿cómo se solucionó en ese momento? Queremos documentarlo. Hoy no pasa nada.`),
    no(`güey, ya quedó, gracias! después del cambio del port range el TIME_WAIT bajó a unos 400 en pico y ya no hay "cannot assign requested address". Cerramos el caso, chido.`),
    no(`Hola, no es el tema del RST, fijate que el modo RST ni siquiera está activado (SS_TCP_CLOSE_RESET=Off). Los teléfonos se desregistraron porque el cliente cambió de dominio y no avisó.`),
    no(`saludos, nuestro firewall no descarta RST, lo revisamos con el de redes: cero drops en el log. El problema de las llamadas era una ruta mal puesta, ya corregida.`),
    no(`Hola, les reenvío para su archivo el informe del incidente de enero: TIME_WAIT en 28 mil, cannot assign requested address, se activó RST y se resolvió. No hay nada pendiente.`),
    no(`buenas tardes, lo de los teléfonos con NAT que no registraban después del RST ya se arregló cuando regresamos a Off el jueves. Hoy todos registrados, 0 en rojo. gracias ingeniero`),
    no(`Estimados, para aclarar: todo nuestro tráfico con los carriers es UDP, así que el SS_TCP_CLOSE_RESET no aplica, verdad? El consultor decía que por eso se caían las llamadas pero el problema era de codecs.`),
    no(`Buenas, el "address already in use" que te mencioné era en mi compu de desarrollo, no en el servidor. Perdón la confusión, el VOS está perfecto.`),
    no(`saludos, el proveedor nos dijo que las llamadas caídas son por "el firewall dropeando RST", pero nosotros no tenemos RST activado, está en default, y además todo va por UDP. ¿Pueden confirmar que no es eso?`),
    no(`Buenas, solo les cuento que el problema de registro era la contraseña, la cambió el cliente y no avisó. Nada que ver con el NAT ni con el cambio que hicieron ustedes. Gracias!`),
    no(`Che, gracias por lo de ayer. Después de subir el ip_local_port_range ya no vimos más BindException, ss -s muestra timewait 900 en el pico. Todo ok.`),
    no(`buenas, no, no hubo cambios en el firewall ni en el VOS. El corte de llamadas de anoche fue del carrier, ellos lo confirmaron. Solo para cerrar.`),
    no(`Buenas tardes, reenvío hilo viejo: "> los teléfonos detrás del MikroTik perdían el registro después de activar el RST" — eso fue en 2023, lo dejamos en Off desde entonces. Lo mando porque el técnico nuevo preguntó.`),
    no(`que onda, para el reporte mensual: en marzo no hubo TIME_WAIT altos ni errores de puertos, máximo 350 sockets. El RST sigue apagado. ok?`),
    no(`Buenas, los anexos dejaron de registrar pero ya vimos la causa: el IP público del cliente cambió y no estaba en la lista permitida. No es el NAT ni el RST, ya lo agregamos.`),
    no(`buenas, el cliente leyó en un foro lo de "cannot assign requested address" y cree que le pasa, pero le revisé y tiene 150 TIME_WAIT y ningún error. Le explican ustedes que no es eso?`),
    no(`Hola, ¿por qué en el ticket de ayer pusieron "posible drop de RST en firewall"? Nosotros no usamos TCP, todo es UDP, y el RST mode nunca se activó. El problema era audio de un solo lado por el ALG.`),
    no(`Saludos, el problema de los teléfonos unregistered era que el router estaba sin corriente, no lo del modo RST como pensamos al principio. Ya conectado, todo bien.`),
    no(`Hola, gracias. Revertimos SS_TCP_CLOSE_RESET a Off la semana pasada y desde entonces el FortiGate no marca más "no session matched", llamadas estables. Solo confirmamos el cierre.`),
    no(`buen día, les comparto cómo quedó después del fix de ayer:
TCP: 1840 (estab 1502, closed 210, orphaned 0, timewait 198/0)
ya sin errores de bind en pico. Gracias a todo el equipo.`),
  ],
  portExhaustion: [
    pe(`buenas urgente!! en hora pico las llamadas no pasan, en el log del softswitch: connect failed: Cannot assign requested address. ss -s dice timewait 27841. Ya no abre conexiones TCP nuevas hacia los carriers`),
    pe(`ingeniero buenas tardes, pego:
[root@vos3000 ~]# ss -s
Total: 31250 (kernel 0)
TCP:   30412 (estab 1120, closed 29010, orphaned 3, synrecv 0, timewait 28977/0), ports 0
y en el log: bind: Address already in use al conectar al carrier 10.20.1.5:5060. Esto pasa de 7 a 9 pm, después se normaliza`),
    pe(`Buenas parce, todos los días entre las 10 y las 12 que tenemos el pico de la campaña (como 120 CPS) las llamadas salientes fallan y el log dice EADDRINUSE en los connect hacia el proveedor. netstat muestra como 30 mil conexiones en TIME_WAIT. Qué hacemos?`),
    pe(`Che, urgente. En el pico de la noche el VOS no puede abrir conexiones TCP nuevas con los carriers: "Cannot assign requested address". Tenés idea? netstat -an | grep TIME_WAIT | wc -l me da 28.3k`),
    pe(`chamo las llamadas se caen en la hora pico, el log dice errno 99 cannot assign requested address. Tenemos como 30 mil sockets en TIME_WAIT. Fuera del pico todo bien, qué vaina es esa?`),
    pe(`Estimados, buenas tardes. Entre las 6 y 8 pm tenemos fallas de llamadas salientes por TCP. El log del mbx3000d muestra "connect() failed: Address already in use" y ss muestra timewait 26 mil. Los puertos efímeros están en el rango por defecto.`),
    pe(`saludos, en la hora de más tráfico (como 90 cps) el servidor se queda sin puertos, sale "cannot assign requested address" y no salen llamadas. TIME_WAIT en 28 mil. Qué ajustamos?`),
    pe(`güey ya van tres días igual: en la tarde cuando la marcación automática sube a 150 cps, el switch no abre más conexiones TCP hacia el carrier y en netstat hay como 32 mil TIME_WAIT. Fuera de eso nada. ayuda porfa`),
    pe(`Buenos días, reporto: en las horas de campaña el VOS3000 deja de originar hacia el carrier por TCP, en el log "sip tcp connect to 200.x.x.x:5060 failed: Cannot assign requested address". El conteo de TIME_WAIT pasa de 25 mil. Apenas baja el tráfico vuelve a funcionar.`),
    pe(`Buenas! Les paso lo que vemos a las 21hs:
$ ss -tan state time-wait | wc -l
28214
$ cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
Prácticamente todos los puertos en TIME_WAIT y las llamadas salientes por TCP fallan. Se puede activar el RST que mencionan en la doc?`),
    pe(`ahorita mismo estamos en pico y no pasan llamadas, el log dice "no se puede asignar la dirección solicitada" (el server está en español jaja). TIME_WAIT 29 mil. rápido porfa`),
    pe(`Hola, cuando el dialer llega a 80 llamadas por segundo empiezan los errores EADDRINUSE en las conexiones salientes del VOS y netstat se llena de TIME_WAIT (de 21 mil a 28 mil). Qué recomiendan?`),
    pe(`buenas, qué pena la insistencia. Hoy otra vez a las 11am: "cannot assign requested address" en el log, llamadas rebotando, y ss -s con timewait 27k. Es el mismo patrón de ayer. El cliente está furioso.`),
    pe(`Buenas, ¿cómo andan? Tenemos un problema en hora pico: el softswitch no puede abrir más conexiones TCP salientes, llegamos a 28 mil sockets en TIME_WAIT y en el log aparece EADDRINUSE. Subir el port range alcanza o hay que activar el RST?`),
    pe(`buenas noches, reenvío lo que me manda el NOC: "Desde las 19:40 no hay conexiones TCP nuevas hacia el carrier mayorista, log: connect: Cannot assign requested address. TIME_WAIT 30,112". Sigue pasando ahorita.`),
    pe(`saludos, los carriers nos reclaman que a partir de las 8pm no les llegan llamadas. Revisamos y el server tiene 29 mil conexiones en TIME_WAIT y el log dice "Address already in use" en los connect salientes. Que se hace?`),
    pe(`Hola, el VOS en hora pico tira "Cannot assign requested address" y las llamadas salientes mueren. Ya pusimos tcp_tw_reuse=1 pero sigue, TIME_WAIT 27 mil. Fijate qué más se puede hacer, esto nos está costando unas lucas.`),
    pe(`que onda, tenemos 100 cps a mediodía y se nos acaban los puertos. netstat -ant | awk '{print $6}' | sort | uniq -c da:
  31022 TIME_WAIT
   1304 ESTABLISHED
y fallan las salientes con cannot assign requested address.`),
    pe(`Estimados, el servidor VOS en Bogotá: en horas de alto tráfico (80-100 CPS) las llamadas salientes al carrier por TCP fallan con EADDRINUSE. Fuera del pico normal. El TIME_WAIT pasa de 300 en la madrugada a 28 mil a las 10am.`),
    pe(`Buenas, en el pico de la campaña las llamadas salen con error y en el log del softswitch sale muchísimas veces "bind() failed: Address already in use" al abrir conexiones hacia el proveedor. ss -s: timewait 28k. Esto es por los puertos?`),
    pe(`Buenas, en hora pico el softswitch deja de mandar llamadas al carrier por TCP, no abre conexiones nuevas. Vimos 28,000 TIME_WAIT con netstat. Qué parámetro se cambia?`),
    pe(`buen día, les escribo del NOC. Patrón: 10:00-13:00 y 17:00-20:00, CPS ~110, errores "cannot assign requested address" al conectar con 3 carriers distintos. TIME_WAIT en 28-30 mil. Fuera de esas horas, 2 mil. Port range por defecto.`),
    pe(`che esto es un desastre, a las 20hs se cortan todas las salientes. El log: "tcp connect failed errno=98 EADDRINUSE". En el ss veo 29k en time-wait. Ayuda!!`),
    pe(`buenas, el server no abre nuevas conexiones TCP en las horas de más tráfico, el netstat está repleto de TIME_WAIT (como 27 mil) y las llamadas fallan. A las 2am todo normal.`),
    pe(`Hola, les cuento: subimos el tráfico de un cliente nuevo a 70 CPS y desde ayer en las horas pico las llamadas fallan con "Cannot assign requested address". ss -s timewait 26.9k. ¿Activamos el modo RST?`),
    pe(`buenas, algo pasa en el pico: el VOS no puede establecer conexiones TCP salientes, sale EADDRINUSE en el log y hay 30 mil TIME_WAIT. Las entrantes sí entran. Ayer igual.`),
    pe(`Saludos estimados, en el horario de 9 a 11 las llamadas salientes fallan, el log dice "Cannot assign requested address" y ss muestra 28 mil timewait. Es el mismo servidor de siempre, solo que el tráfico creció a 85 CPS este mes.`),
    pe(`oigan, el carrier dice que no le llegan INVITEs en la tarde. Revisé y en nuestro VOS: "connect to carrier failed: Cannot assign requested address", TIME_WAIT 28k. Ya no hay puertos libres o qué onda?`),
    pe(`Buenas, ticket reenviado del cliente: "A partir de las 19 hs las llamadas no salen. Error en log: Address already in use al conectar. ss -s: timewait 29.4k". Sigue pasando hoy, lo pueden ver?`),
    pe(`Buenas, qué pena escribir tan tarde. El VOS en hora pico se queda sin puertos efímeros: 28 mil en TIME_WAIT, el rango es el de defecto 32768-60999, y las conexiones salientes fallan con EADDRINUSE. Hoy perdimos 2 horas de tráfico.`),
  ],
  natUnregistered: [
    nat(`buenas, desde que activaron el modo RST ayer (SS_TCP_CLOSE_RESET=On) los teléfonos Yealink de las oficinas detrás de NAT se quedan unregistered. Van por TCP. Antes no pasaba.`),
    nat(`güey los softphones de los agentes home office (todos detrás de routers de Telmex) pierden el registro cada rato desde el cambio de ayer en el softswitch, cuando pasaron el cierre a RST. Están por TCP. los de la red de la oficina sin NAT andan bien`),
    nat(`Buenas, qué pena. Desde que pusieron SS_TCP_CLOSE_RESET en On el martes, los teléfonos de los clientes detrás de MikroTik aparecen no registrados en el VOS. Usan SIP por TCP. Los de IP pública siguen bien.`),
    nat(`Che, después de que activamos el RST mode por el tema del TIME_WAIT, los Grandstream de las sucursales (todas con NAT, router del ISP) se desregistran. Van por TCP 5060. ¿Volvemos a Off?`),
    nat(`chamo, desde que cambiaron el modo de cierre a RST los teléfonos detrás del router de la oficina salen unregistered, los que usan TCP. Los de UDP no tienen problema.`),
    nat(`Estimados, después de activar SS_TCP_CLOSE_RESET=On el viernes, 40 anexos de un cliente detrás de NAT (router Huawei) pierden el registro cada pocos minutos. Transporte TCP. Qué sugieren?`),
    nat(`saludos, desde que hicieron el cambio al RST los teléfonos de los clientes residenciales (routers de Claro, con NAT) se caen del registro. Son por TCP. Urgente por favor.`),
    nat(`buenas, les pego el estado:
Phone 2001  192.168.1.50 (NAT 189.203.x.x)  TCP  Unregistered
Phone 2002  192.168.1.51 (NAT 189.203.x.x)  TCP  Unregistered
Phone 2003  192.168.1.52 (NAT 189.203.x.x)  TCP  Unregistered
Todos detrás del mismo router, empezó justo después de que pusimos SS_TCP_CLOSE_RESET=On y el reparse.`),
    nat(`parce, los Zoiper de los agentes remotos por TCP dejaron de mantenerse registrados desde el cambio a RST. Registran y al rato salen en rojo. Todos desde sus casas, con el router del operador.`),
    nat(`Buenas, desde que el NOC activó el cierre por RST en el softswitch, los gateways de los clientes que están detrás de NAT aparecen desregistrados intermitente. Los gateways usan SIP/TCP. Fijate si tiene relación.`),
    nat(`buenas tardes, ahorita tenemos como 200 extensiones en unregistered. Todas están detrás de NAT y registran por TCP. El único cambio fue ayer en la noche: SS_TCP_CLOSE_RESET de Off a On. Las de UDP bien.`),
    nat(`Hola, los teléfonos de una oficina con MikroTik haciendo NAT no registran desde que activaron el modo RST. Usan TCP. Antes del cambio no había ni un problema.`),
    nat(`Estimados, buen día. Desde que se aplicó el modo RST en el VOS (el miércoles) los teléfonos Fanvil del cliente, detrás de NAT en su oficina y por TCP, pierden el registro cada 10-15 minutos. ¿Es por el RST?`),
    nat(`Hola, ¿cómo va? Después del cambio de ayer al modo RST los softphones de los vendedores (todos trabajan desde casa, NAT del router de Antel) quedan unregistered. Registran por TCP. Los de la oficina con IP pública, todo bien.`),
    nat(`qué onda ingeniero, le reenvío lo que me dice mi cliente: "desde ayer los teléfonos de la sucursal no están registrados, se ven en rojo en el portal". Revisé: están detrás de NAT, usan TCP, y ayer activamos SS_TCP_CLOSE_RESET=On. Qué hacemos?`),
    nat(`buenas, hicimos el cambio al modo RST anoche por recomendación y hoy los teléfonos de 3 clientes con router NAT no registran, son los que van por TCP. Los que van por UDP ni se enteraron.`),
    nat(`Che, otra vez: los gateways GoIP del cliente detrás de NAT se desregistran desde que pusimos el close reset en On. Transporte TCP. Si reinicio el gateway registra un rato y se vuelve a caer.`),
    nat(`buenos días, desde el cambio de SS_TCP_CLOSE_RESET a On, los MicroSIP de un call center (NAT detrás de un router de Izzi) se desregistran todo el tiempo. Todos por TCP. Regreso a Off o hay otra opción?`),
    nat(`Hola, los teléfonos de la sede de Medellín (detrás de NAT, router de Tigo-UNE) están unregistered desde que activaron el RST mode, van por TCP. La sede de Bogotá tiene IP pública y está bien.`),
    nat(`Buenas, desde que ustedes cambiaron el cierre de TCP a RST, los teléfonos de mis clientes con NAT (router Tigo) se caen del registro cada rato. Van por TCP.`),
    nat(`Buenas tardes, les comento: activamos SS_TCP_CLOSE_RESET=On el lunes para bajar el TIME_WAIT y desde entonces los Yealink detrás de NAT pierden el registro. Son por TCP. Los que tienen IP pública registran bien.`),
    nat(`buenas, urgente, todas las extensiones remotas (detrás de NAT, por TCP) aparecen unregistered desde el reparse de ayer donde pusimos el modo RST. Los usuarios no pueden recibir llamadas.`),
    nat(`buenas, pasa algo raro: desde que el ingeniero cambió el modo de cierre de las conexiones a RST, los teléfonos de los clientes detrás de NAT registran y se caen a los pocos minutos. TCP. Ningún otro cambio.`),
    nat(`Buenas, desde que activamos SS_TCP_CLOSE_RESET=On, las centrales de los clientes (Asterisk detrás de NAT, trunk registrado por TCP) pierden el registro contra el VOS. Los clientes con IP fija andan bien. ¿Qué tocamos?`),
    nat(`saludos, el cliente de Maracaibo tiene sus teléfonos detrás de un router con NAT y desde el cambio a RST de la semana pasada siguen saliendo no registrados. Usan TCP. Lo del router ya lo descartamos.`),
    nat(`hola, urgente: los teléfonos del cliente "Grupo Ramírez" (detrás de NAT, MikroTik) salen unregistered desde que activamos el modo RST. Usan TCP. Los demás clientes sin NAT no tienen problema.`),
    nat(`Saludos, tras el cambio del SS_TCP_CLOSE_RESET a On los teléfonos de la oficina en Santo Domingo (NAT en un router Cisco pequeño) pierden el registro. Transporte TCP. Que hacemos?`),
    nat(`ayuda, los teléfonos de los clientes que están detrás de NAT se quedan sin registro desde que activamos el RST. Van por TCP. En el VOS se ven "unregistered" y en el teléfono dice "registration failed".`),
    nat(`Buenas. Reporto que después de activar el RST mode en el softswitch los teléfonos de los clientes residenciales (NAT en los routers de los ISP) por TCP pierden el registro cada 5-10 minutos. Con Off no pasaba.`),
    nat(`Hola, qué pena la hora. Los softphones de los agentes (detrás de NAT, TCP) quedaron desregistrados desde el cambio de ayer al modo RST en el VOS. Reinician y al rato lo mismo.`),
  ],
  firewallRst: [
    fw(`buenas, desde que activamos SS_TCP_CLOSE_RESET=On las llamadas por TCP se quedan colgadas y el FortiGate muestra en el log "no session matched" con flags R. Qué hacemos?`),
    fw(`ingeniero, pego del FortiGate:
date=2024-05-14 time=19:22:10 type=traffic subtype=forward srcip=10.0.0.15 dstip=200.57.x.x proto=6 action=deny msg="no session matched" tcpflags=R
son miles así desde que pusimos el modo RST, y las llamadas se caen a la mitad.`),
    fw(`Buenas, desde el cambio al RST mode el ASA del cliente está botando paquetes: "Deny TCP (no connection) from 10.1.1.5/5060 to 190.x.x.x/43122 flags RST on interface outside". Las llamadas cuelgan raro y algunas no conectan.`),
    fw(`Che, desde que pusimos SS_TCP_CLOSE_RESET en On el pfSense loguea un montón de bloqueos con flags R (out of state) y las llamadas se cortan. ¿Tiene que ver?`),
    fw(`chamo las llamadas se caen desde que activaron el RST y en el iptables vemos drops de INVALID con flag RST, el conntrack los marca como invalid. Qué regla le ponemos a esa vaina?`),
    fw(`Estimados, después del cambio a modo RST las llamadas por TCP a través del Sophos quedan colgadas. El log del Sophos muestra paquetes RST descartados como "out of state".`),
    fw(`saludos, desde que activaron el RST en el softswitch el MikroTik está dropeando los paquetes con RST (connection-state=invalid) y las llamadas se caen. Como lo arreglamos?`),
    fw(`güey desde el cambio de ayer al modo RST las llamadas que pasan por el FortiGate del datacenter se quedan pegadas y no cuelgan bien. El log del forti dice "no session matched" a cada rato. ayuda`),
    fw(`Hola, reporte: tras activar SS_TCP_CLOSE_RESET las llamadas del cliente que pasa por su Cisco ASA fallan; en el syslog del ASA: "%ASA-6-106015: Deny TCP (no connection) ... flags RST". Muchos por minuto.`),
    fw(`Buenas, mirá esto del kern.log:
IN=eth0 OUT= SRC=10.10.0.5 DST=181.x.x.x PROTO=TCP SPT=5060 DPT=51234 WINDOW=0 RES=0x00 RST URGP=0 [INVALID DROP]
Empezó cuando activamos el RST mode y las llamadas se caen. ¿Ajustamos el conntrack?`),
    fw(`buenas tardes, ahorita las llamadas por TCP hacia el carrier se cuelgan a los pocos segundos. Pasa desde que pusimos SS_TCP_CLOSE_RESET=On. El pfSense tiene bloqueos "TCP:R" en el log en el puerto 5060.`),
    fw(`Hola, desde la activación del modo RST tenemos llamadas que no se liberan y canales colgados. El FortiGate del cliente descarta los RST ("no session matched"). ¿Cómo se configura para que los deje pasar?`),
    fw(`Estimados, desde el jueves (cuando se cambió el cierre a RST) las llamadas por TCP se cortan y el iptables del servidor de borde marca los RST como INVALID y los dropea. Conteo: 12 mil drops en una hora.`),
    fw(`Buenas, ¿qué tal? Desde que activaron el modo RST en el VOS, el Fortinet de la oficina del cliente muestra "no session matched" y las llamadas se cuelgan o no conectan. Antes del cambio andaba perfecto.`),
    fw(`qué onda, reenvío del cliente: "desde el martes las llamadas se quedan en silencio y luego se caen, nuestro ASA muestra drops de RST". Coincide con cuando activamos el RST. Sigue pasando hoy.`),
    fw(`buenas, desde el cambio del modo de cierre las llamadas se quedan colgadas en el VOS y el firewall (pfSense) bloquea paquetes TCP con flag R, dice state mismatch. Ayuda`),
    fw(`Hola, el Sophos XG está descartando paquetes RST del VOS desde que pusimos SS_TCP_CLOSE_RESET=On, y las llamadas que pasan por ahí se caen o no liberan el canal. ¿Agregamos una excepción?`),
    fw(`buenas, desde que activamos el RST mode, el conntrack del firewall linux entre el VOS y el carrier marca INVALID los RST y los tira. Resultado: llamadas colgadas y canales ocupados. El contador de la regla INVALID sube a miles.`),
    fw(`parce, desde el cambio al RST las llamadas se caen y en el MikroTik el log muestra drops "invalid" con flags RST en el 5060 TCP. ¿Cómo dejamos pasar esos paquetes?`),
    fw(`Buenas, les escribo porque desde que se activó SS_TCP_CLOSE_RESET las llamadas por TCP a través del Cisco ASA fallan. show logging: "Deny TCP (no connection) ... flags RST". Son cientos.`),
    fw(`Buenas, desde que cambiaron a modo RST el FortiGate de mi cliente está botando los RST con "no session matched" y las llamadas se caen a media conversación. Urgente porfa.`),
    fw(`que tal, les pego del pfSense:
May 14 20:11:03 filterlog: ...,block,in,4,...,tcp,...,5060,44012,0,R,...
Es desde que activamos el modo RST ayer, y desde entonces las llamadas por TCP se cuelgan. Sigue ahorita.`),
    fw(`Buenas, desde que el NOC activó el RST en el VOS, el firewall stateful del datacenter (FortiGate) descarta los RST como "no session matched" y los canales quedan colgados. ¿Desactivamos o ajustamos el forti?`),
    fw(`saludos, las llamadas se cuelgan y no se liberan desde el cambio al modo RST. El de redes dice que el iptables tiene una regla que dropea INVALID y ahí caen todos los RST del softswitch. Como seguimos?`),
    fw(`Hola, tras poner SS_TCP_CLOSE_RESET=On las llamadas hacia el cliente que tiene FortiGate fallan: no conectan o se cuelgan. En el forti: "no session matched" con tcpflags=R. Los otros clientes sin firewall andan bien.`),
    fw(`buenas, desde que se activó el cierre por RST los gateways del cliente que están detrás de su ASA pierden las llamadas a la mitad; el ASA registra "Deny TCP (no connection) flags RST". Solo esos.`),
    fw(`Saludos estimados, desde el cambio a RST las llamadas se quedan colgadas y el pfSense del cliente bloquea los paquetes: "TCP:R" en el firewall log. Necesitamos solucion hoy.`),
    fw(`buen día, el firewall (iptables con conntrack) entre el VOS y el proveedor está tirando los paquetes RST como INVALID desde que activamos SS_TCP_CLOSE_RESET=On. Las llamadas salen pero se cortan o quedan colgadas.`),
    fw(`Che, desde que está el modo RST el MikroTik del cliente descarta los RST (connection-state invalid) y las llamadas se cuelgan. Ya vi que el contador de la regla drop invalid no para de subir.`),
    fw(`Estimados, qué pena molestar un sábado. Desde que activamos el RST mode, el Sophos de la oficina principal descarta los paquetes RST y las llamadas se cortan a los pocos segundos. Log: "Dropped, invalid TCP state".`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning188Set: readonly EvalItem[] = Object.values(tuning188Families).flat();
