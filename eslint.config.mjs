// ESLint (flat config): Next's rules (core web vitals), typescript-eslint's recommended rules, from the
// lint tools' own package (tools/lint: typescript-eslint needs TypeScript 6's JavaScript API). The import
// boundaries (layers, cycles) are checked by dependency-cruiser (tools/lint/dependency-cruiser.cjs).
import { createRequire } from 'node:module';

const require = createRequire(new URL('./tools/lint/package.json', import.meta.url));
const nextCoreWebVitals = require('eslint-config-next/core-web-vitals');
const nextTypescript = require('eslint-config-next/typescript');
const tseslint = require('typescript-eslint');

const config = [
  {
    ignores: [
      'node_modules/**',
      'tools/lint/node_modules/**',
      '.next/**',
      '.builds/**',
      '.contentlayer/**',
      'out/**',
      'test-results/**',
      'playwright-report/**',
      'bench/tmp/**',
      'next-env.d.ts',
      '**/*.d.mts',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  ...tseslint.configs.recommended,
  {
    settings: { next: { rootDir: '.' } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Pages ship no framework JavaScript (no client router): plain links are the design, not a slip.
      '@next/next/no-html-link-for-pages': 'off',
      // A leading underscore marks what is left out on purpose (a rest sibling, an unused parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
];

export default config;
