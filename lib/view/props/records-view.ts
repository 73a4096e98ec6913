/** The props of components/records-view.tsx, as lib/view fills them. */

export interface HonourRow {
  year: number;
  /** The event, on a circuit's page (several events share a circuit). */
  event?: string;
  className: string;
  label: string;
  time?: string;
  href: string;
}

export interface RecordsViewProps {
  winners: HonourRow[];
  poles: HonourRow[];
  qualifying: { className: string; record: HonourRow; progression: HonourRow[] }[];
}
