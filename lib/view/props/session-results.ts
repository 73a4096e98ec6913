/** The props of components/session-results.tsx, as lib/view fills them. */
import type { GapChartProps } from './gap-chart';

/** One session of an article, ready to draw: its heading, and per class its chart and results table. */
export interface SessionBlock {
  id: string;
  name: string;
  /** "Practice", "Qualifying", "Race". */
  typeLabel: string;
  at?: string;
  /** Per class: its chart, if its data makes one, and its results table (escaped HTML, lib/view/html/results-table.ts). */
  classes: { id: string; chart?: GapChartProps; tableHtml: string }[];
}
