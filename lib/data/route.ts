/** The route handler factory behind the data routes. */
import { getGraph } from '../served/graph';
import { renderedOnFirstRequest } from '../prerender/policy';
import { fileBody, openDataPath } from './file-cache';
import { dataFile, dataIds, type DataKind } from './entity-data';
import { openDataFile, openDataFiles } from './open-data';

/**
 * The handlers behind the data routes, so that each route file is its config and one line.
 *
 * `/<kind>/<id>/data.json` is a derived file like an article's results.json: rendered on its first
 * request, then cached; prerendered only in the static export (lib/prerender/policy.ts). An unknown id is a 404.
 */
export function entityDataRoute(kind: DataKind) {
  return {
    generateStaticParams: () => renderedOnFirstRequest(() => dataIds(getGraph(), kind).map((id) => ({ id }))),
    GET: async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
      const data = dataFile(getGraph(), kind, (await params).id);
      return data ? Response.json(data) : new Response('Not found', { status: 404 });
    },
  };
}

/**
 * `/data/<table>.csv` and `/data/datapackage.json` on a server (app/data/[file]/route.server.ts, dynamic):
 * each file written once per served graph to the cache directory and streamed from there
 * (lib/data/file-cache.ts: not kept in Next's cache, whose measure of an entry holds the thread for
 * seconds on a table this size). An unknown name is a 404.
 */
export const openDataServerRoute = {
  GET: async (_request: Request, { params }: { params: Promise<{ file: string }> }) => {
    const name = (await params).file;
    const graph = getGraph();
    const file = openDataFile(graph, name);
    if (!file) return new Response('Not found', { status: 404 });
    const path = await openDataPath(graph, name, () => file.chunks);
    return new Response(fileBody(path), { headers: { 'Content-Type': file.type } });
  },
};

/** The same files in a static export (app/data/[file]/route.export.ts): every one prerendered. */
export const openDataExportRoute = {
  generateStaticParams: () => openDataFiles().map((file) => ({ file })),
  GET: async (_request: Request, { params }: { params: Promise<{ file: string }> }) => {
    const file = openDataFile(getGraph(), (await params).file);
    return file ? new Response(streamOf(file.chunks), { headers: { 'Content-Type': file.type } }) : new Response('Not found', { status: 404 });
  },
};

/** Pieces of text as a byte stream, each made only when the reader asks for it. */
function streamOf(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const it = chunks[Symbol.iterator]();
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const next = it.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}
