/**
 * Part of `npm run dev`: re-checks the content on every save and prints the problems (with their line
 * numbers) as soon as they appear or change, so an editor sees a mistake without reloading the page.
 * The preview itself keeps the last good version of a broken file (lib/served/ (content.ts, production-loader.ts, dev-loader.ts)).
 */
import { watch } from 'node:fs';
import { checkContent, printReport } from '../lib/check/content-check';
import { contentDir } from '../lib/content/list-files';

const dir = contentDir();
let last = '';
let timer: NodeJS.Timeout | undefined;

function run(): void {
  let text: string;
  try {
    const report = checkContent(dir);
    const lines: string[] = [];
    printReport(report, { write: (s: string) => lines.push(s) } as unknown as NodeJS.WritableStream, { quiet: true });
    text = lines.join('');
  } catch (error) {
    text = `The content check could not run: ${error instanceof Error ? error.message : String(error)}\n`;
  }
  if (text !== last) process.stdout.write(text);
  last = text;
}

run();
watch(dir, { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(run, 150);
});
