import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { serialize } from 'node:v8';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ContentBuilder } from '@/lib/content/builder';
import type { Content, RegistryKind } from '@/lib/content/types';
import { buildGraph } from '@/lib/graph/build';
import { contentFromBuildSnapshot } from '@/lib/served/content';
import { oneAtATime, readContentSnapshot, writeContentSnapshot } from '@/lib/served/content-snapshot';
import { readProductionContent, registriesFromDisk } from '@/lib/served/production-loader';

/**
 * The build's content snapshot (lib/served/content-snapshot.ts): `next build`'s page workers take the
 * content from it instead of reading the files, so it must give them the very content the files give,
 * official timing included (the site's content has the two timing samples), and the same names resolved.
 */
const root = mkdtempSync(join(tmpdir(), 'content-snapshot-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const { content, kept } = readProductionContent();
const file = join(root, 'content.v8');
writeContentSnapshot(file, content, kept.resolution);

function fromSnapshot(): Content {
  const read = readContentSnapshot(file, registriesFromDisk);
  if (!('content' in read)) throw new Error(`the snapshot did not serve: ${read.reason}`);
  return read.content;
}

/** A value without its functions (a graph holds a few), for a comparison of the data. */
function data(value: object): unknown {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v !== 'function'));
}

describe('the content snapshot of a build', () => {
  it('gives back the content read from the files: every article, timing report and registry, prototypes included', () => {
    const again = fromSnapshot();
    expect(again.articles.length).toBe(content.articles.length);
    expect(again.timing.length).toBeGreaterThan(0);
    expect(again.articles).toStrictEqual(content.articles);
    expect(again.timing).toStrictEqual(content.timing);
    expect(again.registries).toStrictEqual(content.registries);
    // Stricter than toStrictEqual on Maps' and Sets' insertion order and on prototypes.
    expect(isDeepStrictEqual(data(again), data(content))).toBe(true);
  });

  it('resolves every name as the content read from the files does', () => {
    const again = fromSnapshot();
    const written: [RegistryKind, string][] = [];
    for (const [kind, records] of Object.entries(content.registries) as [RegistryKind, Map<string, { name?: string; aliases?: string[] }>][]) {
      for (const [id, record] of records) {
        written.push([kind, id], [kind, ` ${id.toUpperCase()} `]);
        if (record.name) written.push([kind, record.name]);
        for (const alias of record.aliases ?? []) written.push([kind, alias]);
      }
      written.push([kind, 'Someone Not On The Site']);
    }
    expect(written.length).toBeGreaterThan(50);
    for (const [kind, name] of written) expect(again.resolve(kind, name), `${kind} "${name}"`).toBe(content.resolve(kind, name));
  });

  it('builds the same graph', () => {
    const expected = buildGraph(content);
    const graph = buildGraph(fromSnapshot());
    expect(graph.drivers.size).toBe(expected.drivers.size);
    expect(data(graph)).toStrictEqual(data(expected));
  });

  it('does not serve, and says why, when it cannot be read, is of another version, or was read with other registries', () => {
    const broken = join(root, 'broken.v8');
    writeFileSync(broken, readFileSync(file).subarray(0, 1000));
    expect(readContentSnapshot(broken, registriesFromDisk)).toMatchObject({ reason: expect.stringMatching(/^cannot be read \(.+\)$/) });
    const other = join(root, 'other.v8');
    writeFileSync(other, serialize({ version: 2 }));
    expect(readContentSnapshot(other, registriesFromDisk)).toEqual({ reason: 'was written by another version of this code' });
    expect(readContentSnapshot(file, () => new ContentBuilder([]))).toEqual({ reason: 'was read with other registries' });
  });

  it('is read only by the page workers of `next build` that are given it', () => {
    const build = { CONTENT_SNAPSHOT: file, NEXT_PHASE: 'phase-production-build' };
    expect(contentFromBuildSnapshot(build)?.articles.length).toBe(content.articles.length);
    expect(contentFromBuildSnapshot({ CONTENT_SNAPSHOT: file, NEXT_PHASE: 'phase-production-server' })).toBeUndefined();
    expect(contentFromBuildSnapshot({ NEXT_PHASE: 'phase-production-build' })).toBeUndefined();
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(contentFromBuildSnapshot({ ...build, CONTENT_SNAPSHOT: join(root, 'missing.v8') })).toBeUndefined();
      expect(stderr).toHaveBeenCalledWith(
        `The content snapshot ${join(root, 'missing.v8')} cannot be read (ENOENT: no such file or directory, open '${join(root, 'missing.v8')}'): this process reads the content files instead.\n`,
      );
    } finally {
      stderr.mockRestore();
    }
  });
});

describe('one reader of the snapshot at a time (the page workers start together)', () => {
  it('waits while another holds the lock, reads once it is released, and releases it', async () => {
    const lock = join(root, 'held.lock');
    const released = join(root, 'released');
    writeFileSync(lock, '');
    // Another process holds the lock for a moment: it notes that it let go, then removes the lock.
    const holder = spawn(process.execPath, ['-e', `setTimeout(() => { require('fs').writeFileSync(${JSON.stringify(released)}, ''); require('fs').rmSync(${JSON.stringify(lock)}); }, 300)`]);
    await new Promise((started) => holder.once('spawn', started));
    const readAfterRelease = oneAtATime(lock, () => existsSync(released));
    expect(readAfterRelease).toBe(true);
    expect(existsSync(lock)).toBe(false);
    await new Promise((ended) => holder.once('exit', ended));
  });

  it('takes over a lock left by a reader that stopped, and releases the lock when the read throws', () => {
    const lock = join(root, 'stale.lock');
    writeFileSync(lock, '');
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(lock, old, old);
    expect(oneAtATime(lock, () => 'read')).toBe('read');
    expect(existsSync(lock)).toBe(false);
    expect(() =>
      oneAtATime(lock, () => {
        throw new Error('unreadable');
      }),
    ).toThrow('unreadable');
    expect(existsSync(lock)).toBe(false);
  });

  it('leaves no lock beside a snapshot it read', () => {
    fromSnapshot();
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});
