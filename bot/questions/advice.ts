// Deployment advice: should SS_TCP_CLOSE_RESET be On or Off here? The table is data; the
// first row whose condition holds is the recommendation. Reasons may use {cps} (the figure),
// {tw} (sockets in TIME_WAIT that FIN closes would leave: about cps × 60 s) and {ports} (the
// default port range's 28,232 ports).
import { CARRIER_CPS, HIGH_CPS, type Deployment } from './deployment.js';
import { formatCount as fmt } from '../../playbooks/format-count.js';

/** One row's condition over the known deployment facts. */
export type AdviceCondition =
  | { readonly tls: true }
  | { readonly nat: true }
  | { readonly natOrTls: true }
  | { readonly udpOnly: true }
  | { readonly cpsAtLeast: number }
  | { readonly cpsBelow: number };

/** One row of the deployment table. */
export interface AdviceRow {
  readonly id: 'tls' | 'nat_endpoints' | 'nat_or_tls' | 'udp_only' | 'carrier_grade' | 'high_cps_wholesale' | 'private_lan_low_cps';
  /** The deployment type, as said back to the customer. */
  readonly deployment: string;
  readonly setting: 'On' | 'Off';
  readonly when: AdviceCondition;
  readonly reason: string;
}

/** Sockets one TCP close leaves in TIME_WAIT stay there this long on Linux (TCP_TIMEWAIT_LEN). */
export const TIME_WAIT_SECONDS = 60;
/** Ports in the default ip_local_port_range (32768–60999). */
export const DEFAULT_PORTS = 28_232;
/** Ports in the widened range 1024–65535. */
export const WIDE_PORTS = 64_512;

/** The table, in order of precedence: TLS and NAT outrank any call rate. */
export const deploymentTable: readonly AdviceRow[] = [
  {
    id: 'tls',
    deployment: 'SIP over TLS',
    setting: 'Off',
    when: { tls: true },
    reason: 'An RST cuts the connection before the TLS close_notify, so peers see truncated sessions. TLS links are few and long-lived; TIME_WAIT is not the bottleneck there.',
  },
  {
    id: 'nat_endpoints',
    deployment: 'phones or trunks behind NAT',
    setting: 'Off',
    when: { nat: true },
    reason: 'RST does not clear NAT bindings, so endpoints behind NAT can lose registration. If TIME_WAIT grows anyway, tcp_tw_reuse = 1 and ports 1024–65535 give headroom without RST.',
  },
  {
    id: 'nat_or_tls',
    deployment: 'NAT or TLS in the path',
    setting: 'Off',
    when: { natOrTls: true },
    reason: 'Behind NAT, RST leaves stale bindings (phones drop registration); with TLS it skips close_notify. For TIME_WAIT headroom use tcp_tw_reuse = 1 and ports 1024–65535 instead.',
  },
  {
    id: 'udp_only',
    deployment: 'SIP over UDP only',
    setting: 'Off',
    when: { udpOnly: true },
    reason: 'It only changes how SIP-over-TCP connections close; UDP has none, so there is nothing to gain. Leave the default.',
  },
  {
    id: 'carrier_grade',
    deployment: `carrier-grade, ${fmt(CARRIER_CPS)}+ CPS over TCP`,
    setting: 'On',
    when: { cpsAtLeast: CARRIER_CPS },
    reason: `At {cps} CPS, FIN closes would leave {tw} sockets in TIME_WAIT (${TIME_WAIT_SECONDS} s each): close to or beyond even the widest port range (${fmt(WIDE_PORTS)} ports). Pair it with tcp_tw_reuse = 1 and ports 1024–65535, and make sure firewalls pass RST for SIP TCP.`,
  },
  {
    id: 'high_cps_wholesale',
    deployment: `high-CPS wholesale (${HIGH_CPS}–${fmt(CARRIER_CPS - 1)} CPS over TCP)`,
    setting: 'On',
    when: { cpsAtLeast: HIGH_CPS },
    reason: `At {cps} CPS, FIN closes leave {tw} sockets in TIME_WAIT (${TIME_WAIT_SECONDS} s each) against {ports} default ports. Add tcp_tw_reuse = 1 and ports 1024–65535, and check no firewall on the path drops RST.`,
  },
  {
    id: 'private_lan_low_cps',
    deployment: `private LAN, low CPS (under ${HIGH_CPS} over TCP)`,
    setting: 'Off',
    when: { cpsBelow: HIGH_CPS },
    reason: `At {cps} CPS, FIN closes leave {tw} sockets in TIME_WAIT, well under the {ports} default ports. FIN is the close every router and firewall understands.`,
  },
];

/** What the table says for a deployment, and whether facts were missing. */
export interface Recommendation {
  readonly row: AdviceRow;
  /** The reason with the customer's figures filled in. */
  readonly reason: string;
  /** NAT/TLS were never answered: the answer holds only without them. */
  readonly natTlsUnknown: boolean;
}

/** A representative rate for a band given in words, so the band picks its row. */
const BAND_CPS: Record<NonNullable<Deployment['cpsBand']>, number> = { low: 0, high: HIGH_CPS, carrier: CARRIER_CPS };

function holds(c: AdviceCondition, d: Deployment, cps: number | null): boolean {
  if ('tls' in c) return d.tls === true;
  if ('nat' in c) return d.nat === true;
  if ('natOrTls' in c) return d.natOrTls === true && d.nat !== false && d.tls !== false;
  if ('udpOnly' in c) return d.udpOnly === true;
  if ('cpsAtLeast' in c) return cps !== null && cps >= c.cpsAtLeast;
  return cps !== null && cps < c.cpsBelow;
}

/**
 * The recommendation for a deployment, or null while the call rate (or UDP-only) is still
 * unknown and nothing else decides it.
 *
 * ```ts
 * recommend({ ...unknownDeployment(), cps: 800, nat: false, tls: false })?.row.id // 'high_cps_wholesale'
 * ```
 */
export function recommend(d: Deployment): Recommendation | null {
  const cps = d.cps ?? (d.cpsBand ? BAND_CPS[d.cpsBand] : null);
  const row = deploymentTable.find((r) => holds(r.when, d, cps));
  if (!row) return null;
  const tw = d.cps !== null ? `about ${fmt(d.cps * TIME_WAIT_SECONDS)}` : d.cpsBand === 'low' ? `fewer than ${fmt(HIGH_CPS * TIME_WAIT_SECONDS)}` : `${fmt((cps ?? 0) * TIME_WAIT_SECONDS)} or more`;
  const rate = d.cps !== null ? fmt(d.cps) : d.cpsBand === 'low' ? `under ${HIGH_CPS}` : `${fmt(cps ?? 0)}+`;
  const reason = row.reason.replace('{cps}', rate).replace('{tw}', tw).replace('{ports}', fmt(DEFAULT_PORTS));
  const natTlsUnknown = row.setting === 'On' && (d.nat === null || d.tls === null) && d.natOrTls !== false;
  return { row, reason, natTlsUnknown };
}

/** The answer when the call rate stays unknown: the table in three lines. */
export const ADVICE_BY_RATE = [
  `Under ${HIGH_CPS} CPS over TCP: keep it Off (FIN); TIME_WAIT stays far below the ${fmt(DEFAULT_PORTS)} default ports.`,
  `${HIGH_CPS} CPS and more (wholesale, carrier): On, with tcp_tw_reuse = 1 and ports 1024–65535.`,
  'Phones or trunks behind NAT, or SIP over TLS: Off, whatever the rate.',
].join('\n');

