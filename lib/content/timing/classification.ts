/**
 * Reads a classification file of any of the contract's layouts (WEC/ELMS `DRIVER_1`…, IMSA
 * `DRIVERn_FIRSTNAME`/`DRIVERn_SECONDNAME`, practice and qualifying `POS`/`TIME`): every car with its
 * position in class, status, laps, times and gap in class, and every problem at once.
 */
import { resolveClass } from '../classes';
import type { Gap } from '../time';
import type { Problem, SessionType } from '../types';
import { cell, firstColumn, readCsv, type CsvRecord, type CsvTable } from './csv';
import { kindProblem } from './kind';
import { naturalName } from './names';
import { timingProblem } from './problems';
import { parseStatus, STATUS_HINT } from './status';
import { parseTimingGap, parseTimingTime } from './times';
import type { ClassificationRow, TimingRead } from './types';

const MAX_DRIVERS = 9;
const REQUIRED_HINT = 'a classification needs the columns POSITION (or POS), NUMBER and CLASS: use the file as the timekeeper published it';

/** The drivers of one record, in the file's order, whichever layout it uses. */
function driversOf(table: CsvTable, record: CsvRecord): string[] {
  const out: string[] = [];
  const add = (name: string) => {
    const n = naturalName(name);
    if (n !== '') out.push(n);
  };
  for (let i = 1; i <= MAX_DRIVERS; i++) {
    if (table.columns.has(`DRIVER_${i}`)) add(cell(table, record, `DRIVER_${i}`));
    if (table.columns.has(`DRIVER${i}_SECONDNAME`) || table.columns.has(`DRIVER${i}_FIRSTNAME`)) {
      add(`${cell(table, record, `DRIVER${i}_FIRSTNAME`)} ${cell(table, record, `DRIVER${i}_SECONDNAME`)}`);
    }
  }
  if (table.columns.has('DRIVER_SECONDNAME') || table.columns.has('DRIVER_FIRSTNAME')) {
    add(`${cell(table, record, 'DRIVER_FIRSTNAME')} ${cell(table, record, 'DRIVER_SECONDNAME')}`);
  }
  return out;
}

/** A whole number ≥ `min` written in a cell, or undefined. */
function wholeNumber(text: string, min: number): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= min ? n : undefined;
}

export interface ClassificationOptions {
  /** The session's type in timing.yaml: decides whether the class gap is to the winner's race or to the best lap. */
  type?: SessionType;
}

