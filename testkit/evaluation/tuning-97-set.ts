import { fw, nat, no, pe, type EvalItem } from './evaluate.js';

/**
 * Operators, resellers and NOC technicians in Albania, Kosovo, North Macedonia and Bosnia writing on
 * WhatsApp in Albanian, Macedonian in Latin letters and Bosnian, mostly without diacritics as typed on
 * phones, mixed with English technical terms ("pershendetje", "nuk punon", "dje", "sot", "faleminderit",
 * "cfare te bej", "zdravo", "ne raboti", "vcera", "denes", "fala", "ne radi", "juce", "danas", "hvala"),
 * informal, some with pasted log lines or command output.
 *
 * The ninety-seventh tuning split, by family. Five negative families of 27 (one service that cannot
 * bind its own port, registration lost for another reason, small figures and questions, firewall work
 * without dropped RST, playbook words denied or explained) and three positive families of 30 (port
 * exhaustion, NATed phones unregistered after RST mode, a stateful firewall dropping RST). Written as the ninety-seventh never-tuned set,
 * before the forty-fourth round of rules by someone who had read only the playbooks' symptoms and
 * the domain notes, without the matcher, its rules or the other sets in view; measured as such before and after the forty-fourth round, then made tuning
 * material for the forty-fifth: bench/classify lists its misses.
 *
 * First measured, before any tuning on it: in scope 73.3 %, negatives confident 4.4 %, confident wrong 0 % with the rules of the
 * forty-third round, and the same after the forty-fourth.
 */
