import type { ReactNode } from 'react';

export function PageTitle({ kicker, title, children }: { kicker?: string; title: string; children?: ReactNode }) {
  return (
    <header className="mb-6 border-b border-rule pb-4">
      {kicker && <p className="text-sm font-semibold uppercase tracking-wide text-brand">{kicker}</p>}
      <h1 className="mt-1 font-display text-4xl font-bold uppercase leading-none sm:text-5xl">{title}</h1>
      {children && <div className="mt-3 text-muted">{children}</div>}
    </header>
  );
}
