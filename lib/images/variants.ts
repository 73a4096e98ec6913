/**
 * The files made from a photo: each width of lib/images/widths.mjs in AVIF and WebP (the static export's
 * srcset, written at build), and the 16:9, 4:3 and 1:1 crops that NewsArticle.image lists (JPEG, 1,200 px
 * wide). One name scheme for both, under VARIANTS_PATH; a server makes a crop on request
 * (app/images/v/[file]), the static export writes them all (writeVariants).
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { imagesDir, PHOTO_FORMATS, readPhoto } from '../content/photos';
import { PHOTO_QUALITY, PHOTO_WIDTHS, THUMB_WIDTHS, variantName } from './widths.mjs';

/** The crops of a lead photo for search engines, width × height. */
export const CROPS = { '16x9': [1200, 675], '4x3': [1200, 900], '1x1': [1200, 1200] } as const;
export type Crop = keyof typeof CROPS;

/** Every width a srcset can name (Next's allSizes: the device sizes and the image sizes). */
export const ALL_WIDTHS = [...new Set([...THUMB_WIDTHS, ...PHOTO_WIDTHS])].sort((a, b) => a - b);

export function cropName(src: string, crop: Crop): string {
  return `${src.replace(/\.[^.]+$/, '')}-${crop}.jpg`;
}

export type VariantSpec = { kind: 'width'; width: number; format: 'avif' | 'webp' } | { kind: 'crop'; crop: Crop };

/** The photo and the variant a variant's file name stands for, or undefined when it names none. */
export function parseVariantName(name: string, dir: string = imagesDir()): { src: string; spec: VariantSpec } | undefined {
  const m = /^(.+)-(?:(\d+)\.(avif|webp)|(16x9|4x3|1x1)\.jpg)$/.exec(name);
  if (!m) return undefined;
  const base = m[1]!;
  const spec: VariantSpec = m[2] ? { kind: 'width', width: Number(m[2]), format: m[3] as 'avif' | 'webp' } : { kind: 'crop', crop: m[4] as Crop };
  if (spec.kind === 'width' && !ALL_WIDTHS.includes(spec.width)) return undefined;
  for (const ext of [...PHOTO_FORMATS, 'jpeg']) {
    const src = `${base}.${ext}`;
    if (readPhoto(src, dir).ok) return { src, spec };
  }
  return undefined;
}

/** Makes one variant of a photo (never larger than the original, except a crop, which is always 1,200 px wide). */
export async function renderVariant(src: string, spec: VariantSpec, dir: string = imagesDir()): Promise<Buffer> {
  const image = sharp(join(dir, src), { limitInputPixels: 100_000_000 }).rotate();
  if (spec.kind === 'crop') {
    const [width, height] = CROPS[spec.crop];
    return image.resize(width, height, { fit: 'cover', position: 'attention' }).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
  }
  const resized = image.resize({ width: spec.width, withoutEnlargement: true });
  return spec.format === 'avif' ? resized.avif({ quality: PHOTO_QUALITY - 20, effort: 2 }).toBuffer() : resized.webp({ quality: PHOTO_QUALITY }).toBuffer();
}

export interface VariantsReport {
  photos: number;
  files: number;
  /** Files encoded now, and files copied from the cache (a photo whose bytes an earlier build encoded). */
  encoded: number;
  cached: number;
  /** Bytes of the originals read and of the variants written. */
  inBytes: number;
  outBytes: number;
  ms: number;
}

/**
 * Where encoded variants are kept between builds, by the photo's bytes (VARIANTS_CACHE_DIR overrides), so
 * that an export encodes only new or changed photos: each photo costs seconds of AVIF encoding.
 */
export const variantsCacheDir = () => process.env.VARIANTS_CACHE_DIR ?? join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'cache', 'images');
/** Part of every cache key: bump it when renderVariant's output changes (formats, qualities, crops). */
const VARIANTS_VERSION = `1:${PHOTO_QUALITY}`;

/** Every variant of one photo: its file name in the output, and what it is. */
function variantSpecs(src: string): { name: string; suffix: string; spec: VariantSpec }[] {
  return [
    ...ALL_WIDTHS.flatMap((width) =>
      (['avif', 'webp'] as const).map((format) => ({ name: variantName(src, width, format), suffix: `${width}.${format}`, spec: { kind: 'width' as const, width, format } })),
    ),
    ...(Object.keys(CROPS) as Crop[]).map((crop) => ({ name: cropName(src, crop), suffix: `${crop}.jpg`, spec: { kind: 'crop' as const, crop } })),
  ];
}

/**
 * Writes every variant of every photo in content/images (or of the photos `only` names) to `outDir` (the
 * static export's `out/images/v`): each width in AVIF and WebP, and the three crops. A variant the cache
 * holds for the same bytes is copied; the others are encoded and kept in the cache.
 */
export async function writeVariants(outDir: string, dir: string = imagesDir(), only?: readonly string[]): Promise<VariantsReport> {
  const started = performance.now();
  const report: VariantsReport = { photos: 0, files: 0, encoded: 0, cached: 0, inBytes: 0, outBytes: 0, ms: 0 };
  let names: string[] = [];
  try {
    names = only ? [...only] : (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  } catch {
    /* no photos */
  }
  await mkdir(outDir, { recursive: true });
  for (const src of names) {
    const read = readPhoto(src, dir);
    if (!read.ok) continue;
    report.photos++;
    const bytes = await readFile(join(dir, src));
    report.inBytes += bytes.length;
    const key = createHash('sha256').update(VARIANTS_VERSION).update('\0').update(bytes).digest('hex').slice(0, 32);
    // A cache on disk, not code: nothing for the build to trace (turbopackIgnore).
    const cacheDir = join(/*turbopackIgnore: true*/ variantsCacheDir(), key);
    await mkdir(cacheDir, { recursive: true });
    for (const { name, suffix, spec } of variantSpecs(src)) {
      const cached = join(/*turbopackIgnore: true*/ cacheDir, suffix);
      if (existsSync(/*turbopackIgnore: true*/ cached)) {
        await copyFile(cached, join(outDir, name));
        report.cached++;
        report.outBytes += (await stat(/*turbopackIgnore: true*/ cached)).size;
      } else {
        const buf = await renderVariant(src, spec, dir);
        await writeFile(join(outDir, name), buf);
        // Written whole, then renamed: a build killed mid-write leaves no half file in the cache.
        const part = `${cached}.${process.pid}.part`;
        await writeFile(part, buf);
        await rename(part, cached);
        report.encoded++;
        report.outBytes += buf.length;
      }
      report.files++;
    }
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}

/** The lead photo as the share card's background: a 1200×616 JPEG (under the card's top rule), as a data URL. */
export async function ogPhoto(src: string, dir: string = imagesDir()): Promise<string | undefined> {
  if (!readPhoto(src, dir).ok) return undefined;
  const buf = await sharp(join(dir, src)).rotate().resize(1200, 616, { fit: 'cover', position: 'attention' }).jpeg({ quality: 78 }).toBuffer();
  return `data:image/jpeg;base64,${buf.toString('base64')}`;
}
