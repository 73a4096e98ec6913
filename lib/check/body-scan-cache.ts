/** The check's scans of article bodies (lib/content/mdx.ts), kept by digest in the check's cache so that a body is parsed once. */
import { digest } from '../content/digest-cache';
import { needsParser, scanBody, type BodyScan } from '../content/mdx';
import { checkStore, scanVersion } from './check-store';

/**
 * A scan (the quick scanner or the MDX parser, lib/content/mdx.ts) is kept so that a body is scanned once:
 * reading a kept scan costs about a fiftieth of parsing (bench/README.md, "Fast paths against the
 * libraries"). Each body's scan is kept under the digest of the file's name, the body's first line and its
 * text (the scan names them), under a code version of the checker's source and the parser's packages. One
 * small JSON file per body, `.scan`, in the check's cache folder (`.next/cache/check`, CHECK_CACHE_DIR
 * overrides).
 */
const store = checkStore('.scan');

/** scanBody, the scan taken from the cache when this body was scanned before. */
export function keptScan(file: string, body: string, bodyLine: number): BodyScan {
  if (!needsParser(body)) return scanBody(file, body, bodyLine);
  const key = digest(scanVersion(), `${file}\0${bodyLine}\0${body}`);
  const kept = store.get(key);
  if (kept !== undefined) {
    try {
      return JSON.parse(kept) as BodyScan;
    } catch {
      // A damaged file is scanned again, and replaced.
    }
  }
  const scan = scanBody(file, body, bodyLine);
  store.put(key, JSON.stringify(scan));
  return scan;
}
