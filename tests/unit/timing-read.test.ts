import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/problems';
import { readAnalysis } from '@/lib/content/timing/analysis';
import { readClassification } from '@/lib/content/timing/classification';
import { readCsv, cell } from '@/lib/content/timing/csv';
import { naturalName } from '@/lib/content/timing/names';
import { parseStatus } from '@/lib/content/timing/status';
import { parseTimingGap, parseTimingTime } from '@/lib/content/timing/times';

const time = (t: string) => {
  const r = parseTimingTime(t);
  if (!r.ok) throw new Error(`${t}: ${r.message}`);
  return r.value;
};

describe('the timekeeper\'s notations', () => {
  it('reads every time notation of the contract into milliseconds', () => {
    expect(time("1'36.144")).toBe(96_144);
    expect(time('3:53.276')).toBe(233_276);
    expect(time("4:00'04.690")).toBe(14_404_690);
    expect(time('24:00:38.019')).toBe(86_438_019);
    expect(time('0:01:08.870')).toBe(68_870);
    expect(time('35.849')).toBe(35_849);
    expect(time('')).toBeNull();
  });

  it('rejects what is none of them', () => {
    for (const bad of ['1:3O.364', '1:75.000', "1'5.3", '2:61:00.000', '1.36.144', 'abc', '1:36.1444']) {
      const r = parseTimingTime(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toBe("is not a time in any of the timekeeper's notations");
    }
  });

  it('reads gaps: seconds, a plus sign, laps and none', () => {
    expect(parseTimingGap('28.869')).toEqual({ ok: true, value: { kind: 'time', ms: 28_869, digits: 3 } });
    expect(parseTimingGap('+0.156')).toEqual({ ok: true, value: { kind: 'time', ms: 156, digits: 3 } });
    expect(parseTimingGap("1'59.312")).toEqual({ ok: true, value: { kind: 'time', ms: 119_312, digits: 3 } });
    expect(parseTimingGap('1 Laps')).toEqual({ ok: true, value: { kind: 'laps', laps: 1 } });
    expect(parseTimingGap('12 Laps')).toEqual({ ok: true, value: { kind: 'laps', laps: 12 } });
    expect(parseTimingGap('-')).toEqual({ ok: true, value: null });
    expect(parseTimingGap('')).toEqual({ ok: true, value: null });
    const bad = parseTimingGap('-12 Laps');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.hint).toMatch(/^a gap is behind the class leader/);
  });

  it('maps the statuses, and refuses an unknown one', () => {
    expect(parseStatus('Classified')).toEqual({ status: undefined });
    expect(parseStatus('')).toEqual({ status: undefined });
    expect(parseStatus('Not classified')).toEqual({ status: 'NC' });
    expect(parseStatus('Retired')).toEqual({ status: 'DNF' });
    expect(parseStatus('Disqualified')).toEqual({ status: 'DSQ' });
    expect(parseStatus('Not started')).toEqual({ status: 'DNS' });
    expect(parseStatus('DNS')).toEqual({ status: 'DNS' });
    expect(parseStatus('Retried')).toBeNull();
  });
});

describe('names written First LAST', () => {
  it('are shown in natural case', () => {
    expect(naturalName('Matthew MCMURRY')).toBe('Matthew McMurry');
    expect(naturalName('Paul VAN SPLUNTEREN')).toBe('Paul van Splunteren');
    expect(naturalName('Alexander TALKANITSA JR')).toBe('Alexander Talkanitsa Jr');
    expect(naturalName('Tom KIMBER-SMITH')).toBe('Tom Kimber-Smith');
    expect(naturalName('Sébastien CRUBILÉ')).toBe('Sébastien Crubilé');
    expect(naturalName('Paul-Loup CHATIN')).toBe('Paul-Loup Chatin');
    expect(naturalName('Mikkel MAC')).toBe('Mikkel Mac');
    expect(naturalName('Paul DI RESTA')).toBe('Paul di Resta');
    expect(naturalName('Alessandro PIER GUIDI')).toBe('Alessandro Pier Guidi');
    expect(naturalName('Kamui Kobayashi')).toBe('Kamui Kobayashi');
  });
});

