/**
 * The check's cache of session conflicts (ConflictCache, lib/check/session-conflicts.ts): comparing the reports of
 * every session reported more than once means reading those files again, which was more than half of
 * `npm run check` at 10,000 articles (15 of 26 s), and every publish runs the check. The conflicts of
 * an edition's reports are kept under a key made of the reports' paths and content hashes
 * (lib/content/digest-cache.ts), the edition, and a salt of the checker's code version (a hash of the
 * source of lib/content, lib/graph, lib/check) and of what the articles take
 * from the registries (every spelling's id, each event's series and circuit: ContentBuilder.resolution;
 * the event's name is in the key): any change to one of those is a new key, so a kept result is always the one the check would find again. One
 * small JSON file per key in the check's folder for its code version (lib/check/check-store.ts; `.next/cache/check/`, CHECK_CACHE_DIR overrides), which hosts keep between
 * builds like the MDX store; a file is written under a temporary name and renamed.
 */
import type { ConflictCache } from './session-conflicts';
import { checkStore, checkVersion } from './check-store';
import type { Problem } from '../content/types';

const store = checkStore('.json');

/** The cache for registries whose resolution of names is `registries` (ContentBuilder.resolution). */
export function diskConflictCache(registries: string): ConflictCache {
  return {
    salt: `${checkVersion()}\n${registries}`,
    get(key) {
      const text = store.get(key);
      if (text === undefined) return undefined;
      try {
        return JSON.parse(text) as Problem[];
      } catch {
        return undefined;
      }
    },
    put: (key, problems) => store.put(key, JSON.stringify(problems)),
  };
}
