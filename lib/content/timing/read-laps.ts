/**
 * The laps of one session, read where a page or a data file renders them (never held in the graph):
 * the analysis file parsed once, then kept on disk under its content hash (laps-cache.ts) and in a small
 * in-process cache.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { ContentError } from '../problems';
import { readAnalysis } from './analysis';
import { cachedRows, cacheRows, timingHash } from './laps-cache';
import type { LapRow } from './types';

const MEMORY_SLOTS = 4;
const memory = new Map<string, LapRow[]>();

function remember(hash: string, rows: LapRow[]): void {
  memory.delete(hash);
  memory.set(hash, rows);
  while (memory.size > MEMORY_SLOTS) memory.delete(memory.keys().next().value!);
}

/**
 * The laps of the analysis file `file` (a path relative to the working directory, as the graph keeps it:
 * `content/timing/8-hours-of-bahrain/2024/23_Analysis_Race_Hour 8.CSV`). With `hash` (the summary's),
 * a cached copy is used without reading the file. `resolve` maps a driver's name to its entity id, as the
 * graph does (registry aliases); without it the id is the name folded. The rows are shared: do not change
 * them. Throws a ContentError listing the file's problems when it cannot be read (the content check
 * reports them before any build).
 */
export async function readSessionLaps(file: string, hash?: string, resolve?: (name: string) => string): Promise<LapRow[]> {
  let rows = hash ? (memory.get(hash) ?? (await cachedRows(hash))) : undefined;
  let key = hash;
  if (!rows) {
    const path = isAbsolute(file) ? file : join(/*turbopackIgnore: true*/ process.cwd(), file);
    const bytes = await readFile(/*turbopackIgnore: true*/ path);
    key = timingHash(bytes);
    rows = memory.get(key) ?? (await cachedRows(key));
    if (!rows) {
      const read = readAnalysis(bytes.toString('utf8'), file);
      if (read.problems.length > 0) throw new ContentError(read.problems);
      rows = read.rows;
      await cacheRows(key, rows);
    }
  }
  remember(key!, rows);
  if (!resolve) return rows;
  const ids = new Map<string, string>();
  return rows.map((r) => {
    let id = ids.get(r.driverName);
    if (id === undefined) {
      id = resolve(r.driverName);
      ids.set(r.driverName, id);
    }
    return id === r.driverId ? r : { ...r, driverId: id };
  });
}
