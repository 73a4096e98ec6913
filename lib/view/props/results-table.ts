/** The props of components/results-table.tsx, as lib/view fills them. */
import type { Entry } from '../../content/types';

export type NameOf = (kind: 'drivers' | 'teams' | 'cars', id: string) => string;

export interface ResultsTableProps {
  sessionName: string;
  className: string;
  entries: readonly Entry[];
  nameOf: NameOf;
}
