import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Later } from '@/components/later';
import { renderServer } from '../fixtures/render-server';

/**
 * components/later.tsx: what it wraps is rendered in a later turn of the event loop, one `<Later>` a turn
 * (a reader's request that arrived meanwhile is read between them), and the HTML is the same as without it.
 */
describe('Later', () => {
  it('renders each of its sections in a turn of its own, to the same HTML', async () => {
    // A turn counter: a setImmediate that re-arms itself runs once in each turn's check phase.
    let turns = 0;
    let running = true;
    const tick = () => {
      turns++;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const seen: Record<string, number> = {};
    const Mark = ({ name }: { name: string }) => ((seen[name] = turns), createElement('i', null, name));
    const tree = (wrap: (children: ReactNode) => ReactNode) =>
      createElement(
        'div',
        null,
        createElement(Mark, { name: 'first' }),
        wrap(createElement(Mark, { name: 'second' })),
        wrap(createElement(Mark, { name: 'third' })),
        createElement(Mark, { name: 'last' }),
      );
    const without = renderToStaticMarkup(tree((children) => children));
    try {
      const html = await renderServer(tree((children) => createElement(Later, null, children)));
      expect(html).toBe(without);
      expect(html).toBe('<div><i>first</i><i>second</i><i>third</i><i>last</i></div>');
      // What follows a <Later> is not held back; each <Later> waits for a turn of its own.
      expect(seen.last).toBe(seen.first);
      expect(seen.second).toBeGreaterThan(seen.first!);
      expect(seen.third).toBeGreaterThan(seen.second!);
    } finally {
      running = false;
    }
  });
});
