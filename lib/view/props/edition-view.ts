/** The props of components/edition-view.tsx, as lib/view fills them. */
import type { ClassTag } from './class-badge';
import type { Crumb } from './breadcrumbs';
import type { GapChartProps } from './gap-chart';

export interface EditionSession {
  anchor: string;
  /** The session's own page (/events/<id>/<year>/<session-id>). */
  href: string;
  /** "Full classification, lap chart, stints and drive time" */
  pageLabel: string;
  title: string;
  /** The names other reports give it ("Carrera", "Kwalificatie"). */
  otherNames: string[];
  /** "race result", "practice", "provisional qualifying", "standing after 22 hours"… */
  kind: string;
  counted: boolean;
  /**
   * Per class: its chart, if its data makes one, and its results table (escaped HTML, like the article's);
   * `shown` when the table holds only the top rows of the class (lib/view/edition.ts, SESSION_TOP).
   */
  classes: { id: string; chart?: GapChartProps; tableHtml: string; shown?: { className: string; rows: number; of: number } }[];
  reports: { href: string; title: string; lang: string; date: string }[];
}

export interface Leader {
  className: string;
  classTag: ClassTag;
  label: string;
  time?: string;
  href: string;
}

export interface EditionViewProps {
  crumbs: Crumb[];
  kicker: string;
  name: string;
  summary: string;
  facts: { label: string; value: string; href?: string }[];
  previous?: { href: string; label: string };
  next?: { href: string; label: string };
  winners: Leader[];
  poles: Leader[];
  sessions: EditionSession[];
  /** The event's data file, which holds this edition's sessions. */
  data?: { href: string; label: string };
}
