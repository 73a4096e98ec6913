/** One class of one session's results as an HTML string (lib/html.ts explains why a string): the table of reports and edition pages. */
import { formatGap, formatTime } from '../../content/time';
import { html } from '../../html';
import type { ResultsTableProps } from '../props/results-table';
import { classBadgeHtml } from './class-badge';

export function resultsTableHtml({ sessionName, className, entries, nameOf }: ResultsTableProps) {
  const has = {
    pos: entries.some((e) => e.pos !== undefined),
    overall: entries.some((e) => e.overall !== undefined),
    car: entries.some((e) => e.car),
    time: entries.some((e) => e.time),
    gap: entries.some((e) => e.gap),
    laps: entries.some((e) => e.laps !== undefined),
    status: entries.some((e) => e.status || e.note),
  };
  const head = html`<tr>${[
    has.pos && html`<th scope="col" class="n" title="Position in class">Pos</th>`,
    has.overall && html`<th scope="col" class="n sm" title="Overall position">Ovr</th>`,
    html`<th scope="col" class="no">#</th><th scope="col">Team / drivers</th>`,
    has.car && html`<th scope="col" class="md">Car</th>`,
    has.time && html`<th scope="col" class="n">Time</th>`,
    has.gap && html`<th scope="col" class="n">Gap</th>`,
    has.laps && html`<th scope="col" class="n">Laps</th>`,
    has.status && html`<th scope="col" class="lg">Status</th>`,
  ]}</tr>`;
  const rows = entries.map((e) => {
    const statusText = [e.status, e.note].filter(Boolean).join(' · ');
    const car = e.car ? html`<a href="/cars/${e.car.id}">${nameOf('cars', e.car.id)}</a>` : '';
    const crew = e.drivers.map(
      (d, j) => html`${j > 0 && ' / '}<a href="/drivers/${d.id}">${nameOf('drivers', d.id)}</a>${d.category && html`<small> (${d.category})</small>`}`,
    );
    return html`<tr>${[
      has.pos && html`<td class="n pos">${e.pos ?? ''}</td>`,
      has.overall && html`<td class="n sm">${e.overall ?? ''}</td>`,
      html`<td class="no">${e.number ? html`<b>${e.number}</b>` : '–'}</td>`,
      html`<td>${e.team ? html`<a href="/teams/${e.team.id}" class="team">${nameOf('teams', e.team.id)}</a>` : '–'}${
        crew.length > 0 && html`<span class="crew">${crew}</span>`
      }${car && html`<span class="md-only">${car}</span>`}${statusText && html`<span class="lg-only">${statusText}</span>`}</td>`,
      has.car && html`<td class="md">${car}</td>`,
      has.time && html`<td class="n t">${e.time ? formatTime(e.time) : ''}</td>`,
      has.gap && html`<td class="n">${e.gap ? formatGap(e.gap) : ''}</td>`,
      has.laps && html`<td class="n">${e.laps ?? ''}</td>`,
      has.status && html`<td class="lg">${statusText}</td>`,
    ]}</tr>`;
  });
  return html`<table class="results"><caption><span class="cap">${classBadgeHtml(className)} <span class="session">${sessionName}</span></span></caption><thead>${head}</thead><tbody>${rows}</tbody></table>`;
}
