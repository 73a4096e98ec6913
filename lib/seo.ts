import type { Metadata } from 'next';
import { absoluteUrl, site } from './site';

export interface PageMeta {
  title: string;
  description: string;
  /** Path of the page, e.g. `/drivers/pipo-derani`: the canonical URL. */
  path: string;
  lang?: string;
  /** For articles: Open Graph type article with its dates. */
  article?: { publishedTime: string; modifiedTime?: string; tags?: readonly string[]; section?: string };
  noindex?: boolean;
  /** Feeds offered by this page, besides the site's own. */
  feeds?: readonly { title: string; path: string }[];
}

const OG_LOCALES: Record<string, string> = { en: 'en_GB', nl: 'nl_NL', fr: 'fr_FR', de: 'de_DE', it: 'it_IT', es: 'es_ES', pt: 'pt_PT' };

export function ogLocale(lang: string): string {
  const [language = 'en', region] = lang.split('-');
  if (region) return `${language.toLowerCase()}_${region.toUpperCase()}`;
  return OG_LOCALES[language.toLowerCase()] ?? language.toLowerCase();
}

/** The one metadata builder every route calls. */
export function pageMetadata(meta: PageMeta): Metadata {
  const url = absoluteUrl(meta.path);
  const feeds = [{ title: `${site.name}: all articles`, path: '/feed.xml' }, ...(meta.feeds ?? [])];
  return {
    title: meta.title,
    description: meta.description,
    alternates: {
      canonical: url,
      types: { 'application/rss+xml': feeds.map((f) => ({ url: absoluteUrl(f.path), title: f.title })) },
    },
    openGraph: {
      title: meta.title,
      description: meta.description,
      url,
      siteName: site.name,
      locale: ogLocale(meta.lang ?? site.locale),
      ...(meta.article
        ? {
            type: 'article' as const,
            publishedTime: meta.article.publishedTime,
            modifiedTime: meta.article.modifiedTime ?? meta.article.publishedTime,
            tags: meta.article.tags ? [...meta.article.tags] : undefined,
            section: meta.article.section,
          }
        : { type: 'website' as const }),
    },
    twitter: { card: 'summary_large_image', title: meta.title, description: meta.description },
    robots: meta.noindex ? { index: false, follow: true } : undefined,
  };
}

/** Metadata of page n of a paginated index; page 1's canonical URL is the index itself. */
export function indexMetadata(title: string, description: string, base: string, page: number): Metadata {
  return pageMetadata({
    title: page > 1 ? `${title}, page ${page}` : title,
    description,
    path: page > 1 ? `${base}/page/${page}` : base,
  });
}
