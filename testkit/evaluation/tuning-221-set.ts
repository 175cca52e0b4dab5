import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * VOS3000 operators and resellers in Mexico, Colombia, Peru, Venezuela, Argentina, Chile, Ecuador, the Dominican
 * Republic and Spain writing to their provider's support on WhatsApp: mostly Latin-script Spanish with regional slang
 * (wey, parce, che and voseo, weon/cachai, pana, klk, tío), Spanglish and some plain English, often without accents or
 * punctuation. Figures appear as 30 mil, 28.000, 30k or 28 000. Messages range from one-liners to voice-note
 * transcripts, forwards from their own customers and staff, and pasted netstat, ss, tcpdump, firewall and softswitch
 * logs.
 *
 * The two-hundred-and-twenty-first tuning split, written as the two-hundred-and-twenty-first never-tuned evaluation set
 * because Spanish-speaking wholesalers from Madrid to Santiago write in their own slang, often without accents or
 * punctuation. Five negative families of 27 (one service that cannot bind its own port, registration lost for another
 * reason, small figures and questions, firewall work without dropped RST, playbook words denied or explained) and three
 * positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping
 * RST). Written before the seventy-fifth round of rules by someone who had read only the playbooks' symptoms and the
 * domain notes, without the matcher, its rules or the other sets in view; measured as such before and after the
 * seventy-fifth round, then made tuning material for the seventy-sixth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 92.2 %, negatives confident 2.2 %, confident wrong 0 % with the
 * rules of the seventy-fourth round, before the seventy-fifth.
 * After the seventy-fifth round: the same.
 * After the seventy-sixth round, tuned on: in scope 97.8 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning221Families = {
  oneListeningPort: [
    no(`buenas, reiniciamos el servidor y el tomcat del portal web del vos no levanta, dice java.net.BindException: Address already in use: JVM_Bind 8080. que hago`),
    no(`wey el mbx3000d no arranca, en el log sale "bind 0.0.0.0:5060 failed: address already in use". creo q dejaron corriendo un asterisk de prueba en el mismo server`),
    no(`parce instale un nginx pa la pagina de la empresa en el mismo vps del vos y ahora el portal no abre, nginx dice bind() to 0.0.0.0:80 failed (98: Address already in use)`),
    no(`quisimos montar grafana para monitorear el vos en la misma maquina y sale esto:
docker: Error response from daemon: driver failed programming external connectivity on endpoint grafana (3f2a...): Bind for 0.0.0.0:3000 failed: port is already allocated.`),
    no(`el mysql no sube despues del corte de luz, en /var/log/mysqld.log:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
sin mysql no hay cdr, ayuda`),
    no(`Che, cambié el puerto del ssh a 2222 y ahora sshd no arranca: "error: Bind to port 2222 on 0.0.0.0 failed: Address already in use." ¿Hay otra cosa escuchando ahí? Es el server del VOS.`),
    no(`redis-server no levanta en el server de reportes: Could not create server TCP listening socket *:6379: bind: Address already in use`),
    no(`Tío, hemos arrancado una segunda instancia del softswitch para pruebas en la misma máquina y la segunda no arranca, dice que el 5060 está ocupado. La primera va perfecta, llamadas normales.`),
    no(`mi developer esta probando la API del vos en su laptop con un node y le sale "Error: listen EADDRINUSE: address already in use :::3000", eso es del switch o de su compu?`),
    no(`[root@vos ~]# netstat -tulpn | grep 5060
udp        0      0 0.0.0.0:5060       0.0.0.0:*        2231/kamailio
el mbx3000d no inicia, dice puerto ocupado. quien instalo kamailio aqui??`),
    no(`bro the vos web portal is not starting, httpd says (98)Address already in use: make_sock: could not bind to address 0.0.0.0:80 ... instalamos cpanel ayer lol`),
    no(`[nota de voz transcrita] hola ingeniero mire le cuento que reiniciamos el servidor y el servicio del vos no quiere levantar me sale que el puerto cinco cero seis cero ya esta en uso y no se que programa es porque nosotros no instalamos nada mas, me puede ayudar a ver que lo tiene agarrado`),
    no(`Reenviado: "Jefe el tomcat del vos3000 se cae al iniciar, catalina.out dice Address already in use <null>:8080 y despues se apaga" — me lo mando el tecnico, me ayudan?`),
    no(`tenemos un programita en java que lee los CDR del vos y expone un servicio en el 9090, al reiniciarlo tira java.net.BindException: Address already in use (Bind failed). creo que el proceso viejo sigue vivo`),
    no(`# ss -ltnp | grep :8080
LISTEN 0 100 *:8080 *:* users:(("java",pid=1432,fd=45))
y el tomcat nuevo no sube porque dice que esta ocupado. hay dos tomcat corriendo o q`),
    no(`oye weon el portal del vos no carga, el servicio web no parte, tira "puerto 8080 ya en uso"... sera el zabbix que instalaron? no cacho`),
    no(`che, fijate que el mbx3000d no levanta después de la actualización, el log dice que no puede bindear el 5060 porque ya lo tiene otro proceso. ¿Vos sabés si el instalador deja corriendo el binario viejo?`),
    no(`pana el webserver del vos no arranca, se quedo pegado un proceso java viejo agarrando el 8080, le di kill y nada, sigue diciendo address already in use`),
    no(`klk mi hermano, el freeswitch que pusimos pa la IVR no levanta porque el vos ta usando el 5060, como le cambio el puerto al freeswitch?`),
    no(`Buenas tardes. Al instalar el agente de monitorización en el servidor del VOS nos da error de que el puerto 10050 ya está en uso. ¿Sabéis si el VOS usa ese puerto para algo?`),
    no(`causa el postgres del sistema de facturacion q tenemos en el mismo server no inicia: could not bind IPv4 address "0.0.0.0": Address already in use, puerto 5432. eso afecta al vos?`),
    no(`buenos dias, levantamos dos contenedores docker con la misma config de sip y el segundo no sube: Bind for 0.0.0.0:5060 failed: port is already allocated. el primero funciona bien`),
    no(`on our dev server the sip proxy fails with "bind: address already in use" on 5061 TLS, the vos in prod is fine, solo es el dev, any idea what grabs 5061?`),
    no(`q proceso usa el puerto 8080 en el vos? quiero poner otro servicio ahi y choca`),
    no(`YA VAN 2 HORAS SIN PORTAL!!! el tomcat dice address already in use y ustedes no contestan, que servicio es este`),
    no(`reinicie el tomcat del portal y no sube por "Address already in use" en el 8080, en netstat solo veo 3 conexiones en TIME_WAIT a ese puerto y un java viejo en LISTEN`),
    no(`creo que corri service mbx3000d start dos veces, el segundo dice "cannot bind 5060, already in use" pero las llamadas van normales. es grave?`),
  ],
  otherRegistrationCause: [
    no(`los telefonos de la oficina salen unregistered desde que cambiamos la clave de las cuentas en el vos, en el log sale 401 Unauthorized`),
    no(`wey se fue la luz en la sucursal y ahora ningun yealink registra, ya reinicie el router y nada`),
    no(`parce cambiamos la ip publica del servidor y los goip siguen apuntando a la vieja, por eso no registran cierto?`),
    no(`las extensiones salen no registradas y en el cliente del vos sale aviso de licencia expirada, a quien le pago la renovacion?`),
    no(`pusimos un mikrotik nuevo en la oficina y los telefonos (van por UDP) dejaron de registrar, lei que puede ser el SIP ALG, como lo apago?`),
    no(`los clientes con zoiper en android se desregistran a cada rato, sobre todo con la pantalla apagada. en ajustes tienen el ahorro de bateria activado`),
    no(`el gateway no registra, esto sale en la consola:
REGISTER sip:sip.voxtel.net SIP/2.0 ...
SIP/2.0 403 Forbidden
la cuenta es nueva, la crearon ayer`),
    no(`cambiamos el dominio sip de la empresa a otro servidor y los telefonos que tenian el dominio viejo configurado ya no registran`),
    no(`un empleado borro unas cuentas de telefono en el vos por error y ahora esos 15 telefonos salen unregistered, se pueden recuperar?`),
    no(`hay caida de claro en la zona, los telefonos estan sin registro, es de ustedes o del isp?`),
    no(`un solo telefono no registra, los demas bien. ya le cambie el cable y nada, la lucecita del puerto no prende`),
    no(`los softphones de las laptops se caen cuando el wifi se pone lento, los que van por cable andan bien`),
    no(`el cliente dice que su cuenta no registra, revise y la cuenta vencio el 30 y no renovo saldo. le digo que pague?`),
    no(`Hola, tras cambiar la contraseña del usuario 2001 el teléfono Grandstream sigue intentando con la antigua y da 401. ¿Cómo fuerzo el reaprovisionamiento?`),
    no(`Che, los teléfonos de la sucursal Rosario quedaron unregistered desde el corte de internet de esta mañana. Ya volvió internet pero siguen sin registrar, ¿los tengo que reiniciar uno por uno?`),
    no(`cachai que los dinstar no registran desde que cambiamos el puerto del vos de 5060 a 5080 pa evitar los escaneos? en los gateways sigue el 5060`),
    no(`me sale esto en el log del vos para el 3005:
REGISTER from 186.4.x.x user=3005 auth failed: password error
y el cliente jura que puso bien la clave`),
    no(`los inalambricos DECT se desregistran, la base se apaga sola cada rato, creo que es el adaptador de corriente`),
    no(`Buenas, los telefonos del call center aparecen desregistrados, el proveedor de internet nos cambio el modem y la mitad de los puestos no tiene internet`),
    no(`pana con los cortes de luz aqui en maracaibo los ATA se quedan sin registrar hasta que alguien los desconecta y conecta, se puede hacer algo?`),
    no(`los telefonos por TCP no registran desde que migramos el vos a la IP nueva, y los de UDP tampoco. en los telefonos sigue la ip vieja`),
    no(`los telefonos de casa de los agentes (detras de NAT) dan 401 desde el lunes. el lunes cambiamos todas las claves por seguridad pero no les pasamos las nuevas a todos`),
    no(`Mensaje reenviado de mi cliente: "no me registra la linea, sale 'registration failed 404 not found'" — esa cuenta la dimos de baja por falta de pago, solo confirmen`),
    no(`the softphone shows "registration failed, timeout" pero el cliente no tiene internet, solo datos moviles sin saldo jaja`),
    no(`tengo 500 telefonos pero solo registran 300, creo que la licencia del vos es de 300 registros, como la subo?`),
    no(`los telefonos con TLS dejaron de registrar hoy en la mañana, el certificado del servidor vencio ayer. nadie lo renovo`),
    no(`buenas, cnt cambio el router por uno nuevo y los telefonos que van por udp ya no registran, el tecnico de cnt dice que el router trae SIP ALG activado. en el switch no tocamos nada, ni rst ni nada`),
  ],
  smallFigures: [
    no(`hola, que es exactamente TIME_WAIT? veo como 300 en el servidor y quiero saber si es malo`),
    no(`# ss -s
Total: 412 (kernel 530)
TCP:   187 (estab 62, closed 98, orphaned 0, synrecv 0, timewait 95/0), ports 0
es normal esto? el server anda bien, solo revisando`),
    no(`conviene activar tcp_tw_reuse en el vos? no tenemos problemas, solo lei en un foro que ayuda`),
    no(`que hace el parametro SS_TCP_CLOSE_RESET? lo vi en el softswitch.conf y no encuentro documentacion`),
    no(`es normal tener 400 time_wait? trafico bajo, unas 20 llamadas simultaneas`),
    no(`wey cuantos TIME_WAIT son demasiados? ahorita en hora pico tengo 1.200 y todo jala bien`),
    no(`el ip_local_port_range por defecto es 32768 60999, con eso alcanza para 150 llamadas concurrentes por tcp?`),
    no(`netstat -ant | grep TIME_WAIT | wc -l da 57. es para el informe mensual, todo ok?`),
    no(`Che, ¿cuál es la diferencia entre cerrar con FIN y con RST en TCP? Me lo preguntó un cliente y no le supe explicar.`),
    no(`parce en el monitoreo salen 2 mil time_wait a las 11am y bajan solitos, las llamadas no fallan. lo dejamos asi?`),
    no(`Buenas, estamos haciendo una auditoría: ¿recomendáis tcp_tw_recycle? El kernel es el de CentOS 6.`),
    no(`cuantos puertos efimeros trae linux por defecto? es para dimensionar, ahora movemos unas 30 cps`),
    no(`Tío, una duda teórica, ¿por qué los sockets se quedan 60 segundos en TIME_WAIT? No hay ningún problema, es curiosidad.`),
    no(`oye tengo 80 conexiones TIME_WAIT y 40 ESTABLISHED en el vos de pruebas, normal po?`),
    no(`los sockets en CLOSE_WAIT son lo mismo que TIME_WAIT? tengo como 12 de cada uno`),
    no(`ingeniero una consulta, el ss -s me marca timewait 230, el mes pasado tenia 180, subio un poco el trafico, hay que preocuparse?`),
    no(`pana en que casos recomiendan poner SS_TCP_CLOSE_RESET en On? manejamos poquito trafico por tcp, casi todo udp`),
    no(`mi pana el grafana me muestra que los time_wait suben a 600 en la tarde, lo normal de cuantos es?`),
    no(`que significa "orphaned" en el ss -s? tengo orphaned 3`),
    no(`quick question, is it safe to lower tcp_fin_timeout to 30? we have like 500 timewait max, no issues at all`),
    no(`¿Vos me podés explicar qué pasa si subo el ip_local_port_range a 1024-65535? No tenemos ningún quilombo, es preventivo.`),
    no(`[audio transcrito] ey buenas mira una pregunta rapida nada urgente eh, el tecnico nuevo vio unos doscientos y pico time wait en el server y se asusto, yo le dije que eso es normal pero queria confirmar con ustedes, gracias`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     35 ESTABLISHED
    142 TIME_WAIT
     14 LISTEN
chequeo semanal, alguna recomendacion?`),
    no(`el net.ipv4.tcp_max_tw_buckets esta en 180000 y tengo 90 timewait, lo bajo o lo dejo asi?`),
    no(`que ventaja tiene cerrar con RST vs FIN en SIP sobre TCP? estamos estudiando para una certificacion`),
    no(`buenas, pregunta de capacidad: con 8 cores y 16GB cuantas CPS aguanta el vos por TCP antes de quedarse sin puertos? hoy hacemos 15 cps y sobra`),
    no(`time_wait: 28. estab: 40. todo verde en el nagios, solo reporto como nos pidieron`),
  ],
  firewallNoRst: [
    no(`necesito abrir el 5060 udp en el fortigate para un carrier nuevo, me pasan sus ips?`),
    no(`pueden whitelistear mi ip 190.12.45.8 en el firewall del vos? no puedo entrar al portal`),
    no(`el fail2ban me bloqueo mi propia ip por poner mal la clave del ssh, como me desbaneo`),
    no(`wey como apago el SIP ALG en un mikrotik? el carrier me lo pide`),
    no(`queremos bloquear todo el trafico sip que no venga de mexico, colombia y usa, geo-blocking en pfsense, tienen alguna guia?`),
    no(`parce el carrier nuevo manda el audio desde un rango 45.x.x.0/24, hay que agregar regla en iptables para el RTP 10000-20000?`),
    no(`me salen un monton de estos en /var/log/messages:
kernel: IPTABLES-DROP IN=eth0 OUT= SRC=185.53.88.12 DST=38.x.x.x PROTO=UDP SPT=5072 DPT=5060
son ataques? los bloqueo del todo?`),
    no(`como pongo un rate limit de REGISTER por ip en el firewall? tenemos fuerza bruta desde un rango raro`),
    no(`quiero entrar al portal web desde afuera, el vos esta detras de un router, a que puerto le hago port forwarding? al 8080?`),
    no(`Buenos días, el departamento de seguridad nos pide cerrar todos los puertos salvo los imprescindibles. ¿Qué puertos usa exactamente el VOS3000?`),
    no(`oye agregamos al proveedor nuevo en el asa pero las llamadas entrantes no llegan, el log dice "Deny udp src outside:200.x.x.x/5060 dst inside:10.1.1.5/5060 by access-group" que regla falta?`),
    no(`Che, ¿el VOS necesita TCP 5060 abierto o alcanza con UDP? Estamos armando las reglas del pfSense nuevo.`),
    no(`el sonicwall tiene "consistent NAT" y "enable SIP transformations" activados, los desactivo? estamos configurando desde cero`),
    no(`en aws el security group tiene el 5060 abierto solo a la ip de mi oficina, tengo que agregar las ips de los clientes una por una?`),
    no(`pana el firewall del datacenter bloquea el rango del carrier de colombia, que puertos les pido que abran?`),
    no(`oye el fail2ban ta baneando a un cliente bueno que tiene como 50 telefonos detras de una sola ip, como lo meto en ignoreip`),
    no(`# tcpdump -ni eth0 tcp port 5060 and host 200.48.x.x
10:11:02.101 IP 38.x.x.x.40211 > 200.48.x.x.5060: Flags [S], seq 1234, win 29200
10:11:03.102 IP 38.x.x.x.40211 > 200.48.x.x.5060: Flags [S], seq 1234, win 29200
10:11:05.106 IP 38.x.x.x.40211 > 200.48.x.x.5060: Flags [S], seq 1234, win 29200
el carrier nuevo no contesta nada por tcp, ellos dicen que tienen que abrir nuestra ip en su firewall. es eso no?`),
    no(`una consulta, para el portal web con https que puerto abro en el firewall de la nube, 443 o 8443?`),
    no(`hay q crear regla nueva en el fortigate para el carrier de telefonica, nos dieron ips 200.107.x.x, es tcp o udp 5060?`),
    no(`we need to restrict ssh to VPN only on the vos box, can you share iptables rules that dont break sip?`),
    no(`en el fortigate borramos el session-helper de sip como dice la guia, hay que desactivar tambien el voip profile en la politica?`),
    no(`firewalld o iptables en centos 7 para el vos? cual recomiendan`),
    no(`los del noc quieren meter un WAF delante del portal web del vos, hay algun problema con eso?`),
    no(`se puede limitar a 30 llamadas simultaneas por ip desde el firewall o eso se configura en el vos?`),
    no(`Llevamos una semana esperando a que abráis el rango RTP para nuestra IP nueva. ¿Para cuándo?`),
    no(`parce el firewall nos marca "possible SIP scanner" de la ip 45.95.147.x, la baneo permanente?`),
    no(`el carrier nuevo no conecta por tcp, veo esto en el pfsense:
Mar 12 10:14:02 pfsense filterlog: 88,,,1000000103,igb0,match,block,in,4,0x0,,52,0,0,DF,6,tcp,60,181.x.x.x,38.x.x.x,40522,5060,0,S,123456,,64240
no tengo regla para su ip todavia, cual pongo?`),
  ],
  negationContext: [
    no(`solo usamos UDP en todo el switch, asi que lo del RST no nos aplica verdad? pregunto porque lo vi en su newsletter`),
    no(`el RST esta en Off, nunca lo activamos, lo confirme en el softswitch.conf: SS_TCP_CLOSE_RESET="Off". los telefonos detras del mikrotik registran bien, solo queria confirmar que no hay que tocar nada`),
    no(`Para el registro: lo de los TIME_WAIT de la semana pasada quedó resuelto con el ajuste que hicieron, hoy en pico 300 y cero errores. Gracias!`),
    no(`si prendemos el modo RST para bajar los time_wait, se nos van a caer los telefonos con NAT? todavia no lo hemos hecho, es para planear el cambio`),
    no(`los telefonos salen unregistered pero fue justo despues del cambio de contraseña, ya se que es eso, solo avisaba`),
    no(`nadie cambio nada en el switch, ni RST ni nada, y el firewall tampoco. el problema era un cable del rack, ya quedo`),
    no(`en el laboratorio activamos SS_TCP_CLOSE_RESET en On para probar y el pfsense del lab mostro RSTs bloqueados, pero en produccion no lo vamos a activar. solo comparto`),
    no(`pregunta de capacitacion: si un cliente dice que tiene 30 mil TIME_WAIT, que le recomiendan revisar primero? es para el manual interno`),
    no(`un compañero me conto que hace años en otra empresa tuvieron lio con un fortigate que tiraba los RST del softswitch. nosotros ni tenemos fortigate, curiosidad nomas`),
    no(`la alarma de "address already in use" que les mande ayer fue falsa, era el script de monitoreo mal hecho. ignoren porfa`),
    no(`el otro servidor (no el de ustedes, uno de un cliente con asterisk) tiene 40k time_wait, ustedes dan soporte a eso?`),
    no(`Che, falsa alarma lo de los teléfonos desregistrados detrás del NAT, era que el pibe desenchufó el router. Con el RST no tiene nada que ver, lo tenemos apagado.`),
    no(`Os escribo solo para dejar constancia: ayer volvimos a poner el RST en Off tras lo de los teléfonos con NAT y desde entonces todo registra bien. No hace falta hacer nada.`),
    no(`no tenemos problemas de puertos, bind ok, time_wait bajo. el cliente insiste en que es el switch pero sus llamadas fallan porque no tiene saldo`),
    no(`un cliente pregunta si puede activar el RST mode, tiene todo por UDP. le digo que no tiene efecto?`),
    no(`examen: "que efecto tiene SS_TCP_CLOSE_RESET=On sobre conexiones TLS?" ayuda pls jaja`),
    no(`[nota de voz] hola que tal mira te comento que lo del firewall que dropeaba los reset ya lo arreglamos nosotros ayer, pusimos la regla que nos dijeron y todo bien, era para que cierren el ticket nada mas`),
    no(`oye en la reunion el gerente pregunto si nos puede pasar lo del agotamiento de puertos, le dije que no porque hacemos 20 cps y el time_wait anda en 500. tengo razon o no?`),
    no(`tenemos dos vos, el viejo que ya apagamos era el que tenia el problema de los telefonos nat con rst. el nuevo anda perfecto. cerramos el caso`),
    no(`parce, consulta hipotetica: si el asa dropea los RST, las llamadas quedan colgadas o se cortan? no lo tenemos activo, es pa decidir si lo prendemos`),
    no(`wey no es el firewall, lo deshabilite completo para probar y sigue igual, y el RST nunca lo prendimos. las llamadas fallan porque el carrier nos dio de baja la ruta`),
    no(`buenas, el EADDRINUSE que veiamos era en el servidor de desarrollo de la app movil, no en el vos. perdon por la confusion`),
    no(`pana le reenvio lo que me dijo el tecnico: "los telefonos nat salen unregistered pero es porque ayer les cambiamos el password a todos" o sea no es lo del rst que hablamos`),
    no(`ta to bien ya, los 30 mil time_wait eran de antes del ajuste del sysctl que nos hicieron el mes pasado, ahora no pasa de 800. solo pa que sepan`),
    no(`FYI the firewall RST drops you saw in our ticket were from the staging box, prod has RST off and no issues`),
    no(`antes de cambiar nada: si ponemos el RST en off otra vez, vuelve el problema de puertos? ahora mismo esta todo estable, es solo pregunta`),
    no(`el sipp que corrimos en el lab dio "cannot assign requested address" a 500 cps, pero es la maquina del sipp la que se quedo sin puertos, no el vos. normal no?`),
  ],
  portExhaustion: [
    pe(`wey en hora pico el vos no puede abrir conexiones tcp a los carriers, en el log sale "cannot assign requested address" y ss -s marca timewait 29876. si reinicio se arregla pero en la tarde vuelve`),
    pe(`# ss -s
Total: 31244 (kernel 31502)
TCP:   30987 (estab 612, closed 30201, orphaned 3, synrecv 0, timewait 30198/0), ports 0
a las 7pm las llamadas por tcp empiezan a fallar, ayuda`),
    pe(`parce tenemos 28.000 sockets en TIME_WAIT y las llamadas salientes al carrier por tcp se caen en el pico, de noche todo normal`),
    pe(`el log del softswitch esta lleno de esto en la tarde: connect to 201.x.x.x:5060 failed: EADDRINUSE. en la madrugada nada. el servidor tiene miles de conexiones cerrandose`),
    pe(`Che, desde que subimos a 200 cps el switch empieza a tirar "address already in use" cuando abre conexiones nuevas a los proveedores. El netstat muestra como 30 mil en TIME_WAIT. Reiniciamos y anda un rato. ¿Qué onda?`),
    pe(`Buenas, cada día sobre las 20h el VOS deja de poder conectar por TCP con los operadores. netstat -ant | grep TIME_WAIT | wc -l da unos 32 000. A las 2 de la mañana baja solo y vuelve a funcionar.`),
    pe(`weon el vos se queda sin puertos, tiene como 30k time wait y no sale ninguna llamada nueva por tcp en el peak`),
    pe(`guys urgent, outbound TCP legs failing at peak with "Cannot assign requested address", like 27k sockets in TIME_WAIT, restart fixes it for 1 hour`),
    pe(`[nota de voz transcrita] ingeniero buenas noches, mire otra vez lo mismo de ayer, ahorita en el pico las llamadas no salen, el tecnico dice que hay como treinta mil conexiones en time wait y que el servidor no puede abrir mas, ya reiniciamos dos veces hoy, por favor ayudenos`),
    pe(`causa otra vez el switch, a las 9am empieza "bind failed: address already in use" en las conexiones salientes tcp a los carriers, timewait arriba de 25 mil. ya van 3 dias seguidos`),
    pe(`buenas tardes, el servidor vos en horas pico no establece nuevas conexiones tcp con el proveedor, ss muestra 28 mil time_wait, ip_local_port_range esta en 32768 60999, que ajustamos?`),
    pe(`klk, el switch ta loco otra vez, cuando se pone el trafico alto las llamadas tcp no conectan y tengo 31 mil time_wait, de madrugada ta normal`),
    pe(`pana urgente, los carriers por TCP dejan de conectar cuando pasamos de 150 cps. netstat -ant | grep -c TIME_WAIT = 29543. Se pone bien cuando baja el trafico`),
    pe(`esto desde las 7, todas las rutas tcp:
2024-05-14 19:02:11 [SIP] tcp connect 190.85.x.x:5060 failed errno=99 (Cannot assign requested address)
2024-05-14 19:02:11 [SIP] tcp connect 200.41.x.x:5060 failed errno=99 (Cannot assign requested address)
2024-05-14 19:02:12 [SIP] tcp connect 190.85.x.x:5060 failed errno=99 (Cannot assign requested address)
y el time_wait en 30 mil y pico`),
    pe(`OTRA VEZ SE CAYO TODO EN EL PICO!!! 30 mil time_wait, address already in use, reiniciamos y a la hora lo mismo, quiero una solucion YA`),
    pe(`30k time_wait y no salen llamadas tcp, ayuda`),
    pe(`Reenviado del NOC: "Alerta: vos-bog-01 TIME_WAIT=33.120, fallos de conexion TCP a carriers 18% desde 20:05". Que hacemos?`),
    pe(`Hola equipo, os cuento: tenemos un VOS3000 en CentOS 7 con unos 250 CPS en hora punta, casi todo SIP sobre TCP hacia tres operadores. Desde la semana pasada, entre las 18 y las 21h, las llamadas nuevas fallan con errores de socket; en el log del softswitch aparece EADDRINUSE al conectar con los operadores y ss -s marca timewait 30412. Reiniciando el mbx3000d se recupera un rato. Por la noche, nada.`),
    pe(`el switch se queda out of ephemeral ports en el peak, todo en TIME_WAIT (como 28k), y las nuevas sesiones tcp con el carrier no abren`),
    pe(`# netstat -ant | awk '{print $6}' | sort | uniq -c | sort -rn
  28764 TIME_WAIT
    845 ESTABLISHED
     12 LISTEN
esto en hora pico, las llamadas tcp salientes fallan con address already in use`),
    pe(`cachai por que en el peak el switch no puede abrir mas sockets hacia los carriers? tira cannot assign requested address todo el rato. en la noche baja el trafico y funciona`),
    pe(`Nos pasa todas las tardes: el VOS no puede conectar con el carrier por TCP, error "Address already in use". El netstat da 26 mil y pico en TIME_WAIT. Después de las 22 se normaliza solo.`),
    pe(`señores ya es la tercera vez esta semana, trafico alto = llamadas tcp que no conectan, el tecnico ve miles y miles de time_wait (28 000 aprox) y reinicia el servicio, hay solucion permanente?`),
    pe(`[root@vos ~]# ss -tan state time-wait | wc -l
30541
y ahorita ninguna llamada nueva sale por tcp, pasa todos los dias en el pico`),
    pe(`cuando llegamos a 180 llamadas por segundo el switch ya no abre conexiones tcp nuevas y salen errores de bind en los logs, el time_wait se dispara a 30 mil`),
    pe(`Hi, our VOS is running out of local ports at peak. Around 29k TIME_WAIT, new TCP connections to our upstream fail, resolves at night or after restart.`),
    pe(`Mi tecnico me escribe: "jefe en el pico el ss marca 27k timewait y el vos no logra conectar con el carrier por tcp, se arregla cuando reinicio". Que le digo?`),
    pe(`[audio] parce buenas, mire, le cuento que desde que metimos el cliente nuevo de call center el trafico subio y ahora a las once de la mañana el switch empieza a botar address already in use cuando intenta salir al carrier, y el netstat tiene como treinta y pico mil en time wait, en la noche se calma`),
    pe(`30.000 TIME_WAIT en el VOS y no conecta con los operadores en hora punta. ¿Solución?`),
    pe(`ya nos paso anoche y hoy de nuevo: a partir de las 8pm las conexiones salientes tcp del vos fallan con EADDRINUSE y hay mas de 30 mil sockets en time_wait. reiniciar lo arregla por un rato`),
  ],
  natUnregistered: [
    nat(`desde que pusieron el RST en On los telefonos de la sucursal detras del mikrotik salen unregistered, los que tienen ip publica estan bien`),
    nat(`wey desde que activaron SS_TCP_CLOSE_RESET los softphones de los agentes en casa se desregistran a cada rato, todos van por tcp detras del modem de telmex`),
    nat(`parce despues del cambio de ayer (el modo RST) los yealink de la oficina de medellin que van por TCP detras del router pierden el registro cada pocos minutos. los de UDP ni se enteran`),
    nat(`Desde que el técnico activó el modo RST el viernes, los teléfonos de la delegación de Valencia (detrás de un router MikroTik, SIP por TCP) aparecen como no registrados en el VOS. Los troncales con IP pública funcionan sin problema.`),
    nat(`Che, desde que cambiaron SS_TCP_CLOSE_RESET a On los teléfonos de los chicos que laburan desde la casa se desregistran todo el tiempo. Todos por TCP atrás del router del cable. Los de la oficina con IP pública andan joya.`),
    nat(`oye desde que pusimos el rst en on los telefonos nateados se caen del registro, los grandstream por tcp detras del router de movistar. los con ip publica bien`),
    nat(`buenas, despues de activar el cierre por RST para bajar el time_wait, ahora las extensiones remotas que registran por tcp detras de nat salen desregistradas a cada rato. el time_wait bajo pero ahora esto`),
    nat(`pana le pusimos el RST como nos dijeron y ahora los softphones de los vendedores (zoiper por tcp, detras del router de cantv) aparecen unregistered. los de udp andan bien`),
    nat(`desde el cambio de SS_TCP_CLOSE_RESET="On" las centralitas de las sucursales detras de nat pierden el registro tcp cada 5 minutos mas o menos`),
    nat(`klk, desde que activaron el modo rst en el switch los telefonos de las casas de los clientes (todos detras de router de claro, sip tcp) se desregistran. los que tienen ip fija bien`),
    nat(`[nota de voz transcrita] hola buenas, mire le comento que desde el martes que prendieron esa opcion del reset en el softswitch los telefonos de la sucursal que estan detras del router pierden el registro, se ponen en rojo en el portal y luego vuelven y luego se caen otra vez, los de la oficina principal que tienen ip publica no tienen problema`),
    nat(`asi todo el dia desde que cambiaron el RST a on, solo los de la sucursal con nat:
10:02:11 REG 3001@10.0.0.21 via 201.150.x.x:41233 TCP registered
10:03:40 REG 3001 connection closed, binding removed
10:04:12 REG 3001@10.0.0.21 via 201.150.x.x:40021 TCP registered
10:05:31 REG 3001 connection closed, binding removed`),
    nat(`since RST close was switched On yesterday, all our remote SIP/TCP phones behind NAT keep dropping registration. public IP trunks are fine`),
    nat(`Reenvio de mi cliente: "desde el jueves mis 40 telefonos aparecen desconectados a ratos, tengo un mikrotik y van por TCP". El jueves fue cuando ustedes activaron el RST en el switch.`),
    nat(`YA REGRESEN EL RST COMO ESTABA!!! desde que lo prendieron ningun telefono de las sucursales que estan detras de nat se queda registrado`),
    nat(`rst on y los nateados por tcp ya no registran. los publicos si`),
    nat(`Tras vuestro ajuste para los TIME_WAIT (poner SS_TCP_CLOSE_RESET a On), los softphones de teletrabajo por TCP se desregistran cada pocos minutos. Los equipos con IP pública y los que van por UDP, bien.`),
    nat(`Desde que prendimos el RST, los Cisco SPA de la sucursal (detrás de NAT, SIP TCP) figuran unregistered la mitad del tiempo.`),
    nat(`oye te cuento el caso completo: el lunes activamos SS_TCP_CLOSE_RESET porque el time_wait andaba alto. desde ahi los 25 telefonos de la bodega de puente alto, que estan detras de un router con nat y registran por tcp, aparecen y desaparecen del registro. la casa matriz tiene ip publica y no le pasa nada. ya reiniciamos el router y sigue igual`),
    nat(`nota: solo pasa con los que estan detras de nat y van por tcp. empezo cuando se activo SS_TCP_CLOSE_RESET. los de udp y los de ip publica ok`),
    nat(`se activo el rst anoche y hoy ningun telefono de los home office registra bien, todos por tcp con router de netlife`),
    nat(`pana el portal muestra 120 telefonos offline de las agencias, todos detras de nat por tcp, empezo justo cuando pusimos el modo RST`),
    nat(`los goip de los clientes (detras de nat, registran por tcp) se desregistran cada rato desde el cambio del rst, los que usan udp no`),
    nat(`since they put el RST mode, los phones behind the mikrotik lose registration every few minutes, TCP transport. Public ones ok`),
    nat(`# grep CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET="On"
desde que esta asi los telefonos de la sucursal detras de nat no se mantienen registrados (tcp)`),
    nat(`buenas, las extensiones remotas se ven como no registradas en el vos desde que activaron el cierre con reset, van por tcp detras de un mikrotik, las de ip publica perfecto`),
    nat(`Me reenvía el de sistemas: "Desde que se puso RST=On, los Yealink de la oficina de Sevilla (NAT, TCP) salen en rojo en el VOS cada dos por tres". ¿Lo miráis?`),
    nat(`parce, bajaron los time_wait con el rst pero ahora los softphones de los asesores en casa se caen del registro, todos por tcp detras de nat`),
    nat(`desde que activamos SS_TCP_CLOSE_RESET la central de la sucursal de conce (detras de nat, troncal registrada por tcp) se desregistra sola cada rato. la de santiago con ip publica bien`),
    nat(`[audio] hola, como va, mira, desde que activaron lo del reset en el switch los telefonos de los que trabajan desde la casa se desregistran, todos atras de un router, por TCP. Los que tienen IP publica no tienen drama.`),
  ],
  firewallRst: [
    fw(`desde que activaron el RST las llamadas que pasan por el fortigate se quedan colgadas, en el log del forti sale que descarta los tcp rst por sesion invalida`),
    fw(`desde que prendimos el RST en el vos las llamadas por el pfsense fallan y veo puros bloqueos con flag R:
Jun 3 19:22:10 pfsense filterlog: 5,,,1000000103,igb0,match,block,in,4,0x0,,64,0,0,DF,6,tcp,40,38.x.x.x,10.1.1.5,5060,51234,0,R,,,`),
    fw(`desde que el switch cierra con RST el asa tira esto y las llamadas fallan:
%ASA-6-106015: Deny TCP (no connection) from 38.x.x.x/5060 to 10.20.0.8/49122 flags RST on interface outside`),
    fw(`tenemos iptables -A FORWARD -m conntrack --ctstate INVALID -j DROP y desde que activamos SS_TCP_CLOSE_RESET las llamadas tcp fallan, el contador de la regla INVALID sube como loco`),
    fw(`desde que pusimos rst on las llamadas hacia el carrier que esta en aws fallan, ellos dicen que su firewall descarta nuestros resets y les quedan conexiones ESTABLISHED colgadas que nunca se cierran`),
    fw(`el sonicwall muestra "TCP packet received on non-existent/closed connection; TCP packet dropped" con flag RST desde que cambiamos el modo RST en el switch, y las llamadas se cuelgan`),
    fw(`Desde que activasteis el modo RST, las llamadas que cruzan nuestro FortiGate fallan de forma intermitente. El operador nos dice que en su lado quedan conexiones TCP en ESTABLISHED que nunca se cierran. En el log del Forti vemos los RST descartados.`),
    fw(`Che, desde que pusieron SS_TCP_CLOSE_RESET en On las llamadas a través del pfSense se quedan colgadas. El carrier ve conexiones medio abiertas y el pfSense loguea los RST como bloqueados.`),
    fw(`oye desde el cambio del rst las llamadas que pasan por el asa fallan, el carrier tiene un monton de sesiones establecidas fantasma y el asa dice que dropea los rst`),
    fw(`buenas, tras activar el RST en el switch las llamadas por el firewall sonicwall se cuelgan al iniciar, en el log vemos paquetes RST dropped`),
    fw(`pana desde que pusieron el rst las llamadas hacia el cliente que tiene fortigate no completan, y en su lado las conexiones tcp quedan abiertas para siempre`),
    fw(`desde el cambio a RST=On las llamadas tcp que pasan por nuestro firewall (iptables con conntrack) se quedan colgadas. conntrack -L muestra cientos de ESTABLISHED viejas al 5060`),
    fw(`mi hermano desde que activaron el modo rst las llamadas que van por el pfsense se caen, el log ta lleno de rst bloqueados`),
    fw(`19:40:01.112 IP 10.0.0.5.5060 > 200.x.x.x.40112: Flags [R.], seq 1, ack 1, win 0, length 0
el switch manda el R pero del otro lado del fortigate nunca llega, el carrier queda con la sesion abierta y las siguientes llamadas fallan. esto empezo con el RST on`),
    fw(`after enabling RST on the switch, calls through our FortiGate hang; the forti drops the RST as out-of-session and the far end keeps half-open connections`),
    fw(`[nota de voz] hola ingeniero, mire, desde que ustedes activaron lo del RST las llamadas que pasan por el firewall del cliente se quedan pegadas, no cuelgan, y el cliente dice que su firewall esta tirando unos paquetes reset, que los ve en el log como invalidos`),
    fw(`Reenviado: "Desde ayer nuestras llamadas por TCP fallan. Nuestro FortiGate 100F registra 'tcp rst drop' desde su IP." — Ayer justo activamos el RST.`),
    fw(`YA QUITEN EL RST!!! desde que lo pusieron las llamadas por el forti no jalan y el log del forti lleno de rst dropped`),
    fw(`rst on + pfsense = llamadas colgadas. el pf bloquea los R`),
    fw(`Buenas tardes. Os pongo en contexto: el martes, siguiendo vuestra recomendación, pusimos SS_TCP_CLOSE_RESET="On" para reducir los TIME_WAIT. Desde entonces las llamadas hacia nuestro cliente mayorista, que tiene un FortiGate delante de su SBC, fallan o se quedan colgadas. Ellos ven en su lado conexiones ESTABLISHED huérfanas y en los logs del Forti aparecen los RST como descartados. Con los operadores sin firewall no pasa.`),
    fw(`Desde que se activo SS_TCP_CLOSE_RESET las llamadas hacia nuestra PBX en Azure se quedan colgadas; el firewall stateful de la vnet descarta los RST y en la PBX quedan conexiones ESTABLISHED huerfanas`),
    fw(`cachai que desde que pusimos el RST las llamadas por el checkpoint fallan? el log dice "TCP packet out of state: First packet isn't SYN" con flags RST`),
    fw(`Desde que cambiaron el cierre a RST, la mitad de las llamadas que pasan por el firewall del datacenter no completan. Ellos ven los RST como "invalid" y los descartan.`),
    fw(`desde el rst on nos sale esto en el firewall y las llamadas se cuelgan:
kernel: INVALID-DROP IN=eth1 OUT=eth0 SRC=38.x.x.x DST=10.8.0.20 PROTO=TCP SPT=5060 DPT=38122 WINDOW=0 RES=0x00 RST URGP=0`),
    fw(`pana en el fortigate se ve "reason=no session matched" para los paquetes RST del switch desde que lo activamos. llamadas fallando`),
    fw(`las llamadas hacia el carrier que tiene asa fallan desde que prendimos el rst, ellos dicen que su asa descarta los reset y les quedan conexiones abiertas`),
    fw(`desde que activaron SS_TCP_CLOSE_RESET las llamadas por el sonicwall del cliente se cuelgan, el sonic dice que dropea los RST`),
    fw(`since RST mode On, calls via pfSense time out, the firewall logs show "block TCP:R" y el carrier tiene las conexiones half-open`),
    fw(`oigan desde el cambio de ayer del rst las llamadas tcp que pasan por el firewall de la nube (security list de oci) no terminan de conectar, el firewall descarta los reset y el otro lado tiene sesiones colgadas`),
    fw(`Buenas. Tras poner el RST en On en el softswitch las llamadas que atraviesan nuestro pfSense se quedan a medias. En el log de pfSense aparecen RST bloqueados y el operador conserva conexiones en ESTABLISHED.`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning221Set: readonly EvalItem[] = Object.values(tuning221Families).flat();
