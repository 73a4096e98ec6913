import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDetached, stopDetached } from './bench/proc';

/**
 * Debian's nginx run in the foreground with its own prefix and config on 127.0.0.1, for the tests and
 * `npm run bench:load`; ended by its process group. `site` includes deploy/nginx/ (the generated maps and
 * headers, then site.conf) as docs/deploy.md describes; without it nginx only serves the files of root.
 */
export interface Nginx {
  url: string;
  stop: () => Promise<void>;
}

export async function startNginx(opts: { root: string; port: number; confDir?: string; workers?: number }): Promise<Nginx> {
  const url = `http://127.0.0.1:${opts.port}`;
  if (await fetch(url).then(() => true, () => false)) throw new Error(`${url} already answers: another server holds the port`);
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const site = opts.confDir
    ? [`include ${resolve(opts.confDir, 'headers.conf')};`, `include ${resolve(opts.confDir, 'site.conf')};`]
    : ['index index.html;', 'location / { try_files $uri $uri.html $uri/index.html =404; }'];
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
    opts.confDir ? `  include ${resolve(opts.confDir, 'csp-map.conf')};` : '',
    `  server {`,
    `    listen 127.0.0.1:${opts.port};`,
    `    root ${resolve(opts.root)};`,
    ...site.map((l) => `    ${l}`),
    '  }',
    '}',
  ].join('\n');
  writeFileSync(join(prefix, 'nginx.conf'), conf);
  const child: ChildProcess = startDetached('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf')], {});
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
      return { url, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  await stop();
  throw new Error(`nginx did not start on ${url}: ${stderr.trim()}`);
}
