import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { currentDistDir, freshSlot, switchTo } from '@/lib/build/dist.mjs';
import { buildFingerprint } from '@/lib/build/inputs';

const root = mkdtempSync(join(tmpdir(), 'atomic-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A "build" into a fresh slot: what next build leaves when it completes. */
function build(): string {
  const slot = freshSlot(root);
  writeFileSync(join(root, slot, 'BUILD_ID'), slot);
  return slot;
}

describe('dist dir slots behind one pointer', () => {
  it('serves .next until a build completes, then the newest complete build, keeping the previous one', () => {
    expect(currentDistDir(root)).toBe('.next');
    const first = build();
    expect(currentDistDir(root)).toBe('.next'); // built, not switched yet
    switchTo(first, root);
    expect(currentDistDir(root)).toBe(first);
    const second = build();
    expect(second).not.toBe(first);
    switchTo(second, root);
    expect(currentDistDir(root)).toBe(second);
    expect(existsSync(join(root, first, 'BUILD_ID'))).toBe(true); // the previous build is kept
    // A third build goes to the remaining slot and never touches the current or the previous one.
    const third = freshSlot(root);
    expect([first, second]).not.toContain(third);
    expect(existsSync(join(root, first, 'BUILD_ID')) && existsSync(join(root, second, 'BUILD_ID'))).toBe(true);
    // Killed before it switched: the pointer still names the second build.
    expect(currentDistDir(root)).toBe(second);
    writeFileSync(join(root, third, 'BUILD_ID'), third);
    switchTo(third, root);
    expect(existsSync(join(root, first))).toBe(false); // pruned: only the current and the previous stay
    expect(readFileSync(join(root, '.builds', 'previous'), 'utf8').trim()).toBe(second);
  });
});

describe('build fingerprint', () => {
  it('changes with the content and the code, not otherwise', () => {
    const project = join(root, 'project');
    mkdirSync(join(project, 'lib'), { recursive: true });
    mkdirSync(join(project, 'content', 'articles'), { recursive: true });
    writeFileSync(join(project, 'lib', 'a.ts'), 'export const a = 1;');
    writeFileSync(join(project, 'content', 'articles', 'x.mdx'), 'one');
    const content = join(project, 'content');
    const before = buildFingerprint(project, content);
    expect(buildFingerprint(project, content)).toBe(before);
    writeFileSync(join(project, 'content', 'articles', 'x.mdx'), 'two');
    const edited = buildFingerprint(project, content);
    expect(edited).not.toBe(before);
    writeFileSync(join(project, 'lib', 'a.ts'), 'export const a = 2;');
    expect(buildFingerprint(project, content)).not.toBe(edited);
  });
});
