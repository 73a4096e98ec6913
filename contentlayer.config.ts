import { defineDocumentType, makeSource, type FieldDefs } from 'contentlayer2/source-files';
import { remarkPlugins, withoutFrontmatterExport } from './lib/content/mdx-options';

/**
 * contentlayer2 reads the files and compiles MDX with mdx-bundler. Nested data (`event`, `results`) is
 * declared as json and validated by zod in lib/content: contentlayer's nested types overwrite a `type`
 * key and reject YAML numbers in string fields.
 *
 * lib/content reads the frontmatter from the source files itself (the same reader as `npm run check`),
 * so `event` and `results` only pass through contentlayer2 under `contentlayer2 dev`: there a save of
 * the frontmatter alone must change the generated module to refresh the open page. `contentlayer2 build`
 * leaves them out, because it writes every document of a type into one `_index.json` and holds them all
 * in memory: at 10,000 articles the results (15 KB each) made that over 400 MB of JSON and more than
 * 4 GiB of memory (bench/README.md). It therefore tolerates those two fields as extra data; every other
 * unknown field still stops `npm run build`, whose first step is the content check.
 */
const isDev = process.argv.includes('dev');
const frontmatterData: FieldDefs = isDev ? { event: { type: 'json' }, results: { type: 'json' } } : {};

const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/**/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
    date: { type: 'date', required: true },
    updated: { type: 'date' },
    // One name or a list of names; corrections and the lead photo are nested: json, checked by zod.
    author: { type: 'json' },
    corrections: { type: 'json' },
    image: { type: 'json' },
    lang: { type: 'string' },
    tags: { type: 'list', of: { type: 'string' } },
    ...frontmatterData,
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.mdx$/, '') },
  },
}));

const registryFields: FieldDefs = {
  name: { type: 'string', required: true },
  aliases: { type: 'list', of: { type: 'string' } },
  distinct: { type: 'list', of: { type: 'string' } },
};

const registry = (name: string, dir: string, extra: FieldDefs) =>
  defineDocumentType(() => ({
    name,
    filePathPattern: `${dir}/*.yaml`,
    contentType: 'data',
    fields: { ...registryFields, ...extra },
  }));

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  // The timekeeper's files are read by lib/content/timing, not by contentlayer2 (it has no type for them).
  contentDirExclude: ['timing', 'images'],
  documentTypes: [
    Article,
    registry('DriverRecord', 'drivers', { nationality: { type: 'string' }, born: { type: 'date' } }),
    registry('TeamRecord', 'teams', { country: { type: 'string' } }),
    registry('EventRecord', 'events', { series: { type: 'string' }, circuit: { type: 'string' } }),
    registry('CircuitRecord', 'circuits', {
      country: { type: 'string' },
      locality: { type: 'string' },
      lengthKm: { type: 'number' },
    }),
    registry('SeriesRecord', 'series', { shortName: { type: 'string' } }),
    registry('AuthorRecord', 'authors', {
      role: { type: 'string' },
      bio: { type: 'string' },
      photo: { type: 'string' },
      links: { type: 'list', of: { type: 'string' } },
    }),
  ],
  mdx: {
    remarkPlugins,
    // mdx-bundler parses the frontmatter's YAML again for its own use, which the site never reads.
    grayMatterOptions: (options) => ({ ...options, engines: { yaml: () => ({}) } }),
    mdxOptions: withoutFrontmatterExport,
  },
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: isDev ? 'fail' : 'ignore',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
});
