/** The article `npm run new` writes. */
import { toId } from './names';
import { PLACEHOLDER } from './placeholders';

/**
 * The article `npm run new -- "Title"` writes: every frontmatter field with a comment, one results block
 * to fill in. Every value the editor must supply starts with TODO, and the check reports each one until
 * it is replaced, so an unfinished scaffold cannot be published.
 */

const MAX_SLUG = 60;

/** `2024-01-22` in the editor's time zone. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The file name's slug part: the title's id, cut at a word boundary. */
export function slugOf(title: string): string {
  const id = toId(title);
  if (id.length <= MAX_SLUG) return id;
  const cut = id.slice(0, MAX_SLUG + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > 20 ? cut.slice(0, dash) : id.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

export function scaffoldArticle(title: string, date: string): { slug: string; text: string } {
  const slug = `${date}-${slugOf(title)}`;
  const T = PLACEHOLDER;
  const text = `---
# The headline, at most 120 characters.
title: ${JSON.stringify(title.trim())}
# One or two sentences, 50 to 200 characters: the text of cards and search results (keep it under 160).
description: "${T}: summarise the news in one or two sentences"
# Date of publication, YYYY-MM-DD.
date: ${date}
# Optional: date of the last correction, YYYY-MM-DD.
# updated: ${date}
# Optional: the author's name.
# author: Jane Doe
# The language the article is written in: en, nl, fr, pt-BR ... (en when left out).
lang: en
# Optional: tags, as a list: [Le Mans, Qualifying]
tags: []
# The race weekend this article is about (it puts the article on the event's page). Delete the block if there is none.
event:
  # The recurring event, without the year: 24 Hours of Le Mans, 8 Hours of Portimao.
  name: "${T}: the event, e.g. 24 Hours of Le Mans"
  # Optional: the edition, when it is not the year of the date above.
  # year: ${date.slice(0, 4)}
  # Optional: the series and the circuit (an event's registry file can supply them).
  # series: FIA World Endurance Championship
  # circuit: Circuit de la Sarthe
# One item per session the article reports. Delete the whole block when the article has no results.
results:
    # The session's name as published: Qualifying 1, Hyperpole, Race.
  - session: "${T}: the session, e.g. Qualifying 1"
    # practice, qualifying or race
    type: qualifying
    # Optional: true when this order is not final (a first qualifying before the grid is set,
    # results under appeal). A provisional session is shown but never counted as a pole or a win.
    # provisional: true
    # Optional, for standings taken during a race: after 22 hours. A standing is never counted.
    # at: after 22 hours
    # Optional: an id that ties this session to other reports of it (the race and the final
    # qualifying are tied without one), e.g. qualifying-1.
    # id: qualifying-1
    classes:
        # The class as published: Hypercar, LMP2, LMGT3, GTE Pro ...
      - class: "${T}: the class, e.g. Hypercar"
        # One item per car, in the order of the results. Copy the block from "- pos:" for the next car.
        entries:
            # Position in the class; leave it out when the report does not give it.
          - pos: 1
            # Optional: position overall.
            # overall: 1
            # The car number, in quotes ("01" is not "1").
            number: "${T}"
            # The team (an entry needs at least a number, a team or drivers).
            team: "${T}: the team"
            # Optional: the car model.
            # car: Toyota GR010 Hybrid
            # The drivers, as a list: [Kamui Kobayashi, Mike Conway, Jose Maria Lopez]
            drivers: ["${T}: the drivers"]
            # Lap time as the timing sheet gives it: 3:19.793, 3m 19.793s, 1'32.656, 1.47.265. Delete the line if there is none.
            time: "${T}: the lap time"
            # Optional, not for the leader: gap behind the class leader (not the car ahead): +0.094, +1:46.0, +1 lap, +3 laps
            # gap: "+0.094"
            # Optional: laps completed.
            # laps: 345
            # Optional: DNF, NC, DSQ, DNS, No time ...
            # status: DNF
            # Optional: a short remark.
            # note: Best lap deleted for track limits
---

${T}: write the article here, in the language given by lang.

{/* Link a name to its page with <Driver>Kamui Kobayashi</Driver> or <Team>AF Corse</Team>.
    <Results /> below places the results tables; <Results session="Qualifying 1" class="Hypercar" /> places one.
    Preview with npm run dev, then check with npm run check. */}

<Results />
`;
  return { slug, text };
}
