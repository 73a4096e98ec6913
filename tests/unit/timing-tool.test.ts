import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { guessTiming } from '@/lib/content/timing-scaffold';

const REPO = resolve(__dirname, '..', '..');
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A temp folder holding empty files with these names, as downloaded from the timekeeper. */
function folder(names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'timing-tool-'));
  roots.push(dir);
  for (const n of names) writeFileSync(join(dir, n), '');
  return dir;
}

function run(args: string[]) {
  const r = spawnSync(TSX, [join(REPO, 'scripts', 'timing.ts'), ...args], { cwd: REPO, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const LE_MANS = [
  '01_Classification_Free Practice 1.CSV',
  '23_Analysis_Free Practice 1.CSV',
  '03_Classification_Qualifying.CSV',
  '03_Classification_Hyperpole.CSV',
  '05_Classification_Race_Hour 6.CSV',
  '05_Classification_Race_Hour 24.CSV',
  '23_Analysis_Race_Hour 24.CSV',
  '12_Lap Chart_Race_Hour 24.CSV',
  '05_Classification_Warm Up.CSV',
  'Entry List.pdf',
];

describe('npm run timing', () => {
  it('writes timing.yaml beside the files, a session for each, and lists what it could not place', () => {
    const dir = folder(LE_MANS);
    const r = run([dir, '--event', '24 Hours of Le Mans', '--year', '2024']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const yaml = parse(readFileSync(join(dir, 'timing.yaml'), 'utf8'));
    expect(yaml).toEqual({
      event: '24 Hours of Le Mans',
      year: 2024,
      source: 'Al Kamel Systems',
      sessions: [
        { session: 'Free Practice 1', type: 'practice', classification: '01_Classification_Free Practice 1.CSV', laps: '23_Analysis_Free Practice 1.CSV' },
        { session: 'Warm Up', type: 'practice', classification: '05_Classification_Warm Up.CSV' },
        { session: 'Hyperpole', type: 'qualifying', provisional: true, classification: '03_Classification_Hyperpole.CSV' },
        { session: 'Qualifying', type: 'qualifying', classification: '03_Classification_Qualifying.CSV' },
        { session: 'Hour 6', type: 'race', at: 'after 6 hours', classification: '05_Classification_Race_Hour 6.CSV' },
        { session: 'Race', type: 'race', classification: '05_Classification_Race_Hour 24.CSV', laps: '23_Analysis_Race_Hour 24.CSV' },
      ],
    });
    expect(r.out).toContain('Created ');
    expect(r.out).toContain('Not placed (2)');
    expect(r.out).toContain('  12_Lap Chart_Race_Hour 24.CSV: not a classification or an analysis');
    expect(r.out).toContain('  Entry List.pdf: not a CSV file');
  });

  it('never overwrites an existing timing.yaml', () => {
    const dir = folder(LE_MANS);
    writeFileSync(join(dir, 'timing.yaml'), 'event: mine\n');
    const r = run([dir, '--event', '24 Hours of Le Mans', '--year', '2024']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/timing\.yaml already exists; nothing was written\./);
    expect(readFileSync(join(dir, 'timing.yaml'), 'utf8')).toBe('event: mine\n');
  });

  it('refuses bad arguments with a clear message and writes nothing', () => {
    const dir = folder(['05_Classification_Race_Hour 8.CSV']);
    expect(run([dir, '--event', '8 Hours of Bahrain', '--year', '24'])).toMatchObject({ code: 1, err: expect.stringContaining('--year: "24" is not a year written as four digits') });
    expect(run([dir, '--year', '2024'])).toMatchObject({ code: 1, err: expect.stringContaining("Give the event's name with --event") });
    expect(run([join(dir, 'nope'), '--event', 'x', '--year', '2024'])).toMatchObject({ code: 1, err: expect.stringContaining('is not a folder') });
    const empty = folder(['notes.txt']);
    const r = run([empty, '--event', '8 Hours of Bahrain', '--year', '2024']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('could be placed in a session; nothing was written.\n  notes.txt: not a CSV file');
  });

  it('takes the race from the event length, else the latest hour; a second file of a session is not placed', () => {
    // Without a length in the event name the latest hour is the race.
    const g = guessTiming(['05_Classification_Race_Hour 4.CSV', '05_Classification_Race_Hour 2.CSV', '05_Classification_Race_Hour 4 (1).CSV'], 'Rolex Imola');
    expect(g.sessions).toEqual([
      { session: 'Hour 2', type: 'race', at: 'after 2 hours', classification: '05_Classification_Race_Hour 2.CSV' },
      { session: 'Race', type: 'race', classification: '05_Classification_Race_Hour 4.CSV' },
    ]);
    expect(g.unplaced).toEqual([{ file: '05_Classification_Race_Hour 4 (1).CSV', reason: 'a second classification of Race (05_Classification_Race_Hour 4.CSV is listed)' }]);
    expect(guessTiming(['23_Analysis_Race_Hour 8.CSV'], '8 Hours of Bahrain').sessions).toEqual([{ session: 'Race', type: 'race', laps: '23_Analysis_Race_Hour 8.CSV' }]);
    // A 24-hour race of which only hour 6 was downloaded: a standing, no race.
    expect(guessTiming(['23_Analysis_Race_Hour 6.CSV'], '24 Hours of Le Mans').sessions).toEqual([
      { session: 'Hour 6', type: 'race', at: 'after 6 hours', laps: '23_Analysis_Race_Hour 6.CSV' },
    ]);
    expect(guessTiming(['03_Results_Race_Official.CSV', '03_Results_Race.CSV'], 'Rolex 24').unplaced).toEqual([
      { file: '03_Results_Race.CSV', reason: 'a second classification of Race (03_Results_Race_Official.CSV is listed)' },
    ]);
  });
});
