/** What the config needs of a lab host (a LabHost has it). */
interface ConfigHost {
  readonly id: string;
  readonly ip: string;
  readonly port: number;
  readonly username: string;
  readonly privateKeyPath: string;
  readonly hostKeySha256: string;
}

export interface ConfigYamlOptions {
  /** customer id → host ids it owns; hosts named by no customer belong to 'acme'. */
  customers?: Record<string, string[]>;
  /** host id → extra server keys (e.g. { tags: ['nat-phones'], reloadCommand: '…' }). */
  serverExtra?: Record<string, Record<string, unknown>>;
}

const DEFAULT_CUSTOMER = 'acme';
const ENGINEERS = [
  { id: 'rahim', name: 'Rahim', chats: ['+8801900000002'], role: 'approver' },
  { id: 'vera', name: 'Vera', chats: ['+8801900000003'], role: 'viewer' },
];

/** Chat of the n-th customer (0 = acme): +8801700000001, +8801700000002, … */
const customerChat = (n: number) => `+88017${String(n + 1).padStart(8, '0')}`;

/** A YAML scalar: JSON strings, numbers, booleans, arrays and objects are valid YAML (flow style). */
const y = (v: unknown): string => JSON.stringify(v);

/**
 * A complete vos-assist config (the README's format) for the given hosts, written by hand so lab
 * code needs no YAML library.
 */
export function buildConfigYaml(hosts: ConfigHost[], opts: ConfigYamlOptions = {}): string {
  const owners = ownersOf(hosts, opts.customers ?? {});
  const customerIds = [...new Set([...Object.keys(opts.customers ?? {}), ...owners.values()])];
  const lines: string[] = ['# vos-assist config for a test lab (generated; the lab rewrites it)', 'customers:'];
  let next = 1;
  for (const id of customerIds) {
    const chat = id === DEFAULT_CUSTOMER ? customerChat(0) : customerChat(next++);
    lines.push(`  - id: ${y(id)}`, `    name: ${y(customerName(id))}`, `    chats: ${y([chat])}`);
  }
  lines.push('servers:');
  for (const h of hosts) {
    const server: Record<string, unknown> = {
      id: h.id,
      customer: owners.get(h.id),
      host: h.ip,
      port: h.port,
      username: h.username,
      privateKeyPath: h.privateKeyPath,
      hostKeySha256: h.hostKeySha256,
      ...(opts.serverExtra?.[h.id] ?? {}),
    };
    Object.entries(server).forEach(([k, v], i) => lines.push(`${i === 0 ? '  - ' : '    '}${k}: ${y(v)}`));
  }
  lines.push('engineers:');
  for (const e of ENGINEERS) {
    lines.push(`  - id: ${y(e.id)}`, `    name: ${y(e.name)}`, `    chats: ${y(e.chats)}`, `    role: ${y(e.role)}`);
  }
  return lines.join('\n') + '\n';
}

function ownersOf(hosts: ConfigHost[], customers: Record<string, string[]>): Map<string, string> {
  const known = new Set(hosts.map((h) => h.id));
  const owners = new Map<string, string>();
  for (const [customer, ids] of Object.entries(customers)) {
    for (const id of ids) {
      if (!known.has(id)) throw new Error(`vos-assist lab: configYaml customers.${customer} names host "${id}", which is not in this lab (${[...known].join(', ')})`);
      if (owners.has(id)) throw new Error(`vos-assist lab: configYaml gives host "${id}" to both ${owners.get(id)} and ${customer}`);
      owners.set(id, customer);
    }
  }
  for (const h of hosts) if (!owners.has(h.id)) owners.set(h.id, DEFAULT_CUSTOMER);
  return owners;
}

function customerName(id: string): string {
  if (id === DEFAULT_CUSTOMER) return 'ACME Telecom';
  return id.replace(/(^|[-_])([a-z])/g, (_m, sep: string, c: string) => (sep ? ' ' : '') + c.toUpperCase());
}
