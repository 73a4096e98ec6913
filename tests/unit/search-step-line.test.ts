import { describe, expect, it } from 'vitest';
import { readSearchStepLine, searchStepLine } from '@/lib/build/search-index-step';

const stats = { pages: 16059, languages: { en: 15061, nl: 588, fr: 410 }, files: 16762, bytes: 37232 * 1024, ms: 36_140, bundles: 5 };

describe("the build's search step line, as the bench reads it back", () => {
  it('prints what the 10,000-article build of 7 December printed, and reads back its time and where the documents came from', () => {
    const line = searchStepLine({ ...stats, ahead: true });
    expect(line).toBe('  Search index: 16059 pages, 16762 files in 5 bundles, 37232 KiB, 36.1 s (its documents written beside the check)\n');
    const output = `▶ Search index\n${line}▶ Done (next build and switch in 4 min): \`npm start\` serves .builds/build-0\n`;
    expect(readSearchStepLine(output)).toEqual({ ms: 36_100, ahead: true });
  });

  it('tells a step that wrote its documents itself, with one bundle', () => {
    const line = searchStepLine({ ...stats, bundles: 1, ms: 81_049, ahead: false });
    expect(line).toBe('  Search index: 16059 pages, 16762 files in 1 bundle, 37232 KiB, 81.0 s\n');
    expect(readSearchStepLine(line)).toEqual({ ms: 81_000, ahead: false });
  });

  it("finds nothing in a build's output without the step, nor in the standalone script's line", () => {
    expect(readSearchStepLine('▶ next build\n  Compiled\n')).toBeUndefined();
    expect(readSearchStepLine('Search index: 16059 pages (15061 en, 588 nl, 410 fr) → .builds/build-0/pagefind, 16762 files in 5 bundles, 37232 KiB, 34.0 s\n')).toBeUndefined();
  });
});
