import type { PlaybookId } from '../../playbooks/ids.js';
import { createGates } from './gates.js';
import type { Normalised } from './normalise.js';
import { rankInPlace } from './rank.js';
import { groupEnd, literalsPattern, topAlternatives } from './regexp.js';
import type { Extracted, RuleHit } from './types.js';

/**
 * One explicit rule. `on: 'text'` rules read the lower-cased message with its punctuation
 * (log lines, error names); `on: 'phrase'` rules read the corrected, canonical words joined by
 * single spaces and padded with a space at each end, so ` cannot bind ` also matches
 * "Can't bind!!" and "cant bnid".
 */
export interface Rule {
  readonly id: string;
  /** The playbook the rule points at, or null for a guard (evidence for "none of them"). */
  readonly playbook: PlaybookId | null;
  /**
   * Evidence in log-odds units (nats). 4 ≈ a log signature, 2–3 a clear phrase, 1 context.
   * Negative: the message contradicts what the playbook is about (its premise), so the
   * playbook's other rules count for nothing and this much is held against it. 0: a cue that
   * names the playbook's cause (`cause`) and is no evidence by itself.
   */
  readonly weight: number;
  readonly on: 'text' | 'phrase';
  readonly pattern: RegExp;
  /**
   * Substrings of which at least one occurs in every text the pattern matches: a cheap
   * pre-check, so most rules cost one `includes` per message. Omit to always run the pattern.
   */
  readonly hints?: readonly string[];
  /** What the rule recognises, for people reading the rule list. */
  readonly about: string;
  /**
   * The rule names what causes its playbook's problem (load and the port range, RST switched on,
   * phones behind NAT, a firewall dropping RST), not only the symptom ("address already in use",
   * "unregistered"). Beside another explanation (a guard), only such a rule lets the playbook be
   * `confident` (see match.ts).
   */
  readonly cause?: boolean;
  /**
   * The rule names what the playbook's cause is about (RST, NAT, a router) without saying it happened. In a
   * message the matcher reads little of, the playbook is `confident` only beside a `cause` or such a rule:
   * "unregistered" among unread words may have any cause (see match.ts).
   */
  readonly names?: boolean;
  /**
   * With cause: the rule tells the change that brought the playbook's cause about (RST switched on). After it, the
   * playbook's symptom and another of its causes, a bare question mark asks about the fault it tells ("since RST On
   * the phones behind NAT are unregistered, was that it?"), not about something else (see match.ts).
   */
  readonly change?: boolean;
  /**
   * With a negative weight: the contradiction stands beside a playbook's story told in full, which outweighs one read
   * from the wording, as a likely misreading (see match.ts). It reads a fact of the setup or a figure (SIP over UDP only,
   * a few hundred sockets in TIME_WAIT, low CPS), or says the story is no live fault of this switch: RST only supposed
   * or planned ("if we turn RST on, will …?"), a lab, someone else's server or switch, the cause elsewhere, a message
   * taken back, an old log.
   */
  readonly stands?: boolean;
  /** The rule fires only when this pattern matches the phrase too (the context the rule is about; checked first). */
  readonly requires?: RegExp;
  /**
   * With requires: a question mark in the message (Normalised.questionMark) stands for it too. For a pattern that reads
   * a supposition, whose `requires` looks for the question in words a language may not have ("kalau kita nyalakan RST,
   * apakah …?" has no English modal).
   */
  readonly asked?: boolean;
  /**
   * The rule fires only on a message with a question mark (Normalised.questionMark): its words make a question only when
   * asked so ("if traffic grows to 500 cps, will we get address already in use?"; the same clause with a full stop tells
   * what happens).
   */
  readonly question?: boolean;
  /** The rule does not fire when this pattern matches the phrase (context that says otherwise). */
  readonly unless?: RegExp;
  /**
   * A short pattern the phrase matches whenever `pattern` can (a word every wording of it holds,
   * such as a negation): the compiled runner tests it first, once per message for every rule
   * that shares it, and skips a long pattern on the many messages without it. A speed-up only:
   * it never changes what fires (runRules ignores it, and a test compares the two runners).
   */
  readonly needs?: RegExp;
  /**
   * The rule does not fire when the word before the match negates it ("not dropping rst",
   * "no time_wait problem"). Only for phrase rules.
   */
  readonly negatable?: boolean;
  /**
   * While this rule stands, no playbook is `confident`: the message asks about something
   * rather than reporting a fault (see match.ts).
   */
  readonly holdsBack?: boolean;
  /**
   * With holdsBack: holds back even when the message gives tens of thousands of sockets in
   * TIME_WAIT, which otherwise make it a fault report however it is put. For a message that says
   * everything works ("18k TIME_WAIT at peak, but no errors, ASR normal").
   */
  readonly firmly?: boolean;
  /**
   * While this rule stands, the message says the problem is over (fixed, solved, the ticket may be closed): the
   * playbooks' own rules are overruled and none is `confident` (see match.ts).
   */
  readonly settles?: boolean;
  /**
   * With settles: a closing word ("close the ticket", "no action needed", "for the record") that settles the
   * message even when a playbook's symptom comes between it and an earlier one, for it closes what was told
   * before it too: "closing the case: the firewall dropped RST, we allowed it; you may close the case".
   */
  readonly closes?: boolean;
  /**
   * With settles: said first, as a heading ("Already fixed: NATed phones went unregistered after RST mode, …"), it
   * tells that what follows is what was fixed; only a word that reopens tells a new problem after it (see match.ts).
   */
  readonly heads?: boolean;
  /**
   * The rule says a new problem follows ("another issue:", "new problem since Sunday"): after a word that settles the
   * message, what comes after this one is told as a fault, however weakly its words read (see match.ts).
   */
  readonly reopens?: boolean;
}

/** A rule computed from extracted values rather than from a pattern. */
interface ValueRule {
  readonly id: string;
  readonly playbook: PlaybookId | null;
  /** As Rule.cause. */
  readonly cause?: boolean;
  /** As Rule.stands. */
  readonly stands?: boolean;
  /** `text` is the message as the text rules read it. */
  test(x: Extracted, text: string): { weight: number; matched: string } | undefined;
}

const PHONES = '(?:extensions?|phones?|softphones?|endpoints?|users?|agents?|clients?|devices?|sip accounts?|accounts?|subscribers?|handsets?|branch(?:es)?)';
const BLOCK_VERB = '(?:dropped|drop|drops|dropping|blocked|block|blocks|blocking|denied|deny|denies|denying|rejected|reject|rejects|filtered|filter|filters|filtering|discarded|discard|discards|discarding|eaten|eats|killed|kills|marked invalid|invalid)';
const RST = '(?:rst|reset|resets|tcp rst|tcp reset)';
/** "after your fix", "since the change you made", "the setting you applied yesterday". */
const AFTER_CHANGE = / (?:after|since|from) (?:your|the|you|that|this) (?:(?:team|guys|engineer|engineers|people|support) )?(?:fixes|fixed|fix|changes|changed|change|updated|update|tuning|modification)| (?:fix|change|setting|settings|tuning) (?:you|u) (?:made|did|applied|changed|done)| (?:you|u) (?:changed|applied|fixed|modified|updated) | (?:you|your)(?: [a-z]+){0,3} (?:change|changes|fix|update) after(?: |$)/;

/** The words of EPHEMERAL below. */
const EPHEMERAL_WORDS = String.raw`(?:connect(?<!(?:who|that|which|they|customers|clients|users) connect)(?<!(?:manager|gui|console|desktop|web) client connect)(?! to address )(?!(?: to)?(?: the)? (?:db|database|mysql|mariadb|manager|portal|web|gui|console)(?: |$))|connects|connecting|connection to|connections to|outbound|outgoing|dial(?<!(?:can|still|can still|could) dial)|dials|dialing|dialling|peak|peaks|rush|busy hour|heavy|high load|under load|load(?<!to load)(?! tests?(?: |$)| testing| balanc| shedding)|traffic(?<!(?:day|holiday|festival|season|eid|christmas|weekend) traffic)(?<!before (?:the )?(?:night|evening|peak|busy|morning) traffic)(?! (?:(?:de|of|da|do) calls )?(?:is |are )?(?:normal|fine|ok|okay)(?: |$))|cps|calls per second|timewait|ephemeral|source ports?(?! [0-9])|local ports?(?! [0-9])|random|all ports|all the ports|all local|run out|runs out|ran out|running out|exhausted|exhaustion|new tcp|new connections|carriers?(?<!(?:new|another|add a|add the) carriers?)|vendors(?! (?:monitoring|agent|software|tool|app|portal|dashboard|script|scripts|health check|installer))|(?:to|towards) (?:the |our |a )?vendor|trunks?|tcp legs|evening(?<!(?:good|last|yesterday|this|tomorrow) evening)|every night|at night|restart fixes|restart helps|fixes it for)`;
/** A sign of `words` (EPHEMERAL_WORDS or EXHAUSTION_WORDS) that is neither negated nor said to be normal or no problem. */
const loadSign = (words: string): RegExp =>
  new RegExp(` ${words}(?<!(?:^| )(?:(?:not|no|nothing|never|without|hardly|zero|little)(?: [a-z]+)?|(?:not|never) think(?: [a-z]+)?|nothing to do with(?: the)?|(?:not|never) (?:due|related|because) (?:to|of)(?: the)?|thought(?: [a-z]+){0,3}|(?:says|said|thinks|suspects|guesses)(?: [a-z]+){0,3}|(?:check|checking|see) (?:if|whether)(?: [a-z]+){0,4}|different|another|other|specific|fixed|own|(?:restart|restarted|reboot|rebooted|updated|upgraded)|(?:no|without|zero|nothing) (?:impact|effect) (?:on|to)(?: [a-z]+)?) ${words}) (?!(?:(?:sip|calls?|traffic|trunks?|connections?) )?(?:(?:on|in) (?:the )?(?:softswitch|switch|server|vos3000) )?(?:(?:is|are|was|stays|still|looks|seems|hai|ka|also|jg|juga|bhi) )*(?:very |quite |really |so )?(?:normal|unaffected|fine|ok|okay|low|small|light|chhota|quiet|tiny|unchanged|zero|nil|none|dikit|sedikit|no at all)(?: |$)|(?:ka |ki |ke |er )?(?:koi )?(?:issue|problem|masla|somossa|scene) not(?: |$)|not (?:a |any )?(?:issue|problem|issues|problems)(?: |$)|(?<=traffic )not(?: |$)|(?<=local ports? )[0-9]{2,5}(?: |$)|(?:the )?(?:server|switch|softswitch|vos3000|box|machine) (?:restart|restarted|reboot|rebooted)(?: |$))`);
/**
 * Signs that a bind error comes from running out of local ports under load rather than from
 * one service's own port: outbound connections, peak traffic, TIME_WAIT, the port range. A
 * negated sign ("not port exhaustion", "no load", "no impact on live traffic") is none: the negation is looked for behind a
 * word once the word is found (a lookbehind in front of it would run at every space); so is one
 * said to be normal or low right after it ("switch traffic normal hai", "traffic unaffected"), or no problem at all ("load
 * ka koi masla nahi", "load ka koi scene nahi"), and a load test ("the second
 * kamailio for the load test cannot bind 5060"), and the time a server was restarted ("server restarted at night",
 * Bangla "raate server restart dise").
 */
const EPHEMERAL = loadSign(EPHEMERAL_WORDS);
/**
 * The signs of EPHEMERAL that tell local ports running out, not only outbound calls or traffic being there: what takes
 * back a bind error of one listening service (with a TIME_WAIT count, EXHAUSTION_TOLD). "redis cannot bind *:6379 … the
 * graphs of CPS stay empty" names load beside a service's own port; "… at peak, the ephemeral range ran out" tells
 * exhaustion.
 */
const EXHAUSTION_WORDS = String.raw`(?:cannot assign|assign requested|ephemeral|source ports?(?! [0-9])|local ports?(?! [0-9])|port range|portrange|iplocalportrange|twreuse|tcptwreuse|tw reuse|all ports|all the ports|all local|run out|runs out|ran out|running out|exhausted|exhaustion|out of ports|new connections|new tcp|outbound|peak|peaks|rush|busy hour|heavy|high load|under load|every night|at night|evening(?<!(?:good|last|yesterday|this|tomorrow) evening))`;
/** A sign of EXHAUSTION_WORDS, or a count of sockets in TIME_WAIT told ("TIME_WAIT 30 thousand", "28712 timewait"). */
const EXHAUSTION_TOLD = new RegExp(`${loadSign(EXHAUSTION_WORDS).source}| timewait (?:[a-z]+ ){0,2}[0-9]| [0-9]+ (?:[0-9]+ )?(?:thousand |k )?timewait `);
/** One hint per word of EPHEMERAL_WORDS (a part all its forms hold): the hints of a rule that reads EPHEMERAL. */
const EPHEMERAL_HINTS: readonly string[] = ['connect', 'outbound', 'outgoing', 'dial', 'peak', 'rush', 'busy hour', 'heavy', 'load', 'traffic', 'cps', 'calls per second', 'timewait', 'ephemeral', 'source port', 'local port', 'random', 'all ports', 'all the ports', 'all local', 'run out', 'runs out', 'ran out', 'running out', 'exhaust', 'new tcp', 'new connections', 'carrier', 'vendor', 'trunk', 'tcp legs', 'evening', 'every night', 'at night', 'restart fixes', 'restart helps', 'fixes it for'];
/**
 * RST, the close-reset setting, or what a firewall makes of it: a firewall message without any
 * of these is about something else. (tcpdump's "Flags [R.]" reads "flags are": "r" is chat shorthand for "are"; pfSense
 * logs an RST with its ACK as "TCP:RA", read "tcp ra", and one alone as "TCP:R", read "tcp are" after or before the block.)
 */
const RST_WORDS = / (?:rst|rsts|reset|resets|sstcpclosereset|tcpclosereset|tcp close|close reset|closereset|invalid|out of state|state mismatch|half open|stateful|flags (?:r|are)|tcp ra|(?<=(?:blocked|dropped|denied|of|ng) )tcp are|tcp are(?= (?:blocked|dropped|denied|packets?)(?: |$)))(?: |$)/;
/** The words of a fault stated outright (FAULT below). */
const FAULT_WORDS = String.raw`(?:fail|fails|failing|failed|failure|failures|unstable|stuck|die|dies|died|dead|down(?<!slow down)(?<!then back down)(?! to [0-9])|offline|unregistered|cannot|can not|could not|unable|drop|drops(?! to (?:[0-9]|(?:nearly |almost )?(?:zero|nothing)(?: |$)))|dropping|dropped(?! to (?:[0-9]|(?:nearly |almost )?(?:zero|nothing)(?: |$)))|lost|lose|loses|losing|not working|stops|stopped|hang|hangs|hanging|times out|timing out|timed out|rejected|rejecting|refused|broken(?<!(?:nothing|not) (?:is |was |got |has been )?broken)|broke(?<!nothing (?:is |was )?broke)|crash|crashes|crashed|throw|throws|throwing|full|used up|exhausted|again|keeps(?! (?:its|their|his|her|a|an|the|track|own) )|(?:keep|keeps|kept) (?:on )?(?!working)[a-z]+ing|(?:fall|falls|fell|falling) (?:off|out|from)|drop off|drops off|disappear|disappears|disappeared|disappearing|vanish|vanishes|vanished)`;
/**
 * A fault said outright, not negated nor supposed (FAULT without the recurring ones and the help asked for): "can no longer
 * register" among them.
 */
/** A supposition told as recurring or past is a report ("if we enable RST the phones drop every time", "… yesterday"). */
const TOLD_RECURRING_OR_PAST = / (?:every time|each time|everytime|always|again(?<!(?:not|no|never)(?: [a-z]+){0,2} again)|yesterday|ago|last night|last week|since then)(?: |$)/;
/** Not followed by "no errors" (or "errors none", as Russian and Japanese put it) or "all is fine" said of the same time (the peak told to be fine is no fault). */
const NOTHING_WRONG_LATER = String.raw`(?!.* (?<!but )(?:no (?:errors?|issues?|problems?|failures?)|(?<!(?:night|nights|daytime|day|morning|mornings|evening|afternoon|off peak) )(?:errors?|issues?|problems?|failures?) (?:no|none|nil|zero)(?! longer| more)|(?:so |i think |i guess )?(?:it is|its|we are|all|everything is) (?:fine|ok|okay|normal|working)) (?!(?:in|at|during|by) (?:the )?(?:afternoon|night|nights|morning|evening|day|daytime|off peak)))`;
const FAULT_SAID = String.raw` no longer (?:connects?|works?|opens?|accepts?|registers?|registered)(?: |$)| (?:calls?|connections?) (?:do not|does not|did not|cannot|not|are not) (?:go through|going through|pass|passing|connect|connecting)(?: |$)| (?:tcp )?connections? (?:do not|does not|cannot|not|are not) (?:open|opened|opening)(?: |$)| (?:online not|not (?:visible|shown|showing) (?:as )?online)(?: |$)| (?:we are|we re|we|it is|its|it|is|are)(?<! (?:will|would|could|can|might|if|before|when|not|to) (?:we are|we re|we|it is|its|it|is|are)) (?:running|run|runs|ran|using|used) (?:out of|up) (?:all )?(?:the |our )?(?:free |local |ephemeral |tcp )*ports(?: |$)| (?:not|no longer|cannot) (?:open|opens|create|creates|establish|establishes|accept|accepts) (?:any |new |more )+(?:tcp )?(?:connections?|sockets?)(?: |$)| (?:not|never|cannot) (?:end|ending|ends|ended|close|closing|closed|terminate|terminating|terminated|torn down|tear down|release|released|clear|cleared|ket thuc)(?<!(?:kernel|linux|os)(?: [a-z]+){0,2} (?:not|never|cannot) [a-z]+)(?: |$)| (?:finished|khatam) (?:hi )?not(?: |$)| (?:not|no) registered(?: |$)| not (?:stay|stays|staying|are|is|sono|sind|zijn|jsou|su) registered(?: |$)| not stable(?: |$)| non registered(?: |$)| (?:disconnect|disconnects|disconnecting) (?:from|off)(?: |$)| (?:stay|stays|remain|remains) (?:open|active|stuck)(?: |$)| (?:all |are |is |show |shows |showing |turn |turned |went |go )red(?: |$)| red light|` +
  // Negated or supposed: looked for behind the word once it is found (cheaper than a lookbehind in front, at every space); or
  // denied after it, as Burmese and Japanese put it ("call fail none").
  String.raw` ${FAULT_WORDS}(?<!(?:not|no|nothing|never|zero)(?: calls?| one| single| any)? ${FAULT_WORDS})(?<! not (?:the|a|our|any) [a-z]+ ${FAULT_WORDS})(?<!(?:not|no|never|zero)(?: [a-z]+){1,4} (?:or|nor|ni|nem)(?: calls?)? ${FAULT_WORDS})(?<!(?:if|whether|make|makes|cause|causes|lead to|leads to|result in|results in|trigger|triggers|would|might|is it true(?: that)?)(?: [a-z0-9]+){0,4} ${FAULT_WORDS})(?<!^ (?:can|could) (?!(?:you|u|someone|somebody|anyone|anybody|we|i|pls|please|not|no)(?: |$))(?:[a-z0-9]+ ){0,3}${FAULT_WORDS})(?: |$)(?!(?:none|nil)(?: |$))`;
/**
 * A fault of the writer's own, stated (not negated, not supposed: "if it fails", "can rst make
 * phones unregister", "why would a firewall drop rst", "is it true that a fortigate drops rst", "can a fortigate drop rst?" asked from the first word; not "can you
 * check, the phones drop", which asks for help) or recurring: what turns a question into a fault report.
 */
const FAULT = new RegExp(
  // Calls that do not end are hung calls: a negated ending is the fault (FAULT_SAID).
  `${FAULT_SAID}` +
    String.raw`| (?:we|i|our|my) (?:(?!(?:not|never|no)\b)[a-z0-9]+ ){0,2}(?:get|gets|getting|see|seeing|got|hit|hitting|have|having) (?:(?!(?:no|not|zero|never|nothing|without)\b)[a-z0-9]+ ){0,3}(?:errors?|exceptions?|bindexceptions?|problems?|issues?|trouble|address already in use|bind)(?: |$)| what (?:can|should|do|must|could) (?:we|i) (?:do|change|tune|set|adjust) | what (?:is )?(?:the )?solution(?: |$)| what to do(?: |$)| what is (?:happening|going on)(?: |$)| should (?:we|i) (?:increase|raise|extend|widen|enlarge) (?:it|them|the range|the port range)(?: |$)| revert it $| (?:algum|any|some) (?:ajuste|tuning|tweak|setting|fix)(?: de| of| for)? (?:kernel|sysctl)(?: |$)| (?:only )?(?:happen|happens|comes|occurs) (?:when|whenever|once) | (?:keep|leave) (?:the )?rst (?:on )?and (?:fix|change|adjust|tune) | (?:firewall|rst|reset) or (?:the )?(?:firewall|rst|reset)(?: |$)|^ (?:[a-z]+ )?what happened | (?:q|que) le (?:we changed|change|changes)(?: |$)| (?:it |this |that )?(?:happened|started|began) (?:right|just|immediately|straight) after(?: it| that| this| the change)?(?: |$)| (?:disable|turn off|switch off|revert|roll back) (?:the )?(?:rst|reset|sstcpclosereset)(?: mode)? or | (?:ibalik|revert|go back|change back|voltamos|volver|regresar)(?: [a-z]+){0,2} (?:to |sa |a |p |para )?off $| (?:ampliar|aumentar|increase|widen|expand|raise) (?:the |el |o |la )?(?:rango|range|port range)(?: |$)| (?:que hacemos|que hago|que fazemos|o que fazer|como resolver|como resolve|how (?:to |this |it )?fix|kya karein|kya karu|ki korbo|ki kori) | how (?:do|can|should|could) (?:we|i) (?:fix|solve|stop|resolve|avoid|prevent) | how to (?:fix|solve|stop|resolve|avoid|prevent) | (?:any|some) (?:idea|ideas|solution|solutions|fix|fixes|suggestion|suggestions) | please (?:help|advise|fix) | (?<![0-9] )every (?:day|night|evening|morning|time|hour|peak)| (?:when|whenever|once|kalo|kalau|jab|jokhon|kapag|pag|khi|cuando|quando|quand|lorsque) (?:[a-z0-9]+ ){0,5}(?:[0-9]+ cps|cps|traffic|load|trafik|tawag|calls per second) (?:[a-z0-9]+ ){0,10}(?:errors?(?! (?:no|none|nil|zero)(?: |$))|address already in use|eaddrinuse|cannot assign|bindexception|fail|fails|failed|failing|gagal|bind)(?: |$)| (?:thousands|hundreds|tens of thousands) (?:of )?(?:[a-z]+ )?(?:errors|error|eaddrinuse|address already in use|bindexceptions?)(?: |$)| (?:macam mana nak|gimana (?:cara )?|bagaimana (?:cara )?|paano (?:ang )?|lam (?:sao|the nao) (?:de )?)(?:atasi|mengatasi|ngatasi|ngatasinya|selesaikan|betulkan|ayusin|sua|khac phuc|xu ly|fix)(?: |$)| (?:at|during|in) (?:the )?(?:[a-z]+ ){0,2}(?:peak|rush hour|busy hour)${NOTHING_WRONG_LATER}| peak (?:time|hour|hours) ${NOTHING_WRONG_LATER}| (?:daily|nightly|roj|harroz) (?!(?:report|reports|check|checks|checking|monitoring|summary|backup|backups|graph|graphs|stats|cron)(?: |$))`,
);
/**
 * Everything works: a figure given with this is a health question, not a fault. Not everything said to have worked
 * for a long time or until a day ("everything worked for more than a year", "all working until Thursday"): that is the
 * time before the fault.
 */
const HEALTHY = / (?:(?:i guess |i think |so |i understand (?:that )?)(?:we are|were|we re|its|it is) (?:fine|ok|okay|good)|calls? (?:are |is )?(?:fine|ok|okay|working|good|completing|going through|connecting fine)|everything(?<!before(?: [a-z0-9]+){0,2} everything)(?<!(?:off|outside)(?: [a-z]+)? peak(?: [a-z]+){0,2} everything)(?<!(?:night|midnight|raat|raate|quiet hours)(?: [a-z0-9]+){0,2} everything) (?:is )?(?:fine|ok|okay|works|working|good)(?! (?:more|over|until|till|for (?:a |one |two |three |several |many |[0-9]+ )?(?:year|years|month|months)))|all(?<!(?:before|(?:off|outside)(?: [a-z]+)? peak|midnight|night|morning|afternoon|evening|office|public ip|white ip)(?: [a-z0-9]+){0,2} all) (?:calls )?(?:ok|okay|fine|good|working|works)(?! (?:more|over|until|till|for (?:a |one |two |three |several |many |[0-9]+ )?(?:year|years|month|months)))|nothing (?:is )?(?:failing|wrong|broken|spoil|spoilt)|(?:no|zero)(?<!(?:before|day|daytime|din|night|nights|raat|off peak|quiet hours|low traffic|low time|off hours|outside(?: the)? (?:busy|peak|rush)|(?:at|in|after|from) [0-9]{1,2}|(?:public|fixed|static) ip|ip (?:tetap|statis|publik|public|fix|fixo|fija))(?: [a-z0-9]+){0,4} (?:no|zero)) (?:errors?|problems?|issues?|failures?)|nothing (?:is )?happening|(?:works|working|runs|running) fine|(?:asr|acd)(?: [a-z]+){0,2} (?:is |are )?(?:normal|fine|ok|good|same(?! (?:time|minute|moment|second|hour|instant)s?(?: |$))|stable)|no complaints?(?<!before (?:the |that |this )?(?:change|update|upgrade|reparse|it|that|then|rst|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday) no complaints?)|(?:server|switch|system|box|vos3000) (?:is |was |mostly |fairly )?idle|idle (?:server|switch|system|box)|quiet server|sab (?:theek|thik)) /;
/** Calls said not to fail or drop: a wording of ALL_FINE, and a word ALL_FINE_WORD needs whole. */
const CALLS_DO_NOT_FAIL = 'calls? (?:do not|does not|did not|dont) (?:fail|drop)';
/**
 * Everything said plainly to work, whatever the figures: no errors in any log, calls completing, ASR
 * normal (ask.all-fine, which holds back even beside tens of thousands in TIME_WAIT). "ASR alarm at the same minute" tells
 * when, not that ASR is the same. "We checked the routes, checked the balance, all fine" tells checks that came back
 * fine, not that everything works.
 */
const ALL_FINE = new RegExp(String.raw` (?:(?:alert|alarm|alarms|alerts|trigger|warning)(?: [a-z]+){0,3} (?:was|is|were) (?:a )?(?:false|bogus)(?: positive| alarm)?|false (?:alarm|alert|positive)s?|(?:everything|all)(?<!before(?: [a-z0-9]+){0,2} (?:everything|all))(?<!(?:checked|revisamos|verificamos|verified)(?: [a-z0-9]+){1,5} (?:everything|all))(?<!(?:their side|their end|they say|they said|says that|said that)(?: [a-z0-9]+){0,3} (?:everything|all))(?<!(?:off|outside|after)(?: [a-z]+)? (?:peak|busy hours?)(?: [a-z]+){0,2} (?:everything|all))(?<!(?:day|daytime|din|dia|kunduzi|night|midnight|raat|morning|afternoon|evening|quiet|without|traffic|load|[0-9]am|other times|office|public ip|white ip)(?: [a-z0-9]+){0,4} (?:everything|all)) (?:is |runs |works |running |working |looks |seems |is looking |goes |going )?(?:fine|ok|okay|normal|smooth|smoothly|stable|good)(?! (?:after|from|past) (?:[0-9]|midnight))|calls (?:are |all |everything )?(?:normal|fine|smooth|lancar)|calls (?:[a-z]+ ){0,2}(?:passing|going through|completing) (?:normal|normally|fine|ok)|traffic(?<!(?:little|low|less|light|poco) traffic)(?: (?:de|of|da|do) calls)? (?:is |all )?(?:completely |totally |fully )?(?:normal|fine|smooth)|(?:the )?(?:new|current) (?:one|switch|softswitch|server) (?:is |works |runs |has been )?(?:fine|ok|okay|stable)|(?:kono|koi)(?<!(?:day|din|dine|daytime|night|raat|off peak|load)(?: me| mein| e| te| pe)? (?:kono|koi)) (?:[a-z]+ )?(?:problem|problems|error|errors|issue|issues|dikkat|complaint|complaints|unregistered|offline) not(?= |$)(?! (?:solved|resolved|fixed|gone|gaya|gelo|hoyni)(?: |$))|(?:been|are|is|stayed|remained) fine since|nothing (?:fails|is failing|is broken|broke)|(?:all|every) calls? (?:go|goes|going|get|gets) through|calls all (?:go|pass|get) through|customers (?:are )?happy|no (?:sip |bind |call |customer )?(?:errors?|failures?|eaddrinuse|bindexceptions?|cannot bind) (?:in (?:any |the |our )?logs?|anywhere|at all)|no more (?:sip |bind )?(?:eaddrinuse|bindexceptions?|cannot bind|cannot assign|address already in use)(?: errors?)?(?= )|not because of (?:any|a) (?:problem|issue)|(?:zero|no) (?:failed|failures?|dropped) calls|no calls? (?:fails?|failed|drops?|dropped)|${CALLS_DO_NOT_FAIL}|calls? (?:fail|fails|failed|failing) none|without (?:any )?(?:problems?|issues?|errors?)(?<=(?:calls?|connections?|through|works?|working|runs?|running|completing|fine)(?: [a-z]+){0,4} without (?:any )?(?:problems?|issues?|errors?))|calls (?:are |keep )?completing|(?:no|not) (?:problems?|issues?) (?:at all|apa apa|whatsoever)|at all (?:problems?|issues?|errors?) (?:no|not|none)|no(?<!(?:before|day|daytime|din|night|nights|raat)(?: [a-z0-9]+){0,4} no) (?:problem|problems|issue|issues|error|errors) not|no or (?:call|calls|error|errors|problem|problems)(?<!(?:in the day|during the day|daytime|off peak|at night|night) no or [a-z]+)|logs? (?:is |are |stays |stay )?clean|(?:all |everything |far |well |way )+(?:below|under) (?:the |our |its )?(?:[0-9]+ ){0,2}(?:limit|threshold|warning|alarm)|(?:its|it is) nothing(?: serious| to worry about)?(?! to do)|stale (?:value|values|data|alert|alarm|reading|check)|(?:asr|acd)(?: [a-z]+){0,2} (?:is |are )?(?:normal|fine|ok|good|(?:the same|same)(?! (?:time|minute|moment|second|hour|instant)s?(?: |$))|stable|thik|theek|tamam|bagus|unchanged|without change))(?: |$)`);
const FAULT_SAID_RE = new RegExp(FAULT_SAID);
/**
 * What every wording of ALL_FINE holds, as a word or the start of one after a space (ask.all-fine's `needs`): the
 * verdict (fine, normal, false, clean, through, happy …), "no" as a word, or the word a denial turns on ("because",
 * "without", "whatsoever"), or calls that do not fail or drop, whole. Its hints ("all", "calls", "error") arm it on most
 * messages; this skips its long pattern on those that say nothing of the kind.
 */
const ALL_FINE_WORD = new RegExp(String.raw` (?:false|bogus|fine|ok|normal|smooth|stable|good|lancar|kono|koi|nothing|through|happy|because|zero|without|completing|no |none|whatsoever|apa|at all|clean|below|under|stale|asr|acd|${CALLS_DO_NOT_FAIL})`);
/**
 * What every wording of ask.example holds, as a word or the start of one after a space (its `needs`): the incident,
 * the document, the course or the exam it is an example for, or when ("last year", "in 2019"). Its hints ("case",
 * "last", "doc") arm it on most messages; this skips its long pattern on those that name nothing of the kind.
 */
const EXAMPLE_WORD = / (?:incident|outage|problem|issue|presentation|writ|slide|notes|train|internal|scenario|case|study|wiki|exam|quiz|interview|teacher|lecturer|instructor|tutor|year|month|audit|nothing|ticket|course|exercise|drill|story|preparing|drafting|document|context|learning|hypothetically|theor|curiosity|example|blog|forum|article|video|youtube)/;
/** A part of the system that is neither the switch's calls, its phones nor its resets: the web portal, the billing, the database. */
const OTHER_PART = '(?:web )?(?:portal|dashboard|webui|web ui|web interface|web panel|admin panel|website|web page|gui|billing|database|reports?)';
/** A bind error or a port in use: what the listening-port contradictions are about. */
const BIND_CONTEXT = / (?:bind|binding|bindexception|jvmbind|eaddrinuse|in use|used|already|allocated|listen|listening|taken|busy|occupied|holding|(?:errno|error) 9[89]|assign|endpoint) /;
/**
 * A number that names a port (2 to 5 digits, not 0 nor errno 98), read as one only when nothing
 * after it makes it a count, a rate, a time or part of an address or a larger number ("300 cps",
 * "28k", "9pm", "10.0.0.1", "1,000"); a comma or full stop that ends the clause ("on 9090, …") does not.
 */
const PORT_NUMBER = String.raw`(?!0\b|98\b)\d{2,5}\b(?![.,]\d|[\d-]|\s*(?:k\b|%|x\b|cps|calls?\b|sockets?|connections?|conns?|timewait|time|channels?|concurrent|users?|times|am\b|pm\b|hours?|hrs?\b|h\b|mins?\b|minutes?|secs?\b|seconds?|ms\b|days?\b|thousand|hajar|hajal|hazar))`;
/**
 * One local port named by the message: "port 80", ":8080", "bind 5060", "in use on 443", "the
 * portal on 8443", "80 is taken", "BindException 5060", "listen di TCP 9090", "en el 8080". Read on the text (with
 * punctuation).
 */
const NAMED_PORT = new RegExp(
  String.raw`\bp(?:orta?|uerto)s?\s*(?:number\s*|no\.?\s*)?[:=]?\s*${PORT_NUMBER}|(?:in use|used|bind|binding|bindexception|jvmbind|allocated|taken|listen|listening|occupied|busy|conflict|eaddrinuse)[\s:"'\x60)]*(?:failed\s+)?(?:(?:on|at|for|to|di|en|em)\s+)?(?:(?:tcp|udp)\s+)?(?:local\s+)?(?:port\s+)?${PORT_NUMBER}|\b(?:on|en|em)\s+(?:(?:el|la|le|o|a)\s+)?${PORT_NUMBER}|\b(?:tomcat|nginx|apache|httpd|mysqld?|redis|jetty|node)\s+(?:(?:on|at|de|ke|ki|ka|er)\s+)?${PORT_NUMBER}|(?:^|[\s\]>)*]|\b(?:udp|tcp|sctp)):${PORT_NUMBER}|\budp\s+(?:port\s+)?${PORT_NUMBER}|(?<![\d.:,/])${PORT_NUMBER}\s+(?:port(?:u|unu|una|unda|undan|ta|tan)?\b|is (?:busy|taken|in use|used|occupied)|already|(?:pe|par|te|me|mein|ma|e|ey)\s+(?:bind|listen|in use|use|start|chalu|run))`,
);
/** One program or process that can hold a listening port ("one old java process", "another tomcat instance"). */
const ONE_PROCESS = '(?:process|processes|service|app|application|program|instance|pid|daemon|listener|java|tomcat|mysqld?|nginx|apache|node)';
/** A firewall or a stateful device by name: the context of RST drops in loose wording. */
const FIREWALL_OR_STATEFUL = / (?:firewall|firewalls|iptables|nftables|netfilter|fortigate|pfsense|asa|conntrack|stateful|mikrotik|router|routers|checkpoint|check point|sonicwall|sophos|watchguard|sbc|sbcs|security group|security groups|nacl) /;
/** A firewall, or a tool that bans addresses. */
const FIREWALL = / (?:firewall|firewalls|iptables|fortigate|pfsense|asa|conntrack|fail2ban|csf|alg|helper) /;
/**
 * "the password is correct", "internet is fine", "no power problem": a cause the message itself rules out (not "network cable
 * unplugged, ok it was", nor "the new password entered, fine now" or "password theek kar do", which tell the cause was it,
 * nor a group of phones named by it: "the ones with IP direct fine" is the contrast, not the address said right).
 */
const cleared = (words: string) =>
  new RegExp(` (?<!(?:when|if|once|until|till|with|using|via) )(?:${words})(?: (?!(?:unplugged|down|cut|broken|dead|died|failed|off|out|lost|not|no|wrong|new|changed|reset|entered|typed)(?: |$))[a-z]+){0,2} (?:is |are |was |were |looks |seems )?(?:all )?(?:correct|right|fine|ok|okay|good|same|unchanged|up|working|stable|(?:thik|theek)(?! (?:hole|hobe|hoga|hogi|ho jayega|ho jaye|hone|hoile|hola|huncha|hunchha)(?: |$)))(?: |$)(?!(?:do|kar|karo|karna|kardo|kar do|kar diya|kardiya|kiya)(?: |$))| (?:no|not (?:a|the)) (?:[a-z]+ or )?(?:${words})(?: or [a-z]+)? (?:problem|problems|issue|issues|cause)(?: |$)| (?:${words}) no (?:problem|problems|issue|issues)(?: |$)`);
