/** Checks an article body as MDX without compiling it, and lists the editor tags it uses. */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { suggest } from './problems';
import type { Problem } from './types';

/**
 * Checks an article body as MDX without compiling it: the same parser as the build (@mdx-js/mdx with
 * remark-gfm, which mdx-bundler runs), parse only. Reports syntax errors with line and column, and
 * collects the editor components (`<Results>`, `<Driver>`, `<Team>`) so that buildContent can check
 * what they name.
 */

/** The editor components (content-format.md, "Body") and the props each takes. */
export const EDITOR_COMPONENTS = {
  Results: ['session', 'class'],
  Driver: [],
  Team: [],
  Classification: ['session', 'class'],
  LapChart: ['session', 'class'],
  Figure: ['src', 'alt', 'caption', 'credit'],
} as const satisfies Record<string, readonly string[]>;
type ComponentName = keyof typeof EDITOR_COMPONENTS;
const COMPONENT_NAMES = Object.keys(EDITOR_COMPONENTS) as ComponentName[];
const COMPONENTS_HINT =
  'the components are <Results />, <Results session="…" class="…" />, <Driver>Name</Driver>, <Team>Name</Team>, <Classification session="…" class="…" />, <LapChart session="…" class="…" /> and <Figure src="…" alt="…" credit="…" />';

export interface BodyPlace {
  /** Line and column in the whole file. */
  line: number;
  column: number;
}
export interface ResultsUse extends BodyPlace {
  session?: string;
  class?: string;
}
/** `<Classification session="…" class="…" />` or `<LapChart session="…" class="…" />`: official timing of the article's edition. */
export interface TimingTagUse extends BodyPlace {
  component: 'Classification' | 'LapChart';
  session?: string;
  class?: string;
}
export interface NameUse extends BodyPlace {
  kind: 'drivers' | 'teams';
  written: string;
}
/** A `<Figure>`: a photo of content/images in the body (lib/content/photo-check.ts checks its file). */
export interface FigureUse extends BodyPlace {
  src?: string;
  alt?: string;
  caption?: string;
  credit?: string;
}
export interface BodyScan {
  problems: Problem[];
  results: ResultsUse[];
  names: NameUse[];
  figures: FigureUse[];
  /** The official-timing tags; absent when the body has none. */
  timing?: TimingTagUse[];
}

let processor: ReturnType<typeof createProcessor> | undefined;

// Minimal shapes of the mdast nodes the check looks at (mdast-util-mdx).
interface Point {
  line: number;
  column: number;
}
interface Node {
  type: string;
  value?: string;
  name?: string | null;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: Point };
  data?: { estree?: Program | null };
}
interface Attribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string; data?: { estree?: Program | null } };
  position?: { start: Point };
}
interface Program {
  body: { type: string; expression?: { type: string; value?: unknown; expressions?: unknown[]; quasis?: { value: { cooked?: string | null } }[] } }[];
}

