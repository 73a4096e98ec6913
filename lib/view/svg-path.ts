/**
 * A polyline as the shortest SVG path data that draws it: the first point absolute, then each vertex
 * relative to the one before (`h` or `v` for a straight run, `l` otherwise, the command letter not
 * repeated), numbers to two decimals without trailing zeros or a leading zero. A lap chart's line moves one
 * lap and a few positions at a time, so "l1-2" stands where "245,3.5" stood.
 */

/** 0.5 → ".5", -0.25 → "-.25", 3 → "3", 1e-9 → "0" */
export function pathNumber(n: number): string {
  const r = Math.round(n * 100) / 100;
  if (r === 0) return '0';
  return String(r).replace(/^(-?)0\./, '$1.');
}

/** Path data for `points` (plot units), or '' for no point. */
export function pathData(points: readonly (readonly [number, number])[]): string {
  if (points.length === 0) return '';
  const [x0, y0] = points[0]!;
  let out = `M${pathNumber(x0)} ${pathNumber(y0)}`;
  let last = 'M';
  // Deltas from the rounded coordinates, so that rounding errors do not add up along the line.
  let px = Math.round(x0 * 100);
  let py = Math.round(y0 * 100);
  for (let i = 1; i < points.length; i++) {
    const x = Math.round(points[i]![0] * 100);
    const y = Math.round(points[i]![1] * 100);
    const dx = pathNumber((x - px) / 100);
    const dy = pathNumber((y - py) / 100);
    px = x;
    py = y;
    const [cmd, args] = dy === '0' ? ['h', [dx]] : dx === '0' ? ['v', [dy]] : ['l', [dx, dy]];
    if (cmd === 'h' && dx === '0') continue;
    const text = args.map((a, j) => (j > 0 && !a.startsWith('-') ? ` ${a}` : a)).join('');
    if (cmd === last) out += text.startsWith('-') ? text : ` ${text}`;
    else out += cmd + text;
    last = cmd;
  }
  return out;
}
