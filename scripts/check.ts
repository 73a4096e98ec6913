/**
 * `npm run check [-- --quiet]`: validates all content without building the site and prints every problem
 * at once, grouped by file. Exit 1 on any error, 0 otherwise (warnings do not fail it; --quiet hides them).
 * The content directory is CONTENT_DIR (default content).
 */
import { checkContentParallel, printReport } from '../lib/check/content-check';

try {
  // Unchanged content since the last check: its report, no file read (lib/check/unchanged-content.ts).
  const report = await checkContentParallel(undefined, { reuseReport: true });
  printReport(report, process.stdout, { quiet: process.argv.includes('--quiet') });
  process.exitCode = report.errors > 0 ? 1 : 0;
} catch (error) {
  // No content folder, or a bug in the checker itself: say so plainly, without a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`The content check could not run: ${message}\n`);
  process.exitCode = 2;
}
