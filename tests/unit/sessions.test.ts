import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkContentParallel, checkFiles } from '@/lib/check/content-check';
import { buildContent } from '@/lib/check/build-content';
import { type RawArticle } from '@/lib/content';
import { formatProblem } from '@/lib/content/problems';
import { parseContent, type ContentFile } from '@/lib/content/read-files';
import { buildGraph } from '@/lib/graph/build';
import { statsOf } from '@/lib/graph/stats';
import { rawArticle, readTree } from '../fixtures/corpus';

/**
 * The contract's "Sessions and what counts", rule by rule: what is one session, and what counts as a
 * start, a class win, a podium, a pole and a DNF.
 */
type Entry = Record<string, unknown>;
type SessionData = { session: string; type: string; at?: string; provisional?: boolean; id?: string; classes: { class: string; entries: Entry[] }[] };

function article(slug: string, results: SessionData[], opts: { date?: string; lang?: string; event?: string | null } = {}): RawArticle {
  return rawArticle(slug, {
    date: opts.date ?? '2023-06-11',
    lang: opts.lang ?? 'en',
    ...(opts.event === null ? {} : { event: { name: opts.event ?? '24 Hours of Le Mans' } }),
    results,
  });
}

const car = (pos: number | undefined, number: string, driver: string, extra: Entry = {}): Entry => ({
  ...(pos === undefined ? {} : { pos }),
  number,
  team: `Scuderia ${driver}`,
  car: 'Ferrari 499P',
  drivers: [driver],
  ...extra,
});
const session = (name: string, type: string, entries: Entry[], extra: Partial<SessionData> = {}): SessionData => ({
  session: name,
  type,
  ...extra,
  classes: [{ class: 'Hypercar', entries }],
});

function graphOf(...articles: RawArticle[]) {
  const { content, problems } = buildContent(articles, []);
  expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  return buildGraph(content);
}
const driver = (g: ReturnType<typeof graphOf>, id: string) => {
  const s = statsOf(g.stats, 'drivers', id);
  return { starts: s.starts, classWins: s.classWins, podiums: s.podiums, poles: s.poles, dnfs: s.dnfs };
};

describe('what counts', () => {
  it('a P1 in practice is no win and no pole', () => {
    const g = graphOf(article('fp', [session('Free Practice 1', 'practice', [car(1, '51', 'Alessandro Pier Guidi')])]));
    expect(driver(g, 'alessandro-pier-guidi')).toEqual({ starts: 0, classWins: 0, podiums: 0, poles: 0, dnfs: 0 });
  });

  it('a standing is no win and no start', () => {
    const g = graphOf(article('h22', [session('Race', 'race', [car(1, '7', 'Mike Conway')], { at: 'after 22 hours' })]));
    expect(driver(g, 'mike-conway')).toEqual({ starts: 0, classWins: 0, podiums: 0, poles: 0, dnfs: 0 });
    const [node] = g.sessions.all;
    expect(node).toMatchObject({ counted: false, at: 'after 22 hours', slug: 'race-after-22-hours' });
  });

  it('a provisional P1 is no pole; the final qualifying P1 is', () => {
    const g = graphOf(
      article('q', [
        session('Qualifying 1', 'qualifying', [car(1, '7', 'Kamui Kobayashi'), car(2, '8', 'Sebastien Buemi')], { provisional: true }),
        session('Hyperpole', 'qualifying', [car(1, '8', 'Sebastien Buemi'), car(2, '7', 'Kamui Kobayashi')]),
      ]),
    );
    expect(driver(g, 'kamui-kobayashi').poles).toBe(0);
    expect(driver(g, 'sebastien-buemi').poles).toBe(1);
  });

  it('a DSQ is a start and no win, nor a podium', () => {
    const g = graphOf(article('r', [session('Race', 'race', [car(1, '2', 'Earl Bamber', { status: 'DSQ' }), car(2, '3', 'Alex Lynn')])]));
    expect(driver(g, 'earl-bamber')).toEqual({ starts: 1, classWins: 0, podiums: 0, poles: 0, dnfs: 0 });
    expect(driver(g, 'alex-lynn')).toEqual({ starts: 1, classWins: 0, podiums: 1, poles: 0, dnfs: 0 });
  });

  it('a DNS is no start; a DNF is a start and a DNF', () => {
    const g = graphOf(
      article('r', [session('Race', 'race', [car(1, '50', 'Antonio Fuoco'), car(undefined, '83', 'Robert Kubica', { status: 'DNS' }), car(undefined, '5', 'Dane Cameron', { status: 'dnf' })])]),
    );
    expect(driver(g, 'antonio-fuoco')).toEqual({ starts: 1, classWins: 1, podiums: 1, poles: 0, dnfs: 0 });
    expect(driver(g, 'robert-kubica').starts).toBe(0);
    expect(driver(g, 'dane-cameron')).toEqual({ starts: 1, classWins: 0, podiums: 0, poles: 0, dnfs: 1 });
  });

  it('a podium is pos 1 to 3 of a race classification', () => {
    const crews = ['Sebastien Buemi', 'Kevin Estre', 'Nicklas Nielsen', 'Will Stevens'];
    const g = graphOf(article('r', [session('Race', 'race', crews.map((d, i) => car(i + 1, String(i + 1), d)))]));
    expect(['sebastien-buemi', 'kevin-estre', 'nicklas-nielsen', 'will-stevens'].map((id) => driver(g, id).podiums)).toEqual([1, 1, 1, 0]);
  });

  it('counts per season, per series and class, and the best finish at each event', () => {
    const g = graphOf(
      article('r23', [session('Race', 'race', [car(2, '51', 'James Calado')])], { date: '2023-06-11' }),
      article('r24', [session('Race', 'race', [car(1, '51', 'James Calado')])], { date: '2024-06-16' }),
    );
    const s = statsOf(g.stats, 'drivers', 'james-calado');
    expect(s.seasons.map((r) => [r.year, r.className, r.starts, r.classWins, r.podiums])).toEqual([
      [2024, 'Hypercar', 1, 1, 1],
      [2023, 'Hypercar', 1, 0, 1],
    ]);
    expect(s.bestByEvent.map((b) => [b.eventId, b.pos, b.year])).toEqual([['24-hours-of-le-mans', 1, 2024]]);
    expect(statsOf(g.stats, 'cars', 'ferrari-499p')).toMatchObject({ starts: 2, classWins: 1 });
    expect(statsOf(g.stats, 'teams', 'scuderia-james-calado')).toMatchObject({ starts: 2, classWins: 1, podiums: 2 });
  });
});

