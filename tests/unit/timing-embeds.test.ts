import { mkdtempSync, rmSync } from 'node:fs';
import { mdxContext } from '@/lib/view/session-blocks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { createMdxComponents } from '@/components/mdx-components';
import { buildContent } from '@/lib/check/build-content';
import { readContent } from '@/lib/content/read-files';
import type { Article } from '@/lib/content/types';
import { buildGraph } from '@/lib/graph/build';
import { timingEmbeds, timingUses } from '@/lib/view/timing-embeds';

/** The site's own content, official timing included (the 2024 8 Hours of Bahrain analysis). */
const cache = mkdtempSync(join(tmpdir(), 'timing-cache-'));
process.env.TIMING_CACHE_DIR = cache;
afterAll(() => rmSync(cache, { recursive: true, force: true }));
const read = readContent('content');
const graph = buildGraph(buildContent(read.articles, read.registries, { timing: read.timing }).content);

/** A report of the 2024 8 Hours of Bahrain whose body embeds its official timing. */
const body = 'Toyota won.\n\n<Classification session="Race" class="Hypercar" />\n\n<LapChart session="race" class="LMGT3"/>\n';
const article = { slug: 'x', bodyRaw: body, event: { event: { id: '8-hours-of-bahrain', written: '8 Hours of Bahrain' }, year: 2024 } } as unknown as Article;

describe('<Classification> and <LapChart> in a body', () => {
  it('reads the tags of a body, attributes in any order', () => {
    expect(timingUses(body)).toEqual([
      { component: 'Classification', session: 'Race', class: 'Hypercar' },
      { component: 'LapChart', session: 'race', class: 'LMGT3' },
    ]);
  });

  it("draw the edition's official classification and lap chart through the MDX components", async () => {
    const timing = await timingEmbeds(graph, article);
    const components = createMdxComponents({ ...mdxContext([], (_k, id) => id, (_k, w) => w), timing });
    const classification = renderToStaticMarkup(createElement(components.Classification, { session: 'Race', class: 'Hypercar' }));
    // One class only, linked to the session's page, its 18 Hypercars in rows.
    expect(classification).toContain('href="/events/8-hours-of-bahrain/2024/race"');
    expect(classification.match(/<tr>/g)).toHaveLength(18 + 1);
    expect(classification).toContain('Toyota Gazoo Racing');
    expect(classification).not.toContain('LMGT3');
    const chart = renderToStaticMarkup(createElement(components.LapChart, { session: 'race', class: 'LMGT3' }));
    expect(chart).toContain('<title id="lap-chart-race-lmgt3-t">LMGT3, Race: position in class by lap</title>');
    // A line per LMGT3 car (18), drawn as path data (lib/view/svg-path.ts; a polyline until the session page's budget).
    expect(chart.match(/<path d="M[^"]+" class="line (?!tail)/g)).toHaveLength(18);
    // A tag the body does not have draws nothing.
    expect(renderToStaticMarkup(createElement(components.LapChart, { session: 'Qualifying' }))).toBe('');
  });
});
