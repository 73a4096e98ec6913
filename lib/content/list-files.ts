/** Where the content files are and which of them the site reads: the directory, its listing, the extensions. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export /** The extensions contentlayer2 globs (`{,**\/}*.{md,mdx,json,yaml,yml}`), case-sensitive like fast-glob. */
const DOCUMENT_EXTENSION = /\.(?:md|mdx|json|ya?ml)$/;
/** The same extensions in other cases: contentlayer silently skips these files. */
export const IGNORED_CASE = /\.(?:md|mdx|json|ya?ml)$/i;

export function contentDir(): string {
  return process.env.CONTENT_DIR || 'content';
}

/** Every file under `dir` that contentlayer2 looks at (no dot files or dot directories), sorted. */
export function listContentFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (sub: string) => {
    let entries;
    try {
      entries = readdirSync(/*turbopackIgnore: true*/ sub ? join(dir, sub) : dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) out.push(path);
    }
  };
  visit('');
  return out.sort();
}

/** The directory as shown in messages: relative to the working directory when inside it. */
export function displayDir(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return (rel === '' ? '.' : rel.startsWith('..') ? dir : rel).split(sep).join('/');
}
