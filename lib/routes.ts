/** The URL scheme of content-format.md, in one place: components and lib/view take every URL from here. */
import type { LinkedKind } from './graph/types';

/** The home page. */
export const HOME_HREF = '/';
/** The search page (`?q=` and the facets as query parameters). */
export const SEARCH_HREF = '/search';
/** The site's RSS feed of the latest articles. */
export const FEED_HREF = '/feed.xml';
/** The open-data page. */
export const DATA_PAGE_HREF = '/data';
/** The search index (Pagefind's bundle, app/pagefind), with a publish's delta index under `delta/`. */
export const SEARCH_BUNDLE_HREF = '/pagefind/';

/** The index of the articles or of one kind of entity: `/articles`, `/drivers`, ... */
export function indexHref(kind: LinkedKind | 'articles'): string {
  return `/${kind}`;
}

export function entityHref(kind: Exclude<LinkedKind, 'cars'>, id: string): string {
  return `/${kind}/${id}`;
}

export function articleHref(slug: string): string {
  return `/articles/${slug}`;
}

/** Page n (1-based) of a paginated index: `/drivers`, `/drivers/page/2`, ... */
export function pageHref(base: string, page: number): string {
  return page <= 1 ? base : `${base}/page/${page}`;
}

export function carHref(id: string): string {
  return `/cars/${id}`;
}

/** The page of any linked entity, cars included. */
export function linkedHref(kind: LinkedKind, id: string): string {
  return kind === 'cars' ? carHref(id) : entityHref(kind, id);
}

/** An event edition's page: every session of it, merged from all reports. */
export function editionHref(eventId: string, year: number): string {
  return `/events/${eventId}/${year}`;
}

/** A session on its edition's page. */
export function sessionHref(session: { eventId?: string; year?: number; slug: string; reports: readonly string[] }): string {
  return session.eventId && session.year !== undefined ? `${editionHref(session.eventId, session.year)}#${session.slug}` : articleHref(session.reports[0]!);
}

/** An entity's data file (`/drivers/<id>/data.json`). */
export function dataHref(kind: 'drivers' | 'teams' | 'cars' | 'events', id: string): string {
  return `/${kind}/${id}/data.json`;
}

/** A session's own page: `/events/<id>/<year>/<session-id>` (the id is its anchor on the edition page). */
export function sessionPageHref(session: { eventId?: string; year?: number; slug: string; reports: readonly string[] }): string {
  return session.eventId && session.year !== undefined ? `${editionHref(session.eventId, session.year)}/${session.slug}` : sessionHref(session);
}

/** A session's laps as data: `/events/<id>/<year>/<session-id>/laps.csv`. */
export function lapsCsvHref(session: { eventId?: string; year?: number; slug: string; reports: readonly string[] }): string {
  return `${sessionPageHref(session)}/laps.csv`;
}
