/** The whole results database as open-data CSV tables. */
import { csvChunks, type CsvValue } from '../csv';
import { formatGap, formatTime } from '../content/time';
import { editionKey } from '../graph/session-merge';
import { statsOf, tallyOf, type StatsKind } from '../graph/stats';
import type { Graph } from '../graph/types';
import { articleHref, carHref, editionHref, entityHref, sessionHref } from '../routes';
import { absoluteUrl, site } from '../site';
import { editionIdOf, entryIds, uniqueDrivers } from './entries';
import { lapsResources } from './laps-csv';
import { LICENSE } from './license';

/**
 * The whole results database as open data: one CSV table per kind of fact at `/data/<table>.csv`, described
 * by a Frictionless Data Package at `/data/datapackage.json` (docs/data.md). One definition per table gives
 * both its CSV header and its schema, so the two cannot drift apart. Each table is one pass over the graph:
 * linear in the entries.
 */

type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';
interface Field {
  name: string;
  type: FieldType;
  description: string;
  required?: boolean;
}
interface ForeignKey {
  fields: string;
  resource: string;
}
type Row = Record<string, CsvValue>;
interface Table {
  name: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
  rows: (graph: Graph) => Iterable<Row>;
}

const f = (name: string, type: FieldType, description: string, required = false): Field => ({ name, type, description, ...(required ? { required } : {}) });
const ID = (what: string) => f('id', 'string', `The ${what}'s id, as in its URL.`, true);
const NAME = f('name', 'string', 'Canonical name.', true);
const ALIASES = f('aliases', 'string', 'Other spellings, separated by "; ".');
const URL_FIELD = (what: string) => f('url', 'string', `Absolute URL of the ${what}'s page.`);
const STAT_FIELDS = [
  f('starts', 'integer', "Entries in a race's final classification, except DNS.", true),
  f('class_wins', 'integer', "Class position 1 in a race's final classification (never a DSQ).", true),
  f('podiums', 'integer', "Class positions 1 to 3 in a race's final classification (never a DSQ).", true),
  f('poles', 'integer', 'Class position 1 in a final qualifying session.', true),
  f('dnfs', 'integer', "Status DNF in a race's final classification.", true),
];
const fk = (fields: string, resource: string): ForeignKey => ({ fields, resource });

function stats(graph: Graph, kind: StatsKind, id: string): Row {
  const s = statsOf(graph.stats, kind, id);
  return { starts: s.starts, class_wins: s.classWins, podiums: s.podiums, poles: s.poles, dnfs: s.dnfs };
}
const aliases = (list: readonly string[]) => (list.length ? list.join('; ') : null);
/** An id another table references, only when that table has it. */
const known = (map: ReadonlyMap<string, unknown>, id: string | undefined) => (id !== undefined && map.has(id) ? id : null);

