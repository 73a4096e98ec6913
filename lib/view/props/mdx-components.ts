/** The props of components/mdx-components.tsx, as lib/view fills them. */
import type { Session } from '../../content/types';
import type { PictureProps } from './picture';
import type { NameOf } from './results-table';
import type { TimingEmbeds } from './timing-embeds';

/** Everything an article body needs to render the editor components. */
export interface MdxContext {
  sessions: readonly Session[];
  nameOf: NameOf;
  /** Resolves a name as written (any spelling or alias) to an entity id. */
  resolve: (kind: 'drivers' | 'teams', written: string) => string;
  /** A photo of content/images in the body (lazy), or undefined when its file is not there. */
  picture?: (src: string, alt: string) => PictureProps | undefined;
  /** What the body's `<Classification>` and `<LapChart>` tags show (lib/view/timing-embeds.ts); none without such tags. */
  timing?: TimingEmbeds;
}
