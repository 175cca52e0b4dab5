/** A host firewall rule that drops or rejects TCP RST or INVALID-state packets, with its counters. */
export interface RstDropRule {
  readonly tool: 'iptables' | 'nft';
  /** iptables table (`filter`) or nft `family name` (`inet fw`). */
  readonly table: string;
  readonly chain: string | null;
  /** The rule as the tool prints it, counters left out. */
  readonly rule: string;
  /** Packets (and bytes) it matched since the counters were last zeroed; null when the tool printed none. */
  readonly packets: number | null;
  readonly bytes: number | null;
}

/** What the firewall probe could read. */
export interface FirewallRead {
  /** The tools present on the host. */
  readonly tools: { readonly iptables: boolean; readonly nft: boolean };
  /** The tools whose rules were read. */
  readonly read: ('iptables' | 'nft')[];
  readonly rules: RstDropRule[];
}

const RULE_FILTER = "/RST|INVALID/ && /DROP|REJECT/ {print}";

/**
 * The shell of the firewall probe: `iptables-save -c` (counters), else `iptables -S`, and
 * `nft list ruleset` where nft exists. Each is filtered on the server to table and chain
 * headers and the rules that drop or reject RST or INVALID packets, so a host with
 * thousands of rules sends a few lines.
 */
export const FIREWALL_COMMAND = [
  'have=; for t in iptables-save iptables nft; do command -v $t >/dev/null 2>&1 && have="$have $t"; done; echo "have$have"',
  // Each tool's output is taken whole first, so its own exit status (not a filter's) says whether it could read.
  'if command -v iptables-save >/dev/null 2>&1; then out=$(iptables-save -c); echo "@iptables-save $?"',
  `  printf '%s\\n' "$out" | awk '/^# Generated|^\\*/ {print; next} ${RULE_FILTER}' | head -n 300`,
  'elif command -v iptables >/dev/null 2>&1; then out=$(iptables -S); echo "@iptables $?"',
  `  printf '%s\\n' "$out" | awk '${RULE_FILTER}' | head -n 300`,
  'fi',
  'if command -v nft >/dev/null 2>&1; then out=$(nft list ruleset); echo "@nft $?"',
  "  printf '%s\\n' \"$out\" | awk '/^table / {print; next} /^[ \\t]*chain / {print; next} { l = tolower($0) } l ~ /rst|invalid/ && l ~ /drop|reject/ {print}' | head -n 300",
  'fi',
].join('\n');

const IPT_COUNTERS = /^\[(\d+):(\d+)\]\s+/;
const NFT_COUNTERS = /\s*counter packets (\d+) bytes (\d+)/;

function iptablesRules(lines: readonly string[]): { nfTables: boolean; tables: Set<string>; rules: RstDropRule[] } {
  let table = 'filter';
  const tables = new Set<string>();
  const rules: RstDropRule[] = [];
  let nfTables = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line.startsWith('# Generated')) {
      nfTables ||= line.includes('nf_tables');
    } else if (line.startsWith('*')) {
      table = line.slice(1);
      tables.add(table);
    } else if (line) {
      const c = IPT_COUNTERS.exec(line);
      const rule = c ? line.slice(c[0].length) : line;
      const chain = /^-A (\S+)/.exec(rule)?.[1] ?? null;
      rules.push({ tool: 'iptables', table, chain, rule, packets: c ? Number(c[1]) : null, bytes: c ? Number(c[2]) : null });
    }
  }
  return { nfTables, tables, rules };
}

function nftRules(lines: readonly string[], skipIpTables: ReadonlySet<string>): RstDropRule[] {
  let table: string | null = null;
  let chain: string | null = null;
  const rules: RstDropRule[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const t = /^table (\S+) (\S+)/.exec(line);
    if (t) {
      // iptables-nft keeps its rules in nft tables too: listed once, from iptables-save.
      table = t[1] === 'ip' && skipIpTables.has(t[2]!) ? null : `${t[1]} ${t[2]}`;
      chain = null;
      continue;
    }
    const ch = /^chain (\S+)/.exec(line);
    if (ch) {
      chain = ch[1]!;
      continue;
    }
    if (!line || table === null) continue;
    const c = NFT_COUNTERS.exec(line);
    rules.push({ tool: 'nft', table, chain, rule: c ? line.replace(NFT_COUNTERS, '') : line, packets: c ? Number(c[1]) : null, bytes: c ? Number(c[2]) : null });
  }
  return rules;
}

/** Reads the probe's output (pure); null when no firewall tool could be read. */
export function parseFirewall(text: string): FirewallRead | null {
  const lines = text.split('\n');
  const have = new Set((lines.find((l) => l.startsWith('have'))?.slice(4) ?? '').trim().split(/\s+/).filter(Boolean));
  // Each tool's block: its exit status on the header line, then the filtered lines.
  const blocks = new Map<string, { ok: boolean; lines: string[] }>();
  let current: string[] | null = null;
  for (const line of lines) {
    const b = /^@(iptables-save|iptables|nft) (\d+)$/.exec(line.trim());
    if (b) blocks.set(b[1]!, { ok: b[2] === '0', lines: (current = []) });
    else current?.push(line);
  }
  const iptBlock = blocks.get('iptables-save') ?? blocks.get('iptables');
  const nftBlock = blocks.get('nft');
  const ipt = iptablesRules(iptBlock?.ok ? iptBlock.lines : []);
  const nft = nftRules(nftBlock?.ok ? nftBlock.lines : [], ipt.nfTables ? ipt.tables : new Set());
  const read: FirewallRead['read'] = [...(iptBlock?.ok ? (['iptables'] as const) : []), ...(nftBlock?.ok ? (['nft'] as const) : [])];
  if (read.length === 0) return null;
  return {
    tools: { iptables: have.has('iptables-save') || have.has('iptables'), nft: have.has('nft') },
    read,
    rules: [...ipt.rules, ...nft],
  };
}
