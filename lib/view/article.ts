/** The article page. */
import { mdxContext } from './session-blocks';
import { chipGroup } from './html/chips';
import type { ArticleViewProps } from './props/article-view';
import type { Crumb } from './props/breadcrumbs';
import type { Chip } from './props/entity-chips';
import type { FigureProps } from './props/picture';
import type { Article } from '../content/types';
import { articleBodyCode } from '../served/article-body';
import { nameOf, relatedArticles, type Graph, type LinkedKind } from '../graph';
import { carHref, editionHref, entityHref, sessionHref } from '../routes';
import { sessionKind, sessionTitle } from '../content/session-identity';
import { articleCard, eventLabel, nameLookup } from './shared';
import { pictureProps } from './picture';

/** The lead photo, loaded first (it is the page's largest paint). */
function leadFigure(article: Article): FigureProps | undefined {
  const image = article.image;
  const picture = image && pictureProps(image.src, image.alt, 'lead', true);
  return picture && image ? { picture, caption: image.caption, credit: image.credit } : undefined;
}

export function articleCrumbs(graph: Graph, article: Article): Crumb[] {
  const crumbs: Crumb[] = [{ href: '/', label: 'Home' }];
  const ev = article.event;
  if (ev?.series) crumbs.push({ href: entityHref('series', ev.series.id), label: nameOf(graph, 'series', ev.series.id) });
  if (ev) crumbs.push({ href: editionHref(ev.event.id, ev.year), label: `${nameOf(graph, 'events', ev.event.id)} ${ev.year}` });
  if (!ev) crumbs.push({ href: '/articles', label: 'Articles' });
  crumbs.push({ label: article.title });
  return crumbs;
}

export function articleViewProps(graph: Graph, article: Article): ArticleViewProps {
  const ids = graph.entitiesOf.get(article.slug);
  const chips = (kind: Exclude<LinkedKind, 'cars'>, list: readonly string[] = []): Chip[] =>
    list
      .map((id) => ({ href: entityHref(kind, id), label: nameOf(graph, kind, id) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  const ev = article.event;
  return {
    title: article.title,
    description: article.description,
    date: article.date,
    updated: article.updated,
    authors: article.authors.map((a) => ({ name: nameOf(graph, 'authors', a.id), href: entityHref('authors', a.id) })),
    corrections: article.corrections,
    lead: leadFigure(article),
    lang: article.lang,
    readingMinutes: article.readingMinutes,
    crumbs: articleCrumbs(graph, article),
    kicker: eventLabel(graph, article),
    code: articleBodyCode(article),
    resultsAfterBody: !/<Results\b/.test(article.bodyRaw),
    mdx: {
      ...mdxContext(article.sessions, nameLookup(graph), (kind, written) => entityHref(kind, graph.resolve(kind, written))),
      picture: (src, alt) => pictureProps(src, alt, 'lead'),
    },
    entities: [
      chipGroup('Event', ev
          ? [
              { href: editionHref(ev.event.id, ev.year), label: `${nameOf(graph, 'events', ev.event.id)} ${ev.year}` },
              { href: entityHref('events', ev.event.id), label: `${nameOf(graph, 'events', ev.event.id)}, every edition` },
              ...(ev.series ? [{ href: entityHref('series', ev.series.id), label: nameOf(graph, 'series', ev.series.id) }] : []),
              ...(ev.circuit ? [{ href: entityHref('circuits', ev.circuit.id), label: nameOf(graph, 'circuits', ev.circuit.id) }] : []),
            ]
          : []),
      chipGroup('Drivers', chips('drivers', ids?.drivers)),
      chipGroup('Teams', chips('teams', ids?.teams)),
      chipGroup('Cars', (ids?.cars ?? []).map((id) => ({ href: carHref(id), label: nameOf(graph, 'cars', id) }))),
    ],
    related: relatedArticles(graph, article.slug).map((r) => articleCard(graph, r.article, 'h3')),
    dataLinks: { json: `${article.url}/results.json`, csv: `${article.url}/results.csv` },
    sessionLinks: article.sessions.flatMap((s) => {
      const node = graph.sessions.of.get(s);
      if (!node?.eventId) return [];
      return [{ label: sessionTitle(s), href: sessionHref(node), kind: sessionKind(s), otherReports: node.reports.length - 1 }];
    }),
  };
}

