import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { REGISTRY_KINDS } from './types';
import type { RegistryKind, Problem, RawArticle } from './types';
import { SINGULAR, type RawRegistryDocument } from './registry';
import { parsePath } from './problems';
import { pathsByLine, readYaml, yamlDocument } from './yaml';

export { parsePath } from './problems';

/**
 * Reads the content directory straight from disk (no contentlayer), for `npm run check` and tests, and
 * accepts exactly what contentlayer2 accepts: the same file patterns, the same frontmatter split
 * (gray-matter) and the same YAML reading (`yaml`, YAML 1.2 core schema).
 */
export interface SourceFile {
  /** Path as shown to editors, e.g. `content/articles/x.mdx`. */
  file: string;
  text: string;
  /** The YAML (frontmatter or registry file) and the line of the file its first line is on. */
  yamlText?: string;
  yamlFirstLine?: number;
  /** Articles: the line of the file the MDX body starts on. */
  bodyLine?: number;
}

export interface ReadResult {
  articles: RawArticle[];
  registries: RawRegistryDocument[];
  sources: Map<string, SourceFile>;
  problems: Problem[];
}

/** One file of a content directory: its path inside the directory (`articles/x.mdx`) and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

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

export function readContent(dir: string = contentDir()): ReadResult {
  const files: ContentFile[] = [];
  for (const path of listContentFiles(dir)) {
    // Only read what contentlayer would read; images and the like are not content.
    if (!DOCUMENT_EXTENSION.test(path) && !IGNORED_CASE.test(path)) continue;
    // The content directory is data the server reads at run time (CONTENT_DIR), not code for Turbopack to trace.
    files.push({ path, text: DOCUMENT_EXTENSION.test(path) ? readFileSync(/*turbopackIgnore: true*/ join(dir, path), 'utf8') : '' });
  }
  return parseContent(files, displayDir(dir));
}

/** The extensions contentlayer2 globs (`{,**\/}*.{md,mdx,json,yaml,yml}`), case-sensitive like fast-glob. */
const DOCUMENT_EXTENSION = /\.(?:md|mdx|json|ya?ml)$/;
/** The same extensions in other cases: contentlayer silently skips these files. */
const IGNORED_CASE = /\.(?:md|mdx|json|ya?ml)$/i;


/**
 * Parses the files of a content directory, given in memory. `displayPrefix` is the directory as shown in
 * messages (`content`).
 */
export function parseContent(files: readonly ContentFile[], displayPrefix = 'content'): ReadResult {
  const problems: Problem[] = [];
  const sources = new Map<string, SourceFile>();
  const articles: RawArticle[] = [];
  const registries: RawRegistryDocument[] = [];

  for (const { path, text } of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const file = `${displayPrefix}/${path}`;
    const kind = classify(path);
    if (kind.type === 'ignored') continue;
    if (kind.type === 'unknown') {
      problems.push(unknownFileProblem(file, kind));
      continue;
    }
    if (kind.type === 'article') {
      const read = readArticle(file, path, text, problems);
      sources.set(file, read.source);
      if (read.raw) articles.push(read.raw);
    } else {
      const read = readRegistry(file, path, kind.kind, text, problems);
      sources.set(file, read.source);
      if (read.raw) registries.push(read.raw);
    }
  }
  return { articles, registries, sources, problems };
}

export type FileKind =
  | { type: 'article' }
  | { type: 'registry'; kind: RegistryKind }
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
  const isKind = (REGISTRY_KINDS as readonly string[]).includes(top);
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
    const kind = top as RegistryKind;
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
    hint: `articles go in articles/<slug>.mdx, registry entries in ${REGISTRY_KINDS.join('|')}/<id>.yaml, photos in images/; move or delete this file`,
    severity: 'error',
  };
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

const countLines = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

