/** The link to a page's entity as data (`data.json`), under its title. */
export function DataLink({ data }: { data?: { href: string; label: string } }) {
  if (!data) return null;
  return (
    <p className="mt-1 text-sm">
      <a href={data.href} type="application/json" className="font-semibold text-brand-dark hover:underline">
        {data.label}
      </a>
    </p>
  );
}
