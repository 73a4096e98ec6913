/**
 * Server-side HTML for the largest repeated markup of the site: the rows of results and appearance
 * tables (components/results-table.tsx, components/appearance-table.tsx).
 *
 * Why not React elements: a race report has hundreds of rows, and Next renders every React element of
 * a page three times over (the server payload, the HTML made from it, and the per-segment prefetch data
 * cut out of it). Rendered as one string, a table costs the same to the reader and about a tenth to the
 * build; at 10,000 articles that is the difference between meeting the 10-minute build budget and not
 * (bench/README.md). The tables hold no interactive parts, so nothing is lost in the browser.
 *
 * `html` is a tagged template that escapes every interpolated value, so data can never become markup;
 * only the result of another `html` template (or an array of them) is inserted as it is.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Value = Html | string | number | false | null | undefined | readonly Value[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value, escaped for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function render(value: Value): string {
  if (value === false || value === null || value === undefined) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return (value as readonly Value[]).map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new Html(out);
}
