/**
 * The page numbers a pager shows: the first, the last, and two either side of the current page, with
 * `null` for each gap, so the pager stays short however many pages there are.
 */
export function pageWindow(page: number, pages: number, radius = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= radius) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
    if (n > 1 && n < page - radius) n = page - radius - 1;
    else if (n > page + radius && n < pages) n = pages - 1;
  }
  return out;
}
