import { definePlaybook } from './spec.js';

/** A stateful firewall drops the RST packets, so connections linger and calls fail. */
export const firewallRst = definePlaybook({
  id: 'firewall_rst',
  title: 'Calls fail: a firewall drops the RST packets',
  summary: 'Calls failing after RST mode was enabled? A stateful firewall is probably dropping the RST packets.',
  facts: ['tcpCloseReset', 'rstDropRules'],
  findings: [
    { id: 'rstOn', when: { rst: 'On' }, say: 'SS_TCP_CLOSE_RESET = On: SIP TCP connections are closed with RST', severity: 'problem' },
    { id: 'rstOff', when: { rst: 'Off' }, say: 'SS_TCP_CLOSE_RESET is already Off: RST close is not the cause', severity: 'info' },
    { id: 'dropRules', when: { fact: 'rstDropRuleCount', gt: 0 }, say: '{rstDropRuleCount} firewall rule(s) on this server drop RST/INVALID packets', severity: 'warning' },
  ],
  changes: [{ id: 'rst_off', kind: 'softswitchParam', key: 'SS_TCP_CLOSE_RESET', value: 'Off', explain: 'graceful FIN close, which stateful firewalls track' }],
  advice: ['If you want RST close back later, allow TCP RST for SIP (5060/5061) in the firewall first.'],
  cautions: [{ text: 'With RST Off, TIME_WAIT builds up again at high CPS; the kernel tuning stays.' }],
});
