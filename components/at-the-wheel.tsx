import type { AtTheWheelProps } from '@/lib/view/props/at-the-wheel';
import { StatRow } from './stat-row';

/** A driver's figures from the official lap analyses, and the races they come from. */
export function AtTheWheel({ name, figures, races }: AtTheWheelProps) {
  return (
    <section className="mb-8" aria-labelledby="wheel-heading">
      <h2 id="wheel-heading" className="mb-1 font-display text-2xl font-bold uppercase">
        At the wheel
      </h2>
      <p className="text-sm text-muted">
        From the timekeeper’s lap analyses of the races: laps {name} drove, laps led in class while at the wheel, races in which they set their class’s fastest lap, and the sum of their lap times.
      </p>
      <StatRow stats={figures} columns={4} />
      {races.length > 0 && (
        <div className="results-wrap">
          <table className="results">
            <caption className="sr-only">Races of {name} with official lap times</caption>
            <thead>
              <tr>
                <th scope="col">Race</th>
                <th scope="col" className="md">Car</th>
                <th scope="col" className="n">Laps</th>
                <th scope="col" className="n">Led</th>
                <th scope="col" className="n">At the wheel</th>
                <th scope="col" className="n sm">Share</th>
              </tr>
            </thead>
            <tbody>
              {races.map((r) => (
                <tr key={r.href}>
                  <td>
                    <a href={r.href}>{r.label}</a>
                    <span className="md-only">{r.car}</span>
                  </td>
                  <td className="md">{r.car}</td>
                  <td className="n">{r.laps}</td>
                  <td className="n">{r.lapsLed}</td>
                  <td className="n">{r.time}</td>
                  <td className="n sm">{r.share}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
