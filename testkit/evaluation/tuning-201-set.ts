import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Carriers, call centres and resellers in Brazil (about 55%) and Spain (about 45%), on WhatsApp: Brazilian Portuguese
 * with "vc", "tb", "blz", "pq", "galera", "kkk", with and without accents; Spanish of Spain with "vale", "tío",
 * "ostras", vosotros forms, with and without accents; both mixing in English technical words and pasted ss/netstat,
 * firewall and softswitch log lines. Numbers as "30 mil", "28.000", "30k"; greetings "bom dia", "buenas", "hola".
 *
 * The two-hundred-and-first tuning split, by family, in fresh hands. Five negative families of 27 (one service that cannot bind its own port, registration lost for
 * another reason, small figures and questions, firewall work without dropped RST, playbook words denied or
 * explained) and three positive families of 30 (port exhaustion, NATed phones unregistered after RST mode, a
 * stateful firewall dropping RST). Written as the two-hundred-and-first never-tuned set, before the seventieth
 * round of rules, by someone who had read only the playbooks' symptoms and the domain notes, without the matcher, its
 * rules or the other sets in view; measured as such before and after the seventieth round, then made tuning
 * material for the seventy-first: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 96.7 %, negatives confident 0.7 %, confident wrong 0 % with the rules of
 * the sixty-ninth round, before the seventieth.
 * After the seventieth round: in scope 96.7 %, negatives confident 1.5 %, confident wrong 0 %.
 * After the seventy-first round, tuned on: in scope 100 %, negatives confident 0 %, confident wrong 0 %.
 */
