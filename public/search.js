// @ts-check
/**
 * The /search page's script (components/search-form.tsx), the only script file the site loads: no
 * framework. It loads Pagefind (its bundles are written by scripts/search-index.ts, cut by size and listed
 * in `bundles.json`, lib/search/bundles.ts), every bundle's every language's index merged so a Dutch report
 * is found from this English page, and searches as the URL says: `?q=` and the filters. Submitting the
 * form or changing a filter searches without reloading and updates the URL.
 *
 * A publish leaves the build's bundles as they are and writes what it changed into a further bundle,
 * `/pagefind/delta/` (lib/search/delta.ts): it is merged too, and the build's results it replaced or
 * removed (`superseded`, by result id) are dropped. Every build writes an empty `superseded.json`.
 */
const BUNDLE = '/pagefind/';
const FILTERS = ['kind', 'series', 'year', 'language'];
const PAGE = 10;

const root = /** @type {HTMLElement} */ (document.querySelector('[data-search-app]'));
const form = /** @type {HTMLFormElement} */ (root.querySelector('form'));
const input = /** @type {HTMLInputElement} */ (form.elements.namedItem('q'));
const status = /** @type {HTMLElement} */ (root.querySelector('[data-search-status]'));
const list = /** @type {HTMLOListElement} */ (root.querySelector('[data-search-results]'));
const moreButton = /** @type {HTMLButtonElement} */ (root.querySelector('[data-search-more]'));
const select = (/** @type {string} */ key) => /** @type {HTMLSelectElement} */ (form.elements.namedItem(key));
const IDLE = status.textContent;

/** @type {Promise<{ pf: any; languages: string[]; superseded: Set<string> }> | undefined} */
let loading;
/** Resolves once the browser has painted the server-rendered page: Pagefind's downloads start after it. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
function loadPagefind() {
  loading ??= (async () => {
    // The page (form, filters, status) paints first; Pagefind's 90 KB (script, wasm, indexes) would
    // otherwise compete with the stylesheet and the font for a phone's first paint (docs/seo.md, /search).
    await painted();
    const pf = await import(`${BUNDLE}pagefind.js`);
    // No web worker: 12 KB less for the first search (bench/README.md, "One query").
    await pf.options({ baseUrl: '/', excerptLength: 24, noWorker: true });
    const [manifest, delta] = await Promise.all(
      [`${BUNDLE}bundles.json`, `${BUNDLE}delta/superseded.json`].map((url) =>
        fetch(url, { cache: 'no-cache' })
          .then((r) => (r.ok ? r.json() : undefined))
          .catch(() => undefined),
      ),
    );
    await pf.init();
    /** @type {{ path: string; languages: Record<string, number> }[]} */
    const bundles = manifest?.bundles ?? [{ path: '', languages: (await (await fetch(`${BUNDLE}pagefind-entry.json`)).json()).languages ?? {} }];
    // Every bundle in every language, named by its absolute URL (Pagefind skips a merge of the primary's own
    // path), but the one language of the first bundle that Pagefind loaded as the primary index: the page's,
    // else the bundle's largest (as Pagefind picks it).
    const absolute = new URL(BUNDLE, window.location.origin).href;
    const own = bundles[0]?.languages ?? {};
    const page = document.documentElement.lang || 'en';
    const primary = page in own ? page : page.split('-')[0] in own ? page.split('-')[0] : Object.entries(own).sort((a, b) => b[1] - a[1])[0]?.[0];
    const merges = bundles.flatMap((b) =>
      Object.keys(b.languages)
        .filter((language) => b.path !== '' || language !== primary)
        .map((language) => [`${absolute}${b.path}`, language]),
    );
    for (const language of delta?.languages ?? []) merges.push([`${absolute}delta/`, language]);
    await Promise.all(merges.map(([url, language]) => pf.mergeIndex(url, { language, baseUrl: '/' })));
    // The language filter's values, named as lib/search/facets.ts names them ("Nederlands").
    const languages = [...new Set(bundles.flatMap((b) => Object.keys(b.languages)))]
      .filter((l) => l !== 'unknown')
      .map((l) => new Intl.DisplayNames([l], { type: 'language' }).of(l) ?? l);
    return { pf, languages, superseded: new Set(/** @type {string[]} */ (delta?.ids ?? [])) };
  })();
  return loading;
}

/** The query and filters of the address bar. */
function readUrl() {
  const params = new URLSearchParams(window.location.search);
  /** @type {Record<string, string>} */
  const selected = {};
  for (const key of FILTERS) {
    const v = params.get(key);
    if (v) selected[key] = v;
  }
  return { q: params.get('q')?.trim() ?? '', selected };
}

/** Shows the URL's query and filters in the form (a value the list lacks is added to it). */
function showInForm(/** @type {string} */ q, /** @type {Record<string, string>} */ selected) {
  input.value = q;
  for (const key of FILTERS) {
    const s = select(key);
    const v = selected[key] ?? '';
    if (v && ![...s.options].some((o) => o.value === v)) s.add(new Option(v, v));
    s.value = v;
  }
}

