/** The props of components/picture.tsx (a photo, and a photo with caption and credit), as lib/view/picture.ts fills them. */

export interface PictureProps {
  /** The fallback URL and the candidates. */
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

export interface FigureProps {
  picture: PictureProps;
  caption?: string;
  credit: string;
}
