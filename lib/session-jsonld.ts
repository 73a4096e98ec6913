/**
 * JSON-LD of a session's page: the page, the session as a SportsEvent that is a sub-event of its edition
 * (the edition's own page describes that node, under the same @id), and the breadcrumbs it shows.
 */
import type { Graph as LdGraph, SportsEvent, WebPage } from 'schema-dts';
import type { Edition, Graph, SessionNode } from './graph/types';
import { nameOf } from './graph/queries';
import { breadcrumbJsonLd, ldId, type LdCrumb } from './page-jsonld';
import { sessionPageHref } from './routes';
import { absoluteUrl, site } from './site';

export function sessionJsonLd(graph: Graph, edition: Edition, s: SessionNode, page: { crumbs: readonly LdCrumb[]; title: string; summary: string; dateModified?: string }): LdGraph {
  const path = sessionPageHref(s);
  const event: SportsEvent = {
    '@type': 'SportsEvent',
    '@id': ldId.session(s),
    name: page.title,
    url: absoluteUrl(path),
    sport: 'Endurance racing',
    superEvent: { '@id': ldId.edition(edition.eventId, edition.year) },
    ...(edition.circuitId ? { location: { '@id': ldId.place(edition.circuitId), '@type': 'Place', name: nameOf(graph, 'circuits', edition.circuitId) } } : {}),
  };
  const webPage: WebPage = {
    '@type': 'WebPage',
    '@id': ldId.page(path),
    url: absoluteUrl(path),
    name: page.title,
    description: page.summary,
    inLanguage: site.locale,
    isPartOf: { '@id': ldId.website() },
    breadcrumb: { '@id': ldId.breadcrumb(path) },
    mainEntity: { '@id': ldId.session(s) },
    ...(page.dateModified ? { dateModified: page.dateModified } : {}),
  };
  return { '@context': 'https://schema.org', '@graph': [webPage, event, breadcrumbJsonLd(page.crumbs, path)] };
}