export const TABLES: readonly Table[] = [
  {
    name: 'drivers',
    title: 'Drivers',
    description: 'Every driver the site knows (named in a result or described by a registry file), with the statistics the site counts.',
    fields: [ID('driver'), NAME, ALIASES, f('nationality', 'string', 'ISO 3166-1 alpha-2, from the registry.'), f('born', 'date', 'Date of birth, from the registry.'), f('registered', 'boolean', 'A registry file describes the driver.', true), URL_FIELD('driver'), ...STAT_FIELDS],
    primaryKey: ['id'],
    *rows(graph) {
      for (const d of graph.drivers.values()) {
        yield { id: d.id, name: d.name, aliases: aliases(d.aliases), nationality: d.nationality, born: d.born, registered: d.registered, url: absoluteUrl(entityHref('drivers', d.id)), ...stats(graph, 'drivers', d.id) };
      }
    },
  },
  {
    name: 'teams',
    title: 'Teams',
    description: 'Every team the site knows (named in a result or described by a registry file), with the statistics the site counts.',
    fields: [ID('team'), NAME, ALIASES, f('country', 'string', 'ISO 3166-1 alpha-2, from the registry.'), f('registered', 'boolean', 'A registry file describes the team.', true), URL_FIELD('team'), ...STAT_FIELDS],
    primaryKey: ['id'],
    *rows(graph) {
      for (const t of graph.teams.values()) {
        yield { id: t.id, name: t.name, aliases: aliases(t.aliases), country: t.country, registered: t.registered, url: absoluteUrl(entityHref('teams', t.id)), ...stats(graph, 'teams', t.id) };
      }
    },
  },
  {
    name: 'cars',
    title: 'Car models',
    description: 'Every car model named in a result ("Toyota TS050 Hybrid"), with the statistics the site counts.',
    fields: [ID('car model'), NAME, URL_FIELD('car model'), ...STAT_FIELDS],
    primaryKey: ['id'],
    *rows(graph) {
      for (const c of graph.cars.values()) yield { id: c.id, name: c.name, url: absoluteUrl(carHref(c.id)), ...stats(graph, 'cars', c.id) };
    },
  },
  {
    name: 'series',
    title: 'Series',
    description: 'Championships and series.',
    fields: [ID('series'), NAME, f('short_name', 'string', 'Short name, from the registry ("WEC").'), ALIASES, URL_FIELD('series')],
    primaryKey: ['id'],
    *rows(graph) {
      for (const s of graph.series.values()) yield { id: s.id, name: s.name, short_name: s.shortName, aliases: aliases(s.aliases), url: absoluteUrl(entityHref('series', s.id)) };
    },
  },
  {
    name: 'circuits',
    title: 'Circuits',
    description: 'Circuits events are held at.',
    fields: [ID('circuit'), NAME, ALIASES, f('country', 'string', 'ISO 3166-1 alpha-2.'), f('locality', 'string', 'Town or region.'), f('length_km', 'number', 'Lap length in kilometres.'), URL_FIELD('circuit')],
    primaryKey: ['id'],
    *rows(graph) {
      for (const c of graph.circuits.values()) {
        yield { id: c.id, name: c.name, aliases: aliases(c.aliases), country: c.country, locality: c.locality, length_km: c.lengthKm, url: absoluteUrl(entityHref('circuits', c.id)) };
      }
    },
  },
  {
    name: 'events',
    title: 'Events',
    description: 'Recurring events ("24 Hours of Le Mans"); each running of one is an edition.',
    fields: [ID('event'), NAME, ALIASES, f('series_id', 'string', 'The series of its latest edition.'), f('circuit_id', 'string', 'The circuit of its latest edition.'), URL_FIELD('event')],
    primaryKey: ['id'],
    foreignKeys: [fk('series_id', 'series'), fk('circuit_id', 'circuits')],
    *rows(graph) {
      for (const e of graph.events.values()) {
        yield { id: e.id, name: e.name, aliases: aliases(e.aliases), series_id: known(graph.series, e.seriesId), circuit_id: known(graph.circuits, e.circuitId), url: absoluteUrl(entityHref('events', e.id)) };
      }
    },
  },
  {
    name: 'classes',
    title: 'Classes',
    description: 'Classes cars are classified in ("LMP1", "LMGTE Pro").',
    fields: [f('id', 'string', "The class's id.", true), NAME],
    primaryKey: ['id'],
    *rows(graph) {
      for (const c of graph.classes.values()) yield { id: c.id, name: c.name };
    },
  },
  {
    name: 'editions',
    title: 'Editions',
    description: 'One running of an event in one year ("24 Hours of Le Mans 2017").',
    fields: [
      f('id', 'string', '`<event id>/<year>`.', true),
      f('event_id', 'string', 'The event.', true),
      f('year', 'integer', 'The year.', true),
      f('series_id', 'string', 'The series it counted for.'),
      f('circuit_id', 'string', 'Where it was held.'),
      f('reports', 'integer', 'Number of articles about it.', true),
      URL_FIELD('edition'),
    ],
    primaryKey: ['id'],
    foreignKeys: [fk('event_id', 'events'), fk('series_id', 'series'), fk('circuit_id', 'circuits')],
    *rows(graph) {
      for (const e of graph.editions.values()) {
        yield { id: editionKey(e.eventId, e.year), event_id: e.eventId, year: e.year, series_id: known(graph.series, e.seriesId), circuit_id: known(graph.circuits, e.circuitId), reports: e.articles.length, url: absoluteUrl(editionHref(e.eventId, e.year)) };
      }
    },
  },
  {
    name: 'sessions',
    title: 'Sessions',
    description: 'Sessions as facts: every report of one session (in any language, under any name) joined into one merged classification.',
    fields: [
      f('id', 'string', '`<event id>/<year>/<slug>`, or `articles/<article>/<session>` for an article without an event.', true),
      f('edition_id', 'string', 'Its edition; empty for a session of an article without an event.'),
      f('slug', 'string', 'Its id within the edition: `race`, `qualifying` (the final qualifying), the editor\'s id or the folded name.', true),
      f('name', 'string', 'The name as published by the preferred report.', true),
      f('type', 'string', '`practice`, `qualifying` or `race`.', true),
      f('at', 'string', 'For a standing taken during a race: when ("after 22 hours").'),
      f('provisional', 'boolean', 'Every report of it says its order is not final.', true),
      f('counted', 'boolean', "A race's final classification or a final qualifying: the only sessions statistics count.", true),
      f('reports', 'integer', 'Number of articles that report it (listed in session_reports).', true),
      f('url', 'string', 'Absolute URL of the session on its edition page.'),
    ],
    primaryKey: ['id'],
    foreignKeys: [fk('edition_id', 'editions')],
    *rows(graph) {
      for (const s of graph.sessions.all) {
        yield { id: s.id, edition_id: editionIdOf(s), slug: s.slug, name: s.name, type: s.type, at: s.at, provisional: s.provisional, counted: s.counted, reports: s.reports.length, url: absoluteUrl(sessionHref(s)) };
      }
    },
  },
  {
    name: 'session_reports',
    title: 'Session reports',
    description: 'Which articles report which session, oldest first.',
    fields: [f('session_id', 'string', 'The session.', true), f('article', 'string', "The article's slug.", true), f('url', 'string', "Absolute URL of the article.", true)],
    primaryKey: ['session_id', 'article'],
    foreignKeys: [fk('session_id', 'sessions')],
    *rows(graph) {
      for (const s of graph.sessions.all) for (const slug of s.reports) yield { session_id: s.id, article: slug, url: absoluteUrl(articleHref(slug)) };
    },
  },
  {
    name: 'entries',
    title: 'Entries',
    description: "One car in one class of one session's merged classification, with what it adds to the statistics.",
    fields: [
      f('id', 'string', '`<session id>/<class id>/car-<number>`, or `<session id>/<class id>/crew:<team id>:<driver ids joined by +>` for a car without a number.', true),
      f('session_id', 'string', 'The session.', true),
      f('class_id', 'string', 'The class.', true),
      f('pos', 'integer', 'Position in class, when stated.'),
      f('overall', 'integer', 'Overall position, when stated.'),
      f('number', 'string', 'Car number, as written ("01" is not "1").'),
      f('team_id', 'string', 'The team.'),
      f('car_id', 'string', 'The car model.'),
      f('time', 'string', 'Time in canonical form ("3:19.793").'),
      f('time_ms', 'integer', 'The time in milliseconds.'),
      f('gap', 'string', 'Gap to the class leader in canonical form ("+0.094", "+3 laps").'),
      f('gap_ms', 'integer', 'A time gap in milliseconds.'),
      f('gap_laps', 'integer', 'A gap in laps.'),
      f('laps', 'integer', 'Laps completed.'),
      f('status', 'string', 'DNF, NC, DSQ, DNS, No time …'),
      f('note', 'string', 'Free text.'),
      f('counted', 'boolean', 'Its session counts in statistics.', true),
      f('start', 'integer', '1 when it counts as a start.', true),
      f('class_win', 'integer', '1 when it counts as a class win.', true),
      f('podium', 'integer', '1 when it counts as a podium.', true),
      f('pole', 'integer', '1 when it counts as a pole.', true),
      f('dnf', 'integer', '1 when it counts as a DNF.', true),
    ],
    primaryKey: ['id'],
    foreignKeys: [fk('session_id', 'sessions'), fk('class_id', 'classes'), fk('team_id', 'teams'), fk('car_id', 'cars')],
    *rows(graph) {
      for (const s of graph.sessions.all) {
        for (const cls of s.classes) {
          const ids = entryIds(s, cls);
          for (const [i, e] of cls.entries.entries()) {
            const t = tallyOf(s, e);
            yield {
              id: ids[i],
              session_id: s.id,
              class_id: cls.id,
              pos: e.pos,
              overall: e.overall,
              number: e.number,
              team_id: e.team?.id,
              car_id: e.car?.id,
              time: e.time ? formatTime(e.time) : null,
              time_ms: e.time?.ms,
              gap: e.gap ? formatGap(e.gap) : null,
              gap_ms: e.gap?.kind === 'time' ? e.gap.ms : null,
              gap_laps: e.gap?.kind === 'laps' ? e.gap.laps : null,
              laps: e.laps,
              status: e.status,
              note: e.note,
              counted: s.counted,
              start: t.starts,
              class_win: t.classWins,
              podium: t.podiums,
              pole: t.poles,
              dnf: t.dnfs,
            };
          }
        }
      }
    },
  },
  {
    name: 'entry_drivers',
    title: 'Entry drivers',
    description: 'The drivers of each entry, in the order the reports name them.',
    fields: [
      f('entry_id', 'string', 'The entry.', true),
      f('driver_id', 'string', 'The driver.', true),
      f('seat', 'integer', 'Order in the crew, from 1.', true),
      f('category', 'string', 'FIA driver category (Platinum, Gold, Silver, Bronze), when given.'),
    ],
    primaryKey: ['entry_id', 'driver_id'],
    foreignKeys: [fk('entry_id', 'entries'), fk('driver_id', 'drivers')],
    *rows(graph) {
      for (const s of graph.sessions.all) {
        for (const cls of s.classes) {
          const ids = entryIds(s, cls);
          for (const [i, e] of cls.entries.entries()) {
            let seat = 0;
            for (const d of uniqueDrivers(e)) yield { entry_id: ids[i], driver_id: d.id, seat: ++seat, category: d.category };
          }
        }
      }
    },
  },
];

