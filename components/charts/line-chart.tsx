import type { LineChartGeometry } from '@/lib/view/props/line-chart';

/**
 * A lap chart or a gap chart, drawn on the server as SVG from geometry computed in lib/view/lap-charts.ts:
 * the lines in a stretched inner SVG (strokes keep their width), the labels and ticks in the outer one in
 * px and percent, so text keeps its size on a phone. Colours come from the theme (globals.css `.chart`).
 * The SVG is an image with a title and a description; the caption and the table beside it say the same.
 */
export function LineChart({ id, title, desc, caption, height, plot, viewBox, lines, xTicks, yTicks, grid }: LineChartGeometry) {
  const [, , , vbHeight] = viewBox.split(' ').map(Number);
  const bottom = plot.top + plot.height;
  return (
    <figure className="chart chart-wide" lang="en">
      <figcaption>{caption}</figcaption>
      <svg role="img" aria-labelledby={`${id}-t ${id}-d`} width="100%" height={height} className="block">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {yTicks.map((t) => (
          <text key={`y${t.label}`} x={`${plot.left - 1}%`} y={t.at} className="y-tick">
            {t.label}
          </text>
        ))}
        {grid.map((g) => {
          const y = plot.top + (g / (vbHeight || 1)) * plot.height;
          return <line key={`g${g}`} x1={`${plot.left}%`} x2={`${plot.left + plot.width}%`} y1={y} y2={y} className="grid" />;
        })}
        <line x1={`${plot.left}%`} x2={`${plot.left + plot.width}%`} y1={bottom} y2={bottom} className="axis" />
        {xTicks.map((t) => (
          <g key={`x${t.label}`}>
            <line x1={`${t.at}%`} x2={`${t.at}%`} y1={bottom} y2={bottom + 4} className="axis" />
            <text x={`${t.at}%`} y={bottom + 16} textAnchor="middle" className="muted marks">
              {t.label}
            </text>
          </g>
        ))}
        <svg x={`${plot.left}%`} y={plot.top} width={`${plot.width}%`} height={plot.height} viewBox={viewBox} preserveAspectRatio="none" overflow="visible">
          {/* Sixty cars of 380 laps: the paths carry one class each, vector-effect and colours come from .chart .line. */}
          {lines.map((l) => {
            const tone = l.series === undefined ? 'other' : `series-${l.series}`;
            return [
              <path key={l.number} d={l.path} className={`line ${tone}`} />,
              l.tailPath && <path key={`${l.number}t`} d={l.tailPath} className={`line tail ${tone}`} />,
            ];
          })}
        </svg>
        {lines.map((l) => (
          <text key={`l${l.number}`} x={`${plot.left + plot.width + 1}%`} y={l.labelY} className={l.series === undefined ? 'end-label muted' : `end-label on-line series-${l.series}`}>
            {l.label}
          </text>
        ))}
        <text x={`${plot.left + plot.width}%`} y={bottom + 16} dx="1.2em" className="muted marks">
          lap
        </text>
      </svg>
    </figure>
  );
}
