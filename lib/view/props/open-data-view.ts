/** The props of components/open-data-view.tsx, as lib/view fills them. */
import type { Crumb } from './breadcrumbs';

export interface OpenDataViewProps {
  crumbs: Crumb[];
  summary: string;
  license: { name: string; id: string; href: string };
  datapackage: string;
  tables: { href: string; file: string; title: string; description: string; columns: string[] }[];
  entityFiles: string[];
}
