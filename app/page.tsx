import type { Metadata } from 'next';
import { HomeView } from '@/components/home-view';
import { JsonLd } from '@/components/json-ld';
import { getGraph } from '@/lib/graph';
import { homeJsonLd } from '@/lib/jsonld';
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
