import { describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/check/build-content';
import { type RawArticle, type RawRegistryDocument } from '@/lib/content';
import { buildGraph } from '@/lib/graph/build';
import { pageWindow } from '@/components/pagination';
import { plural } from '@/lib/plural';
import { classLeaders, driverProfile, relatedArticles, surname, surnameKey, teamProfile } from '@/lib/graph/queries';

function article(slug: string, date: string, data: Record<string, unknown>): RawArticle {
  return {
    file: `content/articles/${slug}.mdx`,
    slug,
    bodyRaw: 'Body text of the report.',
    bodyCode: '',
    data: { title: `Report ${slug}`, description: 'A description that is long enough to pass the fifty character minimum.', date, ...data },
  };
}

function registry(kind: RawRegistryDocument['kind'], id: string, data: Record<string, unknown>): RawRegistryDocument {
  return { kind, id, file: `content/${kind}/${id}.yaml`, data };
}

const lemans = { name: 'Le Mans 24 Hours', series: 'WEC', circuit: 'Circuit de la Sarthe' };

const articles = [
  article('q1', '2017-06-14', {
    event: lemans,
    results: [
      {
        session: 'Qualifying 1',
        type: 'qualifying',
        classes: [
          {
            class: 'LMP1',
            entries: [
              { pos: 1, number: '7', team: 'Toyota', car: 'Toyota TS050 Hybrid', drivers: ['Kamui Kobayashi', 'Mike Conway'], time: '3m 19.793s' },
              { pos: 2, number: '8', team: 'Toyota Gazoo Racing', drivers: ['Sébastien Buemi'], gap: '+0.5' },
            ],
          },
          { class: 'GTE Pro', entries: [{ pos: 1, number: '95', team: 'Aston Martin Racing', drivers: ['Marco Sørensen'] }] },
        ],
      },
    ],
  }),
  article('race', '2019-06-16', {
    event: { name: '24 Hours of Le Mans' },
    results: [
      {
        session: 'Race',
        type: 'race',
        at: 'after 22 hours',
        classes: [
          {
            class: 'LMP1',
            entries: [
              { pos: 1, number: '7', team: 'Toyota Gazoo Racing', drivers: ['Kamui Kobayashi', 'Mike Conway', 'José María López'] },
              { pos: 2, number: '8', team: 'Toyota Gazoo Racing', drivers: ['Sebastien Buemi'], gap: '+2m10s' },
            ],
          },
        ],
      },
    ],
  }),
  article('daytona', '2024-01-22', {
    event: { name: 'Rolex 24', year: 2024 },
    results: [{ session: 'Qualifying', type: 'qualifying', classes: [{ class: 'GTP', entries: [{ pos: 1, number: '31', drivers: ['Pipo Dirani'] }] }] }],
  }),
];

const registries = [
  registry('events', '24-hours-of-le-mans', { name: '24 Hours of Le Mans', aliases: ['Le Mans 24 Hours'], series: 'FIA World Endurance Championship', circuit: 'Circuit de la Sarthe' }),
  registry('events', '24-hours-of-daytona', { name: '24 Hours of Daytona', aliases: ['Rolex 24'] }),
  registry('series', 'fia-world-endurance-championship', { name: 'FIA World Endurance Championship', aliases: ['WEC'], shortName: 'WEC' }),
  registry('teams', 'toyota-gazoo-racing', { name: 'Toyota Gazoo Racing', aliases: ['Toyota'], country: 'JP' }),
  registry('drivers', 'pipo-derani', { name: 'Pipo Derani', aliases: ['Pipo Dirani'], nationality: 'BR' }),
  registry('drivers', 'marco-sorensen', { name: 'Marco Sørensen', nationality: 'DK' }),
];

function graph() {
  const { content, problems } = buildContent(articles, registries);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return buildGraph(content);
}

describe('the entity graph', () => {
  it('resolves aliases and spellings to one entity each', () => {
    const g = graph();
    expect([...g.teams.keys()].sort()).toEqual(['aston-martin-racing', 'toyota-gazoo-racing']);
    expect(g.teams.get('toyota-gazoo-racing')).toMatchObject({ name: 'Toyota Gazoo Racing', country: 'JP', registered: true });
    expect(g.teams.get('toyota-gazoo-racing')!.aliases).toContain('Toyota');
    // "Sébastien" and "Sebastien" fold to one id; the unregistered driver is named by the first, most used spelling.
    expect(g.drivers.get('sebastien-buemi')!.name).toBe('Sébastien Buemi');
    expect(g.drivers.get('pipo-derani')).toMatchObject({ name: 'Pipo Derani', registered: true });
    expect(g.drivers.has('pipo-dirani')).toBe(false);
    expect(g.drivers.get('marco-sorensen')!.name).toBe('Marco Sørensen');
    expect(g.drivers.size).toBe(6);
  });

  it('counts every appearance (driver × entry) and co-driver pairs', () => {
    const g = graph();
    expect(g.entries).toHaveLength(6);
    expect(g.entriesBy.drivers.get('kamui-kobayashi')).toHaveLength(2);
    expect(g.entriesBy.teams.get('toyota-gazoo-racing')).toHaveLength(4);
    expect(driverProfile(g, 'kamui-kobayashi').coDrivers).toEqual([
      { id: 'mike-conway', count: 2 },
      { id: 'jose-maria-lopez', count: 1 },
    ]);
    expect(driverProfile(g, 'sebastien-buemi').coDrivers).toEqual([]);
  });

  it('keeps reverse indexes newest first and groups editions by year', () => {
    const g = graph();
    expect(g.articles.map((a) => a.slug)).toEqual(['daytona', 'race', 'q1']);
    expect(g.articlesBy.drivers.get('kamui-kobayashi')).toEqual(['race', 'q1']);
    expect(g.articlesBy.events.get('24-hours-of-le-mans')).toEqual(['race', 'q1']);
    const lm = g.events.get('24-hours-of-le-mans')!;
    expect(lm.editions.map((e) => [e.year, e.articles])).toEqual([[2019, ['race']], [2017, ['q1']]]);
    // The 2019 article names no series or circuit: the event's registry entry supplies them.
    expect(lm.editions[0]).toMatchObject({ seriesId: 'fia-world-endurance-championship', circuitId: 'circuit-de-la-sarthe' });
    expect(g.editionsBy.series.get('fia-world-endurance-championship')!.map((e) => e.year)).toEqual([2019, 2017]);
    expect(g.events.get('24-hours-of-daytona')!.editions.map((e) => e.year)).toEqual([2024]);
  });

  it('profiles a driver and a team', () => {
    const g = graph();
    const kobayashi = driverProfile(g, 'kamui-kobayashi');
    expect(kobayashi.teams).toEqual([{ id: 'toyota-gazoo-racing', count: 2 }]);
    // q1 is a final qualifying in this fixture; the 2019 race is a standing after 22 hours, which is no result.
    expect(kobayashi.best.qualifying).toMatchObject({ article: 'q1', pos: 1, classId: 'lmp1' });
    expect(kobayashi.best.race).toBeUndefined();
    expect(kobayashi.stats).toMatchObject({ starts: 0, classWins: 0, podiums: 0, poles: 1 });
    const toyota = teamProfile(g, 'toyota-gazoo-racing');
    expect(toyota.drivers.map((d) => d.id)).toEqual(['kamui-kobayashi', 'mike-conway', 'sebastien-buemi', 'jose-maria-lopez']);
    expect(toyota.cars).toEqual([{ id: 'toyota-ts050-hybrid', count: 1 }]);
  });

  it('ranks related articles by the number of shared entities', () => {
    const g = graph();
    expect(relatedArticles(g, 'q1').map((r) => [r.article.slug, r.shared])).toEqual([['race', 7]]); // 3 drivers, the team, event, series and circuit
    expect(relatedArticles(g, 'daytona')).toEqual([]);
  });

  it('finds the leader of each class', () => {
    const g = graph();
    const leaders = classLeaders(g.articleBySlug.get('q1')!);
    expect(leaders.map((l) => [l.className, l.entry.number])).toEqual([['LMP1', '7'], ['LMGTE Pro', '95']]);
  });

  it('sorts people by surname, particles included', () => {
    expect(surnameKey('Connor De Phillippi')).toBe('de phillippi connor');
    expect(surnameKey('Larry ten Voorde')).toBe('ten voorde larry');
    expect(surnameKey('Matthieu Vaxivière')).toBe('vaxiviere matthieu');
    expect(surname('Paul Dalla Lana')).toBe('Dalla Lana');
    expect(surname('Kamui Kobayashi')).toBe('Kobayashi');
    expect(surname('Kévin Estre')).toBe('Estre');
  });
});

describe('content problems', () => {
  it('reports a likely duplicate with the fix', () => {
    const withTypo = [...articles, article('typo', '2024-01-23', { results: [{ session: 'Race', type: 'race', classes: [{ class: 'GTP', entries: [{ number: '31', drivers: ['Pipo Deranni'] }] }] }] })];
    const { problems } = buildContent(withTypo, registries);
    const dup = problems.find((p) => p.message.includes('looks like the same driver'));
    expect(dup).toMatchObject({ file: 'content/articles/typo.mdx', path: 'results[0].classes[0].entries[0].drivers[0]', severity: 'error' });
    expect(dup!.hint).toContain('add "Pipo Deranni" to aliases in content/drivers/pipo-derani.yaml');
    expect(dup!.hint).toContain('distinct: [pipo-deranni]');
  });

  it('accepts a declared distinct pair', () => {
    const regs = [...registries, registry('drivers', 'pipo-deranni', { name: 'Pipo Deranni', distinct: ['pipo-derani'] })];
    const withOther = [...articles, article('other', '2024-01-23', { results: [{ session: 'Race', type: 'race', classes: [{ class: 'GTP', entries: [{ number: '2', drivers: ['Pipo Deranni'] }] }] }] })];
    const { problems } = buildContent(withOther, regs);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('rejects an alias that names two entities', () => {
    const regs = [...registries, registry('teams', 'toyota-racing', { name: 'Toyota Racing', aliases: ['Toyota'], distinct: ['toyota-gazoo-racing'] })];
    const { problems } = buildContent(articles, regs);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/teams/toyota-racing.yaml', path: 'aliases[0]', message: expect.stringContaining('"Toyota" already names the team toyota-gazoo-racing') }),
    );
  });
});

describe('wording', () => {
  it('pluralises the nouns the pages count', () => {
    expect(plural(1, 'entry')).toBe('1 entry');
    expect(plural(10, 'entry')).toBe('10 entries');
    expect(plural(2, 'report')).toBe('2 reports');
    expect(plural(2, 'series')).toBe('2 series');
    expect(plural(0, 'appearance')).toBe('0 appearances');
  });
});

describe('pagination', () => {
  it('shows the first, the last and two pages either side of the current one', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, null, 5]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(50, 100)).toEqual([1, null, 48, 49, 50, 51, 52, null, 100]);
    expect(pageWindow(100, 100)).toEqual([1, null, 98, 99, 100]);
  });
});
