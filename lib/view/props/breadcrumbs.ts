/** The props of components/breadcrumbs.tsx, as lib/view fills them. */

export interface Crumb {
  href?: string;
  label: string;
}
