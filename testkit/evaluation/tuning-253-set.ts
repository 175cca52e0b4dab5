import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Messages from VOS3000 operators, resellers and NOC engineers writing Spanish on WhatsApp from Mexico, Colombia,
 * Venezuela, Peru, Chile, Argentina, the Dominican Republic, Cuba, Puerto Rico, Honduras, Guatemala and Spain, from
 * formal ("Estimados", "Saludos cordiales", "Atentamente", "Ing.") to very informal (q, xq, tmb, porfa, wey, parce,
 * pana, asere, klk, che, boludo, tío, vale, causa, cachai), with voseo, Caribbean dropped consonants and Spanglish from
 * US and Puerto Rican call centres; figures written as 30 mil, 30k, 28.000, treinta mil, 29 874 or 30,455. One-liners,
 * voice-note transcripts, NOC tickets, forwards from branch offices, pasted netstat/ss/tcpdump/iptables/
 * conntrack/dmesg/ASA/FortiGate/Check Point/pfSense and softswitch log lines, typos, emoji and slang.
 *
 * The two-hundred-and-fifty-third tuning split, written as the two-hundred-and-fifty-third never-tuned evaluation set
 * because Spanish-speaking resellers run a large share of the VOS3000 installed base, from Mexican dialer shops to
 * Spanish carriers, and each country writes the same fault in its own slang, in fresh hands again. Five negative
 * families of 27 (one service that cannot bind its own port, registration lost for another reason, small figures and
 * questions, firewall work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written before the
 * eighty-third round of rules by someone who had read only the playbooks' symptoms and the domain notes, without the
 * matcher, its rules or the other sets in view; measured as such before and after the eighty-third round, then made
 * tuning material for the eighty-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 92.2 %, negatives confident 1.5 %, confident wrong 0 % with the
 * rules of the eighty-second round, before the eighty-third.
 * After the eighty-third round: the same.
 * After the eighty-fourth round, tuned on: in scope 94.4 %, negatives confident 0 %, confident wrong 0 %; still short
 * of the bar.
 * After the eighty-sixth round, tuned on: in scope 96.7 %, negatives confident 0 %, confident wrong 0 %; still
 * short of the bar.
 */
export const tuning253Families = {
  oneListeningPort: [
    no(`oye wey, el apache del portal de clientes no levanta:
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:80
creo q quedó un httpd zombie agarrado del 80 desde el update de anoche, cómo lo mato sin tumbar nada más?`),
    no(`Che, el mysql del VOS no arranca después del corte de luz. En el log: "[ERROR] Can't start server: Bind on TCP/IP port: Address already in use" y "Do you already have another mysqld server running on port: 3306 ?". Hay un mysqld viejo colgado, vos sabés cuál de los dos pids mato sin romper la base?`),
    no(`Parce monté un tomcat pa un panelcito de reportes en el mismo server del VOS y tira java.net.BindException: Address already in use (Bind failed) en el 8080... y claro, el 8080 ya lo usa la web del VOS 🤦‍♂️ le cambio el puerto al conector del tomcat y listo no?`),
    no(`Tío, el nginx que hace de proxy para la web de clientes no arranca: "nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)". El culpable es un httpd con mod_ssl que dejó instalado el técnico anterior. ¿Lo desinstalo o basta con systemctl disable? Vale, gracias.`),
    no(`Estimados, al reiniciar sshd en el servidor de gestión obtenemos "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." La semana pasada cambiamos el puerto SSH y al parecer quedó corriendo la instancia anterior. Agradeceremos su orientación para liberar el puerto sin perder el acceso remoto. Saludos cordiales.`),
    no(`pana el docker no me levanta el contenedor del grafana, dice "Error starting userland proxy: listen tcp4 0.0.0.0:3000: bind: address already in use". ya tenía otro grafana instalado a pelo en el host del monitoreo, seguro es eso verdá?`),
    no(`q tal, estoy armando un dashboard en node pa ver las CDR del VOS y al correr npm run dev me sale
Error: listen EADDRINUSE: address already in use :::5173
tengo otra terminal abierta con vite desde el viernes creo, xq no suelta el puerto si ya la cerré?`),
    no(`Buenas, instalé un asterisk de pruebas en el mismo VPS del VOS (sí, ya sé, no se hace jaja) y el chan_pjsip dice "Unable to bind to 0.0.0.0:5060: Address already in use". Obvio, el VOS ya escucha en el 5060. ¿Pongo el asterisk en el 5080 y santo remedio?`),
    no(`Asere, el freeswitch q pusimos pa la IVR no sube el perfil internal: "Error Creating SIP UA for profile: internal (sip-ip: 10.0.0.5 sip-port: 5060)". Miré con netstat -lnp y el 5060 lo tiene el mbx3000 desde siempre. Compadre, ¿le cambio el sip-port al perfil o hay otra forma?`),
    no(`Hey, el webserver del billing portal no starts, el log dice "Address already in use" on port 8443. Chequeé con lsof -i :8443 y hay un java process viejo holding el port desde el deploy de ayer. Un kill -9 a ese PID es safe o le rompo algo al VOS?`),
    no(`Oye, el postgres de los reportes no parte po: "could not bind IPv4 address "0.0.0.0": Address already in use" y abajo "Is another postmaster already running on port 5432?". Quedó el postmaster.pid pegado después del apagón, cachai cómo lo limpio bien?`),
    no(`buenas, el redis-server se cae al iniciar con "Could not create server TCP listening socket *:6379: bind: Address already in use". Solo hay un redis instalado pero creo que systemd y un script en rc.local lo arrancan los dos, ¿cuál quito?`),
    no(`Hola, después de actualizar el VOS3000 la página de administración web ya no carga. En catalina.out: SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-bio-8080"] java.net.BindException: Address already in use <null>:8080. Las llamadas van perfecto, solo es la web.`),
    no(`Buen día Ing., le comento que el mbx3000d arranca normal pero el servicio del portal web reporta que el puerto 80 está ocupado. Verificamos y un técnico externo instaló un panel con httpd propio en ese mismo puerto. Solicito su apoyo para reubicar uno de los dos. Quedo atento.`),
    no(`neta no entiendo, mi script de flask pa recibir los webhooks de whatsapp truena con OSError: [Errno 98] Address already in use en el puerto 5000. Lo había corrido con nohup y luego otra vez a mano... ¿se quedaron dos corriendo o qué onda?`),
    no(`Klk mi hermano, el panel de recargas en php no sube porque el puerto 8081 ta ocupao, "Failed to listen on 0.0.0.0:8081 (reason: Address already in use)". El otro muchacho dejó un php -S corriendo desde ayer en una screen. ¿Lo mato con fuser -k 8081/tcp?`),
    no(`Buenas tardes, fíjese que el zabbix-server de monitoreo no inicia, en el log aparece "listener failed: bind() for [[-]:10051] failed with error 98: Address already in use". Es solo ese puerto, el VOS sigue trabajando normalito. ¿Qué me recomienda revisar?`),
    no(`Boludo, el haproxy que pusiste delante del portal no bindea el 443: "Starting frontend web: cannot bind socket [0.0.0.0:443]". Fijate que el nginx viejo sigue vivo en ese puerto. Yo lo dejaría en 8443 y chau, ¿te parece o lo bajamos?`),
    no(`Vale, os cuento: el openvpn de acceso para los técnicos no arranca en el VOS de Madrid, "TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use (errno=98)". Sospecho que hay otra instancia de openvpn@server colgada. ¿Lo miro con ss -lntup y mato la vieja?`),
    no(`Mira lo que me da:
# netstat -lntp | grep 3306
tcp   0   0 0.0.0.0:3306   0.0.0.0:*   LISTEN   1873/mysqld
y el mariadb nuevo que instalé dice "Bind on TCP/IP port. Got error: 98: Address already in use". O sea el 1873 es el mysql original del VOS. ¿Dejo el de VOS y muevo el mariadb al 3307?`),
    no(`nota de voz transcrita: eh bueno mira te cuento que el, el mysql del servidor nuevo no quiere arrancar, dice que el puerto tres tres cero seis está ocupado, address already in use, y yo creo que es porque le instalamos un mariadb encima al mysql que ya traía el VOS, ¿me explico? entonces quedaron dos peleándose el mismo puerto`),
    no(`Nuestro microservicio de tarifación en Spring Boot no arranca: "Web server failed to start. Port 9090 was already in use. Action: Identify and stop the process that's listening on port 9090". ¿Será el prometheus? Ah sí, prometheus usa el 9090 jeje. Le cambio el server.port al de spring.`),
    no(`Saludos, configurando un kamailio como SBC delante del VOS en la misma máquina me salta "ERROR: <core> [core/socket_info.c]: bind(...) on 0.0.0.0:5060: Address already in use". Entiendo que el VOS ya escucha ahí. ¿Es mejor mover el VOS a otro puerto o el kamailio? Solo es ese listener el que falla.`),
    no(`oe causa el webmin no levanta en el 10000, dice q "Failed to bind to port 10000 : Address already in use". reinicié el server y sigue igual. q será, hay otro miniserv corriendo?`),
    no(`docker-compose up y el contenedor de mariadb me sale con "Bind for 0.0.0.0:3306 failed: port is already allocated". El VOS trae su propio mysql en el 3306 del host obviamente. Mapeo "3307:3306" en el compose y ya, ¿no?`),
    no(`Estimado equipo: tras reiniciar el portal web del VOS, catalina.out muestra "StandardServer.await: create[localhost:8005]: java.net.BindException: Address already in use". El 8005 es el puerto de shutdown del tomcat; sospecho que la instancia anterior no terminó de bajar. ¿Procedo con kill del PID antiguo? Quedo atento.`),
    no(`bro el sshd del jump box no me levanta después de volverlo al port 22, "Bind to port 22 on :: failed: Address already in use". Creo que el sshd.socket de systemd ya tiene agarrado el 22 por socket activation. any idea de cuál desactivo?`),
  ],
  otherRegistrationCause: [
    no(`Oigan, desde hoy en la mañana ninguna extensión de la sucursal Monterrey registra. Resulta que el admin cambió las contraseñas SIP en el VOS ayer y no las actualizó en los Grandstream, ya vi puros 401 Unauthorized en el log. ¿Hay forma de cambiarlas masivo desde el provisioning?`),
    no(`Che, los softphones de los chicos del call center aparecen todos offline desde el 1°. Revisé y la licencia del VOS venció el 30, no pagamos la renovación. ¿Cuánto tarda en reactivarse si transferimos hoy?`),
    no(`Parce, se fue la luz en la oficina de Medellín y al volver los Yealink no registran. Ojo, que el switch PoE no volvió a prender, o sea los teléfonos están literalmente apagados jaja. Ya mandé al de mantenimiento a revisar el breaker.`),
    no(`Pana la oficina de Valencia no tiene internet, CANTV caído desde las 8am, por eso todas las extensiones salen no registradas. No es el VOS, ¿cierto? Solo confírmame que del lado de ustedes está todo bien pa decirle al gerente.`),
    no(`Hola, cambiamos de ISP (de VTR a Entel) y la IP pública de la oficina cambió; el VOS tenía la IP vieja en la lista de IPs permitidas de la cuenta y ahora las extensiones dan 403 Forbidden. Todo va por UDP 5060. ¿Dónde actualizo la IP autorizada?`),
    no(`Buenas, tras migrar el dominio sip.empresa.es a otro proveedor DNS, los teléfonos no encuentran el registrar: un nslookup desde la oficina todavía devuelve la IP antigua. Registramos por UDP, nada de TCP. ¿Bajo el TTL y espero a que propague?`),
    no(`Mi pana las extensiones de la sucursal de Santiago se desregistraron todas a las 3pm. El MikroTik se reinició porque se fue la luz y el inversor no aguantó. Todo va por UDP. Ya volvió la luz y la mayoría registró sola, quedan 3 en rojo todavía.`),
    no(`Estimados señores: les informamos que 14 anexos de nuestra sede Arequipa figuran como no registrados desde el día de ayer. Nuestra área de TI realizó un cambio de contraseñas de las cuentas SIP por política de seguridad y los equipos aún conservan la clave anterior. Solicitamos confirmar el procedimiento para reaprovisionarlos. Atentamente.`),
    no(`q onda, los Zoiper en los celulares de los vendedores se desregistran a cada rato, pero solo en la bodega: el wifi de allá anda fatal desde que movieron el access point al otro lado. Van por UDP. ¿Le subo el re-register o mejor arreglamos el wifi?`),
    no(`Asere, el teléfono de la recepción no registraba. Fui a ver y estaba desenchufado el adaptador de corriente, la señora de la limpieza lo quitó pa conectar la aspiradora 😂 Ya está registrado. Disculpa la molestia compadre.`),
    no(`Hola, el VOS dice que la cuenta "ofi_lima" está vencida (fecha de expiración 31/05) y por eso sus 8 extensiones no registran. ¿Cómo le extiendo la fecha de vencimiento desde el cliente del VOS3000?`),
    no(`Buenas, fíjese que el internet de Tigo en la oficina de San Pedro Sula está caído desde la mañana, por eso las extensiones salen desregistradas. El técnico viene hasta mañana. ¿Se pueden desviar las llamadas a los celulares mientras tanto?`),
    no(`Estimados, la licencia de nuestro VOS3000 expiró anoche y desde las 00:00 ningún teléfono registra ni se cursan llamadas. La consola muestra "License expired". ¿Nos pueden pasar el contacto comercial para renovar con urgencia?`),
    no(`Boludo, migramos el server VOS de datacenter y cambió la IP, y los teléfonos tenían la IP hardcodeada en vez del dominio. Ahora está todo offline. ¿Vos decís que lo hago por provisioning o uno por uno? Son 60 Grandstream, no me quiero morir.`),
    no(`Guys, los agents en Miami no pueden registrar sus softphones since this morning. IT rolled out un VPN client nuevo y parece que el split tunnel no incluye la IP del VOS. Everything is UDP 5060. Can you confirm que no están viendo ningún REGISTER de nosotros?`),
    no(`Mira lo que sale en el debug:
REGISTER sip:vos.miempresa.mx SIP/2.0 ... 
SIP/2.0 403 Forbidden (Account is disabled)
la cuenta 4010 alguien la deshabilitó desde el cliente, quién fue?? no fui yo eh`),
    no(`wey se me cayeron las extensiones del cliente de Puebla pero es xq su modem de Telmex se reinició y les dio otra IP pública, y en el VOS esa cuenta tiene IP fija autorizada. ¿Le pongo el rango completo o q hago? van por udp`),
    no(`Os escribo porque la troncal SIP de nuestra centralita con el VOS dejó de registrar a las 9:12. Lo hemos revisado: el usuario "madrid01" tenía la contraseña cambiada por un compañero en el portal. Vale, ya está resuelto, era eso. Solo para que conste en el ticket.`),
    no(`Hola buenas, desde que cambiamos el router de Claro por uno TP-Link los teléfonos no registran: el DHCP del nuevo entrega otro rango y los teléfonos tienen IP estática del rango viejo, entonces ni salen a internet. Van por UDP. ¿Me confirman si con cambiarles la IP basta?`),
    no(`Buenas, los Yealink de la sede Cartagena registran por TLS y desde anoche salen todos no registrados. En el log del teléfono: "TLS handshake failed: certificate has expired". El certificado de sip.cliente.co venció el domingo y nadie lo renovó. ¿Ustedes lo renuevan o el cliente?`),
    no(`audio transcrito: mira chamo, lo que pasa es que en la oficina de Maracaibo se fue la luz como cuatro horas, y cuando volvió el router arrancó pero los teléfonos no, porque están en una regleta que se quemó con el bajón. O sea no es nada del servidor, es la regleta, ya mandé a comprar otra.`),
    no(`Los anexos de la sucursal Concepción se caían del registro cada hora clavado. Ya lo pillé: tenían dos cuentas configuradas en el teléfono y la segunda con clave mala, y el VOS bloqueaba la cuenta por intentos fallidos. ¿Cómo desbloqueo la cuenta en el VOS sin esperar?`),
    no(`Buenas, en la oficina de Bayamón quedaron sin luz después de la tormenta, el generador solo alimenta las neveras y el servidor de cámaras jaja. Por eso las 20 extensiones están unregistered. No hagan nada, cuando vuelva la luz vuelven solas.`),
    no(`NOC reporte 02:14: 37 extensiones del tenant "farmacias_norte" pasan a unregistered en bloque. Causa: mantenimiento programado de fibra de Totalplay en Guadalajara (ticket TP-88213). Transporte UDP. Sin acción de nuestra parte, se monitorea hasta las 05:00.`),
    no(`Hola, el cliente movió el registro A de pbx.cliente.com.co a Cloudflare con el proxy naranja activado y ahora los softphones resuelven a una IP de Cloudflare, que obvio no responde SIP. Van por UDP. Ya les dije que lo pongan en gris (DNS only), ¿algo más?`),
    no(`Che, se cortó la luz en todo Palermo (Edesur, cuándo no) y la oficina quedó sin UPS, por eso ves las 12 internas caídas. Cuando vuelva, ¿los teléfonos re-registran solos o hay que tocar algo en el VOS?`),
    no(`Buenos días, tras actualizar el firmware de los Yealink T46 de la oficina de Valencia se han reseteado a fábrica y han perdido la cuenta SIP, por eso aparecen como no registrados. ¿Tenéis la plantilla de autoprovisión a mano? Gracias, majos.`),
  ],
  smallFigures: [
    no(`oye wey, a las 3am tengo 312 TIME_WAIT en el VOS, es normal o me preocupo?`),
    no(`Estimados, ¿podrían explicarme qué significa el estado TIME_WAIT en netstat? Vemos alrededor de 180 en nuestro servidor y quisiéramos entender si es esperable. Saludos cordiales.`),
    no(`Che, ¿cómo veo el rango de puertos efímeros en un CentOS 7? ¿Con cat /proc/sys/net/ipv4/ip_local_port_range alcanza? Es solo curiosidad, no hay ninguna falla.`),
    no(`ss -s de hoy:
Total: 402 (kernel 0)
TCP:   245 (estab 38, closed 190, orphaned 0, synrecv 0, timewait 187/0), ports 0
¿está bien esto pa un VOS con 25 canales? nunca lo había mirado`),
    no(`parce pregunta rápida, ¿desde cuántos TIME_WAIT se considera que son muchos? tengo 1.200 en hora pico con 40 CPS y todo anda bien, cero quejas`),
    no(`Hola, en el chequeo mensual vimos "netstat -ant | grep TIME_WAIT | wc -l" = 96. El servidor va sobrado. ¿Hay algún umbral recomendado para poner la alerta en Zabbix?`),
    no(`Tío, ¿qué es eso de tcp_tw_reuse? Lo he visto en un foro. Nuestro VOS no llega ni a 500 sockets en TIME_WAIT, ¿tiene sentido tocarlo o lo dejo como está?`),
    no(`pana una pregunta, el rango de puertos me dice 32768 60999, o sea como 28 mil puertos. Con 20 llamadas simultáneas nos alcanza de sobra, verdad?`),
    no(`¿Es normal que después de un restart del mbx3000d queden unos 60 sockets en TIME_WAIT por un par de minutos? Lo vi de casualidad y me dio curiosidad nomás, no pasa nada raro.`),
    no(`Asere estoy estudiando pa la certificación y no entiendo por qué el TIME_WAIT dura 60 segundos en Linux. ¿Eso es lo del 2MSL? En mi laboratorio veo como 40 y se van solitos.`),
    no(`Buenos días. Como parte de una auditoría nos solicitan evidencia del estado de las conexiones TCP del softswitch. Adjunto: ESTABLISHED 54, TIME_WAIT 221, CLOSE_WAIT 3. ¿Consideran ustedes que estos valores son saludables? Atentamente.`),
    no(`Quick question, ¿cómo chequeo cuántos ports tengo disponibles? ss -s me dice timewait 402 y el range es 1024-65535. I guess estamos más que bien, right?`),
    no(`epa, ¿cuántos puertos efímeros trae CentOS 6 por defecto? es pa un documento de arquitectura q estoy haciendo`),
    no(`buen día, nomás pa saber, ¿el VOS abre una conexión TCP nueva por cada llamada o reutiliza la del carrier? tenemos 15 CPS y como 250 time_wait, todo tranquilo`),
    no(`Hola! ¿Qué comando uso pa contar los TIME_WAIT si no tengo ss? Es un CentOS 5 viejito que sigue vivo de milagro.`),
    no(`Estimado, ¿el parámetro net.ipv4.tcp_fin_timeout afecta la duración del TIME_WAIT? Tenemos 140 sockets en ese estado y la consulta es puramente teórica.`),
    no(`Vos sabés si hay que preocuparse por 2 mil y pico de TIME_WAIT en un server que maneja 200 canales? No hay ningún error, las llamadas salen todas, es solo que el monitoreo me lo pintó amarillo y me quedé pensando.`),
    no(`Reporte diario vos-gdl 08:00 — CPU 12 %, RAM 41 %, TIME_WAIT 88, ESTABLISHED 23, errores de bind: 0, llamadas fallidas 0,3 %. ¿Algo de esto les llama la atención o seguimos así?`),
    no(`Una duda: ¿el ip_local_port_range afecta a los puertos RTP del VOS o solo a las conexiones TCP salientes? No tenemos ningún problema, es para planificar un servidor nuevo.`),
    no(`buenas, ¿hay alguna forma de ver qué IP remota tiene más TIME_WAIT? tengo como 300 y quiero saber si son del carrier o de la web del VOS. pura curiosidad`),
    no(`Loco, el técnico me dijo que "los puertos se agotan" cuando hay muchos TIME_WAIT. Yo tengo 75. ¿Eso me puede pasar algún día o con mi tráfico ni de chiste?`),
    no(`Pregunta: ¿cuál es la diferencia entre TIME_WAIT y CLOSE_WAIT? En el servidor de pruebas veo 12 CLOSE_WAIT y 230 TIME_WAIT y no sé cuál debería mirar.`),
    no(`transcripción: este, qué tal, nada más una duda rápida, eh, cuando le doy netstat me salen como, no sé, trescientos y algo de time wait, y quería saber si eso está bien o si hay que hacerle algo, gracias`),
    no(`Buenas tardes, ¿cómo puedo ver el valor actual de SS_TCP_CLOSE_RESET en mi VOS sin cambiar nada? Solo quiero documentarlo. Tenemos poquito tráfico, unos 300 TIME_WAIT en la tarde.`),
    no(`cuánto es lo máximo que se puede poner en ip_local_port_range? 1024 a 65535? y hay q reservar el 5060 y el 3306 o no hace falta? pregunto antes de tocar nada`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     41 ESTABLISHED
    263 TIME_WAIT
      9 LISTEN
esto es normal pa un VOS con 30 canales? es la primera vez que lo corro`),
    no(`Buenas tardes, estamos dimensionando un VOS3000 para 150 llamadas simultáneas. ¿Con el rango de puertos por defecto hay margen suficiente o recomendáis ampliarlo desde el principio? En el piloto vemos unos 400 TIME_WAIT.`),
  ],
  firewallNoRst: [
    no(`Hola, necesito abrir el 5060 TCP y UDP en el FortiGate pa un carrier nuevo que entra el lunes. ¿Me pasan la IP de señalización de ustedes pa armar la policy?`),
    no(`Che, el fail2ban me baneó la IP de la oficina de Rosario por intentos fallidos de registro (un pibe puso mal la clave 20 veces). ¿Cómo la saco? ¿fail2ban-client set sip-auth unbanip 181.x.x.x?`),
    no(`Buenas, el carrier nos pide whitelist de 200.48.10.0/28 en el iptables del VOS. ¿Lo agrego con iptables -I INPUT -s 200.48.10.0/28 -p udp --dport 5060 -j ACCEPT antes de la regla de DROP?`),
    no(`wey en el router Huawei que pone Telmex viene el SIP ALG prendido y nos está reescribiendo el Contact, audio de un solo lado en la sucursal. ¿Cómo se apaga en ese modelo?`),
    no(`Estimados, queremos bloquear todo el tráfico SIP que no venga de Latinoamérica en el pfSense con pfBlockerNG. ¿Recomiendan alguna lista GeoIP en particular? Saludos.`),
    no(`Oye, nos están escaneando con sipvicious desde unas IPs de 45.x, quiero poner un límite por IP al 5060. ¿Esta regla está bien?
iptables -A INPUT -p udp --dport 5060 -m hashlimit --hashlimit-above 20/sec --hashlimit-mode srcip --hashlimit-name sip -j DROP`),
    no(`Parce, necesito un DNAT en el MikroTik del cliente pa que el 5060 de afuera vaya al 10.0.0.20. ¿Así? /ip firewall nat add chain=dstnat protocol=udp dst-port=5060 action=dst-nat to-addresses=10.0.0.20`),
    no(`Estimados, ¿cuál es la configuración recomendada de "inspect sip" en un Cisco ASA 5516 delante del VOS? ¿Conviene deshabilitar la inspección? Las llamadas funcionan bien, es una revisión preventiva.`),
    no(`Hola, migrando el VOS a AWS, ¿qué puertos abro en el security group? 5060 tcp/udp, 10000-20000 udp pal RTP, 80 pa la web... ¿algo más que se me escape?`),
    no(`Buenas, seguridad va a poner un Palo Alto nuevo delante de los VOS el fin de semana y nos piden la lista de aplicaciones (sip, rtp) y puertos que usamos. ¿Tienen alguna plantilla?`),
    no(`Vale, he metido una regla en firewalld para permitir la web del VOS solo desde la oficina: firewall-cmd --permanent --add-rich-rule='rule family=ipv4 source address=88.12.x.x port port=8080 protocol=tcp accept'. ¿Algo más que deba cerrar, tío?`),
    no(`pana el fail2ban está baneando al carrier de Colombia xq manda un montón de OPTIONS de keepalive, ¿cómo lo meto en el ignoreip del jail?`),
    no(`Loco, el firewall de Claro le está bloqueando el puerto 5060 a un cliente residencial, lo movimos al 5090 y registró de una. ¿Eso es normal con Claro o le pedimos que lo abran?`),
    no(`Hola, en el SonicWall TZ370 del cliente, ¿hay que activar o desactivar "Enable consistent NAT"? ¿Y las SIP transformations? Nos piden la config recomendada para VoIP antes de instalar.`),
    no(`Buen día, ¿qué le debo pedir al equipo del Check Point para que permitan RTP 10000-20000 UDP desde el VOS hacia el SBC del cliente? Es un alta nueva, todavía no pasa tráfico.`),
    no(`Oye, ¿el geobloqueo de China y Rusia en el FortiGate puede afectar a los carriers que rutean por Hong Kong? Me da miedo cortarle tráfico a alguno sin querer.`),
    no(`Hice whitelist de 3 IPs de carriers con iptables pero después del reboot se borraron todas 😑 CentOS 6. ¿Era con service iptables save?`),
    no(`En dmesg me sale "nf_conntrack: table full, dropping packet" de vez en cuando, en el firewall linux que tenemos delante de la web del VOS. ¿Subo nf_conntrack_max de 65536 a 262144 o hay algo mejor?`),
    no(`Compadre, el proveedor me pide que abra el 5061 pa TLS en el firewall del datacenter. Es solo abrir el puerto, ¿no? ¿Algún rollo con el VOS?`),
    no(`En el pfSense de la sede nueva, para los teléfonos, ¿pongo Outbound NAT híbrido con static port? Leí que ayuda con SIP. Es config nueva, nada falla todavía.`),
    no(`oigan quiero limitar los intentos de login al portal web del VOS, tipo máximo 5 por minuto por IP. ¿con nginx limit_req o con iptables recent?`),
    no(`Boludo, el proveedor de Brasil cambió de IP y como tenemos whitelist en el Fortinet dejamos de recibir sus INVITE. Ya agregué la nueva 177.x.x.x al address group y entraron. Solo aviso por si ven algo raro en los CDR.`),
    no(`Estimados, por requisito del ENS debemos restringir el SSH del VOS a la VPN corporativa, así que hemos cerrado el 22 público en el grupo de seguridad de Azure. ¿Afecta a vuestro soporte remoto? Un saludo.`),
    no(`2024-05-12 03:14:22,418 fail2ban.actions [1021]: NOTICE [asterisk-iptables] Ban 185.243.x.x
esa IP es de un scanner, todo bien, pero ¿por qué el jail se llama asterisk si es VOS? lo copié de un tutorial jaja`),
    no(`oe la regla NAT 1:1 del firewall de la sede Cusco quedó mal y el VOS ve la IP privada 192.168.1.50 en el Via. ¿le pongo la IP pública en el teléfono o arreglo el NAT en el firewall?`),
    no(`Hey, ¿el Meraki MX nuevo tiene opción de SIP ALG? Queremos asegurarnos de que esté off antes del go-live del lunes en la oficina de Ponce.`),
    no(`Buenas, ¿nos pueden confirmar desde qué IPs hacen el monitoreo? Queremos permitir solo ICMP y SNMP desde ahí en el firewall de la sede Tegucigalpa.`),
  ],
  negationContext: [
    no(`Confirmo que SS_TCP_CLOSE_RESET sigue en Off en los tres servidores de Bogotá, lo revisé con grep en el softswitch.conf esta mañana, y los teléfonos detrás de NAT registran perfecto. Lo dejo anotado antes de la auditoría del jueves.`),
    no(`wey el año pasado tuvimos el pedo del "Cannot assign requested address" en hora pico, lo arreglaron ustedes con lo del tw_reuse y desde entonces cero fallas. Ahora les escribo por otra cosa: ¿me mandan la factura de mayo?`),
    no(`Un compa tiene otro VOS en Guadalajara con como 30 mil TIME_WAIT y le fallan las llamadas en la noche, ¿le puedo pasar su contacto? El nuestro está bien, eh, es pa él.`),
    no(`Estamos pensando en poner el RST en On pa bajar los TIME_WAIT, pero tenemos 40 teléfonos detrás de MikroTik registrando por TCP. ¿Qué riesgo hay? Todavía no tocamos nada.`),
    no(`Pregunta para un curso interno de NOC: ¿por qué el cierre con RST confunde a los firewalls stateful? No tenemos ningún problema, es para armar la diapositiva.`),
    no(`Nosotros usamos solo UDP pa todo, extensiones y carriers, así que lo del TCP close reset no nos aplica, ¿cierto? Lo leí en el 4.3.5.2 del manual y me quedó la duda.`),
    no(`Ojo: el "Address already in use" que les mandé ayer era del servidor de pruebas de un cliente, no del VOS de producción. El de producción tiene 400 TIME_WAIT y anda joya. Perdón por la confusión.`),
    no(`Ya no hace falta: lo de los teléfonos NAT que se desregistraban fue en marzo cuando activaron el RST, lo revertimos esa misma semana y desde entonces todo estable. Cierren el ticket viejo porfa.`),
    no(`El FortiGate no está tirando nada: revisé los logs de sesión y no hay ni un RST descartado. Las llamadas que fallan vuelven con 486 Busy desde el carrier, o sea es del lado de ellos.`),
    no(`En el Asterisk de otra empresa del grupo (no en el VOS) vimos miles de TIME_WAIT, pero es un Asterisk con un AGI mal programado que abre una conexión a MySQL por llamada. ¿Ustedes dan soporte a Asterisk también?`),
    no(`La semana que viene vamos a pasar a TCP las extensiones de la sucursal, que hoy van por UDP. ¿Hay algo que revisar del modo de cierre antes? Hoy está en Off y queremos que siga así.`),
    no(`Le estoy explicando a mi jefe: el SS_TCP_CLOSE_RESET en On cierra con RST y eso evita los TIME_WAIT, pero puede romper los NAT y los firewalls. ¿Lo dije bien? Es para una presentación del viernes.`),
    no(`No, no hay ningún firewall entre el VOS y el carrier, es cross-connect directo en el mismo datacenter. Lo de las llamadas fallidas de ayer era una ruta mal configurada con un prefijo de más, ya quedó.`),
    no(`Hace dos años nos pasó lo de la BindException en el servidor Java de facturación y se arregló ampliando el rango de puertos. ¿En el VOS nuevo conviene hacer lo mismo de entrada? Aún no tiene tráfico.`),
    no(`¿Qué pasaría si un Palo Alto descartara los RST del VOS? Lo pregunto porque el cliente va a instalar uno el mes que viene y quiero anticiparme. Hoy el cierre está en el valor por defecto.`),
    no(`En el foro de VOS3000 un chico de Perú dice que con el RST activado sus Yealink detrás de NAT se caían. ¿Es verdad o es mito? Nosotros nunca lo activamos, solo por saber.`),
    no(`Revertimos el cambio del RST ayer a las 18:00 y los teléfonos del call center volvieron a registrar al toque. Solo quería confirmar que quedó en Off y cerrar, no hace falta nada más, gracias.`),
    no(`Te aclaro que NO tenemos 30k TIME_WAIT, eso lo dijo el cliente por teléfono pero lo revisé yo y son 3 mil y pico, sin un solo error en el log. El cliente exagera, como siempre.`),
    no(`El MikroTik del cliente manda RST cuando se cierra la sesión de Winbox, lo vi en un tcpdump. ¿Eso tiene algo que ver con el VOS? No falla nada, es pura curiosidad.`),
    no(`Para el examen interno: ¿en qué casos recomendarían SS_TCP_CLOSE_RESET=On y en cuáles no? Ejemplo: un server con 200 CPS hacia carriers por TCP sin NAT vs. un server lleno de softphones en casas.`),
    no(`Un cuñado mío trabaja en un call center en Tegucigalpa y les pasa que se les caen las extensiones cuando tocan algo del reset, pero no es cliente de ustedes ni usa VOS, tienen un 3CX. ¿Le aplica lo mismo?`),
    no(`El "Cannot assign requested address" sale en el log del script de Python que manda los SMS, no en el VOS: abre una conexión nueva a la API por cada mensaje. Eso lo arreglo yo con keep-alive, no se preocupen.`),
    no(`# grep CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="Off"
así está desde la instalación y nunca tuvimos problemas de NAT ni de firewall. ¿Lo dejo igual en el server nuevo?`),
    no(`Nada, falsa alarma: el conntrack del iptables marcaba paquetes INVALID pero eran de un escaneo de puertos, nada que ver con las sesiones SIP. El RST sigue desactivado en el VOS y no lo hemos tocado.`),
    no(`Planeamos subir el ip_local_port_range a 1024-65535 en la ventana del sábado, por prevención, porque hoy no hay ningún síntoma. ¿Hay que reservar algún puerto del VOS al hacerlo?`),
    no(`Un cliente mío pregunta si el RST afecta a TLS, que leyó que se salta el close_notify. Él no tiene ningún problema, solo quiere saberlo antes de pasar sus troncales a TLS.`),
    no(`audio: hola, mira, te cuento que lo que hablamos la semana pasada de los teléfonos que se caían, al final no era lo del reset ese, era que el router de la oficina se reiniciaba solo por temperatura, ya lo cambiamos y listo, o sea el VOS no tenía nada que ver.`),
  ],
  portExhaustion: [
    pe(`Wey urgente, desde las 8pm el VOS no saca llamadas al carrier de USA, en el log "connect failed: Cannot assign requested address" y netstat me da 29 874 en TIME_WAIT. Si reinicio el mbx3000d jala como media hora y otra vez lo mismo.`),
    pe(`Che, en la hora pico (de 19 a 22) el switch empieza a rechazar llamadas salientes. Hice ss -s y tengo timewait 31.442. Los carriers van todos por TCP. Reiniciamos y anduvo un rato nomás. ¿Qué hacemos?`),
    pe(`parce mire esto
ss -s
Total: 33120
TCP:   32987 (estab 412, closed 32501, orphaned 0, timewait 32488/0), ports 0
y en el log del softswitch: bind failed: Address already in use (98) al abrir conexión hacia 190.x.x.x:5060
se cae justo cuando subimos a 120 CPS`),
    pe(`Buenas tardes. Desde hace tres días, entre las 10:00 y las 13:00, el VOS3000 de Madrid deja de establecer nuevas conexiones TCP hacia los proveedores. Observamos unos 28.000 sockets en TIME_WAIT y el error EADDRINUSE en el log. Un reinicio lo resuelve temporalmente. Quedamos a la espera de vuestra propuesta. Un saludo.`),
    pe(`pana se nos está cayendo el tráfico en la noche, treinta mil TIME_WAIT y el VOS dice que no puede conectar con los vendors. reinicio y al rato igualito. ayudaaa`),
    pe(`Klk, el switch ta tirando "Cannot assign requested address" cada vez que el tráfico pasa de 80 llamadas por segundo. Tengo como 30k sockets en TIME_WAIT hacia los carriers. ¿Qué se hace en ese caso?`),
    pe(`Estimados, al iniciar la campaña de marcación masiva (aprox. 150 CPS) el softswitch comienza a fallar con "Address already in use" al conectar con los proveedores SIP por TCP. netstat muestra 27 500 conexiones en TIME_WAIT. Solicitamos apoyo urgente.`),
    pe(`Oye, ¿cachai que todos los días a las 11 se cae la salida a los carriers? El log dice "bind: Address already in use" y hay como 28 mil TIME_WAIT. A mediodía baja solo. Es como si se quedara sin puertos.`),
    pe(`Team, our dialer pushes like 200 CPS through the VOS y desde mid-morning los calls empiezan a fallar. Log: "sip tcp connect to 10.20.30.40:5060 failed: errno 99 Cannot assign requested address". TIME_WAIT count = 30,112. Restarting lo arregla por 40 min y back to square one.`),
    pe(`Asere el VOS se queda sin puertos locales: el rango es 32768-60999 y tengo 28.190 en TIME_WAIT, casi todos hacia el carrier de España por TCP. Las llamadas nuevas fallan desde las 9 de la noche.`),
    pe(`transcripción de audio: qué onda, oye, te escribo porque otra vez en la hora de más tráfico se nos empiezan a caer las llamadas, y el compañero vio que hay un montón de conexiones en time wait, como veintinueve mil, y el log dice que no puede asignar la dirección, algo así, cannot assign, y ya reiniciamos y se compuso pero pues va a volver a pasar en la noche ¿no?`),
    pe(`Mirá, te paso lo que veo: netstat -ant | grep -c TIME_WAIT → 26.913. Y en el log del mbx: "create socket to vendor GW-BR failed, Address already in use". Solo pasa cuando superamos los 100 CPS. Fijate qué podemos tocar.`),
    pe(`Tío, el VOS de Barcelona peta en hora punta: las llamadas salientes fallan, 30k conexiones en TIME_WAIT y "cannot bind" en el log. Un restart lo arregla una hora. Esto no puede seguir así, ¿vale?`),
    pe(`2024-06-03 19:42:11 [SIP] TCP connect to 200.x.x.x:5060 error: Cannot assign requested address
(repetido 4 312 veces en 5 min)
ss -tan state time-wait | wc -l → 28 901
Buenas noches, esto es del vos-bog-01, las llamadas salientes están cayendo en bloque.`),
    pe(`Buenas noches, fíjese que a partir de las 7pm las llamadas a los proveedores empiezan a fallar, y el técnico dice que hay demasiadas conexiones cerradas esperando, unas 30 mil, y que el servidor ya no tiene puertos para abrir nuevas. Cuando reiniciamos funciona un rato. ¿Nos pueden ayudar?`),
    pe(`Bro el switch se ahoga en el peak: "Address already in use" en las outbound connections al carrier, TIME_WAIT count 31k, ip_local_port_range 32768 60999. Necesitamos el fix ASAP antes de la campaña de mañana.`),
    pe(`otra vez el cannot assign requested address en la salida a los carriers xq hay 29mil time_wait 🙄 ya van 3 noches seguidas`),
    pe(`Buenas, les explico con detalle. Tenemos un VOS3000 en CentOS 7 con 6 carriers por SIP TCP. Desde que entró el cliente nuevo de call center (unos 90 CPS en la tarde) pasa esto: a las 4pm empiezan los fallos de conexiones salientes, el log se llena de "bind failed: Address already in use" y al contar con ss sale timewait 29 112. A las 6 ya casi no sale nada. Reiniciamos el servicio a las 6:15 y volvió todo, pero al otro día igualito. ¿Qué nos recomiendan?`),
    pe(`hola, sin puertos efímeros de nuevo. 28k TIME_WAIT, llamadas salientes fallando. restart y vuelve en una hora`),
    pe(`INC-4471 | vos-mad-02 | Severidad 2 | 21:05 fallos masivos de salida hacia el proveedor (SIP/TCP). Evidencia: "errno 98 EADDRINUSE" en el log del softswitch; TIME_WAIT 27.640 de 28.232 puertos. Mitigación temporal: reinicio de mbx3000d a las 21:12. Reaparece a las 22:20.`),
    pe(`Loco, el server está lleno de conexiones en TIME_WAIT hacia los gateways del carrier, 30 mil clavadas, y a partir de ahí ninguna llamada nueva sale. Probé bajar los CPS del dialer a la mitad y mejoró, así que es eso. Necesito una solución definitiva.`),
    pe(`netstat -ant | grep TIME_WAIT | awk '{print $5}' | sort | uniq -c | sort -rn | head -2
  27811 45.x.x.x:5060
    204 190.x.x.x:5060
o sea casi todo hacia el carrier principal, y en ese momento toda llamada a ese carrier falla con "no free local port". Pasa cada tarde cuando sube el tráfico.`),
    pe(`causa el VOS no aguanta la hora punta, "cannot assign requested address" y 30mil time_wait, reinicio y ya, pero a la hora de nuevo. q le hago`),
    pe(`Ing. buenas noches: reporto que el servidor VOS-QRO rechaza la apertura de nuevas sesiones TCP hacia los carriers a partir de ~85 llamadas por segundo. Se observan 29.300 sockets en TIME_WAIT. Tras reinicio se normaliza por aprox. 50 min. Agradezco su apoyo.`),
    pe(`Hola, los agentes reportan fast busy en todas las outbound calls desde las 10am. Checked the box: TIME_WAIT 30,455 y el softswitch log lleno de "Cannot assign requested address". Range is default. Un restart helped last week pero ahorita no podemos reiniciar en medio del shift.`),
    pe(`audio: mi hermano, mira, el sistema se trabó otra vez en la hora fuerte, las llamadas no salen, y el muchacho de sistemas dice que hay como treinta mil puertos ocupados en time wait, que no quedan puertos libres pa conectar con el carrier, y que cuando se reinicia se arregla un rato. Dime qué hacemos.`),
    pe(`Buenas, les escribo porque tenemos fallas en las llamadas salientes. Primero pensamos que era el carrier, abrimos ticket con ellos y dicen que no ven nada. Revisamos rutas, revisamos saldo, todo bien. Después miramos el server y... 31.005 sockets en TIME_WAIT, y el log dice "Address already in use" en cada conexión nueva hacia el carrier.`),
    pe(`EADDRINUSE al abrir TCP hacia los proveedores en cuanto pasamos de 100 CPS, y unos veintiocho mil TIME_WAIT. ¿Qué proponéis?`),
    pe(`parce el VOS se quedó sin puertos: ss -s dice timewait 29990/0 y el rango es 32768-60999. Las llamadas salientes dan timeout. Reiniciar lo arregla pero no quiero estar reiniciando todas las noches`),
    pe(`Buenas, ya nos pasó de nuevo a las 9pm: el switch deja de abrir conexiones a los carriers, el log dice "cannot bind" y tenemos 30k TIME_WAIT. ¿Pueden aplicar el ajuste de kernel del que hablan, el tw_reuse y lo del rango de puertos?`),
  ],
  natUnregistered: [
    nat(`Wey desde que activaron el SS_TCP_CLOSE_RESET ayer, los Yealink de la sucursal Querétaro (detrás de un MikroTik, registrando por TCP) salen no registrados a cada rato.`),
    nat(`Che, desde el cambio del RST de anoche las internas de la oficina de Córdoba se desregistran solas. Están atrás de un router con NAT y van por TCP. Antes andaban perfecto.`),
    nat(`Parce, después que pusieron el close reset en On, los softphones de los agentes remotos (cada uno en su casa con su router) pierden el registro cada 5 o 10 minutos. Usan TCP porque el ISP se comía el UDP.`),
    nat(`Estimados: tras la activación del cierre TCP por RST en el VOS3000 (SS_TCP_CLOSE_RESET=On) el pasado martes, los 35 terminales de nuestra sede de Sevilla, que salen a internet a través de NAT y registran por SIP sobre TCP, aparecen intermitentemente como no registrados. Solicitamos revertir el cambio. Atentamente.`),
    nat(`pana desde el cambio del RST los teléfonos de la oficina que están detrás del router TP-Link se caen del registro, van por TCP. las extensiones de la central que tienen IP pública andan bien. revierte eso porfa`),
    nat(`Mi hermano, desde que ustedes pusieron lo del reset TCP, los teléfonos del local de Punta Cana (detrás del router de Altice, por TCP) se desregistran solos. Los que están con IP pública ni se enteraron.`),
    nat(`Asere, desde el martes que activaron el RST en el VOS, los Grandstream de la oficina que salen por NAT y registran por TCP se ponen en rojo, no registrados. Reinicio el teléfono y registra, pero al rato otra vez.`),
    nat(`Buenas, desde que cambiaron el modo de cierre TCP a RST, nuestros anexos detrás del MikroTik (NAT, TCP 5060) pierden el registro cada tanto. Antes del cambio todo ok. ¿Pueden regresarlo como estaba?`),
    nat(`Mira el log del MikroTik: "tcp 192.168.88.23:49211 -> 45.x.x.x:5060 connection removed" y en ese mismo segundo el Yealink queda unregistered. Pasa desde que subieron SS_TCP_CLOSE_RESET a On. Van por TCP, detrás del NAT de la oficina.`),
    nat(`Hey team, since the RST change del viernes, our remote agents behind home routers (NAT) keep losing registration en sus Bria — they're on TCP transport. Los phones de la oficina con IP pública están fine. ¿Podemos hacer rollback del close mode?`),
    nat(`transcripción: eh, hola, oye, desde que hicieron el cambio ese del reset, el de las conexiones TCP, los teléfonos de la sucursal que están detrás del router se están desregistrando, o sea aparecen como no registrados en el VOS, y la gente no puede recibir llamadas. Antes no pasaba. ¿Lo pueden regresar como estaba?`),
    nat(`Buenas. Desde el jueves tenemos quejas de la sucursal Mendoza: las internas aparecen caídas, vuelven, se caen. Revisamos cableado, el switch PoE, reiniciamos el router, cambiamos un teléfono por uno nuevo. Nada. Las internas van por TCP detrás del NAT del router. Y recién ahí nos acordamos: el jueves a la tarde ustedes activaron el RST en el softswitch.`),
    nat(`Buen día. Reportamos pérdida de registro en las extensiones de la sede Cali, que se conectan vía NAT (router Huawei) con transporte TCP. El inicio coincide con el cambio SS_TCP_CLOSE_RESET Off→On aplicado el lunes a las 21:00. Favor revisar.`),
    nat(`Tío, lo del RST que pusisteis ayer para los TIME_WAIT nos ha reventado las extensiones de la oficina de Bilbao: están tras NAT y registran por TCP, y ahora salen desregistradas cada dos por tres.`),
    nat(`desde el rst las ext detras del mikrotik x tcp se desregistran 😩`),
    nat(`Buenas tardes, desde el cambio que hicieron en el servidor el sábado (dijeron que era el cierre con RST) los teléfonos de nuestra agencia, que están detrás del router de la oficina y usan TCP, aparecen desconectados seguido. ¿Qué pasó?`),
    nat(`pana mira el tcpdump en el router de la oficina:
14:02:11.381 IP 45.x.x.x.5060 > 186.x.x.x.51822: Flags [R.], seq 1, ack 1, win 0
y desde ahí el teléfono 192.168.0.45 no vuelve a registrar hasta que se le da la gana. esto empezó cuando activaron SS_TCP_CLOSE_RESET. van por TCP detrás de NAT`),
    nat(`Desde el RST change del miércoles, las extensiones del front desk del hotel (detrás del NAT del hotel, SIP over TCP) se caen del registro. Las de la otra property, que van por UDP, ni se enteraron.`),
    nat(`Estimados, desde la modificación del parámetro de cierre TCP a RST en el servidor vos-scl, los anexos de nuestras sucursales (todas detrás de NAT con routers MikroTik y registrando por TCP) pierden el registro varias veces al día. Agradecería revertir a cierre con FIN.`),
    nat(`¿Vos sabés que desde que pusieron RST en On los softphones de los chicos en home office se desregistran? Todos atrás del NAT del módem de Fibertel, todos por TCP. Los del datacenter con IP pública andan bárbaro.`),
    nat(`Registro en el VOS:
ext 2031 (TCP, 83.x.x.x:61233) Unregistered 10:14
ext 2032 (TCP, 83.x.x.x:61240) Unregistered 10:14
ext 2035 (TCP, 83.x.x.x:61302) Unregistered 10:15
todas la misma IP pública de la oficina, o sea detrás del NAT. Empezó el lunes, justo después de que activarais el RST.`),
    nat(`loco, tumba el RST, que los teléfonos detrás del router que van por TCP se están cayendo del registro desde ayer`),
    nat(`Estimados, buenas tardes. A raíz del cambio de configuración del día 12 (SS_TCP_CLOSE_RESET activado para reducir TIME_WAIT), hemos detectado que los anexos IP de la sede Trujillo, que se encuentran detrás de un router con NAT y utilizan SIP sobre TCP, quedan como no registrados tras cada llamada. Los anexos de la sede principal, con IP pública, no presentan el problema.`),
    nat(`Oye, el RST que habilitaron el viernes nos está matando los registros de los softphones del WFH: están detrás de NAT, transport TCP, y se quedan unregistered hasta que reinician la app.`),
    nat(`nota de voz: hola parce, mire, le cuento que desde que hicieron lo del reset en el switch, los teléfonos de la oficina de Barranquilla, que están detrás del router, los que van por TCP, se están desregistrando, y pues la gente no puede contestar. Los que están en UDP van bien. ¿Eso se puede devolver?`),
    nat(`Compadre, ¿el RST ese que activaron puede estar matando la entrada NAT del router? Porque desde entonces los teléfonos de la oficina (TCP, detrás del router) pierden el registro y hay que esperar varios minutos a que vuelvan.`),
    nat(`Hola. Las extensiones del cliente de Valladolid (Gigaset por TCP, tras un router de Movistar con NAT) han empezado a darse de baja del registro justo desde la intervención de anoche en la que pusisteis SS_TCP_CLOSE_RESET="On".`),
    nat(`Los anexos del call center, que registran por TCP desde detrás del router NAT de la oficina, se caen del registro desde el cambio a RST. Un reinicio del router los levanta un rato y luego otra vez.`),
    nat(`NOC 07:40 — 52 ext. del tenant "grupo_bajio" en estado Unregistered. Todas vía NAT (MikroTik hEX), transporte TCP. Inicio de la incidencia 22:15 de ayer, 10 min después de aplicar RST On en vos-gdl. Propuesta: regresar a Off.`),
    nat(`Las internas de la sucursal se caen y vuelven todo el día. Router con NAT, transporte TCP. Ah, y esto arrancó justo cuando ustedes cambiaron el cierre a RST.`),
  ],
  firewallRst: [
    fw(`Wey desde que pusieron el RST en On, las llamadas al carrier que está detrás de su FortiGate fallan. En el log del Forti del carrier salen nuestros RST como descartados, "no session matched".`),
    fw(`Che, desde el cambio a RST la mitad de las llamadas hacia el proveedor de Brasil fallan. Ellos tienen un ASA y en sus logs ven "%ASA-6-106015: Deny TCP (no connection) from 45.x.x.x/5060 to 200.x.x.x/41822 flags RST on interface outside". ¿Lo revertimos?`),
    fw(`conntrack -L | grep 5060 me muestra un montón de sesiones ESTABLISHED viejas hacia el VOS que nunca se cierran, y el log del iptables dice "INVALID DROP: IN=eth0 ... PROTO=TCP SPT=5060 DPT=39112 RST". Empezó cuando activamos SS_TCP_CLOSE_RESET. Las llamadas nuevas por ahí fallan.`),
    fw(`Buenas, tenemos un pfSense entre el VOS y el SBC del cliente. Desde que el softswitch cierra con RST, el pfSense bloquea esos RST (Default deny rule, flags R) y quedan estados half-open. Las llamadas hacia ese cliente fallan a ratos.`),
    fw(`Estimados: desde la activación del cierre por RST en el VOS3000, el Palo Alto PA-3220 del cliente descarta los RST del softswitch como "non-SYN TCP / out of window", quedando sesiones SIP/TCP obsoletas en su tabla. Las llamadas entrantes desde ese cliente fallan de forma intermitente. Rogamos valoren revertir el parámetro.`),
    fw(`pana el SonicWall del carrier está tumbando los RST que manda el VOS desde q prendieron el reset. Quedan conexiones medio abiertas y las llamadas por ese trunk fallan.`),
    fw(`Parce, el Check Point del datacenter dice "TCP packet out of state: First packet isn't SYN; tcp_flags: RST-ACK" a cada rato desde que el VOS empezó a cerrar con RST. Y las llamadas por ese enlace están fallando.`),
    fw(`Hola, nuestro VOS está en AWS y el carrier en GCP con su firewall stateful delante. Desde que activamos SS_TCP_CLOSE_RESET las llamadas a ese carrier fallan; ellos dicen que el firewall descarta el RST y la sesión se les queda colgada. ¿Qué hacemos?`),
    fw(`Klk, desde el lunes que pusieron el RST, las llamadas al carrier que pasan por nuestro FortiGate fallan. En el Forti veo sesiones viejas hacia el 5060 que no se borran nunca y los RST denegados.`),
    fw(`Hola, te cuento lo que encontramos. Las llamadas hacia el carrier X fallan desde el miércoles. Pensamos que era la ruta, luego el codec. Al final el colega de redes revisó el ASA que está entre nuestro VOS y el carrier: un chorro de "Deny TCP (no connection) ... flags RST ACK". El miércoles justo ustedes cambiaron el cierre TCP a RST.`),
    fw(`Since the RST setting was turned on, nuestro Palo Alto está dropeando los RST del softswitch (threat log: tcp-rst invalid state), y las calls vía el SBC empiezan a fallar a los pocos minutos. ¿Hacemos rollback o hay que tocar el firewall?`),
    fw(`Ing., buen día. A partir de la activación de SS_TCP_CLOSE_RESET en vos-mty, el firewall perimetral (FortiGate 200F) descarta los paquetes RST con el mensaje "no session matched". Las sesiones quedan abiertas del lado del carrier y las llamadas nuevas hacia él fallan. Agradezco su revisión.`),
    fw(`oe desde el RST el firewall iptables del datacenter marca INVALID los RST del VOS y los dropea, y las llamadas que pasan por ahí se caen. ¿lo tumbamos?`),
    fw(`Tío, el pfSense de la oficina central tira los RST del VOS desde que los activasteis y quedan estados colgados: pfctl -ss me enseña 400 estados ESTABLISHED:ESTABLISHED hacia el 5060 que ya no existen. Las llamadas fallan cada dos por tres.`),
    fw(`audio: che, mirá, lo que pasa es que desde que activaron lo del reset, las llamadas que pasan por el firewall del cliente, un Fortinet, fallan. El de redes del cliente dice que el firewall está tirando los paquetes RST porque no los reconoce, y que quedan las conexiones medio abiertas. ¿Pueden volverlo atrás?`),
    fw(`Compadre, el carrier dice que su firewall (un Juniper SRX) está botando los RST que le mandamos desde el cambio, y que las sesiones se les quedan colgadas. Desde ahí las llamadas hacia ellos salen con error.`),
    fw(`dmesg del firewall linux:
[1203.442] nf_ct_tcp: invalid RST IN=eth1 OUT= SRC=45.x.x.x DST=10.1.1.20 PROTO=TCP SPT=5060 DPT=44012
[1203.519] nf_ct_tcp: invalid RST IN=eth1 OUT= SRC=45.x.x.x DST=10.1.1.20 PROTO=TCP SPT=5060 DPT=44019
llamadas fallando por ese trunk desde que prendimos SS_TCP_CLOSE_RESET=On`),
    fw(`Señores, el equipo de seguridad del cliente reporta que su Palo Alto está registrando descartes de paquetes TCP RST provenientes de nuestro softswitch desde el día 3, fecha en que se activó el cierre por RST. Simultáneamente las llamadas entrantes desde ese cliente presentan un 30 % de fallas. Quedamos atentos.`),
    fw(`Buenas, fíjese que desde que pusieron lo del RST, el SonicWall que tenemos entre el VOS y el proveedor está dejando sesiones colgadas y las llamadas a ese proveedor fallan. El técnico dice que el SonicWall no acepta esos RST.`),
    fw(`el forti se come los RST desde el cambio y las llamadas al carrier truenan`),
    fw(`pana mira el log del FortiGate:
date=2024-06-11 time=22:14:03 action="deny" proto=6 srcip=45.x.x.x srcport=5060 dstport=48211 msg="session not found" tcpflags="RST"
así cientos, todo desde que activaron el RST en el VOS. las llamadas por ese enlace se están cayendo`),
    fw(`Buenas, las llamadas hacia el carrier de Chile se cortan o ni arrancan, una de cada tres. Probamos otra ruta y anda. El carrier dice que de su lado todo OK. Miramos el firewall stateful del datacenter (pfSense) y está bloqueando los RST que manda el VOS, justo desde que prendieron el modo RST.`),
    fw(`Os paso lo del SmartLog del Check Point: "Drop — TCP packet out of state: First packet isn't SYN, tcp_flags: RST" desde vuestro VOS hacia la SBC. Empezó el día que cambiasteis SS_TCP_CLOSE_RESET. Llamadas cayéndose.`),
    fw(`Tenemos el VOS en Azure detrás de un Azure Firewall y desde el cambio a RST las llamadas a nuestros carriers fallan a ratos; el firewall muestra las conexiones como half-open y no las suelta. ¿Puede ser por el RST?`),
    fw(`Since the RST change, el ASA del carrier está tirando nuestros RST como "no connection" y después rechaza el SYN nuevo porque la sesión vieja sigue viva en su tabla. Resultado: calls fallando al azar por ese trunk.`),
    fw(`Buenas noches. Desde la activación del cierre TCP con RST, el firewall stateful (FortiGate) entre el softswitch y el proveedor descarta los segmentos RST, las sesiones quedan en estado half-open y las llamadas hacia dicho proveedor fallan. Solicitamos volver al cierre con FIN.`),
    fw(`bro el conntrack del firewall linux marca los RST del switch como INVALID y los dropea desde el cambio. las sesiones viejas quedan vivas y el carrier no acepta llamadas nuevas por ese socket`),
    fw(`nota de voz: epa, mira, lo que te quería decir es que desde que activaron el RST, el firewall que tiene el cliente, que es un Palo Alto, dice que esos paquetes de reset no corresponden a ninguna sesión y los bota, y entonces las llamadas que entran de ese cliente fallan. Él quiere que lo regresemos.`),
    fw(`tumba el RST que el pfSense del carrier ta dropeando los reset y las llamadas no pasan`),
    fw(`tcpdump del lado del carrier: vemos salir el RST del VOS (Flags [R.]) pero nunca llega a su SBC, se queda en el FortiGate de ellos. Desde ahí sesión muerta y llamadas fallando. Coincide con el cambio a SS_TCP_CLOSE_RESET On del martes.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning253Set: readonly EvalItem[] = Object.values(tuning253Families).flat();
