/** The props of components/entity-chips.tsx, as lib/view fills them. */

export interface Chip {
  href?: string;
  label: string;
  count?: number;
}
