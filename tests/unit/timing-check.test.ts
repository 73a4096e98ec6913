import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFiles } from '@/lib/check/content-check';
import { formatProblem } from '@/lib/content/problems';
import type { ContentFile } from '@/lib/content/read-files';
import { readOneByOne } from '@/lib/served/production-loader';
import { readTree } from '../fixtures/corpus';

/** The site's own content: the five press reports, the registries and the two timing folders. */
const SITE = readTree('content');
const IMOLA = 'timing/4-hours-of-imola/2014';
const IMOLA_CSV = `${IMOLA}/05_Classification_Race_Hour 4.CSV`;
const BAHRAIN = 'timing/8-hours-of-bahrain/2024';
const text = (path: string) => SITE.find((f) => f.path === path)!.text;

let cache: string;
beforeAll(() => {
  cache = mkdtempSync(join(tmpdir(), 'timing-check-'));
  process.env.TIMING_CACHE_DIR = cache;
});
afterAll(() => {
  delete process.env.TIMING_CACHE_DIR;
  rmSync(cache, { recursive: true, force: true });
});

/** The check of the site's content with some files replaced, added (`text`) or removed (`text: null`). */
function check(changes: { path: string; text: string | null }[]) {
  const byPath = new Map(SITE.map((f) => [f.path, f.text]));
  for (const c of changes) {
    if (c.text === null) byPath.delete(c.path);
    else byPath.set(c.path, c.text);
  }
  const files: ContentFile[] = [...byPath].map(([path, t]) => ({ path, text: t }));
  const report = checkFiles(files, 'content');
  // Nothing is published on an error: the servers' loader refuses the same content.
  const loader = readOneByOne({ paths: files.map((f) => f.path).sort(), read: (p) => byPath.get(p)! }, 'content');
  return { report, lines: report.problems.filter((p) => p.severity === 'error').map(formatProblem), loaderErrors: loader.problems.filter((p) => p.severity === 'error').length };
}

/** The Imola classification with line `n` (1-based) changed by `edit`. */
function imolaLine(n: number, edit: (line: string) => string): string {
  const lines = text(IMOLA_CSV).split('\n');
  lines[n - 1] = edit(lines[n - 1]!);
  return lines.join('\n');
}

