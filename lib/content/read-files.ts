/**
 * Reads content files into raw articles and registry documents (frontmatter and YAML read, not yet validated),
 * straight from disk (no contentlayer), accepting exactly what contentlayer2 accepts: the same file patterns,
 * the same frontmatter split (gray-matter) and the same YAML reading (`yaml`, YAML 1.2 core schema).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityKind, Problem, RawArticle, SourceFile } from './types';
import type { RawRegistryDocument } from './registry';
import { readYaml } from './yaml';
import { classify, unknownFileProblem } from './classify';
import { contentDir, displayDir, DOCUMENT_EXTENSION, IGNORED_CASE, listContentFiles } from './list-files';
import { splitFrontmatter } from './frontmatter';
import { sourceProblems } from './yaml-traps';
import type { TimingFolder } from './timing/edition';
import { readTimingPaths, TimingGroups } from './timing/folders';

export type { SourceFile } from './types';

/** What reading a content directory gives: raw documents, each file's source, and the problems met. */
export interface ReadResult {
  articles: RawArticle[];
  registries: RawRegistryDocument[];
  /** The official timing folders (`timing/<event-id>/<year>/`), their files read. */
  timing: TimingFolder[];
  sources: Map<string, SourceFile>;
  problems: Problem[];
}

/** One file of a content directory: its path inside the directory (`articles/x.mdx`) and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

export function readContent(dir: string = contentDir()): ReadResult {
  const files: ContentFile[] = [];
  for (const path of listContentFiles(dir)) {
    // Only read what contentlayer would read, and the timekeeper's files; images and the like are not content.
    const timingCsv = classify(path).type === 'timing-file';
    if (!DOCUMENT_EXTENSION.test(path) && !IGNORED_CASE.test(path) && !timingCsv) continue;
    // The content directory is data the server reads at run time (CONTENT_DIR), not code for Turbopack to trace.
    files.push({ path, text: DOCUMENT_EXTENSION.test(path) || timingCsv ? readFileSync(/*turbopackIgnore: true*/ join(dir, path), 'utf8') : '' });
  }
  return parseContent(files, displayDir(dir));
}

/**
 * Parses the files of a content directory, given in memory. `displayPrefix` is the directory as shown in
 * messages (`content`).
 */
export function parseContent(files: readonly ContentFile[], displayPrefix = 'content'): ReadResult {
  const problems: Problem[] = [];
  const sources = new Map<string, SourceFile>();
  const articles: RawArticle[] = [];
  const registries: RawRegistryDocument[] = [];
  const timingGroups = new TimingGroups();
  const texts = new Map<string, string>();

  for (const { path, text } of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const file = `${displayPrefix}/${path}`;
    const kind = classify(path);
    if (kind.type === 'ignored') continue;
    if (kind.type === 'unknown') {
      problems.push(unknownFileProblem(file, kind));
      continue;
    }
    if (kind.type === 'timing' || kind.type === 'timing-file') {
      timingGroups.add(path, kind.type);
      texts.set(path, text);
    } else if (kind.type === 'article') {
      const read = readArticle(file, path, text, problems);
      sources.set(file, read.source);
      if (read.raw) articles.push(read.raw);
    } else {
      const read = readRegistry(file, path, kind.kind, text, problems);
      sources.set(file, read.source);
      if (read.raw) registries.push(read.raw);
    }
  }
  const timing: TimingFolder[] = [];
  for (const paths of timingGroups.byFolder.values()) {
    const read = readTimingPaths(displayPrefix, paths, (path) => texts.get(path) ?? '', problems);
    if (read.source) sources.set(read.source.file, read.source);
    if (read.folder) timing.push(read.folder);
  }
  return { articles, registries, timing, sources, problems };
}

function yamlProblems(
  file: string,
  errors: readonly { line: number; column: number; message: string; hint: string }[],
  firstLine: number,
  path: '(frontmatter)' | '(file)',
): Problem[] {
  return errors.map((e) => ({
    file,
    path,
    message: `the YAML cannot be read at column ${e.column}: ${e.message}`,
    line: e.line + firstLine - 1,
    column: e.column,
    hint: e.hint,
    severity: 'error' as const,
  }));
}

/** Reads a registry file (`drivers/<id>.yaml` ...). */
export function readRegistry(
  file: string,
  path: string,
  kind: EntityKind,
  text: string,
  problems: Problem[],
): { source: SourceFile; raw?: RawRegistryDocument } {
  const source: SourceFile = { file, text, yamlText: text, yamlFirstLine: 1 };
  const yaml = readYaml(text);
  if (!yaml.ok) {
    problems.push(...yamlProblems(file, yaml.errors, 1, '(file)'));
    return { source };
  }
  const data = yaml.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      file,
      path: '(file)',
      message: `a registry file should be a list of fields (name: ..., aliases: ...), not ${Array.isArray(data) ? 'a list' : 'a single value'}`,
      value: data,
      line: 1,
      hint: 'write one field per line, with a space after each colon, e.g. name: Pipo Derani',
      severity: 'error',
    });
    return { source };
  }
  const id = path.slice(path.indexOf('/') + 1).replace(/\.yaml$/, '');
  return { source, raw: { kind, id, file, data: data as Record<string, unknown> } };
}

/** Splits an article the way gray-matter does, then reads its frontmatter. */
export function readArticle(file: string, path: string, fileText: string, problems: Problem[]): { source: SourceFile; raw?: RawArticle } {
  const text = fileText.charCodeAt(0) === 0xfeff ? fileText.slice(1) : fileText;
  const slug = path.slice(path.lastIndexOf('/') + 1).replace(/\.mdx$/, '');
  const source: SourceFile = { file, text };
  const split = splitFrontmatter(text);
  if (!split.ok) {
    problems.push({ file, path: '(frontmatter)', message: split.message, hint: split.hint, line: split.line, severity: 'error' });
    return { source };
  }
  const { yamlText, bodyStart } = split;
  source.yamlText = yamlText;
  source.yamlFirstLine = 1;
  source.bodyLine = split.bodyLine;

  // gray-matter gives no fields at all for a frontmatter of blank and comment lines; YAML reads it as null.
  const yaml = readYaml(yamlText);
  if (!yaml.ok) {
    problems.push(...yamlProblems(file, yaml.errors, 1, '(frontmatter)'));
    return { source };
  }
  const data = yaml.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    const noSpace = typeof data === 'string' && /^[A-Za-z]+:\S/.test(data);
    problems.push({
      file,
      path: '(frontmatter)',
      message: `the frontmatter should be a list of fields (key: value), not ${Array.isArray(data) ? 'a list' : 'a single value'}`,
      line: 2,
      hint: noSpace ? 'put a space after each colon, e.g. title: Toyota on pole' : 'write one field per line, e.g. title: Toyota on pole',
      severity: 'error',
    });
    return { source };
  }
  problems.push(...sourceProblems(source, yaml));
  return {
    source,
    raw: { file, slug, data: data as Record<string, unknown>, bodyRaw: text.slice(bodyStart), bodyCode: '' },
  };
}
