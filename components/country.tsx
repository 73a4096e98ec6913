/** An ISO 3166-1 alpha-2 code as a flag and the country's English name. */
export function Country({ code }: { code: string }) {
  const flag = String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
  let name = code;
  try {
    name = new Intl.DisplayNames(['en'], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    // keep the code
  }
  return (
    <span>
      <span aria-hidden="true">{flag}</span> {name}
    </span>
  );
}
