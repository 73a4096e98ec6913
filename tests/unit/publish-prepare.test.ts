import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/check/build-content';
import { ContentBuilder } from '@/lib/content/builder';
import { readContent } from '@/lib/content/read-files';
import { buildGraph, buildGraphSteps } from '@/lib/graph/build';
import { runToEnd, type Steps } from '@/lib/graph/steps';
import { readChangeSteps, type ReadChanges } from '@/lib/publish/read-changes';
import { PUBLISH_HEADER } from '@/lib/publish/secret';
import { requestsInProgress, runInSlices } from '@/lib/publish/slices';

/**
 * How a running server prepares a publish without holding its thread (lib/publish/prepare.ts): the files
 * are read and only the changed ones parsed (read-changes.ts, in a worker on a server), and the graph is
 * built in steps that a server runs in slices between requests (slices.ts). tests/unit/reload.test.ts
 * checks the swap itself; `npm run bench -- --publish` measures a reader's wait.
 */
const root = mkdtempSync(join(tmpdir(), 'prepare-'));
const dir = join(root, 'content');
cpSync(join(process.cwd(), 'content'), dir, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const read = (input: { resolution?: string; hashes?: [string, string][]; onlyChanges?: boolean } = {}) =>
  runToEnd(readChangeSteps({ dir, prefix: 'content', hashes: [], ...input }));
/** What a server keeps of a read: each article file's hash. */
const keptHashes = (r: ReadChanges) => ({ hashes: r.articles.map(({ path, hash }): [string, string] => [path, hash]) });

describe('reading the content for a publish', () => {
  const articleFiles = readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.mdx')).sort();

  it('parses every article the first time, then only those whose text changed', () => {
    const first = read()!;
    expect(first.reparsed).toBe(true);
    expect(first.articles.map((a) => a.path)).toEqual(articleFiles.map((f) => `articles/${f}`));
    expect(first.articles.every((a) => a.raw !== undefined)).toBe(true);
    expect(first.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // The official timing folders, each with its timing.yaml read and its CSV files beside it.
    const timingFolders = readdirSync(join(dir, 'timing'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('timing.yaml'));
    expect(timingFolders.length).toBeGreaterThan(0);
    expect(first.timing.map((t) => t.file).sort()).toEqual(timingFolders.map((f) => `content/timing/${f}`).sort());
    expect(first.timing.every((t) => t.files.size > 0)).toBe(true);

    // The resolution a builder of these registries has, as the server's kept articles record it.
    const resolution = new ContentBuilder(first.registries).resolution;
    const same = read({ resolution, ...keptHashes(first) })!;
    expect(same.reparsed).toBe(false);
    expect(same.articles.filter((a) => a.raw)).toEqual([]);
    expect(same.articles.map((a) => a.hash)).toEqual(first.articles.map((a) => a.hash));

    const edited = join(dir, 'articles', articleFiles[1]!);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: "Edited for the publish"'));
    const one = read({ resolution, ...keptHashes(first) })!;
    expect(one.articles.filter((a) => a.raw).map((a) => [a.path, a.raw!.data.title])).toEqual([[`articles/${articleFiles[1]}`, 'Edited for the publish']]);

    // A registry edit that changes what articles take from the registries: every article again, or,
    // in the worker (onlyChanges), nothing, so that the server reads them in slices itself.
    const drivers = join(dir, 'drivers');
    const registry = join(drivers, readdirSync(drivers).sort()[0]!);
    writeFileSync(registry, `${readFileSync(registry, 'utf8')}\naliases: [A Spelling Nobody Uses]\n`);
    const all = read({ resolution, ...keptHashes(first) })!;
    expect(all.reparsed).toBe(true);
    expect(all.articles.every((a) => a.raw !== undefined)).toBe(true);
    expect(read({ resolution, ...keptHashes(first), onlyChanges: true })).toBeUndefined();
  });

  it('leaves out an article that does not parse, with a problem naming its file', () => {
    const broken = join(dir, 'articles', 'zz-broken.mdx');
    writeFileSync(broken, '---\ntitle: "unclosed\n---\nBody\n');
    try {
      const r = read()!;
      expect(r.articles.some((a) => a.path === 'articles/zz-broken.mdx')).toBe(false);
      expect(r.problems.some((p) => p.file === 'content/articles/zz-broken.mdx' && p.severity === 'error')).toBe(true);
    } finally {
      rmSync(broken);
    }
  });
});

describe('the graph built in steps', () => {
  it('is the graph buildGraph builds, and pauses after every article', () => {
    const files = readContent(dir);
    const { content } = buildContent(files.articles, files.registries);
    const steps = buildGraphSteps(content);
    let pauses = 0;
    let next = steps.next();
    while (!next.done) {
      pauses++;
      next = steps.next();
    }
    expect(pauses).toBeGreaterThanOrEqual(content.articles.length);
    expect(next.value).toEqual(buildGraph(content));
  });
});

describe('work in slices', () => {
  /** `n` steps of `ms` of busy work each; the value is n. */
  function* busy(n: number, ms: number): Steps<number> {
    for (let i = 0; i < n; i++) {
      const end = performance.now() + ms;
      while (performance.now() < end);
      yield;
    }
    return n;
  }

  it('lets the event loop run between slices, and returns the work\'s value', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      expect(runToEnd(busy(20, 2))).toBe(20);
      // Run to the end at once: no timer could fire meanwhile.
      expect(ticks).toBe(0);
      expect(await runInSlices(busy(40, 2), 5)).toBe(40);
      // 80 ms of work in slices of 5 ms: the timer fired in the pauses.
      expect(ticks).toBeGreaterThanOrEqual(5);
    } finally {
      clearInterval(timer);
    }
  });

  it('answers a request that arrives during the work while the work goes on', async () => {
    const server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    try {
      const port = (server.address() as AddressInfo).port;
      const t0 = performance.now();
      let answeredAt = 0;
      let workEndedAt = 0;
      const answered = new Promise<void>((done) =>
        get({ host: '127.0.0.1', port, path: '/' }, (res) => {
          res.resume();
          res.on('end', () => {
            answeredAt = performance.now() - t0;
            done();
          });
        }),
      );
      // 100 steps of 5 ms: 500 ms of work in slices of 10 ms.
      const work = runInSlices(busy(100, 5), 10).then((n) => {
        workEndedAt = performance.now() - t0;
        return n;
      });
      expect(await work).toBe(100);
      await answered;
      // The request was answered while the work went on, not after it.
      expect(answeredAt).toBeGreaterThan(0);
      expect(answeredAt).toBeLessThan(workEndedAt);
    } finally {
      server.close();
    }
  });

  it('gives the thread to a request it is answering until the answer is sent', async () => {
    // An answer of 30 steps of its own (as reading, compressing and writing a page are): with one turn
    // after each slice, each of its steps would wait for a slice of the work.
    let stepsWhileAnswering = 0;
    let answeringNow = false;
    const server = createServer(async (req, res) => {
      if (req.headers[PUBLISH_HEADER]) return void setTimeout(() => res.end('ok'), 50);
      answeringNow = true;
      for (let i = 0; i < 30; i++) await new Promise((r) => setImmediate(r));
      res.end('ok', () => (answeringNow = false));
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    function* counted(n: number): Steps<number> {
      for (let i = 0; i < n; i++) {
        const end = performance.now() + 5;
        while (performance.now() < end);
        if (answeringNow) stepsWhileAnswering++;
        yield;
      }
      return n;
    }
    try {
      const port = (server.address() as AddressInfo).port;
      const answered = new Promise<string>((done) =>
        get({ host: '127.0.0.1', port, path: '/' }, (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => done(body));
        }),
      );
      expect(await runInSlices(counted(100), 10)).toBe(100);
      expect(await answered).toBe('ok');
      expect(requestsInProgress()).toBe(0);
      // 30 steps of the answer, each after a slice of two steps of work, would be 60; it waited for none,
      // or for the one slice under way when the request arrived.
      expect(stepsWhileAnswering).toBeLessThanOrEqual(2);
      // The publish's own call, inside which the work runs, is not a request to wait for.
      const own = new Promise<void>((done) => get({ host: '127.0.0.1', port, path: '/', headers: { [PUBLISH_HEADER]: 'x' } }, (res) => res.resume().on('end', done)));
      await new Promise((r) => setTimeout(r, 5));
      expect(requestsInProgress()).toBe(0);
      await own;
    } finally {
      server.close();
    }
  });
});
