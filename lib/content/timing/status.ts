/** The statuses of a classification file (the contract's "Official timing"), as the site writes them. */
import type { TimingStatus } from './types';

const STATUSES: Record<string, TimingStatus | 'classified'> = {
  classified: 'classified',
  'not classified': 'NC',
  nc: 'NC',
  retired: 'DNF',
  dnf: 'DNF',
  disqualified: 'DSQ',
  dsq: 'DSQ',
  'not started': 'DNS',
  dns: 'DNS',
};

export const STATUS_HINT =
  'write one of Classified, Not classified (NC), Retired (DNF), Disqualified (DSQ), Not started (DNS)';

/**
 * A STATUS cell: `{ status: undefined }` when classified (or empty: practice sheets leave it blank),
 * the site's code otherwise, `null` when it is none of the contract's statuses.
 */
export function parseStatus(text: string): { status: TimingStatus | undefined } | null {
  const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (key === '') return { status: undefined };
  const s = STATUSES[key];
  if (s === undefined) return null;
  return { status: s === 'classified' ? undefined : s };
}
