/** The `/data` page's props. */
import type { OpenDataViewProps } from './props/open-data-view';
import { DATAPACKAGE_FILE, TABLES } from '../data/open-data';
import { LICENSE } from '../data/license';

/** The `/data` page: the open-data tables, their package and licence, and the per-entity data files. */
export function openDataViewProps(): OpenDataViewProps {
  return {
    crumbs: [{ href: '/', label: 'Home' }, { label: 'Open data' }],
    summary: 'The whole results database as CSV tables with stable ids, described by a Frictionless Data Package.',
    license: { name: LICENSE.title, id: LICENSE.name, href: LICENSE.path },
    datapackage: `/data/${DATAPACKAGE_FILE}`,
    tables: TABLES.map((t) => ({ href: `/data/${t.name}.csv`, file: `${t.name}.csv`, title: t.title, description: t.description, columns: t.fields.map((f) => f.name) })),
    entityFiles: ['/drivers/<id>/data.json', '/teams/<id>/data.json', '/cars/<id>/data.json', '/events/<id>/data.json'],
  };
}
