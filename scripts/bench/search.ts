/**
 * What one search costs a reader: loads /search?q=… of a running server in Chromium and adds up the
 * transferred bytes of every request for the Pagefind bundle (its script, WebAssembly, index chunks,
 * filters and the fragments of the results shown), until the page announces its count.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

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
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) {
        sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
      }
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
