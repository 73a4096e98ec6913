import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileMissingBodies } from '@/lib/content/mdx-build';
import { bodyKey, getCompiled, hasCompiled, putCompiled } from '@/lib/content/mdx-store';

const root = mkdtempSync(join(tmpdir(), 'mdx-store-'));
beforeAll(() => {
  process.env.MDX_STORE_DIR = join(root, 'store');
});
afterAll(() => {
  delete process.env.MDX_STORE_DIR;
  rmSync(root, { recursive: true, force: true });
});

describe('the store of compiled bodies', () => {
  it('keys a body by its source: the same text, the same key; another text, another key', () => {
    expect(bodyKey('Toyota on pole.')).toBe(bodyKey('Toyota on pole.'));
    expect(bodyKey('Toyota on pole.')).not.toBe(bodyKey('Toyota on pole!'));
    expect(bodyKey('x')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never overwrites a stored body, and leaves no temporary file', () => {
    const key = bodyKey('A body.');
    putCompiled(key, 'first');
    putCompiled(key, 'second');
    expect(getCompiled('A body.')).toBe('first');
    expect(readdirSync(join(root, 'store', key.slice(0, 2)))).toEqual([`${key}.js`]);
  });

  it('compiles each new body once: a second run compiles nothing, an edited body is compiled again', async () => {
    const content = join(root, 'content');
    const articles = join(content, 'articles');
    const write = (name: string, body: string) =>
      writeFileSync(join(articles, name), `---\ntitle: T\n---\n${body}\n`);
    mkdirSync(articles, { recursive: true });
    write('a.mdx', 'Toyota on **pole**.');
    write('b.mdx', '<Results />');
    expect(await compileMissingBodies(content)).toEqual({ articles: 2, compiled: 2, reused: 0 });
    expect(await compileMissingBodies(content)).toEqual({ articles: 2, compiled: 0, reused: 2 });
    write('a.mdx', 'Alpine on **pole**.');
    expect(await compileMissingBodies(content)).toEqual({ articles: 2, compiled: 1, reused: 1 });
    const code = getCompiled('Alpine on **pole**.\n');
    expect(code).toContain('Alpine on ');
    expect(hasCompiled(bodyKey('Alpine on **pole**.\n'))).toBe(true);
  });
});
