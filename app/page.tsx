import type { Metadata } from 'next';
import { HomeView } from '@/components/home-view';
import { JsonLd } from '@/components/json-ld';
import { getGraph } from '@/lib/served/graph';
import { homeJsonLd } from '@/lib/page-jsonld';
import { pageMetadata, SITE_TITLE } from '@/lib/seo';
import { site } from '@/lib/site';
import { homeViewProps } from '@/lib/view';

export const metadata: Metadata = pageMetadata({ title: SITE_TITLE, absoluteTitle: true, description: site.tagline, path: '/' });

export default function HomePage() {
  return (
    <>
      <JsonLd data={homeJsonLd(site.tagline)} />
      <HomeView {...homeViewProps(getGraph())} />
    </>
  );
}
