import { definePlaybook } from './spec.js';

/** TIME_WAIT piles up at high CPS until no local port is free for a new TCP connection. */
export const portExhaustion = definePlaybook({
  id: 'port_exhaustion',
  title: 'TCP ports exhausted by TIME_WAIT',
  summary: 'That looks like TCP port exhaustion (too many sockets stuck in TIME_WAIT).',
  facts: ['timeWaitCount', 'portRange', 'tcpTwReuse', 'tcpCloseReset', 'sipTlsConnections', 'tags'],
  findings: [
    {
      id: 'timeWaitHigh',
      when: { fact: 'timeWaitShare', gte: 0.5 },
      say: '{timeWaitCount} sockets in TIME_WAIT: the port range {portRange} has {portRangeSize} ports',
      severity: 'problem',
    },
    {
      id: 'timeWaitSeen',
      when: { all: [{ fact: 'timeWaitShare', lt: 0.5 }, { fact: 'timeWaitCount', gte: 0 }] },
      say: '{timeWaitCount} sockets in TIME_WAIT right now ({timeWaitPercent} of the {portRangeSize} ports in {portRange})',
    },
    { id: 'twReuseOff', when: { fact: 'tcpTwReuse', eq: 0 }, say: 'tcp_tw_reuse = 0: ports in TIME_WAIT are not reused for new connections', severity: 'warning' },
    { id: 'narrowRange', when: { fact: 'portRangeSize', lt: 40000 }, say: 'only {portRangeSize} local ports ({portRange})', severity: 'warning' },
    { id: 'rstMode', when: { any: [{ rst: 'On' }, { rst: 'Off' }] }, say: 'SS_TCP_CLOSE_RESET = {tcpCloseReset}' },
    { id: 'tlsSeen', when: { fact: 'sipTlsConnections', gt: 0 }, say: '{sipTlsConnections} SIP TLS connections (port 5061)', severity: 'info' },
  ],
  changes: [
    {
      id: 'rst_on',
      kind: 'softswitchParam',
      key: 'SS_TCP_CLOSE_RESET',
      value: 'On',
      explain: 'closes SIP TCP with RST: no TIME_WAIT',
    },
    { id: 'tw_reuse', kind: 'sysctl', key: 'net.ipv4.tcp_tw_reuse', value: '1', explain: 'reuse TIME_WAIT ports for new outgoing connections' },
    { id: 'port_range', kind: 'sysctl', key: 'net.ipv4.ip_local_port_range', value: '1024 65535', explain: 'more local ports' },
  ],
  advice: ['Watch `ss -s` (TIME_WAIT count) at the next peak: it should stay well below the port range.'],
  cautions: [
    { text: 'Phones behind NAT may lose registration with RST close; tell us if that happens, it can be undone.', with: 'rst_on' },
    { text: 'With SIP over TLS, RST skips the TLS close_notify.', when: { fact: 'sipTlsConnections', gt: 0 }, with: 'rst_on' },
    {
      text: 'The wider port range reserves only the ports services listen on now: a service that starts later on a port above 1024 may find it taken (add it to net.ipv4.ip_local_reserved_ports).',
      with: 'port_range',
    },
  ],
});
