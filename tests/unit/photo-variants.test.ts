import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_WIDTHS, CROPS, cropName, writeVariants } from '@/lib/images/variants';
import { variantName } from '@/lib/images/widths.mjs';
import { pictureProps } from '@/lib/view/picture';
import { drawPhoto, STORY, writeStory } from '../support/newsroom';

/**
 * The static export's photos (issue 23): the <picture> a page names in `npm run build:export` lists only
 * files that the build's variants step writes, each an AVIF or a WebP no wider than its descriptor says,
 * never the original; and the crops for NewsArticle.image are 1,200 px wide.
 */
let root: string;
let out: string;
const env = { CONTENT_DIR: process.env.CONTENT_DIR, NEXT_OUTPUT: process.env.NEXT_OUTPUT, VARIANTS_CACHE_DIR: process.env.VARIANTS_CACHE_DIR };

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'photo-variants-'));
  await writeStory(join(root, 'content'));
  out = join(root, 'out', 'images', 'v');
  process.env.CONTENT_DIR = join(root, 'content');
  process.env.VARIANTS_CACHE_DIR = join(root, 'variants-cache');
});
afterAll(() => {
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
  rmSync(root, { recursive: true, force: true });
});

const candidates = (srcSet: string) =>
  srcSet.split(', ').map((c) => {
    const [url, w] = c.split(' ');
    return { url: url!, width: Number(w!.replace(/w$/, '')) };
  });

describe('the static export', () => {
  it('writes every variant its pages name, in the named format and width, and no original', async () => {
    const report = await writeVariants(out);
    expect(report.photos).toBe(2);
    expect(report.outBytes).toBeGreaterThan(0);
    process.env.NEXT_OUTPUT = 'export';
    try {
      for (const [src, size] of [[STORY.lead, STORY.leadSize], [STORY.figure, STORY.figureSize]] as const) {
        for (const kind of ['lead', 'card', 'thumb'] as const) {
          const p = pictureProps(src, 'alt', kind, kind === 'lead')!;
          expect(p.width).toBe(size.width);
          expect(p.height).toBe(size.height);
          expect(p.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
          for (const source of p.sources) {
            for (const c of candidates(source.srcSet)) {
              expect(c.url.startsWith('/images/v/'), c.url).toBe(true);
              const file = join(out, c.url.slice('/images/v/'.length));
              expect(existsSync(file), c.url).toBe(true);
              const meta = await sharp(file).metadata();
              expect(meta.format, c.url).toBe(source.type === 'image/avif' ? 'heif' : 'webp');
              expect(meta.width, c.url).toBe(c.width);
              expect(c.width).toBeLessThanOrEqual(size.width);
            }
          }
          expect(existsSync(join(out, p.src.slice('/images/v/'.length)))).toBe(true);
        }
      }
    } finally {
      delete process.env.NEXT_OUTPUT;
    }
    // Nothing in the output is a photo's original file.
    const originals = [STORY.lead, STORY.figure].map((f) => readFileSync(join(root, 'content', 'images', f)));
    for (const name of readdirSync(out)) expect(originals.some((o) => o.equals(readFileSync(join(out, name)))), name).toBe(false);
    expect(readdirSync(out)).not.toContain(STORY.lead);
    // 30 AVIF and WebP encodes and 6 crops: minutes on a loaded machine.
  }, 300_000);

  it('encodes a photo once: the next export copies its variants from the cache, until its bytes change', async () => {
    const perPhoto = ALL_WIDTHS.length * 2 + Object.keys(CROPS).length;
    const again = await writeVariants(join(root, 'out-again'));
    expect([again.photos, again.files, again.encoded, again.cached]).toEqual([2, 2 * perPhoto, 0, 2 * perPhoto]);
    for (const name of readdirSync(out)) expect(readFileSync(join(root, 'out-again', name)).equals(readFileSync(join(out, name))), name).toBe(true);
    // The figure redrawn: only its variants are encoded again.
    const figure = join(root, 'content', 'images', STORY.figure);
    await (await drawPhoto(STORY.figureSize.width, STORY.figureSize.height, 120)).png().toFile(`${figure}.new.png`);
    renameSync(`${figure}.new.png`, figure);
    const changed = await writeVariants(join(root, 'out-changed'));
    expect([changed.encoded, changed.cached]).toEqual([perPhoto, perPhoto]);
    const name = variantName(STORY.figure, 640, 'webp');
    expect(readFileSync(join(root, 'out-changed', name)).equals(readFileSync(join(out, name)))).toBe(false);
  }, 300_000);

  it('crops the lead photo to 16:9, 4:3 and 1:1, 1,200 px wide', async () => {
    for (const [crop, [width, height]] of Object.entries(CROPS)) {
      const meta = await sharp(join(out, cropName(STORY.lead, crop as keyof typeof CROPS))).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', width, height]);
    }
  });
});

describe('on a server', () => {
  it("names Next's image optimizer for every width, with the photo's own size", () => {
    const p = pictureProps(STORY.lead, 'alt', 'lead', true)!;
    expect(p.sources).toEqual([]);
    expect([p.width, p.height, p.priority]).toEqual([STORY.leadSize.width, STORY.leadSize.height, true]);
    const urls = candidates(p.srcSet);
    expect(urls.length).toBeGreaterThan(2);
    for (const c of urls) expect(c.url).toMatch(new RegExp(`^/_next/image\\?url=%2Fimages%2F${STORY.lead.replace('.', '\\.')}&w=${c.width}&q=\\d+$`));
  });

  it('has nothing to show for a file that is not there', () => {
    expect(pictureProps('missing.jpg', 'alt', 'lead')).toBeUndefined();
  });
});
