/**
 * One class of one session. Columns without data in this class are left out. The team and its drivers
 * share one cell, team above crew as on the timing screens, so the table needs no sideways scrolling on a
 * phone; the car and status columns give way to a line in that cell on narrow screens.
 *
 * A report has hundreds of rows, so the table is one HTML string (lib/view/html/results-table.ts; lib/html.ts
 * explains why) styled by the `.results` rules of app/globals.css instead of classes on every cell.
 */
export function ResultsTable({ html }: { html: string }) {
  return <div className="results-wrap" dangerouslySetInnerHTML={{ __html: html }} />;
}
