import { afterEach, describe, expect, it, vi } from 'vitest';
import { entityOgImage } from '@/lib/og';

afterEach(() => vi.restoreAllMocks());

describe('share images', () => {
  it('draw Central European names with the bundled fonts, never downloading glyphs', async () => {
    // next/og loads its layout engine from a data: URL; anything else would be a download.
    const realFetch = globalThis.fetch;
    const downloads: string[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith('data:')) return realFetch(input, init);
      downloads.push(url);
      return Promise.reject(new Error('no network in this test'));
    });
    const res = entityOgImage({
      kicker: 'Driver',
      name: 'Renée Šťastný Hájek',
      country: 'Czechia',
      stats: [{ label: 'Appearances', value: 207 }],
      best: [{ label: 'Best in a race', value: 'P1 in LMP2 – Dvořák, Łukasz, Ğürsel' }],
    });
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    expect(downloads).toEqual([]);
  });
});
