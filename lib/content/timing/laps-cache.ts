/**
 * The disk cache of the timing readers, in `.next/cache/timing` (TIMING_CACHE_DIR overrides), which hosts
 * keep between builds: an analysis file's lap rows and its summary, each under the file's content hash.
 * A file is written once, to a temporary name and renamed, so no reader ever sees half of one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LapRow, SessionLapSummary } from './types';

/** Bumped whenever the readers' output changes, so older cache files are ignored. */
const FORMAT = 1;

export const timingCacheDir = () => process.env.TIMING_CACHE_DIR ?? join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'cache', 'timing');

/** The content hash of a timing file: sha256 of its bytes (or of its text, UTF-8), hex. */
export function timingHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

type Packed = [string, string, string, number, string, string, number, number | null, number, 0 | 1, number | null, number, 0 | 1];

const pack = (r: LapRow): Packed => [r.number, r.class, r.team, r.driverNumber, r.driverId, r.driverName, r.lap, r.lapMs, r.elapsedMs, r.pitIn ? 1 : 0, r.pitMs, r.line, r.improved ? 1 : 0];
function unpack(p: Packed): LapRow {
  const row: LapRow = {
    number: p[0], class: p[1], team: p[2], driverNumber: p[3], driverId: p[4], driverName: p[5],
    lap: p[6], lapMs: p[7], elapsedMs: p[8], pitIn: p[9] === 1, pitMs: p[10], line: p[11],
  };
  if (p[12] === 1) row.improved = true;
  return row;
}

const rowsPath = (hash: string) => join(timingCacheDir(), `${hash}.laps.v${FORMAT}.json`);
const summaryPath = (hash: string) => join(timingCacheDir(), `${hash}.summary.v${FORMAT}.json`);

function tmpOf(path: string): string {
  return `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

/** The cached rows of the file with this hash, if any. */
export async function cachedRows(hash: string): Promise<LapRow[] | undefined> {
  try {
    return (JSON.parse(await readFile(/*turbopackIgnore: true*/ rowsPath(hash), 'utf8')) as Packed[]).map(unpack);
  } catch {
    return undefined;
  }
}

export async function cacheRows(hash: string, rows: readonly LapRow[]): Promise<void> {
  const path = rowsPath(hash);
  try {
    await mkdir(/*turbopackIgnore: true*/ timingCacheDir(), { recursive: true });
    const tmp = tmpOf(path);
    await writeFile(/*turbopackIgnore: true*/ tmp, JSON.stringify(rows.map(pack)));
    await rename(/*turbopackIgnore: true*/ tmp, path);
  } catch {
    // A read-only disk only costs a re-read next time.
  }
}

/** The same, synchronous: the content check and the graph's readers run synchronously. */
export function cacheRowsSync(hash: string, rows: readonly LapRow[]): void {
  writeSync(rowsPath(hash), JSON.stringify(rows.map(pack)));
}

/** The cached summary of the file with this hash (driver ids as the names fold, before the registries). */
export function cachedSummary(hash: string): SessionLapSummary | undefined {
  try {
    return JSON.parse(readFileSync(/*turbopackIgnore: true*/ summaryPath(hash), 'utf8')) as SessionLapSummary;
  } catch {
    return undefined;
  }
}

export function cacheSummary(hash: string, summary: SessionLapSummary): void {
  writeSync(summaryPath(hash), JSON.stringify(summary));
}

function writeSync(path: string, text: string): void {
  try {
    mkdirSync(/*turbopackIgnore: true*/ timingCacheDir(), { recursive: true });
    const tmp = tmpOf(path);
    writeFileSync(/*turbopackIgnore: true*/ tmp, text);
    renameSync(/*turbopackIgnore: true*/ tmp, path);
  } catch {
    // A read-only disk only costs a re-read next time.
  }
}
