/** A row of headline figures; `columns` on a wide screen (5: starts · wins · podiums · poles · reports; 4: At the wheel). */
export function StatRow({ stats, columns = 5 }: { stats: readonly { label: string; value: string | number }[]; columns?: 4 | 5 }) {
  return (
    <dl className={`my-6 grid grid-cols-2 gap-px overflow-hidden rounded border border-rule bg-rule ${columns === 4 ? 'lg:grid-cols-4' : 'sm:grid-cols-3 lg:grid-cols-5'}`}>
      {stats.map((s) => (
        <div key={s.label} className="bg-paper px-4 py-3">
          <dt className="text-xs font-semibold uppercase tracking-wide text-muted">{s.label}</dt>
          <dd className="tabular mt-1 font-display text-2xl font-bold">{s.value}</dd>
        </div>
      ))}
    </dl>
  );
}
