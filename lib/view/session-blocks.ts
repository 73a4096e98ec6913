/** An article's sessions ready to draw (components/session-results.tsx): headings, charts and results tables. */
import { resolveClass } from '../content/classes';
import type { Session } from '../content/types';
import { classChart } from './charts';
import { resultsTableHtml } from './html/results-table';
import type { MdxContext } from './props/mdx-components';
import type { NameOf } from './props/results-table';
import type { SessionBlock } from './props/session-results';

const TYPE_LABEL = { practice: 'Practice', qualifying: 'Qualifying', race: 'Race' } as const;

/** One session: its heading, and each class's chart (when its data makes one) and results table. */
export function sessionBlock(session: Session, nameOf: NameOf): SessionBlock {
  return {
    id: session.id,
    name: session.name,
    typeLabel: TYPE_LABEL[session.type],
    at: session.at,
    classes: session.classes.map((c) => ({
      id: c.id,
      chart: classChart(session, c, nameOf),
      tableHtml: resultsTableHtml({ sessionName: session.name, className: c.name, entries: c.entries, nameOf }).value,
    })),
  };
}

/** What an article body's editor components draw from: its sessions, drawn when a tag asks for them, and name links. */
export function mdxContext(sessions: readonly Session[], nameOf: NameOf, href: MdxContext['href']): MdxContext {
  return {
    sessionCount: sessions.length,
    results(session, cls) {
      const chosen = session ? sessions.filter((s) => s.name === session) : sessions;
      return { blocks: chosen.map((s) => sessionBlock(s, nameOf)), classId: cls ? resolveClass(cls).id : undefined };
    },
    href,
  };
}
