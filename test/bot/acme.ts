// One customer (ACME Telecom, one chat, server vos-dhaka that is never reached) and one
// approver (Rahim): the config the assistant's tests talk through.
import { parseConfig } from '../../config/index.js';
import type { Config } from '../../config/schema.js';

export const CUSTOMER = '+8801700000001';
export const RAHIM = '+8801900000002';

/** The config, with `settings` (YAML lines under `settings:`) when a test needs some. */
export function acmeConfig(name: string, settings: readonly string[] = []): Config {
  return parseConfig(
    `customers:
  - { id: acme, name: ACME Telecom, chats: ["${CUSTOMER}"] }
servers:
  - { id: vos-dhaka, customer: acme, host: 203.0.113.10, username: root, privateKeyPath: /nonexistent/key, hostKeySha256: "SHA256:${'A'.repeat(43)}" }
engineers:
  - { id: rahim, name: Rahim, chats: ["${RAHIM}"], role: approver }
${settings.length ? `settings:\n${settings.map((l) => `  ${l}`).join('\n')}\n` : ''}`,
    name,
  );
}
