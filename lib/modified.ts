/**
 * When pages last changed, from the content alone (never the build time): used by the sitemap, the feeds and
 * the JSON-LD dateModified.
 */
import { articleModified } from './graph/modified';
import type { Graph, LinkedKind } from './graph/types';

export { articleModified };

/** The newest modification date of these articles (ISO dates compare as strings). */
export function newestModified(graph: Graph, slugs: Iterable<string>): string | undefined {
  let newest: string | undefined;
  for (const slug of slugs) {
    const article = graph.articleBySlug.get(slug);
    if (!article) continue;
    const d = articleModified(article);
    if (newest === undefined || d > newest) newest = d;
  }
  return newest;
}

/** An entity page changes when an article it appears in does (the graph's modifiedBy). */
export function entityModified(graph: Graph, kind: LinkedKind, id: string): string | undefined {
  return graph.modifiedBy[kind].get(id);
}
