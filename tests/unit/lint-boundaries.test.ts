import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script of the lint tools, without types
import { ensureLintTools, LINT_DIR } from '../../tools/lint/install.mjs';

/**
 * The import boundaries of `npm run lint` (tools/lint/dependency-cruiser.cjs), applied to small trees
 * laid out like the site's: each deliberate upward import, value import into a component and circle is
 * reported under its rule's name, and a tree that follows the layers passes.
 */
type Violation = { from: string; to: string; rule: { name: string } };
type Cruise = (files: string[], options: object) => Promise<{ output: { summary: { violations: Violation[] } } }>;

let cruise: Cruise;
let rules: { forbidden: object[] };
const roots: string[] = [];

beforeAll(async () => {
  (ensureLintTools as () => void)();
  const dir = LINT_DIR as string;
  ({ cruise } = (await import(pathToFileURL(join(dir, 'node_modules/dependency-cruiser/src/main/index.mjs')).href)) as { cruise: Cruise });
  rules = createRequire(import.meta.url)(join(dir, 'dependency-cruiser.cjs')) as { forbidden: object[] };
}, 300_000);

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Writes `files` (path → source) into a fresh directory and returns the rules each import breaks there. */
async function violations(files: Record<string, string>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'lint-boundaries-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const result = await cruise(['lib', 'components', 'app'].filter((d) => Object.keys(files).some((f) => f.startsWith(`${d}/`))), {
    baseDir: root,
    ruleSet: { forbidden: rules.forbidden },
    tsPreCompilationDeps: true,
    validate: true,
  });
  return result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

const graphModule = "import type { Article } from '../content/types';\nexport const buildGraph = (a: Article[]) => a.length;\n";
const contentTypes = 'export interface Article { slug: string }\n';

describe('import boundaries', () => {
  it('pass a tree whose imports point down the layers', async () => {
    expect(
      await violations({
        'lib/content/types.ts': contentTypes,
        'lib/graph/build.ts': graphModule,
        'lib/view/article.ts': "import { buildGraph } from '../graph/build';\nexport const view = () => buildGraph([]);\n",
        'lib/routes.ts': 'export const articleHref = (slug: string) => `/articles/${slug}`;\n',
        'components/card.tsx':
          "import type { Article } from '../lib/content/types';\nimport { articleHref } from '../lib/routes';\nexport const card = (a: Article) => articleHref(a.slug);\n",
      }),
    ).toEqual([]);
  });

  it('fail on lib/content importing lib/graph, a value or a type alike', async () => {
    expect(
      await violations({
        'lib/content/types.ts': contentTypes,
        'lib/content/conflicts.ts': "import { buildGraph } from '../graph/build';\nexport const conflicts = () => buildGraph([]);\n",
        'lib/content/normalize.ts': "import type { Graph } from '../graph/types';\nexport const n = (g: Graph) => g;\n",
        'lib/graph/build.ts': graphModule,
        'lib/graph/types.ts': 'export interface Graph { size: number }\n',
      }),
    ).toEqual([
      'content-imports-only-content: lib/content/conflicts.ts → lib/graph/build.ts',
      'content-imports-only-content: lib/content/normalize.ts → lib/graph/types.ts',
    ]);
  });

  it('fail on lib/graph importing the check or lib/view, and on lib importing a component', async () => {
    expect(
      await violations({
        'lib/check/conflicts.ts': 'export const check = () => [];\n',
        'lib/graph/build.ts': "import { check } from '../check/conflicts';\nexport const g = check;\n",
        'lib/view/article.ts': "import type { CardProps } from '../../components/card';\nexport const v = (p: CardProps) => p;\n",
        'components/card.tsx': 'export interface CardProps { title: string }\n',
      }),
    ).toEqual([
      'graph-imports-only-content: lib/graph/build.ts → lib/check/conflicts.ts',
      'lib-imports-no-app-or-components: lib/view/article.ts → components/card.tsx',
    ]);
  });

  it('fail on a component importing a value from lib other than lib/routes and lib/site', async () => {
    expect(
      await violations({
        'lib/content/time.ts': 'export const formatTime = (ms: number) => String(ms);\n',
        'lib/site.ts': "export const site = { name: 'x' };\n",
        'components/card.tsx':
          "import { formatTime } from '../lib/content/time';\nimport { site } from '../lib/site';\nexport const card = () => `${site.name} ${formatTime(1)}`;\n",
      }),
    ).toEqual(['components-import-only-types-from-lib: components/card.tsx → lib/content/time.ts']);
  });

  it('fail on an import circle, even one closed by a type import', async () => {
    expect(
      await violations({
        'lib/content/intern.ts': "import type { Resolver } from './registry';\nexport const interner = (r: Resolver) => r;\n",
        'lib/content/registry.ts': "import { toId } from './names';\nexport interface Resolver { id: string }\nexport const reg = toId;\n",
        'lib/content/names.ts': "import { interner } from './intern';\nexport const toId = (s: string) => s + String(interner);\n",
      }),
      // One report per circle, at its first edge.
    ).toEqual(['no-circular: lib/content/intern.ts → lib/content/registry.ts']);
  });
});
