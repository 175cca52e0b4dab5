import { describe, expect, it } from 'vitest';
import { countFraming, createFramingCheck, createMatcher, createNormaliser, framingFeatures, rules, type MatchResult } from '../../bot/matcher/index.js';
import { framingCounts } from '../../bot/matcher/framing-counts.js';
import { framingTrainingItems, tuningFramingCounts } from '../../testkit/evaluation/framing-counts.js';
import { evaluationSplits } from '../../testkit/evaluation/splits.js';
import { tuning18Set, tuning33Set, tuning36Set, tuning55Set, tuning57Set, tuning95Set, tuning107Set, tuning110Set, tuning146Set, type EvalItem } from '../../testkit/evaluation/index.js';

const matcher = createMatcher();
const unframed = createMatcher({ framing: null });
const normaliser = createNormaliser();

/** The message of `set` that starts with `start` (the fixtures are the evaluation sets' own messages). */
function message(set: readonly EvalItem[], start: string): EvalItem {
  const found = set.find((item) => item.text.startsWith(start));
  if (found === undefined) throw new Error(`no message starts with ${JSON.stringify(start)}`);
  return found;
}

const decided = (r: MatchResult) => [r.decision, r.playbook];

describe('the framing check', () => {
  it('is the one the tuning splits give now: after a split is added or the normaliser changes, run npm run framing-counts', () => {
    expect(tuningFramingCounts()).toEqual(framingCounts);
  }, 120_000);

  it('learns from the tuning splits only: no message of the held-out set or a never-tuned set is among its counts', () => {
    const learned = new Set(framingTrainingItems().map((d) => d.text));
    const kept = evaluationSplits.filter((s) => s.kind !== 'tuning').flatMap((s) => s.items);
    expect(kept.length).toBeGreaterThan(1_000);
    expect(kept.filter((item) => learned.has(item.text))).toEqual([]);
    // Both classes are there: the playbooks' reports and the negationContext family.
    expect(framingCounts.totals[0]).toBeGreaterThan(10_000);
    expect(framingCounts.totals[1]).toBeGreaterThan(3_000);
  });

  it.each([
    [tuning57Set, 'pichle hafte ports khatam ho gaye the peak pe', 'port_exhaustion'],
    [tuning55Set, 'last month nagka BindException kami sa softswitch', 'port_exhaustion'],
    [tuning33Set, 'AoA, pehle 30 hazar TIME_WAIT aate the', 'port_exhaustion'],
  ] as const)('holds back a playbook whose words are told as history: %#', (set, start, playbook) => {
    const item = message(set, start);
    expect(item.expect).toBeNull();
    // The rules alone are sure of it …
    expect(decided(unframed.match(item.text))).toEqual(['confident', playbook]);
    // … the framing makes the bot ask instead, and says which words leaned that way.
    const r = matcher.match(item.text);
    expect(decided(r)).toEqual(['ambiguous', playbook]);
    expect(r.evidence.reason).toMatch(/told like a problem in the past, denied or asked about rather than a live one \("[^"]+"/);
  });

  it('leaves a fault the writer says goes on now ("since yesterday") to the rules, however the rest is framed', () => {
    const item = message(tuning146Set, 'Forwarded from my client (Mirpur)');
    // The framing alone leans to "told" (a forward, "ami kichu kori nai") …
    expect(createFramingCheck(framingCounts)(normaliser.normalise(item.text)).logOdds).toBeGreaterThanOrEqual(2);
    // … but "kal theke" is "since yesterday".
    expect(decided(matcher.match(item.text))).toEqual(['confident', 'nat_unregistered']);
  });

  it('leaves "now … unregistered" after "all were registered before" to the rules', () => {
    const item = message(tuning107Set, 'Ilyo tatulacita RST On');
    // The framing alone leans to "told" ("before we", "we did"), which holds the playbook back from a bar just under its odds …
    const odds = createFramingCheck(framingCounts)(normaliser.normalise(item.text)).logOdds;
    expect(odds).toBeGreaterThan(1);
    // … but "nomba yalaya unregistered" is "now they go unregistered".
    expect(decided(createMatcher({ thresholds: { framed: odds - 0.01 } }).match(item.text))).toEqual(['confident', 'nat_unregistered']);
  });

  it('leaves a new problem after a settled one ("… theek ho gaya, lekin ab …") to the rules', () => {
    const text = 'بھائی TIME_WAIT والا مسئلہ RST نال ٹھیک ہو گیا پر ہن NAT پچھے والے فون ہتھ نئیں آندے، ان رجسٹرڈ۔ TCP اے۔';
    expect(createFramingCheck(framingCounts)(normaliser.normalise(text)).logOdds).toBeGreaterThanOrEqual(2);
    expect(decided(matcher.match(text))).toEqual(['confident', 'nat_unregistered']);
  });

  it('is set by thresholds.framed: from a higher bar on, the same message stays confident', () => {
    const item = message(tuning57Set, 'pichle hafte ports khatam ho gaye the peak pe');
    const odds = createFramingCheck(framingCounts)(normaliser.normalise(item.text)).logOdds;
    expect(decided(createMatcher({ thresholds: { framed: odds + 0.01 } }).match(item.text))).toEqual(['confident', 'port_exhaustion']);
    expect(decided(createMatcher({ thresholds: { framed: odds - 0.01 } }).match(item.text))).toEqual(['ambiguous', 'port_exhaustion']);
  });

  it('reads stems and pairs of neighbouring words', () => {
    const f = framingFeatures(normaliser.normalise('it was fixed last year'));
    expect(f.has('last_year')).toBe(true);
    expect(f.has('year')).toBe(true);
  });

  it('counts per class and drops what is seen too rarely', () => {
    const read = (text: string) => normaliser.normalise(text);
    const counts = countFraming(
      [
        { label: 'port_exhaustion', normalised: read('bind errors at peak now') },
        { label: 'nat_unregistered', normalised: read('phones unregistered now') },
        { label: 'none', normalised: read('bind errors last year') },
        { label: 'none', normalised: read('phones unregistered last month') },
      ],
      2,
    );
    expect(counts.totals).toEqual([2, 2]);
    const names = counts.features.split('\n');
    // "now" came in the two live reports, "bind errors" in one live report and one told; "last year" in one message only.
    const rows = counts.counts.split('\n');
    expect(rows[names.indexOf('now')]).toBe('2 0');
    expect(rows[names.indexOf('bind_errors')]).toBe('1 1');
    expect(names).not.toContain('last_year');
    const check = createFramingCheck(counts);
    expect(check(read('bind errors last year')).logOdds).toBeGreaterThan(check(read('bind errors at peak now')).logOdds);
  });

  it('refuses counts that do not fit their features, and says how to write them again', () => {
    expect(() => createFramingCheck({ totals: [1, 1], features: 'a\nb', counts: '1 0' })).toThrow(/run npm run framing-counts/);
  });
});

describe('a story told in full, framed as a live fault', () => {
  it.each([
    [tuning95Set, 'mi hat sa nayeq', 'not-nat.account-expired'],
    [tuning36Set, 'Subject: RE: Ticket #30700', 'not-nat.address-changed'],
  ] as const)('outweighs a contradiction read from the wording, and says so: %#', (set, start, misread) => {
    const item = message(set, start);
    expect(item.expect).toBe('nat_unregistered');
    // Without the framing the contradiction rules the playbook out …
    expect(decided(unframed.match(item.text))).not.toEqual(['confident', 'nat_unregistered']);
    // … with it, the symptom, the phones behind NAT and RST switched on, told as going on, outweigh it.
    const r = matcher.match(item.text);
    expect(decided(r)).toEqual(['confident', 'nat_unregistered']);
    expect(r.evidence.reason).toContain(`nat_unregistered's story told in full as a live fault (its symptom and two causes, one the change that brought it): ${misread} set aside as misread`);
    expect(r.evidence.overruled.map((h) => h.id)).toContain(misread);
    // thresholds.live sets how live the framing must read.
    expect(decided(createMatcher({ thresholds: { live: 100 } }).match(item.text))).not.toEqual(['confident', 'nat_unregistered']);
  });

  it('never outweighs a fact of the setup: SIP over UDP only', () => {
    const item = message(tuning18Set, 'Home-office users behind Vodafone routers');
    expect(item.expect).toBeNull();
    const r = matcher.match(item.text);
    expect(r.decision).toBe('none');
    expect(r.evidence.reason).toContain('nat_unregistered ruled out by not-nat.udp-named, not-nat.udp-only');
    // The same rules without Rule.stands would let the story through: the flag is what keeps it out.
    const asWording = createMatcher({ rules: rules.map((rule) => (rule.stands === true ? { ...rule, stands: false } : rule)) });
    expect(decided(asWording.match(item.text))).toEqual(['confident', 'nat_unregistered']);
  });

  it('never outweighs a supposition: a question about turning RST on gets no playbook to act on', () => {
    const supposed = 'if we turn rst on will the phones behind the mikrotik lose registration over tcp?';
    const r = matcher.match(supposed);
    expect(r.decision).not.toBe('confident');
    expect(r.evidence.reason).toContain('not-nat.rst-supposed');
    // Its story reads in full and live: without Rule.stands on the supposition it would be set aside (and with the
    // if-clause's question, ask.supposed, taken out, nothing else holds it back).
    const asWording = createMatcher({ rules: rules.filter((rule) => rule.id !== 'ask.supposed').map((rule) => (rule.id.endsWith('.rst-supposed') ? { ...rule, stands: false } : rule)) });
    expect(decided(asWording.match(supposed))).toEqual(['confident', 'nat_unregistered']);
    // Supposed in other words, too ("switch" reads as the softswitch's name).
    for (const text of ['suppose we switch RST on, would the TCP phones behind NAT drop registration?', 'what if we set SS_TCP_CLOSE_RESET=On, do NATed phones go unregistered?']) {
      const q = matcher.match(text);
      expect(q.decision, text).not.toBe('confident');
      expect(q.evidence.reason, text).toContain('not-nat.rst-supposed');
    }
  });

  it('takes a question mark for the question of a supposition asked without an English modal (Rule.asked)', () => {
    const asked = ['kalau kita nyalakan RST, apakah phone di belakang NAT akan unregistered?', 'RST on korle ki NAT er pichoner phone gulo unregistered hoye jabe?'];
    // (ask.supposed, which also reads the Indonesian if-clause and its question word, taken out.)
    const withoutAsked = createMatcher({ rules: rules.filter((rule) => rule.id !== 'ask.supposed').map((rule) => (rule.asked === true ? { ...rule, asked: false } : rule)) });
    for (const text of asked) {
      const q = matcher.match(text);
      expect(q.decision, text).not.toBe('confident');
      expect(q.evidence.reason, text).toContain('not-nat.rst-supposed');
      // Its `requires` alone looks for an English modal, and the question-mark release would take the story for a fault.
      expect(decided(withoutAsked.match(text)), text).toEqual(['confident', 'nat_unregistered']);
    }
    // "RST on karne since …" tells the cause in Hindi and Urdu: asked or not, a fault told stays one.
    const told = message(tuning110Set, 'سائين، RST On');
    expect(told.expect).toBe('nat_unregistered');
    expect(decided(matcher.match(told.text))).toEqual(['confident', 'nat_unregistered']);
  });

  it('leaves a contradiction told after the change, in a message that asks nothing: the change undone', () => {
    const text = 'since we enabled SS_TCP_CLOSE_RESET the phones behind the mikrotik kept going unregistered, so we turned rst back off';
    const r = matcher.match(text);
    expect(r.decision).toBe('none');
    expect(r.evidence.reason).toContain('nat_unregistered ruled out by not-nat.rst-off');
    // Asked, the same words are what the writer would do about a fault that goes on.
    const asked = matcher.match('since we enabled SS_TCP_CLOSE_RESET the phones behind the mikrotik keep going unregistered. rst off again?');
    expect(decided(asked)).toEqual(['confident', 'nat_unregistered']);
    expect(asked.evidence.reason).toContain('not-nat.rst-off set aside as misread');
  });
});
