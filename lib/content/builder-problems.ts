/** The problems ContentBuilder reports itself: two articles at one address, and a file the check could not finish. */
import type { Problem } from './types';

/** Two articles with the same file name (in different folders) would have the same URL. */
export function duplicateSlugProblem(file: string, slug: string, other: string): Problem {
  return {
    file,
    path: '(file name)',
    message: `gives the same page address /articles/${slug} as ${other}`,
    hint: 'two articles cannot share a file name, even in different folders: rename one of them',
    severity: 'error',
  };
}

export function internalProblem(file: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  return {
    file,
    path: '(file)',
    message: `the check could not finish this file (${message})`,
    hint: 'this is a bug in the checker, not in the article: please report it with this file',
    severity: 'error',
  };
}
