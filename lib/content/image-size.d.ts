/** Types of the image-size build that Next bundles (it ships none). */
declare module 'next/dist/compiled/image-size' {
  const lib: { imageSize(input: Uint8Array): { width?: number; height?: number; type?: string; orientation?: number } };
  export default lib;
}
