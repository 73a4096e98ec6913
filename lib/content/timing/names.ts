/**
 * Drivers' names as the timekeeper writes them, `First LAST`, in natural case for a name with no
 * registry entry: `Matthew MCMURRY` → `Matthew McMurry`, `Paul VAN SPLUNTEREN` → `Paul van Splunteren`,
 * `Alexander TALKANITSA JR` → `Alexander Talkanitsa Jr`.
 */

/** Particles written in lower case inside a surname (`van Splunteren`, `di Resta`, `de Leener`). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'do', 'du', 'la', 'le', 'ter', 'ten', 'zu', 'af', 'y']);
/** Suffixes and their written form. */
const SUFFIXES: Record<string, string> = { jr: 'Jr', 'jr.': 'Jr.', sr: 'Sr', 'sr.': 'Sr.', ii: 'II', iii: 'III', iv: 'IV' };

const hasLetter = (w: string) => /\p{L}/u.test(w);
/** A word in capitals: at least two letters, none lower case (`MCMURRY`, `KIMBER-SMITH`, `CRUBILÉ`). */
const isCapitals = (w: string) => hasLetter(w) && w === w.toUpperCase() && w !== w.toLowerCase() && (w.match(/\p{L}/gu)?.length ?? 0) >= 2;

/** `MCMURRY` → `McMurry`, `KIMBER-SMITH` → `Kimber-Smith`, `O'CONNELL` → `O'Connell`. */
function capitalize(word: string): string {
  const lower = word.toLowerCase();
  let out = lower.replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  out = out.replace(/^Mc(\p{L})/u, (_, c: string) => `Mc${c.toUpperCase()}`);
  return out;
}

/** A name in natural case: the words in capitals (the surname) re-cased, the rest kept as written. */
export function naturalName(written: string): string {
  const words = written.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return '';
  // Already in mixed case (no surname in capitals): keep it.
  const first = words.findIndex(isCapitals);
  if (first < 0) return words.join(' ');
  return words
    .map((w, i) => {
      if (i < first || !isCapitals(w)) return w;
      const lower = w.toLowerCase();
      if (SUFFIXES[lower] && i > first) return SUFFIXES[lower];
      if (PARTICLES.has(lower) && i < words.length - 1) return lower;
      return capitalize(w);
    })
    .join(' ');
}
