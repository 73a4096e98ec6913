/**
 * The open-data tables of a running server as files: each written once per served graph into
 * `.next/cache/open-data` (OPEN_DATA_CACHE_DIR overrides), a few rows at a time between requests, then
 * streamed from disk to every reader who asks for it.
 *
 * Why not Next's incremental cache, as the other derived files: before it stores an entry, Next measures it
 * with `JSON.stringify(value).length` (IncrementalCache `set`, in next/dist/compiled/next-server/
 * app-route-turbo.runtime.prod.js), which writes a route's body, a Buffer, as an array of numbers: about
 * 80 ms per MB on the thread that answers requests. The entries table is 74 MB at 10,000 articles (about 6 s
 * after every publish, for one request) and about three times that at 30,000, past V8's longest string.
 * tests/unit/open-data-files.test.ts checks that the framework still measures entries that way.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Graph } from '../graph/types';

export const openDataCacheDir = () => process.env.OPEN_DATA_CACHE_DIR ?? join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'cache', 'open-data');

/** Text handed to the file at once, and the time spent making it before requests get a turn. */
const BATCH_CHARS = 256 * 1024;
const SLICE_MS = 10;

const generations = new WeakMap<Graph, string>();
let served = 0;
const writing = new Map<string, Promise<string>>();

/** This process's folder for the files of `graph` (`<pid>-<n>`: one per graph it has served). */
function folderOf(graph: Graph): string {
  let name = generations.get(graph);
  if (!name) generations.set(graph, (name = `${process.pid}-${++served}`));
  return join(/*turbopackIgnore: true*/ openDataCacheDir(), name);
}

/**
 * The path of the file `name` of `graph`, written from `chunks` on the first request for it (the requests
 * that arrive meanwhile wait for the same file). The folders of this process's earlier graphs, and of
 * processes that have ended, are removed when a new one is made.
 */
export function openDataPath(graph: Graph, name: string, chunks: () => Iterable<string>): Promise<string> {
  const folder = folderOf(graph);
  const path = join(/*turbopackIgnore: true*/ folder, name);
  if (existsSync(/*turbopackIgnore: true*/ path)) return Promise.resolve(path);
  let pending = writing.get(path);
  if (!pending) {
    pending = writeFile(folder, path, chunks()).finally(() => writing.delete(path));
    writing.set(path, pending);
  }
  return pending;
}

/** A file on disk as a response body. */
export function fileBody(path: string): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(/*turbopackIgnore: true*/ path)) as ReadableStream<Uint8Array>;
}

async function writeFile(folder: string, path: string, chunks: Iterable<string>): Promise<string> {
  if (!existsSync(/*turbopackIgnore: true*/ folder)) {
    await mkdir(/*turbopackIgnore: true*/ folder, { recursive: true });
    removeOthers(folder);
  }
  const temp = `${path}.${process.pid}.tmp`;
  const out = createWriteStream(/*turbopackIgnore: true*/ temp);
  try {
    let batch = '';
    let end = performance.now() + SLICE_MS;
    for (const chunk of chunks) {
      batch += chunk;
      if (batch.length >= BATCH_CHARS) {
        if (!out.write(batch)) await once(out, 'drain');
        batch = '';
      }
      if (performance.now() >= end) {
        await new Promise<void>((resume) => setImmediate(resume));
        end = performance.now() + SLICE_MS;
      }
    }
    out.end(batch);
    await once(out, 'finish');
    await rename(/*turbopackIgnore: true*/ temp, path);
    return path;
  } catch (error) {
    // The stream opens its file asynchronously: a failure before that open completed would otherwise
    // remove nothing, and the open then create the file. Wait until the stream has closed it.
    out.destroy();
    if (!out.closed) await new Promise<void>((resume) => out.once('close', () => resume()));
    await rm(/*turbopackIgnore: true*/ temp, { force: true });
    throw error;
  }
}

/** Removes the other folders of this process (earlier graphs) and those of processes that no longer run. */
function removeOthers(keep: string): void {
  const root = openDataCacheDir();
  const mine = `${process.pid}-`;
  for (const name of readdirSync(/*turbopackIgnore: true*/ root)) {
    const full = join(/*turbopackIgnore: true*/ root, name);
    if (full === keep) continue;
    const pid = Number(name.slice(0, name.indexOf('-')));
    if (name.startsWith(mine) || !Number.isInteger(pid) || !running(pid)) rmSync(/*turbopackIgnore: true*/ full, { recursive: true, force: true });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
