/**
 * A reader for the plain subset of YAML that frontmatter and registry files use (block mappings and
 * sequences, one-line flow lists and maps, plain and quoted scalars, comments), several times faster
 * than a full YAML parser. It gives exactly what the `yaml` package gives (YAML 1.2 core schema) or
 * `undefined` when the text uses anything outside the subset, or anything doubtful: the caller then
 * reads the text with a full parser. It never reports errors itself.
 */

const BAIL = Symbol('bail');
type Bail = typeof BAIL;

/** Core-schema resolution of a plain scalar (the regular expressions of `yaml/dist/schema/core`). */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Fast exit: most text starts with a letter that cannot begin null, bool or a number.
  if (s === '' || s === '~') return null;
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
    if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
    if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
    if (/^[-+]?\.(?:inf|Inf|INF)$/.test(s)) return s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    if (/^\.(?:nan|NaN|NAN)$/.test(s)) return Number.NaN;
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
    if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
    return s;
  }
  if (c === 110 || c === 78) return s === 'null' || s === 'Null' || s === 'NULL' ? null : s;
  if (c === 116 || c === 84) return s === 'true' || s === 'True' || s === 'TRUE' ? true : s;
  if (c === 102 || c === 70) return s === 'false' || s === 'False' || s === 'FALSE' ? false : s;
  return s;
}

/**
 * Offsets of the lines with an unquoted car number with a leading zero (`number: 07`), which YAML reads
 * as the number 7: the check reports them (lib/content/read-files.ts).
 */
let zeroNumbers: number[] = [];
/** Offsets of the lines where a comment glued to a word (`#7`) cut a plain value. */
let cutValues: number[] = [];
/** Set by parsePlainBlock when the value it read was cut that way. */
let cut = false;

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Keys the subset accepts: plain words that resolve to themselves as strings. */
const RESERVED_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** Characters that cannot start a plain scalar in the subset (YAML indicators, or doubtful). */
const BAD_START = new Set(['&', '*', '!', '|', '>', '%', '@', '`', '?', ':', ',', ']', '}', '#', '\t']);

/**
 * Walks the lines of the text without copying them up front: `indent` and `text` describe the current
 * content line (blank and comment lines are skipped).
 */
class Reader {
  indent = 0;
  text = '';
  /** Where the last line handed out by next() starts. */
  offset = 0;
  private pos = 0;
  private lineEnd = -1;
  private ready = false;
  constructor(private readonly src: string) {}

  /** False at the end of the text. */
  peek(): boolean {
    if (this.ready) return true;
    const src = this.src;
    const len = src.length;
    while (this.pos < len) {
      let i = this.pos;
      while (src.charCodeAt(i) === 32) i++;
      let end = src.indexOf('\n', i);
      if (end === -1) end = len;
      const c = src.charCodeAt(i);
      if (i === end || c === 35 /* # */) {
        this.pos = end + 1;
        continue;
      }
      let last = end;
      while (last > i && src.charCodeAt(last - 1) === 32) last--;
      this.indent = i - this.pos;
      this.text = src.slice(i, last);
      this.lineEnd = end;
      this.ready = true;
      return true;
    }
    return false;
  }
  next(): void {
    this.offset = this.pos;
    this.pos = this.lineEnd + 1;
    this.ready = false;
  }
}

/** Parses `text`, or returns undefined when it is outside the subset. */
export interface FastRead {
  value: unknown;
  /** Lines (1-based) with an unquoted car number with a leading zero: `number: 07`. */
  zeroNumbers: number[];
  /** Lines (1-based) where a `#` glued to a word cut an unquoted value short: `note: the #7 car`. */
  cutValues: number[];
}

