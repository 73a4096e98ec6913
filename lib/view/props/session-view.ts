/** The props of components/session-view.tsx (a session's page), as lib/view/session.ts fills them. */
import type { ClassTag } from './class-badge';
import type { LineChartGeometry } from './line-chart';

export interface SessionCrumb {
  href?: string;
  label: string;
}

/** One class of the session: its classification and, where the timing has laps, its charts and tables. */
export interface SessionClassView {
  id: string;
  name: string;
  classTag: ClassTag;
  /** The classification as escaped HTML (lib/view/html/session-tables.ts). */
  classificationHtml: string;
  lapChart?: LineChartGeometry;
  /** Positions in class at sampled laps, beside the lap chart (escaped HTML). */
  positionsHtml?: string;
  gapChart?: LineChartGeometry;
  /** Gaps to the class leader at sampled laps, beside the gap chart (escaped HTML). */
  gapsHtml?: string;
  /** Laps led and fastest laps of the class's cars (escaped HTML). */
  leadersHtml?: string;
}

/** One car's race from its laps: stints, pit stops and its drivers' share. */
export interface CarStintsView {
  number: string;
  team: string;
  /** "9 stints · 8 pit stops (6:12.3 in the pit lane)" */
  line: string;
  /** "Stevens 35% · Ye 33% · Ilott 32%" */
  shares: string;
  /** Its stints and its drivers (escaped HTML). */
  tablesHtml: string;
}

export interface SessionReportLink {
  /** The report's page, or laps.csv for a lap analysis; none for a classification file. */
  href?: string;
  title: string;
  /** "Report", "Official timing: classification", "Official timing: laps" */
  kind: string;
  lang?: string;
  date?: string;
}

export interface SessionViewProps {
  crumbs: SessionCrumb[];
  kicker: string;
  name: string;
  summary: string;
  facts: { label: string; value: string; href?: string }[];
  /** "Unofficial: the order at the flag from the lap times; the timekeeper's classification is not on the site." */
  notice?: string;
  classes: SessionClassView[];
  /** The cars of each class in order at the flag, classes as in the lap summary; empty without laps. */
  carClasses: { className: string; classTag: ClassTag; cars: CarStintsView[] }[];
  reports: SessionReportLink[];
  /** The other sessions of the edition. */
  siblings: { href: string; label: string; current: boolean }[];
  /** laps.csv, where the session has laps. */
  data?: { href: string; label: string };
}