function formatDate(/** @type {string} */ iso) {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A result's data (its fragment), fetched once. */
const dataOf = (/** @type {any} */ result) => (result.loaded ??= result.data());

/** Lowercase words without diacritics: "Jörg" and "jorg" are one word. */
const words = (/** @type {string} */ text) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The results looked at for a page the query names: those shown, whose fragments load anyway. */
const NAMED_WINDOW = PAGE;

/**
 * The results with the pages the query names first: a driver, team, car or other entity whose name has a
 * word starting with each word of the query ("vaxiviere" names Matthieu Vaxivière), in score order, then
 * the rest in score order. Scores alone do not say it: each bundle scores against its own pages, so a page
 * a publish re-indexed in the small delta bundle scores lower than it did in the build's.
 */
async function namedFirst(/** @type {string} */ q, /** @type {any[]} */ results) {
  const query = words(q);
  if (query.length === 0) return results;
  const head = results.slice(0, NAMED_WINDOW);
  const data = await Promise.all(head.map(dataOf));
  const named = head.filter((_, i) => {
    const d = data[i];
    if (!d.meta.kind || d.meta.kind === 'Article') return false;
    const title = words(d.meta.title ?? '');
    return query.every((w) => title.some((t) => t.startsWith(w)));
  });
  return [...named, ...results.filter((r) => !named.includes(r))];
}

/** One result as a list item, like the site's own lists. */
async function hitItem(/** @type {any} */ result) {
  const d = await dataOf(result);
  // Same-site paths, whichever index the result came from.
  const url = new URL(d.url, window.location.origin);
  const li = document.createElement('li');
  li.className = 'search-hit';
  const kind = document.createElement('p');
  kind.className = 'text-xs font-semibold uppercase tracking-wide text-brand-dark';
  kind.textContent = d.meta.kind ?? 'Page';
  const h2 = document.createElement('h2');
  h2.className = 'font-display text-xl font-bold leading-tight';
  const a = document.createElement('a');
  a.href = url.pathname + url.hash;
  a.className = 'hover:text-brand hover:underline';
  a.textContent = d.meta.title ?? d.url;
  h2.append(a);
  li.append(kind, h2);
  const when = [d.meta.date && formatDate(d.meta.date), d.meta.event].filter(Boolean).join(' · ');
  if (when) {
    const p = document.createElement('p');
    p.className = 'text-sm text-muted';
    p.textContent = when;
    li.append(p);
  }
  // Pagefind's excerpt: the page's own text, escaped, with <mark> around the words found.
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1 text-sm';
  excerpt.innerHTML = d.excerpt;
  li.append(excerpt);
  return li;
}

/** @type {any[]} */
let ranked = [];
let shown = 0;
let generation = 0;

async function showMore() {
  const items = await Promise.all(ranked.slice(shown, shown + PAGE).map(hitItem));
  list.append(...items);
  shown += items.length;
  list.hidden = shown === 0;
  moreButton.hidden = shown >= ranked.length;
}

async function run(/** @type {string} */ q, /** @type {Record<string, string>} */ selected) {
  const mine = ++generation;
  list.replaceChildren();
  list.hidden = true;
  moreButton.hidden = true;
  ranked = [];
  shown = 0;
  if (!q && Object.keys(selected).length === 0) {
    status.textContent = IDLE;
    return;
  }
  status.textContent = 'Searching…';
  try {
    const { pf, superseded } = await loadPagefind();
    const found = await pf.search(q || null, { filters: selected });
    if (!found || mine !== generation) return; // superseded by a newer search
    // One result per id: a page a publish left unchanged is in both bundles, under the same id.
    const current = new Map();
    for (const r of found.results) if (!superseded.has(r.id) && !current.has(r.id)) current.set(r.id, r);
    ranked = await namedFirst(q, [...current.values()].sort((a, b) => b.score - a.score));
    if (mine !== generation) return;
    await showMore();
    if (mine !== generation) return;
    const count = ranked.length;
    status.textContent = `${count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`}${q ? ` for “${q}”` : ''}`;
  } catch {
    if (mine === generation) status.textContent = 'The search index could not be loaded.';
  }
}

/** Searches for what the form says, and puts it in the address bar. */
function submit() {
  const params = new URLSearchParams();
  const q = input.value.trim();
  /** @type {Record<string, string>} */
  const selected = {};
  if (q) params.set('q', q);
  for (const key of FILTERS) {
    const v = select(key).value;
    if (v) {
      params.set(key, v);
      selected[key] = v;
    }
  }
  const qs = params.toString();
  window.history.pushState(null, '', qs ? `/search?${qs}` : '/search');
  void run(q, selected);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  submit();
});
for (const key of FILTERS) select(key).addEventListener('change', submit);
moreButton.addEventListener('click', () => void showMore());
window.addEventListener('popstate', () => {
  const { q, selected } = readUrl();
  showInForm(q, selected);
  void run(q, selected);
});

const start = readUrl();
showInForm(start.q, start.selected);
void run(start.q, start.selected);
// Kinds, series and years come with the page; the languages are the index's. Pagefind's own filter lists
// are not loaded: at 10,000 articles they would be most of what a search downloads.
loadPagefind()
  .then(({ languages }) => {
    const s = select('language');
    const chosen = s.value;
    for (const l of languages.sort()) if (![...s.options].some((o) => o.value === l)) s.add(new Option(l, l));
    s.value = chosen;
  })
  .catch(() => {
    status.textContent = 'The search index could not be loaded.';
  });
