import type { ClassTag } from '@/lib/view/props/class-badge';
import type { SeasonRow } from '@/lib/view/props/season-table';

/**
 * A driver's or team's career by year, one lane per series and class: each season a box in the class
 * colour with the number of starts, and under it ★ class wins, ▲ podiums, ◆ poles (a count when more
 * than one). Server-rendered SVG, positions in percentages so text keeps its size on a phone; the season
 * table under it gives the same figures.
 */
export interface CareerTimelineProps {
  id: string;
  name: string;
  seasons: readonly SeasonRow[];
  /** True when `seasons` are only the busiest lanes of the career (lib/view/seasons.ts). */
  partial?: boolean;
}

const LANE = 46;
const HEAD = 18;
const LEFT = 28;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : word.endsWith('s') ? 'es' : 's'}`;

function marks(s: SeasonRow): string {
  const mark = (glyph: string, n: number) => (n === 0 ? '' : n === 1 ? glyph : `${glyph}${n}`);
  return [mark('★', s.classWins), mark('▲', s.podiums), mark('◆', s.poles)].filter(Boolean).join(' ');
}

export function CareerTimeline({ id, name, seasons, partial = false }: CareerTimelineProps) {
  if (seasons.length === 0) return null;
  const laneKey = (s: SeasonRow) => `${s.series ?? ''}|${s.className}`;
  const lanes: { key: string; label: string; tag: ClassTag }[] = [];
  for (const s of seasons) {
    if (!lanes.some((l) => l.key === laneKey(s))) lanes.push({ key: laneKey(s), label: [s.series, s.className].filter(Boolean).join(' · '), tag: s.classTag });
  }
  const years = seasons.map((s) => s.year);
  const last = Math.max(...years);
  const debut = Math.min(...years);
  // At least five columns, so a short career is not drawn as one wide box.
  const first = Math.min(debut, last - 4);
  const count = last - first + 1;
  const col = (100 - LEFT) / count;
  const every = count > 12 ? 4 : count > 6 ? 2 : 1;
  const height = HEAD + lanes.length * LANE;
  const byCell = new Map(seasons.map((s) => [`${laneKey(s)}@${s.year}`, s]));
  const desc = [...seasons]
    .sort((a, b) => a.year - b.year)
    .map(
      (s) =>
        `${s.year}, ${[s.series, s.className].filter(Boolean).join(' ')}: ${plural(s.starts, 'start')}, ${plural(s.classWins, 'class win')}, ` +
        `${plural(s.podiums, 'podium')}, ${plural(s.poles, 'pole')}`,
    )
    .join('; ');
  return (
    // The site speaks English, also inside a report in another language.
    <figure className="chart" lang="en">
      <figcaption>
        Career of {name} by year, {debut === last ? debut : `${debut}–${last}`}: the number is starts; ★ class wins, ▲ podiums, ◆ poles.{' '}
        {partial ? 'It draws the series and classes with the most starts; the table below and the season pages give every season.' : 'The table below gives every season.'}
      </figcaption>
      <svg role="img" aria-labelledby={`${id}-t ${id}-d`} width="100%" height={height} className="block">
        <title id={`${id}-t`}>{`Career timeline of ${name}`}</title>
        <desc id={`${id}-d`}>{`${desc}.`}</desc>
        {Array.from({ length: count }, (_, i) => first + i).map((year, i) =>
          (last - year) % every === 0 ? (
            <text key={year} x={`${LEFT + (i + 0.5) * col}%`} y={12} textAnchor="middle" className="muted">
              {year}
            </text>
          ) : null,
        )}
        {lanes.map((lane, li) => {
          const y = HEAD + li * LANE;
          const cls = lane.tag;
          return (
            <g key={lane.key}>
              <line x1="0" x2="100%" y1={y} y2={y} className="grid" />
              <text x={`${LEFT - 1.5}%`} y={y + 15} dy="0.35em" textAnchor="end" className="label">
                {lane.label.length > 24 ? `${lane.label.slice(0, 23)}…` : lane.label}
              </text>
              {Array.from({ length: count }, (_, i) => first + i).map((year, i) => {
                const s = byCell.get(`${lane.key}@${year}`);
                if (!s) return null;
                const x = LEFT + i * col + col * 0.1;
                return (
                  <g key={year}>
                    <rect x={`${x}%`} y={y + 5} width={`${col * 0.8}%`} height={20} rx="3" fill={cls.color} className="bar" />
                    <text x={`${x + col * 0.4}%`} y={y + 15} dy="0.35em" textAnchor="middle" fill={cls.text} className="on-bar">
                      {s.starts}
                    </text>
                    <text x={`${x + col * 0.4}%`} y={y + 36} dy="0.35em" textAnchor="middle" className="marks">
                      {marks(s)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