describe('one session, however many reports', () => {
  it('the same race reported in two languages counts once, with both reports', () => {
    const g = graphOf(
      article('race-en', [session('Race', 'race', [car(1, '51', 'Antonio Giovinazzi'), car(2, '2', 'Alex Lynn')])]),
      article('carrera-es', [session('Carrera', 'race', [car(1, '51', 'Antonio Giovinazzi', { laps: 342 })])], { lang: 'es', date: '2023-06-12' }),
    );
    expect(driver(g, 'antonio-giovinazzi')).toEqual({ starts: 1, classWins: 1, podiums: 1, poles: 0, dnfs: 0 });
    const races = g.sessions.all.filter((s) => s.type === 'race');
    expect(races).toHaveLength(1);
    expect(races[0]).toMatchObject({ slug: 'race', reports: ['race-en', 'carrera-es'], names: ['Race', 'Carrera'] });
    // One merged classification: the Spanish report adds the laps.
    expect(races[0]!.classes[0]!.entries.map((e) => [e.number, e.pos, e.laps])).toEqual([['51', 1, 342], ['2', 2, undefined]]);
  });

  it('the final qualifying under two names is one session; a shared id ties any two sessions', () => {
    const g = graphOf(
      article('q-en', [session('Hyperpole', 'qualifying', [car(1, '6', 'Kevin Estre')]), session('Free Practice 3', 'practice', [car(1, '6', 'Kevin Estre')], { id: 'fp3' })]),
      article('q-nl', [session('Kwalificatie', 'qualifying', [car(1, '6', 'Kevin Estre')]), session('Vrije training 3', 'practice', [car(1, '6', 'Kevin Estre')], { id: 'fp3' })], {
        lang: 'nl',
      }),
    );
    expect(g.sessions.all.map((s) => [s.slug, s.reports.length])).toEqual([
      ['qualifying', 2],
      ['fp3', 2],
    ]);
    expect(driver(g, 'kevin-estre').poles).toBe(1);
  });

  it('merges a car without a number by its team and drivers', () => {
    const g = graphOf(
      article('a', [session('Race', 'race', [{ pos: 1, team: 'Iron Dames', drivers: ['Sarah Bovy'] }])]),
      article('b', [session('Race', 'race', [{ pos: 1, team: 'Iron Dames', drivers: ['Sarah Bovy'], time: '24:00:10.5' }])], { date: '2023-06-12' }),
    );
    expect(g.sessions.all[0]!.classes[0]!.entries).toHaveLength(1);
    expect(driver(g, 'sarah-bovy').starts).toBe(1);
  });

  it('two cars of one report stay two cars, even when nothing tells them apart', () => {
    const twins = [{ pos: 1, team: 'Iron Lynx' }, { pos: 2, team: 'Iron Lynx' }];
    const g = graphOf(
      article('a', [session('Race', 'race', twins)]),
      article('b', [session('Race', 'race', [{ pos: 1, team: 'Iron Lynx' }])], { date: '2023-06-12' }),
    );
    expect(g.sessions.all[0]!.classes[0]!.entries.map((e) => e.pos)).toEqual([1, 2]);
    expect(statsOf(g.stats, 'teams', 'iron-lynx')).toMatchObject({ starts: 2, classWins: 1, podiums: 2 });
  });

  it('sessions of different editions stay apart', () => {
    const g = graphOf(article('a', [session('Race', 'race', [car(1, '7', 'Mike Conway')])], { date: '2019-06-16' }), article('b', [session('Race', 'race', [car(1, '7', 'Mike Conway')])], { date: '2020-09-20' }));
    expect(g.sessions.all.map((s) => s.id)).toEqual(['24-hours-of-le-mans/2019/race', '24-hours-of-le-mans/2020/race']);
    expect(driver(g, 'mike-conway').classWins).toBe(2);
  });
});

