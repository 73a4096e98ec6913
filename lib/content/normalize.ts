import { resolveClass } from './classes';
import { isLanguageTag, toIsoDate } from './dates';
import { toId } from './names';
import { formatPath, problemsFromZod, type PathSegment } from './problems';
import type { Resolver } from './registry';
import { articleSchema, KNOWN_KEYS, type ArticleData } from './schema';
import { parseGap, parseTime } from './time';
import type { Article, ArticleEvent, ClassResult, EntityKind, Entry, Problem, RawArticle, Ref, Session } from './types';

/** Where a name was written, for near-duplicate reports. */
export interface Occurrence {
  kind: EntityKind;
  id: string;
  written: string;
  file: string;
  path: string;
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

/** Validates one article's frontmatter and turns it into the typed, resolved Article. */
export function normalizeArticle(raw: RawArticle, resolver: Resolver): NormalizedArticle {
  const problems: Problem[] = [];
  const occurrences: Occurrence[] = [];
  const file = raw.file;
  const parsed = articleSchema.safeParse(raw.data);
  if (!parsed.success) {
    problems.push(...problemsFromZod(parsed.error, { file, data: raw.data, knownKeys }));
    return { problems, occurrences };
  }
  const data: ArticleData = parsed.data;
  const err = (path: readonly PathSegment[], message: string, value?: unknown, hint?: string) =>
    problems.push({ file, path: formatPath(path), message, value, hint, severity: 'error' });

  const ref = (kind: EntityKind, written: string, path: readonly PathSegment[]): Ref => {
    const id = resolver.resolve(kind, written);
    if (!id) err(path, 'has no letters or digits to make a page address from', written);
    occurrences.push({ kind, id, written, file, path: formatPath(path) });
    return { id, written: written.trim() };
  };

  const date = toIsoDate(data.date);
  if (!date) err(['date'], 'is not a real date written as YYYY-MM-DD', data.date, 'write it like 2017-06-14');
  let updated: string | undefined;
  if (data.updated !== undefined) {
    updated = toIsoDate(data.updated);
    if (!updated) err(['updated'], 'is not a real date written as YYYY-MM-DD', data.updated);
    else if (date && updated < date) err(['updated'], 'is earlier than the publication date', data.updated);
  }
  const lang = data.lang ?? 'en';
  if (!isLanguageTag(lang)) err(['lang'], 'is not a language tag', data.lang, 'use a code such as en, nl, fr or pt-BR');

  let event: ArticleEvent | undefined;
  if (data.event) {
    const year = data.event.year ?? (date ? Number(date.slice(0, 4)) : 0);
    event = {
      event: ref('events', data.event.name, ['event', 'name']),
      year,
      series: data.event.series ? ref('series', data.event.series, ['event', 'series']) : undefined,
      circuit: data.event.circuit ? ref('circuits', data.event.circuit, ['event', 'circuit']) : undefined,
    };
  }

  const sessions: Session[] = [];
  const sessionIds = new Map<string, number>();
  (data.results ?? []).forEach((s, si) => {
    const sessionId = toId(s.session) || `session-${si + 1}`;
    const earlier = sessionIds.get(sessionId);
    if (earlier !== undefined) {
      err(['results', si, 'session'], `is the same session name as results[${earlier}]`, s.session, 'give each session its own name, e.g. "Qualifying 1" and "Qualifying 2"');
    }
    sessionIds.set(sessionId, si);
    const classes: ClassResult[] = [];
    const classIds = new Map<string, number>();
    s.classes.forEach((c, ci) => {
      const info = resolveClass(c.class);
      const cpath: PathSegment[] = ['results', si, 'classes', ci];
      const earlierClass = classIds.get(info.id);
      if (earlierClass !== undefined) {
        err([...cpath, 'class'], `appears twice in this session (also classes[${earlierClass}])`, c.class, 'merge the two lists of entries into one');
      }
      classIds.set(info.id, ci);
      const positions = new Map<number, number>();
      const entries: Entry[] = c.entries.map((e, ei) => {
        const epath: PathSegment[] = [...cpath, 'entries', ei];
        if (e.number === undefined && e.team === undefined && (e.drivers ?? []).length === 0) {
          err(epath, 'names no car: give at least a number, a team or drivers');
        }
        if (e.pos !== undefined) {
          const other = positions.get(e.pos);
          if (other !== undefined) {
            err([...epath, 'pos'], `position ${e.pos} is already taken by entries[${other}] in this class`, e.pos, 'each position may appear once per class; leave pos out when the report does not state it');
          }
          positions.set(e.pos, ei);
        }
        let time: Entry['time'];
        if (e.time !== undefined) {
          const r = parseTime(e.time);
          if (r.ok) time = r.value;
          else err([...epath, 'time'], r.message, e.time);
        }
        let gap: Entry['gap'];
        if (e.gap !== undefined) {
          const r = parseGap(e.gap);
          if (r.ok) gap = r.value;
          else err([...epath, 'gap'], r.message, e.gap);
          if (e.pos === 1) {
            err([...epath, 'gap'], 'the class leader (pos 1) cannot have a gap', e.gap, 'remove the gap, or correct the position');
          }
        }
        const number = e.number === undefined ? undefined : String(e.number).trim();
        return {
          pos: e.pos,
          overall: e.overall,
          number,
          team: e.team ? ref('teams', e.team, [...epath, 'team']) : undefined,
          car: e.car ? { id: toId(e.car), written: e.car.trim() } : undefined,
          drivers: (e.drivers ?? []).map((d, di) => {
            const name = typeof d === 'string' ? d : d.name;
            const r = ref('drivers', name, [...epath, 'drivers', di]);
            return typeof d === 'string' || !d.category ? r : { ...r, category: d.category };
          }),
          time,
          gap,
          laps: e.laps,
          status: e.status,
          note: e.note,
        };
      });
      classes.push({ id: info.id, name: info.name, entries });
    });
    sessions.push({ id: sessionId, name: s.session.trim(), type: s.type, at: s.at, classes });
  });

  if (problems.length > 0) return { problems, occurrences };
  const words = raw.bodyRaw.split(/\s+/).filter(Boolean).length;
  const article: Article = {
    slug: raw.slug,
    url: `/articles/${raw.slug}`,
    file,
    title: data.title.trim(),
    description: data.description.trim(),
    date: date!,
    updated,
    author: data.author,
    lang,
    tags: data.tags ?? [],
    event,
    sessions,
    bodyCode: raw.bodyCode,
    bodyRaw: raw.bodyRaw,
    readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
  return { article, problems, occurrences };
}
