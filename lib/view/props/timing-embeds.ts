/** The props of the `<Classification>` and `<LapChart>` body components (components/timing-embeds.tsx), as lib/view/timing-embeds.ts fills them. */
import type { ClassTag } from './class-badge';
import type { LineChartGeometry } from './line-chart';

export interface ClassificationEmbed {
  /** "Race", "Race, after 6 hours" */
  title: string;
  /** The session's page. */
  href: string;
  /** The order at the flag from the laps alone. */
  unofficial: boolean;
  /** Each class asked for, its table as escaped HTML. */
  classes: { id: string; name: string; classTag: ClassTag; html: string }[];
}

export interface LapChartEmbed {
  title: string;
  href: string;
  charts: { id: string; name: string; classTag: ClassTag; chart: LineChartGeometry; positionsHtml?: string }[];
}

/** By embedKey(session, class) as written in the tag. */
export interface TimingEmbeds {
  classification: Record<string, ClassificationEmbed>;
  lapChart: Record<string, LapChartEmbed>;
}
