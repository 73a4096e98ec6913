/** Problems as editors read them: zod issues in plain words, paths, formatting and ContentError. */
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

/** `results[0].classes[1].time` → `['results', 0, 'classes', 1, 'time']`. */
export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[1] !== undefined) out.push(m[1]);
  }
  return out;
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
  if (bestDistance <= Math.max(1, Math.floor(word.length / 3))) return best;
  // An abbreviation: `cat` for category, `nat` for nationality.
  if (word.length >= 3) return known.find((k) => k.toLowerCase().startsWith(word.toLowerCase()));
  return undefined;
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
  severity?: Severity;
  /** Where the validated value sits in `data`, when zod saw only part of it. */
  prefix?: readonly PathSegment[];
}

/** Turns zod's issues into problems an editor can act on. */
export function problemsFromZod(error: z.ZodError, ctx: IssueContext): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const own = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
    const path = ctx.prefix ? [...ctx.prefix, ...own] : own;
    const value = valueAt(ctx.data, path);
    const base = { file: ctx.file, severity: ctx.severity ?? ('error' as const) };
    if (value === undefined && issue.code !== 'unrecognized_keys') {
      problems.push({ ...base, path: formatPath(path), message: 'is required but missing', hint: requiredHint(path) });
      continue;
    }
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
              : `${key === 'type' && path.length === 0 ? 'the build reads a top-level "type" as the kind of document, so it cannot be used; ' : ''}the fields allowed here are: ${known.join(', ')}`,
          });
        }
        break;
      }
      case 'invalid_type': {
        if (value === undefined) {
          problems.push({ ...base, path: formatPath(path), message: 'is required but missing', hint: requiredHint(path) });
        } else if (value === null) {
          problems.push({ ...base, path: formatPath(path), message: 'is empty', hint: EMPTY_HINT });
        } else {
          const expected = EXPECTED[issue.expected] ?? issue.expected;
          problems.push({
            ...base,
            path: formatPath(path),
            message:
              issue.expected === 'int' && typeof value === 'number'
                ? 'should be a whole number'
                : `should be ${expected}, not ${describeType(value)}`,
            value,
            hint: typeHint(path, issue.expected, value),
          });
        }
        break;
      }
      case 'invalid_union': {
        if (value === null) {
          problems.push({ ...base, path: formatPath(path), message: 'is empty', hint: EMPTY_HINT });
          break;
        }
        problems.push({ ...base, path: formatPath(path), message: unionMessage(path, value), value, hint: unionHint(path, value) });
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
        problems.push({ ...base, path: formatPath(path), message: sizeMessage(issue, value), value, hint: sizeHint(path, issue.code) });
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

const EMPTY_HINT =
  'write a value after the colon, or delete the line; a value that starts with # (a comment in YAML), *, & or ! must be in quotes, e.g. number: "7"';

const LIST_EXAMPLES: Record<string, string> = {
  tags: 'tags: [Le Mans, Qualifying]',
  drivers: 'drivers: [Kamui Kobayashi, Mike Conway]',
  aliases: 'aliases: [Pipo Dirani]',
  distinct: 'distinct: [other-id]',
  results: 'results: then, on the next lines, - session: Qualifying 1 …',
  classes: 'classes: then, on the next lines, - class: LMP2 …',
  entries: 'entries: then, on the next lines, - pos: 1 …',
};

function typeHint(path: readonly PathSegment[], expected: string, value: unknown): string | undefined {
  const key = lastKey(path);
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `put it in quotes: ${key ?? 'field'}: "${String(value)}"`;
  }
  if (expected === 'array' && key && LIST_EXAMPLES[key]) return `write a list, e.g. ${LIST_EXAMPLES[key]}`;
  if (expected === 'object' && key === 'event') return 'write event: alone, then on the next line, indented by two spaces: name: 24 Hours of Le Mans';
  if (expected === 'object') return 'write it as fields (key: value) on the lines below, indented by two more spaces';
  if ((expected === 'int' || expected === 'number') && typeof value === 'string') return `write the number without quotes: ${key ?? 'field'}: ${value.replace(/^\D+/, '')}`;
  if (expected === 'int') return 'write a whole number, like 3';
  return undefined;
}

function unionHint(path: readonly PathSegment[], value: unknown): string | undefined {
  switch (lastKey(path)) {
    case 'number':
      return typeof value === 'number' ? undefined : 'write the number as published, in quotes: number: "7"';
    case 'time':
      return 'write it as the timing sheet gives it, in quotes: time: "1:30.364"';
    case 'gap':
      return 'write it in quotes: gap: "+0.094", "+1 lap"';
    case 'date':
    case 'updated':
    case 'born':
      return 'write it like 2017-06-14';
    case 'drivers':
      return 'write drivers: [Kamui Kobayashi, Mike Conway], or - {name: Kamui Kobayashi, category: Platinum}';
    default:
      return undefined;
  }
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
      return `should be a lap time in quotes, like "1:30.364", not ${describeType(value)}`;
    case 'gap':
      return `should be a gap in quotes, like "+0.094", not ${describeType(value)}`;
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
    if (small && Number(limit) === 0) {
      return (issue as z.core.$ZodIssueTooSmall).inclusive ? 'cannot be negative' : 'must be a positive whole number (1 or more)';
    }
    return small ? `must be at least ${String(limit)}` : `must be at most ${String(limit)}`;
  }
  return issue.message;
}

function sizeHint(path: readonly PathSegment[], code: 'too_small' | 'too_big'): string | undefined {
  switch (lastKey(path)) {
    case 'title':
      return code === 'too_big' ? 'shorten the headline to 120 characters at most' : 'write the headline';
    case 'description':
      return code === 'too_big'
        ? 'shorten it to 200 characters at most (160 show in full in search results)'
        : 'write one or two full sentences, 50 to 200 characters: search engines and cards show it';
    case 'classes':
      return 'list at least one class, or delete this session';
    case 'entries':
      return 'list at least one car, or delete this class';
    case 'pos':
    case 'overall':
      return 'positions start at 1; leave the field out when the report does not give it';
    case 'year':
      return 'write the year of the event, e.g. 2024';
    default:
      return undefined;
  }
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
