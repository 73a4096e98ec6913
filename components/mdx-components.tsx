import type { ReactNode } from 'react';
import type { MdxContext } from '@/lib/view/props/mdx-components';
import { PhotoFigure } from './picture';
import { SessionResults } from './session-results';
import { ClassificationBlock, LapChartBlock } from './timing-embeds';

/** The key lib/view/timing-embeds.ts files a tag's props under: its session and class as written. */
const embedKey = (session: string | undefined, cls: string | undefined) => `${session ?? ''}\u0000${cls ?? ''}`;

function text(children: ReactNode): string {
  if (typeof children === 'string' || typeof children === 'number') return String(children);
  if (Array.isArray(children)) return children.map(text).join('');
  return '';
}

/**
 * The components editors may use without an import (content-format.md, "Body"), in one typed map:
 * `<Results />`, `<Results session="…" class="…" />`, `<Driver>Name</Driver>`, `<Team>Name</Team>`, and the
 * official timing of the article's edition: `<Classification session="…" class="…" />`,
 * `<LapChart session="…" class="…" />`; and `<Figure src="…" alt="…" caption="…" credit="…" />`.
 */
export function createMdxComponents(ctx: MdxContext) {
  function Results({ session, class: cls }: { session?: string; class?: string }) {
    const { blocks, classId } = ctx.results(session, cls);
    return (
      <>
        {blocks.map((b) => (
          <SessionResults key={b.id} block={b} classId={classId} />
        ))}
      </>
    );
  }
  function Driver({ children }: { children?: ReactNode }) {
    return (
      <a href={ctx.href('drivers', text(children))} className="font-medium">
        {children}
      </a>
    );
  }
  function Team({ children }: { children?: ReactNode }) {
    return (
      <a href={ctx.href('teams', text(children))} className="font-medium">
        {children}
      </a>
    );
  }
  function Classification({ session, class: cls }: { session?: string; class?: string }) {
    return <ClassificationBlock embed={ctx.timing?.classification[embedKey(session, cls)]} />;
  }
  function LapChart({ session, class: cls }: { session?: string; class?: string }) {
    return <LapChartBlock embed={ctx.timing?.lapChart[embedKey(session, cls)]} />;
  }
  function Figure({ src, alt, caption, credit }: { src?: string; alt?: string; caption?: string; credit?: string }) {
    const picture = src && alt ? ctx.picture?.(src, alt) : undefined;
    // The check refuses a figure without its file, alt text or credit; a page served meanwhile leaves it out.
    if (!picture || !credit) return null;
    return <PhotoFigure picture={picture} caption={caption} credit={credit} />;
  }
  return { Results, Driver, Team, Classification, LapChart, Figure };
}
