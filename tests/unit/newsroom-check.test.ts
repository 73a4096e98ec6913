import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/check/content-check';
import { buildContent } from '@/lib/check/build-content';
import { formatProblem } from '@/lib/content/problems';
import { readContent } from '@/lib/content/read-files';
import { buildGraph } from '@/lib/graph/build';
import { GOOD } from '../fixtures/corpus';
import { STORY, writeStory } from '../support/newsroom';

/**
 * Issue 23: the check's rules for photos and authors, on a copy of the good fixtures with the photo story
 * of tests/support/newsroom.ts (photos drawn by sharp), and how bylines resolve to authors.
 */
let root: string;
let dir: string;
const article = () => join(dir, 'articles', `${STORY.slug}.mdx`);
let original: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'newsroom-check-'));
  dir = join(root, 'content');
  cpSync(GOOD, dir, { recursive: true });
  await writeStory(dir);
  original = readFileSync(article(), 'utf8');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The check of the directory with the story's article edited by `edit`; its problems of `severity`. */
function checkWith(edit: (text: string) => string, severity: 'error' | 'warning' = 'error') {
  writeFileSync(article(), edit(original));
  try {
    return checkContent(dir).problems.filter((p) => p.severity === severity);
  } finally {
    writeFileSync(article(), original);
  }
}

describe('the photo story', () => {
  it('passes the check with no error and no photo warning', () => {
    const problems = checkContent(dir).problems;
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(problems.filter((p) => /photo/.test(p.message)).map(formatProblem)).toEqual([]);
  });
});

