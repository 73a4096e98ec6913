/**
 * The check's cache of session conflicts (ConflictCache, lib/check/session-conflicts.ts): comparing the reports of
 * every session reported more than once means reading those files again, which was more than half of
 * `npm run check` at 10,000 articles (15 of 26 s), and every publish runs the check. The conflicts of
 * an edition's reports are kept under a key made of the reports' paths and the hashes of their text, the
 * edition, and a salt of the checker's own code (lib/content, lib/graph, lib/check) and of what the articles take
 * from the registries (every spelling's id, each event's series and circuit: ContentBuilder.resolution;
 * the event's name is in the key): any change to one of those is a new key, so a kept result is always the one the check would find again. One
 * small JSON file per key in `.next/cache/check/` (CHECK_CACHE_DIR overrides), which hosts keep between
 * builds like the MDX store; a file is written under a temporary name and renamed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConflictCache } from './session-conflicts';
import type { Problem } from '../content/types';

const checkCacheDir = () => process.env.CHECK_CACHE_DIR ?? join(process.cwd(), '.next', 'cache', 'check');

/** A hash of the checker's source: lib/content, lib/graph and lib/check, whose code decides what a conflict is. */
function codeHash(): string {
  const lib = join(dirname(fileURLToPath(import.meta.url)), '..');
  const hash = createHash('sha256');
  for (const sub of ['content', 'graph', 'check']) {
    for (const name of readdirSync(join(lib, sub)).filter((n) => n.endsWith('.ts')).sort()) {
      hash.update(`${sub}/${name}\n`).update(readFileSync(join(lib, sub, name)));
    }
  }
  return hash.digest('hex');
}

/** The cache in `dir`, for registries whose resolution of names is `registries` (ContentBuilder.resolution). */
export function diskConflictCache(registries: string, dir = checkCacheDir()): ConflictCache {
  const path = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    salt: `${codeHash()}\n${registries}`,
    get(key) {
      try {
        return JSON.parse(readFileSync(path(key), 'utf8')) as Problem[];
      } catch {
        return undefined;
      }
    },
    put(key, problems) {
      const file = path(key);
      mkdirSync(dirname(file), { recursive: true });
      const tmp = `${file}.tmp-${process.pid}`;
      writeFileSync(tmp, JSON.stringify(problems));
      renameSync(tmp, file);
    },
  };
}
