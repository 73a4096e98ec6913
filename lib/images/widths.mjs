/**
 * The widths photos are served at, for next.config.mjs (Next's image optimizer on `next start`) and for the
 * variants the static export writes at build (lib/images/variants.ts): the same URLs' widths in both.
 *
 * The article column is at most 792 CSS px wide (max-w-6xl less the sidebar), so 1,600 covers it at 2x;
 * 390 and 828 are a phone's column at 1x and 2x; 320 and 640 are a card's thumbnail at 1x and 2x.
 */
export const PHOTO_WIDTHS = [390, 640, 828, 1200, 1600];
export const THUMB_WIDTHS = [320];
/** The quality of every variant (AVIF and WebP). */
export const PHOTO_QUALITY = 75;
/** Where the static export's variants are, under `out/`, and where a server makes them on request. */
export const VARIANTS_PATH = '/images/v';

/** The file name of one variant: `<name>-<width>.<avif|webp>` (`lead.jpg` → `lead-828.avif`). */
export function variantName(src, width, format) {
  return `${src.replace(/\.[^.]+$/, '')}-${width}.${format}`;
}
