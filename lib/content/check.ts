import { buildContent, formatProblem } from './index';
import { contentDir, locate, readContent } from './read-files';
import type { Problem } from './types';

export interface CheckReport {
  problems: Problem[];
  errors: number;
  warnings: number;
  articles: number;
  files: number;
}

/** Reads and validates the whole content directory; the same rules as the build, and every problem at once. */
export function checkContent(dir: string = contentDir()): CheckReport {
  const read = readContent(dir);
  const { problems } = buildContent(read.articles, read.registries);
  const all = locate([...read.problems, ...problems], read.sources);
  all.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
  return {
    problems: all,
    errors: all.filter((p) => p.severity === 'error').length,
    warnings: all.filter((p) => p.severity === 'warning').length,
    articles: read.articles.length,
    files: read.sources.size,
  };
}

export function printReport(report: CheckReport, out: NodeJS.WritableStream, opts: { quiet?: boolean } = {}): void {
  let current = '';
  for (const p of report.problems) {
    if (opts.quiet && p.severity === 'warning') continue;
    if (p.file !== current) {
      current = p.file;
      out.write(`\n${p.file}\n`);
    }
    out.write(`  ${formatProblem(p)}\n`);
  }
  const summary =
    report.errors > 0
      ? `✖ ${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'} in ${report.files} files. Nothing is published until the errors are fixed.`
      : `✔ ${report.files} files checked (${report.articles} articles): no errors${report.warnings ? `, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}` : ''}.`;
  out.write(`\n${summary}\n`);
}
