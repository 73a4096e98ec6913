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

/** generateStaticParams of a derived route: nothing ahead of time, except in a static export. */
export function renderedOnFirstRequest<T>(params: () => T[]): T[] {
  return STATIC_EXPORT ? params() : [];
}
