import type { ReactElement } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';

/**
 * A tree rendered to HTML as the server renders a page, async components (components/later.tsx) awaited:
 * what the bench weighs (scripts/bench/heaviest.ts) and the unit tests read. `staticMarkup` drops the
 * comments React puts between adjacent texts (`<!-- -->`), as renderToStaticMarkup writes it.
 */
export async function renderServer(element: ReactElement, { staticMarkup = false } = {}): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element);
  let html = '';
  for await (const chunk of prelude) html += chunk;
  return staticMarkup ? html.replaceAll('<!-- -->', '') : html;
}