export const tuning201Families = {
  oneListeningPort: [
    no(`bom dia pessoal, o tomcat do portal web nao sobe mais. no catalina.out:
SEVERE: Failed to initialize end point associated with ProtocolHandler ["http-nio-8080"]
java.net.BindException: Address already in use
as chamadas estao passando normal, é só o painel. o que pode estar segurando a 8080?`),
    no(`vc sabe pq o nginx nao reinicia? nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)
acho q o apache voltou junto no boot depois da atualizaçao`),
    no(`galera o mysql nao sobe depois do reboot:
[ERROR] Can't start server: Bind on TCP/IP port: Address already in use
[ERROR] Do you already have another mysqld server running on port: 3306 ?
o vos ta parado esperando o banco`),
    no(`depois do restart o mbx3000d nao sobe, no log diz bind 5060 failed: address already in use. o ps mostra um processo antigo do mbx3000d ainda vivo com outro pid. mato ele na mão?`),
    no(`Could not create server TCP listening socket *:6379: bind: Address already in use
isso é o redis do nosso sistema de recarga, ta no mesmo servidor do vos. tem outro redis rodando?`),
    no(`docker: Error response from daemon: driver failed programming external connectivity on endpoint grafana (a81c...): Bind for 0.0.0.0:3000 failed: port is already allocated.
to subindo o grafana pra monitorar o vos, so isso q ta dando erro`),
    no(`galera, aqui no meu notebook o npm run dev da "Error: listen EADDRINUSE: address already in use :::3000". to desenvolvendo o painel de revenda q consome a api do vos. deve ser outro node aberto ne`),
    no(`o web manager do vos3000 mostra "Address already in use" quando reinicio o tomcat, a porta 80 ta ocupada pelo httpd que alguem instalou pra um site. qual dos dois eu mudo?`),
    no(`EADDRINUSE na 8080 qdo subo o portal novo, como vejo qual pid ta usando a porta?`),
    no(`netstat -tlnp | grep 8080
tcp6       0      0 :::8080        :::*      LISTEN      2231/java
o servico novo do billing tb quer a 8080 e da address already in use. mudo a porta de qual dos dois?`),
    no(`instalamos um asterisk pra URA no mesmo servidor do vos e agora o mbx3000d nao consegue fazer bind na 5060: Address already in use. time_wait ta baixissimo, uns 50. é so conflito de porta mesmo ne?`),
    no(`node_exporter nao inicia: "listen tcp :9100: bind: address already in use". tem outro exporter rodando como servico antigo, blz vou ver`),
    no(`reiniciei o servidor e o gatekeeper h323 nao sobe, diz que a porta 1720 ja ta em uso. tudo sip funcionando, só o h323 dos clientes antigos`),
    no(`tentei fazer ssh -L 3306:localhost:3306 pra acessar o banco do vos do meu pc e deu "bind: Address already in use". pq tenho mysql local no meu pc kkk`),
    no(`Bom dia. O serviço de gravação (o que serve os wav por http na 8088) não sobe depois da atualização: java.net.BindException: Endereço já em uso. Chamadas normais.`),
    no(`Buenas tío, el tomcat del portal no arranca:
java.net.BindException: Dirección ya en uso (Bind failed)
en el puerto 8080. Las llamadas van bien, es solo la web.`),
    no(`Vale, el apache no levanta: (98)Address already in use: AH00072: make_sock: could not bind to address [::]:80
Creo que hay un nginx de antes escuchando ahí.`),
    no(`ostras, después de reiniciar el mbx3000d no levanta, dice que el 5060 está ocupado. Hay un proceso zombi del arranque anterior, ¿lo mato con kill -9?`),
    no(`docker-compose up del mysql de réplica:
Error starting userland proxy: listen tcp4 0.0.0.0:3306: bind: address already in use
claro, el mysql del vos está en el host. ¿le cambio el puerto al contenedor?`),
    no(`En mi portátil el servidor de desarrollo de la app de recargas da EADDRINUSE 127.0.0.1:5000. En macOS creo que es el AirPlay, no tiene nada que ver con el vos, ¿verdad?`),
    no(`El agente de monitorizacion no arranca: Error: listen EADDRINUSE: address already in use :::9090. Es el unico servicio que falla.`),
    no(`Os paso el log del haproxy que tenemos delante del portal:
[ALERT] Starting frontend https-in: cannot bind socket [0.0.0.0:443]
Solo ese servicio, lo demás bien.`),
    no(`Tras actualizar, la web del vos3000 no arranca. catalina.out: "Address already in use: JVM_Bind" en el 8005, el puerto de shutdown. Alguien dejó otro tomcat corriendo, supongo.`),
    no(`ss -ltnp 'sport = :5060' enseña un kamailio de laboratorio que montó mi compañero, y el softswitch no puede escuchar en el 5060. Lo paro y listo, ¿no?`),
    no(`Buenos días. El freeradius del billing antiguo no arranca: Failed binding to auth address * port 1812 ... Address already in use. ¿Hay otro radiusd colgado?`),
    no(`hola, el snmpd no arranca tras el reinicio: "Error opening specified endpoint udp:161", dice que el puerto está en uso. queremos monitorizar el vos con él`),
    no(`tio el servidor de la api de nuestro CRM (el que lanza las llamadas al vos) no levanta, puerto 8000 ocupado por un gunicorn viejo. lo mato?`),
  ],
  otherRegistrationCause: [
    no(`bom dia, troquei a senha das contas sip ontem por segurança e metade dos ramais ficou unregistered. os que eu atualizei no aparelho voltaram. normal ne?`),
    no(`o cliente trocou de provedor de internet e o ip fixo mudou, agora os GoIP dele nao registram. eles usam UDP 5060 e a gente tinha o ip antigo liberado na whitelist do vos`),
    no(`galera, caiu a luz no call center hj de manha, quando voltou uns 20 telefones ficaram sem registrar. os outros voltaram sozinhos`),
    no(`apareceu "license expired" no painel e nenhum ramal registra desde meia noite. como renova a licença do vos?`),
    no(`a conta do revendedor foi suspensa por falta de saldo, os telefones dele aparecem unregistered. depois que ele pagar volta sozinho ou tem q reativar?`),
    no(`mudamos o dns do sip.nossaempresa.com.br pro ip novo, mas os softphones que apontam pro nome ainda nao registram. cache de dns?`),
    no(`vc sabe se o SIP ALG do roteador TP-Link atrapalha? os X-Lite do escritorio perdem o registro a cada 5 min, tudo em UDP, nunca usamos tcp`),
    no(`no log: REGISTER 1005 -> 403 Forbidden, wrong password. o cliente jura que a senha ta certa kkk`),
    no(`a internet do cliente ta fora desde cedo (fibra rompida na rua), por isso os ramais dele tão offline. só registrando o chamado`),
    no(`trocaram o roteador da loja por um da operadora e agora os grandstream (udp) nao registram. no vos nada mudou`),
    no(`o aparelho do ramal 2003 ta sem energia, a fonte queimou, por isso aparece unregistered. ja mandei outra`),
    no(`a data de expiração das contas do cliente X venceu ontem (a gente configura no cadastro), por isso os ramais dele cairam hj`),
    no(`ramais unregistered depois que mudamos o IP do servidor do vos (migração de datacenter), os telefones ainda apontam pro ip antigo`),
    no(`o registro em udp cai pq o expires ta 3600 e o roteador do cliente fecha o mapeamento udp em 60s. nunca usamos tcp nem mexemos no softswitch.conf`),
    no(`Cliente bloqueado por suspeita de fraude (ligações internacionais de madrugada), a gente mesmo bloqueou e os ramais não registram mais. tá certo assim`),
    no(`Hola, hemos cambiado las contraseñas SIP por seguridad y los terminales que no se han actualizado salen unregistered. Es lo esperado, ¿no?`),
    no(`Tío, corte de luz en la nave de Getafe esta mañana, los teléfonos tardan en registrarse y algunos no vuelven.`),
    no(`el cliente ha cambiado de operador y la IP pública es otra; sus pasarelas no registran porque teníamos la IP vieja en la lista de permitidas`),
    no(`vale, la licencia del softswitch caducó anoche y por eso no registra nadie. ¿Cómo la renovamos?`),
    no(`cuenta suspendida por saldo negativo del revendedor, sus extensiones no registran. ¿se reactivan solas al recargar?`),
    no(`El router Zyxel del cliente tiene SIP ALG activado y los registros por UDP se pierden cada pocos minutos. ¿Lo desactivamos?`),
    no(`log: REGISTER from 1203 -> 401 Unauthorized, bad credentials. desde que el técnico reseteó el Yealink a fábrica`),
    no(`ostras, se nos cayó internet en la oficina de Valencia (avería de la fibra), de ahí que todas las extensiones estén desregistradas`),
    no(`hemos migrado el dominio sip a otro proveedor de DNS y el registro A aún no ha propagado, los softphones no encuentran el servidor`),
    no(`El teléfono de recepción está desenchufado desde la reforma, por eso sale sin registrar. Nada urgente.`),
    no(`Las cuentas de demo que dimos a los clientes caducaron el día 1 y por eso ya no registran. Queremos alargarlas una semana.`),
    no(`Hemos cambiado la IP del servidor por la mudanza de CPD y los clientes que tenían la IP puesta a pelo en los terminales no registran`),
  ],
  smallFigures: [
    no(`isso aqui é normal?
ss -s
Total: 612
TCP:   340 (estab 120, closed 180, orphaned 0, timewait 178)
servidor tranquilo, madrugada`),
    no(`o que é exatamente TIME_WAIT? vi uns 200 no netstat e fiquei preocupado`),
    no(`pra que serve o parametro SS_TCP_CLOSE_RESET? vi no softswitch.conf e ta Off`),
    no(`se a gente ligar o RST, os telefones atras de NAT vao ser afetados? ainda nao ligamos, so pesquisando`),
    no(`netstat -an | grep TIME_WAIT | wc -l
312
com uns 15 cps. ta tranquilo ou preciso mexer em algo?`),
    no(`qual a diferença entre fechar tcp com FIN e com RST? pergunta de curioso msm`),
    no(`ip_local_port_range ta 32768 60999, é o padrão? vale a pena aumentar pra umas 30 mil chamadas por dia?`),
    no(`tcp_tw_reuse ta 0 aqui, deveria ser 1? nao temos problema nenhum, so revisando o servidor`),
    no(`health check mensal: 450 time_wait no pico, cpu 12%, ASR 48%. algo fora do normal?`),
    no(`se eu ativar o modo RST, o fortigate do cliente vai reclamar? ainda nao ativamos nada`),
    no(`quantos time_wait é muito? hj temos uns 800 no pico de 20 cps e tudo funcionando`),
    no(`o vos3000 usa tcp ou udp por padrao pro sip? a gente só usa udp e to vendo uns poucos time_wait na 8080 do web`),
    no(`o reparse aplica o SS_TCP_CLOSE_RESET sem derrubar chamada? pergunto antes de mexer`),
    no(`ss -tan state time-wait | wc -l
97
tá ok isso? cliente pequeno, 30 ramais`),
    no(`blz, pq o netstat mostra CLOSE_WAIT 3 e TIME_WAIT 140 no servidor de billing? é normal?`),
    no(`¿Qué es exactamente el TIME_WAIT? Vemos unos 300 en el servidor y no sé si es malo.`),
    no(`¿Qué hace SS_TCP_CLOSE_RESET? ¿Nos conviene activarlo con 10 cps?`),
    no(`Si activamos el modo RST, ¿los teléfonos detrás de NAT se van a ver afectados? Es una pregunta antes de tocar nada.`),
    no(`ss -s
TCP:   210 (estab 95, closed 60, orphaned 0, timewait 58)
¿esto es normal para un servidor con 40 extensiones?`),
    no(`vale, y ese parámetro del RST ¿afecta al UDP? nosotros lo tenemos todo por UDP`),
    no(`Revisión trimestral: 520 TIME_WAIT en hora punta, 25 cps, cero errores. ¿Algo que ajustar?`),
    no(`¿Qué rango de puertos efímeros recomendáis? Tenemos el de por defecto y va bien, es por saber.`),
    no(`tío una duda, ¿tcp_tw_reuse es seguro? no tenemos ningún problema, es por si acaso`),
    no(`¿Es normal que netstat enseñe 1,2k conexiones en TIME_WAIT con 30 cps? No falla nada.`),
    no(`Pregunta: si ponemos un pfSense delante y luego activáis el RST, ¿hay que configurar algo? todavía no hay nada montado`),
    no(`¿Cuántas llamadas simultáneas aguanta el servidor antes de quedarse sin puertos? Hoy hacemos unas 200 y va sobrado.`),
    no(`netstat -ant | awk '{print $6}' | sort | uniq -c
     45 ESTABLISHED
     12 LISTEN
    130 TIME_WAIT
¿todo bien?`),
  ],
  firewallNoRst: [
    no(`preciso liberar a porta 5060 udp no fortigate pro novo carrier, como faço a policy?`),
    no(`whitelist do ip da operadora nova no iptables do vos, me passa o comando certinho?`),
    no(`o fail2ban baniu o ip do escritorio do cliente depois de varias tentativas de senha errada. como desbanir?`),
    no(`pra desativar o SIP ALG no mikrotik é /ip firewall service-port disable sip mesmo?`),
    no(`port forwarding no roteador do cliente pro pabx dele: 5060 e rtp 10000-20000, ta certo?`),
    no(`queremos bloquear por geoip tudo fora do brasil no firewall, vcs recomendam?`),
    no(`revisao das regras do pfSense antes de colocar em producao, segue o export em anexo. pode dar uma olhada?`),
    no(`o ASA ta bloqueando o rtp do carrier novo, audio mudo nos dois lados, sip passa normal. qual faixa de rtp o vos usa?`),
    no(`as regras do iptables sumiram depois do reboot, como salvo permanente? iptables-save?`),
    no(`o sophos ta bloqueando o painel web 8080 pra fora, preciso liberar só pro ip do revendedor`),
    no(`posso colocar o vos atras de um fortigate? quais portas abrir? hj ta direto na internet`),
    no(`alguem tem filtro pronto de fail2ban pros 401 do log do vos3000?`),
    no(`liberamos 5060 tcp pro cliente que so funciona em tcp, ta passando blz. só confirmando se falta abrir mais alguma coisa`),
    no(`o carrier pede que a gente libere o ip dele pra sinalizaçao e midia, qual é a nossa faixa?`),
    no(`tem um friendly-scanner batendo na 5060 a noite toda, como dropo pelo user-agent no iptables?`),
    no(`Necesito abrir el 5060 TCP y UDP en el FortiGate para un carrier nuevo. ¿Qué política pongo?`),
    no(`Añadir a la whitelist la IP del operador en el iptables, ¿me pasáis la regla?`),
    no(`fail2ban ha baneado la IP de nuestro call center tras muchos intentos fallidos, ¿cómo la desbaneo?`),
    no(`vale, ¿desactivamos el SIP ALG en el router del cliente? le da audio en un solo sentido`),
    no(`Redirección de puertos en el router de la tienda para la centralita: 5060 y RTP 10000-20000. ¿Algo más?`),
    no(`Queremos bloquear por país en el pfSense todo lo que no sea España y Portugal. ¿Os parece bien?`),
    no(`¿Nos revisáis la configuración del Cisco ASA antes de ponerlo en marcha? Os pego el running-config.`),
    no(`El Sophos XG bloquea el acceso al panel web desde fuera, ¿lo abro solo a la IP del revendedor?`),
    no(`tras reiniciar se perdieron las reglas de iptables, ¿cómo las hago persistentes?`),
    no(`El MikroTik del cliente tiene el firewall de fábrica y no deja entrar el SIP, ¿qué regla añado?`),
    no(`ostras, alguien nos escanea el 5060 con friendly-scanner toda la noche, ¿bloqueamos por user-agent?`),
    no(`¿Qué rango RTP usa el VOS3000? Es para abrirlo en el firewall del datacenter.`),
  ],
  negationContext: [
    no(`só pra constar: aqui é tudo UDP, nenhum tcp, e os ramais tão registrando normal. o RST nunca foi ligado`),
    no(`aquele problema de porta esgotada no pico foi resolvido mes passado, valeu galera. hj o time_wait fica em uns 400`),
    no(`encaminhando ticket antigo (resolvido) pra registro:
> [março] address already in use no pico, 28k TIME_WAIT
> solução: ip_local_port_range e tw_reuse
fechado, nada pendente.`),
    no(`os telefones cairam depois da troca de senha, não do RST (RST ta off, nunca ligamos)`),
    no(`obrigado! depois do ajuste o ss -s mostra timewait 350 no pico, antes era 30 mil. tudo certo por aqui`),
    no(`ninguem mudou nada no servidor, SS_TCP_CLOSE_RESET continua Off e o firewall nao dropa nada. o problema era a operadora que tava fora`),
    no(`desligamos o modo RST ontem e os mikrotik voltaram a registrar, tudo ok agora. só agradecendo msm`),
    no(`o fortigate derrubava os RST sim, mas isso foi em janeiro, ja ajustamos. hj ta tudo liso`),
    no(`nao é NAT nao, os telefones estao na mesma lan do servidor e usam udp. caiu por causa da senha mesmo`),
    no(`expliquei pro cliente o que é TIME_WAIT e pq os 200 que ele viu não são problema. pode fechar`),
    no(`o revendedor perguntou se o "address already in use" no pico ainda acontece: não, desde a mudança do kernel em abril nunca mais`),
    no(`RST esta desligado (Off) desde a instalação. os unregistered de hj foram queda de energia no prédio`),
    no(`fyi: relatório mensal diz 0 erros de bind, 0 drops no firewall. RST off. nada a fazer`),
    no(`o chamado do INVALID drop no conntrack ja foi resolvido semana passada, pode arquivar`),
    no(`errei o diagnóstico ontem: não era o RST (nem ta ligado), era o certificado TLS vencido nos telefones do cliente`),
    no(`Solo UDP aquí, nunca hemos activado el RST. Los registros van perfectos.`),
    no(`Lo del agotamiento de puertos en hora punta quedó solucionado el mes pasado, gracias. Ahora rondamos 500 TIME_WAIT.`),
    no(`Os reenvío el ticket viejo (cerrado) para el archivo: "cannot assign requested address" en pico, 30k TIME_WAIT, se arregló con tw_reuse.`),
    no(`No es el RST, tío, las extensiones cayeron después del cambio de contraseña. RST sigue en Off.`),
    no(`Gracias, tras el cambio ya estamos en 300 TIME_WAIT en hora punta, antes eran 28 mil.`),
    no(`Nadie ha tocado nada: SS_TCP_CLOSE_RESET en Off, firewall igual. El fallo era del carrier.`),
    no(`Desactivamos el modo RST ayer y los teléfonos detrás del MikroTik registran otra vez. Todo ok, cerramos.`),
    no(`El FortiGate tiraba los RST, sí, pero eso fue en febrero y ya se ajustó. Hoy todo va bien.`),
    no(`no es NAT, ¿vale? los teléfonos están en la misma LAN que el servidor, por UDP. fue la contraseña.`),
    no(`Le expliqué al cliente qué es el TIME_WAIT y por qué 250 no es nada. Cerramos.`),
    no(`Para el informe: 0 errores de bind, 0 paquetes INVALID descartados. RST desactivado.`),
    no(`Ojo, el "address already in use" que os comenté era del tomcat al arrancar, no de las llamadas salientes. Ya está resuelto.`),
  ],
  portExhaustion: [
    pe(`URGENTE galera, no pico das 19h as chamadas começam a falhar e no log do vos aparece "cannot assign requested address" ao conectar no carrier via tcp. ss -s mostra timewait 28k`),
    pe(`ss -s
Total: 31250
TCP:   30980 (estab 410, closed 30420, orphaned 2, timewait 30411)
isso agora no horario de pico, chamadas falhando. fora do pico volta ao normal`),
    pe(`vc pode olhar? todo dia entre 10h e 12h o softswitch nao abre conexão tcp nova pros gateways, EADDRINUSE no connect. netstat com uns 30 mil TIME_WAIT`),
    pe(`cliente de call center com 180 cps: na hora que a campanha dispara o servidor fica sem porta, "Cannot assign requested address" nas conexoes de saida. depois de uns minutos volta, e de novo`),
    pe(`netstat -ant | grep -c TIME_WAIT
27894
e as chamadas nao completam agora. ip_local_port_range ta no padrao`),
    pe(`bom dia, desde q aumentamos a campanha pra 150 cps, no pico o vos loga "bind failed: address already in use" nas conexões de saída pro carrier tcp. time_wait lá em cima, 25k+`),
    pe(`Forwarded ticket from NOC: "peak hour 20:00-21:00 outbound SIP/TCP to carrier fails, errno 99 EADDRNOTAVAIL, TIME_WAIT 29k". ta acontecendo agora de novo, hj`),
    pe(`tb ta rolando aqui: no horário comercial de pico nenhuma conexão tcp nova sai do servidor, chamadas falhando com 503. ss mostra 28 mil time-wait. fora do pico normal`),
    pe(`as 18h o servidor trava pra chamadas novas. dmesg nada, mas ss -tan state time-wait | wc -l da 31k. depois das 21h cai pra 2k. precisa ajustar algo? ta acontecendo todo dia`),
    pe(`pq as chamadas falham so no pico? log cheio de connect() failed (99: Cannot assign requested address), milhares. TIME_WAIT 30k`),
    pe(`seguindo a thread de ontem: hoje de novo, 11h15, 26k time_wait e "address already in use" nas conexoes de saida tcp. perdemos uns 40% das chamadas`),
    pe(`revendedor reclamando: os clientes dele nao conseguem ligar entre 19 e 22h. olhei e o servidor ta com as portas efemeras todas ocupadas, 28.000 TIME_WAIT`),
    pe(`30k time_wait no pico e chamada nao sai. socorro`),
    pe(`log do mbx3000d agora no pico:
2024-05-13 19:02:11 ERROR tcp connect to 200.155.x.x:5060 failed: Cannot assign requested address
2024-05-13 19:02:11 ERROR tcp connect to 200.155.x.x:5060 failed: Cannot assign requested address
(repete milhares de vezes)
ss -s timewait 29k`),
    pe(`dialer discando 200 cps e o vos sem porta livre pra sair, ss -s timewait 32k, chamadas falhando. o q fazer? tw_reuse ta 0`),
    pe(`a operadora passou a gente pra sip tcp semana passada e desde entao no pico as chamadas de saida falham com "cannot assign requested address", TIME_WAIT passou de 20 mil`),
    pe(`Bom dia. Nossas chamadas falham no pico porque o servidor não consegue abrir nova conexão TCP: EADDRNOTAVAIL. O range é 32768-60999, uns 28k portas, e estão todas em TIME_WAIT.`),
    pe(`Urgente: en hora punta (de 10 a 13h) fallan las llamadas salientes y en el log sale "cannot assign requested address". ss -s: timewait 29k.`),
    pe(`ss -s
Total: 30102
TCP:   29877 (estab 388, closed 29350, orphaned 0, timewait 29342)
en pico, y no se abren conexiones nuevas. ¿qué hacemos?`),
    pe(`tío, cada tarde a las 19h el softswitch se queda sin puertos. EADDRINUSE al conectar al carrier por TCP y 30 mil TIME_WAIT`),
    pe(`Vale, os cuento: con la campaña de 160 cps el servidor deja de abrir conexiones TCP nuevas en hora punta, miles de TIME_WAIT (unos 27k). Fuera de pico todo bien.`),
    pe(`netstat -ant | grep TIME_WAIT | wc -l
31022
las llamadas no salen en este momento`),
    pe(`ostras, otra vez: "Address already in use" en las conexiones salientes a las pasarelas, justo en el pico. TIME_WAIT por encima de 25.000`),
    pe(`Reenvío ticket del NOC: "Fallo de llamadas 18-20h, errno 99, 28k sockets TIME_WAIT, conexiones TCP salientes rechazadas". Está pasando hoy también.`),
    pe(`sigo con lo de ayer: hoy a las 12h otra vez sin puertos efímeros, 30k time_wait, la mitad de llamadas fallidas`),
    pe(`el revendedor dice que sus clientes no pueden llamar en horas punta; en el servidor veo todos los puertos efímeros en TIME_WAIT (28k). Fuera de esas horas nada.`),
    pe(`log del mbx3000d:
ERROR connect 185.47.x.x:5060 tcp: Cannot assign requested address
ERROR connect 185.47.x.x:5060 tcp: Cannot assign requested address
solo pasa en el pico de la tarde, ahora mismo está así`),
    pe(`30k TIME_WAIT en pico y no sale ni una llamada, ayuda porfa`),
    pe(`Desde que el carrier nos pasó a TCP, en hora punta se agotan los puertos: BindException en las conexiones salientes y ~26k TIME_WAIT.`),
    pe(`¿Podéis mirar? tcp_tw_reuse=0, rango de puertos por defecto, 170 cps en pico y el servidor se queda sin puertos libres para conectar, llamadas fallando cada día a esa hora`),
  ],
  natUnregistered: [
    nat(`depois que vcs ligaram o SS_TCP_CLOSE_RESET ontem, os ramais dos clientes atras de mikrotik ficam unregistered. eles usam sip tcp`),
    nat(`blz, desde que mudaram o modo de fechamento pra RST os softphones do pessoal em home office (roteador de casa, NAT) perdem o registro toda hora. tudo tcp`),
    nat(`ativamos SS_TCP_CLOSE_RESET=On pra aguentar o cps e agora os telefones atras de NAT no escritorio do cliente caem o registro a cada poucos minutos. os de ip publico tão ok`),
    nat(`galera, depois da mudança de ontem (o tal do RST) os grandstream do cliente atras do roteador da vivo ficam offline. sip over tcp`),
    nat(`vc pode checar? os GoIP atras de NAT registram e depois de uns min aparecem unregistered. começou exatamente qdo ligamos o reset no softswitch.conf e fizemos reparse`),
    nat(`ramais unregistered só nos clientes com NAT, tcp 5060, desde terça. ativamos o RST na terça`),
    nat(`grep SS_TCP_CLOSE_RESET /home/kunshi/mbx3000/etc/softswitch.conf
SS_TCP_CLOSE_RESET=On

desde que ficou assim, os zoiper do pessoal em casa (atras de nat) perdem registro. tcp`),
    nat(`cliente reclamando q os ip phones dele (atras de um mikrotik com nat) não registram mais desde que vcs colocaram o modo RST. ele usa transporte TCP pq o provedor bloqueia udp`),
    nat(`seguindo: depois do RST os telefones atras de nat continuam caindo. uns 60 de 200 aparecem unregistered no painel agora`),
    nat(`o microsip dos operadores em home office deslogou geral hj cedo, logo depois do reparse com close reset On. todos por tcp, atras de roteador de casa`),
    nat(`Tb notei: os ATAs dos clientes residenciais (NAT) ficam registrando e desregistrando em loop desde que ligamos o RST. os de UDP ok, só os de TCP`),
    nat(`pq os ramais remotos caíram? só mudamos SS_TCP_CLOSE_RESET pra On pra resolver o time_wait. os remotos são todos atrás de NAT e usam tcp`),
    nat(`o registro dos yealink da filial (atras de nat, sip tcp) expira e nao renova desde a mudança pra RST`),
    nat(`bom dia, os softphones da galera do suporte (todos em casa, nat) aparecem "unregistered" desde ontem a noite quando vcs ativaram o reset tcp. preciso q volte ate as 9h`),
    nat(`depois do ajuste do close mode, metade dos telefones do call center ficou unregistered. o call center fica atras do CGNAT da operadora, tudo em tcp`),
    nat(`encaminhando do revendedor: "depois que o vos passou a mandar RST, os aparelhos dos meus clientes que estão atrás de roteador não ficam registrados, usamos tcp"`),
    nat(`Desde que activasteis SS_TCP_CLOSE_RESET ayer, las extensiones de los clientes detrás de MikroTik salen unregistered. Van por SIP TCP.`),
    nat(`tío, desde el cambio al modo RST los softphones de la gente que teletrabaja (router de casa, NAT) pierden el registro cada dos por tres. todo por TCP`),
    nat(`Activamos SS_TCP_CLOSE_RESET=On por el tema de los TIME_WAIT y ahora los teléfonos detrás de NAT en la oficina del cliente se desregistran. Los que tienen IP pública van bien.`),
    nat(`vale, los Yealink de la sucursal de Sevilla (detrás de NAT, TCP) no renuevan el registro desde que se puso el RST`),
    nat(`grep CLOSE_RESET softswitch.conf
SS_TCP_CLOSE_RESET=On
Desde entonces los Zoiper de los comerciales detrás del router de casa pierden el registro. TCP.`),
    nat(`El cliente dice que sus teléfonos IP (detrás de un router con NAT) dejaron de registrarse justo cuando cambiasteis el cierre de TCP a RST. Usa TCP porque su ISP bloquea UDP.`),
    nat(`sigo con lo de ayer: con el RST activo, de 150 extensiones detrás de NAT ahora mismo 45 están sin registrar`),
    nat(`ostras, los ATA de los clientes residenciales (NAT) registran y desregistran en bucle desde que activamos el RST. Los de UDP no tienen problema.`),
    nat(`¿Por qué se han caído las extensiones remotas? Solo cambiamos SS_TCP_CLOSE_RESET a On. Todas están detrás de NAT y van por TCP.`),
    nat(`buenas, desde el reparse de anoche con el reset activado los teléfonos de la oficina de Bilbao (NAT del router de Movistar) aparecen desregistrados. SIP sobre TCP.`),
    nat(`Después de vuestro cambio de ayer (el cierre con RST) los operadores que trabajan desde casa no consiguen mantener el registro, todos por TCP detrás de NAT`),
    nat(`Reenvío del revendedor: "desde que el softswitch manda RST, los terminales de mis clientes detrás de router no se quedan registrados, usamos TCP"`),
    nat(`Los GoIP detrás de NAT registran y a los pocos minutos salen unregistered. Empezó exactamente cuando pusimos el RST y hicimos reparse.`),
    nat(`tras poner el modo RST los microsip de los agentes (CGNAT del operador, TCP) salen sin registrar en el panel. ¿lo quitamos?`),
  ],
  firewallRst: [
    fw(`depois que ativamos o RST, as chamadas passando pelo fortigate do cliente travam e caem. no log do forti: "no session matched" pros pacotes com flag R`),
    fw(`log do pfSense:
block  WAN  TCP:R  10.20.0.5:5060 -> 189.x.x.x:41822
block  WAN  TCP:R  10.20.0.5:5060 -> 189.x.x.x:41830
muitas linhas assim desde que ligamos SS_TCP_CLOSE_RESET. chamadas travando`),
    fw(`o ASA ta dropando: %ASA-6-106015: Deny TCP (no connection) from 10.1.1.10/5060 to 177.x.x.x/52110 flags RST on interface inside. começou com o modo RST, chamadas falhando`),
    fw(`iptables com conntrack marcando INVALID e dropando os RST do vos desde a mudança de ontem. as chamadas ficam penduradas`),
    fw(`galera, desde q mudaram pra RST as chamadas do cliente que tem sophos na frente ficam em ringing pra sempre e caem. o sophos loga dropped "out of state"`),
    fw(`mikrotik do cliente: a regra de firewall filter drop connection-state=invalid ta pegando os RST do softswitch. começou depois que ligamos o reset. chamadas caindo`),
    fw(`chamadas caem pelo firewall do datacenter desde a ativação do SS_TCP_CLOSE_RESET. o log do firewall: "TCP packet out of state: RST"`),
    fw(`vc pode ver? depois do reparse com RST On, as chamadas pro carrier (que tem fortigate) falham. diag debug flow: "no session matched", flags [R]`),
    fw(`kern.log:
INVALID-DROP IN=eth1 OUT=eth0 SRC=10.0.0.8 DST=187.x.x.x PROTO=TCP SPT=5060 DPT=40112 WINDOW=0 RES=0x00 RST URGP=0
milhares disso, chamadas caindo, desde que ativamos RST`),
    fw(`seguindo a conversa: o pfsense continua bloqueando os RST, chamadas travam no meio. "TCP:R" bloqueado na WAN toda hora`),
    fw(`desde a mudança do close mode, o firewall stateful do cliente (check point) descarta os pacotes RST e as chamadas ficam penduradas`),
    fw(`ligamos RST pra aliviar time_wait e agora o fortigate 100F do call center dropa os resets, chamadas caem. logs: "no session matched"`),
    fw(`encaminhando ticket do NOC: "after enabling SS_TCP_CLOSE_RESET, ASA drops RST packets (Deny TCP (no connection)), calls hang". ta ativo agora`),
    fw(`as chamadas nao desligam direito, fica o canal aberto, depois que passamos pro modo RST. o iptables do servidor de borda loga INVALID nos RST`),
    fw(`tb aqui: sophos xg "Invalid TCP state" pros RST do softswitch, depois de ativar o reset. chamadas falhando pra filial`),
    fw(`RST ligado → fortigate dropando os RST → chamadas caindo. o que ajusto no forti?`),
    fw(`Desde que activamos el RST, las llamadas que pasan por el FortiGate del cliente se cuelgan. En el log: "no session matched" con flags R.`),
    fw(`log del pfSense:
block  WAN  TCP:R  192.168.10.4:5060 -> 83.x.x.x:50211
montones de líneas desde que pusimos SS_TCP_CLOSE_RESET=On, llamadas colgadas`),
    fw(`El ASA tira los RST: %ASA-6-106015: Deny TCP (no connection) from 10.2.0.3/5060 to 88.x.x.x/33410 flags RST on interface inside. Desde el cambio de ayer fallan llamadas.`),
    fw(`conntrack marca como INVALID y descarta los RST del softswitch desde el cambio. Las llamadas se quedan colgadas.`),
    fw(`tío, el Sophos del cliente descarta los RST (out of state) desde que activasteis el reset, y las llamadas no terminan bien`),
    fw(`El MikroTik tiene drop connection-state=invalid y se come los RST del VOS desde que pusimos el modo RST. Se caen llamadas.`),
    fw(`vale, desde el reparse con RST On las llamadas al carrier (que tiene FortiGate) fallan; diag debug flow dice "no session matched" flags [R]`),
    fw(`log de iptables: prefijo INVALID-DROP, PROTO=TCP SPT=5060 RST, miles por minuto desde que activamos el RST. Llamadas cayéndose.`),
    fw(`sigo con lo del pfSense: sigue bloqueando los TCP:R y las llamadas se quedan colgadas a mitad`),
    fw(`Activamos el RST por los TIME_WAIT y ahora el firewall del call center descarta los reset, se caen llamadas. Log: "no session matched".`),
    fw(`Reenvío del NOC: "tras activar SS_TCP_CLOSE_RESET el ASA descarta paquetes RST (Deny TCP no connection), las llamadas se quedan colgadas". Está pasando ahora.`),
    fw(`ostras, desde el cambio del modo de cierre el firewall stateful de la sede (Check Point) descarta los RST y los canales se quedan abiertos`),
    fw(`Sophos XG: "Invalid TCP state" con los RST del softswitch desde que activamos el reset. Fallan las llamadas a la sucursal.`),
    fw(`RST activado → FortiGate descartando los RST → llamadas cayendo. ¿Qué toco?`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning201Set: readonly EvalItem[] = Object.values(tuning201Families).flat();
