import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { ENTITY_KINDS } from './types';
import type { EntityKind, Problem, RawArticle } from './types';
import type { RawRegistryDocument } from './registry';

/**
 * Reads the content directory straight from disk (no contentlayer), for `npm run check` and tests.
 * Each file keeps its parsed YAML so problems can be traced to a line.
 */
export interface SourceFile {
  file: string;
  text: string;
  /** The YAML (frontmatter or registry file) with its line counter. */
  yaml?: { doc: Document; lines: LineCounter; firstLine: number };
}

export interface ReadResult {
  articles: RawArticle[];
  registries: RawRegistryDocument[];
  sources: Map<string, SourceFile>;
  problems: Problem[];
}

export function contentDir(): string {
  return process.env.CONTENT_DIR ?? 'content';
}

function walk(dir: string, ext: string, recursive: boolean): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names.sort()) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) {
      if (recursive) out.push(...walk(full, ext, recursive));
    } else if (name.endsWith(ext)) out.push(full);
  }
  return out;
}

function displayPath(full: string): string {
  const rel = relative(process.cwd(), full);
  return (rel.startsWith('..') ? full : rel).split(sep).join('/');
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function parseYaml(file: string, text: string, firstLine: number, problems: Problem[]): SourceFile['yaml'] & { data?: unknown } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) {
    const pos = lines.linePos(e.pos[0]);
    problems.push({
      file,
      path: '(frontmatter)',
      message: `the YAML cannot be read: ${yamlMessage(e.code, e.message)}`,
      line: pos.line + firstLine - 1,
      column: pos.col,
      hint: 'check the indentation, the colons after field names, and quote text that contains a colon or starts with a special character',
      severity: 'error',
    });
  }
  return { doc, lines, firstLine, data: doc.errors.length ? undefined : doc.toJS({ maxAliasCount: 100 }) };
}

function yamlMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'a field is written twice';
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR') return message.split('\n')[0] ?? message;
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

export function readContent(dir: string = contentDir()): ReadResult {
  const problems: Problem[] = [];
  const sources = new Map<string, SourceFile>();
  const articles: RawArticle[] = [];
  const registries: RawRegistryDocument[] = [];

  for (const full of walk(join(dir, 'articles'), '.mdx', true)) {
    const file = displayPath(full);
    const text = readFileSync(full, 'utf8');
    const slug = full.slice(full.lastIndexOf(sep) + 1).replace(/\.mdx$/, '');
    const m = FRONTMATTER.exec(text);
    if (!m) {
      problems.push({
        file,
        path: '(frontmatter)',
        message: 'the file does not start with frontmatter between two --- lines',
        line: 1,
        hint: 'start the file with ---, the fields (title, description, date ...), then --- on a line of its own',
        severity: 'error',
      });
      sources.set(file, { file, text });
      continue;
    }
    const yaml = parseYaml(file, m[1] ?? '', 2, problems);
    sources.set(file, { file, text, yaml });
    if (yaml.data === undefined) continue;
    if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
      problems.push({ file, path: '(frontmatter)', message: 'the frontmatter should be a list of fields (key: value)', line: 2, severity: 'error' });
      continue;
    }
    articles.push({
      file,
      slug,
      data: yaml.data as Record<string, unknown>,
      bodyRaw: text.slice(m[0].length),
      bodyCode: '',
    });
  }

  for (const kind of ENTITY_KINDS) {
    for (const ext of ['.yaml', '.yml']) {
      for (const full of walk(join(dir, kind), ext, false)) {
        const file = displayPath(full);
        const text = readFileSync(full, 'utf8');
        const yaml = parseYaml(file, text, 1, problems);
        sources.set(file, { file, text, yaml });
        if (yaml.data === undefined) continue;
        const id = full.slice(full.lastIndexOf(sep) + 1).replace(/\.ya?ml$/, '');
        registries.push({ kind: kind as EntityKind, id, file, data: (yaml.data ?? {}) as Record<string, unknown> });
      }
    }
  }
  return { articles, registries, sources, problems };
}

/** `results[0].classes[1].time` → `['results', 0, 'classes', 1, 'time']`. */
export function parsePath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[1] !== undefined) out.push(m[1]);
  }
  return out;
}

/** Adds the line (in the whole file) where each problem's field is written. */
export function locate(problems: Problem[], sources: Map<string, SourceFile>): Problem[] {
  return problems.map((p) => {
    if (p.line !== undefined) return p;
    const yaml = sources.get(p.file)?.yaml;
    if (!yaml) return p;
    const segments = parsePath(p.path);
    // Walk up the path until a node exists (a missing field is reported at its parent).
    for (let n = segments.length; n >= 0; n--) {
      const target = n === 0 ? yaml.doc.contents : yaml.doc.getIn(segments.slice(0, n), true);
      const range = (target as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) {
        const keyOffset = n > 0 && n === segments.length ? keyRange(yaml.doc, segments) : undefined;
        const pos = yaml.lines.linePos(keyOffset ?? range[0]);
        return { ...p, line: pos.line + yaml.firstLine - 1 };
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
