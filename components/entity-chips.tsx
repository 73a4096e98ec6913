import type { Chip } from '@/lib/view/props/entity-chips';
import { html } from '@/lib/html';

/**
 * A titled list of linked entities, optionally with counts. An article lists every driver it names, a
 * hundred or more, so the list is one HTML string (lib/html.ts) styled by `.chip` in app/globals.css.
 */
export function EntityChips({ title, items, countLabel }: { title: string; items: readonly Chip[]; countLabel?: string }) {
  if (items.length === 0) return null;
  return (
    <section className="mb-6">
      <h2 className="mb-2 font-display text-lg font-bold uppercase">{title}</h2>
      <ul className="flex flex-wrap gap-1.5 text-sm" dangerouslySetInnerHTML={{ __html: chipsHtml(items, countLabel).value }} />
    </section>
  );
}

export function chipsHtml(items: readonly Chip[], countLabel?: string) {
  return html`${items.map((c) =>
    c.href
      ? html`<li><a href="${c.href}" class="chip">${c.label}${c.count !== undefined && html`<span class="count"${countLabel ? html` title="${countLabel}"` : ''}>${c.count}</span>`}</a></li>`
      : html`<li><span class="chip plain">${c.label}${c.count !== undefined && html`<span class="count">${c.count}</span>`}</span></li>`,
  )}`;
}
