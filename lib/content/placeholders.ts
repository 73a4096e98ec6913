/** The `TODO` placeholders `npm run new` writes: finding those an editor left, and what to write instead. */
import { formatPath, type PathSegment } from './problems';

/** The marker `npm run new` puts in every value an editor has to fill in. */
export const PLACEHOLDER = 'TODO';

/** Whether any value of `data` still holds the placeholder. */
export function hasPlaceholder(data: unknown): boolean {
  if (typeof data === 'string') return data.trimStart().startsWith(PLACEHOLDER);
  if (data === null || typeof data !== 'object') return false;
  if (Array.isArray(data)) {
    for (const v of data) if (hasPlaceholder(v)) return true;
    return false;
  }
  for (const k in data) if (hasPlaceholder((data as Record<string, unknown>)[k])) return true;
  return false;
}

/** Paths of the frontmatter values that still hold a placeholder (a text starting with TODO). */
export function placeholderPaths(data: unknown, path: PathSegment[] = [], out: string[] = []): string[] {
  if (typeof data === 'string') {
    if (data.trimStart().startsWith(PLACEHOLDER)) out.push(formatPath(path));
  } else if (Array.isArray(data)) {
    data.forEach((v, i) => placeholderPaths(v, [...path, i], out));
  } else if (data !== null && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) placeholderPaths(v, [...path, k], out);
  }
  return out;
}

/** What to do with a placeholder left at `path`. */
export function placeholderHint(path: string): string {
  if (path === 'description') return 'replace it with a summary of 50 to 200 characters';
  if (path.startsWith('event')) return "replace it with the event's name, or delete the whole event block if there is none";
  if (/^results\[\d+\]\.(session|classes\[\d+\]\.class)$/.test(path)) {
    return 'replace it as published, or delete the whole results block if the article has no results';
  }
  if (/\.(time|gap)$/.test(path)) return 'replace it with the time from the timing sheet, or delete the line';
  if (/\.(number|team|drivers(\[\d+\])?)$/.test(path)) {
    return 'replace it, or delete the line (an entry needs at least a number, a team or drivers)';
  }
  return 'replace it with the real value, or delete the line if the field is optional';
}