const files = (...list: RawArticle[]): ContentFile[] =>
  list.map((a) => ({
    path: a.file.replace(/^content\//, ''),
    text: `---\n${stringify(a.data)}---\n\nText.\n`,
  }));

describe('two reports that disagree', () => {
  it('a conflict fails the check, naming both files, the car, the field and both values', () => {
    const report = checkFiles(
      files(
        article('race-en', [session('Race', 'race', [car(1, '51', 'Antonio Giovinazzi'), car(2, '2', 'Alex Lynn')])]),
        article('carrera-es', [session('Carrera', 'race', [car(1, '2', 'Alex Lynn')])], { date: '2023-06-12', lang: 'es' }),
      ),
    );
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.map(formatProblem)).toEqual([
      expect.stringContaining(
        'content/articles/carrera-es.mdx:14 results[0].classes[0].entries[0].pos: car #2 has pos 1 here, but 2 in content/articles/race-en.mdx (results[0].classes[0].entries[1].pos), a report of the same session (24 Hours of Le Mans 2023, Race)',
      ),
    ]);
    expect(report.errors).toBe(1);
  });

  it('keeps an edition’s conflicts by the hashes of its reports, and compares them again when one changes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'conflict-cache-'));
    const dir = join(root, 'content');
    const cache = join(root, 'cache');
    const previous = process.env.CHECK_CACHE_DIR;
    process.env.CHECK_CACHE_DIR = cache;
    try {
      mkdirSync(join(dir, 'articles'), { recursive: true });
      const en = article('race-en', [session('Race', 'race', [car(1, '51', 'Antonio Giovinazzi'), car(2, '2', 'Alex Lynn')])]);
      const write = (list: ContentFile[]) => list.forEach((f) => writeFileSync(join(dir, f.path), f.text));
      const es = (pos: number) => article('carrera-es', [session('Carrera', 'race', [car(pos, '2', 'Alex Lynn')])], { date: '2023-06-12', lang: 'es' });
      write(files(en, es(1)));
      const errors = async () => (await checkContentParallel(dir, { workers: 0 })).problems.filter((p) => p.severity === 'error').map((p) => p.message);
      const conflict = 'car #2 has pos 1 here, but 2 in';
      expect((await errors()).join('\n')).toContain(conflict);
      const kept = readdirSync(cache, { recursive: true }).filter((f) => String(f).endsWith('.json'));
      expect(kept).toHaveLength(1);
      // Kept: a second check takes the edition's conflicts from the cache, unread.
      writeFileSync(join(cache, String(kept[0])), '[]');
      expect(await errors()).toEqual([]);
      expect((await checkContentParallel(dir, { workers: 0, cache: false })).problems.map((p) => p.message).join('\n')).toContain(conflict);
      // A report of the edition changed (one more line of text): its reports are compared again.
      writeFileSync(join(dir, 'articles/race-en.mdx'), `${files(en)[0]!.text}More text.\n`);
      expect((await errors()).join('\n')).toContain(conflict);
      // The conflict fixed: none.
      write(files(es(2)));
      expect(await errors()).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.CHECK_CACHE_DIR;
      else process.env.CHECK_CACHE_DIR = previous;
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a provisional report or a standing never conflicts', () => {
    const report = checkFiles(
      files(
        article('q-final', [session('Qualifying 1', 'qualifying', [car(1, '7', 'Kamui Kobayashi')], { id: 'q1' })]),
        article('q-prov', [session('Qualifying 1', 'qualifying', [car(3, '7', 'Kamui Kobayashi')], { id: 'q1', provisional: true })], { date: '2023-06-12' }),
      ),
    );
    expect(report.errors).toBe(0);
  });

  it('one article may not report the race twice', () => {
    const report = checkFiles(files(article('twice', [session('Race', 'race', [car(1, '7', 'Mike Conway')]), session('Course', 'race', [car(1, '7', 'Mike Conway')])])));
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => [p.path, p.message])).toEqual([
      ['results[1]', "is a second race classification: results[0] is already this event's race (type: race, no at)"],
    ]);
  });
});

