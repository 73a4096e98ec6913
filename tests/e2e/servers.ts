import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { currentDistDir } from '../../lib/build/dist.mjs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Processes the publish tests start for themselves: `next start` instances serving the current build
 * (with their own copy of the content), a Redis server, and `npm run publish`. Ports follow E2E_PORT, so
 * that parallel checkouts never share one: instances on E2E_PORT+1.., Redis on 6390 + E2E_PORT % 10.
 */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const require = createRequire(import.meta.url);
export const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
export const REDIS_PORT = 6390 + (BASE_PORT % 10);

export interface Started {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** A temporary copy of the repository's content; removed by the returned function. */
export function copyContent(): { dir: string; remove: () => void } {
  const dir = join(mkdtempSync(join(tmpdir(), 'publish-e2e-')), 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  return { dir, remove: () => rmSync(resolve(dir, '..'), { recursive: true, force: true }) };
}

/** How long a stopped process may take to end before it is killed. */
const STOP_MS = 15_000;

function start(command: string, args: string[], env: Record<string, string>, ready: (out: string) => boolean, url = ''): Promise<Started> {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  // SIGTERM, then SIGKILL if the process group has not ended within STOP_MS: a server that does not stop
  // must not hold a test until its timeout (it is said on stderr, with the end of its output).
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      const kill = setTimeout(() => {
        process.stderr.write(`${command} ${args.join(' ')} did not stop within ${STOP_MS / 1000} s of SIGTERM: killed. Its last output:\n${out.slice(-2000)}\n`);
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }, STOP_MS);
      child.once('exit', () => {
        clearTimeout(kill);
        done();
      });
      process.kill(-child.pid!, 'SIGTERM');
    });
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not start within 60 s:\n${out}`)), 60_000);
    const poll = setInterval(() => {
      if (ready(out)) {
        clearInterval(poll);
        clearTimeout(timer);
        resolveStart({ url, child, output: () => out, stop });
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${code}:\n${out}`));
    });
  });
}

export interface Instance extends Started {
  /** The instance's own copy of the served build (relative to ROOT), for `publish` to write its search index into. */
  distDir: string;
}

/**
 * `next start` on 127.0.0.1:`port`, serving a copy of the current build with `contentDir`. The copy keeps
 * what the instance renders on demand and what a publish writes (pages, search index) out of the build the
 * main e2e server serves, so that no test sees another's articles; it is removed when the instance stops.
 */
export async function startInstance(port: number, contentDir: string, env: Record<string, string> = {}): Promise<Instance> {
  const next = require.resolve('next/dist/bin/next', { paths: [ROOT] });
  const distDir = `.builds/e2e-${port}`;
  rmSync(join(ROOT, distDir), { recursive: true, force: true });
  cpSync(join(ROOT, currentDistDir(ROOT)), join(ROOT, distDir), { recursive: true, verbatimSymlinks: true });
  const env2 = { CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, ...env };
  let server: Started;
  try {
    server = await start(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', String(port)], env2, (o) => o.includes('Ready'), `http://127.0.0.1:${port}`);
  } catch (e) {
    rmSync(join(ROOT, distDir), { recursive: true, force: true });
    throw e;
  }
  // The first request loads the content: done here, so that the tests time only what they test.
  await fetch(`${server.url}/`);
  const stop = async () => {
    await server.stop();
    rmSync(join(ROOT, distDir), { recursive: true, force: true });
  };
  return { ...server, stop, distDir };
}

/** Debian's redis-server on loopback, in memory only. */
export function startRedis(port = REDIS_PORT): Promise<Started> {
  return start('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {}, (o) => o.includes('Ready to accept connections'), `redis://127.0.0.1:${port}`);
}

/**
 * `npm run publish -- <files>` against `instances` (asynchronous, so that requests go on meanwhile). The
 * search index goes into `distDir`, the instances' build (their own copy: see startInstance).
 */
export function publish(contentDir: string, files: string[], instances: Instance[]): Promise<{ code: number; output: string }> {
  const tsx = require.resolve('tsx/cli', { paths: [ROOT] });
  const child = spawn(process.execPath, [tsx, 'scripts/publish.ts', ...files], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, PUBLISH_INSTANCES: instances.map((i) => i.url).join(','), NEXT_DIST_DIR: instances[0]!.distDir },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((done) => child.once('exit', (code) => done({ code: code ?? 1, output })));
}
