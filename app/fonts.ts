import localFont from 'next/font/local';

/**
 * The display face (headings) ships from an npm package (next/font/google would fetch at build time);
 * body text uses the reader's system font, so the largest contentful paint (usually a paragraph) waits
 * for no web font. `optional`: a font not there within ~100 ms is skipped for that page view (it is
 * cached for the next), so text is painted once and never shifts.
 */
export const barlow = localFont({
  // One weight: headings are bold; a semibold heading is drawn with it too (22 KB, not 45).
  src: [{ path: '../node_modules/@fontsource/barlow-condensed/files/barlow-condensed-latin-700-normal.woff2', weight: '700' }],
  variable: '--font-barlow',
  display: 'optional',
  preload: true,
});
