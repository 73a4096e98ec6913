/** Validates one article's frontmatter and turns it into an Article (times in ms, names to ids). */
import type { z } from 'zod';
import { resolveClass, type ClassInfo } from './classes';
import { isLanguageTag, toIsoDate } from './dates';
import { toId } from './names';
import { sessionKeys } from './session-identity';
import { parsePath, problemsFromZod, valueAt, type PathSegment } from './problems';
import type { Resolver } from './registry';
import { classesListSchema, classHeadSchema, classSchema, entriesListSchema, entrySchema, headSchema, KNOWN_KEYS, resultsListSchema, sessionHeadSchema, sessionSchema } from './schema';
import { flat, interner, type Interner } from './intern';
import { fastEntry, isRecord } from './fast-entry';
import { validFields } from './valid-fields';
import { hasPlaceholder, placeholderHint, placeholderPaths } from './placeholders';
import { parseGap, parseTime } from './time';
import { imageOf, newsroomFields } from './newsroom-fields';
import type { Article, ArticleEvent, Correction, ClassResult, DriverRef, EntityKind, Entry, Problem, RawArticle, Ref, Session } from './types';

/** Where a name was written, for near-duplicate reports. */
export interface Occurrence {
  kind: EntityKind;
  id: string;
  written: string;
  file: string;
  path: string;
  /** The line, where the path does not find it (a timing CSV's line). */
  line?: number;
}

export interface NormalizedArticle {
  article?: Article;
  problems: Problem[];
  occurrences: Occurrence[];
}

const WORDS_PER_MINUTE = 230;

function knownKeys(path: readonly PathSegment[]): readonly string[] {
  const key = [...path].reverse().find((s): s is string => typeof s === 'string');
  switch (key) {
    case undefined:
      return KNOWN_KEYS.article;
    case 'event':
      return KNOWN_KEYS.event;
    case 'results':
      return KNOWN_KEYS.results;
    case 'classes':
      return KNOWN_KEYS.classes;
    case 'entries':
      return KNOWN_KEYS.entries;
    case 'drivers':
      return KNOWN_KEYS.drivers;
    default:
      return [];
  }
}

export interface NormalizeOptions {
  /**
   * Build the Article (default true). The check only needs the problems and the names: without the
   * Article, large corpora are checked with far less memory. `occurrences` then holds the first place
   * each entity is named in the article, instead of every place.
   */
  build?: boolean;
  /** False when the caller knows the frontmatter holds no `TODO` (it saw the text): saves a walk of the data. */
  placeholders?: boolean;
}

/**
 * Validates one article's frontmatter and turns it into the typed, resolved Article. A value still holding
 * the `npm run new` placeholder gets one clear error, instead of whatever else its field would report.
 */
export function normalizeArticle(raw: RawArticle, resolver: Resolver, options: NormalizeOptions = {}): NormalizedArticle {
  const placeholders = options.placeholders !== false && hasPlaceholder(raw.data) ? placeholderPaths(raw.data) : [];
  const result = normalizeData(raw, resolver, options.build ?? true);
  if (placeholders.length === 0) return result;
  const covered = (path: string) => placeholders.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));
  return {
    problems: [
      ...placeholders.map(
        (path): Problem => ({
          file: raw.file,
          path,
          message: 'still holds the placeholder written by `npm run new`',
          value: valueAt(raw.data, parsePath(path)),
          hint: placeholderHint(path),
          severity: 'error',
        }),
      ),
      ...result.problems.filter((p) => !covered(p.path)),
    ],
    occurrences: result.occurrences.filter((o) => !covered(o.path)),
  };
}

type Head = z.infer<typeof headSchema>;
type EntryData = z.infer<typeof entrySchema>;

/**
 * Validates level by level (the article's own fields, each session, each class, each entry), so that one
 * wrong value does not hide the problems of the rest, then checks meaning on everything that is valid.
 */
