import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionView } from '@/components/session-view';
import { buildContent } from '@/lib/check/build-content';
import { readContent } from '@/lib/content/read-files';
import { buildGraph } from '@/lib/graph/build';
import type { Edition, Graph, SessionNode } from '@/lib/graph/types';
import { GAP_HEIGHT, gapChart, gapsToLeader, lapChart, simplifyWithin } from '@/lib/view/lap-charts';
import { classTraces, type ClassTraces } from '@/lib/view/lap-positions';
import { sessionViewProps, type SessionLaps } from '@/lib/view/session';
import { sessionLapsOf } from '@/lib/view/session-data';
import { pathData, pathNumber } from '@/lib/view/svg-path';
import { generateCorpus } from '@/scripts/bench/generate';
import { prng } from '../support/prng';

/**
 * Issue 22: at 10,000 articles no page exceeds 250 KB raw. The heaviest page of the site is the session
 * page of a 24-hour race with a lap analysis (60 cars, about 380 laps each, 5 classes): 500.5 KiB before
 * its charts were drawn as compact paths and its tables lost per-cell classes and optional end tags. Here
 * the bench's own generator writes such a race, the site reads it as it reads any content, and the page's
 * view is rendered as its route renders it.
 */

/** Decodes the path data lib/view/svg-path.ts writes (M, then relative l, h, v) back into vertices. */
function vertices(d: string): [number, number][] {
  const tokens = d.match(/[MlhvLHV]|-?(?:\d+\.?\d*|\.\d+)/g)!;
  const out: [number, number][] = [];
  let cmd = '';
  let x = 0;
  let y = 0;
  for (let i = 0; i < tokens.length; ) {
    if (/[a-zA-Z]/.test(tokens[i]!)) cmd = tokens[i++]!;
    const num = () => Number(tokens[i++]);
    if (cmd === 'M') [x, y] = [num(), num()];
    else if (cmd === 'l') [x, y] = [x + num(), y + num()];
    else if (cmd === 'h') x += num();
    else if (cmd === 'v') y += num();
    else throw new Error(`unexpected ${cmd}`);
    out.push([x, y]);
  }
  return out;
}

