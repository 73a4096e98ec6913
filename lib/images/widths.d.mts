/** Types of widths.mjs. */
export declare const PHOTO_WIDTHS: number[];
export declare const THUMB_WIDTHS: number[];
export declare const PHOTO_QUALITY: number;
export declare const VARIANTS_PATH: string;
export declare function variantName(src: string, width: number, format: 'avif' | 'webp'): string;
