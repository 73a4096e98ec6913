import type { Metadata } from 'next';
import { IndexView } from '@/components/index-view';
import { JsonLd } from '@/components/json-ld';
import { getGraph } from '@/lib/served/graph';
import { listJsonLd } from '@/lib/page-jsonld';
import { indexMetadata } from '@/lib/seo';
import { pageModified } from '@/lib/sitemap';
import { indexViewProps } from '@/lib/view';

export function generateMetadata(): Metadata {
  const view = indexViewProps(getGraph(), 'events', 1);
  return indexMetadata(view.title, view.summary, view.base, 1);
}

export default function EventsIndex() {
  const view = indexViewProps(getGraph(), 'events', 1);
  return (
    <>
      <JsonLd data={listJsonLd(view, pageModified(getGraph(), view.base))} />
      <IndexView {...view} />
    </>
  );
}
