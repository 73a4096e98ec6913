/** A pager: previous, a window of page numbers around the current one, next. */
export function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-8 flex flex-wrap items-center gap-1 text-sm">
      {page > 1 && (
        <a href={hrefFor(page - 1)} rel="prev" className="rounded border border-rule px-3 py-1 hover:border-brand">
          ← Previous
        </a>
      )}
      {pageWindow(page, pages).map((n, i) =>
        n === null ? (
          <span key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
            …
          </span>
        ) : n === page ? (
          <span key={n} aria-current="page" className="rounded bg-ink px-3 py-1 font-semibold text-paper">
            {n}
          </span>
        ) : (
          <a key={n} href={hrefFor(n)} className="rounded border border-rule px-3 py-1 hover:border-brand">
            {n}
          </a>
        ),
      )}
      {page < pages && (
        <a href={hrefFor(page + 1)} rel="next" className="rounded border border-rule px-3 py-1 hover:border-brand">
          Next →
        </a>
      )}
    </nav>
  );
}

/**
 * The page numbers a pager shows: the first, the last, and two either side of the current page, with
 * `null` for each gap, so the pager stays short however many pages there are.
 */
export function pageWindow(page: number, pages: number, radius = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= radius) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
    if (n > 1 && n < page - radius) n = page - radius - 1;
    else if (n > page + radius && n < pages) n = pages - 1;
  }
  return out;
}
