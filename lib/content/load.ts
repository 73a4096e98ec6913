import { allDocuments } from 'contentlayer/generated';
import { buildContent, ContentError } from './index';
import type { RawRegistryDocument } from './registry';
import type { Content, EntityKind, RawArticle } from './types';

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

let cached: Content | undefined;

/**
 * The site's content, from contentlayer's generated documents, validated by the same code as
 * `npm run check`. Throws a ContentError (listing every problem) if anything is invalid.
 */
export function loadContent(): Content {
  if (cached) return cached;
  const dir = process.env.CONTENT_DIR ?? 'content';
  const articles: RawArticle[] = [];
  const registries: RawRegistryDocument[] = [];
  for (const doc of allDocuments as unknown as Record<string, unknown>[]) {
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
  const { content, problems } = buildContent(articles, registries);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ContentError(errors);
  cached = content;
  return content;
}
