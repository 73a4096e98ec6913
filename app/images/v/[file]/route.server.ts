import { parseVariantName, renderVariant } from '@/lib/images/variants';

/**
 * A photo's crops for search engines (NewsArticle.image: 16:9, 4:3 and 1:1, 1,200 px wide) and its
 * widths in AVIF and WebP by the static export's names (lib/images/variants.ts), made on request on a
 * server (next.config.mjs pageExtensions); the static export writes the same files at build.
 */
export const dynamic = 'force-dynamic';

const TYPES = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' } as const;
/** Made once per process and name; a photo edited under the same name is served again after a restart. */
const made = new Map<string, Promise<Buffer>>();

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const found = parseVariantName(file);
  if (!found) return new Response('Not found', { status: 404 });
  let buf = made.get(file);
  if (!buf) {
    if (made.size > 100) made.clear();
    buf = renderVariant(found.src, found.spec);
    made.set(file, buf);
  }
  const ext = found.spec.kind === 'crop' ? 'jpg' : found.spec.format;
  const body = await buf.catch(() => undefined);
  if (!body) {
    made.delete(file);
    return new Response('Not found', { status: 404 });
  }
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': TYPES[ext], 'Cache-Control': 'public, max-age=86400' } });
}
