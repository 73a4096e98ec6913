import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContent, ContentBuilder, ContentError, formatProblem } from './index';
import { getCompiled } from './mdx-store';
import type { RawRegistryDocument } from './registry';
import { classify, contentDir, displayDir, listContentFiles, readArticle, readContent, readRegistry, unknownFileProblem, type ReadResult } from './read-files';
import type { Article, Content, Problem, RawArticle } from './types';

/**
 * Where the data comes from. The frontmatter and the registries are read from the source files by the
 * same code as `npm run check` (lib/content/read-files.ts), in development and in production alike.
 *
 * Production (`npm run build`, `npm start`, `npm run publish`): an article page reads its compiled body
 * from the content-addressed store (lib/content/mdx-store.ts) when it renders, by the hash of its MDX
 * source, so no process holds every body and a body is compiled once, ever. A running server reads the
 * content again when a publish tells it to (readContentAgain, useContent). In development (`npm run dev`)
 * contentlayer2 compiles the bodies and the `contentlayer/generated` module carries them; importing it is what
 * re-evaluates this module and refreshes the open page on every save: `contentlayer2 dev` carries the
 * results too, so a save of the frontmatter alone also changes it.
 */
const devDocuments: readonly Record<string, unknown>[] | undefined =
  process.env.NODE_ENV === 'development'
    ? ((await import('contentlayer/generated')).allDocuments as unknown as Record<string, unknown>[])
    : undefined;

const GENERATED_DIR = () => join(process.cwd(), '.contentlayer', 'generated', 'Article');

/** contentlayer2's file name for a document id (`articles/x.mdx` → `articles__x.mdx.json`). */
const generatedFileName = (id: string) => `${/^[0-9]/.test(id) ? '_' : ''}${id.replace(/\//g, '__')}.json`;

/** A compiled body from contentlayer's JSON of that document (development), when it has been written. */
function generatedBody(id: string): { raw: string; code: string } | undefined {
  try {
    return (JSON.parse(readFileSync(/*turbopackIgnore: true*/ join(GENERATED_DIR(), generatedFileName(id)), 'utf8')) as { body: { raw: string; code: string } }).body;
  } catch {
    return undefined;
  }
}

/** The compiled bodies of development, by document id (`articles/x.mdx`). */
function devBodies(): Map<string, { raw: string; code: string }> {
  const bodies = new Map<string, { raw: string; code: string }>();
  for (const doc of devDocuments ?? []) {
    if (doc.type !== 'Article') continue;
    bodies.set((doc._raw as { sourceFilePath: string }).sourceFilePath, doc.body as { raw: string; code: string });
  }
  return bodies;
}

/**
 * Next bundles pages, route handlers and images separately, each with its own instance of this module.
 * In production they share one load per process (a server would otherwise read and hold the content
 * once per kind of route). In development each instance keeps its own, so that a reload re-reads.
 */
interface Loaded {
  content?: Content;
  kept?: KeptArticles;
}
const loaded: Loaded = devDocuments
  ? {}
  : ((globalThis as typeof globalThis & { [k: symbol]: Loaded })[Symbol.for('endurance-desk.content')] ??= {});

/**
 * While editing (`npm run dev`), a bad save must not take the preview down: the last good version of
 * each file is kept across reloads of this module, and the problems are printed in the terminal.
 */
interface DevMemory {
  articles: Map<string, RawArticle>;
  registries: Map<string, RawRegistryDocument>;
  reported: string;
}
const devMemory = (): DevMemory => {
  const g = globalThis as typeof globalThis & { __contentDevMemory?: DevMemory };
  g.__contentDevMemory ??= { articles: new Map(), registries: new Map(), reported: '' };
  return g.__contentDevMemory;
};

function reportInTerminal(memory: DevMemory, errors: readonly Problem[]): void {
  const text = errors.map((p) => `  ${formatProblem(p)}`).join('\n');
  if (text === memory.reported) return;
  memory.reported = text;
  if (errors.length === 0) {
    console.info('\n✔ Content fixed: the preview shows the latest version again.\n');
  } else {
    console.error(
      `\n✖ The last save has ${errors.length} problem${errors.length === 1 ? '' : 's'}; the preview keeps the last good version of the file:\n${text}\n`,
    );
  }
}

/** In development: swap each file that has errors for its last good version, remember the good ones. */
function withLastGood(read: ReadResult, extra: readonly Problem[]) {
  const memory = devMemory();
  const first = buildContent(read.articles, read.registries);
  const errors = [...read.problems, ...extra, ...first.problems].filter((p) => p.severity === 'error');
  reportInTerminal(memory, errors);
  const bad = new Set(errors.map((p) => p.file));
  for (const a of read.articles) if (!bad.has(a.file)) memory.articles.set(a.file, a);
  for (const r of read.registries) if (!bad.has(r.file)) memory.registries.set(r.file, r);
  if (bad.size === 0) return first;
  const substitute = <T extends { file: string }>(list: readonly T[], saved: Map<string, T>) => [
    ...list.filter((doc) => !bad.has(doc.file)),
    ...[...bad].flatMap((file) => (saved.has(file) ? [saved.get(file)!] : [])),
  ];
  const articles = substitute(read.articles, memory.articles).sort((a, b) => a.file.localeCompare(b.file));
  return buildContent(articles, substitute(read.registries, memory.registries));
}