describe('the seeds, with a report of an existing session in another language', () => {
  const REPO = resolve(__dirname, '..', '..');
  const seeds = readTree(join(REPO, 'content'));
  const extra = readTree(join(REPO, 'tests', 'fixtures', 'another-language'));
  const graphFrom = (list: ContentFile[]) => {
    const read = parseContent(list, 'content');
    const { content } = buildContent(read.articles, read.registries);
    return buildGraph(content);
  };

  it('joins that session’s reports and changes no count', () => {
    const before = graphFrom(seeds);
    const after = graphFrom([...seeds, ...extra]);
    expect(checkFiles([...seeds, ...extra]).errors).toBe(0);
    const key = '8-hours-of-portimao/2021/qualifying';
    const find = (g: typeof before) => g.sessions.all.find((s) => s.id === key)!;
    expect(find(before).reports).toEqual(['2021-portimao-qualifying-alpine-first-pole']);
    expect(find(after).reports).toEqual(['2021-portimao-qualifying-alpine-first-pole', '2021-portimao-clasificacion-alpine-primera-pole']);
    expect(find(after).names).toEqual(['Qualifying', 'Clasificación']);
    for (const kind of ['drivers', 'teams', 'cars'] as const) {
      const ids = [...before.stats[kind].keys()];
      expect(ids.map((id) => statsOf(after.stats, kind, id))).toEqual(ids.map((id) => statsOf(before.stats, kind, id)));
      expect([...after.stats[kind].keys()].sort()).toEqual(ids.sort());
    }
  });

  it('counts the seeds by the rules', () => {
    const g = graphFrom(seeds);
    const d = (id: string) => statsOf(g.stats, 'drivers', id);
    expect(d('mike-conway').classWins).toBe(0); // 2019: a standing after 22 hours, not the result
    expect([d('neel-jani').classWins, d('neel-jani').poles]).toEqual([0, 0]);
    expect(d('matthieu-vaxiviere').poles).toBe(1); // Portimão 2021; his 2017 LMP2 P1 was provisional
    expect(d('kamui-kobayashi').poles).toBe(0); // 2017 Qualifying 1 was provisional
    expect(readFileSync(join(REPO, 'content/articles/2017-le-mans-qualifying-1-kobayashi-record-pole.mdx'), 'utf8')).toMatch(/provisional: true/);
  });
});

describe('rivals', () => {
  it('head to head in the same class of a race classification: who finished ahead, never a co-driver, one meeting per race', async () => {
    const { rivalsOf } = await import('@/lib/graph/rivals');
    const race = (slug: string, date: string, order: [string, string][]) =>
      article(slug, [session('Race', 'race', order.map(([number, d], i) => ({ pos: i + 1, number, team: { 8: "Toyota Gazoo Racing", 7: "Toyota Gazoo Racing", 11: "SMP Racing" }[number], drivers: d.split('+') })))], { date });
    const g = graphOf(
      race('r1', '2019-06-16', [['8', 'Sebastien Buemi+Fernando Alonso'], ['7', 'Mike Conway+Kamui Kobayashi'], ['11', 'Vitaly Petrov']]),
      // The same race again, in Spanish: still one meeting.
      { ...race('r1-es', '2019-06-17', [['8', 'Sebastien Buemi+Fernando Alonso'], ['7', 'Mike Conway+Kamui Kobayashi']]), data: { ...race('x', '2019-06-17', [['8', 'Sebastien Buemi+Fernando Alonso'], ['7', 'Mike Conway+Kamui Kobayashi']]).data, lang: 'es' } },
      race('r2', '2020-09-20', [['7', 'Mike Conway+Kamui Kobayashi'], ['8', 'Sebastien Buemi']]),
    );
    const rivals = rivalsOf(g, 'mike-conway').map((r) => [r.id, r.meetings.length, r.wins, r.losses]);
    expect(rivals).toEqual([
      ['sebastien-buemi', 2, 1, 1],
      ['fernando-alonso', 1, 0, 1],
      ['vitaly-petrov', 1, 1, 0],
    ]);
  });
});