/**
 * "we use UDP only", "UDP everywhere", "the phones use udp", "our udp phones", "tcp not used", "not a tcp issue",
 * "never tcp", "they never used TCP". A postposed negation ("connect hoy na, tcp …" reads "… not tcp") is no denial of
 * TCP, so a bare "not tcp" is not one either.
 */
const UDP_ONLY = / udp only| udp everywhere(?: |$)| only (?:use |on |over )?udp| (?:all|every|everything|everyone|every phone|everybody)(?: (?!tcp(?: |$))[a-z]+){0,3} (?:is |are |on |over |uses |use |run |runs )?(?:on |over )?udp| (?:use|uses|using|run|runs|on|over|via|are on|is on|are|is|are all|are only|are en|is en|sont en|son en|estao em|accepts|accept) (?:only )?(?:sip )?udp(?! (?:and|or|plus) tcp)| udp (?:pe|te|tei|me|par|use|based|setup|only|je|saja|aja|sahaja|lang|lamang|faqat|fakat|sirf)(?: |$)(?!(?:(?!tcp )[a-z]+ ){1,2}not(?: |$)|(?:shift|shifting|move|moving|switch|switching|migrate|migrating)(?: |$))| tcp (?:hum |ham |we )?(?:use|used|using|uses)(?: [a-z]+)? not(?: |$)| tcp (?:pe|par|te|me|ma) not(?: |$)| (?<!(?:ate|eats|eating|blocks|blocked|blocking|drops|dropped|filters|filtered) )(?:our|the|their|his|her|my) udp | (?:never|no|pas de) tcp (?!connections? |sessions? |links? |sockets? )| no (?:phone|phones|extension|extensions|device|devices) (?:en|on|in|over|uses|using) tcp(?: |$)| tcp (?:not|never) (?:use|used|using)(?: |$)| (?:we|kita) (?:not|never) (?:use|using) (?:sip )?tcp(?: |$)| (?:never|not|dont|do not|did not|didnt|doesnt|does not) (?:use|used|using|uses) (?:sip )?tcp(?: |$)| not (?:a |an |the |any )?tcp (?:issue|issues|problem|problems|thing|setup|related)| not (?:use|using|on|over|via) tcp| tcp (?:is |was |are )?(?:not|never) (?:used|in use|enabled|on)/;
/**
 * UDP named as what still works ("udp phones still ok", "the udp ones never do"), or TCP named as
 * the only part affected ("only the phones using tcp"): the contrast, not the setup.
 */
const UDP_FINE = String.raw` udp (?:(?!(?:not|never|no) )[a-z]+ ){0,4}(?:(?:in|at|on|of|through|via|behind|with) (?:the |a |that |this |our |their )?(?:same |other |public |static )?[a-z]+ )?(?:(?:is|are|still|seem|seems|look|looks|continues|continua|sigue) )*(?:ok|okay|fine|unaffected|not affected|not impacted|nothing happened|no problem|no problems|no issue|no issues|kuch not hua|kuch nahi hua|registered|still registered|stay registered|working|work|worked|it worked|good|normal|stable|(?:stay|stays|remain|remains)(?! (?:en |in |as )?(?:register failed|unregistered|offline|not|down|failed)(?: |$))|thik|theek|aman|bien|bem|sawa|tamam|up|online)(?: |$)| (?:ok|okay|fine|normal|unaffected) (?:naman |lang |pa |po |rin )*(?:the |yung |ang )?udp(?: |$)| udp (?:[a-z]+ ){0,2}(?:problem|problems|issue|issues) (?:not|none|no)(?: |$)| udp (?:(?!(?:only|tcp|so) )[a-z]+ ){0,5}(?:not|no|have no|has no) (?:tem |tienen |have |has )?(?:complaint|complaints|problem|problems|issue|issues|drama)(?: |$)| udp (?:ma fihom|ma fihum) (?:walo|walou|walu)(?: |$)| udp (?:[a-z]+ ){0,2}(?:nobody|no one|noone) (?:complains|complained|complaining|is affected|was affected)(?: |$)`;
/**
 * What turns a message into a fault report although it has a question's words: a fault of the
 * writer's own (FAULT), or UDP phones said to be fine ("udp gula thik ache", "ok naman yung UDP",
 * "UDP olanlar normal"), which says by contrast that the others are not.
 */
// A question that ends asking for the fix ("Rollback?", "should we revert?", "what should we do?", "can you apply the fix?")
// or whether what they changed caused it ("is it related?", "what happened?") follows a fault told in words the rules may
// not read: the writer asks for the fix or the cause, not whether there is a fault. Not after a denial ("no need, should we
// revert?" as Sudanese Arabic reads: no need to). Part of REPORTED, so that every question rule reads it in the one run.
// Who asks it, before the verb: "should we", "can we", "to" …
const ASKER = '(?:should we |shall we |can we |can you |do we |we |i |to )?';
const FIX_ASKED = new RegExp(String.raw` (?:${ASKER}(?<! (?:ma|no|not|never|nothing|dont)(?: need| reason)? ${ASKER})(?:rollback|roll back|revert|go back|switch back|change back|change it back|put it back|set it back)(?: (?:it|this|that|the change|now|then|to|to off|off|back|ke|ne|na|kerek))*|(?:what|how) (?:to do|should we do|should i do|do we do|do i do|can we do|now)|(?:can you|could you|please|can) (?:help )?(?:fix|tune|apply|look at)(?: (?:it|this|that|the fix))?|(?:is|was) (?:it|this|that) related|is there (?:a )?relation(?: between (?:the two|them))?|what happened|should (?:i|we) (?:increase|change|widen|raise|turn it off|switch it off)(?: it)?) $`);
const REPORTED = new RegExp(`${FAULT.source}|${UDP_FINE}|${FIX_ASKED.source}`);
/** TCP named some way: SIP over TCP or TLS, or the TLS port. */
const TCP_NAMED = / (?:tcp|tls|sips|5061)(?: |$)/;
// UDP named as the contrast: also UDP on another server where it does not happen ("con UDP en otro server no pasa"), and the
// ones on UDP told apart from the rest ("ceux qui sont en UDP", "los que están en UDP", Polish "te na UDP").
const UDP_CONTRAST = new RegExp(String.raw`${UDP_FINE}| (?:ceux|celles|those|ones|the que|los que|las que|te|who) (?:[a-z]+ ){0,2}(?:en|on|in|over|via|em) udp(?: |$)| (?:on|to) udp (?:[a-z]+ )?for (?:a |the )?test(?: |$)| udp (?:in|on|en|em|at) (?:another|other|the other) [a-z]+ (?:it )?(?:does not|do not|did not) happen(?: |$)| udp(?: [a-z]+){0,3} not yet tried| udp (?:pe|par|me) (?:shift|move|switch)| (?:shift|move|switch|migrate|go back) (?:to |pe )?udp(?: |$)| udp (?:pe|par|me|on) (?:ye |yeh |aisa |this )?(?:kabhi|never) | (?:moving|moved|move|switched|switching|migrated|migrating) (?:[a-z0-9]+ ){0,3}to (?:sip )?(?:over )?tcp(?: |$)| (?:from|moved from|migrated from|switched from) udp to tcp(?: |$)| udp (?:[a-z]+ ){0,2}(?:not|never|do not|does not|did not) (?:affected|do|does|did|drop|drops|fail|fails|have|unregister|go|lose|complain|complaining)(?: |$)| only (?:the )?(?:[a-z]+ )?(?:${PHONES}|ones) (?:using |on |over |with |via )?(?:sip )?tcp ` +
    // The phones named as on TCP: a UDP mention beside them is the contrast ("tcp yealinks drop, the udp ata is fine"); so is UDP
    // given as the reason for TCP ("TCP transport use kori karon UDP te ISP jhamela kore").
    String.raw`| tcp(?: [a-z]+){0,4} (?:because|karon|karone|kyunki|kyuki|kyonki|coz|cause)(?: of)?(?: the)? udp(?: |$)` +
    // UDP phones beside a carrier link on TCP ("our phones all UDP, only the carrier link on TCP"): the TCP side is the trunk's.
    String.raw`| only (?:the )?(?:carrier|carriers|trunk|trunks|sip trunk|carrier link|vendor)(?: [a-z]+){0,2} (?:on |over |in |via |te )?tcp(?: |$)` +
    String.raw`| tcp(?<!(?:no|not|never|without|any)(?: use| used| using| uses)?(?: a| an| the)? tcp) (?:(?!(?:issue|issues|problem|problems|thing|related|not|off|disabled)\b)[a-z]+ ){0,2}(?:${PHONES}|ones)(?: |$)| (?:${PHONES}|ones) (?:[a-z]+ ){0,2}(?:on|over|using|via|use|uses) (?:sip over |sip )?tcp(?: |$)`);
/**
 * "the firewall is not the problem", "not a nat issue", "no port exhaustion", "we do not have any
 * firewall", "the firewall is not dropping anything": the message rules out what `words` name. `bare` names need no "problem" after them ("no firewall", "not port
 * exhaustion"); the others do ("no ports left" is exhaustion, "no port problem" is not), unless
 * a clause says what it is not ("so it is not ports", "its not registration"). A denial may
 * also come after the noun, as Banglish and Hindi put it ("bind error na", "nat problem nahi").
 */
// Not after "new": Thai puts "cannot" (ไม่ได้, read "not") after the new connection it cannot open, before the error; nor after
// "kept": Korean ends "registration is not kept" with its "not" ("등록 유지가 안 됨", read "registration kept not"), before what comes next.
const denied = (words: string, bare: string) =>
  new RegExp(
    ` (?:${words}|${bare})(?: [a-z]+){0,2} (?:is |are |was |were |seems |looks )?(?:not|never|hardly) (?:the |a |an |our |really )?(?:problem|issue|cause|reason|culprit|involved|related)(?: |$)|(?<! (?:new|kept)) (?:not|no|never) (?:a |an |the |any |really |po |from |from the |because |because the |because of |because of the |due to |due to the )?(?:(?:${words}) (?:problem|problems|issue|issues|related|thing)|(?:${bare})(?: problem| problems| issue| issues| related| thing)?)(?: |$)(?!(?:left|available|free|remaining|anymore)(?: |$)|(?:are |is )?(?:fine|ok|okay|working|unaffected|registered|normal)(?: |$))${AFTER_HELPER_VERB}| (?:do not|does not|did not|dont|doesnt|never|not) (?:have|has|use|uses|run|runs|need) (?:a |an |any |the )?(?:${bare})(?: |$)(?!(?:[a-z]+ ){0,2}(?:fine|ok|okay|working|unaffected|registered|normal)(?: |$))| without (?:a |an |any )?(?:${bare})(?: |$)(?!(?:[a-z]+ ){0,3}(?:fine|ok|okay|working|unaffected|registered|normal|no problems?|no issues?|ca va|bien|bem)(?: |$))| (?:${bare})(?<!(?:side of|lado da|lado de|lado do|behind|through|via|across|beyond) (?:the |a |o )?(?:${bare}))(?: [a-z]+){0,2} (?:is |are |was |were )?(?:not|never) (?:dropping|blocking|filtering|dropped|blocked|filtered|drop|drops|block|blocks|filter|filters|involved|in the path|in between)(?: |$)` +
      `| not(?<= (?:is|its|thats|definitely|surely|clearly) not) (?:a |an |the |about |about the |our )?(?:${words}|${bare})(?: |$)` +
      // "nothing to do with ports running out", "not related to the firewall", Arabic "ما لها علاقة بالفايروول" (arrives as "ma related firewall").
      `| (?:nothing to do with|not related to|unrelated to|no relation (?:to|with)|ma related|not (?:linked|connected) to)(?: (?:the|a|an|any|our))? (?:${words}|${bare})(?: |$)` +
      // "ruled out port exhaustion", "a firewall nao tem nada a ver", "no creo q sea NAT", "pensamos q era TIME_WAIT pero no".
      `| (?:ruled out|rule out|excluded)(?: (?:the|a|an|any))? (?:${words}|${bare})(?: |$)| (?:${words}|${bare})(?: [a-z]+){0,2} (?:is |was |has been |been |are |were )?ruled out(?: |$)` +
      `| (?:${words}|${bare}) (?:not |no )?(?:tem|tiene|has) nada (?:a|que) ver(?: |$)| (?:not|no|dont) (?:creo|think|acho|believe) (?:q |que |it |its |it is |that )?(?:sea |seja |is |was |es |e )?(?:a |an |the |el |la |o )?(?:${words}|${bare})(?: |$)` +
      `| (?:thought|pensamos|pense|pensei|achamos|achei|creiamos|creimos) (?:q |que |it |that )?(?:was |era |fosse |fuera )?(?:a |an |the |el |la |o )?(?:${words}|${bare}) (?:pero|but|mas) (?:no|not)(?: |$)` +
      // The verb after the negation, as Spanish and Portuguese put it ("no era el firewall", "nao e o firewall"), or the noun
      // after "problem" ("bukan masalah NAT", Swahili "si shida ya NAT").
      `| (?:not|no) (?:is|was|were|are|e) (?:a |an |the |our |o )?(?:${words}|${bare})(?: |$)| (?:not|no|si) (?:a |the |un |une )?(?:problem|problems|issue|issues) (?:of |with |the |de |da |do |ng |ya |la |za |in )?(?:${words}|${bare})(?: |$)` +
      `| (?:${bare}) ${POSTPOSED_NOT}| (?:${words}|${bare})(?: (?:ki|ka|ke|er|ko|wala|wali|hone|hona|koi|kono|any|finished|khatam|full|exhausted|exhaustion))* (?:problem|problems|issue|issues|error|errors) not(?= |$)(?! (?:fixed|solved|resolved|gone|going|stopping|stopped|working|sure|only|just|yet|even|able|always|showing|coming|clear|changed|happening|seen|visible|shown)(?: |$))`,
  );
/**
 * "not" right after a helper verb ends the clause before it, as Bangla and Hindi deny ("connect hoy na,
 * firewall log …"): it denies that verb, not the noun after it. Looked for behind the denial once all of it is found.
 */
const AFTER_HELPER_VERB = String.raw`(?<! (?:hoy|hoi|ho|hai|hain|hocche|hoyni|kore|kora|kiya|kiye|kar|jay|jai|geche|gelo|hua|hui|tha|thi|chare|chhare|chhade|chhode|pare) (?:not|no|never)(?: [a-z0-9]+){1,4} ?)`;
/**
 * A word that denies or switches off: every wording `denied` reads, and every way of saying RST
 * is off, holds one (their `needs`).
 */
const NEGATION_WORD = / (?:not|no|nope|never|ne|hardly|without|dont|doesnt|havent|hasnt|didnt|si|off|disabled|reverted|unrelated|irrelevant|untouched|nobody|noone|nothing|nada|zero|0|ma|nakardim|nemikone|nemikonan|ruled|rule|excluded) /;
/**
 * What every wording of a network said down holds (not-nat.network-down's `needs`): its hints ("line", "net", "lan")
 * arm it on most messages ("online", "netstat", "plan"), this skips its long pattern on those that say nothing down, cut or slow.
 * "Outage" and "problem" also as the start of a longer word ("isp problems"), as the pattern reads them; "cannot" as a word
 * ("cannot reach the internet"), which holds no " not".
 */
const NETWORK_DOWN_WORD = / (?:down|broken|broke|dead|cut|out|off|gone|not|cannot|died|failed|crashed|stopped|no|without|lost|data|outage|problem|loose|unplugged|disconnected|removed|slow|unstable|flaky|intermittent|choppy|weak|poor|patchy|spotty|disabled|4g|lte|3g|5g|voip|burnt|burned|fried|254|restarting|rebooting|restarts|reboots|damage|damaged|faulty|bad|torn|wrong|pc|unplug|lose|loses|losing|cuts|withdrew|pulled|fallen|fell|tombe|tombee|dropped|finished|expired|ended|over|didnt|forgot|none|blocked|blocks|filtered|missing|deleted|wifi|wi) | loss| outage| problem/;
/** What every wording of not-fw.rst-passes holds (its `needs`): a negation, or a verb of letting through or arriving. */
const RST_PASSES_WORD = / (?:not|never|no|zero|passes|passed|pass|passing|already|allows|allowed|lets|let|forwards|forwarded|permits|permitted|accepted|whitelisted|reach|reaches|reached|arrive|arrives|arrived|get|gets|got|come|comes|came|go|goes|went|make|makes|made) /;
/**
 * What every wording of not-fw.firewall-fine holds (its `needs`): the verdict after a space ("fine", "ok"/"okay",
 * "clean", "normal", "healthy") or "accept"/"allow" ("an accept all"). Its hints ("firewall", "all") arm it on most
 * firewall messages, which seldom say the firewall is fine.
 */
const FIREWALL_FINE_WORD = / (?:fine|ok|clean|normal|healthy|accept|allow)/;
/**
 * What every wording of guard.trunk-registration holds (its `needs`): the carrier's side named after a space (carrier,
 * vendor, provider, upstream, trunk, SBC, operator, routing gateway). Its hint ("regist") arms it on every message
 * about the phones' registration, which seldom names the carrier.
 */
const CARRIER_WORD = / (?:carrier|vendor|provider|upstream|trunk|sbc|operator|routing gateway)/;
/**
 * What every wording of UDP_ONLY holds (the udp-only contradictions' `needs`): "udp" after a space, or a negation as
 * a word before or after "tcp" ("never tcp", "tcp not used", "dont use tcp", French "pas de tcp"). Their hints ("udp",
 * "tcp") arm them on every message that names TCP, which seldom says either.
 */
const UDP_ONLY_WORD = / (?:udp|not |never |no |dont |didnt |doesnt |pas )/;
/** The short form of each playbook in rule ids. */
const TAG = { port_exhaustion: 'pe', nat_unregistered: 'nat', firewall_rst: 'fw' } as const;
const EVERY_PLAYBOOK = ['port_exhaustion', 'nat_unregistered', 'firewall_rst'] as const;

/** The same contradiction for each playbook it rules out, as `not-<tag>.<name>`. */
function contradictions(playbooks: readonly (keyof typeof TAG)[], name: string, rule: Omit<Rule, 'id' | 'playbook'>): Rule[] {
  return playbooks.map((playbook) => ({ id: `not-${TAG[playbook]}.${name}`, playbook, ...rule }));
}
/** "not" after a verb, as Hindi, Urdu, Bangla and Nepali deny it ("drop nahi kiye", "block hoy na"): a helper verb or the end follows. */
const POSTPOSED_NOT = String.raw`(?:(?:kore|kora|kiye|kiya|kiyi|kar|karta|karte|hota|hua|ho|hoy|hoi|gareko|garyo|bhayo) )?not(?= (?:kiye|kiya|kiyi|kar|karta|karte|kare|kari|hai|hain|tha|thi|hua|hui|ho|hoy|hoyni|hocche|kore|korche|gareko|bhayo|ki|raha|rahe|rahi|thiyo)(?: |$)| ?$)`;
/** RST or the setting that switches it, as what changed: the playbooks' own premise, never another cause. */
const RST_SETTING = String.raw`(?:rst|reset|sstcpclosereset|tcpclosereset|close|setting|settings|config|configuration|tcp)(?: |$)`;
/**
 * RST mode switched on, however said: "rst on", "enabled the close reset", "switched the close mode
 * to reset", "rst close was enabled", "TCP close -> RST", "since RST mode", "after the rst change".
 */
const RST_ON = / (?:sstcpclosereset|tcpclosereset|closereset|rst|reset)(?: wali| wala| ro)?(?: mode| setting| option| parameter| thing| param| close| closing)? (?:is |was |got |been |has been |went |goes |a |sur |en |vers |pra |para |to |already )?(?:on|enabled|turned on|switched on|enable|changed|change)| (?:enabled|enabling|enable|turned on|turning on|switched on|changed|changing|set|activated|applied|put on) (?:the |that |tcp |o |a |al |in )?(?:mode |close |setting |settings )?(?:sstcpclosereset|tcpclosereset|rst|reset)|sstcpclosereset|tcpclosereset| (?:enabled|turned|switched|set) on (?:for |the )?(?:rst|reset)(?: |$)| (?:set|switched|changed|moved|put|turned|switching|changing|setting) (?:the |our |tcp |sip )*(?:close|closing|disconnect)(?: mode| method| behaviour| behavior| type)? (?:to|into|as) (?:rst|reset)(?: |$)| close (?:mode |method )?(?:to )?rst(?: |$)| (?:close|closes|closed|closing)(?: the| as| las| los| o| a)?(?: tcp| sip| ligacoes| conexiones| connections?| sessions?| sockets?)* (?:with|by|using|via|con|com) (?:the |a |o )?(?:rst|reset)(?: |$)| (?:connections?|sessions?) (?:with|by|using|via) (?:the |a )?(?:rst|reset)(?: |$)| (?:changed|enabled|switched|modified|touched|flipped) (?:the |our |tcp |sip )*close (?:setting|mode|option|parameter|behaviour|behavior)(?: |$)| (?:since|after|from) (?:the |we |you |that |this )?(?:rst|reset|close reset)(?: mode| setting| change| close| option| thing)(?: |$)| (?:since|after) the (?:change|changed) (?:del |of the |of |to )?(?:rst|reset|sstcpclosereset)(?: |$)/;
/**
 * RST off said of the time before, when things worked ("when RST was Off no issue", "fine while rst was off"), of the old
 * box ("the old VOS with RST Off never had this") or as the step of a rollback plan: the contrast that says RST is on now,
 * not that it is off.
 */
const RST_OFF_BEFORE = / (?:rst|reset)(?: mode)? off (?:the )?calls? (?:are |is )?(?:ok|okay|fine|work|works|working|normal)(?<= (?:rst|reset)(?: mode)? on(?: [a-z0-9]+){1,30} (?:rst|reset)(?: mode)? off (?:the )?calls? (?:are |is )?(?:ok|okay|fine|work|works|working|normal))(?: |$)| when (?:the )?(?:rst|reset|sstcpclosereset)(?: mode)? (?:was |were )?(?:off|disabled) before(?: [a-z]+){0,2} (?:fine|ok|okay|normal|good|no (?:issue|issues|problem|problems))(?: |$)| before (?:the )?(?:sstcpclosereset|tcpclosereset|close reset|rst|reset)(?: mode| setting)? (?:was |were )?(?:off|disabled) when (?:no|not|fine|normal)(?: |$)| (?:when|while|before|back when) (?:the )?(?:sstcpclosereset|tcpclosereset|close reset|rst|reset)(?: mode| setting)? (?:(?:was|were|is) )?(?:off|disabled)(?: [a-z]+){0,2} (?:no (?:issue|issues|problem|problems)|(?:everything |all |it )?(?:was |were )?(?:fine|ok|okay|worked|working|good|normal))(?: |$)| (?:no (?:issue|issues|problem|problems)|fine|ok|okay|worked|working|good|normal) (?:[a-z]+ ){0,2}(?:when|while|before) (?:the )?(?:sstcpclosereset|tcpclosereset|close reset|rst|reset)(?: mode| setting)? (?:was|were) (?:off|disabled)(?: |$)| (?:rollback|roll back|revert|fallback|backout|back out) (?:plan|procedure|step|steps)(?: [a-z0-9]+){0,8} (?:off|disabled)(?: |$)| (?:sstcpclosereset|tcpclosereset|rst|reset)(?: mode)? off (?:again )?or (?:an? |the )?(?:allow|allowing|rule|firewall|fix|exception|permit)| (?:disabled|turned off|switched off) (?:the )?(?:rst|reset|sstcpclosereset)(?: mode)? (?:on|in|for) (?:the |a )?(?:test|lab|staging|test box)(?: |$)| (?:old|previous|former) (?:[a-z0-9]+ ){0,3}(?:with|where|had|has|on) (?:the )?(?:sstcpclosereset|tcpclosereset|close reset|rst|reset)(?: mode| setting)? (?:off|disabled)(?: |$)/;
/** The words of the playbooks' own causes: a "real cause" named with one of them is still one of the playbooks. */
const PLAYBOOK_CAUSE_WORDS = '(?:port|ports|timewait|ephemeral|exhaustion|exhausted|bind|bindexception|rst|reset|resets|sstcpclosereset|firewall|firewalls|iptables|conntrack|nat|router|routers|mikrotik|registration|tcp)';
/** Another PBX or softswitch by name: what a message may be about instead of VOS3000. */
const OTHER_SWITCH = / (?:asterisk|freepbx|issabel|elastix|3cx|kamailio|opensips|freeswitch|fusionpbx|yeastar|avaya|cucm|callmanager|mizu|sippy|vicidial|goautodial|a2billing|magnus|voipswitch|teles) /;
/**
 * The message is about that other system: "not our VOS", "not the switch", "a different product",
 * "at their side", "my friend's".
 */
const ABOUT_OTHER_SWITCH = / (?:not|no) (?:is |was |are )?(?:on |in |about |for |from |with |on the side of )?(?:the |our |my |your |a )?(?:vos3000|softswitch|vos3000 server|vos3000 box)(?: |$)| (?:different|another|other|separate|third party) (?:product|products|system|platform|software|pbx|brand|box|server)(?: |$)| (?:at|on|from) (?:their|his|her|the customers|the clients) (?:side|end)(?: |$)| (?:my|a|our) (?:friend|friends|colleague|cousin|neighbour|neighbor)s? /;
/**
 * A firewall that blocks a port or bans an address: no RST in it. Also a network that lets only the web through ("the hotel
 * Wi-Fi blocks everything except 80 and 443") and a desktop firewall or antivirus that blocks the softphone itself.
 */
const BLOCKED_PORT = / (?:block|blocks|blocking|blocked) (?:all|every|everything)(?: [a-z]+)? (?:except|but|not|other than|apart from|besides) (?:ports? )?(?:80|443|web|http|https)(?: |$)| (?:defender|antivirus|anti virus|kaspersky|avast|eset|norton|mcafee|windows firewall)(?: [a-z]+){0,5} (?:block|blocks|blocking|blocked)(?: |$)| (?:drop|drops|dropping|deny|denies|denying|reject|rejects|rejecting) (?:all )?(?:the )?(?:incoming |inbound )?(?:traffic|requests|attempts|connections) from | geo ?(?:block|blocks|blocking|blocked|ip|fence|fencing|bloqueo|bloqueio|blocage)| country (?:block|blocking|filter)| (?:block|blocks|blocking|blocked|banned|bans|ban|blacklisted) (?:the |my |our |their |all |incoming |outgoing |inbound |outbound |a |o |la |el )*(?:port|ports|ip|ips|udp|5060|5061|rtp|sip(?! (?:scanners?|attacks?|attackers|floods?|bots?) )|sip port|sip ports|traffic from|voip|voip traffic|sip traffic|address|addresses|range) | fail2ban | (?:ip|address|voip|sip|calls|udp|5060) (?:is |are |got |was |were |being )?(?:blocked|banned|blacklisted)| (?:ip|address)(?: [a-z]+){1,4} (?:blocked|banned|blacklisted)(?: |$)| (?:listed|put|added|placed) (?:in|on|to|into) (?:a |an |the |their |some )?(?:blacklist|blocklist|denylist|ban list|rbl)| (?:blacklisted|blocklisted) | (?:on|in) (?:a |the |their )?(?:blacklist|blocklist|denylist) /;
/** Authentication failures said to be as usual ("401/403 rate normal"). */
const AUTH_RATE_NORMAL = / (?:401|403|auth|authentication)(?: (?:401|403))?(?: rate| count| failures)? (?:is |are |looks |stays )?(?:normal|fine|ok|okay|usual)(?: |$)/;
/**
 * The password suspected first and ruled out: "pehle laga password ka masla hai, lekin …", "password wala idea galat tha",
 * "ganti password dulu? sudah coba, tidak ngaruh", "first we thought password, then we saw …"; the password said not changed
 * with the negation after the verb ("password kichu change hoy nai", "password change nahi hua").
 */
const PASSWORD_RULED_OUT = / (?:its|it is|it s) not (?:the |a )?(?:password|passwords|credentials?)(?: |$)| (?:nobody|no one|noone) (?:has )?(?:changed|touched|change|changes) (?:the |any |a )?(?:password|passwords|credentials?)(?: |$)| (?:password|passwords|credentials?) (?:is |are )?(?:the )?same(?: |$)| (?:password|passwords|credentials?) (?:already )?(?:checked|verified|check kiye|check kiya|check kar liye|check panniten|check pannom|check done)(?: |$)| no (?:401|403)s?(?: at all)?(?: |$)| (?:password|passwords|credentials?)(?: [a-z]+){0,3} (?:idea|theory|guess) (?:was |is |tha )?(?:wrong|galat|incorrect)(?: |$)| (?:at first|first|initially|pehle|awal|awalnya)(?: [a-z]+){0,3} (?:thought|think|laga|lagta|suspected|assumed|guessed)(?: [a-z]+){0,3} (?:password|passwords|credentials?)(?: |$)| (?:password|passwords)(?: [a-z0-9]+){0,4} (?:tried|coba|already tried|sudah coba)(?: [a-z]+){0,3} (?:no effect|not help|did not help|not helped|tidak ngaruh|not ngaruh|not berpengaruh|no change)(?: |$)| (?:not|no) (?:was|fue|foi|era|is) (?:the |el |o |a )?(?:change |changed |cambio |troca )?(?:of |de |do |da )?(?:the |la |a )?(?:password|passwords|credentials?)(?: |$)| (?:password|passwords|credentials?) (?:did |was |were |has |have |had )?(?:not|never) (?:change|changed|touched|modified|reset)(?: |$)| (?:no|not any|never a) (?:password|credentials?) (?:change|changes|reset)(?: |$)| (?:password|passwords|credentials?) (?:kichu |kono |koi |bhi )?(?:change|changed|reset) (?:(?:hoy|hoi|kora hoy|kori) (?:not|nai)|(?:not|nahi) (?:hua|hui|kiya))(?: |$)| (?:password|passwords|credentials?)(?: [a-z]+){0,3} nothing (?:else )?(?:changed|was changed|has changed|touched)(?: |$)/;
/** A side detail said to have nothing to do with it ("we changed the admin password too, but that should not be related"). */
const SAID_UNRELATED = / (?:mas|but|pero|lekin|tapi) (?:[a-z]+ ){0,4}(?:not|no) (?:[a-z]+ ){0,2}(?:relacao|relacion|related|relation|relevant)(?: |$)| nothing to do with (?:this|it|that)(?: |$)/;
/** UDP blocked by an ISP or operator, the phones on TCP: why they use SIP over TCP, not why they lose registration. */
const UDP_BLOCKED = /^(?=.* tcp ).*(?: (?:block|blocks|blocked|blocking|bloqueia|bloquea|blokir) (?:the |all )?(?:sip )?udp| udp (?:[a-z0-9]+ ){0,2}(?:is |are |being |got )?(?:blocked|banned)(?: |$))/;
const EXPIRED = '(?:expired|expire|expires|expiring|suspended|suspend|disabled|deleted|terminated|blocked|closed|finished|locked|deactivated|inactive)';

