import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDetached, stopDetached } from './bench/proc';

/**
 * Debian's nginx run in the foreground with its own prefix and config on 127.0.0.1, for the tests and
 * `npm run bench:load`; ended by its process group. Three shapes, as docs/deploy.md describes them:
 * - `root` alone: the files of root;
 * - `root` and `confDir`: the static export, with deploy/nginx/'s generated maps and headers, then site.conf;
 * - `upstream`: a cache in front of `next start` on that port, with deploy/nginx/cache-http.conf (its cache
 *   directory moved into the prefix) and cache.conf, exactly as shipped otherwise.
 */
export interface Nginx {
  url: string;
  /** The prefix directory (config, logs, and the cache of the `upstream` shape). */
  prefix: string;
  stop: () => Promise<void>;
}

const DEPLOY = fileURLToPath(new URL('../deploy/nginx/', import.meta.url));

export type NginxOptions = { port: number; workers?: number } & ({ root: string; confDir?: string; upstream?: undefined } | { upstream: number; root?: undefined; confDir?: undefined });

/** The http-context lines and the server block of each shape. */
function shape(opts: NginxOptions, prefix: string): { http: string[]; server: string[] } {
  if (opts.upstream !== undefined) {
    const zone = readFileSync(join(DEPLOY, 'cache-http.conf'), 'utf8').replace(/^(proxy_cache_path )\S+/m, `$1${join(prefix, 'cache')}`);
    if (!zone.includes(join(prefix, 'cache'))) throw new Error(`no proxy_cache_path line in ${join(DEPLOY, 'cache-http.conf')}`);
    writeFileSync(join(prefix, 'cache-http.conf'), zone);
    return {
      http: [`upstream endurance_desk { server 127.0.0.1:${opts.upstream}; keepalive 64; }`, `include ${join(prefix, 'cache-http.conf')};`],
      server: [`include ${join(DEPLOY, 'cache.conf')};`],
    };
  }
  if (opts.confDir) {
    return {
      http: [`include ${resolve(opts.confDir, 'csp-map.conf')};`],
      server: [`root ${resolve(opts.root)};`, `include ${resolve(opts.confDir, 'headers.conf')};`, `include ${resolve(opts.confDir, 'site.conf')};`],
    };
  }
  return { http: [], server: [`root ${resolve(opts.root)};`, 'index index.html;', 'location / { try_files $uri $uri.html $uri/index.html =404; }'] };
}

/** Writes nginx.conf (and the shape's own files) into `prefix`; returns its path. */
export function writeNginxConf(opts: NginxOptions, prefix: string): string {
  mkdirSync(join(prefix, 'logs'), { recursive: true });
  const { http, server } = shape(opts, prefix);
  const conf = [
    // As root, workers would run as nobody, who may not read the tree.
    process.getuid?.() === 0 ? 'user root;' : '',
    `worker_processes ${opts.workers ?? 1};`,
    'daemon off;',
    `pid ${join(prefix, 'nginx.pid')};`,
    `error_log ${join(prefix, 'logs', 'error.log')} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    '  sendfile on;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(prefix, `${t}-temp`)};`),
    ...http.map((l) => `  ${l}`),
    `  server {`,
    `    listen 127.0.0.1:${opts.port};`,
    ...server.map((l) => `    ${l}`),
    '  }',
    '}',
  ].join('\n');
  const path = join(prefix, 'nginx.conf');
  writeFileSync(path, conf);
  return path;
}

export async function startNginx(opts: NginxOptions): Promise<Nginx> {
  const url = `http://127.0.0.1:${opts.port}`;
  if (await fetch(url).then(() => true, () => false)) throw new Error(`${url} already answers: another server holds the port`);
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  const conf = writeNginxConf(opts, prefix);
  const child: ChildProcess = startDetached('nginx', ['-p', prefix, '-c', conf], {});
  let stderr = '';
  child.stderr?.on('data', (c) => (stderr += c));
  const stop = async () => {
    await stopDetached(child);
    rmSync(prefix, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${url}/`);
      return { url, prefix, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  await stop();
  throw new Error(`nginx did not start on ${url}: ${stderr.trim()}`);
}
