/** The link to a page's data file (an entity's `data.json`, a session's `laps.csv`), under its title. */
export function DataLink({ data, type = 'application/json' }: { data?: { href: string; label: string }; type?: string }) {
  if (!data) return null;
  return (
    <p className="mt-1 text-sm">
      <a href={data.href} type={type} className="font-semibold text-brand-dark hover:underline">
        {data.label}
      </a>
    </p>
  );
}
