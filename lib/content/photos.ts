/** The photos of content/images/: where they are, what they are (format, size in pixels and bytes), read from their headers. */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import imageSizeLib from 'next/dist/compiled/image-size';
import { contentDir } from './list-files';

/** The formats an editor may use (content-format.md): JPEG, PNG, WebP or AVIF. */
export const PHOTO_FORMATS = ['jpg', 'png', 'webp', 'avif'] as const;
export type PhotoFormat = (typeof PHOTO_FORMATS)[number];
/** A lead photo narrower than this is refused: search engines want 1,200 px for large previews. */
export const LEAD_MIN_WIDTH = 1200;
/** A file larger than this is refused: it is a camera original, not a photo for the web. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;

export interface PhotoInfo {
  /** The file name in content/images/. */
  file: string;
  format: PhotoFormat;
  width: number;
  height: number;
  bytes: number;
}

/** The folder of photos: `<CONTENT_DIR>/images`. */
export function imagesDir(dir: string = contentDir()): string {
  return resolve(/*turbopackIgnore: true*/ process.cwd(), dir, 'images');
}

/** A file name an article may point at: one plain name, no folders, no dot files. */
export function isPhotoName(name: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) && !name.includes('..');
}

/** Enough of a file to read the dimensions of any of the four formats (AVIF keeps them in its header boxes). */
const HEADER_BYTES = 256 * 1024;

/**
 * One buffer for every header read (the reading and the parse are synchronous, and the parse keeps no
 * part of it): a new zero-filled one per photo was a third of the check's photo rule (2,000 photos).
 */
const headerBuffer = Buffer.allocUnsafe(HEADER_BYTES);

export type PhotoRead = { ok: true; info: PhotoInfo } | { ok: false; reason: 'missing' | 'unsupported'; detected?: string; bytes?: number };

/** Reads a photo's header by its name in a folder (readPhoto, or the same kept by the file's stat). */
export type PhotoReader = (file: string, dir: string) => PhotoRead;

/** Reads a photo's header: its format and dimensions, or why it cannot be used. */
export function readPhoto(file: string, dir: string = imagesDir()): PhotoRead {
  if (!isPhotoName(file)) return { ok: false, reason: 'missing' };
  const path = join(/*turbopackIgnore: true*/ dir, file);
  let bytes: number;
  try {
    const st = statSync(/*turbopackIgnore: true*/ path);
    if (!st.isFile()) return { ok: false, reason: 'missing' };
    bytes = st.size;
  } catch {
    return { ok: false, reason: 'missing' };
  }
  const fd = openSync(/*turbopackIgnore: true*/ path, 'r');
  let head: Buffer;
  try {
    head = headerBuffer.subarray(0, readSync(fd, headerBuffer, 0, Math.min(bytes, HEADER_BYTES), 0));
  } finally {
    closeSync(fd);
  }
  let type: string | undefined;
  let width: number | undefined;
  let height: number | undefined;
  try {
    const size = imageSizeLib.imageSize(head);
    type = size.type;
    // EXIF orientations 5 to 8 turn the picture a quarter: its displayed width is the stored height.
    const turned = size.orientation !== undefined && size.orientation >= 5;
    width = turned ? size.height : size.width;
    height = turned ? size.width : size.height;
  } catch {
    return { ok: false, reason: 'unsupported', bytes };
  }
  const format = (PHOTO_FORMATS as readonly string[]).includes(type ?? '') ? (type as PhotoFormat) : undefined;
  if (!format || !width || !height) return { ok: false, reason: 'unsupported', detected: type, bytes };
  return { ok: true, info: { file, format, width, height, bytes } };
}

const infoCache = new Map<string, { mtime: number; info: PhotoInfo | undefined }>();

/** readPhoto for the pages: the info of a usable photo, cached by the file's modification time. */
export function photoInfo(file: string, dir: string = imagesDir()): PhotoInfo | undefined {
  const path = join(/*turbopackIgnore: true*/ dir, file);
  let mtime: number;
  try {
    mtime = statSync(/*turbopackIgnore: true*/ path).mtimeMs;
  } catch {
    return undefined;
  }
  const cached = infoCache.get(path);
  if (cached && cached.mtime === mtime) return cached.info;
  const read = readPhoto(file, dir);
  const info = read.ok ? read.info : undefined;
  if (infoCache.size > 10_000) infoCache.clear();
  infoCache.set(path, { mtime, info });
  return info;
}
