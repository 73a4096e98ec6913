/**
 * Serving the Pagefind bundle of a server build from `<distDir>/pagefind` (written by
 * scripts/search-index.ts), with the delta of the publishes since (`pagefind/delta/`, lib/search/delta.ts).
 * Each build carries its own index, so a server always answers with the index of the pages it serves.
 * Dot-named files (the bundle's `.state/`) are never served. The static export has the same files in out/pagefind.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { WORKER_CSP } from '../csp.mjs';
/**
 * The dist dir this server serves: `NEXT_DIST_DIR` when the server was started on another copy of its build
 * (next.config.mjs reads it too), else the one it was built into, which Next inlines at build time.
 */
export function searchIndexDir(): string {
  return join(process.cwd(), process.env.NEXT_DIST_DIR || process.env.__NEXT_RELATIVE_DIST_DIR || '.next', 'pagefind');
}

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** Path segments of a request: plain names only (no dot files, no `..`, no separators). */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;

/** A file of the bundle as a Response, or 404 for anything else. */
export async function searchIndexResponse(segments: readonly string[], dir = searchIndexDir()): Promise<Response> {
  if (segments.length === 0 || segments.length > 3 || !segments.every((s) => SEGMENT.test(s) && !s.includes('..'))) {
    return notFound();
  }
  const file = join(/*turbopackIgnore: true*/ dir, ...segments);
  try {
    if (!(await stat(file)).isFile()) return notFound();
    const body = await readFile(file);
    const name = segments[segments.length - 1]!;
    const ext = name.slice(name.lastIndexOf('.') + 1);
    // Index, fragment, filter and meta files carry a content hash in their names; the entry points, the
    // WebAssembly and a publish's delta/superseded.json (lib/search/delta.ts) do not.
    const hashed = /_[0-9a-f]{6,}\.pf_|\.pf_(fragment|index|filter)$/.test(name);
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
        // Pagefind's worker runs under the policy of its own response: it fetches the index and compiles
        // the WebAssembly.
        ...(ext === 'js' ? { 'Content-Security-Policy': WORKER_CSP } : {}),
      },
    });
  } catch {
    return notFound();
  }
}

function notFound(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
