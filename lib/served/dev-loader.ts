/** The development loader: content read from disk with the bodies contentlayer2 compiled, the last good version of a broken file kept. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContent } from '../check/build-content';
import { ContentError, formatProblem } from '../content/problems';
import type { RawRegistryDocument } from '../content/registry';
import { contentDir, displayDir } from '../content/list-files';
import { readContent, type ReadResult } from '../content/read-files';
import type { Content, Problem, RawArticle } from '../content/types';

/**
 * Where the data comes from. The frontmatter and the registries are read from the source files by the
 * same code as `npm run check` (lib/content/read-files.ts), in development and in production alike.
 *
 * Production (`npm run build`, `npm start`, `npm run publish`): an article page reads its compiled body
 * from the content-addressed store (lib/content/mdx-store.ts) when it renders, by the hash of its MDX
 * source, so no process holds every body and a body is compiled once, ever. A running server reads the
 * content again when a publish tells it to (lib/publish/prepare.ts, serveContent). In development (`npm run dev`)
 * contentlayer2 compiles the bodies and the `contentlayer/generated` module carries them; importing it is what
 * re-evaluates this module and refreshes the open page on every save: `contentlayer2 dev` carries the
 * results too, so a save of the frontmatter alone also changes it.
 */
export const devDocuments: readonly Record<string, unknown>[] | undefined =
  process.env.NODE_ENV === 'development'
    ? ((await import('contentlayer/generated')).allDocuments as unknown as Record<string, unknown>[])
    : undefined;

const GENERATED_DIR = () => join(process.cwd(), '.contentlayer', 'generated', 'Article');

/** contentlayer2's file name for a document id (`articles/x.mdx` → `articles__x.mdx.json`). */
const generatedFileName = (id: string) => `${/^[0-9]/.test(id) ? '_' : ''}${id.replace(/\//g, '__')}.json`;

/** A compiled body from contentlayer's JSON of that document (development), when it has been written. */
export function generatedBody(id: string): { raw: string; code: string } | undefined {
  try {
    return (JSON.parse(readFileSync(/*turbopackIgnore: true*/ join(GENERATED_DIR(), generatedFileName(id)), 'utf8')) as { body: { raw: string; code: string } }).body;
  } catch {
    return undefined;
  }
}

/** The compiled bodies of development, by document id (`articles/x.mdx`). */
export function devBodies(): Map<string, { raw: string; code: string }> {
  const bodies = new Map<string, { raw: string; code: string }>();
  for (const doc of devDocuments ?? []) {
    if (doc.type !== 'Article') continue;
    bodies.set((doc._raw as { sourceFilePath: string }).sourceFilePath, doc.body as { raw: string; code: string });
  }
  return bodies;
}

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
export function withLastGood(read: ReadResult, extra: readonly Problem[]) {
  const memory = devMemory();
  const first = buildContent(read.articles, read.registries, { timing: read.timing });
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
  // A timing folder with errors is left out until it is fixed (its files are not kept as a last good version).
  return buildContent(articles, substitute(read.registries, memory.registries), {
    timing: read.timing.filter((t) => ![...bad].some((f) => f.startsWith(t.file.slice(0, t.file.lastIndexOf('/') + 1)))),
  });
}


/**
 * The content in development, or undefined until contentlayer2 has compiled every file (read again on
 * the next request then). Throws a ContentError when a file has errors and no last good version.
 */
export function loadDevContent(): { content: Content; complete: boolean } {
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
  return { content, complete: extra.length === 0 };
}
