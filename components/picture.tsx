/** A responsive photo: AVIF and WebP at the layout's widths, its size set so nothing shifts; no script. */
import type { FigureProps, PictureProps } from '@/lib/view/props/picture';

export function Picture({ p, className }: { p: PictureProps; className?: string }) {
  const img = (
    // The props are next/image's own (getImageProps in lib/view/picture.ts), drawn inside a <picture> for the
    // export's AVIF and WebP sources, which <Image> cannot take.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={p.src}
      srcSet={p.srcSet}
      sizes={p.sizes}
      width={p.width}
      height={p.height}
      alt={p.alt}
      className={className}
      decoding="async"
      loading={p.priority ? 'eager' : 'lazy'}
      fetchPriority={p.priority ? 'high' : undefined}
    />
  );
  if (p.sources.length === 0) return img;
  return (
    <picture>
      {p.sources.map((s) => (
        <source key={s.type} type={s.type} srcSet={s.srcSet} sizes={p.sizes} />
      ))}
      {img}
    </picture>
  );
}

/** A photo with its caption and credit: the lead photo and the body's <Figure>. */
export function PhotoFigure({ picture, caption, credit }: FigureProps) {
  return (
    <figure className="not-prose my-6">
      <Picture p={picture} className="h-auto w-full bg-rule object-cover" />
      <figcaption className="mt-2 text-sm text-muted">
        {caption && <span className="text-ink">{caption} </span>}
        <span className="text-xs uppercase tracking-wide">Photo: {credit}</span>
      </figcaption>
    </figure>
  );
}
