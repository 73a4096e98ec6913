/** YAML as contentlayer2 reads it, with errors explained for editors. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { parseYamlFast } from './yaml-fast';

/**
 * YAML as contentlayer2 reads it: the `yaml` package, YAML 1.2 core schema (`yaml.parse(text)`).
 *
 * `yaml` is exact but slow (about 0.8 ms for a 150-line frontmatter; at 10,000 articles of the bench it
 * would add 40 s or more to every check, warm or cold: bench/README.md, "Fast paths against the
 * libraries", rows (b) and (b′)), so the plain subset editors write is read by lib/content/yaml-fast.ts,
 * which gives the same values several times faster; anything outside that subset (block scalars, anchors,
 * multi-line values, broken YAML) is read by the `yaml` package itself, which also supplies the error
 * positions. The verdict on any text is therefore contentlayer's. The `yaml` Document, with line numbers, is built again only for files that
 * have a problem to point at.
 */

export type YamlRead =
  | {
      ok: true;
      data: unknown;
      /** Lines with an unquoted car number with a leading zero (`number: 07`), when the quick reader saw the text. */
      zeroNumbers?: number[];
      /** Lines where a `#` glued to a word cut an unquoted value (`note: the #7 car`), likewise. */
      cutValues?: number[];
    }
  | { ok: false; errors: YamlError[] };

export interface YamlError {
  /** 1-based, within the YAML text. */
  line: number;
  column: number;
  message: string;
  hint: string;
}

/** Reads a YAML text (a frontmatter block or a registry file) the way contentlayer2 does. */
export function readYaml(text: string): YamlRead {
  const fast = parseYamlFast(text);
  if (fast) return { ok: true, data: fast.value, zeroNumbers: fast.zeroNumbers, cutValues: fast.cutValues };
  const { doc, lines } = yamlDocument(text);
  if (doc.errors.length > 0) {
    const errors: YamlError[] = [];
    for (const e of doc.errors) {
      const pos = lines.linePos(e.pos[0]);
      // One error per line: the parser often reports the same slip twice.
      const explained = explainYamlError(e.code, e.message, text, e.pos[0]);
      let { line, col } = pos;
      // An unclosed [ is noticed on a later line: point at the line that opens it.
      if (explained.message.includes('is not closed') && /[[{]/.test(explained.message)) {
        const open = openingLine(text, e.pos[0]);
        if (open) ({ line, col } = open);
      }
      if (errors.some((x) => x.line === line)) continue;
      errors.push({ line, column: col, ...explained });
    }
    return { ok: false, errors };
  }
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    // e.g. `title: *bold*` (an alias to an anchor that does not exist).
    const message = error instanceof Error ? error.message : String(error);
    const alias = /alias/i.test(message);
    return {
      ok: false,
      errors: [
        {
          line: 1,
          column: 1,
          message: alias ? 'a value starts with *, which YAML reads as a reference to an anchor' : message,
          hint: alias
            ? 'put text that starts with * or & in quotes, e.g. title: "*Bold* move by Toyota"'
            : 'check the YAML syntax',
        },
      ],
    };
  }
}

/** The field path written on each line (of keys and list items), e.g. 9 → `results[0].classes[0].entries[0].number`. */
export function pathsByLine(text: string): Map<number, string> {
  const { doc, lines } = yamlDocument(text);
  const out = new Map<number, string>();
  const visit = (node: unknown, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        const child = path ? `${path}.${key}` : key;
        const offset = (pair.key as { range?: [number, number, number] } | null)?.range?.[0];
        if (offset !== undefined) {
          const line = lines.linePos(offset).line;
          if (!out.has(line)) out.set(line, child);
        }
        visit(pair.value, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const child = `${path}[${i}]`;
        const offset = (item as { range?: [number, number, number] } | null)?.range?.[0];
        if (offset !== undefined && isScalar(item)) {
          const line = lines.linePos(offset).line;
          if (!out.has(line)) out.set(line, child);
        }
        visit(item, child);
      });
    }
  };
  visit(doc.contents, '');
  return out;
}

/** The last line before `offset` with a [ or { that the line does not close. */
function openingLine(text: string, offset: number): { line: number; col: number } | undefined {
  const lines = text.slice(0, offset).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    const open = Math.max(l.lastIndexOf('['), l.lastIndexOf('{'));
    if (open !== -1 && !/[\]}]\s*(?:#.*)?$/.test(l)) return { line: i + 1, col: open + 1 };
  }
  return undefined;
}

export function yamlDocument(text: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  return { doc, lines };
}

const QUOTE_HINT = 'put the whole value in double quotes, e.g. title: "Le Mans: Toyota on pole"';

function explainYamlError(code: string, message: string, text: string, offset: number): { message: string; hint: string } {
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  const special = /^\s*(?:-\s+)?[\w-]+:\s+([*&!])/.exec(line)?.[1];
  if (special) {
    return {
      message: `a value starts with ${special}, which YAML reads as ${special === '!' ? 'a type tag' : special === '*' ? 'a reference to an anchor' : 'an anchor'}`,
      hint: `put the whole value in double quotes, e.g. title: "${special}Hartley${special === '*' ? '*' : ''} on pole"`,
    };
  }
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: 'a value contains a colon followed by a space, or a line is indented differently from its neighbours',
        hint: `${QUOTE_HINT}; fields of the same group start in the same column`,
      };
    case 'TAB_AS_INDENT':
      return { message: 'a tab is used to indent', hint: 'indent with spaces only (two per level)' };
    case 'DUPLICATE_KEY': {
      const end = text.indexOf('\n', offset);
      const key = /^[ \t-]*([^:\n]+?)\s*:/.exec(text.slice(offset, end === -1 ? undefined : end))?.[1];
      return {
        message: key ? `the field "${key}" is written twice` : 'a field is written twice',
        hint: 'keep only one of the two lines',
      };
    }
    case 'MISSING_CHAR':
      if (/quote/i.test(first)) {
        return { message: 'a quoted value is not closed', hint: 'end the value with the same quote mark it starts with' };
      }
      if (/\]/.test(first) || /flow sequence/i.test(first)) {
        return { message: 'a list in [ ] is not closed', hint: 'end the list with ] on the same line, e.g. [Le Mans, Qualifying]' };
      }
      return { message: first, hint: 'check the brackets and quotes on this line' };
    case 'BAD_INDENT':
      if (/flow (sequence|collection)/i.test(first) || /\]/.test(first)) {
        return { message: 'a list in [ ] is not closed', hint: 'end the list with ] on the same line, e.g. [Le Mans, Qualifying]' };
      }
      if (/flow map|\}/i.test(first)) {
        return { message: 'a group in { } is not closed', hint: 'end it with } on the same line, e.g. {name: Kamui Kobayashi, category: Platinum}' };
      }
      return { message: 'the indentation is off', hint: 'fields of the same group start in the same column; indent with two spaces per level' };
    case 'BAD_SCALAR_START': {
      const ch = /character (\S+)/.exec(first)?.[1] ?? 'this character';
      return { message: `a value starts with ${ch}, which YAML reserves`, hint: QUOTE_HINT };
    }
    case 'UNEXPECTED_TOKEN':
      return {
        message: 'text continues after a quoted value or a list',
        hint: `${QUOTE_HINT}; inside double quotes an apostrophe is fine: "It's pole"`,
      };
    case 'MULTIPLE_DOCS':
      return { message: 'the frontmatter contains a second --- or ... line', hint: 'keep only the --- line that closes the frontmatter' };
    default:
      return { message: first, hint: 'check the indentation and the colons after field names, and quote text with special characters' };
  }
}
