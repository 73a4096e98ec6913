/** One metadata builder for every page: title, description, canonical, Open Graph, Twitter. */
import type { Metadata } from 'next';
import { pageHref } from './routes';
import { absoluteUrl, site } from './site';

export interface PageMeta {
  title: string;
  /** Use `title` as is, without the "| site name" template (the home page). */
  absoluteTitle?: boolean;
  description: string;
  /**
   * Path of the page, e.g. `/drivers/pipo-derani`: the canonical URL and og:url. Every indexable page has
   * one; only the 404 (served at whatever address was mistyped) has none.
   */
  path?: string;
  /** BCP 47 language of the page's content; og:locale is derived from it. */
  lang?: string;
  /** For articles: Open Graph type article with its dates. */
  article?: { publishedTime: string; modifiedTime?: string; tags?: readonly string[]; section?: string; authors?: readonly string[] };
  noindex?: boolean;
  /** Feeds offered by this page, besides the site's own. */
  feeds?: readonly { title: string; path: string }[];
  /**
   * True when the route has its own `opengraph-image` (articles, drivers, teams): Next uses a file-based
   * image only while the page's metadata names none, so the site's card is left out.
   */
  ownImage?: boolean;
}

/** Title of the home page (and of any page that sets none). */
export const SITE_TITLE = `${site.name}: endurance racing reports and results`;

/**
 * The site's share card (app/opengraph-image.tsx). A page that sets openGraph loses the parent segment's
 * file-based image, so every page without an image of its own names this one.
 */
export const SITE_IMAGE = { url: absoluteUrl('/opengraph-image'), width: 1200, height: 630, type: 'image/png', alt: `${site.name}: ${site.tagline}` } as const;

/** The site's own feed, offered in the head of every page. */
export const SITE_FEED = { title: `${site.name}: all articles`, path: '/feed.xml' } as const;

const OG_LOCALES: Record<string, string> = { en: 'en_GB', nl: 'nl_NL', fr: 'fr_FR', de: 'de_DE', it: 'it_IT', es: 'es_ES', pt: 'pt_PT' };

/** BCP 47 `nl`, `pt-BR` → Open Graph `nl_NL`, `pt_BR`. */
export function ogLocale(lang: string): string {
  const [language = 'en', region] = lang.split('-');
  if (region) return `${language.toLowerCase()}_${region.toUpperCase()}`;
  return OG_LOCALES[language.toLowerCase()] ?? language.toLowerCase();
}

/**
 * The one metadata builder every route calls: title (templated by the root layout), description, canonical
 * URL, feed links, Open Graph and Twitter card. The share image comes from the route's `opengraph-image`
 * (articles, drivers, teams) or the site's own (app/opengraph-image.tsx); Next adds those tags itself.
 */
export function pageMetadata(meta: PageMeta): Metadata {
  const url = meta.path === undefined ? undefined : absoluteUrl(meta.path);
  const feeds = [SITE_FEED, ...(meta.feeds ?? [])];
  const fullTitle = meta.absoluteTitle ? meta.title : `${meta.title} | ${site.name}`;
  return {
    title: meta.absoluteTitle ? { absolute: meta.title } : meta.title,
    description: meta.description,
    alternates: {
      ...(url ? { canonical: url } : {}),
      types: { 'application/rss+xml': feeds.map((f) => ({ url: absoluteUrl(f.path), title: f.title })) },
    },
    openGraph: {
      title: meta.title,
      description: meta.description,
      ...(url ? { url } : {}),
      siteName: site.name,
      ...(meta.ownImage ? {} : { images: [SITE_IMAGE] }),
      locale: ogLocale(meta.lang ?? site.locale),
      ...(meta.article
        ? {
            type: 'article' as const,
            publishedTime: meta.article.publishedTime,
            modifiedTime: meta.article.modifiedTime ?? meta.article.publishedTime,
            tags: meta.article.tags ? [...meta.article.tags] : undefined,
            section: meta.article.section,
            authors: meta.article.authors ? [...meta.article.authors] : undefined,
          }
        : { type: 'website' as const }),
    },
    twitter: { card: 'summary_large_image', title: fullTitle, description: meta.description, ...(meta.ownImage ? {} : { images: [SITE_IMAGE] }) },
    robots: meta.noindex ? { index: false, follow: true } : undefined,
  };
}

/** Metadata of page n of a paginated index; page 1 (at `/x` and `/x/page/1`) has the index itself as canonical URL. */
export function indexMetadata(title: string, description: string, base: string, page: number): Metadata {
  return pageMetadata({
    title: page > 1 ? `${title}, page ${page}` : title,
    description: page > 1 ? `${description} Page ${page}.` : description,
    path: pageHref(base, page),
  });
}
