/** The timekeeper's `;`-separated files: a header row whose columns are found by name, then one record per line. */

export interface CsvRecord {
  /** 1-based line in the file. */
  line: number;
  /** The cells as written (spaces around them kept: `cell()` trims the ones read). */
  cells: string[];
}

export interface CsvTable {
  /** Column names as written (trimmed), in file order. */
  header: string[];
  /** 1-based line of the header. */
  headerLine: number;
  /** Upper-case column name → its index (the first column of that name). */
  columns: Map<string, number>;
  records: CsvRecord[];
}

const BOM = '\uFEFF';
const NOT_BLANK = /\S/;

/** Splits one line on `;`; a field may be quoted with `"` (a `;` inside it kept, `""` an escaped quote). */
function splitLine(text: string): string[] {
  // Most lines have no quotes: split them as they are; only the cells read are trimmed (a 24-hour analysis has 700,000 cells).
  if (!text.includes('"')) return text.split(';');
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === ';') {
      out.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  out.push(cell.trim());
  return out;
}

/**
 * Reads a `;`-separated file: a byte-order mark or none, CRLF or LF, names with spaces after the `;`, a
 * trailing `;`, blank lines skipped. Column names are matched case-insensitively, so `Number` is `NUMBER`.
 */
export function readCsv(text: string): CsvTable {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  // Split on LF only (a regular expression is several times slower on a 24-hour analysis); a CR left at
  // the end of a line is trimmed with its last cell. A file of old Mac line ends (CR alone) is split on CR.
  const lines = body.includes('\n') ? body.split('\n') : body.split('\r');
  let headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (lines[lines.length - 1] === '') lines.pop();
  if (headerIndex < 0) headerIndex = 0;
  const header = splitLine(lines[headerIndex] ?? '').map((c) => c.trim());
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  const columns = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.toUpperCase();
    if (key !== '' && !columns.has(key)) columns.set(key, i);
  });
  const records: CsvRecord[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!NOT_BLANK.test(line)) continue;
    records.push({ line: i + 1, cells: splitLine(line) });
  }
  return { header, headerLine: headerIndex + 1, columns, records };
}

/** The cell of `column` in a record; '' when the file has no such column or the row is short. */
export function cell(table: CsvTable, record: CsvRecord, column: string): string {
  const i = table.columns.get(column);
  return i === undefined ? '' : (record.cells[i] ?? '').trim();
}

/** The first of `names` the file has, or undefined. */
export function firstColumn(table: CsvTable, names: readonly string[]): string | undefined {
  return names.find((n) => table.columns.has(n));
}