const byFile = new Map(TABLES.map((t) => [`${t.name}.csv`, t]));
export const DATAPACKAGE_FILE = 'datapackage.json';

/** The files under `/data/`: every table, then the package that describes them. */
export function openDataFiles(): string[] {
  return [...byFile.keys(), DATAPACKAGE_FILE];
}

/** One table as CSV, in pieces: the header its schema declares, one row per record. */
export function tableChunks(graph: Graph, table: Table): Iterable<string> {
  const names = table.fields.map((x) => x.name);
  return csvChunks(names, (function* () {
    for (const row of table.rows(graph)) yield names.map((n) => row[n]);
  })());
}

/**
 * The Frictionless Data Package (tabular-data-package, v1) describing every table, and with a graph, the
 * laps of every session that has them (lib/data/laps-csv.ts: one resource per session, by absolute URL).
 */
export function dataPackage(graph?: Graph) {
  return {
    profile: 'tabular-data-package',
    name: 'endurance-desk-results',
    title: `${site.name} results database`,
    description: `Every session, classification, driver, team, car model and event reported on ${site.name}, one merged classification per session, with the statistics counted by the site's rules.`,
    homepage: absoluteUrl('/data'),
    licenses: [LICENSE],
    resources: TABLES.map((t) => ({
      name: t.name,
      path: `${t.name}.csv`,
      profile: 'tabular-data-resource',
      title: t.title,
      description: t.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: t.fields.map((x) => ({ name: x.name, type: x.type, description: x.description, ...(x.required ? { constraints: { required: true } } : {}) })),
        missingValues: [''],
        primaryKey: t.primaryKey.length === 1 ? t.primaryKey[0]! : t.primaryKey,
        ...(t.foreignKeys ? { foreignKeys: t.foreignKeys.map((k) => ({ fields: k.fields, reference: { resource: k.resource, fields: 'id' } })) } : {}),
      },
    })).concat(graph ? lapsResources(graph) : []),
  };
}

/** A file under `/data/`, in pieces, with its media type; undefined for a name that is none of them. */
export function openDataFile(graph: Graph, file: string): { chunks: Iterable<string>; type: string } | undefined {
  if (file === DATAPACKAGE_FILE) return { chunks: [`${JSON.stringify(dataPackage(graph), null, 2)}\n`], type: 'application/json' };
  const table = byFile.get(file);
  return table ? { chunks: tableChunks(graph, table), type: 'text/csv; charset=utf-8' } : undefined;
}

/** The whole file as one string (tests, small sites). */
export function openDataText(graph: Graph, file: string): string | undefined {
  const f = openDataFile(graph, file);
  return f ? [...f.chunks].join('') : undefined;
}
