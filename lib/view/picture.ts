/** Photos of content/images as the pages draw them: Next's image props, or the static export's variants. */
import type { PictureProps } from '@/components/picture';
import { getImageProps } from 'next/dist/shared/lib/image-external-get-image-props';
import { photoInfo } from '../images/files';
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

const STATIC_EXPORT = process.env.NEXT_OUTPUT === 'export';

/**
 * The props of one photo, or undefined when its file is not there or not a photo (the check stops the build
 * then; a page being served keeps working without it). `priority`: the lead photo, loaded first.
 */
export function pictureProps(src: string, alt: string, sizes: keyof typeof PHOTO_SIZES, priority = false): PictureProps | undefined {
  const info = photoInfo(src);
  if (!info) return undefined;
  const common = { src: originalPath(src), alt, width: info.width, height: info.height, sizes: PHOTO_SIZES[sizes], quality: PHOTO_QUALITY };
  if (!STATIC_EXPORT) {
    const { props } = getImageProps(common);
    return { src: props.src, srcSet: props.srcSet ?? '', sizes: common.sizes, width: info.width, height: info.height, alt, sources: [], priority };
  }
  // A static host cannot choose the format by the Accept header: one <source> per format.
  const as = (format: 'avif' | 'webp') =>
    getImageProps({ ...common, loader: ({ width }) => `${VARIANTS_PATH}/${variantName(src, width, format)}` }).props;
  const avif = as('avif');
  const webp = as('webp');
  return {
    src: webp.src,
    srcSet: webp.srcSet ?? '',
    sizes: common.sizes,
    width: info.width,
    height: info.height,
    alt,
    sources: [
      { type: 'image/avif', srcSet: avif.srcSet ?? '' },
      { type: 'image/webp', srcSet: webp.srcSet ?? '' },
    ],
    priority,
  };
}