/** Not when the message says the problem is back ("fixed yesterday but again …"); turning it on again ("again on kora") is a setting asked about; not "tear down normally again" nor "wanted to report back". */
const PROBLEM_BACK = / (?:again(?! (?:on|off) (?:kora|korte|korbo|karna|karni|karenge) )(?<!(?:registered|registering|working|works|online|fine|normal|normally|ok|okay|connected|stable|up) again)(?<!(?:thinks|think|thought|worried|afraid|fears|asks|asked|wonders)(?: [a-z]+){0,4} again)(?<!if (?:we |i |you |they )?(?:try|tries|turn|enable|switch|put)(?: [a-z]+){0,3} again)(?<!(?:not|no|zero|tidak ada|wala)(?: [a-z]+){1,2} again)|still(?! (?:ok|okay|fine|good|working|works|stable|normal|clean|happy|needed|necessary|required|in place|valid)(?: |$))|back(?! to normal| (?:in|on) (?:january|february|march|april|may|june|july|august|september|october|november|december|19[0-9]{2}|20[0-9]{2})(?: |$)| then(?: |$))(?<!(?:turned|turn|turning|switched|switch|switching|set|setting|put|putting|rolled|roll|rolling|reverted|changed|go|went)(?: rst| it| that| reset| the setting)? back)(?<!(?:everything|all|service|services)(?: is| was| came| got)? back)(?<!(?:report|reporting|reported|write|writing|wrote) back)(?<!(?:not|never|havent|hasnt|didnt|nt) (?:come|came|comes|coming) back)|returned|recurring|(?<!(?:koi|kono) [a-z]+ )not (?:fixed|solved|resolved)|not working|not ok) /;
/** The rule set: signatures and phrases for each playbook, and guards for look-alikes. */
/** RST named as rst-supposed reads it, the names of close reset among them. */
const RST_SUPPOSED = '(?:rst|reset|sstcpclosereset|tcpclosereset|close reset|closereset)(?: mode)?';
/** Words of a fix, the kernel settings among them: an if-clause holding one asks about a fault that is there (ask.supposed). */
const FIX_WORDS = 'off|disable|disabled|revert|reverted|increase|widen|raise|extend|enlarge|reboot|restart|back|fix|fixed|reparse|apply|tune|tuned|remove|removed|rollback|twreuse|tcptwreuse|reuse|range|iplocalportrange|sysctl';
/** A fault's verb: past an if-clause's first words it states a fault that is there (ask.supposed). */
const FAULT_VERBS = 'fail|fails|failing|failed|drop|drops|dropping|dropped|hit|hits|hitting|lose|loses|losing|lost|unregistered|offline|stuck|hang|hangs|crash|crashes|refused|rejected|cannot|again|keeps|exhausted|see|seeing';
export const rules: readonly Rule[] = [
  // ── port_exhaustion ────────────────────────────────────────────────────────────────
  { id: 'pe.eaddrinuse', playbook: 'port_exhaustion', weight: 4, on: 'text', pattern: /eaddrinuse|eaddrnotavail|errno\s*[=:]?\s*9[89]\b|error\s*[=:]?\s*99\b/, hints: ['eaddrinuse', 'eaddrnotavail', 'errno', 'error'], about: 'EADDRINUSE / errno 98, EADDRNOTAVAIL / errno 99' },
  { id: 'pe.bind-exception', playbook: 'port_exhaustion', weight: 4, on: 'text', pattern: /bind(?: ?exception|(?<=jvmbind))/, hints: ['bind'], about: 'java.net.BindException ("JVM_Bind")' },
  { id: 'pe.address-in-use', playbook: 'port_exhaustion', weight: 4, on: 'phrase', pattern: / (?:address|addr|adress|addresses) (?:is )?(?:already )?(?:in use|used)/, hints: ['in use', 'used'], negatable: true, about: '"Address already in use"' },
  { id: 'pe.port-in-use', playbook: 'port_exhaustion', weight: 2.5, on: 'phrase', pattern: / (?:port|ports|socket|sockets) (?:is |are )?already (?:in use|used)/, hints: ['already'], negatable: true, about: '"port already in use"' },
  { id: 'pe.cannot-bind', playbook: 'port_exhaustion', weight: 3.5, on: 'phrase', negatable: true, pattern: / (?:cannot|can not|could not|not able to|not able|failed to|fail to|fails to|failing to|unable to)(?: [a-z0-9]+)? bind | bind(?:ing)? (?:failed|fails|failure|error|errors|fail|failing|problem|issue)| (?:error|errors|problem|issue|failure)s? (?:(?:about |with |on |in )?binding|(?:of|de|da|ka|ki) bind(?:ing)?) |bind\(\)/, hints: ['bind'], about: '"cannot bind", "bind failed"' },
  { id: 'pe.cannot-assign', playbook: 'port_exhaustion', weight: 4, on: 'text', pattern: /eaddrnotavail|errno\s*[=:]?\s*99\b|\berror(?:es|s)? 99\b|cannot assign requested address|can ?not assign requested address|address not available(?<!not address not available)/, hints: ['eaddrnotavail', 'errno', 'error', 'assign', 'not available'], about: '"Cannot assign requested address", errno 99 ("error 99") or "Address not available" (no free local port)' },
  { id: 'pe.ports-exhausted', playbook: 'port_exhaustion', cause: true, weight: 3, on: 'phrase', pattern: / (?:out of|run out of|ran out of|running out of|runs out of|exhausted|no free|no available|no more|not enough|ran out|run out|not plus de|no longer has|no longer have) (?:the |all the |all |as |os |las |los )?(?:local |ephemeral |tcp |source |free |available |client )*(?:ports?|sockets?) | (?:ports?|sockets?) (?:ephemeral |local )?(?:ran out|run out|runs out|finished)(?: |$)| without (?:ports?|sockets?) (?:local|free|available)(?: |$)| (?:lack|shortage|falta|escassez|escasez|carencia|manque|penurie) (?:of |de |d )?(?:local |ephemeral |tcp |source |free |available )*(?:ports?|sockets?)(?: |$)| without (?:local |ephemeral |tcp |source |free |available |client )*(?:ports|sockets) (?!forward)| (?:ports?|sockets?) (?:are |is |got |get |getting |being )?(?:exhausted|exhaustion|exhaust|used up|all used|finished)(?![a-z]* (?:fix|fixes|playbook|change|changes|tuning|remediation)(?: |$))| ephemeral ports?(?! ranges?(?: |$)(?!(?:is |are |was |got |gets )?(?:exhausted|full|used up|finished|ran out|runs out)(?: |$)))| (?<!(?:before|until|till|prevent|avoid|avoiding) (?:the |a |any )?)(?:ports?|sockets?) (?:shortage|starvation)(?: |$)| (?:using|used|use|uses|eating|eats|ate|burning|burns) up (?:all )?(?:the |our )?(?:local |ephemeral |tcp |source )*(?:ports?|sockets?)(?: |$)| no (?:local |ephemeral |tcp |source )*(?:ports?|sockets?) (?:free|available|left)(?: |$)| koi (?:local |ephemeral |tcp |source )*(?:ports?|sockets?) (?:free|available|khali|bacha|bache) (?:not|nahi)(?: |$)/, hints: ['port', 'socket'], negatable: true, about: '"ran out of ports", "port exhaustion", "no local port free" (Hindi "koi … khali nahi")' },
  { id: 'pe.timewait', playbook: 'port_exhaustion', weight: 1.5, names: true, on: 'phrase', pattern: / timewait /, hints: ['timewait'], negatable: true, about: 'mentions TIME_WAIT' },
  { id: 'pe.timewait-thousands', playbook: 'port_exhaustion', cause: true, weight: 1.5, on: 'phrase', pattern: / (?:thousands|thousand|hajar hajar|miles de) (?:of )?(?:[a-z]+ )?timewait(?: |$)| full of (?:[a-z]+ )?timewait(?: |$)| timewait (?:piles up|pile up|piled up|grows|grew|climbs|climbed|rises|rose)(?: to)? (?:tens of |hundreds of )?thousands(?: |$)/, hints: ['thousand', 'hajar', 'miles', 'full of'], about: 'thousands of sockets in TIME_WAIT, or sockets full of them, said without a figure' },
  // TIME_WAIT told without its name, by someone who does not know the word: tens of thousands of connections that ended but
  // remain, or wait to close ("28,000 old connections still waiting to close", Korean "ended connections, about 30,000, remain").
  // A count of thousands is part of it: a few connections left open on the far side is the firewall's symptom, not this.
  { id: 'pe.closed-connections-pile', playbook: 'port_exhaustion', cause: true, weight: 2.5, on: 'phrase', pattern: / (?:connections?|sockets?) (?:closed|ended|finished|old) (?:waiting|remaining|left)(?: [a-z]+){0,2} (?:[0-9]{4,}|[0-9]+ (?:thousand|tenthousand|mil|k))(?: |$)| (?:[0-9]{4,}|[0-9]+ (?:thousand|tenthousand|mil|k))(?: [a-z]+){0,2} (?:old |ended |closed |dead |stale )?(?:connections?|sockets?)(?: [a-z]+){0,4} (?:waiting to close|waiting to be closed|a espera de close|remain|remaining|left over|still hanging)(?: |$)| (?:ended|closed|finished|should have ended)(?: [a-z]+)? (?:connections?|sockets?) (?:[0-9]{4,}|[0-9]+ (?:thousand|tenthousand|mil|k))(?: [a-z]+){0,2} (?:remain|remaining|left|stay)(?: |$)| (?:connections?|sockets?) (?:that )?should have ended (?:[0-9]{4,}|[0-9]+ (?:thousand|tenthousand|mil|k))(?: [a-z]+){0,2} (?:remain|remaining|left|stay)(?: |$)/, hints: ['remain', 'left', 'hanging', 'waiting', 'espera', 'stay'], negatable: true, about: 'tens of thousands of connections that ended but remain or wait to close: TIME_WAIT without its name' },
  { id: 'pe.too-many-sockets', playbook: 'port_exhaustion', weight: 1.5, on: 'phrase', pattern: / too many (?:tcp )?(?:connections|sockets|open connections|open sockets|tcp sessions)/, hints: ['too many'], about: '"too many connections"' },
  {
    // The symptom in words, without an error name: new TCP connections fail when the load is up.
    id: 'pe.tcp-fails-under-load',
    playbook: 'port_exhaustion', cause: true,
    weight: 1,
    on: 'phrase',
    pattern: / (?:tcp|outbound|outgoing|connect|connects|connection|connections|socket|sockets|legs?)(?: [a-z0-9]+){0,4} (?:fail|fails|failing|failed|stop|stops|stopped|not(?! (?:tem|e|es|it|is it) ?$)|cannot|die|dies)(?: |$)| (?:cannot|not|no longer|no|fail to|fails to|failed to|unable to|deja de|dejan de|deixa de|deixou de|para de)(?: able)?(?: to)?(?: puede| pueden| consigue| consegue| since pueden)? (?:create|creates|open|opens|opened|make|makes|establish|establishes|get|abrir|abre|abren|crear|criar) (?:new |any |more |mais |mas |outbound |outgoing )*(?:tcp (?:connections?|sockets?|legs?|sessions?)|tcp|connections?|sockets?|legs?|sessions?)(?: |$)| (?:refuse|refuses|refusing|refused|reject|rejects|rejecting) (?:the )?(?:new |more |outbound |outgoing )+(?:tcp )?(?:connections?|sockets?)(?: |$)/,
    requires: EPHEMERAL,
    hints: ['tcp', 'outbound', 'outgoing', 'connect', 'socket', 'leg'],
    about: 'new TCP connections fail under load, in words',
  },
  // Weight 0: load, outbound connections or TIME_WAIT said beside a bind error are no evidence by
  // themselves ("outbound" and "carrier" are everyday words), but they name what exhausts the
  // ports, so beside another explanation the playbook may still be confident (Rule.cause).
  { id: 'pe.load-named', playbook: 'port_exhaustion', cause: true, weight: 0, on: 'phrase', pattern: EPHEMERAL, hints: EPHEMERAL_HINTS, about: 'load, outbound connections or TIME_WAIT named: what exhausts the ports' },
  { id: 'pe.range-ceiling', playbook: 'port_exhaustion', cause: true, weight: 2.5, on: 'phrase', pattern: / (?:hit|hits|hitting|reach|reached|reaches|reaching|touch|touches|touched|touching) (?:the )?(?:ceiling|limit|max|maximum|top|end)(?: |$)/, requires: / (?:iplocalportrange|port range|ports range|local ports?|ephemeral ports?|source ports?) /, hints: ['hit', 'reach', 'touch'], negatable: true, about: 'the local port range named, and its ceiling hit' },
  {
    // A connect() that fails for want of a local port sends nothing: no SYN leaves, at the hours of load.
    id: 'pe.no-syn',
    playbook: 'port_exhaustion', cause: true,
    weight: 1.5,
    on: 'phrase',
    pattern: / (?:no|zero|never a|not a|not one) syn(?: |$)| syn (?:never|not) (?:leaves|goes out|sent|send)| nothing leaves(?: |$)/,
    requires: EPHEMERAL,
    hints: ['syn', 'leaves'],
    about: 'no SYN leaves the server when the load is up (connect fails before sending)',
  },
  { id: 'pe.kernel-knobs', playbook: 'port_exhaustion', cause: true, weight: 1, on: 'text', pattern: /iplocalportrange|tcptwreuse|tcptwrecycle|tcpfintimeout/, hints: ['iplocal', 'tcptw', 'tcpfin'], about: 'mentions the port range or tw_reuse sysctls' },

  // ── nat_unregistered ───────────────────────────────────────────────────────────────
  {
    id: 'nat.unregistered',
    playbook: 'nat_unregistered',
    weight: 2.5,
    on: 'phrase',
    pattern: / (?:registrations? (?:is |are |was |were )?(?:not stable|unstable)|register(?:s|ed)? (?:and |then )?(?:(?!(?:firewall|firewalls|router|calls?|packets?)(?: |$))[a-z0-9]+ ){0,3}(?:drop|drops|dropped|fall off|unregister)(?= |$)(?! (?:illa|nahi|nai|not|no|yok|none)(?: |$))|online (?:[a-z]+ ){0,4}empty(?= |$)|registrations? (?:no|none)(?= |$)|register(?:ed)? not (?:stay|stays|remain|remains)(?= |$)|(?:no longer|do not|does not|cannot|can not|not) (?:stay|stays|remain|remains) registered(?= |$)|(?:cannot|can not|can no longer|could not|no longer|not able to|not able|unable to|not|do not|does not) (?:keep|hold|maintain) (?:their |the |its )?registration|ma register|(?:always|keep|keeps|repeatedly|constantly|stay|stays|staying|show|shows|showing) (?:registration failed|fail to register|failing to register)|unstable(?: [a-z]+){0,3} (?:register|registration)|registration disi|unregistered|unregistering|(?:phones|phone|softphones|gateways|extensions|users|subscribers|customers|customer|clients|everyone|all) (?:[a-z]+ ){0,9}(?:dropped|fell|fall|falls|falling|drop|drops|dropping) off|not (?:visible|showing|shown) (?:as )?online|online not (?:visible|shown|showing)|not registered|non registered|not registering|registered (?:hoy |ho )?not(?= (?:hai|hain|ho|hoy|hocche|tha|thiyo|raha|rahe|rahi)(?: |$)| $)|(?:register|registered|online) (?:hi )?not (?:rehte|rehta|rehti|rahte|rahta|rahti)(?= |$)|(?:not|no|non) register(?:ed)?|cannot register|(?:can|could) no longer (?:re)?register|registers? (?:and )?then(?: [a-z0-9]+){0,4} (?:drop|drops|dropping|dropped|lost)|online (?:users?|userlar|terminals?|phones|extensions|registrations)(?: [a-z0-9]+){0,6} (?:dropping|dropped|drop|drops|fell|falling|down)|binding removed|bindings removed|(?:show|shows|showing|display|displays|say|says|saying|pada) no service|(?:registration|registrations) (?:keeps? |is |are )?flapping|(?:flap|flaps|flapping|fflap) (?:the |their |its )?(?:registration|registrations)|cannot stay registered|no longer registered|(?:not|never) (?:stay|stays|staying|remain|remains) registered|(?:sin|sem|without) (?:registration|register|registering|registrar)|fail to register|fails to register|failed to register|register failed|(?:phones?|extensions?|devices?)(?: [a-z]+){0,3} (?:cut|disconnect|disconnects) and (?:connect|connects|reconnect|reconnects)(?= |$)|(?:constantly|repeatedly|keep|keeps) unregister(?= |$)|unregister (?:constantly|repeatedly|all the time|again and again)(?= |$)|registrations? (?:all |have |has |were |are |all have )?(?:dropped|lost|gone)(?= |$)|(?:keep|keeps|always|repeatedly|constantly) (?:reregister|reregistration|reregistering) (?:fail|fails|failing|failed)(?= |$)|no more register(?:ed|ing)?(?= |$)|(?:registration|registrations) (?:(?!(?:not|no|never) )[a-z0-9]+ ){1,3}often (?:lost|dropped|drops)(?= |$)|stopped registering|stop registering|stops registering|no registration|(?:fall|falls|fell|falling|drop|drops|dropped|dropping|go|goes|went|kicked|disconnect|disconnects) (?:off|out of|from|off of|de|del|do|da|dari|men|with|s|z) (?:the |their |its |o |a |la )?(?:registration|registrations|online list|registered list|register list|list online|online(?= ))|(?:online|registered|registration|register) (?:list|users|page)(?:(?<=(?:fall|falls|fell|falling|drop|drops|dropped|dropping|go|goes|went|going|gone|kicked|disappear|disappears|disappeared|disappearing|vanish|vanishes|vanished|vanishing|missing|removed) (?:off|out of|from|off of|sa|dari|de|del|da|do|kwa) (?:the |their |its |our |vos3000 |softswitch )*[a-z]+ [a-z]+)|(?<=(?:disappear|disappears|disappeared|disappearing|vanish|vanishes|vanished|vanishing) [a-z]+ [a-z]+)|(?<=not (?:in|on|(?:showing|shown|visible|listed|seen|appearing) (?:in|on)) (?:the )?(?:vos3000 )?[a-z]+ [a-z]+)| (?:[a-z0-9]+ ){0,3}(?:disappear|disappears|disappeared|vanish|vanished|missing|gone|lacks|empty)(?= |$))|(?:lost|losing|lose|loses|drop|dropping|drops|dropped|mat|disappear|disappears|disappeared|disappearing) (?:their |the |its |all |his |her |o |a |la |el |os |as |los |las )?(?:registrations?|register|dang ky)|(?:not|no|cannot|never) (?:keep|keeps|hold|holds|maintain|maintains) (?:their |the |its |o |a |la |el )?(?:registrations?|register)(?= |$)|(?:online|registered|registration|register) (?:list|users|page) since after (?:going|jay|jai|geche|gelo|gese)) | register not |(?:registration|registrations|register) (?:is |are |keeps |keep |get |gets |got )?(?:lost|lose|loses|losing|drops|dropped|dropping|drop|expired|expires|expiring|timeout|times out|timed out|gone|falls|falling|fell|(?:chole|cole|chale) (?:jay|jai|gelo|jaye))/,
    hints: ['regist', 'online', 'dang ky', 'no service', 'dropped off', 'fell off', 'fall off', 'falls off', 'falling off', 'drop off', 'drops off', 'dropping off', 'cut', 'disconnect'],
    // "no phone lost registration" tells it did not happen.
    negatable: true,
    about: '"unregistered", "registration lost", "fall off the online list"',
  },
  {
    // What the playbook is about, said of the phones: SIP over TCP. Context only, like behind-nat.
    id: 'nat.tcp-phones',
    playbook: 'nat_unregistered', cause: true,
    weight: 1,
    on: 'phrase',
    pattern: new RegExp(` tcp (?:[a-z]+ ){0,2}${PHONES}(?: |$)| ${PHONES} (?:(?:[a-z]+ ){0,2}(?:on|over|using|via|with|use|uses) (?:sip over |sip )?)?tcp(?: |$)| tcp (?:connections?|sessions?|links?) (?:of|from|to) (?:the |our |their |those |these )?(?:[a-z]+ )?${PHONES}(?: |$)`),
    hints: ['tcp'],
    negatable: true,
    about: 'the phones use SIP over TCP',
  },
  {
    // The other half of the symptom: the switch cannot reach a phone that lost its registration.
    id: 'nat.incoming-fail',
    playbook: 'nat_unregistered',
    weight: 1,
    on: 'phrase',
    pattern: / (?:incoming|inbound) (?:calls? )?(?:[a-z]+ ){0,2}(?:fail|fails|failing|failed|not working|do not work|does not work|not reach|never arrive|not (?:pass|passing|come|coming|arrive|arriving|receive|receiving|received|go through))(?: |$)| calls? to (?:them|those|these|the|our|their|it|him|her)(?: [a-z]+){0,2} (?:fail|fails|failing|failed|not working|go nowhere)(?: |$)| call ashe not | incoming fails | (?:cannot|can not|do not|does not|not|never) (?:[a-z]+ )?(?:receive|get|take) (?:any |their |incoming |inbound |the )*calls?(?: |$)| (?:no|not|never) (?:incoming |inbound )?calls? (?:come|comes|coming|came|reach|reaches|reaching|arrive|arrives|arriving|get through|gets through)(?: |$)/,
    requires: /regist|offline|unreachable|online|disappear|vanish/,
    hints: ['incoming', 'inbound', 'call'],
    about: 'incoming calls to the phones fail while they are unregistered',
  },
  {
    id: 'nat.phones-offline',
    playbook: 'nat_unregistered',
    weight: 1.5,
    on: 'phrase',
    // The phones, a customer's gateway (not a carrier's), or "it" / "them" as the switch lists them.
    pattern: new RegExp(
      ` (?:${PHONES}|gateways?(?<!(?:carrier|carriers|vendor|vendors|routing|provider|upstream|termination) gateways?))(?: [a-z0-9]+){0,7} (?:offline|unreachable|unregistered|show offline|go offline|went offline|gone offline|red|greyed|grey|gray|logged out|disappear|disappears|disappeared|disappearing|vanish|vanishes|vanished|vanishing)` +
        '| (?:list|lists|listed|listing|show|shows|showed|showing|mark|marks|marked|display|displays|put|puts) (?:it|them|him|her|those|these|each|all)(?: as)? (?:offline|unregistered|unreachable|gone|red)(?: |$)',
    ),
    hints: ['offline', 'unreachable', 'unregistered', 'red', 'grey', 'gray', 'logged out', 'disappear', 'vanish', 'gone'],
    // "12 phones are offline customers, normal": offline as expected is no fault.
    unless: / (?:offline|unreachable|unregistered)(?: (?!not |no |never )[a-z0-9]+){0,2} (?:normal|expected|as usual|as expected)(?: |$)/,
    about: 'phones / extensions / a customer gateway offline, unless said to be normal',
  },
  {
    // The phones named once, then "they show offline", "it went unregistered" (not a carrier's trunk).
    id: 'nat.they-offline',
    playbook: 'nat_unregistered',
    weight: 1.5,
    on: 'phrase',
    pattern: / (?:they|them|these|those|all of them) (?:all )?(?:are |is |show |shows |showing |shown |appear |appears |go |goes |went |look |looks |become |became |turn |turned |get |got |stay |stays |keep |keeps |still )*(?:all )?(?:as )?(?:offline|unregistered|unreachable|not registered)(?: |$)/,
    requires: new RegExp(` ${PHONES} `),
    unless: / (?:carrier|carriers|vendor|vendors|provider|providers|upstream|trunk|trunks|sbc|operator)(?: |$)/,
    hints: ['offline', 'unregistered', 'unreachable', 'regist'],
    negatable: true,
    about: 'the phones, named before, said to show offline ("they show offline")',
  },
  {
    // How RST hurts phones behind NAT: the connection goes quiet, the switch resets it, the
    // router keeps a stale mapping, so the phone drops out after a while without calls.
    id: 'nat.idle-drop',
    playbook: 'nat_unregistered', cause: true,
    weight: 1.5,
    on: 'phrase',
    pattern: new RegExp(
      String.raw` (?:fall|falls|fell|falling|drop|drops|dropped|dropping|go|goes|went|going|offline|unregistered|unreachable|disappear|disappears|disappeared|vanish|vanishes|vanished|disconnect|disconnects|disconnected|lose|loses|lost|losing|gone|dead)(?: [a-z0-9]+){0,8} (?:after|when|whenever|if|once|during|while)(?: [a-z0-9]+){0,4} (?:idle|quiet|silent|inactive|inactivity|no traffic|no activity|nothing happens)(?: |$)` +
        String.raw`| (?:after|for) (?:a few |some |few |several |[0-9]+ )?(?:idle|quiet|silent) (?:minutes|mins|min|seconds|secs|while|time|period)(?: |$)` +
        String.raw`| (?:idle|quiet|silent) (?:for )?(?:a while|some time|a few minutes|some minutes|few minutes|[0-9]+ (?:minutes|mins|seconds|secs))(?: |$)` +
        String.raw`| (?:after|in) (?:a few |some |few |several |[0-9]+ )(?:minutes|mins) (?:of |with |without )?(?:no calls?|no traffic|idle|idling|inactivity|silence|calls?|traffic)(?: |$)`,
    ),
    requires: / (?:tcp|nat|behind) /,
    hints: ['idle', 'quiet', 'silent', 'inactiv', 'minutes', 'mins', 'traffic', 'activity', 'happens'],
    about: 'phones on TCP or behind NAT drop out after a while without calls',
  },
  {
    // A new or replaced NAT device (router, firewall) in front of phones on SIP over TCP: how
    // they come to sit behind a NAT that RST hurts. Context only, like tcp-phones.
    id: 'nat.device-change',
    playbook: 'nat_unregistered', cause: true,
    weight: 1,
    on: 'phrase',
    pattern: / (?:change|changed|changing|replace|replaced|replacing|replacement|swap|swapped|swapping|new|upgraded|installed|put|bodlanor|bodlano|bodlaise|bodlaisi|bodlechi|bodle)(?: (?:a|the|their|his|her|our|office|client|customer|customers|branch|site|new|in|front|of|at))* (?:router|routers|firewall|firewalls|mikrotik|pfsense|fortigate|modem|nat device|nat box|edge device)(?: |$)| (?:router|routers|firewall|firewalls|mikrotik|pfsense|fortigate|modem)(?: [a-z]+){0,2} (?:change|changed|changing|replacement|replaced|swap|swapped|upgrade|upgraded|bodlanor|bodlano|bodlaise|bodlaisi|bodlechi|bodle)(?: |$)/,
    requires: / tcp /,
    hints: ['router', 'firewall', 'mikrotik', 'pfsense', 'fortigate', 'modem', 'nat', 'edge'],
    about: 'the NAT router or firewall in front of TCP phones was replaced or changed',
  },
  { id: 'nat.behind-nat', playbook: 'nat_unregistered', cause: true, weight: 1, on: 'phrase', pattern: / behind (?:(?:a|the|their|our|customer|customers|client|office|branch|home|shop|local|his|her|same|of|del|do|da|ya|ng|o|al) ){0,2}(?:[a-z0-9]+ )?(?:nat|router|routers|mikrotik|modem|cgnat|4g|lte|wifi|box|boxes|tp link|tplink|fritzbox|draytek|zyxel|netgear|linksys|cpe)| (?:router|routers|mikrotik|modem) (?:ke |er |ki |ka |ko )?behind | nat |natted| (?:working|work|works|worked) from home(?: |$)/, hints: ['behind', 'nat', 'from home'], negatable: true, about: 'endpoints behind NAT / a router, or agents working from home (behind their home routers)' },
  { id: 'nat.reregister', playbook: 'nat_unregistered', weight: 1, on: 'phrase', pattern: / reregister| register again| registering again| keep registering/, hints: ['reregist', 'again', 'keep registering'], about: 'phones have to register again' },

  // ── firewall_rst ───────────────────────────────────────────────────────────────────
  { id: 'fw.rst-blocked', playbook: 'firewall_rst', cause: true, weight: 4, on: 'phrase', pattern: new RegExp(` ${RST}(?: packets?| flags?| segments?| replies| reply)? (?:(?:are|is|being|been|get|gets|getting|got|was|were|keep|keeps|all|still|always|often|as|como|a ser|sendo|siendo) )*${BLOCK_VERB} | (?:${BLOCK_VERB}|chan|loai bo)(?<! (?:reject|rejects|rejected|rejecting)(?= with)) (?:the |all |tcp |incoming |outgoing |our |those |these |every |of |for |any |cac |goi |packets |packet |with |flag |on |o |os |a |as |el |los |las |les |le |la |des |ny )*${RST}(?: packets?| flags?| segments?)? | (?:not|no|never|cannot|will not|do not|does not|did not)(?: dey)? (?:allow|let|pass) (?:the |all |any |our |tcp |incoming |outgoing )*${RST}(?: packets?| flags?| segments?)?(?: |$)| ${RST}(?: [a-z0-9]+){0,6} (?:not|never|cannot|will not|do not|does not|did not) (?:allow|let|pass) (?:them|those)(?: |$)| ${RST} (?:received |packet )?for (?:an? )?(?:unknown|invalid|closed) (?:connection|session|flow) (?:is |was )?${BLOCK_VERB} `), hints: ['rst', 'reset'], negatable: true, about: 'RST packets dropped / blocked, or not let through ("RST for unknown connection dropped", "our RSTs leave, but their firewall never passes them")' },
  {
    // The same fault told loosely: a firewall named, and RST and a drop within a few words
    // ("blocked packets with the rst flag", "marks the reset as invalid and drops it").
    id: 'fw.rst-near-drop',
    playbook: 'firewall_rst', cause: true,
    weight: 2,
    on: 'phrase',
    // No negation between the two ("the resets are not dropped"); nor registration dropped after the RST ("since RST mode it always
    // drops registration": the phones' symptom).
    pattern: new RegExp(String.raw` ${RST}(?: (?!(?:not|no|never|nothing|hardly)\b)[a-z0-9]+){0,5} ${BLOCK_VERB}(?: |$)(?!(?:the |their |all |its )?(?:registration|registrations)(?: |$))| ${BLOCK_VERB}(?: (?!(?:not|no|never|nothing|hardly)\b)[a-z0-9]+){0,5} ${RST}(?: |$)`),
    requires: FIREWALL_OR_STATEFUL,
    // iptables' own "REJECT --reject-with tcp-reset" is a rule's answer, not the switch's resets dropped; and phones that register
    // and drop behind a router with no firewall named ("after RST … register and drop", MikroTik) tell the NAT playbook's symptom.
    unless: / reject(?:ing)? with tcp reset |^(?!.* (?:firewall|firewalls|fortigate|asa|pfsense|sophos|iptables|conntrack|stateful|checkpoint|sonicwall|watchguard|invalid) )(?=.* (?:registration|register|registered|registering|unregistered|reregister) )/,
    hints: ['rst', 'reset'],
    negatable: true,
    about: 'a firewall, with RST and a drop in the same few words',
  },
  {
    // The reset leaves the switch but never arrives on the far side of a firewall.
    id: 'fw.rst-lost',
    playbook: 'firewall_rst', cause: true,
    weight: 2.5,
    on: 'phrase',
    pattern: new RegExp(
      String.raw` ${RST}(?: packets?| segments?)?(?: [a-z0-9]+){0,3} (?:never|not|cannot|can not|does not|do not|did not|fails to|failed to) (?:reach|reaches|reached|arrive|arrives|arrived|get through|gets through|come through|pass|passes|pass through|through|make it|makes it|show up|shows up|appear|appears|seen)(?: |$)` +
        String.raw`| (?:send|sends|sent|sending|leave|leaves|left|leaving|goes out|go out|went out) (?:the |a |an |its |our |their )?${RST}(?: packets?| segments?)?(?: [a-z0-9]+){0,12} (?:nothing|never|not|no ${RST}) (?:[a-z]+ ){0,2}(?:arrive|arrives|arrived|reach|reaches|reached|received|receive|seen|see|sees|shows|show|comes|come|gets|get|there|on)(?: |$)` +
        // The reset named first, then sent and not seen or not arriving (Chinese "RST 发出去了，对端抓包看不到", Persian "RST از سرور
        // بیرون میره ولی به کریر نمیرسه": it goes out from the server but does not arrive at the carrier).
        String.raw`| ${RST}(?: packets?| segments?)?(?: [a-z0-9]+){0,3} (?:sent out|sent|sends|leaves|left|leaving|goes out|went out|goes)(?: [a-z0-9]+){0,6} (?:cannot see|can not see|not see|do not see|does not see|does not arrive|do not arrive|not arrive|not arrives|never arrives|never arrive|not arrived|did not arrive|never receive|never receives|does not receive|it is not there|is not there)(?: |$)` +
        String.raw`| (?:no|zero|not a single|not one|not any) ${RST}(?: packets?| segments?)? (?:[a-z]+ ){0,2}(?:arrive|arrives|arrived|arriving|reach|reaches|reached|received|seen|visible|shows up|show up|comes in|come in|gets through|get through)(?: |$)` +
        String.raw`| (?:never|not|do not|does not|did not) (?:receive|receives|received|get|gets|see|sees|saw) (?:the |our |any |a |an |those |these )?${RST}(?: |$)`,
    ),
    requires: FIREWALL_OR_STATEFUL,
    hints: ['rst', 'reset'],
    about: 'the RST is sent but never arrives past a firewall',
  },
  {
    // What a dropped RST leaves behind: connections that stay open on the far side. Context only.
    id: 'fw.half-open',
    playbook: 'firewall_rst', cause: true,
    weight: 1,
    on: 'phrase',
    pattern: / half (?:open|on)| (?:stay|stays|stayed|remain|remains|remained|kept|keep|keeps) (?:open|alive|up|established|active)(?: |$)| established (?:stay|stays|remain|remains)(?: |$)| (?:hang|hangs|hung|hanging|stuck)(?<= (?:connections?|sessions?|calls?)(?: [a-z]+){0,2} (?:hang|hangs|hung|hanging|stuck))(?: |$)| never (?:get |gets |got )?(?:closed|close|closes|torn down|cleared|cleaned up)(?: |$)| (?:stale|dead|zombie|hung|hanging) (?:tcp )?(?:connections?|sessions?|sockets?|links?)(?: |$)| (?:calls?|sessions?|channels?) (?:[a-z]+ ){0,2}(?:not|no|never) (?:end|ending|ends|ended|close|closing|closed|clear|cleared|release|released|terminate|terminated|hang up|hung up)(?: |$)| (?:stay|stays|stayed|remain|remains|remained) (?:in|on) (?:the )?(?:current|active|live|ongoing) calls(?: |$)| (?:stay|stays|stayed|remain|remains) (?:pegadas|vivas|vivos|colgadas|abiertas|abertas|presas)(?: |$)| [0-9]+ (?:sessions|connections) open(?: |$)| (?:cannot|can not|cant|unable to|could not|not able to) (?:hang up|be hung up|end|be ended|disconnect|terminate)(?: |$)/,
    requires: FIREWALL_OR_STATEFUL,
    hints: ['half', 'stay', 'remain', 'kept', 'keep', 'never', 'stale', 'dead', 'zombie', 'hung', 'hang', 'stuck', 'no', 'open'],
    about: 'connections stay half open, or calls never end or cannot be hung up, where a firewall is in the path',
  },
  {
    // The playbook's symptom as customers tell it: calls that fail, drop or hang, where a stateful firewall is in the path and
    // RST is named ("since RST On, 20 % of calls through the customer's ASA fail at pickup"); as strong as the NAT playbook's
    // symptom (nat.unregistered), so a story told in full with it stands beside a question for the fix.
    id: 'fw.calls-fail-through',
    playbook: 'firewall_rst',
    weight: 2.5,
    on: 'phrase',
    pattern: / (?:calls?|call setup)(?: [a-z0-9]+){0,3} (?:fail|fails|failing|failed|drop|drops|dropping|dropped|hang|hangs|hanging|hung|stuck|cut|cuts|fall|falls)(?: |$)| (?:dropped|failed|failing|hung|hanging) calls(?: |$)/,
    requires: /^(?=.* (?:firewall|firewalls|iptables|nftables|fortigate|pfsense|asa|conntrack|stateful|checkpoint|check point|sonicwall|sophos|watchguard) )(?=.* (?:rst|rsts|reset|resets|sstcpclosereset|close mode) )/,
    hints: ['call'],
    negatable: true,
    about: 'calls fail, drop or hang where a stateful firewall is in the path and RST is named',
  },
  { id: 'fw.asa-deny-no-connection', playbook: 'firewall_rst', cause: true, weight: 4, on: 'text', pattern: /deny tcp \(?no connection\)?|asa-6-106015|\b106015\b/, hints: ['deny tcp', 'asa-6', '106015'], about: 'Cisco ASA "Deny TCP (no connection)"' },
  { id: 'fw.log-rst', playbook: 'firewall_rst', cause: true, weight: 3, on: 'text', pattern: /\btcp:ra?\b|proto=tcp\b.{0,200}\brst\b|tcp ?flags ?[:=]? ?"?rst|flags rst|\bflags=\S{0,20}rst|\b(?:block|drop|deny|denied|reject|dropped|blocked)\b[^\n]{0,120}\bflags:? \[?r\b/, hints: ['rst', 'flags', 'tcp:r'], about: 'firewall log line with the RST flag (pfSense: "TCP:R")' },
  // "conntrack … invalid" does not reach across "no more" ("in conntrack no more INVALID drops" says they are over), nor
  // reads a count of none ("conntrack -S: invalid=0").
  { id: 'fw.conntrack-invalid', playbook: 'firewall_rst', cause: true, weight: 2.5, on: 'text', pattern: /first pa(?:c?k|cket) not syn|\brst\b.{0,60}\b(?:no|not)\s+(?:tcp\s+)?(?:matching\s+)?sessions?\b|ctstate invalid|state[ =]invalid|conntrack\S{0,20}(?:(?!no more ).){0,40}invalid(?!\s*[=:]\s*0\b)|invalid (?:state|packet)s?|nf_?conntrack(?!_?(?:sip|h323|ftp|tftp|irc|pptp|amanda|max)|[:\s]*table full)|\brst\b.{0,30}\binvalid|\bout[ -]of[ -]state\b(?:(?=[\s\S]*(?:\b(?:rst|close)\b|クローズ))|(?<=(?:\b(?:rst|close)\b|クローズ)[\s\S]*))(?![\s\S]*\bnot rst\b)/, hints: ['invalid', 'conntrack', 'first pa', 'session', 'out of state', 'out-of-state'], about: 'conntrack INVALID drops (Juniper: "first pak not syn"; MikroTik: "connection-state=invalid"; Sophos and Check Point: "out of state", with RST or the close mode named)' },
  // A stateful firewall's own words for a packet of a connection it no longer tracks ("out of state" in FortiGate, Palo
  // Alto and Check Point logs), where the switch's resets are in the message.
  // FortiGate logs such a packet as "no session matched", Huawei's USG as "session not exist": out of state in their words.
  { id: 'fw.out-of-state', playbook: 'firewall_rst', cause: true, weight: 2, on: 'phrase', pattern: / (?:out of state|no session matched|session not exist)(?: |$)/, requires: / (?:rst|rsts|reset|resets|sstcpclosereset|fin) | (?:since|after) (?:your|the) change /, unless: / (?:not|no|nor) (?:the )?(?:rst|rsts|reset|resets)(?: |$)/, hints: ['out of state', 'no session matched', 'session not exist'], negatable: true, about: 'the firewall logs packets "out of state" ("no session matched", "session not exist") where the resets are named, or the change that brought them' },
  { id: 'fw.tcpdump-rst', playbook: 'firewall_rst', weight: 1.5, on: 'text', pattern: /flags \[r\.?\]/, hints: ['flags [r'], about: 'tcpdump shows RST segments' },
  // RST, NAT, a router or TCP named at all: in a message read little, what a registration playbook needs beside its symptom.
  { id: 'nat.context-named', playbook: 'nat_unregistered', weight: 0.01, names: true, on: 'phrase', pattern: / (?:rst|rsts|reset|resets|sstcpclosereset|tcpclosereset|nat|cgnat|router|routers|mikrotik|modem|tcp|behind)(?: |$)/, hints: ['rst', 'reset', 'nat', 'router', 'mikrotik', 'modem', 'tcp', 'behind'], about: 'names RST, NAT, a router or TCP' },
  // RST named at all: next to a firewall named, what a firewall playbook needs before the classifier's word counts (match.ts).
  { id: 'fw.rst-named', playbook: 'firewall_rst', weight: 0.01, names: true, on: 'phrase', pattern: / (?:rst|rsts|reset|resets|sstcpclosereset|tcpclosereset|closereset)(?: |$)| tcp (?:close|closing|off)(?: |$)/, hints: ['rst', 'reset', 'tcp'], about: 'names RST, its setting or how TCP is closed' },
  { id: 'fw.firewall', playbook: 'firewall_rst', weight: 0.75, on: 'phrase', pattern: / (?:firewall|firewalls|iptables|fortigate|pfsense|asa|conntrack|stateful|checkpoint|check point|sonicwall|sophos|watchguard) /, hints: ['firewall', 'iptables', 'fortigate', 'pfsense', 'asa', 'conntrack', 'stateful', 'check', 'sonicwall', 'sophos', 'watchguard'], negatable: true, about: 'mentions a firewall' },

  // ── RST mode was switched on: points at the two problems RST causes ───────────────
  { id: 'rst.enabled-nat', playbook: 'nat_unregistered', cause: true, change: true, weight: 0.75, on: 'phrase', pattern: RST_ON, hints: ['rst', 'reset', 'close'], about: 'RST mode was switched on' },
  { id: 'rst.enabled-fw', playbook: 'firewall_rst', cause: true, change: true, weight: 0.75, on: 'phrase', pattern: RST_ON, hints: ['rst', 'reset', 'close'], about: 'RST mode was switched on' },

  { id: 'change.after-fix-nat', playbook: 'nat_unregistered', cause: true, weight: 0.75, on: 'phrase', pattern: AFTER_CHANGE, hints: ['fix', 'chang', 'updat', 'tuning', 'applied'], about: 'trouble since a recent change (RST mode is the usual one)' },
  { id: 'change.after-fix-fw', playbook: 'firewall_rst', cause: true, weight: 0.75, on: 'phrase', pattern: AFTER_CHANGE, hints: ['fix', 'chang', 'updat', 'tuning', 'applied'], about: 'trouble since a recent change (RST mode is the usual one)' },

  // ── guards: the same words about something else ────────────────────────────────────
  { id: 'guard.web-portal', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:web )?(?:portal|dashboard|webui|web ui|web interface|web panel|admin panel|control panel|login page|browser|website|web page|webpage|web manager|web admin) | vos3000 web /, hints: ['portal', 'dashboard', 'web', 'panel', 'login page', 'browser'], about: 'the web portal' },
  { id: 'guard.client-login', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:login|logon|sign in|signin|log (?:in|on)(?<! (?:the|a|this|that|our|my|your|whole|full|its|their) log (?:in|on))) | 1202 | vos3000 client | client (?:software|app|program|tool|exe)/, hints: ['log', 'sign', '1202', 'client'], about: 'logging in with the VOS3000 client / the portal ("the log on lab1" is a log file)' },
  // 401, 403 and 407 as status codes, not as the last figure of a time or an address ("14:02:11.403").
  { id: 'guard.credentials', playbook: null, weight: 3, on: 'phrase', pattern: / (?:password|passwords|passwd|pwd|credential|credentials|authentication|unauthorized|unauthorised|forbidden|(?<![0-9] )(?:401|403|407)) (?!(?<= (?:not|no|never) (?:password|passwords|credentials) )(?:not|no|nor|issue|problem)(?: |$)|(?<= (?:not|never) (?:password|passwords|credentials) )(?:change|changed|changes)(?: |$))| wrong (?:user|username|pass|secret)| auth (?:fail|failed|failure|error)/, hints: ['pass', 'pwd', 'credential', 'auth', 'forbidden', '401', '403', '407', 'wrong'], unless: new RegExp(`${AUTH_RATE_NORMAL.source}|${PASSWORD_RULED_OUT.source}`), about: 'passwords / authentication, unless ruled out' },
  { id: 'guard.one-way-audio', playbook: null, weight: 4, on: 'phrase', pattern: / (?:one way|oneway|no|without) (?:audio|voice|sound)(?! (?:problem|problems|issue|issues|complaint|complaints|trouble|quality))| (?:cannot|not|cant) hear /, hints: ['audio', 'voice', 'sound', 'hear'], about: 'one-way or no audio' },
  { id: 'guard.audio', playbook: null, weight: 3, on: 'phrase', pattern: / (?:audio|voice quality|voice breaking|voice breaks|voice cutting|voice cuts|broken voice|breaking voice|choppy|robotic|jitter|echo|rtp|codec|codecs|g729|g711|g723|transcoding|dtmf|fax|t38|noise|crackling|silence|mos) /, hints: ['audio', 'voice', 'sound', 'choppy', 'robotic', 'jitter', 'echo', 'rtp', 'codec', 'g7', 'transcod', 'dtmf', 'fax', 't38', 'noise', 'crackl', 'silence', 'mos', 'hear'], unless: cleared('audio|voice|sound|fax|codec|codecs|rtp|media|quality'), about: 'audio / codec / voice quality, unless said to be fine ("the udp fax ata is fine")' },
  // ASR or ACD named is about billing, not when it dropped or an alarm fires on it ("ASR alarm at the same minute").
  { id: 'guard.billing', playbook: null, weight: 3, on: 'phrase', pattern: / (?:billing|bill|invoice|invoices|balance(?<!(?:to|we|i|how) balance)|recharge|rate(?<! (?:failed|failure|success|answer|error|drop|loss|packet|[0-9]{3})(?: call)? rate)|rates|tariff|tariffs|payment|payments|price|prices|pricing|cdr|cdrs|(?:asr|acd)(?! (?:[a-z]+ ){0,5}(?:dropped|fell|falls|fall|drops|went down|is down)(?: |$)| (?:dropped|fell|falls|fall|drops|down|went down|is down|alarm|alarms|alert|alerts|[0-9]+ (?:dan|to|from)))|profit|credit|debit|topup|top up|refund|paid|pay) /, hints: ['bill', 'invoice', 'balance', 'recharge', 'rate', 'tariff', 'pay', 'price', 'pricing', 'cdr', 'asr', 'acd', 'profit', 'credit', 'debit', 'top', 'refund', 'paid'], about: 'billing / rates / CDRs' },
  { id: 'guard.license', playbook: null, weight: 3, on: 'phrase', pattern: / (?:license|licence|licensed|licenses|activation|serial key|dongle|trial|renew|renewal) /, hints: ['licen', 'activation', 'serial', 'dongle', 'trial', 'renew'], unless: cleared('license|licence|licensing'), about: 'license' },
  { id: 'guard.how-to-add', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:how|where) (?:do |can |to |should |would )?(?:i |we |you )?(?:[a-z]+ ){0,2}(?:register|add|create|configure|config|setup|set up|make|define|build|install)| (?:new(?<!(?:since|after|from|with|of|by) (?:the |our |a |this |that )?new)|add|adding|create|creating|configure|configuring) (?:a |an |new |one |another )*(?:gateway|gateways|routing gateway|mapping gateway|account|accounts|extension|user|users|customer|route|routes|prefix|did|dids|number|numbers|phone|trunk) /, hints: ['how', 'where', 'new', 'add', 'creat', 'configur'], about: 'asks how to set something up' },
  { id: 'guard.open-ports', playbook: null, weight: 2, on: 'phrase', pattern: / (?:open|allow|forward|unblock|whitelist|which|what) (?:the |a |which |what |all |these |those )?(?:port|ports|port number|port numbers)(?! already)/, hints: ['port'], about: 'asks which ports to open' },
  { id: 'guard.open-files', playbook: null, weight: 3, on: 'text', pattern: /too many open files|emfile|ulimit|file descriptors?|open files/, hints: ['open files', 'emfile', 'ulimit', 'file descriptor'], about: 'file descriptors (not TCP ports)' },
  { id: 'guard.resources', playbook: null, weight: 1.5, on: 'phrase', pattern: / (?:cpu|memory|ram|disk|swap|load average|mysql|mysqld|database|harddisk|hard disk|storage|backup) /, hints: ['cpu', 'memory', 'ram', 'disk', 'swap', 'load average', 'mysql', 'database', 'storage', 'backup'], about: 'CPU / memory / disk / database' },
  { id: 'guard.question', playbook: null, weight: 1.5, on: 'phrase', pattern: / (?:what|whats) (?:is|are|does|do) | which (?:is|are|does|do) (?:the |a |an |better |best |correct |right |recommended |preferred |default |safe |faster |more |less |good |used |needed |required |it |this |that )| explain | meaning of | difference between | is it (?:safe|ok|okay|good|recommended) | should (?:we|i) (?:turn|enable|set|use|change|switch|move)| (?:does|do) (?:it|this|that)(?: [a-z]+){0,3} matter | can (?:we|i) (?:move|use|switch|change|get)| do (?:i|we) need to (?:enable|set|use|configure|change|open|add) /, hints: ['what', 'which', 'explain', 'meaning', 'difference', 'safe', 'ok', 'good', 'recommended', 'should', 'matter', 'move', 'use', 'switch', 'change', 'get', 'need'], about: 'a question about how things work' },
  { id: 'guard.ask-config', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:which|what) (?:ip|address|server|port|domain|host|url|username|user|proxy|transport)s? (?:do|should|to|can|is|for|does|are)/, hints: ['which', 'what'], about: 'asks for connection settings' },
  { id: 'guard.sip-status', playbook: null, weight: 2, on: 'phrase', pattern: / (?:404|480|484|486|487|488|503|603) | service unavailable | not found | busy here /, unless: / (?:offline|unregistered|unreachable|not registered) | (?:[0-9]{4,}|[0-9]+k|thousands?(?: of)?) timewait /, hints: ['404', '480', '484', '486', '487', '488', '503', '603', 'unavailable', 'not found', 'busy here'], about: 'SIP error responses from the far end' },
  {
    id: 'guard.resolved',
    playbook: null,
    weight: 6,
    on: 'phrase',
    // Read anywhere in the message, once (one scan, not one per wording). "it's fixed", "fixed since your team set …" and
    // "…, all green" at the end say it is over too, and so does "consider it resolved"; so do "nothing wrong now", "Not a problem
    // now, but last year …" opening a message, "after your fix tonight's peak went fine: 0 bind errors" and "changed to 5060 and
    // it registers"; so does a count that fell after the fix ("after your fix it dropped to 350", "despues del ajuste quedaron en
    // 400": three figures at most).
    pattern: / (?:(?:consider|mark) (?:it|this|that|the (?:ticket|case|issue|problem))(?: as)? (?:fixed|solved|resolved)(?: |$)|(?:after|since) (?:the |your |our |that |del |da |do )?(?:fix|adjustment|ajuste|tuning|change|correction)(?: [a-z]+){0,4} (?:dropped|went down|fell|came down|stayed|caiu|quedaron|ficaram)(?: to| at| in| en| em| pra| para| a)? [0-9]{1,3}(?: |$)|(?:error|errors|problem|problems|issue|issues)(?: [a-z0-9]+){0,4} not (?:[a-z]+ )?(?:anymore|any more)(?: |$)|since(?: then)? (?:we |you |they )?(?:set|changed|applied|enabled|tuned|configured|raised|widened|increased|did)(?: [a-z0-9]+){0,8} (?:all|everything) (?:is |are )?(?:fine|ok|okay|good|normal|stable)(?: |$)|(?:error|errors|problem|problems|issue|issues)(?: [a-z0-9]+){0,2} (?:anymore|any more) not(?: |$)|(?:thanks|thank you) for (?:fixing|solving|resolving|(?:the|your|that|this) fix|(?:your |the )?help)|(?:is |are |was |got |now |been |already |ago |its )(?:fixed|solved|resolved)|(?:una|you|they|we) fixed it (?:with|by)|fixed (?:by|after|with) (?:your |the |our )?(?:tuning|change|fix|patch|update)(?: |$)|fixed back (?:in (?:19|20)[0-9]{2}|then)(?: |$)|(?:we|they|you) fixed (?:it |that |this )?(?:last (?:month|week|year)|(?:a|two|three|few) (?:days|weeks|months) ago)(?: |$)|(?:we|they|you) fixed (?:the |a |our )?(?:rule|rules|firewall|config)|(?:fine|ok|okay|stable|gone|clean) since (?:then|tune|tuning|the fix|the tuning)|(?:fixed|solved|resolved) since(?<!(?:not|never|yet|if|until|be|get|gets) (?:fixed|solved|resolved) since) (?:then|(?:we|you|your|they|their|our|the) (?:[a-z]+ )?(?:set|changed|applied|enabled|tuned|configured|raised|widened|increased|did|turned|switched|added|made|put))(?: |$)|(?:fine|ok|okay|stable|gone) since $|fixed then $|fix (?:hoye gese|hoye geche|hoye gelo|korsi|korechi|kore disi|ho gaya|kar diya)|(?:problem|problems|issue|issues) (?:already |now |finally )?(?:fixed|solved|resolved)(?<!(?:keep|keeps|keeping|want|wants|need|needs|get|gets)(?: [a-z]+){0,3} (?:problem|problems|issue|issues) (?:fixed|solved|resolved))(?: |$)|(?:fixed|solved|resolved)(?<=(?:problem|problems|issue|issues)(?: [a-z0-9]+){1,10} (?:fixed|solved|resolved))(?<!(?:not|never|yet|if) (?:fixed|solved|resolved))(?: |$)|no (?:[a-z]+ )?(?:problem|problems|issue|issues) (?:now|today|since then)(?: |$)|(?:now|today) (?:no|not a single|not one|zero) (?:problem|problems|issue|issues|error|errors)(?: |$)|(?:all|normal|normally) (?:registered|online) again(?: |$)|now (?:0|zero|no) (?:increase|new drops|new hits)(?: |$)|(?:problem|problems|issue|issues) (?:now|today) (?:not|none)(?: |$)(?!(?:solved|fixed|resolved|gone|yet)(?: |$))|(?:now|today) (?:koi |any |one |a single |one also )?(?:problem|problems|issue|issues|error|errors) (?:not|none|no)(?: |$)(?!(?:solved|fixed|resolved|gone|yet)(?: |$))|(?:no longer|not anymore) (?:happens|happening|comes|occurs)(?: |$)|anymore not (?:happens|happening)(?: |$)|fixed now(?: |$)|nothing (?:is )?wrong (?:now|today|anymore|any more)(?: |$)|(?<=^ )(?:its |it is )?not a problem (?:now|anymore|any more|today)(?: |$)|(?:changed|switched|corrected) (?:it |that |the [a-z]+ )?(?:to|back to) (?:[a-z0-9]+ ){1,2}(?:and|now) (?:it|they|the phones?|phones?|all) (?:registers|register|registered|works|work|working)(?: now| fine| ok)?(?: |$)|(?:went|ran|passed) (?:fine|smooth|smoothly|well|ok|okay|clean|perfectly)(?<=after (?:your|the|our|that|this) (?:fix|fixes|change|changes|tuning|patch)(?: [a-z0-9]+){0,12} (?:went|ran|passed) (?:fine|smooth|smoothly|well|ok|okay|clean|perfectly))(?: (?:0|zero|no) (?:[a-z]+ )?(?:errors?|failures?|drops?))?(?: |$)|(?:today|now|nowadays) (?:all|everything) (?:is )?(?:fine|ok|okay|good|working|theek|thik)(?<=(?:(?:was|were|happened) (?:in|en|back in) (?:19|20)[0-9]{2}|last (?:year|month|week)|(?:years|months|weeks) ago)(?: [a-z0-9]+){0,20} (?:today|now|nowadays) (?:all|everything) (?:is )?(?:fine|ok|okay|good|working|theek|thik))(?: |$)|(?:ok|resolved|recovery|recovered|cleared)(?<=(?:nagios|zabbix|grafana|prtg|librenms|alertmanager|icinga|monitoring|alert|alerts|status|state)(?: [a-z0-9]+){0,2} (?:ok|resolved|recovery|recovered|cleared))(?: |$)|(?:everything|all) (?:is |are )?back(?: to normal| up| online)?(?<!(?:after|by|from|at|around|till|until) (?:[0-9]+(?:am|pm)?|midnight|night|the peak|peak)(?: [a-z]+){0,2} (?:everything|all) (?:is |are )?back(?: to normal| up| online)?)(?: |$)(?!(?:unregistered|offline|down|failing|again)(?: |$))|(?:everything|all) (?:is |are |back |now )?green(?: again| now)? ?$|but (?:now |later |then )?(?:fixed|solved|resolved) (?:with|by|after|since)(?: |$)|(?:everything|all|it|its|it is|is|are|calls|phones)(?: is| are| was| were| goes| going| came)? back to normal(?<!(?:after|by|from|at|around|till|until) (?:[0-9]+(?:am|pm)?|midnight|night|the peak|peak)(?: [a-z]+){0,2} back to normal)(?: |$)|(?:it|its|it is|is|are|everything|all|calls|phones)(?: [a-z]+)? (?:working|works|work) again(?<!(?:then|later|until|after|till|when|whenever|once|restart|reboot|restarted|rebooted|restarting|rebooting)(?: [a-z0-9]+){0,5} (?:working|works|work) again)(?: now)?(?: |$)(?!(?:after|when|until|till|for|but|then|only|in the)(?: |$))|(?:you|they|we|aap|apne|tusi) (?:fix|fixed|solve|solved) (?:kiya|kita|kar diya|kar dia)(?: |$)|no more (?!(?:local |free |ephemeral |source )?ports? )(?:[a-z0-9]+ ){0,4}(?:problem|problems|issue|issues|error|errors|eaddrinuse|bindexception|bindexceptions|requested address|already in use)|no (?:[a-z0-9]+ ){0,3}(?:problem|problems|issue|issues|error|errors)(?: [a-z0-9]+){0,4} (?:anymore|any more)(?: |$)|(?:no|zero) (?:[a-z0-9]+ ){0,4}(?:problem|problems|issue|issues|error|errors|occurrences|occurrence|alerts|alarms) since (?:we|you|the|our|your|then)(?: |$)|(?:since then|since that|after that|from then on|ever since) (?:we have |we had |there (?:is|are|were|was) )?(?:zero|no|not a single|not any|not one) (?:[a-z]+ )?(?:problem|problems|issue|issues|error|errors|complaint|complaints|failure|failures)(?: |$)|no (?:more )?complaints?(?<!(?:customers|clients|users|ones|trunks|others|subscribers)(?: have| had| with| reported)? no(?: more)? complaints?)(?<!before (?:the |that |this )?(?:change|update|upgrade|reparse|it|that|then|rst|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday) no(?: more)? complaints?) |since (?:your|the) fix|(?:error|errors|problem|problems|issue|issues|failure|failures|trouble|complaint|complaints)(?: [a-z0-9]+){0,5} (?:is |are |has |have |had |seems |now |just |all |then |finally )*(?:gone|went away|gone away|disappeared|vanished|stopped(?! (?:the |our |a |their )?(?:campaign|campaigns|dialer|dialers|traffic|test|load)(?: |$)))(?: |$)|(?:messages|lines) (?:[a-z0-9]+ ){0,4}(?:are |were )?(?:gone|disappeared)(?: |$)|(?:carrier|carriers|vendor|vendors|provider|providers|isp|upstream|they|you|we) (?:have |has |had |finally |then )?(?:fixed|solved|resolved|repaired|corrected) (?:it|their|the|that|this)(?: |$)|(?:today|now|aaja|aaj|ajke|ab|abhi|ekhon|hun|hunn)(?: [a-z0-9]+){0,3} (?:all |sab |sob |everything )?(?:thik|theek|smooth) (?:cha|chha|hai|he|ase|ache|ho|clear|chal)(?: |$)|(?:all|sab|sob) (?:thik|theek) (?:bhayo|bhayeko|hoye geche|hoyeche|ho gaya|hogaya)(?: |$)|resolved(?<!(?<!(?:koi|kono) [a-z]+ )(?:not|never|yet|if|unless) resolved)(?: [a-z0-9]+){0,6} (?:thanks|thank you)(?: |$)|resolved(?<!(?<!(?:koi|kono) [a-z]+ )(?:not|never|yet|if|unless) resolved) (?:na|already)(?: |$)|(?:no recurrence|recurrence (?:no|none|not))(?: |$)|(?:since then|ever since) (?:all |everything |it is |its )?(?:fine|ok|okay|normal|stable)(?: |$)|(?:now|ab|abhi|ekhon|aba|ngayon|sekarang|ahora|agora) (?:all |everything |lahat |semua |todos )?(?:the )?(?:phones |extensions )?(?:are )?(?:registered|reregistered)(?: |$)|(?:is|it is|a ete|has been) regle(?: |$))/,
    // Errors gone when the load is low ("off peak there are no more errors") tell the load the fault follows, not its end.
    unless: new RegExp(`${PROBLEM_BACK.source}| (?:off peak|low traffic|low load|quiet hours)(?: [a-z0-9]+){0,3} (?:no more|no|zero) (?:errors?|problems?)(?: |$)`),
    settles: true,
    heads: true,
    hints: ['thank', 'fixed', 'solved', 'resolved', 'registered', 'adjustment', 'ajuste', 'back', 'again', 'ok', 'green', 'recover', 'cleared', 'recurrence', 'since then', 'ever since', 'no longer', 'kiya', 'kita', 'no more', 'fix', 'gone', 'anymore', 'any more', 'complaint', 'problem', 'issue', 'error', 'failure', 'away', 'disappeared', 'vanished', 'thik', 'theek', 'smooth', 'regle', 'occurrence', 'alert', 'alarm', 'today', 'now', 'wrong', 'went', 'ran', 'passed', 'changed', 'switched', 'corrected'],
    about: 'the problem is over (thanks, fixed, no more …, no complaints)',
  },
  {
    // "no further action needed", "the fix worked", "you can close the ticket" (Nepali "fix le kaam garyo", Hindi "fix kaam kar gaya"): over too, with its own, rarer words.
    id: 'guard.fix-worked',
    playbook: null,
    weight: 6,
    on: 'phrase',
    pattern: / (?:no (?:further |more )?action(?: is)?(?: needed| required| necessary)?|nothing (?:to fix|to do(?! with)|needed)|question (?:is )?closed|false alarm|never mind|nevermind|no need (?:for|to) (?:do|change|fix|touch) (?:anything|something)|no need (?:for|of) (?:the |any |a )?(?:kernel |sysctl |rst )?(?:tuning|change|changes|fix|remediation)|not perlu tindakan|no hace falta nada|nao precisa fazer nada|(?:close|closing|off|tutup) (?:the |this |my |our |o |el |le |ang |yung )?(?:old |previous |last |open )?(?:ticket|tiket|case)|(?:ticket|tiket) (?:can |may |boleh |bisa |pwede )?(?:be |to be |na )?(?:close|closed|closing|ditutup|tutup|off|isara)|close the loop|(?:you|we) (?:can|may) close (?:it|this|that)|(?:issue|problem|case|incident) (?:is |now )?closed|nothing (?:is )?(?:open|pending) (?:from|on) (?:our|my) side|nothing technical(?: today| now| this time)?|not can (?:xu ly|lam|sua) (?:gi|them)|(?:fix|fixes|solution|patch|change|tuning)(?: [a-z]+){0,3} (?:worked|helped|work garyo|work kiya|work kar gaya)(?<!before (?:the |this |that |our |your )?(?:fix|fixes|solution|patch|change|tuning)(?: [a-z]+){0,3} (?:worked|helped|work garyo|work kiya|work kar gaya)))(?: |$)/,
    unless: PROBLEM_BACK,
    settles: true,
    closes: true,
    hints: ['action', 'close', 'worked', 'helped', 'garyo', 'kiya', 'gaya', 'ticket', 'tiket', 'case', 'loop', 'xu ly', 'lam', 'sua', 'nothing', 'need', 'tindakan', 'falta', 'precisa', 'closed', 'alarm', 'mind'],
    about: 'no further action needed, the fix worked, the ticket may be closed',
  },
  {
    // Told for the record, an alarm explained, the maintenance window: an account of the past, not a fault to fix.
    // So is history written down ("just documenting the history", "for the new guy's notes").
    // Not a FYI handed on to the next tier or the NOC ("… FYI @L2"): that passes a live alarm on.
    id: 'guard.for-the-record',
    playbook: null,
    weight: 4,
    on: 'phrase',
    pattern: / (?:just (?:explaining|informing|reporting|for (?:the|your) records?)(?: for (?:the |your )?records?)?|for (?:your |the |their |our )?records?|(?:record|report) er jonno|(?:just )?archive (?:the |this )?(?:note|ticket|case)|just documenting(?: (?:the|this|it|our|past|old|history|incident|issue))*|just to document(?: (?:the|this|it|our|past|old|history|incident|issue))*|documenting (?:the |our )?(?:history|past)|for (?:the |our |your |my )?(?:new (?:guy|guys|hire|hires|engineer|engineers|staff|colleague|colleagues|joiner|joiners) )?(?:notes|wiki|documentation|knowledge base)|just (?:an |giving an )?update|bas update|(?:de raha|de rahi|giving) (?:an )?update|solo informativo|so para registration|(?:pour|pr) info|fyi(?! (?:l1|l2|l3|tier [123]|noc|oncall|on call|escalation)(?: |$))|(?:just|only) (?:for )?info|info (?:aja|saja|sahaja|lang|only)|(?:nak |untuk |cuma |sekadar )?simpan rekod|(?:chi )?(?:luu ho so|ghi nhan thoi)|cancel over|(?:restart|restarted|reboot|rebooted) (?:the |our )?(?:vos3000|server|softswitch|switch|box) (?:for|during) (?:the |a |our )?(?:planned )?maintenance|(?:was|during) (?:our |the |a |their )?(?:[a-z]+ )?(?:maintenance|planned maintenance|upgrade window))(?: |$)/,
    unless: PROBLEM_BACK,
    settles: true,
    closes: true,
    hints: ['just', 'record', 'archive', 'informativo', 'registration', 'maintenance', 'upgrade', 'info', 'fyi', 'cancel', 'rekod', 'ho so', 'ghi nhan', 'jonno', 'update', 'document', 'notes', 'wiki', 'knowledge'],
    about: 'told for the record, an alarm explained by maintenance: no fault to fix',
  },
  { id: 'guard.vpn', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:vpn|vpns|ipsec|wireguard|openvpn|l2tp|pptp|ikev2|ikev1|strongswan|tailscale|zerotier|anyconnect|rekey|phase 1|phase 2|phase1|phase2|gre tunnel|site to site) /, hints: ['vpn', 'ipsec', 'wireguard', 'l2tp', 'pptp', 'ike', 'strongswan', 'tailscale', 'zerotier', 'anyconnect', 'rekey', 'phase', 'gre', 'site'], about: 'a VPN or tunnel (IPsec, WireGuard …), not RST on SIP over TCP' },
  { id: 'guard.abuse', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:attack|attacks|attacked|attacking|attacker|attackers|brute force|bruteforce|scanner|scanners|(?:flood|floods|flooding|flooded)(?<!(?:log|logs|syslog|logfile|console|timewait|errors?|in use|eaddrinuse|bindexception|exception|exceptions)(?: is| are| gets| get| got| was| were| being)? flood[a-z]*)|ddos|hacker|hackers|hacked|hacking|fraud|fraudulent|sipvicious|intrusion|robocalls?) | (?:too many|thousands of|hundreds of|lots of|repeated|multiple) (?:failed |bad |wrong |fake )?(?:register|registration|login|auth|authentication|invite) (?:attempts|requests|tries)(?: |$)/, hints: ['attack', 'brute', 'scanner', 'flood', 'ddos', 'hack', 'fraud', 'sipvicious', 'intrusion', 'robocall', 'attempts', 'requests', 'tries'], about: 'attacks, scanners, fraud: security, not a playbook' },
  {
    // "Outbound port issue solved. New issue since Sunday: calls fail …": what follows a settled problem is another one.
    id: 'guard.new-problem',
    playbook: null,
    weight: 0,
    on: 'phrase',
    // Not one said not to be new ("it is not a new issue", Pidgin "no be new issue"). The adjective after the noun as
    // Arabic, Spanish and Indonesian put it ("مشكلة جديدة", "problema nuevo", "masalah baru": "problem new").
    pattern: / (?:new|another|different|second|other|next)(?<!(?:not|no|never|no be|is not|isnt) (?:a |an |any )?[a-z]+) (?:problem|problems|issue|issues|complaint|trouble|fault)(?: |$)|(?<!(?:not|no|never)(?: a| an| any)?) (?:problem|problems|issue|issues) (?:new|another|different)(?: |$)| (?:but|par|pr|lekin|magar|pero|mas|mais|ama|lakin) (?:now|ab|hun|hon|this time)(?: |$)/,
    hints: ['new', 'another', 'different', 'second', 'other', 'next', 'now', 'ab', 'hun', 'hon', 'this time'],
    reopens: true,
    about: 'says a new problem follows what was settled',
  },
  // What the message to ignore was about is part of it ("ignore my message from this morning about the firewall dropping
  // RST"): the symptom named there is what is over, not a new problem after it.
  { id: 'guard.ignore', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:(?:ignore|disregard) my (?:earlier |last |previous )?(?:message|messages|msg) (?:(?:from|of) (?:this morning|today|yesterday|earlier|before) )?about(?: [a-z0-9]+){1,6}|(?:ignore|disregard) (?:it|them|this|that|those|these|the [a-z]+|my [a-z]+|karo|kar do|kijiye|koro|kore dao|korun)|(?:log|logs|msg|message|messages)(?: [a-z0-9]+){0,3} (?:ignore|disregard)$|please (?:ignore|disregard)|can be (?:ignored|disregarded)|you can (?:ignore|disregard)|no need to (?:check|worry|look|fix))(?: |$)/, hints: ['ignore', 'disregard', 'need'], settles: true, about: 'tells us to ignore what it reports' },
  { id: 'guard.sip-alg', playbook: null, weight: 2, on: 'phrase', pattern: / (?:sip )?alg (?:(?:is |was )?(?:on|off|enabled|disabled)|(?:[a-z]+ ){0,2}(?:rewrite|rewrites|rewriting|messing|mangle|mangles|mangling))| (?:sip )?alg (?:off|on|bondho|band) | (?:sip )?alg(?: [a-z]+){1,4} (?:off|disable|disabled|band|bondho)(?: |$)| (?:disable|disabled|disabling|enable|enabled|turn off|turned off|switch off|switched off|keep) (?:the )?(?:sip )?alg /, hints: ['alg'], about: 'SIP ALG on a router (a helper that rewrites SIP, not RST)' },
  { id: 'guard.port-forward', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:dst nat|dstnat|destination nat|port forward|port forwarding|portforward|forwarding rule|nat rule|nat rules|static nat|one to one nat) /, hints: ['nat', 'forward'], about: 'a port-forwarding or destination NAT rule (configuration, not phones losing registration)' },
  { id: 'guard.blocked-port', playbook: null, weight: 2, on: 'phrase', pattern: BLOCKED_PORT, unless: UDP_BLOCKED, hints: ['block', 'ban', 'blacklist', 'rbl', 'drop', 'deny', 'denies', 'denying', 'reject', 'geo', 'country'], about: 'a firewall blocks a port or an address (not RST)' },
  { id: 'guard.thanks', playbook: null, weight: 2, on: 'phrase', pattern: / (?:thanks|thank|shukriya|dhonnobad|dhanyavad|gracias|obrigado|merci|terima kasih|cam on|resolved|solved|all good|working fine|works now|working now|(?:ok|okay|ayos) na(?: po| ho)?|(?:all|sob) thik (?:ase|ache)) /, hints: ['thank', 'shukriya', 'dhonnobad', 'dhanyavad', 'gracias', 'obrigado', 'merci', 'terima', 'cam on', 'resolved', 'solved', 'all good', 'working fine', 'works now', 'working now', 'ok na', 'okay na', 'ayos na', 'thik', 'theek'], about: 'thanks / resolved (Tagalog "okay na po": fine now, Banglish "sob thik ase": all fine)' },
  { id: 'guard.caller-id', playbook: null, weight: 2, on: 'phrase', pattern: / (?:caller id|callerid|cli|ani|display name|number translation) /, hints: ['caller', 'cli', 'ani', 'display name', 'number translation'], about: 'caller id / number presentation' },
  { id: 'guard.limits', playbook: null, weight: 2, on: 'phrase', pattern: / (?:increase|raise|upgrade|extend|more|higher|change|need) (?:my |our |the )?(?:cps|channels?|concurrent|capacity|limit|limits|lines?) | (?:cps|channel|channels|concurrent|call|calls) limits? /, hints: ['cps', 'channel', 'concurrent', 'capacity', 'limit', 'line'], about: 'account limits (CPS, channels)' },
  { id: 'guard.startup', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:not|fails to|failed to|failing to|fail to|cannot|unable to) start(?:ing|s)? | on startup | at startup | during startup | startup (?:error|errors|fails|failed|failure|problem)/, hints: ['start'], about: 'a service that will not start (a listening port taken, not exhaustion)' },
  { id: 'guard.connection-refused', playbook: null, weight: 2, on: 'text', pattern: /connection refused|econnrefused|connectexception/, hints: ['refused', 'connectexception'], about: 'the far end refuses connections' },
  { id: 'guard.trunk-registration', playbook: null, weight: 3, on: 'phrase', pattern: / (?:registration|registrations|register|registering|registered|unregistered|unregistering) (?:[a-z0-9]+ )?(?:to|with|at|on) (?:the |our |my |their )?(?:upstream |sip )?(?:carrier|carriers|vendor|vendors|provider|providers|upstream|trunk|trunks|sbc|operator)| (?:carrier|vendor|provider|upstream|trunk|sbc|operator|routing gateway)s?(?<!(?:his|her|their|customer|customers|client|clients)(?: [a-z]+){0,2} (?:carrier|vendor|provider|upstream|trunk|sbc|operator|routing gateway)s?) (?:[a-z0-9]+ ){0,4}(?:registration|registrations|unregistered|unregistering|not registered|non registered|stopped registering|not registering)(?!(?: [a-z]+){0,3} (?:is not related|not related|has nothing to do)(?: |$))/, needs: CARRIER_WORD, hints: ['regist'], about: 'our own registration to a carrier (not phones behind NAT, nor a customer\'s trunk registering to us)' },
  { id: 'guard.request', playbook: null, weight: 2, on: 'phrase', pattern: / (?:can you|could you|would you|please|kindly|want to|we want|i want|need to) (?:please )?(?:enable|disable|turn on|turn off|switch on|switch off|set|change|activate|deactivate|apply) /, hints: ['you', 'please', 'kindly', 'want', 'need'], about: 'asks for a change rather than describing a problem' },
  { id: 'guard.clock', playbook: null, weight: 2, on: 'phrase', pattern: / (?:ntp|ntpd|chrony|chronyd|timezone|time zone|(?:server|system|wrong|the) clock|clock (?:is |was )?(?:wrong|drift|drifts|skew|behind|ahead)|(?:server|system) (?:time|date) (?:is |was )?(?:behind|ahead)|time sync|(?:[0-9]+|few|some|several) (?:hours?|minutes?|mins?) (?:behind|ahead))(?: |$)/, hints: ['ntp', 'chrony', 'zone', 'clock', 'behind', 'ahead', 'sync'], about: 'the server clock or time zone' },
  // "turns out …", "ternyata …", "kumbe …", "descobrimos que …": the writer found what caused it, and says so. Beside only
  // a playbook's symptom that is another explanation (the playbook needs a rule that names its cause to stay confident).
  { id: 'guard.cause-found', playbook: null, weight: 1.5, on: 'phrase', pattern: / (?:turns out|turned out|ternyata|rupanya|kumbe|resulta que|resulto que|descobrimos que|descubrimos que|meger|megerse|found out|pata chala|pata chal gaya|pala|asal wajah|asli wajah|real reason|real cause|actual cause|sebenar|sebenarnya) /, hints: ['turns', 'turned', 'ternyata', 'rupanya', 'kumbe', 'resulta', 'resulto', 'descobrimos', 'descubrimos', 'meger', 'found out', 'pata chal', 'pala', 'wajah', 'real', 'actual', 'sebenar'], about: 'the writer found the cause ("turns out …", "ternyata …", "kumbe …"): another explanation beside a symptom' },
  // A cause given ("because …", "due to …", "karon …") and none of the playbooks' own causes in the rest of the message:
  // another explanation beside a symptom, as a guard is.
  { id: 'guard.cause-given', playbook: null, weight: 1, on: 'phrase', pattern: / (?:because|due to|the reason is|karone|karon|wajah se) (?!(?:.* )?(?:port|ports|timewait|ephemeral|exhaustion|exhausted|load|peak|traffic|cps|connection|connections|connect|outbound|outgoing|socket|sockets|range|rst|reset|resets|sstcpclosereset|tcpclosereset|close|firewall|firewalls|iptables|fortigate|pfsense|asa|conntrack|nat|router|routers|mikrotik|tcp|you|your|fix|update|change|changed|setting|settings|keepalive|bind|registration)(?: |$))/, hints: ['because', 'due', 'reason', 'karon', 'wajah'], about: 'a cause given and none of the playbooks\' own causes after it: another explanation beside a symptom' },
  // "calls never affected", "no impact on service": whatever the message reports did not hurt the calls. Not said of
  // one transport beside the other ("udp calls not affected, only tcp"), which is how the NAT playbook's reports read.
  { id: 'guard.no-impact', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:calls?|service|traffic|customers|users|nothing|nobody)(?: [a-z]+)? (?:were |was |are |is |have been |has been |got )?(?:never |not |un)affected(?: |$)| no (?:impact|effect) on (?:the |our |any )?(?:calls|service|traffic|customers|users)(?: |$)/, unless: / (?:tcp|udp|only) /, hints: ['affected', 'impact', 'effect'], about: 'the calls were not affected: no fault to fix' },
  { id: 'guard.routing', playbook: null, weight: 2, on: 'phrase', pattern: / (?:no available routing|no routing|no route|route not found|routing prefix|dial plan|dialplan|prefix) /, hints: ['rout', 'dial plan', 'dialplan', 'prefix'], about: 'routing / prefixes' },

  // ── contradictions: the message says the playbook's premise does not hold ──────────
  // port_exhaustion is about running out of local ports for outbound connections under
  // load; one service that cannot listen on its own port is another problem.
  { id: 'not-pe.listening-address', playbook: 'port_exhaustion', weight: -4, on: 'text', pattern: /(?:\b\d{1,3}(?<!\b(?:connect|connecting|connection|socket|sockets|dial|dialing)(?: [a-z]+){0,2} to \d{1,3})\.\d{1,3}\.\d{1,3}\.\d{1,3}|\*|\[::\]|::|localhost):(?!0\b)\d{2,5}\b|\blisten(?:ing|er|s)?\b/, requires: BIND_CONTEXT, hints: [':', 'listen'], unless: EPHEMERAL, about: 'a service listening on its own address and port' },
  // The listening sockets looked up ("netstat -tlnp", "ss -ltn"; not "-a", all of them): a check of one service's port.
  // The own address a service listens on ("[::]:80", "127.0.0.1:5060", "0.0.0.0:8080", "listen tcp :9116", Apache's
  // make_sock): one service's port whatever load the message names, unless it speaks of connecting out.
  { id: 'not-pe.listening-own-address', playbook: 'port_exhaustion', weight: -4, on: 'text', pattern: /(?:\[::\]|\b0\.0\.0\.0|\b127\.0\.0\.1|\blocalhost):(?!0\b)\d{2,5}\b|\blisten (?:tcp|udp)[46]?\b|\bmakesock\b/, requires: BIND_CONTEXT, hints: ['[::]:', '0.0.0.0:', '127.0.0.1:', 'localhost:', 'listen tcp', 'listen udp', 'makesock'], unless: / (?:connect|connecting|connection to|connections to|outbound) /, about: 'the address a service listens on, or Apache\'s make_sock: one service\'s own port, not exhaustion' },
  { id: 'not-pe.listening-lookup', playbook: 'port_exhaustion', weight: -4, on: 'phrase', pattern: / (?:netstat|ss) (?![a-z]*a)[a-z]*l[a-z]* /, requires: BIND_CONTEXT, hints: ['netstat', 'ss'], unless: EPHEMERAL, about: 'the listening sockets looked up ("netstat -tlnp"): one service\'s own port' },
  { id: 'not-pe.named-port', playbook: 'port_exhaustion', weight: -4, on: 'text', pattern: NAMED_PORT, requires: BIND_CONTEXT, hints: ['port', 'puerto', 'in use', 'used', 'bind', 'allocated', 'taken', 'listen', 'occupied', 'busy', 'conflict', 'eaddrinuse', 'on ', ':', 'udp', 'already', 'start', 'chalu', 'run'], unless: EPHEMERAL, about: 'one named local port (not the ephemeral range)' },
  // The service is named right before its bind error ("redis … could not create server TCP listening socket *:6379: bind:
  // Address already in use"): one listening service that will not start, even where calls, CPS or the graphs of the
  // switch are named beside it; so is another SIP server named after the error, installed beside the switch on its port
  // ("mbx3000d: bind 5060 fail, address already in use … we installed a 3CX trial on the same machine"). Only local
  // ports running out or a TIME_WAIT count take it back.
  { id: 'not-pe.service-bind-error', playbook: 'port_exhaustion', weight: -4, on: 'phrase', pattern: / (?:redis|redisserver|tomcat|catalina|mysql|mysqld|mariadb|postgres|postgresql|pgbouncer|nginx|apache|apache2|httpd|openvpn|grafana|zabbix|jenkins|webmin|snmpd|recorder|web manage|web manager|dev server)(?: [a-z0-9]+){0,20} (?:bind|bindexception|jvmbind|eaddrinuse|address already in use|errno 98|error 98) | (?:bind|bindexception|eaddrinuse|address already in use|errno 98|error 98)(?: [a-z0-9]+){0,12} (?:3cx|asterisk|freeswitch|freepbx|issabel|kamailio|opensips) /, hints: ['redis', 'tomcat', 'catalina', 'mysql', 'mariadb', 'postgres', 'pgbouncer', 'nginx', 'apache', 'httpd', 'openvpn', 'grafana', 'zabbix', 'jenkins', 'webmin', 'snmpd', 'recorder', 'web manage', 'dev server', '3cx', 'asterisk', 'freeswitch', 'freepbx', 'issabel', 'kamailio', 'opensips'], unless: EXHAUSTION_TOLD, about: 'a listening service named before its own bind error, or another SIP server named after it (on the same port)' },
  { id: 'not-pe.listening-service', playbook: 'port_exhaustion', weight: -4, on: 'phrase', pattern: new RegExp(` (?:apache|apache2|httpd|nginx|lighttpd|caddy|haproxy|squid|tomcat|catalina|jetty|iis|mysql|mysqld|mariadb|postgres|postgresql|postmaster|mongo|mongod|mongodb|redis|memcached|elasticsearch|kibana|rabbitmq|jenkins|grafana|prometheus|zabbix|nagios|webmin|miniserv|docker|container|containers|podman|kubernetes|kubectl|k8s|pod|compose|nodejs|npm|yarn|react|vite|webpack|flask|django|rails|spring|php|xampp|wamp|sshd|vsftpd|tftpd|tftp|xinetd|inetd|radius|freeradius|radiusd|proftpd|dnsmasq|snmpd|ntpd|rsyslogd|syslogd|openvpn|kamailio|opensips|freeswitch|asterisk|web server|webserver|web panel|web portal|web interface|interface web|web manage|web management|only (?:that|this|the) (?:one )?port|portal|dashboard|database|laptop|macbook|dev box|dev machine|dev vm|test vm|dev server|development server|local server|localhost) | (?:my|our)(?: [a-z]+)? (?:pc|computer|mac|desktop|workstation|dev box|dev machine|test box|test machine|test server) | (?:another|second|2nd|other) one| (?:another|second|2nd|other|old|older|previous|stale|two|both|duplicate|multiple)(?: [a-z0-9]+){0,2} (?:copy|copies|instance|instances|process|processes|program|app|application|service|running)| (?:on|in|at) (?:the |a |my |our )?(?:test|testing|lab|staging|dev) (?:box|machine|server|vm|pc|laptop|environment) | (?:already|still) running | already allocated | (?:old|stale|zombie|leftover) (?:java|process|pid|instance|tomcat)(?: [a-z0-9]+){0,4} (?:sitting on|holding|still on|on port|listening on) | one port | (?:in use|used|taken) by | (?:has|owns|holds|holding|took|grabbed|occupies|occupying) (?:the |that |this )?(?:one |same |single )?port| another (?:[a-z0-9]+ )?(?:process|program|application|app|instance) (?:has |had |is )?(?:taken|took|grabbed|holding|holds|occupying|occupies)(?: |$)| (?:occupies|occupying|holds|holding) (?:the |that |port )*[0-9]{2,5}(?: |$)| (?:when|while|if|on) (?:i |we )?(?:start|starts|starting|launch|launching|run|running|boot|booting) | twice `), requires: BIND_CONTEXT, hints: ['bind', 'use', 'already', 'allocated', 'listen', 'taken', 'busy', 'occupied', 'holding', 'assign', 'errno', '98', '99', 'endpoint', 'eaddrinuse'], unless: EPHEMERAL, about: 'a listening service, a developer machine or a second instance' },
  // "the address-in-use came from a test script, not from the softswitch" (Tagalog "hindi sa softswitch"): the error is
  // someone else's, not the switch running out of ports; "not the server" too, where the other machine is named ("his PC", "a
  // port scanner").
  ...contradictions(EVERY_PLAYBOOK, 'not-the-switch', { weight: -3, stands: true, on: 'phrase', pattern: / (?:not (?:from |on |in |at |sa |by |en |na |no |del |do |sur |de |van de |van |von der |von )?|no (?:en|on|in|from|del|de|na|do) |pas (?:sur|de|du|dans) )(?:the |our |el |o |le )?(?:softswitch|vos3000|server)(?: (?:itself|side))?(?: |$)(?!(?:but|it is|its) )| (?:softswitch|vos3000) (?:ko|ka|ki|ke|er|da|di) not(?: |$)| (?:softswitch|vos3000) (?:issue|problem) not(?: |$)| (?:softswitch|vos3000) not (?:but )?(?:the |a |our )?(?:monitoring|script|app|agent|tool|panel)(?: |$)| (?:the )?(?:softswitch|vos3000) (?:itself )?(?:is |ta |esta )?(?:fine|ok|okay|bien|normal|healthy|unaffected)(?: |$)/, requires: / (?:script|test|app|application|program|tool|developer|dev|process|service|software|machine|api|sipp|generator|vm|mail|another|other|different|lain|windows|computer|pc|web|portal|panel|node|nodejs|agent|monitoring|scanner)s? /, hints: ['softswitch', 'vos3000', 'server'], about: 'the error or the dropped RST came from something else (a script, a test box, another server), not from the softswitch' }),
  // "the address-in-use came from our own script, started twice by cron": one program's port, not exhaustion.
  { id: 'not-pe.own-script', playbook: 'port_exhaustion', weight: -3, on: 'phrase', pattern: / own (?:[a-z]+ ){0,2}(?:script|scripts|cron|program|tool|app|process)(?: |$)| our (?:[a-z]+ ){0,2}(?:script|scripts)(?: |$)| (?:script|scripts|cron|job|process|program)(?: [a-z]+){0,3} (?:twice|two times|2 times|two bar)(?: |$)| (?:i ran|we ran|started|launched) (?:[a-z0-9]+ ){0,2}(?:twice|two times|2 times)(?: |$)/, requires: BIND_CONTEXT, hints: ['own', 'our', 'twice', 'two', '2 times'], about: 'the error came from the writer\'s own script or a program started twice' },
  { id: 'not-pe.script-loop', playbook: 'port_exhaustion', weight: -3, on: 'phrase', pattern: / (?:script|scripts|program|tool|app|monitor|monitoring|checker|probe)(?: [a-z]+){0,3} (?:opening|opens|opened|creating|creates|created|making|makes|made|spawning)(?: [a-z]+){0,2} (?:connections|sockets)(?: [a-z]+){0,2} (?:in a loop|in loop|loop|nonstop|without closing|never closing)(?: |$)/, requires: / (?:timewait|bind|in use|ports?) /, hints: ['loop', 'nonstop', 'closing'], about: 'the sockets came from a script or a monitor opening connections in a loop' },
  { id: 'not-pe.typo', playbook: 'port_exhaustion', weight: -3, on: 'phrase', pattern: / (?:typo|i meant|mistyped|wrong figure|wrong number)(?: |$)/, requires: / timewait /, hints: ['typo', 'meant', 'mistyped', 'wrong'], about: 'the TIME_WAIT figure given is taken back as a typo ("40000 TIME_WAIT?? no sorry typo, 400")' },
  { id: 'not-pe.few-timewait-words', playbook: 'port_exhaustion', weight: -3, stands: true, on: 'phrase', pattern: / (?<!(?:per|each|every) (?:second|minute)(?: a)? )(?:(?:(?:a |just |only )?(?:few|couple of|some) (?:hundred|dozen)|hundreds of|dozens of|(?:only|just) a few)(?= (?:[a-z0-9]+ ){0,2}timewait )|timewait (?:(?!(?:estab|established|closewait|finwait|synsent|synrecv|connections|calls|channels)(?: |$))[a-z]+ ){0,6}(?:(?:a |just |only )?(?:few|couple of|some) (?:hundred|dozen)|(?:only|just) a few)|(?:not|no) (?:that |so |too )?(?:many|much|a lot of|lots of) timewait|(?:no|not) timewait (?:many|much|a lot)|timewait (?:count |is |are |was |were |also |ham )?(?:very |quite |so |really )?(?:low|tiny)(?! (?:traffic|time|hours?|load|cps|season|period)(?: |$))) /, requires: / timewait /, hints: ['hundred', 'dozen', 'few', 'many', 'much', 'lot', 'low', 'tiny'], about: 'a few hundred sockets in TIME_WAIT, or not many, or very low, in words' },
  {
    // A total read from the message: all the sockets there are, far fewer than the ~28,000 ports of the default range.
    id: 'not-pe.few-sockets-total',
    playbook: 'port_exhaustion',
    weight: -3,
    stands: true,
    on: 'text',
    pattern: /\b(?:[1-9]\d{0,2}|[1-4]\d{3}|[1-4](?:[.,]\d+)? ?k)\s+(?:tcp\s+)?(?:sockets|connections|conns)\s+(?:in\s+)?total\b|\btotal\s+(?:of\s+)?(?:[1-9]\d{0,2}|[1-4]\d{3}|[1-4](?:[.,]\d+)? ?k)\s+(?:tcp\s+)?(?:sockets|connections)\b/,
    hints: ['total'],
    about: 'a total of sockets too small to use up the port range ("1.1k sockets total")',
  },
  {
    // "we use maybe 300 at peak": the ports in use, read from the message, are a few hundred.
    id: 'not-pe.few-in-use',
    playbook: 'port_exhaustion',
    weight: -3,
    stands: true,
    on: 'phrase',
    pattern: / (?:use|uses|using|used) (?:maybe |about |around |only |just |like |roughly |approx |approximately )*(?:[1-9][0-9]{0,2}|[1-4] [0-9]{3})(?: ports?| sockets?)? (?:at peak|at most|max|maximum|peak|in peak)(?: |$)| (?:only|just|about|around) (?:[1-9][0-9]{0,2}|[1-4] [0-9]{3}) (?:local )?(?:ports?|sockets?) (?:in use|used) (?:at peak|at most|max|maximum|peak|in peak)(?: |$)/,
    requires: / (?:port|ports|ephemeral|range|sockets) /,
    hints: ['use', 'using'],
    about: 'a few hundred ports in use at peak, read from the message',
  },
  { id: 'not-pe.denied', playbook: 'port_exhaustion', weight: -3, on: 'phrase', pattern: new RegExp(` not (?:the )?(?:ports?|timewait)(?<=(?:cps|carrier|capacity|limit|limiting|licence|license|routing|sbc)(?: [a-z]+){0,2} not (?:the )?(?:ports?|timewait))(?: |$)|${denied('ports?|timewait|bind|binding|already in use', 'ports exhaustion|ports exhausted|exhaustion|ephemeral ports?|port range|bindexception|bind exception').source}| (?<!(?:hoy|hoi|ho|hai|hain|hocche|hoyni|kore|kora|korte|kiya|kiye|kar|jay|jai|hua|hui|tha|thi) )(?:not|no|never|zero) (?:have |had |get |got |see |seen |saw )?(?:any |a |an )?(?:errors?|exceptions?|messages?) (?:of |about |like |with |de |do )?(?:cannot bind|cannot assign|bind|bindexception|bind exception|address already in use|already in use|eaddrinuse)(?: |$)| (?:not|no|never) (?:have |had )?(?:seen|see|saw|got|had) (?:any |a |an |the )?(?:cannot bind|cannot assign|bindexception|bind exception|address already in use|eaddrinuse)(?: |$)| (?:not|no|never) (?:running |run |ran |yet )?out of (?:free |local |ephemeral |source )?(?:ports?|sockets?)(?: |$)| not (?:the |a )?(?:ports?|sockets?) (?:running|run|ran|being) out(?: |$)| not (?:because of|due to) (?:the )?(?:ports|port|timewait)(?: |$)| never (?:since |se )?(?:exhausted|ran out|run out)(?: |$)| (?:ports?|port range|range)(?: [a-z]+)? (?:is |are |was |were )?(?:not|never) (?:exhausted|full|used up|running out|run out)(?: |$)| (?:not|no) (?:is |was |were |era |es |e |fue |foi )?(?:a )?(?:falta de|lack of|shortage of) (?:free )?(?:ports?|sockets?)(?: |$)`), needs: NEGATION_WORD, hints: ['port', 'timewait', 'bind', 'exhaust', 'ephemeral', 'already', 'socket', 'range', 'eaddrinuse', 'assign'], about: 'the message says it is not port exhaustion (nor its error), nor ports running out' },
  // nat_unregistered is about phones behind NAT that lose their registration once RST is on.
  { id: 'not-nat.denied', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: denied('registration|router|routers', 'nat|natted|nat traversal|unregistered|offline'), needs: NEGATION_WORD, hints: ['nat', 'regist', 'router', 'offline'], unless: / (?:without|no|sans|not behind) nat (?:(?!(?:not|no|never) )[a-z]+ ){0,2}(?:work|works|working|fine|ok|okay|registered|normal)(?: |$)| (?:work|works|working|fine|ok|okay|registered|normal)(?: [a-z]+){1,5} nat not $/, about: 'the message says it is not NAT, or that the phones are not unregistered; not the phones without NAT said to work beside those behind it, nor the NATed ones said not to at the end ("UDP ones are fine, TCP behind NAT not")' },
  // "our NAT phones are really fine", "the phones behind NAT are all registered": the phones the playbook is about are well.
  { id: 'not-nat.nat-phones-fine', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: new RegExp(String.raw` (?:nat(?:ed|ted)? ${PHONES}|${PHONES} (?:behind|in) (?:the )?nat)(?: (?:our|all|here|too|also|of ours))* (?:are|is) (?:all |really |still |totally |perfectly |completely )*(?:fine|ok|okay|good|registered|working|normal)(?: |$)(?!(?:[a-z]+ ){0,2}(?:until|till|except|but|only|before)(?: |$))`), unless: / unregistered (?<! (?:nobody|no one|none|zero) unregistered )| (?:not|no longer|cannot|fail to|failing to) (?:stay )?regist/, hints: ['nat'], about: 'the phones behind NAT are said to be fine or registered ("nobody unregistered" says so too)' },
  // 401, 403 and 407 as status codes, not as the last figure of a time or an address ("14:02:11.403").
  { id: 'not-nat.credentials', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: / (?:password|passwords|passwd|pwd|credential|credentials|username|users? name|secret|secrets|authentication|unauthorized|unauthorised|forbidden|(?<![0-9] )(?:401|403|407))(?: |$)(?!(?<= (?:not|no|never) (?:password|passwords|credentials) )(?:not|no|nor|issue|problem)(?: |$)|(?<= (?:not|never) (?:password|passwords|credentials) )(?:change|changed|changes)(?: |$))| wrong (?:[a-z]+ ){0,2}(?:user|users|username|pass|password|secret|id|auth|credentials|details|login)| account (?:number )?wrong(?: |$)| renamed (?:the |their |our )?(?:[a-z]+ )?(?:account|accounts|username|user)(?: |$)| (?:account|accounts|extension|extensions|username)(?: number)? (?:from [0-9]+ )?(?:changed|renumbered|moved) to [0-9]+(?: |$)| (?:with|using) the old (?:name|username|account name)(?: |$)| auth (?:fail|failed|failure|error|id|name)| (?:not|never) (?:yet )?(?:created|configured|provisioned|added|made) (?:the |their |his |her |its |any )?(?:sip )?(?:accounts?|extensions?)(?: |$)/, hints: ['pass', 'pwd', 'credential', 'username', 'name', 'secret', 'auth', 'forbidden', '401', '403', '407', 'wrong', 'renamed', 'old', 'created', 'configured', 'provisioned', 'added', 'made', 'account', 'extension'], unless: new RegExp(`${cleared('password|passwords|passwd|credentials|username|account|accounts|401|403').source}| (?:password|passwords|credentials)(?: [a-z]+){0,3} (?:anything |nothing )?not changed(?: |$)| (?:password|passwords|credentials)(?: [a-z]+){0,3} nothing changed(?: |$)| (?:did not|never) (?:change|changed|touch|touched)(?: [a-z]+){0,2} (?:password|passwords|credentials)(?: |$)|${SAID_UNRELATED.source}|${AUTH_RATE_NORMAL.source}|${PASSWORD_RULED_OUT.source}`), about: 'the registration fails on credentials' },
  // A changed address, or none at all: phones that no longer get an address from DHCP, a DHCP pool that is full.
  { id: 'not-nat.address-changed', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: / (?:not|no longer|cannot|do not|does not|did not) (?:receive|receives|get|gets|getting|obtain|obtains) (?:an? |any |their |its )?(?:ip )?address(?:es)? (?:from )?(?:the )?dhcp(?: |$)| dhcp (?:lease|pool|scope) (?:is )?(?:full|exhausted|expired|empty)(?: |$)| (?:office|company|branch) (?:has |was |have )?(?:moved|relocated)(?: |$)(?!(?:[a-z0-9]+ ){0,6}same (?:network|ip|address|subnet|lan)(?: |$))| (?:network|subnet|lan) (?:is |was )?now (?:[0-9]+ ){2}| (?:changed|change|changing|renumbered|moved) (?:the |our |their |office |lan )*(?:network|subnet|ip range|lan)(?: from| to)(?: |$)|(?<! (?:rst|reset|sstcpclosereset|tcpclosereset|mode)) (?:new|changed|change|changing) (?:(?:public|static|server|our|the|its|their|wan|sip|softswitch|name|o|a|el|la|de|do|da) ){0,2}(?:ip|ips|address|addresses|domain|hostname|dns)(?: |$)| (?:ip|address|dns|domain|hostname)(?: (?:public|static|wan|server|ya|ka|ki|er|do|da|de|du|of|their|our|its|ni|name|ip))*(?: from(?: [a-z0-9]+){1,4})? (?:(?:was|were|got|has been|had been|is|been|a) )?(?:change|changed|changes|changing|moved)| (?:ip|server|address|host) old(?: |$)| old (?:office|site|public|static) (?:ip|address)(?: |$)| moved offices(?: |$)| (?:changed|change|changing|switched|new) (?:the |our |their |office )?(?:isp|internet provider)(?: |$)| isp (?:changed|was changed|has changed)(?: |$)| (?:ip|address|dns|domain|hostname)(?: [a-z]+){0,2} (?:change|changed|badal|badla|badli|bodle|bodlay) (?:kar|kiya|kia|kardia|kardiya|kar diya|kar dia|ho|hua|hoye|hoise|gaya|gayi|geche|diya|dia|garyo|gareko|bhayo)(?: |$)| (?:ip|address)(?: [a-z0-9]+){0,8} (?:change|changed) (?:garyo|gareko|bhayo|kiya|kar diya|kora hoyeche|kala)(?: |$)| dns | (?:resolve|resolves|resolving|resolved)(?<!(?:como|how to|how do we|how can we|pra|para|parameter|setting|revert|reverting|rollback) resolve)(?<!(?:problem|problems|issue|issues|ticket|it|was|is|been|got|all) resolved)(?: |$)| hostname | moved (?:the |our )?(?:server|vos3000|softswitch|box)(?! (?:on|to) (?:[a-z]+ ){0,3}(?:rst|reset))| new (?:data centre|data center|datacenter|datacentre|server|host)| old (?:ip|server|address|host)| changed (?:their |the |our )?(?:sip )?(?:server )?(?:domain|hostname)(?: |$)| (?:point|points|pointing) to the old(?: one)?(?: |$)| dhcp (?:[a-z]+ ){0,2}(?:new|changed|gave|gives|assigned|assigning)(?: |$)| (?:new|changed|another) dhcp(?: |$)| (?:changed|change) (?:[a-z]+ ){0,2}dhcp(?: |$)| (?:changed|change|changing) (?:the |le |our |el |o )?(?:sip port|port sip|registrar port)(?: |$)| (?:changed|change|changing) (?:the |di |our |a )?vlan(?: |$)| (?:moved|changed|switched) (?:the )?sip (?:port )?(?:to|on) (?:port )?[0-9]{2,5}(?: |$)| (?:ip|address)(?: [a-z]+){0,2} (?:typed|entered|written|put|set|configured) (?:in )?wrong| (?:ip|address)(?: [a-z]+){0,3} (?:is |was )?wrong| wrong (?:server |public |sip |proxy )?(?:ip|address)(?: |$)| (?:sip )?port (?:from |number )?[0-9]{2,5} (?:to|since|se|a) [0-9]{2,5}(?: |$)| (?:changed|moved|switched) (?:the |our )?(?:sip |listening )?port(?: |$)| port [0-9]{2,5} but (?:our |the )?(?:vos3000|server|softswitch|switch) (?:listen|listens|listening|is on|uses|use) (?:on )?(?:port )?[0-9]{2,5}(?: |$)/, hints: ['ip', 'address', 'domain', 'hostname', 'dns', 'resolv', 'moved', 'data', 'server', 'host', 'port', 'network', 'subnet', 'lan', 'renumbered', 'dhcp', 'isp', 'internet provider'], unless: cleared('ip|ips|address|dns|domain|hostname'), about: 'the server address, port or DNS name changed, or was typed wrong, or the internet provider was changed' },
  { id: 'not-nat.account-expired', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: new RegExp(` (?:has no|no|without|missing) (?:tls |ssl |valid )?(?:certificate|cert)s?(?: |$)| (?:two|2|dois|dos|three|3|multiple) (?:devices|phones|aparelhos|telefonos|equipos) (?:with|com|con) (?:the |a )?(?:same|mesma|misma) (?:account|conta|cuenta)(?: |$)| (?:limit of [0-9]+ registrations?|registrations? (?:limit|per account|via account|por account)|(?:max|maximum) (?:number of )?registrations?|limit (?:of |on |for )?(?:the )?(?:number of )?(?:devices|phones|registrations)(?: on| per| in)? (?:the )?(?:same )?account)(?: |$)| validity(?: date| period)?(?: [a-z0-9]+){0,8} (?:passed|expired|ended|is over|over)(?: |$)| (?:account|accounts|licence|license|subscription|contract|contracts|user|users|reseller|customer|extension|extensions|certificate|certificates|cert|certs|domain)(?: [a-z0-9]+){0,5} ${EXPIRED}(?<!registrations? (?:for|of) (?:[a-z]+ ){0,5}(?:expired|expire|expires|expiring))(?<!(?:unregistered|registration|binding) (?:expired|expire|expires|expiring))(?: |$)| (?:delete|deleted|deletes|removed|remove) (?:[0-9]+ )?(?:the |their |our |those |these )?(?:extensions?|accounts?|users?)(?: |$)| ${EXPIRED}(?<!(?:connection|connections|socket|sockets|session|sessions)(?: [a-z0-9]+){0,8} closed) (?:(?:in|on) (?:the )?(?:billing|panel|system) )?(?:the |their |our |all |his |her |customers? |clients? )?(?:account|accounts|licence|license|subscription|balance|credit)(?: |$)| (?:non|not) payment| (?:unpaid|overdue) (?:invoices?|bills?|dues|balance)| (?:balance|credit|validity|subscription|plan) (?:[a-z]+ ){0,2}(?:finished|khatam|over|zero|empty|exhausted|ended|ran out|expired)| (?:not|never|failed to|forgot to) (?:renew|renewed|pay|paid)(?<!(?:registration|registrations|register|reg)(?: [a-z]+){0,3} not renew)| (?:no|without|zero) (?:balance|credit)(?: |$)| (?:payment|payments|bill|bills|dues|renewal) (?:[a-z]+ )?(?:not|never)(?: |$)| (?:renewal|payment) (?:failed|missed|pending|overdue)| (?:account|licence|license) (?:[a-z]+ )?expire(?<!registrations? (?:for|of) (?:[a-z]+ ){0,4}expire)| set to expire| (?:expired|expiry) date(?: [a-z]+){0,4} (?:account|accounts|licence|license|subscription)(?: |$)| (?:extend|renew|increase) (?:the |its |their )?validity`), hints: ['expir', 'validity', 'suspend', 'disabl', 'delet', 'remov', 'terminat', 'block', 'closed', 'finish', 'locked', 'activ', 'limit', 'cert', 'registrations per', 'registration per', 'via account', 'por account', 'same', 'mesma', 'misma', 'max', 'payment', 'balance', 'credit', 'validity', 'subscription', 'plan', 'renew', 'pay', 'paid', 'bill', 'dues', 'unpaid', 'overdue'], about: 'an account, licence, certificate or domain ran out' },
  { id: 'not-nat.no-power', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: / power (?:cut|cuts|outage|failure|down|off|gone|lost|supply|surge|spike|fluctuation|fluctuations|trip|tripped|went|is out|was out|was cut)| power [a-z]+ (?:went|gone)(?: |$)| power (?:chali |chala )?(?:gayi|gaya|gai|gaye)(?: |$)| not powered on(?: |$)| power (?:building |office |from |since |last |night |yesterday |morning |today )+(?:cut|gone|off|out)(?: |$)| (?:no|lost|without|lose|cut|cut the|cut off|cut off the|lost the|no get|not get|not have|has no|have no) power| (?:knock|knocks|knocked|took|take|takes) out (?:the |di |da |our |all )?power| (?:light|lights) wey (?:go|don go|comot)(?: |$)| (?:was|went) (?:la |the )?light(?: |$)| (?:ups|inverter|generator|adapter|adaptor|power supply|psu)(?: [a-z]+){0,2} (?:failed|fails|died|dead|broke|broken|burned out|burnt out|down|off|finished|drained|empty|over|exhausted|flat)| (?:burned out|burnt out|blew) (?:the |a )?(?:power supply|psu|adapter|adaptor)| power (?:to|for|in|at) (?:the |our |a )?(?:[a-z]+ ){0,2}(?:was |is |went |got )?(?:off|out|down|cut)(?: |$)| (?:light|lights|current) (?:chali|chale|chole|gone|went|cut|off|not|gayi|geche|nai|nei)(?: |$)| (?:no|without|dead) (?:light|lights)(?: |$)| (?:disabled|cut|cut off) (?:the )?(?:light|lights)(?: |$)| (?:cut|cuts|outage|disappeared) (?:de |of |in )?(?:light|lights|power)(?: |$)| battery| batteries| (?:switched|turned|powered) off| poe | electricity| load shedding| bidyut| bijli| kareng| current (?:[a-z]+ )?(?:not|off|gone)| blackout| (?:take|took|taken|carry|carried) (?:the )?light| (?:no|without) (?:fuel|diesel)| (?:sleep|standby|hibernate|hibernation) mode| (?:goes|go|went|going|gone) (?:to |into )?(?:sleep|standby|hibernate|hibernation)(?: |$)/, hints: ['sleep', 'standby', 'hibernat', 'power', 'psu', 'ups', 'inverter', 'generator', 'adapter', 'adaptor', 'batter', 'switched', 'turned', 'powered', 'poe', 'electric', 'shedding', 'bidyut', 'bijli', 'kareng', 'current', 'light', 'blackout', 'fuel', 'diesel'], unless: new RegExp(`${cleared('power|battery|batteries|electricity').source}| (?:think|thinks|thought|guess|guessed|believe|believes|suspect|suspects) (?:it is |its |it was |it s )?(?:the )?(?:load shedding|power cut|power)(?: [a-z]+){0,3} but `), about: 'the phone has no power, or its computer sleeps' },
  // A softphone app the phone's system puts to sleep or closes in the background ("unregistered whenever the app is in the
  // background, iOS kills it"): the app stops refreshing its registration, whatever the transport.
  { id: 'not-nat.app-background', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: / (?:app|apps|application|softphone|softphones) (?:is |are |goes |go |went |gets |get |runs |run |sent |put |closes |closed )?(?:in|into|to) (?:the )?background(?: |$)| (?:ios|android|the os|the system|battery saver|battery optimisation|battery optimization) (?:kills|killed|kill|killing|closes|closed|close|suspends|suspended|stops|stopped) (?:the )?(?:app|apps|application|softphone|softphones)(?: |$)| (?:offline|unregistered|drops|drop) (?:when|while|once) (?:the )?(?:screen|display) (?:is |goes |gets )?(?:locked|lock|off|asleep|dark)(?: |$)/, hints: ['background', 'ios', 'android', 'os', 'system', 'battery', 'screen', 'display'], about: 'the phone\'s system puts the softphone app to sleep or closes it in the background, or when its screen is locked' },
  { id: 'not-nat.network-down', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: / (?:cut|cuts|withdrew|pulled) (?:the |their |our |its )?(?:international |upstream |main )?(?:route|routes|circuit|transit)(?: |$)| (?:internet|network|net|wifi|wi fi|wan|lan|link(?<!tp link)|line|fibre|fiber|isp|broadband|adsl|dsl|vdsl|uplink|vpn|tunnel|ipsec)(?: [a-z]+){0,3} (?:is |was |are |has |got |went |connection )?(?:down|broken|dead|cut|out|off(?! (?:register|registration|registered)(?: |$))|gone|fallen|tombe|tombee|not working|does not work|do not work|died|failed(?<!(?:register|registration|registering) failed))(?: |$)| (?:wifi|wi fi|internet|signal|connection)(?: is| was| are)?(?: very| too| really| so)? (?:weak|poor|patchy|spotty)(?: |$)| (?:loses|lost|losing|lose) (?:the |its |their )?(?:wifi|wi fi|network|internet)(?: |$)| finished (?:mobile |cellular |internet )?data(?: |$)| (?:data|internet|net) (?:package|bundle|pack)(?: [a-z]+){0,2} (?:finished|expired|ended|over)(?: |$)| (?:weak|poor|patchy|spotty)(?: wifi| wi fi| internet)? (?:wifi|wi fi|signal|internet|connection)(?: |$)| (?:no|without|lost) (?:internet|net|network|wifi|connectivity|link)(?: |$)| (?:no|not|do not|does not) (?:tiene|tienen|tem|tenemos|has|have) (?:internet|net|network|wifi|connection|conexion)(?: |$)| (?:did not|didnt|forgot to|not) (?:connect|plug|plugged|connected|plug in|put) (?:the |his |her |their )?(?:lan |network |ethernet )?cable(?: |$)| (?:internet|network|connectivity) (?:no|none)(?: at all)?(?: |$)| (?:went down|fell|dropped) (?:the |their |our )?(?:internet|network|link|uplink|fibre|fiber|wifi|wi fi)(?: |$)| dhcp(?: [a-z]+){0,3} (?:died|dead|down|failed|broken|crashed|stopped|not working)(?: |$)| (?:have|has|had|got|get|getting|with) no (?:public )?ip(?: address| addresses)?(?: |$)| (?:not|cannot) (?:get|getting|take|taking) (?:an? )?(?:dhcp|ip)(?: |$)| 169 254(?: |$)| (?:not|no|cannot) (?:go|get|reach|salen|sale) (?:out )?(?:a |to )?(?:the )?internet(?: |$)| (?:lost|lose|loses|no|without) (?:their |its |the )?(?:dhcp|dhcp lease|ip address|ip)(?: |$)(?!(?:phone|phones|telephone|telephones|camera|cameras)(?: |$))| (?:ran|run|runs|running) out of (?:mobile |cellular |internet )?data| (?:provider|providers|isp|isps|operator) (?:blocks|block|blocked|drops|drop|dropped|cuts|cut|filters|filtered) (?:the )?voip(?: |$)| (?:provider|providers|isp|isps|operator) (?:the )?(?:voip|sip)(?: port| ports)? (?:is |are |got )?(?:blocked|blocks|filtered)(?: |$)| (?:from|between) (?:wifi|wi fi|4g|lte|3g|5g|mobile data) (?:to|and) (?:wifi|wi fi|4g|lte|3g|5g|mobile data)(?: |$)| (?:no|without) (?:mobile |cellular )?data(?: |$)| (?:switch|switches|switched|switching|turn|turns|turned|turning) off (?:the |his |her |their |its )?(?:wifi|mobile data|data|internet)(?: |$)| data (?:pack|plan|balance|bundle) (?:finished|over|expired|ended)| (?:internet|net|wifi|network) (?:not|off)(?: |$)| (?:isp|internet|network) (?:outage|problem)| (?:down|outage|dead|cut)(?: in| across| for| all over)? (?:the )?(?:whole|entire|all of) [a-z]+(?: |$)| outage(?<!(?:without|no|zero|any|never an?) outage) | (?:cable|wire|cord)(?: [a-z]+){1,3} (?:is |was |got )?(?:broken|damaged|faulty|unplugged|disconnected|torn|loose)(?: |$)| (?:cable|wire|cord)(?: network)? (?:is |was |a ete |got |came |come |went )?(?:unplugged|disconnected|cut|broken|damaged|faulty|bad|removed|loose|not plugged(?: in| well| good| properly| correctly)?|(?:is |was )?(?:in|on) the (?:wrong|pc) port|torn out|not reconnected|not connected)(?: |$)| (?:voice )?vlan(?: [0-9]+)? (?:got |was |is )?(?:dropped|removed|missing|deleted)(?: |$)| unplugged | unplug (?:it|them|the phone|the phones|the router)(?: |$)| packet loss| (?:internet|network|net|wifi|line|link) (?:is |very |so )*(?:slow|unstable|flaky|intermittent|choppy)(?: |$)| (?:cut|broke|unplugged) (?:the )?(?:internet|fiber|fibre|cable|wire|line|wan|lan|uplink|network)(?: |$)| network (?:switch|softswitch)(?: [a-z]+){0,4} (?:burnt|burned|died|dead|fried|failed|down)(?: |$)| (?:router|modem) (?:was |is |got )?(?:off|dead|unplugged|switched off|powered off)(?: |$)| (?:router|modem)(?: [a-z]+){0,4} (?:burnt|burned|fried)(?: out)?(?: |$)| (?:router|modem)(?: [a-z]+){0,2} (?:keeps restarting|keeps rebooting|restarts itself|reboots itself|damage|damaged|faulty|broken)(?: |$)| (?:unplugged|disabled|switched off|turned off|powered off) (?:the |o |a |el |their |our )?(?:router|modem|ont|onu)(?: |$)/, needs: NETWORK_DOWN_WORD, hints: ['internet', 'network', 'net', 'wifi', 'wi fi', 'wan', 'lan', 'link', 'line', 'fibre', 'fiber', 'isp', 'broadband', 'dsl', 'vpn', 'tunnel', 'ipsec', 'dhcp', 'ip', 'outage', 'whole', 'entire', 'all of', 'cable', 'wire', 'cord', 'unplug', 'data', 'loss', 'slow', 'unstable', 'flaky', 'intermittent', 'choppy', 'signal', 'connection', 'router', 'modem', 'ont', 'onu', 'route', 'circuit', 'transit'], unless: cleared('internet|network|net|wifi|isp|link|line|connectivity'), about: 'the phone has no network, or its router is off' },
  // A capture shows the RST passing, or the firewall's log shows none dropped: the firewall is not the cause.
  { id: 'not-fw.capture-passes', playbook: 'firewall_rst', weight: -3, on: 'phrase', pattern: / (?:capture|captured|tcpdump|wireshark|pcap)(?: [a-z]+){0,4} (?:pass|passes|passing|passed|goes through|go through|arrive|arrives|arriving)(?<!(?:nothing|no|not|never|none) (?:pass|passes|passing|passed|goes through|go through|arrive|arrives|arriving))(?: |$)(?!(?:[a-z]+ ){0,3}(?:dropped|blocked|rejected|discarded|drop|drops)(?: |$))| (?:log|logs)(?: [a-z]+){0,2} (?:nothing|no) (?:deny|denied|drop|drops|dropped)(?: |$)| (?:log|logs) (?:deny|denies|denied|drop|drops|dropped) (?:none|zero)(?: |$)| (?:rst|reset)(?: [a-z]+){0,2} (?:drop|drops|dropped) (?:no|none)(?: |$)(?!(?:session|sessions|matching|match|matched|connection|connections|state|flow|tcp|conn|such)(?: |$))/, hints: ['capture', 'tcpdump', 'wireshark', 'pcap', 'drop', 'deny', 'denied'], about: 'a capture shows the RST passing, or the log shows no RST dropped' },
  // One account on two phones or more, or an account limited to one registration: each registration throws the other
  // out, whatever the transport.
  { id: 'not-nat.shared-account', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: / same (?:sip )?(?:account|extension|user|username|login|credentials)(?: [a-z0-9]+){0,5} (?:2|two|3|three|both|multiple|several|many) (?:ta |to )?(?:phones|phone|devices|device|places|handsets)(?: |$)| (?:2|two|3|three|both|multiple|several) (?:ta |to )?(?:phones|devices|handsets)(?: [a-z]+){0,4} same (?:sip )?(?:account|extension|user|username|login|credentials)(?: |$)| (?:kick|kicks|kicking|kicked|knock|knocks|knocking|throw|throws|throwing) (?:each other|one another|ekjon arekjon|ek dusre)(?: |$)| (?:ekjon arekjon|ek dusre|each other) (?:ke |ko )?(?:kick|kicks|kicking|kicked)(?: |$)| (?:kick|kicks|kicking|kicked|throw|throws|throwing|threw) out (?:the )?(?:first|other|older|old|previous)(?: (?:one|phone|device|registration))?(?: |$)| (?:limited|limit|restricted) to (?:one|1|a single) (?:registration|registrations|device|devices|contact|contacts|phone)(?: |$)/, hints: ['same', 'kick', 'knock', 'throw', 'threw', 'each other', 'arekjon', 'dusre', 'limit', 'restricted'], about: 'one account registered from two phones or more, or limited to one registration: they throw each other out' },
  // A conntrack table filled by a flood is not one filled by entries the dropped RSTs left open.
  { id: 'not-fw.table-full-flood', playbook: 'firewall_rst', weight: -3, on: 'phrase', pattern: / (?:nfconntrack|conntrack) table (?:is )?full(?: |$)/, requires: / (?:flood|flooding|ddos|attack|botnet|scanner|scanners)(?: |$)/, hints: ['table'], about: 'the conntrack table filled by a flood or an attack, not by entries the dropped RSTs left open' },
  // A typo in the phone's settings: the extension or the server it registers to is not the one meant.
  { id: 'not-nat.typo', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: / (?:a |just a |only a )?typo(?: |$)| (?:mistyped|misspelled|misspelt|typed wrong|typed wrongly)(?: |$)| wrong (?:extension|extensions|ext|extension number|sip server|server address|registrar|proxy|domain)(?: |$)/, hints: ['typo', 'mistyped', 'misspel', 'typed wrong', 'wrong'], about: 'a typo or a wrong extension or server address in the phone: another cause of the failed registration' },
  { id: 'not-nat.firmware-bug', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: / (?:firmware|fw)(?: [a-z0-9]+){0,4} (?:bug|bugs)(?: |$)| known (?:[a-z0-9]+ ){0,2}bug(?: |$)/, hints: ['bug'], about: 'a firmware bug of the phones named as the cause' },
  { id: 'not-nat.device-reset', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: / factory (?:reset|default|defaults|settings)| firmware reset| lost (?:its |their |the |all )?(?:account |sip )?(?:config|configuration|settings|provisioning|accounts)(?: |$)| (?:update|upgrade|reset|reinstall)(?: [a-z]+){0,2} (?:wiped|erased|deleted|cleared)(?: |$)| (?:update|upgrade) reset (?:the |their |its )?(?:[a-z]+ )?(?:profile|profiles|settings|config|configuration)(?: |$)| reset (?:to|it to) factory| resets? (?:the |all |their )?(?:[a-z0-9]+ ){0,2}(?:to |de |a )?factory(?: |$)| (?:changed|edited|modified|pointed) (?:[a-z]+ ){0,3}(?:template|provisioning|outbound proxy)(?: |$)| firmware (?:upgrade|upgraded|update|updated)| (?:wiped|erased|deleted) (?:the |their |its |all )?(?:provisioning|config|configuration|settings|accounts|sip accounts)(?: |$)| firmware(?<= (?:upgraded|updated|update|upgrade|flashed|reflashed|new) (?:the |their |its |a |to a new )?firmware)(?: |$)|(?<! (?:problem|problems|issue|issues)) (?:new|replaced|replacement) (?:phone|phones|handset|handsets|softphone)(?! firmware)| (?:phone|phones|handset|handsets) new(?: |$)| (?:config|configuration|settings|provisioning) (?:was |were |got )?(?:wiped|lost|erased|deleted)| (?:config|configuration|settings) (?:went |got |is |was )?(?:balik ke|back to|reset to|returned to|reverted to) (?:factory |the )?default(?: |$)| (?:pushed|sent|deployed|applied) (?:a |the )?(?:wrong|bad|broken) (?:config|configuration|template|profile)(?: |$)| outbound proxy (?:set|changed|pointed|points) to(?: |$)| reprovision| boot ?loop| (?:phone|handset|device|set)(?: is| was)? (?:faulty|damaged|defective)/, hints: ['factory', 'firmware', 'new', 'replace', 'config', 'settings', 'provisioning', 'reprovision', 'boot', 'wiped', 'erased', 'deleted', 'cleared', 'faulty', 'damaged', 'defective', 'template', 'proxy', 'update', 'upgrade'], about: 'the phone itself was reset, upgraded, replaced, provisioned otherwise or is faulty' },
  // The registrar itself out of order (its disk full, its database stopped), the extensions deleted on it, or a device left off
  // its MAC allow list: the phones are dropped for that, not by a NAT box after RST.
  { id: 'not-nat.registrar-down', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: / (?:disk|harddisk|hard disk|partition|filesystem|file system)(?: is| was| got| became)? (?:full|100%?)(?: |$)| (?:mysql|mysqld|mariadb|database)(?: service| server)?(?: is| was| got| has)? (?:off|down|stopped|crashed|dead|not running)(?: |$)/, hints: ['disk', 'partition', 'file', 'mysql', 'mariadb', 'database'], about: 'the registrar itself out of order: its disk full or its database stopped' },
  { id: 'not-nat.account-deleted', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: / (?:deleted|removed|erased) (?:them|it|(?:the |their |our )?(?:extensions?|accounts?|users?))(?: [a-z0-9]+){0,2} (?:from|in|on) (?:the )?(?:vos3000|softswitch|switch|server|system|panel)(?: |$)| (?:extension|extensions|account|accounts|user|users) (?:[a-z0-9]+ ){0,3}(?:was |were |got |been )?(?:deleted|removed|erased)(?: |$)/, hints: ['delet', 'remov', 'erase'], about: 'the extensions or accounts deleted on the softswitch' },
  { id: 'not-nat.mac-allow-list', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: / mac(?: address| addresses|s)?(?: [a-z0-9]+){0,6} (?:allow list|allowlist|whitelist|white list|acl)(?: |$)| (?:allow list|allowlist|whitelist|white list|acl) (?:[a-z0-9]+ ){0,4}macs?(?: address| addresses)?(?: |$)/, hints: ['mac'], about: 'a device missing from the MAC allow list' },
  { id: 'not-nat.other-cause', playbook: 'nat_unregistered', weight: -2.5, on: 'phrase', pattern: / (?:because|due to|caused by|the reason is|karone|karon|wajah se|isliye|tai)(?<!(?:use|uses|using|chose|need|needs|run|runs|on|via|over) (?:sip )?tcp (?:because|due to))(?<!(?:rst|reset|resets|sstcpclosereset|tcpclosereset|nat|router|mikrotik|firewall|change|setting|settings)(?: er| ka| ki| ke| ar)? (?:karone|karon|wajah se)) (?!(?:of )?(?:that|this|it)(?: |$))(?!(?:.* )?(?:rst|reset|resets|sstcpclosereset|tcpclosereset|close|closing|change|changed|nat|router|routers|mikrotik|firewall|you|your|fix|update|setting|tcp|udp|keepalive)(?: |$))(?!(?:of )?(?:the |our )?(?:(?:problem|problems|issue|issues) (?:of |with )?(?:the )?)?(?:ports|timewait|ephemeral ports|port exhaustion)(?: |$))(?!(?:the )?(?:vos3000|softswitch|switch|it) (?:shows?|marks?|sees?|lists?) )(?!(?<=because )(?:[a-z]+ ){0,3}(?:unregistered|offline|unreachable)(?: |$))(?!(?:[a-z]+ ){0,3}(?:have|has|are on|is on|on|with|use|uses|got|na) (?:a |the |their |its )?(?:public|static|fixed|real) (?:ip|ips|address|addresses)(?: |$))/, hints: ['because', 'due', 'caused', 'reason', 'karon', 'wajah', 'isliye', 'tai'], about: 'the message gives another cause than RST, NAT or a change ("because of that" points back at what was told; Bangla and Hindi name the cause before the word: "RST er karone"; "because they have a public IP" tells why the others are fine)' },
  {
    id: 'not-nat.own-change',
    playbook: 'nat_unregistered',
    weight: -2.5,
    on: 'phrase',
    // Said as a clause ("after we changed …"), a gerund ("after swapping the mikrotik"), a noun
    // ("since the router reboot", "after the password rotation") or outright for named equipment
    // ("we changed isp"); never when what changed is RST or the settings.
    pattern: new RegExp(
      String.raw` (?:after|since|when|once) (?:(?:que |q |that |ma )?(?:we|i|our (?:team|admin|it)|they|the isp|the provider|the client|the customer)(?: [a-z]+)? (?:changed|change|moved|move|replaced|replace|updated|upgraded|swapped|installed|reinstalled|migrated|rotated|reset(?<!(?:enabled|enable|activated|set|put|turned|switched) reset)|renumbered)|changing|swapping|replacing|moving|upgrading|installing|reinstalling|migrating|rotating|renumbering)(?= |$)(?! (?:the |that |this |our |tcp )?${RST_SETTING})(?! (?:it|that|this) (?:to |a |para )?(?:on|enabled)(?: |$))` +
        String.raw`| (?:after|since) (?:the|a|our|their|that|this) (?!${RST_SETTING})(?:[a-z]+ ){0,2}(?:swap|replacement|reboot|rotation|migration|renumbering|reinstall|move)(?: |$)` +
        String.raw`| (?:we|i|they) (?:changed|replaced|swapped|moved|rebooted|reinstalled) (?:the |our |a |their |to a new |to another )?(?:isp|isps|router|routers|modem|modems|provider|providers|internet|office|mikrotik|wifi|switch|network)(?: |$)` +
        String.raw`| (?:router|modem|mikrotik) (?:was |got |were )?(?:reboot|rebooted|swap|swapped|replaced|replacement)(?: |$)| (?:router|modem|mikrotik) (?:has |had |got |gets |does |did )?(?:a )?(?:scheduled|nightly|daily|planned) (?:reboot|restart)| (?:router|modem|mikrotik) (?:reboots|restarts) (?:on a schedule|every (?:night|hour|day|morning|[0-9]+ (?:minutes|hours))|nightly|daily|hourly)| (?:isp|provider|they) (?:ne )?(?:the )?(?:router|modem) (?:changed|replaced|badla|badli|badal diya)(?: |$)`,
    ),
    // A new router in front of phones on SIP over TCP is how they come to sit behind a NAT
    // that RST hurts: the change is then the trigger, not another cause. A reboot tried that made no difference ("mikrotik reboot
    // kiya, phones bhi, kuch farq nahi") was no change that brought the fault.
    unless: / tcp | (?:reboot|rebooted|restart|restarted)(?: [a-z]+){0,4} no difference(?: |$)/,
    hints: ['after', 'since', 'when', 'once', 'changed', 'replaced', 'swapped', 'moved', 'rebooted', 'reinstalled', 'router', 'modem', 'mikrotik'],
    about: 'a change of the customer\'s own on a setup not said to be TCP, not RST (office moved, port or router changed)',
  },
  { id: 'not-nat.expiry-refused', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: / 423 | interval too brief(?: |$)/, hints: ['423', 'interval'], about: 'the registrar refuses the expiry the phones ask for (423 Interval Too Brief): a phone setting, not NAT' },
  { id: 'not-nat.site-closed', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: / (?:shop|shops|office|offices|branch|branches|store|stores|site|sites|outlet|outlets|restaurant|hotel|building)(?: [a-z]+){0,3} (?:that |which |who )?(?:has |have |had |was |is |were |are |got )?(?:closed|shut|shutdown|shut down|closed down|moved out|abandoned|vacated|out of business)(?: |$)(?!(?:on|for|this|next|tomorrow|today|until|till|from|during|over|as always|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|holidays?)(?: |$))(?<! will be closed )| (?:closed|shut|vacated) (?:down )?(?:the |our |their |his |her )?(?:shop|office|branch|store|site|outlet)(?: |$)/, hints: ['closed', 'shut', 'moved', 'abandon', 'vacat', 'business'], about: 'the phones\' site has closed: nobody is there to register' },
  { id: 'not-nat.site-holiday', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: / (?:holiday|holidays|vacation|vacations|eid|festival|dashain|tihar|puja)(?<= (?:shop|shops|office|offices|branch|branches|store|stores|site|sites|staff|everyone|everybody)(?: [a-z]+){0,4} [a-z]+)(?: |$)/, hints: ['holiday', 'vacation', 'eid', 'festival', 'dashain', 'tihar', 'puja'], about: 'the phones\' site is on holiday: nobody is there to register' },
  {
    id: 'not-nat.registered-fine',
    playbook: 'nat_unregistered',
    weight: -3,
    on: 'phrase',
    pattern: / (?:registered|online)(?: again)?(?: (?:all|and|everything|is|are))* (?:stable|steady)(?: |$)| (?:registered|online)(?<= (?:are|is|show|shows|showing|shown|stay|stays|remain|remains|look|looks|all|still|as|and) (?:registered|online)) (?:fine|ok|okay|normal|normally|properly|correctly|well|and working|without (?:any )?(?:problem|problems|issue|issues)|no (?:problem|problems|issue|issues))(?: |$)| registrations? (?:is |are |was |were |looks |seems |stayed |stays |remained |remains |kept |still |has been |have been )*(?:fine|ok|okay|good|stable|working fine|unaffected|normal)(?: |$)(?!(?:[a-z]+ )?not(?: |$))| (?:all|everything) (?:fine|ok|okay) (?:and )?(?:all )?registered(?: |$)/,
    // "registered fine on the handset but offline on vos" is the playbook's own symptom; "registration failed" beside it, or a
    // public server or address it registers fine on, makes the fine one the contrast. Korean says "not" after the word it
    // denies ("등록이 안정적이지 않습니다", read "registration stable time not"): the registration is then not stable. A log that
    // shows it ok, then expired, then ok again tells it flapping.
    unless: / (?:offline|unreachable|unregistered|vanish|vanished|disappear|disappears|disappeared|gone|missing|expired) | (?:ok|registered) failed (?:ok|registered) | registration failed | public (?:[a-z]+ ){0,2}(?:server|ip|address) /,
    hints: ['regist', 'online'],
    about: 'the phones are registered: the trouble is elsewhere',
  },
  // A certificate or TLS handshake that fails: another cause than any of the playbooks.
  ...contradictions(EVERY_PLAYBOOK, 'tls-certificate', {
    weight: -3,
    on: 'phrase',
    // A side detail the writer is not sure of ("we also renewed the cert, not sure if related") is no other cause.
    unless: / (?:not sure|not know|do not know|no idea|unsure) (?:if|whether) /,
    pattern: / (?:tls|ssl|sips) (?:[a-z]+ ){0,2}(?:handshake|certificate|certificates|cert|certs|alert)| handshake (?:fail|fails|failed|failure|failures|error|errors|timeout)| (?:certificate|certificates|cert|certs)(?: [a-z0-9]+){0,4} (?:expired|expire|expires|lapsed|invalid|revoked|untrusted|mismatch|not valid|not trusted|verify failed|verification failed)(?: |$)| (?:expired|expire|expires|lapsed|invalid|revoked|untrusted|self signed|wrong) (?:the |our |their )?(?:tls |ssl |sip )?(?:certificate|certificates|cert|certs)(?: |$)| unknown ca /,
    hints: ['tls', 'ssl', 'sips', 'handshake', 'cert', 'unknown ca'],
    about: 'a TLS certificate or handshake fails: another cause than RST or ports',
  }),
  { id: 'not-nat.address-blocked', playbook: 'nat_unregistered', weight: -3, on: 'phrase', pattern: BLOCKED_PORT, unless: UDP_BLOCKED, hints: ['block', 'ban', 'blacklist', 'rbl', 'drop', 'deny', 'denies', 'denying', 'reject', 'geo', 'country'], about: 'the phones\' address or port is blocked or banned: another cause than RST' },
  // Log lines from another year or from before an upgrade, or called old log lines: what the message pastes is history, not today's fault.
  ...contradictions(EVERY_PLAYBOOK, 'old-log', {
    weight: -3,
    stands: true,
    on: 'phrase',
    // Anchored on the year or on "before", the log words looked for behind them (cheaper than the other way round).
    pattern: / (?:this|that|the|ye|yeh|ei|these|those) (?:log|logs|screenshot|screenshots|error|errors) (?:is |are |was |were |hai |he |hain |ta |cha |chha |e )?old(?: |$)| (?:screenshot|screenshots|message|messages|graph|graphs|alert|alerts) (?:is |are |was |were |hai |he |hain |ta |cha |chha )?old(?: |$)| old (?:screenshot|screenshots)(?: |$)| (?:screenshot|screenshots|log|logs|graph|graphs) (?:[a-z0-9]+ ){0,6}(?:old|previous|decommissioned) (?:server|box|switch|machine)(?: |$)| (?:log|logs|lines|entries|errors) (?:are |were |is |was )?from (?:january|february|march|april|may|june|july|august|september|october|november|december|last (?:week|month|year))(?: |$)| (?:log|logs|screenshot|screenshots) (?:is |was |from |of )?(?:last|previous) (?:month|week|year)(?: |$)| (?:from|dated|in) (?:19|20)[0-9]{2}(?<= (?:line|lines|log|logs|entries|entry|errors?|messages?)(?: [a-z0-9]+){0,6} (?:from|dated|back in) [0-9]+)(?: |$)| before (?:we|the|our) (?:upgraded|upgrade|migrated|migration|moved|reinstalled|reinstall)(?<= (?:line|lines|log|logs|entries|entry|errors?|messages?)(?: [a-z0-9]+){0,8} before [a-z]+ [a-z]+)(?: |$)| old (?:log|logs|log file)(?= .* (?:log|logs) (?:is |are |now )?clean )| from (?:an |the |a )?old (?:log|logs|log file)(?: |$)| old (?:log|logs) (?:from |of )?(?:19|20)[0-9]{2}(?: |$)| old (?:log|logs) (?:lines?|entries|entry)(?: |$)| (?:log|logs) old(?= .* (?:log|logs) (?:is |are |now )?clean )/,
    hints: ['19', '20', 'before', 'old', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'last week', 'last month', 'last year'],
    unless: / (?:again|still|returned|came back|coming back|every day|every night|since then)(?: |$)/,
    about: 'the log lines are old ("this log is old", another year, before an upgrade, a screenshot of the old server): history, not the fault now',
  }),
  // The message says the cause lies elsewhere ("problem arkai ho", "the issue is something else", "el problema es otro"):
  // what it checked and named before is ruled out.
  ...contradictions(EVERY_PLAYBOOK, 'cause-elsewhere', {
    weight: -3,
    stands: true,
    on: 'phrase',
    pattern: new RegExp(
      String.raw` (?:problem|problems|issue|issues|fault|cause|culprit) (?:is |was |lies |must be |seems to be )?(?:something else|somewhere else|elsewhere|arkai|kuch aur|kahin aur|onno kichu)(?: |$)| (?:problem|issue|cause) (?:is|was) (?:otro|outro|another thing|a different one)(?: |$)` +
      // "the real problem was the license": the true cause named, and none of the playbooks' words in the next few.
      String.raw`| (?:real|actual|true) (?:problem|issue|cause|culprit|reason) (?:was|is|turned out to be)(?!(?: [a-z0-9]+){0,6} ${PLAYBOOK_CAUSE_WORDS}(?: |$))(?: |$)` +
      // "I thought it was the firewall dropping RST but the problem was the patch cable".
      String.raw`| thought (?:[a-z]+ ){0,10}but (?:actually |in fact )?(?:the |di )?(?:problem|issue|cause) (?:was|is)(?!(?: [a-z0-9]+){0,6} ${PLAYBOOK_CAUSE_WORDS}(?: |$))(?: |$)` +
      // "but it was the SIP ALG, not RST": another cause named, and the playbook's word denied right after it.
      String.raw`| (?:it|that|this|problem|issue|cause) (?:was|is) (?:only |just |actually )?(?:the |a |an )?(?:(?!${PLAYBOOK_CAUSE_WORDS} |not |no |never )[a-z0-9]+ ){1,3}not (?:the |a |an )?${PLAYBOOK_CAUSE_WORDS}(?: |$)` +
      // "calls still going through, it's only the portal", "only the dashboard is affected": the fault is confined to a part
      // that is not the switch's calls, its phones or its resets.
      String.raw`| (?:its|it is|it s|problem is|issue is|fault is) (?:only|just) (?:the |our )?${OTHER_PART}(?: |$)| only (?:the |our )?${OTHER_PART} (?:is |was )?(?:affected|down|broken|slow)(?: |$)` +
      // "it's only a portal problem", "just the billing's issue", Hinglish "sirf portal ka masla hai": the problem named as that
      // part's own (the genitive particles of Urdu, Hindi and Bangla between); not "not only a portal problem".
      String.raw`| (?:only|just)(?<! not (?:only|just)) (?:a |the |our )?${OTHER_PART}(?: s| ka| ki| ke| er| da| di)? (?:problem|problems|issue|issues|fault|thing)(?: |$)`,
    ),
    hints: ['not', 'else', 'arkai', 'kuch aur', 'kahin aur', 'onno kichu', 'otro', 'outro', 'another thing', 'different one', 'real', 'actual', 'true', 'thought', 'only', 'just'],
    about: 'the message says the cause lies elsewhere, or names the real one and it is none of the playbooks\'',
  }),
  // The message takes back what it reported: a false alarm, a wrong alarm threshold, "forget what I said".
  // "We thought it was the firewall dropping RST, but it turned out / it was …" takes back what it suspected; so does "…, but the
  // carrier told us (that) it was / there was …": what someone else found is told with the teller between "but" and "was".
  ...contradictions(EVERY_PLAYBOOK, 'retracted', {
    weight: -3,
    stands: true,
    on: 'phrase',
    pattern: / false (?:positive|positives|alarm|alarms|alert|alerts)(?: |$)| (?:forget|ignore|disregard) (?:about )?(?:what (?:i|we) (?:said|wrote|sent|told)|o que (?:eu )?falei|lo que dije|my (?:last|previous|earlier) (?:message|msg|report)|(?:yesterdays|the last|the previous|that) (?:message|msg))| cancel (?:the )?alarm| (?:correcting|correction (?:to|of)) my (?:previous|last|earlier) (?:message|msg)(?!(?: [a-z]+){0,4} [0-9])| (?:previous|last|earlier) (?:message|msg) (?:correcting|corrected)| (?:in|wrote) (?:the |my |our )?(?:first|previous|last|earlier) (?:message|msg|mail|email)(?: [a-z0-9]+){0,3} (?:was|is) wrong(?: |$)| (?:the|my) (?:message|msg|mail|email) (?:i|we) (?:sent|wrote)(?: [a-z0-9]+){0,6} (?:was|were|is) wrong(?: |$)| (?:threshold|thresholds)(?: [a-z]+){0,2} (?:wrong|incorrect|misconfigured|too low)(?: |$)| (?:swears|claims|insists)(?: que| that)? (?:[a-z0-9]+ ){1,8}(?:but|mas|pero) (?:the |os |los |as )?(?:logs?|capture|tcpdump|trace) (?:show|shows|showed|mostram|mostra|muestran|muestra)(?: |$)| (?:we|i) (?:thought|suspected|assumed) (?:[a-z0-9]+ ){1,8}but (?:it |(?:[a-z0-9]+ ){1,2}(?:told|tells) (?:us|me) (?:that )?(?:it |there )?)?(?:turned out|was(?! (?:not|still|back|again|fixed|fine|worse|better|gone|solved|resolved|working|down|up|ok|okay|true|right|wrong|correct|because|due|caused|also|really|exactly|indeed)(?: |$))) (?!(?:[a-z0-9]+ ){0,6}(?:rst|reset|resets|firewall|timewait|ports?|nat|router|routers)(?: |$))| wrong (?:alarm )?(?:threshold|thresholds)(?: |$)/,
    hints: ['false', 'forget', 'ignore', 'disregard', 'cancel', 'threshold', 'correct', 'message', 'msg', 'mail', 'thought', 'suspected', 'assumed', 'swears', 'claims', 'insists'],
    about: 'the message takes back what it reported (a false alarm, a wrong threshold, "forget what I said", "the first message was wrong")',
  }),
  {
    // The error was on another machine than the switch: "nothing to do with the production switch", "not a VOS issue".
    id: 'not-pe.not-the-server',
    playbook: 'port_exhaustion',
    stands: true,
    weight: -3,
    on: 'phrase',
    pattern: / (?:nothing|nada) (?:to do|a ver) (?:with|com|con) (?:the |our |my |o |a |el )?(?:production |live |main |real )?(?:softswitch|server|vos3000|platform)(?: |$)| not (?:a |an )?(?:vos3000|softswitch) (?:issue|problem|thing)(?: |$)/,
    hints: ['nothing', 'nada', 'vos3000', 'softswitch'],
    about: 'the error was on another machine, not the switch',
  },
  ...contradictions(EVERY_PLAYBOOK, 'not-production', {
    stands: true,
    // The error is from a test or developer machine, and the writer says so: not production ("не с продакшена",
    // "không phải production", "mesh el production"), or production fine.
    weight: -3,
    on: 'phrase',
    // The real or live server is production too, named after the noun where the language puts adjectives there
    // ("không phải server thật", "មិនមែន server ពិត": not the real server).
    pattern: / not (?:with |from |on |in |the |phai |de |del |el |em |do |da |sa |server |switch |box )*(?:production|prod|(?:real|live) (?:server|switch|box|vos3000)|(?<=(?:server|switch|box|vos3000) )(?:real|that|asli))(?: |$)| (?:production|prod|(?:real|live) (?:server|switch|box|vos3000)|(?:server|switch|box|vos3000) (?:real|asli)) (?:server |switch |box |vos3000 )?(?:[a-z]+ ){0,2}(?:is |still |van |kollo |all |everything )?(?:fine|ok|okay|normal|healthy|tamam|theek|chay binh thuong|binh thuong|running fine|works|working|unaffected|clean|no|not|nothing)(?: |$)/,
    requires: / (?:test|testing|lab|staging|dev|developer|laptop|vm|loadtest|stand|sipp)(?: |$)/,
    hints: ['production', 'prod', 'real', 'live', 'that', 'asli'],
    about: 'the error or the dropped RST came from a test or developer machine, not production',
  }),
  // TIME_WAIT piled up by an attack (a DDoS, a flood) is the attack's, not the switch's own load running out of ports.
  { id: 'not-pe.attack-load', playbook: 'port_exhaustion', weight: -3, on: 'phrase', pattern: / timewait (?:[a-z0-9]+ ){1,6}(?<!(?:no|not|without|nothing|zero) )(?:ddos|attack|attacks|flood|flooding)(?: |$)/, hints: ['ddos', 'attack', 'flood'], about: 'the sockets in TIME_WAIT came from an attack (a DDoS, a flood; "TIME_WAIT flooding" is only many of them)' },
  {
    // The address could not be assigned because it was the wrong one: an IPv6 address on a server without IPv6, one typed
    // by mistake, one that is not on the interface. Not the ephemeral ports running out.
    id: 'not-pe.wrong-address',
    playbook: 'port_exhaustion',
    weight: -3,
    on: 'phrase',
    pattern: / ipv6 (?:[a-z0-9]+ ){0,3}(?:not|no|none|disabled)(?: |$)| by mistake(?: |$)| (?:ip|address) (?:that |which )?(?:is |was )?(?:not|no longer) (?:on|in|configured on|present on) (?:the |this |that )?(?:interface|server|box|machine)(?: |$)| (?:(?:old|previous) (?:ip|address)|(?:ip|address) (?:old|previous))(?: [a-z]+){0,4} (?:config|configuration|conf|settings)(?: |$)| (?:wrong|incorrect) (?:bind |source |local )?(?:ip|address|interface)(?: |$)| (?:ip|address) (?:was |is )?(?:wrong|incorrect)(?: |$)/,
    requires: / (?:assign|bind|binding|bound) /,
    hints: ['ipv6', 'mistake', 'ip', 'address', 'wrong', 'incorrect'],
    about: 'the address to bind was the wrong one (IPv6 without IPv6, a mistake, not on the interface, said wrong)',
  },
  {
    // The sockets in TIME_WAIT are another program's: a backup or rsync opening many short connections.
    id: 'not-pe.other-program',
    playbook: 'port_exhaustion',
    weight: -3,
    on: 'phrase',
    pattern: / (?:because|due to|its|it is|this is|this|it was|from|by|caused by) (?:the |our |a |of )?(?:[a-z]+ )?(?:backup|rsync|mysqldump)(?: |$)| (?:backup|rsync|mysqldump)(?: [a-z]+){0,2} (?:opens|opening|makes|making|creates|creating|causes|causing)(?: |$)/,
    requires: / timewait /,
    hints: ['backup', 'rsync', 'mysqldump'],
    about: 'the TIME_WAIT sockets belong to a backup or rsync job, not the softswitch',
  },
  {
    // The sockets or errors came from a load test on a test machine (SIPp, a stress test): not the switch in production running out of ports.
    id: 'not-pe.test-load',
    playbook: 'port_exhaustion',
    weight: -3,
    on: 'phrase',
    pattern: / (?:sipp|jmeter|load test|load tests|load testing|stress test|stress tests|stress testing|simulate|simulating|simulation)(?: |$)/,
    requires: / not (?:the |from |from the )?(?:real|live|production|customer) (?:traffic|calls)(?: |$)| (?:test|testing|lab|staging|dev) (?:server|box|machine|vm|environment|team)(?: |$)| (?:server|serveur|servidor) (?:ya|de|of|di|the) (?:test|testing|lab)(?: |$)| (?:vm|docker|container|laptop)(?: |$)| production (?:server |switch |box )?(?:is )?(?:fine|ok|okay|theek|normal|healthy|never)(?: |$)| (?:test|tests|testing)(?: nya| is| was| has| have)?(?: already| been)? (?:finished|done|over|ended|stopped|completed)(?: |$)| production (?:[a-z0-9]+ ){0,2}(?:has|have|shows) no (?:errors?|issues?|problems?)(?: |$)/,
    hints: ['sipp', 'jmeter', 'load', 'stress', 'simulat'],
    about: 'a load test on a test machine: not the production switch running out of ports',
  },
  // All three playbooks are about SIP over TCP: its ports, and RST closing its connections.
  // RST mode acts on SIP over TCP only: a message about phones, registration or a firewall that names UDP and never TCP (nor TLS) is
  // about phones or trunks on UDP, however it says so ("mono UDP", "UDP oo keliya"), unless UDP is the contrast beside the fault
  // ("the UDP ones are fine").
  ...contradictions(['nat_unregistered', 'firewall_rst'], 'udp-named', { weight: -3, stands: true, on: 'phrase', pattern: / udp(?: |$)/, requires: / (?:[a-z]*regist[a-z]*|offline|nat|router|routers|mikrotik|firewall|firewalls|rst|reset|phone|phones|extension|extensions|softphone|softphones)(?: |$)/, hints: ['udp'], unless: new RegExp(`${TCP_NAMED.source}|${UDP_CONTRAST.source}`), about: 'UDP named and TCP never, in a message about phones, registration, NAT, a firewall or RST: RST mode does not act on SIP over UDP' }),
  ...contradictions(EVERY_PLAYBOOK, 'udp-only', { weight: -3, stands: true, on: 'phrase', pattern: UDP_ONLY, needs: UDP_ONLY_WORD, hints: ['udp', 'tcp'], unless: UDP_CONTRAST, about: 'SIP over UDP only: no TCP ports to run out of, no RST' }),
  // RST not switched on yet, only planned ("we plan to enable RST mode next month"): the RST playbooks' cause is not there.
  ...contradictions(['nat_unregistered', 'firewall_rst'], 'rst-planned', { weight: -3, stands: true, on: 'phrase', pattern: / (?:want|wants|wanted) (?:the )?(?:rst|reset)(?: mode)? (?:again|back)(?: |$)| (?:plan|plans|planning|going|want|wants|intend|intends|intending|thinking|think|considering|consider|ask|asks|asked|asking|advise|advises|advised|suggest|suggests|suggested|recommend|recommends|recommended|research|researching|reading|studying|looking)(?: (?:us|we|me|you|them))? (?:to|of|about|into|up on) (?:(?:enable|enabling|turn on|turning on|switch on|switching on|activate|activating|open|opening) (?:the )?(?:rst|reset|sstcpclosereset)(?: mode)?|(?:turn|turning|switch|switching) (?:the )?(?:rst|reset|sstcpclosereset)(?: mode)? on)(?: |$)| (?:rst|reset|sstcpclosereset)(?: mode)? (?:enable|on) (?:karna|karne|karan) (?:about|ke bare)(?: |$)| should (?:we|i) (?:enable|activate|open|turn on|switch on) (?:it|the rst|rst|the reset|sstcpclosereset|the sstcpclosereset)(?: mode)?(?: |$)| should (?:we|i) (?:turn|switch) (?:it|the rst|rst)(?: mode)? on(?: |$)| should (?:we|i) (?:the )?(?:rst|reset|sstcpclosereset)(?: mode)? (?:enabled|enable|activated|on)(?: |$)| (?:rst|reset|sstcpclosereset)(?: mode)? (?:enable|on) (?:karna |karni )?(?:should(?! (?:we|i|you|they)(?: |$))|chahiye)(?: |$)/, requires: / (?:rst|rsts|reset|sstcpclosereset|tcpclosereset)(?: |$)/, unless: / (?:after|since|once|as) (?:[a-z]+ ){0,3}(?:advised|suggested|recommended|asked|told)(?: (?:us|we|me|them))? to (?:enable|turn on|switch on|activate)(?: |$)/, hints: ['rst', 'reset'], about: 'RST mode only planned, advised or asked about, not switched on yet (not when it was done after the advice)' }),
  // RST switched on only in an if-clause of a question ("could the phones lose registration if someone turns on the RST?"): supposed, not done.
  ...contradictions(['nat_unregistered', 'firewall_rst'], 'rst-supposed', { weight: -3, stands: true, asked: true, on: 'phrase', pattern: new RegExp(String.raw` (?:if|suppose|supposing|imagine) (?:(?:someday|one day|ever) )?(?:(?:we|you|i|someone|somebody|they|anyone|anybody|kita|kami) )?(?:enable|enables|enabled|activate|activates|activated|open|opens|turn on|turns on|switch on|switches on|on) (?:(?:the|o|le|el|il|lo) )?${RST_SUPPOSED}(?: |$)| (?:we|i) (?:plan|are planning|am planning|intend|are going|am going)(?: to)?(?: [a-z0-9]+){0,3} (?:turn|switch|set|enable|activate|put|change) (?:(?:the|o|le|el|il|lo) )?${RST_SUPPOSED}(?: |$)| (?:if|suppose|supposing|imagine) (?:we|you|i|someone|somebody|they|anyone|anybody) (?:turn|turns|switch|switches|softswitch|set|sets|put|puts) (?:(?:the|o|le|el|il|lo) )?${RST_SUPPOSED} (?:(?:to|a|en|em|su|auf|op|para) )?on(?: |$)| if (?:we|you|i|someone|they) (?:the )?${RST_SUPPOSED} (?:on )?(?:enable|enables|enabling|activate|turn on|switch on)(?: |$)| ${RST_SUPPOSED} (?:on )?if (?:(?:we|you|i) )?(?:enable|enabled)(?: |$)| if (?:the )?${RST_SUPPOSED} (?:(?:is|are|gets|get|was|were|be) )?(?:turned on|switched on|enabled|activated|on)(?: |$)| ${RST_SUPPOSED} (?:on|enable) korle(?: |$)`), requires: / (?:possible|could|would|will|should|question|asking|wondering|curious|considering|planning|theory|theoretical|theoretically|hypothetically|hypothetical|what if|suppose|supposing|imagine)(?: |$)/, unless: TOLD_RECURRING_OR_PAST, hints: ['rst', 'reset'], about: 'RST mode switched on only in an if-clause of a question ("if someday we activate RST"), planned ("we plan to switch RST on on Saturday"), or supposed ("suppose we switch RST on", "what if we set it On"; Bangla "RST on korle …?"): a question mark is question enough; not told as recurring or past ("if we enable RST the phones drop every time", "… yesterday")' }),
  ...contradictions(['nat_unregistered', 'firewall_rst'], 'rst-supposed-by', { weight: -3, stands: true, on: 'phrase', pattern: / (?:rst|reset|sstcpclosereset)(?: mode)? (?:on|enable) karne (?:se|since)(?: |$)/, requires: / (?:possible|could|would|will|should|question|asking|wondering|curious|considering|planning|theory|theoretical|theoretically|hypothetically|hypothetical|what if|suppose|supposing|imagine)(?: |$)/, hints: ['rst', 'reset'], about: 'RST mode switched on only supposed in Hindi and Urdu ("RST on karne se …?", by switching it on): with a modal or a question word, since without one the same words tell the cause ("RST on karne since …", since switching it on)' }),
  // RST on for months without a problem ("le mode RST est activé depuis 6 mois et n'a jamais posé le moindre problème"), or said not to be it
  // ("les RST, c'est pas ça"): the RST playbooks' cause is ruled out.
  ...contradictions(['nat_unregistered', 'firewall_rst'], 'rst-harmless', { weight: -3, on: 'phrase', pattern: / (?:rst|rsts|reset|resets|sstcpclosereset|close reset)(?: [a-z0-9]+){0,8} (?:never|not|no) (?:caused|gave|made|created|had)(?: [a-z]+){0,2} (?:problem|problems|issue|issues|trouble)(?: |$)| (?:rst|rsts|reset|resets)(?: [a-z]+){0,2} (?:is|it is|its|are) not (?:it|that|ca|the cause|the problem|the culprit)(?: |$)| not the (?:[a-z]+ )?(?:rst|rsts|reset|resets)(?: [a-z]+)? (?:story|thing|theory|case|issue|problem)(?: |$)| no (?:rst|rsts|reset) (?:issue|issues|problem|problems)(?: |$)/, needs: NEGATION_WORD, hints: ['rst', 'reset'], about: 'RST on without a problem for a long time, or said not to be the cause' }),
  // Another PBX named, and the message says it is about that one, not our VOS3000.
  ...contradictions(EVERY_PLAYBOOK, 'other-switch', { weight: -3, stands: true, on: 'phrase', pattern: ABOUT_OTHER_SWITCH, requires: OTHER_SWITCH, hints: ['asterisk', 'freepbx', 'issabel', 'elastix', '3cx', 'kamailio', 'opensips', 'freeswitch', 'fusionpbx', 'yeastar', 'avaya', 'cucm', 'callmanager', 'mizu', 'sippy', 'vicidial', 'goautodial', 'a2billing', 'magnus', 'voipswitch', 'teles'], about: 'about another PBX (Asterisk, 3CX, Kamailio …), not our VOS3000' }),
  // Both RST playbooks need RST switched on. "Everything was fine with RST Off" tells the time before the change, not RST off now.
  ...contradictions(['nat_unregistered', 'firewall_rst'], 'rst-off', { weight: -3, on: 'phrase', pattern: new RegExp(String.raw` (?:sstcpclosereset|tcpclosereset|close reset|rst|reset|tcp close|close mode)(?<!(?:turn|turning|switch|switching|put|putting|revert|reverting|back to|go back|roll back|make|making|(?:changed|change|changing|switched) to)(?: the| tcp)? (?:sstcpclosereset|tcpclosereset|close reset|rst|reset))(?<!(?:was|were) (?:fine|ok|okay|good|normal|working) with(?: the)? (?:sstcpclosereset|tcpclosereset|close reset|rst|reset))(?: mode| setting| option| parameter| thing| value| flag)?(?: on (?:our|the) (?:softswitch|server|vos3000))?(?: (?:in|dar|v|u|w) (?:our |the |ma )?(?:softswitch conf|softswitchconf|softswitch|conf|config)(?: ma)?| softswitch conf ma)? (?:is |was |are |stays |stayed |still |has been |been |remains |remained |unchanged |already |always |at all |default |by default |abhi |bhi |ab |zaten |hala |sigue |continua |masih |pani |also |ke |ko |pra |para |back to |turned |switched |reverted to |don |est |a |us |fih |ta |esta |ham |hum |it |ele |be |de |da |van |here |sur |pe |e )*(?:off(?<! (?:rst|reset|sstcpclosereset) off(?= or ))(?! (?:to|a|al|ao|para|pra|sang|ke|se|zu|naar|vers|do|na) on )(?! on (?!our |the |this |that |my |their |all |both |monday|tuesday|wednesday|thursday|friday|saturday|sunday|[0-9]))(?! (?:sstcpclosereset|tcpclosereset|closereset|rst|reset) on(?: |$))(?! (?:korle|korbo|kori|karle|karen|karein|kare|karu|karun|garyo bhane|gare bhane|kaloth|karoth|kore dibo|kore debo|kore dei|kar dein|kar doon|kar du|kar dun)(?: |$))|disabled|not enabled|not on|never enabled|never on|untouched|not touched|not changed|never (?:turned|switched|set) on|not (?:turned|switched|set) on|not the (?:problem|issue|cause|reason)|not involved|not related|unrelated|irrelevant)(?: |$)| (?:never|not|have not|did not|nobody) (?:enabled|turned on|switched on|enable|turn on|activated|touched|changed|had|touch|change|modified|modify) (?:the |that |tcp |le |la |el |o )?(?:mode )?(?:sstcpclosereset|tcpclosereset|close reset|rst|reset)| (?:sstcpclosereset|tcpclosereset|close reset|rst|reset)(?: mode)? (?:have |has )?not yet (?:enabled|turned on|switched on|activated)(?: |$)| (?:sstcpclosereset|tcpclosereset|close reset|rst|reset|tcp close)(?: mode| setting| option| parameter)? (?:we |i |they |you )?(?:not|no|never|ne) (?:was |been |foi )?(?:lo |la |o |a )?(?:enabled|turned on|switched on|enable|activated|touched|changed)(?: |$)| (?:not|no|never) (?:lo |la |o |a )?(?:have|has) (?:it )?(?:enabled|on|activated)(?: |$)| (?:nothing|nada) (?:to do|a ver|que ver) (?:with|com|con) (?:the |o |el )?(?:rst|reset|sstcpclosereset)(?: |$)| (?:not|ne|no) (?:because of|due to|because|from) (?:the |o |el )?(?:rst|reset|sstcpclosereset)(?: |$)| (?:do not|dont|did not) think (?:it is|its|it was) (?:the |that |o |el )?(?:rst|reset|sstcpclosereset)(?: mode| thing| setting)?(?: |$)| (?:rst|reset)(?: mode)?(?: [a-z]+){0,4} enabled never(?: |$)| (?:rst|reset|sstcpclosereset)(?: mode)? (?:we |i )?(?:use|used|using) not(?: |$)| (?:nobody|no one|noone) (?:touched|changed)(?: (?:it|that|anything|the setting))?(?: |$)(?!(?:else|other|except|but|the|a|an|our|their|his|her|its|my|your|any|some|anything|it|that)(?: |$))| on off (?:naman |na |pa |po |rin |din )*(?:the )?(?:sstcpclosereset|tcpclosereset|close reset|rst|reset)(?: |$)| (?:enabled|turned on|switched on|changed|touched) (?:the )?(?:setting |mode )?(?:sstcpclosereset|tcpclosereset|close reset|rst|reset)(?: mode| setting)? never(?: |$)` +
      // Not switched on yet, the setting named before: "haven't enabled it yet", "abhi on nahi kiya"; or "the parameter is Off anyway";
      // or not used at all ("our server does not use RST mode", Korean "RST 모드 안 씁니다": RST mode not use).
      String.raw`| (?:not|never|have not|did not) (?:yet )?(?:enabled|turned on|switched on|enable|turn on|switch on|activated) (?:it|that|this)(?: |$)| (?:do not|does not|dont|doesnt|did not|never|not) (?:even )?use (?:the )?(?:rst|reset|sstcpclosereset|close reset)(?: mode)?(?: |$)| (?:rst|reset|sstcpclosereset)(?: mode)? (?:not|never) (?:use|used|using|uses)(?: |$)| (?:do not|does not|dont|doesnt) (?:even )?have (?:the )?(?:rst|reset|sstcpclosereset)(?: mode)? (?:enabled|on|activated)(?: |$)| (?:not|never|have not|did not) (?:yet )?(?:enabled|activated|turned on|switched on|open|opened) (?:the )?(?:rst|reset|sstcpclosereset)(?: mode)?(?: |$)| (?:rst|reset|sstcpclosereset)(?: mode)? (?:we|i|they) (?:never|not|did not|didnt|have not|havent) (?:turn|turned|switch|switched|enable|enabled|open|opened|activate|activated|touched)(?: it)?(?: on)?(?: |$)| (?:rst|reset|sstcpclosereset)(?: mode)? (?:already )?(?:we|i|they) (?:disabled|turned off|switched off|reverted)(?: |$)| (?:turned off|switched off|disabled|(?:da|dah|sudah|already) off|off (?:back|balik|lai)) (?:the )?(?:rst|reset|sstcpclosereset)(?: mode)?(?: |$)| (?:we|i) turned it off(?: |$)| (?:rst|reset|sstcpclosereset|close reset)(?: mode)?(?: thi| then)? nobody (?:enabled|enable|turned on|switched on)(?: |$)| (?:we|i|they) (?:keep|kept|leave|left) (?:it|rst|the rst|rst mode|the setting) (?:still )?off(?: |$)| (?<!(?:should|shall|can|could|would|will|must|may|might|do|to) )(?:you|we|they|i) (?:turn|turned|set|switched|put) (?:the )?(?:rst|reset|close reset|sstcpclosereset)(?: mode)? back off(?: |$)| (?<!(?:turn|turning|switch|switching|set|setting|put|putting)(?: the)? )(?:rst|reset|close reset|sstcpclosereset)(?: mode)? (?:is |was |are |[a-z]{2} )?back (?:to )?off(?: |$)| nobody (?:has |have |ever )?(?:enable|enabled|turn on|turned on|switch on|switched on|touched|changed) (?:the |in |in the |on )?(?:rst|reset|sstcpclosereset)(?: |$)| (?:we|i|they) (?:not|never|have not|did not|do not) (?:yet )?(?:on|enabled|enable|activate|activated|turned on|switched on)(?: yet| pun)?(?: |$)| (?:rst|reset|sstcpclosereset)(?: mode)? (?:(?:in|on) (?:the |our )?(?:server|softswitch|switch|vos3000) )?(?:yet |still )?(?:on|enabled) nakardim(?: |$)| (?:not|never|have not|did not|havent|hasnt|didnt) (?:yet )?(?:turned|switched|put) (?:it|that|this|rst|rst mode|the rst|the setting) on(?: |$)| (?:on|enable|chalu) not (?:kiya|kiye|kia|kara|kare|kori|kora)(?: |$)| (?:parameter|setting|option|config)(?<!(?:turn|turning|switch|switching|set|setting|put|putting|make|making) (?:the |that |this )?(?:parameter|setting|option|config))(?: on (?:our|the) (?:softswitch|server|vos3000))? (?:is |was |stays |already |anyway |still )*(?:off(?! to on(?: |$))|disabled)(?: |$)| production (?:is |still |stays |remains |en |a |at |on )*(?:off|disabled)(?: |$)| (?:reverted|changed|put)(?<!(?:should|shall|can|could|will|to|must|please|pls|plz|kindly) (?:we |i |you )?(?:reverted|changed|put)) (?:it |rst |the setting )?(?:back )?(?:to |a )?off(?: |$)| (?:rst|reset|sstcpclosereset)(?: mode)? (?:[a-z]+ ){0,3}never (?:been |ete )?(?:enabled|activated|active|turned on|on)(?: |$)| (?:we|i|they) (?:do not|did not|never|not) (?:use|using) (?:the )?(?:rst|reset|sstcpclosereset)(?: mode)?(?: |$)| nobody(?: here)? (?:uses|use|is using) (?:the )?(?:rst|reset|sstcpclosereset)(?: mode)?(?: |$)| (?:rst|reset|sstcpclosereset|tcpclosereset) (?:has |have )?nothing to do with| (?:no|not any|not a|never (?:a|any)) (?:rst|reset|sstcpclosereset|close reset)(?: mode| setting| parameter)? (?:change|changes)(?: |$)`), needs: NEGATION_WORD, hints: ['rst', 'reset', 'close', 'nobody', 'no one', 'noone', 'not', 'never', 'off', 'disabled'], unless: RST_OFF_BEFORE, about: 'RST is off (or was never switched on, or there was no RST change), unless said of the time before, when things worked' }),
  {
    id: 'not-fw.denied',
    playbook: 'firewall_rst',
    weight: -3,
    on: 'phrase',
    // Also the firewall said to drop nothing ("firewall no dey drop anything", "the fortigate does not block anything") or left alone,
    // or asked about and answered no ("FortiGate drop RST? No, checked, the log is clean", Malay "… drop RST? takde la, dah check").
    pattern: new RegExp(
      `${denied('rule|rules', 'firewall|firewalls|iptables|fortigate|pfsense|asa|conntrack').source}| (?:firewall|firewalls|iptables|fortigate|pfsense|asa)(?: [a-z]+){0,2} (?:drop|drops|dropping|block|blocks|blocking) (?:the )?(?:rst|reset|resets)(?: packets?)? (?:no|nope)(?: [a-z]+){0,2} (?:checked|check|log|logs|capture)(?: |$)| drop (?:counter|counters|count)(?: is| shows| at| =)? (?:0|zero)(?: |$)| (?:firewall|firewalls|iptables|fortigate|pfsense|asa)(?<!(?:side of|lado da|lado de|lado do|behind|through|via|across|beyond) (?:the |a |o |da |de )?(?:firewall|firewalls|iptables|fortigate|pfsense|asa)) (?:is |does |did |dey |has |was )?(?:not|no|never) (?:dey |de )?(?:drop|drops|dropping|dropped|block|blocks|blocking|blocked|discarding|discards) (?:anything|nothing|any packets?|packets|(?:no |any |the |los |os )?(?:rst|reset|resets))(?: |$)| (?:firewall|firewalls|iptables|fortigate|pfsense|asa) (?:is |was |stays |stayed |remains |remained |left )?untouched(?: |$)| (?:firewall|firewalls|iptables|fortigate|pfsense|asa)(?: (?:in|mein|me|settings?|rules?|config))? (?:anything |nothing )?(?:not|never) (?:changed|touched|modified)(?: |$)| (?:because|reason|wajah|cause) (?:of )?(?:the )?(?:firewall|firewalls|iptables|fortigate|pfsense|asa) not(?: |$)| (?:rst|reset)(?: ro)? (?:drop|block) (?:not|nemikone|nemikonan)(?: |$)| (?:rst|reset|firewall)(?: [a-z]+){0,4} (?:ka |ki |ke )?question (?:hi )?not(?: |$)`,
    ),
    needs: NEGATION_WORD,
    hints: ['rule', 'firewall', 'iptables', 'fortigate', 'pfsense', 'asa', 'conntrack', 'drop count', 'drop', 'block', 'question'],
    // The paths without a firewall said to be fine ("other carriers (no fw in path) fine", "the operators without a firewall")
    // is the contrast, not a denial.
    // Nor is it when a log shows the RST packets dropped, or the firewall right after the "not" does the dropping: the "not"
    // then ends the clause before it, as in languages that put the verb last or whose verb was not read ("calls do not
    // end, the FortiGate log shows RST packets dropped", "calls do not go through. iptables drops RST as INVALID").
    unless: / (?:no|without) (?:a |any |the )?(?:firewall|firewalls)(?: [a-z]+){0,3} (?:are |is |all |still )?(?:fine|ok|okay|working|work|good|normal|unaffected|nothing)(?: |$)| (?:clients|customers|sites|users|ones|those|carriers|operators|vendors|trunks|peers|partners) (?:without|with no) (?:a |any )?(?:firewall|firewalls|fire)(?: |$)| (?:not|no) (?:the )?(?:firewall|firewalls|iptables|fortigate|pfsense|asa)(?: [a-z]+)? (?:drops|dropped|dropping|blocks|blocked|rejects|rejected|cuts|discards|discarded)(?: |$)|^(?=.* (?:log|logs|conntrack|tcpdump|capture|captured|wireshark) ).*(?: (?:rst|deny tcp rst|deny tcp) (?:[a-z]+ ){0,3}(?:drop|drops|dropped|invalid|deny|denied|blocked|rejected)|(?:deny|denied|drop|drops|dropped|rejected)(?: [a-z]+)? tcp(?: [a-z]+){0,3} rst| packets? rst (?:drop|drops|dropped))(?: |$)/,
    about: 'the message says it is not the firewall',
  },
  {
    // The firewall taken out of the path and the fault the same: it is not the firewall ("humne firewall hata ke bhi test kiya, same issue").
    id: 'not-fw.removed-same',
    playbook: 'firewall_rst',
    weight: -3,
    on: 'phrase',
    // Anchored on "same" or "still", the firewall taken out looked for behind it.
    pattern: / (?:same|still)(?<= (?:firewall|firewalls|iptables|fortigate|pfsense)(?: [a-z]+)? (?:hata|hataya|hatake|hatiye|removed|disabled|bypassed|off)(?: [a-z]+){0,6} [a-z]+)(?: |$)| (?:same|still)(?<= (?:removed|disabled|bypassed|turned off|switched off|took out|without) (?:the |our |a )?(?:firewall|iptables|fortigate|pfsense)(?: [a-z]+){0,6} [a-z]+) (?:issue|problem|thing|error|fault|result|happens|fails|failing)(?: |$)/,
    requires: / (?:firewall|firewalls|iptables|fortigate|pfsense) /,
    hints: ['same', 'still'],
    about: 'the firewall taken out of the path, and the same fault: not the firewall',
  },
  // The resets pass or are not dropped: "RST packets are not dropped", "no RST dropped", and verb first with the denial last,
  // as Russian says it ("дропнутых RST нет": dropped RST, none), though not a log line's "dropped RST, no matching session".
  {
    id: 'not-fw.rst-passes',
    playbook: 'firewall_rst',
    weight: -3,
    on: 'phrase',
    pattern: new RegExp(
      ` ${RST}(?: packets?)? (?:are |is |were |was |get |gets )?(?:not|never) (?:being )?(?:dropped|blocked|filtered|denied|discarded)(?: |$)| (?:firewall|firewalls|iptables|fortigate|pfsense|asa) (?:passes|allows|lets through|permits) (?:everything|all traffic|anything)(?: |$)| (?:no|zero) ${RST}(?: packets?)? (?:dropped|blocked|filtered|denied|discarded|drops)(?: |$)| ${RST}(?: packets?)? ${BLOCK_VERB} ${POSTPOSED_NOT}| (?:dropped|blocked|discarded|rejected|filtered) ${RST}(?: packets?)? no(?: |$)(?!(?:matching|session|sessions|connection|connections|state|syn)(?: |$))| allow (?:the |all )?${RST}(?: packets?)? already(?: |$)| (?:passes|passed|allows|allowed|lets|let|forwards|forwarded)(?<!(?:not|no|never|cannot|dey) (?:passes|passed|allows|allowed|lets|let|forwards|forwarded)) (?:the |all |every |our )?${RST}(?: packets?)?(?: through)?(?: |$)` +
        `| ${RST}(?<!(?:no|not|never|zero|nothing|cannot)(?: [a-z]+){0,3} ${RST})(?: packets?| segments?)? (?:are |is |were |was |get |gets |being )?(?:allowed|permitted|accepted|whitelisted|let through|passed through)(?: |$)` +
        // "the resets reach the phone fine" ("RST theek se pass ho rahe": properly), unless something drops them after all ("call
        // drop" is the symptom, not a drop of them, and "koi drop" in "koi drop nahi" is none).
        `| ${RST}(?<!(?:no|not|never|zero|nothing|cannot)(?: [a-z]+){0,3} ${RST})(?: packets?| segments?)? (?:do |does |did |always |still )?(?:(?:properly|correctly|fine|normally|theek|thik)(?: since| se)? )?(?:reach|reaches|reached|arrive|arrives|arrived|get through|gets through|got through|come through|comes through|came through|go through|goes through|went through|make it|makes it|made it|pass|passes|passed|passing)(?: |$)(?!.* (?<!(?:calls?|koi|any|zero) )${BLOCK_VERB}(?: |$))`,
    ),
    needs: RST_PASSES_WORD,
    hints: ['rst', 'reset'],
    about: 'the message says the resets get through ("the rst packets are not dropped", "no RST dropped", "it passes the rst", "the resets reach the phone")',
  },
  // The firewall said to be fine or to accept everything ("the conntrack is fine, 3000 of 65536", "es un accept all").
  { id: 'not-fw.firewall-fine', playbook: 'firewall_rst', weight: -3, on: 'phrase', pattern: / (?:firewall|firewalls|iptables|fortigate|pfsense|asa|conntrack)(?<!(?:without|no|uten|utan) [a-z]+)(?: table| rules)? (?:is |are |looks |seems |was )?(?:all )?(?:fine|ok|okay|clean|normal|healthy)(?: |$)(?!(?:not|no) (?:work|works|working|worked)(?: |$))| (?:is|es|its|just) (?:an |a |un )?(?:accept|allow) all(?: |$)/, needs: FIREWALL_FINE_WORD, hints: ['firewall', 'iptables', 'fortigate', 'pfsense', 'asa', 'conntrack', 'all'], unless: / (?:but|pero|mas|except|only)(?: [a-z]+){0,4} (?:drop|drops|dropping|dropped|block|blocks|blocked|blocking|invalid|reject|rejects|rejected)(?: |$)| (?:not|no|without|ma|tak)(?: [a-z]+){0,3} (?:firewall|firewalls|iptables|fortigate|pfsense|asa|conntrack) (?:[a-z]+ )?(?:are |is )?(?:fine|ok|okay|normal)(?: |$)/, about: 'the firewall said to be fine, or to accept everything (not the calls that avoid it: "calls not through the fortigate ok")' },
  // The dropped RSTs belong to other traffic than the switch's: "that was not our VOS traffic, it was the CCTV's", "the rule is only on
  // the guest VLAN, not on the VOS VLAN" (Hindi puts the "not" last: "VOS wale VLAN pe nahi").
  { id: 'not-fw.other-traffic', playbook: 'firewall_rst', weight: -3, on: 'phrase', pattern: / (?:not|no) (?:on |in |for |from |of )?(?:the |our |a )?vos3000(?: [a-z]+){0,2} (?:vlan|vlans|subnet|segment|traffic|interface|zone)(?: |$)| vos3000 (?:[a-z]+ ){0,2}(?:vlan|vlans|subnet|segment|interface|zone) (?:[a-z]+ ){0,2}not(?: |$)/, requires: RST_WORDS, hints: ['vos3000'], about: 'the dropped RSTs are said to be other traffic than the switch\'s (another VLAN, another device)' },
  // firewall_rst is about RST packets; a firewall that blocks ports or addresses is not.
  { id: 'not-fw.ports-addresses', playbook: 'firewall_rst', weight: -3, on: 'phrase', pattern: / (?:open|opening|allow|allowed|allowing|whitelist|whitelisted|whitelisting|unblock|blacklist|blacklisted|ban|banned|bans|banning|fail2ban|unban|alg|helper|forward|forwarding|rtp|udp|sip|ip|ips|address|addresses|range|scanner|scanners|geo|geoblocking|rate limits?|invites?|options|table full|ports?|5060|5080|ssh|portal|services|icmp|ping|subnet|subnets|vpn|vlan|vlans)(?: |$)/, requires: FIREWALL, hints: ['firewall', 'iptables', 'fortigate', 'pfsense', 'asa', 'conntrack', 'fail2ban', 'csf', 'alg', 'helper'], unless: RST_WORDS, about: 'a firewall about ports or addresses, nothing about RST' },

  // ── questions: asked, not reported ────────────────────────────────────────────────
  { id: 'ask.question-word', playbook: null, weight: 2.5, on: 'phrase', pattern: /^(?! (?:are|r) (?:you|u) (?:kidding|serious|joking|mad|crazy) )(?! is (?:all|petado|everything|fine|ok|bien|todo|down|broken|dead|full|lleno|caido|caida)(?: |$)) (?:(?:(?:quick|small|one|a|simple|general|short|basic) )?(?:q|question|query|doubt)|hi|hello|hey|sir|dear|salam|so|ok|btw|also|and|good(?: (?:morning|day|afternoon|evening))?)?(?: sir)? ?(?:what|whats|which|how|why|where|who|is|are|does|do|did|can|could|should|would|will|explain|define|describe|curious|wondering) /, unless: REPORTED, holdsBack: true, about: 'opens with a question word (after a greeting or "quick q" at most), and no fault of the writer\'s own' },
  { id: 'ask.question', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:is|are) (?:that|this|it|these|those) (?:ok|okay|fine|normal|healthy|bad|good|a problem|an issue|safe|too many|too much|expected)| normal(?<!(?:close|closing|closure|fecho|cierre|fermeture) normal)(?! (?:close|closing|closure|hours?|times?|days?|operations?|conditions?|phones?|gateways?|extensions?|devices?|terminals?|routers?)(?: |$)| (?:after|from|past) (?:[0-9]|midnight))(?<!(?:back to|back|returns to|return to|sa|ke|kembali) normal)(?<!(?:work|works|worked|working|run|runs|running|operate|operates|operating)(?: [a-z]+)? normal)(?<!before(?: [a-z]+){0,2} normal)(?<!(?:off peak|offpeak|otherwise|daytime|day time|rest of the day|other times|morning|mornings|night|nights|weekend|weekends|below that|below it|under that|abaixo disso|debajo de eso|outside)(?: [a-z0-9]+){0,3} normal)(?<!(?:are|tao|estao|estan|son|clients|customers|users|phones|ones|trunks|extensions|offices|lines|firewall|firewalls|gateway|gateways|router|routers|devices|ip|ips|public|static|statis|thi) normal) | healthy | should (?:i|we) (?:worry|fear|be (?:worried|afraid|concerned|scared))| anything to (?:do|tune|worry|change)| (?:ok|fine) right | too many $| what (?:is|are|does|do|causes|cause|means) | how (?:many|much|big|long|can|do) | why (?:does|do|is|are) | (?:explain|meaning|mean|means|difference) | just (?:checking|asking|curious|wondering|confirming) | curious | (?:send|give|tell|show) (?:me|us) (?:the |a |some )?(?:command|commands|cmd|steps|way|syntax) | (?:kya hota|jinis|jinish|normal naki|koi dikkat|ki problem|theek hai na|(?<! (?:ip|ips|udp|gula|gulo|guli|gulor|wala|wale|wali) )thik ache)/, hints: ['ok', 'fine', 'normal', 'healthy', 'bad', 'good', 'problem', 'issue', 'safe', 'many', 'much', 'expected', 'worry', 'fear', 'worried', 'afraid', 'concerned', 'scared', 'anything', 'right', 'what', 'how', 'why', 'explain', 'meaning', 'mean', 'difference', 'just', 'curious', 'send', 'give', 'tell', 'show', 'kya', 'jinis', 'naki', 'dikkat', 'theek', 'thik'], unless: REPORTED, holdsBack: true, about: 'a question without a fault of the writer\'s own' },
  // How long a socket stays in TIME_WAIT, asked with two figures ("TIME_WAIT 60 sekund turadimi yoki 120?"): no count of them.
  { id: 'ask.duration', playbook: null, weight: 2.5, on: 'phrase', pattern: / timewait [0-9]+ (?:seconds?|secs?|sekund|saniye)(?: [a-z]+){0,2} (?:or|yoki|ili|veya|oder|ou|o) [0-9]+(?: |$)/, hints: ['timewait'], unless: REPORTED, holdsBack: true, about: 'how long TIME_WAIT lasts, asked' },
  // Port exhaustion asked about beside one process as the other cause ("is it port exhaustion or just one old java process?",
  // Bambara "o ye port exhaustion ye wa walima java kelen dron?"): the writer does not know which; a second instance holding
  // the port is not exhaustion.
  { id: 'ask.which-one', playbook: null, weight: 2.5, on: 'phrase', pattern: new RegExp(` (?:ports? exhaustion|(?:ephemeral|local|source) ports? (?:exhaustion|exhausted|running out))(?: [a-z]+){0,3} or (?:is it |just |only |simply |rather |maybe |perhaps )*(?:a |the |an )?(?:[a-z0-9]+ ){0,2}(?:(?:one|single|another|second|old|other|stale) (?:[a-z]+ )?${ONE_PROCESS}|${ONE_PROCESS} (?:[a-z]+ )?(?:one|single|only|old|stale))(?: |$)`), hints: ['exhaust', 'running out'], holdsBack: true, about: 'asks whether it is port exhaustion or one process holding the port' },
  // A fault only supposed in an if-clause and asked about ("if traffic grows to 500 cps, will we get address already in use?",
  // "if the traffic doubles would we run out of ports?"; with a question word or particle where the normaliser reads the "if":
  // Indonesian "kalau …, apakah akan …?", Turkish "eğer … gelir mi?", Hindi "… to kya … ?" but not "kya karein", what to do):
  // the writer asks what would happen. Not when the words before the modal hold the fix ("if we turn rst off will it be
  // fixed?", "if i set it back to off and reparse will the phones come back", "if we enable tw_reuse will it stop?"), which
  // is asked about a fault that is there, nor a fault stated past the if-clause's first words ("if traffic goes above 200
  // cps, calls fail with address already in use. will tw_reuse help?": the phrase has no full stop), where the fault the
  // clause supposes stands ("if the firewall drops RST, what would we see?").
  { id: 'ask.supposed', playbook: null, weight: 2.5, on: 'phrase', pattern: new RegExp(String.raw` if (?:(?!(?:${FIX_WORDS})(?: |$))[a-z0-9]+ ){1,3}?(?:(?!(?:${FIX_WORDS}|${FAULT_VERBS})(?: |$))[a-z0-9]+ ){0,9}?(?:will|would|could|might|gonna|going to|akan|apakah|kya(?! (?:karein|karen|kare|karu|karun|karna|karoon|kiya|karo|solution|upay|ilaj)(?: |$))|mi|mu|miyiz|muyuz|midir|mudur)(?: |$)`), question: true, hints: ['if'], unless: TOLD_RECURRING_OR_PAST, holdsBack: true, about: 'a fault supposed in an if-clause, with a question mark: what would happen, asked; not one told as recurring or past' },
  // A question passed on ("the network engineer asks whether the VOS closes with RST or FIN"): no fault of the writer's own.
  { id: 'ask.indirect', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:asks?|asked|asking|wants to know|wanted to know|wonders|wondering) (?:whether|if)(?: |$)/, hints: ['ask', 'know', 'wonder'], unless: REPORTED, holdsBack: true, about: 'a question passed on, and no fault of the writer\'s own' },
  // "Just curious" (ASKED_TO_UNDERSTAND reads it in other languages) with a question mark: a question, whatever the framing.
  { id: 'ask.to-understand', playbook: null, weight: 2.5, on: 'phrase', pattern: / just (?:curious|asking|to understand|wondering)(?: |$)/, question: true, hints: ['just'], holdsBack: true, about: 'a question asked only to understand' },
  { id: 'ask.question-mark', playbook: null, weight: 1, on: 'text', pattern: /\?(?:\s|$)|(?<= )\?(?=[a-z])/, hints: ['?'], unless: REPORTED, holdsBack: true, about: 'a question mark and no fault of the writer\'s own' },
  { id: 'ask.example', playbook: null, weight: 2.5, on: 'phrase', pattern: / last (?:year|years|month|months) (?:[a-z]+ )?incident(?: |$)| (?:incident|outage) (?:of|from) last (?:year|month)(?: |$)| (?:problem|issue|incident|outage) (?:that )?(?:was |happened |we had )?in (?:19|20)[0-9]{2}(?: |$)| for (?:the |a |my |our )?presentation(?: |$)| writing (?:a |the |an |our )?(?:report|postmortem|post mortem|rca|summary)(?: |$)| (?:lecture|training|course) (?:slide|slides|notes)(?: |$)| incident report(?: |$)| (?:training|internal) (?:doc|docs|documentation|material|slides?|manual|wiki)(?: question)?(?: |$)| (?:exam|quiz|interview|certification|training) (?:scenario|scenarios|case study)(?: |$)| just studying(?: |$)| (?:sharing |share it |noting it |note )?for (?:the |our )?wiki(?: |$)| (?:training|exam|quiz|interview) question(?: |$)| (?:interviewing|interview|interviews) (?:a |an |the |our |new )?(?:[a-z]+ ){0,3}(?:candidate|candidates|applicant|applicants)(?: |$)| (?:course|class|training) (?:teacher|lecturer|instructor|trainer|tutor) (?:asked|asks)(?: |$)| (?:in|at|during) (?:an |the |my |a )?(?:job )?(?:interview|exam|quiz) (?:today |yesterday |this morning |last week )?(?:i was |we were |they |he |she |was |were )?asked(?: |$)| question (?:for |of |about )?(?:the )?(?:training|exam|quiz)(?: |$)| past incident(?: |$)| (?:issue|problem|incident|outage|error|errors) was last (?:year|month)(?: |$)| (?:report|rca) for (?:the |an |our |di )?audit(?: |$)| (?:rca|root cause analysis|post mortem|postmortem)(?: [a-z]+){0,3} (?:for|of|on|about) (?:the |last |last years |a |an |that )*(?:old |past |previous )?incident(?: |$)| report (?:e |of |on |for )?(?:the |that |this |oon )?(?:[0-9]{4} )?incident(?: |$)| nothing current(?: |$)| (?:old|past|previous) (?:[0-9]{4} )?(?:incident|case)(?: |$)| old ticket(?: |$)| ticket old(?: |$)| (?:this|that|it) (?:was|is) from last (?:year|month)(?: |$)| (?:our |the |that |this )?(?:ticket|case) from (?:january|february|march|april|may|june|july|august|september|october|november|december|last (?:week|month|year))(?: |$)| (?:for|para) (?:the |el |la |an |a )?(?:exam|course)(?: |$)| (?:exercise|drill) for (?:the )?(?:shift|team|training|newcomers|new)(?: |$)| (?:a |an |old )?story (?:from|about|of)(?: |$)| (?:writing|write|writes|preparing|drafting) (?:a |an |the |our )?(?:procedure|runbook|playbook|document|doc|sop|checklist|guide|presentation|blog post)(?: |$)| blog post (?:i|we) (?:wrote|am writing|are writing|write)(?: |$)| (?:needed |only |just )?for (?:the |a |our )?(?:documentation|document|audit)(?: |$)| (?:tell|telling) (?:you )?(?:a |the )?story(?: |$)| just for context(?: |$)| (?:course |training )?case study(?: |$)| (?:in|on) the exam(?: |$)| for learning(?: |$)| (?:hypothetically|theoretically|in theory)(?: |$)| (?:interview|exam) (?:prepare|preparing|preparation)(?: |$)| (?:prepare|preparing|preparation) (?:for )?(?:an |the |my )?(?:interview|exam)(?: |$)| (?:just|only|pure|purely) (?:theory|curiosity)(?: |$)| training ke liye| (?:for|for the) training(?: |$)| (?:writing|write|likh raha|likh rahi) (?:the |a |some )?documentation| documentation (?:likh|writing)| (?:as an?|for) (?:example|examples) (?:for|to) (?:new |the |our )?(?:staff|team|engineers|students|trainees)(?: |$)| (?:exercise|exercises) for (?:the |les |our |new )?(?:staff|team|engineers|students|trainees|interns)(?: |$)| lab exercise(?: |$)| (?:example|examples) for (?:the |our |a |to )?(?:manual|documentation|docs|wiki|guide)(?: |$)| faq document(?: |$)| example sentences(?: |$)| (?:read|saw|seen|heard|watched)(?: [a-z0-9]+){0,5} (?:in|on|from) (?:a |the |some )?(?:blog|forum|article|video|youtube)(?: |$)| (?:in|on) (?:a |the |some )?(?:blog|forum|article|video|youtube)(?: [a-z0-9]+){0,6} (?:saw|read|seen)(?: |$)/, needs: EXAMPLE_WORD, hints: ['training', 'internal', 'incident', 'current', 'outage', ' in 19', ' in 20', 'example', 'story', 'context', 'document', 'procedure', 'runbook', 'playbook', 'drill', 'hypothetic', 'theor', 'documentation', 'curiosity', 'exam', 'course', 'learning', 'exercise', 'question', 'quiz', 'last', 'audit', 'rca', 'root cause', 'mortem', 'blog', 'forum', 'article', 'video', 'youtube', 'case', 'ticket', 'interview', 'certification', 'studying', 'wiki', 'writing', 'lecture', 'slide', 'notes', 'doc', 'sop', 'checklist', 'guide', 'presentation'],
    // An old ticket quoted before a new problem ("old ticket: low traffic, no issue. that changed since …", "… and now …").
    unless: / (?:ticket|case)(?: [a-z0-9]+){0,12} (?:that changed since|and now|now after|since then our)(?: |$)/,
    holdsBack: true, firmly: true, about: 'a past incident or a training document used as an example: nothing to fix now' },
  { id: 'ask.hypothetical', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:hypothetically|hypothetical|theoretically|theoretical|in theory|(?:just|only) asking|(?:just|only) (?:a )?question|asking (?:in advance|ahead|beforehand)|(?:just|only) (?:dey )?plan(?:ning)?|for planning|(?:not a|no) (?:real|live|actual) (?:ticket|issue|problem|case|fault|complaint)|(?:for|from|in) (?:my |an |the |a |our |your )?(?:[a-z0-9]+ )?(?:exam|certification|training|study|studies|course|class|lecture|workshop|interview|quiz)|studying|learning about|for learning|(?:is|am|are) (?:just )?learning|(?:just|only|pure|purely) (?:theory|curiosity)|(?:just|only) (?:discussing|a discussion|curious|wondering))(?: |$)/, hints: ['hypothetic', 'theor', 'asking', 'question', 'plan', 'real', 'live', 'actual', 'exam', 'certification', 'training', 'stud', 'course', 'class', 'lecture', 'workshop', 'interview', 'quiz', 'learning', 'curiosity', 'discuss', 'curious', 'wondering'], unless: FAULT, holdsBack: true, about: 'a hypothetical or study question, not a fault' },
  { id: 'ask.not-ours', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:switch|server|system|softswitch|vos3000) (?:has |have )?never (?:shown|seen|had|logged|got) (?:it|this|that|them)(?: |$)| (?:we|i) (?:do not |did not |not |never )(?:have|had|see|saw|get|got|face|faced|having|seeing|getting|facing) (?:this|that|the|such|any|these|those|same)(?: [a-z]+)? (?:issue|issues|problem|problems|error|errors|symptom|symptoms|trouble)(?: (?:ourselves|ourself|at all|yet|currently|right now|at the moment|here)(?: |$)| $| and never)| (?:my|a) (?:friend|friends|colleague|cousin|neighbour|neighbor)s? (?:has|have|had|with|says|said|runs|uses|asked|asks) | (?:my|a) (?:friend|colleague|cousin|neighbour|neighbor) (?:in|from) (?!(?:home|office|work|the|our|my)(?: |$))[a-z0-9]+ (?:has|had|says|said|runs|uses|asked|asks) | (?:my|a) (?:friend|friends|colleague|cousin|neighbour|neighbor)s? (?:[a-z0-9]+ ){1,3}(?:says|said|told|asked|asks) | (?:my|a|our) (?:friend|friends|colleague|cousin|neighbour|neighbor)s? (?:server|servers|softswitch|switch|box|vos3000)(?: |$)| friends? (?:meu |mio |my )?(?:has|have|tem|tiene)(?: a| um| un)? (?:server|softswitch|switch|vos3000)| friends? (?:ke|ka|ki|do|da|de|er) (?:server|softswitch|vos3000|company|office)(?: |$)| friends? (?:company|office|server) (?:te|e|me|pe)(?: |$)| (?:was|is|era|es|e) (?:another|a different|other) (?:server|box|machine|vos3000)(?: |$)| (?:read|saw|seen) (?:it |this |that )?(?:on|in) (?:a |the )?(?:forum|group|blog|doc|docs|documentation)(?: |$)| (?:server|softswitch) (?:of )?my friend(?: |$)/, hints: ['never', 'issue', 'problem', 'error', 'symptom', 'trouble', 'friend', 'colleague', 'cousin', 'neighbo', 'competitor', 'ours', 'another', 'not our', 'forum', 'group', 'blog', 'doc'], holdsBack: true, about: 'someone else\'s problem: "we dont have this issue ourselves", "my friend has …"' },
  // A partner's server that shows connections to us ("ss di server partner … koneksi ke kita") is the far end of our own
  // traffic, not another operator's switch asked about.
  { id: 'ask.someone-elses', playbook: null, weight: 2.5, on: 'phrase', pattern: / our (?:server|softswitch|vos3000) not(?: hai| he| hain| e)?(?: |$)(?!(?:able|can|work|working|start|starting|connect|connecting|register|registering)(?: |$))| another (?:reseller|customer|provider|company|vendor|carrier)s? (?:ka |ke |ki |da |de |di |of |s )?(?:vos3000|server|softswitch)(?: |$)| (?:not|no) (?:is |es |e )?our (?:server|softswitch|switch|vos3000|box)(?: |$)| not ours(?: |$)| another (?:provider|providers|company|companys|vendor|vendors|carrier|carriers) (?:softswitch|switch|server|platform)(?: |$)| (?:sister|partner|parent|affiliate) (?:company|companys|companies|carrier|carriers) (?:softswitch|switch|server|servers|platform)(?: |$)| not one we (?:operate|manage)(?: |$)| (?:(?:my|a|our) )?(?:competitor|competitors)s? (?:server|servers|softswitch|switch|box|vos3000|customer|customers|client|clients)(?: |$)| at (?:a |our |one )?(?:competitor|competitors)(?: |$)| (?:server|softswitch|switch|vos3000) (?:of |do |da |de )?(?:my |meu |mi |our |the )?(?:competitor|friend|partner)(?: |$)(?!(?:[a-z0-9]+ ){0,5}(?:to us|ke kita|towards us|with us|sa amin)(?: |$))| (?:my |our |a )?(?:former|previous|old|ex) (?:employer|employers|company|job|workplace)(?: |$)| (?<=. )(?:friend|friends|competitor|competitors)(?<! (?:hello|hi|hey|dear|salut|bonjour) friend)(?: [a-z]+){0,2} (?:server|servers|softswitch|switch|vos3000)(?: |$)| our own (?:switch|server|softswitch|vos3000) (?:is )?(?:ok|okay|fine|good|normal)(?: |$)| (?:server|softswitch|vos3000) (?:(?:is|e|es) )?(?:dele|dela|deles|delas)(?: |$)| friends? (?:(?:ke|ka|ki|da|de|di|er|s) )?(?:company|companys|office)(?: |$)/, hints: ['our', 'another', 'competitor', 'ours', 'friend', 'partner', 'employer', 'compan', 'job', 'workplace', 'carrier', 'operate', 'manage', 'dele', 'dela'], holdsBack: true, firmly: true, about: 'someone else\'s server (another reseller\'s, a competitor\'s, not ours): its figures are nothing of ours to fix' },
  { id: 'ask.all-fine', playbook: null, weight: 2, on: 'phrase', pattern: ALL_FINE, needs: ALL_FINE_WORD, hints: ['alert', 'alarm', 'trigger', 'warning', 'false', 'everything', 'all', 'traffic', 'new', 'current', 'koi', 'kono', 'errors', 'error', 'failures', 'failure', 'eaddrinuse', 'bindexception', 'more', 'zero', 'calls', 'call', 'asr', 'acd', 'problem', 'issue', 'log', 'fine', 'nothing', 'happy', 'through', 'clean', 'below', 'under', 'stale'], unless: FAULT_SAID_RE, holdsBack: true, firmly: true, about: 'says plainly that everything works (no errors, calls completing), whatever the figures' },
  // The rules or the config sent for a review or an audit ("please review our iptables rules, it is for an audit: …"): a
  // request to look, not a fault, unless calls or phones are said to fail beside it (a pasted rule's "-j DROP" is no fault
  // told). Only "review" and "audit": "please check the policy" beside a fault asks for its fix.
  { id: 'ask.config-review', playbook: null, weight: 2.5, on: 'phrase', pattern: / (?:review|audit)(?: [a-z]+){0,3} (?:rules|ruleset|config|configuration|policy|policies)(?: |$)| (?:rules|ruleset|config|configuration|policy|policies)(?: [a-z]+){0,2} review(?: |$)| (?:for|before) (?:an |the |our )?audit(?: |$)/, hints: ['review', 'audit'], unless: / (?:calls?|phones?|extensions?|registration|registrations|traffic)(?: [a-z]+){0,3} (?:fail|fails|failing|failed|failure|failures|drop|drops|dropping|dropped|hang|hangs|hanging|hung|unregistered|offline|not registering|cut|cuts)(?: |$)/, holdsBack: true, about: 'the rules or the config sent for a review or an audit' },
  { id: 'ask.healthy', playbook: null, weight: 2, on: 'phrase', pattern: HEALTHY, hints: ['fine', 'ok', 'working', 'good', 'works', 'idle', 'quiet', 'theek', 'thik', 'error', 'problem', 'issue', 'failing', 'failure', 'happening', 'wrong', 'broken', 'spoil', 'complaint', 'completing', 'through', 'asr', 'acd'], unless: REPORTED, holdsBack: true, about: 'says everything works' },
];

