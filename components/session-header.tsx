/** The head of an edition or session page: breadcrumbs, kicker and title, summary and data link, then the facts. */
import type { Crumb } from '@/lib/view/props/breadcrumbs';
import { Breadcrumbs } from './breadcrumbs';
import { DataLink } from './data-link';
import { FactList } from './fact-list';
import { PageTitle } from './page-title';

export interface SessionHeaderProps {
  crumbs: readonly Crumb[];
  kicker: string;
  name: string;
  summary: string;
  facts: readonly { label: string; value: string; href?: string }[];
  data?: { href: string; label: string };
  /** The data file's media type: an edition's data.json, a session's laps.csv. */
  dataType?: string;
}

export function SessionHeader(p: SessionHeaderProps) {
  return (
    <>
      <Breadcrumbs items={p.crumbs} />
      <PageTitle kicker={p.kicker} title={p.name}>
        <p>{p.summary}</p>
        <DataLink data={p.data} type={p.dataType} />
      </PageTitle>
      <FactList facts={p.facts} />
    </>
  );
}
