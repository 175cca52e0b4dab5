import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig, type Config, type ServerConfig } from '../../config/index.js';
import { connectSsh } from '../../executors/ssh.js';
import { Engine, type EngineDeps } from '../../runs/engine/index.js';
import { openRunStore } from '../../store/open.js';
import type { RunStore } from '../../store/types.js';
import type { Lab } from '../../testkit/lab/index.js';
import type { ConfigYamlOptions } from '../../testkit/lab/index.js';

/** A store in a temp dir, the lab's config, and a Engine wired to real SSH. */
export interface EngineFixture {
  readonly dataDir: string;
  readonly store: RunStore;
  config: Config;
  server(id: string): ServerConfig;
  runner(extra?: Partial<EngineDeps>): Engine;
  openTarget: EngineDeps['openTarget'];
  close(): Promise<void>;
}

export async function engineFixture(lab: Lab, opts?: ConfigYamlOptions): Promise<EngineFixture> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vos-engine-'));
  const store = await openRunStore({ dataDir });
  const openTarget: EngineDeps['openTarget'] = (server, signal) => connectSsh(server, { ...(signal ? { signal } : {}) });
  const f: EngineFixture = {
    dataDir,
    store,
    config: parseConfig(lab.configYaml(opts), 'lab.yaml'),
    server(id) {
      const s = f.config.servers.find((x) => x.id === id);
      if (!s) throw new Error(`no server ${id}`);
      return s;
    },
    runner: (extra = {}) => new Engine({ store, openTarget, ...extra }),
    openTarget,
    close: async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return f;
}

/** Creates a remediation run the way the CLI does. */
export async function newRun(f: EngineFixture, playbook: 'port_exhaustion' | 'nat_unregistered' | 'firewall_rst', serverId: string, status: 'running' | 'queued' = 'running') {
  const s = f.server(serverId);
  return f.store.createRun({ kind: 'remediate', playbook, serverId: s.id, customerId: s.customer, status, requestedBy: 'test' });
}
