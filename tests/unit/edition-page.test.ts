import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { EditionView } from '@/components/edition-view';
import { buildContent } from '@/lib/check/build-content';
import type { RawArticle } from '@/lib/content';
import { buildGraph } from '@/lib/graph/build';
import { editionViewProps, FULL_SESSIONS, SESSION_TOP } from '@/lib/view';
import { syntheticArticle } from '../fixtures/synthetic';

/**
 * An edition page stays bounded however many sessions were reported (issue 22): at 10,000 articles an
 * edition of 13 sessions of 40 cars was 601 KB. With more than FULL_SESSIONS sessions, the sessions the
 * statistics do not count show the top of each class and link their session page; the race and the final
 * qualifying stay whole. An edition with few sessions shows every one whole, counted or not.
 */
const CARS = 7;
const CLASSES = ['LMP2', 'GTD'];
// Names far apart, so that the check's near-duplicate rule takes none for another's misspelling.
const TEAMS = [
  ['Alpine Works', 'Boxer Motorsport', 'Cobalt Engineering', 'Dune Racing', 'Emerald Autosport', 'Falcon Competition', 'Granite Garage'],
  ['Harbour Speed', 'Iris Team', 'Juniper Sport', 'Kestrel Squadra', 'Lumen Racing Group', 'Meridian Crew', 'Nomad Works'],
];
const DRIVERS = [
  ['Anna Bell', 'Carlos Duarte', 'Erik Faber', 'Greta Holm', 'Ivan Jurić', 'Kenji Lau', 'Marta Novak'],
  ['Olli Paasi', 'Quentin Roux', 'Sara Toth', 'Umberto Valli', 'Wim Xander', 'Yusuf Zeki', 'Bruno Castro'],
];

function session(name: string, type: 'practice' | 'qualifying' | 'race', extra: Record<string, unknown> = {}) {
  return {
    session: name,
    type,
    ...extra,
    classes: CLASSES.map((c, j) => ({
      class: c,
      entries: Array.from({ length: CARS }, (_, k) => ({
        pos: k + 1,
        number: String(10 * (j + 1) + k),
        team: TEAMS[j]![k],
        car: 'Oreca 07',
        drivers: [DRIVERS[j]![k]],
        ...(type !== 'race' ? { time: `1:3${k}.${100 + j}` } : k === 0 ? { time: '6:00:41.100' } : { gap: `+${k}${k}.${100 + j}` }),
      })),
    })),
  };
}

function report(event: string, results: unknown[]): RawArticle {
  return syntheticArticle(event.toLowerCase().replace(/ /g, '-'), {
    title: `${event} 2024`,
    date: '2024-06-10',
    event: { name: event, series: 'Series Alpha', circuit: 'Circuit Alpha' },
    results,
  });
}

const busy = [
  session('Free Practice 1', 'practice'),
  session('Free Practice 2', 'practice'),
  session('Free Practice 3', 'practice'),
  session('Qualifying 1', 'qualifying', { provisional: true }),
  session('Qualifying', 'qualifying'),
  session('Race standing', 'race', { at: '2 hours' }),
  session('Race', 'race'),
];
const quiet = [session('Free Practice 1', 'practice'), session('Race', 'race')];
const { content, problems } = buildContent([report('Event Busy', busy), report('Event Quiet', quiet)], []);
const graph = buildGraph(content);
const edition = (name: string) => [...graph.editions.values()].find((e) => graph.events.get(e.eventId)!.name === name)!;

/** The rows of each results table in the HTML, by its caption. */
function tableRows(html: string): Map<string, number> {
  const rows = new Map<string, number>();
  for (const m of html.matchAll(/<table[^>]*>\s*<caption[^>]*>([\s\S]*?)<\/caption>([\s\S]*?)<\/table>/g)) {
    const caption = m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
    rows.set(caption, (m[2]!.match(/<tbody[\s\S]*?<\/tbody>/)?.[0].match(/<tr\b/g) ?? []).length);
  }
  return rows;
}

describe('edition pages', () => {
  it('the content is valid', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(edition('Event Busy').sessions).toHaveLength(busy.length);
  });

  it(`with more than ${FULL_SESSIONS} sessions, uncounted ones show the top ${SESSION_TOP} of each class, without a chart, and link their page`, () => {
    const props = editionViewProps(graph, edition('Event Busy'));
    expect(props.sessions.length).toBeGreaterThan(FULL_SESSIONS);
    for (const s of props.sessions) {
      for (const c of s.classes) {
        if (s.counted) {
          expect(c.shown, s.title).toBeUndefined();
          expect(c.chart, s.title).toBeDefined();
        } else {
          expect(c.shown, s.title).toEqual({ className: expect.stringMatching(/^(LMP2|GTD)$/), rows: SESSION_TOP, of: CARS });
          expect(c.chart, s.title).toBeUndefined();
        }
      }
    }
    // Practice ×3, provisional qualifying, the 2-hour standing: uncounted; final qualifying and race: whole.
    expect(props.sessions.filter((s) => !s.counted).map((s) => s.title)).toEqual(['Free Practice 1', 'Free Practice 2', 'Free Practice 3', 'Qualifying 1', 'Race standing, 2 hours']);

    const html = renderToStaticMarkup(createElement(EditionView, props));
    const rows = tableRows(html);
    expect(rows.size).toBe(busy.length * CLASSES.length);
    for (const [caption, count] of rows) {
      const whole = /^(LMP2|GTD) (Qualifying|Race)$/.test(caption);
      expect(count, caption).toBe(whole ? CARS : SESSION_TOP);
    }
    const notes = html.match(/Top \d+ of \d+ cars in (LMP2|GTD)\./g) ?? [];
    expect(notes).toHaveLength(5 * CLASSES.length);
    expect(notes[0]).toBe(`Top ${SESSION_TOP} of ${CARS} cars in LMP2.`);
    const practice = props.sessions.find((s) => s.title === 'Free Practice 2')!;
    expect(html).toContain(`<a href="${practice.href}" class="font-semibold text-brand-dark hover:underline">Every car on the session&#x27;s page →</a>`);
  });

  it(`with ${FULL_SESSIONS} sessions or fewer, every session is whole`, () => {
    const props = editionViewProps(graph, edition('Event Quiet'));
    expect(props.sessions).toHaveLength(quiet.length);
    const html = renderToStaticMarkup(createElement(EditionView, props));
    expect([...tableRows(html).values()]).toEqual(Array(quiet.length * CLASSES.length).fill(CARS));
    expect(html).not.toMatch(/Top \d+ of/);
  });
});