/** Fewer sockets in TIME_WAIT than this are no sign of exhaustion (and are held against it). */
const FEW_TIME_WAIT = 1000;
/**
 * From this many sockets in TIME_WAIT on, a sixth of the default range of about 28,000 local
 * ports, the count is a sign of exhaustion by itself; below it, only worth a look.
 */
const MANY_TIME_WAIT = 5000;
/** From this many sockets in TIME_WAIT on, most of the default range of about 28,000 local ports is taken. */
const RANGE_NEARLY_FULL = 20_000;
/** From this many calls per second on, with several TCP connections a call, the range may fill after all. */
const SOME_CPS = 35;
/** Fewer calls per second than this cannot exhaust the port range. */
const LOW_CPS = 50;

/** Rules computed from extracted numbers. */
const valueRules: readonly ValueRule[] = [
  {
    id: 'pe.timewait-count',
    playbook: 'port_exhaustion',
    cause: true,
    test: (x) => (x.timeWait === undefined || x.timeWait < FEW_TIME_WAIT ? undefined : { weight: x.timeWait >= MANY_TIME_WAIT ? 4 : 1.5, matched: `TIME_WAIT ${x.timeWait}` }),
  },
  {
    // The default port range has about 28,000 ports: a few hundred sockets in TIME_WAIT use up none of it.
    id: 'not-pe.few-timewait',
    playbook: 'port_exhaustion',
    stands: true,
    test: (x) => (x.timeWait === undefined || x.timeWait >= FEW_TIME_WAIT ? undefined : { weight: -3, matched: `TIME_WAIT ${x.timeWait}` }),
  },
  {
    id: 'pe.high-cps',
    playbook: 'port_exhaustion',
    cause: true,
    test: (x) => (x.cps === undefined || x.cps < LOW_CPS ? undefined : { weight: 0.75, matched: `${x.cps} cps` }),
  },
  {
    // A call's TCP connection holds its port for a minute in TIME_WAIT: a few dozen calls a second hold a few thousand ports at most.
    // Most of the range counted in TIME_WAIT at some tens of calls a second is measured, and outweighs what the rate suggests.
    id: 'not-pe.low-cps',
    playbook: 'port_exhaustion',
    stands: true,
    test: (x) => (x.cps === undefined || x.cps >= LOW_CPS || (x.cps >= SOME_CPS && (x.timeWait ?? 0) >= RANGE_NEARLY_FULL) ? undefined : { weight: -2, matched: `${x.cps} cps` }),
  },
];

