/** When an article last changed, as the graph dates the pages it appears on. */
import type { Article } from '../content/types';

/** Its `updated` date, else its publication date (ISO dates: they compare as strings). */
export function articleModified(article: Article): string {
  return article.updated ?? article.date;
}
