import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators and small carriers in Mexico, Colombia, Peru, Venezuela, Argentina and Chile writing
 * to support on WhatsApp in fast, informal Spanish: regional slang and abbreviations ("q", "xq",
 * "pq", "tb", "wey", "parce", "che", "po", "al toque", "chamba", "bacán", "de una"), missing
 * accents, English technical terms mixed in, and now and then a pasted command output or log
 * line; one to four sentences each.
 *
 * The fifty-third tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall
 * work without dropped RST, playbook words denied or explained) and three positive families of 30
 * (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST).
 * Written as the fifty-third never-tuned set, before the thirty-third round of rules, by someone
 * who had read only the playbooks' symptoms and the domain notes, without the matcher, its rules or
 * the other sets in view; measured as such before and after the thirty-third round, then made
 * tuning material for the thirty-fourth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 86.7 %, negatives confident 5.9 %, confident wrong 0 % with the rules of the
 * thirty-second round, and the same after the thirty-third.
 */
export const tuning53Families = {
  oneListeningPort: [
    no(`wey el apache no levanta, dice "(98)Address already in use: make_sock: could not bind to address 0.0.0.0:80" y no me deja entrar al panel web del vos`),
    no(`parce instale nginx pa un monitoreo y ahora el tomcat del portal de VOS no arranca xq el 8080 ya esta ocupado, como lo muevo?`),
    no(`che el mysql no arranca despues del reboot: "Can't start server: Bind on TCP/IP port: Address already in use" en el 3306. Creo q quedo otro mysqld colgado`),
    no(`hola buenas, intento levantar un kamailio de prueba en el mismo server y tira "bind: Address already in use" en 5060, obvio xq el softswitch ya escucha ahi no? q puerto le pongo`),
    no(`oye el docker no me deja publicar el puerto 80, dice port is already allocated. El server es el mismo del vos3000 web, se pisan?`),
    no(`Buenas, el servicio de webpanel del vos no inicia. netstat -tlnp | grep 80
tcp  0  0 0.0.0.0:80  0.0.0.0:*  LISTEN  2211/httpd
ese httpd no es el nuestro, lo instalo otro tecnico. lo mato nomas?`),
    no(`q tal, corri un "python -m SimpleHTTPServer" pa pasar unos archivos y ahora el portal no sube, dice address already in use en el puerto. ya lo cerre pero sigue igual`),
    no(`po el asterisk q tenemos de IVR no levanta el chan_sip porq dice unable to bind 0.0.0.0:5060 address already in use, esta en el mismo equipo q el vos, lo puedo correr en 5070?`),
    no(`hermano el node de la app de recargas no arranca: Error: listen EADDRINUSE: address already in use :::3000. Nada q ver con el switch creo pero igual corre en ese server`),
    no(`buenas tardes, postgres no levanta en el 5432 xq dice q ya esta en uso, resulta q quedo un proceso viejo de otra version. Como lo identifico sin tumbar las llamadas del switch?`),
    no(`wey se me ocurrio reiniciar el httpd y ahora dice could not bind to 443, tengo un stunnel escuchando ahi tb. cual dejo?`),
    no(`parce el proftpd no sube, Address already in use en el 21, creo q vsftpd tambien esta instalado. Lo necesito pa bajar los CDR`),
    no(`Hola, al levantar el segundo softswitch en el mismo host (prueba de migracion) dice que el puerto de señalizacion ya esta en uso. Es normal no? el primero sigue prendido`),
    no(`che el zabbix agent no arranca, "cannot bind to port 10050: Address already in use", habia otro agente corriendo de antes. eso afecta al vos?`),
    no(`el servicio snmpd no inicia: Error opening specified endpoint "udp:161", alguien mas tiene el 161. Pa graficar en cacti lo necesito`),
    no(`q onda, meti un contenedor de grafana y tomcat del vos se cayo con java.net.BindException: Address already in use: JVM_Bind en 8080. grafana tb usa ese?`),
    no(`buenas, el mbx3000 web no arranca despues de q instalaron un phpmyadmin con su propio apache. el puerto 80 lo agarro el otro, como lo regreso?`),
    no(`oe causa el sshd no levanta en el puerto 2222 q le pusimos, dice bind to port 2222 on 0.0.0.0 failed: Address already in use. no tengo idea q lo tiene`),
    no(`hola, lsof -i :8080 me muestra
java  1543 root  45u  IPv6  TCP *:webcache (LISTEN)
java  2890 root  41u  IPv6  TCP *:webcache (LISTEN)  
hay 2 tomcat? el portal se cuelga`),
    no(`pana el opensips de balanceo no inicia, "ERROR:core:udp_init: bind(...) on 0.0.0.0: Address already in use" puerto 5060. estaba tratando de ponerlo delante del vos`),
    no(`Consulta rapida: el servicio de mi billing web en el puerto 8443 no levanta pq el jboss antiguo sigue corriendo. Es un solo puerto, se soluciona matando el pid no?`),
    no(`che instale un squid y ahora el panel no abre, el squid se quedo con el 80? o era 3128? el apache tira address already in use igual`),
    no(`buenas, el redis del dashboard no arranca "Could not create server TCP listening socket *:6379: bind: Address already in use". hay un redis del sistema ya corriendo`),
    no(`q tal, el rtpengine de pruebas no sube por el puerto de control 2223 ya ocupado. Lo demas anda bien, solo ese puerto`),
    no(`parce el webmin se instalo solito con un update? ahora ocupa el 10000 y nuestro servicio de reportes usa ese mismo y no levanta`),
    no(`mano el mysql del vos no levanta pq cambie el my.cnf y puse port=80 por error jaja, ahora choca con apache. ya vi, me responden igual q mas revisar?`),
    no(`Hola, al dar service httpd start sale "Starting httpd: (98)Address already in use: make_sock: could not bind to address [::]:80" y despues "no listening sockets available, shutting down". Solo eso, el switch anda ok`),
  ],
  otherRegistrationCause: [
    no(`wey se desregistraron todos los fonos de la sucursal de puebla, pero cambiamos la contraseña de las cuentas ayer en el vos y no las actualizaron en los equipos. Sera eso?`),
    no(`parce los gateways goip estan unregistered desde q el ISP nos cambio la ip publica del server, ellos tienen la ip vieja cableada`),
    no(`che se cortó la luz en la oficina de rosario y los telefonos no volvieron a registrar, el router quedo reseteado de fabrica creo`),
    no(`Buenas, 40 extensiones sin registro. En el log sale "401 Unauthorized" repetido, el cliente dice q no cambio nada pero el password en el panel es otro`),
    no(`hola, nos vencio la licencia del vos3000 el fin de semana y ahora ningun gateway registra. como renovamos al toque?`),
    no(`po los yealink de un cliente se actualizaron de firmware solos y volvieron a config de fabrica, quedaron sin cuenta. Hay q reprovisionar?`),
    no(`oe causa cambiamos el dominio del sip de sip.empresa.pe a voz.empresa.pe y los anexos q apuntan al dominio viejo no registran. El DNS viejo ya no resuelve`),
    no(`hermano el cliente no pago y le suspendimos la cuenta, ahora reclama q sus fonos no registran jaja. Como lo reactivo en el panel?`),
    no(`Buenas, el internet de la sede de valencia esta caido desde la mañana (cantv), por eso los telefonos salen unregistered no? o es algo del server`),
    no(`q tal, los ata grandstream dicen "Registration failed: 403 Forbidden". Revise y la cuenta esta expirada en el vos, fecha de vencimiento ayer`),
    no(`parce el servidor de provisioning (tftp) se cayo y los telefonos nuevos no agarran config, por eso no registran. los viejos andan bien`),
    no(`che todos los fonos usan UDP, ayer cambiamos de proveedor de internet en la oficina y ahora no registran, el nuevo router tiene otra subred y el firewall del server solo tenia permitida la ip vieja`),
    no(`wey se desregistro un gateway nomas, el tecnico le cambio el usuario sip por error al configurar otra linea. ya lo vi en la config`),
    no(`Hola, nos sale en el vos "register fail: ip not allowed" para un cliente. Es q el cliente movio su gateway a otro datacenter con otra IP`),
    no(`buenas, los softphones de los agentes remotos no registran desde q les cambiamos la contraseña por seguridad. Algunos ya la pusieron y registraron, otros no`),
    no(`oye el gateway dinstar quedo sin registrar despues de q el cliente lo cambio de puerto de 5060 a 5080 sin avisar, en el vos tenemos mapeado el 5060`),
    no(`pana se fue la luz en el datacenter de caracas 2 horas, cuando volvio el server tardo y los equipos quedaron sin registro un rato. Ahora ya volvieron casi todos, normal?`),
    no(`che el cliente reseteo su router y perdio el port forward, los fonos que estan con IP fija configurada no registran. Antes andaba perfecto`),
    no(`Buenas tardes, el limite de registros de la licencia es 500 y tenemos 500 registrados, los nuevos tiran error. Hay q ampliar licencia?`),
    no(`q onda, el registro falla con "408 Request Timeout", el cliente tiene el internet super inestable, pierde paquetes todo el dia segun el ping`),
    no(`parce los fonos de bogota no registran pq el hostname del server en la config apunta a un DNS interno q dimos de baja`),
    no(`po cambiamos la mascara de red de la oficina y los telefonos quedaron con gateway mal por DHCP, no salen a internet y obvio no registran`),
    no(`hola, un cliente borro sin querer el account en el panel del vos y sus 12 anexos quedaron unregistered. Se puede recuperar o lo creo de nuevo?`),
    no(`wey la hora del server estaba mal (se desconfiguro el ntp) y el cliente dice q sus fonos con TLS no validan cert, quedaron sin registro. la hora estaba en 2019 lol`),
    no(`Buenas, desde la migracion del server a la nueva IP los gateways que tienen la IP vieja en "registrar server" no registran, los que usan dominio si`),
    no(`che el mikrotik del cliente lo cambiaron por un tp-link y ahora los fonos no registran, el tp-link tiene SIP ALG activado por defecto y reescribe todo mal. no tocamos nada en el server`),
    no(`oe los anexos muestran "auth failed" desde q el cliente cambio el nombre de usuario de la cuenta en nuestro portal. todos los demas clientes bien`),
  ],
  smallFigures: [
    no(`una pregunta q significa TIME_WAIT en el netstat? veo como 200 en el server y no se si es malo`),
    no(`parce es normal tener 2000 conexiones en time_wait con unos 20 cps? el server anda bien, solo por curiosidad`),
    no(`che como leo esto?
$ ss -s
TCP:   412 (estab 58, closed 310, orphaned 0, timewait 298)
es mucho o poco?`),
    no(`hola, en teoria conviene activar SS_TCP_CLOSE_RESET o dejarlo en Off? no tenemos ningun problema, solo queremos saber q recomiendan`),
    no(`wey cuantas conexiones time_wait es demasiado? tenemos unas 150 en horario normal, todo bien pero el jefe pregunto`),
    no(`Buenas, q diferencia hay entre cerrar con FIN y con RST en SIP por TCP? lo vi en el manual seccion 4.3.5.2 y no me quedo claro`),
    no(`po una consulta, el rango de puertos efimeros por defecto en centos 6 es 32768-61000 no? solo pa documentar`),
    no(`q tal, hacemos un health check mensual. netstat -an | grep TIME_WAIT | wc -l da 87. Algo q revisar?`),
    no(`pana tb quiero saber si tcp_tw_reuse es seguro de activar en general o solo si hay problemas, no tenemos problemas de momento`),
    no(`hola, cuantos CPS aguanta el vos3000 antes de q haya q tocar parametros de tcp? ahorita andamos en 8 cps nomas`),
    no(`che el reporte de monitoreo dice "TIME_WAIT: 540" en el server de backup, q casi no tiene trafico. Es raro o normal?`),
    no(`parce pa q sirve el parametro SS_TCP_CLOSE_RESET? lo vi en softswitch.conf y esta en Off, lo dejo asi?`),
    no(`Buenas, una duda teorica: si todos los fonos usan UDP afecta en algo el modo RST? lo pregunto antes de decidir`),
    no(`wey como veo cuantos sockets tengo abiertos si no tengo ss en el centos 5? netstat -s sirve?`),
    no(`q onda, tenemos 1200 time_wait a las 10pm con 15 cps, el cliente no reporta nada. Lo dejamos asi?`),
    no(`hola buenas, cuanto dura un socket en TIME_WAIT en linux? 60 segundos? es pa explicarle a un cliente`),
    no(`oe causa me sale esto en un server chico, ta bien?
tcp  0  0 10.0.0.5:5060  190.12.x.x:41822  TIME_WAIT
tcp  0  0 10.0.0.5:5060  190.12.x.x:41830  TIME_WAIT
son como 30 lineas asi`),
    no(`che antes de subir trafico queremos saber q valores de ip_local_port_range recomiendan, hoy estamos en 5 cps y va todo joya`),
    no(`Buenas, es verdad q activar RST puede romper cosas con NAT? no lo vamos a activar, solo queremos entender el riesgo`),
    no(`parce en el dashboard veo "estab 340, timewait 610", con unas 300 llamadas simultaneas. normal no?`),
    no(`hola, pa una auditoria: cual es el valor por defecto de SS_TCP_CLOSE_RESET y q pasa con TLS si se pone On? no lo vamos a cambiar`),
    no(`wey como se cuenta rapido el time_wait por puerto? quiero armar un script pa un grafico, el server esta tranquilo`),
    no(`po una pregunta, tcp_fin_timeout afecta al time_wait o no? lei cosas distintas en foros`),
    no(`q tal, tenemos 3 servidores, el que tiene mas TIME_WAIT anda en 900, los otros en 200. Los tres sin quejas. Vale la pena igualar la config?`),
    no(`pana es mejor netstat o ss pa revisar conexiones? en centos 7 tengo los dos`),
    no(`buenas, estamos dimensionando un server nuevo pa 30 cps, con los parametros por defecto de kernel alcanza o hay q tunear algo desde el inicio?`),
    no(`che si pongo tw_reuse en 1 ahora sin tener problemas, hay q reiniciar algo? o es al toque con sysctl -p? es solo pa saber`),
  ],
  firewallNoRst: [
    no(`wey necesito abrir el 5060 tcp y udp en el iptables del vos pa un cliente nuevo, me pasas el comando?`),
    no(`parce el fail2ban bloqueo la ip de un cliente por muchos intentos de registro fallidos, como lo desbaneo?`),
    no(`che queremos bloquear todo el trafico sip q venga de fuera de latam, se puede hacer geoblocking en el iptables?`),
    no(`hola, el router del cliente tiene SIP ALG activado y le cambia los headers, como le explico q lo apague en su fortigate?`),
    no(`Buenas, necesitamos whitelist pa la ip 200.48.x.x de un carrier nuevo en el firewall, q puertos les abro? señalizacion y rtp`),
    no(`po el cliente tiene una regla en su ASA q bloquea el 5060 saliente y sus llamadas no salen. Del lado nuestro todo bien, les digo q la abran?`),
    no(`q tal, nos estan escaneando con sipvicious desde varias ips, q rate limit recomiendan en iptables pa el 5060?`),
    no(`oye el rango rtp 10000-20000 esta abierto en el firewall? el cliente dice q tiene audio de un solo lado y quiero descartar`),
    no(`pana cerramos el puerto del panel web pa q solo entre la ip de la oficina, ahora el tecnico remoto no puede entrar. como agrego su ip?`),
    no(`Buenas, el pfsense de la oficina bloquea el acceso al panel del vos por el puerto 8080, como lo abro? los fonos funcionan bien`),
    no(`wey un cliente dice q no puede registrar y vi q el iptables tiene un DROP pa todo su rango /24, alguien lo puso por un ataque hace meses`),
    no(`parce como hago persistentes las reglas de iptables en centos 6? las puse y despues del reboot se borraron`),
    no(`che el firewall del datacenter solo permite udp 5060, el cliente quiere usar TCP, hay q pedir q abran el tcp tambien?`),
    no(`hola, queremos limitar a 20 registros por segundo por ip pa evitar fraude, con hashlimit se puede?`),
    no(`Buenas tardes, fail2ban esta baneando a nuestro propio monitoreo de nagios jaja, como lo excluyo?`),
    no(`oe causa el cliente puso un mikrotik con una regla q tira todo lo que no sea de su ip de salida, y ahora no llega el trafico de nuestro otro nodo. Como le explico q agregue la ip?`),
    no(`q onda, iptables -L muestra esto:
DROP  udp  --  anywhere  anywhere  udp dpt:sip
quien puso eso?? ninguna llamada entra por udp`),
    no(`pana necesito abrir el puerto tls 5061 pa un cliente q quiere cifrar, en iptables y en el firewall del proveedor cloud`),
    no(`hola, el security group de aws no tiene el rango rtp, por eso no hay audio no? la señalizacion si pasa`),
    no(`che el cliente tiene sophos y bloquea sip por categoria "voip" en su politica web, sus fonos no registran. Le decimos q haga una excepcion`),
    no(`wey hay como 3000 intentos de INVITE de ips de palestina y rusia en el log, los bloqueo por pais o por ip?`),
    no(`Buenas, queremos poner el vos detras de un fortigate nuevo, q reglas y q puertos necesita? todavia no lo instalamos`),
    no(`parce el firewall del carrier solo tiene autorizada nuestra ip vieja, las llamadas salientes rebotan con 403. hay q mandarles la ip nueva`),
    no(`po le activamos el rate limit a 5 paquetes por segundo en el 5060 y ahora los gateways grandes fallan en horas pico, muy bajo no?`),
    no(`q tal, como desactivo el SIP ALG en un huawei HG8245? el cliente tiene audio cortado y registros raros`),
    no(`hola, la regla de conntrack helper sip (nf_conntrack_sip) esta cargada en el server, hay q quitarla? vi q reescribe cosas`),
    no(`oye el firewall del hosting bloqueo nuestra ip por "flood udp" en la madrugada, nos cortaron 2 horas. Como hacemos q no vuelva a pasar con el proveedor?`),
  ],
  negationContext: [
    no(`wey el TIME_WAIT esta normal, unas 300, el problema es q el carrier nos rechaza con 503 desde las 6pm. no es el server`),
    no(`parce todos nuestros fonos usan UDP, asi q lo del RST no aplica. El problema es que el audio se corta cada 30 seg`),
    no(`che el RST esta en Off y nadie cambio nada en semanas, pero igual los fonos de un cliente se desregistran. Son los del password nuevo`),
    no(`Buenas, ya revisamos el firewall y no esta tirando nada, conntrack limpio. Las llamadas se caen porq el proveedor cortaba por saldo`),
    no(`hola, los fonos salieron unregistered despues del cambio de contraseña que hicimos ayer, no es NAT ni nada de eso, solo necesito resetear las claves en masa`),
    no(`po no es agotamiento de puertos, revise y tenemos mas de 40 mil puertos libres, el "address already in use" es el tomcat q no levanta en el 8080`),
    no(`q tal, leimos lo del SS_TCP_CLOSE_RESET pero no lo vamos a tocar, sigue en Off. Lo que queremos es saber por que el ASR bajo con un carrier`),
    no(`pana el fortigate no dropea RST, lo revisamos con el log abierto toda la tarde. el problema de llamadas colgadas era del carrier q no mandaba BYE`),
    no(`Buenas, nunca activamos el modo RST, y los fonos detras de NAT funcionan bien. Solo los de la sucursal nueva fallan, y esos tienen mal la clave`),
    no(`wey el netstat muestra pocas time_wait, como 100. O sea q no es eso. Las llamadas salientes fallan xq la ruta en el vos apunta a un gateway dado de baja`),
    no(`parce no hay nada de TCP, todo es UDP, el RST no tiene efecto. Los fonos se desregistran por el cambio de ip del server`),
    no(`che el iptables no tiene reglas de drop para RST ni nada, es un accept all. El problema de las llamadas q no cuelgan es el billing que tiene un bug`),
    no(`hola, no es el firewall, lo apagamos completo y el problema sigue igual: un solo cliente con llamadas sin audio. Pensamos q es su router`),
    no(`Buenas, el reporte dice "address already in use" pero es del script de backup q intenta levantar un ftp en el 21, no tiene q ver con llamadas`),
    no(`po el RST sigue desactivado, lo confirme:
grep CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="Off"
o sea q lo de los anexos es otra cosa, se vencio la cuenta del cliente`),
    no(`q onda, antes pensamos q era TIME_WAIT pero no, el server tenia el disco lleno por los logs y por eso se colgaba el softswitch. ya liberamos espacio`),
    no(`oye el conntrack esta bien, nf_conntrack_count en 3000 de 65536 max, nada raro. Los cortes a los 32 seg son de un session timer mal puesto`),
    no(`pana los fonos detras de NAT van bien, los q fallan son los de ip publica y es porq el cliente cambio de proveedor. no tocamos el RST`),
    no(`wey dejame aclarar: no tenemos problema de puertos ni de time_wait, el cps es bajo. Lo q falla es el registro de 2 gateways por password mal`),
    no(`Buenas tardes, el cliente dice q es el firewall pero revisamos y su firewall deja pasar todo, RST incluido. El problema es la calidad de su enlace, 8% de perdida`),
    no(`parce no creo q sea NAT, los fonos estan todos en la misma lan q el server, sin router en medio. se desregistraron cuando reiniciamos el switch de red`),
    no(`che olvidate del RST, ni lo activamos. El tema es q el carrier de argentina cambio de IP y no actualizamos el gateway de salida`),
    no(`hola, ya probamos con tw_reuse y no cambio nada, pero es q el time_wait era bajo igual. El problema real era la DNS del carrier q no resolvia`),
    no(`q tal, los desregistros no son por el modo de cierre TCP, nuestros fonos ni usan TCP. Es q el mikrotik reinicia solo cada 2 horas por temperatura`),
    no(`po el "cannot assign requested address" era porq pusimos en la config una ip de bind q ya no existe en la interfaz despues de la migracion, no es falta de puertos`),
    no(`Buenas, descartamos el firewall: las llamadas no colgadas eran de un gateway q no responde al BYE, en el sip trace se ve clarito`),
    no(`oye el manual habla del RST y el TIME_WAIT pero nosotros no tenemos nada de eso, el server tiene 5 cps. Las llamadas fallan con 486 busy del destino`),
  ],
  portExhaustion: [
    pe(`wey en hora pico el vos empieza a tirar "cannot assign requested address" y no salen llamadas, reinicio y jala un rato. andamos en 180 cps`),
    pe(`parce mira esto a las 8pm:
$ ss -s
TCP:   61022 (estab 1450, closed 59120, orphaned 12, timewait 58990)
y las llamadas salientes por tcp fallan todas`),
    pe(`che tenemos como 50 mil conexiones en TIME_WAIT cuando sube el trafico y el softswitch deja de abrir conexiones nuevas al carrier. De madrugada anda perfecto`),
    pe(`Buenas, en el log del softswitch sale "connect failed: Address already in use" para las salidas tcp hacia los gateways, solo en horas de mucha carga. Con pocas llamadas nada`),
    pe(`hola, cada noche a eso de las 9 se caen las salientes, netstat -an | grep TIME_WAIT | wc -l me da 32450. Reinicio el mbx3000d y vuelve todo por 1 hora`),
    pe(`po desde q subimos el trafico a 200 cps el server no aguanta, errores de bind en las conexiones salientes y miles de sockets en time_wait`),
    pe(`q onda, el monitoreo muestra q se acaban los puertos locales en pico, el rango es 32768-61000 y estan todos usados. el switch tira EADDRINUSE`),
    pe(`oye causa el cliente grande mete 250 cps por tcp y a la media hora el switch ya no conecta a nadie, "cannot assign requested address". como le hacemos`),
    pe(`pana el vos se queda sin puertos efimeros, lo vi con ss -tan state time-wait | wc -l = 28000 y subiendo. Las llamadas nuevas fallan`),
    pe(`wey otra vez, hora pico, nada sale. En el log:
tcp connect to 190.x.x.x:5060 failed (99: Cannot assign requested address)
igual q ayer, reinicio y listo pero no es solucion`),
    pe(`parce cuando pasamos los 150 cps las llamadas salientes empiezan a fallar y se ven un monton de TIME_WAIT, de una les pregunto q tunear`),
    pe(`Buenas, tenemos BindException en el conector de salida durante el pico de la tarde, al bajar el trafico se arregla solo. El server tiene 40 mil time_wait en ese momento`),
    pe(`che el server se queda sin conexiones tcp nuevas en pico, hay como 45k en time_wait. El cliente de call center nos va a matar`),
    pe(`hola, ayer y hoy a las 7pm mismo problema: el softswitch no puede abrir sockets hacia los gateways, "address already in use", y el netstat lleno de TIME_WAIT. a las 11 se normaliza`),
    pe(`q tal, el trafico de campañas de marcacion predictiva nos mete picos de 300 cps y ahi el switch no crea conexiones nuevas, reiniciar ayuda media hora nomas`),
    pe(`oe la cosa es asi: de dia todo bien, de noche con mas cps miles de time_wait, salientes fallan, en el log EADDRINUSE. Es el mismo server de siempre, nada cambio salvo el volumen`),
    pe(`pana mira:
# netstat -ant | awk '{print $6}' | sort | uniq -c
  38712 TIME_WAIT
   1320 ESTABLISHED
     14 LISTEN
en pico y ya no conecta a los carriers`),
    pe(`wey el cliente nuevo mete muchas llamadas cortas, como 220 cps, y el server se queda sin puertos. Las salientes tiran "cannot bind"`),
    pe(`Buenas tardes, el softswitch no puede establecer nuevas conexiones salientes en horas de alto trafico, creemos q es agotamiento de puertos efimeros. Hay 60k sockets en time_wait`),
    pe(`parce en el pico el switch se traba, no abre tcp nuevos, y el ss muestra timewait 52000. despues de reiniciar vuelve, pero a las 2 horas igual`),
    pe(`che el log esta lleno de "bind: Address already in use" justo cuando pasamos los 170 cps, son las conexiones a los gateways de salida, no el puerto de escucha`),
    pe(`hola, no salen llamadas a partir de las 6pm, vi "Cannot assign requested address" en el log del mbx y como 35 mil TIME_WAIT. La semana pasada subimos 2 clientes nuevos`),
    pe(`q onda, tengo el server al 30% de cpu pero no puede abrir mas conexiones, todo en time_wait, hay q ampliar el rango de puertos o algo?`),
    pe(`po el trafico subio x3 este mes y ahora en pico se agotan los puertos locales, el switch no conecta al carrier y las llamadas dan 503`),
    pe(`oye causa reinicio el mbx3000d todos los dias a las 8pm xq si no se cuelgan las salientes con address already in use. Hay miles de time_wait cuando pasa`),
    pe(`pana cada vez q el cliente de sms-voz manda su campaña (unos 280 cps) el server deja de abrir tcp, errores 99 en el log. Despues de la campaña se recupera solo en unos minutos`),
    pe(`wey necesito ayuda urgente, en pico no salen llamadas:
ss -s
Total: 64233
TCP:   63900 (estab 980, closed 62800, orphaned 3, timewait 62790)`),
    pe(`Buenas, el problema es a alta carga: el softswitch no obtiene puerto local pa conexiones salientes, EADDRINUSE, y se acumula un monton de time_wait. Con trafico bajo no pasa nunca`),
    pe(`parce el switch se queda sin puertos en horario pico desde q migramos todos los gateways a sip tcp, con udp no nos pasaba. Mil cps no, pero unos 160 si`),
    pe(`che de una: alto cps, muchisimos TIME_WAIT, no se pueden abrir conexiones nuevas, reiniciar arregla por un rato. Q le cambiamos?`),
  ],
  natUnregistered: [
    nat(`wey desde q activaron el SS_TCP_CLOSE_RESET en On los fonos de los clientes q estan detras de router se desregistran solos. Los de ip publica van bien`),
    nat(`parce ayer pusimos el modo RST pa lo del time_wait y hoy todos los anexos detras de mikrotik aparecen unregistered, que hacemos`),
    nat(`che los telefonos de las oficinas con NAT se caen del registro cada rato desde el cambio del cierre tcp a reset. Usan SIP por TCP`),
    nat(`Buenas, despues de activar RST en el softswitch.conf y dar reparse, los CPE de los clientes residenciales pierden el registro. Los gateways en el datacenter no tienen problema`),
    nat(`hola, los yealink de un cliente (todos detras de un router tp-link) pasan a unregistered desde el viernes. El viernes justo el tecnico puso SS_TCP_CLOSE_RESET="On"`),
    nat(`po los fonos detras de nat se desregistran cada 10-15 minutos, vuelven y se caen otra vez. Usan tcp. Lo unico q cambio fue el modo de cierre q paso a RST`),
    nat(`q onda, los grandstream de los clientes con router hogareño no mantienen registro por tcp desde q el switch cierra con reset. los de ip fija ni se enteran`),
    nat(`oye causa encontre esto en softswitch.conf: SS_TCP_CLOSE_RESET="On", no se quien lo cambio, y justo desde esa fecha los anexos detras de NAT se desregistran`),
    nat(`pana activamos el RST por recomendacion pa bajar el time_wait, funciono, pero ahora medio parque de fonos (los detras de mikrotik) quedo unregistered`),
    nat(`wey los softphones de los agentes q trabajan desde casa se desregistran solos, todos detras del router de su casa, sip tcp. Empezo despues del ajuste de la semana pasada en el switch (pusieron el cierre en RST)`),
    nat(`parce mira el panel: 230 registrados ayer, hoy 90. Los q faltan son todos de clientes con NAT. Ayer en la noche se activo el reset de conexiones tcp`),
    nat(`che se desregistran los ata de las casas de los abonados, los del edificio con ip publica no. Hace 2 dias cambiamos CLOSE_RESET a On, puede ser?`),
    nat(`Buenas, tenemos fonos detras de CPE huawei q pierden el registro constantemente. Sip sobre tcp. Coincide con la activacion del parametro de cierre por RST en el vos`),
    nat(`hola, al toque despues del reparse con RST activado empezaron a caerse los registros de los fonos con nat, en el log veo re-REGISTER q no llegan. los de ip publica siguen bien`),
    nat(`po los clientes pyme con router nos llaman q sus telefonos salen "no registrado". Fue justo despues de q pusimos el switch a cerrar las tcp con reset pa lo de los puertos`),
    nat(`q tal, resulta que el mikrotik de los clientes no se lleva bien con el RST: desde q lo activamos los anexos detras de el se caen. como lo arreglamos sin perder lo del time_wait?`),
    nat(`oye tenemos dos grupos de fonos: los de ip publica (bien) y los de nat (unregistered todo el dia). Todos por tcp. Lo ultimo q hicimos fue SS_TCP_CLOSE_RESET en On`),
    nat(`pana el cliente dice q sus 20 extensiones se desregistran cada poco, estan detras de un fortigate haciendo NAT. De nuestro lado activamos RST la semana pasada`),
    nat(`wey el tunning de ayer (tw_reuse, rango de puertos y RST en on) arreglo el pico pero ahora los fonos de nat no registran por tcp. hay q deshacer algo?`),
    nat(`parce en el log de registro:
REGISTER from 181.x.x.x:51234 (nat) expired, endpoint unregistered
se repite con todos los q estan detras de router desde q prendimos el reset`),
    nat(`che los equipos de los clientes de fibra (todos con nat del isp) se caen del registro por tcp. Paso despues de la ventana de mantenimiento donde cambiaron SS_TCP_CLOSE_RESET`),
    nat(`Buenas, los telefonos remotos tras NAT pierden el registro y no lo recuperan hasta reiniciar el fono. Los locales no. El unico cambio reciente fue poner el cierre TCP en modo RST`),
    nat(`hola, activamos el RST mode el martes. Desde el martes los anexos tras router se ven unregistered en el panel, y el cliente se queja q no le entran llamadas`),
    nat(`po los fonos de nat registran y a los minutos se caen, parece q el router pierde la sesion tcp cuando el switch manda reset. Antes con FIN nunca pasaba`),
    nat(`q onda, la mitad de las extensiones estan unregistered: todas detras de NAT, todas por tcp. Los gateways con ip publica bien. Hace 3 dias alguien activo el reset en softswitch.conf`),
    nat(`oye causa los cpe de los clientes (ubiquiti con nat) no mantienen el registro desde q el switch cierra las tcp con RST, se caen y vuelven`),
    nat(`pana despues del cambio a SS_TCP_CLOSE_RESET="On" los fonos con nat no pueden volver a registrar cuando el server les corta la conexion, el router queda con la sesion vieja`),
    nat(`wey el cliente de la clinica tiene 35 anexos tras un mikrotik y todos unregistered desde q prendimos el RST. Le dije q reinicie el router y volvieron 10 min nomas`),
    nat(`parce nos paso algo raro: arreglamos el time_wait activando reset y ahora los fonos de los clientes residenciales no quedan registrados. todos detras de modem del isp, sip tcp`),
    nat(`che hoy a la mañana los fonos detras de nat amanecieron sin registro. Anoche se aplico el cambio de cierre tcp a RST y reparse. Los de ip publica no tienen drama`),
  ],
  firewallRst: [
    fw(`wey desde q activamos el RST las llamadas no cuelgan, quedan pegadas en el panel horas. Tenemos un fortigate delante del server`),
    fw(`parce el iptables del server muestra drops de paquetes con flag RST en el 5060 tcp desde q prendimos SS_TCP_CLOSE_RESET, y las llamadas fallan`),
    fw(`che el ASA del datacenter esta tirando los RST q manda el softswitch, en su log sale "Deny TCP (no connection) ... flags RST". Empezo cuando cambiamos el modo de cierre`),
    fw(`Buenas, despues de poner el cierre tcp en RST tenemos sesiones colgadas y llamadas q no terminan. El conntrack tiene un monton de entradas q no se borran`),
    fw(`hola, el pfsense esta bloqueando los reset tcp del vos, veo en el log "TCP:R" bloqueados. Empezo al activar el RST y ahora las llamadas se cortan raro`),
    fw(`po las llamadas fallan desde q activamos el RST mode. Revisamos y el firewall stateful (fortigate) los descarta como "out of state"`),
    fw(`q onda, tras activar SS_TCP_CLOSE_RESET las llamadas quedan abiertas y el cliente paga minutos de mas. El firewall de borde no deja pasar los RST, lo vi en tcpdump`),
    fw(`oye causa mira el log del iptables:
IN=eth0 OUT= SRC=10.1.1.5 DST=200.x.x.x PROTO=TCP SPT=5060 DPT=48122 RST URGP=0 DROP
salen miles asi desde q prendimos el reset en el switch`),
    fw(`pana el conntrack se llena de entradas ESTABLISHED q nunca cierran y las llamadas nuevas fallan. Empezo al toque despues de activar RST en softswitch.conf`),
    fw(`wey el fortigate tira "tcp-rst-from-server" como session close pero igual bloquea, las llamadas no cuelgan bien. desde el cambio de modo de cierre`),
    fw(`parce tenemos un firewall checkpoint adelante y desde q el vos cierra con reset hay sesiones fantasma, llamadas que siguen activas cuando el cliente ya colgo`),
    fw(`che las llamadas por tcp empezaron a fallar ayer, justo cuando pusimos SS_TCP_CLOSE_RESET="On". En el firewall veo RST descartados. Las de udp van bien`),
    fw(`Buenas, el equipo de seguridad nos dice q su firewall stateful esta dropeando paquetes RST invalidos q vienen del softswitch. Coincide con cuando activamos el modo reset`),
    fw(`hola, sesiones tcp trabadas en el firewall despues del cambio a RST, el cliente dice q las llamadas no se cortan y hay q colgarlas a mano del panel`),
    fw(`po mira:
cat /proc/sys/net/netfilter/nf_conntrack_count
64980
y el max es 65536. se llena desde q el reset esta prendido, los RST no limpian las entradas y ahi se empiezan a caer llamadas`),
    fw(`q tal, al activar el RST en el softswitch las llamadas empezaron a fallar al colgar. El sonicwall del cliente descarta los reset, lo vimos en su log`),
    fw(`oye el tcpdump en el server muestra q mandamos el RST pero del otro lado del firewall nunca llega. Las llamadas no terminan. Todo empezo con SS_TCP_CLOSE_RESET en On`),
    fw(`pana tenemos un iptables con la regla "-m state --state INVALID -j DROP" y parece q se esta comiendo los RST del switch desde q activamos el modo reset. llamadas colgadas por todos lados`),
    fw(`wey desde el cambio a RST las llamadas con un carrier q tiene firewall ASA quedan abiertas del lado de ellos, y nos facturan minutos de mas`),
    fw(`parce el palo alto del cliente marca los RST como "tcp-rst-from-client aged-out" y no cierra las sesiones. El problema empezo cuando prendimos el reset en nuestro vos`),
    fw(`che las llamadas se cuelgan mal y en el conntrack -L veo muchas conexiones del 5060 en ESTABLISHED q ya no existen. Activamos RST hace 2 dias`),
    fw(`Buenas, despues de activar el modo RST en el softswitch el firewall del borde empezo a registrar "TCP packet dropped: RST out of window". Llamadas fallidas desde entonces`),
    fw(`hola, las llamadas q van por tcp no finalizan bien desde ayer. El firewall pfsense esta en medio y tiene drops de RST en el log, ayer se puso SS_TCP_CLOSE_RESET="On"`),
    fw(`po creo q el firewall no se banca el reset: desde q lo activamos hay sesiones q quedan vivas, llamadas q no cuelgan y el cdr marca duraciones eternas`),
    fw(`q onda, el noc dice q el fortigate descarta los RST sin sesion y por eso las llamadas se quedan colgadas. Esto empezo con la activacion del cierre por reset en el vos`),
    fw(`oye causa tras el cambio del parametro de cierre tcp a RST, el firewall stateful no actualiza el estado y las llamadas siguientes fallan con timeout. Antes andaba todo`),
    fw(`pana mira el log del asa:
%ASA-6-106015: Deny TCP (no connection) from 10.0.0.5/5060 to 181.x.x.x/39011 flags RST on interface inside
y llamadas q no terminan. Empezo con el RST on`),
    fw(`wey el firewall se come los RST y las llamadas quedan en el panel como activas, hay q matarlas a mano. El unico cambio fue el modo reset del switch`),
    fw(`parce el cliente tiene un firewall stateful y desde q el vos cierra con RST sus llamadas fallan, en el debug del firewall salen los reset descartados`),
    fw(`che activamos SS_TCP_CLOSE_RESET pa bajar el time_wait y ahora las llamadas via el firewall del datacenter quedan colgadas. Los drops de RST se ven en iptables -nvL, el contador sube sin parar`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning53Set: readonly EvalItem[] = Object.values(tuning53Families).flat();
