import type { GapChartProps } from '@/lib/view/props/gap-chart';


const ROW = 22;
const TOP = 4;
/** Bars run from LEFT% to RIGHT% of the width; labels left of them, values right-aligned after them. */
const LEFT = 36;
const RIGHT = 80;
const LABEL_CHARS = 22;
/** On a phone (globals.css, max-width 480px) the label column is about 100 px wide: a shorter label. */
const SHORT_CHARS = 14;

const cut = (label: string, chars: number) => (label.length > chars ? `${label.slice(0, chars - 1)}…` : label);

export function GapChart({ id, title, desc, caption, color, bars }: GapChartProps) {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  const height = TOP * 2 + bars.length * ROW;
  const span = RIGHT - LEFT;
  return (
    // The site speaks English, also inside a report in another language.
    <figure className="chart" lang="en">
      <figcaption>{caption}</figcaption>
      <svg role="img" aria-labelledby={`${id}-t ${id}-d`} width="100%" height={height} className="block">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        <defs>
          <pattern id={`${id}-laps`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="3" height="6" fill={color} />
          </pattern>
        </defs>
        <line x1={`${LEFT}%`} x2={`${LEFT}%`} y1={0} y2={height} className="axis" />
        {bars.map((b, i) => {
          const y = TOP + i * ROW;
          const lapped = b.lapsDown !== undefined;
          const width = lapped ? span : b.value !== undefined ? Math.max(0.4, (b.value / max) * span) : 0;
          return (
            <g key={`${b.label}-${i}`}>
              <text x={`${LEFT - 1.5}%`} y={y + ROW / 2} dy="0.35em" textAnchor="end" className="label">
                {cut(b.label, LABEL_CHARS)}
              </text>
              {b.label.length > SHORT_CHARS && (
                <text x={`${LEFT - 1.5}%`} y={y + ROW / 2} dy="0.35em" textAnchor="end" className="label label-short" aria-hidden="true">
                  {cut(b.label, SHORT_CHARS)}
                </text>
              )}
              {width > 0 && (
                <rect x={`${LEFT}%`} y={y + 3} width={`${width}%`} height={ROW - 6} rx="2" fill={lapped ? `url(#${id}-laps)` : color} className="bar" />
              )}
              <text x="100%" y={y + ROW / 2} dy="0.35em" textAnchor="end" className={lapped || b.value === undefined ? 'value muted' : 'value'}>
                {b.valueLabel}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
