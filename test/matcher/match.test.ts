import { describe, expect, it } from 'vitest';
import { classLabels, createMatcher } from '../../bot/matcher/index.js';
import { playbookIds } from '../../playbooks/ids.js';

const matcher = createMatcher({ servers: [{ id: 'vos1', name: 'vos-dhaka', host: '203.0.113.10' }] });

describe('createMatcher', () => {
  it('learns the playbooks of playbooks/ids.ts, in that order, plus none', () => {
    expect(classLabels).toEqual([...playbookIds, 'none']);
  });

  it.each([
    ['adress alredy in use agian!!', 'port_exhaustion'],
    ['java.net.BindException: Address already in use', 'port_exhaustion'],
    ['ss -s\nTCP: 29877 (estab 300, closed 29500, orphaned 0, timewait 29400/0), ports 0', 'port_exhaustion'],
    ['since you changed that reset thing yesterday all extensions behind the mikrotik are offline', 'nat_unregistered'],
    ['bhai branch er sob phone unregistered hoye geche', 'nat_unregistered'],
    ['our fortigate drops the rst packets from the switch', 'firewall_rst'],
  ])('is confident about %j', (text, playbook) => {
    const r = matcher.match(text);
    expect(r.decision).toBe('confident');
    expect(r.playbook).toBe(playbook);
    expect(r.confidence).toBeGreaterThanOrEqual(0.7);
    expect(r.candidates[0]?.playbook).toBe(playbook);
  });

  it.each([
    'which port is the web portal on',
    'firewall blocks my client login on 1202',
    'how do I register a new gateway',
    'one way audio on the KSA route',
    'hi',
    'thanks!',
    'please send the invoice',
    'license expired',
    'wrong password on extension 1001',
    'g729 codec not working',
  ])('says none for %j', (text) => {
    const r = matcher.match(text);
    expect(r.decision).toBe('none');
    expect(r.playbook).toBeNull();
  });

  it('is ambiguous when the message only says something broke after the change, offering both candidates best first', () => {
    const r = matcher.match('calls failing since the change yesterday');
    expect(r.decision).toBe('ambiguous');
    expect(r.playbook).toBe(r.candidates[0]?.playbook);
    expect(r.candidates.map((c) => c.playbook).sort()).toEqual(['firewall_rst', 'nat_unregistered']);
    expect(r.candidates[0]!.score).toBeGreaterThanOrEqual(r.candidates[1]!.score);
  });

  it('orders candidates by score when two playbooks compete', () => {
    const r = matcher.match('phones behind nat unregistered and the firewall drops rst packets');
    expect(r.candidates.length).toBeGreaterThanOrEqual(2);
    const scores = r.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(r.candidates.map((c) => c.playbook)).toEqual(expect.arrayContaining(['nat_unregistered', 'firewall_rst']));
    expect(r.decision).not.toBe('none');
  });

  it('shows its evidence: rules, classifier scores, corrections and a reason', () => {
    const r = matcher.match('adress alredy in use on vos-dhaka, time_wait 28000 at 300 cps');
    expect(r.evidence.rules.map((h) => h.id)).toEqual(expect.arrayContaining(['pe.address-in-use', 'pe.timewait-count']));
    expect(r.evidence.classifier.knownTerms).toBeGreaterThan(0);
    const sum = Object.values(r.evidence.classifier.scores).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 6);
    expect(r.evidence.corrections).toContainEqual({ from: 'adress', to: 'address' });
    expect(r.evidence.reason).toMatch(/port_exhaustion/);
    expect(r.extracted).toEqual({ serverIds: ['vos1'], ips: [], timeWait: 28000, cps: 300 });
  });

  it('keeps every score within 0..1 and the result serialisable', () => {
    for (const t of ['rst', 'reset', 'phones', 'firewall', 'time wait', 'calls fail', 'offline']) {
      const r = matcher.match(t);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      for (const c of r.candidates) expect(c.score).toBeGreaterThanOrEqual(0);
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      if (r.decision === 'none') expect(r.playbook).toBeNull();
      else expect(r.playbook).toBe(r.candidates[0]?.playbook);
    }
  });

  it('can be built from other examples and thresholds', () => {
    const tiny = createMatcher({
      examples: { port_exhaustion: ['ports gone'], nat_unregistered: ['phones gone'], firewall_rst: ['packets gone'], none: ['hello there'] },
      thresholds: { confident: 0.99 },
    });
    expect(tiny.match('address already in use').decision).not.toBe('confident');
    expect(tiny.match('address already in use').playbook).toBe('port_exhaustion');
  });
});