function normalizeData(raw: RawArticle, resolver: Resolver, build: boolean): NormalizedArticle {
  const problems: Problem[] = [];
  const occurrences: Occurrence[] = [];
  const file = raw.file;
  const data = raw.data;
  /** The value as the schema gives it back, or undefined after reporting what is wrong with it. */
  const shape = <S extends z.ZodType>(schema: S, value: unknown, prefix: PathSegment[]): z.infer<S> | undefined => {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    problems.push(...problemsFromZod(r.error, { file, data, knownKeys, prefix }));
    return undefined;
  };
  const err = (path: string, message: string, value?: unknown, hint?: string) =>
    problems.push({ file, path, message, value, hint, severity: 'error' });
  const seen: Record<EntityKind, Set<string>> | undefined = build
    ? undefined
    : { drivers: new Set(), teams: new Set(), events: new Set(), circuits: new Set(), series: new Set() };
  /** Resolves a name and records where it is written; the path is only spelt out when it is needed. */
  const resolve: Resolve = (kind, written, base, field, index) => {
    const id = resolver.resolve(kind, written);
    if (seen) {
      if (seen[kind].has(id)) return id;
      seen[kind].add(id);
    }
    const path = index === undefined ? `${base}${field}` : `${base}${field}[${index}]`;
    if (!id) err(path, 'has no letters or digits to make a page address from', written);
    occurrences.push({ kind, id, written, file, path });
    return id;
  };
  const shared = interner(resolver);
  const ref = (kind: EntityKind, written: string, path: string): Ref => shared.ref(resolve(kind, written, '', path), written);

  // The article's own fields.
  const { results: rawResults, ...rawHead } = data;
  const headResult = headSchema.safeParse(rawHead);
  let head: Head | undefined;
  /** The fields to check for meaning: all of them, or those valid on their own when another is not. */
  let fields: Partial<Head>;
  if (headResult.success) fields = head = headResult.data;
  else {
    problems.push(...problemsFromZod(headResult.error, { file, data, knownKeys }));
    fields = validFields(headSchema, rawHead);
  }

  let date: string | undefined;
  let updated: string | undefined;
  let event: ArticleEvent | undefined;
  const corrections: Correction[] = [];
  const authors: Ref[] = [];
  const lang = fields.lang ?? 'en';
  if (fields.date !== undefined) {
    date = toIsoDate(fields.date);
    if (!date) err('date', 'is not a real date written as YYYY-MM-DD', fields.date, 'write it like 2017-06-14');
  }
  if (fields.updated !== undefined) {
    updated = toIsoDate(fields.updated);
    if (!updated) err('updated', 'is not a real date written as YYYY-MM-DD', fields.updated, 'write it like 2017-06-15');
    else if (date && updated < date) err('updated', 'is earlier than the publication date', fields.updated, 'the date of the last correction comes after the date of publication');
  }
  const newsroom = newsroomFields(fields, date, resolver, shared, err);
  corrections.push(...newsroom.corrections);
  authors.push(...newsroom.authors);
  if (newsroom.lastCorrection && (updated === undefined || updated < newsroom.lastCorrection)) updated = newsroom.lastCorrection;
  if (fields.lang !== undefined && !isLanguageTag(lang)) err('lang', 'is not a language tag', fields.lang, 'use a code such as en, nl, fr or pt-BR');
  // A valid event block's names are recorded even when another field is wrong, so that other files are not blamed for them.
  if (fields.event) {
    const year = fields.event.year ?? (date ? Number(date.slice(0, 4)) : 0);
    event = {
      event: ref('events', fields.event.name, 'event.name'),
      year,
      series: fields.event.series ? ref('series', fields.event.series, 'event.series') : undefined,
      circuit: fields.event.circuit ? ref('circuits', fields.event.circuit, 'event.circuit') : undefined,
    };
  }

  // The results, session by session.
  const sessions: Session[] = [];
  const resultsList = rawResults === undefined ? undefined : shape(resultsListSchema, rawResults, ['results']);
  if (resultsList) {
    const sessionIds = new Map<string, number>();
    const sessionKeysSeen = new Map<string, number>();
    resultsList.forEach((rawSession, si) => {
      const spath = `results[${si}]`;
      const { classes: rawClasses, ...rawSessionHead } = isRecord(rawSession) ? rawSession : { classes: undefined };
      if (!isRecord(rawSession)) {
        shape(sessionSchema, rawSession, ['results', si]);
        return;
      }
      const s = shape(sessionHeadSchema, rawSessionHead, ['results', si]);
      let sessionId = `session-${si + 1}`;
      let ref: string | undefined;
      if (s) {
        sessionId = toId(s.session) || sessionId;
        const earlier = sessionIds.get(sessionId);
        if (earlier !== undefined) {
          err(`${spath}.session`, `is the same session name as results[${earlier}]`, s.session, 'give each session its own name, e.g. "Qualifying 1" and "Qualifying 2"');
        }
        sessionIds.set(sessionId, si);
        if (s.id !== undefined) {
          ref = toId(s.id);
          if (!ref) err(`${spath}.id`, 'has no letters or digits to make an id of', s.id, 'write a short id such as qualifying-1, or leave id out');
        }
        // Two sessions of one article that the contract makes one session (two races without `at`, two
        // final qualifying sessions, the same id) would be counted as one: say so instead.
        for (const key of sessionKeys({ name: s.session.trim(), type: s.type, at: s.at?.trim(), provisional: s.provisional, ref })) {
          const other = sessionKeysSeen.get(key);
          if (other === undefined) sessionKeysSeen.set(key, si);
          else if (other !== earlier) {
            err(spath, sameSessionMessage(key, other), s.session, sameSessionHint(key));
            break;
          }
        }
      }
      const classList = shape(classesListSchema, rawClasses, ['results', si, 'classes']);
      if (!classList) return;
      const classes: ClassResult[] = [];
      const classIds = new Map<string, number>();
      const numbers = new Map<string, string>();
      classList.forEach((rawClass, ci) => {
        const cpath = `${spath}.classes[${ci}]`;
        if (!isRecord(rawClass)) {
          shape(classSchema, rawClass, ['results', si, 'classes', ci]);
          return;
        }
        const { entries: rawEntries, ...rawClassHead } = rawClass;
        const classHead = shape(classHeadSchema, rawClassHead, ['results', si, 'classes', ci]);
        let info: ClassInfo | undefined;
        if (classHead) {
          info = resolveClass(classHead.class);
          const earlierClass = classIds.get(info.id);
          if (earlierClass !== undefined) {
            err(`${cpath}.class`, `appears twice in this session (also classes[${earlierClass}])`, classHead.class, 'merge the two lists of entries into one');
          }
          classIds.set(info.id, ci);
        }
        const entryList = shape(entriesListSchema, rawEntries, ['results', si, 'classes', ci, 'entries']);
        if (!entryList) return;
        const positions = new Map<number, number>();
        const entries: Entry[] = [];
        entryList.forEach((rawEntry, ei) => {
          const epath = `${cpath}.entries[${ei}]`;
          let e = fastEntry(rawEntry);
          if (!e) {
            const r = entrySchema.safeParse(rawEntry);
            if (!r.success) {
              problems.push(...problemsFromZod(r.error, { file, data, knownKeys, prefix: ['results', si, 'classes', ci, 'entries', ei] }));
              // The entry's other fields are still checked for meaning (a time that cannot be read, a taken position).
              if (isRecord(rawEntry)) normalizeEntry(validFields(entrySchema, rawEntry), epath, ei, ci, positions, numbers, err, resolve, build, shared, false);
              return;
            }
            e = r.data;
          }
          const entry = normalizeEntry(e, epath, ei, ci, positions, numbers, err, resolve, build, shared);
          if (entry) entries.push(entry);
        });
        if (info) classes.push({ id: info.id, name: info.name, entries });
      });
      if (s) {
        sessions.push({
          id: sessionId,
          name: shared.text(s.session.trim()),
          type: s.type,
          at: s.at === undefined ? undefined : shared.text(s.at.trim()),
          ...(s.provisional ? { provisional: true } : {}),
          ...(ref ? { ref: shared.text(ref) } : {}),
          classes,
        });
      }
    });
  }

  if (!build || problems.length > 0 || !head || !date) return { problems, occurrences };
  const article: Article = {
    slug: raw.slug,
    url: `/articles/${raw.slug}`,
    file,
    title: flat(head.title.trim()),
    description: flat(head.description.trim()),
    date,
    updated,
    authors,
    corrections,
    ...(head.image ? { image: imageOf(head.image, shared.text) } : {}),
    lang,
    tags: (head.tags ?? []).map((t) => shared.text(t)),
    event,
    sessions,
    bodyCode: raw.bodyCode,
    bodyRaw: flat(raw.bodyRaw),
    readingMinutes: Math.max(1, Math.round(countWords(raw.bodyRaw) / WORDS_PER_MINUTE)),
  };
  return { article, problems, occurrences };
}

