import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: one on the two-core CI machine, where the unit
    // files took 163-173 s one at a time and 120-129 s two at a time (7 December 2026).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
