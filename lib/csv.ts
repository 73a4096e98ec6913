/**
 * CSV as RFC 4180 describes it: comma-separated, CRLF line ends, a field quoted when it holds a comma, a
 * double quote or a line break, and a double quote inside a quoted field doubled. UTF-8, one header row.
 */
export type CsvValue = string | number | boolean | null | undefined;

/** One field. Empty for null; a text that a spreadsheet would run as a formula (`=`, `@`, `+x`, `-x`) is prefixed with `'`. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  const safe = /^[=+\-@]/.test(s) && !/^[+-]?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A header row and the data rows, each a list of fields in header order. */
export function csvDocument(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
