/**
 * Reads a lap analysis file (`NUMBER`, `DRIVER_NUMBER`, `LAP_NUMBER`, `LAP_TIME`, `ELAPSED`,
 * `CROSSING_FINISH_LINE_IN_PIT`, `PIT_TIME`, `DRIVER_NAME`, `CLASS`, `TEAM`, `LAP_IMPROVEMENT`): one LapRow per lap, and
 * every problem at once.
 */
import { resolveClass } from '../classes';
import { toId } from '../names';
import type { Problem } from '../types';
import { cell, readCsv } from './csv';
import { kindProblem } from './kind';
import { naturalName } from './names';
import { timingProblem } from './problems';
import { parseTimingTime } from './times';
import type { LapRow, TimingRead } from './types';

export const ANALYSIS_COLUMNS = ['NUMBER', 'DRIVER_NUMBER', 'LAP_NUMBER', 'LAP_TIME', 'ELAPSED', 'DRIVER_NAME', 'CLASS'] as const;
const REQUIRED_HINT = `a lap analysis needs the columns ${ANALYSIS_COLUMNS.join(', ')}: use the file as the timekeeper published it`;

/** Reads one analysis file's text; `file` is its path as shown to editors. */
export function readAnalysis(text: string, file: string): TimingRead<LapRow> {
  const problems: Problem[] = [];
  const table = readCsv(text);
  const wrongKind = kindProblem(file, table, 'analysis');
  if (wrongKind) return { rows: [], problems: [wrongKind] };
  for (const required of ANALYSIS_COLUMNS) {
    if (!table.columns.has(required)) {
      problems.push(timingProblem(file, table.headerLine, required, 'a required column is missing', table.header.slice(0, 4).join(';'), REQUIRED_HINT));
    }
  }
  if (problems.length > 0) return { rows: [], problems };

  const rows: LapRow[] = [];
  /** Per car: its last lap and the line of it. */
  const lastLap = new Map<string, { lap: number; line: number }>();
  const classNames = new Map<string, string>();
  const drivers = new Map<string, { name: string; id: string }>();
  for (const record of table.records) {
    const at = (column: string, message: string, value: string, hint?: string) =>
      problems.push(timingProblem(file, record.line, column, message, value, hint));
    const get = (column: string) => cell(table, record, column);
    const before = problems.length;

    const number = get('NUMBER');
    if (number === '') at('NUMBER', 'the lap has no car number', number, 'every row of an analysis gives the car\'s NUMBER');
    const driverText = get('DRIVER_NUMBER');
    const driverNumber = /^\d+$/.test(driverText) ? Number(driverText) : undefined;
    if (driverNumber === undefined) at('DRIVER_NUMBER', 'not a driver number', driverText, 'write the driver\'s number in the car: 1, 2, 3…');
    const lapText = get('LAP_NUMBER');
    const lap = /^\d+$/.test(lapText) && Number(lapText) >= 1 ? Number(lapText) : undefined;
    if (lap === undefined) at('LAP_NUMBER', 'not a lap number', lapText, 'lap numbers are whole numbers from 1');
    const lapTime = parseTimingTime(get('LAP_TIME'));
    if (!lapTime.ok) at('LAP_TIME', lapTime.message, get('LAP_TIME'), lapTime.hint);
    const elapsed = parseTimingTime(get('ELAPSED'));
    if (!elapsed.ok) at('ELAPSED', elapsed.message, get('ELAPSED'), elapsed.hint);
    else if (elapsed.value === null) at('ELAPSED', 'the lap has no elapsed time', '', 'every lap gives the time elapsed since the start, like 1:53.136');
    const pit = parseTimingTime(get('PIT_TIME'));
    if (!pit.ok) at('PIT_TIME', pit.message, get('PIT_TIME'), pit.hint);
    const written = get('DRIVER_NAME');
    if (written === '') at('DRIVER_NAME', 'the lap has no driver', written, 'every lap names its driver, `First LAST`');
    const className = get('CLASS');
    if (className === '') at('CLASS', 'the lap has no class', className, 'every lap gives the car\'s CLASS');
    if (number !== '' && lap !== undefined) {
      const last = lastLap.get(number);
      if (last && lap <= last.lap) {
        at('LAP_NUMBER', `the laps of car #${number} go backwards: lap ${lap} after lap ${last.lap} (line ${last.line})`, lapText, 'keep the rows of each car in lap order, as the timekeeper published them');
      } else lastLap.set(number, { lap, line: record.line });
    }
    if (problems.length > before) continue;

    let cls = classNames.get(className);
    if (cls === undefined) {
      cls = resolveClass(className).name;
      classNames.set(className, cls);
    }
    // A file names a few drivers thousands of times: each name is cased and folded once.
    let driver = drivers.get(written);
    if (!driver) drivers.set(written, (driver = { name: naturalName(written), id: '' }));
    if (driver.id === '') driver.id = toId(driver.name);
    const driverName = driver.name;
    const row: LapRow = {
      number,
      class: cls,
      team: get('TEAM'),
      driverNumber: driverNumber!,
      driverId: driver.id,
      driverName,
      lap: lap!,
      lapMs: lapTime.ok ? lapTime.value : null,
      elapsedMs: elapsed.ok ? elapsed.value! : 0,
      pitIn: get('CROSSING_FINISH_LINE_IN_PIT').toUpperCase() === 'B',
      pitMs: pit.ok ? pit.value : null,
      line: record.line,
    };
    const improvement = get('LAP_IMPROVEMENT');
    if (improvement === '2' || improvement === '3') row.improved = true;
    rows.push(row);
  }
  return { rows, problems };
}
