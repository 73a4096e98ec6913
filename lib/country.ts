/** An ISO 3166-1 alpha-2 code as the country's English name ("GB" → "United Kingdom"); the code if unknown. */
let names: Intl.DisplayNames | undefined;
const known = new Map<string, string>();

export function countryName(code: string): string {
  let name = known.get(code);
  if (name !== undefined) return name;
  try {
    // One formatter for the process: making one costs about as much as a search document of a driver.
    names ??= new Intl.DisplayNames(['en'], { type: 'region' });
    name = names.of(code.toUpperCase()) ?? code;
  } catch {
    name = code;
  }
  known.set(code, name);
  return name;
}