export function parseYamlFast(text: string): FastRead | undefined {
  if (text.includes('\t') || text.includes('\r') || text.includes('\uFEFF')) return undefined;
  // Document markers and directives at the start of a line.
  if (/^(?:---|\.\.\.|%)/.test(text) || text.includes('\n---') || text.includes('\n...') || text.includes('\n%')) return undefined;
  const reader = new Reader(text);
  if (!reader.peek()) return undefined; // empty or comments only: let the full parser decide (null)
  if (reader.indent !== 0) return undefined;
  zeroNumbers = [];
  cutValues = [];
  const value = parseNode(reader, 0);
  if (value === BAIL || reader.peek()) return undefined;
  return {
    value,
    zeroNumbers: zeroNumbers.map((offset) => lineAt(text, offset)),
    cutValues: cutValues.map((offset) => lineAt(text, offset)),
  };
}

/** A block node whose first line is at exactly `indent`. */
function parseNode(r: Reader, indent: number): unknown | Bail {
  if (!r.peek() || r.indent !== indent) return BAIL;
  if (isSeqLine(r.text)) return parseSeq(r, indent);
  return parseMap(r, indent, undefined);
}

const isSeqLine = (t: string) => t.charCodeAt(0) === 45 && (t.length === 1 || t.charCodeAt(1) === 32);

/** The keys of the content format, by length: reused instead of cutting a new string for every key. */
const KNOWN_KEYS = new Map<number, string[]>();
for (const key of [
  'title', 'description', 'date', 'updated', 'author', 'lang', 'tags', 'event', 'results', 'name', 'year',
  'series', 'circuit', 'session', 'type', 'at', 'classes', 'class', 'entries', 'pos', 'overall', 'number',
  'team', 'car', 'drivers', 'time', 'gap', 'laps', 'status', 'note', 'category', 'aliases', 'distinct',
  'nationality', 'born', 'country', 'locality', 'lengthKm', 'shortName',
]) {
  const list = KNOWN_KEYS.get(key.length);
  if (list) list.push(key);
  else KNOWN_KEYS.set(key.length, [key]);
}

function internKey(text: string, length: number): string {
  const list = KNOWN_KEYS.get(length);
  if (list) for (const key of list) if (text.startsWith(key)) return key;
  return text.slice(0, length);
}

let keyLength = 0;
/**
 * For `key: value` (a key of letters, digits, _ and -, starting with a letter or _), sets keyLength and
 * returns where the value starts; -1 when the line is not such an entry.
 */
function keySplit(text: string): number {
  const len = text.length;
  let c = text.charCodeAt(0);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return -1;
  let i = 1;
  for (; i < len; i++) {
    c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45)) break;
  }
  keyLength = i;
  while (text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) !== 58 /* : */) return -1;
  i++;
  if (i === len) return i;
  if (text.charCodeAt(i) !== 32) return -1;
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/**
 * A block mapping at `indent`. `firstText` is the first entry's text when it sits after a `- ` on the
 * line of a sequence item (already consumed).
 */
