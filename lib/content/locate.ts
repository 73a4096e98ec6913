/** Finds the line of the file where a problem's field is written, from its path (`results[0].classes[1].entries[2].time`). */
import type { Document, LineCounter } from 'yaml';
import type { Problem } from './types';
import { parsePath } from './problems';
import type { SourceFile } from './types';
import { yamlDocument } from './yaml';

/**
 * Adds the line (in the whole file) where each problem's field is written. `sources` may be a Map, or a
 * function that loads a file's source on demand (the check does not keep every article in memory).
 */
export function locate(
  problems: readonly Problem[],
  sources: ReadonlyMap<string, SourceFile> | ((file: string) => SourceFile | undefined),
): Problem[] {
  const sourceOf = typeof sources === 'function' ? sources : (file: string) => sources.get(file);
  const docs = new Map<string, { doc: Document; lines: LineCounter } | null>();
  const docOf = (source: SourceFile) => {
    let entry = docs.get(source.file);
    if (entry === undefined) {
      entry = source.yamlText === undefined ? null : yamlDocument(source.yamlText);
      if (entry && entry.doc.errors.length > 0) entry = null;
      docs.set(source.file, entry);
    }
    return entry;
  };
  return problems.map((p) => {
    if (p.line !== undefined || p.path.startsWith('(') || p.path === 'body') return p;
    const source = sourceOf(p.file);
    const yaml = source && docOf(source);
    if (!source || !yaml) return p;
    const segments = parsePath(p.path);
    // Walk up the path until a node exists (a missing field is reported at its parent).
    for (let n = segments.length; n >= 0; n--) {
      const target = n === 0 ? yaml.doc.contents : yaml.doc.getIn(segments.slice(0, n), true);
      const range = (target as { range?: [number, number, number] } | null | undefined)?.range;
      const keyOffset = n > 0 && typeof segments[n - 1] === 'string' ? keyRange(yaml.doc, segments.slice(0, n)) : undefined;
      const offset = keyOffset ?? range?.[0];
      if (offset !== undefined) {
        const pos = yaml.lines.linePos(offset);
        return { ...p, line: pos.line + (source.yamlFirstLine ?? 1) - 1 };
      }
    }
    return p;
  });
}

/** Offset of the key of a map entry (so the line points at `time:` rather than a value on the next line). */
function keyRange(doc: Document, segments: (string | number)[]): number | undefined {
  const last = segments[segments.length - 1];
  if (typeof last !== 'string') return undefined;
  const parent = segments.length === 1 ? doc.contents : doc.getIn(segments.slice(0, -1), true);
  const items = (parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null)?.items;
  const pair = items?.find((i) => i.key?.value === last);
  return pair?.key?.range?.[0];
}
