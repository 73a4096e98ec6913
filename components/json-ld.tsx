import type { Graph, Thing, WithContext } from 'schema-dts';
import { serializeJsonLd } from '@/lib/page-jsonld';

/** Structured data for crawlers, escaped so that no string in it can end the script element. */
export function JsonLd({ data }: { data: Graph | WithContext<Exclude<Thing, string>> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
