/** Each page's schema.org JSON-LD, built from the graph. */
import type {
  BreadcrumbList,
  CollectionPage,
  Country,
  EventSeries,
  Graph as LdGraph,
  NewsArticle,
  Organization,
  Person,
  Place,
  ProfilePage,
  SportsEvent,
  SportsTeam,
  Thing,
  WebSite,
} from 'schema-dts';
import type { Article } from './content/types';
import { countryName } from './country';
import { driverProfile, MOST_FREQUENT, nameOf, teamProfile } from './graph/queries';
import type { CarNode, CircuitNode, DriverNode, Edition, EventNode, Graph, SeriesNode, TeamNode } from './graph/types';
import { articleHref, carHref, editionHref, entityHref, pageHref, sessionPageHref } from './routes';
import { absoluteUrl, site } from './site';
import { HUB_EDITIONS } from './view/hub-editions';
import { CROPS, cropName, type Crop } from './images/variants';
import { VARIANTS_PATH } from './images/widths.mjs';

/**
 * Typed schema.org JSON-LD for every page, built from the graph (schema-dts types). Each entity has one
 * stable `@id`: the absolute URL of its page plus a fragment (`#person`, `#team`, `#event`, ...), so the
 * article that mentions a driver and the driver's own page describe the same node.
 */

/** A crumb as the views show it (components/breadcrumbs.tsx): the last one, without href, is the page itself. */
export interface LdCrumb {
  href?: string;
  label: string;
}

const SPORT = 'Endurance racing';

/** A schema-dts type without its bare-string (URL) form, so nodes can be spread and extended. */
type Node<T> = Exclude<T, string>;

export const ldId = {
  website: () => `${absoluteUrl('/')}#website`,
  organization: () => `${absoluteUrl('/')}#organization`,
  page: (path: string) => absoluteUrl(path),
  breadcrumb: (path: string) => `${absoluteUrl(path)}#breadcrumb`,
  article: (slug: string) => `${absoluteUrl(articleHref(slug))}#article`,
  person: (id: string) => `${absoluteUrl(entityHref('drivers', id))}#person`,
  author: (id: string) => `${absoluteUrl(entityHref('authors', id))}#person`,
  team: (id: string) => `${absoluteUrl(entityHref('teams', id))}#team`,
  /** The recurring event ("24 Hours of Le Mans"). */
  event: (id: string) => `${absoluteUrl(entityHref('events', id))}#event`,
  /** One edition of it ("24 Hours of Le Mans 2017"), described on its own page. */
  edition: (id: string, year: number) => `${absoluteUrl(editionHref(id, year))}#event`,
  /** A session of an edition, described on its own page (/events/<id>/<year>/<session-id>). */
  session: (s: { eventId?: string; year?: number; slug: string; reports: readonly string[] }) => `${absoluteUrl(sessionPageHref(s))}#event`,
  car: (id: string) => `${absoluteUrl(carHref(id))}#car`,
  place: (id: string) => `${absoluteUrl(entityHref('circuits', id))}#place`,
  series: (id: string) => `${absoluteUrl(entityHref('series', id))}#series`,
};

/** The share image of an article, driver or team page (its `opengraph-image` route). */
export function ogImageUrl(path: string): string {
  return absoluteUrl(`${path}/opengraph-image`);
}

function graphOf(nodes: readonly (Thing | undefined)[]): LdGraph {
  return { '@context': 'https://schema.org', '@graph': nodes.filter((n): n is Thing => n !== undefined) };
}

function aliasesOf(node: { aliases: readonly string[] }): { alternateName?: string[] } {
  return node.aliases.length > 0 ? { alternateName: [...node.aliases] } : {};
}


function country(code: string): Country {
  return { '@type': 'Country', name: countryName(code), identifier: code.toUpperCase() };
}

function organization(): Organization {
  return {
    '@type': 'Organization',
    '@id': ldId.organization(),
    name: site.name,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl('/icon.svg') },
  };
}

function websiteRef(): WebSite {
  return { '@type': 'WebSite', '@id': ldId.website(), name: site.name, url: absoluteUrl('/') };
}

/** Small node referring to a driver described in full on its own page. */
function personRef(graph: Graph, id: string): Node<Person> {
  return { '@type': 'Person', '@id': ldId.person(id), name: nameOf(graph, 'drivers', id), url: absoluteUrl(entityHref('drivers', id)) };
}

function teamRef(graph: Graph, id: string): Node<SportsTeam> {
  return { '@type': 'SportsTeam', '@id': ldId.team(id), name: nameOf(graph, 'teams', id), url: absoluteUrl(entityHref('teams', id)) };
}

