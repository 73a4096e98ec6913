import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { imagesDir, readPhoto } from '@/lib/content/photos';

/**
 * The originals of content/images, for Next's image optimizer only (on servers: next.config.mjs
 * pageExtensions). The optimizer fetches a local image by an internal request that carries no headers;
 * a reader's browser always sends some, and gets the same 404 as an unknown URL: a photo reaches readers
 * only as the optimizer's AVIF or WebP at the widths the layout needs (lib/view/picture.ts).
 */
export const dynamic = 'force-dynamic';

const TYPES = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif' } as const;
const notFound = () => new Response('Not found', { status: 404 });

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  if (request.headers.get('user-agent') !== null || request.headers.get('accept') !== null) return notFound();
  const { file } = await params;
  const read = readPhoto(file);
  if (!read.ok) return notFound();
  const body = await readFile(join(imagesDir(), file));
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': TYPES[read.info.format], 'Cache-Control': 'public, max-age=3600' } });
}
