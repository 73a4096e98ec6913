/** A copy of the project (its code, linked to the checkout's node_modules) that builds against its own content: the bench's corpora and the export test. */
import { cpSync, existsSync, mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

const REPO = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');

/** What a build needs of the checkout; content comes from CONTENT_DIR or is copied by the caller. */
// .gitignore too: Tailwind skips what it ignores (.next, .builds) when it scans the project for class
// names. Without it, the copy's scan read every earlier build and cache file, as a checkout never does: at
// 10,000 articles 21,124 files and 52,816 candidates instead of 339 and 4,148 (36 s and 430 MiB for the
// scanner alone, in each postcss worker of next build, instead of 0.3 s and 47 MiB).
const COPY = ['app', 'components', 'lib', 'scripts', 'public', 'package.json', 'tsconfig.json', 'next.config.mjs', 'next.config.d.mts', 'proxy.ts', 'deploy', 'postcss.config.mjs', 'contentlayer.config.ts', '.gitignore'];

function commonAncestor(a: string, b: string): string {
  const pa = a.split(sep);
  const pb = b.split(sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(sep) || sep;
}

/** A copy of the project under `root`/project that builds without touching the checkout. */
export function makeProject(root: string): string {
  const project = join(root, 'project');
  mkdirSync(project, { recursive: true });
  for (const name of COPY) {
    const from = join(REPO, name);
    if (existsSync(from)) cpSync(from, join(project, name), { recursive: true, filter: (src) => !src.includes(`${sep}bench${sep}tmp`) });
  }
  const modules = realpathSync(join(REPO, 'node_modules'));
  symlinkSync(modules, join(project, 'node_modules'), 'dir');
  // Turbopack only compiles files inside its root: widen it to cover the symlinked node_modules.
  // The project's own next.config.mjs is kept as is and wrapped.
  cpSync(join(project, 'next.config.mjs'), join(project, 'next.config.base.mjs'));
  writeFileSync(
    join(project, 'next.config.mjs'),
    `import base from './next.config.base.mjs';\n` +
      `export default (phase) => { const config = base(phase); return { ...config, turbopack: { ...(config.turbopack ?? {}), root: ${JSON.stringify(commonAncestor(project, modules))} } }; };\n`,
  );
  return project;
}

