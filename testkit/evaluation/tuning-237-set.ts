import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 operators and resellers across Mexico, Central America, the Andes, the Southern Cone, the Caribbean and
 * Spain, writing WhatsApp Spanish with regional slang (güey, che, weon, parce, chamo, asere, klk, tío), voseo and
 * Spanglish, often without accents or punctuation, some in plain English. Figures come as 30 mil, 28.000, 30k or 28
 * 000. Messages range from one-liners to voice-note transcripts, forwards from their staff or customers, and pasted
 * netstat/ss output, firewall logs and softswitch logs.
 *
 * The two-hundred-and-thirty-seventh tuning split, written as the two-hundred-and-thirty-seventh never-tuned evaluation
 * set because Spanish-speaking wholesalers from Tijuana to Madrid write in their own slang, often without accents or
 * punctuation, in fresh hands again. Five negative families of 27 (one service that cannot bind its own port,
 * registration lost for another reason, small figures and questions, firewall work without dropped RST, playbook words
 * denied or explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written before the seventy-ninth round of rules by someone who had read only the
 * playbooks' symptoms and the domain notes, without the matcher, its rules or the other sets in view; measured as such
 * before and after the seventy-ninth round, then made tuning material for the eightieth: bench/classify lists its
 * misses. One short question about 400 TIME_WAIT, which normalised as one of a tuning split's, was left out: its family
 * holds 26.
 *
 * First measured, before any tuning on it: in scope 94.4 %, negatives confident 0 %, confident wrong 0 % with the rules
 * of the seventy-eighth round, before the seventy-ninth.
 * After the seventy-ninth round: the same.
 * After the eightieth round, tuned on: in scope 94.4 %, negatives confident 0 %, confident wrong 0 %; still short of the bar.
 * After the eighty-second round: in scope 96.7 %, negatives confident 0 %, confident wrong 0 %; still short of the bar.
 * After the eighty-third round: in scope 97.8 %, negatives confident 0 %, confident wrong 0 %; meets the bar.
 */
export const tuning237Families = {
  oneListeningPort: [
    no(`oye el portal web del vos no levanta, el tomcat dice Address already in use en el 8080. el de sistemas le instalo un jenkins a ese mismo server la semana pasada y creo que se agarro el puerto, como cambio uno de los dos?`),
    no(`che el mbx3000d no arranca, en el log tira "bind 0.0.0.0:5060 failed: Address already in use". Me parece que el pibe nuevo levantó una segunda instancia del softswitch para probar en el mismo server, como la mato sin romper la buena?`),
    no(`Al levantar el contenedor de asterisk me sale esto:
Error response from daemon: driver failed programming external connectivity on endpoint pbx_test: Bind for 0.0.0.0:5060 failed: port is already allocated
el host es el mismo del vos, obvio que el 5060 ya lo tiene el softswitch no? lo paso al 5062?`),
    no(`mysql no quiere iniciar despues del yum update
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
y sin mysql el vos no sirve pa nada, ayuda urgente porfa`),
    no(`cambie el puerto del ssh al 2222 como me dijeron por seguridad y ahora sshd no levanta: error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. que mas puede estar en ese puerto??`),
    no(`El redis del panel de billing no arranca, tira "Could not create server TCP listening socket *:6379: bind: Address already in use". Parece que quedó colgado el redis viejo que instalamos a mano. Es solo ese servicio, el switch anda bien`),
    no(`Tío, en mi portátil el npm run dev me peta con Error: listen EADDRINUSE: address already in use :::3000. Es el dashboard que estamos montando para los clientes del VOS, ¿me echas un cable o es cosa mía?`),
    no(`java.net.BindException: Address already in use (Bind failed)
	at java.net.PlainSocketImpl.socketBind(Native Method)
	at org.apache.tomcat.util.net.JIoEndpoint.bind(JIoEndpoint.java:410)
sale al arrancar el web manager del vos3000 en el 8080, ya reinicie dos veces y nada`),
    no(`nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
creo que el muchacho instalo apache en el server sin querer cuando puso lo de las facturas, cual dejo?`),
    no(`[Nota de voz transcrita] hola buenas tardes qué pena molestarlo, le cuento que el ingeniero nuestro instaló un programa de grabación en el mismo servidor y ahora el vos no levanta, sale que el puerto cinco mil sesenta ya está ocupado por ese programa, qué hacemos, lo desinstalamos o cómo es la vaina`),
    no(`netstat -tlnp | grep 5060
tcp        0      0 0.0.0.0:5060      0.0.0.0:*     LISTEN      2231/kamailio
ahi ta el kamailio comiendose el puerto y el vos no puede hacer bind, lo mato o lo paso a otro puerto? fue una prueba que dejo el otro turno`),
    no(`asere qué bolá, el webmin no sube en el server del vos, dice que el 10000 está cogido, "Failed to bind to port 10000 : Address already in use". eso lo puedo matar tranquilo?`),
    no(`klk mi pana, el freeswitch que pusimo pa las grabaciones no arranca porque el 5080 lo tiene otro proceso, como veo cual es? no quiero tumbar el vos`),
    no(`chamo el apache del portal de recargas no levanta, mira:
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
(98)Address already in use: AH00072: make_sock: could not bind to address 0.0.0.0:443
no listening sockets available, shutting down
será que el certbot dejó algo corriendo?`),
    no(`Bro el docker compose del CRM me dice "Bind for 0.0.0.0:3306 failed: port is already allocated", tengo otro mysql container corriendo I think. How do I fix eso sin tocar la DB del VOS?`),
    no(`causa la api de recargas en node no levanta, listen EADDRINUSE: address already in use 0.0.0.0:8081, solo es ese puerto, lo demás normal, el switch cursa bien. es que pm2 tiene dos copias?`),
    no(`weon el vos no me levanta el puerto h323 1720, dice que ya está en uso. Tenemos un gnugk viejo instalado en la misma máquina po, cachai si lo puedo desinstalar sin cagarla?`),
    no(`bo, el snmpd no arranca en el server del vos: "Error opening specified endpoint udp:161" y en el messages dice address already in use. El zabbix no lee nada. Cómo veo quién tiene el 161?`),
    no(`buenas, tenemos un VOS3000 y al arrancar el mbx3000d sale que no puede hacer bind al 5060 porque lo tenía ocupado un softphone que dejaron abierto en el mismo servidor para pruebas. ya lo cerramos pero sigue igual, cómo verifico que quedó libre?`),
    no(`che la interfaz web del vos3000 no abre, mirando catalina.out hay esto:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"]
java.net.BindException: Address already in use <null>:8080
el resto anda, las llamadas cursan`),
    no(`Reenviado:
"Jefe el zabbix-agent no arranca en el softswitch: listener failed: bind() for [[-]:10050] failed: [98] Address already in use"
Ustedes saben qué otra cosa puede estar en el 10050 en esa máquina? nosotros no pusimos nada más`),
    no(`hello my friend, the vos web page not start, log say port 80 already used by other program httpd, i dont install nothing, what i do`),
    no(`va pues, el portal del vos ya no levanta porque instalamos cpanel en el mismo servidor y agarró el 80 y el 443. se puede cambiar el puerto del portal vos a otro?`),
    no(`Buenas, después de instalar Grafana nos hemos dado cuenta de que pilla el 3000, que era el que usaba el panel de recargas, y ahora el panel no arranca. ¿Cambio el puerto de Grafana o el del panel? Vale, gracias`),
    no(`ss -ltnp 'sport = :5432'
State   Recv-Q Send-Q Local Address:Port  Peer Address:Port
LISTEN  0      128    *:5432              *:*     users:(("postgres",pid=1123,fd=3))
y el segundo postgres que quiero levantar para reportes dice could not bind IPv4 address "0.0.0.0": Address already in use`),
    no(`ey maje, el mbx3000d no arranca despues del restart, dice bind error 5060. creo que quedó pegado el proceso viejo, en ps sale todavía. le hago kill -9 o cómo es?`),
    no(`el script de python del callback que hicimos tira OSError: [Errno 98] Address already in use en el 9090 cuando lo reinicio rapido, es solo ese servicio que escucha, nada que ver con las llamadas. algun tip?`),
  ],
  otherRegistrationCause: [
    no(`Buenas, ayer cambiamos las contraseñas de todas las cuentas SIP por seguridad y ahora la mitad de los teléfonos salen no registrados, en el log se ve 401 Unauthorized en bucle. Hay forma de ver cuáles no se actualizaron?`),
    no(`migramos el vos a otro datacenter y cambió la IP, los gateways GoIP siguen apuntando a la ip vieja y salen unregistered. toca ir uno por uno o hay algo masivo?`),
    no(`che los internos de la sucursal Rosario no registran desde esta mañana, se cortó la luz en todo el barrio y el router no prende. Avisame si ves algo raro de tu lado pero creo que es eso`),
    no(`el zoiper de los vendedores se desregistra cuando bloquean el celular, son androids xiaomi con ahorro de bateria a full, se puede hacer algo desde el server o es del telefono?`),
    no(`el cliente Telecomunicaciones del Sur dice que no registra, en el log sale 403 Forbidden. Revisé y la cuenta venció el 30, no pagó. Es eso no?`),
    no(`nadie registra desde hoy a las 00:00, en el vos sale license expired. nos pueden mandar la licencia renovada? ya pagamos la factura`),
    no(`compramos router nuevo TP-Link para la oficina y los Grandstream en UDP registran y a los 5 min se caen. leí que es el SIP ALG, cómo se desactiva en ese modelo?`),
    no(`Cambiamos el DNS del dominio sip.conectamx.com a Cloudflare y parece que no ha propagado, los softphones que usan el nombre salen no registrados y los que usan la IP directo si jalan`),
    no(`Claro tiene caída en toda la zona norte desde las 2, ningún teléfono de la oficina registra. Solo para que sepan, no es del switch`),
    no(`el técnico movió el rack para pintar y quedó suelto el cable del switch PoE, 20 teléfonos sin registro. Ya lo conectamos, tarda en registrar de vuelta?`),
    no(`Borramos por error las cuentas del cliente Farmacias Roxy en el panel y ahora los equipos dan 404 Not Found al registrar. Hay backup de ayer? urgente`),
    no(`el wifi de la oficina se cae a cada rato y los telefonos wifi pierden el registro, los de cable no. es el access point verdad?`),
    no(`los inalámbricos DECT del call center se quedaron sin batería porque no los pusieron a cargar el finde, salen sin registro. ya los estamos cargando, solo aviso por si ven alarmas`),
    no(`[Audio] oye mira, te cuento que los teléfonos del call center están todos en rojo, no registrados, pero es que hoy vino la CFE y estuvimos sin luz toda la mañana, ya volvió la luz pero el switch no enciende, ¿tú crees que se quemó?`),
    no(`asere la conexión de Nauta se cae cada rato y los teléfonos de la oficina de Santiago de Cuba pierden el registro, cuando vuelve el internet registran solos`),
    no(`el cliente dice que su extensión sale unregistered, le pregunté y resulta que cambió la contraseña en el portal pero no en el teléfono jajaja, le mando a configurar de nuevo?`),
    no(`mira lo que sale en el debug:
REGISTER sip:190.12.44.10 SIP/2.0
From: <sip:4021@190.12.44.10>
SIP/2.0 401 Unauthorized
REGISTER sip:190.12.44.10 SIP/2.0
SIP/2.0 403 Forbidden
la clave está bien? el cliente jura que no la cambió`),
    no(`Tenemos el VOS autenticando por IP al cliente de Maracay y el ISP le cambió la IP pública (es dinámica), ahora todo rechazado. Toca poner la nueva en el mapping o hay otra forma?`),
    no(`el vos bloqueó la IP del cliente por muchos intentos fallidos de registro, tenía una clave mal en un teléfono viejo que intentaba cada segundo. cómo lo desbloqueo?`),
    no(`cambiamos el puerto SIP del server de 5060 a 5070 por los ataques y los clientes que no actualizaron no registran. Hay alguna manera de escuchar en los dos mientras migran?`),
    no(`Desde que Movistar nos cambió el router por el HGU nuevo, los Yealink de la oficina no registran. Van por UDP. El técnico de Movistar dice que es el SIP ALG y que no lo puede tocar. ¿Alguna idea?`),
    no(`Te reenvío lo del cliente: "Mis extensiones no registran desde que cambié la clave del wifi" ... obvio, los teléfonos wifi no se conectan a la red nueva. Le explicas tú o yo?`),
    no(`Se cortó la fibra en la zona de Palermo, Telecom dice que vuelve a la noche, todos los internos del cliente offline. Nada que hacer nosotros no?`),
    no(`Holaa, la cuenta de prueba que nos dieron para el gateway expiró ayer y ya no registra, nos la pueden extender una semana más? estamos cerrando con un cliente grande`),
    no(`Hi, our phones in the Ponce office show unregistered since the hurricane warning, we lost power and the generator is not covering the network closet. Just letting you know, no need to check the switch`),
    no(`el vos dice que se llegó al máximo de cuentas registradas de la licencia, los nuevos no registran. cuánto cuesta ampliar a 2000?`),
    no(`nde, los teléfonos de la sucursal de Ciudad del Este no registran desde que el de sistemas cambió el server en la opción 66 del DHCP, ahora provisionan contra otro servidor con otras credenciales. Cómo revierto eso?`),
  ],
  smallFigures: [
    no(`buenas, hice un ss -s por curiosidad:
Total: 611 (kernel 0)
TCP:   412 (estab 188, closed 210, orphaned 0, synrecv 0, timewait 198/0), ports 0
está normal? no hay quejas de nadie`),
    no(`que es exactamente TIME_WAIT? lo vi en el netstat y me asusté jaja`),
    no(`conviene activar tcp_tw_reuse en el servidor? tenemos como 40 cps en hora pico y todo anda bien, es más por prevenir`),
    no(`Una pregunta, ¿qué hace SS_TCP_CLOSE_RESET en el softswitch.conf? Lo vi revisando y no sé si tocarlo`),
    no(`netstat -ant | grep TIME_WAIT | wc -l
73
todo funciona bien, solo pregunto si ese número está bien para un server con 300 canales`),
    no(`che cual es la diferencia entre cerrar con FIN y con RST? me lo preguntó un cliente y no supe qué decirle`),
    no(`tenemos ip_local_port_range en 32768 60999, hay que cambiarlo? son 15 llamadas simultáneas máximo, server chiquito`),
    no(`cuánto dura el TIME_WAIT en linux? 60 segundos o se puede bajar?`),
    no(`me dijeron que active tcp_tw_recycle, es buena idea? el servidor está tranquilo, unas 80 llamadas a la vez`),
    no(`Hola, hago chequeo mensual del servidor:
CPU 12%
RAM 3.1G/8G
ESTAB 240
TIME_WAIT 312
CLOSE_WAIT 2
todo ok según ustedes?`),
    no(`pana una duda conceptual, los TIME_WAIT se quedan del lado del que cierra primero verdad? o de los dos lados?`),
    no(`parce qué significa el orphaned en el ss -s? me sale 0 y timewait 57`),
    no(`Buenas tardes, para el informe al gerente: ¿cuántos TIME_WAIT se consideran preocupantes en un VOS3000? Ahorita tenemos 260 en pico y nada falla`),
    no(`dónde se ve el valor actual de SS_TCP_CLOSE_RESET? solo quiero documentarlo, no cambiarlo`),
    no(`ey cuál es la diferencia entre tcp_tw_reuse y tcp_tw_recycle? estoy leyendo para la certificación`),
    no(`watch -n5 'ss -s' me da timewait entre 90 y 140 todo el dia, es para preocuparse? 25 cps maximo`),
    no(`Hola, por qué se usa TCP para SIP si UDP es más rápido? Vemos unos 30 sockets TCP abiertos nomás`),
    no(`qué es una conexión half-open? vi el término en un foro de voip`),
    no(`Tenemos 1.200 TIME_WAIT en el pico de las 11, con 120 cps. Llamadas al 100%, ASR normal. ¿Hace falta tocar algo o lo dejamos así?`),
    no(`el comando ss no existe en nuestro centos 5, con netstat sale 140 en TIME_WAIT. cómo instalo ss? por saber nomás`),
    no(`de cuántos puertos efímeros dispone linux por defecto? para dimensionar un server nuevo de 50 cps`),
    no(`buenas, en el ss -tan me salen algunos FIN-WAIT-2 y unos 30 TIME-WAIT, está bien o es síntoma de algo?`),
    no(`en qué sección del manual de VOS3000 explican SS_TCP_CLOSE_RESET? quiero leerlo con calma antes de la reunión`),
    no(`[nota de voz] hola qué tal, mira, una pregunta nada más, estaba viendo el netstat y me salen unas trescientas y pico conexiones en TIME_WAIT, pero el servidor está súper bien, llamadas bien, ¿eso es normal o lo reviso?`),
    no(`hi guys quick one, 180 time_wait on the vos box at noon, 60 cps, is that healthy? no issues at all`),
    no(`Buenas, ¿el TIME_WAIT consume memoria o CPU? Tenemos unos 500 y el jefe pregunta si eso le quita rendimiento al servidor`),
  ],
  firewallNoRst: [
    no(`necesito abrir el 5060 tcp y udp en el fortigate para el carrier nuevo de colombia, IP 200.31.44.18, me pasás la regla?`),
    no(`hay que agregar en la whitelist del vos la ip 45.231.10.22 del cliente nuevo, no le pasa ni el invite`),
    no(`fail2ban baneó la ip de nuestra oficina por intentos fallidos de login al portal, cómo la saco sin reiniciar nada?`),
    no(`el firewall Huawei de la oficina tiene SIP ALG activado y nos dicen que lo apaguemos, en qué menú está?`),
    no(`quiero bloquear todo el tráfico SIP que no venga de México, Colombia y Perú, conviene iptables con ipset geoip o lo hacemos en el mikrotik? nos están escaneando de todo el mundo`),
    no(`cómo pongo un rate limit a los REGISTER en iptables? un bot nos manda como 2000 por segundo desde Holanda y sube el CPU`),
    no(`Buenas, el carrier nuevo (Liberty) nos pasó sus IPs de señalización: 190.93.12.0/24. Necesito la regla en el pfSense para dejar pasar SIP TCP y UDP solo desde ahí`),
    no(`en el mikrotik quiero hacer port forwarding del 8080 al portal web del vos que está en la 192.168.10.5, me ayudan con el dst-nat? desde afuera no abre`),
    no(`el cisco asa del cliente necesita una regla para el RTP hacia nuestro server, qué rango de puertos les paso?`),
    no(`en el security group de aws qué puertos tengo que abrir para el vos? 5060, rtp y el web, algo más?`),
    no(`mira el iptables:
Chain INPUT (policy ACCEPT)
 pkts bytes target  prot opt in  out  source          destination
 8812 4.1M  DROP    udp  --  *   *    185.53.88.0/24  0.0.0.0/0   udp dpt:5060
igual siguen llegando intentos desde otras IPs con user agent friendly-scanner, cómo bloqueo por rango completo?`),
    no(`la SonicWall del cliente le cambia los SDP, tienen activado el consolidated SIP transformations y hay audio de un solo lado, lo apagamos?`),
    no(`cómo abro el puerto del portal solo para mi ip de casa? no quiero que quede abierto al mundo`),
    no(`en el fortigate cómo quito el session-helper de sip? dicen que da problemas con el audio y con los re-INVITE`),
    no(`tengo ufw en el servidor de grabaciones, qué regla pongo para que el vos le mande los archivos por ftp?`),
    no(`alguien tiene un jail de fail2ban que lea el log del vos3000? queremos banear a los que prueban claves en el 5060`),
    no(`el proveedor cambia de IP de señalización el lunes a las 00:00, hay que actualizar la regla del pfsense y el gateway en el vos, me lo agendan?`),
    no(`Oye, ¿el VOS trae cortafuegos de serie o lo montamos nosotros con iptables? Servidor nuevo en OVH, todavía sin tráfico`),
    no(`en /var/log/messages sale "nf_conntrack: table full, dropping packet" cada rato, el RST no lo hemos tocado nunca, subo nf_conntrack_max o qué?`),
    no(`el ssh del server del vos solo lo queremos por VPN, cómo lo cierro en el firewall sin quedarme afuera?`),
    no(`reenvío del NOC: "favor abrir en el firewall el rango 10000-20000 UDP hacia 10.20.0.15 para RTP del carrier Tigo, urgente antes del go-live"`),
    no(`en el pfsense el trunk SIP del carrier pide que no nos cambien el puerto de origen, cómo pongo static port en el outbound NAT?`),
    no(`bloqueamos la IP del cliente moroso en el firewall pero sigue llamando, seguro tiene otra IP. qué más hago, lo bloqueo en el vos directo?`),
    no(`[audio] hola, oye, necesito que me ayudes con el firewall, el cliente nuevo de Cochabamba no nos llega ni el registro, dice que su IP es la 181.115.20.7, no sé si lo tienes en la lista blanca o hay que meterlo`),
    no(`Hi, we need to whitelist our new office IP in the VOS firewall so the team can reach the web portal, it is 24.139.77.5. Gracias!`),
    no(`cuántas reglas aguanta el iptables antes de afectar rendimiento? tenemos como 3000 IPs bloqueadas de scanners`),
    no(`parce el firewall del edificio bloquea todo lo que no sea 80 y 443, podemos registrar los softphones por el 443 o cómo hacemos?`),
  ],
  negationContext: [
    no(`nosotros usamos solo UDP para todo, el RST ese que mencionan en el foro no nos aplica verdad? los teléfonos detrás de NAT registran bien`),
    no(`el RST nunca lo activamos, está en Off de fábrica, y los teléfonos de la sucursal salen no registrados desde que cambiamos las claves el lunes`),
    no(`Solo para el registro: lo del TIME_WAIT de la semana pasada (llegamos a 30 mil) ya quedó resuelto con lo que aplicaron, hoy en pico 800. Gracias, pueden cerrar el ticket`),
    no(`si activamos el modo RST, los teléfonos que tenemos detrás de NAT se van a desregistrar? todavía no lo hemos tocado, estamos evaluando`),
    no(`pregunta de capacitación: en el examen preguntan qué pasa si un firewall stateful descarta los RST, cuál sería la respuesta correcta?`),
    no(`un compañero me contaba que en su curro anterior activaron el RST y el FortiGate se volvió loco, ¿es cierto que pasa eso? Aquí ni tenemos FortiGate, es por cultura general`),
    no(`alarma de "TIME_WAIT alto" en zabbix anoche a las 3am, revisé y era el umbral mal puesto en 50, o sea falsa alarma. ya lo subimos a 20000`),
    no(`en el laboratorio tenemos un vos de pruebas con 28 000 TIME_WAIT porque le tiramos sipp a 500 cps a propósito, en producción no pasa, es para un informe`),
    no(`nadie cambió nada en el servidor, RST sigue en Off, y aun así los teléfonos de la sucursal caen... ojo que están en UDP y el router es nuevo, será el ALG?`),
    no(`Ya está, volvimos SS_TCP_CLOSE_RESET a Off el viernes y los teléfonos detrás del mikrotik registraron todos, desde entonces cero problemas. Lo dejo por escrito para el ticket`),
    no(`no es el firewall: lo apagamos completo para probar y la llamada igual falla con 503 del carrier. el RST tampoco está activado`),
    no(`el otro servidor, el de Bogotá que no es VOS sino un asterisk, tiene mil y pico TIME_WAIT, pero ese lo administra otra empresa. el nuestro está bien`),
    no(`Planeando la migración: si ponemos el RST en On para bajar los TIME_WAIT, qué tenemos que revisar antes en el pfSense? todavía nada está en producción`),
    no(`El cliente nos preguntó si el "address already in use" que salía en los logs de su servidor viejo el año pasado era por falta de puertos. Ese servidor ya no existe. Solo curiosidad`),
    no(`tenemos el RST en On desde hace 6 meses y todo perfecto, los teléfonos son todos con IP pública y UDP, ninguna queja. solo confirmo que está bien así`),
    no(`después del cambio de contraseña masivo se desregistraron todos los teléfonos, no tiene nada que ver con NAT ni RST, eso no lo hemos tocado. cómo hago reprovisioning masivo?`),
    no(`Reenvío correo del 2022 de un ex-empleado: "Se activó RST y los NAT se cayeron". Eso ya no aplica, solo quiero saber si quedó documentado qué hicieron en su momento`),
    no(`tranquilos, la alerta de "RST packets dropped" que les mandó el monitoreo era del firewall de la red de invitados, nada que ver con la VoIP`),
    no(`profe, en el curso de VOS3000, ¿por qué dicen que el RST evita el TIME_WAIT? quiero entender la teoría para el examen`),
    no(`no hay NAT en nuestra red, todo es IP pública directa, y el RST está apagado. Los teléfonos registran perfecto. Les escribo porque el contador pregunta por la factura de abril`),
    no(`hipotéticamente, si un cliente tiene 30k TIME_WAIT, cuál sería la recomendación? Es para una propuesta comercial, nosotros no tenemos ese problema`),
    no(`el bind error que les mencioné en la mañana era de mi laptop, no del servidor, ya lo vi. perdonen la molestia`),
    no(`Ya no hace falta, lo de las llamadas colgadas era un carrier que tenía la ruta caída, no era ni el firewall ni el RST como pensábamos. Solucionado`),
    no(`el año pasado se nos agotaron los puertos en el pico del día de las madres, este año queremos prevenir. qué nos recomiendan revisar antes? hoy todo normal, 600 TIME_WAIT`),
    no(`Tengo dudas: ¿el modo RST afecta a los teléfonos que registran por UDP detrás de NAT? Los nuestros son todos UDP y no hemos activado nada`),
    no(`[audio] mira, te lo cuento para que lo sepas nada más, el técnico dijo que había que activar el RST, pero yo no lo dejé, así que está igual que antes, todo funcionando, ¿vale?`),
    no(`En el lab de la uni montamos pfSense + VOS de prueba y los RST se ven bloqueados en los logs, es para la tesis. Producción no tiene nada de eso`),
  ],
  portExhaustion: [
    pe(`urgente!! en hora pico el vos deja de conectar a los carriers por TCP, en el log sale "connect failed: Cannot assign requested address". hice ss -s y tengo timewait 28.000 y pico. a la noche se normaliza`),
    pe(`ss -s
Total: 31544 (kernel 0)
TCP:   30871 (estab 412, closed 30290, orphaned 0, synrecv 0, timewait 30277/0), ports 0
y las llamadas salientes hacia los proveedores por TCP empiezan a fallar cuando pasamos de 150 cps. reinicio y se arregla por un par de horas`),
    pe(`che, todos los días a las 11 el switch empieza a tirar EADDRINUSE cuando abre conexiones nuevas a los carriers, con 30 mil sockets en TIME_WAIT. A la tarde baja solo. Ya van 4 días seguidos`),
    pe(`weon el vos se queda sin puertos, en el pico de las 10 de la mañana tenemos unos 29 mil time_wait y las conexiones nuevas a Telefónica fallan, sale address already in use en el log del mbx. reinicio y vuelve a andar, pero vuelve a pasar`),
    pe(`[nota de voz] hola buenas, mire, otra vez lo mismo, cuando sube el tráfico en la tarde las llamadas a los proveedores por TCP dejan de salir, y el técnico dice que hay como treinta mil conexiones en TIME_WAIT, reiniciamos el servicio y se compone un rato, pero luego vuelve, ¿nos pueden ayudar por favor?`),
    pe(`Buenas, en el log del softswitch a partir de ~140 CPS:
2024-05-14 18:02:11 TCP connect to 190.85.12.4:5060 failed, errno=99 (Cannot assign requested address)
2024-05-14 18:02:11 TCP connect to 190.85.12.4:5060 failed, errno=99 (Cannot assign requested address)
netstat muestra 27.500 en TIME_WAIT. ¿Qué hacemos?`),
    pe(`Bro, el switch está muriendo en peak hours, como 32k sockets en TIME_WAIT y no abre más TCP hacia los upstreams. After midnight todo bien. Need help asap`),
    pe(`pana el vos me tiene loco, de 6 a 9 pm no salen llamadas por los trunks TCP, "BindException" en el log cada segundo, netstat | grep TIME_WAIT | wc -l = 31204. de madrugada normalito`),
    pe(`netstat -ant | awk '{print $6}' | sort | uniq -c
  29841 TIME_WAIT
    388 ESTABLISHED
     12 LISTEN
con esto ya no conecta a los carriers, sale cannot assign requested address. es lo de los puertos?`),
    pe(`Oye tío, a mediodía el VOS se queda sin puertos locales, salen miles de errores "Address already in use" al conectar con los carriers por TCP y tenemos 28 000 TIME_WAIT. Reiniciamos mbx3000d y funciona un rato. ¿Qué toca tocar?`),
    pe(`asere cuando entra el tráfico de Miami a las 8 pm el vos no abre conexiones nuevas hacia el carrier, el ss -s dice timewait 30 mil y pico. después de medianoche normal. ya van tres noches`),
    pe(`klk, lo mismo de ayer: pico de 180 cps, las llamadas salientes TCP a los carriers empiezan a dar error, sale EADDRINUSE en el debug y el conteo de TIME_WAIT está en 29k. Reiniciamos a las 9 y se arregló, pero hoy de nuevo`),
    pe(`buenos días ingeniero, le comento que en las horas de más tráfico el servidor ya no logra abrir conexiones nuevas con los proveedores, en el log aparece "cannot bind local port" y hay 26 mil conexiones en TIME_WAIT. En la noche se normaliza solo. Quedo atento`),
    pe(`causa, el switch se ahoga en hora punta: 31 mil en time wait, las conexiones tcp a los carriers fallan, el mbx tira "Cannot assign requested address". cuando reiniciamos vuelve todo pero al rato igual`),
    pe(`Forward de mi NOC: "Jefe, 19:40 pico de 200 CPS, error masivo en rutas TCP hacia Carrier A y B, log: bind: Address already in use. ss -s timewait 33012. Reinicio a las 19:55 soluciona. Se repite ayer y antier." ¿Qué nos recomiendan?`),
    pe(`ayuda, el vos no aguanta el pico del lunes: ss -s muestra timewait 27k, las llamadas a los carriers por sip tcp fallan y en el log hay EADDRINUSE cada vez que intenta conectar. por la noche vuelve solo`),
    pe(`Hi, our VOS3000 runs out of local ports every evening at peak, ~30k TIME_WAIT, new outbound TCP to carriers fail with "cannot assign requested address". Restart fixes it for a while. Can you help?`),
    pe(`bo, a las 14 hs cuando entra el tráfico de los call centers el switch deja de abrir TCP hacia los proveedores, hay 28 mil y pico en TIME_WAIT. a las 18 baja y anda. qué se puede tunear?`),
    pe(`nde che, el servidor se queda sin puertos en el pico. 30.000 TIME_WAIT y las llamadas salientes TCP fallan, en el log "Address already in use". Luego de reiniciar anda pero vuelve a pasar a la tarde`),
    pe(`jefe mire esto, sacado ahorita con el pico:
# ss -tan state time-wait | wc -l
30412
# tail mbx.log
connect() to 201.17.40.3:5060 failed: Cannot assign requested address
y las llamadas no salen hacia el carrier. qué le movemos?`),
    pe(`Hola, desde que subimos el tráfico a 160 cps (nuevo cliente de call center) el VOS no logra abrir conexiones TCP nuevas hacia los carriers en el pico, tenemos 29 000 sockets en TIME_WAIT. Con menos tráfico no pasa. ¿Se puede ampliar el rango de puertos?`),
    pe(`wey otra vez, 30k time_wait y el switch ya no conecta con los carriers por TCP, sale BindException en el log. anoche estaba bien, hoy en el pico ya no. ya es la tercera vez esta semana`),
    pe(`Buenas tardes. Adjunto evidencia del incidente de hoy 17:30: ss -s timewait 28312, estab 530. Log del softswitch: "EADDRINUSE" al iniciar conexión TCP hacia el gateway del proveedor. El servicio se recuperó al bajar el tráfico a las 21:00. Pedimos análisis y corrección`),
    pe(`parce el vos en pico está botando "address already in use" al abrir las conexiones hacia los carriers, 30 mil en TIME_WAIT, qué pena pero es urgente porque se nos están cayendo las rutas de Colombia`),
    pe(`la cosa es así: de día con 150-200 cps se acumulan como 30 mil TIME_WAIT, ahí las llamadas nuevas por TCP hacia los proveedores dejan de salir y el log se llena de "cannot assign requested address"; de noche con 20 cps todo normal. reinicio y aguanta unas horas`),
    pe(`Ahorita mismo: 31k en TIME_WAIT, no salen llamadas hacia Telcel por la troncal TCP, errno 99 en el log. Ayer igual a la misma hora. Qué hacemos?`),
    pe(`che boludo, el vos se quedó sin puertos efímeros de nuevo, ss -s da timewait 29.700 y no conecta a los carriers. Es la hora pico, reinicié y volvió, pero en una hora vuelve a pasar seguro`),
    pe(`[audio transcrito] oye ingeniero qué tal mira, tenemos problema con el servidor, cuando hay muchas llamadas como a las doce del día ya no conecta con los proveedores, el muchacho vio que hay como veintiocho mil conexiones esas de time wait, y en el log dice address already in use, lo reiniciamos y funcionó, pero ya volvió a pasar hoy`),
    pe(`Buenas, sigue pasando lo de los puertos: 3 días seguidos entre 19 y 22 hs, TIME_WAIT arriba de 30 mil, conexiones salientes TCP a los carriers fallan con EADDRINUSE. A la madrugada cero drama`),
    pe(`mira el netstat en el pico:
tcp  0  0 10.0.0.5:61022  190.14.3.9:5060  TIME_WAIT
tcp  0  0 10.0.0.5:61023  190.14.3.9:5060  TIME_WAIT
tcp  0  0 10.0.0.5:61024  190.14.3.9:5060  TIME_WAIT
... (son 28 000 líneas así)
y el vos ya no puede abrir más conexiones hacia ese carrier, falla el connect. qué cambiamos?`),
  ],
  natUnregistered: [
    nat(`desde que activamos SS_TCP_CLOSE_RESET en On para bajar los TIME_WAIT, los teléfonos de la sucursal que están detrás del mikrotik y registran por TCP salen no registrados. los que tienen IP pública siguen bien`),
    nat(`che, pusimos el modo RST el jueves como nos recomendaron y desde entonces los softphones de la gente que labura desde la casa (todos detrás de router, por TCP) se desregistran cada rato. Los de la oficina con IP pública ni se enteran`),
    nat(`weon desde que cambiamos el cierre TCP a reset en el vos, los Yealink de la sucursal de Valparaíso (están detrás de NAT, transporte TCP) pierden el registro a cada rato. los que van por UDP bien po`),
    nat(`[nota de voz] hola buenas, mire, desde que el técnico de ustedes puso lo del RST en el servidor, los teléfonos de la oficina de Arequipa que están detrás del router aparecen como no registrados, a ratos vuelven y se vuelven a caer, los de Lima que tienen IP fija están bien. Todos registran por TCP`),
    nat(`Hola, tras poner SS_TCP_CLOSE_RESET="On" y hacer el reparse ayer, los teléfonos de teletrabajo (detrás de routers domésticos, SIP sobre TCP) se nos desregistran constantemente. Los troncales con IP pública no tienen problema. ¿Lo volvemos atrás?`),
    nat(`klk, desde que pusieron el RST en on los telefonos de la sucursal de Santiago que estan detras del mikrotik no registran, los tenemos en TCP porque en UDP se nos perdian. los de la principal con ip publica bien`),
    nat(`Bro, since you guys enabled RST mode on our switch, all the softphones of our home agents (behind their home routers, TCP transport) keep going unregistered. Office phones with public IPs are fine. Esto es urgente`),
    nat(`asere desde que activaron el SS_TCP_CLOSE_RESET los teléfonos de la oficina de Holguín que salen por NAT y registran por TCP se caen cada 5 minutos. los que están en UDP no tienen problema`),
    nat(`parce, ayer pusimos el modo RST en On como nos dijeron para lo de los puertos, y hoy todos los teléfonos de la sede de Medellín (detrás de un router Huawei con NAT, por TCP) amanecieron desregistrados. Los de Bogotá con IP pública bien. Qué pena molestar otra vez`),
    nat(`Buenas, mirá, desde que se habilitó el RST en el softswitch, los internos de la sucursal de Córdoba (detrás de NAT, registrando por TCP) aparecen unregistered de a ratos. Los de Buenos Aires, con IP pública, ni se mosquean`),
    nat(`en el panel los clientes detrás de NAT que usan TCP salen todos como no registrados desde el martes, justo el día que cambiamos SS_TCP_CLOSE_RESET a On. los que tienen IP pública aparecen registrados`),
    nat(`Reenvío mensaje del cliente: "desde el jueves los teléfonos de mi oficina se desconectan a cada rato, en la pantalla dice No registrado". El jueves fue cuando activamos el RST. Ese cliente está detrás de un router TP-Link y registra por TCP. Los demás clientes con IP pública no reportan nada`),
    nat(`hola, le cuento que desde que pusimos el modo RST los softphones de los agentes en casa (todos con router de Tigo, por TCP) se desregistran, pero los que configuramos en UDP siguen registrados. ¿Tiene que ver?`),
    nat(`pana desde el cambio del RST del viernes, los grandstream de la sucursal de Maracaibo detrás del mikrotik pierden registro cada rato, están en TCP. Los de Caracas con IP pública bien. Qué vaina`),
    nat(`Tras activar SS_TCP_CLOSE_RESET, lo que vemos:
- teléfonos con IP pública: registrados
- teléfonos en UDP: registrados
- teléfonos detrás de NAT por TCP: unregistered, se caen y vuelven
¿Es normal? Empezó justo después del reparse`),
    nat(`che boludo desde que prendieron el RST los teléfonos de las sucursales que están con NAT se desregistran todo el tiempo, usan TCP. los del datacenter con IP pública andan joya`),
    nat(`buenos días, desde ayer que se configuró el cierre de conexiones por RST en el servidor, los equipos de nuestras tiendas (detrás de router con NAT, SIP TCP) salen sin registro en el VOS. Las tiendas con IP pública funcionan. Quedo atento`),
    nat(`oye wey desde que le movieron al SS_TCP_CLOSE_RESET los softphones de los home office (detrás de su módem Telmex, por TCP) ya no se quedan registrados, se caen a cada rato. los de la oficina con ip publica bien`),
    nat(`mira esto del registro desde que activamos RST:
ext 2001 (IP pública, TCP) Registered
ext 2002 (IP pública, UDP) Registered
ext 3001 (192.168.88.21 detrás de mikrotik, TCP) Unregistered
ext 3002 (192.168.88.22 detrás de mikrotik, TCP) Unregistered
ext 3003 (192.168.88.23 detrás de mikrotik, UDP) Registered
qué onda?`),
    nat(`[audio transcrito] eh sí mira te cuento, desde que ustedes hicieron el cambio ese del RST, los teléfonos de la sucursal de Santa Cruz, que están con el router ese con NAT, se desregistran, pero los de La Paz que tienen IP pública no, y es por TCP porque así los configuramos`),
    nat(`Oye, desde que pusimos el RST en On los softphones de los comerciales que trabajan desde casa, detrás del router de Movistar y por TCP, se quedan en "no registrado" todo el rato. Los fijos de la oficina con IP pública, perfectos. ¿Qué hacemos?`),
    nat(`Hi, after the RST mode was switched On yesterday, our branch in Mayagüez (behind NAT, phones on TCP) shows unregistered every few minutes. Main office with public IP no issues. Se puede revertir?`),
    nat(`bo, desde que activamos el RST en el switch, los teléfonos de la sucursal de Salto que salen por NAT y registran TCP aparecen desregistrados. Los que están en UDP y los de IP pública andan bien. ¿Se arregla sin sacar el RST?`),
    nat(`nde, desde que se puso SS_TCP_CLOSE_RESET en On, los teléfonos de la sucursal de Encarnación detrás del router pierden el registro, usan TCP. Los de Asunción con IP pública normal`),
    nat(`Buenas, desde la actualización de config del miércoles (activaron RST mode) tenemos a 40 agentes remotos que se desregistran, todos detrás de NAT en sus casas y con Zoiper en TCP. Los agentes en la oficina con IP pública no tienen drama`),
    nat(`va pues, desde que el de sistemas puso el RST en el vos los teléfonos de la agencia de Quetzaltenango que están detrás del router salen desregistrados, registran por TCP. Los de la capital con IP pública bien, qué será?`),
    nat(`desde el cambio a RST los softphones que van por TCP detrás de NAT se desregistran a los pocos minutos, en el log del vos se ve que la conexión se cierra y el siguiente REGISTER llega por otro puerto o no llega. Los de IP pública, cero problemas`),
    nat(`Hola!! desde q activamos el modo RST los telefonos d la sucursal (detras d mikrotik, x TCP) salen no registrados todo el tiempo, los d IP publica ok. ayudaa`),
    nat(`causa desde que pusimos RST en On en el switch los telefonos de la sede de Cusco detrás de NAT se desregistran cada rato, son por TCP. los de la sede central con IP pública normal. antes del cambio no pasaba`),
    nat(`En Santo Domingo tenemos una sucursal detrás de un router con NAT, teléfonos por TCP. Desde que el miércoles activamos el SS_TCP_CLOSE_RESET esos teléfonos están unregistered casi siempre. Los que tienen IP pública siguen bien`),
  ],
  firewallRst: [
    fw(`desde que activamos el RST en el vos, las llamadas que pasan por el FortiGate del cliente se quedan colgadas, en el log del forti sale "packet dropped: RST no session" y el otro lado sigue con la conexión ESTABLISHED`),
    fw(`che desde que pusimos SS_TCP_CLOSE_RESET en On las llamadas a través del pfSense fallan, en los logs del pfSense sale que bloquea paquetes TCP:R por estado inválido. Y del lado del carrier quedan conexiones abiertas colgadas`),
    fw(`weon desde que activamos el modo RST las llamadas que pasan por el ASA del cliente se cuelgan o no conectan, el ASA bota los RST como "TCP packet with no connection" y el otro lado queda con sesiones medio abiertas`),
    fw(`Log del FortiGate desde que pusimos RST:
date=2024-06-03 time=10:12:44 action="deny" proto=6 srcip=10.1.1.20 dstip=200.55.1.9 dstport=5060 msg="no session matched" tcpflags="RST"
y las llamadas por ese trunk TCP se quedan pegadas. Antes del cambio todo bien`),
    fw(`[nota de voz] buenas, mire, desde que ustedes pusieron lo del RST en el servidor, las llamadas que van hacia nuestro cliente que tiene un firewall SonicWall se quedan colgadas, no cuelgan nunca o fallan al rato, y el técnico del cliente dice que el firewall está descartando unos paquetes RST`),
    fw(`Hola, tras poner SS_TCP_CLOSE_RESET en On, las conexiones SIP TCP que pasan por nuestro iptables con conntrack se quedan medio abiertas del lado del carrier y las llamadas nuevas fallan. En el log veo paquetes INVALID con flag RST descartados`),
    fw(`Bro, since we turned RST on, calls through our AWS setup are hanging, the security group / NACL seems to drop the RST, the carrier side keeps the TCP session ESTABLISHED forever. Calls fail after a while. Help porfa`),
    fw(`asere desde que activaron el RST las llamadas que pasan por el pfSense de la oficina fallan, y en el log del firewall salen los RST bloqueados por "state mismatch". el carrier sigue creyendo que la conexión está viva`),
    fw(`parce desde que pusimos RST en On, las llamadas hacia el cliente que tiene FortiGate se cuelgan a la mitad o no completan, y en su lado ven las conexiones TCP como establecidas aunque ya las cerramos. Qué pena pero es urgente`),
    fw(`Buenas, mirá, desde que habilitamos el modo RST el firewall stateful de la DMZ tira los RST, las sesiones quedan colgadas en el carrier y las llamadas empiezan a fallar con timeout. Antes funcionaba bárbaro`),
    fw(`klk, desde el cambio del RST las llamadas que salen por el firewall de la empresa fallan, en el log del firewall los RST aparecen como dropped/invalid y el carrier nos dice que tiene un montón de conexiones TCP abiertas de nuestra IP`),
    fw(`Reenvío lo que me mandó el carrier: "Vemos cientos de conexiones TCP en ESTABLISHED desde su IP que nunca se cierran, y sus llamadas nuevas fallan". Esto empezó cuando activamos SS_TCP_CLOSE_RESET. Entre el VOS y ellos hay un Cisco ASA`),
    fw(`pana desde que pusimos RST en el vos, las llamadas por el trunk TCP que atraviesa el pfSense se quedan pegadas, el log del pfsense muestra "TCP:R" bloqueado por default deny. las que no pasan por firewall van bien`),
    fw(`Oye, desde que activamos SS_TCP_CLOSE_RESET las llamadas a través del FortiGate del datacenter se cuelgan o directamente no salen. En el Forti los paquetes RST aparecen como descartados, y el proveedor ve las sesiones TCP abiertas. ¿Qué hacemos?`),
    fw(`conntrack -L | grep 5060 me muestra un montón de ESTABLISHED viejas desde que pusimos el RST, y en el log de iptables:
IN=eth0 OUT= SRC=10.0.0.5 DST=190.22.1.8 PROTO=TCP SPT=43122 DPT=5060 RST URGP=0 ctstate INVALID DROP
las llamadas por ese carrier fallan`),
    fw(`Hi, after enabling RST mode, calls through the client's SonicWall fail, SonicWall log says "TCP packet received on non-existent/closed connection; TCP packet dropped" for the RST packets. Far end keeps the connections half open`),
    fw(`ayuda, desde el martes (cuando prendimos el RST) las llamadas que pasan por el firewall Palo Alto se cuelgan y el carrier queda con conexiones abiertas, en el Palo Alto los RST salen descartados por "non-syn tcp"... antes andaba todo`),
    fw(`desde que activamos el modo RST los clientes que están detrás de firewall stateful reportan llamadas que no cuelgan, quedan ahí sin audio. el firewall descarta los RST y la conexión del otro lado no se entera de que cerramos`),
    fw(`nde, desde que pusimos SS_TCP_CLOSE_RESET en On, las llamadas que atraviesan el pfSense fallan a ratos. En los logs del pfSense aparecen RST bloqueados y el carrier mantiene sesiones TCP abiertas`),
    fw(`[audio transcrito] hola qué tal mira, desde que activamos eso del RST que nos dijeron, las llamadas que pasan por el FortiGate se quedan colgadas, los de redes ven en el Forti que tira los paquetes RST como sin sesión, y del otro lado las conexiones siguen abiertas, no sé, ¿lo regresamos?`),
    fw(`Tras el cambio a RST en el VOS, las llamadas por el enlace que pasa por el ASA fallan: el ASA loguea "%ASA-6-106015: Deny TCP (no connection) from 10.2.0.5/5060 to 200.1.4.7/41822 flags RST" y el carrier se queda con la sesión ESTABLISHED`),
    fw(`Oye tío, desde que pusimos el RST en On, las llamadas a través del cortafuegos del CPD (un FortiGate) se cuelgan. El Forti descarta los RST y el carrier mantiene las conexiones medio abiertas. Antes del cambio ni un problema`),
    fw(`bo, desde que activamos el RST, las llamadas hacia el carrier que pasan por nuestro firewall con conntrack fallan, vemos RST descartados como INVALID y las conexiones quedan colgando del otro lado`),
    fw(`wey desde que se activó el RST las llamadas por el trunk TCP a través del pfSense no cuelgan bien, quedan conexiones ESTABLISHED fantasma en el carrier y luego las nuevas fallan. el log del pfsense muestra los RST bloqueados`),
    fw(`Buenas tardes, incidente desde el cambio de SS_TCP_CLOSE_RESET a On: llamadas a través del firewall perimetral (Check Point) fallan o quedan colgadas. Logs: "TCP packet out of state: First packet isn't SYN tcp_flags: RST". El extremo remoto mantiene sesiones abiertas. Solicitamos apoyo`),
    fw(`che desde que pusimos el reset TCP en el switch, el FortiGate de la sucursal tira los RST y las llamadas quedan enganchadas, el otro lado piensa que la conexión sigue viva. Se nota más cuando hay tráfico`),
    fw(`causa desde que cambiamos el cierre a RST, el firewall de la nube (estamos en Azure con NSG + Azure Firewall) tira los RST y las llamadas por TCP al carrier se cuelgan, el carrier ve conexiones abiertas que nunca cerramos`),
    fw(`va pues, desde que activaron RST mode las llamadas que pasan por el SonicWall fallan a cada rato, el log del SonicWall dice que descarta paquetes RST, y el proveedor tiene sesiones medio abiertas`),
    fw(`Hola!! desde q pusimos el RST las llamadas x el firewall se cuelgan, el forti dice RST dropped no session, el carrier tiene conexiones abiertas q no se cierran. antes todo ok. ayudaa porfa`),
    fw(`tcpdump en el lado de afuera del firewall desde que activamos RST:
10:41:02.113 IP 200.3.5.9.5060 > 190.10.2.4.51234: Flags [P.], length 812
10:41:07.115 IP 200.3.5.9.5060 > 190.10.2.4.51234: Flags [P.], length 812
adentro sí se ve el RST que manda el VOS, afuera nunca sale, el pfSense se lo come. El carrier sigue retransmitiendo y las llamadas fallan`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning237Set: readonly EvalItem[] = Object.values(tuning237Families).flat();
