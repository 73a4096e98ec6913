/** The props of components/index-view.tsx, as lib/view fills them. */
import type { Crumb } from './breadcrumbs';

export interface IndexItem {
  href: string;
  label: string;
  meta?: string;
}

export interface IndexViewProps {
  crumbs: Crumb[];
  title: string;
  summary: string;
  groups: { letter: string; items: IndexItem[] }[];
  page: number;
  pages: number;
  base: string;
}
