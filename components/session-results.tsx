import type { SessionBlock } from '@/lib/view/props/session-results';
import { GapChart } from './charts/gap-chart';
import { ResultsTable } from './results-table';

/** The results of one session: every class, or only `classId`. */
export function SessionResults({ block, classId }: { block: SessionBlock; classId?: string }) {
  const classes = classId ? block.classes.filter((c) => c.id === classId) : block.classes;
  return (
    <section aria-labelledby={`session-${block.id}`} className="not-prose my-8">
      <h2 id={`session-${block.id}`} className="mb-3 border-b border-rule pb-1 font-display text-2xl font-bold uppercase">
        {block.name}
        <span className="ml-2 align-middle font-sans text-xs font-semibold uppercase tracking-wide text-muted">
          {block.typeLabel}
          {block.at ? ` · ${block.at}` : ''}
        </span>
      </h2>
      {classes.map((c) => (
        <div key={c.id} className="chart-and-table">
          {c.chart && <GapChart {...c.chart} />}
          <ResultsTable html={c.tableHtml} />
        </div>
      ))}
    </section>
  );
}
