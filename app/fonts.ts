import localFont from 'next/font/local';

/**
 * Fonts ship from npm packages (next/font/google would fetch at build time). `optional`: a font that is
 * not there within ~100 ms is skipped for that page view (it is cached for the next), so text is painted
 * once, never re-laid out by a late font: no render delay of the largest contentful paint, no shift.
 */
export const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  weight: '100 900',
  display: 'optional',
});

export const barlow = localFont({
  src: [
    { path: '../node_modules/@fontsource/barlow-condensed/files/barlow-condensed-latin-600-normal.woff2', weight: '600' },
    { path: '../node_modules/@fontsource/barlow-condensed/files/barlow-condensed-latin-700-normal.woff2', weight: '700' },
  ],
  variable: '--font-barlow',
  display: 'optional',
});
