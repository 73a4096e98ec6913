/** The /search page's form and results area, server-rendered; public/search.js runs the search in the browser. */
import { SEARCH_HREF } from '@/lib/routes';
import { SearchField } from './search-field';

export type SearchFilterKey = 'kind' | 'series' | 'year' | 'language';

const FILTERS: { key: SearchFilterKey; label: string }[] = [
  { key: 'kind', label: 'Kind' },
  { key: 'series', label: 'Series' },
  { key: 'year', label: 'Year' },
  { key: 'language', label: 'Language' },
];

/**
 * An ordinary GET form (it works before the script runs, and without it), the live status line and the
 * results list. public/search.js loads Pagefind, searches as the URL says (`?q=` and the filters), fills
 * the list and the language filter, and keeps the URL in step; it is the page's only script file, loaded
 * as a module (no framework: lib/static-html.mjs).
 */
export function SearchForm({ options }: { options: Partial<Record<SearchFilterKey, string[]>> }) {
  return (
    // data-search-app: lib/csp.mjs allows this page's WebAssembly (Pagefind) by this mark.
    <div data-search-app="">
      <form role="search" action={SEARCH_HREF} method="get" className="search-form" data-search-form="">
        <div className="flex gap-2">
          <SearchField id="search-q" label="Search" placeholder="Driver, team, race…" inputClass="field min-w-0 flex-1" buttonClass="button" />
        </div>
        <fieldset className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
          <legend className="sr-only">Filters</legend>
          {FILTERS.map((f) => (
            <label key={f.key} className="text-xs font-semibold uppercase tracking-wide text-muted">
              {f.label}
              <select name={f.key} defaultValue="" className="field mt-1 block w-full normal-case tracking-normal">
                <option value="">Any</option>
                {(options[f.key] ?? []).map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      </form>
      {/* At least a screen tall, so that results arriving do not push the footer (no layout shift). */}
      <div className="min-h-screen">
        <p role="status" aria-live="polite" className="mt-4 text-sm text-muted" data-search-status="">
          Type a name, a race or a word from a report.
        </p>
        <noscript>
          <p className="mt-2 text-sm">Search runs in your browser and needs JavaScript. Every page is also listed in the indexes in the menu.</p>
        </noscript>
        <ol className="mt-4 space-y-5" aria-label="Results" data-search-results="" hidden />
        <button type="button" className="button mt-6" data-search-more="" hidden>
          Show more results
        </button>
      </div>
      {/* A module script is deferred by the browser: it does not block the page, which is what the rule guards against. */}
      {/* eslint-disable-next-line @next/next/no-sync-scripts */}
      <script type="module" src="/search.js" />
    </div>
  );
}
