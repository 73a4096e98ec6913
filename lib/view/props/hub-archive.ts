/** The props of components/hub-archive.tsx, as lib/view/hub-editions.ts fills them. */
import type { ArticleListItem } from './article-row';
import type { EntityArchiveProps } from './entity-archive';
import type { HubEdition } from './hub-view';
import type { HonourRow } from './records-view';

/** An edition on an edition page: its heading, its class winners and pole sitters, its latest reports. */
export interface HubArchiveEdition extends Omit<HubEdition, 'articles'> {
  honours: { title: string; rows: HonourRow[] }[];
  reports: ArticleListItem[];
}

/** A page of an event's, circuit's or series' editions: the report archive's page, with editions for items. */
export interface HubArchiveProps extends Omit<EntityArchiveProps, 'items'> {
  editions: HubArchiveEdition[];
}
