import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContent, ContentError, formatProblem } from './index';
import type { RawRegistryDocument } from './registry';
import type { Content, EntityKind, Problem, RawArticle } from './types';

const REGISTRY_TYPES: Record<string, EntityKind> = {
  DriverRecord: 'drivers',
  TeamRecord: 'teams',
  EventRecord: 'events',
  CircuitRecord: 'circuits',
  SeriesRecord: 'series',
};

const ARTICLE_FIELDS = ['title', 'description', 'date', 'updated', 'author', 'lang', 'tags', 'event', 'results'];
const REGISTRY_FIELDS = ['name', 'aliases', 'distinct', 'nationality', 'born', 'country', 'series', 'circuit', 'locality', 'lengthKm', 'shortName'];

function pick(doc: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (doc[f] !== undefined) out[f] = doc[f];
  return out;
}

const GENERATED_TYPES = ['Article', ...Object.keys(REGISTRY_TYPES)];

/**
 * In development the documents come through the `contentlayer/generated` module, so that a save
 * re-evaluates this module and the open page refreshes. A production build reads the same JSON from
 * disk instead: importing it would bundle every document into the server chunks of every route, and
 * each build worker would hold that copy next to the parsed content.
 */
const devDocuments: readonly Record<string, unknown>[] | undefined =
  process.env.NODE_ENV === 'development'
    ? ((await import('contentlayer/generated')).allDocuments as unknown as Record<string, unknown>[])
    : undefined;

function generatedDocuments(): readonly Record<string, unknown>[] {
  if (devDocuments) return devDocuments;
  const dir = join(process.cwd(), '.contentlayer', 'generated');
  return GENERATED_TYPES.flatMap((type) => {
    const file = join(dir, type, '_index.json');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`${file} is missing: run \`contentlayer2 build\` first (\`npm run build\` does).`);
    }
    return JSON.parse(text) as Record<string, unknown>[];
  });
}

let cached: Content | undefined;

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
function withLastGood(articles: RawArticle[], registries: RawRegistryDocument[]) {
  const memory = devMemory();
  const first = buildContent(articles, registries);
  const errors = first.problems.filter((p) => p.severity === 'error');
  reportInTerminal(memory, errors);
  const bad = new Set(errors.map((p) => p.file));
  for (const a of articles) if (!bad.has(a.file)) memory.articles.set(a.file, a);
  for (const r of registries) if (!bad.has(r.file)) memory.registries.set(r.file, r);
  if (bad.size === 0) return first;
  const substitute = <T extends { file: string }>(list: T[], saved: Map<string, T>) =>
    list.flatMap((doc) => (bad.has(doc.file) ? (saved.has(doc.file) ? [saved.get(doc.file)!] : []) : [doc]));
  return buildContent(substitute(articles, memory.articles), substitute(registries, memory.registries));
}

/**
 * The site's content, from contentlayer's generated documents, validated by the same code as
 * `npm run check`. Throws a ContentError (listing every problem) if anything is invalid; in
 * development it serves the last good version of a broken file instead.
 */
export function loadContent(): Content {
  if (cached) return cached;
  const dir = process.env.CONTENT_DIR ?? 'content';
  const articles: RawArticle[] = [];
  const registries: RawRegistryDocument[] = [];
  for (const doc of generatedDocuments()) {
    const raw = doc._raw as { sourceFilePath: string; sourceFileName: string };
    const file = `${dir}/${raw.sourceFilePath}`;
    const type = doc.type as string;
    if (type === 'Article') {
      const body = doc.body as { raw: string; code: string };
      articles.push({ file, slug: String(doc.slug), data: pick(doc, ARTICLE_FIELDS), bodyRaw: body.raw, bodyCode: body.code });
    } else if (REGISTRY_TYPES[type]) {
      registries.push({
        kind: REGISTRY_TYPES[type],
        id: raw.sourceFileName.replace(/\.ya?ml$/, ''),
        file,
        data: pick(doc, REGISTRY_FIELDS),
      });
    }
  }
  articles.sort((a, b) => a.file.localeCompare(b.file));
  const { content, problems } =
    process.env.NODE_ENV === 'development' ? withLastGood(articles, registries) : buildContent(articles, registries);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  cached = content;
  return content;
}