function placeRef(graph: Graph, id: string): Node<Place> {
  return { '@type': 'Place', '@id': ldId.place(id), name: nameOf(graph, 'circuits', id), url: absoluteUrl(entityHref('circuits', id)) };
}

function seriesRef(graph: Graph, id: string): Node<EventSeries> {
  return { '@type': 'EventSeries', '@id': ldId.series(id), name: nameOf(graph, 'series', id), url: absoluteUrl(entityHref('series', id)) };
}

function eventRef(graph: Graph, id: string): Node<EventSeries> {
  return { '@type': 'EventSeries', '@id': ldId.event(id), name: nameOf(graph, 'events', id), url: absoluteUrl(entityHref('events', id)) };
}

function editionRef(graph: Graph, eventId: string, year: number): Node<SportsEvent> {
  return {
    '@type': 'SportsEvent',
    '@id': ldId.edition(eventId, year),
    name: `${nameOf(graph, 'events', eventId)} ${year}`,
    url: absoluteUrl(editionHref(eventId, year)),
  };
}

/** BreadcrumbList from the crumbs the page shows (one source); the last crumb links to the page itself. */
export function breadcrumbJsonLd(crumbs: readonly LdCrumb[], path: string): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    '@id': ldId.breadcrumb(path),
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: absoluteUrl(c.href ?? path),
    })),
  };
}

/** The SportsEvent an article reports on: one edition of a recurring event, at a circuit, within a series. */
export function sportsEventJsonLd(graph: Graph, article: Article): SportsEvent | undefined {
  const ev = article.event;
  if (!ev) return undefined;
  const ids = graph.entitiesOf.get(article.slug);
  const superEvents = [...(ev.series ? [seriesRef(graph, ev.series.id)] : []), eventRef(graph, ev.event.id)];
  // Typed and named, without the url: the @id is the entity's page. A race has a hundred or more of them.
  const competitors = [
    ...(ids?.teams ?? []).map((id): Node<SportsTeam> => ({ '@type': 'SportsTeam', '@id': ldId.team(id), name: nameOf(graph, 'teams', id) })),
    ...(ids?.drivers ?? []).map((id): Node<Person> => ({ '@type': 'Person', '@id': ldId.person(id), name: nameOf(graph, 'drivers', id) })),
  ];
  return {
    ...editionRef(graph, ev.event.id, ev.year),
    sport: SPORT,
    superEvent: superEvents,
    ...(ev.circuit ? { location: placeRef(graph, ev.circuit.id) } : {}),
    ...(competitors.length > 0 ? { competitor: competitors } : {}),
  };
}

/** An author as a Person: their page is the url, their profiles elsewhere the sameAs. */
export function authorJsonLd(graph: Graph, id: string): Node<Person> {
  const node = graph.authors.get(id);
  return {
    '@type': 'Person',
    '@id': ldId.author(id),
    name: nameOf(graph, 'authors', id),
    url: absoluteUrl(entityHref('authors', id)),
    ...(node?.role ? { jobTitle: node.role } : {}),
    ...(node && node.links.length > 0 ? { sameAs: node.links } : {}),
  };
}

/** NewsArticle + its SportsEvent + BreadcrumbList. */
export function articleJsonLd(graph: Graph, article: Article, crumbs: readonly LdCrumb[]): LdGraph {
  const ids = graph.entitiesOf.get(article.slug);
  const url = absoluteUrl(article.url);
  const event = sportsEventJsonLd(graph, article);
  // With an event, the article is `about` it and the event names every driver and team as a competitor;
  // listing them again as mentions would double the largest part of the page's JSON-LD. Without one,
  // they are mentions, as bare references to the nodes their own pages describe.
  const mentions = event
    ? []
    : [...(ids?.drivers ?? []).map((id) => ({ '@id': ldId.person(id) })), ...(ids?.teams ?? []).map((id) => ({ '@id': ldId.team(id) }))];
  const news: NewsArticle = {
    '@type': 'NewsArticle',
    '@id': ldId.article(article.slug),
    url,
    mainEntityOfPage: url,
    headline: article.title,
    description: article.description,
    datePublished: article.date,
    dateModified: article.updated ?? article.date,
    // Google's article guidelines: with a photo, its 16:9, 4:3 and 1:1 crops, 1,200 px wide; else the share card.
    image: article.image ? (Object.keys(CROPS) as Crop[]).map((crop) => absoluteUrl(`${VARIANTS_PATH}/${cropName(article.image!.src, crop)}`)) : [ogImageUrl(article.url)],
    inLanguage: article.lang,
    author: article.authors.length > 0 ? article.authors.map((a) => authorJsonLd(graph, a.id)) : [organization()],
    publisher: organization(),
    isPartOf: websiteRef(),
    ...(article.tags.length > 0 ? { keywords: article.tags.join(', ') } : {}),
    ...(event ? { about: { '@id': ldId.edition(article.event!.event.id, article.event!.year) } } : {}),
    ...(mentions.length > 0 ? { mentions } : {}),
  };
  return graphOf([news, event, breadcrumbJsonLd(crumbs, article.url)]);
}

