/**
 * The laps of one session, read where a page or a data file renders them (never held in the graph):
 * the analysis file parsed once, then kept on disk under `.next/cache/timing/<content hash>` (hosts keep
 * `.next/cache` between builds) and in a small in-process cache.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { ContentError } from '../problems';
import { readAnalysis } from './analysis';
import type { LapRow } from './types';

/** Bumped whenever the reader's output changes, so older cache files are ignored. */
const FORMAT = 1;
const MEMORY_SLOTS = 4;

export const timingCacheDir = () => process.env.TIMING_CACHE_DIR ?? join(process.cwd(), '.next', 'cache', 'timing');

/** The content hash of a timing file: sha256 of its bytes, hex. */
export function timingHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

type Packed = [string, string, string, number, string, string, number, number | null, number, 0 | 1, number | null, number, 0 | 1];

const pack = (r: LapRow): Packed => [r.number, r.class, r.team, r.driverNumber, r.driverId, r.driverName, r.lap, r.lapMs, r.elapsedMs, r.pitIn ? 1 : 0, r.pitMs, r.line, r.improved ? 1 : 0];
const unpack = (p: Packed): LapRow => {
  const row: LapRow = {
    number: p[0], class: p[1], team: p[2], driverNumber: p[3], driverId: p[4], driverName: p[5],
    lap: p[6], lapMs: p[7], elapsedMs: p[8], pitIn: p[9] === 1, pitMs: p[10], line: p[11],
  };
  if (p[12] === 1) row.improved = true;
  return row;
};

const memory = new Map<string, LapRow[]>();
const cachePath = (hash: string) => join(timingCacheDir(), `${hash}.v${FORMAT}.json`);

async function fromDisk(hash: string): Promise<LapRow[] | undefined> {
  try {
    const packed = JSON.parse(await readFile(/*turbopackIgnore: true*/ cachePath(hash), 'utf8')) as Packed[];
    return packed.map(unpack);
  } catch {
    return undefined;
  }
}

async function toDisk(hash: string, rows: LapRow[]): Promise<void> {
  const path = cachePath(hash);
  try {
    await mkdir(/*turbopackIgnore: true*/ timingCacheDir(), { recursive: true });
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(/*turbopackIgnore: true*/ tmp, JSON.stringify(rows.map(pack)));
    await rename(/*turbopackIgnore: true*/ tmp, path);
  } catch {
    // A read-only disk only costs a re-read next time.
  }
}

function remember(hash: string, rows: LapRow[]): void {
  memory.delete(hash);
  memory.set(hash, rows);
  while (memory.size > MEMORY_SLOTS) memory.delete(memory.keys().next().value!);
}

/**
 * The laps of the analysis file `file` (a path relative to the working directory, as the graph keeps it:
 * `content/timing/8-hours-of-bahrain/2024/23_Analysis_Race_Hour 8.CSV`). With `hash` (the summary's),
 * a cached copy is used without reading the file. `resolve` maps a driver's name to its entity id, as the
 * graph does (registry aliases); without it the id is the name folded. Throws a ContentError listing the
 * file's problems when it cannot be read (the content check reports them before any build).
 */
export async function readSessionLaps(file: string, hash?: string, resolve?: (name: string) => string): Promise<LapRow[]> {
  let rows = hash ? (memory.get(hash) ?? (await fromDisk(hash))) : undefined;
  let key = hash;
  if (!rows) {
    const bytes = await readFile(/*turbopackIgnore: true*/ isAbsolute(file) ? file : join(process.cwd(), file));
    key = timingHash(bytes);
    rows = memory.get(key) ?? (await fromDisk(key));
    if (!rows) {
      const read = readAnalysis(bytes.toString('utf8'), file);
      if (read.problems.length > 0) throw new ContentError(read.problems);
      rows = read.rows;
      await toDisk(key, rows);
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
