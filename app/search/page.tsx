import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { PageTitle } from '@/components/page-title';
import { SearchApp } from '@/components/search-app';
import { getGraph } from '@/lib/served/graph';
import { searchOptions } from '@/lib/search/facets';
import { pageMetadata } from '@/lib/seo';

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: 'Search',
    description: 'Search every report, driver, team, car, event, circuit and series, by name as you would type it.',
    path: '/search',
  });
}

/** The only page that loads Pagefind (components/search-app.tsx); the query comes from `?q=`. */
export default function SearchPage() {
  return (
    <div>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Search' }]} />
      <PageTitle title="Search" />
      <SearchApp options={searchOptions(getGraph())} />
    </div>
  );
}