export const tuning97Families = {
  oneListeningPort: [
    no(`pershendetje, tomcat nuk starton ne serverin e VOS, ne catalina.out del java.net.BindException: Address already in use: JVM_Bind <null>:8080. cfare te bej?`),
    no(`zdravo, nginx ne radi od juce poslije update-a
nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)
apache je valjda jos upaljen, kako da vidim ko drzi port 80?`),
    no(`zdravo brat, na laptopot mi npm run dev ne raboti, Error: listen EADDRINUSE: address already in use :::3000. Sto da pravam, ne sakam restart`),
    no(`mysql nuk ngrihet sot, ne log: [ERROR] Can't start server: Bind on TCP/IP port: Address already in use. Do you already have another mysqld server running on port: 3306 ? ka mundesi qe jane 2 instanca?`),
    no(`imam drugi sip server (asterisk) na istoj masini za test i sad vos softswitch nece da se digne, pise cannot bind 5060. jel moze oba na isti port? vjerovatno ne :)`),
    no(`docker run -p 5432:5432 postgres mi dava Bind for 0.0.0.0:5432 failed: port is already allocated. imam lokalno postgres instaliran, toa e problemot nali?`),
    no(`web portali i vos nuk hapet, kur provoj me restartu del qe porti 8080 eshte i zene nga nje proces tjeter. netstat -tlnp | grep 8080 tregon java pid 2211. ta vras?`),
    no(`hvala za pomoc juce. danas opet isto, httpd ne starta:
(98)Address already in use: AH00072: make_sock: could not bind to address [::]:443
mislim da je nginx koji je kolega instalirao`),
    no(`zdravo, mbx3000d ne saka da startuva denes, vo logot: bind 0.0.0.0:5060 failed, address already in use. Proveriv i ima star proces od softswitch sto ne umrel posle kill. Sto e najdobro, kill -9?`),
    no(`instaluam nje zabbix-agent te dyte nga paketa e re dhe tani nuk punon: cannot bind to port 10050, Address already in use. i vjetri eshte ende aktiv mendoj`),
    no(`redis ne radi, Could not create server TCP listening socket *:6379: bind: Address already in use. imam dva redis servisa, jedan iz docker-a jedan iz systemd`),
    no(`spring boot app mi pagja pri start: Web server failed to start. Port 8081 was already in use. Kako da go smenam portot vo application.properties?`),
    no(`pershendetje, instalova freeswitch ne te njejtin server me vos per IVR dhe tani freeswitch thote sofia profile internal failed to bind 5060. a duhet ta kaloj ne 5080?`),
    no(`brate jel znas zasto vsftpd nece da starta, 500 OOPS: could not bind listening IPv4 socket. xinetd je isto upaljen mozda`),
    no(`EADDRINUSE na port 9000 ama toa e php-fpm, ne e od vos. samo da pitam dali ima vrska`),
    no(`sot ne mengjes haproxy nuk startoi: Starting frontend http-in: cannot bind socket [0.0.0.0:80]. apache eshte aktiv ne te njejtin port. faleminderit`),
    no(`probao sam pokrenuti drugi vos web interfejs na istom serveru za testiranje, tomcat kaze Address already in use na 8080 i na 8005 shutdown port. moze li se to uopste?`),
    no(`python -m http.server 8000 ne raboti, OSError: [Errno 98] Address already in use. zaboraviv deka imam drug terminal otvoren hehe, ok resheno`),
    no(`snmpd nuk ngrihet: Error opening specified endpoint "udp:161". ka dicka tjeter qe degjon ne 161? cfare te bej`),
    no(`mysqld na vos serveru ne starta nakon nestanka struje, u logu bind on tcp/ip port 3306 address already in use. ps pokazuje dva mysqld procesa. sta da radim a da ne izgubim bazu`),
    no(`Zdravo, instaliravme nov callcenter softver na istiot server, i sega sip portot 5060 e zafaten od nego, vos ne moze da go zeme. Koj e najlesniot nacin da go prefrlime callcenterot na drug port?`),
    no(`node server i zhvilluesit tone: Error: listen EADDRINUSE 0.0.0.0:5000. ne macbook, airplay receiver e ze portin 5000 me sa lexova. e vertete?`),
    no(`grafana ne radi poslije instalacije, bind: address already in use :3000. imam i neki node app na 3000. ok promijenit cu port, hvala`),
    no(`kamailio start failed: ERROR: bind(8, ..) on 10.0.0.5: Address already in use (udp:10.0.0.5:5060). Na istiot host e i vos. Treba li drug IP?`),
    no(`kur e nis serverin e licences (java) del BindException port 1099 already in use. rmi registry mbetet gjalle nga nisja e pare. si ta pastroj?`),
    no(`sshd ne moze na port 2222, error: Bind to port 2222 on 0.0.0.0 failed: Address already in use. neki docker kontejner je mapiran na 2222. ok nasao sam`),
    no(`openvpn ne se krenuva denes: TCP/UDP: Socket bind failed on local address [AF_INET][undef]:1194: Address already in use. vcera raboteshe. imam dva config fajla mozebi`),
  ],
  otherRegistrationCause: [
    no(`pershendetje, 15 telefona ne zyren e Prishtines jane unregistered qe nga mengjesi. ne log del 403 Forbidden. kolegu ka ndryshuar passwordat dje ne vos?`),
    no(`zdravo, trunk prema operateru nije registrovan od juce, oni su promijenili IP adresu svog SBC-a a niko nam nije javio. sad je ok kad smo promijenili`),
    no(`zdravo, site telefoni vo kancelarijata se unregistered, nema internet od Telekom od 9 casot. ne e od serverot nali?`),
    no(`telefonat nuk regjistrohen, yealink tregon 'Registration failed' dhe ne vos shoh 401 ne loop. llogaria e klientit ka skaduar me 1 te muajit, a eshte kjo arsyeja?`),
    no(`nakon nestanka struje u firmi nijedan grandstream nije registrovan. switch je PoE i izgleda da je izgorio. telefoni nemaju ni IP`),
    no(`promenivme DNS zapisot sip.firma.mk na nov server vcera, i polovina telefoni se ushte unregistered. TTL bese 86400. dali treba da cekame?`),
    no(`kemi ndryshuar VLAN e zerit ne switch sot dhe telefonat nuk marrin IP nga DHCP, pra nuk regjistrohen. sip eshte UDP. ku eshte gabimi?`),
    no(`licenca na vos isteka jucer, sad nista se ne registruje, log kaze license expired. kome da se javimo za novu?`),
    no(`klientot mi vika deka mikrotikot go smenil so nov ruter od provajderot i sega telefonite ne se registriraat. koristime UDP 5060, na serverot nisto ne sme menuvale. mozebi SIP ALG na noviot ruter?`),
    no(`telefoni i recepsionit shfaq 'No Service', kablli i rrjetit ishte shkeputur nga pastruesja lol. u rregullua, faleminderit`),
    no(`provisioning server je poslao pogresnu konfiguraciju, svi telefoni imaju server 192.168.1.10 umjesto javne IP. zato su unregistered. kako da forsiram reprovision?`),
    no(`zdravo, Zoiper kaj eden korisnik vika 'Wrong password' posle promena na lozinka vo portalot. seushte ja koristi starata lozinka`),
    no(`pershendetje, ja log nga vos:
REGISTER sip:1001@sip.firma.al SIP/2.0
SIP/2.0 403 Forbidden (IP not allowed)
e kemi ndryshu IP e zyres dje sepse ndryshuam ISP. ku shtohet IP e re?`),
    no(`trunk na carrier pada svaki sat, oni kazu da im je registration expires 3600 a mi saljemo re-register tek nakon 3600. kako da skratim?`),
    no(`denes ISP ima prekin vo Tetovo, site nashi klienti od tamu se unregistered. koga kje se vrati internetot kje se registriraat sami nali?`),
    no(`account i resellerit u bllokua per balance negative dhe tani te gjithe telefonat e tij dalin unregistered. a ka menyre me i lejua vetem registration pa thirrje?`),
    no(`zdravo, na softswitchu nista nije mijenjano, ali klijent je promijenio ruter i sad ima dupli NAT (4G modem + tp-link). telefoni su na UDP, registracija traje 30 sekundi pa nestane. kako keepalive podesiti?`),
    no(`telefonot pokazuva unregistered zatoa sto DHCP mu dal adresa od drug subnet posle smena na switch. Staviv staticka i raboti. fala`),
    no(`certifikata TLS e domain-it skadoi dje dhe telefonat qe perdorin TLS 5061 nuk regjistrohen me. a mjafton te bej renew me certbot?`),
    no(`u logu vidim samo 404 Not Found za REGISTER, ispostavilo se da je korisnik ukucao 10001 umjesto 1001 lol`),
    no(`posle update na firmware na Fanvil telefonite, sip serverot se izbrisal od konfiguracijata. site se unregistered. imam 40 telefoni, sto da pravam, racno?`),
    no(`trunk-u me operatorin nuk regjistrohet qe dje, ata kane ndrruar realm dhe username. na dergojne 401 Unauthorized. si ta ndryshoj ne vos gateway?`),
    no(`MikroTik je resetovan na fabricke postavke nakon nestanka struje, sad nema port forward i telefoni u podruznici nisu registrovani. sip je UDP. koja pravila da vratim?`),
    no(`koga ke go izgasam VPN-ot na laptopot zoiper se registrira, koga e vklucen ne. serverot e OK. dali e od split tunnel?`),
    no(`sot serveri DNS i klientit nuk punon, telefonat kane 'sip.domain.al' dhe nuk e gjejne serverin. i vendosem IP direkt?`),
    no(`vrijeme na serveru je bilo pogresno jer ntp ne radi, jel moguce da zbog toga digest auth pravi probleme i telefoni padaju sa registracije?`),
    no(`resheno: registraciite im pagjaa bidejki nekoj stavil max registrations = 1 na akauntot, a korisnikot ima 3 uredi sto se isfrlaat megjusebno`),
  ],
  smallFigures: [
    no(`pershendetje, sa eshte normale per time_wait? ne serverin tone kemi rreth 250 me 10 thirrje ne te njejten kohe. a duhet te shqetesohem?`),
    no(`zdravo, samo provjera, jel ovo ok?
Total: 312 (kernel 0)
TCP:   148 (estab 41, closed 72, orphaned 0, synrecv 0, timewait 70/0), ports 0
sve radi normalno, samo pitam`),
    no(`sto tocno pravi SS_TCP_CLOSE_RESET? vo manualot pishuva samo On/Off. sakam da razberam pred da menuvam nesto`),
    no(`a eshte e sigurt tcp_tw_reuse=1 ne centos 7? lexova qe tcp_tw_recycle eshte i rrezikshem me NAT, po reuse?`),
    no(`sta je uopste time_wait? kolega kaze da je to greska, ja mislim da je normalno stanje`),
    no(`netstat -ant | grep TIME_WAIT | wc -l
134
dali e ova mnogu? imame okolu 5 CPS vo najgolemata guzva`),
    no(`cili eshte rekomandimi juaj per ip_local_port_range ne nje server te ri me 2000 thirrje paralel? tani eshte default 32768 60999, ende nuk kemi probleme`),
    no(`pozdrav, radim health check za klijenta: CPU 12%, RAM 40%, 60 aktivnih poziva, timewait 95. ima li nesto sto bi trebalo podesiti preventivno?`),
    no(`fala za objasnuvanjeto vcera. ushte edno prasanje: dali RST e podobar od FIN generalno, ili zavisi?`),
    no(`a e sheh dikush kete, eshte normale? ss -tan state time-wait | wc -l -> 41`),
    no(`koja je default vrijednost za SS_TCP_CLOSE_RESET na vos3000 2.1.8? samo da znam za dokumentaciju`),
    no(`Zdravo, pravam izvestaj za menadzmentot. Kolku TIME_WAIT konekcii se smetaat za problem? Kaj nas se okolu 300 vo pik.`),
    no(`a ndikon SS_TCP_CLOSE_RESET ne thirrjet UDP? shumica e klienteve tane jane ne UDP`),
    no(`ss ne postoji na centos 6 serveru, koja je netstat komanda da vidim broj konekcija po stanju? nemamo problem, samo pravim monitoring skriptu`),
    no(`kako da go proveram momentalniot ip_local_port_range? sysctl -a | grep port ili ima podobar nacin`),
    no(`pershendetje, ja output nga serveri ne Tirane:
TCP:   89 (estab 22, closed 51, orphaned 0, timewait 48/0), ports 0
a duket ne rregull? klienti pyet pse ka timewait fare`),
    no(`jel tcp_fin_timeout utice na time_wait? citao sam da ne utice ali nisam siguran`),
    no(`imame 40 CPS maks i 180 time_wait. dali ima smisla da go vklucime RST modot preventivno ili da ostavime kako e?`),
    no(`cfare do te thote 'orphaned' ne ss -s? e kam 0 por dua ta di`),
    no(`za obuku novih tehnicara: kako objasniti razliku izmedju FIN i RST zatvaranja jednostavno?`),
    no(`pred da napravam upgrade na 8 jadra, dali treba da menuvam nesto vo sysctl.conf? sega imame 150 istovremeni povici i se e ok`),
    no(`ku ruhet parametri SS_TCP_CLOSE_RESET, ne softswitch.conf apo ne databaze? thjesht dua ta kontrolloj vleren`),
    no(`danas je bio rekordni dan, 900 istovremenih poziva i sve ok, timewait max 600. samo da javim, hvala vam`),
    no(`service mbx3000d reparse dali gi prekinuva aktivnite povici? sakam da smenam eden parametar, nishto itno`),
    no(`sa porta lokale ka linux-i ne default? 28 mije? na mjaftojne per 300 thirrje?`),
    no(`cat /proc/sys/net/ipv4/tcp_tw_reuse vraca 2, sta znaci 2? mislio sam da je samo 0 ili 1`),
    no(`Zdravo, dali ima grafik ili alatka za monitoring na TIME_WAIT vo vos web portalot? brojkite ni se mali, no sakame da gi sledime`),
  ],
  firewallNoRst: [
    no(`pershendetje, si ta hap portin 5060 tcp dhe udp ne firewalld ne centos 7? klienti i ri nuk lidhet`),
    no(`fail2ban je banovao IP od nase podruznice jer su imali 10 pogresnih registracija. kako da ih stavim na whitelist?`),
    no(`zdravo, kako da go isklucam SIP ALG na MikroTik? audio e ednostrano kaj nekoi klienti`),
    no(`dua te bllokoj te gjitha IP jashte Ballkanit ne iptables per SIP, sepse kemi shume sulme nga scanners. ka ndonje liste geoip?`),
    no(`FortiGate: treba mi policy da dozvolim RTP range 10000-20000 prema vos serveru. jel dovoljno samo UDP?`),
    no(`port forward na pfSense za 5060 kon vnatresniot vos ne raboti, sto da proveram? NAT outbound e automatic`),
    no(`dikush po ben brute force ne 5060, shoh mijera REGISTER nga 1 IP ne minute. si ta vendos rate limit me iptables hashlimit?`),
    no(`hitno, blokirali smo sami sebe, iptables -P INPUT DROP prije nego sto smo dozvolili ssh. ima li neko konzolu kod data centra?`),
    no(`iptables -L -n -v pokazuva mnogu DROP paketi na port 5060 od Kina. Toa e ok, nali? Sakam samo potvrda deka firewall-ot si ja vrsi rabotata`),
    no(`cila eshte menyra me e mire per whitelist te IP-ve te carrier-it ne vos, ne firewall apo ne gateway settings?`),
    no(`Cisco ASA: sip inspection pravi probleme sa SDP, jel preporucujete da iskljucim inspect sip?`),
    no(`klientot ima Sophos firewall i saka lista na portovi za vos. mozete li da mi pratite: sip, rtp, web portal?`),
    no(`fail2ban nuk po ban asgje edhe pse ka sulme, filtri per vos log a ekziston? e kam provuar asterisk filter`),
    no(`dmesg kaze nf_conntrack: table full, dropping packet. imamo flood na 5060 udp od nekog skenera. koliko da povecam nf_conntrack_max?`),
    no(`dali treba da go otvoram TCP 5060 ako site klienti se na UDP? sakam da go zatvoram ako ne treba`),
    no(`kemi ndryshuar firewall nga iptables ne nftables ne serverin e test. a ka ndonje problem me vos? cdo gje duket ok tani`),
    no(`MikroTik dst-nat za 5060 na vos i 10000-20000 za rtp, jel ovo dobro:
/ip firewall nat add chain=dstnat protocol=udp dst-port=5060 action=dst-nat to-addresses=192.168.88.10
treba li jos nesto za tcp?`),
    no(`cloud provajderot (hetzner) ima svoj firewall pred serverot. otvoriv 5060 vo iptables no ne stiga nishto. mozebi i tamu treba da otvoram?`),
    no(`pershendetje, duam te kufizojme qasjen ne web portalin e vos (8080) vetem nga IP e zyres. me iptables apo me tomcat valve?`),
    no(`kako da logujem samo odbijene SIP pakete u iptables bez da napunim disk?`),
    no(`firewall-ot na klientot (FortiGate) ima session timeout 300 sek za UDP, a registracijata e na 3600. dali da go namalime expires ili da go zgolemime timeout?`),
    no(`a duhet ICMP i lejuar ne firewall per vos? admini i ri i ka bllokuar te gjitha`),
    no(`ufw ili iptables na ubuntu za novi billing server pored vos-a? sta je jednostavnije za juniore`),
    no(`sakam da stavam geo-block, da ostanat samo Albanija, Kosovo, Makedonija i BiH na pfSense, dali pfBlockerNG e dobar za toa?`),
    no(`ne FortiGate shoh 'deny by policy 0' per trafikun e RTP nga klienti i ri. si ta shtoj policy?`),
    no(`zdravo, provajder kaze da moramo otvoriti TCP 5061 za TLS. samo dodam pravilo za 5061 i to je to?`),
    no(`iptables-save ne se zacuvuva posle restart na centos 6. kade treba da gi stavam pravilata?`),
  ],
  negationContext: [
    no(`telefonat jane unregistered por ne perdorim vetem UDP, pra ajo gjeja me RST nuk ka lidhje. dicka tjeter eshte`),
    no(`RST je iskljucen (SS_TCP_CLOSE_RESET=Off) i niko nista nije mijenjao mjesecima, a pozivi i dalje padaju kod jednog klijenta. mora biti nesto drugo`),
    no(`address already in use problemot od minatiot mesec e resen so tcp_tw_reuse, ova sto go pisham sega e drugo: zvukot ima odlozuvanje`),
    no(`telefonat u c'regjistruan pas ndryshimit te passwordit, jo per shkak te RST. thjesht dua te konfirmoj qe s'ka te beje me TCP`),
    no(`za obuku: ako klijent ima NAT i ukljucimo RST mod, sta bi moglo poci po zlu? nije stvarni problem, pitam za prezentaciju`),
    no(`Ova ne e nash server, e na konkurencijata, ama nivnite korisnici se zalat deka telefonite im se unregistered posle nekoja TCP promena. Kaj nas se e ok`),
    no(`raport per incidentin e vitit te kaluar: ne nentor kishim time_wait te larte dhe 'cannot assign requested address', u zgjidh me RST On. sot nuk ka problem, thjesht po e dokumentoj`),
    no(`nije problem sa portovima, provjerio sam, timewait je 40. problem je sto billing ne upisuje CDR`),
    no(`hipotetski, ako vklucime SS_TCP_CLOSE_RESET a imame pfSense so stateful pravila, dali bi imalo problem? seushte ne sme go vklucile`),
    no(`firewall-i nuk po bllokon asgje, e kemi kontrolluar log-un e FortiGate, zero drop. thirrjet bien per shkak te carrier-it, ata e pranuan`),
    no(`RST mod smo ukljucili prije 3 mjeseca i sve radi savrseno. pitanje je o necem drugom: kako exportovati CDR u csv?`),
    no(`klientot reche 'posle tcp promenata' ama proverivme, toj e na UDP i problemot bese dupla registracija od stariot telefon. zatvoreno`),
    no(`mikrotik-u i klientit eshte ok, telefonat regjistrohen. problemi eshte qe nuk degjohet zeri ne njeren ane. nuk ka lidhje me RST`),
    no(`kolega iz druge firme kaze da su imali problem sa FortiGate i RST paketima na svom vos-u. mi nemamo FortiGate, samo iptables bez state pravila. treba li nas da brine?`),
    no(`unregistered telefonite bea od isteceniot akaunt, ne od RST kako sto mislevme na pocetok. fala za pomosta, resheno`),
    no(`e kemi kthyer SS_TCP_CLOSE_RESET ne Off javen e kaluar dhe qe atehere te gjitha ok. thjesht pyes a duhet ta mbajme ashtu pergjithmone`),
    no(`nije NAT, telefoni su na javnoj IP direktno. i nisu unregistered, samo ne zvone kad dolazi poziv`),
    no(`kvizot za novite tehnicari: 'Koj e efektot od SS_TCP_CLOSE_RESET na UDP povici?' odgovorot e nikakov, nali?`),
    no(`nuk eshte problem portesh, 'address already in use' ishte nga skripti im python qe e nisa dy here. serveri vos eshte ne rregull`),
    no(`planiramo u labu ukljuciti RST i pustiti saobracaj kroz ASA da vidimo sta ce se desiti, za dokumentaciju. produkcija je netaknuta. sta ocekujete da vidimo?`),
    no(`ne ne, firewall-ot ne go menuvavme, ni RST. edinstvena promena e noviot carrier od vcera, i od togas ima 503 na del od povicite`),
    no(`pyetje teorike: pse RST i ngaterron pajisjet NAT? nuk kemi problem, thjesht kureshtje`),
    no(`pise SS_TCP_CLOSE_RESET u changelogu nove verzije, jel to nesto sto trebamo dirati? kod nas sve radi ok sa defaultom`),
    no(`time_wait pred mesec dena beshe 30000, sega po tuning-ot e 800 i stabilno. samo potvrda deka ne treba nisto poveke`),
    no(`nje reseller tjeter ne Shkup thote qe telefonat e tij u c'regjistruan pas RST, por ai ka server tjeter, jo tonin. a duhet te na shqetesoje?`),
    no(`pozivi padaju nakon 30 sekundi ali to je ACK problem sa UDP i nasim NAT-om, RST nismo nikad ni dirali`),
    no(`izvestaj od minatata nedela: problemot so FortiGate i RST bese reshen so policy za dozvola. denes nema povtoruvanje, go zatvoram tiketot`),
  ],
  portExhaustion: [
    pe(`pershendetje, ne peak ne mbremje thirrjet e reja nuk kalojne, log: connect() failed: Cannot assign requested address. netstat tregon rreth 28000 TIME_WAIT. cfare te bej?`),
    pe(`zdravo, oko 19h imamo 250 CPS i softswitch ne moze otvoriti nove tcp konekcije prema gateway-ima. ss -s:
TCP:   31877 (estab 612, closed 30988, orphaned 3, synrecv 0, timewait 30954/0), ports 0
preko dana je sve ok`),
    pe(`zdravo brat, sekoja vecer megju 8 i 10 povicite pagjaat so 'address already in use' na izleznite tcp konekcii. preku den nema problem. vcera bese najlosho`),
    pe(`ip_local_port_range eshte 32768 60999 dhe kemi mbi 20 mije TIME_WAIT ne orar pik. a duhet ta zgjerojme? serveri nuk po hap dot lidhje te reja`),
    pe(`kad traffic skoci preko 200 poziva u sekundi, u logu softswitcha:
tcp connect to 10.20.0.15:5060 failed: errno 99
i onda nista ne prolazi par minuta. sta je errno 99?`),
    pe(`denes vo pik imavme 29k time_wait i novite povici ne pominuvaat. serverot e centos 6, ss go nema, netstat gi pokazuva. kako da se reshi trajno?`),
    pe(`sot prape: mijera time_wait dhe 'cannot assign requested address' kur arrijme ~300 cps. ndihme ju lutem`),
    pe(`hvala sto ste odgovorili. evo detalja: kada krene dialer kampanja (oko 400 cps) poslije 5-6 minuta nove SIP TCP konekcije prema carrieru ne uspijevaju. netstat -an | grep TIME_WAIT | wc -l daje 27341`),
    pe(`klientot so dialerot ni se zali deka vo pik saatot polovina povici ne se vospostavuvaat. vo logot ima bind failed EADDRINUSE za izlezni konekcii, a TIME_WAIT e nad 25000`),
    pe(`pershendetje, log nga serveri:
[2024-03-11 20:14:02] SIP TCP connect to 185.44.12.9:5060 failed: Cannot assign requested address
[2024-03-11 20:14:02] SIP TCP connect to 185.44.12.9:5060 failed: Cannot assign requested address
ndodh vetem ne ore pik, kur kemi shume cps`),
    pe(`jel moguce da smo ostali bez portova? ss -tan | grep -c TIME-WAIT pokazuje 30112 a range je 32768-60999. u 21h sve staje`),
    pe(`posle kampanjata od 500 cps serverot ne moze da otvori nova tcp konekcija, dur ne se ischisti time_wait posle 60 sek. potoa pak raboti. sto da pravam`),
    pe(`kemi shtuar nje klient te ri me trafik te madh (call center) dhe qe atehere cdo dite rreth ores 11 thirrjet deshtojne. numri i lidhjeve ne TIME_WAIT rritet ne 30k. a eshte kjo port exhaustion?`),
    pe(`opet errno 99 u piku, 28k timewait. sta da radim`),
    pe(`Zdravo, vcera vo 19:30 imavme pad. Log: 'socket bind error: Address already in use' za site novi izlezni konekcii kon gateway-ot. Momentalno 24k TIME_WAIT. Dali tcp_tw_reuse kje pomogne?`),
    pe(`sysctl net.ipv4.ip_local_port_range
net.ipv4.ip_local_port_range = 32768	61000
ne peak kemi ~250 cps dhe lidhjet e reja TCP deshtojne. a duhet te ndryshoj kete? po tw_reuse?`),
    pe(`imamo wholesale trafik, 300+ cps preko sip tcp. u piku softswitch baca BindException za odlazne konekcije prema terminaciji, i netstat pokazuje hiljade TIME_WAIT ka istom IP. ista stvar svaki dan`),
    pe(`sto da pravam, vo pik ne se otvoraat novi TCP konekcii. ss -s vika timewait 31002. vo manualot vidov nesto za SS_TCP_CLOSE_RESET, dali toa e resenieto?`),
    pe(`telefonat e klienteve funksionojne, por trunk-et drejt carrier-ve bien cdo mbremje ne 9. ne log 'cannot assign requested address'. cpu eshte 30%, pra jo ngarkese. vlla cfare eshte kjo?`),
    pe(`evo netstat:
netstat -ant | awk '{print $6}' | sort | uniq -c
  27884 TIME_WAIT
    703 ESTABLISHED
     12 LISTEN
ovo je u 20h kad imamo najvise saobracaja. pozivi ne prolaze`),
    pe(`imame 350 CPS na tcp kon carrierot i posle 2 minuti se pojavuva 'cannot assign requested address'. fala odnapred`),
    pe(`serveri i ri, e njejta konfigurim si i vjetri, por trafiku eshte dyfishuar. tani ne pik dalin gabime EADDRINUSE ne lidhjet dalese dhe mijera time wait. port range eshte default`),
    pe(`kolega kaze da smo 'potrosili' sve lokalne portove. 28 hiljada u time_wait, a nove konekcije odbijene. kako to popraviti bez restarta?`),
    pe(`dialer kampanja -> 600 cps -> posle 1 minuta nema novi konekcii, errno 99. ova ni se sluchuva sekoj den vo 10 casot`),
    pe(`cdo dite ne 18:00-21:00 thirrjet e reja deshtojne dhe log i vos mbushet me 'cannot bind' per socket-et dalese. ne 22:00 rregullohet vete. nuk kemi ndryshuar asgje`),
    pe(`imamo problem samo u peak satima, onda vidim preko 30000 konekcija u TIME_WAIT na 5060 i softswitch vise ne moze otvoriti tcp prema terminaciji. kako povecati broj portova?`),
    pe(`28000 time_wait, novi tcp ne odat, pik e. pomosh`),
    pe(`pershendetje, a mund te na ndihmoni? kemi 400 cps ne tcp, dhe pas disa minutash asnje thirrje e re nuk kalon. ss -s: timewait 29870. tcp_tw_reuse eshte 0`),
    pe(`ip_local_port_range nam je 40000 60000 (neko ga je suzio prije), i sad u piku nemamo slobodnih portova, cannot assign requested address. da vratimo na sire?`),
    pe(`koga brojot na povici ke skokne nad 200 vo sekunda, vos pocnuva da frla 'Address already in use' za novi konekcii kon gatewayite. Time_wait gi ima iljadnici. Sto predlagate?`),
  ],
  natUnregistered: [
    nat(`pershendetje, qe kur aktivuam SS_TCP_CLOSE_RESET On dje, telefonat e zyres qe jane pas MikroTik dalin unregistered cdo disa minuta. sip eshte ne TCP. cfare te bej?`),
    nat(`zdravo, od juce kad smo ukljucili RST mod, telefoni iza kucnih rutera gube registraciju. oni sa javnom IP su ok. tcp transport`),
    nat(`zdravo, posle tcp promenata vo petok, site yealink telefoni vo kancelariite (zad NAT) se unregistered. tie sto se direktno na javna IP rabotat`),
    nat(`telefonat e klienteve ne shtepi (routera TP-Link) nuk regjistrohen me qe nga fix-i i TCP qe beme per time_wait. ne log shoh REGISTER pa pergjigje`),
    nat(`poslije onog fixa za time_wait (RST on), grandstream telefoni u podruznici iza MikroTika se odjavljuju svakih 5-10 minuta. koristimo SIP preko TCP`),
    nat(`Od koga go vklucivme SS_TCP_CLOSE_RESET, ekstenziite na klientot vo Bitola se pojavuvaat kako offline vo portalot. Tie se zad ruter so NAT.`),
    nat(`ja gjendja ne portal: 32 nga 50 telefona Unregistered. te gjithe ata 32 jane pas NAT ne zyrat e klientit. ndryshimi i vetem ishte RST mode On te henen`),
    nat(`pozdrav, klijent sa 20 lokala iza draytek rutera (NAT) kaze da im telefoni pokazuju 'No registration' od kad smo mi promijenili nesto sa tcp na serveru. ukljucili smo reset mod zbog portova`),
    nat(`RST vklucen -> telefonite zad NAT unregistered. da go vratam na off?`),
    nat(`klienti ka nje zyre me ruter te ISP-se (NAT), telefonat ne TCP. pas ndryshimit ne softswitch.conf (SS_TCP_CLOSE_RESET="On") humbasin registration dhe rikthehen pas nje minute, vazhdimisht`),
    nat(`zdravo, od srijede kad smo ukljucili SS_TCP_CLOSE_RESET imamo tiket za tiketom: 'telefon unregistered'. svi su na 4G ruterima ili kucnim ruterima`),
    nat(`vcera napraviv reparse so RST na On za time_wait. denes od utro 40 telefoni zad mikrotik se neregistrirani. javnite IP se ok. sto da pravam?`),
    nat(`pershendetje, softphone (Zoiper ne TCP) i agjenteve qe punojne nga shtepia nuk qendron i regjistruar qe nga ndryshimi i RST. me UDP punon, por na duhet TCP`),
    nat(`imam log sa telefona:
REGISTER sent, waiting...
TCP connection reset by peer
registration failed, retry in 32s
ovo se desava od kad je ukljucen RST mod. telefon je iza NAT-a u kancelariji`),
    nat(`od koga go smenivme nacinot na zatvaranje na TCP (RST), telefonite zad NAT vo dvete filijali se registriraat pa se odjavuvaat. ne raboti normalno`),
    nat(`a ka lidhje? dje aktivuam RST per time_wait-et dhe sot disa kliente thone qe telefonat e tyre (pas routerit, NAT) jane unregistered. ata me IP publike jo`),
    nat(`nakon tcp izmjene kolega je uradio reparse, sad pola telefona iza mikrotika fali u registrovanim. tcp 5060. kako da vratim?`),
    nat(`klientot ima 15 telefoni zad huawei ruter na NAT, SIP preku TCP. Od vcera koga stavivme RST mode On, ne se registrirani vo vos. Pred toa bea ok so meseci`),
    nat(`telefonat Fanvil ne TCP pas NAT humbasin lidhjen me serverin qe nga ndryshimi i SS_TCP_CLOSE_RESET ne On. registration expires 300. ne log te telefonit: 'connection reset'`),
    nat(`ukljucili RST, sad telefoni iza NAT-a unregistered. hitno`),
    nat(`Posle promenata za time_wait, agentite sto rabotat od doma so MicroSIP na TCP postojano se odjavuvaat. Kancelariskite na javna IP se ok`),
    nat(`cfare te bej? pas RST On, telefonat pas MikroTik-ut ne degen e Prizrenit shfaqen offline, ndersa dega e Prishtines me IP publike jo`),
    nat(`zdravo, klijent zove svaki dan od ponedjeljka. njegovi yealinki iza tp-link rutera na TCP gube registraciju. u ponedjeljak smo ukljucili reset mod na softswitchu`),
    nat(`gi gledam registraciite vo portalot, brojot pagja od 120 na 70 posle reparse so SS_TCP_CLOSE_RESET="On". site sto pagjaat se od NAT adresi`),
    nat(`te gjitha telefonat e resellerit tim jane pas routerave ne NAT dhe perdorin TCP. qe te enjten (kur u aktivizua RST) dalin unregistered. ju lutem ndihme`),
    nat(`SS_TCP_CLOSE_RESET=On od prije 2 dana. telefoni iza NAT-a se registruju pa nakon par minuta nestanu, i tako u krug. oni bez NAT-a rade`),
    nat(`posle TCP fix-ot na serverot, MikroTik klientite imaat unregistered telefoni. Vo mikrotik connection tracking gledam deka tcp sesiite za 5060 ischeznuvaat`),
    nat(`telefonat ne zyren e klientit jane te regjistruar vetem 1-2 minuta pastaj zhduken. ruteri eshte mikrotik me masquerade. sip over tcp. kjo nisi sapo kolegu ndezi RST mode`),
    nat(`od kad je RST ukljucen, udaljeni korisnici na kucnom internetu (NAT) ne mogu ostati registrovani. TCP. lokalni u data centru su ok. sta predlazete`),
    nat(`zdravo, ova e log od vos za eden telefon zad NAT:
REGISTER from 1043@77.28.140.5:51234 via TCP
...
1043 unregistered (expired)
se sluchuva od vcera, od koga e RST na On`),
  ],
  firewallRst: [
    fw(`pershendetje, qe kur aktivuam RST mode, thirrjet permes FortiGate mbeten varur pas mbylljes. ne log te FortiGate shoh pakete RST te droppuara si 'invalid'. cfare te bej?`),
    fw(`zdravo, od juce kad smo ukljucili SS_TCP_CLOSE_RESET pozivi kroz pfSense pucaju. u pfSense logu vidim blokirane pakete sa flagom R na 5060`),
    fw(`zdravo, posle RST On, povicite sto minuvaat preku Cisco ASA se prekinuvaat. Vo ASA log: 'Deny TCP (no connection) ... flags RST'`),
    fw(`iptables conntrack po e hedh RST-ne si INVALID qe kur e ndezem RST mode. thirrjet deshtojne. ja log:
IN=eth0 OUT= SRC=10.0.0.5 DST=192.168.10.7 PROTO=TCP SPT=5060 DPT=45122 RST
a ta kthej ne Off?`),
    fw(`pozivi vise ne prolaze kroz SBC od kad je reset mod ukljucen. SBC odbacuje RST pakete i drzi sesije otvorene, pa nove ne uspijevaju`),
    fw(`fortigate-ot kaj klientot gi frla RST paketite od vos od koga gi smenivme postavkite za TCP zatvaranje. povicite ne pocnuvaat. sto da pravam?`),
    fw(`pas ndryshimit te SS_TCP_CLOSE_RESET ne On, thirrjet drejt carrier-it qe ka firewall stateful (Palo Alto) deshtojne. ata thone qe shohin RST jashte sesionit dhe i bllokojne`),
    fw(`RST ukljucen, fortigate dropa RST, pozivi padaju. sta sad`),
    fw(`od vcera koga vklucivme reset mod, pola povici kon klientot so pfSense visat i ne se zatvoraat. vo pfSense logovite ima blokirani TCP:R paketi`),
    fw(`kemi iptables me -m state --state INVALID -j DROP dhe qe kur vendosem RST On, thirrjet ne TCP jane te cuditshme: disa nuk lidhen, disa nuk mbyllen. a mund te jete kjo?`),
    fw(`log sa ASA:
%ASA-6-106015: Deny TCP (no connection) from 203.0.113.7/5060 to 10.1.1.20/38211 flags RST on interface outside
desava se hiljadu puta na sat od kad smo stavili RST mod. pozivi kroz asa ne prolaze`),
    fw(`povicite preku sbc-to na operatorot pagjaat od vcera. operatorot vika deka nivniot firewall gi odbiva nasite RST paketi kako nevalidni. vcera vklucivme SS_TCP_CLOSE_RESET`),
    fw(`pershendetje, dje e ndezem RST mode per problem me time_wait. sot klienti me FortiGate thote qe thirrjet bien pas 30 sekondash dhe ne FortiGate log ka 'session invalid' per RST. ta kthej ne Off?`),
    fw(`u conntrack -S vidim da invalid brojac raste jako brzo od kad je RST ukljucen, i pozivi na TCP pucaju. imamo stateful iptables ispred vos-a`),
    fw(`Zdravo, klientot koristi Sophos XG. od koga e RST On kaj nas, Sophos gi dropnuva RST paketite i povicite ne se zavrsuvaat. Kako da go reshime?`),
    fw(`RST On + pfSense = thirrjet deshtojne. pfSense bllokon paketat RST. ndihme`),
    fw(`kolega je ukljucio RST mod zbog time_wait problema, a sad klijent sa Cisco ASA ima pozive koji ostaju da 'vise' i blokiraju kanale. u ASA logu odbijeni RST`),
    fw(`posle reparse so SS_TCP_CLOSE_RESET=On, povicite kon gatewayite zad nashiot Juniper SRX pocnaa da pagjaat. SRX loguva 'TCP RST dropped, no session'`),
    fw(`thirrjet ne TCP kalojne nga MikroTik firewall me connection-state=invalid action=drop. qe kur aktivizuam RST mode, shume thirrje nuk lidhen fare. e pashe ne counter qe rritet`),
    fw(`pozdrav, nakon ukljucivanja RST moda na softswitchu, fortigate od klijenta loguje 'packet dropped, no session matched' za RST i pozivi se prekidaju nakon par sekundi`),
    fw(`vcera go vklucivme RST, denes klientot so stateful firewall ima neuspesni povici. tcpdump kaj nego pokazuva deka RST ne stiga do PBX-ot, firewall-ot go jade`),
    fw(`ja tcpdump:
20:11:03.221 IP 10.0.0.5.5060 > 192.168.1.20.40212: Flags [R], seq 1, win 0, length 0
ne anen tjeter nuk arrin asgje, firewall-i (pfSense) e bllokon. kjo filloi pas RST On. thirrjet ngecin`),
    fw(`nasi pozivi na TCP kroz data centar firewall (neki checkpoint) ne rade od kad je reset mod ukljucen. data centar kaze da blokiraju RST koji ne odgovara sesiji`),
    fw(`sto da pravam, od koga stavivme SS_TCP_CLOSE_RESET na On, nekoi trunkovi ne rabotat. Site tie se kon partneri so FortiGate koj gi dropa RST paketite. Drugite se ok`),
    fw(`klienti ka ASA dhe qe nga e marta (kur ndezem RST) thirrjet e tij deshtojne me timeout. ai me dergoi log-un: 'Deny TCP (no connection) flags RST ACK'`),
    fw(`nf_conntrack oznacava nase RST pakete kao INVALID i iptables ih dropa. pocelo cim smo postavili SS_TCP_CLOSE_RESET On. pozivi propadaju`),
    fw(`povicite kon klientot visat posle zavrsuvanje i kanalite ne se oslobodvaat. firewall-ot mu e pfSense i gi blokira RST paketite. se pocna posle nasata promena na TCP reset`),
    fw(`pas TCP fix-it (RST) thirrjet permes firewall-it te data qendres deshtojne. ata kane firewall stateful qe i konsideron RST si sulm dhe i bllokon`),
    fw(`klijent ima Fortinet i od kad smo mi stavili RST na On, polovina poziva se ne uspostavlja. u njegovom logu 'Denied by forward policy check' za RST pakete`),
    fw(`Zdravo, od ponedelnik (RST vklucen) povicite preku SonicWall-ot na klientot ne uspevaat. SonicWall pokazuva 'TCP packet received on non-existent/closed connection; TCP packet dropped' za RST`),
  ],
} satisfies Record<string, readonly EvalItem[]>;

/** Every message of the set. */
export const tuning97Set: readonly EvalItem[] = Object.values(tuning97Families).flat();