/** The ids of the rules that name what a playbook's cause is about (Rule.names). */
export function namingRuleIds(ruleSet: readonly Rule[] = rules): ReadonlySet<string> {
  return new Set(ruleSet.filter((r) => r.names === true).map((r) => r.id));
}

/** The ids of the rules of `ruleSet`, and of the value rules, that name a cause (Rule.cause). */
export function causeRuleIds(ruleSet: readonly Rule[] = rules): ReadonlySet<string> {
  return new Set([...ruleSet, ...valueRules].filter((r) => r.cause === true).map((r) => r.id));
}

/** The ids of the rules of `ruleSet`, and of the value rules, whose contradiction stands beside a story told in full (Rule.stands). */
export function standingRuleIds(ruleSet: readonly Rule[] = rules): ReadonlySet<string> {
  return new Set([...ruleSet, ...valueRules].filter((r) => r.stands === true).map((r) => r.id));
}

/** Whitespace other than single spaces: only then is there anything to collapse. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;

function shorten(s: string): string {
  const t = UNEVEN_SPACE.test(s) ? s.trim().replace(/\s+/g, ' ') : s.trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

function mentions(source: string, hints: readonly string[]): boolean {
  for (const h of hints) if (source.includes(h)) return true;
  return false;
}

/**
 * Runs rules on a normalised message; hits come back strongest first. Given to the normaliser
 * as its NormaliserOptions.wordData, `wordData` is looked up once per token there, not once per
 * word here.
 */
