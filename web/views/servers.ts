import type { Config, ServerConfig } from '../../config/schema.js';
import type { Run } from '../../store/types.js';
import type { RunQuery } from '../filters.js';
import { html, type SafeHtml } from '../html.js';
import { pager, runsTable, serverLink } from './components.js';
import { factsTable, timeWaitSparkline } from './facts.js';
import { actorName } from '../../runs/actors.js';
import type { Hold, MemoryEntry } from '../../runs/memory.js';
import { describeEntry } from '../../runs/memory-text.js';
import type { Facts } from '../../runs/model.js';
import { time } from './format.js';

/** The list of configured servers with their latest run. */
export function serversView(config: Config, latest: Map<string, Run | null>): SafeHtml {
  const customer = (id: string) => config.customers.find((c) => c.id === id)?.name ?? id;
  return html`<h1>Servers</h1>
<div class="table-wrap"><table>
<thead><tr><th>server</th><th>customer</th><th>host</th><th>tags</th><th>last run</th></tr></thead>
<tbody>${config.servers.map((s) => {
    const run = latest.get(s.id) ?? null;
    return html`<tr><td>${serverLink(s.id)}${s.name ? html` <span class="muted">${s.name}</span>` : null}</td><td>${customer(s.customer)}</td><td class="mono">${s.host}:${s.port}</td><td>${s.tags.join(', ')}</td><td>${
      run ? html`<a href="/runs/${encodeURIComponent(run.id)}">${run.id}</a> ${time(run.createdAt)}` : html`<span class="muted">none</span>`
    }</td></tr>`;
  })}</tbody></table></div>`;
}

/** What the customer memory holds about one server: its entries (and the customer-wide ones) and what they hold back now. */
export interface ServerMemory {
  readonly customerId: string;
  readonly entries: readonly MemoryEntry[];
  readonly holds: readonly Hold[];
  readonly now: Date;
  /** Why the memory could not be read (a document in another shape), or null. */
  readonly error: string | null;
}

/** The memory block: read-only here; engineers correct it in the chat (`forget`). */
function memoryBlock(config: Config, memory: ServerMemory): SafeHtml {
  const names = (raw: string) => actorName(config, raw).name;
  return html`<section class="card" data-memory><h2>What we remember</h2>${memory.error ? html`<p class="notice warn">${memory.error}</p>` : null}${
    memory.entries.length
      ? html`<ul class="memory">${memory.entries.map((e) => html`<li data-entry="${String(e.id)}" data-kind="${e.kind}">#${String(e.id)} ${e.serverId ? null : html`<span class="muted">(all servers)</span> `}${describeEntry(e, names, memory.now)}</li>`)}</ul>`
      : html`<p class="muted">Nothing remembered about this server yet.</p>`
  }${
    memory.holds.length
      ? html`<h3>Not proposed again for now</h3><ul class="holds">${memory.holds.map((h) => html`<li data-hold="${h.key}"><code>${h.key}</code> → <code>${h.to}</code>${h.until ? html` until ${time(h.until)}` : null}: ${h.reason}</li>`)}</ul>`
      : null
  }<p class="muted small">Engineers correct this in the chat: <code>memory ${memory.customerId}</code>, <code>forget ${memory.customerId} &lt;n&gt;</code>.</p></section>`;
}

/** One server's history: what we know about it, what we remember, its TIME_WAIT trend and its runs. */
export function serverView(
  config: Config,
  server: ServerConfig | null,
  serverId: string,
  customerName: string | null,
  facts: { facts: Facts; runId: string; at: string } | null,
  trend: { at: string; value: number }[],
  query: RunQuery,
  runs: readonly Run[],
  page: number,
  hasNext: boolean,
  total: number | null,
  memory: ServerMemory | null = null,
): SafeHtml {
  return html`<h1>Server ${serverId}${server?.name ? html` <span class="muted">${server.name}</span>` : null}</h1>
${
  server
    ? html`<div class="card"><dl class="kv">
<dt>customer</dt><dd>${customerName ?? server.customer}</dd>
<dt>host</dt><dd class="mono">${server.username}@${server.host}:${server.port}</dd>
<dt>softswitch.conf</dt><dd class="mono">${server.softswitchConf}</dd>
<dt>reload</dt><dd class="mono">${server.reloadCommand}</dd>
<dt>sysctl file</dt><dd class="mono">${server.sysctlFile}</dd>
<dt>tags</dt><dd>${server.tags.length ? server.tags.join(', ') : '—'}</dd>
</dl></div>`
    : html`<p class="notice warn">This server is no longer in the config; its runs are kept.</p>`
}
<div class="grid2">
<section class="card"><h2>Latest facts</h2>${
    facts ? html`<p class="muted">from <a href="/runs/${encodeURIComponent(facts.runId)}">${facts.runId}</a>, ${time(facts.at)}</p>${factsTable([{ key: 'before', label: 'value', facts: facts.facts }])}` : html`<p class="muted">No facts collected yet.</p>`
  }</section>
<section class="card"><h2>TIME_WAIT over recent runs</h2>${timeWaitSparkline(trend)}</section>
</div>
${memory ? memoryBlock(config, memory) : null}
<h2>Runs</h2>
${runsTable(runs, (raw) => actorName(config, raw), { showServer: false })}
${pager(`/servers/${encodeURIComponent(serverId)}`, query, page, hasNext, total)}`;
}
