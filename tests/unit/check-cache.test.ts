import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { checkContentParallel } from '@/lib/check/content-check';
import type { TimingEntry } from '@/lib/content/builder';
import { IMOLA, LE_MANS, seedCopy, WRONG } from '../fixtures/seed-copy';

/*
 * The check's cache of each file's part (lib/check/check-cache.ts), on a copy of the seeds (five articles,
 * two official timing folders) with one article made wrong: a warm check must report exactly what a cold
 * one does, take what it kept without reading the file again, and read a file again as soon as it, the
 * registries' resolution of names or the timing's files change.
 */
const { dir, cache } = seedCopy('check-cache');

const check = (opts: { cache?: boolean } = {}) => checkContentParallel(dir, { workers: 0, ...opts });
const kept = (extension: string) => readdirSync(cache, { recursive: true }).map(String).filter((f) => f.endsWith(extension));
const errorsOf = async () => (await check()).problems.filter((p) => p.severity === 'error').map((p) => `${p.file.slice(dir.length + 1)}:${p.line ?? '-'} ${p.path} ${p.message}`);

const planted = (file: string) => ({ file, path: 'title', message: 'planted in the cache', severity: 'error' as const });
/** The planted problem as errorsOf() shows it, located at whatever line the file gives `title`. */
const isPlanted = (file: string) => (e: string) => new RegExp(`^${file.replaceAll('.', '\\.')}:(\\d+|-) title planted in the cache$`).test(e);

/** A cache that holds only what a check of the content as it is now keeps. */
async function freshCache(): Promise<void> {
  rmSync(cache, { recursive: true, force: true });
  await check();
}

/** The kept file of an article, found by the file its part names, in a fresh cache. */
async function keptArticleFile(path: string): Promise<string> {
  await freshCache();
  const found = kept('.article').filter((f) => (JSON.parse(readFileSync(join(cache, f), 'utf8')) as { contribution: { file: string } }).contribution.file === join(dir, path));
  expect(found).toHaveLength(1);
  return join(cache, found[0]!);
}

/** A problem planted in what the cache keeps of an article: a check that takes it unread reports it. */
async function plantInArticle(path: string): Promise<void> {
  const file = await keptArticleFile(path);
  const part = JSON.parse(readFileSync(file, 'utf8')) as { contribution: { problems: unknown[] } };
  part.contribution.problems.push(planted(join(dir, path)));
  writeFileSync(file, JSON.stringify(part));
}

/** The kept file of a timing folder, found by the edition its entry names, in a fresh cache. */
async function keptTimingFile(edition: string): Promise<string> {
  await freshCache();
  const found = kept('.timing').filter((f) => (deserialize(readFileSync(join(cache, f))) as TimingEntry).edition === edition);
  expect(found).toHaveLength(1);
  return join(cache, found[0]!);
}


describe("the check's cache of each file's part", () => {
  it('keeps each article and timing folder without problems, and a warm check reports exactly what a cold one does', async () => {
    const cold = await check();
    expect(cold.problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.line, p.path])).toEqual([[join(dir, WRONG), 17, 'results[0].classes[0].entries[0].pos']]);
    // Four articles of five (not the wrong one), both timing folders.
    expect(kept('.article')).toHaveLength(4);
    expect(kept('.timing')).toHaveLength(2);
    const warm = await check();
    expect(warm).toEqual(cold);
    expect(await check({ cache: false })).toEqual(cold);
    expect(kept('.article')).toHaveLength(4);
  });

  it('takes a kept article unread, and reads it again once it is edited', async () => {
    await plantInArticle(LE_MANS);
    expect((await errorsOf()).filter(isPlanted(LE_MANS))).toHaveLength(1);
    // A new line at the end of the text: a new key, the file is read again.
    writeFileSync(join(dir, LE_MANS), `${readFileSync(join(dir, LE_MANS), 'utf8')}\nOne more line.\n`);
    const errors = await errorsOf();
    expect(errors.filter((e) => e.includes('planted'))).toEqual([]);
    expect(errors).toHaveLength(1);
  });

  it('reads an edited article again and reports its new problem at its line', async () => {
    const text = readFileSync(join(dir, LE_MANS), 'utf8');
    const line = text.split('\n').findIndex((l) => /^date: /.test(l)) + 1;
    writeFileSync(join(dir, LE_MANS), text.replace(/^date: .*$/m, 'date: 2017-13-45'));
    expect((await errorsOf()).filter((e) => e.startsWith(LE_MANS))).toEqual([expect.stringMatching(new RegExp(`^${LE_MANS.replaceAll('.', '\\.')}:${line} date `))]);
    writeFileSync(join(dir, LE_MANS), text);
    expect(await errorsOf()).toHaveLength(1);
  });

  it('keeps every article through a registry edit that renames nothing, and reads them all again after one that does', async () => {
    await plantInArticle(LE_MANS);
    expect((await errorsOf()).filter(isPlanted(LE_MANS))).toHaveLength(1);
    const registry = join(dir, 'events/24-hours-of-le-mans.yaml');
    const text = readFileSync(registry, 'utf8');
    writeFileSync(registry, `${text}# A comment names nothing.\n`);
    expect((await errorsOf()).filter(isPlanted(LE_MANS))).toHaveLength(1);
    // One more spelling of the event: names resolve differently, every article is read again.
    expect(text).toMatch(/^aliases: \[Le Mans 24 Hours, /m);
    writeFileSync(registry, text.replace(/^aliases: \[Le Mans 24 Hours, /m, 'aliases: [Le Mans 24 Hours, Les 24 Heures, '));
    expect((await errorsOf()).filter((e) => e.includes('planted'))).toEqual([]);
    expect(await errorsOf()).toHaveLength(1);
  });

  it('takes a kept timing folder unread, and reads it again once one of its files changes', async () => {
    const file = await keptTimingFile('4-hours-of-imola/2014');
    const entry = deserialize(readFileSync(file)) as TimingEntry;
    entry.problems.push(planted(join(dir, IMOLA, 'timing.yaml')));
    writeFileSync(file, serialize(entry));
    expect((await errorsOf()).filter(isPlanted(`${IMOLA}/timing.yaml`))).toHaveLength(1);
    const yaml = join(dir, IMOLA, 'timing.yaml');
    writeFileSync(yaml, `${readFileSync(yaml, 'utf8')}# A comment is an edit too.\n`);
    expect((await errorsOf()).filter((e) => e.includes('planted'))).toEqual([]);
  });

  it('reads a file again when what it kept is damaged', async () => {
    const before = await check({ cache: false });
    writeFileSync(await keptArticleFile(LE_MANS), '{"contribution": [');
    writeFileSync(await keptTimingFile('4-hours-of-imola/2014'), 'not V8');
    expect(await check()).toEqual(before);
    expect(await check()).toEqual(before);
  });
});
