/**
 * A publish's part of the search index: Pagefind cannot add or remove a page of a bundle, and writing the
 * whole bundle again took most of a publish at 10,000 articles (111 s of 160 s). So the bundle a build
 * writes (the "archive", `<distDir>/pagefind`) stays as it is, and every publish writes a small second
 * bundle into it, `pagefind/delta/`, holding the documents changed since the build:
 *
 * - `delta/` is a Pagefind bundle of every document added or changed by the publishes since the build
 *   (absent when they only removed pages);
 * - `delta/superseded.json` lists the archive's page ids (Pagefind result ids, `.state/ids.json`) of
 *   every URL the delta changed or removed, which the search page drops from its results
 *   (public/search.js), with the languages of the delta's bundle; the build writes it empty;
 * - `delta/.state.json` keeps the delta's documents by URL (HTML, or null for a removed page), so that the
 *   next publish adds its own changes to them. The route serves no dot-named file.
 *
 * The whole of `delta/` is written beside it and renamed into place, so a reader's search sees the delta
 * before or after a publish, never half of it. The next build writes a new archive, which holds
 * everything, and no delta. A delta that has grown past MAX_DELTA documents is folded into a new archive
 * by the caller (scripts/publish.ts runs the full index then).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchChange } from './documents';
import { documentHash, HASHES_FILE, IDS_FILE, moveIntoPlace, STATE_DIR, writeIndexAt } from './indexer';

const DELTA_DIR = 'delta';
const SUPERSEDED_FILE = 'superseded.json';
const DELTA_STATE = '.state.json';

/** Past this many documents (or a tenth of the archive, if more), a publish writes the whole index again. */
const MAX_DELTA = 2000;

/** What the search page reads from `delta/superseded.json`. */
export interface Superseded {
  /** Archive page ids no longer current: drop them from results. */
  ids: string[];
  /** The delta's bundle languages; empty when the delta has no bundle (only removals). */
  languages: string[];
}

export type DeltaResult =
  | { kind: 'delta'; documents: number; removed: number; superseded: number; files: number; ms: number }
  | { kind: 'full'; why: string };

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/**
 * Adds a publish's `changes` to the delta of the bundle at `indexDir` (`<distDir>/pagefind`) and writes
 * the delta again. `{ kind: 'full' }` when it cannot (a bundle without page ids, written before this
 * existed) or should not (the delta has outgrown MAX_DELTA): the caller then writes the whole index.
 */
export async function applySearchChanges(indexDir: string, changes: readonly SearchChange[]): Promise<DeltaResult> {
  const t0 = performance.now();
  const archive = readJson<Record<string, string[]>>(join(indexDir, STATE_DIR, IDS_FILE));
  if (!archive) return { kind: 'full', why: `${indexDir} has no ${STATE_DIR}/${IDS_FILE}` };
  const hashes = readJson<Record<string, string>>(join(indexDir, STATE_DIR, HASHES_FILE)) ?? {};
  const deltaDir = join(indexDir, DELTA_DIR);
  const docs = new Map(Object.entries(readJson<Record<string, string | null>>(join(deltaDir, DELTA_STATE)) ?? {}));
  for (const c of changes) {
    // A page the archive never had and the delta no longer has: nothing to index or drop. A page as the
    // archive holds it (a registry edit touches the pages of thousands of articles, most of whose
    // documents stay the same): the archive's version is current again.
    if (c.html === null ? !archive[c.url] : hashes[c.url] === documentHash(c.html)) docs.delete(c.url);
    else docs.set(c.url, c.html);
  }
  const limit = Math.max(MAX_DELTA, Math.ceil(Object.keys(archive).length / 10));
  if (docs.size > limit) return { kind: 'full', why: `the delta holds ${docs.size} documents (more than ${limit})` };

  const tmp = `${deltaDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    const present = [...docs].filter((d): d is [string, string] => d[1] !== null).map(([url, html]) => ({ url, html }));
    const built = await writeIndexAt(present, tmp);
    // An unchanged document has the same id in both bundles: it stays (the search page shows an id once).
    const own = new Set(Object.values(built.ids).flat());
    const ids = [...docs.keys()].flatMap((url) => archive[url] ?? []).filter((id) => !own.has(id));
    const superseded: Superseded = { ids, languages: Object.keys(built.languages) };
    writeFileSync(join(tmp, SUPERSEDED_FILE), JSON.stringify(superseded));
    writeFileSync(join(tmp, DELTA_STATE), JSON.stringify(Object.fromEntries(docs)));
    moveIntoPlace(tmp, deltaDir);
    return {
      kind: 'delta',
      documents: built.pages,
      removed: docs.size - present.length,
      superseded: ids.length,
      files: built.files,
      ms: Math.round(performance.now() - t0),
    };
  } finally {
    if (existsSync(tmp)) rmSync(tmp, { recursive: true, force: true });
  }
}
