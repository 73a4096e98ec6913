
export interface Chip {
  href?: string;
  label: string;
  count?: number;
}

/** A titled list of linked entities, optionally with counts; an article lists a hundred or more, styled by `.chip` in app/globals.css. */
export function EntityChips({ title, items, countLabel }: { title: string; items: readonly Chip[]; countLabel?: string }) {
  if (items.length === 0) return null;
  return (
    <section className="mb-6">
      <h2 className="mb-2 font-display text-lg font-bold uppercase">{title}</h2>
      <ul className="flex flex-wrap gap-1.5 text-sm">
        {items.map((c) => (
          <li key={`${c.href ?? ''}${c.label}`}>
            {c.href ? (
              <a href={c.href} className="chip">
                {c.label}
                {c.count !== undefined && (
                  <span className="count" title={countLabel}>
                    {c.count}
                  </span>
                )}
              </a>
            ) : (
              <span className="chip plain">
                {c.label}
                {c.count !== undefined && <span className="count">{c.count}</span>}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
