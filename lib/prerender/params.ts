/** Static params of the article, entity and edition routes: which of them `next build` prerenders (lib/prerender/policy.ts). */
import { getGraph } from '../served/graph';
import { PRERENDER_LIMIT, prerenderFirst } from './policy';

/**
 * In a static export every article and entity, on a server the newest articles and editions and the
 * busiest entities; the rest render on their first request.
 */
export const articleParams = () => prerenderFirst(getGraph().articles, PRERENDER_LIMIT.articles).map((a) => ({ slug: a.slug }));
export const entityParams = (kind: 'drivers' | 'teams' | 'events' | 'circuits' | 'series' | 'cars') => {
  const graph = getGraph();
  const weight = (id: string) => graph.articlesBy[kind].get(id)?.length ?? 0;
  return prerenderFirst([...graph[kind].keys()], PRERENDER_LIMIT[kind], weight).map((id) => ({ id }));
};
export const carParams = () => entityParams('cars');
export const editionParams = () =>
  prerenderFirst([...getGraph().editions.values()], PRERENDER_LIMIT.editions, (e) => e.year).map((e) => ({ id: e.eventId, year: String(e.year) }));
