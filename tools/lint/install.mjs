// Installs the lint tools' own packages (tools/lint/node_modules) when they are missing or older than the lockfile.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LINT_DIR = dirname(fileURLToPath(import.meta.url));

/** `npm install` in tools/lint, once: its node_modules marker is newer than its package.json and lockfile. */
export function ensureLintTools() {
  const marker = join(LINT_DIR, 'node_modules', '.package-lock.json');
  const newest = Math.max(...['package.json', 'package-lock.json'].map((f) => statSync(join(LINT_DIR, f)).mtimeMs));
  if (existsSync(marker) && statSync(marker).mtimeMs >= newest) return;
  console.log('Installing the lint tools (tools/lint)...');
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', LINT_DIR], { stdio: 'inherit' });
  if (npm.status !== 0) throw new Error(`npm install in ${LINT_DIR} failed (exit ${npm.status})`);
}
