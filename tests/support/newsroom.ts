/**
 * A photo story for the newsroom tests (issue 23), written into a copy of the content: an author in the
 * registry, a lead photo and a body photo that sharp draws here (we own no real photo), and an article
 * that uses them, names its author by an alias and carries a dated correction.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export const STORY = {
  slug: '2019-photo-test-six-hours-report',
  title: 'Photo test: Toyota controls the Photo Test 6 Hours',
  authorId: 'ada-lovegrove',
  authorName: 'Ada Lovegrove',
  /** The spelling the article uses: an alias in the registry. */
  authorAlias: 'A. Lovegrove',
  lead: 'photo-test-lead.jpg',
  leadSize: { width: 2400, height: 1350 },
  figure: 'photo-test-pit.png',
  figureSize: { width: 1600, height: 1067 },
  correctionDate: '2019-10-08',
  correctionText: 'An earlier version gave the winning margin as 18 seconds; it was 8 seconds.',
} as const;

/**
 * A picture with a car, a track and a crowd of small shapes, so that encoders have detail to keep: browsers
 * do not count a nearly flat picture (a few bits per pixel) as a page's largest paint.
 */
export async function drawPhoto(width: number, height: number, hue: number): Promise<ReturnType<typeof sharp>> {
  let seed = hue + 1;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const crowd = Array.from({ length: 900 }, () => {
    const x = Math.round(next() * width);
    const y = Math.round(next() * height * 0.6);
    const r = Math.round(4 + next() * height * 0.02);
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="hsl(${Math.round(next() * 360)},${Math.round(30 + next() * 50)}%,${Math.round(25 + next() * 50)}%)"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue},55%,30%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},65%,60%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${crowd}
    <rect x="0" y="${height * 0.62}" width="100%" height="${height * 0.38}" fill="#2b2f36"/>
    <rect x="0" y="${height * 0.78}" width="100%" height="${height * 0.02}" fill="#f4f4f4"/>
    <ellipse cx="${width * 0.45}" cy="${height * 0.64}" rx="${width * 0.22}" ry="${height * 0.08}" fill="#c8102e"/>
    <circle cx="${width * 0.33}" cy="${height * 0.7}" r="${height * 0.06}" fill="#111"/>
    <circle cx="${width * 0.57}" cy="${height * 0.7}" r="${height * 0.06}" fill="#111"/>
  </svg>`;
  return sharp(Buffer.from(svg));
}

/** Writes the author, both photos and the article into the content directory `dir`. */
export async function writeStory(dir: string): Promise<void> {
  mkdirSync(join(dir, 'images'), { recursive: true });
  mkdirSync(join(dir, 'authors'), { recursive: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  await (await drawPhoto(STORY.leadSize.width, STORY.leadSize.height, 200)).jpeg({ quality: 85 }).toFile(join(dir, 'images', STORY.lead));
  await (await drawPhoto(STORY.figureSize.width, STORY.figureSize.height, 20)).png().toFile(join(dir, 'images', STORY.figure));
  writeFileSync(
    join(dir, 'authors', `${STORY.authorId}.yaml`),
    `name: ${STORY.authorName}
aliases: [${STORY.authorAlias}]
role: Endurance correspondent
bio: Covers the World Endurance Championship and IMSA from the pit lane.
links: [https://example.org/ada-lovegrove]
`,
  );
  writeFileSync(
    join(dir, 'articles', `${STORY.slug}.mdx`),
    `---
title: "${STORY.title}"
description: A test report with a lead photo, a photo in the body, an author from the registry and a dated correction.
date: 2019-10-06
author: ${STORY.authorAlias}
corrections:
  - date: ${STORY.correctionDate}
    text: "${STORY.correctionText}"
image:
  src: ${STORY.lead}
  alt: A red prototype on the pit straight at dusk
  caption: The winning car on its last lap
  credit: Test Photographer / Test Agency
event:
  name: Photo Test 6 Hours
results:
  - session: Race
    type: race
    classes:
      - class: LMP1
        entries:
          - pos: 1
            number: "8"
            team: Toyota Gazoo Racing
            drivers: [Photo Test Driver]
---

The race was decided in the last hour, when the leading car stopped for fuel one lap later than its rival
and came out eight seconds clear.

<Figure src="${STORY.figure}" alt="Mechanics change the tyres of the red prototype in the pit lane" caption="The decisive stop" credit="Test Photographer / Test Agency" />

The team now leads the championship by a handful of points with one round to go.
`,
  );
}
