/**
 * `tsx scripts/bench/derived-urls.ts <content dir>` prints how many URLs of the derived routes
 * (lib/prerender.ts) a server build renders on first request instead of ahead of time, and on a second
 * line, as JSON, the path of the heaviest page of each kind (scripts/bench/heaviest.ts), for the bench to weigh.
 *
 * The bench runs it in a process of its own, with an 8 GiB heap: it reads the whole content at once
 * and builds its graph, which passes V8's default 4 GiB at 30,000 articles.
 */
import { buildContent } from '../../lib/check/build-content';
import { readContent } from '../../lib/content/read-files';
import { buildGraph } from '../../lib/graph/build';
import type { Graph } from '../../lib/graph';
import { archivePageCount, hubEditionPageCount } from '../../lib/view';
import { heaviestPages } from './heaviest';

function derivedUrls(graph: Graph): number {
  const pages = (kind: 'drivers' | 'teams' | 'events' | 'circuits' | 'series') => {
    let n = 0;
    for (const id of graph[kind].keys()) n += kind === 'drivers' || kind === 'teams' ? archivePageCount(graph, kind, id) : hubEditionPageCount(graph, kind, id);
    return n;
  };
  // Per article: share image, results.csv, results.json; per driver and team: share image, feed, archive
  // pages; per event, circuit and series: edition pages.
  return graph.articles.length * 3 + (graph.drivers.size + graph.teams.size) * 2 + pages('drivers') + pages('teams') + pages('events') + pages('circuits') + pages('series');
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx scripts/bench/derived-urls.ts <content dir>');
  process.exit(2);
}
const read = readContent(dir);
const graph = buildGraph(buildContent(read.articles, read.registries, { timing: read.timing }).content);
console.log(derivedUrls(graph));
console.log(JSON.stringify(await heaviestPages(graph)));
