import { entityParams, getDriver, getGraph } from '@/lib/graph';
import { entityOgImage, entityOgProps, OG_CONTENT_TYPE, OG_SIZE } from '@/lib/og';
import { driverHeadline } from '@/lib/view';

export const alt = 'The driver’s name, appearances and best results';
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return entityParams('drivers');
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const driver = getDriver((await params).id);
  if (!driver) return new Response('Not found', { status: 404 });
  return entityOgImage(entityOgProps(driverHeadline(getGraph(), driver)));
}
