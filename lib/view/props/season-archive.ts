/** The props of components/season-archive.tsx, as lib/view/seasons.ts fills them. */
import type { EntityArchiveProps } from './entity-archive';
import type { SeasonRow } from './season-table';

/** A page of the seasons: the report archive's page (crumbs, name, links, counts), with rows for items. */
export interface SeasonArchiveProps extends Omit<EntityArchiveProps, 'items'> {
  rows: SeasonRow[];
}
