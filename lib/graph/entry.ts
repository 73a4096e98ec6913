/** Entry records: each result line with its session, class and article, for appearances and stats. */
import { sessionKind } from '../content/session-identity';
import type { Article, ClassResult, Entry, Session } from '../content/types';
import type { TimingReport } from '../content/timing/types';
import type { SessionNode } from './session-merge';

/** The session and class an entry was listed in; shared by all the entries of that class. */
export interface EntryContext {
  /** The article that lists the entry; undefined for official timing. */
  article?: Article;
  /** The timing.yaml whose classification lists the entry. */
  timing?: TimingReport;
  session: Session;
  cls: ClassResult;
  /** The session as a fact, which this report is one report of. */
  node: SessionNode;
}

/**
 * One car in one class of one session of one article: the unit drivers and teams appear in.
 *
 * A view of the article's own entry and of its shared context, not a copy: at 10,000 articles there are
 * over a million of them, and three pointers each keep the graph a fraction of the content's size.
 */
export class EntryRecord {
  constructor(
    /** Index in `Graph.entries`. */
    public index: number,
    readonly entry: Entry,
    private readonly context: EntryContext,
  ) {}

  /** The slug of the article that lists it; '' for official timing (linked by its session instead). */
  get article(): string {
    return this.context.article?.slug ?? '';
  }
  /** The article's date; the edition's year for official timing, which has no date. */
  get date(): string {
    return this.context.article?.date ?? String(this.context.timing!.event.year);
  }
  get eventId(): string | undefined {
    return (this.context.article ?? this.context.timing!).event?.event.id;
  }
  get year(): number | undefined {
    return (this.context.article ?? this.context.timing!).event?.year;
  }
  /** Official timing lists it. */
  get official(): boolean {
    return this.context.timing !== undefined;
  }
  get sessionId(): string {
    return this.context.session.id;
  }
  get sessionName(): string {
    return this.context.session.name;
  }
  get sessionType(): Session['type'] {
    return this.context.session.type;
  }
  /** The session as a fact (merged from all its reports). */
  get session(): SessionNode {
    return this.context.node;
  }
  /** Whether this report's session counts in statistics (a race's final classification, a final qualifying). */
  get counted(): boolean {
    return this.context.node.counted;
  }
  /** "practice", "provisional qualifying", "standing after 22 hours", "race result", "unofficial order at the flag"… */
  get kind(): string {
    return this.context.node.unofficial ? 'unofficial order at the flag' : sessionKind(this.context.session);
  }
  get provisional(): boolean {
    return this.context.session.provisional === true;
  }
  get at(): string | undefined {
    return this.context.session.at;
  }
  get classId(): string {
    return this.context.cls.id;
  }
  get className(): string {
    return this.context.cls.name;
  }
  get pos(): number | undefined {
    return this.entry.pos;
  }
  get overall(): number | undefined {
    return this.entry.overall;
  }
  get number(): string | undefined {
    return this.entry.number;
  }
  get teamId(): string | undefined {
    return this.entry.team?.id;
  }
  get carId(): string | undefined {
    return this.entry.car?.id;
  }
  /** The entry's drivers, each once. */
  get driverIds(): string[] {
    const ids: string[] = [];
    for (const d of this.entry.drivers) if (!ids.includes(d.id)) ids.push(d.id);
    return ids;
  }
  get time(): Entry['time'] {
    return this.entry.time;
  }
  get gap(): Entry['gap'] {
    return this.entry.gap;
  }
  get laps(): number | undefined {
    return this.entry.laps;
  }
  get status(): string | undefined {
    return this.entry.status;
  }
  get note(): string | undefined {
    return this.entry.note;
  }
}
