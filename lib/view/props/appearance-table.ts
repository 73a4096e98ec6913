/** The props of components/appearance-table.tsx, as lib/view fills them. */

export interface AppearanceRow {
  articleHref: string;
  date: string;
  event?: { href: string; label: string };
  session: string;
  /** What the session is: "practice", "provisional qualifying", "standing after 22 hours", "race result"… */
  kind: string;
  /** Whether it counts in statistics (a race's final classification, a final qualifying). */
  counted: boolean;
  className: string;
  number?: string;
  team?: { href: string; label: string };
  /** Drivers other than the page's own (for team pages: all drivers). */
  drivers?: { href: string; label: string }[];
  car?: { href: string; label: string };
  pos?: number;
  overall?: number;
  time?: string;
  status?: string;
}
