import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentLanguage, htmlRecordsFromDir, urlOf, withContentLanguage, writeSearchIndex } from '@/lib/search/indexer';
import { searchIndexResponse } from '@/lib/search/serve';

const page = (lang: string, body: string, bodyLang?: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body><header>Menu words</header>` +
  `<main><article${bodyLang ? ` lang="${bodyLang}"` : ''} data-pagefind-body=""><h1>${body}</h1><p>${body} text.</p></article></main></body></html>`;

const root = mkdtempSync(join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('search index', () => {
  it('maps prerendered files to URLs', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('articles/x.html')).toBe('/articles/x');
    expect(urlOf('series/index.html')).toBe('/series');
    expect(urlOf('drivers/page/2.html')).toBe('/drivers/page/2');
  });

  it('indexes a page in the language of its content, not of <html>', () => {
    const html = page('en', 'Kwalificatie', 'nl');
    expect(contentLanguage(html)).toBe('nl');
    expect(withContentLanguage(html)).toContain('<html lang="nl">');
    expect(contentLanguage(page('en', 'Qualifying'))).toBe('en');
    expect(withContentLanguage(page('en', 'Qualifying'))).toContain('<html lang="en">');
  });

  it('reads a build directory, skips 404 pages and pages without data-pagefind-body, and writes a bundle per language', async () => {
    const dir = join(root, 'app');
    mkdirSync(join(dir, 'articles'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<html lang="en"><body><h1>Home</h1></body></html>');
    writeFileSync(join(dir, '_not-found.html'), page('en', 'Not found'));
    writeFileSync(join(dir, 'articles', 'een.html'), page('en', 'Omstandigheden', 'nl'));
    writeFileSync(join(dir, 'articles', 'two.html'), page('en', 'Conditions'));
    const records = htmlRecordsFromDir(dir);
    expect(records.map((r) => r.url)).toEqual(['/', '/articles/een', '/articles/two']);
    const out = join(root, 'pagefind');
    const stats = await writeSearchIndex(records, out);
    expect(stats.pages).toBe(2);
    expect(stats.languages).toEqual({ nl: 1, en: 1 });
    const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'nl']);
    expect(stats.bytes).toBeGreaterThan(1000);
  });

  it('refuses a directory with nothing to index, naming it', async () => {
    expect(() => htmlRecordsFromDir(join(root, 'missing'))).toThrow(`no HTML directory at ${join(root, 'missing')}`);
    await expect(writeSearchIndex([{ url: '/', html: '<html><body>x</body></html>' }], join(root, 'empty'))).rejects.toThrow('no page carries data-pagefind-body');
  });

  it('serves only files of the bundle', async () => {
    const dir = join(root, 'pagefind');
    const ok = await searchIndexResponse(['pagefind-entry.json'], dir);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/json; charset=utf-8');
    for (const bad of [['..', 'app', 'index.html'], ['.hidden'], ['a/b'], [], ['fragment'], ['x', 'y', 'z', 'w']]) {
      expect((await searchIndexResponse(bad, dir)).status, bad.join('/')).toBe(404);
    }
  });
});
