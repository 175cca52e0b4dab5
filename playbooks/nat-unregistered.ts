import { definePlaybook } from './spec.js';

/** RST close does not clear NAT bindings cleanly: phones behind NAT drop their registration. */
export const natUnregistered = definePlaybook({
  id: 'nat_unregistered',
  title: 'Phones behind NAT lose registration with RST close',
  summary: 'Phones behind NAT losing registration? RST close (SS_TCP_CLOSE_RESET On) does not clear NAT bindings cleanly.',
  facts: ['tcpCloseReset', 'sipTcpConnections', 'tags'],
  findings: [
    { id: 'rstOn', when: { rst: 'On' }, say: 'SS_TCP_CLOSE_RESET = On: SIP TCP connections are closed with RST', severity: 'problem' },
    { id: 'rstOff', when: { rst: 'Off' }, say: 'SS_TCP_CLOSE_RESET is already Off: RST close is not the cause', severity: 'info' },
    { id: 'sipTcp', when: { fact: 'sipTcpConnections', gte: 0 }, say: '{sipTcpConnections} SIP TCP connections open' },
  ],
  changes: [{ id: 'rst_off', kind: 'softswitchParam', key: 'SS_TCP_CLOSE_RESET', value: 'Off', explain: 'graceful FIN close again, which NAT devices handle' }],
  advice: [
    'Enable NAT keepalive on the phones (or the softswitch) so bindings stay open.',
    'Consider SIP over UDP for endpoints behind NAT.',
  ],
  cautions: [{ text: 'With RST Off, TIME_WAIT builds up again at high CPS; the kernel tuning (tcp_tw_reuse, port range) stays.' }],
});
