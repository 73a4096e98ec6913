/**
 * Next's image loader for the static export (next.config.mjs): a photo's URL at a width is the variant
 * that the build wrote (lib/images/variants.ts). lib/view/picture.ts passes a loader of its own for each
 * format; this one, for anything else, points at the WebP.
 */
import { VARIANTS_PATH, variantName } from './widths.mjs';

export default function exportLoader({ src, width }) {
  return `${VARIANTS_PATH}/${variantName(src.replace(/^\/images\//, ''), width, 'webp')}`;
}