/** Without `<`, `{` or an import/export line, MDX has nothing it can fail on or that the check looks at. */
export const needsParser = (body: string): boolean => /[<{]/.test(body) || /^(?:import|export)\b/m.test(body);

/**
 * Scans one body. `bodyLine` is the line of the file the body starts on. Bodies whose only MDX is plain
 * `<Results … />`, `<Driver>Name</Driver>` and `<Team>Name</Team>` tags are read by a quick scanner
 * (fastScan) that gives what the parser gives; anything else is parsed with the MDX parser, about a
 * hundred times slower (bench/README.md, "Fast paths against the libraries": 31 to 38 CPU s of a cold
 * check at 10,000 articles). `parse: 'always'` skips the scanner (tests compare the two). The check keeps
 * each body's scan by its digest (lib/check/body-scan-cache.ts), so a body is scanned once.
 */
export function scanBody(file: string, body: string, bodyLine: number, opts: { parse?: 'always' } = {}): BodyScan {
  const scan: BodyScan = { problems: [], results: [], names: [], figures: [] };
  const at = (p: Point | undefined): BodyPlace => ({ line: (p?.line ?? 1) + bodyLine - 1, column: p?.column ?? 1 });
  const error = (place: BodyPlace, message: string, hint?: string, value?: unknown) =>
    scan.problems.push({ file, path: 'body', message, hint, value, line: place.line, column: place.column, severity: 'error' });

  placeholderLines(body).forEach((line) =>
    error(at({ line, column: 1 }), 'still holds the placeholder text written by `npm run new`', 'replace the TODO line with the text of the article'),
  );

  if (!needsParser(body)) return scan;
  if (opts.parse !== 'always' && fastScan(body, bodyLine, scan)) return scan;

  let tree: Node;
  try {
    // The build compiles with remark-gfm (contentlayer.config.ts): tables can split a tag in two.
    processor ??= createProcessor({ remarkPlugins: [remarkGfm] });
    tree = processor.parse(body) as unknown as Node;
  } catch (e) {
    const { place, message, hint } = explainMdxError(e);
    error(at(place), message, hint);
    return scan;
  }

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        error(
          at(node.position?.start),
          'import and export lines are not allowed in articles',
          'remove the line; <Results>, <Driver> and <Team> work without an import',
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isHarmlessExpression(node.data?.estree)) {
          error(
            at(node.position?.start),
            'curly braces { } run code in MDX',
            'to show a brace, write \\{ ; for a note to other editors, write {/* note */}',
            `{${node.value ?? ''}}`,
          );
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        element(node);
        return;
      default:
        node.children?.forEach(visit);
    }
  };

  const element = (node: Node) => {
    const place = at(node.position?.start);
    const name = node.name;
    if (name === null || name === undefined) {
      node.children?.forEach(visit); // a fragment <>…</>
      return;
    }
    if (!(name in EDITOR_COMPONENTS)) {
      const lower = COMPONENT_NAMES.find((c) => c.toLowerCase() === name.toLowerCase());
      if (/^[a-z][a-z0-9-]*$/.test(name) && !lower) {
        node.children?.forEach(visit); // plain HTML such as <sup> or <br />
        return;
      }
      const guess = lower ?? suggest(name, COMPONENT_NAMES);
      error(
        place,
        `there is no component <${name}>`,
        guess ? `did you mean <${guess}>? Component names start with a capital letter` : COMPONENTS_HINT,
      );
      return;
    }
    const component = name as ComponentName;
    const props: Record<string, string> = {};
    for (const attr of node.attributes ?? []) {
      const attrPlace = attr.position ? at(attr.position.start) : place;
      if (attr.type === 'mdxJsxExpressionAttribute' || attr.name === undefined) {
        error(attrPlace, `<${component}> does not take {…} attributes`, COMPONENTS_HINT);
        continue;
      }
      const allowed: readonly string[] = EDITOR_COMPONENTS[component];
      if (!allowed.includes(attr.name)) {
        const guess = suggest(attr.name, allowed);
        error(
          attrPlace,
          allowed.length === 0
            ? `<${component}> takes no attributes, only the name between the tags`
            : `<${component}> has no attribute "${attr.name}"`,
          guess ? `did you mean ${guess}="…"?` : allowed.length ? `its attributes are ${allowed.join(' and ')}` : `write <${component}>Name</${component}>`,
        );
        continue;
      }
      const value = attributeText(attr.value);
      if (component === 'Figure' && attr.name === 'alt' && value !== undefined && value.trim() === '') {
        error(attrPlace, 'the alt attribute of <Figure> is empty', 'describe what the photo shows, for readers who cannot see it: alt="The #7 Toyota at dusk"', value);
        props.alt = '';
        continue;
      }
      if (value === undefined || value.trim() === '') {
        error(attrPlace, `the ${attr.name} attribute of <${component}> needs a value in quotes`, `write ${attr.name}="…", or leave the attribute out`);
        continue;
      }
      props[attr.name] = value;
    }
    if (component === 'Figure') {
      if ((node.children ?? []).some((c) => !(c.type === 'text' && (c.value ?? '').trim() === ''))) {
        error(place, '<Figure> takes no content between its tags', 'write it as <Figure src="…" alt="…" caption="…" credit="…" />');
      }
      if (props.src === undefined) error(place, '<Figure> has no src', 'name a file of content/images: src="photo.jpg"');
      if (props.alt === undefined) error(place, '<Figure> has no alt', 'describe what the photo shows, for readers who cannot see it: alt="The #7 Toyota at dusk"');
      if (props.credit === undefined) error(place, '<Figure> has no credit', 'say who owns the picture: credit="Photographer / Agency"');
      scan.figures.push({ ...place, ...props });
      return;
    }
    if (component === 'Classification' || component === 'LapChart') {
      if ((node.children ?? []).some((c) => !(c.type === 'text' && (c.value ?? '').trim() === ''))) {
        error(place, `<${component}> takes no content between its tags`, `write it as <${component} session="Race" />`);
      }
      const use: TimingTagUse = { ...place, component };
      if (props.session !== undefined) use.session = props.session;
      if (props.class !== undefined) use.class = props.class;
      (scan.timing ??= []).push(use);
      return;
    }
    if (component === 'Results') {
      if ((node.children ?? []).some((c) => !(c.type === 'text' && (c.value ?? '').trim() === ''))) {
        error(place, '<Results> takes no content between its tags', 'write it as <Results /> or <Results session="…" />');
      }
      const use: ResultsUse = { ...place };
      if (props.session !== undefined) use.session = props.session;
      if (props.class !== undefined) use.class = props.class;
      scan.results.push(use);
      return;
    }
    const written = textContent(node.children ?? []);
    if (written === undefined) {
      error(place, `<${component}> should contain only a name, as plain text`, `write <${component}>Name</${component}>; put formatting outside the tags`);
      return;
    }
    if (written === '') {
      error(place, `<${component}> is empty`, `write the name between the tags: <${component}>Name</${component}>`);
      return;
    }
    scan.names.push({ ...place, kind: component === 'Driver' ? 'drivers' : 'teams', written });
  };

  tree.children?.forEach(visit);
  return scan;
}