describe('the check refuses a photo, naming the file, the field and the value', () => {
  it('a lead photo that is not in content/images', () => {
    const [p, ...rest] = checkWith((t) => t.replace(`src: ${STORY.lead}`, 'src: nowhere.jpg'));
    expect(rest).toEqual([]);
    expect(p!.file).toMatch(new RegExp(`articles/${STORY.slug}\\.mdx$`));
    expect(p!.path).toBe('image.src');
    expect(p!.value).toBe('nowhere.jpg');
    expect(p!.message).toMatch(/^image\.src names a photo that is not in .*content\/images\/$/);
    expect(p!.line).toBe(original.split('\n').findIndex((l) => l.includes(`src: ${STORY.lead}`)) + 1);
  });

  it('a <Figure> whose file is missing, at its line', () => {
    const [p, ...rest] = checkWith((t) => t.replace(`src="${STORY.figure}"`, 'src="gone.png"'));
    expect(rest).toEqual([]);
    expect(p!.file).toMatch(new RegExp(`articles/${STORY.slug}\\.mdx$`));
    expect(p).toMatchObject({ path: 'body', value: 'gone.png', line: original.split('\n').findIndex((l) => l.startsWith('<Figure')) + 1 });
    expect(p!.message).toMatch(/^<Figure> src names a photo that is not in/);
  });

  it('a file that is not JPEG, PNG, WebP or AVIF', async () => {
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#345' } }).gif().toFile(join(dir, 'images', 'moving.gif'));
    try {
      const [p, ...rest] = checkWith((t) => t.replace(`src: ${STORY.lead}`, 'src: moving.gif'));
      expect(rest).toEqual([]);
      expect(p).toMatchObject({ path: 'image.src', value: 'moving.gif' });
      expect(p!.message).toMatch(/moving\.gif is not a JPEG, PNG, WebP or AVIF photo \(it is GIF\)$/);
    } finally {
      rmSync(join(dir, 'images', 'moving.gif'));
    }
  });

  it('a lead photo narrower than 1,200 px, but the same file in a <Figure> is fine', async () => {
    await sharp({ create: { width: 1199, height: 674, channels: 3, background: '#345' } }).jpeg().toFile(join(dir, 'images', 'narrow.jpg'));
    try {
      const [p, ...rest] = checkWith((t) => t.replace(`src: ${STORY.lead}`, 'src: narrow.jpg'));
      expect(rest).toEqual([]);
      expect(p).toMatchObject({ path: 'image.src', value: 'narrow.jpg' });
      expect(p!.message).toBe('image.src: the lead photo narrow.jpg is 1199 px wide; a lead photo needs at least 1,200 px');
      expect(checkWith((t) => t.replace(`src="${STORY.figure}"`, 'src="narrow.jpg"'))).toEqual([]);
    } finally {
      rmSync(join(dir, 'images', 'narrow.jpg'));
    }
  });

  it('a file over 15 MB', async () => {
    const small = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#345' } }).jpeg().toBuffer();
    // A real JPEG followed by padding, as a camera's embedded previews and metadata make one.
    writeFileSync(join(dir, 'images', 'huge.jpg'), Buffer.concat([small, Buffer.alloc(16 * 1024 * 1024)]));
    try {
      const [p, ...rest] = checkWith((t) => t.replace(`src: ${STORY.lead}`, 'src: huge.jpg'));
      expect(rest).toEqual([]);
      expect(p).toMatchObject({ path: 'image.src', value: 'huge.jpg' });
      expect(p!.message).toMatch(/huge\.jpg is 16\.\d MB, over the 15 MB limit$/);
    } finally {
      rmSync(join(dir, 'images', 'huge.jpg'));
    }
  });

  it('a <Figure> in an unsupported format or over 15 MB, at its line', async () => {
    const figureLine = original.split('\n').findIndex((l) => l.startsWith('<Figure')) + 1;
    await sharp({ create: { width: 800, height: 450, channels: 3, background: '#345' } }).gif().toFile(join(dir, 'images', 'inline.gif'));
    const small = await sharp({ create: { width: 800, height: 450, channels: 3, background: '#345' } }).png().toBuffer();
    writeFileSync(join(dir, 'images', 'inline-huge.png'), Buffer.concat([small, Buffer.alloc(16 * 1024 * 1024)]));
    try {
      const gif = checkWith((t) => t.replace(`src="${STORY.figure}"`, 'src="inline.gif"'));
      expect(gif.map((p) => [p.path, p.value, p.line])).toEqual([['body', 'inline.gif', figureLine]]);
      expect(gif[0]!.file).toMatch(new RegExp(`articles/${STORY.slug}\\.mdx$`));
      expect(gif[0]!.message).toMatch(/inline\.gif is not a JPEG, PNG, WebP or AVIF photo \(it is GIF\)$/);
      const huge = checkWith((t) => t.replace(`src="${STORY.figure}"`, 'src="inline-huge.png"'));
      expect(huge.map((p) => [p.path, p.value, p.line])).toEqual([['body', 'inline-huge.png', figureLine]]);
      expect(huge[0]!.message).toMatch(/inline-huge\.png is 16\.\d MB, over the 15 MB limit$/);
    } finally {
      rmSync(join(dir, 'images', 'inline.gif'));
      rmSync(join(dir, 'images', 'inline-huge.png'));
    }
  });

  it('a lead photo without alt, with an empty alt, or without credit', () => {
    const noAlt = checkWith((t) => t.replace(/^ {2}alt: .*\n/m, ''));
    expect(noAlt.map((p) => [p.path, p.message])).toEqual([['image.alt', expect.stringMatching(/required|missing/)]]);
    const emptyAlt = checkWith((t) => t.replace(/^ {2}alt: .*$/m, '  alt: ""'));
    expect(emptyAlt.map((p) => [p.path, p.value])).toEqual([['image.alt', '']]);
    const noCredit = checkWith((t) => t.replace(/^ {2}credit: .*\n/m, ''));
    expect(noCredit.map((p) => [p.path, p.message])).toEqual([['image.credit', expect.stringMatching(/required|missing/)]]);
  });

  it('a <Figure> without alt, with an empty alt, or without credit', () => {
    const figureLine = original.split('\n').findIndex((l) => l.startsWith('<Figure')) + 1;
    const noAlt = checkWith((t) => t.replace(/ alt="Mechanics[^"]*"/, ''));
    expect(noAlt.map((p) => [p.path, p.line, p.message])).toEqual([['body', figureLine, '<Figure> has no alt']]);
    const emptyAlt = checkWith((t) => t.replace(/ alt="Mechanics[^"]*"/, ' alt=""'));
    expect(emptyAlt.map((p) => [p.path, p.value, p.message])).toEqual([['body', '', 'the alt attribute of <Figure> is empty']]);
    const noCredit = checkWith((t) => t.replace(/ credit="[^"]*" \/>/, ' />'));
    expect(noCredit.map((p) => [p.path, p.message])).toEqual([['body', '<Figure> has no credit']]);
  });

  it('warns about a photo no article uses, and only about that one', () => {
    const warnings = checkWith((t) => t.replace(/^<Figure .*\n/m, ''), 'warning').filter((p) => /photo/.test(p.message));
    expect(warnings.map((p) => [p.file.replace(/^.*content\//, 'content/'), p.severity, p.message])).toEqual([
      ['content/images/photo-test-pit.png', 'warning', 'no article, <Figure> or author uses this photo'],
    ]);
  });
});

describe('authors', () => {
  const writeAuthor = (id: string, text: string) => writeFileSync(join(dir, 'authors', `${id}.yaml`), text);

  it('resolve a byline by name or alias, one or a list, with a page for a name without a registry entry', () => {
    writeFileSync(article(), original.replace(`author: ${STORY.authorAlias}`, 'author: [Ada Lovegrove, Jan Smit]'));
    try {
      const read = readContent(dir);
      const { content, problems } = buildContent(read.articles, read.registries);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      const a = content.articles.find((x) => x.slug === STORY.slug)!;
      expect(a.authors).toEqual([
        { id: STORY.authorId, written: 'Ada Lovegrove' },
        { id: 'jan-smit', written: 'Jan Smit' },
      ]);
      const graph = buildGraph(content);
      expect(graph.authors.get(STORY.authorId)).toMatchObject({ name: STORY.authorName, registered: true, role: 'Endurance correspondent', links: ['https://example.org/ada-lovegrove'] });
      expect(graph.authors.get('jan-smit')).toMatchObject({ name: 'Jan Smit', registered: false, links: [] });
      expect(graph.articlesBy.authors.get('jan-smit')).toEqual([STORY.slug]);
    } finally {
      writeFileSync(article(), original);
    }
    // The alias, in any case and with or without accents, is the same author.
    const read = readContent(dir);
    const { content } = buildContent(read.articles, read.registries);
    expect(content.articles.find((x) => x.slug === STORY.slug)!.authors).toEqual([{ id: STORY.authorId, written: STORY.authorAlias }]);
    expect(content.resolve('authors', 'a. lovegrove')).toBe(STORY.authorId);
    expect(content.resolve('authors', 'Ádá Lovegrove')).toBe(STORY.authorId);
  });

  it('refuse an alias that names two authors, a link that is not an address, and a missing portrait', () => {
    writeAuthor('ann-lovegrove', 'name: Ann Lovegrove\naliases: [A. Lovegrove]\nlinks: [not a link]\nphoto: ann.jpg\n');
    try {
      const errors = checkContent(dir).problems.filter((p) => p.severity === 'error' && p.file.endsWith('ann-lovegrove.yaml'));
      expect(errors.map((p) => [p.path, p.value])).toEqual(
        expect.arrayContaining([
          ['links[0]', 'not a link'],
          ['photo', 'ann.jpg'],
        ]),
      );
      writeAuthor('ann-lovegrove', 'name: Ann Lovegrove\naliases: [A. Lovegrove]\n');
      const [p, ...rest] = checkContent(dir).problems.filter((x) => x.severity === 'error');
      expect(rest).toEqual([]);
      expect(p).toMatchObject({ path: 'aliases[0]', value: 'A. Lovegrove' });
      expect(p!.message).toMatch(/"A\. Lovegrove" already names the author (ada-lovegrove|ann-lovegrove)/);
    } finally {
      rmSync(join(dir, 'authors', 'ann-lovegrove.yaml'));
    }
  });

  it('refuse an empty author and a correction dated before publication', () => {
    expect(checkWith((t) => t.replace(`author: ${STORY.authorAlias}`, 'author: ""')).map((p) => [p.path, p.value])).toEqual([['author', '']]);
    const early = checkWith((t) => t.replace(`date: ${STORY.correctionDate}`, 'date: 2019-10-01'));
    expect(early.map((p) => [p.path, p.message])).toEqual([['corrections[0].date', 'is earlier than the publication date']]);
  });
});
