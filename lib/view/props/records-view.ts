/** The props of components/records-view.tsx, as lib/view fills them. */
import type { ClassTag } from './class-badge';

export interface HonourRow {
  year: number;
  /** The event, on a circuit's page (several events share a circuit). */
  event?: string;
  className: string;
  classTag: ClassTag;
  label: string;
  time?: string;
  href: string;
}

export interface RecordsViewProps {
  /** The latest years' rows (from `since` on, when cut); the totals count them all. */
  winners: HonourRow[];
  winnersTotal?: number;
  poles: HonourRow[];
  polesTotal?: number;
  since?: number;
  /** The edition pages, with every edition's winners and pole sitters. */
  archive?: { href: string; label: string };
  qualifying: { className: string; classTag: ClassTag; record: HonourRow; progression: HonourRow[] }[];
}
