// `npm run lint`: ESLint (Next's and typescript-eslint's rules), the import boundaries (dependency-cruiser) and the type check (tsc), side by side.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureLintTools, LINT_DIR } from './install.mjs';

ensureLintTools();
const bin = (name) => join(LINT_DIR, 'node_modules', '.bin', name);
/** The code whose imports are checked: tests and fixtures may reach anywhere. */
const CODE = ['lib', 'app', 'components', 'scripts', 'instrumentation.ts', 'proxy.ts'];

function run(label, command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ label, code, out }));
  });
}

const results = await Promise.all([
  run('ESLint', bin('eslint'), ['--cache', '--cache-location', '.next/cache/eslint/', '--max-warnings', '0', '.']),
  run('Import boundaries', bin('depcruise'), ['--config', join(LINT_DIR, 'dependency-cruiser.cjs'), ...CODE]),
  // The type check is here rather than in every `next build` (next.config.mjs, typescript.ignoreBuildErrors).
  run('TypeScript', join('node_modules', '.bin', 'tsc'), ['--noEmit', '-p', '.']),
]);
let failed = false;
for (const r of results) {
  const text = r.out.trim();
  console.log(`▶ ${r.label}${r.code === 0 ? ': no problems' : ''}`);
  if (r.code !== 0 || text) console.log(text ? `${text}\n` : '');
  failed ||= r.code !== 0;
}
process.exit(failed ? 1 : 0);
