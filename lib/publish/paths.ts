/** What `npm run publish -- <path>...` names, as content files: paths inside the content directory, a folder's files listed. */
import { statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { listContentFiles } from '../content/list-files';

/** `timing/<event-id>/<year>`: an official timing folder named as a whole. */
const TIMING_FOLDER = /^timing\/[^/]+\/[^/]+$/;

/**
 * The content files `args` name, as paths inside `dir` (`articles/x.mdx`): a file as is, an existing folder
 * (`content/timing/<event-id>/<year>`) as every file in it, and a timing folder that no longer exists (a
 * deleted edition's timing) as its timing.yaml, which names the edition the publish must revalidate.
 * Throws, naming the argument, on a path outside the content directory or an empty folder.
 */
export function publishPaths(args: readonly string[], dir: string): string[] {
  const root = resolve(dir);
  const out = new Set<string>();
  for (const arg of args) {
    const rel = relative(root, resolve(arg)).split('\\').join('/');
    if (rel.startsWith('..') || rel === '') throw new Error(`${arg} is not inside the content directory ${dir}`);
    const stat = statSync(/*turbopackIgnore: true*/ join(root, rel), { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const files = listContentFiles(join(root, rel)).map((f) => `${rel}/${f}`);
      if (files.length === 0) throw new Error(`${arg} is an empty folder: name the files to publish, or a folder that holds them`);
      for (const f of files) out.add(f);
    } else if (!stat && TIMING_FOLDER.test(rel)) out.add(`${rel}/timing.yaml`);
    else out.add(rel);
  }
  return [...out];
}
