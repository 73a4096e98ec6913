/** The compiled MDX body of an article: the store by its source's hash in production, contentlayer2's output in development. */
import { getCompiled } from '../content/mdx-store';
import { ContentError } from '../content/problems';
import type { Article } from '../content/types';
import { devDocuments } from './dev-loader';

/**
 * The compiled MDX of an article's body: in production from the store, by the hash of the body's source,
 * so it always matches the text the page shows.
 */
export function articleBodyCode(article: Article): string {
  if (devDocuments) return article.bodyCode;
  const code = getCompiled(article.bodyRaw);
  if (code === undefined) {
    throw new ContentError([
      {
        file: article.file,
        path: '(body)',
        message: 'the compiled body is not in the store (.next/cache/mdx)',
        hint: 'run `npm run publish -- <file>` (or `npm run build`), which compiles every new or changed body',
        severity: 'error',
      },
    ]);
  }
  return code;
}
