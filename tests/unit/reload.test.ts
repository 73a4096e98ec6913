import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// A copy of the site's content, which the test adds articles to; read by lib/content from CONTENT_DIR.
const root = mkdtempSync(join(tmpdir(), 'reload-'));
const dir = join(root, 'content');
cpSync(join(process.cwd(), 'content'), dir, { recursive: true });
process.env.CONTENT_DIR = dir;
afterAll(() => rmSync(root, { recursive: true, force: true }));

const { getGraph } = await import('@/lib/served/graph');
const { preparePublish, reloadGraph } = await import('@/lib/publish/swap');

const articles = join(dir, 'articles');
const model = readdirSync(articles).sort()[0]!;
/** A copy of an article under a new slug and title. */
function addArticle(slug: string): void {
  const text = readFileSync(join(articles, model), 'utf8').replace(/^title: .*$/m, `title: "Copy ${slug}"`);
  writeFileSync(join(articles, `${slug}.mdx`), text);
}
const slugs = (graph: ReturnType<typeof getGraph>) => new Set(graph.articles.map((a) => a.slug));

describe('a publish prepares the graph while it checks, then swaps it in', () => {
  it('serves the old graph until the reload of the same token, then the prepared one without building it again', async () => {
    const served = getGraph();
    addArticle('copy-one');
    const { graph: prepared, read } = await preparePublish('token-1');
    // The files were read in a worker thread (lib/publish/prepare.ts), the graph built here.
    expect(read).toBe('worker');
    expect(slugs(prepared).has('copy-one')).toBe(true);
    expect(getGraph()).toBe(served);
    expect(slugs(getGraph()).has('copy-one')).toBe(false);
    const { before, after } = await reloadGraph('token-1');
    expect(before).toBe(served);
    expect(after).toBe(prepared);
    // The content was swapped in with its graph: the next request does not build the graph again.
    expect(getGraph()).toBe(prepared);
  });

  it('reads the content again when the reload has another token, or none', async () => {
    addArticle('copy-two');
    const prepared = (await preparePublish('token-2')).graph;
    addArticle('copy-three');
    const { after } = await reloadGraph('token-other');
    expect(after).not.toBe(prepared);
    expect(slugs(after).has('copy-three')).toBe(true);
    expect(getGraph()).toBe(after);
    // What token-2 prepared was dropped: its reload reads the content now.
    rmSync(join(articles, 'copy-three.mdx'));
    expect(slugs((await reloadGraph('token-2')).after).has('copy-three')).toBe(false);
    expect(slugs((await reloadGraph()).after).has('copy-two')).toBe(true);
  });
});

describe('a reload parses only the files that changed', () => {
  it('keeps the article of an unchanged file, reads an edited one again, and every one after a registry edit that changes a name', async () => {
    const [first, second] = readdirSync(articles).filter((f) => f !== model).sort();
    const slugOf = (f: string) => f.replace(/\.mdx$/, '');
    const before = getGraph();
    const unchanged = before.articleBySlug.get(slugOf(first!))!;
    const path = join(articles, second!);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, 'title: "An edited title"'));
    const edited = (await reloadGraph()).after;
    expect(edited.articleBySlug.get(slugOf(first!))).toBe(unchanged);
    expect(edited.articleBySlug.get(slugOf(second!))!.title).toBe('An edited title');

    // A registry edit that changes no name keeps the articles; one that does reads every article again.
    const drivers = join(dir, 'drivers');
    const registry = join(drivers, readdirSync(drivers).sort()[0]!);
    writeFileSync(registry, `${readFileSync(registry, 'utf8')}\n# an editor's note\n`);
    expect((await reloadGraph()).after.articleBySlug.get(slugOf(first!))).toBe(unchanged);
    writeFileSync(registry, `${readFileSync(registry, 'utf8')}\naliases: [A Spelling Nobody Uses]\n`);
    const again = (await reloadGraph()).after.articleBySlug.get(slugOf(first!))!;
    expect(again).not.toBe(unchanged);
    expect(again).toEqual(unchanged);
  });
});