function sameSessionMessage(key: string, other: number): string {
  if (key === 'race') return `is a second race classification: results[${other}] is already this event's race (type: race, no at)`;
  if (key === 'qualifying') return `is a second final qualifying: results[${other}] is already this event's final qualifying (type: qualifying, not provisional)`;
  if (key.startsWith('at:')) return `is a second standing of the race at the same time: results[${other}] has the same at`;
  return `has the same id as results[${other}]`;
}

function sameSessionHint(key: string): string {
  if (key === 'race') return 'a standing during the race needs at: (e.g. at: after 6 hours); otherwise merge the two into one session';
  if (key === 'qualifying') return 'mark the session whose order is not final with provisional: true (e.g. a first qualifying before the grid is set)';
  if (key.startsWith('at:')) return 'two standings taken at the same time are one session, whatever their names: merge them, or correct at:';
  return 'give each session its own id, or leave id out';
}

type Resolve = (kind: EntityKind, written: string, base: string, field: string, index?: number) => string;

function normalizeEntry(
  e: EntryData,
  epath: string,
  ei: number,
  ci: number,
  positions: Map<number, number>,
  numbers: Map<string, string>,
  err: (path: string, message: string, value?: unknown, hint?: string) => void,
  resolve: Resolve,
  build: boolean,
  shared: Interner,
  /** False for the valid fields of an invalid entry: whether it names a car is then not known. */
  complete = true,
): Entry | undefined {
  const drivers = e.drivers ?? [];
  if (complete && e.number === undefined && e.team === undefined && drivers.length === 0) {
    err(epath, 'names no car: give at least a number, a team or drivers', undefined, 'add number: "7", team: … or drivers: […]');
  }
  if (e.pos !== undefined) {
    const other = positions.get(e.pos);
    if (other !== undefined) {
      err(`${epath}.pos`, `position ${e.pos} is already taken by entries[${other}] in this class`, e.pos, 'each position may appear once per class; leave pos out when the report does not state it');
    } else positions.set(e.pos, ei);
  }
  const number = e.number === undefined ? undefined : typeof e.number === 'string' ? e.number.trim() : String(e.number);
  if (number !== undefined) {
    const other = numbers.get(number);
    if (other !== undefined) {
      err(`${epath}.number`, `car #${number} is already listed in this session, at ${other}`, e.number, 'each car appears once per session: remove the duplicate entry or correct the number');
    } else numbers.set(number, `classes[${ci}].entries[${ei}]`);
  }
  let time: Entry['time'];
  if (e.time !== undefined) {
    const r = parseTime(e.time);
    if (r.ok) time = r.value;
    else err(`${epath}.time`, `is ${r.label ?? 'not a lap time'}`, e.time, timeHint(e.time, r.detail));
  }
  let gap: Entry['gap'];
  if (e.gap !== undefined) {
    const r = parseGap(e.gap);
    if (r.ok) gap = r.value;
    else err(`${epath}.gap`, `is ${r.label ?? 'not a gap'}`, e.gap, timeHint(e.gap, r.detail));
    if (e.pos === 1) {
      err(`${epath}.gap`, 'the class leader (pos 1) cannot have a gap', e.gap, 'remove the gap, or correct the position');
    }
  }
  const base = `${epath}.`;
  const teamId = e.team ? resolve('teams', e.team, base, 'team') : undefined;
  if (!build) {
    for (let di = 0; di < drivers.length; di++) {
      const d = drivers[di]!;
      resolve('drivers', typeof d === 'string' ? d : d.name, base, 'drivers', di);
    }
    return undefined;
  }
  const refs: DriverRef[] = new Array<DriverRef>(drivers.length);
  for (let di = 0; di < drivers.length; di++) {
    const d = drivers[di]!;
    const written = typeof d === 'string' ? d : d.name;
    const id = resolve('drivers', written, base, 'drivers', di);
    refs[di] = typeof d !== 'string' && d.category ? { id, written: shared.text(written.trim()), category: shared.text(d.category) } : shared.ref(id, written);
  }
  return {
    pos: e.pos,
    overall: e.overall,
    number,
    team: e.team && teamId !== undefined ? shared.ref(teamId, e.team) : undefined,
    car: e.car ? shared.ref(toId(e.car), e.car) : undefined,
    drivers: refs,
    time,
    gap,
    laps: e.laps,
    status: e.status === undefined ? undefined : shared.text(e.status),
    note: e.note === undefined ? undefined : shared.text(e.note),
  };
}


function countWords(text: string): number {
  let n = 0;
  const re = /\S+/g;
  while (re.exec(text)) n++;
  return n;
}

/** The parser's explanation, plus the usual slips: the letter O for a zero, l or I for a one. */
function timeHint(value: unknown, detail: string | undefined): string | undefined {
  if (typeof value === 'string') {
    if (/\d[oO]|[oO]\d/.test(value)) return `it contains the letter O where a zero belongs; ${detail ?? ''}`.trim();
    if (/\d[lI]|[lI]\d/.test(value)) return `it contains the letter l or I where a one belongs; ${detail ?? ''}`.trim();
  }
  return detail;
}
