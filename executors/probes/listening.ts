/** One TCP or UDP port a process on the host listens on. */
export interface Listener {
  readonly proto: 'tcp' | 'udp';
  /** As the tool prints it: `0.0.0.0`, `*`, `[::]`, `10.0.0.5`. */
  readonly address: string;
  readonly port: number;
  /** The program, where `-p` could tell (root sees every process). */
  readonly process: string | null;
  readonly pid: number | null;
}

/** Most listeners kept: a host with more is not a VOS3000 host we can reason about anyway. */
export const MAX_LISTENERS = 512;

/**
 * The shell of the listening probe: `ss -tulnp`, or `netstat -tulnp` on hosts without ss, with
 * a first line naming the tool. Output is capped: it is only the listening sockets.
 */
export const LISTENING_COMMAND = [
  '{ if command -v ss >/dev/null 2>&1; then echo "source ss"; ss -tulnp',
  'elif command -v netstat >/dev/null 2>&1; then echo "source netstat"; netstat -tulnp',
  'else echo "source none"; fi; } | head -c 131072',
].join('\n');

// ss: users:(("sshd",pid=812,fd=3)) (iproute2 ≥ 3.x) or users:(("sshd",812,3)) (CentOS 6).
const SS_USER = /users:\(\("([^"]+)",(?:pid=)?(\d+)/;
// netstat: 812/sshd
const NETSTAT_PROGRAM = /^(\d+)\/(.+)$/;

function splitAddress(text: string): { address: string; port: number } | null {
  const at = text.lastIndexOf(':');
  if (at <= 0) return null;
  const port = Number(text.slice(at + 1));
  if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
  // ss writes "127.0.0.53%lo:53": the interface is not part of the address.
  return { address: text.slice(0, at).replace(/%[^\]]*$/, ''), port };
}

function ssLine(f: string[]): Listener | null {
  // `Netid State …`, or `State …` alone on ss builds that print no Netid.
  const hasNetid = f[0] === 'tcp' || f[0] === 'udp';
  const netid = hasNetid ? (f[0] as 'tcp' | 'udp') : f[0] === 'LISTEN' ? 'tcp' : f[0] === 'UNCONN' ? 'udp' : null;
  const state = hasNetid ? f[1] : f[0];
  const local = hasNetid ? f[4] : f[3];
  if (!netid || !local || (netid === 'tcp' && state !== 'LISTEN') || (netid === 'udp' && state !== 'UNCONN')) return null;
  const where = splitAddress(local);
  if (!where) return null;
  const user = SS_USER.exec(f.slice(hasNetid ? 6 : 5).join(' '));
  return { proto: netid, ...where, process: user?.[1] ?? null, pid: user ? Number(user[2]) : null };
}

function netstatLine(f: string[]): Listener | null {
  const proto = f[0]?.startsWith('tcp') ? 'tcp' : f[0]?.startsWith('udp') ? 'udp' : null;
  if (!proto || !f[3]) return null;
  if (proto === 'tcp' && f[5] !== 'LISTEN') return null;
  const where = splitAddress(f[3]);
  if (!where) return null;
  // The program column follows the state (TCP) or the foreign address (UDP, no state), and may
  // hold spaces: "812/sshd: /usr/sbin", "2614/redis-server *". The name is its first word.
  const program = NETSTAT_PROGRAM.exec(f.slice(proto === 'tcp' ? 6 : 5).join(' '));
  return { proto, ...where, process: program?.[2]?.split(/[:\s]/)[0] || null, pid: program ? Number(program[1]) : null };
}

/** Reads the probe's output (pure); null when no tool answered. */
export function parseListening(text: string): Listener[] | null {
  const lines = text.split('\n');
  const source = /^source (ss|netstat)$/.exec(lines[0]?.trim() ?? '')?.[1];
  // No header: the tool ran but printed nothing (not permitted, killed), which is not "nothing listens".
  if (!source || !lines.slice(1).some((l) => /^(Netid|State|Proto|Active)\b/.test(l.trim()))) return null;
  const out: Listener[] = [];
  const seen = new Set<string>();
  for (const line of lines.slice(1)) {
    const f = line.trim().split(/\s+/);
    const l = source === 'ss' ? ssLine(f) : netstatLine(f);
    if (!l) continue;
    const key = `${l.proto} ${l.address} ${l.port}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(l);
    if (out.length >= MAX_LISTENERS) break;
  }
  return out;
}

/** The distinct ports listened on (either protocol), sorted. */
export const listeningPorts = (listeners: readonly Listener[]) => [...new Set(listeners.map((l) => l.port))].sort((a, b) => a - b);
