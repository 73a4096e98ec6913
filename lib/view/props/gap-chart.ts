/** The props of components/charts/gap-chart.tsx, as lib/view fills them. */

/**
 * A horizontal bar chart of gaps (to pole, to the winner), drawn on the server as SVG: no script, no
 * chart library. Positions are percentages of the width and text keeps its size, so it reads the same on
 * a phone as on a desktop; colours come from the theme (globals.css `.chart`) except the bars, in the
 * class colour. The SVG is an image with a title and a description; the visible caption and the table
 * beside it carry the same figures.
 */
export interface GapBar {
  /** "#8 Toyota Gazoo Racing" */
  label: string;
  /** Gap in milliseconds (0 for pole or the winner); absent for a car laps down or without a gap. */
  value?: number;
  /** Laps down: drawn across the full width, hatched. */
  lapsDown?: number;
  /** "+0.437", "Pole 1:46.564", "+2 laps", "DNF" */
  valueLabel: string;
}

export interface GapChartProps {
  id: string;
  title: string;
  desc: string;
  caption: string;
  /** Class colour of the bars. */
  color: string;
  bars: GapBar[];
}
