import type { OpenDataViewProps } from '@/lib/view/props/open-data-view';
import { Breadcrumbs } from './breadcrumbs';
import { PageTitle } from './page-title';

/** The open-data page: every table with its columns, the data package, the licence. */
export function OpenDataView(p: OpenDataViewProps) {
  return (
    <div>
      <Breadcrumbs items={p.crumbs} />
      <PageTitle kicker="Data" title="Open data">
        <p>{p.summary}</p>
        <p className="mt-1 text-sm">
          Licence:{' '}
          <a href={p.license.href} rel="license" className="font-semibold text-brand-dark hover:underline">
            {p.license.name} ({p.license.id})
          </a>
          . Schema, keys and licence:{' '}
          <a href={p.datapackage} type="application/json" className="font-semibold text-brand-dark hover:underline">
            datapackage.json
          </a>
          .
        </p>
      </PageTitle>
      <ul className="mb-8 grid grid-cols-1 gap-4 md:grid-cols-2">
        {p.tables.map((t) => (
          <li key={t.file} className="border-t-2 border-ink pt-2">
            <h2 className="font-display text-2xl font-bold uppercase">
              <a href={t.href} type="text/csv" className="hover:text-brand">
                {t.file}
              </a>
            </h2>
            <p className="text-sm">
              {t.title}: {t.description}
            </p>
            <p className="mt-1 text-xs text-muted">Columns: {t.columns.join(', ')}</p>
          </li>
        ))}
      </ul>
      <h2 className="mb-2 font-display text-2xl font-bold uppercase">Per entity</h2>
      <p className="text-sm">
        Each driver, team, car model and event page links its results as JSON, one result per session and car: {p.entityFiles.join(', ')}.
      </p>
    </div>
  );
}
