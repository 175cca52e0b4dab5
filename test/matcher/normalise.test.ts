import { describe, expect, it } from 'vitest';
import { createExtractor, createNormaliser, MAX_CHARS, withoutSignature } from '../../bot/matcher/index.js';
import { evalSet, neverTunedSet } from '../../testkit/evaluation/index.js';

const n = createNormaliser();
const words = (t: string) => n.normalise(t).phrase.trim();

describe('createNormaliser', () => {
  it('lower-cases and drops punctuation and emoji', () => {
    expect(words('ADDRESS Already IN USE!!! 😡😡')).toBe('address already in use');
  });

  it('squeezes letters repeated three times or more', () => {
    expect(words('offlineee pleaseeee heeelp')).toBe('offline please help');
  });

  it('corrects common misspellings against the domain vocabulary and reports them', () => {
    const r = n.normalise('adress alredy in use agian');
    expect(r.phrase.trim()).toBe('address already in use again');
    expect(r.corrections).toEqual([
      { from: 'adress', to: 'address' },
      { from: 'alredy', to: 'already' },
      { from: 'agian', to: 'again' },
    ]);
    expect(words('regestration lost, firwall droping rst, extentions ofline')).toMatch(/^registration lost firewall dropping rst extensions? offline$/);
  });

  it('leaves real words that merely look like a domain word alone', () => {
    expect(words('which port is the web portal on')).toBe('which port is the web portal on');
    expect(words('the registry and the reseller report')).toBe('the registry and the reseller report');
    expect(words('they became unregistered ever since the call was routed to the registrar')).toBe('they became unregistered ever since the call was routed to the registrar');
    expect(words('a routine check')).toBe('a routine check');
    // "ok" before "unregistered" is no Dholuo "not" in a REGISTER answered "200 OK"
    expect(words('REGISTER 200 OK unregistered a few minutes later')).toBe('register 200 ok unregistered a few minutes later');
  });

  it('reads counts written in Bangla and Arabic digits as numbers', () => {
    expect(n.normalise('১৫০টা TIME_WAIT').text).toMatch(/^150\s+timewait$/);
    expect(words('٣٠٠ cps ۴۵')).toBe('300 cps 45');
  });

  it('reads "no" and "na" as "in the" in a Portuguese message, and as a negation elsewhere', () => {
    expect(words('nosso erro no firewall, problema na rede')).toBe('nosso error in firewall problem in network');
    expect(words('no firewall here, na problem')).toBe('no firewall here not problem');
  });

  it('joins TIME_WAIT in its many spellings into one word', () => {
    for (const t of ['TIME_WAIT', 'time wait', 'time-wait', 'TIME WAIT', 'timewait', 'tiem wait']) expect(words(t)).toBe('timewait');
  });

  it('reads "hi" after the network it stresses, "ni" after the transport it denies and "chu … na?" as a question, and not those words elsewhere', () => {
    expect(words('network hi down')).toBe('network down');
    expect(words('line hi kharab')).toBe('line broken');
    expect(words('internet hi slow')).toBe('internet slow');
    expect(words('wifi hi slow')).toBe('wifi slow');
    expect(words('hi, high traffic')).toBe('hi high traffic');
    expect(words('sirf UDP 5060 chh, TCP ni.')).toBe('only udp 5060 chh no tcp');
    expect(words('TCP nice')).toBe('tcp nice');
    expect(words('chu yi NAT issue na?')).toBe('chu yi nat issue is it');
    expect(words('chu na?')).toBe('chu not');
  });

  it('arms a join wherever one of its hints occurs: inside a word, around one, across words, or in no word', () => {
    // Each join rewrites a word of its own, so that the words show which joins the hints armed.
    const armed = createNormaliser({
      joins: [
        { hints: ['ptim'], pattern: /\balpha\b/g, to: 'first' },
        { hints: ['ode pa'], pattern: /\bbravo\b/g, to: 'second' },
        { hints: ['-ing'], pattern: /\bcharlie\b/g, to: 'third' },
        { hints: ['=>'], pattern: /\bdelta\b/g, to: 'fourth' },
      ],
    });
    const read = (t: string) => armed.normalise(t).phrase.trim();
    expect(read('alpha bravo charlie delta')).toBe('alpha bravo charlie delta');
    expect(read('uptime alpha')).toBe('uptime first');
    expect(read('ptim-x alpha')).toBe('ptim x first');
    expect(read('the code passes bravo')).toBe('the code passes second');
    expect(read('code. pass bravo')).toBe('code pass bravo');
    expect(read('foo-ingest charlie')).toBe('foo ingest third');
    expect(read('foo - ingest charlie')).toBe('foo ingest charlie');
    expect(read('x=>y delta')).toBe('x y fourth');
  });

  it('reads every message alike with its caches cleared every few words', () => {
    // No spelling budget, which a cache that remembers more spends less of.
    const kept = createNormaliser({ fuzzyBudget: Number.POSITIVE_INFINITY });
    const cleared = createNormaliser({ fuzzyBudget: Number.POSITIVE_INFINITY, cacheSize: 5 });
    for (const { text } of [...evalSet, ...neverTunedSet]) {
      for (const t of [text, text.toUpperCase()]) expect(cleared.normalise(t)).toEqual(kept.normalise(t));
    }
  });

  it('maps shorthand, device brands and mixed-language words to canonical words', () => {
    expect(words('plz fw blocks rst')).toBe('please firewall blocks rst');
    expect(words('sab ext offline kal se')).toBe('all extension offline yesterday since');
    expect(words('yealink zoiper mikrotik')).toBe('phone softphone mikrotik');
    expect(words('las llamadas fallan')).toBe('the calls fail');
    expect(words("can't bind")).toBe('cannot bind');
  });

  it('strips accents', () => {
    expect(words('teléfonos después')).toBe('phones after');
  });

  it('stems content words, drops stop words, short noise and bare numbers', () => {
    const r = n.normalise('The phones are losing their registrations at 203.0.113.10 on port 5060');
    expect(r.stems).toEqual(expect.arrayContaining(['phone', 'lose', 'registr', 'port', '5060']));
    expect(r.stems).not.toContain('the');
    expect(r.stems).not.toContain('203');
    expect(r.stems).not.toContain('10');
  });

  it('reads only the first MAX_CHARS characters of a long message and says so', () => {
    const long = `address already in use ${'x '.repeat(MAX_CHARS)} firewall drops rst`;
    const r = n.normalise(long);
    expect(r.truncated).toBe(true);
    expect(r.text.length).toBeLessThanOrEqual(MAX_CHARS);
    expect(r.phrase).toContain('address already in use');
    expect(r.phrase).not.toContain('firewall');
  });

  it('gives nothing for empty text, emoji or words of scripts it has no list for', () => {
    for (const t of ['', '   ', '😀🔥👍', 'مرحبا بالعالم', 'ᐊᐃᓐᖓᐃ ᓇᓪᓕᐊ', 'আমি ভাত খাই']) {
      const r = n.normalise(t);
      expect(r.stems).toEqual([]);
    }
  });

  it('reads listed Bangla and Arabic-script words as the Latin words customers also write', () => {
    expect(n.normalise('tcp ফোনগুলো mikrotik এর পেছনে, router বদলানোর পর থেকে vos এ offline হয়ে যায়').phrase).toBe(
      ' tcp phone mikrotik er behind router changing after since vos3000 e offline hoye jay ',
    );
    expect(n.normalise('সার্ভারে সমস্যা').phrase).toBe(' server problem ');
    // Composed or decomposed, with a zero-width joiner or without: the same word.
    expect(n.normalise('ফায়ারওয়ালে'.normalize('NFC')).phrase).toBe(' firewall ');
    expect(n.normalise('ফোন\u200dগুলো').phrase).toBe(' phone ');
    expect(n.normalise('الهواتف غير مسجلة بعد تغيير الراوتر').phrase).toBe(' phones not registered after change router ');
  });

  it('reads listed Hindi and Nepali words in Devanagari as the Hinglish or English words customers also type, digits as digits', () => {
    expect(n.normalise('सर, कॉल फेल हो रही हैं लेकिन फायरवॉल की वजह से नहीं, RST बंद है।').phrase).toBe(
      ' sir call fail ho rahi hain but firewall ki wajah since not rst off hai ',
    );
    // With the nukta or without, a plural ending, Devanagari digits: the same words.
    expect(n.normalise('फ़ोन फोनों').phrase).toBe(' phone phones ');
    expect(n.normalise('TIME_WAIT २७ हजार').phrase).toBe(' timewait 27 hazar ');
  });

  it('reads Thai, Lao, Burmese, Khmer and Chinese, written without spaces, as the longest listed words one after the other', () => {
    expect(n.normalise('ตั้งแต่เปิด RST mode โทรศัพท์หลัง NAT หลุดการลงทะเบียน').phrase).toBe(' since enabled rst mode phones behind nat fall off registration ');
    expect(n.normalise('办公室 NAT 后面的话机经常掉注册').phrase).toBe(' office nat behind phones often unregistered ');
    expect(n.normalise('ຕັ້ງແຕ່ເປີດໂໝດ RST ໂທລະສັບຫຼັງ router ຫຼຸດລົງທະບຽນ').phrase).toBe(' since enabled mode rst phones behind router fall off registration ');
    expect(n.normalise('ទូរស័ព្ទនៅពីក្រោយ MikroTik បាត់ការចុះឈ្មោះ').phrase).toBe(' phones behind mikrotik lose registration ');
    expect(n.normalise('TIME_WAIT 3 သောင်း ရှိတယ်').phrase).toBe(' timewait 3 tenthousand ');
    // The longest word wins: "cannot connect", not "connect" and "not".
    expect(n.normalise('ភ្ជាប់មិនបាន').phrase).toBe(' cannot connect ');
    // Their digits are read as digits.
    expect(n.normalise('server ၈၀ ๓๐๐ ១៥០').phrase).toBe(' server 80 300 150 ');
  });

  it('reads Greek, Sinhala and Tamil words listed, accents left out, and Polish ł as l', () => {
    expect(n.normalise('οι κλήσεις περνάνε κανονικά, κανένα error').phrase).toBe(' calls pass normal no error ');
    expect(n.normalise('ගිය මාසේ firewall එක RST packets drop කරපු ප්‍රශ්නේ දැන් නෑ').phrase).toBe(' last month firewall rst packets drop problem now not ');
    expect(n.normalise('இப்போ log சுத்தமா இருக்கு').phrase).toBe(' now log clean ');
    expect(n.normalise('wyłączony').words).toEqual(['wylaczony']);
  });

  it('reads Japanese and Korean words listed, Korean by whole syllables', () => {
    expect(n.normalise('NAT配下の端末が未登録です').phrase).toBe(' nat behind phones unregistered ');
    expect(n.normalise('공유기 뒤 전화기가 미등록입니다').phrase).toBe(' router behind phones unregistered ');
    // "넘어" (beyond) does not match the start of "넘었던" (went over), nor "만" (ten thousand) "3대만" (only three)
    expect(n.normalise('4만 개 넘었던').phrase).toBe(' 4 tenthousand ');
    expect(n.normalise('20대 중 3대만').phrase).toBe(' 20 3 only ');
  });

  it('reads Korean "만" as ten thousand after a figure or alone and as "only" joined to a word, and Sino-Korean counts', () => {
    expect(n.normalise('단말만 문제예요').phrase).toBe(' phones only problem ');
    expect(n.normalise('UDP만 써요').phrase).toBe(' udp only use ');
    expect(n.normalise('만 개').phrase).toBe(' tenthousand ');
    expect(n.normalise('삼만 개').phrase).toBe(' 3 tenthousand ');
    expect(n.normalise('이만팔천 개').phrase).toBe(' 2 tenthousand 8 ');
    expect(n.normalise('오천 개').phrase).toBe(' 5 thousand ');
    // The verb after "안" (not) is read, so that the "not" denies it.
    expect(n.normalise('TCP로 연결이 안 맺어져요').phrase).toBe(' tcp connection not established ');
  });

  it('reads Chinese tens, hundreds and thousands said with one digit or two in a row as figures, the first of two', () => {
    expect(n.normalise('三百').phrase).toBe(' 300 ');
    expect(n.normalise('两三百').phrase).toBe(' 200 ');
    expect(n.normalise('四五十').phrase).toBe(' 40 ');
    expect(n.normalise('五千').phrase).toBe(' 5 thousand ');
    // Ten thousands keep their own table
    expect(n.normalise('两万八').phrase).toBe(' 2 tenthousand 8 ');
    // A count fallen down to a figure
    expect(n.normalise('降到 600').phrase).toBe(' down to 600 ');
  });

  it('reads a voice note\'s marker at the start ("[áudio]") as a voice note, not as the call audio', () => {
    expect(n.normalise('[áudio] oi, é a Juliana').phrase).toBe(' voice note oi e a juliana ');
  });

  it('reads the Arabic thousands separator and decimal mark between digits as the comma and the point', () => {
    expect(n.normalise('TIME_WAIT: ۳۲٬۰۰۰').phrase).toBe(' timewait 32 000 ');
    expect(n.normalise('۱٫۵').phrase).toBe(' 1 5 ');
  });

  it('reads "na" among Slavic words as "in", and keeps it among Igbo or Hausa words: no negation there', () => {
    expect(n.normalise('po SS_TCP_CLOSE_RESET=On na iptables bráně jsou to RSTka').phrase).toContain(' in iptables ');
    expect(n.normalise('nnoo, VOS anyi na egosi puku 40 TIME_WAIT').phrase).toContain(' na ');
    expect(n.normalise('RST on na karo bhai').phrase).toContain(' on not ');
  });

  it('reads Polish and Russian "na On" as "to On", not as the Hindi "na" (not)', () => {
    expect(n.normalise('przestawiliśmy SS_TCP_CLOSE_RESET na On').phrase).toContain(' sstcpclosereset to on ');
    expect(n.normalise('RST on na karo').phrase).toContain(' on not ');
  });

  it('reads Persian, Kazakh, Uzbek and Amharic words with their endings', () => {
    expect(n.normalise('ስልኮች ራውተር ጀርባ፤ ምዝገባቸው ይቋረጣል።').phrase).toBe(' phones router behind registration cut ');
    expect(n.normalise('بسته‌های RST را دراپ می‌کند').phrase).toBe(' packets rst drop ');
    expect(n.normalise('TIME_WAIT 30 мыңнан асады').phrase).toBe(' timewait 30 thousand ');
  });

  it('reads common Russian words, with their endings, as the English words the rules know', () => {
    expect(n.normalise('Телефоны за роутером отваливаются из списка онлайн').phrase).toBe(' phones behind router drop off from list online ');
    expect(n.normalise('пароль поменяли вчера, регистрации нет').phrase).toBe(' password changed yesterday registration no ');
    expect(n.normalise('файрвол не блокирует, всё работает').phrase).toBe(' firewall not blocks all working ');
    expect(n.normalise('межсетевой экран режет пакеты RST').phrase).toBe(' firewall drops packets rst ');
    // An unknown Russian word is left out, as any unread script.
    expect(n.normalise('Достопримечательности').stems).toEqual([]);
  });

  it('reads the Turkish dotless i as i, not as a break inside the word', () => {
    expect(n.normalise('telefonlar kayıtlı değil').phrase).toBe(' phones registered not ');
  });

  it('reads the Vietnamese đ as d, not as a break inside the word', () => {
    expect(n.normalise('Điện thoại đang bận').phrase).toBe(' dien thoai dang ban ');
    // and "mất đăng ký" (lost the registration) is read as one phrase
    expect(n.normalise('Điện thoại mất đăng ký').phrase).toBe(' dien thoai lost registration ');
  });

  it('reads the Arabic question mark and comma as "?" and ",", so the word before them is still read', () => {
    const m = n.normalise('العدد طبيعي؟');
    expect(m.phrase).toBe(' normal ');
    expect(m.questionMark).toBe(true);
    expect(n.normalise('الأجهزة ورا الراوتر، بتفقد التسجيل').phrase).toBe(' devices behind router lose registration ');
  });

  it('reads "na" as no negation in a Swahili or Tagalog message, and as "not" elsewhere', () => {
    expect(n.normalise('tuko na shida kwa server').phrase).toBe(' tuko na problem kwa server ');
    expect(n.normalise('bumaba na yung load').phrase).toBe(' bumaba na the load ');
    expect(n.normalise('packet block hoy na').phrase).toBe(' packet block hoy not ');
  });

  it('reads the words for an account run out, finished, were not, stuck and a laptop', () => {
    expect(n.normalise('hesabimiz suresi doldu').phrase).toBe(' account suresi expired ');
    expect(n.normalise("credit shesh, weren't, notebook, trabados").phrase).toBe(' credit finished not laptop stuck ');
    expect(n.normalise('на тестовой машине').phrase).toBe(' on test machine ');
  });

  it('reads the words for changed and lost in Malay, Swahili, Spanish and Portuguese, a FortiGate and refused RST in Arabic, non-payment in Russian', () => {
    expect(n.normalise('dia tukar alamat, kami ganti modem').phrase).toBe(' dia changed alamat kami changed router ');
    expect(n.normalise('tumebadilisha router jana').phrase).toBe(' changed router jana ');
    expect(n.normalise('los anexos pierden la conexion, os ramais perdem').phrase).toBe(' the extensions lose la connection os extensions lose ');
    expect(n.normalise('الفورتي جيت يقول الحزم مرفوضة').phrase).toBe(' fortigate packets rejected ');
    expect(n.normalise('отключили за неуплату').phrase).toBe(' disabled behind not payment ');
  });

  it('reads never, switched on, credentials and paid in Tagalog, Swahili, Turkish, chat shorthand and Portuguese; a word mapped to nothing is dropped', () => {
    expect(n.normalise('ayaw gumana, haijawahi kuwashwa').phrase).toBe(' not gumana never switched on ');
    expect(n.normalise('close modunu hiç açmadık').phrase).toBe(' close mode not enabled ');
    expect(n.normalise('yeni şifre ve kullanıcı adı, rotated creds').phrase).toBe(' new password ve user adi rotated credentials ');
    expect(n.normalise('usamos TCP, ele não pagou').phrase).toBe(' we use tcp ele not paid ');
    expect(createNormaliser({ canonicalWords: { um: '' } }).normalise('um the port').words).toEqual(['the', 'port']);
  });

  it('keeps punctuation in .text for log signatures', () => {
    expect(n.normalise('java.net.BindException: Address').text).toBe('java.net.bindexception: address');
  });
});

