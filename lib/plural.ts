/** "1 report", "2 reports", "3 entries", "2 series". */
export function plural(n: number, word: string): string {
  if (n === 1 || word.endsWith('series')) return `${n} ${word}`;
  return `${n} ${/[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`}`;
}
