/** An ISO 3166-1 alpha-2 code as the country's English name ("GB" → "United Kingdom"); the code if unknown. */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
