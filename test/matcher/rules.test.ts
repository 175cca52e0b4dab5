import { describe, expect, it } from 'vitest';
import { compileRules, createExtractor, createNormaliser, rules, runRules } from '../../bot/matcher/index.js';
import { trainingExamples } from '../../playbooks/examples/index.js';
import { evalSet } from '../../testkit/evaluation/index.js';

const n = createNormaliser();
const extract = createExtractor();
const fired = (text: string) => {
  const m = n.normalise(text);
  return runRules(m, extract(m)).map((h) => h.id);
};

describe('rules', () => {
  it.each([
    ['pe.eaddrinuse', 'connect() failed: EADDRINUSE'],
    ['pe.eaddrinuse', 'sip tcp socket error errno=98'],
    ['pe.bind-exception', 'Exception in thread "main" java.net.BindException: Address already in use'],
    ['pe.address-in-use', 'bind failed: Address already in use'],
    ['pe.address-in-use', 'adress alredy in use agian!!'],
    ['pe.port-in-use', 'port is already in use'],
    ['pe.cannot-bind', "Can't bind!!"],
    ['pe.cannot-bind', 'cannot bind to local port'],
    ['pe.cannot-bind', 'bind failed'],
    ['pe.cannot-bind', 'unable to bind socket'],
    ['pe.cannot-assign', 'connect: Cannot assign requested address'],
    ['pe.ports-exhausted', 'we ran out of ephemeral ports'],
    ['pe.ports-exhausted', 'ports exhausted'],
    ['pe.timewait', 'lots of TIME_WAIT'],
    ['pe.timewait-count', 'netstat: 28123 TIME_WAIT'],
    ['pe.timewait-count', 'ss -s: TCP: 28512 (estab 310, closed 27950, orphaned 0, timewait 27904/0), ports 0'],
    ['pe.high-cps', 'we run 400 cps'],
    ['pe.kernel-knobs', 'net.ipv4.ip_local_port_range = 32768 60999'],
    ['nat.unregistered', 'all phones unregistered'],
    ['nat.unregistered', 'phones keep losing registration'],
    ['nat.unregistered', 'registration lost'],
    ['nat.unregistered', 'regestration droping'],
    ['nat.phones-offline', 'all extensions behind the mikrotik are offline'],
    ['nat.behind-nat', 'phones behind NAT'],
    ['nat.reregister', 'softphones have to register again'],
    ['fw.rst-blocked', 'firewall drops the RST packets'],
    ['fw.rst-blocked', 'rst packets are being blocked'],
    ['fw.asa-deny-no-connection', '%ASA-6-106015: Deny TCP (no connection) from 10.1.1.5/5060 to 203.0.113.10/38110 flags RST on interface inside'],
    ['fw.log-rst', 'kernel: DROP IN=eth0 SRC=203.0.113.10 PROTO=TCP SPT=5060 DPT=40112 RST URGP=0'],
    ['fw.conntrack-invalid', '-m conntrack --ctstate INVALID -j DROP'],
    ['fw.tcpdump-rst', '203.0.113.10.5060 > 198.51.100.7.41234: Flags [R.], seq 1'],
    ['rst.enabled-nat', 'since you enabled SS_TCP_CLOSE_RESET'],
    ['guard.web-portal', 'which port is the web portal on'],
    ['guard.client-login', 'firewall blocks my client login on 1202'],
    ['guard.credentials', 'registration failed 401 unauthorized'],
    ['guard.credentials', 'wrong password'],
    ['guard.one-way-audio', 'one way audio behind nat'],
    ['guard.audio', 'choppy voice and echo'],
    ['guard.billing', 'send the invoice'],
    ['guard.license', 'license expired'],
    ['guard.how-to-add', 'how do I register a new gateway'],
    ['guard.open-ports', 'which ports should I open on the firewall'],
    ['guard.open-files', 'Too many open files'],
    ['guard.question', 'what does SS_TCP_CLOSE_RESET do?'],
    ['guard.sip-status', 'calls fail with 503 service unavailable'],
    ['guard.thanks', 'thanks, all good now'],
  ])('%s fires on %j', (id, text) => {
    expect(fired(text)).toContain(id);
  });

  it('report hits strongest first, with what matched', () => {
    const m = n.normalise('java.net.BindException: Address already in use, time_wait 30000');
    const hits = runRules(m, extract(m));
    expect(hits.map((h) => h.weight)).toEqual([...hits.map((h) => h.weight)].sort((a, b) => b - a));
    expect(hits.find((h) => h.id === 'pe.address-in-use')?.matched).toBe('address already in use');
  });

  it('do not fire playbook rules on look-alikes', () => {
    const playbookRules = (t: string) => fired(t).filter((id) => !id.startsWith('guard.') && id !== 'fw.firewall' && id !== 'nat.behind-nat');
    expect(playbookRules('which port is the web portal on')).toEqual([]);
    expect(playbookRules('how do I register a new gateway')).toEqual([]);
    expect(playbookRules('phones drop off the registration list after the rst change')).not.toContain('fw.log-rst');
    expect(playbookRules('I reset the router and the password is wrong')).not.toContain('fw.rst-blocked');
  });

  it('have unique ids and positive weights', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) expect(r.weight).toBeGreaterThan(0);
  });

  it('have sound hints: with and without them, and compiled, every message fires the same rules', () => {
    const compiled = compileRules(rules);
    const corpus = [...Object.values(trainingExamples).flat(), ...evalSet.map((e) => e.text)];
    for (const text of corpus) {
      const m = n.normalise(text);
      const x = extract(m);
      const plain = runRules(m, x, rules, false).map((h) => h.id);
      expect(runRules(m, x, rules, true).map((h) => h.id), text).toEqual(plain);
      expect(compiled(m, x).map((h) => h.id), text).toEqual(plain);
    }
  });
});
