/** Compiles one article body with mdx-bundler. */
import { bundleMDX } from 'mdx-bundler';
import { remarkPlugins, withoutFrontmatterExport } from './mdx-options';

/**
 * Compiles one article body with mdx-bundler, with the options `contentlayer2 dev` uses
 * (lib/content/mdx-options.ts). Only the body is compiled: the frontmatter is read by lib/content.
 */
export async function compileBody(source: string, cwd: string): Promise<string> {
  if (source.length === 0) return '';
  // An empty frontmatter first, so that a body starting with a --- line is never read as frontmatter.
  source = `---\n---\n${source}`;
  const result = await bundleMDX({
    source,
    cwd,
    mdxOptions: (options) => {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), ...remarkPlugins];
      return withoutFrontmatterExport(options);
    },
    esbuildOptions: (options) => {
      options.target = 'es2020';
      return options;
    },
  });
  if (result.errors.length > 0) throw new Error(result.errors.map((e) => e.text).join('; '));
  return result.code;
}
