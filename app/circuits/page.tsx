import type { Metadata } from 'next';
import { IndexView } from '@/components/index-view';
import { getGraph } from '@/lib/graph';
import { indexMetadata } from '@/lib/seo';
import { indexViewProps } from '@/lib/view';

export function generateMetadata(): Metadata {
  const view = indexViewProps(getGraph(), 'circuits', 1);
  return indexMetadata(view.title, view.summary, view.base, 1);
}

export default function CircuitsIndex() {
  return <IndexView {...indexViewProps(getGraph(), 'circuits', 1)} />;
}
