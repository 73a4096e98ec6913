/**
 * Cache tags, derived from a page's URL, so that every route is covered without declaring anything:
 *
 * - a URL under an entity, `/<kind>/<id>` with <kind> in ENTITY_ROUTES, and everything below it (`/drivers/x/feed.xml`,
 *   `/events/le-mans/2024`, `/articles/<slug>/results.csv`, `/cars/<id>/data.json`), carries `<kind>:<id>`;
 * - every other URL (the home page, the indexes and their pages `/drivers/page/2`, the feeds, the sitemaps,
 *   `/data/...`, `/search`) carries LIST_TAG.
 *
 * A publish computes from the content graph which entities a change touches (lib/publish/affected.ts) and
 * revalidates their tags and LIST_TAG; the cache handler (lib/cache/next-cache-handler.mjs) treats an entry as expired
 * when one of its URL's tags was revalidated after the entry was stored.
 */
export const LIST_TAG = 'list';

/** The first URL segments whose second segment is an entity id (content-format.md, URLs). */
export const ENTITY_ROUTES = ['articles', 'drivers', 'teams', 'cars', 'events', 'circuits', 'series'];

/** The tag of an entity (`drivers`, `x`) or an article (`articles`, slug). */
export const entityTag = (kind, id) => `${kind}:${id}`;

/** The URL path of a cache key: Next's route-cache keys end in `/$<path>`, with `/index` for `/`. */
export function keyPath(key) {
  const i = key.indexOf('/$');
  return i >= 0 ? key.slice(i + 2) : key;
}

/** The tags of a URL path (see above). */
export function pathTags(path) {
  const parts = path.split('?')[0].split('/').filter(Boolean);
  if (parts.length >= 2 && ENTITY_ROUTES.includes(parts[0]) && parts[1] !== 'page') {
    let id = parts[1];
    try {
      id = decodeURIComponent(id);
    } catch {
      /* keep it as written */
    }
    return [entityTag(parts[0], id.replace(/\.(rsc|json|xml|csv|html|segments)$/, ''))];
  }
  return [LIST_TAG];
}
