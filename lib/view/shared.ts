/** Pieces every page kind uses: names, article cards, chips, list breadcrumbs. */
import { formatTime } from '../content/time';
import { classTag } from './html/class-badge';
import type { ArticleCardProps, CardLeader } from './props/article-card';
import type { Crumb } from './props/breadcrumbs';
import type { Chip } from './props/entity-chips';
import type { NameOf } from './props/results-table';
import type { PictureProps } from './props/picture';
import type { Article } from '../content/types';
import { sessionTitle } from '../content/session-identity';
import { classLeaders, nameOf, surname, type Count, type Graph, type LinkedKind } from '../graph';
import { articleHref, carHref, entityHref } from '../routes';
import { pictureProps } from './picture';

/**
 * Glue between the graph and the presentational components: turns graph data into component props,
 * so routes stay short and components never see the graph.
 */
export function nameLookup(graph: Graph): NameOf {
  return (kind, id) => nameOf(graph, kind, id);
}

/** "24 Hours of Le Mans 2017" */
export function eventLabel(graph: Graph, article: Article): string | undefined {
  const ev = article.event;
  return ev ? `${nameOf(graph, 'events', ev.event.id)} ${ev.year}` : undefined;
}

export function entryLabel(graph: Graph, e: { team?: { id: string }; drivers: { id: string }[] }): string {
  const drivers = e.drivers.map((d) => surname(nameOf(graph, 'drivers', d.id))).join(' / ');
  const team = e.team ? nameOf(graph, 'teams', e.team.id) : '';
  return [team, drivers].filter(Boolean).join(' – ');
}

export function articleCard(graph: Graph, article: Article, headingLevel: 'h2' | 'h3' = 'h2', withLeaders = true): ArticleCardProps {
  const leaders: CardLeader[] = (withLeaders ? classLeaders(article) : []).map((l) => ({
    sessionName: sessionTitle(l.session),
    className: l.className,
    classTag: classTag(l.className),
    number: l.entry.number,
    label: entryLabel(graph, l.entry),
    time: l.entry.time ? formatTime(l.entry.time) : undefined,
  }));
  return {
    href: articleHref(article.slug),
    title: article.title,
    description: article.description,
    date: article.date,
    lang: article.lang,
    kicker: eventLabel(graph, article),
    leaders,
    headingLevel,
    ...thumbOf(article, 'card'),
  };
}

/** `{ thumb }` of an article with a lead photo whose file is there, else nothing. */
export function thumbOf(article: Article, sizes: 'card' | 'thumb'): { thumb?: PictureProps } {
  const thumb = article.image && pictureProps(article.image.src, article.image.alt, sizes);
  return thumb ? { thumb } : {};
}

export function countChips(graph: Graph, kind: LinkedKind, counts: readonly Count[], limit = Infinity): Chip[] {
  const chips: Chip[] = counts.slice(0, limit).map((c) => ({
    href: kind === 'cars' ? carHref(c.id) : entityHref(kind, c.id),
    label: nameOf(graph, kind, c.id),
    count: c.count,
  }));
  if (counts.length > limit) chips.push({ label: `and ${counts.length - limit} more` });
  return chips;
}

export function articleCards(graph: Graph, slugs: readonly string[], headingLevel: 'h2' | 'h3' = 'h3', withLeaders = true): ArticleCardProps[] {
  return slugs.map((s) => articleCard(graph, graph.articleBySlug.get(s)!, headingLevel, withLeaders));
}

/** Breadcrumbs of an index or the archive: `Home › Drivers`, and on page n > 1 `Home › Drivers › Page n`. */
export function listCrumbs(title: string, base: string, page: number): Crumb[] {
  return page > 1
    ? [{ href: '/', label: 'Home' }, { href: base, label: title }, { label: `Page ${page}` }]
    : [{ href: '/', label: 'Home' }, { label: title }];
}

/** Static params for pages 1..pages of a paginated index (page 1 duplicates the index, with it as canonical). */
export function pageParams(pages: number): { n: string }[] {
  return Array.from({ length: pages }, (_, i) => ({ n: String(i + 1) }));
}

