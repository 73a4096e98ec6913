/** The props of components/charts/line-chart.tsx (a lap chart or a gap chart), as lib/view/lap-charts.ts fills them. */

export interface ChartLine {
  number: string;
  /** Its vertices, `x,y x,y …` in plot units. */
  points: string;
  /** The same vertices as SVG path data (lib/view/svg-path.ts), what the chart draws: about half the bytes. */
  path: string;
  /** After a car stopped: its position as the others go on (drawn dotted), up to the last lap. */
  tail?: string;
  /** The tail as path data. */
  tailPath?: string;
  /** Colour slot 0..HIGHLIGHTED-1, or undefined for a muted line. */
  series?: number;
  /** Label at its end: "#8", "#8 +1:02.3". */
  label: string;
  /** Vertical position of the label, in px from the top of the SVG. */
  labelY: number;
}

export interface Tick {
  label: string;
  /** Percent of the width (x ticks) or px from the top (y ticks). */
  at: number;
}

export interface LineChartGeometry {
  id: string;
  title: string;
  desc: string;
  caption: string;
  /** Total height in px. */
  height: number;
  /** The plot box in px (y) and percent of the width (x). */
  plot: { top: number; height: number; left: number; width: number };
  /** The plot's viewBox in plot units: `0 0 width height`. */
  viewBox: string;
  lines: ChartLine[];
  xTicks: Tick[];
  yTicks: Tick[];
  /** Horizontal grid lines at these plot-unit y values. */
  grid: number[];
}
