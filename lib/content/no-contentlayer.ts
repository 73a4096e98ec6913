/**
 * What `contentlayer/generated` resolves to outside `npm run dev`: production builds read the compiled
 * bodies from the store (lib/content/mdx-store.ts) and never run contentlayer2 (bench/README.md), so
 * there is no .contentlayer directory. next.config.mjs aliases the module to this one in production, and
 * tsconfig.json falls back to it when .contentlayer is absent.
 */
export const allDocuments: readonly unknown[] = [];
