/** Entity identity: names to ids, edit distance and near-duplicate names. */
import { flat } from './intern';
/**
 * Identity of named entities (see "Names, identity and registries" in
 * docs/content-format.md): the id a name folds to, and a sub-quadratic search
 * for ids that look like the same entity.
 */

/** Letters that NFKD does not decompose into an ASCII base letter. */
const SPECIAL_LETTERS: Record<string, string> = {
  ø: 'o', Ø: 'O',
  æ: 'ae', Æ: 'AE',
  œ: 'oe', Œ: 'OE',
  ß: 'ss', ẞ: 'SS',
  đ: 'd', Đ: 'D',
  ð: 'd', Ð: 'D',
  ł: 'l', Ł: 'L',
  þ: 'th', Þ: 'TH',
  ı: 'i',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

/** The contract's id: fold to ASCII (strip diacritics via NFKD; also map ø→o, æ→ae, œ→oe, ß→ss, đ/ð→d, ł→l, þ→th, ı→i, and their capitals), lower case, runs of any other characters → '-', trimmed of leading/trailing '-'. "Matthieu Vaxivière" → "matthieu-vaxiviere"; "O'Ward" → "o-ward". */
export function toId(name: string): string {
  let id = idCache.get(name);
  if (id === undefined) {
    if (idCache.size >= ID_CACHE_SIZE) idCache.clear();
    id = computeId(name);
    // Keyed by a copy: the name is often a slice of a whole file's text, which the key would keep alive.
    idCache.set(flat(name), id);
  }
  return id;
}

/** Names repeat a lot across articles (the same drivers, teams, classes): remember the latest ids. */
const ID_CACHE_SIZE = 50_000;
const idCache = new Map<string, string>();

function computeId(name: string): string {
  return name
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Optimal-string-alignment (Damerau) distance: a transposition costs 1. */
export function editDistance(a: string, b: string, max?: number): number {
  const limit = max === undefined ? Number.POSITIVE_INFINITY : Math.max(0, max);
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return limit + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev2 = new Array<number>(m + 1).fill(0); // row i-2
  let prev = new Array<number>(m + 1); // row i-1
  let cur = new Array<number>(m + 1).fill(0); // row i
  for (let j = 0; j <= m; j++) prev[j] = j;
  let prevMin = 0;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Every later cell derives from this row or the one before it.
    if (rowMin > limit && prevMin > limit) return limit + 1;
    prevMin = rowMin;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  const result = prev[m]!;
  return result > limit ? limit + 1 : result;
}

export type NearDuplicate = { a: string; b: string; reason: 'spelling' | 'surname-initial'; distance: number };

export type NearDuplicateOptions = {
  /** Also apply the 'surname-initial' rule (for drivers). */
  people?: boolean;
  /** Pairs declared distinct by editors, in either order. */
  distinct?: ReadonlyArray<readonly [string, string]>;
  /** Incremented once per editDistance call, to check the search stays sub-quadratic. */
  stats?: { comparisons: number };
};

/** Every string obtainable from `id` by deleting up to `k` characters (including `id` itself). */
function deletionVariants(id: string, k: number): Set<string> {
  const out = new Set<string>([id]);
  let frontier: Set<string> = out;
  for (let round = 0; round < k; round++) {
    const next = new Set<string>();
    for (const s of frontier) {
      for (let i = 0; i < s.length; i++) {
        // Deleting any character of a run of equal characters gives the same string.
        if (i > 0 && s[i] === s[i - 1]) continue;
        const v = s.slice(0, i) + s.slice(i + 1);
        if (!out.has(v)) next.add(v);
      }
    }
    for (const v of next) out.add(v);
    frontier = next;
  }
  return out;
}

/** True when `shorter` is `longer` with exactly one character deleted. */
function isOneDeletion(longer: string, shorter: string): boolean {
  if (longer.length !== shorter.length + 1) return false;
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i++;
  return longer.slice(i + 1) === shorter.slice(i);
}

/**
 * Pairs of ids (already folded, e.g. "pipo-derani") that look like the same entity.
 * - 'spelling': OSA edit distance <= 1 when the shorter id has < 8 characters, <= 2 otherwise.
 *   Ids shorter than 4 characters only match an id that is them with one character
 *   inserted ("ab" ~ "abc", but not "abc" ~ "abd").
 * - 'surname-initial' (only when opts.people is true): same last '-'-separated token (surname)
 *   and same first letter of the first token, e.g. "b-keating" ~ "ben-keating".
 * A pair matching both rules is reported once, as 'spelling'. `distance` is always the OSA distance.
 * Pairs listed in `distinct` (either order) are skipped. Each pair once, a < b (code-unit order),
 * sorted by a then b. Duplicate and empty ids are ignored.
 */
export function findNearDuplicates(ids: readonly string[], opts: NearDuplicateOptions = {}): NearDuplicate[] {
  const list = [...new Set(ids)].filter((id) => id.length > 0).sort();
  const n = list.length;
  const stats = opts.stats;
  const distance = (a: string, b: string, max?: number): number => {
    if (stats) stats.comparisons++;
    return editDistance(a, b, max);
  };

  const distinct = new Set<string>();
  for (const [x, y] of opts.distinct ?? []) distinct.add(x < y ? `${x}\n${y}` : `${y}\n${x}`);
  const isDistinct = (i: number, j: number): boolean => distinct.has(`${list[i]}\n${list[j]}`);

  // Keyed by i * n + j (i < j, so list[i] < list[j]): numeric order is the output order.
  const found = new Map<number, NearDuplicate>();

  // Rule 1, spelling: a symmetric-deletion index. If two ids are within OSA distance d,
  // deleting at most d characters from each yields a common string, so they share a bucket.
  const index = new Map<string, number | number[]>();
  for (let i = 0; i < n; i++) {
    const id = list[i]!;
    for (const v of deletionVariants(id, id.length >= 8 ? 2 : 1)) {
      const bucket = index.get(v);
      if (bucket === undefined) index.set(v, i);
      else if (typeof bucket === 'number') index.set(v, [bucket, i]);
      else bucket.push(i);
    }
  }
  const checked = new Set<number>();
  for (const bucket of index.values()) {
    if (typeof bucket === 'number') continue;
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const i = bucket[x]!; // buckets are filled in index order, so i < j
        const j = bucket[y]!;
        const key = i * n + j;
        if (checked.has(key)) continue;
        checked.add(key);
        if (isDistinct(i, j)) continue;
        const a = list[i]!;
        const b = list[j]!;
        const shorter = a.length <= b.length ? a : b;
        const longer = shorter === a ? b : a;
        if (shorter.length < 4) {
          if (isOneDeletion(longer, shorter)) found.set(key, { a, b, reason: 'spelling', distance: 1 });
          continue;
        }
        const limit = shorter.length < 8 ? 1 : 2;
        if (longer.length - shorter.length > limit) continue;
        const d = distance(a, b, limit);
        if (d <= limit) found.set(key, { a, b, reason: 'spelling', distance: d });
      }
    }
  }

  // Rule 2, surname and initial: block on "<surname> <initial>".
  if (opts.people) {
    const groups = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const tokens = list[i]!.split('-').filter((t) => t !== '');
      if (tokens.length < 2) continue;
      const key = `${tokens[tokens.length - 1]!} ${tokens[0]![0]!}`;
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    }
    for (const group of groups.values()) {
      for (let x = 0; x < group.length; x++) {
        for (let y = x + 1; y < group.length; y++) {
          const i = group[x]!;
          const j = group[y]!;
          const key = i * n + j;
          if (found.has(key) || isDistinct(i, j)) continue;
          const a = list[i]!;
          const b = list[j]!;
          found.set(key, { a, b, reason: 'surname-initial', distance: distance(a, b) });
        }
      }
    }
  }

  return [...found.entries()].sort((p, q) => p[0] - q[0]).map(([, v]) => v);
}
