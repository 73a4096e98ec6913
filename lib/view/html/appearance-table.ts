/** Every appearance of a driver or team as one HTML string, styled by the `.results` rules like the results tables. */
import { html } from '../../html';
import { formatDate } from '../../site';
import type { AppearanceRow } from '../props/appearance-table';
import { classBadgeHtml } from './class-badge';

export function appearanceTableHtml({ rows, caption, showDrivers = false }: { rows: readonly AppearanceRow[]; caption: string; showDrivers?: boolean }) {
  const body = rows.map((r) => {
    const who = showDrivers
      ? (r.drivers ?? []).map((d, j) => html`${j > 0 && ' / '}<a href="${d.href}">${d.label}</a>`)
      : r.team && html`<a href="${r.team.href}">${r.team.label}</a>`;
    const pos = r.pos ?? (r.status ? html`<span class="status">${r.status}</span>` : '–');
    return html`<tr><td class="date"><a href="${r.articleHref}"><time datetime="${r.date}">${formatDate(r.date)}</time></a></td><td>${
      r.event && html`<a href="${r.event.href}" class="team">${r.event.label}</a>`
    }<span class="crew"><a href="${r.articleHref}" class="session">${r.session}</a> <small class="kind${r.counted ? '' : ' uncounted'}">${r.kind}${r.counted ? '' : ', not counted'}</small></span></td><td>${classBadgeHtml(r.className, 'sm')}</td><td class="no">${
      r.number ? html`<b>${r.number}</b>` : '–'
    }</td><td>${who}${r.car && html`<span class="md-only"><a href="${r.car.href}">${r.car.label}</a></span>`}</td><td class="md">${r.car && html`<a href="${r.car.href}">${r.car.label}</a>`}</td><td class="n pos">${pos}${
      r.overall !== undefined && html`<span class="ovr">(${r.overall} ovr)</span>`
    }</td><td class="n sm">${r.time ?? ''}</td></tr>`;
  });
  return html`<table class="results"><caption class="sr-only">${caption}</caption><thead><tr><th scope="col">Date</th><th scope="col">Event / session</th><th scope="col">Class</th><th scope="col" class="no">#</th><th scope="col">${
    showDrivers ? 'Drivers' : 'Team'
  }</th><th scope="col" class="md">Car</th><th scope="col" class="n">Pos</th><th scope="col" class="n sm">Time</th></tr></thead><tbody>${body}</tbody></table>`;
}

/** The appearances section of an entity page: the latest rows as HTML, how many are shown and how many there are. */
export function appearanceSection(a: { caption: string; rows: readonly AppearanceRow[]; showDrivers?: boolean; total: number }) {
  return { shown: a.rows.length, total: a.total, html: appearanceTableHtml(a).value };
}