export interface RuleRunner {
  (n: Normalised<WordSlots>, extracted: Extracted): RuleHit[];
  readonly wordData: (word: string) => WordSlots;
}

/**
 * Runs every rule on a normalised message, hints first; hits come back strongest first.
 * The plain version: compileRules gives the same answers faster.
 */
export function runRules(n: Normalised, extracted: Extracted, ruleSet: readonly Rule[] = rules, useHints = true): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const rule of ruleSet) {
    const source = rule.on === 'text' ? n.text : n.phrase;
    if (useHints && rule.hints !== undefined && !mentions(source, rule.hints)) continue;
    const hit = fire(rule, source, (pattern) => pattern.test(n.phrase), n.questionMark);
    if (hit) hits.push(hit);
  }
  return finish(hits, extracted, n.text);
}

/** "not", "no", "never", "zero" … right before a match, optionally with "because (of)" and "a", "any", "the" …: the match is negated ("not because the ports ran out"). */
const NEGATED_BEFORE = /(?:^| )(?:not|no|never|nothing|nobody|without|hardly|zero)(?: because(?: of)?)?(?: (?:phone|phones|extension|extensions|call|calls|customer|customers|user|users|agent|agents|a|an|any|the|much|more|many|real|big|such|really|one|single|log|logs))? ?$/;
/**
 * A negation right after a match, as Hindi, Urdu, Bangla and Nepali put it ("rst drop nahi kiye",
 * "block hoy na", "drop gareko chaina"): "not" behind the words, with at most a helper verb before
 * it, and then a helper verb or the end of the message ("not sure", "not the sip" are English).
 */