function parseMap(r: Reader, indent: number, firstText: string | undefined): Record<string, unknown> | Bail {
  const map: Record<string, unknown> = {};
  let text = firstText;
  for (;;) {
    if (text === undefined) {
      if (!r.peek() || r.indent < indent) break;
      if (r.indent > indent) return BAIL;
      text = r.text;
      r.next();
    }
    const split = keySplit(text);
    if (split < 0) return BAIL;
    const key = internKey(text, keyLength);
    // An inherited name (constructor, __proto__ ...) or a repeated key goes to the full parser.
    if (map[key] !== undefined || RESERVED_KEYS.has(key) || key === '__proto__') return BAIL;
    const rest = split === text.length ? '' : text.slice(split);
    if (key === 'number' && rest.charCodeAt(0) === 48 /* 0 */ && /^0\d+(?: +#.*)?$/.test(rest)) zeroNumbers.push(r.offset);
    let value: unknown;
    if (rest === '' || rest.charCodeAt(0) === 35 /* # */) {
      // The value is on the next lines: a nested block, a sequence at the same indent, or nothing.
      const more = r.peek();
      if (more && r.indent > indent) value = parseNode(r, r.indent);
      else if (more && r.indent === indent && isSeqLine(r.text)) value = parseSeq(r, indent);
      else value = null;
    } else {
      cut = false;
      value = parseInline(rest);
      if (cut) cutValues.push(r.offset);
      // A more indented line after an inline value would continue it (a multi-line scalar).
      if (r.peek() && r.indent > indent) return BAIL;
    }
    if (value === BAIL) return BAIL;
    map[key] = value;
    text = undefined;
  }
  return map;
}

function parseSeq(r: Reader, indent: number): unknown[] | Bail {
  const seq: unknown[] = [];
  for (;;) {
    if (!r.peek() || r.indent < indent) break;
    if (r.indent > indent) return BAIL;
    const line = r.text;
    if (!isSeqLine(line)) break;
    r.next();
    if (line === '-' || /^- +#/.test(line)) {
      let value: unknown = null;
      if (r.peek() && r.indent > indent) value = parseNode(r, r.indent);
      if (value === BAIL) return BAIL;
      seq.push(value);
      continue;
    }
    let spaces = 1;
    while (line.charCodeAt(spaces) === 32) spaces++;
    const rest = line.slice(spaces);
    const column = indent + spaces;
    if (isSeqLine(rest)) return BAIL; // `- - a`: nested compact sequences
    if (keySplit(rest) >= 0) {
      const map = parseMap(r, column, rest);
      if (map === BAIL) return BAIL;
      seq.push(map);
      continue;
    }
    cut = false;
    const value = parseInline(rest);
    if (value === BAIL) return BAIL;
    if (cut) cutValues.push(r.offset);
    if (r.peek() && r.indent > indent) return BAIL;
    seq.push(value);
  }
  return seq;
}

/** A value written on the rest of a line: a scalar, or a one-line flow list or map. */
function parseInline(text: string): unknown | Bail {
  const c = text[0]!;
  if (c === '"' || c === "'") {
    const q = readQuoted(text, 0);
    if (q === BAIL || !isEndOfValue(text, q.end)) return BAIL;
    return q.value;
  }
  if (c === '[') return parseFlowSeq(text);
  if (c === '{') return parseFlowMap(text);
  return parsePlainBlock(text);
}

/** Only blanks or a comment after position `i`. */
function isEndOfValue(text: string, i: number): boolean {
  const rest = text.slice(i);
  return /^ *$/.test(rest) || /^ +#/.test(rest);
}

function parsePlainBlock(text: string): unknown | Bail {
  const c = text[0]!;
  if (BAD_START.has(c) || c === '[' || c === '{' || c === '"' || c === "'") return BAIL;
  if (c === '-' && (text.length === 1 || text[1] === ' ')) return BAIL;
  let value = text;
  const hash = text.indexOf(' #');
  if (hash !== -1) {
    value = text.slice(0, hash).replace(/ +$/, '');
    const after = text.charCodeAt(hash + 2);
    if (after === after && after !== 32 && after !== 35) cut = true; // `#7`, `#Toyota`: not a comment
  }
  // `a: b` inside a value, or a value ending in `:`, is a mapping (or an error) in YAML.
  if (value.includes(': ') || value.endsWith(':')) return BAIL;
  return resolvePlain(value);
}

function readQuoted(text: string, start: number): { value: string; end: number } | Bail {
  const q = text[start];
  if (q === "'") {
    let out = '';
    let i = start + 1;
    for (;;) {
      const j = text.indexOf("'", i);
      if (j === -1) return BAIL;
      out += text.slice(i, j);
      if (text[j + 1] === "'") {
        out += "'";
        i = j + 2;
        continue;
      }
      return { value: out, end: j + 1 };
    }
  }
  // Double quotes: find the closing quote (not escaped), then let JSON decode the escapes. JSON's escapes
  // are a subset of YAML's with the same meaning; anything JSON rejects goes to the full parser.
  let i = start + 1;
  for (;;) {
    const j = text.indexOf('"', i);
    if (j === -1) return BAIL;
    let backslashes = 0;
    for (let k = j - 1; k > start && text[k] === '\\'; k--) backslashes++;
    if (backslashes % 2 === 1) {
      i = j + 1;
      continue;
    }
    const token = text.slice(start, j + 1);
    if (!token.includes('\\')) return { value: token.slice(1, -1), end: j + 1 };
    try {
      return { value: JSON.parse(token) as string, end: j + 1 };
    } catch {
      return BAIL;
    }
  }
}

/** Splits the inside of a one-line flow collection at top-level commas; quoted items kept whole. */
function splitFlow(inner: string): string[] | Bail {
  const parts: string[] = [];
  let i = 0;
  let start = 0;
  let atItemStart = true;
  while (i < inner.length) {
    const ch = inner[i];
    if (atItemStart && (ch === '"' || ch === "'")) {
      const q = readQuoted(inner, i);
      if (q === BAIL) return BAIL;
      i = q.end;
      atItemStart = false;
      continue;
    }
    if (ch === '[' || ch === ']' || ch === '{' || ch === '}' || ch === '#') return BAIL;
    if (ch === ',') {
      parts.push(inner.slice(start, i));
      start = i + 1;
      atItemStart = true;
    } else if (ch !== ' ') atItemStart = false;
    i++;
  }
  parts.push(inner.slice(start));
  return parts;
}

/** Trims spaces only: YAML does not treat other white space (NBSP ...) as blank. */
const trimSpaces = (s: string) => s.replace(/^ +| +$/g, '');

function flowScalar(part: string): unknown | Bail {
  const t = trimSpaces(part);
  if (t === '') return BAIL;
  const c = t[0]!;
  if (c === '"' || c === "'") {
    const q = readQuoted(t, 0);
    if (q === BAIL || q.end !== t.length) return BAIL;
    return q.value;
  }
  if (BAD_START.has(c) || (c === '-' && (t.length === 1 || t[1] === ' '))) return BAIL;
  if (t.includes(':')) return BAIL;
  return resolvePlain(t);
}

function parseFlowSeq(text: string): unknown[] | Bail {
  const close = text.lastIndexOf(']');
  if (close === -1 || !isEndOfValue(text, close + 1)) return BAIL;
  const inner = text.slice(1, close);
  if (/^ *$/.test(inner)) return [];
  const parts = splitFlow(inner);
  if (parts === BAIL) return BAIL;
  // A trailing comma is allowed: [a, b,]
  if (parts.length > 1 && /^ *$/.test(parts[parts.length - 1]!)) parts.pop();
  const out: unknown[] = [];
  for (const part of parts) {
    const v = flowScalar(part);
    if (v === BAIL) return BAIL;
    out.push(v);
  }
  return out;
}

function parseFlowMap(text: string): Record<string, unknown> | Bail {
  const close = text.lastIndexOf('}');
  if (close === -1 || !isEndOfValue(text, close + 1)) return BAIL;
  const inner = text.slice(1, close);
  if (/^ *$/.test(inner)) return {};
  const parts = splitFlow(inner);
  if (parts === BAIL) return BAIL;
  if (parts.length > 1 && /^ *$/.test(parts[parts.length - 1]!)) parts.pop();
  const out: Record<string, unknown> = {};
  for (const part of parts) {
    const m = /^ *([A-Za-z_][A-Za-z0-9_-]*): +(.*)$/.exec(part);
    if (!m) return BAIL;
    const key = m[1]!;
    if (RESERVED_KEYS.has(key) || Object.prototype.hasOwnProperty.call(out, key) || key === '__proto__') return BAIL;
    const v = flowScalar(m[2]!);
    if (v === BAIL) return BAIL;
    out[key] = v;
  }
  return out;
}
