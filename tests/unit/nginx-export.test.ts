import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_CSP, cspForHtml, WORKER_CSP } from '@/lib/csp.mjs';
import { SECURITY_HEADERS } from '@/lib/security-headers.mjs';
import { stripFramework } from '@/lib/static-html.mjs';
import { THEME_SCRIPT } from '@/lib/theme-script.mjs';
import { startNginx, type Nginx } from '@/scripts/nginx';

/**
 * The static export behind nginx (docs/deploy.md): scripts/page-csp.ts --export generates the map and
 * headers from an out/ directory, and Debian's nginx serves it with deploy/nginx/site.conf.
 */
const repo = resolve(__dirname, '../..');
const port = Number(process.env.E2E_PORT ?? 3100) + 10;
const NEXT_PAGE = readFileSync(join(repo, 'tests/fixtures/next-render/not-found.html'), 'utf8');
// Pages as the build leaves them (lib/static-html.mjs): the theme script is their one inline script.
const THEME = `<script>${THEME_SCRIPT}</script>`;
const page = (title: string, extra = '') => `<!DOCTYPE html><html><head><title>${title}</title>${THEME}</head><body>${extra}</body></html>`;
const FILES: Record<string, string> = {
  'index.html': page('Home', '<script type="application/ld+json">{"@type":"WebSite"}</script>'),
  'drivers/kamui-kobayashi.html': page('Kobayashi'),
  // An inline script that is not the site's own: it gets no hash, so the browser blocks it.
  'articles/injected.html': page('Injected', '<script>alert(document.cookie)</script>'),
  '404.html': page('Not found'),
  'feed.xml': '<?xml version="1.0"?><rss version="2.0"></rss>',
  'articles/injected/opengraph-image': 'PNG',
  'articles/injected/results.csv': 'pos,car\n1,7\n',
  '_next/static/chunks/app.js': 'console.log(1)',
  // Pagefind's worker and its index file (scripts/search-index.ts writes them into out/pagefind).
  'pagefind/pagefind-worker.js': 'self.onmessage = () => {}',
  'pagefind/pagefind.en_0123456789.pf_meta': 'meta',
  // A page as Next exports it (tests/fixtures/next-render), with its RSC payload and segment files, and a
  // real .txt file beside them: the export keeps the page without the framework, and only the real file.
  'circuits/sarthe.html': NEXT_PAGE,
  'circuits/sarthe.txt': '1:"$Sreact.fragment"',
  'circuits/sarthe/__next.circuits.$d$id.__PAGE__.txt': '0:{}',
  'circuits/sarthe/__next._tree.txt': '0:{}',
  'robots.txt': 'User-Agent: *\nAllow: /\n',
};

let dir: string;
let nginx: Nginx;
let generated: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'export-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, 'out', path)), { recursive: true });
    writeFileSync(join(dir, 'out', path), text);
  }
  const run = spawnSync(join(repo, 'node_modules/.bin/tsx'), [join(repo, 'scripts/page-csp.ts'), '--export'], { cwd: dir, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  generated = run.stdout + run.stderr;
  copyFileSync(join(repo, 'deploy/nginx/site.conf'), join(dir, 'deploy/nginx/site.conf'));
  nginx = await startNginx({ root: join(dir, 'out'), port, confDir: join(dir, 'deploy/nginx') });
  // tsx starting page-csp.ts, then nginx: seconds on a busy machine.
}, 60_000);
afterAll(async () => {
  await nginx?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(nginx.url + path, { headers });
  return { res, body: await res.text() };
}

describe('the static export behind nginx', () => {
  it('sends each page its own policy, hashing only the theme script', async () => {
    for (const [path, file] of [['/', 'index.html'], ['/drivers/kamui-kobayashi', 'drivers/kamui-kobayashi.html'], ['/articles/injected', 'articles/injected.html']]) {
      const { res, body } = await get(path!);
      expect(res.status, path).toBe(200);
      expect(body).toBe(FILES[file!]);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp, path).toBe(cspForHtml(body));
      expect(csp.match(/'sha256-/g), path).toHaveLength(1);
    }
    // The export names the page whose inline script stays blocked.
    expect(generated).toContain('5 pages → deploy/nginx/csp-map.conf, 1 inline scripts left blocked');
    expect(generated).toMatch(/blocked by the policy: out\/articles\/injected\.html: alert\(document\.cookie\)/);
  });

  it("serves a page Next exported without the framework's scripts and flight data, and none of its payload files", async () => {
    const { res, body } = await get('/circuits/sarthe');
    expect(res.status).toBe(200);
    expect(NEXT_PAGE).toContain('self.__next_f');
    expect(body).toBe(stripFramework(NEXT_PAGE).html);
    expect(body).not.toContain('__next_f');
    expect(body).not.toMatch(/<script[^>]+src="\/_next\//);
    expect(res.headers.get('content-security-policy')).toBe(cspForHtml(body));
    expect(res.headers.get('content-security-policy')!.match(/'sha256-/g)).toHaveLength(1);
    for (const gone of ['circuits/sarthe.txt', 'circuits/sarthe/__next._tree.txt', 'circuits/sarthe']) expect(existsSync(join(dir, 'out', gone)), gone).toBe(false);
    expect((await get('/circuits/sarthe.txt')).res.status).toBe(404);
    expect((await get('/robots.txt')).body).toBe(FILES['robots.txt']);
  });

  it('answers an unknown address with the 404 page and its policy', async () => {
    const { res, body } = await get('/drivers/nobody');
    expect(res.status).toBe(404);
    expect(body).toBe(FILES['404.html']);
    expect(res.headers.get('content-security-policy')).toBe(cspForHtml(body));
  });

  it('sends files the base policy and their content type', async () => {
    for (const [path, type] of [['/feed.xml', 'text/xml'], ['/articles/injected/opengraph-image', 'image/png'], ['/articles/injected/results.csv', 'text/csv'], ['/_next/static/chunks/app.js', 'application/javascript']]) {
      const { res } = await get(path!);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toContain(type);
      expect(res.headers.get('content-security-policy'), path).toBe(BASE_CSP);
    }
  });

  it("sends Pagefind's scripts the worker policy, which lets its worker fetch the index and compile it", async () => {
    // A worker runs under its own response's policy: with the base policy its fetches fail, and /search
    // hangs at "Searching…" (found by tests/e2e/export-photos.spec.ts).
    for (const path of ['/pagefind/pagefind-worker.js']) {
      const { res } = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-security-policy'), path).toBe(WORKER_CSP);
    }
    const { res } = await get('/pagefind/pagefind.en_0123456789.pf_meta');
    expect(res.headers.get('content-security-policy')).toBe(BASE_CSP);
  });

  it('sends the other security headers on every answer, and no HSTS over http', async () => {
    for (const path of ['/', '/feed.xml', '/nobody', '/_next/static/chunks/app.js']) {
      const { res } = await get(path, { 'X-Forwarded-Proto': 'https' });
      for (const { key, value } of SECURITY_HEADERS) expect(res.headers.get(key), `${path} ${key}`).toBe(value);
      expect(res.headers.get('strict-transport-security'), path).toBeNull();
      expect(res.headers.get('server'), path).toBe('nginx');
    }
  });
});
