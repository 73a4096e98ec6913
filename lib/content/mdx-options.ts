/** The MDX compile options shared by contentlayer2 and the build. */
import remarkGfm from 'remark-gfm';

/**
 * How article bodies are compiled by mdx-bundler, in one place: `contentlayer2 dev` (the live preview,
 * contentlayer.config.ts) and the production compiler (lib/content/mdx-compile.ts) use the same options,
 * so a body compiles to the same code in both. Bump OPTIONS_VERSION when these change: it is part of the
 * key of every compiled body in the store (lib/content/mdx-store.ts).
 */
export const OPTIONS_VERSION = 1;

export const remarkPlugins = [remarkGfm];

type Options = { remarkPlugins?: unknown[] | null };

/**
 * mdx-bundler compiles the whole frontmatter into every body as `export const frontmatter`; the site reads
 * it from the fields instead, so dropping that plugin makes each compiled body about 4x smaller.
 */
export function withoutFrontmatterExport<T extends Options>(options: T): T {
  return {
    ...options,
    remarkPlugins: (options.remarkPlugins ?? []).filter(
      (p) => !(Array.isArray(p) && typeof p[0] === 'function' && p[0].name === 'remarkMdxFrontmatter'),
    ),
  };
}
