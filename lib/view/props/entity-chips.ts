/** The props of components/entity-chips.tsx, as lib/view fills them. */

export interface Chip {
  href?: string;
  label: string;
  count?: number;
}

/** A titled list of chips as one HTML string (lib/view/html/chips.ts), and how many chips it has. */
export interface ChipGroup {
  title: string;
  count: number;
  html: string;
}
