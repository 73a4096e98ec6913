/** Two YAML traps the parser cannot see (a car number with a leading zero, a value cut at `#`), and the rule that they explain the other problems of their field. */
import type { Problem } from './types';
import type { SourceFile } from './types';
import { pathsByLine } from './yaml';

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
export function sourceProblems(source: SourceFile, found: { zeroNumbers?: readonly number[]; cutValues?: readonly number[] }): Problem[] {
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
