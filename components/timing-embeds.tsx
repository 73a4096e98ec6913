import type { ClassificationEmbed, LapChartEmbed } from '@/lib/view/props/timing-embeds';
import { LineChart } from './charts/line-chart';
import { ClassBadge } from './class-badge';

/**
 * The official timing in an article body: `<Classification session="…" class="…" />` and
 * `<LapChart session="…" class="…" />` (content-format.md, "Body"), drawn from props lib/view computed
 * before the body rendered. Server components; nothing here runs in the browser.
 */
export function ClassificationBlock({ embed }: { embed?: ClassificationEmbed }) {
  if (!embed) return null;
  return (
    <section className="not-prose my-8" lang="en" aria-label={`Classification: ${embed.title}`}>
      {embed.classes.map((c) => (
        <div key={c.id} className="mb-4">
          <p className="mb-1 flex flex-wrap items-center gap-2">
            <ClassBadge tag={c.classTag} />
            <a href={embed.href} className="font-display text-lg font-bold uppercase hover:text-brand hover:underline">
              {embed.title}
            </a>
            <span className="text-xs text-muted">{embed.unofficial ? 'order at the flag from the laps, unofficial' : 'classification'}</span>
          </p>
          <div className="results-wrap" dangerouslySetInnerHTML={{ __html: c.html }} />
        </div>
      ))}
    </section>
  );
}

export function LapChartBlock({ embed }: { embed?: LapChartEmbed }) {
  if (!embed) return null;
  return (
    <section className="not-prose my-8" lang="en" aria-label={`Lap chart: ${embed.title}`}>
      {embed.charts.map((c) => (
        <div key={c.id} className="mb-4">
          <p className="mb-1 flex flex-wrap items-center gap-2">
            <ClassBadge tag={c.classTag} />
            <a href={embed.href} className="font-display text-lg font-bold uppercase hover:text-brand hover:underline">
              {embed.title}: lap chart
            </a>
          </p>
          <LineChart {...c.chart} />
          {c.positionsHtml && <div className="results-wrap" dangerouslySetInnerHTML={{ __html: c.positionsHtml }} />}
        </div>
      ))}
    </section>
  );
}
