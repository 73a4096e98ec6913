import type { Crumb } from '@/lib/view/props/breadcrumbs';


export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-xs font-semibold uppercase tracking-wide text-muted">
      <ol className="flex flex-wrap items-center gap-x-1.5">
        {items.map((c, i) => (
          <li key={i} className="flex items-center gap-x-1.5">
            {i > 0 && <span aria-hidden="true">›</span>}
            {c.href ? (
              <a href={c.href} className="inline-flex min-h-6 items-center hover:text-brand">
                {c.label}
              </a>
            ) : (
              <span aria-current="page" className="inline-flex min-h-6 items-center">{c.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
