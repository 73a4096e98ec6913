/** Which document type a content file is (article, registry entry, ignored, unknown), by its path alone. */
import { ENTITY_KINDS } from './types';
import type { EntityKind, Problem } from './types';
import { SINGULAR } from './registry';
import { DOCUMENT_EXTENSION, IGNORED_CASE } from './list-files';

export type FileKind =
  | { type: 'article' }
  | { type: 'registry'; kind: EntityKind }
  /** `timing/<event-id>/<year>/timing.yaml`. */
  | { type: 'timing' }
  /** A CSV beside a timing.yaml: `timing/<event-id>/<year>/<name>.csv`. */
  | { type: 'timing-file' }
  | { type: 'ignored' }
  | { type: 'unknown'; message: string; hint: string; severity: 'error' | 'warning' };

/** The problem of a file the site does not know what to make of (see classify). */
export function unknownFileProblem(file: string, kind: Extract<FileKind, { type: 'unknown' }>): Problem {
  return { file, path: '(file name)', message: kind.message, hint: kind.hint, severity: kind.severity };
}

/** Which document type contentlayer2 makes of a file (contentlayer.config.ts: `articles/**\/*.mdx`, `<kind>/*.yaml`). */
export function classify(path: string): FileKind {
  const parts = path.split('/');
  const top = parts[0] ?? '';
  const name = parts[parts.length - 1] ?? '';
  const isKind = (ENTITY_KINDS as readonly string[]).includes(top);
  if (top === 'timing') return classifyTiming(parts, name);
  if (!DOCUMENT_EXTENSION.test(path)) {
    if (!IGNORED_CASE.test(path)) return { type: 'ignored' };
    const fixed = name.replace(/\.([^.]+)$/, (_, ext: string) => `.${ext.toLowerCase()}`);
    return {
      type: 'unknown',
      message: 'this file is skipped by the site because its extension is not in lower case',
      hint: `rename it to ${fixed}`,
      severity: 'warning',
    };
  }
  if (top === 'articles' && parts.length >= 2) {
    if (path.endsWith('.mdx')) return { type: 'article' };
    if (path.endsWith('.md')) {
      return {
        type: 'unknown',
        message: 'an article must be an .mdx file; the build stops at this .md file',
        hint: `rename it to ${name.replace(/\.md$/, '.mdx')}`,
        severity: 'error',
      };
    }
    return {
      type: 'unknown',
      message: 'only articles (.mdx files) belong in articles/; the build stops at this file',
      hint: 'move this file out of the content directory',
      severity: 'error',
    };
  }
  if (isKind) {
    const kind = top as EntityKind;
    if (parts.length === 2 && path.endsWith('.yaml')) return { type: 'registry', kind };
    if (parts.length === 2 && path.endsWith('.yml')) {
      return {
        type: 'unknown',
        message: 'registry files end in .yaml; the build stops at this .yml file',
        hint: `rename it to ${name.replace(/\.yml$/, '.yaml')}`,
        severity: 'error',
      };
    }
    if (parts.length > 2) {
      return {
        type: 'unknown',
        message: `${SINGULAR[kind]} entries cannot be in a sub-folder; the build stops at this file`,
        hint: `move it to ${top}/${name.replace(/\.ya?ml$/, '.yaml')}`,
        severity: 'error',
      };
    }
    return {
      type: 'unknown',
      message: `only ${SINGULAR[kind]} entries (.yaml files) belong in ${top}/; the build stops at this file`,
      hint: 'move this file out of the content directory',
      severity: 'error',
    };
  }
  return {
    type: 'unknown',
    message: 'the site does not know what this file is; the build stops at it',
    hint: `articles go in articles/<slug>.mdx, registry entries in ${ENTITY_KINDS.join('|')}/<id>.yaml, official timing in timing/<event-id>/<year>/; move or delete this file`,
    severity: 'error',
  };
}

/** Official timing: timing.yaml and the timekeeper's CSV files in `timing/<event-id>/<year>/`, nothing else. */
function classifyTiming(parts: readonly string[], name: string): FileKind {
  const csv = /\.csv$/i.test(name);
  const yaml = IGNORED_CASE.test(name);
  if (!csv && !yaml) return { type: 'ignored' };
  if (parts.length !== 4) {
    return {
      type: 'unknown',
      message: 'official timing goes in a folder per edition, timing/<event-id>/<year>/; the build stops at this file',
      hint: 'move it into the folder of its edition, e.g. timing/8-hours-of-bahrain/2024/',
      severity: 'error',
    };
  }
  if (csv) return { type: 'timing-file' };
  if (name === 'timing.yaml') return { type: 'timing' };
  return {
    type: 'unknown',
    message: 'the only YAML file of a timing folder is timing.yaml; the build stops at this file',
    hint: /^timing\.ya?ml$/i.test(name) ? 'rename it to timing.yaml' : 'move this file out of the content directory',
    severity: 'error',
  };
}
