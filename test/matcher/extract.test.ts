import { describe, expect, it } from 'vitest';
import { createExtractor, createNormaliser } from '../../bot/matcher/index.js';

const n = createNormaliser();
const servers = [
  { id: 'vos1', name: 'vos-dhaka', host: '203.0.113.10' },
  { id: 'vos2', name: 'VOS Chittagong', host: '203.0.113.22' },
  { id: 'edge', host: 'sip.example.net' },
];
const extract = createExtractor(servers);
const x = (t: string) => extract(n.normalise(t));

describe('createExtractor', () => {
  it('finds configured servers by id, name (any separator) or host', () => {
    expect(x('vos1 again').serverIds).toEqual(['vos1']);
    expect(x('problem on vos-dhaka').serverIds).toEqual(['vos1']);
    expect(x('problem on vos dhaka and VOS_CHITTAGONG').serverIds).toEqual(['vos1', 'vos2']);
    expect(x('server 203.0.113.22 down').serverIds).toEqual(['vos2']);
    expect(x('sip.example.net drops rst').serverIds).toEqual(['edge']);
  });

  it('does not see a server inside a longer name or address', () => {
    expect(x('vos10 and vos1x').serverIds).toEqual([]);
    expect(x('203.0.113.101').serverIds).toEqual([]);
  });

  it('tells apart servers whose names share a beginning, among a thousand', () => {
    const fleet = [
      ...Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}`, host: '10.255.0.1' })),
      { id: 'vos1', name: 'vos-dhaka', host: '203.0.113.10' },
      { id: 'vos10', name: 'vos dhaka 2', host: '203.0.113.100' },
    ];
    const find = (t: string) => createExtractor(fleet)(n.normalise(t)).serverIds;
    expect(find('s123 and s12 are down, s1234 is not ours')).toEqual(['s123', 's12']);
    expect(find('vos10 then vos1')).toEqual(['vos10', 'vos1']);
    expect(find('vos_dhaka_2 and vosdhaka')).toEqual(['vos10', 'vos1']);
    expect(find('203.0.113.100 and 203.0.113.10')).toEqual(['vos10', 'vos1']);
    expect(find('10.255.0.1').length).toBe(1000);
  });

  it('lists IPv4 addresses once each, in order, and ignores what only looks like one', () => {
    expect(x('from 203.0.113.10 to 198.51.100.7, again 203.0.113.10').ips).toEqual(['203.0.113.10', '198.51.100.7']);
    expect(x('version 1.2.3.4.5 and 999.1.1.1').ips).toEqual([]);
  });

  it.each([
    ['netstat shows 28000 TIME_WAIT connections', 28000],
    ['27,904 sockets in TIME_WAIT', 27904],
    ['time_wait around 30k', 30000],
    ['TIME_WAIT: 31245', 31245],
    ['tiem wait 29 hajar', 29000],
    ['ss -s\nTCP:   28512 (estab 310, closed 27950, orphaned 0, timewait 27904/0), ports 0', 27904],
    ["netstat -ant | awk '{print $6}' | sort | uniq -c\n    412 ESTABLISHED\n  28123 TIME_WAIT", 28123],
    ['# netstat -an | grep TIME_WAIT | wc -l\n27560', 27560],
    ['netstat -an | grep TIME_WAIT | wc -l gives 37', 37],
    ['ss -tan state time-wait | wc -l -> 28114', 28114],
    ['ss -tan state time-wait | wc -l → 41002', 41002],
    ['netstat -tan | grep TIME_WAIT | wc -l and it show 412', 412],
    ['time_wait count is very low, under 30', 30],
    ['timewait is tiny, 12', 12],
    ['kanka netstatta 80 tane timewait var', 80],
    // The upper end of a port range pasted from sysctl, tab-separated, is no count of the TIME_WAIT after it.
    ['net.ipv4.ip_local_port_range = 32768\t60999\ntimewait ~180', 180],
  ])('reads the TIME_WAIT count in %j', (text, count) => {
    expect(x(text).timeWait).toBe(count);
  });

  it('does not take a time of day or a duration for a TIME_WAIT count', () => {
    expect(x('time_wait sockets pile up at 10pm')).not.toHaveProperty('timeWait');
    expect(x('the time_wait count is at 21:30 highest')).not.toHaveProperty('timeWait');
    expect(x('time_wait lasts 60 seconds')).not.toHaveProperty('timeWait');
    expect(x('timewait at 29000 by 10pm').timeWait).toBe(29000);
    // After "wc -l": the hour it was run at is no count
    expect(x('ss -tan state time-wait | wc -l at 8 pm: 26500').timeWait).not.toBe(8);
    expect(x('ss -tan state time-wait | wc -l at 9am').timeWait).toBeUndefined();
    // …nor the clock time before the count ("gave at 21:00 29.412")
    expect(x('netstat -ant | grep TIME_WAIT | wc -l gaf om 21:00 29.412, de lokale range').timeWait).toBe(29412);
    expect(x('netstat -an | grep TIME_WAIT | wc -l at 21:00: 28114').timeWait).toBe(28114);
    // A setting's value "now" is not the count of now ("tcp_tw_reuse now 0"); a count told after the setting is
    expect(x('TIME_WAIT लगभग ३० हजार। tcp_tw_reuse अहिले 0 छ।').timeWait).toBe(30000);
    expect(x('TIME_WAIT about 30k, tcp_tw_reuse now 0').timeWait).toBe(30000);
    expect(x('TIME_WAIT 25k before tw_reuse, now after the fix 600').timeWait).toBe(600);
    // A figure set right: Turkish puts "değil" after the figure it denies; Thai "I misread … actually 300"
    expect(x("kanka netstat'ta TIME_WAIT var, 30 bin degil 80 :) normal dimi").timeWait).toBe(80);
    expect(x('TIME_WAIT 30 bin civarinda').timeWait).toBe(30000);
    expect(x('ที่ผมถามเรื่อง TIME_WAIT 3 หมื่นเมื่อวาน ผมอ่านผิดครับ จริงๆ มันคือ 300').timeWait).toBe(300);
  });

  it.each([
    ['sunucuda time_wait 38 bin civarinda', 38000],
    ['timewait sekitar 41 ribu waktu sibuk', 41000],
    ['el time_wait 3ala 33 alf ya basha', 33000],
    ['TIME_WAIT 30 binin üstünde', 30000],
    ['TIME_WAIT 26 bini geçiyor', 26000],
    ['ss -s affiche près de 32 000 en TIME_WAIT', 32000],
    ['TIME_WAIT 30 мыңнан асады', 30000],
    ['TIME_WAIT ขึ้นไปถึง 3 หมื่นกว่า', 30000],
    ['TIME_WAIT 已经 3万 多', 30000],
    ['Số TIME_WAIT chỉ khoảng 100', 100],
    ['बदलाव के बाद TIME_WAIT हज़ारों से घटकर 200 पर आ गया है', 200],
    ['ss -s mein timewait sirf 200 hai', 200],
    ['monitoring shows TIME_WAIT hovering at 90-110', 110],
    ['el TIME_WAIT 3andi 150 bas', 150],
    ['TIME_WAIT 25 mingdan oshgan', 25000],
    ['लॉग में TIME_WAIT 27 हजार से ऊपर है', 27000],
    ['TIME_WAIT 40 nghìn', 40000],
    ['hay 26 mil conexiones en time_wait', 26000],
    ['mga 35 libo na time_wait', 35000],
    ['на сервере TIME_WAIT около 45 тыс.', 45000],
    ['TIME_WAIT почти 52к', 52000],
    ['sirf 25 lang ang time_wait', 25],
    ['TIME_WAIT ni kama 42k wakati wa jioni', 42000],
    ['ang time_wait nasa 27k+ tuwing gabi', 27000],
    ['time_wait cuma 150 je', 150],
    ['time wait is like 31k', 31000],
    ['"netstat -an | grep TIME_WAIT | wc -l" ko, 23 lang', 23],
  ])('reads "thousand" and the little words between count and TIME_WAIT in other languages: %j', (text, count) => {
    expect(x(text).timeWait).toBe(count);
  });

  it.each([
    // TIME_WAIT as the phone's speech-to-text and terse operators write it
    ['netstat show like 28k time weight', 28000],
    ['tw 38k at peak', 38000],
    ['TW under 200, no customer impact', 200],
    // thousands grouped with dots, said first (Swahili), or read across words the normaliser leaves out
    ['Đếm TIME_WAIT được 38.000. Sau 23h thì tự hết', 38000],
    ['TIME_WAIT zinafika elfu 30.', 30000],
    ['у нас в пик около 200 соединений в TIME_WAIT это нормально', 200],
    ['ss -s показывает timewait 31 тыщу', 31000],
    ['TIME_WAIT 35 мыңға жетеді', 35000],
    // the first figure a few words after TIME_WAIT, when nothing closer gives one
    ['सर TIME_WAIT होता क्या है, netstat में कुछ 150 के आस पास दिख रहे हैं', 150],
    ['ano ba yung TIME_WAIT sa netstat, may nakita ako mga 60 lang naman', 60],
    ['time_wait cũng thấp chỉ khoảng 50, cuộc gọi lỗi hôm qua', 50],
  ])('reads the TIME_WAIT count however it is spelt or put: %j', (text, count) => {
    expect(x(text).timeWait).toBe(count);
  });

  it('reads a figure a few words after TIME_WAIT only when it ends the clause or a little word follows it', () => {
    // Thousands said in a word the normaliser does not read (Georgian "ათასზე", more than … thousand) are no count of 30; the
    // word it reads ("ათასი") counts thousands.
    expect(x('TIME_WAIT ზე 30 ათასზე მეტი, ზარები ვერ გადის')).not.toHaveProperty('timeWait');
    expect(x('TIME_WAIT ზე 30 ათასი, ზარები ვერ გადის').timeWait).toBe(30000);
    expect(x('TIME_WAIT 30 දහසක්, ඇමතුම් යන්නේ නෑ').timeWait).toBe(30000);
    expect(x('وعدد TIME_WAIT فوق 30 ألف، وإعادة التشغيل تحل المشكلة').timeWait).toBe(30000);
    expect(x('time_wait lên tới 3 vạn, khởi động lại thì chạy').timeWait).toBe(30000);
    expect(x('netstat میں تقریباً 28 ہزار TIME_WAIT نظر آتے ہیں').timeWait).toBe(28000);
    expect(x('netstat | grep TIME_WAIT | wc -l показывает 28 с лишним тысяч').timeWait).toBe(28000);
    expect(x('ss -tan state time-wait | wc -l gives 29,4xx. At 2pm it is just 3k').timeWait).toBe(29400);
    // Nor a figure of calls, ports or channels, nor one with a figure of its own closer to TIME_WAIT.
    expect(x('timewait grows when we reach 300 cps')).not.toHaveProperty('timeWait');
    expect(x('timewait grows and then 2 gateways drop')).not.toHaveProperty('timeWait');
    expect(x('time_wait 35k was yesterday, the box has 4 cores')).toHaveProperty('timeWait', 35000);
    // A decimal is no dotted thousands.
    expect(x('time_wait 1.5k at peak').timeWait).toBe(1500);
    // "k" after the figure wc -l printed; thousands said first in Hausa and in Russian written in Latin letters.
    expect(x('ss -tan state time-wait | wc -l = 33k').timeWait).toBe(33000);
    expect(x('TIME_WAIT sun kai dubu 29').timeWait).toBe(29000);
    expect(x('timewaitov tysyach 27, novye tcp ne otkryvayutsya').timeWait).toBe(27000);
    // Thousands in German, Czech, Italian, Croatian, Hungarian and Polish, the abbreviation's full stop too; dotted thousands after wc -l.
    expect(x('VOS bei ~180 CPS, 45 Tsd. Sockets in TIME_WAIT').timeWait).toBe(45000);
    expect(x('netstat hlási 52 tis. TIME_WAIT').timeWait).toBe(52000);
    expect(x('TIME_WAIT a 40mila').timeWait).toBe(40000);
    expect(x('netstat broji preko 45 tisuća TIME_WAIT').timeWait).toBe(45000);
    expect(x('25 ezer TIME_WAIT volt').timeWait).toBe(25000);
    // Polish, in its plural forms.
    expect(x('TIME_WAIT 28 tysięcy, address already in use w godzinach szczytu').timeWait).toBe(28000);
    expect(x('TIME_WAIT: 3 tysiące').timeWait).toBe(3000);
    // Vietnamese ten thousands with the thousands after them ("2 vạn 8" is 28,000), Russian TIME_WAIT spelt in Cyrillic, the
    // thousands said first.
    expect(x('server 2 vạn 8 TIME_WAIT, cps 150').timeWait).toBe(28000);
    expect(x('тайм-вейтов 30 тысяч').timeWait).toBe(30000);
    expect(x('опять порты кончились на серваке, тайм-вейтов тыщ 30').timeWait).toBe(30000);
    expect(x('TIME_WAIT was 30k before the fix, now at peak max 700').timeWait).toBe(700);
    // Russian and Ukrainian thousands abbreviated with a full stop; Chinese ten thousands with the thousands after them.
    expect(x('netstat показывает ~28 тыс. TIME_WAIT').timeWait).toBe(28000);
    expect(x('netstat показує ~28 тис. TIME_WAIT').timeWait).toBe(28000);
    expect(x('峰值的时候 ss 看到 timewait 两万八').timeWait).toBe(28000);
    // The rate of before the load grew is not the rate of now.
    expect(x('pushed cps up for the campaign, 27 thousand time_wait. before at 10 cps there was no problem').cps).toBeUndefined();
    expect(x('dadash CPS ro bordim bala, netstat 27 hezar time_wait. ghablan ba 10 cps moshkeli nadasht').cps).toBeUndefined();
    // ss -s's "ports 0" before a line that begins with CPS is no rate.
    expect(x('TCP: 40318 (estab 1502, closed 38650, timewait 38644/0), ports 0\nCPS goes up and calls fail').cps).toBeUndefined();
    // Thousands and ten thousands in Somali, Tigrinya, Burmese and Khmer in Latin letters, and TIME_WAIT spelt in Devanagari.
    expect(x('walaal, peak-ga 25 kun TIME_WAIT').timeWait).toBe(25000);
    expect(x('TIME_WAIT 27 ሽሕ ኣሎ').timeWait).toBe(27000);
    expect(x('TIME_WAIT 2 thaung 5 htaung').timeWait).toBe(25000);
    expect(x('log cannot assign requested address, TIME_WAIT 3 meun jeang').timeWait).toBe(30000);
    expect(x('दाइ पिक टाइममा टाइम वेट ४८ हजार पुग्यो').timeWait).toBe(48000);
    // Indonesian "28rb" (ribu) and "500an" (five hundred or so); a count that fluctuates between two figures counts the upper one.
    expect(x('TIME_WAIT 28rb pas peak').timeWait).toBe(28000);
    expect(x('jumlah TIME_WAIT 30rb kemarin, sekarang turun ke 500an').timeWait).toBe(500);
    expect(x('timewait fluctuates 200-400 during work hours').timeWait).toBe(400);
    // A figure set right ("not 3,000 …, it's 30,000"); a figure that went from one to another in French ("de … a …").
    expect(x("correction: it's not 3,000 TIME_WAIT, it's 30,000, that's when calls fail").timeWait).toBe(30000);
    expect(x('on est passe de 28 000 TIME_WAIT a 900 en pointe').timeWait).toBe(900);
    // From one figure to another in Swahili (thousands first), Somali and Amharic in Latin letters; Somali tens before "kun".
    expect(x('TIME_WAIT imeshuka kutoka elfu thelathini hadi mia tatu').timeWait).toBe(300);
    expect(x('TIME_WAIT waxay ka degtay soddon kun ilaa 300').timeWait).toBe(300);
    expect(x('TIME_WAIT ke 30 ሺ wede 250 werede').timeWait).toBe(250);
    // A figure whose last digits are hidden ("1xx": a hundred and some); "2x" is twice, no figure.
    expect(x('例行檢查：ss -s timewait 1xx、estab 5x，冇任何 error').timeWait).toBe(100);
    expect(x('TIME_WAIT 2x restart').timeWait).toBeUndefined();
    // Russian "от … до …" (from … to …), read "from … before …": the upper figure, found though no figure stands next to the word.
    expect(x('на свиче TIME_WAIT от 26 до 29к, в логе Address already in use').timeWait).toBe(29000);
    // The figure of now, said a few words after the word when the figure before it is too far from it.
    expect(x('before we had 3w TIME_WAIT and EADDRINUSE on outgoing, your engineer fixed it. now only 800. thanks').timeWait).toBe(800);
    // Korean ten thousands and thousands in digits ("2만9천", read "2 tenthousand 9 thousand"), as the Korean numerals are read.
    expect(x('TIME_WAIT 는 2만9천. 저녁 피크에만 발생').timeWait).toBe(29000);
    expect(x('TIME_WAIT 는 2만. 저녁 피크에만 발생').timeWait).toBe(20000);
    expect(x('TIME_WAIT afartan kun, EADDRINUSE').timeWait).toBe(40000);
    // Thousands in Tamil, Sinhala and Tajik after the figure; a figure taken back with "no no" after a pause (Sinhala "ne ne").
    expect(x('TIME_WAIT 48 aayiram').timeWait).toBe(48000);
    expect(x('TIME_WAIT 38 dahas').timeWait).toBe(38000);
    expect(x('TIME_WAIT 29 ҳазор').timeWait).toBe(29000);
    expect(x('TIME_WAIT 180k... ne ne, 180 wage').timeWait).toBe(180);
    // A figure in brackets after TIME_WAIT; Urdu "five hundred" in words; Persian TIME_WAIT written out.
    expect(x('sab ports timewait me phanse hain (29k)').timeWait).toBe(29000);
    expect(x('پانچ سو TIME_WAIT').timeWait).toBe(500);
    expect(x('تایم‌ویت ۲۸ هزار').timeWait).toBe(28000);
    // Not the rate "now" after CPS (Vietnamese "CPS hiện tại 240"); Khmer ten thousands and thousands ("2 mern 8 poan").
    expect(x('ss -s timewait 37 nghìn, CPS hiện tại 240').timeWait).toBe(37000);
    expect(x('TIME_WAIT 2 mern 8 poan. EADDRINUSE').timeWait).toBe(28000);
    // The rate it rose to, not the rate it rose from.
    expect(x('CPS 从 40 涨到 200，timewait 3万').cps).toBe(200);
    expect(x('netstat -ant | grep TIME_WAIT | wc -l 32.117').timeWait).toBe(32117);
    // Greek typed in Latin letters; Arabizi "b" (in) between the count and TIME_WAIT.
    expect(x('to ss -s deixnei timewait 53 xiliades').timeWait).toBe(53000);
    expect(x('3ndna 40 alf socket b TIME_WAIT').timeWait).toBe(40000);
    // Thousands in India's regional scripts, in Amharic, Wolof, and said first in Igbo, Kinyarwanda and Lingala.
    expect(x("ss -s ல timewait 28 ஆயிரம்").timeWait).toBe(28000);
    expect(x('TIME_WAIT 45 వేల').timeWait).toBe(45000);
    expect(x('TIME_WAIT 60 ሺ፣ አዲስ TCP connection አይከፈትም').timeWait).toBe(60000);
    expect(x('netstat dafa wone 31 junni TIME_WAIT').timeWait).toBe(31000);
    expect(x('TIME_WAIT ibihumbi 33, nta TCP nshya').timeWait).toBe(33000);
    // A threshold is no count: "alert if above 20k" while it is 400.
    expect(x('a script to monitor TIME_WAIT and send an alert on telegram if above 20k')).not.toHaveProperty('timeWait');
    // Burmese digits and words, the figure followed by "about".
    expect(x('TIME_WAIT ဆိုတာ ဘာလဲ။ server မှာ ၈၀ လောက်ပဲရှိတယ်').timeWait).toBe(80);
    expect(x('TIME_WAIT 3 သောင်း ရှိတယ်').timeWait).toBe(30000);
  });

  it('reads a TIME_WAIT count said in Turkish ("TIME_WAIT sayısı sadece 300")', () => {
    expect(x('TIME_WAIT sayısı sadece 300 civarında').timeWait).toBe(300);
  });

  it('does not take a version ("CentOS 6") for a TIME_WAIT count', () => {
    expect(x('TIME_WAIT beberapa puluh ribu, CentOS 6').timeWait).toBeUndefined();
  });

  it('does not take a time of day after TIME_WAIT for its count ("a las 11", "às 11")', () => {
    expect(x('el netstat lleno de TIME_WAIT. a las 11 se normaliza').timeWait).toBeUndefined();
    expect(x('TIME_WAIT em alta, às 11 normaliza').timeWait).toBeUndefined();
    expect(x('TIME_WAIT en 30k a las 21').timeWait).toBe(30_000);
  });

  it('reads the first of two counts joined by "e" or "y" ("entre 80 e 200")', () => {
    expect(x('o timewait a oscilar entre 80 e 200 durante o dia').timeWait).toBe(80);
    expect(x('time_wait entre 90 y 150').timeWait).toBe(90);
  });

  it('reads a count "fel TIME_WAIT" (Arabizi "in the"), and one followed by "w" (and) or "all week"', () => {
    expect(x('3addet 47 alf socket fel TIME_WAIT').timeWait).toBe(47_000);
    expect(x('el TIME_WAIT 250 w el errors 486 gaya mn el provider').timeWait).toBe(250);
    expect(x('sockets in time_wait flat at around 500 all week').timeWait).toBe(500);
  });

  it('reads a count followed by where it was seen ("on ours", Hiligaynon "sa amon")', () => {
    expect(x('How many TIME_WAIT is too many? now 500 on ours at peak').timeWait).toBe(500);
    expect(x('Pila ka TIME_WAIT ang sobra na? Subong 500 sa amon sa peak.').timeWait).toBe(500);
    expect(x('TIME_WAIT 31000 on our server at peak').timeWait).toBe(31_000);
  });

  it('does not read seconds said in another script, nor a figure on the line before TIME_WAIT, as its count', () => {
    const n2 = createNormaliser();
    expect(createExtractor()(n2.normalise('Порты висят в TIME_WAIT по 60 секунд')).timeWait).toBeUndefined();
    expect(x('net.ipv4.tcp_tw_reuse = 0\nTIME-WAIT sockets 31204 at peak').timeWait).toBe(31_204);
    expect(x('TIME_WAIT okolo 500 v pik').timeWait).toBe(500);
  });

  it('reads "30 thousands", a count after a comma, never the SIP port for a count', () => {
    expect(x('TIME_WAIT 30 thousands in the evening').timeWait).toBe(30_000);
    expect(x('miles de TIME_WAIT, 29.400 exactamente').timeWait).toBe(29_400);
    expect(x('hay sockets en TIME_WAIT en el 5060 (unos 150)').timeWait).toBeUndefined();
    expect(x('TIME_WAIT, 300 cps at peak').timeWait).toBeUndefined();
  });

  it('reads a decimal comma before "k" as a decimal ("1,1k" is 1,100), and a comma between thousands as a separator', () => {
    expect(x('max TIME_WAIT seen: 1,1k').timeWait).toBe(1100);
    expect(x('TIME_WAIT 31,000').timeWait).toBe(31_000);
  });

  it('reads the TIME_WAIT number that goes up to a figure', () => {
    expect(x('The TIME_WAIT number go up to 600 in the evening').timeWait).toBe(600);
    expect(x('time_wait number goes up to 31000 at peak').timeWait).toBe(31_000);
  });

  it('reads the figure TIME_WAIT is at now after an older, larger one, and never a count of ports in thousands for it', () => {
    expect(x('TIME_WAIT was 30k last year before the upgrade, now it is 400').timeWait).toBe(400);
    expect(x('time_wait 28000 yesterday, today 350 after the fix').timeWait).toBe(350);
    // a larger figure now is the count too, and a figure of something else after "now" is not
    expect(x('TIME_WAIT 900 in the morning, now 31k at peak').timeWait).toBe(31_000);
    expect(x('TIME_WAIT 30000 at peak, now 40 cps').timeWait).toBe(30_000);
    expect(x('2000 TIME_WAIT on 64k ports, 3 percent').timeWait).toBe(2000);
  });

  it('reads the figure TIME_WAIT fell to, told with the one it fell from, as the count it is at now', () => {
    expect(x('thanks, after tw_reuse the TIME_WAIT went down from 40k to 2k and calls are normal').timeWait).toBe(2000);
    expect(x('TIME_WAIT dropped from 38 000 to 900 after the change').timeWait).toBe(900);
    // Maghrebi Arabizi, as the tables read it ("nzel mel 40k l 2k")
    expect(x('merci barcha, TIME_WAIT nzel mel 40k l 2k w el calls tmchi normal').timeWait).toBe(2000);
    // whichever way it went, arrows too
    expect(x('(worked: TW from 35k to 2k)').timeWait).toBe(2000);
    expect(x('TIME_WAIT 28000 at peak; after the fix TW from 28k → 2k').timeWait).toBe(2000);
  });

  it('does not read a setting\'s value as a count: a limit after "=" is none', () => {
    expect(x('net.ipv4.tcp_max_tw_buckets = 180000\nTIME_WAIT 350, is that fine?').timeWait).toBe(350);
    expect(x('net.ipv4.tcp_max_tw_buckets = 262144\ntime_wait 400').timeWait).toBe(400);
  });

  it('reads Khmer "poan" and Lao "phan" as thousands', () => {
    expect(x('TIME_WAIT 30 poan pel yub').timeWait).toBe(30_000);
    expect(x('peak cps call fail, TIME_WAIT 40 phan').timeWait).toBe(40_000);
  });

  it('reads Czech "tisic", Kazakh "myn" and Kyrgyz "myng" as thousands, and a CPS grown threefold as no CPS figure', () => {
    expect(x('ss -s ukazuje TIME_WAIT 28 tisic ve spicce').timeWait).toBe(28_000);
    expect(x('timewait 25 myn keshe').timeWait).toBe(25_000);
    expect(x('TIME_WAIT tolyp tur, 28 myng shamasy').timeWait).toBe(28_000);
    expect(x('cps 3 barobar oshdi, TIME_WAIT 29 ming')).not.toHaveProperty('cps');
    expect(x('cps 3 barobar oshdi (~400 cps)').cps).toBe(400);
  });

  it('reads Albanian "mije", Bosnian "hiljada", Macedonian "iljadi" and Georgian "atasi" as thousands, a figure with a plus, and the figure of now after the tuning', () => {
    expect(x('kemi mbi 20 mije TIME_WAIT ne orar pik').timeWait).toBe(20_000);
    expect(x('imamo 28 hiljada TIME_WAIT').timeWait).toBe(28_000);
    expect(x('25 iljadi TIME_WAIT vo pik').timeWait).toBe(25_000);
    expect(x('TIME_WAIT 30 atasze metia').timeWait).toBe(30_000);
    expect(x('28000+ time_wait at peak').timeWait).toBe(28_000);
    expect(x('TIME_WAIT was 30000, now after the tuning it is 800').timeWait).toBe(800);
    // "Now" in Russian, Ukrainian and Portuguese
    expect(x('TIME_WAIT bylo 30000, seichas 1200').timeWait).toBe(1200);
    expect(x('TIME_WAIT buv 28000, zaraz 700').timeWait).toBe(700);
    expect(x('TIME_WAIT era 30000, agora 900').timeWait).toBe(900);
  });

  it('reads Swedish "tusen" and Mongolian "myanga" as thousands, a count before Malagasy "ny", French "wc -l donne", and no seconds', () => {
    expect(x('ss visar massor av TIME_WAIT, typ 25 tusen').timeWait).toBe(25_000);
    expect(x('TIME_WAIT 30 myanga hurch bn').timeWait).toBe(30_000);
    expect(x('mihoatra ny 28000 ny TIME_WAIT').timeWait).toBe(28_000);
    expect(x('ss -tan state time-wait | wc -l donne 31 500').timeWait).toBe(31_500);
    expect(x('TIME_WAIT 60 sekund uldeed')).not.toHaveProperty('timeWait');
    expect(x('cps 3 dahin ussun')).not.toHaveProperty('cps');
  });

  it('reads a count ended by a Japanese full stop, after a Turkish case ending, and "mil y pico"; a CPS of before as none', () => {
    expect(x('TIME_WAIT → 140。昼間です').timeWait).toBe(140);
    expect(x("TIME_WAIT'e baktım 27 bin").timeWait).toBe(27_000);
    expect(x('hay 29 mil y pico en TIME_WAIT').timeWait).toBe(29_000);
    expect(x('before was 12 CPS, these days much more')).not.toHaveProperty('cps');
  });

  it('reads "600-an" (some six hundred), sockets occupied in TIME_WAIT, and a rate risen "from 20 to 160" as 160', () => {
    expect(x('TIME_WAIT ning server 600-an pas jam sibuk').timeWait).toBe(600);
    expect(x('hay como 30000 puertos ocupados en TIME_WAIT').timeWait).toBe(30_000);
    expect(x('CPS 由 20 升到 160').cps).toBe(160);
  });

  it('does not take an errno, or a digit that begins an Arabizi word, for a TIME_WAIT count', () => {
    expect(x('connect failed errno 99, time_wait everywhere')).not.toHaveProperty('timeWait');
    expect(x('errno=99 time_wait piling up')).not.toHaveProperty('timeWait');
    expect(x('time_wait 3ala kol el servers')).not.toHaveProperty('timeWait');
    expect(x('time_wait 7aga kteer')).not.toHaveProperty('timeWait');
  });

  it('never reads the start of a longer number as a count: "30.000 at 20:00" is thirty thousand or nothing, never 30', () => {
    expect(x('Thousands of TIME_WAIT (around 30.000 at 20:00 WIB)').timeWait).not.toBe(30);
    expect(x('TIME_WAIT 30.000 at peak').timeWait).toBe(30000);
    expect(x('TIME_WAIT spike to 900 at 9pm, then down to 300').timeWait).toBe(900);
    expect(x('time_wait on 10.0.0.5 is high')).not.toHaveProperty('timeWait');
    // The highest it reached, beside a threshold: "alerts when TIME_WAIT goes over 1000, today the max was 640"
    expect(x('our monitoring alerts when time wait goes over one thousand today the max was 640 at the peak').timeWait).toBe(640);
    expect(x('Nagios OK: TCP TIME_WAIT on vos-dxb-1 is 233 (warn 15000, crit 30000)').timeWait).toBe(233);
    // A figure said in thousands a few words on, larger than one told before ("900 TIME_WAIT ok hai, aaj peak pe 29 hazar"),
    // but not a plain figure a few words on ("350 timewait seulement; … un ulimit à 1024")
    expect(x('kal tumne pucha tha 900 TIME_WAIT ok hai, aaj peak pe 29 hazar ho gaye').timeWait).toBe(29000);
    expect(x('ss -s montre 350 timewait seulement; le vrai pb c\'était un ulimit à 1024').timeWait).toBe(350);
    // French: "connexions", and a figure followed by "sur" or Québec's "icitte" (here)
    expect(x('on a 45 000 connexions en TIME_WAIT sur le switch').timeWait).toBe(45000);
    expect(x('des milliers de TIME_WAIT (j\'en ai compté 24 000 icitte)').timeWait).toBe(24000);
    // Javanese "ewu" (thousand); Nepali "wc -l garda 157 aayo" (running wc -l, 157 came)
    expect(x('timewait 31 ewu pas jam sibuk').timeWait).toBe(31000);
    expect(x('netstat -ant | grep TIME_WAIT | wc -l garda 212 aayo').timeWait).toBe(212);
    // Romanian "28 de mii", Bulgarian "27 hilyadi" (thousand)
    expect(x('conexiuni TIME_WAIT ~ 31 de mii seara').timeWait).toBe(31000);
    expect(x('TIME_WAIT sa 26 hilyadi v pika').timeWait).toBe(26000);
    // Amharic "30 shi" (thousand); "their count is 80" in a message about TIME_WAIT
    expect(x('TIME_WAIT 30 shi akababi').timeWait).toBe(30000);
    expect(x('the TIME_WAIT tens of thousands warning in the monthly email: their count is 80').timeWait).toBe(80);
    // "150-odd"; Swahili "leo ni 300 tu" (today it is only 300, after yesterday's count) and Chichewa "250 basi" (just 250),
    // never Lao "leo" (already) before a share of calls
    expect(x('150-odd TIME_WAIT at peak').timeWait).toBe(150);
    expect(x('TIME_WAIT ya elfu 28 ya jana, leo ni 300 tu').timeWait).toBe(300);
    expect(x('lero timewait ndi 250 basi').timeWait).toBe(250);
    expect(x('TIME_WAIT 40,000 tawn 8 mong laeng, call ork lom leo 30%').timeWait).toBe(40000);
    // Russian thousands before the figure and TIME_WAIT after it ("тысяч 25 соединений в TIME_WAIT")
    expect(x('тысяч 25 соединений в TIME_WAIT к вендору').timeWait).toBe(25000);
    // A figure called a mistake and set right after it; Serbian and Hausa thousands after the figure
    expect(x('I said 28k TIME_WAIT this morning, my mistake, it was 280').timeWait).toBe(280);
    expect(x('ss -s timewait 30 хиљада').timeWait).toBe(30000);
    expect(x('ss show timewait like 30 dubu').timeWait).toBe(30000);
    // The figure in brackets right after TIME_WAIT
    expect(x('el tecnico ve miles de time_wait (28 000 aprox)').timeWait).toBe(28000);
    expect(x('TIME_WAIT (31k) at peak').timeWait).toBe(31000);
    // Hundreds said with the word after the digits (Vietnamese "trăm")
    expect(x('about 3 hundred TIME_WAIT at peak').timeWait).toBe(300);
    expect(x('e thay 3 trăm TIME_WAIT tren server').timeWait).toBe(300);
    // Not the hour said in Hindi ("9 baje") after the count
    expect(x('TIME_WAIT 连接数: 3万+ aur abhi 9 baje bhi').timeWait).toBe(30000);
    // Kyrgyz thousands in the dative ("29 miñge")
    expect(x('TIME_WAIT 29 miñge jetet').timeWait).toBe(29000);
  });

  it('does not take a port number in netstat lines for a TIME_WAIT count', () => {
    expect(x('tcp 0 0 203.0.113.10:5060 198.51.100.7:41234 TIME_WAIT').timeWait).toBeUndefined();
  });

  it.each([
    ['we push 350 cps', 350],
    ['CPS is around 1.2k', 1200],
    ['at 300 calls per second', 300],
    ['cps: 275', 275],
  ])('reads the CPS figure in %j', (text, cps) => {
    expect(x(text).cps).toBe(cps);
  });

  it('returns empty lists and no numbers when the message gives none', () => {
    expect(x('phones offline')).toEqual({ serverIds: [], ips: [] });
    expect(createExtractor()(n.normalise('vos1 203.0.113.10'))).toEqual({ serverIds: [], ips: ['203.0.113.10'] });
  });
});