const NEGATED_AFTER = /^ ?(?:(?:kore|kora|kiye|kiya|kiyi|kar|karta|karte|karti|hota|hoti|hua|hui|ho|hoy|hoi|hoyni|gareko|garne|garyo|bhayo) )?not(?:$| $| (?:kiye|kiya|kiyi|kar|karta|karte|karti|kare|kari|hai|hain|tha|thi|hua|hui|hue|ho|hoy|hoyni|hocche|hoche|kore|korche|korse|gareko|bhayo|ki|raha|rahe|rahi|hota|hoti|gaya|gaye|thiyo)(?: |$))/;

/** Whether a negation stands right before or right after a match (see NEGATED_BEFORE, NEGATED_AFTER). */
function negated(source: string, m: RegExpExecArray): boolean {
  if (NEGATED_BEFORE.test(source.slice(Math.max(0, m.index - 24), m.index))) return true;
  const end = m.index + m[0].length;
  return NEGATED_AFTER.test(source.slice(end, end + 24));
}

/** Tests a context pattern (`requires`, `unless`) on the phrase of the message being read. */
type ContextTest = (pattern: RegExp) => boolean;

/** The hit of one rule on one message, or null when its context is missing, its pattern does not match, is negated, or its `unless` holds. */
function fire(rule: Rule, source: string, context: ContextTest, questionMark: boolean): RuleHit | null {
  if (rule.question === true && !questionMark) return null;
  if (rule.requires !== undefined && !(rule.asked === true && questionMark) && !context(rule.requires)) return null;
  const m = rule.pattern.exec(source);
  if (m === null) return null;
  if (rule.negatable && negated(source, m)) return null;
  if (rule.unless !== undefined && context(rule.unless)) return null;
  return { id: rule.id, playbook: rule.playbook, weight: rule.weight, matched: shorten(m[0]), at: m.index / source.length };
}

