import { describe, it, expect } from 'vitest';
import { editDistance, findNearDuplicates, toId, type NearDuplicate } from '@/lib/content/names';

describe('toId', () => {
  it.each([
    ['Matthieu Vaxivière', 'matthieu-vaxiviere'],
    ['Matthieu Vaxiviere', 'matthieu-vaxiviere'],
    ['Jörg Bergmeister', 'jorg-bergmeister'],
    ['Louis Delétraz', 'louis-deletraz'],
    ["Pato O'Ward", 'pato-o-ward'],
    ["O'Ward", 'o-ward'],
    ['O\u2019Ward', 'o-ward'],
    ['Nicolás Varrone', 'nicolas-varrone'],
    ['  Trailing  spaces ', 'trailing-spaces'],
    ['Kevin Magnussen', 'kevin-magnussen'],
    ['Nicki Thiim', 'nicki-thiim'],
    ['Christian Sørensen', 'christian-sorensen'],
    ['Søren ØSTERGAARD', 'soren-ostergaard'],
    ['Æsir Œuvre', 'aesir-oeuvre'],
    ['Marc Lieb Straße', 'marc-lieb-strasse'],
    ['Đorđe Ðokić', 'dorde-dokic'],
    ['Robert Kubica Łódź', 'robert-kubica-lodz'],
    ['Þór Þórsson', 'thor-thorsson'],
    ['Kenan Sofuoğlu Işık', 'kenan-sofuoglu-isik'],
    ['AF Corse', 'af-corse'],
    ['Team WRT #31', 'team-wrt-31'],
    ['Aston Martin Racing — AMR', 'aston-martin-racing-amr'],
    ['Jean-Éric Vergne', 'jean-eric-vergne'],
    ['!!!', ''],
  ])('%s → %s', (name, id) => {
    expect(toId(name)).toBe(id);
  });
});

describe('editDistance', () => {
  it('computes optimal-string-alignment distance', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', 'ab')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('pipo-dirani', 'pipo-derani')).toBe(1);
    expect(editDistance('duquiene', 'duqueine')).toBe(1); // one transposition
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('ca', 'abc')).toBe(3); // OSA, not unrestricted Damerau (which gives 2)
    expect(editDistance('connor-de-philippi', 'connor-de-phillippi')).toBe(1);
  });
  it('stops early above max and returns max + 1', () => {
    expect(editDistance('sebastien-buemi', 'sebastien-bourdais', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
    expect(editDistance('abcd', 'abdc', 1)).toBe(1);
    expect(editDistance('abcd', 'abcd', 0)).toBe(0);
  });
});

function pairs(list: NearDuplicate[]): string[] {
  return list.map((p) => `${p.a} ~ ${p.b}`);
}

