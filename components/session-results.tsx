import type { Session } from '@/lib/content/types';
import { classChart } from '@/lib/view/charts';
import { GapChart } from './charts/gap-chart';
import { ResultsTable } from './results-table';
import type { NameOf } from '@/lib/view/props/results-table';

const TYPE_LABEL = { practice: 'Practice', qualifying: 'Qualifying', race: 'Race' } as const;

/** The results of one session: every class, or only `classId`. */
export function SessionResults({ session, nameOf, classId }: { session: Session; nameOf: NameOf; classId?: string }) {
  const classes = classId ? session.classes.filter((c) => c.id === classId) : session.classes;
  return (
    <section aria-labelledby={`session-${session.id}`} className="not-prose my-8">
      <h2 id={`session-${session.id}`} className="mb-3 border-b border-rule pb-1 font-display text-2xl font-bold uppercase">
        {session.name}
        <span className="ml-2 align-middle font-sans text-xs font-semibold uppercase tracking-wide text-muted">
          {TYPE_LABEL[session.type]}
          {session.at ? ` · ${session.at}` : ''}
        </span>
      </h2>
      {classes.map((c) => {
        const chart = classChart(session, c, nameOf);
        return (
          <div key={c.id} className="chart-and-table">
            {chart && <GapChart {...chart} />}
            <ResultsTable sessionName={session.name} className={c.name} entries={c.entries} nameOf={nameOf} />
          </div>
        );
      })}
    </section>
  );
}
