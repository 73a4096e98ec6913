import Link from 'next/link';

export function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-8 flex flex-wrap items-center gap-1 text-sm">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} rel="prev" className="rounded border border-rule px-3 py-1 hover:border-brand">
          ← Previous
        </Link>
      )}
      {Array.from({ length: pages }, (_, i) => i + 1).map((n) =>
        n === page ? (
          <span key={n} aria-current="page" className="rounded bg-ink px-3 py-1 font-semibold text-white">
            {n}
          </span>
        ) : (
          <Link key={n} href={hrefFor(n)} className="rounded border border-rule px-3 py-1 hover:border-brand">
            {n}
          </Link>
        ),
      )}
      {page < pages && (
        <Link href={hrefFor(page + 1)} rel="next" className="rounded border border-rule px-3 py-1 hover:border-brand">
          Next →
        </Link>
      )}
    </nav>
  );
}
