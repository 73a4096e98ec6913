/** Splits an article file into its frontmatter (YAML text) and its MDX body, the way gray-matter does. */

/** The number of line breaks in `s`. */
export const countLines = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

/** A split article, or why it cannot be split (with the line to point at). */
export type FrontmatterSplit =
  | { ok: true; yamlText: string; bodyStart: number; bodyLine: number }
  | { ok: false; message: string; hint: string; line: number };

/** Splits `text` (without its byte order mark) at the `---` lines around its frontmatter. */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const fail = (message: string, hint: string, line = 1): FrontmatterSplit => ({ ok: false, message, hint, line });
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
  return { ok: true, yamlText, bodyStart, bodyLine: countLines(text.slice(0, bodyStart)) + 1 };
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
