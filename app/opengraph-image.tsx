import { OG_CONTENT_TYPE, OG_SIZE, siteOgImage } from '@/lib/og';
import { site } from '@/lib/site';

export const alt = `${site.name}: ${site.tagline}`;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const dynamic = 'force-static';

export default function Image() {
  return siteOgImage();
}
