import type { Config, ServerConfig } from '../../config/schema.js';
import type { Run } from '../../store/types.js';
import type { RunQuery } from '../filters.js';
import { html, type SafeHtml } from '../html.js';
import { pager, runsTable, serverLink } from './components.js';
import { factsTable, timeWaitSparkline } from './facts.js';
import { actorName } from '../../runs/actors.js';
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

/** One server's history: what we know about it, its TIME_WAIT trend and its runs. */
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
<h2>Runs</h2>
${runsTable(runs, (raw) => actorName(config, raw), { showServer: false })}
${pager(`/servers/${encodeURIComponent(serverId)}`, query, page, hasNext, total)}`;
}
