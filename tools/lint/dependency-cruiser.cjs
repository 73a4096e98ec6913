/**
 * The import boundaries of the site (docs/architecture.md): layers point one way, and no module imports
 * itself through others. `npm run lint` runs it (tools/lint/run.mjs); tests/unit/lint-boundaries.test.ts
 * shows that it fails on an upward import and on a cycle.
 *
 *   content → lib/content → lib/graph → lib/check → lib/served → lib/view (and the rest of lib) → app → components
 *
 * A layer imports only from the layers before it (types included). Components draw what lib/view gives
 * them: from lib they import types only, and values from lib/routes and lib/site alone.
 */
/** Modules of lib that every layer may use: plain helpers with no knowledge of the content. */
const BASE = '^lib/(site|plural|country|csv|html|tsx-worker)\\.ts$|^lib/(csp|security-headers|theme-script)\\.mjs$';
/** Everything in lib outside `layers` and BASE. */
const outside = (layers) => ({ path: '^lib/', pathNot: [`^lib/(${layers.join('|')})/`, BASE] });

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle (type imports included): move what both sides need into a module of its own, lower down.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'content-imports-only-content',
      severity: 'error',
      comment: 'lib/content reads and validates content files; it knows nothing of the graph or of anything above it.',
      from: { path: '^lib/content/' },
      to: outside(['content']),
    },
    {
      name: 'graph-imports-only-content',
      severity: 'error',
      comment: 'lib/graph is built from lib/content only.',
      from: { path: '^lib/graph/' },
      to: outside(['content', 'graph']),
    },
    {
      name: 'check-imports-only-graph-and-content',
      severity: 'error',
      comment: 'lib/check validates content with lib/content and the graph\'s session merge.',
      from: { path: '^lib/check/' },
      to: outside(['content', 'graph', 'check']),
    },
    {
      name: 'served-imports-only-check-graph-content',
      severity: 'error',
      comment: 'lib/served loads what a process serves: content, its check and its graph.',
      from: { path: '^lib/served/' },
      to: outside(['content', 'graph', 'check', 'served']),
    },
    {
      name: 'lib-imports-no-app-or-components',
      severity: 'error',
      comment: 'lib produces what app and components use; it never imports them (types included: component props live in lib/view/props).',
      from: { path: '^lib/' },
      to: { path: '^(app|components)/' },
    },
    {
      name: 'components-import-only-types-from-lib',
      severity: 'error',
      comment: 'Components draw what lib/view gives them: from lib, types only (values from lib/routes and lib/site alone).',
      from: { path: '^components/' },
      to: { path: '^lib/', pathNot: '^lib/(routes|site)\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'components-import-no-app',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^app/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|tools/lint/node_modules|\\.next|\\.builds|\\.contentlayer|out)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.mjs', '.js', '.cjs', '.d.ts', '.d.mts'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
