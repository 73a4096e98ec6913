/** An ISO 3166-1 alpha-2 code as the country's English name (flag emoji do not render everywhere). */
export function Country({ code }: { code: string }) {
  let name = code;
  try {
    name = new Intl.DisplayNames(['en'], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    // keep the code
  }
  return (
    <span>
      {name} <abbr className="text-xs text-muted no-underline" title={name}>({code.toUpperCase()})</abbr>
    </span>
  );
}
