import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityView } from '@/components/entity-view';
import { JsonLd } from '@/components/json-ld';
import { carParams } from '@/lib/prerender/params';
import { getCar, getGraph } from '@/lib/served/graph';
import { carJsonLd } from '@/lib/page-jsonld';
import { newestModified } from '@/lib/modified';
import { carHref } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo';
import { carSummary, carViewProps } from '@/lib/view';

export function generateStaticParams() {
  return carParams();
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const car = getCar((await params).id);
  if (!car) return {};
  return pageMetadata({ title: `${car.name}: results and reports`, description: carSummary(getGraph(), car), path: carHref(car.id) });
}

export default async function CarPage({ params }: Props) {
  const car = getCar((await params).id);
  if (!car) notFound();
  const graph = getGraph();
  const view = carViewProps(graph, car);
  const page = { crumbs: view.crumbs, summary: view.summary, dateModified: newestModified(graph, graph.articlesBy.cars.get(car.id) ?? []) };
  return (
    <>
      <JsonLd data={carJsonLd(graph, car, page)} />
      <EntityView {...view} />
    </>
  );
}
