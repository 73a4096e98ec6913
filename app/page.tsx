import { HomeView } from '@/components/home-view';
import { getGraph } from '@/lib/graph';
import { homeViewProps } from '@/lib/view';

export default function HomePage() {
  return <HomeView {...homeViewProps(getGraph())} />;
}
