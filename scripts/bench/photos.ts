/**
 * The bench corpus's photos (one article in five has a lead photo): a few distinct pictures drawn with
 * sharp, copied under every name the articles use, and the image work a build does for them, timed: the
 * static export's variants (each width in AVIF and WebP, and the three crops), as `npm run build:export`
 * writes them (lib/images/variants.ts).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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

/** The variants of every photo of `contentDir`, written into a temporary directory and removed. */
export async function timePhotoVariants(contentDir: string): Promise<VariantsReport> {
  const out = mkdtempSync(join(tmpdir(), 'bench-photos-'));
  try {
    return await writeVariants(out, join(contentDir, 'images'));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
