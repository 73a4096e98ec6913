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
  winners: HonourRow[];
  poles: HonourRow[];
  qualifying: { className: string; classTag: ClassTag; record: HonourRow; progression: HonourRow[] }[];
}
