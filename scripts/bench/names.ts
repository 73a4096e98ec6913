import { findNearDuplicates, toId } from '../../lib/content/names';
import type { Random } from './random';

/**
 * Synthetic names that the content check accepts: the check reports ids within OSA distance 2 (1 under
 * 8 characters) and drivers sharing surname + first initial as likely duplicates, which are errors.
 * Names are built from syllables (with diacritics, so ids exercise the folding) and then filtered with
 * the check's own `findNearDuplicates`, keeping the first of every clashing pair, until enough remain.
 */

const FIRST_NAMES = [
  'Sébastien', 'Jörg', 'Søren', 'Łukasz', 'François', 'Nicolás', 'Kévin', 'José', 'André', 'Frédéric',
  'Mikaël', 'Zoë', 'Timo', 'Kamui', 'Ayumu', 'Charles', 'Dries', 'Émilie', 'Gaëtan', 'Hervé',
  'Inês', 'Jiří', 'Kristoffer', 'Lilou', 'Maël', 'Oliver', 'Pietro', 'Raúl', 'Renée', 'Sven',
  'Tomáš', 'Ugo', 'Valtteri', 'Wout', 'Xavier', 'Yannick', 'Zdeněk', 'Ana', 'Bruno', 'Côme',
  'Dörte', 'Esteban', 'Fabián', 'Gunnar', 'Håkon', 'Ignazio', 'Joaquín', 'Laurens',
];

const SYLLABLES = [
  'ba', 'ce', 'di', 'fo', 'gu', 'ha', 'je', 'ki', 'lo', 'mu', 'na', 'pe', 'ri', 'so', 'tu', 'va',
  'we', 'xi', 'zo', 'bré', 'cö', 'dà', 'fø', 'gü', 'hé', 'kå', 'lö', 'mä', 'ñi', 'rø', 'sé', 'tô',
  'vìl', 'dor', 'kan', 'mer', 'tis', 'wal', 'gor', 'pen',
];

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function word(rng: Random, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += rng.pick(SYLLABLES);
  return capitalize(w);
}

/**
 * `count` names from `make`, pairwise far apart under the check's rules (`people` adds the
 * surname-and-initial rule). Deterministic for a given rng state.
 */
export function distinctNames(rng: Random, count: number, make: (rng: Random) => string, people: boolean): string[] {
  let names: string[] = [];
  const seen = new Set<string>();
  for (let round = 0; names.length < count && round < 50; round++) {
    const need = Math.ceil((count - names.length) * 1.3) + 10;
    for (let i = 0; i < need; i++) {
      const name = make(rng);
      const id = toId(name);
      if (!id || seen.has(id)) continue;
      seen.add(id);
      names.push(name);
    }
    const ids = names.map(toId);
    const order = new Map(ids.map((id, i) => [id, i]));
    const drop = new Set<number>();
    for (const pair of findNearDuplicates(ids, { people })) {
      const a = order.get(pair.a)!;
      const b = order.get(pair.b)!;
      // Keep the earlier name unless it is already dropped.
      if (drop.has(Math.min(a, b))) continue;
      drop.add(Math.max(a, b));
    }
    names = names.filter((_, i) => !drop.has(i));
  }
  if (names.length < count) throw new Error(`could only make ${names.length} of ${count} distinct names`);
  return names.slice(0, count);
}

export function driverNames(rng: Random, count: number): string[] {
  return distinctNames(rng, count, (r) => `${r.pick(FIRST_NAMES)} ${word(r, r.int(3, 4))}`, true);
}

const TEAM_SUFFIXES = ['Racing', 'Motorsport', 'Competition', 'Engineering', 'Autosport', 'Racing Team', 'Corse'];

export function teamNames(rng: Random, count: number): string[] {
  return distinctNames(rng, count, (r) => `${word(r, r.int(2, 3))} ${r.pick(TEAM_SUFFIXES)}`, false);
}

export function placeNames(rng: Random, count: number): string[] {
  return distinctNames(rng, count, (r) => word(r, 3), false);
}

export function seriesNames(rng: Random, count: number): string[] {
  const kinds = ['Endurance Championship', 'Endurance Series', 'Sportscar Championship', 'Le Mans Cup', 'GT Endurance Cup'];
  return distinctNames(rng, count, (r) => `${word(r, 2)} ${r.pick(kinds)}`, false);
}
