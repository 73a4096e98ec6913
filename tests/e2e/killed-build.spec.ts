import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_PORT, ROOT, startInstance } from './servers';

/**
 * Builds that cannot half-fail (issue 12): `npm run build` killed with SIGKILL in each phase leaves the
 * previous build as the one `npm start` starts and serves. The check, compile and search phases are
 * held at their start (BUILD_PAUSE, scripts/build.ts) so that the kill lands in them for certain; `next
 * build` is killed a few seconds in, while it compiles. `--force`: the content and code are those of the
 * served build, which a plain `npm run build` would keep without running `next build`.
 */
test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

const pointer = () => readFileSync(join(ROOT, '.builds', 'current'), 'utf8').trim();

/** Starts `npm run build`, SIGKILLs its whole process group when `when` matches its output. */
function killBuild(env: Record<string, string>, when: RegExp, delayMs = 0): Promise<string> {
  const child = spawn('npm', ['run', 'build', '--', '--force'], { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    let fired = false;
    const onData = (d: Buffer) => {
      out += d;
      if (!fired && when.test(out)) {
        fired = true;
        setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), delayMs);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(out) : reject(new Error(`the build ended by itself (${code}) before it was killed:\n${out}`))));
  });
}

const phases: [string, Record<string, string>, RegExp, number][] = [
  ['content check', { BUILD_PAUSE: 'check' }, /paused: BUILD_PAUSE=check/, 0],
  ['compiling the bodies', { BUILD_PAUSE: 'compile' }, /paused: BUILD_PAUSE=compile/, 0],
  ['next build', {}, /▶ next build into/, 4000],
  ['search indexing', { BUILD_PAUSE: 'search' }, /paused: BUILD_PAUSE=search/, 0],
];

test('a build killed in any phase leaves the previous build starting and serving', async () => {
  expect(existsSync(join(ROOT, pointer(), 'BUILD_ID')), 'a previous build (npm run build)').toBe(true);
  const served = pointer();
  for (const [name, env, when, delay] of phases) {
    await killBuild(env, when, delay);
    expect(pointer(), `after a kill in ${name}`).toBe(served);
    const server = await startInstance(BASE_PORT + 4, join(ROOT, 'content'));
    try {
      for (const path of ['/', '/articles/2021-portimao-qualifying-alpine-first-pole', '/drivers/fernando-alonso']) {
        expect((await fetch(server.url + path)).status, `${path} after a kill in ${name}`).toBe(200);
      }
    } finally {
      await server.stop();
    }
  }
});
