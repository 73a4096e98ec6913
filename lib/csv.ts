/**
 * CSV as RFC 4180 describes it: comma-separated, CRLF line ends, a field quoted when it holds a comma, a
 * double quote or a line break, and a double quote inside a quoted field doubled. UTF-8, one header row.
 */
export type CsvValue = string | number | boolean | null | undefined;

/** One field. Empty for null; a text that a spreadsheet would run as a formula (`=`, `@`, `+x`, `-x`) is prefixed with `'`. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  if (!SPECIAL.test(value)) return value;
  const safe = /^[=+\-@]/.test(value) && !/^[+-]?\d/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
/** A text that may need quoting or a formula guard. */
const SPECIAL = /[",\n\r]|^[=+\-@]/;

/** A header row and the data rows, each a list of fields in header order. */
export function csvDocument(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  return [...csvChunks(header, rows)].join('');
}

/**
 * The same document in pieces of `rowsPerChunk` records, so that a table of millions of rows is never one
 * string in memory (a route streams them).
 */
export function* csvChunks(header: readonly string[], rows: Iterable<readonly CsvValue[]>, rowsPerChunk = 2000): Generator<string> {
  let lines = [header.map(csvCell).join(',')];
  for (const row of rows) {
    lines.push(row.map(csvCell).join(','));
    if (lines.length >= rowsPerChunk) {
      yield `${lines.join('\r\n')}\r\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\r\n')}\r\n`;
}
