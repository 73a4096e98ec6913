/** An ISO 3166-1 alpha-2 code as the country's English name (flag emoji do not render everywhere). */
export function Country({ code, name }: { code: string; name: string }) {
  return (
    <span>
      {name} <abbr className="text-xs text-muted no-underline" title={name}>({code.toUpperCase()})</abbr>
    </span>
  );
}
