/** Removes the duplicate RSC payloads `next build` writes for each prerendered page. */
import { linkSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Next writes each prerendered page's RSC payload twice: `<page>.rsc` and, byte for byte the same,
 * `<page>.segments/_full.segment.rsc` (the segment cache's copy). After `next build` the second becomes a
 * hard link to the first: one copy on disk, both names still served. Returns the bytes saved.
 */
export function linkDuplicatePayloads(serverAppDir: string): { links: number; bytes: number } {
  let links = 0;
  let bytes = 0;
  const visit = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory()) continue;
      const full = join(dir, e.name);
      if (!e.name.endsWith('.segments')) {
        visit(full);
        continue;
      }
      const copy = join(full, '_full.segment.rsc');
      const original = `${full.slice(0, -'.segments'.length)}.rsc`;
      try {
        const a = statSync(copy);
        const b = statSync(original);
        if (a.ino === b.ino || a.size !== b.size || !readFileSync(copy).equals(readFileSync(original))) continue;
        const tmp = `${copy}.link`;
        linkSync(original, tmp);
        renameSync(tmp, copy);
        links++;
        bytes += a.size;
      } catch {
        /* a page without one of the two files */
      }
      visit(full);
    }
  };
  visit(serverAppDir);
  return { links, bytes };
}