describe('withoutSignature', () => {
  it('drops an e-mail sign-off and the signature under it, not a closing line that says more', () => {
    expect(withoutSignature('Dear team,\nCalls fail.\n\nRegards,\nChinedu Okafor | NOC | Lagos Connect Ltd')).toBe('Dear team,\nCalls fail.\n');
    expect(withoutSignature('phones down\nBest Regards\nRakib Hasan\nNOC\nDhaka Voice Gateway Ltd.')).toBe('phones down');
    expect(withoutSignature('Hi\nphones down\nRegards, Aung Kyaw Moe | NOC | Golden Land Telecom')).toBe('Hi\nphones down');
    // A postscript after the signature is kept.
    expect(withoutSignature('text\n\nThanks,\nThabo Nkosi | NOC | Highveld Voice\n\nP.S. the hospital first')).toBe('text\n\n\nP.S. the hospital first');
    expect(withoutSignature('calls failing since rst on\nthanks, rst dropped by fw')).toBe('calls failing since rst on\nthanks, rst dropped by fw');
    expect(withoutSignature('calls failing\nthanks\nthe firewall drops rst since yesterday and calls fail all day long, please check')).toContain('firewall drops rst');
    expect(withoutSignature('Regards, John Smith')).toBe('Regards, John Smith');
    // A sentence after "Thanks" is more of the message, and so are the lines of a chat thread.
    expect(withoutSignature('RST on since Monday.\nThanks\nPhones still unregistered.')).toContain('Phones still unregistered');
    expect(withoutSignature('[10:41] Ravi: phones down?\nThanks\nAna: yes, behind NAT, on TCP')).toContain('behind NAT');
    expect(withoutSignature('calls fail\n\nRegards,\nRavi Kumar\nTel: +91 98 7654 3210')).toBe('calls fail\n');
  });

  it('leaves the company in a signature out of the words read', () => {
    expect(words('nginx cannot bind port 80, calls fine.\n\nRegards,\nChinedu Okafor | NOC | Lagos Connect Ltd')).toBe('nginx cannot bind port 80 calls fine');
  });

  it('reads French "pas" after a verb as "not", and Albanian "pas NAT" as behind NAT', () => {
    expect(words("ce n'est pas un problème de NAT")).toContain('is not');
    expect(words('telefonat që janë pas NAT-it')).toContain('behind nat');
    expect(words('mots de passe changés')).toContain('password');
  });

  it('writes figures said in words in digits, and leaves a unit alone as a word', () => {
    expect(words('over thirty thousand in time wait')).toBe('over 30000 in timewait');
    expect(words('nine hundred time weight')).toBe('900 timewait');
    expect(words('port six three seven nine')).toBe('port 6379');
    expect(words('four oh three on register')).toBe('403 on register');
    expect(words('twenty-five thousand sockets')).toBe('25000 sockets');
    expect(words('one of the phones, no one knows')).toBe('one of the phones no one knows');
    expect(words('a few hundred')).toBe('a few hundred');
  });

  it('joins letters read out one by one, and reads what dictation makes of RST, MikroTik and CPS', () => {
    expect(words('the u f w on the gateway')).toBe('the firewall on the gateway');
    expect(words('rest mode went on and my crotic drops the rest packets at 150 sea ps')).toBe('rst mode went on and mikrotik drops the rst packets at 150 cps');
    expect(words('the rest of the calls')).toBe('the rest of the calls');
  });

  it('reads Tagalog "wala nang" as "no more", and "wala" alone as written', () => {
    expect(words('wala nang bind error')).toBe('no more bind error');
    expect(words('30k wala message')).toBe('30k wala message');
  });
});

