'use client';

import { HOME_HREF, SEARCH_BUNDLE_HREF, SEARCH_HREF } from '@/lib/routes';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';

/** The parts of Pagefind's browser API (/pagefind/pagefind.js) this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

const BUNDLE = SEARCH_BUNDLE_HREF;
const FILTERS = [
  { key: 'kind', label: 'Kind' },
  { key: 'series', label: 'Series' },
  { key: 'year', label: 'Year' },
  { key: 'language', label: 'Language' },
] as const;
type FilterKey = (typeof FILTERS)[number]['key'];
type Selected = Partial<Record<FilterKey, string>>;
const PAGE = 10;

interface Hit {
  url: string;
  title: string;
  kind?: string;
  date?: string;
  event?: string;
  excerpt: string;
}

/**
 * Loads Pagefind (its bundle is written by scripts/search-index.ts), every language's index merged so a
 * Dutch report is found from this English page, and searches as the URL says: `?q=` and the filters.
 * The form is an ordinary GET form, so it also works before this script runs.
 *
 * A publish leaves the build's bundle as it is and writes what it changed into a second bundle,
 * `/pagefind/delta/` (lib/search/delta.ts): it is merged too, and the build's results it replaced or
 * removed (`superseded`, by result id) are dropped.
 */
async function loadPagefind(): Promise<{ pf: Pagefind; languages: string[]; superseded: Set<string> }> {
  const src = `${BUNDLE}pagefind.js`;
  const pf = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ src)) as Pagefind;
  await pf.options({ baseUrl: HOME_HREF, excerptLength: 24 });
  await pf.init();
  const entry = (await (await fetch(`${BUNDLE}pagefind-entry.json`)).json()) as { languages?: Record<string, unknown> };
  const primary = document.documentElement.lang || 'en';
  // The same bundle, another language: named by its absolute URL, as Pagefind skips a merge of its own path.
  const absolute = new URL(BUNDLE, window.location.origin).href;
  for (const language of Object.keys(entry.languages ?? {})) {
    if (language !== primary) await pf.mergeIndex(absolute, { language, baseUrl: HOME_HREF });
  }
  const delta = await fetch(`${BUNDLE}delta/superseded.json`, { cache: 'no-cache' })
    .then((r) => (r.ok ? (r.json() as Promise<{ ids?: string[]; languages?: string[] }>) : undefined))
    .catch(() => undefined);
  for (const language of delta?.languages ?? []) await pf.mergeIndex(`${absolute}delta/`, { language, baseUrl: HOME_HREF });
  // The language filter's values, named as lib/search/facets.ts names them ("Nederlands").
  const languages = Object.keys(entry.languages ?? {})
    .filter((l) => l !== 'unknown')
    .map((l) => new Intl.DisplayNames([l], { type: 'language' }).of(l) ?? l);
  return { pf, languages, superseded: new Set(delta?.ids ?? []) };
}

function readUrl(): { q: string; selected: Selected } {
  const params = new URLSearchParams(window.location.search);
  const selected: Selected = {};
  for (const f of FILTERS) {
    const v = params.get(f.key);
    if (v) selected[f.key] = v;
  }
  return { q: params.get('q')?.trim() ?? '', selected };
}