describe('the `;` reader', () => {
  it('finds columns by name: BOM, spaces after `;`, trailing `;`, CRLF, any case, unknown columns', () => {
    const t = readCsv('\uFEFFNUMBER; Driver_Number ;EXTRA;\r\n7;1;x;\r\n\r\n8;2;y;\r\n');
    expect(t.header).toEqual(['NUMBER', 'Driver_Number', 'EXTRA']);
    expect(t.records.map((r) => [r.line, cell(t, r, 'NUMBER'), cell(t, r, 'DRIVER_NUMBER'), cell(t, r, 'NOPE')])).toEqual([
      [2, '7', '1', ''],
      [4, '8', '2', ''],
    ]);
  });
});

const IMSA = [
  'POSITION;NUMBER;STATUS;LAPS;TOTAL_TIME;GAP_FIRST;FL_TIME;TEAM;CLASS;VEHICLE;DRIVER1_FIRSTNAME;DRIVER1_SECONDNAME;DRIVER2_FIRSTNAME;DRIVER2_SECONDNAME',
  '1;7;Running;785;24:00:38.019;;1:36.872;Porsche Penske Motorsport;GTP;Porsche 963;Felipe;NASR;Dane;CAMERON',
].join('\n');

describe('classification layouts', () => {
  it('IMSA results name drivers in two columns; an unknown status is an error naming line, column and value', () => {
    const r = readClassification(IMSA, 'content/timing/x/2024/results.csv');
    expect(r.rows).toEqual([]);
    expect(r.problems.map(formatProblem)).toEqual([
      'content/timing/x/2024/results.csv:2 STATUS: not a status the site knows ("Running") — write one of Classified, Not classified (NC), Retired (DNF), Disqualified (DSQ), Not started (DNS)',
    ]);
    const ok = readClassification(IMSA.replace('Running', 'Classified'), 'f.csv');
    expect(ok.problems).toEqual([]);
    expect(ok.rows[0]).toMatchObject({ pos: 1, number: '7', class: 'GTP', drivers: ['Felipe Nasr', 'Dane Cameron'], totalMs: 86_438_019, laps: 785 });
  });

  it('practice and qualifying sheets use POS and TIME; the gap is to the class\'s best time', () => {
    const text = 'POS;NUMBER;DRIVER_FIRSTNAME;DRIVER_SECONDNAME;CLASS;TIME;\n1;8;Sébastien;BUEMI;HYPERCAR;1:45.000;\n2;7;Kamui;KOBAYASHI;HYPERCAR;1:45.094;\n3;92;Klaus;BACHLER;LMGT3;1:58.000;\n';
    const r = readClassification(text, 'q.csv', { type: 'qualifying' });
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => [x.number, x.class, x.pos, x.drivers[0], x.bestMs, x.classGap])).toEqual([
      ['8', 'Hypercar', 1, 'Sébastien Buemi', 105_000, undefined],
      ['7', 'Hypercar', 2, 'Kamui Kobayashi', 105_094, { kind: 'time', ms: 94, digits: 3 }],
      ['92', 'LMGT3', 1, 'Klaus Bachler', 118_000, undefined],
    ]);
  });

  it('reports every problem at once: a car twice, a time in no notation, a bad position', () => {
    const text = 'POSITION;NUMBER;CLASS;TOTAL_TIME;\n1;38;LMP2;4:00\'04.690;\n2;38;LMP2;4:00\'33.559;\nx;24;LMP2;4h;\n';
    expect(readClassification(text, 'c.csv').problems.map(formatProblem)).toEqual([
      'c.csv:3 NUMBER: car #38 is twice in this classification (also on line 2) ("38") — keep one row per car: use the file as the timekeeper published it',
      'c.csv:4 POSITION: not a position ("x") — positions are whole numbers from 1',
      'c.csv:4 TOTAL_TIME: is not a time in any of the timekeeper\'s notations ("4h") — write it like 1\'36.144, 3:53.276, 4:00\'04.690 or 0:01:08.870, as the timekeeper does',
    ]);
  });

  it('a missing required column, and a file that is neither kind', () => {
    expect(readClassification('POSITION;TEAM;CLASS\n1;Jota;LMP2\n', 'c.csv').problems.map(formatProblem)).toEqual([
      'c.csv:1 NUMBER: a required column is missing ("POSITION;TEAM;CLASS") — a classification needs the columns POSITION (or POS), NUMBER and CLASS: use the file as the timekeeper published it',
    ]);
    expect(readClassification('NAME;AGE\nx;1\n', 'n.csv').problems.map((p) => [p.line, p.path, p.message])).toEqual([
      [1, '(header)', 'not a classification or a lap analysis: its header has none of POSITION, POS or LAP_NUMBER'],
    ]);
    expect(readAnalysis('POSITION;NUMBER;CLASS\n1;7;LMP2\n', 'a.csv').problems.map((p) => p.message)).toEqual([
      'this is a classification, listed as a lap analysis',
    ]);
  });
});

