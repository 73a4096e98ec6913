/** When pages last changed, from the content alone. */
import type { Article } from './content/types';
import type { Graph, LinkedKind } from './graph/types';

/**
 * When pages last changed, from the content alone (never the build time): used by the sitemap, the feeds and
 * the JSON-LD dateModified.
 */

/** When an article last changed: its `updated` date, else its publication date. */
export function articleModified(article: Article): string {
  return article.updated ?? article.date;
}

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

/** An entity page changes when an article it appears in does. */
export function entityModified(graph: Graph, kind: Exclude<LinkedKind, 'cars'>, id: string): string | undefined {
  return newestModified(graph, graph.articlesBy[kind].get(id) ?? []);
}
