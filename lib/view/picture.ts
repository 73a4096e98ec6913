/** Photos of content/images as the pages draw them: Next's image props, or the static export's variants. */
import type { PictureProps } from './props/picture';
import { getImageProps } from 'next/dist/shared/lib/image-external-get-image-props';
import { photoInfo } from '../content/photos';
import { ALL_WIDTHS } from '../images/variants';
import { PHOTO_QUALITY, VARIANTS_PATH, variantName } from '../images/widths.mjs';

/** Where the layout shows a photo, as `sizes`: the article column (792 px at most), or a card's thumbnail. */
export const PHOTO_SIZES = {
  lead: '(min-width: 1152px) 792px, (min-width: 1024px) calc(100vw - 360px), calc(100vw - 32px)',
  card: '(min-width: 1024px) 360px, (min-width: 640px) 50vw, calc(100vw - 32px)',
  thumb: '128px',
} as const;

/** The URL of an original in content/images: only Next's optimizer reads it (app/images/[file]). */
export function originalPath(src: string): string {
  return `/images/${encodeURIComponent(src)}`;
}

/**
 * The props of one photo, or undefined when its file is not there or not a photo (the check stops the build
 * then; a page being served keeps working without it). `priority`: the lead photo, loaded first.
 *
 * On a server, Next's image props: one srcset of /_next/image URLs, whose format (AVIF, else WebP) the
 * optimizer picks from the browser's Accept header. A static host cannot choose the format, so the
 * static export gets one <source> per format, naming the files lib/images/variants.ts writes at build.
 */
export function pictureProps(src: string, alt: string, sizes: keyof typeof PHOTO_SIZES, priority = false): PictureProps | undefined {
  const info = photoInfo(src);
  if (!info) return undefined;
  const base = { sizes: PHOTO_SIZES[sizes], width: info.width, height: info.height, alt, priority };
  if (process.env.NEXT_OUTPUT !== 'export') {
    const { props } = getImageProps({ src: originalPath(src), alt, width: info.width, height: info.height, sizes: base.sizes, quality: PHOTO_QUALITY });
    return { ...base, src: props.src, srcSet: props.srcSet ?? '', sources: [] };
  }
  // Each width the build writes, described by the width the file really has (never wider than the original).
  const srcSet = (format: 'avif' | 'webp') =>
    ALL_WIDTHS.filter((w, i) => i === 0 || ALL_WIDTHS[i - 1]! < info.width)
      .map((w) => `${VARIANTS_PATH}/${variantName(src, w, format)} ${Math.min(w, info.width)}w`)
      .join(', ');
  const fallback = ALL_WIDTHS.find((w) => w >= Math.min(info.width, 828)) ?? ALL_WIDTHS[ALL_WIDTHS.length - 1]!;
  return {
    ...base,
    src: `${VARIANTS_PATH}/${variantName(src, fallback, 'webp')}`,
    srcSet: srcSet('webp'),
    sources: [
      { type: 'image/avif', srcSet: srcSet('avif') },
      { type: 'image/webp', srcSet: srcSet('webp') },
    ],
  };
}
