import type { Metadata } from 'next';
import { JsonLd } from '@/components/json-ld';
import { OpenDataView } from '@/components/open-data-view';
import { openDataJsonLd } from '@/lib/data/dataset-jsonld';
import { getGraph } from '@/lib/served/graph';
import { pageMetadata } from '@/lib/seo';
import { pageModified } from '@/lib/sitemap';
import { openDataViewProps } from '@/lib/view/open-data';

export const metadata: Metadata = pageMetadata({ title: 'Open data', description: openDataViewProps().summary, path: '/data' });

export default function OpenDataPage() {
  const view = openDataViewProps();
  return (
    <>
      <JsonLd data={openDataJsonLd({ ...view, dateModified: pageModified(getGraph(), '/data') })} />
      <OpenDataView {...view} />
    </>
  );
}
