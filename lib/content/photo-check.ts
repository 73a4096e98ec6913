/**
 * The content check's rules for photos (content-format.md): every photo an article, a `<Figure>` or an
 * author names must be a file of content/images in JPEG, PNG, WebP or AVIF, at most 15 MB, and a lead
 * photo at least 1,200 px wide; a photo nothing uses is a warning. Alt text and credit are required by
 * the frontmatter schema and the body scanner (lib/content/schema.ts, lib/content/mdx.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { FigureUse } from './mdx';
import { classify } from './classify';
import { locate } from './locate';
import { readRegistry, type SourceFile } from './read-files';
import type { Problem } from './types';
import { LEAD_MIN_WIDTH, MAX_PHOTO_BYTES, readPhoto, type PhotoReader } from './photos';

/** One place that names a photo. */
export interface PhotoUse {
  /** The file that names it, as shown (`content/articles/x.mdx`). */
  file: string;
  /** The field: `image.src`, `photo`, or `body` for a `<Figure>` (with its line). */
  path: string;
  src: string;
  /** A lead photo: it must be wide enough for large previews. */
  lead: boolean;
  line?: number;
  column?: number;
}

/** A file of the content directory as the check lists it. */
export interface PhotoCheckInput {
  /** Inside the content directory: `articles/x.mdx`. */
  path: string;
  /** As shown: `content/articles/x.mdx`. */
  file: string;
  full?: string;
  text?: string;
}

const MB = 1024 * 1024;

/** The photos one article names: its lead photo (`image.src`) and its `<Figure>`s, as the body's scan found them. */
export function articlePhotoUses(file: string, data: Record<string, unknown>, figures: readonly FigureUse[]): PhotoUse[] {
  const uses: PhotoUse[] = [];
  const image = data.image as { src?: unknown } | undefined;
  if (image && typeof image.src === 'string' && image.src.trim()) uses.push({ file, path: 'image.src', src: image.src.trim(), lead: true });
  for (const f of figures) {
    if (f.src?.trim()) uses.push({ file, path: 'body', src: f.src.trim(), lead: false, line: f.line, column: f.column });
  }
  return uses;
}

/** The photos each author file names, with the sources to locate its field by line (the check finds the articles' as it reads them: articlePhotoUses). */
export function authorPhotoUses(inputs: readonly PhotoCheckInput[]): { uses: PhotoUse[]; sources: Map<string, SourceFile> } {
  const uses: PhotoUse[] = [];
  const sources = new Map<string, SourceFile>();
  for (const input of inputs) {
    const kind = classify(input.path);
    if (kind.type !== 'registry' || kind.kind !== 'authors') continue;
    const text = input.text ?? readFileSync(input.full!, 'utf8');
    if (!/\bphoto:/.test(text)) continue;
    const { source, raw } = readRegistry(input.file, input.path, 'authors', text, []);
    if (!raw) continue;
    sources.set(input.file, source);
    if (typeof raw.data.photo === 'string' && raw.data.photo.trim()) uses.push({ file: input.file, path: 'photo', src: raw.data.photo.trim(), lead: false });
  }
  return { uses, sources };
}

/**
 * The problems of the photos `uses` name, in `imagesDir` (shown as `shownImages`, e.g. `content/images`),
 * and a warning for each photo there that nothing names.
 */
export function photoProblems(uses: readonly PhotoUse[], imagesDir: string, shownImages: string, header: PhotoReader = readPhoto): Problem[] {
  const problems: Problem[] = [];
  const used = new Set<string>();
  for (const use of uses) {
    used.add(use.src);
    const at = { file: use.file, path: use.path, value: use.src, ...(use.line ? { line: use.line, column: use.column } : {}) };
    const read = header(use.src, imagesDir);
    const field = use.path === 'body' ? '<Figure> src' : use.path;
    if (!read.ok && read.reason === 'missing') {
      problems.push({ ...at, message: `${field} names a photo that is not in ${shownImages}/`, hint: `add the file ${shownImages}/${use.src}, or correct the name (names are case-sensitive)`, severity: 'error' });
      continue;
    }
    const bytes = read.ok ? read.info.bytes : (read.bytes ?? 0);
    if (bytes > MAX_PHOTO_BYTES) {
      problems.push({
        ...at,
        message: `${field}: ${shownImages}/${use.src} is ${(bytes / MB).toFixed(1)} MB, over the 15 MB limit`,
        hint: 'export the photo for the web (2,400 px wide at most, JPEG quality 85 is plenty)',
        severity: 'error',
      });
    }
    if (!read.ok) {
      problems.push({
        ...at,
        message: `${field}: ${shownImages}/${use.src} is not a JPEG, PNG, WebP or AVIF photo${read.detected ? ` (it is ${read.detected.toUpperCase()})` : ''}`,
        hint: 'convert it to JPEG (or PNG, WebP, AVIF) and name the converted file',
        severity: 'error',
      });
      continue;
    }
    if (use.lead && read.info.width < LEAD_MIN_WIDTH) {
      problems.push({
        ...at,
        message: `${field}: the lead photo ${use.src} is ${read.info.width} px wide; a lead photo needs at least ${LEAD_MIN_WIDTH.toLocaleString('en')} px`,
        hint: 'use a larger original, or place this photo in the body with <Figure> instead',
        severity: 'error',
      });
    }
  }
  let files: string[] = [];
  try {
    files = readdirSync(imagesDir, { withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  } catch {
    /* no images folder */
  }
  for (const name of files) {
    if (used.has(name)) continue;
    problems.push({
      file: `${shownImages}/${name}`,
      path: '(file)',
      message: 'no article, <Figure> or author uses this photo',
      value: name,
      hint: 'use it (image: src: … or <Figure src="…" />), or delete it: every photo in the folder is published with the site',
      severity: 'warning',
    });
  }
  return problems;
}

/**
 * Both steps, with frontmatter problems located at their line: the authors' photos read from `inputs`,
 * the articles' as the check found them (`articles.uses`), with a way to read an article again to locate
 * a problem in it.
 */
export function checkPhotos(
  inputs: readonly PhotoCheckInput[],
  imagesDir: string,
  shownImages: string,
  articles: { uses: readonly PhotoUse[]; source(file: string): SourceFile | undefined },
  header: PhotoReader = readPhoto,
): Problem[] {
  const { uses, sources } = authorPhotoUses(inputs);
  for (const use of articles.uses) uses.push(use);
  return locate(photoProblems(uses, imagesDir, shownImages, header), (file) => sources.get(file) ?? articles.source(file));
}
