import { describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/check/build-content';
import type { RawArticle } from '@/lib/content';
import { scanBody } from '@/lib/content/mdx';
import { formatProblem } from '@/lib/content/problems';

/** An article whose body (starting on line 20 of its file) uses the official-timing tags. */
function article(slug: string, body: string, data: Record<string, unknown> = {}): RawArticle {
  return {
    file: `content/articles/${slug}.mdx`,
    slug,
    bodyRaw: body,
    bodyCode: '',
    data: {
      title: `Report ${slug}`,
      description: 'A description that is long enough to pass the fifty character minimum.',
      date: '2024-03-02',
      event: { name: '8 Hours of Bahrain', year: 2024 },
      results: [
        { session: 'Race', type: 'race', classes: [{ class: 'Hypercar', entries: [{ pos: 1, number: '8', team: 'Toyota Gazoo Racing', drivers: ['Brendon Hartley'] }] }] },
        { session: 'Qualifying', type: 'qualifying', classes: [{ class: 'LMGT3', entries: [{ pos: 1, number: '55', team: 'Vista AF Corse', drivers: ['Alessio Rovera'] }] }] },
      ],
      ...data,
    },
  };
}

function check(raw: RawArticle): string[] {
  const bodies = new Map([[raw.file, scanBody(raw.file, raw.bodyRaw, 20)]]);
  return buildContent([raw], [], { bodies }).problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p));
}

describe('<Classification> and <LapChart> in a body', () => {
  it('pass when they name a session and class of the edition', () => {
    expect(check(article('ok', 'Text.\n\n<Classification session="Race" class="Hypercar" />\n\n<Classification session="qualifying" />\n'))).toEqual([]);
  });

  it('need an edition', () => {
    const raw = article('no-event', 'Text.\n\n<Classification session="Race" />\n', { event: undefined });
    expect(check(raw)).toEqual([
      expect.stringMatching(/^content\/articles\/no-event\.mdx:22 body: <Classification session="Race" \/> shows the official timing of the article's edition, and this article has none/),
    ]);
  });

  it('name an unknown session or class, or a lap chart of a session without laps, with the line and the value', () => {
    const problems = check(
      article('bad', '<Classification session="Warm Up" />\n<Classification session="Race" class="LMP2" />\n<LapChart session="Race" />\n<LapChart />\n'),
    );
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/:20 body: <Classification session="Warm Up" \/> names a session that 8 Hours of Bahrain 2024 does not have \("Warm Up"\) — its sessions are "Race", "Qualifying"/);
    expect(problems[1]).toMatch(/:21 body: <Classification session="Race" class="LMP2" \/> names a class that 8 Hours of Bahrain 2024, Race does not have \("LMP2"\) — its classes are Hypercar/);
    expect(problems[2]).toMatch(/:22 body: <LapChart session="Race" \/>: 8 Hours of Bahrain 2024, Race has no laps/);
    expect(problems[3]).toMatch(/:23 body: <LapChart \/> needs a session — write <LapChart session="Race" \/>/);
  });
});