/**
 * The site's content: the source files read and validated by the same code as `npm run check`, with
 * the bodies contentlayer2 compiled. Throws a ContentError (listing every problem) if anything is
 * invalid; in development it serves the last good version of a broken file instead.
 */
export function loadContent(): Content {
  if (loaded.content) return loaded.content;
  if (!devDocuments) return (loaded.content = readProductionContent());
  const dir = contentDir();
  const prefix = displayDir(dir);
  const extra: Problem[] = [];
  const read = readContent(dir);
  const bodies = devBodies();
  for (const a of read.articles) {
    // A new file can reach this module before contentlayer2's index of it does: its own JSON is on disk.
    const id = a.file.slice(prefix.length + 1);
    const body = bodies.get(id) ?? generatedBody(id);
    if (body) a.bodyCode = body.code;
    else
      extra.push({
        file: a.file,
        path: '(body)',
        message: 'contentlayer2 has not compiled this article',
        hint: 'read the message contentlayer2 printed for this file in the terminal',
        severity: 'error',
      });
  }
  const { content, problems } = withLastGood(read, extra);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  // Until contentlayer2 has compiled every file, read again on the next request.
  if (extra.length === 0) loaded.content = content;
  return content;
}

/**
 * Reads the content again for a publish (lib/graph reloadGraph, preparePublish): every file from disk,
 * validated as at start. Throws a ContentError on any problem; nothing is swapped in here (useContent).
 */
export function readContentAgain(): Content {
  if (devDocuments) throw new Error('the content reloads by itself in development');
  return readProductionContent();
}

/** Serves `content` from now on (a publish, once what depends on it is built): requests see the old or the new, never a mix. */
export function useContent(content: Content): void {
  loaded.content = content;
}

function readProductionContent(): Content {
  const dir = contentDir();
  const disk = { paths: listContentFiles(dir), read: (path: string) => readFileSync(/*turbopackIgnore: true*/ join(dir, path), 'utf8') };
  const { content, problems, kept } = readOneByOne(disk, displayDir(dir), loaded.kept);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  loaded.kept = kept;
  return content;
}

/**
 * The articles of the last content read, by path, with the hash of each file's text, and what they took
 * from the registries (ContentBuilder.resolution): a reload takes an unchanged file's article from there
 * instead of parsing it again (ContentBuilder.reuse) while that is unchanged too. The articles are those
 * the served content holds: the map costs little memory.
 */
export interface KeptArticles {
  resolution: string;
  byPath: Map<string, { hash: string; article: Article }>;
}

const textHash = (text: string) => createHash('sha1').update(text).digest('base64url');

/**
 * Production: the registries first, then one article at a time, each file's text and raw YAML let go
 * as soon as it is normalised. Reading every file before normalising any held about 2 GB per build
 * worker at 10,000 articles, for the few seconds all workers load at once. `source` lists and reads the
 * files: the disk here, files in memory in the check's property test. With `previous` (a server's
 * reload) the articles of unchanged files are taken from it, unless a registry edit changed what
 * articles take from the registries (a name, an alias, an event's series or circuit).
 */
export function readOneByOne(
  source: { paths: readonly string[]; read: (path: string) => string },
  prefix: string,
  previous?: KeptArticles,
): { content: Content; problems: Problem[]; kept: KeptArticles } {
  const problems: Problem[] = [];
  const { paths, read: readText } = source;
  const registries: RawRegistryDocument[] = [];
  const articlePaths: string[] = [];
  for (const path of paths) {
    const kind = classify(path);
    const file = `${prefix}/${path}`;
    if (kind.type === 'unknown') problems.push(unknownFileProblem(file, kind));
    else if (kind.type === 'registry') {
      const read = readRegistry(file, path, kind.kind, readText(path), problems);
      if (read.raw) registries.push(read.raw);
    } else if (kind.type === 'article') articlePaths.push(path);
  }
  const builder = new ContentBuilder(registries);
  const kept: KeptArticles = { resolution: builder.resolution, byPath: new Map() };
  const known = previous?.resolution === kept.resolution ? previous.byPath : undefined;
  for (const path of articlePaths) {
    const file = `${prefix}/${path}`;
    const text = readText(path);
    const hash = textHash(text);
    const before = known?.get(path);
    if (before?.hash === hash) {
      builder.reuse(before.article);
      kept.byPath.set(path, before);
      continue;
    }
    const read = readArticle(file, path, text, problems);
    const article = read.raw ? builder.add(read.raw) : undefined;
    if (article) kept.byPath.set(path, { hash, article });
  }
  const built = builder.finish();
  return { content: built.content, problems: [...problems, ...built.problems], kept };
}

/**
 * The compiled MDX of an article's body: in production from the store, by the hash of the body's source,
 * so it always matches the text the page shows.
 */
export function articleBodyCode(article: Article): string {
  if (devDocuments) return article.bodyCode;
  const code = getCompiled(article.bodyRaw);
  if (code === undefined) {
    throw new ContentError([
      {
        file: article.file,
        path: '(body)',
        message: 'the compiled body is not in the store (.next/cache/mdx)',
        hint: 'run `npm run publish -- <file>` (or `npm run build`), which compiles every new or changed body',
        severity: 'error',
      },
    ]);
  }
  return code;
}
