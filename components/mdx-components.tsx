import type { ReactNode } from 'react';
import { resolveClass } from '@/lib/content/classes';
import type { MdxContext } from '@/lib/view/props/mdx-components';
import { SessionResults } from './session-results';

function text(children: ReactNode): string {
  if (typeof children === 'string' || typeof children === 'number') return String(children);
  if (Array.isArray(children)) return children.map(text).join('');
  return '';
}

/**
 * The components editors may use without an import (content-format.md, "Body"), in one typed map:
 * `<Results />`, `<Results session="…" class="…" />`, `<Driver>Name</Driver>`, `<Team>Name</Team>`.
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
  return { Results, Driver, Team };
}