/** Lines of the body (1-based) that still start with the scaffold's TODO marker. */
function placeholderLines(body: string): number[] {
  if (!body.includes('TODO')) return [];
  const out: number[] = [];
  body.split('\n').forEach((line, i) => {
    if (/^\s*TODO\b/.test(line)) out.push(i + 1);
  });
  return out;
}

/** Plain text of an element's children, or undefined when they hold anything but text. */
function textContent(children: readonly Node[]): string | undefined {
  let out = '';
  for (const child of children) {
    if (child.type === 'text') out += child.value ?? '';
    else if (child.type === 'paragraph') {
      const inner = textContent(child.children ?? []);
      if (inner === undefined) return undefined;
      out += inner;
    } else return undefined;
  }
  return out.replace(/\s+/g, ' ').trim();
}

function attributeText(value: Attribute['value']): string | undefined {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return undefined;
  const statement = value.data?.estree?.body[0];
  const expr = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  if (expr?.type === 'Literal' && typeof expr.value === 'string') return expr.value;
  if (expr?.type === 'TemplateLiteral' && (expr.expressions ?? []).length === 0) return expr.quasis?.[0]?.value.cooked ?? undefined;
  return undefined;
}

/** `{/* note *\/}`, `{' '}`, `{"text"}`: expressions that cannot fail when the page is rendered. */
function isHarmlessExpression(program: Program | null | undefined): boolean {
  if (!program) return false;
  if (program.body.length === 0) return true;
  if (program.body.length > 1) return false;
  const statement = program.body[0];
  const expr = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  if (!expr) return false;
  if (expr.type === 'Literal') return typeof expr.value === 'string' || typeof expr.value === 'number';
  return expr.type === 'TemplateLiteral' && (expr.expressions ?? []).length === 0;
}

interface MdxMessage {
  reason?: string;
  message?: string;
  ruleId?: string;
  line?: number;
  column?: number;
  place?: Point | { start: Point } | null;
}

