/**
 * `tsx scripts/bench/derived-urls.ts <content dir>` prints how many URLs of the derived routes
 * (lib/prerender.ts) a server build renders on first request instead of ahead of time.
 *
 * The bench runs it in a process of its own, with an 8 GiB heap: it reads the whole content at once
 * and builds its graph, which passes V8's default 4 GiB at 30,000 articles.
 */
import { buildContent } from '../../lib/check/build-content';
import { readContent } from '../../lib/content/read-files';
import { buildGraph } from '../../lib/graph/build';
import { archivePageCount } from '../../lib/view';

function derivedUrls(contentDir: string): number {
  const read = readContent(contentDir);
  const graph = buildGraph(buildContent(read.articles, read.registries, { timing: read.timing }).content);
  const archives = (kind: 'drivers' | 'teams') => {
    let pages = 0;
    for (const id of graph[kind].keys()) pages += archivePageCount(graph, kind, id);
    return pages;
  };
  // Per article: share image, results.csv, results.json; per driver and team: share image, feed, archive pages.
  return graph.articles.length * 3 + (graph.drivers.size + graph.teams.size) * 2 + archives('drivers') + archives('teams');
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx scripts/bench/derived-urls.ts <content dir>');
  process.exit(2);
}
console.log(derivedUrls(dir));
