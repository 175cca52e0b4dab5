import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Supervisors, IT staff and owners of Hispanic call centres and VoIP resellers in the United States
 * (Miami, Texas, California, New York, Puerto Rico) writing Spanglish on WhatsApp: English and Spanish
 * switched mid-sentence ("los phones se estan unregistering otra vez", "el server no deja", "ya le di
 * restart", "como que", "oye", "mira", "ahorita", "el firewall esta blocking", "no se que paso"),
 * informal, some with pasted log lines or command output.
 *
 * The ninety-sixth tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written as the ninety-sixth never-tuned set,
 * before the forty-fourth round of rules by someone who had read only the playbooks' symptoms and
 * the domain notes, without the matcher, its rules or the other sets in view; measured as such before and after the forty-fourth round, then made tuning
 * material for the forty-fifth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 87.8 %, negatives confident 3.7 %, confident wrong 0 % with the rules of the
 * forty-third round, and the same after the forty-fourth.
 */
export const tuning96Families = {
  oneListeningPort: [
    no(`oye el tomcat del portal web de VOS no levanta, dice java.net.BindException: Address already in use en el 8080. ya le di restart y nada`),
    no(`mira el nginx no quiere start: "bind() to 0.0.0.0:80 failed (98: Address already in use)". creo que el apache se quedo corriendo despues del update`),
    no(`no se que paso con el mysql, no levanta. en el log sale
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?`),
    no(`ahorita instale freeswitch en el mismo box del vos para probar y el sofia profile no sube, como que el 5060 ya esta tomado por el mbx3000`),
    no(`el developer dice que su laptop le tira EADDRINUSE :::3000 cuando corre npm start, es el webhook de los CDRs. es que tiene otro node corriendo?`),
    no(`docker: Error response from daemon: driver failed programming external connectivity on endpoint kamailio: Bind for 0.0.0.0:5060 failed: port is already allocated.
el container no sube, ayuda`),
    no(`Oye el asterisk del cliente en Hialeah no registra nada, en el CLI dice "Unable to bind to 0.0.0.0:5060: Address already in use". alguien instalo otro PBX en el mismo server??`),
    no(`el web manager del VOS no abre despues del reboot. netstat -tlnp | grep 8080 me da
tcp        0      0 0.0.0.0:8080      0.0.0.0:*      LISTEN      2211/httpd
el httpd esta agarrando el puerto, como que alguien lo habilito en el boot`),
    no(`mira necesito ayuda rapida, el servicio de grabaciones no sube: "cannot bind to port 8443". lsof dice que es un java viejo que quedo colgado. lo mato con kill -9 o hay otra forma?`),
    no(`pm2 logs: Error: listen EADDRINUSE: address already in use 0.0.0.0:4000
es el dashboard de billing que hicimos, el server no deja arrancar la segunda instancia`),
    no(`el redis no arranca, "Could not create server TCP listening socket *:6379: bind: Address already in use". tenemos otro redis del CRM ahi mismo creo`),
    no(`ya le di restart al mbx3000d y en el log sale que no puede hacer bind al 5060. ps -ef muestra dos procesos mbx, el viejo no murio bien`),
    no(`el tomcat no levanta, puerto 8080 ocupado por otro java. lo mato?`),
    no(`el postgres del reporting dice "could not bind IPv4 address 0.0.0.0: Address already in use" y "Is another postmaster already running on port 5432?" despues que el tech de IT instalo otro postgres con yum`),
    no(`oye el vite dev server del portal nuevo me dice "Port 5173 is in use, trying another one..." es normal eso o es problema del server?`),
    no(`el 3CX no sube el web client porque el IIS de Windows ya esta en el 443, "the port is already in use". como lo cambio sin romper lo demas?`),
    no(`monte un segundo VOS de prueba en la misma VPS con otra IP pero el segundo no escucha, dice cannot bind 5060. no se supone que escuche en la otra IP?`),
    no(`el SSH tunnel que uso para entrar al webportal me dice
bind [127.0.0.1]:8080: Address already in use
channel_setup_fwd_listener_tcpip: cannot listen to port: 8080
es en mi laptop nomas`),
    no(`el zabbix agent no arranca en el vos: "cannot bind to [[-]]:10050: [98] Address already in use". ya estaba instalado otro agent de la version vieja`),
    no(`Address already in use en el puerto 80 cuando trato de correr certbot standalone, porque el httpd esta corriendo. lo paro un momentito y ya?`),
    no(`Oye el kamailio del SBC no arranca despues del upgrade, dice bind on 10.0.0.5:5060 Address already in use. el kamailio viejo sigue vivo, systemctl no lo mato`),
    no(`la app del WhatsApp bot que corre en el mismo server del vos no sube, Flask dice "OSError: [Errno 98] Address already in use" en el 5000`),
    no(`mira el spring boot del API de recargas: "Web server failed to start. Port 8081 was already in use." alguien dejo corriendo la version vieja en un screen`),
    no(`ahorita en Puerto Rico el tecnico puso un segundo softswitch en la misma VM para backup y ahora uno de los dos no agarra el 5060, dice already in use. se pueden tener dos en la misma IP?`),
    no(`el mbx3000d no arranca despues del reboot, el log dice bind 5060 failed, address already in use. alguien dejo un sipp corriendo en modo server en ese box, lo encontre con netstat -anp | grep 5060`),
    no(`Oye el portal de clientes (el de PHP) no sube en docker compose: "Error starting userland proxy: listen tcp4 0.0.0.0:443: bind: address already in use". el nginx del host tiene el 443`),
    no(`cannot bind 0.0.0.0:1723 - address in use. pense que era el pptp del MikroTik pero no, es en el linux de la VPN, ya habia un pptpd corriendo`),
  ],
  otherRegistrationCause: [
    no(`oye todos los phones de la oficina de Doral salen unregistered desde esta mañana. Comcast tiene outage en el area, el modem esta en rojo`),
    no(`cambiamos el password de las extensiones por seguridad y ahora la mitad de los phones no registran, sale 401 Unauthorized en el log. tengo que ir uno por uno?`),
    no(`el trunk del carrier se cayo, unregistered. ellos cambiaron la IP del proxy y no avisaron, el DNS todavia apunta a la vieja`),
    no(`los phones de la sucursal de Houston no registran despues que el IT guy cambio el switch, los puso en otra VLAN sin DHCP option 66. todos en UDP 5060 por cierto`),
    no(`se fue la luz en el call center de Hialeah anoche y al volver la mitad de los Yealink estan en "No Service". el switch PoE no prendio bien`),
    no(`el cliente de Bayamon dice que sus 12 lineas salen unregistered. revise y la cuenta esta expirada, no pago el mes y billing la suspendio`),
    no(`la licencia del VOS se vencio?? en el web manager sale license expired y nadie registra. ayuda urgente`),
    no(`mira un phone solo en la oficina sale unregistered, los demas bien. el cable de red estaba medio suelto, ya lo cambie y registro. era el cable jaja`),
    no(`los Grandstream que provisionamos ayer no registran, el archivo cfg tenia el server viejo sip.oldprovider.net. error de provisioning mio`),
    no(`Oye cambiamos la IP publica del server (nos movieron de datacenter en Dallas) y los phones remotos siguen apuntando a la IP vieja, todos unregistered`),
    no(`el DNS de sip.miempresa.com no resuelve desde ayer, se vencio el dominio?? los phones que usan el nombre estan unregistered, los que tienen la IP directo bien`),
    no(`after the router swap (pusieron un MikroTik nuevo en la oficina de Miami) los phones no registran. ojo que todos usan UDP, y el mikrotik nuevo vino sin la config de la VLAN de voz, no tienen IP`),
    no(`el softphone de la recepcionista dice "Registration failed" y el wifi de la oficina esta caido. ya reinicie el router, esperando`),
    no(`la extension 2045 sale unregistered porque la borraron por error del VOS cuando limpiaron las cuentas viejas. la vuelvo a crear con el mismo password?`),
    no(`todos los agentes remotos en Puerto Rico perdieron registro a la vez, Liberty tiene un outage en la isla segun downdetector`),
    no(`el trunk con el carrier de Mexico dice unregistered, 403 Forbidden. nos bloquearon porque se acabo el credito prepago`),
    no(`los Fanvil nuevos no registran, me equivoque en el realm/domain en la plantilla. ya lo corregi pero hay que re-provisionar todos`),
    no(`oye los softphones de los agentes home office no registran desde que cambiamos el puerto SIP de 5060 a 5080 en el server. se me olvido actualizar el Zoiper de ellos`),
    no(`los Polycom de la oficina de NY no registran, el certificado TLS del server expiro anoche. sale "TLS handshake failed" en el log del phone`),
    no(`la extension 301 quedo bloqueada, el VOS la puso en blacklist por los intentos fallidos con el password malo que tenia el phone. como la desbloqueo?`),
    no(`el ATA del cliente en San Antonio no registra, el ISP le cambio el modem y el nuevo no tiene internet configurado todavia. la luz de WAN apagada`),
    no(`oye los phones del piso 2 sin registro, el switch del piso 2 se quemo con el apagon. ya pedi uno nuevo`),
    no(`el cliente nuevo puso mal el username en el phone, "1001@" con el dominio pegado, y le da 404 Not Found. no es el server`),
    no(`el GoIP del cliente en Laredo no registra, alguien le hizo factory reset y perdio toda la config SIP. hay que ponerle otra vez usuario y password`),
    no(`oye la VLAN de voz se borro cuando el tecnico de Spectrum actualizo el firmware del router, los phones estan cogiendo IP de la red de data y no llegan al server. todo es UDP`),
    no(`trunk unregistered con Telnyx: cambiaron sus IPs de signaling y hay que actualizar el outbound proxy. nada que ver con nosotros`),
    no(`los phones de la oficina de Fresno no registran desde que se vencio el contrato con el ISP, les cortaron el internet ayer. el owner dice que ya pago, esperando reconexion`),
  ],
  smallFigures: [
    no(`oye que es TIME_WAIT exactamente? veo como 150 en netstat y el jefe pregunta si es malo`),
    no(`ss -s
Total: 312 (kernel 340)
TCP:   58 (estab 21, closed 27, orphaned 0, synrecv 0, timewait 25/0), ports 0
eso esta bien? el server esta tranquilo hoy, como 15 llamadas`),
    no(`que hace el SS_TCP_CLOSE_RESET en el softswitch.conf? lo vi en el manual pero no entendi bien. no tenemos ningun problema, solo curiosidad`),
    no(`es safe poner net.ipv4.tcp_tw_reuse=1? lo vi en un blog pero no se si aplica con tan poco trafico como el nuestro`),
    no(`mira netstat -an | grep TIME_WAIT | wc -l me da 84. es normal para un server con 30 concurrentes?`),
    no(`cual es el ip_local_port_range default en CentOS 7? solo para documentar`),
    no(`oye recomiendas dejar el RST en Off o On para un server chiquito, como 5 CPS maximo? es server nuevo, no hay problema ninguno`),
    no(`hice un check rapido del VOS de Miami: CPU 12%, 40 llamadas activas, TIME_WAIT 210, memoria bien. todo green, no?`),
    no(`cuantos TIME_WAIT son demasiados? tengo 300 y pico en hora pico con 80 concurrentes, sin errores`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
      2 CLOSE_WAIT
     45 ESTABLISHED
      8 LISTEN
     61 TIME_WAIT
eso se ve normal verdad?`),
    no(`que diferencia hay entre FIN y RST en TCP? un cliente me pregunto y no supe explicarle bien jaja`),
    no(`reporte semanal del server de Dallas: max 22 CPS, TIME_WAIT pico 480, 0 errores de conexion. algo que deba tunear o lo dejo asi?`),
    no(`pregunta de novato: porque en netstat salen conexiones en TIME_WAIT si ya colgaron la llamada?`),
    no(`cat /proc/sys/net/ipv4/ip_local_port_range
32768	60999
eso alcanza para unos 50 canales? no tenemos error, es para planear`),
    no(`el manual dice que el RST evita la acumulacion de TIME_WAIT, pero con 40 TIME_WAIT no hace falta tocar nada verdad?`),
    no(`oye ss no existe en este CentOS 5 viejo, con que veo las conexiones? netstat -s?`),
    no(`cuanto dura un TIME_WAIT en Linux? 60 segundos?`),
    no(`el cliente pregunta si tcp_tw_recycle es bueno, lo vio en un foro viejo. no tienen problema, solo quieren "optimizar"`),
    no(`ss -tan state time-wait | wc -l
37
y el server tiene 10 llamadas. todo bien, solo checando despues del mantenimiento`),
    no(`para el proposal del cliente nuevo (200 agentes, como 10 CPS), que settings de TCP recomiendas? quiero hacerlo bien desde el principio`),
    no(`el Zabbix me manda alerta de TIME_WAIT > 100, pero eso es nada, no? como subo el threshold`),
    no(`que es el reparse? service mbx3000d reparse vs restart, cual es la diferencia?`),
    no(`la tecnica nueva pregunta que significa "orphaned 0" en el ss -s, le digo que es normal?`),
    no(`oye en el softswitch.conf tengo SS_TCP_CLOSE_RESET="Off", ese es el default? todo anda bien, solo revisando la config para el audit`),
    no(`netstat -s | grep -i reset
    12 connection resets received
    3 resets sent
eso es mucho? server de 20 agentes en San Juan`),
    no(`is it normal tener 200 TIME_WAIT en el server de Queens con 60 llamadas? no hay quejas, solo vi el numero en el dashboard`),
    no(`tcp_fin_timeout esta en 60, lo bajo a 30 o no vale la pena con el trafico que tenemos (chiquito)?`),
  ],
  firewallNoRst: [
    no(`oye necesito abrir el 5060 UDP y el rango RTP 10000-20000 en el FortiGate para el server nuevo, me ayudas con la policy?`),
    no(`whitelist la IP del carrier de Colombia en el iptables por favor, ahorita no pasan las llamadas porque esta bloqueada`),
    no(`fail2ban baneo la IP de la oficina de Doral otra vez, alguien puso mal el password del web manager 5 veces. como la saco del jail?`),
    no(`el SIP ALG del router del cliente esta jodiendo el audio, one-way audio. como lo apago en un Netgear?`),
    no(`necesito un port forward en el MikroTik de la oficina para el 5060 hacia el PBX interno 192.168.88.10, lo hago con dstnat?`),
    no(`queremos geo-block todo menos USA, PR y Mexico en el pfSense por los ataques de fraude. como se hace con pfBlockerNG?`),
    no(`el firewall esta blocking el acceso al web manager del VOS desde la casa del supervisor. IP nueva de Spectrum, hay que agregarla a la lista`),
    no(`iptables -L -n me sale la regla de ACCEPT para 5060 despues del DROP all. por eso no pasa nada? como la muevo arriba?`),
    no(`oye como pongo un rate limit en iptables para el 5060? nos estan escaneando con sipvicious, como 500 REGISTER por segundo de una IP de Francia`),
    no(`en el Cisco ASA del cliente hay que desactivar el sip inspect? el tecnico de ellos dice que "no inspect sip" arregla el audio`),
    no(`mira ya abri el puerto 8080 en firewalld pero el web manager sigue sin abrir desde afuera. firewall-cmd --list-all muestra el puerto. se me olvido el --permanent?`),
    no(`el carrier nuevo necesita que le whitelistemos 4 IPs de signaling y 2 de media. las pongo en un ipset o una regla por cada una?`),
    no(`cuantos intentos le pongo a fail2ban antes de banear? ahorita esta en 3 y banea a los agentes que se equivocan con el password`),
    no(`oye el pfSense esta haciendo NAT raro, el Contact del INVITE sale con IP privada 10.0.1.x. necesito static port en el outbound NAT?`),
    no(`bloqueen el rango 45.134.x.x en el firewall, hay un ataque de fuerza bruta al SIP desde anoche, como 20k intentos`),
    no(`el FortiGate nuevo de la oficina de Houston, como desactivo el session-helper de SIP? dicen que es el ALG de Fortinet`),
    no(`iptables -A INPUT -p udp --dport 5060 -j ACCEPT esta muy abierto verdad? como lo limito solo a las IPs de los carriers?`),
    no(`se me olvido salvar las reglas de iptables y despues del reboot se borraron todas jaja. como las persisto en CentOS 6? service iptables save?`),
    no(`el cliente en Puerto Rico tiene un SonicWall y hay que abrir puertos para los phones remotos, que le digo? UDP 5060 y el rango RTP?`),
    no(`oye abrimos el 22 para el tecnico externo pero quiero limitarlo solo a su IP. en el ASA con un access-list?`),
    no(`el IPS del firewall marca falsos positivos en el trafico SIP del carrier, "SIP.Invite.Flood". lo pongo en excepcion?`),
    no(`MikroTik: necesito hairpin NAT para que los phones de adentro lleguen al server usando la IP publica. cual es la regla?`),
    no(`ya hice el port forward del 5060 TCP y UDP en el router del cliente pero nmap desde afuera dice filtered. el ISP bloquea el 5060? Xfinity lo bloquea creo`),
    no(`pregunta: conntrack -L muestra como 2000 entradas y el nf_conntrack_max esta en 65536. lo subo ya para cuando crezcamos?`),
    no(`lo del DDoS de anoche: pusimos rate limit en el edge router y bloqueamos el ASN. todo bien hoy, solo para que sepan`),
    no(`oye como hago whitelist de las IPs de Twilio en el Sophos? son un monton de rangos`),
    no(`el firewall de Windows en el server de grabaciones bloquea el SMB, no deja copiar los WAV al NAS. que regla pongo?`),
  ],
  negationContext: [
    no(`no es el RST, lo tenemos en Off desde siempre y nadie lo ha tocado. los phones siguen unregistered desde que cambiamos el password del SIP`),
    no(`ojo que nosotros usamos UDP only, asi que lo del SS_TCP_CLOSE_RESET no aplica. el problema es otro, los phones de la oficina nueva no registran`),
    no(`el problema de los TIME_WAIT que tuvimos el mes pasado ya se arreglo, solo te aviso que el server sigue estable. gracias!`),
    no(`pregunta para el training de los tecnicos nuevos: si alguien prende el RST mode y hay phones detras de NAT, que pasa? es para el quiz, no tenemos problema`),
    no(`el server de la competencia (no el nuestro) se cayo por port exhaustion segun un pana que trabaja alla. nosotros estamos bien, solo chisme jaja`),
    no(`hipotetico: si subimos a 300 CPS nos quedariamos sin puertos? por ahora estamos en 15 CPS sin ningun error`),
    no(`el reporte del incidente de marzo: el FortiGate dropeaba los RST despues que activamos el reset mode, lo apagamos y se resolvio. lo mando al cliente asi o le agrego algo?`),
    no(`no es problema de puertos, el netstat se ve limpio (40 TIME_WAIT). las llamadas fallan porque el carrier devuelve 503`),
    no(`los phones detras del MikroTik estan registrados bien, no hay problema de NAT. lo que no funciona es el voicemail`),
    no(`el firewall no esta dropping nada, ya revise los logs del pfSense. las llamadas fallan por codec mismatch, el carrier solo acepta G729`),
    no(`un cliente de otra empresa (no es nuestro server) me pregunto porque sus phones se desregistraron despues de un cambio de TCP. le dije que le pregunte a su proveedor, nosotros no manejamos eso`),
    no(`no hemos cambiado nada del TCP ni del RST. lo unico que paso es que se vencio el dominio y los phones no resuelven el server`),
    no(`el "address already in use" que te mande ayer ya no aparece, era el tomcat duplicado, ya lo mate. todo normal`),
    no(`estoy leyendo el manual seccion 4.3.5.2, entonces el SS_TCP_CLOSE_RESET solo afecta TCP? nosotros todo es UDP y queria confirmar que no hay que tocarlo`),
    no(`ya sabemos que el RST rompe el NAT, por eso lo dejamos en Off. no lo activen en el server de Miami por favor, hay como 200 phones remotos`),
    no(`oye el articulo que mandaste de TIME_WAIT y ephemeral ports, eso es para servers grandes no? nosotros con 8 CPS ni nos preocupamos`),
    no(`el vendor dice que es el firewall dropping RST, pero nosotros ni tenemos el RST activado, sigue en Off en el softswitch.conf. como que nos estan echando la culpa`),
    no(`los phones se desregistraron pero fue por el apagon de ayer, no por el cambio de RST que hicimos hace 3 meses. ya volvieron todos`),
    no(`el cliente pregunta si el "cannot assign requested address" que salia el año pasado puede volver. le digo que desde el tuning no ha pasado mas?`),
    no(`para la presentacion: explicame en palabras simples porque un firewall stateful bota los RST. es para un slide, no tenemos ese problema`),
    no(`nada que ver con NAT: las extensiones que fallan estan en la misma LAN del server, sin router en medio. es el password que cambio el admin`),
    no(`mira el ticket dice "firewall dropping RST" pero eso lo escribio el cliente sin saber. revise y todo es UDP, el problema es que el ISP les cambio la IP`),
    no(`si algun dia nos quedamos sin ephemeral ports que hacemos? pregunto para tener el plan listo, ahorita todo bien con 500 TIME_WAIT maximo`),
    no(`el RST lo pusimos On hace un año por los TIME_WAIT y desde entonces cero problemas. no hay phones con NAT, todo son trunks de carriers con IP fija`),
    no(`la competencia (un reseller de Hialeah) anda diciendo que el VOS se queda sin puertos. eso es mentira no? nosotros con 100 CPS nunca lo hemos visto`),
    no(`no se desregistraron por el RST: el RST se activo en enero y los phones se cayeron el sabado cuando Claro tuvo outage en PR. ya regresaron solos`),
    no(`el ASA no esta bloqueando nada, hicimos packet capture y los RST pasan bien. el problema de las llamadas es la ruta del carrier, no el firewall`),
  ],
  portExhaustion: [
    pe(`oye en hora pico el VOS no puede abrir conexiones TCP nuevas a los carriers, netstat muestra como 28 mil en TIME_WAIT. a las 10pm baja solo`),
    pe(`mira el log: "connect failed: Cannot assign requested address", salen cientos por minuto cuando pasamos de 150 CPS. que hago?`),
    pe(`ss -s
Total: 41233 (kernel 41500)
TCP:   40871 (estab 1320, closed 39210, orphaned 12, synrecv 0, timewait 39102/0), ports 0
eso es a las 11am, las llamadas empiezan a fallar con 503. el server no deja mas`),
    pe(`los agentes del dialer dicen que las llamadas no salen en el pico de la mañana, y en el log del mbx sale "address already in use" al conectar al trunk TCP. en la tarde todo normal`),
    pe(`ip_local_port_range esta en 32768 60999 y corremos 300 CPS por TCP hacia el carrier. creo que no alcanza, no? se acaban los puertos`),
    pe(`netstat -ant | grep -c TIME_WAIT
31455
y subiendo. las llamadas nuevas se quedan en 100 Trying`),
    pe(`el dialer predictivo de Miami a full (como 250 CPS) y el VOS empieza a tirar errores de socket, EADDRNOTAVAIL en el log. bajamos el dialer a 100 CPS y se quita`),
    pe(`oye cuando la campaña de cobranza arranca a las 9 se llena de TIME_WAIT, como 30k, y no salen mas llamadas por TCP. ya le di restart pero a la hora vuelve`),
    pe(`no se que paso, desde que el cliente de Texas subio el trafico a 200 CPS el server no abre sockets nuevos. dmesg no dice nada pero ss -tan | wc -l da 45000, casi todo time-wait`),
    pe(`BindException: Cannot assign requested address en las salientes SIP TCP cuando hay mucho trafico. con poco trafico no sale nunca`),
    pe(`el softswitch se queda sin puertos locales a la hora pico, se ve clarito en el graph de conexiones. como subo el rango de puertos y que mas recomiendas?`),
    pe(`mira esto en hora pico:
cat /proc/sys/net/ipv4/ip_local_port_range
32768	61000
netstat -an | grep TIME_WAIT | wc -l
28190
y las llamadas al carrier por TCP fallan. lo subo a 1024 65535?`),
    pe(`el carrier dice que no le llegan los INVITE en las horas pico, y del lado nuestro el VOS dice "cannot bind" al abrir la conexion TCP saliente. a 40 CPS no pasa, a 180 si`),
    pe(`como que el server se satura de conexiones cerradas a partir de 120 CPS, miles de TIME_WAIT, y ya no conecta mas. es kernel tuning?`),
    pe(`30k TIME_WAIT en el VOS y las llamadas nuevas fallan, ayuda`),
    pe(`ayer en el peak de Black Friday las llamadas empezaron a fallar, en el log "Address already in use" en los connect salientes. el CPU estaba bien (30%) y el ss -s decia timewait 35k`),
    pe(`el cliente de wholesale manda 400 CPS por TCP y el VOS no abre conexiones nuevas despues de unos minutos. tcp_tw_reuse esta en 0, eso importa?`),
    pe(`oye es normal tener 50 mil sockets en TIME_WAIT? solo pasa en la campaña de la tarde y ahi mismo empiezan los 408 y los "cannot assign requested address"`),
    pe(`los phones bien pero las llamadas salientes al carrier por TCP mueren en el pico: "connect() failed (99: Cannot assign requested address)". el 99 es EADDRNOTAVAIL verdad?`),
    pe(`mira el graph de zabbix: TIME_WAIT sube de 2k a 38k entre las 9 y las 11am, justo cuando el dialer esta a full, y ahi mismo el ASR cae a 20%`),
    pe(`el server de Dallas se queda sin ephemeral ports, ya lo vi con ss. como 28k conexiones en time-wait hacia el mismo IP:puerto del carrier. ayuda con el fix`),
    pe(`a partir de 200 CPS nada sale. el log del softswitch:
socket connect error: Cannot assign requested address
socket connect error: Cannot assign requested address
socket connect error: Cannot assign requested address
y asi miles de lineas`),
    pe(`el dialer manda muchas llamadas cortas (recordatorios de 6 segundos) y el VOS se llena de TIME_WAIT, ya no abre conexiones TCP nuevas. como que el kernel no recicla rapido`),
    pe(`oye los trunks TCP hacia el SBC del carrier fallan cuando estamos arriba de 150 llamadas por segundo. netstat lleno de TIME_WAIT hacia el 5060 de ellos. abajo de 100 todo ok`),
    pe(`new TCP connections failing under load desde que el cliente subio a 300 CPS. el port range es el default de CentOS 6. que cambio?`),
    pe(`en el pico de las 6pm el VOS de Puerto Rico empieza con "address already in use" al mandar los INVITE por TCP y pierde como 30% de las llamadas. en la madrugada ni un error`),
    pe(`se acabaron los puertos otra vez!!! 33k time_wait, las llamadas no conectan. el restart lo arregla por una hora nomas`),
    pe(`el call center de Los Angeles subio a 500 agentes y ahora en horas pico los SIP TCP salientes fallan con errno 99. netstat lleno de TIME_WAIT. el RST esta en Off, el default creo`),
    pe(`mira, ss -tan state time-wait | wc -l da 29871 y las llamadas nuevas fallan cada vez que pasamos 180 CPS. cuando baja el trafico se arregla solo`),
    pe(`oye el server no aguanta la campaña: muchas llamadas cortas por TCP, miles de conexiones en TIME_WAIT y despues ya no puede conectar al carrier. necesito el tuning ese del port range y tw_reuse`),
  ],
  natUnregistered: [
    nat(`oye desde que pusimos SS_TCP_CLOSE_RESET en On los phones de la oficina de Doral (detras de un MikroTik) se estan unregistering cada rato. los que estan en la misma red del server bien`),
    nat(`los phones remotos se estan unregistering otra vez, todos los de casa de los agentes con router de Spectrum. empezo despues del cambio de TCP del viernes`),
    nat(`ya le di restart a los Yealink pero vuelven a salir unregistered a los pocos minutos. esto empezo desde que activamos el RST mode por lo de los TIME_WAIT. usan SIP sobre TCP detras de NAT`),
    nat(`no se que paso, desde el fix de TCP de anoche la mitad de los agentes home office salen unregistered en el VOS. los de la oficina con IP publica estan bien`),
    nat(`mira los phones detras del MikroTik en Hialeah pierden el registro cada 5-10 minutos desde que cambiamos el close reset a On. usan TCP. antes nunca pasaba`),
    nat(`el VOS muestra los phones de la sucursal de Orlando offline, vuelven y se caen otra vez. desde el martes cuando el tecnico prendio el RST. estan detras de un router Netgear con NAT`),
    nat(`oye el RST mode nos arreglo los TIME_WAIT pero ahora los softphones de los agentes remotos (Zoiper por TCP) se desregistran solos. todos estan detras de routers de casa`),
    nat(`desde que pusimos SS_TCP_CLOSE_RESET="On" en el softswitch.conf e hicimos reparse, los phones NATeados de Puerto Rico aparecen unregistered. los trunks bien`),
    nat(`como que el cambio de TCP que hicieron la semana pasada rompio los phones de la oficina de Queens, salen unregistered a cada rato. estan detras de un SonicWall haciendo NAT, SIP over TCP`),
    nat(`el log del Grandstream:
REGISTER failed, TCP connection reset by peer
re-registering...
registration timeout
esto desde que activamos el RST en el server. estan detras del router de la oficina (NAT)`),
    nat(`los phones de la oficina de McAllen (detras de NAT) se desregistran desde el cambio de RST. los de la oficina de Miami que tienen IP publica directa no tienen problema`),
    nat(`oye los agentes remotos se quejan que el softphone dice "Not registered" y despues se arregla solo. empezo desde que el otro tecnico puso el TCP close reset en On. todos con routers de casa`),
    nat(`el dashboard del VOS muestra como 80 extensiones unregistered, todas detras del mismo MikroTik de la oficina de El Paso. usamos TCP porque el UDP se fragmentaba. cambiamos el RST a On el domingo`),
    nat(`desde el RST On los phones con NAT se caen. lo regreso a Off?`),
    nat(`mira los ATAs de los clientes residenciales (detras de routers de AT&T) se desregistran desde que cambiamos el SS_TCP_CLOSE_RESET ayer. solo los que usan TCP`),
    nat(`ahorita los phones del call center de San Juan estan unregistered otra vez. el server esta bien, el tcp close reset lo pusimos en On hace 2 dias por los time_wait. estan detras del NAT del router de Claro`),
    nat(`el cliente de Brooklyn (12 Polycom detras de NAT) dice que sus phones salen "unregistered" y vuelven, desde que hicimos el tuning de TCP con el RST. los clientes con IP publica bien`),
    nat(`oye despues de activar el RST mode: phones remotos por TCP perdiendo registro cada rato y un monton de "connection reset" en el log del phone. es por el NAT?`),
    nat(`no se que paso, el tech puso el reset mode en el VOS y desde entonces los phones de la oficina de Dallas pierden registro. estan detras de un MikroTik hEX haciendo masquerade`),
    nat(`VOS: extensiones 200 a 260 unregistered, todas de la oficina remota con NAT. empezo justo despues del reparse con el SS_TCP_CLOSE_RESET nuevo`),
    nat(`los softphones de los agentes que trabajan desde casa se desregistran cada pocos minutos desde el cambio del close reset. SIP TCP, todos detras de NAT`),
    nat(`los phones detras de NAT salen unregistered desde que pusimos el RST. ya le di restart al router y a los phones y nada, vuelve a pasar`),
    nat(`mira las registraciones del server: las IPs publicas de los clientes con NAT van y vienen, registrados/no registrados. esto desde el jueves cuando se prendio el close reset. todo TCP`),
    nat(`oye el RST que pusimos para lo de los puertos como que esta tumbando los registros de los phones que estan detras de los routers de los clientes. los phones dicen registration failed cada rato`),
    nat(`se estan cayendo los registros de los phones de la oficina de Fort Lauderdale (detras de NAT, TCP) y coincide con el cambio del SS_TCP_CLOSE_RESET a On. los de UDP en la misma oficina bien`),
    nat(`los supervisores reportan que los agentes remotos no reciben llamadas porque el phone sale unregistered. desde el cambio TCP del fin de semana. todos detras de NAT`),
    nat(`ayer el script de tuning puso RST en On en el server de Miami y hoy todos los phones detras de MikroTik estan unregistering cada rato. como lo regreso?`),
    nat(`los Yealink T46 de la sucursal de Austin por TCP con NAT: "Register Failed" en la pantalla desde que se hizo el cambio de RST. meto keepalive o regreso el RST?`),
    nat(`las extensiones NATeadas se desregistran a cada rato desde el change del reset mode. el ping al server bien, el ISP bien, solo eso cambio`),
    nat(`oye el cliente de Sacramento dice que los phones de la oficina (detras de un router Ubiquiti) se caen del registro desde el lunes. el lunes fue cuando pusimos el SS_TCP_CLOSE_RESET en On por el tema de time_wait`),
  ],
  firewallRst: [
    fw(`desde que activamos el RST mode las llamadas se quedan colgadas al final, y en el log del FortiGate salen drops de los RST como invalid state. que hago?`),
    fw(`el pfSense esta blocking los paquetes RST del VOS desde que pusimos SS_TCP_CLOSE_RESET en On. las llamadas fallan a cada rato`),
    fw(`el ASA del carrier dropea los TCP RST que mandamos, "Deny TCP (no connection) ... flags RST". empezo desde el cambio a RST mode y las llamadas con ellos fallan`),
    fw(`mira el log de iptables:
INVALID DROP: IN=eth0 OUT= SRC=10.10.1.20 DST=200.x.x.x PROTO=TCP SPT=5060 DPT=41234 RST
y asi cientos. esto desde que pusimos el close reset en On, las llamadas por TCP se cortan`),
    fw(`oye las llamadas con el carrier de Texas se quedan pegadas (no cuelgan) desde que cambiamos el SS_TCP_CLOSE_RESET. ellos tienen un FortiGate y dicen que ven los RST como session invalid y los tiran`),
    fw(`el SBC del cliente esta descartando los RST del softswitch desde el martes que pusimos reset mode. las llamadas nuevas fallan hasta que la sesion vieja expira`),
    fw(`no se que paso, desde el cambio de RST las llamadas a traves del firewall de la oficina fallan como 1 de cada 5. conntrack -S muestra invalid subiendo y subiendo`),
    fw(`el server tiene la regla "-m state --state INVALID -j DROP" y el conntrack marca los RST como INVALID. desde que pusimos RST On las llamadas fallan`),
    fw(`las llamadas se caen a los pocos segundos en las rutas TCP que pasan por el pfSense, desde que el tecnico activo el RST mode. en las rutas que no pasan por el firewall todo bien`),
    fw(`el syslog del ASA del cliente esta lleno de denies con flags RST desde que cambiamos a RST mode. las llamadas se cuelgan o no conectan`),
    fw(`RST On + FortiGate = llamadas fallando. el forti dropea los RST. lo apago?`),
    fw(`oye el firewall esta blocking los reset del VOS, las llamadas se quedan en ringing y despues fallan. empezo cuando pusimos el close reset para lo de TIME_WAIT`),
    fw(`desde el tuning de TCP con el RST las llamadas via el carrier de Mexico fallan random. ellos tienen un firewall stateful que tira los RST segun su NOC`),
    fw(`el log del SonicWall dice "TCP packet received on non-existent/closed connection; TCP packet dropped" con flag RST desde el VOS, y empezo justo cuando pusimos SS_TCP_CLOSE_RESET="On". calls failing`),
    fw(`las llamadas por TCP a traves del FortiGate fallan desde el RST mode. en el forti sale "no session matched" para los paquetes RST. lo permito en el forti o apago el RST?`),
    fw(`mira hicimos tcpdump y los RST salen del VOS pero nunca llegan al otro lado, el firewall del medio los bota. esto desde que pusimos reset mode. las llamadas cuelgan raro`),
    fw(`ayer pusimos RST On en el softswitch y hoy el carrier dice que las llamadas fallan porque su Palo Alto descarta nuestros RST como sesion invalida`),
    fw(`las llamadas se quedan colgadas (dead air) al final y no liberan el canal, solo en el trunk que pasa por el iptables con conntrack. coincide con el cambio a RST, el conntrack los marca invalid`),
    fw(`el SBC Ribbon del carrier dice que estamos mandando RST y su firewall los marca como invalid y los tira. desde esa fecha las llamadas TCP con ellos fallan`),
    fw(`oye: RST mode activado el lunes, y desde el lunes el pfSense logea block TCP:R a cada rato y los clientes se quejan de llamadas que no conectan. relacionado?`),
    fw(`el iptables con conntrack esta dropeando los RST como INVALID, lo veo en el counter de la regla subiendo. calls fallando desde que activamos SS_TCP_CLOSE_RESET`),
    fw(`no entiendo, desde el reparse con el close reset On las salientes del call center fallan como 10%. el FortiGate 60F de la oficina muestra denied con flag RST`),
    fw(`el carrier wholesale de NY nos manda captura: nuestros RST llegan a su ASA y los bota por "no connection". sus llamadas hacia nosotros se quedan colgadas. esto empezo con el RST mode`),
    fw(`las llamadas mueren a los 30 segundos por la ruta TCP y el firewall stateful del datacenter tira los RST. ya le di restart al firewall y sigue. el RST lo pusimos hace 3 dias`),
    fw(`mira el syslog del ASA:
%ASA-6-106015: Deny TCP (no connection) from 10.20.0.5/5060 to 66.x.x.x/51820 flags RST on interface inside
salen miles desde que el server tiene el close reset en On. las llamadas fallan`),
    fw(`el firewall del cliente en Miami (pfSense) bloquea los RST y las llamadas no terminan bien, quedan canales colgados en el VOS. desde el cambio de RST. necesito arreglarlo hoy`),
    fw(`desde que activamos el reset mode las llamadas a traves del SBC fallan intermitente. el log del SBC: "RST dropped, session state invalid". revertimos?`),
    fw(`oye el conntrack del gateway linux de la oficina marca INVALID a los RST del softswitch y los dropea. las llamadas salientes fallan desde que el RST esta On`),
    fw(`las llamadas se quedan abiertas en el billing por horas, se cuelgan mal, desde el RST mode. el soporte del carrier dice que su firewall esta dropping los RST`),
    fw(`ahorita las llamadas por el firewall de Puerto Rico estan fallando, el tecnico de alla dice que el Forti esta dropeando los RST packets como invalid. el unico cambio fue el RST On la semana pasada`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning96Set: readonly EvalItem[] = Object.values(tuning96Families).flat();
