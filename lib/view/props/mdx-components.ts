/** The props of components/mdx-components.tsx, as lib/view fills them. */
import type { Session } from '../../content/types';
import type { NameOf } from './results-table';
import type { TimingEmbeds } from './timing-embeds';

/** Everything an article body needs to render the editor components. */
export interface MdxContext {
  sessions: readonly Session[];
  nameOf: NameOf;
  /** Resolves a name as written (any spelling or alias) to an entity id. */
  resolve: (kind: 'drivers' | 'teams', written: string) => string;
  /** What the body's `<Classification>` and `<LapChart>` tags show (lib/view/timing-embeds.ts); none without such tags. */
  timing?: TimingEmbeds;
}
