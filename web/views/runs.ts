import type { Config } from '../../config/schema.js';
import type { Run } from '../../store/types.js';
import type { RunQuery } from '../filters.js';
import { html, type SafeHtml } from '../html.js';
import { filterForm, pager, runsTable } from './components.js';
import { actorName } from '../../runs/actors.js';

/** The runs list: filters, table and pager. */
export function runsView(config: Config, query: RunQuery, runs: readonly Run[], page: number, hasNext: boolean, total: number | null, errors: string[]): SafeHtml {
  return html`<h1>Runs</h1>
${filterForm(config, query)}
${errors.length ? html`<p class="notice warn">Ignored: ${errors.join('; ')}</p>` : null}
${runsTable(runs, (raw) => actorName(config, raw), { customerName: (id) => config.customers.find((c) => c.id === id)?.name ?? id })}
${pager('/runs', query, page, hasNext, total)}`;
}
