/**
 * Every appearance of a driver or team, linked to the article that reports it: one HTML string
 * (lib/view/html/appearance-table.ts) styled by the same `.results` rules as the results tables.
 */
export function AppearanceTable({ html }: { html: string }) {
  return <div className="results-wrap" dangerouslySetInnerHTML={{ __html: html }} />;
}
