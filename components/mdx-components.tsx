import type { ReactNode } from 'react';
import { resolveClass } from '@/lib/content/classes';
import type { MdxContext } from '@/lib/view/props/mdx-components';
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
 * `<LapChart session="…" class="…" />`.
 */
export function createMdxComponents(ctx: MdxContext) {
  function Results({ session, class: cls }: { session?: string; class?: string }) {
    const sessions = session ? ctx.sessions.filter((s) => s.name === session) : ctx.sessions;
    return (
      <>
        {sessions.map((s) => {
          const classId = cls ? resolveClass(cls).id : undefined;
          return <SessionResults key={s.id} session={s} nameOf={ctx.nameOf} classId={classId} />;
        })}
      </>
    );
  }
  function Driver({ children }: { children?: ReactNode }) {
    const id = ctx.resolve('drivers', text(children));
    return (
      <a href={`/drivers/${id}`} className="font-medium">
        {children}
      </a>
    );
  }
  function Team({ children }: { children?: ReactNode }) {
    const id = ctx.resolve('teams', text(children));
    return (
      <a href={`/teams/${id}`} className="font-medium">
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
  return { Results, Driver, Team, Classification, LapChart };
}
