/** Problems in a timing file, each naming the file, the line, the column and the value (`file:LINE COLUMN: what — how`). */
import type { Problem } from '../types';

/** A problem at `line` in `column` (the column's name as the file writes it, or `(file)`). */
export function timingProblem(file: string, line: number, column: string, message: string, value?: unknown, hint?: string): Problem {
  const p: Problem = { file, line, path: column, message, severity: 'error' };
  if (value !== undefined) p.value = value;
  if (hint !== undefined) p.hint = hint;
  return p;
}