/** The y of a polyline at `x` (its vertices in increasing x). */
function yAt(pts: readonly [number, number][], x: number): number {
  for (let i = 1; i < pts.length; i++) {
    const [x0, y0] = pts[i - 1]!;
    const [x1, y1] = pts[i]!;
    if (x >= x0 && x <= x1) return x1 === x0 ? y1 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  throw new Error(`x ${x} outside the line`);
}

describe('compact SVG paths', () => {
  it('write numbers as short as they read: no trailing or leading zero, two decimals at most', () => {
    expect([0.5, -0.25, 3, 10.1, -0.004, 0.125, 245.999].map(pathNumber)).toEqual(['.5', '-.25', '3', '10.1', '0', '.13', '246']);
  });

  it('write the first point absolute, then h, v or l relative, the command letter not repeated', () => {
    expect(pathData([[1, 2.5], [2, 0.5], [3, 1.5], [7, 1.5], [7, 4], [8, 3.25]])).toBe('M1 2.5l1-2 1 1h4v2.5l1-.75');
    expect(pathData([[1, 0.5]])).toBe('M1 .5');
    expect(pathData([])).toBe('');
  });

  it('reproduce a random lap chart: every car’s position at every lap, from the path alone', () => {
    // Twelve cars over 380 laps, two neighbours swapping places on about one lap in four.
    const rng = prng(24);
    const order = Array.from({ length: 12 }, (_, i) => String(i + 1));
    const pos = new Map(order.map((n) => [n, [] as number[]]));
    for (let lap = 1; lap <= 380; lap++) {
      if (rng.next() < 0.25) {
        const i = rng.int(order.length - 1);
        [order[i], order[i + 1]] = [order[i + 1]!, order[i]!];
      }
      order.forEach((n, i) => pos.get(n)!.push(i + 1));
    }
    const cls: ClassTraces = {
      className: 'LMP2',
      leaderLaps: 380,
      cars: order.map((number) => ({ number, team: `Team ${number}`, className: 'LMP2', laps: 380, elapsedMs: 0, pos: pos.get(number)!, elapsed: [], running: true })),
    };
    const chart = lapChart(cls, 'race', 'Race')!;
    for (const line of chart.lines) {
      const pts = vertices(line.path);
      const expected = pos.get(line.number)!;
      expect(expected.map((_, l) => yAt(pts, l + 1) + 0.5)).toEqual(expected);
      // Only the turns are written: fewer vertices than laps.
      expect(pts.length).toBeLessThan(expected.length);
    }
  });
});

describe('a gap line keeps what a pixel can show', () => {
  it('drops a vertex only where the line passes within the tolerance of it, and keeps both ends', () => {
    const rng = prng(8);
    const pts: [number, number][] = Array.from({ length: 400 }, (_, i) => [i + 1, Math.round((Math.sin(i / 20) * 50 + rng.next() * 3) * 10) / 10]);
    const kept = simplifyWithin(pts, 1);
    expect(kept[0]).toEqual(pts[0]);
    expect(kept.at(-1)).toEqual(pts.at(-1));
    expect(kept.length).toBeLessThan(pts.length / 2);
    for (const [x, y] of pts) expect(Math.abs(yAt(kept, x) - y)).toBeLessThanOrEqual(1 + 1e-9);
    // A jump larger than the tolerance (a pit stop) is never smoothed away.
    const jump: [number, number][] = [[1, 0], [2, 0], [3, 30], [4, 0], [5, 0]];
    expect(simplifyWithin(jump, 1)).toEqual([[1, 0], [2, 0], [3, 30], [4, 0], [5, 0]]);
  });
});

describe('the session page of a 24-hour race of 60 cars', () => {
  let dir: string;
  let graph: Graph;
  let edition: Edition;
  let session: SessionNode;
  let laps: SessionLaps;
  let html: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'session-weight-'));
    process.env.TIMING_CACHE_DIR = join(dir, 'cache');
    // The bench's corpus gives one race edition in ten a 24-hour analysis: its 15 articles give one, of 5 classes.
    generateCorpus(15, join(dir, 'content'));
    const read = readContent(join(dir, 'content'));
    graph = buildGraph(buildContent(read.articles, read.registries, { timing: read.timing }).content);
    const found = [...graph.editions.values()].flatMap((e) => e.sessions.map((s) => ({ e, s }))).find(({ s }) => s.laps);
    edition = found!.e;
    session = found!.s;
    laps = (await sessionLapsOf(session, graph))!;
    html = renderToStaticMarkup(createElement(SessionView, sessionViewProps(graph, edition, session, laps)));
  }, 60_000);

  afterAll(() => {
    delete process.env.TIMING_CACHE_DIR;
    rmSync(dir, { recursive: true, force: true });
  });

  it('is the heavy case: 60 cars in 5 classes, over 300 laps for the leaders', () => {
    expect(laps.summary.cars).toHaveLength(60);
    expect(laps.summary.classes).toHaveLength(5);
    expect(Math.max(...laps.summary.classes.map((c) => c.leaderLaps))).toBeGreaterThan(300);
  });

  it('stays under the page budget of 250,000 bytes, with room for the layout around it', () => {
    // The layout (header, footer, JSON-LD, theme script) adds about 10 KB to the view on the served page.
    expect(Buffer.byteLength(html)).toBeLessThan(250_000 - 15_000);
  });

  it('still shows every part issue 21 asks for, for every car and class', () => {
    const count = (re: RegExp) => (html.match(re) ?? []).length;
    // A lap chart and a gap chart per class, each an image with a title and a description, and its table.
    expect(count(/<svg role="img"[^>]*><title id="lap-chart-/g)).toBe(5);
    expect(count(/<svg role="img"[^>]*><title id="gap-chart-/g)).toBe(5);
    expect(count(/<desc id="/g)).toBe(10);
    expect(count(/: position in class at laps /g)).toBe(5);
    expect(count(/: gap to the class leader at laps /g)).toBe(5);
    expect(count(/: laps led in class and fastest laps<\/caption>/g)).toBe(5);
    // A line per car in the lap charts, each with its label at the flag.
    expect(count(/<path d="M[^"]*" class="line (?!tail)/g)).toBe(60 + 5 * 5);
    // Per car: its summary, its drivers' drive time and shares, and a row per stint.
    expect(count(/<details class="car-panel">/g)).toBe(60);
    expect(count(/<caption>Drive time of #/g)).toBe(60);
    expect(count(/<caption>Stints of #/g)).toBe(60);
    const stints = laps.summary.cars.reduce((n, c) => n + c.stints.length, 0);
    expect(count(/<tr><td>\d+<td>/g)).toBe(stints);
    for (const car of laps.summary.cars) {
      expect(html).toContain(`<b>#${car.number}</b>`);
      const total = car.drivers.reduce((s, d) => s + d.ms, 0);
      for (const d of car.drivers) expect(html).toContain(`style="--share:${((d.ms / total) * 100).toFixed(1)}%"`);
    }
  });

  it('draws each gap line within a pixel of the gap at every lap: half for the rounding, half for the dropped vertices', () => {
    for (const cls of classTraces(laps.rows)) {
      const chart = gapChart(cls, 'race', 'Race')!;
      const maxS = Number(chart.viewBox.split(' ')[3]);
      const halfPixel = maxS / GAP_HEIGHT / 2;
      for (const line of chart.lines) {
        const pts = vertices(line.path);
        const gaps = gapsToLeader(cls, cls.cars.find((c) => c.number === line.number)!);
        gaps.forEach((ms, l) => {
          // Rounded to a power of ten under a pixel, then simplified within half a pixel.
          if (ms !== undefined) expect(Math.abs(yAt(pts, l + 1) - ms / 1000)).toBeLessThanOrEqual(halfPixel * 2);
        });
      }
    }
  });

  it('draws every car’s lap chart line through its position at every lap', () => {
    for (const cls of classTraces(laps.rows)) {
      const chart = lapChart(cls, 'race', 'Race')!;
      for (const car of cls.cars) {
        const line = chart.lines.find((l) => l.number === car.number)!;
        const pts = [...vertices(line.path), ...(line.tailPath ? vertices(line.tailPath).slice(1) : [])];
        expect(car.pos.map((_, l) => yAt(pts, l + 1) + 0.5)).toEqual(car.pos);
      }
    }
  });
});
