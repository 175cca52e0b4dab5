import type { ServerConfig } from '../../config/schema.js';

/** The ports the softswitch listens on for SIP, per transport (from the server's config). */
export type SipPorts = ServerConfig['sipPorts'];

/** The defaults of the config: UDP and TCP 5060, TLS 5061. */
export const DEFAULT_SIP_PORTS: SipPorts = { udp: [5060], tcp: [5060], tls: [5061] };

/** The SIP transports one can run, in the order they are reported. */
export const sipTransports = ['udp', 'tcp', 'tls'] as const;
export type SipTransport = (typeof sipTransports)[number];
