/** A responsive photo: AVIF and WebP at the layout's widths, its size set so nothing shifts; no script. */

export interface PictureProps {
  /** The fallback URL and the candidates, as lib/view/picture.ts made them. */
  src: string;
  srcSet: string;
  sizes: string;
  width: number;
  height: number;
  alt: string;
  /** One srcset per format when the URLs cannot negotiate it (the static export); none on a server. */
  sources: { type: string; srcSet: string }[];
  /** The lead photo: loaded first, never lazily. */
  priority: boolean;
}

export function Picture({ p, className }: { p: PictureProps; className?: string }) {
  const img = (
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

export interface FigureProps {
  picture: PictureProps;
  caption?: string;
  credit: string;
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