/** The page node of a driver or team (ProfilePage) or a hub (CollectionPage): what it is about, where it sits. */
function webPage(
  type: 'ProfilePage' | 'CollectionPage',
  path: string,
  name: string,
  description: string,
  mainEntityId?: string,
  dateModified?: string,
): ProfilePage | CollectionPage {
  const page = {
    '@id': ldId.page(path),
    url: absoluteUrl(path),
    name,
    description,
    inLanguage: site.locale,
    isPartOf: websiteRef(),
    breadcrumb: { '@id': ldId.breadcrumb(path) },
    ...(mainEntityId ? { mainEntity: { '@id': mainEntityId } } : {}),
    ...(dateModified ? { dateModified } : {}),
  };
  return type === 'ProfilePage' ? { '@type': 'ProfilePage', ...page } : { '@type': 'CollectionPage', ...page };
}

export interface EntityPageInfo {
  crumbs: readonly LdCrumb[];
  /** The page's meta description. */
  summary: string;
  /** Newest date of the articles the entity appears in. */
  dateModified?: string;
}

/** The JSON-LD of an entity's own page: the page (about `node`, whose id is `mainEntityId`), the node, the breadcrumbs. */
function entityPage(type: 'ProfilePage' | 'CollectionPage', path: string, name: string, mainEntityId: string, node: Thing, page: EntityPageInfo): LdGraph {
  return graphOf([webPage(type, path, name, page.summary, mainEntityId, page.dateModified), node, breadcrumbJsonLd(page.crumbs, path)]);
}

/** Person (with aliases and nationality) on a driver page. */
export function driverJsonLd(graph: Graph, driver: DriverNode, page: EntityPageInfo): LdGraph {
  const path = entityHref('drivers', driver.id);
  // The teams driven for most, as on the page: a long career must not make the page grow without bound.
  const teams = driverProfile(graph, driver.id).teams.slice(0, MOST_FREQUENT).map((t) => t.id);
  const person: Person = {
    ...personRef(graph, driver.id),
    ...aliasesOf(driver),
    ...(driver.nationality ? { nationality: country(driver.nationality) } : {}),
    ...(driver.born ? { birthDate: driver.born } : {}),
    ...(teams.length > 0 ? { memberOf: teams.map((id) => teamRef(graph, id)) } : {}),
  };
  return entityPage('ProfilePage', path, driver.name, ldId.person(driver.id), person, page);
}

/** An author's page: a ProfilePage about the Person (name, url, sameAs), with its breadcrumbs. */
export function authorPageJsonLd(graph: Graph, id: string, page: EntityPageInfo & { path: string }): LdGraph {
  const person = authorJsonLd(graph, id);
  const node = graph.authors.get(id);
  const full: Node<Person> = { ...person, ...(node?.bio ? { description: node.bio } : {}), worksFor: { '@id': ldId.organization() } };
  return entityPage('ProfilePage', page.path, person.name as string, ldId.author(id), full, page);
}

/** SportsTeam (with aliases, country and its drivers) on a team page. */
export function teamJsonLd(graph: Graph, team: TeamNode, page: EntityPageInfo): LdGraph {
  const path = entityHref('teams', team.id);
  // Its most frequent drivers, as on the page: a team can field thousands over the years.
  const drivers = teamProfile(graph, team.id).drivers.slice(0, MOST_FREQUENT).map((d) => d.id);
  const node: SportsTeam = {
    ...teamRef(graph, team.id),
    sport: SPORT,
    ...aliasesOf(team),
    ...(team.country ? { location: country(team.country) } : {}),
    ...(drivers.length > 0 ? { athlete: drivers.map((id) => personRef(graph, id)) } : {}),
  };
  return entityPage('ProfilePage', path, team.name, ldId.team(team.id), node, page);
}

/** A recurring event: EventSeries with the editions its page shows (the latest, lib/view/hub-editions.ts) as SportsEvents. */
export function eventJsonLd(graph: Graph, event: EventNode, page: EntityPageInfo): LdGraph {
  const path = entityHref('events', event.id);
  const node: EventSeries = {
    ...eventRef(graph, event.id),
    ...aliasesOf(event),
    ...(event.circuitId ? { location: placeRef(graph, event.circuitId) } : {}),
    ...(event.seriesId ? { superEvent: seriesRef(graph, event.seriesId) } : {}),
    subEvent: event.editions.slice(0, HUB_EDITIONS).map((e) => ({
      ...editionRef(graph, e.eventId, e.year),
      sport: SPORT,
      ...(e.circuitId ? { location: placeRef(graph, e.circuitId) } : {}),
    })),
  };
  return entityPage('CollectionPage', path, event.name, ldId.event(event.id), node, page);
}

