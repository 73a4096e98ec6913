import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';

/**
 * Page weight as a browser sees it: the HTML of a served page, and every <script src> it loads,
 * raw and gzip. Next 16 no longer prints "First Load JS", so the site's own JavaScript is attributed
 * from the build's client-reference manifests: a chunk is the site's when it carries a client module
 * from the project (app/, components/, lib/ ...), the framework's when it carries only node_modules
 * modules or is one of Next's root/polyfill files; any other chunk is counted as the site's.
 */

export interface Sizes {
  raw: number;
  gzip: number;
}

export interface ScriptInfo extends Sizes {
  src: string;
  owner: 'framework' | 'site';
  /** Client modules of the project found in the chunk (why it counts as the site's). */
  siteModules?: string[];
}

export interface PageWeight {
  path: string;
  status: number;
  html: Sizes;
  /** Bytes of script the page loads: its script files (raw) and its inline code (the theme script). */
  scriptBytes?: number;
  /** Inline code, without JSON-LD. */
  inlineJs?: number;
  /** The framework's flight data (`self.__next_f`) in the HTML: issue 22's budget allows none. */
  flightData?: boolean;
  js: Sizes;
  frameworkJs: Sizes;
  siteJs: Sizes;
  scripts: ScriptInfo[];
  /** Scripts this page loads that the empty (404) page does not. */
  extraVsEmpty: Sizes & { count: number };
}

const gz = (buf: Buffer) => gzipSync(buf).length;

function walkFiles(dir: string, name: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walkFiles(full, name, out);
    else if (entry.name === name) out.push(full);
  }
  return out;
}

/** chunk URL path (`/_next/static/chunks/x.js`) → client module ids it carries, from every route's manifest. */
export function chunkModules(distDir: string): { modules: Map<string, Set<string>>; framework: Set<string> } {
  const modules = new Map<string, Set<string>>();
  const add = (chunk: string, mod: string) => {
    const key = chunk.startsWith('/') ? chunk : `/_next/${chunk}`;
    let set = modules.get(key);
    if (!set) modules.set(key, (set = new Set()));
    set.add(mod);
  };
  // Only route directories hold manifests; skip the thousands of prerendered files quickly.
  for (const file of walkFiles(join(distDir, 'server', 'app'), 'page_client-reference-manifest.js')) {
    const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, unknown> } = {};
    sandbox.globalThis = sandbox;
    runInNewContext(readFileSync(file, 'utf8'), sandbox);
    for (const manifest of Object.values(sandbox.__RSC_MANIFEST ?? {}) as {
      clientModules?: Record<string, { chunks: string[] }>;
    }[]) {
      for (const [mod, info] of Object.entries(manifest.clientModules ?? {})) for (const c of info.chunks) add(c, mod);
    }
  }
  const framework = new Set<string>();
  const build = JSON.parse(readFileSync(join(distDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles?: string[];
    polyfillFiles?: string[];
  };
  for (const f of [...(build.rootMainFiles ?? []), ...(build.polyfillFiles ?? [])]) framework.add(`/_next/${f}`);
  return { modules, framework };
}

const isFrameworkModule = (mod: string) => /[\\/]node_modules[\\/]/.test(mod);

export async function measurePage(
  base: string,
  path: string,
  attribution: ReturnType<typeof chunkModules>,
  empty?: Set<string>,
): Promise<PageWeight & { scriptSrcs: Set<string> }> {
  const res = await fetch(base + path);
  const html = Buffer.from(await res.arrayBuffer());
  const srcs = [...new Set([...html.toString('utf8').matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')))];
  const scripts: ScriptInfo[] = [];
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    const key = src.split('?')[0]!;
    const mods = attribution.modules.get(key);
    const siteModules = mods ? [...mods].filter((m) => !isFrameworkModule(m)) : undefined;
    const owner: ScriptInfo['owner'] = attribution.framework.has(key) || (mods && siteModules!.length === 0) ? 'framework' : 'site';
    scripts.push({ src, raw: body.length, gzip: gz(body), owner, siteModules: siteModules?.length ? siteModules : undefined });
  }
  const text = html.toString('utf8');
  const inlineJs = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\ssrc=/.test(m[1]!) && !/type="application\/ld\+json"/.test(m[1]!))
    .reduce((n, m) => n + Buffer.byteLength(m[2]!), 0);
  const sum = (list: ScriptInfo[]) => list.reduce((s, x) => ({ raw: s.raw + x.raw, gzip: s.gzip + x.gzip }), { raw: 0, gzip: 0 });
  const extra = empty ? scripts.filter((s) => !empty.has(s.src)) : [];
  return {
    path,
    status: res.status,
    html: { raw: html.length, gzip: gz(html) },
    scriptBytes: sum(scripts).raw + inlineJs,
    inlineJs,
    flightData: text.includes('self.__next_f'),
    js: sum(scripts),
    frameworkJs: sum(scripts.filter((s) => s.owner === 'framework')),
    siteJs: sum(scripts.filter((s) => s.owner === 'site')),
    scripts,
    extraVsEmpty: { ...sum(extra), count: extra.length },
    scriptSrcs: new Set(srcs),
  };
}

/** Issue 22's budget for content pages: at most 2 KiB of script (files and inline code), and no flight data. */
export const CONTENT_SCRIPT_BUDGET = 2 * 1024;

/** Addresses of the page kinds an article and the home page link to, the first of each (edition, car...). */
export const LINKED_KINDS: [string, RegExp][] = [
  ['session', /^\/events\/[^/]+\/\d{4}\/[^/]+$/],
  ['edition', /^\/events\/[^/]+\/\d{4}$/],
  ['event', /^\/events\/[^/]+$/],
  ['car', /^\/cars\/[^/]+$/],
  ['circuit', /^\/circuits\/[^/]+$/],
  ['series', /^\/series\/[^/]+$/],
  ['author', /^\/authors\/[^/]+$/],
];

export async function linkedKinds(base: string, paths: string[]): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const path of paths) {
    const html = await (await fetch(base + path)).text();
    const hrefs = [...html.matchAll(/<a\b[^>]*\shref="(\/[^"#?]*)"/g)].map((m) => m[1]!);
    for (const [kind, re] of LINKED_KINDS) found[kind] ??= hrefs.find((h) => re.test(h))!;
  }
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined));
}