describe('createNormaliser options', () => {
  it('ends an Urdu word at the Urdu full stop, as at a full stop', () => {
    expect(words('کالز میں کوئی مسئلہ نہیں۔')).toBe('calls in koi problem not');
  });

  it('reads "مو" and "که" as Pashto means them in a message with a letter only Pashto writes, as Gulf Arabic and Persian do elsewhere', () => {
    // Pashto: "we switched RST mode on", "if we switch RST on"
    expect(words('RST mode مو روښانه کړی')).toBe('rst mode on');
    expect(words('که RST روښانه کړو')).toBe('if rst on');
    // Gulf Arabic "not", Persian "that"
    expect(words('مو شغال')).toContain('not');
    expect(words('برق که بیاد')).toBe('power that comes back');
  });

  it('reads RST with an Azerbaijani case ending as RST, and a Turkish ticket to close as "close the ticket"', () => {
    expect(words('RST-ni yandırdıq')).toBe('rst switched on');
    expect(words("ticket'ı kapatabilirsiniz")).toBe('close the ticket');
  });

  it('reads Vietnamese and Malay phrases as one: a few hundred, there is no, turned off, nobody, no more, lost the registration', () => {
    expect(words('vài trăm TIME_WAIT')).toBe('a few hundred timewait');
    expect(words('ko có traffic, đã tắt RST')).toBe('no traffic turned off rst');
    expect(words('gak ada yg enable RST')).toBe('nobody enable rst');
    expect(words('tidak ada EADDRINUSE lagi')).toBe('no more eaddrinuse');
    expect(words('tiap 5 menit lepas registrasi')).toContain('lost registration');
    // "lepas" alone is Malay "after"
    expect(words('lepas reboot')).toBe('lepas reboot');
  });

  it('reads "never" in Vietnamese, "Respected team" as written, and Spanish and Portuguese words of the playbooks', () => {
    expect(words('chưa bao giờ bật RST')).toBe('never enabled rst');
    expect(words('Respected team')).toBe('respected team');
    expect(words('las llamadas no cuelgan')).toContain('calls no end');
    expect(words('o fecho TCP com RST')).toBe('o close tcp com rst');
    expect(words('el time_wait era bajo')).toContain('timewait was low');
    expect(words('la IP vieja')).toBe('la ip old');
    expect(words('cambiamos la contraseña')).toBe('we changed la password');
  });

  it('reads Arabizi: the negation before a verb and after it, nobody, never, after, changed, still, switched on, turned back', () => {
    expect(words('e7na shaghalin UDP, ma fi TCP')).toBe('e7na run udp no tcp');
    expect(words('el firewall ma bi-drop el RST')).toBe('the firewall not drop the rst');
    expect(words('ma 7ada lamas el server')).toBe('nobody touched the server');
    expect(words('3omrena ma fa33alnah')).toBe('never enabled it');
    expect(words('ba3d ma el ISP ghayar el public IP')).toBe('after the isp changed the public ip');
    expect(words('el RST lessa Off')).toBe('the rst still off');
    expect(words('raga3nah Off')).toBe('reverted off');
    expect(words('les appels ma ytemmouch')).toContain('ma not end');
  });

  it('reads Thai written in Latin letters as one where a word alone means something else ("lang" is Tagalog "only", "pid" a process id)', () => {
    expect(words('phone lang NAT register lud')).toBe('phone behind nat registration dropped');
    expect(words('rao pid RST mode')).toBe('we turned off rst mode');
    expect(words('connect carrier mai dai, ports mod')).toBe('connect carrier cannot ports exhausted');
    expect(words('40 lang ang TIME_WAIT')).toBe('40 lang the timewait');
    expect(words('kill pid 2211')).toBe('kill pid 2211');
  });

  it('reads Chinese counts of ten thousands and thousands with their digit, and Russian written in Latin letters', () => {
    expect(words('TIME_WAIT 三萬多')).toContain('timewait 3 tenthousand');
    expect(words('两千个 TIME_WAIT')).toContain('2 thousand');
    expect(words('5060 listen v poryadke, zvonki visnut')).toBe('5060 listen fine calls hang');
    expect(words('nado chto-to tyunit ili rano')).toBe('need to something tyunit or rano');
  });

  it('reads calls per second said in Spanish and Portuguese in the text the extractor reads too, and Banglish "jante chai"', () => {
    expect(n.normalise('umas 80 chamadas por segundo').text).toContain('80 calls per second');
    expect(words('ami jante chai')).toBe('ami wondering');
  });

  it('reads a change written with an arrow, and Persian in Latin letters where a word alone means something else', () => {
    expect(words('SS_TCP_CLOSE_RESET Off→On')).toBe('sstcpclosereset off to on');
    expect(words('kasi chiz e dige avaz nakarde')).toContain('nobody');
    expect(words('kasi ang problema')).toContain('because');
    expect(words('RST roshan nist, mikrotik dast nakhorde')).toBe('rst not enabled mikrotik not touched');
  });

  it('maps a token to several words when the canonical word says so', () => {
    const q = createNormaliser({ canonicalWords: { whats: 'what is', plz: 'please' } });
    expect(q.normalise('whats time_wait plz').phrase).toBe(' what is timewait please ');
  });

  it('reads only maxChars characters and maxWords words', () => {
    const short = createNormaliser({ maxChars: 20, maxWords: 3 });
    expect(short.normalise('red blue green gray pink teal navy').words).toEqual(['red', 'blue', 'green']);
    expect(short.normalise('x'.repeat(21)).truncated).toBe(true);
  });

  it('gives short words and numbers a feature only as told', () => {
    expect(createNormaliser().normalise('ip on 5060 and 12345').stems).toEqual(['ip', '5060']);
    expect(createNormaliser({ minFeatureLength: 2, shortFeatures: [], numberFeatures: [] }).normalise('ip vs 5060').stems).toEqual(['ip', 'vs']);
  });

  it('says whether the message asks something', () => {
    expect(n.normalise('300 time_wait, normal? 🙂').questionMark).toBe(true);
    expect(n.normalise('is this normal? we see 300').questionMark).toBe(true);
    expect(n.normalise('address already in use').questionMark).toBe(false);
    expect(n.normalise('https://example.com/?q=1').questionMark).toBe(false);
  });

  it("reads a word after a French or Italian elided article alone: \"l'IP\" is \"ip\", \"d'activer\" is \"activer\"", () => {
    expect(n.normalise("le fournisseur a changé l'IP de son registrar").words).toContain('ip');
    expect(n.normalise("on a refusé d'activer le RST").phrase).toContain(' to enable the rst ');
    expect(n.normalise("l'indirizzo dell'IP è cambiato").words).toContain('ip');
    // English contractions keep their letters together: "don't" is still one word read as "not"
    expect(n.normalise("we don't use tcp").phrase).toBe(' we not use tcp ');
  });

  it('reads the longest phrase of a table where a shorter one begins the same: "ko con nua" (no longer happens) before "ko con"', () => {
    expect(n.normalise('loi do ko con nua').phrase).toContain(' no longer happens ');
    expect(n.normalise('firewall ko con drop').phrase).toContain(' no longer drop ');
  });

  it('reads a Cebuano or Tagalog verb prefix before an English verb as the verb alone, and Kurdish "êdî … tune" as "no more …"', () => {
    expect(n.normalise('na-unregister ang phones').phrase).toBe(' unregistered the phones ');
    expect(n.normalise('gi-enable nila ang RST').phrase).toContain(' enable ');
    expect(n.normalise('dili maka-register').phrase).toBe(' cannot register ');
    expect(n.normalise('êdî "cannot assign requested address" tune').phrase).toContain(' no more cannot assign requested address ');
  });

  it('reads Bengali "ar … nai" as "no more …" and "<year> er ghotona" as a past incident, and look-alikes as written', () => {
    expect(n.normalise('conntrack e ar INVALID drop nai').phrase).toContain(' no more invalid drop ');
    expect(n.normalise('router ar phone duitai thik').phrase).not.toContain('no more');
    expect(n.normalise('ASA ar RST ড্রপের ব্যাপারটা ২০২৩ এর ঘটনা').phrase).toContain(' incident in 2023 ');
    expect(n.normalise('ei ghotona 2 er por hoise').phrase).not.toContain('incident in');
  });

  it('reads a Mongolian case ending after a hyphen as the word alone ("NAT-tai" is "nat", not Bangla "tai", so)', () => {
    expect(n.normalise('NAT-tai utasnuud').phrase).toBe(' nat phones ');
    expect(n.normalise('mikrotik-ii ard').phrase).toBe(' mikrotik behind ');
  });

  it('reads Georgian, Armenian, Albanian and Macedonian endings after a hyphen as the word alone, and their postpositions', () => {
    expect(n.normalise('RST-is mere tcp-ov').phrase).toBe(' after rst tcp ');
    expect(n.normalise('firewall-i bllokon paketat').phrase).toBe(' firewall blocks packets ');
    expect(n.normalise('telefonebi NAT-is ukan').phrase).toBe(' phones behind nat ');
    expect(n.normalise('heraxosnery mikrotik-i hetevum').phrase).toBe(' phones behind mikrotik ');
    // Not inside a hyphenated compound, and not a hyphen that is not an ending
    expect(n.normalise('peer-to-peer').phrase).toBe(' peer to peer ');
    expect(n.normalise('tp-link router').phrase).toBe(' tp link router ');
  });

  it('reads Hebrew in its own script, its prefixes read away one at a time, and its points ignored', () => {
    expect(n.normalise('הטלפונים לא נרשמים').phrase).toContain('phones');
    expect(n.normalise('הטלפונים לא נרשמים').phrase).toContain('not');
    // "ו" (and) and "ה" (the) before a listed word, and a word written with its vowel points
    expect(n.normalise('והטלפונים').phrase).toContain('phones');
    expect(n.normalise('הַטֶּלֶפוֹנִים').phrase).toContain('phones');
    // A word listed whole is not cut into a prefix and a listed word ("מלא", full, is no "מ" + "לא", from + not)
    expect(n.normalise('מלא').phrase).not.toContain('not');
  });

  it('reads Icelandic ð, þ and æ as letters of the word, Thaana in its own script, and the figures said with "ar", "txhiab" and "ta … bah" around them', () => {
    // Icelandic letters keep a word whole ("síðan", since) rather than cutting it in two
    expect(words('síðan við kveiktum á RST')).toBe('since we turned on rst');
    expect(words('þjónninn')).toBe('thjonninn');
    // Danish and Norwegian ø, and German ß, likewise: "først" (first) is no "f rst" with RST in it, "äußern" one word
    expect(words('først')).toBe('forst');
    expect(words('äußern')).toBe('aussern');
    // Dhivehi in Thaana is read as the Latin spelling its phrases know ("ނުވޭ", does not)
    expect(words('ނުވޭ')).toBe('nuvey');
    // Irish and Welsh "ar" (on) before a figure; Georgian "ar" (not) before a verb stays a negation
    expect(words('ar 5060')).toBe('on 5060');
    expect(words('telefoni ar mushaobs')).toContain('not');
    expect(words('the year 2024')).toBe('the year 2024');
    // Hmong "txhiab" (thousand) after a figure; S'gaw Karen "ta … bah" around a verb, not on its own
    expect(words('TIME_WAIT 34 txhiab')).toBe('timewait 34 thousand');
    expect(words('pa ta enable bah')).toBe('pa not enable');
    expect(words('ta bah')).toBe('ta bah');
  });

  it('reads Kikongo "ke … ve" (not) around one to three words and "diambu ya … ke ve" (no … matter), not "ke" or "ve" alone', () => {
    expect(words('nginx ke bandaka ve')).toBe('nginx not bandaka');
    expect(words('ke diambu ya RST ve')).toBe('not a rst problem');
    expect(words('Diambu ya NAT ke ve')).toBe('not a nat problem');
    // Hindi "ke" and Turkish "ve" (and) on their own, or with more than three words between them, stay as they are
    expect(words('server ke logs')).toBe('server ke logs');
    expect(words('firewall ve iptables')).toBe('firewall ve iptables');
    expect(words('ke calls ya mingi mpenza ve')).toBe('ke calls ya lots of mpenza ve');
  });

  it('reads Tibetan "khri" and "tong", Dzongkha "tongthra" and Mizo "sang" as thousands, and the negations said after the word', () => {
    // Tibetan "khri" (ten thousand) and "tong" (thousand) after a figure, Dzongkha "tongthra" and Mizo "sang" before it
    expect(words('TIME_WAIT 3 khri')).toBe('timewait 30 thousand');
    expect(words('TIME_WAIT 2 khri 8 tong')).toBe('timewait 28 thousand');
    expect(words('TIME_WAIT tongthra 47')).toBe('timewait 47 thousand');
    expect(words('TIME_WAIT sang 40')).toBe('timewait 40 thousand');
    // Vietnamese "sang" (to) before a port, and "khri" with no figure, are left alone
    expect(words('chuyen sang 5080')).toBe('switched to 5080');
    expect(words('khri')).toBe('khri');
    // Mizo "thei lo" and Dzongkha "ma tshu" (cannot) after the verb; Dzongkha "mindu" (there is no), "yang mindu" (no … either)
    // and "mindu gi" (without) after the noun; Tibetan "dang 'brel ba me" (has nothing to do with) after it
    expect(words('a start thei lo')).toBe('a cannot start');
    expect(words('re-register ma tshu')).toBe('cannot reregister');
    expect(words('TCP mindu')).toBe('no tcp');
    expect(words('REGISTER 401 yang mindu')).toBe('register no 401 either');
    expect(words('NAT mindu gi phone tshu')).toBe('the phone without nat tshu');
    expect(words("RST dang 'brel ba me")).toBe('nothing to do with rst');
    expect(words('mindu')).toBe('mindu');
  });

  it('reads Chuvash ă, ĕ, ç, Ossetian æ and the Chechen palochka typed as I or 1 as letters of the Cyrillic word, and thousands said in Ossetian, Chechen, Chuvash and Sakha', () => {
    // Latin look-alikes inside a Cyrillic word keep it whole ("хыçĕнчи", behind; "хIинца", now), not cut into "c" and "e"
    expect(words('хыçĕнчи TCP телефонсем')).toBe('behind tcp phones');
    expect(words('хIинца')).toBe(words('хӀинца'));
    expect(words('х1инца')).toBe(words('хӀинца'));
    // beside Latin letters alone they stay as they are: "ça va", "VOS1", "pĕtĕm"
    expect(words('ça va VOS1')).toBe('ca va vos1');
    // Ossetian "мин" (thousand) beside TIME_WAIT; Russian "мин" (minutes) elsewhere is no thousand
    expect(words('timewait 32 мин')).toBe('timewait 32 thousand');
    expect(words('40 мин TIME_WAIT')).toBe('40 thousand timewait');
    expect(words('ждали 5 мин')).not.toContain('thousand');
    // Chechen "ezar", Chuvash "pin", Sakha "tyhyyncha" (thousand) after a figure; "pin" alone is English
    expect(words('timewait 30 pin')).toBe('timewait 30 thousand');
    expect(words('TIME_WAIT 30 ezar')).toBe('timewait 30 thousand');
    expect(words('reset the pin code')).toContain('pin');
  });

  it('reads a phrase of a table where a word begins, also after a hyphen, and not inside a word', () => {
    // Kurdish "êwa RST-tan Off krd" (you turned RST off): the phrase begins with the word before the hyphen
    expect(n.normalise('êwa RST-tan Off krd').phrase).toContain('you turned rst off');
    // A table is looked up by the phrase's first word: "na peak" inside "kana peak" is no phrase
    expect(n.normalise('simu na peak').phrase).toContain('at peak');
    expect(n.normalise('kana peak').phrase).not.toContain('at peak');
  });

  it('reads "no" before a comma or a bracket as nothing of the words after it (Twi\'s article), but keeps an answer and a "but no,"', () => {
    expect(n.normalise('RST On no, NAT phones nyinaa unregistered').phrase).toBe(' rst on nat phones all unregistered ');
    expect(n.normalise('phones a wo hotel no (NAT) unregistered').phrase).not.toContain(' no nat ');
    expect(n.normalise('is it the firewall? no, nat phones').phrase).toContain(' no nat ');
    expect(n.normalise('we thought it was time_wait but no, the disk was full').phrase).toContain(' but no the disk ');
  });

  it('reads Saraiki words with the letters of the Arabic supplement (ݙ, ݨ) whole', () => {
    expect(n.normalise('ہݨ سب ٹھیک').phrase).toContain(' now ');
    expect(n.normalise('ساݙے phones').phrase).toBe(' our phones ');
  });

  it('reads a phrase across words read from another script ("ما فيها مشكل": without any problem), but keeps two figures a word stood between apart', () => {
    expect(n.normalise('التلفونات اللي وراء NAT كلها registered، ما فيها مشكل').phrase).toContain(' registered without any problem ');
    // "около 900 при 35 CPS": "при" is left out, and 900 and 35 stay two figures, not the spaced thousands "900 35".
    const russian = n.normalise('У нас в пике около 900 при 35 CPS');
    expect(russian.text).toContain('900  35 cps');
    expect(createExtractor()(russian).cps).toBe(35);
  });

  it('finds each phrase of a table by its first word and how it goes on, where a word begins', () => {
    // Phrases that share a first word, go on for fewer or more characters than the next word's first letters, or stop at it.
    const table: Record<string, string> = { 'na b': 'xone', 'na bi': 'xtwo', 'na bit': 'xthree', 'na bot': 'xfour', na: 'xfive', 'rst-y': 'xsix', 'xq zz top': 'xseven' };
    // One join a phrase, the longer first: a phrase not found leaves its words to a shorter one ("na bot" read as "xfive bot").
    const phrases = Object.keys(table).sort((a, b) => b.length - a.length);
    const joined = createNormaliser({ joins: phrases.map((p) => ({ hints: [p], hintsStartWords: true, pattern: new RegExp(`\\b${p}\\b`, 'g'), to: table[p] as string })) });
    const read = (t: string) => joined.normalise(t).phrase.trim();
    expect(read('the na bot here')).toBe('the xfour here');
    expect(read('the na bit here')).toBe('the xthree here');
    expect(read('so na b then')).toBe('so xone then');
    expect(read('so na then')).toBe('so xfive then');
    expect(read('the rst-y flag')).toBe('the xsix flag');
    expect(read('xq zz top')).toBe('xseven');
    // Not where a word goes on, nor where the phrase only begins.
    expect(read('xq zz to')).toBe('xq zz to');
    expect(read('bana bot')).toBe('bana bot');
  });

  it('runs a table only where one of its phrases ends as its pattern does, not where the phrase runs on into a longer word', () => {
    let reads = 0;
    const join = {
      hints: ['qz vo', 'zq-'],
      hintsStartWords: true,
      get pattern() {
        reads++;
        return /\b(?:qz vo|zq-)\b/g;
      },
      to: 'x',
    };
    const joined = createNormaliser({ joins: [join] });
    const read = (t: string) => joined.normalise(t).phrase.trim();
    // "qz vo" inside "qz vox", "zq-" before a space: the pattern could not match, and is not even read
    expect(read('mm qz vox')).toBe('mm qz vox');
    expect(read('the zq- go')).toBe('the zq go');
    expect(reads).toBe(0);
    // "qz vo" before a space, "zq-" before a letter (the word boundary after a hyphen is before a letter)
    expect(read('qz vo go')).toBe('x go');
    expect(read('zq-y')).toBe('xy');
    expect(reads).toBe(2);
  });

  it('reads thousands said before the figure in Ndebele, siSwati, Venda, Lozi and Tumbuka as the figure in thousands, and Venda "fhedzi" as "but" only where it begins a sentence', () => {
    expect(words('TIME_WAIT dza zwigidi zwa 29')).toBe('timewait dza 29 thousand');
    expect(words('TIME_WAIT yezinkulungwane ezingu 35')).toBe('timewait 35 thousand');
    expect(words('netinkhulungwane leti-27 te-TIME_WAIT')).toBe('27 thousand te timewait');
    expect(words('TIME_WAIT vikwi 27')).toBe('timewait 27 thousand');
    // no figure after the word, or a figure with a decimal: left alone
    expect(words('zwigidi zwa vhathu')).toBe('zwigidi zwa vhathu');
    expect(words('makiti a 2.5')).toBe('makiti a 2 5');
    expect(words('RST. Fhedzi Vodacom vho ri vhudza')).toBe('rst but vodacom vho ri vhudza');
    // after a word it is "only"
    expect(words('ndi khou vhudzisa fhedzi')).not.toContain('but');
  });

  it('reads "TW" before the figure it was at or went from as TIME_WAIT, so that the figure is read as its count', () => {
    expect(n.normalise('corrected the script, actual TW was 600').text).toBe('corrected the script, actual timewait was 600');
    expect(n.normalise('(worked: TW from 35k to 2k)').text).toBe('(worked: timewait from 35k to 2k)');
    expect(n.normalise('TW went from 28k to 1.2k').text).toBe('timewait went from 28k to 1.2k');
    // no figure after it, or another word: left alone
    expect(n.normalise('TW was the one who called').text).toBe('tw was the one who called');
    expect(n.normalise('tw_reuse was 1').text).toBe('twreuse was 1');
  });

  it('reads Hindi and Urdu "2022 ki baat hai" (that was in 2022) as a past incident, and leaves a matter without a year alone', () => {
    expect(words('RST on karne ke baad phones unregister hote the, wo 2022 ki baat hai')).toContain('an incident in 2022');
    expect(words('ye chinta ki baat hai')).not.toContain('incident');
    expect(words('port 5060 ki baat hai')).not.toContain('incident');
  });

  it('reads French "ne … plus" around the verb as "no longer", and Krio words with ɛ and ɔ whole', () => {
    expect(n.normalise('les téléphones ne sont plus enregistrés').phrase).toContain(' are no longer registered ');
    expect(n.normalise("le serveur n'est plus joignable").phrase).toContain(' is no longer ');
    expect(n.normalise('di fayawɔl de drɔp di RST pakɛt dɛn').phrase).toBe(' the firewall drop the rst packet they ');
    // Bambara's own words with ɛ are left to its table: "a tɛ register" is "it is not registering".
    expect(n.normalise('a tɛ register').phrase).toContain('not registering');
  });

  it('takes the words of Object.prototype for words', () => {
    expect(words('constructor __proto__ toString hasOwnProperty valueOf')).toBe('constructor proto tostring hasownproperty valueof');
  });
});