/** Reads a registry file (`drivers/<id>.yaml` ...). */
export function readRegistry(
  file: string,
  path: string,
  kind: RegistryKind,
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
  const fail = (message: string, hint: string, line = 1) => {
    problems.push({ file, path: '(frontmatter)', message, hint, line, severity: 'error' });
    return { source };
  };
  if (!text.startsWith('---') || text.charAt(3) === '-') {
    return fail(
      'the file does not start with frontmatter between two --- lines',
      'start the file with a line ---, then the fields (title, description, date ...), then a line --- ; `npm run new -- "Title"` writes one for you',
    );
  }
  const firstNewline = text.search(/\r?\n/);
  const opener = firstNewline === -1 ? text.slice(3) : text.slice(3, firstNewline);
  if (opener.trim() !== '' && opener.trim() !== 'yaml') {
    return fail(`the first line should be --- alone, not "---${opener}"`, 'put the first field on the next line');
  }
  const afterOpen = 3 + opener.length;
  const close = text.indexOf('\n---', afterOpen);
  if (close === -1) {
    return fail('the frontmatter is never closed', 'add a line --- after the last field, before the text of the article');
  }
  const closeLineEnd = text.indexOf('\n', close + 1);
  const closeLine = text.slice(close + 1, closeLineEnd === -1 ? undefined : closeLineEnd).replace(/\r$/, '');
  if (closeLine.trim() !== '---') {
    return fail(`the line that closes the frontmatter should be --- alone, not "${closeLine}"`, 'write --- on a line of its own', countLines(text.slice(0, close + 1)) + 1);
  }
  const yamlText = text.slice(afterOpen, close);
  let bodyStart = close + 4;
  if (text[bodyStart] === '\r') bodyStart++;
  if (text[bodyStart] === '\n') bodyStart++;
  source.yamlText = yamlText;
  source.yamlFirstLine = 1;
  source.bodyLine = countLines(text.slice(0, bodyStart)) + 1;

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

/**
 * The MDX body of an article file, split off its frontmatter exactly as readArticle does, without reading
 * the YAML: what the compiler needs (lib/content/mdx-build.ts). Undefined when the frontmatter is not
 * closed, which the check reports.
 */
export function articleBodyOf(text: string): string | undefined {
  const close = text.indexOf('\n---', 3);
  if (!text.startsWith('---') || close === -1) return undefined;
  let bodyStart = close + 4;
  if (text[bodyStart] === '\r') bodyStart++;
  if (text[bodyStart] === '\n') bodyStart++;
  return text.slice(bodyStart);
}

/**
 * Problems that explain every other problem of the same field (a value cut short at `#` is also too
 * short): the check drops the others (see supersede()).
 */
const ROOT_CAUSES = new WeakSet<Problem>();

/** Drops the problems of a field that a root cause (ROOT_CAUSES) already explains. */
export function supersede(problems: Problem[]): Problem[] {
  const roots = problems.filter((p) => ROOT_CAUSES.has(p));
  if (roots.length === 0) return problems;
  const paths = new Set(roots.map((p) => `${p.file}\n${p.path}`));
  return problems.filter((p) => ROOT_CAUSES.has(p) || !paths.has(`${p.file}\n${p.path}`));
}

/**
 * Two YAML traps the parser cannot see: `number: 07` unquoted reads as the number 7 (the car's real number
 * is lost), and `note: the #7 car` unquoted stops at `#`, which starts a comment.
 */
function sourceProblems(source: SourceFile, found: { zeroNumbers?: readonly number[]; cutValues?: readonly number[] }): Problem[] {
  if (found.zeroNumbers?.length === 0 && found.cutValues?.length === 0) return [];
  const yamlText = source.yamlText ?? '';
  const lines = yamlText.split('\n');
  const scan = (re: RegExp, quick: RegExp): number[] => {
    if (!quick.test(yamlText)) return [];
    const out: number[] = [];
    lines.forEach((line, i) => {
      if (re.test(line)) out.push(i + 1);
    });
    return out;
  };
  const zeros = found.zeroNumbers ?? scan(/^[ \t-]*number:[ \t]*[-+]?0\d+[ \t]*(?:#.*)?\r?$/, /number:[ \t]*[-+]?0\d/);
  const cuts = found.cutValues ?? scan(/^[ \t-]*[\w-]+:[ \t]+[^\s"'[{|>&*!#][^#]*[ \t]#[^\s#]/, /[ \t]#[^\s#]/);
  if (zeros.length === 0 && cuts.length === 0) return [];
  const paths = pathsByLine(yamlText);
  const first = source.yamlFirstLine ?? 1;
  const problems: Problem[] = [];
  for (const line of zeros) {
    const written = /number:[ \t]*([-+]?0\d+)/.exec(lines[line - 1] ?? '')?.[1] ?? '0';
    problems.push({
      file: source.file,
      path: paths.get(line) ?? '(frontmatter)',
      message: `is not in quotes, so the car number ${written} reads as ${Number(written)}`,
      value: written,
      line: line + first - 1,
      hint: `write number: "${written}"`,
      severity: 'error',
    });
    ROOT_CAUSES.add(problems[problems.length - 1]!);
  }
  for (const line of cuts) {
    const text = (lines[line - 1] ?? '').replace(/^[ \t-]*[\w-]+:[ \t]+/, '').trim();
    problems.push({
      file: source.file,
      path: paths.get(line) ?? '(frontmatter)',
      message: 'is cut short at the #, which starts a comment in YAML',
      value: text,
      line: line + first - 1,
      hint: 'put the whole value in double quotes, e.g. "the #7 Toyota leads"',
      severity: 'error',
    });
    ROOT_CAUSES.add(problems[problems.length - 1]!);
  }
  return problems;
}

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