/** Turns a parser message into words an editor can act on. */
function explainMdxError(e: unknown): { place?: Point; message: string; hint: string } {
  const m = (typeof e === 'object' && e !== null ? e : { reason: String(e) }) as MdxMessage;
  const reason = m.reason ?? m.message ?? 'unknown error';
  let place: Point | undefined =
    m.place && 'start' in m.place ? m.place.start : m.place ? (m.place as Point) : m.line ? { line: m.line, column: m.column ?? 1 } : undefined;
  const opening = /for `<([^>]*)>` \((\d+):(\d+)-/.exec(reason);
  const where = (p: Point | undefined) => `the text cannot be read as MDX at column ${p?.column ?? 1}`;
  let r: RegExpExecArray | null;
  if (opening && /^Expected a closing tag/.test(reason)) {
    place = { line: Number(opening[2]), column: Number(opening[3]) };
    const tag = opening[1] ?? '';
    return {
      place,
      message: `${where(place)}: <${tag}> is opened but never closed`,
      hint: tag
        ? `close it in the same paragraph: <${tag}>…</${tag}>, or write <${tag} /> when it has no content`
        : 'close the fragment with </>',
    };
  }
  if ((r = /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/.exec(reason))) {
    return { place, message: `${where(place)}: </${r[1]}> closes <${r[2]}>`, hint: `close <${r[2]}> with </${r[2]}>` };
  }
  if (/^Unexpected closing slash `\/` in tag/.test(reason) || /^Unexpected closing tag/.test(reason)) {
    return { place, message: `${where(place)}: a closing tag has no opening tag`, hint: 'remove it, or add the opening tag' };
  }
  if (/to create a comment in MDX/.test(reason)) {
    return { place, message: `${where(place)}: HTML comments <!-- --> do not work in MDX`, hint: 'write a note as {/* note */}' };
  }
  if (/before name, expected a character that can start a name/.test(reason)) {
    return {
      place,
      message: `${where(place)}: a < that does not start a component`,
      hint: 'write &lt; for a literal <, or put a space after it ("gap < 1s")',
    };
  }
  if (/before attribute value/.test(reason)) {
    return { place, message: `${where(place)}: an attribute value is not in quotes`, hint: 'write it as session="Race"' };
  }
  if (/in expression/.test(reason) || /closing brace/.test(reason)) {
    return { place, message: `${where(place)}: a { is never closed`, hint: 'curly braces run code in MDX; write \\{ to show a brace' };
  }
  if (m.ruleId === 'acorn' || /acorn/i.test(reason)) {
    return {
      place,
      message: `${where(place)}: the code between { } is not valid`,
      hint: 'curly braces run code in MDX; write \\{ and \\} to show braces, or {/* note */} for a note',
    };
  }
  if (/Unexpected end of file/.test(reason)) {
    return { place, message: `${where(place)}: a tag is not finished before the end of the file`, hint: 'close the tag with > or />' };
  }
  return { place, message: `${where(place)}: ${reason}`, hint: 'check the tags (<…>) and curly braces ({…}) on this line' };
}

/** One simple editor tag: `<Results session="…" class="…" />`, `<Driver>Name</Driver>`, `<Team>Name</Team>`. */
const SIMPLE_TAG =
  /<(?:Results((?: +(?:session|class)="[^"<>{}\\\n]*")*) *\/>|(Driver|Team)>([^<>{}*_[\]`\\|&~\n]*)<\/\2>)/y;
const ATTRIBUTE = / +(session|class)="([^"]*)"/g;

/**
 * Reads a body whose every `<` starts a simple editor tag (SIMPLE_TAG), with no `{`, code or import/export
 * lines: nothing in such a body can fail to parse, and the tags are read exactly as the parser reads them.
 * Returns false, having added nothing, for any other body.
 */
function fastScan(body: string, bodyLine: number, scan: BodyScan): boolean {
  if (body.includes('{') || body.includes('`') || body.includes('~~~') || /^(?:import|export)\b/m.test(body)) return false;
  const results: ResultsUse[] = [];
  const names: NameUse[] = [];
  let line = bodyLine;
  let lineStart = 0;
  let from = 0;
  for (let lt = body.indexOf('<'); lt !== -1; lt = body.indexOf('<', from)) {
    const before = body.charCodeAt(lt - 1);
    if (before === 92 /* \ */ || (before === 40 /* ( */ && body.charCodeAt(lt - 2) === 93) /* ]( */) return false;
    SIMPLE_TAG.lastIndex = lt;
    const m = SIMPLE_TAG.exec(body);
    if (!m) return false;
    for (let nl = body.indexOf('\n', lineStart); nl !== -1 && nl < lt; nl = body.indexOf('\n', nl + 1)) {
      line++;
      lineStart = nl + 1;
    }
    const place = { line, column: lt - lineStart + 1 };
    if (m[2] === undefined) {
      const use: ResultsUse = { ...place };
      const seen = new Set<string>();
      for (const a of (m[1] ?? '').matchAll(ATTRIBUTE)) {
        // Repeated or empty attributes get the parser's full treatment.
        if (seen.has(a[1]!) || a[2]!.trim() === '') return false;
        seen.add(a[1]!);
        if (a[1] === 'session') use.session = a[2]!;
        else use.class = a[2]!;
      }
      results.push(use);
    } else {
      const written = m[3]!.replace(/\s+/g, ' ').trim();
      // GFM makes links of addresses (www.…, https://…, a@b.c): the parser decides those.
      if (written === '' || /www\.|:\/\/|@/.test(written)) return false;
      names.push({ ...place, kind: m[2] === 'Driver' ? 'drivers' : 'teams', written });
    }
    from = lt + m[0].length;
  }
  scan.results.push(...results);
  scan.names.push(...names);
  return true;
}
