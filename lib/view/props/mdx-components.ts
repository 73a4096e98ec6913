/** The props of components/mdx-components.tsx, as lib/view fills them. */
import type { SessionBlock } from './session-results';
import type { PictureProps } from './picture';
import type { TimingEmbeds } from './timing-embeds';

/** Everything an article body needs to render the editor components. */
export interface MdxContext {
  /** How many sessions the article reports. */
  sessionCount: number;
  /** The sessions to draw for `<Results />` (all), `<Results session="…" />` (those of that name), with the id of `class="…"`. */
  results(session?: string, cls?: string): { blocks: SessionBlock[]; classId?: string };
  /** The page of a driver or team as written in `<Driver>`/`<Team>` (any spelling or alias). */
  href(kind: 'drivers' | 'teams', written: string): string;
  /** A photo of content/images in the body (lazy), or undefined when its file is not there. */
  picture?: (src: string, alt: string) => PictureProps | undefined;
  /** What the body's `<Classification>` and `<LapChart>` tags show (lib/view/timing-embeds.ts); none without such tags. */
  timing?: TimingEmbeds;
}
