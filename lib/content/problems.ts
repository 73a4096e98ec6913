import type { z } from 'zod';
import { editDistance } from './names';
import type { Problem, Severity } from './types';

export type PathSegment = string | number;

/** `['results', 0, 'classes', 1, 'time']` → `results[0].classes[1].time`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out || '(file)';
}

export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** The closest known word to a typo, if it is close enough to be a plausible slip. */
export function suggest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase(), 3);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

function describeType(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'yes/no (true/false)';
    case 'object':
      return 'a group of fields';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'a group of fields (key: value lines)',
  boolean: 'true or false',
  date: 'a date (YYYY-MM-DD)',
};

export interface IssueContext {
  file: string;
  data: unknown;
  /** Field names allowed for an object at `path`, for typo suggestions. */
  knownKeys: (path: readonly PathSegment[]) => readonly string[];
  /** Prefix for every path (e.g. none for frontmatter). */
  severity?: Severity;
}

/** Turns zod's issues into problems an editor can act on. */
export function problemsFromZod(error: z.ZodError, ctx: IssueContext): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    const value = valueAt(ctx.data, path);
    const base = { file: ctx.file, severity: ctx.severity ?? ('error' as const) };
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = ctx.knownKeys(path);
        for (const key of issue.keys) {
          const guess = suggest(key, known);
          problems.push({
            ...base,
            path: formatPath([...path, key]),
            message: `unknown field "${key}"`,
            value: valueAt(ctx.data, [...path, key]),
            hint: guess
              ? `did you mean "${guess}"?`
              : `the fields allowed here are: ${known.join(', ')}`,
          });
        }
        break;
      }
      case 'invalid_type': {
        if (value === undefined) {
          problems.push({ ...base, path: formatPath(path), message: 'is required but missing', hint: requiredHint(path) });
        } else {
          const expected = EXPECTED[issue.expected] ?? issue.expected;
          problems.push({
            ...base,
            path: formatPath(path),
            message: `should be ${expected}, not ${describeType(value)}`,
            value,
          });
        }
        break;
      }
      case 'invalid_union': {
        problems.push({ ...base, path: formatPath(path), message: unionMessage(path, value), value });
        break;
      }
      case 'invalid_value': {
        const allowed = issue.values.map((v) => String(v)).join(' | ');
        const guess = typeof value === 'string' ? suggest(value, issue.values.map(String)) : undefined;
        problems.push({
          ...base,
          path: formatPath(path),
          message: `must be one of ${allowed}`,
          value,
          hint: guess ? `did you mean "${guess}"?` : undefined,
        });
        break;
      }
      case 'too_small':
      case 'too_big': {
        problems.push({ ...base, path: formatPath(path), message: sizeMessage(issue, value), value });
        break;
      }
      case 'invalid_format': {
        problems.push({ ...base, path: formatPath(path), message: formatMessage(path), value });
        break;
      }
      default:
        problems.push({ ...base, path: formatPath(path), message: issue.message, value });
    }
  }
  return problems;
}

function lastKey(path: readonly PathSegment[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === 'string') return seg;
  }
  return undefined;
}

function requiredHint(path: readonly PathSegment[]): string | undefined {
  switch (lastKey(path)) {
    case 'title':
      return 'add a headline of at most 120 characters';
    case 'description':
      return 'add a summary of 50 to 200 characters; it is the text shown by search engines and on cards';
    case 'date':
      return 'add the publication date as YYYY-MM-DD';
    case 'session':
      return 'name the session as published, e.g. "Qualifying 1"';
    case 'type':
      return 'say whether the session is practice, qualifying or race';
    case 'class':
      return 'name the class, e.g. LMP2';
    case 'entries':
      return 'list the cars of this class under entries:';
    case 'classes':
      return 'list the classes of this session under classes:';
    case 'name':
      return 'add the name';
    default:
      return undefined;
  }
}

function unionMessage(path: readonly PathSegment[], value: unknown): string {
  switch (lastKey(path)) {
    case 'number':
      return `should be a car number written in quotes, like "7" (got ${describeType(value)})`;
    case 'time':
    case 'gap':
      return `should be a time written in quotes, like "1:30.364" (got ${describeType(value)})`;
    case 'date':
    case 'updated':
    case 'born':
      return `should be a date written as YYYY-MM-DD (got ${describeType(value)})`;
    case 'drivers':
      return `each driver should be a name, or a name with a category ({name: ..., category: ...}); got ${describeType(value)}`;
    default:
      return `has the wrong kind of value (${describeType(value)})`;
  }
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, value: unknown): string {
  const small = issue.code === 'too_small';
  const limit = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
  if (typeof value === 'string') {
    if (value.trim() === '') return 'is empty';
    const len = value.trim().length;
    return small
      ? `is too short: ${len} characters, at least ${String(limit)} needed`
      : `is too long: ${len} characters, at most ${String(limit)} allowed`;
  }
  if (Array.isArray(value)) return small ? `is an empty list; at least ${String(limit)} item needed` : 'has too many items';
  if (typeof value === 'number') {
    if (small && Number(limit) === 0) return 'must be a positive whole number (1 or more)';
    return small ? `must be at least ${String(limit)}` : `must be at most ${String(limit)}`;
  }
  return issue.message;
}

function formatMessage(path: readonly PathSegment[]): string {
  const key = lastKey(path);
  if (key === 'nationality' || key === 'country') return 'should be a two-letter country code in capitals, like GB or FR';
  return 'is not in the expected format';
}

/** `file:LINE path: message (value) — hint`, the one line format every tool prints. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const value = p.value === undefined ? '' : ` (${formatValue(p.value)})`;
  const hint = p.hint ? ` — ${p.hint}` : '';
  const level = p.severity === 'warning' ? 'warning: ' : '';
  return `${where} ${p.path}: ${level}${p.message}${value}${hint}`;
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  try {
    const json = JSON.stringify(value);
    if (json === undefined) return String(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return String(value);
  }
}

/** An error carrying content problems; tools print the problems, never a stack trace. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}
