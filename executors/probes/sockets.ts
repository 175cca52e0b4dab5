import type { SipPorts } from './sip-ports.js';

/** What one listing of every TCP socket says, counted on the server by one awk. */
export interface SocketCounts {
  readonly source: 'ss' | 'netstat';
  readonly timeWait: number;
  /** TIME_WAIT sockets whose local port lies in ip_local_port_range (as read by the same awk). */
  readonly timeWaitEphemeral: number;
  /** TIME_WAIT sockets with a SIP TCP or TLS port at either end. */
  readonly sipTimeWait: number;
  /** Established connections with a SIP TCP port at either end. */
  readonly sipTcp: number;
  /** Established connections with a SIP TLS port at either end. */
  readonly sipTls: number;
  /** `STATE COUNT` lines, sorted. */
  readonly stateCounts: string | null;
}

const list = (ports: readonly number[]) => `,${ports.join(',')},`;

/**
 * The shell of the sockets probe: `ss -tan` (or `netstat -tan` where ss is missing, CentOS 5)
 * piped into one awk that counts states, TIME_WAIT in the ephemeral range (read from /proc by
 * the awk itself: no extra process), and SIP connections. Ports come from the config as
 * validated integers, so they are safe in the command line.
 */
export function socketsCommand(sip: SipPorts): string {
  return [
    'if command -v ss >/dev/null 2>&1; then src=ss; else src=netstat; fi',
    `if [ $src = ss ]; then ss -tan; else netstat -tan; fi | awk -v src=$src -v tcp=${list(sip.tcp)} -v tls=${list(sip.tls)} '`,
    'BEGIN { lo = 1; hi = 0; if ((getline r < "/proc/sys/net/ipv4/ip_local_port_range") > 0) { split(r, a, " "); lo = a[1] + 0; hi = a[2] + 0 } }',
    'src == "ss" && NR > 1 { st = $1; l = $4; p = $5; ok = 1 }',
    'src == "netstat" && NR > 2 { st = $6; l = $4; p = $5; ok = 1 }',
    'ok { ok = 0; gsub("-", "_", st); if (st == "ESTAB") st = "ESTABLISHED"; c[st]++',
    '  lp = l; sub(/.*:/, "", lp); pp = p; sub(/.*:/, "", pp)',
    '  t = index(tcp, "," lp ",") || index(tcp, "," pp ","); s = index(tls, "," lp ",") || index(tls, "," pp ",")',
    '  if (st == "ESTABLISHED") { if (t) sip++; if (s) sips++ }',
    '  if (st == "TIME_WAIT") { n = lp + 0; if (n >= lo && n <= hi) twe++; if (t || s) siptw++ } }',
    // No line at all: neither tool printed even its header (missing, or not permitted).
    'END { if (NR == 0) src = "none"; print "source " src; print "tw " c["TIME_WAIT"] + 0; print "twe " twe + 0; print "siptw " siptw + 0; print "sip " sip + 0; print "sips " sips + 0',
    '  for (x in c) print "state " x " " c[x] }\'',
  ].join('\n');
}

const int = (t: string | undefined) => (t !== undefined && /^\d+$/.test(t) ? Number(t) : null);

/** Reads the probe's output (pure); null when neither ss nor netstat answered. */
export function parseSockets(text: string): SocketCounts | null {
  const lines = text.split('\n');
  const field = (name: string) => lines.find((l) => l.startsWith(`${name} `))?.slice(name.length + 1).trim();
  const source = field('source');
  const tw = int(field('tw'));
  if ((source !== 'ss' && source !== 'netstat') || tw === null) return null;
  return {
    source,
    timeWait: tw,
    timeWaitEphemeral: int(field('twe')) ?? 0,
    sipTimeWait: int(field('siptw')) ?? 0,
    sipTcp: int(field('sip')) ?? 0,
    sipTls: int(field('sips')) ?? 0,
    stateCounts:
      lines
        .filter((l) => l.startsWith('state '))
        .map((l) => l.slice(6))
        .sort()
        .join('\n') || null,
  };
}
