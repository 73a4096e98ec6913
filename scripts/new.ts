/**
 * `npm run new -- "Title"`: writes content/articles/<date>-<slug>.mdx, a new article with every
 * frontmatter field explained and one results block to fill in. Never overwrites a file.
 * Options: --date YYYY-MM-DD (default: today). The content directory is CONTENT_DIR (default content).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toIsoDate } from '../lib/content/dates';
import { contentDir, displayDir, listContentFiles } from '../lib/content/list-files';
import { scaffoldArticle, today } from '../lib/content/scaffold';

const USAGE = 'usage: npm run new -- "Title of the article" [--date YYYY-MM-DD]';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function main(argv: string[]): void {
  let date = today();
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    if (arg === '--date' || arg.startsWith('--date=')) {
      const value = arg === '--date' ? argv[++i] : arg.slice('--date='.length);
      const iso = toIsoDate(value ?? '');
      if (!iso) fail(`--date: "${value ?? ''}" is not a date written as YYYY-MM-DD`);
      date = iso;
      continue;
    }
    if (arg.startsWith('--')) fail(`unknown option ${arg}\n${USAGE}`);
    words.push(arg);
  }
  const title = words.join(' ').trim();
  if (!title) fail(`Give the article's title.\n${USAGE}`);
  if (title.length > 120) fail(`The title is ${title.length} characters long; a title has at most 120. Shorten it and try again.`);

  const { slug, text } = scaffoldArticle(title, date);
  if (slug === date) fail('The title has no letters or digits to make a page address from.');

  const dir = contentDir();
  const articles = join(dir, 'articles');
  const target = join(articles, `${slug}.mdx`);
  const shown = `${displayDir(articles)}/${slug}.mdx`;
  if (existsSync(target)) {
    fail(`${shown} already exists; nothing was written.\nOpen that file to continue it, or choose a different title.`);
  }
  // Articles in sub-folders share the URL space (/articles/<slug>).
  const clash = listContentFiles(articles).find((p) => p.endsWith(`/${slug}.mdx`));
  if (clash) fail(`${displayDir(articles)}/${clash} already has the page address /articles/${slug}; nothing was written. Choose a different title.`);

  mkdirSync(articles, { recursive: true });
  writeFileSync(target, text, { flag: 'wx' });
  process.stdout.write(
    [
      `Created ${shown}`,
      '',
      'Next:',
      '  1. Replace every TODO (npm run check lists the ones left), delete the optional lines you do not need.',
      `  2. Preview: npm run dev, then open http://127.0.0.1:3000/articles/${slug}`,
      '  3. Check: npm run check (it must say "no errors" before you publish).',
      '',
    ].join('\n'),
  );
}

try {
  main(process.argv.slice(2));
} catch (error) {
  fail(`Could not create the article: ${error instanceof Error ? error.message : String(error)}`);
}
