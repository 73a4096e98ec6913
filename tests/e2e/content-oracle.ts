import { buildContent } from '@/lib/check/build-content';
import { readContent } from '@/lib/content/read-files';
import { buildGraph } from '@/lib/graph/build';

/**
 * The repository's content, parsed from the files on disk (no contentlayer, no Next): what the rendered
 * pages must show.
 */
export function loadRepositoryGraph() {
  const read = readContent('content');
  const { content, problems } = buildContent(read.articles, read.registries, { timing: read.timing });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`content has errors: ${errors.map((e) => e.message).join('; ')}`);
  return buildGraph(content);
}
