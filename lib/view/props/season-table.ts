/** The props of components/season-table.tsx, as lib/view/seasons.ts fills them. */

export interface SeasonRow {
  year: number;
  series?: string;
  className: string;
  starts: number;
  classWins: number;
  podiums: number;
  poles: number;
  dnfs: number;
}