describe('official timing in the content check', () => {
  it('passes the site\'s content, timing included', () => {
    const { report, loaderErrors } = check([]);
    expect(report.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(loaderErrors).toBe(0);
  });

  const CSV = `content/${IMOLA_CSV}`;
  const cases: [string, { path: string; text: string | null }[], string[]][] = [
    [
      'a file that is not a classification or an analysis',
      [{ path: IMOLA_CSV, text: 'NAME;AGE;\nSimon;40;\n' }],
      [`${CSV}:1 (header): not a classification or a lap analysis: its header has none of POSITION, POS or LAP_NUMBER ("NAME;AGE") — use the timekeeper's CSV as downloaded (a \`;\`-separated classification or analysis)`],
    ],
    [
      'a lap analysis listed as a classification',
      [{ path: IMOLA_CSV, text: text(`${BAHRAIN}/23_Analysis_Race_Hour 8.CSV`).slice(0, 2000) }],
      [`${CSV}:1 (header): this is a lap analysis, listed as a classification ("NUMBER;DRIVER_NUMBER;LAP_NUMBER;LAP_TIME") — list it under \`laps:\` in timing.yaml`],
    ],
    [
      'a missing required column',
      [{ path: IMOLA_CSV, text: text(IMOLA_CSV).replace(';CLASS;', ';KLASSE;') }],
      [`${CSV}:1 CLASS: a required column is missing ("POSITION;NUMBER;TEAM;DRIVER_1") — a classification needs the columns POSITION (or POS), NUMBER and CLASS: use the file as the timekeeper published it`],
    ],
    [
      'a time in no notation',
      [{ path: IMOLA_CSV, text: imolaLine(3, (l) => l.replace("1'36.977", '1\'36.9x7')) }],
      [`${CSV}:3 FL_TIME: is not a time in any of the timekeeper's notations ("1'36.9x7") — write it like 1'36.144, 3:53.276, 4:00'04.690 or 0:01:08.870, as the timekeeper does`],
    ],
    [
      'a car twice in one classification',
      [{ path: IMOLA_CSV, text: imolaLine(4, (l) => l.replace(/^3;36;/, '3;24;')) }],
      [`${CSV}:4 NUMBER: car #24 is twice in this classification (also on line 3) ("24") — keep one row per car: use the file as the timekeeper published it`],
    ],
    [
      'an unknown status',
      [{ path: IMOLA_CSV, text: imolaLine(34, (l) => l.replace('Not classified', 'Running')) }],
      [`${CSV}:34 STATUS: not a status the site knows ("Running") — write one of Classified, Not classified (NC), Retired (DNF), Disqualified (DSQ), Not started (DNS)`],
    ],
    [
      'a file named in timing.yaml that is not there',
      [{ path: `${IMOLA}/timing.yaml`, text: text(`${IMOLA}/timing.yaml`).replace('Hour 4.CSV', 'Hour 4.csv') }],
      [
        `content/${IMOLA}/05_Classification_Race_Hour 4.CSV (file): no session of timing.yaml lists this file ("05_Classification_Race_Hour 4.CSV") — list it under a session's classification: or laps: in content/${IMOLA}/timing.yaml, or delete it`,
        `content/${IMOLA}/timing.yaml:10 sessions[0].classification: names a file that is not in the folder ("05_Classification_Race_Hour 4.csv") — did you mean "05_Classification_Race_Hour 4.CSV"? names are case-sensitive`,
      ],
    ],
    [
      'a CSV nothing lists',
      [{ path: `${IMOLA}/06_Classification_Race_Hour 2.CSV`, text: text(IMOLA_CSV) }],
      [`content/${IMOLA}/06_Classification_Race_Hour 2.CSV (file): no session of timing.yaml lists this file ("06_Classification_Race_Hour 2.CSV") — list it under a session's classification: or laps: in content/${IMOLA}/timing.yaml, or delete it`],
    ],
    [
      'timing.yaml of another edition\'s folder',
      [{ path: `${IMOLA}/timing.yaml`, text: text(`${IMOLA}/timing.yaml`).replace('year: 2014', 'year: 2015') }],
      [`content/${IMOLA}/timing.yaml:3 year: the folder is timing/4-hours-of-imola/2014, but this is the timing of 4-hours-of-imola/2015 (2015) — move the folder to timing/4-hours-of-imola/2015/, or correct event: and year:`],
    ],
    [
      'a session with no file',
      [{ path: `${IMOLA}/timing.yaml`, text: text(`${IMOLA}/timing.yaml`).replace(/ {4}classification: .*\n/, '') }],
      [
        `content/${IMOLA}/05_Classification_Race_Hour 4.CSV (file): no session of timing.yaml lists this file ("05_Classification_Race_Hour 4.CSV") — list it under a session's classification: or laps: in content/${IMOLA}/timing.yaml, or delete it`,
        `content/${IMOLA}/timing.yaml:8 sessions[0]: names no file: a session needs a classification, laps, or both — add classification: "<file>.CSV" and/or laps: "<file>.CSV"`,
      ],
    ],
  ];
  for (const [name, changes, expected] of cases) {
    it(`rejects ${name}, naming the file, the line, the column and the value`, () => {
      const { lines, loaderErrors } = check(changes);
      expect(lines).toEqual(expected);
      expect(loaderErrors).toBeGreaterThan(0);
    });
  }

  it('rejects a car\'s laps going backwards, and reports every problem of the file at once', () => {
    const path = `${BAHRAIN}/23_Analysis_Race_Hour 8.CSV`;
    const lines = text(path).split('\r\n');
    // Lines 3 and 4 are laps 2 and 3 of car #12: swap them; and break a pit time further down.
    [lines[2], lines[3]] = [lines[3]!, lines[2]!];
    const pit = lines.findIndex((l) => /;0:01:\d\d\.\d{3};/.test(l));
    lines[pit] = lines[pit]!.replace(/;0:01:(\d\d)\.(\d{3});/, ';0:01:$1,$2;');
    const { lines: out, loaderErrors } = check([{ path, text: lines.join('\r\n') }]);
    expect(loaderErrors).toBe(2);
    expect(out).toHaveLength(2);
    expect(out[0]).toBe(
      `content/${path}:4 LAP_NUMBER: the laps of car #12 go backwards: lap 2 after lap 3 (line 3) ("2") — keep the rows of each car in lap order, as the timekeeper published them`,
    );
    expect(out[1]).toMatch(new RegExp(`^content/${path}:${pit + 1} PIT_TIME: is not a time in any of the timekeeper's notations \\("0:01:\\d\\d,\\d{3}"\\)`));
  });

  it('does not repeat a broken timing file\'s errors as errors of the articles that embed it or name its drivers', () => {
    const path = `${BAHRAIN}/23_Analysis_Race_Hour 8.CSV`;
    const lines = text(path).split('\r\n');
    [lines[2], lines[3]] = [lines[3]!, lines[2]!];
    const article = [
      '---',
      'title: Bahrain timing embed test',
      'description: A report that embeds the official classification and lap chart of the 2024 8 Hours of Bahrain.',
      'date: 2024-11-02',
      'event:',
      '  name: 8 Hours of Bahrain',
      '  year: 2024',
      '---',
      '',
      '<Driver>Mick Schumacher</Driver> drove the #36 Alpine.',
      '',
      '<Classification session="Race" class="Hypercar" />',
      '',
      '<LapChart session="Race" />',
      '',
    ].join('\n');
    const fine = check([{ path: 'articles/2024-bahrain-embed-test.mdx', text: article }]).lines;
    expect(fine).toEqual([]);
    const { lines: out } = check([
      { path: 'articles/2024-bahrain-embed-test.mdx', text: article },
      { path, text: lines.join('\r\n') },
    ]);
    // Only the analysis's own error: the driver is still known from its rows, and the tags wait for it.
    expect(out).toEqual([
      `content/${path}:4 LAP_NUMBER: the laps of car #12 go backwards: lap 2 after lap 3 (line 3) ("2") — keep the rows of each car in lap order, as the timekeeper published them`,
    ]);
    // A tag naming a session the edition lacks is still an error once the timing loads.
    const wrong = check([{ path: 'articles/2024-bahrain-embed-test.mdx', text: article.replace('<LapChart session="Race" />', '<LapChart session="Qualifying" />') }]).lines;
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toContain('<LapChart session="Qualifying" /> names a session that 8 Hours of Bahrain 2024 does not have');
  });

  it('compares a press gap with the official gap in class, to the precision the press wrote it', () => {
    const article = [
      '---',
      'title: Jota win the 4 Hours of Imola by half a minute',
      'description: Simon Dolan, Harry Tincknell and Filipe Albuquerque win the European Le Mans Series round at Imola.',
      'date: 2014-05-18',
      'event:',
      '  name: 4 Hours of Imola',
      'results:',
      '  - session: Race',
      '    type: race',
      '    classes:',
      '      - class: LMP2',
      '        entries:',
      '          - pos: 2',
      '            number: "24"',
      '            gap: "+28.9"',
      '          - pos: 3',
      '            number: "36"',
      '            gap: "+41.2"',
      '          - pos: 4',
      '            number: "41"',
      '            gap: "+12.345"',
      '      - class: LMGTE',
      '        entries:',
      '          - pos: 2',
      '            number: "81"',
      '            gap: "+1.035"',
      '          - pos: 4',
      '            number: "56"',
      '            gap: "+1 lap"',
      '---',
      '',
      'Jota Sport won at Imola.',
      '',
    ].join('\n');
    const { lines, loaderErrors } = check([{ path: 'articles/2014-imola-gaps.mdx', text: article }]);
    const file = 'content/articles/2014-imola-gaps.mdx';
    const session = 'a report of the same session (4 Hours of Imola 2014, Race)';
    const hint = 'the official classification is the record: correct this report; if it reports another session, give it its own id';
    // #24's +28.9 is the official 28.869 to a tenth; #81's and #56's are exact. #36 is 42.679 behind, #41 a lap.
    expect(lines).toEqual([
      `${file}:18 results[0].classes[0].entries[1].gap: car #36 has gap +41.2 here, but +42.679 in ${CSV}:4 (LAPS, TOTAL_TIME), ${session} — ${hint}`,
      `${file}:21 results[0].classes[0].entries[2].gap: car #41 has gap +12.345 here, but +1 lap in ${CSV}:5 (LAPS, TOTAL_TIME), ${session} — ${hint}`,
    ]);
    expect(loaderErrors).toBe(2);
  });

  it('rejects a press report that contradicts the official classification, naming both files, the CSV\'s line, the car and both values', () => {
    const article = [
      '---',
      'title: Jota win the 4 Hours of Imola',
      'description: Simon Dolan, Harry Tincknell and Filipe Albuquerque win the European Le Mans Series round at Imola.',
      'date: 2014-05-18',
      'event:',
      '  name: 4 Hours of Imola',
      'results:',
      '  - session: Gara',
      '    type: race',
      '    classes:',
      '      - class: LMP2',
      '        entries:',
      '          - pos: 1',
      '            number: "38"',
      '            drivers: [Simon Dolan, Harry Tincknell]',
      '          - pos: 2',
      '            number: "36"',
      '            drivers: [Paul-Loup Chatin, Nelson Panciatici, Oliver Webb]',
      '          - pos: 3',
      '            number: "24"',
      '            drivers: [Vincent Capillaire, Jan Charouz]',
      '          - pos: 8',
      '            number: "43"',
      '            status: DNF',
      '          - pos: 4',
      '            number: "41"',
      '            drivers: [Tom Kimber-Smith, Chris Dyson]',
      '---',
      '',
      'Jota Sport won at Imola.',
      '',
    ].join('\n');
    const { lines, loaderErrors } = check([{ path: 'articles/2014-imola-jota-win.mdx', text: article }]);
    expect(loaderErrors).toBe(4);
    const file = 'content/articles/2014-imola-jota-win.mdx';
    const session = 'a report of the same session (4 Hours of Imola 2014, Race)';
    const hint = 'the official classification is the record: correct this report; if it reports another session, give it its own id';
    expect(lines).toEqual([
      `${file}:16 results[0].classes[0].entries[1].pos: car #36 has pos 2 here, but 3 in ${CSV}:4 (POSITION), ${session} — ${hint}`,
      `${file}:19 results[0].classes[0].entries[2].pos: car #24 has pos 3 here, but 2 in ${CSV}:3 (POSITION), ${session} — ${hint}`,
      `${file}:24 results[0].classes[0].entries[3].status: car #43 has status DNF here, but NC in ${CSV}:34 (STATUS), ${session} — ${hint}`,
      `${file}:27 results[0].classes[0].entries[4].drivers: car #41 has drivers Tom Kimber-Smith, Chris Dyson here, but Tom Kimber-Smith, Matthew McMurry in ${CSV}:5 (DRIVER_1…), ${session} — ${hint}`,
    ]);
  });
});
