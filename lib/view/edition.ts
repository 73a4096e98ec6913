/** An event edition's page: every session of it, one merged classification each, with the reports that cover it. */
import { classTag } from './html/class-badge';
import type { EditionViewProps, EditionSession, Leader } from './props/edition-view';
import { resultsTableHtml } from './html/results-table';
import { sessionKind } from '../content/session-identity';
import { formatTime } from '../content/time';
import type { Entry } from '../content/types';
import { nameOf, type Edition, type Graph, type SessionNode } from '../graph';
import { plural } from '../plural';
import { articleHref, dataHref, editionHref, entityHref, sessionHref, sessionPageHref } from '../routes';
import { classChart } from './charts';
import { lapSummaryOf } from './session-data';
import { entryLabel, nameLookup } from './shared';

export function editionTitle(graph: Graph, edition: Pick<Edition, 'eventId' | 'year'>): string {
  return `${nameOf(graph, 'events', edition.eventId)} ${edition.year}`;
}

export function editionSummary(graph: Graph, edition: Edition): string {
  const counted = edition.sessions.filter((s) => s.counted).length;
  return (
    `${editionTitle(graph, edition)}: ${plural(edition.sessions.length, 'session')} (${counted} counted in the statistics) ` +
    `from ${plural(edition.articles.length, 'report')}, each classification merged from every report of it.`
  );
}

/** "Race", "Qualifying 1 (provisional)", "Race, after 22 hours (standing)" */
function sessionLabel(s: SessionNode): string {
  return s.at ? `${s.name}, ${s.at}` : s.name;
}

function leaderLine(graph: Graph, s: SessionNode): Leader[] {
  return s.classes.flatMap((cls) => {
    const e = cls.entries.find((x) => x.pos === 1);
    if (!e) return [];
    return [{ className: cls.name, classTag: classTag(cls.name), label: `${e.number ? `#${e.number} ` : ''}${entryLabel(graph, e)}`, time: e.time ? formatTime(e.time) : undefined, href: sessionHref(s) }];
  });
}

/**
 * An edition page stays bounded however many sessions were reported (issue 22: no page over 250 KB at
 * 10,000 articles, where an edition of 13 sessions of 40 cars was 601 KB): with more than FULL_SESSIONS
 * sessions, those the statistics do not count (practice, provisional qualifying, standings) show the
 * leader of each class (SESSION_TOP) without a chart, and link their session page, which has them in full:
 * the heaviest edition at 10,000 is 191 KB now (component alone), its race and final qualifying whole.
 */
export const FULL_SESSIONS = 2;
export const SESSION_TOP = 1;

function sessionView(graph: Graph, s: SessionNode, top?: number): EditionSession {
  const nameOfEntity = nameLookup(graph);
  return {
    anchor: s.slug,
    href: sessionPageHref(s),
    pageLabel: lapSummaryOf(s) ? 'Full classification, lap chart, stints and drive time' : 'Full classification',
    title: sessionLabel(s),
    otherNames: s.names.filter((n) => n !== s.name),
    kind: sessionKind(s),
    counted: s.counted,
    classes: s.classes.map((cls) => {
      const all = cls.entries as Entry[];
      const entries = top !== undefined && all.length > top ? all.slice(0, top) : all;
      const c = { id: cls.id, name: cls.name, entries };
      return {
        id: cls.id,
        ...(entries.length < all.length
          ? { shown: { className: cls.name, rows: entries.length, of: all.length } }
          : { chart: classChart({ type: s.type, name: s.name, at: s.at, id: s.slug }, c, nameOfEntity) }),
        tableHtml: resultsTableHtml({ sessionName: sessionLabel(s), className: cls.name, entries, nameOf: nameOfEntity }).value,
      };
    }),
    reports: s.reports.map((slug) => {
      const a = graph.articleBySlug.get(slug)!;
      return { href: articleHref(slug), title: a.title, lang: a.lang, date: a.date };
    }),
  };
}

export function editionViewProps(graph: Graph, edition: Edition): EditionViewProps {
  const event = graph.events.get(edition.eventId)!;
  // Editions are newest first on the event.
  const i = event.editions.findIndex((e) => e.year === edition.year);
  const newer = event.editions[i - 1];
  const older = event.editions[i + 1];
  const title = editionTitle(graph, edition);
  const final = (type: 'race' | 'qualifying') => edition.sessions.filter((s) => s.counted && s.type === type);
  return {
    crumbs: [
      { href: '/', label: 'Home' },
      ...(edition.seriesId ? [{ href: entityHref('series', edition.seriesId), label: nameOf(graph, 'series', edition.seriesId) }] : []),
      { href: entityHref('events', edition.eventId), label: nameOf(graph, 'events', edition.eventId) },
      { label: String(edition.year) },
    ],
    kicker: 'Edition',
    name: title,
    summary: editionSummary(graph, edition),
    facts: [
      ...(edition.seriesId ? [{ label: 'Series', value: nameOf(graph, 'series', edition.seriesId), href: entityHref('series', edition.seriesId) }] : []),
      ...(edition.circuitId ? [{ label: 'Circuit', value: nameOf(graph, 'circuits', edition.circuitId), href: entityHref('circuits', edition.circuitId) }] : []),
      { label: 'Event', value: nameOf(graph, 'events', edition.eventId), href: entityHref('events', edition.eventId) },
    ],
    previous: older ? { href: editionHref(older.eventId, older.year), label: editionTitle(graph, older) } : undefined,
    next: newer ? { href: editionHref(newer.eventId, newer.year), label: editionTitle(graph, newer) } : undefined,
    winners: final('race').flatMap((s) => leaderLine(graph, s)),
    poles: final('qualifying').flatMap((s) => leaderLine(graph, s)),
    sessions: edition.sessions.map((s) => sessionView(graph, s, edition.sessions.length > FULL_SESSIONS && !s.counted ? SESSION_TOP : undefined)),
    data: { href: dataHref('events', edition.eventId), label: `Every edition of the ${nameOf(graph, 'events', edition.eventId)} as data (JSON)` },
  };
}
