import Link from 'next/link';

export interface Chip {
  href?: string;
  label: string;
  count?: number;
}

/** A titled list of linked entities, optionally with counts. */
export function EntityChips({ title, items, countLabel }: { title: string; items: readonly Chip[]; countLabel?: string }) {
  if (items.length === 0) return null;
  return (
    <section className="mb-6">
      <h2 className="mb-2 font-display text-lg font-bold uppercase">{title}</h2>
      <ul className="flex flex-wrap gap-1.5 text-sm">
        {items.map((c) => (
          <li key={`${c.href ?? ''}${c.label}`}>
            {c.href ? (
              <Link href={c.href} className="inline-flex items-center gap-1.5 rounded-full border border-rule bg-white px-3 py-1 hover:border-brand hover:text-brand">
                {c.label}
                {c.count !== undefined && (
                  <span className="tabular rounded-full bg-panel px-1.5 text-xs text-muted" title={countLabel}>
                    {c.count}
                  </span>
                )}
              </Link>
            ) : (
              <span className="inline-flex items-center gap-1.5 rounded-full border border-rule bg-panel px-3 py-1">
                {c.label}
                {c.count !== undefined && <span className="tabular text-xs text-muted">{c.count}</span>}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
