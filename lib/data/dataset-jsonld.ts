/** The `/data` page's schema.org Dataset JSON-LD. */
import type { Dataset, Graph as LdGraph } from 'schema-dts';
import { breadcrumbJsonLd, ldId, type LdCrumb } from '../page-jsonld';
import { absoluteUrl, site } from '../site';
import { LICENSE } from './license';
import { DATAPACKAGE_FILE, TABLES } from './open-data';

/** The `/data` page as a schema.org Dataset: the licence and every table as a download. */
export function openDataJsonLd(page: { crumbs: readonly LdCrumb[]; summary: string; dateModified?: string }): LdGraph {
  const path = '/data';
  const dataset: Dataset = {
    '@type': 'Dataset',
    '@id': `${absoluteUrl(path)}#dataset`,
    name: `${site.name} results database`,
    description: page.summary,
    url: absoluteUrl(path),
    license: LICENSE.path,
    isAccessibleForFree: true,
    inLanguage: site.locale,
    creator: { '@id': ldId.organization() },
    ...(page.dateModified ? { dateModified: page.dateModified } : {}),
    distribution: [
      ...TABLES.map((t) => ({ '@type': 'DataDownload' as const, name: `${t.name}.csv`, description: t.description, encodingFormat: 'text/csv', contentUrl: absoluteUrl(`/data/${t.name}.csv`) })),
      { '@type': 'DataDownload', name: DATAPACKAGE_FILE, description: 'Frictionless Data Package: schemas, keys and licence.', encodingFormat: 'application/json', contentUrl: absoluteUrl(`/data/${DATAPACKAGE_FILE}`) },
    ],
  };
  return { '@context': 'https://schema.org', '@graph': [dataset, breadcrumbJsonLd(page.crumbs, path)] };
}