/**
 * One edition: a SportsEvent with its sessions as sub-events (each a SportsEvent with its own anchor on
 * the page), within the event and the series, at the circuit.
 */
export function editionJsonLd(graph: Graph, edition: Edition, page: EntityPageInfo): LdGraph {
  const path = editionHref(edition.eventId, edition.year);
  const node: SportsEvent = {
    ...editionRef(graph, edition.eventId, edition.year),
    sport: SPORT,
    superEvent: [...(edition.seriesId ? [seriesRef(graph, edition.seriesId)] : []), eventRef(graph, edition.eventId)],
    ...(edition.circuitId ? { location: placeRef(graph, edition.circuitId) } : {}),
    subEvent: edition.sessions.map((s) => ({
      '@type': 'SportsEvent' as const,
      '@id': ldId.session(s),
      name: `${editionTitleOf(graph, edition)}, ${s.at ? `${s.name}, ${s.at}` : s.name}`,
      url: absoluteUrl(sessionPageHref(s)),
    })),
  };
  return entityPage('CollectionPage', path, editionTitleOf(graph, edition), ldId.edition(edition.eventId, edition.year), node, page);
}

const editionTitleOf = (graph: Graph, e: Pick<Edition, 'eventId' | 'year'>) => `${nameOf(graph, 'events', e.eventId)} ${e.year}`;

/** A car model: schema.org Car (a Product), with the teams that entered it. */
export function carJsonLd(graph: Graph, car: CarNode, page: EntityPageInfo): LdGraph {
  const path = carHref(car.id);
  const node = { '@type': 'Car' as const, '@id': ldId.car(car.id), name: car.name, url: absoluteUrl(path) };
  return entityPage('ProfilePage', path, car.name, ldId.car(car.id), node, page);
}

/** A circuit: Place with its address. */
export function circuitJsonLd(graph: Graph, circuit: CircuitNode, page: EntityPageInfo): LdGraph {
  const path = entityHref('circuits', circuit.id);
  const address =
    circuit.locality || circuit.country
      ? {
          address: {
            '@type': 'PostalAddress' as const,
            ...(circuit.locality ? { addressLocality: circuit.locality } : {}),
            ...(circuit.country ? { addressCountry: circuit.country.toUpperCase() } : {}),
          },
        }
      : {};
  const node: Place = { ...placeRef(graph, circuit.id), ...aliasesOf(circuit), ...address };
  return entityPage('CollectionPage', path, circuit.name, ldId.place(circuit.id), node, page);
}

/** A championship: EventSeries with the editions of its events that its page shows (the latest). */
export function seriesJsonLd(graph: Graph, series: SeriesNode, page: EntityPageInfo): LdGraph {
  const path = entityHref('series', series.id);
  const names = [...(series.shortName ? [series.shortName] : []), ...series.aliases];
  const editions = graph.editionsBy.series.get(series.id) ?? [];
  const node: EventSeries = {
    ...seriesRef(graph, series.id),
    ...(names.length > 0 ? { alternateName: [...new Set(names)] } : {}),
    ...(editions.length > 0 ? { subEvent: editions.slice(0, HUB_EDITIONS).map((e) => editionRef(graph, e.eventId, e.year)) } : {}),
  };
  return entityPage('CollectionPage', path, series.name, ldId.series(series.id), node, page);
}

/** Index and archive pages (and their page 2, 3, ...; page 1 is described at its canonical URL, the index). */
export function listJsonLd(view: { title: string; summary: string; crumbs: readonly LdCrumb[]; base: string; page: number }, dateModified?: string): LdGraph {
  const path = pageHref(view.base, view.page);
  const name = view.page > 1 ? `${view.title}, page ${view.page}` : view.title;
  return graphOf([webPage('CollectionPage', path, name, view.summary, undefined, dateModified), breadcrumbJsonLd(view.crumbs, path)]);
}

/** The home page: the WebSite and its publisher. */
export function homeJsonLd(description: string): LdGraph {
  const website: WebSite = {
    '@type': 'WebSite',
    '@id': ldId.website(),
    name: site.name,
    url: absoluteUrl('/'),
    description,
    inLanguage: site.locale,
    publisher: { '@id': ldId.organization() },
  };
  return graphOf([website, organization()]);
}