describe('findNearDuplicates', () => {
  it('finds spelling variants', () => {
    const result = findNearDuplicates([
      'pipo-derani',
      'pipo-dirani',
      'connor-de-phillippi',
      'connor-de-philippi',
      'duqueine-engineering',
      'duquiene-engineering',
      'united-autosports',
      'united-autosport',
      'sebastien-buemi',
      'sebastien-bourdais',
    ]);
    expect(result).toEqual([
      { a: 'connor-de-philippi', b: 'connor-de-phillippi', reason: 'spelling', distance: 1 },
      { a: 'duqueine-engineering', b: 'duquiene-engineering', reason: 'spelling', distance: 1 },
      { a: 'pipo-derani', b: 'pipo-dirani', reason: 'spelling', distance: 1 },
      { a: 'united-autosport', b: 'united-autosports', reason: 'spelling', distance: 1 },
    ]);
  });

  it('does not pair sebastien-buemi with sebastien-bourdais, even for people', () => {
    expect(findNearDuplicates(['sebastien-buemi', 'sebastien-bourdais'], { people: true })).toEqual([]);
  });

  it('allows distance 2 only when the shorter id has at least 8 characters', () => {
    expect(pairs(findNearDuplicates(['alex-lynn', 'alex-lyon']))).toEqual(['alex-lynn ~ alex-lyon']);
    expect(findNearDuplicates(['alex-lynn', 'alex-lynnxy'])).toEqual([
      { a: 'alex-lynn', b: 'alex-lynnxy', reason: 'spelling', distance: 2 },
    ]);
    expect(findNearDuplicates(['abcdefgh', 'abcdefghij'])).toHaveLength(1);
    expect(findNearDuplicates(['abcdefg', 'abcdefgij'])).toEqual([]); // shorter has 7: limit 1
    expect(findNearDuplicates(['abcdefg', 'abcdefgi'])).toHaveLength(1);
    expect(findNearDuplicates(['abcdefgh', 'abcdefghijk'])).toEqual([]); // distance 3
    expect(findNearDuplicates(['corvette', 'cadillac'])).toEqual([]);
  });

  it('matches ids under 4 characters only by one deleted character', () => {
    expect(pairs(findNearDuplicates(['wrt', 'wr']))).toEqual(['wr ~ wrt']);
    expect(pairs(findNearDuplicates(['ags', 'agsx']))).toEqual(['ags ~ agsx']);
    expect(findNearDuplicates(['tdr', 'tds'])).toEqual([]);
    expect(findNearDuplicates(['abc', 'bac'])).toEqual([]);
    expect(findNearDuplicates(['ags', 'agsxy'])).toEqual([]);
  });

  it('finds same surname and initial for people only', () => {
    const ids = ['b-keating', 'benjamin-keating', 'jorg-bergmeister', 'joerg-bergmeister', 'kamui-kobayashi'];
    expect(findNearDuplicates(ids, { people: true })).toEqual([
      { a: 'b-keating', b: 'benjamin-keating', reason: 'surname-initial', distance: 7 },
      // Both rules hold: reported once, as spelling.
      { a: 'joerg-bergmeister', b: 'jorg-bergmeister', reason: 'spelling', distance: 1 },
    ]);
    // Without people only the spelling rule applies.
    expect(pairs(findNearDuplicates(ids))).toEqual(['joerg-bergmeister ~ jorg-bergmeister']);
    // b-keating ~ ben-keating is within distance 2 of 9+ characters: spelling either way.
    expect(findNearDuplicates(['b-keating', 'ben-keating'])).toEqual([
      { a: 'b-keating', b: 'ben-keating', reason: 'spelling', distance: 2 },
    ]);
    // Different initial or different surname: no match.
    expect(findNearDuplicates(['ben-keating', 'tom-keating', 'ben-barnicoat'], { people: true })).toEqual([]);
    // A single-token id has no first name to compare.
    expect(findNearDuplicates(['keating', 'k-keating'], { people: true })).toEqual([]);
  });

  it('uses the last token as the surname', () => {
    expect(pairs(findNearDuplicates(['c-de-phillippi', 'connor-de-phillippi'], { people: true }))).toEqual([
      'c-de-phillippi ~ connor-de-phillippi',
    ]);
  });

  it('skips pairs declared distinct, in either order', () => {
    const ids = ['pipo-derani', 'pipo-dirani', 'united-autosports', 'united-autosport', 'b-keating', 'ben-keating'];
    const result = findNearDuplicates(ids, {
      people: true,
      distinct: [
        ['pipo-dirani', 'pipo-derani'],
        ['united-autosport', 'united-autosports'],
      ],
    });
    expect(pairs(result)).toEqual(['b-keating ~ ben-keating']);
    expect(
      findNearDuplicates(ids, {
        people: true,
        distinct: [
          ['ben-keating', 'b-keating'],
          ['pipo-derani', 'pipo-dirani'],
          ['united-autosports', 'united-autosport'],
        ],
      }),
    ).toEqual([]);
  });

  it('reports each pair once, a < b, sorted by a then b, ignoring duplicate ids', () => {
    const result = findNearDuplicates(
      ['united-autosports', 'pipo-dirani', 'united-autosport', 'pipo-derani', 'pipo-derani', 'united-autosportz'],
      { people: true },
    );
    expect(pairs(result)).toEqual([
      'pipo-derani ~ pipo-dirani',
      'united-autosport ~ united-autosports',
      'united-autosport ~ united-autosportz',
      'united-autosports ~ united-autosportz',
    ]);
    for (const p of result) expect(p.a < p.b).toBe(true);
  });

  it('returns nothing for no ids or a single id', () => {
    expect(findNearDuplicates([])).toEqual([]);
    expect(findNearDuplicates(['pipo-derani'], { people: true })).toEqual([]);
  });

  it('stays sub-quadratic on 10,000 ids', () => {
    // Deterministic pseudo-random, name-like, distinct ids.
    let seed = 0x2f6b9a1d;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed % n;
    };
    const syllables = ['ka', 'mu', 'ri', 'to', 'sen', 'bra', 'lo', 'vin', 'de', 'gar', 'nel', 'pi', 'zu', 'ch', 'an',
      'es', 'or', 'ul', 'ber', 'fi', 'ster', 'wa', 'jo', 'hei', 'qu', 'yo', 'mar', 'tin', 'el', 'is'];
    const word = (min: number, max: number): string => {
      let w = '';
      const count = min + rand(max - min + 1);
      for (let i = 0; i < count; i++) w += syllables[rand(syllables.length)];
      return w;
    };
    const set = new Set<string>();
    while (set.size < 10_000) set.add(`${word(2, 3)}-${word(2, 4)}`);
    // Plant known near-duplicates among them.
    const planted = ['pipo-derani', 'pipo-dirani', 'b-keating', 'ben-keating'];
    const ids = [...set, ...planted];
    const stats = { comparisons: 0 };
    const result = findNearDuplicates(ids, { people: true, stats });
    expect(stats.comparisons).toBeGreaterThan(0);
    expect(stats.comparisons).toBeLessThan(50 * ids.length);
    const found = new Set(pairs(result));
    expect(found.has('pipo-derani ~ pipo-dirani')).toBe(true);
    expect(found.has('b-keating ~ ben-keating')).toBe(true);
    // Every reported pair really satisfies a rule.
    for (const p of result) {
      if (p.reason === 'spelling') {
        expect(p.distance).toBeLessThanOrEqual(Math.min(p.a.length, p.b.length) < 8 ? 1 : 2);
      } else {
        expect(p.a.split('-').at(-1)).toBe(p.b.split('-').at(-1));
        expect(p.a[0]).toBe(p.b[0]);
      }
      expect(editDistance(p.a, p.b)).toBe(p.distance);
    }
  });

  it('finds exactly the pairs a brute-force search finds', () => {
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const letters = 'abcde-';
    const set = new Set<string>();
    while (set.size < 400) {
      let s = '';
      const len = 2 + rand(9);
      for (let i = 0; i < len; i++) s += letters[rand(letters.length)];
      set.add(s);
    }
    const ids = [...set].map((s) => s.replace(/^-+|-+$/g, '').replace(/-+/g, '-')).filter((s) => s !== '');
    const unique = [...new Set(ids)].sort();
    const expected: string[] = [];
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const a = unique[i]!;
        const b = unique[j]!;
        const shorter = Math.min(a.length, b.length);
        const d = editDistance(a, b);
        let spelling: boolean;
        if (shorter < 4) {
          const [s, l] = a.length < b.length ? [a, b] : [b, a];
          spelling = l.length === s.length + 1 && d === 1;
        } else {
          spelling = d <= (shorter < 8 ? 1 : 2);
        }
        const ta = a.split('-');
        const tb = b.split('-');
        const surname = ta.length > 1 && tb.length > 1 && ta.at(-1) === tb.at(-1) && ta[0]![0] === tb[0]![0];
        if (spelling) expected.push(`${a} ~ ${b} spelling ${d}`);
        else if (surname) expected.push(`${a} ~ ${b} surname-initial ${d}`);
      }
    }
    const actual = findNearDuplicates(ids, { people: true }).map((p) => `${p.a} ~ ${p.b} ${p.reason} ${p.distance}`);
    expect(actual).toEqual(expected);
    expect(expected.length).toBeGreaterThan(10);
  });
});