const byWeight = (h: RuleHit) => h.weight;

function finish(hits: RuleHit[], extracted: Extracted, text: string): RuleHit[] {
  for (const rule of valueRules) {
    const hit = rule.test(extracted, text);
    if (hit) hits.push({ id: rule.id, playbook: rule.playbook, weight: hit.weight, matched: hit.matched });
  }
  // Strongest first, equal weights in rule order.
  rankInPlace(hits, byWeight);
  return hits;
}

const SINGLE_TOKEN = /^[a-z0-9]+$/;

/**
 * The patterns compileRules reads the required words of (requiredWords): the phrase rules' and the contexts', each
 * once, in the order of the rules.
 */
export function gatedPatterns(ruleSet: readonly Rule[] = rules): RegExp[] {
  const out = new Set<RegExp>();
  for (const rule of ruleSet) {
    if (rule.on === 'phrase') out.add(rule.pattern);
    for (const context of [rule.needs, rule.requires, rule.unless]) if (context !== undefined) out.add(context);
  }
  return [...out];
}

/** What one word sets in the compiled runner: the rules its hints arm, the word starts it has (by slot). */
export interface WordSlots {
  readonly arms: readonly number[];
  readonly starts: readonly number[];
  /** The sets of word beginnings it meets (gates.ts). */
  readonly meets: readonly number[];
}

/** A rule as the compiled runner reads it: every field present, context patterns by number (-1: none). */
interface CompiledRule {
  readonly id: string;
  readonly playbook: PlaybookId | null;
  readonly weight: number;
  readonly onText: boolean;
  readonly pattern: RegExp;
  readonly needs: number;
  /** The context whose run is this rule's match too (the same pattern, e.g. EPHEMERAL), or -1. */
  readonly fromContext: number;
  readonly requires: number;
  /** Rule.asked. */
  readonly asked: boolean;
  /** Rule.question. */
  readonly question: boolean;
  readonly unless: number;
  readonly negatable: boolean;
  readonly hinted: boolean;
  /** Hints no word or text pass arms: looked for with includes(). */
  readonly otherHints: readonly string[];
  /** The slot a word that begins as the pattern needs sets (see wordStarts), or -1. */
  readonly startSlot: number;
}

/**
 * A phrase pattern whose alternatives all begin with a space (" a| b| c"), with the space taken
 * out in front (" (?:a|b|c)"): the same matches, tried in the same order, but V8 tries the
 * alternatives only where a word begins instead of at every character.
 */
function spaceFactored(pattern: RegExp): RegExp {
  const alternatives = topAlternatives(pattern.source);
  if (alternatives.length < 2 || !alternatives.every((a) => a.startsWith(' ') && !/^ [*+?{]/.test(a))) return pattern;
  return new RegExp(` (?:${alternatives.map((a) => a.slice(1)).join('|')})`, pattern.flags);
}

const LITERAL_CHAR = /^[a-z0-9 ]$/;
/** A quantifier that lets the atom before it match nothing. */
const OPTIONAL_NEXT = /^(?:[?*]|\{0[,}])/;
const LOOKAROUND = /^\(\?<?[=!]/;

/**
 * Letters, digits and spaces, one of which every match of `source` (one alternative, no `|` at
 * its top) starts with, e.g. ["connect", "dial"] for `(?:connect|dial)(?:s|ing)? …`, ["a few"]
 * for `a few …`, ["we ", "i "] for `(?:we|i) (?:see|get) …`; undefined when a
 * match may start otherwise (a class, an escape, an optional first letter). Lookarounds match
 * nothing and only narrow the match, so they are passed over; an optional first group adds the
 * beginnings of what follows it.
 */
function leadingLiterals(source: string): string[] | undefined {
  let literal = '';
  for (let i = 0; i < source.length; ) {
    const c = source[i] as string;
    if (LITERAL_CHAR.test(c)) {
      if (OPTIONAL_NEXT.test(source.slice(i + 1, i + 4))) break;
      literal += c;
      i++;
      continue;
    }
    if (literal !== '' || c !== '(') break;
    const end = groupEnd(source, i);
    if (end < 0) return undefined;
    const group = source.slice(i, end + 1);
    const optional = OPTIONAL_NEXT.test(source.slice(end + 1, end + 4));
    if (LOOKAROUND.test(group)) {
      if (optional || /^[+{]/.test(source.slice(end + 1))) return undefined;
      i = end + 1;
      continue;
    }
    // Only plain groups: a named group's name is no part of the text.
    if (!group.startsWith('(?:') && group.startsWith('(?')) return undefined;
    const inner = group.slice(group.startsWith('(?:') ? 3 : 1, -1);
    const alternatives = topAlternatives(inner);
    const firsts: string[][] = [];
    for (const a of alternatives) {
      const first = leadingLiterals(a);
      if (first === undefined) return undefined;
      firsts.push(first);
    }
    if (!optional) {
      // Alternatives that are words and nothing else go on with what follows the group, up to its first word end: for
      // `(?:we|i|our) (?:get|see)`, "i " (the word "i", not every word that begins with an i).
      const next = source.slice(end + 1);
      const goesOn = QUANTIFIER.test(next) ? '' : literalRun(next, true).text;
      return alternatives.flatMap((a, k) => {
        const word = goesOn === '' ? undefined : literalRun(a, false);
        return word !== undefined && word.whole && word.text !== '' ? [word.text + goesOn] : (firsts[k] as string[]);
      });
    }
    const out = firsts.flat();
    const after = leadingLiterals(source.slice(end + 1).replace(/^(?:[?*]|\{[0-9,]*\})\??/, ''));
    return after === undefined ? undefined : [...out, ...after];
  }
  return literal === '' ? undefined : [literal];
}

/** A quantifier, which makes the atom before it no literal. */
const QUANTIFIER = /^[*+?{]/;
/** A word end ends a word: a space, or the phrase's end, or one of them looked ahead for. */
const WORD_END = /^(?:\(\?:? \|\$\)|\(\?= \|\$\)|\(\?= \)|\$)/;

/**
 * The letters, digits and spaces `source` begins with, lookarounds passed over, and whether they are all it matches
 * (`down(?<!slow down)`: "down", whole). With `toWordEnd`, only up to its first space; a word end (`(?: |$)`) counts as one.
 */
function literalRun(source: string, toWordEnd: boolean): { readonly text: string; readonly whole: boolean } {
  let text = '';
  for (let i = 0; i < source.length; ) {
    if (toWordEnd && WORD_END.test(source.slice(i))) return { text: `${text} `, whole: false };
    const c = source[i] as string;
    if (LITERAL_CHAR.test(c)) {
      if (QUANTIFIER.test(source.slice(i + 1))) return { text, whole: false };
      text += c;
      i++;
      if (toWordEnd && c === ' ') return { text, whole: false };
      continue;
    }
    if (c !== '(' || !LOOKAROUND.test(source.slice(i))) return { text, whole: false };
    const end = groupEnd(source, i);
    if (end < 0 || QUANTIFIER.test(source.slice(end + 1))) return { text, whole: false };
    i = end + 1;
  }
  return { text, whole: true };
}

/**
 * What a word must begin with for a phrase pattern to match there: for ` (?:connect|dial)…`
 * (every alternative begins with a space, or `^ `), a match starts at a word that begins with
 * "connect" or "dial", so a phrase without such a word needs no run of the pattern. A beginning
 * that ends in a space is the whole word (` (?:a|the) …`: "a ", "the "). An alternative anchored
 * at the start (`^ `) that gives no beginning may match at the phrase's start whatever its first
 * word: it gives AT_START. Undefined when the pattern gives no such beginnings.
 */
function wordStarts(pattern: RegExp): string[] | undefined {
  if (/[gimy]/.test(pattern.flags)) return undefined;
  const out: string[] = [];
  for (const a of topAlternatives(pattern.source)) {
    const anchored = a.startsWith('^ ');
    const rest = a.startsWith(' ') ? a.slice(1) : anchored ? a.slice(2) : undefined;
    if (rest === undefined || /^[*+?{]/.test(rest)) return undefined;
    const first = leadingLiterals(rest);
    if (first === undefined || first.some((l) => l.startsWith(' '))) {
      if (!anchored) return undefined;
      out.push(AT_START);
      continue;
    }
    for (const l of first) out.push(l.includes(' ') ? l.slice(0, l.indexOf(' ') + 1) : l);
  }
  return out;
}

/** The word start of a pattern that may match at the phrase's start whatever the first word (never a word's beginning: words are letters and digits). */
const AT_START = '^';

/** A copy twice as long (the rest zero). */
const grown = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
};

/** The same pattern, matching only where its lastIndex stands. */
const sticky = (pattern: RegExp): RegExp => new RegExp(pattern.source, `${pattern.flags}y`);

/**
 * Compiles a rule set into a runner that answers exactly like runRules, cheaper: a phrase
 * rule's one-word hints are looked up once per distinct word (and cached), instead of
 * searching the whole phrase for every hint of every rule; the text rules' hints are all found
 * in one pass over the text, instead of one search per hint; a phrase pattern whose matches all
 * start at a word beginning so (wordStarts) is tried only before such words, not searched for; and
 * a phrase pattern or context is not run at all on a phrase that lacks the words it requires (gates.ts).
 */
export function compileRules(ruleSet: readonly Rule[] = rules, cacheSize = 20_000): RuleRunner {
  /** Per rule: run always, or only when armed by a word or by a hint found in the text, or by an includes() check. */
  const wordHints: { rule: number; hint: string }[] = [];
  const otherHints: string[][] = ruleSet.map(() => []);
  /** Text hints, and the rules each arms. */
  const textHints = new Map<string, number[]>();
  ruleSet.forEach((rule, i) => {
    for (const h of rule.hints ?? []) {
      if (rule.on === 'text') {
        textHints.set(h, [...(textHints.get(h) ?? []), i]);
        continue;
      }
      // A phrase is words of [a-z0-9] between single spaces, so a phrase that contains a
      // multi-word hint ("in use") contains a word that contains the hint's longest token ("use"):
      // a weaker check, but still sound, and it costs nothing per message.
      const longest = h.split(/[^a-z0-9]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
      if (longest.length > 0 && (SINGLE_TOKEN.test(h) || longest.length >= 2)) wordHints.push({ rule: i, hint: longest });
      else otherHints[i]?.push(h);
    }
  });
  // At each position of the text, the longest text hint that starts there (the hints as a prefix
  // tree, longer first; the scan goes on from the next position, so hints that overlap are found
  // too); every shorter hint that starts there too is a prefix of it, so each hint arms its own
  // rules and those of its prefixes. (A plain alternation, not a lookahead that captures: a fifth
  // cheaper.)
  // One-character hints (":", "?") are looked for on their own: in the alternation they would
  // match often, and keep V8 from skipping ahead by the length of the shortest alternative.
  const charHints = [...textHints].filter(([h]) => h.length === 1);
  const longer = [...textHints.keys()].filter((h) => h.length > 1);
  const textHintAt = longer.length > 0 ? new RegExp(literalsPattern(longer), 'g') : undefined;
  const armsInText = new Map<string, number[]>();
  for (const h of longer) armsInText.set(h, [...new Set(longer.filter((p) => h.startsWith(p)).flatMap((p) => textHints.get(p) ?? []))]);
  // Word hints by their first two letters: a word new to the cache (junk brings hundreds) is
  // checked against the hints that can start at each of its positions, not against all of them.
  const byStart = new Map<string, { rule: number; hint: string }[]>();
  for (const h of wordHints) {
    const bucket = byStart.get(h.hint.slice(0, 2)) ?? [];
    bucket.push(h);
    byStart.set(h.hint.slice(0, 2), bucket);
  }
  // Several rules share a context pattern (FAULT, BIND_CONTEXT, NEGATION_WORD …): each is run once per
  // message, and its match remembered by its number (undefined: not yet run). A phrase rule whose
  // pattern is a context (pe.load-named reads EPHEMERAL) takes that run as its own match.
  const contexts: RegExp[] = [];
  const contextNumber = (pattern: RegExp | undefined): number => {
    if (pattern === undefined) return -1;
    const at = contexts.indexOf(pattern);
    return at >= 0 ? at : contexts.push(pattern) - 1;
  };
  for (const rule of ruleSet) {
    contextNumber(rule.needs);
    contextNumber(rule.requires);
    contextNumber(rule.unless);
  }
  // What the words of a message set, by slot: slot i, a hint arms rule i; each slot after those,
  // a word begins as every match of a phrase pattern (a rule's or a context's) does (wordStarts),
  // so the pattern may match before it.
  const startSlots = new Map<string, number[]>();
  let slots = ruleSet.length;
  // Patterns that begin the same ways share a slot (the negations, RST and its synonyms …).
  const slotOfStarts = new Map<string, number>();
  const startSlot = (pattern: RegExp): number => {
    const starts = wordStarts(pattern);
    if (starts === undefined) return -1;
    const key = [...new Set(starts)].sort().join(' ');
    let slot = slotOfStarts.get(key);
    if (slot === undefined) {
      slot = slots++;
      slotOfStarts.set(key, slot);
      for (const start of new Set(starts)) startSlots.set(start, [...(startSlots.get(start) ?? []), slot]);
    }
    return slot;
  };
  // Every rule in one shape, so that reading a field in the loop below is one inline-cached load.
  const compiled: readonly CompiledRule[] = ruleSet.map((rule, i) => {
    const factored = rule.on === 'phrase' ? spaceFactored(rule.pattern) : rule.pattern;
    const starts = rule.on === 'phrase' ? startSlot(factored) : -1;
    const pattern = starts >= 0 ? sticky(factored) : factored;
    return {
      id: rule.id,
      playbook: rule.playbook,
      weight: rule.weight,
      onText: rule.on === 'text',
      pattern,
      needs: contextNumber(rule.needs),
      fromContext: rule.on === 'phrase' ? contexts.indexOf(rule.pattern) : -1,
      requires: contextNumber(rule.requires),
      asked: rule.asked === true,
      question: rule.question === true,
      unless: contextNumber(rule.unless),
      negatable: rule.negatable === true,
      hinted: rule.hints !== undefined,
      otherHints: otherHints[i] as string[],
      startSlot: starts,
    };
  });
  // What the first tests in the loop below read, in two flat arrays rather than from each rule's object.
  const armedOnly = Uint8Array.from(compiled, (rule) => (rule.hinted && rule.otherHints.length === 0 ? 1 : 0));
  const startSlotOf = Int32Array.from(compiled, (rule) => rule.startSlot);
  const contextMatch: (RegExpExecArray | null | undefined)[] = contexts.map(() => undefined);
  const contextStart = contexts.map((pattern) => startSlot(spaceFactored(pattern)));
  const contextPatterns = contexts.map((pattern, c) => (contextStart[c] === -1 ? spaceFactored(pattern) : sticky(spaceFactored(pattern))));
  // Rules that read the same pattern on the same side (a contradiction per playbook, a cue for
  // two playbooks) share one run of it per message: its match, by pattern number.
  const patternKeys: string[] = [];
  const patternNumber = compiled.map((rule) => {
    const key = `${rule.onText ? 't' : 'p'}/${rule.pattern.source}/${rule.pattern.flags}`;
    const at = patternKeys.indexOf(key);
    return at >= 0 ? at : patternKeys.push(key) - 1;
  });
  // Per rule, its slot among the shared patterns (-1: its pattern is its own).
  const sharedPatterns = [...new Set(patternNumber.filter((p, i) => patternNumber.indexOf(p) !== i))];
  const sharedSlot = patternNumber.map((p) => sharedPatterns.indexOf(p));
  const sharedMatch: (RegExpExecArray | null | undefined)[] = sharedPatterns.map(() => undefined);
  const atStartSlots = startSlots.get(AT_START) ?? [];
  // The words a phrase pattern cannot match without (required-words.ts): a pattern is run only when one of its gate's
  // ways has all its sets of word beginnings met by the phrase's words (gates.ts). Most runs that would find nothing are
  // left out so. A set is met when its number in `met` is the message's stamp.
  const gated = gatedPatterns(ruleSet);
  const gates = createGates(gated, ruleSet === rules);
  const ruleGate = Int32Array.from(ruleSet, (rule) => (rule.on === 'phrase' ? gated.indexOf(rule.pattern) : -1));
  const contextGate = Int32Array.from(contexts, (pattern) => gated.indexOf(pattern));
  const met = new Float64Array(gates.sets);
  let stamp = 0;
  const byWord = new Map<string, WordSlots>();
  const sameSlots = new Map<string, WordSlots>();
  // By slot: for a hint, 1 once it armed its rule; for a word start, the first entry (from 1 on;
  // 0: none) of a chain of the words that begin so, each entry giving where the space before its
  // word stands in the phrase (entryAt) and the next entry (entryNext, 0 at the end).
  const armed = new Int32Array(slots);
  let entryAt = new Int32Array(256);
  let entryNext = new Int32Array(256);

  /** The slots a word sets (cached per word). */
  function slotsFor(word: string): WordSlots {
    let hit = byWord.get(word);
    if (hit === undefined) {
      const arms: number[] = [];
      for (let at = 0; at < word.length; at++) {
        // A one-letter hint is filed under its letter, every other under its first two.
        for (const key of [word[at] as string, word.slice(at, at + 2)]) {
          for (const { rule, hint } of byStart.get(key) ?? []) if (word.startsWith(hint, at) && !arms.includes(rule)) arms.push(rule);
        }
      }
      const starts: number[] = [];
      const meets: number[] = [];
      for (let end = 1; end <= word.length + 1; end++) {
        const start = end > word.length ? `${word} ` : word.slice(0, end);
        for (const slot of startSlots.get(start) ?? []) if (!starts.includes(slot)) starts.push(slot);
        if (end <= word.length) for (const set of gates.setsOf(start) ?? []) if (!meets.includes(set)) meets.push(set);
      }
      // Words that set the same slots share one entry (most set none): fewer objects to reach.
      const key = `${arms.join(',')}/${starts.join(',')}/${meets.join(',')}`;
      hit = sameSlots.get(key);
      if (hit === undefined) {
        hit = { arms, starts, meets };
        if (sameSlots.size >= cacheSize) sameSlots.clear();
        sameSlots.set(key, hit);
      }
      if (byWord.size >= cacheSize) byWord.clear();
      byWord.set(word, hit);
    }
    return hit;
  }

  /** Puts the place `at` at the front of the chain of each slot in `starts`, from entry `entries` on; gives the next free entry. */
  const link = (starts: readonly number[], at: number, entries: number): number => {
    while (entries + starts.length > entryAt.length) {
      entryAt = grown(entryAt);
      entryNext = grown(entryNext);
    }
    for (let j = 0; j < starts.length; j++) {
      const slot = starts[j] as number;
      entryAt[entries] = at;
      entryNext[entries] = armed[slot] as number;
      armed[slot] = entries++;
    }
    return entries;
  };

  let phrase = '';
  const contextRun = (c: number): RegExpExecArray | null => {
    let m = contextMatch[c];
    if (m === undefined) {
      const slot = contextStart[c] as number;
      contextMatch[c] = m = (slot >= 0 && armed[slot] === 0) || !open(contextGate[c] as number) ? null : run(contextPatterns[c] as RegExp, slot, phrase);
    }
    return m;
  };
  const context = (c: number): boolean => contextRun(c) !== null;
  /** Whether the gate of the pattern at `index` among the gated ones (-1: none) lets it run: one of its ways has every set met. */
  const open = (index: number): boolean => {
    const gate = index < 0 ? undefined : gates.gate(index);
    if (gate === undefined) return true;
    let at = 1;
    for (let group = gate[0] as number; group > 0; group--) {
      const groupEnd = at + 2 + (gate[at + 1] as number);
      if (met[gate[at] as number] === stamp) {
        for (at += 2; at < groupEnd; ) {
          const end = at + 1 + (gate[at] as number);
          let j = at + 1;
          while (j < end && met[gate[j] as number] === stamp) j++;
          if (j === end) return true;
          at = end;
        }
      }
      at = groupEnd;
    }
    return false;
  };
  // A pattern with word starts (sticky) is tried only before the words that begin so, in
  // order: a match starts nowhere else, so the first found is the one a search would find.
  const run = (pattern: RegExp, slot: number, source: string): RegExpExecArray | null => {
    if (slot < 0) return pattern.exec(source);
    for (let e = armed[slot] as number; e !== 0; e = entryNext[e] as number) {
      pattern.lastIndex = entryAt[e] as number;
      const m = pattern.exec(source);
      if (m !== null) return m;
    }
    return null;
  };

  const runner = (n: Normalised<WordSlots>, extracted: Extracted): RuleHit[] => {
    armed.fill(0);
    stamp++;
    contextMatch.fill(undefined);
    sharedMatch.fill(undefined);
    phrase = n.phrase;
    // The words from the last: each word-start chain grows at its front and stays in order.
    const words = n.words;
    const data = n.wordData?.of === slotsFor ? n.wordData.values : undefined;
    let at = n.phrase.length - 1;
    let entries = 1;
    for (let k = words.length - 1; k >= 0; k--) {
      const w = words[k] as string;
      at -= w.length + 1;
      const { arms, starts, meets } = data === undefined ? slotsFor(w) : (data[k] as WordSlots);
      for (let j = 0; j < arms.length; j++) armed[arms[j] as number] = 1;
      for (let j = 0; j < meets.length; j++) met[meets[j] as number] = stamp;
      entries = link(starts, at, entries);
    }
    // The phrase's start, for the patterns anchored there: before every word, so each chain stays in order.
    link(atStartSlots, 0, entries);
    for (const [h, arms] of charHints) if (n.text.includes(h)) for (const r of arms) armed[r] = 1;
    if (textHintAt !== undefined) {
      textHintAt.lastIndex = 0;
      for (let m = textHintAt.exec(n.text); m !== null; m = textHintAt.exec(n.text)) {
        for (const r of armsInText.get(m[0]) as number[]) armed[r] = 1;
        textHintAt.lastIndex = m.index + 1;
      }
    }
    const hits: RuleHit[] = [];
    for (let i = 0; i < compiled.length; i++) {
      // Cheapest first: a rule no hint armed (and with no hint left to search for) is out
      // without a look at its context, which can be a costly pattern (EPHEMERAL); the context
      // next, tested once per message; the remaining hints last. A pattern whose matches all
      // start at a word beginning so (wordStarts) is out when no word does.
      if (armed[i] === 0 && armedOnly[i] === 1) continue;
      const startSlot = startSlotOf[i] as number;
      if (startSlot >= 0 && armed[startSlot] === 0) continue;
      if (!open(ruleGate[i] as number)) continue;
      const rule = compiled[i] as CompiledRule;
      const unarmed = rule.hinted && armed[i] === 0;
      if (rule.needs >= 0 && !context(rule.needs)) continue;
      if (rule.question && !n.questionMark) continue;
      if (rule.requires >= 0 && !(rule.asked && n.questionMark) && !context(rule.requires)) continue;
      const source = rule.onText ? n.text : n.phrase;
      if (unarmed && !mentions(source, rule.otherHints)) continue;
      // As fire() does: the pattern, then the negation before the match, then `unless`.
      let m: RegExpExecArray | null | undefined;
      const slot = sharedSlot[i] as number;
      if (rule.fromContext >= 0) {
        m = contextRun(rule.fromContext);
      } else if (slot >= 0) {
        m = sharedMatch[slot];
        if (m === undefined) sharedMatch[slot] = m = run(rule.pattern, rule.startSlot, source);
      } else {
        m = run(rule.pattern, rule.startSlot, source);
      }
      if (m === null) continue;
      if (rule.negatable && negated(source, m)) continue;
      if (rule.unless >= 0 && context(rule.unless)) continue;
      hits.push({ id: rule.id, playbook: rule.playbook, weight: rule.weight, matched: shorten(m[0]), at: m.index / source.length });
    }
    return finish(hits, extracted, n.text);
  };
  return Object.assign(runner, { wordData: slotsFor });
}
