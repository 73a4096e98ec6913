import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { PageTitle } from '@/components/page-title';
import { SearchForm } from '@/components/search-form';
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

/** The only page that loads Pagefind (components/search-form.tsx, public/search.js); the query comes from `?q=`. */
export default function SearchPage() {
  return (
    <div>
      <Breadcrumbs items={[{ href: '/', label: 'Home' }, { label: 'Search' }]} />
      <PageTitle title="Search" />
      <SearchForm options={searchOptions(getGraph())} />
    </div>
  );
}