function formatDate(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function SearchApp({ options: initial }: { options: Partial<Record<FilterKey, string[]>> }) {
  const pagefind = useRef<ReturnType<typeof loadPagefind> | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<Selected>({});
  const [options, setOptions] = useState<Partial<Record<FilterKey, string[]>>>(initial);
  const [results, setResults] = useState<PagefindResult[] | null>(null);
  const [hits, setHits] = useState<Hit[]>([]);
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'error'>('idle');

  const run = useCallback(async (q: string, sel: Selected) => {
    const hasFilter = Object.values(sel).some(Boolean);
    if (!q && !hasFilter) {
      setResults(null);
      setHits([]);
      setStatus('idle');
      return;
    }
    setStatus('loading');
    try {
      pagefind.current ??= loadPagefind();
      const { pf, superseded } = await pagefind.current;
      const filters = Object.fromEntries(Object.entries(sel).filter(([, v]) => v)) as Record<string, string>;
      const found = await pf.search(q || null, { filters });
      if (!found) return; // superseded by a newer search
      // One result per id: a page a publish left unchanged is in both bundles, under the same id.
      const current = new Map<string, PagefindResult>();
      for (const r of found.results) if (!superseded.has(r.id) && !current.has(r.id)) current.set(r.id, r);
      const ranked = [...current.values()].sort((a, b) => b.score - a.score);
      setResults(ranked);
      setHits(await Promise.all(ranked.slice(0, PAGE).map(toHit)));
      setStatus('ready');
    } catch {
      setStatus('error');
    }
  }, []);

  useEffect(() => {
    const { q, selected: sel } = readUrl();
    // The URL is known only in the browser: the query is read from it once, after the first render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setQuery(q);
    setSelected(sel);
    if (input.current) input.current.value = q;
    void run(q, sel);
    const onPop = () => {
      const now = readUrl();
      setQuery(now.q);
      setSelected(now.selected);
      if (input.current) input.current.value = now.q;
      void run(now.q, now.selected);
    };
    window.addEventListener('popstate', onPop);
    // Kinds, series and years come with the page; the languages are the index's. Pagefind's own filter
    // lists are not loaded: at 10,000 articles they would be most of what a search downloads.
    (pagefind.current ??= loadPagefind())
      .then(({ languages }) => setOptions((o) => ({ ...o, language: languages.sort() })))
      .catch(() => setStatus('error'));
    return () => window.removeEventListener('popstate', onPop);
  }, [run]);

  const submit = (q: string, sel: Selected) => {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const f of FILTERS) if (sel[f.key]) params.set(f.key, sel[f.key]!);
    const qs = params.toString();
    window.history.pushState(null, '', qs ? `${SEARCH_HREF}?${qs}` : SEARCH_HREF);
    setQuery(q);
    setSelected(sel);
    void run(q, sel);
  };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    submit(input.current?.value.trim() ?? '', selected);
  };

  const more = async () => {
    if (!results) return;
    const next = await Promise.all(results.slice(hits.length, hits.length + PAGE).map(toHit));
    setHits((h) => [...h, ...next]);
  };

  const count = results?.length ?? 0;
  const message =
    status === 'loading'
      ? 'Searching…'
      : status === 'error'
        ? 'The search index could not be loaded.'
        : status === 'ready'
          ? `${count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`}${query ? ` for “${query}”` : ''}`
          : 'Type a name, a race or a word from a report.';

  return (
    // data-search-app: lib/csp.mjs allows this page's WebAssembly (Pagefind) by this mark.
    <div data-search-app="">
      <form role="search" action={SEARCH_HREF} method="get" onSubmit={onSubmit} className="search-form">
        <div className="flex gap-2">
          <label htmlFor="search-q" className="sr-only">
            Search
          </label>
          <input
            ref={input}
            id="search-q"
            name="q"
            type="search"
            autoComplete="off"
            placeholder="Driver, team, race…"
            className="field min-w-0 flex-1"
          />
          <button type="submit" className="button">
            Search
          </button>
        </div>
        <fieldset className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
          <legend className="sr-only">Filters</legend>
          {FILTERS.map((f) => {
            const values = options[f.key] ?? [];
            return (
              <label key={f.key} className="text-xs font-semibold uppercase tracking-wide text-muted">
                {f.label}
                <select
                  name={f.key}
                  value={selected[f.key] ?? ''}
                  onChange={(e) => submit(input.current?.value.trim() ?? query, { ...selected, [f.key]: e.target.value || undefined })}
                  className="field mt-1 block w-full normal-case tracking-normal"
                >
                  <option value="">Any</option>
                  {values.map((v) => (
                    <option key={v} value={v}>
                      {v}
                    </option>
                  ))}
                  {selected[f.key] && !values.includes(selected[f.key]!) && <option value={selected[f.key]}>{selected[f.key]}</option>}
                </select>
              </label>
            );
          })}
        </fieldset>
      </form>
      {/* At least a screen tall, so that results arriving do not push the footer (no layout shift). */}
      <div className="min-h-screen">
        <p role="status" aria-live="polite" className="mt-4 text-sm text-muted">
          {message}
        </p>
        <noscript>
          <p className="mt-2 text-sm">Search runs in your browser and needs JavaScript. Every page is also listed in the indexes in the menu.</p>
        </noscript>
        {hits.length > 0 && (
          <ol className="mt-4 space-y-5" aria-label="Results">
            {hits.map((h) => (
              <li key={h.url} className="search-hit">
                <p className="text-xs font-semibold uppercase tracking-wide text-brand-dark">{h.kind ?? 'Page'}</p>
                <h2 className="font-display text-xl font-bold leading-tight">
                  <a href={h.url} className="hover:text-brand hover:underline">
                    {h.title}
                  </a>
                </h2>
                {(h.date || h.event) && (
                  <p className="text-sm text-muted">{[h.date && formatDate(h.date), h.event].filter(Boolean).join(' · ')}</p>
                )}
                {/* Pagefind's excerpt: the page's own text, escaped, with <mark> around the words found. */}
                <p className="mt-1 text-sm" dangerouslySetInnerHTML={{ __html: h.excerpt }} />
              </li>
            ))}
          </ol>
        )}
        {results && hits.length < results.length && (
          <button type="button" onClick={() => void more()} className="button mt-6">
            Show more results
          </button>
        )}
      </div>
    </div>
  );
}

async function toHit(r: PagefindResult): Promise<Hit> {
  const d = await r.data();
  // Same-site paths, whichever index the result came from.
  const url = new URL(d.url, window.location.origin);
  return { url: url.pathname + url.hash, title: d.meta.title ?? d.url, kind: d.meta.kind, date: d.meta.date, event: d.meta.event, excerpt: d.excerpt };
}
