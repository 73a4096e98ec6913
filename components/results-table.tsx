import type { ResultsTableProps } from '@/lib/view/props/results-table';
import { resultsTableHtml } from '@/lib/view/html/results-table';

/**
 * One class of one session. Columns without data in this class are left out. The team and its drivers
 * share one cell, team above crew as on the timing screens, so the table needs no sideways scrolling on a
 * phone; the car and status columns give way to a line in that cell on narrow screens.
 *
 * A report has hundreds of rows, so the table is rendered as one HTML string (lib/html.ts explains why)
 * and styled by the `.results` rules of app/globals.css instead of classes on every cell.
 */
export function ResultsTable(props: ResultsTableProps) {
  return <div className="results-wrap" dangerouslySetInnerHTML={{ __html: resultsTableHtml(props).value }} />;
}
