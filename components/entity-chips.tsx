import type { ChipGroup } from '@/lib/view/props/entity-chips';

/**
 * A titled list of linked entities, optionally with counts. An article lists every driver it names, a
 * hundred or more, so the list is one HTML string (lib/view/html/chips.ts) styled by `.chip` in app/globals.css.
 */
export function EntityChips({ title, count, html }: ChipGroup) {
  if (count === 0) return null;
  return (
    <section className="mb-6">
      <h2 className="mb-2 font-display text-lg font-bold uppercase">{title}</h2>
      <ul className="flex flex-wrap gap-1.5 text-sm" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
