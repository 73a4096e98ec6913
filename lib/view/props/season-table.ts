/** The props of components/season-table.tsx, as lib/view/seasons.ts fills them. */
import type { ClassTag } from './class-badge';

export interface SeasonRow {
  year: number;
  series?: string;
  className: string;
  classTag: ClassTag;
  starts: number;
  classWins: number;
  podiums: number;
  poles: number;
  dnfs: number;
}
