/**
 * What `<Classification session="…" class="…" />` and `<LapChart session="…" class="…" />` show in an
 * article body: the merged classification of a session of the article's edition, and that session's lap
 * chart. Computed before the body renders (the MDX components only draw) and only for the tags the body
 * uses; the laps of a session are read from the timing cache only for a `<LapChart>`.
 */
import type { Article } from '../content/types';
import { classIdOf, findSession } from '../content/session-lookup';
import type { Graph, SessionNode } from '../graph/types';
import type { ClassificationEmbed, LapChartEmbed, TimingEmbeds } from './props/timing-embeds';
import { sessionPageHref } from '../routes';
import { sessionClasses, sessionLabel, type SessionLaps } from './session';
import { lapSummaryOf, sessionLapsOf } from './session-data';

export interface TimingUse {
  component: 'Classification' | 'LapChart';
  session?: string;
  class?: string;
}

const TAG = /<(Classification|LapChart)\b([^>]*?)\/?>/g;
const ATTRIBUTE = /\b(session|class)="([^"]*)"/g;

/** The timing tags of a body, in order (the check has made sure each is well formed). */
export function timingUses(body: string): TimingUse[] {
  const out: TimingUse[] = [];
  for (const m of body.matchAll(TAG)) {
    const use: TimingUse = { component: m[1] as TimingUse['component'] };
    for (const a of m[2]!.matchAll(ATTRIBUTE)) use[a[1] as 'session' | 'class'] = a[2]!;
    out.push(use);
  }
  return out;
}

/** The key a component looks its props up by. */
export const embedKey = (session: string | undefined, cls: string | undefined) => `${session ?? ''}\u0000${cls ?? ''}`;

/** The props of every timing tag in the article's body; empty for a body without them or an article without an edition. */
export async function timingEmbeds(graph: Graph, article: Article, readLaps = (s: SessionNode) => sessionLapsOf(s, graph)): Promise<TimingEmbeds> {
  const embeds: TimingEmbeds = { classification: {}, lapChart: {} };
  const uses = timingUses(article.bodyRaw);
  const ev = article.event;
  const edition = ev ? graph.editions.get(`${ev.event.id}/${ev.year}`) : undefined;
  if (uses.length === 0 || !edition) return embeds;
  const lapsRead = new Map<string, Promise<SessionLaps | undefined>>();
  for (const use of uses) {
    const s = use.session !== undefined ? findSession(edition.sessions, use.session) : undefined;
    if (!s) continue;
    const key = embedKey(use.session, use.class);
    const classId = use.class !== undefined ? classIdOf(use.class) : undefined;
    const title = `${sessionLabel(s)}`;
    if (use.component === 'Classification') {
      const summary = lapSummaryOf(s);
      // The classification needs no laps, except a session whose only classification is its order at the flag.
      const laps = summary && s.classes.length > 0 ? { rows: [], summary } : summary ? await readOnce(lapsRead, s.id, () => readLaps(s)) : undefined;
      const { classes, unofficial } = sessionClasses(graph, s, laps);
      const embed: ClassificationEmbed = {
        title,
        href: sessionPageHref(s),
        unofficial,
        classes: classes.filter((c) => classId === undefined || c.id === classId).map((c) => ({ id: c.id, name: c.name, classTag: c.classTag, html: c.classificationHtml })),
      };
      embeds.classification[key] = embed;
    } else {
      const laps = await readOnce(lapsRead, s.id, () => readLaps(s));
      if (!laps) continue;
      const { classes } = sessionClasses(graph, s, laps);
      const embed: LapChartEmbed = {
        title,
        href: sessionPageHref(s),
        charts: classes
          .filter((c) => c.lapChart && (classId === undefined || c.id === classId))
          .map((c) => ({ id: c.id, name: c.name, classTag: c.classTag, chart: c.lapChart!, positionsHtml: c.positionsHtml })),
      };
      embeds.lapChart[key] = embed;
    }
  }
  return embeds;
}

function readOnce<T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> {
  let p = cache.get(key);
  if (!p) cache.set(key, (p = read()));
  return p;
}
