/**
 * The bench corpus's photos (one article in five has a lead photo): a few distinct pictures drawn with
 * sharp, copied under every name the articles use, and the image work a build does for them, timed: the
 * static export's variants (each width in AVIF and WebP, and the three crops), as `npm run build:export`
 * writes them (lib/images/variants.ts).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { writeVariants, type VariantsReport } from '../../lib/images/variants';

/** Distinct pictures drawn; the rest are copies (the encoders' work is the same for a copy). */
const DISTINCT = 8;

/** Writes `names` into `<contentDir>/images`, 1,600×900 JPEG photos. */
export async function writeCorpusPhotos(contentDir: string, names: readonly string[]): Promise<void> {
  const dir = join(contentDir, 'images');
  mkdirSync(dir, { recursive: true });
  for (const [i, name] of names.entries()) {
    if (i < DISTINCT) {
      const hue = (i * 47) % 360;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},50%,30%)"/><stop offset="1" stop-color="hsl(${(hue + 60) % 360},60%,65%)"/></linearGradient></defs><rect width="1600" height="900" fill="url(#g)"/><rect y="560" width="1600" height="340" fill="#2b2f36"/><ellipse cx="${500 + i * 60}" cy="580" rx="360" ry="70" fill="#c8102e"/><circle cx="${330 + i * 60}" cy="630" r="55" fill="#111"/><circle cx="${670 + i * 60}" cy="630" r="55" fill="#111"/></svg>`;
      // Grain, as a real photo has, so that the encoders do a photo's work.
      const noise = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 10 } } }).png().toBuffer();
      await sharp(Buffer.from(svg)).composite([{ input: noise, blend: 'overlay' }]).jpeg({ quality: 85 }).toFile(join(dir, name));
    } else copyFileSync(join(dir, names[i % DISTINCT]!), join(dir, name));
  }
}

/** Photos encoded by the bench: enough for a steady per-photo figure, few enough to stay minutes at 10,000 articles. */
export const PHOTO_SAMPLE = 16;

/** The image work of a build, measured on a sample and scaled to the corpus: cold (every photo new) and unchanged (all from the cache). */
export interface PhotoFigures {
  /** Photos in the corpus, and the sample encoded. */
  photos: number;
  sample: number;
  /** The sample with an empty cache: files written and encoded, time, bytes in and out. */
  cold: VariantsReport;
  /** The sample again, nothing changed: every variant from the cache. */
  warm: VariantsReport;
  /** The whole corpus's photos with an empty cache, from the sample's time per photo. */
  projectedColdMs: number;
}

/**
 * The image work of a build for the corpus's photos (`npm run build:export`, lib/images/variants.ts): the
 * first PHOTO_SAMPLE photos (copies) with an empty variants cache, then again with it full; the cold figure
 * for all photos is the sample's per-photo time times their number. Every photo is made distinct first (a
 * comment segment of its own in the JPEG), so the cache, which is keyed by bytes, cannot share one's variants.
 */
export async function timePhotoVariants(contentDir: string, names: readonly string[]): Promise<PhotoFigures> {
  const root = mkdtempSync(join(tmpdir(), 'bench-photos-'));
  // Copies, made distinct: the corpus itself stays as built, so that the no-change build finds nothing changed.
  const dir = join(root, 'images');
  mkdirSync(dir);
  const sample = names.slice(0, PHOTO_SAMPLE);
  for (const name of sample) {
    copyFileSync(join(contentDir, 'images', name), join(dir, name));
    distinct(join(dir, name), name);
  }
  const cacheBefore = process.env.VARIANTS_CACHE_DIR;
  process.env.VARIANTS_CACHE_DIR = join(root, 'cache');
  try {
    const cold = await writeVariants(join(root, 'out-cold'), dir, sample);
    const warm = await writeVariants(join(root, 'out-warm'), dir, sample);
    const projectedColdMs = cold.photos ? Math.round((cold.ms / cold.photos) * names.length) : 0;
    return { photos: names.length, sample: cold.photos, cold, warm, projectedColdMs };
  } finally {
    if (cacheBefore === undefined) delete process.env.VARIANTS_CACHE_DIR;
    else process.env.VARIANTS_CACHE_DIR = cacheBefore;
    rmSync(root, { recursive: true, force: true });
  }
}

/** Gives a JPEG bytes of its own: a COM segment with its name after the SOI marker (decoders skip it). */
function distinct(file: string, name: string): void {
  const jpeg = readFileSync(file);
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return;
  const text = Buffer.from(`bench photo ${name}`);
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  writeFileSync(file, Buffer.concat([jpeg.subarray(0, 2), segment, text, jpeg.subarray(2)]));
}