/** Reads one classification file's text; `file` is its path as shown to editors. */
export function readClassification(text: string, file: string, options: ClassificationOptions = {}): TimingRead<ClassificationRow> {
  const problems: Problem[] = [];
  const table = readCsv(text);
  const wrongKind = kindProblem(file, table, 'classification');
  if (wrongKind) return { rows: [], problems: [wrongKind] };
  const posColumn = firstColumn(table, ['POSITION', 'POS'])!;
  for (const required of ['NUMBER', 'CLASS']) {
    if (!table.columns.has(required)) {
      problems.push(timingProblem(file, table.headerLine, required, 'a required column is missing', table.header.slice(0, 4).join(';'), REQUIRED_HINT));
    }
  }
  if (problems.length > 0) return { rows: [], problems };

  const bestColumn = firstColumn(table, ['TIME', 'FL_TIME']);
  const rows: ClassificationRow[] = [];
  const seen = new Map<string, number>();
  for (const record of table.records) {
    const at = (column: string, message: string, value: string, hint?: string) =>
      problems.push(timingProblem(file, record.line, column, message, value, hint));
    const get = (column: string) => cell(table, record, column);
    const before = problems.length;

    const posText = get(posColumn);
    const overall = wholeNumber(posText, 1);
    if (overall === undefined) at(posColumn, 'not a position', posText, 'positions are whole numbers from 1');
    const number = get('NUMBER');
    if (number === '') at('NUMBER', 'the car has no number', number, 'every row of a classification gives the car\'s NUMBER');
    else if (seen.has(number)) {
      at('NUMBER', `car #${number} is twice in this classification (also on line ${seen.get(number)})`, number, 'keep one row per car: use the file as the timekeeper published it');
    } else seen.set(number, record.line);
    const className = get('CLASS');
    if (className === '') at('CLASS', 'the car has no class', className, 'every row gives the car\'s CLASS');
    const statusText = get('STATUS');
    const status = parseStatus(statusText);
    if (!status) at('STATUS', 'not a status the site knows', statusText, STATUS_HINT);
    const lapsText = get('LAPS');
    const laps = lapsText === '' ? undefined : wholeNumber(lapsText, 0);
    if (lapsText !== '' && laps === undefined) at('LAPS', 'not a number of laps', lapsText, 'write a whole number');
    const times: Record<string, number | undefined> = {};
    for (const column of ['TOTAL_TIME', ...(bestColumn ? [bestColumn] : [])]) {
      const r = parseTimingTime(get(column));
      if (!r.ok) at(column, r.message, get(column), r.hint);
      else times[column] = r.value ?? undefined;
    }
    const flLapText = get('FL_LAPNUM');
    const bestLap = flLapText === '' ? undefined : wholeNumber(flLapText, 1);
    if (flLapText !== '' && bestLap === undefined) at('FL_LAPNUM', 'not a lap number', flLapText, 'write a whole number from 1');
    const gapText = get('GAP_FIRST');
    const gap = parseTimingGap(gapText);
    if (!gap.ok) at('GAP_FIRST', gap.message, gapText, gap.hint);
    if (problems.length > before) continue;

    const info = resolveClass(className);
    const row: ClassificationRow = {
      line: record.line,
      overall: overall!,
      pos: 0,
      number,
      class: info.name,
      classId: info.id,
      drivers: driversOf(table, record),
    };
    const team = get('TEAM');
    if (team !== '') row.team = team;
    const car = get('VEHICLE');
    if (car !== '') row.car = car;
    if (status!.status) row.status = status!.status;
    if (laps !== undefined) row.laps = laps;
    if (times.TOTAL_TIME !== undefined) row.totalMs = times.TOTAL_TIME;
    if (bestColumn && times[bestColumn] !== undefined) row.bestMs = times[bestColumn];
    if (bestLap !== undefined) row.bestLap = bestLap;
    if (gap.ok && gap.value) row.gapFirst = gap.value;
    rows.push(row);
  }
  rows.sort((a, b) => a.overall - b.overall || a.line - b.line);
  placeInClass(rows, options.type ?? (table.columns.has('TOTAL_TIME') ? 'race' : 'qualifying'));
  return { rows, problems };
}

/** Positions in class (the order of POSITION within CLASS) and the gap to the class leader. */
function placeInClass(rows: ClassificationRow[], type: SessionType): void {
  const leaders = new Map<string, ClassificationRow>();
  const counts = new Map<string, number>();
  for (const row of rows) {
    const pos = (counts.get(row.classId) ?? 0) + 1;
    counts.set(row.classId, pos);
    row.pos = pos;
    const leader = leaders.get(row.classId);
    if (!leader) {
      leaders.set(row.classId, row);
      continue;
    }
    if (row.status === 'DNS') continue;
    const gap = type === 'race' ? raceGap(row, leader) : lapGap(row, leader);
    if (gap) row.classGap = gap;
  }
}

/** Behind the class winner: laps down, else the difference of total times (or of the overall gaps). */
function raceGap(row: ClassificationRow, winner: ClassificationRow): Gap | undefined {
  if (row.laps !== undefined && winner.laps !== undefined && row.laps < winner.laps) return { kind: 'laps', laps: winner.laps - row.laps };
  if (row.totalMs !== undefined && winner.totalMs !== undefined && row.totalMs >= winner.totalMs) {
    return { kind: 'time', ms: row.totalMs - winner.totalMs, digits: 3 };
  }
  if (row.gapFirst?.kind === 'time') {
    const lead = winner.gapFirst?.kind === 'time' ? winner.gapFirst.ms : winner.gapFirst ? undefined : 0;
    if (lead !== undefined && row.gapFirst.ms >= lead) return { kind: 'time', ms: row.gapFirst.ms - lead, digits: 3 };
  }
  return undefined;
}

/** Behind the class's best lap (practice and qualifying). */
function lapGap(row: ClassificationRow, leader: ClassificationRow): Gap | undefined {
  if (row.bestMs === undefined || leader.bestMs === undefined || row.bestMs < leader.bestMs) return undefined;
  return { kind: 'time', ms: row.bestMs - leader.bestMs, digits: 3 };
}
