/** The RSS feeds: the site's latest articles and one per driver and team. */
import { Feed } from 'feed';
import type { Article } from './content/types';
import { formatTime } from './content/time';
import { classLeaders, nameOf } from './graph/queries';
import type { DriverNode, Graph, TeamNode } from './graph/types';
import { articleHref, entityHref } from './routes';
import { articleModified, newestModified } from './modified';
import { absoluteUrl, site } from './site';

/** Articles per feed, newest first. */
export const FEED_ITEMS = 50;

export const SITE_FEED_PATH = '/feed.xml';
export const FEED_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';

/** The kinds a reader can follow with a feed of their own. */
export type FeedKind = 'drivers' | 'teams';

export function entityFeedPath(kind: FeedKind, id: string): string {
  return `${entityHref(kind, id)}/feed.xml`;
}

export function entityFeedTitle(node: DriverNode | TeamNode): string {
  return `${node.name} on ${site.name}`;
}

/** Feed text is HTML in readers: frontmatter strings are escaped, never passed through as markup. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The body of a feed entry: the standfirst and the class leaders, as on the site's article cards. */
function entryHtml(graph: Graph, article: Article, url: string): string {
  const parts = [`<p>${escapeHtml(article.description)}</p>`];
  const leaders = classLeaders(article);
  for (const session of article.sessions) {
    const rows = leaders.filter((l) => l.session === session);
    if (rows.length === 0) continue;
    const items = rows.map((l) => {
      const who = [l.entry.team ? nameOf(graph, 'teams', l.entry.team.id) : undefined, l.entry.drivers.map((d) => nameOf(graph, 'drivers', d.id)).join(', ')]
        .filter(Boolean)
        .join(': ');
      const number = l.entry.number ? `#${l.entry.number} ` : '';
      const time = l.entry.time ? `, ${formatTime(l.entry.time)}` : '';
      return `<li><strong>${escapeHtml(l.className)}</strong>: ${escapeHtml(number + who + time)}</li>`;
    });
    parts.push(`<p>${escapeHtml(session.at ? `${session.name} (${session.at})` : session.name)}, class leaders:</p><ul>${items.join('')}</ul>`);
  }
  parts.push(`<p><a href="${escapeHtml(url)}">Read the report</a></p>`);
  return parts.join('\n');
}

interface FeedSpec {
  title: string;
  description: string;
  /** The page the feed follows. */
  pagePath: string;
  feedPath: string;
  /** Article slugs, newest first. */
  slugs: readonly string[];
}

/** An RSS 2.0 feed of the newest FEED_ITEMS of `slugs`, dated from the content (never the build time). */
export function articlesFeed(graph: Graph, spec: FeedSpec): string {
  const slugs = spec.slugs.slice(0, FEED_ITEMS);
  const newest = newestModified(graph, slugs);
  const feed = new Feed({
    id: absoluteUrl(spec.pagePath),
    title: spec.title,
    description: spec.description,
    link: absoluteUrl(spec.pagePath),
    language: site.locale,
    feedLinks: { rss: absoluteUrl(spec.feedPath) },
    ...(newest ? { updated: new Date(`${newest}T00:00:00Z`) } : {}),
    generator: site.name,
    copyright: `© ${site.name}`,
  });
  for (const slug of slugs) {
    const article = graph.articleBySlug.get(slug);
    if (!article) continue;
    const url = absoluteUrl(articleHref(article.slug));
    feed.addItem({
      title: article.title,
      // No separate id: the guid is the permalink.
      link: url,
      date: new Date(`${articleModified(article)}T00:00:00Z`),
      published: new Date(`${article.date}T00:00:00Z`),
      description: escapeHtml(article.description),
      content: entryHtml(graph, article, url),
      category: article.tags.map((name) => ({ name })),
      // The RSS item's own language (Dublin Core), e.g. `nl` for a Dutch report in an English feed.
      extensions: [
        { name: 'dc:language', objects: { _text: article.lang } },
        ...(article.author ? [{ name: 'dc:creator', objects: { _text: article.author } }] : []),
      ],
    });
  }
  return feed.rss2();
}

export function siteFeed(graph: Graph): string {
  return articlesFeed(graph, {
    title: site.name,
    description: site.tagline,
    pagePath: '/',
    feedPath: SITE_FEED_PATH,
    slugs: graph.articles.map((a) => a.slug),
  });
}

/** Every report naming a driver or a team, newest first. */
export function entityFeed(graph: Graph, kind: FeedKind, node: DriverNode | TeamNode): string {
  return articlesFeed(graph, {
    title: entityFeedTitle(node),
    description: `Every report on ${site.name} with ${node.name} in the results, newest first.`,
    pagePath: entityHref(kind, node.id),
    feedPath: entityFeedPath(kind, node.id),
    slugs: graph.articlesBy[kind].get(node.id) ?? [],
  });
}