describe('analysis files', () => {
  const HEAD = 'NUMBER; DRIVER_NUMBER; LAP_NUMBER; LAP_TIME; CROSSING_FINISH_LINE_IN_PIT; ELAPSED; DRIVER_NAME;PIT_TIME;CLASS;TEAM;';
  it('reads laps, pit entries and pit times', () => {
    const r = readAnalysis(`${HEAD}\n7;1;1;1:53.136;;1:53.136;Mike CONWAY;;HYPERCAR;Toyota Gazoo Racing;\n7;1;2;2:10.000;B;4:03.136;Mike CONWAY;;HYPERCAR;Toyota Gazoo Racing;\n7;2;3;2:30.000;;6:33.136;Kamui KOBAYASHI;0:01:08.870;HYPERCAR;Toyota Gazoo Racing;\n`, 'a.csv');
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => [x.line, x.number, x.class, x.driverNumber, x.driverId, x.driverName, x.lap, x.lapMs, x.elapsedMs, x.pitIn, x.pitMs])).toEqual([
      [2, '7', 'Hypercar', 1, 'mike-conway', 'Mike Conway', 1, 113_136, 113_136, false, null],
      [3, '7', 'Hypercar', 1, 'mike-conway', 'Mike Conway', 2, 130_000, 243_136, true, null],
      [4, '7', 'Hypercar', 2, 'kamui-kobayashi', 'Kamui Kobayashi', 3, 150_000, 393_136, false, 68_870],
    ]);
  });

  it('laps going backwards, a missing column and a bad time are errors naming line, column and value', () => {
    const r = readAnalysis(`${HEAD}\n7;1;2;1:53.136;;1:53.136;Mike CONWAY;;HYPERCAR;T;\n7;1;1;1:5x.000;;3:53.136;Mike CONWAY;;HYPERCAR;T;\n`, 'a.csv');
    expect(r.problems.map(formatProblem)).toEqual([
      'a.csv:3 LAP_TIME: is not a time in any of the timekeeper\'s notations ("1:5x.000") — write it like 1\'36.144, 3:53.276, 4:00\'04.690 or 0:01:08.870, as the timekeeper does',
      'a.csv:3 LAP_NUMBER: the laps of car #7 go backwards: lap 1 after lap 2 (line 2) ("1") — keep the rows of each car in lap order, as the timekeeper published them',
    ]);
    expect(readAnalysis('NUMBER;LAP_NUMBER;LAP_TIME\n7;1;1:50.000\n', 'b.csv').problems.map((p) => p.path)).toEqual([
      'DRIVER_NUMBER', 'ELAPSED', 'DRIVER_NAME', 'CLASS',
    ]);
  });
});
