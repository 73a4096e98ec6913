/** Lists of linked entities (chips) as one HTML string: an article can name a hundred drivers or more. */
import { html } from '../../html';
import type { Chip, ChipGroup } from '../props/entity-chips';

export function chipsHtml(items: readonly Chip[], countLabel?: string) {
  return html`${items.map((c) =>
    c.href
      ? html`<li><a href="${c.href}" class="chip">${c.label}${c.count !== undefined && html`<span class="count"${countLabel ? html` title="${countLabel}"` : ''}>${c.count}</span>`}</a></li>`
      : html`<li><span class="chip plain">${c.label}${c.count !== undefined && html`<span class="count">${c.count}</span>`}</span></li>`,
  )}`;
}

/** A titled list of chips, rendered (components/entity-chips.tsx shows it). `countLabel` titles the counts. */
export function chipGroup(title: string, items: readonly Chip[], countLabel?: string): ChipGroup {
  return { title, count: items.length, html: chipsHtml(items, countLabel).value };
}
