/** Which of the timekeeper's files a CSV is, from its columns: a classification (any layout) or a lap analysis. */
import type { Problem } from '../types';
import type { CsvTable } from './csv';
import { timingProblem } from './problems';
import type { TimingFileKind } from './types';

/** `analysis` when it has LAP_NUMBER; `classification` when it has POSITION or POS; else undefined. */
export function timingFileKind(table: CsvTable): TimingFileKind | undefined {
  if (table.columns.has('LAP_NUMBER')) return 'analysis';
  if (table.columns.has('POSITION') || table.columns.has('POS')) return 'classification';
  return undefined;
}

const NAME: Record<TimingFileKind, string> = { classification: 'a classification', analysis: 'a lap analysis' };
const KEY: Record<TimingFileKind, string> = { classification: 'classification:', analysis: 'laps:' };

/** The problem of a file that is not the `expected` kind (undefined when it is), on its header line. */
export function kindProblem(file: string, table: CsvTable, expected: TimingFileKind): Problem | undefined {
  const kind = timingFileKind(table);
  if (kind === expected) return undefined;
  return timingProblem(
    file,
    table.headerLine,
    '(header)',
    kind ? `this is ${NAME[kind]}, listed as ${NAME[expected]}` : 'not a classification or a lap analysis: its header has none of POSITION, POS or LAP_NUMBER',
    table.header.slice(0, 4).join(';'),
    kind ? `list it under \`${KEY[kind]}\` in timing.yaml` : "use the timekeeper's CSV as downloaded (a `;`-separated classification or analysis)",
  );
}
