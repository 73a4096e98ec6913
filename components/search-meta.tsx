import { languageName, type SearchFacets } from '@/lib/search/facets';

/**
 * The search index's filters and result metadata for this page (lib/search/facets.ts). Hidden from
 * readers; Pagefind reads the `data-pagefind-filter` and `data-pagefind-meta` elements, and skips their
 * text (`data-pagefind-ignore`) so they add nothing to the page's words.
 */
export function SearchMeta({ facets }: { facets: SearchFacets }) {
  return (
    <div hidden data-pagefind-ignore="">
      <span data-pagefind-filter="kind">{facets.kind}</span>
      <span data-pagefind-meta="kind">{facets.kind}</span>
      <span data-pagefind-filter="language">{languageName(facets.lang)}</span>
      {facets.series.map((s) => (
        <span key={s} data-pagefind-filter="series">
          {s}
        </span>
      ))}
      {facets.years.map((y) => (
        <span key={y} data-pagefind-filter="year">
          {y}
        </span>
      ))}
      {facets.date && <span data-pagefind-meta="date">{facets.date}</span>}
      {facets.event && <span data-pagefind-meta="event">{facets.event}</span>}
    </div>
  );
}
