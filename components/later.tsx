import type { ReactNode } from 'react';

/**
 * Renders its children in a later turn of the server's event loop, one `<Later>` a turn. A long page (a
 * driver's or team's at 10,000 articles: 60 to 100 ms of rendering, most of it the framework's) is cut into
 * several tasks, and a reader's request that arrives meanwhile is read in the poll phase between two of them
 * instead of after the whole page (bench/README.md, "What a reader waits for during a publish"). The turns
 * are shared by every page being rendered: one section of one of them is let through per turn, in order.
 * There is no Suspense boundary above it, so the HTML is the same: written once every part is ready.
 */
export async function Later({ children }: { children: ReactNode }) {
  await nextTurn();
  return children;
}

const waiting: (() => void)[] = [];

/** Resolves in a later turn of the event loop: one waiter a turn, each turn's poll phase before the next. */
export function nextTurn(): Promise<void> {
  return new Promise((resume) => {
    if (waiting.push(resume) === 1) setImmediate(release);
  });
}

function release() {
  waiting.shift()?.();
  if (waiting.length > 0) setImmediate(release);
}
