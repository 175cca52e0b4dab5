/**
 * Port lists as `net.ipv4.ip_local_reserved_ports` takes them: ports and ranges, comma
 * separated ("1720,3306,5060-5061,8080"). The kernel prints its value sorted, with neighbours
 * merged into ranges; `formatPortList` writes exactly that form, so a value we set reads back
 * equal to what we planned.
 */

/** A run of ports, both ends included. */
export type PortRun = readonly [low: number, high: number];

/** Longest list we write or accept (the kernel takes a page; real lists are a few dozen ports). */
export const MAX_PORT_LIST_CHARS = 2048;

const ITEM = /^(\d{1,5})(?:-(\d{1,5}))?$/;

/** The runs of a port list, sorted and merged; null when the text is not a valid list. '' is the empty list. */
export function parsePortList(text: string): PortRun[] | null {
  if (text.length > MAX_PORT_LIST_CHARS) return null;
  if (text.trim() === '') return [];
  const runs: [number, number][] = [];
  for (const item of text.split(',')) {
    const m = ITEM.exec(item.trim());
    if (!m) return null;
    const low = Number(m[1]);
    const high = m[2] === undefined ? low : Number(m[2]);
    if (low < 1 || high > 65535 || low > high) return null;
    runs.push([low, high]);
  }
  return mergeRuns(runs);
}

function mergeRuns(runs: readonly PortRun[]): PortRun[] {
  const sorted = [...runs].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [low, high] of sorted) {
    const last = out[out.length - 1];
    if (last && low <= last[1] + 1) last[1] = Math.max(last[1], high);
    else out.push([low, high]);
  }
  return out;
}

/** The kernel's form of a port list: sorted, neighbours merged, no spaces ('' when empty). */
export function formatPortList(runs: readonly PortRun[]): string {
  return mergeRuns(runs)
    .map(([low, high]) => (low === high ? String(low) : `${low}-${high}`))
    .join(',');
}

/** A port list with ports added (merged with what it had). */
export function addPorts(runs: readonly PortRun[], ports: readonly number[]): PortRun[] {
  return mergeRuns([...runs, ...ports.map((p): PortRun => [p, p])]);
}

/** True when the list holds the port. */
export const listHas = (runs: readonly PortRun[], port: number) => runs.some(([low, high]) => port >= low && port <= high);

/** The canonical form of a port list text, or the text unchanged when it is not a valid list. */
export function canonicalPortList(text: string): string {
  const runs = parsePortList(text);
  return runs ? formatPortList(runs) : text;
}
