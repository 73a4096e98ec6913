import { entityParams } from '@/lib/prerender/params';
import { getDriver, getGraph } from '@/lib/served/graph';
import { entityOgImage, entityOgProps, OG_CONTENT_TYPE, OG_SIZE } from '@/lib/og';
import { driverHeadline } from '@/lib/view';
import { renderedOnFirstRequest } from '@/lib/prerender/policy';

export const alt = 'The driver’s name, appearances and best results';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const dynamic = 'force-static';
// Rendered on its first request, then cached (lib/prerender/policy.ts): dynamicParams keeps its default, true,
// because a static export refuses it set explicitly, even though it prerenders every param.

export function generateStaticParams() {
  return renderedOnFirstRequest(() => entityParams('drivers'));
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const driver = getDriver((await params).id);
  if (!driver) return new Response('Not found', { status: 404 });
  return entityOgImage(entityOgProps(driverHeadline(getGraph(), driver)));
}
