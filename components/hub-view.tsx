import type { HubViewProps } from '@/lib/view/props/hub-view';
import { DataLink } from './data-link';
import { FactList } from './fact-list';
import { Breadcrumbs } from './breadcrumbs';
import { EntityChips } from './entity-chips';
import { HubEditions } from './hub-editions';
import { PageTitle } from './page-title';
import { RecordsView } from './records-view';

/** Event, circuit and series pages: facts, related entities, records, and the latest editions with their reports. */
export function HubView(p: HubViewProps) {
  return (
    <div>
      <Breadcrumbs items={p.crumbs} />
      <PageTitle kicker={p.kicker} title={p.name}>
        <p>{p.summary}</p>
        {p.aliases.length > 0 && <p className="mt-1 text-sm">Also known as: {p.aliases.join(', ')}</p>}
        <DataLink data={p.data} />
      </PageTitle>
      <FactList facts={p.facts} />
      <div className="grid grid-cols-1 gap-x-8 md:grid-cols-2">
        {p.groups.map((g) => (
          <EntityChips key={g.title} {...g} />
        ))}
      </div>
      {p.records && <RecordsView {...p.records} />}
      <HubEditions editions={p.editions} />
      {p.editionsArchive && (
        <p className="mb-10 text-sm text-muted">
          The latest {p.editions.length} of {p.editionsTotal} editions.{' '}
          <a href={p.editionsArchive.href} className="font-semibold text-brand hover:underline">
            {`${p.editionsArchive.label} →`}
          </a>
        </p>
      )}
    </div>
  );
}
