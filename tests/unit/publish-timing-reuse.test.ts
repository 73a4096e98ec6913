import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { TimingReport } from '@/lib/content/timing/types';

/**
 * A publish reads again only the official timing folders whose files changed (lib/publish/read-changes.ts,
 * prepare-changes.ts): the others' reports are taken from the served content by the folders' keys, the
 * hashes of their files' bytes, so a folder changed on disk is never served stale, whatever the publish
 * names. What a server serves after it is what a fresh start reads.
 */
const root = mkdtempSync(join(tmpdir(), 'timing-reuse-'));
const dir = join(root, 'content');
cpSync(join(process.cwd(), 'content'), dir, { recursive: true });
process.env.CONTENT_DIR = dir;
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const { ContentBuilder } = await import('@/lib/content/builder');
const { runToEnd } = await import('@/lib/graph/steps');
const { prepareChangeSteps } = await import('@/lib/publish/prepare-changes');
const { getGraph } = await import('@/lib/served/graph');
const { loadContent } = await import('@/lib/served/content');
const { preparePublish, reloadGraph } = await import('@/lib/publish/swap');
const { readProductionContent } = await import('@/lib/served/production-loader');

const IMOLA = 'timing/4-hours-of-imola/2014';
const BAHRAIN = 'timing/8-hours-of-bahrain/2024';
const imolaCsv = join(dir, IMOLA, '05_Classification_Race_Hour 4.CSV');
const imolaText = readFileSync(imolaCsv, 'utf8');

type Prepared = ReturnType<typeof runToEnd<import('@/lib/publish/prepare-changes').PreparedChanges>>;
const prepare = (input: { resolution?: string; hashes?: [string, string][]; timingKeys?: [string, string][] } = {}) =>
  runToEnd(prepareChangeSteps({ dir, prefix: 'content', hashes: [], ...input }));
/** What a server keeps of a prepare: the resolution, each article's hash and each timing folder's key. */
const kept = (p: Prepared) => ({
  resolution: new ContentBuilder(p.registries).resolution,
  hashes: p.articles.map(({ path, hash }): [string, string] => [path, hash]),
  timingKeys: p.timing.map(({ folder, key }): [string, string] => [folder, key]),
});
const teamOf38 = (report: TimingReport | undefined) => report?.sessions[0]!.classes.flatMap((c) => c.entries).find((e) => String(e.number) === '38')?.team?.written;

describe('the timing folders a publish reads again', () => {
  it('reads every folder the first time, then only the one whose file changed, and all after a registry edit', () => {
    const reads = vi.spyOn(ContentBuilder.prototype, 'readTiming');
    const first = prepare();
    expect(first.timing.map((t) => t.folder)).toEqual([IMOLA, BAHRAIN].sort());
    expect(first.timing.every((t) => t.changed && t.entry?.report)).toBe(true);
    expect(reads).toHaveBeenCalledTimes(2);

    reads.mockClear();
    const same = prepare(kept(first));
    expect(same.timing.map((t) => [t.folder, t.changed, t.entry])).toEqual(first.timing.map((t) => [t.folder, false, undefined]));
    expect(same.timing.map((t) => t.key)).toEqual(first.timing.map((t) => t.key));
    expect(reads).not.toHaveBeenCalled();

    // One byte of the classification changed on disk: that folder, and only it, is read again.
    writeFileSync(imolaCsv, imolaText.replace('38;Jota Sport;', '38;JOTA Sport;'));
    try {
      const one = prepare(kept(first));
      expect(one.timing.filter((t) => t.changed).map((t) => t.folder)).toEqual([IMOLA]);
      expect(reads).toHaveBeenCalledTimes(1);
      const imola = one.timing.find((t) => t.folder === IMOLA)!;
      expect(imola.key).not.toBe(first.timing.find((t) => t.folder === IMOLA)!.key);
      expect(teamOf38(imola.entry?.report)).toBe('JOTA Sport');
    } finally {
      writeFileSync(imolaCsv, imolaText);
    }

    // A registry edit that changes what content takes from the registries: every folder again.
    reads.mockClear();
    const drivers = join(dir, 'drivers');
    const registry = join(drivers, 'kamui-kobayashi.yaml');
    const registryText = readFileSync(registry, 'utf8');
    writeFileSync(registry, `${registryText}\naliases: [A Spelling Nobody Uses]\n`);
    try {
      const all = prepare(kept(first));
      expect(all.reparsed).toBe(true);
      expect(all.timing.every((t) => t.changed && t.entry?.report)).toBe(true);
      expect(reads).toHaveBeenCalledTimes(2);
    } finally {
      writeFileSync(registry, registryText);
    }
  });
});

describe('a server after a timing publish', () => {
  it('keeps the report of an unchanged folder, reads a changed one, and serves what a fresh start reads', async () => {
    const served = loadContent();
    const graph = getGraph();
    const before = (folder: string) => served.timing.find((t) => t.file.endsWith(`/${folder}/timing.yaml`))!;
    expect(teamOf38(before(IMOLA))).toBe('Jota Sport');

    writeFileSync(imolaCsv, imolaText.replace('38;Jota Sport;', '38;JOTA Sport;'));
    try {
      await preparePublish('timing-1');
      const { after } = await reloadGraph('timing-1');
      expect(after).not.toBe(graph);
      const now = loadContent();
      const report = (folder: string) => now.timing.find((t) => t.file.endsWith(`/${folder}/timing.yaml`))!;
      // The unchanged folder's report is the one served before, not read again; the changed one is new.
      expect(report(BAHRAIN)).toBe(before(BAHRAIN));
      expect(report(IMOLA)).not.toBe(before(IMOLA));
      expect(teamOf38(report(IMOLA))).toBe('JOTA Sport');
      // What a fresh `next start` would read from the same files.
      const fresh = readProductionContent().content;
      expect(now.timing).toEqual(fresh.timing);
      expect(now.articles.map((a) => a.slug)).toEqual(fresh.articles.map((a) => a.slug));
    } finally {
      writeFileSync(imolaCsv, imolaText);
    }

    // Put back: the folder's key is the one served at first again, and its report is read again.
    await reloadGraph();
    expect(teamOf38(loadContent().timing.find((t) => t.file.endsWith(`/${IMOLA}/timing.yaml`)))).toBe('Jota Sport');
  });
});

describe('a prepare of invalid content', () => {
  it('is refused, naming the file', async () => {
    const articles = join(dir, 'articles');
    // Found by the worker: the frontmatter does not parse.
    writeFileSync(join(articles, 'zz-broken.mdx'), '---\ntitle: "unclosed\n---\nBody\n');
    try {
      await expect(preparePublish('broken')).rejects.toMatchObject({ name: 'ContentError', problems: expect.arrayContaining([expect.objectContaining({ file: expect.stringMatching(/zz-broken\.mdx$/) })]) });
    } finally {
      rmSync(join(articles, 'zz-broken.mdx'));
    }
  });
});
