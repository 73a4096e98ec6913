/**
 * What one search costs a reader: loads /search?q=… of a running server in Chromium and adds up the
 * transferred bytes of every request for the Pagefind bundle (its script, WebAssembly, index chunks,
 * filters and the fragments of the results shown), until the page announces its count.
 */
import { existsSync } from 'node:fs';
import { chromium, type Request } from '@playwright/test';

export interface SearchCost {
  query: string;
  results: string;
  requests: number;
  /** Bytes over the wire (compressed where the server compresses). */
  bytes: number;
}

export async function measureSearch(base: string, query: string): Promise<SearchCost> {
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
      const size = transferred(request);
      size.catch(() => undefined); // seen by Promise.all below, not an unhandled rejection meanwhile
      sizes.push(size);
    });
    await page.goto(`${base}/search?q=${encodeURIComponent(query)}`);
    const status = page.getByRole('status');
    await status.filter({ hasText: /results? for|No results/ }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(sizes);
    return { query, results: (await status.textContent()) ?? '', requests: all.length, bytes: all.reduce((a, b) => a + b, 0) };
  } finally {
    await browser.close();
  }
}

/**
 * A request's bytes over the wire: its response's headers and body as Chromium received them. Chromium
 * reports a body of 0 bytes for a web worker's script (Pagefind's, before public/search.js turned it off),
 * so such a response stops the measure rather than being counted as nothing.
 */
async function transferred(request: Request): Promise<number> {
  const sizes = await request.sizes();
  if (sizes.responseBodySize === 0) {
    const body = await (await request.response())?.body().catch(() => undefined);
    if (body && body.length > 0) throw new Error(`one search: the browser did not report the bytes of ${request.url()} (${body.length} B unpacked), so they cannot be counted`);
  }
  return sizes.responseBodySize + sizes.responseHeadersSize;
}
