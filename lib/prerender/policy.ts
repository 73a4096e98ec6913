/** What `next build` renders ahead of time, and what it leaves to the first request. */
/**
 * What `next build` renders ahead of time.
 *
 * Every page a reader or a search engine reaches by a link is prerendered: the articles, the driver,
 * team, event, circuit and series pages, and the indexes. The files derived from them are rendered on
 * their first request instead, then kept in Next's cache and served like prerendered files until the
 * next build: share images, the results downloads (.json, .csv), the driver and team feeds, and the
 * report archives behind a driver or team page. At 10,000 articles they are about three quarters of
 * all URLs, and prerendering them would multiply the build time (bench/README.md).
 *
 * A static export has no server to render anything later, so `npm run build:export` prerenders them all.
 */
export const STATIC_EXPORT = process.env.NEXT_OUTPUT === 'export';

/**
 * generateStaticParams of a derived route: nothing ahead of time, except in a static export. An export
 * refuses a dynamic route with no params, so a route whose list can be empty (no timing, no long career)
 * names a `placeholder` param, which renders its 404.
 */
export function renderedOnFirstRequest<T>(params: () => T[], placeholder?: T): T[] {
  if (!STATIC_EXPORT) return [];
  const all = params();
  return all.length === 0 && placeholder ? [placeholder] : all;
}

/**
 * How many of each kind `next build` prerenders on a server build: the newest articles and editions, and
 * the drivers, teams and cars with the most reports (the heaviest pages); every event, circuit and series
 * and every index page.
 * Everything else is rendered on its first request and then cached like a prerendered page, and a publish
 * revalidates what it changed (lib/cache/tags.mjs). A static export prerenders everything.
 */
export const PRERENDER_LIMIT: Partial<Record<string, number>> = { articles: 200, drivers: 100, teams: 100, cars: 100, editions: 200 };

/** The items to prerender: all in a static export, else the first `limit` by `weight` (or in list order). */
export function prerenderFirst<T>(items: readonly T[], limit = Infinity, weight?: (item: T) => number): T[] {
  if (STATIC_EXPORT || items.length <= limit) return [...items];
  if (!weight) return items.slice(0, limit);
  return [...items].sort((a, b) => weight(b) - weight(a)).slice(0, limit);
}
