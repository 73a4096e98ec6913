/** "Label  value" lines under a page title (series, circuit, lap length…); a value with an href is a link. */
export function FactList({ facts }: { facts: readonly { label: string; value: string; href?: string }[] }) {
  if (facts.length === 0) return null;
  return (
    <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
      {facts.map((f) => (
        <div key={f.label} className="contents">
          <dt className="font-semibold">{f.label}</dt>
          <dd>
            {f.href ? (
              <a href={f.href} className="hover:text-brand hover:underline">
                {f.value}
              </a>
            ) : (
              f.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
